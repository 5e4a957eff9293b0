//! The string form of a `Decimal` field, for `#[serde(with = "...")]` (feature `serde`).
//!
//! The crate writes every decimal as a JSON string (`"16.5"`, never `16.5`) and reads only a
//! string back, so that no figure passes through a binary float. It does so field by field,
//! through this module, rather than by turning on `rust_decimal/serde-str`: a cargo feature is
//! shared by the whole build, and that one would change how every `Decimal` of the user's own
//! types reads as well.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};

/// Writes the decimal in its canonical form, in a string: the `Display` form of the value with
/// no trailing zeros (`2100000.0` and `2100000` both write `"2100000"`), so that one value always
/// writes one string, whatever scale the arithmetic left it with.
pub(crate) fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&value.normalize())
}

/// Reads a decimal from a string: plain (`"1.05"`) or scientific (`"1.05e9"`), as
/// `rust_decimal`'s string form reads it. A number that is not a string is refused.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_str(DecimalString)
}

/// The visitor that reads a decimal from a string, and from nothing else.
struct DecimalString;

impl Visitor<'_> for DecimalString {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal number written as a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        Decimal::from_str(v)
            .or_else(|_| Decimal::from_scientific(v))
            .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
    }
}

/// The same string form for an `Option<Decimal>` field: `None` is `null`.
pub(crate) mod option {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// `Some` and `None` as the field itself would write them.
    #[derive(Serialize, Deserialize)]
    #[serde(transparent)]
    struct Field(#[serde(with = "super")] Decimal);

    /// Writes `Some` as a string, `None` as null.
    #[allow(clippy::ref_option)] // serde's `with` passes the field by reference
    pub(crate) fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.map(Field).serialize(serializer)
    }

    /// Reads null as `None` and a string as `Some`.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Decimal>, D::Error> {
        Ok(Option::<Field>::deserialize(deserializer)?.map(|f| f.0))
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Row {
        #[serde(with = "super")]
        value: Decimal,
        #[serde(with = "super::option", default)]
        extra: Option<Decimal>,
    }

    #[test]
    fn strings_in_strings_out() {
        let row = Row {
            value: Decimal::new(1650, 2),
            extra: None,
        };
        let text = serde_json::to_string(&row).unwrap_or_default();
        assert_eq!(
            text, r#"{"value":"16.5","extra":null}"#,
            "canonical: no trailing zeros"
        );
        let back: Result<Row, _> = serde_json::from_str(&text);
        assert_eq!(back.ok(), Some(row));
        let some: Result<Row, _> = serde_json::from_str(r#"{"value": "1e3", "extra": "0.5"}"#);
        assert_eq!(
            some.ok(),
            Some(Row {
                value: Decimal::from(1000),
                extra: Some(Decimal::new(5, 1))
            })
        );
        assert!(serde_json::from_str::<Row>(r#"{"value": 16.5}"#).is_err());
        assert!(serde_json::from_str::<Row>(r#"{"value": "1", "extra": 2}"#).is_err());
        assert!(serde_json::from_str::<Row>(r#"{"value": "x"}"#).is_err());
    }
}
