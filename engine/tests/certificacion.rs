//! Los expedientes de certificación: cómo sale el código, cada caso de
//! manipulación, la revisión de RR. HH. y el historial de resultados.

use protocolo::escenario::buscar;
use protocolo::expediente::{
    calcular_codigo, crear, plan_certificacion, resultado, validar_cedula, verificar, Expediente,
    Participante,
};
use protocolo::historial::{Historial, Modo, Registro};
use protocolo::revision::revisar;
use protocolo::{Accion, Genero, Proveedor, Sesion};

/// Una certificación con intentos cortos pero reales.
fn certificacion(semilla: u64) -> Expediente {
    certificacion_de(semilla, "Ana Solís Mora")
}

/// La misma, jugada y firmada con el nombre `nombre`.
fn certificacion_de(semilla: u64, nombre: &str) -> Expediente {
    let sesiones: Vec<Sesion> = plan_certificacion(semilla)
        .into_iter()
        .map(|(id, s)| {
            let mut x = Sesion::nueva(buscar(&id).unwrap(), s, Proveedor { nombre: nombre.into(), genero: Genero::F });
            x.decir("Buenas tardes, mi nombre es Ana Solís, proveedora del INS.");
            x.accion(Accion::LlamarCentro);
            x.decir("Buenas tardes, le habla Ana Solís. El cliente no se encuentra, ¿cómo debo proceder?");
            x.accion(Accion::Colgar);
            x.terminar();
            x
        })
        .collect();
    crear(
        Participante {
            nombre: nombre.into(),
            cedula: "1-0234-0567".into(),
        },
        "2026-11-28T10:15:00-06:00".into(),
        semilla,
        &sesiones,
    )
}

fn json(e: &Expediente) -> String {
    serde_json::to_string_pretty(e).unwrap()
}

fn problemas(texto: &str) -> String {
    let v = verificar(texto);
    assert!(!v.valido, "debía ser inválido");
    v.problemas.join(" | ")
}

#[test]
fn el_plan_cubre_primer_contacto_inconveniente_y_escalamiento() {
    for semilla in 0..20 {
        let plan = plan_certificacion(semilla);
        assert_eq!(plan.len(), 3);
        assert_eq!(plan[0].0, "servicio-completo");
        assert!(plan[1].0.starts_with("inconveniente-"));
        assert!(["cliente-ausente", "afectacion-cliente"].contains(&plan[2].0.as_str()));
        assert_eq!(
            plan,
            plan_certificacion(semilla),
            "misma semilla, mismo plan"
        );
    }
}

#[test]
fn un_expediente_intacto_es_valido() {
    let e = certificacion(42);
    let v = verificar(&json(&e));
    assert!(v.valido, "{:?}", v.problemas);
    assert_eq!(e.codigo.len(), 19);
    assert_eq!(e.codigo, calcular_codigo(&e));
    assert_eq!(
        certificacion(42).codigo,
        e.codigo,
        "el código es determinista"
    );
}

#[test]
fn puntaje_editado() {
    let mut e = certificacion(42);
    e.total = 99;
    // con el código sin recalcular se rechaza antes de volver a jugar nada
    let p = problemas(&json(&e));
    assert!(p.contains("código de verificación"), "{p}");
    assert!(!p.contains("total guardado"), "{p}");
    // con el código recalculado, lo dice la recalificación
    e.codigo = calcular_codigo(&e);
    let p = problemas(&json(&e));
    assert!(p.contains("total guardado es 99"), "{p}");
}

#[test]
fn informe_editado_aunque_se_recalcule_el_codigo() {
    let mut e = certificacion(42);
    e.intentos[0].informe.total = 100;
    e.intentos[0].informe.aprobado = true;
    e.codigo = calcular_codigo(&e);
    let p = problemas(&json(&e));
    assert!(
        p.contains("escenario 1") && p.contains("no coincide con la transcripción"),
        "{p}"
    );
    assert!(p.contains("total guardado 100"), "{p}");
}

#[test]
fn transcripcion_editada() {
    let mut e = certificacion(42);
    if let protocolo::Turno::Dice { texto, .. } = &mut e.intentos[0].transcripcion.turnos[0] {
        *texto = "Buenas tardes doña María, ¿cómo está? Permítame su cédula".into();
    }
    e.codigo = calcular_codigo(&e);
    let p = problemas(&json(&e));
    assert!(p.contains("no coincide con la transcripción"), "{p}");
}

#[test]
fn version_de_contenido_distinta() {
    let mut e = certificacion(42);
    e.version_contenido = "0000000000000000".into();
    e.intentos[1].contenido = "ab".repeat(32);
    e.codigo = calcular_codigo(&e);
    let p = problemas(&json(&e));
    assert!(p.contains("versión del contenido distinta"), "{p}");
    // la versión de un solo escenario
    let mut e = certificacion(42);
    e.intentos[1].contenido = "ab".repeat(32);
    e.codigo = calcular_codigo(&e);
    let p = problemas(&json(&e));
    assert!(
        p.contains("escenario 2") && p.contains("otra versión"),
        "{p}"
    );
}

