//! Linking the figures of a text into claims; checking them is the checker's business.
//!
//! The linker reads sentence by sentence, and each sentence once: it finds the pairs of
//! figures the words tie ("de A à B", "B contre A"), the rates the words announce ("en hausse
//! de", "بنسبة", "up"), gives each rate its pair when the order of the words allows one reading
//! only, and says why when it does not. Every window of words it reads is bounded, so a text
//! costs time in proportion to its length, whatever its shape.

mod words;

use crate::Error;
use crate::check::{Checker, Claim, ClaimKind, Finding};
use crate::reported::{Assumption, FigureKind};
use crate::text::extract::Named;
use crate::text::lexicon::EARLIER;
use crate::text::periods::{TextPeriod, period_in};
use crate::text::scan::is_space;
use crate::text::wordset::WordSet;
use crate::text::{TextFigure, extract};
use std::borrow::Cow;
use std::sync::LazyLock;
use words::{
    AGAINST, ANAPHORA_AFTER, ANAPHORA_BEFORE, ATTRIBUTIONS, AVERAGES, BACK_TO_COUNT, BASE_OF_RATE,
    CHANGE_FILLERS, COMPARED_WITH, COMPARING, CONTRASTS, COORDINATORS, DURATION_COUNTS,
    DURATION_OPENINGS, DURATION_UNITS, FALL_FILLERS, FALL_NOUNS_AFTER, FALL_WORDS, FROM,
    GROWTH_CUES, LINKING_VERBS, OF_THE_TOTAL, OTHER_SUBJECT, OVER_A_YEAR, PART_MARKERS,
    PART_OF_TOTAL, PASSING_ON, PAST_LEVEL_SUBJECTS, PAST_LEVEL_VERBS, PAST_MARKERS, PER_OPERATION,
    PERIOD_NOUNS, PERIOD_WORDS, POINTING_BACK, POINTING_BACK_STRICT, POINTS_VERBS, RATE_ADJECTIVES,
    RECORDED_IN, RESPECTIVELY, RISE_FILLERS, RISE_NOUNS_AFTER, RISE_WORDS, SAME_PERIOD, SCOPES,
    SHARE_CUES, THEN_WAS, THIS_FIGURE, TICKET_CUES, TICKET_QUALIFIERS, TO, TO_THEN_FROM, TO_VERBS,
    TOTAL_AFTER_SHARE, TOTAL_MARKERS, VALUE_ASIDES, WHICH_HAD,
};

/// The longest a gap of words between linked figures may be, in characters.
const MAX_GAP: usize = 60;
/// The most bytes of words read before a rate for the word that announces it, or around a
/// claim for a word of direction.
const REACH: usize = 120;
/// How many sentences before a lone rate, in its paragraph, may hold its pair.
const SENTENCES_BACK: usize = 2;

/// A claim found in a text: what it claims, over the figures the text writes, the words that
/// tie them together, and the periods its figures are about. Nothing here is checked yet:
/// [`TextClaim::check`] does that.
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
/// one key per role, `from`, `to`, `stated`, `part`, `total`..., each a [`TextFigure`] object
/// with its byte span), its `sentence` as `[start, end]`, its `links`, and its `periods`, an
/// object from role to [`TextPeriod`] for the roles whose period the words give.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use morocco_ecommerce::text::link;
/// let claims = link("The total rose from 1.24 million in 2023 to 1.55 million operations in 2024, up 25%.");
/// let json = serde_json::to_value(&claims[0])?;
/// assert_eq!(json["type"], "growth");
/// assert_eq!(json["kind"], "growth");
/// assert_eq!(json["from"]["value"], "1240000");
/// assert_eq!(json["stated"]["kind"], "percent");
/// assert_eq!(json["links"][0], "from");
/// assert_eq!(json["periods"]["to"]["period"], "2024");
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TextClaim {
    /// A stable identifier: the kind and the byte offset of one of its figures
    /// (`growth@37`).
    pub id: String,
    /// What is claimed, over the figures found in the text (`growth`, `share`, `within`,
    /// `average_ticket`, `increase`, `decrease`, `points_change`). The rate of a fall carries its sign: "down 20%" is -20. A word of
    /// direction written with the rate decides over the verb of its clause: in "fell to B
    /// from A, a rise of 12%" the rate is +12.
    pub kind: ClaimKind<TextFigure>,
    /// Byte span of the sentence (for a rate whose pair is in an earlier sentence of the
    /// paragraph, from the first of those sentences to the rate's).
    pub sentence: (usize, usize),
    /// The words that linked the figures, as written.
    pub links: Vec<String>,
    /// The period of each role whose words name one, in the order of the roles.
    pub periods: Vec<(&'static str, TextPeriod)>,
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
    periods: Periods<'a>,
}

/// Roles and their periods, written as a JSON object.
#[cfg(feature = "serde")]
struct Periods<'a>(&'a [(&'static str, TextPeriod)]);

#[cfg(feature = "serde")]
impl serde::Serialize for Periods<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(role, p)| (*role, p)))
    }
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
            periods: Periods(&self.periods),
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

/// Why a rate the words announce was not tied to figures, and so not checked.
///
/// ```
/// use morocco_ecommerce::text::{Unlinked, link_text};
/// let linked = link_text("Les opérations sont passées de 1,2 à 1,5 million et le montant de 0,9 à 1 milliard de dirhams, soit une hausse de 25 %.");
/// assert!(linked.claims.is_empty());
/// assert_eq!(linked.not_checked[0].reason, Unlinked::SeveralPairings);
/// assert_eq!(linked.not_checked[0].candidates.len(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unlinked {
    /// The words allow more than one pairing of rates and figures.
    SeveralPairings,
    /// No pair of figures is in reach of the rate: the earlier figure is not written, or not
    /// near enough to be sure of.
    NoPairInReach,
    /// Words of a rise and of a fall both govern the rate.
    BothDirections,
    /// The periods the words name run against the order the words give the figures.
    PeriodsAgainstWords,
    /// The period the rate is of and the pair's do not agree: the rate's words name a year
    /// other than the pair's ("après avoir bondi de 27 % en 2022"), or a change over a year
    /// stands between figures that are not a year apart ("up 25% y/y, against 41.2 million in
    /// 2022"), or the earlier figure, given after the rate as a past level, is two years or
    /// more before the later ("B en 2024, en hausse de R %. Il avait atteint A en 2022.").
    PeriodsOfTheRate,
    /// Two figures in reach, in neighbouring sentences, and no word says which is the earlier.
    OrderNotWritten,
    /// A change from one percentage to another: a change in points or a relative change, which
    /// the words do not tell apart.
    ChangeOfPercentages,
    /// The words of the rate name another quantity than its figures': "le nombre d'opérations
    /// est passé de 1,24 à 1,55 million, tandis que le montant a progressé de 12 %".
    AnotherQuantity,
    /// A contrast ("tandis que", "while", "في حين", ";") or another percentage stands between
    /// the rate and the figures: the rate may be of another clause.
    OtherClause,
    /// A number in reach was not read as a figure (its unit left out and not told): it may be
    /// one of the figures the words tie, so no pairing is sure.
    UnreadNumber,
    /// A rate alone in its sentence whose pair is in the sentences before, but whose words
    /// neither name a quantity of ours nor open by pointing back to what came before ("Soit",
    /// "Cela représente", "That is", "أي"): "... contre 10,1 millions en 2023. L'inflation a
    /// progressé de 6,1 %." may be of something else.
    OtherSubject,
}

impl Unlinked {
    /// The reason's name: `several_pairings`, `no_pair_in_reach`, `both_directions`,
    /// `periods_against_words`, `periods_of_the_rate`, `order_not_written`,
    /// `change_of_percentages`, `another_quantity`, `other_clause`, `unread_number`,
    /// `other_subject`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::text::Unlinked;
    /// assert_eq!(Unlinked::BothDirections.as_str(), "both_directions");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Unlinked::SeveralPairings => "several_pairings",
            Unlinked::NoPairInReach => "no_pair_in_reach",
            Unlinked::BothDirections => "both_directions",
            Unlinked::PeriodsAgainstWords => "periods_against_words",
            Unlinked::PeriodsOfTheRate => "periods_of_the_rate",
            Unlinked::OrderNotWritten => "order_not_written",
            Unlinked::ChangeOfPercentages => "change_of_percentages",
            Unlinked::AnotherQuantity => "another_quantity",
            Unlinked::OtherClause => "other_clause",
            Unlinked::UnreadNumber => "unread_number",
            Unlinked::OtherSubject => "other_subject",
        }
    }

    /// The reason in words, for a reader.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::text::Unlinked;
    /// assert!(Unlinked::SeveralPairings.explanation().contains("more than one"));
    /// ```
    pub const fn explanation(self) -> &'static str {
        match self {
            Unlinked::SeveralPairings => {
                "the words allow more than one pairing of this rate with the figures"
            }
            Unlinked::NoPairInReach => {
                "no pair of figures the rate could be computed from is in reach"
            }
            Unlinked::BothDirections => "words of a rise and of a fall both govern this rate",
            Unlinked::PeriodsAgainstWords => {
                "the periods named run against the order the words give the figures"
            }
            Unlinked::PeriodsOfTheRate => {
                "the period the rate is of and the two figures' periods do not agree"
            }
            Unlinked::OrderNotWritten => {
                "two figures in reach, and no word says which of them is the earlier"
            }
            Unlinked::ChangeOfPercentages => {
                "a change between two percentages: in points or relative, the words do not say"
            }
            Unlinked::AnotherQuantity => {
                "the words of the rate name another quantity than the figures in reach"
            }
            Unlinked::OtherClause => {
                "a contrast or another percentage stands between the rate and the figures"
            }
            Unlinked::UnreadNumber => {
                "a number in reach was not read as a figure and may be one the words tie"
            }
            Unlinked::OtherSubject => {
                "the rate's sentence names none of the quantities before it and may be of something else"
            }
        }
    }
}

impl core::fmt::Display for Unlinked {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.explanation())
    }
}

/// A rate the words announce that the linker did not tie to figures: the rate and the
/// figures in reach, the claims it could have made, and why it made none.
///
/// With `serde`, a JSON object: `"verdict": "not_checked"`, `reason` ([`Unlinked::as_str`]),
/// `explanation`, `sentence`, `figures` (each a [`TextFigure`] object) and `candidates` (each a
/// claim object as in a [`TextClaim`], with its `type` and figures by role).
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use morocco_ecommerce::text::link_text;
/// let linked = link_text("Le volume a progressé de 9 % à 2,3 milliards de dirhams.");
/// let json = serde_json::to_value(&linked.not_checked[0])?;
/// assert_eq!(json["verdict"], "not_checked");
/// assert_eq!(json["reason"], "no_pair_in_reach");
/// assert_eq!(json["figures"][0]["value"], "9");
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct NotChecked {
    /// Why nothing was checked.
    pub reason: Unlinked,
    /// Byte span of the sentence.
    pub sentence: (usize, usize),
    /// The rate, then the figures it could go with.
    pub figures: Vec<TextFigure>,
    /// The claims the words leave open, if any.
    pub candidates: Vec<ClaimKind<TextFigure>>,
}

/// The JSON form of a [`NotChecked`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
struct NotCheckedForm<'a> {
    verdict: &'static str,
    reason: &'static str,
    explanation: &'static str,
    sentence: (usize, usize),
    figures: &'a [TextFigure],
    candidates: &'a [ClaimKind<TextFigure>],
}

#[cfg(feature = "serde")]
impl serde::Serialize for NotChecked {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        NotCheckedForm {
            verdict: "not_checked",
            reason: self.reason.as_str(),
            explanation: self.reason.explanation(),
            sentence: self.sentence,
            figures: &self.figures,
            candidates: &self.candidates,
        }
        .serialize(serializer)
    }
}

impl NotChecked {
    /// A rate (or another figure) not checked for `reason`, with no candidate claims.
    fn alone(reason: Unlinked, sentence: (usize, usize), figure: &TextFigure) -> NotChecked {
        NotChecked::new(reason, sentence, vec![figure.clone()], Vec::new())
    }

    fn new(
        reason: Unlinked,
        sentence: (usize, usize),
        figures: Vec<TextFigure>,
        candidates: Vec<ClaimKind<TextFigure>>,
    ) -> NotChecked {
        NotChecked {
            reason,
            sentence,
            figures,
            candidates,
        }
    }
}

/// What the linker found in a text: the claims it can check, and the rates it could not tie.
///
/// ```
/// use morocco_ecommerce::text::link_text;
/// let linked = link_text("Le volume a progressé de 9 % à 2,3 milliards de dirhams.");
/// assert!(linked.claims.is_empty());
/// assert_eq!(linked.not_checked[0].reason.as_str(), "no_pair_in_reach");
/// assert_eq!(linked.figures.len(), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LinkedText {
    /// Every figure of the text, as [`extract`] reads them: the claims are made of these, and a
    /// caller that wants them all need not read the text again.
    pub figures: Vec<TextFigure>,
    /// The claims, in the order of the text.
    pub claims: Vec<TextClaim>,
    /// The rates not tied to figures, with why.
    pub not_checked: Vec<NotChecked>,
}

/// The claims a text makes with its figures, unchecked: [`link_text`]'s claims.
///
/// The linker is conservative: it builds a claim only when the words of the sentence tie the
/// figures together ("passé de A à B, soit une hausse de P %", "B contre A", "B (+P %), contre
/// A un an plus tôt", "B, up P% from A in 2023", "من A إلى B بنسبة P",
/// "بلغت B بعد أن كانت A", "sur T, P ... soit S %", "T, dont P"), and leaves out any figure it
/// cannot tie unambiguously. A rate is read as a fall when a word of a fall governs it and no
/// word of a rise contradicts it, or when it is written without a sign and with no word of
/// direction between figures that can only have fallen. A figure whose unit is left out ("1,14
/// milliard") has the kind the reader gave it ([`extract`]): the linker takes the figures as
/// read. Percentage points ("+6 points") are never a rate, and two percentages ("de 14,2 % à
/// 23,8 %") are never the ends of a growth.
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
    link_text(text).claims
}

/// The claims a text makes with its figures, and the rates it announces that could not be tied
/// to figures, with the reason ([`Unlinked`]).
///
/// Rates go with pairs in the order of the words: "+18 % en nombre (de A à B) et +9 % en valeur
/// (de C à D)" gives each rate the pair of its own part, "de A à B et de C à D, des hausses
/// respectives de 6 % et 4 %" gives them in order, and where two pairings are possible none is
/// made. A rate alone in its sentence takes its pair from the one or two sentences before it
/// in the paragraph, when those hold exactly two figures of one kind and a word or a period
/// says which is the earlier: the words that tie them in their own sentence ("B, contre A un
/// an auparavant. Soit une hausse de R %."), a word of the past ("Il était de A"), or years.
/// Rates of a list "respectivement" alone in their sentence take the pairs of the sentences
/// before, in the order their words name them, when those sentences hold exactly those pairs. A rate whose sentence holds its later
/// figure only takes the earlier from the next sentence when a verb of the pluperfect gives it
/// ("B, en hausse de R %. Il avait atteint A un an plus tôt.").
///
/// ```
/// use morocco_ecommerce::text::link_text;
/// let text = "Le montant s'est établi à 420 MMDH. Il était de 371 MMDH en 2023. Soit une hausse de 13 %.";
/// let linked = link_text(text);
/// assert_eq!(linked.claims.len(), 1);
/// let claim = &linked.claims[0];
/// assert_eq!(claim.figure("from").map(|f| f.text.as_str()), Some("371 MMDH"));
/// assert_eq!(claim.figure("to").map(|f| f.text.as_str()), Some("420 MMDH"));
/// ```
#[must_use]
pub fn link_text(text: &str) -> LinkedText {
    let figures = extract(text);
    let mut out = LinkedText::default();
    let mut recent: Vec<Recent> = Vec::new();
    // The sentence before, when it left its rate without a pair and may find the earlier
    // figure in this one ([`waits_for_earlier`]).
    let mut waiting: Option<Sentence> = None;
    let spans = sentences(text, &figures);
    for (i, &(start, end, new_paragraph)) in spans.iter().enumerate() {
        if new_paragraph {
            recent.clear();
            waiting = None;
        }
        // Figures come in text order: those of the sentence are found by two binary searches,
        // so a long text costs time in proportion to its length.
        let first = figures.partition_point(|f| f.start < start);
        let past = figures.partition_point(|f| f.start < end);
        // The kind of a figure whose unit is left out is the reader's business (`extract`).
        let owned: Vec<&TextFigure> = figures
            .get(first..past)
            .unwrap_or_default()
            .iter()
            .filter(|f| f.end <= end)
            .collect();
        // Every list the linker reads is about rates, shares and averages: a sentence with no
        // percentage and fewer than two amounts is not searched for words.
        let percents = owned.iter().any(|f| f.kind() == FigureKind::Percent);
        let amount_count = owned
            .iter()
            .filter(|f| f.kind() == FigureKind::AmountMad)
            .count();
        let marks = if percents || amount_count >= 2 {
            Marks::of(text, (start, end))
        } else {
            Marks { found: Vec::new() }
        };
        let sentence = Sentence {
            text,
            span: (start, end),
            figures: owned,
            marks,
        };
        if let Some(before) = waiting.take()
            && pair_in_past_level(&before, &sentence, &mut out)
        {
            recent.clear();
            continue;
        }
        let claims_before = out.claims.len();
        let (mut used, tied) = sentence.link(&recent, &mut out);
        // The end figures of this sentence's growth claims, and the count and amount of its
        // averages: the totals that "of these", "هذه العمليات" in the next sentence may point
        // back to.
        let grown_to: Vec<&TextFigure> = out
            .claims
            .get(claims_before..)
            .unwrap_or_default()
            .iter()
            .flat_map(|c| match &c.kind {
                ClaimKind::Growth { to, .. } => [Some(to), None],
                ClaimKind::AverageTicket {
                    value, operations, ..
                } => [Some(operations), Some(value)],
                _ => [None, None],
            })
            .flatten()
            // Figures are in text order with unique starts: a binary search, so that a
            // sentence of many claims stays linear.
            .filter_map(|to| {
                sentence
                    .figures
                    .binary_search_by_key(&to.start, |f| f.start)
                    .ok()
                    .and_then(|i| sentence.figures.get(i))
                    .copied()
            })
            .collect();
        // Sorted, so that each figure's "was it used" is a binary search: a sentence of many
        // claims stays linear.
        used.sort_unstable();
        // The percentages of this sentence's claims (a change in points among them) are no
        // rate left for a pair of the next sentences.
        let mut claimed: Vec<usize> = out
            .claims
            .get(claims_before..)
            .unwrap_or_default()
            .iter()
            .flat_map(|c| c.kind.figures().into_iter().map(|(_, f)| f.start))
            .collect();
        claimed.sort_unstable();
        // The figures of this sentence that no claim used may be the pair of a rate in one of
        // the next sentences.
        let unused: Vec<&TextFigure> = sentence
            .figures
            .iter()
            .copied()
            .filter(|f| is_quantity(f) && used.binary_search(&f.start).is_err())
            .collect();
        if !used.is_empty() {
            // What came before a claim is not in reach of a rate after it.
            recent.clear();
        }
        let headline = headline_rate(text, &sentence, &spans, i, &figures, &out);
        let lead_rates = lead_rates(text, &sentence, &spans, i, &out);
        let waits = waits_for_earlier(&sentence, &recent, &out);
        recent.push(Recent {
            span: (start, end),
            figures: figures.get(first..past).unwrap_or_default(),
            quantities: unused,
            grown_to,
            tied,
            other_figures: sentence
                .figures
                .iter()
                .any(|f| !is_quantity(f) && claimed.binary_search(&f.start).is_err()),
            headline,
            lead_rates,
        });
        if recent.len() > SENTENCES_BACK {
            recent.remove(0);
        }
        waiting = waits.then_some(sentence);
    }
    // The sentence kept waiting borrows the figures.
    drop(waiting);
    out.figures = figures;
    out
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

/// A sentence before the one being linked, in the same paragraph.
struct Recent<'f> {
    span: (usize, usize),
    /// All its figures, claims' or not: a number among them is no number the reader left out.
    figures: &'f [TextFigure],
    /// Its counts and amounts that no claim used.
    quantities: Vec<&'f TextFigure>,
    /// The pairs its words tie that no claim used ("B, contre A un an auparavant"): the start
    /// of the earlier figure, of the later, and the word that orders them.
    tied: Vec<(usize, usize, String)>,
    /// Whether it has figures of other kinds (percentages).
    other_figures: bool,
    /// The end figures of its growth claims, and the count and amount of its averages.
    grown_to: Vec<&'f TextFigure>,
    /// Its one figure, a rate written with its sign after a colon that no pair was in reach of
    /// ("Nouvelle hausse pour le paiement en ligne : +13,8 % au troisième trimestre."): the
    /// rate of a pair in the next sentence, if that is the only one ([`headline_rate`]).
    headline: Option<&'f TextFigure>,
    /// Its figures, rates that each name their quantity and that no pair was in reach of
    /// ("L'activité affiche +18 % en nombre et +9 % en valeur."): the rates of the pairs of
    /// the next sentence, one of each quantity ([`lead_rates`]).
    lead_rates: Vec<(&'f TextFigure, FigureKind, &'static str)>,
}

impl<'f> Recent<'f> {
    /// Its latest figure of `kind`, which "ce montant", "هذا المبلغ" in the next sentence point
    /// back to: the one figure of the kind that no claim used, or the end of its one growth of
    /// the kind, or the later of the one pair its words tie ("B contre A").
    fn latest_of(&self, kind: FigureKind) -> Option<&'f TextFigure> {
        let mut figures = self
            .quantities
            .iter()
            .chain(self.grown_to.iter())
            .copied()
            .filter(|f| f.kind() == kind);
        match (figures.next(), figures.next(), figures.next()) {
            (Some(one), None, _) => Some(one),
            (Some(a), Some(b), None) => self.tied.iter().find_map(|(from, to, _)| {
                [(a, b), (b, a)]
                    .into_iter()
                    .find(|(x, y)| x.start == *from && y.start == *to)
                    .map(|(_, later)| later)
            }),
            _ => None,
        }
    }
}

/// The rates of sentence `i` that the pairs of the next sentence may take, each by the
/// quantity it names: the sentence holds two rates or more and nothing else, each written
/// with its sign and followed by words that name its quantity ([`dimension_after`]), all
/// different, and each left without a pair in reach; the next sentence is of the same
/// paragraph.
fn lead_rates<'f>(
    text: &str,
    sentence: &Sentence<'_, 'f>,
    spans: &[(usize, usize, bool)],
    i: usize,
    out: &LinkedText,
) -> Vec<(&'f TextFigure, FigureKind, &'static str)> {
    let none = Vec::new();
    let signed = |f: &TextFigure| {
        // "و+9 في المائة": the sign after the conjunction glued to it.
        f.text.starts_with(['+', '-', '\u{2212}'])
            || window(text, f.start.saturating_sub(1), f.start) == "+"
    };
    // Signed percentages only, before any word is read: most sentences end here.
    if sentence.figures.len() < 2
        || spans.get(i + 1).is_none_or(|&(_, _, new)| new)
        || !sentence
            .figures
            .iter()
            .all(|f| f.kind() == FigureKind::Percent && signed(f))
    {
        return none;
    }
    let unlinked = |f: &TextFigure| {
        out.not_checked.iter().rev().take(8).any(|n| {
            n.reason == Unlinked::NoPairInReach
                && n.figures.first().is_some_and(|g| g.start == f.start)
        })
    };
    if !sentence.figures.iter().all(|f| unlinked(f)) {
        return none;
    }
    let Some(named) = dimensions(text, sentence.figures.iter().map(|f| f.end)) else {
        return none;
    };
    sentence
        .figures
        .iter()
        .zip(named)
        .map(|(&f, (word, kind))| (f, kind, word))
        .collect()
}

