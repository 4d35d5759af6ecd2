//! La verificación de un certificado en el navegador: la firma Ed25519 la
//! comprueba la Web Crypto API (el wasm no lleva criptografía de curvas), y lo
//! demás (fechas, expediente citado, persona, recalificación) el motor, con
//! [`protocolo::certificado::verificar_tras_la_firma`]. La clave pública del
//! emisor es la que publica la instalación (`emisor.jwk`, junto a la
//! aplicación) o la que elige quien verifica.

use protocolo::certificado::{verificar_tras_la_firma, Certificado};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export async function clave_publicada() {
  try {
    const r = await fetch('emisor.jwk', { cache: 'no-store' });
    return r.ok ? await r.text() : '';
  } catch (e) {
    return '';
  }
}
export async function verificar_jws(jwk_texto, token) {
  try {
    const jwk = JSON.parse(jwk_texto);
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
      return { error: 'la clave del emisor no es una clave pública Ed25519 (JWK)' };
    }
    const partes = token.split('.');
    if (partes.length !== 3) return { error: 'la credencial no es un JWS compacto' };
    const bytes = (t) => Uint8Array.from(
      atob(t.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - t.length % 4) % 4)),
      (c) => c.charCodeAt(0));
    const cabecera = JSON.parse(new TextDecoder().decode(bytes(partes[0])));
    if (cabecera.alg !== 'EdDSA') return { error: 'la credencial no está firmada con EdDSA' };
    let clave;
    try {
      clave = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
        { name: 'Ed25519' }, false, ['verify']);
    } catch (e) {
      return { error: 'este navegador no puede verificar firmas Ed25519: use uno reciente o «protocolo verificar»' };
    }
    const firma = bytes(partes[2]);
    const mensaje = new TextEncoder().encode(partes[0] + '.' + partes[1]);
    if (!(await crypto.subtle.verify({ name: 'Ed25519' }, clave, firma, mensaje))) {
      return { error: 'la firma no corresponde a la clave pública del emisor: el certificado fue alterado o lo firmó otra clave' };
    }
    return { contenido: new TextDecoder().decode(bytes(partes[1])), emisor: jwk.kid || '' };
  } catch (e) {
    return { error: 'la credencial o la clave del emisor están dañadas' };
  }
}
"#)]
extern "C" {
    async fn clave_publicada() -> JsValue;
    async fn verificar_jws(jwk: &str, token: &str) -> JsValue;
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
        e.participante.nombre, e.participante.cedula, e.codigo, e.total
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
