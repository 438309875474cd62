"""Typo-forgiving vocabulary: the words a mistyped search word may have meant."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from french.fold import fold
from workflows.spelling import Vocabulary

TEXT = """
Délibération du conseil municipal portant approbation du budget primitif. Arrêté du maire
portant réglementation temporaire de la circulation rue de la République. Facture de
l'entreprise Durand pour la réfection de la voirie communale. Convention de mise à disposition
de la salle des fêtes. Permis de construire, déclaration préalable, certificat d'urbanisme.
Marché public de travaux, avenant, bon de commande, mandat, titre de recettes. État civil :
acte de naissance, acte de mariage, acte de décès. Cimetière : concession trentenaire.
Bulletin de paie, contrat de travail, arrêté de nomination, arrêtés, délibérations, délibérer.
Avenue Jean Jaurès, boulevard Gambetta, impasse des Lilas, chemin du Moulin, allée des Chênes.
Dupont, Durand, Dubois, Lefebvre, Lefèvre, Moreau, Martin, Bernard, Petit, Robert, Richard.
Aréna, arène, arête, rue, rues, mur, mer, loi, lois.
"""

WORDS = sorted(set(fold(TEXT).split()))


def vocabulary(**options: int) -> Vocabulary:
    vocab = Vocabulary(**options)
    for word in WORDS:
        vocab.add(word)
    return vocab


def found(vocab: Vocabulary, word: str) -> list[str]:
    return [w for w, _ in vocab.candidates(word, limit=100)]


def test_folded_words_feed_the_vocabulary() -> None:
    assert "deliberation" in WORDS
    assert "arrete" in WORDS


def test_exact_word_comes_first_at_distance_zero() -> None:
    vocab = vocabulary()
    vocab.add("arene", count=50)  # more frequent, but one edit away
    assert vocab.candidates("arrete")[0] == ("arrete", 0)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("factore", "facture"),  # substitution
        ("facturre", "facture"),  # insertion
        ("factre", "facture"),  # deletion
        ("fatcure", "facture"),  # swap
        ("arrtee", "arrete"),  # swap
        ("delibreation", "deliberation"),  # swap in a long word
        ("deliberatoin", "deliberation"),
        ("delberatin", "deliberation"),  # two deletions in a long word
        ("delibarasion", "deliberation"),  # two substitutions
        ("urbanismme", "urbanisme"),
        ("lefebre", "lefebvre"),
    ],
)
def test_typos_find_the_meant_word(typed: str, meant: str) -> None:
    vocab = vocabulary()
    assert typed not in vocab
    assert meant in found(vocab, typed)
    assert vocab.correct(typed) == meant


def test_distance_is_reported() -> None:
    vocab = vocabulary()
    assert ("facture", 1) in vocab.candidates("factre")
    assert ("deliberation", 2) in vocab.candidates("delberatin")


def test_two_edits_only_for_long_words() -> None:
    vocab = vocabulary()
    assert "facture" not in found(vocab, "fctre")  # 5 letters typed: one edit only
    assert "facture" not in found(vocab, "factrue1")  # digits: exact only
    assert "deliberation" not in found(vocab, "dlbration")  # three edits


def test_short_words_are_exact_only() -> None:
    vocab = vocabulary()
    assert vocab.candidates("mur") == [("mur", 0)]
    assert vocab.candidates("mor") == []
    assert vocab.candidates("rue") == [("rue", 0)]


def test_four_letter_word_may_mean_a_three_letter_one() -> None:
    vocab = vocabulary()
    assert found(vocab, "lios") == ["lois"]
    assert "loi" in found(vocab, "loiq")


def test_equal_distance_ranks_by_document_frequency() -> None:
    vocab = Vocabulary()
    vocab.add("arene", count=2)
    vocab.add("arrete", count=40)
    vocab.add("arete", count=5)
    assert vocab.candidates("arete") == [("arete", 0), ("arrete", 1), ("arene", 1)]
    vocab.add("arene", count=100)
    assert vocab.candidates("arete") == [("arete", 0), ("arene", 1), ("arrete", 1)]


def test_ties_are_alphabetical_and_limit_applies() -> None:
    vocab = Vocabulary()
    for word in ("mairie", "mairies", "marie", "maire"):
        vocab.add(word)
    assert vocab.candidates("mairie", limit=2) == [("mairie", 0), ("maire", 1)]
    assert vocab.candidates("mairie", limit=0) == []


def test_counts_add_up_and_down() -> None:
    vocab = Vocabulary()
    vocab.add("facture")
    vocab.add("facture", count=3)
    assert vocab.frequency("facture") == 4
    assert len(vocab) == 1
    vocab.remove("facture", count=2)
    assert vocab.frequency("facture") == 2
    assert vocab.candidates("factre") == [("facture", 1)]


def test_removed_word_never_comes_back() -> None:
    vocab = vocabulary()
    vocab.add("deliberations", count=2)
    vocab.remove("deliberations", count=3)
    assert "deliberations" not in vocab
    assert vocab.frequency("deliberations") == 0
    assert "deliberations" not in found(vocab, "deliberatinos")
    assert "deliberation" in found(vocab, "deliberatinos")
    assert "deliberations" not in vocab.completions("delib", limit=100)
    vocab.remove("deliberations")  # unknown now: nothing to do
    vocab.add("deliberations")
    assert "deliberations" in found(vocab, "deliberatinos")
    assert "deliberations" in vocab.completions("delib", limit=100)


def test_remove_everything_empties_the_index() -> None:
    vocab = vocabulary()
    for word in WORDS:
        vocab.remove(word)
    assert len(vocab) == 0
    assert vocab._recent == {}
    assert all(vocab.candidates(word) == [] for word in WORDS)
    assert vocab.completions("deli") == []


def test_removal_keeps_words_sharing_index_entries() -> None:
    vocab = Vocabulary()
    for word in ("deliberation", "deliberations", "deliberer"):
        vocab.add(word)
    vocab.remove("deliberations")
    assert found(vocab, "delibertion") == ["deliberation"]
    assert found(vocab, "delibrer") == ["deliberer"]


def test_completions_most_frequent_first() -> None:
    vocab = vocabulary()
    vocab.add("deliberation", count=10)
    vocab.add("deliberer", count=3)
    assert vocab.completions("delib") == ["deliberation", "deliberer", "deliberations"]
    assert vocab.completions("factu") == ["facture"]
    assert vocab.completions("facture") == ["facture"]
    assert vocab.completions("de") == []  # too short to mean anything
    assert vocab.completions("zzz") == []
    assert vocab.completions("delib", limit=1) == ["deliberation"]


def test_completions_see_words_added_after_a_lookup() -> None:
    vocab = vocabulary()
    assert vocab.completions("gamb") == ["gambetta"]
    vocab.add("gambettiste")
    vocab.add("aaaa")
    vocab.add("zzzz")
    assert vocab.completions("gamb") == ["gambetta", "gambettiste"]
    assert vocab.completions("zzz") == ["zzzz"]
    assert vocab._sorted == sorted(vocab._sorted)


def test_words_with_digits_are_exact_only() -> None:
    vocab = vocabulary()
    for word in ("2025", "2024", "b0001", "dossier2025"):
        vocab.add(word)
    assert vocab.candidates("2025") == [("2025", 0)]
    assert vocab.candidates("2026") == []
    assert vocab.candidates("b0002") == []
    assert vocab.candidates("b0001") == [("b0001", 0)]
    assert "dossier2025" not in found(vocab, "dossier2026")
    assert "dossier2025" not in found(vocab, "dossiera2025")
    vocab.add("dossiers")
    assert "dossier2025" not in found(vocab, "dossiers")


def test_very_long_words_are_exact_only() -> None:
    vocab = Vocabulary()
    long = "anticonstitutionnellementperdus"  # 31 letters
    vocab.add(long)
    assert vocab.candidates(long) == [(long, 0)]
    assert vocab.candidates(long[:-1] + "x") == []


def test_bad_arguments_are_refused() -> None:
    vocab = Vocabulary()
    with pytest.raises(ValueError):
        vocab.add("")
    with pytest.raises(ValueError):
        vocab.add("mot", count=0)
    with pytest.raises(ValueError):
        vocab.remove("mot", count=0)
    with pytest.raises(ValueError):
        Vocabulary(max_distance_long=0)


# -- properties --------------------------------------------------------------------------------

ALPHABET = "aeiourstlnc"  # few letters: many near neighbours in the vocabulary
vocab_words = st.text(alphabet=ALPHABET, min_size=1, max_size=14)


def one_edit(data: st.DataObject, word: str) -> str:
    kind = data.draw(st.sampled_from(["insert", "delete", "substitute", "swap"]))
    if kind == "insert":
        i = data.draw(st.integers(0, len(word)))
        return word[:i] + data.draw(st.sampled_from(ALPHABET)) + word[i:]
    i = data.draw(st.integers(0, len(word) - 1))
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "substitute":
        return word[:i] + data.draw(st.sampled_from(ALPHABET)) + word[i + 1 :]
    if len(word) < 2:
        return word
    if i == len(word) - 1:
        i -= 1
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def brute_force(vocab: Vocabulary, words: set[str], typed: str) -> set[str]:
    k = vocab.max_distance(typed)
    if k == 0:
        return {typed} & words
    return {w for w in words if OSA.distance(typed, w) <= k and not any(c.isdigit() for c in w)}


@settings(max_examples=300, deadline=None)
@given(data=st.data(), words=st.sets(vocab_words, min_size=1, max_size=60))
def test_one_edit_finds_the_original(data: st.DataObject, words: set[str]) -> None:
    vocab = Vocabulary()
    for word in words:
        vocab.add(word)
    original = data.draw(st.sampled_from(sorted(words)))
    assume(len(original) >= 4)
    typed = one_edit(data, original)
    assume(len(typed) >= 4)
    assert original in found(vocab, typed)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), words=st.sets(vocab_words, min_size=1, max_size=60))
def test_two_edits_on_long_words_find_the_original(data: st.DataObject, words: set[str]) -> None:
    vocab = Vocabulary()
    for word in words:
        vocab.add(word)
    original = data.draw(st.sampled_from(sorted(words)))
    assume(len(original) >= 8)
    typed = one_edit(data, one_edit(data, original))
    # Two edits on one spot can cost three (swap "ca" to "ac", then insert in between).
    assume(len(typed) >= 8 and OSA.distance(typed, original) <= 2)
    assert original in found(vocab, typed)


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    words=st.sets(vocab_words, min_size=1, max_size=80),
    prefix_length=st.integers(1, 9),
    max_distance_long=st.integers(1, 3),
    merge_from=st.sampled_from([1, 2, 7, 10_000]),
)
def test_candidates_are_exactly_the_words_within_reach(
    data: st.DataObject,
    words: set[str],
    prefix_length: int,
    max_distance_long: int,
    merge_from: int,
) -> None:
    """The prefix-cut delete index loses nothing and invents nothing, whatever its settings,
    with words in the frozen array, in the recent dict, or both, removed and added again."""
    vocab = Vocabulary(
        max_distance_long=max_distance_long, prefix_length=prefix_length, merge_from=merge_from
    )
    for word in words:
        vocab.add(word)
    removed = data.draw(st.sets(st.sampled_from(sorted(words))))
    for word in removed:
        vocab.remove(word)
    again = data.draw(st.sets(st.sampled_from(sorted(words))))
    for word in again:
        vocab.add(word)
        vocab.add(word)
        vocab.remove(word)
    removed -= again
    kept = words - removed
    base = data.draw(st.sampled_from(sorted(words)))
    typed = data.draw(st.sampled_from([base, one_edit(data, base), data.draw(vocab_words)]))
    got = vocab.candidates(typed, limit=len(words) + 1)
    assert {w for w, _ in got} == brute_force(vocab, kept, typed)
    assert all(d == OSA.distance(typed, w) for w, d in got)
    assert [(d, -vocab.frequency(w), w) for w, d in got] == sorted(
        (d, -vocab.frequency(w), w) for w, d in got
    )


def test_a_three_letter_word_found_nowhere_may_have_lost_a_letter() -> None:
    vocabulary = Vocabulary()
    for word, count in (("paie", 40), ("page", 5), ("pale", 1), ("mars", 9), ("par", 3)):
        vocabulary.add(word, count)
    assert vocabulary.one_letter_more("pae") == ["paie", "page", "pale"]
    assert vocabulary.one_letter_more("ars") == ["mars"]
    assert vocabulary.one_letter_more("par") == []  # a real word is taken as typed
    assert vocabulary.one_letter_more("pa") == []
    assert vocabulary.one_letter_more("p4e") == []


def test_a_bulk_build_answers_as_words_added_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """build_vocabulary (sorted runs merged into the frozen array) against plain adds, on
    enough generated words to span several runs."""
    import random

    from workflows import spelling

    rng = random.Random(7)
    letters = "abcdeilmnoprstu"
    words = sorted({
        "".join(rng.choice(letters) for _ in range(rng.randint(3, 12))) for _ in range(3000)
    })  # fmt: skip
    terms = [(w, rng.randint(1, 9)) for w in words]
    monkeypatch.setattr(spelling, "BUILD_RUN", 500)  # several runs
    bulk = spelling.build_vocabulary(terms)
    one_by_one = Vocabulary(merge_from=10**9)
    for word, count in terms:
        one_by_one.add(word, count)
    assert len(bulk._index) > 0 and bulk._recent == {}
    assert one_by_one._recent and len(one_by_one._index) == 0
    for typed in rng.sample(words, 200) + ["".join(rng.sample(w, len(w))) for w in words[:200]]:
        assert bulk.candidates(typed, limit=50) == one_by_one.candidates(typed, limit=50)
        assert bulk.completions(typed[:4]) == one_by_one.completions(typed[:4])
