//! Linking the figures of a text into claims; checking them is the checker's business.

use crate::Error;
use crate::check::{Checker, Claim, ClaimKind, Finding};
use crate::reported::FigureKind;
use crate::text::scan::{fold, is_letter, is_space};
use crate::text::{TextFigure, extract};

/// Words that join a start figure to an end figure: "de A à B", "from A to B", "من A إلى B".
const FROM: &[&str] = &["de", "d'", "from", "من", "depuis"];
const TO: &[&str] = &["à", "to", "إلى", "الى", "ل"];
/// Words that put an end figure before its start figure: "B contre A", "B مقابل A".
const AGAINST: &[&str] = &[
    "contre",
    "comparé à",
    "par rapport à",
    "against",
    "compared with",
    "compared to",
    "versus",
    "vs",
    "مقابل",
    "بعد أن كان",
    "بعد أن كانت",
    "بعدما كان",
    "بعدما كانت",
];
/// Words that announce a rate of change.
const GROWTH_CUES: &[&str] = &[
    "hausse",
    "progression",
    "croissance",
    "augmentation",
    "progressé",
    "bond",
    "soit",
    "baisse",
    "recul",
    "régressé",
    "diminution",
    "up",
    "increase",
    "rise",
    "growth",
    "grew",
    "rose",
    "down",
    "fall",
    "fell",
    "decline",
    "declined",
    "decrease",
    "بنسبة",
    "نسبته",
    "بزيادة",
    "زيادة",
    "بارتفاع",
    "ارتفاعا",
    "ارتفاع",
    "بنمو",
    "نموا",
    "تراجعا",
    "بتراجع",
    "انخفاضا",
    "بانخفاض",
    "أي",
];
/// Words of a fall, anywhere in the claim's clause.
const FALL_WORDS: &[&str] = &[
    "baisse",
    "recul",
    "reculé",
    "régressé",
    "diminué",
    "diminution",
    "chuté",
    "chute",
    "repli",
    "down",
    "fell",
    "fall",
    "declined",
    "decline",
    "decreased",
    "decrease",
    "dropped",
    "تراجع",
    "تراجعت",
    "تراجعا",
    "بتراجع",
    "انخفض",
    "انخفضت",
    "انخفاض",
    "انخفاضا",
    "بانخفاض",
];
/// Words of a rise, which contradict a fall.
const RISE_WORDS: &[&str] = &[
    "hausse",
    "progression",
    "progressé",
    "augmentation",
    "croissance",
    "up",
    "increase",
    "rose",
    "grew",
    "growth",
    "ارتفع",
    "ارتفعت",
    "ارتفاعا",
    "بارتفاع",
    "زيادة",
    "بزيادة",
    "نموا",
    "بنمو",
];
/// Words that make a figure a total: "sur 1,2 milliard", "من أصل 2,1 مليون".
const TOTAL_MARKERS: &[&str] = &[
    "sur un total de",
    "sur",
    "out of",
    "of a total of",
    "من أصل",
    "من مجموع",
    "من إجمالي",
];
/// Words that announce a share.
const SHARE_CUES: &[&str] = &[
    "soit",
    "représentant",
    "représentent",
    "or",
    "i.e.",
    "accounting for",
    "أي",
    "ما يمثل",
    "ما يعادل",
];

/// The longest a gap of words between linked figures may be, in characters.
const MAX_GAP: usize = 60;

