//! Lo que se deriva del registro único de eventos: la transcripción que se
//! guarda, los turnos y los hallazgos que califica el informe.

use super::{Evento, Sesion};
use crate::escenario::Hablante;
use crate::hora::Hora;
use crate::resultado::{Evidencia, Resultado, TurnoHecho};
use crate::transcripcion::{Transcripcion, Turno};

impl Sesion {
    /// Los turnos de la persona en formación, en orden: el evento con que
    /// empieza cada uno.
    fn turnos_del_registro(&self) -> impl Iterator<Item = (Turno, &Evento)> {
        self.eventos.iter().filter_map(|e| match e {
            Evento::Linea {
                quien: Hablante::Proveedor,
                texto,
                hora,
                a,
                ..
            } => Some((
                Turno::Dice {
                    texto: texto.clone(),
                    a: *a,
                    hora: Some(*hora),
                },
                e,
            )),
            Evento::Accion { accion, hora } => Some((
                Turno::Accion {
                    accion: *accion,
                    hora: Some(*hora),
                },
                e,
            )),
            Evento::Abandono { hora } => Some((Turno::Terminar { hora: Some(*hora) }, e)),
            _ => None,
        })
    }

    /// La hora del reloj al empezar el turno `t` (desde 0), si ya empezó.
    pub(super) fn hora_del_turno(&self, t: usize) -> Option<Hora> {
        self.turnos_del_registro()
            .nth(t)
            .and_then(|(turno, _)| match turno {
                Turno::Dice { hora, .. }
                | Turno::Accion { hora, .. }
                | Turno::Terminar { hora } => hora,
            })
    }

    /// La transcripción del intento: lo que hace falta para reproducirlo y
    /// volver a calificarlo.
    pub fn transcripcion(&self) -> Transcripcion {
        let mut t = Transcripcion::nueva(&self.escenario.id, self.semilla, self.proveedor.clone());
        t.turnos = self.turnos_del_registro().map(|(turno, _)| turno).collect();
        t
    }

    /// Lo que el calificador necesita, tipado.
    pub fn resultado(&self) -> Resultado {
        let turnos = self
            .turnos_del_registro()
            .enumerate()
            .filter_map(|(i, (turno, evento))| {
                let etiquetas = match evento {
                    Evento::Linea { etiquetas, .. } => etiquetas.clone(),
                    _ => Vec::new(),
                };
                let (evidencia, hora) = match turno {
                    Turno::Dice { texto, a, hora } => (Evidencia::Dicho { texto, canal: a }, hora),
                    Turno::Accion { accion, hora } => (Evidencia::Accion { accion }, hora),
                    // «Terminar» no es algo dicho ni hecho en la visita
                    Turno::Terminar { .. } => return None,
                };
                Some(TurnoHecho {
                    turno: i,
                    hora: hora.unwrap_or(self.reloj),
                    evidencia,
                    etiquetas,
                })
            })
            .collect();
        let hallazgos = self
            .eventos
            .iter()
            .filter_map(|e| match e {
                Evento::Hallazgo(h) => Some(h.clone()),
                _ => None,
            })
            .collect();
        Resultado {
            escenario: self.escenario.clone(),
            variante: self.variante.clone(),
            semilla: self.semilla,
            proveedor: self.proveedor.clone(),
            hechos: self.hechos.clone(),
            turnos,
            hallazgos,
            hora_fin: self.reloj,
            terminado_antes: self
                .eventos
                .iter()
                .any(|e| matches!(e, Evento::Abandono { .. })),
        }
    }
}
