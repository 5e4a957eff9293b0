//! A JSON file of the user's own figures and claims (feature `serde`).

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::Error;
use crate::check::{Checker, Claim, ClaimKind};
use crate::model::Qualifier;
use crate::reported::{Assumption, FigureKind, ReportedFigure, RoundingAssumption, Scale};

/// A file of figures and claims, as the `fact_check` example reads it.
///
/// ```json
/// {
///   "assumptions": [{"rounding": "nearest", "bounds": "literal"}],
///   "figures": {
///     "ops_2013": {"kind": "count", "number": "1.67", "scale": "million"},
///     "ops_2014": {"kind": "count", "number": "1.95", "scale": "million"},
///     "ops_growth": {"kind": "percent", "number": "16"}
///   },
///   "claims": [
///     {"id": "ops_growth_2014", "type": "growth", "from": "ops_2013", "to": "ops_2014", "stated": "ops_growth"}
///   ]
/// }
/// ```
///
/// A figure has a `kind` (`count`, `amount_mad`, `percent`), the `number` as written (a string,
/// with a point for the decimal comma; its decimals set the precision), and optionally a `scale`
/// (`unit`, `thousand`, `million`, `billion`, or a number such as `"1000000"`; `unit` by
/// default), a `qualifier` (`exact`, `more_than`, `at_least`, `less_than`, `at_most`,
/// `about`), a `precision` that overrides the written one, a fixed `rounding`, and an
/// `about_half_width`.
///
/// A claim has an `id`, a `type` and the ids of its figures: `growth` (`from`, `to`,
/// `stated`), `share` (`part`, `total`, `stated`), `within` (`part`, `total`), `parts_sum`
/// (`parts`, a list, and `total`), `projection` (`base`, `rate`, `end`), `average_ticket`
/// (`value`, `operations`, `stated`), `compound_annual` (`from`, `to`, `years`, `stated`),
/// `implied_earlier` (`current`, `rate`, `earlier`), `increase` and `decrease` (`from`, `to`,
/// `stated`: two figures of one kind and the size of their rise or fall), `points_change`
/// (`from`, `to`, `stated`: two percentages and their difference in `percentage_points`).
///
/// `assumptions` is optional; without it the checker reads figures under the default
/// assumption. An empty list, a figure id defined twice and a `parts_sum` with no parts are
/// errors.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::check::ClaimsFile;
///
/// let text = r#"{"figures": {"a": {"kind": "count", "number": "6"}, "b": {"kind": "count", "number": "4"}},
///                "claims": [{"id": "a_in_b", "type": "within", "part": "a", "total": "b"}]}"#;
/// let file: ClaimsFile = serde_json::from_str(text)?;
/// let (checker, claims) = file.into_claims()?;
/// assert_eq!(checker.check(&claims[0])?.verdict.name(), "impossible");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsFile {
    #[serde(default)]
    assumptions: Option<Vec<Assumption>>,
    #[serde(deserialize_with = "unique_figures")]
    figures: BTreeMap<String, FigureSpec>,
    claims: Vec<ClaimSpec>,
}

/// The figures map, refusing an id defined twice (a plain map would keep the last one).
fn unique_figures<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, FigureSpec>, D::Error> {
    struct Unique;

    impl<'de> serde::de::Visitor<'de> for Unique {
        type Value = BTreeMap<String, FigureSpec>;

        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("a map of figure ids to figures")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut figures = BTreeMap::new();
            while let Some(id) = map.next_key::<String>()? {
                if figures.contains_key(&id) {
                    return Err(serde::de::Error::custom(Error::DuplicateId(
                        crate::error::cut(&id),
                    )));
                }
                let spec = map.next_value::<FigureSpec>()?;
                figures.insert(id, spec);
            }
            Ok(figures)
        }
    }

    deserializer.deserialize_map(Unique)
}

#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FigureSpec {
    kind: FigureKind,
    number: String,
    #[serde(default)]
    scale: Option<String>,
    #[serde(default)]
    qualifier: Qualifier,
    #[serde(default)]
    precision: Option<String>,
    #[serde(default)]
    rounding: Option<RoundingAssumption>,
    #[serde(default)]
    about_half_width: Option<String>,
}

