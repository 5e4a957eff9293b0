//! The words of the press, in Arabic, French and English, that tell what a number is.
//!
//! Latin words match without regard to case, and `'` matches `’`. Lists are searched longest
//! phrase first, so "un peu plus de" wins over "plus de".

use rust_decimal::Decimal;

use crate::Qualifier;

/// A scale word and its multiplier, as a power of ten.
pub(crate) const SCALES: &[(&str, u32)] = &[
    ("milliards", 9),
    ("milliard", 9),
    ("mrds", 9),
    ("mrd", 9),
    ("mds", 9),
    ("billions", 9),
    ("billion", 9),
    ("bn", 9),
    ("مليارات", 9),
    ("ملياران", 9),
    ("مليارين", 9),
    ("ملايير", 9),
    ("مليارا", 9),
    ("مليار", 9),
    ("millions", 6),
    ("million", 6),
    ("mln", 6),
    ("ملايين", 6),
    ("مليونان", 6),
    ("مليونين", 6),
    ("مليونا", 6),
    ("مليون", 6),
    ("thousand", 3),
    ("mille", 3),
    ("آلاف", 3),
    ("ألفان", 3),
    ("ألفين", 3),
    ("ألفا", 3),
    ("ألف", 3),
];

/// Dirham units; compound units carry their own scale (a power of ten).
pub(crate) const DIRHAMS: &[(&str, u32)] = &[
    ("mmdh", 9),
    ("mdhs", 6),
    ("mdh", 6),
    ("kdh", 3),
    ("dirhams", 0),
    ("dirham", 0),
    ("dhs", 0),
    ("dh", 0),
    ("mad", 0),
    ("درهما", 0),
    ("دراهم", 0),
    ("درهم", 0),
    ("د.م.", 0),
    ("د.م", 0),
];

/// Centimes, a hundredth of a dirham, as Moroccan Arabic press counts large sums.
pub(crate) const CENTIMES: &[&str] = &["سنتيم", "centimes"];

/// Other currencies: a figure in these is not ours.
pub(crate) const OTHER_CURRENCIES: &[&str] = &[
    "euros",
    "euro",
    "€",
    "dollars",
    "dollar",
    "$",
    "usd",
    "eur",
    "يورو",
    "دولارات",
    "دولار",
];

/// Percent signs and words.
pub(crate) const PERCENT: &[&str] = &[
    "في المائة",
    "في المئة",
    "في المائه",
    "بالمائة",
    "بالمئة",
    "pour cent",
    "pour-cent",
    "per cent",
    "percent",
    "%",
    "٪",
];

/// Words for payment operations.
pub(crate) const OPERATIONS: &[&str] = &[
    "opérations",
    "opération",
    "operations",
    "operation",
    "transactions",
    "transaction",
    "paiements",
    "paiement",
    "payments",
    "عمليات",
    "عملية",
    "معاملات",
    "معاملة",
];

/// Nouns that make a scaled number something other than operations.
pub(crate) const OTHER_NOUNS: &[&str] = &[
    "cartes",
    "carte",
    "cards",
    "card",
    "sites",
    "site",
    "habitants",
    "utilisateurs",
    "users",
    "clients",
    "commerçants",
    "merchants",
    "بطاقات",
    "بطاقة",
    "بطائق",
    "مواقع",
    "موقع",
    "زبون",
    "زبناء",
    "مستخدم",
    "نسمة",
    "تاجر",
];

/// What may stand between a scale word and its unit.
pub(crate) const CONNECTORS: &[&str] = &["de ", "d'", "of "];

