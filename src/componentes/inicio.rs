//! La página de inicio: qué es el entrenador y sus tres usos.

use crate::componentes::pagina::Pagina;
use crate::estado::{Estado, Pantalla};
use leptos::prelude::*;

#[component]
pub fn Inicio() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let ir = move |p: Pantalla| move |_| estado.pantalla.set(p);
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
                    <button type="button" class="boton-secundario" on:click=ir(Pantalla::Aprender)>"Ir a Aprender"</button>
                </li>
                <li class="tarjeta modo">
                    <h2>"Practicar"</h2>
                    <p>"Cualquier escenario y variante, con pistas, comentarios después de cada turno y reinicio cuando quiera."</p>
                    <button type="button" class="boton-primario" on:click=ir(Pantalla::Practicar)>"Ir a Practicar"</button>
                </li>
                <li class="tarjeta modo">
                    <h2>"Certificar"</h2>
                    <p>"Un conjunto fijo de escenarios sin pistas ni reinicios. Genera un certificado y un expediente que RR. HH. puede verificar."</p>
                    <button type="button" class="boton-secundario" on:click=ir(Pantalla::Certificar)>
                        {move || if certificando() { "Continuar la certificación" } else { "Ir a Certificar" }}
                    </button>
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
