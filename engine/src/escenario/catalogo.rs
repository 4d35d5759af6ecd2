//! Los escenarios de fábrica, incluidos al compilar por `build.rs`: el
//! catálogo validado ([`catalogo`]), la búsqueda por id ([`buscar`]) y la
//! versión de todo el contenido ([`version_contenido`]).

use super::{ErrorEscenario, Escenario};
use std::sync::Arc;

// The scenarios shipped with the engine, embedded at compile time by build.rs:
// (id, the file without whitespace between tokens, SHA-256 of the file as written).
include!(concat!(env!("OUT_DIR"), "/escenarios.rs"));

/// The version of all the built-in content: a hash of every scenario's hash.
pub fn version_contenido() -> String {
    let todas: String = ARCHIVOS.iter().map(|(_, _, huella)| *huella).collect();
    crate::huella::sha256_hex(todas.as_bytes())[..16].to_string()
}

/// The built-in scenario catalogue, each validated.
pub fn catalogo() -> Result<Vec<Arc<Escenario>>, (String, ErrorEscenario)> {
    // parsed and validated once: every page, session and record check asks for it
    type Catalogo = Result<Vec<Arc<Escenario>>, (String, ErrorEscenario)>;
    static CATALOGO: std::sync::OnceLock<Catalogo> = std::sync::OnceLock::new();
    CATALOGO
        .get_or_init(|| {
            // a loop, not `collect` over `Result`: smaller in the wasm build
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

/// One built-in scenario by id.
pub fn buscar(id: &str) -> Result<Arc<Escenario>, String> {
    let todos = catalogo().map_err(|(n, e)| format!("escenario «{n}»: {e}"))?;
    todos
        .into_iter()
        .find(|e| e.id == id)
        .ok_or_else(|| format!("no existe el escenario «{id}»"))
}
