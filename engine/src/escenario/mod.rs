//! The scenario model: protocol steps, client and operator lines and the
//! scoring rubric, all as data (JSON files under `scenarios/`), validated on load.

mod catalogo;
mod validacion;

pub use catalogo::{buscar, catalogo, version_contenido};

use crate::detector::{Etiqueta, Genero, Interlocutor};
use crate::hora::Hora;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The scenario file format this engine reads.
pub const FORMATO_ESCENARIO: u32 = 1;

crate::enumeracion! {
    /// Las tres dimensiones que califica un informe.
    #[derive(Default)]
    pub enum Dimension ("dimensión") {
        #[default]
        Cortesia = "cortesia", "Cortesía";
        Procedimiento = "procedimiento", "Procedimiento";
        Escalamiento = "escalamiento", "Escalamiento";
    }
}

crate::enumeracion! {
    /// Lo que la persona en formación hace en la aplicación del proveedor
    /// «Aliados INS Servicios» (o en el teléfono, para la llamada). El texto
    /// es el del botón.
    #[derive(Default)]
    pub enum Accion ("acción") {
        #[default]
        IniciarServicio = "iniciar_servicio", "Iniciar el servicio";
        TomarFotosPrevias = "tomar_fotos_previas", "Tomar fotografías previas";
        CargarFotos = "cargar_fotos", "Cargar fotografías";
        RealizarTrabajo = "realizar_trabajo", "Realizar el trabajo";
        TomarFotosPosteriores = "tomar_fotos_posteriores", "Tomar fotografías posteriores";
        FinalizarServicio = "finalizar_servicio", "Finalizar el servicio";
        LlamarCentro = "llamar_centro", "Llamar al Centro de Contacto";
        Colgar = "colgar", "Colgar la llamada";
    }
}

impl Accion {
    /// The actions of the "Aliados INS Servicios" app, in protocol order
    /// (the phone's call buttons are apart).
    pub const APP: [Accion; 6] = [
        Accion::IniciarServicio,
        Accion::TomarFotosPrevias,
        Accion::CargarFotos,
        Accion::RealizarTrabajo,
        Accion::TomarFotosPosteriores,
        Accion::FinalizarServicio,
    ];
}

/// A client variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClienteVariante {
    pub nombre: String,
    pub genero: Genero,
    pub cedula: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Servicio {
    pub nombre: String,
    pub trabajo: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperadorVariante {
    pub nombre: String,
    pub genero: Genero,
}

/// What a seed draws from.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Variantes {
    pub clientes: Vec<ClienteVariante>,
    pub horas: Vec<Hora>,
    pub servicios: Vec<Servicio>,
    pub comercios: Vec<String>,
    pub operadores: Vec<OperadorVariante>,
    /// What happens in this scenario ({incidente}), drawn by the seed.
    #[serde(default)]
    pub incidentes: Vec<String>,
}

/// What an utterance must contain: all these labels, any of these phrases
/// (folded: no accents or case) and none of those. All empty: any utterance.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Contenido {
    pub etiquetas: Vec<Etiqueta>,
    pub frases: Vec<String>,
    pub sin_frases: Vec<String>,
}

impl Contenido {
    /// `plegado` is the utterance folded with `texto::plegar_texto`, padded with spaces.
    pub fn se_cumple(&self, etiquetas: &[Etiqueta], plegado: &str) -> bool {
        let contiene = |f: &String| crate::texto::contiene_frase(plegado, f);
        self.etiquetas.iter().all(|e| etiquetas.contains(e))
            && (self.frases.is_empty() || self.frases.iter().any(contiene))
            && !self.sin_frases.iter().any(contiene)
    }

    pub fn vacio(&self) -> bool {
        self.etiquetas.is_empty() && self.frases.is_empty() && self.sin_frases.is_empty()
    }
}

/// How a step is fulfilled: by saying something to a counterpart, or by an app action.
/// En JSON, `{"etiquetas": [..], "frases": [..], "sin_frases": [..], "canal": ..}`
/// o `{"accion": ..}` (ver [`CumpleArchivo`]).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "CumpleArchivo")]
pub enum Cumple {
    Decir {
        contenido: Contenido,
        canal: Interlocutor,
    },
    Accion {
        accion: Accion,
    },
}

