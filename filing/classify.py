"""Which type a document is: the top suggestions the agent picks from, with why.

Two sources of evidence, in the spirit of Paperless-ngx's matching:

- **Rules** written in `referentiel/data/types.yaml` (and a collectivité's own file): words and
  phrases (`any`), sets of words (`all`), regular expressions and phrases read with a tolerance for
  OCR slips (`fuzzy`). A document type is mostly recognised from the top of its first page (the
  heading "ARRÊTÉ", "FACTURE", "Extrait du registre des délibérations"), so a hit there counts more
  than the same words deep in the body, where every act quotes others ("VU la délibération…"). Each
  further phrase of a type counts less than the previous one, so a type with a long word list does
  not win on volume.
- **Learning** from the filings agents confirmed: a naive Bayes over the words of documents
  (`tokens`), whose counts the database keeps and hands over as `Learned`. Each type is compared
  with the background of all confirmed documents: a word says "this type" only when it is more
  frequent in that type than in the collectivité's documents at large, so a collectivité that
  has only filed courriers so far does not see every document called a courrier. A type never
  confirmed has no learned evidence, for or against.

Both are added as log-odds: with nothing learned the rules decide alone; as confirmed examples
of a type accumulate, its learned evidence grows and can carry a document the rules miss (a
type the collectivité added without match words, or its own wording). Learning only adds
evidence *for* a type that looks like its confirmed documents, never against one: a type with
no confirmed documents yet (or a document unlike any) is left to the rules.

Limit: the background is the collectivité's own confirmed documents, so learning says little
while they are all of one type; it works from a few dozen filings of several types.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from french.dates import fold_keep_offsets
from french.fold import fold
from referentiel.model import DocType, MatchRule

TOP_CHARS = 600
"""The heading block: about the first dozen lines of page 1."""
PAGE_CHARS = 3000
"""About one page of text."""
TOP_FACTOR, PAGE_FACTOR, BODY_FACTOR = 1.0, 0.7, 0.4
DECAY = 0.6
"""Each further phrase of a type counts DECAY times the previous one."""
FUZZY_CHARS = 4000
"""Fuzzy reading (the slow part) looks at the first page and a half only."""
FUZZY_MIN_LENGTH = 8
FUZZY_FACTOR = 0.9
"""A phrase read approximately counts a little less than one read exactly."""
SINGLE_WORD_FACTOR = 0.75
"""A lone word ("travaux", "école") says less than a phrase ("arrêté temporaire")."""
HEADING_FACTOR = 1.3
"""A hit on a title line in capitals near the top ("FACTURE N° 42") says the most."""
HEADING_WORDS = 10

RULE_SCALE = 2.5
"""Log-odds of one rule point: a heading found makes its type about 12 times likelier."""
LEARNED_SCALE = 1.0
"""Log-odds of one unit of learned evidence (the naive Bayes sum over the document's words,
divided by the square root of their number: naive Bayes sums are overconfident)."""
SMOOTHING = 5.0
"""Pseudo-documents pulling a type's word rates toward the background."""
BACKGROUND_SMOOTHING = 5.0
"""Pseudo-documents pulling the background toward the prior rate of any word."""
WORD_EVIDENCE_CAP = 2.5
"""No single word moves a type by more than this (rare words are noisy)."""
WORD_AGAINST_CAP = 1.0
"""A word of other documents missing from a type's examples counts less against it than a
characteristic word counts for it: a few examples never show all of a type's wording."""
SIMILAR_THRESHOLD = 1.0
"""Learned log-odds from which "ressemble à N documents" is given as a reason."""

_STOPWORDS = frozenset(
    """
    les des une aux est sont pour par sur dans avec sans sous que qui quoi dont ont ete etre
    avoir fait faire cette ces cet son sa ses leur leurs nos notre vos votre mon mes ton tes
    elle elles ils nous vous lui eux moi toi soi mais ou donc car puis plus moins tres tout
    tous toute toutes autre autres meme aussi ainsi alors apres avant entre chez vers selon
    pas peu non oui deja encore comme quand lorsque lors afin avoir avait sera seront serait
    etait etaient fut sous ledit ladite lesdits lesdites celui celle ceux celles ceci cela
    """.split()  # noqa: SIM905 - a word list reads better as text
)


@dataclass(frozen=True)
class Suggestion:
    type_id: str
    score: float  # a probability over the types given, comparable within one call
    reasons: tuple[str, ...]  # French, short: "« permis de construire » trouvé"


@dataclass
class Learned:
    """Counts from filings agents confirmed, restricted to the tokens of the document being
    classified (the database answers for those words only).

    The words counted must be those of `tokens` (same folding, same limit), on the text the
    type was confirmed for.
    """

    docs: dict[str, int]  # type_id -> confirmed documents
    token_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    # type_id -> token -> number of confirmed documents of that type containing it
    vocabulary: int = 0  # distinct tokens overall (sets the prior rate of a word)


