//! The words that say which period a figure is about: "en 2014", "au premier semestre 2015",
//! "à fin septembre", "متم دجنبر 2016", "خلال سنة 2013", "in the first nine months of 2022".

use crate::model::{Half, Month, Period, PeriodKind, Quarter, Year};
use std::sync::LazyLock;

use crate::text::scan;
use crate::text::wordset::WordSet;

/// Words of a text that name a period, and the period they name.
///
/// The period is known when the words give a year ("au premier semestre 2015" is `2015-H1`);
/// words that name a part of the year without one ("à fin juin") keep the part, and the year is
/// left unknown rather than guessed.
///
/// ```
/// use morocco_ecommerce::text::link;
/// let claims = link("Les paiements sont passés de 1,67 million en 2013 à 1,95 million d'opérations en 2014, soit +16 %.");
/// let periods: Vec<String> = claims[0].periods.iter().map(|(role, p)| format!("{role}: {}", p.text)).collect();
/// assert_eq!(periods, ["from: en 2013", "to: en 2014"]);
/// assert_eq!(claims[0].periods[1].1.period.map(|p| p.to_string()), Some("2014".to_owned()));
/// ```
///
/// With `serde`, a JSON object: `start`, `end`, `text`, `period` (as [`Period`] writes it, or
/// `null`) and `part` (`full_year`, `h1`, `q3`, `9m`... as the period's part is written, or
/// `null` when only a year is named).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TextPeriod {
    /// Byte offset where the words start.
    pub start: usize,
    /// Byte offset after the words.
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// The period, when the words give its year.
    pub period: Option<Period>,
    /// The part of the year the words name, written as in [`Period`]'s text form (`H1`, `Q3`,
    /// `9M`, `M03`), or `None` for a full year.
    pub part: Option<String>,
}

/// The first nine months, January to September: a placeholder that [`part_at`] turns into
/// [`PeriodKind::YearToDate`] (a `Month` cannot be made in a constant).
const NINE_MONTHS: PeriodKind = PeriodKind::Month(Month::DECEMBER);

/// Words that name a part of the year, and the part.
const PARTS: &[(&str, PeriodKind)] = &[
    ("premier semestre", PeriodKind::Half(Half::H1)),
    ("1er semestre", PeriodKind::Half(Half::H1)),
    ("deuxième semestre", PeriodKind::Half(Half::H2)),
    ("second semestre", PeriodKind::Half(Half::H2)),
    ("2ème semestre", PeriodKind::Half(Half::H2)),
    ("first half", PeriodKind::Half(Half::H1)),
    ("second half", PeriodKind::Half(Half::H2)),
    ("h1", PeriodKind::Half(Half::H1)),
    ("h2", PeriodKind::Half(Half::H2)),
    ("s1", PeriodKind::Half(Half::H1)),
    ("s2", PeriodKind::Half(Half::H2)),
    ("الأسدس الأول", PeriodKind::Half(Half::H1)),
    ("الأسدس الثاني", PeriodKind::Half(Half::H2)),
    ("النصف الأول", PeriodKind::Half(Half::H1)),
    ("النصف الثاني", PeriodKind::Half(Half::H2)),
    ("premier trimestre", PeriodKind::Quarter(Quarter::Q1)),
    ("1er trimestre", PeriodKind::Quarter(Quarter::Q1)),
    ("deuxième trimestre", PeriodKind::Quarter(Quarter::Q2)),
    ("troisième trimestre", PeriodKind::Quarter(Quarter::Q3)),
    ("quatrième trimestre", PeriodKind::Quarter(Quarter::Q4)),
    ("first quarter", PeriodKind::Quarter(Quarter::Q1)),
    ("second quarter", PeriodKind::Quarter(Quarter::Q2)),
    ("third quarter", PeriodKind::Quarter(Quarter::Q3)),
    ("fourth quarter", PeriodKind::Quarter(Quarter::Q4)),
    ("t1", PeriodKind::Quarter(Quarter::Q1)),
    ("t2", PeriodKind::Quarter(Quarter::Q2)),
    ("t3", PeriodKind::Quarter(Quarter::Q3)),
    ("t4", PeriodKind::Quarter(Quarter::Q4)),
    ("q1", PeriodKind::Quarter(Quarter::Q1)),
    ("q2", PeriodKind::Quarter(Quarter::Q2)),
    ("q3", PeriodKind::Quarter(Quarter::Q3)),
    ("q4", PeriodKind::Quarter(Quarter::Q4)),
    ("الربع الأول", PeriodKind::Quarter(Quarter::Q1)),
    ("الربع الثاني", PeriodKind::Quarter(Quarter::Q2)),
    ("الربع الثالث", PeriodKind::Quarter(Quarter::Q3)),
    ("الربع الرابع", PeriodKind::Quarter(Quarter::Q4)),
    ("neuf premiers mois", NINE_MONTHS),
    ("first nine months", NINE_MONTHS),
    ("الأشهر التسعة الأولى", NINE_MONTHS),
    ("التسعة أشهر الأولى", NINE_MONTHS),
    ("six premiers mois", PeriodKind::Half(Half::H1)),
    ("first six months", PeriodKind::Half(Half::H1)),
    ("الأشهر الستة الأولى", PeriodKind::Half(Half::H1)),
    ("trois premiers mois", PeriodKind::Quarter(Quarter::Q1)),
    ("first three months", PeriodKind::Quarter(Quarter::Q1)),
];

