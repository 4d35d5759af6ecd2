//! Los escenarios de fábrica, incluidos al compilar por `build.rs`: el
//! catálogo validado ([`catalogo`]), la búsqueda por id ([`buscar`]) y la
//! versión de todo el contenido ([`version_contenido`]).
//!
//! Dos caminos al mismo catálogo. Fuera del navegador (`cfg(escenarios_json)`,
//! que `engine/build.rs` activa en todo objetivo que no sea wasm: la línea de
//! comandos, las pruebas, el `build.rs` de la aplicación) se leen y validan los
//! archivos JSON la primera vez que se piden. En wasm no: el `build.rs` de la
//! aplicación valida el catálogo al compilar y lo guarda con postcard
//! ([`compilar_catalogo`]), y al arrancar lo instala ya leído
//! ([`instalar_catalogo`]). Así el wasm no lleva el lector JSON de
//! escenarios ni su validación (unos 24 KB gzip) y arranca sin leer 76 KB
//! de JSON.

use super::{ErrorEscenario, Escenario};
use std::sync::Arc;

// Los escenarios que se entregan con el motor, incluidos al compilar por build.rs:
// (id, el archivo sin espacios entre elementos, SHA-256 del archivo tal como está escrito).
include!(concat!(env!("OUT_DIR"), "/escenarios.rs"));

/// La versión de todo el contenido incluido: una huella de las huellas de
/// todos los escenarios y del reparto (sus primeras 16 cifras hexadecimales).
pub fn version_contenido() -> String {
    let mut todas: String = HUELLAS.iter().map(|(_, huella)| *huella).collect();
    todas.push_str(REPARTO_HUELLA);
    crate::huella::sha256_hex(todas.as_bytes())[..16].to_string()
}

/// Versiones de contenido anteriores que este motor califica igual. El
/// 2026-12-01 las listas de clientes, horas, servicios, comercios y
/// operadores, copiadas en los seis escenarios, pasaron a
/// `scenarios/reparto.json`: los escenarios no cambiaron, solo se escriben de
/// otra forma. Un expediente de antes se sigue verificando (las pruebas
/// `anteriores` y los informes de referencia lo comprueban).
const VERSIONES_EQUIVALENTES: &[&str] = &["99af7ddface6485d"];

/// La huella de cada archivo de escenario antes de ese cambio (ver
/// [`VERSIONES_EQUIVALENTES`]).
const HUELLAS_EQUIVALENTES: &[(&str, &str)] = &[
    (
        "servicio-completo",
        "6243e63389be6f1ea52ad0afd3dbb1ba1d007da7abc1c0b4167e099a49029fc4",
    ),
    (
        "cliente-ausente",
        "25372f735eba6e3ace902409f45b7e6293ef3af2406f312f8a489b22c4c11bcd",
    ),
    (
        "inconveniente-solucionable",
        "d693687064fb357dfa9b81d0dc2baf402ddfcfb99743c01d2ae18fa8339276cc",
    ),
    (
        "inconveniente-no-solucionable",
        "d581f8a7b3418a76977af6073971076f23a6053231ac622203226f14f0dff47e",
    ),
    (
        "afectacion-cliente",
        "ed6b7be2de7c1e6e3edda53b15a4162440d70f1d1bcd8868afaaa99aa3690d3f",
    ),
    (
        "conducta",
        "3cabc4f0b5ec300aab1d0ffcb863eff4d2a025c38d5af58220b0849541dd5a58",
    ),
];

/// Si `version` es la versión del contenido de este motor o una que califica igual.
pub fn version_vigente(version: &str) -> bool {
    version == version_contenido() || VERSIONES_EQUIVALENTES.contains(&version)
}

/// Si `huella` es la del archivo del escenario `e` o una anterior que califica igual.
pub fn huella_vigente(e: &Escenario, huella: &str) -> bool {
    huella == e.huella || HUELLAS_EQUIVALENTES.contains(&(e.id.as_str(), huella))
}

