//! Revisión (RR. HH.): muchos expedientes a la vez, cada uno verificado; una
//! tabla ordenable, los pasos que el grupo más omite y una exportación CSV para
//! Excel.

use crate::verificar::{Leidos, ZonaArchivos};
use entrenador::almacen;
use entrenador::componentes::certificado::fecha_corta;
use entrenador::componentes::pagina::Pagina;
use leptos::prelude::*;
use protocolo::revision::{revisar, Fila, Revision as Tabla};
use protocolo::texto::plegar_texto;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Columna {
    Nombre,
    Fecha,
    Total,
    Cortesia,
    Procedimiento,
    Escalamiento,
    Resultado,
    Verificacion,
}

const COLUMNAS: [(Columna, &str); 8] = [
    (Columna::Nombre, "Persona"),
    (Columna::Fecha, "Fecha"),
    (Columna::Total, "Total"),
    (Columna::Cortesia, "Cortesía"),
    (Columna::Procedimiento, "Procedimiento"),
    (Columna::Escalamiento, "Escalamiento"),
    (Columna::Resultado, "Resultado"),
    (Columna::Verificacion, "Verificación"),
];

fn ordenar(filas: &mut Vec<Fila>, c: Columna, asc: bool) {
    protocolo::orden::ordenar(filas, |a, b| {
        let o = match c {
            Columna::Nombre => plegar_texto(&a.nombre).cmp(&plegar_texto(&b.nombre)),
            Columna::Fecha => a.fecha.cmp(&b.fecha),
            Columna::Total => a.total.cmp(&b.total),
            Columna::Cortesia => a.cortesia.cmp(&b.cortesia),
            Columna::Procedimiento => a.procedimiento.cmp(&b.procedimiento),
            Columna::Escalamiento => a.escalamiento.cmp(&b.escalamiento),
            Columna::Resultado => a.aprobado.cmp(&b.aprobado),
            Columna::Verificacion => a.valido.cmp(&b.valido),
        };
        if asc {
            o
        } else {
            o.reverse()
        }
    });
}

fn cifra(n: Option<u32>) -> String {
    n.map(|x| x.to_string()).unwrap_or_else(|| "—".into())
}

/// «1 expediente», «3 expedientes».
fn contar(n: usize, uno: &str, varios: &str) -> String {
    format!("{n} {}", if n == 1 { uno } else { varios })
}