/// A claim found in a text: what it claims, over the figures the text writes, and the words
/// that tie them together. Nothing here is checked yet: [`TextClaim::check`] does that.
///
/// ```
/// use morocco_ecommerce::text::link;
/// let claims = link("The total rose from 1.24 million to 1.55 million operations, up 25%.");
/// assert_eq!(claims[0].kind.name(), "growth");
/// assert_eq!(claims[0].links, ["from", "to", "up"]);
/// assert_eq!(claims[0].figure("stated").map(|f| f.text.as_str()), Some("25%"));
/// ```
///
/// With `serde`, a JSON object: its `id`, its `kind` (`growth`, as `check_text --json` has
/// always named it), its [`ClaimKind`] flattened in (the `type`, as a claims file writes it, and
/// one key per role, `from`, `to`, `stated`, `part`, `total`..., each a [`TextFigure`] object),
/// its `sentence` as `[start, end]` and its `links`.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use morocco_ecommerce::text::link;
/// let claims = link("The total rose from 1.24 million to 1.55 million operations, up 25%.");
/// let json = serde_json::to_value(&claims[0])?;
/// assert_eq!(json["type"], "growth");
/// assert_eq!(json["kind"], "growth");
/// assert_eq!(json["from"]["value"], "1240000");
/// assert_eq!(json["stated"]["kind"], "percent");
/// assert_eq!(json["links"][0], "from");
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TextClaim {
    /// A stable identifier: the kind and the byte offset of one of its figures
    /// (`growth@37`).
    pub id: String,
    /// What is claimed, over the figures found in the text (`growth`, `share` or `within`). The
    /// rate of a fall carries its sign: "down 20%" is -20.
    pub kind: ClaimKind<TextFigure>,
    /// Byte span of the sentence.
    pub sentence: (usize, usize),
    /// The words that linked the figures, as written.
    pub links: Vec<String>,
}

/// The JSON form of a [`TextClaim`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
struct TextClaimForm<'a> {
    id: &'a str,
    kind: &'static str,
    #[serde(flatten)]
    claim: &'a ClaimKind<TextFigure>,
    sentence: (usize, usize),
    links: &'a [String],
}

#[cfg(feature = "serde")]
impl serde::Serialize for TextClaim {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        TextClaimForm {
            id: &self.id,
            kind: self.kind.name(),
            claim: &self.kind,
            sentence: self.sentence,
            links: &self.links,
        }
        .serialize(serializer)
    }
}

impl TextClaim {
    /// The first figure in the role named `role` (`from`, `to`, `stated`, `part`, `total`...).
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::text::link;
    /// let claims = link("Out of 1.5 million operations, 1.2 million were paid by card.");
    /// assert_eq!(claims[0].figure("total").map(|f| f.start), Some(7));
    /// assert!(claims[0].figure("stated").is_none());
    /// ```
    pub fn figure(&self, role: &str) -> Option<&TextFigure> {
        self.kind
            .figures()
            .into_iter()
            .find(|(r, _)| r.name == role)
            .map(|(_, f)| f)
    }

    /// The claim as the checker takes it: each text figure's [`ReportedFigure`](crate::ReportedFigure).
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::text::link;
    /// let claims = link("Payments rose from 1.24 million to 1.55 million operations, up 25%.");
    /// let claim = claims[0].claim();
    /// assert_eq!(claim.id, claims[0].id);
    /// assert_eq!(claim.kind.stated().value(), rust_decimal::Decimal::from(25));
    /// ```
    pub fn claim(&self) -> Claim {
        Claim::new(self.id.clone(), self.kind.as_ref().map(|_, f| f.figure))
    }

    /// What `checker` finds about the claim.
    ///
    /// # Errors
    ///
    /// Those of [`Checker::check`].
    ///
    /// ```
    /// # use morocco_ecommerce::text::link;
    /// # use morocco_ecommerce::check::Checker;
    /// let claims = link("Payments rose from 1.24 million to 1.55 million operations, up 15%.");
    /// assert_eq!(claims[0].check(&Checker::new())?.verdict.name(), "inconsistent");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn check(&self, checker: &Checker) -> Result<Finding, Error> {
        checker.check(&self.claim())
    }
}