/// El campo `cumple` tal como está escrito en el archivo del escenario.
#[derive(Deserialize)]
pub struct CumpleArchivo {
    #[serde(default)]
    canal: Option<Interlocutor>,
    #[serde(default)]
    accion: Option<Accion>,
    #[serde(default)]
    etiquetas: Vec<Etiqueta>,
    #[serde(default)]
    frases: Vec<String>,
    #[serde(default)]
    sin_frases: Vec<String>,
}

impl TryFrom<CumpleArchivo> for Cumple {
    type Error = &'static str;

    fn try_from(c: CumpleArchivo) -> Result<Cumple, Self::Error> {
        match (c.canal, c.accion) {
            (Some(canal), _) => Ok(Cumple::Decir {
                contenido: Contenido {
                    etiquetas: c.etiquetas,
                    frases: c.frases,
                    sin_frases: c.sin_frases,
                },
                canal,
            }),
            (None, Some(accion)) => Ok(Cumple::Accion { accion }),
            (None, None) => {
                Err("un paso se cumple diciendo algo («canal») o con una acción («accion»)")
            }
        }
    }
}

/// A deadline: the step must come within `turnos` trainee turns of being due
/// (its prerequisites done, or `desde_marca` set); each turn late costs points.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Plazo {
    pub turnos: u32,
    pub costo_por_turno: u32,
    pub desde_marca: Option<String>,
}

/// A step that should come before, and whether skipping it is critical.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Requisito {
    pub paso: String,
    #[serde(default)]
    pub critico: bool,
}

/// A hard precondition: the app refuses the action without it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Necesita {
    pub paso: String,
    pub mensaje: String,
}

/// One protocol step with its place in the rubric.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Paso {
    pub id: String,
    pub titulo: String,
    /// Protocol section ("1.1", "1.3", "2.1"…).
    pub seccion: String,
    pub dimension: Dimension,
    pub puntos: u32,
    pub cumple: Cumple,
    #[serde(default)]
    pub despues_de: Vec<Requisito>,
    pub necesita: Option<Necesita>,
    /// What the protocol expects, with placeholders.
    pub esperado: String,
    /// The finding when the step is missing ("No solicitó la identificación.").
    pub omision: String,
    pub mensaje_app: Option<String>,
    /// Simulated minutes the action takes.
    pub minutos: Option<u32>,
    /// Points lost when done out of order (default: half the step's points).
    pub penalizacion_orden: Option<u32>,
    /// Counts only once this mark is set (an incident happened, the offer was made…).
    pub tras_marca: Option<String>,
    pub plazo: Option<Plazo>,
    /// Said before its prerequisites, it does not count yet (the 1.1 reply
    /// "Muy bien, gracias" is not the 1.3 farewell thanks).
    #[serde(default)]
    pub espera_requisitos: bool,
    /// Omitting the step fails the attempt.
    #[serde(default)]
    pub critico_si_omitido: bool,
}

impl Paso {
    pub fn costo_desorden(&self) -> u32 {
        self.penalizacion_orden.unwrap_or(self.puntos / 2)
    }
}

/// A fault and what it costs: something said (a label, or phrases) or an
/// action the protocol forbids here (starting the work without the client).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Falta {
    /// Defaults to the label's or the action's name; faults are capped by id.
    pub id: Option<String>,
    pub etiqueta: Option<Etiqueta>,
    #[serde(default)]
    pub frases: Vec<String>,
    #[serde(default)]
    pub sin_frases: Vec<String>,
    pub accion: Option<Accion>,
    /// Only to this counterpart (default: any).
    pub canal: Option<Interlocutor>,
    /// Only once this mark is set.
    pub tras_marca: Option<String>,
    /// Only while this step is not yet done.
    pub mientras_pendiente: Option<String>,
    pub seccion: String,
    pub dimension: Dimension,
    pub puntos: u32,
    /// The most this fault can cost in one attempt.
    pub maximo: u32,
    #[serde(default)]
    pub critico: bool,
    pub mensaje: String,
    pub esperado: String,
}

