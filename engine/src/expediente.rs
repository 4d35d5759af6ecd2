//! La certificación: el conjunto fijo de escenarios que saca una semilla de
//! certificación (primer contacto y despedida, 1.1 y 1.3; un inconveniente,
//! 1.2; una situación que se escala, 1.1 nota o 2.2), el expediente que
//! archiva RR. HH., su código de verificación y la comprobación que vuelve a
//! pasar cada transcripción por el motor y solo dice VÁLIDO cuando todo
//! coincide.

use crate::escenario::{buscar, huella_vigente, version_contenido, version_vigente};
use crate::formato::{escribir, leer, Cabecera, ErrorCabecera};
use crate::informe::{Informe, NOTA_APROBACION, VERSION_INFORME};
use crate::sesion::Sesion;
use crate::transcripcion::Transcripcion;
use crate::variante::Azar;
use serde::{Deserialize, Serialize};

/// El «formato» de un expediente.
pub const FORMATO_EXPEDIENTE: &str = "entrenador-protocolo/expediente";
/// La versión del formato de expediente que escribe y lee este motor.
pub const VERSION_EXPEDIENTE: u32 = 1;
/// La versión de este motor, que se guarda en cada expediente.
pub const VERSION_MOTOR: &str = env!("CARGO_PKG_VERSION");
/// Versiones anteriores del motor cuyos expedientes se siguen verificando.
/// Sus reglas de calificación eran otras (la 0.2.0 cambió el saludo con otra
/// parte del día, los pasos dichos en una forma equivocada, las fotos
/// cargadas tarde…; la 0.3.0, los pasos cuyo momento no llegó): de sus expedientes se comprueba la integridad (código,
/// plan, contenido, transcripciones) y las diferencias de puntaje con las
/// reglas de ahora se informan como avisos, no como problemas.
pub const MOTORES_ANTERIORES: &[&str] = &["0.1.0", "0.2.0"];
/// Un archivo más grande no es un expediente.
pub const MAX_BYTES_EXPEDIENTE: usize = crate::formato::MAX_BYTES;

/// El conjunto de certificación: primer contacto y despedida, un
/// inconveniente, un escalamiento (de cada grupo se saca un escenario).
const GRUPOS: [&[&str]; 3] = [
    &["servicio-completo"],
    &[
        "inconveniente-solucionable",
        "inconveniente-no-solucionable",
    ],
    &["cliente-ausente", "afectacion-cliente"],
];

/// Los escenarios y las semillas de una certificación, sacados de su semilla.
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

/// La persona que se certifica.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Participante {
    /// Su nombre completo.
    pub nombre: String,
    /// Su cédula, normalizada con [`validar_cedula`].
    pub cedula: String,
}

/// Una cédula costarricense tal como se escribe: 9 dígitos, con o sin guiones
/// (1-0234-0567), o un DIMEX de 11 o 12 dígitos. La devuelve normalizada.
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

/// Un escenario de una certificación, con su informe tipado (`R` =
/// [`Informe`]) o, en un expediente leído de un archivo, sin tipar
/// ([`IntentoLeido`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IntentoCertificado<R = Informe> {
    /// El id del escenario.
    pub escenario: String,
    /// La semilla de su variante.
    pub semilla: u64,
    /// SHA-256 del archivo del escenario con que se calificó el intento.
    pub contenido: String,
    /// Lo que hizo la persona, para volver a calificarlo.
    pub transcripcion: Transcripcion,
    /// El informe que obtuvo.
    pub informe: R,
}

/// El expediente que archiva RR. HH. (`R` es el tipo de sus informes: ver
/// [`ExpedienteLeido`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Expediente<R = Informe> {
    /// [`FORMATO_EXPEDIENTE`].
    pub formato: String,
    /// [`VERSION_EXPEDIENTE`].
    pub version: u32,
    /// La versión del motor que lo creó ([`VERSION_MOTOR`]).
    pub motor: String,
    /// La versión de todo el contenido de escenarios.
    pub version_contenido: String,
    /// La persona certificada.
    pub participante: Participante,
    /// Cuándo terminó (ISO 8601, del reloj del dispositivo).
    pub fecha: String,
    /// La semilla de la que salen los escenarios y sus semillas.
    pub semilla_certificacion: u64,
    /// Cada escenario, en el orden del plan.
    pub intentos: Vec<IntentoCertificado<R>>,
    /// La media de los totales, redondeada.
    pub total: u32,
    /// Si aprobó la certificación (ver [`resultado`]).
    pub aprobado: bool,
    /// El código de verificación ([`calcular_codigo`]).
    pub codigo: String,
}

