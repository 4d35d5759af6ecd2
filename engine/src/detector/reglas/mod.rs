//! Una regla por etiqueta, agrupadas por área del protocolo. Cada una lee el
//! significado en palabras plegadas: un disparador (un verbo, un sustantivo,
//! una frase fija) más el contexto que hace que cuente.
//!
//! - [`saludo_y_trato`]: saludo, presentación, institución y «¿cómo está?»
//!   (1.1); don/doña con el nombre del cliente y «¿cómo se encuentra?» (2.1).
//! - [`primer_contacto`]: nombre completo, identificación y permanencia (1.1).
//! - [`cortesia`]: frases de cortesía (2.1), despedida (1.3) y disculpa (1.2).
//! - [`centro_de_contacto`]: lo que se dice al operador de un servicio
//!   pendiente: inconveniente, nueva hora y re coordinar (1.2).
//! - [`escala`]: escalar una situación del cliente o pedir instrucciones (1.1
//!   nota, 2.2).
//! - [`faltas`]: trato informal (2.1) y grosero (2.2).
//!
//! Ninguna ayuda la comparten varias áreas: cada una vive en el archivo del
//! área que la usa, y las ayudas comunes a todas las reglas son los métodos de
//! [`Frase`].

mod centro_de_contacto;
mod cortesia;
mod escala;
mod faltas;
mod primer_contacto;
mod saludo_y_trato;

use super::{Frase, Interlocutor};

/// Aplica todas las reglas a la frase en este orden fijo: algunas reglas miran
/// lo que ya marcaron las anteriores (`f.tiene`), así que el orden es parte del
/// comportamiento.
pub(super) fn aplicar(f: &mut Frase) {
    saludo_y_trato::saludo(f);
    saludo_y_trato::presentacion(f);
    saludo_y_trato::institucion(f);
    saludo_y_trato::trato(f);
    saludo_y_trato::pregunta_bienestar(f);
    primer_contacto::pide_nombre_completo(f);
    primer_contacto::pide_identificacion(f);
    primer_contacto::pide_permanencia(f);
    cortesia::permitame(f);
    cortesia::gracias(f);
    cortesia::con_gusto(f);
    cortesia::para_servirle(f);
    cortesia::despedida(f);
    cortesia::disculpa(f);
    centro_de_contacto::pide_recoordinacion(f);
    centro_de_contacto::propone_hora(f);
    if f.ctx.interlocutor == Interlocutor::Operador {
        centro_de_contacto::reporta_inconveniente(f);
        escala::escala(f);
    }
    faltas::informal(f);
    faltas::grosero(f);
}
