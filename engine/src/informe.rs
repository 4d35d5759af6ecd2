//! The scorer: a report with a total, three sub-scores and findings that
//! cite the protocol section, quote the trainee and say what was expected.

use crate::detector::{Etiqueta, Interlocutor};
use crate::escenario::{Cumple, Dimension};
use crate::hora::Hora;
use crate::mapa::Mapa;
use crate::sesion::Sesion;
use serde::{Deserialize, Serialize};

pub const FORMATO_INFORME: &str = "entrenador-protocolo/informe";
pub const VERSION_INFORME: u32 = 1;
/// The pass mark: a total at least this high and no critical error.
pub const NOTA_APROBACION: u32 = 80;

crate::enumeracion! {
    /// De qué clase es un hallazgo.
    #[derive(Default)]
    pub enum TipoHallazgo ("tipo de hallazgo") {
        /// Un paso que nunca se hizo.
        #[default]
        Omitido = "omitido", "Omitido";
        /// Un paso hecho antes de otro que debía precederlo.
        FueraDeOrden = "fuera_de_orden", "Fuera de orden";
        /// Una falta en lo dicho (trato informal, nombre equivocado…).
        Falta = "falta", "Falta";
        /// Reprueba el intento sin importar los puntos.
        Critico = "critico", "Error crítico";
        /// Hecho, pero más tarde de lo que el protocolo permite («de inmediato»).
        Tardio = "tardio", "Tardío";
    }
}

/// One finding of the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hallazgo {
    /// Protocol section ("1.1", "2.1"…).
    pub seccion: String,
    /// The step it concerns, if any.
    pub paso: Option<String>,
    /// The detector label behind it, for faults.
    pub etiqueta: Option<Etiqueta>,
    /// The scenario fault it comes from (faults are capped per fault).
    #[serde(default)]
    pub falta: Option<String>,
    pub tipo: TipoHallazgo,
    pub dimension: Dimension,
    pub mensaje: String,
    /// What the trainee said or did at that point.
    pub dicho: String,
    /// What the protocol expected.
    pub esperado: String,
    /// Points it cost.
    pub puntos: u32,
    pub critico: bool,
    pub turno: Option<usize>,
    pub hora: Hora,
}

