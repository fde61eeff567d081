//! The groups of the profile keyed by a text (the VSM campaigns by year, the biosimilaires by
//! molecule, the indicators of the 2011 ROSP): a few entries, kept sorted by key in a list and
//! searched by halves. Read, written and iterated as a `BTreeMap<String, T>` is (the same JSON,
//! keys in order, a repeated key keeping its last value), for a fraction of its code in the
//! page's module: each `BTreeMap` instantiation weighed several kilobytes there.

use std::borrow::Borrow;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// The most entries a group keyed by the user's texts holds when read (the VSM campaigns, the
/// molecules, the 2011 indicators: a few dozen keys at most are known, the others refused by the
/// validation): each entry read is put in its place among the others, which a hostile text of
/// many keys in descending order would make quadratic in its length (40 000 keys: half a
/// second); beyond, the reading stops with `parse::TOO_MANY_ENTRIES` on the key.
pub const MAX_ENTRIES: usize = 100;

/// Keyed by a text: a `String`, or a `&'static str` (the form's sentences by field, `page`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyed<T, K = String>(Vec<(K, T)>);

impl<T, K> Default for Keyed<T, K> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T, K: Borrow<str>> Keyed<T, K> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&T> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    /// Whether an entry read under `key` is taken: a key already there, or room for one more
    /// ([`MAX_ENTRIES`]).
    pub fn admits(&self, key: &str) -> bool {
        self.len() < MAX_ENTRIES || self.contains_key(key)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    /// Sets the value of `key`, returning the one it replaces.
    pub fn insert(&mut self, key: K, value: T) -> Option<T> {
        match self.find(key.borrow()) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// The entries in the order of their keys.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &T)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T> Keyed<T> {
    /// The value of `key`, created by `blank` if absent (the key copied only then).
    pub fn get_or_insert_with(&mut self, key: &str, blank: impl FnOnce() -> T) -> &mut T {
        let i = match self.find(key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key.to_owned(), blank()));
                i
            }
        };
        &mut self.0[i].1
    }
}

/// The value of `key`, which must be there (as a `BTreeMap`'s index).
impl<T, K: Borrow<str>> std::ops::Index<&str> for Keyed<T, K> {
    type Output = T;
    fn index(&self, key: &str) -> &T {
        self.get(key).expect("no entry for this key")
    }
}

type Entries<'a, K, T> =
    std::iter::Map<std::slice::Iter<'a, (K, T)>, fn(&'a (K, T)) -> (&'a K, &'a T)>;

impl<'a, T, K> IntoIterator for &'a Keyed<T, K> {
    type Item = (&'a K, &'a T);
    type IntoIter = Entries<'a, K, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// A repeated key keeps its last value.
impl<T, K: Borrow<str>> FromIterator<(K, T)> for Keyed<T, K> {
    fn from_iter<I: IntoIterator<Item = (K, T)>>(entries: I) -> Self {
        let mut keyed = Self::new();
        for (k, v) in entries {
            keyed.insert(k, v);
        }
        keyed
    }
}

impl<T: Serialize, K: Serialize> Serialize for Keyed<T, K> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Keyed<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Entries<T> {
            type Value = Keyed<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Keyed<T>, A::Error> {
                let mut keyed = Keyed::new();
                while let Some(k) = access.next_key::<String>()? {
                    if !keyed.admits(&k) {
                        return Err(serde::de::Error::custom(
                            crate::input::parse::TOO_MANY_ENTRIES,
                        ));
                    }
                    let v = access.next_value()?;
                    keyed.insert(k, v);
                }
                Ok(keyed)
            }
        }
        d.deserialize_map(Entries(std::marker::PhantomData))
    }
}

// proptest is a native dev-dependency only (see Cargo.toml): not in the wasm tests' build.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::Keyed;
    use std::collections::BTreeMap;

    proptest::proptest! {
        /// The same entries, in the same order, read and written as a BTreeMap's.
        #[test]
        fn as_a_btree_map(entries in proptest::collection::vec(("[a-c]{0,2}", 0u8..5), 0..12)) {
            let keyed: Keyed<u8> = entries.iter().cloned().collect();
            let map: BTreeMap<String, u8> = entries.iter().cloned().collect();
            let pairs = |k: &Keyed<u8>| k.iter().map(|(k, v)| (k.clone(), *v)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(pairs(&keyed), map.clone().into_iter().collect::<Vec<_>>());
            let json = serde_json::to_string(&map).unwrap();
            proptest::prop_assert_eq!(serde_json::to_string(&keyed).unwrap(), json.clone());
            let mut text = String::from("{");
            for (i, (k, v)) in entries.iter().enumerate() {
                text += &format!("{}\"{k}\":{v}", if i > 0 { "," } else { "" });
            }
            text += "}";
            let read: Keyed<u8> = serde_json::from_str(&text).unwrap();
            proptest::prop_assert_eq!(pairs(&read), pairs(&keyed));
            for (k, v) in &map {
                proptest::prop_assert_eq!(keyed.get(k), Some(v));
            }
            proptest::prop_assert_eq!(keyed.get("d"), None);
        }
    }
}
