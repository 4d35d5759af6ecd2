//! El calificador: un informe con un total, tres puntajes parciales
//! (cortesía, procedimiento, escalamiento) y hallazgos que citan la sección
//! del protocolo (1.1, 1.2, 1.3, 2.1, 2.2), citan a la persona en formación y
//! dicen lo que se esperaba.

mod turnos;

pub use turnos::TurnoInforme;

use crate::detector::Interlocutor;
use crate::escenario::{Cumple, Dimension};
use crate::hora::Hora;
use crate::mapa::Mapa;
use crate::resultado::{Evidencia, Resultado};
use serde::{Deserialize, Serialize};

/// El «formato» de un informe.
pub const FORMATO_INFORME: &str = "entrenador-protocolo/informe";
/// Versión 2: cada hallazgo dice su origen (lo dicho, una acción de la
/// aplicación o nada); lo dicho de una acción es el botón, sin el prefijo
/// «\[Aplicación\]» de la versión 1. Versión 3: cada turno con su desenlace
/// (`turnos`), los pasos cuyo momento no llegó (`no_alcanzado`, sin puntos
/// en juego) y esos momentos (`no_alcanzados`). [`Informe::en_version`] da
/// las formas anteriores, con las que se comparan los expedientes de antes.
pub const VERSION_INFORME: u32 = 3;
/// La nota para aprobar: un total al menos así de alto y ningún error crítico.
pub const NOTA_APROBACION: u32 = 80;

pub use crate::hallazgo::{Hallazgo, Origen, TipoHallazgo};

crate::enumeracion! {
    /// Cómo quedó un paso del protocolo en el informe.
    #[derive(Default)]
    pub enum EstadoPaso ("estado del paso") {
        #[default]
        Cumplido = "cumplido", "Cumplido";
        /// Hecho en una forma equivocada; la falta está en su propio hallazgo.
        ConFalta = "con_falta", "Hecho con una falta";
        FueraDeOrden = "fuera_de_orden", "Fuera de orden";
        Tardio = "tardio", "A destiempo";
        Omitido = "omitido", "Omitido";
        /// El momento del que depende (el ofrecimiento, el incidente, la
        /// llegada) nunca llegó: no se califica.
        NoAlcanzado = "no_alcanzado", "No se llegó a ese momento";
    }
}

/// Cómo quedó un paso del protocolo y cuántos puntos obtuvo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultadoPaso {
    /// El id del paso.
    pub paso: String,
    /// Su título.
    pub titulo: String,
    /// Su sección del protocolo.
    pub seccion: String,
    /// La dimensión que califica.
    pub dimension: Dimension,
    /// Cómo quedó.
    pub estado: EstadoPaso,
    /// Los puntos obtenidos, descontados el desorden y el retraso.
    pub puntos: u32,
    /// Los puntos que vale.
    pub maximo: u32,
}

/// El puntaje de una dimensión.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Puntaje {
    /// La dimensión.
    pub dimension: Dimension,
    /// 0–100, o nada si el escenario no califica nada aquí.
    pub puntaje: Option<u32>,
    /// Los puntos obtenidos (entre 0 y el máximo).
    pub obtenidos: u32,
    /// Los puntos posibles.
    pub maximo: u32,
}

/// El informe de un intento.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Informe {
    /// [`FORMATO_INFORME`].
    pub formato: String,
    /// La versión del informe ([`VERSION_INFORME`], o 1 en su forma anterior).
    pub version: u32,
    /// El id del escenario.
    pub escenario: String,
    /// El título del escenario.
    pub titulo: String,
    /// La semilla de la variante.
    pub semilla: u64,
    /// El nombre de la persona en formación.
    pub proveedor: String,
    /// El nombre del cliente.
    pub cliente: String,
    /// La hora del reloj simulado al empezar.
    pub hora_inicio: Hora,
    /// La hora del reloj simulado al terminar…
    pub hora_fin: Hora,
    /// …y cuántos días después del comienzo (si el reloj pasó la medianoche).
    #[serde(default, skip_serializing_if = "es_cero")]
    pub dias_despues: u32,
    /// El total, 0–100.
    pub total: u32,
    /// Total de al menos [`NOTA_APROBACION`] y ningún error crítico.
    pub aprobado: bool,
    /// La nota para aprobar con que se calificó.
    pub nota_aprobacion: u32,
    /// Un puntaje por dimensión, en el orden de [`Dimension::TODAS`].
    pub puntajes: Vec<Puntaje>,
    /// Los hallazgos críticos (también están en `hallazgos`).
    pub errores_criticos: Vec<Hallazgo>,
    /// Todos los hallazgos, por turno (los que no tienen, al final) y sección.
    pub hallazgos: Vec<Hallazgo>,
    /// Cada paso del escenario, en su orden.
    pub pasos: Vec<ResultadoPaso>,
    /// El intento se terminó antes del final propio del escenario.
    pub terminado_antes: bool,
    /// La dimensión central del escenario y su mínimo para aprobar (ausente
    /// en los informes de antes del motor 0.2.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nucleo: Option<crate::escenario::Nucleo>,
    /// Los momentos de la visita a los que el intento no llegó (versión 3):
    /// sus pasos no se califican, y sin ellos no se aprueba.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_alcanzados: Vec<String>,
    /// Cada turno y lo que resultó de él (versión 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub turnos: Vec<TurnoInforme>,
    /// Cómo eran el cliente y el operador, qué preguntó el cliente y quién
    /// abrió la puerta ([`crate::contrapartes`]), con lo que pedía de usted
    /// (opcional en la versión 3: falta en los intentos sin contrapartes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contrapartes: Vec<String>,
}

