//! «Pruebe una frase»: lo que el detector del entrenador reconoce en una
//! frase escrita, con la hora, el cliente y el interlocutor que se elijan.

use crate::estado::Estado;
use leptos::prelude::*;
use protocolo::{detectar, Contexto, Etiqueta, Genero, Hora, Interlocutor, Persona};

/// La frase más larga que se acepta.
const MAX_FRASE: usize = 1_000;

/// Los clientes que se ofrecen, como (texto que se muestra, nombre completo, género).
const CLIENTES: &[(&str, &str, Genero)] = &[
    ("doña María Fernández", "María Fernández", Genero::F),
    ("don José Rodríguez", "José Rodríguez", Genero::M),
];

/// Lo que encontró el detector, listo para mostrar: (descripción, palabras que lo activaron, es falta).
fn reconocer(
    texto: &str,
    hora: Hora,
    cliente: usize,
    proveedor: &str,
    interlocutor: Interlocutor,
) -> Vec<(&'static str, String, bool)> {
    let (_, nombre, genero) = CLIENTES[cliente.min(CLIENTES.len() - 1)];
    let ctx = Contexto {
        hora,
        cliente: Persona {
            nombre: nombre.into(),
            genero,
        },
        proveedor: proveedor.into(),
        interlocutor,
    };
    detectar(texto, &ctx)
        .etiquetas
        .into_iter()
        .map(|(e, palabras): (Etiqueta, Vec<String>)| (e.texto(), palabras.join(" "), e.es_falta()))
        .collect()
}

