//! Reading figures from press text, and writing them back. Every sentence here is our own,
//! written in the style of the press.

use morocco_ecommerce::text::{Language, TextFigure, extract, format_figure};
use morocco_ecommerce::{FigureKind, Qualifier, Rounding};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse()
        .unwrap_or_else(|e| panic!("{s:?} is not a decimal literal: {e}"))
}

/// (text as written, kind, value, precision, qualifier) for each figure found.
fn read(text: &str) -> Vec<(String, FigureKind, Decimal, Decimal, Qualifier)> {
    extract(text)
        .into_iter()
        .map(|f| {
            assert_eq!(&text[f.start..f.end], f.text, "span and text agree");
            let (kind, value, precision, qualifier) =
                (f.kind(), f.value(), f.precision(), f.qualifier());
            (f.text, kind, value, precision, qualifier)
        })
        .collect()
}

fn one(text: &str) -> TextFigure {
    let figures = extract(text);
    assert_eq!(figures.len(), 1, "{text}: {figures:?}");
    figures.into_iter().next().unwrap()
}

#[test]
fn french_sentence() {
    let text = "En 2014, les paiements en ligne ont atteint 1,95 million d'opérations, contre 1,67 million un an plus tôt, soit une hausse de 16 %.";
    let found = read(text);
    assert_eq!(
        found,
        [
            (
                "1,95 million d'opérations".into(),
                FigureKind::Transactions,
                d("1950000"),
                d("10000"),
                Qualifier::Exact
            ),
            (
                "1,67 million".into(),
                FigureKind::Transactions,
                d("1670000"),
                d("10000"),
                Qualifier::Exact
            ),
            (
                "16 %".into(),
                FigureKind::Percent,
                d("16"),
                d("1"),
                Qualifier::Exact
            ),
        ]
    );
}

#[test]
fn arabic_sentence() {
    let text = "بلغ رقم المعاملات أكثر من 1,05 مليار درهم سنة 2014، بعد أن كان في حدود 910 مليون درهم، أي بزيادة 14,9 في المائة.";
    let found = read(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].1, FigureKind::AmountMad);
    assert_eq!(found[0].2, d("1050000000"));
    assert_eq!(found[0].3, d("10000000"));
    assert_eq!(found[0].4, Qualifier::MoreThan);
    assert_eq!(found[1].2, d("910000000"));
    assert_eq!(found[1].4, Qualifier::About);
    assert_eq!(found[2].1, FigureKind::Percent);
    assert_eq!(found[2].2, d("14.9"));
    assert_eq!(found[2].3, d("0.1"));
}

#[test]
fn english_sentence() {
    let text = "Card payments online reached MAD 1.05 billion in 2014, up about 15%, from nearly 910 million dirhams; over 2.1 million operations were processed.";
    let found = read(text);
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(
        (found[0].1, found[0].2),
        (FigureKind::AmountMad, d("1050000000"))
    );
    assert_eq!(found[0].0, "MAD 1.05 billion");
    assert_eq!((found[1].2, found[1].4), (d("15"), Qualifier::About));
    assert_eq!((found[2].2, found[2].4), (d("910000000"), Qualifier::About));
    assert_eq!(
        (found[3].1, found[3].2, found[3].4),
        (FigureKind::Transactions, d("2100000"), Qualifier::MoreThan)
    );
}

/// The reference cases, `tests/data/figures-in-text.tsv`: one text a row with the one figure
/// read from it (kind, value, precision, qualifier), or `none`. Every failing row is named by its
/// line; a missing file or one without rows fails too.
#[test]
fn reference_cases() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/figures-in-text.tsv"
    );
    let table = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = table
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line))
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty());
    let (_, header) = lines.next().unwrap_or_else(|| panic!("{path}: no header"));
    assert_eq!(
        header, "text\tkind\tvalue\tprecision\tqualifier",
        "{path}: the header"
    );
    let mut rows = 0;
    let mut failures = Vec::new();
    for (line, row) in lines {
        rows += 1;
        let fields: Vec<&str> = row.split('\t').collect();
        let [text, kind, value, precision, qualifier] = fields[..] else {
            failures.push(format!(
                "line {line}: 5 fields expected, found {}",
                fields.len()
            ));
            continue;
        };
        let text = unescape(text);
        let figures = extract(&text);
        if let Some(f) = figures
            .iter()
            .find(|f| text.get(f.start..f.end) != Some(f.text.as_str()))
        {
            failures.push(format!(
                "line {line}: {text:?}: span and text disagree in {f:?}"
            ));
        }
        let found: Vec<(&str, Decimal, Decimal, &str)> = figures
            .iter()
            .map(|f| {
                (
                    f.kind().as_str(),
                    f.value(),
                    f.precision(),
                    f.qualifier().as_str(),
                )
            })
            .collect();
        let expected = if kind == "none" {
            Vec::new()
        } else {
            vec![(kind, d(value), d(precision), qualifier)]
        };
        if found != expected {
            failures.push(format!(
                "line {line}: {text:?}: expected {expected:?}, read {found:?}"
            ));
        }
    }
    assert!(rows > 0, "{path}: no cases");
    assert!(
        failures.is_empty(),
        "{path}: {} of {rows} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A text of the reference table, with each `\u{...}` replaced by its character.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let end = after
            .find('}')
            .unwrap_or_else(|| panic!("{text:?}: \\u{{ without }}"));
        let code = u32::from_str_radix(&after[..end], 16)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or_else(|| panic!("{text:?}: {:?} is not a character code", &after[..end]));
        out.push(code);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn unescape_reads_character_codes() {
    assert_eq!(unescape("1\\u{A0}945 %"), "1\u{A0}945 %");
    assert_eq!(unescape("\\u{202F}"), "\u{202F}");
    assert_eq!(unescape("plain"), "plain");
}

#[test]
fn a_dual_scale_word_after_a_digit() {
    assert_eq!(one("سجلت 2 مليونين عملية").value(), d("2000000"));
}

#[test]
fn a_fall_word_is_kept_as_context() {
    let fall = one("le nombre d'opérations a régressé de 21,5% sur la période");
    assert_eq!(fall.value(), d("-21.5"));
    assert!(fall.context_start.is_some());
}

#[test]
fn figures_convert_for_the_checker() {
    let f = one("plus de 1,05 milliard de dirhams");
    let range = f.range(morocco_ecommerce::Assumption::default()).unwrap();
    assert_eq!(range.to_string(), "(1050000000, +inf)");
    assert_eq!(f.figure.precision(), d("10000000"));
}

#[test]
fn multi_megabyte_input_is_read_in_one_pass() {
    let sentence = "Le CMI a traité plus de 2,1 millions d'opérations pour 1,2 milliard de dirhams, soit +16 %. \
                    بلغ رقم المعاملات 1,05 مليار درهم، بزيادة 14,9 في المائة. Up 4% to MAD 1.05 billion. ";
    let text = sentence.repeat(4 * 1024 * 1024 / sentence.len());
    assert!(text.len() > 4_000_000);
    let figures = extract(&text);
    assert_eq!(figures.len(), 7 * (4 * 1024 * 1024 / sentence.len()));
    // Hostile shapes: a long run of digits, of separators, of spaces.
    let digits = "9".repeat(3_000_000);
    assert!(extract(&digits).is_empty());
    let dots = "1.".repeat(1_000_000);
    let _ = extract(&dots);
    let spaced = format!("{} 16 %", " ".repeat(2_000_000));
    assert_eq!(extract(&spaced).len(), 1);
    // Every figure asks the language of its sentence, which is looked for in a bounded window.
    let unsure = "les paiements ont atteint 1,250 milliard de dirhams et ".repeat(20_000);
    assert_eq!(extract(&unsure).len(), 20_000);
    let one_sentence = format!("{}.", "1,250 ".repeat(200_000));
    assert!(extract(&one_sentence).is_empty());
}

fn language() -> impl Strategy<Value = Language> {
    prop::sample::select(Language::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Writing a figure and reading it back gives the same value, kind and precision.
    #[test]
    fn format_then_extract(
        mantissa in 0u64..100_000_000_000,
        exponent in -3i32..=9,
        kind in prop::sample::select(vec![FigureKind::Transactions, FigureKind::AmountMad, FigureKind::Percent, FigureKind::PercentagePoints, FigureKind::Cards, FigureKind::Merchants]),
        language in language(),
        negative in any::<bool>(),
    ) {
        let (exponent, value) = match kind {
            FigureKind::Percent | FigureKind::PercentagePoints => {
                let e = exponent.clamp(-3, 0);
                let mut m = mantissa % 100_000;
                if kind == FigureKind::PercentagePoints {
                    // At most 100 points.
                    m %= 100 * 10u64.pow(e.unsigned_abs()) + 1;
                }
                let v = Decimal::new(i64::try_from(m).unwrap(), 0) * pow10(e);
                (e, if negative { -v } else { v })
            }
            FigureKind::Transactions | FigureKind::Cards | FigureKind::Merchants => {
                let e = exponent.max(0);
                (e, Decimal::from(mantissa % 10_000_000) * pow10(e))
            }
            _ => {
                let e = exponent.max(-2);
                (e, Decimal::from(mantissa % 10_000_000) * pow10(e))
            }
        };
        let precision = pow10(exponent);
        let text = match format_figure(value, kind, precision, language, Rounding::HalfEven) {
            Ok(t) => t,
            // Counts and amounts too small for a scale word cannot carry a coarse precision.
            Err(_) => return Ok(()),
        };
        let figures = extract(&text);
        prop_assert_eq!(figures.len(), 1, "{}", text);
        let f = &figures[0];
        prop_assert_eq!(f.kind(), kind, "{}", text);
        prop_assert_eq!(f.value(), value.normalize(), "{}", text);
        prop_assert_eq!(f.precision(), precision.normalize(), "{}", text);
        prop_assert_eq!(&f.text, &text);
    }

    /// Any text at all: no panic, and every figure's span is a real slice of the text.
    #[test]
    fn never_panics(text in any::<String>()) {
        for f in extract(&text) {
            prop_assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
        }
    }

    #[test]
    fn never_panics_on_press_alphabet(
        parts in prop::collection::vec(prop::sample::select(vec![
            "1", "٩", "۵", ",", ".", "٫", "٬", "ر", " ", "\u{A0}", "\u{202F}", "%", "٪", "million", "مليون",
            "مليار", "درهم", "DH", "MAD", "MMDH", "de ", "d'", "plus de ", "أكثر من ", "في المائة", "-", "+",
            "سنتيم", "euros", "€", "opérations", "عملية", "ناقص ", "baisse de ", "\n", "é", "ا",
            "points", "نقطة", "«", "»", "\"", "contre ", "مقابل ", "\u{64B}", "\u{640}", "وب", ". ",
            "le nombre d'opérations ", "قيمة ",
        ]), 0..60)
    ) {
        let text: String = parts.concat();
        for f in extract(&text) {
            prop_assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
            prop_assert!(f.precision() > Decimal::ZERO);
        }
    }
}

/// The invisible formatting characters of issue 13, which a number is read through.
const INVISIBLES: [char; 8] = [
    '\u{AD}', '\u{200B}', '\u{200C}', '\u{2060}', '\u{200E}', '\u{200F}', '\u{61C}', '\0',
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// An invisible character inserted anywhere inside a number that `format_figure` wrote, or
    /// right before or after it, never yields a figure of another value or kind: the figure is
    /// read as written, or not at all.
    #[test]
    fn an_invisible_character_never_changes_a_value(
        mantissa in 0u64..100_000_000_000,
        exponent in -2i32..=9,
        kind in prop::sample::select(vec![FigureKind::Transactions, FigureKind::AmountMad, FigureKind::Percent, FigureKind::PercentagePoints, FigureKind::Cards, FigureKind::Merchants]),
        language in language(),
        invisible in prop::sample::select(INVISIBLES.to_vec()),
        place in any::<prop::sample::Index>(),
        count in 1usize..=2,
    ) {
        let (exponent, value) = if kind.is_signed() {
            let e = exponent.clamp(-2, 0);
            let mut m = mantissa % 100_000;
            if kind == FigureKind::PercentagePoints {
                m %= 100 * 10u64.pow(e.unsigned_abs()) + 1;
            }
            (e, Decimal::new(i64::try_from(m).unwrap(), 0) * pow10(e))
        } else {
            // Amounts may have centimes; counts are whole.
            let e = exponent.max(if kind == FigureKind::AmountMad { -2 } else { 0 });
            (e, Decimal::from(mantissa % 10_000_000) * pow10(e))
        };
        let precision = pow10(exponent);
        let Ok(text) = format_figure(value, kind, precision, language, Rounding::HalfEven) else {
            return Ok(());
        };
        // The number: from its first digit to its last, and every place from just before it to
        // just after it.
        let is_digit = |c: char| c.is_ascii_digit();
        let first = text.find(is_digit).unwrap();
        let last = text.rfind(is_digit).unwrap() + 1;
        let places: Vec<usize> = (first..=last).filter(|&i| text.is_char_boundary(i)).collect();
        let at = places[place.index(places.len())];
        let mut spoiled = text.clone();
        for _ in 0..count {
            spoiled.insert(at, invisible);
        }
        for f in extract(&spoiled) {
            prop_assert_eq!(f.value(), value.normalize(), "{:?} read from {:?}", f, spoiled);
            prop_assert_eq!(f.kind(), kind, "{:?} read from {:?}", f, spoiled);
        }
    }
}

#[test]
fn a_range_under_one_scale_word_reads_both_ends_by_the_language() {
    let fr = read("le volume est passé de 1,875 à 2,458 milliards de dirhams");
    assert_eq!(fr.len(), 2, "{fr:?}");
    assert_eq!((fr[0].1, fr[0].2), (FigureKind::AmountMad, d("1875000000")));
    assert_eq!(fr[1].2, d("2458000000"));
    let ar = read("ارتفعت المعاملات من 1,875 إلى 2,458 مليار درهم");
    assert_eq!(ar.len(), 2, "{ar:?}");
    assert_eq!((ar[0].2, ar[1].2), (d("1875000000"), d("2458000000")));
    let en = read("payments rose from 1,875 to 2,458 million dirhams in the year");
    assert_eq!(en.len(), 2, "{en:?}");
    assert_eq!((en[0].2, en[1].2), (d("1875000000"), d("2458000000")));
    assert_eq!(en[0].3, d("1000000"));
}

#[test]
fn invisible_characters_inside_press_numbers() {
    for (text, value) in [
        ("1\u{AD}950\u{AD}000 opérations", "1950000"),
        ("\u{200F}16 في المائة", "16"),
        ("MAD \u{200E}1.05 billion", "1050000000"),
        ("1,05\u{2060} مليار درهم", "1050000000"),
    ] {
        assert_eq!(one(text).value(), d(value), "{text:?}");
    }
    assert_eq!(
        one("MAD \u{200E}1.05 billion").kind(),
        FigureKind::AmountMad
    );
}

fn pow10(e: i32) -> Decimal {
    if e >= 0 {
        Decimal::from_i128_with_scale(10i128.pow(e.unsigned_abs()), 0)
    } else {
        Decimal::new(1, e.unsigned_abs())
    }
}

#[test]
fn a_bare_number_shares_the_unit_of_the_next() {
    let found = read("passées de 1,67 à 1,95 million d'opérations");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].2, found[0].3),
        ("1,67", d("1670000"), d("10000"))
    );
    assert_eq!(found[1].2, d("1950000"));
    let ar = read("من 1,67 إلى 1,95 مليون عملية");
    assert_eq!(ar.len(), 2);
    assert_eq!(ar[0].2, d("1670000"));
    let pct = read("between 15 and 17%");
    assert_eq!((pct[0].1, pct[0].2), (FigureKind::Percent, d("15")));
    // A number without a unit and without a next figure is still nobody's: see the `none` rows of
    // tests/data/figures-in-text.tsv.
}

