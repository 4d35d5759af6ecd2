//! The utterance detector: which protocol phrases (and which faults) a
//! trainee's free Spanish text contains, given who is listening and when.
//!
//! It reads meaning, not sentences: each label is a small rule over folded
//! words (accents, case and punctuation removed) with typo-tolerant word
//! matching that never lets one real word pass for another ("don"/"doña",
//! "está"/"estás", "María"/"Marta").

mod lexico;
mod reglas;

use crate::hora::Hora;
use crate::mapa::Mapa;
use crate::texto::{palabras, Palabra};
use serde::{Deserialize, Serialize};

crate::enumeracion! {
    /// Lo que el detector puede reconocer en una frase. Los nombres son el
    /// vocabulario fijo de etiquetas que usan el calificador y los conjuntos
    /// etiquetados; el texto, lo que ve la persona en formación.
    pub enum Etiqueta ("etiqueta") {
        Saludo = "saludo", "Saludo según la hora";
        SaludoHoraErronea = "saludo_hora_erronea", "Saludo con la parte del día equivocada";
        SaludoIncompleto = "saludo_incompleto", "Saludo incompleto («buenas», «hola»)";
        Presentacion = "presentacion", "Dice su nombre";
        Institucion = "institucion", "Se identifica con el INS";
        Trato = "trato", "Don/doña y el nombre del cliente";
        TratoGeneroErroneo = "trato_genero_erroneo", "Don/doña con el género equivocado";
        TratoNombreErroneo = "trato_nombre_erroneo", "Don/doña con un nombre que no es el del cliente";
        PreguntaBienestar = "pregunta_bienestar", "Pregunta cómo se encuentra";
        PideNombreCompleto = "pide_nombre_completo", "Pide el nombre completo";
        PideIdentificacion = "pide_identificacion", "Pide la identificación";
        PidePermanencia = "pide_permanencia", "Pide que permanezca en el lugar";
        Permitame = "permitame", "Pide un momento";
        Gracias = "gracias", "Agradece";
        ConGusto = "con_gusto", "«Con mucho gusto»";
        ParaServirle = "para_servirle", "«Estamos para servirle»";
        Despedida = "despedida", "«Fue un placer servirle»";
        Disculpa = "disculpa", "Se disculpa";
        ReportaInconveniente = "reporta_inconveniente", "Informa un inconveniente con el servicio";
        ProponeHora = "propone_hora", "Propone una nueva hora";
        PideRecoordinacion = "pide_recoordinacion", "Solicita re coordinar";
        Escala = "escala", "Escala una situación del cliente";
        Informal = "informal", "Trato informal (tuteo, voseo o jerga)";
        Grosero = "grosero", "Trato grosero o irrespetuoso";
    }
}

impl Etiqueta {
    /// A fault label: its false alarms would wrongly cost the trainee points.
    pub fn es_falta(self) -> bool {
        matches!(
            self,
            Etiqueta::SaludoHoraErronea
                | Etiqueta::SaludoIncompleto
                | Etiqueta::TratoGeneroErroneo
                | Etiqueta::TratoNombreErroneo
                | Etiqueta::Informal
                | Etiqueta::Grosero
        )
    }
}

crate::enumeracion! {
    /// Género gramatical de una persona, que decide don (M) o doña (F).
    #[derive(Default)]
    pub enum Genero ("género") {
        #[default]
        F = "F", "Femenino";
        M = "M", "Masculino";
    }
}

impl Genero {
    /// "don" or "doña".
    pub fn tratamiento(self) -> &'static str {
        match self {
            Genero::F => "doña",
            Genero::M => "don",
        }
    }
}

/// A named person in the scenario.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Persona {
    /// Full name as written ("Ana Lucía Rojas Mora").
    pub nombre: String,
    pub genero: Genero,
}

impl Persona {
    /// The given name(s): the leading words that are known first names,
    /// or the first word when none is known ("Ana Lucía" of "Ana Lucía Rojas").
    pub fn nombre_de_pila(&self) -> String {
        let palabras: Vec<&str> = self.nombre.split_whitespace().collect();
        let conocidas = palabras
            .iter()
            .take_while(|p| lexico::es_nombre_de_pila(&crate::texto::plegar_texto(p)))
            .count();
        // at least the first word; and a surname stays a surname ("Rosa Chaves" → "Rosa")
        let n = conocidas
            .clamp(1, palabras.len().saturating_sub(1).max(1))
            .min(palabras.len());
        palabras[..n].join(" ")
    }

