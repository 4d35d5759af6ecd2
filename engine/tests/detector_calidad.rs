//! La calidad del detector con las frases etiquetadas de prueba (el conjunto
//! de desarrollo y varios cientos de frases escritas para este proyecto), y su
//! robustez.

mod comun;

use comun::ctx;
use protocolo::evaluacion::evaluar;
use protocolo::{detectar, Etiqueta};

fn fixtures() -> String {
    let dir = format!("{}/tests/fixtures/detector", env!("CARGO_MANIFEST_DIR"));
    let mut todo = String::new();
    let mut archivos: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    archivos.sort();
    for a in archivos {
        if a.extension().is_some_and(|x| x == "jsonl") {
            todo.push_str(&std::fs::read_to_string(&a).unwrap());
            todo.push('\n');
        }
    }
    todo
}

/// Un conjunto ciego por sí solo: sus casos, micro-F1 ≥ 0,98 y la precisión
/// mínima de cada etiqueta de falta.
fn conjunto_ciego(texto: &str, casos: usize, precision_minima: f64) {
    let (r, errores) = evaluar(texto);
    assert!(errores.is_empty(), "{errores:?}");
    assert_eq!(r.casos, casos);
    assert!(r.micro().f1() >= 0.98, "{}", r.informe());
    for e in Etiqueta::TODAS.into_iter().filter(|e| e.es_falta()) {
        let p = r.por_etiqueta[&e].precision();
        assert!(
            p >= precision_minima,
            "precisión de {e}: {p:.3}\n{}",
            r.informe()
        );
    }
}

/// El tercer conjunto ciego (`ciego3.jsonl`, 320 frases en estilos difíciles:
/// dictado sin tildes ni puntuación, abreviaturas de chat, habla
/// costarricense, citas, negaciones, desprecio sin insulto): sin ajustar dio
/// micro-F1 0,953 y precisión 0,651 en `informal`.
#[test]
fn tercer_conjunto_ciego() {
    conjunto_ciego(include_str!("fixtures/detector/ciego3.jsonl"), 320, 0.98);
}

/// El cuarto conjunto ciego (`ciego4.jsonl`, 220 frases de otra persona que
/// nunca vio el código), puntuado sin ajustar después de ajustar las reglas al
/// tercero: micro-F1 0,960, precisión de `trato_nombre_erroneo` 0,875 y
/// exhaustividad de `grosero` 0,30. «Jason» por «Jeison» (la grafía inglesa
/// del mismo nombre) sigue como nombre equivocado: 14 de 15.
#[test]
fn cuarto_conjunto_ciego() {
    conjunto_ciego(include_str!("fixtures/detector/ciego4.jsonl"), 220, 0.93);
}

/// El quinto conjunto ciego (`ciego5.jsonl`, 320 frases de otra persona que
/// nunca vio el código, en los estilos del tercero), puntuado antes de
/// cambiar ninguna regla: micro-F1 0,966 con sus etiquetas tal como vinieron
/// y 0,974 con las convenciones del conjunto de desarrollo (sin
/// `pregunta_bienestar` en «¿cómo estás?», sin `saludo_incompleto` en «qué
/// tal» ni `institucion` en «del seguro»: 14 etiquetas de 14 frases, que la
/// instrucción dada a quien escribió el conjunto describía mal); precisión
/// de `trato_nombre_erroneo` 0,850 (don/doña de un tercero: «¿su esposa se
/// llama doña Flory?»; «Yoni» por «Johnny») y exhaustividad de `grosero` 0,667.
#[test]
fn quinto_conjunto_ciego() {
    conjunto_ciego(include_str!("fixtures/detector/ciego5.jsonl"), 320, 0.98);
}

#[test]
fn micro_f1_y_precision_de_las_faltas() {
    let (r, errores) = evaluar(&fixtures());
    assert!(errores.is_empty(), "{errores:?}");
    assert!(r.casos >= 1500, "casos: {}", r.casos);
    let micro = r.micro().f1();
    assert!(micro >= 0.98, "micro-F1 {micro:.3}\n{}", r.informe());
    for e in Etiqueta::TODAS.into_iter().filter(|e| e.es_falta()) {
        let p = r.por_etiqueta[&e].precision();
        assert!(p >= 0.98, "precisión de {e}: {p:.3}\n{}", r.informe());
    }
    for e in Etiqueta::TODAS {
        assert!(
            r.por_etiqueta[&e].vp > 0,
            "la etiqueta {e} no tiene ejemplos positivos"
        );
    }
}

#[test]
fn las_lineas_rotas_se_informan_y_el_resto_sigue() {
    let texto = "no es json\n{\"texto\":\"Muchas gracias\",\"hora\":\"10:00\",\"cliente\":{\"nombre\":\"Rosa Mora\",\"genero\":\"F\"},\"proveedor\":\"Luis\",\"esperado\":[\"gracias\"]}\n";
    let (r, errores) = evaluar(texto);
    assert_eq!(errores.len(), 1);
    assert_eq!(errores[0].0, 1);
    assert_eq!(r.casos, 1);
    assert_eq!(r.exactos, 1);
}

#[test]
fn pegar_100_kb_no_falla() {
    let texto = "Buenas tardes doña María, ¿cómo está? ".repeat(100_000 / 38 + 1);
    assert!(texto.len() >= 100_000);
    let d = detectar(&texto, &ctx());
    assert!(d.tiene(Etiqueta::Saludo) && d.tiene(Etiqueta::Trato));
    let raro = "ñ́̃🙂\u{202e}\0".repeat(20_000);
    let _ = detectar(&raro, &ctx());
}

mod propiedades {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn nunca_falla_con_unicode_arbitrario(texto in "\\PC{0,300}", nombre in "\\PC{0,40}") {
            let mut c = ctx();
            c.cliente.nombre = nombre;
            let d = detectar(&texto, &c);
            for palabras in d.etiquetas.values() {
                prop_assert!(!palabras.is_empty());
            }
        }

        #[test]
        fn mismo_texto_mismas_etiquetas(texto in "[a-zA-ZáéíóúñÑ ,.¿?]{0,120}") {
            prop_assert_eq!(detectar(&texto, &ctx()), detectar(&texto, &ctx()));
        }
    }
}