/// Firmar los expedientes aprobados de la cohorte con la clave privada de
/// RR. HH., que se lee del archivo que se elige, se usa y se olvida.
#[component]
fn FirmarAprobados(
    /// Los expedientes leídos (archivo y texto).
    textos: ReadSignal<Vec<(String, String)>>,
) -> impl IntoView {
    let (pem, set_pem) = signal(None::<(String, String)>);
    let (frase, set_frase) = signal(String::new());
    let (emisor, set_emisor) = signal(protocolo::certificado::EMISOR_POR_OMISION.to_string());
    let (dias, set_dias) = signal(protocolo::certificado::DIAS_DE_VALIDEZ.to_string());
    let (firmando, set_firmando) = signal(false);
    let (resultados, set_resultados) = signal(Vec::<(bool, String)>::new());
    let al_leer_clave = Callback::new(move |leidos: Option<Leidos>| {
        if let Some((nombre, Ok(texto))) = leidos.and_then(|l| l.into_iter().next()) {
            set_pem.set(Some((nombre, texto)));
        }
    });
    let firmar = move |_| {
        let Some((_, clave)) = pem.get_untracked() else {
            set_resultados.set(vec![(
                false,
                "Elija primero el archivo de la clave privada.".into(),
            )]);
            return;
        };
        let Some(dias) = dias
            .get_untracked()
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=3650).contains(d))
        else {
            set_resultados.set(vec![(
                false,
                "Los días de validez deben ser un número entre 1 y 3650.".into(),
            )]);
            return;
        };
        let nombre_emisor = emisor.get_untracked();
        let lote = textos.get_untracked();
        set_firmando.set(true);
        leptos::task::spawn_local(async move {
            let mut salida = Vec::new();
            match crate::firma_web::preparar_clave(&clave, &frase.get_untracked()).await {
                Err(m) => salida.push((false, format!("La clave no se pudo usar: {m}."))),
                Ok(did) => {
                    for (archivo, texto) in lote {
                        match crate::firma_web::firmar(&texto, &did, &nombre_emisor, dias).await {
                            Ok((nombre, json)) => {
                                match almacen::descargar(&nombre, &json, "application/json") {
                                    Ok(()) => salida
                                        .push((true, format!("{archivo}: certificado {nombre}"))),
                                    Err(m) => salida.push((false, format!("{archivo}: {m}"))),
                                }
                            }
                            Err(m) => salida.push((false, format!("{archivo}: {m}"))),
                        }
                    }
                }
            }
            // la clave no se guarda: ni en la página ni en el navegador
            crate::firma_web::olvidar_clave();
            set_pem.set(None);
            set_frase.set(String::new());
            set_resultados.set(salida);
            set_firmando.set(false);
        });
    };
    view! {
        <section class="firmar" aria-labelledby="titulo-firmar">
            <h2 id="titulo-firmar">"Firmar los certificados"</h2>
            <p>"Solo se firman los expedientes íntegros, calificados por esta versión y aprobados. La clave privada se lee del archivo que elija, se usa en este navegador y se olvida al terminar: no se guarda ni se envía a ninguna parte."</p>
            <ZonaArchivos id="archivo-clave-privada" etiqueta="Clave privada de RR. HH. (.pem)" multiple=false al_leer=al_leer_clave/>
            <p class="archivo">{move || pem.get().map(|(n, _)| format!("Clave elegida: {n}"))}</p>
            <label for="frase-firma">"Frase de paso de la clave"</label>
            <input id="frase-firma" type="password" autocomplete="off" prop:value=move || frase.get()
                on:input=move |ev| set_frase.set(event_target_value(&ev))/>
            <label for="emisor-firma">"Nombre del emisor"</label>
            <input id="emisor-firma" type="text" prop:value=move || emisor.get()
                on:input=move |ev| set_emisor.set(event_target_value(&ev))/>
            <label for="dias-firma">"Días de validez"</label>
            <input id="dias-firma" type="number" min="1" max="3650" class="corto" prop:value=move || dias.get()
                on:input=move |ev| set_dias.set(event_target_value(&ev))/>
            <div class="fila-botones">
                <button type="button" class="boton-primario" disabled=move || firmando.get() on:click=firmar>
                    {move || if firmando.get() { "Firmando…".to_string() } else { format!("Firmar y descargar ({})", textos.with(|t| t.len())) }}
                </button>
            </div>
            <ul class="resultados-firma" role="status">
                {move || resultados.get().into_iter().map(|(bien, m)| view! {
                    <li class=if bien { "firmado" } else { "fallo-verificacion" }>{format!("{} {m}", if bien { "✓" } else { "✗" })}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// El origen (`https://host:puerto`) de una dirección, para las páginas
/// siguientes que da el LRS (`more` empieza con `/`).
fn origen(url: &str) -> &str {
    let inicio = url.find("://").map_or(0, |i| i + 3);
    match url[inicio..].find('/') {
        Some(i) => &url[..inicio + i],
        None => url,
    }
}

/// Los expedientes de las certificaciones que guarda el LRS configurado,
/// todas las páginas (con un tope), como si fueran archivos.
async fn traer_del_lrs(a: &crate::lrs::AjustesLrs) -> Result<Leidos, String> {
    let autorizacion = a.autorizacion();
    let mut url = format!("{}statements?limit=500", a.endpoint);
    let mut leidos = Vec::new();
    for _ in 0..200 {
        let texto = match crate::lrs::pedir("GET", &url, Some(&autorizacion), None).await {
            Ok((200, t)) => t,
            Ok((401 | 403, _)) => return Err("el LRS rechazó las credenciales configuradas".into()),
            Ok((c, _)) => return Err(format!("el LRS respondió con un error ({c})")),
            Err(()) => return Err(format!("no hubo respuesta del LRS en {}", a.endpoint)),
        };
        let (traidos, mas) = protocolo::xapi::lectura::expedientes_de_pagina(&texto)?;
        leidos.extend(traidos);
        match mas {
            Some(m) if m.starts_with('/') => url = format!("{}{m}", origen(&a.endpoint)),
            Some(m) => url = m,
            None => break,
        }
    }
    if leidos.is_empty() {
        return Err(format!(
            "el LRS en {} no tiene ninguna certificación terminada",
            a.endpoint
        ));
    }
    Ok(leidos)
}

#[component]
pub fn Revision() -> impl IntoView {
    let (tabla, set_tabla) = signal(None::<Tabla>);
    // los expedientes íntegros y aprobados, para firmarlos
    let (para_firmar, set_para_firmar) = signal(Vec::<(String, String)>::new());
    let (orden, set_orden) = signal((Columna::Nombre, true));
    let (leyendo, set_leyendo) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let al_leer = Callback::new(move |leidos: Option<Leidos>| match leidos {
        None => set_leyendo.set(true),
        Some(leidos) => {
            let t = revisar(&leidos);
            let aprobados = leidos
                .iter()
                .zip(&t.filas)
                .filter(|(_, f)| f.valido && f.aprobado == Some(true))
                .filter_map(|((archivo, texto), _)| {
                    texto.as_ref().ok().map(|x| (archivo.clone(), x.clone()))
                })
                .collect();
            set_para_firmar.set(aprobados);
            set_tabla.set(Some(t));
            set_leyendo.set(false);
        }
    });
    let filas = move || {
        tabla.with(|t| {
            t.as_ref().map(|t| {
                let mut f = t.filas.clone();
                let (c, asc) = orden.get();
                ordenar(&mut f, c, asc);
                f
            })
        })
    };
    let exportar = move |_| {
        if let Some(csv) = tabla.with_untracked(|t| t.as_ref().map(|t| t.csv())) {
            if let Err(m) = almacen::descargar(
                "revision-certificaciones.csv",
                &csv,
                "text/csv;charset=utf-8",
            ) {
                set_error.set(Some(m));
            }
        }
    };
    view! {
        <Pagina clase="revision" titulo="Revisión de certificaciones"
            intro="Elija varios expedientes a la vez. Cada uno se verifica; los que no se pueden aceptar aparecen como «no válido» con el motivo, y el resto sigue.">
            <ZonaArchivos id="archivos-revision" etiqueta="Expedientes de la cohorte" multiple=true al_leer=al_leer/>
            <div class="desde-lrs">
                {match crate::lrs::ajustes() {
                    Some(a) => {
                        let traer = move |_| {
                            let a = a.clone();
                            al_leer.run(None);
                            set_error.set(None);
                            leptos::task::spawn_local(async move {
                                match traer_del_lrs(&a).await {
                                    Ok(leidos) => al_leer.run(Some(leidos)),
                                    Err(m) => {
                                        set_leyendo.set(false);
                                        set_error.set(Some(format!("No se pudo traer del LRS: {m}.")));
                                    }
                                }
                            });
                        };
                        view! {
                            <button type="button" class="boton-secundario" on:click=traer>
                                "Traer las certificaciones del LRS"
                            </button>
                        }.into_any()
                    }
                    None => view! {
                        <p class="nota">"O traiga las certificaciones de un LRS: configúrelo en "<a href="#/lrs">"LRS (xAPI)"</a>"."</p>
                    }.into_any(),
                }}
            </div>
            <p role="status">{move || leyendo.get().then_some("Verificando los expedientes…")}</p>
            {move || filas().map(|f| {
                let validos = f.iter().filter(|x| x.valido).count();
                view! {
                    <p class="resumen-revision">{format!(
                        "{}: {} y {}.",
                        contar(f.len(), "expediente", "expedientes"),
                        contar(validos, "íntegro", "íntegros"),
                        contar(f.len() - validos, "no válido", "no válidos")
                    )}</p>
                    <div class="tabla-desplazable" tabindex="0" role="region" aria-label="Tabla de expedientes">
                        <table class="tabla-revision">
                            <caption>"Expedientes (pulse un encabezado para ordenar)"</caption>
                            <thead><tr>
                                {COLUMNAS.into_iter().map(|(c, nombre)| {
                                    let sentido = move || match orden.get() {
                                        (x, true) if x == c => "ascending",
                                        (x, false) if x == c => "descending",
                                        _ => "none",
                                    };
                                    view! {
                                        <th scope="col" aria-sort=sentido>
                                            <button type="button" class="orden" on:click=move |_| set_orden.update(|o| *o = if o.0 == c { (c, !o.1) } else { (c, true) })>
                                                {nombre}
                                            </button>
                                        </th>
                                    }
                                }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {f.into_iter().map(|x| view! {
                                    <tr class=if x.valido { "" } else { "invalido" }>
                                        <td>{protocolo::texto::controles_bidi_visibles(&x.nombre)}<span class="archivo">{format!(" {}", x.archivo)}</span></td>
                                        <td>{fecha_corta(&x.fecha)}</td>
                                        <td>{cifra(x.total)}</td>
                                        <td>{cifra(x.cortesia)}</td>
                                        <td>{cifra(x.procedimiento)}</td>
                                        <td>{cifra(x.escalamiento)}</td>
                                        <td>{match x.aprobado { Some(true) => "Aprobado", Some(false) => "No aprobado", None => "—" }}</td>
                                        <td>{match (x.valido, x.motivo.is_empty()) {
                                            (true, true) => "Íntegro, sin firma".to_string(),
                                            (true, false) => format!("Íntegro, sin firma ({})", x.motivo),
                                            (false, _) => format!("No válido: {}", x.motivo),
                                        }}
                                        {(!x.alertas.is_empty()).then(|| view! {
                                            <ul class="alertas">
                                                {x.alertas.iter().map(|a| view! { <li>{format!("⚠ {a}")}</li> }).collect_view()}
                                            </ul>
                                        })}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            })}
            {move || tabla.get().map(|t| view! {
                <h2>"Pasos que más se fallan"</h2>
                <div class="tabla-desplazable" tabindex="0" role="region" aria-label="Tasa de fallo por paso">
                    <table class="tabla-revision">
                        <caption>"Tasa de fallo por paso del protocolo (expedientes válidos)"</caption>
                        <thead><tr><th scope="col">"Escenario"</th><th scope="col">"Sección"</th><th scope="col">"Paso"</th><th scope="col">"Fallos"</th><th scope="col">"Tasa"</th></tr></thead>
                        <tbody>
                            {t.pasos.into_iter().map(|p| {
                                let tasa = format!("{} %", p.porcentaje());
                                view! {
                                    <tr>
                                        <td>{p.escenario_titulo}</td><td>{p.seccion}</td><td>{p.titulo}</td>
                                        <td>{format!("{} de {}", p.fallos, p.veces)}</td><td>{tasa}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="fila-botones">
                    <button type="button" class="boton-primario" on:click=exportar>"Exportar CSV"</button>
                </div>
            })}
            <p class="error" role="status">{move || error.get()}</p>
            <Show when=move || para_firmar.with(|p| !p.is_empty())>
                <FirmarAprobados textos=para_firmar/>
            </Show>
        </Pagina>
    }
}