    /// "doña María" / "don José Pablo".
    pub fn tratamiento(&self) -> String {
        format!("{} {}", self.genero.tratamiento(), self.nombre_de_pila())
    }
}

crate::enumeracion! {
    /// A quién habla la persona en formación.
    #[derive(Default)]
    pub enum Interlocutor ("canal") {
        #[default]
        Cliente = "cliente", "Cliente";
        Operador = "operador", "Operador del Centro de Contacto";
    }
}

/// Everything the detector needs to know besides the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contexto {
    pub hora: Hora,
    pub cliente: Persona,
    pub proveedor: String,
    pub interlocutor: Interlocutor,
}

/// The labels found in one utterance and, for each, the words that triggered it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Deteccion {
    pub etiquetas: Mapa<Etiqueta, Vec<String>>,
}

impl Deteccion {
    pub fn tiene(&self, e: Etiqueta) -> bool {
        self.etiquetas.contains_key(&e)
    }

    /// Labels in vocabulary order.
    pub fn lista(&self) -> Vec<Etiqueta> {
        self.etiquetas.keys().copied().collect()
    }

    /// Words that triggered `e`, joined for display.
    pub fn evidencia(&self, e: Etiqueta) -> Option<String> {
        self.etiquetas.get(&e).map(|v| v.join(" "))
    }
}

/// A longer text is cut here: a trainee's turn is a few sentences, and the
/// cut keeps a 100 KB paste linear and bounded.
pub const MAX_CARACTERES: usize = 4_000;

/// Labels one utterance. Pure and deterministic; never panics.
pub fn detectar(texto: &str, ctx: &Contexto) -> Deteccion {
    let recortado = match texto.char_indices().nth(MAX_CARACTERES) {
        Some((i, _)) => &texto[..i],
        None => texto,
    };
    let pregunta = recortado.contains('?') || recortado.contains('¿');
    let frase = Frase::new(palabras(recortado), ctx, pregunta);
    frase.analizar()
}

/// A list of words packed at compile time as length-prefixed bytes
/// (`lista!["dias", "dia"]` is `b"\x04dias\x03dia"`): the wasm build then
/// carries the words, not a table of pointers per list.
macro_rules! lista {
    ($($p:literal),* $(,)?) => {{
        const P: &[&str] = &[$($p),*];
        const B: [u8; $crate::detector::largo_empacado(P)] =
            $crate::detector::empacar::<{ $crate::detector::largo_empacado(P) }>(P);
        &B
    }};
}
pub(crate) use lista;

pub(crate) const fn largo_empacado(p: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < p.len() {
        n += 1 + p[i].len();
        i += 1;
    }
    n
}

