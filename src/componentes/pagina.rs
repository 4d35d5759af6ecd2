//! El comienzo común de las páginas de texto: una sección con su título (h1),
//! que la nombra para los lectores de pantalla, y su introducción.

use leptos::prelude::*;

/// Una página: `<section class=clase>` nombrada por su h1, la introducción y
/// lo demás.
#[component]
pub fn Pagina(
    /// La clase CSS de la sección; el h1 lleva el id `titulo-{clase}`.
    clase: &'static str,
    /// El título de la página.
    titulo: &'static str,
    /// El párrafo de introducción, bajo el título.
    intro: &'static str,
    /// El resto de la página.
    children: Children,
) -> impl IntoView {
    let id = format!("titulo-{clase}");
    let nombrada_por = id.clone();
    view! {
        <section class=clase aria-labelledby=nombrada_por>
            <h1 id=id>{titulo}</h1>
            <p class="intro">{intro}</p>
            {children()}
        </section>
    }
}
