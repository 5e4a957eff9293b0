//! The source article: the CMI's results for 2013 and 2014, as the press relayed them.

use crate::data::Dataset;

/// The source article's figures, shipped with the crate.
const SEED_TSV: &str = include_str!("../../data/seed-article.tsv");

impl Dataset {
    /// The figures of the article the crate is built around: the CMI's results for 2013 and
    /// 2014, as an Arabic-language Moroccan news article relayed them early in 2015. They are
    /// observations like those of [`Dataset::cmi`], in the same file format
    /// (`data/seed-article.tsv`), with the article's words as written and its hedges.
    ///
    /// The article's "card" figures are the Moroccan cards' (the record has the same 1,67 and
    /// 1,95 million operations under that scope); its 95 % is a share of "activity", which it
    /// does not say is of operations or of value ([`Measure::ActivityShare`](crate::data::Measure::ActivityShare)).
    ///
    /// # Example
    ///
    /// ```
    /// use morocco_ecommerce::data::{Dataset, Scope};
    /// use morocco_ecommerce::{Period, Qualifier, Rounding};
    /// use rust_decimal::Decimal;
    ///
    /// let article = Dataset::seed_article();
    /// assert_eq!(article.observations().len(), 10);
    /// let ops = article.get("card_operations_2014").unwrap();
    /// assert_eq!(ops.figure.value(), Decimal::from(1_950_000));
    /// assert_eq!(ops.as_written, "1,95 مليون عملية");
    /// assert_eq!(article.get("card_value_2014").unwrap().figure.qualifier(), Qualifier::MoreThan);
    ///
    /// // The Moroccan cards' operations and value, taken as printed.
    /// let table = article.series(Scope::MoroccanCards).records().table();
    /// let ticket = table[1].average_ticket.as_ref().unwrap();
    /// assert_eq!(ticket.to_amount(Rounding::HalfEven)?.to_string(), "538.46");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub fn seed_article() -> Dataset {
        // The embedded file is checked by the tests: every row reads.
        Dataset::from_tsv(SEED_TSV).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_reads() {
        let article = Dataset::from_tsv(SEED_TSV);
        assert_eq!(article.map(|a| a.observations().len()), Ok(10));
    }
}
