//! One small stable sort for the few short lists the app orders (findings,
//! the HR table). `slice::sort_by` is faster on long lists but brings about
//! 2 KB gzip of code to the wasm build for each element type it sorts.

use std::cmp::Ordering;

/// Sorts `v` by `orden`, keeping equal elements in their order (binary
/// insertion: O(n log n) comparisons, O(n²) moves; meant for a few hundred items).
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
