//! Un expediente aprobado de verdad, para firmarlo: las visitas perfectas de
//! los ejemplos resueltos, dichas con el nombre del cliente, la parte del día
//! y el nombre de la persona de cada variante del plan.

use protocolo::escenario::buscar;
use protocolo::expediente::{crear, plan_certificacion, Expediente, Participante};
use protocolo::{Genero, ParteDelDia, Persona, Proveedor, Sesion, Transcripcion, Turno};

/// La visita perfecta del escenario `id` con la variante de `semilla`,
/// jugada por `nombre`.
fn visita(id: &str, semilla: u64, nombre: &str) -> Sesion {
    let e = buscar(id).unwrap();
    let proveedor = Proveedor {
        nombre: nombre.into(),
        genero: Genero::F,
    };
    let v = Sesion::nueva(e.clone(), semilla, proveedor.clone())
        .variante()
        .clone();
    let cliente = Persona {
        nombre: v.cliente.nombre.clone(),
        genero: v.cliente.genero,
    }
    .tratamiento();
    let saludo = match v.hora_inicio.parte_del_dia() {
        ParteDelDia::Dias => "Buenos días",
        ParteDelDia::Tardes => "Buenas tardes",
        ParteDelDia::Noches => "Buenas noches",
    };
    let mut t = Transcripcion::desde_json(protocolo::ejemplos::ejemplo(id).unwrap()).unwrap();
    t.semilla = semilla;
    t.proveedor = proveedor;
    for turno in &mut t.turnos {
        if let Turno::Dice { texto, .. } = turno {
            let mut mayuscula = cliente.clone();
            mayuscula.replace_range(..1, &cliente[..1].to_uppercase());
            *texto = texto
                .replace("Carlos Jiménez", nombre)
                .replace("Don Jorge", &mayuscula)
                .replace("don Jorge", &cliente)
                .replace("Buenas tardes", saludo);
        }
    }
    Sesion::reproducir(e, &t).unwrap()
}

/// Un expediente aprobado de `nombre`: la primera semilla de certificación
/// (desde `desde`) cuyo plan no lleva el inconveniente con hora acordada y
/// cuyas visitas perfectas aprueban.
pub fn expediente_aprobado(nombre: &str, desde: u64) -> Expediente {
    for semilla in desde..desde + 5_000 {
        let plan = plan_certificacion(semilla);
        if plan[1].0 == "inconveniente-solucionable" {
            continue;
        }
        let sesiones: Vec<Sesion> = plan.iter().map(|(id, s)| visita(id, *s, nombre)).collect();
        let e = crear(
            Participante {
                nombre: nombre.into(),
                cedula: "1-0234-0567".into(),
            },
            "2026-12-02T09:30:00-06:00".into(),
            semilla,
            &sesiones,
        );
        if e.aprobado {
            return e;
        }
    }
    panic!("ninguna certificación aprobada desde la semilla {desde}");
}