/// La media de los totales (redondeada) y si aprueba: media ≥ 80, ningún
/// error crítico y, en cada escenario, el mínimo de su destreza central y
/// cada momento de la visita alcanzado.
pub fn resultado(informes: &[&Informe]) -> (u32, bool) {
    if informes.is_empty() {
        return (0, false);
    }
    let suma: u32 = informes.iter().map(|i| i.total).sum();
    let n = informes.len() as u32;
    let total = (suma * 2 + n) / (2 * n);
    let sin_criticos = informes.iter().all(|i| i.errores_criticos.is_empty());
    let nucleos = informes
        .iter()
        .all(|i| i.nucleo_cumplido() && i.no_alcanzados.is_empty());
    (total, total >= NOTA_APROBACION && sin_criticos && nucleos)
}

/// El código de verificación: el principio del SHA-256 de todo lo demás del
/// expediente: cuatro grupos de cuatro cifras hexadecimales en mayúscula.
pub fn calcular_codigo(e: &Expediente) -> String {
    let mut sin_codigo = e.clone();
    sin_codigo.codigo = String::new();
    codigo_de(&escribir(&sin_codigo))
}

/// Los primeros 16 dígitos hexadecimales del SHA-256 del texto canónico,
/// en grupos de cuatro.
fn codigo_de(canonico: &str) -> String {
    let h = crate::huella::sha256_hex(canonico.as_bytes()).to_ascii_uppercase();
    format!("{}-{}-{}-{}", &h[0..4], &h[4..8], &h[8..12], &h[12..16])
}

/// Arma el expediente a partir de los intentos terminados.
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

/// El resultado de comprobar un expediente.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verificacion {
    /// Todo coincide.
    pub valido: bool,
    /// Lo que difiere, en español; vacío si es válido.
    pub problemas: Vec<String>,
    /// Lo que conviene saber aunque sea válido (calificado con las reglas de
    /// un motor anterior, y cómo calificaría este).
    pub avisos: Vec<String>,
    /// El expediente recalculado, si se pudo volver a calificar entero.
    pub expediente: Option<Expediente>,
    /// El expediente tal como se leyó, si al menos se pudo leer.
    pub leido: Option<Box<ExpedienteLeido>>,
}

impl Verificacion {
    /// Un archivo que no se pudo ni leer como expediente, con el motivo.
    pub fn rechazo(m: String) -> Verificacion {
        Verificacion {
            valido: false,
            problemas: vec![m],
            avisos: Vec::new(),
            expediente: None,
            leido: None,
        }
    }
}

/// Un expediente tal como llega en un archivo. Los informes guardados se
/// leen como JSON sin tipar: no se creen, se comparan con los que recalcula
/// este motor, y el expediente tipado se arma con los recalculados. Así el
/// wasm no lleva un lector de informes (unos 13 KB gzip menos), y el texto
/// canónico para el código sale igual que al crearlo (serde_json con
/// `preserve_order` conserva el orden de las claves).
pub type ExpedienteLeido = Expediente<serde_json::Value>;

/// Un escenario de un expediente leído, con su informe guardado sin tipar.
pub type IntentoLeido = IntentoCertificado<serde_json::Value>;

impl ExpedienteLeido {
    /// El código que corresponde a este expediente tal como está escrito.
    fn codigo_calculado(&self) -> String {
        let mut sin_codigo = self.clone();
        sin_codigo.codigo = String::new();
        codigo_de(&escribir(&sin_codigo))
    }

