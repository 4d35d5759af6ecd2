//! Archivos escritos por versiones anteriores (muestras en
//! `tests/fixtures/anteriores/`) y los informes de referencia de cada
//! transcripción fija (`tests/fixtures/informes/`, la salida de
//! `protocolo jugar`): se siguen leyendo, se verifican y se escriben byte a byte igual.
//! `tests/fixtures/informes-v1/` guarda los informes que escribía el motor
//! antes de la versión 2 del informe; su forma v1 debe seguir saliendo igual.

use protocolo::escenario::buscar;
use protocolo::expediente::verificar;
use protocolo::historial::{Historial, Modo};
use protocolo::{Sesion, Transcripcion};

fn fijo(ruta: &str) -> String {
    let ruta = format!("{}/tests/fixtures/{ruta}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&ruta).unwrap_or_else(|e| panic!("{ruta}: {e}"))
}

#[test]
fn el_expediente_de_la_version_anterior_sigue_siendo_valido() {
    let texto = fijo("anteriores/expediente-v1.json");
    let v = verificar(&texto);
    assert!(v.valido, "{:?}", v.problemas);
    // calificado con las reglas del motor 0.1.0: válido, y el aviso dice cómo
    // califica este motor
    assert!(
        v.avisos
            .first()
            .is_some_and(|a| a.contains("reglas del motor 0.1.0")),
        "{:?}",
        v.avisos
    );
    let e: protocolo::expediente::Expediente = serde_json::from_str(&texto).unwrap();
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        texto,
        "misma salida, byte a byte"
    );
    assert_eq!(e.intentos.len(), 3);
    // un dato cambiado ya no verifica
    let cambiado = texto.replacen("Ana Solís Mora", "Ana Solís Moro", 1);
    assert!(!verificar(&cambiado).valido);
}

#[test]
fn el_expediente_del_motor_0_2_0_sigue_siendo_valido() {
    let texto = fijo("anteriores/expediente-motor-0.2.0.json");
    let v = verificar(&texto);
    assert!(v.valido, "{:?}", v.problemas);
    let e: protocolo::expediente::Expediente = serde_json::from_str(&texto).unwrap();
    assert_eq!(e.motor, "0.2.0");
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        texto,
        "misma salida, byte a byte"
    );
    let cambiado = texto.replacen("\"total\":16", "\"total\":96", 1);
    assert_ne!(cambiado, texto);
    assert!(!verificar(&cambiado).valido);
}

/// Un expediente de la versión de contenido de antes de las otras formas de
/// decir las líneas de las contrapartes (`6bf873caf868f584`, motor 0.3.0,
/// escrito por esa versión): válido, sin avisos (las reglas no cambiaron).
#[test]
fn el_expediente_del_contenido_con_una_sola_forma_sigue_siendo_valido() {
    let texto = fijo("anteriores/expediente-contenido-6bf873.json");
    let v = verificar(&texto);
    assert!(v.valido, "{:?}", v.problemas);
    assert!(v.avisos.is_empty(), "{:?}", v.avisos);
    assert_ne!(
        protocolo::escenario::version_contenido(),
        "6bf873caf868f584",
        "el contenido de ahora es otro"
    );
    let cambiado = texto.replacen("Ana Solís Mora", "Ana Solís Moro", 1);
    assert!(!verificar(&cambiado).valido);
}

#[test]
fn el_historial_de_la_version_anterior_se_lee_igual() {
    let texto = fijo("anteriores/historial-v2.json");
    let h = Historial::leer(&texto).unwrap();
    assert_eq!(h.intentos.len(), 4);
    assert_eq!(h.intentos[3].modo, Modo::Practica);
    assert_eq!(serde_json::to_string(&h).unwrap(), texto);
}

#[test]
fn cada_informe_es_el_de_referencia_byte_a_byte() {
    let raiz = env!("CARGO_MANIFEST_DIR");
    let fijas = std::fs::read_dir(format!("{raiz}/tests/fixtures/transcripciones")).unwrap();
    // los ejemplos resueltos que se entregan son las visitas perfectas
    let ejemplos = std::fs::read_dir(format!("{raiz}/ejemplos")).unwrap();
    let mut n = 0;
    for archivo in fijas.chain(ejemplos) {
        let ruta = archivo.unwrap().path();
        let mut nombre = ruta.file_name().unwrap().to_string_lossy().into_owned();
        if ruta.parent().unwrap().ends_with("ejemplos") {
            nombre = nombre.replace(".json", "-perfecto.json");
        }
        let t = Transcripcion::desde_json(&std::fs::read_to_string(&ruta).unwrap()).unwrap();
        let i = Sesion::reproducir(buscar(&t.escenario).unwrap(), &t)
            .unwrap()
            .informe();
        let obtenido = format!("{}\n", serde_json::to_string_pretty(&i).unwrap());
        // el mismo informe en la forma de la versión 1
        let v1 = format!(
            "{}\n",
            serde_json::to_string_pretty(&i.en_version(1)).unwrap()
        );
        // ACTUALIZAR_REFERENCIAS=1 reescribe los informes de referencia cuando cambian
        // las reglas a propósito (el README dice cuáles cambiaron y por qué)
        if std::env::var_os("ACTUALIZAR_REFERENCIAS").is_some() {
            let fixtures = format!("{raiz}/tests/fixtures");
            std::fs::write(format!("{fixtures}/informes/{nombre}"), &obtenido).unwrap();
            std::fs::write(format!("{fixtures}/informes-v1/{nombre}"), &v1).unwrap();
        }
        assert_eq!(obtenido, fijo(&format!("informes/{nombre}")), "{nombre}");
        assert_eq!(v1, fijo(&format!("informes-v1/{nombre}")), "{nombre} (v1)");
        n += 1;
    }
    assert!(n >= 18, "solo {n} transcripciones");
}
