//! Reading numbers and phrases at a position, in linear time.

/// A character folded for matching: lower case, `’` as `'`, any space as `' '`.
#[inline]
// Arabic and the rest of Latin-1 fold to themselves in two arms, not one: tested in this order
// (Arabic first), the reader runs 0.2 M fewer instructions on the bench's corpus.
#[allow(clippy::match_same_arms)]
pub(crate) fn fold(c: char) -> char {
    match c {
        c if c.is_ascii() => fold_ascii(c),
        // Arabic has no case.
        '\u{0600}'..='\u{06FF}' => c,
        '\u{2019}' | '\u{02BC}' | '\u{2032}' => '\'',
        '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        // Latin-1 (French accents) without the Unicode tables: the capitals À-Þ but × lower
        // to the letter 0x20 after, and the rest is its own lower case
        // (`tests::latin1_folds_as_unicode_lowers`). Measured: the phrase walks meet "é"
        // often, and the tables cost 150 instructions a call.
        '\u{00C0}'..='\u{00DE}' if c != '\u{00D7}' => {
            char::from_u32(u32::from(c) + 0x20).unwrap_or(c)
        }
        '\u{0080}'..='\u{00FF}' => c,
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// [`fold`] for an ASCII character, by a table: lower case, a tab or line break as `' '`.
#[inline]
pub(crate) fn fold_ascii(c: char) -> char {
    ASCII_FOLDED.get(c as usize).map_or(c, |&b| char::from(b))
}

// Built at compile time: an index out of range would fail the build, not panic at run time.
#[allow(clippy::indexing_slicing)]
static ASCII_FOLDED: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < table.len() {
        #[allow(clippy::cast_possible_truncation)]
        let byte = b as u8;
        table[b] = match byte {
            b'\t' | b'\n' | b'\r' => b' ',
            _ => byte.to_ascii_lowercase(),
        };
        b += 1;
    }
    table
};

/// Whether `c` is an Arabic vowel mark (the tanwin, harakat, shadda and sukun, U+064B-065F, and
/// the superscript alef U+0670) or the tatweel U+0640: what the press adds to a word without
/// making it another ("درهمًا", "عمليةٌ", "درهـم"). Words are matched through them.
#[inline]
pub(crate) fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// The byte length of the Arabic marks ([`is_arabic_mark`]) that start `s`.
pub(crate) fn leading_marks(s: &str) -> usize {
    s.chars()
        .take_while(|&c| is_arabic_mark(c))
        .map(char::len_utf8)
        .sum()
}

/// `s` after `prefix` (written folded), read through Arabic marks after its first character
/// and with the marks that end it; `None` when `s` does not start with it.
pub(crate) fn strip_word_prefix<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    // Most calls fail on the first character: decide those without decoding more.
    let first = s.chars().next()?;
    if !prefix.starts_with(fold(first)) {
        return None;
    }
    let mut chars = s.char_indices();
    let mut end = 0;
    for (k, n) in prefix.chars().enumerate() {
        let (i, h) = loop {
            let (i, h) = chars.next()?;
            if k == 0 || !is_arabic_mark(h) {
                break (i, h);
            }
        };
        if h != n && fold(h) != n {
            return None;
        }
        end = i + h.len_utf8();
    }
    let rest = s.get(end..)?;
    rest.get(leading_marks(rest)..)
}

/// Whether `c` is a space of any kind the press uses.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{00A0}' | '\u{2002}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' | '\n' | '\r'
    )
}

/// The value of a Western, Arabic-Indic or Eastern Arabic-Indic digit.
pub(crate) fn digit(c: char) -> Option<u8> {
    let base = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(base)).ok()
}

/// The byte length of `needle` (written folded, as every lexicon entry is) at the start of
/// `hay`, or `None`.
pub(crate) fn prefix_len(hay: &str, needle: &str) -> Option<usize> {
    strip_word_prefix(hay, needle).map(|rest| hay.len() - rest.len())
}

/// The byte index where `needle` (written folded) starts at the end of `hay`, or `None`.
pub(crate) fn suffix_start(hay: &str, needle: &str) -> Option<usize> {
    let mut chars = hay
        .char_indices()
        .rev()
        .filter(|&(_, h)| !is_arabic_mark(h));
    let mut start = hay.len();
    for n in needle.chars().rev() {
        let (i, h) = chars.next()?;
        if h != n && fold(h) != n {
            return None;
        }
        start = i;
    }
    Some(start)
}

