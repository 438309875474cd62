"""The words of the index, and the words a mistyped search word may have meant.

Search corrects every query word against this vocabulary (every word of the indexed documents,
read from the `search_term` table at start, then learnt and forgotten after each commit), then
asks the word index (`search_posting`) for the documents holding, for every word, one of its
spellings: a typo costs one lookup here instead of a fuzzy scan of the index. Words arrive
already folded by the caller (`french.fold.fold`: lower case, no accents), so "délibération"
and "DELIBERATION" are the same word here.

How far a typed word may be from what it means depends on its length, because a short word with
one edit is often another real word ("mer"/"mur"/"mar") while a long word survives two slips
("delibreation" is still only "deliberation"):

- 1 to 3 letters: exact only;
- 4 to 7 letters (below `long_from`): one edit;
- `long_from` letters and more: `max_distance_long` edits;
- words holding a digit ("2025", "b0001") and words over `MAX_WORD_LENGTH` letters: exact only.
  A reference or a year with one digit changed is another document, not a typo.

An edit is an insertion, a deletion, a substitution or a swap of two adjacent letters
(optimal string alignment): "arrtee" is one edit from "arrete", as typing slips usually are.

Candidates come from a symmetric delete index (the SymSpell idea): every vocabulary word is
filed under the strings obtained by deleting up to d of its letters; a typed word is looked up
under its own deletions, and every word met is checked with the true distance (rapidfuzz OSA).
Deleting letters instead of generating every substitution keeps a lookup to a few dozen index
probes, whatever the alphabet.

Prefixes: a long word has C(n, 2) two-letter deletions, tens of millions of entries at 300,000
words. So only the first `prefix_length` letters of a word feed the index, as SymSpell does;
the distance is still checked on the whole word. This loses no match: two words within k edits
share a common subsequence reached by at most k deletions on each side, and cutting both words
to the same prefix length keeps that true for the prefixes (each prefix needs no more deletions
than the edits). Words sharing a prefix ("deliberation", "deliberations", "deliberer") then
share their index entries; the price is larger buckets to verify.

In memory, the delete index is one sorted array of 64-bit integers, each entry a delete key's
hash (high bits) and a word id (low `ID_BITS`), found by binary search: 8 bytes an entry where
a dict of strings costs some 50. Words added since the last merge wait in a small dict and are
folded into the array after `merge_from` of them; a removed word's entries stay in the array,
skipped at lookup, until the next merge drops them. At start, `VocabularyBuilder` fills the
array from the database page by page.

A vocabulary word gets only as many deletions as the longest typed word that may reach it
needs: a 5-letter word can only be met by typed words of at most 6 letters, allowed one edit,
so it is filed with one deletion; 6-letter words and longer can be two edits from an 8-letter
typed word, so they get two.

`completions` serves words cut short ("delib" -> "deliberation") from a sorted list; new words
wait in a pending set and are sorted in at the next call, since one filed document may bring
many new words between two searches.
"""

from __future__ import annotations

import bisect
import heapq
import re
from array import array
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

MIN_FUZZY_LENGTH = 4
"""Shorter typed words are corrected only by an exact hit: one edit turns them into other words."""

MAX_WORD_LENGTH = 30
"""Longer words are a pasted identifier or a run-together OCR line, not something mistyped."""

MIN_PREFIX_LENGTH = 3
"""Completions of one or two letters would list half the vocabulary."""

DEFAULT_PREFIX_LENGTH = 7
"""Letters of a word that feed the delete index (SymSpell's default); see the module notes."""

_Bucket = str | list[str]
"""A delete-index entry: most variants belong to one word, kept bare to spare a list each."""

ID_BITS = 26
"""Low bits of a frozen-index entry: the word's id (67 million words)."""
ID_MASK = (1 << ID_BITS) - 1
HASH_MASK = (1 << (64 - ID_BITS)) - 1
"""High bits: the delete key's hash. Two keys sharing 38 bits of hash only add a candidate
that the true distance then rejects; Python's string hash changes between processes, and the
index lives in one."""

MERGE_FROM = 20_000
"""New words kept in the small dict index before they are folded into the frozen array."""
BUILD_RUN = 2_000
"""Words whose delete-index entries are sorted together in a bulk build. The sort holds a
Python int per entry (about 40 bytes, where the array keeps 8): small runs keep that
transient small, and the freed ints are reused by the next run instead of scattering the
heap (runs of 20,000 words raised the bot's peak at start by 13 MB at 90,000 words)."""


