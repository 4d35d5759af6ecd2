//! The screens and their parts, each named for what it shows.

pub mod aprender;
pub mod conversacion;
pub mod historial;
pub mod informe;
pub mod inicio;
pub mod panel_app;
pub mod visita;