/// Words before a month that make "January to that month": "à fin septembre", "end of June",
/// "متم شتنبر".
const UNTIL: &[&str] = &[
    "à fin",
    "à la fin",
    "fin",
    "au terme du mois de",
    "end of",
    "end-",
    "متم",
    "حتى متم",
    "نهاية",
    "حتى نهاية",
    "عند متم",
];

/// Month names, French, English and Arabic (as written in Morocco and in the Mashreq).
const MONTHS: &[(&str, u8)] = &[
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("ماي", 5),
    ("مايو", 5),
    ("يونيو", 6),
    ("يوليوز", 7),
    ("يوليو", 7),
    ("غشت", 8),
    ("أغسطس", 8),
    ("شتنبر", 9),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("نونبر", 11),
    ("نوفمبر", 11),
    ("دجنبر", 12),
    ("ديسمبر", 12),
];

/// Words before a year that make it the base a figure is compared with, not the figure's own
/// period: "par rapport à 2013", "compared with 2013", "مقارنة مع 2013".
const COMPARED: &[&str] = &[
    "par rapport à",
    "comparé à",
    "comparativement à",
    "contre",
    "sur",
    "compared with",
    "compared to",
    "from",
    "against",
    "versus",
    "vs",
    "مقارنة مع",
    "مقارنة ب",
    "مقارنة بسنة",
    "مقابل",
];

/// The most bytes a period's words may stretch over.
const REACH: usize = 80;

/// The period the words of `text[from..to]` name, if they name exactly one: at most one year
/// (1990-2099, not one that a word of comparison introduces) and at most one part of the year.
/// Only the first [`REACH`] bytes are read, so the cost is bounded.
pub(crate) fn period_in(text: &str, from: usize, to: usize) -> Option<TextPeriod> {
    let mut to = to.min(from.saturating_add(REACH));
    while to > from && !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = text.get(from..to)?;
    period_of(window, from, period_places(window))
}

/// Whether a year or a part of the year may start with `c`: a digit, or the first character
/// of a phrase of [`PARTS`] or [`UNTIL`]. At any other place [`period_of`] finds nothing.
fn may_start_period(c: char) -> bool {
    scan::digit(c).is_some() || PART_OR_UNTIL_WORDS.starts_with(c)
}

