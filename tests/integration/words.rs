//! Numbers written in words and in parts: a composer writes them in French, English and Arabic
//! from random parts, and the reader must read each back with its value, kind and precision.
//! Every sentence is our own.

use morocco_ecommerce::FigureKind;
use morocco_ecommerce::text::extract;
use proptest::prelude::*;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    French,
    English,
    Arabic,
}

const FR_UNITS: [&str; 17] = [
    "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];
const FR_TENS: [&str; 7] = [
    "",
    "",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
];

/// French words for 1..=99.
fn fr_below_100(n: u32) -> String {
    match n {
        0 => String::new(),
        1..=16 => FR_UNITS[n as usize].to_owned(),
        17..=19 => format!("dix-{}", FR_UNITS[(n - 10) as usize]),
        20..=69 => {
            let (t, u) = (n / 10, n % 10);
            match u {
                0 => FR_TENS[t as usize].to_owned(),
                1 => format!("{} et un", FR_TENS[t as usize]),
                _ => format!("{}-{}", FR_TENS[t as usize], FR_UNITS[u as usize]),
            }
        }
        70..=79 => match n {
            71 => "soixante et onze".to_owned(),
            _ => format!("soixante-{}", fr_below_100(n - 60)),
        },
        80 => "quatre-vingts".to_owned(),
        _ => format!("quatre-vingt-{}", fr_below_100(n - 80)),
    }
}

/// French words for 1..=999; `cents` writes the plural of "cent" when nothing follows it.
fn fr_below_1000(n: u32, cents: bool) -> String {
    let (h, rest) = (n / 100, n % 100);
    let hundreds = match h {
        0 => String::new(),
        1 => "cent".to_owned(),
        _ if rest == 0 && cents => format!("{} cents", FR_UNITS[h as usize]),
        _ => format!("{} cent", FR_UNITS[h as usize]),
    };
    match (hundreds.is_empty(), rest) {
        (true, _) => fr_below_100(rest),
        (false, 0) => hundreds,
        (false, _) => format!("{hundreds} {}", fr_below_100(rest)),
    }
}

const EN_UNITS: [&str; 20] = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const EN_TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn en_below_1000(n: u32, and: bool) -> String {
    let (h, rest) = (n / 100, n % 100);
    let rest_words = match rest {
        0 => String::new(),
        1..=19 => EN_UNITS[rest as usize].to_owned(),
        _ if rest % 10 == 0 => EN_TENS[(rest / 10) as usize].to_owned(),
        _ => format!(
            "{}-{}",
            EN_TENS[(rest / 10) as usize],
            EN_UNITS[(rest % 10) as usize]
        ),
    };
    match (h, rest) {
        (0, _) => rest_words,
        (_, 0) => format!("{} hundred", EN_UNITS[h as usize]),
        _ if and => format!("{} hundred and {rest_words}", EN_UNITS[h as usize]),
        _ => format!("{} hundred {rest_words}", EN_UNITS[h as usize]),
    }
}

const AR_UNITS: [&str; 11] = [
    "",
    "واحد",
    "اثنان",
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
    "عشرة",
];
const AR_TENS: [&str; 10] = [
    "",
    "",
    "عشرون",
    "ثلاثون",
    "أربعون",
    "خمسون",
    "ستون",
    "سبعون",
    "ثمانون",
    "تسعون",
];
const AR_HUNDREDS: [&str; 10] = [
    "",
    "مائة",
    "مائتان",
    "ثلاثمائة",
    "أربعمائة",
    "خمسمائة",
    "ستمائة",
    "سبعمائة",
    "ثمانمائة",
    "تسعمائة",
];

fn ar_below_1000(n: u32) -> String {
    let (h, rest) = (n / 100, n % 100);
    let rest_words = match rest {
        0 => String::new(),
        1..=10 => AR_UNITS[rest as usize].to_owned(),
        11 => "أحد عشر".to_owned(),
        12 => "اثنا عشر".to_owned(),
        13..=19 => format!("{} عشر", AR_UNITS[(rest - 10) as usize]),
        _ if rest % 10 == 0 => AR_TENS[(rest / 10) as usize].to_owned(),
        _ => format!(
            "{} و{}",
            AR_UNITS[(rest % 10) as usize],
            AR_TENS[(rest / 10) as usize]
        ),
    };
    match (h, rest) {
        (0, _) => rest_words,
        (_, 0) => AR_HUNDREDS[h as usize].to_owned(),
        _ => format!("{} و{rest_words}", AR_HUNDREDS[h as usize]),
    }
}

/// The scale word for `power` after a count `n`, as each press writes it.
fn scale_word(lang: Lang, power: u32, n: u32) -> &'static str {
    match (lang, power) {
        (Lang::French, 9) if n > 1 => "milliards",
        (Lang::French, 9) => "milliard",
        (Lang::French, 6) if n > 1 => "millions",
        (Lang::French | Lang::English, 6) => "million",
        (Lang::French, _) => "mille",
        (Lang::English, 9) => "billion",
        (Lang::English, _) => "thousand",
        (Lang::Arabic, 9) if (3..=10).contains(&n) => "ملايير",
        (Lang::Arabic, 6) if (3..=10).contains(&n) => "ملايين",
        (Lang::Arabic, _) if (3..=10).contains(&n) => "آلاف",
        (Lang::Arabic, 9) if (11..=99).contains(&n) => "مليارا",
        (Lang::Arabic, 6) if (11..=99).contains(&n) => "مليونا",
        (Lang::Arabic, _) if (11..=99).contains(&n) => "ألفا",
        (Lang::Arabic, 9) => "مليار",
        (Lang::Arabic, 6) => "مليون",
        (Lang::Arabic, _) => "ألف",
    }
}

