//! Writing figures the way each language's press writes them.

use rust_decimal::Decimal;

use crate::Error;
use crate::error::Operation;
use crate::model::Rounding;
use crate::reported::{FigureKind, Scale};

/// The language of the press to write for.
///
/// ```
/// use morocco_ecommerce::text::{format_figure, Language};
/// use morocco_ecommerce::{FigureKind, Rounding};
/// let p = rust_decimal::Decimal::ONE;
/// let sixteen = rust_decimal::Decimal::from(16);
/// let written: Vec<String> = Language::ALL.iter().map(|l| format_figure(sixteen, FigureKind::Percent, p, *l, Rounding::HalfEven).unwrap()).collect();
/// assert_eq!(written, ["16 في المائة", "16\u{A0}%", "16%"]);
/// ```
/// `Display`, `FromStr` and serde use the ISO 639-1 codes: `ar`, `fr`, `en`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// Moroccan Arabic-language press: "1,05 مليار درهم", "16 في المائة".
    Arabic,
    /// Moroccan French-language press: "1,05 milliard de dirhams", "14,9 %".
    French,
    /// English: "MAD 1.05 billion", "14.9%".
    English,
}

impl Language {
    /// The three languages.
    pub const ALL: [Language; 3] = [Language::Arabic, Language::French, Language::English];
}

impl Language {
    /// The ISO 639-1 code: `ar`, `fr` or `en`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::text::Language;
    /// assert_eq!(Language::French.as_str(), "fr");
    /// assert_eq!("AR".parse::<Language>()?, Language::Arabic);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Language::Arabic => "ar",
            Language::French => "fr",
            Language::English => "en",
        }
    }
}

crate::num::named_enum!(Language, "a language", "a language is ar, fr or en");

/// The word for `scale` in `language`, singular or plural.
fn scale_word(scale: Scale, language: Language, plural: bool) -> &'static str {
    match (language, scale, plural) {
        (_, Scale::Unit, _) => "",
        (Language::French, Scale::Thousand, _) => "mille",
        (Language::French, Scale::Million, true) => "millions",
        (Language::French, Scale::Billion, false) => "milliard",
        (Language::French, Scale::Billion, true) => "milliards",
        (Language::Arabic, Scale::Thousand, _) => "ألف",
        (Language::Arabic, Scale::Million, _) => "مليون",
        (Language::Arabic, Scale::Billion, _) => "مليار",
        (_, Scale::Thousand, _) => "thousand",
        (Language::French | Language::English, Scale::Million, _) => "million",
        (_, Scale::Billion, _) => "billion",
    }
}

/// The exponent `k` of a precision `10^k`, or `None` when it is not a power of ten.
fn exponent(precision: Decimal) -> Option<i64> {
    let p = precision.normalize();
    if p <= Decimal::ZERO {
        return None;
    }
    let mantissa = p.mantissa();
    let mut m = mantissa;
    let mut zeros = 0i64;
    while m % 10 == 0 {
        m /= 10;
        zeros += 1;
    }
    (m == 1).then(|| zeros - i64::from(p.scale()))
}

/// Writes `digits` (ASCII, no sign) with a thousands separator every three digits.
fn group(digits: &str, separator: &str) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3 * separator.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// Writes a non-negative number with `decimals` decimals (trailing zeros kept), grouping the
/// whole part when `grouped`.
fn number(value: Decimal, decimals: u32, language: Language, grouped: bool) -> String {
    let mut v = value.abs();
    v.rescale(decimals);
    let text = v.to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (thousands, mark) = match language {
        Language::French => ("\u{202F}", ","),
        Language::Arabic => (".", ","),
        Language::English => (",", "."),
    };
    let whole = if grouped {
        group(whole, thousands)
    } else {
        whole.to_owned()
    };
    if fraction.is_empty() {
        whole
    } else {
        format!("{whole}{mark}{fraction}")
    }
}

