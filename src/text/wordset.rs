//! Sets of words and phrases, found in a text in one pass.
//!
//! The linker and the period reader look for any of a hundred words in a window of text. Trying
//! each word in turn costs the window's length for every word; a [`WordSet`] is a trie of the
//! bytes of its phrases, laid out as a table, and at each place a word may start walks it only
//! as far as the text goes on spelling one of its phrases, one look-up a byte.

use crate::text::bytetrie::ByteTrie;
use crate::text::scan::{fold, is_letter};

/// A list of phrases, each written folded ([`fold`]: lower case), as a trie of their bytes.
#[derive(Debug)]
pub(crate) struct WordSet {
    words: Vec<&'static str>,
    /// The trie of the phrases' bytes, with what ends at each node.
    trie: ByteTrie<Node>,
    /// The indices of the phrases that end at each node, one node's after another's, each
    /// node's in the order of the list.
    ends: Vec<usize>,
    /// What [`WordSet::find_all`] needs to know of each character of Latin-1 and of the Arabic
    /// block ([`low_index`]): read from a table, not worked out at each place of the text.
    low: Vec<Low>,
}

/// A node of a [`WordSet`]'s trie.
#[derive(Debug, Clone, Copy, Default)]
struct Node {
    /// Where the phrases that end at the node start in the set's `ends`, and how many they are.
    first_end: usize,
    end_count: usize,
    /// Whether the character that leads to the node is a letter: a phrase that ends there
    /// must not be followed by another letter of its word.
    letter: bool,
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
    node: u16,
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

/// Whether `b` leads a character of the Arabic block, U+0600-06FF (two bytes), which [`fold`]
/// leaves as it is.
#[inline]
fn is_arabic_lead(b: u8) -> bool {
    matches!(b, 0xD8..=0xDB)
}

impl WordSet {
    /// The set of `words`, each at its index in the list. The trie holds at most 65 535 nodes,
    /// one a byte of the phrases at most, twenty times what the crate's largest set needs
    /// (`tests::a_set_of_many_phrases_holds_every_one`): a phrase beyond them would be left out.
    pub(crate) fn new(words: &[&'static str]) -> WordSet {
        let mut set = WordSet {
            words: words.to_vec(),
            trie: ByteTrie::new(words.iter().copied()),
            ends: Vec::new(),
            low: Vec::new(),
        };
        let mut ends: Vec<(usize, usize)> = Vec::new();
        for (index, word) in words.iter().enumerate() {
            if let Some(node) = set.add(word)
                && node != 0
            {
                ends.push((node, index));
            }
        }
        set.trie.shrink();
        // Stable: each node's phrases stay in the order of the list.
        ends.sort_by_key(|&(node, _)| node);
        for &(node, index) in &ends {
            let first = set.ends.len();
            if let Some(info) = set.trie.nodes.get_mut(node) {
                if info.end_count == 0 {
                    info.first_end = first;
                }
                info.end_count += 1;
                set.ends.push(index);
            }
        }
        set.low = low_codes()
            .map(|code| {
                // Latin-1 and the Arabic block hold no surrogate: each code is a character.
                let c = char::from_u32(code).unwrap_or_default();
                let folded = fold(c);
                Low {
                    node: set
                        .next_char(0, folded)
                        .and_then(|n| u16::try_from(n).ok())
                        .unwrap_or(0),
                    starts_inside: !is_letter(folded),
                    opens: opens(c),
                }
            })
            .collect();
        set
    }

    /// Adds the path of `word`, and gives the node it ends at; `None` when the table holds no
    /// more nodes.
    fn add(&mut self, word: &str) -> Option<usize> {
        let mut node = 0;
        for c in word.chars() {
            let mut buf = [0u8; 4];
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                node = self.trie.child_or_new(node, b)?;
            }
            self.trie.nodes.get_mut(node)?.letter = is_letter(c);
        }
        Some(node)
    }

    /// The node that the bytes of `folded` lead to from `node`.
    fn next_char(&self, node: usize, folded: char) -> Option<usize> {
        let mut buf = [0u8; 4];
        folded
            .encode_utf8(&mut buf)
            .as_bytes()
            .iter()
            .try_fold(node, |n, &b| self.trie.next(n, b))
    }

