//! A small JSON reader and writer for every file format of the project
//! (scenarios, transcripts, reports, records, history, saved state).
//!
//! Texts are read into a [`Valor`] tree and converted by hand ([`DeJson`]),
//! and written by hand ([`AJson`]), instead of through serde's derived
//! visitors: each type would otherwise carry its own copy of the JSON parser
//! and printer in the wasm build (serde cost about 35 KB gzip there). The
//! output is byte for byte serde_json's compact output, which the tests
//! check. Numbers are whole and non-negative, which is all the formats use.

use std::cell::Cell;
use std::fmt;

/// Deeper than this is not a scenario (and would exhaust the stack).
const MAX_PROFUNDIDAD: usize = 64;

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Valor {
    #[default]
    Nulo,
    Logico(bool),
    Numero(u64),
    Texto(String),
    Lista(Vec<Valor>),
    Objeto(Vec<(String, Valor)>),
}

/// Where in the file something is wrong and what. Boxed: a `Result` of a
/// read value stays as small as the value, which keeps the reading code small.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorJson(Box<Detalle>);

#[derive(Debug, Clone, PartialEq)]
struct Detalle {
    /// `pasos[3].cumple`; empty at the root.
    ruta: String,
    mensaje: String,
}

impl ErrorJson {
    pub fn nuevo(mensaje: impl Into<String>) -> ErrorJson {
        ErrorJson(Box::new(Detalle {
            ruta: String::new(),
            mensaje: mensaje.into(),
        }))
    }

    /// The same error seen from the list that holds it, at index `i`.
    fn en_posicion(self, i: usize) -> ErrorJson {
        self.dentro(&format!("[{i}]"))
    }

    /// The same error seen from the parent: `campo` (a name, or `[i]`) goes in front.
    fn dentro(mut self, campo: &str) -> ErrorJson {
        let ruta = &mut self.0.ruta;
        *ruta = match (ruta.is_empty(), ruta.starts_with('[')) {
            (true, _) => campo.to_string(),
            (false, true) => format!("{campo}{ruta}"),
            (false, false) => format!("{campo}.{ruta}"),
        };
        self
    }
}

impl fmt::Display for ErrorJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.ruta.is_empty() {
            f.write_str(&self.0.mensaje)
        } else {
            write!(f, "en «{}»: {}", self.0.ruta, self.0.mensaje)
        }
    }
}

/// Parses a whole JSON text.
pub fn leer(texto: &str) -> Result<Valor, ErrorJson> {
    let mut l = Lector {
        b: texto.as_bytes(),
        i: 0,
    };
    let v = l.valor(0)?;
    l.espacios();
    if l.i < l.b.len() {
        return Err(l.error("sobra texto después del valor"));
    }
    Ok(v)
}

struct Lector<'a> {
    b: &'a [u8],
    i: usize,
}

