//! Finds the claims an article makes with its figures and checks them.
//!
//! `cargo run --example check_text -- article.txt`, or pipe a text in; `--json` prints one JSON
//! object per claim: the claim (its figures by role) and its finding, or why it was not checked. With no file and nothing on standard input, reads `examples/article_ar.txt`,
//! a text we wrote in the style of the 2015 article on the CMI's 2014 results.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::check::Checker;
use morocco_ecommerce::text::check_text;

#[path = "support/cli.rs"]
mod cli;

#[path = "support/checked.rs"]
mod checked;
use checked::{Checked, to_json};

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
        let objects: Vec<Checked<'_>> = claims.iter().map(|(c, f)| to_json(c, f)).collect();
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
                out!(
                    "  verdict: {}, sharpness {}",
                    finding.verdict.name(),
                    finding.sharpness.map_or_else(
                        || "unbounded".to_owned(),
                        |s| format!("{} units of the stated last digit", s.round_dp(2))
                    )
                );
                out!("  {}", finding.explanation);
            }
            Err(e) => out!("  not checked: {e}"),
        }
        out!();
    }
    out!("{} claims", claims.len());
    Ok(())
}
