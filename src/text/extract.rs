//! Finding the figures in a text.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use crate::Error;
use crate::model::Qualifier;
use crate::reported::{Assumption, FigureKind, Interval, ReportedFigure};
use crate::text::Language;
use crate::text::lexicon::{self, List, power_of_ten};
use crate::text::scan::{self, Mark};
use crate::text::words;
use crate::text::wordset::WordSet;

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
    /// Whether no unit was written: a scale word alone, whose kind the sentence gave (see
    /// [`extract`]), or a count of operations by default.
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
/// A number with a scale word and no unit takes the kind its sentence gives it (see below), or
/// else is read as a count of operations, as CMI reports give every amount its currency; one
/// followed by another noun (cards, sites) is left out. Percentage points are figures of their
/// own kind, [`FigureKind::PercentagePoints`].
///
/// A scale word alone ("7,4 milliards") is given, in this order: the kind of the figure a tie
/// word joins it to, when that one has its unit ("9,2 milliards de dirhams contre 7,4
/// milliards", "de 94,1 millions de DH à 170,3 millions", "840 مليون درهم مقابل 500 مليون":
/// "à", "to", "إلى", "contre", "against", "versus", "مقابل", "بعد أن كان"..., perhaps with a
/// date, but not "et", "and", "و"); else the kind of the quantity its clause names after the last
/// figure with a unit ("le montant ... de 148,2 à 166 millions" is dirhams, "le nombre
/// d'opérations ... 12 millions" a count), when it names one only; else dirhams in a sentence that
/// writes amounts with their unit and no count; else a count. Tied to a count on one side and an
/// amount on the other, it is left out, and so is one after "les opérations" alone (which may be
/// their value) in a sentence of amounts that names no amount.
///
/// A bare number, with no unit and no scale word, is a count only where its sentence makes it
/// one: after a word of reaching ("atteindre", "à", "reached", "بلغ", "إلى", "contre"...), of four
/// digits or more and no year, followed by no noun of its own, and tied to a count or in a clause
/// that names operations: "le nombre de transactions ... pour atteindre plus de 512 300" is more
/// than 512 300 operations; "le montant a atteint 512 300" and "1 200 par jour" are no figure.
///
/// ```
/// use morocco_ecommerce::text::extract;
/// use morocco_ecommerce::FigureKind;
/// let figures = extract("9,2 milliards de dirhams contre 7,4 milliards ; la part gagne 6 points.");
/// assert_eq!(figures[1].kind(), FigureKind::AmountMad);
/// assert!(figures[1].unit_implied);
/// assert_eq!(figures[2].kind(), FigureKind::PercentagePoints);
/// ```
///
/// Runs in time linear in the length of the text and never panics.
#[must_use]
pub fn extract(text: &str) -> Vec<TextFigure> {
    let mut figures = Vec::new();
    // The figures read from digits whose unit was left out, by start, and how.
    let mut left = Vec::new();
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
        let (prev, prev2) = last_two_visible(text.get(..i).unwrap_or_default());
        // Not the start of a number: inside a word ("A320", "Q3") or after a mark that follows
        // digits.
        // A dirham sign glued to the digits ("Dh742.5 million", "MAD980m") is no word.
        let inside_word = prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '_')
            && !glued_dirham_prefix(text.get(..i).unwrap_or_default());
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
        if words::may_start_parts(text, figure.as_ref().map(|(f, _)| f))
            && let words::Parts::Read(figure, end) = words::after_digits(text, &number)
        {
            at = at.max(end);
            if let Some(figure) = figure {
                if figure.unit_implied {
                    left.push((figure.start, LeftOut::Scale));
                }
                figures.push(figure);
            }
            continue;
        }
        if let Some((figure, is_bare)) = figure {
            at = at.max(figure.end);
            if figure.unit_implied {
                let how = if is_bare {
                    LeftOut::Bare
                } else {
                    LeftOut::Scale
                };
                left.push((figure.start, how));
            }
            figures.push(figure);
        }
    }
    list_signs(text, &mut figures);
    // The figures in words join those in digits before the units left out are given, so that
    // each may be the other's neighbour: "six milliards de dirhams contre 7,4 milliards".
    let mut figures = words::merge(figures, spans);
    let mut implied = Vec::new();
    let mut next = left.iter().peekable();
    for (i, f) in figures.iter().enumerate() {
        while next.next_if(|&&(start, _)| start < f.start).is_some() {}
        if f.unit_implied {
            // As listed at its start; otherwise a number in words, with a scale word alone.
            let how = next
                .next_if(|&&(start, _)| start == f.start)
                .map_or(LeftOut::Scale, |&(_, how)| how);
            implied.push((i, how));
        }
    }
    if !implied.is_empty() {
        units_left_out(text, &mut figures, &implied);
    }
    // "en moyenne 2,6 opérations par carte", "1.5 transactions per buyer": a count with a
    // fraction of one is a ratio, no number of things, and is not reported.
    figures.retain(|f| !is_count(f.kind()) || f.value().fract().is_zero());
    figures
}

/// Whether the percentage `first`, ending at `end` after the word of a fall, opens a pair of
/// levels: "à" or "to", then a second percentage below it ("a reculé de 31 % à 27 %", "fell 31%
/// to 27%"), the share before and after the fall. Not after "by", which makes a rate of it
/// ("fell by 3% to 27%"), nor where the second is not below the first ("a reculé de 3 % à 27 %"
/// is a fall of 3 % to a level of 27 %, whatever the level was before).
fn fall_between_levels(text: &str, end: usize, first: Decimal, lead: &str) -> bool {
    if scan::match_end(lead, ["by"]).is_some() {
        return false;
    }
    let rest = text.get(end..).unwrap_or_default();
    let rest = rest
        .get(scan::leading_spaces(rest, 3)..)
        .unwrap_or_default();
    let Some(len) = ["à", "to"].iter().find_map(|w| scan::phrase_at(rest, w)) else {
        return false;
    };
    let at = end + (text.len() - end - rest.len()) + len;
    let gap = text.get(at..).unwrap_or_default();
    let at = at + scan::leading_spaces(gap, 3);
    let Some(second) = scan::number(text, at) else {
        return false;
    };
    let Some(unit) = unit_after(text, second.end) else {
        return false;
    };
    if unit.kind != FigureKind::Percent || unit.power != 0 {
        return false;
    }
    let fraction = if second.single_mark.is_some() {
        3
    } else {
        second.fraction_len
    };
    let level = second
        .digits
        .and_then(|d| i128::try_from(d).ok())
        .zip(u32::try_from(fraction).ok().filter(|&f| f <= 28))
        .and_then(|(d, f)| Decimal::try_from_i128_with_scale(d, f).ok());
    level.is_some_and(|level| level < first)
}

/// Whether the percentage `a`, after `head`, is the first of two levels a fall joins, as the
/// reader took it ([`fall_between_levels`]): "a reculé de 31 % à 27 %". For the linker, whose
/// words of a change before a figure otherwise make it the size of the change.
pub(crate) fn levels_after_fall(text: &str, a: &TextFigure, head: &str) -> bool {
    a.kind() == FigureKind::Percent
        && a.context_start.is_none()
        && lexicon::BEFORE.at_end(head).get(List::Decline).is_some()
        && fall_between_levels(text, a.end, a.value(), head)
}

/// A fall word before the first of two rates that share their unit governs both: "down 3 and 5
/// percent", "تراجعا بنسبتي 3 و5 في المائة" are two falls. The second, with no sign or word of
/// its own, takes the sign of the first. Linear in the number of figures.
fn list_signs(text: &str, figures: &mut [TextFigure]) {
    for k in 1..figures.len() {
        let (Some(a), Some(b)) = (figures.get(k - 1), figures.get(k)) else {
            continue;
        };
        let falls = a.value().is_sign_negative() && a.context_start.is_some();
        let unsigned = b.value().is_sign_positive()
            && b.context_start.is_none()
            && b.text.starts_with(|c: char| scan::digit(c).is_some());
        if !falls || !unsigned {
            continue;
        }
        let gap = text.get(a.end..b.start).unwrap_or_default();
        let shares_unit = a.kind() == b.kind()
            && a.kind().is_signed()
            && a.text.ends_with(|c: char| scan::digit(c).is_some())
            && is_coordination(gap);
        let of_dimensions =
            a.kind() == FigureKind::Percent && b.kind() == a.kind() && dimensions_joined(gap);
        if (shares_unit || of_dimensions)
            && let Some(b) = figures.get_mut(k)
        {
            b.figure = b.figure.negated();
        }
    }
}

/// Whether `gap`, between two rates, names what the first is of and joins the second to it,
/// that says what it is of in turn: "2,7 % en nombre et de 4,5 % en montant", "2.7% in number
/// and 4.5% in value", "7ر2 في المائة من حيث العدد و5ر4 في المائة": one verb governs both.
fn dimensions_joined(gap: &str) -> bool {
    let gap = gap.trim_start_matches(|c: char| scan::is_space(c));
    let Some(rest) = lexicon::DIMENSIONS
        .iter()
        .find_map(|d| scan::phrase_at(gap, d).and_then(|len| gap.get(len..)))
    else {
        return false;
    };
    let rest = rest.trim_end_matches(|c: char| scan::is_space(c));
    let rest = ["de", "by", "of"]
        .iter()
        .find_map(|w| {
            rest.strip_suffix(w)
                .filter(|r| r.ends_with(|c: char| scan::is_space(c)))
        })
        .unwrap_or(rest);
    is_coordination(rest)
}

/// Whether `head` ends with a dirham sign written before an amount ([`lexicon::DIRHAM_PREFIXES`]:
/// "Dh", "MAD") as a whole word.
fn glued_dirham_prefix(head: &str) -> bool {
    lexicon::DIRHAM_PREFIXES.iter().any(|prefix| {
        let Some(cut) = head.len().checked_sub(prefix.len()) else {
            return false;
        };
        head.get(cut..)
            .is_some_and(|word| word.eq_ignore_ascii_case(prefix))
            && head
                .get(..cut)
                .is_some_and(|before| !before.ends_with(char::is_alphanumeric))
    })
}

/// The last two characters of `head` that are not invisible formatting characters
/// ([`scan::is_invisible`]), the last first.
fn last_two_visible(head: &str) -> (Option<char>, Option<char>) {
    // Most often two ASCII characters, none of them invisible (NUL is the one ASCII character
    // that is): read from two bytes (measured: the reader runs 3 % fewer instructions).
    let visible = |b: u8| b.is_ascii() && b != 0;
    if let [.., b2, b1] = head.as_bytes()
        && visible(*b1)
        && visible(*b2)
    {
        return (Some(char::from(*b1)), Some(char::from(*b2)));
    }
    let mut before = head.chars().rev().filter(|&c| !scan::is_invisible(c));
    (before.next(), before.next())
}

/// The first letters of the nouns and prepositions of an Arabic subject
/// ([`lexicon::QUANTITY_NOUNS`], [`lexicon::SUBJECT_LINKS`]): most words are turned away on
/// their first (measured: 5.3 M instructions on the bench corpus without this test; a unit test
/// holds it to the lists).
const SUBJECT_FIRSTS: [char; 11] = ['ق', 'ع', 'ح', 'ر', 'م', 'ن', 'ف', 'ب', 'إ', 'ه', 'أ'];

/// The hedge of an Arabic verb that stands before its subject, the subject before the figure,
/// as Arabic orders a sentence: "وتناهز قيمة المعاملات 2 مليار درهم" is about 2 billion,
/// "وفاقت المعاملات 4 مليارات درهم" more than 4 billion. Only a verb of
/// [`lexicon::HEDGE_VERBS`] (perhaps behind "و" or "ف"), and a subject of one to ten words,
/// each definite ("المعاملات", "بالبطاقات"), a noun of quantity ("قيمة", "عدد", "حجم", "رقم")
/// or a preposition between them ([`lexicon::SUBJECT_LINKS`]: "عبر", "على"); anything else
/// between them (a digit, a mark, a verb) and no hedge is read. The hedge and where the verb
/// starts.
///
/// A verb of a fall ([`lexicon::FALL_VERBS`]) is read the same way, and may have a word of the
/// rate right before the figure: "وتراجعت حصة الأداء عبر الإنترنت بـ0,4 نقطة" is a fall
/// ([`VerbBefore::Fall`]); a hedge verb is not read across a word of the rate, and the word of
/// the rate is crossed only where a fall is asked for (`fall`: the figure is a rate with no word
/// of a fall of its own).
fn hedge_verb_before_subject(head: &str, fall: bool) -> Option<(VerbBefore, usize)> {
    // The longest subject read, in words: "وناهز المبلغ الإجمالي للأداءات بواسطة البطاقات
    // المغربية على المواقع الوطنية 11 مليارا" has nine.
    const SUBJECT_WORDS: usize = 10;
    let mut end = head.len();
    let mut rate_word = false;
    // "وتراجعت حصة البطاقات إلى 16,3 في المائة": a level the subject fell to (or from), not a
    // rate of the fall.
    let mut level = false;
    for words in 1..=SUBJECT_WORDS + 1 {
        let (before, start) = last_word(head.get(..end)?);
        let word = before.get(start..)?;
        // "تراجع عدد العمليات خلال سنة 2020 بنسبة": the year of the subject, with its words.
        if word.is_empty()
            && let Some(at) = year_with_its_words(before)
        {
            end = at;
            continue;
        }
        if !word.starts_with(|c: char| ('\u{0621}'..='\u{064A}').contains(&c)) {
            return None;
        }
        if words == 1 {
            level = matches!(word, "إلى" | "الى" | "من" | "عند");
        }
        // "بـ0,6 نقطة", "بنسبة 2 في المائة": the word of the rate, then the subject.
        if words == 1
            && fall
            && word.starts_with(['ب', 'ن', 'ق'])
            && (word.trim_end_matches('\u{0640}') == "ب"
                || arabic_word_in(word, lexicon::RATE_WORDS.iter().copied()).is_some())
        {
            rate_word = true;
            end = start;
            continue;
        }
        if words > 1 {
            let verb = |w: &str| {
                // Every verb of the lists starts with one of these letters, a fall verb with
                // "ت" or "ان" (not "ال", which most nouns start with): most words are turned
                // away on their first letters.
                let hedge_first = w.starts_with(['ت', 'ي', 'ن', 'ق', 'ف']);
                if !hedge_first && !w.starts_with("ان") {
                    return None;
                }
                if hedge_first
                    && !rate_word
                    && let Some(index) =
                        arabic_word_in(w, lexicon::HEDGE_VERBS.iter().map(|&(v, _)| v))
                {
                    return lexicon::HEDGE_VERBS
                        .get(index)
                        .map(|&(_, q)| VerbBefore::Hedge(q));
                }
                if !w.starts_with(['ت', 'ا']) {
                    return None;
                }
                arabic_word_in(w, lexicon::FALL_VERBS.iter().copied()).map(|_| VerbBefore::Fall)
            };
            // "ولتناهز", "لتناهز قيمتها": the conjunction or the "ل" of purpose glued to it.
            let hedge = verb(word).or_else(|| {
                let bare = word.strip_prefix(['و', 'ف']).unwrap_or(word);
                verb(bare).or_else(|| bare.strip_prefix('ل').and_then(verb))
            });
            if hedge == Some(VerbBefore::Fall) && level {
                return None;
            }
            if let Some(q) = hedge {
                return Some((q, start));
            }
        }
        // A word of the subject: a noun with its article, perhaps behind a clitic ("الأداءات",
        // "بالبطاقات", "للأداءات"), a noun of a quantity, or a preposition between them
        // ("عبر", "على", "بواسطة").
        let subject = ["ال", "بال", "وال", "لل", "فال", "كال"]
            .iter()
            .any(|article| word.starts_with(article))
            || word.starts_with(SUBJECT_FIRSTS)
                && arabic_word_in(
                    word,
                    lexicon::QUANTITY_NOUNS
                        .iter()
                        .chain(lexicon::SUBJECT_LINKS)
                        .copied(),
                )
                .is_some();
        if words == SUBJECT_WORDS + 1 || !subject {
            return None;
        }
        end = start;
    }
    None
}

/// Where the Arabic words of a year that end `head` start: four digits after "سنة" or "عام",
/// perhaps after "خلال", "في" or "برسم" ("خلال سنة 2020"). `None` for any other ending.
fn year_with_its_words(head: &str) -> Option<usize> {
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let (before, start) = last_word(head.get(..head.len() - digits)?);
    if !matches!(before.get(start..)?, "سنة" | "عام") {
        return None;
    }
    let (earlier, opening) = last_word(before.get(..start)?);
    Some(match earlier.get(opening..)? {
        "خلال" | "في" | "برسم" | "طيلة" => opening,
        _ => start,
    })
}

/// What an Arabic verb before its subject says of the figure after the subject
/// ([`hedge_verb_before_subject`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VerbBefore {
    /// A verb of a hedge: "وناهز", "تجاوزت".
    Hedge(Qualifier),
    /// A verb of a fall: "وتراجعت", "انخفض"; it makes a rate negative.
    Fall,
}

/// The index in `listed` of the Arabic word `word` (letters and vowel marks, as
/// [`hedge_verb_before_subject`] reads it), read through its marks: the first word of `listed`
/// that [`scan::strip_word_prefix`] strips from `word` leaving nothing.
///
/// The words listed are Arabic letters with no marks
/// (`tests::arabic_word_lists_hold_letters_alone`), which fold to themselves: a word that holds
/// no mark is then one of them only when it is written with the same bytes, and the byte
/// comparison decides (a property test holds it to the search by `strip_word_prefix`).
/// Measured on the bench's 1 MiB: [`hedge_verb_before_subject`] took 9.4 M instructions, 5.1 M
/// of them in `strip_word_prefix`; the byte comparison saves 5.2 M.
fn arabic_word_in<'a>(word: &str, listed: impl IntoIterator<Item = &'a str>) -> Option<usize> {
    let marked = word
        .as_bytes()
        .windows(2)
        .any(|pair| matches!(pair, [0xD9, 0x80 | 0x8B..=0x9F | 0xB0]));
    if marked {
        listed
            .into_iter()
            .position(|w| scan::strip_word_prefix(word, w).is_some_and(str::is_empty))
    } else {
        listed.into_iter().position(|w| w == word)
    }
}

/// Whether an Arabic word of negation ([`lexicon::NEGATIONS`]) stands among the last six words
/// of `head`, in the clause of the verb of a hedge that follows it: "لم تكن الأداءات عبر الإنترنت
/// تتجاوز" (the subject may come between). A mark or a word in another script stops the search.
fn negated(head: &str) -> bool {
    let mut rest = head;
    for back in 0..6 {
        let (trimmed, start) = last_word(rest);
        if trimmed.len() == rest.len() && back > 0 {
            // No space before the word just read: a mark stands there.
            return false;
        }
        let Some(word) = trimmed.get(start..).filter(|w| !w.is_empty()) else {
            return false;
        };
        if !word.starts_with(|c: char| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            return false;
        }
        if is_negation(word) {
            return true;
        }
        rest = trimmed.get(..start).unwrap_or_default();
    }
    false
}

/// Whether `word` is one of [`lexicon::NEGATIONS`]: one comparison each, after a test of the
/// length (the search by [`scan::strip_word_prefix`] cost 34.6 M instructions on the bench
/// corpus, where the seed's hedges are many).
fn is_negation(word: &str) -> bool {
    word.len() <= 8 && lexicon::NEGATIONS.contains(&word)
}

/// `head` without its spaces at the end, and where its last word (letters and Arabic marks)
/// starts: the word is `trimmed[start..]`, empty when `head` ends in another character.
fn last_word(head: &str) -> (&str, usize) {
    let trimmed = scan::trim_end_spaces(head);
    let start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !(scan::is_letter(c) || scan::is_arabic_mark(c)))
        .map_or(0, |(i, c)| i + c.len_utf8());
    (trimmed, start)
}

