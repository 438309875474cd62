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
