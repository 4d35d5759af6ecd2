//! El informe: el total, tres subpuntajes, los errores críticos y cada hallazgo
//! con su sección del protocolo, lo que se dijo y lo que se esperaba.

use crate::almacen;
use crate::estado::Estado;
use leptos::prelude::*;
use protocolo::informe::{EstadoPaso, Origen, TurnoInforme};
use protocolo::{Hallazgo, Interlocutor};

/// Lo que dijo o hizo la persona, según el origen del hallazgo.
fn dicho(h: &Hallazgo) -> String {
    match h.origen {
        Some(Origen::Accion) => format!("En la aplicación: «{}»", h.dicho),
        Some(Origen::Reloj) => Origen::Reloj.texto().to_string(),
        _ => format!("«{}»", protocolo::texto::controles_bidi_visibles(&h.dicho)),
    }
}

/// Quién hizo o a quién se dijo lo de un turno.
fn quien_del_turno(t: &TurnoInforme) -> &'static str {
    match (t.origen, t.oyente) {
        (Origen::Dicho, Some(Interlocutor::Cliente)) => "Usted, al cliente",
        (Origen::Dicho, Some(Interlocutor::Operador)) => "Usted, al Centro de Contacto",
        (Origen::Dicho, None) => "Usted, sin nadie que le oyera",
        _ => "En la aplicación o el teléfono",
    }
}

#[component]
fn TarjetaHallazgo(
    /// El hallazgo que se muestra.
    h: Hallazgo,
) -> impl IntoView {
    let clase = if h.critico {
        "hallazgo critico"
    } else {
        "hallazgo"
    };
    let puntos = (!h.critico && h.puntos > 0).then(|| format!("−{} puntos", h.puntos));
    let lo_dicho = dicho(&h);
    view! {
        <li class=clase>
            <p class="encabezado-hallazgo">
                <span class="seccion">{format!("Sección {}", h.seccion)}</span>
                <span class="tipo">{h.tipo.texto()}</span>
                {puntos.map(|p| view! { <span class="puntos">{p}</span> })}
            </p>
            <p class="mensaje-hallazgo">{h.mensaje.clone()}</p>
            <dl>
                <dt>"Lo que usted dijo o hizo"</dt>
                <dd class="dicho">{lo_dicho}</dd>
                <dt>"Lo que espera el protocolo"</dt>
                <dd>{h.esperado.clone()}</dd>
            </dl>
        </li>
    }
}

