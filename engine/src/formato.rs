//! La capa de formato de todos los archivos del proyecto (escenarios,
//! transcripciones, informes, expedientes, historial, estado guardado y
//! salida de la línea de comandos): serde y serde_json, con lo que la
//! persona usuaria necesita encima.
//!
//! - [`leer`] rechaza textos de más de [`MAX_BYTES`] y anidados más allá del
//!   límite de serde_json (128 niveles, sin agotar la pila), acepta una marca
//!   de orden de bytes (BOM) al principio y da los errores en español con la
//!   ruta del campo (`pasos[1].cumple`), gracias a `serde_path_to_error`.
//! - [`escribir`] es la salida compacta de serde_json: estable byte a byte
//!   para un mismo valor (el código de verificación del expediente la resume).
//! - [`Cabecera`] lee solo «formato» y «version» de cualquier archivo, para
//!   decidir cómo leer el resto.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Ningún archivo del proyecto pasa de este tamaño (5 MB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Qué está mal en un texto y dónde.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorFormato {
    /// `pasos[3].cumple`; vacía en la raíz y en los errores de sintaxis.
    pub ruta: String,
    /// La explicación en español, con la línea y la columna si las hay.
    pub mensaje: String,
    /// El texto no es JSON (sintaxis, fin antes de tiempo, anidado de más,
    /// demasiado grande); si es falso, es JSON pero no de la forma esperada.
    pub sintaxis: bool,
}

impl fmt::Display for ErrorFormato {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ruta.is_empty() {
            f.write_str(&self.mensaje)
        } else {
            write!(f, "en «{}»: {}", self.ruta, self.mensaje)
        }
    }
}

impl std::error::Error for ErrorFormato {}

impl ErrorFormato {
    fn sin_ruta(mensaje: impl Into<String>) -> ErrorFormato {
        ErrorFormato {
            ruta: String::new(),
            mensaje: mensaje.into(),
            sintaxis: true,
        }
    }
}

/// Lee un texto JSON completo como `T`.
pub fn leer<T: DeserializeOwned>(texto: &str) -> Result<T, ErrorFormato> {
    if texto.len() > MAX_BYTES {
        return Err(ErrorFormato::sin_ruta(format!(
            "el archivo pesa {} KB, más de los {} KB que se admiten",
            texto.len().div_ceil(1024),
            MAX_BYTES / 1024
        )));
    }
    let texto = texto.strip_prefix('\u{feff}').unwrap_or(texto);
    let mut de = serde_json::Deserializer::from_str(texto);
    let valor: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let ruta = e.path().to_string();
        let sintaxis = e.inner().is_syntax() || e.inner().is_eof();
        let ruta = if sintaxis || ruta == "." || ruta == "?" {
            String::new()
        } else {
            ruta
        };
        ErrorFormato {
            ruta,
            mensaje: traducir(e.inner()),
            sintaxis,
        }
    })?;
    de.end().map_err(|e| ErrorFormato::sin_ruta(traducir(&e)))?;
    Ok(valor)
}

/// JSON compacto (la salida de serde_json, estable byte a byte).
pub fn escribir<T: Serialize + ?Sized>(valor: &T) -> String {
    // Los tipos del proyecto solo tienen claves de texto: no puede fallar.
    serde_json::to_string(valor).unwrap_or_default()
}

/// JSON con sangría, para leerlo (la salida de `protocolo jugar`).
pub fn escribir_legible<T: Serialize + ?Sized>(valor: &T) -> String {
    serde_json::to_string_pretty(valor).unwrap_or_default()
}

/// La cabecera con que empieza todo archivo del proyecto.
#[derive(Debug, Default, PartialEq, Deserialize)]
pub struct Cabecera {
    /// «entrenador-protocolo/expediente», «…/historial»…
    pub formato: Option<String>,
    /// La versión del formato.
    pub version: Option<u64>,
}

/// Por qué un texto no tiene una cabecera legible.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorCabecera {
    /// No es JSON (sintaxis, fin antes de tiempo, anidado de más): el porqué.
    NoEsJson(ErrorFormato),
    /// Es JSON, pero no un objeto con «formato» y «version» de los tipos debidos.
    Ajena,
}

impl Cabecera {
    /// Lee la cabecera de un texto (el resto del texto se comprueba como JSON
    /// y se ignora).
    pub fn leer(texto: &str) -> Result<Cabecera, ErrorCabecera> {
        leer::<Cabecera>(texto).map_err(|e| {
            if e.sintaxis {
                ErrorCabecera::NoEsJson(e)
            } else {
                ErrorCabecera::Ajena
            }
        })
    }
}

/// El mensaje de serde_json en español, con la línea y la columna.
fn traducir(e: &serde_json::Error) -> String {
    let original = e.to_string();
    let sin_posicion = match original.rfind(" at line ") {
        Some(i) if e.line() > 0 => &original[..i],
        _ => original.as_str(),
    };
    let mensaje = mensaje_en_espanol(sin_posicion);
    if e.line() > 0 {
        format!(
            "{mensaje} (línea {}, columna {})",
            e.line(),
            e.column().max(1)
        )
    } else {
        mensaje
    }
}