impl Lector<'_> {
    fn error(&self, que: &str) -> ErrorJson {
        let antes = &self.b[..self.i.min(self.b.len())];
        let linea = antes.iter().filter(|&&c| c == b'\n').count() + 1;
        let columna = antes.iter().rev().take_while(|&&c| c != b'\n').count() + 1;
        ErrorJson::nuevo(format!("{que} (línea {linea}, columna {columna})"))
    }

    fn espacios(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn literal(&mut self, palabra: &str, v: Valor) -> Result<Valor, ErrorJson> {
        if self.b[self.i..].starts_with(palabra.as_bytes()) {
            self.i += palabra.len();
            Ok(v)
        } else {
            Err(self.error("valor no válido"))
        }
    }

    fn valor(&mut self, profundidad: usize) -> Result<Valor, ErrorJson> {
        if profundidad > MAX_PROFUNDIDAD {
            return Err(self.error("demasiados niveles anidados"));
        }
        self.espacios();
        match self.b.get(self.i) {
            None => Err(self.error("el texto termina antes de tiempo")),
            Some(b'n') => self.literal("null", Valor::Nulo),
            Some(b't') => self.literal("true", Valor::Logico(true)),
            Some(b'f') => self.literal("false", Valor::Logico(false)),
            Some(b'"') => self.texto().map(Valor::Texto),
            Some(b'0'..=b'9') => self.numero(),
            Some(b'[') => {
                self.i += 1;
                let mut lista = Vec::new();
                self.espacios();
                if self.b.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Valor::Lista(lista));
                }
                loop {
                    lista.push(self.valor(profundidad + 1)?);
                    self.espacios();
                    match self.b.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Valor::Lista(lista));
                        }
                        _ => return Err(self.error("se esperaba «,» o «]»")),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut campos: Vec<(String, Valor)> = Vec::new();
                self.espacios();
                if self.b.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(Valor::Objeto(campos));
                }
                loop {
                    self.espacios();
                    if self.b.get(self.i) != Some(&b'"') {
                        return Err(self.error("se esperaba el nombre de un campo"));
                    }
                    let clave = self.texto()?;
                    if campos.iter().any(|(k, _)| *k == clave) {
                        return Err(self.error(&format!("el campo «{clave}» está repetido")));
                    }
                    self.espacios();
                    if self.b.get(self.i) != Some(&b':') {
                        return Err(self.error("se esperaba «:»"));
                    }
                    self.i += 1;
                    let v = self.valor(profundidad + 1)?;
                    campos.push((clave, v));
                    self.espacios();
                    match self.b.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Valor::Objeto(campos));
                        }
                        _ => return Err(self.error("se esperaba «,» o «}»")),
                    }
                }
            }
            Some(_) => Err(self.error("valor no válido")),
        }
    }

    fn numero(&mut self) -> Result<Valor, ErrorJson> {
        let inicio = self.i;
        while matches!(self.b.get(self.i), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        if matches!(self.b.get(self.i), Some(b'.' | b'e' | b'E')) {
            return Err(self.error("solo se admiten números enteros"));
        }
        let cifras = &self.b[inicio..self.i];
        if cifras.len() > 1 && cifras[0] == b'0' {
            return Err(self.error("un número no empieza con 0"));
        }
        cifras
            .iter()
            .try_fold(0u64, |n, &c| {
                n.checked_mul(10)?.checked_add(u64::from(c - b'0'))
            })
            .map(Valor::Numero)
            .ok_or_else(|| self.error("número demasiado grande"))
    }

    fn hex4(&mut self) -> Result<u32, ErrorJson> {
        let h = self
            .b
            .get(self.i..self.i + 4)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or_else(|| self.error("escape \\u no válido"))?;
        self.i += 4;
        Ok(h)
    }

    /// A string, the cursor on its opening quote.
    fn texto(&mut self) -> Result<String, ErrorJson> {
        self.i += 1;
        let mut s = String::new();
        loop {
            let inicio = self.i;
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // the input is a &str and the run stops at ASCII: valid UTF-8
            s.push_str(std::str::from_utf8(&self.b[inicio..self.i]).unwrap_or_default());
            match self.b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(s);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.b.get(self.i).copied();
                    self.i += 1;
                    match c {
                        Some(b'"') => s.push('"'),
                        Some(b'\\') => s.push('\\'),
                        Some(b'/') => s.push('/'),
                        Some(b'b') => s.push('\u{8}'),
                        Some(b'f') => s.push('\u{c}'),
                        Some(b'n') => s.push('\n'),
                        Some(b'r') => s.push('\r'),
                        Some(b't') => s.push('\t'),
                        Some(b'u') => {
                            let mut c = self.hex4()?;
                            if (0xD800..0xDC00).contains(&c) && self.b[self.i..].starts_with(b"\\u")
                            {
                                self.i += 2;
                                let bajo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&bajo) {
                                    return Err(self.error("par sustituto no válido"));
                                }
                                c = 0x10000 + ((c - 0xD800) << 10) + (bajo - 0xDC00);
                            }
                            s.push(
                                char::from_u32(c)
                                    .ok_or_else(|| self.error("carácter \\u no válido"))?,
                            );
                        }
                        _ => return Err(self.error("escape no válido")),
                    }
                }
                None => return Err(self.error("falta cerrar un texto")),
                Some(_) => return Err(self.error("carácter de control dentro de un texto")),
            }
        }
    }
}

