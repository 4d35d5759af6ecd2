//! The dialogue state machine. The UI pumps it: it sends a trainee
//! utterance or an app action and receives events (lines, steps completed,
//! findings, the end). It never reads a clock or a random source.

use crate::detector::{detectar, Contexto, Etiqueta, Interlocutor};
use crate::escenario::{Accion, Cumple, Escenario, Hablante, Paso, Reaccion};
use crate::hora::Hora;
use crate::informe::{Hallazgo, Informe, TipoHallazgo};
use crate::transcripcion::{ErrorTranscripcion, Proveedor, Transcripcion, Turno};
use crate::variante::{rellenar, Variante};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// A stored utterance is cut to this many characters.
pub const MAX_TEXTO: usize = crate::detector::MAX_CARACTERES;

/// What the engine tells the UI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "tipo", rename_all = "snake_case")]
pub enum Evento {
    /// A line of the conversation (the trainee's own lines included).
    Linea {
        quien: Hablante,
        texto: String,
        hora: Hora,
        /// For the trainee's lines: who heard it and what the detector recognised.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        a: Option<Interlocutor>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        etiquetas: Vec<Etiqueta>,
    },
    /// A protocol step was completed (possibly out of order).
    PasoCumplido {
        paso: String,
        titulo: String,
        seccion: String,
        en_orden: bool,
    },
    /// Something that costs points or fails the attempt, as it happens.
    Hallazgo(Hallazgo),
    /// The phone call with the Centro de Contacto opened or closed.
    Llamada { abierta: bool },
    /// The clock moved.
    Reloj { hora: Hora },
    /// The attempt is over; the report is ready.
    Terminado,
}

/// When and how a step was completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cumplido {
    pub turno: usize,
    pub hora: Hora,
    pub evidencia: String,
    /// Steps that should have come before but had not.
    pub faltaban: Vec<String>,
}

/// A trainee turn as the scorer sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Registro {
    pub turno: usize,
    pub hora: Hora,
    /// The utterance, or "[Aplicación] …" for an action.
    pub descripcion: String,
    pub canal: Option<Interlocutor>,
    pub etiquetas: Vec<Etiqueta>,
}

/// One attempt at one scenario.
#[derive(Debug, Clone)]
pub struct Sesion {
    escenario: Arc<Escenario>,
    variante: Variante,
    transcripcion: Transcripcion,
    reloj: Hora,
    pub(crate) hechos: BTreeMap<String, Cumplido>,
    marcas: BTreeSet<String>,
    usos: BTreeMap<String, u32>,
    llamada: bool,
    terminada: bool,
    pub(crate) hallazgos: Vec<Hallazgo>,
    pub(crate) registros: Vec<Registro>,
    historial: Vec<Evento>,
}

impl Sesion {
    /// Starts an attempt. The seed draws the variant.
    pub fn nueva(escenario: Arc<Escenario>, semilla: u64, proveedor: Proveedor) -> Sesion {
        let variante = Variante::elegir(&escenario, semilla);
        let reloj = variante.hora_inicio;
        let mut s = Sesion {
            transcripcion: Transcripcion::nueva(&escenario.id, semilla, proveedor),
            escenario,
            variante,
            reloj,
            hechos: BTreeMap::new(),
            marcas: BTreeSet::new(),
            usos: BTreeMap::new(),
            llamada: false,
            terminada: false,
            hallazgos: Vec::new(),
            registros: Vec::new(),
            historial: Vec::new(),
        };
        let inicio: Vec<Evento> = s
            .escenario
            .inicio
            .iter()
            .map(|l| Evento::Linea {
                quien: l.quien,
                texto: s.rellenar(&l.texto),
                hora: reloj,
                a: None,
                etiquetas: Vec::new(),
            })
            .collect();
        s.historial.extend(inicio);
        s
    }

