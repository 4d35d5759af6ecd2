//! One rule per label. Each reads meaning from folded words: a trigger
//! (a verb, a noun, a fixed phrase) plus the context that makes it count.

use super::lexico::{self, mismo_nombre};
use super::{lista, Etiqueta as E, Frase, Genero, Interlocutor};
use crate::hora::ParteDelDia;

pub(super) fn aplicar(f: &mut Frase) {
    saludo(f);
    presentacion(f);
    institucion(f);
    trato(f);
    pregunta_bienestar(f);
    pide_nombre_completo(f);
    pide_identificacion(f);
    pide_permanencia(f);
    permitame(f);
    gracias(f);
    con_gusto(f);
    para_servirle(f);
    despedida(f);
    disculpa(f);
    pide_recoordinacion(f);
    propone_hora(f);
    if f.ctx.interlocutor == Interlocutor::Operador {
        reporta_inconveniente(f);
        escala(f);
    }
    informal(f);
    grosero(f);
}

const ADJ_SALUDO: &[u8] =
    lista!["buenos", "buenas", "buen", "buena", "bnas", "bns", "bnos", "wenas", "wenos"];
const DIAS: &[u8] = lista!["dias", "dia", "diaz"];
const TARDES: &[u8] = lista!["tardes", "tarde"];
const NOCHES: &[u8] = lista!["noches", "noche"];

/// Greetings (1.1): "buenos días / buenas tardes / buenas noches" for the
/// simulated hour; "buenas" or "hola" alone is incomplete.
fn saludo(f: &mut Frase) {
    let hora = f.ctx.hora.parte_del_dia();
    for i in 0..f.len() {
        if !f.es_una(i, ADJ_SALUDO) {
            continue;
        }
        let parte = if f.es_una(i + 1, DIAS) {
            ParteDelDia::Dias
        } else if f.es_una(i + 1, TARDES) {
            ParteDelDia::Tardes
        } else if f.es_una(i + 1, NOCHES) {
            ParteDelDia::Noches
        } else {
            continue;
        };
        // a farewell wish ("que tenga buena tarde", "feliz noche") is not a greeting
        if f.antes(
            i,
            3,
            lista!["tenga", "tengan", "pase", "pasen", "disfrute", "feliz", "linda", "bonita"],
        )
        .is_some()
        {
            continue;
        }
        let etiqueta = if parte == hora {
            E::Saludo
        } else {
            E::SaludoHoraErronea
        };
        let desde = if i > 0 && f.es(i - 1, "muy") {
            i - 1
        } else {
            i
        };
        f.marcar(etiqueta, desde, i + 2);
    }
    if f.tiene(E::Saludo) || f.tiene(E::SaludoHoraErronea) {
        return;
    }
    for i in 0..f.len() {
        let hola =
            f.es_una(i, lista!["hola", "holi", "holis", "holaa"]) || (i == 0 && f.es(i, "ola"));
        let buenas = f.es_una(i, lista!["buenas", "wenas", "bnas", "buenass"])
            && (i == 0
                || f.w[i].pausa_despues
                || i + 1 == f.len()
                || (i <= 2
                    && f.antes(i, 2, lista!["muy", "ah", "ay", "eh", "ey", "upe", "hola"])
                        .is_some()));
        if hola || buenas {
            f.marcar(E::SaludoIncompleto, i, i + 1);
            return;
        }
    }
}

/// Words that never are a name after "soy", "le habla", "me llamo"...
fn no_es_nombre(f: &Frase, i: usize) -> bool {
    let p = f.plegada(i);
    p.is_empty()
        || p.chars().all(|c| c.is_ascii_digit())
        || (lexico::indice().es_conocida(p)
            && !lexico::indice().es_nombre(p)
            && !es_del_proveedor(f, i))
}

fn es_del_proveedor(f: &Frase, i: usize) -> bool {
    let p = f.plegada(i);
    !p.is_empty() && f.proveedor.iter().any(|n| mismo_nombre(p, n))
}

/// The provider gives their own name (1.1 "mi nombre es…").
fn presentacion(f: &mut Frase) {
    for i in 0..f.len() {
        // "mi nombre es X", "me llamo X", "me presento: X"
        let fin = f
            .secuencia(i, &[lista!["mi"], lista!["nombre"], lista!["es"]])
            .or_else(|| f.secuencia(i, &[lista!["me"], lista!["llamo"]]))
            .or_else(|| f.secuencia(i, &[lista!["me"], lista!["presento"]]))
            .or_else(|| f.secuencia(i, &[lista!["presentarme"]]))
            .or_else(|| {
                f.secuencia(
                    i,
                    &[
                        lista!["mi"],
                        lista!["nombre"],
                        lista!["completo"],
                        lista!["es"],
                    ],
                )
            })
            .or_else(|| {
                f.secuencia(
                    i,
                    &[
                        lista!["le", "les"],
                        lista!["habla", "saluda", "atiende", "escribe"],
                    ],
                )
            });
        if let Some(fin) = fin {
            if !no_es_nombre(f, fin) || es_del_proveedor(f, fin) {
                f.marcar(E::Presentacion, i, fin + 1);
                return;
            }
        }
        // "Andrés Quesada, para servirle": the provider's own first name and surname
        if f.proveedor.first().is_some_and(|n| n == f.plegada(i)) && es_del_proveedor(f, i + 1) {
            f.marcar(E::Presentacion, i, i + 2);
            return;
        }
        // "soy Carlos", "habla Luis Mora", "yo soy Ana"
        if f.es_una(i, lista!["soy", "habla", "saluda"])
            && (es_del_proveedor(f, i + 1) || lexico::indice().es_nombre(f.plegada(i + 1)))
        {
            // "hablo con doña María" is about the client, not the speaker
            if !(f.es(i, "habla") && f.antes(i, 1, lista!["con"]).is_some()) {
                f.marcar(E::Presentacion, i, i + 2);
                return;
            }
        }
    }
}

const INS: &[u8] = lista!["ins"];

/// Says they come from / work for the INS (1.1 "proveedor del Instituto Nacional de Seguros").
fn institucion(f: &mut Frase) {
    let mut menciones: Vec<(usize, usize)> = Vec::new();
    for i in 0..f.len() {
        if f.es_una(i, INS) {
            menciones.push((i, i + 1));
        } else if let Some(fin) = f.secuencia(i, &[lista!["i"], lista!["n"], lista!["s"]]) {
            menciones.push((i, fin));
        } else if f.es(i, "instituto") {
            let fin = f
                .secuencia(
                    i,
                    &[
                        lista!["instituto"],
                        lista!["nacional"],
                        lista!["de"],
                        lista!["seguros", "seguro"],
                    ],
                )
                .or_else(|| f.secuencia(i, &[lista!["instituto"], lista!["nacional"]]))
                .or_else(|| {
                    f.secuencia(i, &[lista!["instituto"], lista!["de"], lista!["seguros"]])
                });
            if let Some(fin) = fin {
                menciones.push((i, fin));
            }
        }
    }
    const ROL: &[u8] = lista![
        "proveedor",
        "proveedora",
        "tecnico",
        "tecnica",
        "representante",
        "representando",
        "represento",
        "aliado",
        "aliada",
        "autorizado",
        "autorizada",
        "enviado",
        "enviada",
        "contratado",
        "contratada",
        "parte",
        "vengo",
        "venimos",
        "soy",
        "somos",
        "trabajo",
        "trabajamos",
        "llamo",
        "habla",
        "saluda",
        "nombre",
        "colaborador",
        "colaboradora",
        "funcionario",
        "funcionaria",
        "servicio"
    ];
    for (i, fin) in menciones {
        // the app "Aliados INS Servicios" is not a claim to come from the INS
        if f.es(fin, "servicios")
            || f.antes(i, 1, lista!["aliados", "aplicacion", "app"])
                .is_some()
        {
            continue;
        }
        let rol = f.antes(i, 6, ROL);
        let enviado = f.es_una(fin, lista!["me", "nos"])
            && f.es_una(
                fin + 1,
                lista!["envio", "mando", "asigno", "envia", "manda"],
            );
        if rol.is_some()
            || enviado
            || f.tiene(E::Presentacion) && f.antes(i, 2, lista!["del", "de"]).is_some()
        {
            f.marcar(E::Institucion, i, fin);
            return;
        }
    }
}

