//! Synthetic payment records shared by the benches and the aggregate example.
#![allow(clippy::indexing_slicing)]

use morocco_ecommerce::aggregate::PaymentRecord;
use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Month, Period, PeriodKind, Year};

/// `n` records spread over the 24 months of 2013 and 2014, in no order, from a fixed seed;
/// 2014 has more of them, and larger.
#[allow(dead_code)]
pub(crate) fn records(n: usize) -> Vec<PaymentRecord> {
    stream(n).collect()
}

/// The records of [`records`], one at a time, without holding them.
#[allow(dead_code)]
pub(crate) fn stream(n: usize) -> impl Iterator<Item = PaymentRecord> {
    let months: Vec<Period> = [2013, 2014]
        .into_iter()
        .filter_map(|y| Year::try_from(y).ok())
        .flat_map(|year| {
            (1..=12)
                .filter_map(|m| Month::new(m).ok())
                .filter_map(move |m| Period::new(year, PeriodKind::Month(m)).ok())
        })
        .collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n).map(move |_| {
        let r = next();
        // Three records in five fall in 2014.
        let month = (r % 12) as usize + if (r >> 40) % 5 < 3 { 12 } else { 0 };
        let period = months[month];
        let (origin, site) = match (r >> 8) % 20 {
            0 => (CardOrigin::Foreign, MerchantSite::CmiAffiliated),
            1..=3 => (CardOrigin::Moroccan, MerchantSite::Abroad),
            _ => (CardOrigin::Moroccan, MerchantSite::CmiAffiliated),
        };
        let amount = AmountMad::from_centimes(u128::from((r >> 16) % 500_000 + 100))
            .unwrap_or(AmountMad::ZERO);
        PaymentRecord {
            period,
            origin,
            site,
            amount,
        }
    })
}
