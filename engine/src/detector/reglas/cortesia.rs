//! Frases de cortesía (2.1): «permítame un momento», «muchas gracias», «con
//! mucho gusto», «estamos para servirle»; la despedida (1.3, «fue un placer
//! servirle») y la disculpa (1.2, «me disculpo…»).

use crate::detector::{lista, Etiqueta as E, Frase};

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
    "chance",
    "toquecito",
    "toquito"
];
/// Pide un momento (2.1 «Permítame un momento»).
pub(super) fn permitame(f: &mut Frase) {
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
        // «en este momento», «en un momento lo atiendo» no piden un momento
        if f.antes(i, 2, lista!["en", "este", "ese"]).is_some() {
            continue;
        }
        // «ocupo que me dé un momentito»
        let pide = f.antes(i, 4, PIDE).or_else(|| {
            f.antes(i, 3, lista!["de"])
                .filter(|&j| j > 0 && f.es_una(j - 1, lista!["me", "nos"]))
        });
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
    // «permítame» solo (no «permítame su cédula»)
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

/// Agradece (2.1 «Muchas gracias»).
pub(super) fn gracias(f: &mut Frase) {
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
            // «no hace falta que me dé las gracias» rechaza el agradecimiento
            if f.negado(i) {
                continue;
            }
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

/// «Con mucho gusto» (2.1), no «¿con quién tengo el gusto?».
pub(super) fn con_gusto(f: &mut Frase) {
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

/// «Estamos para servirle», «a la orden» (2.1).
pub(super) fn para_servirle(f: &mut Frase) {
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
            // «a su servicio» referido al trabajo («vengo a su servicio de cerrajería»)
            // no es la cortesía
            if f.es(i + 2, "servicio") && f.es_una(fin, lista!["de", "del"]) {
                continue;
            }
            // «no estoy aquí para servirle café» niega la cortesía
            if f.antes_en_clausula(i, 4, lista!["no"]).is_some() {
                continue;
            }
            f.marcar(E::ParaServirle, i, fin);
            return;
        }
    }
}

/// La despedida (1.3 «fue un placer servirle») o una paráfrasis cercana.
pub(super) fn despedida(f: &mut Frase) {
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
        // «será un placer servirle» anuncia el servicio, no se despide
        if f.antes(i, 3, lista!["sera", "seria"]).is_some() {
            continue;
        }
        // «un placer haberle servido», «haberlo atendido»
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

/// Una disculpa (1.2 «me disculpo…»), no «disculpe» para llamar la atención.
pub(super) fn disculpa(f: &mut Frase) {
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
        // toda disculpa empieza en una de estas palabras: las demás se saltan con poco costo
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
        // una sola palabra de disculpa: «mil disculpas», «le ofrezco una disculpa», «me disculpo»
        let una_palabra = f.es_una(i, lista!["disculpas", "perdones"])
            || (f.es(i, "disculpa")
                && f.antes(i, 2, lista!["una", "mi", "la", "su", "nuestra"])
                    .is_some())
            || (f.es_una(i, lista!["disculpo", "disculpamos"])
                && f.antes(i, 1, lista!["me", "nos", "le"]).is_some());
        // «lo siento (mucho)», no «no lo siento firme»
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
        // «lamento la demora», «siento mucho…», no «siento que la puerta…»
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
            // «lamento avisar tan tarde», «lamento hacerlo esperar»
            || (f.es_una(i, lista!["lamento", "lamentamos"])
                && ["ar", "er", "ir", "arlo", "erlo", "irlo", "arla", "erla", "irla", "arle"]
                    .iter()
                    .any(|t| f.plegada(i + 1).len() > 4 && f.plegada(i + 1).ends_with(t)))
            || (f.es(i, "siento") && f.es_una(i + 1, lista!["mucho", "muchisimo", "tanto"]))
            || (f.es(i, "siento")
                && f.es_una(i + 1, lista!["la", "el", "las", "los"])
                && f.es_una(i + 2, MOTIVO));
        // «disculpe la molestia», «perdone que lo haga esperar»;
        // «Disculpe, ¿aquí vive…?» solo llama la atención
        let pide_perdon = f.es_una(i, PEDIR_PERDON)
            && !f.w[i].pausa_despues
            && f.es_una(
                i + 1,
                lista![
                    "la", "el", "las", "los", "por", "que", "mi", "tanta", "tanto", "lo", "usted",
                    "nuestra", "nuestro"
                ],
            );
        // «Disculpe don Ignacio, voy a llegar tarde…»: una afirmación que reconoce una falta propia
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
        // «no tiene que pedir disculpas», «no hace falta que se disculpe»; «ya le
        // pedí disculpas» cuenta una disculpa de antes
        let contada = f
            .antes(i, 2, lista!["pedi", "ofreci", "pidio", "pedimos"])
            .is_some();
        if let Some(fin) = fin.filter(|_| !f.negado(i) && !contada) {
            f.marcar(E::Disculpa, i, fin);
            return;
        }
    }
}
