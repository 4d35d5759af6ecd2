//! `protocolo`: la línea de comandos del motor. Etiqueta frases y mide el
//! detector, lista los escenarios, reproduce y califica transcripciones,
//! verifica expedientes de certificación y arma la revisión de una cohorte
//! para RR. HH.

use protocolo::escenario::{buscar, catalogo};
use protocolo::evaluacion::{detectar_entrada, evaluar, leer_linea};
use protocolo::{Evento, Sesion, Transcripcion};
use std::io::{BufRead, Write};
use std::process::ExitCode;

const AYUDA: &str = "protocolo: motor del Entrenador de Protocolo (INS)

Uso: protocolo <subcomando> [argumentos]

Subcomandos:
  detectar            Lee líneas JSON en la entrada estándar y escribe, por cada una,
                      las etiquetas detectadas y las palabras que las activaron.
  evaluar ARCHIVO     Compara el detector con las etiquetas «esperado» de un archivo
                      JSONL e imprime precisión, exhaustividad y F1.
  escenarios          Lista los escenarios (id y título), uno por línea.
  jugar ARCHIVO       Reproduce una transcripción (JSON) e imprime el informe en JSON.
  conversacion ARCHIVO
                      Reproduce una transcripción e imprime la conversación (la situación,
                      lo que dice cada uno y lo que se hace, con la hora), sin calificar.
  verificar ARCHIVO   Comprueba un expediente de certificación: VÁLIDO o qué difiere.
  revisar CARPETA     Verifica todos los expedientes (*.json) de una carpeta e imprime
                      la tabla de revisión de RR. HH. en CSV.

Use «protocolo <subcomando> --help» para los detalles de cada uno.";

const AYUDA_DETECTAR: &str = "protocolo detectar: etiqueta frases de la persona en formación

