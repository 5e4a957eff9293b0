//! Finds the claims an article makes with its figures and checks them.
//!
//! `cargo run --example check_text -- article.txt`, or pipe a text in. A plain run prints one
//! block per claim: its sentence with the claim's figures marked `[[...]]`, each figure by role
//! with the period its words name, the words that linked them and the verdict; then the rates
//! the linker could not tie to figures, with the reason. `--json` prints an array with one JSON
//! object per claim (the claim, its figures by role with their byte spans, its periods and its
//! finding, or the error that kept it from being checked), then one object per rate not checked,
//! with `"verdict": "not_checked"` and the reason. With no file and nothing on standard input, reads `examples/article_ar.txt`,
//! a text we wrote in the style of the 2015 article on the CMI's 2014 results.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::check::{Checker, Finding};
use morocco_ecommerce::data::{Dataset, FigureCheck, RecordVerdict, claim_misprints};
use morocco_ecommerce::text::{TextClaim, link_text};
use morocco_ecommerce::{Date, Error};

#[path = "support/cli.rs"]
mod cli;

#[path = "support/checked.rs"]
mod checked;

const USAGE: &str =
    "check_text [--json] [--record [--date YYYY-MM-DD]] [file]  (reads standard input when piped)";

fn main() -> ExitCode {
    let parsed = match cli::parse_with(USAGE, true, true, &["--record"], &["--date"]) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let record = parsed.flag("--record");
    let date = match parsed.option("--date") {
        None => None,
        Some(_) if !record => {
            return cli::usage_error("--date is the article's date for --record", USAGE);
        }
        Some(d) => match d.parse::<Date>() {
            Ok(d) => Some(d),
            Err(e) => return cli::usage_error(&format!("--date {d:?}: {e}"), USAGE),
        },
    };
    let options = Options { record, date };
    cli::finish(run(parsed.args.path.as_deref(), parsed.args.json, options))
}

/// What `--record` and `--date` ask for.
#[derive(Clone, Copy)]
struct Options {
    /// Check each figure against the record too.
    record: bool,
    /// The article's date, for "last year".
    date: Option<Date>,
}

fn run(path: Option<&str>, json: bool, options: Options) -> Result<(), String> {
    let text = cli::read_text(path, "article_ar.txt")?;
    let checker = Checker::new();
    let linked = link_text(&text);
    let claims: Vec<(TextClaim, Result<Finding, Error>)> = linked
        .claims
        .iter()
        .map(|c| (c.clone(), c.check(&checker)))
        .collect();
    let compared: Vec<FigureCheck> = if options.record {
        Dataset::cmi().check_linked(&text, &linked, options.date, &checker)
    } else {
        Vec::new()
    };
    // One line (one object) per attributed figure; the unattributed are counted.
    let attributed: Vec<&FigureCheck> = compared.iter().filter(|c| c.attribution.is_ok()).collect();
    if json {
        let objects: Vec<Line<'_>> = checked::entries(&claims, &linked.not_checked)
            .into_iter()
            .map(Line::Entry)
            .chain(attributed.iter().map(|c| Line::Record(c)))
            .collect();
        return cli::print_json(&objects);
    }
    for (c, finding) in &claims {
        out!("{} claim {}", c.kind.name(), c.id);
        out!("  {}", marked(&text, c));
        for (role, f) in c.kind.figures() {
            let period = c
                .periods
                .iter()
                .find(|(r, _)| *r == role.name)
                .map(|(_, p)| format!("  [{}]", p.text))
                .unwrap_or_default();
            out!(
                "  {:<10} {:<32} = {} ({}){period}",
                role.name,
                f.text,
                f.value().normalize(),
                f.qualifier().as_str()
            );
        }
        out!("  linked by: {}", c.links.join(", "));
        match finding {
            Ok(finding) => {
                out!(
                    "  stated {}  computed {}",
                    finding.stated.to_string_rounded(4),
                    finding.computed.to_string_rounded(4)
                );
                out!(
                    "  verdict: {}, sharpness {}",
                    finding.verdict.name(),
                    finding.sharpness.map_or_else(
                        || "unbounded".to_owned(),
                        |s| format!("{} units of the stated last digit", s.round_dp(2))
                    )
                );
                out!("  {}", finding.explanation);
                for (role, m) in claim_misprints(&text, c, &checker) {
                    out!(
                        "  probably a misprint of the {role} figure: \"{}\" ({}) would make it hold",
                        m.written,
                        m.slip
                    );
                }
            }
            Err(e) => out!("  not checked: {e}"),
        }
        out!();
    }
    for n in &linked.not_checked {
        let figures: Vec<&str> = n.figures.iter().map(|f| f.text.as_str()).collect();
        out!("not checked: {}", figures.join(" | "));
        out!("  {}", sentence(&text, n.sentence));
        out!(
            "  reason: {} ({})",
            n.reason.explanation(),
            n.reason.as_str()
        );
        if !n.candidates.is_empty() {
            out!("  {} possible readings", n.candidates.len());
        }
        out!();
    }
    if options.record {
        print_record(&compared, &attributed);
    }
    out!(
        "{} claims, {} not checked",
        claims.len(),
        linked.not_checked.len()
    );
    Ok(())
}

