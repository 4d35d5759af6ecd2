//! The app's state: the engine session in a signal, with domain methods
//! that pump it and autosave the transcript after every turn.

use crate::almacen;
use leptos::prelude::*;
use protocolo::escenario::{buscar, catalogo, Escenario};
use protocolo::{Accion, Genero, Proveedor, Sesion, Transcripcion};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pantalla {
    Inicio,
    Aprender,
    Practicar,
    Certificar,
    Visita,
    Informe,
    Certificado,
    Historial,
    Verificar,
    Revision,
}

/// The trainee, remembered between visits.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Perfil {
    pub nombre: String,
    /// How the operator addresses the trainee; asked on the start page.
    pub genero: Option<Genero>,
}

/// Longest name accepted on the start page.
pub const MAX_NOMBRE: usize = 80;
/// Longest utterance accepted in one turn.
pub const MAX_MENSAJE: usize = 1_000;

#[derive(Clone, Copy)]
pub struct Estado {
    pub pantalla: RwSignal<Pantalla>,
    pub sesion: RwSignal<Option<Sesion>>,
    /// A message for the trainee (storage problems, recovered data…).
    pub aviso: RwSignal<Option<String>>,
    pub perfil: RwSignal<Perfil>,
    /// Saving works; when false, the attempt continues in memory.
    pub guardado: RwSignal<bool>,
    /// Every finished attempt on this device.
    pub historial: RwSignal<protocolo::historial::Historial>,
}

impl Estado {
    /// Builds the state and brings back an attempt saved before a reload.
    pub fn iniciar() -> Estado {
        let e = Estado {
            pantalla: RwSignal::new(Pantalla::Inicio),
            sesion: RwSignal::new(None),
            aviso: RwSignal::new(None),
            perfil: RwSignal::new(Perfil::default()),
            guardado: RwSignal::new(true),
            historial: RwSignal::new(protocolo::historial::Historial::default()),
        };
        match almacen::leer(almacen::CLAVE_PERFIL) {
            Ok(Some(texto)) => match serde_json::from_str::<Perfil>(&texto) {
                Ok(p) => e.perfil.set(p),
                Err(_) => almacen::borrar(almacen::CLAVE_PERFIL),
            },
            Ok(None) => {}
            Err(m) => {
                e.guardado.set(false);
                e.aviso.set(Some(format!(
                    "No se podrá guardar el avance: {m}. La práctica funciona igual y puede descargar la transcripción al final."
                )));
            }
        }
        if let Ok(Some(texto)) = almacen::leer(almacen::CLAVE_INTENTO) {
            match recuperar(&texto) {
                Ok(s) => {
                    e.pantalla.set(if s.terminada() {
                        Pantalla::Informe
                    } else {
                        Pantalla::Visita
                    });
                    e.sesion.set(Some(s));
                }
                Err(m) => {
                    let _ = almacen::guardar(almacen::CLAVE_APARTADO, &texto);
                    almacen::borrar(almacen::CLAVE_INTENTO);
                    e.aviso.set(Some(format!(
                        "Había un intento guardado que no se pudo recuperar ({m}). Se apartó sin borrarlo y puede empezar uno nuevo."
                    )));
                }
            }
        }
        e
    }

    pub fn escenarios() -> Vec<Arc<Escenario>> {
        catalogo().unwrap_or_default()
    }

    pub fn comenzar(&self, escenario: &str, semilla: u64) {
        let perfil = self.perfil.get_untracked();
        let _ = almacen::guardar(
            almacen::CLAVE_PERFIL,
            &serde_json::to_string(&perfil).unwrap_or_default(),
        );
        match buscar(escenario) {
            Ok(e) => {
                let s = Sesion::nueva(
                    e,
                    semilla,
                    Proveedor {
                        nombre: perfil.nombre,
                        genero: perfil.genero.unwrap_or(Genero::F),
                    },
                );
                self.sesion.set(Some(s));
                self.pantalla.set(Pantalla::Visita);
                self.aviso.set(None);
                self.guardar();
            }
            Err(m) => self
                .aviso
                .set(Some(format!("No se pudo abrir el escenario: {m}."))),
        }
    }

    fn pulsar(&self, f: impl FnOnce(&mut Sesion)) {
        self.sesion.update(|s| {
            if let Some(s) = s.as_mut() {
                f(s);
            }
        });
        self.guardar();
    }

    pub fn decir(&self, texto: &str) {
        self.pulsar(|s| {
            s.decir(texto);
        });
    }

    pub fn accion(&self, a: Accion) {
        self.pulsar(|s| {
            s.accion(a);
        });
    }

    pub fn terminar(&self) {
        self.pulsar(|s| {
            s.terminar();
        });
        self.ver_informe();
    }

    pub fn ver_informe(&self) {
        self.pantalla.set(Pantalla::Informe);
    }

    /// Same scenario, same variant, from the start.
    pub fn reintentar(&self) {
        let previo = self.sesion.with_untracked(|s| {
            s.as_ref()
                .map(|s| (s.escenario().id.clone(), s.transcripcion().semilla))
        });
        if let Some((id, semilla)) = previo {
            self.comenzar(&id, semilla);
        }
    }

    /// Back to the start page; a finished attempt stays saved until a new one begins.
    pub fn volver_al_inicio(&self) {
        self.pantalla.set(Pantalla::Inicio);
    }

    /// Abandons the attempt in progress.
    pub fn descartar(&self) {
        almacen::borrar(almacen::CLAVE_INTENTO);
        self.sesion.set(None);
        self.pantalla.set(Pantalla::Inicio);
    }

    fn guardar(&self) {
        let json = self.sesion.with_untracked(|s| {
            s.as_ref()
                .map(|s| serde_json::to_string(s.transcripcion()).unwrap_or_default())
        });
        let Some(json) = json else { return };
        match almacen::guardar(almacen::CLAVE_INTENTO, &json) {
            Ok(()) => {
                if !self.guardado.get_untracked() {
                    self.guardado.set(true);
                }
            }
            Err(m) => {
                if self.guardado.get_untracked() {
                    self.guardado.set(false);
                    self.aviso.set(Some(format!(
                        "No se pudo guardar el avance: {m}. El intento sigue en esta pestaña; descargue la transcripción para no perderlo."
                    )));
                }
            }
        }
    }

    /// The transcript of the current attempt, as the file the CLI replays.
    pub fn transcripcion_json(&self) -> Option<(String, String)> {
        self.sesion.with_untracked(|s| {
            s.as_ref().map(|s| {
                let t = s.transcripcion();
                (
                    format!("transcripcion-{}-{}.json", t.escenario, t.semilla),
                    t.a_json(),
                )
            })
        })
    }
}

/// Replays a saved transcript; the error says why it was refused.
fn recuperar(texto: &str) -> Result<Sesion, String> {
    if texto.len() > 2_000_000 {
        return Err("es demasiado grande".into());
    }
    let t = Transcripcion::desde_json(texto).map_err(|e| e.to_string())?;
    let e = buscar(&t.escenario)?;
    Sesion::reproducir(e, &t).map_err(|e| e.to_string())
}
