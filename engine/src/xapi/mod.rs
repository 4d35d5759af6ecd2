//! Las declaraciones xAPI (1.0.3) de una certificación, para un Learning
//! Record Store: el intento, cada escenario completado con su resultado
//! (aprobado o no, puntajes, duración, dimensiones, errores críticos, semilla
//! y versión del contenido) y el resultado final, que lleva el expediente
//! entero para que RR. HH. lo vuelva a verificar sin el archivo de la persona.
//!
//! La aplicación las arma a medida que la certificación avanza (cada una en
//! su momento) y la línea de comandos todas juntas desde un expediente
//! ([`declaraciones`]); las dos dan los mismos identificadores, que salen de
//! la cédula y la semilla de la certificación: un reenvío repite los mismos y
//! el LRS no los cuenta dos veces.
//!
//! - [`lectura`]: los expedientes que guarda un LRS, para la revisión.

pub mod lectura;

use crate::escenario::Dimension;
use crate::expediente::{Expediente, Participante};
use crate::{Informe, Transcripcion};
use serde::Serialize;
use serde_json::value::RawValue;

/// La actividad de la certificación.
pub const ACTIVIDAD_CERTIFICACION: &str = "urn:entrenador-protocolo:certificacion";
/// El prefijo de la actividad de cada escenario (`…:escenario:ID`).
pub const PREFIJO_ESCENARIO: &str = "urn:entrenador-protocolo:escenario:";
/// El prefijo de las extensiones propias (los nombres completos van en los
/// `rename` de los tipos de abajo).
pub const PREFIJO_EXTENSION: &str = "urn:entrenador-protocolo:extension:";
/// La extensión del resultado final que lleva el expediente.
pub const EXTENSION_EXPEDIENTE: &str = "urn:entrenador-protocolo:extension:expediente";
/// La página de la institución, para la cuenta de la persona (su cédula).
pub const PAGINA_INSTITUCION: &str = "https://www.grupoins.com";
/// La categoría que cmi5 pide en las declaraciones que define.
pub const CATEGORIA_CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";

/// Una declaración lista para enviar: su identificador y su JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaracion {
    /// El `id` de la declaración (UUID estable).
    pub id: String,
    /// La declaración en JSON (xAPI 1.0.3).
    pub json: String,
}

#[derive(Serialize)]
struct Agente<'a> {
    #[serde(rename = "objectType")]
    tipo: &'static str,
    name: &'a str,
    account: Cuenta<'a>,
}

#[derive(Serialize)]
struct Cuenta<'a> {
    #[serde(rename = "homePage")]
    pagina: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct Texto<'a> {
    #[serde(rename = "es-CR")]
    es_cr: &'a str,
}

#[derive(Serialize)]
struct Verbo<'a> {
    id: String,
    display: Texto<'a>,
}

#[derive(Serialize)]
struct Definicion<'a> {
    name: Texto<'a>,
    #[serde(rename = "type")]
    tipo: &'static str,
}

#[derive(Serialize)]
struct Actividad<'a> {
    #[serde(rename = "objectType")]
    tipo: &'static str,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    definition: Option<Definicion<'a>>,
}

#[derive(Serialize)]
struct Puntaje {
    /// De 0 a 1, escrito como número decimal sin coma flotante.
    scaled: Box<RawValue>,
    raw: u32,
    min: u32,
    max: u32,
}

impl Puntaje {
    fn de(total: u32) -> Puntaje {
        let total = total.min(100);
        let texto = match total {
            100 => "1".to_string(),
            t if t % 10 == 0 => format!("0.{}", t / 10),
            t => format!("0.{t:02}"),
        };
        Puntaje {
            scaled: RawValue::from_string(texto).unwrap_or_else(|_| Box::default()),
            raw: total,
            min: 0,
            max: 100,
        }
    }
}

#[derive(Serialize)]
struct ExtensionesEscenario {
    #[serde(rename = "urn:entrenador-protocolo:extension:cortesia")]
    cortesia: Option<u32>,
    #[serde(rename = "urn:entrenador-protocolo:extension:procedimiento")]
    procedimiento: Option<u32>,
    #[serde(rename = "urn:entrenador-protocolo:extension:escalamiento")]
    escalamiento: Option<u32>,
    #[serde(rename = "urn:entrenador-protocolo:extension:errores_criticos")]
    errores_criticos: Vec<String>,
}

