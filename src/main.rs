//! Entrenador de Protocolo: the web shell (Leptos CSR) over the pure engine.

mod almacen;
mod app;
mod componentes;
mod estado;

/// A defect in the app must not leave a dead page: the trainee is told, in
/// Spanish, that the progress saved after the last turn is safe and how to go on.
/// The technical detail goes to the browser console.
fn avisar_fallo(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Entrenador de Protocolo: {info}").into());
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

fn main() {
    std::panic::set_hook(Box::new(avisar_fallo));
    leptos::mount::mount_to_body(app::App);
}