/// don/doña + the client's name, with the right gender (2.1).
fn trato(f: &mut Frase) {
    // the client's name words (cloned: the frase is marked below)
    let nombres: Vec<String> = f.cliente.clone();
    for i in 0..f.len() {
        let genero = match f.plegada(i) {
            "don" | "dn" => Genero::M,
            "dona" | "dna" | "donna" => Genero::F,
            _ => continue,
        };
        let Some(siguiente) = f.w.get(i + 1).map(|p| p.plegada.clone()) else {
            continue;
        };
        let posicion = nombres.iter().position(|n| mismo_nombre(&siguiente, n));
        // a compound name must be right in both parts: "doña Ana Luisa" is not "Ana Lucía"
        let segundo_erroneo = posicion.is_some_and(|k| {
            let otro = f.plegada(i + 2);
            !otro.is_empty()
                && !f.w[i + 1].pausa_despues
                && lexico::indice().es_nombre(otro)
                && !nombres.iter().skip(k + 1).any(|n| mismo_nombre(otro, n))
        });
        if segundo_erroneo {
            f.marcar(E::TratoNombreErroneo, i, i + 3);
            continue;
        }
        if posicion.is_some() {
            let e = if genero == f.ctx.cliente.genero {
                E::Trato
            } else {
                E::TratoGeneroErroneo
            };
            f.marcar(e, i, i + 2);
            continue;
        }
        let indice = lexico::indice();
        let parece_nombre = indice.es_nombre(&siguiente)
            || (!indice.es_conocida(&siguiente)
                && siguiente.len() >= 3
                && siguiente.chars().all(|c| c.is_ascii_alphabetic()));
        if parece_nombre {
            f.marcar(E::TratoNombreErroneo, i, i + 2);
        }
    }
}

/// Asks how the person is (1.1 "¿cómo está?", 2.1 "¿cómo se encuentra?").
fn pregunta_bienestar(f: &mut Frase) {
    for i in 0..f.len() {
        if f.es_una(i, lista!["como", "tal"]) {
            let j = i + 1;
            let esta_usted = f.es(j, "esta")
                && !f.es_una(
                    j + 1,
                    lista!["el", "la", "los", "las", "su", "todo", "eso", "esto", "quedando"],
                );
            let fin = if esta_usted || f.es_una(j, lista!["amanecio", "sigue", "anda", "estan"]) {
                Some(j + 1)
            } else {
                f.secuencia(
                    j,
                    &[
                        lista!["se", "le"],
                        lista!["encuentra", "siente", "va", "fue", "encuentran"],
                    ],
                )
                // "¿cómo le fue al técnico?" asks about something else
                .filter(|&fin| {
                    !f.es_una(
                        fin,
                        lista!["a", "al", "con", "en", "de", "el", "la", "los", "las", "eso"],
                    )
                })
                .or_else(|| {
                    f.secuencia(
                        j,
                        &[lista!["le", "les"], lista!["ha", "han"], lista!["ido"]],
                    )
                })
                .or_else(|| {
                    f.secuencia(
                        j,
                        &[
                            lista!["ha", "han"],
                            lista!["estado", "amanecido", "seguido"],
                        ],
                    )
                })
                .or_else(|| {
                    f.secuencia(j, &[lista!["le"], lista!["esta", "estan"], lista!["yendo"]])
                })
                .or_else(|| f.secuencia(j, &[lista!["me"], lista!["le"], lista!["va"]]))
            };
            if let Some(fin) = fin {
                f.marcar(E::PreguntaBienestar, i, fin);
                return;
            }
        }
        // "¿se encuentra bien?", "¿está bien usted?" asked of the person
        if f.pregunta
            && f.secuencia(
                i,
                &[lista!["se"], lista!["encuentra", "siente"], lista!["bien"]],
            )
            .is_some()
        {
            f.marcar(E::PreguntaBienestar, i, i + 3);
            return;
        }
        // "espero que esté (muy) bien", "que se encuentre bien"
        if f.es_una(i, lista!["este", "encuentre", "encuentren", "esten"])
            && f.antes(i, 3, lista!["que"]).is_some()
        {
            let bien = f.buscar(i + 1, i + 4, lista!["bien", "excelente"]);
            if let Some(b) = bien {
                if f.antes(i, 4, lista!["espero", "ojala", "deseo", "confio"])
                    .is_some()
                    || f.antes(i, 2, lista!["que"]) == Some(i.saturating_sub(1))
                {
                    f.marcar(E::PreguntaBienestar, i, b + 1);
                    return;
                }
            }
        }
    }
}

/// The words before `i` ask for something (a request verb or a question),
/// rather than state it ("ya verifiqué su cédula").
fn es_pedido(f: &Frase, i: usize) -> bool {
    const PIDE: &[u8] = lista![
        "regala",
        "regalaria",
        "regalar",
        "regaleme",
        "facilita",
        "facilitaria",
        "facilitar",
        "facilite",
        "permite",
        "permitame",
        "permitir",
        "presta",
        "prestaria",
        "muestra",
        "mostrar",
        "muestre",
        "ensena",
        "ensene",
        "ensenar",
        "pasa",
        "pase",
        "pasar",
        "da",
        "dar",
        "deme",
        "podria",
        "puede",
        "pudiera",
        "necesito",
        "necesitamos",
        "ocupo",
        "ocupamos",
        "requiero",
        "requerimos",
        "solicito",
        "solicitar",
        "pido",
        "pedir",
        "indica",
        "indique",
        "indicar",
        "confirma",
        "confirme",
        "confirmar",
        "dicta",
        "dicte",
        "proporciona",
        "proporcione",
        "brinda",
        "brinde",
        "favor",
        "verificar",
        "revisar",
        "validar",
        "ver",
        "cual",
        "dice",
        "diga",
        "decirme",
        "darme",
        "podemos",
        "anotar",
        "apuntar",
        "ocupamos",
        "tener",
        "pedirle",
        "solicitarle",
        "regalarme",
        "facilitarme",
        "mostrarme",
        "ensenarme",
        "indicarme",
        "brindarme",
        "proporcionarme",
        "dame",
        "pasame",
        "regalame",
        "muestrame",
        "ensename",
        "pasa",
        "ocupa",
        "necesita",
        "ayuda",
        "ayudar",
        "colabora",
        "colaborar",
        "ayudaria",
        "colaboraria"
    ];
    if f.antes(
        i,
        5,
        lista![
            "ya",
            "niega",
            "nego",
            "rechaza",
            "tengo",
            "aparece",
            "anote",
            "verifique",
            "revise"
        ],
    )
    .is_some()
    {
        return false;
    }
    // "no me quiere enseñar la cédula" reports a refusal
    if f.antes(i, 6, lista!["no"]).is_some()
        && f.antes(
            i,
            5,
            lista!["quiere", "quiso", "deja", "dejo", "permite", "permitio"],
        )
        .is_some()
    {
        return false;
    }
    f.pregunta
        || f.antes(i, 8, PIDE).is_some()
        || f.buscar(i + 1, i + 4, lista!["favor", "porfa"]).is_some()
}