/// The places of `window` where the words of a period may start, in order: where a word or a
/// number starts (after no letter and no digit, or at the window's first character) with a
/// character that may start them ([`may_start_period`]).
///
/// [`period_of`] finds nothing at the other places where a word starts, so reading only these
/// gives the same period (a property test holds it to reading every place). Over the bench
/// corpus (1 MiB of the example articles), the linker's 6 864 reads of a figure's period cost
/// 16.0 M instructions when each decoded every character of its window and tried every word.
fn period_places(window: &str) -> impl Iterator<Item = usize> + '_ {
    // The character before each place is kept, not asked of [`starts_word`], which decodes it
    // again (4 M instructions over the bench corpus).
    let mut previous: Option<char> = None;
    window.char_indices().filter_map(move |(i, c)| {
        let starts = previous.is_none_or(|b| !scan::is_letter(b) && scan::digit(b).is_none());
        previous = Some(c);
        (starts && may_start_period(c)).then_some(i)
    })
}

/// The period the words of `window` (at byte `from` of its text) name, if they name exactly
/// one, read at `places` (offsets in `window`, in order; [`period_places`]).
fn period_of(window: &str, from: usize, places: impl Iterator<Item = usize>) -> Option<TextPeriod> {
    let mut year: Option<(usize, usize, Year)> = None;
    let mut part: Option<(usize, usize, PeriodKind)> = None;
    let mut years = 0;
    let mut parts = 0;
    // Words already read as part of a period are not read again ("à fin juin" holds "fin juin").
    let mut read_up_to = 0;
    for i in places {
        if i < read_up_to {
            continue;
        }
        let Some(rest) = window.get(i..) else {
            continue;
        };
        let Some(c) = rest.chars().next() else {
            continue;
        };
        if scan::digit(c).is_some() {
            if let Some((len, y)) = year_at(rest)
                && !compared(window.get(..i).unwrap_or_default())
            {
                years += 1;
                year = Some((i, i + len, y));
                read_up_to = i + len;
                continue;
            }
            // A part of the year may start with a digit: "1er semestre", "2ème semestre".
            let ordinal = rest.starts_with(['1', '2', '3', '4'])
                && rest
                    .get(1..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_alphabetic);
            if !ordinal {
                continue;
            }
        }
        if let Some((len, kind)) = part_at(rest) {
            parts += 1;
            part = Some((i, i + len, kind));
            read_up_to = i + len;
        }
    }
    if years > 1 || parts > 1 || (year.is_none() && part.is_none()) {
        return None;
    }
    let start = [year.map(|y| y.0), part.map(|p| p.0)]
        .into_iter()
        .flatten()
        .min()?;
    let end = [year.map(|y| y.1), part.map(|p| p.1)]
        .into_iter()
        .flatten()
        .max()?;
    // The words that lead into the period: "en 2014", "خلال سنة 2013", "au premier semestre".
    let lead = lead_in(window.get(..start).unwrap_or_default());
    let kind = part.map_or(PeriodKind::FullYear, |p| p.2);
    let period = year.and_then(|(_, _, y)| Period::new(y, kind).ok());
    let part_name = part.and_then(|(_, _, k)| {
        let written = Period::new(Year::try_from(2000).ok()?, k).ok()?.to_string();
        written.get(5..).map(str::to_owned)
    });
    Some(TextPeriod {
        start: from + lead,
        end: from + end,
        text: window.get(lead..end)?.to_owned(),
        period,
        part: part_name,
    })
}

/// A period a sentence names, as [`named_periods`] finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NamedPeriod {
    /// Byte offset where the words start.
    pub(crate) start: usize,
    /// Byte offset after the words.
    pub(crate) end: usize,
    /// The words as written.
    pub(crate) text: String,
    /// The period, when the words give it; `None` for a part of the year without its year ("à
    /// fin juin") and for a year relative to the article's ("l'année dernière").
    pub(crate) period: Option<Period>,
    /// Whether the words name the year before the article's: "l'année dernière", "السنة
    /// الماضية", "العام المنقضي", "last year".
    pub(crate) last_year: bool,
    /// Whether words of comparison introduce it ("par rapport à 2013", "مقارنة مع السنة
    /// الماضية"): a base a rate is measured from, not the period of a figure.
    pub(crate) compared: bool,
}

