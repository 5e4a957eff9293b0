//! What the page shows of a text: the adapter between the library's claims and findings and
//! the page's JSON. Every field the script reads is built here, from [`TextClaim`],
//! [`TextFigure`] and [`Finding`]; a field the library adds later (a claim's period, a reason
//! it was not checked) is one more field of [`ClaimView`] or [`NotChecked`].

use std::collections::HashMap;

use morocco_ecommerce::check::{Checker, Finding, Verdict};
use morocco_ecommerce::data::Dataset;
use morocco_ecommerce::data::Scope;
use morocco_ecommerce::text::{NotChecked as LinkerNotChecked, TextClaim, TextFigure, link_text};
use morocco_ecommerce::{Error, FigureKind, Interval};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::checked;

/// Everything the page shows of one text.
///
/// ```
/// let page = morocco_ecommerce_web::page("Payments rose from 1.24 million to 1.55 million operations, up 25%.");
/// assert_eq!(page.summary.claims, 1);
/// assert_eq!(page.claims[0].verdict.as_ref().map(|v| v.name), Some("consistent"));
/// assert_eq!(page.paragraphs[0].dir, "ltr");
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Page {
    /// The counts at the top of the page.
    pub summary: Summary,
    /// The text, paragraph by paragraph, cut into plain text, figures and claim badges.
    pub paragraphs: Vec<Paragraph>,
    /// Every figure read, in text order.
    pub figures: Vec<FigureView>,
    /// Every claim found, in text order, with what checking it gave.
    pub claims: Vec<ClaimView>,
    /// What was read and not checked, with why.
    pub not_checked: Vec<NotChecked>,
    /// The record's scope the article speaks of, for its chart (`total` unless the text names
    /// Moroccan or foreign cards).
    pub scope: &'static str,
    /// What `check_text --json` prints for this text, as it prints it.
    pub check_text_json: String,
    /// Every figure the words attribute to a period, a scope and a measure, against the record
    /// (`Dataset::cmi().check_article`), as `check_text --record --json` writes it.
    pub record: Vec<serde_json::Value>,
}

/// The counts at the top of the page.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Summary {
    /// Claims found.
    pub claims: usize,
    /// Claims checked, by verdict (only the verdicts met), in the order of [`VERDICT_ORDER`].
    pub by_verdict: Vec<VerdictCount>,
    /// Figures read.
    pub figures: usize,
    /// Figures read, by kind (only the kinds met).
    pub figures_by_kind: Vec<KindCount>,
    /// Claims and figures not checked.
    pub not_checked: usize,
}

/// How many claims got one verdict.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct VerdictCount {
    /// The verdict's canonical name.
    pub name: &'static str,
    /// The verdict in words.
    pub words: &'static str,
    /// Its tone: `ok`, `warn`, `alarm` or `none`.
    pub tone: &'static str,
    /// How many claims.
    pub count: usize,
}

/// How many figures of one kind.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct KindCount {
    /// The kind's canonical name (`count`, `amount_mad`...).
    pub kind: &'static str,
    /// The kind in words.
    pub label: &'static str,
    /// How many figures.
    pub count: usize,
}

/// A paragraph of the text, with its direction.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Paragraph {
    /// `rtl` when the paragraph has more Arabic letters than Latin ones, else `ltr`.
    pub dir: &'static str,
    /// `ar` for a right-to-left paragraph; empty where the page does not say.
    pub lang: &'static str,
    /// Its pieces, in order.
    pub pieces: Vec<Piece>,
}

/// A piece of a paragraph.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "t", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Piece {
    /// Text as written.
    Text {
        /// The text.
        text: String,
    },
    /// A figure as written.
    Figure {
        /// Its index in [`Page::figures`].
        figure: usize,
        /// The figure as written.
        text: String,
    },
    /// The badge of a claim, after its sentence.
    Claim {
        /// Its index in [`Page::claims`].
        claim: usize,
    },
}

/// A figure read in the text.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct FigureView {
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset after it.
    pub end: usize,
    /// As written.
    pub text: String,
    /// Its kind's canonical name.
    pub kind: &'static str,
    /// Its kind in words.
    pub kind_label: &'static str,
    /// Its value in base units, exact.
    pub value: String,
    /// The unit of its last digit.
    pub precision: String,
    /// Its hedge (`exact`, `about`, `more_than`...).
    pub qualifier: &'static str,
    /// How it was read, in words: "1950000 operations (to the nearest 10000), exact".
    pub read: String,
    /// The claims it is a figure of (indices in [`Page::claims`]).
    pub claims: Vec<usize>,
}

