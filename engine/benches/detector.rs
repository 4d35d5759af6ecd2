//! El rendimiento del detector con el conjunto de desarrollo, nativo y en un
//! solo hilo. Se corre con `cargo bench -p protocolo` (imprime cifras; no
//! comprueba nada).

#[path = "../tests/comun/mod.rs"]
mod comun;

use protocolo::evaluacion::leer_linea;
use protocolo::{detectar, Contexto};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let texto = include_str!("../tests/fixtures/detector/dev.jsonl");
    let casos: Vec<(String, Contexto)> = texto
        .lines()
        .filter_map(|l| leer_linea(l).ok())
        .map(|e| (e.texto.clone(), e.contexto()))
        .collect();
    // calentamiento (construye una vez el índice de erratas)
    for (t, c) in &casos {
        black_box(detectar(t, c));
    }
    let mut mediciones = Vec::new();
    for _ in 0..7 {
        let inicio = Instant::now();
        let mut n = 0u64;
        while inicio.elapsed().as_millis() < 300 {
            for (t, c) in &casos {
                black_box(detectar(black_box(t), c));
                n += 1;
            }
        }
        mediciones.push(n as f64 / inicio.elapsed().as_secs_f64());
    }
    mediciones.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "detector: {} frases del conjunto de desarrollo",
        casos.len()
    );
    println!(
        "detector: mediana {:.0} frases/s (mín {:.0}, máx {:.0}), un hilo",
        mediciones[3], mediciones[0], mediciones[6]
    );

    let ctx = comun::ctx();
    let pegado =
        "Buenas tardes doña María, le saluda Carlos del INS, ¿cómo se encuentra? ".repeat(1_400);
    let mut tiempos = Vec::new();
    for _ in 0..9 {
        let inicio = Instant::now();
        black_box(detectar(black_box(&pegado), &ctx));
        tiempos.push(inicio.elapsed().as_secs_f64() * 1000.0);
    }
    tiempos.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "detector: texto pegado de {} KB en {:.2} ms (mediana de 9)",
        pegado.len() / 1024,
        tiempos[4]
    );
}
