//! Lo que saca una semilla: el cliente, la hora, el servicio, el comercio, el
//! operador y el incidente. Misma semilla, misma variante, en todas las
//! plataformas. Aquí también se rellenan los marcadores de las líneas del
//! escenario (`{tratamiento_cliente}`, `{saludo}`…), con el trato con don/doña
//! (2.1) y el saludo según la hora (1.1).

use crate::detector::Genero;
use crate::detector::Persona;
use crate::hora::Hora;
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

/// Un cliente posible de un escenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClienteVariante {
    /// El nombre completo (`{cliente}` en las líneas).
    pub nombre: String,
    /// Su género, que decide don o doña.
    pub genero: Genero,
    /// Su cédula (`{cedula}`).
    pub cedula: String,
}

/// Un servicio posible de un escenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Servicio {
    /// La clase de servicio, «cerrajería» (`{servicio}`).
    pub nombre: String,
    /// El trabajo que hay que hacer, «cambiar la cerradura…» (`{trabajo}`).
    pub trabajo: String,
}

/// Un operador posible del Centro de Contacto.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperadorVariante {
    /// Su nombre (`{operador}`).
    pub nombre: String,
    /// Su género.
    pub genero: Genero,
}

/// De dónde saca la semilla la variante de un intento. En el archivo de un
/// escenario, una lista que falta (o vacía) se toma del reparto común
/// (`scenarios/reparto.json`, ver [`Variantes::completar`]).
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct Variantes {
    /// Los clientes posibles.
    #[serde(default)]
    pub clientes: Vec<ClienteVariante>,
    /// Las horas de inicio posibles del reloj simulado.
    #[serde(default)]
    pub horas: Vec<Hora>,
    /// Los servicios posibles.
    #[serde(default)]
    pub servicios: Vec<Servicio>,
    /// Los comercios posibles (`{comercio}`).
    #[serde(default)]
    pub comercios: Vec<String>,
    /// Los operadores posibles del Centro de Contacto.
    #[serde(default)]
    pub operadores: Vec<OperadorVariante>,
    /// Lo que pasa en este escenario (`{incidente}`), sacado por la semilla.
    #[serde(default)]
    pub incidentes: Vec<String>,
    /// Lo que responden el cliente y el operador cuando nada del escenario
    /// corresponde a lo dicho.
    #[serde(default)]
    pub sin_entender: SinEntender,
}

/// Lo que responde cada contraparte, a su manera y según el momento de la
/// visita, cuando nada del escenario corresponde a lo dicho. Cada lista trae
/// varias formas de decirlo: la semilla y el turno eligen una. Una lista vacía
/// deja la línea fija del escenario (`cliente_sin_reaccion`,
/// `operador.sin_reaccion`).
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct SinEntender {
    /// El cliente, antes de que empiece el servicio (la llegada, la presentación).
    #[serde(default)]
    pub llegada: Vec<String>,
    /// El cliente, con el servicio empezado.
    #[serde(default)]
    pub trabajo: Vec<String>,
    /// El cliente, con el servicio finalizado (la despedida).
    #[serde(default)]
    pub cierre: Vec<String>,
    /// El operador del Centro de Contacto, en una llamada.
    #[serde(default)]
    pub operador: Vec<String>,
}

impl Variantes {
    /// Llena las listas vacías con las del reparto común.
    pub fn completar(&mut self, reparto: &Variantes) {
        if self.clientes.is_empty() {
            self.clientes = reparto.clientes.clone();
        }
        if self.horas.is_empty() {
            self.horas = reparto.horas.clone();
        }
        if self.servicios.is_empty() {
            self.servicios = reparto.servicios.clone();
        }
        if self.comercios.is_empty() {
            self.comercios = reparto.comercios.clone();
        }
        if self.operadores.is_empty() {
            self.operadores = reparto.operadores.clone();
        }
        if self.incidentes.is_empty() {
            self.incidentes = reparto.incidentes.clone();
        }
        let (propio, comun) = (&mut self.sin_entender, &reparto.sin_entender);
        for (lista, del_reparto) in [
            (&mut propio.llegada, &comun.llegada),
            (&mut propio.trabajo, &comun.trabajo),
            (&mut propio.cierre, &comun.cierre),
            (&mut propio.operador, &comun.operador),
        ] {
            if lista.is_empty() {
                lista.clone_from(del_reparto);
            }
        }
    }
}

/// La persona en formación, que hace de proveedor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Proveedor {
    /// Su nombre completo (`{proveedor}` en las líneas).
    pub nombre: String,
    /// Cómo se dirige el operador al proveedor (don/doña).
    pub genero: Genero,
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
    /// Saca con la semilla `semilla` la variante de las listas `v` (las de
    /// un escenario, ya completadas con el reparto).
    pub fn elegir(v: &Variantes, semilla: u64) -> Variante {
        let mut azar = Azar::new(semilla);
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
    rellenar_en_sesion(plantilla, v, proveedor, hora, minutos, None)
}

/// Como [`rellenar`], con lo que ya pasó en la visita: la hora que acordó la
/// persona con el Centro de Contacto (`{hora_acordada}`; sin ella, «la que
/// usted indicó»).
pub fn rellenar_en_sesion(
    plantilla: &str,
    v: &Variante,
    proveedor: &Proveedor,
    hora: Hora,
    minutos: u32,
    acordada: Option<Hora>,
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
    // lo que el personal del comercio dice de quien pidió el servicio, en su género
    let (dueno, al_dueno, pronombre) = match cliente.genero {
        Genero::M => ("el dueño", "al dueño", "él"),
        Genero::F => ("la dueña", "a la dueña", "ella"),
    };
    let duracion = if minutos == 1 {
        "1 minuto".to_string()
    } else {
        format!("{minutos} minutos")
    };
    let valores: [(&str, String); 26] = [
        ("cliente", cliente.nombre.clone()),
        ("nombre_pila_cliente", cliente.nombre_de_pila()),
        ("tratamiento_cliente", tratamiento.clone()),
        ("Tratamiento_cliente", mayuscula(&tratamiento)),
        ("cedula", v.cliente.cedula.clone()),
        ("proveedor", proveedor.nombre.clone()),
        ("tratamiento_proveedor", prov.tratamiento()),
        ("nombre_pila_proveedor", prov.nombre_de_pila()),
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
        ("duracion", duracion),
        ("dueno_cliente", dueno.to_string()),
        ("al_dueno_cliente", al_dueno.to_string()),
        ("pronombre_cliente", pronombre.to_string()),
        ("incidente", v.incidente.clone().unwrap_or_default()),
        ("hora_cita", v.hora_inicio.mas(30).to_string()),
        (
            "hora_acordada",
            acordada.map_or_else(|| "la que usted indicó".into(), |h| h.to_string()),
        ),
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
