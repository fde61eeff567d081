//! What changed in the page's view since the one it holds, told as changes to apply:
//! `[[path, value], …]`, the path a list of keys and indexes from the root
//! (`[["resultat", "rapport", "total"], "36579.00"]`), each value as the whole view would write
//! it. `www/core.js` applies them to the view it holds and gets the view the core computed.
//!
//! The new view is compared with the one kept as values, part by part (a field of a group, an
//! element of a list of the same length), before anything is written: only what differs is
//! written, once. A group is told field by field (each type's fields are listed below, all of
//! them or it does not compile), a list of the same length element by element, anything else
//! whole (a list of another length, an outcome of another kind, a map). The French text of each
//! number (`textes`) follows the numbers written: each part taken away takes its numbers' texts
//! with it (`money::Texts` counts them), and `textes` is sent whole when one came or went.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::compare::Comparison;
use crate::json::{Error, Writer};
use crate::money::{serialize_cents, Texts};
use crate::outcome::Outcome;
use crate::page::Vue;
use crate::report::{Dispositif, Report};

/// The view the page holds (the last one answered) and the texts of its numbers.
pub struct Shown {
    vue: Vue,
    texts: Texts,
    /// Where the parts taken away are written again (kept from one keystroke to the next, as
    /// the length of the last changes: their buffers are allocated once).
    scratch: String,
    last: usize,
}

impl Shown {
    /// The whole view as the page receives it (`{…, "textes": {"1234.50": "1 234,50 €"}}`),
    /// and what the page then holds; `None` if it cannot be written.
    pub fn new(vue: Vue) -> Option<(String, Self)> {
        let (text, mut texts) = crate::money::with_texts(|| crate::json::to_string(&vue));
        let mut text = text.ok()?;
        texts.changed();
        // The view is a group: its texts are its last field.
        text.pop();
        let mut w = Writer::after(text);
        w.raw(",\"textes\":");
        texts.serialize(&mut w).ok()?;
        w.raw("}");
        let shown = Self {
            vue,
            texts,
            scratch: String::new(),
            last: 0,
        };
        Some((w.text(), shown))
    }

    /// What changed from the view held to `vue` (`[]`: nothing), which the page holds next;
    /// `None` if a value cannot be written (then nothing is held: the page sends its request
    /// whole).
    pub fn changes(mut self, vue: Vue) -> Option<(String, Self)> {
        let mut c = Changes {
            w: Writer::after(String::with_capacity(self.last.max(256) * 2)),
            path: Vec::with_capacity(8),
            texts: &mut self.texts,
            scratch: std::mem::take(&mut self.scratch),
        };
        c.w.raw("[");
        vue.changes(&self.vue, &mut c).ok()?;
        let mut w = c.w;
        self.scratch = c.scratch;
        if self.texts.changed() {
            separator(&mut w);
            w.raw("[[\"textes\"],");
            self.texts.serialize(&mut w).ok()?;
            w.raw("]");
        }
        w.raw("]");
        self.vue = vue;
        let text = w.text();
        self.last = text.len();
        Some((text, self))
    }
}

/// The comma before a change, after the first.
fn separator(w: &mut Writer) {
    if !w.ends_with('[') {
        w.raw(",");
    }
}

/// A part of the view written whole when it differs, as the view's serialisation writes it
/// (through a trait object: one copy of [`Changes::change`] for every field).
trait Whole {
    fn write(&self, w: &mut Writer) -> Result<(), Error>;
}

impl<T: Serialize + ?Sized> Whole for T {
    fn write(&self, w: &mut Writer) -> Result<(), Error> {
        self.serialize(w)
    }
}

/// An amount written as its group writes it (`serialize_cents`), compared as such.
#[derive(PartialEq)]
struct Cents<'a>(&'a Decimal);

impl Serialize for Cents<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_cents(self.0, s)
    }
}

/// A key of a group or an index of a list, on the way from the root to a change.
enum Step {
    Key(&'static str),
    Index(usize),
}

/// The changes written so far, where they are being looked for, and the texts of the numbers.
pub struct Changes<'a> {
    w: Writer,
    path: Vec<Step>,
    texts: &'a mut Texts,
    /// Where a part taken away is written again, to count out its numbers.
    scratch: String,
}

