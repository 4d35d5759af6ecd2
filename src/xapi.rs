//! Los resultados de una certificación van solos a un Learning Record Store
//! (xAPI): al comenzar, al terminar cada escenario y al final, con el
//! expediente entero. Adónde, lo dice un lanzamiento cmi5 (el LMS abre la
//! aplicación con `endpoint`, `fetch`, `actor`, `registration` y
//! `activityId`) o la configuración que RR. HH. guardó en este navegador
//! para una sesión vigilada (`rrhh.html#/lrs`). Sin ninguno de los dos no se
//! envía nada.
//!
//! Quien arma las declaraciones y las envía es el módulo LRS
//! (`src/bin/lrs/`): un wasm aparte que `navegador.js` carga solo cuando hay un
//! LRS o algo esperando, para que la primera carga de quien solo practica no
//! lo lleve. Aquí queda lo que la aplicación de formación necesita siempre:
//! avisar al módulo, mostrar lo que espera y el nombre de un lanzamiento
//! cmi5. La configuración del LRS es de la aplicación de RR. HH.
//! (`src/bin/rrhh/lrs.rs`).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/navegador.js")]
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
