//! The screens and their parts, each named for what it shows.

pub mod conversacion;
pub mod informe;
pub mod inicio;
pub mod panel_app;
pub mod visita;
