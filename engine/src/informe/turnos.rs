//! Cada turno en el informe, con lo que resultó de él: los pasos que cumplió,
//! sus hallazgos, lo que todavía no contaba porque su momento no había
//! llegado, o que nadie lo oyó. Ningún turno desaparece del informe.

use super::{EstadoPaso, Hallazgo, ResultadoPaso};
use crate::detector::Interlocutor;
use crate::escenario::Escenario;
use crate::hallazgo::Origen;
use crate::hora::Hora;
use crate::resultado::{Evidencia, Resultado, TurnoHecho};
use crate::texto::enumerar;
use serde::{Deserialize, Serialize};

/// Un turno de la persona en formación y lo que resultó de él.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnoInforme {
    /// Su posición (desde 0).
    pub turno: usize,
    /// La hora del reloj simulado.
    pub hora: Hora,
    /// Algo dicho o una acción (el botón «Terminar» cuenta como acción).
    pub origen: Origen,
    /// Lo dicho, o el botón.
    pub dicho: String,
    /// Quién lo oyó (en lo dicho; nadie, si no había nadie).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oyente: Option<Interlocutor>,
    /// Lo que resultó, en una o dos frases.
    pub desenlace: String,
}

/// El texto de un momento («El ofrecimiento de …: cuando …») hasta los dos
/// puntos, con minúscula inicial: «el ofrecimiento de …».
pub(super) fn nombre_del_momento(texto: &str) -> String {
    let nombre = texto.split(':').next().unwrap_or(texto).trim();
    let mut letras = nombre.chars();
    // con la minúscula del motor: `char::to_lowercase` lleva al wasm las tablas de Unicode
    match letras.next() {
        Some(c) => std::iter::once(crate::texto::minuscula(c))
            .chain(letras)
            .collect(),
        None => String::new(),
    }
}

/// «título», con las comillas de dentro como “ ”.
fn citar(titulo: &str) -> String {
    format!("«{}»", titulo.replace('«', "“").replace('»', "”"))
}

/// Los turnos del intento, en orden, con su desenlace; si la persona terminó
/// el intento, «Terminar» es el último.
pub(super) fn turnos_del_informe(
    s: &Resultado,
    pasos: &[ResultadoPaso],
    hallazgos: &[Hallazgo],
    rellenar: &dyn Fn(&str) -> String,
) -> Vec<TurnoInforme> {
    let e = &s.escenario;
    let mut lista: Vec<TurnoInforme> = s
        .turnos
        .iter()
        .map(|t| TurnoInforme {
            turno: t.turno,
            hora: t.hora,
            origen: t.evidencia.origen(),
            dicho: t.evidencia.texto(),
            oyente: match &t.evidencia {
                Evidencia::Dicho { canal, .. } => *canal,
                Evidencia::Accion { .. } => None,
            },
            desenlace: desenlace(e, t, pasos, hallazgos, rellenar),
        })
        .collect();
    if s.terminado_antes {
        lista.push(TurnoInforme {
            turno: s.turnos.last().map_or(0, |t| t.turno + 1),
            hora: s.hora_fin,
            origen: Origen::Accion,
            dicho: "Terminar".into(),
            oyente: None,
            desenlace: "Terminó el intento aquí, antes del final de la visita.".into(),
        });
    }
    lista
}

fn desenlace(
    e: &Escenario,
    t: &TurnoHecho,
    pasos: &[ResultadoPaso],
    hallazgos: &[Hallazgo],
    rellenar: &dyn Fn(&str) -> String,
) -> String {
    if matches!(t.evidencia, Evidencia::Dicho { canal: None, .. }) {
        return "Nadie lo oyó (no había nadie con usted ni una llamada abierta): no se calificó."
            .into();
    }
    let mut partes: Vec<String> = Vec::new();
    if !t.pasos.is_empty() {
        let titulos: Vec<String> = t
            .pasos
            .iter()
            .filter_map(|id| pasos.iter().find(|p| &p.paso == id))
            .map(|p| match p.estado {
                EstadoPaso::Cumplido => citar(&p.titulo),
                otro => format!(
                    "{} ({})",
                    citar(&p.titulo),
                    crate::texto::en_minusculas(otro.texto())
                ),
            })
            .collect();
        partes.push(format!("Cumplió {}.", enumerar(&titulos)));
    }
    for id in &t.antes_de_tiempo {
        let Some(p) = e.paso(id) else { continue };
        let momento = p
            .tras_marca
            .as_deref()
            .and_then(|m| e.momento(m))
            .map(|m| nombre_del_momento(&rellenar(&m.texto)))
            .unwrap_or_else(|| "su momento".into());
        partes.push(format!(
            "{} todavía no contaba: {momento} aún no había llegado.",
            citar(&p.titulo)
        ));
    }
    let propios: Vec<&str> = hallazgos
        .iter()
        .filter(|h| h.turno == Some(t.turno))
        .map(|h| h.mensaje.as_str())
        .collect();
    match propios.len() {
        0 => {}
        1 => partes.push(format!("Hallazgo: {}", propios[0])),
        _ => partes.push(format!("Hallazgos: {}", propios.join(" "))),
    }
    if partes.is_empty() {
        "Sin efecto en la calificación: no cumplió ningún paso pendiente ni cometió faltas.".into()
    } else {
        partes.join(" ")
    }
}
