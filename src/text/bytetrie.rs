//! The table both tries of phrases are laid out in: a row per node, a column per class of bytes.
//!
//! The reader's [`Trie`](super::lexicon) and the linker's [`WordSet`](super::wordset) walk the
//! bytes of a text one table load a byte. This is their common part: the classes of the bytes
//! their phrases are written with (an ASCII byte in the class of its folded form, so that a
//! look-up folds it), the rows of child nodes, and a value of the trie's own per node.

use crate::text::scan::fold_ascii;

/// A trie of bytes as a table, with a value `N` per node (node 0 is the root).
#[derive(Debug)]
pub(crate) struct ByteTrie<N> {
    /// The column of each byte: one per byte the phrases hold, an ASCII byte sharing the column
    /// of its folded form; 0 for a byte that no phrase holds, whose column leads nowhere.
    class: [u8; 256],
    /// Columns per row: one more than the highest column.
    width: usize,
    /// `next[node * width + column]`: the node that a byte of that column leads to from `node`,
    /// or 0 for none (the root is no one's child).
    next: Vec<u16>,
    /// The trie's value of each node.
    pub(crate) nodes: Vec<N>,
}

impl<N: Default> ByteTrie<N> {
    /// An empty trie (the root alone) for phrases written, folded, with the bytes of `phrases`.
    /// It has room for a node per byte of the phrases, up to the 65 535 its 16-bit node ids
    /// can name; [`ByteTrie::shrink`] drops the rows left unused.
    pub(crate) fn new<'a>(phrases: impl Iterator<Item = &'a str> + Clone) -> ByteTrie<N> {
        let mut class = [0u8; 256];
        let mut columns = 0u8;
        for b in phrases.clone().flat_map(str::bytes) {
            if let Some(slot) = class.get_mut(usize::from(b))
                && *slot == 0
            {
                columns = columns.saturating_add(1);
                *slot = columns;
            }
        }
        for b in 0..=0x7Fu8 {
            let folded = fold_ascii(char::from(b)) as usize;
            if let Some(&c) = class.get(folded)
                && let Some(slot) = class.get_mut(usize::from(b))
            {
                *slot = c;
            }
        }
        let width = usize::from(columns) + 1;
        let most = 1 + phrases.map(str::len).sum::<usize>();
        ByteTrie {
            class,
            width,
            // Allocated zeroed, the rows cost nothing to fill.
            next: vec![0; most.min(usize::from(u16::MAX)) * width],
            nodes: vec![N::default()],
        }
    }

    /// The child of `node` by byte `b`, made if there is none; `None` when the table holds no
    /// more nodes.
    pub(crate) fn child_or_new(&mut self, node: usize, b: u8) -> Option<usize> {
        let column = usize::from(*self.class.get(usize::from(b))?);
        let new = self.nodes.len();
        let slot = self.next.get_mut(node * self.width + column)?;
        if *slot == 0 {
            *slot = u16::try_from(new).ok()?;
            self.nodes.push(N::default());
        }
        Some(usize::from(*slot))
    }

    /// Drops the rows no node uses, once every phrase is added.
    pub(crate) fn shrink(&mut self) {
        self.next.truncate(self.nodes.len() * self.width);
        self.next.shrink_to_fit();
    }
}

impl<N> ByteTrie<N> {
    /// The node that byte `b` of a text leads to from `node` (an ASCII byte folded).
    #[inline]
    pub(crate) fn next(&self, node: usize, b: u8) -> Option<usize> {
        let column = usize::from(*self.class.get(usize::from(b))?);
        match *self.next.get(node * self.width + column)? {
            0 => None,
            n => Some(usize::from(n)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A phrase's bytes lead from the root to its node, an ASCII capital as its lower case; a
    /// byte no phrase holds leads nowhere.
    #[test]
    fn bytes_lead_along_the_phrases() {
        let phrases = ["ab", "ac"];
        let mut trie: ByteTrie<u8> = ByteTrie::new(phrases.iter().copied());
        let ab = [b'a', b'b']
            .iter()
            .try_fold(0, |n, &b| trie.child_or_new(n, b));
        let ac = [b'a', b'c']
            .iter()
            .try_fold(0, |n, &b| trie.child_or_new(n, b));
        trie.shrink();
        assert_eq!(trie.nodes.len(), 4);
        assert_eq!(trie.next(0, b'A').and_then(|n| trie.next(n, b'B')), ab);
        assert_eq!(trie.next(0, b'a').and_then(|n| trie.next(n, b'c')), ac);
        assert_ne!(ab, ac);
        assert_eq!(trie.next(0, b'z'), None);
        assert_eq!(trie.next(0, b'b'), None);
    }
}
