//! Reading the figures of a text from any reader, piece by piece, in bounded memory.
//!
//! [`extract`] reads a whole `&str`; [`FigureReader`] reads a [`Read`] (a file, standard
//! input, a socket) and gives the same figures, with byte offsets into the whole input, while
//! it holds at most one piece of the text at a time.
//!
//! Where the text is cut, and why nothing crosses a cut, is on [`FigureReader`].

use std::collections::VecDeque;
use std::io::{ErrorKind, Read};
use std::iter::FusedIterator;

use crate::Error;
use crate::error::CallerError;
use crate::text::extract::{TextFigure, extract};
use crate::text::scan;

/// The longest piece of text a [`FigureReader`] holds by default, in bytes: 1 MiB. A text
/// with no place to cut within this many bytes is an error ([`Error::NoPlaceToCut`]); see
/// [`FigureReader::with_max_piece`].
///
/// ```
/// assert_eq!(morocco_ecommerce::text::MAX_PIECE, 1 << 20);
/// ```
pub const MAX_PIECE: usize = 1 << 20;

/// How much text a [`FigureReader`] gathers before it cuts a piece, in bytes: 64 KiB (or the
/// longest piece allowed, when that is less). Larger pieces cost memory; smaller ones cost a
/// call of [`extract`] each.
///
/// ```
/// assert_eq!(morocco_ecommerce::text::PIECE_TARGET, 64 * 1024);
/// ```
pub const PIECE_TARGET: usize = 64 * 1024;

/// How much the reader asks its source for at a time.
const CHUNK: usize = 64 * 1024;

/// How many places to cut that turn out to hold a figure (rule 3) are tried per piece before
/// the reader stops trying and waits for the limit: each try reads the piece again.
const TRIES: usize = 16;