/// Whether `c` is a letter: `char::is_alphabetic`, answered without Unicode tables for ASCII and
/// the Arabic block (its alphabetic ranges, as Unicode defines them, written out; a unit test
/// compares them with `is_alphabetic`).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        c if c.is_ascii() => false,
        '\u{0600}'..='\u{06FF}' => matches!(
            c,
            '\u{0610}'..='\u{061A}'
                | '\u{0620}'..='\u{0657}'
                | '\u{0659}'..='\u{065F}'
                | '\u{066E}'..='\u{06D3}'
                | '\u{06D5}'..='\u{06DC}'
                | '\u{06E1}'..='\u{06E8}'
                | '\u{06ED}'..='\u{06EF}'
                | '\u{06FA}'..='\u{06FC}'
                | '\u{06FF}'
        ),
        c => c.is_alphabetic(),
    }
}

/// Whether the text after a matched word does not continue the word.
pub(crate) fn word_ends(rest: &str, needle: &str) -> bool {
    let needle_ends_in_letter = needle.chars().last().is_some_and(is_letter);
    !needle_ends_in_letter || !rest.chars().next().is_some_and(is_letter)
}

/// Whether a word may start after `before`: it ends in no letter, or in an Arabic conjunction
/// or preposition glued to the word (و, ب, ل, ف) that itself follows no letter, or in a
/// conjunction and a preposition (و or ف, then ب, ل or ك: "وبحوالي", "فلحوالي"). Arabic marks
/// ([`is_arabic_mark`]) are read through.
pub(crate) fn word_boundary_before(before: &str) -> bool {
    let mut rev = before.chars().rev().filter(|&c| !is_arabic_mark(c));
    match rev.next() {
        None => true,
        Some(c) if !is_letter(c) => true,
        Some(c @ ('و' | 'ب' | 'ل' | 'ف' | 'ك')) => match rev.next() {
            None => c != 'ك',
            Some(p) if !is_letter(p) => c != 'ك',
            Some('و' | 'ف') if matches!(c, 'ب' | 'ل' | 'ك') => {
                !rev.next().is_some_and(is_letter)
            }
            Some(_) => false,
        },
        Some(_) => false,
    }
}

/// Whether the text before a matched word does not continue the word.
pub(crate) fn word_starts(before: &str, needle: &str) -> bool {
    !needle.chars().next().is_some_and(is_letter) || word_boundary_before(before)
}

/// Whether `word` is four ASCII digits, as a year is written.
pub(crate) fn is_four_digits(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
}

/// The byte length of `needle` at the start of `rest` as whole words, or `None`.
pub(crate) fn phrase_at(rest: &str, needle: &str) -> Option<usize> {
    prefix_len(rest, needle).filter(|&len| word_ends(rest.get(len..).unwrap_or_default(), needle))
}

/// Where `needle` (written folded) first stands in `hay` as whole words, or `None`.
pub(crate) fn find_phrase(hay: &str, needle: &str) -> Option<usize> {
    hay.char_indices().map(|(i, _)| i).find(|&i| {
        word_starts(hay.get(..i).unwrap_or_default(), needle)
            && phrase_at(hay.get(i..).unwrap_or_default(), needle).is_some()
    })
}

/// Where `needle` starts at the end of `head` as whole words, or `None`.
pub(crate) fn phrase_before(head: &str, needle: &str) -> Option<usize> {
    suffix_start(head, needle)
        .filter(|&start| word_starts(head.get(..start).unwrap_or_default(), needle))
}

/// The longest phrase of `list` that starts `rest` as whole words: its index and byte length.
#[cfg(test)]
pub(crate) fn match_start<'a, I>(rest: &str, list: I) -> Option<(usize, usize)>
where
    I: IntoIterator<Item = &'a str>,
{
    // Needles are written folded; most fail on their first character.
    let first = fold(rest.chars().next()?);
    list.into_iter()
        .enumerate()
        // Decoding one char is cheaper here than `starts_with`, which compares encoded bytes.
        .filter(|(_, needle)| {
            #[allow(clippy::chars_next_cmp)]
            let same = needle.chars().next() == Some(first);
            same
        })
        .filter_map(|(i, needle)| phrase_at(rest, needle).map(|len| (i, len)))
        .max_by_key(|&(_, len)| len)
}

