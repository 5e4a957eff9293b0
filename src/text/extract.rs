//! Finding the figures in a text.

use rust_decimal::Decimal;

use crate::Error;
use crate::model::Qualifier;
use crate::reported::{Assumption, FigureKind, Interval, ReportedFigure};
use crate::text::Language;
use crate::text::lexicon::{self, List, power_of_ten};
use crate::text::scan;
use crate::text::words;

/// A figure found in a text: where it is, the words as written, and the [`ReportedFigure`] they
/// stand for (what it counts, its exact value, precision and hedge).
///
/// A figure of a text is the same [`ReportedFigure`] as a figure of the record or of a claims
/// file, with the place it was read from: there is one figure type in the crate.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::text::extract;
/// use morocco_ecommerce::{FigureKind, Qualifier};
/// use rust_decimal::Decimal;
///
/// let text = "Le CMI a traité plus de 2,1 millions d'opérations pour 1,2 milliard de dirhams, soit +16 %.";
/// let figures = extract(text);
/// assert_eq!(figures.len(), 3);
/// assert_eq!(figures[0].kind(), FigureKind::Transactions);
/// assert_eq!(figures[0].value(), Decimal::from(2_100_000));
/// assert_eq!(figures[0].precision(), Decimal::from(100_000));
/// assert_eq!(figures[0].qualifier(), Qualifier::MoreThan);
/// assert_eq!(&text[figures[1].start..figures[1].end], "1,2 milliard de dirhams");
/// assert_eq!(figures[2].value(), Decimal::from(16));
/// ```
///
/// With `serde`, a JSON object: `start`, `end` and `text`, the [`ReportedFigure`]'s fields
/// flattened in (`kind`, `value`, `precision`, `qualifier`, decimals as canonical strings),
/// `context_start` and `unit_implied`. It is written the same wherever it appears: in a list of
/// figures, or as a role of a [`TextClaim`](crate::text::TextClaim).
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use morocco_ecommerce::text::extract;
/// let json = serde_json::to_value(&extract("plus de 2,1 millions d'opérations")[0])?;
/// assert_eq!(json["kind"], "count");
/// assert_eq!(json["value"], "2100000");
/// assert_eq!(json["precision"], "100000");
/// assert_eq!(json["qualifier"], "more_than");
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TextFigure {
    /// Byte offset where the figure starts (its sign or currency prefix, if any).
    pub start: usize,
    /// Byte offset after the figure's last unit word.
    pub end: usize,
    /// The figure as written.
    pub text: String,
    /// What the words stand for: kind, value, precision and hedge.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub figure: ReportedFigure,
    /// Byte offset where its hedge or the word of a fall starts, if it has one.
    pub context_start: Option<usize>,
    /// Whether no unit was written: a scale word alone, read as a count of operations.
    pub unit_implied: bool,
}

impl TextFigure {
    /// What the figure counts.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{text::extract, FigureKind};
    /// assert_eq!(extract("16 %")[0].kind(), FigureKind::Percent);
    /// ```
    pub const fn kind(&self) -> FigureKind {
        self.figure.kind()
    }

    /// Its value in base units: operations, dirhams, or percent (signed).
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::text::extract;
    /// assert_eq!(extract("1,95 مليون عملية")[0].value(), rust_decimal::Decimal::from(1_950_000));
    /// ```
    pub const fn value(&self) -> Decimal {
        self.figure.value()
    }

    /// The unit of its last written digit, in base units.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::text::extract;
    /// assert_eq!(extract("1,95 مليون عملية")[0].precision(), rust_decimal::Decimal::from(10_000));
    /// ```
    pub const fn precision(&self) -> Decimal {
        self.figure.precision()
    }

    /// Its hedge.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{text::extract, Qualifier};
    /// assert_eq!(extract("près de 2 millions d'opérations")[0].qualifier(), Qualifier::About);
    /// ```
    pub const fn qualifier(&self) -> Qualifier {
        self.figure.qualifier()
    }

