//! Lo que una sesión entrega al calificador: un resultado tipado, derivado
//! del registro único de eventos de la sesión. El calificador
//! ([`crate::informe`]) calcula el informe a partir de esto y nada más, sin
//! mirar dentro de la sesión.

use crate::detector::{Etiqueta, Interlocutor};
use crate::escenario::{Accion, Escenario};
use crate::hallazgo::{Hallazgo, Origen};
use crate::hora::Hora;
use crate::mapa::Mapa;
use crate::transcripcion::Proveedor;
use crate::variante::Variante;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Cuándo y cómo se cumplió un paso.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cumplido {
    /// El turno de la persona en formación que lo cumplió (desde 0).
    pub turno: usize,
    /// La hora del reloj simulado en ese turno.
    pub hora: Hora,
    /// Lo que se dijo o se hizo.
    pub evidencia: Evidencia,
    /// Los pasos que debían venir antes y aún no estaban.
    pub faltaban: Vec<String>,
    /// Turnos pasados de su plazo…
    #[serde(default)]
    pub retraso: u32,
    /// …y los minutos que eso significó.
    #[serde(default)]
    pub minutos_tarde: u32,
    /// Se hizo en una forma equivocada (el saludo con otra parte del día,
    /// «¿cómo estás?» en vez de «¿cómo está?»): hecho, y la falta aparte.
    #[serde(default)]
    pub con_falta: bool,
}

/// Lo que hizo la persona en formación en un turno, tipado: de aquí sale el
/// «origen» de cada hallazgo, sin adivinarlo por el texto.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "tipo", rename_all = "snake_case")]
pub enum Evidencia {
    /// Algo dicho, y a quién (nadie, si no había nadie para oírlo).
    Dicho {
        /// El texto tal como se dijo.
        texto: String,
        /// Quién lo oyó.
        canal: Option<Interlocutor>,
    },
    /// Un botón de la aplicación o del teléfono.
    Accion {
        /// La acción.
        accion: Accion,
    },
}

impl Evidencia {
    /// El origen de un hallazgo que cita esta evidencia.
    pub fn origen(&self) -> Origen {
        match self {
            Evidencia::Dicho { .. } => Origen::Dicho,
            Evidencia::Accion { .. } => Origen::Accion,
        }
    }

    /// El texto que se cita en un hallazgo: lo dicho, o el botón.
    pub fn texto(&self) -> String {
        match self {
            Evidencia::Dicho { texto, .. } => texto.clone(),
            Evidencia::Accion { accion } => accion.texto().to_string(),
        }
    }
}

/// Un turno de la persona en formación, como lo ve el calificador.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnoHecho {
    /// Su posición (desde 0).
    pub turno: usize,
    /// La hora del reloj simulado al empezar el turno.
    pub hora: Hora,
    /// Lo dicho o hecho.
    pub evidencia: Evidencia,
    /// Lo que el detector reconoció en lo dicho.
    pub etiquetas: Vec<Etiqueta>,
    /// Los pasos que cumplió (ids), en orden.
    pub pasos: Vec<String>,
    /// Los pasos que habría cumplido si su momento ya hubiera llegado (ids).
    pub antes_de_tiempo: Vec<String>,
}

/// Todo lo que el calificador necesita de un intento.
#[derive(Debug, Clone)]
pub struct Resultado {
    /// El escenario jugado.
    pub escenario: Arc<Escenario>,
    /// La variante que sacó la semilla.
    pub variante: Variante,
    /// La semilla.
    pub semilla: u64,
    /// La persona en formación.
    pub proveedor: Proveedor,
    /// Los pasos cumplidos, por id.
    pub hechos: Mapa<String, Cumplido>,
    /// Cada turno, en orden.
    pub turnos: Vec<TurnoHecho>,
    /// Los hallazgos que ocurrieron durante el intento (faltas, desorden,
    /// tardanzas), en orden.
    pub hallazgos: Vec<Hallazgo>,
    /// La hora del reloj al terminar…
    pub hora_fin: Hora,
    /// …y cuántas veces pasó la medianoche desde que empezó.
    pub dias: u32,
    /// La persona terminó el intento antes del final del escenario.
    pub terminado_antes: bool,
    /// Las marcas (momentos de la visita) que llegaron a ponerse.
    pub marcas: Vec<String>,
    /// Lo que el informe explica de las contrapartes que tocaron (el
    /// temperamento del cliente, la pregunta…), con marcadores.
    pub contrapartes: Vec<String>,
}
