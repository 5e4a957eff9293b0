//! Figures in Arabic, French and English press text: reading them, and writing them back.
//!
//! # How numbers are read
//!
//! Digits may be Western (0-9), Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹). Separators
//! are told apart by this rule, applied in order:
//!
//! 1. `٫` is a decimal mark; `٬`, spaces and no-break spaces (U+00A0, U+202F) group thousands
//!    (a space only before exactly three digits, after a first group of one to three, so that
//!    "2014 1,67" stays two numbers).
//! 2. "A ر B", the Arabic wire-service notation, is B.A: "4ر3" is 3.4.
//! 3. With both `.` and `,`, the one written last is the decimal mark and the other groups.
//! 4. A mark written twice or more groups thousands: "1.945.959", "388,000,000".
//! 5. A single `.` or `,` groups thousands when exactly three digits follow it and one to three
//!    digits, not starting with 0, precede it, with no space grouping: "2.100" is 2100 and
//!    "388,000" is 388 000. Otherwise it is a decimal mark: "1.95", "1,67", "14,9", "0.125".
//!    In a percentage it is always a decimal mark: "16,125 %" is 16.125 %.
//!
//! So "1,950 million" reads as 1950 million: write "1,95 million" for 1.95 million. The writer,
//! [`format_figure`], never puts three decimals under a scale word, so what it writes reads back
//! as written. A number that
//! breaks its own grouping is read as its first group alone.

mod extract;
mod format;
mod lexicon;
mod link;
mod scan;

pub use extract::{TextFigure, extract};
pub use format::{Language, format_figure};
pub use link::{TextClaim, check_text, link};