/// The figures against the record: one line per attributed figure, with what the record says
/// and the observations behind it, the probable misprints under a conflict, and a count of the
/// figures the words leave unattributed, with why.
fn print_record(compared: &[FigureCheck], attributed: &[&FigureCheck]) {
    out!("against the record:");
    for c in attributed {
        let Ok(a) = &c.attribution else { continue };
        let Some(comparison) = &c.comparison else {
            continue;
        };
        let verdict = match comparison.verdict {
            RecordVerdict::Conflicts { margin } => {
                format!(
                    "conflicts by {} units of its last digit",
                    margin.normalize()
                )
            }
            v => v.name().to_owned(),
        };
        let with: Vec<String> = comparison
            .observations
            .iter()
            .map(|o| {
                let mark = if o.agrees { "=" } else { "≠" };
                format!("{mark} {} \"{}\"", o.id, o.as_written)
            })
            .collect();
        let with = if with.is_empty() {
            String::new()
        } else {
            format!("  {}", with.join("; "))
        };
        let source = match a.period_source {
            morocco_ecommerce::data::PeriodSource::Sentence => String::new(),
            s => format!(", {s}"),
        };
        out!(
            "  {:<32} {} {} {} [{}{source}]: {verdict}{with}",
            c.figure.text,
            a.period,
            a.scope,
            a.measure,
            a.period_words
        );
        for m in &c.misprints {
            out!(
                "    probably a misprint of \"{}\" ({}), which agrees with {}",
                m.written,
                m.slip,
                m.observations.join(", ")
            );
        }
    }
    let unattributed: Vec<String> = compared
        .iter()
        .filter_map(|c| {
            c.attribution
                .as_ref()
                .err()
                .map(|e| format!("{} ({})", c.figure.text, e.as_str()))
        })
        .collect();
    out!(
        "  {} figures attributed, {} unattributed{}",
        attributed.len(),
        unattributed.len(),
        if unattributed.is_empty() {
            String::new()
        } else {
            format!(": {}", unattributed.join(", "))
        }
    );
    out!();
}

/// A sentence on one line.
fn sentence(text: &str, span: (usize, usize)) -> String {
    text.get(span.0..span.1)
        .unwrap_or_default()
        .trim()
        .replace('\n', " ")
}

/// The claim's sentence with each of its figures marked `[[...]]`.
fn marked(text: &str, claim: &TextClaim) -> String {
    let mut spans: Vec<(usize, usize)> = claim
        .kind
        .figures()
        .into_iter()
        .map(|(_, f)| (f.start, f.end))
        .filter(|&(s, e)| claim.sentence.0 <= s && e <= claim.sentence.1)
        .collect();
    spans.sort_unstable();
    let mut out = String::new();
    let mut at = claim.sentence.0;
    for (start, end) in spans {
        if start < at {
            continue;
        }
        out.push_str(text.get(at..start).unwrap_or_default());
        out.push_str("[[");
        out.push_str(text.get(start..end).unwrap_or_default());
        out.push_str("]]");
        at = end;
    }
    out.push_str(text.get(at..claim.sentence.1).unwrap_or_default());
    out.trim().replace('\n', " ")
}

/// One object of the `--json` array: a claim with what checking it gave, a rate not checked
/// (both as [`checked::Entry`] writes them, which the fact-check page shares), or, with
/// `--record`, a figure against the record.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Line<'a> {
    Entry(checked::Entry<'a>),
    Record(&'a FigureCheck),
}