/// A level passed that a listed hedge does not say, because a bar or words of time stand
/// between the verb of passing ([`lexicon::PASSING_VERBS`]) and the figure: "dépassant pour la
/// première fois le cap des 2,5 MMDH", "a franchi, pour la première fois, la barre des",
/// "topped the 2 billion dirham mark" (the "mark" read in `after`, the text after the figure),
/// "تخطت لأول مرة عتبة". The verb may also stand before the subject in Arabic ("تجاوزت قيمة
/// العمليات لأول مرة عتبة"). The qualifier and where the verb starts: more than the figure, or
/// at most it when the verb is denied ("لم تتجاوز قيمة العمليات عتبة"). `None` when no bar or
/// words of time end `head`, or when another verb stands before them ("a atteint la barre
/// des"): the figure is read as usual.
fn past_a_threshold(head: &str, after: &str) -> Option<(Qualifier, usize)> {
    fn before_words(h: &str) -> &str {
        scan::trim_end_spaces(h.trim_end_matches([',', ' ']))
    }
    // One look at the last word first: most figures have none of these before them (the
    // lists read for each cost 6.4 M instructions on the bench's 1 MiB).
    if !may_end_with_a_bar_or_aside(head) {
        return None;
    }
    let mut rest = head;
    let mut bar = false;
    let mut aside = false;
    // The bar, then the words of time, from the figure back; each at most once.
    if let Some((_, start)) = scan::match_end(rest, lexicon::THRESHOLDS.iter().copied()) {
        rest = before_words(rest.get(..start)?);
        bar = true;
    } else if rest.ends_with("the")
        && {
            let after = after
                .get(scan::leading_spaces(after, 3)..)
                .unwrap_or_default();
            let scale = lexicon::AFTER.at_start(after);
            // "the 2 billion dirham mark": the unit read may end before "dirham"'s noun use.
            let after = match scale.get(List::Dirham) {
                Some((_, len)) => after.get(len..).unwrap_or_default(),
                None => after,
            };
            let after = after
                .get(scan::leading_spaces(after, 3)..)
                .unwrap_or_default();
            lexicon::MARKS_AFTER
                .iter()
                .any(|w| scan::phrase_at(after, w).is_some())
        }
        && scan::match_end(rest, ["the"]).is_some()
    {
        rest = before_words(rest.get(..rest.len() - "the".len())?);
        bar = true;
    }
    if let Some((_, start)) = scan::match_end(rest, lexicon::PASSING_ASIDES.iter().copied()) {
        rest = before_words(rest.get(..start)?);
        aside = true;
    }
    if !bar && !aside {
        return None;
    }
    let verb_at = scan::match_end(rest, lexicon::PASSING_VERBS.iter().copied())
        .map(|(_, start)| start)
        .or_else(|| arabic_verb_before_subject(rest, lexicon::PASSING_VERBS));
    // After another verb, the bar or words of time say nothing of a bound ("a atteint pour la
    // première fois 2 milliards", "a atteint la barre des 50 millions"): the figure is read
    // as usual.
    let at = verb_at?;
    let before = rest.get(..at).unwrap_or_default();
    let denied = negated(before) || latin_denial(before, at, 24, &[' ', ',', '\'']);
    // "n'a pas franchi la barre des 2,5 MMDH": at most the bar.
    let q = if denied {
        Qualifier::AtMost
    } else {
        Qualifier::MoreThan
    };
    Some((q, at))
}

/// The last words of [`lexicon::THRESHOLDS`] and [`lexicon::PASSING_ASIDES`], and "the" (a
/// unit test holds them to the lists).
#[cfg(test)]
const PASSING_LAST_WORDS: &[&str] = &[
    "des", "de", "du", "fois", "histoire", "time", "ever", "nouveau", "déjà", "already", "the",
    "عتبة", "حاجز", "سقف", "مرة",
];

/// Whether `head` may end with a bar or words of time ([`past_a_threshold`]): one look at its
/// last byte, then at its last word, and for "de", "des", "du" at the noun of the bar before it
/// ("la barre des"): most figures have none of these before them, and a read of the lists for
/// each cost 6.4 M instructions on the bench's 1 MiB. A unit test holds it to the lists.
fn may_end_with_a_bar_or_aside(head: &str) -> bool {
    let ends = |w: &str| {
        head.len() >= w.len()
            && head.is_char_boundary(head.len() - w.len())
            && head
                .get(head.len() - w.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(w))
    };
    let bar_before = |w: &str| {
        let before = scan::trim_end_spaces(head.get(..head.len() - w.len()).unwrap_or_default());
        ["barre", "cap", "seuil", "symbolique"]
            .iter()
            .any(|noun| before.ends_with(noun))
    };
    let of_a_bar = |w: &str| ends(w) && bar_before(w);
    match head.as_bytes().last() {
        Some(b's') => of_a_bar("des") || ends("fois"),
        Some(b'e') => of_a_bar("de") || ends("histoire") || ends("time") || ends("the"),
        Some(b'u') => of_a_bar("du") || ends("nouveau"),
        Some(b'r') => ends("ever"),
        Some(b'y') => ends("already"),
        // The last bytes of "à" ("déjà"), "ة" ("عتبة", "مرة"), "ز" ("حاجز"), "ف" ("سقف").
        Some(0xA0) => ends("déjà"),
        Some(0xA9) => ends("عتبة") || ends("مرة"),
        Some(0xB2) => ends("حاجز"),
        Some(0x81) => ends("سقف"),
        _ => false,
    }
}

/// Where an Arabic verb of `verbs` stands before the subject at the end of `head`, within its
/// last five words, perhaps with the conjunction "و" or "ف" glued to it: a verb of passing
/// ([`lexicon::PASSING_VERBS`]), "وتخطت المعاملات" in "وتخطت المعاملات حاجز 2,5 مليار درهم", or
/// of reaching ([`lexicon::REACH`]), "وبلغ عدد المواقع التجارية" before a bare count. Arabic puts
/// the verb before its subject, and the figure after both. A mark or a word in another script
/// stops the search.
fn arabic_verb_before_subject(head: &str, verbs: &[&str]) -> Option<usize> {
    let mut rest = head;
    for back in 0..5 {
        let (trimmed, start) = last_word(rest);
        if trimmed.len() == rest.len() && back > 0 {
            return None;
        }
        let word = trimmed.get(start..).filter(|w| !w.is_empty())?;
        if !word.starts_with(|c: char| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            return None;
        }
        let bare = word.strip_prefix(['و', 'ف']).unwrap_or(word);
        if verbs.contains(&word) || verbs.contains(&bare) {
            return Some(start);
        }
        rest = trimmed.get(..start).unwrap_or_default();
    }
    None
}

/// The qualifier of a bound on the size of a fall, once the fall's sign is given to the figure:
/// "en baisse de plus de 5 %" is below -5 %, "down by less than 2%" above -2 %.
fn mirrored(q: Qualifier) -> Qualifier {
    match q {
        Qualifier::MoreThan => Qualifier::LessThan,
        Qualifier::AtLeast => Qualifier::AtMost,
        Qualifier::LessThan => Qualifier::MoreThan,
        Qualifier::AtMost => Qualifier::AtLeast,
        Qualifier::About | Qualifier::Exact => q,
    }
}

/// The qualifier a negation makes of `q`: "did not exceed 3 %" is at most 3 %. A negated
/// "about" says nothing sure, and the figure is left out (`None`).
fn negation_of(q: Qualifier) -> Option<Qualifier> {
    match q {
        Qualifier::MoreThan => Some(Qualifier::AtMost),
        Qualifier::AtLeast => Some(Qualifier::LessThan),
        Qualifier::LessThan => Some(Qualifier::AtLeast),
        Qualifier::AtMost => Some(Qualifier::MoreThan),
        Qualifier::About | Qualifier::Exact => None,
    }
}

/// Whether the hedge `index` of [`lexicon::HEDGES`], found at `at` in `head`, is "over" after a
/// percentage: "up 25% over 1.2 billion in 2014" compares, it does not bound; or after an
/// amount or a scale word: "MAD 7.1 billion over 21.6 million purchases" spreads the amount
/// across the purchases.
fn compared_over(head: &str, index: usize, at: usize) -> bool {
    if lexicon::HEDGES.get(index).is_none_or(|(w, _)| *w != "over") {
        return false;
    }
    let before = scan::trim_end_spaces(head.get(..at).unwrap_or_default());
    before.ends_with(['%', '٪'])
        || scan::match_end(
            before,
            [
                "percent", "per cent", "pc", "billion", "million", "bn", "mn", "dirhams", "MAD",
                "DH", "Dh",
            ],
        )
        .is_some()
}

/// Whether the hedge `index` of [`lexicon::HEDGES`], found at `at` in `head`, is "up to" after
/// anything but "by" or "of": "climbed steadily up to MAD 9.2 billion" reached that level, and
/// "from 2.1 million up to 2.5 million" ends a range; "rose by up to 30%" and "a fall of up to
/// 4%" bound the change.
fn up_to_a_level(head: &str, index: usize, at: usize) -> bool {
    if lexicon::HEDGES
        .get(index)
        .is_none_or(|(w, _)| *w != "up to")
    {
        return false;
    }
    let before = scan::trim_end_spaces(head.get(..at).unwrap_or_default());
    scan::match_end(before, ["by", "of"]).is_none()
}

/// Whether a word that denies ("not", "n't", "pas", "never", "jamais") stands in the few bytes
/// before a French or English hedge found at `at` in `head`: "must not, in any case, be more
/// than 1.5 %" says no sure bound, and the figure is left out. Only asked where the hedge is
/// one of a bound (not "about") written in Latin letters; the phrases of [`lexicon::HEDGES`] that hold their
/// own negation ("ne dépasse pas", "not more than") start at `at`, and are not looked at.
fn denied_before(head: &str, index: usize, at: usize) -> bool {
    let latin = lexicon::HEDGES.get(index).is_some_and(|(w, q)| {
        *q != Qualifier::About && w.starts_with(|c: char| c.is_ascii_alphabetic())
    });
    if !latin {
        return false;
    }
    latin_denial(head, at, 32, &[' ', ','])
}

/// Whether a French or English word that denies ("not", "n't", "pas", "never", "jamais")
/// stands in the `reach` bytes of `head` before `at`, its words cut at `separators`.
fn latin_denial(head: &str, at: usize, reach: usize, separators: &[char]) -> bool {
    let mut from = at.saturating_sub(reach);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    head.get(from..at)
        .unwrap_or_default()
        .split(separators)
        .any(|w| matches!(w, "not" | "pas" | "never" | "jamais") || w.ends_with("n't"))
}

/// Whether `kind` counts things: operations, cards or merchant sites.
pub(crate) fn is_count(kind: FigureKind) -> bool {
    matches!(
        kind,
        FigureKind::Transactions | FigureKind::Cards | FigureKind::Merchants
    )
}

/// How a figure's unit was left out, which decides what may give it one in [`units_left_out`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeftOut {
    /// A scale word alone, after digits, words or parts: "7,4 milliards", "un demi-milliard".
    Scale,
    /// Digits alone, neither unit nor scale word: "plus de 512 300"; only ever a count.
    Bare,
}