impl Changes<'_> {
    /// `[path, new]`, `new` written whole (its numbers' texts counted in), and the texts of the
    /// numbers of `old` (the part it replaces) counted out.
    fn change(&mut self, new: &dyn Whole, old: &dyn Whole) -> Result<(), Error> {
        separator(&mut self.w);
        self.w.raw("[[");
        for (i, step) in self.path.iter().enumerate() {
            if i > 0 {
                self.w.raw(",");
            }
            match step {
                Step::Key(key) => self.w.string(key),
                Step::Index(index) => self.w.unsigned(*index as u64),
            }
        }
        self.w.raw("],");
        self.texts.noting(false, &mut || new.write(&mut self.w))?;
        self.w.raw("]");
        let mut scratch = Writer::after(std::mem::take(&mut self.scratch));
        self.texts.noting(true, &mut || old.write(&mut scratch))?;
        self.scratch = scratch.text();
        self.scratch.clear();
        Ok(())
    }

    /// The field `key` of a group, written whole if it differs (compared by the caller: one
    /// copy of this for every field, the page's module is built for size).
    #[inline(never)]
    fn field(
        &mut self,
        key: &'static str,
        differs: bool,
        new: &dyn Whole,
        old: &dyn Whole,
    ) -> Result<(), Error> {
        if differs {
            self.path.push(Step::Key(key));
            self.change(new, old)?;
            self.path.pop();
        }
        Ok(())
    }

    /// The field `key` of a group, told by its parts.
    fn within<T: Parts + ?Sized>(
        &mut self,
        key: &'static str,
        new: &T,
        old: &T,
    ) -> Result<(), Error> {
        self.path.push(Step::Key(key));
        new.changes(old, self)?;
        self.path.pop();
        Ok(())
    }

    /// The list under `key`, element by element when it is as long (each by `element`), whole
    /// otherwise (a `Vec`: written by the code that writes the whole view).
    #[allow(clippy::ptr_arg)]
    fn list<T: Serialize>(
        &mut self,
        key: &'static str,
        new: &Vec<T>,
        old: &Vec<T>,
        element: impl Fn(&mut Self, &T, &T) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.path.push(Step::Key(key));
        if new.len() != old.len() {
            self.change(new, old)?;
        } else {
            for (i, (n, o)) in new.iter().zip(old).enumerate() {
                self.path.push(Step::Index(i));
                element(self, n, o)?;
                self.path.pop();
            }
        }
        self.path.pop();
        Ok(())
    }
}

/// A value of the view told by its parts.
pub trait Parts {
    /// Writes into `c` what changed from `old` to `self` (nothing if they are equal).
    fn changes(&self, old: &Self, c: &mut Changes<'_>) -> Result<(), Error>;
}

/// Groups told field by field: each field by its name, compared, and written when it differs
/// as the group's serialisation writes it: `cents` (`serialize_cents`), `parts` (told by its own parts), `each` (a list told element by
/// element, each by its parts), `items` (a list told element by element, each whole), nothing (whole, as serde writes it). Every field is named, or the destructuring
/// does not compile.
macro_rules! parts {
    ($($ty:ident { $($field:ident $(: $how:ident)?),* $(,)? })*) => {$(
        impl Parts for $ty {
            fn changes(&self, old: &Self, c: &mut Changes<'_>) -> Result<(), Error> {
                let $ty { $($field),* } = self;
                $(parts!(@ [$($how)?] c, stringify!($field), $field, &old.$field)?;)*
                Ok(())
            }
        }
    )*};
    (@ [] $c:ident, $key:expr, $new:expr, $old:expr) => {
        $c.field($key, $new != $old, $new, $old)
    };
    (@ [cents] $c:ident, $key:expr, $new:expr, $old:expr) => {
        $c.field($key, $new != $old, &Cents($new), &Cents($old))
    };
    (@ [parts] $c:ident, $key:expr, $new:expr, $old:expr) => {
        $c.within($key, $new, $old)
    };
    (@ [each] $c:ident, $key:expr, $new:expr, $old:expr) => {
        $c.list($key, $new, $old, |c, n, o| n.changes(o, c))
    };
    (@ [items] $c:ident, $key:expr, $new:expr, $old:expr) => {
        $c.list($key, $new, $old, |c, n, o| if n != o { c.change(n, o) } else { Ok(()) })
    };
}

parts! {
    Vue {
        resultat: parts,
        echeancier,
        sections,
        libelles,
        patients,
        entete,
        annee_observation,
        trajectoire,
        cle,
    }
    Report {
        annee,
        date_observation,
        dispositifs: each,
        total: cents,
        a_part: cents,
        versements: items,
        interpretations,
    }
    Dispositif {
        code,
        libelle,
        motif_absence,
        en_vigueur,
        hors_total,
        source,
        groupes: items,
        total: cents,
        versements: items,
    }
    Comparison {
        annee_a,
        annee_b,
        rapport_a: parts,
        rapport_b: parts,
        composantes: items,
        ecart: cents,
        ecart_pourcent,
        verdict,
        ecart_calendrier: cents,
        ecart_textes: cents,
        verdict_calendrier,
        explications: items,
    }
}

#[cfg(any(feature = "complet", not(feature = "page")))]
mod scenarios {
    use super::{Cents, Changes, Error, Parts};
    use crate::scenario::{Column, ScenarioComparison};

