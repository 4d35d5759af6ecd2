//! El plegado y la división en palabras del texto, compartidos por el
//! detector y el calificador (las frases de los pasos y faltas de un
//! escenario se comparan plegadas).

/// Pliega un carácter a ASCII en minúscula donde el español lo permite
/// (á→a, ñ→n, ü→u). Devuelve `None` para los caracteres que separan palabras.
fn plegar(c: char) -> Option<char> {
    let c = match c {
        'á' | 'à' | 'â' | 'ä' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'Ó' | 'Ò' | 'Ô' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' | 'ń' => 'n',
        'ç' | 'Ç' => 'c',
        c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
        // otros alfabetos: se conservan, nunca coinciden con palabras del español
        c if c.is_alphanumeric() => c,
        _ => return None,
    };
    Some(c)
}

/// Minúscula para los alfabetos que puede escribir una persona en formación
/// (latino con sus tildes, griego, cirílico); los demás caracteres se
/// conservan. Escrita a mano en vez de `char::to_lowercase`, cuyas tablas
/// Unicode añadirían 25 KB al wasm.
pub fn minuscula(c: char) -> char {
    let n = c as u32;
    let m = match n {
        0x41..=0x5A => n + 0x20,
        0xC0..=0xDE if n != 0xD7 => n + 0x20,
        // Latín extendido A: en pares, la mayúscula primero, salvo donde los pares se corren en uno
        0x100..=0x137 if n != 0x130 && n.is_multiple_of(2) => n + 1,
        0x130 => 0x69,
        0x139..=0x148 | 0x179..=0x17E if !n.is_multiple_of(2) => n + 1,
        0x14A..=0x177 if n.is_multiple_of(2) => n + 1,
        0x178 => 0xFF,
        0x391..=0x3AB if n != 0x3A2 => n + 0x20,
        0x400..=0x40F => n + 0x50,
        0x410..=0x42F => n + 0x20,
        _ => n,
    };
    char::from_u32(m).unwrap_or(c)
}

/// Mayúscula, la inversa de [`minuscula`] para los mismos alfabetos.
pub fn mayuscula(c: char) -> char {
    let n = c as u32;
    let m = match n {
        0x61..=0x7A => n - 0x20,
        0xE0..=0xFE if n != 0xF7 => n - 0x20,
        0xB5 => 0x39C,
        0xFF => 0x178,
        0x131 => 0x49,
        0x17F => 0x53,
        0x3C2 => 0x3A3,
        0x101..=0x137 if n != 0x131 && !n.is_multiple_of(2) => n - 1,
        0x13A..=0x148 | 0x17A..=0x17E if n.is_multiple_of(2) => n - 1,
        0x14B..=0x177 if !n.is_multiple_of(2) => n - 1,
        0x3B1..=0x3CB if n != 0x3C2 => n - 0x20,
        0x430..=0x44F => n - 0x20,
        0x450..=0x45F => n - 0x50,
        _ => n,
    };
    char::from_u32(m).unwrap_or(c)
}

/// `texto` con cada carácter pasado por [`minuscula`].
pub fn en_minusculas(texto: &str) -> String {
    texto.chars().map(minuscula).collect()
}

/// Una palabra de una frase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palabra {
    /// En minúscula, con las tildes tal como se escribió («está», «tenés»).
    pub original: String,
    /// En minúscula, con las tildes y la ñ plegadas («esta», «tenes», «dona»).
    pub plegada: String,
    /// Tras la palabra viene una coma, un signo de pregunta u otra puntuación.
    pub pausa_despues: bool,
}