#[derive(Serialize)]
struct ExtensionesFinal<'a> {
    #[serde(rename = "urn:entrenador-protocolo:extension:expediente")]
    expediente: &'a Expediente,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Extensiones<'a> {
    Escenario(ExtensionesEscenario),
    Final(ExtensionesFinal<'a>),
}

#[derive(Serialize)]
struct Resultado<'a> {
    score: Puntaje,
    success: bool,
    completion: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    duration: Option<String>,
    extensions: Extensiones<'a>,
}

#[derive(Serialize)]
struct Referencia<'a> {
    id: &'a str,
    #[serde(rename = "objectType")]
    tipo: &'static str,
}

#[derive(Serialize)]
struct ActividadesDelContexto<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<[Referencia<'a>; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<[Referencia<'a>; 1]>,
}

#[derive(Serialize, Default)]
struct ExtensionesContexto<'a> {
    #[serde(
        rename = "urn:entrenador-protocolo:extension:codigo",
        skip_serializing_if = "Option::is_none"
    )]
    codigo: Option<&'a str>,
    #[serde(
        rename = "urn:entrenador-protocolo:extension:version_contenido",
        skip_serializing_if = "Option::is_none"
    )]
    version_contenido: Option<&'a str>,
    #[serde(
        rename = "urn:entrenador-protocolo:extension:motor",
        skip_serializing_if = "Option::is_none"
    )]
    motor: Option<&'a str>,
    #[serde(
        rename = "urn:entrenador-protocolo:extension:semilla",
        skip_serializing_if = "Option::is_none"
    )]
    semilla: Option<u64>,
}

#[derive(Serialize)]
struct Contexto<'a> {
    registration: &'a str,
    #[serde(rename = "contextActivities", skip_serializing_if = "Option::is_none")]
    actividades: Option<ActividadesDelContexto<'a>>,
    extensions: ExtensionesContexto<'a>,
}

#[derive(Serialize)]
struct Cuerpo<'a> {
    id: String,
    actor: &'a RawValue,
    verb: Verbo<'a>,
    object: Actividad<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<Resultado<'a>>,
    context: Contexto<'a>,
    timestamp: &'a str,
}

/// Un identificador UUID estable para `semilla` (SHA-256, con la forma de un
/// UUID versión 8 de RFC 9562).
pub fn uuid(semilla: &str) -> String {
    let h = crate::huella::sha256_hex(semilla.as_bytes());
    let mut b: Vec<char> = h[..32].chars().collect();
    b[12] = '8';
    b[16] = match b[16] {
        '0' | '4' | '8' | 'c' => '8',
        '1' | '5' | '9' | 'd' => '9',
        '2' | '6' | 'a' | 'e' => 'a',
        _ => 'b',
    };
    let s: String = b.into_iter().collect();
    format!(
        "{}-{}-{}-{}-{}",
        &s[0..8],
        &s[8..12],
        &s[12..16],
        &s[16..20],
        &s[20..32]
    )
}

fn verbo<'a>(nombre: &str, texto: &'a str) -> Verbo<'a> {
    Verbo {
        id: format!("http://adlnet.gov/expapi/verbs/{nombre}"),
        display: Texto { es_cr: texto },
    }
}

/// Milisegundos como duración ISO 8601 («PT12.3S»).
fn duracion(ms: u64) -> String {
    format!("PT{}.{}S", ms / 1000, (ms % 1000) / 100)
}

/// Quién declara y dónde: la persona, el registro (`context.registration`)
/// y la actividad de la certificación. Sin lanzamiento cmi5 salen de la
/// cédula y la semilla de la certificación; con él, los da el LMS.
#[derive(Debug, Clone)]
pub struct Declarante {
    /// El agente xAPI de la persona (JSON).
    pub actor: Box<RawValue>,
    /// El registro (UUID) de la certificación.
    pub registro: String,
    /// La actividad de la certificación.
    pub actividad: String,
    /// De qué salen los identificadores de las declaraciones.
    pub clave: String,
    /// Lanzado por un LMS con cmi5: sus declaraciones llevan la categoría cmi5.
    pub cmi5: bool,
}