    parts! {
        ScenarioComparison {
            annee,
            colonnes: each,
            composantes: items,
        }
        Column {
            nom,
            source,
            rapport: parts,
            ecart: cents,
        }
    }
}

/// The outcome told by its parts when it is of the same kind (a report, two years, scenarios,
/// errors), whole otherwise.
impl Parts for Outcome {
    fn changes(&self, old: &Self, c: &mut Changes<'_>) -> Result<(), Error> {
        match (self, old) {
            (Outcome::Rapport { rapport: new }, Outcome::Rapport { rapport: old }) => {
                c.within("rapport", new, old)
            }
            (
                Outcome::Comparaison { comparaison: new },
                Outcome::Comparaison { comparaison: old },
            ) => c.within("comparaison", &**new, &**old),
            #[cfg(any(feature = "complet", not(feature = "page")))]
            (Outcome::Scenarios { scenarios: new }, Outcome::Scenarios { scenarios: old }) => {
                c.within("scenarios", &**new, &**old)
            }
            (Outcome::Erreurs { erreurs: new }, Outcome::Erreurs { erreurs: old }) => {
                c.field("erreurs", new != old, new, old)
            }
            _ => c.change(self, old),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::Shown;
    use crate::page::{read_demande, Calculateur};

    /// The changes applied in order to the view held, as `www/core.js` applies them.
    fn apply(held: &mut Value, changes: &str) {
        let changes: Vec<(Vec<Value>, Value)> = serde_json::from_str(changes).unwrap();
        for (path, value) in changes {
            let mut at = &mut *held;
            for step in &path {
                at = match step {
                    Value::String(key) => &mut at[key.as_str()],
                    Value::Number(i) => &mut at[i.as_u64().unwrap() as usize],
                    _ => unreachable!(),
                };
            }
            *at = value;
        }
    }

    /// A sequence of requests (counts, year, comparison, an error and back): after each, the
    /// view held with the changes applied is the view of the whole request, text for text (the
    /// same keys in the same order), and a request that changes nothing changes nothing.
    #[test]
    fn changes_give_the_whole_view() {
        let profile = crate::json::to_string(&crate::defaults::profile()).unwrap();
        let request = |patients: i64, rest: &str| {
            let mut d = read_demande(&format!(r#"{{"profil":{profile},{rest}}}"#)).unwrap();
            d.profil.patientele.de_7_a_74_ans.hors_ald.hors_c2s.patients = patients;
            d
        };
        let steps = [
            (560, r#""annee":2026,"ouverts":[]"#),
            (561, r#""annee":2026,"ouverts":[]"#),
            (561, r#""annee":2026,"ouverts":[]"#),
            (9000, r#""annee":2026,"ouverts":[]"#),
            (-1, r#""annee":2026,"ouverts":[]"#),
            (562, r#""annee":2026,"comparer":2025,"ouverts":[]"#),
            (563, r#""annee":2026,"comparer":2025,"ouverts":["FMT"]"#),
            (564, r#""annee":2026,"comparer":2025"#),
            (565, r#""annee":2025,"comparer":2024,"ouverts":[]"#),
            (0, r#""annee":2026,"ouverts":[]"#),
        ];
        let mut calc = Calculateur::new();
        let (first, mut shown) = Shown::new(calc.vue(&request(steps[0].0, steps[0].1))).unwrap();
        let mut held: Value = serde_json::from_str(&first).unwrap();
        for (i, (patients, rest)) in steps.into_iter().enumerate().skip(1) {
            let d = request(patients, rest);
            let (changes, next) = shown.changes(calc.vue(&d)).unwrap();
            shown = next;
            if i == 2 {
                assert_eq!(changes, "[]");
            }
            apply(&mut held, &changes);
            let (whole, _) = Shown::new(Calculateur::new().vue(&d)).unwrap();
            assert_eq!(
                serde_json::to_string(&held).unwrap(),
                serde_json::to_string(&serde_json::from_str::<Value>(&whole).unwrap()).unwrap(),
                "step {i}: {changes}"
            );
        }
    }
}