/// The quantity each figure ending at `ends` is of, with its words, when the words right
/// after each name it ([`dimension_after`]) and no two name the same: "27% in volume and 28%
/// in value", "+18 % en nombre et +9 % en valeur".
fn dimensions(
    text: &str,
    ends: impl Iterator<Item = usize>,
) -> Option<Vec<(&'static str, FigureKind)>> {
    let mut named: Vec<(&'static str, FigureKind)> = Vec::new();
    for end in ends {
        let (word, kind) = dimension_after(text, end)?;
        if named.iter().any(|&(_, k)| k == kind) {
            return None;
        }
        named.push((word, kind));
    }
    Some(named)
}

/// The pairs the words of the sentences in reach tie ([`Recent::tied`]) among `quantities`
/// (their counts and amounts, in text order: each figure is found by binary search).
fn recent_pairs<'f>(recent: &[Recent<'_>], quantities: &[&'f TextFigure]) -> Vec<Pair<'f>> {
    let figure = |start: usize| {
        quantities
            .binary_search_by_key(&start, |f| f.start)
            .ok()
            .and_then(|i| quantities.get(i).copied())
    };
    recent
        .iter()
        .flat_map(|r| r.tied.iter())
        .filter_map(|(from, to, word)| {
            let (from, to) = (figure(*from)?, figure(*to)?);
            Some(Pair {
                from,
                to,
                links: vec![word.clone()],
                span: (lead(from).min(lead(to)), from.end.max(to.end)),
            })
        })
        .collect()
}

/// How many bytes before the first figure of a list its period may be read from, when the
/// words that open its sentence are longer (the reach of [`period_in`]).
const PERIOD_BEFORE: usize = 60;

/// The quantity that words opening a sentence before a comma name, when they are only a
/// dimension ([`crate::text::lexicon::DIMENSIONS`], folded): "En volume", "In value terms",
/// "من حيث القيمة".
fn dimension_opening(opening: &str) -> Option<FigureKind> {
    // "ومن حيث العدد": the conjunction glued to it.
    let opening = opening.strip_prefix('و').unwrap_or(opening).to_lowercase();
    let word = crate::text::lexicon::DIMENSIONS
        .iter()
        .find(|w| **w == opening)?;
    dimension_kind(word)
}

/// The quantity a word of [`crate::text::lexicon::DIMENSIONS`] names: an amount ("en
/// valeur") or a count of operations ("en volume").
fn dimension_kind(word: &str) -> Option<FigureKind> {
    match crate::text::extract::named_quantity(word)? {
        Named::Amount => Some(FigureKind::AmountMad),
        Named::Count | Named::Operations => Some(FigureKind::Transactions),
        _ => None,
    }
}

/// The one item of `items`, if there is exactly one.
fn the_one<T>(items: impl IntoIterator<Item = T>) -> Option<T> {
    let mut items = items.into_iter();
    match (items.next(), items.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// The words right after a rate that name the quantity it is of, and that quantity: "27% in
/// volume", "+9 % en valeur", "27 في المائة من حيث العدد".
fn dimension_after(text: &str, end: usize) -> Option<(&'static str, FigureKind)> {
    let after = window(text, end, end + 40)
        .trim_start_matches(|c: char| is_space(c))
        .to_lowercase();
    let word = crate::text::lexicon::DIMENSIONS
        .iter()
        .copied()
        .filter(|w| crate::text::scan::phrase_at(&after, w).is_some())
        .max_by_key(|w| w.len())?;
    Some((word, dimension_kind(word)?))
}

/// The rate of sentence `i` that the next sentence's pair may take: the sentence holds that
/// rate only, written with its sign right after a colon, and left it without a pair in reach;
/// the next sentence is of the same paragraph, and the one after it (if of the same paragraph)
/// holds no count or amount that could be a pair the rate is of. Reads the sentence's words
/// from its colon and two binary searches of the figures.
fn headline_rate<'f>(
    text: &str,
    sentence: &Sentence<'_, 'f>,
    spans: &[(usize, usize, bool)],
    i: usize,
    figures: &[TextFigure],
    out: &LinkedText,
) -> Option<&'f TextFigure> {
    let [rate] = sentence.figures.as_slice() else {
        return None;
    };
    if rate.kind() != FigureKind::Percent || !rate.text.starts_with(['+', '-', '\u{2212}']) {
        return None;
    }
    let unlinked = out.not_checked.last().is_some_and(|n| {
        n.reason == Unlinked::NoPairInReach
            && n.figures.first().is_some_and(|f| f.start == rate.start)
    });
    let head = crate::text::scan::trim_end_spaces(window(text, sentence.span.0, rate.start));
    if !unlinked || !head.ends_with(':') {
        return None;
    }
    let (_, _, new_paragraph) = spans.get(i + 1)?;
    if *new_paragraph {
        return None;
    }
    if let Some(&(start, end, false)) = spans.get(i + 2) {
        let first = figures.partition_point(|f| f.start < start);
        let past = figures.partition_point(|f| f.start < end);
        if figures
            .get(first..past)
            .unwrap_or_default()
            .iter()
            .any(is_quantity)
        {
            return None;
        }
    }
    Some(*rate)
}

/// Whether `sentence` holds a count or an amount and then a rate the words announce, and
/// nothing else, and left the rate without a pair in reach: the earlier figure may be in the
/// next sentence ([`pair_in_past_level`]). No sentence before it in reach (`recent`) holds a
/// figure of that kind that no claim used, and no number of its own is left unread.
fn waits_for_earlier(sentence: &Sentence<'_, '_>, recent: &[Recent<'_>], out: &LinkedText) -> bool {
    let [b, rate] = sentence.figures.as_slice() else {
        return false;
    };
    let unlinked = out.not_checked.last().is_some_and(|n| {
        n.reason == Unlinked::NoPairInReach
            && n.figures.first().is_some_and(|f| f.start == rate.start)
    });
    unlinked
        && is_quantity(b)
        && rate.kind() == FigureKind::Percent
        && recent
            .iter()
            .all(|r| r.quantities.iter().all(|q| q.kind() != b.kind()))
        && !unread_number(
            sentence.text,
            sentence.span,
            sentence.figures.iter().copied(),
            false,
        )
}

/// The growth of the rate that the sentence `before` left without a pair
/// ([`waits_for_earlier`]), from the figure of `next`, the sentence after it in its paragraph,
/// that a verb of a past level gives, in the pluperfect or the imperfect ("Le montant a atteint
/// B en 2024, en hausse de R %. Il avait atteint A un an plus tôt.", "... Il était de A.", "...
/// It had reached A in 2023.", "... A year earlier there were A.", "... وكان قد بلغ A في السنة
/// السابقة."): the rate ends its sentence (words after it may give it another base),
/// `next` holds that figure only, of the kind of the later one, the verb ends right before it,
/// and only a pronoun stands before the verb ([`PAST_LEVEL_SUBJECTS`]), perhaps after words of
/// the year before (`lexicon::EARLIER_OPENINGS`), and only words of the year before or a year
/// follow the earlier figure (`lexicon::EARLIER`), so that nothing else
/// in reach could be the pair. Whether a claim or a reason not to check took the place of the
/// rate's "no pair in reach".
fn pair_in_past_level<'f>(
    before: &Sentence<'_, 'f>,
    next: &Sentence<'_, 'f>,
    out: &mut LinkedText,
) -> bool {
    let text = next.text;
    let ([b, rate], [a]) = (before.figures.as_slice(), next.figures.as_slice()) else {
        return false;
    };
    if a.kind() != b.kind() || unread_number(text, next.span, next.figures.iter().copied(), false) {
        return false;
    }
    let head = crate::text::scan::trim_end_spaces(window(text, next.span.0, lead(a)));
    let Some(verb) = ends_with_word(head, PAST_LEVEL_VERBS) else {
        return false;
    };
    let subject = head
        .get(..head.len().saturating_sub(verb.len()))
        .unwrap_or_default()
        .trim_matches(|c: char| is_space(c) || matches!(c, '"' | '«' | '»'));
    // Past the words of the year before that open it: "A year earlier there were A".
    let subject = crate::text::extract::past_earlier_opening(subject);
    if !PAST_LEVEL_SUBJECTS
        .iter()
        .any(|s| subject.eq_ignore_ascii_case(s))
    {
        return false;
    }
    // The rate ends its sentence, perhaps with its noun and words of a change over a year:
    // words after it may give it a base of its own ("up R% on the first half").
    if !rate_ends_sentence(text, rate, before.span.1) {
        return false;
    }
    // After the earlier figure, only words of the year before or a year: "It was MAD 10.2
    // billion in the first half", "There were 1,250 in Marrakech" are of a part.
    if !crate::text::extract::only_earlier_words(window(text, a.end, next.span.1)) {
        return false;
    }
    let rates = before.rates(&[], &|_| false);
    let Some(rate) = rates.iter().find(|r| r.figure.start == rate.start) else {
        return false;
    };
    // The rate's "no pair in reach", pushed last when its sentence was read.
    if !out.not_checked.last().is_some_and(|n| {
        n.reason == Unlinked::NoPairInReach
            && n.figures
                .first()
                .is_some_and(|f| f.start == rate.figure.start)
    }) {
        return false;
    }
    out.not_checked.pop();
    let span = (before.span.0, next.span.1);
    // Each figure's period is read in its own sentence, after it.
    let periods: Vec<(&'static str, TextPeriod)> = [
        ("from", period_in(text, a.end, next.span.1)),
        ("to", period_in(text, b.end, lead(rate.figure))),
    ]
    .into_iter()
    .filter_map(|(role, p)| p.map(|p| (role, p)))
    .collect();
    let pair = Pair {
        from: a,
        to: b,
        links: vec![verb.to_owned()],
        span: (lead(b), a.end),
    };
    // "B en 2024, en hausse de R %. Il avait atteint A en 2022.": the rate came before the
    // earlier figure, which is given as a past level, not named as its base; two years apart,
    // the rate may be of the year before.
    let years_apart = not_a_year_apart(&periods);
    let against = periods_against_words(&periods);
    if against || years_apart {
        let reason = if against {
            Unlinked::PeriodsAgainstWords
        } else {
            Unlinked::PeriodsOfTheRate
        };
        out.not_checked.push(NotChecked::new(
            reason,
            span,
            vec![rate.figure.clone(), (*a).clone(), (*b).clone()],
            vec![ClaimKind::Growth {
                from: (*a).clone(),
                to: (*b).clone(),
                stated: rate.figure.clone(),
            }],
        ));
        return true;
    }
    let claims = out.claims.len();
    // The rate's own sentence governs it; the claim spans the two sentences.
    before.growth(&pair, rate, before.span, None, &[], span, out);
    if let Some(claim) = out.claims.get_mut(claims..).and_then(|c| c.first_mut()) {
        claim.periods = periods;
    }
    true
}

/// Sentence spans, with whether each starts a paragraph: cut at `.`, `!`, `?`, `؟` and blank
/// lines, never inside a figure. A single line break is a space: articles wrap their lines.
fn sentences(text: &str, figures: &[TextFigure]) -> Vec<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut new_paragraph = true;
    let mut figure_index = 0;
    // Only the bytes that may end a sentence are looked at: `.`, `!`, `?`, a line break, and the
    // second byte of `؟` (U+061F, bytes D8 9F; no other character ends in D8 9F). Over the
    // bench corpus (1 MiB of the example articles), decoding every character here cost 33 M
    // instructions more.
    for (at, &b) in bytes.iter().enumerate() {
        let i = match b {
            b'.' | b'!' | b'?' | b'\n' => at,
            0x9F if at > 0 && bytes.get(at - 1) == Some(&0xD8) => at - 1,
            _ => continue,
        };
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
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
        // "i.e." and "e.g." end no sentence: "12%, i.e. 1.2 million".
        let head = text.get(..i).unwrap_or_default();
        if c == '.' && (head.ends_with("i.e") || head.ends_with("e.g")) {
            continue;
        }
        spans.push((start, i, new_paragraph));
        new_paragraph = blank_line;
        start = i + c.len_utf8();
    }
    if start < text.len() {
        spans.push((start, text.len(), new_paragraph));
    }
    spans
}

/// `text[from..to]`, with both ends moved inward to character boundaries.
fn window(text: &str, from: usize, to: usize) -> &str {
    let mut from = from.min(text.len());
    let mut to = to.min(text.len());
    while from < to && !text.is_char_boundary(from) {
        from += 1;
    }
    while to > from && !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(from..to).unwrap_or_default()
}

/// The words between two byte offsets, if it is short.
fn gap(text: &str, from: usize, to: usize) -> Option<&str> {
    let g = text.get(from..to)?;
    (g.chars().count() <= MAX_GAP).then_some(g)
}

/// The words between two byte offsets when they are short ([`MAX_GAP`]) once the period they
/// end with is left out: "15,3 مليون عملية أداء عبر الإنترنت بواسطة البطاقات البنكية خلال
/// النصف الأول من سنة 2021، مقابل", "18,4 millions d'opérations de paiement en ligne par
/// cartes au premier semestre 2023, contre". The period stands in the last words, before a
/// comma and the tie, and nothing but spaces and that comma after it; no semicolon.
fn gap_past_period(text: &str, from: usize, to: usize) -> Option<&str> {
    let g = text.get(from..to)?;
    if g.chars().count() > 2 * MAX_GAP || g.contains([';', '\u{061B}', '(', ')']) {
        return None;
    }
    let mut look = to.saturating_sub(80).max(from);
    while !text.is_char_boundary(look) {
        look += 1;
    }
    let period = period_in(text, look, to)?;
    let after = window(text, period.end, to);
    let (before_tie, _) = after.rsplit_once([',', '،'])?;
    if !before_tie.trim_matches(is_space).is_empty() {
        return None;
    }
    let words = window(text, from, period.start).chars().count()
        + window(text, period.end, to).chars().count();
    (words <= MAX_GAP).then_some(g)
}

/// The most characters of an attribution set off by commas between two figures.
const MAX_ATTRIBUTION: usize = 100;

/// The words between two byte offsets, without an attribution set off by commas among them
/// ("A, according to the central bank's annual report, to B": ", to "; "B au premier semestre,
/// d'après le bilan du CMI, contre A": " au premier semestre, contre "), when what is left is
/// short ([`MAX_GAP`]) and the attribution opens with one of [`ATTRIBUTIONS`], is at most
/// [`MAX_ATTRIBUTION`] characters long and holds no digit, bracket or stop. Reads a bounded
/// window.
fn gap_past_attribution(text: &str, from: usize, to: usize) -> Option<Cow<'_, str>> {
    let g = text.get(from..to)?;
    let is_comma = |c: char| matches!(c, ',' | '،');
    let (open, _) = g.char_indices().take(MAX_GAP).find(|&(_, c)| is_comma(c))?;
    let prefix = g.get(..open)?;
    let inset = g.get(open..)?;
    let inset = inset.get(inset.chars().next()?.len_utf8()..)?;
    let (close, _) = inset
        .char_indices()
        .take(MAX_ATTRIBUTION)
        .find(|&(_, c)| is_comma(c))?;
    let words = inset.get(..close)?.trim_start_matches(is_space);
    let odd = |c: char| c.is_numeric() || matches!(c, '.' | ';' | '(' | ')' | '\u{061B}');
    if prefix.chars().any(odd)
        || words.chars().any(odd)
        || !ATTRIBUTIONS
            .iter()
            .any(|w| crate::text::scan::phrase_at(words, w).is_some())
    {
        return None;
    }
    let rest = inset.get(close..)?;
    let short = prefix.chars().chain(rest.chars()).take(MAX_GAP + 1).count() <= MAX_GAP;
    if !short {
        return None;
    }
    Some(if prefix.trim_matches(is_space).is_empty() {
        Cow::Borrowed(rest)
    } else {
        Cow::Owned(format!("{prefix}{rest}"))
    })
}

/// The word lists a sentence is searched for, in the order of [`LISTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Words {
    Growth,
    Falls,
    Rises,
    Shares,
    Respective,
    Past,
    Tickets,
    Contrasts,
    Earlier,
    Averages,
}

/// How many lists [`Words`] names.
const LIST_COUNT: usize = 10;

/// The lists of [`Words`], in its order.
const LISTS: [&[&str]; LIST_COUNT] = [
    GROWTH_CUES,
    FALL_WORDS,
    RISE_WORDS,
    SHARE_CUES,
    RESPECTIVELY,
    PAST_MARKERS,
    TICKET_CUES,
    CONTRASTS,
    EARLIER,
    AVERAGES,
];

/// Every word of every list in one set, each with its index in each list that holds it.
struct AllWords {
    set: WordSet,
    index_in: Vec<[Option<usize>; LIST_COUNT]>,
}

static ALL_WORDS: LazyLock<AllWords> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = Vec::new();
    let mut index_in: Vec<[Option<usize>; LIST_COUNT]> = Vec::new();
    for (list, entries) in LISTS.iter().enumerate() {
        for (i, &word) in entries.iter().enumerate() {
            let at = words.iter().position(|&w| w == word).unwrap_or_else(|| {
                words.push(word);
                index_in.push([None; LIST_COUNT]);
                words.len() - 1
            });
            if let Some(slot) = index_in.get_mut(at).and_then(|s| s.get_mut(list)) {
                slot.get_or_insert(i);
            }
        }
    }
    AllWords {
        set: WordSet::new(&words),
        index_in,
    }
});

/// The words of every list found in a stretch of text, read once: a claim's windows are then
/// looked up, not read again, so a sentence costs its length however many claims it holds.
struct Marks {
    /// `(start, end, entry of ALL_WORDS)`, in the order of the text.
    found: Vec<(usize, usize, usize)>,
}

impl Marks {
    /// The words of `text[span]`.
    fn of(text: &str, span: (usize, usize)) -> Marks {
        Marks {
            found: ALL_WORDS.set.find_all(window(text, span.0, span.1), span.0),
        }
    }

    /// The words of `list` found wholly within `from..to`, in the order of the text: each its
    /// end, its rank in the list, and its entry in [`ALL_WORDS`].
    fn within(
        &self,
        from: usize,
        to: usize,
        list: Words,
    ) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let begin = self.found.partition_point(|&(s, _, _)| s < from);
        self.found
            .get(begin..)
            .unwrap_or_default()
            .iter()
            .take_while(move |&&(s, _, _)| s < to)
            .filter(move |&&(_, e, _)| e <= to)
            .filter_map(move |&(_, e, entry)| {
                let rank = (*ALL_WORDS.index_in.get(entry)?.get(list as usize)?)?;
                Some((e, rank, entry))
            })
    }

    /// The word of `list` found wholly within `from..to`, the earliest in the list's order.
    fn first(&self, from: usize, to: usize, list: Words) -> Option<&'static str> {
        self.within(from, to, list)
            .min_by_key(|&(_, rank, entry)| (rank, entry))
            .and_then(|(_, _, entry)| ALL_WORDS.set.word(entry))
    }

    /// The word of `list` found within `from..to` that ends at most `near` bytes before `to`.
    fn ending_near(
        &self,
        from: usize,
        to: usize,
        near: usize,
        list: Words,
    ) -> Option<&'static str> {
        self.within(from, to, list)
            .find(|&(end, _, _)| end + near >= to)
            .and_then(|(_, _, entry)| ALL_WORDS.set.word(entry))
    }
}

/// The one of `words` that ends `hay` (spaces and commas aside), if any.
fn ends_with_word(hay: &str, words: &[&'static str]) -> Option<&'static str> {
    let trimmed = hay.trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | '،' | '('));
    crate::text::scan::match_end(trimmed, words.iter().copied())
        .and_then(|(i, _)| words.get(i).copied())
}

/// Where a figure's words start: its hedge or fall word, or the figure itself.
fn lead(f: &TextFigure) -> usize {
    f.context_start.unwrap_or(f.start).min(f.start)
}

fn is_quantity(f: &TextFigure) -> bool {
    matches!(
        f.kind(),
        FigureKind::Transactions
            | FigureKind::AmountMad
            | FigureKind::Cards
            | FigureKind::Merchants
    )
}

/// Whether the figures can only have fallen: every value `to` allows is below every value
/// `from` allows.
fn can_only_fall(from: &TextFigure, to: &TextFigure) -> bool {
    let (Ok(a), Ok(b)) = (
        from.range(Assumption::default()),
        to.range(Assumption::default()),
    ) else {
        return false;
    };
    matches!((a.low(), b.high()), (Some(low), Some(high)) if high.value < low.value)
}

/// A start and an end figure tied by words, with those words.
struct Pair<'a> {
    from: &'a TextFigure,
    to: &'a TextFigure,
    links: Vec<String>,
    /// Byte span the pair covers.
    span: (usize, usize),
}

impl<'a> Pair<'a> {
    /// The figure of the pair that stands first in the text ("B contre A": B).
    fn first(&self) -> &'a TextFigure {
        if self.from.start < self.to.start {
            self.from
        } else {
            self.to
        }
    }

    /// The figure of the pair that stands later in the text ("B contre A": B).
    fn later(&self) -> &'a TextFigure {
        if self.from.start > self.to.start {
            self.from
        } else {
            self.to
        }
    }
}

/// The pairs the words tie among consecutive figures of `kinds`: "de A à B", "B contre A"; and,
/// read by `sentence`'s words, a pair of figures with a percentage between them ("B, en hausse
/// de R % par rapport à A") and two lists of figures in parallel ("à B1 et B2, contre A1 et A2
/// un an plus tôt"). A figure in two pairs is ambiguous, and neither pair is kept. Linear in
/// the number of figures: a figure can only be in a pair with its neighbours.
fn pairs<'a>(
    text: &str,
    figures: &[&'a TextFigure],
    kinds: fn(&TextFigure) -> bool,
    sentence: Option<&Sentence<'_, 'a>>,
) -> Vec<Pair<'a>> {
    let mut out: Vec<Pair<'a>> = Vec::new();
    let mut previous_in_pair: Option<usize> = None;
    let mut drop_last = false;
    // How many pairs the last step pushed: a list gives two.
    let mut last_push = 0;
    let mut skip_to = 0;
    for (i, a) in figures.iter().enumerate() {
        if i < skip_to {
            continue;
        }
        let Some(b) = figures.get(i + 1) else { break };
        if !kinds(a) {
            continue;
        }
        let lists = match sentence {
            Some(s) if previous_in_pair != Some(i) => s.parallel_pairs(i),
            _ => None,
        };
        let around = match sentence {
            Some(s) if lists.is_none() && previous_in_pair != Some(i) => s.lists_around(i),
            _ => None,
        };
        let (new, last) = if let Some(lists) = lists {
            (Vec::from(lists), i + 3)
        } else if let Some(lists) = around {
            (Vec::from(lists), i + 5)
        } else if a.kind() == b.kind() {
            let Some(between) = gap(text, a.end, lead(b))
                .map(Cow::Borrowed)
                .or_else(|| gap_past_attribution(text, a.end, lead(b)))
                .or_else(|| gap_past_period(text, a.end, lead(b)).map(Cow::Borrowed))
            else {
                continue;
            };
            let Some(pair) = tie(text, a, b, &between) else {
                continue;
            };
            (vec![pair], i + 1)
        } else if b.kind() == FigureKind::Percent
            && figures.get(i + 2).is_some_and(|c| c.kind() == a.kind())
            && let Some(pair) = sentence.and_then(|s| s.pair_around(i))
        {
            (vec![pair], i + 2)
        } else {
            continue;
        };
        if previous_in_pair == Some(i) {
            // `a` is the end of the pair before and the start of this one: neither stands.
            drop_last = true;
            previous_in_pair = Some(last);
            continue;
        }
        if drop_last {
            out.truncate(out.len().saturating_sub(last_push));
            drop_last = false;
        }
        previous_in_pair = Some(last);
        last_push = new.len();
        if new.len() > 1 {
            skip_to = last;
        }
        out.extend(new);
    }
    if drop_last {
        out.truncate(out.len().saturating_sub(last_push));
    }
    out
}