/// Gives each figure whose unit was left out (a scale word alone: "7,4 milliards") the kind the
/// sentence gives it, in this order:
///
/// 0. for a term of a list, the kind its sentence names in its place, when the sentence names
///    the quantities of the list before it, joined the same way and in the same order, and the
///    terms written with their unit agree ("Le nombre et le montant des paiements ont atteint
///    38,6 millions et 11,3 milliards de dirhams": [`named_in_order`]); a list tied to another
///    that says otherwise in its place leaves the figure out;
/// 1. the kind of the figure a tie word joins it to, when that one has its unit written: "9,2
///    milliards de dirhams contre 7,4 milliards", "de 94,1 millions de DH à 170,3 millions",
///    "840 مليون درهم مقابل 500 مليون" ([`lexicon::TIES`]: "à", "to", "إلى", "contre",
///    "مقابل", "versus"..., perhaps with a year: "en 2015, contre"); tied to a count on one
///    side and an amount on the other, the figure is left out; a tie between two lists pairs
///    them term by term ([`term_by_term`]): a term takes the kind of the term in its place in
///    the other list ("MAD 6.1 billion and 14.6 million transactions, compared with MAD 4.9
///    billion and 12.2 million"), and a figure beside the tie takes no kind from it ("rose to
///    20.1 million and MAD 6.3 billion, from 17.6 million and ...");
/// 2. the kind of the quantity its clause names before it, after the last figure with a unit:
///    "le nombre d'opérations ... 12 millions" is a count, "le nombre de cartes ... 15,6
///    millions" a count of cards, "le montant ... 7,4 milliards" an amount; a clause that names
///    a count of something else ("le nombre de commandes", "number of users", "عدد الحسابات")
///    leaves the figure out, and one that names two kinds decides nothing. "Les opérations"
///    alone (which may be valued) makes a count, but in a sentence that writes amounts with
///    their unit, no count, and names no amount, rule 3 would say dirhams: the figure is then
///    left out;
/// 3. the kind of the figures its sentence writes with their unit before it, when they are all
///    of one kind, dirhams or operations: "Sur 1,2 milliard de dirhams de paiements, les cartes
///    ont réglé 1,14 milliard" is dirhams, "Out of 1.5 million operations, 1.2 million were paid
///    by card" a count; "Pour un pays de 37 millions, 9 millions d'opérations" is no count of 37
///    million operations; a figure that is a term of a list, or follows a list with a term left
///    out, takes nothing from this rule;
/// 4. otherwise it is left out: "Le CMI compte 7,4 millions" says no more of what is counted.
///
/// `implied` lists the figures whose unit was left out, by index, and how: a scale word alone,
/// after digits or in words ("contre un demi-milliard", "مقابل حوالي نصف مليار"), or a bare
/// number (no unit, no scale word, after a word of reaching), which is kept only as a count of
/// what a tie (rule 1) or its clause (rule 2) names ("le nombre de transactions ... pour
/// atteindre plus de 512 300", "le nombre de sites marchands ... à 1 850").
///
/// The figure keeps `unit_implied`: its unit was not written. Linear in the text between the
/// figures; called only when a figure has its unit left out.
fn units_left_out(text: &str, figures: &mut Vec<TextFigure>, implied: &[(usize, LeftOut)]) {
    let written = |f: &TextFigure| {
        !f.unit_implied
            && matches!(
                f.kind(),
                FigureKind::Transactions
                    | FigureKind::AmountMad
                    | FigureKind::Cards
                    | FigureKind::Merchants
            )
    };
    let n = figures.len();
    // Whether a sentence ends between figure j - 1 and figure j, read once and only where a
    // figure whose unit is left out needs it.
    let mut breaks: Vec<Option<bool>> = vec![None; n];
    let mut break_before = |j: usize| -> bool {
        if j == 0 || j >= n {
            return true;
        }
        if let Some(Some(b)) = breaks.get(j) {
            return *b;
        }
        let gap = match (figures.get(j - 1), figures.get(j)) {
            (Some(a), Some(b)) => text.get(a.end..b.start).unwrap_or_default(),
            _ => "",
        };
        let b = ends_sentence(gap);
        if let Some(slot) = breaks.get_mut(j) {
            *slot = Some(b);
        }
        b
    };
    let m = implied.len();
    // Rule 1, both ways: a tie to a figure with its unit, or to one a tie already gave one.
    // Only the figures whose unit was left out are visited, and their neighbours.
    let mut tied: Vec<Option<FigureKind>> = vec![None; m];
    let mut conflict = vec![false; m];
    for forward in [true, false] {
        for step in 0..m {
            let k = if forward { step } else { m - 1 - step };
            let Some(&(i, _)) = implied.get(k) else {
                continue;
            };
            let (j, between, other) = if forward {
                (i.wrapping_sub(1), i, k.wrapping_sub(1))
            } else {
                (i + 1, i + 1, k + 1)
            };
            let (Some(f), Some(g)) = (figures.get(i), figures.get(j)) else {
                continue;
            };
            // The neighbour's kind: its own if written, the one a tie gave it if not.
            let kind = match implied.get(other) {
                Some(&(o, _)) if o == j => tied.get(other).copied().flatten(),
                _ => written(g).then(|| g.kind()),
            };
            let Some(kind) = kind else { continue };
            let (first, second) = if forward { (g, f) } else { (f, g) };
            let gap = text.get(first.end..lead(second)).unwrap_or_default();
            if !is_tie(gap) || break_before(between) {
                continue;
            }
            // "61,2 millions et 19,8 milliards de dirhams, contre 52,4 millions et 16,9
            // milliards": the neighbour ends (or opens) a list, and the tie joins two lists
            // term by term, not the two figures beside it. The figure is left out rather than
            // given the kind of another term.
            // The figure before the tie closes a list: a figure, or a number the reader left
            // out ("rose to 20.1 million and MAD 6.3 billion, from"), joined to it. The figure
            // after the tie opens one ("from 17.6 million and MAD 5.1 billion").
            let (before_index, after_index) = if forward { (j, i) } else { (i, j) };
            let closes = before_index
                .checked_sub(1)
                .is_some_and(|h| terms_joined(text, figures, h, before_index))
                || term_before(text.get(..lead(first)).unwrap_or_default());
            let opens = terms_joined(text, figures, after_index, after_index + 1);
            if closes || opens {
                if let Some(c) = conflict.get_mut(k) {
                    *c = true;
                }
                continue;
            }
            match tied.get(k).copied().flatten() {
                Some(had) if had != kind => {
                    if let Some(c) = conflict.get_mut(k) {
                        *c = true;
                    }
                }
                _ => {
                    if let Some(t) = tied.get_mut(k) {
                        *t = Some(kind);
                    }
                }
            }
        }
    }
    // The kind each gets, `None` to leave it out.
    let mut kinds: Vec<Option<FigureKind>> = Vec::with_capacity(m);
    // The sentence last looked at: its first and last figures, the one kind of the figures it
    // writes with their units (if they have one kind), and where it starts.
    let mut sentence: Option<(usize, usize, Option<FigureKind>, usize)> = None;
    // How far the figures of the sentence were read for the kinds written before a figure:
    // nothing yet, one kind, or several (`Some(None)`).
    let mut seen: (usize, Option<Option<FigureKind>>) = (0, None);
    // Whether a figure with its unit read so far in the sentence ends a list whose earlier term
    // the reader left out ("rose to 20.1 million and MAD 6.3 billion"): the kinds written
    // before a figure then do not tell its kind.
    let mut list_seen = false;
    // Whether the sentence starting at `.0` names a count and an amount, once read.
    let mut named_two: Option<(usize, bool)> = None;
    for (k, &(i, how)) in implied.iter().enumerate() {
        let Some(f) = figures.get(i) else {
            kinds.push(None);
            continue;
        };
        let terms = term_by_term(text, figures, i, &written);
        // A term of a list whose sentence names its quantities in order: the name in its
        // place decides, unless the list is tied to another whose term says otherwise.
        if let Some(kind) = named_in_order(text, figures, i, &written)
            .or_else(|| ranges_named_in_order(text, figures, i, &written))
        {
            let agrees = match terms {
                Terms::Kind(other) => other == kind,
                Terms::Undecided | Terms::NoLists => true,
            };
            kinds.push((agrees && (how != LeftOut::Bare || is_count(kind))).then_some(kind));
            continue;
        }
        // A term of a list tied to another list: the term in the same place there decides.
        match terms {
            Terms::Kind(kind) => {
                kinds.push((how != LeftOut::Bare || is_count(kind)).then_some(kind));
                continue;
            }
            Terms::Undecided => {
                kinds.push(None);
                continue;
            }
            Terms::NoLists => {}
        }
        if conflict.get(k).copied().unwrap_or(false) {
            kinds.push(None);
            continue;
        }
        if let Some(kind) = tied.get(k).copied().flatten() {
            kinds.push((how != LeftOut::Bare || is_count(kind)).then_some(kind));
            continue;
        }
        let (first, last, sole, starts_at) = match sentence {
            Some(s) if s.0 <= i && i <= s.1 => s,
            _ => {
                let mut first = i;
                while !break_before(first) {
                    first -= 1;
                }
                let mut last = i;
                while !break_before(last + 1) {
                    last += 1;
                }
                let in_sentence = || {
                    figures
                        .get(first..=last)
                        .unwrap_or_default()
                        .iter()
                        .filter(|g| written(g))
                };
                let mut kinds_written = in_sentence().map(TextFigure::kind);
                let sole = kinds_written
                    .next()
                    .filter(|&one| kinds_written.all(|kind| kind == one));
                let starts_at = figures
                    .get(first)
                    .map_or(0, |g| sentence_start(text, lead(g)));
                let s = (first, last, sole, starts_at);
                sentence = Some(s);
                seen = (first, None);
                list_seen = false;
                s
            }
        };
        // The kinds written before the figure in its sentence, read on from where the last
        // figure of the sentence left them (so that a sentence is read once).
        while seen.0 < i {
            if let Some(g) = figures.get(seen.0).filter(|g| written(g)) {
                list_seen = list_seen || term_before(text.get(..lead(g)).unwrap_or_default());
                seen.1 = match seen.1 {
                    None => Some(Some(g.kind())),
                    Some(Some(k)) if k == g.kind() => Some(Some(k)),
                    Some(_) => Some(None),
                };
            }
            seen.0 += 1;
        }
        let sole_before = seen.1.flatten();
        // Rule 2: the clause from the last figure with its unit (or the sentence's start), at
        // most CLAUSE_WINDOW bytes back.
        let floor = lead(f).saturating_sub(CLAUSE_WINDOW);
        let after_written = (first..i)
            .rev()
            .filter_map(|j| figures.get(j))
            .take_while(|g| g.end >= floor)
            .find(|g| written(g))
            .map(|g| g.end);
        let mut clause_start = after_written.unwrap_or(starts_at).max(floor);
        while !text.is_char_boundary(clause_start) {
            clause_start += 1;
        }
        // A dimension after a figure before this one ("à 3,9 milliards en montant et de 12,4
        // millions") is that figure's: the clause of this one starts after it.
        let head = text.get(clause_start..lead(f)).unwrap_or_default();
        if let Some(after_dimension) = lexicon::DIMENSIONS
            .iter()
            .filter_map(|w| {
                let at = scan::find_phrase(head, w)?;
                // After a count or an amount (after a rate, "12% in number (from A to B)", the
                // dimension is of what follows).
                let place = clause_start + at;
                let before = figures
                    .get(first..i)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .find(|g| g.end <= place)?;
                let near = text
                    .get(before.end..place)
                    .is_some_and(|gap| gap.chars().count() <= 40);
                (!before.kind().is_signed() && near).then(|| at + w.len())
            })
            .max()
        {
            clause_start += after_dimension;
            while !text.is_char_boundary(clause_start) {
                clause_start += 1;
            }
        }
        // "Le nombre de cartes a augmenté de 6 %, tandis que le nombre d'opérations est passé de
        // 12,3 millions": a conjunction of contrast opens a clause of its own subject, when that
        // subject names a quantity ("tandis que celui des cartes étrangères" names the one
        // before).
        if let Some(end) = text
            .get(clause_start..lead(f))
            .and_then(|head| after_last_phrase(head, lexicon::CONTRASTS))
            .filter(|&end| {
                text.get(clause_start + end..lead(f))
                    .is_some_and(|own| named_quantity(own).is_some())
            })
        {
            clause_start += end;
        }
        let clause = text.get(clause_start..lead(f)).unwrap_or_default();
        // "Les opérations ... 7,4 milliards" may be their value: in a sentence that writes
        // amounts with their unit, no count, and names no amount, the name does not decide,
        // and rule 3 would contradict it: the figure is left out.
        let sentence_of_amounts = sole == Some(FigureKind::AmountMad);
        // A clause that names two kinds decides nothing, but its words after the figure just
        // before may name one: "les opérations ont atteint 47,6 millions pour un montant de
        // 16,9 milliards".
        let near = || {
            // After a count or an amount only: a rate's words ("9 في المائة من حيث القيمة")
            // are of the rate.
            let previous_end = i
                .checked_sub(1)
                .filter(|&h| h >= first)
                .and_then(|h| figures.get(h))
                .filter(|g| !g.kind().is_signed())
                .map(|g| g.end)
                .filter(|&e| e > clause_start)?;
            named_quantity(text.get(previous_end..lead(f))?)
        };
        let named = match named_quantity(clause).or_else(near) {
            Some(Named::Operations) if sentence_of_amounts => {
                let end = figures.get(last).map_or(f.end, |g| g.end);
                let whole = text.get(starts_at..end).unwrap_or_default();
                if named_quantity(whole) == Some(Named::Operations) {
                    kinds.push(None);
                    continue;
                }
                Some(FigureKind::Transactions)
            }
            Some(Named::Count | Named::Operations) => Some(FigureKind::Transactions),
            Some(Named::Cards) => Some(FigureKind::Cards),
            Some(Named::Merchants) => Some(FigureKind::Merchants),
            Some(Named::Amount) => Some(FigureKind::AmountMad),
            Some(Named::Other) => {
                kinds.push(None);
                continue;
            }
            None => None,
        };
        // Rule 3 b: "Il était de 4,9 milliards un an plus tôt.", "A year earlier there were
        // 5,870.", with no figure written before it in its sentence, gives the earlier value of
        // what the sentence before measured: the one kind that sentence gives its figures,
        // written with their units or decided here.
        let mut earlier = || {
            if seen.1.is_some() {
                return None;
            }
            let clause = scan::trim_end_spaces(text.get(starts_at..lead(f))?);
            let (_, was) = scan::match_end(clause, lexicon::PRONOUN_WAS.iter().copied())?;
            // Only the pronoun and its verb, perhaps after words of the year before: "As for
            // ATMs, there were 7,800" counts something else.
            let subject = scan::trim_end_spaces(clause.get(..was)?)
                .trim_matches(|c: char| scan::is_space(c) || matches!(c, ',' | '،'));
            if !matches!(past_earlier_opening(subject), "" | "و") {
                return None;
            }
            let last = first.checked_sub(1)?;
            // The figure before must be in the sentence right before, in the same paragraph.
            let end_char = text.get(..starts_at)?.chars().next_back()?;
            let before_start = sentence_start(text, starts_at - end_char.len_utf8());
            if figures.get(last)?.start < before_start {
                return None;
            }
            let mut start = last;
            while !break_before(start) {
                start -= 1;
            }
            // And it must hold no number the reader left out, which may be what this one is
            // the earlier value of ("7,420 merchant sites and 2,100 ATMs. There were 5,870").
            let spans: Vec<(usize, usize)> = (start..=last)
                .filter_map(|j| figures.get(j))
                .map(|g| (g.start, g.end))
                .collect();
            if unread_number_in(text, (before_start, starts_at), &spans) {
                return None;
            }
            let mut given = (start..=last).filter_map(|j| {
                let g = figures.get(j)?;
                if written(g) {
                    return Some(Some(g.kind()));
                }
                let at = implied.binary_search_by_key(&j, |&(i, _)| i).ok()?;
                Some(kinds.get(at).copied().flatten())
            });
            let one = given.next()??;
            given.all(|k| k == Some(one)).then_some(one)
        };
        if how == LeftOut::Bare {
            // "425 sites marchands ont rejoint la plateforme, portant leur nombre à plus de
            // 6 500": a pronoun's count ([`lexicon::PRONOUN_COUNTS`]) counts what the sentence
            // counted before, when that is one kind of count.
            let of_pronoun = || {
                lexicon::PRONOUN_COUNTS
                    .iter()
                    .any(|w| scan::find_phrase(clause, w).is_some())
                    .then_some(sole_before)
                    .flatten()
            };
            // "Merchant sites grew to 12,500", "Les e-commerçants sont désormais plus de 8 000":
            // a clause whose words are the merchant sites themselves, not their number, counts
            // them with a bare number (and only with one: "12,5 millions" after them may be
            // their sales).
            let of_merchants = || {
                lexicon::MERCHANTS
                    .iter()
                    .any(|w| scan::find_phrase(clause, w).is_some())
                    .then_some(FigureKind::Merchants)
            };
            let kind = named
                .or_else(of_pronoun)
                .or_else(of_merchants)
                // A bare number only as the first figure of its sentence.
                .or_else(|| if first == i { earlier() } else { None })
                .filter(|&k| is_count(k));
            kinds.push(kind);
            continue;
        }
        if let Some(kind) = named {
            kinds.push(Some(kind));
            continue;
        }
        // Rule 3, else rule 4: the one kind written before it in its sentence, if an amount or a
        // count of operations ("17 millions de cartes ont servi à régler 8 milliards" says no
        // more than that 8 milliards is not cards), or nothing.
        // A figure that is a term of a list, or follows a list with a term left out, has no
        // kind from the others: "from 17.6 million and MAD 5.1 billion" pairs term by term.
        let in_list = list_seen
            || term_before(text.get(..lead(f)).unwrap_or_default())
            || i.checked_sub(1)
                .is_some_and(|h| terms_joined(text, figures, h, i))
            || terms_joined(text, figures, i, i + 1);
        // A sentence whose subject names a count and an amount as a list ("Le montant et le
        // nombre des paiements sont passés de 3,2 MMDH à 3,9 MMDH et de 12,4 millions à 14,1
        // millions") speaks of two quantities: the kind written before says nothing of this
        // one. Read once a sentence, so that a long one stays linear.
        let mut two_named = || match named_two {
            Some((at, named)) if at == starts_at => named,
            _ => {
                let subject_end = figures.get(first).map_or(f.start, lead);
                let named =
                    names_count_and_amount(text.get(starts_at..subject_end).unwrap_or_default());
                named_two = Some((starts_at, named));
                named
            }
        };
        // "Payments climbed to MAD 3.3 billion, while the number reached 14.3 million": a
        // clause that names a number is of a count, whatever was written before it.
        let kind = sole_before
            .filter(|k| matches!(k, FigureKind::AmountMad | FigureKind::Transactions))
            .filter(|_| !in_list && !two_named())
            .filter(|&k| k != FigureKind::AmountMad || !names_a_number(clause))
            .filter(|&k| !named_after_as_other(text, f.end, k));
        let kind = kind.or_else(earlier);
        kinds.push(kind);
    }
    let mut dropped = false;
    for (&(i, _), kind) in implied.iter().zip(&kinds) {
        let Some(f) = figures.get_mut(i) else {
            continue;
        };
        let kept = match kind {
            Some(kind) if *kind == f.kind() => true,
            Some(kind) => f
                .figure
                .with_kind(*kind)
                .map(|figure| f.figure = figure)
                .is_ok(),
            None => false,
        };
        if !kept {
            // Marked by an empty span (a figure has at least one digit), removed below.
            f.end = f.start;
            dropped = true;
        }
    }
    if dropped {
        figures.retain(|f| f.end > f.start);
    }
}

/// Where the last phrase of `phrases` (folded) in `hay` ends, as whole words, if one stands
/// there.
fn after_last_phrase(hay: &str, phrases: &[&str]) -> Option<usize> {
    hay.char_indices().rev().find_map(|(i, _)| {
        let rest = hay.get(i..)?;
        let first = rest.as_bytes().first()?;
        phrases.iter().find_map(|p| {
            // Most places are turned away on their first byte.
            if p.as_bytes().first() != Some(first) {
                return None;
            }
            let len = scan::phrase_at(rest, p)?;
            scan::word_starts(hay.get(..i).unwrap_or_default(), p).then_some(i + len)
        })
    })
}

/// Where a figure's words start: its hedge or fall word, or the figure itself.
fn lead(f: &TextFigure) -> usize {
    f.context_start.unwrap_or(f.start).min(f.start)
}

/// Whether `c`, followed by `next`, ends a sentence: `!`, `?`, `؟`, a blank line, or a `.`
/// before a space, a quote or the end, as the linker cuts sentences.
/// `head` is the text before `c`: the point of "i.e." and "e.g." ends no sentence ("12%, i.e.
/// 1.2 million").
fn is_sentence_end(head: &str, c: char, next: Option<char>) -> bool {
    match c {
        '!' | '?' | '\u{061F}' => true,
        '\n' => next == Some('\n'),
        '.' => {
            next.is_none_or(|n| scan::is_space(n) || n == '"' || n == '»')
                && !head.ends_with("i.e")
                && !head.ends_with("e.g")
        }
        _ => false,
    }
}

/// Whether the text between two figures ends a sentence ([`is_sentence_end`]).
fn ends_sentence(gap: &str) -> bool {
    let mut chars = gap.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if is_sentence_end(gap.get(..i).unwrap_or_default(), c, next) {
            return true;
        }
    }
    false
}

/// `subject`, past the words of the year before that may open it ([`lexicon::EARLIER_OPENINGS`]:
/// "A year earlier, there were") and the spaces and commas after them.
pub(crate) fn past_earlier_opening(subject: &str) -> &str {
    lexicon::EARLIER_OPENINGS
        .iter()
        .find_map(|w| subject.get(scan::phrase_at(subject, w)?..))
        .unwrap_or(subject)
        .trim_matches(|c: char| scan::is_space(c) || matches!(c, ',' | '،'))
}

/// Whether `rest`, what follows an earlier figure to the end of its sentence, holds only words
/// of the year before ([`lexicon::EARLIER`]) or a year ("en 2023", "in 2023", "à fin
/// 2023", "سنة 2023"), if anything.
pub(crate) fn only_earlier_words(rest: &str) -> bool {
    let rest = rest.trim_matches(|c: char| {
        scan::is_space(c) || matches!(c, ',' | '،' | '.' | ';' | '!' | '?' | '؟' | ')')
    });
    // "في السنة السابقة": the preposition before the words of the year before.
    let words = rest
        .strip_prefix("في ")
        .or_else(|| rest.strip_prefix("خلال "))
        .unwrap_or(rest);
    if rest.is_empty()
        || lexicon::EARLIER
            .iter()
            .any(|w| scan::phrase_at(words, w).is_some_and(|len| len == words.len()))
    {
        return true;
    }
    // A year, after the words of a date.
    let mut words = rest
        .split(|c: char| scan::is_space(c))
        .filter(|w| !w.is_empty());
    let Some(last) = words.next_back() else {
        return true;
    };
    let year = scan::is_four_digits(last);
    year && words.all(|w| {
        [
            "en",
            "in",
            "à",
            "fin",
            "at",
            "end",
            "of",
            "the",
            "سنة",
            "عام",
            "في",
            "خلال",
            "متم",
            "نهاية",
        ]
        .iter()
        .any(|d| w.eq_ignore_ascii_case(d))
    })
}

/// Whether `text[span]` holds a run of digits outside `figures` (sorted spans) that is no year:
/// a number the reader left out.
fn unread_number_in(text: &str, (from, to): (usize, usize), figures: &[(usize, usize)]) -> bool {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        let Some(at) = next_digit(bytes, i).filter(|&at| at < to) else {
            return false;
        };
        if let Some(&(_, end)) = figures.iter().find(|&&(s, e)| s <= at && at < e) {
            i = end;
            continue;
        }
        let run = bytes
            .get(at..to)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let year = run == 4 && matches!(bytes.get(at..at + 2), Some(b"19" | b"20"));
        if !year {
            return true;
        }
        i = at + run.max(1);
    }
    false
}

/// How far back [`sentence_start`] looks for the start of a sentence.
const CLAUSE_WINDOW: usize = 240;

/// Where the sentence that holds byte `at` starts, looking back at most [`CLAUSE_WINDOW`] bytes.
fn sentence_start(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(CLAUSE_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..at).unwrap_or_default();
    let mut start = from;
    let mut chars = head.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // The character after the last one of `head` is the figure's own first.
        let next = chars
            .peek()
            .map(|&(_, n)| n)
            .or_else(|| text.get(at..).and_then(|r| r.chars().next()));
        if is_sentence_end(head.get(..i).unwrap_or_default(), c, next) {
            start = from + i + c.len_utf8();
        }
    }
    start
}

/// Whether the words between two figures tie the second to the first: one tie word
/// ([`lexicon::TIES`]), perhaps with the words of a date ("en 2015, contre", "سنة 2014 مقابل")
/// and words that say more of what is counted ([`lexicon::TIE_ASIDES`]: "in circulation at the
/// end of June, against").
fn is_tie(gap: &str) -> bool {
    if gap.chars().count() > 60 {
        return false;
    }
    let mut ties = 0;
    // "6 200 sites marchands affiliés, contre 4 850", "affiliés au CMI, contre", "selon la
    // banque, contre": up to four words that qualify the noun of the figure before or say
    // whose figure it is, up to a comma, then the tie; words that name a quantity of their own
    // ("pour un montant record") are no such words.
    let mut rest = match gap.split_once([',', '\u{060C}']) {
        Some((head, after))
            if head.split(scan::is_space).filter(|w| !w.is_empty()).count() <= 4
                && head.chars().all(|c| {
                    scan::is_letter(c) || scan::is_space(c) || matches!(c, '-' | '\'')
                })
                && !head.split(scan::is_space).any(is_tie_word)
                && named_quantity(head).is_none() =>
        {
            after
        }
        _ => gap,
    };
    // "26,3 millions d'opérations (contre 23,1 millions en 2022)": the tie may open a
    // parenthesis.
    if let Some(inner) = rest.trim_start_matches(scan::is_space).strip_prefix('(') {
        rest = inner;
    }
    loop {
        rest = rest.trim_start_matches(fills_a_gap);
        if rest.is_empty() {
            break;
        }
        let (word, after_word) = first_word(rest);
        if let Some((_, len)) = lexicon::AFTER.at_start(rest).get(List::Tie) {
            // A tie word that also opens a date ("à fin 2024, contre"): a date word there.
            let opens_date = len == word.len() && is_date_word(word) && {
                let (next, _) = first_word(after_word.trim_start_matches(scan::is_space));
                is_date_word(next)
            };
            if !opens_date {
                ties += 1;
                rest = rest.get(len..).unwrap_or_default();
                continue;
            }
        }
        // An aside first: it may open with a date word ("in circulation").
        if let Some((_, len)) = TIE_ASIDES.at_start(rest) {
            rest = rest.get(len..).unwrap_or_default();
            continue;
        }
        if !is_date_word(word) {
            return false;
        }
        rest = after_word;
    }
    ties == 1
}

/// Whether `word` alone is a tie ([`lexicon::AFTER`]'s ties: "contre", "مقابل", "against").
fn is_tie_word(word: &str) -> bool {
    !word.is_empty()
        && lexicon::AFTER
            .at_start(word)
            .get(List::Tie)
            .is_some_and(|(_, len)| len == word.len())
}

/// The phrases of [`lexicon::TIE_ASIDES`], for [`is_tie`]: one walk of a trie a word.
static TIE_ASIDES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(lexicon::TIE_ASIDES));

/// The first word of `text` (up to a space or a comma) and what follows it.
fn first_word(text: &str) -> (&str, &str) {
    let len = text
        .find(|c: char| scan::is_space(c) || matches!(c, ',' | '\u{060C}'))
        .unwrap_or(text.len());
    text.split_at_checked(len).unwrap_or((text, ""))
}

/// Whether `word` may stand in the date between two tied figures: a year, a month or a word of
/// [`lexicon::DATE_WORDS`].
fn is_date_word(word: &str) -> bool {
    let one = |word: &str| {
        let year = scan::is_four_digits(word);
        year || crate::text::periods::is_month(word)
            || lexicon::DATE_WORDS
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
    };
    // "end-2023", "mid-June", "fin-2024": date words joined by hyphens.
    one(word) || (word.contains('-') && word.split('-').all(|part| one(part) || part == "mid"))
}

/// Whether figures `a` and `b` (by index; `false` past the end) are terms of one list of
/// quantities: joined by a coordination, and neither a percentage ("from 9.5 million to 11
/// million, and 12% in value" joins two clauses, not two terms).
fn terms_joined(text: &str, figures: &[TextFigure], a: usize, b: usize) -> bool {
    let (Some(a), Some(b)) = (figures.get(a), figures.get(b)) else {
        return false;
    };
    !a.kind().is_signed()
        && !b.kind().is_signed()
        && is_coordination(text.get(a.end..lead(b)).unwrap_or_default())
}

