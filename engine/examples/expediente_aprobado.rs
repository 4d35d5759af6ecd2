//! Escribe en la salida estándar un expediente de certificación aprobado (las
//! visitas perfectas de los ejemplos, con el nombre de la persona y de cada
//! cliente de su variante), para probar la firma con herramientas de fuera:
//! `cargo run --example expediente_aprobado -- "Nombre Completo" > expediente.json`.

#[path = "../tests/comun/certificacion.rs"]
mod certificacion;

fn main() {
    let nombre = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "Ana Solís Mora".into());
    let e = certificacion::expediente_aprobado(&nombre, 1);
    println!("{}", serde_json::to_string(&e).unwrap_or_default());
}
