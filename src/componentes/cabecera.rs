//! El encabezado de las dos aplicaciones: el enlace para saltar al
//! contenido, la marca y la navegación (cada aplicación pone sus enlaces).

use leptos::prelude::*;

/// El encabezado; `children` son los `<li>` del menú.
#[component]
pub fn Cabecera(
    /// La línea bajo el nombre de la aplicación.
    subtitulo: &'static str,
    /// Los elementos del menú.
    children: Children,
) -> impl IntoView {
    view! {
        <a class="saltar" href="#principal" on:click=|ev| {
            ev.prevent_default();
            if let Some(m) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("principal")) {
                m.scroll_into_view();
            }
        }>"Saltar al contenido"</a>
        <header class="cabecera">
            <div class="marca">
                <span class="logo" aria-hidden="true">"INS"</span>
                <div>
                    <p class="titulo-app">"Entrenador de Protocolo"</p>
                    <p class="subtitulo-app">{subtitulo}</p>
                </div>
            </div>
            <nav class="menu" aria-label="Secciones">
                <ul>{children()}</ul>
            </nav>
        </header>
    }
}
