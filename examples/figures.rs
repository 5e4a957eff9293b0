//! Lists the figures in a text: counts of operations, amounts of dirhams and percentages, in
//! Arabic, French or English.
//!
//! `cargo run --example figures -- article.txt`, or pipe a text in:
//! `echo "plus de 2,1 millions d'opérations" | cargo run --example figures`. `--json` prints one
//! JSON object per figure. With no file and nothing on standard input, reads `examples/article_fr.txt`.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use morocco_ecommerce::{extract, Assumption, FigureKind, TextFigure};

fn main() -> ExitCode {
    let mut json = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: figures [--json] [file]  (reads standard input when piped)");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(arg),
            _ => {
                eprintln!("error: unexpected argument {arg:?}; usage: figures [--json] [file]");
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
    let figures = extract(&text);
    if json {
        let objects: Vec<serde_json::Value> = figures.iter().map(to_json).collect();
        match serde_json::to_string_pretty(&objects) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
        return ExitCode::SUCCESS;
    }
    println!(
        "{:>6} {:>6}  {:<11} {:>16} {:>12}  {:<10} text",
        "start", "end", "kind", "value", "precision", "qualifier"
    );
    for f in &figures {
        println!(
            "{:>6} {:>6}  {:<11} {:>16} {:>12}  {:<10} {}",
            f.start,
            f.end,
            kind(f.kind),
            f.value.to_string(),
            f.precision.to_string(),
            f.qualifier.as_str(),
            f.text
        );
    }
    println!("{} figures", figures.len());
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
        let default = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/article_fr.txt");
        return std::fs::read_to_string(default).map_err(|e| format!("{default}: {e}"));
    }
    Ok(text)
}

fn kind(k: FigureKind) -> &'static str {
    match k {
        FigureKind::Count => "count",
        FigureKind::AmountMad => "amount_mad",
        _ => "percent",
    }
}

fn to_json(f: &TextFigure) -> serde_json::Value {
    let range = f.range(Assumption::default()).ok();
    let end = |b: Option<morocco_ecommerce::Bound>| b.map(|b| b.value.normalize().to_string());
    serde_json::json!({
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "kind": kind(f.kind),
        "value": f.value.normalize().to_string(),
        "precision": f.precision.normalize().to_string(),
        "qualifier": f.qualifier.as_str(),
        "low": range.and_then(|r| end(r.low())),
        "high": range.and_then(|r| end(r.high())),
    })
}