/// The precision of a count written in words: the largest power of ten up to 100 dividing it.
fn words_precision(n: u32) -> u32 {
    if n.is_multiple_of(100) {
        100
    } else if n.is_multiple_of(10) {
        10
    } else {
        1
    }
}

fn pow10(p: u32) -> Decimal {
    Decimal::from(10u64.pow(p))
}

/// One part of a composed number: a count (1..=999), the power of its scale word, and whether
/// the count is written in digits.
#[derive(Debug, Clone, Copy)]
struct Part {
    count: u32,
    power: u32,
    digits: bool,
}

/// Writes the count of a part in `lang`, with its scale word; `first` for the first part.
fn write_part(lang: Lang, part: Part, first: bool, style: bool) -> String {
    let Part {
        count,
        power,
        digits,
    } = part;
    let scale = scale_word(lang, power, count);
    let joined = |s: String| {
        if first || lang != Lang::Arabic {
            s
        } else {
            format!("و{s}")
        }
    };
    if digits {
        return joined(format!("{count} {scale}"));
    }
    match lang {
        Lang::French if count == 1 && power == 3 => "mille".to_owned(),
        Lang::French => format!("{} {scale}", fr_below_1000(count, power > 3)),
        Lang::English if count == 1 && style && first => format!("a {scale}"),
        Lang::English => format!("{} {scale}", en_below_1000(count, style)),
        // One of a scale word, in Arabic, is the word alone; two is the dual.
        Lang::Arabic if count == 1 => joined(scale.to_owned()),
        Lang::Arabic if count == 2 => joined(
            match power {
                9 => "ملياران",
                6 => "مليونان",
                _ => "ألفان",
            }
            .to_owned(),
        ),
        Lang::Arabic => joined(format!("{} {scale}", ar_below_1000(count))),
    }
}

fn unit(lang: Lang, kind: FigureKind) -> &'static str {
    match (lang, kind) {
        (Lang::French, FigureKind::AmountMad) => "de dirhams",
        (Lang::French, _) => "d'opérations",
        (Lang::English, FigureKind::AmountMad) => "dirhams",
        (Lang::English, _) => "transactions",
        (Lang::Arabic, FigureKind::AmountMad) => "درهم",
        (Lang::Arabic, _) => "عملية",
    }
}