    /// Replays a transcript through the engine.
    pub fn reproducir(
        escenario: Arc<Escenario>,
        t: &Transcripcion,
    ) -> Result<Sesion, ErrorTranscripcion> {
        t.comprobar()?;
        if t.escenario != escenario.id {
            return Err(ErrorTranscripcion::Escenario(format!(
                "la transcripción es del escenario «{}», no de «{}»",
                t.escenario, escenario.id
            )));
        }
        let mut s = Sesion::nueva(escenario, t.semilla, t.proveedor.clone());
        for turno in &t.turnos {
            if s.terminada {
                break;
            }
            match turno {
                Turno::Dice { texto, .. } => {
                    s.decir(texto);
                }
                Turno::Accion { accion, .. } => {
                    s.accion(*accion);
                }
                Turno::Terminar { .. } => {
                    s.terminar();
                }
            }
        }
        Ok(s)
    }

    pub fn escenario(&self) -> &Arc<Escenario> {
        &self.escenario
    }
    pub fn variante(&self) -> &Variante {
        &self.variante
    }
    pub fn transcripcion(&self) -> &Transcripcion {
        &self.transcripcion
    }
    pub fn reloj(&self) -> Hora {
        self.reloj
    }
    pub fn llamada_abierta(&self) -> bool {
        self.llamada
    }
    pub fn terminada(&self) -> bool {
        self.terminada
    }
    /// Every event since the start, for (re)drawing the conversation.
    pub fn historial(&self) -> &[Evento] {
        &self.historial
    }
    pub fn hecho(&self, paso: &str) -> bool {
        self.hechos.contains_key(paso)
    }
    /// Who hears the trainee now.
    pub fn interlocutor(&self) -> Interlocutor {
        if self.llamada {
            Interlocutor::Operador
        } else {
            Interlocutor::Cliente
        }
    }

    fn rellenar(&self, plantilla: &str) -> String {
        self.rellenar_con(plantilla, 0)
    }

    fn rellenar_con(&self, plantilla: &str, minutos: u32) -> String {
        rellenar(
            plantilla,
            &self.variante,
            &self.transcripcion.proveedor,
            self.reloj,
            minutos,
        )
    }

    fn turno_actual(&self) -> usize {
        self.transcripcion.turnos.len()
    }

    fn linea(&self, quien: Hablante, texto: String) -> Evento {
        Evento::Linea {
            quien,
            texto,
            hora: self.reloj,
            a: None,
            etiquetas: Vec::new(),
        }
    }

    fn avanzar(&mut self, minutos: u32, eventos: &mut Vec<Evento>) {
        if minutos > 0 {
            self.reloj = self.reloj.mas(minutos);
            eventos.push(Evento::Reloj { hora: self.reloj });
        }
    }

