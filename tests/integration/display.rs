//! `Display` honours width, fill, alignment and precision on every value type.

use core::fmt::Display;

use morocco_ecommerce::{
    AmountMad, Assumption, AverageTicket, BoundReading, CardOrigin, Date, FigureKind, GrowthRate,
    Half, Interval, MerchantSite, Month, PercentagePoints, Period, PeriodKind, PeriodLength,
    Qualifier, Quantity, Quarter, ReportedFigure, Rounding, RoundingAssumption, Share,
    Transactions, strategies,
};
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

use super::year;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn years_and_counts_format_as_integers() {
    let y = year(2014);
    assert_eq!(format!("[{y:<8}]"), "[2014    ]");
    assert_eq!(format!("[{y:>8}]"), "[    2014]");
    assert_eq!(format!("[{y:8}]"), "[    2014]");
    assert_eq!(format!("[{y:.1}]"), "[2014]");
    let t = Transactions::from(1_950_000);
    assert_eq!(format!("[{t:>10}]"), "[   1950000]");
    assert_eq!(format!("[{t:_<9}]"), "[1950000__]");
    assert_eq!(format!("{t:09}"), "001950000");
    assert_eq!(format!("{t:.2}"), "1950000");
}

#[test]
fn amounts() {
    let a: AmountMad = "910000000.5".parse().unwrap();
    assert_eq!(format!("[{a:>15}]"), "[   910000000.50]");
    assert_eq!(format!("[{a:<15}]"), "[910000000.50   ]");
    assert_eq!(format!("[{a:^15}]"), "[ 910000000.50  ]");
    assert_eq!(format!("{a:.0}"), "910000000");
    assert_eq!(
        format!("{:.0}", AmountMad::from_centimes(350).unwrap()),
        "4"
    );
    assert_eq!(
        format!("{:.0}", AmountMad::from_centimes(250).unwrap()),
        "2"
    );
    assert_eq!(format!("{a:.4}"), "910000000.5000");
    assert_eq!(
        format!("{:08.1}", AmountMad::from_centimes(105).unwrap()),
        "000001.0"
    );
    assert_eq!(
        format!("{a:3}"),
        a.to_string(),
        "a narrow width cuts nothing"
    );
    assert_eq!(AmountMad::default(), AmountMad::ZERO);
}

#[test]
fn growth_rates() {
    let exact = GrowthRate::between(Transactions::from(100), Transactions::from(125)).unwrap();
    assert_eq!(exact.to_string(), "25%");
    assert_eq!(format!("{exact:.1}"), "25.0%");
    assert_eq!(exact.round_dp(1, Rounding::HalfEven).to_string(), "25.0%");
    assert_eq!(exact.round_dp(0, Rounding::HalfEven).to_string(), "25%");
    let g =
        GrowthRate::between(Transactions::from(1_670_000), Transactions::from(1_950_000)).unwrap();
    assert_eq!(format!("{g:.2}"), "16.77%");
    assert_eq!(format!("{g:.0}"), "17%");
    assert_eq!(format!("[{g:>8.1}]"), "[   16.8%]");
    assert_eq!(format!("[{g:<8.1}]"), "[16.8%   ]");
    let fall: GrowthRate = "-0.04%".parse().unwrap();
    assert_eq!(
        format!("{fall:.1}"),
        "0.0%",
        "zero is written without a sign"
    );
    assert_eq!(format!("{fall:08.2}"), "-000.04%");
    // Half-even: 0.25 to one decimal is 0.2, 0.35 is 0.4.
    assert_eq!(
        format!("{:.1}", "0.25".parse::<GrowthRate>().unwrap()),
        "0.2%"
    );
    assert_eq!(
        format!("{:.1}", "0.35".parse::<GrowthRate>().unwrap()),
        "0.4%"
    );
    assert_eq!(GrowthRate::default(), GrowthRate::ZERO);
}

