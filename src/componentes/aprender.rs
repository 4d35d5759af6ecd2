//! Aprender: the protocol walked through section by section with its exact
//! phrases, worked examples replayed by the engine, and a sandbox to try a
//! phrase against the detector.

use crate::componentes::hablante::{self, Nombres};
use crate::estado::Estado;
use leptos::prelude::*;
use protocolo::ejemplos::EJEMPLOS;
use protocolo::escenario::buscar;
use protocolo::{
    detectar, Accion, Contexto, Etiqueta, Evento, Genero, Hora, Interlocutor, Persona, Sesion,
    Transcripcion,
};

/// Longest phrase accepted in the sandbox.
const MAX_FRASE: usize = 1_000;

/// What one row of a protocol table is: something said (quoted exactly) or done.
#[derive(Clone, Copy)]
enum Tipo {
    Dice,
    Hace,
}

/// One row of the protocol: who, under which condition, what, and why it matters.
struct Paso {
    quien: &'static str,
    condicion: Option<&'static str>,
    tipo: Tipo,
    texto: &'static str,
    por_que: Option<&'static str>,
}

/// A note of the protocol (quoted exactly) with its explanation.
struct Nota {
    texto: &'static str,
    por_que: &'static str,
}

/// A note about the Aliados INS Servicios app and the buttons that fulfil it.
struct EnLaApp {
    texto: &'static str,
    botones: &'static [Accion],
    por_que: &'static str,
}

struct Seccion {
    id: &'static str,
    titulo: &'static str,
    intro: &'static str,
    /// Heading of the list, quoted from the protocol when it has one.
    encabezado: Option<&'static str>,
    pasos: &'static [Paso],
    notas: &'static [Nota],
    app: &'static [EnLaApp],
}

const fn dice(quien: &'static str, texto: &'static str, por_que: &'static str) -> Paso {
    Paso {
        quien,
        condicion: None,
        tipo: Tipo::Dice,
        texto,
        por_que: Some(por_que),
    }
}

const fn responde(quien: &'static str, texto: &'static str) -> Paso {
    Paso {
        quien,
        condicion: None,
        tipo: Tipo::Dice,
        texto,
        por_que: None,
    }
}

const fn si(
    quien: &'static str,
    condicion: &'static str,
    tipo: Tipo,
    texto: &'static str,
    por_que: &'static str,
) -> Paso {
    Paso {
        quien,
        condicion: Some(condicion),
        tipo,
        texto,
        por_que: Some(por_que),
    }
}

const PROVEEDOR: &str = "Proveedor";
const CLIENTE: &str = "Cliente";
const OPERADOR: &str = "Operador Centro de Contacto";

