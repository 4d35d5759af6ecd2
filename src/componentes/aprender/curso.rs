//! El contenido de Aprender (el curso y los ejemplos resueltos), ya leído y
//! validado al compilar (`build.rs`, ver `protocolo::curso`). No va en la
//! primera carga: la página lo trae la primera vez que se abre y lo guarda
//! para el resto de la sesión.

#[cfg(test)]
use protocolo::curso::{leer, Quien};
pub use protocolo::curso::{Contenido, Paso, Seccion, Tipo};
#[cfg(test)]
use protocolo::Accion;
use std::sync::OnceLock;

/// El archivo que escribió `build.rs` (su nombre lleva la huella del contenido).
const ARCHIVO: &str = env!("ARCHIVO_APRENDER");

static CONTENIDO: OnceLock<Contenido> = OnceLock::new();

/// El contenido de Aprender: traído y leído la primera vez; o por qué no se
/// pudo, en español, para decirlo en la página.
pub async fn traer() -> Result<&'static Contenido, String> {
    // los ejemplos resueltos se reproducen con el catálogo de escenarios, que
    // también llega aparte: los dos se piden a la vez
    let curso = async {
        match CONTENIDO.get() {
            Some(_) => Ok(Vec::new()),
            None => crate::almacen::traer(&format!("./{ARCHIVO}"))
                .await
                .map_err(|m| format!("no se pudo traer el contenido de Aprender: {m}")),
        }
    };
    let (catalogo, bytes) = futures::future::join(crate::arranque::traer_catalogo(), curso).await;
    catalogo?;
    let bytes = bytes?;
    if let Some(c) = CONTENIDO.get() {
        return Ok(c);
    }
    let c = protocolo::curso::leer_contenido(&bytes)?;
    Ok(CONTENIDO.get_or_init(|| c))
}

/// El contenido tal como lo compiló `build.rs`, para las pruebas.
#[cfg(test)]
pub fn de_prueba() -> Contenido {
    protocolo::curso::leer_contenido(include_bytes!(concat!(env!("OUT_DIR"), "/aprender.bin")))
        .expect("el contenido se lee")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn el_curso_que_se_entrega_se_lee() {
        let secciones = de_prueba().secciones;
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
        for s in &de_prueba().secciones {
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