/// The most terms a list of figures is read with, for [`term_by_term`].
const MAX_TERMS: usize = 4;

/// What [`term_by_term`] says of a figure.
enum Terms {
    /// The figure is no term of two lists a tie joins: the other rules decide.
    NoLists,
    /// The kind of the term in its place in the other list.
    Kind(FigureKind),
    /// The lists are not of one length, a term of either is a number the reader left out, or
    /// the term in its place has no unit either: the figure is left out.
    Undecided,
}

/// For figure `i`, a term of a list of figures joined by coordination that a tie joins to
/// another list ("MAD 6.1 billion and 14.6 million transactions respectively, compared with MAD
/// 4.9 billion and 12.2 million"): the kind of the term in the same place of the other list,
/// if that one has its unit `written` ([`Terms`]). Lists of more than [`MAX_TERMS`] terms are
/// not followed, so the cost stays bounded.
fn term_by_term(
    text: &str,
    figures: &[TextFigure],
    i: usize,
    written: &impl Fn(&TextFigure) -> bool,
) -> Terms {
    let (first, last) = list_of(text, figures, i);
    if first == last {
        return Terms::NoLists;
    }
    let Some(mut other) = tied_list(text, figures, (first, last), false) else {
        return Terms::NoLists;
    };
    // "34.1 million transactions worth MAD 12.7 billion, against 30.6 million and MAD 10.9
    // billion": a count and its value, joined by the words of a value, are a list too, when the
    // list tied to them has their length.
    while other.1 - other.0 < last - first
        && other.0 > 0
        && value_linked(text, figures, other.0 - 1, other.0)
    {
        other.0 -= 1;
    }
    let unread_term = |at: usize| {
        figures
            .get(at)
            .is_some_and(|f| term_before(text.get(..lead(f)).unwrap_or_default()))
    };
    if other.1 - other.0 != last - first || unread_term(first) || unread_term(other.0) {
        return Terms::Undecided;
    }
    match figures.get(other.0 + (i - first)) {
        Some(there) if written(there) => Terms::Kind(there.kind()),
        _ => Terms::Undecided,
    }
}

/// Whether figures `a` and `b` (by index) are a count written with its unit and the amount it
/// is worth, joined by the words of a value alone ([`VALUE_LINKS`]): "34.1 million transactions
/// worth MAD 12.7 billion", "15,2 millions d'opérations pour un montant de 8,2 MMDH".
fn value_linked(text: &str, figures: &[TextFigure], a: usize, b: usize) -> bool {
    let (Some(a), Some(b)) = (figures.get(a), figures.get(b)) else {
        return false;
    };
    let gap = text
        .get(a.end..lead(b))
        .unwrap_or_default()
        .trim_matches(fills_a_gap);
    is_count(a.kind())
        && !a.unit_implied
        && b.kind() == FigureKind::AmountMad
        && VALUE_LINKS.contains(&gap)
}

/// The words that join a count to the amount it is worth ([`value_linked`]).
const VALUE_LINKS: &[&str] = &[
    "worth",
    "valued at",
    "for",
    "pour",
    "pour un montant de",
    "pour une valeur de",
    "d'un montant de",
    "d'une valeur de",
    "بقيمة",
    "بمبلغ",
    "بقيمة إجمالية قدرها",
];

/// Whether `head`, the text before a figure, ends with a number and a coordination ("20.1
/// million and ", "12 % et "): the figure is a later term of a list whose earlier term the
/// reader may have left out.
fn term_before(head: &str) -> bool {
    let trim = |s: &str| -> usize { s.trim_end_matches(fills_a_gap).len() };
    let head = head.get(..trim(head)).unwrap_or_default();
    let Some(before) = COORDINATIONS
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .filter(|b| b.is_empty() || b.ends_with(|c: char| scan::is_space(c)))
    else {
        return false;
    };
    let before = before.get(..trim(before)).unwrap_or_default();
    if before.ends_with(|c: char| scan::digit(c).is_some() || c == '%') {
        return true;
    }
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !scan::is_letter(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = before.get(word_start..).unwrap_or_default();
    lexicon::SCALES
        .iter()
        .any(|(scale, _)| scale.eq_ignore_ascii_case(word))
}

/// Whether the words between two figures join them as terms of one list: "et", "and", "و"
/// (perhaps after a comma), as in "61,2 millions et 19,8 milliards de dirhams".
fn is_coordination(gap: &str) -> bool {
    COORDINATIONS.contains(&gap.trim_matches(fills_a_gap))
}

/// Whether `c` may stand around the words between two figures without being one of them: a
/// space, an invisible character, a comma (Latin or Arabic).
fn fills_a_gap(c: char) -> bool {
    scan::is_space(c) || scan::is_invisible(c) || matches!(c, ',' | '\u{060C}')
}

/// The words that join two terms of a list ([`is_coordination`], [`term_before`]).
const COORDINATIONS: &[&str] = &["et", "and", "و", "ainsi que", "as well as"];

/// What a clause names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Named {
    /// A count by a word that says so: "le nombre d'opérations", "عدد العمليات".
    Count,
    /// Operations, which may be counted or valued: "les opérations", "العمليات".
    Operations,
    /// An amount: "le montant", "la valeur", "قيمة", "رقم المعاملات".
    Amount,
    /// A count of cards: "le nombre de cartes", "عدد البطاقات".
    Cards,
    /// A count of merchant sites: "le nombre de sites marchands", "عدد المواقع التجارية".
    Merchants,
    /// A count of something not ours: "le nombre de commandes", "number of users", "عدد
    /// الحسابات".
    Other,
}

/// What an English "number of" at the start of `rest` counts when words qualify its noun before
/// it ("number of online payment transactions", "number of contactless cards", "number of
/// active merchant sites"): the first plural word of the next four is the noun counted; one of
/// ours gives its kind, any other plural ("number of users making payments") or none gives
/// `Named::Other`. `None` where `rest` does not start with "number of".
fn english_count(rest: &str) -> Option<Named> {
    let mut words = rest
        .strip_prefix("number of ")?
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '-'));
    let mut merchant = false;
    for word in words.by_ref().take(4) {
        let kind = match word {
            "transactions" | "operations" | "payments" => Named::Count,
            "cards" => Named::Cards,
            "merchants" | "e-merchants" => Named::Merchants,
            "sites" | "websites" if merchant => Named::Merchants,
            "merchant" | "e-merchant" | "e-commerce" | "commerce" => {
                merchant = true;
                continue;
            }
            w if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") => Named::Other,
            "" => return Some(Named::Other),
            _ => continue,
        };
        return Some(kind);
    }
    Some(Named::Other)
}

/// The lists of names [`named_quantity`] looks for; each is a bit of [`NAMES`]' masks.
#[derive(Debug, Clone, Copy)]
enum NameList {
    Count,
    Cards,
    Merchants,
    MerchantPeople,
    Online,
    AnyCount,
    Amount,
    Operations,
    CountWords,
}

/// The lists of [`NameList`], each beside its words.
const NAME_LISTS: [(NameList, &[&str]); 9] = [
    (NameList::Count, lexicon::COUNT_NAMES),
    (NameList::Cards, lexicon::CARD_COUNT_NAMES),
    (NameList::Merchants, lexicon::MERCHANT_COUNT_NAMES),
    (NameList::MerchantPeople, lexicon::MERCHANT_PEOPLE_NAMES),
    (NameList::Online, lexicon::ONLINE_WORDS),
    (NameList::AnyCount, lexicon::ANY_COUNT_NAMES),
    (NameList::Amount, lexicon::AMOUNT_NAMES),
    (NameList::Operations, lexicon::OPERATION_NAMES),
    (NameList::CountWords, lexicon::COUNT_WORDS),
];

/// Every name of [`NAME_LISTS`] in one set, each with the lists that hold it (a bit per
/// [`NameList`]).
struct Names {
    set: WordSet,
    lists_of: Vec<u16>,
}

static NAMES: std::sync::LazyLock<Names> = std::sync::LazyLock::new(|| {
    let mut words: Vec<&'static str> = Vec::new();
    let mut lists_of: Vec<u16> = Vec::new();
    for &(list, names) in &NAME_LISTS {
        for &name in names {
            let at = words.iter().position(|&w| w == name).unwrap_or_else(|| {
                words.push(name);
                lists_of.push(0);
                words.len() - 1
            });
            if let Some(mask) = lists_of.get_mut(at) {
                *mask |= 1 << list as u16;
            }
        }
    }
    Names {
        set: WordSet::new(&words),
        lists_of,
    }
});

/// `clause` folded with its Arabic marks left out, and the places in it where a name of
/// [`NAMES`] may start: where a word starts (perhaps after an Arabic clitic) with the first
/// letter of a name.
fn name_places(clause: &str) -> (String, Vec<usize>) {
    let folded: String = clause
        .chars()
        .map(scan::fold)
        .filter(|&c| !scan::is_arabic_mark(c))
        .collect();
    // The names are tried there only, each on its first byte first (measured: 6x fewer
    // instructions than a search for each name through the clause, which the linker asks of
    // every rate).
    let mut starts: Vec<usize> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in folded.char_indices() {
        // A word starts after no letter, or perhaps after an Arabic clitic: only there is the
        // full test of a boundary needed.
        let candidate = scan::is_letter(c)
            && prev.is_none_or(|p| !scan::is_letter(p) || matches!(p, 'و' | 'ب' | 'ل' | 'ف' | 'ك'));
        if candidate
            && NAMES.set.starts_with(c)
            && scan::word_boundary_before(folded.get(..i).unwrap_or_default())
        {
            starts.push(i);
        }
        prev = Some(c);
    }
    (folded, starts)
}

/// The kinds that `clause` names as a list of quantities, in their order, the last such list
/// in it: names joined by a coordination, perhaps with a determiner after it ("le nombre
/// d'opérations et le montant", "the number and value of payments", "عدد العمليات وقيمتها").
/// `None` when no two names are joined so, or when one of the list names a count of something
/// else ("le nombre d'abonnés et le montant"), or one kind twice.
fn kinds_named_in_order(clause: &str) -> Option<Vec<FigureKind>> {
    let (folded, starts) = name_places(clause);
    // The longest name at each place, with where it ends; places inside a name are passed.
    // Each with whether it names operations ("Transactions and their value"): the count of
    // the list, only beside an amount.
    let mut names: Vec<(usize, usize, Option<FigureKind>, bool)> = Vec::new();
    for &i in &starts {
        if names.last().is_some_and(|&(_, end, _, _)| i < end) {
            continue;
        }
        let mut longest: Option<(usize, u16)> = None;
        NAMES
            .set
            .each_at_start(folded.get(i..).unwrap_or_default(), |index, len| {
                if longest.is_none_or(|(l, _)| len > l) {
                    longest = Some((len, NAMES.lists_of.get(index).copied().unwrap_or(0)));
                }
            });
        let Some((len, lists)) = longest else {
            continue;
        };
        let has = |list: NameList| lists & (1 << list as u16) != 0;
        let mut operations = false;
        let kind = if has(NameList::Cards) {
            Some(FigureKind::Cards)
        } else if has(NameList::Merchants) {
            Some(FigureKind::Merchants)
        } else if has(NameList::Count) || has(NameList::CountWords) {
            Some(FigureKind::Transactions)
        } else if has(NameList::Amount) {
            Some(FigureKind::AmountMad)
        } else if has(NameList::AnyCount) {
            // A count of something else.
            None
        } else if has(NameList::Operations) {
            operations = true;
            Some(FigureKind::Transactions)
        } else {
            // People, words of the web: no quantity of the list.
            continue;
        };
        names.push((i, i + len, kind, operations));
    }
    // The last run of names joined two by two.
    let joined = |a: usize, b: usize| {
        let gap = folded.get(a..b).unwrap_or_default();
        let mut words = gap
            .split(|c: char| scan::is_space(c) || matches!(c, ',' | '\u{060C}'))
            .filter(|w| !w.is_empty());
        let first = words.next();
        // "وقيمتها": the conjunction glued to the name after it is the gap's last word; "و9 في
        // المائة": glued to the rate of the next name.
        let glued_rate = first
            .and_then(|w| w.strip_prefix('و'))
            .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        let coordination = matches!(first, Some("et" | "and" | "و")) || glued_rate.is_some();
        let mut rest: Vec<&str> = glued_rate.into_iter().chain(words).collect();
        // "de 2,7 % en nombre et de 4,5 % en montant", "2.7% in number and 4.5% in value": the
        // rate of the second name may stand between them.
        if let Some(at) = rest
            .iter()
            .position(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '+'))
        {
            let before_ok = rest
                .get(..at)
                .is_some_and(|b| b.iter().all(|w| matches!(*w, "de" | "by" | "of" | "بنسبة")));
            let mut end = at + 1;
            while rest.get(end).is_some_and(|w| {
                matches!(
                    *w,
                    "%" | "pour" | "cent" | "percent" | "pc" | "في" | "المائة"
                )
            }) {
                end += 1;
            }
            if !before_ok {
                return false;
            }
            rest.drain(..end);
        }
        coordination && rest.len() <= 2 && rest.iter().all(|w| LIST_DETERMINERS.contains(w))
    };
    // A name of operations is of the list only where a coordination joins it to another:
    // "Transactions and their value", not the complement of "le montant des opérations".
    let joined_at = |k: usize| {
        let this = names.get(k);
        let before = k.checked_sub(1).and_then(|j| names.get(j));
        let after = names.get(k + 1);
        this.is_some_and(|t| {
            before.is_some_and(|b| joined(b.1, t.0)) || after.is_some_and(|a| joined(t.1, a.0))
        })
    };
    let keep: Vec<bool> = (0..names.len())
        .map(|k| names.get(k).is_some_and(|n| !n.3) || joined_at(k))
        .collect();
    let names: Vec<(usize, usize, Option<FigureKind>, bool)> = names
        .iter()
        .zip(&keep)
        .filter_map(|(n, &k)| k.then_some(*n))
        .collect();
    let mut run_start = names.len().checked_sub(1)?;
    while run_start > 0 {
        let (Some(a), Some(b)) = (names.get(run_start - 1), names.get(run_start)) else {
            break;
        };
        if !joined(a.1, b.0) {
            break;
        }
        run_start -= 1;
    }
    let run = names.get(run_start..)?;
    if run.len() < 2 {
        return None;
    }
    let kinds: Vec<FigureKind> = run.iter().map(|&(_, _, k, _)| k).collect::<Option<_>>()?;
    let names_operations = run.iter().any(|n| n.3);
    if names_operations && !kinds.contains(&FigureKind::AmountMad) {
        return None;
    }
    let distinct = kinds
        .iter()
        .enumerate()
        .all(|(a, k)| !kinds.get(..a).unwrap_or_default().contains(k));
    distinct.then_some(kinds)
}

/// The words that may stand between a coordination and the name after it in a list of names:
/// "et le montant", "et leur valeur", "and their value", "et en valeur", "و... من حيث
/// القيمة".
const LIST_DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "leur", "leurs", "son", "sa", "ses", "the", "their", "its", "en",
    "in", "من", "حيث",
];

/// For figure `i`, a term of a list of figures joined by coordination ("15,3 millions et 5,1
/// milliards de DH"), when its sentence names before the list as many quantities, joined the
/// same way ([`kinds_named_in_order`]: "Le nombre d'opérations et le montant ont atteint
/// respectivement 15,3 millions et 5,1 milliards de DH"): the kind named in its place. Only
/// when each term with its unit `written` has the kind named in its place, and one term at
/// least has its unit written: the names then say which list is which.
fn named_in_order(
    text: &str,
    figures: &[TextFigure],
    i: usize,
    written: &impl Fn(&TextFigure) -> bool,
) -> Option<FigureKind> {
    let (first, last) = list_of(text, figures, i);
    if first == last {
        return None;
    }
    // A list of one length tied to it ("..., contre 33,1 millions et 9,7 milliards"): the
    // names are about both.
    let tied =
        tied_list(text, figures, (first, last), true).filter(|&(a, b)| b - a == last - first);
    // The names stand before the first of the two lists, in its sentence, after any count or
    // amount before it (whose clause they may be).
    let opening = tied.map_or(first, |(a, _)| a.min(first));
    let kinds = names_before(text, figures, opening)?;
    if kinds.len() != last - first + 1 {
        return None;
    }
    let mut anchored = false;
    for (place, kind) in kinds.iter().enumerate() {
        let here = figures.get(first + place);
        let there = tied.and_then(|(a, _)| figures.get(a + place));
        for f in [here, there].into_iter().flatten() {
            if written(f) {
                if f.kind() != *kind {
                    return None;
                }
                anchored = true;
            }
        }
    }
    anchored.then(|| kinds.get(i - first).copied()).flatten()
}

/// For figure `i`, an end of a range in a list of ranges ("de 12,4 millions à 14,1 millions et
/// de 3,2 MMDH à 3,9 MMDH", "من 3,1 مليون إلى 3,5 مليون، ومن 1,2 مليار إلى 1,4 مليار درهم"),
/// when its sentence names before the list as many quantities, joined the same way ("Le nombre
/// et le montant des paiements sont passés respectivement"): the kind named in its place, as
/// [`named_in_order`] gives it for a list of single figures. Only when each end with its unit
/// `written` has the kind named in its place, and one end at least has its unit written.
fn ranges_named_in_order(
    text: &str,
    figures: &[TextFigure],
    i: usize,
    written: &impl Fn(&TextFigure) -> bool,
) -> Option<FigureKind> {
    let gap = |a: usize, b: usize| -> Option<&str> {
        let (fa, fb) = (figures.get(a)?, figures.get(b)?);
        if fa.kind().is_signed() || fb.kind().is_signed() {
            return None;
        }
        Some(text.get(fa.end..lead(fb))?.trim_matches(fills_a_gap))
    };
    // The two ends of one range, and the start of the next range after an end.
    let ends = |a: usize| gap(a, a + 1).is_some_and(|g| RANGE_JOINS.contains(&g));
    let next = |a: usize| gap(a, a + 1).is_some_and(|g| NEXT_RANGES.contains(&g));
    let start = if i > 0 && ends(i - 1) {
        i - 1
    } else if ends(i) {
        i
    } else {
        return None;
    };
    let mut first = start;
    while first >= 2 && (start - first) / 2 + 1 < MAX_TERMS && next(first - 1) && ends(first - 2) {
        first -= 2;
    }
    let mut last = start;
    while (last - first) / 2 + 1 < MAX_TERMS && next(last + 1) && ends(last + 2) {
        last += 2;
    }
    let count = (last - first) / 2 + 1;
    if count < 2 {
        return None;
    }
    // The first range opens with its word ("de", "from", "من"), and the names stand before it,
    // in its sentence, after any count or amount before it.
    let head = figures.get(first)?;
    let before = scan::trim_end_spaces(text.get(..lead(head))?);
    lexicon::BEFORE.at_end(before).get(List::Open)?;
    let kinds = names_before(text, figures, first)?;
    if kinds.len() != count {
        return None;
    }
    let mut anchored = false;
    for (place, kind) in kinds.iter().enumerate() {
        for end in [first + 2 * place, first + 2 * place + 1] {
            let f = figures.get(end)?;
            if written(f) {
                if f.kind() != *kind {
                    return None;
                }
                anchored = true;
            }
        }
    }
    anchored
        .then(|| kinds.get((i - first) / 2).copied())
        .flatten()
}

/// The kinds named in order before figure `opening` ([`kinds_named_in_order`]), in its sentence,
/// after any count or amount before it (whose clause the names may be).
fn names_before(text: &str, figures: &[TextFigure], opening: usize) -> Option<Vec<FigureKind>> {
    let head = figures.get(opening)?;
    let after_figure = opening
        .checked_sub(1)
        .and_then(|j| figures.get(j))
        .filter(|g| !g.kind().is_signed())
        .map_or(0, |g| g.end);
    let from = sentence_start(text, lead(head)).max(after_figure);
    kinds_named_in_order(text.get(from..lead(head))?)
}

