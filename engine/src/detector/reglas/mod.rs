//! One rule per label. Each reads meaning from folded words: a trigger
//! (a verb, a noun, a fixed phrase) plus the context that makes it count.

mod centro_de_contacto;
mod cortesia;
mod faltas;
mod primer_contacto;
mod saludo_y_trato;

use super::{Frase, Interlocutor};

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
        centro_de_contacto::escala(f);
    }
    faltas::informal(f);
    faltas::grosero(f);
}
