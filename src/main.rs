//! La aplicación de formación: aprender, practicar, certificar e historial.

use entrenador::arranque;

fn main() {
    arranque::iniciar();
    // con un intento guardado, el catálogo de escenarios, que va aparte, llega
    // antes de montar: la visita se reabre donde iba (el ejecutor de Leptos aún
    // no existe: la espera va en el de wasm-bindgen)
    if entrenador::estado::Estado::necesita_catalogo_al_arrancar() {
        wasm_bindgen_futures::spawn_local(async {
            if let Err(m) = arranque::traer_catalogo().await {
                web_sys::console::error_1(&format!("Entrenador de Protocolo: {m}").into());
            }
            montar();
        });
    } else {
        montar();
    }
}

fn montar() {
    // la copia de la portada que trae index.html (scripts/portada.mjs) cede su
    // lugar a la aplicación en la misma tarea: no hay un cuadro en blanco
    arranque::quitar_portada_previa();
    leptos::mount::mount_to_body(entrenador::app::App);
}