/// Hedges, before a figure.
pub(crate) const HEDGES: &[(&str, Qualifier)] = &[
    ("un peu plus de", Qualifier::MoreThan),
    ("pas moins de", Qualifier::AtLeast),
    ("de l'ordre de", Qualifier::About),
    ("plus de", Qualifier::MoreThan),
    ("près de", Qualifier::About),
    ("environ", Qualifier::About),
    ("quelque", Qualifier::About),
    ("avoisine", Qualifier::About),
    ("avoisiné", Qualifier::About),
    ("avoisinant", Qualifier::About),
    ("moins de", Qualifier::LessThan),
    ("au moins", Qualifier::AtLeast),
    ("au plus", Qualifier::AtMost),
    ("more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("at most", Qualifier::AtMost),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("nearly", Qualifier::About),
    ("almost", Qualifier::About),
    ("roughly", Qualifier::About),
    ("less than", Qualifier::LessThan),
    ("أكثر من", Qualifier::MoreThan),
    ("أزيد من", Qualifier::MoreThan),
    ("ما يزيد عن", Qualifier::MoreThan),
    ("ما يفوق", Qualifier::MoreThan),
    ("يفوق", Qualifier::MoreThan),
    ("فاق", Qualifier::MoreThan),
    ("فاقت", Qualifier::MoreThan),
    ("تجاوز", Qualifier::MoreThan),
    ("تجاوزت", Qualifier::MoreThan),
    ("ما لا يقل عن", Qualifier::AtLeast),
    ("لا يقل عن", Qualifier::AtLeast),
    ("حوالي", Qualifier::About),
    ("حوالى", Qualifier::About),
    ("نحو", Qualifier::About),
    ("ناهز", Qualifier::About),
    ("ناهزت", Qualifier::About),
    ("قارب", Qualifier::About),
    ("قاربت", Qualifier::About),
    ("في حدود", Qualifier::About),
    ("أقل من", Qualifier::LessThan),
];

/// Words of a fall, just before a percentage: it is then negative.
pub(crate) const DECLINES: &[&str] = &[
    "en baisse de",
    "une baisse de",
    "baisse de",
    "a baissé de",
    "baissé de",
    "a régressé de",
    "régressé de",
    "un recul de",
    "recul de",
    "reculé de",
    "diminué de",
    "une diminution de",
    "diminution de",
    "chuté de",
    "une chute de",
    "chute de",
    "repli de",
    "down",
    "fell by",
    "fell",
    "declined by",
    "decline of",
    "decreased by",
    "decrease of",
    "dropped by",
    "drop of",
    "تراجعا بنسبة",
    "تراجع بنسبة",
    "تراجعت بنسبة",
    "انخفاضا بنسبة",
    "انخفاض بنسبة",
    "بانخفاض نسبته",
    "انخفضت بنسبة",
    "انخفض بنسبة",
    "تراجعا نسبته",
    "انخفاضا نسبته",
    "تراجعا ب",
    "تراجعا",
    "تراجع",
    "تراجعت",
    "انخفاضا",
    "انخفاض",
    "انخفضت",
    "انخفض",
    "ناقص",
];

/// A plus in words, before a figure.
pub(crate) const PLUS_WORDS: &[&str] = &["زائد"];

/// The multiplier for a power of ten.
pub(crate) fn power_of_ten(power: u32) -> Decimal {
    Decimal::from_i128_with_scale(10i128.pow(power.min(28)), 0)
}

/// The phrases of a list grouped by their first and by their last character, so that a match
/// tries only the few phrases that can fit: an array for ASCII characters, a sorted list for the
/// others (Arabic letters, accented ones).
pub(crate) struct PhraseSet {
    phrases: Vec<&'static str>,
    first_ascii: Vec<Vec<usize>>,
    first_other: Vec<(char, Vec<usize>)>,
    last_ascii: Vec<Vec<usize>>,
    last_other: Vec<(char, Vec<usize>)>,
}

fn bucket<'a>(ascii: &'a [Vec<usize>], other: &'a [(char, Vec<usize>)], c: char) -> &'a [usize] {
    if c.is_ascii() {
        ascii.get(c as usize).map_or(&[], Vec::as_slice)
    } else {
        other
            .binary_search_by_key(&c, |(k, _)| *k)
            .ok()
            .and_then(|i| other.get(i))
            .map_or(&[], |(_, v)| v.as_slice())
    }
}

impl PhraseSet {
    fn new(phrases: impl IntoIterator<Item = &'static str>) -> PhraseSet {
        let phrases: Vec<&'static str> = phrases.into_iter().collect();
        let mut set = PhraseSet {
            first_ascii: vec![Vec::new(); 128],
            last_ascii: vec![Vec::new(); 128],
            first_other: Vec::new(),
            last_other: Vec::new(),
            phrases: Vec::new(),
        };
        for (i, p) in phrases.iter().enumerate() {
            for (c, ascii, other) in [
                (p.chars().next(), &mut set.first_ascii, &mut set.first_other),
                (
                    p.chars().next_back(),
                    &mut set.last_ascii,
                    &mut set.last_other,
                ),
            ] {
                let Some(c) = c else { continue };
                if c.is_ascii() {
                    if let Some(v) = ascii.get_mut(c as usize) {
                        v.push(i);
                    }
                } else {
                    match other.iter_mut().find(|(k, _)| *k == c) {
                        Some((_, v)) => v.push(i),
                        None => other.push((c, vec![i])),
                    }
                }
            }
        }
        set.first_other.sort_by_key(|(k, _)| *k);
        set.last_other.sort_by_key(|(k, _)| *k);
        set.phrases = phrases;
        set
    }

    /// The longest phrase that starts `rest` as whole words: its index in the list and length.
    pub(crate) fn start(&self, rest: &str) -> Option<(usize, usize)> {
        let first = crate::text::scan::fold(rest.chars().next()?);
        bucket(&self.first_ascii, &self.first_other, first)
            .iter()
            .filter_map(|&i| {
                let needle = self.phrases.get(i)?;
                crate::text::scan::phrase_at(rest, needle).map(|len| (i, len))
            })
            .max_by_key(|&(_, len)| len)
    }

    /// The longest phrase that ends `head` as whole words: its index in the list and start.
    pub(crate) fn end(&self, head: &str) -> Option<(usize, usize)> {
        let last = crate::text::scan::fold(head.chars().next_back()?);
        bucket(&self.last_ascii, &self.last_other, last)
            .iter()
            .filter_map(|&i| {
                let needle = self.phrases.get(i)?;
                crate::text::scan::phrase_before(head, needle).map(|start| (i, start))
            })
            .min_by_key(|&(_, start)| start)
    }
}

macro_rules! phrase_set {
    ($name:ident, $list:expr) => {
        pub(crate) static $name: std::sync::LazyLock<PhraseSet> =
            std::sync::LazyLock::new(|| PhraseSet::new($list));
    };
}

phrase_set!(SCALE_SET, SCALES.iter().map(|(w, _)| *w));
phrase_set!(DIRHAM_SET, DIRHAMS.iter().map(|(w, _)| *w));
phrase_set!(CENTIME_SET, CENTIMES.iter().copied());
phrase_set!(OTHER_CURRENCY_SET, OTHER_CURRENCIES.iter().copied());
phrase_set!(PERCENT_SET, PERCENT.iter().copied());
phrase_set!(OPERATION_SET, OPERATIONS.iter().copied());
phrase_set!(OTHER_NOUN_SET, OTHER_NOUNS.iter().copied());
phrase_set!(CONNECTOR_SET, CONNECTORS.iter().copied());
phrase_set!(HEDGE_SET, HEDGES.iter().map(|(w, _)| *w));
phrase_set!(DECLINE_SET, DECLINES.iter().copied());
phrase_set!(PLUS_SET, PLUS_WORDS.iter().copied());