crate::enumeracion! {
    /// Cómo quedó un paso del protocolo en el informe.
    #[derive(Default)]
    pub enum EstadoPaso ("estado del paso") {
        #[default]
        Cumplido = "cumplido", "Cumplido";
        FueraDeOrden = "fuera_de_orden", "Fuera de orden";
        Tardio = "tardio", "Tardío";
        Omitido = "omitido", "Omitido";
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultadoPaso {
    pub paso: String,
    pub titulo: String,
    pub seccion: String,
    pub dimension: Dimension,
    pub estado: EstadoPaso,
    pub puntos: u32,
    pub maximo: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Puntaje {
    pub dimension: Dimension,
    /// 0–100, or none when the scenario has nothing to score here.
    pub puntaje: Option<u32>,
    pub obtenidos: u32,
    pub maximo: u32,
}

/// The report of one attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Informe {
    pub formato: String,
    pub version: u32,
    pub escenario: String,
    pub titulo: String,
    pub semilla: u64,
    pub proveedor: String,
    pub cliente: String,
    pub hora_inicio: Hora,
    pub hora_fin: Hora,
    pub total: u32,
    pub aprobado: bool,
    pub nota_aprobacion: u32,
    pub puntajes: Vec<Puntaje>,
    pub errores_criticos: Vec<Hallazgo>,
    pub hallazgos: Vec<Hallazgo>,
    pub pasos: Vec<ResultadoPaso>,
    /// The attempt was ended before the scenario's own end.
    pub terminado_antes: bool,
}

impl Informe {
    pub fn puntaje(&self, d: Dimension) -> Option<u32> {
        self.puntajes
            .iter()
            .find(|p| p.dimension == d)
            .and_then(|p| p.puntaje)
    }

    pub(crate) fn calcular(s: &Sesion) -> Informe {
        let e = s.escenario();
        let v = s.variante();
        let proveedor = &s.transcripcion().proveedor;
        let rellenar = |t: &str| crate::variante::rellenar(t, v, proveedor, v.hora_inicio, 0);
        let mut pasos = Vec::new();
        let mut hallazgos: Vec<Hallazgo> = Vec::new();
        let mut obtenidos: Mapa<Dimension, i64> = Mapa::new();

        for p in &e.pasos {
            let (estado, puntos) = match s.hechos.get(&p.id) {
                Some(c) => {
                    let tarde = p
                        .plazo
                        .as_ref()
                        .map(|z| (c.retraso * z.costo_por_turno).min(p.puntos))
                        .unwrap_or(0);
                    let desorden = if c.faltaban.is_empty() {
                        0
                    } else {
                        p.costo_desorden()
                    };
                    let estado = if !c.faltaban.is_empty() {
                        EstadoPaso::FueraDeOrden
                    } else if c.retraso > 0 {
                        EstadoPaso::Tardio
                    } else {
                        EstadoPaso::Cumplido
                    };
                    (estado, p.puntos.saturating_sub(tarde + desorden))
                }
                None => (EstadoPaso::Omitido, 0),
            };
            *obtenidos.o_defecto(p.dimension) += puntos as i64;
            if estado == EstadoPaso::Omitido {
                let (dicho, turno, hora) = evidencia_de_omision(s, p);
                hallazgos.push(Hallazgo {
                    seccion: p.seccion.clone(),
                    paso: Some(p.id.clone()),
                    etiqueta: None,
                    falta: None,
                    tipo: if p.critico_si_omitido {
                        TipoHallazgo::Critico
                    } else {
                        TipoHallazgo::Omitido
                    },
                    dimension: p.dimension,
                    mensaje: p.omision.clone(),
                    dicho,
                    esperado: rellenar(&p.esperado),
                    puntos: p.puntos,
                    critico: p.critico_si_omitido,
                    turno,
                    hora,
                });
            }
            pasos.push(ResultadoPaso {
                paso: p.id.clone(),
                titulo: p.titulo.clone(),
                seccion: p.seccion.clone(),
                dimension: p.dimension,
                estado,
                puntos,
                maximo: p.puntos,
            });
        }

        // faults: each costs its points, up to its maximum per attempt
        let mut gastado: Mapa<String, u32> = Mapa::new();
        for h in &s.hallazgos {
            let mut h = h.clone();
            if let Some(clave) = h.falta.clone() {
                let tope = e
                    .faltas
                    .iter()
                    .find(|f| f.clave() == clave)
                    .map(|f| f.maximo)
                    .unwrap_or(0);
                let ya = gastado.o_defecto(clave);
                h.puntos = h.puntos.min(tope.saturating_sub(*ya));
                *ya += h.puntos;
                *obtenidos.o_defecto(h.dimension) -= h.puntos as i64;
            }
            hallazgos.push(h);
        }
        crate::orden::ordenar(&mut hallazgos, |a, b| {
            (a.turno.unwrap_or(usize::MAX), &a.seccion)
                .cmp(&(b.turno.unwrap_or(usize::MAX), &b.seccion))
        });

        let mut puntajes = Vec::new();
        let (mut suma, mut suma_max) = (0i64, 0i64);
        for d in Dimension::TODAS {
            let maximo = e.maximo(d);
            let obt = obtenidos
                .get(&d)
                .copied()
                .unwrap_or(0)
                .clamp(0, maximo as i64);
            suma += obt;
            suma_max += maximo as i64;
            puntajes.push(Puntaje {
                dimension: d,
                puntaje: (maximo > 0).then(|| redondear(obt, maximo as i64)),
                obtenidos: obt as u32,
                maximo,
            });
        }
        let total = if suma_max > 0 {
            redondear(suma, suma_max)
        } else {
            0
        };
        let errores_criticos: Vec<Hallazgo> =
            hallazgos.iter().filter(|h| h.critico).cloned().collect();
        let terminado_antes = s
            .transcripcion()
            .turnos
            .iter()
            .any(|t| matches!(t, crate::transcripcion::Turno::Terminar { .. }));
        Informe {
            formato: FORMATO_INFORME.into(),
            version: VERSION_INFORME,
            escenario: e.id.clone(),
            titulo: e.titulo.clone(),
            semilla: s.transcripcion().semilla,
            proveedor: proveedor.nombre.clone(),
            cliente: v.cliente.nombre.clone(),
            hora_inicio: v.hora_inicio,
            hora_fin: s.reloj(),
            total,
            aprobado: total >= NOTA_APROBACION && errores_criticos.is_empty(),
            nota_aprobacion: NOTA_APROBACION,
            puntajes,
            errores_criticos,
            hallazgos,
            pasos,
            terminado_antes,
        }
    }
}

/// 100 × a / b, rounded half up, in integers (the same on every platform).
fn redondear(a: i64, b: i64) -> u32 {
    ((a * 200 + b) / (2 * b)).clamp(0, 100) as u32
}

/// What the trainee said or did where an omitted step was due: the turn
/// in which they moved past it (the first later step they completed once
/// its prerequisites were met), or else their first turn from then on.
fn evidencia_de_omision(s: &Sesion, p: &crate::escenario::Paso) -> (String, Option<usize>, Hora) {
    let e = s.escenario();
    let desde = p
        .despues_de
        .iter()
        .filter_map(|r| s.hechos.get(&r.paso).map(|c| c.turno + 1))
        .max()
        .unwrap_or(0);
    let posicion = e.pasos.iter().position(|q| q.id == p.id).unwrap_or(0);
    let siguiente = e.pasos[posicion + 1..]
        .iter()
        .filter_map(|q| s.hechos.get(&q.id).map(|c| c.turno))
        .filter(|t| *t >= desde)
        .min();
    let canal: Option<Interlocutor> = match &p.cumple {
        Cumple::Decir { canal, .. } => Some(*canal),
        Cumple::Accion { .. } => None,
    };
    let alcanzado = p.despues_de.iter().all(|r| s.hechos.contains_key(&r.paso));
    let registro = match siguiente {
        Some(t) => s.registros.iter().find(|r| r.turno == t),
        // its prerequisites were never done either: the trainee never got here
        None if !alcanzado => None,
        None => s
            .registros
            .iter()
            .filter(|r| r.turno >= desde)
            .find(|r| canal.is_none() || r.canal == canal),
    };
    match registro {
        Some(r) => (r.descripcion.clone(), Some(r.turno), r.hora),
        None => (
            "(no dijo ni hizo nada en ese momento)".into(),
            None,
            s.reloj(),
        ),
    }
}
