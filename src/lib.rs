//! Entrenador de Protocolo: la capa web (Leptos CSR) sobre el motor puro. Dos
//! aplicaciones comparten estos módulos: la de formación (`src/main.rs`:
//! aprender, practicar, certificar, historial) y la de Recursos Humanos
//! (`src/bin/rrhh/`: verificar certificados, revisar una cohorte y firmar),
//! que se sirve aparte (`rrhh.html`) y lleva sus páginas en su propio binario:
//! la primera carga de la persona en formación no las descarga.

pub mod almacen;
pub mod app;
pub mod arranque;
pub mod componentes;
pub mod estado;
pub mod scorm;
pub mod sin_conexion;
pub mod xapi;

/// El asignador de memoria de los tres wasm (formación, RR. HH. y LRS): talc,
/// más pequeño que dlmalloc (el de Rust por omisión) y más rápido. Pide
/// memoria nueva sin extender la anterior (`WasmGrowAndClaim`): algo más de
/// fragmentación, código más pequeño; una visita usa pocos megabytes.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ASIGNADOR: talc::cell::TalcSyncCell<talc::wasm::WasmGrowAndClaim, talc::wasm::WasmBinning> =
    talc::cell::TalcSyncCell::new_wasm(talc::wasm::WasmGrowAndClaim);
