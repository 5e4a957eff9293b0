//! Aggregates payment records from a CSV file into per-period figures, exactly, and prints the
//! period report with growth and shares.
//!
//! - `cargo run --release --example aggregate_csv -- generate 1000000 payments.csv` writes a CSV
//!   of synthetic records (columns `period,origin,site,amount`) over 2013 and 2014.
//! - `cargo run --release --example aggregate_csv -- payments.csv` aggregates a CSV. Each row
//!   gives its `period` (`2014-M03`, `2014-Q1`, `2014`...) or its `date` (`2014-03-15`, put in
//!   its month): `examples/payments_dated.csv` is a small file of dated rows.
//! - With no argument, generates 200 000 records in memory and aggregates them;
//!   `aggregate_csv memory N` generates N.
//!
//! Long inputs show their progress on standard error. The limits, which `--help` prints: at most
//! [`MAX_RECORDS`] records are written or read, at most [`MAX_IN_MEMORY`] generated in memory,
//! and a CSV line is at most [`MAX_LINE`] bytes, so an endless input (`/dev/zero`) ends with an
//! error.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::process::ExitCode;

use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
use morocco_ecommerce::{
    AmountMad, CardOrigin, Date, Error, MerchantSite, Period, PeriodLength, Rounding, Series, Share,
};

#[path = "support/cli.rs"]
mod cli;
#[path = "support/synthetic.rs"]
mod support;

const PROGRESS_EVERY: usize = 1_000_000;

/// The most records `generate` writes and a CSV may hold: 100 million, about 4 GB of CSV.
const MAX_RECORDS: usize = 100_000_000;

/// The most records generated in memory: 10 million, a few hundred megabytes.
const MAX_IN_MEMORY: usize = 10_000_000;

/// The longest line of a CSV read, in bytes.
const MAX_LINE: u64 = 64 * 1024;

const USAGE: &str = "aggregate_csv [in.csv | generate N out.csv | memory N]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => aggregate_memory(200_000),
        ["-h" | "--help", ..] => {
            out!("usage: {USAGE}");
            out!(
                "  in.csv          aggregates a CSV of payments (columns period or date, origin, site, amount)"
            );
            out!("  generate N out  writes N synthetic records to a CSV");
            out!("  memory N        generates N synthetic records in memory and aggregates them");
            out!(
                "limits: at most {MAX_RECORDS} records written or read, {MAX_IN_MEMORY} in memory, and CSV lines of at most {MAX_LINE} bytes"
            );
            return ExitCode::SUCCESS;
        }
        ["generate", n, path] => generate(n, path),
        ["memory", n] => count(n, MAX_IN_MEMORY).and_then(aggregate_memory),
        [path] if !path.starts_with('-') && *path != "generate" && *path != "memory" => {
            aggregate_file(path)
        }
        _ => {
            return cli::usage_error(&format!("cannot read the arguments {args:?}"), USAGE);
        }
    };
    cli::finish(result)
}

/// `n` read as a number of records, at most `max`.
fn count(n: &str, max: usize) -> Result<usize, String> {
    let parsed: u128 = n
        .parse()
        .map_err(|_| format!("{n:?} is not a number of records"))?;
    match usize::try_from(parsed) {
        Ok(0) => Err(String::from("0 records: ask for at least 1")),
        Ok(n) if n <= max => Ok(n),
        _ => Err(format!(
            "{n} records is more than the {max} this example handles"
        )),
    }
}

fn generate(n: &str, path: &str) -> Result<(), String> {
    let n = count(n, MAX_RECORDS)?;
    let mut writer = csv::Writer::from_path(path).map_err(|e| format!("{path}: {e}"))?;
    for (i, record) in support::stream(n).enumerate() {
        writer
            .serialize(record)
            .map_err(|e| format!("{path}: {e}"))?;
        if (i + 1) % PROGRESS_EVERY == 0 {
            eprint!("\rwritten {} records", i + 1);
        }
    }
    writer.flush().map_err(|e| format!("{path}: {e}"))?;
    eprintln!("\rwrote {n} records to {path}");
    Ok(())
}

/// A row of a payments CSV: the payment's period or its day, and what `PaymentRecord` holds.
#[derive(serde::Deserialize)]
struct Row {
    #[serde(default)]
    period: Option<Period>,
    #[serde(default)]
    date: Option<Date>,
    origin: CardOrigin,
    site: MerchantSite,
    amount: AmountMad,
}

impl Row {
    /// The payment, in its period, or in the month of its day.
    fn record(self) -> Result<PaymentRecord, String> {
        let period = match (self.period, self.date) {
            (Some(period), None) => period,
            (None, Some(date)) => date.period(PeriodLength::Month),
            (Some(_), Some(_)) => return Err(String::from("give a period or a date, not both")),
            (None, None) => return Err(String::from("a period or a date is needed")),
        };
        Ok(PaymentRecord {
            period,
            origin: self.origin,
            site: self.site,
            amount: self.amount,
        })
    }
}

