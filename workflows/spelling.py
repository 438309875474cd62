"""The words of the index, and the words a mistyped search word may have meant.

Search corrects every query word against the vocabulary of the indexed documents, then asks the
index for an exact AND over the corrected words: a typo costs one dictionary walk here instead
of a fuzzy scan of the index. Words arrive already folded by the caller (`commands.lexicon.fold`:
lower case, no accents), so "délibération" and "DELIBERATION" are the same word here.

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
Deleting letters instead of generating every substitution keeps a lookup to a few dozen dict
probes, whatever the alphabet.

Memory: a long word has C(n, 2) two-letter deletions, which at 300,000 words would be tens of
millions of entries. So only the first `prefix_length` letters of a word feed the index, as
SymSpell does; the distance is still checked on the whole word. This loses no match: two words
within k edits share a common subsequence reached by at most k deletions on each side, and
cutting both words to the same prefix length keeps that true for the prefixes (each prefix
needs no more deletions than the edits). Words sharing a prefix ("deliberation",
"deliberations", "deliberer") then share their index entries; the price is larger buckets to
verify. Measured on 300,000 generated French-looking words: 263 MiB and 0.19 ms per lookup
(p50) with 7 letters, 502 MiB and 0.10 ms with 8; uncut, 358 MiB already at 60,000 words.

A vocabulary word gets only as many deletions as the longest typed word that may reach it
needs: a 5-letter word can only be met by typed words of at most 6 letters, allowed one edit,
so it is filed with one deletion; 6-letter words and longer can be two edits from an 8-letter
typed word, so they get two.

`completions` serves words cut short ("delib" -> "deliberation") from a sorted list; new words
wait in a pending set and are merged at the next call, since an index rebuild adds thousands of
words between two searches.
"""

from __future__ import annotations

import bisect
import heapq
import re
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
        self._counts: dict[str, int] = {}
        self._deletes: dict[str, _Bucket] = {}
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
        known = self._counts.get(word)
        if known is not None:
            self._counts[word] = known + count
            return
        self._counts[word] = count
        self._pending.add(word)
        deletes = self._deletes
        for key in self._keys(word):
            bucket = deletes.get(key)
            if bucket is None:
                deletes[key] = word
            elif isinstance(bucket, str):
                deletes[key] = [bucket, word]
            else:
                bucket.append(word)

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
        known = self._counts.get(word)
        if known is None:
            return
        if known > count:
            self._counts[word] = known - count
            return
        del self._counts[word]
        if word in self._pending:
            self._pending.discard(word)
        else:
            i = bisect.bisect_left(self._sorted, word)
            if i < len(self._sorted) and self._sorted[i] == word:
                del self._sorted[i]
        for key in self._keys(word):
            bucket = self._deletes.get(key)
            if bucket is None:  # pragma: no cover - the index is built by add() alone
                continue
            if isinstance(bucket, str):
                if bucket == word:
                    del self._deletes[key]
                continue
            if word in bucket:
                bucket.remove(word)
            if len(bucket) == 1:
                self._deletes[key] = bucket[0]

    def _keys(self, word: str) -> set[str]:
        if len(word) > MAX_WORD_LENGTH or _has_digit(word):
            return set()
        depth = self._depth_by_length[len(word)]
        if depth == 0:
            return set()
        return _deletions(word[: self._prefix_length], depth)

    # -- lookups -------------------------------------------------------------------------------

    def __contains__(self, word: object) -> bool:
        return word in self._counts

    def __len__(self) -> int:
        return len(self._counts)

    def frequency(self, word: str) -> int:
        return self._counts.get(word, 0)

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
            count = self._counts.get(word)
            return [] if count is None else [(word, 0)]
        seen: set[str] = set()
        for key in _deletions(word[: self._prefix_length], k):
            bucket = self._deletes.get(key)
            if bucket is None:
                continue
            if isinstance(bucket, str):
                seen.add(bucket)
            else:
                seen.update(bucket)
        if word in self._counts:  # an exact-only word (digits) is not in the delete index
            seen.add(word)
        counts = self._counts
        # One call into rapidfuzz checks the whole bucket: long shared prefixes ("constru",
        # "deliber") gather hundreds of words, and a Python loop over them tripled the time.
        matches = process.extract(
            word, list(seen), scorer=OSA.distance, score_cutoff=k, limit=None
        )
        scored = [(int(d), -counts[other], other) for other, d, _ in matches]
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
        if len(word) != MIN_FUZZY_LENGTH - 1 or not word.isalpha() or word in self._counts:
            return []
        bucket = self._deletes.get(word)
        if bucket is None:
            return []
        found = [bucket] if isinstance(bucket, str) else bucket
        longer = [w for w in found if len(w) == len(word) + 1]
        return heapq.nsmallest(limit, longer, key=lambda w: (-self._counts[w], w))

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
        counts = self._counts
        return heapq.nsmallest(limit, words[start:end], key=lambda w: (-counts[w], len(w), w))

    def _merge_pending(self) -> None:
        """Sort new words in: one by one when few, by a full sort after a bulk load."""
        if not self._pending:
            return
        if len(self._pending) * 16 > len(self._sorted):
            self._sorted = sorted(self._counts)
        else:
            for word in self._pending:
                bisect.insort(self._sorted, word)
        self._pending.clear()


def build_vocabulary(terms: Iterable[tuple[str, int]]) -> Vocabulary:
    """The corrector for an index's words (word, number of documents holding it)."""
    vocabulary = Vocabulary()
    for word, count in terms:
        vocabulary.add(word, count)
    return vocabulary