    /// Vuelve a pasar cada transcripción por el motor: el expediente tipado
    /// (con los informes recalculados, en la versión de informe en que se
    /// guardaron), lo que no coincide con lo guardado y los avisos (un
    /// expediente de un motor anterior: ver [`MOTORES_ANTERIORES`]).
    pub fn comprobar(&self) -> (Option<Expediente>, Vec<String>, Vec<String>) {
        let mut problemas = Vec::new();
        let reglas_anteriores = self.motor != VERSION_MOTOR;
        if reglas_anteriores && !MOTORES_ANTERIORES.contains(&self.motor.as_str()) {
            problemas.push(format!(
                "lo calificó una versión del motor desconocida («{}»; esta es la {VERSION_MOTOR})",
                self.motor
            ));
        }
        // con las reglas de un motor anterior, las diferencias de puntaje son avisos
        let mut de_reglas = Vec::new();
        if !version_vigente(&self.version_contenido) {
            problemas.push(format!(
                "versión del contenido distinta: el expediente es de «{}» y esta aplicación tiene «{}»",
                self.version_contenido,
                version_contenido()
            ));
        }
        if self.intentos.is_empty() {
            problemas.push("el expediente no tiene ningún escenario".into());
        }
        // lo barato primero: con el código o el plan mal, no se vuelve a jugar nada
        if self.codigo_calculado() != self.codigo {
            problemas.push(
                "el código de verificación no corresponde al contenido del expediente".into(),
            );
        }
        let plan = plan_certificacion(self.semilla_certificacion);
        let del_plan: Vec<(String, u64)> = self
            .intentos
            .iter()
            .map(|i| (i.escenario.clone(), i.semilla))
            .collect();
        if del_plan != plan {
            problemas.push("los escenarios o sus semillas no son los que corresponden a la semilla de certificación".into());
        }
        if !problemas.is_empty() {
            return (None, problemas, Vec::new());
        }
        // la persona: su cédula bien escrita y su nombre en cada transcripción
        let mut de_la_persona = Vec::new();
        if validar_cedula(&self.participante.cedula).as_deref()
            != Ok(self.participante.cedula.as_str())
        {
            de_la_persona.push(format!(
                "la cédula «{}» no tiene la forma de una cédula (9 dígitos, como 1-0234-0567) ni de un DIMEX",
                self.participante.cedula
            ));
        }
        let nombre = crate::texto::plegar_texto(&self.participante.nombre);
        for (n, i) in self.intentos.iter().enumerate() {
            if crate::texto::plegar_texto(&i.transcripcion.proveedor.nombre) != nombre {
                de_la_persona.push(format!(
                    "escenario {} («{}»): lo jugó «{}», no «{}»",
                    n + 1,
                    i.escenario,
                    i.transcripcion.proveedor.nombre,
                    self.participante.nombre
                ));
            }
        }
        if reglas_anteriores {
            // los motores anteriores no lo exigían: se dice, no invalida
            de_reglas.extend(
                de_la_persona
                    .into_iter()
                    .map(|d| format!("{d} (el motor {} no lo comprobaba)", self.motor)),
            );
        } else {
            problemas.extend(de_la_persona);
        }
        let mut intentos = Vec::new();
        for (n, i) in self.intentos.iter().enumerate() {
            let donde = format!("escenario {} («{}»)", n + 1, i.escenario);
            let escenario = match buscar(&i.escenario) {
                Ok(x) => x,
                Err(m) => {
                    problemas.push(format!("{donde}: {m}"));
                    continue;
                }
            };
            if !huella_vigente(&escenario, &i.contenido) {
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
                    let guardada = i.informe.get("version").and_then(|v| v.as_u64());
                    let r = r.en_version(guardada.map_or(VERSION_INFORME, |v| v as u32));
                    // comparados como texto JSON: el guardado conserva el orden de sus
                    // claves (`preserve_order`), y el wasm no lleva un escritor de
                    // informes a `Value`
                    if serde_json::to_string(&r).ok() != serde_json::to_string(&i.informe).ok() {
                        let d = format!("{donde}: {}", diferencias(&i.informe, &r));
                        if reglas_anteriores {
                            de_reglas.push(d);
                        } else {
                            problemas.push(d);
                        }
                    }
                    intentos.push(IntentoCertificado {
                        escenario: i.escenario.clone(),
                        semilla: i.semilla,
                        contenido: i.contenido.clone(),
                        transcripcion: i.transcripcion.clone(),
                        informe: r,
                    });
                }
                Err(err) => problemas.push(format!("{donde}: {err}")),
            }
        }
        let completo = intentos.len() == self.intentos.len();
        let mut avisos = Vec::new();
        if completo {
            let (total, aprobado) =
                resultado(&intentos.iter().map(|i| &i.informe).collect::<Vec<_>>());
            if reglas_anteriores && (total != self.total || !de_reglas.is_empty()) {
                avisos.push(format!(
                    "Calificado con las reglas del motor {}: total {}, {}. Con las reglas de esta versión ({VERSION_MOTOR}) sería {total}, {}; el detalle por escenario es el de esta versión.",
                    self.motor,
                    self.total,
                    si_no(self.aprobado),
                    si_no(aprobado)
                ));
                avisos.append(&mut de_reglas);
            } else if total != self.total {
                problemas.push(format!(
                    "el total guardado es {} y el recalculado es {total}",
                    self.total
                ));
            }
            if !reglas_anteriores && aprobado != self.aprobado {
                problemas.push(format!(
                    "el expediente dice «{}» y el resultado recalculado es «{}»",
                    si_no(self.aprobado),
                    si_no(aprobado)
                ));
            }
        }
        let tipado = completo.then(|| Expediente {
            formato: self.formato.clone(),
            version: self.version,
            motor: self.motor.clone(),
            version_contenido: self.version_contenido.clone(),
            participante: self.participante.clone(),
            fecha: self.fecha.clone(),
            semilla_certificacion: self.semilla_certificacion,
            intentos,
            total: self.total,
            aprobado: self.aprobado,
            codigo: self.codigo.clone(),
        });
        (tipado, problemas, avisos)
    }
}

