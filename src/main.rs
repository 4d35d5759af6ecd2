//! Entrenador de Protocolo: the web shell (Leptos CSR) over the pure engine.

mod almacen;
mod app;
mod componentes;
mod estado;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
