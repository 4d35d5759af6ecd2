//! El componente raíz: el encabezado con la navegación, los avisos y la página
//! actual. La página se refleja en la dirección (`#/historial`) para que
//! sobreviva a una recarga y funcione el botón Atrás del navegador.

use crate::componentes::{
    aprender::Aprender,
    cabecera::Cabecera,
    certificado::Certificado,
    certificar::Certificar,
    historial::HistorialPagina,
    informe::Informe,
    inicio::Inicio,
    pagina::{hojas, pedir_hoja},
    practicar::Practicar,
    visita::Visita,
};
use crate::estado::{Estado, Pantalla};
use leptos::prelude::*;

/// Las páginas del menú, en orden (las demás se abren desde ellas).
const MENU: [Pantalla; 5] = [
    Pantalla::Inicio,
    Pantalla::Aprender,
    Pantalla::Practicar,
    Pantalla::Certificar,
    Pantalla::Historial,
];

/// Las páginas de Recursos Humanos, en su propia aplicación (`rrhh.html`).
pub const PAGINAS_RRHH: [(&str, &str); 3] = [
    ("verificar", "Verificar certificado"),
    ("revision", "Revisión RR. HH."),
    ("lrs", "LRS (xAPI)"),
];

/// Las de RR. HH. que el menú de la aplicación de formación enlaza (la
/// configuración del LRS solo desde la de RR. HH.).
const ENLACES_RRHH: [(&str, &str); 2] = [PAGINAS_RRHH[0], PAGINAS_RRHH[1]];

fn ruta_actual() -> Option<Pantalla> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let nombre = hash.trim_start_matches('#').trim_start_matches('/');
    // una dirección de antes a una página de RR. HH. lleva a su aplicación
    if PAGINAS_RRHH.iter().any(|(n, _)| *n == nombre) {
        let _ = web_sys::window()?
            .location()
            .set_href(&format!("rrhh.html#/{nombre}"));
        return None;
    }
    Pantalla::desde_nombre(nombre)
}

/// Las hojas de estilo que una página trae al abrirse (ver `style/`).
fn hojas_de(p: Pantalla) -> &'static [&'static str] {
    match p {
        Pantalla::Aprender => &[hojas::APRENDER, hojas::VISITA],
        Pantalla::Visita => &[hojas::VISITA],
        Pantalla::Informe => &[hojas::INFORME],
        Pantalla::Certificado => &[hojas::CERTIFICADO],
        Pantalla::Historial => &[hojas::HISTORIAL],
        Pantalla::Inicio | Pantalla::Practicar | Pantalla::Certificar => &[],
    }
}

/// Una página que necesita algo en curso se cambia por una que lo tenga.
fn posible(estado: &Estado, p: Pantalla) -> Pantalla {
    let hay_sesion = estado.sesion.with_untracked(|s| s.is_some());
    let hay_expediente = estado
        .certificacion
        .with_untracked(|c| c.as_ref().is_some_and(|c| c.expediente.is_some()))
        || estado.constancia.get_untracked().is_some();
    match p {
        Pantalla::Visita | Pantalla::Informe if !hay_sesion => Pantalla::Practicar,
        Pantalla::Certificado if !hay_expediente => Pantalla::Certificar,
        otra => otra,
    }
}

