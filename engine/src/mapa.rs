//! A small ordered map: a vector of pairs sorted by key.
//!
//! The engine's maps hold a few dozen entries at most (steps, labels, faults).
//! `BTreeMap` brings its node code once per key and value type into the wasm
//! build; this keeps the same sorted iteration order with a binary search
//! over a `Vec` (about 3 KB gzip less).

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use std::borrow::Borrow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapa<K, V> {
    pares: Vec<(K, V)>,
}

impl<K, V> Default for Mapa<K, V> {
    fn default() -> Self {
        Mapa { pares: Vec::new() }
    }
}

impl<K: Ord, V> Mapa<K, V> {
    pub fn new() -> Self {
        Mapa::default()
    }

    fn posicion<Q: Ord + ?Sized>(&self, clave: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.pares.binary_search_by(|(k, _)| k.borrow().cmp(clave))
    }

    pub fn get<Q: Ord + ?Sized>(&self, clave: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.posicion(clave).ok().map(|i| &self.pares[i].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, clave: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.posicion(clave).is_ok()
    }

    /// Inserts or replaces; returns the value replaced.
    pub fn insert(&mut self, clave: K, valor: V) -> Option<V> {
        match self.posicion(&clave) {
            Ok(i) => Some(std::mem::replace(&mut self.pares[i].1, valor)),
            Err(i) => {
                self.pares.insert(i, (clave, valor));
                None
            }
        }
    }

    /// The value of `clave`, put there by `nuevo` when missing.
    pub fn o_insertar(&mut self, clave: K, nuevo: impl FnOnce() -> V) -> &mut V {
        let i = match self.posicion(&clave) {
            Ok(i) => i,
            Err(i) => {
                self.pares.insert(i, (clave, nuevo()));
                i
            }
        };
        &mut self.pares[i].1
    }

    /// The value of `clave`, the default one when missing.
    pub fn o_defecto(&mut self, clave: K) -> &mut V
    where
        V: Default,
    {
        self.o_insertar(clave, V::default)
    }
}

impl<K, V> Mapa<K, V> {
    pub fn len(&self) -> usize {
        self.pares.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pares.is_empty()
    }

    /// In key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.pares.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.pares.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.pares.iter().map(|(_, v)| v)
    }
}

/// A sorted set: a map to nothing.
pub type Conjunto<K> = Mapa<K, ()>;

impl<K: Ord> Mapa<K, ()> {
    /// Adds `clave`; true when it was not there yet (as `BTreeSet::insert`).
    pub fn agregar(&mut self, clave: K) -> bool {
        self.insert(clave, ()).is_none()
    }
}

impl<K, V> IntoIterator for Mapa<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.pares.into_iter()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for Mapa<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut m = Mapa::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

/// Written as a JSON object, as a `BTreeMap` is (the CLI's `detectar` output).
impl<K: Serialize, V: Serialize> Serialize for Mapa<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.pares.len()))?;
        for (k, v) in &self.pares {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    proptest! {
        /// The same contents and order as a BTreeMap after any inserts.
        #[test]
        fn como_btreemap(ops in proptest::collection::vec((0u8..20, any::<u32>(), any::<bool>()), 0..60)) {
            let mut m = Mapa::new();
            let mut b = BTreeMap::new();
            for (k, v, reemplazar) in ops {
                if reemplazar {
                    prop_assert_eq!(m.insert(k, v), b.insert(k, v));
                } else {
                    *m.o_defecto(k) += 1 + v % 3;
                    *b.entry(k).or_default() += 1 + v % 3;
                }
                prop_assert_eq!(m.get(&k), b.get(&k));
            }
            let a: Vec<_> = m.iter().map(|(k, v)| (*k, *v)).collect();
            let e: Vec<_> = b.iter().map(|(k, v)| (*k, *v)).collect();
            prop_assert_eq!(a, e);
            prop_assert_eq!(m.len(), b.len());
            prop_assert!(!m.contains_key(&200));
        }
    }

    #[test]
    fn se_escribe_como_btreemap() {
        let mut m: Mapa<String, u32> = [("b".to_string(), 2), ("a".to_string(), 1)]
            .into_iter()
            .collect();
        let b: BTreeMap<String, u32> = [("b".to_string(), 2), ("a".to_string(), 1)]
            .into_iter()
            .collect();
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
        assert_eq!(m.get("a"), Some(&1));
        assert_eq!(m.o_insertar("a".into(), || 9), &mut 1);
    }
}
