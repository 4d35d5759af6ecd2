//! La máquina de diálogo. La interfaz la bombea: le envía una frase o una
//! acción de la persona en formación y recibe eventos (líneas, pasos
//! cumplidos, hallazgos, el final). Nunca lee un reloj ni una fuente de azar.
//!
//! La sesión guarda **un solo registro**: la lista de [`Evento`]s desde el
//! comienzo. De él se derivan la transcripción ([`Sesion::transcripcion`]),
//! la conversación que dibuja la interfaz ([`Sesion::historial`]) y el
//! resultado que califica el informe ([`Sesion::resultado`]). Además lleva el
//! estado del protocolo (pasos hechos, marcas, llamada), que es lo que decide
//! qué pasa en el turno siguiente.
//!
//! Submódulos, cada uno con su bloque `impl Sesion`:
//! - `turnos`: lo que hace la persona en formación (decir, pulsar, terminar);
//! - `pasos`: cumplir pasos, orden, plazos y faltas;
//! - `reacciones`: lo que responden el cliente y el operador, y el final;
//! - `registro`: lo que se deriva del registro de eventos.

mod pasos;
mod reacciones;
mod registro;
mod turnos;

use crate::contrapartes::{Contraparte, MARCA_LLEGA_CLIENTE};
use crate::detector::{Etiqueta, Interlocutor};
use crate::escenario::{Accion, Cumple, Escenario, Hablante, Paso};
use crate::hora::Hora;
use crate::informe::{Hallazgo, Informe};
use crate::mapa::Mapa;
use crate::resultado::Cumplido;
use crate::transcripcion::{ErrorTranscripcion, Proveedor, Transcripcion, Turno};
use crate::variante::Variante;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Una frase guardada se corta en estos caracteres.
pub const MAX_TEXTO: usize = crate::detector::MAX_CARACTERES;

/// Lo que el motor le dice a la interfaz.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "tipo", rename_all = "snake_case")]
pub enum Evento {
    /// Una línea de la conversación (también las de la persona en formación).
    Linea {
        /// Quién la dice.
        quien: Hablante,
        /// El texto.
        texto: String,
        /// La hora del reloj simulado.
        hora: Hora,
        /// En las líneas de la persona en formación: quién la oyó.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        a: Option<Interlocutor>,
        /// En las líneas de la persona en formación: lo que reconoció el detector.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        etiquetas: Vec<Etiqueta>,
    },
    /// La persona en formación pulsó un botón de la aplicación o del teléfono.
    Accion {
        /// El botón.
        accion: Accion,
        /// La hora del reloj simulado.
        hora: Hora,
    },
    /// Se cumplió un paso del protocolo (quizá fuera de orden).
    PasoCumplido {
        /// El id del paso.
        paso: String,
        /// Su título.
        titulo: String,
        /// La sección del protocolo.
        seccion: String,
        /// Si se cumplió después de los que debían precederlo.
        en_orden: bool,
    },
    /// Lo dicho cumpliría un paso cuyo momento aún no llegó (el rechazo antes
    /// del ofrecimiento): no cuenta.
    AntesDeTiempo {
        /// El id del paso.
        paso: String,
        /// Su título.
        titulo: String,
    },
    /// Algo que cuesta puntos o reprueba el intento, en el momento en que pasa.
    Hallazgo(Hallazgo),
    /// Se abrió o se cerró la llamada con el Centro de Contacto.
    Llamada {
        /// Si quedó abierta.
        abierta: bool,
    },
    /// Avanzó el reloj.
    Reloj {
        /// La hora nueva.
        hora: Hora,
    },
    /// La persona en formación terminó el intento antes del final («Terminar»).
    Abandono {
        /// La hora del reloj simulado.
        hora: Hora,
    },
    /// En práctica: nada de lo dicho se reconoció ni tuvo respuesta del
    /// escenario; el paso que la persona quizá buscaba (el que sigue).
    Sugerencia {
        /// La sección del protocolo.
        seccion: String,
        /// El título del paso.
        titulo: String,
    },
    /// El intento terminó; el informe está listo.
    Terminado,
}

/// Una pista de la práctica.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pista {
    /// La sección del protocolo.
    pub seccion: String,
    /// El título del paso.
    pub titulo: String,
    /// Dónde hacerlo («Dígale al cliente:», «En la aplicación: …»).
    pub como: String,
    /// Cómo lo dice el protocolo, con los nombres de esta visita.
    pub ejemplo: String,
}

