//! Sets of words and phrases, found in a text in one pass.
//!
//! The linker and the period reader look for any of a hundred words in a window of text. Trying
//! each word in turn costs the window's length for every word; a [`WordSet`] sorts its phrases by
//! their first character, and at each place a word may start tries only the phrases that start
//! with the character found there.

use crate::text::scan::{fold, fold_ascii, is_letter};
use std::sync::OnceLock;

/// A list of phrases, each written folded ([`fold`]: lower case), as a trie of characters.
#[derive(Debug)]
pub(crate) struct WordSet {
    words: Vec<&'static str>,
    /// Node 0 is the root. Each node: the characters that lead on, sorted, with their nodes.
    children: Vec<Vec<(char, usize)>>,
    /// Per node: the indices of the phrases that end there.
    ends: Vec<Vec<usize>>,
    /// One bit per first character, by its code point modulo 128: a place whose character's
    /// bit is clear starts no phrase of the set, and is passed over without a walk.
    first_chars: u128,
    /// What [`WordSet::find_all`] needs to know of each character of Latin-1 and of the Arabic
    /// block ([`low_index`]): read from a table, not worked out at each place of the text.
    /// Built on the first call of `find_all`, as the sets only read with
    /// [`WordSet::at_start`] never need it.
    low: OnceLock<Vec<Low>>,
}

/// The place in a [`WordSet`]'s table of [`Low`] entries of the character whose code point is
/// `code`, if it has one: the characters of Latin-1 (ASCII and the accented letters of French)
/// and of the Arabic block, U+0600 to U+06FF, which make nearly all of the press's text.
fn low_index(code: u32) -> Option<usize> {
    match code {
        0..=0xFF => usize::try_from(code).ok(),
        0x600..=0x6FF => usize::try_from(code - 0x500).ok(),
        _ => None,
    }
}

/// The code points that have a place in a [`WordSet`]'s table, in the order of their places.
fn low_codes() -> impl Iterator<Item = u32> {
    (0..=0xFF).chain(0x600..=0x6FF)
}

/// What a character of Latin-1 or of the Arabic block is to a [`WordSet`].
#[derive(Debug, Clone, Copy, Default)]
struct Low {
    /// The node the character, folded, leads to from the root; 0 when it starts no phrase.
    node: usize,
    /// Whether a phrase may start at the character inside a word: folded, it is no letter.
    starts_inside: bool,
    /// Whether a word may start after the character: it is no letter, or one of the Arabic
    /// conjunctions and prepositions glued to a word, و, ب, ف, ل.
    opens: bool,
}

/// Whether a word may start after `c`.
fn opens(c: char) -> bool {
    !is_letter(c) || matches!(c, 'و' | 'ب' | 'ف' | 'ل')
}

/// The bit of `c` in [`WordSet`]'s `first_chars`.
#[inline]
fn bit(c: char) -> u128 {
    1u128 << (u32::from(c) % 128)
}