/// Divide un texto en palabras. Las cifras forman palabras aparte («3:30» → «3», «30»).
pub fn palabras(texto: &str) -> Vec<Palabra> {
    let mut salida: Vec<Palabra> = Vec::new();
    let mut original = String::new();
    let mut plegada = String::new();
    let cerrar = |original: &mut String, plegada: &mut String, salida: &mut Vec<Palabra>| {
        if !plegada.is_empty() {
            salida.push(Palabra {
                original: std::mem::take(original),
                plegada: std::mem::take(plegada),
                pausa_despues: false,
            });
        }
        original.clear();
    };
    for c in texto.chars() {
        match plegar(c) {
            Some(p) => {
                // un cambio entre cifras y letras divide la palabra («3pm» → «3», «pm»)
                if let Some(ultimo) = plegada.chars().last() {
                    if ultimo.is_ascii_digit() != p.is_ascii_digit() {
                        cerrar(&mut original, &mut plegada, &mut salida);
                    }
                }
                original.push(minuscula(c));
                plegada.push(p);
            }
            None => {
                cerrar(&mut original, &mut plegada, &mut salida);
                let es_pausa = matches!(
                    c,
                    ',' | '.' | ';' | ':' | '?' | '!' | '¿' | '¡' | '(' | ')' | '-' | '"' | '…'
                );
                if let (true, Some(ultima)) = (es_pausa, salida.last_mut()) {
                    ultima.pausa_despues = true;
                }
            }
        }
    }
    cerrar(&mut original, &mut plegada, &mut salida);
    salida
}

/// El texto en minúscula, con las tildes plegadas y un solo espacio entre palabras.
pub fn plegar_texto(texto: &str) -> String {
    palabras(texto)
        .into_iter()
        .map(|p| p.plegada)
        .collect::<Vec<_>>()
        .join(" ")
}

/// `plegado` (una frase plegada rodeada de espacios, `" buenas tardes "`)
/// contiene `frase` como palabras enteras, sean cuales sean sus tildes o
/// mayúsculas.
pub fn contiene_frase(plegado: &str, frase: &str) -> bool {
    plegado.contains(&format!(" {} ", plegar_texto(frase)))
}

/// Una frase plegada y rodeada de espacios, para [`contiene_frase`].
pub fn plegado_con_bordes(texto: &str) -> String {
    format!(" {} ", plegar_texto(texto))
}

/// La distancia de alineamiento óptimo de cadenas (Levenshtein más
/// transposiciones de letras vecinas), que se rinde en cuanto pasa de `tope`
/// (y entonces da `tope + 1`).
pub fn distancia(a: &str, b: &str, tope: usize) -> usize {
    let a = a.as_bytes();
    let b = b.as_bytes();
    if a.len().abs_diff(b.len()) > tope {
        return tope + 1;
    }
    if a.len() > 40 || b.len() > 40 {
        return if a == b { 0 } else { tope + 1 };
    }
    let n = b.len();
    let mut previa2 = [0usize; 41];
    let mut previa: [usize; 41] = [0; 41];
    let mut actual: [usize; 41] = [0; 41];
    for (j, celda) in previa.iter_mut().enumerate().take(n + 1) {
        *celda = j;
    }
    for i in 1..=a.len() {
        actual[0] = i;
        let mut minimo = actual[0];
        for j in 1..=n {
            let coste = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (previa[j] + 1)
                .min(actual[j - 1] + 1)
                .min(previa[j - 1] + coste);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(previa2[j - 2] + 1);
            }
            actual[j] = v;
            minimo = minimo.min(v);
        }
        if minimo > tope {
            return tope + 1;
        }
        previa2 = previa;
        previa = actual;
    }
    previa[n]
}

