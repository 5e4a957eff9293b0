//! JSON deserialisation of every data type: no panic, and what reads writes back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use morocco_ecommerce::{AmountMad, Assumption, CardOrigin, GrowthRate, Period, PeriodRecord, Series, Share, Transactions, Year};
use morocco_ecommerce::aggregate::PaymentRecord;
use morocco_ecommerce::check::{Claim, Finding, Verdict};
use morocco_ecommerce::data::Observation;

macro_rules! round_trip {
    ($text:expr, $($ty:ty),+) => {
        $(
            if let Ok(v) = serde_json::from_str::<$ty>($text) {
                let again = serde_json::to_string(&v).ok().and_then(|s| serde_json::from_str::<$ty>(&s).ok());
                assert_eq!(again.as_ref(), Some(&v));
            }
        )+
    };
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    round_trip!(text, Year, Period, Transactions, AmountMad, CardOrigin, GrowthRate, Share, PeriodRecord, Series, PaymentRecord, Verdict, Finding, Assumption, Observation, Claim);
    if let Ok(observations) = serde_json::from_str::<Vec<Observation>>(text) {
        let _ = morocco_ecommerce::data::Dataset::from_observations(observations);
    }
});
