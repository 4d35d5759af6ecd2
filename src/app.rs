//! The root component: header, notices and the current screen.

use crate::componentes::{
    aprender::Aprender, historial::HistorialPagina, informe::Informe, inicio::Inicio,
    visita::Visita,
};
use crate::estado::{Estado, Pantalla};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let estado = Estado::iniciar();
    provide_context(estado);
    view! {
        <a class="saltar" href="#principal">"Saltar al contenido"</a>
        <header class="cabecera">
            <div class="marca">
                <span class="logo" aria-hidden="true">"INS"</span>
                <div>
                    <p class="titulo-app">"Entrenador de Protocolo"</p>
                    <p class="subtitulo-app">"Servicio en el comercio · Centro de Contacto"</p>
                </div>
            </div>
        </header>
        <Aviso/>
        <main id="principal" class="principal">
            {move || match estado.pantalla.get() {
                Pantalla::Inicio => view! { <Inicio/> }.into_any(),
                Pantalla::Visita => view! { <Visita/> }.into_any(),
                Pantalla::Informe => view! { <Informe/> }.into_any(),
                Pantalla::Aprender => view! { <Aprender/> }.into_any(),
                Pantalla::Historial => view! { <HistorialPagina/> }.into_any(),
                _ => view! { <Inicio/> }.into_any(),
            }}
        </main>
    }
}

/// A dismissible notice (storage problems, data set aside).
#[component]
fn Aviso() -> impl IntoView {
    let estado = expect_context::<Estado>();
    move || {
        estado.aviso.get().map(|texto| {
            view! {
                <div class="aviso" role="alert">
                    <p>{texto}</p>
                    <button type="button" class="boton-secundario" on:click=move |_| estado.aviso.set(None)>
                        "Entendido"
                    </button>
                </div>
            }
        })
    }
}