    /// The values the figure allows under `assumption`.
    ///
    /// # Errors
    ///
    /// As [`ReportedFigure::range`].
    ///
    /// ```
    /// # use morocco_ecommerce::{text::extract, Assumption};
    /// let f = &extract("16 في المائة")[0];
    /// assert_eq!(f.range(Assumption::default())?.to_string(), "[15.5, 16.5]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn range(&self, assumption: Assumption) -> Result<Interval, Error> {
        self.figure.range(assumption)
    }
}

/// Every figure in `text`: counts of operations, amounts of dirhams and percentages, in
/// Arabic, French or English, in the order they appear.
///
/// Numbers are read in Western, Arabic-Indic and Eastern Arabic-Indic digits, with the
/// separators [described on the number rule](crate::text) below; a scale word (million, مليار,
/// milliard, bn...) multiplies them; a unit says what they count. What is not ours is left out:
/// years and dates (a bare number), euros and dollars, ordinals ("1er"), labels ("Q3", "A320").
/// A number with a scale word and no unit is read as a count of operations, as CMI reports give
/// every amount its currency; one followed by another noun (cards, sites) is left out.
///
/// Runs in time linear in the length of the text and never panics.
#[must_use]
pub fn extract(text: &str) -> Vec<TextFigure> {
    let mut figures = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    // Numbers in words and in parts led by words: their digits are not read again.
    let spans = words::figures(text);
    let mut span = 0;
    while let Some(i) = next_digit(bytes, at) {
        at = i + 1;
        if let Some(end) = words::inside(&spans, &mut span, i) {
            at = end;
            continue;
        }
        let Some(number) = scan::number(text, i) else {
            continue;
        };
        // Every digit of the run is read once: a run that broke its grouping is not read again
        // from its second group.
        at = number.run_end;
        // Invisible formatting characters before the number are not what it follows.
        let mut before = text
            .get(..i)
            .unwrap_or_default()
            .chars()
            .rev()
            .filter(|&c| !scan::is_invisible(c));
        let (prev, prev2) = (before.next(), before.next());
        // Not the start of a number: inside a word ("A320", "Q3") or after a mark that follows
        // digits.
        let inside_word = prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '_');
        // Right after a mark that may stand inside a number, a number is a tail, not a figure:
        // ".5 million", the "5" of "1,,5 million". An apostrophe only counts after a digit, so
        // that "d'1,5 million" still reads.
        let after_mark = prev.is_some_and(|p| match p {
            '\'' | '\u{2019}' => prev2.is_some_and(|p| scan::digit(p).is_some()),
            p => scan::joins_digits(p),
        });
        if inside_word || after_mark {
            continue;
        }
        // A run that broke its own grouping ("1.95.3", "1'67") has no one value: not a figure.
        if number.run_end > number.end {
            continue;
        }
        // Nor one followed by a doubled mark ("MAD 1,,5"): what it stands for is not written.
        let mut after = text
            .get(number.end..)
            .unwrap_or_default()
            .chars()
            .filter(|&c| !scan::is_invisible(c));
        if after.next().is_some_and(scan::joins_digits)
            && after
                .next()
                .is_some_and(|c| scan::joins_digits(c) || scan::digit(c).is_some())
        {
            continue;
        }
        let figure = figure_at(text, &number);
        // "2 milliards 300 millions", "4 ملايين و417 ألفا و305": one number in parts, whose
        // first part alone reads as a scale word with no unit, or not at all.
        if words::may_start_parts(text, figure.as_ref())
            && let words::Parts::Read(figure, end) = words::after_digits(text, &number)
        {
            at = at.max(end);
            figures.extend(figure);
            continue;
        }
        if let Some(figure) = figure {
            at = at.max(figure.end);
            figures.push(figure);
        }
    }
    words::merge(figures, spans)
}