/// The figures of a text read from a [`Read`], piece by piece: an iterator of
/// `Result<TextFigure, Error>`, in the order of the text, with the same figures as [`extract`]
/// on the whole text and byte offsets (`start`, `end`, `context_start`) into the whole input.
///
/// It holds one piece of the text (see below for where it cuts, and [`MAX_PIECE`]) and the
/// figures of that piece, so its memory does not grow with the input. The reader is read in chunks of 64 KiB, so an unbuffered one (a `File`) needs no
/// `BufReader`.
///
/// Errors, each given once, after which the iterator ends: [`Error::InvalidUtf8`] with the
/// offset of the first byte that is not UTF-8 (a character split between two reads is not an
/// error), [`Error::NoPlaceToCut`], [`Error::ReadText`] for the reader's own error
/// (`ErrorKind::Interrupted` is retried), [`Error::TextTooLong`]. The figures of the text up
/// to the last place to cut before an error come first; those after it are not given.
///
/// # Where the text is cut
///
/// The reader cuts the text only where nothing [`extract`] reads can cross the cut, so that the
/// figures of the pieces are exactly the figures of the whole. A cut is a place `p` where:
///
/// 1. a letter starts at `p` (not an Arabic vowel mark, which a word reads through), not a
///    digit, a sign or a quote: a number's hedge and currency are read back from its first
///    digit, and a word between them and the sentence end keeps that reading inside the piece,
///    even if a hedge ending in `.` ("env.") were ever added to the lexicon;
/// 2. before `p` stand one or more spaces (space, no-break spaces, tab, newline, carriage
///    return), and before them a sentence end: `!`, `?`, `؟`, or a `.`
///    followed by a space or a newline (not by a tab or a no-break space, after which the
///    language guess does not end its sentence); not the last `.` of a dotted abbreviation
///    (a letter between two `.`: "د.م.", "U.S.");
/// 3. no figure of the text before `p` reaches the sentence end: "5 ملايين د.م." ends with its
///    unit, and what follows its `.` may still be tied to it. This is checked on the figures
///    of the piece; a place where it fails is not used.
///
/// Why nothing crosses such a place, reader by reader:
///
/// - a number, its unit and its hedge are read across spaces only (at most three after a
///   number, any number before one), never across a `.`, `!`, `?` or `؟`, and no word of the
///   lexicon starts with one; a number's digits and marks never run into a letter;
/// - numbers in words and in parts are read as words and digits joined by spaces, hyphens and
///   conjunctions, and the scale words are found by bytes that stop at a newline or a mark as
///   they stop at the start of a text;
/// - the language of a sentence is guessed between two of `\n`, `!`, `?`, `؟`, `;`, `؛` or a `.`
///   before a space, and a unit left out is given by its sentence ([`extract`]'s rules), which
///   ends at `!`, `?`, `؟` or a `.` before a space: the sentence end of rule 2 ends both, so
///   that the sentences of one piece are the sentences of the whole, up to the spaces at their
///   edges, which no rule reads.
///
/// A paragraph break alone is not such a place: "plus de\n\n2 millions d'opérations" is one
/// figure with its hedge (spaces, newlines among them, stand between a hedge and its number).
///
/// The tests of the module hold this to the reader as it is: every two of some fifty press
/// pieces (figures, hedges, tie words, units, abbreviations, numbers in words and parts, in the
/// three languages) with every sentence end between them, in a sentence of amounts and not; a
/// property test of random texts of those pieces joined by every kind of sentence end, space
/// and mark, cut at every place the reader would cut and at all of them at once; and the reader
/// itself, given a few bytes a call. In each the figures of the pieces are those of the whole:
/// spans, kinds, values, precisions, hedges and text. A change to [`extract`] that reads across
/// a sentence end fails them.
///
/// # How long a piece may be
///
/// The reader cuts once it holds [`PIECE_TARGET`] bytes, at the last place it may; a piece
/// runs on past that only until a place comes. A text with no place to cut within
/// [`MAX_PIECE`] bytes (or the limit given to [`FigureReader::with_max_piece`]) stops with
/// [`Error::NoPlaceToCut`] naming the limit: cutting it elsewhere could change a figure, and
/// holding it whole could fill memory. Nothing is guessed, and nothing read before is lost: the
/// figures of the pieces before come first. A piece in which 16 places fail rule 3 (each costs
/// a reading of the piece) tries no more, and so runs on to the limit.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::text::{FigureReader, extract};
///
/// let text = "Le CMI a traité 2,1 millions d'opérations. Their value rose 16 %.\n\
///             بلغت قيمة الأداءات 1,2 مليار درهم.";
/// let figures: Vec<_> = FigureReader::new(text.as_bytes()).collect::<Result<_, _>>()?;
/// assert_eq!(figures, extract(text));
/// assert_eq!(&text[figures[2].start..figures[2].end], "1,2 مليار درهم");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
///
/// A file, without reading it whole:
///
/// ```no_run
/// use morocco_ecommerce::text::FigureReader;
///
/// let file = std::fs::File::open("articles.txt")?;
/// for figure in FigureReader::new(file) {
///     let figure = figure?;
///     println!("{} {} {}", figure.start, figure.kind().as_str(), figure.value());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Bytes that are not UTF-8 are an error that names their offset, after the figures of the
/// text before the last place to cut before them:
///
/// ```
/// use morocco_ecommerce::{Error, text::FigureReader};
/// use rust_decimal::Decimal;
///
/// let bytes: &[u8] = b"Les paiements ont cru de 16 %. Puis \xff";
/// let mut figures = FigureReader::new(bytes);
/// assert_eq!(figures.next().map(|f| f.map(|f| f.value())), Some(Ok(Decimal::from(16))));
/// assert_eq!(figures.next(), Some(Err(Error::InvalidUtf8 { offset: 36 })));
/// assert_eq!(figures.next(), None);
/// ```
#[derive(Debug)]
pub struct FigureReader<R> {
    reader: R,
    /// The longest piece allowed.
    max_piece: usize,
    /// The text held: the piece being gathered, and perhaps the first bytes of a character.
    buf: Vec<u8>,
    /// How many bytes of `buf` are known to be UTF-8, and scanned for places to cut.
    valid: usize,
    /// The offset of `buf[0]` in the whole input.
    base: usize,
    /// The places to cut found in `buf[..valid]`, in order.
    cuts: Vec<Cut>,
    /// Where the scan for places to cut stands at `valid`.
    scan: Scan,
    /// Places to cut rejected (rule 3) in this piece.
    tries: usize,
    /// Figures read and not yet returned.
    ready: VecDeque<TextFigure>,
    /// Whether the reader has said it has no more.
    eof: bool,
    /// Whether the iterator has ended.
    done: bool,
    /// An error of the input, given once the pieces before it are read.
    failed: Option<Error>,
}

/// A place to cut: the text may be cut before byte `at`, and its sentence end starts at byte
/// `mark` (rule 3 of [`FigureReader`] checks that no figure reaches past it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cut {
    at: usize,
    mark: usize,
}

/// The state of the scan for places to cut, after the last character scanned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Scan {
    state: State,
    /// The last two characters scanned, last first.
    prev: [Option<char>; 2],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum State {
    /// Nothing that leads to a place to cut.
    #[default]
    Other,
    /// A sentence end, starting at `start`; `dot` when it is a `.`.
    Mark { start: usize, dot: bool },
    /// Spaces after the sentence end starting at `mark`.
    Spaces { mark: usize },
}

/// Whether `c` ends a sentence for every reader of [`extract`] (a `.` only before a space or a
/// newline).
fn is_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{061F}')
}

