//! El encabezado de las dos aplicaciones: el enlace para saltar al
//! contenido, la marca y la navegación (cada aplicación pone sus enlaces). En
//! un teléfono la navegación es un menú que se abre con «Menú»: el encabezado
//! ocupa una fila, no tres.

use leptos::prelude::*;

/// El encabezado; `children` son los `<li>` del menú.
#[component]
pub fn Cabecera(
    /// La línea bajo el nombre de la aplicación.
    subtitulo: &'static str,
    /// Los elementos del menú.
    children: Children,
) -> impl IntoView {
    let (abierto, poner_abierto) = signal(false);
    // al cambiar de página el menú se cierra
    let _ = window_event_listener(leptos::ev::hashchange, move |_| poner_abierto.set(false));
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
            <button
                type="button"
                class="boton-menu"
                aria-controls="menu-secciones"
                aria-expanded=move || abierto.get().to_string()
                on:click=move |_| poner_abierto.update(|a| *a = !*a)
            >"Menú"</button>
            <nav class="menu" class:abierto=move || abierto.get() id="menu-secciones" aria-label="Secciones">
                <ul>{children()}</ul>
            </nav>
        </header>
    }
}
