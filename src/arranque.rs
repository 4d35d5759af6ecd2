//! Lo común al arrancar las dos aplicaciones (la de formación y la de RR. HH.):
//! el aviso en español si algo falla y el catálogo de escenarios (dentro del
//! wasm en las de RR. HH. y del LRS; aparte, traído cuando hace falta, en la de
//! formación).

/// Un defecto de la aplicación no debe dejar una página muerta: a la persona en
/// formación se le dice, en español, que el avance guardado después del último
/// turno está a salvo y cómo seguir. El detalle técnico va a la consola del
/// navegador.
fn avisar_fallo(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Entrenador de Protocolo: {info}").into());
    mostrar_aviso_de_fallo();
}

/// El aviso en sí, lo primero de la página.
pub fn mostrar_aviso_de_fallo() {
    let Some(documento) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(cuerpo), Ok(aviso)) = (documento.body(), documento.create_element("div")) else {
        return;
    };
    aviso.set_class_name("fallo");
    let _ = aviso.set_attribute("role", "alert");
    aviso.set_text_content(Some(
        "Ocurrió un error inesperado en el entrenador. Su avance se guardó después de su último turno: \
         recargue la página para continuar donde iba.",
    ));
    let _ = cuerpo.prepend_with_node_1(&aviso);
}

/// Quita la portada que `scripts/portada.mjs` escribió en `index.html`
/// (sus elementos llevan `data-previa`) justo antes de montar la aplicación.
pub fn quitar_portada_previa() {
    let Some(documento) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    while let Ok(Some(e)) = documento.query_selector("[data-previa]") {
        e.remove();
    }
}

/// Instala el aviso de fallo.
pub fn iniciar() {
    std::panic::set_hook(Box::new(avisar_fallo));
}

/// Las aplicaciones de RR. HH. y del LRS llevan el catálogo de escenarios
/// dentro de su wasm (validado y guardado por `build.rs`) y lo instalan al
/// arrancar; si no se pudiera, cada página que pide un escenario dice por qué.
pub fn instalar_catalogo_incluido() {
    const CATALOGO: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogo.bin"));
    if let Err(e) = protocolo::escenario::instalar_catalogo(CATALOGO) {
        web_sys::console::error_1(&format!("Entrenador de Protocolo: {e}").into());
    }
}

/// El archivo del catálogo que escribió `build.rs` para la aplicación de
/// formación (su nombre lleva la huella del contenido).
const ARCHIVO_CATALOGO: &str = env!("ARCHIVO_CATALOGO");

/// La aplicación de formación trae el catálogo aparte, la primera vez que una
/// página lo necesita (la portada no): no es parte de la primera carga. Una
/// vez instalado no se vuelve a pedir; el error es una frase en español.
pub async fn traer_catalogo() -> Result<(), String> {
    if protocolo::escenario::catalogo_disponible() {
        return Ok(());
    }
    let bytes = crate::almacen::traer(&format!("./{ARCHIVO_CATALOGO}"))
        .await
        .map_err(|m| format!("no se pudieron traer los escenarios: {m}"))?;
    // (otra espera pudo instalarlo mientras tanto)
    if protocolo::escenario::catalogo_disponible() {
        return Ok(());
    }
    protocolo::escenario::instalar_catalogo(&bytes)
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn el_aviso_de_fallo_es_una_alerta_en_espanol_al_principio_de_la_pagina() {
        super::mostrar_aviso_de_fallo();
        let cuerpo = web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .body()
            .unwrap();
        let aviso = cuerpo.first_element_child().expect("un aviso");
        assert_eq!(aviso.get_attribute("role").as_deref(), Some("alert"));
        assert_eq!(aviso.class_name(), "fallo");
        let texto = aviso.text_content().unwrap_or_default();
        assert!(texto.starts_with("Ocurrió un error inesperado"), "{texto}");
        assert!(texto.contains("recargue la página"), "{texto}");
    }
}
