//! Los escenarios de fábrica, incluidos al compilar por `build.rs`: el
//! catálogo validado ([`catalogo`]), la búsqueda por id ([`buscar`]) y la
//! versión de todo el contenido ([`version_contenido`]).

use super::{ErrorEscenario, Escenario};
use std::sync::Arc;

// Los escenarios que se entregan con el motor, incluidos al compilar por build.rs:
// (id, el archivo sin espacios entre elementos, SHA-256 del archivo tal como está escrito).
include!(concat!(env!("OUT_DIR"), "/escenarios.rs"));

/// La versión de todo el contenido incluido: una huella de las huellas de
/// todos los escenarios (sus primeras 16 cifras hexadecimales).
pub fn version_contenido() -> String {
    let todas: String = ARCHIVOS.iter().map(|(_, _, huella)| *huella).collect();
    crate::huella::sha256_hex(todas.as_bytes())[..16].to_string()
}

/// El catálogo de escenarios incluidos, cada uno validado; si alguno falla,
/// el error dice cuál y por qué.
pub fn catalogo() -> Result<Vec<Arc<Escenario>>, (String, ErrorEscenario)> {
    // leído y validado una sola vez: lo piden cada página, cada sesión y cada
    // verificación de expediente
    type Catalogo = Result<Vec<Arc<Escenario>>, (String, ErrorEscenario)>;
    static CATALOGO: std::sync::OnceLock<Catalogo> = std::sync::OnceLock::new();
    CATALOGO
        .get_or_init(|| {
            // un bucle y no `collect` sobre `Result`: sale más pequeño en el wasm
            let mut todos = Vec::with_capacity(ARCHIVOS.len());
            for (nombre, texto, huella) in ARCHIVOS {
                match Escenario::leer(texto, huella.to_string()) {
                    Ok(e) => todos.push(Arc::new(e)),
                    Err(e) => return Err((nombre.to_string(), e)),
                }
            }
            Ok(todos)
        })
        .clone()
}

/// Un escenario incluido, por su id; el error es una frase en español.
pub fn buscar(id: &str) -> Result<Arc<Escenario>, String> {
    let todos = catalogo().map_err(|(n, e)| format!("escenario «{n}»: {e}"))?;
    todos
        .into_iter()
        .find(|e| e.id == id)
        .ok_or_else(|| format!("no existe el escenario «{id}»"))
}