fn primera_persona(f: &Frase, i: usize) -> bool {
    f.antes(i, 2, lista!["mi", "mis"]).is_some()
        || f.antes(
            i,
            4,
            lista!["muestro", "enseno", "traigo", "presento", "portamos", "porto", "aqui"],
        )
        .is_some()
}

/// Asks for the full name (1.1 "permítame su nombre completo").
fn pide_nombre_completo(f: &mut Frase) {
    for i in 0..f.len() {
        if !f.es_una(i, lista!["nombre", "nombres", "apellido", "apellidos"]) {
            continue;
        }
        if primera_persona(f, i) || !es_pedido(f, i) {
            continue;
        }
        let completo = f.es_una(i + 1, lista!["completo", "completos"])
            || (f.es_una(i, lista!["nombre", "nombres"])
                && f.buscar(i + 1, i + 4, lista!["apellido", "apellidos"])
                    .is_some())
            || (f.es_una(i, lista!["apellido", "apellidos"])
                && f.buscar(i + 1, i + 4, lista!["nombre", "nombres"])
                    .is_some())
            || (f.es_una(i, lista!["apellidos"]) && f.antes(i, 2, lista!["dos", "sus"]).is_some());
        if completo {
            f.marcar(E::PideNombreCompleto, i, i + 2);
            return;
        }
    }
}

/// Asks for identification (1.1 "…e identificación para… confirmación de datos").
fn pide_identificacion(f: &mut Frase) {
    for i in 0..f.len() {
        let es_id = f.es_una(
            i,
            lista!["identificacion", "cedula", "pasaporte", "dimex", "cedulas"],
        ) || (f.es(i, "documento")
            && f.buscar(i + 1, i + 3, lista!["identidad", "identificacion"])
                .is_some())
            || (f.plegada(i) == "id" && f.antes(i, 2, lista!["su", "el", "la"]).is_some());
        if !es_id {
            continue;
        }
        if !primera_persona(f, i) && es_pedido(f, i) {
            f.marcar(E::PideIdentificacion, i, i + 1);
            return;
        }
    }
}

/// Asks the client or person in charge to stay during the service (1.1).
fn pide_permanencia(f: &mut Frase) {
    for i in 0..f.len() {
        let p = f.plegada(i);
        let hit = f.es_una(
            i,
            lista![
                "permanezca",
                "permanezcan",
                "permanecer",
                "permanencia",
                "permanecera",
                "permanezcas",
                "quedate",
                "quedarte",
                "permanece"
            ],
        ) || f.es_una(i, lista!["quedarse", "quedese", "quedense", "quedarme"])
            && !f.es(i, "quedarme")
            || (f.es_una(i, lista!["quede", "queden"]) && f.antes(i, 1, lista!["se"]).is_some())
            || (f.es_una(
                i,
                lista![
                    "este",
                    "esten",
                    "estar",
                    "mantenga",
                    "mantenerse",
                    "mantengan"
                ],
            ) && f
                .buscar(
                    i + 1,
                    i + 5,
                    lista![
                        "presente",
                        "presentes",
                        "aqui",
                        "cerca",
                        "pendiente",
                        "lugar",
                        "sitio",
                        "local",
                        "comercio"
                    ],
                )
                .is_some()
                && f.antes(
                    i,
                    9,
                    lista!["que", "podria", "puede", "pido", "solicito", "necesito", "favor"],
                )
                .is_some())
            || (f.es_una(
                i,
                lista!["retire", "vaya", "aleje", "ausente", "retiren", "vayan"],
            ) && f.antes(i, 2, lista!["no"]).is_some()
                && f.antes(i, 1, lista!["se"]).is_some())
            || (f.es_una(
                i,
                lista!["acompane", "acompanen", "acompanarme", "acompanandome"],
            ) && p != "acompano");
        if !hit {
            continue;
        }
        // "permanezca tranquilo", "quédese tranquila" ask for calm, not presence;
        // "no es necesario que esté aquí" asks the opposite
        let calma = f.es_una(i + 1, lista!["tranquilo", "tranquila", "tranquilos", "calmado", "calmada", "sentado", "sentada", "quieto", "quieta"])
            // "alguien que pueda quedarse con usted" is company for the client, not presence during the work
            || (f.es(i + 1, "con") && f.es(i + 2, "usted"));
        let negado = f
            .antes(
                i,
                6,
                lista!["necesario", "hace", "falta", "tiene", "debe", "ocupa"],
            )
            .is_some()
            && f.antes(i, 7, lista!["no"]).is_some();
        if !calma && !negado {
            f.marcar(E::PidePermanencia, i, i + 1);
            return;
        }
    }
}

const PAUSA: &[u8] = lista![
    "momento",
    "momentito",
    "momentico",
    "segundito",
    "segundo",
    "minutito",
    "minuto",
    "instante",
    "ratito",
    "segundillo",
    "momentillo",
    "chancecito",
    "chancito",
    "chance"
];
/// Asks for a moment (2.1 "Permítame un momento").
fn permitame(f: &mut Frase) {
    const PIDE: &[u8] = lista![
        "permitame",
        "permita",
        "permite",
        "deme",
        "regaleme",
        "regala",
        "espereme",
        "espere",
        "aguarde",
        "aguardeme",
        "concedame",
        "dame",
        "esperame",
        "permiteme",
        "regalame",
        "esperar",
        "aguardar",
        "da",
        "disculpa",
        "permitirme",
        "darme",
        "regalarme",
        "concede",
        "espera",
        "dar",
        "chance"
    ];
    for i in 0..f.len() {
        if !f.es_una(i, PAUSA) {
            continue;
        }
        if f.antes(i, 2, lista!["un", "unos", "1"]).is_none() {
            continue;
        }
        // "en este momento", "en un momento lo atiendo" are not asking for one
        if f.antes(i, 2, lista!["en", "este", "ese"]).is_some() {
            continue;
        }
        let pide = f.antes(i, 4, PIDE);
        let al_inicio =
            i == 1 || (i == 2 && f.es_una(0, lista!["ok", "si", "claro", "listo", "bueno", "ya"]));
        if let Some(j) = pide {
            f.marcar(E::Permitame, j, i + 1);
            return;
        }
        if al_inicio || f.buscar(i + 1, i + 4, lista!["favor"]).is_some() {
            f.marcar(E::Permitame, i.saturating_sub(1), i + 1);
            return;
        }
    }
    // "permítame" on its own (not "permítame su cédula")
    for i in 0..f.len() {
        let sola = i + 1 == f.len()
            || f.w[i].pausa_despues
                && !f.es_una(i + 1, lista!["su", "sus", "el", "la", "los", "las"])
            || (f
                .secuencia(i + 1, &[lista!["por"], lista!["favor"]])
                .is_some()
                && (i + 3 >= f.len()
                    || f.w[i + 2].pausa_despues
                        && !f.es_una(i + 3, lista!["su", "sus", "el", "la"])));
        if f.es_una(i, lista!["permitame", "permitanme"]) && sola {
            f.marcar(E::Permitame, i, i + 1);
            return;
        }
        if f.len() <= 3 && f.es_una(i, lista!["momentito", "momentico", "momento"]) {
            f.marcar(E::Permitame, i, i + 1);
            return;
        }
    }
}