/// Lee un expediente y vuelve a pasar cada transcripción por este motor.
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
    let e = match leer::<ExpedienteLeido>(texto) {
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
    let (expediente, problemas, avisos) = e.comprobar();
    Verificacion {
        valido: problemas.is_empty(),
        problemas,
        avisos,
        expediente,
        leido: Some(Box::new(e)),
    }
}

fn si_no(aprobado: bool) -> &'static str {
    if aprobado {
        "aprobado"
    } else {
        "no aprobado"
    }
}

/// Lo que difiere entre un informe guardado (sin tipar) y el recalculado.
fn diferencias(guardado: &serde_json::Value, calculado: &Informe) -> String {
    let mut d = Vec::new();
    let total = guardado.get("total").and_then(|v| v.as_u64());
    if total != Some(u64::from(calculado.total)) {
        d.push(format!(
            "total guardado {}, recalculado {}",
            total.map_or("—".to_string(), |t| t.to_string()),
            calculado.total
        ));
    }
    for (n, b) in calculado.puntajes.iter().enumerate() {
        let a = guardado
            .get("puntajes")
            .and_then(|p| p.get(n))
            .and_then(|p| p.get("puntaje"))
            .and_then(|p| p.as_u64());
        if a != b.puntaje.map(u64::from) {
            d.push(format!(
                // («puntaje de procedimiento guardado», no «procedimiento guardada»)
                "puntaje de {} guardado {}, recalculado {}",
                crate::texto::en_minusculas(b.dimension.texto()),
                a.map(|x| x.to_string()).unwrap_or("—".into()),
                b.puntaje.map(|x| x.to_string()).unwrap_or("—".into())
            ));
        }
    }
    let aprobado = guardado.get("aprobado").and_then(|v| v.as_bool());
    if aprobado != Some(calculado.aprobado) {
        d.push(format!(
            "«{}» guardado, «{}» recalculado",
            aprobado.map_or("—", si_no),
            si_no(calculado.aprobado)
        ));
    }
    if guardado
        .get("hallazgos")
        .and_then(|h| serde_json::to_string(h).ok())
        != serde_json::to_string(&calculado.hallazgos).ok()
    {
        d.push(format!(
            "hallazgos guardados {}, recalculados {}",
            guardado
                .get("hallazgos")
                .and_then(|h| h.as_array())
                .map_or(0, |h| h.len()),
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
