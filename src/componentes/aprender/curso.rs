//! El texto del curso de Aprender (secciones 1.1, 1.2, 1.3, 2.1 y 2.2 del
//! protocolo): las frases exactas, las notas, por qué importa cada una y lo
//! que se hace en la aplicación. Es contenido, no código: está en
//! `src/contenido/aprender.json`, se incluye al compilar y se lee una sola
//! vez, la primera vez que se muestra la página.
//!
//! Se lee con serde por la capa de formato del motor (`protocolo::formato`),
//! la misma de los escenarios y las transcripciones. Un error dice dónde está
//! («en «secciones[0].pasos[2]»: falta el campo «texto»»), y un campo que el
//! formato no conoce se rechaza: casi siempre es una errata.

use protocolo::Accion;
use serde::Deserialize;
use std::sync::LazyLock;

/// El archivo del curso, tal como está escrito.
const CURSO_JSON: &str = include_str!("../../contenido/aprender.json");

/// Las secciones del curso, leídas la primera vez que se piden; o lo que
/// impidió leerlas, en español, para mostrarlo en la página.
pub static SECCIONES: LazyLock<Result<Vec<Seccion>, String>> = LazyLock::new(|| leer(CURSO_JSON));

/// Quién dice o hace un paso del protocolo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quien {
    Proveedor,
    Cliente,
    Operador,
}

impl Quien {
    /// Como lo nombra el protocolo.
    pub fn etiqueta(self) -> &'static str {
        match self {
            Quien::Proveedor => "Proveedor",
            Quien::Cliente => "Cliente",
            Quien::Operador => "Operador Centro de Contacto",
        }
    }
}

/// Lo que es un paso: algo que se dice (se cita tal cual) o que se hace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tipo {
    #[default]
    Dice,
    Hace,
}

/// Una fila del protocolo: quién, en qué caso, qué, y por qué importa.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paso {
    /// Nadie en particular en las reglas de conducta (2.2).
    pub quien: Option<Quien>,
    pub condicion: Option<String>,
    pub tipo: Tipo,
    pub texto: String,
    pub por_que: Option<String>,
}

/// Una nota del protocolo (citada tal cual) con su explicación.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nota {
    pub texto: String,
    pub por_que: String,
}

/// Una indicación sobre la aplicación Aliados INS Servicios (citada tal
/// cual) y los botones del entrenador que la cumplen, en orden.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnLaApp {
    pub texto: String,
    pub botones: Vec<Accion>,
    pub por_que: String,
}

/// Una sección del protocolo.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seccion {
    /// El id del elemento en la página (para el índice).
    pub id: String,
    pub titulo: String,
    pub intro: String,
    /// El encabezado de la lista, citado del protocolo cuando lo tiene.
    pub encabezado: Option<String>,
    pub pasos: Vec<Paso>,
    #[serde(default)]
    pub notas: Vec<Nota>,
    #[serde(default)]
    pub app: Vec<EnLaApp>,
}

/// El archivo entero.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Curso {
    secciones: Vec<Seccion>,
}

