//! Incluye los escenarios de fábrica: cada archivo sin los espacios entre
//! elementos JSON (una quinta parte de los datos del wasm) y con el SHA-256
//! del archivo tal como está escrito, que sigue siendo la versión del
//! contenido del escenario.

use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// En el orden del catálogo: `version_contenido` resume las huellas en este orden.
const ESCENARIOS: [&str; 6] = [
    "servicio-completo",
    "cliente-ausente",
    "inconveniente-solucionable",
    "inconveniente-no-solucionable",
    "afectacion-cliente",
    "conducta",
];

fn main() {
    println!("cargo:rerun-if-changed=scenarios");
    for archivo in std::fs::read_dir("scenarios")
        .expect("scenarios/")
        .flatten()
    {
        let nombre = archivo.file_name().to_string_lossy().into_owned();
        if let Some(id) = nombre.strip_suffix(".json").filter(|id| *id != "reparto") {
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
        let huella: String = Sha256::digest(texto.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let valor: serde_json::Value =
            serde_json::from_str(&texto).unwrap_or_else(|e| panic!("{ruta}: {e}"));
        writeln!(rs, "    ({id:?}, {:?}, {huella:?}),", valor.to_string()).unwrap();
    }
    rs.push_str("];\n");
    // el reparto común de clientes, horas, servicios, comercios y operadores
    let ruta = "scenarios/reparto.json";
    println!("cargo:rerun-if-changed={ruta}");
    let texto = std::fs::read_to_string(ruta).unwrap_or_else(|e| panic!("{ruta}: {e}"));
    let huella: String = Sha256::digest(texto.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let valor: serde_json::Value =
        serde_json::from_str(&texto).unwrap_or_else(|e| panic!("{ruta}: {e}"));
    writeln!(
        rs,
        "pub(crate) const REPARTO: (&str, &str) = ({:?}, {huella:?});",
        valor.to_string()
    )
    .unwrap();
    let destino = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("escenarios.rs");
    std::fs::write(destino, rs).unwrap();
}