impl Falta {
    pub fn clave(&self) -> String {
        self.id
            .clone()
            .or_else(|| self.etiqueta.map(|e| e.nombre().to_string()))
            .or_else(|| self.accion.map(|a| a.nombre().to_string()))
            .unwrap_or_default()
    }

    /// The utterance part of the fault, when it is about words.
    pub fn contenido(&self) -> Option<Contenido> {
        (self.accion.is_none()).then(|| Contenido {
            etiquetas: self.etiqueta.into_iter().collect(),
            frases: self.frases.clone(),
            sin_frases: self.sin_frases.clone(),
        })
    }
}

crate::enumeracion! {
    /// Quién dice una línea de la conversación. El texto es la etiqueta
    /// genérica del autor (la interfaz pone el nombre cuando lo sabe).
    #[derive(Default)]
    pub enum Hablante ("hablante") {
        #[default]
        Proveedor = "proveedor", "Usted";
        Cliente = "cliente", "Cliente";
        Operador = "operador", "Centro de Contacto";
        Narrador = "narrador", "Situación";
        Aplicacion = "aplicacion", "Aliados INS Servicios";
        /// Alguien del comercio que no es el cliente.
        Tercero = "tercero", "Persona del comercio";
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LineaFija {
    pub quien: Hablante,
    pub texto: String,
}

/// When a reaction fires.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Condicion {
    /// Any of these labels in the utterance.
    pub etiquetas: Vec<Etiqueta>,
    /// Any of these phrases in the utterance (folded).
    pub frases: Vec<String>,
    /// All these steps done.
    pub hechos: Vec<String>,
    /// None of these steps done.
    pub pendientes: Vec<String>,
    /// All these marks set.
    pub marcas: Vec<String>,
    /// None of these marks set.
    pub sin_marcas: Vec<String>,
}

/// A counterpart's reaction to an utterance (on `canal`) or an action.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Reaccion {
    pub id: String,
    pub canal: Option<Interlocutor>,
    pub accion: Option<Accion>,
    #[serde(default)]
    pub si: Condicion,
    pub dice: Option<String>,
    pub narra: Option<String>,
    pub marca: Option<String>,
    /// How many times it may fire (default: unlimited).
    pub veces: Option<u32>,
    /// Keep looking for more reactions after this one.
    #[serde(default)]
    pub sigue: bool,
    /// Who says `dice` (default: the client, or the operator on a call).
    pub quien: Option<Hablante>,
    /// Simulated minutes that pass (travel, waiting).
    pub avanza: Option<u32>,
}

/// The Centro de Contacto operator.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Operador {
    pub contesta: String,
    pub sin_reaccion: String,
    #[serde(default)]
    pub reacciones: Vec<Reaccion>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Fin {
    /// The visit ends once all these steps are done…
    pub cuando: Vec<String>,
    /// …and, if set, the call has been hung up.
    #[serde(default)]
    pub tras_colgar: bool,
    pub cierre: String,
}

/// A whole scenario, as in its JSON file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Escenario {
    pub formato: u32,
    pub id: String,
    pub titulo: String,
    pub resumen: String,
    pub situacion: String,
    pub variantes: Variantes,
    #[serde(default = "un_minuto")]
    pub minutos_por_turno: u32,
    pub pasos: Vec<Paso>,
    #[serde(default)]
    pub faltas: Vec<Falta>,
    #[serde(default)]
    pub inicio: Vec<LineaFija>,
    #[serde(default)]
    pub reacciones: Vec<Reaccion>,
    pub operador: Operador,
    /// SHA-256 of the scenario file: the content version an attempt was scored against.
    #[serde(skip)]
    pub huella: String,
    /// The client's line when no reaction applies.
    pub cliente_sin_reaccion: String,
    /// The provider starts with the client (default), or away from them
    /// (an inconvenience before the visit): then only the phone is useful…
    #[serde(default = "verdadero")]
    pub presente_al_inicio: bool,
    /// …until this mark is set (the provider arrives).
    pub llega_con_marca: Option<String>,
    /// Said when the trainee speaks and nobody is there to hear.
    #[serde(default = "nadie_escucha")]
    pub nadie_escucha: String,
    /// How the person at the business who is not the client is shown.
    pub tercero: Option<String>,
    pub fin: Fin,
}

