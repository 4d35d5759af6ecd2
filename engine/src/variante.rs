//! Lo que saca una semilla: el cliente, la hora, el servicio, el comercio, el
//! operador y el incidente. Misma semilla, misma variante, en todas las
//! plataformas. Aquí también se rellenan los marcadores de las líneas del
//! escenario (`{tratamiento_cliente}`, `{saludo}`…), con el trato con don/doña
//! (2.1) y el saludo según la hora (1.1).

use crate::detector::Persona;
use crate::escenario::{ClienteVariante, Escenario, OperadorVariante, Servicio};
use crate::hora::Hora;
use crate::transcripcion::Proveedor;
use serde::{Deserialize, Serialize};

/// SplitMix64: pequeño, rápido e igual en todas partes.
#[derive(Debug, Clone)]
pub struct Azar(u64);

impl Azar {
    /// Un generador que empieza en `semilla`.
    pub fn new(semilla: u64) -> Azar {
        Azar(semilla)
    }

    /// El siguiente número de 64 bits.
    pub fn siguiente(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Un índice menor que `n` (n > 0).
    pub fn indice(&mut self, n: usize) -> usize {
        (self.siguiente() % n.max(1) as u64) as usize
    }
}

/// La variante de un escenario que sacó la semilla.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Variante {
    /// El cliente.
    pub cliente: ClienteVariante,
    /// La hora del reloj simulado al empezar.
    pub hora_inicio: Hora,
    /// El servicio.
    pub servicio: Servicio,
    /// El comercio.
    pub comercio: String,
    /// El operador del Centro de Contacto.
    pub operador: OperadorVariante,
    /// El incidente, si el escenario tiene incidentes.
    #[serde(default)]
    pub incidente: Option<String>,
}

impl Variante {
    /// Saca la variante del escenario `e` con la semilla `semilla`.
    pub fn elegir(e: &Escenario, semilla: u64) -> Variante {
        let mut azar = Azar::new(semilla);
        let v = &e.variantes;
        Variante {
            cliente: v.clientes[azar.indice(v.clientes.len())].clone(),
            hora_inicio: v.horas[azar.indice(v.horas.len())],
            servicio: v.servicios[azar.indice(v.servicios.len())].clone(),
            comercio: v.comercios[azar.indice(v.comercios.len())].clone(),
            operador: v.operadores[azar.indice(v.operadores.len())].clone(),
            incidente: (!v.incidentes.is_empty())
                .then(|| v.incidentes[azar.indice(v.incidentes.len())].clone()),
        }
    }

    /// El cliente como [`Persona`], para el detector y el trato.
    pub fn persona_cliente(&self) -> Persona {
        Persona {
            nombre: self.cliente.nombre.clone(),
            genero: self.cliente.genero,
        }
    }
}

fn mayuscula(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(p) => std::iter::once(crate::texto::mayuscula(p))
            .chain(c)
            .collect(),
        None => String::new(),
    }
}

/// Rellena los `{marcadores}` de una línea del escenario; los desconocidos
/// quedan tal cual.
pub fn rellenar(
    plantilla: &str,
    v: &Variante,
    proveedor: &Proveedor,
    hora: Hora,
    minutos: u32,
) -> String {
    if !plantilla.contains('{') {
        return plantilla.to_string();
    }
    let cliente = v.persona_cliente();
    let prov = Persona {
        nombre: proveedor.nombre.clone(),
        genero: proveedor.genero,
    };
    let tratamiento = cliente.tratamiento();
    let saludo_ahora = hora.parte_del_dia().saludo();
    let valores: [(&str, String); 20] = [
        ("cliente", cliente.nombre.clone()),
        ("nombre_pila_cliente", cliente.nombre_de_pila()),
        ("tratamiento_cliente", tratamiento.clone()),
        ("Tratamiento_cliente", mayuscula(&tratamiento)),
        ("cedula", v.cliente.cedula.clone()),
        ("proveedor", proveedor.nombre.clone()),
        ("tratamiento_proveedor", prov.tratamiento()),
        ("servicio", v.servicio.nombre.clone()),
        ("trabajo", v.servicio.trabajo.clone()),
        ("comercio", v.comercio.clone()),
        ("Comercio", mayuscula(&v.comercio)),
        ("hora", hora.to_string()),
        ("hora_inicio", v.hora_inicio.to_string()),
        ("saludo", saludo_ahora.to_string()),
        ("Saludo", saludo_ahora.to_string()),
        (
            "saludo_inicio",
            v.hora_inicio.parte_del_dia().saludo().to_string(),
        ),
        ("operador", v.operador.nombre.clone()),
        ("minutos", minutos.to_string()),
        ("incidente", v.incidente.clone().unwrap_or_default()),
        ("hora_cita", v.hora_inicio.mas(30).to_string()),
    ];
    let mut salida = String::with_capacity(plantilla.len() + 32);
    let mut resto = plantilla;
    while let Some(a) = resto.find('{') {
        salida.push_str(&resto[..a]);
        let tras = &resto[a + 1..];
        match tras.find('}') {
            Some(b) => {
                let clave = &tras[..b];
                match valores.iter().find(|(k, _)| *k == clave) {
                    Some((_, valor)) => salida.push_str(valor),
                    None => {
                        salida.push('{');
                        salida.push_str(clave);
                        salida.push('}');
                    }
                }
                resto = &tras[b + 1..];
            }
            None => {
                salida.push_str(&resto[a..]);
                resto = "";
            }
        }
    }
    salida.push_str(resto);
    salida
}