/// Thanks (2.1 "Muchas gracias").
fn gracias(f: &mut Frase) {
    for i in 0..f.len() {
        if f.es_una(i, lista!["gracias", "grasias", "graxias", "grax", "gracia"]) {
            if f.es(i + 1, "a") && f.es_una(i + 2, lista!["dios", "diosito", "dio"]) {
                continue;
            }
            if f.es(i, "gracia")
                && f.antes(i, 2, lista!["muchas", "mil", "muchisimas"])
                    .is_none()
            {
                continue;
            }
            let desde = if f
                .antes(i, 1, lista!["muchas", "mil", "muchisimas", "muy"])
                .is_some()
            {
                i - 1
            } else {
                i
            };
            f.marcar(E::Gracias, desde, i + 1);
            return;
        }
        if f.es_una(
            i,
            lista![
                "agradezco",
                "agradecemos",
                "agradecido",
                "agradecida",
                "agradecidos",
                "agradecerle",
                "agradecer"
            ],
        ) {
            if f.es_una(i, lista!["agradecerle", "agradecer"])
                && f.antes(
                    i,
                    3,
                    lista!["quiero", "quisiera", "queremos", "deseo", "debo"],
                )
                .is_none()
            {
                continue;
            }
            f.marcar(E::Gracias, i, i + 1);
            return;
        }
    }
}

/// "Con mucho gusto" (2.1), not "¿con quién tengo el gusto?".
fn con_gusto(f: &mut Frase) {
    for i in 0..f.len() {
        if !f.es(i, "con") {
            continue;
        }
        let fin = f
            .secuencia(i, &[lista!["con"], lista!["gusto"]])
            .or_else(|| {
                f.secuencia(
                    i,
                    &[
                        lista!["con"],
                        lista!["mucho", "todo", "muchisimo", "gran", "muchisisimo"],
                        lista!["gusto"],
                    ],
                )
            })
            .or_else(|| {
                f.secuencia(
                    i,
                    &[
                        lista!["con"],
                        lista!["el"],
                        lista!["mayor"],
                        lista!["gusto"],
                    ],
                )
            })
            .or_else(|| {
                f.secuencia(
                    i,
                    &[
                        lista!["con"],
                        lista!["todo", "mucho"],
                        lista!["el"],
                        lista!["gusto"],
                    ],
                )
            });
        if let Some(fin) = fin {
            f.marcar(E::ConGusto, i, fin);
            return;
        }
    }
}

const SERVIRLE: &[u8] = lista![
    "servirle",
    "servirla",
    "servirlo",
    "servirles",
    "servirlos",
    "servirlas"
];

/// "Estamos para servirle", "a la orden" (2.1).
fn para_servirle(f: &mut Frase) {
    for i in 0..f.len() {
        let fin = f
            .secuencia(i, &[lista!["para"], SERVIRLE])
            .or_else(|| f.secuencia(i, &[lista!["a"], lista!["la"], lista!["orden"]]))
            .or_else(|| f.secuencia(i, &[lista!["a"], lista!["sus"], lista!["ordenes"]]))
            .or_else(|| {
                f.secuencia(
                    i,
                    &[
                        lista!["a"],
                        lista!["su"],
                        lista!["orden", "servicio", "disposicion"],
                    ],
                )
            })
            .or_else(|| f.secuencia(i, &[lista!["a"], lista!["la"], lista!["ordenes"]]));
        if let Some(fin) = fin {
            // "a su servicio" about the job ("vengo a su servicio de cerrajería") is not the courtesy
            if f.es(i + 2, "servicio") && f.es_una(fin, lista!["de", "del"]) {
                continue;
            }
            f.marcar(E::ParaServirle, i, fin);
            return;
        }
    }
}

/// The farewell (1.3 "fue un placer servirle") or a close paraphrase.
fn despedida(f: &mut Frase) {
    const SERVIR: &[u8] = lista![
        "servirle",
        "servirla",
        "servirlo",
        "servirles",
        "servirlos",
        "atenderle",
        "atenderla",
        "atenderlo",
        "atenderles",
        "atenderlos",
        "ayudarle",
        "ayudarla",
        "ayudarlo",
        "ayudarles",
        "colaborarle",
        "servir",
        "atender",
        "ayudar",
        "trabajar"
    ];
    for i in 0..f.len() {
        if !f.es_una(i, lista!["placer", "gusto", "honor", "agrado", "plaser"]) {
            continue;
        }
        let marco = f.antes(
            i,
            3,
            lista!["un", "fue", "sido", "es", "el", "gran", "verdadero", "que"],
        );
        if marco.is_none() || f.antes(i, 1, lista!["mucho", "con", "tengo"]).is_some() {
            continue;
        }
        // "un placer haberle servido", "haberlo atendido"
        if let Some(h) = f.buscar(
            i + 1,
            i + 4,
            lista!["haberle", "haberlo", "haberla", "haberles", "haberlos"],
        ) {
            if f.es_una(
                h + 1,
                lista![
                    "servido",
                    "atendido",
                    "atendida",
                    "ayudado",
                    "ayudada",
                    "colaborado"
                ],
            ) {
                f.marcar(E::Despedida, marco.unwrap_or(i), h + 2);
                return;
            }
        }
        if let Some(s) = f.buscar(i + 1, i + 5, SERVIR) {
            if f.es_una(s, lista!["servir", "atender", "ayudar", "trabajar"])
                && !f.es_una(s + 1, lista!["le", "la", "lo", "les", "a"])
                && f.antes(s, 2, lista!["le", "la", "lo"]).is_none()
            {
                continue;
            }
            f.marcar(E::Despedida, marco.unwrap_or(i), s + 1);
            return;
        }
    }
}

/// An apology (1.2 "me disculpo…"), not "disculpe" to get attention.
fn disculpa(f: &mut Frase) {
    for i in 0..f.len() {
        const MOTIVO: &[u8] = lista![
            "demora",
            "molestia",
            "molestias",
            "atraso",
            "retraso",
            "inconveniente",
            "inconvenientes",
            "espera",
            "tardanza"
        ];
        const PEDIR_PERDON: &[u8] = lista![
            "disculpe",
            "disculpeme",
            "disculpen",
            "perdone",
            "perdoneme",
            "perdonen",
            "perdon",
            "disculpenos",
            "perdonenos"
        ];
        // every apology starts at one of these words: skip the rest cheaply
        let inicio = f.es_una(i, PEDIR_PERDON)
            || f.es_una(
                i,
                lista![
                    "disculpas",
                    "perdones",
                    "disculpa",
                    "disculpo",
                    "disculpamos",
                    "lo",
                    "la",
                    "lamento",
                    "lamentamos",
                    "siento",
                    "que"
                ],
            );
        if !inicio {
            continue;
        }
        // a single apology word: "mil disculpas", "le ofrezco una disculpa", "me disculpo"
        let una_palabra = f.es_una(i, lista!["disculpas", "perdones"])
            || (f.es(i, "disculpa")
                && f.antes(i, 2, lista!["una", "mi", "la", "su", "nuestra"])
                    .is_some())
            || (f.es_una(i, lista!["disculpo", "disculpamos"])
                && f.antes(i, 1, lista!["me", "nos", "le"]).is_some());
        // "lo siento (mucho)", not "no lo siento firme"
        let lo_siento = f
            .secuencia(
                i,
                &[
                    lista!["lo", "la"],
                    lista!["siento", "sentimos", "lamento", "lamentamos"],
                ],
            )
            .is_some()
            && f.antes(i, 1, lista!["no"]).is_none()
            && (i + 2 >= f.len()
                || f.w[i + 1].pausa_despues
                || f.es_una(
                    i + 2,
                    lista![
                        "mucho",
                        "muchisimo",
                        "tanto",
                        "por",
                        "de",
                        "pero",
                        "sinceramente",
                        "profundamente",
                        "la",
                        "el",
                        "don",
                        "dona",
                        "senora",
                        "senor",
                        "y"
                    ],
                ));
        // "lamento la demora", "siento mucho…", not "siento que la puerta…"
        let lamento = (f.es_una(i, lista!["lamento", "lamentamos"])
            && f.es_una(
                i + 1,
                lista![
                    "mucho",
                    "la",
                    "el",
                    "lo",
                    "que",
                    "las",
                    "los",
                    "muchisimo",
                    "tanto"
                ],
            ))
            || (f.es(i, "siento") && f.es_una(i + 1, lista!["mucho", "muchisimo", "tanto"]))
            || (f.es(i, "siento")
                && f.es_una(i + 1, lista!["la", "el", "las", "los"])
                && f.es_una(i + 2, MOTIVO));
        // "disculpe la molestia", "perdone que lo haga esperar"; "Disculpe, ¿aquí vive…?" only gets attention
        let pide_perdon = f.es_una(i, PEDIR_PERDON)
            && !f.w[i].pausa_despues
            && f.es_una(
                i + 1,
                lista![
                    "la", "el", "las", "los", "por", "que", "mi", "tanta", "tanto", "lo", "usted",
                    "nuestra", "nuestro"
                ],
            );
        // "Disculpe don Ignacio, voy a llegar tarde…": a statement owning a fault
        let admite = f.es_una(i, PEDIR_PERDON)
            && (f
                .buscar(i + 1, f.len(), lista!["sabia"])
                .is_some_and(|j| f.es(j - 1, "no"))
                || f.buscar(
                    i + 1,
                    f.len(),
                    lista![
                        "tarde",
                        "error",
                        "demora",
                        "atraso",
                        "olvido",
                        "culpa",
                        "molestia",
                        "inconveniente",
                        "retraso",
                        "equivocacion",
                        "equivoque",
                        "falla",
                        "espera"
                    ],
                )
                .is_some());
        let fin = if una_palabra || admite {
            Some(i + 1)
        } else if lo_siento
            || lamento
            || pide_perdon
            || f.secuencia(i, &[lista!["que"], lista!["pena"]]).is_some()
        {
            Some(i + 2)
        } else {
            None
        };
        if let Some(fin) = fin {
            f.marcar(E::Disculpa, i, fin);
            return;
        }
    }
}

