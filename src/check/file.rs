//! A JSON file of the user's own figures and claims (feature `serde`).

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::Error;
use crate::check::{Checker, Claim, ClaimKind};
use crate::model::Qualifier;
use crate::reported::{Assumption, FigureKind, ReportedFigure, RoundingAssumption};

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
/// `implied_earlier` (`current`, `rate`, `earlier`).
///
/// `assumptions` is optional; without it the checker reads figures under the default
/// assumption.
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
    assumptions: Vec<Assumption>,
    figures: BTreeMap<String, FigureSpec>,
    claims: Vec<ClaimSpec>,
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

#[derive(Debug, Clone, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
enum ClaimSpec {
    Growth {
        id: String,
        from: String,
        to: String,
        stated: String,
    },
    Share {
        id: String,
        part: String,
        total: String,
        stated: String,
    },
    Within {
        id: String,
        part: String,
        total: String,
    },
    PartsSum {
        id: String,
        parts: Vec<String>,
        total: String,
    },
    Projection {
        id: String,
        base: String,
        rate: String,
        end: String,
    },
    AverageTicket {
        id: String,
        value: String,
        operations: String,
        stated: String,
    },
    CompoundAnnual {
        id: String,
        from: String,
        to: String,
        years: u32,
        stated: String,
    },
    ImpliedEarlier {
        id: String,
        current: String,
        rate: String,
        earlier: String,
    },
}

fn scale_of(word: Option<&str>) -> Result<Decimal, Error> {
    Ok(match word.unwrap_or("unit") {
        "unit" => Decimal::ONE,
        "thousand" => Decimal::from(1_000),
        "million" => Decimal::from(1_000_000),
        "billion" => Decimal::from(1_000_000_000),
        other => crate::num::decimal::parse_plain(other, "a scale").map_err(|_| {
            Error::parse(
                "a scale",
                other,
                "a scale is unit, thousand, million, billion or a number",
            )
        })?,
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
    /// [`Error::UnknownFigure`] naming the claim that names a figure the file does not define.
    pub fn into_claims(self) -> Result<(Checker, Vec<Claim>), Error> {
        let figures: BTreeMap<&str, ReportedFigure> = self
            .figures
            .iter()
            .map(|(id, spec)| spec.build(id).map(|f| (id.as_str(), f)))
            .collect::<Result<_, _>>()?;
        let checker = if self.assumptions.is_empty() {
            Checker::new()
        } else {
            Checker::new().with_assumptions(self.assumptions)?
        };
        let mut claims = Vec::with_capacity(self.claims.len());
        for spec in &self.claims {
            claims.push(spec.resolve(&figures)?);
        }
        Ok((checker, claims))
    }
}

impl ClaimSpec {
    fn resolve(&self, figures: &BTreeMap<&str, ReportedFigure>) -> Result<Claim, Error> {
        let id = match self {
            ClaimSpec::Growth { id, .. }
            | ClaimSpec::Share { id, .. }
            | ClaimSpec::Within { id, .. }
            | ClaimSpec::PartsSum { id, .. }
            | ClaimSpec::Projection { id, .. }
            | ClaimSpec::AverageTicket { id, .. }
            | ClaimSpec::CompoundAnnual { id, .. }
            | ClaimSpec::ImpliedEarlier { id, .. } => id,
        };
        let f = |name: &str| {
            figures
                .get(name)
                .copied()
                .ok_or_else(|| Error::UnknownFigure {
                    claim: id.clone(),
                    figure: crate::error::cut(name),
                })
        };
        let kind = match self {
            ClaimSpec::Growth {
                from, to, stated, ..
            } => ClaimKind::Growth {
                from: f(from)?,
                to: f(to)?,
                stated: f(stated)?,
            },
            ClaimSpec::Share {
                part,
                total,
                stated,
                ..
            } => ClaimKind::Share {
                part: f(part)?,
                total: f(total)?,
                stated: f(stated)?,
            },
            ClaimSpec::Within { part, total, .. } => ClaimKind::Within {
                part: f(part)?,
                total: f(total)?,
            },
            ClaimSpec::PartsSum { parts, total, .. } => ClaimKind::PartsSum {
                parts: parts.iter().map(|p| f(p)).collect::<Result<_, _>>()?,
                total: f(total)?,
            },
            ClaimSpec::Projection {
                base, rate, end, ..
            } => ClaimKind::Projection {
                base: f(base)?,
                rate: f(rate)?,
                end: f(end)?,
            },
            ClaimSpec::AverageTicket {
                value,
                operations,
                stated,
                ..
            } => ClaimKind::AverageTicket {
                value: f(value)?,
                operations: f(operations)?,
                stated: f(stated)?,
            },
            ClaimSpec::CompoundAnnual {
                from,
                to,
                years,
                stated,
                ..
            } => ClaimKind::CompoundAnnual {
                from: f(from)?,
                to: f(to)?,
                years: *years,
                stated: f(stated)?,
            },
            ClaimSpec::ImpliedEarlier {
                current,
                rate,
                earlier,
                ..
            } => ClaimKind::ImpliedEarlier {
                current: f(current)?,
                rate: f(rate)?,
                earlier: f(earlier)?,
            },
        };
        Ok(Claim::new(id.clone(), kind))
    }
}
