//! Lo que se le dice al operador del Centro de Contacto sobre un servicio
//! pendiente (1.2): informar un inconveniente, proponer una nueva hora y
//! solicitar re coordinar. Informar solo se busca cuando se le habla al
//! operador; proponer una hora y re coordinar, con cualquier interlocutor.
//! Escalar una situación del cliente está en [`super::escala`].

use crate::detector::{lista, Etiqueta as E, Frase};

/// Solicita re coordinar el servicio (1.2 «Solicito re coordinar el evento»).
pub(super) fn pide_recoordinacion(f: &mut Frase) {
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
        // «no ocupo reprogramar», «no vamos a re coordinar nada»
        if let Some((a, b)) = hit.filter(|&(a, _)| !f.negado(a)) {
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

/// La palabra `i` es un número de hora: «una» a «doce» en letras o una cifra hasta 24.
fn es_numero_de_hora(f: &Frase, i: usize) -> bool {
    f.es_una(i, HORAS_EN_PALABRAS) || f.plegada(i).parse::<u32>().is_ok_and(|n| n <= 24)
}

/// Propone una nueva hora concreta (1.2 «Proponer una hora…»).
pub(super) fn propone_hora(f: &mut Frase) {
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
    // «el servicio de las siete», «tengo un servicio a las diez» nombran la cita
    // original (`p`: la primera palabra de la hora)
    let nombra_la_cita = |p: usize| {
        let no_podre = f.antes(p, 6, lista!["no"]).is_some()
            && f.antes(
                p,
                5,
                lista!["atender", "llegar", "poder", "puedo", "podre", "llego"],
            )
            .is_some();
        no_podre
            || f.antes(p, 1, lista!["de"]).is_some()
            || f.antes(
                p,
                2,
                lista!["servicio", "cita", "visita", "pactada", "era", "estaba"],
            )
            .is_some()
            || f.antes(
                p,
                10,
                lista!["tengo", "tenia", "era", "estaba", "pendiente"],
            )
            // «…que tengo pendiente, podría atenderlo a las cuatro» sí propone
            .is_some_and(|k| f.buscar(k + 1, p, PROPUESTA).is_none())
    };
    let mut hora: Option<(usize, usize)> = None;
    for i in 0..f.len() {
        // «a las nueve», «para las 3», «a la una», «tipo 4»
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
            if nombra_la_cita(i) {
                continue;
            }
            hora = Some((desde, i + 2));
            break;
        }
        // «15:30», «3 pm»
        if f.plegada(i).parse::<u32>().is_ok_and(|n| n <= 24)
            && (f
                .plegada(i + 1)
                .parse::<u32>()
                .is_ok_and(|m| m < 60 && f.plegada(i + 1).len() == 2)
                || f.es_una(i + 1, lista!["pm", "am", "hrs", "horas", "h", "p", "a"]))
            && f.antes(i, 1, lista!["de"]).is_none()
            && !nombra_la_cita(if f.antes(i, 1, lista!["las", "la"]).is_some() {
                i - 1
            } else {
                i
            })
        {
            hora = Some((i, i + 2));
            break;
        }
        if f.es(i, "mediodia") && f.antes(i, 2, lista!["a", "al", "para"]).is_some() {
            hora = Some((i, i + 1));
            break;
        }
        // «en media hora», «en 20 minutos», «en una hora»; no «el encargado vuelve en dos horas»
        if f.es(i, "en")
            && f.antes(
                i,
                2,
                lista!["vuelve", "regresa", "viene", "llega", "sale", "tarda", "dura"],
            )
            .is_none()
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
    let Some((a, b)) = hora else {
        // un día solo («mañana», «el jueves») cuenta solo en una propuesta simple,
        // no dentro de una solicitud de re coordinar
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

/// Al operador: un servicio pendiente no se puede atender a tiempo (1.2 caso 1).
pub(super) fn reporta_inconveniente(f: &mut Frase) {
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
        // «no me permite atender», «no voy a llegar», «no llego a tiempo»
        // (hasta seis palabras: «no lo voy a poder atender», «no voy a alcanzar a llegar»)
        if f.es(i, "no") && f.buscar(i + 1, i + 7, NO_LLEGA).is_some() && !f.tiene(E::Escala) {
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
        // «voy a llegar tarde», «llego tarde», «me voy a atrasar»
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
            && f.antes_en_clausula(i, 16, lista!["no"]).is_some()
        {
            desde = Some(i);
            break;
        }
    }
    // «sin ningún inconveniente» es lo contrario de un inconveniente
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
        // «tengo un inconveniente con el servicio de las cinco»
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
    // «tengo pendiente un servicio», «tengo el servicio de don Óscar a las 10»
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