/// Writes a figure as the press of `language` does, rounded to `precision` (a power of ten, in
/// base units) with `rounding`.
///
/// Counts and amounts of a million or more (a thousand or more when the precision is that
/// coarse) take a scale word with as many decimals as the precision asks, at most two: "1,95
/// million d'opérations", "1,05 مليار درهم", "MAD 1.05 billion". Finer figures are written in
/// full, with the thousands grouped: "1 050 000 000,00 DH" (with narrow no-break spaces),
/// "1.945.959 عملية", "MAD 1,050,000,000.00". Percentages: "14,9 %" (no-break space),
/// "14,9 في المائة", "14.9%". Percentage points, by their full name: "6 points de
/// pourcentage", "0,4 point de pourcentage", "6 نقطة مئوية", "6 percentage points" (signed:
/// "-0,4 point de pourcentage").
///
/// Reading the text back with [`extract`](crate::text::extract) gives the same value, kind and
/// precision.
///
/// # Errors
///
/// [`Error::PrecisionNotPowerOfTen`] when the precision is not a power of ten,
/// [`Error::PrecisionTooCoarse`] when it is coarser than one unit for a percentage or than a
/// billion (the largest scale word) for a count or an amount, [`Error::PrecisionTooFine`] when
/// it is finer than one for a count of operations, cards or merchant sites (whole numbers),
/// [`Error::NegativeFigure`] for a negative count or amount, [`Error::Overflow`] for a value
/// that rounds beyond a `Decimal`.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::text::{format_figure, Language};
/// use morocco_ecommerce::{FigureKind, Rounding};
/// use rust_decimal::Decimal;
///
/// let value = Decimal::from(1_050_000_000);
/// let p = Decimal::from(10_000_000);
/// assert_eq!(format_figure(value, FigureKind::AmountMad, p, Language::French, Rounding::HalfEven)?, "1,05 milliard de dirhams");
/// assert_eq!(format_figure(value, FigureKind::AmountMad, p, Language::Arabic, Rounding::HalfEven)?, "1,05 مليار درهم");
/// assert_eq!(format_figure(value, FigureKind::AmountMad, p, Language::English, Rounding::HalfEven)?, "MAD 1.05 billion");
/// assert_eq!(
///     format_figure(value, FigureKind::AmountMad, Decimal::new(1, 2), Language::French, Rounding::HalfEven)?,
///     "1\u{202F}050\u{202F}000\u{202F}000,00 DH"
/// );
/// let rate = Decimal::new(14_9, 1);
/// assert_eq!(format_figure(rate, FigureKind::Percent, Decimal::new(1, 1), Language::Arabic, Rounding::HalfEven)?, "14,9 في المائة");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
pub fn format_figure(
    value: Decimal,
    kind: FigureKind,
    precision: Decimal,
    language: Language,
    rounding: Rounding,
) -> Result<String, Error> {
    let k = exponent(precision).ok_or(Error::PrecisionNotPowerOfTen(precision))?;
    if !kind.is_signed() && value < Decimal::ZERO {
        return Err(Error::NegativeFigure {
            kind: kind.as_str(),
            value,
        });
    }
    let counts = matches!(
        kind,
        FigureKind::Transactions | FigureKind::Cards | FigureKind::Merchants
    );
    if counts && k < 0 {
        return Err(Error::PrecisionTooFine {
            kind: kind.as_str(),
            precision,
            finest: Decimal::ONE,
        });
    }
    let overflow = || {
        Error::Overflow(Operation::describe(format!(
            "{value} rounded to {precision}"
        )))
    };
    let too_coarse = |coarsest: Decimal| Error::PrecisionTooCoarse {
        kind: kind.as_str(),
        precision,
        coarsest,
    };
    let rounded = if k <= 0 {
        let dp = u32::try_from(-k).map_err(|_| overflow())?;
        value.round_dp_with_strategy(dp, rounding.strategy())
    } else {
        value
            .checked_div(precision)
            .ok_or_else(overflow)?
            .round_dp_with_strategy(0, rounding.strategy())
            .checked_mul(precision)
            .ok_or_else(overflow)?
    };
    if kind == FigureKind::Percent {
        let decimals = u32::try_from(-k).map_err(|_| too_coarse(Decimal::ONE))?;
        let sign = if rounded < Decimal::ZERO { "-" } else { "" };
        let n = number(rounded, decimals, language, false);
        return Ok(match language {
            Language::French => format!("{sign}{n}\u{00A0}%"),
            Language::Arabic => format!("{sign}{n} في المائة"),
            Language::English => format!("{sign}{n}%"),
        });
    }
    if kind == FigureKind::PercentagePoints {
        let decimals = u32::try_from(-k).map_err(|_| too_coarse(Decimal::ONE))?;
        let sign = if rounded < Decimal::ZERO { "-" } else { "" };
        let n = number(rounded.abs(), decimals, language, false);
        // The full name, which the reader takes without a word of change before it. French
        // takes the singular below two, English only for one.
        return Ok(match language {
            Language::French if rounded.abs() < Decimal::TWO => {
                format!("{sign}{n} point de pourcentage")
            }
            Language::French => format!("{sign}{n} points de pourcentage"),
            Language::Arabic => format!("{sign}{n} نقطة مئوية"),
            Language::English if rounded.abs() == Decimal::ONE => {
                format!("{sign}{n} percentage point")
            }
            Language::English => format!("{sign}{n} percentage points"),
        });
    }
    // A scale word only for figures rounded coarser than a unit, with at most two decimals
    // under it (three would read as grouped thousands: "1,050 milliard"): the largest such scale
    // the value reaches, or else the smallest that can carry the precision ("0,5 mille").
    let fits = |s: &Scale| {
        let power = i64::from(s.power());
        k >= 1 && k <= power && power - k <= 2
    };
    let candidates: Vec<Scale> = [Scale::Billion, Scale::Million, Scale::Thousand]
        .into_iter()
        .filter(fits)
        .collect();
    let scale = candidates
        .iter()
        .copied()
        .find(|s| rounded >= s.multiplier())
        .or_else(|| candidates.last().copied());
    let text = if let Some(scale) = scale {
        let decimals = u32::try_from(i64::from(scale.power()) - k).map_err(|_| overflow())?;
        let scaled = rounded / scale.multiplier();
        let n = number(scaled, decimals, language, false);
        let plural = scaled >= Decimal::TWO;
        let word = scale_word(scale, language, plural);
        let noun = count_noun(kind, language);
        match (language, kind) {
            (Language::French, FigureKind::AmountMad) => format!("{n} {word} de dirhams"),
            (Language::French, _) if matches!(scale, Scale::Thousand) => {
                format!("{n} {word} {noun}")
            }
            (Language::French, _) if noun.starts_with(['o', 'é']) => {
                format!("{n} {word} d'{noun}")
            }
            (Language::French, _) => format!("{n} {word} de {noun}"),
            (Language::Arabic, FigureKind::AmountMad) => format!("{n} {word} درهم"),
            (_, FigureKind::AmountMad) => format!("MAD {n} {word}"),
            _ => format!("{n} {word} {noun}"),
        }
    } else {
        let decimals = u32::try_from(-k)
            .map_err(|_| too_coarse(crate::text::lexicon::power_of_ten(Scale::Billion.power())))?;
        let n = number(rounded, decimals, language, true);
        match (language, kind) {
            (Language::French, FigureKind::AmountMad) => format!("{n} DH"),
            (Language::Arabic, FigureKind::AmountMad) => format!("{n} درهم"),
            (_, FigureKind::AmountMad) => format!("MAD {n}"),
            _ => format!("{n} {}", count_noun(kind, language)),
        }
    };
    Ok(text)
}

