//! Las páginas y sus partes, cada una con el nombre de lo que muestra.

pub mod aprender;
pub mod cabecera;
pub mod certificado;
pub mod certificar;
pub mod conversacion;
pub mod hablante;
pub mod historial;
pub mod informe;
pub mod inicio;
pub mod pagina;
pub mod panel_app;
pub mod practicar;
pub mod visita;
pub mod voz;
