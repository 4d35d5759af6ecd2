//! La configuración del LRS (xAPI) para las sesiones vigiladas: RR. HH.
//! guarda en este navegador la dirección y las credenciales; desde entonces
//! cada certificación hecha aquí envía sus resultados a ese LRS (la cola y el
//! envío están en `entrenador::xapi`). Con un lanzamiento cmi5 manda el LMS,
//! no esta configuración.

use entrenador::componentes::pagina::Pagina;
use entrenador::xapi::{self, AjustesLrs};
use leptos::prelude::*;

/// Pide una página de declaraciones con las credenciales, para saber si
/// sirven.
async fn probar(a: &AjustesLrs) -> Result<(), String> {
    let url = format!("{}statements?limit=1", a.endpoint);
    match xapi::pedir("GET", &url, Some(&a.autorizacion()), None).await {
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
    let guardados = xapi::ajustes();
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
            let guardado = xapi::guardar_ajustes(Some(&a));
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
        let _ = xapi::guardar_ajustes(None);
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
