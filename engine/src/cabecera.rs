//! The header every file of this project starts with («formato», «version»).
//! The text is parsed once; the caller reads the body from the same tree.

use crate::json::{ErrorJson, Valor};

#[derive(Debug, Default, PartialEq)]
pub struct Cabecera {
    pub formato: Option<String>,
    pub version: Option<u64>,
}

/// Why a text has no readable header.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorCabecera {
    /// Not JSON at all (syntax, end of file, nesting too deep); the parser's words.
    NoEsJson(String),
    /// JSON, but not an object whose «formato» and «version» have the right types.
    Ajena,
}

/// Parses a text and reads its header; the tree is returned for the body.
pub fn leer(texto: &str) -> Result<(Cabecera, Valor), ErrorCabecera> {
    let v = crate::json::leer(texto).map_err(|e| ErrorCabecera::NoEsJson(e.to_string()))?;
    let c = cabecera(&v).map_err(|_| ErrorCabecera::Ajena)?;
    Ok((c, v))
}

fn cabecera(v: &Valor) -> Result<Cabecera, ErrorJson> {
    let o = v.objeto()?;
    o.fin(Cabecera {
        formato: o.campo("formato"),
        version: o.campo("version"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lee_formato_y_version_e_ignora_lo_demas() {
        let (c, _) = leer(r#"{"x":[1,{"y":2}],"version":3,"formato":"f"}"#).unwrap();
        assert_eq!(c.formato.as_deref(), Some("f"));
        assert_eq!(c.version, Some(3));
        let (c, v) = leer("{}").unwrap();
        assert_eq!((c.formato, c.version), (None, None));
        assert_eq!(v, Valor::Objeto(Vec::new()));
    }

    #[test]
    fn distingue_lo_que_no_es_json_de_lo_ajeno() {
        assert!(matches!(leer("no"), Err(ErrorCabecera::NoEsJson(_))));
        assert!(matches!(
            leer(r#"{"formato":"#),
            Err(ErrorCabecera::NoEsJson(_))
        ));
        // deep nesting is refused by the parser, without exhausting the stack
        let hondo = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(leer(&hondo), Err(ErrorCabecera::NoEsJson(m)) if m.contains("anidados")));
        let hondo = format!(
            r#"{{"formato":"f","x":{}0{}}}"#,
            "{\"a\":".repeat(100_000),
            "}".repeat(100_000)
        );
        assert!(matches!(leer(&hondo), Err(ErrorCabecera::NoEsJson(m)) if m.contains("anidados")));
        assert_eq!(leer("[1,2]").unwrap_err(), ErrorCabecera::Ajena);
        assert_eq!(leer(r#"{"formato":7}"#).unwrap_err(), ErrorCabecera::Ajena);
    }
}
