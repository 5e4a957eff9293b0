//! Numbers written in words ("six milliards", "half a billion", "ثلاثة ملايين"), and numbers
//! written in parts ("2 milliards 300 millions", "4 ملايين و417 ألفا و305").
//!
//! A table-driven reader of our own rather than the `text2num` crate: that crate reads French
//! and English only (no Arabic, no duals, no "نصف مليار"), reads a stream of tokens that the
//! caller cuts, and would look at every word of a text, while this reader only wakes up where a
//! scale word stands (see [`anchors`]), which keeps `extract` as fast as the digit scan.
//!
//! # What is read
//!
//! A number in words is read only before a scale word (mille, million, milliard, thousand,
//! billion, ألف, مليون, مليار and their plurals and duals), and reported only when a unit of
//! ours follows (dirhams, operations, percent): "un", "deux" or "cent" alone, or before another
//! noun, are never figures. Parts are joined by spaces, hyphens, "et", "and" and "و", their
//! scale words get smaller from one part to the next, and a last part without a scale word
//! must be smaller than the scale before it and be followed by its unit.
//!
//! # Precision
//!
//! The precision is the place of the last thing written: for a part in digits, the unit of its
//! last digit times its scale ("2 milliards 300 millions": 10^6); for a part in words, the
//! largest power of ten (at most 100) that divides the words' value, times its scale ("six
//! milliards": 10^9, "trois cent mille": 10^5, "dix mille": 10^4); a half ("un
//! demi-milliard", "مليار ونصف", "half a billion") has the precision of half its scale
//! (0.5 × 10^9): the writer rounded to the nearest half.

use rust_decimal::Decimal;

use crate::text::extract::{self, TextFigure, figure_at};
use crate::text::lexicon::{self, List, power_of_ten};
use crate::text::scan;

/// A number word, and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// 1 to 99, or a hundreds word that is a whole value (ثلاثمائة, مائتان).
    Value(u16),
    /// "cent", "hundred", "مائة": times the units before it, or 100.
    Hundred,
    /// "demi", "half", "نصف".
    Half,
    /// "a": one, before a scale word or a half.
    Article,
    /// "و", which joins the parts of a number: "4 ملايين و417 ألفا".
    Joiner,
    /// A scale word with the article ("المليار", "المليون"), of this power: a piece of a number
    /// only where it says the scale again after a half ("مليار ونصف المليار").
    DefiniteScale(u32),
    /// "et", "and", which join a number's words ("vingt et un", "two and a half") but not its
    /// parts: "2 milliards et 3 millions d'opérations" is two figures.
    And,
}

/// The number words of the three languages, written folded (lower case, no Arabic vowel marks).
const WORDS: &[(&str, Word)] = &[
    // French.
    ("un", Word::Value(1)),
    ("deux", Word::Value(2)),
    ("trois", Word::Value(3)),
    ("quatre", Word::Value(4)),
    ("cinq", Word::Value(5)),
    ("six", Word::Value(6)),
    ("sept", Word::Value(7)),
    ("huit", Word::Value(8)),
    ("neuf", Word::Value(9)),
    ("dix", Word::Value(10)),
    ("onze", Word::Value(11)),
    ("douze", Word::Value(12)),
    ("treize", Word::Value(13)),
    ("quatorze", Word::Value(14)),
    ("quinze", Word::Value(15)),
    ("seize", Word::Value(16)),
    ("vingt", Word::Value(20)),
    ("vingts", Word::Value(20)),
    ("trente", Word::Value(30)),
    ("quarante", Word::Value(40)),
    ("cinquante", Word::Value(50)),
    ("soixante", Word::Value(60)),
    ("septante", Word::Value(70)),
    ("huitante", Word::Value(80)),
    ("octante", Word::Value(80)),
    ("nonante", Word::Value(90)),
    ("cent", Word::Hundred),
    ("cents", Word::Hundred),
    ("demi", Word::Half),
    ("et", Word::And),
    // English.
    ("one", Word::Value(1)),
    ("two", Word::Value(2)),
    ("three", Word::Value(3)),
    ("four", Word::Value(4)),
    ("five", Word::Value(5)),
    ("seven", Word::Value(7)),
    ("eight", Word::Value(8)),
    ("nine", Word::Value(9)),
    ("ten", Word::Value(10)),
    ("eleven", Word::Value(11)),
    ("twelve", Word::Value(12)),
    ("thirteen", Word::Value(13)),
    ("fourteen", Word::Value(14)),
    ("fifteen", Word::Value(15)),
    ("sixteen", Word::Value(16)),
    ("seventeen", Word::Value(17)),
    ("eighteen", Word::Value(18)),
    ("nineteen", Word::Value(19)),
    ("twenty", Word::Value(20)),
    ("thirty", Word::Value(30)),
    ("forty", Word::Value(40)),
    ("fifty", Word::Value(50)),
    ("sixty", Word::Value(60)),
    ("seventy", Word::Value(70)),
    ("eighty", Word::Value(80)),
    ("ninety", Word::Value(90)),
    ("hundred", Word::Hundred),
    ("half", Word::Half),
    ("a", Word::Article),
    ("and", Word::And),
    // Arabic: masculine and feminine forms, the cases of the duals and tens.
    ("واحد", Word::Value(1)),
    ("واحدة", Word::Value(1)),
    ("أحد", Word::Value(1)),
    ("إحدى", Word::Value(1)),
    ("اثنان", Word::Value(2)),
    ("اثنين", Word::Value(2)),
    ("اثنتان", Word::Value(2)),
    ("اثنتين", Word::Value(2)),
    ("اثنا", Word::Value(2)),
    ("اثني", Word::Value(2)),
    ("ثلاثة", Word::Value(3)),
    ("ثلاث", Word::Value(3)),
    ("أربعة", Word::Value(4)),
    ("أربع", Word::Value(4)),
    ("خمسة", Word::Value(5)),
    ("خمس", Word::Value(5)),
    ("ستة", Word::Value(6)),
    ("ست", Word::Value(6)),
    ("سبعة", Word::Value(7)),
    ("سبع", Word::Value(7)),
    ("ثمانية", Word::Value(8)),
    ("ثماني", Word::Value(8)),
    ("ثمان", Word::Value(8)),
    ("تسعة", Word::Value(9)),
    ("تسع", Word::Value(9)),
    ("عشرة", Word::Value(10)),
    ("عشر", Word::Value(10)),
    ("عشرون", Word::Value(20)),
    ("عشرين", Word::Value(20)),
    ("ثلاثون", Word::Value(30)),
    ("ثلاثين", Word::Value(30)),
    ("أربعون", Word::Value(40)),
    ("أربعين", Word::Value(40)),
    ("خمسون", Word::Value(50)),
    ("خمسين", Word::Value(50)),
    ("ستون", Word::Value(60)),
    ("ستين", Word::Value(60)),
    ("سبعون", Word::Value(70)),
    ("سبعين", Word::Value(70)),
    ("ثمانون", Word::Value(80)),
    ("ثمانين", Word::Value(80)),
    ("تسعون", Word::Value(90)),
    ("تسعين", Word::Value(90)),
    ("مائة", Word::Hundred),
    ("مئة", Word::Hundred),
    ("مائتان", Word::Value(200)),
    ("مائتين", Word::Value(200)),
    ("مائتا", Word::Value(200)),
    ("مائتي", Word::Value(200)),
    ("مئتان", Word::Value(200)),
    ("مئتين", Word::Value(200)),
    ("مئتا", Word::Value(200)),
    ("مئتي", Word::Value(200)),
    ("ثلاثمائة", Word::Value(300)),
    ("ثلاثمئة", Word::Value(300)),
    ("أربعمائة", Word::Value(400)),
    ("أربعمئة", Word::Value(400)),
    ("خمسمائة", Word::Value(500)),
    ("خمسمئة", Word::Value(500)),
    ("ستمائة", Word::Value(600)),
    ("ستمئة", Word::Value(600)),
    ("سبعمائة", Word::Value(700)),
    ("سبعمئة", Word::Value(700)),
    ("ثمانمائة", Word::Value(800)),
    ("ثمانمئة", Word::Value(800)),
    ("ثمانيمائة", Word::Value(800)),
    ("تسعمائة", Word::Value(900)),
    ("تسعمئة", Word::Value(900)),
    ("نصف", Word::Half),
    ("و", Word::Joiner),
];

