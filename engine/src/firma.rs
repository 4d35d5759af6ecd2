//! Las claves de la autoridad certificadora de RR. HH. (Ed25519) y la firma
//! y la verificación de certificados (JWS compacto EdDSA, con
//! `jsonwebtoken`). Solo fuera del navegador: la clave privada vive en el
//! equipo de RR. HH. y la página web verifica con la Web Crypto API.
//!
//! - La clave privada se guarda en PKCS#8 PEM, cifrada con una frase de paso
//!   si se da una (PBES2: PBKDF2-HMAC-SHA256 con 600 000 iteraciones y
//!   AES-256-CBC, que también sabe abrir la Web Crypto API en la página de
//!   Revisión).
//! - La pública se publica como JWK (`kty` OKP, `crv` Ed25519) y como PEM; su
//!   `did:key` es el identificador del emisor en la credencial.
//! - Verificar un certificado comprueba, en orden y deteniéndose en el
//!   primer fallo: la firma con la clave pública del emisor, las fechas de
//!   validez, que el expediente que la acompaña es el que se firmó y el de la
//!   persona que nombra, y luego el expediente entero (código, plan,
//!   recalificación de cada transcripción y el vínculo con la persona).

use crate::certificado::{
    cabecera_jws, credencial, para_firmar, verificar_tras_la_firma, Certificado, Emisor,
};
use base64ct::{Base64UrlUnpadded, Encoding};
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use ed25519_dalek::{SigningKey, VerifyingKey};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde_json::Value;

/// Iteraciones de PBKDF2 al cifrar la clave privada con la frase de paso.
pub const ITERACIONES: u32 = 600_000;

pub use crate::certificado::{DIAS_DE_VALIDEZ, EMISOR_POR_OMISION};

/// Un par de claves nuevo, listo para escribir en archivos.
pub struct ParDeClaves {
    /// La privada, PKCS#8 PEM (cifrada si se dio una frase de paso).
    pub privada_pem: String,
    /// La pública como JWK.
    pub publica_jwk: String,
    /// La pública como PEM (SubjectPublicKeyInfo), para otras herramientas.
    pub publica_pem: String,
    /// El `did:key` de la pública.
    pub did: String,
}

/// El `did:key` de una clave pública Ed25519 (multicódec 0xed01, base58btc).
pub fn did_key(publica: &VerifyingKey) -> String {
    let mut bytes = vec![0xed, 0x01];
    bytes.extend_from_slice(publica.as_bytes());
    format!("did:key:z{}", bs58::encode(bytes).into_string())
}

/// La clave pública como JWK, con su `did:key` como `kid`.
pub fn jwk(publica: &VerifyingKey) -> String {
    let j = serde_json::json!({
        "kty": "OKP",
        "crv": "Ed25519",
        "x": Base64UrlUnpadded::encode_string(publica.as_bytes()),
        "alg": "EdDSA",
        "use": "sig",
        "kid": did_key(publica),
    });
    serde_json::to_string_pretty(&j).unwrap_or_default()
}

/// Crea un par de claves con el azar del sistema operativo.
pub fn claves_nuevas(frase: Option<&str>) -> Result<ParDeClaves, String> {
    let clave = SigningKey::generate(&mut rand_core::OsRng);
    let no_se_pudo =
        |e: &dyn std::fmt::Display| format!("no se pudo escribir la clave privada: {e}");
    let privada_pem = match frase {
        Some(f) => {
            use rand_core::RngCore;
            let (mut sal, mut iv) = ([0u8; 16], [0u8; 16]);
            rand_core::OsRng.fill_bytes(&mut sal);
            rand_core::OsRng.fill_bytes(&mut iv);
            let parametros =
                pkcs8::pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(ITERACIONES, &sal, &iv)
                    .map_err(|e| no_se_pudo(&e))?;
            let der = clave.to_pkcs8_der().map_err(|e| no_se_pudo(&e))?;
            let cifrada = pkcs8::PrivateKeyInfo::try_from(der.as_bytes())
                .and_then(|info| info.encrypt_with_params(parametros, f))
                .map_err(|e| no_se_pudo(&e))?;
            cifrada
                .to_pem("ENCRYPTED PRIVATE KEY", LineEnding::LF)
                .map_err(|e| no_se_pudo(&e))?
                .to_string()
        }
        None => clave
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| no_se_pudo(&e))?
            .to_string(),
    };
    let publica = clave.verifying_key();
    let publica_pem = publica
        .to_public_key_pem(LineEnding::LF)
        .map_err(|e| format!("no se pudo escribir la clave pública: {e}"))?;
    Ok(ParDeClaves {
        privada_pem,
        publica_jwk: jwk(&publica),
        publica_pem,
        did: did_key(&publica),
    })
}

/// Si un PEM de clave privada está cifrado (pide frase de paso).
pub fn esta_cifrada(pem: &str) -> bool {
    pem.contains("ENCRYPTED PRIVATE KEY")
}

/// Lee la clave privada (con su frase de paso, si está cifrada).
pub fn leer_privada(pem: &str, frase: Option<&str>) -> Result<SigningKey, String> {
    if esta_cifrada(pem) {
        let Some(f) = frase else {
            return Err("la clave privada está cifrada: hace falta su frase de paso".into());
        };
        SigningKey::from_pkcs8_encrypted_pem(pem, f).map_err(|_| {
            "no se pudo abrir la clave privada: la frase de paso no es la correcta".into()
        })
    } else {
        SigningKey::from_pkcs8_pem(pem).map_err(|_| {
            "no es una clave privada Ed25519 en PEM (PKCS#8): use la que creó «protocolo claves nueva»"
                .into()
        })
    }
}

