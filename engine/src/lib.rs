//! Motor del Entrenador de Protocolo.
//!
//! Pure Rust, no browser dependencies: the scenario model, the dialogue
//! state machine, the utterance detector, the scorer and the versioned
//! transcript and report formats. Time and seeds are inputs, so the same
//! inputs give the same result on every platform.

pub mod detector;
pub mod evaluacion;
pub mod hora;
pub mod texto;

pub use detector::{detectar, Contexto, Deteccion, Etiqueta, Genero, Interlocutor, Persona};
pub use hora::{Hora, ParteDelDia};
