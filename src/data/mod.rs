//! The figures that ship with the crate.

mod seed;

pub use seed::{builtin, BuiltinData, Figure, FigureValue, Source, CMI_2014_RESULTS};
