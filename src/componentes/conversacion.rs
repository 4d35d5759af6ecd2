//! The conversation, announced to screen readers as it grows.

use crate::estado::Estado;
use leptos::html::Ol;
use leptos::prelude::*;
use protocolo::{Evento, Hablante, Interlocutor};

/// Who a line is from, as shown above the bubble.
fn autor(
    quien: Hablante,
    a: Option<Interlocutor>,
    cliente: &str,
    operador: &str,
    tercero: &str,
) -> String {
    match quien {
        Hablante::Proveedor => match a {
            Some(Interlocutor::Operador) => "Usted (al Centro de Contacto)".into(),
            _ => "Usted".into(),
        },
        Hablante::Cliente => cliente.to_string(),
        Hablante::Operador => format!("{operador} · Centro de Contacto"),
        Hablante::Narrador => "Situación".into(),
        Hablante::Aplicacion => "Aliados INS Servicios".into(),
        Hablante::Tercero => tercero.to_string(),
    }
}

fn clase(quien: Hablante) -> &'static str {
    match quien {
        Hablante::Proveedor => "linea proveedor",
        Hablante::Cliente => "linea cliente",
        Hablante::Operador => "linea operador",
        Hablante::Narrador => "linea narrador",
        Hablante::Aplicacion => "linea aplicacion",
        Hablante::Tercero => "linea cliente tercero",
    }
}

#[component]
pub fn Conversacion() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let lista = NodeRef::<Ol>::new();
    let lineas = Memo::new(move |_| {
        estado.sesion.with(|s| {
            let Some(s) = s.as_ref() else {
                return Vec::new();
            };
            let v = s.variante();
            let cliente = format!(
                "{} {}",
                v.cliente.genero.tratamiento(),
                protocolo::Persona {
                    nombre: v.cliente.nombre.clone(),
                    genero: v.cliente.genero
                }
                .nombre_de_pila()
            );
            let operador = v.operador.nombre.clone();
            let tercero = s
                .escenario()
                .tercero
                .clone()
                .unwrap_or_else(|| "Persona del comercio".into());
            s.historial()
                .iter()
                .filter_map(|e| match e {
                    Evento::Linea {
                        quien,
                        texto,
                        hora,
                        a,
                        ..
                    } => Some((
                        clase(*quien),
                        autor(*quien, *a, &cliente, &operador, &tercero),
                        texto.clone(),
                        hora.to_string(),
                    )),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    });
    // keep the newest line in view, once the browser has laid it out
    Effect::new(move |_| {
        let n = lineas.with(|l| l.len());
        // the element itself, not the NodeRef: the component may be gone by the next frame
        if let (true, Some(ol)) = (n > 0, lista.get()) {
            request_animation_frame(move || ol.set_scroll_top(ol.scroll_height()));
        }
    });
    view! {
        <ol class="conversacion" role="log" aria-live="polite" aria-label="Conversación" node_ref=lista>
            {move || lineas.get().into_iter().map(|(clase, autor, texto, hora)| view! {
                <li class=clase>
                    <p class="autor">{autor}<span class="hora">{hora}</span></p>
                    <p class="texto">{texto}</p>
                </li>
            }).collect_view()}
        </ol>
    }
}
