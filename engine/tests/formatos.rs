//! Cada formato guardado va y vuelve por la capa de formato
//! (`protocolo::formato`, sobre serde_json) sin cambiar: transcripciones,
//! informes, expedientes e historial; la salida con sangría de la línea de
//! comandos se lee igual.

use proptest::prelude::*;
use protocolo::ejemplos::EJEMPLOS;
use protocolo::escenario::{buscar, catalogo};
use protocolo::expediente::{crear, plan_certificacion, verificar, Expediente, Participante};
use protocolo::formato::{escribir as a_texto, leer};
use protocolo::historial::{Historial, Modo, Registro};
use protocolo::{Accion, Genero, Interlocutor, Proveedor, Sesion, Transcripcion, Turno};
use serde::{de::DeserializeOwned, Serialize};
use std::fmt::Debug;

/// Se escribe y se vuelve a leer igual, compacto y con sangría.
fn igual_que_serde<T: DeserializeOwned + Serialize + PartialEq + Debug>(v: &T) {
    let nuestro = a_texto(v);
    let leido: T = leer(&nuestro).unwrap();
    assert_eq!(&leido, v);
    assert_eq!(a_texto(&leido), nuestro, "estable byte a byte");
    // la salida con sangría (la de la línea de comandos) se lee igual
    let bonito = serde_json::to_string_pretty(v).unwrap();
    assert_eq!(&leer::<T>(&bonito).unwrap(), v);
}

fn fijos() -> Vec<Transcripcion> {
    let dir = format!(
        "{}/tests/fixtures/transcripciones",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|f| f.unwrap().path())
        .collect();
    v.sort();
    // y los ejemplos resueltos, las visitas perfectas que se entregan con el motor
    let textos = v
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .chain(EJEMPLOS.iter().map(|(_, json)| json.to_string()));
    textos
        .map(|texto| {
            let t = Transcripcion::desde_json(&texto).unwrap();
            assert_eq!(t, serde_json::from_str::<Transcripcion>(&texto).unwrap());
            t
        })
        .collect()
}

#[test]
fn transcripciones_e_informes_de_cada_escenario() {
    let ts = fijos();
    assert!(ts.len() >= 3 * catalogo().unwrap().len());
    for t in &ts {
        igual_que_serde(t);
        let i = Sesion::reproducir(buscar(&t.escenario).unwrap(), t)
            .unwrap()
            .informe();
        igual_que_serde(&i);
    }
}

#[test]
fn turnos_sin_hora_ni_canal_omiten_esos_campos() {
    let mut t = Transcripcion::nueva(
        "servicio-completo",
        3,
        Proveedor {
            nombre: "Ana \"la\" Solís\\\n".into(),
            genero: Genero::F,
        },
    );
    t.turnos = vec![
        Turno::Dice {
            texto: "Buenas".into(),
            a: None,
            hora: None,
        },
        Turno::Dice {
            texto: "Hola\u{1}\t".into(),
            a: Some(Interlocutor::Operador),
            hora: protocolo::Hora::parse("9:05"),
        },
        Turno::Accion {
            accion: Accion::TomarFotosPosteriores,
            hora: None,
        },
        Turno::Terminar { hora: None },
    ];
    igual_que_serde(&t);
    assert!(a_texto(&t).contains(r#"{"tipo":"terminar"}"#));
    // los campos opcionales que faltan y una lista de turnos que falta se leen como los lee serde
    let sin_turnos = r#"{"formato":"entrenador-protocolo/transcripcion","version":1,"escenario":"x","semilla":1,"proveedor":{"nombre":"A","genero":"M"}}"#;
    assert_eq!(
        Transcripcion::desde_json(sin_turnos).unwrap(),
        serde_json::from_str::<Transcripcion>(sin_turnos).unwrap()
    );
    let malo = sin_turnos.replace("}}", r#"},"turnos":[{"tipo":"baila"}]}"#);
    let e = Transcripcion::desde_json(&malo).unwrap_err().to_string();
    assert!(e.contains("turnos[0]") && e.contains("baila"), "{e}");
}

fn certificacion(semilla: u64) -> Expediente {
    let sesiones: Vec<Sesion> = plan_certificacion(semilla)
        .into_iter()
        .map(|(id, s)| {
            let mut x = Sesion::nueva(
                buscar(&id).unwrap(),
                s,
                Proveedor {
                    // el mismo nombre que el participante (con comillas, para el escape)
                    nombre: "José Pablo Núñez \"Pepe\"".into(),
                    genero: Genero::M,
                },
            );
            x.decir(
                "Buenos días, soy José Pablo Núñez, proveedor del Instituto Nacional de Seguros.",
            );
            x.accion(Accion::IniciarServicio);
            x.terminar();
            x
        })
        .collect();
    crear(
        Participante {
            nombre: "José Pablo Núñez \"Pepe\"".into(),
            cedula: "1-0234-0567".into(),
        },
        "2026-11-28T10:15:00-06:00".into(),
        semilla,
        &sesiones,
    )
}

#[test]
fn expedientes_e_historial() {
    for semilla in [1, 99, 123_456] {
        let e = certificacion(semilla);
        igual_que_serde(&e);
        // un expediente escrito por serde_json (como hacían todas las versiones
        // anteriores) verifica
        let v = verificar(&serde_json::to_string_pretty(&e).unwrap());
        assert!(v.valido, "{:?}", v.problemas);
        let mut h = Historial::default();
        for (n, i) in e.intentos.iter().enumerate() {
            let modo = if n % 2 == 0 {
                Modo::Practica
            } else {
                Modo::Certificacion
            };
            h.agregar(Registro::desde_informe(
                format!("2026-11-2{n}"),
                modo,
                &i.informe,
            ));
        }
        igual_que_serde(&h);
        assert_eq!(Historial::leer(&a_texto(&h)).unwrap(), h);
    }
}

proptest! {
    #[test]
    fn cualquier_texto_va_y_vuelve(s in any::<String>()) {
        let t = a_texto(&s);
        prop_assert_eq!(leer::<String>(&t).unwrap(), s.clone());
        // también con una marca de orden de bytes delante
        prop_assert_eq!(leer::<String>(&format!("\u{feff}{t}")).unwrap(), s);
    }

    #[test]
    fn cualquier_numero_y_par(n in any::<u64>(), m in any::<u32>(), s in "[a-z]{0,8}") {
        let par = (s, n);
        prop_assert_eq!(a_texto(&m), m.to_string());
        prop_assert_eq!(leer::<(String, u64)>(&a_texto(&par)).unwrap(), par);
    }
}
