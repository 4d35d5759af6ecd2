//! La aplicación de formación: aprender, practicar, certificar e historial.

fn main() {
    entrenador::arranque::iniciar();
    leptos::mount::mount_to_body(entrenador::app::App);
}