/// Asks to re-coordinate the service (1.2 "Solicito re coordinar el evento").
fn pide_recoordinacion(f: &mut Frase) {
    const OTRA_VEZ: &[u8] = lista!["nuevamente", "nueva", "nuevo", "otra", "otro", "nuevas"];
    for i in 0..f.len() {
        let hit = if f.es_una(
            i,
            lista![
                "recoordinar",
                "reagendar",
                "reprogramar",
                "reasignar",
                "recoordinemos",
                "reagendemos",
                "reprogramemos",
                "recoordinacion",
                "reprogramacion",
                "reagendamos",
                "reprogramamos",
                "recoordinamos"
            ],
        ) {
            Some((i, i + 1))
        } else if f.es(i, "re")
            && f.es_una(
                i + 1,
                lista!["coordinar", "agendar", "programar", "coordinacion"],
            )
        {
            Some((i, i + 2))
        } else if f.es_una(
            i,
            lista![
                "coordinar",
                "agendar",
                "programar",
                "coordinemos",
                "agendemos",
                "programemos",
                "coordinamos",
                "agendamos",
                "programamos",
                "coordine",
                "agende",
                "programe"
            ],
        ) {
            let de_nuevo = f.buscar(i + 1, i + 4, OTRA_VEZ).is_some()
                || f.secuencia(i + 1, &[lista!["de"], lista!["nuevo"]])
                    .is_some()
                || f.secuencia(i + 1, &[lista!["otra"], lista!["vez"]])
                    .is_some()
                || f.antes(
                    i,
                    2,
                    lista!["volver", "volvamos", "volvemos", "vuelva", "nuevamente"],
                )
                .is_some()
                || f.buscar(i + 1, i + 5, lista!["otro"]).is_some_and(|j| {
                    f.es_una(
                        j + 1,
                        lista!["proveedor", "tecnico", "dia", "momento", "horario"],
                    )
                });
            de_nuevo.then_some((i, i + 1))
        } else if f.es_una(
            i,
            lista![
                "cambiar",
                "mover",
                "cambiemos",
                "movamos",
                "posponer",
                "pospongamos",
                "aplazar"
            ],
        ) && f
            .buscar(
                i + 1,
                i + 4,
                lista!["cita", "visita", "servicio", "fecha", "hora", "evento"],
            )
            .is_some()
        {
            Some((i, i + 2))
        } else {
            None
        };
        if let Some((a, b)) = hit {
            f.marcar(E::PideRecoordinacion, a, b);
            return;
        }
    }
}

const HORAS_EN_PALABRAS: &[u8] = lista![
    "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
    "doce"
];
const DIAS_SEMANA: &[u8] = lista![
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo"
];

fn es_numero_de_hora(f: &Frase, i: usize) -> bool {
    f.es_una(i, HORAS_EN_PALABRAS) || f.plegada(i).parse::<u32>().is_ok_and(|n| n <= 24)
}

/// Proposes a concrete new time (1.2 "Proponer una hora…").
fn propone_hora(f: &mut Frase) {
    let mut hora: Option<(usize, usize)> = None;
    for i in 0..f.len() {
        // "a las nueve", "para las 3", "a la una", "tipo 4"
        if f.es_una(i, lista!["las", "la"])
            && es_numero_de_hora(f, i + 1)
            && f.antes(
                i,
                2,
                lista!["a", "para", "tipo", "sobre", "como", "eso", "unas", "desde", "entre"],
            )
            .is_some()
        {
            if f.es(i, "la") && !f.es(i + 1, "una") && f.plegada(i + 1) != "1" {
                continue;
            }
            let desde = f
                .antes(
                    i,
                    2,
                    lista!["a", "para", "tipo", "sobre", "como", "eso", "desde", "entre"],
                )
                .unwrap_or(i);
            // "el servicio de las siete", "tengo un servicio a las diez" name the old appointment
            let no_podre = f.antes(i, 6, lista!["no"]).is_some()
                && f.antes(
                    i,
                    5,
                    lista!["atender", "llegar", "poder", "puedo", "podre", "llego"],
                )
                .is_some();
            if no_podre
                || f.antes(i, 1, lista!["de"]).is_some()
                || f.antes(
                    i,
                    2,
                    lista!["servicio", "cita", "visita", "pactada", "era", "estaba"],
                )
                .is_some()
                || f.antes(
                    i,
                    10,
                    lista!["tengo", "tenia", "era", "estaba", "pendiente"],
                )
                .is_some()
            {
                continue;
            }
            hora = Some((desde, i + 2));
            break;
        }
        // "15:30", "3 pm"
        if f.plegada(i).parse::<u32>().is_ok_and(|n| n <= 24)
            && (f
                .plegada(i + 1)
                .parse::<u32>()
                .is_ok_and(|m| m < 60 && f.plegada(i + 1).len() == 2)
                || f.es_una(i + 1, lista!["pm", "am", "hrs", "horas", "h", "p", "a"]))
            && f.antes(i, 1, lista!["de"]).is_none()
        {
            hora = Some((i, i + 2));
            break;
        }
        if f.es(i, "mediodia") && f.antes(i, 2, lista!["a", "al", "para"]).is_some() {
            hora = Some((i, i + 1));
            break;
        }
        // "en media hora", "en 20 minutos", "en una hora"
        if f.es(i, "en")
            && f.buscar(
                i + 1,
                i + 3,
                lista!["hora", "horas", "minutos", "minuto", "horita"],
            )
            .is_some()
            && (f.es_una(
                i + 1,
                lista![
                    "media", "una", "dos", "tres", "unos", "unas", "cuarenta", "treinta", "veinte",
                    "quince", "diez"
                ],
            ) || f.plegada(i + 1).parse::<u32>().is_ok())
        {
            hora = Some((i, i + 3));
            break;
        }
    }
    const PROPUESTA: &[u8] = lista![
        "puedo",
        "podria",
        "podemos",
        "podriamos",
        "pudiera",
        "llego",
        "llegaria",
        "llegar",
        "estaria",
        "estare",
        "paso",
        "pasaria",
        "propongo",
        "parece",
        "conviene",
        "sirve",
        "atender",
        "atenderlo",
        "atenderla",
        "atenderle",
        "atiendo",
        "seria",
        "quedaria",
        "voy",
        "iria",
        "estoy",
        "propondria",
        "ofrezco",
        "vendria",
        "vengo",
        "podre",
        "llegando",
        "posible",
        "disponible",
        "disponibilidad",
        "reprogramar",
        "ir"
    ];
    let Some((a, b)) = hora else {
        // a day alone ("mañana", "el jueves") counts only as a plain proposal, not inside a reschedule request
        if f.tiene(E::PideRecoordinacion) {
            return;
        }
        for i in 0..f.len() {
            let dia = f.es_una(i, DIAS_SEMANA)
                && f.antes(i, 2, lista!["el", "este", "proximo"]).is_some()
                || (f.es(i, "manana") && f.antes(i, 1, lista!["la", "de", "esta", "en"]).is_none());
            if dia
                && f.buscar(0, f.len(), PROPUESTA).is_some()
                && f.buscar(0, f.len(), lista!["tarde", "manana", "mediodia", "noche"])
                    .is_some_and(|j| j != i)
            {
                f.marcar(E::ProponeHora, i, i + 1);
                return;
            }
        }
        return;
    };
    let pregunta = f.pregunta;
    if f.buscar(0, f.len(), PROPUESTA).is_some() || pregunta {
        f.marcar(E::ProponeHora, a, b);
    }
}

