//! Cumplir los pasos del protocolo: el orden (lo que debía venir antes), los
//! plazos («de inmediato») y las faltas, cada uno con su hallazgo en el
//! momento en que ocurre.

use super::{Evento, Sesion};
use crate::escenario::{Accion, Cumple, Falta, Paso};
use crate::hallazgo::{Hallazgo, TipoHallazgo};
use crate::hora::Hora;
use crate::resultado::{Cumplido, Evidencia};

impl Sesion {
    /// Cumple el primer paso pendiente de esta acción cuyo requisito duro se
    /// cumple; si no, la aplicación dice por qué se niega. Devuelve los minutos
    /// que tomó la acción.
    pub(super) fn cumplir_accion(&mut self, accion: Accion) -> Option<u32> {
        let con_accion: Vec<Paso> = self
            .escenario
            .pasos
            .iter()
            .filter(|p| matches!(p.cumple, Cumple::Accion { accion: a } if a == accion))
            .cloned()
            .collect();
        let del_telefono = matches!(accion, Accion::LlamarCentro | Accion::Colgar);
        if con_accion.is_empty() {
            if !del_telefono {
                self.decir_app(&format!("Acción registrada: {}.", accion.texto()));
            }
            return None;
        }
        let pendientes: Vec<&Paso> = con_accion
            .iter()
            .filter(|p| !self.hechos.contains_key(&p.id) && self.marca_puesta(&p.tras_marca))
            .collect();
        if pendientes.is_empty() {
            if !del_telefono {
                let ya = con_accion.iter().all(|p| self.hechos.contains_key(&p.id));
                let texto = if ya {
                    "Esta acción ya quedó registrada.".to_string()
                } else {
                    format!("Acción registrada: {}.", accion.texto())
                };
                self.decir_app(&texto);
            }
            return None;
        }
        let posible = pendientes.iter().find(|p| {
            p.necesita
                .as_ref()
                .is_none_or(|n| self.hechos.contains_key(&n.paso))
        });
        match posible {
            Some(p) => {
                let p = (*p).clone();
                self.cumplir(&p, Evidencia::Accion { accion }, false);
                if let Some(m) = &p.mensaje_app {
                    let texto = self.rellenar_con(m, p.minutos.unwrap_or(1));
                    self.decir_app(&texto);
                }
                Some(p.minutos.unwrap_or(1))
            }
            None => {
                let mensaje = pendientes[0]
                    .necesita
                    .as_ref()
                    .map(|n| n.mensaje.clone())
                    .unwrap_or_default();
                self.decir_app(&mensaje);
                None
            }
        }
    }

    /// Si la falta cuenta ahora (su marca puesta, su paso aún pendiente).
    pub(super) fn falta_vigente(&self, f: &Falta) -> bool {
        self.marca_puesta(&f.tras_marca)
            && f.mientras_pendiente
                .as_ref()
                .is_none_or(|p| !self.hechos.contains_key(p))
    }

    /// Un hallazgo de este turno, con lo dicho o hecho como evidencia.
    fn hallazgo(&self, evidencia: &Evidencia, h: HallazgoNuevo) -> Hallazgo {
        Hallazgo {
            seccion: h.seccion,
            paso: h.paso,
            etiqueta: h.etiqueta,
            falta: h.falta,
            tipo: h.tipo,
            dimension: h.dimension,
            mensaje: h.mensaje,
            dicho: evidencia.texto(),
            esperado: h.esperado,
            puntos: h.puntos,
            critico: h.tipo == TipoHallazgo::Critico,
            turno: Some(self.turno_actual()),
            hora: self.reloj,
            origen: Some(evidencia.origen()),
        }
    }

    /// Un hallazgo sobre el paso `p` (su orden o su plazo).
    fn hallazgo_de_paso(
        &self,
        p: &Paso,
        evidencia: &Evidencia,
        tipo: TipoHallazgo,
        mensaje: String,
        puntos: u32,
    ) -> Hallazgo {
        let nuevo = HallazgoNuevo {
            seccion: p.seccion.clone(),
            paso: Some(p.id.clone()),
            etiqueta: None,
            falta: None,
            tipo,
            dimension: p.dimension,
            mensaje,
            esperado: self.rellenar(&p.esperado),
            puntos,
        };
        self.hallazgo(evidencia, nuevo)
    }

    pub(super) fn registrar_falta(&mut self, f: &Falta, evidencia: &Evidencia) {
        let h = self.hallazgo(
            evidencia,
            HallazgoNuevo {
                seccion: f.seccion.clone(),
                paso: None,
                etiqueta: f.etiqueta,
                falta: Some(f.clave()),
                tipo: if f.critico {
                    TipoHallazgo::Critico
                } else {
                    TipoHallazgo::Falta
                },
                dimension: f.dimension,
                mensaje: f.mensaje.clone(),
                esperado: self.rellenar(&f.esperado),
                puntos: f.puntos,
            },
        );
        self.emitir(Evento::Hallazgo(h));
    }

