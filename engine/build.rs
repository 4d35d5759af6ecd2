//! Embeds the built-in scenarios: each file with the whitespace between JSON
//! tokens removed (a fifth of the wasm data) and the SHA-256 of the file as
//! written, which stays the scenario's content version.

#[allow(dead_code)]
#[path = "src/sha256.rs"]
mod sha256;

use std::fmt::Write as _;

/// In catalogue order: `version_contenido` hashes the hashes in this order.
const ESCENARIOS: [&str; 6] = [
    "servicio-completo",
    "cliente-ausente",
    "inconveniente-solucionable",
    "inconveniente-no-solucionable",
    "afectacion-cliente",
    "conducta",
];

/// JSON without insignificant whitespace (strings untouched).
fn compactar(json: &str) -> String {
    let mut salida = String::with_capacity(json.len());
    let (mut en_texto, mut escape) = (false, false);
    for c in json.chars() {
        if en_texto {
            salida.push(c);
            match (escape, c) {
                (true, _) => escape = false,
                (false, '\\') => escape = true,
                (false, '"') => en_texto = false,
                _ => {}
            }
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            en_texto = c == '"';
            salida.push(c);
        }
    }
    salida
}

fn main() {
    println!("cargo:rerun-if-changed=scenarios");
    for archivo in std::fs::read_dir("scenarios")
        .expect("scenarios/")
        .flatten()
    {
        let nombre = archivo.file_name().to_string_lossy().into_owned();
        if let Some(id) = nombre.strip_suffix(".json") {
            assert!(
                ESCENARIOS.contains(&id),
                "scenarios/{nombre} no está en la lista ESCENARIOS de engine/build.rs"
            );
        }
    }
    let mut rs = String::from("pub(crate) const ARCHIVOS: &[(&str, &str, &str)] = &[\n");
    for id in ESCENARIOS {
        let ruta = format!("scenarios/{id}.json");
        println!("cargo:rerun-if-changed={ruta}");
        let texto = std::fs::read_to_string(&ruta).unwrap_or_else(|e| panic!("{ruta}: {e}"));
        let huella = sha256::sha256_hex(texto.as_bytes());
        writeln!(rs, "    ({id:?}, {:?}, {huella:?}),", compactar(&texto)).unwrap();
    }
    rs.push_str("];\n");
    let destino = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("escenarios.rs");
    std::fs::write(destino, rs).unwrap();
}
