//! The claims file of the fact_check example, and the TSV loader: no panic on any input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use morocco_ecommerce::check::ClaimsFile;
use morocco_ecommerce::data::Dataset;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(file) = serde_json::from_str::<ClaimsFile>(text) {
        if let Ok((checker, claims)) = file.into_claims() {
            let _ = checker.audit(&claims);
        }
    }
    if let Ok(data) = Dataset::from_tsv(text) {
        let _ = data.audit(&morocco_ecommerce::check::Checker::new());
    }
});