/// A figure of a claim, in its role.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct RoleFigure {
    /// The role (`from`, `to`, `stated`, `part`, `total`...).
    pub role: &'static str,
    /// Its index in [`Page::figures`].
    pub figure: usize,
    /// As written.
    pub text: String,
    /// As read, in words.
    pub read: String,
}

/// A verdict as the page shows it.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct VerdictView {
    /// The canonical name (`inconsistent`...).
    pub name: &'static str,
    /// In words.
    pub words: &'static str,
    /// `ok`, `warn`, `alarm` or `none`.
    pub tone: &'static str,
}

/// A range as the page draws it: exact ends, and ends rounded for labels.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct IntervalView {
    /// The low end, exact; `None` when unbounded below.
    pub low: Option<String>,
    /// The high end, exact; `None` when unbounded above.
    pub high: Option<String>,
    /// Whether the low end is in the range.
    pub low_closed: bool,
    /// Whether the high end is in the range.
    pub high_closed: bool,
    /// The range rounded to four decimals, as the checker's explanation writes it.
    pub label: String,
}

/// What checking a claim found, as the page shows it.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct FindingView {
    /// The stated figure's range.
    pub stated: IntervalView,
    /// The range the inputs give.
    pub computed: IntervalView,
    /// The value the inputs give as written, exact.
    pub point: Option<String>,
    /// The same, rounded to four decimals.
    pub point_label: Option<String>,
    /// The unit of the stated figure: `%`, `operations`, `MAD`...
    pub unit: &'static str,
    /// The computed range's width in units of the stated last digit, rounded to two decimals.
    pub sharpness: Option<String>,
    /// The nearest statement at the stated precision that would be consistent, where the
    /// verdict gives one.
    pub nearest_statement: Option<String>,
    /// The gap between the ranges in units of the stated last digit, for an inconsistent claim.
    pub margin: Option<String>,
    /// The checker's sentence.
    pub explanation: String,
}

/// A claim and what checking it gave.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct ClaimView {
    /// Its id (`growth@213`).
    pub id: String,
    /// Its kind (`growth`, `share`, `within`).
    pub kind: &'static str,
    /// Its sentence, as written.
    pub sentence: String,
    /// Its figures by role.
    pub figures: Vec<RoleFigure>,
    /// The words that linked them.
    pub links: Vec<String>,
    /// The verdict; `None` when the claim could not be checked.
    pub verdict: Option<VerdictView>,
    /// The finding; `None` when the claim could not be checked.
    pub finding: Option<FindingView>,
    /// Why it could not be checked.
    pub error: Option<String>,
    /// Each of the claim's figures against the record, as `check_text --record --json` writes a
    /// figure (its `verdict`: `agrees`, `conflicts`, `not_in_record`, or `unattributed` with the
    /// `reason`), in the order of the roles.
    pub record: Vec<serde_json::Value>,
}

/// Something read and not checked.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct NotChecked {
    /// What: the figure or the claim as written.
    pub what: String,
    /// Why, in words.
    pub reason: String,
}

/// The verdicts in the order the summary lists them, worst first.
pub const VERDICT_ORDER: [&str; 7] = [
    "inconsistent",
    "impossible",
    "consistent_only_with_rounding",
    "consistent_only_under",
    "consistent",
    "uninformative",
    "undefined",
];

/// A verdict in words and tone.
fn verdict_view(verdict: &Verdict) -> VerdictView {
    let name = verdict.name();
    let (words, tone) = match name {
        "consistent" => ("Consistent", "ok"),
        "consistent_only_under" => ("Consistent only under some readings", "warn"),
        "consistent_only_with_rounding" => ("Consistent only with rounding", "warn"),
        "inconsistent" => ("Inconsistent", "alarm"),
        "impossible" => ("Impossible", "alarm"),
        "uninformative" => ("Uninformative: the figures cannot test it", "none"),
        "undefined" => ("Undefined: nothing to test", "none"),
        _ => ("Checked", "none"),
    };
    VerdictView { name, words, tone }
}