impl Valor {
    fn tipo(&self) -> &'static str {
        match self {
            Valor::Nulo => "null",
            Valor::Logico(_) => "un valor lógico",
            Valor::Numero(_) => "un número",
            Valor::Texto(_) => "un texto",
            Valor::Lista(_) => "una lista",
            Valor::Objeto(_) => "un objeto",
        }
    }

    fn esperaba<T>(&self, que: &str) -> Result<T, ErrorJson> {
        Err(ErrorJson::nuevo(format!(
            "se esperaba {que} y hay {}",
            self.tipo()
        )))
    }

    pub fn objeto(&self) -> Result<Objeto<'_>, ErrorJson> {
        match self {
            Valor::Objeto(campos) => Ok(Objeto {
                campos,
                error: Cell::new(None),
            }),
            otro => otro.esperaba("un objeto"),
        }
    }

    pub fn como_texto(&self) -> Result<&str, ErrorJson> {
        match self {
            Valor::Texto(s) => Ok(s),
            otro => otro.esperaba("un texto"),
        }
    }
}

/// The fields of a JSON object, read by name; unknown fields are ignored.
///
/// A field read badly gives its type's default and the first such error is
/// kept; [`Objeto::fin`] returns it. Reading a whole struct thus needs no
/// early return per field, which keeps the wasm build's reading code small
/// (no clean-up of the fields read so far at every field).
pub struct Objeto<'a> {
    campos: &'a [(String, Valor)],
    error: Cell<Option<ErrorJson>>,
}

impl Objeto<'_> {
    fn buscar(&self, clave: &str) -> Option<&Valor> {
        self.campos
            .iter()
            .find(|(k, _)| k == clave)
            .map(|(_, v)| v)
            .filter(|v| **v != Valor::Nulo)
    }

    /// Keeps the first error; the value stands in until [`Objeto::fin`].
    fn fallar<T: Default>(&self, e: ErrorJson) -> T {
        let primero = self.error.take().unwrap_or(e);
        self.error.set(Some(primero));
        T::default()
    }

    /// A field that must be there (unless its type has a value for "missing",
    /// as `Option` has).
    pub fn campo<T: DeJson + Default>(&self, clave: &str) -> T {
        match self.buscar(clave) {
            Some(v) => T::de_json(v).unwrap_or_else(|e| self.fallar(e.dentro(clave))),
            None => T::ausente().unwrap_or_else(|| {
                self.fallar(ErrorJson::nuevo(format!("falta el campo «{clave}»")))
            }),
        }
    }

    /// A field that may be missing (or null): then `T::default()`.
    pub fn opcional<T: DeJson + Default>(&self, clave: &str) -> T {
        self.o(clave, T::default)
    }

    /// A field that may be missing (or null): then `defecto()`.
    pub fn o<T: DeJson + Default>(&self, clave: &str, defecto: impl FnOnce() -> T) -> T {
        match self.buscar(clave) {
            Some(v) => T::de_json(v).unwrap_or_else(|e| self.fallar(e.dentro(clave))),
            None => defecto(),
        }
    }

    /// `valor`, or the first field read badly.
    pub fn fin<T>(&self, valor: T) -> Result<T, ErrorJson> {
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(valor),
        }
    }
}

/// A type read from a [`Valor`].
pub trait DeJson: Sized {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson>;

    /// The value of a missing field, for types that have one (`Option`: none).
    fn ausente() -> Option<Self> {
        None
    }
}

impl DeJson for String {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        v.como_texto().map(str::to_string)
    }
}

impl DeJson for bool {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        match v {
            Valor::Logico(b) => Ok(*b),
            otro => otro.esperaba("true o false"),
        }
    }
}

