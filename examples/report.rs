//! The main example: the CMI's 2013 and 2014 online card payment figures, with their provenance,
//! growth, average ticket and the Moroccan cards' share.
//!
//! Run with `cargo run --example report`.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::data::{FigureValue, builtin};
use morocco_ecommerce::{CardOrigin, Error, Rounding, Share};

#[path = "support/cli.rs"]
mod cli;

fn main() -> ExitCode {
    if let Err(code) = cli::no_args("report  (prints the CMI's 2013 and 2014 figures)") {
        return code;
    }
    cli::finish(run().map_err(|e| e.to_string()))
}

fn run() -> Result<(), Error> {
    let data = builtin();

    out!("Online card payments in Morocco, CMI results for 2013 and 2014");
    out!();
    out!("Figures as published");
    out!(
        "{:<28} {:<9} {:>18}  {:<10} as written",
        "id",
        "period",
        "value",
        "qualifier"
    );
    for figure in data.figures() {
        let value = match figure.value {
            FigureValue::Operations(t) => format!("{t} ops"),
            FigureValue::Amount(a) => format!("{a} MAD"),
            FigureValue::Growth(g) => g.to_string(),
            FigureValue::Share(s) => s.to_string(),
            _ => String::from("?"),
        };
        let period = match figure.compared_with {
            Some(earlier) => format!("{}/{}", figure.period, earlier),
            None => figure.period.to_string(),
        };
        out!(
            "{:<28} {:<9} {:>18}  {:<10} {}",
            figure.id,
            period,
            value,
            figure.qualifier.as_str(),
            figure.as_written
        );
    }
    if let Some(first) = data.figures().first() {
        let source = first.source;
        out!(
            "source: {}, relayed by {} ({})",
            source.publisher,
            source.relayed_by,
            source.published
        );
    }

    out!();
    out!("Computed from the figures as printed (hedges are the checker's business)");
    let series = data.card_series();
    for row in series.table() {
        out!("{}:", row.period);
        if let Some(record) = series.get(row.period) {
            let total = record.total();
            if let (Some(ops), Some(value)) = (total.operations, total.value) {
                out!("  operations {ops}, value {value} MAD");
            }
        }
        if let Ok(ticket) = &row.average_ticket {
            out!(
                "  average ticket {} MAD (exact {})",
                ticket.to_amount(Rounding::HalfEven)?,
                ticket
            );
        }
        if let (Some(earlier), Ok(ops), Ok(value)) =
            (row.compared_with, &row.operations_growth, &row.value_growth)
        {
            out!("  against {earlier}:");
            out!(
                "    operations {:>7} (exact {ops})",
                ops.round_dp(2, Rounding::HalfEven).to_string()
            );
            out!(
                "    value      {:>7} (exact {value})",
                value.round_dp(2, Rounding::HalfEven).to_string()
            );
        }
    }

    if let (Some(FigureValue::Share(moroccan)), Some(record)) = (
        data.figure("moroccan_card_share_2014").map(|f| f.value),
        series.records().last(),
    ) {
        out!();
        out!(
            "Share of Moroccan cards in 2014 (stated): {moroccan}; foreign cards: {}",
            moroccan.complement()
        );
        if let Some(value) = record.total().value {
            let domestic = moroccan.part_of(value, Rounding::HalfEven)?;
            let foreign = moroccan.complement().part_of(value, Rounding::HalfEven)?;
            out!(
                "  read as a share of value: {} MAD by {} cards, {} MAD by {} cards",
                domestic,
                CardOrigin::Moroccan,
                foreign,
                CardOrigin::Foreign
            );
            let check = Share::of(domestic, value)?;
            out!("  (check: {domestic} of {value} is {check})");
        }
        if let Some(abroad) = record.moroccan_cards_abroad().value {
            out!("Moroccan cards on foreign sites in 2014: {abroad} MAD (a separate series)");
        }
    }
    Ok(())
}