def _as_list(bucket: _Bucket) -> list[str]:
    return [bucket] if isinstance(bucket, str) else bucket


_has_digit = re.compile(r"\d").search


def _deletions(word: str, depth: int) -> set[str]:
    """`word` and every string made by deleting up to `depth` of its letters."""
    found = {word}
    level = {word}
    for _ in range(depth):
        level = {w[:i] + w[i + 1 :] for w in level for i in range(len(w))}
        found |= level
    return found


class Vocabulary:
    """Words of the index with their document frequency; finds the words a typed word may mean."""

    def __init__(
        self,
        max_distance_long: int = 2,
        long_from: int = 8,
        *,
        prefix_length: int = DEFAULT_PREFIX_LENGTH,
        merge_from: int = MERGE_FROM,
    ) -> None:
        if max_distance_long < 1:
            raise ValueError("max_distance_long doit valoir au moins 1")
        if long_from <= MIN_FUZZY_LENGTH:
            raise ValueError(f"long_from doit dépasser {MIN_FUZZY_LENGTH}")
        if prefix_length < 1:
            raise ValueError("prefix_length doit valoir au moins 1")
        self._max_distance_long = max_distance_long
        self._long_from = long_from
        self._prefix_length = prefix_length
        self._merge_from = max(1, merge_from)
        self._ids: dict[str, int] = {}
        self._words: list[str] = []  # by id; "" once removed
        self._counts = array("l")  # by id; 0 once removed
        self._index = array("Q")  # sorted (key hash << ID_BITS | id): the frozen delete index
        self._recent: dict[str, _Bucket] = {}  # delete key -> words added since the last merge
        self._recent_words = 0
        self._dead = 0  # removed words still in the frozen index
        self._sorted: list[str] = []
        self._pending: set[str] = set()
        self._depth_by_length = tuple(self._depth_for(n) for n in range(MAX_WORD_LENGTH + 1))

    # -- distances -----------------------------------------------------------------------------

    def max_distance(self, word: str) -> int:
        """Edits forgiven on a typed `word`; 0 means it must be found as typed."""
        n = len(word)
        if n < MIN_FUZZY_LENGTH or n > MAX_WORD_LENGTH or _has_digit(word):
            return 0
        if n < self._long_from:
            return 1
        return self._max_distance_long

    def _depth_for(self, n: int) -> int:
        """Deletions a vocabulary word of `n` letters needs: the most edits a typed word reaching
        it gets.

        A typed word of length m allowed k edits reaches words of length m-k..m+k, so this word
        matters to typed lengths within `max_distance_long` of n that allow enough edits.
        """
        depth = 0
        reach = self._max_distance_long
        for m in range(max(MIN_FUZZY_LENGTH, n - reach), min(MAX_WORD_LENGTH, n + reach) + 1):
            k = 1 if m < self._long_from else self._max_distance_long
            if abs(m - n) <= k:
                depth = max(depth, k)
        return depth

    # -- maintenance ---------------------------------------------------------------------------

    def add(self, word: str, count: int = 1) -> None:
        """Count `word` in `count` more documents; a new word joins the indexes."""
        if not word:
            raise ValueError("mot vide")
        if count < 1:
            raise ValueError("count doit valoir au moins 1")
        known = self._ids.get(word)
        if known is not None:
            self._counts[known] += count
            return
        self._ids[word] = len(self._words)
        self._words.append(word)
        self._counts.append(count)
        self._pending.add(word)
        recent = self._recent
        for key in self._keys(word):
            bucket = recent.get(key)
            if bucket is None:
                recent[key] = word
            elif isinstance(bucket, str):
                recent[key] = [bucket, word]
            else:
                bucket.append(word)
        self._recent_words += 1
        if self._recent_words >= self._merge_from:
            self._merge_recent()

    def update(self, words: Iterable[str]) -> None:
        """Count each word of a document's word list once (the document frequency)."""
        for word in set(words):
            self.add(word)

    def remove(self, word: str, count: int = 1) -> None:
        """Uncount `word` from `count` documents; at zero it leaves every index.

        Removing more than is held, or an unknown word, just empties it: a deleted document
        re-read by another extractor must not crash the purge.
        """
        if count < 1:
            raise ValueError("count doit valoir au moins 1")
        known = self._ids.get(word)
        if known is None:
            return
        if self._counts[known] > count:
            self._counts[known] -= count
            return
        del self._ids[word]
        self._counts[known] = 0
        self._words[known] = ""
        if word in self._pending:
            self._pending.discard(word)
        else:
            i = bisect.bisect_left(self._sorted, word)
            if i < len(self._sorted) and self._sorted[i] == word:
                del self._sorted[i]
        if not self._drop_recent(word):
            self._dead += 1  # its frozen entries are skipped, and dropped at the next merge
            if self._dead >= max(self._merge_from, len(self._ids) // 4):
                self._merge_recent()

    def _add_unindexed(self, word: str, count: int) -> None:
        """A new word, its delete-index entries and its place in the completions' sorted list
        to be made by the caller (a bulk build)."""
        self._ids[word] = len(self._words)
        self._words.append(word)
        self._counts.append(count)

    def _drop_recent(self, word: str) -> bool:
        """Take a word out of the recent delete index; False when it is in the frozen one."""
        found = False
        for key in self._keys(word):
            bucket = self._recent.get(key)
            if bucket is None:
                continue
            if isinstance(bucket, str):
                if bucket == word:
                    del self._recent[key]
                    found = True
                continue
            if word in bucket:
                bucket.remove(word)
                found = True
            if len(bucket) == 1:
                self._recent[key] = bucket[0]
        if found:
            self._recent_words -= 1
        return found or not self._keys(word)

    def _keys(self, word: str) -> set[str]:
        if len(word) > MAX_WORD_LENGTH or _has_digit(word):
            return set()
        depth = self._depth_by_length[len(word)]
        if depth == 0:
            return set()
        return _deletions(word[: self._prefix_length], depth)

    def _entries(self, words: Iterable[str]) -> list[int]:
        """Sorted frozen-index entries of these words: (key hash << ID_BITS | id)."""
        ids = self._ids
        return sorted(
            (hash(key) & HASH_MASK) << ID_BITS | ids[word]
            for word in words
            for key in self._keys(word)
        )

    def _merge_recent(self) -> None:
        """Fold the recent words into the frozen index, dropping removed words' entries.

        The frozen index is one array of 64-bit integers, 8 bytes an entry where a dict of
        strings costs some 50: at 90,000 words (a million entries) it is 8 MB instead of 44.
        Merging walks it once (about a second per ten million entries), so it runs only
        after `merge_from` new words; until then new words wait in a small dict.
        """
        words = {w for bucket in self._recent.values() for w in _as_list(bucket)}
        fresh = self._entries(words)
        counts = self._counts
        old: Iterable[int] = self._index
        if self._dead:
            old = (e for e in self._index if counts[e & ID_MASK])
        self._index = array("Q", heapq.merge(old, fresh))
        self._recent = {}
        self._recent_words = 0
        self._dead = 0

    def _lookup(self, key: str) -> list[str]:
        """Words filed under a delete key, in both indexes, without removed ones."""
        found: list[str] = []
        index = self._index
        if index:
            low = (hash(key) & HASH_MASK) << ID_BITS
            high = low | ID_MASK
            i = bisect.bisect_left(index, low)
            n = len(index)
            words, counts = self._words, self._counts
            while i < n and index[i] <= high:
                word_id = index[i] & ID_MASK
                if counts[word_id]:
                    found.append(words[word_id])
                i += 1
        bucket = self._recent.get(key)
        if bucket is not None:
            found.extend(_as_list(bucket))
        return found

    # -- lookups -------------------------------------------------------------------------------

    def __contains__(self, word: object) -> bool:
        return word in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def frequency(self, word: str) -> int:
        known = self._ids.get(word)
        return 0 if known is None else self._counts[known]

    def candidates(self, word: str, *, limit: int = 8) -> list[tuple[str, int]]:
        """Words of the vocabulary the typed `word` may mean, as (word, distance), best first.

        Best is the fewest edits, so a word typed right always comes first; at equal distance
        the word found in more documents is the likelier intent ("arete" is one edit from both
        "arrete" and "arene"; a mairie files far more arrêtés). Ties end alphabetically so the
        same query always gets the same correction.
        """
        if limit < 1:
            return []
        k = self.max_distance(word)
        if k == 0:
            return [(word, 0)] if word in self._ids else []
        seen: set[str] = set()
        for key in _deletions(word[: self._prefix_length], k):
            seen.update(self._lookup(key))
        if word in self._ids:  # an exact-only word (digits) is not in the delete index
            seen.add(word)
        frequency = self.frequency
        # One call into rapidfuzz checks the whole bucket: long shared prefixes ("constru",
        # "deliber") gather hundreds of words, and a Python loop over them tripled the time.
        matches = process.extract(
            word, list(seen), scorer=OSA.distance, score_cutoff=k, limit=None
        )
        scored = [(int(d), -frequency(other), other) for other, d, _ in matches]
        best = heapq.nsmallest(limit, scored)
        return [(w, d) for d, _, w in best]

    def one_letter_more(self, word: str, *, limit: int = 8) -> list[str]:
        """Words that are `word` with one letter added ("pae" -> "paie", "page"), most frequent
        first.

        A typed word of three letters is exact-only (a slip in it usually makes another real
        word), but when it is no word of the index at all, the commonest slip, a dropped
        letter, is worth trying: four-letter words are filed under their one-letter deletions,
        so this is one dictionary probe.
        """
        if len(word) != MIN_FUZZY_LENGTH - 1 or not word.isalpha() or word in self._ids:
            return []
        longer = {w for w in self._lookup(word) if len(w) == len(word) + 1}
        return heapq.nsmallest(limit, longer, key=lambda w: (-self.frequency(w), w))

    def correct(self, word: str) -> str | None:
        """The word search should use for `word`, or None when nothing is close enough."""
        found = self.candidates(word, limit=1)
        return found[0][0] if found else None

    def completions(self, prefix: str, *, limit: int = 8) -> list[str]:
        """Vocabulary words starting with `prefix`, most frequent first, then shorter, then a-z.

        For a word cut short: "delib" -> "deliberation"; the shortest word is the likelier end
        of a cut word among equals. The prefix itself counts when it is a word. Fewer than
        `MIN_PREFIX_LENGTH` letters gives nothing.
        """
        if len(prefix) < MIN_PREFIX_LENGTH or limit < 1:
            return []
        self._merge_pending()
        words = self._sorted
        start = bisect.bisect_left(words, prefix)
        end = bisect.bisect_left(words, prefix + "\U0010ffff", lo=start)
        frequency = self.frequency
        return heapq.nsmallest(limit, words[start:end], key=lambda w: (-frequency(w), len(w), w))

    def _merge_pending(self) -> None:
        """Sort new words in: one by one when few, by a full sort after a bulk load."""
        if not self._pending:
            return
        if len(self._pending) * 16 > len(self._sorted):
            self._sorted = sorted(self._ids)
        else:
            for word in self._pending:
                bisect.insort(self._sorted, word)
        self._pending.clear()


class VocabularyBuilder:
    """Builds the corrector from terms read page by page (`feed`, then `finish`).

    New words are counted at once and their delete-index entries sorted in runs of
    `BUILD_RUN` words, merged into the frozen array at the end: neither the whole term list
    nor the whole entry list ever exists as Python objects (at 100,000 documents they weighed
    about 24 and 40 MB, memory the process then kept).
    """

    def __init__(self) -> None:
        self.vocabulary = Vocabulary(merge_from=1 << 62)
        self._words: list[str] = []
        self._runs: list[array[int]] = []

    def feed(self, terms: Iterable[tuple[str, int]]) -> None:
        vocabulary = self.vocabulary
        for word, count in terms:
            if word in vocabulary:
                vocabulary.add(word, count)
                continue
            vocabulary._add_unindexed(word, count)
            self._words.append(word)
            if len(self._words) >= 5000:
                self._flush()

    def _flush(self) -> None:
        self._runs.append(array("Q", self.vocabulary._entries(self._words)))
        self._words = []

    def finish(self) -> Vocabulary:
        self._flush()
        vocabulary = self.vocabulary
        # Sized once, then filled: an array grown entry by entry is copied as it grows.
        index = array("Q", [0]) * sum(len(run) for run in self._runs)
        for position, entry in enumerate(heapq.merge(*self._runs)):
            index[position] = entry
        self._runs = []
        vocabulary._index = index
        vocabulary._merge_from = MERGE_FROM
        vocabulary._sorted = sorted(vocabulary._ids)
        return vocabulary


def build_vocabulary(terms: Iterable[tuple[str, int]]) -> Vocabulary:
    """The corrector for an index's words (word, number of documents holding it)."""
    builder = VocabularyBuilder()
    builder.feed(terms)
    return builder.finish()