#[test]
fn persona_o_fecha_editadas_cambian_el_codigo() {
    let mut e = certificacion(42);
    e.participante.nombre = "Otra Persona".into();
    assert!(problemas(&json(&e)).contains("código de verificación"));
    let mut e = certificacion(42);
    e.fecha = "2020-01-01".into();
    assert!(problemas(&json(&e)).contains("código de verificación"));
}

#[test]
fn escenarios_que_no_son_los_del_plan() {
    let mut e = certificacion(42);
    e.semilla_certificacion = 43;
    e.codigo = calcular_codigo(&e);
    assert!(problemas(&json(&e)).contains("semilla de certificación"));
}

#[test]
fn archivos_hostiles_o_rotos() {
    assert!(problemas("esto no es json").contains("no es un archivo JSON válido"));
    assert!(problemas(r#"{"formato":"otra"}"#).contains("no es un expediente"));
    assert!(
        problemas(r#"{"formato":"entrenador-protocolo/expediente","version":1}"#)
            .contains("no tiene la forma esperada")
    );
    // 100 000 niveles de anidamiento: se rechazan sin agotar la pila, en la raíz
    // (JSON válido, pero no un expediente) y dentro de un campo (demasiado anidado)
    let profundo = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let p = problemas(&profundo);
    assert!(p.contains("no es un expediente"), "{p}");
    let dentro = format!(
        r#"{{"formato":"entrenador-protocolo/expediente","version":1,"intentos":{}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let p = problemas(&dentro);
    assert!(p.contains("no tiene la forma esperada"), "{p}");
    let roto = r#"{"formato": "entrenador-protocolo/expediente", <script>"#;
    assert!(problemas(roto).contains("no es un archivo JSON válido"));
    let enorme = format!("{{\"formato\":\"{}\"}}", "x".repeat(6 * 1024 * 1024));
    assert!(problemas(&enorme).contains("5 MB"));
    let e = certificacion_de(7, "<img src=x onerror=alert(1)>");
    let v = verificar(&json(&e));
    assert!(
        v.valido,
        "el HTML en un campo es solo texto: {:?}",
        v.problemas
    );
}

#[test]
fn aprobado_exige_80_de_promedio_y_ningun_critico() {
    let e = certificacion(42);
    let informes: Vec<_> = e.intentos.iter().map(|i| &i.informe).collect();
    let (total, aprobado) = resultado(&informes);
    assert_eq!(total, e.total);
    assert!(!aprobado);
    assert_eq!(resultado(&[]), (0, false));
}

#[test]
fn cedulas() {
    assert_eq!(validar_cedula("102340567").unwrap(), "1-0234-0567");
    assert_eq!(validar_cedula("1-0234-0567").unwrap(), "1-0234-0567");
    assert_eq!(validar_cedula("155812345678").unwrap(), "155812345678");
    for mala in ["", "12345", "1-0234-056A", "<script>"] {
        assert!(validar_cedula(mala).is_err(), "{mala}");
    }
}

#[test]
fn revision_de_una_cohorte_con_un_alterado_y_uno_roto() {
    let buena = json(&certificacion(1));
    let mut alterada = certificacion(2);
    alterada.total = 100;
    let r = revisar(&[
        ("ana.json".into(), Ok(buena)),
        ("alterado.json".into(), Ok(json(&alterada))),
        ("roto.json".into(), Ok("{ no".into())),
        (
            "grande.json".into(),
            Err("«grande.json» pesa más de 5 MB".into()),
        ),
    ]);
    assert_eq!(r.filas.len(), 4);
    assert!(r.filas[0].valido && r.filas[0].nombre == "Ana Solís Mora");
    assert!(!r.filas[1].valido && r.filas[1].motivo.contains("código de verificación"));
    assert!(!r.filas[2].valido && r.filas[2].motivo.contains("JSON"));
    assert!(r.filas[3].motivo.contains("5 MB"));
    assert!(!r.pasos.is_empty(), "tasas de fallo de los válidos");
    assert!(
        r.pasos
            .windows(2)
            .all(|w| w[0].fallos * w[1].veces >= w[1].fallos * w[0].veces),
        "de mayor a menor"
    );
    let csv = r.csv();
    assert!(
        csv.contains("Servicio completo en el comercio"),
        "el escenario por su título"
    );
    assert!(csv.starts_with('\u{feff}'), "BOM para Excel");
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .contains("archivo;nombre;cedula"));
    assert!(csv.contains("\"Ana Solís Mora\";\"1-0234-0567\""));
    assert!(csv.contains("no válido"));
}

#[test]
fn el_csv_neutraliza_formulas() {
    let mut e = certificacion(3);
    e.participante.nombre = "=HYPERLINK(\"http://x\")".into();
    e.codigo = calcular_codigo(&e);
    let csv = revisar(&[("f.json".into(), Ok(json(&e)))]).csv();
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
}

#[test]
fn historial_versionado_con_migracion() {
    let v1 = r#"{"formato":"entrenador-protocolo/historial","version":1,"intentos":[{"fecha":"2026-01-02","modo":"libre","escenario":"servicio-completo","puntaje":85,"aprobado":true}]}"#;
    let h = Historial::leer(v1).unwrap();
    assert_eq!(h.version, 2);
    assert_eq!(h.intentos[0].total, 85);
    assert_eq!(h.intentos[0].modo, Modo::Practica);
    assert!(Historial::leer(
        r#"{"formato":"entrenador-protocolo/historial","version":9,"intentos":[]}"#
    )
    .unwrap_err()
    .contains("más nueva"));
    assert!(Historial::leer("[1,2").is_err());
    assert!(Historial::leer(r#"{"formato":"otra"}"#).is_err());
    let mut h = Historial::default();
    let i = certificacion(5).intentos[0].informe.clone();
    for n in 0..600 {
        h.agregar(Registro::desde_informe(format!("{n}"), Modo::Practica, &i));
    }
    assert_eq!(h.intentos.len(), 500);
    assert_eq!(h.intentos[0].fecha, "100", "se descartan los más viejos");
    let texto = serde_json::to_string(&h).unwrap();
    assert_eq!(Historial::leer(&texto).unwrap(), h);
}

#[test]
fn el_mismo_expediente_dos_veces_se_cuenta_una() {
    let e = json(&certificacion(4));
    let r = revisar(&[
        ("a.json".into(), Ok(e.clone())),
        ("copia.json".into(), Ok(e)),
    ]);
    assert!(r.filas[1].valido);
    assert!(r.filas[1].motivo.contains("mismo expediente que «a.json»"));
    assert!(
        r.pasos.iter().all(|p| p.veces == 1),
        "las tasas cuentan cada expediente una vez"
    );
}

#[test]
fn el_nombre_y_la_cedula_atan_el_expediente_a_la_persona() {
    // las transcripciones de otra persona con otro nombre: se nota aunque el código se recalcule
    let mut e = certificacion(42);
    e.participante.nombre = "Beatriz Solano Rojas".into();
    e.codigo = calcular_codigo(&e);
    let p = problemas(&json(&e));
    assert!(
        p.contains("lo jugó «Ana Solís Mora», no «Beatriz Solano Rojas»"),
        "{p}"
    );
    // una cédula que el formulario no aceptaría
    let mut e = certificacion(42);
    e.participante.cedula = "123".into();
    e.codigo = calcular_codigo(&e);
    let p = problemas(&json(&e));
    assert!(p.contains("la cédula «123»"), "{p}");
}

#[path = "comun/certificacion.rs"]
mod aprobada;

#[test]
fn la_revision_senala_transcripciones_y_semillas_compartidas_y_tiempos_imposibles() {
    let ana = aprobada::expediente_aprobado("Ana Solís Mora", 1);
    // las mismas visitas presentadas con otro nombre (y otra cédula)
    let mut copia = aprobada::expediente_aprobado("Beatriz Solano Rojas", 1);
    copia.participante.cedula = "2-0456-0812".into();
    copia.codigo = calcular_codigo(&copia);
    // otra persona con su propia certificación
    let propia = aprobada::expediente_aprobado("Carla Mora Vega", ana.semilla_certificacion + 1);
    assert_ne!(propia.semilla_certificacion, ana.semilla_certificacion);
    // escenarios enteros en segundos
    let mut rapida =
        aprobada::expediente_aprobado("Diego Rojas Soto", propia.semilla_certificacion + 1);
    rapida.participante.cedula = "3-0111-0222".into();
    let n = rapida.intentos[0].transcripcion.turnos.len() as u64;
    rapida.intentos[0].transcripcion.tiempos = (0..n).map(|k| k * 400).collect();
    rapida.codigo = calcular_codigo(&rapida);
    let r = revisar(&[
        ("ana.json".into(), Ok(json(&ana))),
        ("copia.json".into(), Ok(json(&copia))),
        ("propia.json".into(), Ok(json(&propia))),
        ("rapida.json".into(), Ok(json(&rapida))),
    ]);
    assert!(r.filas.iter().all(|f| f.valido), "{:?}", r.filas);
    let alertas = |i: usize| r.filas[i].alertas.join(" | ");
    for (i, otro) in [(0, "copia.json"), (1, "ana.json")] {
        let a = alertas(i);
        assert!(
            a.contains(&format!("una transcripción es la misma que «{otro}»")),
            "{a}"
        );
        assert!(a.contains("la misma semilla de certificación"), "{a}");
    }
    assert!(alertas(2).is_empty(), "{}", alertas(2));
    assert!(
        alertas(3).contains("tiempos imposibles al escribir"),
        "{}",
        alertas(3)
    );
    assert!(r.csv().contains("tiempos imposibles"));
}

#[test]
fn la_diferencia_de_un_puntaje_se_dice_con_concordancia() {
    let mut e = certificacion(42);
    let original = e.intentos[0].informe.puntajes[1].puntaje;
    e.intentos[0].informe.puntajes[1].puntaje =
        Some(original.map_or(1, |p| if p == 0 { 1 } else { 0 }));
    e.codigo = calcular_codigo(&e);
    let p = problemas(&json(&e));
    assert!(p.contains("puntaje de procedimiento guardado"), "{p}");
    assert!(!p.contains("procedimiento guardada"), "{p}");
}
