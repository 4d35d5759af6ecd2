//! El certificado que firma RR. HH.: una credencial **Open Badges 3.0** (una
//! credencial verificable W3C, `OpenBadgeCredential`) asegurada como JWS
//! compacto EdDSA en la forma VC-JOSE que Open Badges 3.0 admite (el
//! contenido del JWT *es* la credencial, con las declaraciones registradas
//! `iss`, `sub`, `jti`, `nbf` y `exp` a su lado), y el expediente completo
//! que la acompaña para volver a calificarlo.
//!
//! Aquí está lo que no necesita criptografía: armar la credencial, leer el
//! archivo del certificado y comprobar, una vez verificada la firma, las
//! fechas y que el expediente que la acompaña es el que se firmó. La firma y
//! su verificación están en [`crate::firma`] (fuera del navegador; allí la
//! hace la Web Crypto API).

use crate::expediente::{ExpedienteLeido, Participante};
use crate::formato::{escribir, leer, Cabecera, ErrorCabecera};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// El «formato» del archivo de un certificado.
pub const FORMATO_CERTIFICADO: &str = "entrenador-protocolo/certificado";
/// La versión del formato de certificado.
pub const VERSION_CERTIFICADO: u32 = 1;
/// El nombre del emisor, salvo que RR. HH. diga otro.
pub const EMISOR_POR_OMISION: &str = "Recursos Humanos · Instituto Nacional de Seguros";
/// Días de validez de un certificado, salvo que se diga otra cosa (tres años).
pub const DIAS_DE_VALIDEZ: u32 = 3 * 365;
/// El logro que certifica.
pub const LOGRO: &str = "Protocolo de servicio en el comercio — INS";
/// El id del logro (un URN estable: el logro no tiene página propia).
pub const ID_LOGRO: &str = "urn:entrenador-protocolo:logro:protocolo-servicio-comercio";
/// Los contextos JSON-LD de una credencial Open Badges 3.0.
pub const CONTEXTOS: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

/// Quien emite: la autoridad certificadora de RR. HH.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Emisor {
    /// Su identificador: el `did:key` de su clave pública.
    pub id: String,
    /// Su nombre tal como se muestra.
    pub nombre: String,
}

/// El archivo del certificado: la credencial firmada y el expediente.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Certificado {
    /// [`FORMATO_CERTIFICADO`].
    pub formato: String,
    /// [`VERSION_CERTIFICADO`].
    pub version: u32,
    /// La credencial Open Badges 3.0, como JWS compacto (EdDSA).
    pub credencial: String,
    /// El expediente que se firmó, entero (con las transcripciones).
    pub expediente: ExpedienteLeido,
}

impl Certificado {
    /// Un certificado de este formato con la credencial firmada y su expediente.
    pub fn nuevo(credencial: String, expediente: ExpedienteLeido) -> Certificado {
        Certificado {
            formato: FORMATO_CERTIFICADO.into(),
            version: VERSION_CERTIFICADO,
            credencial,
            expediente,
        }
    }

    /// Lee un certificado (5 MB y anidamiento como cualquier archivo
    /// importado), con un mensaje en español si no lo es.
    pub fn leer(texto: &str) -> Result<Certificado, String> {
        let cabecera = Cabecera::leer(texto).map_err(|e| match e {
            ErrorCabecera::NoEsJson(m) => format!("no es un certificado legible: {m}"),
            ErrorCabecera::Ajena => "no es un certificado del Entrenador de Protocolo".into(),
        })?;
        if cabecera.formato.as_deref() != Some(FORMATO_CERTIFICADO) {
            return Err("no es un certificado del Entrenador de Protocolo".into());
        }
        if cabecera.version != Some(VERSION_CERTIFICADO as u64) {
            return Err(format!(
                "versión de certificado no admitida ({}); esta aplicación lee la {VERSION_CERTIFICADO}",
                cabecera.version.map_or("ninguna".into(), |v| v.to_string())
            ));
        }
        leer::<Certificado>(texto).map_err(|e| e.to_string())
    }

    /// El certificado en JSON.
    pub fn escribir(&self) -> String {
        escribir(self)
    }
}

/// La huella SHA-256 (hexadecimal) del expediente tal como se escribe: la
/// credencial la cita en su evidencia, así que cambiar un byte del
/// expediente que la acompaña la invalida.
pub fn huella_expediente(e: &ExpedienteLeido) -> String {
    crate::huella::sha256_hex(escribir(e).as_bytes())
}

/// El identificador de la persona en la credencial: su cédula.
pub fn id_persona(p: &Participante) -> String {
    format!("urn:cr:cedula:{}", p.cedula)
}

