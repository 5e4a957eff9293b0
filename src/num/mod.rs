//! Private decimal helpers: exact products and quotients, directed rounding, roots and fast
//! formatting. The lowest layer: it uses nothing of the crate but the error type.

pub(crate) mod decimal;
pub(crate) mod directed;
#[cfg(feature = "serde")]
pub(crate) mod serde_decimal;
