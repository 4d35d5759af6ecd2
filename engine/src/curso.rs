//! El curso de Aprender (secciones 1.1, 1.2, 1.3, 2.1 y 2.2 del protocolo):
//! las frases exactas, las notas, por qué importa cada una y lo que se hace en
//! la aplicación. Es contenido, no código: está en `src/contenido/aprender.json`.
//!
//! Se lee con serde por la capa de formato ([`crate::formato`]), la misma de
//! los escenarios y las transcripciones: un error dice dónde está («en
//! «secciones[0].pasos[2]»: falta el campo «titulo»»), y un campo que el
//! formato no conoce se rechaza (casi siempre es una errata). Como el
//! catálogo de escenarios, la aplicación web lo recibe ya leído y validado al
//! compilar ([`compilar`], postcard) y lo instala con [`leer_compilado`].

use crate::escenario::Accion;
use serde::{Deserialize, Serialize};

/// Quién dice o hace un paso del protocolo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Quien {
    /// El proveedor (la persona en formación).
    Proveedor,
    /// El cliente.
    Cliente,
    /// El operador del Centro de Contacto.
    Operador,
}

impl Quien {
    /// Como lo nombra el protocolo.
    pub fn etiqueta(self) -> &'static str {
        match self {
            Quien::Proveedor => "Proveedor",
            Quien::Cliente => "Cliente",
            Quien::Operador => "Operador Centro de Contacto",
        }
    }
}

/// Lo que es un paso: algo que se dice (se cita tal cual) o que se hace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tipo {
    /// Algo que se dice, citado tal cual.
    #[default]
    Dice,
    /// Algo que se hace.
    Hace,
}

/// Una fila del protocolo: quién, en qué caso, qué, y por qué importa.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Paso {
    /// Nadie en particular en las reglas de conducta (2.2).
    pub quien: Option<Quien>,
    /// En qué caso («Si se puede solucionar el inconveniente»).
    pub condicion: Option<String>,
    /// Si se dice o se hace.
    pub tipo: Tipo,
    /// Lo que se dice o se hace.
    pub texto: String,
    /// Por qué importa.
    pub por_que: Option<String>,
}

/// Una nota del protocolo (citada tal cual) con su explicación.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Nota {
    /// La nota, citada.
    pub texto: String,
    /// Por qué importa.
    pub por_que: String,
}

/// Una indicación sobre la aplicación Aliados INS Servicios (citada tal
/// cual) y los botones del entrenador que la cumplen, en orden.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EnLaApp {
    /// La indicación, citada.
    pub texto: String,
    /// Los botones del entrenador que la cumplen, en orden.
    pub botones: Vec<Accion>,
    /// Por qué importa.
    pub por_que: String,
}

/// Una sección del protocolo.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Seccion {
    /// El id del elemento en la página (para el índice).
    pub id: String,
    /// Su título («1.1 Primer contacto»).
    pub titulo: String,
    /// La introducción.
    pub intro: String,
    /// El encabezado de la lista, citado del protocolo cuando lo tiene.
    pub encabezado: Option<String>,
    /// Las filas del protocolo.
    pub pasos: Vec<Paso>,
    /// Las notas.
    #[serde(default)]
    pub notas: Vec<Nota>,
    /// Lo que se hace en la aplicación Aliados INS Servicios.
    #[serde(default)]
    pub app: Vec<EnLaApp>,
}

/// El archivo entero.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Curso {
    secciones: Vec<Seccion>,
}

/// Lee el curso y comprueba lo que el formato no dice: ids únicos y no
/// vacíos, al menos un paso por sección y un botón por indicación de la app.
pub fn leer(texto: &str) -> Result<Vec<Seccion>, String> {
    let curso: Curso = crate::formato::leer(texto)
        .map_err(|e| format!("el archivo del curso no es válido: {e}"))?;
    for (i, s) in curso.secciones.iter().enumerate() {
        let donde = format!("la sección {} («{}»)", i + 1, s.titulo);
        if s.id.trim().is_empty() {
            return Err(format!("{donde} no tiene id"));
        }
        if curso.secciones[..i].iter().any(|o| o.id == s.id) {
            return Err(format!("{donde} repite el id «{}»", s.id));
        }
        if s.pasos.is_empty() {
            return Err(format!("{donde} no tiene pasos"));
        }
        if s.app.iter().any(|a| a.botones.is_empty()) {
            return Err(format!(
                "{donde} tiene una indicación de la aplicación sin botones"
            ));
        }
    }
    Ok(curso.secciones)
}

/// El curso leído y validado, guardado con postcard para [`leer_compilado`].
pub fn compilar(texto: &str) -> Result<Vec<u8>, String> {
    let secciones = leer(texto)?;
    postcard::to_allocvec(&secciones).map_err(|e| e.to_string())
}

/// Lee el curso que guardó [`compilar`].
pub fn leer_compilado(bytes: &[u8]) -> Result<Vec<Seccion>, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("el curso compilado no se pudo leer ({e})"))
}

/// Lo que la página Aprender trae la primera vez que se abre (no va en la
/// primera carga de la aplicación): el curso y los ejemplos resueltos.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contenido {
    /// Las secciones del curso.
    pub secciones: Vec<Seccion>,
    /// Cada ejemplo resuelto: (id del escenario, transcripción en JSON).
    pub ejemplos: Vec<(String, String)>,
}

/// El curso leído y validado y los ejemplos de [`crate::ejemplos`], con
/// postcard, para [`leer_contenido`].
pub fn compilar_contenido(texto: &str) -> Result<Vec<u8>, String> {
    let contenido = Contenido {
        secciones: leer(texto)?,
        ejemplos: crate::ejemplos::EJEMPLOS
            .iter()
            .map(|(id, json)| (id.to_string(), json.to_string()))
            .collect(),
    };
    postcard::to_allocvec(&contenido).map_err(|e| e.to_string())
}

/// Lee lo que guardó [`compilar_contenido`].
pub fn leer_contenido(bytes: &[u8]) -> Result<Contenido, String> {
    postcard::from_bytes(bytes)
        .map_err(|e| format!("el contenido de Aprender no se pudo leer ({e})"))
}
