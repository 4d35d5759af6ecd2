//! La línea de comandos `protocolo`, como la usa una persona.

#[path = "comun/certificacion.rs"]
mod certificacion;

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
    // sin la firma de RR. HH. un expediente nunca es «VÁLIDO»: sale con 3
    let o = protocolo(&["verificar", bueno.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(3), "{}", texto(&o.stdout));
    assert!(texto(&o.stdout).contains(
        "SIN FIRMA: solo se comprobó que los puntajes corresponden a las transcripciones"
    ));
    assert!(!texto(&o.stdout).contains("VÁLIDO"));

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

/// Un directorio temporal propio de la prueba.
fn carpeta(nombre: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("protocolo-{nombre}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn claves_firma_y_verificacion_de_un_certificado() {
    let dir = carpeta("firma");
    let prefijo = dir.join("rrhh");
    let p = prefijo.to_str().unwrap();
    // la clave privada cifrada: la frase llega por la entrada (no hay terminal)
    let o = protocolo(
        &["claves", "nueva", "--salida", p, "--frase"],
        Some("frase de prueba\n"),
    );
    assert!(o.status.success(), "{}", texto(&o.stderr));
    assert!(texto(&o.stdout).contains("Emisor: did:key:z6Mk"));
    let privada = format!("{p}.privada.pem");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let modo = std::fs::metadata(&privada).unwrap().permissions().mode();
        assert_eq!(modo & 0o777, 0o600, "solo su dueño la lee");
    }
    assert!(std::fs::read_to_string(&privada)
        .unwrap()
        .contains("ENCRYPTED PRIVATE KEY"));
    // no se sobrescribe
    let o = protocolo(&["claves", "nueva", "--salida", p], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(texto(&o.stderr).contains("ya existe"));

    let e = certificacion::expediente_aprobado("Ana Solís Mora", 1);
    let expediente = dir.join("expediente.json");
    std::fs::write(&expediente, serde_json::to_string(&e).unwrap()).unwrap();
    let cert = dir.join("certificado.json");
    let firmar = |frase: &str| {
        protocolo(
            &[
                "firmar",
                expediente.to_str().unwrap(),
                "--clave",
                &privada,
                "--salida",
                cert.to_str().unwrap(),
            ],
            Some(frase),
        )
    };
    let o = firmar("otra frase\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(texto(&o.stderr).contains("frase de paso no es la correcta"));
    let o = firmar("frase de prueba\n");
    assert!(o.status.success(), "{}", texto(&o.stderr));

    let publica = format!("{p}.publica.jwk");
    let o = protocolo(
        &["verificar", cert.to_str().unwrap(), "--emisor", &publica],
        None,
    );
    assert!(
        o.status.success(),
        "{}{}",
        texto(&o.stdout),
        texto(&o.stderr)
    );
    let salida = texto(&o.stdout);
    assert!(
        salida.contains("VÁLIDO") && salida.contains("✓ firma del emisor"),
        "{salida}"
    );
    // sin la clave del emisor no se puede decir nada
    let o = protocolo(&["verificar", cert.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(texto(&o.stderr).contains("falta la clave pública del emisor"));
    // con otra clave, o con un nombre cambiado, no
    let otra = dir.join("otra");
    protocolo(
        &["claves", "nueva", "--salida", otra.to_str().unwrap()],
        None,
    );
    let o = protocolo(
        &[
            "verificar",
            cert.to_str().unwrap(),
            "--emisor",
            &format!("{}.publica.jwk", otra.display()),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(texto(&o.stdout).contains("la firma no corresponde"));
    let cambiado = std::fs::read_to_string(&cert)
        .unwrap()
        .replace("Ana Solís Mora", "Ana Solís Moreno");
    std::fs::write(dir.join("cambiado.json"), cambiado).unwrap();
    let o = protocolo(
        &[
            "verificar",
            dir.join("cambiado.json").to_str().unwrap(),
            "--emisor",
            &publica,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(!texto(&o.stdout).contains("\nVÁLIDO"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn un_expediente_inventado_con_su_codigo_recalculado_no_es_valido() {
    // la falsificación del informe de la revisión: nombre inventado, fecha
    // atrasada y visitas perfectas, con el código recalculado: sin firma nunca es VÁLIDO
    let dir = carpeta("inventado");
    let mut e = certificacion::expediente_aprobado("Persona Inventada", 1);
    e.fecha = "2020-01-01T08:00:00-06:00".into();
    e.codigo = protocolo::expediente::calcular_codigo(&e);
    let ruta = dir.join("inventado.json");
    std::fs::write(&ruta, serde_json::to_string(&e).unwrap()).unwrap();
    let o = protocolo(&["verificar", ruta.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(3));
    assert!(texto(&o.stdout).contains("SIN FIRMA"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn la_linea_de_comandos_nunca_aborta() {
    // una tubería cerrada: termina en silencio, sin pánico
    let mut hijo = Command::new(env!("CARGO_BIN_EXE_protocolo"))
        .args(["escenarios"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(hijo.stdout.take());
    let o = hijo.wait_with_output().unwrap();
    assert!(o.status.code().is_some_and(|c| c == 0), "{:?}", o.status);
    assert!(!texto(&o.stderr).contains("panicked"));
    // un disco lleno: un mensaje en español
    if std::path::Path::new("/dev/full").exists() {
        let lleno = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = Command::new(env!("CARGO_BIN_EXE_protocolo"))
            .args([
                "jugar",
                &format!(
                    "{}/ejemplos/servicio-completo.json",
                    env!("CARGO_MANIFEST_DIR")
                ),
            ])
            .stdout(lleno)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2));
        assert!(
            texto(&o.stderr).contains("no queda espacio en el disco"),
            "{}",
            texto(&o.stderr)
        );
    }
    // errores del sistema en español, BOM, argumentos de más
    let o = protocolo(&["jugar", "/no/existe.json"], None);
    assert!(texto(&o.stderr).contains("«/no/existe.json»: no existe"));
    let o = protocolo(&["jugar", "/"], None);
    assert!(texto(&o.stderr).contains("es una carpeta"));
    let dir = carpeta("es");
    let ejemplo = std::fs::read_to_string(format!(
        "{}/ejemplos/conducta.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    std::fs::write(dir.join("bom.json"), format!("\u{feff}{ejemplo}")).unwrap();
    let o = protocolo(&["jugar", dir.join("bom.json").to_str().unwrap()], None);
    assert!(o.status.success(), "{}", texto(&o.stderr));
    let o = protocolo(
        &["jugar", dir.join("bom.json").to_str().unwrap(), "otro"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(texto(&o.stderr).contains("sobra el argumento «otro»"));
    // la semilla negativa, con su valor exacto
    std::fs::write(
        dir.join("negativa.json"),
        ejemplo.replacen("\"semilla\": 7", "\"semilla\": -1", 1),
    )
    .unwrap();
    let o = protocolo(
        &["jugar", dir.join("negativa.json").to_str().unwrap()],
        None,
    );
    let m = texto(&o.stderr);
    assert!(m.contains("«semilla»") && m.contains("-1"), "{m}");
    // evaluar un archivo vacío no inventa cifras
    std::fs::write(dir.join("vacio.jsonl"), "").unwrap();
    let o = protocolo(
        &["evaluar", dir.join("vacio.jsonl").to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(texto(&o.stderr).contains("no tiene ninguna frase"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn detectar_lee_con_tope_y_devuelve_el_id_exacto() {
    // 3 MB sin salto de línea y luego una línea normal: la larga se rechaza
    let larga = "a".repeat(3 * 1024 * 1024);
    let normal = "{\"id\":123456789012345678901234567890,\"texto\":\"Buenas tardes\",\"hora\":\"14:00\",\"cliente\":{\"nombre\":\"Ana Mora\",\"genero\":\"F\"},\"proveedor\":\"Luis\"}";
    let o = protocolo(&["detectar"], Some(&format!("{larga}\n{normal}\n")));
    assert!(o.status.success());
    let s = texto(&o.stdout);
    let lineas: Vec<&str> = s.lines().collect();
    assert_eq!(lineas.len(), 2, "{s}");
    assert!(lineas[0].contains("demasiado larga"));
    assert!(
        lineas[1].starts_with("{\"id\":123456789012345678901234567890,"),
        "{}",
        lineas[1]
    );
}

#[test]
fn revisar_desde_un_lrs_pide_las_credenciales_en_el_entorno() {
    let sin = Command::new(env!("CARGO_BIN_EXE_protocolo"))
        .args(["revisar", "--lrs", "http://127.0.0.1:9"])
        .env_remove("PROTOCOLO_LRS_USUARIO")
        .env_remove("PROTOCOLO_LRS_CLAVE")
        .output()
        .unwrap();
    assert_eq!(sin.status.code(), Some(2));
    assert!(texto(&sin.stderr).contains("faltan las credenciales del LRS en el entorno"));
    // un LRS que no responde: un mensaje, no un pánico
    let caido = Command::new(env!("CARGO_BIN_EXE_protocolo"))
        .args(["revisar", "--lrs", "http://127.0.0.1:9"])
        .env("PROTOCOLO_LRS_USUARIO", "rrhh")
        .env("PROTOCOLO_LRS_CLAVE", "x")
        .output()
        .unwrap();
    assert_eq!(caido.status.code(), Some(2));
    assert!(
        texto(&caido.stderr).contains("no se pudo conectar con el LRS"),
        "{}",
        texto(&caido.stderr)
    );
    let o = protocolo(&["revisar", "--lrs", "ftp://lrs", "de-mas"], None);
    assert!(texto(&o.stderr).contains("sobra el argumento «de-mas»"));
}
