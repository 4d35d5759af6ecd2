//! Los ejemplos resueltos: la visita perfecta de cada escenario
//! (`protocolo::ejemplos`), reproducida por el mismo motor que califica.

use crate::componentes::hablante::{self, Nombres};
use leptos::prelude::*;
use protocolo::escenario::buscar;
use protocolo::{Evento, Sesion, Transcripcion};

/// Una línea de un ejemplo resuelto.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct LineaEjemplo {
    clase: &'static str,
    pub(super) autor: String,
    /// «al Centro de Contacto» cuando el proveedor le habló al operador.
    destino: Option<&'static str>,
    texto: String,
    hora: String,
}

/// Un ejemplo resuelto: el escenario y su diálogo, reproducido por el motor.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Ejemplo {
    titulo: String,
    resumen: String,
    pub(super) detalle: String,
    pub(super) lineas: Vec<LineaEjemplo>,
}

/// Reproduce la transcripción `json` del escenario `id`; un error se explica en español.
pub(super) fn ejemplo(id: &str, json: &str) -> Result<Ejemplo, String> {
    let escenario = buscar(id)?;
    let t = Transcripcion::desde_json(json).map_err(|e| e.to_string())?;
    let s = Sesion::reproducir(escenario.clone(), &t).map_err(|e| e.to_string())?;
    let nombres = Nombres::de_sesion(&s);
    let lineas = s
        .historial()
        .iter()
        .filter_map(|e| match e {
            Evento::Linea {
                quien,
                texto,
                hora,
                a,
                ..
            } => {
                let (clase, autor) = hablante::clase_y_autor(*quien, &nombres);
                Some(LineaEjemplo {
                    clase,
                    autor,
                    destino: hablante::destino(*quien, *a),
                    texto: texto.clone(),
                    hora: hora.to_string(),
                })
            }
            _ => None,
        })
        .collect();
    let informe = s.informe();
    let detalle = format!(
        "Proveedor: {} · Cliente: {} · Resultado del ejemplo: {} de 100, {}",
        t.proveedor.nombre,
        s.variante().cliente.nombre,
        informe.total,
        if informe.aprobado {
            "aprobado"
        } else {
            "no aprobado"
        }
    );
    Ok(Ejemplo {
        titulo: escenario.titulo.clone(),
        resumen: escenario.resumen.clone(),
        detalle,
        lineas,
    })
}

#[component]
pub fn EjemploResuelto(id: &'static str, json: &'static str) -> impl IntoView {
    match ejemplo(id, json) {
        Ok(e) => {
            let etiqueta = format!("Diálogo del ejemplo: {}", e.titulo);
            view! {
                <details class="tarjeta ejemplo">
                    <summary>{e.titulo}</summary>
                    <p>{e.resumen}</p>
                    <p class="detalle-ejemplo">{e.detalle}</p>
                    <ol class="dialogo" aria-label=etiqueta>
                        {e.lineas.into_iter().map(|l| view! {
                            <li class=l.clase>
                                <p class="autor">
                                    <span>
                                        {l.autor}
                                        {l.destino.map(|d| view! { <span class="destino">{format!(" ({d})")}</span> })}
                                    </span>
                                    <span class="hora">{l.hora}</span>
                                </p>
                                <p class="texto">{l.texto}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                </details>
            }
            .into_any()
        }
        Err(m) => view! {
            <details class="tarjeta ejemplo">
                <summary>{id}</summary>
                <p class="error">{format!("No se pudo preparar este ejemplo: {m}.")}</p>
            </details>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use protocolo::ejemplos::EJEMPLOS;

    #[test]
    fn el_contenido_que_se_trae_lleva_todos_los_ejemplos() {
        let c = super::super::curso::de_prueba();
        let traidos: Vec<(&str, &str)> = c
            .ejemplos
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        assert_eq!(traidos, EJEMPLOS.to_vec());
    }

    #[test]
    fn cada_ejemplo_se_reproduce_y_aprueba() {
        for (id, json) in EJEMPLOS {
            let e = ejemplo(id, json).unwrap_or_else(|m| panic!("{id}: {m}"));
            assert!(
                e.lineas.iter().any(|l| l.autor == "Usted"),
                "{id}: sin líneas del proveedor"
            );
            assert!(
                e.detalle.contains("100 de 100, aprobado"),
                "{id}: {}",
                e.detalle
            );
        }
    }

    #[test]
    fn todos_los_escenarios_tienen_ejemplo() {
        let ids: Vec<&str> = EJEMPLOS.iter().map(|(id, _)| *id).collect();
        for e in protocolo::escenario::catalogo().expect("catálogo") {
            assert!(ids.contains(&e.id.as_str()), "falta el ejemplo de {}", e.id);
        }
    }

    #[test]
    fn un_ejemplo_roto_se_explica() {
        let m = ejemplo("servicio-completo", "{").expect_err("JSON roto");
        assert!(!m.is_empty());
        assert!(ejemplo("no-existe", EJEMPLOS[0].1).is_err());
    }
}
