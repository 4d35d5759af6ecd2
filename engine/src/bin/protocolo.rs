//! `protocolo`: the engine's command line.

use protocolo::evaluacion::{detectar_entrada, evaluar, leer_linea};
use std::io::{BufRead, Write};
use std::process::ExitCode;

const AYUDA: &str = "protocolo: motor del Entrenador de Protocolo (INS)

Uso: protocolo <subcomando> [argumentos]

Subcomandos:
  detectar            Lee líneas JSON en la entrada estándar y escribe, por cada una,
                      las etiquetas detectadas y las palabras que las activaron.
  evaluar ARCHIVO     Compara el detector con las etiquetas «esperado» de un archivo
                      JSONL e imprime precisión, exhaustividad y F1.

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

const AYUDA_EVALUAR: &str = "protocolo evaluar ARCHIVO.jsonl: mide el detector con frases etiquetadas

Cada línea lleva los campos de «detectar» y además \"esperado\": [etiquetas].
Imprime por etiqueta vp, fp, fn, precisión, exhaustividad y F1; el F1 micro y macro;
la proporción de coincidencias exactas; y la lista de omisiones y falsas alarmas.
Sale con 0 aunque haya desacuerdos; con 2 si el archivo no se puede leer.";

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
        Some("detectar") => detectar(),
        Some("evaluar") => match args.get(1) {
            Some(ruta) => evaluar_archivo(ruta),
            None => fallo("falta el archivo: protocolo evaluar ARCHIVO.jsonl"),
        },
        Some(otro) => fallo(&format!("subcomando desconocido «{otro}». Use «protocolo --help».")),
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
