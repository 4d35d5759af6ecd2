//! Aprender: the protocol section by section (placeholder, being written).

use leptos::prelude::*;

#[component]
pub fn Aprender() -> impl IntoView {
    view! { <section><h1>"Aprender"</h1></section> }
}