#[component]
pub fn App() -> impl IntoView {
    let estado = Estado::iniciar();
    provide_context(estado);
    // dentro de un LMS (SCORM 1.2): el modo lo dicen los datos de lanzamiento
    if crate::scorm::conectar()
        && estado.pantalla.get_untracked() == Pantalla::Inicio
        && ruta_actual().is_none()
    {
        estado.pantalla.set(if crate::scorm::lanza_certificacion() {
            Pantalla::Certificar
        } else {
            Pantalla::Practicar
        });
    }
    // un lanzamiento cmi5 (xAPI): se certifica y los resultados van a su LRS
    if crate::xapi::hay_lanzamiento()
        && !crate::scorm::hay_lms()
        && estado.pantalla.get_untracked() == Pantalla::Inicio
        && ruta_actual().is_none()
    {
        estado.pantalla.set(Pantalla::Certificar);
    }
    let _ = window_event_listener(leptos::ev::pagehide, |_| crate::scorm::cerrar());
    // fuera de un LMS (que sirve los archivos él mismo), la aplicación queda
    // guardada en el dispositivo para abrir sin red
    if !crate::scorm::hay_lms() && !crate::xapi::hay_lanzamiento() {
        crate::sin_conexion::registrar();
    }
    // sin nada en curso en este navegador, se reanuda lo que guardó el LMS
    let en_curso = estado.sesion.with_untracked(|s| s.is_some())
        || estado.certificacion.with_untracked(|c| c.is_some());
    if crate::scorm::hay_lms() && !en_curso {
        leptos::task::spawn_local(async move {
            // (reproducirlo pide el catálogo de escenarios, que llega aparte)
            if let Err(m) = crate::arranque::traer_catalogo().await {
                estado.avisar(format!(
                    "{m}: recargue la página para seguir lo guardado en el LMS."
                ));
                return;
            }
            match crate::scorm::leer_suspendido().await {
                Ok(Some(texto)) => estado.reanudar_de_lms(&texto),
                Ok(None) => {}
                Err(m) => estado.avisar(format!(
                    "{m}: empiece de nuevo (nada de lo ya registrado en el LMS se pierde)."
                )),
            }
        });
    }
    // dirección → página (al cargar, si no lo decidió un intento en curso; y con Atrás/Adelante)
    if estado.pantalla.get_untracked() == Pantalla::Inicio {
        if let Some(p) = ruta_actual() {
            estado.pantalla.set(posible(&estado, p));
        }
    }
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(p) = ruta_actual() {
            let p = posible(&estado, p);
            if p != estado.pantalla.get_untracked() {
                estado.pantalla.set(p);
            }
        }
    });
    // página → dirección; y la hoja de estilo de la página, que no va en la
    // primera carga (el efecto corre antes de que el navegador dibuje)
    Effect::new(move |antes: Option<Pantalla>| {
        let p = estado.pantalla.get();
        // una constancia anterior se ve solo al elegirla en el Historial
        if p != Pantalla::Certificado {
            estado.constancia.set(None);
        }
        for hoja in hojas_de(p) {
            pedir_hoja(hoja);
        }
        if ruta_actual() != Some(p) {
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&format!("/{}", p.nombre()));
            }
        }
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
        if antes.is_some_and(|a| a != p) {
            request_animation_frame(crate::componentes::pagina::enfocar_titulo);
        }
        p
    });
    let catalogo = catalogo_a_demanda(&estado);
    view! {
        <Cabecera subtitulo="Servicio en el comercio · Centro de Contacto">
            {MENU.into_iter().map(|p| view! {
                <li>
                    <a
                        href=format!("#/{}", p.nombre())
                        aria-current=move || (estado.pantalla.get() == p).then_some("page")
                    >{p.texto()}</a>
                </li>
            }).collect_view()}
            {ENLACES_RRHH.into_iter().map(|(nombre, texto)| view! {
                <li><a href=format!("rrhh.html#/{nombre}")>{texto}</a></li>
            }).collect_view()}
        </Cabecera>
        <Aviso/>
        <EnPausa/>
        <EnvioLrs/>
        <main id="principal" class="principal" tabindex="-1">
            {move || match estado.pantalla.get() {
                p if necesita_catalogo(p) && !catalogo.listo.get() => view! {
                    <CargandoCatalogo catalogo=catalogo/>
                }.into_any(),
                Pantalla::Inicio => view! { <Inicio/> }.into_any(),
                Pantalla::Aprender => view! { <Aprender/> }.into_any(),
                Pantalla::Practicar => view! { <Practicar/> }.into_any(),
                Pantalla::Certificar => view! { <Certificar/> }.into_any(),
                Pantalla::Visita => view! { <Visita/> }.into_any(),
                Pantalla::Informe => view! { <Informe/> }.into_any(),
                Pantalla::Certificado => view! { <Certificado/> }.into_any(),
                Pantalla::Historial => view! { <HistorialPagina/> }.into_any(),
            }}
        </main>
    }
}

/// Las páginas que muestran escenarios (la portada, Aprender, que lo trae con
/// su curso, y el Historial no).
fn necesita_catalogo(p: Pantalla) -> bool {
    !matches!(
        p,
        Pantalla::Inicio | Pantalla::Aprender | Pantalla::Historial
    )
}

/// El catálogo de escenarios, que la aplicación de formación trae aparte: si
/// ya está, y por qué no llegó.
#[derive(Clone, Copy)]
struct CatalogoADemanda {
    listo: RwSignal<bool>,
    fallo: RwSignal<Option<String>>,
    pidiendo: StoredValue<bool>,
}

