//! Finds the claims an article makes with its figures and checks them.
//!
//! `cargo run --example check_text -- article.txt`, or pipe a text in; `--json` prints one JSON
//! object per claim. With no file and nothing on standard input, reads `examples/article_ar.txt`,
//! a text we wrote in the style of the 2015 article on the CMI's 2014 results.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::check::{Checker, Finding};
use morocco_ecommerce::text::{TextClaim, check_text};
use morocco_ecommerce::{Error, Interval};

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
        let objects: Vec<serde_json::Value> = claims.iter().map(|(c, f)| to_json(c, f)).collect();
        return cli::print_json(&objects);
    }
    for (c, finding) in &claims {
        let sentence = text
            .get(c.sentence.0..c.sentence.1)
            .unwrap_or_default()
            .trim()
            .replace('\n', " ");
        out!("{} claim: {sentence}", c.kind.name());
        for (role, f) in c.kind.figures() {
            out!(
                "  {:<7} {:<32} = {} ({})",
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
                out!("  verdict: {}", finding.verdict.name());
                out!("  {}", finding.explanation);
            }
            Err(e) => out!("  not checked: {e}"),
        }
        out!();
    }
    out!("{} claims", claims.len());
    Ok(())
}

fn range(i: &Interval) -> serde_json::Value {
    let end = |b: Option<morocco_ecommerce::Bound>| b.map(|b| b.value.normalize().to_string());
    serde_json::json!({ "low": end(i.low()), "high": end(i.high()) })
}

fn to_json(c: &TextClaim, finding: &Result<Finding, Error>) -> serde_json::Value {
    let figures = c.kind.figures();
    let spans: Vec<[usize; 2]> = figures.iter().map(|(_, f)| [f.start, f.end]).collect();
    let values: serde_json::Map<String, serde_json::Value> = figures
        .iter()
        .map(|(role, f)| {
            (
                role.name.to_owned(),
                f.value().normalize().to_string().into(),
            )
        })
        .collect();
    let mut object = serde_json::json!({
        "kind": c.kind.name(),
        "figures": values,
        "spans": spans,
        "links": c.links,
    });
    let checked = match finding {
        Ok(f) => serde_json::json!({
            "verdict": f.verdict.name(),
            "stated_range": range(&f.stated),
            "computed": range(&f.computed),
            "explanation": f.explanation,
        }),
        Err(e) => serde_json::json!({ "error": e.to_string() }),
    };
    if let (Some(o), serde_json::Value::Object(extra)) = (object.as_object_mut(), checked) {
        o.extend(extra);
    }
    object
}