/// Arabic duals of a scale word: two of it, in one word ("ملياري درهم" is two billion dirhams).
/// The construct forms in -ا ("مليارا", "ألفا") are left out: they are also the accusative of
/// one ("417 ألفا").
const DUALS: &[(&str, u32)] = &[
    ("ملياران", 9),
    ("مليارين", 9),
    ("ملياري", 9),
    ("مليونان", 6),
    ("مليونين", 6),
    ("مليوني", 6),
    ("ألفان", 3),
    ("ألفين", 3),
    ("ألفي", 3),
];

/// Scale words that stand for one of them with no number before: "مليار درهم" is a billion
/// dirhams, "mille dirhams" a thousand. The other languages write "un milliard", "a billion".
const BARE_ONE: &[&str] = &["مليار", "مليارا", "مليون", "مليونا", "ألف", "ألفا", "mille"];

/// Whether a unit noun opens `rest`, after spaces: "درهم", "عملية", "بطاقة" ("مليارا درهم" may be
/// two billion dirhams or a misprint of one). Not a conjunction, a preposition or a date
/// ("مليارا ونصف", "مليونا سنة 2005", "مليونا في نهاية 2005" are of one).
fn noun_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches(scan::is_space);
    [
        "درهم",
        "دراهم",
        "دولار",
        "عملية",
        "عمليات",
        "بطاقة",
        "موقع",
        "معاملة",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// Whether a noun of time opens `rest`, after spaces: "an", "année", "mois", "year"... (the
/// "un an plus tôt" after a number in words).
fn time_noun_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches(scan::is_space);
    [
        "an",
        "ans",
        "année",
        "mois",
        "trimestre",
        "semestre",
        "year",
        "month",
        "quarter",
    ]
    .iter()
    .any(|w| scan::phrase_at(rest, w).is_some())
}

/// Arabic letters that a word may carry on top of its letters: the short vowels, the sukun,
/// the shadda and the tatweel. They are not compared.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}' | '\u{0670}')
}

/// What a word of a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word(Word),
    /// A scale word: its power of ten, whether it is a dual, and whether it stands for one
    /// when no number is written before it.
    Scale {
        power: u32,
        dual: bool,
        bare_one: bool,
    },
}

/// Whether `c` belongs to a word: a letter, or an invisible character, which carries no content
/// and is read through ("m\u{AD}illions" is "millions").
fn in_word(c: char) -> bool {
    scan::is_letter(c) || scan::is_invisible(c)
}

/// What `word` is, if it is a piece of a number: a number word or a scale word, compared
/// without case and Arabic vowel marks. One binary search in a sorted table; nothing allocated.
fn classify(word: &str) -> Option<Kind> {
    let mut key = [0u8; 64];
    let mut len = 0;
    for c in word
        .chars()
        .filter(|&c| !is_mark(c) && !scan::is_invisible(c))
        .map(scan::fold)
    {
        let slot = key.get_mut(len..len + c.len_utf8())?;
        c.encode_utf8(slot);
        len += c.len_utf8();
    }
    let key = std::str::from_utf8(key.get(..len)?).ok()?;
    let table = &*TABLE;
    let at = table
        .binary_search_by(|(entry, _)| (*entry).cmp(key))
        .ok()?;
    table.get(at).map(|&(_, kind)| kind)
}

/// Every word of [`WORDS`], [`DUALS`] and the lexicon's scale words, sorted, the first listed
/// kept where a word appears twice.
static TABLE: std::sync::LazyLock<Vec<(&'static str, Kind)>> = std::sync::LazyLock::new(|| {
    let words = WORDS.iter().map(|&(w, k)| (w, Kind::Word(k)));
    let duals = DUALS.iter().map(|&(w, power)| {
        (
            w,
            Kind::Scale {
                power,
                dual: true,
                bare_one: false,
            },
        )
    });
    let scales = lexicon::SCALES.iter().map(|&(w, scale)| {
        (
            w,
            Kind::Scale {
                power: scale.power(),
                dual: false,
                bare_one: BARE_ONE.contains(&w),
            },
        )
    });
    let mut table: Vec<(&'static str, Kind)> = words.chain(duals).chain(scales).collect();
    // A stable sort keeps the first listed first among equal words.
    table.sort_by(|a, b| a.0.cmp(b.0));
    table.dedup_by(|later, first| later.0 == first.0);
    table
});

/// One piece of a number as written.
#[derive(Debug, Clone, Copy)]
enum Tok {
    Word(Word),
    Scale {
        power: u32,
        dual: bool,
        bare_one: bool,
    },
    /// A whole number in digits.
    Digits(u128),
}

#[derive(Debug, Clone, Copy)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

/// The most pieces one number is read in ("quatre-vingt-dix-neuf millions neuf cent
/// quatre-vingt-dix-neuf mille ..." has about twenty).
const MAX_TOKENS: usize = 32;