/// The longest phrase of `list` that ends `head` as whole words: its index and start.
pub(crate) fn match_end<'a, I>(head: &str, list: I) -> Option<(usize, usize)>
where
    I: IntoIterator<Item = &'a str>,
{
    let last = fold(head.chars().rev().find(|&c| !is_arabic_mark(c))?);
    list.into_iter()
        .enumerate()
        .filter(|(_, needle)| {
            #[allow(clippy::chars_last_cmp)]
            let same = needle.chars().next_back() == Some(last);
            same
        })
        .filter_map(|(i, needle)| phrase_before(head, needle).map(|start| (i, start)))
        .min_by_key(|&(_, start)| start)
}

/// `s` without the spaces (and invisible formatting characters, [`is_invisible`]) at its end.
#[inline]
pub(crate) fn trim_end_spaces(s: &str) -> &str {
    // Most heads end in a letter or a mark, ASCII or Arabic, perhaps before one space: decided
    // on the last bytes (measured with `leading_spaces`'s fast path: the reader runs 4 % fewer
    // instructions; with Arabic too, and inlined, this and `leading_spaces` 1.7 M fewer on the
    // bench's 1 MiB, 76.5 M -> 74.8 M for the reader).
    let bytes = s.as_bytes();
    if ends_plain(bytes) {
        return s;
    }
    if let [head @ .., b' '] = bytes
        && ends_plain(head)
    {
        return s.get(..head.len()).unwrap_or(s);
    }
    s.trim_end_matches(|c| is_space(c) || is_invisible(c))
}

/// Whether `b` is an ASCII character that is neither a space ([`is_space`]) nor invisible
/// ([`is_invisible`]: NUL is the one ASCII character that is).
#[inline]
fn is_plain_ascii(b: u8) -> bool {
    b.is_ascii() && !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0)
}

/// Whether the bytes `lead`, `next` of a character of the Arabic block (U+0600-06FF, lead bytes
/// 0xD8-0xDB) are one that is neither a space nor invisible: all of them but U+061C (D8 9C).
#[inline]
fn is_plain_arabic(lead: u8, next: u8) -> bool {
    matches!(lead, 0xD9..=0xDB) || lead == 0xD8 && next != 0x9C
}

/// Whether the last character of the text `bytes` (whole characters) is told by its bytes to be
/// neither a space nor invisible: a plain ASCII character or one of the Arabic block. `false`
/// says nothing.
#[inline]
fn ends_plain(bytes: &[u8]) -> bool {
    match bytes {
        [.., b] if is_plain_ascii(*b) => true,
        // A byte of 0xC0 or more leads a character: before the last byte, it leads the last.
        [.., lead, next] => is_plain_arabic(*lead, *next),
        _ => false,
    }
}

/// Whether the first character of the text `bytes` is told by its bytes to be neither a space
/// nor invisible, as [`ends_plain`].
#[inline]
fn starts_plain(bytes: &[u8]) -> bool {
    match bytes {
        [b, ..] if is_plain_ascii(*b) => true,
        [lead, next, ..] => is_plain_arabic(*lead, *next),
        _ => false,
    }
}

/// The byte length of the spaces that start `s`, up to `max` of them; invisible formatting
/// characters ([`is_invisible`]) among them count as spaces.
#[inline]
pub(crate) fn leading_spaces(s: &str, max: usize) -> usize {
    // Most calls meet a letter, ASCII or Arabic, or one ASCII space then a letter: decided on
    // the first bytes (with Arabic, and inlined: see `trim_end_spaces`).
    let bytes = s.as_bytes();
    if starts_plain(bytes) {
        return 0;
    }
    if let [b' ', rest @ ..] = bytes
        && max >= 1
        && starts_plain(rest)
    {
        return 1;
    }
    s.chars()
        .take(max)
        .take_while(|c| is_space(*c) || is_invisible(*c))
        .map(char::len_utf8)
        .sum()
}

/// A number as written: its digits, and how many of them follow the decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Number {
    /// Byte offset of the first digit.
    pub(crate) start: usize,
    /// Byte offset after the last digit.
    pub(crate) end: usize,
    /// Byte offset after the whole run of digits and separators read, which may reach past
    /// `end` when the run broke its own grouping.
    pub(crate) run_end: usize,
    /// All the digits, whole part then fraction, as one integer; `None` past 38 digits.
    pub(crate) digits: Option<u128>,
    /// How many digits the whole part has.
    pub(crate) whole_len: usize,
    /// How many digits follow the decimal mark: the written precision.
    pub(crate) fraction_len: usize,
    /// The single `.` or `,` before three digits that rule 5 read as grouping thousands, if
    /// any: a percent sign after the number overrides it, and the language under a scale word.
    pub(crate) single_mark: Option<Mark>,
}

