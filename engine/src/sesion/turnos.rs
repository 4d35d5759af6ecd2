//! Lo que hace la persona en formación: decir algo, pulsar un botón de la
//! aplicación o del teléfono, o terminar el intento. Cada llamada es un turno:
//! sus eventos entran al registro y se devuelven a la interfaz.

use super::{Evento, Sesion, MAX_TEXTO};
use crate::detector::{detectar, Contexto, Interlocutor};
use crate::escenario::{Accion, Cumple, Falta, Hablante, Paso};
use crate::resultado::Evidencia;
use std::sync::Arc;

impl Sesion {
    /// Como [`Sesion::decir`], pero dictado con la voz: se califica igual y
    /// la transcripción lo anota ([`crate::Transcripcion::dictados`]).
    pub fn dictar(&mut self, texto: &str) -> Vec<Evento> {
        let eventos = self.decir(texto);
        if !eventos.is_empty() {
            let turno = self.turnos_del_registro().count().saturating_sub(1);
            self.dictados.push(turno as u32);
        }
        eventos
    }

    /// La persona en formación le dice algo a quien esté en la línea.
    pub fn decir(&mut self, texto: &str) -> Vec<Evento> {
        if self.terminada {
            return Vec::new();
        }
        let texto: String = texto.trim().chars().take(MAX_TEXTO).collect();
        if texto.is_empty() {
            return Vec::new();
        }
        let desde = self.eventos.len();
        self.turnos += 1;
        let Some(canal) = self.interlocutor() else {
            // nadie la oye: la línea queda, no se califica
            self.emitir(Evento::Linea {
                quien: Hablante::Proveedor,
                texto,
                hora: self.reloj,
                a: None,
                etiquetas: Vec::new(),
            });
            let aviso = self.linea(
                Hablante::Narrador,
                self.rellenar(&self.escenario.nadie_escucha),
            );
            self.emitir(aviso);
            return self.eventos[desde..].to_vec();
        };
        let ctx = Contexto {
            hora: self.reloj,
            cliente: self.variante.persona_cliente(),
            proveedor: self.proveedor.nombre.clone(),
            interlocutor: canal,
        };
        let etiquetas = detectar(&texto, &ctx).lista();
        let plegado = crate::texto::plegado_con_bordes(&texto);
        self.emitir(Evento::Linea {
            quien: Hablante::Proveedor,
            texto: texto.clone(),
            hora: self.reloj,
            a: Some(canal),
            etiquetas: etiquetas.clone(),
        });
        let evidencia = Evidencia::Dicho {
            texto,
            canal: Some(canal),
        };

        // pasos que cumple lo dicho, bien o en una forma equivocada (el saludo
        // con otra parte del día): hecho igual, y la falta cuenta aparte
        let mut cumplidos: Vec<(Paso, bool)> = Vec::new();
        let mut antes_de_tiempo: Vec<Evento> = Vec::new();
        // a la persona empleada que abrió la puerta (una contraparte) no se le
        // cumplen los pasos de la visita: se atiende a quien pidió el servicio (1.1)
        let en_la_puerta = self.atiende_tercero() && self.escenario.tercero.is_none();
        for p in self.escenario.pasos.iter() {
            if en_la_puerta
                && canal == Interlocutor::Cliente
                && !self.escenario.espera_contraparte(p)
            {
                continue;
            }
            let a_tiempo = self.marca_puesta(&p.tras_marca);
            let pendiente = !self.hechos.contains_key(&p.id)
                && a_tiempo
                && (!p.espera_requisitos
                    || p.despues_de
                        .iter()
                        .all(|r| self.hechos.contains_key(&r.paso)));
            let Cumple::Decir {
                contenido,
                canal: c,
            } = &p.cumple
            else {
                continue;
            };
            if *c != canal {
                continue;
            }
            if !pendiente {
                // lo que cumpliría un paso cuyo momento aún no llega no cuenta,
                // y el informe lo dice (el rechazo antes del ofrecimiento)
                if !a_tiempo
                    && !self.hechos.contains_key(&p.id)
                    && !self.escenario.espera_contraparte(p)
                    && contenido.se_cumple(&etiquetas, &plegado)
                {
                    antes_de_tiempo.push(Evento::AntesDeTiempo {
                        paso: p.id.clone(),
                        titulo: p.titulo.clone(),
                    });
                }
                continue;
            }
            if contenido.se_cumple(&etiquetas, &plegado) {
                cumplidos.push((p.clone(), false));
            } else if p
                .con_falta
                .iter()
                .any(|x| x.se_cumple(&etiquetas, &plegado))
            {
                cumplidos.push((p.clone(), true));
            }
        }
        for (p, con_falta) in &cumplidos {
            self.cumplir(p, evidencia.clone(), *con_falta);
        }
        for e in antes_de_tiempo {
            self.emitir(e);
        }

        // faltas (grosería, trato informal, nombre equivocado, aceptar un trago…)
        let faltas: Vec<Falta> = self
            .escenario
            .faltas
            .iter()
            .filter(|f| f.canal.is_none_or(|c| c == canal) && self.falta_vigente(f))
            .filter(|f| {
                f.contenido()
                    .is_some_and(|c| !c.vacio() && c.se_cumple(&etiquetas, &plegado))
            })
            .cloned()
            .collect();
        for f in &faltas {
            self.registrar_falta(f, &evidencia);
        }

        // responde la contraparte (el escenario se comparte: sus reacciones no se copian)
        let escenario = Arc::clone(&self.escenario);
        let reacciones = if canal == Interlocutor::Operador {
            &escenario.operador.reacciones
        } else {
            &escenario.reacciones
        };
        let (dijo, _) = self.reaccionar(reacciones, Some((canal, &etiquetas, &plegado)), None, 0);
        if !dijo {
            let linea = self.sin_entender(canal);
            self.emitir(linea);
            // nada reconocido: el paso que quizá buscaba
            if etiquetas.is_empty() {
                if let Some(p) = self.pista() {
                    self.emitir(Evento::Sugerencia {
                        seccion: p.seccion,
                        titulo: p.titulo,
                    });
                }
            }
        }
        self.avanzar(self.escenario.minutos_por_turno);
        self.comprobar_fin();
        self.eventos[desde..].to_vec()
    }

