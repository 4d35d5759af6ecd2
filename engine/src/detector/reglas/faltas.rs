//! Faltas de trato: el trato informal (tuteo, voseo, jerga, formas demasiado
//! familiares; 2.1) y el trato grosero o irrespetuoso (2.2, «comunicación
//! cordial y atenta»).

use crate::detector::{lexico, lista, palabras_de, Etiqueta as E, Frase};

/// Jerga o formas demasiado familiares, o tú/vos hacia la persona (2.1, 2.2).
pub(super) fn informal(f: &mut Frase) {
    const JERGA: &[u8] = lista![
        "mae",
        "maje",
        "diay",
        "diai",
        "tuanis",
        "upe",
        "tranqui",
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
    // formas verbales de tú/vos, tal como se escriben (con tildes)
    // o plegadas cuando no son ambiguas
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
        "amaneciste",
        "llegaste",
        "dormiste",
        "entendiste",
        "recibiste",
        "pediste",
        "llamaste",
        "escribiste",
        "mandaste",
        "dejaste",
        "pagaste",
        "revisaste",
        "quedaste",
        "tuviste",
        "escribís",
        "escribis",
        "vivís",
        "pedís",
        "abrís",
        "recibís",
        "dijiste",
        "pudiste",
        "estuviste",
        "quisiste",
        "podrías",
        "podrias",
        "quisieras",
        "tendrías",
        "tendrias",
        "vas",
        "firmame",
        "fírmame",
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
            palabras_de(JERGA).collect(),
            palabras_de(VERBOS_TU).collect(),
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
            || (p == "nos" && f.es(i + 1, "vidrios"))
            // «¿qué hubo?», «quiubo»: un saludo de confianza
            || (p == "que" && f.es(i + 1, "hubo"))
            || matches!(p, "quiubo" | "quihubo" | "quiubole");
        // «tranquilo/tranquila» solo, como orden («vos tranquila»), es demasiado familiar;
        // «esté tranquila» no
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
            || (p == "mira" || p == "espera")
                && (i == 0 || f.es_una(i + 1, lista!["aqui", "aca", "esto", "eso"]))
                && !f.es_una(i + 1, lista!["usted", "que"])
            || (p == "viste" && (i + 1 == f.len() || f.w[i].pausa_despues) && f.pregunta)
            || (p == "ven" && (i == 0 || f.w[i].pausa_despues));
        // «té» es la bebida, no «te»; «lo trató de vos» nombra el trato, no lo usa
        let mencion = i > 0
            && f.es(i - 1, "de")
            && f.antes(
                i - 1,
                2,
                lista!["trato", "trata", "tratar", "trataba", "hablo", "hablaba"],
            )
            .is_some();
        let pronombre = palabras_de(PRONOMBRES).any(|x| x == p) && o != "té" && !mencion;
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

/// Grosero, despectivo, insultante o soez (2.2 «comunicación cordial»).
pub(super) fn grosero(f: &mut Frase) {
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
        "inutiles",
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
    static INSULTOS_SET: std::sync::OnceLock<lexico::Palabras> = std::sync::OnceLock::new();
    let insultos = INSULTOS_SET.get_or_init(|| palabras_de(INSULTOS).collect());
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
    if let Some((a, b)) = desprecio(f) {
        f.marcar(E::Grosero, a, b);
        return;
    }
    // frases indexadas por su primera palabra, comparadas palabra por palabra
    type Indice = lexico::Tabla<&'static str, Vec<Vec<&'static str>>>;
    static INDICE: std::sync::OnceLock<Indice> = std::sync::OnceLock::new();
    // (las frases viajan con las listas del léxico: ver lexico::listas)
    let frases = lexico::listas()[4];
    if frases.is_empty() {
        return;
    }
    let indice = INDICE.get_or_init(|| {
        let mut m = Indice::default();
        for frase in frases.lines().filter(|l| !l.trim().is_empty()) {
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
            // la última palabra puede ser una raíz («exagerad» → exagerado/exagerada)
            let coincide = frase.iter().enumerate().all(|(k, w)| {
                f.plegada(i + k) == *w
                    || (k + 1 == n && w.len() >= 5 && f.plegada(i + k).starts_with(w))
            });
            // «no sea» solo como reproche («no sea necia»), no «no sea que…»;
            // «no fue culpa suya» consuela, no culpa
            let consuela = frase.contains(&"culpa")
                && f.antes_en_clausula(i, 6, lista!["no", "nada"]).is_some();
            if coincide && !(frase[..] == ["no", "sea"] && f.es(i + 2, "que")) && !consuela {
                f.marcar(E::Grosero, i, i + n);
                return;
            }
        }
    }
}

/// Desprecio sin insulto (2.2 «comunicación cordial y atenta»): menospreciar
/// el local («qué local más feo», «una bodega tan sucia»), juzgar a la
/// persona («usted sí es complicado»), reprocharle («la próxima vez llame con
/// tiempo», «ya le dije tres veces», «me hizo perder media hora») o echarla
/// («no me esté viendo tanto», «sin estar encima»).
fn desprecio(f: &Frase) -> Option<(usize, usize)> {
    const DESPECTIVO: &[u8] = lista![
        "sucio",
        "sucia",
        "sucios",
        "sucias",
        "feo",
        "fea",
        "feos",
        "feas",
        "cochinero",
        "basurero",
        "chiquero",
        "pocilga",
        "mugre",
        "mugriento",
        "mugrienta",
        "asqueroso",
        "asquerosa",
        "desorden",
        "desastre",
        "tugurio",
        "porqueria",
        "pereza",
        "verguenza",
        "horrible",
        "horrendo",
        "horrenda",
        "asco",
        "chanchero",
        "cochinada",
        "mugrero"
    ];
    const JUICIO: &[u8] = lista![
        "complicado",
        "complicada",
        "despistado",
        "despistada",
        "lento",
        "lenta",
        "terco",
        "terca",
        "descuidado",
        "descuidada",
        "desordenado",
        "desordenada",
        "pesado",
        "pesada",
        "exagerado",
        "exagerada",
        "cochino",
        "dificil",
        "torpe",
        "chineado",
        "chineada",
        "delicado",
        "delicada"
    ];
    const ECHAR: &[u8] = lista![
        "viendo",
        "interrumpiendo",
        "molestando",
        "apurando",
        "presionando",
        "vigilando",
        "encima"
    ];
    // en un conjunto: se consulta en cada palabra de cada frase
    static DESPECTIVOS: std::sync::OnceLock<lexico::Palabras> = std::sync::OnceLock::new();
    let despectivos = DESPECTIVOS.get_or_init(|| palabras_de(DESPECTIVO).collect());
    for i in 0..f.len() {
        // «qué local más feo», «tan sucia», «este desorden», «qué pereza»,
        // «ese cableado es una porquería»
        if despectivos.contains(f.plegada(i))
            && (f
                .antes(
                    i,
                    2,
                    lista!["que", "tan", "mas", "ese", "esa", "este", "semejante"],
                )
                .is_some()
                || (i >= 2 && f.es(i - 2, "asi") && f.es(i - 1, "de"))
                || (i >= 2 && f.es(i - 2, "es") && f.es_una(i - 1, lista!["un", "una"])))
        {
            return Some((i.saturating_sub(1), i + 1));
        }
        // lo demás empieza por una de estas palabras: las otras se saltan sin más
        if !matches!(
            f.plegada(i),
            "usted" | "la" | "le" | "por" | "me" | "no" | "estar" | "como" | "y"
        ) {
            continue;
        }
        // «usted sí es (bien) complicado»
        if f.es(i, "usted") {
            if let Some(j) = f.buscar(i + 1, i + 3, lista!["es"]) {
                if let Some(k) = f.buscar(j + 1, j + 3, JUICIO) {
                    return Some((i, k + 1));
                }
            }
            // «¿usted nunca limpia aquí?»
            if f.es(i + 1, "nunca")
                && f.es_una(
                    i + 2,
                    lista!["limpia", "arregla", "ordena", "avisa", "cuida", "revisa", "entiende"],
                )
            {
                return Some((i, i + 3));
            }
        }
        // «la próxima vez llame con tiempo»
        if let Some(fin) = f.secuencia(i, &[lista!["la"], lista!["proxima"], lista!["vez"]]) {
            if f.buscar(
                fin,
                fin + 3,
                lista!["llame", "avise", "fijese", "tenga", "revise", "haga", "ponga", "piense"],
            )
            .is_some()
            {
                return Some((i, fin));
            }
        }
        // «ya le dije tres veces», «por qué no me avisó», «me hizo perder…»
        if let Some(fin) = f.secuencia(i, &[lista!["le"], lista!["dije", "explique", "repeti"]]) {
            if f.buscar(fin, fin + 4, lista!["veces"]).is_some() {
                return Some((i, fin));
            }
        }
        if let Some(fin) = f.secuencia(
            i,
            &[
                lista!["por"],
                lista!["que"],
                lista!["no"],
                lista!["me"],
                lista!["aviso", "dijo", "llamo"],
            ],
        ) {
            return Some((i, fin));
        }
        if let Some(fin) = f.secuencia(
            i,
            &[lista!["me"], lista!["hizo"], lista!["perder", "esperar"]],
        ) {
            return Some((i, fin));
        }
        // «no me esté viendo tanto», «sin estar encima», «que me deje trabajar»
        if let Some(fin) = f.secuencia(i, &[lista!["no"], lista!["me"], lista!["este", "esta"]]) {
            if f.es_una(fin, ECHAR) {
                return Some((i, fin + 1));
            }
        }
        if let Some(fin) = f.secuencia(i, &[lista!["estar"], lista!["encima"]]) {
            return Some((i, fin));
        }
        if let Some(fin) = f.secuencia(i, &[lista!["me"], lista!["deje"], lista!["trabajar"]]) {
            return Some((i, fin));
        }
        // menosprecio y despacho: «como sea» (al cerrar), «y punto» (al final)
        let cierre = |k: usize| k >= f.len() || f.w[k - 1].pausa_despues;
        if let Some(fin) = f.secuencia(i, &[lista!["como"], lista!["sea"]]) {
            if cierre(fin) && !f.es_una(fin, lista!["necesario", "posible"]) {
                return Some((i, fin));
            }
        }
        if let Some(fin) = f.secuencia(i, &[lista!["y"], lista!["punto"]]) {
            if fin >= f.len() || f.w[fin - 1].pausa_despues {
                return Some((i, fin));
            }
        }
    }
    None
}
