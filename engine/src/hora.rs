//! La hora del reloj simulado: minutos desde la medianoche, mostrados como
//! `HH:MM`. De la parte del día sale el saludo que espera el protocolo (1.1).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Una hora del día en el reloj simulado (sin fecha), en minutos enteros.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hora(u16);

/// La parte del día, que decide el saludo (protocolo 1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParteDelDia {
    /// «Buenos días»: 05:00–11:59.
    Dias,
    /// «Buenas tardes»: 12:00–17:59.
    Tardes,
    /// «Buenas noches»: 18:00–04:59.
    Noches,
}

impl ParteDelDia {
    /// El saludo que espera el protocolo en esta parte del día.
    pub fn saludo(self) -> &'static str {
        match self {
            ParteDelDia::Dias => "Buenos días",
            ParteDelDia::Tardes => "Buenas tardes",
            ParteDelDia::Noches => "Buenas noches",
        }
    }
}

impl Hora {
    /// Los minutos de un día.
    pub const MINUTOS_DEL_DIA: u16 = 24 * 60;

    /// Arma una hora con horas y minutos, dando la vuelta pasada la medianoche.
    pub fn new(horas: u16, minutos: u16) -> Hora {
        Hora(((horas as u32 * 60 + minutos as u32) % Self::MINUTOS_DEL_DIA as u32) as u16)
    }

    /// Los minutos desde la medianoche (0–1439).
    pub fn minutos_desde_medianoche(self) -> u16 {
        self.0
    }

    /// Lee `H:MM` o `HH:MM` (00:00–23:59).
    pub fn parse(texto: &str) -> Option<Hora> {
        let (h, m) = texto.trim().split_once(':')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        let h: u16 = h.parse().ok()?;
        let m: u16 = m.parse().ok()?;
        (h < 24 && m < 60).then(|| Hora::new(h, m))
    }

    /// La hora `minutos` más tarde, dando la vuelta pasada la medianoche.
    pub fn mas(self, minutos: u32) -> Hora {
        Hora(((self.0 as u32 + minutos) % Self::MINUTOS_DEL_DIA as u32) as u16)
    }

    /// La parte del día de esta hora.
    pub fn parte_del_dia(self) -> ParteDelDia {
        match self.0 / 60 {
            5..=11 => ParteDelDia::Dias,
            12..=17 => ParteDelDia::Tardes,
            _ => ParteDelDia::Noches,
        }
    }
}

impl fmt::Display for Hora {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for Hora {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Hora {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Hora, D::Error> {
        crate::formato::texto_convertido(d, "una hora HH:MM", |texto| {
            Hora::parse(texto).ok_or_else(|| format!("hora inválida «{texto}»: use HH:MM"))
        })
    }
}

#[cfg(test)]
mod tests {
    //! Pruebas de la hora: las partes del día en sus límites y la lectura y
    //! escritura de `HH:MM`.

    use super::*;

    #[test]
    fn partes_del_dia_en_los_limites() {
        let p = |t: &str| Hora::parse(t).unwrap().parte_del_dia();
        assert_eq!(p("04:59"), ParteDelDia::Noches);
        assert_eq!(p("05:00"), ParteDelDia::Dias);
        assert_eq!(p("11:59"), ParteDelDia::Dias);
        assert_eq!(p("12:00"), ParteDelDia::Tardes);
        assert_eq!(p("17:59"), ParteDelDia::Tardes);
        assert_eq!(p("18:00"), ParteDelDia::Noches);
        assert_eq!(p("00:00"), ParteDelDia::Noches);
    }

    #[test]
    fn parse_y_formato() {
        assert_eq!(Hora::parse("8:05").unwrap().to_string(), "08:05");
        assert_eq!(Hora::parse("23:59").unwrap().mas(2).to_string(), "00:01");
        for malo in ["24:00", "12:60", "1230", "", "a:bc", "12:5"] {
            assert!(Hora::parse(malo).is_none(), "{malo}");
        }
    }
}