/// La credencial Open Badges 3.0 (el contenido del JWT) de un expediente
/// aprobado: emitida en `desde` y válida hasta `hasta` (segundos Unix; las
/// fechas ISO 8601 van aparte, ya escritas).
pub fn credencial(
    e: &ExpedienteLeido,
    emisor: &Emisor,
    desde: (u64, &str),
    hasta: (u64, &str),
) -> Value {
    let id = format!("urn:entrenador-protocolo:certificado:{}", e.codigo);
    let persona = id_persona(&e.participante);
    json!({
        "@context": CONTEXTOS,
        "id": id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": LOGRO,
        "issuer": {"id": emisor.id, "type": ["Profile"], "name": emisor.nombre},
        "validFrom": desde.1,
        "validUntil": hasta.1,
        "credentialSubject": {
            "id": persona,
            "type": ["AchievementSubject"],
            "name": e.participante.nombre,
            "achievement": {
                "id": ID_LOGRO,
                "type": ["Achievement"],
                "name": LOGRO,
                "description": "Aplica el protocolo de servicio en el comercio del Centro de Contacto del INS: cortesía (1.1, 1.3, 2.1), procedimiento con la aplicación Aliados INS Servicios y escalamiento al Centro de Contacto (1.2, 2.2).",
                "criteria": {"narrative": "Certificación de tres escenarios del Entrenador de Protocolo con un promedio de al menos 80, ningún error crítico y el mínimo de la destreza central de cada escenario, revisada por Recursos Humanos."}
            },
            "result": [{"type": ["Result"], "value": e.total.to_string()}]
        },
        "evidence": [{
            "id": format!("urn:sha256:{}", huella_expediente(e)),
            "type": ["Evidence"],
            "name": "Expediente de certificación",
            "narrative": format!(
                "Expediente {} del {}: {} escenarios con sus transcripciones, total {}.",
                e.codigo, e.fecha, e.intentos.len(), e.total
            )
        }],
        "iss": emisor.id,
        "sub": persona,
        "jti": id,
        "nbf": desde.0,
        "exp": hasta.0
    })
}

/// Lo que se comprueba de una credencial ya verificada su firma, en orden:
/// las fechas (con el reloj `ahora`, segundos Unix) y que el expediente que la
/// acompaña es el que cita y el de la persona que nombra. El error es el
/// mensaje para quien verifica.
pub fn comprobar_credencial(
    contenido: &Value,
    expediente: &ExpedienteLeido,
    ahora: u64,
) -> Result<(), String> {
    let numero = |clave: &str| contenido.get(clave).and_then(Value::as_u64);
    let (Some(nbf), Some(exp)) = (numero("nbf"), numero("exp")) else {
        return Err("a la credencial le faltan sus fechas de validez («nbf» y «exp»)".into());
    };
    if ahora < nbf {
        return Err(
            "la credencial todavía no es válida (su fecha de emisión es posterior a hoy)".into(),
        );
    }
    if ahora >= exp {
        return Err("la credencial venció: su fecha de validez ya pasó".into());
    }
    let tipos = contenido.get("type").and_then(Value::as_array);
    if !tipos.is_some_and(|t| t.iter().any(|x| x == "OpenBadgeCredential")) {
        return Err("no es una credencial Open Badges 3.0 (OpenBadgeCredential)".into());
    }
    let citada = contenido
        .pointer("/evidence/0/id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if citada != format!("urn:sha256:{}", huella_expediente(expediente)) {
        return Err("el expediente que acompaña a la credencial no es el que se firmó".into());
    }
    if contenido.get("sub").and_then(Value::as_str) != Some(&id_persona(&expediente.participante))
        || contenido
            .pointer("/credentialSubject/name")
            .and_then(Value::as_str)
            != Some(expediente.participante.nombre.as_str())
    {
        return Err("la credencial nombra a otra persona que el expediente".into());
    }
    Ok(())
}

/// Lo que se comprueba una vez verificada la firma de `c` (el contenido del
/// JWT es `contenido`), en orden: que la credencial viene del emisor de la
/// clave (`emisor`, su `did:key`), las fechas, el expediente citado y la
/// persona, y luego el expediente entero (código, plan, recalificación y
/// vínculo con la persona). Devuelve lo comprobado, o el primer fallo.
pub fn verificar_tras_la_firma(
    contenido: &Value,
    emisor: &str,
    c: &Certificado,
    ahora: u64,
) -> Result<Vec<&'static str>, String> {
    if contenido.get("iss").and_then(Value::as_str) != Some(emisor) {
        return Err("la credencial dice venir de otro emisor que el de esta clave".into());
    }
    let mut hecho = vec!["firma del emisor"];
    comprobar_credencial(contenido, &c.expediente, ahora)?;
    hecho.extend(["fechas de validez", "el expediente es el firmado"]);
    let v = crate::expediente::verificar(&escribir(&c.expediente));
    if let Some(p) = v.problemas.into_iter().next() {
        return Err(p);
    }
    hecho.extend([
        "recalificación de cada transcripción",
        "plan de la semilla de certificación",
        "la persona de las transcripciones",
    ]);
    Ok(hecho)
}

/// Lo que se comprueba antes de firmar un expediente (en la línea de comandos
/// o en la página de Revisión): que es válido, que lo calificó este motor y que
/// aprobó. Devuelve el expediente tal como se leyó, o por qué no se firma.
pub fn para_firmar(expediente: &str) -> Result<ExpedienteLeido, String> {
    let v = crate::expediente::verificar(expediente);
    if !v.valido {
        return Err(format!(
            "el expediente no es válido y no se firma: {}",
            v.problemas.join("; ")
        ));
    }
    if !v.avisos.is_empty() {
        return Err(format!(
            "el expediente lo calificó otra versión del motor y no se firma: {}",
            v.avisos.join(" ")
        ));
    }
    let e = v
        .leido
        .ok_or_else(|| "el expediente no se pudo leer".to_string())?;
    if !e.aprobado {
        return Err(
            "el expediente no aprobó la certificación: solo se firma una certificación aprobada"
                .into(),
        );
    }
    Ok(*e)
}

/// La cabecera JWS de una credencial firmada por `emisor` (su `did:key`).
pub fn cabecera_jws(emisor: &str) -> Value {
    let fragmento = emisor.strip_prefix("did:key:").unwrap_or(emisor);
    json!({"typ": "JWT", "alg": "EdDSA", "kid": format!("{emisor}#{fragmento}")})
}