impl DeJson for u64 {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        match v {
            Valor::Numero(n) => Ok(*n),
            otro => otro.esperaba("un número entero"),
        }
    }
}

impl DeJson for u32 {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        u32::try_from(u64::de_json(v)?).map_err(|_| ErrorJson::nuevo("número demasiado grande"))
    }
}

impl DeJson for usize {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        usize::try_from(u64::de_json(v)?).map_err(|_| ErrorJson::nuevo("número demasiado grande"))
    }
}

/// The tree itself, for parts read by hand.
impl DeJson for Valor {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        Ok(v.clone())
    }
}

/// A null is read as missing by [`Objeto`]; here it is `None` as well.
impl<T: DeJson> DeJson for Option<T> {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        match v {
            Valor::Nulo => Ok(None),
            otro => T::de_json(otro).map(Some),
        }
    }

    fn ausente() -> Option<Self> {
        Some(None)
    }
}

/// A pair is a list of two, as serde writes tuples.
impl<A: DeJson, B: DeJson> DeJson for (A, B) {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        match v {
            Valor::Lista(l) if l.len() == 2 => Ok((
                A::de_json(&l[0]).map_err(|e| e.dentro("[0]"))?,
                B::de_json(&l[1]).map_err(|e| e.dentro("[1]"))?,
            )),
            otro => otro.esperaba("una lista de dos"),
        }
    }
}

impl<T: DeJson> DeJson for Vec<T> {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        match v {
            Valor::Lista(l) => {
                let mut lista = Vec::with_capacity(l.len());
                for (i, x) in l.iter().enumerate() {
                    match T::de_json(x) {
                        Ok(x) => lista.push(x),
                        Err(e) => return Err(e.en_posicion(i)),
                    }
                }
                Ok(lista)
            }
            otro => otro.esperaba("una lista"),
        }
    }
}

/// Parses a text and reads a `T` from it.
pub fn desde_texto<T: DeJson>(texto: &str) -> Result<T, ErrorJson> {
    T::de_json(&leer(texto)?)
}

/// A type written as JSON, as serde_json's compact output would write it.
pub trait AJson {
    fn escribir(&self, s: &mut String);
}

/// The compact JSON text of a value.
pub fn a_texto<T: AJson + ?Sized>(v: &T) -> String {
    let mut s = String::new();
    v.escribir(&mut s);
    s
}

/// A JSON string literal, escaped as serde_json does (only `"`, `\` and
/// control characters; everything else, accents included, as is).
pub fn escribir_texto(s: &mut String, t: &str) {
    s.push('"');
    let mut desde = 0;
    for (i, c) in t.char_indices() {
        let escape = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if (c as u32) < 0x20 => "",
            _ => continue,
        };
        s.push_str(&t[desde..i]);
        desde = i + 1;
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            s.push_str("\\u00");
            s.push(char::from(HEX[(c as usize) >> 4]));
            s.push(char::from(HEX[(c as usize) & 15]));
        } else {
            s.push_str(escape);
        }
    }
    s.push_str(&t[desde..]);
    s.push('"');
}

fn escribir_numero(s: &mut String, mut n: u64) {
    let mut cifras = [0u8; 20];
    let mut i = cifras.len();
    loop {
        i -= 1;
        cifras[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &c in &cifras[i..] {
        s.push(char::from(c));
    }
}

impl AJson for str {
    fn escribir(&self, s: &mut String) {
        escribir_texto(s, self)
    }
}

impl AJson for String {
    fn escribir(&self, s: &mut String) {
        escribir_texto(s, self)
    }
}

impl AJson for bool {
    fn escribir(&self, s: &mut String) {
        s.push_str(if *self { "true" } else { "false" })
    }
}

impl AJson for u64 {
    fn escribir(&self, s: &mut String) {
        escribir_numero(s, *self)
    }
}

impl AJson for u32 {
    fn escribir(&self, s: &mut String) {
        escribir_numero(s, u64::from(*self))
    }
}

impl AJson for usize {
    fn escribir(&self, s: &mut String) {
        escribir_numero(s, *self as u64)
    }
}

impl<T: AJson> AJson for Option<T> {
    fn escribir(&self, s: &mut String) {
        match self {
            Some(v) => v.escribir(s),
            None => s.push_str("null"),
        }
    }
}

impl<T: AJson> AJson for [T] {
    fn escribir(&self, s: &mut String) {
        s.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            v.escribir(s);
        }
        s.push(']');
    }
}

impl<T: AJson> AJson for Vec<T> {
    fn escribir(&self, s: &mut String) {
        self.as_slice().escribir(s)
    }
}

impl<A: AJson, B: AJson> AJson for (A, B) {
    fn escribir(&self, s: &mut String) {
        s.push('[');
        self.0.escribir(s);
        s.push(',');
        self.1.escribir(s);
        s.push(']');
    }
}

/// Writes an object field by field, in the order given.
pub struct Obj<'a> {
    s: &'a mut String,
    primero: bool,
}