/// The pieces of a number from `start`, up to the first thing that is not one. Spaces (at most
/// three), hyphens and invisible characters may stand between them; an Arabic "و" may be glued
/// to the next piece.
fn tokens(text: &str, start: usize, out: &mut [Option<Token>; MAX_TOKENS]) -> usize {
    let mut count = 0;
    let mut at = start;
    let push = |out: &mut [Option<Token>; MAX_TOKENS], count: &mut usize, token| {
        if let Some(slot) = out.get_mut(*count) {
            *slot = Some(token);
            *count += 1;
            true
        } else {
            false
        }
    };
    while count < MAX_TOKENS {
        let Some(rest) = text.get(at..) else { break };
        let gap = gap_len(rest);
        let here = at + gap;
        let Some(rest) = text.get(here..) else { break };
        let Some(first) = rest.chars().next() else {
            break;
        };
        if scan::digit(first).is_some() {
            let Some(number) = scan::number(text, here) else {
                break;
            };
            let whole = number.fraction_len == 0
                && number.single_mark.is_none()
                && number.run_end == number.end;
            let Some(digits) = number.digits.filter(|_| whole) else {
                break;
            };
            if !push(
                out,
                &mut count,
                Token {
                    tok: Tok::Digits(digits),
                    start: here,
                    end: number.end,
                },
            ) {
                break;
            }
            at = number.end;
            continue;
        }
        let len = rest
            .char_indices()
            .find(|&(_, c)| !in_word(c))
            .map_or(rest.len(), |(i, _)| i);
        if len == 0 {
            break;
        }
        let Some(word) = rest.get(..len) else { break };
        let end = here + len;
        if let Some(kind) = classify(word) {
            // "contre huit millions un an plus tôt": "un" before a noun of time is its article,
            // no part of the number before.
            if count > 0
                && kind == Kind::Word(Word::Value(1))
                && time_noun_follows(text.get(end..).unwrap_or_default())
            {
                break;
            }
            let tok = match kind {
                Kind::Word(w) => Tok::Word(w),
                Kind::Scale {
                    power,
                    dual,
                    bare_one,
                } => {
                    // "مليارا درهم", "مليونا عملية": with no number before it and a unit noun
                    // right after it, the form in -ا is the construct of the dual, two of the
                    // scale (the accusative of one takes no noun right after it).
                    // It may also be a misprint of the singular ("تجاوز ... مليارا درهم" after
                    // a verb whose object would be "ملياري"): the figure is left out.
                    let dual_or_misprint = count == 0
                        && bare_one
                        && word.trim_end_matches(is_mark).ends_with('ا')
                        && noun_follows(text.get(end..).unwrap_or_default());
                    Tok::Scale {
                        power,
                        dual,
                        bare_one: bare_one && !dual_or_misprint,
                    }
                }
            };
            if !push(
                out,
                &mut count,
                Token {
                    tok,
                    start: here,
                    end,
                },
            ) {
                break;
            }
            at = end;
            continue;
        }
        // "المليار" after a half: the scale word said again, with the article.
        if let Some(Kind::Scale {
            power, dual: false, ..
        }) = word.strip_prefix("ال").and_then(classify)
        {
            if !push(
                out,
                &mut count,
                Token {
                    tok: Tok::Word(Word::DefiniteScale(power)),
                    start: here,
                    end,
                },
            ) {
                break;
            }
            at = end;
            continue;
        }
        // "وعشرون", "ونصف", "و417": the conjunction glued to the next piece.
        if let Some(tail) = word.strip_prefix('و') {
            let next_is_digit = text
                .get(end..)
                .and_then(|r| r.chars().next())
                .and_then(scan::digit)
                .is_some();
            if tail.is_empty() && next_is_digit || !tail.is_empty() && classify(tail).is_some() {
                let joiner_end = here + 'و'.len_utf8();
                if !push(
                    out,
                    &mut count,
                    Token {
                        tok: Tok::Word(Word::Joiner),
                        start: here,
                        end: joiner_end,
                    },
                ) {
                    break;
                }
                at = joiner_end;
                continue;
            }
        }
        break;
    }
    count
}

/// The byte length of what may stand between two pieces of a number: spaces and invisible
/// characters (up to three), perhaps around one hyphen.
fn gap_len(rest: &str) -> usize {
    let spaces = scan::leading_spaces(rest, 3);
    match rest.get(spaces..).and_then(|r| r.strip_prefix('-')) {
        Some(after) => spaces + 1 + scan::leading_spaces(after, 3),
        None => spaces,
    }
}

/// A value below a thousand read from words, with the precision of its last word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Small {
    value: u16,
    /// Tokens read.
    len: usize,
}

/// Reads the words of a number below a thousand from `tokens`: French ("quatre-vingt-dix-sept",
/// "deux cent cinquante", "vingt et un"), English ("one hundred and twenty-five") and Arabic
/// ("ثلاثمائة وخمسة وعشرون", "ثلاثة عشر"). Stops before the first token that does not belong;
/// `None` when the words do not make a number or make one wrongly ("trente-douze", "deux
/// trois").
fn small(tokens: &[Token]) -> Option<Small> {
    let mut hundreds: u16 = 0;
    // The part below a hundred, and the last word added to it.
    let mut rest: u16 = 0;
    let mut last: u16 = 0;
    let mut read = 0;
    let mut pending_joiner = false;
    for (i, token) in tokens.iter().enumerate() {
        let Tok::Word(word) = token.tok else { break };
        match word {
            Word::Joiner | Word::And => {
                if pending_joiner || read == 0 {
                    break;
                }
                pending_joiner = true;
                continue;
            }
            Word::Hundred => {
                if hundreds > 0 || rest >= 10 || pending_joiner {
                    return None;
                }
                hundreds = rest.max(1) * 100;
                rest = 0;
                last = 0;
            }
            Word::Value(v) if v >= 100 => {
                if hundreds > 0 || rest > 0 {
                    return None;
                }
                hundreds = v;
            }
            Word::Value(v) if rest == 4 && last == 4 && v == 20 && !pending_joiner => {
                // "quatre-vingt": four twenties, read as one word of 80.
                rest = 80;
                last = 80;
            }
            Word::Value(v) => {
                let arabic_units_first = (1..=9).contains(&rest) && last == rest;
                let fits = if rest == 0 {
                    true
                } else if arabic_units_first && v == 10 && !pending_joiner {
                    // "ثلاثة عشر": the Arabic teens, units first.
                    true
                } else if arabic_units_first && v >= 20 && pending_joiner {
                    // "خمسة وعشرون": Arabic tens after the units.
                    true
                } else if v >= last {
                    false
                } else if (10..=16).contains(&v) {
                    // "soixante-dix", "quatre-vingt-onze": only after sixty or eighty.
                    matches!(rest, 60 | 80) && last == rest
                } else if last == 10 {
                    // "dix-sept": seven to nine after ten.
                    v >= 7
                } else {
                    // A unit after a ten ("vingt-deux"), never after a teen ("onze deux").
                    last >= 20
                };
                if !fits || rest + v >= 100 {
                    return None;
                }
                rest += v;
                last = v;
            }
            Word::Half | Word::Article | Word::DefiniteScale(_) => break,
        }
        pending_joiner = false;
        read = i + 1;
    }
    if read == 0 {
        return None;
    }
    Some(Small {
        value: hundreds + rest,
        len: read,
    })
}

/// The precision of a value written in words: the largest power of ten, up to 100, that
/// divides it ("trois cent": 100, "vingt": 10, "vingt-deux": 1).
fn words_precision(value: u16) -> u16 {
    if value.is_multiple_of(100) {
        100
    } else if value.is_multiple_of(10) {
        10
    } else {
        1
    }
}

/// A number read in words or in parts, to be read on as a digit number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Compound {
    /// Where it starts.
    start: usize,
    /// Where its unit is to be read from: before its last scale word, when the unit reader is
    /// to read that too, or after its last piece.
    unit_from: usize,
    /// Where its last piece read ends.
    end: usize,
    /// Its value in base units.
    value: Decimal,
    /// Its precision in base units.
    precision: Decimal,
    /// The power of ten of the scale word at `unit_from` (0 when the unit reader reads none).
    pending_power: u32,
    /// How many parts (scale words) it has.
    parts: usize,
    /// Where the scale word a half follows starts and ends ("un milliard et demi"), when the
    /// number ends with one: its unit may be left out after the half.
    half_of: Option<(usize, usize)>,
}

/// Why a number in words or parts was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Failure {
    /// No number stands here: nothing to report, nothing to skip.
    NotHere,
    /// A number stands here but has no one reading: skip it up to this byte.
    Unreadable(usize),
}

/// The count of a part: how many of its scale word, and the precision it is written to (in
/// units of the scale); `None` when no count is written before the scale word.
type Count = Option<(Decimal, Decimal)>;