/// The byte offset of the next digit at or after `from`: an ASCII digit, an Arabic-Indic digit
/// (U+0660-0669, bytes D9 A0-A9) or an Eastern Arabic-Indic one (U+06F0-06F9, bytes DB B0-B9).
///
/// Reads bytes, not characters: most Arabic letters share the digits' lead byte, and telling
/// them apart by the second byte is cheaper than decoding each character.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut i = rest.iter().position(|&b| may_start_digit(b))?;
    loop {
        let b = *rest.get(i)?;
        let digit = match b {
            b'0'..=b'9' => true,
            0xD9 => rest.get(i + 1).is_some_and(|n| (0xA0..=0xA9).contains(n)),
            0xDB => rest.get(i + 1).is_some_and(|n| (0xB0..=0xB9).contains(n)),
            _ => false,
        };
        if digit {
            return Some(from + i);
        }
        i += 1 + rest
            .get(i + 1..)?
            .iter()
            .position(|&b| may_start_digit(b))?;
    }
}

/// Whether `b` may start a digit: an ASCII digit, or the lead byte of an Arabic-Indic (0xD9) or
/// Eastern Arabic-Indic (0xDB) one. A table: one load per byte of text.
#[inline]
fn may_start_digit(b: u8) -> bool {
    DIGIT_LEADS.get(usize::from(b)).copied().unwrap_or(false)
}

// Built at compile time: an index out of range would fail the build, not panic at run time.
#[allow(clippy::indexing_slicing)]
static DIGIT_LEADS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < table.len() {
        table[b] = matches!(b, 0x30..=0x39 | 0xD9 | 0xDB);
        b += 1;
    }
    table
};

/// What follows a number.
struct Unit {
    kind: FigureKind,
    /// Power of ten the number is multiplied by.
    power: u32,
    /// Whether the unit is centimes (divide by 100).
    centimes: bool,
    /// Whether the kind was inferred from a scale word alone, with no unit written.
    implied: bool,
    end: usize,
}

