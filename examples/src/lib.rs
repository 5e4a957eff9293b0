//! The examples of `morocco-ecommerce`, a crate of their own so that what they need (JSON, CSV,
//! a chart) is built only when an example runs: the library's tests and its users never build
//! it. This library is empty on purpose; the examples are beside it, under `examples/`.
//!
//! Run one with `cargo run -p morocco-ecommerce-examples --example report` from the workspace root
//! (or `cargo run --example report`, which also builds the library's test dependencies).
