//! Sin conexión e instalable: el trabajador de servicio (`src/sw.js`, que
//! `scripts/trabajador.mjs` completa al compilar) guarda la aplicación en el
//! dispositivo en la primera visita; después abre y funciona sin red.
//!
//! Lo que la página necesita de él está en `src/navegador.js` (pegamento
//! del navegador, que en JavaScript no pesa en el wasm de la primera carga):
//! registrarlo (nunca dentro de un LMS, que sirve los archivos él mismo),
//! ofrecer la versión nueva que espera («Hay una versión nueva: recargar»;
//! el intento en curso se guardó después de cada turno), pedir almacenamiento
//! persistente y decir cuánto hay guardado.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/navegador.js")]
extern "C" {
    /// Registra el trabajador de servicio (después de la carga); cuando una
    /// versión nueva espera, la página lo ofrece.
    pub fn registrar();
    /// Pide al navegador que no borre lo guardado aunque le falte espacio (se
    /// pide cuando hay algo que conservar: un intento terminado).
    #[wasm_bindgen(js_name = pedirPersistencia)]
    pub fn pedir_persistencia();
    /// Escribe en `#uso-almacen` cuánto hay guardado en este dispositivo.
    #[wasm_bindgen(js_name = mostrarUso)]
    pub fn mostrar_uso();
}
