//! El modelo de escenario: los pasos del protocolo, las líneas del cliente y
//! del operador y la rúbrica de calificación, todo como datos (archivos JSON en
//! `scenarios/`), validados al cargarlos.
//!
//! Cada paso y cada falta nombran la sección del protocolo que califican: 1.1
//! (primer contacto: saludo, presentación, identificación, inicio del
//! servicio), 1.2 (inconvenientes con un servicio pendiente: llamar al Centro
//! de Contacto, re coordinar), 1.3 (cierre: fotografías posteriores, finalizar,
//! despedida), 2.1 (cortesía y trato) y 2.2 (conducta y situaciones que
//! afectan al cliente).
//!
//! Las comprobaciones de [`Escenario::validar`] están en `validacion.rs`; los
//! escenarios incluidos ([`catalogo()`], [`buscar`], [`version_contenido`]), en
//! `catalogo.rs`.

mod catalogo;
mod error;
mod validacion;

pub use catalogo::{
    buscar, catalogo, catalogo_disponible, huella_vigente, instalar_catalogo,
    leer_catalogo_compilado, version_contenido, version_vigente,
};
#[cfg(escenarios_json)]
pub use catalogo::{compilar_catalogo, reparto};

pub use error::ErrorEscenario;

use crate::detector::{Etiqueta, Interlocutor};
use serde::{Deserialize, Serialize};

/// El formato de archivo de escenario que lee este motor.
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
    /// Las acciones de la aplicación «Aliados INS Servicios», en el orden del
    /// protocolo (los botones de llamada del teléfono van aparte).
    pub const APP: [Accion; 6] = [
        Accion::IniciarServicio,
        Accion::TomarFotosPrevias,
        Accion::CargarFotos,
        Accion::RealizarTrabajo,
        Accion::TomarFotosPosteriores,
        Accion::FinalizarServicio,
    ];
}

pub use crate::variante::{ClienteVariante, OperadorVariante, Servicio, Variantes};

/// Lo que debe contener una frase: todas estas etiquetas, alguna de estas
/// frases (plegadas: sin tildes ni mayúsculas) y ninguna de aquellas. Todo
/// vacío: cualquier frase.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Contenido {
    /// Etiquetas del detector que deben estar todas.
    pub etiquetas: Vec<Etiqueta>,
    /// Frases de las que basta una (como palabras enteras).
    pub frases: Vec<String>,
    /// Frases que no deben estar.
    pub sin_frases: Vec<String>,
}

impl Contenido {
    /// Si una frase con estas `etiquetas` detectadas cumple el contenido.
    /// `plegado` es la frase plegada con [`crate::texto::plegar_texto`],
    /// rodeada de espacios.
    pub fn se_cumple(&self, etiquetas: &[Etiqueta], plegado: &str) -> bool {
        let contiene = |f: &String| crate::texto::contiene_frase(plegado, f);
        self.etiquetas.iter().all(|e| etiquetas.contains(e))
            && (self.frases.is_empty() || self.frases.iter().any(contiene))
            && !self.sin_frases.iter().any(contiene)
    }

    /// No pide nada: ni etiquetas, ni frases, ni frases prohibidas.
    pub fn vacio(&self) -> bool {
        self.etiquetas.is_empty() && self.frases.is_empty() && self.sin_frases.is_empty()
    }
}

/// Cómo se cumple un paso: diciéndole algo a una contraparte o con una
/// acción de la aplicación.
/// En JSON, `{"etiquetas": [..], "frases": [..], "sin_frases": [..], "canal": ..}`
/// o `{"accion": ..}` (ver [`CumpleArchivo`]).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(try_from = "CumpleArchivo", into = "CumpleArchivo")]
pub enum Cumple {
    /// Decirle a `canal` algo que cumpla `contenido`.
    Decir {
        /// Lo que debe contener lo dicho.
        contenido: Contenido,
        /// A quién hay que decírselo.
        canal: Interlocutor,
    },
    /// Pulsar un botón de la aplicación o del teléfono.
    Accion {
        /// El botón.
        accion: Accion,
    },
}

