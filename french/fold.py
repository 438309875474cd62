"""French words as people type them: accents, case, punctuation and small typos forgiven."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case, no accents, punctuation turned to spaces: « Écris-moi ! » -> "ecris moi"."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", without_marks.casefold()).split())


def words(text: str) -> list[str]:
    return fold(text).split()


MAX_TERM = 64

STOPWORDS = frozenset(
    """
    le la les de du des un une et en au aux a l d un une pour par sur dans avec sans que qui
    ce ces cet cette son sa ses se ne pas est sont ou il elle ils elles nous vous y
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def words_of(text: str) -> list[str]:
    """Folded words worth indexing or searching, in order, repeats kept: no stopwords, no
    single letters (single digits stay), each cut to `MAX_TERM` characters."""
    return [
        w[:MAX_TERM]
        for w in fold(text).split()
        if w not in STOPWORDS and (len(w) > 1 or w.isdigit())
    ]
