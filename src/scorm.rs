//! SCORM 1.2 dentro de un LMS (Moodle y sus pares): la aplicación busca el
//! API del LMS (subiendo por `parent` y luego por `opener`), lo inicia, toma
//! el nombre de la persona del LMS, abre el modo que dicen los datos de
//! lanzamiento (`cmi.launch_data`: `modo=certificacion` o `modo=practica`) y
//! al terminar cada intento escribe el puntaje, el estado y el tiempo de la
//! sesión, y confirma (`LMSCommit`). Fuera de un LMS no hace nada.
//!
//! Un LMS que responde con errores no detiene nada: el intento sigue en el
//! navegador, y el error se dice en español.

use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen(module = "/src/navegador.js")]
extern "C" {
    async fn comprimir(texto: &str) -> JsValue;
    async fn descomprimir(b64: &str) -> JsValue;
}

/// `cmi.suspend_data` no pasa de 4 096 caracteres en SCORM 1.2.
const MAX_SUSPENDIDO: usize = 4096;
/// El prefijo de lo guardado en `cmi.suspend_data`: versión 1, deflate sin
/// cabecera y base64.
const PREFIJO_SUSPENDIDO: &str = "z1:";

thread_local! {
    /// El número de la última escritura de `cmi.suspend_data` pedida: una
    /// compresión que termina tarde no pisa a una más nueva.
    static ULTIMA_ESCRITURA: Cell<u64> = const { Cell::new(0) };
}

/// El API SCORM 1.2 del LMS y cuándo empezó la sesión.
struct Lms {
    api: js_sys::Object,
    inicio: f64,
    terminado: bool,
}

impl Lms {
    /// `LMSFinish`: después ya no se llama al API.
    fn terminar(&mut self) {
        let _ = llamar(&self.api, "LMSFinish", &[""]);
        self.terminado = true;
    }
}

thread_local! {
    static LMS: RefCell<Option<Lms>> = const { RefCell::new(None) };
}

/// El objeto `API` en `ventana` o en sus `parent`, hasta 10 niveles.
fn api_en(ventana: &web_sys::Window) -> Option<js_sys::Object> {
    let mut actual: JsValue = ventana.clone().into();
    for _ in 0..10 {
        if let Ok(api) = js_sys::Reflect::get(&actual, &JsValue::from_str("API")) {
            // el API es de otra ventana (otro «realm»): `instanceof Object` no sirve
            if api.is_object() {
                return Some(api.unchecked_into());
            }
        }
        let padre = js_sys::Reflect::get(&actual, &JsValue::from_str("parent")).ok()?;
        if padre.is_undefined() || padre.is_null() || js_sys::Object::is(&padre, &actual) {
            return None;
        }
        actual = padre;
    }
    None
}

/// Busca el API del LMS: en esta ventana y sus `parent`, y si no, en las de
/// `opener`.
fn buscar_api() -> Option<js_sys::Object> {
    let w = web_sys::window()?;
    api_en(&w).or_else(|| {
        let abridor = w.opener().ok()?;
        if abridor.is_null() || abridor.is_undefined() {
            return None;
        }
        api_en(&abridor.unchecked_into())
    })
}

/// Llama a `nombre` del API con `args` (texto); `None` si no existe o falla.
fn llamar(api: &js_sys::Object, nombre: &str, args: &[&str]) -> Option<String> {
    let f = js_sys::Reflect::get(api, &JsValue::from_str(nombre)).ok()?;
    if !f.is_function() {
        return None;
    }
    let f: js_sys::Function = f.unchecked_into();
    let lista = js_sys::Array::new();
    for a in args {
        lista.push(&JsValue::from_str(a));
    }
    let r = f.apply(api, &lista).ok()?;
    Some(r.as_string().unwrap_or_else(|| {
        if r.as_bool() == Some(true) {
            "true".into()
        } else {
            String::new()
        }
    }))
}

/// Conecta con el LMS si la aplicación corre dentro de uno; devuelve si hay LMS.
pub fn conectar() -> bool {
    let Some(api) = buscar_api() else {
        return false;
    };
    if llamar(&api, "LMSInitialize", &[""]).as_deref() != Some("true") {
        web_sys::console::warn_1(
            &"Entrenador de Protocolo: el LMS no aceptó iniciar la sesión SCORM; el intento sigue en el navegador."
                .into(),
        );
        return false;
    }
    LMS.with(|l| {
        *l.borrow_mut() = Some(Lms {
            api,
            inicio: js_sys::Date::now(),
            terminado: false,
        })
    });
    true
}

/// Si la aplicación corre dentro de un LMS.
pub fn hay_lms() -> bool {
    LMS.with(|l| l.borrow().as_ref().is_some_and(|x| !x.terminado))
}

fn leer(elemento: &str) -> Option<String> {
    LMS.with(|l| {
        let l = l.borrow();
        let lms = l.as_ref().filter(|x| !x.terminado)?;
        llamar(&lms.api, "LMSGetValue", &[elemento]).filter(|v| !v.is_empty())
    })
}

/// El nombre de la persona según el LMS («Solís Mora, Ana» → «Ana Solís Mora»).
pub fn nombre_de_la_persona() -> Option<String> {
    let n = leer("cmi.core.student_name")?;
    Some(match n.split_once(',') {
        Some((apellidos, nombre)) => format!("{} {}", nombre.trim(), apellidos.trim()),
        None => n.trim().to_string(),
    })
    .filter(|n| !n.is_empty())
}