/// Los mensajes de serde y serde_json, uno por uno; lo que no se reconoce
/// queda dicho tal cual tras «el JSON no es válido».
fn mensaje_en_espanol(m: &str) -> String {
    let fijo = match m {
        "EOF while parsing a value"
        | "EOF while parsing a list"
        | "EOF while parsing an object" => Some("el texto termina antes de tiempo"),
        "EOF while parsing a string" => Some("falta cerrar un texto con «\"»"),
        "expected `:`" => Some("se esperaba «:»"),
        "expected `,` or `]`" => Some("se esperaba «,» o «]»"),
        "expected `,` or `}`" => Some("se esperaba «,» o «}»"),
        "expected ident" | "expected value" => Some("valor no válido"),
        "expected `\"`" | "key must be a string" => Some("se esperaba el nombre de un campo"),
        "invalid escape" => Some("escape no válido en un texto"),
        "invalid number" => Some("número no válido"),
        "number out of range" => Some("número demasiado grande"),
        "invalid unicode code point" => Some("carácter Unicode no válido"),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            Some("carácter de control dentro de un texto")
        }
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            Some("sustituto UTF-16 sin pareja en un escape")
        }
        "trailing comma" => Some("sobra una «,» antes del cierre"),
        "trailing characters" => Some("sobra texto después del valor"),
        "recursion limit exceeded" => Some("demasiados niveles anidados"),
        _ => None,
    };
    if let Some(f) = fijo {
        return f.to_string();
    }
    if let Some(campo) = entre_comillas(m, "missing field `") {
        return format!("falta el campo «{campo}»");
    }
    if let Some(campo) = entre_comillas(m, "duplicate field `") {
        return format!("el campo «{campo}» está repetido");
    }
    if let Some(campo) = entre_comillas(m, "unknown field `") {
        return format!("campo desconocido «{campo}» (se admite: {})", admitidos(m));
    }
    if let Some(nombre) = entre_comillas(m, "unknown variant `") {
        let admitidos = m
            .split_once("expected ")
            .map(|(_, r)| {
                r.replace(['`'], "")
                    .replace(" or ", ", ")
                    .replace("one of ", "")
            })
            .unwrap_or_default();
        return format!("«{nombre}» no existe (se admite: {admitidos})");
    }
    for (prefijo, verbo) in [("invalid type: ", "hay"), ("invalid value: ", "hay")] {
        if let Some(resto) = m.strip_prefix(prefijo) {
            if let Some((hay, esperado)) = resto.split_once(", expected ") {
                return format!(
                    "se esperaba {} y {verbo} {}",
                    esperado_en_espanol(esperado),
                    hay_en_espanol(hay)
                );
            }
        }
    }
    if let Some(resto) = m.strip_prefix("invalid length ") {
        if let Some((n, esperado)) = resto.split_once(", expected ") {
            return format!(
                "se esperaba {} y hay una lista de {n}",
                esperado_en_espanol(esperado)
            );
        }
    }
    // mensajes propios (Deserialize escritos aquí) ya en español
    if m.chars().any(|c| "áéíóúñ«".contains(c)) {
        return m.to_string();
    }
    format!("el JSON no es válido ({m})")
}

/// «a, b, c» de «…, expected one of `a`, `b`, `c`» (o «expected `a` or `b`»).
fn admitidos(m: &str) -> String {
    m.split_once("expected ")
        .map(|(_, r)| {
            r.replace('`', "")
                .replace(" or ", ", ")
                .replace("one of ", "")
        })
        .unwrap_or_default()
}

fn entre_comillas<'a>(m: &'a str, prefijo: &str) -> Option<&'a str> {
    m.strip_prefix(prefijo)?.split('`').next()
}

fn esperado_en_espanol(e: &str) -> String {
    match e {
        "a string" => "un texto".into(),
        "a boolean" => "un valor lógico".into(),
        "a sequence" => "una lista".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i64" | "i32" => {
            "un número entero no negativo dentro del rango".into()
        }
        "a map" => "un objeto".into(),
        _ if e.starts_with("struct ") || e.contains("enum ") => "un objeto".into(),
        _ if e.starts_with("a tuple of size ") => {
            format!("una lista de {}", e.trim_start_matches("a tuple of size "))
        }
        _ => e.to_string(),
    }
}

