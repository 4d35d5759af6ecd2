//! Las declaraciones xAPI (1.0.3) de una certificación, para un Learning
//! Record Store: un intento de certificación, cada escenario completado con su
//! resultado (aprobado o no, puntajes, duración, dimensiones, errores
//! críticos, código y versión del contenido) y el resultado final, que lleva
//! el expediente entero para que RR. HH. lo vuelva a verificar sin el archivo
//! de la persona. Los identificadores salen del código del expediente: un
//! reenvío repite los mismos y el LRS no los cuenta dos veces.

use crate::expediente::Expediente;
use serde_json::{json, Value};

/// La actividad de la certificación.
pub const ACTIVIDAD_CERTIFICACION: &str = "urn:entrenador-protocolo:certificacion";
/// El prefijo de la actividad de cada escenario (`…:escenario:ID`).
pub const PREFIJO_ESCENARIO: &str = "urn:entrenador-protocolo:escenario:";
/// El prefijo de las extensiones propias.
pub const PREFIJO_EXTENSION: &str = "urn:entrenador-protocolo:extension:";
/// La página de la institución, para la cuenta de la persona (su cédula).
pub const PAGINA_INSTITUCION: &str = "https://www.grupoins.com";

/// Un identificador UUID estable para `semilla` (SHA-256, con la forma de un
/// UUID versión 8 de RFC 9562).
pub fn uuid(semilla: &str) -> String {
    let h = crate::huella::sha256_hex(semilla.as_bytes());
    let mut b: Vec<char> = h[..32].chars().collect();
    b[12] = '8';
    b[16] = match b[16] {
        '0' | '4' | '8' | 'c' => '8',
        '1' | '5' | '9' | 'd' => '9',
        '2' | '6' | 'a' | 'e' => 'a',
        _ => 'b',
    };
    let s: String = b.into_iter().collect();
    format!(
        "{}-{}-{}-{}-{}",
        &s[0..8],
        &s[8..12],
        &s[12..16],
        &s[16..20],
        &s[20..32]
    )
}

fn verbo(nombre: &str, texto: &str) -> Value {
    json!({"id": format!("http://adlnet.gov/expapi/verbs/{nombre}"), "display": {"es-CR": texto}})
}

fn extension(nombre: &str) -> String {
    format!("{PREFIJO_EXTENSION}{nombre}")
}

/// Milisegundos como duración ISO 8601 («PT12.3S»).
fn duracion(ms: u64) -> String {
    format!("PT{}.{}S", ms / 1000, (ms % 1000) / 100)
}

/// Las declaraciones de una certificación, en orden: el intento, un
/// escenario completado por cada uno y el resultado final.
pub fn declaraciones(e: &Expediente) -> Vec<Value> {
    let actor = json!({
        "objectType": "Agent",
        "name": e.participante.nombre,
        "account": {"homePage": PAGINA_INSTITUCION, "name": e.participante.cedula},
    });
    let registro = uuid(&format!("registro:{}", e.codigo));
    let certificacion = json!({
        "objectType": "Activity",
        "id": ACTIVIDAD_CERTIFICACION,
        "definition": {
            "name": {"es-CR": crate::certificado::LOGRO},
            "type": "http://adlnet.gov/expapi/activities/assessment",
        },
    });
    let comun = json!({
        "registration": registro,
        "extensions": {
            extension("codigo"): e.codigo,
            extension("version_contenido"): e.version_contenido,
            extension("motor"): e.motor,
        },
    });
    let mut lista = vec![json!({
        "id": uuid(&format!("intento:{}", e.codigo)),
        "actor": actor,
        "verb": verbo("attempted", "intentó"),
        "object": certificacion,
        "context": comun,
        "timestamp": e.fecha,
    })];
    for (n, i) in e.intentos.iter().enumerate() {
        let inf = &i.informe;
        let dimension = |d: crate::escenario::Dimension| inf.puntaje(d);
        let mut resultado = json!({
            "score": {"scaled": f64::from(inf.total) / 100.0, "raw": inf.total, "min": 0, "max": 100},
            "success": inf.aprobado,
            "completion": !inf.terminado_antes,
            "extensions": {
                extension("cortesia"): dimension(crate::escenario::Dimension::Cortesia),
                extension("procedimiento"): dimension(crate::escenario::Dimension::Procedimiento),
                extension("escalamiento"): dimension(crate::escenario::Dimension::Escalamiento),
                extension("errores_criticos"): inf.errores_criticos.iter().map(|h| h.mensaje.clone()).collect::<Vec<_>>(),
            },
        });
        let t = &i.transcripcion.tiempos;
        if let (Some(a), Some(b)) = (t.first(), t.last()) {
            resultado["duration"] = json!(duracion(b.saturating_sub(*a)));
        }
        let mut contexto = comun.clone();
        contexto["contextActivities"] =
            json!({"parent": [{"id": ACTIVIDAD_CERTIFICACION, "objectType": "Activity"}]});
        contexto["extensions"][extension("semilla")] = json!(i.semilla);
        lista.push(json!({
            "id": uuid(&format!("escenario:{}:{n}", e.codigo)),
            "actor": actor,
            "verb": verbo("completed", "completó"),
            "object": {
                "objectType": "Activity",
                "id": format!("{PREFIJO_ESCENARIO}{}", i.escenario),
                "definition": {"name": {"es-CR": inf.titulo}, "type": "http://adlnet.gov/expapi/activities/simulation"},
            },
            "result": resultado,
            "context": contexto,
            "timestamp": e.fecha,
        }));
    }
    let (nombre, texto) = if e.aprobado {
        ("passed", "aprobó")
    } else {
        ("failed", "no aprobó")
    };
    let expediente = serde_json::to_value(e).unwrap_or(Value::Null);
    lista.push(json!({
        "id": uuid(&format!("resultado:{}", e.codigo)),
        "actor": actor,
        "verb": verbo(nombre, texto),
        "object": certificacion,
        "result": {
            "score": {"scaled": f64::from(e.total) / 100.0, "raw": e.total, "min": 0, "max": 100},
            "success": e.aprobado,
            "completion": true,
            "extensions": {extension("expediente"): expediente},
        },
        "context": comun,
        "timestamp": e.fecha,
    }));
    lista
}

#[cfg(test)]
mod tests {
    use super::uuid;

    #[test]
    fn el_uuid_es_estable_y_tiene_la_forma_de_la_version_8() {
        let u = uuid("resultado:ABCD-0123-4567-89EF");
        assert_eq!(u, uuid("resultado:ABCD-0123-4567-89EF"));
        assert_ne!(u, uuid("resultado:ABCD-0123-4567-89EE"));
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "8");
        assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"));
    }
}
