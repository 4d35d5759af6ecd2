//! The transcript: every trainee turn with its simulated time, in a
//! versioned format. A report is a pure function of (scenario, transcript).

use crate::detector::{Genero, Interlocutor};
use crate::escenario::Accion;
use crate::hora::Hora;
use serde::{Deserialize, Serialize};
use std::fmt;

pub const FORMATO_TRANSCRIPCION: &str = "entrenador-protocolo/transcripcion";
pub const VERSION_TRANSCRIPCION: u32 = 1;

/// The trainee, who plays the provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Proveedor {
    pub nombre: String,
    /// How the operator addresses the provider (don/doña).
    pub genero: Genero,
}

/// One trainee turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "tipo", rename_all = "snake_case")]
pub enum Turno {
    /// Says something to whoever is on the line (the client, or the operator during a call).
    Dice {
        texto: String,
        /// Who heard it; recorded for readers, recomputed on replay.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        a: Option<Interlocutor>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hora: Option<Hora>,
    },
    /// Presses a button in the app panel or the phone.
    Accion {
        accion: Accion,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hora: Option<Hora>,
    },
    /// Ends the attempt ("Terminar").
    Terminar {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hora: Option<Hora>,
    },
}

/// A whole attempt, enough to replay and re-score it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Transcripcion {
    pub formato: String,
    pub version: u32,
    pub escenario: String,
    pub semilla: u64,
    pub proveedor: Proveedor,
    #[serde(default)]
    pub turnos: Vec<Turno>,
}

/// Why a transcript cannot be read or replayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorTranscripcion {
    Json(String),
    Formato(String),
    Version(u32),
    Escenario(String),
    Demasiados(usize),
}

/// At most this many turns are replayed: a visit has a few dozen.
pub const MAX_TURNOS: usize = 2_000;

impl fmt::Display for ErrorTranscripcion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorTranscripcion::Json(m) => write!(f, "la transcripción no es un JSON válido: {m}"),
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
    pub fn nueva(escenario: &str, semilla: u64, proveedor: Proveedor) -> Transcripcion {
        Transcripcion {
            formato: FORMATO_TRANSCRIPCION.into(),
            version: VERSION_TRANSCRIPCION,
            escenario: escenario.into(),
            semilla,
            proveedor,
            turnos: Vec::new(),
        }
    }

    /// Reads and checks a transcript (format, version, size).
    pub fn desde_json(texto: &str) -> Result<Transcripcion, ErrorTranscripcion> {
        let t: Transcripcion =
            crate::formato::leer(texto).map_err(|e| ErrorTranscripcion::Json(e.to_string()))?;
        t.comprobar()?;
        Ok(t)
    }

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
        Ok(())
    }

    /// Compact JSON.
    pub fn a_json(&self) -> String {
        crate::formato::escribir(self)
    }
}
