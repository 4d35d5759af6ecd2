//! `protocolo`: la línea de comandos del motor. Etiqueta frases y mide el
//! detector, lista los escenarios, reproduce y califica transcripciones,
//! crea las claves de RR. HH., firma certificados, los verifica y arma la
//! revisión de una cohorte. Nunca aborta: cada error es un mensaje en
//! español y un código de salida (ver [`es`]).

mod ayuda;
mod certificados;
mod es;

use es::{avisar, leer_archivo, siguiente_linea, Argumentos, Fallo, Linea, Resultado, Salida};
use protocolo::escenario::{buscar, catalogo};
use protocolo::evaluacion::{detectar_entrada, evaluar, leer_linea};
use protocolo::{Evento, Sesion, Transcripcion};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match ejecutar(&args) {
        Ok(codigo) => codigo,
        Err(Fallo::TuberiaCerrada) => ExitCode::SUCCESS,
        Err(Fallo::Mensaje(m)) => {
            avisar(m);
            ExitCode::from(2)
        }
    }
}

fn ejecutar(args: &[String]) -> Resultado {
    let pide_ayuda = args.iter().any(|a| a == "--help" || a == "-h");
    let sub = args.first().map(String::as_str);
    let resto = args.get(1..).unwrap_or_default();
    match sub {
        None | Some("--help") | Some("-h") | Some("ayuda") => imprimir(ayuda::AYUDA),
        Some(sub) if pide_ayuda => match ayuda::AYUDAS.iter().find(|(n, _)| *n == sub) {
            Some((_, texto)) => imprimir(texto),
            None => Err(desconocido(sub)),
        },
        Some("verificar") => certificados::verificar(resto),
        Some("revisar") => revisar(resto),
        Some("claves") => certificados::claves(resto),
        Some("firmar") => certificados::firmar(resto),
        Some("xapi") => certificados::xapi(una_ruta(
            "xapi",
            resto,
            "el expediente: protocolo xapi EXPEDIENTE.json",
        )?),
        Some("escenarios") => {
            Argumentos::leer("escenarios", resto, &[], &[])?.posicionales("escenarios", 0, "")?;
            escenarios()
        }
        Some("jugar") => jugar(una_ruta(
            "jugar",
            resto,
            "el archivo: protocolo jugar ARCHIVO.json",
        )?),
        Some("conversacion") => conversacion(una_ruta(
            "conversacion",
            resto,
            "el archivo: protocolo conversacion ARCHIVO.json",
        )?),
        Some("detectar") => {
            Argumentos::leer("detectar", resto, &[], &[])?.posicionales("detectar", 0, "")?;
            detectar()
        }
        Some("evaluar") => evaluar_archivo(una_ruta(
            "evaluar",
            resto,
            "el archivo: protocolo evaluar ARCHIVO.jsonl",
        )?),
        Some(otro) => Err(desconocido(otro)),
    }
}

fn desconocido(sub: &str) -> Fallo {
    Fallo::Mensaje(format!(
        "subcomando desconocido «{sub}». Use «protocolo --help»."
    ))
}

/// El único argumento de `sub`, una ruta; `falta` dice cuál si no está.
fn una_ruta<'a>(sub: &str, resto: &'a [String], falta: &str) -> Result<&'a str, Fallo> {
    Argumentos::leer(sub, resto, &[], &[])?.posicionales(sub, 1, falta)?;
    Ok(resto[0].as_str())
}

/// Imprime un texto y termina bien.
fn imprimir(texto: &str) -> Resultado {
    let mut s = Salida::nueva();
    s.linea(texto)?;
    s.cerrar()?;
    Ok(ExitCode::SUCCESS)
}

fn detectar() -> Resultado {
    let mut entrada = std::io::stdin().lock();
    let mut salida = Salida::nueva();
    let mut n = 0;
    loop {
        let linea = match siguiente_linea(&mut entrada) {
            Ok(Some(l)) => l,
            Ok(None) => break,
            Err(e) => {
                return Err(Fallo::Mensaje(format!(
                    "no se pudo leer la entrada: {}",
                    es::error_es(&e)
                )))
            }
        };
        n += 1;
        let texto = match linea {
            Linea::Larga => {
                serde_json::json!({"linea": n, "error": "línea demasiado larga (más de 1 MB)"})
                    .to_string()
            }
            Linea::Texto(t) if t.trim().is_empty() => continue,
            Linea::Texto(t) => match leer_linea(&t) {
                Ok(e) => con_id_exacto(&t, detectar_entrada(&e)),
                Err(m) => serde_json::json!({"linea": n, "error": m}).to_string(),
            },
        };
        salida.linea(texto)?;
    }
    salida.cerrar()?;
    Ok(ExitCode::SUCCESS)
}

