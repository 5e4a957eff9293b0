//! Proptest strategies that draw valid values of the crate's types (feature `proptest`).
//!
//! ```
//! use morocco_ecommerce::strategies;
//! use proptest::prelude::*;
//!
//! proptest!(|(amount in strategies::amount_mad(), count in strategies::transactions())| {
//!     prop_assert!(amount.to_centimes() <= morocco_ecommerce::AmountMad::MAX.to_centimes());
//!     let _ = count;
//! });
//! ```

use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::model::{
    AmountMad, CardOrigin, Cards, GrowthRate, Half, MerchantSite, Merchants, Month, Period,
    PeriodKind, Quarter, Share, Transactions, Year,
};

/// Any year the crate accepts.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::year())| {
///     prop_assert!(v >= morocco_ecommerce::Year::MIN && v <= morocco_ecommerce::Year::MAX);
/// });
/// ```
pub fn year() -> impl Strategy<Value = Year> {
    (Year::MIN.get()..=Year::MAX.get()).prop_filter_map("year in range", |y| Year::try_from(y).ok())
}

/// Any count, from zero to `u64::MAX`.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::transactions())| {
///     prop_assert_eq!(v.to_string().parse::<morocco_ecommerce::Transactions>().ok(), Some(v));
/// });
/// ```
pub fn transactions() -> impl Strategy<Value = Transactions> {
    any::<u64>().prop_map(Transactions::from)
}

/// Any count of cards, from zero to `u64::MAX`.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::cards())| {
///     prop_assert_eq!(v.to_string().parse::<morocco_ecommerce::Cards>().ok(), Some(v));
/// });
/// ```
pub fn cards() -> impl Strategy<Value = Cards> {
    any::<u64>().prop_map(Cards::from)
}

/// Any count of merchant sites, from zero to `u64::MAX`.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::merchants())| {
///     prop_assert_eq!(v.to_string().parse::<morocco_ecommerce::Merchants>().ok(), Some(v));
/// });
/// ```
pub fn merchants() -> impl Strategy<Value = Merchants> {
    any::<u64>().prop_map(Merchants::from)
}

/// Any amount, from zero to [`AmountMad::MAX`], most of them of a realistic size.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::amount_mad())| {
///     prop_assert!(v <= morocco_ecommerce::AmountMad::MAX);
/// });
/// ```
pub fn amount_mad() -> impl Strategy<Value = AmountMad> {
    prop_oneof![
        3 => 0u128..100_000_000_000_000u128,
        1 => 0u128..=(1u128 << 96) - 1,
    ]
    .prop_filter_map("amount in range", |c| AmountMad::from_centimes(c).ok())
}

/// Either card origin.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::card_origin())| {
///     prop_assert_eq!(v.other().other(), v);
/// });
/// ```
pub fn card_origin() -> impl Strategy<Value = CardOrigin> {
    prop_oneof![Just(CardOrigin::Moroccan), Just(CardOrigin::Foreign)]
}

/// Either merchant site.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::merchant_site())| {
///     prop_assert!(morocco_ecommerce::MerchantSite::ALL.contains(&v));
/// });
/// ```
pub fn merchant_site() -> impl Strategy<Value = MerchantSite> {
    prop_oneof![
        Just(MerchantSite::CmiAffiliated),
        Just(MerchantSite::Abroad)
    ]
}

/// Any period of any kind.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::period())| {
///     prop_assert_eq!(v.to_string().parse::<morocco_ecommerce::Period>().ok(), Some(v));
/// });
/// ```
pub fn period() -> impl Strategy<Value = Period> {
    let kind = prop_oneof![
        Just(PeriodKind::FullYear),
        prop_oneof![
            Just(Quarter::Q1),
            Just(Quarter::Q2),
            Just(Quarter::Q3),
            Just(Quarter::Q4)
        ]
        .prop_map(PeriodKind::Quarter),
        prop_oneof![Just(Half::H1), Just(Half::H2)].prop_map(PeriodKind::Half),
        (2u8..=11).prop_filter_map("month", |m| Month::new(m).ok().map(PeriodKind::YearToDate)),
        (1u8..=12).prop_filter_map("month", |m| Month::new(m).ok().map(PeriodKind::Month)),
    ];
    (year(), kind).prop_filter_map("valid period", |(y, k)| Period::new(y, k).ok())
}

/// A growth rate from -100 % to +10 000 %, with up to four decimals.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::growth_rate())| {
///     prop_assert!(v.as_percent() >= -rust_decimal::Decimal::ONE_HUNDRED);
/// });
/// ```
pub fn growth_rate() -> impl Strategy<Value = GrowthRate> {
    (-1_000_000i64..=100_000_000i64).prop_filter_map("growth rate", |n| {
        GrowthRate::from_percent(Decimal::new(n, 4)).ok()
    })
}

/// A share from 0 % to 100 %, with up to four decimals.
///
/// ```
/// use morocco_ecommerce::strategies;
/// use proptest::prelude::*;
///
/// proptest!(|(v in strategies::share())| {
///     prop_assert!(v.as_percent() <= rust_decimal::Decimal::ONE_HUNDRED);
/// });
/// ```
pub fn share() -> impl Strategy<Value = Share> {
    (0i64..=1_000_000i64).prop_filter_map("share", |n| Share::from_percent(Decimal::new(n, 4)).ok())
}
