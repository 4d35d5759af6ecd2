//! Valida los escenarios incluidos al compilar y los guarda ya leídos
//! (postcard) en `OUT_DIR/catalogo.bin`, que `main.rs` instala al arrancar:
//! el wasm no lleva el lector JSON de escenarios ni su validación.

fn main() {
    let bytes = protocolo::escenario::compilar_catalogo()
        .unwrap_or_else(|e| panic!("los escenarios incluidos no son válidos: {e}"));
    let destino =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogo.bin");
    std::fs::write(destino, bytes).expect("no se pudo escribir catalogo.bin");
}
