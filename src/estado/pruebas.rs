//! Lo que guardó la versión anterior (muestras en
//! `engine/tests/fixtures/anteriores/`) se sigue leyendo y se vuelve a
//! escribir byte a byte igual.

use super::*;

fn muestra(nombre: &str) -> String {
    let ruta = format!(
        "{}/engine/tests/fixtures/anteriores/{nombre}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&ruta).unwrap_or_else(|e| panic!("{ruta}: {e}"))
}

#[test]
fn perfil_y_certificacion_guardados_se_leen_igual() {
    for n in ["perfil.json", "perfil-sin-genero.json"] {
        let t = muestra(n);
        let p: Perfil = desde_texto(&t).unwrap();
        assert!(!p.nombre.is_empty());
        assert_eq!(a_texto(&p), t, "{n}");
    }
    let t = muestra("certificacion-en-curso.json");
    let c: Certificacion = desde_texto(&t).unwrap();
    assert_eq!(
        (c.hechas.len(), c.plan.len(), c.expediente.is_none()),
        (1, 3, true)
    );
    assert_eq!(a_texto(&c), t);
    let t = muestra("certificacion-terminada.json");
    let c: Certificacion = desde_texto(&t).unwrap();
    let e = c.expediente.as_ref().unwrap();
    assert_eq!(c.hechas.len(), 3);
    assert!(protocolo::expediente::verificar(&a_texto(e)).valido);
    assert_eq!(a_texto(&c), t);
}

#[test]
fn certificacion_terminada_con_este_motor_se_comprueba_al_leerla() {
    let mut c: Certificacion = desde_texto(&muestra("certificacion-terminada.json")).unwrap();
    let sesiones: Vec<Sesion> = c
        .hechas
        .iter()
        .map(|t| Sesion::reproducir(buscar(&t.escenario).unwrap(), t).unwrap())
        .collect();
    let e = crear(
        c.participante.clone(),
        "2026-12-03T10:00:00.000Z".into(),
        c.semilla,
        &sesiones,
    );
    c.expediente = Some(ExpedienteGuardado {
        expediente: e,
        original: None,
    });
    let texto = a_texto(&c);
    let leida: Certificacion = desde_texto(&texto).unwrap();
    assert_eq!(leida, c);
    assert_eq!(a_texto(&leida), texto);
    // con otro nombre, el código guardado ya no es el de las transcripciones
    let alterado = texto.replacen("Ana Solís Mora", "Ana Solís Mata", 1);
    assert_ne!(alterado, texto);
    let error = desde_texto::<Certificacion>(&alterado)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("no coincide con sus transcripciones"),
        "{error}"
    );
}

#[test]
fn intentos_guardados_se_reanudan() {
    for (n, modo) in [
        ("guardado-practica.json", Modo::Practica),
        ("guardado-certificacion.json", Modo::Certificacion),
    ] {
        let t = muestra(n);
        let (m, s) = recuperar(&t).unwrap();
        assert_eq!(m, modo, "{n}");
        assert_eq!(s.transcripcion().turnos.len(), 4, "{n}");
        assert!(!s.terminada(), "{n}");
    }
}
