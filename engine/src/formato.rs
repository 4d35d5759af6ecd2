//! La capa de formato de todos los archivos del proyecto (escenarios,
//! transcripciones, informes, expedientes, historial, estado guardado y
//! salida de la línea de comandos): serde y serde_json, con lo que la
//! persona usuaria necesita encima.
//!
//! - [`leer`] rechaza textos de más de [`MAX_BYTES`] y anidados más allá del
//!   límite de serde_json (128 niveles, sin agotar la pila), acepta una marca
//!   de orden de bytes (BOM) al principio y da los errores en español con la
//!   ruta del campo (`pasos[1].cumple`).
//!
//! La ruta se reconstruye con [`ruta_en`], que recorre el texto hasta la línea
//! y la columna del error que da serde_json. `serde_path_to_error` da la misma
//! ruta, pero envuelve cada visitante de serde y en el wasm costaba 159 KB de
//! código (más de 40 KB gzip, la sexta parte de todo el paquete).
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
    serde_json::from_str(texto).map_err(|e| {
        let sintaxis = e.is_syntax() || e.is_eof();
        ErrorFormato {
            ruta: if sintaxis {
                String::new()
            } else {
                ruta_en(texto, e.line(), e.column())
            },
            mensaje: traducir(&e),
            sintaxis,
        }
    })
}

/// Lee un texto JSON y lo convierte con `convertir`; su error (en español)
/// queda en la posición del texto, para que [`ruta_en`] encuentre el campo.
/// Para los `Deserialize` escritos a mano (nombres de enumeraciones, horas).
pub fn texto_convertido<'de, D, T, F>(d: D, que: &'static str, convertir: F) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    F: FnOnce(&str) -> Result<T, String>,
{
    struct Visitante<F>(&'static str, F);
    impl<T, F: FnOnce(&str) -> Result<T, String>> serde::de::Visitor<'_> for Visitante<F> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            (self.1)(v).map_err(E::custom)
        }
    }
    d.deserialize_str(Visitante(que, convertir))
}

/// Un contenedor abierto en el recorrido de [`ruta_en`].
enum Marco {
    /// Un objeto, con la clave del valor que se está leyendo.
    Objeto(Option<String>),
    /// Una lista, con la posición del elemento que se está leyendo.
    Lista(usize),
}

/// La ruta (`pasos[1].cumple.etiquetas[0]`) del valor que se estaba leyendo
/// en la línea y la columna (contadas en bytes, desde 1) que da serde_json:
/// los objetos y listas abiertos hasta ahí, con su clave o su posición.
pub fn ruta_en(texto: &str, linea: usize, columna: usize) -> String {
    let inicio_linea: usize = texto
        .split_inclusive('\n')
        .take(linea.saturating_sub(1))
        .map(str::len)
        .sum();
    let fin = (inicio_linea + columna).min(texto.len());
    let mut pila: Vec<Marco> = Vec::new();
    let (mut en_texto, mut escape, mut es_clave) = (false, false, false);
    let mut clave: Vec<u8> = Vec::new();
    for &b in &texto.as_bytes()[..fin] {
        if en_texto {
            match (escape, b) {
                (true, _) => escape = false,
                (false, b'\\') => escape = true,
                (false, b'"') => {
                    en_texto = false;
                    if es_clave {
                        if let Some(Marco::Objeto(c)) = pila.last_mut() {
                            *c = Some(String::from_utf8_lossy(&clave).into_owned());
                        }
                    }
                }
                _ => {}
            }
            if en_texto && es_clave && !escape {
                clave.push(b);
            }
            continue;
        }
        match b {
            b'"' => {
                en_texto = true;
                es_clave = matches!(pila.last(), Some(Marco::Objeto(None)));
                clave.clear();
            }
            b'{' => pila.push(Marco::Objeto(None)),
            b'[' => pila.push(Marco::Lista(0)),
            b'}' | b']' => {
                pila.pop();
            }
            b',' => match pila.last_mut() {
                Some(Marco::Lista(i)) => *i += 1,
                Some(Marco::Objeto(c)) => *c = None,
                None => {}
            },
            _ => {}
        }
    }
    let mut ruta = String::new();
    for m in &pila {
        match m {
            Marco::Objeto(Some(c)) if ruta.is_empty() => ruta.push_str(c),
            Marco::Objeto(Some(c)) => {
                ruta.push('.');
                ruta.push_str(c);
            }
            Marco::Objeto(None) => {}
            Marco::Lista(i) => ruta.push_str(&format!("[{i}]")),
        }
    }
    ruta
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
        "expected ident" | "expected value" => {
            Some("se esperaba un valor JSON (texto entre comillas, número, lista u objeto)")
        }
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
        "a string" | "un texto" => "un texto".into(),
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
    //! Pruebas de la capa de formato: la ruta y el mensaje en español de los
    //! errores, los límites, la BOM, la escritura compacta y la cabecera.

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

#[cfg(test)]
mod pruebas_de_ruta {
    //! Pruebas de `ruta_en` con claves con escapes, listas anidadas y, con
    //! proptest, cualquier posición del elemento malo.

    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Hoja {
        n: u32,
        #[serde(default)]
        t: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Raiz {
        #[serde(rename = "clave rara «ñ»")]
        rara: Vec<Vec<Hoja>>,
        otra: Option<Hoja>,
    }

    #[test]
    fn la_ruta_sigue_claves_con_escapes_y_listas_anidadas() {
        let t = r#"{"otra":null, "clave rara «ñ»": [[{"n":1}],[{"n":2,"t":"a\"b,]"},{"n":"x"}]]}"#;
        let e = leer::<Raiz>(t).unwrap_err();
        assert_eq!(e.ruta, "clave rara «ñ»[1][1].n", "{e}");
        let t = "{\n \"clave rara «ñ»\": [],\n \"otra\": {\"t\": \"z\"}\n}";
        let e = leer::<Raiz>(t).unwrap_err();
        assert_eq!(e.ruta, "otra", "{e}");
        assert!(e.mensaje.starts_with("falta el campo «n» (línea 3"), "{e}");
    }

    proptest! {
        /// Un número donde va un texto, en cualquier posición de una lista de
        /// objetos: la ruta da el índice y la clave.
        #[test]
        fn la_ruta_da_el_indice_del_elemento_malo(n in 1usize..40, malo in 0usize..40, sangria in 0usize..3) {
            let malo = malo % n;
            let sep = "\n".to_string() + &" ".repeat(sangria);
            let elementos: Vec<String> = (0..n)
                .map(|i| if i == malo { format!("{{{sep}\"n\": 1, \"t\": 5}}") } else { format!("{{\"n\": {i}, \"t\": \"[{{,\"}}") })
                .collect();
            let t = format!("{{\"clave rara «ñ»\": [[{}]], \"otra\": null}}", elementos.join(&format!(",{sep}")));
            let e = leer::<Raiz>(&t).unwrap_err();
            prop_assert_eq!(e.ruta, format!("clave rara «ñ»[0][{malo}].t"));
        }
    }
}