    /// The trainee says something to whoever is on the line.
    pub fn decir(&mut self, texto: &str) -> Vec<Evento> {
        if self.terminada {
            return Vec::new();
        }
        let texto: String = texto.trim().chars().take(MAX_TEXTO).collect();
        if texto.is_empty() {
            return Vec::new();
        }
        let canal = self.interlocutor();
        let ctx = Contexto {
            hora: self.reloj,
            cliente: self.variante.persona_cliente(),
            proveedor: self.transcripcion.proveedor.nombre.clone(),
            interlocutor: canal,
        };
        let deteccion = detectar(&texto, &ctx);
        let etiquetas = deteccion.lista();
        let turno = self.turno_actual();
        self.transcripcion.turnos.push(Turno::Dice {
            texto: texto.clone(),
            a: Some(canal),
            hora: Some(self.reloj),
        });
        self.registros.push(Registro {
            turno,
            hora: self.reloj,
            descripcion: texto.clone(),
            canal: Some(canal),
            etiquetas: etiquetas.clone(),
        });
        let mut eventos = vec![Evento::Linea {
            quien: Hablante::Proveedor,
            texto: texto.clone(),
            hora: self.reloj,
            a: Some(canal),
            etiquetas: etiquetas.clone(),
        }];

        // steps fulfilled by what was said
        let cumplidos: Vec<Paso> = self
            .escenario
            .pasos
            .iter()
            .filter(|p| !self.hechos.contains_key(&p.id))
            .filter(|p| {
                !p.espera_requisitos
                    || p.despues_de
                        .iter()
                        .all(|r| self.hechos.contains_key(&r.paso))
            })
            .filter(|p| match &p.cumple {
                Cumple::Decir {
                    etiquetas: req,
                    canal: c,
                } => *c == canal && req.iter().all(|e| deteccion.tiene(*e)),
                Cumple::Accion { .. } => false,
            })
            .cloned()
            .collect();
        for p in &cumplidos {
            self.cumplir(p, texto.clone(), &mut eventos);
        }

        // faults (rudeness, informality, wrong name…)
        let faltas = self.escenario.faltas.clone();
        for f in faltas.iter().filter(|f| deteccion.tiene(f.etiqueta)) {
            let h = Hallazgo {
                seccion: f.seccion.clone(),
                paso: None,
                etiqueta: Some(f.etiqueta),
                tipo: if f.critico {
                    TipoHallazgo::Critico
                } else {
                    TipoHallazgo::Falta
                },
                dimension: f.dimension,
                mensaje: f.mensaje.clone(),
                dicho: texto.clone(),
                esperado: self.rellenar(&f.esperado),
                puntos: f.puntos,
                critico: f.critico,
                turno: Some(turno),
                hora: self.reloj,
            };
            self.hallazgos.push(h.clone());
            eventos.push(Evento::Hallazgo(h));
        }

        // the counterpart answers
        let reacciones = if canal == Interlocutor::Operador {
            self.escenario.operador.reacciones.clone()
        } else {
            self.escenario.reacciones.clone()
        };
        let dijo = self.reaccionar(
            &reacciones,
            Some((canal, &etiquetas)),
            None,
            0,
            &mut eventos,
        );
        if !dijo {
            let (quien, texto) = match canal {
                Interlocutor::Operador => (
                    Hablante::Operador,
                    self.rellenar(&self.escenario.operador.sin_reaccion),
                ),
                Interlocutor::Cliente => (
                    Hablante::Cliente,
                    self.rellenar(&self.escenario.cliente_sin_reaccion),
                ),
            };
            eventos.push(self.linea(quien, texto));
        }
        let minutos = self.escenario.minutos_por_turno;
        self.avanzar(minutos, &mut eventos);
        self.comprobar_fin(&mut eventos);
        self.historial.extend(eventos.iter().cloned());
        eventos
    }

    /// The trainee presses an app button or the phone.
    pub fn accion(&mut self, accion: Accion) -> Vec<Evento> {
        if self.terminada {
            return Vec::new();
        }
        let turno = self.turno_actual();
        self.transcripcion.turnos.push(Turno::Accion {
            accion,
            hora: Some(self.reloj),
        });
        self.registros.push(Registro {
            turno,
            hora: self.reloj,
            descripcion: format!("[Aplicación] {}", accion.etiqueta()),
            canal: None,
            etiquetas: Vec::new(),
        });
        let mut eventos = Vec::new();
        let mut minutos = 1;
        match accion {
            Accion::LlamarCentro if self.llamada => {
                eventos.push(self.linea(
                    Hablante::Aplicacion,
                    "Ya está en llamada con el Centro de Contacto.".into(),
                ));
            }
            Accion::LlamarCentro => {
                self.llamada = true;
                eventos.push(Evento::Llamada { abierta: true });
                eventos.push(self.linea(
                    Hablante::Narrador,
                    "(Llama al Centro de Contacto del INS.)".into(),
                ));
                let contesta = self.rellenar(&self.escenario.operador.contesta);
                eventos.push(self.linea(Hablante::Operador, contesta));
                self.cumplir_accion(accion, &mut eventos);
            }
            Accion::Colgar if !self.llamada => {
                eventos.push(self.linea(
                    Hablante::Aplicacion,
                    "No hay ninguna llamada en curso.".into(),
                ));
            }
            Accion::Colgar => {
                self.llamada = false;
                eventos.push(Evento::Llamada { abierta: false });
                eventos.push(self.linea(
                    Hablante::Narrador,
                    "(Termina la llamada con el Centro de Contacto.)".into(),
                ));
                self.cumplir_accion(accion, &mut eventos);
            }
            _ => {
                if let Some(m) = self.cumplir_accion(accion, &mut eventos) {
                    minutos = m;
                }
            }
        }
        let reacciones = self.escenario.reacciones.clone();
        self.reaccionar(&reacciones, None, Some(accion), minutos, &mut eventos);
        self.avanzar(minutos, &mut eventos);
        self.comprobar_fin(&mut eventos);
        self.historial.extend(eventos.iter().cloned());
        eventos
    }

