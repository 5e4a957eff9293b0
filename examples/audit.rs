//! Audits every claim the CMI series 2010-2024 implies, full years and parts of years: stated
//! growth rates (a partial year's against the same months a year earlier), shares, parts
//! against totals, average tickets and compound rates, against the figures they rest on, and
//! the conflicts between sources ("none" when there are none).
//!
//! `cargo run --example audit`; `--json` prints the audit as one object (`checks`, with their
//! `findings` and `errors`, and `conflicts`), each check a finding with its `inputs`; a path reads your own
//! figures in the same TSV schema (or JSON, a list of observations, for a `.json` file).

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::check::{Checker, Verdict};
use morocco_ecommerce::data::Dataset;

#[path = "support/cli.rs"]
mod cli;

fn main() -> ExitCode {
    cli::main("audit [--json] [figures.tsv|figures.json]", run)
}

fn load(path: Option<&str>) -> Result<Dataset, String> {
    let Some(path) = path else {
        return Ok(Dataset::cmi());
    };
    let text = cli::read_file(path)?;
    if std::path::Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        let observations = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
        Dataset::from_observations(observations).map_err(|e| format!("{path}: {e}"))
    } else {
        Dataset::from_tsv(&text).map_err(|e| format!("{path}: {e}"))
    }
}

fn run(path: Option<&str>, json: bool) -> Result<(), String> {
    let data = load(path)?;
    let audit = data.audit(&Checker::new());
    if json {
        return cli::print_json(&audit);
    }
    out!(
        "{} observations, {} checks, {} conflicts",
        data.observations().len(),
        audit.checks.findings.len(),
        audit.conflicts.len()
    );
    for (verdict, count) in audit.checks.counts() {
        // How sharp the tests behind each verdict were: the median width of their computed
        // ranges in units of the stated last digit, and how many ranges were unbounded.
        let mut widths: Vec<rust_decimal::Decimal> = audit
            .checks
            .findings
            .iter()
            .filter(|c| c.finding.verdict.name() == verdict)
            .filter_map(|c| c.finding.sharpness)
            .collect();
        widths.sort_unstable();
        let median = widths
            .get(widths.len() / 2)
            .map_or_else(|| "-".to_owned(), |m| m.round_dp(2).to_string());
        let unbounded = count - widths.len();
        out!(
            "  {verdict:<30} {count:>4}   median sharpness {median:>10} units, {unbounded} unbounded"
        );
    }
    let sharp = |f: &morocco_ecommerce::check::Finding| {
        f.sharpness.map_or_else(
            || "unbounded".to_owned(),
            |s| format!("{} units of the stated last digit", s.round_dp(2)),
        )
    };
    // A heading with nothing under it would read as output cut short: say "none".
    let none = |empty: bool| if empty { " none" } else { "" };
    out!(
        "\nClaims that do not add up:{}",
        none(audit.checks.alarms().next().is_none())
    );
    for c in audit.checks.alarms() {
        let stated = data.get(&c.claim);
        out!(
            "- {} ({}): {}, sharpness {}",
            c.claim,
            stated.map_or("", |o| o.as_written.as_str()),
            c.finding.verdict.name(),
            sharp(&c.finding)
        );
        if let Verdict::Inconsistent { margin, .. } = &c.finding.verdict {
            out!("  margin: {margin} units of the stated last digit");
        }
        out!("  {}", c.finding.explanation);
        for id in std::iter::once(&c.claim).chain(&c.inputs) {
            if let Some(o) = data.get(id) {
                out!("  {:<44} {:<36} {}", o.id, o.as_written, o.source_url);
            }
        }
    }
    out!(
        "\nConflicts between sources:{}",
        none(audit.conflicts.is_empty())
    );
    for c in &audit.conflicts {
        let a = data.get(&c.first);
        let b = data.get(&c.second);
        out!(
            "- {} {} vs {} {}",
            c.first,
            c.first_range.to_string_rounded(4),
            c.second,
            c.second_range.to_string_rounded(4)
        );
        for o in [a, b].into_iter().flatten() {
            out!("  {:<44} {:<36} {}", o.id, o.as_written, o.source_url);
        }
    }
    for (id, e) in &audit.checks.errors {
        out!("could not check {id}: {e}");
    }
    Ok(())
}
