//! El teléfono del proveedor: la aplicación "Aliados INS Servicios" y el botón de llamada.
//! En un teléfono el panel va antes de la conversación con la llamada a la vista,
//! y sus acciones se muestran u ocultan («Mostrar las acciones»).

use crate::estado::Estado;
use leptos::prelude::*;
use protocolo::Accion;

#[component]
pub fn PanelApp() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let en_llamada = move || {
        estado
            .sesion
            .with(|s| s.as_ref().is_some_and(|s| s.llamada_abierta()))
    };
    // terminada, o en pausa porque otra pestaña siguió con el intento
    let terminada = move || {
        estado.en_pausa.get()
            || estado
                .sesion
                .with(|s| s.as_ref().is_some_and(|s| s.terminada()))
    };
    let (abiertas, poner_abiertas) = signal(false);
    view! {
        <aside class="telefono" class:acciones-abiertas=move || abiertas.get() aria-labelledby="titulo-app">
            <div class="cabeza-app">
                <h2 id="titulo-app">"Aliados INS Servicios"</h2>
                <button
                    type="button"
                    class="boton-acciones"
                    aria-controls="acciones-app"
                    aria-expanded=move || abiertas.get().to_string()
                    on:click=move |_| poner_abiertas.update(|a| *a = !*a)
                >{move || if abiertas.get() { "Ocultar las acciones" } else { "Mostrar las acciones" }}</button>
            </div>
            <p class="ayuda-app">{move || if estado.en_pausa.get() {
                "En pausa: este intento siguió en otra pestaña."
            } else if terminada() {
                "La visita terminó: las acciones y la llamada ya no cuentan."
            } else {
                "Las acciones de su teléfono. Úselas en el momento que indica el protocolo."
            }}</p>
            <div class="acciones" id="acciones-app" role="group" aria-label="Acciones de la aplicación">
                {Accion::APP.into_iter().map(|a| view! {
                    <button type="button" class="accion" disabled=terminada on:click=move |_| estado.accion(a)>
                        {a.texto()}
                    </button>
                }).collect_view()}
            </div>
            <div class="llamada">
                <Show
                    when=en_llamada
                    fallback=move || view! {
                        <button type="button" class="boton-llamar" disabled=terminada on:click=move |_| estado.accion(Accion::LlamarCentro)>
                            <svg class="icono" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                <path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.6a1 1 0 0 1-.25 1z"/>
                            </svg>
                            "Llamar al Centro de Contacto"
                        </button>
                    }
                >
                    <p class="en-llamada" role="status">"En llamada con el Centro de Contacto"</p>
                    <button type="button" class="boton-colgar" on:click=move |_| estado.accion(Accion::Colgar)>
                        "Colgar la llamada"
                    </button>
                </Show>
            </div>
        </aside>
    }
}
