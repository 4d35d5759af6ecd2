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
    pub(super) fn turnos_del_registro(&self) -> impl Iterator<Item = (Turno, &Evento)> {
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
        if self.tiempos.len() == t.turnos.len() {
            t.tiempos = self.tiempos.clone();
        }
        t.dictados = self.dictados.clone();
        t.contrapartes = self.contrapartes.clone();
        t
    }

    /// Cuántas veces el reloj pasó la medianoche desde el comienzo.
    fn medianoches(&self) -> u32 {
        let mut antes = self.variante.hora_inicio;
        let mut dias = 0;
        for e in &self.eventos {
            if let Evento::Reloj { hora } = e {
                if hora.minutos_desde_medianoche() < antes.minutos_desde_medianoche() {
                    dias += 1;
                }
                antes = *hora;
            }
        }
        dias
    }

    /// Lo que el calificador necesita, tipado.
    pub fn resultado(&self) -> Resultado {
        // lo que pasó en cada turno: los eventos desde su comienzo hasta el siguiente
        let mut turnos: Vec<TurnoHecho> = Vec::new();
        let mut actual: Option<usize> = None;
        let mut n = 0;
        for e in &self.eventos {
            let (evidencia, hora, etiquetas) = match e {
                Evento::Linea {
                    quien: Hablante::Proveedor,
                    texto,
                    hora,
                    a,
                    etiquetas,
                } => (
                    Evidencia::Dicho {
                        texto: texto.clone(),
                        canal: *a,
                    },
                    *hora,
                    etiquetas.clone(),
                ),
                Evento::Accion { accion, hora } => {
                    (Evidencia::Accion { accion: *accion }, *hora, Vec::new())
                }
                // «Terminar» no es algo dicho ni hecho en la visita
                Evento::Abandono { .. } => {
                    actual = None;
                    continue;
                }
                Evento::PasoCumplido { paso, .. } => {
                    if let Some(t) = actual.and_then(|i| turnos.get_mut(i)) {
                        t.pasos.push(paso.clone());
                    }
                    continue;
                }
                Evento::AntesDeTiempo { paso, .. } => {
                    if let Some(t) = actual.and_then(|i| turnos.get_mut(i)) {
                        t.antes_de_tiempo.push(paso.clone());
                    }
                    continue;
                }
                _ => continue,
            };
            actual = Some(turnos.len());
            turnos.push(TurnoHecho {
                turno: n,
                hora,
                evidencia,
                etiquetas,
                pasos: Vec::new(),
                antes_de_tiempo: Vec::new(),
            });
            n += 1;
        }
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
            dias: self.medianoches(),
            terminado_antes: self
                .eventos
                .iter()
                .any(|e| matches!(e, Evento::Abandono { .. })),
            marcas: self.marcas.keys().cloned().collect(),
            contrapartes: self.explicaciones(),
        }
    }
}