pub(crate) fn figure_at(text: &str, number: &scan::Number) -> Option<TextFigure> {
    let head = text.get(..number.start)?;
    // A sign glued to the number: "+46,7%", "-5 %", "−3 %".
    let mut start = number.start;
    let mut negative = false;
    let mut chars_before = head.chars().rev();
    let sign = chars_before.next();
    let before_sign = chars_before.next();
    if let Some(s @ ('+' | '-' | '\u{2212}')) = sign {
        let glued_to_word = before_sign.is_some_and(char::is_alphanumeric);
        if !glued_to_word {
            negative = s != '+';
            start -= s.len_utf8();
        }
    }
    let before = scan::trim_end_spaces(text.get(..start)?);
    let words_before = lexicon::BEFORE.at_end(before);
    if words_before.get(List::ForeignPrefix).is_some() {
        return None;
    }
    let currency_prefix = words_before.get(List::DirhamPrefix).map(|(_, at)| at);
    let mut unit = match unit_after(text, number.end).or_else(|| shared_unit(text, number)) {
        Some(u) => u,
        None if currency_prefix.is_some() => Unit {
            kind: FigureKind::AmountMad,
            power: 0,
            centimes: false,
            implied: false,
            end: number.end,
        },
        None => return None,
    };
    if let Some(p) = currency_prefix {
        // "MAD 1.05 billion": the currency came first; a scale word alone then means dirhams.
        match (unit.kind, unit.implied) {
            (FigureKind::Transactions, true) => {
                unit.kind = FigureKind::AmountMad;
                unit.implied = false;
            }
            (FigureKind::AmountMad, _) => {}
            _ => return None,
        }
        start = p;
    }
    if unit.kind != FigureKind::Percent && negative {
        // A sign only makes sense on a rate; before a count or an amount a dash is punctuation.
        start = number.start;
        negative = false;
    }
    // Hedge and the words of a fall, just before the figure.
    let mut context_start = None;
    let mut qualifier = Qualifier::Exact;
    let head = scan::trim_end_spaces(text.get(..start)?);
    // One walk back reads every list; the words before the sign or prefix are those already read.
    let mut words = if head.len() == before.len() {
        words_before
    } else {
        lexicon::BEFORE.at_end(head)
    };
    if let Some((index, at)) = words.get(List::Hedge) {
        qualifier = lexicon::HEDGES
            .get(index)
            .map_or(Qualifier::Exact, |(_, q)| *q);
        context_start = Some(at);
        words = lexicon::BEFORE.at_end(scan::trim_end_spaces(head.get(..at)?));
    }
    if unit.kind == FigureKind::Percent {
        if let Some((_, at)) = words.get(List::Decline) {
            negative = true;
            context_start = Some(at);
        } else if let Some((_, at)) = words.get(List::Plus) {
            context_start = context_start.or(Some(at));
        }
    }
    // A scale word alone, before a range's end in dirhams: "de 500 millions à 400 millions de
    // dirhams" is two amounts.
    if unit.implied
        && let Some(next) = shared_unit_after(text, number.end.max(unit.end))
        && next.kind == FigureKind::AmountMad
        && !next.implied
    {
        unit.kind = FigureKind::AmountMad;
        unit.implied = false;
    }
    // Rule 5 yields to a percent sign: "16,125 %" has three decimals. Under a scale word it
    // yields to the language (rule 6 of the number rule): French and Arabic write "2,458
    // milliards" for 2.458 milliards, English "1,250 million" for 1250 million; where the
    // language cannot be told, the figure is left out.
    let fraction_len = if !number.single_mark_grouped {
        number.fraction_len
    } else if unit.kind == FigureKind::Percent {
        3
    } else if unit.power > 0 {
        match lexicon::language_near(text, number.start)? {
            Language::English => number.fraction_len,
            Language::French | Language::Arabic => 3,
        }
    } else {
        number.fraction_len
    };
    let scale = u32::try_from(fraction_len).ok().filter(|&d| d <= 28)?;
    let mantissa = i128::try_from(number.digits?).ok()?;
    let (mut value, precision) = scaled(mantissa, scale, unit.power, unit.centimes)?;
    if negative {
        value = -value;
    }
    let figure = ReportedFigure::new(unit.kind, value, precision)
        .ok()?
        .with_qualifier(qualifier);
    Some(TextFigure {
        start,
        end: unit.end,
        text: text.get(start..unit.end)?.to_owned(),
        figure,
        context_start,
        unit_implied: unit.implied,
    })
}

/// The value and precision of `mantissa` × 10^(`power` − `scale`), divided by 100 for
/// centimes.
///
/// Done in integers when the result fits a decimal's 96 bits (nearly always), otherwise by
/// decimal multiplication, which may shorten the scale of a value too long to hold as written.
fn scaled(mantissa: i128, scale: u32, power: u32, centimes: bool) -> Option<(Decimal, Decimal)> {
    let shift = if centimes { scale + 2 } else { scale };
    let direct = 10i128
        .checked_pow(power)
        .and_then(|multiplier| Some((mantissa.checked_mul(multiplier)?, multiplier)))
        .and_then(|(value, multiplier)| {
            Some((
                Decimal::try_from_i128_with_scale(value, shift).ok()?,
                Decimal::try_from_i128_with_scale(multiplier, shift).ok()?,
            ))
        });
    if direct.is_some() {
        return direct;
    }
    by_decimals(mantissa, scale, power, centimes)
}

/// What [`scaled`] computes, by decimal multiplication and division.
fn by_decimals(
    mantissa: i128,
    scale: u32,
    power: u32,
    centimes: bool,
) -> Option<(Decimal, Decimal)> {
    let multiplier = power_of_ten(power);
    let mut value = Decimal::try_from_i128_with_scale(mantissa, scale)
        .ok()?
        .checked_mul(multiplier)?;
    let mut precision = Decimal::new(1, scale).checked_mul(multiplier)?;
    if centimes {
        value = value.checked_div(Decimal::ONE_HUNDRED)?;
        precision = precision.checked_div(Decimal::ONE_HUNDRED)?;
    }
    Some((value, precision))
}