/// A claim as the file writes it: its id beside the fields of a [`ClaimKind`] over figure ids.
/// Unknown fields are refused by the kind (`deny_unknown_fields` cannot sit on a struct that
/// flattens).
#[derive(Debug, Clone, serde::Deserialize)]
struct ClaimSpec {
    id: String,
    #[serde(flatten)]
    kind: ClaimKind<String>,
}

/// The multiplier of a figure's `scale`: a [`Scale`] by name, or a number.
fn scale_of(word: Option<&str>) -> Result<Decimal, Error> {
    let Some(word) = word else {
        return Ok(Scale::Unit.multiplier());
    };
    if let Ok(scale) = word.parse::<Scale>() {
        return Ok(scale.multiplier());
    }
    crate::num::decimal::parse_plain(word, "a scale").map_err(|_| {
        Error::parse(
            "a scale",
            word,
            "a scale is unit, thousand, million, billion or a number",
        )
    })
}

impl FigureSpec {
    fn build(&self, id: &str) -> Result<ReportedFigure, Error> {
        let context = |e: Error| Error::UnreadableFigure {
            id: id.to_owned(),
            source: Box::new(e),
        };
        let number =
            crate::num::decimal::parse_plain(&self.number, "a figure's number").map_err(context)?;
        let mut figure = ReportedFigure::written(
            self.kind,
            number,
            scale_of(self.scale.as_deref()).map_err(context)?,
        )
        .map_err(context)?
        .with_qualifier(self.qualifier);
        if let Some(p) = &self.precision {
            let p = crate::num::decimal::parse_plain(p, "a precision").map_err(context)?;
            figure = figure.with_precision(p).map_err(context)?;
        }
        if let Some(r) = self.rounding {
            figure = figure.with_rounding(r);
        }
        if let Some(w) = &self.about_half_width {
            let w = crate::num::decimal::parse_plain(w, "a half-width").map_err(context)?;
            figure = figure.with_about_half_width(w).map_err(context)?;
        }
        Ok(figure)
    }
}

impl ClaimsFile {
    /// The checker the file asks for and its claims, every figure reference resolved.
    ///
    /// # Errors
    ///
    /// [`Error::UnreadableFigure`] naming the figure that does not read (its source says why),
    /// [`Error::UnknownFigure`] naming the claim that names a figure the file does not define,
    /// [`Error::EmptyPartsSum`] naming a `parts_sum` claim with no parts,
    /// [`Error::EmptyAssumptionList`] for `"assumptions": []`.
    pub fn into_claims(self) -> Result<(Checker, Vec<Claim>), Error> {
        let figures: BTreeMap<&str, ReportedFigure> = self
            .figures
            .iter()
            .map(|(id, spec)| spec.build(id).map(|f| (id.as_str(), f)))
            .collect::<Result<_, _>>()?;
        let checker = match self.assumptions {
            None => Checker::new(),
            Some(list) if list.is_empty() => return Err(Error::EmptyAssumptionList),
            Some(list) => Checker::new().with_assumptions(list)?,
        };
        let mut claims = Vec::with_capacity(self.claims.len());
        for spec in self.claims {
            claims.push(spec.resolve(&figures)?);
        }
        Ok((checker, claims))
    }
}

impl ClaimSpec {
    fn resolve(self, figures: &BTreeMap<&str, ReportedFigure>) -> Result<Claim, Error> {
        let id = self.id;
        if let ClaimKind::PartsSum { parts, .. } = &self.kind
            && parts.is_empty()
        {
            return Err(Error::EmptyPartsSum(id));
        }
        let kind = self.kind.try_map(|_, name| {
            figures
                .get(name.as_str())
                .copied()
                .ok_or_else(|| Error::UnknownFigure {
                    claim: id.clone(),
                    figure: crate::error::cut(&name),
                })
        })?;
        Ok(Claim::new(id, kind))
    }
}