impl WordSet {
    /// The set of `words`, each at its index in the list.
    pub(crate) fn new(words: &[&'static str]) -> WordSet {
        let mut set = WordSet {
            words: words.to_vec(),
            children: vec![Vec::new()],
            ends: vec![Vec::new()],
            first_chars: 0,
            low: OnceLock::new(),
        };
        for (index, word) in words.iter().enumerate() {
            let mut node = 0;
            for (i, c) in word.chars().enumerate() {
                if i == 0 {
                    set.first_chars |= bit(c);
                }
                node = set.child_or_new(node, c);
            }
            if node != 0
                && let Some(ends) = set.ends.get_mut(node)
            {
                ends.push(index);
            }
        }
        set
    }

    /// The [`Low`] entries, in the order of [`low_codes`].
    fn low(&self) -> &[Low] {
        self.low.get_or_init(|| {
            low_codes()
                .map(|code| {
                    // Latin-1 and the Arabic block hold no surrogate: each code is a character.
                    let c = char::from_u32(code).unwrap_or_default();
                    let folded = fold(c);
                    Low {
                        node: self.child(0, folded).unwrap_or(0),
                        starts_inside: !is_letter(folded),
                        opens: opens(c),
                    }
                })
                .collect()
        })
    }

    fn child_or_new(&mut self, node: usize, c: char) -> usize {
        if let Some(next) = self.child(node, c) {
            return next;
        }
        let next = self.children.len();
        self.children.push(Vec::new());
        self.ends.push(Vec::new());
        if let Some(list) = self.children.get_mut(node) {
            let at = list.partition_point(|&(k, _)| k < c);
            list.insert(at, (c, next));
        }
        next
    }

    fn child(&self, node: usize, c: char) -> Option<usize> {
        let list = self.children.get(node)?;
        list.binary_search_by(|&(k, _)| k.cmp(&c))
            .ok()
            .and_then(|i| list.get(i))
            .map(|&(_, next)| next)
    }

    /// Each phrase that starts `rest` as whole words: `f(index, length)`.
    fn each_at_start(&self, rest: &str, f: impl FnMut(usize, usize)) {
        let Some(c) = rest.chars().next() else {
            return;
        };
        if let Some(node) = self.child(0, fold(c)) {
            self.each_from(rest, node, c.len_utf8(), f);
        }
    }

    /// Each phrase that starts `rest` as whole words, from `node`, reached by the first `read`
    /// bytes of `rest`: `f(index, length)`.
    fn each_from(&self, rest: &str, mut node: usize, read: usize, mut f: impl FnMut(usize, usize)) {
        let mut end = read;
        loop {
            if let Some(ends) = self.ends.get(node) {
                for &index in ends {
                    if self
                        .words
                        .get(index)
                        .is_some_and(|w| ends_word(rest, end, w))
                    {
                        f(index, end);
                    }
                }
            }
            // An ASCII character is taken from its byte and folded by the ASCII table, not
            // decoded from a slice of `rest` and folded by `fold`: over the bench corpus the
            // walks of `find_all` take 237 380 steps, which cost 1.6 M instructions more so.
            let (c, folded) = match rest.as_bytes().get(end) {
                None => return,
                Some(&b) if b.is_ascii() => (char::from(b), fold_ascii(char::from(b))),
                Some(_) => match rest.get(end..).and_then(|r| r.chars().next()) {
                    Some(c) => (c, fold(c)),
                    None => return,
                },
            };
            let Some(next) = self.child(node, folded) else {
                return;
            };
            node = next;
            end += c.len_utf8();
        }
    }

    /// Every phrase of the set found in `hay` as whole words (what comes before a phrase ends
    /// in no letter, or in an Arabic conjunction or preposition glued to it, و, ب, ف, ل; what comes
    /// after it does not continue its last word): `(start, end, index)`, with `start` and `end`
    /// shifted by `offset`, in the order of the text. One pass over `hay`, with a walk of the
    /// trie where a phrase may start.
    pub(crate) fn find_all(&self, hay: &str, offset: usize) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let table = self.low();
        let bytes = hay.as_bytes();
        // Whether what comes before `i` lets a word start there.
        let mut boundary = true;
        let mut i = 0;
        // A character of Latin-1 or of the Arabic block is looked up by its code point, worked
        // out from its bytes; only the others are decoded and folded. Over the bench corpus
        // (1 MiB of the example articles) this pass cost 64 M instructions when it decoded and
        // folded every character, 35 M with the table.
        while let Some(&b) = bytes.get(i) {
            if !boundary && b.is_ascii_alphabetic() {
                // Inside a word, a letter starts no phrase, and the word goes on.
                i += 1;
                continue;
            }
            let code = match b {
                0x00..=0x7F => Some((u32::from(b), 1)),
                0xC0..=0xDF => bytes
                    .get(i + 1)
                    .map(|&next| ((u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F), 2)),
                _ => None,
            };
            if let Some((code, width)) = code
                && let Some(low) = low_index(code).and_then(|at| table.get(at))
            {
                if low.node != 0 && (boundary || low.starts_inside) {
                    self.each_from(
                        hay.get(i..).unwrap_or_default(),
                        low.node,
                        width,
                        |index, len| {
                            found.push((offset + i, offset + i + len, index));
                        },
                    );
                }
                boundary = low.opens;
                i += width;
                continue;
            }
            let rest = hay.get(i..).unwrap_or_default();
            let Some(c) = rest.chars().next() else { break };
            let folded = fold(c);
            if (boundary || !is_letter(folded))
                && let Some(node) = self.child(0, folded)
            {
                self.each_from(rest, node, c.len_utf8(), |index, len| {
                    found.push((offset + i, offset + i + len, index));
                });
            }
            boundary = opens(c);
            i += c.len_utf8();
        }
        found
    }

    /// Whether a phrase of the set starts with `c` (folded): where none does, [`WordSet::at_start`]
    /// and [`WordSet::find_all`] find nothing.
    pub(crate) fn starts_with(&self, c: char) -> bool {
        match low_index(u32::from(c)).and_then(|at| self.low().get(at)) {
            Some(low) => low.node != 0,
            None => self.child(0, fold(c)).is_some(),
        }
    }

