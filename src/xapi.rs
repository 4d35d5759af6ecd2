//! Los resultados de una certificación van solos a un Learning Record Store
//! (xAPI): al comenzar, al terminar cada escenario y al final, con el
//! expediente entero. Adónde, lo dice un lanzamiento cmi5 (el LMS abre la
//! aplicación con `endpoint`, `fetch`, `actor`, `registration` y
//! `activityId`) o la configuración que RR. HH. guardó en este navegador
//! para una sesión vigilada (`rrhh.html#/lrs`). Sin ninguno de los dos no se
//! envía nada.
//!
//! Quien arma las declaraciones y las envía es el módulo LRS
//! (`src/bin/lrs/`): un wasm aparte que `lrs.js` carga solo cuando hay un
//! LRS o algo esperando, para que la primera carga de quien solo practica no
//! lo lleve. Aquí queda lo que la aplicación de formación necesita siempre
//! (avisar al módulo, mostrar lo que espera, el nombre de un lanzamiento
//! cmi5) y lo que usa la de RR. HH. (la configuración y las solicitudes).

use crate::almacen;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/lrs.js")]
extern "C" {
    #[wasm_bindgen(js_name = alCambiarCertificacion)]
    fn al_cambiar_certificacion_js();
    #[wasm_bindgen(js_name = reanudar)]
    fn reanudar_js();
    #[wasm_bindgen(js_name = hayLanzamiento)]
    fn hay_lanzamiento_js() -> bool;
    #[wasm_bindgen(js_name = nombreDelLanzamiento)]
    fn nombre_del_lanzamiento_js() -> String;
}

/// El LRS que configuró RR. HH. en este navegador (lo lee también el módulo LRS).
pub const CLAVE_AJUSTES: &str = "entrenador-protocolo/lrs";
/// El evento con que el módulo LRS dice lo que espera.
const EVENTO: &str = "entrenador-protocolo:lrs";

/// La certificación guardada cambió: el módulo LRS (si hay un LRS) pone en
/// la cola las declaraciones que todavía no puso.
pub fn al_cambiar_certificacion() {
    al_cambiar_certificacion_js();
}

/// Si la dirección trae un lanzamiento cmi5 (bueno o malo: el módulo LRS
/// lo valida y dice qué falla).
pub fn hay_lanzamiento() -> bool {
    hay_lanzamiento_js()
}

/// El nombre de la persona según el lanzamiento cmi5.
pub fn nombre_del_lanzamiento() -> Option<String> {
    Some(nombre_del_lanzamiento_js()).filter(|n| !n.is_empty())
}

/// El formato de la configuración guardada.
pub const FORMATO_AJUSTES: &str = "entrenador-protocolo/lrs";

/// El LRS de una sesión vigilada: dirección y credenciales Basic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AjustesLrs {
    pub formato: String,
    pub version: u32,
    /// La dirección del LRS (termina en `/`, por ejemplo `…/xAPI/`).
    pub endpoint: String,
    pub usuario: String,
    pub clave: String,
}

impl AjustesLrs {
    /// Valida lo que escribió RR. HH.; el error dice qué corregir.
    pub fn nuevos(endpoint: &str, usuario: &str, clave: &str) -> Result<AjustesLrs, String> {
        let mut endpoint = endpoint.trim().to_string();
        if !(endpoint.starts_with("http://") || endpoint.starts_with("https://"))
            || endpoint.chars().any(char::is_whitespace)
        {
            return Err("La dirección del LRS debe empezar con http:// o https://".into());
        }
        if !endpoint.ends_with('/') {
            endpoint.push('/');
        }
        if usuario.trim().is_empty() || clave.is_empty() {
            return Err("Faltan el usuario o la clave del LRS".into());
        }
        Ok(AjustesLrs {
            formato: FORMATO_AJUSTES.into(),
            version: 1,
            endpoint,
            usuario: usuario.trim().into(),
            clave: clave.into(),
        })
    }

    /// El encabezado `Authorization`.
    pub fn autorizacion(&self) -> String {
        basic(&format!("{}:{}", self.usuario, self.clave))
    }
}

