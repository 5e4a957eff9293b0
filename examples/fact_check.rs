//! Checks published claims against the figures printed beside them.
//!
//! - `cargo run --example fact_check`: the built-in 2013-2014 claims, as a table.
//! - `cargo run --example fact_check -- examples/claims.json`: your own figures and claims (the
//!   format is documented on `ClaimsFile`).
//! - `--json`: one JSON object per claim instead of the table.
//!
//! Beside each verdict, its sharpness: the computed range's width in units of the stated
//! figure's last digit (`sharpness` in JSON, `null` for an unbounded range).

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::check::{Checker, Claim, ClaimsFile, Finding};
use morocco_ecommerce::data::{builtin_claims, moroccan_share_implications};
use morocco_ecommerce::{Assumption, Interval};

#[path = "support/cli.rs"]
mod cli;

fn main() -> ExitCode {
    cli::main("fact_check [--json] [claims.json]", run)
}

fn run(path: Option<&str>, json: bool) -> Result<(), String> {
    let (checker, claims): (Checker, Vec<Claim>) = match path {
        None => (Checker::new(), builtin_claims()),
        Some(path) => {
            let text = cli::read_file(path)?;
            let file: ClaimsFile =
                serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
            file.into_claims().map_err(|e| format!("{path}: {e}"))?
        }
    };
    let audit = checker.audit(&claims);
    if let Some((id, e)) = audit.errors.first() {
        return Err(format!("claim {id}: {e}"));
    }
    if json {
        return cli::print_json(&audit.findings);
    }
    out!(
        "{:<32} {:<30} {:<44} {:<30} {}",
        "claim",
        "stated",
        "computed",
        "verdict",
        "sharpness"
    );
    for f in &audit.findings {
        out!(
            "{:<32} {:<30} {:<44} {:<30} {}",
            f.claim,
            short(&f.stated),
            short(&f.computed),
            f.verdict.name(),
            sharpness(f)
        );
        out!("    {}", f.explanation);
    }
    let counts: Vec<String> = audit
        .counts()
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    out!("\n{}", counts.join(", "));
    if path.is_none() {
        out!("\nWhat the 95% share of Moroccan cards implies for 2014 (dirhams):");
        for d in moroccan_share_implications(Assumption::default()).map_err(|e| e.to_string())? {
            out!("  {:<34} {:<44} {}", d.id, short(&d.range), d.description);
        }
    }
    Ok(())
}

/// How sharp the test was, for the table: the computed range's width in units of the stated last
/// digit, to two decimals, or "unbounded".
fn sharpness(f: &Finding) -> String {
    f.sharpness.map_or_else(
        || "unbounded".to_owned(),
        |s| format!("{} units", s.round_dp(2)),
    )
}

/// An interval with its ends cut to four decimals, for the table.
fn short(i: &Interval) -> String {
    let cut = |b: Option<morocco_ecommerce::Bound>, up: bool| {
        b.map(|b| {
            let strategy = if up {
                rust_decimal::RoundingStrategy::ToPositiveInfinity
            } else {
                rust_decimal::RoundingStrategy::ToNegativeInfinity
            };
            morocco_ecommerce::Bound {
                value: b.value.round_dp_with_strategy(4, strategy),
                closed: b.closed,
            }
        })
    };
    Interval::new(cut(i.low(), false), cut(i.high(), true))
        .map_or_else(|_| i.to_string(), |c| c.to_string())
}
