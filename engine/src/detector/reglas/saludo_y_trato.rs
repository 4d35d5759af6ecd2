//! Las primeras palabras del primer contacto (1.1) y el trato (2.1): el saludo
//! según la hora del día, el nombre propio del proveedor, «proveedor del
//! Instituto Nacional de Seguros», don/doña con el nombre del cliente y
//! «¿cómo está?» / «¿cómo se encuentra?».

use crate::detector::lexico::{self, mismo_nombre};
use crate::detector::{lista, Etiqueta as E, Frase, Genero, Interlocutor};
use crate::hora::ParteDelDia;

const ADJ_SALUDO: &[u8] =
    lista!["buenos", "buenas", "buen", "buena", "bnas", "bns", "bnos", "wenas", "wenos"];
const DIAS: &[u8] = lista!["dias", "dia", "diaz"];
const TARDES: &[u8] = lista!["tardes", "tarde"];
const NOCHES: &[u8] = lista!["noches", "noche"];

/// Saludo (1.1): «buenos días / buenas tardes / buenas noches» según la
/// hora simulada; «buenas» u «hola» solos son un saludo incompleto.
pub(super) fn saludo(f: &mut Frase) {
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
        // un saludo contado o mencionado («le dije buenos días a su empleado»,
        // «no sé si decirle buenos días») no es el saludo de ahora
        if f.antes(i, 3, CONTADO).is_some() {
            continue;
        }
        // un deseo de despedida («que tenga buena tarde», «feliz noche») no es un saludo
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
                || f.w[i - 1].pausa_despues
                || (i <= 2
                    && f.antes(i, 2, lista!["muy", "ah", "ay", "eh", "ey", "upe", "hola"])
                        .is_some()))
            && saluda_con_buenas(f, i);
        if hola || buenas {
            f.marcar(E::SaludoIncompleto, i, i + 1);
            return;
        }
    }
}

/// Verbos que cuentan o mencionan un saludo en vez de decirlo.
const CONTADO: &[u8] = lista![
    "dije",
    "dijo",
    "dijeron",
    "decia",
    "decian",
    "decirle",
    "decirles",
    "decir",
    "dijera",
    "salude",
    "saludo",
    "saludaron"
];

/// «buenas» en `i` es un saludo y no un adjetivo («las tomas están buenas»,
/// «buenas noticias»): no sigue a un verbo o artículo, y después viene una
/// pausa, el final, a quién se saluda o lo que sigue a un saludo.
fn saluda_con_buenas(f: &Frase, i: usize) -> bool {
    const ANTES_DEL_ADJETIVO: &[u8] = lista![
        "esta", "estan", "estaba", "estaban", "son", "es", "eran", "era", "quedaron", "quedo",
        "salieron", "las", "unas", "tan", "muy", "bien", "noticias", "se", "ven", "veo"
    ];
    const TRAS_EL_SALUDO: &[u8] = lista![
        "don",
        "dona",
        "dn",
        "dna",
        "senor",
        "senora",
        "senorita",
        "joven",
        "a",
        "le",
        "les",
        "soy",
        "mi",
        "me",
        "con",
        "como",
        "que",
        "hola",
        "aqui",
        "por",
        "de",
        "y",
        "ya",
        "yo",
        "usted",
        "muchachos",
        "disculpe",
        "perdon",
        "buenas"
    ];
    let adjetivo = f
        .antes(i, 2, ANTES_DEL_ADJETIVO)
        .is_some_and(|j| !(f.es(j, "muy") && j + 1 == i && (j == 0 || f.w[j - 1].pausa_despues)));
    let sigue = i + 1 == f.len()
        || f.w[i].pausa_despues
        || f.es_una(i + 1, TRAS_EL_SALUDO)
        || lexico::indice().es_nombre(f.plegada(i + 1))
        || f.cliente.iter().any(|n| mismo_nombre(f.plegada(i + 1), n));
    !adjetivo && sigue
}

/// Palabras que nunca son un nombre después de «soy», «le habla», «me llamo»…
fn no_es_nombre(f: &Frase, i: usize) -> bool {
    let p = f.plegada(i);
    p.is_empty()
        || p.chars().all(|c| c.is_ascii_digit())
        || (lexico::indice().es_conocida(p)
            && !lexico::indice().es_nombre(p)
            && !es_del_proveedor(f, i))
}

/// La palabra `i` es una del nombre del proveedor, exacta o con una errata.
fn es_del_proveedor(f: &Frase, i: usize) -> bool {
    let p = f.plegada(i);
    !p.is_empty() && f.proveedor.iter().any(|n| mismo_nombre(p, n))
}

