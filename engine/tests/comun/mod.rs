//! Lo que comparten las pruebas del detector y su banco de rendimiento.

use protocolo::{Contexto, Genero, Hora, Interlocutor, Persona};

/// Un contexto de ejemplo: 14:30, la clienta María Fernández, el proveedor
/// Carlos Jiménez, hablando con ella.
pub fn ctx() -> Contexto {
    Contexto {
        hora: Hora::parse("14:30").unwrap(),
        cliente: Persona {
            nombre: "María Fernández".into(),
            genero: Genero::F,
        },
        proveedor: "Carlos Jiménez".into(),
        interlocutor: Interlocutor::Cliente,
    }
}