impl<'a> Obj<'a> {
    pub fn abrir(s: &'a mut String) -> Obj<'a> {
        s.push('{');
        Obj { s, primero: true }
    }

    pub fn campo<T: AJson + ?Sized>(&mut self, clave: &str, v: &T) -> &mut Self {
        if !self.primero {
            self.s.push(',');
        }
        self.primero = false;
        escribir_texto(self.s, clave);
        self.s.push(':');
        v.escribir(self.s);
        self
    }

    /// A field left out when it has no value (serde's `skip_serializing_if`).
    pub fn si_hay<T: AJson>(&mut self, clave: &str, v: &Option<T>) -> &mut Self {
        if let Some(v) = v {
            self.campo(clave, v);
        }
        self
    }

    pub fn cerrar(self) {
        self.s.push('}');
    }
}

/// An object type whose fields are written in declaration order and read
/// by name; a missing `Option` field reads as none, as with serde. Every
/// field's type must have a `Default` (what stands in for a field read badly).
#[macro_export]
macro_rules! objeto_json {
    ($tipo:ident { $($campo:ident),* $(,)? }) => {
        impl $crate::json::AJson for $tipo {
            fn escribir(&self, s: &mut String) {
                let mut o = $crate::json::Obj::abrir(s);
                $( o.campo(stringify!($campo), &self.$campo); )*
                o.cerrar();
            }
        }
        impl $crate::json::DeJson for $tipo {
            fn de_json(v: &$crate::json::Valor) -> Result<Self, $crate::json::ErrorJson> {
                let o = v.objeto()?;
                o.fin($tipo { $( $campo: o.campo(stringify!($campo)), )* })
            }
        }
    };
}

/// A unit enum written as one of a fixed set of names.
#[macro_export]
macro_rules! nombres_json {
    ($tipo:ty, $que:literal, { $($nombre:literal => $valor:expr),* $(,)? }) => {
        impl $tipo {
            const NOMBRES_JSON: &'static [(&'static str, $tipo)] = &[$(($nombre, $valor)),*];
        }
        impl $crate::json::AJson for $tipo {
            fn escribir(&self, s: &mut String) {
                let n = Self::NOMBRES_JSON.iter().find(|(_, x)| x == self).map_or("", |(n, _)| *n);
                $crate::json::escribir_texto(s, n)
            }
        }
        impl $crate::json::DeJson for $tipo {
            fn de_json(v: &$crate::json::Valor) -> Result<Self, $crate::json::ErrorJson> {
                $crate::json::por_nombre(v, $que, Self::NOMBRES_JSON)
            }
        }
    };
}

/// A name from a fixed set: the enums of the file formats.
pub fn por_nombre<T: Copy>(v: &Valor, que: &str, nombres: &[(&str, T)]) -> Result<T, ErrorJson> {
    posicion(v, que, nombres.len(), &|i| nombres[i].0).map(|i| nombres[i].1)
}

