//! El comienzo común de las páginas de texto: una sección con su título (h1),
//! que la nombra para los lectores de pantalla, y su introducción; y las hojas
//! de estilo que no van en la primera carga.

use leptos::prelude::*;

/// Las hojas de estilo diferidas (`style/*.css`, con su huella: `build.rs`),
/// que [`pedir_hoja`] pide al abrir la página que las usa.
pub mod hojas {
    /// La de Aprender.
    pub const APRENDER: &str = env!("HOJA_APRENDER");
    /// La del Historial.
    pub const HISTORIAL: &str = env!("HOJA_HISTORIAL");
    /// La del certificado (también para imprimirlo).
    pub const CERTIFICADO: &str = env!("HOJA_CERTIFICADO");
    /// La del informe de un intento.
    pub const INFORME: &str = env!("HOJA_INFORME");
    /// La de la visita (también para los diálogos de los ejemplos de Aprender).
    pub const VISITA: &str = env!("HOJA_VISITA");
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/navegador.js")]
extern "C" {
    /// Pide la hoja de estilo `archivo` (ver [`hojas`]) si aún no está en la
    /// página; mientras llega, el contenido no se ve sin sus estilos
    /// (`src/navegador.js`).
    #[wasm_bindgen(js_name = pedirHoja)]
    pub fn pedir_hoja(archivo: &str);
    /// Al cambiar de página, el foco va a su título (un lector de pantalla lo
    /// lee), salvo que la página ya lo haya llevado a donde sigue la persona
    /// (la caja de mensaje de la visita); si la página aún espera su hoja de
    /// estilo, cuando se muestre (`src/navegador.js`).
    #[wasm_bindgen(js_name = enfocarTitulo)]
    pub fn enfocar_titulo();
}

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
