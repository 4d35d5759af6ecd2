//! El detector de frases: qué frases del protocolo (y qué faltas) contiene el
//! texto libre en español de la persona en formación, según quién escucha y
//! cuándo. Reconoce el saludo y el primer contacto (1.1), lo que se dice al
//! Centro de Contacto y la disculpa (1.2), la despedida (1.3), la cortesía y el
//! trato, también el informal (2.1), y escalar una situación del cliente y el
//! trato grosero (2.2).
//!
//! Lee el significado, no oraciones fijas: cada etiqueta es una pequeña regla
//! sobre palabras plegadas (sin tildes, mayúsculas ni puntuación), con una
//! comparación de palabras tolerante a erratas que nunca deja pasar una
//! palabra real por otra («don»/«doña», «está»/«estás», «María»/«Marta»).

pub mod lexico;
mod preparar;
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
    /// Es una etiqueta de falta: sus falsas alarmas le quitarían puntos a la
    /// persona en formación sin motivo.
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
    /// «doña» (F) o «don» (M).
    pub fn tratamiento(self) -> &'static str {
        match self {
            Genero::F => "doña",
            Genero::M => "don",
        }
    }
}

/// Una persona del escenario, con su nombre.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Persona {
    /// El nombre completo tal como se escribe («Ana Lucía Rojas Mora»).
    pub nombre: String,
    /// Su género, que decide don o doña.
    pub genero: Genero,
}

impl Persona {
    /// El nombre de pila (uno o varios): las primeras palabras que son
    /// nombres de pila conocidos, o la primera palabra si ninguna lo es
    /// («Ana Lucía» de «Ana Lucía Rojas»).
    pub fn nombre_de_pila(&self) -> String {
        let palabras: Vec<&str> = self.nombre.split_whitespace().collect();
        let conocidas = palabras
            .iter()
            .take_while(|p| lexico::es_nombre_de_pila(&crate::texto::plegar_texto(p)))
            .count();
        // al menos la primera palabra; y un apellido sigue siendo apellido
        // («Rosa Chaves» → «Rosa»)
        let n = conocidas
            .clamp(1, palabras.len().saturating_sub(1).max(1))
            .min(palabras.len());
        palabras[..n].join(" ")
    }

    /// «doña María» / «don José Pablo».
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

/// Todo lo que el detector necesita saber además del texto.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contexto {
    /// La hora del reloj simulado, que decide el saludo correcto (1.1).
    pub hora: Hora,
    /// El cliente, para don/doña con su nombre y su género (2.1).
    pub cliente: Persona,
    /// El nombre de la persona en formación, para reconocer su presentación (1.1).
    pub proveedor: String,
    /// A quién se le habla: algunas etiquetas solo cuentan ante el operador (1.2).
    pub interlocutor: Interlocutor,
}

/// Las etiquetas halladas en una frase y, para cada una, las palabras que la
/// activaron.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Deteccion {
    /// Cada etiqueta, en el orden del vocabulario, con las palabras (en
    /// minúscula, con tildes) que la activaron.
    pub etiquetas: Mapa<Etiqueta, Vec<String>>,
}

impl Deteccion {
    /// Si se halló la etiqueta `e`.
    pub fn tiene(&self, e: Etiqueta) -> bool {
        self.etiquetas.contains_key(&e)
    }

    /// Las etiquetas, en el orden del vocabulario.
    pub fn lista(&self) -> Vec<Etiqueta> {
        self.etiquetas.keys().copied().collect()
    }

    /// Las palabras que activaron `e`, unidas para mostrarlas.
    pub fn evidencia(&self, e: Etiqueta) -> Option<String> {
        self.etiquetas.get(&e).map(|v| v.join(" "))
    }
}

/// Un texto más largo se corta aquí (en caracteres): un turno de la persona
/// en formación son unas pocas oraciones, y el corte mantiene lineal y
/// acotado el análisis de un texto pegado de 100 KB.
pub const MAX_CARACTERES: usize = 4_000;

/// Etiqueta una frase. Pura y determinista; nunca entra en pánico.
pub fn detectar(texto: &str, ctx: &Contexto) -> Deteccion {
    let recortado = match texto.char_indices().nth(MAX_CARACTERES) {
        Some((i, _)) => &texto[..i],
        None => texto,
    };
    let pregunta = recortado.contains('?') || recortado.contains('¿');
    let frase = Frase::new(preparar::palabras_propias(recortado), ctx, pregunta);
    frase.analizar()
}

