//! Valida los escenarios incluidos y el curso de Aprender al compilar y los
//! guarda ya leídos (postcard) en `OUT_DIR/catalogo.bin` y `OUT_DIR/curso.bin`,
//! que la aplicación instala: el wasm no lleva sus lectores JSON ni su validación.

fn main() {
    let bytes = protocolo::escenario::compilar_catalogo()
        .unwrap_or_else(|e| panic!("los escenarios incluidos no son válidos: {e}"));
    let destino =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogo.bin");
    std::fs::write(destino, bytes).expect("no se pudo escribir catalogo.bin");
    // el curso de Aprender, validado y compilado igual
    println!("cargo:rerun-if-changed=src/contenido/aprender.json");
    let texto = std::fs::read_to_string("src/contenido/aprender.json")
        .expect("src/contenido/aprender.json");
    let curso = protocolo::curso::compilar(&texto)
        .unwrap_or_else(|e| panic!("el curso de Aprender no es válido: {e}"));
    let destino =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("curso.bin");
    std::fs::write(destino, curso).expect("no se pudo escribir curso.bin");
}
