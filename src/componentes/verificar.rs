//! Verificar expediente: se elige o se suelta un expediente; el motor vuelve a
//! ejecutar cada transcripción y dice VÁLIDO solo cuando todo coincide.

use crate::almacen;
use crate::componentes::pagina::Pagina;
use leptos::prelude::*;
use leptos::task::spawn_local;
use protocolo::expediente::{verificar, Verificacion};
use wasm_bindgen::JsCast;

/// Los archivos leídos: cada nombre con su texto, o por qué no se pudo leer.
pub type Leidos = Vec<(String, Result<String, String>)>;

/// Cuántos archivos se leen, como máximo, a la vez.
const MAX_ARCHIVOS: usize = 500;

/// Un selector de archivos que también acepta archivos soltados, y los lee.
#[component]
pub fn ZonaArchivos(
    /// El id del campo (su etiqueta apunta a él).
    id: &'static str,
    /// La etiqueta visible.
    etiqueta: &'static str,
    /// Acepta varios archivos.
    multiple: bool,
    /// Se llama con `None` cuando empieza la lectura y con los archivos ya leídos.
    al_leer: Callback<Option<Leidos>>,
) -> impl IntoView {
    let (encima, set_encima) = signal(false);
    let al_elegir = move |archivos: Vec<web_sys::File>| {
        if archivos.is_empty() {
            return;
        }
        al_leer.run(None);
        spawn_local(async move {
            let mut leidos = Vec::new();
            let n = if multiple { MAX_ARCHIVOS } else { 1 };
            for a in archivos.into_iter().take(n) {
                let nombre = a.name();
                leidos.push((nombre, almacen::leer_archivo(a).await));
            }
            al_leer.run(Some(leidos));
        });
    };
    view! {
        <div
            class=move || if encima.get() { "zona-archivos encima" } else { "zona-archivos" }
            on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); set_encima.set(true); }
            on:dragleave=move |_| set_encima.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                set_encima.set(false);
                al_elegir(almacen::archivos(ev.data_transfer().and_then(|d| d.files())));
            }
        >
            <label for=id>{etiqueta}</label>
            <input
                id=id
                type="file"
                accept=".json,application/json"
                multiple=multiple
                on:change=move |ev| {
                    let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
                    if let Some(input) = input {
                        let archivos = almacen::archivos(input.files());
                        input.set_value("");
                        al_elegir(archivos);
                    }
                }
            />
            <p class="ayuda-zona">"O arrastre y suelte aquí el archivo."</p>
        </div>
    }
}

#[component]
pub fn Verificar() -> impl IntoView {
    let (resultado, set_resultado) = signal(None::<(String, Verificacion)>);
    let (leyendo, set_leyendo) = signal(false);
    let al_leer = Callback::new(move |leidos: Option<Leidos>| {
        let Some((nombre, texto)) = leidos.and_then(|l| l.into_iter().next()) else {
            set_leyendo.set(true);
            return;
        };
        let v = match texto {
            Ok(texto) => verificar(&texto),
            Err(m) => Verificacion {
                valido: false,
                problemas: vec![m],
                avisos: Vec::new(),
                expediente: None,
                leido: None,
            },
        };
        set_resultado.set(Some((nombre, v)));
        set_leyendo.set(false);
    });
    view! {
        <Pagina clase="verificar" titulo="Verificar expediente" intro={concat!(
            "Elija el expediente (archivo .json) que descargó al terminar una certificación. ",
            "La aplicación vuelve a calificar cada transcripción y compara el informe, el total, el resultado, la versión del contenido y el código.",
        )}>
            <ZonaArchivos id="archivo-expediente" etiqueta="Expediente a verificar" multiple=false al_leer=al_leer/>
            <div role="status" aria-live="polite">
                {move || leyendo.get().then(|| view! { <p>"Verificando…"</p> })}
                {move || resultado.get().map(|(nombre, v)| {
                    let datos = v.expediente.as_ref().map(|e| format!(
                        "{} · cédula {} · {} · total {} · {} · código {}",
                        e.participante.nombre, e.participante.cedula, super::certificado::fecha_corta(&e.fecha), e.total,
                        if e.aprobado { "aprobado" } else { "no aprobado" }, e.codigo
                    ));
                    view! {
                        <div class=if v.valido { "veredicto-exp sin-firma" } else { "veredicto-exp invalido" }>
                            <p class="sello">{if v.valido { "SIN FIRMA" } else { "NO VÁLIDO" }}</p>
                            <p class="archivo">{nombre}</p>
                            {datos.map(|d| view! { <p>{d}</p> })}
                            {v.valido.then(|| view! {
                                <p>"Solo se comprobó que los puntajes corresponden a las transcripciones. Un expediente sin la firma de RR. HH. no es un certificado: quien lo presenta pudo armarlo."</p>
                            })}
                            <ul>
                                {v.problemas.into_iter().chain(v.avisos).map(|p| view! { <li>{p}</li> }).collect_view()}
                            </ul>
                        </div>
                    }
                })}
            </div>
        </Pagina>
    }
}