/// The claims a text makes with its figures, unchecked.
///
/// The linker is conservative: it builds a claim only when the words of the sentence tie the
/// figures together ("passé de A à B, soit une hausse de P %", "B contre A", "من A إلى B بنسبة P",
/// "بلغت B بعد أن كانت A", "sur T, P ... soit S %"), and leaves out any figure it cannot tie
/// unambiguously. A rate is read as a fall when a word of a fall governs it and no word of a rise
/// contradicts it. A figure whose unit is left out ("1,14 milliard") has the kind the reader gave
/// it ([`extract`]): the linker takes the figures as read. Percentage points ("+6 points") are
/// never a rate, and two percentages ("de 14,2 % à 23,8 %") are never the ends of a growth: no
/// claim is made of them.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::text::link;
///
/// let text = "Les paiements par carte sont passés de 1,67 million à 1,95 million d'opérations, soit une hausse de 16 %.";
/// let claims = link(text);
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].kind.name(), "growth");
/// assert_eq!(claims[0].links, ["de", "à", "hausse"]);
/// ```
#[must_use]
pub fn link(text: &str) -> Vec<TextClaim> {
    let figures = extract(text);
    let mut claims = Vec::new();
    for (start, end) in sentences(text, &figures) {
        // Figures come in text order: those of the sentence are found by two binary searches,
        // so a long text costs time in proportion to its length.
        let first = figures.partition_point(|f| f.start < start);
        let past = figures.partition_point(|f| f.start < end);
        // The kind of a figure whose unit is left out is the reader's business (`extract`).
        let in_sentence: Vec<&TextFigure> = figures
            .get(first..past)
            .unwrap_or_default()
            .iter()
            .filter(|f| f.end <= end)
            .collect();
        link_sentence(text, (start, end), &in_sentence, &mut claims);
    }
    claims
}

/// The claims a text makes with its figures ([`link`]), each with what `checker` finds about it
/// ([`TextClaim::check`]); a claim that cannot be checked keeps its error.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::text::check_text;
/// use morocco_ecommerce::check::Checker;
///
/// let text = "Les paiements par carte sont passés de 1,67 million à 1,95 million d'opérations, soit une hausse de 16 %.";
/// let checked = check_text(text, &Checker::new());
/// assert_eq!(checked.len(), 1);
/// let (claim, finding) = &checked[0];
/// assert_eq!(claim.kind.name(), "growth");
/// assert_eq!(finding.as_ref().map(|f| f.verdict.name()), Ok("consistent_only_with_rounding"));
/// ```
#[must_use]
pub fn check_text(text: &str, checker: &Checker) -> Vec<(TextClaim, Result<Finding, Error>)> {
    link(text)
        .into_iter()
        .map(|claim| {
            let finding = claim.check(checker);
            (claim, finding)
        })
        .collect()
}

/// Sentence spans: cut at `.`, `!`, `?`, `؟` and blank lines, never inside a figure. A single
/// line break is a space: articles wrap their lines.
fn sentences(text: &str, figures: &[TextFigure]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut figure_index = 0;
    for (i, c) in text.char_indices() {
        while figures.get(figure_index).is_some_and(|f| f.end <= i) {
            figure_index += 1;
        }
        let inside = figures
            .get(figure_index)
            .is_some_and(|f| f.start <= i && i < f.end);
        let next = text.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
        let blank_line = c == '\n' && next == Some('\n');
        if inside || !(matches!(c, '.' | '!' | '?' | '؟') || blank_line) {
            continue;
        }
        if c == '.' && next.is_some_and(|n| !is_space(n) && n != '"' && n != '»') {
            continue;
        }
        spans.push((start, i));
        start = i + c.len_utf8();
    }
    if start < text.len() {
        spans.push((start, text.len()));
    }
    spans
}

/// The words between two byte offsets, if it is short.
fn gap(text: &str, from: usize, to: usize) -> Option<&str> {
    let g = text.get(from..to)?;
    (g.chars().count() <= MAX_GAP).then_some(g)
}