def tokens(text: str, limit: int = 300) -> list[str]:
    """The words that characterise a document, as learning counts them.

    Distinct, folded, at least three letters, no French stopwords and no numbers, in order of
    first appearance: the first `limit` cover the first pages, where the type shows.
    """
    seen: dict[str, None] = {}
    for word in fold(text).split():
        if word in seen or word in _STOPWORDS:
            continue
        if sum(c.isalpha() for c in word) < 3:
            continue
        seen[word] = None
        if len(seen) >= limit:
            break
    return list(seen)


def learned_from(examples: Iterable[tuple[str, str]], text: str, limit: int = 300) -> Learned:
    """`Learned` for `text` from (type_id, document text) pairs, as the database computes it.

    For tests and benchmarks; the bot reads these counts from its tables instead.
    """
    wanted = set(tokens(text, limit))
    docs: dict[str, int] = {}
    counts: dict[str, dict[str, int]] = {}
    vocabulary: set[str] = set()
    for type_id, example in examples:
        words = tokens(example, limit)
        vocabulary.update(words)
        docs[type_id] = docs.get(type_id, 0) + 1
        per_type = counts.setdefault(type_id, {})
        for word in wanted.intersection(words):
            per_type[word] = per_type.get(word, 0) + 1
    return Learned(docs, counts, len(vocabulary))


# ---------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Hit:
    contribution: float
    reason: str


def _factor(position: int) -> float:
    if position < TOP_CHARS:
        return TOP_FACTOR
    if position < PAGE_CHARS:
        return PAGE_FACTOR
    return BODY_FACTOR


_WORD = re.compile(r"[^\W_]+")


class _Document:
    """A text read once: its words (folded) with where each is, and where each word occurs.

    Phrases are then looked up word by word, in the order written, whatever the spacing,
    line breaks or punctuation between the words ("l'État" is "l etat", "n°" is "n").
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold_keep_offsets(text)
        self.words: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.index: dict[str, list[int]] = {}
        for found in _WORD.finditer(self.folded):
            self.index.setdefault(found.group(), []).append(len(self.words))
            self.words.append(found.group())
            self.spans.append(found.span())
        self.fuzzy_text = self.folded[:FUZZY_CHARS].replace("\n", " ")

    def find(self, words: tuple[str, ...]) -> tuple[int, int] | None:
        """Offsets of the first place the words stand in a row, or None."""
        if not words:
            return None
        size = len(words)
        for position in self.index.get(words[0], ()):
            if tuple(self.words[position : position + size]) == words:
                return self.spans[position][0], self.spans[position + size - 1][1]
        return None


@lru_cache(maxsize=8192)
def _words(phrase: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold_keep_offsets(phrase)))


@lru_cache(maxsize=1024)
def _regex(expression: str) -> re.Pattern[str] | None:
    try:
        return re.compile(expression, re.IGNORECASE | re.MULTILINE)
    except re.error:
        return None  # the referential is validated at start; a bad one never breaks a filing


def _quote(text: str, start: int, end: int) -> str:
    return "« " + " ".join(text[start:end].split()) + " »"


def _heading(text: str, start: int) -> bool:
    """Is the hit on a title line: near the top, short, in capitals ("ARRÊTÉ TEMPORAIRE N° 12")?"""
    if start >= TOP_CHARS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    letters = [c for c in line if c.isalpha()]
    return (
        len(line.split()) <= HEADING_WORDS
        and len(letters) >= 4
        and sum(c.isupper() for c in letters) >= 0.7 * len(letters)
    )


def _contribution(text: str, start: int, phrase: str, shared: int) -> float:
    value = _factor(start)
    if " " not in phrase:
        value *= SINGLE_WORD_FACTOR
    if _heading(text, start):
        value *= HEADING_FACTOR
    return value / math.sqrt(max(1, shared))


def _rule_hits(doctype: DocType, document: _Document, shared: dict[str, int]) -> list[_Hit]:
    rule = doctype.match
    text = document.text
    hits: list[_Hit] = []
    fuzzy = _fuzzy_phrases(rule)
    for phrase in _phrases(rule):
        found = document.find(_words(phrase))
        if found is not None:
            start, end = found
            hits.append(
                _Hit(
                    _contribution(text, start, phrase, shared.get(phrase, 1)),
                    f"{_quote(text, start, end)} trouvé",
                )
            )
            continue
        if phrase in fuzzy and len(phrase) >= FUZZY_MIN_LENGTH:
            cutoff = 85.0 if len(phrase) >= 15 else 90.0
            aligned = fuzz.partial_ratio_alignment(
                phrase, document.fuzzy_text, score_cutoff=cutoff
            )
            if aligned is not None:
                start, end = aligned.dest_start, aligned.dest_end
                value = _contribution(text, start, phrase, shared.get(phrase, 1))
                hits.append(
                    _Hit(
                        value * FUZZY_FACTOR * aligned.score / 100,
                        f"{_quote(text, start, end)} lu comme « {phrase} »",
                    )
                )
    if rule.all:
        positions = []
        for word in rule.all:
            found = document.find(_words(word))
            if found is None:
                break
            positions.append(found[0])
        else:
            hits.append(_Hit(_factor(max(positions)), f"« {' + '.join(rule.all)} » trouvés"))
    for expression in rule.regex:
        compiled = _regex(expression)
        matched = compiled.search(document.folded) if compiled is not None else None
        if matched is not None and matched.end() > matched.start():
            hits.append(
                _Hit(
                    _factor(matched.start()),
                    f"{_quote(text, matched.start(), matched.end())} reconnu",
                )
            )
    return hits


@lru_cache(maxsize=1024)
def _phrases(rule: MatchRule) -> tuple[str, ...]:
    """The rule's phrases, folded ("l'État" -> "l etat"), each once."""
    folded = (" ".join(_words(p)) for p in (*rule.any, *rule.fuzzy))
    return tuple(dict.fromkeys(p for p in folded if p))