/// Scans `text`, which starts at byte `offset` of the buffer, for places to cut (rules 1 and 2
/// of [`FigureReader`]), carrying `scan` from the text before and into the text after.
fn scan_cuts(text: &str, offset: usize, scan: &mut Scan, cuts: &mut Vec<Cut>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        if scan.state == State::Other {
            // Only a sentence end leaves this state: go to the next one, a byte search.
            let next = next_end(bytes, i);
            let skipped = text.get(i..next.unwrap_or(text.len())).unwrap_or_default();
            let mut last = skipped.chars().rev();
            scan.prev = match (last.next(), last.next()) {
                (Some(a), Some(b)) => [Some(a), Some(b)],
                (Some(a), None) => [Some(a), scan.prev[0]],
                (None, _) => scan.prev,
            };
            let Some(next) = next else { return };
            i = next;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            return;
        };
        let at = offset + i;
        scan.state = match scan.state {
            _ if is_end(c) => {
                // "د.م.", "U.S.": the last dot of a dotted abbreviation, which may be a unit.
                let abbreviation = c == '.'
                    && scan.prev[0].is_some_and(scan::is_letter)
                    && scan.prev[1] == Some('.');
                if abbreviation {
                    State::Other
                } else {
                    State::Mark {
                        start: at,
                        dot: c == '.',
                    }
                }
            }
            State::Mark { start, dot }
                if scan::is_space(c) && (!dot || matches!(c, ' ' | '\n')) =>
            {
                State::Spaces { mark: start }
            }
            State::Spaces { mark } if scan::is_space(c) => State::Spaces { mark },
            State::Spaces { mark } if scan::is_letter(c) && !scan::is_arabic_mark(c) => {
                cuts.push(Cut { at, mark });
                State::Other
            }
            _ => State::Other,
        };
        scan.prev = [Some(c), scan.prev[0]];
        i += c.len_utf8();
    }
}

/// The offset of the first sentence end ([`is_end`]) in `bytes` at or after `from`: a `.`,
/// `!` or `?`, or the bytes D8 9F of `؟`.
fn next_end(bytes: &[u8], mut from: usize) -> Option<usize> {
    loop {
        let k = from
            + bytes
                .get(from..)?
                .iter()
                .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xD8))?;
        if bytes.get(k) != Some(&0xD8) || bytes.get(k + 1) == Some(&0x9F) {
            return Some(k);
        }
        from = k + 1;
    }
}

/// Every place where [`FigureReader`] may cut `text` by rules 1 and 2 (rule 3 needs the
/// figures), for the tests.
#[cfg(test)]
fn places_to_cut(text: &str) -> Vec<Cut> {
    let mut cuts = Vec::new();
    scan_cuts(text, 0, &mut Scan::default(), &mut cuts);
    cuts
}

/// Whether the figures of the text before a place to cut leave its sentence end alone (rule 3).
fn leaves_mark(figures: &[TextFigure], cut: Cut) -> bool {
    figures.iter().all(|f| f.end <= cut.mark)
}

/// A byte offset as an error names it.
fn offset(at: usize) -> u64 {
    u64::try_from(at).unwrap_or(u64::MAX)
}

impl<R: Read> FigureReader<R> {
    /// Reads the figures of the text `reader` gives, in pieces of at most [`MAX_PIECE`] bytes.
    ///
    /// ```
    /// use morocco_ecommerce::text::FigureReader;
    /// let figures = FigureReader::new(&b"plus de 2,1 millions d'op\xc3\xa9rations"[..]);
    /// assert_eq!(figures.count(), 1);
    /// ```
    #[must_use]
    pub fn new(reader: R) -> Self {
        FigureReader {
            reader,
            max_piece: MAX_PIECE,
            buf: Vec::new(),
            valid: 0,
            base: 0,
            cuts: Vec::new(),
            scan: Scan::default(),
            tries: 0,
            ready: VecDeque::new(),
            eof: false,
            done: false,
            failed: None,
        }
    }

