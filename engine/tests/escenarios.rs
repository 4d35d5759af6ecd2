//! Los archivos de escenario se validan al cargarlos, con errores que quien
//! prepara la formación puede corregir.

use protocolo::escenario::{catalogo, Escenario};

fn base() -> serde_json::Value {
    serde_json::from_str(include_str!("../scenarios/servicio-completo.json")).unwrap()
}

fn error(v: serde_json::Value) -> String {
    Escenario::desde_json(&v.to_string())
        .unwrap_err()
        .to_string()
}

#[test]
fn el_catalogo_carga_y_valida() {
    let todos = catalogo().expect("escenarios válidos");
    assert!(todos.iter().any(|e| e.id == "servicio-completo"));
}

#[test]
fn paso_duplicado() {
    let mut v = base();
    let primero = v["pasos"][0].clone();
    v["pasos"].as_array_mut().unwrap().push(primero);
    assert!(error(v).contains("«saludo» está repetido"));
}

#[test]
fn paso_desconocido_en_el_orden() {
    let mut v = base();
    v["pasos"][5]["despues_de"] = serde_json::json!([{"paso": "volar"}]);
    let e = error(v);
    assert!(e.contains("«volar»") && e.contains("no existe"), "{e}");
}

#[test]
fn reaccion_sin_linea() {
    let mut v = base();
    let r = v["reacciones"][0].as_object_mut().unwrap();
    r.remove("dice");
    r.remove("narra");
    assert!(error(v).contains("no tiene línea"));
}

#[test]
fn ninguna_linea_del_escenario_es_del_proveedor() {
    let mut v = base();
    v["reacciones"][0]["quien"] = serde_json::json!("proveedor");
    assert!(error(v).contains("en boca del proveedor"));
    let mut v = base();
    v["inicio"][0]["quien"] = serde_json::json!("proveedor");
    assert!(error(v).contains("el inicio pone una línea en boca del proveedor"));
}

#[test]
fn marcador_desconocido() {
    let mut v = base();
    v["inicio"][0]["texto"] = serde_json::json!("Hola {mascota}");
    let e = error(v);
    assert!(e.contains("{mascota}"), "{e}");
}

#[test]
fn ciclo_de_orden() {
    let mut v = base();
    v["pasos"][0]["despues_de"] = serde_json::json!([{"paso": "pide_identificacion"}]);
    assert!(error(v).contains("ciclo"));
}

#[test]
fn formato_y_json() {
    let mut v = base();
    v["formato"] = serde_json::json!(7);
    assert!(error(v).contains("formato de escenario 7"));
    assert!(Escenario::desde_json("{")
        .unwrap_err()
        .to_string()
        .contains("no es válido"));
    let mut v = base();
    v["pasos"][0]["cumple"] = serde_json::json!({"etiquetas": ["inventada"], "canal": "cliente"});
    let e = error(v);
    assert!(e.contains("no es válido"), "{e}");
    assert!(e.contains("«pasos[0].cumple.etiquetas[0]»"), "{e}");
    assert!(e.contains("etiqueta «inventada» no existe"), "{e}");
    let mut v = base();
    v["pasos"][1].as_object_mut().unwrap().remove("titulo");
    assert!(error(v).contains("en «pasos[1]»: falta el campo «titulo»"));
    let mut v = base();
    v["pasos"][0]["cumple"] = serde_json::json!({"etiquetas": ["saludo"]});
    assert!(error(v).contains("«canal»"));
}

#[test]
fn el_formato_del_texto_no_cambia_el_escenario() {
    for e in protocolo::escenario::catalogo().unwrap() {
        let original = std::fs::read_to_string(format!("scenarios/{}.json", e.id)).unwrap();
        let compacto: serde_json::Value = serde_json::from_str(&original).unwrap();
        let mut otro = Escenario::desde_json(&compacto.to_string()).unwrap();
        assert_ne!(otro.huella, e.huella, "la huella es la del texto");
        otro.huella = e.huella.clone();
        assert_eq!(&otro, e.as_ref(), "{}", e.id);
    }
}

