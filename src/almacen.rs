//! Browser storage and downloads. Every failure is a Spanish message, never a panic.

use wasm_bindgen::JsCast;

/// The attempt in progress (its transcript), saved after every turn.
pub const CLAVE_INTENTO: &str = "entrenador-protocolo/intento-en-curso";
/// The trainee's name and preferred address.
pub const CLAVE_PERFIL: &str = "entrenador-protocolo/perfil";
/// Every finished attempt (versioned, see `protocolo::historial`).
pub const CLAVE_HISTORIAL: &str = "entrenador-protocolo/historial";
/// The certification in progress.
pub const CLAVE_CERTIFICACION: &str = "entrenador-protocolo/certificacion";

/// Where a stored value that could not be read is moved, not lost:
/// `entrenador-protocolo/apartado/intento-en-curso`.
pub fn clave_apartada(clave: &str) -> String {
    clave.replacen("entrenador-protocolo/", "entrenador-protocolo/apartado/", 1)
}

fn almacen() -> Result<web_sys::Storage, String> {
    let ventana = web_sys::window().ok_or("no hay ventana del navegador")?;
    match ventana.local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err("el navegador no permite guardar datos (¿modo privado?)".into()),
    }
}

pub fn leer(clave: &str) -> Result<Option<String>, String> {
    almacen()?
        .get_item(clave)
        .map_err(|_| "no se pudo leer el almacenamiento del navegador".to_string())
}

pub fn guardar(clave: &str, valor: &str) -> Result<(), String> {
    almacen()?
        .set_item(clave, valor)
        .map_err(|_| "el almacenamiento del navegador está lleno o no disponible".to_string())
}

pub fn borrar(clave: &str) {
    if let Ok(a) = almacen() {
        let _ = a.remove_item(clave);
    }
}

/// Offers `contenido` as a file download.
pub fn descargar(nombre: &str, contenido: &str, tipo: &str) -> Result<(), String> {
    let fallo = |_| "no se pudo preparar la descarga".to_string();
    let partes = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contenido));
    let opciones = web_sys::BlobPropertyBag::new();
    opciones.set_type(tipo);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&partes, &opciones).map_err(fallo)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fallo)?;
    let documento = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no hay documento")?;
    let enlace: web_sys::HtmlAnchorElement = documento
        .create_element("a")
        .map_err(fallo)?
        .dyn_into()
        .map_err(|_| "no se pudo preparar la descarga".to_string())?;
    enlace.set_href(&url);
    enlace.set_download(nombre);
    enlace.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A seed for a new attempt (the engine itself never draws randomness):
/// `?semilla=N` in the address replays a known variant (trainers, tests),
/// otherwise a random one.
pub fn semilla_nueva() -> u64 {
    semilla_de_la_direccion().unwrap_or_else(|| (js_sys::Math::random() * 4_294_967_296.0) as u64)
}

fn semilla_de_la_direccion() -> Option<u64> {
    let busqueda = web_sys::window()?.location().search().ok()?;
    busqueda
        .trim_start_matches('?')
        .split('&')
        .filter_map(|par| par.split_once('='))
        .find(|(k, _)| *k == "semilla")
        .and_then(|(_, v)| v.parse().ok())
}

/// The device's date and time, ISO 8601 (UTC).
pub fn ahora_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Files larger than this are refused before reading.
pub const MAX_ARCHIVO: f64 = 5.0 * 1024.0 * 1024.0;

/// Reads a picked or dropped file as text; too large or unreadable files
/// give a Spanish message.
pub async fn leer_archivo(archivo: web_sys::File) -> Result<String, String> {
    if archivo.size() > MAX_ARCHIVO {
        return Err(format!(
            "«{}» pesa más de 5 MB: no es un expediente",
            archivo.name()
        ));
    }
    let promesa = archivo.text();
    let valor = wasm_bindgen_futures::JsFuture::from(promesa)
        .await
        .map_err(|_| format!("no se pudo leer «{}»", archivo.name()))?;
    valor
        .as_string()
        .ok_or_else(|| format!("«{}» no es texto", archivo.name()))
}

/// The files of a file list (from an input or a drop).
pub fn archivos(lista: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(lista) = lista else {
        return Vec::new();
    };
    (0..lista.length()).filter_map(|i| lista.get(i)).collect()
}
