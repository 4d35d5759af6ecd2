//! Los certificados en el navegador, solo en la aplicación de RR. HH.:
//! - verificar: la firma Ed25519 la comprueba la Web Crypto API (el wasm no
//!   lleva criptografía de curvas), y lo demás (fechas, expediente citado,
//!   persona, recalificación) el motor, con
//!   [`protocolo::certificado::verificar_tras_la_firma`]. La clave pública del
//!   emisor es la que publica la instalación (`emisor.jwk`, junto a la
//!   aplicación) o la que elige quien verifica;
//! - firmar (página de Revisión): la clave privada se lee del archivo que elige
//!   RR. HH., se abre con su frase de paso (PBKDF2 y AES-CBC de la Web Crypto
//!   API), firma y se olvida: nunca se guarda.

use protocolo::certificado::{
    cabecera_jws, credencial, para_firmar, verificar_tras_la_firma, Certificado, Emisor,
};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/bin/rrhh/firma.js")]
extern "C" {
    async fn clave_publicada() -> JsValue;
    async fn verificar_jws(jwk: &str, token: &str) -> JsValue;
    #[wasm_bindgen(js_name = preparar_clave)]
    async fn preparar_clave_js(pem: &str, frase: &str) -> JsValue;
    async fn firmar_jws(cabecera: &str, contenido: &str) -> JsValue;
    #[wasm_bindgen(js_name = olvidar_clave)]
    fn olvidar_clave_js();
    fn fecha_iso(segundos: f64) -> String;
}

/// El resultado de verificar un certificado en el navegador.
#[derive(Debug, Clone, PartialEq)]
pub struct Resultado {
    /// Pasó todo.
    pub valido: bool,
    /// Lo que se comprobó, en orden.
    pub comprobado: Vec<&'static str>,
    /// El primer fallo.
    pub problema: Option<String>,
    /// La persona, el expediente y la validez, para mostrarlos.
    pub datos: Option<String>,
}

fn texto(v: &JsValue, clave: &str) -> Option<String> {
    js_sys::Reflect::get(v, &JsValue::from_str(clave))
        .ok()
        .and_then(|x| x.as_string())
}

/// La clave pública del emisor que publica esta instalación, si la hay.
pub async fn clave_de_la_instalacion() -> Option<String> {
    clave_publicada()
        .await
        .as_string()
        .filter(|t| !t.trim().is_empty())
}

/// Verifica el certificado `texto` con la clave pública `jwk` y el reloj del
/// dispositivo, en el orden de la línea de comandos.
pub async fn verificar(texto_certificado: &str, jwk: &str) -> Resultado {
    let mut r = Resultado {
        valido: false,
        comprobado: Vec::new(),
        problema: None,
        datos: None,
    };
    let c = match Certificado::leer(texto_certificado) {
        Ok(c) => c,
        Err(m) => {
            r.problema = Some(m);
            return r;
        }
    };
    let e = &c.expediente;
    r.datos = Some(format!(
        "{} · cédula {} · expediente {} · total {}",
        // (un control de dirección en el nombre se ve: no lo invierte)
        protocolo::texto::controles_bidi_visibles(&e.participante.nombre),
        e.participante.cedula,
        e.codigo,
        e.total
    ));
    let firma = verificar_jws(jwk, &c.credencial).await;
    if let Some(m) = texto(&firma, "error") {
        r.problema = Some(m);
        return r;
    }
    let contenido: serde_json::Value =
        match serde_json::from_str(&texto(&firma, "contenido").unwrap_or_default()) {
            Ok(v) => v,
            Err(_) => {
                r.problema = Some("la credencial firmada no es JSON".into());
                return r;
            }
        };
    let emisor = texto(&firma, "emisor").unwrap_or_default();
    let ahora = (js_sys::Date::now() / 1000.0) as u64;
    if let Some(nombre) = contenido.pointer("/issuer/name").and_then(|v| v.as_str()) {
        let vence = contenido
            .get("validUntil")
            .and_then(|v| v.as_str())
            .unwrap_or("");
        r.datos = r.datos.map(|d| {
            format!(
                "{d} · emitido por {nombre} · válido hasta {}",
                &vence[..vence.len().min(10)]
            )
        });
    }
    match verificar_tras_la_firma(&contenido, &emisor, &c, ahora) {
        Ok(hecho) => {
            r.comprobado = hecho;
            r.valido = true;
        }
        Err(m) => {
            r.comprobado.push("firma del emisor");
            r.problema = Some(m);
        }
    }
    r
}

/// Lee la clave privada de RR. HH. (con su frase de paso, si está cifrada) y
/// la deja lista para firmar; devuelve el `did:key` del emisor.
pub async fn preparar_clave(pem: &str, frase: &str) -> Result<String, String> {
    let r = preparar_clave_js(pem, frase).await;
    match (texto(&r, "did"), texto(&r, "error")) {
        (Some(did), _) => Ok(did),
        (_, Some(m)) => Err(m),
        _ => Err("no se pudo preparar la clave".into()),
    }
}

/// Olvida la clave privada: después de firmar no queda en ninguna parte.
pub fn olvidar_clave() {
    olvidar_clave_js();
}

/// Firma un expediente con la clave preparada (`emisor` es su `did:key`):
/// el nombre del archivo del certificado y su texto, o por qué no se firma.
pub async fn firmar(
    expediente: &str,
    emisor: &str,
    nombre_emisor: &str,
    dias: u32,
) -> Result<(String, String), String> {
    let e = para_firmar(expediente)?;
    let desde = (js_sys::Date::now() / 1000.0) as u64;
    let hasta = desde + u64::from(dias) * 86_400;
    let contenido = credencial(
        &e,
        &Emisor {
            id: emisor.to_string(),
            nombre: nombre_emisor.to_string(),
        },
        (desde, &fecha_iso(desde as f64)),
        (hasta, &fecha_iso(hasta as f64)),
    );
    let r = firmar_jws(&cabecera_jws(emisor).to_string(), &contenido.to_string()).await;
    let jws = texto(&r, "jws")
        .ok_or_else(|| texto(&r, "error").unwrap_or_else(|| "no se pudo firmar".into()))?;
    let nombre = format!("certificado-{}.json", e.codigo);
    let c = Certificado::nuevo(jws, e);
    Ok((nombre, c.escribir()))
}
