//! Finds the claims an article makes with its figures and checks them.
//!
//! `cargo run --example check_text -- article.txt`, or pipe a text in; `--json` prints one JSON
//! object per claim. With no file and nothing on standard input, reads `examples/article_ar.txt`,
//! a text we wrote in the style of the 2015 article on the CMI's 2014 results.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use morocco_ecommerce::{check_text, Checker, Interval, TextClaim, TextFigure};

fn main() -> ExitCode {
    let mut json = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: check_text [--json] [file]  (reads standard input when piped)");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(arg),
            _ => {
                eprintln!("error: unexpected argument {arg:?}; usage: check_text [--json] [file]");
                return ExitCode::from(2);
            }
        }
    }
    let text = match read_input(path.as_deref()) {
        Ok(t) => t,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    let claims = check_text(&text, &Checker::new());
    if json {
        let objects: Vec<serde_json::Value> = claims.iter().map(to_json).collect();
        match serde_json::to_string_pretty(&objects) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
        return ExitCode::SUCCESS;
    }
    for c in &claims {
        let sentence = text
            .get(c.sentence.0..c.sentence.1)
            .unwrap_or_default()
            .trim()
            .replace('\n', " ");
        println!("{} claim: {sentence}", c.kind);
        for (role, f) in [("from", &c.from), ("to", &c.to), ("stated", &c.stated)] {
            if let Some(f) = f {
                println!(
                    "  {role:<7} {:<32} = {} ({})",
                    f.text,
                    f.value.normalize(),
                    f.qualifier.as_str()
                );
            }
        }
        println!("  linked by: {}", c.links.join(", "));
        println!(
            "  stated {}  computed {}",
            c.finding.stated.to_string_rounded(4),
            c.finding.computed.to_string_rounded(4)
        );
        println!("  verdict: {}", c.finding.verdict.name());
        println!("  {}", c.finding.explanation);
        println!();
    }
    println!("{} claims", claims.len());
    ExitCode::SUCCESS
}

fn read_input(path: Option<&str>) -> Result<String, String> {
    if let Some(path) = path {
        return std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    }
    let stdin = std::io::stdin();
    let mut text = String::new();
    if !stdin.is_terminal() {
        stdin
            .lock()
            .read_to_string(&mut text)
            .map_err(|e| format!("standard input: {e}"))?;
    }
    if text.trim().is_empty() {
        let default = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/article_ar.txt");
        return std::fs::read_to_string(default).map_err(|e| format!("{default}: {e}"));
    }
    Ok(text)
}

fn value(f: Option<&TextFigure>) -> serde_json::Value {
    f.map_or(serde_json::Value::Null, |f| {
        serde_json::Value::String(f.value.normalize().to_string())
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
