//! Lo que responden el cliente y el operador del Centro de Contacto (las
//! reacciones del escenario) y cuándo termina la visita.

use super::{Evento, Sesion};
use crate::contrapartes::MARCA_LLEGA_CLIENTE;
use crate::detector::{Etiqueta, Interlocutor};
use crate::escenario::{Accion, Hablante, Reaccion};

impl Sesion {
    fn cumple_condicion(&self, r: &Reaccion, etiquetas: &[Etiqueta], plegado: &str) -> bool {
        let c = &r.si;
        let contiene = |f: &String| crate::texto::contiene_frase(plegado, f);
        let pide_algo = !c.etiquetas.is_empty() || !c.frases.is_empty();
        (!pide_algo
            || c.etiquetas.iter().any(|e| etiquetas.contains(e))
            || c.frases.iter().any(contiene))
            && c.hechos.iter().all(|p| self.hechos.contains_key(p))
            && c.pendientes.iter().all(|p| !self.hechos.contains_key(p))
            && c.marcas.iter().all(|m| self.marcas.contains_key(m))
            && c.sin_marcas.iter().all(|m| !self.marcas.contains_key(m))
            && r.veces
                .is_none_or(|v| self.usos.get(&r.id).copied().unwrap_or(0) < v)
    }

    /// Dispara en orden las reacciones que corresponden a lo dicho (por
    /// `canal`) o a la acción; devuelve si alguien habló y si alguna
    /// interrumpió la acción ([`Reaccion::interrumpe`]).
    pub(super) fn reaccionar(
        &mut self,
        reacciones: &[Reaccion],
        dicho: Option<(Interlocutor, &[Etiqueta], &str)>,
        accion: Option<Accion>,
        minutos: u32,
    ) -> (bool, bool) {
        let mut hablo = false;
        let mut interrumpe = false;
        for r in reacciones {
            let dispara = match (dicho, accion) {
                (Some((canal, _, _)), _) => r.canal == Some(canal),
                (_, Some(a)) => r.accion == Some(a),
                _ => false,
            };
            let etiquetas = dicho.map(|(_, e, _)| e).unwrap_or(&[]);
            let plegado = dicho.map(|(_, _, p)| p).unwrap_or("");
            if !dispara || !self.cumple_condicion(r, etiquetas, plegado) {
                continue;
            }
            // a una acción no responde un cliente que no está (salvo al llegar)
            let habla_el_cliente = r.dice.is_some()
                && dicho.is_none()
                && r.quien.unwrap_or(Hablante::Cliente) == Hablante::Cliente;
            if habla_el_cliente
                && !self.cliente_presente()
                && !r.marca.as_ref().is_some_and(|m| {
                    m == MARCA_LLEGA_CLIENTE || Some(m) == self.escenario.llega_con_marca.as_ref()
                })
            {
                continue;
            }
            *self.usos.o_defecto(r.id.clone()) += 1;
            if let Some(m) = &r.marca {
                let turno = self.turno_actual();
                self.marcas.o_insertar(m.clone(), || turno);
            }
            if r.acuerda_hora {
                let w: Vec<&str> = plegado.split_whitespace().collect();
                if let Some(h) = crate::hora_propuesta::hora_propuesta(&w, self.reloj) {
                    self.hora_acordada = Some(h);
                }
            }
            // a la hora acordada, si aún no pasó (y es de hoy: menos de 12 horas)
            let hasta_acordada = self
                .hora_acordada
                .filter(|_| r.llega_a_la_hora_acordada)
                .map(|h| {
                    (h.minutos_desde_medianoche() as u32 + 1440
                        - self.reloj.minutos_desde_medianoche() as u32)
                        % 1440
                })
                .filter(|m| (1..=12 * 60).contains(m));
            if let Some(m) = hasta_acordada.or(r.avanza) {
                self.avanzar(m);
            }
            interrumpe |= r.interrumpe;
            if let Some(n) = &r.narra {
                let t = self.rellenar_con(n, minutos);
                let l = self.linea(Hablante::Narrador, t);
                self.emitir(l);
            }
            if let Some(d) = &r.dice {
                let quien = r.quien.unwrap_or(
                    if dicho.is_some_and(|(c, _, _)| c == Interlocutor::Operador) {
                        Hablante::Operador
                    } else if self.atiende_tercero() {
                        // quien atiende en vez del cliente responde por él
                        Hablante::Tercero
                    } else {
                        Hablante::Cliente
                    },
                );
                let t = self.rellenar_con(self.una_forma(d, &r.o_bien, &r.id), minutos);
                let l = self.linea(quien, t);
                self.emitir(l);
                hablo = true;
            }
            if !r.sigue {
                break;
            }
        }
        (hablo, interrumpe)
    }

    /// Termina la visita cuando se cumplieron los pasos de su final (y se
    /// colgó, si el escenario lo pide).
    pub(super) fn comprobar_fin(&mut self) {
        let colgado = !self.escenario.fin.tras_colgar || !self.llamada;
        if !self.terminada
            && colgado
            && self
                .escenario
                .fin
                .cuando
                .iter()
                .all(|p| self.hechos.contains_key(p))
        {
            let cierre = self.rellenar(&self.escenario.fin.cierre);
            let l = self.linea(Hablante::Narrador, cierre);
            self.emitir(l);
            self.terminada = true;
            self.emitir(Evento::Terminado);
        }
    }
}
