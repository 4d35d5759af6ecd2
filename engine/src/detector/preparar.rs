//! Lo que se hace con el texto antes de las reglas, para que lean lo que la
//! persona en formación dice con su propia voz y en la forma en que lo
//! escribe de verdad:
//!
//! - lo citado entre comillas («…», "…", “…”) es lo que dijo otra persona
//!   («el guarda me dijo "buenos días"»): no cuenta como propio, salvo que
//!   la frase entera esté entre comillas;
//! - las abreviaturas de chat se leen como la palabra entera («q» → «que»,
//!   «ud» → «usted», «cmo» → «como», «xfa» → «por favor»);
//! - las letras alargadas se leen una vez («buenasss» → «buenas»).

use crate::texto::{palabras, Palabra};

/// Los pares de comillas que abren y cierran una cita.
const COMILLAS: [(char, char); 3] = [('"', '"'), ('«', '»'), ('“', '”')];

/// El texto sin lo citado entre comillas, cada cita cambiada por una pausa.
/// Si fuera de las comillas no queda ninguna palabra, la frase entera es de
/// la persona (la escribió entre comillas) y se deja como está.
fn sin_citas(texto: &str) -> std::borrow::Cow<'_, str> {
    if !texto.contains(['"', '«', '“']) {
        return std::borrow::Cow::Borrowed(texto);
    }
    let mut fuera = String::with_capacity(texto.len());
    let mut cierre: Option<char> = None;
    let mut cito = false;
    for c in texto.chars() {
        match cierre {
            Some(x) if c == x => {
                cierre = None;
                fuera.push_str(". ");
            }
            Some(_) => {}
            None => match COMILLAS.iter().find(|(a, _)| *a == c) {
                Some((_, x)) => {
                    cierre = Some(*x);
                    cito = true;
                }
                None => fuera.push(c),
            },
        }
    }
    // una comilla sin cerrar no es una cita: el resto es de la persona
    if !cito || cierre.is_some() || !fuera.chars().any(char::is_alphabetic) {
        return std::borrow::Cow::Borrowed(texto);
    }
    std::borrow::Cow::Owned(fuera)
}

/// La palabra o palabras enteras de una abreviatura de chat (plegada).
fn abreviatura(p: &str) -> Option<&'static [&'static str]> {
    // todas son cortas: descarte rápido de las demás palabras
    if p.len() > 7 || p.is_empty() {
        return None;
    }
    Some(match p {
        "q" | "k" | "ke" => &["que"],
        "xq" | "pq" | "xk" | "pk" | "porq" => &["porque"],
        "ud" | "ud." | "usd" => &["usted"],
        "uds" => &["ustedes"],
        "cmo" | "cm" | "komo" => &["como"],
        "bns" | "bnas" => &["buenas"],
        "bnos" => &["buenos"],
        "bn" => &["bien"],
        "tb" | "tmb" | "tbn" => &["tambien"],
        "xfa" | "pfa" | "porfa" | "porfis" | "xfavor" => &["por", "favor"],
        "cn" => &["con"],
        "ced" => &["cedula"],
        "dnd" => &["donde"],
        "grax" | "grs" | "grcs" | "grasias" => &["gracias"],
        "msj" => &["mensaje"],
        "hrs" => &["horas"],
        "pls" | "plis" => &["por", "favor"],
        _ => return None,
    })
}

/// Alguna letra de la palabra (plegada) se repite tres o más veces seguidas.
fn alargada(p: &str) -> bool {
    p.as_bytes()
        .windows(3)
        .any(|v| v[0] == v[1] && v[1] == v[2] && v[0].is_ascii_alphabetic())
}

/// La palabra con cada letra repetida tres o más veces escrita una sola vez
/// («buenasss» → «buenas»; «lleno» o «cree» no cambian).
fn sin_alargar(p: &str) -> Option<String> {
    // casi ninguna palabra está alargada: se mira antes de armar nada
    if !alargada(p) {
        return None;
    }
    let mut corridas: Vec<(char, usize)> = Vec::new();
    for c in p.chars() {
        match corridas.last_mut() {
            Some((x, n)) if *x == c => *n += 1,
            _ => corridas.push((c, 1)),
        }
    }
    Some(
        corridas
            .into_iter()
            .flat_map(|(c, n)| {
                let veces = if n >= 3 && c.is_alphabetic() { 1 } else { n };
                std::iter::repeat_n(c, veces)
            })
            .collect(),
    )
}

/// Las palabras de lo que la persona dice con su propia voz, listas para las
/// reglas.
pub(super) fn palabras_propias(texto: &str) -> Vec<Palabra> {
    let palabras = palabras(&sin_citas(texto));
    // casi siempre no hay nada que cambiar: las mismas palabras, sin copiarlas
    if !palabras
        .iter()
        .any(|p| abreviatura(&p.plegada).is_some() || alargada(&p.plegada))
    {
        return palabras;
    }
    let mut salida = Vec::with_capacity(palabras.len() + 2);
    for p in palabras {
        let p = match sin_alargar(&p.plegada) {
            Some(plegada) => Palabra { plegada, ..p },
            None => p,
        };
        match abreviatura(&p.plegada) {
            Some(enteras) => {
                let ultima = enteras.len() - 1;
                for (k, w) in enteras.iter().enumerate() {
                    salida.push(Palabra {
                        original: if enteras.len() == 1 {
                            (*w).to_string()
                        } else {
                            p.original.clone()
                        },
                        plegada: (*w).to_string(),
                        pausa_despues: k == ultima && p.pausa_despues,
                    });
                }
            }
            None => salida.push(p),
        }
    }
    salida
}

#[cfg(test)]
mod pruebas {
    use super::*;

    fn plegadas(t: &str) -> Vec<String> {
        palabras_propias(t).into_iter().map(|p| p.plegada).collect()
    }

    #[test]
    fn las_citas_de_otros_no_cuentan() {
        assert_eq!(
            plegadas("el guarda me dijo \"buenos días\" y pasé"),
            ["el", "guarda", "me", "dijo", "y", "pase"]
        );
        assert_eq!(
            plegadas("me dijo «mae, pase» y ya"),
            ["me", "dijo", "y", "ya"]
        );
        // toda la frase entre comillas: es de la persona
        assert_eq!(plegadas("\"Buenos días\""), ["buenos", "dias"]);
        // una comilla sin cerrar no es una cita
        assert_eq!(plegadas("dijo \"hola"), ["dijo", "hola"]);
    }

    #[test]
    fn abreviaturas_y_letras_alargadas() {
        assert_eq!(
            plegadas("bns tardes, cmo esta ud? xfa"),
            ["buenas", "tardes", "como", "esta", "usted", "por", "favor"]
        );
        assert_eq!(plegadas("buenasss holaaa"), ["buenas", "hola"]);
        assert_eq!(plegadas("lleno cree perro"), ["lleno", "cree", "perro"]);
    }
}
