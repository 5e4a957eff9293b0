//! The words of the press, in Arabic, French and English, that tell what a number is.
//!
//! Latin words match without regard to case, and `'` matches `’`. In each list the longest
//! phrase wins, so "un peu plus de" wins over "plus de".
//!
//! The lists read after a number are merged in one trie, and those read before it in another
//! (built on the reversed phrases), so that one walk over the text finds, for every list at
//! once, its longest phrase there.

use rust_decimal::Decimal;

use crate::model::Qualifier;
use crate::reported::{FigureKind, Scale};
use crate::text::bytetrie::ByteTrie;
use crate::text::scan;

/// The scale words of the three languages, and the [`Scale`] each stands for.
pub(crate) const SCALES: &[(&str, Scale)] = &[
    ("milliards", Scale::Billion),
    ("milliard", Scale::Billion),
    ("mrds", Scale::Billion),
    ("mrd", Scale::Billion),
    ("mds", Scale::Billion),
    ("billions", Scale::Billion),
    ("billion", Scale::Billion),
    ("bn", Scale::Billion),
    ("مليارات", Scale::Billion),
    ("ملياران", Scale::Billion),
    ("مليارين", Scale::Billion),
    ("ملايير", Scale::Billion),
    ("مليارا", Scale::Billion),
    ("مليار", Scale::Billion),
    ("millions", Scale::Million),
    ("million", Scale::Million),
    ("mln", Scale::Million),
    ("ملايين", Scale::Million),
    ("مليونان", Scale::Million),
    ("مليونين", Scale::Million),
    ("مليونا", Scale::Million),
    ("مليون", Scale::Million),
    ("thousand", Scale::Thousand),
    ("mille", Scale::Thousand),
    ("آلاف", Scale::Thousand),
    ("ألفان", Scale::Thousand),
    ("ألفين", Scale::Thousand),
    ("ألفا", Scale::Thousand),
    ("ألف", Scale::Thousand),
];

/// Scale words cut to a letter or two: "62,7 M d'opérations", "38.9m transactions", "15.3k
/// transactions", "2,4 Md de dirhams". A letter may stand for much else (a metre, "M." for
/// monsieur): they are read only before a unit of ours, or after a currency ("MAD 6.3m"),
/// never alone.
pub(crate) const SHORT_SCALES: &[(&str, Scale)] = &[
    ("md", Scale::Billion),
    ("m", Scale::Million),
    ("k", Scale::Thousand),
];

/// Dirham units; compound units carry their own scale (a power of ten).
pub(crate) const DIRHAMS: &[(&str, u32)] = &[
    ("mmdh", 9),
    ("md dh", 9),
    ("mds dh", 9),
    ("mrd dh", 9),
    ("mdhs", 6),
    ("mdh", 6),
    ("m dh", 6),
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
    // The wire's short form: "16,2 pc".
    "pc",
    "p.c.",
    "%",
    "٪",
];

/// Percentage points: a difference of two percentages ("+6 points", "6 points de
/// pourcentage", "0,4 نقطة"). "points de vente", "points of sale" and "نقاط البيع" are not
/// these: the reader leaves a point followed by "de", "of" or a word of [`POINTS_OF_SALE`] out.
pub(crate) const POINTS: &[&str] = &[
    "points de pourcentage",
    "point de pourcentage",
    "percentage points",
    "percentage point",
    "points",
    "point",
    "pts",
    "نقطة مئوية",
    "نقاط مئوية",
    "نقط مئوية",
    "نقطة",
    "نقاط",
    // The plural the Moroccan press also writes.
    "نقط",
];

/// Arabic words after "نقطة", "نقاط" or "نقط" that make it a place (of sale, of payment, of
/// withdrawal), not a percentage point.
pub(crate) const POINTS_OF_SALE: &[&str] = &[
    // Basis points ("25 نقطة أساس"), hundredths of a point, are no percentage points either.
    "أساس",
    "الأساس",
    "بيع",
    "البيع",
    "للبيع",
    "أداء",
    "الأداء",
    "للأداء",
    "الاداء",
    "سحب",
    "السحب",
    "للسحب",
    "دفع",
    "الدفع",
    "للدفع",
    "قبول",
    "القبول",
    "تجارية",
    "التجارية",
    "بنكية",
    "اتصال",
    "الاتصال",
];