/// Una lista de palabras empacada al compilar como bytes, cada palabra con su
/// largo delante (`lista!["dias", "dia"]` es `b"\x04dias\x03dia"`): así el
/// wasm lleva las palabras y no una tabla de punteros por lista.
macro_rules! lista {
    ($($p:literal),* $(,)?) => {{
        const P: &[&str] = &[$($p),*];
        const B: [u8; $crate::detector::largo_empacado(P)] =
            $crate::detector::empacar::<{ $crate::detector::largo_empacado(P) }>(P);
        &B
    }};
}
pub(crate) use lista;

/// Cuántos bytes ocupa la lista `p` empacada.
pub(crate) const fn largo_empacado(p: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < p.len() {
        n += 1 + p[i].len();
        i += 1;
    }
    n
}

/// Empaca `p` en `N` bytes, cada palabra con su largo delante.
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

/// Alguna palabra de una lista empacada cumple `f`.
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

/// Alguna palabra de una lista empacada es `w`: descarta por el largo y la
/// primera letra antes de comparar.
fn alguna_igual(lista: &[u8], w: &[u8]) -> bool {
    let Some(&primera) = w.first() else {
        return false;
    };
    let mut k = 0;
    while let Some(&n) = lista.get(k) {
        let fin = k + 1 + n as usize;
        if n as usize == w.len() && lista.get(k + 1) == Some(&primera) && &lista[k + 1..fin] == w {
            return true;
        }
        k = fin;
    }
    false
}

