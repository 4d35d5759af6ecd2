//! La aplicación de Recursos Humanos (`rrhh.html`): verificar certificados,
//! revisar una cohorte de expedientes y firmarlos. Sus páginas y la firma viven
//! solo en este binario.

mod app;
mod firma_web;
mod lrs;
mod medicion;
mod revision;
mod verificar;

fn main() {
    entrenador::arranque::iniciar();
    entrenador::arranque::instalar_catalogo_incluido();
    leptos::mount::mount_to_body(app::AppRrhh);
}