    /// The phrase at `index`.
    pub(crate) fn word(&self, index: usize) -> Option<&'static str> {
        self.words.get(index).copied()
    }

    /// The longest phrase of the set that starts `rest` as whole words: its index and length
    /// (of two as long, the earlier in the list).
    pub(crate) fn at_start(&self, rest: &str) -> Option<(usize, usize)> {
        let first = fold(rest.chars().next()?);
        if self.first_chars & bit(first) == 0 {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        self.each_at_start(rest, |index, len| {
            if best.is_none_or(|(b, l)| len > l || (len == l && index < b)) {
                best = Some((index, len));
            }
        });
        best
    }
}

/// Whether `word`, found `len` bytes long at the start of `rest`, ends a word there.
fn ends_word(rest: &str, len: usize, word: &str) -> bool {
    !word.chars().next_back().is_some_and(is_letter)
        || !rest
            .get(len..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`WordSet::find_all`] as it was first written: every character decoded and folded, and a
    /// walk of the trie from the root wherever a phrase may start.
    fn find_all_by_chars(set: &WordSet, hay: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let mut previous: Option<char> = None;
        for (i, c) in hay.char_indices() {
            let boundary = previous.is_none_or(opens);
            previous = Some(c);
            let folded = fold(c);
            if !boundary && is_letter(folded) {
                continue;
            }
            set.each_at_start(hay.get(i..).unwrap_or_default(), |index, len| {
                found.push((i, i + len, index));
            });
        }
        found
    }

    /// Text made of the characters that matter to a set: letters of its phrases in both cases,
    /// the Arabic conjunctions glued to a word, spaces of every kind, apostrophes, digits, and
    /// characters outside Latin-1 and the Arabic block.
    fn hay() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let alphabet: Vec<char> = "aAbBdDeEfFhHiIlLoOpPrRsSuUtTwWéÉèà'’ .,:%\t\n\u{a0}\u{202f}0159\
             وبفلاأيزدتنسمجعكةىًـ٫٣ЖжİıΣσ€😀"
            .chars()
            .collect();
        proptest::collection::vec(proptest::sample::select(alphabet), 0..40)
            .prop_map(|chars| chars.into_iter().collect())
    }

    proptest::proptest! {
        #[test]
        fn find_all_reads_as_a_walk_from_every_character(text in hay()) {
            let set = WordSet::new(&[
                "hausse", "baisse", "up", "l'année", "i.e.", "or", "d'", "1er semestre",
                "بنسبة", "أي", "ارتفع", "تراجع", "%", "'s", "été", "σ", "ж",
            ]);
            proptest::prop_assert_eq!(set.find_all(&text, 0), find_all_by_chars(&set, &text));
        }
    }

    #[test]
    fn finds_whole_words_only() {
        let set = WordSet::new(&["hausse", "baisse", "تراجع", "up"]);
        let find = |hay: &str| {
            set.find_all(hay, 0)
                .iter()
                .map(|&(_, _, i)| i)
                .min()
                .and_then(|i| set.word(i))
        };
        assert_eq!(find("une baisse puis une hausse"), Some("hausse"));
        assert_eq!(find("une BAISSE"), Some("baisse"));
        assert_eq!(find("rehausse"), None);
        assert_eq!(find("متراجع"), None);
        assert_eq!(find("وبتراجع"), Some("تراجع"));
        assert_eq!(find("بتراجع"), Some("تراجع"));
        assert_eq!(find("setup"), None);
        assert_eq!(find("up 5%"), Some("up"));
        assert_eq!(find(""), None);
    }

    #[test]
    fn starts_with_is_a_first_step_of_the_trie() {
        let set = WordSet::new(&["fin", "à fin", "متم", "t1", "σ", "'s"]);
        let others = ['É', 'À', 'Σ', 'ж', '\u{2019}', '€', '😀', '\u{202f}'];
        for c in low_codes().filter_map(char::from_u32).chain(others) {
            assert_eq!(set.starts_with(c), set.child(0, fold(c)).is_some(), "{c:?}");
        }
        assert!(set.starts_with('F') && set.starts_with('À') && set.starts_with('\u{2019}'));
        assert!(!set.starts_with('g') && !set.starts_with('1'));
    }

    #[test]
    fn longest_at_start() {
        let set = WordSet::new(&["fin", "à fin", "à la fin"]);
        assert_eq!(set.at_start("à fin juin"), Some((1, "à fin".len())));
        assert_eq!(set.at_start("finale"), None);
        assert_eq!(set.at_start("fin juin"), Some((0, 3)));
    }
}