/// The words between the two ends of a range, for [`ranges_named_in_order`].
const RANGE_JOINS: &[&str] = &["à", "to", "إلى", "الى"];

/// The words between the end of a range and the start of the next one in a list of ranges, for
/// [`ranges_named_in_order`].
const NEXT_RANGES: &[&str] = &["et de", "and from", "ومن", "و من", "ومن"];

/// The list of figures that a tie joins to the list `(first, last)`, before it or after it
/// ("61,2 millions et 19,8 milliards de dirhams, contre 52,4 millions et 16,9 milliards"), or
/// with `start_words` a start word alone ("to B1 and B2, from A1 and A2"): its first and last
/// terms.
fn tied_list(
    text: &str,
    figures: &[TextFigure],
    (first, last): (usize, usize),
    start_words: bool,
) -> Option<(usize, usize)> {
    // "respectively, compared with": the word of a list before the tie.
    let tied = |a: usize, b: usize| {
        let (Some(a), Some(b)) = (figures.get(a), figures.get(b)) else {
            return false;
        };
        text.get(a.end..lead(b)).is_some_and(|g| {
            let g = g.trim_start_matches(|c: char| scan::is_space(c) || c == ',');
            let g = ["respectivement", "respectively", "على التوالي"]
                .iter()
                .find_map(|w| g.strip_prefix(w))
                .unwrap_or(g);
            // "to B1 and B2, from A1 and A2": the start word alone joins the lists too, when
            // asked (names before the lists say what each term is; a term's kind alone does
            // not carry across it).
            let start_word = start_words
                && matches!(
                    g.trim_matches(|c: char| scan::is_space(c) || matches!(c, ',' | '\u{060C}')),
                    "from" | "up from" | "down from" | "من"
                );
            start_word || is_tie(g)
        })
    };
    if first > 0 && tied(first - 1, first) {
        Some(list_of(text, figures, first - 1))
    } else if tied(last, last + 1) {
        Some(list_of(text, figures, last + 1))
    } else {
        None
    }
}

/// The list of figures joined by coordination that holds figure `at` ([`terms_joined`]): its
/// first and last terms, at most [`MAX_TERMS`] of them.
fn list_of(text: &str, figures: &[TextFigure], at: usize) -> (usize, usize) {
    let mut first = at;
    while first > 0 && at - first + 1 < MAX_TERMS && terms_joined(text, figures, first - 1, first) {
        first -= 1;
    }
    let mut last = at;
    while last - first + 1 < MAX_TERMS && terms_joined(text, figures, last, last + 1) {
        last += 1;
    }
    (first, last)
}

/// Whether `clause` names any quantity of ours, or operations: a count, an amount, cards,
/// merchant sites, "les opérations", "le nombre", "la valeur" (unlike [`named_quantity`], also
/// when it names several).
pub(crate) fn names_any_of_ours(clause: &str) -> bool {
    const OURS: u16 = 1 << NameList::Count as u16
        | 1 << NameList::Cards as u16
        | 1 << NameList::Merchants as u16
        | 1 << NameList::Amount as u16
        | 1 << NameList::Operations as u16
        | 1 << NameList::CountWords as u16;
    let (folded, starts) = name_places(clause);
    lists_named(&folded, &starts) & OURS != 0
}

/// Whether `clause` names, as one list, an amount and a count (of operations, cards or merchant
/// sites): "Le montant et le nombre des paiements" ([`kinds_named_in_order`]). "Le montant,
/// porté par la hausse du nombre de transactions," names no such list.
fn names_count_and_amount(clause: &str) -> bool {
    kinds_named_in_order(clause).is_some_and(|kinds| {
        kinds.contains(&FigureKind::AmountMad) && kinds.iter().any(|&k| is_count(k))
    })
}

/// Whether the clause before `at` (since the last number, comma or end of the last sentence, at
/// most [`PRICE_WINDOW`] bytes back) names the price of a thing ([`lexicon::PRICES`]) and no
/// average basket ([`lexicon::BASKETS`]): "Le prix moyen d'un téléviseur atteint 3 200
/// dirhams", "The blender costs MAD 649".
fn priced(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(PRICE_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = text.get(from..at).unwrap_or_default();
    // The clause: since the last number, mark of a sentence or comma ("Malgré la hausse des
    // prix, le montant moyen ... 480 dirhams" names no price of the amount).
    let clause = window
        .rfind(|c: char| {
            scan::digit(c).is_some() || matches!(c, '.' | ';' | '!' | '?' | '؟' | ',' | '،')
        })
        .and_then(|i| window.get(i..))
        .and_then(|w| w.get(w.chars().next().map_or(0, char::len_utf8)..))
        .unwrap_or(window);
    let named = |list: &[&str]| list.iter().any(|w| scan::find_phrase(clause, w).is_some());
    let sold_for = scan::match_end(
        scan::trim_end_spaces(clause),
        lexicon::PRICE_PARTICIPLES.iter().copied(),
    )
    .is_some();
    (named(lexicon::PRICES) || sold_for) && !named(lexicon::BASKETS)
}

/// How far back [`priced`] looks for the price of a thing, in bytes.
const PRICE_WINDOW: usize = 96;

/// Whether the words after a figure, to the end of its clause, name a quantity of another kind
/// than `kind`: "de 3,2 milliards de dirhams à 3,9 milliards en montant et de 12,4 millions à
/// 14,1 millions en nombre" names a count after the second range, so the kind written before
/// does not go to it. At most [`AFTER_WINDOW`] bytes are read.
fn named_after_as_other(text: &str, end: usize, kind: FigureKind) -> bool {
    let mut to = (end + AFTER_WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = text.get(end..to).unwrap_or_default();
    // The clause ends at a mark followed by a space, not at the decimal mark of a number.
    let bytes = after.as_bytes();
    let clause = after
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, ';' | '(' | ')' | '،' | '!' | '?' | '؟' | '\n')
                || (matches!(c, ',' | '.') && bytes.get(i + 1).is_none_or(|b| !b.is_ascii_digit()))
        })
        .and_then(|(i, _)| after.get(..i))
        .unwrap_or(after);
    match named_quantity(clause) {
        Some(Named::Count) => kind != FigureKind::Transactions,
        Some(Named::Amount) => kind != FigureKind::AmountMad,
        Some(Named::Cards) => kind != FigureKind::Cards,
        Some(Named::Merchants) => kind != FigureKind::Merchants,
        Some(Named::Operations | Named::Other) | None => false,
    }
}

/// How far after a figure [`named_after_as_other`] reads.
const AFTER_WINDOW: usize = 60;

/// Whether `clause` names the number of things as a subject: "le nombre", "the number", "عدد"
/// ([`lexicon::THE_NUMBER`]; not "un nombre croissant de commerçants", nor "le volume", which
/// may be a value).
fn names_a_number(clause: &str) -> bool {
    lexicon::THE_NUMBER
        .iter()
        .any(|w| scan::find_phrase(clause, w).is_some())
}

/// The lists of [`NAME_LISTS`] that the names at `starts` of `folded` belong to, one bit each
/// ([`name_places`]): one walk of the set's trie at each place a word starts (measured on the
/// bench's 1 MiB: 17.9 M instructions for the linker's and the reader's calls when each name of
/// each list was tried at each of them).
fn lists_named(folded: &str, starts: &[usize]) -> u16 {
    let mut named: u16 = 0;
    for &i in starts {
        NAMES
            .set
            .each_at_start(folded.get(i..).unwrap_or_default(), |index, _| {
                named |= NAMES.lists_of.get(index).copied().unwrap_or_default();
            });
    }
    named
}

/// The kind of quantity that `clause` names, when it names one kind only ([`Named`]).
pub(crate) fn named_quantity(clause: &str) -> Option<Named> {
    let (folded, starts) = name_places(clause);
    let named = lists_named(&folded, &starts);
    let names = |list: NameList| named & (1 << list as u16) != 0;
    // "the number of online payment transactions": English puts the words that qualify the
    // thing counted before it.
    let compound = starts
        .iter()
        .filter_map(|&i| english_count(folded.get(i..).unwrap_or_default()))
        .fold(None, |seen, kind| match seen {
            None => Some(Some(kind)),
            Some(Some(k)) if k == kind => Some(Some(k)),
            Some(_) => Some(None),
        });
    let named_compound = |kind: Named| compound == Some(Some(kind));
    let count = names(NameList::Count) || named_compound(Named::Count);
    let cards = names(NameList::Cards) || named_compound(Named::Cards);
    let merchants = names(NameList::Merchants)
        || named_compound(Named::Merchants)
        || names(NameList::MerchantPeople) && names(NameList::Online);
    let amount = names(NameList::Amount);
    let operations = names(NameList::Operations);
    // A count that names none of ours counts something else; but "عدد ومبلغ عمليات الأداء" is
    // the number and the amount of the operations, one list before their one noun.
    if !count && !cards && !merchants && names(NameList::AnyCount) {
        let count_and_amount = amount
            && operations
            && kinds_named_in_order(clause).is_some_and(|kinds| {
                kinds.contains(&FigureKind::Transactions) && kinds.contains(&FigureKind::AmountMad)
            });
        return (!count_and_amount).then_some(Named::Other);
    }
    match (count, cards, merchants, amount) {
        (true, false, false, false) => Some(Named::Count),
        (false, true, false, false) => Some(Named::Cards),
        (false, false, true, false) => Some(Named::Merchants),
        // "le nombre et le montant des paiements" names a count beside the amount.
        (false, false, false, true) if !operations && !names(NameList::CountWords) => {
            Some(Named::Amount)
        }
        (false, false, false, false) if operations => Some(Named::Operations),
        _ => None,
    }
}

/// The byte offset of the next digit at or after `from`: an ASCII digit, an Arabic-Indic digit
/// (U+0660-0669, bytes D9 A0-A9) or an Eastern Arabic-Indic one (U+06F0-06F9, bytes DB B0-B9).
///
/// Reads bytes, not characters: most Arabic letters share the digits' lead byte, and telling
/// them apart by the second byte is cheaper than decoding each character.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    // Whole blocks with no digit are passed over at once, tested in compares and bit
    // operations only, which the compiler turns into vector instructions (measured: the reader
    // runs 6 % fewer instructions than with a test byte by byte).
    let mut block = 0;
    while let Some(window) = rest
        .get(block..block + DIGIT_WINDOW)
        .and_then(|w| <&[u8; DIGIT_WINDOW]>::try_from(w).ok())
    {
        if block_has_digit(window) {
            break;
        }
        block += DIGIT_BLOCK;
    }
    let mut i = block
        + rest
            .get(block..)?
            .iter()
            .position(|&b| may_start_digit(b))?;
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

/// The bytes [`next_digit`] tests at once, and the window it looks at: one more byte, the
/// second of a digit that starts at the block's last byte. Sixteen, one vector register of the
/// baseline x86-64: the press writes digits densely, and a block that holds one is searched
/// again byte by byte (measured on the bench's 1 MiB: 1.0 M fewer instructions for the reader
/// than blocks of 32, 3.6 M fewer than blocks of 64).
const DIGIT_BLOCK: usize = 16;
const DIGIT_WINDOW: usize = DIGIT_BLOCK + 1;

/// Whether a digit starts in the first [`DIGIT_BLOCK`] bytes of `w`: an ASCII digit, or the two
/// bytes of an Arabic-Indic or Eastern Arabic-Indic one.
// Every index is below `DIGIT_WINDOW`, within the array: none can panic, and the compiler
// proves it too (so the loop has no bounds checks, and vectorises). Bitwise operators between
// the booleans, not lazy ones: no branches.
#[allow(clippy::indexing_slicing, clippy::needless_bitwise_bool)]
#[inline]
fn block_has_digit(w: &[u8; DIGIT_WINDOW]) -> bool {
    let mut any = false;
    for k in 0..DIGIT_BLOCK {
        let (b, next) = (w[k], w[k + 1]);
        any |= (b.wrapping_sub(b'0') < 10)
            | (b == 0xD9) & (next.wrapping_sub(0xA0) < 10)
            | (b == 0xDB) & (next.wrapping_sub(0xB0) < 10);
    }
    any
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
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit {
    kind: FigureKind,
    /// Power of ten the number is multiplied by.
    power: u32,
    /// Whether the unit is centimes (divide by 100).
    centimes: bool,
    /// How the unit was written.
    written: Written,
    end: usize,
}

impl Unit {
    /// A unit written after the number or its scale word, of this kind and power, ending at
    /// `end`.
    fn written(kind: FigureKind, power: u32, end: usize) -> Unit {
        Unit {
            kind,
            power,
            centimes: false,
            written: Written::Unit,
            end,
        }
    }

    /// Whether the kind was inferred, with no unit written.
    fn implied(self) -> bool {
        matches!(
            self.written,
            Written::ScaleAlone | Written::Bare | Written::UnitNoun
        )
    }
}

/// How a number's unit was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Written {
    /// After the number or its scale word: "2 millions d'opérations", "16 %".
    Unit,
    /// After "de" or "d'" with no scale word: "3.712.408 de transactions".
    AfterDe,
    /// Not at all, after a scale word alone: "7,4 milliards"; the sentence gives its kind.
    ScaleAlone,
    /// Neither unit nor scale word: a bare number, which is a count only when its sentence
    /// says so (a count named in its clause, or a tie to a count).
    Bare,
    /// A scale word and a word that counts things of no kind it says ("18,9 millions
    /// d'unités"): as for a bare number, a count only when its sentence says of what.
    UnitNoun,
}

/// The figure whose number is `number`, and whether it is a bare number (no unit, no scale
/// word) that [`units_left_out`] keeps only as a count its sentence names.
pub(crate) fn figure_at(text: &str, number: &scan::Number) -> Option<(TextFigure, bool)> {
    figure_with(text, number, unit_after(text, number.end))
}