/// Un intento de un escenario.
#[derive(Debug, Clone)]
pub struct Sesion {
    escenario: Arc<Escenario>,
    variante: Variante,
    semilla: u64,
    proveedor: Proveedor,
    reloj: Hora,
    /// El registro único: todo lo que pasó, en orden.
    eventos: Vec<Evento>,
    /// Cuántos turnos lleva la persona en formación.
    turnos: usize,
    /// Estado del protocolo: pasos hechos…
    hechos: Mapa<String, Cumplido>,
    /// …marcas puestas por las reacciones, con el turno que las puso…
    marcas: Mapa<String, usize>,
    /// …veces que disparó cada reacción…
    usos: Mapa<String, u32>,
    /// La hora que aceptó el Centro de Contacto (1.2 caso 1), si la hay.
    hora_acordada: Option<Hora>,
    /// …y si la llamada está abierta o el intento terminó.
    llamada: bool,
    terminada: bool,
    /// Los tiempos de los turnos de la transcripción reproducida (ver
    /// [`Transcripcion::tiempos`]): no se califican, se conservan.
    tiempos: Vec<u64>,
    /// Los turnos dictados con la voz ([`Transcripcion::dictados`]).
    dictados: Vec<u32>,
    /// Las contrapartes que le tocaron ([`crate::contrapartes`]); `None` en
    /// una transcripción de antes que no las anota.
    contrapartes: Option<Vec<String>>,
    /// Dónde están en el escenario: lo que cambian fuera de sus reacciones,
    /// pasos y faltas (que esperan sus marcas, puestas al empezar).
    activas: Vec<usize>,
}

impl Sesion {
    /// Empieza un intento. La semilla saca la variante y las contrapartes
    /// (el temperamento del cliente, el estilo del operador, la pregunta y
    /// quién abre la puerta).
    pub fn nueva(escenario: Arc<Escenario>, semilla: u64, proveedor: Proveedor) -> Sesion {
        let variante = Variante::elegir(&escenario.variantes, semilla);
        let marcas = crate::contrapartes::elegir(&escenario, &variante.servicio.nombre, semilla);
        // las elegidas son del escenario: siempre están
        let activas = crate::contrapartes::buscar(&escenario, &marcas).unwrap_or_default();
        Sesion::armar(
            escenario,
            variante,
            semilla,
            proveedor,
            Some(marcas),
            activas,
        )
    }

    /// Empieza un intento con estas contrapartes (`None`: el escenario tal
    /// cual, como en las transcripciones de antes de las contrapartes). El
    /// error dice cuál no existe en el escenario.
    pub fn con_contrapartes(
        escenario: Arc<Escenario>,
        semilla: u64,
        proveedor: Proveedor,
        contrapartes: Option<Vec<String>>,
    ) -> Result<Sesion, String> {
        let activas = match &contrapartes {
            Some(c) => crate::contrapartes::buscar(&escenario, c)?,
            None => Vec::new(),
        };
        let variante = Variante::elegir(&escenario.variantes, semilla);
        Ok(Sesion::armar(
            escenario,
            variante,
            semilla,
            proveedor,
            contrapartes,
            activas,
        ))
    }

    /// Arma la sesión con la variante y las contrapartes (sus marcas y dónde
    /// están en el escenario).
    fn armar(
        escenario: Arc<Escenario>,
        variante: Variante,
        semilla: u64,
        proveedor: Proveedor,
        contrapartes: Option<Vec<String>>,
        activas: Vec<usize>,
    ) -> Sesion {
        let reloj = variante.hora_inicio;
        let mut s = Sesion {
            escenario,
            variante,
            semilla,
            proveedor,
            reloj,
            eventos: Vec::new(),
            turnos: 0,
            hechos: Mapa::new(),
            marcas: Mapa::new(),
            usos: Mapa::new(),
            hora_acordada: None,
            llamada: false,
            terminada: false,
            tiempos: Vec::new(),
            dictados: Vec::new(),
            contrapartes: None,
            activas: Vec::new(),
        };
        // las que le tocaron: sus marcas, desde el comienzo
        let escenario = s.escenario.clone();
        s.activas = activas;
        for m in contrapartes.iter().flatten() {
            s.marcas.o_insertar(m.clone(), || 0);
        }
        s.contrapartes = contrapartes;
        let inicio = s
            .activas()
            .map(|c| &c.inicio)
            .find(|l| !l.is_empty())
            .unwrap_or(&escenario.inicio);
        let lineas: Vec<Evento> = inicio
            .iter()
            .map(|l| s.linea(l.quien, s.rellenar(&l.texto)))
            .collect();
        s.eventos.extend(lineas);
        s
    }