/// Reads the count that starts part `parts` of a number at `toks[*i]`: digits (in a later part),
/// words, "un demi", "half a", "a half", "two and a half", or nothing before a scale word.
fn count(
    toks: &[Token],
    i: &mut usize,
    parts: usize,
    digits_first: bool,
) -> Result<Count, Failure> {
    let half = Decimal::new(5, 1);
    let at = |k: usize| toks.get(k).map(|t| t.tok);
    match at(*i) {
        Some(Tok::Digits(d)) if parts > 0 || digits_first => {
            *i += 1;
            Ok(Some((Decimal::from(d), Decimal::ONE)))
        }
        Some(Tok::Word(Word::Half)) if parts == 0 => {
            // "نصف مليار", "half a billion".
            *i += 1;
            if matches!(at(*i), Some(Tok::Word(Word::Article))) {
                *i += 1;
            }
            Ok(Some((half, half)))
        }
        Some(Tok::Word(Word::Article)) if parts == 0 => {
            // "a billion", "a half billion".
            *i += 1;
            if matches!(at(*i), Some(Tok::Word(Word::Half))) {
                *i += 1;
                return Ok(Some((half, half)));
            }
            Ok(Some((Decimal::ONE, Decimal::ONE)))
        }
        Some(Tok::Word(Word::Value(_) | Word::Hundred)) => {
            let read = small(toks.get(*i..).unwrap_or_default())
                .ok_or_else(|| Failure::Unreadable(span_end(toks, *i + 1)))?;
            *i += read.len;
            let halves = match (at(*i), at(*i + 1), at(*i + 2)) {
                // "un demi-milliard".
                (Some(Tok::Word(Word::Half)), _, _) if read.value == 1 && read.len == 1 => 1,
                // "two and a half billion".
                (
                    Some(Tok::Word(Word::Joiner | Word::And)),
                    Some(Tok::Word(Word::Article)),
                    Some(Tok::Word(Word::Half)),
                ) => 3,
                _ => 0,
            };
            if halves == 0 {
                let value = Decimal::from(read.value);
                return Ok(Some((value, Decimal::from(words_precision(read.value)))));
            }
            if parts > 0 {
                return Err(Failure::Unreadable(span_end(toks, *i + halves)));
            }
            *i += halves;
            let whole = if halves == 1 {
                Decimal::ZERO
            } else {
                Decimal::from(read.value)
            };
            Ok(Some((whole + half, half)))
        }
        Some(Tok::Scale { .. }) => Ok(None),
        _ => Err(Failure::NotHere),
    }
}

/// Reads a number in words or parts from the pieces `toks` (the first at its start).
///
/// Each part is a count and a scale word smaller than the one before; a half may follow the
/// last scale word ("مليار ونصف", "deux milliards et demi"), perhaps with the scale word said
/// again ("مليار ونصف مليار"); a last part may have no scale word
/// ("و305"), and must then be smaller than the scale before it.
fn compound(toks: &[Token], digits_first: bool) -> Result<Compound, Failure> {
    let at = |k: usize| toks.get(k).map(|t| t.tok);
    let start = toks.first().ok_or(Failure::NotHere)?.start;
    let mut value = Decimal::ZERO;
    let mut precision = Decimal::ONE;
    let mut prev_power: Option<u32> = None;
    let mut parts = 0;
    let mut i = 0;
    let mut end = start;
    // The last scale word read: its power, whether a dual, where it starts and ends.
    let mut last = (0u32, false, start, start);
    loop {
        let part_start = i;
        // "et", "and" join no parts: the number ends before them.
        if parts > 0 && matches!(at(i), Some(Tok::Word(Word::And))) {
            break;
        }
        // A conjunction before each part after the first.
        if parts > 0 && matches!(at(i), Some(Tok::Word(Word::Joiner))) {
            i += 1;
        }
        let written = match count(toks, &mut i, parts, digits_first) {
            Ok(c) => c,
            // Nothing more: the number ends after its last scale word.
            Err(Failure::NotHere) if parts > 0 => break,
            Err(e) => return Err(e),
        };
        let Some(&Token {
            tok:
                Tok::Scale {
                    power,
                    dual,
                    bare_one,
                },
            start: scale_start,
            end: scale_end,
        }) = toks.get(i)
        else {
            // A last part with no scale word: smaller than the scale before it.
            let (Some((n, n_precision)), Some(p)) = (written, prev_power) else {
                return Err(if parts == 0 {
                    Failure::NotHere
                } else {
                    Failure::Unreadable(end)
                });
            };
            if i == part_start || n >= power_of_ten(p) || !n.fract().is_zero() {
                return Err(Failure::Unreadable(span_end(toks, i)));
            }
            end = span_end(toks, i);
            return Ok(Compound {
                start,
                unit_from: end,
                end,
                value: value + n,
                precision: n_precision,
                pending_power: 0,
                parts: parts + 1,
                half_of: None,
            });
        };
        let unreadable = Failure::Unreadable(scale_end);
        if prev_power.is_some_and(|p| power >= p) {
            if written.is_some() && !dual {
                // "deux millions et trois millions": a second number, not a part.
                break;
            }
            // "mille milliards": scale words that multiply are not read.
            return Err(unreadable);
        }
        let (n, n_precision) = match (written, dual, bare_one) {
            (Some(c), false, _) => c,
            (None, true, _) => (Decimal::TWO, Decimal::ONE),
            (None, false, true) => (Decimal::ONE, Decimal::ONE),
            // "milliards de dirhams" with no number: not a figure.
            (None, false, false) if parts == 0 => return Err(Failure::NotHere),
            // "deux ملياري", or a scale word with no number inside a number.
            (Some(_), true, _) | (None, false, false) => return Err(unreadable),
        };
        if parts > 0 && n >= Decimal::ONE_THOUSAND {
            return Err(unreadable);
        }
        let multiplier = power_of_ten(power);
        value = n
            .checked_mul(multiplier)
            .and_then(|v| v.checked_add(value))
            .ok_or(unreadable)?;
        precision = n_precision.checked_mul(multiplier).ok_or(unreadable)?;
        prev_power = Some(power);
        parts += 1;
        i += 1;
        end = scale_end;
        last = (power, dual, scale_start, scale_end);
        if !n.fract().is_zero() {
            // A half before the scale word: nothing follows it.
            break;
        }
        // "مليار ونصف", "deux milliards et demi", "a billion and a half".
        let halves = match (at(i), at(i + 1), at(i + 2)) {
            (Some(Tok::Word(Word::Joiner | Word::And)), Some(Tok::Word(Word::Half)), _) => 2,
            (
                Some(Tok::Word(Word::Joiner | Word::And)),
                Some(Tok::Word(Word::Article)),
                Some(Tok::Word(Word::Half)),
            ) => 3,
            _ => 0,
        };
        if halves > 0 {
            // "مليار ونصف مليار": the scale word may be said again after the half.
            // "مليار ونصف المليار": or with the article.
            let halves = match at(i + halves) {
                Some(
                    Tok::Scale {
                        power: again,
                        dual: false,
                        ..
                    }
                    | Tok::Word(Word::DefiniteScale(again)),
                ) if again == power => halves + 1,
                _ => halves,
            };
            let half = Decimal::new(5, 1) * multiplier;
            end = span_end(toks, i + halves);
            return Ok(Compound {
                start,
                unit_from: end,
                end,
                value: value + half,
                precision: half,
                pending_power: 0,
                parts,
                half_of: Some((scale_start, scale_end)),
            });
        }
    }
    let (power, dual, scale_start, scale_end) = last;
    // A dual is read whole; any other last scale word is read again by the unit reader, with
    // what follows it.
    Ok(Compound {
        start,
        unit_from: if dual { scale_end } else { scale_start },
        end,
        value,
        precision,
        pending_power: if dual { 0 } else { power },
        parts,
        half_of: None,
    })
}

/// Where the `count` first pieces end (the end of the last of them).
fn span_end(toks: &[Token], count: usize) -> usize {
    toks.get(..count.min(toks.len()))
        .and_then(|t| t.last())
        .or_else(|| toks.first())
        .map_or(0, |t| t.end)
}

