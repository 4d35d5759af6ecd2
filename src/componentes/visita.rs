//! La visita: la situación, el reloj, la conversación, el cuadro de mensaje y el
//! panel de la aplicación.

use super::conversacion::Conversacion;
use super::panel_app::PanelApp;
use crate::estado::{Estado, MAX_MENSAJE};
use leptos::prelude::*;
use protocolo::historial::Modo;
use protocolo::Interlocutor;

#[component]
pub fn Visita() -> impl IntoView {
    let estado = expect_context::<Estado>();
    // al terminar la visita, el foco va a lo que sigue («Ver el informe» o el
    // siguiente escenario), no al cuerpo de la página
    let boton_fin = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = boton_fin.get() {
            let _ = b.focus();
        }
    });
    let datos = move || {
        estado.sesion.with(|s| {
            s.as_ref().map(|s| {
                let v = s.variante();
                let cliente = protocolo::Persona {
                    nombre: v.cliente.nombre.clone(),
                    genero: v.cliente.genero,
                };
                (
                    s.escenario().titulo.clone(),
                    protocolo::variante::rellenar(
                        &s.escenario().situacion,
                        v,
                        s.proveedor(),
                        v.hora_inicio,
                        0,
                    ),
                    format!("{} {}", cliente.genero.tratamiento(), cliente.nombre),
                    // lo que pasará en la visita y cuándo (el ofrecimiento, el incidente…)
                    // (las contrapartes no se anuncian: el cliente sorprende)
                    s.escenario()
                        .momentos
                        .iter()
                        .filter(|m| !s.escenario().de_contraparte(&m.marca))
                        .map(|m| {
                            protocolo::variante::rellenar(
                                &m.texto,
                                v,
                                s.proveedor(),
                                v.hora_inicio,
                                0,
                            )
                        })
                        .collect::<Vec<String>>(),
                )
            })
        })
    };
    let (confirmar, set_confirmar) = signal(false);
    let (pista, set_pista) = signal(false);
    let practica = move || estado.modo.get() == Modo::Practica;
    let terminada = move || {
        estado
            .sesion
            .with(|s| s.as_ref().is_some_and(|s| s.terminada()))
    };
    let progreso = move || {
        estado.certificacion.with(|c| {
            c.as_ref().map(|c| {
                let (k, n) = c.posicion();
                format!("Certificación · escenario {k} de {n}")
            })
        })
    };
    let quedan = move || {
        estado
            .certificacion
            .with(|c| c.as_ref().is_some_and(|c| c.hechas.len() < c.plan.len()))
    };
    view! {
        <section class="visita" aria-labelledby="titulo-visita">
            <div class="barra-visita">
                <div>
                    <Show when=move || !practica()>
                        <p class="progreso">{progreso}</p>
                    </Show>
                    <h1 id="titulo-visita">{move || datos().map(|d| d.0)}</h1>
                    <p class="detalle">
                        "Cliente: " <strong>{move || datos().map(|d| d.2)}</strong>
                    </p>
                </div>
                <div class="reloj-y-voz">
                    <Reloj/>
                    <super::voz::BotonVoz/>
                </div>
                <div class="terminar">
                    <Show when=move || practica() && !terminada()>
                        <button type="button" class="boton-secundario" aria-expanded=move || pista.get().to_string()
                            on:click=move |_| set_pista.update(|p| *p = !*p)>
                            "Pista"
                        </button>
                        <button type="button" class="boton-secundario" on:click=move |_| estado.reintentar()>
                            "Reiniciar"
                        </button>
                    </Show>
                    <Show when=move || !terminada()>
                    <Show
                        when=move || confirmar.get()
                        fallback=move || view! {
                            <button type="button" class="boton-secundario" on:click=move |_| set_confirmar.set(true)>
                                "Terminar"
                            </button>
                        }
                    >
                        <span class="pregunta-terminar">
                            {move || if practica() { "¿Terminar y ver el informe?" } else { "¿Terminar este escenario? No se puede repetir." }}
                        </span>
                        <button type="button" class="boton-peligro" on:click=move |_| { set_confirmar.set(false); estado.terminar(); }>
                            "Sí, terminar"
                        </button>
                        <button type="button" class="boton-secundario" on:click=move |_| set_confirmar.set(false)>
                            "Seguir"
                        </button>
                    </Show>
                    </Show>
                </div>
            </div>
            <Show when=move || !estado.guardado.get()>
                <div class="sin-guardar" role="status">
                    <p>"Este intento no se está guardando en el navegador. Descargue la transcripción para no perderlo."</p>
                    <button type="button" class="boton-secundario" on:click=move |_| {
                        if let Some((nombre, json)) = estado.transcripcion_json() {
                            if let Err(m) = crate::almacen::descargar(&nombre, &json, "application/json") {
                                estado.avisar(m);
                            }
                        }
                    }>"Descargar la transcripción"</button>
                </div>
            </Show>
            <p class="situacion">{move || datos().map(|d| d.1)}</p>
            <Show when=move || pista.get() && practica() && !terminada()>
                <Pista/>
            </Show>
            <div class="mesa">
                <div class="columna-chat">
                    // (en un teléfono, después del teléfono del proveedor: la llamada, a la vista)
                    {move || datos().filter(|d| !d.3.is_empty()).map(|d| view! {
                        <ul class="momentos" aria-label="Momentos de esta visita">
                            {d.3.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                        </ul>
                    })}
                    <Conversacion/>
                    <Show
                        when=move || estado.sesion.with(|s| s.as_ref().is_some_and(|s| s.terminada()))
                        fallback=|| view! { <Mensaje/> }
                    >
                        <div class="fin-visita" role="status">
                            <p>"La visita terminó."</p>
                            {move || if practica() {
                                view! {
                                    <button type="button" class="boton-primario" node_ref=boton_fin on:click=move |_| estado.ver_informe()>
                                        "Ver el informe"
                                    </button>
                                }.into_any()
                            } else {
                                view! {
                                    <button type="button" class="boton-primario" node_ref=boton_fin on:click=move |_| estado.siguiente_de_certificacion()>
                                        {move || if quedan() { "Siguiente escenario" } else { "Ver el resultado de la certificación" }}
                                    </button>
                                }.into_any()
                            }}
                        </div>
                    </Show>
                </div>
                <PanelApp/>
            </div>
        </section>
    }
}

