//! El historial de resultados que se guarda en el dispositivo: cada intento
//! terminado, en un formato versionado, con migración desde las versiones
//! anteriores.

use crate::formato::{leer, Cabecera, ErrorCabecera};
use crate::informe::Informe;
use serde::{Deserialize, Serialize};

/// El «formato» del historial.
pub const FORMATO_HISTORIAL: &str = "entrenador-protocolo/historial";
/// La versión del formato de historial que escribe este motor.
pub const VERSION_HISTORIAL: u32 = 2;
/// Pasado este número de intentos, se descartan los más antiguos.
pub const MAX_REGISTROS: usize = 500;

crate::enumeracion! {
    /// Cómo se hizo un intento: práctica o certificación.
    #[derive(Default)]
    pub enum Modo ("modo") {
        #[default]
        Practica = "practica", "Práctica";
        Certificacion = "certificacion", "Certificación";
    }
}

/// Un intento terminado.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Registro {
    /// Fecha y hora ISO 8601, del dispositivo.
    pub fecha: String,
    /// Práctica o certificación.
    pub modo: Modo,
    /// El id del escenario.
    pub escenario: String,
    /// El título del escenario.
    pub titulo: String,
    /// La semilla de la variante.
    pub semilla: u64,
    /// El total del informe (0–100).
    pub total: u32,
    /// El puntaje de cortesía, si el escenario la califica.
    pub cortesia: Option<u32>,
    /// El puntaje de procedimiento, si el escenario lo califica.
    pub procedimiento: Option<u32>,
    /// El puntaje de escalamiento, si el escenario lo califica.
    pub escalamiento: Option<u32>,
    /// Si aprobó.
    pub aprobado: bool,
    /// Cuántos errores críticos tuvo.
    pub criticos: u32,
}

impl Registro {
    /// El registro de un informe, con la fecha y el modo del intento.
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

/// El historial guardado.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Historial {
    /// [`FORMATO_HISTORIAL`].
    pub formato: String,
    /// [`VERSION_HISTORIAL`].
    pub version: u32,
    /// Los intentos, del más antiguo al más reciente.
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

/// Un intento de la versión 1, que guardaba un solo puntaje por intento y
/// llamaba «libre» a la práctica.
#[derive(Deserialize)]
struct RegistroV1 {
    fecha: String,
    modo: String,
    escenario: String,
    #[serde(default)]
    titulo: Option<String>,
    #[serde(default)]
    semilla: Option<u64>,
    puntaje: u32,
    aprobado: bool,
}

impl From<RegistroV1> for Registro {
    fn from(r: RegistroV1) -> Registro {
        Registro {
            fecha: r.fecha,
            modo: if r.modo == "certificacion" {
                Modo::Certificacion
            } else {
                Modo::Practica
            },
            titulo: r
                .titulo
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| r.escenario.clone()),
            escenario: r.escenario,
            semilla: r.semilla.unwrap_or(0),
            total: r.puntaje,
            cortesia: None,
            procedimiento: None,
            escalamiento: None,
            aprobado: r.aprobado,
            criticos: 0,
        }
    }
}

/// El historial de la versión 1: solo importan sus intentos.
#[derive(Deserialize)]
struct HistorialV1 {
    #[serde(default)]
    intentos: Option<Vec<RegistroV1>>,
}

impl Historial {
    /// Lee el historial guardado y migra las versiones anteriores; el error
    /// es una frase en español (quien llama aparta el valor).
    pub fn leer(texto: &str) -> Result<Historial, String> {
        let c = match Cabecera::leer(texto) {
            Err(ErrorCabecera::NoEsJson(e)) => {
                return Err(format!("el historial guardado no es JSON válido ({e})"))
            }
            Err(ErrorCabecera::Ajena) => Cabecera::default(),
            Ok(c) => c,
        };
        if c.formato.as_deref() != Some(FORMATO_HISTORIAL) {
            return Err("el valor guardado no es un historial del Entrenador de Protocolo".into());
        }
        match c.version {
            Some(2) => leer::<Historial>(texto)
                .map_err(|e| format!("el historial guardado está dañado ({e})")),
            Some(1) => {
                let v1 = leer::<HistorialV1>(texto)
                    .map_err(|e| format!("el historial de la versión 1 está dañado ({e})"))?;
                Ok(Historial {
                    intentos: v1
                        .intentos
                        .unwrap_or_default()
                        .into_iter()
                        .map(Registro::from)
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

    /// Agrega un intento al final, descartando los más antiguos pasados
    /// [`MAX_REGISTROS`].
    pub fn agregar(&mut self, r: Registro) {
        self.intentos.push(r);
        if self.intentos.len() > MAX_REGISTROS {
            let sobra = self.intentos.len() - MAX_REGISTROS;
            self.intentos.drain(..sobra);
        }
    }
}
