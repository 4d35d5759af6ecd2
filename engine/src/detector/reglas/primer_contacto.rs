use crate::detector::{lista, Etiqueta as E, Frase};

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
pub(super) fn pide_nombre_completo(f: &mut Frase) {
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
pub(super) fn pide_identificacion(f: &mut Frase) {
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
pub(super) fn pide_permanencia(f: &mut Frase) {
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
