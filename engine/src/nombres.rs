//! Una sola tabla de nombres por enumeración.
//!
//! [`enumeracion!`](crate::enumeracion) declara una enumeración sin datos a
//! partir de una tabla: cada variante con su nombre en los archivos (el que
//! leen y escriben serde y los conjuntos etiquetados) y su texto para las
//! personas. De esa tabla salen `TODAS`, `nombre()`, `texto()`,
//! `desde_nombre()`, `Display` (el nombre) y la serialización con serde; un
//! nombre desconocido da un error en español que dice cuáles se admiten
//! («etiqueta «x» no existe (se admite: …)»).
//!
//! Cada variante lleva además, tras su propia documentación si la tiene, una
//! línea generada con su nombre en los archivos y su texto.

/// Declara una enumeración con su tabla de nombres (ver el módulo).
#[macro_export]
macro_rules! enumeracion {
    (
        $(#[$meta:meta])*
        $vis:vis enum $tipo:ident ($que:literal) {
            $( $(#[$vmeta:meta])* $variante:ident = $nombre:literal, $texto:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $tipo {
            $(
                $(#[$vmeta])*
                #[doc = ""]
                #[doc = concat!(
                    "En los archivos, `", $nombre, "`; para las personas, «", $texto, "»."
                )]
                $variante,
            )+
        }

        impl $tipo {
            /// Todas las variantes, en el orden de la tabla.
            pub const TODAS: [$tipo; [$(stringify!($variante)),+].len()] = [$($tipo::$variante),+];

            /// El nombre en los archivos.
            pub fn nombre(self) -> &'static str {
                match self { $($tipo::$variante => $nombre,)+ }
            }

            /// El texto para las personas.
            pub fn texto(self) -> &'static str {
                match self { $($tipo::$variante => $texto,)+ }
            }

            /// La variante de un nombre de los archivos.
            pub fn desde_nombre(nombre: &str) -> Option<$tipo> {
                Self::TODAS.iter().copied().find(|v| v.nombre() == nombre)
            }
        }

        impl ::std::fmt::Display for $tipo {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.nombre())
            }
        }

        impl ::serde::Serialize for $tipo {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.nombre())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $tipo {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::formato::texto_convertido(d, "un texto", |nombre| {
                    $tipo::desde_nombre(nombre).ok_or_else(|| {
                        let admitidos: Vec<&str> =
                            $tipo::TODAS.iter().map(|v| v.nombre()).collect();
                        format!(
                            "{} «{}» no existe (se admite: {})",
                            $que,
                            nombre.chars().take(80).collect::<String>(),
                            admitidos.join(", ")
                        )
                    })
                })
            }
        }
    };
}

#[cfg(test)]
mod tests {
    //! Prueba de la macro con una enumeración de juguete: la tabla, los textos y
    //! serde.

    crate::enumeracion! {
        /// Una enumeración de prueba.
        enum Color ("color") {
            Rojo = "rojo", "Rojo vivo";
            Azul = "azul", "Azul cielo";
        }
    }

    #[test]
    fn la_tabla_da_nombres_textos_y_serde() {
        assert_eq!(Color::TODAS, [Color::Rojo, Color::Azul]);
        assert_eq!(Color::Azul.nombre(), "azul");
        assert_eq!(Color::Azul.texto(), "Azul cielo");
        assert_eq!(Color::desde_nombre("rojo"), Some(Color::Rojo));
        assert_eq!(crate::formato::escribir(&[Color::Rojo]), r#"["rojo"]"#);
        assert_eq!(
            crate::formato::leer::<Vec<Color>>(r#"["azul"]"#).unwrap(),
            vec![Color::Azul]
        );
        let e = crate::formato::leer::<Vec<Color>>(r#"["verde"]"#).unwrap_err();
        assert_eq!(e.ruta, "[0]");
        assert!(
            e.mensaje
                .starts_with("color «verde» no existe (se admite: rojo, azul)"),
            "{e}"
        );
    }
}