pub(crate) const fn empacar<const N: usize>(p: &[&str]) -> [u8; N] {
    let mut b = [0u8; N];
    let (mut k, mut i) = (0, 0);
    while i < p.len() {
        let s = p[i].as_bytes();
        assert!(s.len() < 256, "palabra demasiado larga para una lista");
        b[k] = s.len() as u8;
        k += 1;
        let mut j = 0;
        while j < s.len() {
            b[k] = s[j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    b
}

/// Some word of a packed list satisfies `f`.
#[inline]
fn alguna(lista: &[u8], mut f: impl FnMut(&[u8]) -> bool) -> bool {
    let mut k = 0;
    while let Some(&n) = lista.get(k) {
        let fin = k + 1 + n as usize;
        if f(&lista[k + 1..fin]) {
            return true;
        }
        k = fin;
    }
    false
}

/// The words of a packed list.
pub(crate) fn palabras_de(lista: &'static [u8]) -> impl Iterator<Item = &'static str> {
    let mut k = 0;
    std::iter::from_fn(move || {
        let n = *lista.get(k)? as usize;
        let p = &lista[k + 1..k + 1 + n];
        k += 1 + n;
        Some(std::str::from_utf8(p).unwrap_or_default())
    })
}

/// The first eight bytes of a word as one number (zero-padded).
#[inline]
fn prefijo(b: &[u8]) -> u64 {
    let mut x = [0u8; 8];
    let n = b.len().min(8);
    x[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(x)
}

/// One analysed utterance: its words with their typo-tolerant matches.
pub(crate) struct Frase<'a> {
    pub(crate) w: Vec<Palabra>,
    /// For each word, the vocabulary words it stands for (itself, or the
    /// words it is a typo of when it is not a known word itself).
    pub(crate) claves: Vec<Vec<&'static str>>,
    /// Each word's first eight bytes packed, for a one-compare rejection in `es`.
    pub(crate) prefijos: Vec<u64>,
    pub(crate) ctx: &'a Contexto,
    /// The text asks something ("¿…?").
    pub(crate) pregunta: bool,
    /// The provider's and the client's names, folded, word by word.
    pub(crate) proveedor: Vec<String>,
    pub(crate) cliente: Vec<String>,
    pub(crate) salida: Deteccion,
}

impl<'a> Frase<'a> {
    fn new(w: Vec<Palabra>, ctx: &'a Contexto, pregunta: bool) -> Frase<'a> {
        let indice = lexico::indice();
        let claves = w.iter().map(|p| indice.claves(&p.plegada)).collect();
        let prefijos = w.iter().map(|p| prefijo(p.plegada.as_bytes())).collect();
        Frase {
            w,
            claves,
            prefijos,
            ctx,
            pregunta,
            proveedor: palabras(&ctx.proveedor)
                .into_iter()
                .map(|p| p.plegada)
                .collect(),
            cliente: palabras(&ctx.cliente.nombre)
                .into_iter()
                .map(|p| p.plegada)
                .collect(),
            salida: Deteccion::default(),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.w.len()
    }

    /// Word `i` is `palabra` (folded), exactly or as a typo of it.
    #[inline]
    pub(crate) fn es(&self, i: usize, palabra: &str) -> bool {
        match self.w.get(i) {
            Some(p) => {
                let (a, b) = (p.plegada.as_bytes(), palabra.as_bytes());
                (a.len() == b.len()
                    && self.prefijos[i] == prefijo(b)
                    && (a.len() <= 8 || a[8..] == b[8..]))
                    || (!self.claves[i].is_empty() && self.claves[i].contains(&palabra))
            }
            None => false,
        }
    }

    /// Word `i` is one of `palabras` (a [`lista!`]), exactly or as a typo of one.
    #[inline]
    pub(crate) fn es_una(&self, i: usize, palabras: &[u8]) -> bool {
        let Some(p) = self.w.get(i) else {
            return false;
        };
        let (w, claves) = (p.plegada.as_bytes(), &self.claves[i]);
        alguna(palabras, |x| {
            x == w || (!claves.is_empty() && claves.iter().any(|c| c.as_bytes() == x))
        })
    }

    /// Word `i` as typed (lowercase, accents kept).
    pub(crate) fn original(&self, i: usize) -> &str {
        self.w.get(i).map(|p| p.original.as_str()).unwrap_or("")
    }

    pub(crate) fn plegada(&self, i: usize) -> &str {
        self.w.get(i).map(|p| p.plegada.as_str()).unwrap_or("")
    }

    /// Words `i..` match the sequence, each element a set of alternatives.
    /// Returns the index after the match.
    pub(crate) fn secuencia(&self, i: usize, seq: &[&[u8]]) -> Option<usize> {
        for (k, alternativas) in seq.iter().enumerate() {
            if !self.es_una(i + k, alternativas) {
                return None;
            }
        }
        Some(i + seq.len())
    }

    /// First index in `desde..hasta` (clamped) whose word is one of `palabras`.
    pub(crate) fn buscar(&self, desde: usize, hasta: usize, palabras: &[u8]) -> Option<usize> {
        (desde..hasta.min(self.len())).find(|&i| self.es_una(i, palabras))
    }

    /// Some word within `antes` words before `i` is one of `palabras`.
    pub(crate) fn antes(&self, i: usize, antes: usize, palabras: &[u8]) -> Option<usize> {
        (i.saturating_sub(antes)..i)
            .rev()
            .find(|&j| self.es_una(j, palabras))
    }

    pub(crate) fn marcar(&mut self, e: Etiqueta, desde: usize, hasta: usize) {
        let hasta = hasta.min(self.len());
        let palabras: Vec<String> = (desde..hasta).map(|i| self.w[i].original.clone()).collect();
        let entrada = self.salida.etiquetas.o_defecto(e);
        for p in palabras {
            if !entrada.contains(&p) {
                entrada.push(p);
            }
        }
    }

    pub(crate) fn tiene(&self, e: Etiqueta) -> bool {
        self.salida.tiene(e)
    }

    fn analizar(mut self) -> Deteccion {
        reglas::aplicar(&mut self);
        self.salida
    }
}

#[cfg(test)]
mod tests;
