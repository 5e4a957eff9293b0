//! `FromStr` of every type: no panic, and what parses writes back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use morocco_ecommerce::{AmountMad, AverageTicket, CardOrigin, Date, GrowthRate, MerchantSite, PercentagePoints, Period, Qualifier, RoundingAssumption, Share, Transactions, Year};
use morocco_ecommerce::data::{Measure, Scope};

macro_rules! round_trip {
    ($text:expr, $($ty:ty),+) => {
        $(
            if let Ok(v) = $text.parse::<$ty>() {
                assert_eq!(v.to_string().parse::<$ty>().ok(), Some(v));
            }
        )+
    };
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    round_trip!(text, Year, Period, Date, Transactions, AmountMad, CardOrigin, MerchantSite, GrowthRate, Share, PercentagePoints, AverageTicket, Qualifier, RoundingAssumption);
    let _ = text.parse::<Scope>();
    let _ = text.parse::<Measure>();
});
