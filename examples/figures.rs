//! Lists the figures in a text: counts of operations, amounts of dirhams and percentages, in
//! Arabic, French or English.
//!
//! `cargo run --example figures -- article.txt`, or pipe a text in:
//! `echo "plus de 2,1 millions d'opérations" | cargo run --example figures`. `--json` prints one
//! JSON object per figure. With no file and nothing on standard input, reads `examples/article_fr.txt`.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::text::{TextFigure, extract};
use morocco_ecommerce::{Assumption, Interval};

#[path = "support/cli.rs"]
mod cli;

fn main() -> ExitCode {
    cli::main(
        "figures [--json] [file]  (reads standard input when piped)",
        run,
    )
}

fn run(path: Option<&str>, json: bool) -> Result<(), String> {
    let text = cli::read_text(path, "article_fr.txt")?;
    let figures = extract(&text);
    if json {
        let objects: Vec<WithRange<'_>> = figures.iter().map(to_json).collect();
        return cli::print_json(&objects);
    }
    out!(
        "{:>6} {:>6}  {:<11} {:>16} {:>12}  {:<10} text",
        "start",
        "end",
        "kind",
        "value",
        "precision",
        "qualifier"
    );
    for f in &figures {
        out!(
            "{:>6} {:>6}  {:<11} {:>16} {:>12}  {:<10} {}",
            f.start,
            f.end,
            f.kind().as_str(),
            f.value().to_string(),
            f.precision().to_string(),
            f.qualifier().as_str(),
            f.text
        );
    }
    out!("{} figures", figures.len());
    Ok(())
}

/// A figure with its range under the default assumption: the figure's own JSON object, with the
/// interval's `low`, `high`, `low_closed` and `high_closed` beside its fields (none where the
/// figure has no range).
#[derive(serde::Serialize)]
struct WithRange<'a> {
    #[serde(flatten)]
    figure: &'a TextFigure,
    #[serde(flatten)]
    range: Option<Interval>,
}

fn to_json(f: &TextFigure) -> WithRange<'_> {
    WithRange {
        figure: f,
        range: f.range(Assumption::default()).ok(),
    }
}