impl CatalogoADemanda {
    fn pedir(self) {
        if self.listo.get_untracked() || self.pidiendo.get_value() {
            return;
        }
        self.pidiendo.set_value(true);
        self.fallo.set(None);
        leptos::task::spawn_local(async move {
            match crate::arranque::traer_catalogo().await {
                Ok(()) => self.listo.set(true),
                Err(m) => self.fallo.set(Some(m)),
            }
            self.pidiendo.set_value(false);
        });
    }
}

/// Se pide al abrir la primera página que lo necesita.
fn catalogo_a_demanda(estado: &Estado) -> CatalogoADemanda {
    let c = CatalogoADemanda {
        listo: RwSignal::new(protocolo::escenario::catalogo_disponible()),
        fallo: RwSignal::new(None),
        pidiendo: StoredValue::new(false),
    };
    let pantalla = estado.pantalla;
    Effect::new(move |_| {
        if necesita_catalogo(pantalla.get()) {
            c.pedir();
        }
    });
    c
}

/// Mientras llega el catálogo; si no llegó, por qué y un botón para reintentar.
#[component]
fn CargandoCatalogo(catalogo: CatalogoADemanda) -> impl IntoView {
    move || {
        match catalogo.fallo.get() {
        None => view! { <p class="tarjeta cargando" role="status">"Cargando los escenarios…"</p> }.into_any(),
        Some(m) => view! {
            <div class="tarjeta" role="alert">
                <p>{format!("Ahora {m}. Revise la conexión e intente de nuevo; nada de lo guardado se pierde.")}</p>
                <button type="button" class="boton-primario" on:click=move |_| catalogo.pedir()>"Intentar de nuevo"</button>
            </div>
        }.into_any(),
    }
    }
}

/// Un aviso que se puede cerrar (problemas de almacenamiento, datos apartados).
#[component]
fn Aviso() -> impl IntoView {
    let estado = expect_context::<Estado>();
    move || {
        estado.aviso.get().map(|texto| {
            view! {
                <div class="aviso" role="alert">
                    <p>{texto}</p>
                    <button type="button" class="boton-secundario" on:click=move |_| estado.aviso.set(None)>
                        "Entendido"
                    </button>
                </div>
            }
        })
    }
}

/// Otra pestaña siguió con el intento o la certificación: esta, en pausa
/// (no guarda nada), hasta que la persona decida seguir aquí.
#[component]
fn EnPausa() -> impl IntoView {
    let estado = expect_context::<Estado>();
    move || {
        estado.en_pausa.get().then(|| view! {
            <div class="aviso" role="alert">
                <p>"Este intento siguió en otra pestaña. Aquí quedó en pausa para no borrar lo que hizo allá; lo que escribió en esta pestaña y no envió sigue en su caja."</p>
                <button type="button" class="boton-primario" on:click=move |_| estado.seguir_aqui()>"Seguir en esta pestaña"</button>
            </div>
        })
    }
}

/// Lo que espera para llegar al LRS (solo si algo espera), y qué falla en
/// el enlace de un lanzamiento cmi5 (lo valida el módulo LRS).
#[component]
fn EnvioLrs() -> impl IntoView {
    let estado = expect_context::<Estado>();
    move || {
        let e = estado.envio.get();
        let enlace = e.lanzamiento.map(|m| format!(
            "{m}. Puede practicar y certificarse igual, pero los resultados no irán solos al LRS: descargue el expediente al final."
        ));
        let espera = (e.pendientes + e.rechazadas > 0).then(|| {
            let mut texto = match e.pendientes {
                0 => String::new(),
                1 => "1 resultado espera para enviarse al LRS de RR. HH.".to_string(),
                n => format!("{n} resultados esperan para enviarse al LRS de RR. HH."),
            };
            if let Some(m) = e.problema {
                texto.push_str(&format!(
                    " Ahora no se puede: {m}. Se reintentará solo y nada se pierde."
                ));
            }
            if e.rechazadas > 0 {
                texto.push_str(&format!(
                    " El LRS rechazó {} (guardados en este navegador).",
                    e.rechazadas
                ));
            }
            texto
        });
        view! {
            {enlace.map(|m| view! { <div class="aviso" role="alert"><p>{m}</p></div> })}
            {espera.map(|t| view! { <div class="envio-lrs" role="status"><p>{t}</p></div> })}
        }
    }
}
