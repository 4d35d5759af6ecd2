//! Aprender: el protocolo sección por sección con sus frases exactas (el
//! texto del curso es contenido, en `src/contenido/aprender.json`), los
//! ejemplos resueltos que reproduce el motor y un espacio para probar una
//! frase con el detector.

mod curso;
mod ejemplo;
mod pruebe_frase;
mod seccion;

use crate::componentes::pagina::Pagina;
use curso::{Seccion, SECCIONES};
use ejemplo::EjemploResuelto;
use leptos::either::Either;
use leptos::prelude::*;
use protocolo::ejemplos::EJEMPLOS;
use pruebe_frase::PruebeUnaFrase;
use seccion::SeccionProtocolo;

#[component]
pub fn Aprender() -> impl IntoView {
    // el curso se lee aquí la primera vez; si no se pudo leer, se dice en la página
    let (secciones, error): (&'static [Seccion], _) = match &*SECCIONES {
        Ok(s) => (s, None),
        Err(m) => (&[], Some(m.as_str())),
    };
    view! {
        <Pagina clase="aprender" titulo="Aprender el protocolo" intro={concat!(
            "El «Protocolo para la prestación del servicio en el comercio» del Centro de Contacto, sección por sección: ",
            "las frases exactas que usted debe decir, por qué importan y lo que debe hacer en la aplicación Aliados INS Servicios. ",
            "Donde dice «don / doña (nombre del cliente)», use don o doña según corresponda y el nombre de la persona.",
        )}>
            <nav class="tarjeta indice-aprender" aria-label="Contenido de Aprender">
                <h2 class="indice-titulo">"Contenido"</h2>
                <ol>
                    {secciones.iter().map(|s| view! {
                        <li><a href=format!("#{}", s.id)>{s.titulo.as_str()}</a></li>
                    }).collect_view()}
                    <li><a href="#aprender-ejemplos">"Ejemplos resueltos"</a></li>
                    <li><a href="#aprender-prueba">"Pruebe una frase"</a></li>
                </ol>
            </nav>
            {match error {
                // Either y no Option: sin error, la página no lleva ningún nodo de más
                None => Either::Left(
                    secciones.iter().map(|s| view! { <SeccionProtocolo seccion=s/> }).collect_view(),
                ),
                Some(m) => Either::Right(view! {
                    <section class="tarjeta" aria-label="Contenido del curso">
                        <p class="error" role="alert">
                            {format!("No se pudo cargar el texto del curso: {m}. ")}
                            "Los ejemplos resueltos y «Pruebe una frase» siguen disponibles."
                        </p>
                    </section>
                }),
            }}
            <section class="ejemplos" id="aprender-ejemplos" aria-labelledby="aprender-ejemplos-titulo">
                <h2 id="aprender-ejemplos-titulo">"Ejemplos resueltos"</h2>
                <p>
                    "Cada ejemplo es una visita sin errores, reproducida por el mismo motor que califica sus intentos: "
                    "las respuestas del cliente y del operador son las que usted verá al practicar. Abra un escenario para ver el diálogo."
                </p>
                {EJEMPLOS.iter().map(|(id, json)| view! { <EjemploResuelto id=*id json=*json/> }).collect_view()}
            </section>
            <PruebeUnaFrase/>
        </Pagina>
    }
}
