//! La línea de comandos `protocolo`, como la usa una persona.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn protocolo(args: &[&str], entrada: Option<&str>) -> Output {
    let mut hijo = Command::new(env!("CARGO_BIN_EXE_protocolo"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(t) = entrada {
        hijo.stdin.take().unwrap().write_all(t.as_bytes()).unwrap();
    }
    drop(hijo.stdin.take());
    hijo.wait_with_output().unwrap()
}

fn texto(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

fn fixture(nombre: &str) -> String {
    format!("{}/tests/fixtures/{nombre}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn detectar_sigue_tras_una_linea_rota() {
    let entrada = "{\"id\":\"a\",\"texto\":\"Buenas tardes doña María\",\"hora\":\"14:30\",\"cliente\":{\"nombre\":\"María Fernández\",\"genero\":\"F\"},\"proveedor\":\"Carlos\",\"interlocutor\":\"cliente\"}\nbasura\n{\"id\":7,\"texto\":\"mae\",\"hora\":\"09:00\",\"cliente\":{\"nombre\":\"José Mora\",\"genero\":\"M\"},\"proveedor\":\"Ana\"}\n";
    let o = protocolo(&["detectar"], Some(entrada));
    assert!(o.status.success());
    let lineas: Vec<serde_json::Value> = texto(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lineas.len(), 3);
    assert_eq!(lineas[0]["id"], "a");
    assert_eq!(
        lineas[0]["etiquetas"],
        serde_json::json!(["saludo", "trato"])
    );
    assert_eq!(
        lineas[0]["evidencia"]["trato"],
        serde_json::json!(["doña", "maría"])
    );
    assert_eq!(lineas[1]["linea"], 2);
    assert!(lineas[1]["error"].as_str().unwrap().contains("no válida"));
    assert_eq!(lineas[2]["id"], 7);
    assert_eq!(lineas[2]["etiquetas"], serde_json::json!(["informal"]));
}

#[test]
fn evaluar_imprime_las_cifras() {
    let o = protocolo(&["evaluar", &fixture("detector/dev.jsonl")], None);
    assert!(o.status.success());
    let s = texto(&o.stdout);
    for parte in [
        "precisión",
        "micro",
        "macro",
        "coincidencia exacta",
        "omisiones",
        "falsas alarmas",
        "casos: 103",
    ] {
        assert!(s.contains(parte), "{parte}\n{s}");
    }
}

#[test]
fn escenarios_y_jugar() {
    let o = protocolo(&["escenarios"], None);
    assert!(texto(&o.stdout)
        .lines()
        .any(|l| l == "servicio-completo\tServicio completo en el comercio"));
    let o = protocolo(
        &[
            "jugar",
            &format!(
                "{}/ejemplos/servicio-completo.json",
                env!("CARGO_MANIFEST_DIR")
            ),
        ],
        None,
    );
    assert!(o.status.success());
    let informe: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(informe["total"], 100);
    assert_eq!(informe["semilla"], 7);
    let o = protocolo(&["jugar", "/no/existe.json"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(texto(&o.stderr).contains("no se pudo leer"));
}

#[test]
fn cada_subcomando_tiene_ayuda() {
    for sub in [
        "detectar",
        "evaluar",
        "escenarios",
        "jugar",
        "verificar",
        "revisar",
    ] {
        let o = protocolo(&[sub, "--help"], None);
        assert!(
            o.status.success() && texto(&o.stdout).contains(&format!("protocolo {sub}")),
            "{sub}"
        );
    }
    let o = protocolo(&["volar"], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn verificar_y_revisar() {
    use protocolo::expediente::{crear, plan_certificacion, Participante};
    use protocolo::{escenario::buscar, Genero, Proveedor, Sesion};
    let dir = std::env::temp_dir().join(format!("protocolo-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let sesiones: Vec<Sesion> = plan_certificacion(9)
        .into_iter()
        .map(|(id, s)| {
            let mut x = Sesion::nueva(
                buscar(&id).unwrap(),
                s,
                Proveedor {
                    nombre: "Luis Mora".into(),
                    genero: Genero::M,
                },
            );
            x.decir("Buenas noches, soy Luis Mora del INS");
            x.terminar();
            x
        })
        .collect();
    let e = crear(
        Participante {
            nombre: "Luis Mora".into(),
            cedula: "2-0456-0812".into(),
        },
        "2026-11-28".into(),
        9,
        &sesiones,
    );
    let bueno = dir.join("luis.json");
    std::fs::write(&bueno, serde_json::to_string(&e).unwrap()).unwrap();
    let o = protocolo(&["verificar", bueno.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", texto(&o.stdout));
    assert!(texto(&o.stdout).contains("VÁLIDO"));

    let mut malo = e.clone();
    malo.total = 97;
    std::fs::write(
        dir.join("alterado.json"),
        serde_json::to_string(&malo).unwrap(),
    )
    .unwrap();
    let o = protocolo(
        &["verificar", dir.join("alterado.json").to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(texto(&o.stdout).contains("NO VÁLIDO") && texto(&o.stdout).contains("97"));

    std::fs::write(dir.join("roto.json"), "{\"formato\": [[[[").unwrap();
    let o = protocolo(&["revisar", dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let csv = texto(&o.stdout);
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().filter(|l| l.contains(".json")).count(), 3);
    assert!(texto(&o.stderr).contains("roto.json"));
    std::fs::remove_dir_all(&dir).unwrap();
}
