//! Escalar al Centro de Contacto (1.1 nota, 2.2): contarle al operador una
//! situación que afecta al cliente (ausente, herido, enfermo, molesto, que se
//! niega) o pedirle instrucciones. Solo se busca cuando se le habla al
//! operador, y después de [`super::centro_de_contacto`]: la demora del propio
//! proveedor es un inconveniente (1.2), no una situación del cliente.

use crate::detector::{lista, Etiqueta as E, Frase};

/// Al operador: una situación que afecta al cliente, o una solicitud de instrucciones
/// (1.1 nota, 2.2).
pub(super) fn escala(f: &mut Frase) {
    // la demora del propio proveedor es un inconveniente (1.2), no una situación del cliente,
    // salvo que el proveedor pregunte además cómo proceder
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
        // «el cliente no se encuentra», «no hay nadie»
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
        // «¿cómo debo proceder?», «¿qué hago?», «solicito instrucciones»
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
                && f.es_una(i + 1, lista!["procedo", "debo", "hago", "seguimos", "sigo"]))
            // «¿lo espero?», «¿la esperamos?»
            || (f.pregunta
                && f.es_una(i, lista!["lo", "la", "los", "las"])
                && f.es_una(i + 1, lista!["espero", "esperamos"]))
            // «nadie contesta», «nadie abre»
            || (f.es(i, "nadie")
                && f.es_una(
                    i + 1,
                    lista!["contesta", "abre", "atiende", "responde", "sale", "esta"],
                ));
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
            // «se sintió mal» pero no «no está mal»; el afectado es alguien,
            // no el carro del proveedor
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
