//! How another project uses the crate: load its own series from JSON, then compute growth,
//! shares and a publication-ready breakdown.
//!
//! Run with `cargo run --example as_dependency [path/to/series.json]`; without a path it reads
//! `examples/as_dependency.json`, an invented nine-month series in the shape of a CMI report.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::{CardOrigin, GrowthRate, Rounding, Series, Share};

#[path = "support/cli.rs"]
mod cli;

fn main() -> ExitCode {
    let path = match cli::path_arg("as_dependency [series.json]") {
        Ok(path) => path.unwrap_or_else(|| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/as_dependency.json").to_owned()
        }),
        Err(code) => return code,
    };
    cli::finish(run(&path))
}

fn run(path: &str) -> Result<(), String> {
    let text = cli::read_file(path)?;
    // Deserialising validates every figure: a negative count, an amount with three decimals or a
    // total below its parts is an error here, with the place it was found.
    let series: Series = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;

    for row in series.table() {
        out!("{}", row.period);
        let Some(record) = series.get(row.period) else {
            continue;
        };
        for origin in CardOrigin::ALL {
            let m = record.by_origin(origin);
            if let (Some(ops), Some(value)) = (m.operations, m.value) {
                out!("  {origin:<9} {ops:>9} operations {value:>15} MAD");
            }
        }
        if let Ok(share) = record.value_share(CardOrigin::Moroccan) {
            out!(
                "  Moroccan cards' share of value: {}",
                share.round_dp(1, Rounding::HalfEven)
            );
        }
        // A breakdown rounded to one decimal that still sums to exactly 100 %.
        let values: Vec<_> = CardOrigin::ALL
            .iter()
            .filter_map(|o| record.by_origin(*o).value)
            .collect();
        if values.len() == CardOrigin::ALL.len() {
            let shares = Share::breakdown_rounded(&values, 1).map_err(|e| e.to_string())?;
            let text: Vec<String> = shares.iter().map(ToString::to_string).collect();
            out!("  breakdown for publication: {}", text.join(" + "));
        }
        if let (Some(earlier), Ok(growth)) = (row.compared_with, &row.operations_growth) {
            out!(
                "  operations against {earlier}: {}",
                growth.round_dp(1, Rounding::HalfEven)
            );
            if let Some(prev) = series.get(earlier) {
                for origin in CardOrigin::ALL {
                    if let (Some(a), Some(b)) =
                        (prev.by_origin(origin).value, record.by_origin(origin).value)
                    {
                        let g = GrowthRate::between(a, b).map_err(|e| e.to_string())?;
                        out!(
                            "  value of {origin} cards: {}",
                            g.round_dp(1, Rounding::HalfEven)
                        );
                    }
                }
            }
        }
        if let Ok(ticket) = &row.average_ticket {
            let amount = ticket
                .to_amount(Rounding::HalfEven)
                .map_err(|e| e.to_string())?;
            out!("  average ticket: {amount} MAD");
        }
    }
    Ok(())
}