    /// The node that `c`, folded, leads to from the root.
    fn first_step(&self, c: char) -> Option<usize> {
        match low_index(u32::from(c)).and_then(|at| self.low.get(at)) {
            Some(low) => (low.node != 0).then_some(usize::from(low.node)),
            None => self.next_char(0, fold(c)),
        }
    }

    /// The phrases that end at `node`, and whether the character leading there is a letter.
    #[inline]
    fn ends_at(&self, node: usize) -> Option<(&[usize], bool)> {
        let info = self.trie.nodes.get(node)?;
        if info.end_count == 0 {
            return None;
        }
        let ends = self
            .ends
            .get(info.first_end..info.first_end + info.end_count)?;
        Some((ends, info.letter))
    }

    /// Each phrase that starts `rest` as whole words, from `node`, reached by the first `read`
    /// bytes of `rest`: `f(index, length)`, shorter phrases first, and of two as long the
    /// earlier in the list first.
    fn each_from(&self, rest: &str, mut node: usize, read: usize, mut f: impl FnMut(usize, usize)) {
        let bytes = rest.as_bytes();
        let mut end = read;
        loop {
            if let Some((ends, letter)) = self.ends_at(node) {
                let whole = !letter
                    || !rest
                        .get(end..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(is_letter);
                if whole {
                    for &index in ends {
                        f(index, end);
                    }
                }
            }
            // An ASCII byte is folded by its column, and the two bytes of an Arabic character
            // (which folds to itself) are read as they are; only the other characters are
            // decoded and folded.
            let step = match bytes.get(end) {
                None => return,
                Some(&b) if b.is_ascii() => {
                    end += 1;
                    self.trie.next(node, b)
                }
                Some(&b) if is_arabic_lead(b) => {
                    let second = bytes.get(end + 1).copied().unwrap_or_default();
                    end += 2;
                    self.trie
                        .next(node, b)
                        .and_then(|n| self.trie.next(n, second))
                }
                Some(_) => {
                    let Some(c) = rest.get(end..).and_then(|r| r.chars().next()) else {
                        return;
                    };
                    end += c.len_utf8();
                    self.next_char(node, fold(c))
                }
            };
            let Some(next) = step else {
                return;
            };
            node = next;
        }
    }

    /// Every phrase of the set found in `hay` as whole words (what comes before a phrase ends
    /// in no letter, or in an Arabic conjunction or preposition glued to it, و, ب, ف, ل; what comes
    /// after it does not continue its last word): `(start, end, index)`, with `start` and `end`
    /// shifted by `offset`, in the order of the text (of two at one place, the shorter first,
    /// and of two as long, the earlier in the list). One pass over `hay`, with a walk of the
    /// trie where a phrase may start.
    pub(crate) fn find_all(&self, hay: &str, offset: usize) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
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
                && let Some(low) = low_index(code).and_then(|at| self.low.get(at))
            {
                if low.node != 0 && (boundary || low.starts_inside) {
                    self.each_from(
                        hay.get(i..).unwrap_or_default(),
                        usize::from(low.node),
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
                && let Some(node) = self.next_char(0, folded)
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
        self.first_step(c).is_some()
    }

    /// The phrase at `index`.
    pub(crate) fn word(&self, index: usize) -> Option<&'static str> {
        self.words.get(index).copied()
    }

    /// Each phrase of the set that starts `rest` as whole words: `f(index, length)`, shorter
    /// phrases first, and of two as long the earlier in the list first.
    pub(crate) fn each_at_start(&self, rest: &str, f: impl FnMut(usize, usize)) {
        let Some(c) = rest.chars().next() else {
            return;
        };
        if let Some(node) = self.first_step(c) {
            self.each_from(rest, node, c.len_utf8(), f);
        }
    }

    /// The longest phrase of the set that starts `rest` as whole words: its index and length
    /// (of two as long, the earlier in the list).
    pub(crate) fn at_start(&self, rest: &str) -> Option<(usize, usize)> {
        let c = rest.chars().next()?;
        let node = self.first_step(c)?;
        let mut best: Option<(usize, usize)> = None;
        self.each_from(rest, node, c.len_utf8(), |index, len| {
            if best.is_none_or(|(b, l)| len > l || (len == l && index < b)) {
                best = Some((index, len));
            }
        });
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `word` is spelled, folded, by the text `rest` starts with, and if so how many
    /// bytes of `rest` spell it: the definition of a match, one character after another.
    fn spelled(rest: &str, word: &str) -> Option<usize> {
        let mut text = rest.char_indices();
        for w in word.chars() {
            let (_, c) = text.next()?;
            if fold(c) != w {
                return None;
            }
        }
        Some(text.next().map_or(rest.len(), |(i, _)| i))
    }

    /// Whether `word`, found `len` bytes long at the start of `rest`, ends a word there.
    fn ends_word(rest: &str, len: usize, word: &str) -> bool {
        !word.chars().next_back().is_some_and(is_letter)
            || !rest
                .get(len..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_letter)
    }

    /// Every phrase of `words` found in `hay` as whole words, by trying every phrase at every
    /// place a word may start: what [`WordSet::find_all`] must find, in its order.
    fn find_all_by_trying_each(words: &[&str], hay: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let mut previous: Option<char> = None;
        for (i, c) in hay.char_indices() {
            let boundary = previous.is_none_or(opens);
            previous = Some(c);
            if !boundary && is_letter(fold(c)) {
                continue;
            }
            let rest = hay.get(i..).unwrap_or_default();
            for (index, word) in words.iter().enumerate() {
                if let Some(len) = spelled(rest, word)
                    && ends_word(rest, len, word)
                {
                    found.push((i, i + len, index));
                }
            }
        }
        found.sort_unstable();
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

    /// Phrases that share their first bytes and characters, end in letters and in other
    /// characters, hold spaces, and are written in each script the press uses.
    const WORDS: &[&str] = &[
        "hausse",
        "baisse",
        "up",
        "l'année",
        "i.e.",
        "or",
        "d'",
        "1er semestre",
        "بنسبة",
        "أي",
        "ارتفع",
        "تراجع",
        "%",
        "'s",
        "été",
        "σ",
        "ж",
        "u",
        "hau",
        "بن",
        "ب",
    ];

    proptest::proptest! {
        #[test]
        fn find_all_finds_what_trying_each_phrase_finds(text in hay()) {
            let set = WordSet::new(WORDS);
            proptest::prop_assert_eq!(set.find_all(&text, 0), find_all_by_trying_each(WORDS, &text));
        }

        #[test]
        fn at_start_is_the_longest_phrase_spelled_at_the_start(text in hay()) {
            let set = WordSet::new(WORDS);
            let longest = WORDS
                .iter()
                .enumerate()
                .filter_map(|(index, w)| {
                    spelled(&text, w).filter(|&len| ends_word(&text, len, w)).map(|len| (index, len))
                })
                .max_by_key(|&(index, len)| (len, std::cmp::Reverse(index)));
            proptest::prop_assert_eq!(set.at_start(&text), longest);
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
    fn starts_with_is_the_first_character_of_a_phrase() {
        let words = ["fin", "à fin", "متم", "t1", "σ", "'s"];
        let set = WordSet::new(&words);
        let others = ['É', 'À', 'Σ', 'ж', '\u{2019}', '€', '😀', '\u{202f}'];
        for c in low_codes().filter_map(char::from_u32).chain(others) {
            let first = words.iter().any(|w| w.starts_with(fold(c)));
            assert_eq!(set.starts_with(c), first, "{c:?}");
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

    #[test]
    fn a_set_of_many_phrases_holds_every_one() {
        // 20 000 bytes of phrases that share little, seven times what the linker's lists hold
        // (`link::ALL_WORDS`, 2 904 bytes): every phrase has its path in the table.
        let owned: Vec<String> = (0..2_000u32)
            .map(|n| {
                let letter =
                    |k: u32| char::from_u32(0x628 + (n / 26u32.pow(k)) % 26).unwrap_or('ب');
                format!("{}{}{}x{n}", letter(0), letter(1), letter(2))
            })
            .collect();
        let words: Vec<&'static str> = owned
            .into_iter()
            .map(|w| &*Box::leak(w.into_boxed_str()))
            .collect();
        assert!(words.iter().map(|w| w.len()).sum::<usize>() > 20_000);
        let set = WordSet::new(&words);
        for (index, word) in words.iter().enumerate() {
            assert_eq!(set.at_start(word), Some((index, word.len())), "{word}");
        }
    }
}