impl Declarante {
    /// Para una certificación sin LMS: la persona por su cédula, en la
    /// página de la institución.
    pub fn de_certificacion(p: &Participante, semilla: u64) -> Declarante {
        let clave = format!("{}:{semilla}", p.cedula);
        let actor = serde_json::to_string(&Agente {
            tipo: "Agent",
            name: &p.nombre,
            account: Cuenta {
                pagina: PAGINA_INSTITUCION,
                name: &p.cedula,
            },
        })
        .unwrap_or_default();
        Declarante {
            actor: RawValue::from_string(actor).unwrap_or_default(),
            registro: uuid(&format!("registro:{clave}")),
            actividad: ACTIVIDAD_CERTIFICACION.into(),
            clave,
            cmi5: false,
        }
    }

    /// Para una certificación abierta por un LMS con cmi5: el actor (JSON)
    /// tal como lo dio el LMS, su registro y su actividad (ya validados por
    /// quien leyó el lanzamiento). Un actor que no es JSON no sirve.
    pub fn de_lanzamiento(
        actor: &str,
        registro: &str,
        actividad: &str,
        semilla: u64,
    ) -> Result<Declarante, String> {
        let actor = RawValue::from_string(actor.to_string())
            .map_err(|_| "el actor del lanzamiento no es JSON".to_string())?;
        Ok(Declarante {
            actor,
            registro: registro.into(),
            actividad: actividad.into(),
            clave: format!("{registro}:{semilla}"),
            cmi5: true,
        })
    }

    fn contexto<'a>(&'a self, extensiones: ExtensionesContexto<'a>) -> Contexto<'a> {
        Contexto {
            registration: &self.registro,
            actividades: self.cmi5.then_some(ActividadesDelContexto {
                parent: None,
                category: Some([Referencia {
                    id: CATEGORIA_CMI5,
                    tipo: "Activity",
                }]),
            }),
            extensions: extensiones,
        }
    }

