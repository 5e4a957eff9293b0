//! Sets of words and phrases, found in a text in one pass.
//!
//! The linker and the period reader look for any of a hundred words in a window of text. Trying
//! each word in turn costs the window's length for every word; a [`WordSet`] sorts its phrases by
//! their first character, and at each place a word may start tries only the phrases that start
//! with the character found there.

use crate::text::scan::{fold, is_letter};

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
    fn each_at_start(&self, rest: &str, mut f: impl FnMut(usize, usize)) {
        let mut node = 0;
        for (i, c) in rest.char_indices() {
            let Some(next) = self.child(node, fold(c)) else {
                return;
            };
            node = next;
            let end = i + c.len_utf8();
            if let Some(ends) = self.ends.get(node)
                && !ends.is_empty()
            {
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
        }
    }

    /// Every phrase of the set found in `hay` as whole words (what comes before a phrase ends
    /// in no letter, or in an Arabic conjunction or preposition glued to it, و, ب, ف, ل; what comes
    /// after it does not continue its last word): `(start, end, index)`, with `start` and `end`
    /// shifted by `offset`, in the order of the text. One pass over `hay`, with a walk of the
    /// trie where a phrase may start.
    pub(crate) fn find_all(&self, hay: &str, offset: usize) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let mut previous: Option<char> = None;
        for (i, c) in hay.char_indices() {
            let boundary =
                previous.is_none_or(|p| !is_letter(p) || matches!(p, 'و' | 'ب' | 'ف' | 'ل'));
            previous = Some(c);
            let folded = fold(c);
            if self.first_chars & bit(folded) == 0 || (!boundary && is_letter(folded)) {
                continue;
            }
            let rest = hay.get(i..).unwrap_or_default();
            self.each_at_start(rest, |index, len| {
                found.push((offset + i, offset + i + len, index));
            });
        }
        found
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
    fn longest_at_start() {
        let set = WordSet::new(&["fin", "à fin", "à la fin"]);
        assert_eq!(set.at_start("à fin juin"), Some((1, "à fin".len())));
        assert_eq!(set.at_start("finale"), None);
        assert_eq!(set.at_start("fin juin"), Some((0, 3)));
    }
}
