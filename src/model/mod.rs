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
mod count;
mod date;
mod growth;
mod origin;
mod period;
mod qualifier;
mod quantity;
mod record;
mod series;
mod share;
mod ticket;
mod year;

pub use crate::num::rounding::Rounding;
pub use amount::AmountMad;
pub use count::{Cards, Merchants, Transactions};
pub use date::{Date, PeriodLength};
pub use growth::GrowthRate;
pub use origin::{CardOrigin, MerchantSite};
pub use period::{Half, Month, Period, PeriodKind, Quarter};
pub use qualifier::Qualifier;
pub use quantity::{Change, Quantity};
pub use record::{Activity, PeriodRecord, RecordBuilder};
pub use series::{Series, SeriesRow};
pub use share::Share;
pub use ticket::{AverageTicket, PercentagePoints};
pub use year::Year;