/// Which single mark rule 5 read as grouping: languages read the two differently (rule 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// `.`
    Point,
    /// `,`
    Comma,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Point,
    Comma,
    /// `٫`, and the Arabic comma `،` between digits: a decimal mark.
    ArabicDecimal,
    /// `٬`, and the apostrophe and middle dot between digits: a thousands mark.
    ArabicThousands,
    Space,
    WireRa,
}

fn separator(c: char) -> Option<Sep> {
    Some(match c {
        '.' => Sep::Point,
        ',' => Sep::Comma,
        '\u{066B}' | '\u{060C}' => Sep::ArabicDecimal,
        '\u{066C}' | '\'' | '\u{2019}' | '\u{00B7}' => Sep::ArabicThousands,
        ' ' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Sep::Space
        }
        'ر' => Sep::WireRa,
        _ => return None,
    })
}

/// Whether `c` is an invisible formatting character that a number is read through as if it
/// were not there: NUL, the soft hyphen, the zero-width space, joiners and non-joiner, the
/// direction marks, embeddings and isolates, the word joiner and invisible operators, and the
/// zero-width no-break space (BOM). They carry no content, so "1\u{AD}950\u{AD}000" is 1 950 000.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\0' | '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Whether `c` may stand between the digits of one number: a separator or an invisible
/// character. A number directly after one of these marks, with no digit before it (".5
/// million", the "5" of "1,,5 million"), is not the start of a number.
pub(crate) fn joins_digits(c: char) -> bool {
    separator(c).is_some_and(|s| s != Sep::Space && s != Sep::WireRa) || is_invisible(c)
}

/// The most digit groups a number may have (a trillion in groups of three has five).
const MAX_GROUPS: usize = 12;

/// One group of digits: its value (saturating past 38 digits), its length and where it ends.
#[derive(Debug, Clone, Copy, Default)]
struct Group {
    value: Option<u128>,
    len: usize,
    end: usize,
}

/// Reads the number that starts at byte `start` of `text` (a digit), with its separators.
///
/// The rule that tells grouping from decimals, applied in this order:
/// 1. `٫` is a decimal mark; `٬` and spaces group thousands (a space only before exactly three
///    digits, after a first group of one to three).
/// 2. "A ر B", the Arabic wire-service notation, is B.A: "4ر3" is 3.4.
/// 3. With both `.` and `,`, the one written last is the decimal mark and the other groups.
/// 4. A mark written twice or more groups thousands: "1.945.959", "388,000,000".
/// 5. A single mark groups thousands when exactly three digits follow it and one to three
///    non-zero-led digits precede it, and no space grouping is present: "2.100" is 2100,
///    "388,000" is 388000. Otherwise it is a decimal mark: "1.95", "1,67", "0.125", "14,9".
///    Before a percent sign it is always a decimal mark: "16,125 %" is 16.125 %; under a scale
///    word the reader decides by the language of the sentence (rule 6 of [the number
///    rule](crate::text)), from `single_mark`.
///
/// The Arabic comma `،` between digits is a decimal mark, as `٫`; the apostrophe and the
/// middle dot group thousands, as `٬`; invisible formatting characters ([`is_invisible`]) are
/// read through. A number that breaks its own grouping (a group of other than three digits
/// after a thousands mark) is read as its first group alone, with `run_end` past `end`, which
/// the reader does not report. Nothing is allocated.
pub(crate) fn number(text: &str, start: usize) -> Option<Number> {
    let rest = text.get(start..)?;
    if let Some(plain) = plain_number(rest, start) {
        return Some(plain);
    }
    number_full(text, start)
}