const SECCIONES: &[Seccion] = &[
    Seccion {
        id: "aprender-1-1",
        titulo: "1.1 Primer contacto",
        intro: "El cliente se hace presente al comercio para recibir el servicio. Los primeros segundos marcan el tono de toda la visita: saludo según la hora, su nombre, la institución y el nombre del cliente con don o doña.",
        encabezado: None,
        pasos: &[
            Paso {
                quien: CLIENTE,
                condicion: None,
                tipo: Tipo::Hace,
                texto: "Se hace presente al comercio para recibir el servicio.",
                por_que: None,
            },
            dice(
                PROVEEDOR,
                "Buenos días, tardes, noches mi nombre es (nombre del proveedor) proveedor del Instituto Nacional de Seguros ¿cómo está don / doña (nombre del cliente)?",
                "El saludo debe corresponder a la hora: «buenos días» de 5:00 a 11:59, «buenas tardes» de 12:00 a 17:59 y «buenas noches» desde las 18:00. Decir su nombre y que es proveedor del Instituto Nacional de Seguros le confirma al cliente que llegó la persona autorizada; preguntarle cómo está, con don o doña y su nombre, muestra respeto y calidez desde el inicio.",
            ),
            responde(CLIENTE, "Bien gracias, ¿y usted?"),
            dice(
                PROVEEDOR,
                "Muy bien gracias, don / doña (nombre del cliente).",
                "Responder y agradecer, otra vez con el nombre del cliente, mantiene una conversación cordial y personal.",
            ),
            dice(
                PROVEEDOR,
                "Permítame por favor su nombre completo e identificación para realizar el proceso de confirmación de datos.",
                "Confirmar la identidad asegura que el servicio se presta a quien lo solicitó. Explicar para qué se piden los datos evita que el cliente lo sienta como desconfianza.",
            ),
            Paso {
                quien: CLIENTE,
                condicion: None,
                tipo: Tipo::Dice,
                texto: "Claro, con gusto (cliente muestra identificación)",
                por_que: None,
            },
            dice(
                PROVEEDOR,
                "Don / doña (nombre del cliente), le pido que usted o la persona encargada permanezca en el lugar mientras brindo el servicio.",
                "Que una persona responsable permanezca protege al cliente y al proveedor: puede ver el trabajo, resolver dudas y dar fe de lo realizado.",
            ),
        ],
        notas: &[Nota {
            texto: "En caso de que quien solicita el servicio no se encuentre presente, llamar al Centro de Contacto para solicitar instrucciones de cómo proceder. No está permitido iniciar la labor sin la presencia de la persona que le fue indicado previamente.",
            por_que: "El Centro de Contacto sabe quién solicitó el servicio y decide cómo seguir. En el entrenador, iniciar la labor sin esa persona es un error crítico (escenario «cliente ausente»).",
        }],
        app: &[
            EnLaApp {
                texto: "Deben iniciar el servicio en la aplicación Aliados INS Servicios.",
                botones: &[Accion::IniciarServicio],
                por_que: "Iniciar el servicio registra la hora de inicio y le permite al Centro de Contacto dar seguimiento a la visita.",
            },
            EnLaApp {
                texto: "Deben tomar fotografías previo al servicio y cargarlas de inmediato en la aplicación Aliados INS Servicios.",
                botones: &[Accion::TomarFotosPrevias, Accion::CargarFotos],
                por_que: "Las fotografías previas dejan constancia de cómo estaba el lugar antes del trabajo; cargarlas de inmediato evita que se pierdan o se confundan con otras.",
            },
        ],
    },
    Seccion {
        id: "aprender-1-2",
        titulo: "1.2 Inconvenientes previo a la prestación del servicio",
        intro: "Si antes de la cita surge un inconveniente que le impide atender al cliente a la hora pactada, se llama al Centro de Contacto antes de esa hora, no después.",
        encabezado: None,
        pasos: &[
            si(
                PROVEEDOR,
                "Caso 1 (llamada al Centro de Contacto):",
                Tipo::Dice,
                "Buenos días, tardes, noches mi nombre es (nombre del proveedor) Tengo pendiente un servicio, pero se me presentó un inconveniente que no me permite atender al cliente a la hora pactada.",
                "Avisar a tiempo permite que el Centro de Contacto y el cliente se organicen. Identificarse evita confusiones sobre cuál servicio está en riesgo.",
            ),
            si(
                PROVEEDOR,
                "Si se puede solucionar el inconveniente:",
                Tipo::Hace,
                "Proponer una hora en la que se pueda atender al cliente.",
                "Una hora concreta le lleva al Centro de Contacto una solución y no solo un problema.",
            ),
            si(
                PROVEEDOR,
                "Si no se puede solucionar el inconveniente:",
                Tipo::Dice,
                "Me disculpo pero es una falla que no puedo resolver en este momento. Solicito re coordinar el evento.",
                "Disculparse reconoce la molestia causada; solicitar re coordinar permite que otra persona atienda al cliente. Prometer ir igual cuando no se puede solo traslada el problema al cliente.",
            ),
            Paso {
                quien: OPERADOR,
                condicion: Some("Caso 1: Si es posible solucionar su situación:"),
                tipo: Tipo::Dice,
                texto: "De acuerdo don / doña (nombre proveedor) agradecemos la notificación del caso. Por favor cualquier otro inconveniente notificarnos.",
                por_que: None,
            },
            Paso {
                quien: OPERADOR,
                condicion: Some("Si no es posible solucionar su situación:"),
                tipo: Tipo::Dice,
                texto: "De acuerdo don / doña (nombre proveedor) vamos a coordinar con otro Proveedor el servicio.",
                por_que: None,
            },
        ],
        notas: &[
            Nota {
                texto: "Se debe notificar al cliente la nueva hora propuesta.",
                por_que: "El cliente está esperando; saber la nueva hora le permite organizarse. Al llegar, discúlpese con el cliente por el cambio.",
            },
            Nota {
                texto: "Se debe re coordinar el servicio e informar al cliente sobre el cambio del proveedor.",
                por_que: "Así el cliente no espera a alguien que no llegará y sabe quién le atenderá.",
            },
        ],
        app: &[],
    },
    Seccion {
        id: "aprender-1-3",
        titulo: "1.3 Despedida",
        intro: "La visita termina como empezó: con cortesía y con el nombre del cliente.",
        encabezado: None,
        pasos: &[dice(
            PROVEEDOR,
            "Muchas gracias don / doña (nombre del cliente); fue un placer servirle.",
            "La despedida deja la última impresión del servicio del INS; agradecer y llamar al cliente por su nombre cierra la visita con la misma calidez del saludo.",
        )],
        notas: &[],
        app: &[
            EnLaApp {
                texto: "Deben tomar fotografías posterior al servicio y cargarlas de inmediato en la aplicación Aliados INS Servicios.",
                botones: &[Accion::TomarFotosPosteriores, Accion::CargarFotos],
                por_que: "Las fotografías posteriores muestran el trabajo terminado y completan, junto con las previas, la evidencia del servicio.",
            },
            EnLaApp {
                texto: "Deben finalizar el servicio en la aplicación Aliados INS Servicios.",
                botones: &[Accion::FinalizarServicio],
                por_que: "Finalizar registra que la labor terminó y cierra el caso; un servicio sin finalizar queda abierto.",
            },
        ],
    },
    Seccion {
        id: "aprender-2-1",
        titulo: "2.1 Frases de cortesía",
        intro: "Estas frases se pueden usar en cualquier momento de la visita. En el entrenador, el tuteo, el voseo, la jerga o el trato grosero se califican como faltas.",
        encabezado: Some("El Proveedor deberá mantener contacto con el Cliente de forma cortés, podrá decir las siguientes frases:"),
        pasos: &[
            dice(
                PROVEEDOR,
                "Don / doña indicar el nombre del cliente",
                "Llamar a la persona por su nombre, con don o doña según corresponda, es la base del trato respetuoso. Usar el género o el nombre equivocados se califica como falta.",
            ),
            dice(
                PROVEEDOR,
                "Permítame un momento (si requiere tiempo para alguna gestión)",
                "Avisa al cliente de la espera en lugar de dejarle sin explicación.",
            ),
            dice(
                PROVEEDOR,
                "¿Cómo se encuentra?",
                "Muestra interés por la persona, sobre todo si algo le afecta.",
            ),
            dice(
                PROVEEDOR,
                "Muchas gracias.",
                "Reconoce la colaboración y el tiempo del cliente.",
            ),
            dice(
                PROVEEDOR,
                "Con mucho gusto.",
                "Responde a una solicitud o a un agradecimiento con buena disposición.",
            ),
            dice(
                PROVEEDOR,
                "Estamos para servirle.",
                "Le recuerda al cliente que el servicio existe para atenderle.",
            ),
        ],
        notas: &[],
        app: &[],
    },
    Seccion {
        id: "aprender-2-2",
        titulo: "2.2 Lo que el proveedor debe asegurar",
        intro: "Más que frases, son la actitud y las reglas de conducta durante todo el servicio.",
        encabezado: Some("El Proveedor debe asegurar que:"),
        pasos: &[
            dice(
                "",
                "El cliente se mantenga satisfecho con el servicio brindado.",
                "La satisfacción del cliente es la medida final de la visita.",
            ),
            dice(
                "",
                "Colaborarle en la situación en que se encuentra.",
                "El cliente pidió el servicio por una necesidad concreta; ayudarle con ella es el propósito de la visita.",
            ),
            dice(
                "",
                "Brindar el servicio con calidez, empatía y precisión en lo solicitado.",
                "Hacer exactamente lo solicitado, con buen trato, evita reclamos y visitas repetidas.",
            ),
            dice(
                "",
                "Escuchar atentamente al cliente cuando externa alguna situación.",
                "Escuchar permite entender lo que necesita y notar a tiempo si algo le afecta.",
            ),
            dice(
                "",
                "Comunicarse con el cliente por su nombre.",
                "Personaliza el trato y demuestra respeto.",
            ),
            dice(
                "",
                "El cliente perciba acompañamiento en su situación (empatía).",
                "Sentirse acompañado reduce la preocupación del cliente.",
            ),
            dice(
                "",
                "El cliente obtenga comprensión y apoyo en el servicio.",
                "Un cliente que se siente comprendido confía en el proveedor y en el INS.",
            ),
            dice(
                "",
                "Escalar al Centro de Contacto las situaciones de afectación al cliente de inmediato, si se presentan.",
                "El Centro de Contacto puede activar apoyos que el proveedor no tiene. En el entrenador se mide la demora en turnos y en minutos (escenario «afectación al cliente»).",
            ),
            dice(
                "",
                "Durante el servicio mantener una comunicación cordial y atenta con el cliente.",
                "Informar al cliente de lo que se está haciendo evita incertidumbre.",
            ),
            dice(
                "",
                "No ingerir ningún tipo de alcohol, droga ni fumar durante el servicio.",
                "Es una regla sin excepciones: aceptar alcohol o un cigarrillo es un error crítico. Se rechaza con cortesía (escenario «conducta»).",
            ),
        ],
        notas: &[],
        app: &[],
    },
];

