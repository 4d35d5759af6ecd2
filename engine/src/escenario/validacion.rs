//! Las comprobaciones de un escenario al cargarlo ([`Escenario::validar`]):
//! variantes y pasos no vacíos, ids únicos, referencias a pasos, marcas y
//! marcadores que existen, ninguna línea en boca del proveedor y un orden de
//! pasos sin ciclos. Cada error dice dónde está, para quien escribe el escenario.

use super::{ErrorEscenario, Escenario, Hablante, FORMATO_ESCENARIO};
use crate::detector::Genero;
use crate::mapa::Conjunto;

impl Escenario {
    /// Comprueba que el escenario se puede jugar y calificar; el error es
    /// el primer problema encontrado.
    pub fn validar(&self) -> Result<(), ErrorEscenario> {
        if self.formato != FORMATO_ESCENARIO {
            return Err(ErrorEscenario::Formato {
                encontrado: self.formato,
            });
        }
        let v = &self.variantes;
        for (vacia, lista) in [
            (v.clientes.is_empty(), "clientes"),
            (v.horas.is_empty(), "horas"),
            (v.servicios.is_empty(), "servicios"),
            (v.comercios.is_empty(), "comercios"),
            (v.operadores.is_empty(), "operadores"),
            (self.pasos.is_empty(), "pasos"),
        ] {
            if vacia {
                return Err(ErrorEscenario::Vacio(lista));
            }
        }
        let mut ids = Conjunto::new();
        for p in &self.pasos {
            if !ids.agregar(p.id.as_str()) {
                return Err(ErrorEscenario::PasoDuplicado(p.id.clone()));
            }
            if p.puntos == 0 {
                return Err(ErrorEscenario::PasoSinPuntos(p.id.clone()));
            }
            if p.con_falta
                .iter()
                .any(|c| c.etiquetas.is_empty() && c.frases.is_empty())
            {
                return Err(ErrorEscenario::ConFaltaVacio(p.id.clone()));
            }
        }
        let existe = |donde: String, paso: &str| {
            if ids.contains_key(paso) {
                Ok(())
            } else {
                Err(ErrorEscenario::PasoDesconocido {
                    donde,
                    paso: paso.to_string(),
                })
            }
        };
        for p in &self.pasos {
            for r in &p.despues_de {
                existe(format!("el paso «{}»", p.id), &r.paso)?;
            }
            if let Some(n) = &p.necesita {
                existe(format!("el paso «{}»", p.id), &n.paso)?;
            }
        }
        for c in &self.fin.cuando {
            existe("el fin del escenario".into(), c)?;
        }
        let inicios = self.contrapartes.iter().flat_map(|c| &c.inicio);
        if self
            .inicio
            .iter()
            .chain(inicios)
            .any(|l| l.quien == Hablante::Proveedor)
        {
            return Err(ErrorEscenario::LineaDelProveedor("el inicio".into()));
        }
        for f in &self.faltas {
            if f.etiqueta.is_none() && f.frases.is_empty() && f.accion.is_none() {
                return Err(ErrorEscenario::FaltaSinDisparador(f.clave()));
            }
            if let Some(p) = &f.mientras_pendiente {
                existe(format!("la falta «{}»", f.clave()), p)?;
            }
        }
        let mut reacciones = Conjunto::new();
        for r in self.reacciones.iter().chain(&self.operador.reacciones) {
            if !reacciones.agregar(r.id.as_str()) {
                return Err(ErrorEscenario::ReaccionDuplicada(r.id.clone()));
            }
            // (otras formas de decirlo, solo si hay algo que decir)
            if r.dice.is_none() && (r.narra.is_none() || !r.o_bien.is_empty()) {
                return Err(ErrorEscenario::SinLinea(r.id.clone()));
            }
            // los turnos de la transcripción son las líneas del proveedor
            if r.quien == Some(Hablante::Proveedor) {
                return Err(ErrorEscenario::LineaDelProveedor(format!(
                    "la reacción «{}»",
                    r.id
                )));
            }
            if r.canal.is_some() == r.accion.is_some() {
                return Err(ErrorEscenario::ReaccionSinDisparador(r.id.clone()));
            }
            for p in r.si.hechos.iter().chain(&r.si.pendientes) {
                existe(format!("la reacción «{}»", r.id), p)?;
            }
        }
        // toda marca que se espera la debe poner alguna reacción
        let puestas: Conjunto<&str> = self
            .reacciones
            .iter()
            .chain(&self.operador.reacciones)
            .filter_map(|r| r.marca.as_deref().map(|m| (m, ())))
            // las de las contrapartes las pone la sesión al empezar
            .chain(self.contrapartes.iter().map(|c| (c.marca.as_str(), ())))
            .collect();
        let mut esperadas: Vec<(String, &str)> = Vec::new();
        for p in &self.pasos {
            for m in p
                .tras_marca
                .iter()
                .chain(p.plazo.iter().flat_map(|z| z.desde_marca.iter()))
            {
                esperadas.push((format!("el paso «{}»", p.id), m));
            }
        }
        // la persona en formación sabe de antemano cuándo llega cada momento
        for p in &self.pasos {
            if let Some(m) = &p.tras_marca {
                if self.momento(m).is_none() {
                    return Err(ErrorEscenario::MomentoSinDescribir {
                        paso: p.id.clone(),
                        marca: m.clone(),
                    });
                }
            }
        }
        for m in &self.momentos {
            esperadas.push(("«momentos»".into(), &m.marca));
        }
        for f in &self.faltas {
            if let Some(m) = &f.tras_marca {
                esperadas.push((format!("la falta «{}»", f.clave()), m));
            }
        }
        for r in self.reacciones.iter().chain(&self.operador.reacciones) {
            for m in r.si.marcas.iter().chain(&r.si.sin_marcas) {
                esperadas.push((format!("la reacción «{}»", r.id), m));
            }
        }
        if let Some(m) = &self.llega_con_marca {
            esperadas.push(("«llega_con_marca»".into(), m));
        }
        for (donde, m) in esperadas {
            if !puestas.contains_key(m) {
                return Err(ErrorEscenario::MarcaDesconocida {
                    donde,
                    marca: m.to_string(),
                });
            }
        }
        // todo marcador debe ser uno de los que rellena el motor
        let variante = crate::variante::Variante::elegir(&self.variantes, 0);
        let proveedor = crate::variante::Proveedor {
            nombre: "X".into(),
            genero: Genero::F,
        };
        for (donde, t) in self.plantillas() {
            let hecho =
                crate::variante::rellenar(t, &variante, &proveedor, variante.hora_inicio, 0);
            if let Some(a) = hecho.find('{') {
                let marcador: String = hecho[a..]
                    .chars()
                    .take_while(|c| *c != '}')
                    .skip(1)
                    .collect();
                return Err(ErrorEscenario::MarcadorDesconocido { donde, marcador });
            }
        }
        // el orden debe poder cumplirse: ningún paso puede venir (a través de
        // otros) después de sí mismo
        for p in &self.pasos {
            let mut pila: Vec<&str> = p.despues_de.iter().map(|r| r.paso.as_str()).collect();
            let mut vistos = Conjunto::new();
            while let Some(q) = pila.pop() {
                if q == p.id {
                    return Err(ErrorEscenario::CicloDeOrden(p.id.clone()));
                }
                if vistos.agregar(q) {
                    if let Some(qp) = self.paso(q) {
                        pila.extend(qp.despues_de.iter().map(|r| r.paso.as_str()));
                    }
                }
            }
        }
        Ok(())
    }

