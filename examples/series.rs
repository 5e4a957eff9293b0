//! The total series of online card payments by year, with growth and the Moroccan cards' share,
//! and a chart of operations and value by year for Moroccan and foreign cards, written to SVG.
//!
//! `cargo run --example series [chart.svg]` (default: `target/cmi-series.svg`).

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use morocco_ecommerce::data::{Dataset, Measure, Scope};
use morocco_ecommerce::{Error, GrowthRate, Period, Rounding, Share, Year};
use plotters::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

#[path = "support/cli.rs"]
mod cli;

fn main() -> ExitCode {
    let out = match cli::out_path_arg("series [chart.svg]  (default: target/cmi-series.svg)") {
        Ok(out) => out,
        Err(code) => return code,
    };
    let out = out.map_or_else(
        || {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../target/cmi-series.svg"
            ))
        },
        PathBuf::from,
    );
    let data = Dataset::cmi();
    print_table(&data);
    match draw(&data, &out) {
        Ok(()) => {
            out!("\nchart written to {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => cli::finish(Err(format!("{}: {e}", out.display()))),
    }
}

fn print_table(data: &Dataset) {
    let total = data.series(Scope::Total);
    let moroccan = data.series(Scope::MoroccanCards);
    out!(
        "Online card payments on CMI merchant sites (chosen figure per year; others kept as alternatives)"
    );
    out!(
        "{:<6} {:>12} {:>9} {:>18} {:>9} {:>10} {:>12}",
        "year",
        "operations",
        "growth",
        "value (MAD)",
        "growth",
        "ticket",
        "MA share"
    );
    // The Moroccan cards' share of value, from the chosen figures of both series.
    let within = match moroccan.records_within(&total) {
        Ok(series) => series.table(),
        Err(e) => {
            eprintln!("the Moroccan cards' series does not fit in the total: {e}");
            Vec::new()
        }
    };
    let records = total.records();
    let dash = || String::from("-");
    // A yearly table: the parts of years the record also holds are left out.
    for row in records
        .table()
        .into_iter()
        .filter(|r| r.period.is_full_year())
    {
        let pct = |g: &Result<GrowthRate, Error>| {
            g.as_ref().map_or_else(
                |_| dash(),
                |g| g.round_dp(1, Rounding::HalfEven).to_string(),
            )
        };
        let share = within
            .iter()
            .find(|r| r.period == row.period)
            .and_then(|r| r.moroccan_value_share.as_ref().ok())
            .map_or_else(dash, |s: &Share| {
                s.round_dp(1, Rounding::HalfEven).to_string()
            });
        let ticket = row.average_ticket.as_ref().map_or_else(
            |_| dash(),
            |t| {
                t.to_amount(Rounding::HalfEven)
                    .map_or_else(|_| dash(), |a| a.to_string())
            },
        );
        let totals = records
            .get(row.period)
            .map(morocco_ecommerce::PeriodRecord::total);
        out!(
            "{:<6} {:>12} {:>9} {:>18} {:>9} {:>10} {:>12}",
            row.period,
            totals
                .and_then(|t| t.operations)
                .map_or_else(dash, |o| o.to_string()),
            pct(&row.operations_growth),
            totals
                .and_then(|t| t.value)
                .map_or_else(dash, |v| v.to_string()),
            pct(&row.value_growth),
            ticket,
            share
        );
    }
}

/// Points of one scope and measure: (year, value in millions). The chart is a picture, so the
/// exact decimals become floating point here and nowhere else.
fn points(data: &Dataset, scope: Scope, measure: Measure) -> Vec<(i32, f64)> {
    let series = data.series(scope);
    (2010..=2024)
        .filter_map(|y| {
            let year = Year::try_from(y).ok()?;
            let o = series.chosen(Period::full_year(year), measure)?;
            let millions = (o.figure.value() / Decimal::from(1_000_000)).to_f64()?;
            Some((y, millions))
        })
        .collect()
}

fn draw(data: &Dataset, out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let root = SVGBackend::new(out, (1000, 800)).into_drawing_area();
    root.fill(&WHITE)?;
    let (top, bottom) = root.split_vertically(400);
    for (area, measure, title) in [
        (top, Measure::Operations, "Operations (millions)"),
        (bottom, Measure::Value, "Value (million MAD)"),
    ] {
        let lines = [
            (Scope::MoroccanCards, "Moroccan cards", RED),
            (Scope::ForeignCards, "Foreign cards", BLUE),
        ];
        let all: Vec<(i32, f64)> = lines
            .iter()
            .flat_map(|(s, _, _)| points(data, *s, measure))
            .collect();
        let max = all.iter().map(|p| p.1).fold(1.0_f64, f64::max) * 1.1;
        let mut chart = ChartBuilder::on(&area)
            .caption(title, ("sans-serif", 20))
            .margin(15)
            .x_label_area_size(30)
            .y_label_area_size(60)
            .build_cartesian_2d(2010..2025, 0.0..max)?;
        chart.configure_mesh().x_desc("year").draw()?;
        for (scope, label, color) in lines {
            let pts = points(data, scope, measure);
            chart
                .draw_series(LineSeries::new(pts.clone(), &color))?
                .label(label)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color));
            chart.draw_series(pts.into_iter().map(|p| Circle::new(p, 3, color.filled())))?;
        }
        chart
            .configure_series_labels()
            .border_style(BLACK)
            .background_style(WHITE)
            .draw()?;
    }
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_is_well_formed_svg() {
        let dir =
            std::env::temp_dir().join(format!("morocco-ecommerce-series-{}", std::process::id()));
        let path = dir.join("chart.svg");
        draw(&Dataset::cmi(), &path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = roxmltree::Document::parse(&text).unwrap();
        assert_eq!(doc.root_element().tag_name().name(), "svg");
        let polylines = doc
            .descendants()
            .filter(|n| n.has_tag_name("polyline"))
            .count();
        assert!(
            polylines >= 4,
            "two lines in each of two charts, found {polylines}"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