/// El reparto común de los escenarios (clientes, horas, servicios, comercios
/// y operadores), leído una sola vez.
#[cfg(escenarios_json)]
pub fn reparto() -> Result<&'static super::Variantes, ErrorEscenario> {
    static REPARTO_LEIDO: std::sync::OnceLock<Result<super::Variantes, ErrorEscenario>> =
        std::sync::OnceLock::new();
    REPARTO_LEIDO
        .get_or_init(|| {
            crate::formato::leer::<super::Variantes>(REPARTO_TEXTO)
                .map_err(|e| ErrorEscenario::Json(format!("reparto.json: {e}")))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// El catálogo leído, una vez: instalado ya compilado o leído de los JSON.
type Catalogo = Result<Vec<Arc<Escenario>>, (String, ErrorEscenario)>;
static CATALOGO: std::sync::OnceLock<Catalogo> = std::sync::OnceLock::new();

/// El catálogo de escenarios incluidos, cada uno validado; si alguno falla,
/// el error dice cuál y por qué.
pub fn catalogo() -> Catalogo {
    // leído y validado una sola vez: lo piden cada página, cada sesión y cada
    // verificación de expediente
    CATALOGO.get_or_init(leer_catalogo).clone()
}

#[cfg(escenarios_json)]
fn leer_catalogo() -> Catalogo {
    let mut todos = Vec::with_capacity(HUELLAS.len());
    for ((id, huella), texto) in HUELLAS.iter().zip(TEXTOS) {
        match Escenario::leer(texto, huella.to_string()) {
            Ok(e) => todos.push(Arc::new(e)),
            Err(e) => return Err((id.to_string(), e)),
        }
    }
    Ok(todos)
}

#[cfg(not(escenarios_json))]
fn leer_catalogo() -> Catalogo {
    Err((
        "catálogo".into(),
        ErrorEscenario::Json("no se instaló el catálogo compilado".into()),
    ))
}

/// El catálogo validado, guardado con postcard para [`instalar_catalogo`].
#[cfg(escenarios_json)]
pub fn compilar_catalogo() -> Result<Vec<u8>, String> {
    let todos = catalogo().map_err(|(n, e)| format!("escenario «{n}»: {e}"))?;
    let escenarios: Vec<&Escenario> = todos.iter().map(|e| e.as_ref()).collect();
    postcard::to_allocvec(&escenarios).map_err(|e| e.to_string())
}

/// Instala el catálogo que guardó [`compilar_catalogo`] (una sola vez, antes
/// de pedirlo). La huella de cada escenario es la de su archivo, como al
/// leerlo de JSON.
pub fn instalar_catalogo(bytes: &[u8]) -> Result<(), String> {
    let todos = leer_catalogo_compilado(bytes)?;
    CATALOGO
        .set(Ok(todos))
        .map_err(|_| "el catálogo ya estaba leído".to_string())
}

/// Lee el catálogo que guardó [`compilar_catalogo`], sin instalarlo.
pub fn leer_catalogo_compilado(bytes: &[u8]) -> Result<Vec<Arc<Escenario>>, String> {
    let escenarios: Vec<Escenario> = postcard::from_bytes(bytes)
        .map_err(|e| format!("el catálogo compilado no se pudo leer ({e})"))?;
    let mut todos = Vec::with_capacity(escenarios.len());
    for mut e in escenarios {
        let huella = HUELLAS
            .iter()
            .find(|(id, _)| *id == e.id)
            .map(|(_, h)| h.to_string())
            .ok_or_else(|| format!("el catálogo compilado trae «{}», que no existe", e.id))?;
        e.huella = huella;
        todos.push(Arc::new(e));
    }
    Ok(todos)
}

/// Un escenario incluido, por su id; el error es una frase en español.
pub fn buscar(id: &str) -> Result<Arc<Escenario>, String> {
    let todos = catalogo().map_err(|(n, e)| format!("escenario «{n}»: {e}"))?;
    todos
        .into_iter()
        .find(|e| e.id == id)
        .ok_or_else(|| format!("no existe el escenario «{id}»"))
}