    /// Cada línea que puede llevar marcadores, con dónde está, para comprobarlos.
    fn plantillas(&self) -> Vec<(String, &str)> {
        let mut v: Vec<(String, &str)> = vec![("la situación".into(), self.situacion.as_str())];
        for p in &self.pasos {
            v.push((format!("el paso «{}»", p.id), &p.esperado));
            if let Some(m) = &p.mensaje_app {
                v.push((format!("el paso «{}»", p.id), m));
            }
        }
        for f in &self.faltas {
            v.push((format!("la falta «{}»", f.clave()), &f.esperado));
        }
        v.push(("el escenario".into(), &self.nadie_escucha));
        for l in &self.inicio {
            v.push(("el inicio".into(), &l.texto));
        }
        for r in self.reacciones.iter().chain(&self.operador.reacciones) {
            for t in r.dice.iter().chain(&r.narra).chain(&r.o_bien) {
                v.push((format!("la reacción «{}»", r.id), t));
            }
        }
        v.push(("el operador".into(), &self.operador.contesta));
        v.push(("el operador".into(), &self.operador.sin_reaccion));
        v.push(("el cliente".into(), &self.cliente_sin_reaccion));
        let se = &self.variantes.sin_entender;
        for (donde, lista) in [
            ("sin_entender.llegada", &se.llegada),
            ("sin_entender.trabajo", &se.trabajo),
            ("sin_entender.cierre", &se.cierre),
            ("sin_entender.operador", &se.operador),
        ] {
            for t in lista {
                v.push((format!("«{donde}»"), t));
            }
        }
        v.push(("el fin".into(), &self.fin.cierre));
        for c in &self.contrapartes {
            let donde = || format!("la contraparte «{}»", c.marca);
            v.push((donde(), &c.explicacion));
            for t in c
                .inicio
                .iter()
                .map(|l| &l.texto)
                .chain(&c.contesta)
                .chain(&c.sin_entender)
            {
                v.push((donde(), t));
            }
        }
        v
    }
}