/// La pista de práctica: el siguiente paso que espera el protocolo y su redacción.
#[component]
fn Pista() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let pista = move || estado.sesion.with(|s| s.as_ref().and_then(|s| s.pista()));
    view! {
        <div class="pista" role="status" aria-live="polite">
            {move || match pista() {
                Some(p) => view! {
                    <p class="titulo-pista">{format!("Siguiente paso (sección {}): {}", p.seccion, p.titulo)}</p>
                    <p>{p.como}</p>
                    <p class="ejemplo">{p.ejemplo}</p>
                }.into_any(),
                None => view! { <p>"No quedan pasos pendientes: puede terminar la visita."</p> }.into_any(),
            }}
        </div>
    }
}

/// El reloj simulado.
#[component]
fn Reloj() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let hora = move || {
        estado.sesion.with(|s| {
            s.as_ref()
                .map(|s| s.reloj().to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <p class="reloj" aria-label=move || format!("Hora simulada {}", hora())>
            <svg class="icono" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>
                <path d="M12 7v5l3 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
            </svg>
            <time>{hora}</time>
        </p>
    }
}

/// El cuadro de mensaje: Enter envía, Shift+Enter agrega una línea.
#[component]
fn Mensaje() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let (texto, set_texto) = signal(String::new());
    let (nota, set_nota) = signal(None::<String>);
    let caja = NodeRef::<leptos::html::Textarea>::new();
    let destino = move || {
        estado
            .sesion
            .with(|s| s.as_ref().and_then(|s| s.interlocutor()))
    };
    let tercero = move || {
        estado
            .sesion
            .with(|s| s.as_ref().is_some_and(|s| s.atiende_tercero()))
    };
    let etiqueta = move || match destino() {
        Some(Interlocutor::Cliente) if tercero() => "Mensaje para la persona del comercio",
        Some(Interlocutor::Cliente) => "Mensaje para el cliente",
        Some(Interlocutor::Operador) => "Mensaje para el operador del Centro de Contacto",
        None => "Mensaje (aún no está con el cliente: para el Centro de Contacto, llame)",
    };
    let enviar = move || {
        let t = texto.get_untracked();
        if t.trim().is_empty() {
            set_nota.set(Some("Escriba un mensaje antes de enviarlo.".into()));
            return;
        }
        if estado.en_pausa.get_untracked() {
            set_nota.set(Some(
                "En pausa: pulse «Seguir en esta pestaña» arriba; su mensaje sigue aquí.".into(),
            ));
            return;
        }
        // el texto de la caja salió del dictado (corregido o no): el turno se anota dictado
        if super::voz::tomar_dictado() {
            estado.dictar(&t);
        } else {
            estado.decir(&t);
        }
        set_texto.set(String::new());
        set_nota.set(None);
    };
    // al comenzar (o reabrir) la visita, el foco va a la caja de mensaje
    Effect::new(move |_| {
        if let Some(c) = caja.get() {
            let _ = c.focus();
        }
    });
    view! {
        <form class="mensaje" on:submit=move |ev| { ev.prevent_default(); enviar(); }>
            <label for="mensaje">{etiqueta}</label>
            <div class="fila-mensaje">
                <textarea
                    node_ref=caja
                    // (si la hoja de la visita aún llega, src/navegador.js lo enfoca después)
                    autofocus=true
                    id="mensaje"
                    rows="2"
                    maxlength=MAX_MENSAJE
                    placeholder="Escriba lo que diría y pulse Enter"
                    aria-describedby="nota-mensaje"
                    prop:value=move || texto.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        if v.chars().count() >= MAX_MENSAJE {
                            set_nota.set(Some("Máximo 1000 caracteres por mensaje: el resto no se tomó.".into()));
                        } else {
                            set_nota.set(None);
                        }
                        set_texto.set(v.chars().take(MAX_MENSAJE).collect());
                    }
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                            ev.prevent_default();
                            enviar();
                        }
                    }
                ></textarea>
                // (se ve donde el navegador sabe dictar: <html class="puede-dictar">)
                <button type="button" class="boton-secundario boton-dictar" aria-pressed="false"
                    title="Dictar el mensaje con la voz (el texto queda en la caja para revisarlo)" on:click=|_| super::voz::dictar()>
                    <svg class="icono" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor"/>
                        <path d="M6 11a6 6 0 0 0 12 0M12 17v4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
                    </svg>
                    <span class="texto-dictar">"Dictar"</span>
                </button>
                <button type="submit" class="boton-primario">"Enviar"</button>
            </div>
            <p id="nota-mensaje" class="nota" role="status">{move || nota.get()}</p>
            // (las escribe src/navegador.js mientras se dicta; sin dictado, la otra lo dice)
            <p id="nota-dictado" class="nota" role="status"></p>
            <p class="nota sin-dictado">"Este navegador no permite dictar: escriba sus mensajes."</p>
        </form>
    }
}
