//! La configuración del LRS (xAPI) para las sesiones vigiladas: RR. HH.
//! guarda en este navegador la dirección y las credenciales; desde entonces
//! cada certificación hecha aquí envía sus resultados a ese LRS (la cola y el
//! envío están en el módulo LRS, `src/bin/lrs/`, que lee la configuración de
//! `CLAVE_AJUSTES`). Con un lanzamiento cmi5 manda el LMS, no esta
//! configuración.

use entrenador::almacen;
use entrenador::componentes::pagina::Pagina;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// El LRS que configuró RR. HH. en este navegador (lo lee también el módulo LRS).
pub const CLAVE_AJUSTES: &str = "entrenador-protocolo/lrs";

/// El formato de la configuración guardada.
pub const FORMATO_AJUSTES: &str = "entrenador-protocolo/lrs";

/// El LRS de una sesión vigilada: dirección y credenciales Basic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AjustesLrs {
    pub formato: String,
    pub version: u32,
    /// La dirección del LRS (termina en `/`, por ejemplo `…/xAPI/`).
    pub endpoint: String,
    pub usuario: String,
    pub clave: String,
}

impl AjustesLrs {
    /// Valida lo que escribió RR. HH.; el error dice qué corregir.
    pub fn nuevos(endpoint: &str, usuario: &str, clave: &str) -> Result<AjustesLrs, String> {
        let mut endpoint = endpoint.trim().to_string();
        if !(endpoint.starts_with("http://") || endpoint.starts_with("https://"))
            || endpoint.chars().any(char::is_whitespace)
        {
            return Err("La dirección del LRS debe empezar con http:// o https://".into());
        }
        if !endpoint.ends_with('/') {
            endpoint.push('/');
        }
        if usuario.trim().is_empty() || clave.is_empty() {
            return Err("Faltan el usuario o la clave del LRS".into());
        }
        Ok(AjustesLrs {
            formato: FORMATO_AJUSTES.into(),
            version: 1,
            endpoint,
            usuario: usuario.trim().into(),
            clave: clave.into(),
        })
    }

    /// El encabezado `Authorization`.
    pub fn autorizacion(&self) -> String {
        basic(&format!("{}:{}", self.usuario, self.clave))
    }
}

/// `Basic` con base64 del texto en UTF-8 (con `btoa`, que toma bytes como
/// caracteres de U+0000 a U+00FF).
fn basic(texto: &str) -> String {
    let bytes: String = texto.bytes().map(char::from).collect();
    let b64 = web_sys::window()
        .and_then(|w| w.btoa(&bytes).ok())
        .unwrap_or_default();
    format!("Basic {b64}")
}

/// La configuración que guardó RR. HH., si hay y se puede leer.
pub fn ajustes() -> Option<AjustesLrs> {
    let texto = almacen::leer(CLAVE_AJUSTES).ok()??;
    protocolo::formato::leer::<AjustesLrs>(&texto)
        .ok()
        .filter(|a| a.formato == FORMATO_AJUSTES)
}

/// Guarda (o con `None` olvida) la configuración del LRS.
pub fn guardar_ajustes(a: Option<&AjustesLrs>) -> Result<(), String> {
    match a {
        Some(a) => almacen::guardar(CLAVE_AJUSTES, &protocolo::formato::escribir(a)),
        None => {
            almacen::borrar(CLAVE_AJUSTES);
            Ok(())
        }
    }
}

/// Una solicitud HTTP a un LRS o al LMS: el código y el texto de la
/// respuesta, o `Err` si no hubo respuesta (sin red, sin servidor, CORS).
pub async fn pedir(
    metodo: &str,
    url: &str,
    autorizacion: Option<&str>,
    cuerpo: Option<&str>,
) -> Result<(u16, String), ()> {
    let opciones = web_sys::RequestInit::new();
    opciones.set_method(metodo);
    let encabezados = web_sys::Headers::new().map_err(|_| ())?;
    encabezados
        .set("X-Experience-API-Version", "1.0.3")
        .map_err(|_| ())?;
    if let Some(a) = autorizacion {
        encabezados.set("Authorization", a).map_err(|_| ())?;
    }
    if let Some(c) = cuerpo {
        encabezados
            .set("Content-Type", "application/json")
            .map_err(|_| ())?;
        opciones.set_body(&c.into());
    }
    opciones.set_headers(&encabezados);
    let solicitud = web_sys::Request::new_with_str_and_init(url, &opciones).map_err(|_| ())?;
    let ventana = web_sys::window().ok_or(())?;
    let respuesta: web_sys::Response = JsFuture::from(ventana.fetch_with_request(&solicitud))
        .await
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    let texto = match respuesta.text() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok((respuesta.status(), texto))
}

