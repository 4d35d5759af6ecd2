//! Motor del Entrenador de Protocolo.
//!
//! Rust puro, sin dependencias del navegador: el modelo de escenarios, la
//! máquina de estados del diálogo, el detector de frases, el calificador y
//! los formatos versionados de transcripción e informe. La hora y las
//! semillas son entradas, así que las mismas entradas dan el mismo resultado
//! en todas las plataformas.
//!
//! Califica el protocolo de atención del INS por secciones: 1.1 (primer
//! contacto), 1.2 (inconvenientes con un servicio pendiente y el Centro de
//! Contacto), 1.3 (cierre y despedida), 2.1 (cortesía y trato) y 2.2
//! (conducta y situaciones que afectan al cliente).

#![warn(missing_docs)]

pub mod certificado;
pub mod contrapartes;
pub mod curso;
pub mod detector;
pub mod ejemplos;
pub mod escenario;
pub mod evaluacion;
pub mod expediente;
#[cfg(not(target_arch = "wasm32"))]
pub mod firma;
pub mod formato;
pub mod hallazgo;
pub mod historial;
pub mod hora;
pub mod hora_propuesta;
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
pub mod xapi;

pub use detector::{detectar, Contexto, Deteccion, Etiqueta, Genero, Interlocutor, Persona};
pub use escenario::{Accion, Dimension, Escenario, Hablante};
pub use hora::{Hora, ParteDelDia};
pub use informe::{Hallazgo, Informe, TipoHallazgo};
pub use sesion::{Evento, Sesion};
pub use transcripcion::{Proveedor, Transcripcion, Turno};