/// To the operator: a pending service cannot be attended on time (1.2 caso 1).
fn reporta_inconveniente(f: &mut Frase) {
    const PERCANCE: &[u8] = lista![
        "inconveniente",
        "imprevisto",
        "problema",
        "percance",
        "contratiempo",
        "emergencia",
        "accidente",
        "choque",
        "pinchazo",
        "pincho",
        "llanta",
        "varado",
        "varada",
        "varo",
        "presa",
        "trafico",
        "atrasado",
        "atrasada",
        "retrasado",
        "retrasada",
        "atraso",
        "retraso",
        "falla",
        "averia",
        "descompuso",
        "enferme",
        "enfermo",
        "inconvenientes",
        "incidente",
        "choco",
        "chocaron",
        "pinche",
        "averio",
        "complico",
        "retuvieron",
        "extendio",
        "alargo",
        "demoro",
        "atrase",
        "demore"
    ];
    const NO_LLEGA: &[u8] = lista![
        "llegar",
        "atender",
        "cumplir",
        "ir",
        "estar",
        "presentarme",
        "llego",
        "atenderlo",
        "atenderla",
        "asistir"
    ];
    let mut desde = None;
    for i in 0..f.len() {
        // "no me permite atender", "no voy a llegar", "no llego a tiempo"
        if f.es(i, "no") && f.buscar(i + 1, i + 5, NO_LLEGA).is_some() && !f.tiene(E::Escala) {
            let no_resolver = f
                .buscar(
                    i + 1,
                    i + 4,
                    lista!["resolver", "solucionar", "reparar", "arreglar"],
                )
                .is_some();
            if !no_resolver {
                desde = Some(i);
                break;
            }
        }
        // "voy a llegar tarde", "llego tarde", "me voy a atrasar"
        if f.es_una(
            i,
            lista!["llegar", "llego", "llegaria", "voy", "ire", "estare"],
        ) && f
            .buscar(
                i + 1,
                i + 6,
                lista!["tarde", "atrasado", "atrasada", "retrasado", "tardisimo"],
            )
            .is_some()
        {
            desde = Some(i);
            break;
        }
        if f.es_una(
            i,
            lista!["atrasar", "atraso", "retrasar", "demorar", "atrase", "tardar"],
        ) && f.antes(i, 3, lista!["voy", "me", "va"]).is_some()
        {
            desde = Some(i);
            break;
        }
        if f.es_una(i, lista!["hora"])
            && f.es_una(
                i + 1,
                lista![
                    "pactada",
                    "acordada",
                    "programada",
                    "agendada",
                    "convenida",
                    "indicada",
                    "establecida"
                ],
            )
            && f.antes(i, i, lista!["no"]).is_some()
        {
            desde = Some(i);
            break;
        }
    }
    // "sin ningún inconveniente" is the opposite of one
    let percance = f.buscar(0, f.len(), PERCANCE).filter(|&p| {
        f.antes(p, 2, lista!["sin", "ningun", "ninguno", "ningún"])
            .is_none()
    });
    let cita = f
        .buscar(
            0,
            f.len(),
            lista!["servicio", "cita", "visita", "cliente", "clienta"],
        )
        .is_some();
    if desde.is_none() && cita {
        // "tengo un inconveniente con el servicio de las cinco"
        if let Some(p) = f
            .buscar(
                0,
                f.len(),
                lista![
                    "inconveniente",
                    "imprevisto",
                    "percance",
                    "contratiempo",
                    "inconvenientes"
                ],
            )
            .filter(|&p| f.antes(p, 2, lista!["sin", "ningun", "ninguno"]).is_none())
        {
            f.marcar(E::ReportaInconveniente, p, p + 1);
            return;
        }
    }
    // "tengo pendiente un servicio", "tengo el servicio de don Óscar a las 10"
    let pendiente = (f.buscar(0, f.len(), lista!["pendiente"]).is_some()
        || f.buscar(0, f.len(), lista!["tengo", "teniamos", "tenia"])
            .is_some_and(|t| {
                f.buscar(t + 1, t + 4, lista!["servicio", "cita", "visita"])
                    .is_some()
            }))
        && f.buscar(0, f.len(), lista!["servicio", "cita", "visita"])
            .is_some();
    if let Some(i) = desde {
        if percance.is_some()
            || pendiente
            || cita
            || f.buscar(
                0,
                f.len(),
                lista![
                    "tarde", "tiempo", "pactada", "acordada", "atrasar", "demorar", "atrasado",
                    "atrasada"
                ],
            )
            .is_some()
        {
            f.marcar(E::ReportaInconveniente, i, (i + 4).min(f.len()));
            if let Some(p) = percance {
                f.marcar(E::ReportaInconveniente, p, p + 1);
            }
        }
    } else if let (Some(p), true) = (percance, pendiente) {
        f.marcar(E::ReportaInconveniente, p, p + 1);
    }
}