/// The unit a bare number shares with the next one: "de 1,67 à 1,95 million", "من 1,67 إلى 1,95
/// مليون", "between 15 and 17 %". The bare number keeps its own digits and span.
///
/// To keep years and other bare numbers out, the bare number must open a range ("de", "from",
/// "من", "entre", "between", "بين" just before it) and have decimals or at most three digits.
fn shared_unit(text: &str, number: &scan::Number) -> Option<Unit> {
    // "1,250" under a scale word may have decimals (rule 6): it is no year.
    if number.fraction_len == 0 && number.whole_len > 3 && !number.single_mark_grouped {
        return None;
    }
    let head = scan::trim_end_spaces(text.get(..number.start)?);
    lexicon::BEFORE.at_end(head).get(List::Open)?;
    let unit = shared_unit_after(text, number.end)?;
    Some(Unit {
        end: number.end,
        ..unit
    })
}

/// The unit of the figure that a join word ("à", "to", "إلى") puts after `end`.
fn shared_unit_after(text: &str, end: usize) -> Option<Unit> {
    let rest = text.get(end..)?;
    let spaces = scan::leading_spaces(rest, 3);
    let (_, len) = lexicon::AFTER
        .at_start(rest.get(spaces..)?)
        .get(List::Join)?;
    let after = rest.get(spaces + len..)?;
    let gap = scan::leading_spaces(after, 3);
    let next_start = end + spaces + len + gap;
    let first = text.get(next_start..)?.chars().next()?;
    scan::digit(first)?;
    let next = scan::number(text, next_start)?;
    unit_after(text, next.end)
}

/// Reads the unit after a number: percent, a scale word, a currency, operations.
fn unit_after(text: &str, end: usize) -> Option<Unit> {
    let rest = text.get(end..)?;
    let spaces = scan::leading_spaces(rest, 3);
    let at = end + spaces;
    let words = lexicon::AFTER.at_start(text.get(at..)?);
    let unit = |kind, power, end| Unit {
        kind,
        power,
        centimes: false,
        implied: false,
        end,
    };
    if let Some((_, len)) = words.get(List::Percent) {
        return Some(unit(FigureKind::Percent, 0, at + len));
    }
    if words.get(List::OtherCurrency).is_some() {
        return None;
    }
    if let Some((index, len)) = words.get(List::Dirham) {
        let power = lexicon::DIRHAMS.get(index)?.1;
        return Some(unit(FigureKind::AmountMad, power, at + len));
    }
    if let Some((_, len)) = words.get(List::Operation) {
        return Some(unit(FigureKind::Transactions, 0, at + len));
    }
    match glued_unit(text.get(at..)?) {
        Some(Glued::Dirhams(len)) => return Some(unit(FigureKind::AmountMad, 0, at + len)),
        Some(Glued::Unreadable) => return None,
        None => {}
    }
    let (index, len) = words.get(List::Scale)?;
    let power = lexicon::SCALES.get(index)?.1.power();
    let scale_end = at + len;
    // After the scale word: "de", "d'", "of", then a unit, or nothing.
    let after = text.get(scale_end..)?;
    let gap = scan::leading_spaces(after, 3);
    let mut unit_at = scale_end + gap;
    let mut words = lexicon::AFTER.at_start(text.get(unit_at..)?);
    let connector = words.get(List::Connector).is_some();
    if let Some((_, len)) = words.get(List::Connector) {
        unit_at += len;
        unit_at += scan::leading_spaces(text.get(unit_at..)?, 3);
        words = lexicon::AFTER.at_start(text.get(unit_at..)?);
    }
    if words.get(List::OtherCurrency).is_some() {
        return None;
    }
    if let Some((index, len)) = words.get(List::Dirham) {
        let extra = lexicon::DIRHAMS.get(index)?.1;
        return Some(unit(FigureKind::AmountMad, power + extra, unit_at + len));
    }
    if let Some((_, len)) = words.get(List::Centime) {
        return Some(Unit {
            centimes: true,
            ..unit(FigureKind::AmountMad, power, unit_at + len)
        });
    }
    if let Some((_, len)) = words.get(List::Operation) {
        return Some(unit(FigureKind::Transactions, power, unit_at + len));
    }
    match glued_unit(text.get(unit_at..)?) {
        Some(Glued::Dirhams(len)) => {
            return Some(unit(FigureKind::AmountMad, power, unit_at + len));
        }
        Some(Glued::Unreadable) => return None,
        None => {}
    }
    if connector || words.get(List::OtherNoun).is_some() {
        // "2 millions de cartes": a count of something else.
        return None;
    }
    Some(Unit {
        implied: true,
        ..unit(FigureKind::Transactions, power, scale_end)
    })
}

