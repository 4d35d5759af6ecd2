//! Medición del motor dentro del navegador, para `make bench`: cuánto tarda
//! cada paso completo del motor (una frase o una acción, con el detector, los
//! pasos, las faltas y las respuestas) en wasm, sobre los ejemplos resueltos
//! de los seis escenarios. `scripts/bench.mjs` la llama por
//! `window.wasmBindings.medir_motor`; la interfaz no la usa.

use protocolo::ejemplos::EJEMPLOS;
use protocolo::escenario::buscar;
use protocolo::{Sesion, Transcripcion, Turno};
use wasm_bindgen::prelude::wasm_bindgen;

/// Reproduce `repeticiones` veces cada ejemplo, midiendo cada turno con
/// `performance.now()`, y devuelve en JSON el número de muestras y sus
/// percentiles 50 y 99 y el máximo, en milisegundos; también el tiempo medio
/// del informe completo de una visita.
#[wasm_bindgen]
pub fn medir_motor(repeticiones: u32) -> String {
    let rendimiento = web_sys::window().and_then(|w| w.performance());
    let ahora = || rendimiento.as_ref().map_or(0.0, |p| p.now());
    let mut pasos: Vec<f64> = Vec::new();
    let mut informes: Vec<f64> = Vec::new();
    for _ in 0..repeticiones.clamp(1, 1_000) {
        for (id, json) in EJEMPLOS {
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
            let antes = ahora();
            let _ = s.informe();
            informes.push(ahora() - antes);
        }
    }
    pasos.sort_by(f64::total_cmp);
    let percentil = |p: f64| {
        let i = ((pasos.len() as f64 - 1.0) * p).round() as usize;
        pasos.get(i).copied().unwrap_or(0.0)
    };
    let informe = informes.iter().sum::<f64>() / informes.len().max(1) as f64;
    format!(
        r#"{{"muestras":{},"p50_ms":{:.3},"p99_ms":{:.3},"max_ms":{:.3},"informe_ms":{:.3}}}"#,
        pasos.len(),
        percentil(0.5),
        percentil(0.99),
        pasos.last().copied().unwrap_or(0.0),
        informe
    )
}
