//! Lo guardado en el navegador: leerlo sin perder lo dañado (se aparta, con un
//! solo aviso), las certificaciones anteriores y lo que otra pestaña guarda.

use super::certificacion::leer_certificacion;
use super::{recuperar, Estado, Pantalla, Perfil};
use crate::almacen;
use leptos::prelude::*;
use protocolo::formato::{escribir as a_texto, leer as desde_texto};
use protocolo::historial::{Historial, Modo};

/// Lee un valor guardado; uno que no se puede leer se aparta bajo
/// `almacen::clave_apartada` (nunca se borra) y un solo aviso nombra todo lo
/// apartado (`que`: «el historial»). El detalle técnico va a la consola.
pub(super) fn recuperar_guardado<T>(
    e: &Estado,
    clave: &str,
    que: &'static str,
    leer: impl FnOnce(&str) -> Result<T, String>,
) -> Option<T> {
    let texto = almacen::leer(clave).ok().flatten()?;
    match leer(&texto) {
        Ok(v) => Some(v),
        Err(m) => {
            let _ = almacen::guardar(&almacen::clave_apartada(clave), &texto);
            almacen::borrar(clave);
            web_sys::console::warn_1(&format!("{clave}: {m}").into());
            e.apartados.update_value(|a| {
                if !a.contains(&que) {
                    a.push(que)
                }
            });
            let lista = e.apartados.with_value(|a| protocolo::texto::enumerar(a));
            e.avisar(format!(
                "Algunos datos guardados en este navegador estaban dañados y se apartaron, sin borrarlos: {lista}. Puede seguir usando la aplicación."
            ));
            None
        }
    }
}

impl Estado {
    pub(super) fn recuperar_certificacion(&self) {
        let c = recuperar_guardado(
            self,
            almacen::CLAVE_CERTIFICACION,
            "la certificación en curso",
            leer_certificacion,
        );
        self.certificacion.set(c);
    }

    /// Las certificaciones anteriores (se comprueban con el catálogo, como la actual).
    pub(super) fn recuperar_certificados(&self) {
        let v = almacen::claves_numeradas(almacen::PREFIJO_CERTIFICADOS)
            .into_iter()
            .filter_map(|(_, clave)| {
                recuperar_guardado(
                    self,
                    &clave,
                    "una certificación anterior",
                    leer_certificacion,
                )
            })
            .filter(|c| c.expediente.is_some())
            .collect();
        self.certificados.set(v);
    }

    /// La certificación actual, terminada, deja su lugar a otra: pasa a las
    /// anteriores (con el número siguiente), que el Historial sigue mostrando.
    pub(super) fn archivar_certificacion(&self) {
        let Some(c) = self
            .certificacion
            .get_untracked()
            .filter(|c| c.expediente.is_some())
        else {
            return;
        };
        let n = almacen::claves_numeradas(almacen::PREFIJO_CERTIFICADOS)
            .last()
            .map_or(1, |(n, _)| n + 1);
        self.guardar_valor(
            &format!("{}{n}", almacen::PREFIJO_CERTIFICADOS),
            &a_texto(&c),
        );
        self.certificados.update(|v| v.push(c));
    }

    pub(super) fn recuperar_perfil(&self) {
        if let Some(p) = recuperar_guardado(self, almacen::CLAVE_PERFIL, "el perfil", |t| {
            desde_texto::<Perfil>(t).map_err(|x| x.to_string())
        }) {
            self.perfil.set(p);
        }
    }

    /// El intento guardado, de vuelta en su página; `false` si no hay (o se apartó).
    pub(super) fn recuperar_intento(&self) -> bool {
        match recuperar_guardado(
            self,
            almacen::CLAVE_INTENTO,
            "el intento en curso",
            recuperar,
        ) {
            Some((modo, s)) => {
                self.restaurar_intento(modo, s);
                true
            }
            None => false,
        }
    }

    pub(super) fn recuperar_historial(&self) {
        if let Some(h) = recuperar_guardado(
            self,
            almacen::CLAVE_HISTORIAL,
            "el historial",
            Historial::leer,
        ) {
            self.historial.set(h);
        }
    }

    /// Otra pestaña guardó algo: el historial y el perfil se releen; si esta
    /// tiene una visita abierta (o una certificación a medias) y la otra guardó
    /// el intento o la certificación, esta queda en pausa: seguir aquí sin
    /// releer pisaría lo que se hizo allá.
    pub(super) fn al_guardar_otra_pestana(&self, clave: Option<&str>) {
        match clave {
            Some(almacen::CLAVE_HISTORIAL) => self.recuperar_historial(),
            Some(almacen::CLAVE_PERFIL) => self.recuperar_perfil(),
            Some(c)
                if c.starts_with(almacen::PREFIJO_CERTIFICADOS)
                    && protocolo::escenario::catalogo_disponible() =>
            {
                self.recuperar_certificados()
            }
            // (None: la otra pestaña borró todo el almacenamiento)
            Some(almacen::CLAVE_INTENTO | almacen::CLAVE_CERTIFICACION) | None => {
                let en_visita = self.sesion.with_untracked(|s| {
                    s.as_ref().is_some_and(|s| {
                        !s.terminada() || self.modo.get_untracked() == Modo::Certificacion
                    })
                });
                if en_visita {
                    self.en_pausa.set(true);
                } else if protocolo::escenario::catalogo_disponible() {
                    self.recuperar_certificacion();
                }
            }
            _ => {}
        }
    }

    /// «Seguir en esta pestaña»: relee el intento y la certificación como los
    /// dejó la otra pestaña y sigue desde ahí (lo escrito en la caja de mensaje
    /// y aún no enviado se queda en la caja).
    pub fn seguir_aqui(&self) {
        self.en_pausa.set(false);
        self.recuperar_historial();
        self.recuperar_certificacion();
        if !self.recuperar_intento() {
            self.sesion.set(None);
            self.pantalla.set(Pantalla::Inicio);
        }
        // los tiempos de la certificación no cuentan lo que se hizo en la otra pestaña
        self.tiempos.set_value((js_sys::Date::now(), Vec::new()));
    }
}
