//! Entrenador de Protocolo: la capa web (Leptos CSR) sobre el motor puro. Dos
//! aplicaciones comparten estos módulos: la de formación (`src/main.rs`:
//! aprender, practicar, certificar, historial) y la de Recursos Humanos
//! (`src/bin/rrhh.rs`: verificar certificados y revisar una cohorte), que se
//! sirve aparte (`rrhh.html`) para que la primera carga de la persona en
//! formación no lleve sus páginas.

pub mod almacen;
pub mod app;
pub mod app_rrhh;
pub mod arranque;
pub mod componentes;
pub mod estado;
pub mod firma_web;
pub mod medicion;
