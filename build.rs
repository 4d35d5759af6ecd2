//! Valida los escenarios incluidos y el curso de Aprender al compilar y los
//! guarda ya leídos (postcard): el wasm no lleva sus lectores JSON ni su
//! validación.
//!
//! - `<target>/contenido-web/catalogo-<huella>.bin`: el catálogo de escenarios,
//!   que la aplicación de formación trae la primera vez que una página lo
//!   necesita (`arranque::traer_catalogo`; la portada no), por `ARCHIVO_CATALOGO`.
//!   Una copia, `OUT_DIR/catalogo.bin`, va dentro del wasm de las aplicaciones de
//!   RR. HH. y del LRS.
//! - `<target>/contenido-web/aprender-<huella>.bin`: el curso y los ejemplos
//!   resueltos, que la página Aprender trae la primera vez que se abre; no
//!   van en la primera carga. El gancho de Trunk `scripts/copiar-contenido.mjs`
//!   lo copia a `dist/`; el nombre lleva la huella del contenido, así que una
//!   versión nueva nunca se confunde con una guardada en caché. La aplicación
//!   lo conoce por `ARCHIVO_APRENDER`. (Una copia va también a
//!   `OUT_DIR/aprender.bin` para las pruebas.)
//! - `<target>/contenido-web/{aprender,historial,certificado,informe,visita}-<huella>.css`:
//!   las hojas de estilo de esas páginas, que se piden al abrirlas
//!   (`componentes::pagina::pedir_hoja`); el gancho las copia igual.

use std::path::{Path, PathBuf};

/// La carpeta `target` de cargo: la más externa de las de arriba de `OUT_DIR`
/// que tiene `CACHEDIR.TAG`.
fn carpeta_target(salida: &Path) -> PathBuf {
    // la más externa: cargo también marca target/wasm32-unknown-unknown/
    salida
        .ancestors()
        .filter(|d| d.join("CACHEDIR.TAG").is_file())
        .last()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("target"))
}

fn main() {
    let salida = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let bytes = protocolo::escenario::compilar_catalogo()
        .unwrap_or_else(|e| panic!("los escenarios incluidos no son válidos: {e}"));
    std::fs::write(salida.join("catalogo.bin"), &bytes).expect("no se pudo escribir catalogo.bin");

    println!("cargo:rerun-if-changed=src/contenido/aprender.json");
    println!("cargo:rerun-if-changed=engine/ejemplos");
    let texto = std::fs::read_to_string("src/contenido/aprender.json")
        .expect("src/contenido/aprender.json");
    let contenido = protocolo::curso::compilar_contenido(&texto)
        .unwrap_or_else(|e| panic!("el curso de Aprender no es válido: {e}"));
    std::fs::write(salida.join("aprender.bin"), &contenido)
        .expect("no se pudo escribir aprender.bin");
    let nombre = format!(
        "aprender-{}.bin",
        &protocolo::huella::sha256_hex(&contenido)[..16]
    );
    let carpeta = carpeta_target(&salida).join("contenido-web");
    // solo el de ahora: el gancho copia todo lo que haya
    let _ = std::fs::remove_dir_all(&carpeta);
    std::fs::create_dir_all(&carpeta).expect("no se pudo crear target/contenido-web");
    std::fs::write(carpeta.join(&nombre), &contenido).expect("no se pudo escribir el contenido");
    println!("cargo:rustc-env=ARCHIVO_APRENDER={nombre}");
    let nombre = format!(
        "catalogo-{}.bin",
        &protocolo::huella::sha256_hex(&bytes)[..16]
    );
    std::fs::write(carpeta.join(&nombre), &bytes).expect("no se pudo escribir el catálogo");
    println!("cargo:rustc-env=ARCHIVO_CATALOGO={nombre}");

    // las hojas de estilo de las páginas que la primera pantalla no necesita:
    // `componentes::pagina::pedir_hoja` las pide al abrir la página
    for hoja in ["aprender", "historial", "certificado", "informe", "visita"] {
        let fuente = format!("style/{hoja}.css");
        println!("cargo:rerun-if-changed={fuente}");
        let css = std::fs::read(&fuente).unwrap_or_else(|e| panic!("{fuente}: {e}"));
        let nombre = format!("{hoja}-{}.css", &protocolo::huella::sha256_hex(&css)[..16]);
        std::fs::write(carpeta.join(&nombre), &css).expect("no se pudo escribir la hoja de estilo");
        println!("cargo:rustc-env=HOJA_{}={nombre}", hoja.to_uppercase());
    }
}
