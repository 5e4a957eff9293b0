//! The source article's figures, shipped as observations.

use morocco_ecommerce::data::{Dataset, Measure, Scope};
use morocco_ecommerce::{FigureKind, GrowthRate, Qualifier, Rounding, Transactions};
use rust_decimal::Decimal;

#[test]
fn growth_of_card_operations_recomputed_from_the_article() {
    let data = Dataset::seed_article();
    let ops = |id| {
        let o = data
            .get(id)
            .unwrap_or_else(|| panic!("{id} is in the article"));
        assert_eq!(o.figure.kind(), FigureKind::Transactions, "{id}");
        Transactions::try_from(o.figure.value()).unwrap()
    };
    let growth =
        GrowthRate::between(ops("card_operations_2013"), ops("card_operations_2014")).unwrap();
    // 1.67 million to 1.95 million is 28/167 = 16.766...%.
    assert_eq!(
        growth.as_percent(),
        Decimal::from(2800) / Decimal::from(167)
    );
    assert!(growth.to_string().starts_with("16.7664670658682634"));
    assert_eq!(growth.round_dp(0, Rounding::HalfEven).to_string(), "17%");
}

#[test]
fn every_figure_has_provenance() {
    let article = Dataset::seed_article();
    assert_eq!(article.observations().len(), 10);
    for o in article.observations() {
        assert!(!o.as_written.is_empty(), "{}", o.id);
        assert!(o.note.contains("CMI annual results for 2014"), "{}", o.id);
        let rate = matches!(o.measure, Measure::OperationsGrowth | Measure::ValueGrowth);
        assert_eq!(o.compared_with.is_some(), rate, "{}", o.id);
    }
}

#[test]
fn qualifiers_follow_the_source() {
    let data = Dataset::seed_article();
    let q = |id| data.get(id).map(|o| o.figure.qualifier());
    assert_eq!(q("all_operations_2014"), Some(Qualifier::MoreThan));
    assert_eq!(q("card_value_2013"), Some(Qualifier::About));
    assert_eq!(q("card_value_growth_2014"), Some(Qualifier::About));
    assert_eq!(q("card_operations_2013"), Some(Qualifier::Exact));
}

#[test]
fn precision_is_the_articles_last_written_digit() {
    let data = Dataset::seed_article();
    let p = |id| data.get(id).map(|o| o.figure.precision());
    assert_eq!(p("card_operations_2013"), Some(Decimal::from(10_000))); // 1,67 مليون
    assert_eq!(p("card_value_2014"), Some(Decimal::from(10_000_000))); // 1,05 مليار
    assert_eq!(p("card_value_growth_2014"), Some(Decimal::new(1, 1))); // 14,9
}

#[test]
fn moroccan_cards_series_table() {
    let article = Dataset::seed_article();
    let series = article.series(Scope::MoroccanCards).records();
    let table = series.table();
    assert_eq!(table.len(), 2);
    let row = &table[1];
    assert_eq!(row.period.to_string(), "2014");
    let value_growth = row.value_growth.as_ref().unwrap();
    assert_eq!(
        value_growth.round_dp(2, Rounding::HalfEven).to_string(),
        "15.38%"
    );
    let ticket = row.average_ticket.as_ref().unwrap();
    assert_eq!(
        ticket.to_amount(Rounding::HalfEven).unwrap().to_string(),
        "538.46"
    );
    let first = series.records()[0].total().operations;
    assert_eq!(first, Some(Transactions::from(1_670_000)));
}
