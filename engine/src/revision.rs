//! HR review of a cohort: many records verified at once, a table of people
//! and, across the cohort, which protocol steps are missed most. Exported as
//! CSV that Excel opens with the accents right (UTF-8 with BOM, «;»).

use crate::expediente::verificar;
use crate::informe::EstadoPaso;
use crate::mapa::Mapa;
use serde::Serialize;

/// One row of the review table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fila {
    pub archivo: String,
    pub nombre: String,
    pub cedula: String,
    pub fecha: String,
    pub total: Option<u32>,
    pub cortesia: Option<u32>,
    pub procedimiento: Option<u32>,
    pub escalamiento: Option<u32>,
    pub aprobado: Option<bool>,
    pub valido: bool,
    /// Why it is not valid, or empty.
    pub motivo: String,
}

/// How often one step went wrong across the cohort.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TasaPaso {
    pub escenario: String,
    /// The scenario's title, for people.
    pub escenario_titulo: String,
    pub paso: String,
    pub titulo: String,
    pub seccion: String,
    pub fallos: u32,
    pub veces: u32,
}

impl TasaPaso {
    /// The failure rate in whole percent, rounded half up.
    pub fn porcentaje(&self) -> u32 {
        if self.veces == 0 {
            0
        } else {
            ((u64::from(self.fallos) * 200 + u64::from(self.veces)) / (2 * u64::from(self.veces)))
                as u32
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Revision {
    pub filas: Vec<Fila>,
    /// Most missed first.
    pub pasos: Vec<TasaPaso>,
}

/// Average of a dimension over a record's scenarios that score it.
fn media(valores: impl Iterator<Item = Option<u32>>) -> Option<u32> {
    let v: Vec<u32> = valores.flatten().collect();
    (!v.is_empty()).then(|| (v.iter().sum::<u32>() * 2 + v.len() as u32) / (2 * v.len() as u32))
}

/// Verifies each (file name, content or why it could not be read) and builds
/// the review. Unreadable or hostile files become invalid rows with the
/// reason; the rest goes through.
pub fn revisar(archivos: &[(String, Result<String, String>)]) -> Revision {
    let mut r = Revision::default();
    let mut tasas: Mapa<(String, String), TasaPaso> = Mapa::new();
    // the same record twice (same code) is counted once
    let mut vistos: Mapa<String, String> = Mapa::new();
    for (archivo, texto) in archivos {
        let v = match texto {
            Ok(t) => verificar(t),
            Err(m) => crate::expediente::Verificacion {
                valido: false,
                problemas: vec![m.clone()],
                expediente: None,
            },
        };
        let mut fila = Fila {
            archivo: archivo.clone(),
            nombre: String::new(),
            cedula: String::new(),
            fecha: String::new(),
            total: None,
            cortesia: None,
            procedimiento: None,
            escalamiento: None,
            aprobado: None,
            valido: v.valido,
            motivo: v.problemas.join("; "),
        };
        if let Some(e) = &v.expediente {
            fila.nombre = e.participante.nombre.clone();
            fila.cedula = e.participante.cedula.clone();
            fila.fecha = e.fecha.clone();
            fila.total = Some(e.total);
            fila.aprobado = Some(e.aprobado);
            let dim = |d: crate::escenario::Dimension| {
                media(e.intentos.iter().map(|i| i.informe.puntaje(d)))
            };
            fila.cortesia = dim(crate::escenario::Dimension::Cortesia);
            fila.procedimiento = dim(crate::escenario::Dimension::Procedimiento);
            fila.escalamiento = dim(crate::escenario::Dimension::Escalamiento);
            let duplicado = v.valido.then(|| vistos.get(&e.codigo).cloned()).flatten();
            if let Some(primero) = &duplicado {
                fila.motivo = format!("mismo expediente que «{primero}»: se cuenta una sola vez");
            } else if v.valido {
                vistos.insert(e.codigo.clone(), archivo.clone());
            }
            if v.valido && duplicado.is_none() {
                for i in &e.intentos {
                    for p in &i.informe.pasos {
                        let t =
                            tasas.o_insertar((i.escenario.clone(), p.paso.clone()), || TasaPaso {
                                escenario: i.escenario.clone(),
                                escenario_titulo: i.informe.titulo.clone(),
                                paso: p.paso.clone(),
                                titulo: p.titulo.clone(),
                                seccion: p.seccion.clone(),
                                fallos: 0,
                                veces: 0,
                            });
                        t.veces += 1;
                        if p.estado != EstadoPaso::Cumplido {
                            t.fallos += 1;
                        }
                    }
                }
            }
        }
        r.filas.push(fila);
    }
    r.pasos = tasas.into_iter().map(|(_, t)| t).collect();
    crate::orden::ordenar(&mut r.pasos, |a, b| {
        // b's rate against a's, exactly: fallos_b / veces_b vs fallos_a / veces_a
        let (fa, va) = (u64::from(a.fallos), u64::from(a.veces.max(1)));
        let (fb, vb) = (u64::from(b.fallos), u64::from(b.veces.max(1)));
        (fb * va)
            .cmp(&(fa * vb))
            .then(a.escenario.cmp(&b.escenario))
    });
    r
}

/// A CSV cell: quoted, quotes doubled, and formulas neutralised
/// (a leading = + - @ would run in a spreadsheet).
fn celda(texto: &str) -> String {
    let limpio: String = texto
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let seguro = if limpio.starts_with(['=', '+', '-', '@']) {
        format!("'{limpio}")
    } else {
        limpio
    };
    format!("\"{}\"", seguro.replace('"', "\"\""))
}

fn numero(n: Option<u32>) -> String {
    n.map(|x| x.to_string()).unwrap_or_default()
}

impl Revision {
    /// The CSV HR opens in Excel: UTF-8 with BOM, «;» between cells, the
    /// people first and then the step failure rates.
    pub fn csv(&self) -> String {
        let mut s = String::from("\u{feff}");
        s.push_str("archivo;nombre;cedula;fecha;total;cortesia;procedimiento;escalamiento;resultado;verificacion;motivo\r\n");
        for f in &self.filas {
            let resultado = match f.aprobado {
                Some(true) => "aprobado",
                Some(false) => "no aprobado",
                None => "",
            };
            let celdas = [
                celda(&f.archivo),
                celda(&f.nombre),
                celda(&f.cedula),
                celda(&f.fecha),
                numero(f.total),
                numero(f.cortesia),
                numero(f.procedimiento),
                numero(f.escalamiento),
                celda(resultado),
                celda(if f.valido { "válido" } else { "no válido" }),
                celda(&f.motivo),
            ];
            s.push_str(&celdas.join(";"));
            s.push_str("\r\n");
        }
        s.push_str("\r\nescenario;seccion;paso;fallos;veces;tasa_de_fallo\r\n");
        for p in &self.pasos {
            let celdas = [
                celda(&p.escenario_titulo),
                celda(&p.seccion),
                celda(&p.titulo),
                p.fallos.to_string(),
                p.veces.to_string(),
                format!("{} %", p.porcentaje()),
            ];
            s.push_str(&celdas.join(";"));
            s.push_str("\r\n");
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tasa(fallos: u32, veces: u32) -> TasaPaso {
        TasaPaso {
            escenario: String::new(),
            escenario_titulo: String::new(),
            paso: String::new(),
            titulo: String::new(),
            seccion: String::new(),
            fallos,
            veces,
        }
    }

    #[test]
    fn el_porcentaje_se_redondea_al_entero_mas_cercano() {
        assert_eq!(tasa(0, 0).porcentaje(), 0);
        assert_eq!(tasa(0, 3).porcentaje(), 0);
        assert_eq!(tasa(1, 3).porcentaje(), 33);
        assert_eq!(tasa(2, 3).porcentaje(), 67);
        assert_eq!(tasa(1, 8).porcentaje(), 13);
        assert_eq!(tasa(3, 3).porcentaje(), 100);
        assert_eq!(tasa(u32::MAX, u32::MAX).porcentaje(), 100);
    }
}