/// The first of `words` found in `hay` as a whole word, folded.
fn find_word(hay: &str, words: &[&'static str]) -> Option<&'static str> {
    let folded: String = hay.chars().map(fold).collect();
    words.iter().copied().find(|w| {
        let w: String = w.chars().map(fold).collect();
        folded.match_indices(&w).any(|(i, _)| {
            let before = folded.get(..i).and_then(|b| b.chars().last());
            let after = folded.get(i + w.len()..).and_then(|a| a.chars().next());
            let starts = !w.chars().next().is_some_and(is_letter)
                || before.is_none_or(|b| !is_letter(b) || matches!(b, 'و' | 'ب' | 'ف'));
            let ends =
                !w.chars().last().is_some_and(is_letter) || after.is_none_or(|a| !is_letter(a));
            starts && ends
        })
    })
}

/// Where a figure's words start: its hedge or fall word, or the figure itself.
fn lead(f: &TextFigure) -> usize {
    f.context_start.unwrap_or(f.start).min(f.start)
}

fn is_quantity(f: &TextFigure) -> bool {
    matches!(f.kind(), FigureKind::Transactions | FigureKind::AmountMad)
}

/// A start and an end figure tied by words, with those words.
struct Pair<'a> {
    from: &'a TextFigure,
    to: &'a TextFigure,
    links: Vec<String>,
    /// Byte span the pair covers.
    span: (usize, usize),
}

fn pairs<'a>(text: &str, figures: &[&'a TextFigure]) -> Vec<Pair<'a>> {
    let mut out: Vec<Pair<'a>> = Vec::new();
    for (i, a) in figures.iter().enumerate() {
        let Some(b) = figures.get(i + 1) else { break };
        if !is_quantity(a) || a.kind() != b.kind() {
            continue;
        }
        let Some(between) = gap(text, a.end, lead(b)) else {
            continue;
        };
        let trimmed = between.trim_matches(|c: char| is_space(c) || c == ',' || c == '،');
        // "de A à B", "from A to B", "من A إلى B": a start word just before A, an end word
        // between them.
        let before_a = crate::text::scan::trim_end_spaces(text.get(..lead(a)).unwrap_or_default());
        let from_word = crate::text::scan::match_end(before_a, FROM.iter().copied())
            .and_then(|(i, _)| FROM.get(i).copied());
        if let (Some(fw), Some(tw)) = (from_word, find_word(trimmed, TO))
            && trimmed.chars().count() <= 30
        {
            out.push(Pair {
                from: a,
                to: b,
                links: vec![fw.to_owned(), tw.to_owned()],
                span: (lead(a), b.end),
            });
            continue;
        }
        // "B contre A", "B مقابل A", "بلغت B بعد أن كانت A".
        if let Some(word) = find_word(trimmed, AGAINST) {
            out.push(Pair {
                from: b,
                to: a,
                links: vec![word.to_owned()],
                span: (lead(a), b.end),
            });
        }
    }
    // A figure in two pairs is ambiguous: drop both.
    let used_twice = |p: &Pair<'_>| {
        out.iter()
            .filter(|q| {
                std::ptr::eq(q.from, p.from)
                    || std::ptr::eq(q.to, p.to)
                    || std::ptr::eq(q.from, p.to)
                    || std::ptr::eq(q.to, p.from)
            })
            .count()
            > 1
    };
    let keep: Vec<bool> = out.iter().map(|p| !used_twice(p)).collect();
    out.into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect()
}