#[component]
pub fn PruebeUnaFrase() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let (texto, set_texto) = signal(String::new());
    let (hora, set_hora) = signal(String::from("14:30"));
    // los valores de los selectores, como texto (las señales String comparten su código)
    let (cliente, set_cliente) = signal(String::from("0"));
    let (canal, set_canal) = signal(String::from("cliente"));
    let indice_cliente = move || cliente.with(|c| c.parse::<usize>().unwrap_or(0));
    let interlocutor = move || {
        if canal.with(|c| c == "operador") {
            Interlocutor::Operador
        } else {
            Interlocutor::Cliente
        }
    };
    // valores derivados simples: cada uno se recalcula barato con cada tecla
    let proveedor = move || {
        estado.perfil.with(|p| {
            let n = p.nombre.trim();
            if n.is_empty() {
                "Carlos Jiménez".to_string()
            } else {
                n.to_string()
            }
        })
    };
    let hora_valida = move || hora.with(|h| Hora::parse(h));
    let resultado = move || {
        let t = texto.get();
        if t.trim().is_empty() {
            return None;
        }
        let h = hora_valida()?;
        Some(reconocer(
            &t,
            h,
            indice_cliente(),
            &proveedor(),
            interlocutor(),
        ))
    };

    view! {
        <section class="tarjeta prueba-frase" id="aprender-prueba" aria-labelledby="aprender-prueba-titulo">
            <h2 id="aprender-prueba-titulo">"Pruebe una frase"</h2>
            <p>"Escriba lo que diría y vea qué partes del protocolo reconoce el detector del entrenador."</p>
            <form class="formulario-prueba" on:submit=move |ev| ev.prevent_default()>
                <label for="prueba-frase">"Escriba una frase para ver qué reconoce el detector"</label>
                <textarea
                    id="prueba-frase"
                    rows="3"
                    maxlength=MAX_FRASE
                    aria-describedby="prueba-frase-ayuda"
                    prop:value=move || texto.get()
                    on:input=move |ev| {
                        let v: String = event_target_value(&ev).chars().take(MAX_FRASE).collect();
                        set_texto.set(v);
                    }
                ></textarea>
                <p id="prueba-frase-ayuda" class="nota">
                    {move || format!("{} de {MAX_FRASE} caracteres", texto.with(|t| t.chars().count()))}
                </p>
                <div class="opciones-prueba">
                    <div class="campo">
                        // (el mismo nombre que en Practicar: el detector lo busca en «mi nombre es…»)
                        <label for="prueba-nombre">"Su nombre"</label>
                        <input id="prueba-nombre" type="text" autocomplete="name" maxlength=crate::estado::MAX_NOMBRE
                            placeholder="Carlos Jiménez"
                            prop:value=move || estado.perfil.with(|p| p.nombre.clone())
                            on:input=move |ev| {
                                let v = protocolo::texto::sin_controles_bidi(&event_target_value(&ev));
                                estado.perfil.update(|p| p.nombre = v);
                            }/>
                    </div>
                    <div class="campo">
                        <label for="prueba-hora">"Hora simulada"</label>
                        <input
                            id="prueba-hora"
                            type="text"
                            inputmode="numeric"
                            pattern="([01]?[0-9]|2[0-3]):[0-5][0-9]"
                            maxlength="5"
                            autocomplete="off"
                            aria-describedby="prueba-hora-error"
                            aria-invalid=move || if hora_valida().is_none() { "true" } else { "false" }
                            prop:value=move || hora.get()
                            on:input=move |ev| {
                                let v: String = event_target_value(&ev).chars().take(5).collect();
                                set_hora.set(v);
                            }
                        />
                        <p id="prueba-hora-error" class="error" aria-live="polite">
                            {move || hora_valida().is_none().then_some(
                                "Escriba la hora en formato HH:MM de 24 horas, por ejemplo 14:30.",
                            )}
                        </p>
                    </div>
                    <div class="campo">
                        <label for="prueba-cliente">"Cliente"</label>
                        <select
                            id="prueba-cliente"
                            on:change=move |ev| set_cliente.set(event_target_value(&ev))
                        >
                            {CLIENTES.iter().enumerate().map(|(i, (texto, _, _))| view! {
                                <option value=i.to_string() selected=move || indice_cliente() == i>{*texto}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="campo">
                        <label for="prueba-interlocutor">"Usted le habla a"</label>
                        <select
                            id="prueba-interlocutor"
                            on:change=move |ev| set_canal.set(event_target_value(&ev))
                        >
                            <option value="cliente" selected=move || interlocutor() == Interlocutor::Cliente>
                                "El cliente"
                            </option>
                            <option value="operador" selected=move || interlocutor() == Interlocutor::Operador>
                                "El operador del Centro de Contacto"
                            </option>
                        </select>
                    </div>
                </div>
            </form>
            <h3 id="prueba-resultado-titulo">"Lo que reconoce el detector"</h3>
            <div class="resultado-detector" role="status" aria-live="polite" aria-labelledby="prueba-resultado-titulo">
                {move || match resultado() {
                    None if hora_valida().is_none() => view! {
                        <p>"Corrija la hora simulada para ver el resultado."</p>
                    }.into_any(),
                    None => view! { <p>"Escriba una frase para ver el resultado."</p> }.into_any(),
                    Some(lista) if lista.is_empty() => view! {
                        <p>"No se reconoció ninguna frase del protocolo."</p>
                    }.into_any(),
                    Some(lista) => view! {
                        <ul class="etiquetas-detectadas">
                            {lista.into_iter().map(|(descripcion, palabras, falta)| view! {
                                <li class=if falta { "etiqueta-detectada falta" } else { "etiqueta-detectada" }>
                                    {falta.then_some(view! { <span class="marca-falta">"Falta: "</span> })}
                                    <strong>{descripcion}</strong>
                                    {(!palabras.is_empty()).then(|| view! {
                                        <span class="palabras">{format!(" — palabras: «{palabras}»")}</span>
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn el_detector_reconoce_un_saludo() {
        let r = reconocer(
            "Buenas tardes doña María",
            Hora::new(14, 30),
            0,
            "Carlos Jiménez",
            Interlocutor::Cliente,
        );
        assert!(r.iter().any(|(d, _, _)| *d == Etiqueta::Saludo.texto()));
        assert!(r.iter().any(|(d, _, _)| *d == Etiqueta::Trato.texto()));
        assert!(reconocer(
            "zzz",
            Hora::new(9, 0),
            1,
            "Carlos Jiménez",
            Interlocutor::Operador
        )
        .is_empty());
    }
}
