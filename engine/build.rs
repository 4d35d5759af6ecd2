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

/// SHA-256 del texto, en hexadecimal.
fn huella(texto: &str) -> String {
    Sha256::digest(texto.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn main() {
    // cfg(escenarios_json): leer los escenarios de sus JSON en todo objetivo que no sea
    // wasm (línea de comandos, pruebas, build.rs de la aplicación); el wasm recibe el
    // catálogo compilado. Es un cfg y no una función de Cargo porque `trunk build`
    // compila con los miembros por omisión del espacio de trabajo y unificaría sus funciones.
    println!("cargo::rustc-check-cfg=cfg(escenarios_json)");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        println!("cargo::rustc-cfg=escenarios_json");
    }
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
    // las huellas van aparte de los textos: sin la lectura JSON (la interfaz usa
    // el catálogo compilado), los textos no llegan al wasm
    let mut huellas = String::from("pub(crate) const HUELLAS: &[(&str, &str)] = &[\n");
    let mut textos = String::from("#[allow(dead_code)]\npub(crate) const TEXTOS: &[&str] = &[\n");
    for id in ESCENARIOS {
        let ruta = format!("scenarios/{id}.json");
        println!("cargo:rerun-if-changed={ruta}");
        let texto = std::fs::read_to_string(&ruta).unwrap_or_else(|e| panic!("{ruta}: {e}"));
        let valor: serde_json::Value =
            serde_json::from_str(&texto).unwrap_or_else(|e| panic!("{ruta}: {e}"));
        writeln!(huellas, "    ({id:?}, {:?}),", huella(&texto)).unwrap();
        writeln!(textos, "    {:?},", valor.to_string()).unwrap();
    }
    huellas.push_str("];\n");
    textos.push_str("];\n");
    // el reparto común de clientes, horas, servicios, comercios y operadores
    let ruta = "scenarios/reparto.json";
    println!("cargo:rerun-if-changed={ruta}");
    let texto = std::fs::read_to_string(ruta).unwrap_or_else(|e| panic!("{ruta}: {e}"));
    let valor: serde_json::Value =
        serde_json::from_str(&texto).unwrap_or_else(|e| panic!("{ruta}: {e}"));
    let rs = format!(
        "{huellas}{textos}pub(crate) const REPARTO_HUELLA: &str = {:?};\n#[allow(dead_code)]\npub(crate) const REPARTO_TEXTO: &str = {:?};\n",
        huella(&texto),
        valor.to_string()
    );
    let destino = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("escenarios.rs");
    std::fs::write(destino, rs).unwrap();
}