/// [`figure_at`] with the unit after the number already read: `direct`, `None` when none is
/// written right after it.
pub(crate) fn figure_with(
    text: &str,
    number: &scan::Number,
    direct: Option<Unit>,
) -> Option<(TextFigure, bool)> {
    let head = text.get(..number.start)?;
    // A number in quotes, its unit after them: "«4ر3» مليون", "\"3ر3\" مليار".
    let quotes = match direct {
        Some(_) => None,
        None => quoted_span(text, number),
    };
    // Its unit after them, or the word "sites" its clause names: "عدد المواقع التجارية \"7450\"
    // موقعا".
    let quoted = quotes.and_then(|(open, close)| {
        let unit = unit_after(text, close).or_else(|| {
            let (end, power) = site_named_before(text, number, close)?;
            Some(Unit::written(FigureKind::Merchants, power, end))
        })?;
        Some((open, unit))
    });
    // A sign glued to the number: "+46,7%", "-5 %", "−3 %".
    let mut start = number.start;
    let mut negative = false;
    let mut signed = false;
    let mut chars_before = head.chars().rev();
    let sign = chars_before.next();
    let before_sign = chars_before.next();
    if let Some((open, _)) = quoted {
        start = open;
    } else if let Some(s @ ('+' | '-' | '\u{2212}')) = sign {
        let glued_to_word = before_sign.is_some_and(char::is_alphanumeric);
        if !glued_to_word {
            negative = s != '+';
            signed = true;
            start -= s.len_utf8();
        }
    }
    let before = scan::trim_end_spaces(text.get(..start)?);
    let words_before = lexicon::BEFORE.at_end(before);
    if words_before.get(List::ForeignPrefix).is_some() {
        return None;
    }
    let currency_prefix = words_before.get(List::DirhamPrefix).map(|(_, at)| at);
    let unit = direct
        .or(quoted.map(|(_, u)| u))
        .or_else(|| shared_unit(text, number));
    let mut unit = match unit {
        Some(u) => u,
        // "MAD 13.1 billion of the MAD 16.5 billion spent": the currency came first, so the
        // scale word after the number is the amount's, whatever word follows it (which made the
        // unit after the number unreadable); only another currency after it leaves it out.
        // "MAD 980m", "MAD 6.3bn": a scale word cut short may be glued to the digits; any
        // other letters glued there ("MAD 500mn") are a unit not read, and the amount is not
        // the digits alone.
        None if currency_prefix.is_some() => match scale_after(text, number.end) {
            Some(ScaleAfter::Word(power, end)) => Unit {
                kind: FigureKind::AmountMad,
                power,
                centimes: false,
                written: Written::Unit,
                end,
            },
            Some(ScaleAfter::Unreadable) => return None,
            None if text
                .get(number.end..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(scan::is_letter) =>
            {
                return None;
            }
            // "MAD 4.1 and 5.3 billion", "MAD 4.1 to 5.3 billion": the scale word of the next
            // term is this one's too.
            None => {
                let (power, centimes) = match shared_unit_after(text, number.end) {
                    Some((next, join))
                        if next.power > 0
                            && (number.fraction_len > 0 || !matches!(join, "et" | "and" | "و"))
                            && number.whole_len <= 3
                            && number.single_mark.is_none()
                            && (next.kind == FigureKind::AmountMad
                                || next.written == Written::ScaleAlone) =>
                    {
                        (next.power, next.centimes)
                    }
                    _ => (0, false),
                };
                Unit {
                    kind: FigureKind::AmountMad,
                    power,
                    centimes,
                    written: Written::Unit,
                    end: number.end,
                }
            }
        },
        None if may_be_bare_count(text, number) => Unit {
            kind: FigureKind::Transactions,
            power: 0,
            centimes: false,
            written: Written::Bare,
            end: number.end,
        },
        None => match site_named_before(text, number, number.end) {
            Some((end, power)) => Unit::written(FigureKind::Merchants, power, end),
            None => return None,
        },
    };
    if let Some(p) = currency_prefix {
        // "MAD 1.05 billion": the currency came first; a scale word alone then means dirhams.
        match (unit.kind, unit.implied()) {
            (FigureKind::Transactions, true) => {
                unit.kind = FigureKind::AmountMad;
                unit.written = Written::Unit;
            }
            (FigureKind::AmountMad, _) => {}
            _ => return None,
        }
        start = p;
    }
    // "2014 de transactions", "In Q3 2015 transactions rose" are no counts of 2014 and 2015: a
    // number that may be a year, right before a noun that counts, is left out.
    // Merchant sites are counted in thousands, years among them: "1 920 مواقع" or "1920 sites"
    // stay counts.
    let counts_years = matches!(unit.kind, FigureKind::Transactions | FigureKind::Cards);
    if is_year(text, number) && unit.power == 0 && counts_years {
        return None;
    }
    if !unit.kind.is_signed() && negative {
        // A sign only makes sense on a rate; before a count or an amount a dash is punctuation.
        start = number.start;
        negative = false;
    }
    // Hedge and the words of a fall, just before the figure.
    let mut context_start = None;
    let mut qualifier = Qualifier::Exact;
    let head = scan::trim_end_spaces(text.get(..start)?);
    // One walk back reads every list; the words before the sign or prefix are those already read.
    let words = if head.len() == before.len() {
        words_before
    } else {
        lexicon::BEFORE.at_end(head)
    };
    // An adverb between a hedge and the figure ("dépasse désormais 17 millions"): the hedge
    // before it is read, and nothing else of the words before the adverb.
    let words = match (words.get(List::Hedge), words.get(List::Adverb)) {
        (None, Some((_, at))) => {
            let inner = lexicon::BEFORE.at_end(scan::trim_end_spaces(head.get(..at)?));
            if inner.get(List::Hedge).is_some() {
                inner.only(List::Hedge)
            } else {
                words
            }
        }
        _ => words,
    };
    let mut lead = head;
    let mut hedged = false;
    // The hedge read before the figure, asked of a bare number only ([`lexicon::REACH_HEDGES`]).
    let mut hedge_phrase: Option<&str> = None;
    let mut fall_verb = None;
    if let Some((index, at)) = words.get(List::Hedge)
        && !compared_over(head, index, at)
        && !up_to_a_level(head, index, at)
    {
        qualifier = lexicon::HEDGES
            .get(index)
            .map_or(Qualifier::Exact, |(_, q)| *q);
        if denied_before(head, index, at) {
            return None;
        }
        context_start = Some(at);
        lead = scan::trim_end_spaces(head.get(..at)?);
        hedged = true;
        hedge_phrase = lexicon::HEDGES.get(index).map(|(w, _)| *w);
        // Only an Arabic verb in the present ("تتجاوز", "يفوق") is negated by words before it;
        // the negated hedges of French and English are phrases of their own.
        let verb = lexicon::HEDGES
            .get(index)
            .is_some_and(|(w, _)| w.starts_with(['ت', 'ي']));
        if verb && negated(lead) {
            qualifier = negation_of(qualifier)?;
        }
    } else if let Some((q, at)) = past_a_threshold(head, text.get(unit.end..)?) {
        // "dépassant pour la première fois le cap des 2,5 MMDH": a bound passed.
        qualifier = q;
        context_start = Some(at);
        lead = scan::trim_end_spaces(head.get(..at)?);
        hedged = true;
    } else if let Some((verb, at)) = hedge_verb_before_subject(
        head,
        unit.kind.is_signed() && words.get(List::Decline).is_none(),
    ) {
        match verb {
            // "وتناهز قيمة المعاملات 2 مليار درهم": the verb of a hedge, then its subject.
            VerbBefore::Hedge(q) => {
                let denied = negated(head.get(..at)?);
                // A verb of reaching ("تبلغ") is listed for its negation alone: "لم تبلغ
                // العمليات 3 ملايين" is less than 3 million.
                if q != Qualifier::Exact || denied {
                    qualifier = q;
                    context_start = Some(at);
                }
                if denied {
                    qualifier = match q {
                        Qualifier::Exact => Qualifier::LessThan,
                        q => negation_of(q)?,
                    };
                }
            }
            // A fall denied says no sure sign: the rate is left out.
            VerbBefore::Fall if unit.kind.is_signed() && negated(head.get(..at)?) => return None,
            VerbBefore::Fall => fall_verb = Some(at),
        }
    }
    let mut fall = false;
    if unit.kind.is_signed() {
        // The words of a fall or a rise stand before the hedge, if there is one: walked back
        // from there for a rate alone, the one kind they change (measured: a walk for each
        // hedged count or amount cost 0.9 M instructions on the bench's 1 MiB).
        let words = if hedged {
            lexicon::BEFORE.at_end(lead)
        } else {
            words
        };
        if let Some((_, at)) = words.get(List::Decline) {
            negative = true;
            fall = true;
            context_start = Some(at);
        } else if let Some(at) = fall_with_adjective(lead) {
            negative = true;
            fall = true;
            context_start = Some(at);
        } else if let Some(at) = fall_verb.or_else(|| {
            // "وانخفضت حصة البطاقات بحوالي 1,2 نقطة": the verb of a fall before the subject and
            // the hedge; asked for a hedged rate alone.
            (hedged && lead.as_bytes().last().is_some_and(|b| !b.is_ascii()))
                .then(|| hedge_verb_before_subject(lead, true))
                .flatten()
                .and_then(|(verb, at)| (verb == VerbBefore::Fall).then_some(at))
        }) {
            negative = true;
            fall = true;
            context_start = Some(at);
        } else if let Some((_, at)) = words.get(List::Plus) {
            context_start = context_start.or(Some(at));
        }
    }
    // A bare number is a count only after a word of reaching ("pour atteindre plus de 512 300"),
    // the words of a change ("en hausse de 1 070", whose tie then gives its kind), a hedge that
    // is a verb of reaching ("a dépassé 7 200"), or as the start of a range of bare
    // numbers, perhaps hedged: "est passé de 4 870 à 5 940", "d'environ 2 900 à plus de 4 100".
    // Arabic puts the verb of reaching before the subject: "وبلغ عدد المواقع التجارية 7450".
    if unit.written == Written::Bare
        && !hedge_phrase.is_some_and(|w| lexicon::REACH_HEDGES.contains(&w))
        && scan::match_end(lead, lexicon::REACH.iter().copied()).is_none()
        && arabic_verb_before_subject(lead, lexicon::REACH_VERBS_AR).is_none()
        && scan::match_end(lead, lexicon::CHANGE_TIES.iter().copied()).is_none()
        && !(range_opens(lead) && join_then_digit(text, number.end))
    {
        return None;
    }
    // "points" alone is a difference of percentages only where the words say a change: a sign,
    // a word of a rise or a fall before it ("les 3 points clés" are not), or a comparative
    // right after it ("4 points more than in 2023", "4 points de moins").
    if unit.kind == FigureKind::PercentagePoints
        && !signed
        && !fall
        && !text
            .get(number.end..unit.end)
            .is_some_and(|w| w.trim_start().contains(' '))
        && scan::match_end(lead, lexicon::POINT_CUES.iter().copied()).is_none()
    {
        let after = text.get(unit.end..).unwrap_or_default();
        let after = after
            .get(scan::leading_spaces(after, 3)..)
            .unwrap_or_default();
        let comparative = |list: &[&str]| list.iter().any(|w| scan::phrase_at(after, w).is_some());
        if comparative(lexicon::POINTS_LESS) {
            negative = true;
        } else if !comparative(lexicon::POINTS_MORE) {
            return None;
        }
    }
    // A scale word alone, opening a range whose end has a unit: "de 500 millions à 400 millions
    // de dirhams" is two amounts, "de 14,3 à 16,1 millions de cartes" two counts of cards. Not
    // without the word that opens it: "a atteint 2 milliards et 3 millions d'opérations" are no
    // two counts.
    // After "respectivement", the terms are different quantities as often as not ("61,2
    // millions et 19,8 milliards de dirhams" are a count and an amount): no unit is shared.
    // Nor after "from" or "de" with a coordination: "from 5.6 million and 1.8 billion dirhams"
    // opens a list of two quantities, not a range ("entre 14,3 et 16,1 millions" is one).
    let open = words_before
        .get(List::Open)
        .and_then(|(index, _)| lexicon::OPENS.get(index))
        .copied();
    if unit.written == Written::ScaleAlone
        && open.is_some_and(|open| open != "respectivement")
        && let Some((next, join)) = shared_unit_after(text, number.end.max(unit.end))
        && (!matches!(join, "et" | "and" | "و")
            || matches!(open, Some("entre" | "between" | "بين")))
        && !next.kind.is_signed()
        && !next.implied()
    {
        unit.kind = next.kind;
        unit.written = Written::Unit;
    }
    // Rule 5 yields to a percent sign or a point: "16,125 %" has three decimals. Under a scale
    // word it yields to the language (rule 6 of the number rule): French and Arabic write
    // "2,458 milliards" and "2,458 مليار" with a decimal comma, English "1,250 million" for 1250
    // million but "2.458 billion" for 2.458 billion; where the language cannot be told, the
    // figure is left out. With no scale word, English text groups with commas only: "2.100
    // transactions" has no sure reading there.
    let fraction_len = match number.single_mark {
        // Read as thousands, "1,250 points" would be 1250 points, more than any difference of
        // percentages: the one reading left is a decimal mark.
        Some(_) if unit.kind.is_signed() => 3,
        Some(mark) if unit.power > 0 => match (lexicon::language_near(text, number.start)?, mark) {
            (Language::English, Mark::Comma) => number.fraction_len,
            // French groups with points: "5.430 millions" may be 5 430 millions as well as
            // 5,43; only a scale word in the singular ("1.250 milliard", less than two) says
            // the point is a decimal mark.
            // Unless its sentence writes a decimal comma or groups with two points or more
            // ("3.712.408 opérations pour un montant de 1.854 MDH ; une progression de 47,3 %"):
            // the point then groups there too, and a scale word in the singular after it
            // ("1.250 milliard") contradicts the sentence: the figure is left out.
            (Language::French | Language::Arabic, Mark::Point)
                if groups_with_points(text, number.start) =>
            {
                if singular_scale(text, number.end) {
                    return None;
                }
                number.fraction_len
            }
            (Language::French, Mark::Point) if !singular_scale(text, number.end) => return None,
            // Arabic press groups with points under a scale word as often as it writes a
            // decimal point there ("4.981 مليار درهم" of payments worth thousands of billions
            // beside "85.2 مليار"), and its singular follows numbers above ten as well as
            // below two: the figure is left out.
            (Language::Arabic, Mark::Point) => return None,
            (Language::English, Mark::Point) | (Language::French | Language::Arabic, _) => 3,
        },
        Some(Mark::Point)
            if lexicon::language_near(text, number.start) == Some(Language::English) =>
        {
            return None;
        }
        // No single mark read as grouping, or one with no scale word: rule 5 as read.
        None | Some(_) => number.fraction_len,
    };
    let scale = u32::try_from(fraction_len).ok().filter(|&d| d <= 28)?;
    let mantissa = i128::try_from(number.digits?).ok()?;
    let (mut value, precision) = scaled(mantissa, scale, unit.power, unit.centimes)?;
    // "a reculé de 31 % à 27 %", "fell 31% to 27%": a fall word before two percentages joined as
    // a pair names the levels before and after, and the first is no rate of a fall.
    if fall
        && !hedged
        && unit.kind == FigureKind::Percent
        && !signed
        && fall_between_levels(text, unit.end, value, lead)
    {
        negative = false;
        fall = false;
        context_start = None;
    }
    if negative {
        value = -value;
        // "en baisse de plus de 5 %" is a change below -5 %: the hedge bounds the size of
        // the fall, so its bound turns around with the sign the fall word gives.
        if fall {
            qualifier = mirrored(qualifier);
        }
    }
    // A difference of two percentages is at most 100 points: "3 000 points" are places.
    if unit.kind == FigureKind::PercentagePoints && value.abs() > Decimal::ONE_HUNDRED {
        return None;
    }
    // "Un smartphone vendu à 2 499 DH", "the blender costs MAD 649", "بسعر 2500 درهم": the
    // price of a thing is no amount of payments. Only amounts below a million dirhams are
    // looked at: no price of a good reaches it, and most totals of payments do.
    if unit.kind == FigureKind::AmountMad
        && value.abs() < Decimal::from(1_000_000)
        && priced(text, context_start.unwrap_or(start))
    {
        return None;
    }
    let figure = ReportedFigure::new(unit.kind, value, precision)
        .ok()?
        .with_qualifier(qualifier);
    let found = TextFigure {
        start,
        end: unit.end,
        text: text.get(start..unit.end)?.to_owned(),
        figure,
        context_start,
        unit_implied: unit.implied(),
    };
    Some((
        found,
        matches!(unit.written, Written::Bare | Written::UnitNoun),
    ))
}

/// The first letters of [`lexicon::SITE_WORDS`], in both cases (a unit test holds them to the
/// list).
const SITE_FIRSTS: [char; 6] = ['s', 'S', 'w', 'W', 'م', 'ت'];

/// Where the word "sites" ("موقع", "مواقع", "websites"...) after `number` ends, when its
/// clause has named merchant sites before it ("le nombre de sites marchands a atteint 1 850
/// sites", "بلغ عدد المواقع التجارية 1200 موقع"): the word alone may be any website, and is
/// read as a merchant site only so, and only when no other number stands between. Whole
/// numbers only, in digits.
/// The word is looked for from `from`: the number's end, or the closing quote after it.
fn site_named_before(text: &str, number: &scan::Number, from: usize) -> Option<(usize, u32)> {
    if number.fraction_len > 0 {
        return None;
    }
    let rest = text.get(from..)?;
    let mut at = from + scan::leading_spaces(rest, 3);
    let mut after = text.get(at..)?;
    let mut power = 0;
    // Most numbers with no unit are years or parts of dates: one look at the first letter.
    if !after.starts_with(SITE_FIRSTS) {
        // "أزيد من 14 ألف موقع", "12 mille sites": sites are counted in thousands, and a
        // thousand may be written as a word.
        if !after.starts_with(THOUSAND_FIRSTS) {
            return None;
        }
        let (index, len) = lexicon::AFTER.at_start(after).get(List::Scale)?;
        let (_, scale) = lexicon::SCALES.get(index)?;
        if scale.power() != 3 {
            return None;
        }
        power = 3;
        at += len;
        at += scan::leading_spaces(text.get(at..)?, 3);
        after = text.get(at..)?;
    }
    let len = site_word_at(after)?;
    sites_named_before(text, number.start, 2).then_some((at + len, power))
}

/// The first letters of the words for a thousand in [`lexicon::SCALES`] that may stand
/// between a number and the word "sites" (a unit test holds them to the list).
const THOUSAND_FIRSTS: [char; 4] = ['t', 'm', 'أ', 'آ'];

/// The length of the word "sites" ([`lexicon::SITE_WORDS`]) that starts `rest`, if one does.
fn site_word_at(rest: &str) -> Option<usize> {
    lexicon::SITE_WORDS
        .iter()
        .find_map(|word| scan::phrase_at(rest, word))
}

/// Where the number whose last digit ends `head` starts: back past its digits and the marks
/// between them, the wire's "ر" among them ("5ر17"), a mark only with a digit before it, so
/// that the last letter of "دجنبر 2023" is no part of the year.
fn number_start_before(head: &str) -> usize {
    let mut start = head.len();
    let mut chars = head.char_indices().rev().peekable();
    while let Some((k, c)) = chars.next() {
        let mark = matches!(c, ',' | '.' | '٫' | 'ر' | ' ');
        let digit_before = chars.peek().is_some_and(|&(_, p)| scan::digit(p).is_some());
        if scan::digit(c).is_some() || (mark && digit_before) {
            start = k;
        } else {
            break;
        }
    }
    start
}

/// Whether the clause before the number that starts at `start` names merchant sites
/// ([`site_named_before`]), or is only a tie to the number before it, perhaps after that
/// number's word "sites", whose own clause does ("6850 موقعا متم يونيو، مقابل 5920 موقعا", "4 800 sites, dont 3 100
/// sites"), looked back at most `depth` numbers.
fn sites_named_before(text: &str, start: usize, depth: usize) -> bool {
    // The clause runs from the last number before this one that is no percentage, or the
    // sentence's start: "1 850 sites marchands, sur 4 000 sites" does not name what 4 000
    // counts, but "le nombre de commerçants en ligne a augmenté de 15 % pour s'établir à 5 820
    // sites" does.
    let Some(head) = text.get(sentence_start(text, start)..start) else {
        return false;
    };
    let offset = start - head.len();
    let mut clause = head;
    let mut clause_at = None;
    let mut end = head.len();
    while let Some((i, c)) = head.get(..end).and_then(|h| {
        h.char_indices()
            .rev()
            .find(|&(_, c)| scan::digit(c).is_some())
    }) {
        let after = head.get(i + c.len_utf8()..).unwrap_or_default();
        let after = after
            .get(scan::leading_spaces(after, 3)..)
            .unwrap_or_default();
        // Where the number ends (`i` is its last digit) and starts.
        let number_start = head.get(..i).map_or(0, number_start_before);
        // A year in the date between tied figures ("3500 تاجر سنة 2019 إلى 8000 تاجر") is no
        // figure: the clause reaches back past it.
        let digits = head.get(number_start..=i).unwrap_or_default().trim();
        let year = scan::is_four_digits(digits)
            && matches!(digits.get(..2), Some("19" | "20"))
            && site_word_at(after).is_none();
        if !year && lexicon::AFTER.at_start(after).get(List::Percent).is_none() {
            clause = after;
            clause_at = Some(number_start);
            break;
        }
        end = number_start;
    }
    if named_quantity(clause) == Some(Named::Merchants) {
        return true;
    }
    // "… 6850 موقعا متم يونيو، مقابل 5920 موقعا": the clause is the sites of the number before
    // and a tie; that number's clause decides.
    let Some(before) = clause_at.filter(|_| depth > 0) else {
        return false;
    };
    // Or only a tie, after a bare number, perhaps with a hedge: "من 2900 إلى أزيد من 4100
    // موقع".
    // The number before may be in thousands, its word before "sites": "من 4 آلاف موقع إلى 25
    // ألف موقع".
    let clause = match lexicon::AFTER.at_start(clause).get(List::Scale) {
        Some((index, len))
            if lexicon::SCALES
                .get(index)
                .is_some_and(|(_, s)| s.power() == 3) =>
        {
            let rest = clause.get(len..).unwrap_or_default();
            rest.get(scan::leading_spaces(rest, 3)..)
                .unwrap_or_default()
        }
        _ => clause,
    };
    let len = site_word_at(clause).unwrap_or(0);
    let tie = clause.get(len..).unwrap_or_default();
    let tie = match lexicon::BEFORE
        .at_end(scan::trim_end_spaces(tie))
        .get(List::Hedge)
    {
        Some((_, at)) => tie.get(..at).unwrap_or_default(),
        None => tie,
    };
    is_tie(tie) && sites_named_before(text, offset + before, depth - 1)
}

/// Whether a number with no unit and no scale word may be a count whose unit the sentence left
/// out: whole, of four digits or more, not a year, and followed by the end of the text, a mark
/// or a word of [`lexicon::AFTER_BARE_COUNT`] ("512 300 en 2014", "512 300, contre"), not by a
/// noun of its own ("3 000 sites", "1 200 par jour").
fn may_be_bare_count(text: &str, number: &scan::Number) -> bool {
    if number.fraction_len > 0 || number.whole_len < 4 || is_year(text, number) {
        return false;
    }
    let rest = text.get(number.end..).unwrap_or_default();
    let rest = rest
        .get(scan::leading_spaces(rest, 3)..)
        .unwrap_or_default();
    let Some(next) = rest.chars().next() else {
        return true;
    };
    if scan::digit(next).is_some() {
        return false;
    }
    if !scan::is_letter(next) {
        // Punctuation, but not a unit sign or a currency.
        return !matches!(next, '%' | '٪' | '$' | '€' | '£' | '-' | '/' | '\'' | '’');
    }
    if join_then_digit(text, number.end) {
        return true;
    }
    let first = scan::fold(next);
    lexicon::AFTER_BARE_COUNT.iter().any(|w| {
        w.starts_with(first)
            && scan::strip_word_prefix(rest, w)
                .is_some_and(|after| !after.chars().next().is_some_and(scan::is_letter))
    })
}

/// Whether the words before a bare number or its hedge (`lead`) open a range: "from (about)",
/// "من (حوالي)", "entre", and "de" or "d'" only after a verb of passing ("est passé (d'environ)
/// de 2 900 à 4 100"): after a verb of change, "a augmenté de 1 070 à 5 940" gives the size of
/// the change as often as the first end.
fn range_opens(lead: &str) -> bool {
    let Some((index, at)) = lexicon::BEFORE.at_end(lead).get(List::Open) else {
        return false;
    };
    if !matches!(lexicon::OPENS.get(index), Some(&("de" | "d'"))) {
        return true;
    }
    let before = scan::trim_end_spaces(lead.get(..at).unwrap_or_default());
    scan::match_end(before, lexicon::PASSING.iter().copied()).is_some()
}

/// Whether a join word ("à", "to", "إلى") and a digit follow `end`, perhaps with a hedge
/// between them: the first end of a range.
fn join_then_digit(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let mut rest = rest
        .get(scan::leading_spaces(rest, 3)..)
        .unwrap_or_default();
    // The date of the first end may stand before the join, with no comma: "est passé de 4 870 en
    // 2021 à 5 940 en 2022" ("a augmenté de 1 070 en 2022, à 5 940" gives a rise by 1 070);
    // and that date may open with the join word itself: "est passé de 3 960 à fin 2021 à 5 130".
    for _ in 0..5 {
        if let Some((_, len)) = lexicon::AFTER.at_start(rest).get(List::Join)
            && digit_follows(rest.get(len..).unwrap_or_default())
        {
            return true;
        }
        let (word, after) = first_word(rest);
        if word.is_empty() || !is_date_word(word) || after.starts_with([',', '،']) {
            return false;
        }
        rest = after.trim_start_matches(scan::is_space);
    }
    false
}

/// Whether a digit opens `after` (past its spaces), perhaps after a hedge: "from 2,900 to more
/// than 4,100", "de 2 900 à près de 4 100".
fn digit_follows(after: &str) -> bool {
    let mut after = after
        .get(scan::leading_spaces(after, 3)..)
        .unwrap_or_default();
    if let Some(len) = lexicon::HEDGES
        .iter()
        .filter_map(|(w, _)| scan::phrase_at(after, w))
        .max()
    {
        let rest = after.get(len..).unwrap_or_default();
        after = rest
            .get(scan::leading_spaces(rest, 3)..)
            .unwrap_or_default();
    }
    after.chars().next().and_then(scan::digit).is_some()
}

/// Whether `number` may be a year: four digits from 1900 to 2099, written as one run of
/// digits. A year is never grouped nor written in words: "1 900 opérations" and "mille neuf
/// cents opérations" are counts.
fn is_year(text: &str, number: &scan::Number) -> bool {
    number.whole_len == 4
        && number.fraction_len == 0
        && number.single_mark.is_none()
        && number.digits.is_some_and(|d| (1900..=2099).contains(&d))
        && text
            .get(number.start..number.end)
            .is_some_and(|digits| digits.chars().all(|c| scan::digit(c).is_some()))
}

/// Where an Arabic word of a fall starts when an adjective stands between it and the word of
/// the rate that ends `head`: "لانخفاض طفيف بنسبة", "تراجعا ملحوظا نسبته". Only the nouns of
/// [`lexicon::FALL_NOUNS`] and the adjectives of [`lexicon::FALL_ADJECTIVES`]: a verb and its
/// subject ("تراجعت المعاملات بنسبة") are read by [`hedge_verb_before_subject`].
fn fall_with_adjective(head: &str) -> Option<usize> {
    // The words of a rate are Arabic (`tests::rate_words_end_in_arabic`): a head that ends in an
    // ASCII character, as French and English ones do, ends in none of them (measured: 0.6 M
    // fewer instructions on the bench's 1 MiB).
    if head.as_bytes().last().is_some_and(u8::is_ascii) {
        return None;
    }
    let (_, rate) = scan::match_end(head, lexicon::RATE_WORDS.iter().copied())?;
    let head = scan::trim_end_spaces(head.get(..rate)?);
    let (_, adjective) = scan::match_end(head, lexicon::FALL_ADJECTIVES.iter().copied())?;
    let head = scan::trim_end_spaces(head.get(..adjective)?);
    scan::match_end(head, lexicon::FALL_NOUNS.iter().copied()).map(|(_, at)| at)
}

/// Opening quotes, each with the closing quotes it may pair with.
const QUOTES: &[(char, &[char])] = &[
    ('«', &['»']),
    ('"', &['"']),
    ('\u{201C}', &['\u{201D}']),
    ('\u{201E}', &['\u{201C}', '\u{201D}']),
];

/// The span of the quotes around `number`, when it stands alone inside them (at most a space on
/// either side): the byte offset of the opening quote and the one after the closing quote.
///
/// The press quotes a number it writes in the wire notation ("«4ر3» مليون"); the unit after
/// the quotes is then the number's. A quote that holds more than the number is not read through.
fn quoted_span(text: &str, number: &scan::Number) -> Option<(usize, usize)> {
    let head = text.get(..number.start)?;
    let head = head.strip_suffix(' ').unwrap_or(head);
    let open = head.chars().next_back()?;
    let (_, closes) = QUOTES.iter().find(|(o, _)| *o == open)?;
    let rest = text.get(number.end..)?;
    let spaced = rest.strip_prefix(' ').unwrap_or(rest);
    let close = spaced.chars().next()?;
    if !closes.contains(&close) {
        return None;
    }
    let close_end = number.end + (rest.len() - spaced.len()) + close.len_utf8();
    Some((head.len() - open.len_utf8(), close_end))
}

/// Whether the text after a point word makes it a place: "de", "d'" or "of" ("points de vente",
/// "points of sale"), or an Arabic word of [`lexicon::POINTS_OF_SALE`] ("نقاط البيع").
fn is_point_of_sale(rest: &str) -> bool {
    let rest = rest
        .get(scan::leading_spaces(rest, 3)..)
        .unwrap_or_default();
    if let Some((_, len)) = lexicon::AFTER.at_start(rest).get(List::Connector) {
        // "points de vente" are places, "7 points de plus" and "0,8 point de la part" are not.
        let next = rest
            .get(len..)
            .unwrap_or_default()
            .trim_start_matches(scan::is_space);
        let word: String = next.chars().take_while(|&c| scan::is_letter(c)).collect();
        let share = word == "part" || next.starts_with("la part");
        return !(share || matches!(word.as_str(), "plus" | "moins" | "more" | "less"));
    }
    let word: String = rest
        .chars()
        .take_while(|&c| scan::is_letter(c))
        .filter(|&c| !scan::is_arabic_mark(c))
        .collect();
    lexicon::POINTS_OF_SALE.contains(&word.as_str())
}

/// The value and precision of `mantissa` × 10^(`power` − `scale`), divided by 100 for
/// centimes.
///
/// Done in integers when the result fits a decimal's 96 bits (nearly always), otherwise by
/// decimal multiplication, which may shorten the scale of a value too long to hold as written.
fn scaled(mantissa: i128, scale: u32, power: u32, centimes: bool) -> Option<(Decimal, Decimal)> {
    let shift = if centimes { scale + 2 } else { scale };
    let direct = usize::try_from(power)
        .ok()
        .and_then(|p| POWERS_OF_TEN.get(p).copied())
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

/// 10 to the power of each index, up to the largest that an `i128` holds: read from a table by
/// [`scaled`], not computed (measured: 0.14 M fewer instructions on the bench's 1 MiB than `checked_pow`).
static POWERS_OF_TEN: [i128; 39] = {
    let mut table = [1i128; 39];
    let mut k = 1;
    while k < table.len() {
        // 10^38 < i128::MAX: no product here overflows, and an index out of range would fail
        // the build, not panic at run time.
        #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
        {
            table[k] = table[k - 1] * 10;
        }
        k += 1;
    }
    table
};

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
/// To keep years and other bare numbers out, the bare number must have decimals or at most
/// three digits, and open a range ("de", "from", "من", "entre", "between", "بين" just before
/// it), or be the first of two percentages joined by "et", "and" or "و" ("بنسبتي 15,5 و12,9 في
/// المائة", "rises of 15.5 and 12.9 percent"): a number and a percentage joined so are two
/// percentages in the press. So are two numbers joined so before a scale word ("4,1 et 5,3
/// milliards de dirhams", "4.1 and 5.3 billion"), when the first has at most three digits and no
/// grouping mark.
fn shared_unit(text: &str, number: &scan::Number) -> Option<Unit> {
    // "1,250" under a scale word may have decimals (rule 6): it is no year. A first end of more
    // than three digits keeps to itself: "de 850 000 à 1,2 million" is no 850 000 millions.
    if number.fraction_len == 0 && number.whole_len > 3 && number.single_mark.is_none() {
        return None;
    }
    let head = scan::trim_end_spaces(text.get(..number.start)?);
    let opens = lexicon::BEFORE.at_end(head).get(List::Open).is_some();
    let (unit, join) = shared_unit_after(text, number.end)?;
    let joined = matches!(join, "et" | "and" | "و");
    let percentages = joined
        && matches!(
            unit.kind,
            FigureKind::Percent | FigureKind::PercentagePoints
        );
    // "4,1 et 5,3 milliards de dirhams", "4.1 and 5.3 billion", "4,1 و5,3 مليار درهم": two
    // terms of one scale, which the press writes once. Only a number with decimals, of at most
    // three digits before them and no grouping mark, after a word of reaching or a tie
    // ([`reached_or_tied_before`]): "1 500 et 2 millions" stays two quantities.
    let scaled = joined
        && unit.power >= 3
        && number.single_mark.is_none()
        && number.whole_len <= 3
        && number.fraction_len > 0
        && reached_or_tied_before(text, number.start);
    if !opens && !percentages && !scaled {
        return None;
    }
    Some(Unit {
        end: number.end,
        ..unit
    })
}

/// Whether a word of reaching, a tie, "respectivement" or the name of a quantity of ours stands
/// right before the number at `start` ("a atteint 4,1 et 5,3 milliards", "contre 3,95 et 1,27
/// milliards", "soit 4,1 et", "قيمة الأداءات 4,1 و5,3"):
/// a first term of a list that shares the scale word of the second. After anything else ("la
/// version 2,2 et 1,2 million de cartes", "rated 4.6 and 1.3 million cards", "multipliés par 4,5
/// et"), the number may be of something else.
fn reached_or_tied_before(text: &str, start: usize) -> bool {
    let head = scan::trim_end_spaces(text.get(..start).unwrap_or_default());
    // Or the name of a quantity of ours right before it: "وبلغت قيمة الأداءات 4,1 و5,3 مليار".
    let mut near = head.len().saturating_sub(40);
    while !head.is_char_boundary(near) {
        near += 1;
    }
    let named = head
        .get(near..)
        .and_then(named_quantity)
        .is_some_and(|n| n != Named::Other);
    named
        || scan::match_end(head, lexicon::REACH.iter().copied()).is_some()
        || scan::match_end(head, lexicon::TIES.iter().copied()).is_some()
        || scan::match_end(
            head,
            ["respectivement", "respectively", "على التوالي", "totalisé"],
        )
        .is_some()
}

/// The unit of the figure that a join word ("à", "to", "إلى") puts after `end`, and the join
/// word.
fn shared_unit_after(text: &str, end: usize) -> Option<(Unit, &'static str)> {
    let rest = text.get(end..)?;
    let spaces = scan::leading_spaces(rest, 3);
    let (index, len) = lexicon::AFTER
        .at_start(rest.get(spaces..)?)
        .get(List::Join)?;
    let join = lexicon::JOINS.get(index).copied()?;
    let after = rest.get(spaces + len..)?;
    let gap = scan::leading_spaces(after, 3);
    let next_start = end + spaces + len + gap;
    let first = text.get(next_start..)?.chars().next()?;
    scan::digit(first)?;
    let next = scan::number(text, next_start)?;
    Some((unit_after(text, next.end)?, join))
}

/// Reads the unit after a number: percent, a scale word, a currency, operations.
fn unit_after(text: &str, end: usize) -> Option<Unit> {
    let rest = text.get(end..)?;
    let spaces = scan::leading_spaces(rest, 3);
    let at = end + spaces;
    let words = lexicon::AFTER.at_start(text.get(at..)?);
    let unit = Unit::written;
    if let Some((_, len)) = words.get(List::Percent) {
        return Some(unit(FigureKind::Percent, 0, at + len));
    }
    if let Some((index, len)) = words.get(List::Points) {
        let phrase = lexicon::POINTS.get(index)?;
        // "points de vente", "points of sale", "نقاط البيع": places, not percentage points.
        if !phrase.contains(' ') && is_point_of_sale(text.get(at + len..)?) {
            return None;
        }
        return Some(unit(FigureKind::PercentagePoints, 0, at + len));
    }
    if words.get(List::OtherCurrency).is_some() {
        return None;
    }
    if let Some((index, len)) = words.get(List::Dirham) {
        let power = lexicon::DIRHAMS.get(index)?.1;
        return Some(unit(FigureKind::AmountMad, power, at + len));
    }
    if let Some(counted) = counted_noun(text.get(at..)?, &words) {
        return Some(unit(counted.0, 0, at + counted.1));
    }
    // "3.712.408 de transactions", "1 200 d'opérations": a noun after "de" or "d'" (not "of").
    if let Some((index, len)) = words.get(List::Connector)
        && lexicon::CONNECTORS
            .get(index)
            .is_some_and(|c| c.starts_with('d'))
    {
        let noun_at = at + len + scan::leading_spaces(text.get(at + len..)?, 3);
        let noun = lexicon::AFTER.at_start(text.get(noun_at..)?);
        let found = if let Some(counted) = counted_noun(text.get(noun_at..)?, &noun) {
            Some(counted)
        } else if let Some((index, len)) = noun.get(List::Dirham) {
            // Only the word itself: "de DH" is no press form.
            lexicon::DIRHAMS
                .get(index)
                .filter(|(w, _)| w.starts_with("dirham"))
                .map(|_| (FigureKind::AmountMad, len))
        } else {
            None
        };
        if let Some((kind, len)) = found {
            return Some(Unit {
                written: Written::AfterDe,
                ..unit(kind, 0, noun_at + len)
            });
        }
    }
    // A scale word read as a whole word holds no glued unit (no unit starts a scale word:
    // `tests::no_glued_unit_starts_a_scale_word`), so the test is spared where one was read.
    if words.get(List::Scale).is_none() {
        match glued_unit(text.get(at..)?) {
            Some(Glued::Unit(kind, len)) => return Some(unit(kind, 0, at + len)),
            Some(Glued::Unreadable) => return None,
            None => {}
        }
    }
    // A scale word cut short ("62,7 M", "38.9m") is read only before a unit.
    let (scale_word, power, len, short) = scale_word(&words)?;
    after_scale(text, at + len, scale_word, power, short)
}

/// The unit after a scale word (`scale_word`, folded, of this `power`) that ends at
/// `scale_end`, or after the half that follows one ("un milliard et demi", "مليار ونصف"):
/// "de", "d'", "of", then a unit; or nothing, when what follows may follow a scale word alone
/// ([`Written::ScaleAlone`], the unit left out); `None` before a noun of something else.
pub(crate) fn after_scale(
    text: &str,
    scale_end: usize,
    scale_word: &str,
    power: u32,
    short: bool,
) -> Option<Unit> {
    let unit = Unit::written;
    let after = text.get(scale_end..)?;
    let gap = scan::leading_spaces(after, 3);
    let mut unit_at = scale_end + gap;
    let mut words = lexicon::AFTER.at_start(text.get(unit_at..)?);
    let connector = words.get(List::Connector).is_some();
    if let Some((_, len)) = words.get(List::Connector) {
        unit_at += len;
        unit_at += scan::leading_spaces(text.get(unit_at..)?, 3);
        // "13,9 millions de ces transactions", "10.6 million of those transactions": a part of
        // a total named before, counted by the noun after the demonstrative.
        if let Some(len) = text.get(unit_at..).and_then(|rest| {
            DEMONSTRATIVES
                .iter()
                .find(|w| {
                    rest.starts_with(**w) && rest.get(w.len()..).is_some_and(|r| r.starts_with(' '))
                })
                .map(|w| w.len())
        }) {
            unit_at += len;
            unit_at += scan::leading_spaces(text.get(unit_at..)?, 3);
        }
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
    if let Some((kind, len)) = counted_noun(text.get(unit_at..)?, &words) {
        return Some(unit(kind, power, unit_at + len));
    }
    match glued_unit(text.get(unit_at..)?) {
        Some(Glued::Unit(kind, len)) => {
            return Some(unit(kind, power, unit_at + len));
        }
        Some(Glued::Unreadable) => return None,
        None if short => return None,
        None => {}
    }
    // "13,6 milliards de l'année précédente": "de" opens the period the figure is of, not the
    // noun it counts.
    // "4.4 million of the 5.9 million cards": "of the" before a number makes a part of it
    // (a tie, [`lexicon::PART_OF`]), not a count of something else.
    let of_period = connector
        && text.get(unit_at..).is_some_and(|rest| {
            lexicon::PERIODS_AFTER_DE
                .iter()
                .any(|p| scan::phrase_at(rest, p).is_some())
                || rest
                    .strip_prefix("the ")
                    .is_some_and(|r| r.chars().next().and_then(scan::digit).is_some())
        });
    // "18,9 millions d'unités", "2.1 million units": a word for a thing counted that says no
    // more of what it is; the sentence must name it, as for a bare number.
    if let Some(len) = text
        .get(unit_at..)
        .filter(|rest| rest.starts_with(['u', 'U', 'و']))
        .and_then(|rest| UNIT_NOUNS.iter().find_map(|w| scan::phrase_at(rest, w)))
    {
        return Some(Unit {
            written: Written::UnitNoun,
            ..unit(FigureKind::Transactions, power, unit_at + len)
        });
    }
    if (connector && !of_period) || words.get(List::OtherNoun).is_some() {
        // "2 millions de cartes": a count of something else.
        return None;
    }
    // After "de"/"of" and a period, the word that follows the scale word is the connector.
    if !of_period && !may_follow_scale_alone(text, unit_at, &words, scale_word) {
        // "2 million orders", "3 ملايين طلبية": a noun of its own, not ours.
        return None;
    }
    Some(Unit {
        written: Written::ScaleAlone,
        ..unit(FigureKind::Transactions, power, scale_end)
    })
}

/// Demonstratives between "de" or "of" and the noun counted after a scale word: "de ces
/// transactions", "of those transactions".
const DEMONSTRATIVES: &[&str] = &["ces", "these", "those"];

/// Words for the things a number counts that say no more of what they are, after a scale word
/// ([`Written::UnitNoun`]). Folded; each starts with "u" or "و".
const UNIT_NOUNS: &[&str] = &["unités", "units", "وحدة"];

/// What stands after a number preceded by a currency ("MAD 13.1 billion of the ..."): a scale
/// word, read as the amount's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScaleAfter {
    /// A scale word of this power, ending at this byte.
    Word(u32, usize),
    /// A scale word followed by another currency or by letters glued to it: no sure amount.
    Unreadable,
}

/// Whether the sentence around byte `at` (at most [`CLAUSE_WINDOW`] bytes either side) writes a
/// number that says the point is no decimal mark there: a decimal comma ("47,3 %", "2,1",
/// "215،6", "3٫5": a comma before other than three digits), or two points of grouping or more
/// ("3.712.408").
fn groups_with_points(text: &str, at: usize) -> bool {
    let start = sentence_start(text, at);
    let rest = text.get(at..).unwrap_or_default();
    let mut end = at;
    for (i, c) in rest.char_indices() {
        end = at + i;
        if i > CLAUSE_WINDOW || matches!(c, '\n' | '!' | '?' | '؟') {
            break;
        }
        if c == '.' && rest.get(i + 1..).is_some_and(|r| r.starts_with(' ')) {
            break;
        }
        end = at + i + c.len_utf8();
    }
    let window = text.get(start..end).unwrap_or_default();
    let bytes = window.as_bytes();
    let digits_from = |k: usize| {
        bytes
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let digit_before = |k: usize| k > 0 && bytes.get(k - 1).is_some_and(u8::is_ascii_digit);
    window.char_indices().any(|(k, c)| {
        if !digit_before(k) {
            return false;
        }
        match c {
            ',' | '\u{060C}' | '\u{066B}' => {
                let after = digits_from(k + c.len_utf8());
                after > 0 && (after != 3 || c != ',')
            }
            '.' => {
                digits_from(k + 1) == 3
                    && bytes.get(k + 4) == Some(&b'.')
                    && digits_from(k + 5) == 3
            }
            _ => false,
        }
    })
}

/// Whether the word after the number ending at `end` is a French scale word in the singular:
/// "million", "milliard".
fn singular_scale(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    let rest = rest
        .get(scan::leading_spaces(rest, 3)..)
        .unwrap_or_default();
    ["million", "milliard"]
        .iter()
        .any(|w| scan::phrase_at(rest, w).is_some())
}

/// The scale word that `words` start with: the word (folded), its power of ten, its length,
/// and whether it is cut short ([`lexicon::SHORT_SCALES`]).
fn scale_word(words: &lexicon::Found) -> Option<(&'static str, u32, usize, bool)> {
    let (list, (index, len), short) = if let Some(found) = words.get(List::Scale) {
        (lexicon::SCALES, found, false)
    } else {
        (lexicon::SHORT_SCALES, words.get(List::ShortScale)?, true)
    };
    let &(word, scale) = list.get(index)?;
    Some((word, scale.power(), len, short))
}

/// The scale word after the number ending at `end`, if one follows it after at most three
/// spaces; `None` where none does.
fn scale_after(text: &str, end: usize) -> Option<ScaleAfter> {
    let rest = text.get(end..)?;
    let at = end + scan::leading_spaces(rest, 3);
    let words = lexicon::AFTER.at_start(text.get(at..)?);
    // After a currency a scale word cut short is sure: "MAD 6.3m".
    let (_, power, len, _) = scale_word(&words)?;
    let scale_end = at + len;
    let after = text.get(scale_end..)?;
    let next = after.chars().next();
    if next.is_some_and(scan::is_letter) {
        return Some(ScaleAfter::Unreadable);
    }
    let gap = scan::leading_spaces(after, 3);
    let words = lexicon::AFTER.at_start(after.get(gap..)?);
    if words.get(List::OtherCurrency).is_some() {
        return Some(ScaleAfter::Unreadable);
    }
    Some(ScaleAfter::Word(power, scale_end))
}

/// Whether the word at `at`, after a scale word with no unit, may follow a figure whose unit is
/// left out: a mark, a digit or the end of the text; in French any word, as French writes "de"
/// before the noun a figure counts ("2 millions de clients"); in English and Arabic, which write
/// the noun right after the scale word ("2 million orders", "3 ملايين طلبية"), only a word of
/// [`lexicon::AFTER_SCALE_ALONE`] (a preposition, an article, a tie, a verb, a word of time),
/// perhaps behind the Arabic clitic "و" or "ف". `words` are the phrases read at `at`, and
/// `scale` the scale word (folded, from [`lexicon::SCALES`]). Any other word may be a noun of its own, and
/// the figure is left out.
fn may_follow_scale_alone(text: &str, at: usize, words: &lexicon::Found, scale: &str) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    let Some(first) = rest.chars().next().filter(|&c| scan::is_letter(c)) else {
        return true;
    };
    if words.get(List::AfterScaleAlone).is_some() {
        return true;
    }
    if ('\u{0600}'..='\u{06FF}').contains(&first) {
        // "12,4 مليون و4,1 مليار درهم": the conjunction glued to the next term of a list (a
        // number in parts, "4 ملايين و417 ألفا", is read as one before this is asked).
        return rest.strip_prefix(['و', 'ف']).is_some_and(|w| {
            w.chars().next().and_then(scan::digit).is_some()
                || lexicon::AFTER
                    .at_start(w)
                    .get(List::AfterScaleAlone)
                    .is_some()
        });
    }
    // The scale word may tell the language ("milliards" is French, "billion" English); the
    // guess, which reads the sentence, only where it does not ("million").
    match scale {
        "milliards" | "milliard" | "mrds" | "mrd" | "mds" | "millions" | "mille" => true,
        "billions" | "billion" | "bn" | "thousand" => false,
        _ => lexicon::language_near(text, at) == Some(Language::French),
    }
}

/// What the noun of `words` counts, and the noun's length: operations, cards or merchant sites.
/// Merchant sites are tried before the other nouns, so that "sites marchands" is not read as
/// "sites" (left out).
///
/// `words` are the phrases read at the start of `rest`. A word that says the things are new
/// may stand before the noun ("3 200 nouveaux e-marchands", "1.2 million new cards",
/// [`lexicon::NEW_WORDS`]): they are counted all the same.
fn counted_noun(rest: &str, words: &lexicon::Found) -> Option<(FigureKind, usize)> {
    let noun = |words: &lexicon::Found| {
        [
            (List::Operation, FigureKind::Transactions),
            (List::Card, FigureKind::Cards),
            (List::Merchant, FigureKind::Merchants),
        ]
        .into_iter()
        .find_map(|(list, kind)| words.get(list).map(|(_, end)| (kind, end)))
    };
    if let Some(found) = noun(words) {
        // "330 millions d'opérations de retrait": operations at the cash machine, not ours.
        if found.0 == FigureKind::Transactions
            && rest.get(found.1..).is_some_and(|after| {
                let after = after
                    .get(scan::leading_spaces(after, 3)..)
                    .unwrap_or_default();
                // Compared byte for byte: the words are lowercase, as the press writes them;
                // each starts with "d", "o" or an Arabic letter of the lead byte D8.
                matches!(after.as_bytes().first(), Some(b'd' | b'o' | 0xD8))
                    && lexicon::WITHDRAWALS.iter().any(|w| {
                        after.starts_with(w)
                            && !after
                                .get(w.len()..)
                                .and_then(|r| r.chars().next())
                                .is_some_and(scan::is_letter)
                    })
            })
        {
            return None;
        }
        return Some(found);
    }
    let (_, len) = words.get(List::New)?;
    let after = rest.get(len..)?;
    let gap = scan::leading_spaces(after, 3);
    // One space at least: the word is whole, and the noun after it.
    if gap == 0 {
        return None;
    }
    noun(&lexicon::AFTER.at_start(after.get(gap..)?)).map(|(kind, end)| (kind, len + gap + end))
}

/// A unit glued to the word after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glued {
    /// The unit, of this kind and `usize` bytes long, glued to a word the press may put after
    /// it: "درهمبعد", "عمليةخلال".
    Unit(FigureKind, usize),
    /// A unit glued to something else, which cannot be read with confidence.
    Unreadable,
}

/// Whether `rest` starts with an Arabic unit (dirhams or operations) glued to a following
/// letter: "درهمبعد أن كان" (a slip of the print) is "درهم" then "بعد", "عمليةخلال" is "عملية"
/// then "خلال". The unit is read only when what it is glued to is a whole word of
/// [`lexicon::GLUED_AFTER_UNIT`]; glued to anything else ("درهمان", "dirhamsen"), the figure
/// is left out rather than read as a count. `None` when no unit is glued there.
fn glued_unit(rest: &str) -> Option<Glued> {
    // Every unit that may be glued starts with one of these.
    let first = rest.chars().next()?;
    if !matches!(first, 'د' | 'ع' | 'م' | 'd' | 'D') {
        return None;
    }
    let is_letter = |s: &str| s.chars().next().is_some_and(scan::is_letter);
    for &(unit, kind) in lexicon::GLUED_UNITS {
        if !unit.starts_with(first) {
            continue;
        }
        let Some(tail) = scan::strip_word_prefix(rest, unit) else {
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
            Glued::Unit(kind, rest.len() - tail.len())
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

    /// "عدد ومبلغ عمليات الأداء" names the count and the amount of the operations: neither
    /// alone, and no count of something else.
    #[test]
    fn a_count_and_an_amount_coordinated_before_their_noun() {
        for clause in [
            "وسجل عدد ومبلغ عمليات الأداء عبر الإنترنت ارتفاعا بنسبة",
            "وسجل عدد وقيمة العمليات المنجزة ارتفاعا بنسبة",
            "le nombre et le montant des opérations ont progressé de",
        ] {
            assert_eq!(named_quantity(clause), None, "{clause}");
        }
        assert_eq!(
            named_quantity("ارتفع عدد المشتركين بنسبة"),
            Some(Named::Other)
        );
    }

    /// Every noun and preposition of a subject starts with a letter the quick test lets through.
    #[test]
    fn subject_words_start_with_the_letters_tested_first() {
        for w in lexicon::QUANTITY_NOUNS.iter().chain(lexicon::SUBJECT_LINKS) {
            let first = w.chars().next().unwrap_or_default();
            assert!(SUBJECT_FIRSTS.contains(&first), "{w} starts with {first}");
        }
    }

    /// Every word for sites starts with a letter the quick test lets through.
    #[test]
    fn site_words_start_with_the_letters_tested_first() {
        for w in lexicon::SITE_WORDS {
            let first = w.chars().next().unwrap_or_default();
            assert!(SITE_FIRSTS.contains(&first), "{w} starts with {first}");
        }
    }

    /// The quick test before a bar passed knows the last word of every bar and every word of
    /// time.
    #[test]
    fn passing_last_words_end_every_bar_and_aside() {
        for phrase in lexicon::THRESHOLDS.iter().chain(lexicon::PASSING_ASIDES) {
            let last = phrase.rsplit(' ').next().unwrap_or_default();
            assert!(PASSING_LAST_WORDS.contains(&last), "{phrase}");
            assert!(may_end_with_a_bar_or_aside(phrase), "{phrase}");
            assert!(
                may_end_with_a_bar_or_aside(&format!("a franchi {phrase}")),
                "{phrase}"
            );
        }
        for word in PASSING_LAST_WORDS {
            let ok = may_end_with_a_bar_or_aside(word) || ["des", "de", "du"].contains(word);
            assert!(ok, "{word}");
        }
        assert!(may_end_with_a_bar_or_aside("topped the"));
        assert!(!may_end_with_a_bar_or_aside("une hausse de"));
    }

    /// Every word for a thousand starts with a letter the quick test before "sites" lets
    /// through (the short "k" aside: "12 k sites" is no press form).
    #[test]
    fn thousand_words_start_with_the_letters_tested_first() {
        for (w, scale) in lexicon::SCALES {
            if scale.power() == 3 && *w != "k" {
                let first = w.chars().next().unwrap_or_default();
                assert!(THOUSAND_FIRSTS.contains(&first), "{w} starts with {first}");
            }
        }
    }

    /// The quick test of a negation knows every word of the list, at most 8 bytes each, and
    /// nothing longer or shorter.
    #[test]
    fn negations_are_told_by_the_quick_test() {
        for n in lexicon::NEGATIONS {
            assert!(n.len() <= 8, "{n} is longer than the quick test reads");
            assert!(is_negation(n), "{n}");
            assert!(!is_negation(&format!("{n}a")), "{n}");
        }
        for other in ["not", "ليسا", "لما", "ل", ""] {
            assert!(!is_negation(other), "{other}");
        }
    }

    #[test]
    fn glued_units() {
        let dirhams = |s: &str| Some(Glued::Unit(FigureKind::AmountMad, s.len()));
        assert_eq!(glued_unit("درهمبعد أن كان"), dirhams("درهم"));
        assert_eq!(glued_unit("درهمافي"), dirhams("درهما"));
        assert_eq!(glued_unit("درهمًافي"), dirhams("درهمًا"));
        assert_eq!(
            glued_unit("عمليةخلال السنة"),
            Some(Glued::Unit(FigureKind::Transactions, "عملية".len()))
        );
        assert_eq!(
            glued_unit("معاملاتسنة 2015"),
            Some(Glued::Unit(FigureKind::Transactions, "معاملات".len()))
        );
        assert_eq!(glued_unit("عملياتها"), Some(Glued::Unreadable));
        assert_eq!(glued_unit("درهم بعد"), None);
        assert_eq!(glued_unit("درهم"), None);
        assert_eq!(glued_unit("درهمبعدها"), Some(Glued::Unreadable));
        assert_eq!(glued_unit("درهمان"), Some(Glued::Unreadable));
        assert_eq!(glued_unit("dirhamsen 2014"), Some(Glued::Unreadable));
        assert_eq!(glued_unit("dirhams en 2014"), None);
        assert_eq!(glued_unit("DH"), None);
        assert_eq!(glued_unit("opérations"), None);
    }

    /// [`fall_with_adjective`] turns away a head that ends in ASCII before it looks for a word
    /// of a rate.
    #[test]
    fn rate_words_end_in_arabic() {
        for w in lexicon::RATE_WORDS {
            let last = w.chars().next_back().unwrap_or_default();
            assert!(('\u{0600}'..='\u{06FF}').contains(&last), "{w}");
        }
    }

    /// The table of powers of ten holds what `checked_pow` computes, and nothing past it.
    #[test]
    fn powers_of_ten_as_checked_pow() {
        for power in 0..45u32 {
            let table = usize::try_from(power)
                .ok()
                .and_then(|p| POWERS_OF_TEN.get(p).copied());
            assert_eq!(table, 10i128.checked_pow(power), "{power}");
        }
    }

    /// The lists [`arabic_word_in`] compares by bytes hold Arabic letters alone, no marks.
    #[test]
    fn arabic_word_lists_hold_letters_alone() {
        let verbs = lexicon::HEDGE_VERBS.iter().map(|&(v, _)| v);
        let nouns = lexicon::QUANTITY_NOUNS.iter().chain(lexicon::SUBJECT_LINKS);
        for w in verbs.chain(nouns.copied()) {
            assert!(!w.is_empty(), "an empty word");
            for c in w.chars() {
                let arabic = ('\u{0600}'..='\u{06FF}').contains(&c);
                assert!(arabic && !scan::is_arabic_mark(c), "{w} holds {c:?}");
            }
        }
    }

    #[test]
    fn hedge_verbs_start_with_the_letters_tested_first() {
        for (verb, _) in lexicon::HEDGE_VERBS {
            assert!(verb.starts_with(['ت', 'ي', 'ن', 'ق', 'ف']), "{verb}");
        }
    }

    #[test]
    fn no_glued_unit_starts_a_scale_word() {
        for (scale, _) in lexicon::SCALES {
            for (unit, _) in lexicon::GLUED_UNITS {
                assert!(
                    scan::strip_word_prefix(scale, unit).is_none()
                        && scan::strip_word_prefix(unit, scale).is_none(),
                    "{unit} and {scale} start alike"
                );
            }
            assert!(glued_unit(scale).is_none(), "{scale} reads as a glued unit");
        }
    }

    fn number_in(text: &str) -> scan::Number {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or_default();
        scan::number(text, at).unwrap_or_else(|| unreachable!("a number in {text:?}"))
    }

    #[test]
    fn quotes_around_a_number_alone() {
        let span = |text: &str| {
            quoted_span(text, &number_in(text)).and_then(|(a, b)| text.get(a..b).map(String::from))
        };
        assert_eq!(span("بلغت «4ر3» مليون").as_deref(), Some("«4ر3»"));
        assert_eq!(
            span("un volume de « 2,5 » milliards").as_deref(),
            Some("« 2,5 »")
        );
        assert_eq!(span("soit \"1,8\" million").as_deref(), Some("\"1,8\""));
        assert_eq!(span("a “2.5” billion").as_deref(), Some("“2.5”"));
        // Mismatched, or holding more than the number.
        assert_eq!(span("soit «1,8\" million"), None);
        assert_eq!(span("le « plan 2020 » millions"), None);
        assert_eq!(span("le « 2020 plan » millions"), None);
        assert_eq!(span("soit 1,8 million"), None);
    }

    #[test]
    fn ties_between_two_figures() {
        for gap in [
            " contre ",
            " à ",
            ", contre ",
            " en 2015, contre ",
            " مقابل ",
            " سنة 2014 مقابل ",
            " versus ",
            " to ",
            " إلى ",
        ] {
            assert!(is_tie(gap), "{gap:?}");
        }
        for gap in [
            " et ",
            " and ",
            " و ",
            " ",
            " contre à ",
            " pour ",
            " contre les prévisions de ",
            " en 2015 ",
        ] {
            assert!(!is_tie(gap), "{gap:?}");
        }
    }

    #[test]
    fn quantities_named_in_a_clause() {
        let named = named_quantity;
        assert_eq!(
            named("Le nombre d'opérations a atteint "),
            Some(Named::Count)
        );
        assert_eq!(
            named("Le montant des paiements est passé de "),
            Some(Named::Amount)
        );
        assert_eq!(named("ارتفعت قيمة الأداءات من "), Some(Named::Amount));
        assert_eq!(named("ارتفع عدد العمليات من "), Some(Named::Count));
        assert_eq!(
            named("The value of card payments rose from "),
            Some(Named::Amount)
        );
        assert_eq!(
            named("Les opérations sont passées de "),
            Some(Named::Operations)
        );
        // Both, or neither, or inside another word.
        assert_eq!(named("le montant des opérations "), None);
        assert_eq!(named("les cartes marocaines ont réglé "), None);
        assert_eq!(named("les valeurs mobilières "), None);
    }

    #[test]
    fn a_fall_then_an_adjective_then_the_rate() {
        let at =
            |head: &str| fall_with_adjective(head).and_then(|i| head.get(i..).map(String::from));
        assert_eq!(
            at("لانخفاض طفيف بنسبة").as_deref(),
            Some("انخفاض طفيف بنسبة")
        );
        assert_eq!(
            at("سجلت تراجعا ملحوظا نسبته").as_deref(),
            Some("تراجعا ملحوظا نسبته")
        );
        assert_eq!(at("سجلت ارتفاعا طفيفا بنسبة"), None);
        assert_eq!(at("تراجعت المعاملات بنسبة"), None);
        assert_eq!(at("انخفاض بنسبة"), None);
    }

    /// The words of the lists [`arabic_word_in`] searches, verbs first.
    fn arabic_listed() -> Vec<&'static str> {
        let verbs = lexicon::HEDGE_VERBS.iter().map(|&(v, _)| v);
        let nouns = lexicon::QUANTITY_NOUNS.iter().chain(lexicon::SUBJECT_LINKS);
        verbs.chain(nouns.copied()).collect()
    }

    /// A word of a list with marks put after some of its letters (a tatweel, a tanwin, a
    /// shadda, the superscript alef), perhaps with a letter added or changed: what
    /// [`arabic_word_in`] meets.
    fn arabic_word() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let marks = ['\u{0640}', '\u{064B}', '\u{0651}', '\u{0670}', '\u{065F}'];
        (
            proptest::sample::select(arabic_listed()),
            proptest::collection::vec(
                proptest::option::of(proptest::sample::select(marks.to_vec())),
                8,
            ),
            proptest::option::of(proptest::sample::select(vec!['ا', 'ت', 'ة', 'a', 'ـ'])),
            proptest::bool::ANY,
        )
            .prop_map(|(w, marks, extra, at_start)| {
                let mut word = String::new();
                if at_start && let Some(c) = extra {
                    word.push(c);
                }
                for (c, mark) in w.chars().zip(marks.iter().chain(std::iter::repeat(&None))) {
                    word.push(c);
                    word.extend(mark);
                }
                if !at_start && let Some(c) = extra {
                    word.push(c);
                }
                word
            })
    }

    proptest::proptest! {
        /// The byte comparison of a word without marks finds what the search by
        /// `strip_word_prefix` finds.
        #[test]
        fn arabic_words_are_found_as_strip_word_prefix_finds_them(word in arabic_word()) {
            let slow = arabic_listed()
                .iter()
                .position(|w| scan::strip_word_prefix(&word, w).is_some_and(str::is_empty));
            proptest::prop_assert_eq!(arabic_word_in(&word, arabic_listed()), slow);
        }

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

    #[test]
    fn fall_verbs_start_with_the_letters_tested_first() {
        for verb in lexicon::FALL_VERBS {
            assert!(verb.starts_with('ت') || verb.starts_with("ان"), "{verb}");
        }
    }

    #[test]
    fn over_after_an_amount_spreads_it_and_bounds_nothing() {
        let found = extract("In all, MAD 3.8 billion over 11.2 million purchases.");
        let kinds: Vec<_> = found
            .iter()
            .map(|f| (f.figure.kind(), f.figure.qualifier()))
            .collect();
        assert_eq!(
            kinds,
            [
                (FigureKind::AmountMad, Qualifier::Exact),
                (FigureKind::Transactions, Qualifier::Exact)
            ]
        );
        // Not after a figure, "over" still bounds.
        let found = extract("Card payments reached over 11.2 million transactions.");
        assert_eq!(
            found.first().map(|f| f.figure.qualifier()),
            Some(Qualifier::MoreThan)
        );
    }

    #[test]
    fn a_number_in_words_with_a_decimal_word_is_left_out_whole() {
        for text in [
            "On parle de sept virgule trois millions d'opérations.",
            "That is nine point one million transactions.",
            "أي ما مجموعه خمسة فاصلة ثلاثة ملايين عملية.",
        ] {
            assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
        }
    }

    #[test]
    fn an_arabic_fall_verb_before_its_subject_makes_the_rate_negative() {
        let found = extract("وتقلصت حصة المعاملات الأجنبية بنسبة 2,5 في المائة.");
        assert_eq!(
            found.first().map(|f| f.figure.value()),
            Some(Decimal::new(-25, 1))
        );
        // Denied, the fall gives no sure sign: the rate is left out.
        assert!(extract("ولم تقلص حصة المعاملات بـ2 نقطة.").is_empty());
    }
}