/// To the operator: a situation affecting the client, or asking for instructions (1.1 nota, 2.2).
fn escala(f: &mut Frase) {
    // the provider's own delay is an inconvenience (1.2), not a client situation,
    // unless the provider also asks how to proceed
    let demora_propia = f.tiene(E::ReportaInconveniente);
    const PERSONA: &[u8] = lista![
        "cliente",
        "clienta",
        "senor",
        "senora",
        "persona",
        "encargado",
        "encargada",
        "nadie",
        "asegurado",
        "asegurada",
        "dueno",
        "duena",
        "solicitante",
        "don",
        "dona",
        "ella",
        "el",
        "usuario",
        "usuaria"
    ];
    const AUSENTE: &[u8] = lista![
        "esta",
        "encuentra",
        "hay",
        "aparece",
        "contesta",
        "abre",
        "llego",
        "atiende",
        "responde",
        "estaba",
        "presento",
        "localizo",
        "ubico"
    ];
    const AFECTA: &[u8] = lista![
        "caida",
        "cayo",
        "golpeo",
        "golpe",
        "herido",
        "herida",
        "lastimo",
        "lastimado",
        "lastimada",
        "corto",
        "sangre",
        "sangrando",
        "desmayo",
        "desmayado",
        "desmayada",
        "mareado",
        "mareada",
        "enfermo",
        "enferma",
        "molesto",
        "molesta",
        "enojado",
        "enojada",
        "alterado",
        "alterada",
        "llorando",
        "nerviosa",
        "nervioso",
        "niega",
        "rechaza",
        "quemadura",
        "quemo",
        "ambulancia",
        "ausente",
        "accidente",
        "lesion",
        "lesiono",
        "disgustado",
        "disgustada",
        "inconforme",
        "reclamo",
        "queja",
        "agresivo",
        "agresiva",
        "amenazo",
        "dano",
        "danos",
        "danado",
        "quebro",
        "rompio",
        "inundo",
        "fuga",
        "descargo",
        "electrocuto",
        "grave",
        "urgencia",
        "emergencia",
        "afectado",
        "afectada",
        "afectacion",
        "insatisfecho",
        "insatisfecha",
        "mal",
        "discutiendo",
        "discute",
        "grita",
        "gritando",
        "insulta",
        "insulto",
        "agredio",
        "agrede",
        "amenaza",
        "sacar",
        "echo",
        "corrio"
    ];
    for i in 0..f.len() {
        // "el cliente no se encuentra", "no hay nadie"
        let llego_yo = f.es(i + 1, "llego") && f.original(i + 1) != "llegó";
        if f.es(i, "no")
            && !demora_propia
            && !llego_yo
            && f.es_una(
                i + 1,
                lista![
                    "se", "esta", "hay", "aparece", "contesta", "abre", "llego", "atiende",
                    "responde", "estaba", "quiere", "permite", "deja", "acepta"
                ],
            )
        {
            let verbo = f
                .buscar(i + 1, i + 3, AUSENTE)
                .or_else(|| f.buscar(i + 1, i + 2, lista!["quiere", "permite", "deja", "acepta"]));
            if verbo.is_some()
                && (f.antes(i, 5, PERSONA).is_some()
                    || f.buscar(i + 1, i + 4, lista!["nadie", "cliente", "clienta"])
                        .is_some())
            {
                f.marcar(E::Escala, i, (i + 3).min(f.len()));
                return;
            }
        }
        // "¿cómo debo proceder?", "¿qué hago?", "solicito instrucciones"
        let instrucciones = f.es_una(
            i,
            lista![
                "instrucciones",
                "indicaciones",
                "proceder",
                "procedo",
                "procedemos",
                "instruccion",
                "indicacion"
            ],
        ) || (f.es(i, "que")
            && f.es_una(
                i + 1,
                lista![
                    "hago",
                    "debo",
                    "hacemos",
                    "procede",
                    "recomienda",
                    "sugiere"
                ],
            ))
            || (f.es(i, "como")
                && f.es_una(i + 1, lista!["procedo", "debo", "hago", "seguimos", "sigo"]));
        if instrucciones {
            f.marcar(E::Escala, i, (i + 2).min(f.len()));
            return;
        }
        let malestar = f
            .secuencia(
                i,
                &[
                    lista!["se"],
                    lista!["siente", "sintio", "encuentra"],
                    lista!["mal", "indispuesta", "indispuesto"],
                ],
            )
            .is_some()
            || f.secuencia(i, &[lista!["no"], lista!["se"], lista!["siente", "sintio"]])
                .is_some()
            || f.es_una(
                i,
                lista![
                    "fiebre",
                    "dolor",
                    "vomito",
                    "vomitando",
                    "desmayo",
                    "convulsion",
                    "infarto",
                    "asfixia",
                    "sangrado"
                ],
            );
        if malestar && !demora_propia {
            f.marcar(E::Escala, i, (i + 3).min(f.len()));
            return;
        }
        if f.es_una(i, AFECTA) && !demora_propia {
            // "se sintió mal" but not "no está mal"; the affected one is someone, not the provider's car
            if f.es(i, "mal")
                && f.antes(
                    i,
                    2,
                    lista!["siente", "sintio", "puso", "encuentra", "esta"],
                )
                .is_none()
            {
                continue;
            }
            if f.buscar(
                0,
                f.len(),
                lista![
                    "llanta", "carro", "vehiculo", "moto", "pinchazo", "presa", "trafico", "camion"
                ],
            )
            .is_some()
                && f.buscar(0, f.len(), PERSONA).is_none()
            {
                continue;
            }
            f.marcar(E::Escala, i, i + 1);
            return;
        }
    }
}

/// Slang or over-familiar forms, or tú/vos toward the person (2.1, 2.2).
fn informal(f: &mut Frase) {
    const JERGA: &[u8] = lista![
        "mae",
        "maje",
        "diay",
        "diai",
        "tuanis",
        "upe",
        "tranqui",
        "porfa",
        "porfis",
        "xfa",
        "bro",
        "broder",
        "wey",
        "guey",
        "mamita",
        "papito",
        "mamacita",
        "papacito",
        "compa",
        "brete",
        "chiva",
        "chivo",
        "tuani",
        "pichazo",
        "mop",
        "chunche",
        "jale",
        "varas",
        "vara",
        "carajillo",
        "chamaco",
        "chavalo",
        "cabro",
        "brother",
        "parce",
        "pana",
        "chamo",
        "amorcito",
        "muneca",
        "mija",
        "mijo",
        "cielito",
        "corazon",
        "mami",
        "papi",
        "jodienda"
    ];
    const PRONOMBRES: &[u8] = lista!["tu", "vos", "te", "ti", "contigo", "tus", "tuyo", "tuya"];
    // tú/vos verb forms, as typed (accents kept) or unambiguous folded forms
    const VERBOS_TU: &[u8] = lista![
        "estás",
        "tenés",
        "tenes",
        "tienes",
        "podés",
        "podes",
        "puedes",
        "querés",
        "queres",
        "quieres",
        "sabés",
        "sabes",
        "eres",
        "sos",
        "necesitás",
        "necesitas",
        "venís",
        "vienes",
        "hacés",
        "haces",
        "decís",
        "dices",
        "ocupás",
        "andás",
        "andas",
        "deseás",
        "deseas",
        "prefieres",
        "entendés",
        "entiendes",
        "hiciste",
        "dijiste",
        "pudiste",
        "estuviste",
        "quisiste",
        "podrías",
        "podrias",
        "quisieras",
        "tendrías",
        "tendrias",
        "dame",
        "dime",
        "decime",
        "mirá",
        "oye",
        "vení",
        "esperá",
        "esperame",
        "espérame",
        "permíteme",
        "permiteme",
        "regálame",
        "regalame",
        "muéstrame",
        "muestrame",
        "déjame",
        "dejame",
        "fíjate",
        "fijate",
        "avísame",
        "avisame",
        "llámame",
        "llamame",
        "pásame",
        "pasame",
        "ayúdame",
        "ayudame",
        "contame",
        "cuéntame",
        "cuentame",
        "perdóname",
        "perdoname",
        "discúlpame",
        "disculpame",
        "cálmate",
        "calmate",
        "sentate",
        "siéntate",
        "sientate",
        "apurate",
        "apúrate",
        "andá",
        "hacé",
        "poné",
        "traeme",
        "tráeme",
        "acompáñame",
        "acompaname",
        "espérate",
        "esperate",
        "quedate",
        "quédate",
        "relájate",
        "relajate",
        "tené",
        "mostrame",
        "pasá",
        "tranquilo",
        "tranquila",
        "vieras",
        "mirá",
        "fíjese"
    ];
    type Conjunto = lexico::Palabras;
    static CONJUNTOS: std::sync::OnceLock<(Conjunto, Conjunto)> = std::sync::OnceLock::new();
    let (jerga_set, verbos_set) = CONJUNTOS.get_or_init(|| {
        (
            super::palabras_de(JERGA).collect(),
            super::palabras_de(VERBOS_TU).collect(),
        )
    });
    for i in 0..f.len() {
        let o = f.original(i);
        let p = f.plegada(i);
        let jerga = jerga_set.contains(p)
            || (p == "pura" && f.es(i + 1, "vida"))
            || (p == "mi"
                && f.es_una(
                    i + 1,
                    lista![
                        "amor", "reina", "vida", "cielo", "rey", "corazon", "nina", "querida",
                        "querido", "amiga", "amigo", "hermano", "hermana"
                    ],
                ))
            || (p == "al" && f.es(i + 1, "chile"))
            || (p == "que" && f.es_una(i + 1, lista!["chiva", "nota", "rajado"]))
            || (p == "mala" && f.es(i + 1, "nota"))
            || (p == "nos" && f.es(i + 1, "vidrios"));
        // "tranquilo/tranquila" alone as an order ("vos tranquila") is over-familiar; "esté tranquila" is not
        let tranquila_sola = (p == "tranquila" || p == "tranquilo")
            && f.antes(
                i,
                2,
                lista![
                    "este",
                    "quedese",
                    "puede",
                    "muy",
                    "estar",
                    "quede",
                    "sientase",
                    "mantengase"
                ],
            )
            .is_none()
            && i > 0
            && f.es(i - 1, "vos");
        let verbo = verbos_set.contains(o) && !matches!(o, "tranquilo" | "tranquila" | "fíjese")
            || (p == "estas"
                && (f
                    .antes(
                        i,
                        2,
                        lista!["como", "tu", "que", "donde", "ya", "vos", "si"],
                    )
                    .is_some()
                    && !f.es_una(
                        i + 1,
                        lista![
                            "fotos",
                            "fotografias",
                            "cosas",
                            "piezas",
                            "personas",
                            "herramientas",
                            "son",
                            "imagenes"
                        ],
                    )))
            || (p == "mira" || p == "espera") && i == 0 && !f.es_una(1, lista!["usted", "que"])
            || (p == "viste" && (i + 1 == f.len() || f.w[i].pausa_despues) && f.pregunta)
            || (p == "ven" && (i == 0 || f.w[i].pausa_despues));
        // "té" is tea, not "te"
        let pronombre = super::palabras_de(PRONOMBRES).any(|x| x == p) && o != "té";
        if jerga || verbo || tranquila_sola || pronombre {
            let fin = if (p == "pura"
                || p == "mi"
                || p == "al"
                || p == "que"
                || p == "mala"
                || p == "nos")
                && jerga
            {
                i + 2
            } else {
                i + 1
            };
            f.marcar(E::Informal, i, fin);
        }
    }
}

