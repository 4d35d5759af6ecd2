//! La conversación; lo que responden a cada turno se anuncia a los lectores de
//! pantalla.

use crate::componentes::hablante::{self, Nombres};
use crate::estado::Estado;
use leptos::html::Div;
use leptos::prelude::*;
use protocolo::informe::Origen;
use protocolo::{Evento, Hablante};

/// La retroalimentación de práctica sobre una línea de la persona en formación.
#[derive(Debug, Clone, Default, PartialEq)]
struct Comentario {
    reconocido: Vec<&'static str>,
    pasos: Vec<String>,
    faltas: Vec<String>,
    /// Nada reconocido: el paso que quizá buscaba.
    quizas: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct Linea {
    clase: &'static str,
    autor: String,
    texto: String,
    hora: String,
    comentario: Option<Comentario>,
}

/// Lo que se reconoció en una línea, los pasos que completó y sus faltas.
#[component]
fn Retroalimentacion(
    /// La retroalimentación que se muestra.
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
            {c.quizas.map(|q| view! { <p>{q}</p> })}
            {c.pasos.into_iter().map(|p| view! { <p class="retro-ok">{format!("✓ {p}")}</p> }).collect_view()}
            {c.faltas.into_iter().map(|f| view! { <p class="retro-falta">{format!("⚠ {f}")}</p> }).collect_view()}
        </div>
    }
}

#[component]
pub fn Conversacion() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let lista = NodeRef::<Div>::new();
    // derivado, no un Memo: recalcular unas cuantas docenas de líneas es barato, y un
    // Memo de su propio tipo cuesta unos 400 bytes gzip en el wasm
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
                            // (un control de dirección se ve y no invierte la burbuja)
                            texto: protocolo::texto::controles_bidi_visibles(texto),
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
                        // los pasos hechos en la aplicación no comentan lo último que se dijo
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
                    Evento::Sugerencia { seccion, titulo } => {
                        // (llega después de la respuesta: va al último turno de la persona)
                        if let Some(c) = lineas.iter_mut().rev().find_map(|l| l.comentario.as_mut()) {
                            c.quizas = Some(format!(
                                "¿Quería hacer «{titulo}» (sección {seccion})? Pida la pista si no sabe cómo decirlo."
                            ));
                        }
                    }
                    Evento::AntesDeTiempo { titulo, .. } => {
                        if let Some(c) = lineas.last_mut().and_then(|l| l.comentario.as_mut()) {
                            c.faltas.push(format!(
                                "«{titulo}» todavía no cuenta: su momento aún no llega."
                            ));
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
    // lo que respondieron al último turno de la persona (el cliente, el
    // operador, la aplicación, la situación): lo anuncia un lector de pantalla.
    // La lista se vuelve a dibujar entera en cada turno, y anunciarla repetiría todo.
    let respuesta = move || {
        estado.sesion.with(|s| {
            let mut v = String::new();
            let Some(s) = s.as_ref() else {
                return v;
            };
            let nombres = Nombres::de_sesion(s);
            for e in s.historial() {
                match e {
                    Evento::Accion { .. }
                    | Evento::Linea {
                        quien: Hablante::Proveedor,
                        ..
                    } => v.clear(),
                    Evento::Linea { quien, texto, .. } => {
                        v += &format!(
                            "{}: {}\n",
                            hablante::clase_y_autor(*quien, &nombres).1,
                            protocolo::texto::controles_bidi_visibles(texto)
                        )
                    }
                    _ => {}
                }
            }
            v
        })
    };
    // mantener a la vista la línea más reciente, una vez que el navegador la acomodó
    Effect::new(move |_| {
        // las líneas nuevas llegan con un evento nuevo; contar eventos no requiere armar líneas
        let n = estado
            .sesion
            .with(|s| s.as_ref().map_or(0, |s| s.historial().len()));
        // el elemento, no el NodeRef: en el siguiente cuadro el componente puede ya no existir
        if let (true, Some(caja)) = (n > 0, lista.get()) {
            request_animation_frame(move || caja.set_scroll_top(caja.scroll_height()));
        }
    });
    view! {
        <div class="solo-lector" aria-live="polite" id="respuesta-anunciada">
            {respuesta}
        </div>
        <div class="conversacion" role="log" aria-live="off" aria-label="Conversación" tabindex="0" node_ref=lista>
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