/// Lee el curso y comprueba lo que el formato no dice: ids únicos y no
/// vacíos, al menos un paso por sección y un botón por indicación de la app.
pub fn leer(texto: &str) -> Result<Vec<Seccion>, String> {
    let curso: Curso = protocolo::formato::leer(texto)
        .map_err(|e| format!("el archivo del curso no es válido: {e}"))?;
    for (i, s) in curso.secciones.iter().enumerate() {
        let donde = format!("la sección {} («{}»)", i + 1, s.titulo);
        if s.id.trim().is_empty() {
            return Err(format!("{donde} no tiene id"));
        }
        if curso.secciones[..i].iter().any(|o| o.id == s.id) {
            return Err(format!("{donde} repite el id «{}»", s.id));
        }
        if s.pasos.is_empty() {
            return Err(format!("{donde} no tiene pasos"));
        }
        if s.app.iter().any(|a| a.botones.is_empty()) {
            return Err(format!(
                "{donde} tiene una indicación de la aplicación sin botones"
            ));
        }
    }
    Ok(curso.secciones)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn el_curso_que_se_entrega_se_lee() {
        let secciones = SECCIONES.as_ref().expect("el curso se lee");
        let titulos: Vec<&str> = secciones.iter().map(|s| s.titulo.as_str()).collect();
        assert_eq!(
            titulos,
            [
                "1.1 Primer contacto",
                "1.2 Inconvenientes previo a la prestación del servicio",
                "1.3 Despedida",
                "2.1 Frases de cortesía",
                "2.2 Lo que el proveedor debe asegurar",
            ]
        );
        let pasos: usize = secciones.iter().map(|s| s.pasos.len()).sum();
        assert_eq!(pasos, 29);
        assert_eq!(
            secciones[0].app[1].botones,
            [Accion::TomarFotosPrevias, Accion::CargarFotos]
        );
        assert_eq!(secciones[0].pasos[0].quien, Some(Quien::Cliente));
        assert_eq!(secciones[0].pasos[0].tipo, Tipo::Hace);
        assert_eq!(secciones[4].pasos[0].quien, None);
    }

    #[test]
    fn un_curso_mal_escrito_da_un_mensaje_en_espanol() {
        for (texto, parte) in [
            ("", "el texto termina antes de tiempo (línea 1, columna 1)"),
            (
                r#"{"secciones": [{"id": "x"}]}"#,
                "en «secciones[0]»: falta el campo «titulo»",
            ),
            (
                r#"{"secciones": [], "otro": 1}"#,
                "campo desconocido «otro»",
            ),
            (
                r#"{"secciones": [{"id": "x", "titulo": "T", "intro": "I", "pasos": [{"tipo": "canta", "texto": "a"}]}]}"#,
                "en «secciones[0].pasos[0].tipo»: «canta» no existe",
            ),
            (
                r#"{"secciones": [{"id": "x", "titulo": "T", "intro": "I", "pasos": [{"tipo": "dice", "texto": "a", "por_qeu": "b"}]}]}"#,
                "en «secciones[0].pasos[0].por_qeu»: campo desconocido «por_qeu»",
            ),
            (
                r#"{"secciones": [{"id": "x", "titulo": "T", "intro": "I", "pasos": [{"tipo": "hace", "texto": "a"}], "app": [{"texto": "a", "botones": ["volar"], "por_que": "b"}]}]}"#,
                "acción «volar» no existe",
            ),
            (
                r#"{"secciones": [{"id": "x", "titulo": "T", "intro": "I", "pasos": []}]}"#,
                "«T») no tiene pasos",
            ),
            (
                r#"{"secciones": [{"id": " ", "titulo": "T", "intro": "I", "pasos": [{"tipo": "hace", "texto": "a"}]}]}"#,
                "no tiene id",
            ),
            (
                r#"{"secciones": [{"id": "x", "titulo": "T", "intro": "I", "pasos": [{"tipo": "hace", "texto": "a"}]}, {"id": "x", "titulo": "U", "intro": "I", "pasos": [{"tipo": "hace", "texto": "a"}]}]}"#,
                "la sección 2 («U») repite el id «x»",
            ),
            (
                r#"{"secciones": [{"id": "x", "titulo": "T", "intro": "I", "pasos": [{"tipo": "hace", "texto": "a"}], "app": [{"texto": "a", "botones": [], "por_que": "b"}]}]}"#,
                "indicación de la aplicación sin botones",
            ),
        ] {
            let e = leer(texto).expect_err(texto);
            assert!(e.contains(parte), "{texto}: {e}");
        }
    }

    #[test]
    fn las_frases_son_las_del_protocolo() {
        // una copia del documento del protocolo, la fuente de la redacción
        let protocolo = include_str!(
            "../../../engine/tests/fixtures/protocolo/protocolo-servicio-comercio.txt"
        );
        let plano = protocolo.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in SECCIONES.as_ref().expect("el curso se lee") {
            let citas = s
                .pasos
                .iter()
                .map(|p| &p.texto)
                .chain(s.notas.iter().map(|n| &n.texto))
                .chain(s.app.iter().map(|a| &a.texto));
            for c in citas {
                let c = c.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    plano.contains(&c),
                    "{}: no está en el protocolo: {c}",
                    s.titulo
                );
            }
        }
    }
}