/// Pide una página de declaraciones con las credenciales, para saber si
/// sirven.
async fn probar(a: &AjustesLrs) -> Result<(), String> {
    let url = format!("{}statements?limit=1", a.endpoint);
    match pedir("GET", &url, Some(&a.autorizacion()), None).await {
        Ok((200, _)) => Ok(()),
        Ok((401 | 403, _)) => Err("el LRS rechazó el usuario o la clave".into()),
        Ok((c, _)) => Err(format!(
            "el LRS respondió con un error ({c}); ¿es la dirección de su xAPI (…/xAPI/)?"
        )),
        Err(()) => Err(
            "no hubo respuesta: revise la dirección, que el LRS esté en marcha y que permita esta página (CORS)"
                .into(),
        ),
    }
}

#[component]
pub fn ConfigurarLrs() -> impl IntoView {
    let guardados = ajustes();
    let (endpoint, set_endpoint) = signal(
        guardados
            .as_ref()
            .map(|a| a.endpoint.clone())
            .unwrap_or_default(),
    );
    let (usuario, set_usuario) = signal(
        guardados
            .as_ref()
            .map(|a| a.usuario.clone())
            .unwrap_or_default(),
    );
    let (clave, set_clave) = signal(guardados.map(|a| a.clave).unwrap_or_default());
    let (mensaje, set_mensaje) = signal(None::<(bool, String)>);
    let (ocupado, set_ocupado) = signal(false);
    let guardar = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let a = match AjustesLrs::nuevos(
            &endpoint.get_untracked(),
            &usuario.get_untracked(),
            &clave.get_untracked(),
        ) {
            Ok(a) => a,
            Err(m) => return set_mensaje.set(Some((false, format!("{m}.")))),
        };
        set_ocupado.set(true);
        leptos::task::spawn_local(async move {
            let prueba = probar(&a).await;
            // se guarda aunque el LRS no responda ahora: lo que se certifique espera en la cola
            let guardado = guardar_ajustes(Some(&a));
            set_endpoint.set(a.endpoint.clone());
            set_mensaje.set(Some(match (guardado, prueba) {
                (Err(m), _) => (false, format!("No se pudo guardar: {m}.")),
                (Ok(()), Ok(())) => (true, format!("Guardado. El LRS en {} respondió con estas credenciales: las certificaciones de este navegador le enviarán sus resultados.", a.endpoint)),
                (Ok(()), Err(m)) => (false, format!("Guardado, pero {m}. Los resultados esperarán en este navegador hasta que el LRS responda.")),
            }));
            set_ocupado.set(false);
        });
    };
    let olvidar = move |_| {
        let _ = guardar_ajustes(None);
        set_clave.set(String::new());
        set_mensaje.set(Some((
            true,
            "Se olvidó la configuración: este navegador ya no envía resultados a un LRS.".into(),
        )));
    };
    view! {
        <Pagina clase="config-lrs" titulo="LRS para sesiones vigiladas (xAPI)"
            intro="Con un LRS configurado aquí, cada certificación hecha en este navegador envía sus resultados sola: al comenzar, al terminar cada escenario y al final con el expediente entero. Si no hay conexión, esperan guardados y se envían una sola vez cuando el LRS vuelve. Un LMS con cmi5 no necesita esta página: el enlace de lanzamiento ya dice adónde enviar.">
            <form class="datos" on:submit=guardar>
                <label for="lrs-endpoint">"Dirección xAPI del LRS"</label>
                <input id="lrs-endpoint" type="url" required placeholder="https://lrs.grupoins.com/xAPI/"
                    prop:value=move || endpoint.get() on:input=move |ev| set_endpoint.set(event_target_value(&ev))/>
                <label for="lrs-usuario">"Usuario"</label>
                <input id="lrs-usuario" type="text" required autocomplete="off"
                    prop:value=move || usuario.get() on:input=move |ev| set_usuario.set(event_target_value(&ev))/>
                <label for="lrs-clave">"Clave"</label>
                <input id="lrs-clave" type="password" required autocomplete="off"
                    prop:value=move || clave.get() on:input=move |ev| set_clave.set(event_target_value(&ev))/>
                <p class="nota">"La clave queda guardada en este navegador: configure el LRS solo en equipos de sesiones vigiladas y use un usuario del LRS que solo pueda escribir declaraciones."</p>
                <div class="fila-botones">
                    <button type="submit" class="boton-primario" disabled=move || ocupado.get()>
                        {move || if ocupado.get() { "Probando el LRS…" } else { "Guardar y probar" }}
                    </button>
                    <button type="button" class="boton-secundario" on:click=olvidar>"Olvidar la configuración"</button>
                </div>
            </form>
            <p role="status" class=move || match mensaje.get() { Some((false, _)) => "error", _ => "" }>
                {move || mensaje.get().map(|(_, m)| m)}
            </p>
        </Pagina>
    }
}