#[component]
pub fn Informe() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let informe = move || estado.sesion.with(|s| s.as_ref().map(|s| s.informe()));
    let (error, set_error) = signal(None::<String>);
    let descargar = move |_| {
        if let Some((nombre, json)) = estado.transcripcion_json() {
            if let Err(m) = almacen::descargar(&nombre, &json, "application/json") {
                set_error.set(Some(m));
            }
        }
    };
    move || {
        let Some(i) = informe() else {
            return view! { <p>"No hay ningún informe que mostrar."</p> }.into_any();
        };
        let estado_texto = if i.aprobado {
            "Aprobado"
        } else {
            "No aprobado"
        };
        // por qué no aprobó (total, errores críticos, destreza central), o la regla cumplida
        let motivo = if i.aprobado {
            format!("Cumplió la regla: {}", i.regla_de_aprobacion())
        } else {
            format!(
                "{} {}",
                i.motivos_reprobado().join(" "),
                i.regla_de_aprobacion()
            )
        };
        let criticos = i.errores_criticos.clone();
        let no_alcanzados = i.no_alcanzados.clone();
        let contrapartes = i.contrapartes.clone();
        let turnos = i.turnos.clone();
        let n_turnos = turnos.len();
        let otros: Vec<Hallazgo> = i.hallazgos.iter().filter(|h| !h.critico).cloned().collect();
        view! {
            <section class="informe" aria-labelledby="titulo-informe">
                <h1 id="titulo-informe">"Informe del intento"</h1>
                <p class="detalle">{format!("{} · Cliente: {} · {}–{}", i.titulo, i.cliente, i.hora_inicio, i.fin_con_dia())}</p>
                <div class=if i.aprobado { "resultado aprobado" } else { "resultado reprobado" }>
                    <p class="total" aria-label=format!("Puntaje total {} de 100", i.total)>
                        <span class="cifra">{i.total}</span><span class="de">" / 100"</span>
                    </p>
                    <div>
                        <p class="veredicto">{estado_texto}</p>
                        <p>{motivo}</p>
                    </div>
                </div>
                <ul class="puntajes" aria-label="Puntajes por dimensión">
                    {i.puntajes.iter().map(|p| {
                        let valor = p.puntaje.map(|v| v.to_string()).unwrap_or_else(|| "No aplica".into());
                        let ancho = p.puntaje.unwrap_or(0);
                        view! {
                            <li class="puntaje">
                                <p class="nombre-dim">{p.dimension.texto()}</p>
                                <p class="valor-dim">{valor}</p>
                                <div class="barra" aria-hidden="true"><span style=format!("width:{ancho}%")></span></div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {(!contrapartes.is_empty()).then(|| view! {
                    <h2>"Cómo fue esta visita"</h2>
                    <ul class="contrapartes">
                        {contrapartes.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                    </ul>
                })}
                {(!no_alcanzados.is_empty()).then(|| view! {
                    <h2>"Momentos a los que no llegó la visita"</h2>
                    <ul class="no-alcanzados">
                        {no_alcanzados.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                    </ul>
                })}
                {(!criticos.is_empty()).then(|| view! {
                    <h2>"Errores críticos"</h2>
                    <ul class="hallazgos">
                        {criticos.into_iter().map(|h| view! { <TarjetaHallazgo h=h/> }).collect_view()}
                    </ul>
                })}
                <h2>"Hallazgos"</h2>
                {if otros.is_empty() {
                    view! { <p class="sin-hallazgos">"Ningún hallazgo: siguió cada paso del protocolo."</p> }.into_any()
                } else {
                    view! {
                        <ul class="hallazgos">
                            {otros.into_iter().map(|h| view! { <TarjetaHallazgo h=h/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <h2>"Pasos del protocolo"</h2>
                <table class="pasos">
                    <thead><tr><th scope="col">"Sección"</th><th scope="col">"Paso"</th><th scope="col">"Resultado"</th><th scope="col">"Puntos"</th></tr></thead>
                    <tbody>
                        {i.pasos.iter().map(|p| {
                            let marca = match p.estado {
                                EstadoPaso::Cumplido => "ok",
                                EstadoPaso::FueraDeOrden | EstadoPaso::Tardio | EstadoPaso::ConFalta => "orden",
                                EstadoPaso::Omitido => "omitido",
                                EstadoPaso::NoAlcanzado => "no-alcanzado",
                            };
                            let texto = p.estado.texto();
                            let puntos = if p.estado == EstadoPaso::NoAlcanzado {
                                "No se califica".to_string()
                            } else {
                                format!("{} / {}", p.puntos, p.maximo)
                            };
                            view! {
                                <tr class=marca>
                                    <td>{p.seccion.clone()}</td>
                                    <td>{p.titulo.clone()}</td>
                                    <td>{texto}</td>
                                    <td>{puntos}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                <details class="turnos-informe">
                    <summary>{format!("Turno por turno ({n_turnos})")}</summary>
                    <ol>
                        {turnos.into_iter().map(|t| {
                            let dicho = match t.origen {
                                Origen::Dicho => format!("«{}»", protocolo::texto::controles_bidi_visibles(&t.dicho)),
                                _ => t.dicho.clone(),
                            };
                            view! {
                                <li>
                                    <p class="turno-quien"><span class="hora">{t.hora.to_string()}</span>{quien_del_turno(&t)}</p>
                                    <p class="turno-dicho">{dicho}</p>
                                    <p class="turno-desenlace">{t.desenlace}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </details>
                <div class="fila-botones acciones-informe">
                    <button type="button" class="boton-primario" on:click=move |_| estado.reintentar()>"Repetir la misma variante"</button>
                    <button type="button" class="boton-secundario" on:click=move |_| estado.pantalla.set(crate::estado::Pantalla::Practicar)>"Otra práctica"</button>
                    <button type="button" class="boton-secundario" on:click=descargar>"Descargar la transcripción"</button>
                </div>
                <p class="nota">{format!("Para repetir esta misma visita otro día: en Practicar, escriba {} en «Variante».", i.semilla)}</p>
                <p class="error" role="status">{move || error.get()}</p>
            </section>
        }
        .into_any()
    }
}