/// La cédula según el LMS (su identificador de la persona), si lo es.
pub fn cedula_de_la_persona() -> Option<String> {
    protocolo::expediente::validar_cedula(&leer("cmi.core.student_id")?).ok()
}

/// El modo que piden los datos de lanzamiento: `true` si es certificación.
pub fn lanza_certificacion() -> bool {
    leer("cmi.launch_data").is_some_and(|d| {
        d.split(['&', ';', ','])
            .any(|par| par.trim() == "modo=certificacion")
    })
}

/// «HHHH:MM:SS.SS», el tiempo de SCORM 1.2.
fn tiempo_scorm(milisegundos: f64) -> String {
    let centesimas = (milisegundos / 10.0).max(0.0) as u64;
    let s = centesimas / 100;
    format!(
        "{:04}:{:02}:{:02}.{:02}",
        s / 3600,
        s / 60 % 60,
        s % 60,
        centesimas % 100
    )
}

/// Escribe el resultado de un intento y lo confirma; con `terminar`, cierra
/// la sesión SCORM (`LMSFinish`). El error del LMS, si lo hubo, en español.
pub fn registrar(total: u32, estado: &str, terminar: bool) -> Result<(), String> {
    LMS.with(|l| {
        let mut l = l.borrow_mut();
        let Some(lms) = l.as_mut().filter(|x| !x.terminado) else {
            return Ok(());
        };
        let tiempo = tiempo_scorm(js_sys::Date::now() - lms.inicio);
        let valores = [
            ("cmi.core.score.raw", total.to_string()),
            ("cmi.core.score.min", "0".to_string()),
            ("cmi.core.score.max", "100".to_string()),
            ("cmi.core.lesson_status", estado.to_string()),
            ("cmi.core.session_time", tiempo),
        ];
        let mut fallo = None;
        for (elemento, valor) in &valores {
            if llamar(&lms.api, "LMSSetValue", &[elemento, valor]).as_deref() != Some("true") {
                fallo.get_or_insert_with(|| format!("el LMS no aceptó «{elemento}»"));
            }
        }
        if llamar(&lms.api, "LMSCommit", &[""]).as_deref() != Some("true") {
            fallo.get_or_insert_with(|| "el LMS no confirmó el resultado".to_string());
        }
        if terminar {
            lms.terminar();
        }
        match fallo {
            Some(m) => Err(format!(
                "No se pudo enviar el resultado al LMS ({m}). El intento quedó guardado en este navegador."
            )),
            None => Ok(()),
        }
    })
}

/// Guarda en `cmi.suspend_data` el estado para reanudar (`texto`, JSON),
/// comprimido (deflate sin cabecera, en base64, con el prefijo «z1:»). Si no
/// cabe en los 4 096 caracteres, avisa con `al_no_caber` y no lo escribe: el
/// intento sigue guardado en el navegador.
pub fn guardar_suspendido(texto: String, al_no_caber: impl FnOnce(String) + 'static) {
    if !hay_lms() {
        return;
    }
    let numero = ULTIMA_ESCRITURA.with(|u| {
        u.set(u.get() + 1);
        u.get()
    });
    wasm_bindgen_futures::spawn_local(async move {
        let Some(b64) = comprimir(&texto).await.as_string() else {
            return;
        };
        if ULTIMA_ESCRITURA.with(|u| u.get()) != numero {
            return;
        }
        let valor = format!("{PREFIJO_SUSPENDIDO}{b64}");
        if valor.len() > MAX_SUSPENDIDO {
            al_no_caber(format!(
                "El avance ya no cabe en el LMS ({} de {MAX_SUSPENDIDO} caracteres): se guarda en este navegador, y desde otro equipo no se podrá reanudar.",
                valor.len()
            ));
            return;
        }
        LMS.with(|l| {
            if let Some(lms) = l.borrow().as_ref().filter(|x| !x.terminado) {
                let _ = llamar(&lms.api, "LMSSetValue", &["cmi.suspend_data", &valor]);
            }
        });
    });
}

/// Lo guardado para reanudar en `cmi.suspend_data`, si hay algo legible:
/// `Ok(None)` si no hay nada; `Err` con el motivo si no se pudo leer.
pub async fn leer_suspendido() -> Result<Option<String>, String> {
    let Some(valor) = leer("cmi.suspend_data") else {
        return Ok(None);
    };
    let Some(b64) = valor.strip_prefix(PREFIJO_SUSPENDIDO) else {
        return Err("lo que el LMS guardó para reanudar no es de esta aplicación".into());
    };
    match descomprimir(b64)
        .await
        .as_string()
        .filter(|t| !t.is_empty())
    {
        Some(t) => Ok(Some(t)),
        None => Err("lo que el LMS guardó para reanudar está dañado".into()),
    }
}

/// Cierra la sesión SCORM si sigue abierta (la página se va).
pub fn cerrar() {
    LMS.with(|l| {
        if let Some(lms) = l.borrow_mut().as_mut().filter(|x| !x.terminado) {
            lms.terminar();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::tiempo_scorm;

    #[test]
    fn el_tiempo_tiene_la_forma_de_scorm_12() {
        assert_eq!(tiempo_scorm(0.0), "0000:00:00.00");
        assert_eq!(tiempo_scorm(3_723_450.0), "0001:02:03.45");
    }
}
