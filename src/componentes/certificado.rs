//! El certificado: una página A4 imprimible que RR. HH. puede archivar, y la
//! descarga del expediente con todas las transcripciones y el código de
//! verificación.

use crate::almacen;
use crate::estado::{Estado, Pantalla};
use leptos::prelude::*;
use protocolo::escenario::Dimension;
use protocolo::informe::NOTA_APROBACION;

/// El día de una fecha ISO 8601 como "28/11/2026", en la hora local del
/// dispositivo (el formato de fecha del historial, sin la hora).
pub fn fecha_corta(iso: &str) -> String {
    let f = super::historial::formatear_fecha(iso);
    f.split(' ').next().unwrap_or_default().to_string()
}

#[component]
pub fn Certificado() -> impl IntoView {
    let estado = expect_context::<Estado>();
    // la de la certificación actual, o una anterior elegida en el Historial
    let expediente = move || match estado.constancia.get() {
        Some(i) => estado
            .certificados
            .with(|v| v.get(i).and_then(|c| c.expediente.clone())),
        None => estado
            .certificacion
            .with(|c| c.as_ref().and_then(|c| c.expediente.clone())),
    };
    let (nota, set_nota) = signal(None::<String>);
    move || {
        let Some(guardado) = expediente() else {
            return view! { <p>"No hay ningún certificado todavía."</p> }.into_any();
        };
        let json = guardado.texto();
        let e = guardado.expediente;
        let nombre_archivo = format!(
            "expediente-{}-{}.json",
            e.participante.cedula,
            e.fecha.get(..10).unwrap_or("")
        );
        let descargar = move |_| {
            set_nota.set(Some(
                match almacen::descargar(&nombre_archivo, &json, "application/json") {
                    Ok(()) => format!(
                        "Se descargó «{nombre_archivo}» en la carpeta de descargas. Entréguelo a Recursos Humanos para que lo revise y lo firme."
                    ),
                    Err(m) => m,
                },
            ))
        };
        let imprimir = |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        };
        let dim = |i: &protocolo::Informe, d: Dimension| {
            i.puntaje(d)
                .map(|v| v.to_string())
                .unwrap_or_else(|| "—".into())
        };
        view! {
            <section class="certificado" aria-labelledby="titulo-certificado">
                <p class="emisor">"Instituto Nacional de Seguros · Departamento Centro de Contacto"</p>
                <h1 id="titulo-certificado">"Constancia de certificación en el protocolo de servicio en el comercio"</h1>
                <p class="estado-firma">"Sin firma: esta constancia no es un certificado. El certificado lo emite Recursos Humanos cuando firma el expediente, y cualquiera puede verificarlo en «Verificar certificado»."</p>
                <p class="otorgado">"Se hace constar que"</p>
                <p class="persona">{protocolo::texto::controles_bidi_visibles(&e.participante.nombre)}</p>
                <p class="cedula">{format!("cédula {}", e.participante.cedula)}</p>
                <p class=if e.aprobado { "dictamen aprobado" } else { "dictamen reprobado" }>
                    {if e.aprobado { "APROBÓ" } else { "NO APROBÓ" }}
                    {format!(" la certificación con un promedio de {} / 100", e.total)}
                </p>
                <p class="criterio">{format!("Criterio: promedio de {NOTA_APROBACION} o más y ningún error crítico.")}</p>
                <table class="fichas tabla-certificado" role="table">
                    <caption>"Escenarios"</caption>
                    <thead role="rowgroup"><tr role="row">
                        <th role="columnheader" scope="col">"Escenario"</th><th role="columnheader" scope="col">"Total"</th><th role="columnheader" scope="col">"Cortesía"</th>
                        <th role="columnheader" scope="col">"Procedimiento"</th><th role="columnheader" scope="col">"Escalamiento"</th><th role="columnheader" scope="col">"Errores críticos"</th>
                    </tr></thead>
                    <tbody role="rowgroup">
                        {e.intentos.iter().map(|i| view! {
                            <tr role="row">
                                // (data-etiqueta y los roles: en un teléfono cada fila es una ficha, ver .fichas en style/main.css)
                                <td role="cell" class="escenario" data-etiqueta="Escenario">{i.informe.titulo.clone()}</td>
                                <td role="cell" data-etiqueta="Total">{i.informe.total}</td>
                                <td role="cell" data-etiqueta="Cortesía">{dim(&i.informe, Dimension::Cortesia)}</td>
                                <td role="cell" data-etiqueta="Procedimiento">{dim(&i.informe, Dimension::Procedimiento)}</td>
                                <td role="cell" data-etiqueta="Escalamiento">{dim(&i.informe, Dimension::Escalamiento)}</td>
                                <td role="cell" data-etiqueta="Errores críticos">{i.informe.errores_criticos.len()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <dl class="datos-certificado">
                    <dt>"Fecha"</dt><dd>{fecha_corta(&e.fecha)}</dd>
                    <dt>"Emisor"</dt><dd>"Ninguno todavía (sin la firma de RR. HH.)"</dd>
                    <dt>"Código del expediente"</dt><dd class="codigo">{e.codigo.clone()}</dd>
                    <dt>"Versión del motor"</dt><dd>{e.motor.clone()}</dd>
                    <dt>"Versión del contenido"</dt><dd>{e.version_contenido.clone()}</dd>
                </dl>
                <p class="nota-certificado">
                    "El código del expediente prueba que sus transcripciones obtienen este puntaje con este contenido; no prueba quién las escribió ni que lo revisó Recursos Humanos. "
                    "Descargue el expediente y entréguelo a Recursos Humanos para que lo revise y lo firme."
                </p>
                <div class="fila-botones no-imprimir">
                    <button type="button" class="boton-primario" on:click=imprimir>"Imprimir la constancia"</button>
                    <button type="button" class="boton-secundario" on:click=descargar>"Descargar expediente"</button>
                    <button type="button" class="boton-secundario" on:click=move |_| estado.pantalla.set(Pantalla::Historial)>"Ver el historial"</button>
                </div>
                <p class="nota-descarga no-imprimir" role="status">{move || nota.get()}</p>
                <details class="no-imprimir hallazgos-certificado">
                    <summary>"Hallazgos de cada escenario"</summary>
                    {e.intentos.iter().map(|i| view! {
                        <h2>{i.informe.titulo.clone()}</h2>
                        <ul>
                            {i.informe.hallazgos.iter().map(|h| view! {
                                <li>{format!("{}Sección {}: {}", if h.critico { "Error crítico · " } else { "" }, h.seccion, h.mensaje)}</li>
                            }).collect_view()}
                        </ul>
                    }).collect_view()}
                </details>
            </section>
        }
        .into_any()
    }
}
