//! Un hallazgo del informe: algo que cuesta puntos o reprueba el intento,
//! con la sección del protocolo, lo que la persona dijo o hizo, lo que se
//! esperaba y de dónde sale. Lo crean la sesión (en el momento en que pasa) y
//! el calificador (los pasos omitidos); no depende de ninguno de los dos.

use crate::detector::Etiqueta;
use crate::escenario::Dimension;
use crate::hora::Hora;
use serde::{Deserialize, Serialize};

crate::enumeracion! {
    /// De qué clase es un hallazgo.
    #[derive(Default)]
    pub enum TipoHallazgo ("tipo de hallazgo") {
        /// Un paso que nunca se hizo.
        #[default]
        Omitido = "omitido", "Omitido";
        /// Un paso hecho antes de otro que debía precederlo.
        FueraDeOrden = "fuera_de_orden", "Fuera de orden";
        /// Una falta en lo dicho (trato informal, nombre equivocado, inventar la
        /// cobertura…), de la dimensión que diga el hallazgo.
        Falta = "falta", "Falta";
        /// Reprueba el intento sin importar los puntos.
        Critico = "critico", "Error crítico";
        /// Hecho, pero más tarde de lo que el protocolo permite («de inmediato»).
        Tardio = "tardio", "A destiempo";
    }
}

crate::enumeracion! {
    /// De dónde sale un hallazgo: lo que dijo la persona en formación, un botón
    /// de la aplicación o del teléfono, o nada (un paso omitido sin ningún turno
    /// que lo muestre: solo el reloj).
    pub enum Origen ("origen") {
        Dicho = "dicho", "Lo que dijo";
        Accion = "accion", "Lo que hizo en la aplicación";
        Reloj = "reloj", "No dijo ni hizo nada en ese momento";
    }
}

/// Un hallazgo del informe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hallazgo {
    /// Sección del protocolo («1.1», «2.1»…).
    pub seccion: String,
    /// El paso al que se refiere, si hay uno.
    pub paso: Option<String>,
    /// La etiqueta del detector detrás de él, en las faltas.
    pub etiqueta: Option<Etiqueta>,
    /// La falta del escenario de la que sale (el tope de puntos va por falta).
    #[serde(default)]
    pub falta: Option<String>,
    /// De qué clase es.
    pub tipo: TipoHallazgo,
    /// La dimensión a la que resta.
    pub dimension: Dimension,
    /// Lo que pasó, para la persona en formación.
    pub mensaje: String,
    /// Lo que la persona en formación dijo o hizo en ese momento.
    pub dicho: String,
    /// Lo que esperaba el protocolo.
    pub esperado: String,
    /// Los puntos que costó.
    pub puntos: u32,
    /// Es un error crítico: reprueba el intento.
    pub critico: bool,
    /// El turno al que se refiere (desde 0), si hay uno.
    pub turno: Option<usize>,
    /// La hora del reloj simulado en ese momento.
    pub hora: Hora,
    /// De dónde sale (versión 2 del informe; ausente en la 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origen: Option<Origen>,
}