/// The noun of a count in each language, as the press writes it after a number: operations,
/// cards, merchant sites.
fn count_noun(kind: FigureKind, language: Language) -> &'static str {
    match (kind, language) {
        (FigureKind::Cards, Language::French) => "cartes",
        (FigureKind::Cards, Language::Arabic) => "بطاقة",
        (FigureKind::Cards, Language::English) => "cards",
        (FigureKind::Merchants, Language::French) => "sites marchands",
        (FigureKind::Merchants, Language::Arabic) => "موقع تجاري",
        (FigureKind::Merchants, Language::English) => "merchant sites",
        (_, Language::French) => "opérations",
        (_, Language::Arabic) => "عملية",
        (_, Language::English) => "operations",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_cards_and_sites_name_what_they_count() {
        let p = Decimal::from(100_000);
        assert_eq!(
            f(14_300_000, FigureKind::Cards, p, Language::French),
            "14,3 millions de cartes"
        );
        assert_eq!(
            f(14_300_000, FigureKind::Cards, p, Language::Arabic),
            "14,3 مليون بطاقة"
        );
        assert_eq!(
            f(
                5_400,
                FigureKind::Merchants,
                Decimal::ONE,
                Language::English
            ),
            "5,400 merchant sites"
        );
        assert_eq!(
            f(
                5_000,
                FigureKind::Merchants,
                Decimal::from(1_000),
                Language::French
            ),
            "5 mille sites marchands"
        );
    }

    fn f(value: i64, kind: FigureKind, precision: Decimal, language: Language) -> String {
        format_figure(
            Decimal::from(value),
            kind,
            precision,
            language,
            Rounding::HalfEven,
        )
        .unwrap_or_default()
    }

    #[test]
    fn percentage_points_by_their_full_name() {
        let tenth = Decimal::new(1, 1);
        let write = |v: Decimal, p: Decimal, l: Language| {
            format_figure(v, FigureKind::PercentagePoints, p, l, Rounding::HalfEven)
                .unwrap_or_default()
        };
        assert_eq!(
            write(Decimal::from(6), Decimal::ONE, Language::French),
            "6 points de pourcentage"
        );
        assert_eq!(
            write(Decimal::new(-4, 1), tenth, Language::French),
            "-0,4 point de pourcentage"
        );
        assert_eq!(
            write(Decimal::from(6), Decimal::ONE, Language::Arabic),
            "6 نقطة مئوية"
        );
        assert_eq!(
            write(Decimal::ONE, Decimal::ONE, Language::English),
            "1 percentage point"
        );
        assert_eq!(
            write(Decimal::new(25, 1), tenth, Language::English),
            "2.5 percentage points"
        );
        assert!(
            format_figure(
                Decimal::ONE,
                FigureKind::PercentagePoints,
                Decimal::TEN,
                Language::French,
                Rounding::HalfEven
            )
            .is_err()
        );
    }

    #[test]
    fn press_forms() {
        let p = Decimal::from(10_000);
        assert_eq!(
            f(1_950_000, FigureKind::Transactions, p, Language::French),
            "1,95 million d'opérations"
        );
        assert_eq!(
            f(1_950_000, FigureKind::Transactions, p, Language::Arabic),
            "1,95 مليون عملية"
        );
        assert_eq!(
            f(1_950_000, FigureKind::Transactions, p, Language::English),
            "1.95 million operations"
        );
        assert_eq!(
            f(
                2_100_000,
                FigureKind::Transactions,
                Decimal::from(100_000),
                Language::French
            ),
            "2,1 millions d'opérations"
        );
        assert_eq!(
            f(
                1_945_959,
                FigureKind::Transactions,
                Decimal::ONE,
                Language::Arabic
            ),
            "1.945.959 عملية"
        );
        assert_eq!(
            f(
                388_000,
                FigureKind::Transactions,
                Decimal::ONE,
                Language::English
            ),
            "388,000 operations"
        );
        assert_eq!(
            f(
                388_000,
                FigureKind::Transactions,
                Decimal::from(1000),
                Language::French
            ),
            "388 mille opérations"
        );
        assert_eq!(
            f(16, FigureKind::Percent, Decimal::ONE, Language::French),
            "16\u{A0}%"
        );
        assert_eq!(
            f(-21, FigureKind::Percent, Decimal::ONE, Language::English),
            "-21%"
        );
    }

    #[test]
    fn rounding_is_named() {
        let v = Decimal::from(1_955_000);
        let p = Decimal::from(10_000);
        let even = format_figure(
            v,
            FigureKind::Transactions,
            p,
            Language::English,
            Rounding::HalfEven,
        )
        .unwrap_or_default();
        let up = format_figure(
            v,
            FigureKind::Transactions,
            p,
            Language::English,
            Rounding::HalfUp,
        )
        .unwrap_or_default();
        assert_eq!(even, "1.96 million operations");
        assert_eq!(up, "1.96 million operations");
        let down = format_figure(
            v,
            FigureKind::Transactions,
            p,
            Language::English,
            Rounding::Truncate,
        )
        .unwrap_or_default();
        assert_eq!(down, "1.95 million operations");
    }

    #[test]
    fn errors() {
        let bad = |v: i64, kind, p: Decimal| {
            format_figure(
                Decimal::from(v),
                kind,
                p,
                Language::French,
                Rounding::HalfEven,
            )
            .is_err()
        };
        assert!(bad(5, FigureKind::Transactions, Decimal::from(3)));
        assert!(bad(-5, FigureKind::Transactions, Decimal::ONE));
        assert!(bad(16, FigureKind::Percent, Decimal::TEN));
        assert_eq!(
            f(
                500,
                FigureKind::Transactions,
                Decimal::from(100),
                Language::French
            ),
            "0,5 mille opérations"
        );
    }
}
