//! Certification: the fixed set of scenarios a certification seed draws,
//! the record ("expediente") HR files, its verification code and the check
//! that re-runs every transcript and says VÁLIDO only when all matches.

use crate::escenario::{buscar, version_contenido};
use crate::formato::{escribir, leer, Cabecera, ErrorCabecera};
use crate::informe::{Informe, NOTA_APROBACION};
use crate::sesion::Sesion;
use crate::transcripcion::Transcripcion;
use crate::variante::Azar;
use serde::{Deserialize, Serialize};

pub const FORMATO_EXPEDIENTE: &str = "entrenador-protocolo/expediente";
pub const VERSION_EXPEDIENTE: u32 = 1;
/// Version of this engine, recorded in every record.
pub const VERSION_MOTOR: &str = env!("CARGO_PKG_VERSION");
/// Larger files are not records.
pub const MAX_BYTES_EXPEDIENTE: usize = crate::formato::MAX_BYTES;

/// The certification set: first contact and farewell, an inconvenience, an escalation.
const GRUPOS: [&[&str]; 3] = [
    &["servicio-completo"],
    &[
        "inconveniente-solucionable",
        "inconveniente-no-solucionable",
    ],
    &["cliente-ausente", "afectacion-cliente"],
];

/// The scenarios and seeds of a certification, drawn from its seed.
pub fn plan_certificacion(semilla: u64) -> Vec<(String, u64)> {
    let mut azar = Azar::new(semilla ^ 0xC3A7_1F1C);
    GRUPOS
        .iter()
        .map(|g| {
            let id = g[azar.indice(g.len())].to_string();
            (id, azar.siguiente() % 1_000_000)
        })
        .collect()
}

/// The person certified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Participante {
    pub nombre: String,
    pub cedula: String,
}

/// A Costa Rican cédula as typed: 9 digits, with or without dashes
/// (1-0234-0567), or a DIMEX of 11–12 digits. Returns it normalised.
pub fn validar_cedula(texto: &str) -> Result<String, String> {
    let digitos: String = texto.chars().filter(|c| c.is_ascii_digit()).collect();
    let otros = texto
        .chars()
        .any(|c| !c.is_ascii_digit() && c != '-' && c != ' ');
    match (otros, digitos.len()) {
        (false, 9) => Ok(format!("{}-{}-{}", &digitos[..1], &digitos[1..5], &digitos[5..])),
        (false, 11 | 12) => Ok(digitos),
        _ => Err("La cédula debe tener 9 dígitos (por ejemplo 1-0234-0567) o ser un DIMEX de 11 o 12 dígitos.".into()),
    }
}

/// One scenario of a certification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IntentoCertificado {
    pub escenario: String,
    pub semilla: u64,
    /// SHA-256 of the scenario file the attempt was scored against.
    pub contenido: String,
    pub transcripcion: Transcripcion,
    pub informe: Informe,
}

/// The record HR files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Expediente {
    pub formato: String,
    pub version: u32,
    pub motor: String,
    /// Version of the whole scenario content.
    pub version_contenido: String,
    pub participante: Participante,
    /// When it ended (ISO 8601, from the device's clock).
    pub fecha: String,
    pub semilla_certificacion: u64,
    pub intentos: Vec<IntentoCertificado>,
    pub total: u32,
    pub aprobado: bool,
    pub codigo: String,
}

/// Mean of the totals (rounded), and pass: mean ≥ 80 and no critical error.
pub fn resultado(informes: &[&Informe]) -> (u32, bool) {
    if informes.is_empty() {
        return (0, false);
    }
    let suma: u32 = informes.iter().map(|i| i.total).sum();
    let n = informes.len() as u32;
    let total = (suma * 2 + n) / (2 * n);
    let sin_criticos = informes.iter().all(|i| i.errores_criticos.is_empty());
    (total, total >= NOTA_APROBACION && sin_criticos)
}

/// The verification code: a SHA-256 prefix over everything else in the record.
pub fn calcular_codigo(e: &Expediente) -> String {
    let mut sin_codigo = e.clone();
    sin_codigo.codigo = String::new();
    let canonico = escribir(&sin_codigo);
    let h = crate::huella::sha256_hex(canonico.as_bytes()).to_ascii_uppercase();
    format!("{}-{}-{}-{}", &h[0..4], &h[4..8], &h[8..12], &h[12..16])
}

/// Builds the record from finished attempts.
pub fn crear(
    participante: Participante,
    fecha: String,
    semilla: u64,
    sesiones: &[Sesion],
) -> Expediente {
    let intentos: Vec<IntentoCertificado> = sesiones
        .iter()
        .map(|s| IntentoCertificado {
            escenario: s.escenario().id.clone(),
            semilla: s.semilla(),
            contenido: s.escenario().huella.clone(),
            transcripcion: s.transcripcion(),
            informe: s.informe(),
        })
        .collect();
    let (total, aprobado) = resultado(&intentos.iter().map(|i| &i.informe).collect::<Vec<_>>());
    let mut e = Expediente {
        formato: FORMATO_EXPEDIENTE.into(),
        version: VERSION_EXPEDIENTE,
        motor: VERSION_MOTOR.into(),
        version_contenido: version_contenido(),
        participante,
        fecha,
        semilla_certificacion: semilla,
        intentos,
        total,
        aprobado,
        codigo: String::new(),
    };
    e.codigo = calcular_codigo(&e);
    e
}

/// The outcome of checking a record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verificacion {
    pub valido: bool,
    /// What differs, in Spanish; empty when valid.
    pub problemas: Vec<String>,
    /// The record, when it could be read at all.
    pub expediente: Option<Expediente>,
}

