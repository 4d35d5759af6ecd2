//! La certificación guardada: al leerla, su expediente se comprueba volviendo
//! a calificar sus transcripciones (ver [`Certificacion`]).

use protocolo::escenario::buscar;
use protocolo::expediente::{crear, Expediente, Participante};
use protocolo::formato::leer as desde_texto;
use protocolo::{Genero, Sesion, Transcripcion};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Una certificación en curso o recién terminada.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "CertificacionGuardada")]
pub struct Certificacion {
    pub participante: Participante,
    pub genero: Genero,
    pub semilla: u64,
    pub plan: Vec<(String, u64)>,
    /// Los escenarios terminados, en orden.
    pub hechas: Vec<Transcripcion>,
    /// El expediente, cuando se terminaron todos los escenarios. Al releerlo
    /// no se creen sus informes: se recalculan desde sus transcripciones.
    pub expediente: Option<ExpedienteGuardado>,
}

/// Una certificación tal como se guarda: su expediente, sin leer, se
/// comprueba contra las transcripciones al convertirla en [`Certificacion`].
#[derive(Deserialize)]
struct CertificacionGuardada {
    participante: Participante,
    genero: Genero,
    semilla: u64,
    plan: Vec<(String, u64)>,
    hechas: Vec<Transcripcion>,
    #[serde(default)]
    expediente: Option<Box<RawValue>>,
}

/// Lo que se lee de un expediente guardado: lo que no sale de volver a
/// calificar sus transcripciones.
#[derive(Deserialize)]
struct Sello {
    motor: String,
    version_contenido: String,
    fecha: String,
    total: u32,
    aprobado: bool,
    codigo: String,
}

impl TryFrom<CertificacionGuardada> for Certificacion {
    type Error = String;

    /// Vuelve a calificar las transcripciones y arma el expediente con los
    /// informes recalculados. Si lo calificó este motor, su código debe ser
    /// el guardado (el código cubre todo el expediente); si lo calificó un
    /// motor anterior, se conservan su puntaje y su texto, que es lo que se
    /// descarga (con los informes de hoy, su código ya no correspondería).
    fn try_from(g: CertificacionGuardada) -> Result<Certificacion, String> {
        let expediente = match g.expediente {
            None => None,
            Some(texto) => {
                let sello: Sello = serde_json::from_str(texto.get()).map_err(|e| e.to_string())?;
                let sesiones = reproducir(&g.hechas)?;
                let mut e = crear(g.participante.clone(), sello.fecha, g.semilla, &sesiones);
                let anterior = sello.motor != protocolo::expediente::VERSION_MOTOR;
                if anterior
                    && protocolo::expediente::MOTORES_ANTERIORES.contains(&sello.motor.as_str())
                {
                    e.motor = sello.motor;
                    e.version_contenido = sello.version_contenido;
                    e.total = sello.total;
                    e.aprobado = sello.aprobado;
                    e.codigo = sello.codigo;
                } else if anterior || e.codigo != sello.codigo {
                    return Err("el expediente guardado no coincide con sus transcripciones".into());
                }
                Some(ExpedienteGuardado {
                    expediente: e,
                    original: anterior.then_some(texto),
                })
            }
        };
        Ok(Certificacion {
            participante: g.participante,
            genero: g.genero,
            semilla: g.semilla,
            plan: g.plan,
            hechas: g.hechas,
            expediente,
        })
    }
}

/// El expediente de una certificación terminada: tipado, con los informes
/// recalculados, para el certificado; y, si lo calificó un motor anterior,
/// tal como se guardó, que es lo que se vuelve a guardar y se descarga (con
/// los informes recalculados su código ya no correspondería).
#[derive(Debug, Clone)]
pub struct ExpedienteGuardado {
    pub expediente: Expediente,
    pub original: Option<Box<RawValue>>,
}

impl PartialEq for ExpedienteGuardado {
    fn eq(&self, otro: &Self) -> bool {
        self.expediente == otro.expediente
            && self.original.as_ref().map(|o| o.get()) == otro.original.as_ref().map(|o| o.get())
    }
}

impl ExpedienteGuardado {
    /// El texto del expediente que se descarga.
    pub fn texto(&self) -> String {
        match &self.original {
            Some(o) => o.get().to_string(),
            None => protocolo::formato::escribir(&self.expediente),
        }
    }
}

impl Serialize for ExpedienteGuardado {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.original {
            Some(o) => o.serialize(s),
            None => self.expediente.serialize(s),
        }
    }
}

impl Certificacion {
    /// "escenario 2 de 3" para el actual.
    pub fn posicion(&self) -> (usize, usize) {
        (
            (self.hechas.len() + 1).min(self.plan.len()),
            self.plan.len(),
        )
    }
}

/// Los escenarios terminados de una certificación, reproducidos en el motor
/// (para armar su expediente o comprobar el guardado).
pub(super) fn reproducir(hechas: &[Transcripcion]) -> Result<Vec<Sesion>, String> {
    hechas
        .iter()
        .map(|t| Sesion::reproducir(buscar(&t.escenario)?, t).map_err(|e| e.to_string()))
        .collect()
}

/// Lee una certificación guardada (la actual o una anterior).
pub(super) fn leer_certificacion(texto: &str) -> Result<Certificacion, String> {
    desde_texto::<Certificacion>(texto).map_err(|x| x.to_string())
}
