//! Los certificados firmados por RR. HH.: claves Ed25519, la credencial Open
//! Badges 3.0 como JWS compacto EdDSA, y cada falsificación que se intentó
//! (firma de otra clave, un byte cambiado, fechas vencidas, otro nombre, un
//! expediente cambiado) rechazada con su motivo y en su orden.

#[path = "comun/certificacion.rs"]
mod certificacion;

use certificacion::expediente_aprobado;
use protocolo::certificado::{huella_expediente, Certificado, LOGRO};
use protocolo::expediente::calcular_codigo;
use protocolo::firma::{
    claves_nuevas, did_key, firmar, leer_privada, leer_publica, verificar_certificado,
};

/// 2026-12-02 15:30 UTC.
const HOY: u64 = 1_796_225_400;
const DIA: u64 = 86_400;

fn texto(e: &protocolo::expediente::Expediente) -> String {
    serde_json::to_string(e).unwrap()
}

/// Un certificado firmado hoy por un año, y la clave pública que lo verifica.
fn firmado() -> (String, ed25519_dalek::VerifyingKey) {
    let par = claves_nuevas(None).unwrap();
    let clave = leer_privada(&par.privada_pem, None).unwrap();
    let e = expediente_aprobado("Ana Solís Mora", 1);
    let c = firmar(&texto(&e), &clave, "Recursos Humanos del INS", HOY, 365).unwrap();
    (c.escribir(), leer_publica(&par.publica_jwk).unwrap())
}

/// El motivo de una firma rechazada (el certificado, si no, es enorme para imprimirlo).
fn rechazo(r: Result<Certificado, String>) -> String {
    match r {
        Ok(_) => panic!("debía rechazarse"),
        Err(m) => m,
    }
}

fn problema(texto: &str, publica: &ed25519_dalek::VerifyingKey, ahora: u64) -> String {
    let v = verificar_certificado(texto, publica, ahora);
    assert!(!v.valido, "debía ser rechazado");
    v.problema.unwrap()
}

#[test]
fn un_certificado_firmado_verifica_y_es_una_credencial_open_badges_3() {
    let (cert, publica) = firmado();
    let v = verificar_certificado(&cert, &publica, HOY + DIA);
    assert!(v.valido, "{:?}", v.problema);
    assert_eq!(v.emisor.as_deref(), Some("Recursos Humanos del INS"));
    assert_eq!(v.comprobado.first(), Some(&"firma del emisor"));
    // la credencial: OpenBadgeCredential con emisor did:key, persona y logro
    let c = Certificado::leer(&cert).unwrap();
    let partes: Vec<&str> = c.credencial.split('.').collect();
    assert_eq!(partes.len(), 3, "JWS compacto");
    use base64ct::{Base64UrlUnpadded, Encoding};
    let cabecera: serde_json::Value =
        serde_json::from_slice(&Base64UrlUnpadded::decode_vec(partes[0]).unwrap()).unwrap();
    assert_eq!(cabecera["alg"], "EdDSA");
    let cuerpo: serde_json::Value =
        serde_json::from_slice(&Base64UrlUnpadded::decode_vec(partes[1]).unwrap()).unwrap();
    assert_eq!(
        cuerpo["type"],
        serde_json::json!(["VerifiableCredential", "OpenBadgeCredential"])
    );
    assert_eq!(cuerpo["iss"], did_key(&publica));
    assert_eq!(cuerpo["issuer"]["id"], cuerpo["iss"]);
    assert_eq!(cuerpo["credentialSubject"]["achievement"]["name"], LOGRO);
    assert_eq!(cuerpo["credentialSubject"]["name"], "Ana Solís Mora");
    assert_eq!(cuerpo["sub"], cuerpo["credentialSubject"]["id"]);
    assert_eq!(cuerpo["exp"].as_u64(), Some(HOY + 365 * DIA));
    assert_eq!(
        cuerpo["evidence"][0]["id"],
        format!("urn:sha256:{}", huella_expediente(&c.expediente))
    );
    assert!(did_key(&publica).starts_with("did:key:z6Mk"));
}

#[test]
fn otra_clave_un_byte_cambiado_o_fechas_fuera_de_plazo_se_rechazan() {
    let (cert, publica) = firmado();
    // otra clave
    let otra = leer_publica(&claves_nuevas(None).unwrap().publica_jwk).unwrap();
    assert!(problema(&cert, &otra, HOY).contains("la firma no corresponde"));
    // un byte del contenido firmado
    let mut c = Certificado::leer(&cert).unwrap();
    let mut bytes = c.credencial.clone().into_bytes();
    let medio = c.credencial.find('.').unwrap() + 10;
    bytes[medio] = if bytes[medio] == b'A' { b'B' } else { b'A' };
    c.credencial = String::from_utf8(bytes).unwrap();
    assert!(problema(&c.escribir(), &publica, HOY).contains("la firma no corresponde"));
    // vencido y todavía no válido
    assert!(problema(&cert, &publica, HOY + 366 * DIA).contains("venció"));
    assert!(problema(&cert, &publica, HOY - DIA).contains("todavía no es válida"));
}