/// A kind in words.
fn kind_label(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Transactions => "operations",
        FigureKind::AmountMad => "dirhams",
        FigureKind::Percent => "percent",
        FigureKind::Merchants => "merchant sites",
        FigureKind::Cards => "cards",
        _ => kind.as_str(),
    }
}

/// The unit a stated figure of `kind` is written in.
fn unit(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Percent => "%",
        FigureKind::AmountMad => "MAD",
        other => kind_label(other),
    }
}

fn words_of(f: &TextFigure) -> String {
    let value = f.value().normalize();
    let precision = f.precision().normalize();
    let unit = match f.kind() {
        FigureKind::Percent => "%".to_owned(),
        other => format!(" {}", kind_label(other)),
    };
    let implied = if f.unit_implied {
        ", no unit written"
    } else {
        ""
    };
    format!(
        "{value}{unit} (to the nearest {precision}), {}{implied}",
        f.qualifier().as_str().replace('_', " ")
    )
}

fn figure_view(f: &TextFigure) -> FigureView {
    FigureView {
        start: f.start,
        end: f.end,
        text: f.text.clone(),
        kind: f.kind().as_str(),
        kind_label: kind_label(f.kind()),
        value: f.value().normalize().to_string(),
        precision: f.precision().normalize().to_string(),
        qualifier: f.qualifier().as_str(),
        read: words_of(f),
        claims: Vec::new(),
    }
}

fn rounded(d: Decimal) -> String {
    d.round_dp(4).normalize().to_string()
}

fn interval_view(i: &Interval) -> IntervalView {
    IntervalView {
        low: i.low().map(|b| b.value.normalize().to_string()),
        high: i.high().map(|b| b.value.normalize().to_string()),
        low_closed: i.low().is_some_and(|b| b.closed),
        high_closed: i.high().is_some_and(|b| b.closed),
        label: i.to_string_rounded(4),
    }
}

fn finding_view(claim: &TextClaim, f: &Finding) -> FindingView {
    let (nearest, margin) = match &f.verdict {
        Verdict::Inconsistent {
            margin,
            nearest_statement,
            ..
        } => (
            nearest_statement.map(|d| d.normalize().to_string()),
            Some(margin.round_dp(2).normalize().to_string()),
        ),
        _ => (None, None),
    };
    FindingView {
        stated: interval_view(&f.stated),
        computed: interval_view(&f.computed),
        point: f.point.map(|p| p.normalize().to_string()),
        point_label: f.point.map(rounded),
        unit: unit(claim.kind.stated().kind()),
        sharpness: f.sharpness.map(|s| s.round_dp(2).normalize().to_string()),
        nearest_statement: nearest,
        margin,
        explanation: f.explanation.clone(),
    }
}

/// The claim as the page shows it; `figure_index` finds a figure's index in the page's list.
fn claim_view(
    text: &str,
    claim: &TextClaim,
    finding: &Result<Finding, Error>,
    figure_index: impl Fn(&TextFigure) -> Option<usize>,
) -> ClaimView {
    let figures = claim
        .kind
        .figures()
        .into_iter()
        .filter_map(|(role, f)| {
            Some(RoleFigure {
                role: role.name,
                figure: figure_index(f)?,
                text: f.text.clone(),
                read: words_of(f),
            })
        })
        .collect();
    let (verdict, finding_view, error) = match finding {
        Ok(f) => (
            Some(verdict_view(&f.verdict)),
            Some(finding_view(claim, f)),
            None,
        ),
        Err(e) => (None, None, Some(e.to_string())),
    };
    ClaimView {
        id: claim.id.clone(),
        kind: claim.kind.name(),
        sentence: text
            .get(claim.sentence.0..claim.sentence.1)
            .unwrap_or_default()
            .trim()
            .to_owned(),
        figures,
        links: claim.links.clone(),
        verdict,
        finding: finding_view,
        error,
        record: Vec::new(),
    }
}

/// What `check_text --json` prints for a text's claims with their findings and its rates not
/// checked, as it prints it, ending with a line break.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::text::link_text;
/// let linked = link_text("Payments rose from 1.24 million to 1.55 million operations, up 25%.");
/// let claims: Vec<_> = linked.claims.iter().map(|c| (c.clone(), c.check(&Checker::new()))).collect();
/// let json = morocco_ecommerce_web::check_text_json(&claims, &linked.not_checked);
/// assert!(json.contains("\"verdict\": \"consistent\""));
/// ```
#[must_use]
pub fn check_text_json(
    claims: &[(TextClaim, Result<Finding, Error>)],
    not_checked: &[LinkerNotChecked],
) -> String {
    let objects = checked::entries(claims, not_checked);
    // Serializing borrowed claims and findings into a string cannot fail.
    let mut json = serde_json::to_string_pretty(&objects).unwrap_or_default();
    json.push('\n');
    json
}

