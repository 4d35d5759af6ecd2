//! Un mapa ordenado pequeño: un vector de pares ordenado por clave.
//!
//! Los mapas del motor guardan a lo sumo unas docenas de entradas (pasos,
//! etiquetas, faltas). `BTreeMap` lleva al wasm su código de nodos una vez por
//! cada tipo de clave y de valor; este mantiene el mismo orden de recorrido
//! con una búsqueda binaria sobre un `Vec` (unos 3 KB gzip menos).

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use std::borrow::Borrow;

/// Un mapa de `K` a `V` ordenado por clave (ver el módulo).
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
    /// Un mapa vacío.
    pub fn new() -> Self {
        Mapa::default()
    }

    fn posicion<Q: Ord + ?Sized>(&self, clave: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.pares.binary_search_by(|(k, _)| k.borrow().cmp(clave))
    }

    /// El valor de `clave`, si está.
    pub fn get<Q: Ord + ?Sized>(&self, clave: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.posicion(clave).ok().map(|i| &self.pares[i].1)
    }

    /// Si `clave` está.
    pub fn contains_key<Q: Ord + ?Sized>(&self, clave: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.posicion(clave).is_ok()
    }

    /// Inserta o reemplaza; devuelve el valor reemplazado.
    pub fn insert(&mut self, clave: K, valor: V) -> Option<V> {
        match self.posicion(&clave) {
            Ok(i) => Some(std::mem::replace(&mut self.pares[i].1, valor)),
            Err(i) => {
                self.pares.insert(i, (clave, valor));
                None
            }
        }
    }

    /// El valor de `clave`, puesto por `nuevo` si falta.
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

    /// El valor de `clave`, el de por omisión si falta.
    pub fn o_defecto(&mut self, clave: K) -> &mut V
    where
        V: Default,
    {
        self.o_insertar(clave, V::default)
    }
}

impl<K, V> Mapa<K, V> {
    /// Cuántas entradas tiene.
    pub fn len(&self) -> usize {
        self.pares.len()
    }

    /// Si no tiene ninguna entrada.
    pub fn is_empty(&self) -> bool {
        self.pares.is_empty()
    }

    /// Los pares, en el orden de las claves.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.pares.iter().map(|(k, v)| (k, v))
    }

    /// Las claves, en orden.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.pares.iter().map(|(k, _)| k)
    }

    /// Los valores, en el orden de sus claves.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.pares.iter().map(|(_, v)| v)
    }
}

/// Un conjunto ordenado: un mapa a nada.
pub type Conjunto<K> = Mapa<K, ()>;

impl<K: Ord> Mapa<K, ()> {
    /// Agrega `clave`; verdadero si aún no estaba (como `BTreeSet::insert`).
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

/// Se escribe como un objeto JSON, igual que un `BTreeMap` (la salida de
/// `detectar` en la línea de comandos).
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
    //! Pruebas del mapa: guarda, recorre y se escribe como un `BTreeMap`.

    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    proptest! {
        /// El mismo contenido y orden que un BTreeMap tras cualquier inserción.
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