    /// Reproduce una transcripción en el motor.
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
        let mut s = Sesion::con_contrapartes(
            escenario,
            t.semilla,
            t.proveedor.clone(),
            t.contrapartes.clone(),
        )
        .map_err(ErrorTranscripcion::Escenario)?;
        s.tiempos = t.tiempos.clone();
        s.dictados = t.dictados.clone();
        for turno in &t.turnos {
            if s.terminada {
                break;
            }
            match turno {
                Turno::Dice { texto, .. } => s.decir(texto),
                Turno::Accion { accion, .. } => s.accion(*accion),
                Turno::Terminar { .. } => s.terminar(),
            };
        }
        Ok(s)
    }

    /// El escenario.
    pub fn escenario(&self) -> &Arc<Escenario> {
        &self.escenario
    }
    /// La variante que sacó la semilla.
    pub fn variante(&self) -> &Variante {
        &self.variante
    }
    /// Las contrapartes que le tocaron.
    pub fn contrapartes(&self) -> Option<&[String]> {
        self.contrapartes.as_deref()
    }
    /// Las contrapartes que le tocaron, como las describe el escenario.
    pub(super) fn activas(&self) -> impl Iterator<Item = &Contraparte> {
        self.activas
            .iter()
            .filter_map(|&i| self.escenario.contrapartes.get(i))
    }
    /// Quién atiende en el comercio en vez del cliente, si alguien (la
    /// persona empleada que abre la puerta, la encargada del cliente ausente).
    pub fn tercero(&self) -> Option<&String> {
        self.activas()
            .find_map(|c| c.tercero.as_ref())
            .or(self.escenario.tercero.as_ref())
    }
    /// Si quien oye en el comercio es esa persona, no el cliente (que no está
    /// o aún no llega a la puerta).
    pub fn atiende_tercero(&self) -> bool {
        self.tercero().is_some() && !self.marcas.contains_key(MARCA_LLEGA_CLIENTE)
    }
    /// Lo que el informe explica de las contrapartes que le tocaron.
    pub fn explicaciones(&self) -> Vec<String> {
        self.activas()
            .filter(|c| !c.explicacion.is_empty())
            .map(|c| c.explicacion.clone())
            .collect()
    }
    /// La semilla del intento.
    pub fn semilla(&self) -> u64 {
        self.semilla
    }
    /// La persona en formación.
    pub fn proveedor(&self) -> &Proveedor {
        &self.proveedor
    }
    /// La hora del reloj simulado.
    pub fn reloj(&self) -> Hora {
        self.reloj
    }
    /// Si la llamada con el Centro de Contacto está abierta.
    pub fn llamada_abierta(&self) -> bool {
        self.llamada
    }
    /// Si el intento terminó.
    pub fn terminada(&self) -> bool {
        self.terminada
    }
    /// Todos los eventos desde el comienzo, para (re)dibujar la conversación.
    pub fn historial(&self) -> &[Evento] {
        &self.eventos
    }
    /// Si el paso ya se cumplió.
    pub fn hecho(&self, paso: &str) -> bool {
        self.hechos.contains_key(paso)
    }

    /// Quién oye ahora a la persona en formación: el operador durante una
    /// llamada; si no, el cliente una vez que el proveedor está con él; antes,
    /// nadie.
    pub fn interlocutor(&self) -> Option<Interlocutor> {
        if self.llamada {
            Some(Interlocutor::Operador)
        } else {
            self.cliente_presente().then_some(Interlocutor::Cliente)
        }
    }

    /// Si el cliente (o quien atiende en el comercio) está con el proveedor:
    /// desde el inicio o desde que llegó.
    pub(super) fn cliente_presente(&self) -> bool {
        let ausente = self.activas().any(|c| c.cliente_ausente);
        let llegada = if ausente {
            Some(MARCA_LLEGA_CLIENTE)
        } else {
            self.escenario.llega_con_marca.as_deref()
        };
        (self.escenario.presente_al_inicio && !ausente)
            || llegada.is_some_and(|m| self.marcas.contains_key(m))
    }

    /// Pista de la práctica: el siguiente paso que el protocolo espera ahora y
    /// cómo se dice. Es el primer pendiente cuyos requisitos están hechos y que
    /// viene después de la última acción cumplida en la aplicación (iniciar el
    /// servicio, las fotos, la llamada): lo que se dejó atrás no la detiene, el
    /// informe lo señala. Si lo que falta ocurre más adelante (tras
    /// una marca, como la llegada a la hora acordada), la pista lo dice: colgar,
    /// si la llamada sigue abierta, o esperar ese momento. Sin nada pendiente,
    /// `None`.
    pub fn pista(&self) -> Option<Pista> {
        let pasos = &self.escenario.pasos;
        let ultima_accion = pasos.iter().rposition(|p| {
            matches!(p.cumple, Cumple::Accion { .. }) && self.hechos.contains_key(&p.id)
        });
        let pendientes: Vec<(usize, &Paso)> = pasos
            .iter()
            .enumerate()
            .filter(|(_, p)| !self.hechos.contains_key(&p.id) && self.marca_puesta(&p.tras_marca))
            .collect();
        let listo = |(_, p): &&(usize, &Paso)| {
            p.despues_de
                .iter()
                .all(|r| self.hechos.contains_key(&r.paso))
        };
        let adelante = |(i, _): &&(usize, &Paso)| ultima_accion.is_none_or(|u| *i > u);
        let elegido = pendientes
            .iter()
            .filter(listo)
            .find(adelante)
            .or_else(|| pendientes.iter().find(listo))
            .or(pendientes.first())
            .map(|(_, p)| *p);
        let Some(p) = elegido else {
            return self.pista_de_lo_que_viene();
        };
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

    /// El informe: una función pura del escenario y la transcripción.
    pub fn informe(&self) -> Informe {
        Informe::calcular(&self.resultado())
    }

    /// La pista cuando lo que falta ocurre más adelante: los pasos que esperan
    /// una marca que aún no se puso.
    fn pista_de_lo_que_viene(&self) -> Option<Pista> {
        if self.terminada {
            return None;
        }
        let p = self.escenario.pasos.iter().find(|p| {
            !self.hechos.contains_key(&p.id)
                && !self.marca_puesta(&p.tras_marca)
                && !self.escenario.espera_contraparte(p)
        })?;
        let (titulo, como) = if self.llamada {
            (
                "Colgar la llamada".to_string(),
                format!(
                    "En la aplicación: «{}». Lo que sigue ocurre después de la llamada:",
                    Accion::Colgar.texto()
                ),
            )
        } else {
            (
                p.titulo.clone(),
                "Más adelante en la visita (aún no es el momento):".to_string(),
            )
        };
        Some(Pista {
            seccion: p.seccion.clone(),
            titulo,
            como,
            ejemplo: self.rellenar(&p.esperado),
        })
    }

    fn marca_puesta(&self, marca: &Option<String>) -> bool {
        marca.as_ref().is_none_or(|m| self.marcas.contains_key(m))
    }

    fn rellenar(&self, plantilla: &str) -> String {
        self.rellenar_con(plantilla, 0)
    }

    fn rellenar_con(&self, plantilla: &str, minutos: u32) -> String {
        crate::variante::rellenar_en_sesion(
            plantilla,
            &self.variante,
            &self.proveedor,
            self.reloj,
            minutos,
            self.hora_acordada,
        )
    }

    /// Una de las formas de decir una línea, `primera` o una de `otras`,
    /// elegida por la semilla, el turno y `sal` (quién la dice): la misma al
    /// reproducir.
    pub(super) fn una_forma<'a>(
        &self,
        primera: &'a str,
        otras: &'a [String],
        sal: &str,
    ) -> &'a str {
        if otras.is_empty() {
            return primera;
        }
        let mezcla = sal.bytes().fold(self.turnos as u64, |h, b| {
            h.wrapping_mul(131).wrapping_add(u64::from(b))
        });
        let mut azar =
            crate::variante::Azar::new(self.semilla ^ mezcla.wrapping_mul(0x2545_F491_4F6C_DD1D));
        match azar.indice(otras.len() + 1) {
            0 => primera,
            k => &otras[k - 1],
        }
    }

    /// El turno en curso (el último empezado).
    fn turno_actual(&self) -> usize {
        self.turnos.saturating_sub(1)
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

    fn avanzar(&mut self, minutos: u32) {
        if minutos > 0 {
            self.reloj = self.reloj.mas(minutos);
            self.emitir(Evento::Reloj { hora: self.reloj });
        }
    }

    /// Lo que pasa entra al registro único.
    fn emitir(&mut self, e: Evento) {
        self.eventos.push(e);
    }
}

/// Mantiene `Sesion` utilizable dentro de señales reactivas (Send + Sync).
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