/// [`number`] without the plain path: the separator rules applied to every character.
#[inline(never)]
fn number_full(text: &str, start: usize) -> Option<Number> {
    let rest = text.get(start..)?;
    let mut chars = rest.char_indices().peekable();
    let mut groups = [Group::default(); MAX_GROUPS];
    let mut seps = [Sep::Point; MAX_GROUPS];
    let mut count = 0usize;
    let mut current = Group::default();
    let mut leading_zero = false;
    let mut first_leading_zero = false;
    let mut end = 0;
    let mut overflowed = false;
    while let Some(&(i, c)) = chars.peek() {
        if let Some(d) = digit(c) {
            if current.len == 0 {
                leading_zero = d == 0;
            }
            current.value = current
                .value
                .and_then(|v| v.checked_mul(10)?.checked_add(u128::from(d)));
            if current.len == 0 && current.value.is_none() {
                current.value = Some(u128::from(d));
            }
            current.len += 1;
            end = i + c.len_utf8();
            current.end = end;
            chars.next();
            continue;
        }
        if is_invisible(c) {
            // Formatting, not content: read through it.
            chars.next();
            continue;
        }
        let Some(sep) = separator(c) else { break };
        if current.len == 0 {
            break;
        }
        // Look ahead: how many digits follow the separator, and what comes after them.
        let mut look = chars.clone();
        look.next();
        let mut following = 0usize;
        let mut after_digits = None;
        for (_, c2) in look.by_ref() {
            if is_invisible(c2) {
                continue;
            }
            if digit(c2).is_some() {
                following += 1;
                if following > 3 && sep == Sep::Space {
                    break;
                }
            } else {
                after_digits = Some(c2);
                break;
            }
        }
        let accept = match sep {
            Sep::Space => {
                following == 3
                    && after_digits.is_none_or(|c2| digit(c2).is_none())
                    && (count == 0 && current.len <= 3 || count > 0 && current.len == 3)
            }
            // "2014،16": after a year, the Arabic comma is more likely punctuation with its
            // space left out than a decimal mark; the number stops, and what follows it is not
            // read either (it follows a mark).
            Sep::ArabicDecimal
                if c == '\u{060C}'
                    && count == 0
                    && current.len == 4
                    && current.value.is_some_and(|v| (1900..=2099).contains(&v)) =>
            {
                false
            }
            _ => following >= 1,
        };
        if !accept {
            break;
        }
        if count + 1 >= MAX_GROUPS {
            overflowed = true;
        }
        if let (Some(g), Some(s)) = (groups.get_mut(count), seps.get_mut(count)) {
            *g = current;
            *s = sep;
        }
        if count == 0 {
            first_leading_zero = leading_zero;
        }
        count += 1;
        current = Group {
            value: Some(0),
            len: 0,
            end: 0,
        };
        chars.next();
    }
    if current.len == 0 {
        return None;
    }
    if count == 0 {
        first_leading_zero = leading_zero;
    }
    if let Some(g) = groups.get_mut(count) {
        *g = current;
    }
    let groups = groups.get(..=count.min(MAX_GROUPS - 1)).unwrap_or_default();
    let seps = seps.get(..count.min(MAX_GROUPS - 1)).unwrap_or_default();
    let first = groups.first().copied().unwrap_or_default();
    let whole_only = Number {
        start,
        end: start + first.end,
        run_end: start + end,
        digits: first.value,
        whole_len: first.len,
        fraction_len: 0,
        single_mark: None,
    };
    if overflowed {
        return Some(whole_only);
    }
    match interpret(groups, seps, first_leading_zero) {
        Some((digits, whole_len, fraction_len, single_mark)) => Some(Number {
            start,
            end: start + end,
            run_end: start + end,
            digits,
            whole_len,
            fraction_len,
            single_mark,
        }),
        None => Some(whole_only),
    }
}