/// Words that name the year before the one an article is written in.
const LAST_YEAR: &[&str] = &[
    "l'année dernière",
    "l'an dernier",
    "l'année écoulée",
    "l'année passée",
    "السنة الماضية",
    "العام الماضي",
    "العام المنقضي",
    "السنة المنقضية",
    "العام المنصرم",
    "السنة المنصرمة",
    "last year",
];

/// How many bytes before a year are read for the words of its part ("au premier semestre").
const PART_REACH: usize = 60;

/// Every period the words of `text[from..to]` name, in order: years with their part of the
/// year ("au premier semestre 2015"), parts without a year ("à fin juin"), and the year before
/// the article's ("l'année dernière"). Each word is read a bounded number of times, so the cost
/// is linear in the length of the range.
pub(crate) fn named_periods(text: &str, from: usize, to: usize) -> Vec<NamedPeriod> {
    let mut out: Vec<NamedPeriod> = Vec::new();
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let Some(range) = text.get(from..to) else {
        return out;
    };
    let mut read_up_to = 0;
    let mut last_end = from;
    for (i, c) in range.char_indices() {
        if i < read_up_to {
            continue;
        }
        if !starts_word(range, i) {
            continue;
        }
        let rest = range.get(i..).unwrap_or_default();
        let head = range.get(..i).unwrap_or_default();
        let at = from + i;
        if let Some(len) = LAST_YEAR.iter().find_map(|w| scan::phrase_at(rest, w)) {
            out.push(NamedPeriod {
                start: at,
                end: at + len,
                text: rest.get(..len).unwrap_or_default().to_owned(),
                period: None,
                last_year: true,
                compared: compared(head),
            });
            read_up_to = i + len;
            last_end = at + len;
            continue;
        }
        if scan::digit(c).is_some() {
            let Some((len, year)) = year_at(rest) else {
                continue;
            };
            read_up_to = i + len;
            let end = at + len;
            if compared(head) {
                out.push(NamedPeriod {
                    start: at,
                    end,
                    text: rest.get(..len).unwrap_or_default().to_owned(),
                    period: Some(Period::full_year(year)),
                    last_year: false,
                    compared: true,
                });
                last_end = end;
                continue;
            }
            let mut window = at.saturating_sub(PART_REACH).max(last_end);
            while window < at && !text.is_char_boundary(window) {
                window += 1;
            }
            let named = period_in(text, window, end);
            out.push(match named {
                Some(p) if p.period.is_some_and(|p| p.year() == year) => NamedPeriod {
                    start: p.start,
                    end: p.end.max(end),
                    text: p.text,
                    period: p.period,
                    last_year: false,
                    compared: false,
                },
                // Two parts of the year before it: which one is its own is not known.
                _ => NamedPeriod {
                    start: at,
                    end,
                    text: rest.get(..len).unwrap_or_default().to_owned(),
                    period: None,
                    last_year: false,
                    compared: false,
                },
            });
            last_end = end;
            continue;
        }
        if let Some((len, _)) = part_at(rest) {
            parts.push((at, at + len));
            read_up_to = i + len;
        }
    }
    // A part of the year that no year took is a period whose year is not named.
    for (start, end) in parts {
        if out.iter().any(|p| p.start <= start && end <= p.end) {
            continue;
        }
        out.push(NamedPeriod {
            start,
            end,
            text: text.get(start..end).unwrap_or_default().to_owned(),
            period: None,
            last_year: false,
            compared: false,
        });
    }
    out.sort_by_key(|p| p.start);
    out
}

/// Whether a word or a number may start at byte `i` of `s`: no letter or digit just before it.
fn starts_word(s: &str, i: usize) -> bool {
    s.get(..i)
        .and_then(|b| b.chars().next_back())
        .is_none_or(|b| !scan::is_letter(b) && scan::digit(b).is_none())
}

