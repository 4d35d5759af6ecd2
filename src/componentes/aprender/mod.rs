//! Aprender: el protocolo sección por sección con sus frases exactas (el
//! texto del curso es contenido, en `src/contenido/aprender.json`), los
//! ejemplos resueltos que reproduce el motor y un espacio para probar una
//! frase con el detector.

mod curso;
mod ejemplo;
mod pruebe_frase;
mod seccion;

use crate::componentes::pagina::Pagina;
use ejemplo::EjemploResuelto;
use leptos::prelude::*;
use pruebe_frase::PruebeUnaFrase;
use seccion::SeccionProtocolo;

/// El contenido de Aprender (curso y ejemplos), traído la primera vez.
pub use curso::traer as traer_contenido;

#[component]
pub fn Aprender() -> impl IntoView {
    // el curso y los ejemplos no van en la primera carga: se traen al abrir la página
    let contenido = RwSignal::new(None);
    leptos::task::spawn_local(async move { contenido.set(Some(curso::traer().await)) });
    view! {
        <Pagina clase="aprender" titulo="Aprender el protocolo" intro={concat!(
            "El «Protocolo para la prestación del servicio en el comercio» del Centro de Contacto, sección por sección: ",
            "las frases exactas que usted debe decir, por qué importan y lo que debe hacer en la aplicación Aliados INS Servicios. ",
            "Donde dice «don / doña (nombre del cliente)», use don o doña según corresponda y el nombre de la persona.",
        )}>
            // cada caso es su propio componente (vista sin tipo): el cambio de
            // «cargando» a «cargado» no necesita el código para redibujar todo el curso
            {move || match contenido.get() {
                None => view! {
                    <p class="tarjeta cargando" role="status">"Cargando el curso…"</p>
                }.into_any(),
                Some(Ok(c)) => view! { <CursoCargado c=c/> }.into_any(),
                Some(Err(m)) => view! { <CursoNoCargado m=m/> }.into_any(),
            }}
        </Pagina>
    }
}

/// El curso y los ejemplos, ya traídos.
#[component]
fn CursoCargado(c: &'static curso::Contenido) -> impl IntoView {
    view! {
        <nav class="tarjeta indice-aprender" aria-label="Contenido de Aprender">
            <h2 class="indice-titulo">"Contenido"</h2>
            <ol>
                {c.secciones.iter().map(|s| view! {
                    <li><a href=format!("#{}", s.id)>{s.titulo.as_str()}</a></li>
                }).collect_view()}
                <li><a href="#aprender-ejemplos">"Ejemplos resueltos"</a></li>
                <li><a href="#aprender-prueba">"Pruebe una frase"</a></li>
            </ol>
        </nav>
        {c.secciones.iter().map(|s| view! { <SeccionProtocolo seccion=s/> }).collect_view()}
        <section class="ejemplos" id="aprender-ejemplos" aria-labelledby="aprender-ejemplos-titulo">
            <h2 id="aprender-ejemplos-titulo">"Ejemplos resueltos"</h2>
            <p>
                "Cada ejemplo es una visita sin errores, reproducida por el mismo motor que califica sus intentos: "
                "las respuestas del cliente y del operador son las que usted verá al practicar. Abra un escenario para ver el diálogo."
            </p>
            {c.ejemplos.iter().map(|(id, json)| view! { <EjemploResuelto id=id.as_str() json=json.as_str()/> }).collect_view()}
        </section>
        // con el catálogo ya traído: trae las listas de nombres del detector
        <PruebeUnaFrase/>
    }
}

/// Lo que se dice si el contenido no llegó.
#[component]
fn CursoNoCargado(m: String) -> impl IntoView {
    view! {
        <section class="tarjeta" aria-label="Contenido del curso">
            <p class="error" role="alert">
                {format!("{m}. ")}
                "Revise la conexión y vuelva a abrir Aprender; «Pruebe una frase» sigue disponible."
            </p>
        </section>
    }
}