    /// Holds pieces of at most `bytes` bytes (at least one) in place of [`MAX_PIECE`]: a text
    /// with no place to cut within that many bytes stops with [`Error::NoPlaceToCut`].
    ///
    /// ```
    /// use morocco_ecommerce::{Error, text::FigureReader};
    ///
    /// // One sentence of 40 bytes, longer than the 16 allowed.
    /// let text = "Le CMI a traité 2,1 millions d'opérations";
    /// let mut figures = FigureReader::new(text.as_bytes()).with_max_piece(16);
    /// assert_eq!(figures.next(), Some(Err(Error::NoPlaceToCut { offset: 0, limit: 16 })));
    ///
    /// // Two sentences of less than 32 bytes each.
    /// let text = "Les paiements ont crû de 16 %. Les retraits de 3 %.";
    /// let figures = FigureReader::new(text.as_bytes()).with_max_piece(32);
    /// assert_eq!(figures.collect::<Result<Vec<_>, _>>()?.len(), 2);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn with_max_piece(mut self, bytes: usize) -> Self {
        self.max_piece = bytes.max(1);
        self
    }

    /// How many figures have been read and not yet returned: while there are some, the next
    /// call of `next` reads nothing. A writer that flushes its output when this is 0 shows
    /// each figure as soon as its piece is read.
    ///
    /// ```
    /// use morocco_ecommerce::text::FigureReader;
    /// let mut figures = FigureReader::new(&b"16 % et 17 %"[..]);
    /// assert_eq!(figures.ready(), 0);
    /// assert!(figures.next().is_some());
    /// assert_eq!(figures.ready(), 1);
    /// ```
    #[must_use]
    pub fn ready(&self) -> usize {
        self.ready.len()
    }

    /// One step of reading: a piece cut, the last piece read, or more text read.
    fn step(&mut self) -> Result<(), Error> {
        if let Some(e) = self.failed.take() {
            // The figures before the last place to cut before the error, then the error.
            if self.cut()? {
                self.failed = Some(e);
                return Ok(());
            }
            return Err(e);
        }
        if self.eof {
            return self.last_piece();
        }
        if self.valid >= PIECE_TARGET.min(self.max_piece) && self.cut()? {
            return Ok(());
        }
        if self.valid > self.max_piece {
            return Err(Error::NoPlaceToCut {
                offset: offset(self.base),
                limit: self.max_piece,
            });
        }
        self.read_more();
        Ok(())
    }

    /// Reads once from the reader, at most up to one byte past the longest piece, and scans
    /// what it gave.
    fn read_more(&mut self) {
        let room = (self.max_piece + 1)
            .saturating_sub(self.buf.len())
            .clamp(1, CHUNK);
        let old = self.buf.len();
        self.buf.resize(old + room, 0);
        let read = loop {
            let Some(into) = self.buf.get_mut(old..) else {
                break Ok(0);
            };
            match self.reader.read(into) {
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                other => break other,
            }
        };
        let n = match read {
            Ok(n) => n.min(room),
            Err(e) => {
                self.buf.truncate(old);
                self.failed = Some(Error::ReadText {
                    offset: offset(self.base.saturating_add(old)),
                    source: CallerError::new(e),
                });
                return;
            }
        };
        self.buf.truncate(old + n);
        if n == 0 {
            self.eof = true;
            return;
        }
        self.check_new_bytes();
    }

    /// Checks the bytes after `valid` as UTF-8 and scans them for places to cut; the first
    /// bytes of a character that the next read completes wait.
    fn check_new_bytes(&mut self) {
        let new = self.buf.get(self.valid..).unwrap_or_default();
        let (good, invalid) = match std::str::from_utf8(new) {
            Ok(text) => (text, false),
            Err(e) => {
                let good = new
                    .get(..e.valid_up_to())
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .unwrap_or_default();
                (good, e.error_len().is_some())
            }
        };
        scan_cuts(good, self.valid, &mut self.scan, &mut self.cuts);
        self.valid += good.len();
        if invalid {
            self.failed = Some(Error::InvalidUtf8 {
                offset: offset(self.base.saturating_add(self.valid)),
            });
        }
    }

    /// Cuts the text held at the last place to cut (within the longest piece) whose sentence
    /// end no figure reaches, and reads that piece's figures. `false` when there is none, or
    /// this piece has tried too many.
    fn cut(&mut self) -> Result<bool, Error> {
        while self.tries < TRIES {
            let Some(k) = self.cuts.iter().rposition(|c| c.at <= self.max_piece) else {
                return Ok(false);
            };
            let Some(&cut) = self.cuts.get(k) else {
                return Ok(false);
            };
            let text = self
                .buf
                .get(..cut.at)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default();
            let figures = extract(text);
            if !leaves_mark(&figures, cut) {
                // A figure reaches the sentence end ("5 ملايين د.م."): not a place to cut.
                self.cuts.remove(k);
                self.tries += 1;
                continue;
            }
            self.push(figures)?;
            self.buf.drain(..cut.at);
            self.base = self
                .base
                .checked_add(cut.at)
                .ok_or(Error::TextTooLong(offset(self.base)))?;
            self.valid -= cut.at;
            self.cuts.drain(..=k);
            for c in &mut self.cuts {
                c.at -= cut.at;
                c.mark -= cut.at;
            }
            // Every position in the scan's state is past the letter at the cut.
            self.scan.state = match self.scan.state {
                State::Other => State::Other,
                State::Mark { start, dot } => State::Mark {
                    start: start.saturating_sub(cut.at),
                    dot,
                },
                State::Spaces { mark } => State::Spaces {
                    mark: mark.saturating_sub(cut.at),
                },
            };
            self.tries = 0;
            return Ok(true);
        }
        Ok(false)
    }

    /// Reads the figures of what is held once the reader has no more.
    fn last_piece(&mut self) -> Result<(), Error> {
        if self.valid < self.buf.len() {
            // The input ends inside a character.
            self.failed = Some(Error::InvalidUtf8 {
                offset: offset(self.base.saturating_add(self.valid)),
            });
            return Ok(());
        }
        let text = std::str::from_utf8(&self.buf).unwrap_or_default();
        let figures = extract(text);
        self.push(figures)?;
        self.buf = Vec::new();
        self.cuts = Vec::new();
        self.valid = 0;
        self.done = true;
        Ok(())
    }

    /// Queues the figures of the piece that starts at `base`, their offsets moved into the
    /// whole input.
    fn push(&mut self, figures: Vec<TextFigure>) -> Result<(), Error> {
        let base = self.base;
        let too_long = || Error::TextTooLong(offset(base));
        for mut f in figures {
            f.start = f.start.checked_add(base).ok_or_else(too_long)?;
            f.end = f.end.checked_add(base).ok_or_else(too_long)?;
            f.context_start = match f.context_start {
                Some(c) => Some(c.checked_add(base).ok_or_else(too_long)?),
                None => None,
            };
            self.ready.push_back(f);
        }
        Ok(())
    }
}