/// Las palabras de una lista empacada.
pub(crate) fn palabras_de(lista: &'static [u8]) -> impl Iterator<Item = &'static str> {
    let mut k = 0;
    std::iter::from_fn(move || {
        let n = *lista.get(k)? as usize;
        let p = &lista[k + 1..k + 1 + n];
        k += 1 + n;
        Some(std::str::from_utf8(p).unwrap_or_default())
    })
}

/// Los primeros ocho bytes de una palabra como un solo número (rellenos con ceros).
#[inline]
fn prefijo(b: &[u8]) -> u64 {
    let mut x = [0u8; 8];
    let n = b.len().min(8);
    x[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(x)
}

/// Una frase analizada: sus palabras con sus coincidencias tolerantes a erratas.
pub(crate) struct Frase<'a> {
    /// Las palabras de la frase.
    pub(crate) w: Vec<Palabra>,
    /// Para cada palabra, las palabras del vocabulario que representa (ella
    /// misma, o aquellas de las que es una errata cuando no es ella misma una
    /// palabra conocida).
    pub(crate) claves: Vec<Vec<&'static str>>,
    /// Los primeros ocho bytes de cada palabra empacados, para descartar con
    /// una sola comparación en `es`.
    pub(crate) prefijos: Vec<u64>,
    /// El contexto de la frase.
    pub(crate) ctx: &'a Contexto,
    /// El texto pregunta algo («¿…?»).
    pub(crate) pregunta: bool,
    /// Los nombres del proveedor y del cliente, plegados, palabra por palabra.
    pub(crate) proveedor: Vec<String>,
    pub(crate) cliente: Vec<String>,
    /// Las etiquetas marcadas hasta ahora.
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

    /// La palabra `i` es `palabra` (plegada), exacta o como errata suya.
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

    /// La palabra `i` es una de `palabras` (una [`lista!`]), exacta o como
    /// errata de una.
    #[inline]
    pub(crate) fn es_una(&self, i: usize, palabras: &[u8]) -> bool {
        let Some(p) = self.w.get(i) else {
            return false;
        };
        let (w, claves) = (p.plegada.as_bytes(), &self.claves[i]);
        // lo más común: la palabra es ella misma (o ninguna conocida); basta
        // compararla, y solo con las de su largo y su primera letra
        if claves.iter().all(|c| c.as_bytes() == w) {
            return alguna_igual(palabras, w);
        }
        alguna(palabras, |x| {
            x == w || claves.iter().any(|c| c.as_bytes() == x)
        })
    }

    /// La palabra `i` tal como se escribió (en minúscula, con tildes).
    pub(crate) fn original(&self, i: usize) -> &str {
        self.w.get(i).map(|p| p.original.as_str()).unwrap_or("")
    }

    /// La palabra `i` plegada (vacía si no existe).
    pub(crate) fn plegada(&self, i: usize) -> &str {
        self.w.get(i).map(|p| p.plegada.as_str()).unwrap_or("")
    }

    /// Las palabras desde `i` siguen la secuencia, cada elemento un conjunto
    /// de alternativas. Devuelve la posición siguiente a la coincidencia.
    pub(crate) fn secuencia(&self, i: usize, seq: &[&[u8]]) -> Option<usize> {
        for (k, alternativas) in seq.iter().enumerate() {
            if !self.es_una(i + k, alternativas) {
                return None;
            }
        }
        Some(i + seq.len())
    }

    /// La primera posición en `desde..hasta` (recortado al largo de la frase)
    /// cuya palabra es una de `palabras`.
    pub(crate) fn buscar(&self, desde: usize, hasta: usize, palabras: &[u8]) -> Option<usize> {
        (desde..hasta.min(self.len())).find(|&i| self.es_una(i, palabras))
    }

    /// Alguna de las `antes` palabras anteriores a `i` es una de `palabras`
    /// (da la posición de la más cercana).
    pub(crate) fn antes(&self, i: usize, antes: usize, palabras: &[u8]) -> Option<usize> {
        (i.saturating_sub(antes)..i)
            .rev()
            .find(|&j| self.es_una(j, palabras))
    }

    /// Como [`Frase::antes`], pero sin cruzar una pausa (coma, punto…): solo
    /// en la misma cláusula que la palabra `i`.
    pub(crate) fn antes_en_clausula(
        &self,
        i: usize,
        antes: usize,
        palabras: &[u8],
    ) -> Option<usize> {
        for j in (i.saturating_sub(antes)..i).rev() {
            if self.w[j].pausa_despues {
                return None;
            }
            if self.es_una(j, palabras) {
                return Some(j);
            }
        }
        None
    }

    /// Lo que se dice en la palabra `i` está negado como intención o
    /// necesidad en su misma cláusula: «no le voy a pedir la cédula», «no
    /// ocupo reprogramar», «todavía no vamos a re coordinar». Una pregunta
    /// negativa («¿no me regala la cédula?») sigue siendo un pedido.
    pub(crate) fn negado(&self, i: usize) -> bool {
        const INTENCION: &[u8] = lista![
            "voy",
            "vamos",
            "ocupo",
            "ocupamos",
            "necesito",
            "necesitamos",
            "hace",
            "tengo",
            "tenemos",
            "hay",
            "quiero",
            "queremos",
            "pienso",
            "hara",
            "haria",
            "va",
            "fue",
            "es",
            "tiene",
            "necesita"
        ];
        let negado = match self.antes_en_clausula(i, 8, lista!["no", "nunca", "tampoco"]) {
            // «no voy a pedirle…», o el pedido mismo negado: «no le pido el nombre»
            Some(n) => (n + 1..i).any(|k| {
                self.es_una(k, INTENCION)
                    || k <= n + 2 && self.es_una(k, lista!["pido", "pedimos", "solicito"])
            }),
            None => false,
        };
        negado || self.aplazado(i)
    }

    /// Lo que se dice en la palabra `i` se pide para después, en su misma
    /// cláusula: «le voy a pedir la cédula después», «si después le pido que
    /// se quede». «Luego de confirmar los datos, le pido…» sí pide ahora.
    pub(crate) fn aplazado(&self, i: usize) -> bool {
        let desde = i.saturating_sub(10);
        let hasta = (i + 3).min(self.len());
        (desde..hasta).any(|k| {
            if k == i || !self.es_una(k, lista!["despues", "luego"]) || self.es(k + 1, "de") {
                return false;
            }
            let (a, b) = (k.min(i), k.max(i));
            // sin pausa entre el pedido y «después»…
            (a..b).all(|m| !self.w[m].pausa_despues)
                // …y con el pedido en futuro o en primera persona
                && (a.saturating_sub(3)..b).any(|m| {
                    self.es_una(m, lista!["pido", "pedir", "pedire", "voy", "vamos", "pedimos"])
                })
        })
    }

    /// Marca la etiqueta `e` con las palabras `desde..hasta` como evidencia.
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

    /// Si ya se marcó la etiqueta `e`.
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
