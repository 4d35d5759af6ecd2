//! Verificar certificado: se elige o se suelta un certificado firmado por
//! RR. HH. (VÁLIDO solo si la firma, las fechas, el expediente y la
//! recalificación se cumplen) o un expediente sin firma (SIN FIRMA: solo se
//! comprueba por dentro).

use entrenador::almacen;
use entrenador::componentes::certificado::fecha_corta;
use entrenador::componentes::pagina::Pagina;
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

/// Lo que se verificó: un expediente sin firma o un certificado firmado.
#[derive(Clone)]
enum Verificado {
    Expediente(String, Verificacion),
    Certificado(String, crate::firma_web::Resultado),
}

/// Si el texto es un certificado (y no un expediente).
fn es_certificado(texto: &str) -> bool {
    protocolo::formato::Cabecera::leer(texto)
        .ok()
        .and_then(|c| c.formato)
        .is_some_and(|f| f == protocolo::certificado::FORMATO_CERTIFICADO)
}

#[component]
pub fn Verificar() -> impl IntoView {
    let (resultado, set_resultado) = signal(None::<Verificado>);
    let (leyendo, set_leyendo) = signal(false);
    // la clave pública del emisor que eligió quien verifica, si eligió una
    let (clave, set_clave) = signal(None::<(String, String)>);
    let al_leer_clave = Callback::new(move |leidos: Option<Leidos>| {
        if let Some((nombre, Ok(texto))) = leidos.and_then(|l| l.into_iter().next()) {
            set_clave.set(Some((nombre, texto)));
        }
    });
    let al_leer = Callback::new(move |leidos: Option<Leidos>| {
        let Some((nombre, texto)) = leidos.and_then(|l| l.into_iter().next()) else {
            set_leyendo.set(true);
            return;
        };
        match texto {
            Ok(texto) if es_certificado(&texto) => {
                spawn_local(async move {
                    let elegida = clave.get_untracked().map(|(_, t)| t);
                    let jwk = match elegida {
                        Some(t) => Some(t),
                        None => crate::firma_web::clave_de_la_instalacion().await,
                    };
                    let r = match jwk {
                        Some(jwk) => crate::firma_web::verificar(&texto, &jwk).await,
                        None => crate::firma_web::Resultado {
                            valido: false,
                            comprobado: Vec::new(),
                            problema: Some("Esta instalación no publica la clave pública del emisor: elija su archivo .jwk (lo entrega RR. HH.) y vuelva a elegir el certificado.".into()),
                            datos: None,
                        },
                    };
                    set_resultado.set(Some(Verificado::Certificado(nombre, r)));
                    set_leyendo.set(false);
                });
                return;
            }
            Ok(texto) => set_resultado.set(Some(Verificado::Expediente(nombre, verificar(&texto)))),
            Err(m) => set_resultado.set(Some(Verificado::Expediente(
                nombre,
                Verificacion::rechazo(m),
            ))),
        }
        set_leyendo.set(false);
    });
    view! {
        <Pagina clase="verificar" titulo="Verificar certificado" intro={concat!(
            "Elija el certificado (archivo .json) que firmó Recursos Humanos. Se comprueba la firma del emisor, las fechas de validez, ",
            "que el expediente que lo acompaña es el firmado y el de esa persona, y se vuelve a calificar cada transcripción. ",
            "Un expediente sin firma también se puede revisar, pero solo por dentro: no es un certificado.",
        )}>
            <ZonaArchivos id="archivo-expediente" etiqueta="Certificado o expediente a verificar" multiple=false al_leer=al_leer/>
            <details class="clave-emisor">
                <summary>{move || match clave.get() {
                    Some((nombre, _)) => format!("Clave pública del emisor: {nombre}"),
                    None => "Clave pública del emisor (si esta instalación no la publica)".to_string(),
                }}</summary>
                <ZonaArchivos id="archivo-clave" etiqueta="Clave pública del emisor (.jwk)" multiple=false al_leer=al_leer_clave/>
            </details>
            <div role="status" aria-live="polite">
                {move || leyendo.get().then(|| view! { <p>"Verificando…"</p> })}
                {move || resultado.get().map(|r| match r {
                    Verificado::Certificado(nombre, r) => view! {
                        <div class=if r.valido { "veredicto-exp valido" } else { "veredicto-exp invalido" }>
                            <p class="sello">{if r.valido { "VÁLIDO" } else { "NO VÁLIDO" }}</p>
                            <p class="archivo">{nombre}</p>
                            {r.datos.map(|d| view! { <p>{d}</p> })}
                            <ul class="comprobado">
                                {r.comprobado.into_iter().map(|c| view! { <li>{format!("✓ {c}")}</li> }).collect_view()}
                                {r.problema.map(|p| view! { <li class="fallo-verificacion">{format!("✗ {p}")}</li> })}
                            </ul>
                            {r.valido.then(|| view! {
                                <div class="fila-botones no-imprimir">
                                    <button type="button" class="boton-secundario" on:click=|_| {
                                        if let Some(w) = web_sys::window() {
                                            let _ = w.print();
                                        }
                                    }>"Imprimir la verificación"</button>
                                </div>
                            })}
                        </div>
                    }.into_any(),
                    Verificado::Expediente(nombre, v) => {
                        let datos = v.leido.as_ref().map(|e| format!(
                            "{} · cédula {} · {} · total {} · {} · código {}",
                            protocolo::texto::controles_bidi_visibles(&e.participante.nombre), e.participante.cedula, fecha_corta(&e.fecha), e.total,
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
                        }.into_any()
                    }
                })}
            </div>
        </Pagina>
    }
}