Entrada (una línea JSON por frase, en la entrada estándar):
  {\"id\": \"a1\", \"texto\": \"Buenas tardes doña María\", \"hora\": \"14:30\",
   \"cliente\": {\"nombre\": \"María Fernández\", \"genero\": \"F\"},
   \"proveedor\": \"Carlos Jiménez\", \"interlocutor\": \"cliente\"}
  «interlocutor» es «cliente» (por omisión) u «operador». Otros campos se ignoran; «id» se devuelve.

Salida (una línea JSON por entrada):
  {\"id\": \"a1\", \"etiquetas\": [\"saludo\", \"trato\"],
   \"evidencia\": {\"saludo\": [\"buenas\", \"tardes\"], \"trato\": [\"doña\", \"maría\"]}}
  Una línea que no se puede leer produce {\"linea\": N, \"error\": \"…\"} y la lectura continúa.";

const AYUDA_EVALUAR: &str =
    "protocolo evaluar ARCHIVO.jsonl: mide el detector con frases etiquetadas

Cada línea lleva los campos de «detectar» y además \"esperado\": [etiquetas].
Imprime por etiqueta vp, fp, fn, precisión, exhaustividad y F1; el F1 micro y macro;
la proporción de coincidencias exactas; y la lista de omisiones y falsas alarmas.
Sale con 0 aunque haya desacuerdos; con 2 si el archivo no se puede leer.";

const AYUDA_ESCENARIOS: &str = "protocolo escenarios: lista los escenarios incluidos

Imprime una línea por escenario: el id, un tabulador y el título.
El id es el que llevan las transcripciones en el campo «escenario».";

const AYUDA_CONVERSACION: &str =
    "protocolo conversacion ARCHIVO.json: la conversación de una transcripción

Reproduce la transcripción (el formato de «protocolo jugar --help») en el motor e imprime,
una por línea, la situación, lo que dicen la persona en formación, el cliente, el operador y
la aplicación, y cada acción, con la hora del reloj simulado. No califica: sirve para leer
un intento como lo vivió la persona, o para escribir una transcripción turno a turno (un
archivo con «turnos» vacío muestra cómo empieza la visita).
Sale con 2 si el archivo no se puede leer o el escenario no existe.";

const AYUDA_JUGAR: &str = "protocolo jugar ARCHIVO.json: reproduce una transcripción y la califica

La transcripción (la misma que exporta la aplicación web) es:
  {\"formato\": \"entrenador-protocolo/transcripcion\", \"version\": 1,
   \"escenario\": \"servicio-completo\", \"semilla\": 7,
   \"proveedor\": {\"nombre\": \"Carlos Jiménez\", \"genero\": \"M\"},
   \"turnos\": [
     {\"tipo\": \"dice\", \"texto\": \"Buenas tardes doña María…\"},
     {\"tipo\": \"accion\", \"accion\": \"iniciar_servicio\"},
     {\"tipo\": \"terminar\"}]}
  Acciones: iniciar_servicio, tomar_fotos_previas, cargar_fotos, realizar_trabajo,
  tomar_fotos_posteriores, finalizar_servicio, llamar_centro, colgar.
  Lo que se dice va a quien está en la línea: el cliente, o el operador durante una llamada.

Imprime el informe en JSON: total, puntajes (cortesía, procedimiento, escalamiento),
aprobado, errores_criticos y hallazgos (sección, paso, lo dicho y lo esperado).
Sale con 2 si el archivo no se puede leer o el escenario no existe.";

const AYUDA_VERIFICAR: &str =
    "protocolo verificar EXPEDIENTE.json: comprueba un expediente de certificación

Vuelve a pasar cada transcripción del expediente por el motor y compara el informe,
el total, el resultado, la versión del contenido y el código de verificación.
Imprime «VÁLIDO» y sale con 0 solo si todo coincide; si no, imprime «NO VÁLIDO» con
cada diferencia y sale con 1. Un archivo que no se puede leer sale con 2.
El expediente prueba que la transcripción obtiene ese puntaje, no quién la escribió.";

const AYUDA_REVISAR: &str = "protocolo revisar CARPETA: tabla de revisión de una cohorte

Lee todos los archivos *.json de la carpeta como expedientes, verifica cada uno e imprime
en la salida estándar un CSV (UTF-8 con BOM, separado por «;», para Excel): una fila por
expediente (persona, cédula, fecha, total, cortesía, procedimiento, escalamiento,
resultado, verificación y motivo) y luego la tasa de fallo de cada paso del protocolo en
la cohorte, de mayor a menor. Los archivos rechazados aparecen como «no válido» con el
motivo y se informan en la salida de errores; en ese caso sale con 1.";

/// El `--help` de cada subcomando.
const AYUDAS: [(&str, &str); 7] = [
    ("detectar", AYUDA_DETECTAR),
    ("evaluar", AYUDA_EVALUAR),
    ("escenarios", AYUDA_ESCENARIOS),
    ("jugar", AYUDA_JUGAR),
    ("conversacion", AYUDA_CONVERSACION),
    ("verificar", AYUDA_VERIFICAR),
    ("revisar", AYUDA_REVISAR),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pide_ayuda = args.iter().any(|a| a == "--help" || a == "-h");
    match args.first().map(String::as_str) {
        None | Some("--help") | Some("-h") | Some("ayuda") => {
            println!("{AYUDA}");
            ExitCode::SUCCESS
        }
        Some(sub) if pide_ayuda => match AYUDAS.iter().find(|(n, _)| *n == sub) {
            Some((_, texto)) => {
                println!("{texto}");
                ExitCode::SUCCESS
            }
            None => fallo(&format!(
                "subcomando desconocido «{sub}». Use «protocolo --help»."
            )),
        },
        Some("verificar") => con_ruta(
            &args,
            verificar_expediente,
            "el archivo: protocolo verificar EXPEDIENTE.json",
        ),
        Some("revisar") => con_ruta(
            &args,
            revisar_carpeta,
            "la carpeta: protocolo revisar CARPETA",
        ),
        Some("escenarios") => escenarios(),
        Some("jugar") => con_ruta(&args, jugar, "el archivo: protocolo jugar ARCHIVO.json"),
        Some("conversacion") => con_ruta(
            &args,
            conversacion,
            "el archivo: protocolo conversacion ARCHIVO.json",
        ),
        Some("detectar") => detectar(),
        Some("evaluar") => con_ruta(
            &args,
            evaluar_archivo,
            "el archivo: protocolo evaluar ARCHIVO.jsonl",
        ),
        Some(otro) => fallo(&format!(
            "subcomando desconocido «{otro}». Use «protocolo --help»."
        )),
    }
}

/// Corre `f` con la ruta que sigue al subcomando; si falta, dice cuál (`falta`).
fn con_ruta(args: &[String], f: fn(&str) -> ExitCode, falta: &str) -> ExitCode {
    match args.get(1) {
        Some(ruta) => f(ruta),
        None => fallo(&format!("falta {falta}")),
    }
}

fn fallo(mensaje: &str) -> ExitCode {
    eprintln!("protocolo: {mensaje}");
    ExitCode::from(2)
}

fn detectar() -> ExitCode {
    let entrada = std::io::stdin().lock();
    let mut salida = std::io::BufWriter::new(std::io::stdout().lock());
    for (n, linea) in entrada.split(b'\n').enumerate() {
        let linea = match linea {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => return fallo(&format!("no se pudo leer la entrada: {e}")),
        };
        if linea.trim().is_empty() {
            continue;
        }
        let texto = match leer_linea(&linea) {
            Ok(e) => serde_json::to_string(&detectar_entrada(&e)),
            Err(m) => serde_json::to_string(&serde_json::json!({"linea": n + 1, "error": m})),
        };
        let texto = texto.unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
        if writeln!(salida, "{texto}").is_err() {
            return ExitCode::SUCCESS; // la tubería se cerró
        }
    }
    let _ = salida.flush();
    ExitCode::SUCCESS
}

fn evaluar_archivo(ruta: &str) -> ExitCode {
    let texto = match std::fs::read_to_string(ruta) {
        Ok(t) => t,
        Err(e) => return fallo(&format!("no se pudo leer «{ruta}»: {e}")),
    };
    let (resultado, errores) = evaluar(&texto);
    for (n, m) in &errores {
        eprintln!("protocolo: {ruta}:{n}: {m}");
    }
    print!("{}", resultado.informe());
    ExitCode::SUCCESS
}

fn escenarios() -> ExitCode {
    match catalogo() {
        Ok(todos) => {
            for e in todos {
                println!("{}\t{}", e.id, e.titulo);
            }
            ExitCode::SUCCESS
        }
        Err((nombre, e)) => fallo(&format!("escenario «{nombre}»: {e}")),
    }
}

/// Un archivo más grande no es una transcripción (ni un expediente).
const MAX_ARCHIVO: u64 = 5 * 1024 * 1024;

/// Lee un archivo de 5 MB como mucho, como texto UTF-8.
fn leer_archivo(ruta: &std::path::Path) -> Result<String, String> {
    let nombre = ruta.display();
    match std::fs::metadata(ruta) {
        Ok(m) if m.len() > MAX_ARCHIVO => return Err(format!("«{nombre}» pesa más de 5 MB")),
        Ok(m) if !m.is_file() => return Err(format!("«{nombre}» no es un archivo")),
        Err(e) => return Err(format!("no se pudo leer «{nombre}»: {e}")),
        _ => {}
    }
    let bytes = std::fs::read(ruta).map_err(|e| format!("no se pudo leer «{nombre}»: {e}"))?;
    String::from_utf8(bytes).map_err(|_| format!("«{nombre}» no es texto UTF-8"))
}

fn verificar_expediente(ruta: &str) -> ExitCode {
    let texto = match leer_archivo(std::path::Path::new(ruta)) {
        Ok(t) => t,
        Err(m) => return fallo(&m),
    };
    let v = protocolo::expediente::verificar(&texto);
    let Some(e) = &v.expediente else {
        return fallo(&format!("{ruta}: {}", v.problemas.join("; ")));
    };
    println!(
        "Expediente de {} (cédula {}), {}",
        e.participante.nombre, e.participante.cedula, e.fecha
    );
    println!(
        "Código {} · total {} · {}",
        e.codigo,
        e.total,
        if e.aprobado {
            "aprobado"
        } else {
            "no aprobado"
        }
    );
    if v.valido {
        println!("VÁLIDO");
        for a in &v.avisos {
            println!("  aviso: {a}");
        }
        ExitCode::SUCCESS
    } else {
        println!("NO VÁLIDO");
        for p in &v.problemas {
            println!("  - {p}");
        }
        ExitCode::from(1)
    }
}

fn revisar_carpeta(ruta: &str) -> ExitCode {
    let entradas = match std::fs::read_dir(ruta) {
        Ok(e) => e,
        Err(e) => return fallo(&format!("no se pudo abrir la carpeta «{ruta}»: {e}")),
    };
    let mut rutas: Vec<std::path::PathBuf> = entradas
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        })
        .collect();
    rutas.sort();
    if rutas.is_empty() {
        return fallo(&format!("la carpeta «{ruta}» no tiene archivos .json"));
    }
    let archivos: Vec<(String, Result<String, String>)> = rutas
        .iter()
        .map(|p| {
            let nombre = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // un archivo ilegible también tiene su fila, con el motivo
            (nombre, leer_archivo(p))
        })
        .collect();
    let r = protocolo::revision::revisar(&archivos);
    for f in r.filas.iter().filter(|f| !f.valido) {
        eprintln!("protocolo: {}: no válido: {}", f.archivo, f.motivo);
    }
    print!("{}", r.csv());
    if r.filas.iter().any(|f| !f.valido) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Lee la transcripción de `ruta` y la reproduce en el motor; el error es el
/// mensaje para `fallo`.
fn reproducir_archivo(ruta: &str) -> Result<Sesion, String> {
    let texto = leer_archivo(std::path::Path::new(ruta))?;
    let t = Transcripcion::desde_json(&texto).map_err(|e| format!("{ruta}: {e}"))?;
    let escenario = buscar(&t.escenario).map_err(|m| format!("{ruta}: {m}"))?;
    Sesion::reproducir(escenario, &t).map_err(|e| format!("{ruta}: {e}"))
}

fn jugar(ruta: &str) -> ExitCode {
    match reproducir_archivo(ruta) {
        Ok(s) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&s.informe()).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Err(m) => fallo(&m),
    }
}

fn conversacion(ruta: &str) -> ExitCode {
    let s = match reproducir_archivo(ruta) {
        Ok(s) => s,
        Err(m) => return fallo(&m),
    };
    let v = s.variante();
    println!(
        "{} · cliente: {} ({}) · empieza a las {}",
        s.escenario().titulo,
        v.cliente.nombre,
        v.cliente.genero.tratamiento(),
        v.hora_inicio
    );
    for e in s.historial() {
        match e {
            Evento::Linea {
                quien, texto, hora, ..
            } => println!("[{hora}] {}: {texto}", quien.texto()),
            Evento::Accion { accion, hora } => println!("[{hora}] (botón) {}", accion.texto()),
            _ => {}
        }
    }
    if s.terminada() {
        println!("(fin del intento)");
    }
    ExitCode::SUCCESS
}