/// Issue 13, units left out: the figure a tie word joins to a figure with its unit takes that
/// figure's kind; else the quantity its clause names; else dirhams in a sentence of amounts with
/// no count; else operations.
#[test]
fn a_unit_left_out_is_the_one_the_sentence_ties_the_figure_to() {
    let cases: [(&str, &[(FigureKind, &str)]); 23] = [
        (
            "Les paiements ont atteint 9,2 milliards de dirhams contre 7,4 milliards un an plus tôt.",
            &[
                (FigureKind::AmountMad, "9200000000"),
                (FigureKind::AmountMad, "7400000000"),
            ],
        ),
        (
            "Le montant est passé de 94,1 millions de DH à 170,3 millions.",
            &[
                (FigureKind::AmountMad, "94100000"),
                (FigureKind::AmountMad, "170300000"),
            ],
        ),
        (
            "Les paiements ont totalisé 9,2 milliards de dirhams en 2015, contre 7,4 milliards en 2014.",
            &[
                (FigureKind::AmountMad, "9200000000"),
                (FigureKind::AmountMad, "7400000000"),
            ],
        ),
        (
            "Card payments reached MAD 9.2 billion, against 7.4 billion a year earlier.",
            &[
                (FigureKind::AmountMad, "9200000000"),
                (FigureKind::AmountMad, "7400000000"),
            ],
        ),
        (
            "Payments rose to 2.4 million operations versus 1.9 million.",
            &[
                (FigureKind::Transactions, "2400000"),
                (FigureKind::Transactions, "1900000"),
            ],
        ),
        (
            "بلغت قيمة المعاملات 840 مليون درهم مقابل حوالي 500 مليون سنة 2014.",
            &[
                (FigureKind::AmountMad, "840000000"),
                (FigureKind::AmountMad, "500000000"),
            ],
        ),
        (
            "ارتفعت القيمة من 94,1 مليون درهم إلى 170,3 مليون.",
            &[
                (FigureKind::AmountMad, "94100000"),
                (FigureKind::AmountMad, "170300000"),
            ],
        ),
        // The from-to frame with the unit written nowhere: the clause names the quantity.
        (
            "Le montant des paiements est passé de 148,2 à 166 millions.",
            &[
                (FigureKind::AmountMad, "148200000"),
                (FigureKind::AmountMad, "166000000"),
            ],
        ),
        (
            "Le nombre d'opérations a atteint 12 millions contre 10 millions.",
            &[
                (FigureKind::Transactions, "12000000"),
                (FigureKind::Transactions, "10000000"),
            ],
        ),
        (
            "ارتفعت قيمة الأداءات من 148,2 إلى 166 مليون.",
            &[
                (FigureKind::AmountMad, "148200000"),
                (FigureKind::AmountMad, "166000000"),
            ],
        ),
        (
            "The value of card payments rose from 148.2 to 166 million.",
            &[
                (FigureKind::AmountMad, "148200000"),
                (FigureKind::AmountMad, "166000000"),
            ],
        ),
        // A sentence of amounts, with no tie word.
        (
            "Sur 1,2 milliard de dirhams de paiements, les cartes marocaines ont réglé 1,14 milliard.",
            &[
                (FigureKind::AmountMad, "1200000000"),
                (FigureKind::AmountMad, "1140000000"),
            ],
        ),
        // Operations are named: the amount written later does not make them dirhams.
        (
            "Les opérations sont passées de 1,24 million à 1,55 million et leur valeur de 600 millions à 690 millions de dirhams.",
            &[
                (FigureKind::Transactions, "1240000"),
                (FigureKind::Transactions, "1550000"),
                (FigureKind::AmountMad, "600000000"),
                (FigureKind::AmountMad, "690000000"),
            ],
        ),
        // A bare number tied to a count, or in a clause that names one.
        (
            "Le CMI a traité 2 millions d'opérations contre 1 850 000 un an plus tôt.",
            &[
                (FigureKind::Transactions, "2000000"),
                (FigureKind::Transactions, "1850000"),
            ],
        ),
        (
            "Le nombre de transactions est passé à 512 300 en 2014, contre 420 000 un an plus tôt.",
            &[
                (FigureKind::Transactions, "512300"),
                (FigureKind::Transactions, "420000"),
            ],
        ),
        // A bare number tied to an amount is left out: the scale may be missing too.
        (
            "Les paiements ont atteint 9,2 milliards de dirhams contre 7 400 000.",
            &[(FigureKind::AmountMad, "9200000000")],
        ),
        // Another sentence does not tie, and this one says nothing of what it counts.
        (
            "Les paiements ont atteint 9,2 milliards de dirhams. Le CMI compte 7,4 millions.",
            &[(FigureKind::AmountMad, "9200000000")],
        ),
        // A count of cards or of merchant sites named by its clause.
        (
            "Le nombre de cartes en circulation a atteint 15,6 millions à fin 2016.",
            &[(FigureKind::Cards, "15600000")],
        ),
        (
            "ووصل عدد البطاقات إلى 15,6 مليون.",
            &[(FigureKind::Cards, "15600000")],
        ),
        (
            "The number of cards in circulation reached 15.6 million at end-2016.",
            &[(FigureKind::Cards, "15600000")],
        ),
        // A bare number is read after a word of reaching ("à"), or as the start of a range of
        // bare numbers ("de 1 200 à").
        (
            "Le nombre de sites marchands affiliés est passé de 1 200 à 1 850.",
            &[
                (FigureKind::Merchants, "1200"),
                (FigureKind::Merchants, "1850"),
            ],
        ),
        // "respectivement" opens a list whose last member writes the unit.
        (
            "Les deux réseaux ont traité respectivement 45 et 120 millions de dirhams.",
            &[
                (FigureKind::AmountMad, "45000000"),
                (FigureKind::AmountMad, "120000000"),
            ],
        ),
        // The one kind the sentence writes with its unit.
        (
            "Out of 1.5 million operations, 1.2 million were paid by card.",
            &[
                (FigureKind::Transactions, "1500000"),
                (FigureKind::Transactions, "1200000"),
            ],
        ),
    ];
    for (text, expected) in cases {
        let found: Vec<(FigureKind, Decimal)> = extract(text)
            .iter()
            .map(|f| (f.kind(), f.value()))
            .collect();
        let expected: Vec<(FigureKind, Decimal)> =
            expected.iter().map(|&(k, v)| (k, d(v))).collect();
        assert_eq!(found, expected, "{text}");
    }
    // The figure keeps the mark of a unit left out.
    let f = &extract("9,2 milliards de dirhams contre 7,4 milliards")[1];
    assert!(f.unit_implied);
    assert_eq!(f.text, "7,4 milliards");
}

/// Issue 13, units left out, with numbers in words: a number in words whose unit is left out
/// takes its kind from a tie, its clause or its sentence, and a number in digits may take its
/// kind from a number in words; but the default (a count) is never given to a number in words.
#[test]
fn a_unit_left_out_reaches_numbers_in_words() {
    /// Kind, value, precision and hedge of one figure expected.
    type Expected = (FigureKind, &'static str, &'static str, Qualifier);
    let cases: [(&str, &[Expected]); 8] = [
        (
            "Les paiements ont atteint six milliards de dirhams contre 7,4 milliards un an plus tôt.",
            &[
                (
                    FigureKind::AmountMad,
                    "6000000000",
                    "1000000000",
                    Qualifier::Exact,
                ),
                (
                    FigureKind::AmountMad,
                    "7400000000",
                    "100000000",
                    Qualifier::Exact,
                ),
            ],
        ),
        (
            "Le montant a atteint 840 millions de dirhams, contre un demi-milliard en 2019.",
            &[
                (
                    FigureKind::AmountMad,
                    "840000000",
                    "1000000",
                    Qualifier::Exact,
                ),
                (
                    FigureKind::AmountMad,
                    "500000000",
                    "500000000",
                    Qualifier::Exact,
                ),
            ],
        ),
        (
            "بلغت قيمة الأداءات 840 مليون درهم مقابل حوالي نصف مليار قبل سنة.",
            &[
                (
                    FigureKind::AmountMad,
                    "840000000",
                    "1000000",
                    Qualifier::Exact,
                ),
                (
                    FigureKind::AmountMad,
                    "500000000",
                    "500000000",
                    Qualifier::About,
                ),
            ],
        ),
        (
            "Card payments reached MAD 2.4 billion, against two billion a year earlier.",
            &[
                (
                    FigureKind::AmountMad,
                    "2400000000",
                    "100000000",
                    Qualifier::Exact,
                ),
                (
                    FigureKind::AmountMad,
                    "2000000000",
                    "1000000000",
                    Qualifier::Exact,
                ),
            ],
        ),
        (
            "Le nombre d'opérations a atteint 2,1 millions contre deux millions en 2013.",
            &[
                (
                    FigureKind::Transactions,
                    "2100000",
                    "100000",
                    Qualifier::Exact,
                ),
                (
                    FigureKind::Transactions,
                    "2000000",
                    "1000000",
                    Qualifier::Exact,
                ),
            ],
        ),
        (
            "ارتفع عدد العمليات إلى 5,6 ملايين عملية مقابل ثلاثة ملايين في السنة السابقة.",
            &[
                (
                    FigureKind::Transactions,
                    "5600000",
                    "100000",
                    Qualifier::Exact,
                ),
                (
                    FigureKind::Transactions,
                    "3000000",
                    "1000000",
                    Qualifier::Exact,
                ),
            ],
        ),
        // Nothing gives it a kind but the default: left out.
        ("Il y a eu deux milliards.", &[]),
        // "et" is no tie, and the sentence writes a count and an amount: left out.
        (
            "Le CMI a traité 9,2 milliards de dirhams contre 3 millions d'opérations et deux milliards.",
            &[
                (
                    FigureKind::AmountMad,
                    "9200000000",
                    "100000000",
                    Qualifier::Exact,
                ),
                (
                    FigureKind::Transactions,
                    "3000000",
                    "1000000",
                    Qualifier::Exact,
                ),
            ],
        ),
    ];
    for (text, expected) in cases {
        let found: Vec<(FigureKind, Decimal, Decimal, Qualifier)> = extract(text)
            .iter()
            .map(|f| (f.kind(), f.value(), f.precision(), f.qualifier()))
            .collect();
        let expected: Vec<(FigureKind, Decimal, Decimal, Qualifier)> = expected
            .iter()
            .map(|&(k, v, p, q)| (k, d(v), d(p), q))
            .collect();
        assert_eq!(found, expected, "{text}");
    }
    // Tied to an amount on one side and a count on the other: left out.
    let both =
        extract("soit 9,2 milliards de dirhams contre un milliard contre 3 millions d'opérations");
    assert!(both.iter().all(|f| f.text != "un milliard"), "{both:?}");
}