impl Informe {
    /// El puntaje 0–100 de la dimensión `d`, si el escenario la califica.
    pub fn puntaje(&self, d: Dimension) -> Option<u32> {
        self.puntajes
            .iter()
            .find(|p| p.dimension == d)
            .and_then(|p| p.puntaje)
    }

    /// Califica un intento.
    pub fn calcular(s: &Resultado) -> Informe {
        let e = &s.escenario;
        let v = &s.variante;
        let proveedor = &s.proveedor;
        let rellenar = |t: &str| crate::variante::rellenar(t, v, proveedor, v.hora_inicio, 0);
        let mut pasos = Vec::new();
        let mut hallazgos: Vec<Hallazgo> = Vec::new();
        let mut obtenidos: Mapa<Dimension, i64> = Mapa::new();
        // los puntos de los pasos cuyo momento no llegó no están en juego
        let mut fuera_de_juego: Mapa<Dimension, u32> = Mapa::new();
        let mut no_alcanzados: Vec<String> = Vec::new();

        for p in &e.pasos {
            let momento_sin_llegar = p
                .tras_marca
                .as_ref()
                .filter(|m| !s.marcas.contains(m) && !s.hechos.contains_key(&p.id));
            if let Some(m) = momento_sin_llegar {
                *fuera_de_juego.o_defecto(p.dimension) += p.puntos;
                // lo de una contraparte que no le tocó a este intento ni se nombra
                if e.de_contraparte(m) {
                    continue;
                }
                let texto = e
                    .momento(m)
                    .map(|m| rellenar(&m.texto))
                    .unwrap_or_else(|| m.clone());
                if !no_alcanzados.contains(&texto) {
                    no_alcanzados.push(texto);
                }
                pasos.push(ResultadoPaso {
                    paso: p.id.clone(),
                    titulo: p.titulo.clone(),
                    seccion: p.seccion.clone(),
                    dimension: p.dimension,
                    estado: EstadoPaso::NoAlcanzado,
                    puntos: 0,
                    maximo: p.puntos,
                });
                continue;
            }
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
                    } else if c.con_falta {
                        EstadoPaso::ConFalta
                    } else {
                        EstadoPaso::Cumplido
                    };
                    (estado, p.puntos.saturating_sub(tarde + desorden))
                }
                None => (EstadoPaso::Omitido, 0),
            };
            *obtenidos.o_defecto(p.dimension) += puntos as i64;
            if estado == EstadoPaso::Omitido {
                let (dicho, turno, hora, origen) = evidencia_de_omision(s, p);
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
                    origen: Some(origen),
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

        // faltas: cada una cuesta sus puntos, hasta su máximo por intento
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
            let maximo = e.maximo(d) - fuera_de_juego.get(&d).copied().unwrap_or(0);
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
        let terminado_antes = s.terminado_antes;
        let turnos = turnos::turnos_del_informe(s, &pasos, &hallazgos, &rellenar);
        let mut informe = Informe {
            formato: FORMATO_INFORME.into(),
            version: VERSION_INFORME,
            escenario: e.id.clone(),
            titulo: e.titulo.clone(),
            semilla: s.semilla,
            proveedor: proveedor.nombre.clone(),
            cliente: v.cliente.nombre.clone(),
            hora_inicio: v.hora_inicio,
            hora_fin: s.hora_fin,
            dias_despues: s.dias,
            total,
            // se decide abajo, con `nucleo_cumplido`
            aprobado: false,
            nota_aprobacion: NOTA_APROBACION,
            puntajes,
            errores_criticos,
            hallazgos,
            pasos,
            terminado_antes,
            nucleo: e.nucleo,
            no_alcanzados,
            turnos,
            contrapartes: s.contrapartes.iter().map(|t| rellenar(t)).collect(),
        };
        informe.aprobado = informe.total >= NOTA_APROBACION
            && informe.errores_criticos.is_empty()
            && informe.nucleo_cumplido()
            && informe.no_alcanzados.is_empty();
        informe
    }

    /// La hora del final, con el día si cambió («00:10 del día siguiente»).
    pub fn fin_con_dia(&self) -> String {
        match self.dias_despues {
            0 => self.hora_fin.to_string(),
            1 => format!("{} del día siguiente", self.hora_fin),
            n => format!("{} de {n} días después", self.hora_fin),
        }
    }

    /// Si alcanzó el mínimo de la destreza central del escenario (o no tiene).
    pub fn nucleo_cumplido(&self) -> bool {
        self.nucleo
            .is_none_or(|n| self.puntaje(n.dimension).is_none_or(|p| p >= n.minimo))
    }

    /// Por qué no aprobó, en frases para la persona en formación (vacío si aprobó).
    pub fn motivos_reprobado(&self) -> Vec<String> {
        let mut m = Vec::new();
        if self.total < self.nota_aprobacion {
            m.push(format!(
                "El total ({}) no llega a {}.",
                self.total, self.nota_aprobacion
            ));
        }
        if !self.errores_criticos.is_empty() {
            m.push(format!(
                "{} error{} crítico{}.",
                self.errores_criticos.len(),
                if self.errores_criticos.len() == 1 {
                    ""
                } else {
                    "es"
                },
                if self.errores_criticos.len() == 1 {
                    ""
                } else {
                    "s"
                }
            ));
        }
        for momento in &self.no_alcanzados {
            m.push(format!(
                "La visita no llegó a {}: sin ese momento no se puede aprobar.",
                turnos::nombre_del_momento(momento)
            ));
        }
        if let Some(n) = self.nucleo {
            if let Some(p) = self.puntaje(n.dimension).filter(|p| *p < n.minimo) {
                m.push(format!(
                    "{} es la destreza central de este escenario: obtuvo {p} y se pide al menos {}.",
                    n.dimension.texto(),
                    n.minimo
                ));
            }
        }
        m
    }

    /// La regla para aprobar este escenario, en una frase.
    pub fn regla_de_aprobacion(&self) -> String {
        let base = format!(
            "Se aprueba con un total de al menos {} y ningún error crítico",
            self.nota_aprobacion
        );
        match self.nucleo {
            Some(n) => format!(
                "{base}, y al menos {} en {} (la destreza central de este escenario).",
                n.minimo,
                crate::texto::en_minusculas(n.dimension.texto())
            ),
            None => format!("{base}."),
        }
    }
}

