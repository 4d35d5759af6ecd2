//! `protocolo`: the engine's command line.

use protocolo::escenario::{buscar, catalogo};
use protocolo::evaluacion::{detectar_entrada, evaluar, leer_linea};
use protocolo::{Sesion, Transcripcion};
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pide_ayuda = args.iter().any(|a| a == "--help" || a == "-h");
    match args.first().map(String::as_str) {
        None | Some("--help") | Some("-h") | Some("ayuda") => {
            println!("{AYUDA}");
            ExitCode::SUCCESS
        }
        Some("detectar") if pide_ayuda => {
            println!("{AYUDA_DETECTAR}");
            ExitCode::SUCCESS
        }
        Some("evaluar") if pide_ayuda => {
            println!("{AYUDA_EVALUAR}");
            ExitCode::SUCCESS
        }
        Some("escenarios") if pide_ayuda => {
            println!("{AYUDA_ESCENARIOS}");
            ExitCode::SUCCESS
        }
        Some("jugar") if pide_ayuda => {
            println!("{AYUDA_JUGAR}");
            ExitCode::SUCCESS
        }
        Some("escenarios") => escenarios(),
        Some("jugar") => match args.get(1) {
            Some(ruta) => jugar(ruta),
            None => fallo("falta el archivo: protocolo jugar ARCHIVO.json"),
        },
        Some("detectar") => detectar(),
        Some("evaluar") => match args.get(1) {
            Some(ruta) => evaluar_archivo(ruta),
            None => fallo("falta el archivo: protocolo evaluar ARCHIVO.jsonl"),
        },
        Some(otro) => fallo(&format!(
            "subcomando desconocido «{otro}». Use «protocolo --help»."
        )),
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
            return ExitCode::SUCCESS; // closed pipe
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

/// Files larger than this are not transcripts.
const MAX_ARCHIVO: u64 = 5 * 1024 * 1024;

fn jugar(ruta: &str) -> ExitCode {
    match std::fs::metadata(ruta) {
        Ok(m) if m.len() > MAX_ARCHIVO => {
            return fallo(&format!(
                "«{ruta}» pesa más de 5 MB: no es una transcripción"
            ))
        }
        Err(e) => return fallo(&format!("no se pudo leer «{ruta}»: {e}")),
        _ => {}
    }
    let texto = match std::fs::read_to_string(ruta) {
        Ok(t) => t,
        Err(e) => return fallo(&format!("no se pudo leer «{ruta}»: {e}")),
    };
    let t = match Transcripcion::desde_json(&texto) {
        Ok(t) => t,
        Err(e) => return fallo(&format!("{ruta}: {e}")),
    };
    let escenario = match buscar(&t.escenario) {
        Ok(e) => e,
        Err(m) => return fallo(&format!("{ruta}: {m}")),
    };
    match Sesion::reproducir(escenario, &t) {
        Ok(s) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&s.informe()).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fallo(&format!("{ruta}: {e}")),
    }
}