/// The starts of the figures of `pairs`, sorted.
fn pair_starts(pairs: &[Pair<'_>]) -> Vec<usize> {
    let mut starts: Vec<usize> = pairs
        .iter()
        .flat_map(|p| [p.from.start, p.to.start])
        .collect();
    starts.sort_unstable();
    starts
}

/// The pair two consecutive figures make, if the words between them make one.
fn tie<'a>(text: &str, a: &'a TextFigure, b: &'a TextFigure, between: &str) -> Option<Pair<'a>> {
    let trimmed = between.trim_matches(|c: char| is_space(c) || c == ',' || c == '،');
    // "de A à B", "from A to B", "من A إلى B": a start word just before A, an end word ending
    // the words between them (which may name a period: "de A durant les neuf premiers mois de
    // 2022 à B").
    let before_a = crate::text::scan::trim_end_spaces(text.get(..lead(a)).unwrap_or_default());
    // "en hausse de près de 1 200, à 4 100", "rose by 1,200 to 4,100": the first figure is the
    // size of a change, no level the second was reached from.
    let levels = extract::levels_after_fall(text, a, before_a);
    if after_change_words(before_a) && !levels {
        return None;
    }
    let from_word = crate::text::scan::match_end(before_a, FROM.iter().copied())
        .and_then(|(i, _)| FROM.get(i).copied());
    // "fell 31% to 27%": the word of the fall may open the pair of levels the reader took, with
    // no "from" before the first.
    if (from_word.is_some() || levels)
        && let Some(tw) = ends_with_word(trimmed, TO)
    {
        return Some(Pair {
            from: a,
            to: b,
            links: from_word
                .into_iter()
                .chain([tw])
                .map(str::to_owned)
                .collect(),
            span: (lead(a), b.end),
        });
    }
    // "B (A en 2023)", "B (A a year earlier)", "B (A في 2023)": the earlier figure in
    // parentheses right after the later one, with nothing else but its time.
    if trimmed == "(" {
        return in_parentheses(text, a, b);
    }
    // "ارتفع إلى B، من A": the end figure after "إلى", then its start after "من" (not "و من",
    // which opens the next pair).
    let before_b = before_a;
    if crate::text::scan::match_end(before_b, TO_THEN_FROM.iter().copied()).is_some()
        && let Some(word) = ends_with_word(trimmed, &["من"])
    {
        let head = trimmed.get(..trimmed.len().saturating_sub(word.len()))?;
        if ends_with_word(head, COORDINATORS).is_some() {
            return None;
        }
        // "ارتفعت الحصة إلى B من A" with B below A: "من" there is "out of", not "from". The
        // verb before B must not go against the figures.
        let verb = window(text, lead(a).saturating_sub(REACH), lead(a));
        let said = |list: &[&str]| {
            list.iter()
                .any(|w| crate::text::scan::find_phrase(verb, w).is_some())
        };
        let (rise, fall) = (said(RISE_WORDS), said(FALL_WORDS));
        if (rise && !fall && can_only_fall(b, a)) || (fall && !rise && can_only_fall(a, b)) {
            return None;
        }
        return Some(Pair {
            from: b,
            to: a,
            links: vec![
                TO_THEN_FROM.first().copied().unwrap_or_default().to_owned(),
                word.to_owned(),
            ],
            span: (lead(a), b.end),
        });
    }
    // "à B, selon la banque centrale, qui en recensait A un an plus tôt": a relative clause
    // of the past, with a word of an earlier time after A.
    if let Some(word) = ends_with_word(trimmed, WHICH_HAD) {
        let after = window(text, b.end, b.end + REACH / 2);
        let after = after
            .find(['.', ';', '\u{061B}'])
            .and_then(|i| after.get(..i))
            .unwrap_or(after);
        let earlier = EARLIER
            .iter()
            .copied()
            .find(|w| crate::text::scan::find_phrase(after, w).is_some())?;
        return Some(Pair {
            from: b,
            to: a,
            links: vec![word.to_owned(), earlier.to_owned()],
            span: (lead(a), b.end),
        });
    }
    // "B contre A", "B مقابل A", "بلغت B بعد أن كانت A", "B, up from A".
    let word = ends_with_word(trimmed, AGAINST)?;
    // "from A1 to B1 and from A2 to B2": "from" after "and" opens the next pair.
    if word == "from" {
        let head = trimmed.get(..trimmed.len().saturating_sub(word.len()))?;
        if ends_with_word(head, COORDINATORS).is_some() {
            return None;
        }
    }
    Some(Pair {
        from: b,
        to: a,
        links: vec![word.to_owned()],
        span: (lead(a), b.end),
    })
}

/// The pair of `b` in parentheses right after `a`, its later figure, when the parentheses hold
/// nothing else than a word of an earlier time ("(A un an plus tôt)", "(A a year earlier)",
/// "(A قبل سنة)") or a period with at most a preposition ("(A en 2023)", "(A in 2023)", "(A
/// في 2023)"); a period of `a` written before it must then be of a later year.
fn in_parentheses<'a>(text: &str, a: &'a TextFigure, b: &'a TextFigure) -> Option<Pair<'a>> {
    let after = window(text, b.end, b.end + REACH / 2);
    let inside = after.get(..after.find(')')?)?;
    let words = inside.trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،'));
    let pair = |word: &str| Pair {
        from: b,
        to: a,
        links: vec!["(".to_owned(), word.to_owned()],
        span: (lead(a), b.end + inside.len() + 1),
    };
    if let Some(word) = EARLIER.iter().copied().find(|&w| w == words) {
        return Some(pair(word));
    }
    if words.is_empty() {
        return earlier_part_dated(text, lead(a)).then(|| pair("parallel"));
    }
    let period = period_in(text, b.end, b.end + inside.len())?;
    let year = period.period?.year();
    let before = window(text, b.end, period.start)
        .trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،'));
    let rest = window(text, period.end, b.end + inside.len())
        .trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،'));
    if !rest.is_empty()
        || !(before.is_empty() || ["en", "in", "في", "سنة", "خلال"].contains(&before))
    {
        return None;
    }
    // B's own words before it: back to the end of another part (a parenthesis, a semicolon,
    // a rate).
    let head = window(text, lead(a).saturating_sub(REACH / 2), lead(a));
    let own = head
        .rfind([')', ';', '%', '\u{061B}'])
        .map_or(lead(a) - head.len(), |i| lead(a) - head.len() + i + 1);
    let of_a = period_in(text, own, lead(a));
    if of_a
        .and_then(|p| p.period)
        .is_some_and(|p| p.year() <= year)
    {
        return None;
    }
    Some(pair("period"))
}

/// Whether the part of a list before the one that `at` is in (parts cut at semicolons) ends
/// its earlier figure in parentheses with a year: "cartes marocaines, B1 (A1 en 2023), +R1 % ;
/// cartes étrangères, B2 (A2), -R2 %". The later parts repeat the form of the first, and bare
/// parentheses there hold the earlier figure too. Reads at most [`REACH`] bytes back to the
/// semicolon and as many before it.
fn earlier_part_dated(text: &str, at: usize) -> bool {
    let own = window(text, at.saturating_sub(REACH), at);
    let Some(cut) = own.rfind([';', '\u{061B}']) else {
        return false;
    };
    if own
        .get(cut..)
        .is_some_and(|rest| rest.contains(['(', ')', '.']))
    {
        return false;
    }
    let end = at - own.len() + cut;
    let before = window(text, end.saturating_sub(REACH), end);
    let Some(close) = before.rfind(')') else {
        return false;
    };
    let Some(open) = before.get(..close).and_then(|b| b.rfind('(')) else {
        return false;
    };
    let inside = before.get(open + 1..close).unwrap_or_default();
    let inside = inside.trim_end_matches(is_space);
    let Some(year) = inside.get(inside.len().saturating_sub(4)..) else {
        return false;
    };
    let head =
        crate::text::scan::trim_end_spaces(inside.get(..inside.len() - 4).unwrap_or_default());
    year.parse::<u16>()
        .is_ok_and(|y| (1900..=2099).contains(&y))
        && ["en", "in", "في", "سنة"]
            .iter()
            .any(|w| crate::text::scan::phrase_before(head, w).is_some())
        && inside.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// The two pairs of "from A1 and A2 to B1 and B2" ("de A1 et A2 à B1 et B2", "من A1 وA2 إلى B1
/// وB2"), given the four figures in the order of the text, the lists already joined by a
/// coordinator: a start word right before A1, an end word alone between A2 and B1, and A1 and
/// A2 of two kinds, so that the kinds pair them and nothing else could.
fn from_list_to_list<'f>(
    text: &str,
    [a1, a2, b1, b2]: [&'f TextFigure; 4],
) -> Option<[Pair<'f>; 2]> {
    let from_word = word_before(text, a1, 16, FROM.iter().copied())?;
    let between =
        gap(text, a2.end, lead(b1))?.trim_matches(|c: char| is_space(c) || c == ',' || c == '،');
    let to_word = TO.iter().copied().find(|&w| w == between)?;
    list_pairs([a1, a2], [b1, b2], [from_word, to_word])
}

/// The word of `words` that ends right before figure `f` (spaces aside), within `reach` bytes.
fn word_before<'w>(
    text: &str,
    f: &TextFigure,
    reach: usize,
    words: impl Iterator<Item = &'w str> + Clone,
) -> Option<&'w str> {
    let before =
        crate::text::scan::trim_end_spaces(window(text, lead(f).saturating_sub(reach), lead(f)));
    let (i, _) = crate::text::scan::match_end(before, words.clone())?;
    words.into_iter().nth(i)
}

/// The pairs of two lists of figures, term by term, linked by `links`: when the first list's
/// two terms are of two kinds and the second's of the same kinds in the same order, so that the
/// kinds pair them and nothing else could.
fn list_pairs<'f>(
    [a1, a2]: [&'f TextFigure; 2],
    [b1, b2]: [&'f TextFigure; 2],
    links: [&'static str; 2],
) -> Option<[Pair<'f>; 2]> {
    if a1.kind() == a2.kind() || a1.kind() != b1.kind() || a2.kind() != b2.kind() {
        return None;
    }
    let pair = |from: &'f TextFigure, to: &'f TextFigure| Pair {
        from,
        to,
        links: links.iter().map(|w| (*w).to_owned()).collect(),
        span: (lead(from).min(lead(to)), from.end.max(to.end)),
    };
    Some([pair(a1, b1), pair(a2, b2)])
}

/// The two pairs of "to B1 and B2, from A1 and A2" ("rose 22% and 35%, respectively, to 3.7
/// million and MAD 1.4 billion, from 3 million and MAD 1.2 billion"), given the four figures in
/// the order of the text, the lists already joined by a coordinator: an end word right before
/// B1 ([`TO`], [`TO_VERBS`]: "ليبلغا"), a start word or a word of comparison alone between B2
/// and A1 ("from", "contre", "مقابل"), and B1 and B2 of two kinds, so that the kinds pair them
/// and nothing else could.
fn to_list_from_list<'f>(
    text: &str,
    [b1, b2, a1, a2]: [&'f TextFigure; 4],
) -> Option<[Pair<'f>; 2]> {
    let to_word = word_before(text, b1, 32, TO.iter().chain(TO_VERBS).copied())?;
    let between =
        gap(text, b2.end, lead(a1))?.trim_matches(|c: char| is_space(c) || c == ',' || c == '،');
    // "to B1 and B2, from A1 and A2", or "..., against A1 and A2": the end word before B1 makes
    // them the later figures, and the figures compared with them the earlier.
    let from_word = FROM
        .iter()
        .copied()
        .find(|&w| w == between)
        .or_else(|| ends_with_word(between, AGAINST).filter(|w| *w == between))?;
    list_pairs([a1, a2], [b1, b2], [to_word, from_word])
}

/// Words that announce a rate or a share alike: a rate only when no share words follow.
const WEAK_CUES: &[&str] = &["soit", "أي", "or", "i.e."];

/// Words after a percentage that make it a share of something: "du total", "des opérations",
/// "of all", "من مجموع".
const SHARE_OF: &[&str] = &[
    "du",
    "des",
    "de l'",
    "de la",
    "de leur",
    "of",
    "من",
    "مجموع",
];

/// The claim that `share` is the share of `total` that `part` makes, in `sentence`, linked by
/// `links`: the one form of the five ways the words write a share.
fn share_claim(
    (part, total, share): (&TextFigure, &TextFigure, &TextFigure),
    sentence: (usize, usize),
    links: [&'static str; 2],
) -> TextClaim {
    TextClaim {
        id: format!("share@{}", share.start),
        kind: ClaimKind::Share {
            part: part.clone(),
            total: total.clone(),
            stated: share.clone(),
        },
        sentence,
        links: links.map(str::to_owned).to_vec(),
        periods: Vec::new(),
    }
}

/// Whether share words follow the percentage that ends at `end`.
fn share_follows(text: &str, end: usize) -> bool {
    let after = window(text, end, end + 24);
    let after = after.trim_start_matches(|c: char| is_space(c));
    SHARE_OF
        .iter()
        .any(|w| crate::text::scan::phrase_at(after, w).is_some())
}

/// A percentage the words announce as a rate of change, with the word that does.
struct Rate<'a> {
    figure: &'a TextFigure,
    cue: &'static str,
    /// The noun of change written right after the rate ("a 14.3% increase", "a 3% drop"),
    /// with where it ends: the rate's own word of direction.
    noun_after: Option<(Direction, usize)>,
}

/// One sentence, its figures and its words.
struct Sentence<'t, 'f> {
    text: &'t str,
    span: (usize, usize),
    figures: Vec<&'f TextFigure>,
    marks: Marks,
}

/// Which way the words say a rate goes, with the word that says it.
#[derive(Clone, Copy)]
enum Direction {
    Fall(&'static str),
    Rise(&'static str),
}

impl Direction {
    fn word(self) -> &'static str {
        match self {
            Direction::Fall(w) | Direction::Rise(w) => w,
        }
    }
}

/// The nouns of change written right after a rate: those of a rise ([`RISE_NOUNS_AFTER`]),
/// then those of a fall ([`FALL_NOUNS_AFTER`]), in one set.
static NOUNS_AFTER: LazyLock<WordSet> = LazyLock::new(|| {
    let words: Vec<&'static str> = RISE_NOUNS_AFTER
        .iter()
        .chain(FALL_NOUNS_AFTER)
        .copied()
        .collect();
    WordSet::new(&words)
});

/// The words of a period or a manner between a rate and its noun ([`RATE_ADJECTIVES`]).
static ADJECTIVES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(RATE_ADJECTIVES));

/// The words of a change over a year ([`OVER_A_YEAR`]).
static OVER_A_YEAR_WORDS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(OVER_A_YEAR));

/// `rest` with the spaces it opens with left out.
fn past_spaces(rest: &str) -> &str {
    rest.trim_start_matches(|c: char| is_space(c))
}

/// The noun of change right after a percentage that ends at `end`, perhaps after a word of
/// its period ("a 14.3% increase", "a 3% year-on-year drop"): its direction, and where it ends.
// One walk of a trie of each list, not a test of each phrase in turn: measured on the bench's
// 1 MiB, the linker's look for these nouns took 19.2 M instructions phrase by phrase.
fn noun_after(text: &str, end: usize) -> Option<(Direction, usize)> {
    let after = window(text, end, end + 40);
    let mut rest = past_spaces(after);
    if let Some((_, len)) = ADJECTIVES.at_start(rest) {
        rest = past_spaces(rest.get(len..).unwrap_or_default());
    }
    let (index, len) = NOUNS_AFTER.at_start(rest)?;
    let word = NOUNS_AFTER.word(index)?;
    let direction = if index < RISE_NOUNS_AFTER.len() {
        Direction::Rise(word)
    } else {
        Direction::Fall(word)
    };
    // Where `rest` starts in the text.
    let at = end + after.len() - rest.len();
    Some((direction, at + len))
}

/// Whether `rate` ends its sentence (which ends at `end`), perhaps with its noun and the words
/// of a change over a year after it ("en hausse de 13 % sur un an."): nothing after it gives
/// it a base of its own ("up R% on the first half").
fn rate_ends_sentence(text: &str, rate: &TextFigure, end: usize) -> bool {
    let rest = noun_after(text, rate.end).map_or(rate.end, |(_, e)| e);
    let rest = over_a_year_at(text, rest).map_or(rest, |(_, e)| e);
    window(text, rest, end)
        .trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،' | ')' | '.'))
        .is_empty()
}

/// The words of a change over a year ([`OVER_A_YEAR`]) that open the text at `at`, after
/// spaces ("18% y/y from A", "de 18 % sur un an, contre A"), with where they end.
fn over_a_year_at(text: &str, at: usize) -> Option<(&'static str, usize)> {
    let after = window(text, at, at + 32);
    let rest = past_spaces(after);
    let (index, len) = OVER_A_YEAR_WORDS.at_start(rest)?;
    Some((
        OVER_A_YEAR_WORDS.word(index)?,
        at + after.len() - rest.len() + len,
    ))
}

/// The word that names `a` as the base of `rate` when it is all that stands between them,
/// after the rate's noun if it has one and the words of a change over a year: "up 14% from
/// A", "a 14% increase from A", "up 14% y/y from A", "en hausse de 14 % par rapport à A",
/// "بنسبة 14 في المائة مقارنة مع A" ([`BASE_OF_RATE`]).
fn base_of_rate(text: &str, rate: &TextFigure, a: &TextFigure) -> Option<&'static str> {
    let start = noun_after(text, rate.end).map_or(rate.end, |(_, end)| end.min(lead(a)));
    let start = over_a_year_at(text, start).map_or(start, |(_, end)| end.min(lead(a)));
    let words = window(text, start, lead(a))
        .trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،' | ')' | '('));
    BASE_OF_RATE.iter().copied().find(|&w| w == words)
}

/// The word that names a year as the base of `rate`, the base's figure `a` in parentheses right
/// after it: "en progression de 17 % par rapport à 2022 (A)", "up 17% from 2022 (A)", "بارتفاع 17
/// في المائة مقارنة بسنة 2022 (A)". The parentheses hold `a` alone; between the rate (and its
/// noun) and them stand only a word of [`BASE_OF_RATE`] and the year, perhaps after "l'année",
/// "سنة" or "عام"; and no year written from `from` to the rate is the base's or before it.
fn base_year_of_rate(
    text: &str,
    (from, rate, a): (usize, &TextFigure, &TextFigure),
) -> Option<&'static str> {
    let closes = window(text, a.end, a.end + 8)
        .trim_start_matches(is_space)
        .starts_with(')');
    let start = noun_after(text, rate.end).map_or(rate.end, |(_, end)| end.min(lead(a)));
    let words = crate::text::scan::trim_end_spaces(window(text, start, lead(a)));
    let words = words.strip_suffix('(')?;
    let words = crate::text::scan::trim_end_spaces(words);
    let year_at = words.len().checked_sub(4)?;
    let year = words.get(year_at..)?;
    let base = year
        .parse::<u16>()
        .ok()
        .filter(|y| (1900..=2099).contains(y))?;
    // A year written before the rate (B's own, "en 2022") must be later than the base.
    let earlier_year = window(text, from, lead(rate))
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse::<u16>().ok())
        .any(|y| (1900..=base).contains(&y));
    if !closes || earlier_year {
        return None;
    }
    let mut head = crate::text::scan::trim_end_spaces(words.get(..year_at)?);
    for noun in ["l'année", "l'an", "سنة", "عام", "بسنة", "بعام"] {
        if let Some(at) = crate::text::scan::phrase_before(head, noun) {
            let rest = head.get(..at).unwrap_or_default();
            // "مقارنة بسنة": the preposition glued to the noun.
            head = if noun.starts_with('ب') {
                return (crate::text::scan::trim_end_spaces(rest) == "مقارنة")
                    .then_some("مقارنة ب");
            } else {
                crate::text::scan::trim_end_spaces(rest)
            };
            break;
        }
    }
    let head = head.trim_start_matches(|c: char| is_space(c) || matches!(c, ',' | '،'));
    BASE_OF_RATE.iter().copied().find(|&w| w == head)
}

/// A pair or a rate, in the order of the words.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Item {
    Pair(usize),
    Rate(usize),
}