    fn certificacion(&self) -> Actividad<'_> {
        Actividad {
            tipo: "Activity",
            id: &self.actividad,
            definition: Some(Definicion {
                name: Texto {
                    es_cr: crate::certificado::LOGRO,
                },
                tipo: "http://adlnet.gov/expapi/activities/assessment",
            }),
        }
    }

    fn armar(cuerpo: Cuerpo<'_>) -> Declaracion {
        let json = serde_json::to_string(&cuerpo).unwrap_or_default();
        Declaracion {
            id: cuerpo.id,
            json,
        }
    }

    /// Una declaración cuyo objeto es la certificación misma (el intento, el
    /// resultado, el cierre); su id sale de `que` y de la clave.
    fn sobre_la_certificacion<'a>(
        &'a self,
        que: &str,
        verb: Verbo<'a>,
        result: Option<Resultado<'a>>,
        extensiones: ExtensionesContexto<'a>,
        fecha: &'a str,
    ) -> Declaracion {
        Self::armar(Cuerpo {
            id: uuid(&format!("{que}:{}", self.clave)),
            actor: &self.actor,
            verb,
            object: self.certificacion(),
            result,
            context: self.contexto(extensiones),
            timestamp: fecha,
        })
    }

    /// Al comenzar: `attempted` (`initialized` con cmi5). `version` es la del
    /// contenido de los escenarios.
    pub fn intento(&self, version: &str, fecha: &str) -> Declaracion {
        let (nombre, texto) = if self.cmi5 {
            ("initialized", "inició")
        } else {
            ("attempted", "intentó")
        };
        self.sobre_la_certificacion(
            "intento",
            verbo(nombre, texto),
            None,
            ExtensionesContexto {
                version_contenido: Some(version),
                motor: Some(crate::expediente::VERSION_MOTOR),
                ..Default::default()
            },
            fecha,
        )
    }

    /// El escenario `n` (desde 0) del plan, terminado: `completed` con su resultado.
    pub fn escenario(
        &self,
        n: usize,
        inf: &Informe,
        t: &Transcripcion,
        version: &str,
        fecha: &str,
    ) -> Declaracion {
        let duracion_ms = match (t.tiempos.first(), t.tiempos.last()) {
            (Some(a), Some(b)) => Some(duracion(b.saturating_sub(*a))),
            _ => None,
        };
        let actividad = format!("{PREFIJO_ESCENARIO}{}", t.escenario);
        Self::armar(Cuerpo {
            id: uuid(&format!("escenario:{}:{n}", self.clave)),
            actor: &self.actor,
            verb: verbo("completed", "completó"),
            object: Actividad {
                tipo: "Activity",
                id: &actividad,
                definition: Some(Definicion {
                    name: Texto { es_cr: &inf.titulo },
                    tipo: "http://adlnet.gov/expapi/activities/simulation",
                }),
            },
            result: Some(Resultado {
                score: Puntaje::de(inf.total),
                success: inf.aprobado,
                completion: !inf.terminado_antes,
                duration: duracion_ms,
                extensions: Extensiones::Escenario(ExtensionesEscenario {
                    cortesia: inf.puntaje(Dimension::Cortesia),
                    procedimiento: inf.puntaje(Dimension::Procedimiento),
                    escalamiento: inf.puntaje(Dimension::Escalamiento),
                    errores_criticos: inf
                        .errores_criticos
                        .iter()
                        .map(|h| h.mensaje.clone())
                        .collect(),
                }),
            }),
            // cmi5 reserva «category» para sus propias declaraciones: un escenario no lo es
            context: Contexto {
                registration: &self.registro,
                actividades: Some(ActividadesDelContexto {
                    parent: Some([Referencia {
                        id: &self.actividad,
                        tipo: "Activity",
                    }]),
                    category: None,
                }),
                extensions: ExtensionesContexto {
                    version_contenido: Some(version),
                    motor: Some(crate::expediente::VERSION_MOTOR),
                    semilla: Some(t.semilla),
                    ..Default::default()
                },
            },
            timestamp: fecha,
        })
    }

    /// El resultado de la certificación: `passed` o `failed`, con el
    /// expediente entero (y su código de verificación).
    pub fn resultado(&self, e: &Expediente, fecha: &str) -> Declaracion {
        let (nombre, texto) = if e.aprobado {
            ("passed", "aprobó")
        } else {
            ("failed", "no aprobó")
        };
        self.sobre_la_certificacion(
            "resultado",
            verbo(nombre, texto),
            Some(Resultado {
                score: Puntaje::de(e.total),
                success: e.aprobado,
                completion: true,
                duration: None,
                extensions: Extensiones::Final(ExtensionesFinal { expediente: e }),
            }),
            ExtensionesContexto {
                codigo: Some(&e.codigo),
                version_contenido: Some(&e.version_contenido),
                motor: Some(&e.motor),
                semilla: None,
            },
            fecha,
        )
    }

    /// Con cmi5, al cerrar la sesión de la unidad: `terminated`.
    pub fn terminado(&self, fecha: &str) -> Declaracion {
        self.sobre_la_certificacion(
            "terminado",
            verbo("terminated", "terminó"),
            None,
            ExtensionesContexto::default(),
            fecha,
        )
    }
}

/// Las declaraciones de una certificación terminada, en orden: el intento,
/// un escenario completado por cada uno y el resultado final. Todas con la
/// fecha del expediente.
pub fn declaraciones(e: &Expediente) -> Vec<Declaracion> {
    let d = Declarante::de_certificacion(&e.participante, e.semilla_certificacion);
    let mut lista = vec![d.intento(&e.version_contenido, &e.fecha)];
    for (n, i) in e.intentos.iter().enumerate() {
        lista.push(d.escenario(
            n,
            &i.informe,
            &i.transcripcion,
            &e.version_contenido,
            &e.fecha,
        ));
    }
    lista.push(d.resultado(e, &e.fecha));
    lista
}

#[cfg(test)]
mod tests {
    use super::{uuid, Puntaje};

    #[test]
    fn el_uuid_es_estable_y_tiene_la_forma_de_la_version_8() {
        let u = uuid("resultado:ABCD-0123-4567-89EF");
        assert_eq!(u, uuid("resultado:ABCD-0123-4567-89EF"));
        assert_ne!(u, uuid("resultado:ABCD-0123-4567-89EE"));
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "8");
        assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"));
    }

    #[test]
    fn el_puntaje_escalado_es_el_total_entre_cien() {
        for (total, texto) in [
            (100, "1"),
            (95, "0.95"),
            (80, "0.8"),
            (5, "0.05"),
            (0, "0.0"),
        ] {
            let p = Puntaje::de(total);
            assert_eq!(p.scaled.get(), texto);
            let v: f64 = p.scaled.get().parse().unwrap();
            assert_eq!(v, f64::from(total) / 100.0);
        }
    }
}
