//! Finds the claims an article makes with its figures and checks them.
//!
//! `cargo run --example check_text -- article.txt`, or pipe a text in; `--json` prints one JSON
//! object per claim. With no file and nothing on standard input, reads `examples/article_ar.txt`,
//! a text we wrote in the style of the 2015 article on the CMI's 2014 results.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::Interval;
use morocco_ecommerce::check::Checker;
use morocco_ecommerce::text::{TextClaim, TextFigure, check_text};

#[path = "support/cli.rs"]
mod cli;

fn main() -> ExitCode {
    cli::main(
        "check_text [--json] [file]  (reads standard input when piped)",
        run,
    )
}

fn run(path: Option<&str>, json: bool) -> Result<(), String> {
    let text = cli::read_text(path, "article_ar.txt")?;
    let claims = check_text(&text, &Checker::new());
    if json {
        let objects: Vec<serde_json::Value> = claims.iter().map(to_json).collect();
        return cli::print_json(&objects);
    }
    for c in &claims {
        let sentence = text
            .get(c.sentence.0..c.sentence.1)
            .unwrap_or_default()
            .trim()
            .replace('\n', " ");
        out!("{} claim: {sentence}", c.kind);
        for (role, f) in [("from", &c.from), ("to", &c.to), ("stated", &c.stated)] {
            if let Some(f) = f {
                out!(
                    "  {role:<7} {:<32} = {} ({})",
                    f.text,
                    f.value().normalize(),
                    f.qualifier().as_str()
                );
            }
        }
        out!("  linked by: {}", c.links.join(", "));
        out!(
            "  stated {}  computed {}",
            c.finding.stated.to_string_rounded(4),
            c.finding.computed.to_string_rounded(4)
        );
        out!("  verdict: {}", c.finding.verdict.name());
        out!("  {}", c.finding.explanation);
        out!();
    }
    out!("{} claims", claims.len());
    Ok(())
}

fn value(f: Option<&TextFigure>) -> serde_json::Value {
    f.map_or(serde_json::Value::Null, |f| {
        serde_json::Value::String(f.value().normalize().to_string())
    })
}

fn range(i: &Interval) -> serde_json::Value {
    let end = |b: Option<morocco_ecommerce::Bound>| b.map(|b| b.value.normalize().to_string());
    serde_json::json!({ "low": end(i.low()), "high": end(i.high()) })
}

fn to_json(c: &TextClaim) -> serde_json::Value {
    let spans: Vec<[usize; 2]> = [&c.from, &c.to, &c.stated]
        .into_iter()
        .flatten()
        .map(|f| [f.start, f.end])
        .collect();
    serde_json::json!({
        "kind": c.kind,
        "from": value(c.from.as_ref()),
        "to": value(c.to.as_ref()),
        "stated": value(c.stated.as_ref()),
        "verdict": c.finding.verdict.name(),
        "stated_range": range(&c.finding.stated),
        "computed": range(&c.finding.computed),
        "spans": spans,
        "links": c.links,
        "explanation": c.finding.explanation,
    })
}