/// A year of four digits, 1990 to 2099, standing alone: its length in bytes and its value.
fn year_at(rest: &str) -> Option<(usize, Year)> {
    let mut value: i32 = 0;
    let mut len = 0;
    let mut digits = 0;
    for c in rest.chars() {
        let Some(d) = scan::digit(c) else { break };
        value = value * 10 + i32::from(d);
        len += c.len_utf8();
        digits += 1;
        if digits > 4 {
            return None;
        }
    }
    let after = rest.get(len..).and_then(|r| r.chars().next());
    let glued = after.is_some_and(|a| {
        scan::is_letter(a)
            || matches!(a, ',' | '.' | '٫' | '،') && {
                // "2014,5" is no year; "2014, " and "2014." are.
                rest.get(len + a.len_utf8()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|n| scan::digit(n).is_some())
            }
    });
    if digits != 4 || glued || !(1990..=2099).contains(&value) {
        return None;
    }
    Some((len, Year::try_from(value).ok()?))
}

/// The phrases of [`PARTS`], then those of [`UNTIL`], in one set: no phrase of either list
/// starts a phrase of the other (a unit test holds it), so at a place where one of them is
/// found the longest of the set is the longest of its own list, and one search of the set
/// answers for both (over the bench corpus, 2 M instructions fewer than one search per list).
static PART_OR_UNTIL_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    let words: Vec<&'static str> = PARTS
        .iter()
        .map(|(w, _)| *w)
        .chain(UNTIL.iter().copied())
        .collect();
    WordSet::new(&words)
});
/// Whether `word` is the name of a month, whole ([`MONTHS`]): "juin", "June", "يونيو".
pub(crate) fn is_month(word: &str) -> bool {
    MONTH_WORDS
        .at_start(word)
        .is_some_and(|(_, len)| len == word.len())
}

/// The phrases of [`MONTHS`], indexed once.
static MONTH_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&MONTHS.iter().map(|(w, _)| *w).collect::<Vec<_>>()));

/// A part of the year named at the start of `rest`, with its length.
fn part_at(rest: &str) -> Option<(usize, PeriodKind)> {
    let (index, len) = PART_OR_UNTIL_WORDS.at_start(rest)?;
    if let Some(&(_, kind)) = PARTS.get(index) {
        let kind = if kind == NINE_MONTHS {
            PeriodKind::YearToDate(Month::new(9).ok()?)
        } else {
            kind
        };
        return Some((len, kind));
    }
    // A phrase of UNTIL: "à fin", "متم"...
    let after = rest.get(len..)?;
    let spaces = scan::leading_spaces(after, 2);
    let after = after.get(spaces..)?;
    // "fin juin", "à fin du mois de juin", "متم شهر يونيو".
    let skip = ["du mois de ", "mois de ", "شهر "]
        .iter()
        .find_map(|w| scan::prefix_len(after, w))
        .unwrap_or(0);
    let (index, m) = MONTH_WORDS.at_start(after.get(skip..)?)?;
    let month = Month::new(MONTHS.get(index)?.1).ok()?;
    Some((len + spaces + skip + m, PeriodKind::through(month)))
}

/// Whether the words just before a year make it a base of comparison.
fn compared(head: &str) -> bool {
    let head = scan::trim_end_spaces(head);
    let head = head
        .strip_suffix("سنة")
        .or_else(|| head.strip_suffix("l'année"))
        .or_else(|| head.strip_suffix("l’année"))
        .map_or(head, scan::trim_end_spaces);
    first_ending(head, COMPARED).is_some()
}

/// Where the first of `phrases` (in their order) that ends `head` as whole words starts.
///
/// Only the phrases whose last character is the last of `head` (Arabic marks aside, folded) are
/// tried: [`scan::phrase_before`] fails on the others, as every phrase is written folded. Trying
/// each phrase cost 5 M instructions more over the bench corpus.
fn first_ending(head: &str, phrases: &[&str]) -> Option<usize> {
    let last = scan::fold(head.chars().rev().find(|&c| !scan::is_arabic_mark(c))?);
    phrases
        .iter()
        .filter(|p| p.ends_with(last))
        .find_map(|p| scan::phrase_before(head, p))
}

