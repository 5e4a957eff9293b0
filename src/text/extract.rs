//! Finding the figures in a text.

use rust_decimal::Decimal;

use crate::text::lexicon::{self, power_of_ten};
use crate::text::scan::{self, match_end, match_start};
use crate::{Assumption, Error, FigureKind, Interval, Qualifier, ReportedFigure};

/// A figure found in a text: where it is, what it counts, its exact value and precision, and
/// its hedge.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{extract, FigureKind, Qualifier};
/// use rust_decimal::Decimal;
///
/// let text = "Le CMI a traité plus de 2,1 millions d'opérations pour 1,2 milliard de dirhams, soit +16 %.";
/// let figures = extract(text);
/// assert_eq!(figures.len(), 3);
/// assert_eq!(figures[0].kind, FigureKind::Count);
/// assert_eq!(figures[0].value, Decimal::from(2_100_000));
/// assert_eq!(figures[0].precision, Decimal::from(100_000));
/// assert_eq!(figures[0].qualifier, Qualifier::MoreThan);
/// assert_eq!(&text[figures[1].start..figures[1].end], "1,2 milliard de dirhams");
/// assert_eq!(figures[2].value, Decimal::from(16));
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
    /// What it counts.
    pub kind: FigureKind,
    /// Its value in base units: operations, dirhams, or percent (signed).
    pub value: Decimal,
    /// The unit of its last written digit, in base units.
    pub precision: Decimal,
    /// Its hedge.
    pub qualifier: Qualifier,
    /// Byte offset where its hedge or the word of a fall starts, if it has one.
    pub context_start: Option<usize>,
    /// Whether no unit was written: a scale word alone, read as a count of operations.
    pub unit_implied: bool,
}

impl TextFigure {
    /// The figure for the checker.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidFigure`] for a value the checker cannot hold (never for a figure
    /// [`extract`] returned).
    ///
    /// ```
    /// # use morocco_ecommerce::extract;
    /// let f = &extract("1,95 مليون عملية")[0];
    /// assert_eq!(f.reported()?.precision(), rust_decimal::Decimal::from(10_000));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn reported(&self) -> Result<ReportedFigure, Error> {
        Ok(ReportedFigure::new(self.kind, self.value, self.precision)?
            .with_qualifier(self.qualifier))
    }

    /// The values the figure allows under `assumption`.
    ///
    /// # Errors
    ///
    /// As [`TextFigure::reported`].
    ///
    /// ```
    /// # use morocco_ecommerce::{extract, Assumption};
    /// let f = &extract("16 في المائة")[0];
    /// assert_eq!(f.range(Assumption::default())?.to_string(), "[15.5, 16.5]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn range(&self, assumption: Assumption) -> Result<Interval, Error> {
        self.reported()?.range(assumption)
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
    // Jump from one byte that may start a digit to the next: an ASCII digit, or the lead byte of
    // an Arabic-Indic (U+0660-0669, 0xD9) or Eastern Arabic-Indic (U+06F0-06F9, 0xDB) digit.
    while let Some(offset) = bytes.get(at..).and_then(|rest| {
        rest.iter()
            .position(|&b| b.is_ascii_digit() || b == 0xD9 || b == 0xDB)
    }) {
        let i = at + offset;
        at = i + 1;
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
        if scan::digit(c).is_none() {
            continue;
        }
        let Some(number) = scan::number(text, i) else {
            continue;
        };
        // Every digit of the run is read once: a run that broke its grouping is not read again
        // from its second group.
        at = number.run_end;
        let mut before = text.get(..i).unwrap_or_default().chars().rev();
        let (prev, prev2) = (before.next(), before.next());
        // Not the start of a number: inside a word ("A320", "Q3") or after a mark that follows
        // digits.
        let inside_word = prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '_');
        let after_mark = prev.is_some_and(|p| matches!(p, '.' | ',' | '\u{066B}' | '\u{066C}'))
            && prev2.is_some_and(|p| scan::digit(p).is_some());
        if inside_word || after_mark {
            continue;
        }
        if let Some(figure) = figure_at(text, &number) {
            at = at.max(figure.end);
            figures.push(figure);
        }
    }
    figures
}

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

