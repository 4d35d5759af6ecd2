//! Certificar: la pantalla para comenzar una certificación (quién, las reglas,
//! la nota para aprobar, lo que prueba el expediente) o el regreso a una en
//! curso.

use crate::almacen::semilla_nueva;
use crate::estado::{Estado, Pantalla, MAX_NOMBRE};
use leptos::prelude::*;
use protocolo::escenario::buscar;
use protocolo::expediente::{plan_certificacion, validar_cedula, Participante};
use protocolo::informe::NOTA_APROBACION;
use protocolo::Genero;

#[component]
pub fn Certificar() -> impl IntoView {
    let estado = expect_context::<Estado>();
    // dentro de un LMS, la persona ya la conoce el LMS
    // (fuera de un LMS, el nombre que ya dio en Practicar)
    let (nombre, set_nombre) = signal(
        crate::scorm::nombre_de_la_persona()
            .or_else(crate::xapi::nombre_del_lanzamiento)
            .unwrap_or_else(|| estado.perfil.with_untracked(|p| p.nombre.clone())),
    );
    let (cedula, set_cedula) = signal(crate::scorm::cedula_de_la_persona().unwrap_or_default());
    // el botón de opción elegido ("F" o "M"; vacío hasta que se elija uno)
    let (trato, set_trato) = signal(
        estado
            .perfil
            .with_untracked(|p| p.genero.map_or("", Genero::nombre))
            .to_string(),
    );
    let genero = move || trato.with(|t| Genero::desde_nombre(t));
    let (error, set_error) = signal(None::<String>);
    let (abandonar, set_abandonar) = signal(false);
    let en_curso = move || estado.certificacion.get();
    let comenzar = move |_| {
        let n = nombre.get_untracked().trim().to_string();
        if n.split_whitespace().count() < 2 {
            set_error.set(Some("Escriba su nombre completo (nombre y apellidos), como aparecerá en el certificado.".into()));
            return;
        }
        let c = match validar_cedula(&cedula.get_untracked()) {
            Ok(c) => c,
            Err(m) => {
                set_error.set(Some(m));
                return;
            }
        };
        let Some(g) = untrack(genero) else {
            set_error.set(Some(
                "Elija cómo prefiere que le traten: «doña» o «don».".into(),
            ));
            return;
        };
        set_error.set(None);
        estado.comenzar_certificacion(
            Participante {
                nombre: n,
                cedula: c,
            },
            g,
            semilla_nueva(),
        );
    };
    let titulos = |semilla: u64| -> Vec<String> {
        plan_certificacion(semilla)
            .into_iter()
            .filter_map(|(id, _)| buscar(&id).ok().map(|e| e.titulo.clone()))
            .collect()
    };
    view! {
        <section class="certificar" aria-labelledby="titulo-certificar">
            <h1 id="titulo-certificar">"Certificación"</h1>
            {move || match en_curso() {
                Some(c) if c.expediente.is_some() => view! {
                    <div class="tarjeta">
                        <p>{format!("La certificación de {} ya terminó.", c.participante.nombre)}</p>
                        <div class="fila-botones">
                            <button type="button" class="boton-primario" on:click=move |_| estado.pantalla.set(Pantalla::Certificado)>"Ver el certificado"</button>
                            <button type="button" class="boton-secundario" on:click=move |_| estado.abandonar_certificacion()>"Empezar otra certificación"</button>
                        </div>
                    </div>
                }.into_any(),
                Some(c) => {
                    let (k, n) = c.posicion();
                    view! {
                        <div class="tarjeta en-curso">
                            <p>{format!("Certificación de {} en curso: escenario {k} de {n}.", c.participante.nombre)}</p>
                            <div class="fila-botones">
                                <button type="button" class="boton-primario" on:click=move |_| {
                                    let hay = estado.sesion.with_untracked(|s| s.is_some()) && estado.modo.get_untracked() == protocolo::historial::Modo::Certificacion;
                                    if hay { estado.pantalla.set(Pantalla::Visita) } else { estado.siguiente_de_certificacion() }
                                }>"Continuar la certificación"</button>
                                <Show when=move || !abandonar.get() fallback=move || view! {
                                    <span class="pregunta-terminar">"¿Abandonar? Los escenarios hechos quedan en el historial, pero no habrá certificado."</span>
                                    <button type="button" class="boton-peligro" on:click=move |_| { set_abandonar.set(false); estado.abandonar_certificacion(); }>"Sí, abandonar"</button>
                                    <button type="button" class="boton-secundario" on:click=move |_| set_abandonar.set(false)>"No"</button>
                                }>
                                    <button type="button" class="boton-secundario" on:click=move |_| set_abandonar.set(true)>"Abandonar"</button>
                                </Show>
                            </div>
                        </div>
                    }.into_any()
                }
                None => view! {
                    <div class="tarjeta reglas">
                        <h2>"Cómo funciona"</h2>
                        <ul>
                            <li>"Tres escenarios fijos: primer contacto y despedida, un inconveniente y un escalamiento al Centro de Contacto."</li>
                            <li>"Sin pistas, sin comentarios durante la visita y sin reinicios: un intento por escenario."</li>
                            <li><strong>{format!("Se aprueba con un promedio de {NOTA_APROBACION} puntos o más, ningún error crítico y, en cada escenario, el mínimo de su destreza central (el escalamiento en las llamadas y las afectaciones, el procedimiento en las visitas).")}</strong></li>
                            <li>"Cada visita debe llegar a sus momentos (la llegada a la hora acordada, el incidente): lo que depende de un momento al que no se llegó no se califica, pero sin él no se aprueba."</li>
                            <li>"«De inmediato» tiene un límite: escalar una afectación al cliente más de 4 turnos o 15 minutos después de que ocurre es un error crítico."</li>
                            <li>"Al final recibe un certificado imprimible y un expediente (archivo) con todas las transcripciones y un código de verificación."</li>
                        </ul>
                        <p class="honestidad">
                            "Esta aplicación corre en su navegador. El expediente prueba que las transcripciones obtienen ese puntaje con este contenido; "
                            "no prueba quién las escribió. La vigilancia de la sesión corresponde a Recursos Humanos."
                        </p>
                    </div>
                    <form class="tarjeta datos" on:submit=move |ev| { ev.prevent_default(); comenzar(()); }>
                        <h2>"Sus datos para el certificado"</h2>
                        <label for="cert-nombre">"Nombre completo"</label>
                        <input id="cert-nombre" type="text" autocomplete="name" maxlength=MAX_NOMBRE
                            prop:value=move || nombre.get()
                            on:input=move |ev| set_nombre.set(event_target_value(&ev).chars().take(MAX_NOMBRE).collect())/>
                        <label for="cert-cedula">"Cédula"</label>
                        <input id="cert-cedula" type="text" inputmode="numeric" maxlength="20" class="corto"
                            placeholder="1-0234-0567"
                            prop:value=move || cedula.get()
                            on:input=move |ev| set_cedula.set(event_target_value(&ev))/>
                        <fieldset class="trato">
                            <legend>"¿Cómo prefiere que le traten?"</legend>
                            <label class="opcion">
                                <input type="radio" name="cert-genero" prop:checked=move || genero() == Some(Genero::F)
                                    on:change=move |_| set_trato.set("F".into())/>"doña"
                            </label>
                            <label class="opcion">
                                <input type="radio" name="cert-genero" prop:checked=move || genero() == Some(Genero::M)
                                    on:change=move |_| set_trato.set("M".into())/>"don"
                            </label>
                        </fieldset>
                        <p class="error" role="status">{move || error.get()}</p>
                        <button type="submit" class="boton-primario">"Comenzar la certificación"</button>
                    </form>
                }.into_any(),
            }}
            {move || en_curso().filter(|c| c.expediente.is_none()).map(|c| view! {
                <p class="detalle">{format!("Escenarios: {}", titulos(c.semilla).join(" · "))}</p>
            })}
        </section>
    }
}
