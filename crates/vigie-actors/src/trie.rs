//! A byte trie of the dictionary's forms, walked from each word start (see `dict.rs`): built in one
//! pass over the sorted forms, with none of the failure links an Aho-Corasick automaton computes
//! (the walks are anchored and stop where no form continues).

/// No node, no form.
pub(crate) const NONE: u32 = u32::MAX;

/// The root node.
pub(crate) const ROOT: u32 = 0;

/// The bit of a node's [`Node::info`] that tells it flagged; the other bits are its form, or
/// `NO_FORM`.
pub(crate) const FLAG: u32 = 1 << 31;
pub(crate) const NO_FORM: u32 = !FLAG;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Node {
    /// The node's edges: `labels[first..first + len]`, by byte (the target of edge `k` is node
    /// `k + 1`: nodes are numbered as their edges are laid out, breadth first); or, when
    /// `len` is `DENSE`, its child per byte class at `dense[first..first + classes]`.
    first: u32,
    len: u32,
    /// The form that ends here (its index in the sorted forms), or `NONE`; with `FLAG` when the
    /// node is flagged (see [`Trie::flag`]).
    pattern: u32,
}

/// Distinct byte strings, each numbered by its place in the sorted list the trie was built from.
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    labels: Vec<u8>,
    /// The child per byte class of the nodes with more than `LINEAR` edges (the root, mostly the
    /// shallow nodes, where most walks end): a row of `classes` entries each.
    dense: Vec<u32>,
    /// Each byte's class: 0 for a byte no key holds (its column is `NONE` in every row), else
    /// its column in a row of `dense`. Rows as wide as the keys' alphabet, not 256: a smaller
    /// table, and fewer cache lines touched by the walks.
    class: Box<[u8; 256]>,
    classes: usize,
}

/// Above this many edges, a node's children are laid out by byte.
const LINEAR: usize = 8;
const DENSE: u32 = u32::MAX;

impl Node {
    /// Its form (`NO_FORM` when none), with `FLAG` when it is flagged (see [`Trie::flag`]).
    #[inline]
    pub(crate) fn info(&self) -> u32 {
        self.pattern
    }
}

impl Trie {
    /// The trie of `keys`, sorted and distinct (`None` otherwise); form `i` is `keys[i]`.
    pub(crate) fn new<K: AsRef<[u8]>>(keys: &[K]) -> Option<Trie> {
        if keys.len() >= NO_FORM as usize || keys.windows(2).any(|w| w[0].as_ref() >= w[1].as_ref()) {
            return None;
        }
        let mut class = Box::new([0u8; 256]);
        let mut seen = [false; 256];
        for k in keys {
            for &b in k.as_ref() {
                seen[b as usize] = true;
            }
        }
        let mut classes = 1usize;
        for b in 0..256 {
            if seen[b] {
                class[b] = classes as u8;
                classes += 1;
            }
        }
        if classes > 256 {
            // Every byte value occurs: one column per byte (the class of byte 255 would not fit).
            for b in 0..256 {
                class[b] = b as u8;
            }
            classes = 256;
        }
        let mut trie = Trie {
            nodes: vec![Node { first: 0, len: 0, pattern: NO_FORM }],
            labels: Vec::new(),
            dense: Vec::new(),
            class,
            classes,
        };
        // Breadth first: (node, the keys below it, their depth). A node's edges are laid out
        // together, in byte order, since its keys are sorted.
        let mut work: std::collections::VecDeque<(u32, usize, usize, usize)> = Default::default();
        work.push_back((ROOT, 0, keys.len(), 0));
        while let Some((node, mut lo, hi, depth)) = work.pop_front() {
            if lo < hi && keys[lo].as_ref().len() == depth {
                // Distinct keys: only the first can end here.
                trie.nodes[node as usize].pattern = lo as u32;
                lo += 1;
            }
            let first = trie.labels.len() as u32;
            let mut at = lo;
            while at < hi {
                let b = keys[at].as_ref()[depth];
                let mut end = at + 1;
                while end < hi && keys[end].as_ref()[depth] == b {
                    end += 1;
                }
                // Node `k + 1` for edge `k`: one node per edge, the root before them.
                let child = trie.nodes.len() as u32;
                debug_assert_eq!(child as usize, trie.labels.len() + 1);
                trie.nodes.push(Node { first: 0, len: 0, pattern: NO_FORM });
                trie.labels.push(b);
                work.push_back((child, at, end, depth + 1));
                at = end;
            }
            let len = trie.labels.len() as u32 - first;
            let n = &mut trie.nodes[node as usize];
            if len as usize > LINEAR || node == ROOT {
                let at = trie.dense.len();
                trie.dense.resize(at + trie.classes, NONE);
                for k in first as usize..(first + len) as usize {
                    trie.dense[at + trie.class[trie.labels[k] as usize] as usize] = k as u32 + 1;
                }
                n.first = at as u32;
                n.len = DENSE;
            } else {
                n.first = first;
                n.len = len;
            }
        }
        Some(trie)
    }

    /// The node after `node` on byte `b`, or `NONE`.
    #[inline]
    pub(crate) fn next(&self, node: u32, b: u8) -> u32 {
        self.child(self.nodes[node as usize], b)
    }

    /// Node `node` itself (for walks that read its form and its edges with one look-up).
    #[inline]
    pub(crate) fn node(&self, node: u32) -> Node {
        self.nodes[node as usize]
    }

    /// The child of `n` on byte `b`, or `NONE`.
    #[inline]
    pub(crate) fn child(&self, n: Node, b: u8) -> u32 {
        if n.len == DENSE {
            return self.dense[n.first as usize + self.class[b as usize] as usize];
        }
        let (first, len) = (n.first as usize, n.len as usize);
        for (k, &l) in self.labels[first..first + len].iter().enumerate() {
            if l >= b {
                return if l == b { (first + k + 1) as u32 } else { NONE };
            }
        }
        NONE
    }

    /// The form that ends at `node`, or `NONE`.
    #[inline]
    pub(crate) fn pattern(&self, node: u32) -> u32 {
        match self.nodes[node as usize].pattern & NO_FORM {
            NO_FORM => NONE,
            p => p,
        }
    }

    /// Flags `node` (the dictionary flags the nodes where a slot may be filled).
    pub(crate) fn flag(&mut self, node: u32) {
        self.nodes[node as usize].pattern |= FLAG;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key is found, numbered by its place; no other string is.
    #[test]
    fn finds_its_keys_and_nothing_else() {
        let mut keys: Vec<String> = ["", "a", "ab", "abc", "abd", "b", "ba", "bab", "zzz", "a b"].iter().map(|s| s.to_string()).collect();
        // Wide nodes (laid out by byte) too.
        keys.extend((0u8..40).map(|i| format!("w{}", (b'0' + i) as char)));
        keys.sort();
        keys.dedup();
        let trie = Trie::new(&keys).unwrap();
        let find = |s: &str| {
            let mut n = ROOT;
            for &b in s.as_bytes() {
                n = trie.next(n, b);
                if n == NONE {
                    return NONE;
                }
            }
            trie.pattern(n)
        };
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(find(k), i as u32, "{k}");
        }
        for s in ["abcd", "x", "aa", "w", "w~", "zz", "a c"] {
            assert_eq!(find(s), NONE, "{s}");
        }
        assert!(Trie::new(&["b", "a"]).is_none());
        assert!(Trie::new(&["a", "a"]).is_none());
    }
}