/// The figure a number in words or parts stands for, read on by the digit reader's unit and
/// hedge reading; `Err` with the span to skip when it has no one reading.
fn figure(text: &str, c: &Compound) -> Result<TextFigure, Failure> {
    let unreadable = Failure::Unreadable(c.end);
    let mantissa = c
        .value
        .checked_div(power_of_ten(c.pending_power))
        .ok_or(unreadable)?
        .normalize();
    let fraction_len = usize::try_from(mantissa.scale()).map_err(|_| unreadable)?;
    let digits = u128::try_from(mantissa.mantissa()).map_err(|_| unreadable)?;
    let whole_len = mantissa.trunc().to_string().len();
    let mut unit_from = c.unit_from;
    if c.pending_power == 0 {
        // "deux milliards et demi de dirhams": "de" before the unit, as after a scale word.
        let rest = text.get(unit_from..).unwrap_or_default();
        let spaces = scan::leading_spaces(rest, 3);
        let after = rest.get(spaces..).unwrap_or_default();
        if let Some((_, len)) = lexicon::AFTER.at_start(after).get(lexicon::List::Connector) {
            unit_from += spaces + len;
        }
    }
    let number = scan::Number {
        start: c.start,
        end: unit_from,
        run_end: unit_from,
        digits: Some(digits),
        whole_len,
        fraction_len,
        single_mark: None,
    };
    // "d'un million et demi à 2,1 millions d'opérations", "مقابل مليار ونصف": after a half,
    // the unit may be left out as after a scale word alone, and the sentence gives it.
    let left_out = || {
        let (scale_start, scale_end) = c.half_of?;
        let word = text.get(scale_start..scale_end)?.to_lowercase();
        let unit = extract::after_scale(text, c.end, &word, 0, false)?;
        let number = scan::Number {
            end: c.end,
            run_end: c.end,
            ..number
        };
        extract::figure_with(text, &number, Some(unit))
    };
    let written = |(f, bare): (TextFigure, bool)| (!bare).then_some(f);
    let mut figure = figure_at(text, &number)
        .and_then(written)
        .or_else(|| left_out().and_then(written))
        .ok_or(unreadable)?;
    // The unit read must be after the whole number. One left out ("contre un demi-milliard")
    // is given by the sentence, as for digits (`extract::units_left_out`).
    if figure.end < c.end || figure.start > c.start {
        return Err(unreadable);
    }
    // The unit reader must have read no scale of its own past the number's ("مليار ونصف
    // مليون"): the value is the number's, or its hundredth in centimes.
    let ratio = figure
        .value()
        .checked_div(c.value)
        .ok_or(unreadable)?
        .normalize();
    if ratio != Decimal::ONE && ratio != Decimal::new(1, 2) {
        return Err(unreadable);
    }
    figure.figure = figure
        .figure
        .with_precision(c.precision.checked_mul(ratio).ok_or(unreadable)?)
        .map_err(|_| unreadable)?;
    Ok(figure)
}

/// What the digit reader is to do with a number in digits followed by a scale word.
#[derive(Debug)]
pub(crate) enum Parts {
    /// It is one number, as the digit reader reads it.
    One,
    /// It is the first part of a number in parts ("2 milliards 300 millions", "3 ملايين
    /// ونصف"): its figure if it has one reading, and where the reader goes on.
    Read(Option<TextFigure>, usize),
}

/// Whether a piece of a number may start `rest` (after a gap): digits, a "و", a number word or
/// a scale word ("1 milliard mille").
fn piece_follows(rest: &str) -> bool {
    let next = rest.get(gap_len(rest)..).unwrap_or_default();
    match next.chars().next() {
        Some(c) if scan::digit(c).is_some() || c == 'و' => true,
        Some(c) if scan::is_letter(c) => {
            let len = next
                .char_indices()
                .find(|&(_, c)| !in_word(c))
                .map_or(next.len(), |(i, _)| i);
            next.get(..len).is_some_and(|w| classify(w).is_some())
        }
        _ => false,
    }
}

/// Whether the digit reader's figure `figure` (of the digits at `number`) may be the first
/// part of a number in parts, to be read by [`after_digits`]: it has no unit of its own, or
/// one that a join word gave it ("1 مليار و1 ألف درهم"), or none at all.
pub(crate) fn may_start_parts(text: &str, figure: Option<&TextFigure>) -> bool {
    // A join word ("و", "et", "and") or digits right after the figure: perhaps a later part.
    let joined = |rest: &str| {
        let rest = rest
            .get(scan::leading_spaces(rest, 3)..)
            .unwrap_or_default();
        let word = |w: &str| {
            rest.get(..w.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(w))
        };
        rest.starts_with(|c: char| c == 'و' || scan::digit(c).is_some())
            || word("et ")
            || word("and ")
    };
    figure.is_none_or(|f| f.unit_implied || text.get(f.end..).is_some_and(joined))
}

/// Whether the digits of `number` start a number in parts, and if so its figure.
///
/// Cheap when they do not: only a whole number followed by a scale word is looked at, and
/// only when a piece of a number follows the scale word is anything more read.
pub(crate) fn after_digits(text: &str, number: &scan::Number) -> Parts {
    if number.fraction_len != 0 || number.single_mark.is_some() || number.run_end != number.end {
        return Parts::One;
    }
    let Some(rest) = text.get(number.end..) else {
        return Parts::One;
    };
    let spaces = scan::leading_spaces(rest, 3);
    let Some(after) = rest.get(spaces..) else {
        return Parts::One;
    };
    // A scale word (read through invisible characters, as every word here), then a piece; a
    // look at its first letter first.
    if !after.starts_with(['m', 'M', 'b', 'B', 't', 'T', 'م', 'أ', 'آ']) {
        return Parts::One;
    }
    let scale_len = after
        .char_indices()
        .find(|&(_, c)| !in_word(c))
        .map_or(after.len(), |(i, _)| i);
    let scale = after.get(..scale_len).and_then(classify);
    if !matches!(scale, Some(Kind::Scale { dual: false, .. }))
        || !piece_follows(after.get(scale_len..).unwrap_or_default())
    {
        return Parts::One;
    }
    let mut out = [None; MAX_TOKENS];
    let count = tokens(text, number.start, &mut out);
    let toks: Vec<Token> = out.iter().take(count).flatten().copied().collect();
    let at = |k: usize| toks.get(k).map(|t| t.tok);
    let piece = |t: Option<Tok>| {
        matches!(
            t,
            Some(Tok::Digits(_) | Tok::Word(Word::Value(_) | Word::Hundred | Word::Half))
        )
    };
    // Digits, a scale word, then a piece of a number, perhaps after a conjunction.
    let continues = matches!(at(1), Some(Tok::Scale { dual: false, .. }))
        && (piece(at(2))
            || matches!(at(2), Some(Tok::Scale { .. }))
            || matches!(at(2), Some(Tok::Word(Word::Joiner | Word::And)))
                && (piece(at(3))
                    || matches!(at(3), Some(Tok::Scale { .. }))
                    // "2 billion and a half".
                    || matches!(
                        (at(3), at(4)),
                        (Some(Tok::Word(Word::Article)), Some(Tok::Word(Word::Half)))
                    )));
    // "698 millions un an plus tôt": "un" before a word that is no piece of a number is the
    // article of that word, not a last part (698 000 001 is no press figure).
    // "1 mille un dirhams" is 1 001 dirhams: "un" before a unit of ours is the last part.
    let unit_after_one = || {
        toks.get(2).is_some_and(|t| {
            let rest = text.get(t.end..).unwrap_or_default();
            let rest = rest
                .get(scan::leading_spaces(rest, 3)..)
                .unwrap_or_default();
            let words = lexicon::AFTER.at_start(rest);
            [
                List::Dirham,
                List::Operation,
                List::Card,
                List::Merchant,
                List::Percent,
            ]
            .iter()
            .any(|&list| words.get(list).is_some())
        })
    };
    let lone_one = matches!(at(2), Some(Tok::Word(Word::Value(1))))
        && !matches!(
            at(3),
            Some(Tok::Scale { .. } | Tok::Digits(_) | Tok::Word(Word::Hundred | Word::Value(_)))
        )
        && !unit_after_one();
    if !continues || lone_one {
        return Parts::One;
    }
    match compound(&toks, true) {
        Ok(c) if c.parts > 1 || c.pending_power == 0 => match figure(text, &c) {
            Ok(f) => {
                let end = f.end;
                Parts::Read(Some(f), end)
            }
            Err(Failure::Unreadable(at)) => Parts::Read(None, at.max(c.end)),
            Err(Failure::NotHere) => Parts::Read(None, c.end),
        },
        // "2 millions et 3 millions": two numbers.
        Ok(_) | Err(Failure::NotHere) => Parts::One,
        Err(Failure::Unreadable(at)) => Parts::Read(None, at),
    }
}