impl Informe {
    /// El mismo informe en la forma de una versión anterior (1 o 2): con ella
    /// se comparan los informes guardados en expedientes de antes.
    /// - 2: sin `turnos` ni `no_alcanzados`;
    /// - 1: además sin «origen» ni `nucleo`, las acciones como «\[Aplicación\] …»
    ///   y la falta de evidencia como «(no dijo ni hizo nada en ese momento)».
    pub fn en_version(&self, version: u32) -> Informe {
        if version >= VERSION_INFORME {
            return self.clone();
        }
        let mut anterior = Informe {
            version: 2,
            no_alcanzados: Vec::new(),
            turnos: Vec::new(),
            contrapartes: Vec::new(),
            ..self.clone()
        };
        if version == 1 {
            let a_v1 = |h: &mut Hallazgo| match h.origen.take() {
                Some(Origen::Accion) => h.dicho = format!("[Aplicación] {}", h.dicho),
                Some(Origen::Reloj) => h.dicho = "(no dijo ni hizo nada en ese momento)".into(),
                _ => {}
            };
            anterior.version = 1;
            anterior.nucleo = None;
            anterior.errores_criticos.iter_mut().for_each(a_v1);
            anterior.hallazgos.iter_mut().for_each(a_v1);
        }
        anterior
    }
}

fn es_cero(n: &u32) -> bool {
    *n == 0
}

/// 100 × a / b, redondeado al entero más cercano (la mitad hacia arriba),
/// con enteros (igual en todas las plataformas).
fn redondear(a: i64, b: i64) -> u32 {
    ((a * 200 + b) / (2 * b)).clamp(0, 100) as u32
}

/// Lo que la persona dijo o hizo donde correspondía un paso omitido: el
/// turno en que siguió de largo (el primer paso posterior que cumplió una vez
/// hechos sus requisitos), o si no su primer turno desde entonces; si no hubo
/// ninguno, el reloj.
fn evidencia_de_omision(
    s: &Resultado,
    p: &crate::escenario::Paso,
) -> (String, Option<usize>, Hora, Origen) {
    let e = &s.escenario;
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
    let turno = match siguiente {
        Some(t) => s.turnos.iter().find(|r| r.turno == t),
        // tampoco se hicieron sus requisitos: la persona nunca llegó aquí
        None if !alcanzado => None,
        None => s.turnos.iter().filter(|r| r.turno >= desde).find(|r| {
            canal.is_none()
                || matches!(&r.evidencia, Evidencia::Dicho { canal: c, .. } if *c == canal)
        }),
    };
    match turno {
        Some(r) => (
            r.evidencia.texto(),
            Some(r.turno),
            r.hora,
            r.evidencia.origen(),
        ),
        None => (String::new(), None, s.hora_fin, Origen::Reloj),
    }
}
