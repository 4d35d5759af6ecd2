//! El teléfono del proveedor: la aplicación "Aliados INS Servicios" y el botón de llamada.

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
    view! {
        <aside class="telefono" aria-labelledby="titulo-app">
            <h2 id="titulo-app">"Aliados INS Servicios"</h2>
            <p class="ayuda-app">"Las acciones de su teléfono. Úselas en el momento que indica el protocolo."</p>
            <div class="acciones" role="group" aria-label="Acciones de la aplicación">
                {Accion::APP.into_iter().map(|a| view! {
                    <button type="button" class="accion" on:click=move |_| estado.accion(a)>
                        {a.texto()}
                    </button>
                }).collect_view()}
            </div>
            <div class="llamada">
                <Show
                    when=en_llamada
                    fallback=move || view! {
                        <button type="button" class="boton-llamar" on:click=move |_| estado.accion(Accion::LlamarCentro)>
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