#[test]
fn el_expediente_que_acompana_debe_ser_el_firmado() {
    let (cert, publica) = firmado();
    // otro nombre en el expediente (con el código recalculado): no es el firmado
    let mut c = Certificado::leer(&cert).unwrap();
    c.expediente.participante.nombre = "Beatriz Solano Rojas".into();
    let p = problema(&c.escribir(), &publica, HOY);
    assert!(p.contains("no es el que se firmó"), "{p}");
    // otro expediente aprobado, íntegro, de otra persona: tampoco
    let otro = expediente_aprobado("Beatriz Solano Rojas", 1);
    let mut c = Certificado::leer(&cert).unwrap();
    c.expediente = serde_json::from_str(&texto(&otro)).unwrap();
    assert!(problema(&c.escribir(), &publica, HOY).contains("no es el que se firmó"));
}

#[test]
fn solo_se_firma_un_expediente_valido_de_este_motor_y_aprobado() {
    let clave = leer_privada(&claves_nuevas(None).unwrap().privada_pem, None).unwrap();
    // alterado
    let mut e = expediente_aprobado("Ana Solís Mora", 1);
    e.total = 99;
    e.codigo = calcular_codigo(&e);
    let m = rechazo(firmar(&texto(&e), &clave, "RR. HH.", HOY, 30));
    assert!(m.contains("no es válido"), "{m}");
    // no aprobado
    let malo = protocolo::expediente::crear(
        protocolo::expediente::Participante {
            nombre: "Ana Solís Mora".into(),
            cedula: "1-0234-0567".into(),
        },
        "2026-12-02".into(),
        5,
        &protocolo::expediente::plan_certificacion(5)
            .into_iter()
            .map(|(id, s)| {
                let mut x = protocolo::Sesion::nueva(
                    protocolo::escenario::buscar(&id).unwrap(),
                    s,
                    protocolo::Proveedor {
                        nombre: "Ana Solís Mora".into(),
                        genero: protocolo::Genero::F,
                    },
                );
                x.terminar();
                x
            })
            .collect::<Vec<_>>(),
    );
    let m = rechazo(firmar(&texto(&malo), &clave, "RR. HH.", HOY, 30));
    assert!(m.contains("no aprobó"), "{m}");
    // de un motor anterior
    let viejo = std::fs::read_to_string(format!(
        "{}/tests/fixtures/anteriores/expediente-motor-0.2.0.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let m = rechazo(firmar(&viejo, &clave, "RR. HH.", HOY, 30));
    assert!(m.contains("otra versión del motor"), "{m}");
}

#[test]
fn la_clave_privada_cifrada_pide_su_frase() {
    let par = claves_nuevas(Some("una frase larga de prueba")).unwrap();
    assert!(par.privada_pem.contains("ENCRYPTED PRIVATE KEY"));
    assert!(leer_privada(&par.privada_pem, None)
        .unwrap_err()
        .contains("hace falta su frase"));
    assert!(leer_privada(&par.privada_pem, Some("otra"))
        .unwrap_err()
        .contains("no es la correcta"));
    let clave = leer_privada(&par.privada_pem, Some("una frase larga de prueba")).unwrap();
    assert_eq!(did_key(&clave.verifying_key()), par.did);
    // la pública: JWK con su did:key
    let jwk: serde_json::Value = serde_json::from_str(&par.publica_jwk).unwrap();
    assert_eq!(
        (jwk["kty"].as_str(), jwk["crv"].as_str()),
        (Some("OKP"), Some("Ed25519"))
    );
    assert_eq!(jwk["kid"], par.did);
    assert!(leer_publica("{\"kty\":\"RSA\"}")
        .unwrap_err()
        .contains("Ed25519"));
}

#[test]
fn las_declaraciones_xapi_de_una_certificacion() {
    let e = expediente_aprobado("Ana Solís Mora", 1);
    let escritas = protocolo::xapi::declaraciones(&e);
    let d: Vec<serde_json::Value> = escritas
        .iter()
        .map(|x| serde_json::from_str(&x.json).unwrap())
        .collect();
    // el id que acompaña cada una es el suyo
    for (x, v) in escritas.iter().zip(&d) {
        assert_eq!(v["id"], x.id.as_str());
    }
    let verbos: Vec<&str> = d
        .iter()
        .map(|s| {
            s["verb"]["id"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        verbos,
        ["attempted", "completed", "completed", "completed", "passed"]
    );
    // los mismos id en un reenvío, distintos entre sí
    let ids: Vec<String> = d
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    let otra_vez: Vec<String> = protocolo::xapi::declaraciones(&e)
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, otra_vez);
    let mut unicos = ids.clone();
    unicos.sort();
    unicos.dedup();
    assert_eq!(unicos.len(), ids.len());
    // cada escenario con su actividad, su resultado y las dimensiones
    let escenario = &d[1];
    assert!(escenario["object"]["id"]
        .as_str()
        .unwrap()
        .starts_with(protocolo::xapi::PREFIJO_ESCENARIO));
    assert_eq!(escenario["result"]["score"]["raw"], 100);
    assert_eq!(escenario["result"]["score"]["scaled"], 1.0);
    assert_eq!(escenario["result"]["success"], true);
    assert_eq!(
        escenario["context"]["contextActivities"]["parent"][0]["id"],
        protocolo::xapi::ACTIVIDAD_CERTIFICACION
    );
    // la final lleva el expediente, que vuelve a verificar
    let expediente = &d[4]["result"]["extensions"]["urn:entrenador-protocolo:extension:expediente"];
    let v = protocolo::expediente::verificar(&expediente.to_string());
    assert!(v.valido, "{:?}", v.problemas);
    assert_eq!(d[4]["actor"]["account"]["name"], "1-0234-0567");
}
