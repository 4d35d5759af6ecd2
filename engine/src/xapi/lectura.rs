//! La lectura de lo que guarda un LRS para la revisión de RR. HH. (la
//! línea de comandos y la página de Revisión): de cada página de
//! `GET …/statements`, los expedientes de las certificaciones terminadas.

use serde_json::Value;

/// Un expediente traído del LRS: de qué declaración sale y su texto (o por
/// qué no lo trae).
pub type Traido = (String, Result<String, String>);

/// Lee una página de `GET …/statements`: los expedientes de las
/// declaraciones `passed` o `failed` de una certificación, y la dirección
/// de la página siguiente (`more`), si hay.
pub fn expedientes_de_pagina(texto: &str) -> Result<(Vec<Traido>, Option<String>), String> {
    let pagina: Value = serde_json::from_str(texto)
        .map_err(|_| "el LRS no respondió con declaraciones xAPI".to_string())?;
    let Some(declaraciones) = pagina.get("statements").and_then(Value::as_array) else {
        return Err("el LRS no respondió con declaraciones xAPI".into());
    };
    let mut salida = Vec::new();
    for d in declaraciones {
        let verbo = d.pointer("/verb/id").and_then(Value::as_str).unwrap_or("");
        let expediente = d
            .pointer("/result/extensions")
            .and_then(|x| x.get(super::EXTENSION_EXPEDIENTE));
        let de_la_certificacion =
            d.pointer("/object/id").and_then(Value::as_str) == Some(super::ACTIVIDAD_CERTIFICACION);
        if !(verbo.ends_with("/passed") || verbo.ends_with("/failed"))
            || !(de_la_certificacion || expediente.is_some())
        {
            continue;
        }
        let id = d.get("id").and_then(Value::as_str).unwrap_or("sin id");
        salida.push((
            format!("lrs:{id}"),
            expediente
                .map(Value::to_string)
                .ok_or_else(|| "la declaración no trae el expediente".to_string()),
        ));
    }
    let mas = pagina
        .get("more")
        .and_then(Value::as_str)
        .filter(|m| !m.is_empty())
        .map(String::from);
    Ok((salida, mas))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xapi::{ACTIVIDAD_CERTIFICACION as ACT, EXTENSION_EXPEDIENTE as EXT};
    use serde_json::json;

    #[test]
    fn de_una_pagina_del_lrs_salen_los_expedientes_y_la_siguiente() {
        let pagina = json!({
            "statements": [
                {"id": "a", "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"},
                 "object": {"id": "https://lms/au/1"},
                 "result": {"extensions": {EXT: {"codigo": "X"}}}},
                {"id": "b", "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": ACT}},
                {"id": "c", "verb": {"id": "http://adlnet.gov/expapi/verbs/failed"},
                 "object": {"id": ACT}},
                {"id": "d", "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"},
                 "object": {"id": "https://otro/curso"}},
            ],
            "more": "/xAPI/statements?pit=2",
        })
        .to_string();
        let (traidos, mas) = expedientes_de_pagina(&pagina).unwrap();
        assert_eq!(mas.as_deref(), Some("/xAPI/statements?pit=2"));
        assert_eq!(traidos.len(), 2);
        assert_eq!(traidos[0], ("lrs:a".into(), Ok(r#"{"codigo":"X"}"#.into())));
        assert_eq!(traidos[1].0, "lrs:c");
        assert!(traidos[1].1.is_err());
        assert!(expedientes_de_pagina("[]").is_err());
    }
}
