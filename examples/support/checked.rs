//! The JSON of `check_text --json`: one object per claim of a text, with what checking it gave,
//! then one per rate the linker could not tie to figures.
//!
//! Shared by the `check_text` example and the fact-check page (`web/`, which includes this file
//! with `#[path]`), so that the page's JSON download is the example's output, byte for byte,
//! without the library depending on either.

use morocco_ecommerce::Error;
use morocco_ecommerce::check::{Finding, Verdict};
use morocco_ecommerce::text::{NotChecked, TextClaim};

/// A claim of the text with what checking it gave: the claim's own JSON object (its `id`,
/// `type`, figures by role, `sentence` and `links`), with its `finding` beside, or the `error`
/// that kept it from being checked. The finding's verdict is also written at the top level (its
/// `verdict` and details, as a verdict writes itself), where readers of this output find it;
/// the rest of the finding cannot be, as its `stated` range would meet the claim's `stated`
/// figure.
#[derive(serde::Serialize)]
pub(crate) struct Checked<'a> {
    #[serde(flatten)]
    claim: &'a TextClaim,
    #[serde(flatten)]
    verdict: Option<&'a Verdict>,
    #[serde(flatten)]
    outcome: Outcome<'a>,
}

/// What checking a claim gave: `"finding": {...}` or `"error": "..."`.
#[derive(serde::Serialize)]
#[serde(rename_all = "snake_case")]
enum Outcome<'a> {
    Finding(&'a Finding),
    Error(String),
}

/// The JSON object of one claim and what checking it gave.
pub(crate) fn to_json<'a>(c: &'a TextClaim, finding: &'a Result<Finding, Error>) -> Checked<'a> {
    Checked {
        claim: c,
        verdict: finding.as_ref().ok().map(|f| &f.verdict),
        outcome: match finding {
            Ok(f) => Outcome::Finding(f),
            Err(e) => Outcome::Error(e.to_string()),
        },
    }
}

/// One object of the array: a claim with what checking it gave, or a rate not checked (its own
/// JSON object, with `"verdict": "not_checked"` and the reason).
#[derive(serde::Serialize)]
#[serde(untagged)]
pub(crate) enum Entry<'a> {
    Claim(Checked<'a>),
    NotChecked(&'a NotChecked),
}

/// The objects of `check_text --json` for a text's checked claims and its rates not checked.
pub(crate) fn entries<'a>(
    claims: &'a [(TextClaim, Result<Finding, Error>)],
    not_checked: &'a [NotChecked],
) -> Vec<Entry<'a>> {
    claims
        .iter()
        .map(|(c, f)| Entry::Claim(to_json(c, f)))
        .chain(not_checked.iter().map(Entry::NotChecked))
        .collect()
}