/// El campo `cumple` tal como está escrito en el archivo del escenario.
#[derive(Clone, Deserialize, Serialize)]
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

impl From<Cumple> for CumpleArchivo {
    fn from(c: Cumple) -> CumpleArchivo {
        match c {
            Cumple::Decir { contenido, canal } => CumpleArchivo {
                canal: Some(canal),
                accion: None,
                etiquetas: contenido.etiquetas,
                frases: contenido.frases,
                sin_frases: contenido.sin_frases,
            },
            Cumple::Accion { accion } => CumpleArchivo {
                canal: None,
                accion: Some(accion),
                etiquetas: Vec::new(),
                frases: Vec::new(),
                sin_frases: Vec::new(),
            },
        }
    }
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

/// Un plazo: el paso debe llegar a más tardar `turnos` turnos de la persona
/// en formación después de corresponder (sus requisitos hechos, o
/// `desde_marca` puesta); cada turno de retraso cuesta puntos.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Plazo {
    /// Los turnos de margen desde que corresponde.
    pub turnos: u32,
    /// Los puntos que cuesta cada turno de retraso (en total, nunca más que
    /// los del paso).
    pub costo_por_turno: u32,
    /// La marca desde cuya puesta también corre el plazo (por omisión, la
    /// `tras_marca` del paso); cuenta lo último, sus requisitos o la marca.
    pub desde_marca: Option<String>,
    /// El retraso que ya es un error crítico, si lo hay.
    #[serde(default)]
    pub critico_tras: Option<LimiteCritico>,
}

/// Un momento de la visita que pone una reacción (el incidente, el
/// ofrecimiento, la llegada a la hora acordada): los pasos con `tras_marca`
/// solo cuentan desde él. Se le dice a la persona en formación al empezar,
/// y el informe lo nombra si la visita nunca llegó a él.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Momento {
    /// La marca que lo pone.
    pub marca: String,
    /// Qué es y cuándo llega, con marcadores («El ofrecimiento de
    /// {incidente}: cuando usted carga las fotos de antes del trabajo.»).
    pub texto: String,
}

/// La dimensión central de un escenario y su mínimo para aprobar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub struct Nucleo {
    /// La dimensión («escalamiento» en los escenarios de llamada).
    pub dimension: Dimension,
    /// El puntaje mínimo (0–100) en ella.
    pub minimo: u32,
}

/// Más allá de este retraso, «de inmediato» no se cumplió: el retraso es un
/// error crítico (2.2 «Escalar al Centro de Contacto las situaciones de
/// afectación al cliente de inmediato»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub struct LimiteCritico {
    /// Turnos de retraso (más allá del margen del plazo) que ya son críticos…
    pub turnos: u32,
    /// …o minutos simulados desde que correspondía.
    pub minutos: u32,
}

/// Un paso que debe venir antes, y si saltárselo es un error crítico.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Requisito {
    /// El id del paso que debe venir antes.
    pub paso: String,
    /// Hacer el paso sin este antes es un error crítico (reprueba el intento).
    #[serde(default)]
    pub critico: bool,
}

/// Un requisito duro: la aplicación rechaza la acción sin él.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Necesita {
    /// El id del paso que debe estar hecho.
    pub paso: String,
    /// Lo que dice la aplicación al rechazar la acción.
    pub mensaje: String,
}

