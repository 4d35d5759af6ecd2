//! The results history kept on the device: every finished attempt, in a
//! versioned format, with migration from older versions.

use crate::informe::Informe;
use serde::{Deserialize, Serialize};

pub const FORMATO_HISTORIAL: &str = "entrenador-protocolo/historial";
pub const VERSION_HISTORIAL: u32 = 2;
/// The oldest entries are dropped past this many.
pub const MAX_REGISTROS: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modo {
    Practica,
    Certificacion,
}

impl Modo {
    pub fn nombre(self) -> &'static str {
        match self {
            Modo::Practica => "Práctica",
            Modo::Certificacion => "Certificación",
        }
    }
}

/// One finished attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Registro {
    /// ISO 8601 date and time, from the device.
    pub fecha: String,
    pub modo: Modo,
    pub escenario: String,
    pub titulo: String,
    pub semilla: u64,
    pub total: u32,
    pub cortesia: Option<u32>,
    pub procedimiento: Option<u32>,
    pub escalamiento: Option<u32>,
    pub aprobado: bool,
    pub criticos: u32,
}

impl Registro {
    pub fn desde_informe(fecha: String, modo: Modo, i: &Informe) -> Registro {
        use crate::escenario::Dimension as D;
        Registro {
            fecha,
            modo,
            escenario: i.escenario.clone(),
            titulo: i.titulo.clone(),
            semilla: i.semilla,
            total: i.total,
            cortesia: i.puntaje(D::Cortesia),
            procedimiento: i.puntaje(D::Procedimiento),
            escalamiento: i.puntaje(D::Escalamiento),
            aprobado: i.aprobado,
            criticos: i.errores_criticos.len() as u32,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Historial {
    pub formato: String,
    pub version: u32,
    pub intentos: Vec<Registro>,
}

impl Default for Historial {
    fn default() -> Self {
        Historial {
            formato: FORMATO_HISTORIAL.into(),
            version: VERSION_HISTORIAL,
            intentos: Vec::new(),
        }
    }
}

#[derive(Deserialize)]
struct HistorialV1 {
    #[serde(default)]
    intentos: Vec<RegistroV1>,
}

/// Version 1 stored one score per attempt and called practice "libre".
#[derive(Deserialize)]
struct RegistroV1 {
    fecha: String,
    modo: String,
    escenario: String,
    #[serde(default)]
    titulo: String,
    #[serde(default)]
    semilla: u64,
    puntaje: u32,
    aprobado: bool,
}

impl Historial {
    /// Reads the stored history, migrating older versions; the error is a
    /// Spanish sentence (the caller sets the value aside).
    pub fn leer(texto: &str) -> Result<Historial, String> {
        let c = match crate::cabecera::leer(texto) {
            Err(crate::cabecera::ErrorCabecera::NoEsJson(e)) => {
                return Err(format!("el historial guardado no es JSON válido ({e})"))
            }
            Err(crate::cabecera::ErrorCabecera::Ajena) => Default::default(),
            Ok(c) => c,
        };
        if c.formato.as_deref() != Some(FORMATO_HISTORIAL) {
            return Err("el valor guardado no es un historial del Entrenador de Protocolo".into());
        }
        match c.version {
            Some(2) => serde_json::from_str(texto).map_err(|e| format!("el historial guardado está dañado ({e})")),
            Some(1) => {
                let viejos = serde_json::from_str::<HistorialV1>(texto)
                    .map_err(|e| format!("el historial de la versión 1 está dañado ({e})"))?
                    .intentos;
                Ok(Historial {
                    intentos: viejos
                        .into_iter()
                        .map(|r| Registro {
                            fecha: r.fecha,
                            modo: if r.modo == "certificacion" { Modo::Certificacion } else { Modo::Practica },
                            titulo: if r.titulo.is_empty() { r.escenario.clone() } else { r.titulo },
                            escenario: r.escenario,
                            semilla: r.semilla,
                            total: r.puntaje,
                            cortesia: None,
                            procedimiento: None,
                            escalamiento: None,
                            aprobado: r.aprobado,
                            criticos: 0,
                        })
                        .collect(),
                    ..Historial::default()
                })
            }
            Some(n) => Err(format!(
                "el historial guardado es de la versión {n}, más nueva que esta aplicación (versión {VERSION_HISTORIAL})"
            )),
            None => Err("el historial guardado no indica su versión".into()),
        }
    }

    pub fn agregar(&mut self, r: Registro) {
        self.intentos.push(r);
        if self.intentos.len() > MAX_REGISTROS {
            let sobra = self.intentos.len() - MAX_REGISTROS;
            self.intentos.drain(..sobra);
        }
    }
}
