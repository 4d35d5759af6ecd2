//! La transcripción: cada turno de la persona en formación con su hora
//! simulada, en un formato versionado. Un informe es una función pura de
//! (escenario, transcripción).

use crate::detector::Interlocutor;
use crate::escenario::Accion;
use crate::hora::Hora;
use serde::{Deserialize, Serialize};
use std::fmt;

/// El «formato» de una transcripción.
pub const FORMATO_TRANSCRIPCION: &str = "entrenador-protocolo/transcripcion";
/// La versión del formato de transcripción que escribe y lee este motor.
pub const VERSION_TRANSCRIPCION: u32 = 1;

pub use crate::variante::Proveedor;

/// Un turno de la persona en formación.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "tipo", rename_all = "snake_case")]
pub enum Turno {
    /// Le dice algo a quien esté en la línea (el cliente, o el operador
    /// durante una llamada).
    Dice {
        /// Lo que dijo.
        texto: String,
        /// Quién lo oyó; se guarda para quien lo lea y se recalcula al reproducir.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        a: Option<Interlocutor>,
        /// La hora del reloj simulado; se guarda para quien lo lea y se recalcula al reproducir.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hora: Option<Hora>,
    },
    /// Pulsa un botón del panel de la aplicación o del teléfono.
    Accion {
        /// El botón.
        accion: Accion,
        /// La hora del reloj simulado; se guarda para quien lo lea y se recalcula al reproducir.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hora: Option<Hora>,
    },
    /// Termina el intento («Terminar»).
    Terminar {
        /// La hora del reloj simulado; se guarda para quien lo lea y se recalcula al reproducir.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hora: Option<Hora>,
    },
}

/// Un intento completo: lo justo para reproducirlo y volver a calificarlo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Transcripcion {
    /// [`FORMATO_TRANSCRIPCION`].
    pub formato: String,
    /// [`VERSION_TRANSCRIPCION`].
    pub version: u32,
    /// El id del escenario.
    pub escenario: String,
    /// La semilla de la variante.
    pub semilla: u64,
    /// La persona en formación.
    pub proveedor: Proveedor,
    /// Los turnos, en orden.
    #[serde(default)]
    pub turnos: Vec<Turno>,
    /// Cuándo llegó cada turno, en milisegundos desde que empezó el intento,
    /// según el reloj del dispositivo (la aplicación los anota en una
    /// certificación; la revisión de RR. HH. los mira). No se califican.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiempos: Vec<u64>,
    /// Los turnos (desde 0, en orden) que la persona dictó con la voz en vez
    /// de escribirlos; se califican igual que los escritos.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dictados: Vec<u32>,
    /// Las contrapartes que le tocaron al intento, por su marca
    /// («temperamento:apurado», ver [`crate::contrapartes`]); sin ellas (las
    /// transcripciones de antes), el escenario tal cual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contrapartes: Option<Vec<String>>,
}

/// Por qué una transcripción no se puede leer o reproducir.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorTranscripcion {
    /// No es JSON o no tiene la forma de una transcripción (el mensaje).
    Json(String),
    /// Otro «formato» (el que dice, recortado a 80 caracteres).
    Formato(String),
    /// Una versión que este motor no lee.
    Version(u32),
    /// No corresponde al escenario con que se reproduce (el mensaje).
    Escenario(String),
    /// Más turnos que [`MAX_TURNOS`] (cuántos tiene).
    Demasiados(usize),
}

/// Como mucho se reproducen estos turnos: una visita tiene unas docenas.
pub const MAX_TURNOS: usize = 2_000;

impl fmt::Display for ErrorTranscripcion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorTranscripcion::Json(m) => write!(f, "la transcripción no se puede leer: {m}"),
            ErrorTranscripcion::Formato(x) => write!(
                f,
                "el archivo no es una transcripción del Entrenador de Protocolo (formato «{x}», se esperaba «{FORMATO_TRANSCRIPCION}»)"
            ),
            ErrorTranscripcion::Version(v) => write!(
                f,
                "versión de transcripción {v} no admitida (este motor lee la versión {VERSION_TRANSCRIPCION})"
            ),
            ErrorTranscripcion::Escenario(m) => write!(f, "{m}"),
            ErrorTranscripcion::Demasiados(n) => {
                write!(f, "la transcripción tiene {n} turnos; el máximo es {MAX_TURNOS}")
            }
        }
    }
}

impl std::error::Error for ErrorTranscripcion {}

impl Transcripcion {
    /// Una transcripción vacía del escenario `escenario`.
    pub fn nueva(escenario: &str, semilla: u64, proveedor: Proveedor) -> Transcripcion {
        Transcripcion {
            formato: FORMATO_TRANSCRIPCION.into(),
            version: VERSION_TRANSCRIPCION,
            escenario: escenario.into(),
            semilla,
            proveedor,
            turnos: Vec::new(),
            tiempos: Vec::new(),
            dictados: Vec::new(),
            contrapartes: None,
        }
    }

    /// Lee y comprueba una transcripción (formato, versión, tamaño).
    pub fn desde_json(texto: &str) -> Result<Transcripcion, ErrorTranscripcion> {
        let t: Transcripcion = crate::formato::leer(texto).map_err(|e| {
            ErrorTranscripcion::Json(if e.sintaxis {
                format!("no es un JSON válido ({e})")
            } else {
                format!("no tiene la forma de una transcripción: {e}")
            })
        })?;
        t.comprobar()?;
        Ok(t)
    }

    /// Comprueba el formato, la versión y el número de turnos.
    pub fn comprobar(&self) -> Result<(), ErrorTranscripcion> {
        if self.formato != FORMATO_TRANSCRIPCION {
            return Err(ErrorTranscripcion::Formato(
                self.formato.chars().take(80).collect(),
            ));
        }
        if self.version != VERSION_TRANSCRIPCION {
            return Err(ErrorTranscripcion::Version(self.version));
        }
        if self.turnos.len() > MAX_TURNOS {
            return Err(ErrorTranscripcion::Demasiados(self.turnos.len()));
        }
        let mut anterior = None;
        for &d in &self.dictados {
            let dicho = matches!(self.turnos.get(d as usize), Some(Turno::Dice { .. }));
            if !dicho || anterior.is_some_and(|a| a >= d) {
                return Err(ErrorTranscripcion::Json(format!(
                    "«dictados» nombra el turno {d}, que no es algo dicho o no va en orden"
                )));
            }
            anterior = Some(d);
        }
        Ok(())
    }

    /// En JSON compacto.
    pub fn a_json(&self) -> String {
        crate::formato::escribir(self)
    }
}