impl<'f> Sentence<'_, 'f> {
    /// Links the sentence, with the sentences before it in reach; returns the starts of the
    /// figures its claims used, and the pairs its words tie that no claim used.
    fn link(
        &self,
        recent: &[Recent<'_>],
        out: &mut LinkedText,
    ) -> (Vec<usize>, Vec<(usize, usize, String)>) {
        let text = self.text;
        let percent_pairs = pairs(
            text,
            &self.figures,
            |f| f.kind() == FigureKind::Percent,
            None,
        );
        // Figure starts are unique and pairs come in text order: a sorted list answers "is
        // this figure in a pair" by binary search, so a sentence of many pairs stays linear.
        let percent_pair_starts = pair_starts(&percent_pairs);
        let in_percent_pair = |f: &TextFigure| percent_pair_starts.binary_search(&f.start).is_ok();
        let points = self.points_change(&percent_pairs);
        for p in &percent_pairs {
            if points.as_ref().is_some_and(|c| c.sentence == self.span) {
                continue;
            }
            out.not_checked.push(NotChecked::new(
                Unlinked::ChangeOfPercentages,
                self.span,
                vec![p.from.clone(), p.to.clone()],
                Vec::new(),
            ));
        }
        out.claims.extend(points);
        let pairs = pairs(text, &self.figures, is_quantity, Some(self));
        let mut rates = self.rates(&pairs, &in_percent_pair);
        // "Despite a 2.3% rise in the number of ATMs to 8,150, payments jumped 31% to B from A":
        // a rate whose own words name a count of something else is of none of our pairs, and
        // competes for none.
        rates.retain(|rate| {
            let other = self.rate_of_something_else(rate);
            if other {
                out.not_checked.push(NotChecked::alone(
                    Unlinked::AnotherQuantity,
                    self.span,
                    rate.figure,
                ));
            }
            !other
        });
        let mut used = Vec::new();
        // "de 8 à 9,2 milliards de dirhams, en hausse de 1,2 milliard": the pair's change in its
        // own unit, checked beside any rate.
        for pair in &pairs {
            if let Some(claim) = self.change_of_pair(pair, &pairs) {
                used.extend(claim.kind.figures().into_iter().map(|(_, f)| f.start));
                out.claims.push(claim);
            }
        }
        if pairs.is_empty() {
            if let [rate] = rates.as_slice()
                && !self.figures.iter().any(|f| is_quantity(f))
            {
                self.link_to_recent(rate, recent, out);
                return (used, Vec::new());
            }
            if rates.len() > 1
                && !self.figures.iter().any(|f| is_quantity(f))
                && let Some(word) = self
                    .marks
                    .first(self.span.0, self.span.1, Words::Respective)
            {
                self.list_to_recent(&rates, word, None, recent, out);
                return (used, Vec::new());
            }
            // "That represents increases of 27% in volume and 28% in value": each rate says
            // the quantity it is of.
            if rates.len() > 1
                && !self.figures.iter().any(|f| is_quantity(f))
                && let Some((word, kinds)) = self.dimensions_of(&rates)
            {
                self.list_to_recent(&rates, word, Some(&kinds), recent, out);
                return (used, Vec::new());
            }
            if let [rate] = rates.as_slice()
                && self.earlier_after_rate(rate, recent, out)
            {
                return (used, Vec::new());
            }
            if let Some(claim) = self
                .share_of_recent(recent)
                .or_else(|| self.share_of_previous_part(recent))
                .or_else(|| self.average_of_recent(recent))
            {
                used.extend(claim.kind.figures().into_iter().map(|(_, f)| f.start));
                out.claims.push(claim);
                return (used, Vec::new());
            }
            let before = out.claims.len();
            self.share_or_within(&in_percent_pair, out);
            self.average_ticket(recent, out);
            for claim in out.claims.get(before..).unwrap_or_default() {
                used.extend(claim.kind.figures().into_iter().map(|(_, f)| f.start));
            }
            if out.claims.len() == before {
                for rate in &rates {
                    if !WEAK_CUES.contains(&rate.cue) {
                        out.not_checked.push(NotChecked::alone(
                            Unlinked::NoPairInReach,
                            self.span,
                            rate.figure,
                        ));
                    }
                }
            }
            return (used, Vec::new());
        }
        if rates.is_empty()
            && let Some(claim) = self.pair_of_headline(&pairs, recent, out)
        {
            used.extend(claim);
            return (used, Vec::new());
        }
        if rates.is_empty()
            && let Some(claims) = self.pairs_of_lead_rates(&pairs, recent, out)
        {
            used.extend(claims);
            return (used, Vec::new());
        }
        // "Transactions went up from 12.3 million to 14.1 million and payments from MAD 3.9
        // billion to MAD 4.6 billion, a rise of 14.6%": a number with a scale word that the reader
        // left out (its unit not told) may be a pair the rate belongs to.
        if !rates.is_empty() && unread_number(text, self.span, self.figures.iter().copied(), true) {
            for rate in &rates {
                out.not_checked.push(NotChecked::alone(
                    Unlinked::UnreadNumber,
                    self.span,
                    rate.figure,
                ));
            }
            return (used, Vec::new());
        }
        let respectively = self
            .marks
            .first(self.span.0, self.span.1, Words::Respective);
        let (mut matches, mut unmatched, mut lone) =
            self.match_parts(&pairs, &rates, respectively.is_some());
        // "Le nombre de cartes a augmenté de 6 %, tandis que le nombre d'opérations est passé
        // de A à B, soit une hausse de 23 %": where rates are left with several pairings and
        // there are more rates than pairs, a rate whose own words name a quantity that none of
        // the pairs is competes for none, and the others are matched again without it.
        if !unmatched.is_empty() && rates.len() > pairs.len() {
            let not_ours = |named: FigureKind| pairs.iter().all(|p| p.to.kind() != named);
            let (others, ours): (Vec<Rate<'_>>, Vec<Rate<'_>>) = std::mem::take(&mut rates)
                .into_iter()
                .partition(|rate| self.rate_names_another(rate, &not_ours));
            rates = ours;
            if !others.is_empty() {
                for rate in &others {
                    out.not_checked.push(NotChecked::alone(
                        Unlinked::AnotherQuantity,
                        self.span,
                        rate.figure,
                    ));
                }
                (matches, unmatched, lone) =
                    self.match_parts(&pairs, &rates, respectively.is_some());
            }
        }
        for rate in lone.iter().filter_map(|&r| rates.get(r)) {
            out.not_checked.push(NotChecked::alone(
                Unlinked::NoPairInReach,
                self.span,
                rate.figure,
            ));
        }
        // Rates "respectivement" in a list go with the pairs in order; the words before the
        // list name the quantities of all of them ("le nombre et le montant ont augmenté
        // respectivement de R1 et R2").
        let group: Vec<FigureKind> = if respectively.is_some() && matches.len() > 1 {
            matches
                .iter()
                .filter_map(|&(p, _)| pairs.get(p))
                .map(|p| p.to.kind())
                .collect()
        } else {
            Vec::new()
        };
        for (pair_index, rate_index) in matches {
            let (Some(pair), Some(rate)) = (pairs.get(pair_index), rates.get(rate_index)) else {
                continue;
            };
            let inner = (
                pair.span.0.min(lead(rate.figure)),
                pair.span.1.max(rate.figure.end),
            );
            let clause = self.own_clause(clause_of(pair.span, rate.figure, self.span), inner);
            if self.growth(pair, rate, clause, respectively, &group, self.span, out) {
                used.extend([pair.from.start, pair.to.start, rate.figure.start]);
            }
        }
        for rate in unmatched.iter().filter_map(|&r| rates.get(r)) {
            // The candidates are the pairs nearest the rate on either side: the readings a
            // reader would weigh (and a bounded list in a long sentence).
            let after = pairs.partition_point(|p| p.span.0 < rate.figure.start);
            let near = pairs
                .get(after.saturating_sub(2)..(after + 2).min(pairs.len()))
                .unwrap_or_default();
            let candidates = near
                .iter()
                .map(|p| ClaimKind::Growth {
                    from: p.from.clone(),
                    to: p.to.clone(),
                    stated: rate.figure.clone(),
                })
                .collect();
            let mut figures = vec![rate.figure.clone()];
            figures.extend(near.iter().flat_map(|p| [p.from.clone(), p.to.clone()]));
            out.not_checked.push(NotChecked::new(
                Unlinked::SeveralPairings,
                self.span,
                figures,
                candidates,
            ));
        }
        // The pairs no claim used, for a rate in the next sentence ("Soit une hausse de R %").
        used.sort_unstable();
        let tied = pairs
            .iter()
            .filter(|p| used.binary_search(&p.from.start).is_err())
            .map(|p| {
                let word = p.links.first().cloned().unwrap_or_default();
                (p.from.start, p.to.start, word)
            })
            .collect();
        (used, tied)
    }

    /// The rates of the sentence matched with its pairs, part by part ([`Sentence::parts`]), or
    /// as a whole after "respectivement": the pairs and rates matched (by index), the rates left
    /// with several pairings, and those of a part with no pair of its own.
    #[allow(clippy::type_complexity)]
    fn match_parts(
        &self,
        pairs: &[Pair<'f>],
        rates: &[Rate<'_>],
        respectively: bool,
    ) -> (Vec<(usize, usize)>, Vec<usize>, Vec<usize>) {
        let mut items: Vec<(usize, Item)> = pairs
            .iter()
            .enumerate()
            .map(|(i, p)| (p.span.0, Item::Pair(i)))
            .chain(
                rates
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.figure.start, Item::Rate(i))),
            )
            .collect();
        items.sort_by_key(|(at, _)| *at);
        let order: Vec<Item> = items.iter().map(|(_, item)| *item).collect();
        // A sentence of several parts ("de 14 % (de A à B), et en valeur de 11 % (de C à D)")
        // is matched part by part; with "respectivement", as a whole.
        let parts = if respectively {
            std::iter::once(0..order.len()).collect()
        } else {
            self.parts(&order, pairs, rates)
        };
        let mut matches = Vec::new();
        let mut unmatched = Vec::new();
        let mut lone = Vec::new();
        for part in parts {
            let part_order = order.get(part).unwrap_or_default();
            let first_pair = part_order.iter().find_map(|item| match item {
                Item::Pair(p) => Some(*p),
                Item::Rate(_) => None,
            });
            let first_rate = part_order.iter().find_map(|item| match item {
                Item::Rate(r) => Some(*r),
                Item::Pair(_) => None,
            });
            // Indices within the part: its pairs and its rates are consecutive in their lists.
            let local: Vec<Item> = part_order
                .iter()
                .map(|item| match *item {
                    Item::Pair(p) => Item::Pair(p - first_pair.unwrap_or(0)),
                    Item::Rate(r) => Item::Rate(r - first_rate.unwrap_or(0)),
                })
                .collect();
            let pair_count = local.iter().filter(|i| matches!(i, Item::Pair(_))).count();
            let rate_count = local.len() - pair_count;
            match match_rates(&local, pair_count, rate_count, respectively) {
                Some(found) => matches.extend(
                    found
                        .into_iter()
                        .map(|(p, r)| (p + first_pair.unwrap_or(0), r + first_rate.unwrap_or(0))),
                ),
                // A rate of a part with no pair of its own ("..., tandis que le montant a
                // reculé de 3 %"): nothing of its part to compute it from.
                None if pair_count == 0 => {
                    lone.extend((0..rate_count).map(|r| r + first_rate.unwrap_or(0)));
                }
                None => unmatched.extend((0..rate_count).map(|r| r + first_rate.unwrap_or(0))),
            }
        }
        (matches, unmatched, lone)
    }

    /// The rise or fall of `pair` in its own unit, stated by the figure of its kind right after
    /// its later figure, with only the words of a change between them, one of which says its
    /// direction ("en hausse de 1,2 milliard", "an increase of MAD 1.2 billion", "بزيادة قدرها
    /// 1,2 مليار درهم"). A figure that is itself in a pair, or words that say no direction
    /// (", soit 1,2 milliard"), give nothing.
    fn change_of_pair(&self, pair: &Pair<'f>, pairs: &[Pair<'f>]) -> Option<TextClaim> {
        // One pair in the sentence: with two, a change may be of either.
        if pairs.len() != 1 {
            return None;
        }
        let last = pair.later();
        let at = self.figures.iter().position(|f| f.start == last.start)?;
        let stated = *self.figures.get(at + 1)?;
        if stated.kind() != pair.from.kind()
            || pairs
                .iter()
                .any(|p| p.from.start == stated.start || p.to.start == stated.start)
        {
            return None;
        }
        let (fall, rise) = change_words(window(self.text, last.end, stated.start))?;
        if fall == rise {
            return None;
        }
        // After the change, up to the next figure or the end of the sentence: nothing, or the
        // words of a change before a rate ("(+15 %)", "ou 15 %", "soit +15 %"). Anything else
        // may make it the change of a part, of another period or against another base ("en
        // hausse de 1,2 milliard pour les cartes marocaines", "par rapport à 2021", "year on
        // year"), or the first of a list of changes.
        let following = self.figures.get(at + 2);
        let next = following.map_or(self.span.1, |f| lead(f).min(self.span.1));
        let after = window(self.text, stated.end, next)
            .trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،' | '.' | ')' | ';'));
        let before_a_rate = following.is_some_and(|f| f.kind() == FigureKind::Percent)
            && only_change_words(after).is_some();
        if !after.is_empty() && !before_a_rate {
            return None;
        }
        let mut links = pair.links.clone();
        links.push(if fall { "fall" } else { "rise" }.to_owned());
        let (from, to) = (pair.from.clone(), pair.to.clone());
        let kind = if fall {
            ClaimKind::Decrease {
                from,
                to,
                stated: stated.clone(),
            }
        } else {
            ClaimKind::Increase {
                from,
                to,
                stated: stated.clone(),
            }
        };
        Some(TextClaim {
            id: format!("{}@{}", kind.name(), pair.to.start),
            kind,
            sentence: self.span,
            links,
            periods: claim_periods(self.text, pair, self.span.1),
        })
    }

    /// The change in points of the one pair of percentages of the sentence, stated by its one
    /// figure in points right after it, no other figure between them: "la part est passée de
    /// 14,2 % à 23,8 %, soit un gain de 9,6 points", "rose from 14.2% to 23.8%, up 9.6
    /// percentage points". The points take the sign a word of a fall in the clause gives them
    /// ("un recul de 9,6 points"), or, with no such word and no sign, that of a pair that can
    /// only have fallen. Anything else (two pairs, two figures in points, a figure between)
    /// leaves the pair not checked.
    fn points_change(&self, percent_pairs: &[Pair<'_>]) -> Option<TextClaim> {
        let [pair] = percent_pairs else {
            return None;
        };
        let mut points = self
            .figures
            .iter()
            .filter(|f| f.kind() == FigureKind::PercentagePoints);
        let (Some(&stated), None) = (points.next(), points.next()) else {
            return None;
        };
        if stated.end <= lead(pair.first()) {
            return self.points_before(pair, stated);
        }
        let last = pair.later();
        if stated.start < last.end
            || self
                .figures
                .iter()
                .any(|f| f.start > last.start && f.start < stated.start)
        {
            return None;
        }
        // Between the pair and its points, the words of the change alone: "tandis que celle des
        // cartes prépayées a gagné 2 points" is the change of another share.
        // The period of the later share may come first: "de 27 % à 31 % en 2023, soit une
        // hausse de 4 points".
        let from = period_in(self.text, last.end, stated.start)
            .filter(|p| {
                window(self.text, last.end, p.start)
                    .trim_matches(is_space)
                    .is_empty()
            })
            .map_or(last.end, |p| p.end);
        let between = window(self.text, from, stated.start);
        // Or the span of time the change took: "from 86.5% to 93.1% in one year, a gain of",
        // "de 14,8 % à 11,3 % un an plus tard, soit"; or, after the earlier share written
        // last, the words of its earlier time: "climbed to 18.4% from 15.9% a year earlier, a
        // gain of", "à 18,4 % contre 15,9 % un an plus tôt, soit".
        let times: &[&str] = if std::ptr::eq(last, pair.from) {
            EARLIER
        } else {
            LATER
        };
        let between = between
            .split_once([',', '،'])
            .filter(|(head, _)| {
                let head = head.trim_matches(is_space);
                // "sur la même période", "over the same period", "خلال الفترة نفسها": the span
                // both shares are read over.
                let same_period = head.split(is_space).count() <= 5
                    && SAME_PERIOD.iter().any(|w| head.ends_with(w));
                is_duration(head)
                    || same_period
                    || times.iter().any(|w| head.eq_ignore_ascii_case(w))
            })
            .map_or(between, |(_, rest)| rest);
        let mut fall = only_change_words(between)?;
        // And nothing after the points, in their own clause, that makes them the change of
        // another share ("soit un gain de 12 points pour le paiement par carte"), but a
        // comparative that says which way they went ("soit 4 points de moins", "4 points
        // more") or the span of time the change took ("a gain of 9 points over two years").
        // A clause after a comma is another remark ("..., les cartes marocaines consolidant
        // leur position").
        let rest = window(self.text, stated.end, self.span.1);
        let own_clause = rest
            .find([',', '،', ';', '\u{061B}', '('])
            .and_then(|i| rest.get(..i))
            .unwrap_or(rest);
        // A quote may close after the points: "... a gain of 6.6 percentage points," he said.
        let after = own_clause
            .trim_matches(|c: char| is_space(c) || matches!(c, '.' | ')' | '"' | '\u{201D}' | '»'));
        let after = if is_duration(after) { "" } else { after };
        let comparative = POINTS_COMPARED
            .iter()
            .find(|(w, _)| after.eq_ignore_ascii_case(w))
            .map(|&(_, less)| less);
        if !after.is_empty() && comparative.is_none() && only_change_words(after).is_none() {
            return None;
        }
        if comparative == Some(true) {
            fall = true;
        }
        let rise = !fall
            && (comparative == Some(false)
                || self
                    .marks
                    .first(last.end, stated.start, Words::Rises)
                    .is_some());
        Some(self.points_claim(pair, stated, pair.links.clone(), fall, rise))
    }

    /// The claim that `stated` points are the change from the pair's earlier share to its
    /// later one, linked by `links`. An unsigned change is a fall where the words say so
    /// (`fall`), or where they say neither way and the pair can only have fallen.
    fn points_claim(
        &self,
        pair: &Pair<'_>,
        stated: &TextFigure,
        mut links: Vec<String>,
        fall: bool,
        rise: bool,
    ) -> TextClaim {
        let mut figure = stated.clone();
        let explicit_sign = stated.text.starts_with(['+', '-', '\u{2212}']);
        if !explicit_sign && figure.value() > rust_decimal::Decimal::ZERO {
            if fall {
                figure.figure = figure.figure.negated();
                links.push("fall".to_owned());
            } else if !rise && can_only_fall(pair.from, pair.to) {
                figure.figure = figure.figure.negated();
                links.push("figures fall".to_owned());
            }
        }
        links.push("points".to_owned());
        TextClaim {
            id: format!("points_change@{}", pair.to.start),
            kind: ClaimKind::PointsChange {
                from: pair.from.clone(),
                to: pair.to.clone(),
                stated: figure,
            },
            sentence: self.span,
            links,
            periods: claim_periods(self.text, pair, self.span.1),
        }
    }

    /// A change in points written before its pair of shares, joined to it by a participle of
    /// passing: "a gagné 4 points, passant de 27 % à 31 %", "lost 4 percentage points, falling
    /// from 31% to 27%", "ارتفعت حصة البطاقات المغربية بـ4 نقاط، منتقلة من 27 في المائة إلى 31 في
    /// المائة". Only in this shape:
    /// - a verb of change ([`POINTS_VERBS`]) right before the points (in Arabic, the verb opens
    ///   the clause and "بـ" stands before them), which gives the change its direction;
    /// - between the points and the pair, the participle and the pair's opening word alone, or
    ///   "à", "to" before a pair that names the later share first ("gagne 4 points, à 18 %
    ///   contre 14 %", "dropped 3 percentage points to 12% from 15%");
    /// - no figure after the pair in the sentence.
    fn points_before(&self, pair: &Pair<'_>, stated: &TextFigure) -> Option<TextClaim> {
        let text = self.text;
        let first = pair.first();
        if self
            .figures
            .iter()
            .any(|f| (f.start > stated.start && f.start < first.start) || f.start >= pair.span.1)
        {
            return None;
        }
        let between = window(text, stated.end, lead(first))
            .trim_matches(|c: char| is_space(c) || c == ',' || c == '\u{060C}');
        let mut words = between.split(is_space).filter(|w| !w.is_empty());
        // The participle and the pair's opening word ("passant de"), or the word of the level
        // reached before a pair that names the later share first ("à 18 % contre 14 %", "to
        // 12% from 15%").
        let passing = match (words.next(), words.next(), words.next()) {
            (Some(passing), Some(opening), None)
                if PASSING_ON.contains(&passing.to_lowercase().as_str())
                    && pair.links.first().is_some_and(|w| w == opening) =>
            {
                passing
            }
            (Some(to), None, None)
                if ["à", "to", "إلى"].contains(&to) && first.start == pair.to.start =>
            {
                to
            }
            _ => return None,
        };
        // The verb: right before the points ("a gagné", "a progressé de"), or opening an Arabic
        // clause whose points follow "بـ".
        let head_start = self
            .figures
            .iter()
            .filter(|f| f.end <= stated.start)
            .map(|f| f.end)
            .max()
            .unwrap_or(self.span.0)
            .max(self.span.0);
        let head = crate::text::scan::trim_end_spaces(window(text, head_start, stated.start));
        let verb = if let Some(arabic) = head.strip_suffix("بـ").or_else(|| head.strip_suffix('ب'))
        {
            let clause = arabic
                .rsplit(['.', ',', '\u{060C}', ';', '\u{061B}'])
                .next()
                .unwrap_or(arabic)
                .trim_start_matches(is_space);
            let opening = clause.split(is_space).next().unwrap_or_default();
            let opening = opening.strip_prefix('و').unwrap_or(opening);
            POINTS_VERBS.iter().find(|(w, _)| *w == opening).copied()
        } else {
            let head = ends_with_word(head, &["de", "by", "of"])
                .and_then(|w| head.get(..head.len() - w.len()))
                .map_or(head, crate::text::scan::trim_end_spaces);
            POINTS_VERBS
                .iter()
                .find(|(w, _)| ends_with_word(head, &[w]).is_some())
                .copied()
        };
        let (verb, fall) = verb?;
        let mut links = vec![verb.to_owned(), passing.to_owned()];
        links.extend(pair.links.iter().cloned());
        // The verb says which way: a verb of a rise keeps the change a rise.
        Some(self.points_claim(pair, stated, links, fall, !fall))
    }

    /// The parts of a sentence's pairs and rates (`order`), as ranges of it: a part ends after
    /// one pair and one rate when the words after them open another part with a coordinator
    /// or a contrast ("..., et en valeur de 11 % (de C à D)", "..., and 9% in value", "،
    /// وارتفع"), so that each rate takes the pair of its own part. Anything else is one part.
    fn parts(
        &self,
        order: &[Item],
        pairs: &[Pair<'_>],
        rates: &[Rate<'_>],
    ) -> Vec<std::ops::Range<usize>> {
        let span_of = |item: &Item| match *item {
            Item::Pair(p) => pairs.get(p).map(|p| p.span),
            Item::Rate(r) => rates.get(r).map(|r| (lead(r.figure), r.figure.end)),
        };
        let mut parts = Vec::new();
        let mut start = 0;
        let (mut pair_count, mut rate_count) = (0, 0);
        // Where the part's words end: a pair may hold its rate ("B (+R %), contre A").
        let mut part_end = 0;
        for (i, item) in order.iter().enumerate() {
            match item {
                Item::Pair(_) => pair_count += 1,
                Item::Rate(_) => rate_count += 1,
            }
            part_end = part_end.max(span_of(item).map_or(0, |s| s.1));
            let Some(next) = order.get(i + 1).and_then(span_of) else {
                break;
            };
            if (pair_count, rate_count) != (1, 1) {
                continue;
            }
            let opens = part_end <= next.0
                && (gap(self.text, part_end, next.0).is_some_and(opens_with_coordinator)
                    || opens_with_semicolon(window(self.text, part_end, next.0)));
            if opens {
                parts.push(start..i + 1);
                start = i + 1;
                (pair_count, rate_count) = (0, 0);
            }
        }
        parts.push(start..order.len());
        parts
    }

    /// Where the clause of a figure ending at `end` stops: at the figure at `next`, or the
    /// sentence's end, within reach.
    fn clause_end(&self, next: usize, end: usize) -> usize {
        self.figures
            .get(next)
            .map_or(self.span.1, |f| lead(f))
            .min(end.saturating_add(REACH / 2))
            .min(self.span.1)
    }

    /// "period" when the years say that A is earlier than B: A's period in the words after it
    /// (`a`: A and the end of its clause), B's in the words after it up to `b_until` or in
    /// those that open the sentence before `b_first` ("Au premier trimestre 2024, ... B"; `b`:
    /// the first figure of B's list, the last, and where B's words stop).
    fn earlier_by_periods(
        &self,
        (a, a_until): (&TextFigure, usize),
        (b_first, b_last, b_until): (&TextFigure, &TextFigure, usize),
    ) -> Option<&'static str> {
        let text = self.text;
        let of_a = period_in(text, a.end, a_until)?.period?;
        // B's period after it, or in the words that open its sentence, or, in a long opening,
        // in the words right before it ("وبلغ عدد ومبلغ العمليات المنجزة عبر الإنترنت خلال سنة
        // 2022، B1 وB2").
        let mut near = lead(b_first).saturating_sub(PERIOD_BEFORE).max(self.span.0);
        while !text.is_char_boundary(near) {
            near += 1;
        }
        let of_b = period_in(text, b_last.end, b_until)
            .or_else(|| period_in(text, self.span.0, lead(b_first)))
            .or_else(|| {
                (near > self.span.0)
                    .then(|| period_in(text, near, lead(b_first)))
                    .flatten()
            })?
            .period?;
        (of_a.year() < of_b.year()).then_some("period")
    }

    /// Two pairs from two lists in parallel, the later figures first: "à B1 et B2, contre A1 et
    /// A2 un an plus tôt", "B1 and B2, against A1 and A2 a year earlier", "B1 وB2 مقابل A1
    /// وA2 في السنة الماضية", from the figures at `i` to `i + 3`. Each figure goes with the one
    /// at its place in the other list, of its kind; as with a rate between two figures
    /// ([`Sentence::pair_around`]), a word or the years must make the second list the earlier.
    fn parallel_pairs(&self, i: usize) -> Option<[Pair<'f>; 2]> {
        let text = self.text;
        let (b1, b2, a1, a2) = (
            *self.figures.get(i)?,
            *self.figures.get(i + 1)?,
            *self.figures.get(i + 2)?,
            *self.figures.get(i + 3)?,
        );
        if !is_quantity(b2) || b1.kind() != a1.kind() || b2.kind() != a2.kind() {
            return None;
        }
        // The terms of a list are joined by a coordinator, or a count by the words that give
        // its value: "B1 worth B2, compared with A1 and A2", "A1 pour un montant de A2",
        // "B1 بقيمة B2، مقابل A1 بقيمة A2".
        if !self.terms_joined(b1, b2) || !self.terms_joined(a1, a2) {
            return None;
        }
        // "from A1 and A2 to B1 and B2": the start figures first, after a start word, and
        // the end figures after an end word; two kinds, so that each pair is of one.
        if let Some(pairs) = from_list_to_list(text, [b1, b2, a1, a2]) {
            return Some(pairs);
        }
        let between = gap(text, b2.end, lead(a1))?;
        // "to B1 and B2, from A1 and A2": the end figures after an end word, then the start
        // figures after a start word alone; two kinds, so that each pair is of one.
        if let Some(pairs) = to_list_from_list(text, [b1, b2, a1, a2]) {
            return Some(pairs);
        }
        let word = ends_with_word(
            between.trim_matches(|c: char| is_space(c) || c == ',' || c == '،'),
            AGAINST,
        )?;
        let clause_end = self.clause_end(i + 4, a2.end);
        let marker = self.second_list_earlier(a2, clause_end, (b1, b2, lead(a1)))?;
        let pair = |from: &'f TextFigure, to: &'f TextFigure| Pair {
            from,
            to,
            links: vec![word.to_owned(), marker.to_owned()],
            span: (lead(to), from.end),
        };
        Some([pair(a1, b1), pair(a2, b2)])
    }

    /// The word that makes the second of two lists in parallel the earlier: a word of the
    /// earlier time in the clause of its last figure `a2` (up to `clause_end`), or the years
    /// of both lists ([`Sentence::earlier_by_periods`]; `b`: the first and last figures of the
    /// later list, and where its words stop).
    fn second_list_earlier(
        &self,
        a2: &TextFigure,
        clause_end: usize,
        b: (&TextFigure, &TextFigure, usize),
    ) -> Option<&'static str> {
        self.marks
            .first(a2.end, clause_end, Words::Earlier)
            .or_else(|| self.earlier_by_periods((a2, clause_end), b))
    }

    /// Whether `x` and `y` are two terms of a list: joined by a coordinator, or a count and
    /// the words that give its value ("B1 worth B2", "A1 pour un montant de A2", "B1 بقيمة B2").
    fn terms_joined(&self, x: &TextFigure, y: &TextFigure) -> bool {
        gap(self.text, x.end, lead(y)).is_some_and(|g| {
            let g = g.trim_matches(|c: char| is_space(c) || c == ',' || c == '،');
            COORDINATORS.contains(&g)
                || (x.kind() == FigureKind::Transactions
                    && y.kind() == FigureKind::AmountMad
                    && VALUE_ASIDES.contains(&g.to_lowercase().as_str()))
        })
    }

    /// Two pairs from two lists in parallel with a list of rates between them, the later
    /// figures first: "B1 وB2، بارتفاع نسبته R1 وR2 مقارنة مع A1 وA2 خلال الفترة نفسها من
    /// 2022", "B1 et B2, en hausse de R1 et R2 par rapport à A1 et A2 un an plus tôt", from the
    /// figures at `i` to `i + 5`. The lists are of two kinds, each figure going with the one of
    /// its kind at its place in the other list; a word of comparison stands right before A1,
    /// and a word or the years make the second list the earlier, as for one pair around its
    /// rate ([`Sentence::pair_around`]). The rates are left to be read as rates.
    fn lists_around(&self, i: usize) -> Option<[Pair<'f>; 2]> {
        let text = self.text;
        let at = |k: usize| self.figures.get(k).copied();
        let (b1, b2, r1, r2, a1, a2) = (
            at(i)?,
            at(i + 1)?,
            at(i + 2)?,
            at(i + 3)?,
            at(i + 4)?,
            at(i + 5)?,
        );
        // The kinds first, before any word is read: two quantities, then two percentages.
        let percent = |f: &TextFigure| f.kind() == FigureKind::Percent;
        if !percent(r1) || !percent(r2) || !is_quantity(b1) || !is_quantity(b2) {
            return None;
        }
        // Between B2 and the rates, the words of the change, perhaps after B's period ("B1 et
        // B2 en 2022, en hausse de").
        let near = gap(text, b2.end, lead(r1)).is_some()
            || gap_past_period(text, b2.end, lead(r1)).is_some();
        if !self.terms_joined(b1, b2)
            || !self.terms_joined(a1, a2)
            || !self.terms_joined(r1, r2)
            || !near
        {
            return None;
        }
        let after_rates = gap(text, r2.end, lead(a1))?
            .trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،'));
        let word = ends_with_word(after_rates, AGAINST)?;
        let clause_end = self.clause_end(i + 6, a2.end);
        let marker = self.second_list_earlier(a2, clause_end, (b1, b2, lead(r1)))?;
        // Two kinds, each list's terms in the same order ([`list_pairs`]).
        list_pairs([a1, a2], [b1, b2], [word, marker])
    }

    /// The pair of the figures at `i` and `i + 2` with a percentage between them, the later
    /// figure first: "B, en hausse de R % par rapport à A", "B (+R %), contre A", "B, up R%
    /// from A", "B، بزيادة R مقارنة مع A", "B، مسجلا نموا بنسبة R مقارنة بنفس الفترة من السنة
    /// الماضية حيث بلغ A". A figure after "contre" may be of another thing ("contre 0,4
    /// milliard pour les cartes étrangères"), and a rate in parentheses then of B alone: the
    /// pair stands only when the words say that A is the earlier figure ("un an plus tôt",
    /// "l'année précédente", "a year earlier", "السنة الماضية") or name A's period and B's, A's
    /// the earlier.
    fn pair_around(&self, i: usize) -> Option<Pair<'f>> {
        let text = self.text;
        let (b, rate, a) = (
            *self.figures.get(i)?,
            *self.figures.get(i + 1)?,
            *self.figures.get(i + 2)?,
        );
        // The words between B and the rate may name B's period ("B خلال التسعة أشهر الأولى من
        // سنة 2024، مسجلة ارتفاعا بما نسبته R"): those of the period are not counted.
        if gap(text, b.end, lead(rate)).is_none() {
            let words = window(text, b.end, lead(rate)).chars().count();
            let period = period_in(text, b.end, lead(rate))?;
            let period_words = window(text, period.start, period.end).chars().count();
            if words.saturating_sub(period_words) > MAX_GAP {
                return None;
            }
        }
        let after_rate = gap(text, rate.end, lead(a))?;
        // "B, en progression de R % par rapport à 2022 (A)": the base year, then its figure.
        let own = lead(b).saturating_sub(REACH).max(self.span.0);
        if let Some(word) = base_year_of_rate(text, (own, rate, a)) {
            return Some(Pair {
                from: a,
                to: b,
                links: vec![word.to_owned(), "(".to_owned()],
                span: (lead(b), a.end),
            });
        }
        let trimmed =
            after_rate.trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،' | ')' | '('));
        let word = ends_with_word(trimmed, AGAINST)
            .or_else(|| {
                // "مقارنة بنفس الفترة من السنة الماضية حيث بلغ A": a comparison, then a clause
                // that gives the earlier figure.
                let then = ends_with_word(trimmed, THEN_WAS)?;
                COMPARING
                    .iter()
                    .any(|w| crate::text::scan::phrase_at(trimmed, w).is_some())
                    .then_some(then)
            })
            // "B, up R% on A", "B، بزيادة R عن A": words that tie only as the rate's base.
            .or_else(|| base_of_rate(text, rate, a))?;
        // A's clause: up to the next figure, or the sentence's end, within reach.
        let clause_end = self.clause_end(i + 3, a.end);
        let earlier = self.marks.first(rate.end, clause_end, Words::Earlier);
        let by_periods = || self.earlier_by_periods((a, clause_end), (b, b, lead(rate)));
        // "B (+R % sur un an), contre A sur la même période de 2023": a rate over a year, and
        // A of the same period, is a year before B.
        let same_period_a_year_before = || {
            let over_a_year = over_a_year_at(text, rate.end).is_some();
            let of_a = window(text, a.end, clause_end);
            let same = SAME_PERIOD
                .iter()
                .copied()
                .find(|w| crate::text::scan::find_phrase(of_a, w).is_some());
            same.filter(|_| over_a_year)
        };
        // "B, en hausse de R % sur un an, contre A", "B, up R% y/y, against A", "B، بارتفاع
        // R على أساس سنوي، مقابل A": a rate over a year, then a word of comparison alone, then
        // A with no words of its own up to the end of its clause ("contre A pour les cartes
        // étrangères", "contre A et C" are of something else), is the figure a year before B.
        let a_year_before_alone = || {
            let start = noun_after(text, rate.end).map_or(rate.end, |(_, end)| end);
            let (over_a_year, end) = over_a_year_at(text, start)?;
            let between = window(text, end, lead(a))
                .trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،' | ')'));
            AGAINST.iter().find(|&&w| w == between)?;
            let rest = window(text, a.end, clause_end);
            let rest = rest
                .find([',', ';', '.', '،', '\u{061B}'])
                .and_then(|i| rest.get(..i))
                .unwrap_or(rest);
            rest.trim_matches(|c: char| is_space(c))
                .is_empty()
                .then_some(over_a_year)
        };
        let links = match earlier
            .or_else(by_periods)
            .or_else(same_period_a_year_before)
            .or_else(a_year_before_alone)
        {
            Some(marker) => vec![word.to_owned(), marker.to_owned()],
            // "B, up R% from A", "B, en hausse de R % par rapport à A": the words right after
            // the rate (and its noun) name A as its base, and so as the earlier figure.
            // A figure of a narrower scope ("par rapport à A pour les cartes étrangères") is
            // none.
            None if !self.scoped_from(a.end) => vec![base_of_rate(text, rate, a)?.to_owned()],
            None => return None,
        };
        Some(Pair {
            from: a,
            to: b,
            links,
            span: (lead(b), a.end),
        })
    }

    /// The percentages of the sentence that words announce as rates of change: a word of
    /// change in the words before it (since the figure or pair before), or a written sign; in
    /// a list ("de 6 % et 4 %"), a rate after a coordinator takes the word of the one before.
    fn rates(
        &self,
        pairs: &[Pair<'f>],
        in_percent_pair: &dyn Fn(&TextFigure) -> bool,
    ) -> Vec<Rate<'f>> {
        let text = self.text;
        let starts = pair_starts(pairs);
        let mut rates: Vec<Rate<'f>> = Vec::new();
        let mut boundary = self.span.0;
        let mut pair_index = 0;
        let mut previous: Option<(usize, &'static str)> = None;
        for &f in &self.figures {
            while let Some(p) = pairs.get(pair_index)
                && p.span.1 <= f.start
            {
                boundary = boundary.max(p.span.1);
                pair_index += 1;
            }
            if f.kind() != FigureKind::Percent {
                if starts.binary_search(&f.start).is_err() {
                    boundary = boundary.max(f.end);
                }
                continue;
            }
            if in_percent_pair(f) {
                boundary = boundary.max(f.end);
                previous = None;
                continue;
            }
            let from = boundary.max(lead(f).saturating_sub(REACH));
            let sign = f.text.starts_with(['+', '-', '\u{2212}']);
            let noun_after = noun_after(text, f.end);
            // "made up 7.4% of the total": a verb of a share, no rise.
            let cue = self
                .marks
                .within(from, lead(f), Words::Growth)
                .filter_map(|(end, rank, entry)| Some((end, rank, ALL_WORDS.set.word(entry)?)))
                .filter(|&(end, _, w)| !made_up(text, end, w))
                .min_by_key(|&(_, rank, _)| rank)
                .map(|(_, _, w)| w)
                .or_else(|| self.marks.first(lead(f), f.start, Words::Growth))
                .or(sign.then_some("sign"))
                .or(noun_after.map(|(d, _)| d.word()))
                .or_else(|| {
                    // "des hausses respectives de 6 % et 4 %".
                    let (end, cue) = previous?;
                    let words = window(text, end, lead(f));
                    let words =
                        words.trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،' | ';'));
                    let words = words.strip_suffix("de").unwrap_or(words).trim_end();
                    // "increases of 27% in volume and 28% in value": the quantity of the rate
                    // before, then the coordinator.
                    let past_dimension = crate::text::lexicon::DIMENSIONS
                        .iter()
                        .filter_map(|d| {
                            let len = crate::text::scan::phrase_at(words, d)?;
                            // "و+9 في المائة": the sign glued to the conjunction.
                            words
                                .get(len..)
                                .map(|r| r.trim_matches(|c: char| is_space(c) || c == '+'))
                        })
                        .any(|rest| COORDINATORS.contains(&rest));
                    (words.is_empty() || COORDINATORS.contains(&words) || past_dimension)
                        .then_some(cue)
                })
                .or_else(|| {
                    // "ont progressé de 14 % (de A à B), et en valeur de 11 % (de C à D)",
                    // "grew 12% in number, from A to B, and 9% in value, from C to D": a part
                    // whose verb is left out takes the cue of the part before, when that
                    // part is a rate and its pair, this one opens with a coordinator and its
                    // own pair follows it.
                    let (end, cue) = previous?;
                    let before = pair_index.checked_sub(1).and_then(|i| pairs.get(i))?;
                    if before.span.0 < end {
                        return None;
                    }
                    let words = gap(text, before.span.1, lead(f))?;
                    if !opens_with_coordinator(words) || !self.own_pair_follows(pairs, f) {
                        return None;
                    }
                    let after = window(text, f.end, f.end + 24);
                    let after = after.trim_start_matches(|c: char| is_space(c));
                    let in_terms_of = crate::text::scan::phrase_at(after, "من حيث").is_some();
                    (in_terms_of || !share_follows(text, f.end)).then_some(cue)
                })
                .or_else(|| {
                    // "MAD 5.2 billion against MAD 4 billion, or 30% more": "or" right before
                    // the rate and after a count or an amount (after a percentage, "5% or 6%"
                    // is a choice).
                    let before = self.figures.partition_point(|g| g.start < f.start);
                    let quantity_before = before
                        .checked_sub(1)
                        .and_then(|i| self.figures.get(i))
                        .is_some_and(|g| is_quantity(g));
                    if !quantity_before {
                        return None;
                    }
                    ends_with_word(window(text, from, lead(f)), &["or", "i.e."])
                });
            // "soit 40 % du total": a weak cue before a share of something is no rate.
            let cue = cue.filter(|c| !WEAK_CUES.contains(c) || !share_follows(text, f.end));
            boundary = boundary.max(f.end);
            match cue {
                Some(cue) => {
                    previous = Some((f.end, cue));
                    rates.push(Rate {
                        figure: f,
                        cue,
                        noun_after,
                    });
                }
                None => previous = None,
            }
        }
        rates
    }

    /// Whether the words right after `rate` (and its noun), up to a comma or the next figure,
    /// say what it is a change in, and name a count of something else than ours: "a 2.3% rise
    /// in the number of ATMs", "une hausse de 2,3 % du nombre de guichets", "بارتفاع 2,3 في
    /// المائة في عدد الشبابيك".
    fn rate_of_something_else(&self, rate: &Rate<'_>) -> bool {
        self.complement_of_something_else(rate.figure).is_some()
    }

    /// The words from `from` up to a comma, a stop, a parenthesis or the next figure, within
    /// half of [`REACH`]: what a rate's noun is a change in ("a 14.3% increase in the number of
    /// merchant sites, ...").
    fn words_after(&self, from: usize) -> &str {
        self.words_up_to(from, &[',', ';', '.', '،', '('])
    }

    /// The words from `from` up to one of `stops` or the next figure, within half of
    /// [`REACH`].
    fn words_up_to(&self, from: usize, stops: &[char]) -> &str {
        let next = self.figures.partition_point(|g| g.start < from);
        let to = self
            .figures
            .get(next)
            .map_or(self.span.1, |g| lead(g))
            .min(from + REACH / 2)
            .min(self.span.1);
        let words = window(self.text, from, to);
        words
            .find(stops)
            .and_then(|i| words.get(..i))
            .unwrap_or(words)
    }

    /// Where the words after the percentage `f` (and its noun of change) end, when they say
    /// what it is a change in and name a count of something else than ours
    /// ([`Sentence::rate_of_something_else`]).
    fn complement_of_something_else(&self, f: &TextFigure) -> Option<usize> {
        let from = noun_after(self.text, f.end).map_or(f.end, |(_, end)| end);
        let words = self.words_after(from);
        let opening = words.trim_start_matches(|c: char| is_space(c));
        let of = ["in the ", "in ", "of the ", "du ", "des ", "de la ", "في "]
            .iter()
            .any(|w| opening.starts_with(w));
        (of && crate::text::extract::named_quantity(words) == Some(Named::Other))
            .then_some(from + words.len())
    }

    /// Whether a pair starts right after `rate`, with no figure between: "de 11 % (de C à
    /// D)", "9% in value, from C to D".
    fn own_pair_follows(&self, pairs: &[Pair<'_>], rate: &TextFigure) -> bool {
        let next = pairs.partition_point(|p| p.span.0 < rate.end);
        let Some(pair) = pairs.get(next) else {
            return false;
        };
        let at = self.figures.partition_point(|g| g.start < rate.end);
        let first_after = self.figures.get(at).map(|g| g.start);
        let pair_first = pair.from.start.min(pair.to.start);
        first_after == Some(pair_first) && gap(self.text, rate.end, pair.span.0).is_some()
    }

    /// A growth claim of `pair` and `rate` in the sentences `span`, with its direction, read in
    /// the clause `clause`; or the reason it is not checked. Whether a claim was made. `group`:
    /// the kinds of the pairs that a list of rates "respectivement" goes with, if any.
    #[allow(clippy::too_many_arguments)]
    fn growth(
        &self,
        pair: &Pair<'_>,
        rate: &Rate<'_>,
        clause: (usize, usize),
        respectively: Option<&'static str>,
        group: &[FigureKind],
        span: (usize, usize),
        out: &mut LinkedText,
    ) -> bool {
        let text = self.text;
        let explicit_sign = rate.figure.text.starts_with(['+', '-', '\u{2212}']);
        // A word of direction written with the rate ("a rise of", "en baisse de", "بارتفاع")
        // wins over the verb of the pair's clause: "dropped to B from A, a rise of R%" states
        // a rise, which is the article's to answer for. Only where the rate has no word of its
        // own does the clause give its direction.
        let own = rate
            .noun_after
            .map(|(d, _)| d)
            .or_else(|| self.own_direction(rate.figure));
        let (fall, rise) = match own {
            Some(Direction::Fall(word)) => (Some(word), None),
            Some(Direction::Rise(word)) => (None, Some(word)),
            None => (
                self.marks.first(clause.0, clause.1, Words::Falls),
                self.marks.first(clause.0, clause.1, Words::Rises),
            ),
        };
        // A word of a rise, and a value the reader made negative from a word of a fall beside
        // the rate that the lists here lack.
        let read_as_fall = !explicit_sign && rate.figure.value() < rust_decimal::Decimal::ZERO;
        let both = fall.is_some() && rise.is_some()
            || read_as_fall && matches!(own, Some(Direction::Rise(_)));
        let candidate = || ClaimKind::Growth {
            from: pair.from.clone(),
            to: pair.to.clone(),
            stated: rate.figure.clone(),
        };
        if let Some(reason) =
            self.about_another(pair, rate, respectively.is_some(), group, span == self.span)
        {
            out.not_checked.push(NotChecked::new(
                reason,
                span,
                vec![rate.figure.clone(), pair.from.clone(), pair.to.clone()],
                vec![candidate()],
            ));
            return false;
        }
        // "40.3 million in 2023, against 32.4 million in 2022 and 10.6 million in 2019, an
        // increase of 280%": the earlier figure is one of a list of earlier values, any of which
        // the rate may be from.
        if let Some(other) = self.earlier_listed_beside(pair) {
            out.not_checked.push(NotChecked::new(
                Unlinked::SeveralPairings,
                span,
                vec![
                    rate.figure.clone(),
                    pair.from.clone(),
                    other.clone(),
                    pair.to.clone(),
                ],
                vec![
                    candidate(),
                    ClaimKind::Growth {
                        from: other.clone(),
                        to: pair.to.clone(),
                        stated: rate.figure.clone(),
                    },
                ],
            ));
            return false;
        }
        if both {
            out.not_checked.push(NotChecked::new(
                Unlinked::BothDirections,
                span,
                vec![rate.figure.clone(), pair.from.clone(), pair.to.clone()],
                vec![candidate()],
            ));
            return false;
        }
        let periods = claim_periods(text, pair, span.1);
        let reason = if periods_against_words(&periods) {
            Some(Unlinked::PeriodsAgainstWords)
        } else if rate_of_another_year(text, pair, rate, clause, &periods)
            || year_on_year_of_other_years(text, rate, &periods)
        {
            Some(Unlinked::PeriodsOfTheRate)
        } else {
            None
        };
        if let Some(reason) = reason {
            out.not_checked.push(NotChecked::new(
                reason,
                span,
                vec![rate.figure.clone(), pair.from.clone(), pair.to.clone()],
                vec![candidate()],
            ));
            return false;
        }
        let mut stated = rate.figure.clone();
        let positive = stated.value() > rust_decimal::Decimal::ZERO;
        let mut links = pair.links.clone();
        links.push(rate.cue.to_owned());
        if let Some(f) = fall {
            if positive && !explicit_sign {
                stated.figure = stated.figure.negated();
            }
            links.push(f.to_owned());
        } else if let Some(word) = rise.filter(|&w| {
            // The rate's word of a rise over a fall verb of its clause: named, since it decides.
            w != rate.cue && self.marks.first(clause.0, clause.1, Words::Falls).is_some()
        }) {
            links.push(word.to_owned());
        } else if rise.is_none() && positive && !explicit_sign && can_only_fall(pair.from, pair.to)
        {
            // "passé de 500 à 400 millions, soit 20 %": no word of direction, figures that can
            // only have fallen.
            stated.figure = stated.figure.negated();
            links.push("figures fall".to_owned());
        }
        if let Some(r) = respectively {
            links.push(r.to_owned());
        }
        out.claims.push(TextClaim {
            id: format!("growth@{}", pair.to.start),
            kind: ClaimKind::Growth {
                from: pair.from.clone(),
                to: pair.to.clone(),
                stated,
            },
            sentence: span,
            links,
            periods,
        });
        true
    }

    /// Where the words that go with `figure` start: after the figure before it, or at the
    /// sentence's start, at most [`REACH`] bytes before it. The figures are in text order, so
    /// the one before is found by a search.
    fn own_words_start(&self, figure: &TextFigure) -> usize {
        let before = self.figures.partition_point(|f| f.start < figure.start);
        before
            .checked_sub(1)
            .and_then(|i| self.figures.get(i))
            .map_or(self.span.0, |f| f.end)
            .max(self.span.0)
            .max(lead(figure).saturating_sub(REACH))
    }

    /// The direction the words written with a rate give it: those between the figure before
    /// it (or its sentence's start, within [`REACH`]) and the rate, when they hold words of one
    /// direction only ("a rise of", "en baisse de", "ارتفعت ... بنسبة").
    fn own_direction(&self, rate: &TextFigure) -> Option<Direction> {
        let from = self.own_words_start(rate);
        let fall = self.marks.first(from, rate.start, Words::Falls);
        let rise = self.marks.first(from, rate.start, Words::Rises);
        match (fall, rise) {
            (Some(word), None) => Some(Direction::Fall(word)),
            (None, Some(word)) => Some(Direction::Rise(word)),
            _ => None,
        }
    }

    /// `clause` narrowed to the words between the contrasts ("tandis que", "while", "في حين")
    /// and semicolons around `inner` (a pair and its rate): the words of another clause, a fall
    /// of other figures after "tandis que", do not govern the rate.
    fn own_clause(&self, clause: (usize, usize), inner: (usize, usize)) -> (usize, usize) {
        let (mut from, mut to) = clause;
        let begin = self.marks.found.partition_point(|&(s, _, _)| s < clause.0);
        for &(s, e, entry) in self.marks.found.get(begin..).unwrap_or_default() {
            if s >= clause.1 {
                break;
            }
            let contrast = ALL_WORDS
                .index_in
                .get(entry)
                .and_then(|lists| lists.get(Words::Contrasts as usize))
                .is_some_and(Option::is_some);
            if !contrast {
                continue;
            }
            if e <= inner.0 {
                from = from.max(e);
            } else if s >= inner.1 {
                to = to.min(s);
                break;
            }
        }
        // Semicolons, Latin and Arabic (U+061B, bytes D8 9B).
        let bytes = self.text.as_bytes();
        let is_semicolon = |i: usize| {
            bytes.get(i) == Some(&b';')
                || bytes.get(i) == Some(&0x9B) && i > 0 && bytes.get(i - 1) == Some(&0xD8)
        };
        if let Some(i) = (from..inner.0).rev().find(|&i| is_semicolon(i)) {
            from = i + 1;
        }
        if let Some(i) = (inner.1..to).find(|&i| is_semicolon(i)) {
            // The Arabic semicolon's first byte is the one before.
            to = if bytes.get(i) == Some(&b';') {
                i
            } else {
                i - 1
            };
        }
        (from, to.max(from))
    }

    /// Why `rate` may be about something else than `pair`, when the words say so: the words
    /// before the rate (back to the figure before it, or its sentence's start) name another
    /// quantity than the pair's ([`Unlinked::AnotherQuantity`]); or, in one sentence, a contrast
    /// or a semicolon stands between them, or a percentage other than the rate does (unless
    /// "respectivement" orders the rates: [`Unlinked::OtherClause`]). For a rate of a list
    /// "respectivement", the words name the quantities of the whole list (`group`, the kinds of
    /// its pairs): another quantity is one of none of them.
    fn about_another(
        &self,
        pair: &Pair<'_>,
        rate: &Rate<'_>,
        respectively: bool,
        group: &[FigureKind],
        same_sentence: bool,
    ) -> Option<Unlinked> {
        let text = self.text;
        let rate_at = lead(rate.figure);
        let kind = pair.to.kind();
        let not_ours = |named: FigureKind| {
            if group.is_empty() {
                kind != named
            } else {
                !group.contains(&named)
            }
        };
        if self.rate_names_another(rate, &not_ours) || self.scoped_after(rate) {
            return Some(Unlinked::AnotherQuantity);
        }
        if !same_sentence {
            return None;
        }
        let gap = if rate.figure.start >= pair.span.1 {
            (pair.span.1, rate_at)
        } else {
            (rate.figure.end, pair.span.0)
        };
        let between = window(text, gap.0, gap.1);
        let contrast = between.contains([';', '\u{061B}'])
            || self.marks.first(gap.0, gap.1, Words::Contrasts).is_some();
        let first_in_gap = self.figures.partition_point(|f| f.start < gap.0);
        let in_gap = || {
            self.figures
                .get(first_in_gap..)
                .unwrap_or_default()
                .iter()
                .take_while(|f| f.end <= gap.1)
                .filter(|f| !std::ptr::eq(**f, rate.figure))
        };
        // "rose from 12 million to 14 million, faster than the value, which reached MAD 3.3
        // billion, up 10%": a figure of another quantity between the pair and the rate stands
        // nearer the rate, which may be its own.
        if !respectively
            && in_gap().any(|f| {
                f.kind() != kind
                    && !matches!(f.kind(), FigureKind::Percent | FigureKind::PercentagePoints)
            })
        {
            return Some(Unlinked::AnotherQuantity);
        }
        let percent_between = !respectively
            && in_gap()
                .any(|f| matches!(f.kind(), FigureKind::Percent | FigureKind::PercentagePoints));
        (contrast || percent_between).then_some(Unlinked::OtherClause)
    }

    /// A figure of the pair's kind joined to its earlier figure as another term of a list,
    /// perhaps with the period of each between ("contre 32,4 millions en 2022 et 10,6 millions
    /// en 2019", "مقابل 32,4 مليون سنة 2022 و10,6 مليون سنة 2019"): another earlier value the
    /// rate may be from. The figure right after the earlier one, or right before it.
    fn earlier_listed_beside(&self, pair: &Pair<'_>) -> Option<&TextFigure> {
        let from = pair.from;
        let at = self.figures.partition_point(|f| f.start < from.start);
        let after = self.figures.get(at + 1).copied();
        let before = at.checked_sub(1).and_then(|i| self.figures.get(i)).copied();
        [after, before].into_iter().flatten().find(|other| {
            !std::ptr::eq(*other, pair.to) && other.kind() == from.kind() && {
                let (a, b) = if other.start > from.start {
                    (from.end, lead(other))
                } else {
                    (other.end, lead(from))
                };
                only_a_coordination(window(self.text, a, b))
            }
        })
    }

    /// Whether the words of `rate` name a quantity that `not_ours` says is none of the pairs
    /// it may be of: the words before it, back to the figure before (or its sentence's start),
    /// or those after its noun of change ("a 14.3% increase in the number of merchant sites").
    fn rate_names_another(&self, rate: &Rate<'_>, not_ours: &dyn Fn(FigureKind) -> bool) -> bool {
        let rate_at = lead(rate.figure);
        // The figures are in the order of the text: the one before the rate by a search, so
        // that a sentence of many claims stays linear.
        let before = self.figures.partition_point(|f| f.end <= rate_at);
        // After the figure before, and after the words of what it is a change in when it is a
        // rate of something else ("une hausse de 4,1 % du nombre de guichets, les paiements
        // ont bondi de 28 %").
        let words_from = before
            .checked_sub(1)
            .and_then(|i| self.figures.get(i))
            .map_or(self.span.0, |f| {
                if f.kind() == FigureKind::Percent {
                    self.complement_of_something_else(f).unwrap_or(f.end)
                } else {
                    f.end
                }
            })
            .max(self.span.0)
            .max(rate_at.saturating_sub(REACH));
        let own_words = window(self.text, words_from, rate_at);
        let another_named = |words: &str| match crate::text::extract::named_quantity(words) {
            Some(Named::Other) => true,
            named => named.and_then(kind_named).is_some_and(not_ours),
        };
        // "a 14.3% increase in the number of merchant sites": the words after the noun of a
        // rate written before it, up to a comma or the next figure, name its quantity too.
        let words_after = rate
            .noun_after
            .map(|(_, noun_end)| self.words_after(noun_end));
        another_named(own_words) || words_after.is_some_and(another_named)
    }

    /// Whether the words right after a rate (and its noun) give it a narrower scope than its
    /// pair's: "soit une hausse de 9,5 % pour les cartes étrangères", "up 9.5% for foreign
    /// cards", "بزيادة 9,5 في المائة بالنسبة للبطاقات الأجنبية". A period after the same words
    /// ("pour l'année 2024", "for the first half") is no narrower scope.
    fn scoped_after(&self, rate: &Rate<'_>) -> bool {
        self.scoped_from(rate.noun_after.map_or(rate.figure.end, |(_, end)| end))
    }

    /// Whether the words from `from` (up to the next figure or punctuation, within reach) open
    /// with a narrower scope ("pour les cartes étrangères", "for foreign cards", "بالنسبة
    /// للبطاقات الأجنبية") that is no period.
    fn scoped_from(&self, from: usize) -> bool {
        let text = self.text;
        let words = self.words_up_to(from, &[',', ';', '.', '،', '(', ')']);
        let rest = words.trim_start_matches(|c: char| is_space(c));
        let Some(len) = SCOPES
            .iter()
            .find_map(|w| crate::text::scan::phrase_at(rest, w))
        else {
            return false;
        };
        let scope = rest.get(len..).unwrap_or_default();
        let start = from + (words.len() - rest.len()) + len;
        let period = period_in(text, start, start + scope.len()).is_some()
            || scope.chars().any(|c| c.is_ascii_digit())
            || PERIOD_NOUNS
                .iter()
                .any(|w| crate::text::scan::find_phrase(scope, w).is_some());
        !period
    }

    /// The growth of this sentence's one pair with the headline rate of the sentence before
    /// ([`headline_rate`]): "... : +13,8 % au troisième trimestre. Le montant y a atteint B,
    /// contre A un an plus tôt." The sentence holds the pair's two figures only and no number
    /// left unread, and does not turn to another subject ([`OTHER_SUBJECT`], [`CONTRASTS`]).
    /// Gives the starts of the figures used, and takes back the headline's "no pair in reach".
    fn pair_of_headline(
        &self,
        pairs: &[Pair<'_>],
        recent: &[Recent<'_>],
        out: &mut LinkedText,
    ) -> Option<[usize; 3]> {
        let [pair] = pairs else {
            return None;
        };
        let previous = recent.last()?;
        let figure = previous.headline?;
        if self.figures.len() != 2
            || recent.iter().any(|r| !r.quantities.is_empty())
            || unread_number(self.text, self.span, self.figures.iter().copied(), false)
        {
            return None;
        }
        if self.turns_to_another_subject() {
            return None;
        }
        let rate = Rate {
            figure,
            cue: ":",
            noun_after: None,
        };
        let span = (previous.span.0, self.span.1);
        let before = (out.claims.len(), out.not_checked.len());
        if !self.growth(pair, &rate, self.span, None, &[], span, out) {
            return None;
        }
        // The headline's entry, pushed when its sentence was read ([`headline_rate`] saw it
        // last), and this sentence has pushed none before the claim.
        let headline = before.1.checked_sub(1).filter(|&at| {
            out.not_checked.get(at).is_some_and(|n| {
                n.reason == Unlinked::NoPairInReach
                    && n.figures.first().is_some_and(|f| f.start == figure.start)
            })
        });
        if let Some(at) = headline {
            out.not_checked.remove(at);
        }
        Some([figure.start, pair.from.start, pair.to.start])
    }

    /// Whether the sentence opens by turning to another subject than the one before it
    /// ([`OTHER_SUBJECT`], [`CONTRASTS`]): "Par ailleurs, ...", "Quant aux retraits, ...".
    fn turns_to_another_subject(&self) -> bool {
        let opening = window(self.text, self.span.0, self.span.0 + 48);
        let turns = |w: &&str| crate::text::scan::find_phrase(opening, w).is_some();
        OTHER_SUBJECT.iter().any(turns) || CONTRASTS.iter().any(turns)
    }

    /// The growths of this sentence's pairs with the rates of the sentence before, each of the
    /// quantity its words name ([`lead_rates`]): "L'activité affiche +18 % en nombre et +9 % en
    /// valeur. Les porteurs ont réalisé B1, contre A1, pour un montant de B2 contre A2." The
    /// sentence holds the pairs' figures only, one pair of each rate's quantity, no number left
    /// unread, and does not turn to another subject. Gives the starts of the figures used, and
    /// takes back the rates' "no pair in reach".
    fn pairs_of_lead_rates(
        &self,
        pairs: &[Pair<'_>],
        recent: &[Recent<'_>],
        out: &mut LinkedText,
    ) -> Option<Vec<usize>> {
        let previous = recent.last()?;
        let leads = &previous.lead_rates;
        if leads.is_empty()
            || pairs.len() != leads.len()
            || self.figures.len() != 2 * pairs.len()
            || recent.iter().any(|r| !r.quantities.is_empty())
            || unread_number(self.text, self.span, self.figures.iter().copied(), false)
        {
            return None;
        }
        if self.turns_to_another_subject() {
            return None;
        }
        // Each rate with the one pair of its quantity.
        let mut matched = Vec::with_capacity(leads.len());
        for &(figure, kind, word) in leads {
            let pair = the_one(pairs.iter().filter(|p| p.to.kind() == kind))?;
            matched.push((figure, pair, word));
        }
        let group: Vec<FigureKind> = leads.iter().map(|&(_, k, _)| k).collect();
        let span = (previous.span.0, self.span.1);
        let mut used = Vec::new();
        for (figure, pair, word) in matched {
            let rate = Rate {
                figure,
                cue: "sign",
                noun_after: None,
            };
            if self.growth(pair, &rate, self.span, Some(word), &group, span, out) {
                used.extend([figure.start, pair.from.start, pair.to.start]);
                if let Some(at) = out.not_checked.iter().rposition(|n| {
                    n.reason == Unlinked::NoPairInReach
                        && n.figures.first().is_some_and(|f| f.start == figure.start)
                }) {
                    out.not_checked.remove(at);
                }
            }
        }
        (!used.is_empty()).then_some(used)
    }

    /// A lone rate whose pair is in the sentences before it: exactly two counts or amounts of
    /// one kind, and nothing else, in reach, with a period or a word that says which is the
    /// earlier.
    fn link_to_recent(&self, rate: &Rate<'_>, recent: &[Recent<'_>], out: &mut LinkedText) {
        let text = self.text;
        let quantities: Vec<&TextFigure> = recent
            .iter()
            .flat_map(|r| r.quantities.iter().copied())
            .collect();
        let others = recent.iter().any(|r| r.other_figures);
        let alone = || NotChecked::alone(Unlinked::NoPairInReach, self.span, rate.figure);
        // "Dans le même temps, le parc de guichets a augmenté de 3,4 %, à 8 310 unités": a
        // number of the rate's own sentence that no figure holds may be what the rate is of; so
        // may a number with a scale word that the reader left out in the sentences before.
        if unread_number(text, self.span, self.figures.iter().copied(), false)
            || recent
                .iter()
                .any(|r| unread_number(text, r.span, r.figures, true))
        {
            out.not_checked.push(NotChecked::alone(
                Unlinked::UnreadNumber,
                self.span,
                rate.figure,
            ));
            return;
        }
        // "En volume, la progression ressort à 35,5 %", "Soit une hausse de 35,5 % en volume":
        // the quantity the rate names.
        let dimension = self.dimension_of_rate(rate);
        if let (Some(kind), [_, _, _, _]) = (dimension, quantities.as_slice())
            && !others
        {
            self.dimension_to_recent(rate, kind, recent, &quantities, out);
            return;
        }
        let [a, b] = quantities.as_slice() else {
            if !quantities.is_empty() || rate.cue != "soit" {
                out.not_checked.push(alone());
            }
            return;
        };
        // A rate that names another quantity than the pair's is of another change.
        if a.kind() != b.kind() || others || dimension.is_some_and(|k| k != a.kind()) {
            out.not_checked.push(alone());
            return;
        }
        // "... contre 10,1 millions en 2023. L'inflation a progressé de 6,1 %.": the rate's
        // sentence must name a quantity of ours or point back to the sentences before.
        if !self.points_back(rate) && !self.points_back_strictly(rate, recent, [a, b]) {
            out.not_checked.push(NotChecked::new(
                Unlinked::OtherSubject,
                (
                    recent.first().map_or(self.span.0, |r| r.span.0),
                    self.span.1,
                ),
                vec![rate.figure.clone(), (*a).clone(), (*b).clone()],
                Vec::new(),
            ));
            return;
        }
        // Words of their own sentence that tie the two ("B, contre A un an auparavant") give
        // their order.
        let tied = recent
            .iter()
            .flat_map(|r| r.tied.iter())
            .find(|(from, to, _)| {
                (*from, *to) == (a.start, b.start) || (*from, *to) == (b.start, a.start)
            });
        let start = recent.first().map_or(self.span.0, |r| r.span.0);
        let sentence_of = |f: &TextFigure| {
            recent
                .iter()
                .find(|r| r.span.0 <= f.start && f.end <= r.span.1)
                .map_or(self.span, |r| r.span)
        };
        let period = |f: &TextFigure| period_in(text, f.end, sentence_of(f).1);
        let past = |f: &TextFigure| {
            let s = sentence_of(f);
            Marks::of(text, s).first(s.0, s.1, Words::Past)
        };
        let (pa, pb) = (period(a), period(b));
        let order = match (
            pa.as_ref().and_then(|p| p.period),
            pb.as_ref().and_then(|p| p.period),
        ) {
            _ if tied.is_some() => tied.map(|(from, _, word)| {
                if *from == a.start {
                    (*a, *b, word.clone())
                } else {
                    (*b, *a, word.clone())
                }
            }),
            (Some(x), Some(y)) if x < y => Some((*a, *b, "period".to_owned())),
            (Some(x), Some(y)) if y < x => Some((*b, *a, "period".to_owned())),
            _ => match (past(a), past(b)) {
                (Some(w), None) => Some((*a, *b, w.to_owned())),
                (None, Some(w)) => Some((*b, *a, w.to_owned())),
                _ => None,
            },
        };
        let Some((from, to, word)) = order else {
            out.not_checked.push(NotChecked::new(
                Unlinked::OrderNotWritten,
                (start, self.span.1),
                vec![rate.figure.clone(), (*a).clone(), (*b).clone()],
                vec![
                    ClaimKind::Growth {
                        from: (*a).clone(),
                        to: (*b).clone(),
                        stated: rate.figure.clone(),
                    },
                    ClaimKind::Growth {
                        from: (*b).clone(),
                        to: (*a).clone(),
                        stated: rate.figure.clone(),
                    },
                ],
            ));
            return;
        };
        // "... contre 6,0 milliards en 2022. En 2022, la hausse avait été de 35 %.": the rate's
        // own sentence names a year the pair does not end in; it is of another change.
        let year_in = |p: Option<TextPeriod>| p.and_then(|p| p.period).map(crate::Period::year);
        if let Some(year) = year_in(period_in(text, self.span.0, self.span.1))
            && (year_in(period(to)).is_some_and(|y| y != year)
                || year_in(period(from)).is_some_and(|y| y >= year))
        {
            out.not_checked.push(NotChecked::new(
                Unlinked::PeriodsOfTheRate,
                (start, self.span.1),
                vec![rate.figure.clone(), from.clone(), to.clone()],
                vec![ClaimKind::Growth {
                    from: from.clone(),
                    to: to.clone(),
                    stated: rate.figure.clone(),
                }],
            ));
            return;
        }
        let pair = Pair {
            from,
            to,
            links: vec![word],
            span: (lead(a), b.end),
        };
        let before = out.claims.len();
        // The rate's own sentence governs it; the claim spans the sentences it joins.
        self.growth(&pair, rate, self.span, None, &[], (start, self.span.1), out);
        // The periods of figures in other sentences are read in their own sentences.
        if let Some(claim) = out.claims.get_mut(before..).and_then(|c| c.first_mut()) {
            claim.periods = [("from", from), ("to", to)]
                .into_iter()
                .filter_map(|(role, f)| period(f).map(|p| (role, p)))
                .collect();
        }
    }

    /// The quantity a lone rate names: by the words right after it ("35,5 % en volume",
    /// [`dimension_after`]), or by those that open its sentence before a comma ("En volume, la
    /// progression ressort à 35,5 %", "In value terms, growth was 31%").
    fn dimension_of_rate(&self, rate: &Rate<'_>) -> Option<FigureKind> {
        if let Some((_, kind)) = dimension_after(self.text, rate.figure.end) {
            return Some(kind);
        }
        let head = window(self.text, self.span.0, lead(rate.figure));
        let (opening, _) = head.split_once([',', '،'])?;
        let opening = opening.trim_matches(|c: char| is_space(c) || c == '"' || c == '«');
        dimension_opening(opening)
    }

    /// A lone rate that names its quantity (`kind`), whose pair is one of the two the sentences
    /// before tie, one of each quantity: "... ont atteint respectivement B1 et B2, contre A1 et
    /// A2 en 2021. En volume, la progression ressort ainsi à 35,5 %." `quantities` are the
    /// four counts and amounts in reach, which the two pairs must hold; the rate's words must
    /// point back ([`Sentence::points_back`]), and no number be left unread.
    fn dimension_to_recent(
        &self,
        rate: &Rate<'_>,
        kind: FigureKind,
        recent: &[Recent<'_>],
        quantities: &[&TextFigure],
        out: &mut LinkedText,
    ) {
        let text = self.text;
        let alone = || NotChecked::alone(Unlinked::NoPairInReach, self.span, rate.figure);
        let pairs = recent_pairs(recent, quantities);
        let group: Vec<FigureKind> = pairs.iter().map(|p| p.to.kind()).collect();
        let [first, second] = group.as_slice() else {
            out.not_checked.push(alone());
            return;
        };
        let unread = recent
            .iter()
            .any(|r| unread_number(text, r.span, r.figures, true));
        let pair = the_one(pairs.iter().filter(|p| p.to.kind() == kind));
        let (Some(pair), false, true) = (pair, unread || first == second, self.points_back(rate))
        else {
            out.not_checked.push(alone());
            return;
        };
        let start = recent.first().map_or(self.span.0, |r| r.span.0);
        self.growth(
            pair,
            rate,
            self.span,
            None,
            &group,
            (start, self.span.1),
            out,
        );
    }

    /// Whether this sentence opens with a word of [`POINTING_BACK_STRICT`] whose conditions hold:
    /// the sentence right before holds `pair` and no word of a change at all, only the
    /// words of the change stand between the opening and the rate, and the rate ends its
    /// sentence.
    fn points_back_strictly(
        &self,
        rate: &Rate<'_>,
        recent: &[Recent<'_>],
        pair: [&TextFigure; 2],
    ) -> bool {
        let text = self.text;
        let Some(before) = recent.last() else {
            return false;
        };
        if pair
            .iter()
            .any(|f| f.start < before.span.0 || f.end > before.span.1)
        {
            return false;
        }
        // No word of a change anywhere in that sentence: "Malgré le recul des retraits, ... B
        // contre A. Ce recul est de 5 %" names the change of something else.
        let marks = Marks::of(text, before.span);
        if [Words::Rises, Words::Falls, Words::Growth]
            .into_iter()
            .any(|list| marks.first(before.span.0, before.span.1, list).is_some())
        {
            return false;
        }
        let ends = rate_ends_sentence(text, rate.figure, self.span.1);
        let words = window(text, self.span.0, lead(rate.figure))
            .trim_start_matches(|c: char| is_space(c) || matches!(c, '"' | '«' | '('));
        ends && POINTING_BACK_STRICT.iter().any(|p| {
            crate::text::scan::phrase_at(words, p).is_some_and(|len| {
                only_change_words(words.get(len..).unwrap_or_default()).is_some()
            })
        })
    }

    /// "Le chiffre d'affaires a atteint 4,7 MMDH. Ce montant représente une hausse de 9 % par
    /// rapport aux 4,3 MMDH de 2022.", "ويمثل هذا الرقم ارتفاعا بنسبة 9 في المائة مقارنة مع 4,3
    /// مليار درهم": the later figure in the sentence before, the rate and the earlier figure in
    /// this one, after a word of comparison. Only where this sentence holds that one figure
    /// beside its one rate, opens with words that point back, and leaves no number unread, and
    /// where the sentence right before holds one figure of the same kind that no claim used.
    /// Whether a claim was made.
    fn earlier_after_rate(
        &self,
        rate: &Rate<'_>,
        recent: &[Recent<'_>],
        out: &mut LinkedText,
    ) -> bool {
        let text = self.text;
        let mut quantities = self.figures.iter().copied().filter(|f| is_quantity(f));
        let (Some(earlier), None) = (quantities.next(), quantities.next()) else {
            return false;
        };
        let Some(previous) = recent.last() else {
            return false;
        };
        // "إذ بلغ 4,4 مليار درهم مقابل 4,6 مليار درهم. وعلى أساس سنوي، ارتفع هذا المبلغ".
        let Some(later) = previous.latest_of(earlier.kind()) else {
            return false;
        };
        if earlier.unit_implied
            || previous.other_figures
            || unread_number(text, self.span, self.figures.iter().copied(), false)
        {
            return false;
        }
        // The word of comparison ends the words before the earlier figure, perhaps before an
        // article: after the rate ("par rapport aux", "compared with the", "مقارنة مع"), or
        // opening the sentence before the rate ("That compares with MAD 13.6 billion in 2022, a
        // 21% increase").
        let before_earlier = if earlier.start > rate.figure.end {
            rate.figure.end
        } else {
            self.span.0
        };
        let between = window(text, before_earlier, lead(earlier));
        let between = crate::text::scan::trim_end_spaces(between);
        let between = ["les", "the", "a"]
            .iter()
            .find_map(|w| {
                let start = crate::text::scan::phrase_before(between, w)?;
                Some(crate::text::scan::trim_end_spaces(between.get(..start)?))
            })
            .unwrap_or(between);
        let Some(word) =
            ends_with_word(between, COMPARED_WITH).or_else(|| compared_with_a_year(between))
        else {
            return false;
        };
        let opening = window(text, self.span.0, lead(rate.figure))
            .trim_start_matches(|c: char| is_space(c) || matches!(c, '"' | '«' | '('));
        let points = POINTING_BACK
            .iter()
            .chain(POINTING_BACK_STRICT)
            .any(|p| crate::text::scan::phrase_at(opening, p).is_some())
            || THIS_FIGURE
                .iter()
                .any(|p| crate::text::scan::find_phrase(opening, p).is_some())
            // Or the words name the pair's quantity again: "وأضاف أن عدد العمليات ارتفع".
            || crate::text::extract::named_quantity(opening).and_then(kind_named)
                == Some(earlier.kind());
        if !points {
            return false;
        }
        let pair = Pair {
            from: earlier,
            to: later,
            links: vec![word.to_owned()],
            span: (lead(later), earlier.end),
        };
        let before = out.claims.len();
        self.growth(
            &pair,
            rate,
            self.span,
            None,
            &[],
            (previous.span.0, self.span.1),
            out,
        );
        out.claims.len() > before
    }

    /// Whether the words of this sentence before `rate` tie it to the sentences before: they
    /// name a quantity of ours ("Le montant a progressé de 13 %"), or open, perhaps after the
    /// words of a period and a comma, with a word that points back or with the rate's own noun
    /// ([`POINTING_BACK`]: "Soit une hausse de", "Cela représente", "That is", "Up", "أي
    /// بارتفاع", "وهو ما يمثل"). Anything else may be the rate of another subject.
    fn points_back(&self, rate: &Rate<'_>) -> bool {
        let words = window(self.text, self.span.0, lead(rate.figure));
        if crate::text::extract::names_any_of_ours(words) {
            return true;
        }
        let opening = |w: &str| {
            let w = w.trim_start_matches(|c: char| is_space(c) || matches!(c, '"' | '«' | '('));
            POINTING_BACK
                .iter()
                .any(|p| crate::text::scan::phrase_at(w, p).is_some())
        };
        // "En 2024, la hausse est de 13 %", "Sur un an, cela représente": past the words of a
        // period ("L'inflation a, elle, progressé" is no period, and "elle" points to it).
        opening(words)
            || words.split_once([',', '،']).is_some_and(|(head, rest)| {
                head.len() <= 40
                    && (period_in(head, 0, head.len()).is_some()
                        || over_a_year_at(head, 0).is_some()
                        || dimension_opening(head.trim_matches(is_space)).is_some()
                        || ["sur un an", "over a year", "على أساس سنوي", "in a year"]
                            .iter()
                            .any(|p| crate::text::scan::find_phrase(head, p).is_some()))
                    && opening(rest)
            })
    }

    /// Rates of a list "respectivement" alone in their sentence, whose pairs are in the
    /// sentences before it in the paragraph: "Le nombre est passé de A1 à B1 et le montant de A2
    /// à B2. Ils ont progressé respectivement de R1 et R2.", "... Transactions and value grew
    /// R1 and R2 respectively.", "... وارتفع عدد العمليات وقيمتها بنسبة R1 وR2 على التوالي.".
    /// The sentences in reach hold as many pairs their words tie, and no claim used, as there
    /// are rates, and no other count, amount or percentage, nor a number left unread; the rates
    /// go with the pairs in the order their words name the pairs' quantities, or in the order
    /// of the text after a pronoun ([`Sentence::names_the_list`]). Anything else leaves each
    /// rate not checked.
    fn list_to_recent(
        &self,
        rates: &[Rate<'_>],
        respectively: &'static str,
        dimensions: Option<&[FigureKind]>,
        recent: &[Recent<'_>],
        out: &mut LinkedText,
    ) {
        let text = self.text;
        // In text order, as the sentences are: a pair's figures are found by binary search.
        let quantities: Vec<&TextFigure> = recent
            .iter()
            .flat_map(|r| r.quantities.iter().copied())
            .collect();
        let tied: Vec<&(usize, usize, String)> =
            recent.iter().flat_map(|r| r.tied.iter()).collect();
        let pairs = recent_pairs(recent, &quantities);
        let unread = || {
            unread_number(text, self.span, self.figures.iter().copied(), true)
                || recent
                    .iter()
                    .any(|r| unread_number(text, r.span, r.figures, true))
        };
        let group: Vec<FigureKind> = pairs.iter().map(|p| p.to.kind()).collect();
        // The pairs in the order the rates' words give them ([`Sentence::names_the_list`]).
        // Or in the order of the quantities each rate names ([`Sentence::dimensions_of`]).
        let by_dimension = |kinds: &[FigureKind]| {
            kinds
                .iter()
                .map(|kind| {
                    the_one(group.iter().enumerate().filter(|(_, k)| *k == kind)).map(|(i, _)| i)
                })
                .collect::<Option<Vec<usize>>>()
        };
        // The words before the rates point back to the sentence before or name its
        // quantities ("Fees rose 27% in volume and 28% in value" are of something else).
        let named = rates
            .first()
            .and_then(|r| self.names_the_list(lead(r.figure), &group));
        let order = match dimensions {
            Some(kinds) => named.and_then(|_| by_dimension(kinds)),
            None => named,
        }
        .filter(|_| {
            pairs.len() == rates.len()
                && tied.len() == rates.len()
                && quantities.len() == 2 * rates.len()
                && !recent.iter().any(|r| r.other_figures)
                && !unread()
        });
        let Some(order) = order else {
            for rate in rates {
                out.not_checked.push(NotChecked::alone(
                    Unlinked::NoPairInReach,
                    self.span,
                    rate.figure,
                ));
            }
            return;
        };
        let start = recent.first().map_or(self.span.0, |r| r.span.0);
        for (pair, rate) in order.iter().filter_map(|&i| pairs.get(i)).zip(rates) {
            // The rates' own sentence governs them; each claim spans the sentences it joins.
            self.growth(
                pair,
                rate,
                self.span,
                Some(respectively),
                &group,
                (start, self.span.1),
                out,
            );
        }
    }

    /// The quantity each of `rates` is of, when the words right after each name it, all
    /// different: "27% in volume and 28% in value", "+18 % en nombre et +9 % en valeur", "27 في
    /// المائة من حيث العدد و28 في المائة من حيث القيمة"; with the first of those words.
    fn dimensions_of(&self, rates: &[Rate<'_>]) -> Option<(&'static str, Vec<FigureKind>)> {
        let named = dimensions(self.text, rates.iter().map(|r| r.figure.end))?;
        let (first, _) = *named.first()?;
        Some((first, named.into_iter().map(|(_, kind)| kind).collect()))
    }

    /// The order in which the words of the sentence before `to` (the first rate of a list)
    /// name the quantities of `kinds` (the kinds of the pairs, in the order of the text), as
    /// indices into `kinds`; `None` when they name another quantity or leave the order open.
    /// A pronoun opens them ("Ils ont progressé", "They grew", "Both grew"): the order of the
    /// text. Or the parts (cut at commas and coordinators) that name a quantity name each kind
    /// once, the kinds all different: "Le nombre d'opérations et leur montant ont progressé",
    /// "وارتفع عدد العمليات وقيمتها", "Value and transactions grew" (after a pair of
    /// transactions and one of value, the first rate is the value's). "Withdrawals and fees
    /// grew" names none of them.
    fn names_the_list(&self, to: usize, kinds: &[FigureKind]) -> Option<Vec<usize>> {
        let head = window(self.text, to.saturating_sub(REACH).max(self.span.0), to);
        let head = head.trim_start_matches(|c: char| is_space(c) || matches!(c, '"' | '«'));
        let first = head
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        // Or a word that points back to the sentence before: "That represents increases of",
        // "Cela représente", "Soit des hausses respectives de".
        if [
            "ils", "elles", "they", "both", "that", "this", "cela", "ceci", "soit",
        ]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
        {
            return Some((0..kinds.len()).collect());
        }
        let mut order: Vec<usize> = Vec::new();
        for part in head
            .split([',', '،', ';'])
            .flat_map(|p| p.split(" et "))
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" و"))
        {
            let kind = match crate::text::extract::named_quantity(part) {
                Some(Named::Amount) => FigureKind::AmountMad,
                Some(Named::Count | Named::Operations) => FigureKind::Transactions,
                Some(Named::Cards) => FigureKind::Cards,
                Some(Named::Merchants) => FigureKind::Merchants,
                Some(Named::Other) => return None,
                None => continue,
            };
            let (i, _) = the_one(kinds.iter().enumerate().filter(|(_, k)| **k == kind))?;
            if order.contains(&i) {
                return None;
            }
            order.push(i);
        }
        (order.len() == kinds.len()).then_some(order)
    }

    /// A part and its share whose total is in the sentence before, pointed back to: "T. Foreign
    /// cards made up P of that, or S%", "T. Parmi ces opérations, P ..., soit S %", "T. ومن ضمن
    /// هذه العمليات، P ...، أي S في المائة". The sentence holds one count or amount and one
    /// percentage after it, words of a share between them and no word of change; the sentence
    /// before holds exactly one figure of the part's kind that no claim used or that a growth
    /// claim ends at.
    fn share_of_recent(&self, recent: &[Recent<'f>]) -> Option<TextClaim> {
        let text = self.text;
        let previous = recent.last()?;
        let mut quantities = self.figures.iter().copied().filter(|f| is_quantity(f));
        let (Some(part), None) = (quantities.next(), quantities.next()) else {
            return None;
        };
        let mut percents = self
            .figures
            .iter()
            .copied()
            .filter(|f| matches!(f.kind(), FigureKind::Percent | FigureKind::PercentagePoints));
        let (Some(share), None) = (percents.next(), percents.next()) else {
            return None;
        };
        if share.kind() != FigureKind::Percent
            || share.start < part.end
            || share.value() <= rust_decimal::Decimal::ZERO
        {
            return None;
        }
        let after = window(text, part.end, part.end + 32);
        let after = after.trim_start_matches(|c: char| is_space(c));
        let opening = window(
            text,
            lead(part).saturating_sub(REACH).max(self.span.0),
            lead(part),
        );
        // The words that point back may be the part's own noun: "13,9 millions de ces
        // transactions".
        let pointer = ANAPHORA_AFTER
            .iter()
            .copied()
            .find(|w| {
                crate::text::scan::phrase_at(after, w).is_some()
                    || part.text.len() > w.len() && part.text.ends_with(w)
            })
            .or_else(|| {
                ANAPHORA_BEFORE
                    .iter()
                    .copied()
                    .find(|w| crate::text::scan::find_phrase(opening, w).is_some())
            })
            .or_else(|| {
                // "29,1 millions d'opérations, soit 89,8 % du total": the total named after
                // the share, which this sentence does not write.
                let after_share = window(text, share.end, share.end + 32);
                let after_share = after_share.trim_start_matches(|c: char| is_space(c));
                OF_THE_TOTAL
                    .iter()
                    .copied()
                    .find(|w| crate::text::scan::phrase_at(after_share, w).is_some())
            })?;
        let cue = self.marks.first(part.end, lead(share), Words::Shares)?;
        // A word of change anywhere before the share ("made up" is none: [`made_up`]).
        let change = self.change_word_in(self.span.0, lead(share), |_, _| false);
        if change || gap(text, part.end, lead(share)).is_none() {
            return None;
        }
        let mut totals = previous
            .quantities
            .iter()
            .chain(previous.grown_to.iter())
            .copied()
            .filter(|f| f.kind() == part.kind());
        let (Some(total), None) = (totals.next(), totals.next()) else {
            return None;
        };
        // "En 2021, 28 millions d'opérations. En 2022, ... 29,1 millions, soit 89,8 % du
        // total": a year of this sentence that is not the total's says the total is another's.
        let year = |span: (usize, usize)| {
            period_in(text, span.0, span.1)
                .and_then(|p| p.period)
                .map(crate::Period::year)
        };
        if let (Some(here), Some(there)) = (year(self.span), year(previous.span))
            && here != there
        {
            return None;
        }
        Some(share_claim(
            (part, total, share),
            (previous.span.0, self.span.1),
            [pointer, cue],
        ))
    }

    /// "ويمثل هذا المبلغ 13,3 في المائة من إجمالي مبلغ الأداءات، البالغ 8,3 مليار درهم", "Ce
    /// montant représente 18,9 % du total, qui s'élève à 16,4 MMDH": the part is the figure of
    /// the sentence before that this one points back to ([`THIS_FIGURE`]), the share and its
    /// total are in this one, the total after a word that gives it ([`TOTAL_AFTER_SHARE`]). Only
    /// where this sentence holds that one percentage and that one total, and the sentence before
    /// one figure of the total's kind (that no claim used, or the later of its growth).
    fn share_of_previous_part(&self, recent: &[Recent<'f>]) -> Option<TextClaim> {
        let text = self.text;
        let previous = recent.last()?;
        let [share, total] = self.figures.as_slice() else {
            return None;
        };
        if share.kind() != FigureKind::Percent
            || share.value() <= rust_decimal::Decimal::ZERO
            || !is_quantity(total)
            || total.unit_implied
            || previous.other_figures
        {
            return None;
        }
        // The cheap tests first: the words before the total, then the word of a share.
        gap(text, share.end, lead(total)).and_then(|g| ends_with_word(g, TOTAL_AFTER_SHARE))?;
        let cue = self.marks.first(self.span.0, lead(share), Words::Shares)?;
        let part = previous.latest_of(total.kind())?;
        let opening = window(text, self.span.0, lead(share));
        let pointer = THIS_FIGURE
            .iter()
            .copied()
            .find(|p| crate::text::scan::find_phrase(opening, p).is_some())?;
        if self.change_word_in(self.span.0, lead(share), |_, _| false) {
            return None;
        }
        Some(share_claim(
            (part, total, share),
            (previous.span.0, self.span.1),
            [pointer, cue],
        ))
    }

    /// "Sur T, P ... soit S %", "T, dont P ... soit S %": a part, a total the words mark as
    /// such, and perhaps a share.
    fn share_or_within(&self, in_percent_pair: &dyn Fn(&TextFigure) -> bool, out: &mut LinkedText) {
        let text = self.text;
        let quantities: Vec<&TextFigure> = self
            .figures
            .iter()
            .copied()
            .filter(|f| is_quantity(f))
            .collect();
        let [a, b] = quantities.as_slice() else {
            return;
        };
        if a.kind() != b.kind() {
            return;
        }
        let marked = |f: &TextFigure| {
            let head = window(text, f.start.saturating_sub(40).max(self.span.0), lead(f));
            let last_words = head.trim_end_matches(|c: char| is_space(c) || c == ',');
            TOTAL_MARKERS
                .iter()
                .copied()
                .find(|m| crate::text::scan::phrase_before(last_words, m).is_some())
                .or_else(|| {
                    // "Of the 48 million transactions, ...": "of" opens the sentence (within
                    // it, "the value of the 48 million transactions" is no total).
                    let opening = window(text, self.span.0, lead(f))
                        .trim_matches(|c: char| is_space(c) || matches!(c, '"' | '«'));
                    ["of the", "of"]
                        .into_iter()
                        .find(|m| opening.eq_ignore_ascii_case(m))
                })
        };
        let percents: Vec<&TextFigure> = self
            .figures
            .iter()
            .copied()
            .filter(|f| f.kind() == FigureKind::Percent && !in_percent_pair(f))
            .collect();
        // "T, dont P": the part marker stands right before the second figure.
        let part_marker = gap(text, a.end, lead(b)).and_then(|g| ends_with_word(g, PART_MARKERS));
        // "P des T", "P of the T": those words alone between the part and its total.
        let part_of = || {
            let g = gap(text, a.end, lead(b))?.trim_matches(is_space);
            PART_OF_TOTAL
                .iter()
                .copied()
                .find(|m| crate::text::scan::phrase_at(g, m) == Some(g.len()))
        };
        let (part, total, marker) = match (marked(a), marked(b).or_else(part_of), part_marker) {
            (_, _, Some(m)) | (Some(m), None, None) => (*b, *a, m),
            (None, Some(m), None) => (*a, *b, m),
            _ => {
                if let [share] = percents.as_slice() {
                    let claim = self
                        .share_stated_first(a, b, share)
                        .or_else(|| self.share_then_total(a, b, share));
                    out.claims.extend(claim);
                }
                return;
            }
        };
        match percents.as_slice() {
            [] => out.claims.push(TextClaim {
                id: format!("within@{}", part.start),
                kind: ClaimKind::Within {
                    part: part.clone(),
                    total: total.clone(),
                },
                sentence: self.span,
                links: vec![marker.to_owned()],
                periods: Vec::new(),
            }),
            [share] if share.end <= lead(part) && lead(part) <= share.end + REACH => {
                out.claims
                    .extend(self.share_before_part(part, total, share, marker));
            }
            [share] => {
                let cue_from = part.end.min(share.start);
                let Some(cue) = self.marks.first(cue_from, share.start, Words::Shares) else {
                    return;
                };
                // "soit une hausse de R %": a rate of change, not a share.
                if self
                    .marks
                    .first(cue_from, share.start, Words::Falls)
                    .or_else(|| self.marks.first(cue_from, share.start, Words::Rises))
                    .is_some()
                    || share.value() < rust_decimal::Decimal::ZERO
                    || share.start < part.end
                {
                    return;
                }
                out.claims
                    .push(share_claim((part, total, share), self.span, [marker, cue]));
            }
            _ => {}
        }
    }

    /// A share written before the part and its marked total: "بحصة S في المائة من مبلغ
    /// الأداءات، إذ بلغت حصتها P من أصل T", "avec une part de S % des paiements, soit P sur
    /// T", "a share of S% of payments, or P out of T", "تمثل ... S في المائة، أي P من أصل T".
    /// A word of a share ends right before the percentage, share words follow it or "soit",
    /// "أي", "i.e." alone stands between it and the part, no word of change comes before it,
    /// and the words after it name no other quantity than the part's.
    fn share_before_part(
        &self,
        part: &TextFigure,
        total: &TextFigure,
        share: &TextFigure,
        marker: &'static str,
    ) -> Option<TextClaim> {
        let text = self.text;
        let weak_cue_alone = || {
            gap(text, share.end, lead(part)).is_some_and(|g| {
                let g = g.trim_matches(|c: char| is_space(c) || matches!(c, ',' | '،'));
                WEAK_CUES.contains(&g)
            })
        };
        let follows = share_follows(text, share.end);
        if share.value() < rust_decimal::Decimal::ZERO || !(follows || weak_cue_alone()) {
            return None;
        }
        let near = lead(share).saturating_sub(REACH / 2).max(self.span.0);
        let own = self.own_words_start(share);
        let (from, cue) = match self.marks.ending_near(near, lead(share), 4, Words::Shares) {
            Some(cue) if follows => (near, cue),
            // "تمثل البطاقات الأجنبية S في المائة، أي P من أصل T": the verb of a share before
            // its subject, or share words after the percentage left out for "soit", "أي" or
            // "i.e."; a verb of a share only, then, not a word that also announces a rate
            // ("ارتفعت ... بنسبة S في المائة، أي P من أصل T" is a rise), and no word of change
            // back to the figure before.
            _ => {
                let (_, _, entry) =
                    self.marks
                        .within(own, lead(share), Words::Shares)
                        .find(|&(_, _, entry)| {
                            ALL_WORDS
                                .index_in
                                .get(entry)
                                .and_then(|lists| lists.get(Words::Growth as usize))
                                .is_some_and(Option::is_none)
                        })?;
                (own, ALL_WORDS.set.word(entry)?)
            }
        };
        if WEAK_CUES.contains(&cue) || self.change_word_in(from, lead(share), |_, w| w == cue) {
            return None;
        }
        if self.names_another(share.end, lead(part), part.kind()) {
            return None;
        }
        Some(share_claim((part, total, share), self.span, [cue, marker]))
    }

    /// Whether a word of change stands between `from` and `to`: a word of growth that is not
    /// one of [`WEAK_CUES`] and not one `except` lets pass (given where the word ends and
    /// the word).
    fn change_word_in(&self, from: usize, to: usize, except: impl Fn(usize, &str) -> bool) -> bool {
        self.marks
            .within(from, to, Words::Growth)
            .filter_map(|(end, _, entry)| Some((end, ALL_WORDS.set.word(entry)?)))
            .any(|(end, w)| {
                !WEAK_CUES.contains(&w) && !made_up(self.text, end, w) && !except(end, w)
            })
    }

    /// Whether the words from `from` to `to`, up to the first comma, name a quantity other than
    /// `kind` ("من عدد العمليات" before an amount).
    fn names_another(&self, from: usize, to: usize, kind: FigureKind) -> bool {
        let words = window(self.text, from, to.min(from + REACH));
        let words = words
            .find([',', ';', '،', '('])
            .and_then(|i| words.get(..i))
            .unwrap_or(words);
        match crate::text::extract::named_quantity(words) {
            Some(Named::Amount) => kind != FigureKind::AmountMad,
            Some(Named::Count) => kind != FigureKind::Transactions,
            Some(Named::Cards) => kind != FigureKind::Cards,
            Some(Named::Merchants) => kind != FigureKind::Merchants,
            Some(Named::Other) => true,
            Some(Named::Operations) | None => false,
        }
    }

    /// A part, its share, then the total the share is of: "P, أي S في المائة من العدد
    /// الإجمالي البالغ T", "P, soit S % du total, qui s'élève à T", "P, or S% of the total,
    /// which stood at T". The three follow each other; a word of a share comes between the
    /// part and the percentage, share words follow it, and the words before the total end
    /// with one that gives the total's amount ([`TOTAL_AFTER_SHARE`]).
    fn share_then_total(
        &self,
        part: &TextFigure,
        total: &TextFigure,
        share: &TextFigure,
    ) -> Option<TextClaim> {
        let text = self.text;
        if !self.in_order([part, share, total]) {
            return None;
        }
        if share.value() < rust_decimal::Decimal::ZERO || !share_follows(text, share.end) {
            return None;
        }
        gap(text, part.end, lead(share))?;
        let cue = self.marks.first(part.end, lead(share), Words::Shares)?;
        if self
            .marks
            .first(part.end, lead(share), Words::Falls)
            .is_some()
            || self
                .marks
                .first(part.end, lead(share), Words::Rises)
                .is_some()
        {
            return None;
        }
        // Or "of the" right before the total, which a word of a total follows: "or 22.9% of the
        // MAD 16.4 billion total", "soit 18,9 % des 16,4 milliards de dirhams du total".
        let total_named_after = || {
            let after = window(text, total.end, total.end + 16);
            let after = after.trim_start_matches(|c: char| is_space(c));
            ["total", "du total", "au total", "in total", "الإجمالي"]
                .iter()
                .any(|w| crate::text::scan::phrase_at(after, w).is_some())
        };
        let marker = gap(text, share.end, lead(total)).and_then(|g| {
            ends_with_word(g, TOTAL_AFTER_SHARE).or_else(|| {
                let g = g.trim_matches(|c: char| is_space(c));
                ["of the", "des", "من"]
                    .into_iter()
                    .find(|m| g == *m)
                    .filter(|_| total_named_after())
            })
        })?;
        if self.names_another(share.end, lead(total), total.kind()) {
            return None;
        }
        Some(share_claim((part, total, share), self.span, [cue, marker]))
    }

    /// Whether `three` are figures of the sentence that follow each other, in this order.
    fn in_order(&self, three: [&TextFigure; 3]) -> bool {
        let [first, second, third] = three;
        let at = self.figures.partition_point(|f| f.start < first.start);
        match (
            self.figures.get(at),
            self.figures.get(at + 1),
            self.figures.get(at + 2),
        ) {
            (Some(a), Some(b), Some(c)) => {
                std::ptr::eq(*a, first) && std::ptr::eq(*b, second) && std::ptr::eq(*c, third)
            }
            _ => false,
        }
    }

    /// A share written before its total and its part: "représentent S % des T opérations,
    /// soit P", "accounted for S% of the T transactions, or P", "تمثل S في المائة من مجموع
    /// العمليات البالغ T، أي P". The percentage, the total and the part follow each other; a
    /// word of a share comes before the percentage and no word of change; share words ("des",
    /// "of", "من مجموع") follow it, and "soit", "or" or "أي" comes right before the part.
    fn share_stated_first(
        &self,
        total: &TextFigure,
        part: &TextFigure,
        share: &TextFigure,
    ) -> Option<TextClaim> {
        let text = self.text;
        if !self.in_order([share, total, part]) {
            return None;
        }
        if share.value() < rust_decimal::Decimal::ZERO || !share_follows(text, share.end) {
            return None;
        }
        gap(text, share.end, lead(total))?;
        let cue = gap(text, total.end, lead(part)).and_then(|g| ends_with_word(g, WEAK_CUES))?;
        let from = lead(share).saturating_sub(REACH / 2).max(self.span.0);
        let verb = self.marks.first(from, lead(share), Words::Shares)?;
        if self.change_word_in(from, lead(share), |_, _| false) || WEAK_CUES.contains(&verb) {
            return None;
        }
        Some(share_claim((part, total, share), self.span, [verb, cue]))
    }

    /// An average ticket alone in its sentence, its inputs in the sentence before: "33,7
    /// millions d'opérations ... pour un total de 10,9 milliards de dirhams. Le panier moyen
    /// ressort ainsi à 323 dirhams.", "... MAD 6.1 billion. The average ticket came in at MAD
    /// 332.", "... 6,1 مليار درهم. وبلغ متوسط قيمة العملية الواحدة 332 درهما.". The sentence
    /// holds that amount and no other number (not even a year), the words of an average end right before it, or before a verb
    /// that ends right before it ([`LINKING_VERBS`]); the sentences in reach hold one count of
    /// operations and one amount, and nothing else (no other figure, no number left unread).
    fn average_of_recent(&self, recent: &[Recent<'f>]) -> Option<TextClaim> {
        let [stated] = self.figures.as_slice() else {
            return None;
        };
        // No other number in the sentence: not even a year, which may be another period than
        // that of the inputs ("Le panier moyen ressort à 332 dirhams en 2024").
        let numeric =
            |from: usize, to: usize| window(self.text, from, to).chars().any(char::is_numeric);
        if stated.kind() != FigureKind::AmountMad
            || recent.iter().any(|r| r.other_figures)
            || numeric(self.span.0, stated.start)
            || numeric(stated.end, self.span.1)
        {
            return None;
        }
        let head = window(
            self.text,
            lead(stated).saturating_sub(REACH).max(self.span.0),
            lead(stated),
        );
        let head = crate::text::scan::trim_end_spaces(head);
        let cue = ends_with_word(head, TICKET_CUES).or_else(|| {
            let verb = ends_with_word(head, LINKING_VERBS)?;
            let before = head.get(..head.len().checked_sub(verb.len())?)?;
            ends_with_word(before, TICKET_CUES)
        })?;
        let mut earlier = recent.iter().flat_map(|r| r.quantities.iter().copied());
        let (Some(a), Some(b), None) = (earlier.next(), earlier.next(), earlier.next()) else {
            return None;
        };
        let (operations, value) = match (a.kind(), b.kind()) {
            (FigureKind::Transactions, FigureKind::AmountMad) => (a, b),
            (FigureKind::AmountMad, FigureKind::Transactions) => (b, a),
            _ => return None,
        };
        // A number the reader left out ("et 2,1 millions de retraits") may be what the average
        // is of.
        if operations.unit_implied
            || unread_number(self.text, self.span, self.figures.iter().copied(), true)
            || recent
                .iter()
                .any(|r| unread_number(self.text, r.span, r.figures, true))
        {
            return None;
        }
        let start = recent.first().map_or(self.span.0, |r| r.span.0);
        Some(TextClaim {
            id: format!("average_ticket@{}", stated.start),
            kind: ClaimKind::AverageTicket {
                value: value.clone(),
                operations: operations.clone(),
                stated: (*stated).clone(),
            },
            sentence: (start, self.span.1),
            links: vec![cue.to_owned()],
            periods: Vec::new(),
        })
    }

    /// "1,2 milliard de dirhams pour 2,1 millions d'opérations, soit un panier moyen de 571
    /// DH": one amount, one count, and an amount the words make an average; no number left
    /// unread beside them.
    ///
    /// The count may be the sentence before's, when this one has none and its words before the
    /// amount point back to what that sentence counted ("The transactions were worth 8.1
    /// billion dirhams, giving an average basket of 384 dirhams", "وناهز المبلغ الإجمالي"):
    /// the one count it wrote, or the later of its growth.
    fn average_ticket(&self, recent: &[Recent<'f>], out: &mut LinkedText) {
        let amounts: Vec<&TextFigure> = self
            .figures
            .iter()
            .copied()
            .filter(|f| f.kind() == FigureKind::AmountMad)
            .collect();
        // Two amounts or none of this: most sentences are turned away here.
        if amounts.len() != 2 {
            return;
        }
        let mut counts: Vec<&TextFigure> = self
            .figures
            .iter()
            .copied()
            .filter(|f| f.kind() == FigureKind::Transactions && !f.unit_implied)
            .collect();
        let mut start = self.span.0;
        if counts.is_empty()
            && !self
                .figures
                .iter()
                .any(|f| crate::text::extract::is_count(f.kind()))
            && let Some(previous) = recent.last()
            && let Some(first) = self.figures.first()
            && BACK_TO_COUNT.iter().any(|w| {
                crate::text::scan::find_phrase(window(self.text, self.span.0, first.start), w)
                    .is_some()
            })
        {
            let mut earlier = previous
                .quantities
                .iter()
                .chain(previous.grown_to.iter())
                .copied()
                .filter(|f| crate::text::extract::is_count(f.kind()));
            if let (Some(count), None) = (earlier.next(), earlier.next())
                && count.kind() == FigureKind::Transactions
                && !count.unit_implied
            {
                counts.push(count);
                start = previous.span.0;
            }
        }
        let ([operations], [x, y]) = (counts.as_slice(), amounts.as_slice()) else {
            return;
        };
        // The words of an average end just before the amount: "panier moyen de", "متوسط"; or
        // a verb stands between ("Le panier moyen s'est établi à X"); or a word of an average
        // comes before it and words of one operation after it ("أي بمعدل X درهما للعملية
        // الواحدة", "soit en moyenne X dirhams par opération"): "بمعدل X شهريا" is an average
        // per month, and "X dirhams par opération" alone may be a fee.
        let text = self.text;
        let cue = |f: &TextFigure| {
            // Long enough for the longest words of an average ("متوسط مبلغ العملية الواحدة").
            let from = lead(f).saturating_sub(64).max(self.span.0);
            self.marks
                .ending_near(from, lead(f), 16, Words::Tickets)
                .or_else(|| {
                    let from = lead(f).saturating_sub(80).max(self.span.0);
                    let (end, _, entry) =
                        self.marks.within(from, lead(f), Words::Tickets).last()?;
                    let between = gap(text, end, lead(f))?;
                    let figure_between = self
                        .figures
                        .iter()
                        .any(|g| end <= g.start && g.end <= lead(f));
                    // "وبلغ متوسط سلة المشتريات عبر الإنترنت X": the verb before its subject,
                    // and only the words of the web between the average and its amount.
                    let online_only = TICKET_QUALIFIERS.contains(
                        &between
                            .trim_matches(|c: char| is_space(c))
                            .to_lowercase()
                            .as_str(),
                    );
                    (!figure_between
                        && (ends_with_word(between, LINKING_VERBS).is_some() || online_only))
                        .then(|| ALL_WORDS.set.word(entry))
                        .flatten()
                })
                .or_else(|| {
                    let word = self.marks.ending_near(from, lead(f), 16, Words::Averages)?;
                    let after = window(text, f.end, f.end + 40);
                    let after = after.trim_start_matches(|c: char| is_space(c));
                    PER_OPERATION
                        .iter()
                        .any(|w| crate::text::scan::phrase_at(after, w).is_some())
                        .then_some(word)
                })
        };
        let (value, stated, word) = match (cue(x), cue(y)) {
            (None, Some(w)) => (*x, *y, w),
            (Some(w), None) => (*y, *x, w),
            _ => return,
        };
        // "2,1 milliards de dirhams pour 4,2 millions d'opérations et 3 milliards pour les
        // retraits, et le panier moyen ...": an amount the reader left out may be what the
        // average is of, as in the sentences before an average alone.
        if unread_number(text, self.span, self.figures.iter().copied(), true) {
            return;
        }
        out.claims.push(TextClaim {
            id: format!("average_ticket@{}", stated.start),
            kind: ClaimKind::AverageTicket {
                value: value.clone(),
                operations: (*operations).clone(),
                stated: stated.clone(),
            },
            sentence: (start, self.span.1),
            links: vec![word.to_owned()],
            periods: Vec::new(),
        });
    }
}

/// The word of comparison of `words` when they compare with a year whose figure a relative
/// clause then gives: "مقارنة بسنة 2022، التي سجلت", "par rapport à 2022, qui avait
/// enregistré", "compared with 2022, when it stood at".
fn compared_with_a_year(words: &str) -> Option<&'static str> {
    let words = words.trim_end_matches(|c: char| is_space(c));
    let (head, _) = RECORDED_IN
        .iter()
        .find_map(|r| Some((words.strip_suffix(r)?, *r)))?;
    let head = head.trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | '،'));
    let year = head.get(head.len().checked_sub(4)?..)?;
    if !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let head = head.get(..head.len() - 4)?;
    ends_with_word(
        crate::text::scan::trim_end_spaces(head),
        &[
            "مقارنة بسنة",
            "مقارنة بعام",
            "مقارنة مع سنة",
            "par rapport à",
            "compared with",
            "against",
        ],
    )
}

/// The kind of figure a clause that names `named` is of: a count of operations, an amount,
/// cards or merchant sites; `None` for operations that may be counted or valued, and for a
/// count of something not ours.
fn kind_named(named: Named) -> Option<FigureKind> {
    match named {
        Named::Count => Some(FigureKind::Transactions),
        Named::Amount => Some(FigureKind::AmountMad),
        Named::Cards => Some(FigureKind::Cards),
        Named::Merchants => Some(FigureKind::Merchants),
        Named::Operations | Named::Other => None,
    }
}

/// Words that open another part of a sentence: "et", "and", "و" (also glued to the word it
/// opens, "وارتفع"), "ainsi que", "as well as", "كما", and the contrasts ("tandis que",
/// "while", "في حين").
const PART_OPENERS: &[&str] = &["ainsi que", "as well as", "كما"];

/// The last two words of each phrase of `lexicon::CHANGE_TIES` (the last alone for a phrase of
/// one word), and "by": what [`after_change_words`] compares, word by word.
static CHANGE_ENDS: LazyLock<Vec<(&'static str, Option<&'static str>)>> = LazyLock::new(|| {
    crate::text::lexicon::CHANGE_TIES
        .iter()
        .copied()
        .chain(["by"])
        .map(|phrase| {
            let mut words = phrase.rsplit(' ');
            (words.next().unwrap_or(phrase), words.next())
        })
        .collect()
});

/// The comparatives that may end a sentence after its change in points, and whether each says
/// a fall: "soit 4 points de moins", "4 points more".
const POINTS_COMPARED: &[(&str, bool)] = &[
    ("de moins", true),
    ("de plus", false),
    ("less", true),
    ("lower", true),
    ("fewer", true),
    ("more", false),
    ("higher", false),
];

/// Words of a later time after a later share: "de 14,8 % à fin juin 2022 à 11,3 % un an plus
/// tard".
const LATER: &[&str] = &[
    "un an plus tard",
    "une année plus tard",
    "a year later",
    "one year later",
    "بعد سنة",
    "سنة بعد ذلك",
];

/// Whether `word`, ending at `end`, is the "up" of "made up" ("made up 7.4% of the total"), a
/// verb of a share and no word of a rise.
fn made_up(text: &str, end: usize, word: &str) -> bool {
    word == "up"
        && ends_with_word(
            window(text, end.saturating_sub(24), end.saturating_sub(word.len())),
            &["made", "make", "makes", "making"],
        )
        .is_some()
}

/// Whether `words` are the span of time a change took and nothing else: "over two years", "sur
/// un an", "en l'espace d'une année", "in a year", "خلال سنة", "في ظرف سنتين".
fn is_duration(words: &str) -> bool {
    let words = words.to_lowercase();
    let span_of = |rest: &str| {
        let mut parts = rest.split(is_space).filter(|w| !w.is_empty());
        match (parts.next(), parts.next(), parts.next()) {
            (Some(unit), None, None) => DURATION_UNITS.contains(&unit),
            (Some(count), Some(unit), None) => {
                DURATION_COUNTS.contains(&count) && DURATION_UNITS.contains(&unit)
            }
            _ => false,
        }
    };
    DURATION_OPENINGS.iter().any(|opening| {
        words.strip_prefix(opening).is_some_and(|rest| {
            (rest.starts_with(is_space) || opening.ends_with('\'')) && span_of(rest)
        })
    })
}

/// Whether `head` ends with the words of a change before the size of it ("en hausse de",
/// "an increase of", "بزيادة قدرها", "by"), compared on its last two words.
fn after_change_words(head: &str) -> bool {
    let mut words = head
        .rsplit(|c: char| is_space(c) || matches!(c, ',' | '،'))
        .filter(|w| !w.is_empty());
    let (Some(last), second) = (words.next(), words.next()) else {
        return false;
    };
    // "made up 7.4% of": a verb of a share, no rise.
    if last.eq_ignore_ascii_case("up")
        && second.is_some_and(|w| {
            ["made", "make", "makes", "making"]
                .iter()
                .any(|m| m.eq_ignore_ascii_case(w))
        })
    {
        return false;
    }
    CHANGE_ENDS.iter().any(|&(l, s)| {
        l.eq_ignore_ascii_case(last)
            && s.is_none_or(|s| second.is_some_and(|w| s.eq_ignore_ascii_case(w)))
    })
}

/// Whether `words` are only words of a change ([`CHANGE_FILLERS`]), and if so whether one of them
/// makes it a fall ([`FALL_FILLERS`]).
fn only_change_words(words: &str) -> Option<bool> {
    change_words(words).map(|(fall, _)| fall)
}

/// As [`only_change_words`], with whether a word makes the change a fall, and whether one makes
/// it a rise ([`RISE_FILLERS`]).
fn change_words(words: &str) -> Option<(bool, bool)> {
    let mut fall = false;
    let mut rise = false;
    for word in words
        .split(|c: char| is_space(c) || matches!(c, ',' | '،' | '—' | '–'))
        .filter(|w| !w.is_empty())
    {
        // "(+9,6 points", "d'un", "بـ": the marks glued to a word are words of their own.
        let parts = word
            .split_inclusive(['(', '+', '\''])
            .flat_map(|p| match p.strip_suffix(['(', '+']) {
                Some(head) => vec![head, p.get(head.len()..).unwrap_or_default()],
                None => vec![p],
            })
            .filter(|p| !p.is_empty());
        for part in parts {
            let folded = part.to_lowercase();
            if !CHANGE_FILLERS.contains(&folded.as_str()) {
                return None;
            }
            fall |= FALL_FILLERS.contains(&folded.as_str());
            rise |= RISE_FILLERS.contains(&folded.as_str());
        }
    }
    Some((fall, rise))
}

/// Whether `words` open with a word that starts another part of the sentence
/// ([`PART_OPENERS`], [`COORDINATORS`], [`CONTRASTS`]), after spaces and punctuation, or with
/// a semicolon.
fn opens_with_coordinator(words: &str) -> bool {
    if opens_with_semicolon(words) {
        return true;
    }
    let rest = words.trim_start_matches(|c: char| {
        is_space(c) || matches!(c, ',' | '،' | ')' | '(' | '-' | '–')
    });
    let word_at = |w: &&str| crate::text::scan::phrase_at(rest, w).is_some();
    // The Arabic "و" is written glued to the word it opens.
    let glued_and = rest
        .strip_prefix('و')
        .and_then(|r| r.chars().next())
        .is_some_and(|c| crate::text::scan::is_letter(c) || c.is_ascii_digit());
    glued_and
        || COORDINATORS.iter().any(word_at)
        || PART_OPENERS.iter().any(word_at)
        || CONTRASTS.iter().any(word_at)
}

/// Whether `words` are one coordination ("and", "et", "و", glued or not) with at most the
/// words of a period around it ("in 2022 and", "en 2022 et", "سنة 2022 و"), and commas.
fn only_a_coordination(words: &str) -> bool {
    let mut coordinations = 0;
    for word in words.split(|c: char| is_space(c) || matches!(c, ',' | '،')) {
        if word.is_empty() {
            continue;
        }
        let (glued, word) = match word.strip_prefix('و') {
            Some(rest) if !rest.is_empty() => (true, rest),
            _ => (false, word),
        };
        if glued || matches!(word, "and" | "et" | "و") {
            coordinations += 1;
            if glued && !PERIOD_WORDS.contains(&word) && !crate::text::scan::is_four_digits(word) {
                return false;
            }
            continue;
        }
        if !PERIOD_WORDS.contains(&word) && !crate::text::scan::is_four_digits(word) {
            return false;
        }
    }
    coordinations == 1
}

/// Whether `words` open with a semicolon, Latin or Arabic, after spaces and commas: it closes
/// a part as a contrast does ("..., +17 % ; cartes étrangères, ..."), however long the words.
fn opens_with_semicolon(words: &str) -> bool {
    words
        .trim_start_matches(|c: char| is_space(c) || matches!(c, ',' | '،' | ')'))
        .starts_with([';', '\u{061B}'])
}

/// Which rate goes with which pair, from the order of the words: `(pair, rate)` indices, or
/// `None` when the order allows more than one reading.
///
/// One pair and one rate go together. Several alternate, each rate on the same side of its pair
/// ("P R P R" or "R P R P"). Pairs then rates ("P P R R") or rates then pairs go in order only
/// with a word such as "respectivement". Anything else is ambiguous.
fn match_rates(
    order: &[Item],
    pairs: usize,
    rates: usize,
    respectively: bool,
) -> Option<Vec<(usize, usize)>> {
    if rates == 0 {
        return Some(Vec::new());
    }
    if pairs != rates {
        return None;
    }
    let in_order: Vec<(usize, usize)> = (0..pairs).map(|i| (i, i)).collect();
    if pairs == 1 {
        return Some(in_order);
    }
    let alternates = order.chunks(2).all(|c| match c {
        [Item::Pair(_), Item::Rate(_)] => matches!(order.first(), Some(Item::Pair(_))),
        [Item::Rate(_), Item::Pair(_)] => matches!(order.first(), Some(Item::Rate(_))),
        _ => false,
    });
    let grouped = order.iter().take(pairs).all(|i| matches!(i, Item::Pair(_)))
        || order.iter().take(rates).all(|i| matches!(i, Item::Rate(_)));
    if alternates || (grouped && respectively) {
        Some(in_order)
    } else {
        None
    }
}

/// The clause that governs a claim: its pair and rate, with at most [`REACH`] bytes before
/// and half as many after, within the sentence.
fn clause_of(
    pair_span: (usize, usize),
    rate: &TextFigure,
    sentence: (usize, usize),
) -> (usize, usize) {
    let first = pair_span.0.min(lead(rate));
    let last = pair_span.1.max(rate.end);
    (
        first.saturating_sub(REACH).max(sentence.0),
        last.saturating_add(REACH / 2).min(sentence.1),
    )
}

/// The periods of a pair's figures, as the words right after each name them.
fn claim_periods(
    text: &str,
    pair: &Pair<'_>,
    sentence_end: usize,
) -> Vec<(&'static str, TextPeriod)> {
    let (first, second) = if pair.from.start < pair.to.start {
        (pair.from, pair.to)
    } else {
        (pair.to, pair.from)
    };
    let first_period = period_in(text, first.end, lead(second));
    let second_period = period_in(text, second.end, sentence_end);
    let (from, to) = if std::ptr::eq(first, pair.from) {
        (first_period, second_period)
    } else {
        (second_period, first_period)
    };
    [("from", from), ("to", to)]
        .into_iter()
        .filter_map(|(role, p)| p.map(|p| (role, p)))
        .collect()
}

/// Whether the year the rate's own words name ("ارتفع بنسبة 31 في المائة سنة 2023") is not the
/// year the pair ends in: the end figure's year is another, or the start figure's is later.
/// The words read are those after the rate, up to the next figure of the pair or the end of
/// its clause; a year that a word of comparison introduces ("par rapport à 2023") is none
/// ([`period_in`]).
fn rate_of_another_year(
    text: &str,
    pair: &Pair<'_>,
    rate: &Rate<'_>,
    clause: (usize, usize),
    periods: &[(&'static str, TextPeriod)],
) -> bool {
    let limit = [pair.from, pair.to]
        .into_iter()
        .map(lead)
        .filter(|&at| at >= rate.figure.end)
        .min()
        .unwrap_or(clause.1);
    let Some(year) = period_in(text, rate.figure.end, limit)
        .and_then(|p| p.period)
        .map(crate::Period::year)
    else {
        return false;
    };
    year_of(periods, "to").is_some_and(|y| y != year)
        || year_of(periods, "from").is_some_and(|y| y > year)
}

/// The year of the period that `periods` give the figure of `role` ("from", "to"), if named.
fn year_of(periods: &[(&'static str, TextPeriod)], role: &str) -> Option<crate::model::Year> {
    periods
        .iter()
        .find(|(r, _)| *r == role)
        .and_then(|(_, p)| p.period)
        .map(crate::Period::year)
}

/// Whether the rate's words say it is over a year ("+25 % sur un an", "up 25% y/y", "على أساس
/// سنوي", [`OVER_A_YEAR`]) while the pair's years, both named, are not a year apart: "48.6
/// million in 2024, up 25% y/y, against 41.2 million in 2022" compares with a year the text
/// does not give.
fn year_on_year_of_other_years(
    text: &str,
    rate: &Rate<'_>,
    periods: &[(&'static str, TextPeriod)],
) -> bool {
    let start = noun_after(text, rate.figure.end).map_or(rate.figure.end, |(_, end)| end);
    if over_a_year_at(text, start).is_none() {
        return false;
    }
    not_a_year_apart(periods)
}

/// Whether `periods` name the years of both figures of a pair, and they are not a year apart.
fn not_a_year_apart(periods: &[(&'static str, TextPeriod)]) -> bool {
    matches!(
        (year_of(periods, "from"), year_of(periods, "to")),
        (Some(from), Some(to)) if to.years_since(from) != 1
    )
}

/// Whether `span` holds a number that no figure of `figures` (in text order) holds and that may
/// be a figure the reader left out: one with a scale word after it ("12.3 million"); unless
/// `scaled_only`, also one of three digits or more, or with a decimal mark ("8 310 unités").
/// Years (1900-2099 alone) and numbers inside words ("A320", "Q3") are none.
fn unread_number<'f>(
    text: &str,
    span: (usize, usize),
    figures: impl IntoIterator<Item = &'f TextFigure>,
    scaled_only: bool,
) -> bool {
    // Only the gaps between the figures are read, each by a tight search for a digit's first
    // byte (measured: a walk of every byte of the sentence cost 7.3 M instructions on the
    // bench corpus).
    let mut from = span.0;
    for f in figures.into_iter().map(Some).chain([None]) {
        let to = f.map_or(span.1, |f| f.start).clamp(from, span.1);
        if unread_in_gap(text, (from, to), scaled_only) {
            return true;
        }
        if let Some(f) = f {
            from = from.max(f.end);
        }
    }
    false
}

/// [`unread_number`] over one gap between figures.
fn unread_in_gap(text: &str, (from, to): (usize, usize), scaled_only: bool) -> bool {
    let bytes = text.as_bytes();
    let mut at = from;
    while at < to {
        // ASCII digits, and the Arabic-Indic ones (U+0660-0669, U+06F0-06F9) by their bytes.
        let Some(offset) = bytes.get(at..to).and_then(|gap| {
            gap.iter().enumerate().position(|(k, &b)| {
                b.is_ascii_digit()
                    || ((b == 0xD9 || b == 0xDB)
                        && gap.get(k + 1).is_some_and(|&c| {
                            (b == 0xD9 && (0xA0..=0xA9).contains(&c))
                                || (b == 0xDB && (0xB0..=0xB9).contains(&c))
                        }))
            })
        }) else {
            return false;
        };
        at += offset;
        // A digit after a letter is within a word, unless the letter is the conjunction "و"
        // glued to the number ("و3 مليارات").
        let head = text.get(..at).unwrap_or_default();
        let mut back = head.chars().rev();
        let in_word = match (back.next(), back.next()) {
            (Some('و'), before) => before.is_some_and(char::is_alphanumeric),
            (last, _) => last.is_some_and(char::is_alphanumeric),
        };
        let Some(number) = crate::text::scan::number(text, at).filter(|_| !in_word) else {
            at += text
                .get(at..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            continue;
        };
        at = number.run_end.max(at + 1);
        let year = number.whole_len == 4
            && number.fraction_len == 0
            && number.single_mark.is_none()
            && number.digits.is_some_and(|d| (1900..=2099).contains(&d));
        if year {
            continue;
        }
        let after = text.get(number.end..).unwrap_or_default();
        let after = after.trim_start_matches(is_space);
        let scaled = crate::text::lexicon::AFTER
            .at_start(after)
            .get(crate::text::lexicon::List::Scale)
            .is_some();
        let big = number.fraction_len > 0 || number.whole_len >= 3 || number.single_mark.is_some();
        if scaled || (!scaled_only && big) {
            return true;
        }
    }
    false
}

/// Whether the periods named put the start figure after the end figure, or both in one period.
fn periods_against_words(periods: &[(&'static str, TextPeriod)]) -> bool {
    let of = |role: &str| {
        periods
            .iter()
            .find(|(r, _)| *r == role)
            .and_then(|(_, p)| p.period)
    };
    matches!((of("from"), of("to")), (Some(a), Some(b)) if a >= b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`sentences`] as it was first written: every character decoded.
    fn sentences_by_chars(text: &str, figures: &[TextFigure]) -> Vec<(usize, usize, bool)> {
        let mut spans = Vec::new();
        let mut start = 0;
        let mut new_paragraph = true;
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
            spans.push((start, i, new_paragraph));
            new_paragraph = blank_line;
            start = i + c.len_utf8();
        }
        if start < text.len() {
            spans.push((start, text.len(), new_paragraph));
        }
        spans
    }

    /// Text of figures, words and every mark that may end a sentence, in Latin and Arabic
    /// script (`ß` and `ٟ` end in the byte 9F, as `؟` does).
    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let pieces = [
            "1",
            "4",
            "2014",
            ",",
            ".",
            "5",
            " ",
            "\n",
            "\n\n",
            "!",
            "?",
            "؟",
            "%",
            " %",
            "»",
            "\"",
            " millions",
            " MMDH",
            " DH",
            " مليون",
            " درهم",
            " في المائة",
            "ß",
            "ٟ",
            "ن",
            "de",
            "à",
            " soit",
            " Le",
            "…",
            "\u{a0}",
        ];
        proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 0..40)
            .prop_map(|p| p.concat())
    }

    proptest::proptest! {
        #[test]
        fn sentences_read_as_character_by_character(text in text()) {
            let figures = extract(&text);
            proptest::prop_assert_eq!(sentences(&text, &figures), sentences_by_chars(&text, &figures));
        }
    }
}
