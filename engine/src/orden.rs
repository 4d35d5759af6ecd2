//! Un solo ordenamiento estable y pequeño para las pocas listas cortas que
//! ordena la aplicación (los hallazgos, la tabla de RR. HH.). `slice::sort_by`
//! es más rápido con listas largas, pero añade al wasm unos 2 KB gzip de
//! código por cada tipo de elemento que ordena.

use std::cmp::Ordering;

/// Ordena `v` según `orden`, dejando los elementos iguales en su orden
/// (inserción binaria: O(n log n) comparaciones, O(n²) movimientos; pensado
/// para unos cientos de elementos).
pub fn ordenar<T>(v: &mut Vec<T>, orden: impl Fn(&T, &T) -> Ordering) {
    let mut salida: Vec<T> = Vec::with_capacity(v.len());
    for x in v.drain(..) {
        let i = salida.partition_point(|y| orden(y, &x) != Ordering::Greater);
        salida.insert(i, x);
    }
    *v = salida;
}

#[cfg(test)]
mod tests {
    //! Pruebas del ordenamiento: ordena como la biblioteca estándar y es estable.

    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ordena_como_la_biblioteca_estandar_y_es_estable(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut esperado = v.clone();
            esperado.sort_by_key(|a| a.0);
            let mut obtenido = v;
            ordenar(&mut obtenido, |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(obtenido, esperado);
        }
    }
}