/// A sentence of the press around a number.
fn sentence(lang: Lang, number: &str) -> String {
    match lang {
        Lang::French => format!("Sur l'année, le CMI a recensé {number} en ligne."),
        Lang::English => format!("Over the year, the CMI processed {number} online."),
        Lang::Arabic => format!("خلال السنة، سجل المركز {number} عبر الإنترنت."),
    }
}

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(vec![Lang::French, Lang::English, Lang::Arabic])
}

fn kind() -> impl Strategy<Value = FigureKind> {
    prop::sample::select(vec![FigureKind::AmountMad, FigureKind::Transactions])
}

/// Reads `text` and checks its one figure.
fn read_back(
    text: &str,
    kind: FigureKind,
    value: Decimal,
    precision: Decimal,
) -> Result<(), TestCaseError> {
    let figures = extract(text);
    prop_assert_eq!(figures.len(), 1, "{}: {:?}", text, figures);
    let f = &figures[0];
    prop_assert_eq!(f.kind(), kind, "{}", text);
    prop_assert_eq!(f.value(), value.normalize(), "{}", text);
    prop_assert_eq!(f.precision(), precision.normalize(), "{}", text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Any number the composer writes from parts (counts in words or digits under decreasing
    /// scale words, and perhaps a last part with no scale word) is read back exactly, with the
    /// precision of its last part.
    #[test]
    fn composed_numbers_read_back(
        lang in lang(),
        kind in kind(),
        scales in prop::sample::subsequence(vec![9u32, 6, 3], 1..=3),
        counts in prop::collection::vec((1u32..=999, any::<bool>()), 3),
        tail in prop::option::of((1u32..=999, any::<bool>())),
        style in any::<bool>(),
    ) {
        let parts: Vec<Part> = scales
            .iter()
            .zip(&counts)
            .map(|(&power, &(count, digits))| Part { count, power, digits })
            .collect();
        let mut words: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(i, &p)| write_part(lang, p, i == 0, style))
            .collect();
        let mut value: Decimal = parts.iter().map(|p| Decimal::from(p.count) * pow10(p.power)).sum();
        let last = parts[parts.len() - 1];
        let mut precision = if last.digits || lang == Lang::Arabic && last.count <= 2 {
            pow10(last.power)
        } else {
            Decimal::from(words_precision(last.count)) * pow10(last.power)
        };
        // A last part with no scale word, below the last scale: "و305".
        if let Some((n, digits)) = tail.filter(|_| last.power == 3) {
            let written = match (digits, lang) {
                (true, Lang::Arabic) => format!("و{n}"),
                (true, _) => n.to_string(),
                (false, Lang::French) => fr_below_1000(n, true),
                (false, Lang::English) => en_below_1000(n, style),
                (false, Lang::Arabic) => format!("و{}", ar_below_1000(n)),
            };
            words.push(written);
            value += Decimal::from(n);
            precision = if digits { Decimal::ONE } else { Decimal::from(words_precision(n)) };
        }
        let number = words.join(" ");
        // French writes "de" after a scale word, not after a last part with no scale word.
        let unit = match (lang, kind, tail.is_some() && last.power == 3) {
            (Lang::French, FigureKind::AmountMad, true) => "dirhams",
            (Lang::French, _, true) => "opérations",
            _ => unit(lang, kind),
        };
        let text = sentence(lang, &format!("{number} {unit}"));
        read_back(&text, kind, value, precision)?;
    }

    /// A half, before a scale word or after it, is read with the precision of half the scale.
    #[test]
    fn halves_read_back(
        lang in lang(),
        kind in kind(),
        power in prop::sample::select(vec![9u32, 6, 3]),
        count in 0u32..=20,
        style in any::<bool>(),
    ) {
        let half = Decimal::new(5, 1) * pow10(power);
        let scale = scale_word(lang, power, count.max(1));
        let number = match (lang, count) {
            (Lang::French, 0) if power > 3 => format!("un demi-{}", scale_word(lang, power, 1)),
            (Lang::French, 0) => return Ok(()),
            (Lang::French, _) => format!("{} {scale} et demi", if count == 1 && power == 3 { String::new() } else { fr_below_1000(count, true) }).trim().to_owned(),
            (Lang::English, 0) if style => format!("half a {scale}"),
            (Lang::English, 0) => format!("a half {scale}"),
            (Lang::English, _) => format!("{} and a half {scale}", en_below_1000(count, false)),
            (Lang::Arabic, 0) => format!("نصف {}", scale_word(lang, power, 1)),
            (Lang::Arabic, 1) => format!("{scale} ونصف"),
            (Lang::Arabic, _) => format!("{} {scale} ونصف", ar_below_1000(count)),
        };
        let text = sentence(lang, &format!("{number} {}", unit(lang, kind)));
        let value = Decimal::from(count) * pow10(power) + half;
        read_back(&text, kind, value, half)?;
    }

    /// The Arabic dual, with or without the sukun: two of its scale.
    #[test]
    fn duals_read_back(
        kind in kind(),
        word in prop::sample::select(vec![
            ("ملياري", 9u32), ("مليارين", 9), ("ملياران", 9), ("مليونين", 6), ("مليوني", 6),
            ("ألفي", 3), ("ألفين", 3),
        ]),
        sukun in any::<bool>(),
    ) {
        let (word, power) = word;
        let written = if sukun && word.ends_with('ي') { format!("{word}\u{652}") } else { word.to_owned() };
        let text = sentence(Lang::Arabic, &format!("{written} {}", unit(Lang::Arabic, kind)));
        read_back(&text, kind, Decimal::TWO * pow10(power), pow10(power))?;
    }
}

#[test]
fn the_composer_writes_press_numbers() {
    assert_eq!(fr_below_1000(97, true), "quatre-vingt-dix-sept");
    assert_eq!(fr_below_1000(71, true), "soixante et onze");
    assert_eq!(fr_below_1000(200, true), "deux cents");
    assert_eq!(fr_below_1000(381, true), "trois cent quatre-vingt-un");
    assert_eq!(en_below_1000(125, true), "one hundred and twenty-five");
    assert_eq!(ar_below_1000(325), "ثلاثمائة وخمسة وعشرون");
    assert_eq!(ar_below_1000(13), "ثلاثة عشر");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// An invisible character anywhere in a number in words or parts never yields a figure with
    /// another value: the number is read through it, or left out.
    #[test]
    fn an_invisible_character_never_changes_a_word_value(
        case in prop::sample::select(vec![
            ("soit quatre-vingt-dix-sept millions de dirhams", "97000000"),
            ("soit deux millions trois cent mille opérations", "2300000"),
            ("soit un demi-milliard de dirhams", "500000000"),
            ("soit deux milliards et demi de dirhams", "2500000000"),
            ("soit 2 milliards 300 millions de dirhams", "2300000000"),
            ("soit 1 million 200 000 opérations", "1200000"),
            ("the CMI processed two hundred and fifty-five million transactions", "255000000"),
            ("nearly half a billion dirhams", "500000000"),
            ("بلغ عدد العمليات 4 ملايين و417 ألفا و305 عمليات", "4417305"),
            ("بلغت المعاملات ثلاثمائة وخمسة وعشرين مليون درهم", "325000000"),
            ("بلغت المعاملات مليار ونصف درهم", "1500000000"),
            ("بلغت المعاملات ملياري درهم", "2000000000"),
            ("بلغت المعاملات مليار و200 مليون درهم", "1200000000"),
        ]),
        at in 0usize..200,
        invisible in prop::sample::select(vec![
            '\u{AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{200E}', '\u{200F}',
            '\u{61C}', '\u{FEFF}', '\0',
        ]),
    ) {
        let (text, value) = case;
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let i = boundaries[at % boundaries.len()];
        let mut changed = text.to_owned();
        changed.insert(i, invisible);
        let value: Decimal = value.parse().unwrap();
        for f in extract(&changed) {
            prop_assert_eq!(f.value(), value, "{:?}: {:?}", changed, f);
        }
        prop_assert_eq!(extract(text).len(), 1, "{}", text);
    }
}
