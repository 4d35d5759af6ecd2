//! Motor del Entrenador de Protocolo.
//!
//! Pure Rust, no browser dependencies: the scenario model, the dialogue
//! state machine, the utterance detector, the scorer and the versioned
//! transcript and report formats. Time and seeds are inputs, so the same
//! inputs give the same result on every platform.

pub mod detector;
pub mod ejemplos;
pub mod escenario;
pub mod evaluacion;
pub mod expediente;
pub mod formato;
pub mod historial;
pub mod hora;
pub mod huella;
pub mod informe;
pub mod mapa;
pub mod nombres;
pub mod orden;
pub mod resultado;
pub mod revision;
pub mod sesion;
pub mod texto;
pub mod transcripcion;
pub mod variante;

pub use detector::{detectar, Contexto, Deteccion, Etiqueta, Genero, Interlocutor, Persona};
pub use escenario::{Accion, Dimension, Escenario, Hablante};
pub use hora::{Hora, ParteDelDia};
pub use informe::{Hallazgo, Informe, TipoHallazgo};
pub use sesion::{Evento, Sesion};
pub use transcripcion::{Proveedor, Transcripcion, Turno};