/// Una lista en una frase: «a», «a y b», «a, b y c».
pub fn enumerar<S: AsRef<str>>(citados: &[S]) -> String {
    match citados.split_last() {
        Some((ultimo, resto)) if !resto.is_empty() => {
            let resto: Vec<&str> = resto.iter().map(AsRef::as_ref).collect();
            format!("{} y {}", resto.join(", "), ultimo.as_ref())
        }
        Some((ultimo, _)) => ultimo.as_ref().to_string(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    //! Pruebas del texto: mayúsculas y minúsculas como la biblioteca estándar, la
    //! división en palabras plegadas y la distancia con transposiciones.

    use super::*;

    #[test]
    fn mayusculas_y_minusculas_como_la_biblioteca_estandar_en_sus_alfabetos() {
        let alfabetos = (0u32..0x180)
            .chain(0x391..0x3AC)
            .chain(0x3B1..0x3CC)
            .chain(0x400..0x460);
        for c in alfabetos.filter_map(char::from_u32) {
            let abajo: Vec<char> = c.to_lowercase().collect();
            if abajo.len() == 1 {
                assert_eq!(
                    minuscula(c),
                    abajo[0],
                    "minúscula de {c} (U+{:04X})",
                    c as u32
                );
            }
            let arriba: Vec<char> = c.to_uppercase().collect();
            if arriba.len() == 1 {
                assert_eq!(
                    mayuscula(c),
                    arriba[0],
                    "mayúscula de {c} (U+{:04X})",
                    c as u32
                );
            }
        }
        assert_eq!(en_minusculas("ÁRBOL Ñandú"), "árbol ñandú");
    }

    #[test]
    fn pliega_acentos_y_separa() {
        let p = palabras("¿Cómo está, DOÑA María? Son las 3:30pm");
        let plegadas: Vec<_> = p.iter().map(|p| p.plegada.as_str()).collect();
        assert_eq!(
            plegadas,
            ["como", "esta", "dona", "maria", "son", "las", "3", "30", "pm"]
        );
        assert_eq!(p[1].original, "está");
        assert!(p[1].pausa_despues);
        assert!(!p[0].pausa_despues);
        assert!(p[3].pausa_despues);
    }

    #[test]
    fn distancia_con_transposicion() {
        assert_eq!(distancia("tardes", "trades", 2), 1);
        assert_eq!(distancia("buenas", "bunas", 2), 1);
        assert_eq!(distancia("proveedor", "probedor", 2), 2);
        assert_eq!(distancia("maria", "marta", 2), 1);
        assert_eq!(distancia("abc", "xyzxyz", 2), 3);
        assert_eq!(distancia("gracias", "gracias", 0), 0);
    }
}

/// Si `c` es un control de dirección de Unicode (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069): invisibles, invierten o aíslan el texto que
/// les sigue, de modo que «SILOS» guardado puede verse «SOLIS».
pub fn es_control_bidi(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Un nombre sin controles de dirección (un nombre nunca los necesita).
pub fn sin_controles_bidi(texto: &str) -> String {
    texto.chars().filter(|c| !es_control_bidi(*c)).collect()
}

/// El texto con cada control de dirección a la vista y sin efecto, como
/// «⟦U+202E⟧»: para mostrar lo que alguien escribió tal cual, sin que se
/// invierta.
pub fn controles_bidi_visibles(texto: &str) -> String {
    if !texto.chars().any(es_control_bidi) {
        return texto.to_string();
    }
    texto
        .chars()
        .map(|c| {
            if es_control_bidi(c) {
                format!("⟦U+{:04X}⟧", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod pruebas_bidi {
    use super::*;

    #[test]
    fn los_controles_de_direccion_se_quitan_de_un_nombre_y_se_ven_en_un_mensaje() {
        let guardado = "Carlos \u{202E}SILOS\u{202C} \u{2067}x\u{2069}\u{200F}";
        assert_eq!(sin_controles_bidi(guardado), "Carlos SILOS x");
        assert_eq!(controles_bidi_visibles("a\u{202E}b"), "a⟦U+202E⟧b");
        assert_eq!(
            controles_bidi_visibles("Buenas tardes, doña Ana"),
            "Buenas tardes, doña Ana"
        );
        assert!(!es_control_bidi('ñ') && !es_control_bidi('\u{05D0}'));
    }

    #[test]
    fn enumerar_une_con_comas_y_la_ultima_con_y() {
        assert_eq!(enumerar::<&str>(&[]), "");
        assert_eq!(enumerar(&["el perfil"]), "el perfil");
        assert_eq!(enumerar(&["a", "b"]), "a y b");
        assert_eq!(
            enumerar(&["a".to_string(), "b".into(), "c".into()]),
            "a, b y c"
        );
    }
}
