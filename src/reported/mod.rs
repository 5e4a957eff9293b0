//! Reported figures: rounded, hedged values and the ranges of true values they allow.

mod figure;
mod interval;
mod scale;

pub use figure::{Assumption, BoundReading, FigureKind, ReportedFigure, RoundingAssumption};
pub(crate) use figure::{FigureRanges, Reads};
pub use interval::{Bound, Interval};
pub use scale::Scale;
