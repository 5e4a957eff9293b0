//! Property tests for every law the arithmetic promises.

use morocco_ecommerce::{
    AmountMad, GrowthRate, Quantity, Rounding, Share, Transactions, strategies,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Amounts up to 10^18 dirhams, far beyond any economy, and their growth.
fn amount_upto_1e18() -> impl Strategy<Value = AmountMad> {
    (0u128..=100_000_000_000_000_000_000u128).prop_map(|c| AmountMad::from_centimes(c).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn growth_round_trip_counts(a in 1u64.., b in any::<u64>()) {
        let (a, b) = (Transactions::from(a), Transactions::from(b));
        let g = GrowthRate::between(a, b).unwrap();
        prop_assert_eq!(g.apply(a, Rounding::HalfEven).unwrap(), b);
    }

    #[test]
    fn growth_round_trip_amounts(a in amount_upto_1e18(), b in amount_upto_1e18()) {
        prop_assume!(!a.is_zero());
        let g = GrowthRate::between(a, b).unwrap();
        prop_assert_eq!(g.apply(a, Rounding::HalfEven).unwrap(), b);
    }

    #[test]
    fn base_from_recovers_the_base(a in 1u64..=1_000_000_000_000, b in 0u64..=1_000_000_000_000) {
        let (a, b) = (Transactions::from(a), Transactions::from(b));
        let g = GrowthRate::between(a, b).unwrap();
        prop_assume!(!b.is_zero());
        prop_assert_eq!(g.base_from(b, Rounding::HalfEven).unwrap(), a);
    }

    #[test]
    fn growth_sign_matches_direction(a in strategies::amount_mad(), b in strategies::amount_mad()) {
        prop_assume!(!a.is_zero());
        let g = GrowthRate::between(a, b).unwrap().as_percent();
        prop_assert_eq!(g.cmp(&Decimal::ZERO), b.cmp(&a));
        prop_assert!(g >= Decimal::from(-100));
    }

    #[test]
    fn growth_is_monotone_in_the_end_value(a in 1u64.., b in any::<u64>(), c in any::<u64>()) {
        let a = Transactions::from(a);
        let (lo, hi) = (Transactions::from(b.min(c)), Transactions::from(b.max(c)));
        prop_assert!(GrowthRate::between(a, lo).unwrap() <= GrowthRate::between(a, hi).unwrap());
    }

    #[test]
    fn share_plus_complement_is_100(s in strategies::share(), part in any::<u64>(), extra in any::<u64>()) {
        prop_assert_eq!(s.as_percent() + s.complement().as_percent(), Decimal::ONE_HUNDRED);
        let total = Transactions::from(part).checked_add(Transactions::from(extra / 2));
        if let Ok(total) = total
            && !total.is_zero() {
                let share = Share::of(Transactions::from(part), total).unwrap();
                prop_assert_eq!(share.as_percent() + share.complement().as_percent(), Decimal::ONE_HUNDRED);
            }
    }

    #[test]
    fn rounded_breakdown_sums_to_100(
        parts in prop::collection::vec(strategies::amount_mad(), 1..12),
        decimals in 0u32..=Share::MAX_BREAKDOWN_DECIMALS,
    ) {
        prop_assume!(parts.iter().any(|p| !p.is_zero()));
        let shares = Share::breakdown_rounded(&parts, decimals).unwrap();
        let sum: Decimal = shares.iter().map(Share::as_percent).sum();
        prop_assert_eq!(sum, Decimal::ONE_HUNDRED);
        // Each share is its exact value rounded up or down to the last decimal.
        let ulp = Decimal::new(1, decimals);
        let total = AmountMad::checked_sum(parts.iter().copied());
        if let Ok(total) = total {
            for (part, share) in parts.iter().zip(&shares) {
                let exact = Share::of(*part, total).unwrap().as_percent();
                prop_assert!((share.as_percent() - exact).abs() < ulp + Decimal::new(1, 24),
                    "share {} exact {}", share, exact);
            }
        }
    }

    #[test]
    fn cagr_compounds_back_to_the_end_value(
        from in 1u64..=1_000_000_000_000,
        to in 1u64..=1_000_000_000_000,
        years in 1u32..=15,
    ) {
        let (from, to) = (Transactions::from(from), Transactions::from(to));
        let cagr = GrowthRate::compound_annual(from, to, years).unwrap();
        prop_assert_eq!(cagr.apply_compound(from, years, Rounding::HalfEven).unwrap(), to);
    }

    #[test]
    fn cagr_agrees_with_powd(from in 1_000u64..=1_000_000_000, to in 1_000u64..=1_000_000_000, years in 2u32..=10) {
        use rust_decimal::MathematicalOps;
        let cagr = GrowthRate::compound_annual(Transactions::from(from), Transactions::from(to), years).unwrap();
        let ratio = Decimal::from(to) / Decimal::from(from);
        let reference = ratio.powd(Decimal::ONE / Decimal::from(years));
        let ours = Decimal::ONE + cagr.as_fraction();
        let relative = ((ours - reference) / reference).abs();
        prop_assert!(relative < Decimal::new(1, 20), "ours {} powd {} relative {}", ours, reference, relative);
    }

    #[test]
    fn checked_add_matches_u128(a in strategies::amount_mad(), b in strategies::amount_mad()) {
        let sum = a.to_centimes() + b.to_centimes();
        match a.checked_add(b) {
            Ok(s) => prop_assert_eq!(s.to_centimes(), sum),
            Err(_) => prop_assert!(sum > AmountMad::MAX.to_centimes()),
        }
    }

    #[test]
    fn display_from_str_round_trips(
        y in strategies::year(),
        p in strategies::period(),
        t in strategies::transactions(),
        a in strategies::amount_mad(),
        o in strategies::card_origin(),
        m in strategies::merchant_site(),
        g in strategies::growth_rate(),
        s in strategies::share(),
        c in strategies::cards(),
        n in strategies::merchants(),
    ) {
        prop_assert_eq!(c.to_string().parse::<morocco_ecommerce::Cards>().unwrap(), c);
        prop_assert_eq!(n.to_string().parse::<morocco_ecommerce::Merchants>().unwrap(), n);
        prop_assert_eq!(y.to_string().parse::<morocco_ecommerce::Year>().unwrap(), y);
        prop_assert_eq!(p.to_string().parse::<morocco_ecommerce::Period>().unwrap(), p);
        prop_assert_eq!(t.to_string().parse::<Transactions>().unwrap(), t);
        prop_assert_eq!(a.to_string().parse::<AmountMad>().unwrap(), a);
        prop_assert_eq!(o.to_string().parse::<morocco_ecommerce::CardOrigin>().unwrap(), o);
        prop_assert_eq!(m.to_string().parse::<morocco_ecommerce::MerchantSite>().unwrap(), m);
        prop_assert_eq!(g.to_string().parse::<GrowthRate>().unwrap(), g);
        prop_assert_eq!(s.to_string().parse::<Share>().unwrap(), s);
        let points = s.points_since(s.complement());
        prop_assert_eq!(points.to_string().parse::<morocco_ecommerce::PercentagePoints>().unwrap(), points);
        if !t.is_zero() {
            let ticket = morocco_ecommerce::AverageTicket::of(a, t).unwrap();
            prop_assert_eq!(ticket.to_string().parse::<morocco_ecommerce::AverageTicket>().unwrap(), ticket);
        }
    }

    #[test]
    fn every_count_grows_and_shares_alike(a in 1u64.., b in any::<u64>()) {
        // A rate depends on the numbers, not on what they count.
        let ops = GrowthRate::between(Transactions::from(a), Transactions::from(b)).unwrap();
        let cards = GrowthRate::between(morocco_ecommerce::Cards::from(a), morocco_ecommerce::Cards::from(b)).unwrap();
        let sites = GrowthRate::between(morocco_ecommerce::Merchants::from(a), morocco_ecommerce::Merchants::from(b)).unwrap();
        prop_assert_eq!(ops, cards);
        prop_assert_eq!(ops, sites);
        let (part, total) = (a.min(b), a.max(b));
        prop_assert_eq!(
            Share::of(Transactions::from(part), Transactions::from(total)).unwrap(),
            Share::of(morocco_ecommerce::Cards::from(part), morocco_ecommerce::Cards::from(total)).unwrap()
        );
    }

    #[test]
    fn computed_rates_round_trip_through_text(a in 1u64.., b in any::<u64>()) {
        let g = GrowthRate::between(Transactions::from(a), Transactions::from(b)).unwrap();
        prop_assert_eq!(g.to_string().parse::<GrowthRate>().unwrap(), g);
    }
}

proptest! {
    /// `Display` is the canonical form and `FromStr` reads it back, for every public enum and
    /// the small value types beside them.
    #[test]
    fn names_and_parts_round_trip(
        p in strategies::period(),
        q in prop::sample::select(morocco_ecommerce::Qualifier::ALL.to_vec()),
        r in prop::sample::select(Rounding::ALL.to_vec()),
        ra in prop::sample::select(morocco_ecommerce::RoundingAssumption::ALL.to_vec()),
        b in prop::sample::select(morocco_ecommerce::BoundReading::ALL.to_vec()),
        k in prop::sample::select(morocco_ecommerce::FigureKind::ALL.to_vec()),
        span in prop::sample::select(morocco_ecommerce::PeriodLength::ALL.to_vec()),
        quarter in prop::sample::select(morocco_ecommerce::Quarter::ALL.to_vec()),
        half in prop::sample::select(morocco_ecommerce::Half::ALL.to_vec()),
        month in 1u8..=12,
        day in 1u8..=28,
        dp in 0u32..6,
        g in strategies::growth_rate(),
        s in strategies::share(),
    ) {
        use morocco_ecommerce::{Assumption, Date, Month, PeriodKind};
        fn back<T: core::fmt::Display + core::str::FromStr + PartialEq + core::fmt::Debug>(x: T) -> Result<(), TestCaseError>
        where T::Err: core::fmt::Debug {
            prop_assert_eq!(x.to_string().parse::<T>().unwrap(), x);
            Ok(())
        }
        back(p.kind())?;
        back(q)?;
        back(r)?;
        back(ra)?;
        back(b)?;
        back(k)?;
        back(span)?;
        back(quarter)?;
        back(half)?;
        back(Assumption::new(ra, b))?;
        let month = Month::new(month).unwrap();
        back(month)?;
        back(PeriodKind::Month(month))?;
        back(Date::new(p.year(), month, day).unwrap())?;
        // A month also reads from ISO 8601's year and month.
        let iso = format!("{}-{month}", p.year());
        prop_assert_eq!(iso.parse::<morocco_ecommerce::Period>().unwrap().kind(), PeriodKind::Month(month));
        // An explicitly rounded value writes its decimals, and reads back to the same value.
        back(g.round_dp(dp, Rounding::HalfEven))?;
        back(s.round_dp(dp, Rounding::HalfEven))?;
        let shown = g.round_dp(dp, Rounding::HalfEven).to_string();
        let decimals = shown.trim_end_matches('%').split_once('.').map_or(0, |(_, f)| f.len());
        prop_assert_eq!(u32::try_from(decimals).unwrap(), dp);
    }
}
