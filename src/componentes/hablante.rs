//! Quién dice cada línea de un diálogo, escrito una sola vez: la clase CSS de
//! la línea y el autor que se muestra sobre ella. Lo usan la conversación de
//! la práctica y los ejemplos resueltos de Aprender.

use protocolo::{Hablante, Interlocutor, Persona, Sesion};

/// Los nombres que se muestran de quienes hablan con el proveedor.
#[derive(Debug, Clone, PartialEq)]
pub struct Nombres {
    /// El cliente con su tratamiento: «doña María».
    pub cliente: String,
    /// El operador del Centro de Contacto, por su nombre.
    pub operador: String,
    /// La persona del comercio que no es el cliente.
    pub tercero: String,
}

impl Nombres {
    /// Los de la visita de una sesión: su variante y su escenario.
    pub fn de_sesion(s: &Sesion) -> Nombres {
        let v = s.variante();
        Nombres {
            cliente: Persona {
                nombre: v.cliente.nombre.clone(),
                genero: v.cliente.genero,
            }
            .tratamiento(),
            operador: v.operador.nombre.clone(),
            tercero: s
                .tercero()
                .cloned()
                .unwrap_or_else(|| "Persona del comercio".into()),
        }
    }
}

/// La clase CSS de una línea de `quien` y su autor tal como se muestra.
pub fn clase_y_autor(quien: Hablante, nombres: &Nombres) -> (&'static str, String) {
    match quien {
        Hablante::Proveedor => ("linea proveedor", "Usted".into()),
        Hablante::Cliente => ("linea cliente", nombres.cliente.clone()),
        Hablante::Operador => (
            "linea operador",
            format!("{} · Centro de Contacto", nombres.operador),
        ),
        Hablante::Narrador => ("linea narrador", "Situación".into()),
        Hablante::Aplicacion => ("linea aplicacion", "Aliados INS Servicios".into()),
        Hablante::Tercero => ("linea cliente tercero", nombres.tercero.clone()),
    }
}

/// «al Centro de Contacto» cuando el proveedor le habla al operador.
pub fn destino(quien: Hablante, a: Option<Interlocutor>) -> Option<&'static str> {
    (quien == Hablante::Proveedor && a == Some(Interlocutor::Operador))
        .then_some("al Centro de Contacto")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nombres() -> Nombres {
        Nombres {
            cliente: "doña María".into(),
            operador: "Laura Vargas".into(),
            tercero: "Encargado del comercio".into(),
        }
    }

    #[test]
    fn cada_hablante_tiene_su_clase_y_su_autor() {
        let n = nombres();
        let casos = [
            (Hablante::Proveedor, "linea proveedor", "Usted"),
            (Hablante::Cliente, "linea cliente", "doña María"),
            (
                Hablante::Operador,
                "linea operador",
                "Laura Vargas · Centro de Contacto",
            ),
            (Hablante::Narrador, "linea narrador", "Situación"),
            (
                Hablante::Aplicacion,
                "linea aplicacion",
                "Aliados INS Servicios",
            ),
            (
                Hablante::Tercero,
                "linea cliente tercero",
                "Encargado del comercio",
            ),
        ];
        for (quien, clase, autor) in casos {
            assert_eq!(clase_y_autor(quien, &n), (clase, autor.to_string()));
        }
    }

    #[test]
    fn solo_lo_dicho_al_operador_lleva_destino() {
        assert_eq!(
            destino(Hablante::Proveedor, Some(Interlocutor::Operador)),
            Some("al Centro de Contacto")
        );
        assert_eq!(
            destino(Hablante::Proveedor, Some(Interlocutor::Cliente)),
            None
        );
        assert_eq!(destino(Hablante::Proveedor, None), None);
        assert_eq!(
            destino(Hablante::Operador, Some(Interlocutor::Operador)),
            None
        );
    }

    #[test]
    fn los_nombres_de_una_sesion() {
        let e = protocolo::escenario::buscar("servicio-completo").expect("escenario");
        let s = Sesion::nueva(
            e,
            7,
            protocolo::Proveedor {
                nombre: "Carlos Jiménez".into(),
                genero: protocolo::Genero::M,
            },
        );
        let n = Nombres::de_sesion(&s);
        let v = s.variante();
        assert!(n.cliente.starts_with(v.cliente.genero.tratamiento()));
        assert_eq!(n.operador, v.operador.nombre);
        assert!(!n.tercero.is_empty());
    }
}