/// The common cases, read byte by byte: ASCII digits, perhaps one `.` or `,` and more ASCII
/// digits, followed by nothing that could continue the number (no other mark or space before a
/// digit, no digit of another script). Rule 5 then tells grouping from decimals, as [`number`]
/// would; `None` sends the number to the full reading. A property test holds the two to the
/// same answers.
fn plain_number(text: &str, start: usize) -> Option<Number> {
    let bytes = text.as_bytes();
    // The value and length of the run of ASCII digits at `from`; `None` past 38 digits.
    let run = |from: usize| -> Option<(u128, usize)> {
        let digits = bytes.get(from..)?.iter().take_while(|b| b.is_ascii_digit());
        let mut value = 0u128;
        let mut len = 0;
        for b in digits {
            if len == 38 {
                return None;
            }
            value = value * 10 + u128::from(b - b'0');
            len += 1;
        }
        Some((value, len))
    };
    let (whole, whole_len) = run(0)?;
    if whole_len == 0 {
        return None;
    }
    let mark = bytes.get(whole_len).filter(|b| matches!(b, b'.' | b','));
    let (fraction, fraction_len) = match mark {
        Some(_) => run(whole_len + 1)?,
        None => (0, 0),
    };
    if whole_len + fraction_len > 38 {
        return None;
    }
    let end = if fraction_len > 0 {
        whole_len + 1 + fraction_len
    } else {
        whole_len
    };
    // What follows may continue the number only if it is a digit, or a separator before one.
    let mut after = text.get(end..).unwrap_or_default().chars();
    let continues = after.next().is_some_and(|c| {
        digit(c).is_some()
            || is_invisible(c)
            || separator(c).is_some()
                && after
                    .next()
                    .is_some_and(|c| digit(c).is_some() || is_invisible(c))
    });
    if continues {
        return None;
    }
    let mut number = Number {
        start,
        end: start + end,
        run_end: start + end,
        digits: Some(whole),
        whole_len,
        fraction_len: 0,
        single_mark: None,
    };
    if fraction_len > 0 {
        // At most 38 digits in all, so the joined value fits.
        let shift = 10u128.checked_pow(u32::try_from(fraction_len).ok()?)?;
        number.digits = whole.checked_mul(shift)?.checked_add(fraction);
        // Rule 5: one mark before exactly three digits, after one to three not led by zero.
        let thousands =
            fraction_len == 3 && whole_len <= 3 && bytes.first().is_some_and(|&b| b != b'0');
        if thousands {
            number.whole_len += 3;
            number.single_mark = Some(if mark == Some(&b'.') {
                Mark::Point
            } else {
                Mark::Comma
            });
        } else {
            number.fraction_len = fraction_len;
        }
    }
    Some(number)
}

/// Joins groups into one integer: `None` past 38 digits.
fn join(groups: &[Group]) -> Option<u128> {
    groups.iter().try_fold(0u128, |acc, g| {
        let shift = 10u128.checked_pow(u32::try_from(g.len).ok()?)?;
        acc.checked_mul(shift)?.checked_add(g.value?)
    })
}