impl<R: Read> Iterator for FigureReader<R> {
    type Item = Result<TextFigure, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(f) = self.ready.pop_front() {
                return Some(Ok(f));
            }
            if self.done {
                return None;
            }
            if let Err(e) = self.step() {
                self.done = true;
                self.buf = Vec::new();
                self.cuts = Vec::new();
                return Some(Err(e));
            }
        }
    }
}

impl<R: Read> FusedIterator for FigureReader<R> {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The figures of `text` read piece by piece, cut before each byte of `at` (ascending).
    fn by_pieces(text: &str, at: &[usize]) -> Vec<TextFigure> {
        let mut out = Vec::new();
        let mut from = 0;
        for &p in at.iter().chain(std::iter::once(&text.len())) {
            let piece = text.get(from..p).unwrap_or_default();
            for mut f in extract(piece) {
                f.start += from;
                f.end += from;
                f.context_start = f.context_start.map(|c| c + from);
                out.push(f);
            }
            from = p;
        }
        out
    }

    /// The places to cut `text` that rule 3 keeps, as the reader checks it: on the figures
    /// of the text before each.
    fn kept_cuts(text: &str) -> Vec<usize> {
        places_to_cut(text)
            .into_iter()
            .filter(|c| leaves_mark(&extract(text.get(..c.at).unwrap_or_default()), *c))
            .map(|c| c.at)
            .collect()
    }

    /// The figures the reader gives for `text`, read `step` bytes at a time, in pieces of at
    /// most `max` bytes.
    fn streamed(text: &str, step: usize, max: usize) -> Result<Vec<TextFigure>, Error> {
        FigureReader::new(Trickle {
            bytes: text.as_bytes(),
            step,
        })
        .with_max_piece(max)
        .collect()
    }

