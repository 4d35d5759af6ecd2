//! Lo que un expediente íntegro no prueba y una cohorte sí deja ver: la
//! misma transcripción presentada por dos personas, la misma semilla de
//! certificación (el mismo plan) en dos personas, y tiempos que nadie que
//! escribe tendría (un escenario entero en segundos).

use crate::expediente::ExpedienteLeido;
use crate::mapa::Mapa;
use crate::transcripcion::{Transcripcion, Turno};

/// Un escenario con al menos estos turnos, hecho en menos de estos
/// milisegundos, no lo jugó una persona escribiendo.
const TURNOS_MINIMOS: usize = 5;
const MILISEGUNDOS_MINIMOS: u64 = 30_000;
/// Más caracteres por segundo que esto, sostenidos en un escenario, no son
/// de alguien que escribe (una persona rápida escribe unos 8).
const CARACTERES_POR_SEGUNDO: u64 = 15;
/// Con menos texto que esto no se mide la velocidad.
const CARACTERES_MINIMOS: u64 = 200;

/// Lo que se dijo en una transcripción, plegado y sin el nombre de quien la
/// jugó: dos personas que presentan la misma visita dan la misma huella
/// aunque cambien su nombre en ella.
fn huella(t: &Transcripcion) -> String {
    let nombre: Vec<String> = crate::texto::plegar_texto(&t.proveedor.nombre)
        .split(' ')
        .map(str::to_string)
        .collect();
    let mut h = format!("{}#{}", t.escenario, t.semilla);
    for turno in &t.turnos {
        match turno {
            Turno::Dice { texto, .. } => {
                h.push('|');
                for p in crate::texto::plegar_texto(texto).split(' ') {
                    if !nombre.iter().any(|n| n == p) {
                        h.push_str(p);
                        h.push(' ');
                    }
                }
            }
            Turno::Accion { accion, .. } => {
                h.push('|');
                h.push_str(accion.nombre());
            }
            Turno::Terminar { .. } => h.push_str("|fin"),
        }
    }
    h
}

/// La persona de un expediente, para saber si dos son la misma.
fn persona(e: &ExpedienteLeido) -> (String, String) {
    (
        e.participante.cedula.clone(),
        crate::texto::plegar_texto(&e.participante.nombre),
    )
}

/// Si los tiempos de una transcripción no son de alguien que escribe.
fn tiempos_sospechosos(t: &Transcripcion) -> Option<String> {
    if t.tiempos.is_empty() || t.tiempos.len() != t.turnos.len() {
        return None;
    }
    let duracion = t.tiempos.last()? - t.tiempos.first()?;
    if t.turnos.len() >= TURNOS_MINIMOS && duracion < MILISEGUNDOS_MINIMOS {
        return Some(format!(
            "«{}»: {} turnos en {} segundos",
            t.escenario,
            t.turnos.len(),
            duracion / 1000
        ));
    }
    let caracteres: u64 = t
        .turnos
        .iter()
        .map(|x| match x {
            Turno::Dice { texto, .. } => texto.chars().count() as u64,
            _ => 0,
        })
        .sum();
    let por_segundo = caracteres * 1000 / duracion.max(1);
    (caracteres >= CARACTERES_MINIMOS && por_segundo > CARACTERES_POR_SEGUNDO).then(|| {
        format!(
            "«{}»: {por_segundo} caracteres por segundo (una persona que escribe rápido hace unos 8)",
            t.escenario
        )
    })
}

/// Las alertas de cada expediente válido de la cohorte (`(índice de fila,
/// archivo, expediente)`), por índice de fila.
pub fn alertas(validos: &[(usize, &str, &ExpedienteLeido)]) -> Mapa<usize, Vec<String>> {
    let mut salida: Mapa<usize, Vec<String>> = Mapa::new();
    let mut por_huella: Mapa<String, Vec<usize>> = Mapa::new();
    let mut por_plan: Mapa<String, Vec<usize>> = Mapa::new();
    for (k, (_, _, e)) in validos.iter().enumerate() {
        for i in &e.intentos {
            por_huella.o_defecto(huella(&i.transcripcion)).push(k);
        }
        let plan: Vec<String> = e
            .intentos
            .iter()
            .map(|i| format!("{}#{}", i.escenario, i.semilla))
            .collect();
        por_plan.o_defecto(plan.join(",")).push(k);
        for i in &e.intentos {
            if let Some(m) = tiempos_sospechosos(&i.transcripcion) {
                salida
                    .o_defecto(validos[k].0)
                    .push(format!("tiempos imposibles al escribir en {m}"));
            }
        }
    }
    let mut avisar = |grupo: &[usize], que: &str| {
        for &a in grupo {
            for &b in grupo {
                if a != b && persona(validos[a].2) != persona(validos[b].2) {
                    let m = format!(
                        "{que} que «{}» ({})",
                        validos[b].1, validos[b].2.participante.nombre
                    );
                    let lista = salida.o_defecto(validos[a].0);
                    if !lista.contains(&m) {
                        lista.push(m);
                    }
                }
            }
        }
    };
    for grupo in por_huella.values() {
        avisar(grupo, "una transcripción es la misma");
    }
    for grupo in por_plan.values() {
        avisar(grupo, "la misma semilla de certificación y el mismo plan");
    }
    salida
}