/// Every number in words in `text`, found at its scale word: where it starts and ends, and its
/// figure if it has one reading (the digit reader does not read inside it again).
///
/// The text is looked at in blocks of [`BLOCK`] bytes, each tested at once for a place where a
/// scale word may start ([`block_has_anchor`]); only the places found are read as words.
pub(crate) fn figures(text: &str) -> Vec<(usize, usize, Option<TextFigure>)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut skip_to = 0;
    let mut from = 0;
    while from < bytes.len() {
        let window = window_at(bytes, from);
        if !block_may_anchor(&window) {
            from += BLOCK;
            continue;
        }
        let flags = block_anchors(&window);
        if flags.iter().fold(0, |any, &f| any | f) != 0 {
            for (k, &flag) in flags.iter().enumerate() {
                let anchor = from + k;
                if flag == 0 || anchor < skip_to || anchor >= bytes.len() {
                    continue;
                }
                // An invisible character inside a word: the word is read from its start.
                let anchor = if flag == 2 {
                    match word_around(text, anchor) {
                        Some(start) if start >= skip_to => start,
                        _ => continue,
                    }
                } else {
                    anchor
                };
                if let Some((start, end, figure)) = at_anchor(text, anchor) {
                    skip_to = end;
                    found.push((start, end, figure));
                }
            }
        }
        from += BLOCK;
    }
    found
}

/// If byte `i` lies inside one of `spans` (sorted, from [`figures`]), the end of that span.
/// `next` is the first span that may still hold a later byte, moved on as the reader goes.
pub(crate) fn inside(
    spans: &[(usize, usize, Option<TextFigure>)],
    next: &mut usize,
    i: usize,
) -> Option<usize> {
    while spans.get(*next).is_some_and(|&(_, end, _)| end <= i) {
        *next += 1;
    }
    let &(start, end, _) = spans.get(*next)?;
    (start <= i).then_some(end)
}

/// The figures read from digits and those read from words, in the order of the text; of two
/// that overlap, the first is kept.
pub(crate) fn merge(
    digits: Vec<TextFigure>,
    spans: Vec<(usize, usize, Option<TextFigure>)>,
) -> Vec<TextFigure> {
    let mut words = spans.into_iter().filter_map(|(_, _, f)| f).peekable();
    if words.peek().is_none() {
        return digits;
    }
    let mut digits = digits.into_iter().peekable();
    let mut out: Vec<TextFigure> = Vec::new();
    loop {
        let take_word = match (words.peek(), digits.peek()) {
            (Some(w), Some(d)) => w.start <= d.start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if take_word {
            words.next()
        } else {
            digits.next()
        };
        let Some(next) = next else { break };
        if out.last().is_none_or(|last| last.end <= next.start) {
            out.push(next);
        }
    }
    out
}

/// Words of a decimal mark inside a number in words: "quatre virgule deux", "four point two",
/// "أربعة فاصلة اثنان".
const DECIMAL_WORDS: [&str; 6] = ["virgule", "point", "comma", "فاصلة", "فاصل", "وفاصلة"];

/// The number in words that ends at the scale word at `anchor`, if one does.
fn at_anchor(text: &str, anchor: usize) -> Option<(usize, usize, Option<TextFigure>)> {
    let head = text.get(..anchor)?;
    // After digits ("2 milliards"), the digit reader reads it.
    let digits_before = scan::trim_end_spaces(head)
        .chars()
        .next_back()
        .and_then(scan::digit)
        .is_some();
    if digits_before || !scan::word_boundary_before(head) {
        return None;
    }
    // The scale word itself.
    let rest = text.get(anchor..)?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| !in_word(c))
        .map_or(rest.len(), |(i, _)| i);
    let Some(Kind::Scale { power, .. }) = classify(rest.get(..len)?) else {
        return None;
    };
    let start = start_before(text, anchor);
    // A hyphen before the first word read: the number may go on before it ("quatre-vingt-dix"
    // cut by a character the walk does not cross), so it has no sure reading.
    let head = scan::trim_end_spaces(text.get(..start)?);
    // Or a word before it with an invisible character inside, which may be a number word
    // written oddly, or glued to it by one.
    let odd_word_before =
        word_before(text, start).is_some_and(|(_, w)| w.chars().any(scan::is_invisible));
    let glued_before = text
        .get(..start)
        .and_then(|h| h.chars().next_back())
        .is_some_and(scan::is_invisible);
    // Or a decimal mark written as a word before it: "quatre virgule deux milliards" is 4.2
    // milliards, whose tail "deux milliards" alone would be a wrong value; the whole is left out.
    let decimal_word_before = word_before(text, start)
        .is_some_and(|(_, w)| DECIMAL_WORDS.iter().any(|d| w.eq_ignore_ascii_case(d)));
    let unsure = head.ends_with('-') || odd_word_before || glued_before || decimal_word_before;
    // The number must not be a later part of one that starts before it, read from its head:
    // right after digits, or after a larger scale word.
    if let Some(before) = piece_before(text, start)
        && match before {
            Before::Digits => true,
            // "2 مليار ونصف مليار": a scale word as large before it is of the same number.
            Before::Scale(p) => p >= power,
        }
    {
        return None;
    }
    let mut out = [None; MAX_TOKENS];
    let count = tokens(text, start, &mut out);
    let toks: Vec<Token> = out.iter().take(count).flatten().copied().collect();
    match compound(&toks, false) {
        Ok(c) if unsure => Some((start, c.end, None)),
        Ok(c) => match figure(text, &c) {
            Ok(f) => Some((f.start, f.end, Some(f))),
            Err(Failure::Unreadable(at)) => Some((start, at.max(c.end), None)),
            Err(Failure::NotHere) => None,
        },
        Err(Failure::Unreadable(at)) => Some((start, at.max(anchor + len), None)),
        Err(Failure::NotHere) => None,
    }
}