/// El proveedor dice su propio nombre (1.1 «mi nombre es…»).
pub(super) fn presentacion(f: &mut Frase) {
    for i in 0..f.len() {
        // «mi nombre es X», «me llamo X», «me presento: X»
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
        // «Andrés Quesada, para servirle»: el nombre de pila y el apellido del propio proveedor
        if f.proveedor.first().is_some_and(|n| n == f.plegada(i)) && es_del_proveedor(f, i + 1) {
            f.marcar(E::Presentacion, i, i + 2);
            return;
        }
        // «soy Carlos», «habla Luis Mora», «yo soy Ana»
        if f.es_una(i, lista!["soy", "habla", "saluda"])
            && (es_del_proveedor(f, i + 1) || lexico::indice().es_nombre(f.plegada(i + 1)))
        {
            // «hablo con doña María» se refiere al cliente, no a quien habla
            if !(f.es(i, "habla") && f.antes(i, 1, lista!["con"]).is_some()) {
                f.marcar(E::Presentacion, i, i + 2);
                return;
            }
        }
    }
}

const INS: &[u8] = lista!["ins"];

/// Dice que viene de parte del INS o que trabaja para él
/// (1.1 «proveedor del Instituto Nacional de Seguros»).
pub(super) fn institucion(f: &mut Frase) {
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
        // la aplicación «Aliados INS Servicios» no es decir que se viene de parte del INS
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

/// Palabras que presentan a otra persona antes de su don/doña.
const TERCEROS: &[u8] = lista![
    "companero",
    "companera",
    "mi",
    "su",
    "el",
    "la",
    "al",
    "del",
    "hijo",
    "hija",
    "esposo",
    "esposa",
    "vecino",
    "vecina",
    "jefe",
    "jefa",
    "encargado",
    "encargada",
    "tecnico",
    "senor",
    "senora",
    "por",
    "papa",
    "mama",
    "hermano",
    "hermana",
    // «familia de doña Carmen», «¿su esposa se llama doña Flory?»
    "de",
    "llama"
];

/// don/doña + el nombre del cliente, con el género correcto (2.1).
pub(super) fn trato(f: &mut Frase) {
    // las palabras del nombre del cliente (clonadas: más abajo se marca la frase)
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
        // un nombre compuesto debe ser correcto en sus dos partes:
        // «doña Ana Luisa» no es «Ana Lucía»
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
        // a otra persona («mi compañero don Esteban») o al operador por su nombre
        // («buenas noches, doña Viviana»): no es el trato al cliente
        // («Doña Mercedes, don Rafael, mi compañero, le ayuda»)
        let presentado = f
            .buscar(
                i + 2,
                i + 4,
                lista!["companero", "companera", "colega", "ayudante"],
            )
            .is_some();
        if f.ctx.interlocutor == Interlocutor::Operador
            || f.antes(i, 2, TERCEROS).is_some()
            || presentado
        {
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

/// Pregunta cómo está la persona (1.1 «¿cómo está?», 2.1 «¿cómo se encuentra?»).
pub(super) fn pregunta_bienestar(f: &mut Frase) {
    for i in 0..f.len() {
        // «tan sucia como esta» compara, no pregunta
        if f.es_una(i, lista!["como", "tal"])
            && f.antes(
                i,
                3,
                lista!["tan", "tanto", "tanta", "tantos", "tantas", "igual"],
            )
            .is_none()
            // «ni le pregunto cómo está» no pregunta
            && f.antes(i, 2, lista!["pregunto", "preguntar", "preguntarle"]).is_none()
        {
            let j = i + 1;
            // «¿cómo está conectada la bomba?», «mire cómo está de oxidada»
            // preguntan por otra cosa
            let de_otra_cosa = {
                let s = f.plegada(j + 1);
                s == "de"
                    || s.len() > 4
                        && ["ado", "ada", "ido", "ida", "ados", "adas"]
                            .iter()
                            .any(|t| s.ends_with(t))
            };
            let esta_usted = f.es(j, "esta")
                && !de_otra_cosa
                && !f.es_una(
                    j + 1,
                    lista!["el", "la", "los", "las", "su", "todo", "eso", "esto", "quedando"],
                );
            // «¿cómo amaneció el negocio?» pregunta por otra cosa
            let por_otra_cosa = f.es_una(j + 1, lista!["el", "la", "los", "las", "su", "sus"]);
            let fin = if esta_usted
                || (f.es_una(j, lista!["amanecio", "sigue", "anda", "estan"]) && !por_otra_cosa)
            {
                Some(j + 1)
            } else {
                f.secuencia(
                    j,
                    &[
                        lista!["se", "le"],
                        lista!["encuentra", "siente", "va", "fue", "encuentran"],
                    ],
                )
                // «¿cómo le fue al técnico?» pregunta por otra cosa
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
                // «¿cómo la trata la vida?»
                .or_else(|| {
                    f.secuencia(
                        j,
                        &[
                            lista!["la", "lo", "le"],
                            lista!["trata"],
                            lista!["la"],
                            lista!["vida"],
                        ],
                    )
                })
            };
            if let Some(fin) = fin {
                f.marcar(E::PreguntaBienestar, i, fin);
                return;
            }
        }
        // «¿se encuentra bien?», «¿está bien usted?» preguntados a la persona
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
        // «espero que esté (muy) bien», «que se encuentre bien»
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