    /// A reader that gives at most `step` bytes a call.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            let (now, later) = self.bytes.split_at(n);
            buf.get_mut(..n).unwrap_or_default().copy_from_slice(now);
            self.bytes = later;
            Ok(n)
        }
    }

    #[test]
    fn places_to_cut_follow_a_sentence_end_and_spaces_before_a_letter() {
        let at = |text: &str| -> Vec<usize> { places_to_cut(text).iter().map(|c| c.at).collect() };
        let text = "Un. Deux!\nTrois?  Quatre؟ خمسة";
        assert_eq!(
            at(text),
            ["Deux", "Trois", "Quatre", "خمسة"].map(|w| text.find(w).unwrap_or_default())
        );
        // Not before a digit, a quote or a sign; not after a tab or a no-break space after a
        // dot, nor after a dotted abbreviation; not without a space.
        for text in [
            "fin. 2 millions",
            "fin. « 2,5 »",
            "fin. +16 %",
            "fin.\tLes",
            "fin.\u{A0}Les",
            "5 ملايين د.م. وسجلت",
            "the U.S. Treasury",
            "fin.Les",
            "fin,\nLes",
            "fin\n\nLes",
            "fin. \u{64B}",
        ] {
            assert_eq!(at(text), Vec::<usize>::new(), "{text:?}");
        }
        // A tab or a no-break space after a "!" is a space.
        assert_eq!(at("fin!\tLes"), vec![5]);
        assert_eq!(at("fin.\n\u{A0}Les"), vec!["fin.\n\u{A0}".len()]);
    }

    #[test]
    fn a_paragraph_break_alone_is_not_a_place_to_cut() {
        // The hedge stands before the blank line, the number after it.
        let text = "plus de\n\n2 millions d'opérations";
        let whole = extract(text);
        assert_eq!(whole.len(), 1);
        assert_eq!(whole[0].qualifier(), crate::model::Qualifier::MoreThan);
        assert_ne!(
            by_pieces(text, &[text.find('2').unwrap_or_default()]),
            whole
        );
    }

    #[test]
    fn a_figure_that_holds_the_sentence_end_keeps_its_place() {
        // "د.م." ends the first figure; the scale word alone after "مقابل" takes its kind.
        let text = "بلغت 5 ملايين د.م. مقابل 3 ملايين";
        let whole = extract(text);
        assert!(
            whole
                .iter()
                .all(|f| f.kind() == crate::reported::FigureKind::AmountMad)
        );
        // Rules 1 and 2 alone would find no place here (an abbreviation), and rule 3 would
        // reject one after a figure that holds its dot.
        assert!(places_to_cut(text).is_empty());
        let cut = Cut {
            at: text.find("مقابل").unwrap_or_default(),
            mark: text.rfind('.').unwrap_or_default(),
        };
        assert!(!leaves_mark(
            &extract(text.get(..cut.at).unwrap_or_default()),
            cut
        ));
        assert_eq!(
            streamed(text, 1, 8),
            Err(Error::NoPlaceToCut {
                offset: 0,
                limit: 8
            })
        );
    }

    #[test]
    fn the_example_articles_read_the_same_in_pieces() {
        for text in [
            include_str!("../../examples/article_fr.txt"),
            include_str!("../../examples/article_en.txt"),
            include_str!("../../examples/article_ar.txt"),
        ] {
            let whole = extract(text);
            assert!(!whole.is_empty());
            assert_eq!(by_pieces(text, &kept_cuts(text)), whole);
            for step in [1, 2, 3, 7, 4096] {
                assert_eq!(streamed(text, step, 600), Ok(whole.clone()));
            }
        }
    }

    #[test]
    fn a_character_split_between_two_reads_is_no_error() {
        let text = "بلغت قيمة الأداءات 1,2 مليار درهم. وسجلت 16 في المائة.";
        for step in 1..=4 {
            assert_eq!(streamed(text, step, 80), Ok(extract(text)));
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_name_their_offset() {
        let mut bytes = "Les paiements ont crû de 16 %. Puis 2,1 millions d'opérations. "
            .as_bytes()
            .to_vec();
        let bad = bytes.len();
        bytes.extend_from_slice(b"Puis \xc3\x28 17 %");
        let bad = bad + "Puis ".len();
        for step in [1, 2, 5, 1000] {
            let got: Vec<_> = FigureReader::new(Trickle {
                bytes: &bytes,
                step,
            })
            .collect();
            assert_eq!(got.len(), 3, "{got:?}");
            assert!(got[..2].iter().all(Result::is_ok));
            assert_eq!(
                got[2],
                Err(Error::InvalidUtf8 {
                    offset: offset(bad)
                })
            );
        }
        // Cut inside its last character.
        let text = "بنسبة 16 في المائة";
        let cut = text.len() - 1;
        let got: Vec<_> =
            FigureReader::new(text.as_bytes().get(..cut).unwrap_or_default()).collect();
        assert_eq!(
            got,
            vec![Err(Error::InvalidUtf8 {
                offset: offset(cut - 1)
            })]
        );
        // A lone continuation byte first.
        let got: Vec<_> = FigureReader::new(&b"\x80 16 %"[..]).collect();
        assert_eq!(got, vec![Err(Error::InvalidUtf8 { offset: 0 })]);
    }

    #[test]
    fn a_reader_error_is_given_after_the_figures_before_it() {
        struct Failing(usize);
        impl Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let text = b"La part est de 16 %. Elle atteint 17 %. Puis";
                if self.0 >= text.len() {
                    return Err(std::io::Error::other("disk gone"));
                }
                let n = (text.len() - self.0).min(buf.len());
                buf.get_mut(..n)
                    .unwrap_or_default()
                    .copy_from_slice(text.get(self.0..self.0 + n).unwrap_or_default());
                self.0 += n;
                Ok(n)
            }
        }
        let got: Vec<_> = FigureReader::new(Failing(0)).collect();
        assert_eq!(got.len(), 3);
        let Some(Err(Error::ReadText { offset, source })) = got.get(2) else {
            unreachable!("{got:?}")
        };
        assert_eq!(*offset, 44);
        assert_eq!(source.to_string(), "disk gone");
    }

    #[test]
    fn a_piece_with_no_place_to_cut_is_an_error_naming_the_limit() {
        let zeros = std::io::repeat(0).take(10_000);
        let got: Vec<_> = FigureReader::new(zeros).with_max_piece(1000).collect();
        assert_eq!(
            got,
            vec![Err(Error::NoPlaceToCut {
                offset: 0,
                limit: 1000
            })]
        );
        // After pieces that could be cut, the error names where the long one starts.
        let text = format!("Elle gagne 16 %. La suite{}", " x".repeat(600));
        let got: Vec<_> = FigureReader::new(text.as_bytes())
            .with_max_piece(500)
            .collect();
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[1],
            Err(Error::NoPlaceToCut {
                offset: offset(text.find("La").unwrap_or_default()),
                limit: 500
            })
        );
        // A text no longer than the limit is one piece.
        assert_eq!(streamed(&text, 64, text.len()), Ok(extract(&text)));
    }

    /// Pieces of press text, in the three languages, that a text is drawn from: sentences,
    /// clauses, figures, hedges, units, tie words and abbreviations, each of which may start
    /// or end a sentence.
    const PIECES: &[&str] = &[
        "Le CMI a traité plus de 2,1 millions d'opérations en 2014",
        "pour un montant de 1,2 milliard de dirhams",
        "9,2 milliards de dirhams contre 7,4 milliards",
        "le montant est passé de 148,2 à 166 millions",
        "le nombre de transactions a progressé pour atteindre plus de 512 300",
        "soit une hausse de 16 %",
        "en baisse de 3,2 %",
        "la part gagne 6 points",
        "six milliards de dirhams",
        "un demi-milliard de dirhams",
        "2 milliards 300 millions de dirhams",
        "les opérations sont passées de 1,67 à 1,95 million",
        "« 2,5 » milliards de dirhams",
        "près de",
        "plus de",
        "environ",
        "contre",
        "contre 1,67 million",
        "millions de dirhams",
        "d'opérations",
        "milliards",
        "M. Alami",
        "vs.",
        "2014",
        "2,1",
        "512 300",
        "Card payments reached 1,250 million dirhams",
        "up 16 % on the year",
        "more than 2.1 million transactions",
        "half a billion dirhams",
        "compared with 910 million",
        "the U.S. dollar",
        "about",
        "بلغ عدد العمليات 2,1 مليون عملية",
        "بقيمة 1,2 مليار درهم",
        "مقابل 840 مليون",
        "مقابل",
        "مقابل 3 ملايين",
        "à 170,3 millions",
        "to 170.3 million",
        "soit 16 %",
        "points de vente",
        "بنسبة 16 في المائة",
        "ارتفعت قيمة الأداءات من 910 إلى 1050 مليون درهم",
        "4 ملايين و417 ألفا و305 عملية",
        "بلغت 5 ملايين د.م.",
        "د.م.",
        "«4ر3» مليون درهم",
        "لانخفاض طفيف بنسبة 0,4 في المائة",
        "نصف مليار درهم",
        "وبحوالي",
        "مليون",
        "ثلاثة ملايين عملية",
    ];

    /// What may stand between two pieces: sentence ends of every kind, spaces, and marks.
    const GLUE: &[&str] = &[
        ". ",
        ".\n",
        "! ",
        "?\n",
        "؟ ",
        ".\n\n",
        ". \n ",
        "\n\n",
        " ",
        ", ",
        ".\t",
        ".\u{A0}",
        " . ",
        "... ",
        ".» ",
        ". « ",
        "; ",
        "، ",
        ".\r\n",
        "!\u{200B} ",
        ".\u{202F}",
        ":\n",
        "",
    ];

    /// Glue that makes a place to cut, or nearly one, drawn as often as all the rest.
    const ENDS: &[&str] = &[". ", ".\n", " ", "! ", "؟ ", ".\n\n", "?\n"];

    fn press_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let glue = prop_oneof![
            proptest::sample::select(ENDS),
            proptest::sample::select(GLUE),
        ];
        prop::collection::vec((0..PIECES.len(), glue, any::<bool>()), 1..16).prop_map(|parts| {
            let mut text = String::new();
            for (piece, glue, capital) in parts {
                let piece = PIECES.get(piece).copied().unwrap_or_default();
                if capital {
                    let mut chars = piece.chars();
                    text.extend(chars.next().map(|c| c.to_uppercase().collect::<String>()));
                    text.push_str(chars.as_str());
                } else {
                    text.push_str(piece);
                }
                text.push_str(glue);
            }
            text
        })
    }

    /// Every two pieces of [`PIECES`] with every sentence end between them, in a sentence of
    /// amounts or not and followed by a figure whose unit is left out or not: at every place
    /// the reader may cut, the pieces read as the whole.
    #[test]
    fn every_boundary_between_two_pieces() {
        let ends = [
            ". ", ".\n", " ", "! ", "?\n", "؟ ", ".\n\n", ". \n ", ".\r\n", "... ",
        ];
        let mut cut = 0;
        for (before, after) in [
            ("", ""),
            (
                "Le montant des paiements atteint 9,2 milliards de dirhams, ",
                " contre 7,4 milliards",
            ),
        ] {
            {
                for a in PIECES {
                    for end in ends {
                        for b in PIECES {
                            let text = format!("{before}{a}{end}{b}{after}");
                            let cuts = kept_cuts(&text);
                            if cuts.is_empty() {
                                continue;
                            }
                            let whole = extract(&text);
                            for p in cuts {
                                cut += 1;
                                assert_eq!(by_pieces(&text, &[p]), whole, "{text:?} cut at {p}");
                            }
                        }
                    }
                }
            }
        }
        assert!(cut > 5_000, "{cut} places tried");
    }

    /// Rules 1 and 2 read one character at a time, as they are written.
    fn places_by_characters(text: &str) -> Vec<usize> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        for (k, &(at, c)) in chars.iter().enumerate() {
            if !scan::is_letter(c) || scan::is_arabic_mark(c) {
                continue;
            }
            let mut j = k;
            while j > 0 && chars.get(j - 1).is_some_and(|&(_, s)| scan::is_space(s)) {
                j -= 1;
            }
            let (Some(&(_, end)), Some(&(_, first_space))) =
                (j.checked_sub(1).and_then(|m| chars.get(m)), chars.get(j))
            else {
                continue;
            };
            let before = |n: usize| j.checked_sub(n).and_then(|m| chars.get(m)).map(|&(_, c)| c);
            let abbreviation =
                end == '.' && before(2).is_some_and(scan::is_letter) && before(3) == Some('.');
            if j < k
                && is_end(end)
                && !abbreviation
                && (end != '.' || matches!(first_space, ' ' | '\n'))
            {
                out.push(at);
            }
        }
        out
    }

    proptest::proptest! {
        /// The scan for places to cut, by bytes and in chunks, finds what the rules read one
        /// character at a time find.
        #[test]
        fn the_scan_finds_the_places_of_the_rules(
            text in "[a.!? \n\t\u{A0}\u{64B}د٫؟م1]{0,40}",
            split in 0usize..40,
        ) {
            let expected = places_by_characters(&text);
            let found: Vec<usize> = places_to_cut(&text).iter().map(|c| c.at).collect();
            proptest::prop_assert_eq!(&found, &expected);
            let mut split = split.min(text.len());
            while !text.is_char_boundary(split) {
                split -= 1;
            }
            let (head, tail) = text.split_at(split);
            let mut scan = Scan::default();
            let mut cuts = Vec::new();
            scan_cuts(head, 0, &mut scan, &mut cuts);
            scan_cuts(tail, split, &mut scan, &mut cuts);
            let chunked: Vec<usize> = cuts.iter().map(|c| c.at).collect();
            proptest::prop_assert_eq!(chunked, expected);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]

        /// At every place the reader may cut, and at all of them at once, the figures of the
        /// pieces are the figures of the whole text: spans, kinds, values, precisions, hedges,
        /// text.
        #[test]
        fn the_pieces_read_as_the_whole(text in press_text()) {
            let whole = extract(&text);
            let cuts = kept_cuts(&text);
            for &p in &cuts {
                proptest::prop_assert_eq!(&by_pieces(&text, &[p]), &whole, "cut at {}", p);
            }
            proptest::prop_assert_eq!(&by_pieces(&text, &cuts), &whole);
        }

        /// The reader, given the text a few bytes at a time in small pieces, gives the figures
        /// of the whole text, or says that a piece had no place to cut.
        #[test]
        fn the_reader_reads_as_the_whole(text in press_text(), step in 1usize..9, max in 64usize..400) {
            match streamed(&text, step, max) {
                Ok(figures) => proptest::prop_assert_eq!(figures, extract(&text)),
                Err(Error::NoPlaceToCut { limit, .. }) => proptest::prop_assert_eq!(limit, max),
                Err(e) => proptest::prop_assert!(false, "{e}"),
            }
            // With room for the whole text, it always reads it.
            proptest::prop_assert_eq!(streamed(&text, step, text.len().max(1)), Ok(extract(&text)));
        }
    }
}
