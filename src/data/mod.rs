//! The figures that ship with the crate.

mod audit;
mod claims;
mod compare;
mod dataset;
mod seed;

pub use audit::{Conflict, DataAudit, DataCheck};
pub use claims::{Derived, builtin_claims, moroccan_share_implications};
pub use compare::{
    Attribution, Compared, FigureCheck, Misprint, ObservationCheck, PeriodSource, RecordComparison,
    RecordVerdict, RelativeBase, Slip, Unattributed, attribute, claim_misprints,
};
pub use dataset::{Dataset, Measure, Observation, Scope, ScopeSeries, SeriesEntry};
