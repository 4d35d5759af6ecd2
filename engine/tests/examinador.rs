//! Concordancia con un examinador: 36 transcripciones (6 por escenario)
//! escritas por alguien que nunca vio el código ni los fixtures, con su
//! veredicto anotado antes de calificarlas (`fixtures/examinador/`). Cada
//! aprobado/reprobado y cada error crítico del motor debe coincidir con el del
//! examinador, salvo donde `decision` registra que, según el texto del
//! protocolo, el examinador se equivocó (y por qué).

use protocolo::escenario::buscar;
use protocolo::{Sesion, Transcripcion};

#[derive(serde::Deserialize)]
struct Veredicto {
    archivo: String,
    aprobado: bool,
    error_critico: bool,
    #[serde(default)]
    decision: Option<Decision>,
}

#[derive(serde::Deserialize)]
struct Decision {
    error_critico: Option<bool>,
    aprobado: Option<bool>,
    razon: String,
}

#[test]
fn cada_veredicto_coincide_con_el_del_examinador() {
    let raiz = format!("{}/tests/fixtures/examinador", env!("CARGO_MANIFEST_DIR"));
    let texto = std::fs::read_to_string(format!("{raiz}/veredictos.jsonl")).unwrap();
    let mut desacuerdos = Vec::new();
    let mut n = 0;
    for linea in texto.lines().filter(|l| !l.trim().is_empty()) {
        let v: Veredicto = serde_json::from_str(linea).unwrap();
        let json =
            std::fs::read_to_string(format!("{raiz}/transcripciones/{}", v.archivo)).unwrap();
        let t = Transcripcion::desde_json(&json).unwrap();
        let i = Sesion::reproducir(buscar(&t.escenario).unwrap(), &t)
            .unwrap()
            .informe();
        let (aprobado, critico) = match &v.decision {
            Some(d) => {
                assert!(!d.razon.is_empty());
                (
                    d.aprobado.unwrap_or(v.aprobado),
                    d.error_critico.unwrap_or(v.error_critico),
                )
            }
            None => (v.aprobado, v.error_critico),
        };
        if i.aprobado != aprobado || i.errores_criticos.is_empty() == critico {
            desacuerdos.push(format!(
                "{}: esperado aprobado={aprobado} crítico={critico}; el motor da aprobado={} crítico={} (total {})",
                v.archivo,
                i.aprobado,
                !i.errores_criticos.is_empty(),
                i.total
            ));
        }
        n += 1;
    }
    assert_eq!(n, 36);
    assert!(desacuerdos.is_empty(), "{}", desacuerdos.join("\n"));
}
