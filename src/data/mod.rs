//! The figures that ship with the crate.

mod audit;
mod dataset;
mod seed;

pub use audit::{Conflict, DataAudit, DataCheck};
pub use dataset::{Dataset, Measure, Observation, Scope, ScopeSeries, SeriesEntry, YearRow};
pub use seed::{BuiltinData, CMI_2014_RESULTS, Figure, FigureValue, Source, builtin};
