//! The typed domain model: years, periods, counts, amounts, rates and records.

/// `TryFrom<String>` by `FromStr` and `From<T> for String` by `Display`: the string form that
/// serde reads and writes for the types marked `serde(try_from = "String", into = "String")`.
macro_rules! string_form {
    ($t:ty) => {
        impl TryFrom<String> for $t {
            type Error = crate::Error;

            fn try_from(value: String) -> Result<Self, crate::Error> {
                value.parse()
            }
        }

        impl From<$t> for String {
            fn from(value: $t) -> String {
                value.to_string()
            }
        }
    };
}

mod amount;
mod date;
mod growth;
mod origin;
mod period;
mod qualifier;
mod quantity;
mod record;
mod rounding;
mod series;
mod share;
mod ticket;
mod transactions;
mod year;

pub use amount::AmountMad;
pub use date::{Date, Span};
pub use growth::GrowthRate;
pub use origin::{CardOrigin, MerchantSite};
pub use period::{Half, Month, Period, PeriodKind, Quarter};
pub use qualifier::Qualifier;
pub use quantity::{Change, Quantity};
pub use record::{Measures, PeriodRecord, RecordBuilder};
pub use rounding::Rounding;
pub use series::{Series, SeriesRow};
pub use share::{MAX_BREAKDOWN_DECIMALS, Share};
pub use ticket::{AverageTicket, PercentagePoints};
pub use transactions::Transactions;
pub use year::Year;