    /// Completes the first pending step for this action whose hard
    /// precondition holds; otherwise the app says why it refuses.
    /// Returns the minutes the action took.
    fn cumplir_accion(&mut self, accion: Accion, eventos: &mut Vec<Evento>) -> Option<u32> {
        let con_accion: Vec<Paso> = self
            .escenario
            .pasos
            .iter()
            .filter(|p| matches!(p.cumple, Cumple::Accion { accion: a } if a == accion))
            .cloned()
            .collect();
        if con_accion.is_empty() {
            if !matches!(accion, Accion::LlamarCentro | Accion::Colgar) {
                eventos.push(self.linea(
                    Hablante::Aplicacion,
                    "Esta acción no aplica en este servicio.".into(),
                ));
            }
            return None;
        }
        let pendientes: Vec<&Paso> = con_accion
            .iter()
            .filter(|p| !self.hechos.contains_key(&p.id))
            .collect();
        if pendientes.is_empty() {
            if !matches!(accion, Accion::LlamarCentro | Accion::Colgar) {
                eventos.push(self.linea(
                    Hablante::Aplicacion,
                    "Esta acción ya quedó registrada.".into(),
                ));
            }
            return None;
        }
        let posible = pendientes.iter().find(|p| {
            p.necesita
                .as_ref()
                .is_none_or(|n| self.hechos.contains_key(&n.paso))
        });
        match posible {
            Some(p) => {
                let p = (*p).clone();
                self.cumplir(&p, format!("[Aplicación] {}", accion.etiqueta()), eventos);
                if let Some(m) = &p.mensaje_app {
                    let texto = self.rellenar_con(m, p.minutos.unwrap_or(1));
                    eventos.push(self.linea(Hablante::Aplicacion, texto));
                }
                Some(p.minutos.unwrap_or(1))
            }
            None => {
                let mensaje = pendientes[0]
                    .necesita
                    .as_ref()
                    .map(|n| n.mensaje.clone())
                    .unwrap_or_default();
                eventos.push(self.linea(Hablante::Aplicacion, mensaje));
                None
            }
        }
    }

    /// Marks a step done, with order checks against its prerequisites.
    fn cumplir(&mut self, p: &Paso, evidencia: String, eventos: &mut Vec<Evento>) {
        let turno = self.turno_actual().saturating_sub(1);
        let faltaban: Vec<_> = p
            .despues_de
            .iter()
            .filter(|r| !self.hechos.contains_key(&r.paso))
            .cloned()
            .collect();
        for r in &faltaban {
            let previo = self.escenario.paso(&r.paso).cloned();
            let Some(previo) = previo else { continue };
            let h = Hallazgo {
                seccion: p.seccion.clone(),
                paso: Some(p.id.clone()),
                etiqueta: None,
                tipo: if r.critico {
                    TipoHallazgo::Critico
                } else {
                    TipoHallazgo::FueraDeOrden
                },
                dimension: p.dimension,
                mensaje: format!(
                    "{}«{}» se hizo antes de «{}».",
                    if r.critico { "Error crítico: " } else { "" },
                    p.titulo,
                    previo.titulo
                ),
                dicho: evidencia.clone(),
                esperado: self.rellenar(&p.esperado),
                puntos: if r.critico { 0 } else { p.costo_desorden() },
                critico: r.critico,
                turno: Some(turno),
                hora: self.reloj,
            };
            self.hallazgos.push(h.clone());
            eventos.push(Evento::Hallazgo(h));
        }
        let en_orden = faltaban.is_empty();
        self.hechos.insert(
            p.id.clone(),
            Cumplido {
                turno,
                hora: self.reloj,
                evidencia,
                faltaban: faltaban.into_iter().map(|r| r.paso).collect(),
            },
        );
        eventos.push(Evento::PasoCumplido {
            paso: p.id.clone(),
            titulo: p.titulo.clone(),
            seccion: p.seccion.clone(),
            en_orden,
        });
    }