/// Rude, dismissive, insulting or profane (2.2 "comunicación cordial").
fn grosero(f: &mut Frase) {
    const INSULTOS: &[u8] = lista![
        "idiota",
        "estupido",
        "estupida",
        "imbecil",
        "tonto",
        "tonta",
        "pendejo",
        "pendeja",
        "baboso",
        "babosa",
        "necio",
        "necia",
        "mierda",
        "carajo",
        "joda",
        "jodase",
        "joder",
        "jodido",
        "jodida",
        "hijueputa",
        "jueputa",
        "puta",
        "puto",
        "hp",
        "malparido",
        "malparida",
        "cabron",
        "cabrona",
        "verga",
        "picha",
        "culo",
        "callese",
        "callate",
        "larguese",
        "ignorante",
        "ridicula",
        "ridiculo",
        "inutil",
        "estorbo",
        "aguantese",
        "payaso",
        "payasa",
        "bruto",
        "bruta",
        "animal",
        "maldito",
        "maldita",
        "pendejada",
        "carajada",
        "zorra",
        "perra",
        "cochina",
        "cochino",
        "mamon",
        "chinga",
        "chingada",
        "fregar",
        "friegue",
        "jodan",
        "tarado",
        "tarada",
        "mongolo",
        "retrasada"
    ];
    const FRASES: &[&str] = &[
        "no es mi problema",
        "no es problema mio",
        "problema suyo",
        "problema de usted",
        "a mi que",
        "que le importa",
        "no me importa",
        "me vale",
        "no tengo todo el dia",
        "no tengo tiempo para",
        "no me moleste",
        "deje de molestar",
        "dejeme en paz",
        "deje de llorar",
        "no llore",
        "no exagere",
        "no sea exagerad",
        "que esperaba",
        "no sea",
        "quitese",
        "apurese",
        "usted no entiende",
        "no entiende nada",
        "que necedad",
        "que fastidio",
        "me tiene harto",
        "me tiene harta",
        "ni modo que",
        "arreglesela",
        "se lo busco",
        "es su culpa",
        "culpa suya",
        "eso le pasa por",
        "y que quiere",
        "que quiere que le haga",
        "hagale como quiera",
        "lo que sea",
        "vayase",
        "no joda",
        "no fregue",
        "cierre la boca",
        "no me venga",
        "que pereza con usted",
        "que pereza usted",
        "perder el tiempo",
        "si no le gusta",
        "no soy su empleado",
        "no soy su empleada",
        "no sirven para nada",
        "no sirve para nada",
        "si no sabe",
        "no las compre",
        "no lo compre",
        "que lentos",
        "que lento",
        "que inutiles",
        "no es culpa mia",
        "arreglese como pueda",
        "eso no es asunto mio",
        "no es asunto mio",
        "que quiere que haga",
        "me da la gana",
        "no me interesa lo que",
        "hagase a un lado",
        "quitese del medio",
        "mil veces",
        "dejeme trabajar",
        "no me este molestando",
        "me esta molestando",
        "su reguero",
        "no voy a limpiar",
    ];
    static INSULTOS_SET: std::sync::OnceLock<lexico::Palabras> = std::sync::OnceLock::new();
    let insultos = INSULTOS_SET.get_or_init(|| super::palabras_de(INSULTOS).collect());
    for (i, p) in f.w.iter().enumerate() {
        let w = p.plegada.as_str();
        if insultos.contains(w)
            || ["jod", "hijuep", "malpari", "estorb", "cansona", "cansones"]
                .iter()
                .any(|r| w.starts_with(r))
        {
            let desde = i;
            f.marcar(E::Grosero, desde, desde + 1);
            return;
        }
    }
    // phrases indexed by their first word, matched word by word
    type Indice = lexico::Tabla<&'static str, Vec<Vec<&'static str>>>;
    static INDICE: std::sync::OnceLock<Indice> = std::sync::OnceLock::new();
    let indice = INDICE.get_or_init(|| {
        let mut m = Indice::default();
        for frase in FRASES {
            let palabras: Vec<&'static str> = frase.split_whitespace().collect();
            m.entry(palabras[0]).or_default().push(palabras);
        }
        m
    });
    for i in 0..f.len() {
        let Some(frases) = indice.get(f.plegada(i)) else {
            continue;
        };
        for frase in frases {
            let n = frase.len();
            // the last word may be a stem ("exagerad" → exagerado/exagerada)
            let coincide = frase.iter().enumerate().all(|(k, w)| {
                f.plegada(i + k) == *w
                    || (k + 1 == n && w.len() >= 5 && f.plegada(i + k).starts_with(w))
            });
            // "no sea" only as a reproach ("no sea necia"), not "no sea que…"
            if coincide && !(frase[..] == ["no", "sea"] && f.es(i + 2, "que")) {
                f.marcar(E::Grosero, i, i + n);
                return;
            }
        }
    }
}
