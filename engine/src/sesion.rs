//! The dialogue state machine. The UI pumps it: it sends a trainee
//! utterance or an app action and receives events (lines, steps completed,
//! findings, the end). It never reads a clock or a random source.

use crate::detector::{detectar, Contexto, Etiqueta, Interlocutor};
use crate::escenario::{Accion, Cumple, Escenario, Falta, Hablante, Paso, Reaccion};
use crate::hora::Hora;
use crate::informe::{Hallazgo, Informe, TipoHallazgo};
use crate::mapa::Mapa;
use crate::transcripcion::{ErrorTranscripcion, Proveedor, Transcripcion, Turno};
use crate::variante::{rellenar, Variante};
use serde::{Deserialize, Serialize};
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

/// A practice hint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pista {
    pub seccion: String,
    pub titulo: String,
    /// Where to do it ("Dígale al cliente:", "En la aplicación: …").
    pub como: String,
    pub ejemplo: String,
}

/// When and how a step was completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cumplido {
    pub turno: usize,
    pub hora: Hora,
    pub evidencia: String,
    /// Steps that should have come before but had not.
    pub faltaban: Vec<String>,
    /// Turns past its deadline, and the minutes that meant.
    #[serde(default)]
    pub retraso: u32,
    #[serde(default)]
    pub minutos_tarde: u32,
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
    pub(crate) hechos: Mapa<String, Cumplido>,
    /// Marks set by reactions, with the turn that set them.
    marcas: Mapa<String, usize>,
    usos: Mapa<String, u32>,
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
            hechos: Mapa::new(),
            marcas: Mapa::new(),
            usos: Mapa::new(),
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
    /// Who hears the trainee now: the operator during a call, otherwise the
    /// client once the provider is with them; nobody before that.
    pub fn interlocutor(&self) -> Option<Interlocutor> {
        if self.llamada {
            Some(Interlocutor::Operador)
        } else {
            let llego = self
                .escenario
                .llega_con_marca
                .as_ref()
                .is_some_and(|m| self.marcas.contains_key(m));
            (self.escenario.presente_al_inicio || llego).then_some(Interlocutor::Cliente)
        }
    }

    fn marca_puesta(&self, marca: &Option<String>) -> bool {
        marca.as_ref().is_none_or(|m| self.marcas.contains_key(m))
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
        let turno = self.turno_actual();
        let Some(canal) = self.interlocutor() else {
            // nobody there: the line is kept, nothing is scored
            self.transcripcion.turnos.push(Turno::Dice {
                texto: texto.clone(),
                a: None,
                hora: Some(self.reloj),
            });
            self.registros.push(Registro {
                turno,
                hora: self.reloj,
                descripcion: texto.clone(),
                canal: None,
                etiquetas: Vec::new(),
            });
            let mut eventos = vec![Evento::Linea {
                quien: Hablante::Proveedor,
                texto,
                hora: self.reloj,
                a: None,
                etiquetas: Vec::new(),
            }];
            eventos.push(self.linea(
                Hablante::Narrador,
                self.rellenar(&self.escenario.nadie_escucha),
            ));
            self.historial.extend(eventos.iter().cloned());
            return eventos;
        };
        let ctx = Contexto {
            hora: self.reloj,
            cliente: self.variante.persona_cliente(),
            proveedor: self.transcripcion.proveedor.nombre.clone(),
            interlocutor: canal,
        };
        let deteccion = detectar(&texto, &ctx);
        let etiquetas = deteccion.lista();
        let plegado = crate::texto::plegado_con_bordes(&texto);
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
            .filter(|p| !self.hechos.contains_key(&p.id) && self.marca_puesta(&p.tras_marca))
            .filter(|p| {
                !p.espera_requisitos
                    || p.despues_de
                        .iter()
                        .all(|r| self.hechos.contains_key(&r.paso))
            })
            .filter(|p| match &p.cumple {
                Cumple::Decir {
                    contenido,
                    canal: c,
                } => *c == canal && contenido.se_cumple(&etiquetas, &plegado),
                Cumple::Accion { .. } => false,
            })
            .cloned()
            .collect();
        for p in &cumplidos {
            self.cumplir(p, texto.clone(), &mut eventos);
        }

        // faults (rudeness, informality, wrong name, accepting a drink…)
        let faltas: Vec<Falta> = self
            .escenario
            .faltas
            .iter()
            .filter(|f| f.canal.is_none_or(|c| c == canal) && self.falta_vigente(f))
            .filter(|f| {
                f.contenido()
                    .is_some_and(|c| !c.vacio() && c.se_cumple(&etiquetas, &plegado))
            })
            .cloned()
            .collect();
        for f in &faltas {
            self.registrar_falta(f, texto.clone(), turno, &mut eventos);
        }

        // the counterpart answers
        let reacciones = if canal == Interlocutor::Operador {
            self.escenario.operador.reacciones.clone()
        } else {
            self.escenario.reacciones.clone()
        };
        let dijo = self.reaccionar(
            &reacciones,
            Some((canal, &etiquetas, &plegado)),
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
            descripcion: format!("[Aplicación] {}", accion.texto()),
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
        let faltas: Vec<Falta> = self
            .escenario
            .faltas
            .iter()
            .filter(|f| f.accion == Some(accion) && self.falta_vigente(f))
            .cloned()
            .collect();
        for f in &faltas {
            self.registrar_falta(
                f,
                format!("[Aplicación] {}", accion.texto()),
                turno,
                &mut eventos,
            );
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
                    format!("Acción registrada: {}.", accion.texto()),
                ));
            }
            return None;
        }
        let pendientes: Vec<&Paso> = con_accion
            .iter()
            .filter(|p| !self.hechos.contains_key(&p.id) && self.marca_puesta(&p.tras_marca))
            .collect();
        if pendientes.is_empty() {
            if !matches!(accion, Accion::LlamarCentro | Accion::Colgar) {
                let ya = con_accion.iter().all(|p| self.hechos.contains_key(&p.id));
                let texto = if ya {
                    "Esta acción ya quedó registrada.".to_string()
                } else {
                    format!("Acción registrada: {}.", accion.texto())
                };
                eventos.push(self.linea(Hablante::Aplicacion, texto));
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
                self.cumplir(&p, format!("[Aplicación] {}", accion.texto()), eventos);
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

    fn falta_vigente(&self, f: &Falta) -> bool {
        self.marca_puesta(&f.tras_marca)
            && f.mientras_pendiente
                .as_ref()
                .is_none_or(|p| !self.hechos.contains_key(p))
    }

    fn registrar_falta(
        &mut self,
        f: &Falta,
        dicho: String,
        turno: usize,
        eventos: &mut Vec<Evento>,
    ) {
        let h = Hallazgo {
            seccion: f.seccion.clone(),
            paso: None,
            etiqueta: f.etiqueta,
            falta: Some(f.clave()),
            tipo: if f.critico {
                TipoHallazgo::Critico
            } else {
                TipoHallazgo::Falta
            },
            dimension: f.dimension,
            mensaje: f.mensaje.clone(),
            dicho,
            esperado: self.rellenar(&f.esperado),
            puntos: f.puntos,
            critico: f.critico,
            turno: Some(turno),
            hora: self.reloj,
        };
        self.hallazgos.push(h.clone());
        eventos.push(Evento::Hallazgo(h));
    }

    /// When a step became due: its prerequisites done and its mark set
    /// (turn index, -1 for the start) and the clock then.
    fn vencimiento(&self, p: &Paso) -> (i64, Hora) {
        let mut turno: i64 = -1;
        let mut hora = self.variante.hora_inicio;
        let mut considerar = |t: usize, h: Hora| {
            if t as i64 > turno {
                turno = t as i64;
                hora = h;
            }
        };
        for r in &p.despues_de {
            if let Some(c) = self.hechos.get(&r.paso) {
                considerar(c.turno, c.hora);
            }
        }
        let marca = p
            .plazo
            .as_ref()
            .and_then(|z| z.desde_marca.as_ref())
            .or(p.tras_marca.as_ref());
        if let Some(t) = marca.and_then(|m| self.marcas.get(m)) {
            // the clock after the turn that set the mark
            let h = self
                .registros
                .iter()
                .find(|r| r.turno == *t + 1)
                .map(|r| r.hora)
                .unwrap_or(self.reloj);
            considerar(*t, h);
        }
        (turno, hora)
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
                falta: None,
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
        let (mut retraso, mut minutos_tarde) = (0, 0);
        if let Some(z) = &p.plazo {
            let (debido, hora_debida) = self.vencimiento(p);
            let pasaron = turno as i64 - debido;
            if pasaron > z.turnos as i64 {
                retraso = (pasaron - z.turnos as i64) as u32;
                minutos_tarde = (self.reloj.minutos_desde_medianoche() as u32 + 1440
                    - hora_debida.minutos_desde_medianoche() as u32)
                    % 1440;
                let h = Hallazgo {
                    seccion: p.seccion.clone(),
                    paso: Some(p.id.clone()),
                    etiqueta: None,
                    falta: None,
                    tipo: TipoHallazgo::Tardio,
                    dimension: p.dimension,
                    mensaje: format!(
                        "«{}» llegó tarde: {} turno{} después de lo debido{}.",
                        p.titulo,
                        retraso,
                        if retraso == 1 { "" } else { "s" },
                        if minutos_tarde > 0 {
                            format!(" ({minutos_tarde} minutos desde que correspondía)")
                        } else {
                            String::new()
                        }
                    ),
                    dicho: evidencia.clone(),
                    esperado: self.rellenar(&p.esperado),
                    puntos: (retraso * z.costo_por_turno).min(p.puntos),
                    critico: false,
                    turno: Some(turno),
                    hora: self.reloj,
                };
                self.hallazgos.push(h.clone());
                eventos.push(Evento::Hallazgo(h));
            }
        }
        self.hechos.insert(
            p.id.clone(),
            Cumplido {
                turno,
                hora: self.reloj,
                evidencia,
                faltaban: faltaban.into_iter().map(|r| r.paso).collect(),
                retraso,
                minutos_tarde,
            },
        );
        eventos.push(Evento::PasoCumplido {
            paso: p.id.clone(),
            titulo: p.titulo.clone(),
            seccion: p.seccion.clone(),
            en_orden,
        });
    }

    fn cumple_condicion(&self, r: &Reaccion, etiquetas: &[Etiqueta], plegado: &str) -> bool {
        let c = &r.si;
        let contiene = |f: &String| crate::texto::contiene_frase(plegado, f);
        let pide_algo = !c.etiquetas.is_empty() || !c.frases.is_empty();
        (!pide_algo
            || c.etiquetas.iter().any(|e| etiquetas.contains(e))
            || c.frases.iter().any(contiene))
            && c.hechos.iter().all(|p| self.hechos.contains_key(p))
            && c.pendientes.iter().all(|p| !self.hechos.contains_key(p))
            && c.marcas.iter().all(|m| self.marcas.contains_key(m))
            && c.sin_marcas.iter().all(|m| !self.marcas.contains_key(m))
            && r.veces
                .is_none_or(|v| self.usos.get(&r.id).copied().unwrap_or(0) < v)
    }

    /// Fires matching reactions in order; returns whether anyone spoke.
    fn reaccionar(
        &mut self,
        reacciones: &[Reaccion],
        dicho: Option<(Interlocutor, &[Etiqueta], &str)>,
        accion: Option<Accion>,
        minutos: u32,
        eventos: &mut Vec<Evento>,
    ) -> bool {
        let mut hablo = false;
        let vacias: &[Etiqueta] = &[];
        for r in reacciones {
            let dispara = match (dicho, accion) {
                (Some((canal, _, _)), _) => r.canal == Some(canal),
                (_, Some(a)) => r.accion == Some(a),
                _ => false,
            };
            let etiquetas = dicho.map(|(_, e, _)| e).unwrap_or(vacias);
            let plegado = dicho.map(|(_, _, p)| p).unwrap_or("");
            if !dispara || !self.cumple_condicion(r, etiquetas, plegado) {
                continue;
            }
            *self.usos.o_defecto(r.id.clone()) += 1;
            if let Some(m) = &r.marca {
                let turno = self.turno_actual().saturating_sub(1);
                self.marcas.o_insertar(m.clone(), || turno);
            }
            if let Some(m) = r.avanza {
                self.avanzar(m, eventos);
            }
            if let Some(n) = &r.narra {
                let t = self.rellenar_con(n, minutos);
                eventos.push(self.linea(Hablante::Narrador, t));
            }
            if let Some(d) = &r.dice {
                let quien = r.quien.unwrap_or(
                    if dicho.is_some_and(|(c, _, _)| c == Interlocutor::Operador) {
                        Hablante::Operador
                    } else {
                        Hablante::Cliente
                    },
                );
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
        let colgado = !self.escenario.fin.tras_colgar || !self.llamada;
        if !self.terminada
            && colgado
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

    /// Practice hint: the next step the protocol expects now and how it is
    /// worded (the first pending step whose prerequisites are done).
    pub fn pista(&self) -> Option<Pista> {
        let pendientes: Vec<&Paso> = self
            .escenario
            .pasos
            .iter()
            .filter(|p| !self.hechos.contains_key(&p.id) && self.marca_puesta(&p.tras_marca))
            .collect();
        let listo = |p: &&&Paso| {
            p.despues_de
                .iter()
                .all(|r| self.hechos.contains_key(&r.paso))
        };
        let p = pendientes.iter().find(listo).or(pendientes.first())?;
        let como = match &p.cumple {
            Cumple::Accion { accion } => format!("En la aplicación: «{}».", accion.texto()),
            Cumple::Decir {
                canal: Interlocutor::Operador,
                ..
            } if !self.llamada => "Llame al Centro de Contacto y dígale:".to_string(),
            Cumple::Decir {
                canal: Interlocutor::Operador,
                ..
            } => "Dígale al operador:".to_string(),
            Cumple::Decir { .. } => "Dígale al cliente:".to_string(),
        };
        Some(Pista {
            seccion: p.seccion.clone(),
            titulo: p.titulo.clone(),
            como,
            ejemplo: self.rellenar(&p.esperado),
        })
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