    /// Lo que responde quien oyó, a su manera y según el momento de la visita,
    /// cuando nada del escenario corresponde a lo dicho: una de las formas de
    /// [`crate::variante::SinEntender`], elegida por la semilla y el turno, o
    /// la línea fija del escenario. La persona del comercio que atiende la
    /// puerta (si no está el cliente) dice la suya.
    fn sin_entender(&self, canal: Interlocutor) -> Evento {
        let v = &self.escenario.variantes.sin_entender;
        let hecha = |a: Accion| {
            self.eventos
                .iter()
                .any(|e| matches!(e, Evento::Accion { accion, .. } if *accion == a))
        };
        let (quien, formas, fija) = match canal {
            Interlocutor::Operador => (
                Hablante::Operador,
                self.activas()
                    .map(|c| &c.sin_entender)
                    .find(|l| !l.is_empty())
                    .unwrap_or(&v.operador),
                &self.escenario.operador.sin_reaccion,
            ),
            Interlocutor::Cliente if self.atiende_tercero() => (
                Hablante::Tercero,
                &Vec::new(),
                &self.escenario.cliente_sin_reaccion,
            ),
            Interlocutor::Cliente => (
                Hablante::Cliente,
                if hecha(Accion::FinalizarServicio) {
                    &v.cierre
                } else if hecha(Accion::IniciarServicio) {
                    &v.trabajo
                } else {
                    &v.llegada
                },
                &self.escenario.cliente_sin_reaccion,
            ),
        };
        let plantilla = match formas.split_first() {
            Some((primera, otras)) => self.una_forma(primera, otras, "sin_entender"),
            None => fija,
        };
        self.linea(quien, self.rellenar(plantilla))
    }

    /// La persona en formación pulsa un botón de la aplicación o el teléfono.
    pub fn accion(&mut self, accion: Accion) -> Vec<Evento> {
        if self.terminada {
            return Vec::new();
        }
        let desde = self.eventos.len();
        self.turnos += 1;
        self.emitir(Evento::Accion {
            accion,
            hora: self.reloj,
        });
        let mut minutos = 1;
        match accion {
            Accion::LlamarCentro if self.llamada => {
                self.decir_app("Ya está en llamada con el Centro de Contacto.");
            }
            Accion::LlamarCentro => {
                self.llamada = true;
                self.emitir(Evento::Llamada { abierta: true });
                let l = self.linea(
                    Hablante::Narrador,
                    "(Llama al Centro de Contacto del INS.)".into(),
                );
                self.emitir(l);
                // el estilo del operador que tocó, o la línea del escenario
                let contesta = match self.activas().find_map(|c| c.contesta.split_first()) {
                    Some((primera, otras)) => self.una_forma(primera, otras, "contesta"),
                    None => &self.escenario.operador.contesta,
                };
                let contesta = self.rellenar(contesta);
                let l = self.linea(Hablante::Operador, contesta);
                self.emitir(l);
                self.cumplir_accion(accion);
            }
            Accion::Colgar if !self.llamada => {
                self.decir_app("No hay ninguna llamada en curso.");
            }
            Accion::Colgar => {
                self.llamada = false;
                self.emitir(Evento::Llamada { abierta: false });
                let l = self.linea(
                    Hablante::Narrador,
                    "(Termina la llamada con el Centro de Contacto.)".into(),
                );
                self.emitir(l);
                self.cumplir_accion(accion);
            }
            _ => {
                if let Some(m) = self.cumplir_accion(accion) {
                    minutos = m;
                }
            }
        }
        let faltas: Vec<Falta> = self
            .escenario
            .faltas
            .iter()
            .filter(|f| f.accion == Some(accion) && self.falta_vigente(f))
            .cloned()
            .collect();
        for f in &faltas {
            self.registrar_falta(f, &Evidencia::Accion { accion });
        }
        let escenario = Arc::clone(&self.escenario);
        let (_, interrumpida) = self.reaccionar(&escenario.reacciones, None, Some(accion), minutos);
        // interrumpida (el incidente a mitad del trabajo): sigue un minuto después
        self.avanzar(if interrumpida { 1 } else { minutos });
        self.comprobar_fin();
        self.eventos[desde..].to_vec()
    }

    /// Termina el intento ahora («Terminar»); los pasos que falten cuentan
    /// como omitidos.
    pub fn terminar(&mut self) -> Vec<Evento> {
        if self.terminada {
            return Vec::new();
        }
        let desde = self.eventos.len();
        self.turnos += 1;
        self.terminada = true;
        self.emitir(Evento::Abandono { hora: self.reloj });
        let l = self.linea(
            Hablante::Narrador,
            "(La persona en formación terminó el intento.)".into(),
        );
        self.emitir(l);
        self.emitir(Evento::Terminado);
        self.eventos[desde..].to_vec()
    }

    /// Una línea de la aplicación Aliados INS Servicios.
    pub(super) fn decir_app(&mut self, texto: &str) {
        let l = self.linea(Hablante::Aplicacion, texto.to_string());
        self.emitir(l);
    }
}
