//! Por qué se rechaza un archivo de escenario, en español.

use super::FORMATO_ESCENARIO;
use std::fmt;

/// Por qué se rechazó un archivo de escenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorEscenario {
    /// No es JSON o no tiene la forma de un escenario (el mensaje de la capa
    /// de formato).
    Json(String),
    /// Un formato de archivo que este motor no lee.
    Formato {
        /// El formato que dice el archivo.
        encontrado: u32,
    },
    /// Una lista obligatoria vacía («clientes», «pasos»…).
    Vacio(&'static str),
    /// Dos pasos con el mismo id.
    PasoDuplicado(String),
    /// Se menciona un paso que no existe.
    PasoDesconocido {
        /// Dónde se menciona.
        donde: String,
        /// El id mencionado.
        paso: String,
    },
    /// Dos reacciones con el mismo id.
    ReaccionDuplicada(String),
    /// Una reacción sin línea (ni «dice» ni «narra»).
    SinLinea(String),
    /// Una línea del escenario puesta en boca de la persona en formación.
    LineaDelProveedor(String),
    /// Una reacción sin «canal» ni «accion», o con ambos.
    ReaccionSinDisparador(String),
    /// Un paso que no da puntos.
    PasoSinPuntos(String),
    /// Un paso tiene en `con_falta` un contenido vacío (cualquier frase lo cumpliría).
    ConFaltaVacio(String),
    /// El orden de los pasos forma un ciclo: el paso vendría después de sí mismo.
    CicloDeOrden(String),
    /// Un marcador entre llaves que el motor no rellena.
    MarcadorDesconocido {
        /// Dónde está.
        donde: String,
        /// El marcador, sin las llaves.
        marcador: String,
    },
    /// Una falta sin «etiqueta», «frases» ni «accion».
    FaltaSinDisparador(String),
    /// Un paso espera una marca que ningún momento describe.
    MomentoSinDescribir {
        /// El paso.
        paso: String,
        /// La marca.
        marca: String,
    },
    /// Se espera una marca que ninguna reacción pone.
    MarcaDesconocida {
        /// Dónde se espera.
        donde: String,
        /// La marca.
        marca: String,
    },
}

impl fmt::Display for ErrorEscenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorEscenario::Json(m) => write!(f, "el archivo del escenario no es válido: {m}"),
            ErrorEscenario::Formato { encontrado } => write!(
                f,
                "formato de escenario {encontrado} no admitido (este motor lee el formato {FORMATO_ESCENARIO})"
            ),
            ErrorEscenario::Vacio(que) => write!(f, "el escenario no tiene {que}"),
            ErrorEscenario::PasoDuplicado(id) => write!(f, "el paso «{id}» está repetido"),
            ErrorEscenario::PasoDesconocido { donde, paso } => {
                write!(f, "{donde} menciona el paso «{paso}», que no existe")
            }
            ErrorEscenario::ReaccionDuplicada(id) => write!(f, "la reacción «{id}» está repetida"),
            ErrorEscenario::SinLinea(id) => write!(f, "la reacción «{id}» no tiene línea («dice» ni «narra»)"),
            ErrorEscenario::LineaDelProveedor(donde) => write!(
                f,
                "{donde} pone una línea en boca del proveedor: solo la persona en formación habla por él"
            ),
            ErrorEscenario::ReaccionSinDisparador(id) => {
                write!(f, "la reacción «{id}» necesita «canal» o «accion», no ambos ni ninguno")
            }
            ErrorEscenario::PasoSinPuntos(id) => write!(f, "el paso «{id}» no da puntos"),
            ErrorEscenario::ConFaltaVacio(id) => write!(
                f,
                "el paso «{id}» tiene en «con_falta» un contenido sin etiquetas ni frases"
            ),
            ErrorEscenario::CicloDeOrden(id) => write!(f, "el orden de los pasos forma un ciclo en «{id}»"),
            ErrorEscenario::MomentoSinDescribir { paso, marca } => write!(
                f,
                "el paso «{paso}» cuenta desde la marca «{marca}», pero «momentos» no la describe"
            ),
            ErrorEscenario::MarcaDesconocida { donde, marca } => {
                write!(f, "{donde} espera la marca «{marca}», que ninguna reacción pone")
            }
            ErrorEscenario::FaltaSinDisparador(id) => {
                write!(f, "la falta «{id}» necesita «etiqueta», «frases» o «accion»")
            }
            ErrorEscenario::MarcadorDesconocido { donde, marcador } => {
                write!(f, "{donde} usa el marcador desconocido «{{{marcador}}}»")
            }
        }
    }
}

impl std::error::Error for ErrorEscenario {}