#[component]
fn SeccionProtocolo(seccion: &'static Seccion) -> impl IntoView {
    let titulo_id = format!("{}-titulo", seccion.id);
    let etiquetado_por = titulo_id.clone();
    let lista = |p: &'static Paso| {
        let clase = match p.tipo {
            Tipo::Dice => "frase",
            Tipo::Hace => "actividad",
        };
        view! {
            <li class="paso-protocolo">
                {(!p.quien.is_empty()).then(|| view! { <p class="responsable">{p.quien}</p> })}
                {p.condicion.map(|c| view! { <p class="condicion">{c}</p> })}
                {match p.tipo {
                    Tipo::Dice => view! { <blockquote class=clase><p>{p.texto}</p></blockquote> }.into_any(),
                    Tipo::Hace => view! { <p class=clase>{p.texto}</p> }.into_any(),
                }}
                {p.por_que.map(|t| view! {
                    <p class="por-que"><strong>"Por qué importa: "</strong>{t}</p>
                })}
            </li>
        }
    };
    view! {
        <section class="tarjeta seccion-protocolo" id=seccion.id aria-labelledby=etiquetado_por>
            <h2 id=titulo_id>{seccion.titulo}</h2>
            <p class="intro-seccion">{seccion.intro}</p>
            {seccion.encabezado.map(|e| view! { <p class="encabezado-protocolo">{e}</p> })}
            <ol class="pasos-protocolo">{seccion.pasos.iter().map(lista).collect_view()}</ol>
            {(!seccion.notas.is_empty()).then(|| view! {
                <h3>"Notas del protocolo"</h3>
                <ul class="notas-protocolo">
                    {seccion.notas.iter().map(|n| view! {
                        <li>
                            <blockquote class="frase"><p>{n.texto}</p></blockquote>
                            <p class="por-que"><strong>"Por qué importa: "</strong>{n.por_que}</p>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!seccion.app.is_empty()).then(|| view! {
                <div class="en-la-app">
                    <h3>"En la aplicación Aliados INS Servicios"</h3>
                    <ul>
                        {seccion.app.iter().map(|a| {
                            let botones = a
                                .botones
                                .iter()
                                .map(|b| format!("«{}»", b.etiqueta()))
                                .collect::<Vec<_>>()
                                .join(", luego ");
                            view! {
                                <li>
                                    <blockquote class="frase"><p>{a.texto}</p></blockquote>
                                    <p class="botones-app">"En el entrenador: " {botones} "."</p>
                                    <p class="por-que"><strong>"Por qué importa: "</strong>{a.por_que}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            })}
        </section>
    }
}

/// One line of a worked example.
#[derive(Debug, Clone, PartialEq)]
struct LineaEjemplo {
    clase: &'static str,
    autor: String,
    /// "al Centro de Contacto" when the trainee spoke to the operator.
    destino: Option<&'static str>,
    texto: String,
    hora: String,
}

/// A worked example: the scenario and its dialogue, replayed by the engine.
#[derive(Debug, Clone, PartialEq)]
struct Ejemplo {
    titulo: String,
    resumen: String,
    detalle: String,
    lineas: Vec<LineaEjemplo>,
}

fn ejemplo(id: &str, json: &str) -> Result<Ejemplo, String> {
    let escenario = buscar(id)?;
    let t = Transcripcion::desde_json(json).map_err(|e| e.to_string())?;
    let s = Sesion::reproducir(escenario.clone(), &t).map_err(|e| e.to_string())?;
    let v = s.variante();
    let nombres = Nombres::de_sesion(&s);
    let lineas = s
        .historial()
        .iter()
        .filter_map(|e| match e {
            Evento::Linea {
                quien,
                texto,
                hora,
                a,
                ..
            } => {
                let (clase, autor) = hablante::clase_y_autor(*quien, &nombres);
                Some(LineaEjemplo {
                    clase,
                    autor,
                    destino: hablante::destino(*quien, *a),
                    texto: texto.clone(),
                    hora: hora.to_string(),
                })
            }
            _ => None,
        })
        .collect();
    let informe = s.informe();
    let detalle = format!(
        "Proveedor: {} · Cliente: {} · Resultado del ejemplo: {} de 100, {}",
        t.proveedor.nombre,
        v.cliente.nombre,
        informe.total,
        if informe.aprobado {
            "aprobado"
        } else {
            "no aprobado"
        }
    );
    Ok(Ejemplo {
        titulo: escenario.titulo.clone(),
        resumen: escenario.resumen.clone(),
        detalle,
        lineas,
    })
}

#[component]
fn EjemploResuelto(id: &'static str, json: &'static str) -> impl IntoView {
    match ejemplo(id, json) {
        Ok(e) => {
            let etiqueta = format!("Diálogo del ejemplo: {}", e.titulo);
            view! {
                <details class="tarjeta ejemplo">
                    <summary>{e.titulo}</summary>
                    <p>{e.resumen}</p>
                    <p class="detalle-ejemplo">{e.detalle}</p>
                    <ol class="dialogo" aria-label=etiqueta>
                        {e.lineas.into_iter().map(|l| view! {
                            <li class=l.clase>
                                <p class="autor">
                                    <span>
                                        {l.autor}
                                        {l.destino.map(|d| view! { <span class="destino">{format!(" ({d})")}</span> })}
                                    </span>
                                    <span class="hora">{l.hora}</span>
                                </p>
                                <p class="texto">{l.texto}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                </details>
            }
            .into_any()
        }
        Err(m) => view! {
            <details class="tarjeta ejemplo">
                <summary>{id}</summary>
                <p class="error">{format!("No se pudo preparar este ejemplo: {m}.")}</p>
            </details>
        }
        .into_any(),
    }
}

/// The clients the sandbox offers, as (shown text, full name, gender).
const CLIENTES: &[(&str, &str, Genero)] = &[
    ("doña María Fernández", "María Fernández", Genero::F),
    ("don José Rodríguez", "José Rodríguez", Genero::M),
];

/// What the detector found, ready to show: (description, trigger words, is a fault).
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
        .map(|(e, palabras): (Etiqueta, Vec<String>)| {
            (e.descripcion(), palabras.join(" "), e.es_falta())
        })
        .collect()
}

#[component]
fn PruebeUnaFrase() -> impl IntoView {
    let estado = expect_context::<Estado>();
    let (texto, set_texto) = signal(String::new());
    let (hora, set_hora) = signal(String::from("14:30"));
    // the selects' values, as strings (String signals share their code)
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
    // plain derived values: each is cheap to recompute on a keystroke
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
            <p>
                "Escriba lo que diría y vea qué partes del protocolo reconoce el detector del entrenador. "
                "Para reconocer su presentación, el detector usa su nombre: "
                <strong>{proveedor}</strong>"."
            </p>
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

#[component]
pub fn Aprender() -> impl IntoView {
    view! {
        <article class="aprender" aria-labelledby="aprender-titulo">
            <h1 id="aprender-titulo">"Aprender el protocolo"</h1>
            <p class="intro">
                "El «Protocolo para la prestación del servicio en el comercio» del Centro de Contacto, sección por sección: "
                "las frases exactas que usted debe decir, por qué importan y lo que debe hacer en la aplicación Aliados INS Servicios. "
                "Donde dice «don / doña (nombre del cliente)», use don o doña según corresponda y el nombre de la persona."
            </p>
            <nav class="tarjeta indice-aprender" aria-label="Contenido de Aprender">
                <h2 class="indice-titulo">"Contenido"</h2>
                <ol>
                    {SECCIONES.iter().map(|s| view! {
                        <li><a href=format!("#{}", s.id)>{s.titulo}</a></li>
                    }).collect_view()}
                    <li><a href="#aprender-ejemplos">"Ejemplos resueltos"</a></li>
                    <li><a href="#aprender-prueba">"Pruebe una frase"</a></li>
                </ol>
            </nav>
            {SECCIONES.iter().map(|s| view! { <SeccionProtocolo seccion=s/> }).collect_view()}
            <section class="ejemplos" id="aprender-ejemplos" aria-labelledby="aprender-ejemplos-titulo">
                <h2 id="aprender-ejemplos-titulo">"Ejemplos resueltos"</h2>
                <p>
                    "Cada ejemplo es una visita sin errores, reproducida por el mismo motor que califica sus intentos: "
                    "las respuestas del cliente y del operador son las que usted verá al practicar. Abra un escenario para ver el diálogo."
                </p>
                {EJEMPLOS.iter().map(|(id, json)| view! { <EjemploResuelto id=*id json=*json/> }).collect_view()}
            </section>
            <PruebeUnaFrase/>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cada_ejemplo_se_reproduce_y_aprueba() {
        for (id, json) in EJEMPLOS {
            let e = ejemplo(id, json).unwrap_or_else(|m| panic!("{id}: {m}"));
            assert!(
                e.lineas.iter().any(|l| l.autor == "Usted"),
                "{id}: sin líneas del proveedor"
            );
            assert!(
                e.detalle.contains("100 de 100, aprobado"),
                "{id}: {}",
                e.detalle
            );
        }
    }

    #[test]
    fn todos_los_escenarios_tienen_ejemplo() {
        let ids: Vec<&str> = EJEMPLOS.iter().map(|(id, _)| *id).collect();
        for e in protocolo::escenario::catalogo().expect("catálogo") {
            assert!(ids.contains(&e.id.as_str()), "falta el ejemplo de {}", e.id);
        }
    }

    #[test]
    fn el_detector_reconoce_un_saludo() {
        let r = reconocer(
            "Buenas tardes doña María",
            Hora::new(14, 30),
            0,
            "Carlos Jiménez",
            Interlocutor::Cliente,
        );
        assert!(r
            .iter()
            .any(|(d, _, _)| *d == Etiqueta::Saludo.descripcion()));
        assert!(r
            .iter()
            .any(|(d, _, _)| *d == Etiqueta::Trato.descripcion()));
        assert!(reconocer(
            "zzz",
            Hora::new(9, 0),
            1,
            "Carlos Jiménez",
            Interlocutor::Operador
        )
        .is_empty());
    }

    #[test]
    fn las_frases_son_las_del_protocolo() {
        // a copy of the protocol document, the source of truth for the wording
        let protocolo =
            include_str!("../../engine/tests/fixtures/protocolo/protocolo-servicio-comercio.txt");
        let plano = protocolo.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in SECCIONES {
            let citas = s
                .pasos
                .iter()
                .map(|p| p.texto)
                .chain(s.notas.iter().map(|n| n.texto))
                .chain(s.app.iter().map(|a| a.texto));
            for c in citas {
                let c = c.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    plano.contains(&c),
                    "{}: no está en el protocolo: {c}",
                    s.titulo
                );
            }
        }
    }
}
