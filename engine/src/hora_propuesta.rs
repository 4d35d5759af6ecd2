//! La hora que la persona en formación propone al Centro de Contacto (1.2,
//! caso 1: «Proponer una hora en la que se pueda atender al cliente»), leída
//! de lo que dijo: «a las cinco de la tarde», «a las 4:30», «a las cuatro y
//! media», «en una hora», «al mediodía». El reloj simulado llega a esa hora
//! cuando el proveedor va al comercio.

use crate::hora::Hora;

/// Los números de las horas y de los minutos en letras.
fn numero(p: &str) -> Option<u16> {
    Some(match p {
        "una" | "un" | "uno" => 1,
        "dos" => 2,
        "tres" => 3,
        "cuatro" => 4,
        "cinco" => 5,
        "seis" => 6,
        "siete" => 7,
        "ocho" => 8,
        "nueve" => 9,
        "diez" => 10,
        "once" => 11,
        "doce" => 12,
        "quince" => 15,
        "veinte" => 20,
        "veinticinco" => 25,
        "treinta" => 30,
        "cuarenta" => 40,
        "cuarenticinco" => 45,
        "cincuenta" => 50,
        _ => return p.parse().ok().filter(|n| *n < 60),
    })
}

/// La parte del día dicha después de la hora: `Some(true)` tarde o noche,
/// `Some(false)` mañana.
fn periodo(w: &[&str], i: usize) -> Option<bool> {
    let siguiente = |k: usize| w.get(i + k).copied().unwrap_or("");
    match (siguiente(0), siguiente(1), siguiente(2)) {
        ("pm", _, _) | ("p", "m", _) => Some(true),
        ("am", _, _) | ("a", "m", _) => Some(false),
        ("de", "la", "tarde" | "noche") | ("en", "la", "tarde" | "noche") => Some(true),
        ("de", "la", "manana") | ("en", "la", "manana") => Some(false),
        _ => None,
    }
}

/// La hora propuesta en las palabras plegadas `w`, dicha con el reloj en
/// `ahora`: la última hora concreta que no nombra la cita original («el
/// servicio de las dos»). Sin «de la tarde» ni «pm», la primera de las dos
/// lecturas (7:00 o 19:00) que no haya pasado ya.
pub fn hora_propuesta(w: &[&str], ahora: Hora) -> Option<Hora> {
    let mut propuesta = None;
    for i in 0..w.len() {
        // «en media hora», «en una hora», «en 40 minutos», «en dos horas»
        if w[i] == "en" {
            let (n, unidad) = match (w.get(i + 1), w.get(i + 2)) {
                (Some(&"media"), Some(&"hora")) => (30, "minutos"),
                (Some(x), Some(u)) => match numero(x) {
                    Some(n) => (n, *u),
                    None => continue,
                },
                _ => continue,
            };
            let minutos = match unidad {
                "hora" | "horas" => n as u32 * 60,
                "minuto" | "minutos" => n as u32,
                _ => continue,
            };
            propuesta = Some(ahora.mas(minutos));
            continue;
        }
        if w[i] == "mediodia" {
            propuesta = Some(Hora::new(12, 0));
            continue;
        }
        // «a las cinco», «las 4:30» («4», «30»), «a la una», «tipo 3 pm»
        let Some(h) = numero(w[i]).filter(|h| (1..=23).contains(h)) else {
            continue;
        };
        let tras_las = i > 0 && matches!(w[i - 1], "las" | "la");
        let con_minutos = w
            .get(i + 1)
            .is_some_and(|m| m.len() == 2 && m.parse::<u16>().is_ok());
        let con_periodo = periodo(w, i + 1).is_some();
        if !(tras_las || con_minutos || con_periodo) {
            continue;
        }
        // la cita original no es una propuesta
        let antes = &w[i.saturating_sub(3)..i];
        if antes.iter().any(|p| {
            matches!(
                *p,
                "servicio" | "cita" | "visita" | "era" | "estaba" | "pactada"
            )
        }) || (i >= 2 && w[i - 2] == "de" && tras_las)
        {
            continue;
        }
        let mut k = i + 1;
        let mut minutos = 0;
        if con_minutos {
            minutos = w[k].parse().unwrap_or(0);
            k += 1;
        } else if w.get(k) == Some(&"y") {
            match w.get(k + 1).copied() {
                Some("media") => minutos = 30,
                Some("cuarto") => minutos = 15,
                Some(x) => minutos = numero(x).unwrap_or(0),
                None => {}
            }
            if minutos > 0 {
                k += 2;
            }
        }
        let h = match periodo(w, k) {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            Some(_) => h,
            // sin parte del día: la primera lectura que no haya pasado
            None if h < 12 => {
                let temprano = Hora::new(h, minutos);
                if temprano.minutos_desde_medianoche() >= ahora.minutos_desde_medianoche() {
                    h
                } else {
                    h + 12
                }
            }
            None => h,
        };
        propuesta = Some(Hora::new(h, minutos));
    }
    propuesta
}

#[cfg(test)]
mod pruebas {
    use super::*;

    fn propuesta(texto: &str, ahora: &str) -> Option<String> {
        let w: Vec<String> = crate::texto::palabras(texto)
            .into_iter()
            .map(|p| p.plegada)
            .collect();
        let w: Vec<&str> = w.iter().map(String::as_str).collect();
        hora_propuesta(&w, Hora::parse(ahora).unwrap()).map(|h| h.to_string())
    }

    #[test]
    fn horas_dichas_de_muchas_formas() {
        for (dicho, ahora, hora) in [
            (
                "Puedo atender a don Jorge a las cinco de la tarde.",
                "15:05",
                "17:00",
            ),
            ("podria a las cinco", "15:05", "17:00"),
            ("¿Podría ser a las 9:00?", "06:30", "09:00"),
            ("a las cuatro y media", "13:00", "16:30"),
            ("llego en una hora", "10:15", "11:15"),
            ("llego en media hora", "10:15", "10:45"),
            ("al mediodía", "09:00", "12:00"),
            ("tipo 3 pm", "09:00", "15:00"),
            ("a la una", "11:00", "13:00"),
        ] {
            assert_eq!(propuesta(dicho, ahora).as_deref(), Some(hora), "{dicho}");
        }
    }

    #[test]
    fn la_cita_original_no_es_la_propuesta() {
        assert_eq!(
            propuesta(
                "no voy a llegar al servicio de las dos, podría atenderlo a las cuatro y media",
                "13:00"
            )
            .as_deref(),
            Some("16:30")
        );
        assert_eq!(
            propuesta("tengo el servicio de las dos pendiente", "13:00"),
            None
        );
        assert_eq!(propuesta("Buenas tardes, soy Carlos", "13:00"), None);
    }
}
