//! Private decimal helpers: exact products and quotients, directed rounding, roots and fast
//! formatting. The lowest layer: it uses nothing of the crate but the error type.

pub(crate) mod decimal;
pub(crate) mod directed;
pub(crate) mod pad;
pub(crate) mod rounding;
#[cfg(feature = "serde")]
pub(crate) mod serde_decimal;

/// `Display` (the name, padded as a `str` is), `FromStr` (the name, in any ASCII case) and, with
/// `serde`, the same name as a string, for an enum with an `ALL` array and an `as_str` method.
macro_rules! named_enum {
    ($t:ty, $expected:literal, $rule:literal) => {
        impl core::fmt::Display for $t {
            /// The name [`as_str`](Self::as_str) gives; width, fill, alignment and precision
            /// apply as they do to a `str`.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl core::str::FromStr for $t {
            type Err = crate::Error;

            /// Reads the name `Display` writes, in any ASCII case.
            fn from_str(s: &str) -> Result<Self, crate::Error> {
                <$t>::ALL
                    .into_iter()
                    .find(|v| v.as_str().eq_ignore_ascii_case(s))
                    .ok_or_else(|| crate::Error::parse($expected, s, $rule))
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $t {
            /// Reads what `FromStr` reads.
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Name;

                impl serde::de::Visitor<'_> for Name {
                    type Value = $t;

                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_str($rule)
                    }

                    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<$t, E> {
                        s.parse().map_err(|_| {
                            // A hostile input is quoted cut, as the crate's parse errors are.
                            let shown = s
                                .char_indices()
                                .nth(64)
                                .map_or(s, |(i, _)| s.get(..i).unwrap_or(s));
                            E::custom(format_args!("unknown variant `{}`: {}", shown, $rule))
                        })
                    }
                }

                deserializer.deserialize_str(Name)
            }
        }
    };
}

pub(crate) use named_enum;
