//! The results history kept on the device: every finished attempt, in a
//! versioned format, with migration from older versions.

use crate::informe::Informe;
use crate::json::{DeJson, ErrorJson, Valor};
use serde::{Deserialize, Serialize};

pub const FORMATO_HISTORIAL: &str = "entrenador-protocolo/historial";
pub const VERSION_HISTORIAL: u32 = 2;
/// The oldest entries are dropped past this many.
pub const MAX_REGISTROS: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Modo {
    #[default]
    Practica,
    Certificacion,
}

crate::nombres_json!(Modo, "modo", {
    "practica" => Modo::Practica,
    "certificacion" => Modo::Certificacion,
});

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

crate::objeto_json!(Registro {
    fecha,
    modo,
    escenario,
    titulo,
    semilla,
    total,
    cortesia,
    procedimiento,
    escalamiento,
    aprobado,
    criticos
});

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

crate::objeto_json!(Historial {
    formato,
    version,
    intentos
});

impl Default for Historial {
    fn default() -> Self {
        Historial {
            formato: FORMATO_HISTORIAL.into(),
            version: VERSION_HISTORIAL,
            intentos: Vec::new(),
        }
    }
}

/// An attempt of version 1, which stored one score per attempt and called
/// practice "libre".
fn registro_v1(v: &Valor) -> Result<Registro, ErrorJson> {
    let o = v.objeto()?;
    let escenario: String = o.campo("escenario");
    let titulo: String = o.opcional("titulo");
    let modo: String = o.campo("modo");
    o.fin(Registro {
        fecha: o.campo("fecha"),
        modo: if modo == "certificacion" {
            Modo::Certificacion
        } else {
            Modo::Practica
        },
        titulo: if titulo.is_empty() {
            escenario.clone()
        } else {
            titulo
        },
        escenario,
        semilla: o.opcional("semilla"),
        total: o.campo("puntaje"),
        cortesia: None,
        procedimiento: None,
        escalamiento: None,
        aprobado: o.campo("aprobado"),
        criticos: 0,
    })
}

impl Historial {
    /// Reads the stored history, migrating older versions; the error is a
    /// Spanish sentence (the caller sets the value aside).
    pub fn leer(texto: &str) -> Result<Historial, String> {
        let (c, v) = match crate::cabecera::leer(texto) {
            Err(crate::cabecera::ErrorCabecera::NoEsJson(e)) => {
                return Err(format!("el historial guardado no es JSON válido ({e})"))
            }
            Err(crate::cabecera::ErrorCabecera::Ajena) => (Default::default(), Valor::Nulo),
            Ok(c) => c,
        };
        if c.formato.as_deref() != Some(FORMATO_HISTORIAL) {
            return Err("el valor guardado no es un historial del Entrenador de Protocolo".into());
        }
        match c.version {
            Some(2) => Historial::de_json(&v).map_err(|e| format!("el historial guardado está dañado ({e})")),
            Some(1) => {
                let o = v.objeto().map_err(|e| e.to_string())?;
                let viejos: Vec<Valor> = o.opcional("intentos");
                let viejos = o
                    .fin(viejos)
                    .map_err(|e| format!("el historial de la versión 1 está dañado ({e})"))?;
                let mut intentos = Vec::with_capacity(viejos.len());
                for r in &viejos {
                    intentos.push(registro_v1(r).map_err(|e| {
                        format!("el historial de la versión 1 está dañado ({e})")
                    })?);
                }
                Ok(Historial {
                    intentos,
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
