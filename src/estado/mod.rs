//! El estado de la aplicación: la sesión del motor en una señal, con métodos
//! del dominio que la hacen avanzar y la guardan sola después de cada turno; el
//! modo (práctica o certificación), la certificación en curso y el historial de
//! resultados.

use crate::almacen;
use leptos::prelude::*;
use protocolo::escenario::{buscar, catalogo, Escenario};
use protocolo::expediente::{crear, plan_certificacion, Participante};
use protocolo::formato::{escribir as a_texto, leer as desde_texto};
use protocolo::historial::{Historial, Modo, Registro};
use protocolo::{Accion, Genero, Proveedor, Sesion, Transcripcion};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

mod certificacion;
mod guardado;
#[cfg(test)]
mod pruebas;

pub use certificacion::{Certificacion, ExpedienteGuardado};

protocolo::enumeracion! {
    /// Las páginas de la aplicación: su dirección (`#/historial`) y su nombre
    /// en el menú.
    pub enum Pantalla ("página") {
        Inicio = "inicio", "Inicio";
        Aprender = "aprender", "Aprender";
        Practicar = "practicar", "Practicar";
        Certificar = "certificar", "Certificar";
        Visita = "visita", "Visita";
        Informe = "informe", "Informe";
        Certificado = "certificado", "Certificado";
        Historial = "historial", "Historial";
    }
}

/// La persona en formación, recordada de una visita a otra.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Perfil {
    pub nombre: String,
    /// Cómo trata el operador a la persona en formación; se pregunta antes de comenzar.
    pub genero: Option<Genero>,
}

/// El nombre más largo que se acepta en las páginas para comenzar.
pub const MAX_NOMBRE: usize = 80;
/// La frase más larga que se acepta en un turno.
pub const MAX_MENSAJE: usize = 1_000;

#[derive(Clone, Copy)]
pub struct Estado {
    pub pantalla: RwSignal<Pantalla>,
    pub sesion: RwSignal<Option<Sesion>>,
    /// El modo de la visita actual.
    pub modo: RwSignal<Modo>,
    pub certificacion: RwSignal<Option<Certificacion>>,
    /// Un mensaje para la persona en formación (problemas de almacenamiento, datos
    /// recuperados…).
    pub aviso: RwSignal<Option<String>>,
    pub perfil: RwSignal<Perfil>,
    /// Se puede guardar; si es false, el intento sigue en memoria.
    pub guardado: RwSignal<bool>,
    /// Cada intento terminado en este dispositivo.
    pub historial: RwSignal<Historial>,
    /// En una certificación: cuándo empezó el escenario (ms del reloj del
    /// dispositivo) y cuándo llegó cada turno desde entonces; van a la
    /// transcripción para que RR. HH. vea tiempos imposibles al escribir.
    tiempos: StoredValue<(f64, Vec<u64>)>,
    /// Lo que espera para llegar al LRS (xAPI).
    pub envio: RwSignal<crate::xapi::Envio>,
    /// Otra pestaña guardó el intento o la certificación mientras esta tenía
    /// una visita abierta: esta queda en pausa (no guarda nada, para no pisar
    /// lo que se hizo allá) hasta «Seguir en esta pestaña».
    pub en_pausa: RwSignal<bool>,
    /// Lo que se apartó por dañado («el historial»…), para nombrarlo todo en un aviso.
    apartados: StoredValue<Vec<&'static str>>,
    /// Las certificaciones terminadas antes de la actual (con su expediente);
    /// el Historial las lista.
    pub certificados: RwSignal<Vec<Certificacion>>,
    /// La constancia que muestra la página del certificado: `None`, la de la
    /// certificación actual; `Some(i)`, la de `certificados[i]`.
    pub constancia: RwSignal<Option<usize>>,
}

