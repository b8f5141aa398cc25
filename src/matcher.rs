//! Word matching that starts small and grows fast.
//!
//! The lexicon and the prefecture names are matched leftmost-longest. What a search costs
//! depends on how much text the process reads, so a [`Matcher`] has three ways to do it,
//! and moves to the next as the text it has searched grows:
//!
//! 1. **A scan by first character**, with nothing to build: at each character, the
//!    patterns that start with it (found by a binary search, longest first) are compared
//!    with the text. A single small notice, the common case of `tsuchi extract`, reads a
//!    few kilobytes; building an automaton over several hundred words would cost it more
//!    than all its searches (about 5 million instructions, half of such a run).
//! 2. **A contiguous NFA** (Aho-Corasick), after [`SCAN_UNTIL`] bytes: it builds in about a
//!    millisecond and searches Japanese text at about 70 MB/s.
//! 3. **A DFA**, after [`GROW_AFTER`] bytes: a third of the NFA's branch mispredictions and
//!    40 % fewer instructions, but several milliseconds to build; a batch of a thousand
//!    notices should not go without it.
//!
//! All three find the same matches (the same patterns, leftmost-longest, a tie between
//! equal patterns going to the first), so which one ran is never visible in a result.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Match, MatchKind, PatternID};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes searched by the scan before the NFA is built (about where a scan's per-character
/// cost has paid for the NFA's build).
pub const SCAN_UNTIL: usize = 128 << 10;

/// Bytes searched before the DFA is built (about where its build time is paid back).
pub const GROW_AFTER: usize = 1 << 20;

/// A leftmost-longest matcher over a fixed set of patterns.
pub struct Matcher {
    patterns: Vec<String>,
    /// Pattern ids, by their first character, then longest first, then in pattern order.
    by_first: Vec<(char, u32)>,
    nfa: OnceLock<AhoCorasick>,
    dfa: OnceLock<Option<AhoCorasick>>,
    searched: AtomicUsize,
}

fn build(patterns: &[String], kind: AhoCorasickKind) -> Option<AhoCorasick> {
    AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).kind(Some(kind)).build(patterns).ok()
}

impl Matcher {
    /// A matcher for `patterns` (pattern `i` is reported as `i`).
    ///
    /// ```text
    /// let m = tsuchi::matcher::Matcher::new(["全国", "全国医療"]);
    /// let found: Vec<_> = m.find_iter("全国医療と全国").map(|x| (x.start(), x.pattern().as_usize())).collect();
    /// assert_eq!(found, [(0, 1), (15, 0)]);
    /// ```
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(patterns: I) -> Matcher {
        let patterns: Vec<String> = patterns.into_iter().map(Into::into).collect();
        let mut by_first: Vec<(char, u32)> =
            (0..patterns.len() as u32).filter_map(|i| Some((patterns[i as usize].chars().next()?, i))).collect();
        by_first.sort_by_key(|&(c, i)| (c, std::cmp::Reverse(patterns[i as usize].len()), i));
        Matcher { patterns, by_first, nfa: OnceLock::new(), dfa: OnceLock::new(), searched: AtomicUsize::new(0) }
    }

    /// The matches in `text`, left to right, leftmost-longest.
    pub fn find_iter<'a, 'h>(&'a self, text: &'h str) -> Matches<'a, 'h> {
        match self.automaton(text.len()) {
            Some(a) => Matches::Automaton(a.find_iter(text)),
            None => Matches::Scan { m: self, text, at: 0 },
        }
    }

    /// The automaton to search `len` more bytes with, or none while a scan is cheaper.
    fn automaton(&self, len: usize) -> Option<&AhoCorasick> {
        if let Some(Some(dfa)) = self.dfa.get() {
            return Some(dfa);
        }
        let searched = self.searched.fetch_add(len, Ordering::Relaxed) + len;
        if searched < SCAN_UNTIL {
            return None;
        }
        let nfa = self.nfa.get_or_init(|| {
            build(&self.patterns, AhoCorasickKind::ContiguousNFA)
                .unwrap_or_else(|| AhoCorasick::new(Vec::<&str>::new()).expect("an empty automaton"))
        });
        if searched < GROW_AFTER {
            return Some(nfa);
        }
        Some(self.dfa.get_or_init(|| build(&self.patterns, AhoCorasickKind::DFA)).as_ref().unwrap_or(nfa))
    }

    /// The longest pattern that starts at byte `at` of `text` (a character boundary).
    fn longest_at(&self, text: &str, at: usize) -> Option<Match> {
        let rest = &text[at..];
        let c = rest.chars().next()?;
        let from = self.by_first.partition_point(|&(f, _)| f < c);
        let found = self.by_first[from..]
            .iter()
            .take_while(|&&(f, _)| f == c)
            .find(|&&(_, i)| rest.starts_with(self.patterns[i as usize].as_str()))?;
        let len = self.patterns[found.1 as usize].len();
        Some(Match::new(PatternID::new_unchecked(found.1 as usize), at..at + len))
    }
}

/// The matches of [`Matcher::find_iter`].
pub enum Matches<'a, 'h> {
    /// Read by scanning the text.
    Scan {
        /// The matcher.
        m: &'a Matcher,
        /// The text searched.
        text: &'h str,
        /// Where the scan is.
        at: usize,
    },
    /// Read by an automaton.
    Automaton(aho_corasick::FindIter<'a, 'h>),
}

impl Iterator for Matches<'_, '_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        match self {
            Matches::Automaton(it) => it.next(),
            Matches::Scan { m, text, at } => {
                while *at < text.len() {
                    if let Some(found) = m.longest_at(text, *at) {
                        *at = found.end();
                        return Some(found);
                    }
                    *at += text[*at..].chars().next().map_or(1, char::len_utf8);
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(it: Matches<'_, '_>) -> Vec<(usize, usize, usize)> {
        it.map(|x| (x.start(), x.end(), x.pattern().as_usize())).collect()
    }

    #[test]
    fn the_scan_and_both_automata_find_the_same_matches() {
        let m = Matcher::new(["全国", "全国医療情報プラットフォーム", "障害", "障害時", "時", "障害"]);
        let text = "全国医療情報プラットフォームの障害時に全国で障害、全国医療";
        // a fresh matcher scans
        let scanned = m.find_iter(text);
        assert!(matches!(scanned, Matches::Scan { .. }));
        let before = spans(scanned);
        assert_eq!(
            before,
            [(0, 42, 1), (45, 54, 3), (57, 63, 0), (66, 72, 2), (75, 81, 0)],
            "leftmost-longest, the first of two equal patterns"
        );
        // past the scan's threshold: the NFA
        let long = "あ".repeat(SCAN_UNTIL / 3 + 1);
        assert_eq!(m.find_iter(&long).count(), 0);
        let nfa = m.find_iter(text);
        assert!(matches!(nfa, Matches::Automaton(_)) && m.dfa.get().is_none());
        assert_eq!(spans(nfa), before);
        // read past the DFA's threshold: the DFA takes over
        let long = "あ".repeat(GROW_AFTER / 3 + 1);
        assert_eq!(m.find_iter(&long).count(), 0);
        let dfa = m.dfa.get().and_then(Option::as_ref).expect("the DFA is built");
        assert_eq!(spans(Matches::Automaton(dfa.find_iter(text))), before);
        assert_eq!(spans(m.find_iter(text)), before);
    }
}