    /// Cuándo venció un paso: sus requisitos hechos y su marca puesta (el
    /// turno, -1 para el comienzo) y la hora del reloj entonces.
    fn vencimiento(&self, p: &Paso) -> (i64, Hora) {
        let mut turno: i64 = -1;
        let mut hora = self.variante.hora_inicio;
        let mut considerar = |t: usize, h: Hora| {
            if t as i64 > turno {
                turno = t as i64;
                hora = h;
            }
        };
        for r in &p.despues_de {
            if let Some(c) = self.hechos.get(&r.paso) {
                considerar(c.turno, c.hora);
            }
        }
        let marca = p
            .plazo
            .as_ref()
            .and_then(|z| z.desde_marca.as_ref())
            .or(p.tras_marca.as_ref());
        if let Some(t) = marca.and_then(|m| self.marcas.get(m)) {
            // el reloj después del turno que puso la marca
            let h = self.hora_del_turno(*t + 1).unwrap_or(self.reloj);
            considerar(*t, h);
        }
        (turno, hora)
    }

    /// Marca un paso como hecho (`con_falta`: en una forma equivocada), con
    /// las comprobaciones de orden y de plazo.
    pub(super) fn cumplir(&mut self, p: &Paso, evidencia: Evidencia, con_falta: bool) {
        let turno = self.turno_actual();
        let faltaban: Vec<_> = p
            .despues_de
            .iter()
            .filter(|r| !self.hechos.contains_key(&r.paso))
            .cloned()
            .collect();
        for r in &faltaban {
            let Some(previo) = self.escenario.paso(&r.paso).cloned() else {
                continue;
            };
            let tipo = if r.critico {
                TipoHallazgo::Critico
            } else {
                TipoHallazgo::FueraDeOrden
            };
            let mensaje = format!(
                "{}«{}» se hizo antes de «{}».",
                if r.critico { "Error crítico: " } else { "" },
                p.titulo,
                previo.titulo
            );
            let puntos = if r.critico { 0 } else { p.costo_desorden() };
            let h = self.hallazgo_de_paso(p, &evidencia, tipo, mensaje, puntos);
            self.emitir(Evento::Hallazgo(h));
        }
        let en_orden = faltaban.is_empty();
        let (mut retraso, mut minutos_tarde) = (0, 0);
        if let Some(z) = &p.plazo {
            let (debido, hora_debida) = self.vencimiento(p);
            let pasaron = turno as i64 - debido;
            if pasaron > z.turnos as i64 {
                retraso = (pasaron - z.turnos as i64) as u32;
                minutos_tarde = (self.reloj.minutos_desde_medianoche() as u32 + 1440
                    - hora_debida.minutos_desde_medianoche() as u32)
                    % 1440;
                let mensaje = format!(
                    "«{}» llegó tarde: {} turno{} después de lo debido{}.",
                    p.titulo,
                    retraso,
                    if retraso == 1 { "" } else { "s" },
                    if minutos_tarde > 0 {
                        format!(" ({minutos_tarde} minutos desde que correspondía)")
                    } else {
                        String::new()
                    }
                );
                let puntos = (retraso * z.costo_por_turno).min(p.puntos);
                // más allá del límite, «de inmediato» no se cumplió: error crítico
                let limite = z
                    .critico_tras
                    .filter(|l| retraso > l.turnos || minutos_tarde > l.minutos);
                let (tipo, mensaje) = match limite {
                    Some(l) => (
                        TipoHallazgo::Critico,
                        format!(
                            "Error crítico: {mensaje} «De inmediato» admite a lo sumo {} turnos o {} minutos de retraso.",
                            l.turnos, l.minutos
                        ),
                    ),
                    None => (TipoHallazgo::Tardio, mensaje),
                };
                let h = self.hallazgo_de_paso(p, &evidencia, tipo, mensaje, puntos);
                self.emitir(Evento::Hallazgo(h));
            }
        }
        self.hechos.insert(
            p.id.clone(),
            Cumplido {
                turno,
                hora: self.reloj,
                evidencia,
                faltaban: faltaban.into_iter().map(|r| r.paso).collect(),
                retraso,
                minutos_tarde,
                con_falta,
            },
        );
        self.emitir(Evento::PasoCumplido {
            paso: p.id.clone(),
            titulo: p.titulo.clone(),
            seccion: p.seccion.clone(),
            en_orden,
        });
    }
}

/// Lo propio de cada hallazgo nuevo; el turno, la hora, lo dicho y el
/// origen los pone [`Sesion::hallazgo`].
struct HallazgoNuevo {
    seccion: String,
    paso: Option<String>,
    etiqueta: Option<crate::detector::Etiqueta>,
    falta: Option<String>,
    tipo: TipoHallazgo,
    dimension: crate::escenario::Dimension,
    mensaje: String,
    esperado: String,
    puntos: u32,
}
