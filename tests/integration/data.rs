//! The built-in figures.

use morocco_ecommerce::data::{FigureValue, builtin};
use morocco_ecommerce::{GrowthRate, Qualifier, Rounding, Transactions};
use rust_decimal::Decimal;

#[test]
fn growth_of_card_operations_recomputed_from_built_in_data() {
    let data = builtin();
    let ops = |id| match data.figure(id).map(|f| f.value) {
        Some(FigureValue::Operations(t)) => t,
        other => panic!("{id} is not a count: {other:?}"),
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
    for figure in builtin().figures() {
        assert!(!figure.as_written.is_empty(), "{}", figure.id);
        assert!(figure.source.publisher.contains("CMI"), "{}", figure.id);
        assert_eq!(
            figure.compared_with.is_some(),
            matches!(figure.value, FigureValue::Growth(_)),
            "{}",
            figure.id
        );
    }
}

#[test]
fn qualifiers_follow_the_source() {
    let data = builtin();
    let q = |id| data.figure(id).map(|f| f.qualifier);
    assert_eq!(q("all_operations_2014"), Some(Qualifier::MoreThan));
    assert_eq!(q("card_value_2013"), Some(Qualifier::About));
    assert_eq!(q("card_value_growth_2014"), Some(Qualifier::About));
    assert_eq!(q("card_operations_2013"), Some(Qualifier::Exact));
}

#[test]
fn card_series_table() {
    let table = builtin().card_series().table();
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
    let first = builtin().card_series().records()[0].total().operations;
    assert_eq!(first, Some(Transactions::from(1_670_000)));
}
