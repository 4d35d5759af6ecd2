//! Revisión (RR. HH.): muchos expedientes a la vez, cada uno verificado; una
//! tabla ordenable, los pasos que el grupo más omite y una exportación CSV para
//! Excel.

use super::verificar::{Leidos, ZonaArchivos};
use crate::almacen;
use crate::componentes::pagina::Pagina;
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

#[component]
pub fn Revision() -> impl IntoView {
    let (tabla, set_tabla) = signal(None::<Tabla>);
    let (orden, set_orden) = signal((Columna::Nombre, true));
    let (leyendo, set_leyendo) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let al_leer = Callback::new(move |leidos: Option<Leidos>| match leidos {
        None => set_leyendo.set(true),
        Some(leidos) => {
            set_tabla.set(Some(revisar(&leidos)));
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
                                        <td>{x.nombre.clone()}<span class="archivo">{format!(" {}", x.archivo)}</span></td>
                                        <td>{super::certificado::fecha_corta(&x.fecha)}</td>
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
        </Pagina>
    }
}