/// La salida de `detectar` con el «id» de la entrada copiado tal como vino
/// (un número de 30 cifras no pasa por un `f64`).
fn con_id_exacto(linea: &str, mut salida: protocolo::evaluacion::Salida) -> String {
    #[derive(serde::Deserialize)]
    struct SoloId<'a> {
        #[serde(borrow, default)]
        id: Option<&'a serde_json::value::RawValue>,
    }
    salida.id = None;
    let resto = serde_json::to_string(&salida).unwrap_or_default();
    match serde_json::from_str::<SoloId>(linea)
        .ok()
        .and_then(|x| x.id)
    {
        Some(id) => format!("{{\"id\":{},{}", id.get(), &resto[1..]),
        None => resto,
    }
}

fn evaluar_archivo(ruta: &str) -> Resultado {
    let texto = leer_archivo(ruta)?;
    let (resultado, errores) = evaluar(&texto);
    for (n, m) in &errores {
        avisar(format!("{ruta}:{n}: {m}"));
    }
    if resultado.casos == 0 {
        return Err(Fallo::Mensaje(format!(
            "«{ruta}» no tiene ninguna frase etiquetada que medir"
        )));
    }
    let mut s = Salida::nueva();
    s.texto(resultado.informe())?;
    s.cerrar()?;
    Ok(ExitCode::SUCCESS)
}

fn escenarios() -> Resultado {
    let todos = catalogo().map_err(|(nombre, e)| format!("escenario «{nombre}»: {e}"))?;
    let mut s = Salida::nueva();
    for e in todos {
        s.linea(format_args!("{}\t{}", e.id, e.titulo))?;
    }
    s.cerrar()?;
    Ok(ExitCode::SUCCESS)
}

fn revisar(resto: &[String]) -> Resultado {
    let a = Argumentos::leer("revisar", resto, &["lrs"], &[])?;
    let archivos = match a.valor("lrs") {
        Some(url) => {
            a.posicionales("revisar", 0, "")?;
            certificados::expedientes_del_lrs(url)?
        }
        None => {
            let p = a.posicionales(
                "revisar",
                1,
                "la carpeta: protocolo revisar CARPETA (o --lrs URL)",
            )?;
            expedientes_de_la_carpeta(&p[0])?
        }
    };
    let r = protocolo::revision::revisar(&archivos);
    for f in r.filas.iter().filter(|f| !f.valido) {
        avisar(format!("{}: no válido: {}", f.archivo, f.motivo));
    }
    let mut s = Salida::nueva();
    s.texto(r.csv())?;
    s.cerrar()?;
    Ok(if r.filas.iter().any(|f| !f.valido) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Los expedientes (*.json) de una carpeta: cada nombre con su texto o por qué
/// no se pudo leer.
fn expedientes_de_la_carpeta(ruta: &str) -> Result<es::Leidos, Fallo> {
    let entradas = std::fs::read_dir(ruta)
        .map_err(|e| format!("no se pudo abrir la carpeta «{ruta}»: {}", es::error_es(&e)))?;
    let mut rutas: Vec<std::path::PathBuf> = entradas
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        })
        .collect();
    rutas.sort();
    if rutas.is_empty() {
        return Err(Fallo::Mensaje(format!(
            "la carpeta «{ruta}» no tiene archivos .json"
        )));
    }
    Ok(rutas
        .iter()
        .map(|p| {
            let nombre = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // un archivo ilegible también tiene su fila, con el motivo
            (nombre, leer_archivo(&p.to_string_lossy()))
        })
        .collect())
}

/// Lee la transcripción de `ruta` y la reproduce en el motor.
fn reproducir_archivo(ruta: &str) -> Result<Sesion, Fallo> {
    let texto = leer_archivo(ruta)?;
    let t = Transcripcion::desde_json(&texto).map_err(|e| format!("{ruta}: {e}"))?;
    let escenario = buscar(&t.escenario).map_err(|m| format!("{ruta}: {m}"))?;
    Ok(Sesion::reproducir(escenario, &t).map_err(|e| format!("{ruta}: {e}"))?)
}

fn jugar(ruta: &str) -> Resultado {
    let s = reproducir_archivo(ruta)?;
    let mut salida = Salida::nueva();
    salida.linea(serde_json::to_string_pretty(&s.informe()).unwrap_or_default())?;
    salida.cerrar()?;
    Ok(ExitCode::SUCCESS)
}

fn conversacion(ruta: &str) -> Resultado {
    let s = reproducir_archivo(ruta)?;
    let v = s.variante();
    let mut salida = Salida::nueva();
    salida.linea(format_args!(
        "{} · cliente: {} ({}) · empieza a las {}",
        s.escenario().titulo,
        v.cliente.nombre,
        v.cliente.genero.tratamiento(),
        v.hora_inicio
    ))?;
    for e in s.historial() {
        match e {
            Evento::Linea {
                quien, texto, hora, ..
            } => salida.linea(format_args!("[{hora}] {}: {texto}", quien.texto()))?,
            Evento::Accion { accion, hora } => {
                salida.linea(format_args!("[{hora}] (botón) {}", accion.texto()))?
            }
            _ => {}
        }
    }
    if s.terminada() {
        salida.linea("(fin del intento)")?;
    }
    salida.cerrar()?;
    Ok(ExitCode::SUCCESS)
}