#[test]
fn shares_points_and_tickets() {
    let s = Share::of(Transactions::from(1), Transactions::from(3)).unwrap();
    assert_eq!(format!("{s:.1}"), "33.3%");
    assert_eq!(format!("[{s:>7.1}]"), "[  33.3%]");
    assert_eq!(
        Share::ALL.round_dp(1, Rounding::Floor).to_string(),
        "100.0%"
    );
    assert_eq!(
        Share::of(Transactions::from(1), Transactions::from(2))
            .unwrap()
            .to_string(),
        "50%"
    );
    assert_eq!(
        Share::breakdown(&[Transactions::from(1), Transactions::from(1)]).unwrap()[0].to_string(),
        "50%"
    );
    assert_eq!(Share::default(), Share::ZERO);

    let p = PercentagePoints::new(d("2"));
    assert_eq!(format!("{p:.1}"), "+2.0pp");
    assert_eq!(format!("[{p:>7}]"), "[   +2pp]");
    assert_eq!(format!("{:.0}", PercentagePoints::new(d("-0.2"))), "+0pp");

    let t = AverageTicket::of(AmountMad::from_dirhams(1_000), Transactions::from(3)).unwrap();
    assert_eq!(format!("{t:.2}"), "333.33");
    assert_eq!(format!("[{t:>8.0}]"), "[     333]");
}

#[test]
fn periods_dates_and_their_parts() {
    let p: Period = "2014-Q3".parse().unwrap();
    assert_eq!(format!("[{p:<9}]"), "[2014-Q3  ]");
    assert_eq!(format!("[{p:>9}]"), "[  2014-Q3]");
    assert_eq!(format!("[{p:-^11}]"), "[--2014-Q3--]");
    assert_eq!(
        format!("{p:.4}"),
        "2014",
        "a precision cuts text, as for a str"
    );
    let march: Period = "2014-03".parse().unwrap();
    assert_eq!(march, "2014-M03".parse().unwrap());
    assert_eq!(march.to_string(), "2014-M03");
    for bad in ["2014-3", "2014-00", "2014-13", "2014-FY", "2014-003"] {
        assert!(bad.parse::<Period>().is_err(), "{bad}");
    }
    let m = Month::new(3).unwrap();
    assert_eq!(format!("[{m:>3}]"), "[ 03]");
    assert_eq!(format!("[{:<3}]", Quarter::Q2), "[Q2 ]");
    assert_eq!(format!("[{:>3}]", Half::H1), "[ H1]");
    let kind = PeriodKind::YearToDate(Month::new(9).unwrap());
    assert_eq!(format!("[{kind:>4}]"), "[  9M]");
    assert!("12M".parse::<PeriodKind>().is_err());
    assert!("1M".parse::<PeriodKind>().is_err());
    let day: Date = "2014-03-15".parse().unwrap();
    assert_eq!(format!("[{day:>12}]"), "[  2014-03-15]");
    assert_eq!(format!("[{day:<12}]"), "[2014-03-15  ]");
    assert_eq!(format!("[{:>8}]", PeriodLength::Quarter), "[ quarter]");
}

#[test]
fn names() {
    assert_eq!(format!("[{:>10}]", Qualifier::MoreThan), "[ more_than]");
    assert_eq!(format!("[{:<10}]", Rounding::HalfEven), "[half_even ]");
    assert_eq!(format!("[{:^10}]", CardOrigin::Foreign), "[ foreign  ]");
    assert_eq!(format!("[{:>7}]", MerchantSite::Abroad), "[ abroad]");
    assert_eq!(format!("[{:.3}]", FigureKind::AmountMad), "[amo]");
    assert_eq!(format!("[{:>8}]", RoundingAssumption::Floor), "[   floor]");
    assert_eq!(format!("[{:>8}]", BoundReading::Rounded), "[ rounded]");
    let a = Assumption::new(RoundingAssumption::Truncate, BoundReading::Rounded);
    assert_eq!(format!("[{a:<25}]"), "[truncate, bounds rounded ]");
    assert_eq!(format!("[{:>9}]", Assumption::default()), "[  nearest]");
}

#[test]
fn intervals_and_figures() {
    let i = Interval::closed(d("16.119"), d("17.417")).unwrap();
    assert_eq!(format!("{i:.1}"), "[16.1, 17.5]", "ends round outward");
    assert_eq!(format!("{i:.0}"), "[16, 18]");
    assert_eq!(format!("{i:.4}"), "[16.1190, 17.4170]");
    assert_eq!(format!("[{i:>18}]"), "[  [16.119, 17.417]]");
    assert_eq!(format!("[{i:<18}]"), "[[16.119, 17.417]  ]");
    let open = Interval::new(Some(morocco_ecommerce::Bound::open(d("2.25"))), None).unwrap();
    assert_eq!(format!("{open:.1}"), "(2.2, +inf)");
    let f = ReportedFigure::new(FigureKind::Percent, d("16"), d("1"))
        .unwrap()
        .with_qualifier(Qualifier::About);
    assert_eq!(f.to_string(), "about 16% (to 1)");
    assert_eq!(format!("[{f:>18}]"), "[  about 16% (to 1)]");
}