/// What the trainee hears when nobody is there, unless the scenario says otherwise.
pub const NADIE_ESCUCHA: &str =
    "(No hay nadie con usted. Para hablar con el Centro de Contacto, use el botón de llamada.)";

fn un_minuto() -> u32 {
    1
}

fn verdadero() -> bool {
    true
}

fn nadie_escucha() -> String {
    NADIE_ESCUCHA.into()
}

/// Why a scenario file was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorEscenario {
    Json(String),
    Formato {
        encontrado: u32,
    },
    Vacio(&'static str),
    PasoDuplicado(String),
    PasoDesconocido {
        donde: String,
        paso: String,
    },
    ReaccionDuplicada(String),
    SinLinea(String),
    /// Una línea del escenario puesta en boca de la persona en formación.
    LineaDelProveedor(String),
    ReaccionSinDisparador(String),
    PasoSinPuntos(String),
    CicloDeOrden(String),
    MarcadorDesconocido {
        donde: String,
        marcador: String,
    },
    FaltaSinDisparador(String),
    MarcaDesconocida {
        donde: String,
        marca: String,
    },
}

impl fmt::Display for ErrorEscenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorEscenario::Json(m) => write!(f, "el archivo del escenario no es válido: {m}"),
            ErrorEscenario::Formato { encontrado } => write!(
                f,
                "formato de escenario {encontrado} no admitido (este motor lee el formato {FORMATO_ESCENARIO})"
            ),
            ErrorEscenario::Vacio(que) => write!(f, "el escenario no tiene {que}"),
            ErrorEscenario::PasoDuplicado(id) => write!(f, "el paso «{id}» está repetido"),
            ErrorEscenario::PasoDesconocido { donde, paso } => {
                write!(f, "{donde} menciona el paso «{paso}», que no existe")
            }
            ErrorEscenario::ReaccionDuplicada(id) => write!(f, "la reacción «{id}» está repetida"),
            ErrorEscenario::SinLinea(id) => write!(f, "la reacción «{id}» no tiene línea («dice» ni «narra»)"),
            ErrorEscenario::LineaDelProveedor(donde) => write!(
                f,
                "{donde} pone una línea en boca del proveedor: solo la persona en formación habla por él"
            ),
            ErrorEscenario::ReaccionSinDisparador(id) => {
                write!(f, "la reacción «{id}» necesita «canal» o «accion», no ambos ni ninguno")
            }
            ErrorEscenario::PasoSinPuntos(id) => write!(f, "el paso «{id}» no da puntos"),
            ErrorEscenario::CicloDeOrden(id) => write!(f, "el orden de los pasos forma un ciclo en «{id}»"),
            ErrorEscenario::MarcaDesconocida { donde, marca } => {
                write!(f, "{donde} espera la marca «{marca}», que ninguna reacción pone")
            }
            ErrorEscenario::FaltaSinDisparador(id) => {
                write!(f, "la falta «{id}» necesita «etiqueta», «frases» o «accion»")
            }
            ErrorEscenario::MarcadorDesconocido { donde, marcador } => {
                write!(f, "{donde} usa el marcador desconocido «{{{marcador}}}»")
            }
        }
    }
}

impl std::error::Error for ErrorEscenario {}

impl Escenario {
    /// Parses and validates a scenario file.
    pub fn desde_json(texto: &str) -> Result<Escenario, ErrorEscenario> {
        Escenario::leer(texto, crate::huella::sha256_hex(texto.as_bytes()))
    }

    /// Parses and validates a scenario whose content hash is known.
    fn leer(texto: &str, huella: String) -> Result<Escenario, ErrorEscenario> {
        let mut e = crate::formato::leer::<Escenario>(texto)
            .map_err(|e| ErrorEscenario::Json(e.to_string()))?;
        e.huella = huella;
        e.validar()?;
        Ok(e)
    }

    pub fn paso(&self, id: &str) -> Option<&Paso> {
        self.pasos.iter().find(|p| p.id == id)
    }

    /// Highest points per dimension.
    pub fn maximo(&self, d: Dimension) -> u32 {
        self.pasos
            .iter()
            .filter(|p| p.dimension == d)
            .map(|p| p.puntos)
            .sum()
    }
}
