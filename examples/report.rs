//! The main example: the CMI's 2013 and 2014 online card payment figures, with their provenance,
//! growth, average ticket and the Moroccan cards' share.
//!
//! Run with `cargo run -p morocco-ecommerce-examples --example report`.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::data::{Dataset, Scope};
use morocco_ecommerce::{CardOrigin, Error, FigureKind, Rounding, Share};

#[path = "support/cli.rs"]
mod cli;

fn main() -> ExitCode {
    if let Err(code) = cli::no_args("report  (prints the CMI's 2013 and 2014 figures)") {
        return code;
    }
    cli::finish(run().map_err(|e| e.to_string()))
}

fn run() -> Result<(), Error> {
    let data = Dataset::seed_article();

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
    for o in data.observations() {
        let figure = o.figure;
        let value = match figure.kind() {
            FigureKind::Transactions => format!("{} ops", figure.value()),
            FigureKind::AmountMad => format!("{} MAD", figure.value()),
            FigureKind::Merchants => format!("{} sites", figure.value()),
            FigureKind::Cards => format!("{} cards", figure.value()),
            _ => format!("{}%", figure.value()),
        };
        let period = match o.compared_with {
            Some(earlier) => format!("{}/{}", o.period, earlier),
            None => o.period.to_string(),
        };
        out!(
            "{:<28} {:<9} {:>18}  {:<10} {}",
            o.id,
            period,
            value,
            figure.qualifier().as_str(),
            o.as_written
        );
    }
    if let Some(first) = data.observations().first() {
        let source = first.note.split("; ").last().unwrap_or_default();
        out!("source: {source}");
    }

    out!();
    out!(
        "Moroccan cards, computed from the figures as printed (hedges are the checker's business)"
    );
    let series = data.series(Scope::MoroccanCards).records();
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

    let stated = data
        .get("moroccan_card_share_2014")
        .and_then(|o| Share::from_percent(o.figure.value()).ok());
    if let (Some(moroccan), Some(record)) = (stated, series.records().last()) {
        out!();
        out!(
            "Share of Moroccan cards in 2014 (stated): {moroccan}; foreign cards: {}",
            moroccan.complement()
        );
        if let Some(all) = data.get("all_turnover_2014") {
            let value = morocco_ecommerce::AmountMad::try_from(all.figure.value())?;
            let domestic = moroccan.part_of(value, Rounding::HalfEven)?;
            let foreign = moroccan.complement().part_of(value, Rounding::HalfEven)?;
            out!(
                "  read as a share of all {value} MAD of turnover: {} MAD by {} cards, {} MAD by {} cards",
                domestic,
                CardOrigin::Moroccan,
                foreign,
                CardOrigin::Foreign
            );
            let check = Share::of(domestic, value)?;
            out!("  (check: {domestic} of {value} is {check})");
            if let Some(moroccan_value) = record.total().value {
                out!("  the article's Moroccan cards' value: {moroccan_value} MAD");
            }
        }
        if let Some(abroad) = data.get("foreign_sites_spend_2014") {
            out!(
                "Moroccan cards on foreign sites in 2014: {} MAD (a separate series)",
                abroad.figure.value()
            );
        }
    }
    Ok(())
}