/// Un paso del protocolo con su lugar en la rúbrica.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Paso {
    /// Su id, único en el escenario.
    pub id: String,
    /// El título que ve la persona («Solicita la identificación»).
    pub titulo: String,
    /// Sección del protocolo («1.1», «1.3», «2.1»…).
    pub seccion: String,
    /// La dimensión que califica.
    pub dimension: Dimension,
    /// Los puntos que vale (nunca cero).
    pub puntos: u32,
    /// Cómo se cumple.
    pub cumple: Cumple,
    /// Lo que cuenta como hecho en una forma equivocada (el saludo con otra
    /// parte del día, «¿cómo estás?»): el paso queda hecho «con falta» y la
    /// falta del escenario cobra el error, una sola vez.
    #[serde(default)]
    pub con_falta: Vec<Contenido>,
    /// Los pasos que deben venir antes.
    #[serde(default)]
    pub despues_de: Vec<Requisito>,
    /// El paso sin el cual la aplicación rechaza la acción.
    pub necesita: Option<Necesita>,
    /// Lo que espera el protocolo, con marcadores.
    pub esperado: String,
    /// El hallazgo cuando falta el paso («No solicitó la identificación.»).
    pub omision: String,
    /// Lo que dice la aplicación cuando la acción cumple el paso, con marcadores.
    pub mensaje_app: Option<String>,
    /// Minutos simulados que toma la acción.
    pub minutos: Option<u32>,
    /// Puntos que se pierden si se hace fuera de orden (por omisión, la
    /// mitad de los puntos del paso).
    pub penalizacion_orden: Option<u32>,
    /// Solo cuenta una vez puesta esta marca (pasó un incidente, se hizo el
    /// ofrecimiento…).
    pub tras_marca: Option<String>,
    /// El plazo para hacerlo («de inmediato»), si lo tiene.
    pub plazo: Option<Plazo>,
    /// Dicho antes de sus requisitos, todavía no cuenta (la respuesta de 1.1
    /// «Muy bien, gracias» no es el agradecimiento de la despedida de 1.3).
    #[serde(default)]
    pub espera_requisitos: bool,
    /// Omitirlo reprueba el intento.
    #[serde(default)]
    pub critico_si_omitido: bool,
}

impl Paso {
    /// Lo que cuesta hacerlo fuera de orden: `penalizacion_orden`, o la mitad
    /// de `puntos`.
    pub fn costo_desorden(&self) -> u32 {
        self.penalizacion_orden.unwrap_or(self.puntos / 2)
    }
}

/// Una falta y lo que cuesta: algo dicho (una etiqueta, o frases) o una
/// acción que el protocolo prohíbe aquí (empezar el trabajo sin el cliente).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Falta {
    /// Por omisión, el nombre de la etiqueta o de la acción; el tope de
    /// puntos de las faltas va por id.
    pub id: Option<String>,
    /// La etiqueta del detector que la dispara.
    pub etiqueta: Option<Etiqueta>,
    /// Frases de las que basta una para dispararla (con la etiqueta, si la hay).
    #[serde(default)]
    pub frases: Vec<String>,
    /// Frases que, si están, la impiden.
    #[serde(default)]
    pub sin_frases: Vec<String>,
    /// La acción que la dispara (entonces no se miran las palabras).
    pub accion: Option<Accion>,
    /// Solo ante esta contraparte (por omisión, cualquiera).
    pub canal: Option<Interlocutor>,
    /// Solo una vez puesta esta marca.
    pub tras_marca: Option<String>,
    /// Solo mientras este paso no esté hecho.
    pub mientras_pendiente: Option<String>,
    /// Sección del protocolo.
    pub seccion: String,
    /// La dimensión a la que resta.
    pub dimension: Dimension,
    /// Los puntos que cuesta cada vez.
    pub puntos: u32,
    /// Lo más que puede costar esta falta en un intento.
    pub maximo: u32,
    /// Es un error crítico: reprueba el intento.
    #[serde(default)]
    pub critico: bool,
    /// El hallazgo que se muestra.
    pub mensaje: String,
    /// Lo que espera el protocolo en su lugar, con marcadores.
    pub esperado: String,
}

impl Falta {
    /// El id de la falta: `id`, o si no el nombre de la etiqueta o de la
    /// acción (vacío si no hay ninguno).
    pub fn clave(&self) -> String {
        self.id
            .clone()
            .or_else(|| self.etiqueta.map(|e| e.nombre().to_string()))
            .or_else(|| self.accion.map(|a| a.nombre().to_string()))
            .unwrap_or_default()
    }

    /// La parte de la falta que toca a lo dicho, cuando es de palabras (no
    /// de una acción).
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

/// Una línea fija del escenario (las del inicio de la visita).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct LineaFija {
    /// Quién la dice (nunca el proveedor).
    pub quien: Hablante,
    /// El texto, con marcadores.
    pub texto: String,
}