fn figure_at(text: &str, number: &scan::Number) -> Option<TextFigure> {
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
    if match_end(before, ["$", "€", "us$", "usd", "eur"]).is_some() {
        return None;
    }
    let currency_prefix = match_end(before, ["mad", "dh", "dhs"]).map(|(_, at)| at);
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
            (FigureKind::Count, true) => {
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
    let mut head = scan::trim_end_spaces(text.get(..start)?);
    if let Some((index, at)) = lexicon::HEDGE_SET.end(head) {
        qualifier = lexicon::HEDGES
            .get(index)
            .map_or(Qualifier::Exact, |(_, q)| *q);
        context_start = Some(at);
        head = scan::trim_end_spaces(head.get(..at)?);
    }
    if unit.kind == FigureKind::Percent {
        if let Some((_, at)) = lexicon::DECLINE_SET.end(head) {
            negative = true;
            context_start = Some(at);
        } else if let Some((_, at)) = lexicon::PLUS_SET.end(head) {
            context_start = context_start.or(Some(at));
        }
    }
    // A scale word alone, before a range's end in dirhams: "de 500 millions à 400 millions de
    // dirhams" is two amounts.
    if unit.implied {
        if let Some(next) = shared_unit_after(text, number.end.max(unit.end)) {
            if next.kind == FigureKind::AmountMad && !next.implied {
                unit.kind = FigureKind::AmountMad;
                unit.implied = false;
            }
        }
    }
    // Rule 5 yields to a percent sign: "16,125 %" has three decimals.
    let fraction_len = if unit.kind == FigureKind::Percent && number.single_mark_grouped {
        3
    } else {
        number.fraction_len
    };
    let scale = u32::try_from(fraction_len).ok().filter(|&d| d <= 28)?;
    let mantissa = i128::try_from(number.digits?).ok()?;
    let mut value = Decimal::try_from_i128_with_scale(mantissa, scale).ok()?;
    let mut precision = Decimal::new(1, scale);
    let multiplier = power_of_ten(unit.power);
    value = value.checked_mul(multiplier)?;
    precision = precision.checked_mul(multiplier)?;
    if unit.centimes {
        value = value.checked_div(Decimal::ONE_HUNDRED)?;
        precision = precision.checked_div(Decimal::ONE_HUNDRED)?;
    }
    if negative {
        value = -value;
    }
    Some(TextFigure {
        start,
        end: unit.end,
        text: text.get(start..unit.end)?.to_owned(),
        kind: unit.kind,
        value: value.normalize(),
        precision: precision.normalize(),
        qualifier,
        context_start,
        unit_implied: unit.implied,
    })
}

/// The unit a bare number shares with the next one: "de 1,67 à 1,95 million", "من 1,67 إلى 1,95
/// مليون", "between 15 and 17 %". The bare number keeps its own digits and span.
///
/// To keep years and other bare numbers out, the bare number must open a range ("de", "from",
/// "من", "entre", "between", "بين" just before it) and have decimals or at most three digits.
fn shared_unit(text: &str, number: &scan::Number) -> Option<Unit> {
    const OPENS: &[&str] = &["de", "d'", "from", "entre", "between", "من", "بين"];
    if number.fraction_len == 0 && number.whole_len > 3 {
        return None;
    }
    let head = scan::trim_end_spaces(text.get(..number.start)?);
    match_end(head, OPENS.iter().copied())?;
    let unit = shared_unit_after(text, number.end)?;
    Some(Unit {
        end: number.end,
        ..unit
    })
}

/// The unit of the figure that a join word ("à", "to", "إلى") puts after `end`.
fn shared_unit_after(text: &str, end: usize) -> Option<Unit> {
    const JOINS: &[&str] = &["à", "to", "et", "and", "إلى", "الى", "و"];
    let rest = text.get(end..)?;
    let spaces = scan::leading_spaces(rest, 3);
    let (_, len) = match_start(rest.get(spaces..)?, JOINS.iter().copied())?;
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
    let at = rest.get(spaces..)?;
    if let Some((_, len)) = lexicon::PERCENT_SET.start(at) {
        return Some(Unit {
            kind: FigureKind::Percent,
            power: 0,
            centimes: false,
            implied: false,
            end: end + spaces + len,
        });
    }
    if lexicon::OTHER_CURRENCY_SET.start(at).is_some() {
        return None;
    }
    if let Some((index, len)) = lexicon::DIRHAM_SET.start(at) {
        return Some(Unit {
            kind: FigureKind::AmountMad,
            power: lexicon::DIRHAMS.get(index)?.1,
            centimes: false,
            implied: false,
            end: end + spaces + len,
        });
    }
    if let Some((_, len)) = lexicon::OPERATION_SET.start(at) {
        return Some(Unit {
            kind: FigureKind::Count,
            power: 0,
            centimes: false,
            implied: false,
            end: end + spaces + len,
        });
    }
    let (index, len) = lexicon::SCALE_SET.start(at)?;
    let power = lexicon::SCALES.get(index)?.1;
    let scale_end = end + spaces + len;
    // After the scale word: "de", "d'", "of", then a unit, or nothing.
    let after = text.get(scale_end..)?;
    let gap = scan::leading_spaces(after, 3);
    let after = after.get(gap..)?;
    let (connector, after) = match lexicon::CONNECTOR_SET.start(after) {
        Some((_, len)) => {
            let tail = after.get(len..)?;
            let more = scan::leading_spaces(tail, 3);
            (len + more, tail.get(more..)?)
        }
        None => (0, after),
    };
    let unit_at = scale_end + gap + connector;
    if lexicon::OTHER_CURRENCY_SET.start(after).is_some() {
        return None;
    }
    if let Some((index, len)) = lexicon::DIRHAM_SET.start(after) {
        let extra = lexicon::DIRHAMS.get(index)?.1;
        return Some(Unit {
            kind: FigureKind::AmountMad,
            power: power + extra,
            centimes: false,
            implied: false,
            end: unit_at + len,
        });
    }
    if let Some((_, len)) = lexicon::CENTIME_SET.start(after) {
        return Some(Unit {
            kind: FigureKind::AmountMad,
            power,
            centimes: true,
            implied: false,
            end: unit_at + len,
        });
    }
    if let Some((_, len)) = lexicon::OPERATION_SET.start(after) {
        return Some(Unit {
            kind: FigureKind::Count,
            power,
            centimes: false,
            implied: false,
            end: unit_at + len,
        });
    }
    if connector > 0 || lexicon::OTHER_NOUN_SET.start(after).is_some() {
        // "2 millions de cartes": a count of something else.
        return None;
    }
    Some(Unit {
        kind: FigureKind::Count,
        power,
        centimes: false,
        implied: true,
        end: scale_end,
    })
}