/// Words that lead into a period: "en", "au", "durant les", "خلال سنة", "in the".
const LEADS: &[&str] = &[
    "au cours du",
    "au cours de",
    "durant les",
    "durant le",
    "pendant les",
    "pendant le",
    "à fin",
    "en",
    "au",
    "in the",
    "in",
    "during the",
    "during",
    "خلال سنة",
    "خلال",
    "سنة",
    "برسم سنة",
    "برسم",
    "في",
];

/// How many bytes of `head` come before the words that lead into a period ("en", "au", "durant
/// les", "خلال سنة", "in the"): the period's words start there.
fn lead_in(head: &str) -> usize {
    first_ending(scan::trim_end_spaces(head), LEADS).unwrap_or(head.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(String, Option<String>)> {
        period_in(s, 0, s.len()).map(|p| (p.text, p.period.map(|x| x.to_string())))
    }

    /// [`period_in`] as it was first written: read at every place where a word or a number
    /// starts, not only where a period's words may.
    fn period_in_at_every_word(text: &str, from: usize, to: usize) -> Option<TextPeriod> {
        let mut to = to.min(from.saturating_add(REACH));
        while to > from && !text.is_char_boundary(to) {
            to -= 1;
        }
        let window = text.get(from..to)?;
        let places = window
            .char_indices()
            .map(|(i, _)| i)
            .filter(|&i| starts_word(window, i));
        period_of(window, from, places)
    }

    /// Text made of the words of periods, pieces of them, and characters around them.
    fn period_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let pieces: Vec<&str> = [
            "premier semestre",
            "1er trimestre",
            "à fin",
            "fin",
            "Fin",
            "juin",
            "septembre",
            "du mois de ",
            "en",
            "au",
            "de",
            "par rapport à",
            "contre",
            "sur",
            "durant les",
            "neuf premiers mois",
            "first half",
            "in the",
            "end of",
            "June",
            "H1",
            "t3",
            "Q4",
            "متم",
            "دجنبر",
            "شهر ",
            "خلال سنة",
            "مقارنة مع",
            "الأسدس الأول",
            "وفي",
            "بسنة",
            "2014",
            "2013",
            "1850",
            "20145",
            "٢٠١٦",
            "2014,5",
            "2015.",
            "3,5",
            " ",
            " ",
            " ",
            "\u{a0}",
            ",",
            "، ",
            ".",
            "%",
            "(",
            "l'année",
            "x",
            "é",
            "É",
            "ж",
            "😀",
            "\u{2019}",
        ]
        .to_vec();
        proptest::collection::vec(proptest::sample::select(pieces), 0..30)
            .prop_map(|pieces| pieces.concat())
    }

    proptest::proptest! {
        #[test]
        fn reading_where_a_period_may_start_reads_as_every_word(
            text in period_text(),
            from in 0usize..80,
            len in 0usize..120,
        ) {
            proptest::prop_assert_eq!(
                period_in(&text, from, from + len),
                period_in_at_every_word(&text, from, from + len)
            );
        }
    }

    #[test]
    fn years_and_parts() {
        let some = |t: &str, p: &str| Some((t.to_owned(), Some(p.to_owned())));
        assert_eq!(read(" en 2014, soit"), some("en 2014", "2014"));
        assert_eq!(read(" خلال سنة 2013 "), some("خلال سنة 2013", "2013"));
        assert_eq!(
            read(" durant les neuf premiers mois de 2022 à "),
            some("durant les neuf premiers mois de 2022", "2022-9M")
        );
        assert_eq!(
            read(" au premier semestre 2015"),
            some("au premier semestre 2015", "2015-H1")
        );
        assert_eq!(
            read(" à fin septembre 2016"),
            some("à fin septembre 2016", "2016-9M")
        );
        assert_eq!(read(" متم دجنبر 2016"), some("متم دجنبر 2016", "2016"));
        assert_eq!(
            read(" in the first half of 2019"),
            some("in the first half of 2019", "2019-H1")
        );
        assert_eq!(read(" à fin juin"), Some(("à fin juin".to_owned(), None)));
        // A part of the year written with a digit.
        assert_eq!(
            read(" au 1er semestre 2024"),
            some("au 1er semestre 2024", "2024-H1")
        );
        assert_eq!(
            read(" au 2ème semestre 2023"),
            some("au 2ème semestre 2023", "2023-H2")
        );
    }

    #[test]
    fn phrases_ending_a_head_are_written_folded() {
        // `first_ending` tries a phrase only when its last character is the folded last
        // character of the words before: each must be its own folded form.
        for phrase in COMPARED.iter().chain(LEADS) {
            assert!(phrase.chars().all(|c| scan::fold(c) == c), "{phrase}");
        }
        assert_eq!(
            first_ending("soit une hausse par rapport à", COMPARED),
            Some(16)
        );
        assert_eq!(first_ending("au cours de", LEADS), Some(0));
        assert_eq!(first_ending("", LEADS), None);
    }

    #[test]
    fn no_part_of_the_year_starts_a_word_of_until_nor_the_reverse() {
        // `PART_OR_UNTIL_WORDS` relies on it: two phrases found at one place are one the
        // start of the other.
        for (part, _) in PARTS {
            for until in UNTIL {
                assert!(
                    !part.starts_with(until) && !until.starts_with(part),
                    "{part} / {until}"
                );
            }
        }
        assert_eq!(
            part_at("fin juin"),
            Some(("fin juin".len(), PeriodKind::Half(Half::H1)))
        );
        assert_eq!(
            part_at("premier semestre"),
            Some(("premier semestre".len(), PeriodKind::Half(Half::H1)))
        );
        assert_eq!(part_at("fin du jour"), None);
    }

    #[test]
    fn what_is_not_one_period() {
        assert_eq!(read(" en 2013 et en 2014"), None);
        assert_eq!(read(" par rapport à 2013"), None);
        assert_eq!(read(" مقارنة مع سنة 2013"), None);
        assert_eq!(read(" 20145 "), None);
        assert_eq!(read(" 2014,5 "), None);
        assert_eq!(read(" 1850 "), None);
        assert_eq!(read(" sans date"), None);
    }

    fn named(s: &str) -> Vec<(String, Option<String>, bool, bool)> {
        named_periods(s, 0, s.len())
            .into_iter()
            .map(|p| {
                (
                    p.text,
                    p.period.map(|x| x.to_string()),
                    p.last_year,
                    p.compared,
                )
            })
            .collect()
    }

    #[test]
    fn every_period_of_a_sentence() {
        let p = |t: &str, y: Option<&str>, last: bool, compared: bool| {
            (t.to_owned(), y.map(str::to_owned), last, compared)
        };
        assert_eq!(
            named("de 1,67 million en 2013 à 1,95 million en 2014, par rapport à 2012"),
            [
                p("en 2013", Some("2013"), false, false),
                p("en 2014", Some("2014"), false, false),
                p("2012", Some("2012"), false, true),
            ]
        );
        assert_eq!(
            named("au premier semestre 2015, contre 5 % à fin juin"),
            [
                p("au premier semestre 2015", Some("2015-H1"), false, false),
                p("à fin juin", None, false, false),
            ]
        );
        assert_eq!(
            named("خلال السنة الماضية، مقارنة مع العام الماضي"),
            [
                p("السنة الماضية", None, true, false),
                p("العام الماضي", None, true, true),
            ]
        );
        assert_eq!(
            named("last year, in the first nine months of 2022"),
            [
                p("last year", None, true, false),
                p(
                    "in the first nine months of 2022",
                    Some("2022-9M"),
                    false,
                    false
                ),
            ]
        );
        assert!(named("sans date, 20145 et 1850").is_empty());
    }
}
