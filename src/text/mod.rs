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
//! 6. Under a scale word (million, milliard, مليون, مليار, billion, bn, mille, ألف..., and the
//!    units that carry one, MDH, MMDH), the single mark of rule 5 follows the language of the
//!    sentence: in French and Arabic text it is a decimal mark ("2,458 milliards de dirhams"
//!    is 2.458 milliards, "1.250 مليار درهم" is 1.25 مليار), in English text it groups
//!    thousands ("1,250 million dirhams" is 1250 million), as each press writes. Where the
//!    language cannot be told, the figure is left out rather than guessed.
//!
//! Other marks between digits:
//!
//! - the Arabic comma `،` (U+060C) between two digits is a decimal mark, as `٫`: "215،6 مليون"
//!   is 215.6 million; after a number and before a space it is punctuation ("سنة 2014، بعد"),
//!   and after a year (1900-2099) it may be either, so "2014،16 في المائة" gives no figure;
//! - the apostrophe (`'`, `’`) and the middle dot `·` group thousands, as `٬`: "1'670'000",
//!   "1·670·000";
//! - invisible formatting characters (NUL, the soft hyphen U+00AD, the zero-width space,
//!   joiners and non-joiner U+200B-200D, the direction marks U+200E, U+200F and U+061C, the
//!   embeddings and isolates, the word joiner U+2060, U+FEFF) carry no content: a number is
//!   read through them, "1\u{AD}950\u{AD}000" is 1 950 000, and so are the spaces between a
//!   number and its unit.
//!
//! What has no one value is not reported: a number that breaks its own grouping ("1.95.3",
//! "1'67"), and a number right after a mark that may stand inside one (".5 million", the "5"
//! of "1,,5 million").
//!
//! # The language of a sentence
//!
//! Rule 6 asks which press wrote the sentence. The guess looks at the sentence around the
//! number (cut at `\n`, `!`, `?`, `؟`, `;`, `؛` and a `.` before a space, and at most 160 bytes
//! on either side, so its cost is bounded): it is Arabic when the sentence has more Arabic
//! letters than Latin ones; otherwise French function words ("de", "les", "à", "pour"...),
//! French scale words ("milliard", "mille", "MDH") and words with a French accent vote French,
//! English ones ("the", "of", "billion", "reached"...) vote English, and the larger vote wins.
//! Words of both languages ("million", "dirhams", "transactions") do not vote. The cases where
//! the two readings differ, and the decision taken:
//!
//! | Text | Read as | Why |
//! |---|---|---|
//! | "2,458 milliards de dirhams" | 2.458 milliards | French: the comma is a decimal mark |
//! | "1.250 milliard de dirhams" | 1.25 milliard | French under a scale word: a decimal mark, as French press does not group the number before a scale word |
//! | "2,458 مليار درهم", "1.250 مليون عملية" | 2.458 مليار, 1.25 مليون | Arabic press writes the French way |
//! | "1,250 million dirhams in the year" | 1250 million | English groups with commas |
//! | "1,250 million" alone | not reported | no word tells the language |
//! | "2.100 opérations", "388,000 transactions" | 2100, 388 000 | no scale word: rule 5, in every language |
//!
//! [`format_figure`] writes at most two decimals under a scale word and never groups the
//! number before one, so what it writes reads back as written in every language. A number
//! that breaks its own grouping is not reported.

mod extract;
mod format;
mod lexicon;
mod link;
mod scan;
mod words;

pub use extract::{TextFigure, extract};
pub use format::{Language, format_figure};
pub use link::{TextClaim, check_text, link};
