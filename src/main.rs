//! La aplicación de formación: aprender, practicar, certificar e historial.

fn main() {
    entrenador::arranque::iniciar();
    // la copia de la portada que trae index.html (scripts/portada.mjs) cede su
    // lugar a la aplicación en la misma tarea: no hay un cuadro en blanco
    entrenador::arranque::quitar_portada_previa();
    leptos::mount::mount_to_body(entrenador::app::App);
}
