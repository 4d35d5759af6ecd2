//! La voz, donde el navegador la ofrece: las líneas del cliente, del operador
//! y de la persona del comercio leídas en voz alta (el botón «Voz», que se
//! recuerda en el dispositivo y no se muestra sin una voz en español), y el
//! dictado de un turno (lo oído queda en la caja para corregirlo antes de
//! enviarlo). El pegamento con `speechSynthesis` y el reconocimiento de voz
//! está en `src/navegador.js`; aquí, qué se lee y cuándo.

use crate::estado::Estado;
use leptos::prelude::*;
use protocolo::{Evento, Hablante};

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/navegador.js")]
extern "C" {
    #[wasm_bindgen(js_name = prepararVoz)]
    fn preparar_voz();
    #[wasm_bindgen(js_name = vozEncendida)]
    fn voz_encendida() -> bool;
    #[wasm_bindgen(js_name = alternarVoz)]
    fn alternar_voz();
    /// Lee `texto` en voz alta si «Voz» está encendida.
    fn hablar(texto: &str, quien: &str);
    /// «Dictar»: escucha un turno y lo agrega a la caja de mensaje, marcado
    /// dictado; otra vez mientras escucha, deja de escuchar.
    pub fn dictar();
    /// Al enviar: si el texto de la caja salió del dictado (y quita la marca).
    #[wasm_bindgen(js_name = tomarDictado)]
    pub fn tomar_dictado() -> bool;
}

/// «Voz»: lee en voz alta cada línea nueva del cliente, del operador y de la
/// persona del comercio (no lo que ya estaba al abrir la visita).
#[component]
pub fn BotonVoz() -> impl IntoView {
    let estado = expect_context::<Estado>();
    preparar_voz();
    // cuántos eventos de la sesión ya se vieron
    let vistos = StoredValue::new(
        estado
            .sesion
            .with_untracked(|s| s.as_ref().map_or(0, |s| s.historial().len())),
    );
    Effect::new(move |_| {
        estado.sesion.with(|s| {
            let Some(s) = s.as_ref() else { return };
            let eventos = s.historial();
            // (menos eventos que antes: la visita empezó de nuevo)
            for e in &eventos[vistos.get_value().min(eventos.len())..] {
                if let Evento::Linea {
                    quien: q @ (Hablante::Cliente | Hablante::Operador | Hablante::Tercero),
                    texto,
                    ..
                } = e
                {
                    hablar(&protocolo::texto::sin_controles_bidi(texto), q.nombre());
                }
            }
            vistos.set_value(eventos.len());
        });
    });
    view! {
        // (se ve con una voz en español: <html class="hay-voz">, ver prepararVoz en src/navegador.js)
        <button type="button" class="boton-secundario boton-voz" aria-pressed=voz_encendida().to_string()
            title="Leer en voz alta lo que dicen el cliente y el operador" on:click=|_| alternar_voz()>
            <svg class="icono" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M4 9v6h4l5 4V5L8 9z" fill="currentColor"/>
                <path d="M16 8.5a4.5 4.5 0 0 1 0 7M18.5 6a8 8 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
            </svg>
            "Voz"
        </button>
    }
}
