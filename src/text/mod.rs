//! Figures in Arabic, French and English press text: reading them, and writing them back.
//!
//! # How numbers are read
//!
//! Digits may be Western (0-9), Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹). Separators
//! are told apart by this rule, applied in order:
//!
//! 1. `٫` is a decimal mark; `٬` and spaces group thousands: the space, the no-break spaces
//!    (U+00A0, U+202F), the thin, figure, punctuation and other typographic spaces
//!    (U+2002-200A, U+205F, U+3000); a space only before exactly three digits, after a first
//!    group of one to three, so that "2014 1,67" stays two numbers.
//! 2. "A ر B", the Arabic wire-service notation, is B.A: "4ر3" is 3.4.
//! 3. With both `.` and `,`, the one written last is the decimal mark and the other groups.
//! 4. A mark written twice or more groups thousands: "1.945.959", "388,000,000".
//! 5. A single `.` or `,` groups thousands when exactly three digits follow it and one to three
//!    digits, not starting with 0, precede it, with no space grouping: "2.100" is 2100 and
//!    "388,000" is 388 000. Otherwise it is a decimal mark: "1.95", "1,67", "14,9", "0.125".
//!    In a percentage it is always a decimal mark: "16,125 %" is 16.125 %, and so in
//!    percentage points ("1,250 point" is 1.25 points: 1250 would be more than any difference
//!    of percentages).
//! 6. Under a scale word (million, milliard, مليون, مليار, billion, bn, mille, ألف..., and the
//!    units that carry one, MDH, MMDH), the single mark of rule 5 follows the language of the
//!    sentence: in French and Arabic text a comma is a decimal mark ("2,458 milliards de
//!    dirhams" is 2.458 milliards, "2,458 مليار درهم" 2.458 مليار), and a French point only
//!    before a scale word in the singular ("1.250 milliard"; "5.430 millions" is left out, as
//!    French also groups with points); an Arabic point is left out ("1.250 مليون عملية"), as
//!    Arabic press groups with it there too; in English text a comma groups
//!    thousands ("1,250 million dirhams" is 1250 million) and a point is a decimal mark
//!    ("2.458 billion dirhams" is 2.458 billion), as each press writes. Where the language
//!    cannot be told, the figure is left out rather than guessed. With no scale word, English
//!    text does not group with a point: "2.100 transactions" in an English sentence is left
//!    out.
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
//! # Numbers in words and in parts
//!
//! A number written in words is read before a scale word (mille, million, milliard, thousand,
//! billion, ألف, مليون, مليار, their plurals and the Arabic duals "ملياري", "مليونين"...), and
//! reported only with a unit of ours written after it: "six milliards de dirhams", "un
//! demi-milliard de dirhams", "two and a half million transactions", "نصف مليار درهم", "مليار
//! ونصف درهم", "ثلاثة ملايين عملية". An Arabic scale word alone stands for one ("مليار درهم"),
//! as does French "mille"; "un", "deux" or "cent" with no scale word, or before a noun that is
//! not ours, are never figures. A number in parts is one number: "2 milliards 300 millions",
//! "1 million 200 000", "4 ملايين و417 ألفا و305", "مليار و200 مليون"; the scale words get smaller
//! from part to part, and a last part without one is smaller than the scale before it and is
//! followed by its unit. A number in words or parts that has no single reading ("mille
//! milliards", "deux trois millions", parts with no unit) is left out whole, its digits too.
//!
//! | Text | Value | Precision | Why |
//! |---|---|---|---|
//! | "six milliards" | 6 × 10^9 | 10^9 | the last word written is the milliard |
//! | "trois cent mille", "dix mille" | 300 000, 10 000 | 10^5, 10^4 | words write no place below their last one: the largest power of ten (up to 100) dividing the words' value, times the scale |
//! | "un demi-milliard", "مليار ونصف" | 5 × 10^8, 1.5 × 10^9 | 5 × 10^8 | a half: the writer rounded to half the scale |
//! | "2 milliards 300 millions" | 2.3 × 10^9 | 10^6 | the last part, in digits: its last digit times its scale |
//! | "4 ملايين و417 ألفا و305" | 4 417 305 | 1 | the last part has no scale word |
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
//! | "1.250 milliard de dirhams" | 1.25 milliard | French under a scale word in the singular: a decimal mark (the singular says less than two) |
//! | "5.430 millions de dirhams" | none | French under a plural scale word or a unit that carries one: the point may group (5 430 millions) or mark decimals (5,43 millions); left out |
//! | "2,458 مليار درهم" | 2.458 مليار | Arabic press writes a decimal comma, the French way |
//! | "1.250 مليون عملية", "4.981 مليار درهم" | none | Arabic under a scale word: the point may group (4 981 مليار, as reports of large payments write) or mark decimals (1,25 مليون); its singular follows numbers above ten too, so it tells nothing; left out |
//! | "1,250 million dirhams in the year" | 1250 million | English groups with commas |
//! | "2.458 billion dirhams", "MAD 1.125 billion" | 2.458 billion, 1.125 billion | English writes a decimal point |
//! | "The CMI processed 2.100 transactions." | not reported | English groups with commas, and 2.1 operations is no count |
//! | "1,250 million" alone | not reported | no word tells the language |
//! | "2.100 opérations", "388,000 transactions" | 2100, 388 000 | no scale word: rule 5, in French, Arabic and (with a comma) English |
//!
//! [`format_figure`] writes at most two decimals under a scale word and never groups the
//! number before one, so what it writes reads back as written in every language. A number
//! that breaks its own grouping is not reported.
//!
//! # Units and what the sentence says of them
//!
//! - A noun after "de" or "d'" with no scale word is the number's unit: "3.712.408 de
//!   transactions", "1 200 d'opérations" (not after a year: "en 2014 de transactions" is no
//!   figure). "of" is not read so: English does not write it.
//! - Arabic vowel marks (the tanwin, harakat, shadda, sukun) and the tatweel are read through
//!   in every word: "درهمًا", "عمليةً", "درهـم", "وَبحوالي".
//! - An Arabic unit of dirhams or operations glued to one of a few words the press writes after
//!   it ("درهمبعد", "عمليةخلال") is read as the unit; glued to anything else, the figure is left
//!   out.
//! - A number alone in quotes or guillemets takes the unit written after them: "«4ر3» مليون"
//!   is 3.4 million, "\"3ر3\" مليار درهم", "« 2,5 » milliards de dirhams" (a space inside the
//!   quotes is allowed). Quotes that hold more than the number ("« plan 2020 » millions") are
//!   not read through: the number is not the figure.
//! - Percentage points ("+6 points", "6 points de pourcentage", "2 percentage points", "3 نقاط",
//!   "0,4 نقطة مئوية") are [`FigureKind::PercentagePoints`](crate::FigureKind), signed like a
//!   percent and read with the same words of a fall; never a rate. "points" alone is read only
//!   with a sign or after a word of change ("une hausse de 6 points", "gagné", "up", "ب",
//!   "بزيادة"): "les 3 points clés" are not. "points de vente", "points of sale", "نقاط البيع"
//!   and more than 100 points are places, and left out.
//! - A unit left out ("9,2 milliards de dirhams contre 7,4 milliards") is read from the
//!   sentence, by [the rules of `extract`](extract): a tie word to a figure with its unit, the
//!   quantity its clause names, the one kind its sentence writes before it; otherwise it is
//!   left out. The figure keeps `unit_implied`.
//! - A scale word cut short ("62,7 M d'opérations", "38.9m transactions", "15.3k
//!   transactions", "2,4 Md de dirhams") is read only before a unit of ours or after a currency
//!   ("MAD 980m"): alone, or before another noun ("3,2 M d'articles", "3 m de câble"), the
//!   letter may stand for anything, and the figure is left out.
//! - A bare number (no unit, no scale word) is a count only where its clause names operations
//!   and a word of reaching stands before it ("le nombre de transactions ... pour atteindre plus
//!   de 512 300"), or where a tie word joins it to a count ("2 millions d'opérations contre
//!   1 850 000"); never an amount, whose scale may have been left out with its unit.
//!
//! # Hedges
//!
//! Each hedge maps to the [`Qualifier`](crate::Qualifier) that says what it bounds: "plus de",
//! "dépassant", "supérieur à", "au-delà de", "more than", "upwards of", "in excess of", "أكثر
//! من", "ما يفوق", "يتجاوز", "ما يزيد على" are `MoreThan`; "pas moins de", "at least", "لا يقل
//! عن" `AtLeast`; "moins de", "less than", "أقل من" `LessThan`; "environ", "près de",
//! "quelque", "presque", "about", "nearly", "almost", "حوالي", "نحو", "يناهز", "تناهز", "ما
//! يناهز", "يقارب", "قرابة", "زهاء" `About`. "Près de", "nearly" and "almost" often mean just
//! under the figure; the model has no qualifier for that, and `About` (a range around the
//! figure) holds the values just under it where `LessThan` would drop the closeness, so `About`
//! it is. Arabic hedges are read with their clitics: one of و, ف, ب, ل, or و or ف then ب, ل or
//! ك ("وبحوالي", "لحوالي", "وبأزيد من", "بما يناهز").
//!
//! A rate is negative when a word of a fall stands right before it ("en baisse de", "تراجع
//! بنسبة"), or, in Arabic, when a noun of a fall, an adjective and the word of the rate do
//! ("لانخفاض طفيف بنسبة 0,4 في المائة"); a verb and its subject before the rate ("تراجعت
//! المعاملات بنسبة") are left to the linker.
//!
//! # Reading from a reader
//!
//! [`FigureReader`] gives the figures of a text read from any `std::io::Read`, the same as
//! [`extract`] on the whole text, with offsets into the whole input, in memory that does not
//! grow with it: it cuts the text into pieces at sentence ends that nothing of the reader
//! crosses, as [its documentation](FigureReader) shows, and reads each piece on its own.

mod bytetrie;
mod extract;
mod format;
mod lexicon;
mod link;
mod periods;
mod scan;
mod stream;
mod words;
mod wordset;

pub use extract::{TextFigure, extract};
pub use format::{Language, format_figure};
pub use link::{LinkedText, NotChecked, TextClaim, Unlinked, check_text, link, link_text};
pub use periods::TextPeriod;
pub(crate) use periods::{NamedPeriod, named_periods};
pub(crate) use scan::{digit, find_phrase};
pub use stream::{FigureReader, MAX_PIECE, PIECE_TARGET};