/// Cuándo se dispara una reacción.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Condicion {
    /// Alguna de estas etiquetas en lo dicho.
    pub etiquetas: Vec<Etiqueta>,
    /// Alguna de estas frases en lo dicho (plegadas).
    pub frases: Vec<String>,
    /// Todos estos pasos hechos.
    pub hechos: Vec<String>,
    /// Ninguno de estos pasos hecho.
    pub pendientes: Vec<String>,
    /// Todas estas marcas puestas.
    pub marcas: Vec<String>,
    /// Ninguna de estas marcas puesta.
    pub sin_marcas: Vec<String>,
}

/// La reacción de una contraparte a lo dicho (por `canal`) o a una acción.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Reaccion {
    /// Su id, único en el escenario (con él se cuentan sus usos).
    pub id: String,
    /// Se dispara con lo dicho a esta contraparte…
    pub canal: Option<Interlocutor>,
    /// …o con esta acción (una de las dos, no ambas).
    pub accion: Option<Accion>,
    /// La condición para dispararse.
    #[serde(default)]
    pub si: Condicion,
    /// Lo que dice quien reacciona, con marcadores.
    pub dice: Option<String>,
    /// Otras formas de decir `dice`: la semilla, el turno y la reacción eligen
    /// una de todas (la misma al reproducir).
    #[serde(default)]
    pub o_bien: Vec<String>,
    /// Lo que cuenta el narrador, con marcadores.
    pub narra: Option<String>,
    /// La marca que pone al dispararse.
    pub marca: Option<String>,
    /// Cuántas veces puede dispararse (por omisión, sin límite).
    pub veces: Option<u32>,
    /// Seguir buscando más reacciones después de esta.
    #[serde(default)]
    pub sigue: bool,
    /// Quién dice `dice` (por omisión, el cliente, o el operador en una llamada).
    pub quien: Option<Hablante>,
    /// Minutos simulados que pasan (traslado, espera).
    pub avanza: Option<u32>,
    /// Acepta la hora que propuso la persona en lo que acaba de decir (1.2
    /// caso 1): el reloj llegará a ella con [`Reaccion::llega_a_la_hora_acordada`].
    #[serde(default)]
    pub acuerda_hora: bool,
    /// El reloj avanza hasta la hora acordada (si la hay y no ha pasado), en
    /// vez de `avanza`.
    #[serde(default)]
    pub llega_a_la_hora_acordada: bool,
    /// En una acción: la interrumpe aquí, después de `avanza` minutos, y el
    /// resto de sus minutos no pasa (el incidente ocurre a mitad del trabajo,
    /// y lo que la persona hace después lleva la hora del incidente).
    #[serde(default)]
    pub interrumpe: bool,
}

/// El operador del Centro de Contacto.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct Operador {
    /// Lo que dice al contestar la llamada.
    pub contesta: String,
    /// Lo que dice cuando no corresponde ninguna reacción.
    pub sin_reaccion: String,
    /// Sus reacciones a lo que se le dice.
    #[serde(default)]
    pub reacciones: Vec<Reaccion>,
}

/// Cuándo termina la visita y con qué línea.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct Fin {
    /// La visita termina cuando todos estos pasos están hechos…
    pub cuando: Vec<String>,
    /// …y, si es verdadero, se colgó la llamada.
    #[serde(default)]
    pub tras_colgar: bool,
    /// Lo que cuenta el narrador al terminar, con marcadores.
    pub cierre: String,
}