impl Estado {
    /// Arma el estado y recupera lo que se guardó antes de una recarga.
    pub fn iniciar() -> Estado {
        let e = Estado {
            pantalla: RwSignal::new(Pantalla::Inicio),
            sesion: RwSignal::new(None),
            modo: RwSignal::new(Modo::Practica),
            certificacion: RwSignal::new(None),
            aviso: RwSignal::new(None),
            perfil: RwSignal::new(Perfil::default()),
            guardado: RwSignal::new(true),
            historial: RwSignal::new(Historial::default()),
            tiempos: StoredValue::new((0.0, Vec::new())),
            envio: RwSignal::new(crate::xapi::Envio::default()),
            en_pausa: RwSignal::new(false),
            apartados: StoredValue::new(Vec::new()),
            certificados: RwSignal::new(Vec::new()),
            constancia: RwSignal::new(None),
        };
        // lo que otra pestaña de esta aplicación guarda llega como evento «storage»
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            e.al_guardar_otra_pestana(ev.key().as_deref())
        });
        crate::xapi::reanudar(e.envio);
        if let Err(m) = almacen::leer(almacen::CLAVE_PERFIL) {
            e.guardado.set(false);
            e.avisar(format!(
                "No se podrá guardar el avance: {m}. La práctica funciona igual y puede descargar la transcripción al final."
            ));
            return e;
        }
        e.recuperar_perfil();
        e.recuperar_historial();
        // (sin el catálogo, que esta aplicación trae aparte, el intento y la
        // certificación no se pueden reproducir ni comprobar: quedan guardados
        // tal cual para la próxima carga)
        if !protocolo::escenario::catalogo_disponible() {
            if Self::necesita_catalogo_al_arrancar() {
                e.avisar(
                    "Lo que tenía en curso sigue guardado, pero ahora no se pudieron traer los escenarios para abrirlo: \
                     revise la conexión y recargue la página."
                        .into(),
                );
            }
            return e;
        }
        e.recuperar_certificacion();
        e.recuperar_certificados();
        e.recuperar_intento();
        e
    }

    /// Si al arrancar hay un intento o certificaciones guardados, que se
    /// reproducen (y comprueban) con el catálogo de escenarios: entonces la
    /// aplicación lo trae antes de montarse.
    pub fn necesita_catalogo_al_arrancar() -> bool {
        [almacen::CLAVE_INTENTO, almacen::CLAVE_CERTIFICACION]
            .iter()
            .any(|c| almacen::leer(c).is_ok_and(|t| t.is_some()))
            || !almacen::claves_numeradas(almacen::PREFIJO_CERTIFICADOS).is_empty()
    }

    /// De vuelta a una visita en curso (o a un escenario de certificación
    /// terminado que espera «Siguiente»); en una práctica terminada, la página
    /// la decide la dirección (#/informe).
    fn restaurar_intento(&self, modo: Modo, s: Sesion) {
        self.modo.set(modo);
        // (volver a poner la misma página la dibujaría de nuevo y vaciaría la caja de mensaje)
        if (!s.terminada() || modo == Modo::Certificacion)
            && self.pantalla.get_untracked() != Pantalla::Visita
        {
            self.pantalla.set(Pantalla::Visita);
        }
        self.sesion.set(Some(s));
    }

    pub fn avisar(&self, m: String) {
        self.aviso.set(Some(m));
    }

    pub fn escenarios() -> Vec<Arc<Escenario>> {
        catalogo().unwrap_or_default()
    }

    fn iniciar_sesion(&self, escenario: &str, semilla: u64, proveedor: Proveedor, modo: Modo) {
        match buscar(escenario) {
            Ok(e) => {
                self.modo.set(modo);
                self.tiempos.set_value((js_sys::Date::now(), Vec::new()));
                self.sesion.set(Some(Sesion::nueva(e, semilla, proveedor)));
                self.pantalla.set(Pantalla::Visita);
                self.guardar_intento();
            }
            Err(m) => self.avisar(format!("No se pudo abrir el escenario: {m}.")),
        }
    }

    /// Un intento de práctica.
    pub fn comenzar(&self, escenario: &str, semilla: u64) {
        let perfil = self.perfil.get_untracked();
        self.guardar_valor(almacen::CLAVE_PERFIL, &a_texto(&perfil));
        let proveedor = Proveedor {
            nombre: protocolo::texto::sin_controles_bidi(&perfil.nombre),
            genero: perfil.genero.unwrap_or(Genero::F),
        };
        self.iniciar_sesion(escenario, semilla, proveedor, Modo::Practica);
    }

    /// Comienza una certificación: un conjunto fijo de escenarios sacado de la semilla.
    pub fn comenzar_certificacion(&self, participante: Participante, genero: Genero, semilla: u64) {
        // un nombre con controles de dirección se vería invertido en la constancia
        let participante = Participante {
            nombre: protocolo::texto::sin_controles_bidi(&participante.nombre),
            ..participante
        };
        self.archivar_certificacion();
        let c = Certificacion {
            participante,
            genero,
            semilla,
            plan: plan_certificacion(semilla),
            hechas: Vec::new(),
            expediente: None,
        };
        self.certificacion.set(Some(c));
        self.guardar_certificacion();
        self.siguiente_de_certificacion();
    }

    /// Abre el siguiente escenario de la certificación, o arma el expediente.
    pub fn siguiente_de_certificacion(&self) {
        if self.en_pausa.get_untracked() {
            return;
        }
        let Some(c) = self.certificacion.get_untracked() else {
            return;
        };
        if let Some((id, semilla)) = c.plan.get(c.hechas.len()) {
            let proveedor = Proveedor {
                nombre: c.participante.nombre.clone(),
                genero: c.genero,
            };
            self.iniciar_sesion(id, *semilla, proveedor, Modo::Certificacion);
            return;
        }
        if c.expediente.is_none() {
            match certificacion::reproducir(&c.hechas) {
                Ok(s) => {
                    let exp = crear(c.participante.clone(), almacen::ahora_iso(), c.semilla, &s);
                    // el resultado de la certificación al LMS, y fin de la sesión SCORM
                    let estado_lms = if exp.aprobado { "passed" } else { "failed" };
                    if let Err(m) = crate::scorm::registrar(exp.total, estado_lms, true) {
                        self.avisar(m);
                    }
                    self.certificacion.update(|c| {
                        if let Some(c) = c {
                            c.expediente = Some(ExpedienteGuardado {
                                expediente: exp,
                                original: None,
                            });
                        }
                    });
                    self.guardar_certificacion();
                }
                Err(m) => {
                    self.avisar(format!("No se pudo completar el expediente: {m}."));
                    return;
                }
            }
        }
        self.sesion.set(None);
        almacen::borrar(almacen::CLAVE_INTENTO);
        self.pantalla.set(Pantalla::Certificado);
    }

    /// Abandona la certificación en curso (sus escenarios quedan en el historial).
    pub fn abandonar_certificacion(&self) {
        self.archivar_certificacion();
        self.certificacion.set(None);
        almacen::borrar(almacen::CLAVE_CERTIFICACION);
        if self.modo.get_untracked() == Modo::Certificacion {
            self.sesion.set(None);
            almacen::borrar(almacen::CLAVE_INTENTO);
        }
        self.pantalla.set(Pantalla::Certificar);
    }

    fn pulsar(&self, f: impl FnOnce(&mut Sesion)) {
        if self.en_pausa.get_untracked() {
            return;
        }
        let antes = self
            .sesion
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.terminada()));
        if !antes {
            self.tiempos.update_value(|(inicio, lista)| {
                lista.push((js_sys::Date::now() - *inicio).max(0.0) as u64)
            });
        }
        self.sesion.update(|s| {
            if let Some(s) = s.as_mut() {
                f(s);
            }
        });
        self.guardar_intento();
        let ahora = self
            .sesion
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.terminada()));
        if !antes && ahora {
            self.al_terminar();
        }
    }

    /// Un intento terminado pasa al historial (y a la certificación).
    fn al_terminar(&self) {
        let Some((informe, mut transcripcion)) = self
            .sesion
            .with_untracked(|s| s.as_ref().map(|s| (s.informe(), s.transcripcion())))
        else {
            return;
        };
        // los tiempos solo valen si se anotaron todos (una recarga a mitad los pierde)
        let tiempos = self.tiempos.with_value(|(_, t)| t.clone());
        if tiempos.len() == transcripcion.turnos.len() {
            transcripcion.tiempos = tiempos;
        }
        let modo = self.modo.get_untracked();
        self.historial.update(|h| {
            h.agregar(Registro::desde_informe(
                almacen::ahora_iso(),
                modo,
                &informe,
            ))
        });
        let h = self.historial.with_untracked(a_texto);
        self.guardar_valor(almacen::CLAVE_HISTORIAL, &h);
        // ya hay algo que conservar: que el navegador no lo borre si le falta espacio
        crate::sin_conexion::pedir_persistencia();
        // al LMS: cada práctica terminada, y cada escenario de una certificación
        // como punto de control (la certificación aún no termina)
        let estado_lms = match (modo, informe.terminado_antes) {
            (Modo::Practica, false) => "completed",
            _ => "incomplete",
        };
        if let Err(m) = crate::scorm::registrar(informe.total, estado_lms, false) {
            self.avisar(m);
        }
        if modo == Modo::Certificacion {
            self.certificacion.update(|c| {
                if let Some(c) = c {
                    if c.hechas.len() < c.plan.len() {
                        c.hechas.push(transcripcion);
                    }
                }
            });
            self.guardar_certificacion();
        }
    }

    pub fn decir(&self, texto: &str) {
        self.pulsar(|s| {
            s.decir(texto);
        });
    }

    /// Un turno dictado con la voz (la transcripción lo anota; se califica igual).
    pub fn dictar(&self, texto: &str) {
        self.pulsar(|s| {
            s.dictar(texto);
        });
    }

    pub fn accion(&self, a: Accion) {
        self.pulsar(|s| {
            s.accion(a);
        });
    }

    pub fn terminar(&self) {
        if self.en_pausa.get_untracked() {
            return;
        }
        self.pulsar(|s| {
            s.terminar();
        });
        if self.modo.get_untracked() == Modo::Practica {
            self.ver_informe();
        }
    }

    pub fn ver_informe(&self) {
        self.pantalla.set(Pantalla::Informe);
    }

    /// Solo en práctica: el mismo escenario, la misma variante, desde el principio.
    pub fn reintentar(&self) {
        if self.modo.get_untracked() != Modo::Practica || self.en_pausa.get_untracked() {
            return;
        }
        let previo = self
            .sesion
            .with_untracked(|s| s.as_ref().map(|s| (s.escenario().id.clone(), s.semilla())));
        if let Some((id, semilla)) = previo {
            self.comenzar(&id, semilla);
        }
    }

    /// Abandona el intento de práctica en curso.
    pub fn descartar(&self) {
        almacen::borrar(almacen::CLAVE_INTENTO);
        self.sesion.set(None);
        self.pantalla.set(Pantalla::Practicar);
    }

    fn guardar_valor(&self, clave: &str, valor: &str) {
        match almacen::guardar(clave, valor) {
            Ok(()) => {
                if !self.guardado.get_untracked() {
                    self.guardado.set(true);
                }
            }
            Err(m) => {
                if self.guardado.get_untracked() {
                    self.guardado.set(false);
                    self.avisar(format!(
                        "No se pudo guardar el avance: {m}. El intento sigue en esta pestaña; descargue la transcripción para no perderlo."
                    ));
                }
            }
        }
    }

    fn guardar_intento(&self) {
        let modo = self.modo.get_untracked();
        let json = self.sesion.with_untracked(|s| {
            s.as_ref().map(|s| {
                a_texto(&Guardado {
                    modo,
                    transcripcion: s.transcripcion(),
                })
            })
        });
        if let Some(json) = json {
            self.guardar_valor(almacen::CLAVE_INTENTO, &json);
        }
        self.guardar_en_lms();
    }

    /// Dentro de un LMS, el estado para reanudar también va a `cmi.suspend_data`
    /// (la certificación en curso y el intento actual).
    fn guardar_en_lms(&self) {
        if !crate::scorm::hay_lms() {
            return;
        }
        let suspendido = Suspendido {
            certificacion: self
                .certificacion
                .with_untracked(|c| c.as_ref().map(a_texto)),
            intento: self.sesion.with_untracked(|s| {
                s.as_ref().map(|s| {
                    a_texto(&Guardado {
                        modo: self.modo.get_untracked(),
                        transcripcion: s.transcripcion(),
                    })
                })
            }),
        };
        let aviso = self.aviso;
        crate::scorm::guardar_suspendido(a_texto(&suspendido), move |m| aviso.set(Some(m)));
    }

    /// Reanuda lo que el LMS guardó en `cmi.suspend_data` (otro equipo, o un
    /// navegador sin lo guardado): la certificación en curso y el intento.
    pub fn reanudar_de_lms(&self, texto: &str) {
        let Ok(s) = desde_texto::<Suspendido>(texto) else {
            self.avisar("Lo que el LMS guardó para reanudar no se pudo leer; empiece de nuevo (nada de lo ya registrado en el LMS se pierde).".into());
            return;
        };
        // lo reanudado queda también en este navegador, con los mismos textos
        if let Some(t) = s.certificacion {
            if let Ok(c) = desde_texto::<Certificacion>(&t) {
                self.certificacion.set(Some(c));
                self.guardar_valor(almacen::CLAVE_CERTIFICACION, &t);
            }
        }
        if let Some(t) = s.intento {
            if let Ok((modo, sesion)) = recuperar(&t) {
                self.restaurar_intento(modo, sesion);
                self.guardar_valor(almacen::CLAVE_INTENTO, &t);
            }
        }
    }

    fn guardar_certificacion(&self) {
        let json = self
            .certificacion
            .with_untracked(|c| c.as_ref().map(a_texto));
        match json {
            Some(j) => self.guardar_valor(almacen::CLAVE_CERTIFICACION, &j),
            None => almacen::borrar(almacen::CLAVE_CERTIFICACION),
        }
        self.guardar_en_lms();
        // el módulo LRS (si hay un LRS) saca de ella las declaraciones xAPI que falten
        crate::xapi::al_cambiar_certificacion();
    }

    /// La transcripción del intento actual, como el archivo que reproduce la línea de
    /// comandos.
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

/// Lo que se guarda en el LMS para reanudar (`cmi.suspend_data`): los mismos
/// textos que en el navegador.
#[derive(Serialize, Deserialize)]
struct Suspendido {
    certificacion: Option<String>,
    intento: Option<String>,
}

/// Lo que se guarda después de cada turno.
#[derive(Serialize, Deserialize)]
struct Guardado {
    modo: Modo,
    transcripcion: Transcripcion,
}

/// Reproduce un intento guardado; el error dice por qué se rechazó. Una
/// transcripción sola (guardada por la primera versión) se lee como práctica.
fn recuperar(texto: &str) -> Result<(Modo, Sesion), String> {
    if texto.len() > 2_000_000 {
        return Err("es demasiado grande".into());
    }
    let (modo, t) = match desde_texto::<Guardado>(texto) {
        Ok(g) => {
            g.transcripcion.comprobar().map_err(|e| e.to_string())?;
            (g.modo, g.transcripcion)
        }
        Err(_) => (
            Modo::Practica,
            Transcripcion::desde_json(texto).map_err(|e| e.to_string())?,
        ),
    };
    let e = buscar(&t.escenario)?;
    Sesion::reproducir(e, &t)
        .map(|s| (modo, s))
        .map_err(|e| e.to_string())
}
