//! La revisión de una cohorte por RR. HH.: muchos expedientes verificados a
//! la vez, una tabla de personas y, en toda la cohorte, qué pasos del
//! protocolo (con su sección: 1.1, 1.2, 1.3, 2.1, 2.2) se fallan más. Se
//! exporta como CSV que Excel abre con las tildes bien (UTF-8 con BOM, «;»).

mod alertas;

use crate::expediente::{verificar, ExpedienteLeido};
use crate::informe::EstadoPaso;
use crate::mapa::Mapa;
use serde::Serialize;

/// Una fila de la tabla de revisión: un archivo.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fila {
    /// El nombre del archivo.
    pub archivo: String,
    /// El nombre de la persona (vacío si no se pudo leer).
    pub nombre: String,
    /// Su cédula.
    pub cedula: String,
    /// La fecha del expediente.
    pub fecha: String,
    /// El total guardado en el expediente.
    pub total: Option<u32>,
    /// La media de cortesía de sus escenarios que la califican.
    pub cortesia: Option<u32>,
    /// La media de procedimiento de sus escenarios que lo califican.
    pub procedimiento: Option<u32>,
    /// La media de escalamiento de sus escenarios que lo califican.
    pub escalamiento: Option<u32>,
    /// El resultado guardado en el expediente.
    pub aprobado: Option<bool>,
    /// El expediente verifica.
    pub valido: bool,
    /// Por qué no es válido (o por qué no cuenta), o vacío.
    pub motivo: String,
    /// Lo que la cohorte deja ver de un expediente íntegro: transcripciones o
    /// semillas compartidas con otra persona, tiempos imposibles al escribir.
    pub alertas: Vec<String>,
}

/// Cuántas veces salió mal un paso en la cohorte.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TasaPaso {
    /// El id del escenario.
    pub escenario: String,
    /// El título del escenario, para las personas.
    pub escenario_titulo: String,
    /// El id del paso.
    pub paso: String,
    /// El título del paso.
    pub titulo: String,
    /// La sección del protocolo del paso.
    pub seccion: String,
    /// Las veces que no quedó cumplido (omitido, fuera de orden o a destiempo).
    pub fallos: u32,
    /// Las veces que se calificó.
    pub veces: u32,
}

impl TasaPaso {
    /// La tasa de fallo en porcentaje entero, redondeada (la mitad hacia arriba).
    pub fn porcentaje(&self) -> u32 {
        if self.veces == 0 {
            0
        } else {
            ((u64::from(self.fallos) * 200 + u64::from(self.veces)) / (2 * u64::from(self.veces)))
                as u32
        }
    }
}

/// La revisión de una cohorte.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Revision {
    /// Una fila por archivo, en el orden recibido.
    pub filas: Vec<Fila>,
    /// La tasa de fallo de cada paso, la más alta primero.
    pub pasos: Vec<TasaPaso>,
}

/// La media de una dimensión en los escenarios de un expediente que la califican.
fn media(valores: impl Iterator<Item = Option<u32>>) -> Option<u32> {
    let v: Vec<u32> = valores.flatten().collect();
    (!v.is_empty()).then(|| (v.iter().sum::<u32>() * 2 + v.len() as u32) / (2 * v.len() as u32))
}

/// Verifica cada (nombre de archivo, contenido o por qué no se pudo leer) y
/// arma la revisión. Los archivos ilegibles u hostiles quedan como filas no
/// válidas con el motivo; el resto sigue adelante. Solo los expedientes
/// válidos, y cada uno una vez, cuentan en las tasas de los pasos.
pub fn revisar(archivos: &[(String, Result<String, String>)]) -> Revision {
    let mut r = Revision::default();
    let mut tasas: Mapa<(String, String), TasaPaso> = Mapa::new();
    // el mismo expediente dos veces (mismo código) cuenta una sola vez
    let mut vistos: Mapa<String, String> = Mapa::new();
    let mut validos: Vec<(usize, String, Box<ExpedienteLeido>)> = Vec::new();
    for (archivo, texto) in archivos {
        let v = match texto {
            Ok(t) => verificar(t),
            Err(m) => crate::expediente::Verificacion::rechazo(m.clone()),
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
            alertas: Vec::new(),
            motivo: if v.valido {
                v.avisos.join("; ")
            } else {
                v.problemas.join("; ")
            },
        };
        // lo que dice el archivo, aunque no verifique (la persona, la fecha, su total)
        if let Some(l) = &v.leido {
            fila.nombre = l.participante.nombre.clone();
            fila.cedula = l.participante.cedula.clone();
            fila.fecha = l.fecha.clone();
            fila.total = Some(l.total);
            fila.aprobado = Some(l.aprobado);
        }
        // el recalculado trae los mismos datos de la persona; de él salen los puntajes
        let mut cuenta = false;
        if let Some(e) = &v.expediente {
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
            cuenta = v.valido && duplicado.is_none();
            if cuenta {
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
        // los que cuentan, para las alertas de la cohorte (sin copiarlos)
        if let (true, Some(leido)) = (cuenta, v.leido) {
            validos.push((r.filas.len(), archivo.clone(), leido));
        }
        r.filas.push(fila);
    }
    let referencias: Vec<(usize, &str, &ExpedienteLeido)> = validos
        .iter()
        .map(|(i, a, e)| (*i, a.as_str(), e.as_ref()))
        .collect();
    for (i, lista) in alertas::alertas(&referencias) {
        r.filas[i].alertas = lista;
    }
    r.pasos = tasas.into_iter().map(|(_, t)| t).collect();
    crate::orden::ordenar(&mut r.pasos, |a, b| {
        // la tasa de b contra la de a, exacta: fallos_b / veces_b frente a fallos_a / veces_a
        let (fa, va) = (u64::from(a.fallos), u64::from(a.veces.max(1)));
        let (fb, vb) = (u64::from(b.fallos), u64::from(b.veces.max(1)));
        (fb * va)
            .cmp(&(fa * vb))
            .then(a.escenario.cmp(&b.escenario))
    });
    r
}

/// Una celda CSV: entre comillas, con las comillas duplicadas y las fórmulas
/// desactivadas (un = + - @ al principio se ejecutaría en una hoja de cálculo).
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
    /// El CSV que RR. HH. abre en Excel: UTF-8 con BOM, «;» entre celdas,
    /// primero las personas y luego las tasas de fallo de los pasos.
    pub fn csv(&self) -> String {
        let mut s = String::from("\u{feff}");
        s.push_str("archivo;nombre;cedula;fecha;total;cortesia;procedimiento;escalamiento;resultado;verificacion;motivo;alertas\r\n");
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
                celda(&f.alertas.join(" | ")),
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
    //! Pruebas de la revisión: el redondeo de la tasa de fallo.

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
