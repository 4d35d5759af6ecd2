//! El almacenamiento del navegador, las descargas y la lectura de archivos.
//! Cada fallo es un mensaje en español, nunca un pánico.
//!
//! Archivos y descargas van con `gloo-file` (Blob, ObjectUrl, FileReader).
//! El almacenamiento sigue con `web_sys::Storage` directamente: el
//! `LocalStorage` de `gloo-storage` lanza una excepción cuando el navegador
//! niega el almacenamiento (modo privado, cookies bloqueadas), y aquí el
//! intento debe seguir en memoria; además sus `get`/`set` pasan por su propio
//! serde_json, y los valores guardados se leen con `protocolo::formato` para
//! apartar un valor dañado con un mensaje que diga qué tiene.

use wasm_bindgen::JsCast;

/// El intento en curso (su transcripción), guardado después de cada turno.
pub const CLAVE_INTENTO: &str = "entrenador-protocolo/intento-en-curso";
/// El nombre de la persona en formación y cómo prefiere que la traten.
pub const CLAVE_PERFIL: &str = "entrenador-protocolo/perfil";
/// Cada intento terminado (versionado, ver `protocolo::historial`).
pub const CLAVE_HISTORIAL: &str = "entrenador-protocolo/historial";
/// La certificación en curso.
pub const CLAVE_CERTIFICACION: &str = "entrenador-protocolo/certificacion";
/// Las certificaciones terminadas antes de la actual, una por clave y en el
/// mismo formato que la actual: `entrenador-protocolo/certificacion-anterior/1`, `/2`…
pub const PREFIJO_CERTIFICADOS: &str = "entrenador-protocolo/certificacion-anterior/";

/// Adónde se mueve, sin perderse, un valor guardado que no se pudo leer:
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

/// Guarda un valor; el error dice por qué no se pudo.
pub fn guardar(clave: &str, valor: &str) -> Result<(), String> {
    almacen()?
        .set_item(clave, valor)
        .map_err(|_| "el almacenamiento del navegador está lleno o no disponible".to_string())
}

/// Borra un valor (si no se puede, no pasa nada).
pub fn borrar(clave: &str) {
    if let Ok(a) = almacen() {
        let _ = a.remove_item(clave);
    }
}

/// Las claves guardadas `prefijo` + número, con su número, de menor a mayor.
pub fn claves_numeradas(prefijo: &str) -> Vec<(u32, String)> {
    let Ok(a) = almacen() else {
        return Vec::new();
    };
    let mut v: Vec<(u32, String)> = (0..a.length().unwrap_or(0))
        .filter_map(|i| a.key(i).ok().flatten())
        .filter_map(|k| Some((k.strip_prefix(prefijo)?.parse().ok()?, k)))
        .collect();
    protocolo::orden::ordenar(&mut v, |a, b| a.0.cmp(&b.0));
    v
}

/// Lee un valor guardado; `None` si no hay.
pub fn leer(clave: &str) -> Result<Option<String>, String> {
    almacen()?
        .get_item(clave)
        .map_err(|_| "no se pudo leer el almacenamiento del navegador".to_string())
}

/// Ofrece `contenido` como un archivo para descargar.
pub fn descargar(nombre: &str, contenido: &str, tipo: &str) -> Result<(), String> {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(contenido, Some(tipo)));
    let enlace: web_sys::HtmlAnchorElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or("no se pudo preparar la descarga")?;
    enlace.set_href(&url);
    enlace.set_download(nombre);
    enlace.click();
    // el ObjectUrl se revoca al soltarse, ya iniciada la descarga
    Ok(())
}

/// La semilla de un intento nuevo (el motor nunca saca azar por su cuenta):
/// `?semilla=N` en la dirección repite una variante conocida (formadores,
/// pruebas); si no, una al azar.
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

/// La fecha y hora del dispositivo, ISO 8601 (UTC).
pub fn ahora_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Un archivo más grande se rechaza antes de leerlo.
pub const MAX_ARCHIVO: f64 = 5.0 * 1024.0 * 1024.0;

/// Lee como texto un archivo elegido o soltado; uno demasiado grande o
/// ilegible da un mensaje en español.
pub async fn leer_archivo(archivo: web_sys::File) -> Result<String, String> {
    let archivo = gloo_file::File::from(archivo);
    if archivo.size() as f64 > MAX_ARCHIVO {
        return Err(format!(
            "«{}» pesa más de 5 MB: no es un expediente",
            archivo.name()
        ));
    }
    gloo_file::futures::read_as_text(&archivo)
        .await
        .map_err(|_| format!("no se pudo leer «{}» como texto", archivo.name()))
}

/// Trae un archivo de la aplicación (relativo a la página); el error dice
/// por qué no llegó.
pub async fn traer(ruta: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen_futures::JsFuture;
    let ventana = web_sys::window().ok_or("no hay ventana del navegador")?;
    let respuesta: web_sys::Response = JsFuture::from(ventana.fetch_with_str(ruta))
        .await
        .map_err(|_| "no hay conexión".to_string())?
        .dyn_into()
        .map_err(|_| "respuesta inesperada".to_string())?;
    if !respuesta.ok() {
        return Err(format!("el servidor respondió {}", respuesta.status()));
    }
    let datos = respuesta
        .array_buffer()
        .map_err(|_| "respuesta ilegible".to_string())?;
    let datos = JsFuture::from(datos)
        .await
        .map_err(|_| "la respuesta se cortó".to_string())?;
    Ok(js_sys::Uint8Array::new(&datos).to_vec())
}

/// Los archivos de una lista (de un campo de archivo o de lo soltado).
pub fn archivos(lista: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(lista) = lista else {
        return Vec::new();
    };
    (0..lista.length()).filter_map(|i| lista.get(i)).collect()
}
