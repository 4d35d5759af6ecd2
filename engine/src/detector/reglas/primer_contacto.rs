//! Primer contacto (1.1), después del saludo: pedir el nombre completo y la
//! identificación para confirmar los datos, y pedir que el cliente o la
//! persona encargada permanezca en el lugar durante el servicio.

use crate::detector::{lista, Etiqueta as E, Frase};

/// Las palabras antes de `i` piden algo (un verbo de pedido o una pregunta)
/// en vez de afirmarlo («ya verifiqué su cédula»).
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
    // «no me quiere enseñar la cédula» informa de una negativa
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

/// La palabra `i` es de quien habla («mis apellidos», «le muestro la cédula»),
/// no algo que pide.
fn primera_persona(f: &Frase, i: usize) -> bool {
    f.antes(i, 2, lista!["mi", "mis"]).is_some()
        || f.antes(
            i,
            4,
            lista!["muestro", "enseno", "traigo", "presento", "portamos", "porto", "aqui"],
        )
        .is_some()
}

/// Pide el nombre completo (1.1 «permítame su nombre completo»).
pub(super) fn pide_nombre_completo(f: &mut Frase) {
    for i in 0..f.len() {
        if !f.es_una(i, lista!["nombre", "nombres", "apellido", "apellidos"]) {
            continue;
        }
        if primera_persona(f, i) || !es_pedido(f, i) || f.negado(i) {
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

/// Pide la identificación (1.1 «…e identificación para… confirmación de datos»).
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
        if !primera_persona(f, i) && es_pedido(f, i) && !f.negado(i) {
            f.marcar(E::PideIdentificacion, i, i + 1);
            return;
        }
    }
}

/// Pide al cliente o a la persona encargada que permanezca durante el servicio (1.1).
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
        // «permanezca tranquilo», «quédese tranquila» piden calma, no presencia;
        // «no es necesario que esté aquí» pide lo contrario
        let calma = f.es_una(i + 1, lista!["tranquilo", "tranquila", "tranquilos", "calmado", "calmada", "sentado", "sentada", "quieto", "quieta"])
            // «alguien que pueda quedarse con usted» es compañía para el cliente,
            // no presencia durante el trabajo
            || (f.es(i + 1, "con") && f.es(i + 2, "usted"));
        let negado = f
            .antes(
                i,
                6,
                lista!["necesario", "hace", "falta", "tiene", "debe", "ocupa"],
            )
            .is_some()
            && f.antes(i, 7, lista!["no"]).is_some()
            || f.negado(i)
            // «no es necesario que me muestre la cédula, ni que se quede»
            || f.antes(i, 3, lista!["ni"]).is_some() && f.antes(i, 12, lista!["no"]).is_some();
        if !calma && !negado {
            f.marcar(E::PidePermanencia, i, i + 1);
            return;
        }
    }
}
