//! Historial: every finished attempt, with a chart (placeholder, being written).

use leptos::prelude::*;

#[component]
pub fn HistorialPagina() -> impl IntoView {
    view! { <section><h1>"Historial"</h1></section> }
}