/// Un escenario completo, como en su archivo JSON.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Escenario {
    /// El formato del archivo ([`FORMATO_ESCENARIO`]).
    pub formato: u32,
    /// Su id («servicio-completo»).
    pub id: String,
    /// El título.
    pub titulo: String,
    /// Un resumen de lo que se practica.
    pub resumen: String,
    /// La situación que se le presenta a la persona en formación, con marcadores.
    pub situacion: String,
    /// De dónde saca la semilla la variante.
    #[serde(default)]
    pub variantes: Variantes,
    /// Minutos simulados que pasan con cada frase dicha (por omisión, 1).
    #[serde(default = "un_minuto")]
    pub minutos_por_turno: u32,
    /// Los pasos del protocolo, en el orden esperado.
    pub pasos: Vec<Paso>,
    /// Las faltas que se califican.
    #[serde(default)]
    pub faltas: Vec<Falta>,
    /// Las líneas con que empieza la visita.
    #[serde(default)]
    pub inicio: Vec<LineaFija>,
    /// Las reacciones a lo dicho al cliente y a las acciones.
    #[serde(default)]
    pub reacciones: Vec<Reaccion>,
    /// El operador del Centro de Contacto.
    pub operador: Operador,
    /// SHA-256 del archivo del escenario: la versión del contenido con que se
    /// calificó un intento.
    #[serde(skip)]
    pub huella: String,
    /// La línea del cliente cuando no corresponde ninguna reacción.
    pub cliente_sin_reaccion: String,
    /// La destreza que el escenario existe para entrenar: su dimensión y el
    /// puntaje mínimo en ella para aprobar, además del total y de no cometer
    /// errores críticos.
    #[serde(default)]
    pub nucleo: Option<Nucleo>,
    /// Los momentos de la visita de los que dependen pasos (ver [`Momento`]).
    #[serde(default)]
    pub momentos: Vec<Momento>,
    /// El proveedor empieza con el cliente (por omisión) o lejos de él (un
    /// inconveniente antes de la visita): entonces solo sirve el teléfono…
    #[serde(default = "verdadero")]
    pub presente_al_inicio: bool,
    /// …hasta que se pone esta marca (el proveedor llega).
    pub llega_con_marca: Option<String>,
    /// Lo que se dice cuando la persona en formación habla y no hay nadie
    /// para oírla.
    #[serde(default = "nadie_escucha")]
    pub nadie_escucha: String,
    /// Cómo se muestra a la persona del comercio que no es el cliente.
    pub tercero: Option<String>,
    /// Cuándo termina la visita.
    pub fin: Fin,
    /// Las contrapartes que caben en este escenario (ver
    /// [`crate::contrapartes`]): se suman al leerlo, no se escriben en el archivo.
    #[serde(default)]
    pub contrapartes: Vec<crate::contrapartes::Contraparte>,
}

/// Lo que oye la persona en formación cuando no hay nadie, salvo que el
/// escenario diga otra cosa.
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

impl Escenario {
    /// Lee y valida un archivo de escenario; su huella es el SHA-256 del texto.
    #[cfg(escenarios_json)]
    pub fn desde_json(texto: &str) -> Result<Escenario, ErrorEscenario> {
        Escenario::leer(texto, crate::huella::sha256_hex(texto.as_bytes()))
    }

    /// Lee y valida un escenario cuya huella de contenido ya se conoce.
    #[cfg(escenarios_json)]
    fn leer(texto: &str, huella: String) -> Result<Escenario, ErrorEscenario> {
        let mut e = crate::formato::leer::<Escenario>(texto)
            .map_err(|e| ErrorEscenario::Json(e.to_string()))?;
        e.huella = huella;
        let reparto = catalogo::reparto()?;
        e.variantes.completar(&reparto.variantes);
        e.sumar_contrapartes(reparto)?;
        e.validar()?;
        Ok(e)
    }

    /// El paso con este id.
    pub fn paso(&self, id: &str) -> Option<&Paso> {
        self.pasos.iter().find(|p| p.id == id)
    }

    /// El momento que pone la marca `marca`, si el escenario lo describe.
    pub fn momento(&self, marca: &str) -> Option<&Momento> {
        self.momentos.iter().find(|m| m.marca == marca)
    }

    /// El máximo de puntos de una dimensión: la suma de los de sus pasos.
    pub fn maximo(&self, d: Dimension) -> u32 {
        self.pasos
            .iter()
            .filter(|p| p.dimension == d)
            .map(|p| p.puntos)
            .sum()
    }
}
