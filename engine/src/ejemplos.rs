//! Los ejemplos resueltos: la visita perfecta de cada escenario, como
//! transcripción (formato `entrenador-protocolo/transcripcion`).
//!
//! Son contenido que se entrega con el motor, no solo datos de prueba: la
//! página «Aprender» los reproduce con [`crate::Sesion::reproducir`] para
//! mostrar el diálogo, y las pruebas exigen que cada uno obtenga 100 puntos.
//! Los archivos están en `engine/ejemplos/<escenario>.json` y se incluyen al
//! compilar.

/// Cada ejemplo como (id del escenario, texto JSON de la transcripción), en
/// el orden de enseñanza, que es el del catálogo de escenarios.
pub const EJEMPLOS: &[(&str, &str)] = &[
    (
        "servicio-completo",
        include_str!("../ejemplos/servicio-completo.json"),
    ),
    (
        "cliente-ausente",
        include_str!("../ejemplos/cliente-ausente.json"),
    ),
    (
        "inconveniente-solucionable",
        include_str!("../ejemplos/inconveniente-solucionable.json"),
    ),
    (
        "inconveniente-no-solucionable",
        include_str!("../ejemplos/inconveniente-no-solucionable.json"),
    ),
    (
        "afectacion-cliente",
        include_str!("../ejemplos/afectacion-cliente.json"),
    ),
    ("conducta", include_str!("../ejemplos/conducta.json")),
];

/// El texto JSON del ejemplo del escenario `id`, si lo tiene.
pub fn ejemplo(id: &str) -> Option<&'static str> {
    EJEMPLOS
        .iter()
        .find(|(e, _)| *e == id)
        .map(|(_, json)| *json)
}
