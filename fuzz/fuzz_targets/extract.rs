//! Text extraction and claim linking on any UTF-8 text: no panic, spans are real slices.
#![no_main]

use libfuzzer_sys::fuzz_target;
use morocco_ecommerce::text::{check_text, extract};
use morocco_ecommerce::check::Checker;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for f in extract(text) {
        assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
        assert!(f.precision() > rust_decimal::Decimal::ZERO);
        let _ = f.range(morocco_ecommerce::Assumption::default());
    }
    let _ = check_text(text, &Checker::new());
});