/// Lee una clave pública JWK (`kty` OKP, `crv` Ed25519).
pub fn leer_publica(texto: &str) -> Result<VerifyingKey, String> {
    let ajena = || {
        "no es una clave pública Ed25519 en JWK: use la que creó «protocolo claves nueva»"
            .to_string()
    };
    let v: Value =
        crate::formato::leer(texto).map_err(|e| format!("clave pública ilegible: {e}"))?;
    if v.get("kty").and_then(Value::as_str) != Some("OKP")
        || v.get("crv").and_then(Value::as_str) != Some("Ed25519")
    {
        return Err(ajena());
    }
    let x = v.get("x").and_then(Value::as_str).ok_or_else(ajena)?;
    let bytes = Base64UrlUnpadded::decode_vec(x).map_err(|_| ajena())?;
    let bytes: [u8; 32] = bytes.try_into().map_err(|_| ajena())?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| ajena())
}

/// Una fecha Unix como ISO 8601 en UTC («2026-12-02T15:30:00Z»).
pub fn iso(segundos: u64) -> String {
    let fecha = time::OffsetDateTime::from_unix_timestamp(segundos as i64)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    fecha
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Firma un expediente: comprueba que es válido, de este motor y aprobado, y
/// devuelve el certificado (la credencial y el expediente) emitido en `ahora`
/// (segundos Unix) y válido por `dias`.
pub fn firmar(
    expediente: &str,
    clave: &SigningKey,
    nombre_emisor: &str,
    ahora: u64,
    dias: u32,
) -> Result<Certificado, String> {
    let e = para_firmar(expediente)?;
    let publica = clave.verifying_key();
    let emisor = Emisor {
        id: did_key(&publica),
        nombre: nombre_emisor.to_string(),
    };
    let hasta = ahora + u64::from(dias) * 86_400;
    let contenido = credencial(&e, &emisor, (ahora, &iso(ahora)), (hasta, &iso(hasta)));
    let mut cabecera = Header::new(Algorithm::EdDSA);
    cabecera.typ = Some("JWT".into());
    cabecera.kid = cabecera_jws(&emisor.id)["kid"].as_str().map(str::to_string);
    let der = clave
        .to_pkcs8_der()
        .map_err(|e| format!("clave privada inservible: {e}"))?;
    let credencial = jsonwebtoken::encode(
        &cabecera,
        &contenido,
        &EncodingKey::from_ed_der(der.as_bytes()),
    )
    .map_err(|e| format!("no se pudo firmar: {e}"))?;
    Ok(Certificado::nuevo(credencial, e))
}

/// El resultado de verificar un certificado.
#[derive(Debug, Clone)]
pub struct VerificacionCertificado {
    /// Pasó todas las comprobaciones.
    pub valido: bool,
    /// La primera comprobación que falló, en español.
    pub problema: Option<String>,
    /// Lo que sí se comprobó, en orden, para mostrarlo.
    pub comprobado: Vec<&'static str>,
    /// El certificado leído, si se pudo leer.
    pub certificado: Option<Certificado>,
    /// El nombre del emisor según la credencial.
    pub emisor: Option<String>,
    /// Hasta cuándo vale (ISO 8601).
    pub vence: Option<String>,
}

/// Verifica un certificado con la clave pública del emisor y el reloj `ahora`
/// (segundos Unix), en el orden del módulo, y se detiene en el primer fallo.
pub fn verificar_certificado(
    texto: &str,
    publica: &VerifyingKey,
    ahora: u64,
) -> VerificacionCertificado {
    let mut r = VerificacionCertificado {
        valido: false,
        problema: None,
        comprobado: Vec::new(),
        certificado: None,
        emisor: None,
        vence: None,
    };
    let c = match Certificado::leer(texto) {
        Ok(c) => c,
        Err(m) => {
            r.problema = Some(m);
            return r;
        }
    };
    // 1. la firma, con la clave del emisor (sin mirar todavía fechas ni contenido)
    let mut validacion = Validation::new(Algorithm::EdDSA);
    validacion.validate_exp = false;
    validacion.validate_nbf = false;
    validacion.validate_aud = false;
    validacion.required_spec_claims.clear();
    let clave = DecodingKey::from_ed_der(publica.as_bytes());
    let resultado = jsonwebtoken::decode::<Value>(&c.credencial, &clave, &validacion)
        .map_err(|_| {
            "la firma no corresponde a la clave pública del emisor: el certificado fue alterado o lo firmó otra clave"
                .to_string()
        })
        .and_then(|d| {
            let contenido = d.claims;
            let texto = |puntero: &str| {
                contenido
                    .pointer(puntero)
                    .and_then(Value::as_str)
                    .map(str::to_string)
            };
            r.emisor = texto("/issuer/name");
            r.vence = texto("/validUntil");
            // la firma sí se comprobó: si lo siguiente falla, se dice
            verificar_tras_la_firma(&contenido, &did_key(publica), &c, ahora)
                .inspect_err(|_| r.comprobado = vec!["firma del emisor"])
        });
    match resultado {
        Ok(hecho) => {
            r.comprobado = hecho;
            r.valido = true;
        }
        Err(m) => r.problema = Some(m),
    }
    r.certificado = Some(c);
    r
}