/// Whether `c` is an Arabic letter (the Arabic blocks and presentation forms).
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

/// The paragraphs of `text` as byte spans: its lines, blank ones left out.
fn paragraph_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            spans.push((start, start + body.len()));
        }
        start = end;
    }
    spans
}

/// Where a claim's badge goes: after its sentence and the punctuation that closes it, within
/// `paragraph_end`.
fn badge_position(text: &str, sentence_end: usize, paragraph_end: usize) -> usize {
    let rest = text.get(sentence_end..paragraph_end).unwrap_or_default();
    let closing = rest
        .char_indices()
        .find(|(_, c)| {
            !matches!(
                c,
                '.' | '،' | '؛' | ',' | ';' | '!' | '?' | '؟' | ')' | '»' | '"'
            )
        })
        .map_or(rest.len(), |(i, _)| i);
    sentence_end + closing
}

/// The scope of the record an article speaks of: the Moroccan or the foreign cards' series
/// when it names them, else the total.
fn scope_of(text: &str) -> Scope {
    let lower = text.to_lowercase();
    let any = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let moroccan = any(&[
        "cartes marocaines",
        "cartes bancaires marocaines",
        "moroccan cards",
        "البطاقات المغربية",
        "بطاقات مغربية",
    ]);
    let foreign = any(&[
        "cartes étrangères",
        "foreign cards",
        "البطاقات الأجنبية",
        "بطاقات أجنبية",
    ]);
    match (moroccan, foreign) {
        (true, false) => Scope::MoroccanCards,
        (false, true) => Scope::ForeignCards,
        _ => Scope::Total,
    }
}

