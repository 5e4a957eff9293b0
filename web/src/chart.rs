//! The record's chart of a scope: operations and value by year, as bars, in SVG.

use std::fmt::Write as _;

use morocco_ecommerce::data::{Dataset, Measure, Scope};
use rust_decimal::Decimal;

/// One panel's size, in pixels.
const PANEL_WIDTH: u32 = 340;
const PANEL_HEIGHT: u32 = 230;
/// The space under the bars (years) and above them (title).
const BOTTOM: u32 = 34;
const TOP: u32 = 40;

/// Escapes `s` for SVG text and attributes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A value as its bar's label: millions to two decimals ("1.95 M"), billions ("1.05 bn").
fn short(value: Decimal) -> String {
    let billion = Decimal::from(1_000_000_000);
    let million = Decimal::from(1_000_000);
    if value >= billion {
        format!("{} bn", (value / billion).round_dp(2).normalize())
    } else if value >= million {
        format!("{} M", (value / million).round_dp(2).normalize())
    } else {
        value.round_dp(0).normalize().to_string()
    }
}

/// The full years of `scope` with the chosen figure of `measure`.
fn points(data: &Dataset, scope: Scope, measure: Measure) -> Vec<(String, Decimal)> {
    data.series(scope)
        .entries
        .iter()
        .filter(|e| e.measure == measure && e.period.is_full_year())
        .map(|e| (e.period.to_string(), e.chosen.figure.value()))
        .collect()
}

/// One panel of bars at horizontal offset `x0`.
fn panel(out: &mut String, x0: u32, title: &str, points: &[(String, Decimal)]) {
    let _ = write!(
        out,
        "<g transform=\"translate({x0},0)\"><text x=\"{}\" y=\"20\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"12\">{}</text>",
        PANEL_WIDTH / 2,
        escape(title)
    );
    let base = PANEL_HEIGHT - BOTTOM;
    let room = Decimal::from(base - TOP);
    let _ = write!(
        out,
        "<line x1=\"10\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#555\"/>",
        PANEL_WIDTH - 10
    );
    let max = points
        .iter()
        .map(|(_, v)| *v)
        .max()
        .unwrap_or(Decimal::ZERO);
    if points.is_empty() || max <= Decimal::ZERO {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">no figures in the record</text></g>",
            PANEL_WIDTH / 2,
            base / 2 + TOP / 2
        );
        return;
    }
    let n = u32::try_from(points.len()).unwrap_or(u32::MAX);
    let slot = (PANEL_WIDTH - 20) / n.max(1);
    let bar = (slot * 2 / 3).max(2);
    for (i, (year, value)) in (0u32..).zip(points) {
        // Heights in whole pixels, computed exactly and rounded for drawing only.
        let height = (*value * room / max).round().try_into().unwrap_or(0u32);
        let x = 10 + i * slot + (slot - bar) / 2;
        let y = base - height.min(base - TOP);
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{bar}\" height=\"{}\" fill=\"#3b6ea8\"><title>{}: {}</title></rect>",
            base - y,
            escape(year),
            escape(&value.normalize().to_string())
        );
        let cx = x + bar / 2;
        let _ = write!(
            out,
            "<text x=\"{cx}\" y=\"{}\" text-anchor=\"middle\" font-size=\"9\">{}</text>",
            y.saturating_sub(4),
            escape(&short(*value))
        );
        // Every other year's label where they would crowd.
        if n <= 8 || i % 2 == 0 {
            let _ = write!(
                out,
                "<text x=\"{cx}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                base + 16,
                escape(year)
            );
        }
    }
    out.push_str("</g>");
}

/// The record's chart of `scope`: the chosen figure of each full year for operations and for
/// value (dirhams), as two panels of bars, with each bar's exact value in its tooltip.
///
/// ```
/// use morocco_ecommerce::data::Scope;
/// let svg = morocco_ecommerce_web::chart_svg(Scope::Total);
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("2014"));
/// ```
#[must_use]
pub fn chart_svg(scope: Scope) -> String {
    let data = Dataset::cmi();
    let width = PANEL_WIDTH * 2 + 20;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{PANEL_HEIGHT}\" \
         viewBox=\"0 0 {width} {PANEL_HEIGHT}\" role=\"img\" aria-label=\"{}\">\
         <g font-family=\"sans-serif\" font-size=\"11\" fill=\"#222\">",
        escape(&format!(
            "The record's operations and value by year, scope {scope}"
        ))
    );
    panel(
        &mut out,
        0,
        &format!("Operations by year ({scope})"),
        &points(&data, scope, Measure::Operations),
    );
    panel(
        &mut out,
        PANEL_WIDTH + 20,
        &format!("Value by year, dirhams ({scope})"),
        &points(&data, scope, Measure::Value),
    );
    out.push_str("</g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scope_draws_and_text_is_escaped() {
        for scope in Scope::ALL {
            let svg = chart_svg(*scope);
            assert!(svg.ends_with("</svg>"), "{scope}");
        }
        assert_eq!(
            escape("<a href='x'>&</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn values_are_labelled_shortly() {
        assert_eq!(short(Decimal::from(1_950_000)), "1.95 M");
        assert_eq!(short(Decimal::from(1_050_000_000)), "1.05 bn");
        assert_eq!(short(Decimal::from(910)), "910");
    }
}