/// Where the number words before the scale word at `anchor` start (`anchor` when there are
/// none): the walk back takes number words and the conjunctions between them, an article only
/// right before a scale word or a half, and stops at anything else.
fn start_before(text: &str, anchor: usize) -> usize {
    let glued = text
        .get(..anchor)
        .and_then(|h| h.chars().next_back())
        .is_some_and(scan::is_letter);
    // "بمليار": a preposition glued to the scale word, which then stands for one.
    if glued {
        return anchor;
    }
    let mut start = anchor;
    let mut cursor = anchor;
    // Whether the word after the one looked at is a scale word or a half.
    let mut after_scale_or_half = true;
    for _ in 0..MAX_TOKENS {
        let Some((word_start, word)) = word_before(text, cursor) else {
            break;
        };
        match classify(word) {
            Some(Kind::Word(Word::Joiner | Word::And)) => {
                cursor = word_start;
                after_scale_or_half = false;
            }
            Some(Kind::Word(Word::Article)) if !after_scale_or_half => break,
            Some(Kind::Word(w)) => {
                start = word_start;
                cursor = word_start;
                after_scale_or_half = w == Word::Half;
            }
            _ => {
                // "وعشرون": a number word with the conjunction glued to it.
                let glued_joiner = word.strip_prefix('و').is_some_and(
                    |w| {
                        matches!(classify(w), Some(Kind::Word(w)) if !matches!(w, Word::Joiner | Word::And))
                    },
                );
                if glued_joiner {
                    start = word_start + 'و'.len_utf8();
                    cursor = word_start;
                    after_scale_or_half = false;
                    continue;
                }
                // "بثلاثة": a preposition glued to the first number word.
                let mut chars = word.char_indices();
                let clitic = chars
                    .next()
                    .is_some_and(|(_, c)| matches!(c, 'ب' | 'ل' | 'ف'));
                if let (true, Some((i, _))) = (clitic, chars.next())
                    && word.get(i..).is_some_and(|w| {
                        matches!(
                            classify(w),
                            Some(Kind::Word(Word::Value(_) | Word::Hundred | Word::Half))
                        )
                    })
                {
                    start = word_start + i;
                }
                break;
            }
        }
    }
    start
}

/// What stands before a number in words.
enum Before {
    Digits,
    Scale(u32),
}

/// The digits or scale word right before `start` (past spaces and a conjunction), if any.
fn piece_before(text: &str, start: usize) -> Option<Before> {
    let head = scan::trim_end_spaces(text.get(..start)?);
    let head = head.strip_suffix('و').unwrap_or(head);
    let head = scan::trim_end_spaces(head);
    if head.chars().next_back().and_then(scan::digit).is_some() {
        return Some(Before::Digits);
    }
    let (mut word_start, mut word) = word_before(text, head.len())?;
    // "et", "and" too: "2 milliards et trois millions" is left out rather than read in halves.
    if let Some(Kind::Word(Word::Joiner | Word::And)) = classify(word) {
        let digits_before = scan::trim_end_spaces(text.get(..word_start)?)
            .chars()
            .next_back()
            .and_then(scan::digit)
            .is_some();
        if digits_before {
            // "2 and a half billion": a half after digits and a conjunction is of the number
            // the digits start; any other number after them is one of its own.
            let half = text
                .get(start..)
                .and_then(|rest| rest.split(|c: char| !in_word(c)).find(|w| !w.is_empty()))
                .and_then(classify);
            return matches!(half, Some(Kind::Word(Word::Half | Word::Article)))
                .then_some(Before::Digits);
        }
        (word_start, word) = word_before(text, word_start)?;
    }
    let _ = word_start;
    match classify(word) {
        Some(Kind::Scale { power, .. }) => Some(Before::Scale(power)),
        _ => None,
    }
}

/// The word that ends `text[..end]`, past the gap before it (as [`gap_len`]): its start and
/// the word.
fn word_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let head = text.get(..end)?;
    let trimmed = scan::trim_end_spaces(head);
    let trimmed = scan::trim_end_spaces(trimmed.strip_suffix('-').unwrap_or(trimmed));
    if head.len() - trimmed.len() > 12 {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| in_word(c))
        .filter(|&(_, c)| !scan::is_invisible(c))
        .last()
        .map(|(i, _)| i)?;
    Some((start, trimmed.get(start..)?))
}

/// Where the scale word that the invisible character at byte `at` stands inside starts
/// ("m\u{AD}illions", "م\u{AD}ليار"), if it stands inside one.
fn word_around(text: &str, at: usize) -> Option<usize> {
    let head = text.get(..at)?;
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| in_word(c))
        .last()
        .map_or(at, |(i, _)| i);
    let rest = text.get(start..)?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| !in_word(c))
        .map_or(rest.len(), |(i, _)| i);
    matches!(classify(rest.get(..len)?), Some(Kind::Scale { .. })).then_some(start)
}

/// The two bytes before `bytes[from..]`, [`BLOCK`] bytes from `from` and five more: the
/// window in which [`anchor_bytes`] tests each place of a block. Past either end of the text,
/// spaces.
fn window_at(bytes: &[u8], from: usize) -> [u8; WINDOW] {
    if let Some(w) = from
        .checked_sub(2)
        .and_then(|s| bytes.get(s..s + WINDOW))
        .and_then(|w| <[u8; WINDOW]>::try_from(w).ok())
    {
        return w;
    }
    let mut w = [b' '; WINDOW];
    for (k, slot) in w.iter_mut().enumerate() {
        if let Some(&b) = (from + k).checked_sub(2).and_then(|i| bytes.get(i)) {
            *slot = b;
        }
    }
    w
}

/// The bytes [`figures`] tests at once, and the window it looks at: the two bytes before them,
/// and five after the last. Sixteen, one vector register of the baseline x86-64 (measured on
/// the bench's 1 MiB: 0.23 M fewer instructions for the reader than blocks of 32, 0.77 M fewer
/// than blocks of 64, whose more frequent hits send more bytes to the full test).
const BLOCK: usize = 16;
const WINDOW: usize = BLOCK + 7;

/// Whether a scale word may start at byte `a`, after `p2` and `p`, before `b` to `e`: "mill",
/// "bill" or "thous" (any case of their first letter) after no letter, or the Arabic "مل",
/// "أل", "آل" after a space, a newline, a bracket, a quote, an invisible character or a clitic
/// letter (و, ب, ف: the second byte of each; not ل, the second letter of the article) — and not right after digits, where the digit reader reads the scale
/// word ("2 millions"): 1 then. 2 where an invisible character starts, 0 elsewhere. In
/// compares and bit operations only, so that a block of them becomes vector instructions.
// Bitwise, not lazy, operators between the booleans: no branches, so that it vectorises.
#[inline]
#[allow(clippy::many_single_char_names, clippy::needless_bitwise_bool)]
fn anchor_bytes(p2: u8, p: u8, a: u8, b: u8, c: u8, d: u8, e: u8) -> u8 {
    let digit = |x: u8| x.wrapping_sub(b'0') < 10;
    let spacing = |x: u8| (x == b' ') | (x == 0xA0) | (x == 0xAF);
    let after_digits = digit(p) | spacing(p) & digit(p2);
    let lower = a | 0x20;
    let p_lower = p | 0x20;
    // The last byte of an invisible character: U+00AD, U+200B-200F, U+061C, U+FEFF, or NUL
    // (U+2060 ends in 0xA0, as the no-break space).
    let invisible = (p == 0xAD) | (p.wrapping_sub(0x8B) < 5) | (p == 0x9C) | (p == 0xBF) | (p == 0);
    let p_letter =
        (p_lower.wrapping_sub(b'a') < 26) | (p >= 0x80) & !spacing(p) & (p != 0xAB) & !invisible;
    let latin = ((lower == b'm') | (lower == b'b')) & (b == b'i') & (c == b'l') & (d == b'l')
        | (lower == b't') & (b == b'h') & (c == b'o') & (d == b'u') & (e == b's');
    let boundary = spacing(p)
        | invisible
        | (p == b'\n')
        | (p == b'(')
        | (p == b'"')
        | (p == 0xAB)
        | (p == 0x88)
        | (p == 0xA8)
        | (p == 0x81);
    let lead = (a == 0xD9) & (b == 0x85) | (a == 0xD8) & ((b | 1) == 0xA3);
    let arabic = boundary & lead & (c == 0xD9) & (d == 0x84);
    // An invisible character (its first byte), which may stand inside a scale word.
    let hidden = (a == 0xC2) & (b == 0xAD)
        | (a == 0xE2) & (b == 0x80) & (c.wrapping_sub(0x8B) < 5)
        | (a == 0xE2) & (b == 0x81) & (c == 0xA0)
        | (a == 0xD8) & (b == 0x9C)
        | (a == 0xEF) & (b == 0xBB) & (c == 0xBF)
        | (a == 0);
    u8::from(!after_digits & (latin & !p_letter | arabic)) | u8::from(hidden) << 1
}

