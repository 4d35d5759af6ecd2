//! Medición del motor dentro del navegador, para `make bench` (en la
//! aplicación de RR. HH., para no cargar la de formación con ella): cuánto tarda
//! cada paso completo del motor (una frase o una acción, con el detector, los
//! pasos, las faltas y las respuestas) en wasm, sobre los ejemplos resueltos
//! de los seis escenarios. `scripts/bench.mjs` la llama por
//! `window.wasmBindings.medir_motor` y calcula los percentiles; la interfaz
//! no la usa. Devuelve los tiempos sin darles formato: formatear números con
//! decimales traería al wasm unos 20 KB de código de coma flotante.

use protocolo::escenario::buscar;
use protocolo::{Sesion, Transcripcion, Turno};
use wasm_bindgen::prelude::wasm_bindgen;

/// Reproduce `repeticiones` veces cada ejemplo (los del contenido de
/// Aprender, que se trae si hace falta) y devuelve la duración de cada turno
/// en milisegundos, medida con `performance.now()`.
#[wasm_bindgen]
pub async fn medir_motor(repeticiones: u32) -> js_sys::Float64Array {
    let Ok(contenido) = entrenador::componentes::aprender::traer_contenido().await else {
        return js_sys::Float64Array::new_with_length(0);
    };
    let rendimiento = web_sys::window().and_then(|w| w.performance());
    let ahora = || rendimiento.as_ref().map_or(0.0, |p| p.now());
    let mut pasos = Vec::new();
    for _ in 0..repeticiones.clamp(1, 1_000) {
        for (id, json) in &contenido.ejemplos {
            let (Ok(t), Ok(e)) = (Transcripcion::desde_json(json), buscar(id)) else {
                continue;
            };
            let mut s = Sesion::nueva(e, t.semilla, t.proveedor.clone());
            for turno in &t.turnos {
                let antes = ahora();
                match turno {
                    Turno::Dice { texto, .. } => s.decir(texto),
                    Turno::Accion { accion, .. } => s.accion(*accion),
                    Turno::Terminar { .. } => s.terminar(),
                };
                pasos.push(ahora() - antes);
            }
        }
    }
    js_sys::Float64Array::from(&pasos[..])
}