/// Where the name in `v` is among `n` names (the work of [`por_nombre`],
/// once for every enum).
pub(crate) fn posicion<'a>(
    v: &Valor,
    que: &str,
    n: usize,
    nombre: &dyn Fn(usize) -> &'a str,
) -> Result<usize, ErrorJson> {
    let s = v.como_texto()?;
    (0..n).find(|&i| nombre(i) == s).ok_or_else(|| {
        let validos: Vec<&str> = (0..n).map(nombre).collect();
        ErrorJson::nuevo(format!(
            "{que} «{s}» no existe (se admite: {})",
            validos.join(", ")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lee_lo_mismo_que_serde_json() {
        let texto = r#" { "a": [1, 20, 300], "b": {"c": "x\"y\\z\n\u00e1\ud83d\ude00/"},
            "d": true, "e": false, "f": null, "g": [], "h": {} } "#;
        let v = leer(texto).unwrap();
        let o = v.objeto().unwrap();
        assert_eq!(o.campo::<Vec<u32>>("a"), vec![1, 20, 300]);
        let b = o.campo::<Valor>("b");
        let ob = b.objeto().unwrap();
        let c: String = ob.campo("c");
        assert!(ob.fin(()).is_ok());
        let esperado: serde_json::Value = serde_json::from_str(texto).unwrap();
        assert_eq!(c, esperado["b"]["c"].as_str().unwrap());
        assert!(o.campo::<bool>("d"));
        assert!(!o.campo::<bool>("e"));
        assert_eq!(o.opcional::<Option<String>>("f"), None);
        assert_eq!(o.o("nada", || 7u32), 7);
        assert_eq!(o.campo::<Vec<String>>("g"), Vec::<String>::new());
        assert!(o.fin(()).is_ok());
        // a field read badly stands in with its default; the first error is kept
        assert_eq!(o.campo::<u32>("b"), 0);
        assert_eq!(o.campo::<u32>("nada"), 0);
        let e = o.fin(()).unwrap_err().to_string();
        assert_eq!(e, "en «b»: se esperaba un número entero y hay un objeto");
        assert!(o.fin(()).is_ok(), "fin devuelve el error una vez");
    }

    #[test]
    fn los_errores_dicen_donde() {
        for (malo, parte) in [
            ("{", "nombre de un campo"),
            ("[", "termina antes"),
            (r#"{"a":1,}"#, "nombre de un campo"),
            (r#"{"a":1 "b":2}"#, "«,» o «}»"),
            (r#"[1 2]"#, "«,» o «]»"),
            (r#""abc"#, "falta cerrar"),
            (r#"{"a":1,"a":2}"#, "repetido"),
            ("-1", "valor no válido"),
            ("1.5", "enteros"),
            ("012", "empieza con 0"),
            ("99999999999999999999", "demasiado grande"),
            ("[] x", "sobra texto"),
            ("\"a\u{1}\"", "control"),
            (r#""\x""#, "escape"),
            (r#""\ud800\u0041""#, "sustituto"),
            ("{\n  \"a\": tru }", "línea 2, columna 8"),
        ] {
            let e = leer(malo).unwrap_err().to_string();
            assert!(e.contains(parte), "{malo}: {e}");
        }
        let hondo = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(leer(&hondo).unwrap_err().to_string().contains("anidados"));
    }

    #[test]
    fn la_ruta_del_error_lleva_al_campo() {
        let v = leer(r#"{"pasos": [{"id": "a"}, {"id": 3}]}"#).unwrap();
        #[derive(Debug)]
        struct Paso;
        impl DeJson for Paso {
            fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
                let o = v.objeto()?;
                let _id: String = o.campo("id");
                o.fin(Paso)
            }
        }
        let o = v.objeto().unwrap();
        let _: Vec<Paso> = o.campo("pasos");
        let e = o.fin(()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "en «pasos[1].id»: se esperaba un texto y hay un número"
        );
        let o = v.objeto().unwrap();
        let _: u32 = o.campo("nada");
        let e = o.fin(()).unwrap_err();
        assert_eq!(e.to_string(), "falta el campo «nada»");
    }
}