/// Words for payment operations.
pub(crate) const OPERATIONS: &[&str] = &[
    // English puts the noun that counts last: "card payments" are operations, not cards.
    "card payments",
    "card payment",
    "card transactions",
    "card transaction",
    "card operations",
    "online payments",
    "online transactions",
    "online operations",
    "e-commerce transactions",
    "e-commerce payments",
    "e-commerce operations",
    "online payment transactions",
    "online payment operations",
    "online card transactions",
    "online card payments",
    "online card operations",
    "online card payment transactions",
    "online card payment operations",
    "card payment transactions",
    "card payment operations",
    "e-commerce card transactions",
    "e-commerce card payments",
    "foreign card transactions",
    "foreign card payments",
    "moroccan card transactions",
    "moroccan card payments",
    "domestic card transactions",
    "international card transactions",
    "e-payment transactions",
    "e-payments",
    "payment transactions",
    "card purchases",
    "online purchases",
    "purchases",
    "achats",
    "internet payments",
    "internet transactions",
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

/// Words for payment cards: a number before them is a count of cards ([`FigureKind::Cards`](crate::FigureKind::Cards)).
pub(crate) const CARDS: &[&str] = &[
    "cartes",
    "carte",
    "cards",
    "card",
    "bank cards",
    "payment cards",
    "debit cards",
    "credit cards",
    "prepaid cards",
    "foreign cards",
    "moroccan cards",
    "international cards",
    "contactless cards",
    "active cards",
    "بطاقات",
    "بطاقة",
    "بطائق",
];

/// Words for merchant sites, the shops that take card payments online: a number before them is
/// a count of merchant sites ([`FigureKind::Merchants`](crate::FigureKind::Merchants)).
///
/// "sites" and "commerçants" alone are not here: a website need not sell, and a shop need not
/// be online. Those stay among [`OTHER_NOUNS`], and the figure is left out.
pub(crate) const MERCHANTS: &[&str] = &[
    "sites marchands",
    "site marchand",
    "sites e-commerce",
    "sites de e-commerce",
    "sites de commerce électronique",
    "sites de commerce en ligne",
    "e-commerçants",
    "e-marchands",
    "sites e-marchands",
    "site e-marchand",
    "commerçants en ligne",
    "marchands en ligne",
    "nouveaux sites marchands",
    "nouveaux e-commerçants",
    "new merchant sites",
    "new online merchants",
    "merchant sites",
    "merchant websites",
    "affiliated merchant sites",
    "active merchant sites",
    "affiliated online merchants",
    "e-commerce sites",
    "e-commerce websites",
    "affiliated e-commerce sites",
    "online merchants",
    "e-merchants",
    "مواقع تجارية",
    "موقع تجاري",
    "موقعا تجاريا",
    "مواقع للتجارة الإلكترونية",
    "موقع للتجارة الإلكترونية",
    "موقعا للتجارة الإلكترونية",
    "مواقع التجارة الإلكترونية",
    "تاجر إلكتروني",
    "تاجرا إلكترونيا",
    "تجار إلكترونيين",
];

/// Words that say the things counted are new, read between a number and its noun: "3 200
/// nouveaux e-marchands", "1.2 million new cards", "2 millions de nouvelles cartes". Folded.
pub(crate) const NEW_WORDS: &[&str] = &[
    "nouveaux",
    "nouvelles",
    "nouveau",
    "nouvelle",
    "new",
    "additional",
];

/// Nouns that make a number a count of something that is not ours: people, shops that need not
/// be online, websites that need not sell. A figure before them is left out.
pub(crate) const OTHER_NOUNS: &[&str] = &[
    "sites",
    "site",
    "habitants",
    "utilisateurs",
    "users",
    "clients",
    "commerçants",
    "merchants",
    "abonnés",
    "acheteurs",
    "internautes",
    "subscribers",
    "buyers",
    "مواقع",
    "موقع",
    "زبون",
    "زبناء",
    "مستخدم",
    "نسمة",
    "تاجر",
    "مشترك",
    "مشتركين",
    "مشتري",
    "مشتر",
];

/// Words for sites of any kind, read as merchant sites only after a clause that names them
/// (`extract::site_named_before`, which looks at their first letters first). Folded; a word
/// before any word it starts.
pub(crate) const SITE_WORDS: &[&str] = &[
    "sites",
    "site",
    "websites",
    "مواقع",
    "موقعا",
    "موقع",
    // "عدد التجار الإلكترونيين ... 3500 تاجر": merchants after a clause that says online.
    "تجار",
    "تاجرا",
    "تاجر",
];

/// What may stand between a scale word and its unit.
pub(crate) const CONNECTORS: &[&str] = &["de ", "d'", "of "];

/// The bar, threshold or milestone a verb of passing ([`PASSING_VERBS`]) says was passed,
/// between that verb and the figure: "a franchi la barre des", "تخطت عتبة". Folded.
pub(crate) const THRESHOLDS: &[&str] = &[
    "la barre des",
    "la barre de",
    "la barre du",
    "la barre symbolique des",
    "la barre symbolique de",
    "le cap des",
    "le cap de",
    "le cap du",
    "le cap symbolique des",
    "le cap symbolique de",
    "le seuil des",
    "le seuil de",
    "le seuil du",
    "le seuil symbolique des",
    "عتبة",
    "حاجز",
    "سقف",
];

/// Words of time that may stand between a verb of passing and the bar or figure it passed:
/// "a dépassé pour la première fois le cap des", "topped for the first time", "تجاوزت لأول
/// مرة". Folded.
pub(crate) const PASSING_ASIDES: &[&str] = &[
    "pour la première fois",
    "pour la première fois de son histoire",
    "for the first time",
    "for the first time ever",
    "لأول مرة",
    "à nouveau",
    "de nouveau",
    "déjà",
    "already",
];

/// The words after a figure that make "the" before it a bar passed: "topped the 2 billion
/// dirham mark". Folded.
pub(crate) const MARKS_AFTER: &[&str] = &["mark", "threshold", "milestone", "barrier", "bar"];

/// Verbs of passing a level: the figure after them, perhaps after a bar ([`THRESHOLDS`]) or
/// words of time ([`PASSING_ASIDES`]), is a bound passed, more than it. Folded.
pub(crate) const PASSING_VERBS: &[&str] = &[
    "dépassé",
    "dépasse",
    "dépassent",
    "dépassant",
    "dépassait",
    "dépassaient",
    "franchi",
    "franchit",
    "franchissent",
    "franchissant",
    "franchissait",
    "exceeded",
    "exceeding",
    "exceeds",
    "topped",
    "tops",
    "topping",
    "crossed",
    "crosses",
    "crossing",
    "passed",
    "passing",
    "surpassed",
    "surpassing",
    "broke",
    "breaking",
    "تجاوز",
    "تجاوزت",
    "تتجاوز",
    "يتجاوز",
    "تخطى",
    "تخطت",
    "تتخطى",
    "يتخطى",
    "فاق",
    "فاقت",
    "اجتاز",
    "اجتازت",
];

/// Hedges, before a figure.
pub(crate) const HEDGES: &[(&str, Qualifier)] = &[
    ("un peu plus de", Qualifier::MoreThan),
    ("dépassant les", Qualifier::MoreThan),
    ("dépasse", Qualifier::MoreThan),
    ("dépassait", Qualifier::MoreThan),
    // A bound denied is the other bound: "ne dépasse pas 3 %" is at most 3 %.
    ("ne dépasse pas", Qualifier::AtMost),
    ("ne dépassent pas", Qualifier::AtMost),
    ("ne dépassait pas", Qualifier::AtMost),
    ("ne dépassaient pas", Qualifier::AtMost),
    ("n'a pas dépassé", Qualifier::AtMost),
    ("n'ont pas dépassé", Qualifier::AtMost),
    ("n'excède pas", Qualifier::AtMost),
    ("n'excèdent pas", Qualifier::AtMost),
    ("n'excédait pas", Qualifier::AtMost),
    ("n'excédaient pas", Qualifier::AtMost),
    ("did not exceed", Qualifier::AtMost),
    ("has not exceeded", Qualifier::AtMost),
    ("have not exceeded", Qualifier::AtMost),
    ("had not exceeded", Qualifier::AtMost),
    ("has not surpassed", Qualifier::AtMost),
    ("have not surpassed", Qualifier::AtMost),
    ("does not exceed", Qualifier::AtMost),
    ("do not exceed", Qualifier::AtMost),
    ("not exceeding", Qualifier::AtMost),
    ("did not surpass", Qualifier::AtMost),
    ("does not surpass", Qualifier::AtMost),
    // A bound denied by a verb of duty or of power before it: "must not exceed", "ne doit pas
    // dépasser" are at most; a level not reached is less than it.
    ("must not exceed", Qualifier::AtMost),
    ("should not exceed", Qualifier::AtMost),
    ("cannot exceed", Qualifier::AtMost),
    ("may not exceed", Qualifier::AtMost),
    ("will not exceed", Qualifier::AtMost),
    ("not to exceed", Qualifier::AtMost),
    ("not be more than", Qualifier::AtMost),
    ("not be higher than", Qualifier::AtMost),
    ("not be above", Qualifier::AtMost),
    ("cannot be more than", Qualifier::AtMost),
    ("ne doit pas dépasser", Qualifier::AtMost),
    ("ne doivent pas dépasser", Qualifier::AtMost),
    ("ne devrait pas dépasser", Qualifier::AtMost),
    ("ne devraient pas dépasser", Qualifier::AtMost),
    ("ne peut pas dépasser", Qualifier::AtMost),
    ("ne peuvent pas dépasser", Qualifier::AtMost),
    ("ne pas dépasser", Qualifier::AtMost),
    ("n'a pas atteint", Qualifier::LessThan),
    ("n'ont pas atteint", Qualifier::LessThan),
    ("n'atteint pas", Qualifier::LessThan),
    ("n'atteignent pas", Qualifier::LessThan),
    ("n'avait pas atteint", Qualifier::LessThan),
    ("n'avaient pas atteint", Qualifier::LessThan),
    ("did not reach", Qualifier::LessThan),
    ("has not reached", Qualifier::LessThan),
    ("have not reached", Qualifier::LessThan),
    ("had not reached", Qualifier::LessThan),
    ("لم يبلغ", Qualifier::LessThan),
    ("لم تبلغ", Qualifier::LessThan),
    ("لم يصل إلى", Qualifier::LessThan),
    ("لم تصل إلى", Qualifier::LessThan),
    ("no more than", Qualifier::AtMost),
    ("not more than", Qualifier::AtMost),
    ("not less than", Qualifier::AtLeast),
    ("pas plus de", Qualifier::AtMost),
    ("dépassent les", Qualifier::MoreThan),
    ("frôle les", Qualifier::About),
    ("frôlé les", Qualifier::About),
    ("dépassent", Qualifier::MoreThan),
    ("a dépassé", Qualifier::MoreThan),
    // "a dépassé la barre des 50 millions": the bar passed, not the figure reached.
    ("dépassé la barre des", Qualifier::MoreThan),
    ("dépasse la barre des", Qualifier::MoreThan),
    ("franchi la barre des", Qualifier::MoreThan),
    ("franchit la barre des", Qualifier::MoreThan),
    ("dépassé le cap des", Qualifier::MoreThan),
    ("dépasse le cap des", Qualifier::MoreThan),
    ("franchi le cap des", Qualifier::MoreThan),
    ("franchit le cap des", Qualifier::MoreThan),
    ("dépassé le seuil des", Qualifier::MoreThan),
    ("franchi le seuil des", Qualifier::MoreThan),
    ("franchi le seuil de", Qualifier::MoreThan),
    ("franchit le seuil de", Qualifier::MoreThan),
    ("dépassé le seuil de", Qualifier::MoreThan),
    ("franchi la barre de", Qualifier::MoreThan),
    ("dépassé la barre de", Qualifier::MoreThan),
    // "devrait dépasser les 55 millions": a figure foreseen above a bound is a bound.
    ("dépasser les", Qualifier::MoreThan),
    ("dépasser", Qualifier::MoreThan),
    ("sans dépasser", Qualifier::AtMost),
    ("sous la barre des", Qualifier::LessThan),
    ("ont dépassé", Qualifier::MoreThan),
    ("inférieur à", Qualifier::LessThan),
    ("inférieure à", Qualifier::LessThan),
    ("inférieurs à", Qualifier::LessThan),
    ("inférieures à", Qualifier::LessThan),
    // "à peine deux millions d'opérations": barely that many, a little under or just over.
    ("à peine", Qualifier::About),
    ("pas loin de", Qualifier::About),
    ("pas loin d'", Qualifier::About),
    ("frôle", Qualifier::About),
    ("frôlé", Qualifier::About),
    ("frôlant", Qualifier::About),
    ("dépassant", Qualifier::MoreThan),
    ("dépasse les", Qualifier::MoreThan),
    // Before a number in words: "un montant dépassant le demi-milliard de dirhams".
    ("dépassant le", Qualifier::MoreThan),
    ("dépasse le", Qualifier::MoreThan),
    ("a dépassé le", Qualifier::MoreThan),
    ("a dépassé les", Qualifier::MoreThan),
    ("ont dépassé les", Qualifier::MoreThan),
    ("supérieur à", Qualifier::MoreThan),
    ("supérieure à", Qualifier::MoreThan),
    ("supérieurs à", Qualifier::MoreThan),
    ("supérieures à", Qualifier::MoreThan),
    ("au-delà de", Qualifier::MoreThan),
    ("au-delà des", Qualifier::MoreThan),
    ("au delà de", Qualifier::MoreThan),
    ("presque", Qualifier::About),
    ("pas moins de", Qualifier::AtLeast),
    ("de l'ordre de", Qualifier::About),
    ("plus de", Qualifier::MoreThan),
    ("près de", Qualifier::About),
    ("environ", Qualifier::About),
    ("quelque", Qualifier::About),
    ("autour de", Qualifier::About),
    ("autour d'", Qualifier::About),
    ("aux alentours de", Qualifier::About),
    ("aux alentours d'", Qualifier::About),
    ("au maximum", Qualifier::AtMost),
    ("avoisine", Qualifier::About),
    ("avoisiné", Qualifier::About),
    ("avoisinant", Qualifier::About),
    ("moins de", Qualifier::LessThan),
    ("au moins", Qualifier::AtLeast),
    ("au plus", Qualifier::AtMost),
    ("more than", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("exceeded", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("exceeds", Qualifier::MoreThan),
    // "should exceed 5 billion", "expected to surpass MAD 5 billion": a figure foreseen above a
    // bound is a bound, as after "dépasser".
    ("exceed", Qualifier::MoreThan),
    ("surpass", Qualifier::MoreThan),
    ("surpassed", Qualifier::MoreThan),
    ("surpasses", Qualifier::MoreThan),
    ("surpassing", Qualifier::MoreThan),
    ("topped", Qualifier::MoreThan),
    ("passed", Qualifier::MoreThan),
    ("crossed", Qualifier::MoreThan),
    ("tops", Qualifier::MoreThan),
    ("topping", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("below", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("just under", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("close to", Qualifier::About),
    ("some", Qualifier::About),
    ("approximately", Qualifier::About),
    ("an estimated", Qualifier::About),
    ("upward of", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("at most", Qualifier::AtMost),
    // "rose by up to 30%", "a rise of up to 30%", "بما يصل إلى 30 في المائة" (not "ما يصل إلى"
    // alone: "ارتفع إلى ما يصل إلى 17,2 مليون" is the level reached). Only after "by" or "of"
    // (`extract::up_to_a_level`): "climbed steadily up to MAD 9.2 billion" is the level reached,
    // "from 2.1 million up to 2.5 million" a range, and so is the French "jusqu'à" ("a grimpé
    // jusqu'à 2 milliards"), left out of this list.
    ("up to", Qualifier::AtMost),
    ("بما يصل إلى", Qualifier::AtMost),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("nearly", Qualifier::About),
    ("almost", Qualifier::About),
    ("roughly", Qualifier::About),
    ("less than", Qualifier::LessThan),
    // Before a vowel, as before "un milliard": "plus d'un milliard".
    ("un peu plus d'", Qualifier::MoreThan),
    ("pas moins d'", Qualifier::AtLeast),
    ("plus d'", Qualifier::MoreThan),
    ("près d'", Qualifier::About),
    ("moins d'", Qualifier::LessThan),
    ("أكثر من", Qualifier::MoreThan),
    ("أزيد من", Qualifier::MoreThan),
    ("ما يزيد عن", Qualifier::MoreThan),
    ("ما يزيد على", Qualifier::MoreThan),
    ("يزيد عن", Qualifier::MoreThan),
    ("يزيد على", Qualifier::MoreThan),
    ("ما يفوق", Qualifier::MoreThan),
    ("يفوق", Qualifier::MoreThan),
    ("تفوق", Qualifier::MoreThan),
    ("ما يتجاوز", Qualifier::MoreThan),
    ("يتجاوز", Qualifier::MoreThan),
    ("تتجاوز", Qualifier::MoreThan),
    ("فاق", Qualifier::MoreThan),
    ("فاقت", Qualifier::MoreThan),
    ("تجاوز", Qualifier::MoreThan),
    ("تجاوزت", Qualifier::MoreThan),
    ("ما لا يقل عن", Qualifier::AtLeast),
    ("لا يقل عن", Qualifier::AtLeast),
    ("حوالي", Qualifier::About),
    ("ما يقرب من", Qualifier::About),
    ("يقرب من", Qualifier::About),
    ("ما يربو على", Qualifier::MoreThan),
    ("ما يربو عن", Qualifier::MoreThan),
    ("يربو على", Qualifier::MoreThan),
    ("يربو عن", Qualifier::MoreThan),
    ("حوالى", Qualifier::About),
    ("نحو", Qualifier::About),
    ("ناهز", Qualifier::About),
    ("ناهزت", Qualifier::About),
    ("قارب", Qualifier::About),
    ("قاربت", Qualifier::About),
    ("ما يناهز", Qualifier::About),
    ("يناهز", Qualifier::About),
    ("تناهز", Qualifier::About),
    ("ما يقارب", Qualifier::About),
    ("يقارب", Qualifier::About),
    ("تقارب", Qualifier::About),
    ("قرابة", Qualifier::About),
    ("زهاء", Qualifier::About),
    ("في حدود", Qualifier::About),
    ("أقل من", Qualifier::LessThan),
];

/// Adverbs that may stand between a hedge and its figure: "le nombre de cartes dépasse désormais
/// 17 millions", "exceeds already 2 million". The hedge before them is the figure's.
pub(crate) const HEDGE_ADVERBS: &[&str] = &[
    "désormais",
    "déjà",
    "aujourd'hui",
    "actuellement",
    "largement",
    "nettement",
    "légèrement",
    "toujours",
    "encore",
    "now",
    "already",
    "currently",
    "still",
    "comfortably",
    "slightly",
    "حاليا",
    "الآن",
    "بالفعل",
];

/// Conjunctions of contrast, which open a clause with a subject of its own: what the words
/// before them name is not what a figure after them counts. Folded.
pub(crate) const CONTRASTS: &[&str] = &[
    "tandis que",
    "alors que",
    "while",
    "whereas",
    "في حين",
    "بينما",
    "فيما",
];

/// Words after a noun of operations that make them withdrawals of cash, which are not payments:
/// "330 millions d'opérations de retrait". Lowercase, compared as written.
pub(crate) const WITHDRAWALS: &[&str] = &[
    "de retrait",
    "de retraits",
    "of withdrawal",
    "of cash withdrawal",
    "السحب",
    "سحب",
];

/// Words of a fall, just before a percentage: it is then negative.
pub(crate) const DECLINES: &[&str] = &[
    "en baisse de",
    "une baisse de",
    "des baisses de",
    "baisses de",
    "des baisses respectives de",
    "baisses respectives de",
    "des reculs respectifs de",
    "reculs respectifs de",
    "des replis respectifs de",
    "replis respectifs de",
    "baisse de",
    // The present and the present participle: "le montant recule de 4,5 %".
    "recule de",
    "reculent de",
    "reculant de",
    "diminue de",
    "diminuent de",
    "diminuant de",
    "régresse de",
    "régressent de",
    "fléchit de",
    "fléchissent de",
    "se replie de",
    "se replient de",
    "se contracte de",
    "se contractent de",
    "baissant de",
    "chutant de",
    "recule d'",
    "reculent d'",
    "diminue d'",
    "diminuent d'",
    "a baissé de",
    "baissé de",
    "a régressé de",
    "régressé de",
    "replié de",
    // Before a hedge that opens with a vowel: "ont reculé d'au moins 6 %".
    "reculé d'",
    "baissé d'",
    "diminué d'",
    "chuté d'",
    "replié d'",
    "régressé d'",
    "fléchi d'",
    "en baisse d'",
    "en recul d'",
    "en repli d'",
    "une baisse d'",
    "un recul d'",
    "un repli d'",
    // "se sont repliées de 12,3 %": the participle agrees with its subject.
    "repliée de",
    "repliés de",
    "repliées de",
    "un repli de",
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
    "en retrait de",
    "léger retrait de",
    "fléchi de",
    "contracté de",
    "contractée de",
    "contractés de",
    "cédé",
    "cédant",
    "perdu",
    "perdant",
    "down",
    "down by",
    "plunged",
    "plunged by",
    "plummeted",
    "plummeted by",
    "slumped",
    "slumped by",
    "tumbled",
    "tumbled by",
    "sank",
    "sank by",
    "down slightly by",
    "slightly down by",
    "fell slightly by",
    "slipped",
    "slipped by",
    "dipped",
    "dipped by",
    "slid",
    "slid by",
    "eased",
    "eased by",
    "contracted by",
    "shrank by",
    "collapsed",
    "collapsed by",
    "s'est effondré de",
    "s'est effondrée de",
    "se sont effondrés de",
    "se sont effondrées de",
    "s'effondre de",
    "dégringolé de",
    "falling by",
    "dropping by",
    "declining by",
    "a fall of",
    "lost",
    "fell by",
    "fell",
    "declined by",
    "decline of",
    "decreased by",
    "decrease of",
    "dropped by",
    "dropped",
    "declined",
    "decreased",
    "drop of",
    "falls of",
    "declines of",
    "drops of",
    "decreases of",
    "respective falls of",
    "respective declines of",
    "respective drops of",
    // "سجل عدد العمليات انخفاضا بأقل من 2 في المائة": the noun of a fall before a hedge.
    "هبوطا",
    "انخفاضا ب",
    "هبوطا ب",
    "تراجعا بنسبتي",
    "انخفاضا بنسبتي",
    "بتراجع بنسبتي",
    "بانخفاض بنسبتي",
    "تراجعا بنسبة",
    "متراجعا بنسبة",
    "متراجعة بنسبة",
    "متراجعا ب",
    "منخفضا بنسبة",
    "منخفضة بنسبة",
    "بتراجع بنسبة",
    "بتراجع نسبته",
    "بتراجع قدره",
    // A verb between the noun of a fall and its rate: "أي بتراجع بلغ 20 في المائة", "بانخفاض
    // بلغت نسبته 3 في المائة".
    "بتراجع بلغ",
    "بتراجع بلغت نسبته",
    "بتراجع وصل إلى",
    "بانخفاض بلغ",
    "بانخفاض بلغت نسبته",
    "بانخفاض وصل إلى",
    "تراجعا بلغ",
    "تراجعا بلغت نسبته",
    "انخفاضا بلغ",
    "انخفاضا بلغت نسبته",
    "فقدت",
    "خسرت",
    "تراجع بنسبة",
    "تراجعت بنسبة",
    "انخفاضا بنسبة",
    "انخفاض بنسبة",
    "بانخفاض نسبته",
    "انخفضت بنسبة",
    "انخفض بنسبة",
    "تراجعا نسبته",
    "انخفاضا نسبته",
    "انخفاض قدره",
    "انخفاضا قدره",
    "انخفاض قدرها",
    "تراجع قدره",
    "تراجعا قدره",
    "تراجع قدرها",
    "تراجعا ب",
    "تراجعا",
    "تراجع",
    "تراجعت",
    "انخفاضا",
    "انخفاض",
    "انخفضت",
    "انخفض",
    "ناقص",
    // "c'est moins 9,9 %", "minus 3%": a sign written as a word.
    "moins",
    "minus",
];

/// Arabic words that name the rate after a word of a fall and its adjective: "انخفاض طفيف
/// بنسبة 0,4 في المائة".
pub(crate) const RATE_WORDS: &[&str] = &["بنسبة", "نسبته", "بمعدل", "قدره", "قدرها"];

/// Adjectives the Arabic press puts between a word of a fall and [`RATE_WORDS`].
pub(crate) const FALL_ADJECTIVES: &[&str] = &[
    "طفيف",
    "طفيفا",
    "طفيفة",
    "طفيفين",
    "خفيف",
    "خفيفا",
    "ملحوظ",
    "ملحوظا",
    "ملموس",
    "ملموسا",
    "حاد",
    "حادا",
    "كبير",
    "كبيرا",
    "قوي",
    "قويا",
    "محدود",
    "محدودا",
    "واضح",
    "واضحا",
    "سنوي",
    "سنويا",
    "طفيفًا",
];

/// Arabic nouns of a fall (with their case endings) that [`FALL_ADJECTIVES`] may follow.
pub(crate) const FALL_NOUNS: &[&str] = &["انخفاض", "انخفاضا", "تراجع", "تراجعا", "هبوط", "هبوطا"];

/// Words before "points" alone that make it a change of percentages: "une hausse de 6
/// points", "la part a gagné 2 points", "up 2 points", "ارتفعت ب 3 نقاط". (The words of a fall,
/// [`DECLINES`], and a sign do too.)
pub(crate) const POINT_CUES: &[&str] = &[
    "hausse de",
    "progression de",
    "progressé de",
    "augmenté de",
    "augmentation de",
    "amélioration de",
    "écart de",
    "gain de",
    "gain of",
    "gap of",
    "فارق",
    "gagné",
    "gagne",
    "gagnant",
    "perdu",
    "perd",
    "perdant",
    "soit",
    "up",
    "rose",
    "rose by",
    "gained",
    "lost",
    "climbed",
    "grew",
    "increased",
    "jumped",
    "by",
    "increase of",
    "rise of",
    "ب",
    "بزيادة",
    "بارتفاع",
    "ارتفاعا",
    "زيادة",
    "ارتفاع",
    "بتراجع",
    "بانخفاض",
    "أي",
    // "بارتفاع قدره 3,3 نقطة", "بزيادة قدرها 2 نقاط": the noun of the change, then "its size".
    "بارتفاع قدره",
    "بزيادة قدرها",
    "بتراجع قدره",
    "بانخفاض قدره",
    "ارتفاعا قدره",
    "زيادة قدرها",
];

/// Words after which a bare number (no unit, no scale word) may be a count the sentence names:
/// "pour atteindre 512 300", "بلغ 512 300". Matched only for bare numbers, not by the trie that
/// every number walks.
pub(crate) const REACH: &[&str] = &[
    "atteindre",
    "atteint",
    "atteignant",
    "atteignent",
    "totalisé",
    "totalisant",
    "à",
    "soit",
    "contre",
    "reach",
    "reached",
    "reaching",
    "totalled",
    "totaled",
    "to",
    "against",
    "versus",
    "بلغ",
    "بلغت",
    "يبلغ",
    "تبلغ",
    "ليبلغ",
    "لتبلغ",
    "إلى",
    "الى",
    "مقابل",
    // "Le nombre de sites marchands était de 7 200", "stood at 7,320", "rose to 6,215 from
    // 5,430": the verb that gives the count, or the word that gives the earlier one.
    "est de",
    "était de",
    "sont de",
    "étaient de",
    "s'établit à",
    "s'établissait à",
    "stood at",
    "stands at",
    "compared with",
    "compared to",
    "sont désormais",
    "sont aujourd'hui",
    "now number",
    "numbered",
    "comptait",
    "dénombrait",
    "avait",
    "هذا العدد",
    "عددها",
    "was",
    "were",
    "is",
    "are",
    "from",
];

/// The Arabic verbs of [`REACH`], which may stand before the subject of the bare count they
/// give: "وبلغ عدد المواقع التجارية 7450 في نهاية السنة".
pub(crate) const REACH_VERBS_AR: &[&str] = &["بلغ", "بلغت", "يبلغ", "تبلغ", "ليبلغ", "لتبلغ"];

/// Hedges that are verbs of reaching past a bound or not reaching it, after which a bare
/// number may be a count the sentence names as after [`REACH`]: "Le nombre de sites marchands
/// a dépassé 7 200", "n'excédait pas 1 500", "exceeded 7,000".
pub(crate) const REACH_HEDGES: &[&str] = &[
    "a dépassé",
    "ont dépassé",
    "dépasse",
    "dépassent",
    "dépassait",
    "ne dépasse pas",
    "ne dépassait pas",
    "n'a pas dépassé",
    "n'excède pas",
    "n'excédait pas",
    "exceeded",
    "exceeds",
    "topped",
    "passed",
    "crossed",
    "did not exceed",
];

/// Words that may follow a bare count the sentence names ([`REACH`]): a date, a tie, a
/// conjunction, not a noun of its own.
pub(crate) const AFTER_BARE_COUNT: &[&str] = &[
    "en",
    "au",
    "à",
    "fin",
    "sur",
    "contre",
    "soit",
    "et",
    "un",
    "l'an",
    // The period after the earlier value: "contre 4 100 l'année précédente", "from 5,400 last
    // year", "مقابل 4100 السنة الماضية".
    "l'année",
    "l'exercice",
    "durant",
    "pendant",
    "lors",
    "last",
    "during",
    // The span after a later value: "from 3,900 to 4,650 over the year".
    "over",
    "within",
    "since",
    "السنة",
    "العام",
    "الفترة",
    "selon",
    "in",
    "at",
    "by",
    "on",
    "from",
    "il y a",
    "against",
    "and",
    "a",
    "the",
    "versus",
    "vs",
    "في",
    "خلال",
    "سنة",
    "عام",
    "مقابل",
    "أي",
    "و",
    "بعد",
    "حسب",
    "نهاية",
    "متم",
    "قبل",
];

/// A plus in words, before a figure.
pub(crate) const PLUS_WORDS: &[&str] = &["زائد"];

/// The multiplier for a power of ten.
pub(crate) fn power_of_ten(power: u32) -> Decimal {
    Decimal::from_i128_with_scale(10i128.pow(power.min(28)), 0)
}

/// Arabic words that the press may glue to a unit before them, by a slip of the print: "درهمبعد
/// أن كان". A unit glued to one of these (as a whole word) is read as the unit.
pub(crate) const GLUED_AFTER_UNIT: &[&str] = &[
    "بعد",
    "في",
    "سنة",
    "عام",
    "خلال",
    "مقابل",
    "أي",
    "أو",
    "حسب",
    "منذ",
    "مع",
    "من",
    "إلى",
    "عن",
    "على",
    "برسم",
    "حيث",
];

/// Arabic units that may be glued to the next word, longest first, and what they count.
pub(crate) const GLUED_UNITS: &[(&str, FigureKind)] = &[
    ("درهما", FigureKind::AmountMad),
    ("دراهم", FigureKind::AmountMad),
    ("درهم", FigureKind::AmountMad),
    ("عمليات", FigureKind::Transactions),
    ("عملية", FigureKind::Transactions),
    ("معاملات", FigureKind::Transactions),
    ("معاملة", FigureKind::Transactions),
];

/// Function words (and scale words) of French press text, for [`language_near`].
const FRENCH_WORDS: &[&str] = &[
    "de",
    "des",
    "du",
    "le",
    "la",
    "les",
    "et",
    "à",
    "au",
    "aux",
    "en",
    "un",
    "une",
    "pour",
    "sur",
    "par",
    "est",
    "ont",
    "contre",
    "soit",
    "avec",
    "dans",
    "plus",
    "qui",
    "que",
    "près",
    "d",
    "l",
    "été",
    "selon",
    "entre",
    "milliard",
    "milliards",
    "millions",
    "mille",
    "mrd",
    "mrds",
    "mds",
    "mdh",
    "mmdh",
    "dh",
    "dhs",
    "atteint",
    "hausse",
    "baisse",
];

/// Function words (and scale words) of English press text, for [`language_near`].
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "from",
    "by",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "than",
    "billion",
    "billions",
    "bn",
    "thousand",
    "operations",
    "payments",
    "reached",
    "up",
    "down",
    "about",
    "over",
    "around",
    "nearly",
    "its",
    "at",
    "as",
    "that",
    "mad",
    "mln",
];

/// How far, in bytes, [`language_near`] looks before and after a position.
const LANGUAGE_WINDOW: usize = 160;

/// A guess of the language of the sentence around byte `at` of `text`, from its script and its
/// function words; `None` when they do not tell.
///
/// The sentence is cut at `\n`, `!`, `?`, `؟`, `;`, `؛` and at a `.` before a space, within
/// [`LANGUAGE_WINDOW`] bytes on either side of `at`, so the guess costs a bounded time. It is
/// Arabic when the sentence has more Arabic letters than Latin ones. Otherwise each word found in
/// [`FRENCH_WORDS`] or written with a French accent (é, è, ê, à, ç, ù, û, ô, î, œ) votes French,
/// and each word of [`ENGLISH_WORDS`] votes English; the larger vote wins, and a tie (or no
/// Latin word at all) tells nothing. "million" and "dirhams" belong to both and do not vote.
pub(crate) fn language_near(text: &str, at: usize) -> Option<crate::text::Language> {
    use crate::text::Language;
    let is_end = |c: char| matches!(c, '\n' | '!' | '?' | '\u{061F}' | ';' | '\u{061B}');
    let mut from = at.saturating_sub(LANGUAGE_WINDOW).min(text.len());
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = at.saturating_add(LANGUAGE_WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = text.get(from..at.min(to).max(from))?;
    let after = text.get(at.min(to).max(from)..to)?;
    let sentence_start = before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            is_end(c) || c == '.' && before.get(i + 1..).is_some_and(|r| r.starts_with(' '))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let sentence_end = after
        .char_indices()
        .find(|&(i, c)| {
            is_end(c) || c == '.' && after.get(i + 1..).is_some_and(|r| r.starts_with(' '))
        })
        .map_or(after.len(), |(i, _)| i);
    let head = before.get(sentence_start..)?;
    let tail = after.get(..sentence_end)?;
    let (mut arabic, mut latin, mut french, mut english) = (0usize, 0usize, 0usize, 0usize);
    for part in [head, tail] {
        for word in part.split(|c: char| !scan::is_letter(c)) {
            let Some(first) = word.chars().next() else {
                continue;
            };
            if ('\u{0600}'..='\u{06FF}').contains(&first) {
                arabic += word.chars().count();
                continue;
            }
            latin += word.chars().count();
            let accented = word
                .chars()
                .any(|c| matches!(c, 'é' | 'è' | 'ê' | 'à' | 'ç' | 'ù' | 'û' | 'ô' | 'î' | 'œ'));
            if accented || FRENCH_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
                french += 1;
            }
            if ENGLISH_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
                english += 1;
            }
        }
    }
    if arabic > latin {
        Some(Language::Arabic)
    } else if french > english {
        Some(Language::French)
    } else if english > french {
        Some(Language::English)
    } else {
        None
    }
}

/// Separators that put a range's second end after its first: "de 1,67 à 1,95 million".
pub(crate) const JOINS: &[&str] = &["à", "to", "et", "and", "إلى", "الى", "و"];

/// Words that tie a figure to the one before it, for a unit left out of one of them: "9,2
/// milliards de dirhams contre 7,4 milliards", "840 مليون درهم مقابل 500 مليون". With the joins
/// of a range but "et", "and" and "و" ([`JOINS`]), they make [`TIES`].
pub(crate) const AGAINST: &[&str] = &[
    "contre",
    "comparé à",
    "comparés à",
    "par rapport à",
    "against",
    "compared with",
    "compared to",
    "versus",
    "vs",
    "vs.",
    "مقابل",
    "بعد أن كان",
    "بعد أن كانت",
    "بعدما كان",
    "بعدما كانت",
];

/// Words of a date that may stand beside a tie word between two figures: "en 2015, contre".
pub(crate) const DATE_WORDS: &[&str] = &[
    "en",
    "in",
    "fin",
    "à",
    "au",
    "l'an",
    "an",
    "année",
    "l'année",
    "year",
    "the",
    "سنة",
    "عام",
    "خلال",
    "في",
    "متم",
    "نهاية",
    // "at the end of June, against", "à la fin de juin, contre".
    "at",
    "end",
    "of",
    "by",
    "la",
    "de",
];

/// Words of the year before that may open the sentence of an earlier figure, before its
/// subject: "A year earlier there were 5,870", "Un an plus tôt, on en comptait 5 870". Folded.
pub(crate) const EARLIER_OPENINGS: &[&str] = &[
    "a year earlier",
    "a year before",
    "the previous year",
    "last year",
    "un an plus tôt",
    "un an auparavant",
    "une année auparavant",
    "l'année précédente",
    "l'an dernier",
    "l'année dernière",
    "قبل سنة",
];

/// Words that make a figure the earlier of two: "contre A un an plus tôt", "A a year earlier",
/// "A في السنة الماضية".
pub(crate) const EARLIER: &[&str] = &[
    "un an plus tôt",
    "une année plus tôt",
    "un an auparavant",
    "une année auparavant",
    "un an avant",
    "l'année précédente",
    "l'année d'avant",
    "l'an dernier",
    "l'an passé",
    "l'année dernière",
    "l'année passée",
    "l'exercice précédent",
    "a year earlier",
    "a year before",
    "a year ago",
    "the previous year",
    "the year before",
    "last year",
    "السنة الماضية",
    "العام الماضي",
    "السنة السابقة",
    "العام السابق",
    "السنة المنصرمة",
    "العام المنصرم",
    "سنة من قبل",
    "قبل سنة",
    "قبل عام",
    "il y a un an",
    "a year previously",
    "twelve months earlier",
    "12 months earlier",
    "السنة التي قبلها",
    "العام الذي قبله",
];

/// The number of things named as a subject, in the clause of a figure whose unit is left out
/// ("while the number reached 14.3 million"): the figure is no amount. Folded.
pub(crate) const THE_NUMBER: &[&str] = &[
    "le nombre",
    "leur nombre",
    "son nombre",
    "the number",
    "their number",
    "its number",
    "عدد",
    "العدد",
];

/// Words that name the price of a thing: an amount after them, in their clause, is no amount of
/// payments ("un smartphone vendu à 2 499 DH", "the blender costs MAD 649", "بسعر 2500 درهم").
pub(crate) const PRICES: &[&str] = &[
    "vendu à",
    "vendue à",
    "vendus à",
    "vendues à",
    "au prix de",
    "le prix de",
    "le prix d'",
    "le prix moyen d'un",
    "le prix moyen de",
    "son prix",
    "coûte",
    "coûtent",
    "coûtait",
    "affiché à",
    "priced at",
    "costs",
    "the cost of",
    "sells for",
    "sold for",
    "retails at",
    "retails for",
    "the price of",
    "a price of",
    "its price",
    "سعر",
    "بسعر",
    "وسعر",
    "ثمن",
    "بثمن",
    "يباع",
    "تباع",
    "يكلف",
    "تكلف",
    // A fee or a commission per operation is no amount of payments either: "une commission
    // de 4 DH par retrait", "a fee of 3 dirhams per transaction", "رسوم قدرها 5 دراهم".
    "frais de",
    "commission de",
    "commissions de",
    "fee of",
    "fees of",
    "a fee",
    "رسوم",
    "عمولة",
];

/// Participles of a sale right before an amount, which is then a price: "un smartphone vendu 2
/// 999 dirhams", "des abonnements facturés 99 dirhams" ("les produits vendus en ligne ont généré
/// 850 000 dirhams" is no price: the participle is not right before it).
pub(crate) const PRICE_PARTICIPLES: &[&str] = &[
    "vendu",
    "vendue",
    "vendus",
    "vendues",
    "facturé",
    "facturée",
    "facturés",
    "facturées",
];

/// Words of an average basket, which is an amount of payments even where a price is named
/// beside it ("le panier moyen, au prix de...").
pub(crate) const BASKETS: &[&str] = &[
    "panier",
    "basket",
    "ticket",
    "montant moyen des paiements",
    "montant moyen par",
    "valeur moyenne des paiements",
    "average amount paid",
    "average value of an online",
    "average value per",
    "average payment",
    "average transaction",
    "السلة",
    "سلة",
    "متوسط قيمة العملية",
];

/// Words that say more of the thing a figure counts, and may stand between it and the tie to the
/// next figure: "17.2 million cards in circulation at the end of June, against 15.8 million".
pub(crate) const TIE_ASIDES: &[&str] = &[
    "en circulation",
    "in circulation",
    "en ligne",
    "online",
    "émises",
    "issued",
    "المتداولة",
    "في التداول",
    "عبر الإنترنت",
];

/// Words that name a count of operations in a clause, for a figure whose unit is left out.
pub(crate) const COUNT_NAMES: &[&str] = &[
    "nombre de transactions",
    "nombre d'opérations",
    "nombre des transactions",
    "nombre des opérations",
    "nombre de paiements",
    "nombre des paiements",
    "number of transactions",
    "number of operations",
    "number of payments",
    "عدد العمليات",
    "عدد عمليات",
    "عدد المعاملات",
    "عدد الأداءات",
    "عدد عمليات الأداء",
    // With a demonstrative, the count of the operations named before: "كما ارتفع عدد هذه
    // العمليات بنسبة", "le nombre de ces opérations".
    "عدد هذه العمليات",
    "عدد هذه المعاملات",
    "nombre de ces opérations",
    "nombre de ces transactions",
    "number of these transactions",
    "number of those transactions",
    // "+18 % en nombre (de 41,2 à 48,6 millions)": the count beside the value ("en valeur").
    "en nombre",
    "en volume",
    "in number",
    "in volume",
    "by number",
    "by volume",
    "من حيث العدد",
];

/// Arabic verbs of a hedge that may stand before their subject, the subject before the figure
/// ("وتناهز قيمة المعاملات 2 مليار درهم"), with their hedge. Each starts with ت, ي, ن, ق or ف
/// (`extract::hedge_verb_before_subject` relies on it; a test holds it).
pub(crate) const HEDGE_VERBS: &[(&str, Qualifier)] = &[
    ("تناهز", Qualifier::About),
    ("يناهز", Qualifier::About),
    ("ناهزت", Qualifier::About),
    ("ناهز", Qualifier::About),
    ("تقارب", Qualifier::About),
    ("يقارب", Qualifier::About),
    ("قاربت", Qualifier::About),
    ("قارب", Qualifier::About),
    ("فاقت", Qualifier::MoreThan),
    ("فاق", Qualifier::MoreThan),
    ("تفوق", Qualifier::MoreThan),
    ("يفوق", Qualifier::MoreThan),
    ("تجاوزت", Qualifier::MoreThan),
    ("تجاوز", Qualifier::MoreThan),
    ("تتجاوز", Qualifier::MoreThan),
    ("يتجاوز", Qualifier::MoreThan),
    // Verbs of reaching, read for their negation alone ("لم تبلغ العمليات 3 ملايين" is less
    // than 3 million): not negated, they leave the figure exact.
    ("تبلغ", Qualifier::Exact),
    ("يبلغ", Qualifier::Exact),
    ("تصل", Qualifier::Exact),
    ("يصل", Qualifier::Exact),
];

/// Prepositions and demonstratives that may stand inside the subject of an Arabic verb before a
/// figure: "قاربت الأداءات عبر الإنترنت", "المبلغ الإجمالي للأداءات بواسطة البطاقات", "مبلغ هذه
/// العمليات".
pub(crate) const SUBJECT_LINKS: &[&str] = &[
    "عبر",
    "على",
    "في",
    "من",
    "بواسطة",
    "إلى",
    "حسب",
    // "لم تتجاوز العمولة عن العملية الواحدة 3 دراهم".
    "عن",
    "هذه",
    "هذا",
];

/// Arabic words of negation before a verb of a hedge, which turn its bound around: "لم تكن ...
/// تتجاوز" is at most. (French and English negated hedges are phrases of [`HEDGES`]: "ne
/// dépasse pas", "did not exceed", "not less than".)
pub(crate) const NEGATIONS: &[&str] = &["لم", "ولم", "فلم", "لا", "ولا", "لن", "ولن", "ليس", "ليست"];

/// Arabic nouns of a quantity that head the subject of a verb before a figure: "قيمة
/// المعاملات", "عدد البطاقات".
pub(crate) const QUANTITY_NOUNS: &[&str] = &[
    "قيمة",
    "عدد",
    "حجم",
    "رقم",
    "مبلغ",
    "حصة",
    "نمو",
    "متوسط",
    "مداخيل",
    "إيرادات",
    // A noun in the construct state inside the subject: "عدد عمليات التجارة الإلكترونية",
    // "حصة أداء الفواتير".
    "عمليات",
    "معاملات",
    "أداء",
    "أداءات",
    "مدفوعات",
    "مشتريات",
    "مبيعات",
    // With the pronoun of what the sentence spoke of: "فيما تراجع مبلغها بـ3 في المائة".
    "مبلغها",
    "قيمتها",
    "عددها",
    "حجمها",
    "حصتها",
    "مبلغه",
    "قيمته",
    "عدده",
    "حجمه",
    "حصته",
];

/// Arabic verbs of a fall that may stand before their subject, the subject before the rate:
/// "وتراجعت حصة الأداء بـ2 نقاط" is a fall of 2 points (`extract::hedge_verb_before_subject`).
pub(crate) const FALL_VERBS: &[&str] = &["تراجعت", "تراجع", "انخفضت", "انخفض", "تقلصت", "تقلص"];

/// The words that may follow a scale word with no unit in English and Arabic text, where a noun
/// right after the scale word is the thing counted: prepositions, articles, ties, verbs and
/// words of time ("7.4 billion in 2014", "1.2 million were paid", "مقابل 1,9 مليار في السنة").
/// Folded, each a single word but "من أصل" ("من" alone may open the noun counted: "3 ملايين من
/// المستخدمين").
pub(crate) const AFTER_SCALE_ALONE: &[&str] = &[
    // English.
    "in",
    // "1.2 million out of 10 million".
    "out",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "over",
    "during",
    "against",
    "versus",
    "vs",
    "compared",
    "while",
    "whereas",
    "and",
    "or",
    "but",
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "last",
    "previous",
    "year",
    "years",
    "month",
    "months",
    "quarter",
    "earlier",
    "ago",
    "before",
    "after",
    "up",
    "down",
    "which",
    "who",
    "were",
    "was",
    "are",
    "is",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "since",
    "according",
    "respectively",
    "only",
    "each",
    "between",
    "through",
    "until",
    "as",
    "with",
    "without",
    "previously",
    "now",
    "then",
    "so",
    "too",
    "also",
    "alone",
    "more",
    "less",
    "nor",
    // French, which writes "de" before a noun: these only spare the guess of the language.
    "en",
    "au",
    "aux",
    "à",
    "contre",
    "et",
    "ou",
    "soit",
    "dont",
    "pour",
    "par",
    "sur",
    "la",
    "le",
    "les",
    "un",
    "une",
    "des",
    "du",
    "fin",
    "durant",
    "pendant",
    "lors",
    "depuis",
    "selon",
    "avec",
    "entre",
    "ont",
    "est",
    "sont",
    "été",
    "était",
    "étaient",
    // Arabic.
    "في",
    "خلال",
    "سنة",
    "عام",
    "مقابل",
    "إلى",
    "الى",
    "حتى",
    "أي",
    "أو",
    "بعد",
    "قبل",
    "مع",
    "حسب",
    "منذ",
    "متم",
    "نهاية",
    "برسم",
    "عند",
    "على",
    "عن",
    "هذا",
    "هذه",
    "السنة",
    "العام",
    "الماضي",
    "الماضية",
    "السابقة",
    "سنويا",
    "فقط",
    "تقريبا",
    "بين",
    "من أصل",
    "ثم",
    "لكن",
    "بينما",
    "مما",
    "التي",
    "الذي",
    "كما",
    "ذلك",
    "شهر",
    "أشهر",
    "الأشهر",
    "النصف",
    "الفصل",
    "الربع",
    "نحو",
    "أيضا",
    "سنتي",
    "لسنة",
    "لعام",
    "بمتم",
    "بنهاية",
    "وهو",
    "وهي",
    "أما",
    "إذ",
    "حيث",
];

/// Words that name a count of cards in a clause, for a figure whose unit is left out.
pub(crate) const CARD_COUNT_NAMES: &[&str] = &[
    "nombre de cartes",
    "nombre des cartes",
    "parc de cartes",
    "parc des cartes",
    "parc cartes",
    "number of cards",
    "number of bank cards",
    "number of payment cards",
    "عدد البطاقات",
    "عدد بطاقات",
];

/// Words that name a count of merchant sites in a clause, for a figure whose unit is left out.
pub(crate) const MERCHANT_COUNT_NAMES: &[&str] = &[
    "nombre de sites marchands",
    "nombre des sites marchands",
    "nombre d'e-commerçants",
    "nombre d'e-marchands",
    "nombre de sites e-marchands",
    "nombre de sites e-commerce",
    "nombre de sites de e-commerce",
    "nombre de commerçants en ligne",
    "number of merchant sites",
    "number of online merchants",
    "number of e-merchants",
    "عدد المواقع التجارية",
    "عدد مواقع التجارة الإلكترونية",
    "عدد المواقع التجارية الإلكترونية",
    "عدد التجار الإلكترونيين",
];

/// Names of a count of merchants that need not sell online: they name merchant sites when the
/// clause also says online ([`ONLINE_WORDS`]): "le nombre de commerçants acceptant le paiement
/// en ligne", "عدد التجار الذين يقبلون الأداء عبر الإنترنت". Folded.
pub(crate) const MERCHANT_PEOPLE_NAMES: &[&str] = &[
    "nombre de commerçants",
    "nombre des commerçants",
    "nombre de marchands",
    "number of merchants",
    "عدد التجار",
];

/// Words that say online, for [`MERCHANT_PEOPLE_NAMES`]. Folded.
pub(crate) const ONLINE_WORDS: &[&str] = &[
    "en ligne",
    "online",
    "e-commerce",
    "عبر الإنترنت",
    "عبر الانترنت",
    "الإلكترونية",
    "الإلكتروني",
];

/// Words that name a count of anything: in a clause that names none of [`COUNT_NAMES`],
/// [`CARD_COUNT_NAMES`] and [`MERCHANT_COUNT_NAMES`], a count of something not ours ("le nombre
/// de commandes", "the number of users", "عدد الحسابات"), and the figure is left out.
pub(crate) const ANY_COUNT_NAMES: &[&str] =
    &["nombre de", "nombre d'", "nombre des", "number of", "عدد"];

/// The words of a period after a scale word and "de": "13,6 milliards de l'année
/// précédente" is a figure whose unit is left out, not a count of something else. Folded.
pub(crate) const PERIODS_AFTER_DE: &[&str] = &[
    "l'année",
    "l'an",
    "l'exercice",
    "la même période",
    "la période",
    "la veille",
    // "de 8,2 à 9,6 millions d'une année à l'autre": from one year to the next.
    "une année à l'autre",
    "un an à l'autre",
    "un trimestre à l'autre",
    "un mois à l'autre",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    // English, after "of": "the 6.51 million of December 2023".
    "the same period",
    "the previous year",
    "the year before",
    "last year",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A pronoun and a verb of being, right before a figure whose unit is left out: the figure is
/// the earlier value of what the sentence before measured ("Le montant s'est établi à 5,8
/// milliards de dirhams. Il était de 4,9 milliards un an plus tôt."). Folded.
pub(crate) const PRONOUN_WAS: &[&str] = &[
    "il était de",
    "elle était de",
    "ils étaient de",
    "elles étaient de",
    "il était",
    "elle était",
    "ils étaient",
    "elles étaient",
    "il s'élevait à",
    "elle s'élevait à",
    "ils s'élevaient à",
    "elles s'élevaient à",
    "il se situait à",
    "elle se situait à",
    // The pluperfect: "Il avait atteint 7,4 milliards un an plus tôt."
    "il avait atteint",
    "elle avait atteint",
    "ils avaient atteint",
    "elles avaient atteint",
    "il s'était établi à",
    "elle s'était établie à",
    "it was",
    "they were",
    // A bare count: "A year earlier there were 5,870", "on en comptait 5 870", "وكان هذا العدد
    // 5870".
    "there were",
    "there was",
    "on en comptait",
    "on en dénombrait",
    "il y en avait",
    "it stood at",
    "they stood at",
    "it had reached",
    "they had reached",
    "it had stood at",
    "they had stood at",
    "وكان هذا العدد",
    "كان هذا العدد",
    "وكان عددها",
    "وكان قد بلغ",
    "وكانت قد بلغت",
    "كان قد بلغ",
    "كانت قد بلغت",
    "وكان",
    "وكانت",
    "كان",
    "كانت",
];

/// A count by a pronoun, in the clause of a bare number: "portant leur nombre à 6 500",
/// "bringing the total to 6,500", "ليرتفع عددها إلى 6500". It counts what the sentence counted
/// before (`extract::units_left_out`). Folded.
pub(crate) const PRONOUN_COUNTS: &[&str] = &[
    "leur nombre",
    "son nombre",
    "le total",
    "their number",
    "its number",
    "the total",
    "عددها",
    "عددهم",
];

/// Words that say a count without naming what is counted ("le nombre et le montant des
/// paiements"): beside a name of an amount, the clause names two kinds.
pub(crate) const COUNT_WORDS: &[&str] = &["nombre", "number", "volume", "volumes", "عدد", "حجم"];

/// Words that name operations in a clause, which may be counted or valued: they make a figure
/// whose unit is left out a count only where the sentence does not write amounts alone.
pub(crate) const OPERATION_NAMES: &[&str] = &[
    "opérations",
    "transactions",
    "operations",
    "العمليات",
    "عمليات",
];

/// Words that name an amount in a clause, for a figure whose unit is left out.
pub(crate) const AMOUNT_NAMES: &[&str] = &[
    "montant",
    "montants",
    "valeur",
    "chiffre d'affaires",
    "value",
    "amount",
    "worth",
    "قيمة",
    "قيمتها",
    "القيمة",
    "مبلغ",
    "المبلغ",
    "مبالغ",
    "المبالغ",
    "رقم المعاملات",
    "رقم معاملات",
];

/// Words after a rate that say what it is a change of, count or value, as a list of rates
/// writes them ("reculé de 2,7 % en nombre et de 4,5 % en montant"). Folded.
pub(crate) const DIMENSIONS: &[&str] = &[
    "en nombre",
    "en volume",
    "en valeur",
    "en montant",
    "in number",
    "in volume",
    "in value",
    "in number terms",
    "in value terms",
    "by number",
    "by value",
    "من حيث العدد",
    "من حيث الحجم",
    "من حيث القيمة",
    "من حيث المبلغ",
];

/// Comparatives right after a number of points that make it a rise in points: "4 points more
/// than in 2023", "4 points de plus qu'en 2023". With what they compare to only: "3 points de
/// plus forte croissance" are places. Folded.
pub(crate) const POINTS_MORE: &[&str] = &["more than", "higher than", "de plus que", "de plus qu'"];

/// Comparatives right after a number of points that make it a fall in points: "2 points less
/// than", "2 points de moins qu'en 2023". Folded.
pub(crate) const POINTS_LESS: &[&str] = &[
    "less than",
    "fewer than",
    "lower than",
    "de moins que",
    "de moins qu'",
];

/// Words that tie a figure whose unit is left out to the one before it: the joins of a range
/// but "et", "and" and "و", and [`AGAINST`].
pub(crate) static TIES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    JOINS
        .iter()
        .copied()
        .filter(|j| !matches!(*j, "et" | "and" | "و"))
        .chain(AGAINST.iter().copied())
        .chain(PART_OF.iter().copied())
        .collect()
});

/// Words of a change before the size of a change: "9,2 milliards de dirhams, en hausse de 1,2
/// milliard", "5,940, an increase of 1,070", "بزيادة قدرها 1,2 مليار". A bare number after them
/// may be a count (`extract::figure_at`); they tie no kind (in a list, "et de 10 à 12 millions
/// d'opérations, en hausse de 1,2 milliard" is of the amounts).
pub(crate) const CHANGE_TIES: &[&str] = &[
    "en hausse de",
    "en baisse de",
    "en progression de",
    "en recul de",
    "en augmentation de",
    "en repli de",
    "soit une hausse de",
    "soit une baisse de",
    "soit un recul de",
    "soit une progression de",
    "soit une augmentation de",
    "an increase of",
    "a rise of",
    "a fall of",
    "a decrease of",
    "a drop of",
    "up",
    "down",
    "بزيادة",
    "بارتفاع",
    "بانخفاض",
    "بتراجع",
    "بزيادة قدرها",
    "بارتفاع قدره",
    "بانخفاض قدره",
    "بتراجع قدره",
];

/// Words that make a figure a part of the one after it, of the same kind: "57,2 millions des
/// 63,5 millions d'opérations", "4.4 million of the 5.9 million cards", "45,2 مليون من أصل 48,6
/// مليون عملية". Among [`TIES`].
pub(crate) const PART_OF: &[&str] = &[
    "des",
    "of the",
    "من أصل",
    "من بين",
    // "9,2 milliards de dirhams, dont 7,4 milliards", "5200 موقع، من بينها 1700 موقع": the part
    // is of the kind of its whole.
    "dont",
    "of which",
    "من بينها",
    "منها",
];

/// Verbs of passing from one level to another, after which "de" opens a range of bare numbers,
/// hedged or not ("est passé de 4 870 à 5 940", "est passé d'environ 2 900 à plus de 4 100";
/// `extract::range_opens`).
pub(crate) const PASSING: &[&str] = &[
    "passé",
    "passée",
    "passés",
    "passées",
    "passant",
    "passe",
    "passent",
    "évolué",
    "évoluant",
];

/// Words that open a range, before its first end.
pub(crate) const OPENS: &[&str] = &[
    "de",
    "d'",
    "from",
    "entre",
    "between",
    "من",
    "بين",
    // "respectivement 45 et 120 millions de dirhams": two amounts.
    "respectivement",
];

/// Currencies written before an amount that is not in dirhams.
pub(crate) const FOREIGN_PREFIXES: &[&str] = &["$", "€", "us$", "usd", "eur"];

/// Dirhams written before an amount.
pub(crate) const DIRHAM_PREFIXES: &[&str] = &["mad", "dh", "dhs"];

/// A list of phrases, as the tries know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum List {
    // Read after a number.
    Percent,
    Points,
    OtherCurrency,
    Dirham,
    Operation,
    Card,
    Merchant,
    Scale,
    ShortScale,
    New,
    Centime,
    OtherNoun,
    Connector,
    Join,
    Tie,
    AfterScaleAlone,
    // Read before a number.
    Hedge,
    Decline,
    Plus,
    Open,
    Adverb,
    ForeignPrefix,
    // The last: `LIST_COUNT` counts up to it.
    DirhamPrefix,
}

/// How many lists there are: one past the last. `Found` keeps one bit per list in a `u32`.
const LIST_COUNT: usize = List::DirhamPrefix as usize + 1;
const _: () = assert!(LIST_COUNT <= 32);

/// For each list, its longest phrase found by one walk: the phrase's index in its list, and
/// where the match ends (forward) or starts (backward), in bytes.
///
/// Positions are kept as distances from where the walk began, which no phrase makes longer
/// than a few dozen bytes, so the whole answer is small to copy.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Found {
    /// Where the walk began.
    origin: usize,
    /// Whether the walk runs backward (positions are then before `origin`).
    backward: bool,
    /// Which lists have a phrase, one bit per list.
    present: u32,
    /// Per list: the phrase's index and its distance from `origin`.
    slots: [(u8, u8); LIST_COUNT],
}

impl Found {
    fn new(origin: usize, backward: bool) -> Found {
        Found {
            origin,
            backward,
            ..Found::default()
        }
    }

    /// The longest phrase of `list` found: its index in the list and its end (forward walk)
    /// or start (backward walk).
    pub(crate) fn get(&self, list: List) -> Option<(usize, usize)> {
        if self.present & (1 << list as u32) == 0 {
            return None;
        }
        let &(index, distance) = self.slots.get(list as usize)?;
        let at = if self.backward {
            self.origin.checked_sub(usize::from(distance))?
        } else {
            self.origin.checked_add(usize::from(distance))?
        };
        Some((usize::from(index), at))
    }

    /// The same answer with the phrases of `list` alone: the others forgotten.
    pub(crate) fn only(mut self, list: List) -> Found {
        self.present &= 1 << list as u32;
        self
    }

    /// Records a phrase `distance` bytes from the origin; a phrase too far away for the small
    /// record is not recorded (no lexicon phrase is that long).
    fn set(&mut self, list: List, index: u8, distance: usize) {
        let (Some(slot), Ok(distance)) =
            (self.slots.get_mut(list as usize), u8::try_from(distance))
        else {
            return;
        };
        *slot = (index, distance);
        self.present |= 1 << list as u32;
    }
}

/// What a trie knows of one node: the phrases that end there (a range of [`Trie::ends`]), and
/// whether the character that leads there is a letter, so that a phrase ending there must not
/// be followed (forward) or preceded (backward) by another letter.
#[derive(Debug, Clone, Copy, Default)]
struct NodeInfo {
    first_end: u32,
    end_count: u32,
    letter: bool,
}

/// A trie over the bytes of the folded phrases of several lists, held as a table: a row per
/// node, a column per class of bytes (the bytes the phrases are written with; every other byte
/// is of class 0, which leads nowhere).
///
/// A walk reads the text's bytes, not its characters: ASCII and the Arabic block (U+0600-06FF,
/// lead bytes 0xD8-0xDB) go straight to the table, since the classes fold ASCII's case (and a
/// tab or line break to a space) and Arabic folds to itself; any other character is decoded,
/// folded, and its folded bytes walked. One step is then a table load per byte: measured on
/// the bench's 1 MiB corpus, the extractor's walks take 17.8 M instructions, against 21.7 M
/// over the characters of a trie whose nodes held their keys sorted.
#[derive(Debug)]
pub(crate) struct Trie {
    /// The table of the phrases' bytes, with what ends at each node.
    trie: ByteTrie<NodeInfo>,
    /// The phrases that end at each node, one node's after another's: their list and their
    /// index in it.
    ends: Vec<(List, u8)>,
}

/// Whether bytes `b0`, `b1` are an Arabic vowel mark or the tatweel ([`scan::is_arabic_mark`]):
/// U+0640, U+064B-065F and U+0670 are D9 80, D9 8B-9F and D9 B0.
#[inline]
fn is_mark_bytes(b0: u8, b1: u8) -> bool {
    b0 == 0xD9 && matches!(b1, 0x80 | 0x8B..=0x9F | 0xB0)
}

/// Whether `b` leads a character of the Arabic block, U+0600-06FF (two bytes).
#[inline]
fn is_arabic_lead(b: u8) -> bool {
    matches!(b, 0xD8..=0xDB)
}

impl Trie {
    /// A trie of `lists`, each phrase spelled forward, or backward when `reversed` (its bytes
    /// in reverse order, as a backward walk meets them).
    fn new(lists: &[(List, &[&'static str])], reversed: bool) -> Trie {
        // The classes fold ASCII's case; the phrases are written folded
        // (`tests::trie_phrases_are_written_folded`).
        let mut trie = Trie {
            trie: ByteTrie::new(
                lists
                    .iter()
                    .flat_map(|&(_, phrases)| phrases.iter().copied()),
            ),
            ends: Vec::new(),
        };
        // The node each phrase ends at, with its list and index, laid out node by node below.
        let mut ends: Vec<(usize, List, u8)> = Vec::new();
        for &(list, phrases) in lists {
            for (index, phrase) in phrases.iter().enumerate() {
                if let Some(node) = trie.add(phrase, reversed)
                    && let Ok(index) = u8::try_from(index)
                {
                    ends.push((node, list, index));
                }
            }
        }
        trie.trie.shrink();
        ends.sort_by_key(|&(node, _, _)| node);
        for &(node, list, index) in &ends {
            let first = u32::try_from(trie.ends.len()).unwrap_or(u32::MAX);
            if let Some(info) = trie.trie.nodes.get_mut(node) {
                if info.end_count == 0 {
                    info.first_end = first;
                }
                info.end_count += 1;
                trie.ends.push((list, index));
            }
        }
        trie
    }

    /// Adds the path of `phrase` (backward when `reversed`), and gives the node it ends at;
    /// `None` when the table holds no more nodes (never for the lexicon:
    /// `tests::tries_fit_their_node_ids`).
    fn add(&mut self, phrase: &str, reversed: bool) -> Option<usize> {
        let mut forward = phrase.char_indices();
        let mut backward = phrase.char_indices().rev();
        let chars: &mut dyn Iterator<Item = (usize, char)> = if reversed {
            &mut backward
        } else {
            &mut forward
        };
        let mut node = 0;
        for (i, c) in chars {
            let bytes = phrase.as_bytes().get(i..i + c.len_utf8())?;
            node = if reversed {
                bytes
                    .iter()
                    .rev()
                    .try_fold(node, |n, &b| self.trie.child_or_new(n, b))
            } else {
                bytes
                    .iter()
                    .try_fold(node, |n, &b| self.trie.child_or_new(n, b))
            }?;
            self.trie.nodes.get_mut(node)?.letter = scan::is_letter(c);
        }
        Some(node)
    }

    /// The node that the character `c`, folded, leads to from `node`, its bytes read forward
    /// or backward: the way of the characters that are neither ASCII nor Arabic.
    #[cold]
    fn next_char(&self, node: usize, c: char, backward: bool) -> Option<usize> {
        let mut buf = [0u8; 4];
        let bytes = scan::fold(c).encode_utf8(&mut buf).as_bytes();
        if backward {
            bytes
                .iter()
                .rev()
                .try_fold(node, |n, &b| self.trie.next(n, b))
        } else {
            bytes.iter().try_fold(node, |n, &b| self.trie.next(n, b))
        }
    }

    /// The phrases that end at `node`, and whether the character leading there is a letter.
    #[inline]
    fn ends_at(&self, node: usize) -> Option<(&[(List, u8)], bool)> {
        let info = self.trie.nodes.get(node)?;
        if info.end_count == 0 {
            return None;
        }
        let first = info.first_end as usize;
        let ends = self.ends.get(first..first + info.end_count as usize)?;
        Some((ends, info.letter))
    }

    /// The longest phrase of each list that starts `rest` as whole words.
    // Inlined, the walk is set up in its caller's frame, and its answer written in place:
    // with `at_end`'s, 0.7 M fewer instructions for the reader on the bench's 1 MiB.
    #[inline]
    pub(crate) fn at_start(&self, rest: &str) -> Found {
        let mut found = Found::new(0, false);
        let bytes = rest.as_bytes();
        let mut node = 0;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let step = if b.is_ascii() {
                i += 1;
                self.trie.next(node, b)
            } else if is_arabic_lead(b) {
                let b1 = bytes.get(i + 1).copied().unwrap_or_default();
                i += 2;
                // Vowel marks and the tatweel are read through: "درهمًا" is "درهما".
                if node != 0 && is_mark_bytes(b, b1) {
                    continue;
                }
                self.trie.next(node, b).and_then(|n| self.trie.next(n, b1))
            } else {
                let Some(c) = rest.get(i..).and_then(|r| r.chars().next()) else {
                    break;
                };
                i += c.len_utf8();
                self.next_char(node, c, false)
            };
            let Some(here) = step else { break };
            node = here;
            let Some((ends, letter)) = self.ends_at(node) else {
                continue;
            };
            let mut end = i;
            // The marks after the last letter belong to the word (all of them start with the
            // byte 0xD9).
            if bytes.get(end) == Some(&0xD9) {
                end += scan::leading_marks(rest.get(end..).unwrap_or_default());
            }
            let whole = !letter
                || !rest
                    .get(end..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(scan::is_letter);
            if whole {
                for &(list, index) in ends {
                    found.set(list, index, end);
                }
            }
        }
        found
    }

    /// The longest phrase of each list that ends `head` as whole words.
    // Inlined: see `at_start`.
    #[inline]
    pub(crate) fn at_end(&self, head: &str) -> Found {
        let mut found = Found::new(head.len(), true);
        let bytes = head.as_bytes();
        let mut node = 0;
        // The walk has read `head[j..]`.
        let mut j = bytes.len();
        while let Some(unread) = bytes.get(..j) {
            // The last byte, and the one before it only where the last is not ASCII (measured:
            // reading both at every step cost the reader 1.0 M instructions on the bench's 1 MiB).
            let step = match unread {
                [] => break,
                [.., b] if b.is_ascii() => {
                    j -= 1;
                    self.trie.next(node, *b)
                }
                [.., lead, b] if is_arabic_lead(*lead) => {
                    j -= 2;
                    // Vowel marks and the tatweel are read through.
                    if is_mark_bytes(*lead, *b) {
                        continue;
                    }
                    self.trie
                        .next(node, *b)
                        .and_then(|n| self.trie.next(n, *lead))
                }
                _ => {
                    let Some(c) = head.get(..j).and_then(|h| h.chars().next_back()) else {
                        break;
                    };
                    j -= c.len_utf8();
                    self.next_char(node, c, true)
                }
            };
            let Some(here) = step else { break };
            node = here;
            let Some((ends, letter)) = self.ends_at(node) else {
                continue;
            };
            if !letter || scan::word_boundary_before(head.get(..j).unwrap_or_default()) {
                for &(list, index) in ends {
                    found.set(list, index, head.len() - j);
                }
            }
        }
        found
    }
}

/// The phrases read after a number.
pub(crate) static AFTER: std::sync::LazyLock<Trie> = std::sync::LazyLock::new(|| {
    let scales: Vec<&'static str> = SCALES.iter().map(|(w, _)| *w).collect();
    let short_scales: Vec<&'static str> = SHORT_SCALES.iter().map(|(w, _)| *w).collect();
    let dirhams: Vec<&'static str> = DIRHAMS.iter().map(|(w, _)| *w).collect();
    Trie::new(
        &[
            (List::Percent, PERCENT),
            (List::Points, POINTS),
            (List::OtherCurrency, OTHER_CURRENCIES),
            (List::Dirham, &dirhams),
            (List::Operation, OPERATIONS),
            (List::Card, CARDS),
            (List::Merchant, MERCHANTS),
            (List::Scale, &scales),
            (List::ShortScale, &short_scales),
            (List::New, NEW_WORDS),
            (List::Centime, CENTIMES),
            (List::OtherNoun, OTHER_NOUNS),
            (List::Connector, CONNECTORS),
            (List::Join, JOINS),
            (List::Tie, &TIES),
            (List::AfterScaleAlone, AFTER_SCALE_ALONE),
        ],
        false,
    )
});

/// The phrases read before a number.
pub(crate) static BEFORE: std::sync::LazyLock<Trie> = std::sync::LazyLock::new(|| {
    let hedges: Vec<&'static str> = HEDGES.iter().map(|(w, _)| *w).collect();
    Trie::new(
        &[
            (List::Hedge, &hedges),
            (List::Decline, DECLINES),
            (List::Plus, PLUS_WORDS),
            (List::Open, OPENS),
            (List::Adverb, HEDGE_ADVERBS),
            (List::ForeignPrefix, FOREIGN_PREFIXES),
            (List::DirhamPrefix, DIRHAM_PREFIXES),
        ],
        true,
    )
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    fn guess(text: &str) -> Option<Language> {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or_default();
        language_near(text, at)
    }

    /// The Arabic verbs of reaching read before a subject are verbs of [`REACH`] itself.
    #[test]
    fn arabic_verbs_of_reaching_are_of_reach() {
        for w in REACH_VERBS_AR {
            assert!(REACH.contains(w), "{w}");
        }
    }

    /// `extract::counted_noun` looks at the first byte of the words after a noun of operations
    /// before comparing them with [`WITHDRAWALS`]: "d", "o", or the lead byte of "ا" and "س".
    #[test]
    fn withdrawals_start_with_the_bytes_looked_at() {
        for w in WITHDRAWALS {
            assert!(
                matches!(w.as_bytes().first(), Some(b'd' | b'o' | 0xD8)),
                "{w}"
            );
            assert_eq!(*w, w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn the_language_of_a_sentence() {
        assert_eq!(
            guess("le volume a atteint 2,458 milliards"),
            Some(Language::French)
        );
        assert_eq!(guess("2,458 milliards"), Some(Language::French));
        assert_eq!(
            guess("بلغ رقم المعاملات 2,458 مليار درهم"),
            Some(Language::Arabic)
        );
        assert_eq!(
            guess("payments reached 1,250 million in the year"),
            Some(Language::English)
        );
        assert_eq!(guess("2,5 bn"), Some(Language::English));
        // Shared words, or none at all, do not tell.
        assert_eq!(guess("1,250 million"), None);
        assert_eq!(guess("1,250 million dirhams"), None);
        assert_eq!(guess("1,250"), None);
        // Only the sentence of the number counts.
        assert_eq!(
            guess(
                "The figures of the year were published. Les paiements: 1,250 million de dirhams"
            ),
            Some(Language::French)
        );
        // A French word in an Arabic sentence does not make it French.
        assert_eq!(
            guess("أعلن CMI أن المعاملات بلغت 1,250 مليار درهم"),
            Some(Language::Arabic)
        );
    }

    #[test]
    fn the_guess_is_bounded_and_safe_at_any_place() {
        let text = format!("{} 1,250 milliard {}", "é".repeat(500), "x".repeat(500));
        for at in 0..=text.len() {
            let _ = language_near(&text, at);
        }
        assert_eq!(language_near("", 0), None);
        assert_eq!(language_near("abc", 10), None);
    }

    type Lists = Vec<(List, Vec<&'static str>)>;

    /// Every list, as the tries read them: those read after a number, then those before.
    fn lists() -> (Lists, Lists) {
        let after = vec![
            (List::Percent, PERCENT.to_vec()),
            (List::Points, POINTS.to_vec()),
            (List::OtherCurrency, OTHER_CURRENCIES.to_vec()),
            (List::Dirham, DIRHAMS.iter().map(|(w, _)| *w).collect()),
            (List::Operation, OPERATIONS.to_vec()),
            (List::Card, CARDS.to_vec()),
            (List::Merchant, MERCHANTS.to_vec()),
            (List::Scale, SCALES.iter().map(|(w, _)| *w).collect()),
            (
                List::ShortScale,
                SHORT_SCALES.iter().map(|(w, _)| *w).collect(),
            ),
            (List::New, NEW_WORDS.to_vec()),
            (List::Centime, CENTIMES.to_vec()),
            (List::OtherNoun, OTHER_NOUNS.to_vec()),
            (List::Connector, CONNECTORS.to_vec()),
            (List::Join, JOINS.to_vec()),
            (List::Tie, TIES.to_vec()),
            (List::AfterScaleAlone, AFTER_SCALE_ALONE.to_vec()),
        ];
        let before = vec![
            (List::Hedge, HEDGES.iter().map(|(w, _)| *w).collect()),
            (List::Decline, DECLINES.to_vec()),
            (List::Plus, PLUS_WORDS.to_vec()),
            (List::Open, OPENS.to_vec()),
            (List::Adverb, HEDGE_ADVERBS.to_vec()),
            (List::ForeignPrefix, FOREIGN_PREFIXES.to_vec()),
            (List::DirhamPrefix, DIRHAM_PREFIXES.to_vec()),
        ];
        (after, before)
    }

    /// Both tries answer on `s` as a plain search of each list does.
    fn agree(s: &str, after: &Lists, before: &Lists) -> Result<(), String> {
        let forward = AFTER.at_start(s);
        for (list, words) in after {
            let plain = scan::match_start(s, words.iter().copied());
            if forward.get(*list) != plain {
                return Err(format!(
                    "{s:?} {list:?}: {:?} != {plain:?}",
                    forward.get(*list)
                ));
            }
        }
        let backward = BEFORE.at_end(s);
        for (list, words) in before {
            let plain = scan::match_end(s, words.iter().copied());
            if backward.get(*list) != plain {
                return Err(format!(
                    "{s:?} {list:?}: {:?} != {plain:?}",
                    backward.get(*list)
                ));
            }
        }
        Ok(())
    }

    /// The byte classes of a trie fold ASCII for the text only: the phrases themselves must be
    /// written folded (lower case, `'` for `’`, plain spaces).
    #[test]
    fn trie_phrases_are_written_folded() {
        let (after, before) = lists();
        for (list, words) in after.iter().chain(&before) {
            for w in words {
                assert!(w.chars().all(|c| scan::fold(c) == c), "{list:?} {w:?}");
            }
        }
    }

    /// Node ids are `u16`: both tries stay well under that.
    #[test]
    fn tries_fit_their_node_ids() {
        for trie in [&*AFTER, &*BEFORE] {
            assert!(
                trie.trie.nodes.len() < usize::from(u16::MAX) / 2,
                "{}",
                trie.trie.nodes.len()
            );
        }
    }

    /// A hedge that lets a bare number be a count is one the reader reads as a hedge.
    #[test]
    fn reach_hedges_are_hedges() {
        for w in REACH_HEDGES {
            assert!(HEDGES.iter().any(|(h, _)| h == w), "{w}");
        }
    }

    /// The trie finds, for every list, what a plain search of that list finds.
    #[test]
    fn tries_agree_with_plain_search() {
        let (after, before) = lists();
        let (after, before) = (&after, &before);
        let mut samples: Vec<String> = Vec::new();
        for (_, list) in after.iter().chain(before) {
            for w in list {
                for s in [
                    (*w).to_owned(),
                    w.to_uppercase(),
                    format!("{w} x"),
                    format!("{w}x"),
                    format!("x{w}"),
                    format!("x {w}"),
                    format!("و{w} 5"),
                    format!("5 و{w}"),
                    format!("{w}’s"),
                ] {
                    samples.push(s);
                }
            }
        }
        for s in &samples {
            assert_eq!(agree(s, after, before), Ok(()));
        }
    }

    proptest::proptest! {
        /// On texts made of lexicon phrases, their pieces, and glue (spaces, letters, marks,
        /// upper case), the tries still agree with the plain search.
        #[test]
        fn tries_agree_on_phrase_mixes(
            picks in proptest::collection::vec((0usize..1000, 0usize..4, 0usize..8), 1..4),
        ) {
            let (after, before) = lists();
            let all: Vec<&str> = after.iter().chain(&before).flat_map(|(_, w)| w.iter().copied()).collect();
            let glue = [" ", "", "x", "و", "\u{A0}", "’", ".", "É", "\u{64B}", "\u{640}", "وب"];
            let mut text = String::new();
            for (word, cut, g) in picks {
                let w = all.get(word % all.len()).copied().unwrap_or_default();
                // Sometimes only the start of the phrase, cut at a character.
                let piece: String = match cut {
                    0 => w.chars().take(w.chars().count() / 2).collect(),
                    1 => w.to_uppercase(),
                    _ => w.to_owned(),
                };
                text.push_str(&piece);
                text.push_str(glue.get(g).copied().unwrap_or(" "));
            }
            for (i, _) in text.char_indices() {
                let (head, rest) = text.split_at(i);
                proptest::prop_assert_eq!(agree(rest, &after, &before), Ok(()));
                proptest::prop_assert_eq!(agree(head, &after, &before), Ok(()));
            }
        }
    }
}