/// Whether [`block_anchors`] may flag a place of the block in `w`: a looser and cheaper test,
/// on the bytes that the places it flags must hold ("ll", "hou", "مل", "أل", "آل" not right
/// after digits, the first bytes of an invisible character).
// Every index is below `BLOCK + 7 == WINDOW`, within the array: none can panic, and the
// compiler proves it too (so the loop has no bounds checks, and vectorises).
#[allow(clippy::indexing_slicing, clippy::needless_bitwise_bool)]
#[inline]
fn block_may_anchor(w: &[u8; WINDOW]) -> bool {
    let digit = |x: u8| x.wrapping_sub(b'0') < 10;
    let spacing = |x: u8| (x == b' ') | (x == 0xA0) | (x == 0xAF);
    let mut any = 0u8;
    for k in 0..BLOCK {
        let (p2, p, a, b, c, d) = (w[k], w[k + 1], w[k + 2], w[k + 3], w[k + 4], w[k + 5]);
        // Right after digits, the digit reader reads the scale word ("2 millions"): most scale
        // words of press text stand there, and leaving them out here spares their blocks the
        // full test (measured: 5 % fewer instructions for the whole reader).
        let after_digits = digit(p) | spacing(p) & digit(p2);
        let latin = (c == b'l') & (d == b'l') | (b == b'h') & (c == b'o') & (d == b'u');
        let arabic = (c == 0xD9) & (d == 0x84) & ((b == 0x85) | ((b | 1) == 0xA3));
        // Of an invisible character, its first byte only: 0xE2 and 0xEF lead other characters
        // too (’, «, …), whose blocks then take the full test.
        let hidden = (a == 0xC2) & (b == 0xAD)
            | (a == 0xE2)
            | (a == 0xD8) & (b == 0x9C)
            | (a == 0xEF)
            | (a == 0);
        any |= u8::from((latin | arabic) & !after_digits | hidden);
    }
    any != 0
}

/// Per place of the block in `w` (place `k` is `w[k + 2]`), 1 where a scale word may start, 2
/// where an invisible character starts (a scale word may stand around it), 0 elsewhere:
/// [`anchor_bytes`] over a fixed array, which the compiler turns into vector instructions.
// Every index is below `BLOCK + 7 == WINDOW`, within the array: none can panic, and the
// compiler proves it too (so the loop has no bounds checks, and vectorises).
#[allow(clippy::indexing_slicing)]
#[inline]
fn block_anchors(w: &[u8; WINDOW]) -> [u8; BLOCK] {
    let mut flags = [0u8; BLOCK];
    for k in 0..BLOCK {
        flags[k] = anchor_bytes(
            w[k],
            w[k + 1],
            w[k + 2],
            w[k + 3],
            w[k + 4],
            w[k + 5],
            w[k + 6],
        );
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token> {
        let mut out = [None; MAX_TOKENS];
        let n = tokens(s, 0, &mut out);
        out.iter().take(n).flatten().copied().collect()
    }

    fn small_value(s: &str) -> Option<u16> {
        let t = toks(s);
        small(&t).filter(|r| r.len == t.len()).map(|r| r.value)
    }

    #[test]
    fn small_numbers_in_three_languages() {
        for (s, v) in [
            ("vingt-deux", 22),
            ("vingt et un", 21),
            ("soixante-dix", 70),
            ("soixante-dix-sept", 77),
            ("quatre-vingt", 80),
            ("quatre-vingts", 80),
            ("quatre-vingt-dix-neuf", 99),
            ("dix-huit", 18),
            ("deux cent cinquante", 250),
            ("trois cents", 300),
            ("cent", 100),
            ("one hundred and twenty-five", 125),
            ("twenty-one", 21),
            ("nine hundred", 900),
            ("ثلاثمائة وخمسة وعشرون", 325),
            ("ثلاثة عشر", 13),
            ("خمسة وعشرون", 25),
            ("ثلاث مائة", 300),
            ("مائتان", 200),
            ("عشرة", 10),
        ] {
            assert_eq!(small_value(s), Some(v), "{s}");
        }
        for s in [
            "trente-douze",
            "deux trois",
            "onze deux",
            "vingt vingt",
            "dix-deux",
        ] {
            assert_eq!(small_value(s), None, "{s}");
        }
    }

    #[test]
    fn words_match_without_marks_or_case() {
        assert_eq!(
            classify("ملياريْ"),
            Some(Kind::Scale {
                power: 9,
                dual: true,
                bare_one: false
            })
        );
        assert_eq!(classify("Deux"), Some(Kind::Word(Word::Value(2))));
        assert_eq!(classify("deuxx"), None);
        assert_eq!(
            classify("mille"),
            Some(Kind::Scale {
                power: 3,
                dual: false,
                bare_one: true
            })
        );
        assert_eq!(classify(&"x".repeat(100)), None);
    }

    fn anchors(text: &str) -> Vec<usize> {
        let bytes = text.as_bytes();
        (0..bytes.len())
            .filter(|&i| block_anchors(&window_at(bytes, i)).first() == Some(&1))
            .collect::<Vec<_>>()
            .into_iter()
            .collect()
    }

    #[test]
    fn anchors_find_scale_words() {
        let text = "soit six milliards et ثلاثة ملايين و ألف, Thousand (Million) ومليار";
        let found = anchors(text);
        for word in ["milliards", "ملايين", "ألف", "Thousand", "Million", "مليار"] {
            assert!(
                found.contains(&text.find(word).unwrap_or_default()),
                "{word}"
            );
        }
        assert_eq!(anchors("مليار درهم"), vec![0]);
        assert_eq!(anchors("million"), vec![0]);
        // Not inside a word, nor after digits.
        assert!(anchors("famille 2 millions 3مليون عملية emillion").is_empty());
        // A block flags what each place flags, at every offset.
        let long = format!(
            "{} {text} m\u{AD}illions م\u{200B}ليار \u{FEFF}\u{61C}\u{2060}’ «x» \0",
            "x".repeat(40)
        );
        for from in 0..long.len() {
            let window = window_at(long.as_bytes(), from);
            let block = block_anchors(&window);
            assert!(
                block_may_anchor(&window) || block.iter().all(|&f| f == 0),
                "{from}"
            );
            for (k, &flag) in block.iter().enumerate() {
                let one = block_anchors(&window_at(long.as_bytes(), from + k));
                assert_eq!(flag, one.first().copied().unwrap_or_default(), "{from} {k}");
            }
        }
    }
}
