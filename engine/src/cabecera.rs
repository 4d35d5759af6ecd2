//! The header every file of this project starts with («formato», «version»),
//! read without building a generic JSON tree: the wasm build then carries one
//! JSON deserializer per type instead of two.

use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct Cabecera {
    #[serde(default)]
    pub formato: Option<String>,
    #[serde(default)]
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

pub fn leer(texto: &str) -> Result<Cabecera, ErrorCabecera> {
    serde_json::from_str::<serde::de::IgnoredAny>(texto)
        .map_err(|e| ErrorCabecera::NoEsJson(e.to_string()))?;
    serde_json::from_str::<Cabecera>(texto).map_err(|_| ErrorCabecera::Ajena)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lee_formato_y_version_e_ignora_lo_demas() {
        let c = leer(r#"{"x":[1,{"y":2}],"version":3,"formato":"f"}"#).unwrap();
        assert_eq!(c.formato.as_deref(), Some("f"));
        assert_eq!(c.version, Some(3));
        let c = leer("{}").unwrap();
        assert_eq!((c.formato, c.version), (None, None));
    }

    #[test]
    fn distingue_lo_que_no_es_json_de_lo_ajeno() {
        assert!(matches!(leer("no"), Err(ErrorCabecera::NoEsJson(_))));
        assert!(matches!(
            leer(r#"{"formato":"#),
            Err(ErrorCabecera::NoEsJson(_))
        ));
        // deep nesting is valid JSON, skipped without recursion: not ours
        let hondo = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(leer(&hondo).unwrap_err(), ErrorCabecera::Ajena);
        let hondo = format!(
            r#"{{"formato":"f","x":{}0{}}}"#,
            "{\"a\":".repeat(100_000),
            "}".repeat(100_000)
        );
        assert_eq!(leer(&hondo).unwrap().formato.as_deref(), Some("f"));
        assert_eq!(leer("[1,2]").unwrap_err(), ErrorCabecera::Ajena);
        assert_eq!(leer(r#"{"formato":7}"#).unwrap_err(), ErrorCabecera::Ajena);
    }
}