/// Everything the page shows of `text`: its figures, its claims checked by the default
/// [`Checker`], the paragraphs to draw, the summary and the JSON of `check_text --json`.
#[must_use]
pub fn page(text: &str) -> Page {
    let checker = Checker::new();
    let linked = link_text(text);
    let compared = Dataset::cmi().check_linked(text, &linked, None, &checker);
    // Each figure's comparison as JSON, by its span.
    let record_of: HashMap<(usize, usize), serde_json::Value> = compared
        .iter()
        .map(|c| {
            let mut json = serde_json::to_value(c).unwrap_or_default();
            if let (Err(reason), Some(object)) = (&c.attribution, json.as_object_mut()) {
                object.insert("verdict".to_owned(), "unattributed".into());
                object.insert(
                    "reason".to_owned(),
                    serde_json::Value::String(reason.to_string()),
                );
            }
            ((c.figure.start, c.figure.end), json)
        })
        .collect();
    let claims: Vec<(TextClaim, Result<Finding, Error>)> = linked
        .claims
        .iter()
        .map(|c| (c.clone(), c.check(&checker)))
        .collect();
    let mut figures: Vec<FigureView> = linked.figures.iter().map(figure_view).collect();
    // A claim's figure is the one checked: the linker may have read a bare scale word as
    // dirhams, so its reading replaces the reader's. Figures are found by their span, through
    // one map, so a long text costs time in proportion to its length.
    let mut at: HashMap<(usize, usize), usize> = figures
        .iter()
        .enumerate()
        .map(|(i, f)| ((f.start, f.end), i))
        .collect();
    for (claim, _) in &claims {
        for (_, f) in claim.kind.figures() {
            if let Some(view) = at.get(&(f.start, f.end)).and_then(|&i| figures.get_mut(i)) {
                *view = figure_view(f);
            } else {
                at.insert((f.start, f.end), figures.len());
                figures.push(figure_view(f));
            }
        }
    }
    figures.sort_by_key(|f| (f.start, f.end));
    let at: HashMap<(usize, usize), usize> = figures
        .iter()
        .enumerate()
        .map(|(i, f)| ((f.start, f.end), i))
        .collect();
    let index_of = |f: &TextFigure| at.get(&(f.start, f.end)).copied();
    let mut views: Vec<ClaimView> = claims
        .iter()
        .map(|(c, f)| claim_view(text, c, f, index_of))
        .collect();
    for (view, (claim, _)) in views.iter_mut().zip(&claims) {
        view.record = claim
            .kind
            .figures()
            .into_iter()
            .filter_map(|(_, f)| record_of.get(&(f.start, f.end)).cloned())
            .collect();
    }
    for (i, view) in views.iter().enumerate() {
        for rf in &view.figures {
            if let Some(f) = figures.get_mut(rf.figure) {
                f.claims.push(i);
            }
        }
    }

    let mut not_checked = Vec::new();
    for n in &linked.not_checked {
        let written: Vec<&str> = n.figures.iter().map(|f| f.text.as_str()).collect();
        not_checked.push(NotChecked {
            what: written.join(", "),
            reason: n.reason.explanation().to_owned(),
        });
    }
    for view in &views {
        if let Some(error) = &view.error {
            not_checked.push(NotChecked {
                what: format!("the {} claim {}", view.kind, view.id),
                reason: format!("it could not be checked: {error}"),
            });
        }
    }
    for f in figures.iter().filter(|f| f.claims.is_empty()) {
        not_checked.push(NotChecked {
            what: f.text.clone(),
            reason: "no words of its sentence tie it to other figures in a claim the checker \
                     can test"
                .to_owned(),
        });
    }

    let summary = Summary {
        claims: views.len(),
        by_verdict: VERDICT_ORDER
            .iter()
            .filter_map(|name| {
                let matching: Vec<&VerdictView> = views
                    .iter()
                    .filter_map(|v| v.verdict.as_ref())
                    .filter(|v| v.name == *name)
                    .collect();
                let first = matching.first()?;
                Some(VerdictCount {
                    name: first.name,
                    words: first.words,
                    tone: first.tone,
                    count: matching.len(),
                })
            })
            .collect(),
        figures: figures.len(),
        figures_by_kind: FigureKind::ALL
            .iter()
            .filter_map(|kind| {
                let count = figures.iter().filter(|f| f.kind == kind.as_str()).count();
                (count > 0).then(|| KindCount {
                    kind: kind.as_str(),
                    label: kind_label(*kind),
                    count,
                })
            })
            .collect(),
        not_checked: not_checked.len(),
    };

    let paragraphs = paragraphs(text, &figures, &views, &claims);
    Page {
        summary,
        paragraphs,
        figures,
        claims: views,
        not_checked,
        scope: scope_of(text).as_str(),
        check_text_json: check_text_json(&claims, &linked.not_checked),
        record: compared
            .iter()
            .filter(|c| c.attribution.is_ok())
            .filter_map(|c| record_of.get(&(c.figure.start, c.figure.end)).cloned())
            .collect(),
    }
}