/// Where the tie is not sure, the figure whose unit is left out is not given another kind by a
/// guess: tied to a count on one side and an amount on the other, it is left out; a clause that
/// names both quantities decides nothing.
#[test]
fn a_unit_left_out_is_not_guessed() {
    let both = extract(
        "soit 9,2 milliards de dirhams contre 7,4 milliards contre 3 millions d'opérations",
    );
    assert!(both.iter().all(|f| f.text != "7,4 milliards"), "{both:?}");
    // "et" is no tie, and the sentence writes a count and an amount: nothing says which the
    // figure is, and it is left out.
    let and = extract(
        "Le CMI a traité 9,2 milliards de dirhams contre 3 millions d'opérations et 7,4 milliards.",
    );
    assert_eq!(and.len(), 2, "{and:?}");
    // Nor is a figure whose sentence says nothing of what it counts given the kind of a count.
    let alone = extract("Le CMI compte 7,4 millions.");
    assert!(alone.is_empty(), "{alone:?}");
    // The clause names a count of something not ours: left out, in each language.
    for text in [
        "Le nombre de commandes passées en ligne a dépassé 3 millions en 2015.",
        "The number of internet users topped 20 million.",
        "وبلغ عدد الحسابات البنكية 10 ملايين.",
    ] {
        let found = extract(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // "Les transactions" may be their value: in a sentence of amounts that names no amount,
    // the figure is left out rather than read as a count or guessed an amount.
    let value = extract(
        "Les transactions ont atteint 7,4 milliards en 2014 et 9,2 milliards de dirhams en 2015.",
    );
    assert_eq!(value.len(), 1, "{value:?}");
    assert_eq!(value[0].kind(), FigureKind::AmountMad);
    // With a count named by its word, the count holds.
    let count =
        extract("Le nombre de transactions a atteint 7,4 millions, pour 9,2 milliards de dirhams.");
    assert_eq!(count.len(), 2, "{count:?}");
    assert_eq!(count[0].kind(), FigureKind::Transactions);
    // A clause naming a count and an amount: no decision from the names, nor from a sentence
    // that writes no unit: left out.
    let named = extract("Le nombre d'opérations et leur montant ont atteint 12 millions.");
    assert!(named.is_empty(), "{named:?}");
}

/// "Il avait atteint 7,4 milliards un an plus tôt": a pronoun and a verb in the pluperfect, with
/// no figure before it in its sentence, give the earlier value of what the sentence before
/// measured, as "Il était de" does.
#[test]
fn the_earlier_value_in_the_pluperfect_takes_the_kind_of_the_sentence_before() {
    for text in [
        "Le montant a atteint 9,2 milliards de dirhams en 2024. Il avait atteint 7,4 milliards un \
         an plus tôt.",
        "The amount reached MAD 9.2 billion in 2024. It had reached 7.4 billion a year earlier.",
        "بلغ المبلغ 9,2 مليار درهم سنة 2024. وكان قد بلغ 7,4 مليار في السنة السابقة.",
        "Le CMI a traité 48,6 millions d'opérations. Elles avaient atteint 41,2 millions en 2023.",
    ] {
        let found = extract(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1].kind(), found[0].kind(), "{text}: {found:?}");
        assert!(found[1].unit_implied, "{text}");
    }
    // Another subject: not the earlier value of the sentence before.
    let other = extract(
        "Le montant a atteint 9,2 milliards de dirhams en 2024. Les retraits avaient atteint 7,4 \
         milliards.",
    );
    assert_eq!(other.len(), 1, "{other:?}");
}

/// "sites" after a number are merchant sites when the clause names them, and a percentage
/// between the name and the number does not cut the clause.
#[test]
fn sites_after_a_clause_that_names_merchants_online() {
    for text in [
        "Le nombre de commerçants en ligne a progressé de 15 % pour s'établir à 5 820 sites.",
        "ارتفع عدد التجار الذين يقبلون الأداء عبر الإنترنت بـ15 في المائة إلى 5820 موقعا.",
        "The number of merchants accepting online payment rose 15% to 5,820 sites.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1].1, FigureKind::Merchants, "{text}");
        assert_eq!(found[1].2, d("5820"), "{text}");
    }
    // Another number between the name and "sites" cuts the clause.
    let cut = read("Le nombre de sites marchands a atteint 1 850, sur 4 000 sites recensés.");
    assert_eq!(cut.len(), 1, "{cut:?}");
}

/// A bare number after a count by a pronoun ("portant leur nombre à", "bringing the total to",
/// "ليرتفع عددها إلى") counts what its sentence counted before.
#[test]
fn a_count_by_a_pronoun_counts_what_the_sentence_counted() {
    for text in [
        "Au total, 425 sites marchands ont rejoint la plateforme, portant leur nombre à plus de \
         6 500.",
        "A total of 425 merchant sites joined the platform, bringing the total to over 6,500.",
        "انضم 425 موقعا تجاريا إلى المنصة، ليرتفع عددها إلى 6500.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1].1, FigureKind::Merchants, "{text}");
        assert_eq!(found[1].2, d("6500"), "{text}");
    }
    // Two kinds counted before: nothing says which.
    let two = read(
        "Le CMI a traité 2 millions d'opérations et 3 200 sites marchands, portant leur nombre à \
         2 400 000.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
}

/// A list tied to a list pairs term by term: a term whose unit is left out takes no kind from
/// the figure beside the tie, nor from the one kind written before it, when the list before
/// the tie has a term the reader left out or the figure itself opens a list.
#[test]
fn a_term_of_a_list_tied_to_a_list_is_not_given_its_neighbours_kind() {
    for text in [
        "Online transactions rose to 20.1 million and MAD 6.3 billion, from 17.6 million and \
         MAD 5.1 billion.",
        "Online transactions rose to 20.1 million and MAD 6.3 billion, from 17.6 million.",
        "Online transactions rose to 20.1 million and 6.3 billion dirhams, from 17.6 million and \
         5.1 billion dirhams.",
        "Les paiements ont atteint 20,1 millions et 6,3 milliards de dirhams, contre 17,6 \
         millions et 5,1 milliards de dirhams.",
        "Les paiements ont atteint 2,1 millions et 6,3 milliards de dirhams, contre 5,1 milliards.",
    ] {
        let found = extract(text);
        assert!(
            found.iter().all(|f| !f.unit_implied),
            "{text}: a figure whose unit is left out was given one: {found:?}"
        );
        assert!(
            found.iter().all(|f| f.kind() == FigureKind::AmountMad),
            "{text}: {found:?}"
        );
    }
    // Lists of one length: each term whose unit is left out takes the kind of the term in its
    // place in the other list, when that one has its unit.
    for (text, value, kind) in [
        (
            "Value and volume reached MAD 6.1 billion and 14.6 million transactions \
             respectively, compared with MAD 4.9 billion and 12.2 million a year earlier.",
            "12200000",
            FigureKind::Transactions,
        ),
        (
            "Les opérations ont atteint 61,2 millions d'opérations et 19,8 milliards de dirhams, \
             contre 52,4 millions d'opérations et 16,9 milliards.",
            "16900000000",
            FigureKind::AmountMad,
        ),
        (
            "بلغ عدد العمليات وقيمتها 14,6 مليون عملية و6,1 مليار درهم، مقابل 12,2 مليون عملية \
             و4,9 مليار.",
            "4900000000",
            FigureKind::AmountMad,
        ),
        // The names before the lists, in order, give the terms their kinds
        // (`lists_named_in_order_give_each_term_its_kind`).
        (
            "Le montant et le nombre des opérations ont atteint respectivement 6,1 milliards de \
             dirhams et 14,6 millions, contre 4,9 milliards de dirhams et 12,2 millions un an \
             plus tôt.",
            "12200000",
            FigureKind::Transactions,
        ),
    ] {
        let found = extract(text);
        let f = found.iter().find(|f| f.value() == d(value));
        assert_eq!(f.map(TextFigure::kind), Some(kind), "{text}: {found:?}");
    }
    // One figure on each side of the tie, no list: the tie gives the kind.
    let tied = extract("Online payments reached MAD 6.3 billion, from 5.1 billion a year earlier.");
    assert_eq!(tied.len(), 2, "{tied:?}");
    assert_eq!(tied[1].kind(), FigureKind::AmountMad);
    assert_eq!(tied[1].value(), d("5100000000"));
}

/// Two rates joined by "et", "and" or "و" share the unit written after the second, and the
/// word of a fall written before the first: "down 3 and 5 percent" are two falls.
#[test]
fn two_rates_in_a_list_share_their_unit_and_their_direction() {
    for (text, first, second) in [
        ("des baisses respectives de 3 et 5 % en valeur", "-3", "-5"),
        ("تراجعا بنسبتي 3 و5 في المائة على التوالي", "-3", "-5"),
        ("with falls of 3 and 5 percent", "-3", "-5"),
        ("down 3 and 5 percent on the year", "-3", "-5"),
        ("بنسبتي 15,5 و12,9 في المائة على التوالي", "15.5", "12.9"),
        ("rises of 15.5 and 12.9 percent", "15.5", "12.9"),
        (
            "des hausses de 15,5 et 12,9 % respectivement",
            "15.5",
            "12.9",
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(
            found.iter().all(|f| f.1 == FigureKind::Percent),
            "{text}: {found:?}"
        );
        assert_eq!((found[0].2, found[1].2), (d(first), d(second)), "{text}");
    }
    // A sign or a word of its own keeps the second rate's direction; a number that is no
    // second term is not read as a rate.
    for (text, values) in [
        ("down 3 and up 5 percent", vec!["5"]),
        ("en baisse de 3 et +5 %", vec!["5"]),
        ("Le nombre a crû de 3 et la valeur de 12,9 %", vec!["12.9"]),
        ("en 2014 et 12,9 %", vec!["12.9"]),
    ] {
        let found: Vec<Decimal> = read(text).into_iter().map(|f| f.2).collect();
        let values: Vec<Decimal> = values.into_iter().map(d).collect();
        assert_eq!(found, values, "{text}");
    }
}

/// Issue 13: "passée de 14,2 % à 23,8 %" are two shares, and "+9,6 points" a difference of them.
#[test]
fn percentages_of_percentages() {
    let found =
        read("La part des cartes étrangères est passée de 14,2 % à 23,8 %, soit +9,6 points.");
    let kinds: Vec<(FigureKind, Decimal)> = found.iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(
        kinds,
        [
            (FigureKind::Percent, d("14.2")),
            (FigureKind::Percent, d("23.8")),
            (FigureKind::PercentagePoints, d("9.6")),
        ]
    );
    let ar = read(
        "ارتفعت حصة البطاقات الأجنبية من 14,2 في المائة إلى 23,8 في المائة، أي بزيادة 9,6 نقطة.",
    );
    assert_eq!(ar.len(), 3, "{ar:?}");
    assert_eq!((ar[2].1, ar[2].2), (FigureKind::PercentagePoints, d("9.6")));
}

/// Units left out are read in linear time: one sentence of many figures whose unit is left out,
/// tied to each other or not, and many bare numbers. Each shape, 16 times longer, takes about 16
/// times as long, not 256: a ratio of two runs in the same process, not an absolute bound that a
/// loaded machine can break.
#[test]
fn units_left_out_in_linear_time() {
    use std::time::{Duration, Instant};
    fn timed(text: &str) -> (Duration, Vec<TextFigure>) {
        let start = Instant::now();
        let found = extract(text);
        (start.elapsed(), found)
    }
    // (head, repeated unit, kind of every figure, how many figures 48 000 units give: the
    // noun of the second shape names only the figures near it, the others are left out).
    let shapes: [(&str, &str, FigureKind, Option<usize>); 3] = [
        (
            "9,2 milliards de dirhams",
            " contre 7,4 milliards",
            FigureKind::AmountMad,
            Some(48_001),
        ),
        (
            "Le nombre d'opérations",
            " a atteint 12 millions et",
            FigureKind::Transactions,
            None,
        ),
        (
            "",
            "le nombre de transactions est passé à 512 300 en 2014, ",
            FigureKind::Transactions,
            Some(48_000),
        ),
    ];
    for (head, unit, kind, count) in shapes {
        let (small, _) = timed(&format!("{head}{}", unit.repeat(3_000)));
        let (large, found) = timed(&format!("{head}{}", unit.repeat(48_000)));
        assert!(!found.is_empty(), "{unit}");
        if let Some(count) = count {
            assert_eq!(found.len(), count, "{unit}");
        }
        assert!(found.iter().all(|f| f.kind() == kind), "{unit}");
        // Linear is 16x; allow noise, refuse anything near quadratic.
        assert!(
            large < small * 64,
            "{unit}: 3000 copies {small:?}, 48000 copies {large:?}"
        );
    }
}

/// Issue 13: "over" right after a percentage compares ("up 25% over 1.2 billion in 2014"); it
/// bounds a figure elsewhere ("over 2 billion dirhams").
#[test]
fn over_after_a_percentage_compares() {
    let found = read("Payments were up 25% over 1.2 billion dirhams in 2014.");
    let hedges: Vec<Qualifier> = found.iter().map(|f| f.4).collect();
    assert_eq!(hedges, [Qualifier::Exact, Qualifier::Exact], "{found:?}");
    let bound = read("Payments reached over 2 billion dirhams last year.");
    assert_eq!(bound.len(), 1);
    assert_eq!(bound[0].4, Qualifier::MoreThan);
}

/// A currency written before the number keeps the scale word after it, whatever word follows
/// the scale word: "MAD 2.7 billion of the ..." was read as 2.7 dirhams.
#[test]
fn a_currency_written_first_keeps_the_scale_word_after_the_number() {
    let b = |x: &str| d(x) * d("1000000000");
    for (text, values) in [
        (
            "Foreign cards settled MAD 2.7 billion of the MAD 9.8 billion spent on local sites.",
            vec![b("2.7"), b("9.8")],
        ),
        (
            "Online spending came to MAD 9.8 billion, of which MAD 1.4 billion on travel sites.",
            vec![b("9.8"), b("1.4")],
        ),
        (
            "Spending reached MAD 3 billion thanks to tourists.",
            vec![b("3")],
        ),
    ] {
        let found = read(text);
        let got: Vec<Decimal> = found.iter().map(|f| f.2).collect();
        assert_eq!(got, values, "{text}: {found:?}");
        assert!(
            found.iter().all(|f| f.1 == FigureKind::AmountMad),
            "{found:?}"
        );
    }
    // Another currency after the scale word leaves the figure out.
    assert!(extract("MAD 2 billion euros").is_empty());
}

/// "X et Y ..., contre A et B": the tie joins two lists term by term. A figure of the second
/// list is not given the kind of the term beside the tie (a count read as dirhams), and the
/// terms after "respectivement" share no unit when each has its own scale word.
#[test]
fn a_tie_between_two_lists_gives_no_kind_across_them() {
    for text in [
        "Les paiements ont atteint 38,6 millions et 11,3 milliards de dirhams, contre 33,1 \
         millions et 9,7 milliards un an plus tôt.",
        "Les paiements ont atteint respectivement 38,6 millions et 11,3 milliards de dirhams, \
         contre 33,1 millions et 9,7 milliards un an plus tôt.",
        "Volumes and values reached 38.6 million and 11.3 billion dirhams, against 33.1 million \
         and 9.7 billion a year earlier.",
    ] {
        let found = read(text);
        for (written, kind, ..) in &found {
            assert!(
                !(written.starts_with("38") || written.starts_with("33")),
                "{text}: {written} read as {kind:?}: {found:?}"
            );
        }
        assert!(
            found
                .iter()
                .any(|f| f.0.starts_with("11,3") || f.0.starts_with("11.3")),
            "{found:?}"
        );
    }
    // A tie to a figure that stands alone still gives its kind.
    let one = read("Le parc atteint 19,4 millions de cartes à fin 2024, contre 18,2 millions.");
    assert_eq!(one.len(), 2, "{one:?}");
    assert_eq!(one[1].1, FigureKind::Cards);
}

/// That each text gives exactly its figures, in order: each starts with the text given and
/// has the kind given.
fn reads_as(cases: &[(&str, &[(&str, FigureKind)])]) {
    for (text, expected) in cases {
        let found = read(text);
        assert_eq!(found.len(), expected.len(), "{text}: {found:?}");
        for ((written, kind, ..), (start, expected_kind)) in found.iter().zip(expected.iter()) {
            assert!(
                written.starts_with(start),
                "{text}: {written} for {start}: {found:?}"
            );
            assert_eq!(kind, expected_kind, "{text}: {written}: {found:?}");
        }
    }
}

/// A list of figures whose sentence names its quantities before it, joined the same way and in
/// the same order ("Le nombre et le montant des paiements ont atteint 38,6 millions et 11,3
/// milliards de dirhams"), gives each term whose unit is left out the kind named in its place,
/// when the terms written with their unit agree with the names; a list tied to it by "contre"
/// is read the same way. Names that disagree with a written unit, or that name a count of
/// something else, give nothing.
#[test]
fn lists_named_in_order_give_each_term_its_kind() {
    use FigureKind::{AmountMad as A, Cards as K, Percent as P, Transactions as T};
    reads_as(&[
        (
            "Le nombre et le montant des paiements ont atteint 38,6 millions et 11,3 milliards de \
             dirhams, contre 33,1 millions et 9,7 milliards un an plus tôt.",
            &[
                ("38,6 millions", T),
                ("11,3", A),
                ("33,1 millions", T),
                ("9,7 milliards", A),
            ][..],
        ),
        (
            "Le nombre d'opérations et le montant ont progressé respectivement de 11 % et de 9 %, \
             pour s'établir à 16,8 millions et 5,9 milliards de DH.",
            &[("11 %", P), ("9 %", P), ("16,8 millions", T), ("5,9", A)],
        ),
        (
            "The number and value of card payments reached 9.4 million and MAD 3.1 billion \
             respectively.",
            &[("9.4 million", T), ("MAD 3.1", A)],
        ),
        (
            "وبلغ عدد ومبلغ العمليات 12,4 مليون و4,1 مليار درهم على التوالي.",
            &[("12,4 مليون", T), ("4,1", A)],
        ),
        (
            "Le nombre de cartes et le montant des retraits ont atteint 17,9 millions et 8,2 \
             milliards de dirhams.",
            &[("17,9 millions", K), ("8,2", A)],
        ),
        // Not in order: the written unit says the names are not the terms' (the count is left
        // out, and the amount keeps its own unit).
        (
            "Le montant et le nombre des paiements ont atteint 38,6 millions et 11,3 milliards de \
             dirhams.",
            &[("11,3", A)],
        ),
        // "to B1 and B2, from A1 and A2": the start word joins the lists.
        (
            "The number and value of payments rose 22% and 35%, respectively, to 3.66 million \
             and MAD 1.35 billion, from 3 million and MAD 1.2 billion.",
            &[
                ("22%", P),
                ("35%", P),
                ("3.66 million", T),
                ("MAD 1.35", A),
                ("3 million", T),
                ("MAD 1.2", A),
            ],
        ),
        // Names before an earlier list are that list's, not the next one's.
        (
            "Le nombre de cartes et le montant des retraits ont atteint 17,9 millions et 8,2 \
             milliards de dirhams, tandis que les paiements ont atteint 4,1 millions et 1,2 \
             milliard de dirhams.",
            &[("17,9 millions", K), ("8,2", A), ("1,2", A)],
        ),
        // A count of something else among the names.
        (
            "Le nombre d'abonnés et le montant ont atteint 2,1 millions et 3,4 milliards de \
             dirhams.",
            &[("3,4", A)],
        ),
    ]);
}

/// "en nombre", "in number", "من حيث العدد" after a rate name a count: the figures of the pair
/// that follows, their unit left out, are counts; "en valeur" beside it keeps its amounts.
#[test]
fn a_rate_in_number_names_a_count() {
    use FigureKind::{AmountMad as A, Percent as P, Transactions as T};
    reads_as(&[
        (
            "Online payments grew 12% in number (from 6.5 million to 7.28 million) and 9% in value \
             (from MAD 2.2 billion to MAD 2.4 billion).",
            &[
                ("12%", P),
                ("6.5", T),
                ("7.28", T),
                ("9%", P),
                ("MAD 2.2", A),
                ("MAD 2.4", A),
            ][..],
        ),
        (
            "Les paiements ont progressé de 14 % en nombre, de 5,6 millions à 6,38 millions.",
            &[("14 %", P), ("5,6", T), ("6,38", T)],
        ),
        (
            "وارتفعت الأداءات بنسبة 8 في المائة من حيث العدد، من 3,1 مليون إلى 3,35 مليون.",
            &[("8 في المائة", P), ("3,1", T), ("3,35", T)],
        ),
    ]);
}

/// The word "sites" alone, "موقع", "موقعا", after a number tied to one whose clause names
/// merchant sites ("مقابل", "contre", "من بينها", perhaps after a date) counts merchant sites
/// too; a part after "dont", "of which", "منها" is of the kind of its whole, and a month may
/// stand between two tied figures. Sites that no clause names as merchant sites stay left out.
#[test]
fn a_tie_carries_merchant_sites_and_parts() {
    use FigureKind::{AmountMad as A, Merchants as M, Percent as P, Transactions as T};
    reads_as(&[
        (
            "وانتقل عدد المواقع التجارية إلى 3420 موقعا نهاية مارس، مقابل 2980 موقعا قبل سنة.",
            &[("3420", M), ("2980", M)][..],
        ),
        (
            "وارتفع عدد المواقع التجارية بنسبة 2ر14 في المائة ليبلغ 3420 موقعا، مقابل 2995 موقعا.",
            &[("2ر14", P), ("3420", M), ("2995", M)],
        ),
        (
            "وبلغ عدد المواقع التجارية 5200 موقع، من بينها 1700 موقع للخدمات.",
            &[("5200", M), ("1700", M)],
        ),
        // A month that ends in "ر" before the year: no wire notation ("5ر17") with the year.
        (
            "وبلغ عدد المواقع التجارية 7300 موقع متم دجنبر 2024، مقابل 6100 موقع سنة قبل ذلك.",
            &[("7300", M), ("6100", M)],
        ),
        (
            "وبلغ عدد المواقع التجارية 7300 موقع متم أكتوبر 2024، مقابل 6100 موقع.",
            &[("7300", M), ("6100", M)],
        ),
        (
            "Les paiements ont atteint 9,2 milliards de dirhams, dont 7,4 milliards par cartes \
             marocaines.",
            &[("9,2", A), ("7,4", A)],
        ),
        (
            "Card payments reached 14.2 million transactions in June, against 12.9 million in May.",
            &[("14.2", T), ("12.9", T)],
        ),
        // A word or two that qualify the noun of the first figure, then a comma and the tie.
        (
            "Le réseau compte 6 200 sites marchands affiliés, contre 4 850 un an auparavant.",
            &[("6 200", M), ("4 850", M)],
        ),
        (
            "The network counts 6,200 merchant sites nationwide, against 4,850 a year earlier.",
            &[("6,200", M), ("4,850", M)],
        ),
        (
            "Le réseau compte 6 200 sites marchands affiliés au centre monétique, contre 4 850 un an auparavant.",
            &[("6 200", M), ("4 850", M)],
        ),
        // More words, or another figure's noun, and the bare number is left out.
        (
            "Le réseau compte 6 200 sites marchands affiliés depuis cette année au centre, contre 4 850 un an auparavant.",
            &[("6 200", M)],
        ),
        (
            "Le réseau compte 6 200 sites marchands pour un montant record, contre 4 850 un an auparavant.",
            &[("6 200", M)],
        ),
        ("وبلغ عدد الزوار 3420 موقعا، مقابل 2980 موقعا.", &[]),
        (
            "Le CMI compte 5 200 sites, contre 4 100 sites en 2021.",
            &[],
        ),
    ]);
}

/// English puts the words that qualify the thing counted before it: "the number of online
/// payment transactions" names a count of operations, "the number of contactless cards" a
/// count of cards; "the number of users making payments" counts users, not ours.
#[test]
fn english_count_names_with_words_before_the_noun() {
    for (text, kind) in [
        (
            "The number of online card transactions climbed to 31.7 million.",
            FigureKind::Transactions,
        ),
        (
            "The number of prepaid debit cards in circulation rose to 2.6 million.",
            FigureKind::Cards,
        ),
        (
            "The number of affiliated e-commerce sites came to 7,300 at the end of June.",
            FigureKind::Merchants,
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, kind, "{text}: {found:?}");
    }
    let users = extract("The number of users paying online rose to 6.2 million.");
    assert!(users.is_empty(), "{users:?}");
}

/// A pronoun and a verb of being before a figure whose unit is left out ("Il était de 4,9
/// milliards un an plus tôt.") give it the one kind of the sentence before; "de" before a
/// period ("13,6 milliards de l'année précédente") does not make a count of something else.
#[test]
fn a_unit_left_out_after_a_pronoun_or_before_a_period() {
    for (text, kind) in [
        (
            "Les paiements ont totalisé 7,3 milliards de dirhams au troisième trimestre. Ils \
             étaient de 6,1 milliards un an plus tôt.",
            FigureKind::AmountMad,
        ),
        (
            "Le CMI a recensé 19,6 millions d'opérations au premier semestre. Un an plus tôt, \
             elles étaient 16,2 millions.",
            FigureKind::Transactions,
        ),
        (
            "Foreign cards settled MAD 2.2 billion in the quarter. It was 1.8 billion a year \
             earlier.",
            FigureKind::AmountMad,
        ),
        (
            "Le montant a atteint 8,4 milliards de dirhams, contre les 7,1 milliards de \
             l'année précédente.",
            FigureKind::AmountMad,
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1].1, kind, "{text}: {found:?}");
    }
    // Not after another verb, nor when the sentence before writes two kinds.
    for text in [
        "Le CMI a traité 5 millions d'opérations. Il compte 7,4 millions.",
        "Le CMI a traité 5 millions d'opérations pour 1,2 milliard de dirhams. Il était de 4 \
         millions un an plus tôt.",
    ] {
        let found = read(text);
        assert!(
            found
                .iter()
                .all(|f| f.0 != "7,4 millions" && f.0 != "4 millions"),
            "{text}: {found:?}"
        );
    }
}

/// A part before "des", "of the", "من أصل" takes the kind of the total after it; a bare range
/// start takes the kind of its clause, as its end does; "954 millions un an plus tôt" is read.
#[test]
fn parts_of_a_total_and_bare_range_starts() {
    for (text, kind, n) in [
        (
            "Les cartes étrangères ont réglé 8,3 millions des 61,7 millions d'opérations de l'année.",
            FigureKind::Transactions,
            2,
        ),
        (
            "Debit cards made up 3.9 million of the 6.6 million cards used online.",
            FigureKind::Cards,
            2,
        ),
        (
            "Le nombre de sites marchands est passé de 3 215 à 3 940 en un an.",
            FigureKind::Merchants,
            2,
        ),
        (
            "The number of merchant sites went from 3,215 to 3,940 in a year.",
            FigureKind::Merchants,
            2,
        ),
        (
            "Le montant a atteint 1,1 milliard de dirhams, contre 954 millions un an plus tôt.",
            FigureKind::AmountMad,
            2,
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), n, "{text}: {found:?}");
        assert!(found.iter().all(|f| f.1 == kind), "{text}: {found:?}");
    }
    // A bare range with no clause that names what it counts stays out.
    assert!(extract("Le chiffre est passé de 3 215 à 3 940.").is_empty());
}

/// A report "at the end of June" covers the first half, and its period is the first half: "à fin
/// juin 2016" and "au premier semestre 2015" name periods of one kind, a year apart.
#[test]
fn the_end_of_june_is_the_first_half() {
    let text = "Les paiements ont atteint 9,1 milliards de dirhams à fin juin 2016, contre 7,6 milliards au premier semestre 2015, soit une hausse de 19,7 %.";
    let linked = morocco_ecommerce::text::link_text(text);
    assert_eq!(linked.claims.len(), 1, "{linked:#?}");
    let periods: Vec<(&str, Option<String>)> = linked.claims[0]
        .periods
        .iter()
        .map(|(role, p)| (*role, p.period.map(|p| p.to_string())))
        .collect();
    assert!(
        periods.contains(&("from", Some("2015-H1".to_owned()))),
        "{periods:?}"
    );
    assert!(
        periods.contains(&("to", Some("2016-H1".to_owned()))),
        "{periods:?}"
    );
    let march = morocco_ecommerce::text::link_text(
        "Le nombre d'opérations a atteint 12,4 millions à fin mars 2016, contre 10,2 millions à fin mars 2015, en hausse de 21,6 %.",
    );
    assert_eq!(march.claims.len(), 1, "{march:#?}");
    assert!(
        march.claims[0]
            .periods
            .iter()
            .any(|(_, p)| p.period.map(|p| p.to_string()) == Some("2016-Q1".to_owned())),
        "{march:#?}"
    );
}

/// The text of one term of a composed list in language `lang` (0 French, 1 English, 2 Arabic):
/// a count of millions or an amount of billions, with its unit or its scale word alone.
fn list_term(lang: usize, kind: FigureKind, whole: u32, tenth: u32, unit: bool) -> String {
    let (sep, count, amount, count_bare, amount_bare) = match lang {
        0 => (
            ",",
            "millions d'opérations",
            "milliards de dirhams",
            "millions",
            "milliards",
        ),
        1 => (
            ".",
            "million transactions",
            "billion dirhams",
            "million",
            "billion",
        ),
        _ => (",", "مليون عملية", "مليار درهم", "مليون", "مليار"),
    };
    let word = match (kind, unit) {
        (FigureKind::AmountMad, true) => amount,
        (FigureKind::AmountMad, false) => amount_bare,
        (_, true) => count,
        (_, false) => count_bare,
    };
    format!("{whole}{sep}{tenth} {word}")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// Two lists of a count and an amount tied by "contre", "compared with", "مقابل", the
    /// second with none, one or both units left out: every figure read is the term it writes,
    /// with that term's kind and value; a term whose unit is left out is never given the other
    /// term's kind, and every term written with its unit is read.
    #[test]
    fn lists_tied_to_lists_never_give_a_wrong_kind(
        lang in 0usize..3,
        values in prop::array::uniform4((1u32..99, 0u32..9)),
        amount_first in any::<bool>(),
        units in (any::<bool>(), any::<bool>()),
        names in 0usize..3,
    ) {
        let kinds = if amount_first {
            [FigureKind::AmountMad, FigureKind::Transactions]
        } else {
            [FigureKind::Transactions, FigureKind::AmountMad]
        };
        let (and, against, open, close) = match lang {
            0 => (" et ", ", contre ", "Les paiements ont atteint ", " un an plus tôt."),
            1 => (" and ", ", compared with ", "Payments reached ", " a year earlier."),
            _ => (" و", "، مقابل ", "بلغت الأداءات ", " قبل سنة."),
        };
        // The sentence may name the quantities first: in the terms' order (1) or the other
        // (2). In their order, every term is read; in the other, none is given a wrong kind.
        let count_named_first = (names == 1) != amount_first;
        let named = match (lang, names, count_named_first) {
            (_, 0, _) => open.to_owned(),
            (0, _, true) => "Le nombre et le montant des paiements ont atteint ".to_owned(),
            (0, _, false) => "Le montant et le nombre des paiements ont atteint ".to_owned(),
            (1, _, true) => "The number and value of payments reached ".to_owned(),
            (1, _, false) => "The value and number of payments reached ".to_owned(),
            (_, _, true) => "بلغ عدد ومبلغ الأداءات ".to_owned(),
            (_, _, false) => "بلغ مبلغ وعدد الأداءات ".to_owned(),
        };
        let mut text = named;
        // Each term: where it starts, its kind and value, whether its unit is written.
        let mut terms = Vec::new();
        for (k, &(whole, tenth)) in values.iter().enumerate() {
            let kind = kinds[k % 2];
            let unit = k < 2 || if k == 2 { units.0 } else { units.1 };
            text.push_str(match k {
                1 | 3 => and,
                2 => against,
                _ => "",
            });
            let scale = if kind == FigureKind::AmountMad { 100_000_000 } else { 100_000 };
            let value = Decimal::from(whole * 10 + tenth) * Decimal::from(scale);
            terms.push((text.len(), kind, value, unit));
            text.push_str(&list_term(lang, kind, whole, tenth, unit));
        }
        text.push_str(close);
        let found = extract(&text);
        for f in &found {
            let Some(&(_, kind, value, _)) = terms.iter().find(|t| t.0 == f.start) else {
                return Err(TestCaseError::fail(format!("{text}: a figure that is no term: {f:?}")));
            };
            prop_assert_eq!(f.kind(), kind, "{}: {:?}", text, f);
            prop_assert_eq!(f.value(), value.normalize(), "{}: {:?}", text, f);
        }
        for (start, _, _, unit) in &terms {
            if *unit || names == 1 {
                prop_assert!(found.iter().any(|f| f.start == *start), "{}: a term not read: {:?}", text, found);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Rates "in number" and "in value" (in either order), then the two levels respectively,
    /// the count's unit left out: each level is read with the kind its rate's words name, and no
    /// figure ever takes the other kind.
    #[test]
    fn rates_by_dimension_name_the_levels_after_them(
        lang in 0usize..3,
        r in (1u32..60, 1u32..60),
        count in (1u32..99, 0u32..9),
        amount in (1u32..99, 0u32..9),
        count_first in any::<bool>(),
        fall in any::<bool>(),
    ) {
        let (verb, number, value, and, respectively) = match (lang, fall) {
            (0, false) => ("Les paiements ont progressé de", "% en nombre", "% en valeur", " et de ", "respectivement"),
            (0, true) => ("Les paiements ont reculé de", "% en nombre", "% en valeur", " et de ", "respectivement"),
            (1, false) => ("Payments grew", "% in number", "% in value", " and ", "respectively"),
            (1, true) => ("Payments declined by", "% in number", "% in value", " and ", "respectively"),
            (_, false) => ("وارتفعت الأداءات بنسبة", " في المائة من حيث العدد", " في المائة من حيث القيمة", " و", "على التوالي"),
            (_, true) => ("وتراجعت الأداءات بنسبة", " في المائة من حيث العدد", " في المائة من حيث القيمة", " و", "على التوالي"),
        };
        let terms = [
            (FigureKind::Transactions, list_term(lang, FigureKind::Transactions, count.0, count.1, false)),
            (FigureKind::AmountMad, list_term(lang, FigureKind::AmountMad, amount.0, amount.1, true)),
        ];
        let (first, second) = if count_first { (&terms[0], &terms[1]) } else { (&terms[1], &terms[0]) };
        let dims = if count_first { (number, value) } else { (value, number) };
        let (to, joined) = match lang { 0 => (", à ", " et "), 1 => (", to ", " and "), _ => ("، لتبلغ ", " و") };
        let text = format!(
            "{verb} {}{}{and}{}{}{to}{}{joined}{}, {respectively}.",
            r.0, dims.0, r.1, dims.1, first.1, second.1
        );
        let found = extract(&text);
        let mut levels = Vec::new();
        for f in &found {
            if f.kind() == FigureKind::Percent {
                prop_assert_eq!(f.value().is_sign_negative(), fall, "{}: {:?}", text, f);
            } else {
                levels.push(f.kind());
            }
        }
        prop_assert_eq!(levels, vec![first.0, second.0], "{}: {:?}", text, found);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// A scale word cut short is read before a unit of ours, as the full word would be, and
    /// never before another noun or alone.
    #[test]
    fn short_scale_words_read_only_before_a_unit(
        whole in 1u32..999,
        tenth in 0u32..9,
        form in 0usize..6,
    ) {
        let (written, power, noun) = [
            (format!("{whole},{tenth} M d'opérations"), 6, "d'articles"),
            (format!("{whole}.{tenth}m transactions"), 6, "items"),
            (format!("{whole}.{tenth}M transactions"), 6, "units"),
            (format!("{whole}.{tenth}k transactions"), 3, "visits"),
            (format!("{whole},{tenth} Md de dirhams"), 9, "de visites"),
            (format!("MAD {whole}.{tenth}m"), 6, ""),
        ][form].clone();
        let value = Decimal::from(whole * 10 + tenth) * pow10(power - 1);
        let figures = extract(&format!("Le CMI a traité {written} cette année."));
        prop_assert_eq!(figures.len(), 1, "{}: {:?}", written, figures);
        prop_assert_eq!(figures[0].value(), value.normalize(), "{}", written);
        prop_assert_eq!(figures[0].precision(), pow10(power - 1).normalize(), "{}", written);
        if !noun.is_empty() {
            let cut = written.find([' ', 'm', 'M', 'k']).unwrap_or(0);
            let number = &written[..cut];
            let letter = if form == 0 || form == 4 { " M" } else { "m" };
            for other in [format!("{number}{letter} {noun}"), format!("{number}{letter}.")] {
                let found = extract(&format!("Le site a vendu {other}"));
                prop_assert!(found.is_empty(), "{}: {:?}", other, found);
            }
        }
    }

    /// A fall word before the first of two rates that share their unit makes both falls.
    #[test]
    fn a_fall_before_a_list_of_rates_governs_both(
        a in 1u32..99,
        b in 1u32..99,
        lang in 0usize..3,
    ) {
        let text = match lang {
            0 => format!("Les deux indicateurs affichent des baisses respectives de {a} et {b} %."),
            1 => format!("Both were down {a} and {b} percent on the year."),
            _ => format!("وسجل المؤشران تراجعا بنسبتي {a} و{b} في المائة."),
        };
        let values: Vec<Decimal> = extract(&text).iter().map(TextFigure::value).collect();
        prop_assert_eq!(values, vec![-Decimal::from(a), -Decimal::from(b)], "{}", text);
    }
}

/// Two numbers joined by "et", "and", "و" before one scale word share it, as the press writes
/// them ("4,1 et 5,3 milliards de dirhams"): the first keeps its own digits and precision.
/// A first term of more than three digits or with a grouping mark keeps to itself, and so does
/// one before a unit with no scale word.
#[test]
fn two_terms_joined_before_one_scale_word_share_it() {
    /// How a figure starts, its kind, value and precision.
    type Expected = (&'static str, FigureKind, &'static str, &'static str);
    use FigureKind::{AmountMad as A, Transactions as T};
    let cases: &[(&str, &[Expected])] = &[
        (
            "Le montant des paiements a atteint 4,1 et 5,3 milliards de dirhams en 2022 et 2023.",
            &[
                ("4,1", A, "4100000000", "100000000"),
                ("5,3 milliards", A, "5300000000", "100000000"),
            ],
        ),
        (
            "Les paiements ont totalisé 4,27 et 1,31 milliards de dirhams, contre 3,95 et 1,27 \
             milliards un an plus tôt.",
            &[
                ("4,27", A, "4270000000", "10000000"),
                ("1,31", A, "1310000000", "10000000"),
                ("3,95", A, "3950000000", "10000000"),
                ("1,27", A, "1270000000", "10000000"),
            ],
        ),
        (
            "Payments by foreign cards came to 1.2 and 1.45 billion dirhams in the two halves.",
            &[
                ("1.2", A, "1200000000", "100000000"),
                ("1.45", A, "1450000000", "10000000"),
            ],
        ),
        (
            "وبلغت قيمة الأداءات 4,1 و5,3 مليار درهم على التوالي.",
            &[
                ("4,1", A, "4100000000", "100000000"),
                ("5,3", A, "5300000000", "100000000"),
            ],
        ),
        (
            "Payments came to MAD 4.1 and 5.3 billion in the two halves.",
            &[("MAD 4.1", A, "4100000000", "100000000")],
        ),
        // Not one scale: a first term with no decimals (a factor, a version, a label), a
        // grouped first term, a unit with no scale word.
        (
            "Les cartes étrangères ont réalisé 2 et 3,5 millions d'opérations.",
            &[("3,5", T, "3500000", "100000")],
        ),
        (
            "Les paiements ont été multipliés par 4,5 et 2,1 milliards de dirhams ont été réglés.",
            &[("2,1", A, "2100000000", "100000000")],
        ),
        (
            "Le protocole 3D Secure 2.1 et 1,2 million de transactions.",
            &[("1,2", T, "1200000", "100000")],
        ),
        (
            "The fee is MAD 4.5 and 3 million cards were issued.",
            &[
                ("MAD 4.5", A, "4.5", "0.1"),
                ("3 million", FigureKind::Cards, "3000000", "1000000"),
            ],
        ),
        (
            "Le parc compte 1 500 et 2 millions d'opérations.",
            &[("2 millions", T, "2000000", "1000000")],
        ),
        (
            "Les 12 et 15 dirhams de frais.",
            &[("15 dirhams", A, "15", "1")],
        ),
    ];
    for (text, expected) in cases {
        let found = read(text);
        assert_eq!(found.len(), expected.len(), "{text}: {found:?}");
        for ((written, kind, value, precision, _), (start, k, v, p)) in found.iter().zip(*expected)
        {
            assert!(written.starts_with(start), "{text}: {written} for {start}");
            assert_eq!(kind, k, "{text}: {written}");
            assert_eq!(value.to_string(), *v, "{text}: {written}");
            assert_eq!(precision.to_string(), *p, "{text}: {written}");
        }
    }
}

/// Ranges whose second end is hedged ("from 2,900 to more than 4,100", "d'environ 2 900 à plus
/// de 4 100"), ties past words that say more of what is counted ("17.2 million cards in
/// circulation at the end of June, against 15.8 million"), and lists of ranges named in order
/// ("Le nombre et le montant ... de 12,4 millions à 14,1 millions et de 3,2 MMDH à 3,9 MMDH").
#[test]
fn hedged_ranges_asides_and_lists_of_ranges() {
    use FigureKind::{AmountMad as A, Cards as K, Merchants as M, Transactions as T};
    reads_as(&[
        (
            "The number of merchant sites has grown from 2,900 to more than 4,100.",
            &[("2,900", M), ("4,100", M)][..],
        ),
        (
            "Le nombre de sites marchands est passé d'environ 2 900 à plus de 4 100.",
            &[("2 900", M), ("4 100", M)],
        ),
        (
            "وارتفع عدد المواقع التجارية من 2900 إلى أزيد من 4100 موقع.",
            &[("2900", M), ("4100", M)],
        ),
        (
            "The bank had 17.2 million cards in circulation at the end of June, against 15.8 \
             million a year before.",
            &[("17.2", K), ("15.8", K)],
        ),
        (
            "Le parc a atteint 17,2 millions de cartes en circulation à fin juin, contre 15,8 \
             millions un an plus tôt.",
            &[("17,2", K), ("15,8", K)],
        ),
        (
            "Le nombre et le montant des paiements sont passés respectivement de 12,4 millions à \
             14,1 millions et de 3,2 MMDH à 3,9 MMDH.",
            &[("12,4", T), ("14,1", T), ("3,2", A), ("3,9", A)],
        ),
        (
            "Le montant et le nombre des paiements sont passés de 3,9 MMDH à 4,1 MMDH et de 14,1 \
             millions à 15 millions.",
            &[("3,9", A), ("4,1", A), ("14,1", T), ("15", T)],
        ),
        (
            "The number and value of payments rose from 12.4 million to 14.1 million and from MAD \
             3.2 billion to MAD 3.9 billion respectively.",
            &[("12.4", T), ("14.1", T), ("MAD 3.2", A), ("MAD 3.9", A)],
        ),
        (
            "وانتقل عدد وقيمة العمليات من 3,1 مليون إلى 3,5 مليون، ومن 1,2 مليار إلى 1,4 مليار درهم \
             على التوالي.",
            &[("3,1", T), ("3,5", T), ("1,2", A), ("1,4", A)],
        ),
        // Names that do not say which range is which: the ranges left out keep out.
        (
            "Les paiements sont passés de 12,4 millions à 14,1 millions et de 3,2 MMDH à 3,9 MMDH.",
            &[("3,2", A), ("3,9", A)],
        ),
        // A sentence that names a count and an amount, or a clause that names a number, does
        // not give the kind written before to a figure whose unit is left out.
        (
            "Le montant et le nombre des paiements sont passés de 3,2 MMDH à 3,9 MMDH, puis à 14,1 \
             millions.",
            &[("3,2", A), ("3,9", A)],
        ),
        (
            "Payments climbed to MAD 3.3 billion, while the number reached 14.3 million.",
            &[("MAD 3.3", A)],
        ),
        // Words that say whose figure it is, up to a comma, keep the tie.
        (
            "Le parc a atteint 17,2 millions de cartes selon la banque, contre 15,8 millions un an \
             plus tôt.",
            &[("17,2", K), ("15,8", K)],
        ),
        // A word between the figure and the tie that is no aside breaks the tie.
        (
            "Le parc a atteint 17,2 millions de cartes selon la banque centrale du pays, contre \
             15,8 millions un an plus tôt.",
            &[("17,2", K)],
        ),
    ]);
}

/// A bare number that opens its sentence after "there were", "il était de", "on en comptait",
/// "وكان هذا العدد" is the earlier value of the count the sentence before gave, in the same
/// paragraph; not when that sentence holds a number the reader left out, nor across a
/// paragraph, nor for an amount.
#[test]
fn a_bare_count_in_the_next_sentence_is_the_earlier_value() {
    use FigureKind::{AmountMad as A, Cards as K, Merchants as M};
    reads_as(&[
        (
            "The number of merchant sites reached 7,420 at the end of June. A year earlier there \
             were 5,870.",
            &[("7,420", M), ("5,870", M)][..],
        ),
        (
            "Le nombre de sites marchands a atteint 7 420 à fin juin. Il était de 5 870 un an plus \
             tôt.",
            &[("7 420", M), ("5 870", M)],
        ),
        (
            "Le nombre de sites marchands a atteint 7 420 à fin juin. Un an plus tôt, on en \
             comptait 5 870.",
            &[("7 420", M), ("5 870", M)],
        ),
        (
            "وبلغ عدد المواقع التجارية 7420 موقعا متم يونيو. وكان هذا العدد 5870 قبل سنة.",
            &[("7420", M), ("5870", M)],
        ),
        (
            "Le parc compte 18,4 millions de cartes. Il était de 16 200 000 un an plus tôt.",
            &[("18,4", K), ("16 200 000", K)],
        ),
        // Another number in the sentence before, another paragraph, an amount: left out.
        (
            "The number of merchant sites reached 7,420, and ATMs 2,100. There were 5,870 a year \
             earlier.",
            &[("7,420", M)],
        ),
        (
            "The number of merchant sites reached 7,420.\n\nThere were 5,870 a year earlier.",
            &[("7,420", M)],
        ),
        (
            "Le montant a atteint 5,8 milliards de dirhams. Il était de 4 900 un an plus tôt.",
            &[("5,8", A)],
        ),
    ]);
}

/// Dates joined by hyphens ("end-2023", "mid-June") stand between tied figures as other dates
/// do; "the figure" in the clause of a bare number does not say what it counts.
#[test]
fn hyphenated_dates_and_the_figure_as_a_pronoun() {
    use FigureKind::{Cards as K, Merchants as M};
    reads_as(&[
        (
            "The bank counted 14.6 million cards in circulation at end-2024, against 12.9 million \
             a year before.",
            &[("14.6", K), ("12.9", K)][..],
        ),
        (
            "The CMI counted 4.2 million contactless cards at mid-2024, against 3.1 million.",
            &[("4.2", K), ("3.1", K)],
        ),
        // "the figure" may be of another quantity ("qui emploient 25 000 personnes, et ce
        // chiffre devrait atteindre 30 000"): the bare number after it is left out.
        (
            "Some 2,400 merchant sites were affiliated in 2020; the figure has since climbed to \
             more than 3,900.",
            &[("2,400", M)],
        ),
    ]);
}

/// The date of the first end of a range may stand before the join ("de 4 870 en 2021 à 5 940 en
/// 2022"); a year is no first end ("de 2019 à 2 millions"), nor a grouped number the first end of
/// a scale word ("de 850 000 à 1,2 million" is 850 000).
#[test]
fn grouped_and_dated_first_ends_of_a_range() {
    use FigureKind::{AmountMad as A, Merchants as M};
    reads_as(&[
        // A first end of more than three digits keeps to itself: "de 850 000 à 1,2 million" is
        // no 850 000 millions, so "de 1 300 à 1 700 millions" is read for its second end only.
        (
            "Les recettes sont passées de 1 300 à 1 700 millions de dirhams.",
            &[("1 700", A)][..],
        ),
        (
            "Le nombre de cartes utilisées en ligne est passé de 850 000 à 1,2 million.",
            &[("850 000", FigureKind::Cards), ("1,2", FigureKind::Cards)],
        ),
        (
            "Le nombre de sites marchands est passé de 4 870 en 2021 à 5 940 en 2022.",
            &[("4 870", M), ("5 940", M)],
        ),
        (
            "وارتفع عدد المواقع التجارية من 4870 سنة 2021 إلى 5940 سنة 2022.",
            &[("4870", M), ("5940", M)],
        ),
        (
            "Le parc est passé de 2019 à 2 millions de cartes.",
            &[("2 millions", FigureKind::Cards)],
        ),
        // The date of the first end may open with the join word itself.
        (
            "Le nombre de sites marchands est passé de 3 960 à fin 2021 à 5 130 à fin 2022.",
            &[("3 960", M), ("5 130", M)],
        ),
        (
            "Le nombre de sites marchands est passé de 3 960 à fin juin 2021 à plus de 5 130.",
            &[("3 960", M), ("5 130", M)],
        ),
        // The span of time after the second end.
        (
            "The number of merchant sites rose from 3,900 to 4,650 over the year.",
            &[("3,900", M), ("4,650", M)],
        ),
        // With no second number after the date, the first is no end of a range.
        (
            "Le nombre de sites marchands est passé de 3 960 à fin 2021, un record.",
            &[],
        ),
    ]);
    let read = read("Le nombre de cartes utilisées en ligne est passé de 850 000 à 1,2 million.");
    assert_eq!(read[0].2.to_string(), "850000");
}

/// A dimension after a range ("... à 3,9 milliards en montant") is of that range: the next
/// range, whose own dimension names a count ("de 12,4 millions à 14,1 millions en nombre"), does
/// not take the amount written before it, and is left out rather than read in dirhams.
#[test]
fn a_dimension_after_a_range_is_of_that_range() {
    use FigureKind::AmountMad as A;
    reads_as(&[
        (
            "Les paiements sont passés de 3,2 milliards de dirhams à 3,9 milliards en montant et \
             de 12,4 millions à 14,1 millions en nombre.",
            &[("3,2", A), ("3,9", A)][..],
        ),
        (
            "Payments rose from MAD 3.2 billion to MAD 3.9 billion in value and from 12.4 million \
             to 14.1 million in volume.",
            &[("MAD 3.2", A), ("MAD 3.9", A)],
        ),
        (
            "Les paiements sont passés de 3,2 milliards de dirhams à 3,9 milliards et de 12,4 \
             millions à 14,1 millions en nombre.",
            &[("3,2", A), ("3,9", A)],
        ),
    ]);
}

/// A number in words that ends with a half after its scale word ("un million et demi", "مليار
/// ونصف", "a billion and a half") may have its unit left out, as a scale word alone may: the
/// figure a tie joins it to gives its kind. Before a noun of something else, or with nothing to
/// give it a kind, it is left out. The scale word may be said again after the half with the
/// article ("مليار ونصف المليار").
#[test]
fn a_half_after_a_scale_word_may_leave_its_unit_out() {
    use FigureKind::{AmountMad as A, Transactions as T};
    use Qualifier::Exact as E;
    let half_billion = "500000000";
    let half_million = "500000";
    reads_exactly(&[
        (
            "Le nombre est passé d'un million et demi à 2,1 millions d'opérations.",
            &[
                ("un million et demi", T, "1500000", half_million, E),
                ("2,1 millions d'opérations", T, "2100000", "100000", E),
            ],
        ),
        (
            "Le montant a atteint 2,1 milliards de dirhams, contre un milliard et demi un an plus \
             tôt.",
            &[
                ("2,1 milliards de dirhams", A, "2100000000", "100000000", E),
                ("un milliard et demi", A, "1500000000", half_billion, E),
            ],
        ),
        (
            "Payments came to 2.5 billion dirhams, against 2 billion and a half in 2014.",
            &[
                ("2.5 billion dirhams", A, "2500000000", "100000000", E),
                ("2 billion and a half", A, "2500000000", half_billion, E),
            ],
        ),
        (
            "The value rose to 2.4 billion dirhams from a billion and a half.",
            &[
                ("2.4 billion dirhams", A, "2400000000", "100000000", E),
                ("a billion and a half", A, "1500000000", half_billion, E),
            ],
        ),
        (
            "بلغت قيمة العمليات 2 مليار درهم، مقابل مليار ونصف.",
            &[
                ("2 مليار درهم", A, "2000000000", "1000000000", E),
                ("مليار ونصف", A, "1500000000", half_billion, E),
            ],
        ),
        (
            "وبلغت قيمة العمليات نصف مليار درهم، مقابل مليار ونصف المليار درهم طيلة الفصل الثالث.",
            &[
                ("نصف مليار درهم", A, "500000000", half_billion, E),
                ("مليار ونصف المليار درهم", A, "1500000000", half_billion, E),
            ],
        ),
        // Tempting: a noun of something else after the half, or no tie to give a kind.
        (
            "Le site compte un million et demi d'abonnés, contre 2,1 millions d'opérations.",
            &[("2,1 millions d'opérations", T, "2100000", "100000", E)],
        ),
        ("Il y a un million et demi.", &[]),
        ("وصل عدد المشتركين إلى مليون ونصف المليون مشترك.", &[]),
    ]);
}

/// Merchant sites are counted in thousands, and the thousand may be a word between the number
/// and "sites" ("أزيد من 14 ألف موقع", "12 mille sites"), read as for "12 000 sites": only where
/// the clause names merchant sites first.
#[test]
fn sites_may_be_counted_with_a_word_for_thousand() {
    use FigureKind::Merchants as M;
    reads_exactly(&[
        (
            "بلغ عدد المواقع التجارية المنخرطة في منظومة الأداء عبر الإنترنت أزيد من 14 ألف موقع، \
             مقابل 11 ألفا و300 موقع في السنة السابقة.",
            &[
                ("14 ألف موقع", M, "14000", "1000", Qualifier::MoreThan),
                ("11 ألفا و300 موقع", M, "11300", "1", Qualifier::Exact),
            ],
        ),
        (
            "Le nombre de sites marchands a atteint 12 mille sites.",
            &[("12 mille sites", M, "12000", "1000", Qualifier::Exact)],
        ),
        (
            "The number of merchant sites reached 12 thousand sites.",
            &[("12 thousand sites", M, "12000", "1000", Qualifier::Exact)],
        ),
        // Tempting: sites that the clause does not name as merchants', or millions of them.
        ("Le portail compte 14 mille sites.", &[]),
        ("The web counts 12 thousand sites.", &[]),
        ("بلغ عدد المواقع التجارية 3 ملايين موقع.", &[]),
    ]);
}

/// One figure expected: as written, its kind, value, precision and qualifier.
type Expected<'a> = (&'a str, FigureKind, &'a str, &'a str, Qualifier);

/// That each text gives exactly its figures, in order, each as written with its kind, value,
/// precision and qualifier.
fn reads_exactly(cases: &[(&str, &[Expected])]) {
    for (text, expected) in cases {
        let expected: Vec<(String, FigureKind, Decimal, Decimal, Qualifier)> = expected
            .iter()
            .map(|&(t, k, v, p, q)| (t.to_owned(), k, d(v), d(p), q))
            .collect();
        assert_eq!(read(text), expected, "{text}");
    }
}

/// A verb of passing may have a bar ("la barre des", "le cap des", "عتبة", "the ... mark") or
/// words of time ("pour la première fois", "for the first time", "لأول مرة") between it and the
/// figure: the figure is a bound passed, more than it, or at most it when the verb is denied.
/// After a verb of reaching, the figure is read as written.
#[test]
fn a_bar_passed_is_a_bound_whatever_stands_between() {
    use Qualifier::{AtMost, Exact, MoreThan};
    let cases: &[(&str, Option<Qualifier>)] = &[
        (
            "pour un montant dépassant le cap des 2,5 MMDH.",
            Some(MoreThan),
        ),
        (
            "pour un montant dépassant pour la première fois le cap des 2,5 MMDH.",
            Some(MoreThan),
        ),
        (
            "le montant a franchi, pour la première fois, la barre des 2,5 MMDH.",
            Some(MoreThan),
        ),
        (
            "the value topped for the first time 2.5 billion dirhams.",
            Some(MoreThan),
        ),
        (
            "the value topped the 2.5 billion dirham mark for the first time.",
            Some(MoreThan),
        ),
        (
            "تجاوزت قيمة العمليات لأول مرة عتبة 2,5 مليار درهم.",
            Some(MoreThan),
        ),
        ("وتخطت المعاملات حاجز 2,5 مليار درهم.", Some(MoreThan)),
        ("لم تتجاوز قيمة العمليات عتبة 2,5 مليار درهم.", Some(AtMost)),
        // Tempting: a verb of reaching, and "the" before a figure that is no mark.
        (
            "le montant a atteint pour la première fois 2,5 MMDH.",
            Some(Exact),
        ),
        ("le montant a atteint le seuil de 2,5 MMDH.", Some(Exact)),
        (
            "the value reached the 2.5 billion dirhams of 2022.",
            Some(Exact),
        ),
        // A denied French verb before a bar says no sure bound: left out, as before.
        ("le montant n'a pas franchi la barre des 2,5 MMDH.", None),
    ];
    for (text, expected) in cases {
        let found = read(text);
        let got = match found.as_slice() {
            [] => None,
            [(_, FigureKind::AmountMad, value, _, q)] if *value == d("2500000000") => Some(*q),
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(got, *expected, "{text}: {found:?}");
    }
}

/// Words of a fall in the present ("recule de"), an Arabic verb of a fall before a subject whose
/// nouns stand in the construct state ("حصة أداء الفواتير"), and a verb between the noun of a
/// fall and its rate ("بتراجع بلغ", "بانخفاض بلغت نسبته"): each makes the rate negative.
#[test]
fn falls_said_in_the_present_or_across_a_subject_or_a_verb() {
    use FigureKind::{Percent as P, PercentagePoints as Pts};
    use Qualifier::Exact as E;
    reads_exactly(&[
        (
            "Le montant recule de 4,5 % sur le mois.",
            &[("4,5 %", P, "-4.5", "0.1", E)],
        ),
        (
            "Les paiements par cartes étrangères reculent de 3 %.",
            &[("3 %", P, "-3", "1", E)],
        ),
        (
            "Le volume diminue de 2,5 % en glissement annuel.",
            &[("2,5 %", P, "-2.5", "0.1", E)],
        ),
        (
            "وانخفضت حصة أداء الفواتير بـ 4 نقاط.",
            &[("4 نقاط", Pts, "-4", "1", E)],
        ),
        (
            "وتراجعت قيمة مشتريات البطاقات الأجنبية بنسبة 6 في المائة.",
            &[("6 في المائة", P, "-6", "1", E)],
        ),
        (
            "أي بتراجع بلغ 20 في المائة مقارنة بالسنة الماضية.",
            &[("20 في المائة", P, "-20", "1", E)],
        ),
        (
            "مسجلا بذلك انخفاضا بلغت نسبته 3,5 في المائة.",
            &[("3,5 في المائة", P, "-3.5", "0.1", E)],
        ),
        // Tempting: a rise across the same verb, and a level the share fell to.
        (
            "أي بارتفاع بلغت نسبته 3,4 في المائة.",
            &[("3,4 في المائة", P, "3.4", "0.1", E)],
        ),
        (
            "وانخفضت حصة أداء الفواتير إلى 28 في المائة.",
            &[("28 في المائة", P, "28", "1", E)],
        ),
    ]);
}

/// A hedge may have an adverb between it and its figure ("dépasse désormais"), or an article
/// before a number in words ("dépassant le demi-milliard"); a bound denied in the present
/// perfect is the other bound ("has not exceeded").
#[test]
fn hedges_across_an_adverb_an_article_or_a_perfect() {
    use FigureKind::{AmountMad as A, Cards as C, Percent as P};
    use Qualifier::{AtMost, Exact, MoreThan};
    reads_exactly(&[
        (
            "Le nombre de cartes en circulation dépasse désormais 17 millions.",
            &[("17 millions", C, "17000000", "1000000", MoreThan)],
        ),
        (
            "Le montant des paiements en ligne dépasse déjà 2 milliards de dirhams.",
            &[(
                "2 milliards de dirhams",
                A,
                "2000000000",
                "1000000000",
                MoreThan,
            )],
        ),
        (
            "pour un montant dépassant le demi-milliard de dirhams.",
            &[(
                "demi-milliard de dirhams",
                A,
                "500000000",
                "500000000",
                MoreThan,
            )],
        ),
        (
            "Growth in online payment value has not exceeded 25% a year since 2020.",
            &[("25%", P, "25", "1", AtMost)],
        ),
        // Tempting: an adverb with no hedge before it.
        (
            "Le montant atteint désormais 2 milliards de dirhams.",
            &[(
                "2 milliards de dirhams",
                A,
                "2000000000",
                "1000000000",
                Exact,
            )],
        ),
    ]);
}

/// English puts the words that qualify what is counted before its noun: "12,482,306 online
/// card payment transactions" is a count of operations.
#[test]
fn english_nouns_of_operations_with_their_qualifiers() {
    use FigureKind::Transactions as T;
    use Qualifier::Exact as E;
    reads_exactly(&[
        (
            "The CMI processed 12,482,306 online card payment transactions in the first half.",
            &[(
                "12,482,306 online card payment transactions",
                T,
                "12482306",
                "1",
                E,
            )],
        ),
        (
            "Foreign cardholders made 2.3 million foreign card transactions.",
            &[(
                "2.3 million foreign card transactions",
                T,
                "2300000",
                "100000",
                E,
            )],
        ),
    ]);
}

/// A bare count after a tie takes the kind of the figure before it, when up to four words that
/// qualify that figure's noun stand before the comma ("affiliés au CMI, contre").
#[test]
fn a_tie_after_words_that_qualify_the_figure_before() {
    use FigureKind::Merchants as M;
    use Qualifier::{About, MoreThan};
    reads_exactly(&[(
        "Le réseau compte plus de 5 200 sites marchands affiliés au CMI, contre environ 4 100 \
         un an auparavant.",
        &[
            ("5 200 sites marchands", M, "5200", "1", MoreThan),
            ("4 100", M, "4100", "1", About),
        ],
    )]);
}

/// "from" or "de" before a list ("from 5.6 million and 1.8 billion dirhams") opens two
/// quantities, not a range: the unit of the second is not the first's. "entre ... et" is a range.
#[test]
fn a_list_after_from_shares_no_unit_but_a_range_between_does() {
    use FigureKind::{AmountMad as A, Cards as K, Transactions as T};
    use Qualifier::Exact as E;
    reads_exactly(&[
        (
            "Operations and their value rose to 6.1 million and 2.2 billion dirhams, from 5.6 \
             million and 1.8 billion dirhams a year earlier.",
            &[
                ("6.1 million", T, "6100000", "100000", E),
                ("2.2 billion dirhams", A, "2200000000", "100000000", E),
                ("5.6 million", T, "5600000", "100000", E),
                ("1.8 billion dirhams", A, "1800000000", "100000000", E),
            ],
        ),
        (
            "Le parc compte entre 14,3 et 16,1 millions de cartes.",
            &[
                ("14,3", K, "14300000", "100000", E),
                ("16,1 millions de cartes", K, "16100000", "100000", E),
            ],
        ),
    ]);
}

/// A tie may open a parenthesis ("(contre 23,1 millions en 2022)"); a conjunction of contrast
/// opens a clause whose own subject names what a figure after it counts ("tandis que le nombre
/// d'opérations est passé de 12,3 millions"), unless that subject is a pronoun of the one before.
#[test]
fn a_tie_in_parentheses_and_a_clause_of_contrast() {
    use FigureKind::{AmountMad as A, Percent as P, Transactions as T};
    use Qualifier::Exact as E;
    reads_exactly(&[
        (
            "Le nombre et le montant des paiements ont atteint 26,3 millions d'opérations \
             (contre 23,1 millions en 2022) et 9,8 MMDH.",
            &[
                ("26,3 millions d'opérations", T, "26300000", "100000", E),
                ("23,1 millions", T, "23100000", "100000", E),
                ("9,8 MMDH", A, "9800000000", "100000000", E),
            ],
        ),
        (
            "Le nombre de cartes a augmenté de 6 %, tandis que le nombre d'opérations est passé \
             de 12,3 millions à 15,1 millions.",
            &[
                ("6 %", P, "6", "1", E),
                ("12,3 millions", T, "12300000", "100000", E),
                ("15,1 millions", T, "15100000", "100000", E),
            ],
        ),
        (
            "The number of cards rose 6%, while the number of online transactions went from \
             12.3 million to 15.1 million.",
            &[
                ("6%", P, "6", "1", E),
                ("12.3 million", T, "12300000", "100000", E),
                ("15.1 million", T, "15100000", "100000", E),
            ],
        ),
        (
            "Le nombre d'opérations par cartes marocaines a atteint 42,4 millions, tandis que \
             celui des cartes étrangères s'est établi à 3,1 millions.",
            &[
                ("42,4 millions", T, "42400000", "100000", E),
                ("3,1 millions", T, "3100000", "100000", E),
            ],
        ),
    ]);
}

/// "من 4 آلاف موقع سنة 2018 إلى ما يفوق 25 ألف موقع": the number before a tie may be in
/// thousands, its word for a thousand before "sites"; the clause that named the merchant sites
/// before it names the second count too.
#[test]
fn sites_in_thousands_on_both_sides_of_a_tie() {
    use FigureKind::Merchants as M;
    use Qualifier::{About, Exact, MoreThan};
    reads_exactly(&[
        (
            "انتقل عدد المواقع التجارية من حوالي 4 آلاف موقع سنة 2018 إلى ما يفوق 25 ألف موقع \
             سنة 2023.",
            &[
                ("4 آلاف موقع", M, "4000", "1000", About),
                ("25 ألف موقع", M, "25000", "1000", MoreThan),
            ],
        ),
        (
            "انتقل عدد المواقع التجارية من 4 آلاف موقع إلى 25 ألف موقع.",
            &[
                ("4 آلاف موقع", M, "4000", "1000", Exact),
                ("25 ألف موقع", M, "25000", "1000", Exact),
            ],
        ),
        // Tempting: sites that no clause names as merchants'.
        ("انتقل عدد الزوار من 4 آلاف موقع إلى 25 ألف موقع.", &[]),
    ]);
}

/// A French or Arabic point before three digits under a scale word groups thousands when its
/// sentence writes a decimal comma or groups with two points or more; a scale word in the
/// singular after it then contradicts the sentence, and the figure is left out.
#[test]
fn a_point_groups_where_the_sentence_says_so() {
    use FigureKind::{AmountMad as A, Merchants as M, Percent as P, Transactions as T};
    use Qualifier::Exact as E;
    reads_exactly(&[
        (
            "3.712.408 opérations pour un montant de 1.854 MDH et 7.214 e-commerçants.",
            &[
                ("3.712.408 opérations", T, "3712408", "1", E),
                ("1.854 MDH", A, "1854000000", "1000000", E),
                ("7.214 e-commerçants", M, "7214", "1", E),
            ],
        ),
        (
            "Un montant de 1.854 MDH, en hausse de 47,3 %.",
            &[
                ("1.854 MDH", A, "1854000000", "1000000", E),
                ("47,3 %", P, "47.3", "0.1", E),
            ],
        ),
        (
            "وبلغت قيمة العمليات 2.087 مليون درهم بزيادة 12,5 في المائة.",
            &[
                ("2.087 مليون درهم", A, "2087000000", "1000000", E),
                ("12,5 في المائة", P, "12.5", "0.1", E),
            ],
        ),
        // Alone, the point stays ambiguous; and the singular contradicts a decimal comma.
        ("Un montant de 1.854 MDH.", &[]),
        ("وبلغت قيمة العمليات 2.087 مليون درهم.", &[]),
        (
            "Un montant de 1.250 milliard de dirhams, en hausse de 3,5 %.",
            &[("3,5 %", P, "3.5", "0.1", E)],
        ),
    ]);
}

/// "un an plus tôt", "a year earlier" after a number in words: the article of the time is no
/// part of the number ("huit millions un" is not 8 000 001).
#[test]
fn a_number_in_words_before_the_article_of_a_time() {
    use FigureKind::Transactions as T;
    use Qualifier::Exact as E;
    reads_exactly(&[
        (
            "Les cartes marocaines ont réalisé 9,4 millions d'opérations, contre huit millions \
             un an plus tôt.",
            &[
                ("9,4 millions d'opérations", T, "9400000", "100000", E),
                ("huit millions", T, "8000000", "1000000", E),
            ],
        ),
        (
            "Moroccan cards made 9.4 million transactions, compared with eight million a year \
             earlier.",
            &[
                ("9.4 million transactions", T, "9400000", "100000", E),
                ("eight million", T, "8000000", "1000000", E),
            ],
        ),
    ]);
}

/// A count and the amount it is worth ("34.1 million transactions worth MAD 12.7 billion", "pour
/// un montant de", "بقيمة") are a list, term by term with the list a tie joins to them: the
/// count there whose unit is left out is a count.
#[test]
fn a_count_and_its_value_are_a_list_for_the_list_tied_to_them() {
    use FigureKind::{AmountMad as A, Transactions as T};
    use Qualifier::Exact as E;
    reads_exactly(&[
        (
            "Merchant sites processed 34.1 million transactions worth MAD 12.7 billion, against \
             30.6 million and MAD 10.9 billion a year earlier.",
            &[
                ("34.1 million transactions", T, "34100000", "100000", E),
                ("MAD 12.7 billion", A, "12700000000", "100000000", E),
                ("30.6 million", T, "30600000", "100000", E),
                ("MAD 10.9 billion", A, "10900000000", "100000000", E),
            ],
        ),
        (
            "تم إنجاز 11,2 مليون عملية بقيمة 5,1 مليار درهم، مقابل 9,6 مليون و4,3 مليار درهم سنة \
             من قبل.",
            &[
                ("11,2 مليون عملية", T, "11200000", "100000", E),
                ("5,1 مليار درهم", A, "5100000000", "100000000", E),
                ("9,6 مليون", T, "9600000", "100000", E),
                ("4,3 مليار درهم", A, "4300000000", "100000000", E),
            ],
        ),
        // One term tied: the amount's, as before.
        (
            "Le CMI a traité 15,2 millions d'opérations pour un montant de 8,2 MMDH, contre 6,9 \
             milliards un an plus tôt.",
            &[
                ("15,2 millions d'opérations", T, "15200000", "100000", E),
                ("8,2 MMDH", A, "8200000000", "100000000", E),
                ("6,9 milliards", A, "6900000000", "100000000", E),
            ],
        ),
    ]);
}
