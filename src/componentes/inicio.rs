//! La página de inicio: qué es el entrenador y sus tres usos.

use crate::componentes::pagina::Pagina;
use crate::estado::{Estado, Pantalla};
use leptos::prelude::*;

/// Los tres usos son enlaces: la portada llega ya escrita en `index.html`
/// (`scripts/portada.mjs`) y se puede elegir antes de que cargue el wasm.
fn ruta(p: Pantalla) -> String {
    format!("#/{}", p.nombre())
}

#[component]
pub fn Inicio() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let certificando = move || {
        estado
            .certificacion
            .with(|c| c.as_ref().is_some_and(|c| c.expediente.is_none()))
    };
    view! {
        <Pagina clase="portada" titulo="Entrenador de Protocolo del INS" intro={concat!(
            "Practique el protocolo de servicio en el comercio: usted es el proveedor y la aplicación hace de cliente y de operador del Centro de Contacto. ",
            "Todo ocurre en este dispositivo; la calificación sigue cada paso del protocolo.",
        )}>
            <ul class="modos">
                <li class="tarjeta modo">
                    <h2>"Aprender"</h2>
                    <p>"El protocolo sección por sección, con las frases exactas, por qué importan y ejemplos resueltos."</p>
                    <a class="boton-secundario" href=ruta(Pantalla::Aprender)>"Ir a Aprender"</a>
                </li>
                <li class="tarjeta modo">
                    <h2>"Practicar"</h2>
                    <p>"Cualquier escenario y variante, con pistas, comentarios después de cada turno y reinicio cuando quiera."</p>
                    <a class="boton-primario" href=ruta(Pantalla::Practicar)>"Ir a Practicar"</a>
                </li>
                <li class="tarjeta modo">
                    <h2>"Certificar"</h2>
                    <p>"Un conjunto fijo de escenarios sin pistas ni reinicios. Genera un certificado y un expediente que RR. HH. puede verificar."</p>
                    <a class="boton-secundario" href=ruta(Pantalla::Certificar)>
                        {move || if certificando() { "Continuar la certificación" } else { "Ir a Certificar" }}
                    </a>
                </li>
            </ul>
            <p class="enlaces-secundarios">
                <a href="#/historial">"Ver mi historial"</a>" · "
                <a href="#/verificar">"Verificar un expediente"</a>" · "
                <a href="#/revision">"Revisión de una cohorte (RR. HH.)"</a>
            </p>
        </Pagina>
    }
}