@lru_cache(maxsize=1024)
def _fuzzy_phrases(rule: MatchRule) -> frozenset[str]:
    return frozenset(" ".join(_words(p)) for p in rule.fuzzy)


def _shared(types: Sequence[DocType]) -> dict[str, int]:
    """In how many types each phrase appears: a phrase several types share tells less."""
    counts: dict[str, int] = {}
    for doctype in types:
        for phrase in _phrases(doctype.match):
            counts[phrase] = counts.get(phrase, 0) + 1
    return counts


def _rule_score(hits: list[_Hit]) -> float:
    ordered = sorted((hit.contribution for hit in hits), reverse=True)
    return sum(value * DECAY**rank for rank, value in enumerate(ordered))


# ---------------------------------------------------------------------------- learning


def _learned_evidence(words: list[str], learned: Learned) -> dict[str, float]:
    """Per type, the log-likelihood ratio of the document's words against the background.

    Bernoulli naive Bayes on the words present (absent words are not counted: the counts come
    restricted to this document's words). A word nobody ever filed says nothing; a word of
    the collectivité's documents at large says nothing either.
    """
    total = sum(count for count in learned.docs.values() if count > 0)
    if total == 0 or not words:
        return {}
    vocabulary = max(learned.vocabulary, len(words))
    prior_rate = min(0.5, len(words) / vocabulary)
    overall: dict[str, int] = {}
    for per_type in learned.token_counts.values():
        for word, count in per_type.items():
            overall[word] = overall.get(word, 0) + count
    known = [word for word in words if overall.get(word, 0) > 0]
    evidence: dict[str, float] = {}
    for type_id, docs in learned.docs.items():
        if docs <= 0:
            continue
        per_type = learned.token_counts.get(type_id, {})
        score = 0.0
        for word in known:
            background = (overall[word] + BACKGROUND_SMOOTHING * prior_rate) / (
                total + BACKGROUND_SMOOTHING
            )
            rate = (per_type.get(word, 0) + SMOOTHING * background) / (docs + SMOOTHING)
            ratio = math.log(rate / background)
            score += max(-WORD_AGAINST_CAP, min(WORD_EVIDENCE_CAP, ratio))
        evidence[type_id] = max(0.0, score / math.sqrt(len(known))) if known else 0.0
    return evidence


# ---------------------------------------------------------------------------- suggestions


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("s" if count > 1 else "")


def suggest(
    text: str,
    types: Sequence[DocType],
    learned: Learned | None = None,
    k: int = 3,
) -> list[Suggestion]:
    """The k likeliest types for a document, best first (fewer only when fewer types exist)."""
    if not types or k <= 0:
        return []
    document = _Document(text)
    evidence = _learned_evidence(tokens(text), learned) if learned is not None else {}
    shared = _shared(types)
    scored: list[tuple[float, int, DocType, list[str]]] = []
    for order, doctype in enumerate(types):
        hits = _rule_hits(doctype, document, shared)
        rules = doctype.match.weight * _rule_score(hits)
        learned_logit = LEARNED_SCALE * evidence.get(doctype.id, 0.0)
        reasons = [
            hit.reason for hit in sorted(hits, key=lambda hit: hit.contribution, reverse=True)[:2]
        ]
        if learned_logit >= SIMILAR_THRESHOLD and learned is not None:
            count = learned.docs.get(doctype.id, 0)
            reasons.append(
                f"ressemble à {_plural(count, 'document')} déjà classé" + "s" * (count > 1)
            )
        scored.append((RULE_SCALE * rules + learned_logit, order, doctype, reasons))
    scored.sort(key=lambda item: (-item[0], item[1]))
    top = max(item[0] for item in scored)
    weights = [math.exp(item[0] - top) for item in scored]
    norm = sum(weights)
    return [
        Suggestion(
            doctype.id,
            round(weight / norm, 4),
            tuple(reasons)
            if reasons
            else ("aucun indice dans le texte : proposé faute de mieux",),
        )
        for (_logit, _order, doctype, reasons), weight in zip(scored[:k], weights[:k], strict=True)
    ]