/// The paragraphs of `text`, cut into text, figures and claim badges.
fn paragraphs(
    text: &str,
    figures: &[FigureView],
    views: &[ClaimView],
    claims: &[(TextClaim, Result<Finding, Error>)],
) -> Vec<Paragraph> {
    let spans = paragraph_spans(text);
    // Each claim's badge, in the paragraph where its sentence ends (or the last one starting
    // before that end).
    let mut badges: Vec<(usize, usize, usize)> = Vec::new(); // (paragraph, position, claim)
    for (i, (claim, _)) in claims.iter().enumerate().take(views.len()) {
        let end = claim.sentence.1;
        let p = spans.partition_point(|(s, _)| *s <= end).saturating_sub(1);
        if let Some((_, p_end)) = spans.get(p) {
            let at = badge_position(text, end.min(*p_end), *p_end);
            badges.push((p, at, i));
        }
    }
    badges.sort_unstable();

    spans
        .iter()
        .enumerate()
        .map(|(p, &(start, end))| {
            let body = text.get(start..end).unwrap_or_default();
            let arabic = body.chars().filter(|c| is_arabic(*c)).count();
            let latin = body
                .chars()
                .filter(|c| c.is_alphabetic() && !is_arabic(*c))
                .count();
            let rtl = arabic > latin;
            // Events in order: figures wholly inside the paragraph, and badges.
            let mut pieces = Vec::new();
            let mut at = start;
            let push_text = |pieces: &mut Vec<Piece>, from: usize, to: usize| {
                if let Some(t) = text.get(from..to).filter(|t| !t.is_empty()) {
                    pieces.push(Piece::Text { text: t.to_owned() });
                }
            };
            // Figures are sorted by start and badges by paragraph: two binary searches each.
            let first = figures.partition_point(|f| f.start < start);
            let past = figures.partition_point(|f| f.start < end);
            let mut marks: Vec<(usize, usize, Option<usize>, Option<usize>)> = (first..past)
                .zip(figures.get(first..past).unwrap_or_default())
                .filter(|(_, f)| f.end <= end && f.start < f.end)
                .map(|(i, f)| (f.start, f.end, Some(i), None))
                .collect();
            let b_first = badges.partition_point(|(bp, _, _)| *bp < p);
            let b_past = badges.partition_point(|(bp, _, _)| *bp <= p);
            marks.extend(
                badges
                    .get(b_first..b_past)
                    .unwrap_or_default()
                    .iter()
                    .map(|&(_, pos, c)| (pos, pos, None, Some(c))),
            );
            marks.sort_by_key(|&(s, e, f, c)| (s, c.is_none(), e, f, c));
            for (s, e, figure, claim) in marks {
                if s < at {
                    // Overlaps a figure already drawn: leave it out of the drawing.
                    continue;
                }
                push_text(&mut pieces, at, s);
                if let Some(figure) = figure {
                    pieces.push(Piece::Figure {
                        figure,
                        text: text.get(s..e).unwrap_or_default().to_owned(),
                    });
                    at = e;
                } else if let Some(claim) = claim {
                    pieces.push(Piece::Claim { claim });
                    at = s;
                }
            }
            push_text(&mut pieces, at, end);
            Paragraph {
                dir: if rtl { "rtl" } else { "ltr" },
                lang: if rtl { "ar" } else { "" },
                pieces,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const AR: &str = include_str!("../../examples/article_ar.txt");

    #[test]
    fn the_seed_article_has_two_growth_claims_in_right_to_left_paragraphs() {
        let page = page(AR);
        assert_eq!(page.claims.len(), 2);
        assert!(page.claims.iter().all(|c| c.kind == "growth"));
        assert!(page.paragraphs.iter().all(|p| p.dir == "rtl"));
        // Every claim has its badge once, and the pieces give back the text of each line.
        let badges = page
            .paragraphs
            .iter()
            .flat_map(|p| &p.pieces)
            .filter(|p| matches!(p, Piece::Claim { .. }))
            .count();
        assert_eq!(badges, 2);
        for (p, (s, e)) in page.paragraphs.iter().zip(paragraph_spans(AR)) {
            let joined: String = p
                .pieces
                .iter()
                .map(|piece| match piece {
                    Piece::Text { text } | Piece::Figure { text, .. } => text.as_str(),
                    Piece::Claim { .. } => "",
                })
                .collect();
            assert_eq!(joined, &AR[s..e]);
        }
    }

    #[test]
    fn mixed_paragraphs_take_their_own_direction() {
        let text =
            "Le CMI a traité 1,95 million d'opérations.\nبلغ عدد العمليات 1,95 مليون عملية.\n";
        let page = page(text);
        let dirs: Vec<&str> = page.paragraphs.iter().map(|p| p.dir).collect();
        assert_eq!(dirs, ["ltr", "rtl"]);
        assert_eq!(page.paragraphs[1].lang, "ar");
    }

    #[test]
    fn figures_outside_claims_are_listed_as_not_checked() {
        let page = page("Le CMI a traité 1,95 million d'opérations en 2014.");
        assert_eq!(page.summary.claims, 0);
        assert_eq!(page.summary.figures, 1);
        assert_eq!(page.not_checked.len(), 1);
        assert_eq!(page.not_checked[0].what, "1,95 million d'opérations");
    }

    #[test]
    fn the_badge_goes_after_the_closing_punctuation() {
        let text = "ab 12. cd";
        assert_eq!(badge_position(text, 5, text.len()), 6);
        assert_eq!(badge_position(text, 9, text.len()), 9);
    }

    #[test]
    fn the_scope_follows_the_cards_named() {
        assert_eq!(scope_of("les cartes marocaines ont"), Scope::MoroccanCards);
        assert_eq!(scope_of("payments by foreign cards"), Scope::ForeignCards);
        assert_eq!(scope_of("عدد العمليات"), Scope::Total);
    }
}
