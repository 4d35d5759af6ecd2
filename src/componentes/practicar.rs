//! Practicar: el nombre de la persona en formación, cualquier escenario, cualquier variante.

use crate::almacen::semilla_nueva;
use crate::componentes::pagina::Pagina;
use crate::estado::{Estado, MAX_NOMBRE};
use leptos::prelude::*;
use protocolo::Genero;

#[component]
pub fn Practicar() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let escenarios = Estado::escenarios();
    let (error, set_error) = signal(None::<String>);
    let nombre = move || estado.perfil.with(|p| p.nombre.clone());
    let (variante, set_variante) = signal(String::new());
    let en_curso = move || {
        if estado.modo.get() != protocolo::historial::Modo::Practica {
            return None;
        }
        estado.sesion.with(|s| {
            s.as_ref()
                .map(|s| (s.terminada(), s.escenario().titulo.clone()))
        })
    };

    // la visita es de la certificación en curso: practicar ahora reiniciaría su escenario
    let certificando = move || {
        estado
            .certificacion
            .with(|c| c.as_ref().is_some_and(|c| c.expediente.is_none()))
    };
    let comenzar = move |id: String| {
        if certificando() {
            set_error.set(Some("Hay una certificación en curso: termínela o abandónela en «Certificar» antes de practicar.".into()));
            return;
        }
        let n = estado
            .perfil
            .with_untracked(|p| p.nombre.trim().to_string());
        if n.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            set_error.set(Some(
                "Escriba su nombre para empezar: es el nombre con el que se presentará al cliente."
                    .into(),
            ));
            return;
        }
        if estado.perfil.with_untracked(|p| p.genero.is_none()) {
            set_error.set(Some(
                "Elija cómo prefiere que le traten: «doña» o «don».".into(),
            ));
            return;
        }
        let semilla = match variante.get_untracked().trim() {
            "" => semilla_nueva(),
            v => match v.parse::<u64>() {
                Ok(n) if n < 1_000_000_000_000 => n,
                _ => {
                    set_error.set(Some(
                        "La variante es un número entero (por ejemplo 7), o déjela vacía.".into(),
                    ));
                    return;
                }
            },
        };
        set_error.set(None);
        estado.perfil.update(|p| p.nombre = n);
        estado.comenzar(&id, semilla);
    };

    view! {
        <Pagina clase="inicio" titulo="Practique el protocolo de servicio del INS" intro={concat!(
            "Usted hace de proveedor; la aplicación hace de cliente y de operador del Centro de Contacto. ",
            "Escriba lo que diría, use la aplicación Aliados INS Servicios y reciba al final una calificación con cada paso del protocolo.",
        )}>
                        {move || certificando().then(|| view! {
                <div class="tarjeta en-curso" role="status">
                    <p>"Hay una certificación en curso. Para practicar, termínela o abandónela primero."</p>
                    <a href="#/certificar">"Ir a la certificación"</a>
                </div>
            })}
            {move || en_curso().map(|(terminado, titulo)| view! {<div class="tarjeta en-curso">
                    <p>
                        {if terminado { "Su último intento ya terminó: " } else { "Tiene un intento en curso: " }}
                        <strong>{titulo}</strong>
                    </p>
                    <div class="fila-botones">
                        <button type="button" class="boton-primario" on:click=move |_| {
                            let terminado = estado.sesion.with_untracked(|s| s.as_ref().is_some_and(|s| s.terminada()));
                            if terminado { estado.ver_informe() } else { estado.pantalla.set(crate::estado::Pantalla::Visita) }
                        }>
                            {if terminado { "Ver el informe" } else { "Continuar el intento" }}
                        </button>
                        <button type="button" class="boton-secundario" on:click=move |_| estado.descartar()>
                            {if terminado { "Cerrar (queda en el Historial)" } else { "Descartar el intento" }}
                        </button>
                    </div>
                </div>
            })}
            <form class="tarjeta datos" on:submit=move |ev| ev.prevent_default()>
                <h2>"Sus datos"</h2>
                <label for="nombre">"Su nombre (como se presentará al cliente)"</label>
                <input
                    id="nombre"
                    type="text"
                    autocomplete="name"
                    maxlength=MAX_NOMBRE
                    placeholder="Por ejemplo: Carlos Jiménez"
                    prop:value=nombre
                    on:input=move |ev| {
                        let v: String = event_target_value(&ev).chars().take(MAX_NOMBRE).collect();
                        // (sin controles de dirección: invertirían el nombre en pantalla)
                        estado.perfil.update(|p| p.nombre = protocolo::texto::sin_controles_bidi(&v));
                    }
                    aria-describedby="error-nombre"
                />
                <fieldset class="trato">
                    <legend>"¿Cómo prefiere que le traten?"</legend>
                    {[(Genero::F, "F", "doña"), (Genero::M, "M", "don")].map(|(g, valor, texto)| view! {
                        <label class="opcion">
                            <input type="radio" name="genero" value=valor
                                prop:checked=move || estado.perfil.with(|p| p.genero == Some(g))
                                on:change=move |_| estado.perfil.update(|p| p.genero = Some(g))/>
                            {texto}
                        </label>
                    })}
                </fieldset>
                <label for="variante">"Variante (opcional: un número repite la misma visita)"</label>
                <input id="variante" type="text" inputmode="numeric" maxlength="12" class="corto"
                    placeholder="Al azar"
                    prop:value=move || variante.get()
                    on:input=move |ev| set_variante.set(event_target_value(&ev))/>
                <p id="error-nombre" class="error" role="status">{move || error.get()}</p>
            </form>
            <h2 class="titulo-seccion">"Escenarios"</h2>
            <ul class="escenarios">
                {escenarios.into_iter().map(|e| {
                    let id = e.id.clone();
                    view! {
                        <li class="tarjeta escenario">
                            <h3>{e.titulo.clone()}</h3>
                            <p>{e.resumen.clone()}</p>
                            <button type="button" class="boton-primario"
                                aria-label=format!("Comenzar: {}", e.titulo)
                                on:click=move |_| comenzar(id.clone())>
                                "Comenzar"
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Pagina>
    }
}
