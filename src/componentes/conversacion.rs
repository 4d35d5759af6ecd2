//! The conversation, announced to screen readers as it grows.

use crate::componentes::hablante::{self, Nombres};
use crate::estado::Estado;
use leptos::html::Div;
use leptos::prelude::*;
use protocolo::informe::Origen;
use protocolo::{Evento, Hablante};

/// Practice feedback on one trainee line.
#[derive(Debug, Clone, Default, PartialEq)]
struct Comentario {
    reconocido: Vec<&'static str>,
    pasos: Vec<String>,
    faltas: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct Linea {
    clase: &'static str,
    autor: String,
    texto: String,
    hora: String,
    comentario: Option<Comentario>,
}

/// What was recognised in a line, the steps it completed and its faults.
#[component]
fn Retroalimentacion(
    /// The feedback to show.
    c: Comentario,
) -> impl IntoView {
    let reconocido = if c.reconocido.is_empty() {
        "No se reconoció ninguna frase del protocolo.".to_string()
    } else {
        format!("Reconocido: {}", c.reconocido.join(" · "))
    };
    view! {
        <div class="retro">
            <p>{reconocido}</p>
            {c.pasos.into_iter().map(|p| view! { <p class="retro-ok">{format!("✓ {p}")}</p> }).collect_view()}
            {c.faltas.into_iter().map(|f| view! { <p class="retro-falta">{format!("⚠ {f}")}</p> }).collect_view()}
        </div>
    }
}

#[component]
pub fn Conversacion() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let lista = NodeRef::<Div>::new();
    // derived, not a Memo: recomputing a few dozen lines is cheap and a Memo
    // of its own type costs about 400 bytes gzip in the wasm build
    let lineas = move || {
        estado.sesion.with(|s| {
            let Some(s) = s.as_ref() else {
                return Vec::new();
            };
            let nombres = Nombres::de_sesion(s);
            let practica = estado.modo.get() == protocolo::historial::Modo::Practica;
            let mut lineas: Vec<Linea> = Vec::new();
            for e in s.historial() {
                match e {
                    Evento::Linea {
                        quien,
                        texto,
                        hora,
                        a,
                        etiquetas,
                    } => {
                        let comentario = (practica && *quien == Hablante::Proveedor && a.is_some())
                            .then(|| Comentario {
                                reconocido: etiquetas.iter().map(|e| e.texto()).collect(),
                                ..Comentario::default()
                            });
                        let (clase, autor) = hablante::clase_y_autor(*quien, &nombres);
                        // lo dicho al operador: «Usted (al Centro de Contacto)»
                        let autor = match hablante::destino(*quien, *a) {
                            Some(d) => format!("{autor} ({d})"),
                            None => autor,
                        };
                        lineas.push(Linea {
                            clase,
                            autor,
                            texto: texto.clone(),
                            hora: hora.to_string(),
                            comentario,
                        });
                    }
                    Evento::PasoCumplido {
                        paso,
                        titulo,
                        en_orden,
                        ..
                    } => {
                        // steps done in the app are not feedback on the last thing said
                        let de_accion = s.escenario().paso(paso).is_some_and(|p| {
                            matches!(p.cumple, protocolo::escenario::Cumple::Accion { .. })
                        });
                        if let (false, Some(c)) = (
                            de_accion,
                            lineas.last_mut().and_then(|l| l.comentario.as_mut()),
                        ) {
                            c.pasos.push(if *en_orden {
                                titulo.clone()
                            } else {
                                format!("{titulo} (fuera de orden)")
                            });
                        }
                    }
                    Evento::Hallazgo(h) => {
                        let de_accion = h.origen == Some(Origen::Accion);
                        if let (false, Some(c)) = (
                            de_accion,
                            lineas.last_mut().and_then(|l| l.comentario.as_mut()),
                        ) {
                            c.faltas.push(h.mensaje.clone());
                        }
                    }
                    _ => {}
                }
            }
            lineas
        })
    };
    // keep the newest line in view, once the browser has laid it out
    Effect::new(move |_| {
        // a new event is what brings new lines; counting them needs no line built
        let n = estado
            .sesion
            .with(|s| s.as_ref().map_or(0, |s| s.historial().len()));
        // the element itself, not the NodeRef: the component may be gone by the next frame
        if let (true, Some(caja)) = (n > 0, lista.get()) {
            request_animation_frame(move || caja.set_scroll_top(caja.scroll_height()));
        }
    });
    view! {
        <div class="conversacion" role="log" aria-live="polite" aria-label="Conversación" tabindex="0" node_ref=lista>
        <ol class="lineas">
            {move || lineas().into_iter().map(|l| view! {
                <li class=l.clase>
                    <p class="autor">{l.autor}<span class="hora">{l.hora}</span></p>
                    <p class="texto">{l.texto}</p>
                    {l.comentario.map(|c| view! { <Retroalimentacion c=c/> })}
                </li>
            }).collect_view()}
        </ol>
        </div>
    }
}
