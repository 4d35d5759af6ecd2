//! La aplicación de Recursos Humanos (`rrhh.html`): verificar un certificado y
//! revisar una cohorte de expedientes. Va aparte de la de formación: la
//! persona en formación no descarga estas páginas, y cuando RR. HH. firme
//! desde el navegador, la firma vivirá solo aquí.

use crate::lrs::ConfigurarLrs;
use crate::revision::Revision;
use crate::verificar::Verificar;
use entrenador::app::PAGINAS_RRHH;
use entrenador::componentes::cabecera::Cabecera;
use leptos::prelude::*;

/// La página de la dirección (`#/verificar` por omisión).
fn pagina_actual() -> &'static str {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    match hash.trim_start_matches('#').trim_start_matches('/') {
        "revision" => "revision",
        "lrs" => "lrs",
        _ => "verificar",
    }
}

#[component]
pub fn AppRrhh() -> impl IntoView {
    let (pagina, set_pagina) = signal(pagina_actual());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        set_pagina.set(pagina_actual());
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    view! {
        <Cabecera subtitulo="Recursos Humanos · verificación y revisión">
            <li><a href="./">"Volver al entrenador"</a></li>
            {PAGINAS_RRHH.into_iter().map(|(nombre, texto)| view! {
                <li>
                    <a
                        href=format!("#/{nombre}")
                        aria-current=move || (pagina.get() == nombre).then_some("page")
                    >{texto}</a>
                </li>
            }).collect_view()}
        </Cabecera>
        <main id="principal" class="principal" tabindex="-1">
            {move || match pagina.get() {
                "revision" => view! { <Revision/> }.into_any(),
                "lrs" => view! { <ConfigurarLrs/> }.into_any(),
                _ => view! { <Verificar/> }.into_any(),
            }}
        </main>
    }
}