fn link_sentence(
    text: &str,
    sentence: (usize, usize),
    figures: &[&TextFigure],
    claims: &mut Vec<TextClaim>,
) {
    let pairs = pairs(text, figures);
    let percents: Vec<&TextFigure> = figures
        .iter()
        .copied()
        .filter(|f| f.kind() == FigureKind::Percent)
        .collect();
    for (index, pair) in pairs.iter().enumerate() {
        let window_start = index
            .checked_sub(1)
            .and_then(|i| pairs.get(i))
            .map_or(sentence.0, |p| p.span.1);
        let window_end = pairs.get(index + 1).map_or(sentence.1, |p| p.span.0);
        // The rate after the pair, or, in Arabic order, before it.
        let after: Vec<&TextFigure> = percents
            .iter()
            .copied()
            .filter(|p| {
                p.start >= pair.span.1
                    && p.end <= window_end
                    && gap(text, pair.span.1, lead(p)).is_some()
            })
            .collect();
        let before: Vec<&TextFigure> = percents
            .iter()
            .copied()
            .filter(|p| {
                p.start >= window_start
                    && p.end <= pair.span.0
                    && gap(text, p.end, pair.span.0).is_some()
            })
            .collect();
        let rate = match (after.as_slice(), before.as_slice()) {
            ([p], _) | ([], [p]) => *p,
            _ => continue,
        };
        // Words between the pair and its rate: a cue that this is a rate of change.
        let (cue_from, cue_to) = if rate.start >= pair.span.1 {
            (pair.span.1, rate.end)
        } else {
            (window_start, rate.end)
        };
        let cue_text = text.get(cue_from..cue_to).unwrap_or_default();
        let explicit_sign = rate.text.starts_with(['+', '-', '\u{2212}']);
        let Some(cue) = find_word(cue_text, GROWTH_CUES).or(explicit_sign.then_some("sign")) else {
            continue;
        };
        // A fall: a word of a fall in the clause, with no word of a rise.
        let clause = text
            .get(window_start.min(pair.span.0)..window_end.max(rate.end))
            .unwrap_or_default();
        let fall = find_word(clause, FALL_WORDS);
        let rise = find_word(clause, RISE_WORDS);
        let mut stated = rate.clone();
        if fall.is_some() && rise.is_some() {
            continue;
        }
        if fall.is_some() && stated.value() > rust_decimal::Decimal::ZERO && !explicit_sign {
            stated.figure = stated.figure.negated();
        }
        let mut links = pair.links.clone();
        links.push(cue.to_owned());
        if let Some(f) = fall {
            links.push(f.to_owned());
        }
        claims.push(TextClaim {
            id: format!("growth@{}", pair.to.start),
            kind: ClaimKind::Growth {
                from: pair.from.clone(),
                to: pair.to.clone(),
                stated,
            },
            sentence,
            links,
        });
    }
    share_or_within(text, sentence, figures, &pairs, claims);
}

/// "Sur T, P ... soit S %": a part, a total marked as such, and perhaps a share.
fn share_or_within(
    text: &str,
    sentence: (usize, usize),
    figures: &[&TextFigure],
    pairs: &[Pair<'_>],
    claims: &mut Vec<TextClaim>,
) {
    if !pairs.is_empty() {
        return;
    }
    let quantities: Vec<&TextFigure> = figures.iter().copied().filter(|f| is_quantity(f)).collect();
    let [a, b] = quantities.as_slice() else {
        return;
    };
    if a.kind() != b.kind() {
        return;
    }
    let marked = |f: &TextFigure| {
        let from = f.start.saturating_sub(40).max(sentence.0);
        let mut from = from;
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let head = text.get(from..lead(f)).unwrap_or_default();
        let last_words = head.trim_end_matches(|c: char| is_space(c) || c == ',');
        TOTAL_MARKERS
            .iter()
            .copied()
            .find(|m| crate::text::scan::phrase_before(last_words, m).is_some())
    };
    let (part, total, marker) = match (marked(a), marked(b)) {
        (Some(m), None) => (*b, *a, m),
        (None, Some(m)) => (*a, *b, m),
        _ => return,
    };
    let percents: Vec<&TextFigure> = figures
        .iter()
        .copied()
        .filter(|f| f.kind() == FigureKind::Percent)
        .collect();
    match percents.as_slice() {
        [] => claims.push(TextClaim {
            id: format!("within@{}", part.start),
            kind: ClaimKind::Within {
                part: part.clone(),
                total: total.clone(),
            },
            sentence,
            links: vec![marker.to_owned()],
        }),
        [share] => {
            let cue_text = text
                .get(part.end.min(share.start)..share.start)
                .unwrap_or_default();
            let Some(cue) = find_word(cue_text, SHARE_CUES) else {
                return;
            };
            if find_word(cue_text, FALL_WORDS).is_some()
                || share.value() < rust_decimal::Decimal::ZERO
            {
                return;
            }
            claims.push(TextClaim {
                id: format!("share@{}", share.start),
                kind: ClaimKind::Share {
                    part: part.clone(),
                    total: total.clone(),
                    stated: (*share).clone(),
                },
                sentence,
                links: vec![marker.to_owned(), cue.to_owned()],
            });
        }
        _ => {}
    }
}