/// A dirham unit glued to the word after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glued {
    /// The unit, `usize` bytes long, glued to a word the press may put after it: "درهمبعد".
    Dirhams(usize),
    /// A unit glued to something else, which cannot be read with confidence.
    Unreadable,
}

/// Whether `rest` starts with a dirham unit glued to a following letter: "درهمبعد أن كان" (a
/// slip of the print) is "درهم" then "بعد". The unit is read only when what it is glued to is a
/// whole word of [`lexicon::GLUED_AFTER_UNIT`]; glued to anything else ("درهمان", "dirhamsen"),
/// the figure is left out rather than read as a count. `None` when no unit is glued there.
fn glued_unit(rest: &str) -> Option<Glued> {
    let is_letter = |s: &str| s.chars().next().is_some_and(scan::is_letter);
    for unit in lexicon::GLUED_DIRHAMS {
        let Some(tail) = rest.strip_prefix(unit) else {
            continue;
        };
        if !is_letter(tail) {
            // A whole word: the lexicon reads it.
            return None;
        }
        let known = lexicon::GLUED_AFTER_UNIT.iter().any(|word| {
            tail.strip_prefix(word)
                .is_some_and(|after| !is_letter(after))
        });
        return Some(if known {
            Glued::Dirhams(unit.len())
        } else {
            Glued::Unreadable
        });
    }
    let latin = rest
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("dirham"));
    let glued = rest.get(6..).is_some_and(|t| {
        let t = t.strip_prefix(['s', 'S']).unwrap_or(t);
        is_letter(t)
    });
    (latin && glued).then_some(Glued::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_units() {
        assert_eq!(
            glued_unit("درهمبعد أن كان"),
            Some(Glued::Dirhams("درهم".len()))
        );
        assert_eq!(glued_unit("درهمافي"), Some(Glued::Dirhams("درهما".len())));
        assert_eq!(glued_unit("درهم بعد"), None);
        assert_eq!(glued_unit("درهم"), None);
        assert_eq!(glued_unit("درهمبعدها"), Some(Glued::Unreadable));
        assert_eq!(glued_unit("درهمان"), Some(Glued::Unreadable));
        assert_eq!(glued_unit("dirhamsen 2014"), Some(Glued::Unreadable));
        assert_eq!(glued_unit("dirhams en 2014"), None);
        assert_eq!(glued_unit("DH"), None);
        assert_eq!(glued_unit("opérations"), None);
    }

    proptest::proptest! {
        /// Scaling in integers gives the value decimal multiplication gives.
        #[test]
        fn scaling_in_integers_is_exact(
            mantissa in proptest::prop_oneof![0i128..10_000_000_000, 0i128..=79_228_162_514_264_337_593_543_950_335],
            scale in 0u32..=28,
            power in proptest::sample::select(vec![0u32, 3, 6, 9]),
            centimes in proptest::bool::ANY,
        ) {
            let ours = scaled(mantissa, scale, power, centimes).map(|(v, p)| (v.normalize(), p.normalize()));
            let theirs = by_decimals(mantissa, scale, power, centimes)
                .map(|(v, p)| (v.normalize(), p.normalize()));
            proptest::prop_assert_eq!(ours, theirs);
        }
    }
}