/// `Basic` con base64 del texto en UTF-8 (con `btoa`, que toma bytes como
/// caracteres de U+0000 a U+00FF).
fn basic(texto: &str) -> String {
    let bytes: String = texto.bytes().map(char::from).collect();
    let b64 = web_sys::window()
        .and_then(|w| w.btoa(&bytes).ok())
        .unwrap_or_default();
    format!("Basic {b64}")
}

/// La configuración que guardó RR. HH., si hay y se puede leer.
pub fn ajustes() -> Option<AjustesLrs> {
    let texto = almacen::leer(CLAVE_AJUSTES).ok()??;
    protocolo::formato::leer::<AjustesLrs>(&texto)
        .ok()
        .filter(|a| a.formato == FORMATO_AJUSTES)
}

/// Guarda (o con `None` olvida) la configuración del LRS.
pub fn guardar_ajustes(a: Option<&AjustesLrs>) -> Result<(), String> {
    match a {
        Some(a) => almacen::guardar(CLAVE_AJUSTES, &protocolo::formato::escribir(a)),
        None => {
            almacen::borrar(CLAVE_AJUSTES);
            Ok(())
        }
    }
}

/// Lo que la página muestra del envío.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Envio {
    /// Cuántas declaraciones esperan.
    pub pendientes: usize,
    /// Cuántas rechazó el LRS por su contenido (guardadas aparte).
    pub rechazadas: usize,
    /// Por qué esperan, si se sabe.
    pub problema: Option<String>,
    /// Qué falla en el enlace de un lanzamiento cmi5.
    pub lanzamiento: Option<String>,
}

/// Una solicitud HTTP a un LRS o al LMS: el código y el texto de la
/// respuesta, o `Err` si no hubo respuesta (sin red, sin servidor, CORS).
pub async fn pedir(
    metodo: &str,
    url: &str,
    autorizacion: Option<&str>,
    cuerpo: Option<&str>,
) -> Result<(u16, String), ()> {
    let opciones = web_sys::RequestInit::new();
    opciones.set_method(metodo);
    let encabezados = web_sys::Headers::new().map_err(|_| ())?;
    encabezados
        .set("X-Experience-API-Version", "1.0.3")
        .map_err(|_| ())?;
    if let Some(a) = autorizacion {
        encabezados.set("Authorization", a).map_err(|_| ())?;
    }
    if let Some(c) = cuerpo {
        encabezados
            .set("Content-Type", "application/json")
            .map_err(|_| ())?;
        opciones.set_body(&c.into());
    }
    opciones.set_headers(&encabezados);
    let solicitud = web_sys::Request::new_with_str_and_init(url, &opciones).map_err(|_| ())?;
    let ventana = web_sys::window().ok_or(())?;
    let respuesta: web_sys::Response = JsFuture::from(ventana.fetch_with_request(&solicitud))
        .await
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    let texto = match respuesta.text() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok((respuesta.status(), texto))
}

/// Al abrir la aplicación: si hay un LRS o algo esperando, el módulo LRS
/// dice lo que quedó esperando y lo reintenta (también al volver la
/// conexión), y valida un lanzamiento cmi5; la página lo muestra.
pub fn reanudar(envio: RwSignal<Envio>) {
    let _ = window_event_listener_untyped(EVENTO, move |ev| {
        let Some(detalle) = ev
            .dyn_ref::<web_sys::CustomEvent>()
            .map(web_sys::CustomEvent::detail)
        else {
            return;
        };
        let campo = |nombre: &str| js_sys::Reflect::get(&detalle, &nombre.into()).ok();
        let numero = |nombre: &str| campo(nombre).and_then(|v| v.as_f64()).unwrap_or(0.0) as usize;
        envio.set(Envio {
            pendientes: numero("pendientes"),
            rechazadas: numero("rechazadas"),
            problema: campo("problema")
                .and_then(|v| v.as_string())
                .filter(|p| !p.is_empty()),
            lanzamiento: campo("lanzamiento")
                .and_then(|v| v.as_string())
                .filter(|p| !p.is_empty()),
        });
    });
    reanudar_js();
}