#[test]
fn los_valores_por_defecto_del_formato() {
    let mut v = base();
    let o = v.as_object_mut().unwrap();
    for campo in [
        "minutos_por_turno",
        "presente_al_inicio",
        "nadie_escucha",
        "faltas",
        "tercero",
    ] {
        o.remove(campo);
    }
    let e = Escenario::desde_json(&v.to_string()).unwrap();
    assert_eq!(e.minutos_por_turno, 1);
    assert!(e.presente_al_inicio);
    assert_eq!(e.nadie_escucha, protocolo::escenario::NADIE_ESCUCHA);
    // sin faltas propias: solo las de las contrapartes, que esperan su marca
    assert!(e.faltas.iter().all(|f| f.tras_marca.is_some()));
    assert_eq!(e.tercero, None);
}

#[test]
fn falta_sin_disparador() {
    let mut v = base();
    v["faltas"][0].as_object_mut().unwrap().remove("etiqueta");
    let e = error(v);
    assert!(
        e.contains("necesita «etiqueta», «frases» o «accion»"),
        "{e}"
    );
}

#[test]
fn marca_que_nadie_pone() {
    let mut v = base();
    v["pasos"][0]["tras_marca"] = serde_json::json!("eclipse");
    v["momentos"] = serde_json::json!([{"marca": "eclipse", "texto": "El eclipse."}]);
    let e = error(v);
    assert!(
        e.contains("«eclipse»") && e.contains("ninguna reacción"),
        "{e}"
    );
}

#[test]
fn todos_los_escenarios_incluidos_validan_y_tienen_ids_unicos() {
    let todos = catalogo().unwrap();
    assert_eq!(todos.len(), 6);
    let ids: std::collections::BTreeSet<_> = todos.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids.len(), todos.len());
}

#[test]
fn la_huella_es_la_del_archivo_tal_como_esta_escrito() {
    let todas = protocolo::escenario::catalogo().unwrap();
    assert_eq!(todas.len(), 6);
    for e in todas {
        let original = std::fs::read(format!("scenarios/{}.json", e.id)).unwrap();
        assert_eq!(
            e.huella,
            protocolo::huella::sha256_hex(&original),
            "{}",
            e.id
        );
    }
}

#[test]
fn el_reparto_comun_llena_las_listas_que_el_escenario_no_trae() {
    let reparto = &protocolo::escenario::reparto()
        .expect("reparto válido")
        .variantes;
    assert!(!reparto.clientes.is_empty() && !reparto.operadores.is_empty());
    for e in catalogo().unwrap() {
        assert_eq!(e.variantes.clientes, reparto.clientes, "{}", e.id);
        assert_eq!(e.variantes.horas, reparto.horas, "{}", e.id);
    }
    // una lista propia del escenario manda sobre la del reparto
    let mut v = base();
    v["variantes"]["comercios"] = serde_json::json!(["Pulpería La Única"]);
    let e = Escenario::desde_json(&v.to_string()).unwrap();
    assert_eq!(e.variantes.comercios, ["Pulpería La Única"]);
    assert_eq!(e.variantes.servicios, reparto.servicios);
}

#[test]
fn el_catalogo_compilado_es_el_mismo_que_el_leido_de_json() {
    let bytes = protocolo::escenario::compilar_catalogo().unwrap();
    let compilado = protocolo::escenario::leer_catalogo_compilado(&bytes).unwrap();
    assert_eq!(compilado, catalogo().unwrap());
    // bytes dañados dan un mensaje, no un pánico
    let e = protocolo::escenario::leer_catalogo_compilado(&bytes[..bytes.len() / 2]).unwrap_err();
    assert!(e.contains("no se pudo leer"), "{e}");
}
