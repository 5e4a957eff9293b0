//! The benchmarks of `morocco-ecommerce` live in `benches/`; this library is empty on purpose.
//!
//! Run them with `cargo bench -p morocco-ecommerce-bench`.