/// The digits, whole length, fraction length and rule-5 mark of a run, or `None` when it
/// breaks its grouping.
fn interpret(
    groups: &[Group],
    seps: &[Sep],
    first_leading_zero: bool,
) -> Option<(Option<u128>, usize, usize, Option<Mark>)> {
    let first = groups.first()?;
    if seps.is_empty() {
        return Some((first.value, first.len, 0, None));
    }
    if seps.contains(&Sep::WireRa) {
        return match (seps, groups) {
            ([Sep::WireRa], [fraction, whole]) => {
                Some((join(&[*whole, *fraction]), whole.len, fraction.len, None))
            }
            _ => None,
        };
    }
    let count = |s: Sep| seps.iter().filter(|&&x| x == s).count();
    let (points, commas) = (count(Sep::Point), count(Sep::Comma));
    let spaced = count(Sep::Space) + count(Sep::ArabicThousands) > 0;
    let mut single_mark = None;
    let decimal = if count(Sep::ArabicDecimal) > 0 {
        if count(Sep::ArabicDecimal) > 1 || points + commas > 0 {
            return None;
        }
        Some(Sep::ArabicDecimal)
    } else if points > 0 && commas > 0 {
        let last = *seps
            .iter()
            .rev()
            .find(|s| matches!(s, Sep::Point | Sep::Comma))?;
        if count(last) > 1 {
            return None;
        }
        Some(last)
    } else if points + commas > 1 {
        None
    } else if points + commas == 1 {
        let mark = if points == 1 { Sep::Point } else { Sep::Comma };
        let index = seps.iter().position(|&s| s == mark)?;
        let before = groups.get(index)?;
        let after = groups.get(index + 1)?;
        let leading_zero = index == 0 && first_leading_zero;
        let thousands = !spaced
            && seps.len() == 1
            && after.len == 3
            && (1..=3).contains(&before.len)
            && !leading_zero;
        if thousands {
            single_mark = Some(if mark == Sep::Point {
                Mark::Point
            } else {
                Mark::Comma
            });
        }
        (!thousands).then_some(mark)
    } else {
        None
    };
    // The decimal mark, if any, must be the last separator.
    let decimal_index = match decimal {
        Some(mark) => {
            let i = seps.iter().rposition(|&s| s == mark)?;
            if i + 1 != seps.len() {
                return None;
            }
            Some(i)
        }
        None => None,
    };
    let grouping_end = decimal_index.unwrap_or(seps.len());
    // Every group after a thousands mark has three digits, and the first has one to three.
    if grouping_end > 0 {
        if !(1..=3).contains(&first.len) {
            return None;
        }
        if groups.iter().skip(1).take(grouping_end).any(|g| g.len != 3) {
            return None;
        }
    }
    let whole_len: usize = groups.iter().take(grouping_end + 1).map(|g| g.len).sum();
    let fraction_len = match decimal_index {
        Some(i) => groups.get(i + 1)?.len,
        None => 0,
    };
    Some((join(groups), whole_len, fraction_len, single_mark))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `fold`'s Latin-1 case is Unicode's lower case, character by character.
    #[test]
    fn latin1_folds_as_unicode_lowers() {
        for c in '\u{0080}'..='\u{00FF}' {
            if c == '\u{00A0}' {
                continue;
            }
            let mut lower = c.to_lowercase();
            let unicode = match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            };
            assert_eq!(fold(c), unicode, "{c:?}");
        }
    }

    fn read(s: &str) -> Option<(String, usize)> {
        number(s, 0).map(|n| {
            let digits = n
                .digits
                .map(|d| format!("{d:0>width$}", width = n.whole_len + n.fraction_len))
                .unwrap_or_default();
            let (w, f) = digits.split_at(n.whole_len.min(digits.len()));
            let text = if f.is_empty() {
                w.to_owned()
            } else {
                format!("{w}.{f}")
            };
            (text, n.end)
        })
    }

    fn value(s: &str) -> String {
        read(s).map_or_else(|| String::from("none"), |(v, _)| v)
    }

    #[test]
    fn grouping_and_decimals() {
        assert_eq!(value("1.945.959"), "1945959");
        assert_eq!(value("2.100"), "2100");
        assert_eq!(value("1.95"), "1.95");
        assert_eq!(value("1,67"), "1.67");
        assert_eq!(value("388,000"), "388000");
        assert_eq!(value("388,000,000"), "388000000");
        assert_eq!(value("173164"), "173164");
        assert_eq!(value("0.125"), "0.125");
        assert_eq!(value("1 050 000 000,00"), "1050000000.00");
        assert_eq!(value("1\u{202F}050\u{202F}000,5"), "1050000.5");
        assert_eq!(value("1\u{A0}945\u{A0}959"), "1945959");
        assert_eq!(value("1,234.5"), "1234.5");
        assert_eq!(value("1.234,5"), "1234.5");
        assert_eq!(value("14,9"), "14.9");
        assert_eq!(value("1,50"), "1.50");
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(value("١٫٩٥"), "1.95");
        assert_eq!(value("۱۶"), "16");
        assert_eq!(value("١٬٩٤٥٬٩٥٩"), "1945959");
        assert_eq!(value("4ر3"), "3.4");
        assert_eq!(value("9ر14"), "14.9");
    }

    /// The plain path answers exactly as the full reading would.
    #[test]
    fn plain_path_agrees_with_full_reading() {
        for s in [
            "16 %",
            "16%",
            "2014",
            "2014 1,67",
            "12 34",
            "7",
            "0012x",
            "99999999999999999999999999999999999999",
            "5 ",
            "5",
            "123 abc",
            "42ر",
            "3\u{A0}000",
        ] {
            if let Some(plain) = plain_number(s, 0) {
                let groups = [Group {
                    value: plain.digits,
                    len: plain.whole_len,
                    end: plain.end,
                }];
                assert_eq!(
                    interpret(&groups, &[], false),
                    Some((plain.digits, plain.whole_len, 0, None)),
                    "{s}"
                );
                // The full reading stops where the plain one does.
                let full = number_full(s, 0);
                assert_eq!(full, Some(plain), "{s}");
            }
        }
    }

    /// The spaces at either end of `s`, read character by character: what the fast paths of
    /// [`leading_spaces`] and [`trim_end_spaces`] must find.
    fn spaces_read_slowly(s: &str, max: usize) -> (usize, usize) {
        let spacing = |c: &char| is_space(*c) || is_invisible(*c);
        let lead = s
            .chars()
            .take(max)
            .take_while(spacing)
            .map(char::len_utf8)
            .sum();
        let trail: usize = s
            .chars()
            .rev()
            .take_while(spacing)
            .map(char::len_utf8)
            .sum();
        (lead, s.len() - trail)
    }

    proptest::proptest! {
        /// The fast paths of the spaces at either end, on the bytes of ASCII and Arabic, answer
        /// as the reading of each character does.
        #[test]
        fn spaces_at_the_ends_as_read_slowly(
            s in "[ a1.\t\n\u{A0}\u{202F}\u{200B}\u{61C}\u{600}\u{627}\u{64B}\u{6FF}é’\u{FEFF}\0]{0,5}",
            max in 0usize..4,
        ) {
            let (lead, kept) = spaces_read_slowly(&s, max);
            proptest::prop_assert_eq!(leading_spaces(&s, max), lead);
            proptest::prop_assert_eq!(trim_end_spaces(&s).len(), kept);
        }

        /// On any text of digits, marks, spaces and letters, the plain path, when it answers,
        /// answers as the full reading does.
        #[test]
        fn plain_path_is_the_full_reading(s in "[0-9]{1,40}[0-9٠-٩.,. ,, \u{A0}aرx%،'·\u{AD}\u{200B}\u{200F}]{0,12}") {
            if let Some(plain) = plain_number(&s, 0) {
                proptest::prop_assert_eq!(number_full(&s, 0), Some(plain));
            }
        }
    }

    #[test]
    fn letters_are_unicode_letters() {
        for c in ('\0'..='\u{07FF}').chain('\u{2000}'..='\u{20FF}') {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn other_marks_between_digits() {
        assert_eq!(value("215،6"), "215.6");
        assert_eq!(read("2014، بعد").map(|r| r.1), Some(4));
        assert_eq!(read("2014،16").map(|r| r.1), Some(4));
        assert_eq!(value("1250،5"), "1250.5");
        assert_eq!(value("1'670'000"), "1670000");
        assert_eq!(value("1\u{2019}670\u{2019}000"), "1670000");
        assert_eq!(value("1·670·000"), "1670000");
        assert_eq!(value("1'670,5"), "1670.5");
        // Only groups of three after a thousands mark.
        assert_eq!(value("1'67"), "1");
    }

    #[test]
    fn invisible_characters_are_read_through() {
        for c in [
            '\u{AD}', '\u{200B}', '\u{200C}', '\u{2060}', '\u{200E}', '\u{200F}', '\u{61C}', '\0',
        ] {
            assert_eq!(value(&format!("1{c}950{c}000")), "1950000", "{c:?}");
            assert_eq!(value(&format!("1.{c}950.000")), "1950000", "{c:?}");
            assert_eq!(value(&format!("1\u{202F}{c}950")), "1950", "{c:?}");
            assert_eq!(value(&format!("1,{c}95")), "1.95", "{c:?}");
            // Not part of the number after its last digit.
            assert_eq!(read(&format!("16{c} %")).map(|r| r.1), Some(2), "{c:?}");
        }
    }

    #[test]
    fn arabic_clitics_and_marks_before_a_word() {
        for before in [
            "",
            " ",
            "و",
            "ب",
            "ل",
            "ف",
            " وب",
            "وب",
            "فل",
            " ول",
            "وك",
            "وَ",
            " وَبِ",
        ] {
            assert!(word_boundary_before(before), "{before:?}");
        }
        for before in ["x", "ك", " ك", "بو", "لب", "ووب", "سوب", "e"] {
            assert!(!word_boundary_before(before), "{before:?}");
        }
    }

    #[test]
    fn words_are_matched_through_arabic_marks() {
        assert_eq!(strip_word_prefix("درهمًا في", "درهما"), Some(" في"));
        assert_eq!(strip_word_prefix("درهـم بعد", "درهم"), Some(" بعد"));
        assert_eq!(strip_word_prefix("درهمٌ", "درهم"), Some(""));
        assert_eq!(strip_word_prefix("درهم", "درهما"), None);
        assert_eq!(prefix_len("عمليةً و", "عملية"), Some("عمليةً".len()));
        assert_eq!(suffix_start("وَحواليْ", "حوالي"), Some("وَ".len()));
        assert_eq!(phrase_before("وَبحوالي", "حوالي"), Some("وَب".len()));
    }

    #[test]
    fn what_is_not_one_number() {
        // A year then a figure: the year has four digits, so the space does not group.
        assert_eq!(value("2014 1,67"), "2014");
        assert_eq!(value("12 34"), "12");
        assert_eq!(value("1.95."), "1.95");
        assert_eq!(read("1.95.").map(|r| r.1), Some(4));
        assert_eq!(value("1.95.3"), "1");
        assert_eq!(value("1 2345"), "1");
    }
}