/// `format!("{:>w$}", x)` is `x.to_string()` with spaces before it, to `w` characters.
fn pads_right<T: Display>(x: &T, w: usize) -> Result<(), TestCaseError> {
    let plain = x.to_string();
    let padded = format!("{x:>w$}");
    prop_assert_eq!(padded.trim(), plain.as_str());
    prop_assert_eq!(padded.chars().count(), w.max(plain.chars().count()));
    let left = format!("{x:<w$}");
    prop_assert_eq!(left.trim(), plain.as_str());
    prop_assert_eq!(left.chars().count(), w.max(plain.chars().count()));
    Ok(())
}

fn date() -> impl Strategy<Value = Date> {
    (strategies::year(), 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, day)| Date::new(y, Month::new(m).unwrap(), day).unwrap())
}

fn interval() -> impl Strategy<Value = Interval> {
    (
        -1_000_000_000i64..1_000_000_000,
        0i64..1_000_000_000,
        0u32..6,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(low, width, scale, low_closed, unbounded)| {
            let low = Decimal::new(low, scale);
            let high = low + Decimal::new(width + 1, scale);
            let high = (!unbounded).then(|| {
                if low_closed {
                    morocco_ecommerce::Bound::closed(high)
                } else {
                    morocco_ecommerce::Bound::open(high)
                }
            });
            Interval::new(Some(morocco_ecommerce::Bound::closed(low)), high).unwrap()
        })
}

proptest! {
    #[test]
    fn every_value_pads_to_its_width(
        w in 0usize..40,
        y in strategies::year(),
        p in strategies::period(),
        t in strategies::transactions(),
        a in strategies::amount_mad(),
        g in strategies::growth_rate(),
        s in strategies::share(),
        o in strategies::card_origin(),
        m in strategies::merchant_site(),
        day in date(),
        i in interval(),
        q in select(Qualifier::ALL.to_vec()),
        r in select(Rounding::ALL.to_vec()),
        ra in select(RoundingAssumption::ALL.to_vec()),
        b in select(BoundReading::ALL.to_vec()),
        k in select(FigureKind::ALL.to_vec()),
        span in select(PeriodLength::ALL.to_vec()),
        dp in 0u32..4,
    ) {
        pads_right(&y, w)?;
        pads_right(&p, w)?;
        pads_right(&p.kind(), w)?;
        pads_right(&p.year(), w)?;
        pads_right(&day.month(), w)?;
        pads_right(&t, w)?;
        pads_right(&a, w)?;
        pads_right(&g, w)?;
        pads_right(&g.round_dp(dp, Rounding::HalfEven), w)?;
        pads_right(&s, w)?;
        pads_right(&s.points_since(s.complement()), w)?;
        if !t.is_zero() {
            pads_right(&AverageTicket::of(a, t).unwrap(), w)?;
        }
        pads_right(&o, w)?;
        pads_right(&m, w)?;
        pads_right(&day, w)?;
        pads_right(&i, w)?;
        pads_right(&q, w)?;
        pads_right(&r, w)?;
        pads_right(&ra, w)?;
        pads_right(&b, w)?;
        pads_right(&k, w)?;
        pads_right(&span, w)?;
        pads_right(&Assumption::new(ra, b), w)?;
        if let Ok(figure) = ReportedFigure::new(k, a.get(), Decimal::ONE) {
            pads_right(&figure.with_qualifier(q), w)?;
        }
    }

    /// A precision on a number writes exactly that many decimals, of the value rounded
    /// half-even.
    #[test]
    fn precision_is_decimals_shown(g in strategies::growth_rate(), a in strategies::amount_mad(), dp in 0usize..8) {
        let text = format!("{g:.dp$}");
        let number = text.strip_suffix('%').unwrap();
        let decimals = number.split_once('.').map_or(0, |(_, f)| f.len());
        prop_assert_eq!(decimals, dp);
        let rounded = g.as_percent().round_dp(u32::try_from(dp).unwrap());
        prop_assert_eq!(number.parse::<Decimal>().unwrap(), rounded);
        let text = format!("{a:.dp$}");
        prop_assert_eq!(text.split_once('.').map_or(0, |(_, f)| f.len()), dp);
        prop_assert_eq!(text.parse::<Decimal>().unwrap(), a.get().round_dp(u32::try_from(dp).unwrap()));
    }
}