fn hay_en_espanol(h: &str) -> String {
    if let Some(s) = h.strip_prefix("string ") {
        return format!("el texto {s}");
    }
    if let Some(n) = h.strip_prefix("integer ") {
        return format!("el número {}", n.trim_matches('`'));
    }
    if let Some(n) = h.strip_prefix("floating point ") {
        return format!("el número con decimales {}", n.trim_matches('`'));
    }
    if let Some(b) = h.strip_prefix("boolean ") {
        return format!("el valor lógico {}", b.trim_matches('`'));
    }
    match h {
        "null" | "unit value" => "null".into(),
        "map" => "un objeto".into(),
        "sequence" => "una lista".into(),
        otro => otro.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Paso {
        id: String,
        #[serde(default)]
        puntos: u32,
    }

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Archivo {
        pasos: Vec<Paso>,
        #[serde(default)]
        nota: Option<String>,
    }

    fn error(texto: &str) -> String {
        leer::<Archivo>(texto).unwrap_err().to_string()
    }

    #[test]
    fn la_ruta_del_error_lleva_al_campo() {
        assert_eq!(
            error(r#"{"pasos": [{"id": "a"}, {"id": 3}]}"#),
            "en «pasos[1].id»: se esperaba un texto y hay el número 3 (línea 1, columna 32)"
        );
        assert_eq!(
            error(r#"{"pasos": [{"puntos": 1}]}"#),
            "en «pasos[0]»: falta el campo «id» (línea 1, columna 24)"
        );
        assert_eq!(
            error(r#"{"nota": null}"#),
            "falta el campo «pasos» (línea 1, columna 14)"
        );
        assert!(error(r#"{"pasos": [{"id": "a", "puntos": -1}]}"#)
            .starts_with("en «pasos[0].puntos»: se esperaba un número entero"));
    }

    #[test]
    fn los_errores_de_sintaxis_dicen_donde_y_en_espanol() {
        for (malo, parte) in [
            ("{", "termina antes"),
            ("[", "termina antes"),
            (r#"{"pasos":[],}"#, "sobra una «,»"),
            (r#"{"pasos":[] "b":2}"#, "«,» o «}»"),
            (r#"{"pasos":[1 2]}"#, "se esperaba un objeto"),
            (r#"{"pasos":[],"nota":"abc"#, "falta cerrar"),
            (r#"{"pasos":[],"pasos":[]}"#, "repetido"),
            ("012", "número no válido"),
            (r#"{"pasos":[]} x"#, "sobra texto"),
            ("{\"pasos\":[],\"nota\":\"a\u{1}\"}", "control"),
            (r#"{"pasos":[],"nota":"\x"}"#, "escape"),
            (r#"{"pasos":[],"nota":"\ud800\u0041"}"#, "sustituto"),
            ("{\n  \"pasos\": tru }", "línea 2, columna"),
            ("", "termina antes"),
        ] {
            let e = error(malo);
            assert!(e.contains(parte), "{malo}: {e}");
            assert!(!e.contains("expected"), "{malo}: {e}");
        }
        let hondo = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(leer::<serde_json::Value>(&hondo)
            .unwrap_err()
            .to_string()
            .contains("anidados"));
    }

    #[test]
    fn limites_y_bom() {
        let enorme = format!(r#"{{"pasos":[],"nota":"{}"}}"#, "x".repeat(MAX_BYTES));
        assert!(error(&enorme).contains("más de los 5120 KB"));
        let con_bom = "\u{feff}{\"pasos\":[]}";
        assert_eq!(leer::<Archivo>(con_bom).unwrap().pasos, vec![]);
    }

    #[test]
    fn escribir_es_la_salida_compacta_de_serde_json() {
        let a = Archivo {
            pasos: vec![Paso {
                id: "«á»\n\"x\"".into(),
                puntos: 3,
            }],
            nota: None,
        };
        let t = escribir(&a);
        assert_eq!(
            t,
            r#"{"pasos":[{"id":"«á»\n\"x\"","puntos":3}],"nota":null}"#
        );
        assert_eq!(leer::<Archivo>(&t).unwrap(), a);
    }

    #[test]
    fn la_cabecera_distingue_lo_que_no_es_json_de_lo_ajeno() {
        let c = Cabecera::leer(r#"{"x":[1,{"y":2}],"version":3,"formato":"f"}"#).unwrap();
        assert_eq!((c.formato.as_deref(), c.version), (Some("f"), Some(3)));
        assert_eq!(Cabecera::leer("{}").unwrap(), Cabecera::default());
        assert!(matches!(
            Cabecera::leer("no"),
            Err(ErrorCabecera::NoEsJson(_))
        ));
        assert!(matches!(
            Cabecera::leer(r#"{"formato":"#),
            Err(ErrorCabecera::NoEsJson(_))
        ));
        let hondo = format!(
            r#"{{"formato":"f","x":{}0{}}}"#,
            "{\"a\":".repeat(100_000),
            "}".repeat(100_000)
        );
        // un campo ajeno muy anidado se salta sin agotar la pila
        assert_eq!(
            Cabecera::leer(&hondo).unwrap().formato.as_deref(),
            Some("f")
        );
        let hondo = format!(
            r#"{{"formato":{}"f"{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(Cabecera::leer(&hondo).unwrap_err(), ErrorCabecera::Ajena);
        assert_eq!(Cabecera::leer("[1,2]").unwrap_err(), ErrorCabecera::Ajena);
        assert_eq!(
            Cabecera::leer(r#"{"formato":7}"#).unwrap_err(),
            ErrorCabecera::Ajena
        );
    }
}