    fn cumple_condicion(&self, r: &Reaccion, etiquetas: &[Etiqueta]) -> bool {
        let c = &r.si;
        (c.etiquetas.is_empty() || c.etiquetas.iter().any(|e| etiquetas.contains(e)))
            && c.hechos.iter().all(|p| self.hechos.contains_key(p))
            && c.pendientes.iter().all(|p| !self.hechos.contains_key(p))
            && c.marcas.iter().all(|m| self.marcas.contains(m))
            && c.sin_marcas.iter().all(|m| !self.marcas.contains(m))
            && r.veces
                .is_none_or(|v| self.usos.get(&r.id).copied().unwrap_or(0) < v)
    }

    /// Fires matching reactions in order; returns whether anyone spoke.
    fn reaccionar(
        &mut self,
        reacciones: &[Reaccion],
        dicho: Option<(Interlocutor, &[Etiqueta])>,
        accion: Option<Accion>,
        minutos: u32,
        eventos: &mut Vec<Evento>,
    ) -> bool {
        let mut hablo = false;
        let vacias: &[Etiqueta] = &[];
        for r in reacciones {
            let dispara = match (dicho, accion) {
                (Some((canal, _)), _) => r.canal == Some(canal),
                (_, Some(a)) => r.accion == Some(a),
                _ => false,
            };
            let etiquetas = dicho.map(|(_, e)| e).unwrap_or(vacias);
            if !dispara || !self.cumple_condicion(r, etiquetas) {
                continue;
            }
            *self.usos.entry(r.id.clone()).or_default() += 1;
            if let Some(m) = &r.marca {
                self.marcas.insert(m.clone());
            }
            if let Some(n) = &r.narra {
                let t = self.rellenar_con(n, minutos);
                eventos.push(self.linea(Hablante::Narrador, t));
            }
            if let Some(d) = &r.dice {
                let quien = if dicho.is_some_and(|(c, _)| c == Interlocutor::Operador) {
                    Hablante::Operador
                } else {
                    Hablante::Cliente
                };
                let t = self.rellenar_con(d, minutos);
                eventos.push(self.linea(quien, t));
                hablo = true;
            }
            if !r.sigue {
                break;
            }
        }
        hablo
    }

    fn comprobar_fin(&mut self, eventos: &mut Vec<Evento>) {
        if !self.terminada
            && self
                .escenario
                .fin
                .cuando
                .iter()
                .all(|p| self.hechos.contains_key(p))
        {
            let cierre = self.rellenar(&self.escenario.fin.cierre);
            eventos.push(self.linea(Hablante::Narrador, cierre));
            self.terminada = true;
            eventos.push(Evento::Terminado);
        }
    }

    /// Ends the attempt now ("Terminar"); missing steps count as omitted.
    pub fn terminar(&mut self) -> Vec<Evento> {
        if self.terminada {
            return Vec::new();
        }
        self.transcripcion.turnos.push(Turno::Terminar {
            hora: Some(self.reloj),
        });
        self.terminada = true;
        let eventos = vec![
            self.linea(
                Hablante::Narrador,
                "(La persona en formación terminó el intento.)".into(),
            ),
            Evento::Terminado,
        ];
        self.historial.extend(eventos.iter().cloned());
        eventos
    }

    /// The report, a pure function of the scenario and the transcript.
    pub fn informe(&self) -> Informe {
        Informe::calcular(self)
    }
}

/// Keeps `Sesion` usable inside reactive signals (Send + Sync).
#[cfg(test)]
fn _sesion_es_send_sync() {
    fn acepta(_: impl Send + Sync) {}
    let e = crate::escenario::buscar("servicio-completo").unwrap();
    acepta(Sesion::nueva(
        e,
        1,
        Proveedor {
            nombre: "A".into(),
            genero: crate::Genero::M,
        },
    ));
}
