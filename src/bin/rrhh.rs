//! La aplicación de Recursos Humanos: verificar certificados y revisar una
//! cohorte de expedientes (`rrhh.html`).

fn main() {
    entrenador::arranque::iniciar();
    leptos::mount::mount_to_body(entrenador::app_rrhh::AppRrhh);
}