impl Verificacion {
    fn rechazo(m: String) -> Verificacion {
        Verificacion {
            valido: false,
            problemas: vec![m],
            expediente: None,
        }
    }
}

/// Reads a record and re-runs every transcript through this engine.
pub fn verificar(texto: &str) -> Verificacion {
    if texto.len() > MAX_BYTES_EXPEDIENTE {
        return Verificacion::rechazo(format!(
            "el archivo pesa {} MB; un expediente no pasa de 5 MB",
            texto.len() / (1024 * 1024)
        ));
    }
    match Cabecera::leer(texto) {
        Err(ErrorCabecera::NoEsJson(e)) => {
            return Verificacion::rechazo(format!("no es un archivo JSON válido ({e})"))
        }
        Ok(c) if c.formato.as_deref() == Some(FORMATO_EXPEDIENTE) => {}
        _ => return Verificacion::rechazo("no es un expediente del Entrenador de Protocolo (falta «formato»: «entrenador-protocolo/expediente»)".into()),
    };
    let e = match leer::<Expediente>(texto) {
        Ok(e) => e,
        Err(err) => {
            return Verificacion::rechazo(format!(
                "el expediente no tiene la forma esperada ({err})"
            ))
        }
    };
    if e.version != VERSION_EXPEDIENTE {
        return Verificacion::rechazo(format!(
            "versión de expediente {} no admitida (este motor lee la versión {VERSION_EXPEDIENTE})",
            e.version
        ));
    }
    let mut problemas = Vec::new();
    if e.version_contenido != version_contenido() {
        problemas.push(format!(
            "versión del contenido distinta: el expediente es de «{}» y esta aplicación tiene «{}»",
            e.version_contenido,
            version_contenido()
        ));
    }
    if e.intentos.is_empty() {
        problemas.push("el expediente no tiene ningún escenario".into());
    }
    let plan = plan_certificacion(e.semilla_certificacion);
    let del_plan: Vec<(String, u64)> = e
        .intentos
        .iter()
        .map(|i| (i.escenario.clone(), i.semilla))
        .collect();
    if del_plan != plan {
        problemas.push("los escenarios o sus semillas no son los que corresponden a la semilla de certificación".into());
    }
    let mut recalculados = Vec::new();
    for (n, i) in e.intentos.iter().enumerate() {
        let donde = format!("escenario {} («{}»)", n + 1, i.escenario);
        let escenario = match buscar(&i.escenario) {
            Ok(x) => x,
            Err(m) => {
                problemas.push(format!("{donde}: {m}"));
                continue;
            }
        };
        if i.contenido != escenario.huella {
            problemas.push(format!(
                "{donde}: el contenido del escenario es de otra versión"
            ));
        }
        if i.transcripcion.escenario != i.escenario || i.transcripcion.semilla != i.semilla {
            problemas.push(format!(
                "{donde}: la transcripción no corresponde a este escenario y semilla"
            ));
        }
        match Sesion::reproducir(escenario, &i.transcripcion) {
            Ok(s) => {
                let r = s.informe();
                // un informe guardado por una versión anterior se compara en su forma
                let r = if i.informe.version == 1 {
                    r.en_version_1()
                } else {
                    r
                };
                if r != i.informe {
                    problemas.push(format!("{donde}: {}", diferencias(&i.informe, &r)));
                }
                recalculados.push(r);
            }
            Err(err) => problemas.push(format!("{donde}: {err}")),
        }
    }
    if recalculados.len() == e.intentos.len() {
        let (total, aprobado) = resultado(&recalculados.iter().collect::<Vec<_>>());
        if total != e.total {
            problemas.push(format!(
                "el total guardado es {} y el recalculado es {total}",
                e.total
            ));
        }
        if aprobado != e.aprobado {
            problemas.push(format!(
                "el expediente dice «{}» y el resultado recalculado es «{}»",
                si_no(e.aprobado),
                si_no(aprobado)
            ));
        }
    }
    if calcular_codigo(&e) != e.codigo {
        problemas
            .push("el código de verificación no corresponde al contenido del expediente".into());
    }
    Verificacion {
        valido: problemas.is_empty(),
        problemas,
        expediente: Some(e),
    }
}

fn si_no(aprobado: bool) -> &'static str {
    if aprobado {
        "aprobado"
    } else {
        "no aprobado"
    }
}

/// What differs between a stored report and the recomputed one.
fn diferencias(guardado: &Informe, calculado: &Informe) -> String {
    let mut d = Vec::new();
    if guardado.total != calculado.total {
        d.push(format!(
            "total guardado {}, recalculado {}",
            guardado.total, calculado.total
        ));
    }
    for (a, b) in guardado.puntajes.iter().zip(&calculado.puntajes) {
        if a.puntaje != b.puntaje {
            d.push(format!(
                "{} guardada {}, recalculada {}",
                crate::texto::en_minusculas(a.dimension.texto()),
                a.puntaje.map(|x| x.to_string()).unwrap_or("—".into()),
                b.puntaje.map(|x| x.to_string()).unwrap_or("—".into())
            ));
        }
    }
    if guardado.aprobado != calculado.aprobado {
        d.push(format!(
            "«{}» guardado, «{}» recalculado",
            si_no(guardado.aprobado),
            si_no(calculado.aprobado)
        ));
    }
    if guardado.hallazgos != calculado.hallazgos {
        d.push(format!(
            "hallazgos guardados {}, recalculados {}",
            guardado.hallazgos.len(),
            calculado.hallazgos.len()
        ));
    }
    if d.is_empty() {
        d.push("otros datos del informe".into());
    }
    format!(
        "el informe no coincide con la transcripción ({})",
        d.join("; ")
    )
}