fn aggregate_file(path: &str) -> Result<(), String> {
    let file = cli::LineLimit::new(cli::open(path)?, MAX_LINE);
    let mut reader = csv::Reader::from_reader(file);
    reader
        .headers()
        .map_err(|e| format!("{path}: line 1: {e}"))?;
    let mut aggregate = Aggregate::new();
    let rows = reader.deserialize::<Row>().enumerate().map(|(i, row)| {
        if (i + 1) % PROGRESS_EVERY == 0 {
            eprint!("\rread {} records", i + 1);
        }
        if i >= MAX_RECORDS {
            return Err(format!(
                "more than {MAX_RECORDS} records, the most this example reads"
            ));
        }
        // CSV lines count from 1 with the header, so record i is on line i + 2.
        row.map_err(|e| e.to_string())
            .and_then(Row::record)
            .map_err(|e| format!("line {}: {e}", i + 2))
    });
    aggregate
        .extend_records(rows)
        .map_err(|e| format!("{path}: {e}"))?;
    if aggregate.record_count() == 0 {
        return Err(format!("{path}: no records after the header"));
    }
    eprintln!(
        "\raggregated {} records from {path}",
        aggregate.record_count()
    );
    report(&aggregate).map_err(|e| e.to_string())
}

fn aggregate_memory(n: usize) -> Result<(), String> {
    let records = support::records(n);
    let aggregate = Aggregate::from_records(records).map_err(|e| e.to_string())?;
    out!("{n} synthetic records over 2013 and 2014");
    report(&aggregate).map_err(|e| e.to_string())
}

/// Sums the months into years and prints each year with growth, shares and average ticket.
fn report(aggregate: &Aggregate) -> Result<(), Error> {
    let monthly = aggregate.period_records()?;
    let years = by_year(&monthly)?;
    let series = Series::new(years)?;
    out!(
        "{:<6} {:>10} {:>18} {:>9} {:>9} {:>10} {:>12}",
        "period",
        "operations",
        "value (MAD)",
        "ops +/-",
        "value +/-",
        "MA share",
        "ticket"
    );
    for row in series.table() {
        let Some(record) = series.get(row.period) else {
            continue;
        };
        let total = record.total();
        let growth = |g: &Result<morocco_ecommerce::GrowthRate, Error>| {
            g.as_ref().map_or_else(
                |_| String::from("-"),
                |g| g.round_dp(1, Rounding::HalfEven).to_string(),
            )
        };
        let share = row.moroccan_value_share.as_ref().map_or_else(
            |_| String::from("-"),
            |s: &Share| s.round_dp(1, Rounding::HalfEven).to_string(),
        );
        let ticket = row
            .average_ticket
            .as_ref()
            .ok()
            .and_then(|t| t.to_amount(Rounding::HalfEven).ok())
            .map_or_else(|| String::from("-"), |a| a.to_string());
        out!(
            "{:<6} {:>10} {:>18} {:>9} {:>9} {:>10} {:>12}",
            row.period.to_string(),
            total
                .operations
                .map_or_else(|| String::from("-"), |o| o.to_string()),
            total
                .value
                .map_or_else(|| String::from("-"), |v| v.to_string()),
            growth(&row.operations_growth),
            growth(&row.value_growth),
            share,
            ticket
        );
        let abroad = record.moroccan_cards_abroad();
        if let (Some(o), Some(v)) = (abroad.operations, abroad.value) {
            out!("       Moroccan cards abroad: {o} operations, {v} MAD");
        }
    }
    Ok(())
}

/// Adds the records of every period into yearly ones, exactly: each payment belongs to one
/// period, whatever its length, so each is counted once in its year.
fn by_year(
    monthly: &[morocco_ecommerce::PeriodRecord],
) -> Result<Vec<morocco_ecommerce::PeriodRecord>, Error> {
    let mut years: std::collections::BTreeMap<
        Period,
        [Option<(
            morocco_ecommerce::Transactions,
            morocco_ecommerce::AmountMad,
        )>; 3],
    > = std::collections::BTreeMap::new();
    for record in monthly {
        let slot = years
            .entry(Period::full_year(record.period().year()))
            .or_default();
        let parts = [
            record.by_origin(CardOrigin::Moroccan),
            record.by_origin(CardOrigin::Foreign),
            record.moroccan_cards_abroad(),
        ];
        for (acc, m) in slot.iter_mut().zip(parts) {
            if let (Some(o), Some(v)) = (m.operations, m.value) {
                *acc = Some(match acc {
                    Some((ao, av)) => (ao.checked_add(o)?, av.checked_add(v)?),
                    None => (o, v),
                });
            }
        }
    }
    years
        .into_iter()
        .map(|(period, [moroccan, foreign, abroad])| {
            let mut b = morocco_ecommerce::PeriodRecord::builder(period);
            if let Some((o, v)) = moroccan {
                b = b
                    .operations(CardOrigin::Moroccan, o)
                    .value(CardOrigin::Moroccan, v);
            }
            if let Some((o, v)) = foreign {
                b = b
                    .operations(CardOrigin::Foreign, o)
                    .value(CardOrigin::Foreign, v);
            }
            if let Some((o, v)) = abroad {
                b = b.abroad_operations(o).abroad_value(v);
            }
            b.build()
        })
        .collect()
}
