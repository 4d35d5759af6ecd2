//! Una sección del protocolo en la página: sus pasos, sus notas y lo que se
//! hace en la aplicación, cada cosa con por qué importa.

use super::curso::{Paso, Seccion, Tipo};
use leptos::prelude::*;

/// Un paso de la lista: quién, en qué caso, la frase o la actividad, y por qué.
fn paso(p: &'static Paso) -> impl IntoView {
    let clase = match p.tipo {
        Tipo::Dice => "frase",
        Tipo::Hace => "actividad",
    };
    let texto = p.texto.as_str();
    view! {
        <li class="paso-protocolo">
            {p.quien.map(|q| view! { <p class="responsable">{q.etiqueta()}</p> })}
            {p.condicion.as_deref().map(|c| view! { <p class="condicion">{c}</p> })}
            {match p.tipo {
                Tipo::Dice => view! { <blockquote class=clase><p>{texto}</p></blockquote> }.into_any(),
                Tipo::Hace => view! { <p class=clase>{texto}</p> }.into_any(),
            }}
            {p.por_que.as_deref().map(|t| view! {
                <p class="por-que"><strong>"Por qué importa: "</strong>{t}</p>
            })}
        </li>
    }
}

#[component]
pub fn SeccionProtocolo(seccion: &'static Seccion) -> impl IntoView {
    let titulo_id = format!("{}-titulo", seccion.id);
    let etiquetado_por = titulo_id.clone();
    view! {
        <section class="tarjeta seccion-protocolo" id=seccion.id.as_str() aria-labelledby=etiquetado_por>
            <h2 id=titulo_id>{seccion.titulo.as_str()}</h2>
            <p class="intro-seccion">{seccion.intro.as_str()}</p>
            {seccion.encabezado.as_deref().map(|e| view! { <p class="encabezado-protocolo">{e}</p> })}
            <ol class="pasos-protocolo">{seccion.pasos.iter().map(paso).collect_view()}</ol>
            {(!seccion.notas.is_empty()).then(|| view! {
                <h3>"Notas del protocolo"</h3>
                <ul class="notas-protocolo">
                    {seccion.notas.iter().map(|n| view! {
                        <li>
                            <blockquote class="frase"><p>{n.texto.as_str()}</p></blockquote>
                            <p class="por-que"><strong>"Por qué importa: "</strong>{n.por_que.as_str()}</p>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!seccion.app.is_empty()).then(|| view! {
                <div class="en-la-app">
                    <h3>"En la aplicación Aliados INS Servicios"</h3>
                    <ul>
                        {seccion.app.iter().map(|a| {
                            let botones = a
                                .botones
                                .iter()
                                .map(|b| format!("«{}»", b.texto()))
                                .collect::<Vec<_>>()
                                .join(", luego ");
                            view! {
                                <li>
                                    <blockquote class="frase"><p>{a.texto.as_str()}</p></blockquote>
                                    <p class="botones-app">"En el entrenador: " {botones} "."</p>
                                    <p class="por-que"><strong>"Por qué importa: "</strong>{a.por_que.as_str()}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            })}
        </section>
    }
}
