"""How well and how fast Greffier suggests a document's type and proposes its key facts.

    .venv/bin/python -m bench.classify

On the labelled corpus of `tests/filing/classify_corpus.py`: the part the rules were written
against ("seen") and the part written afterwards and never tuned on ("held-out", the honest
figure). Rules alone, then rules with learning from the seen part as confirmed filings; then a
type the collectivité adds without any match words, learned from a few confirmed examples.
Time is per suggestion on texts the length of two pages. Proposals of key facts are counted
right, wrong (the worst case: a distracted "oui" files it) or absent, on clean documents and
on the OCR-noisy ones (where a right value may carry the noise). Last, the PDFs another engineer
wrote for the filing tests, read back with pypdf: documents nobody tuned the rules on.
"""

from __future__ import annotations

import datetime as dt
import inspect
import io
import random
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from bench.figures import figure, median, percentile
from filing.classify import learned_from, suggest
from filing.extract import propose
from referentiel.model import DocType
from tests.filing.classify_corpus import Ctx, Sample, accuracy, corpus, filler, load_types
from tests.filing.sensitive_corpus import NEWEST
from tests.filing.test_classify import NEW_TYPE, buvette

TWO_PAGES = 6000  # characters


def confusions(samples: list[Sample], types: list[DocType]) -> list[str]:
    counts: Counter[tuple[str, str]] = Counter()
    for sample in samples:
        first = suggest(sample.text, types)[0].type_id
        if first != sample.type_id:
            counts[(sample.type_id, first)] += 1
    return [f"{expected} -> {got} ({n})" for (expected, got), n in counts.most_common()]


def timing(
    samples: list[Sample], types: list[DocType], training: list[Sample]
) -> tuple[list[float], list[float]]:
    texts = []
    for index, sample in enumerate(samples):
        text, paragraphs = sample.text, 0
        while len(text) < TWO_PAGES:
            paragraphs += 1
            text = f"{sample.text}\n\n{filler(paragraphs, seed=index)}"
        texts.append(text)
    examples = [(s.type_id, s.text) for s in training]
    for text in texts[:5]:
        suggest(text, types)  # warm caches
    rules, learned = [], []
    for text in texts:
        started = time.perf_counter()
        suggest(text, types)
        rules.append((time.perf_counter() - started) * 1000)
        counts = learned_from(examples, text)  # the database's part, not timed
        started = time.perf_counter()
        suggest(text, types, counts)
        learned.append((time.perf_counter() - started) * 1000)
    return rules, learned


def new_type_curve(types: list[DocType], training: list[Sample]) -> dict[int, float]:
    rng = random.Random(11)
    confirmed = [buvette(Ctx(rng)) for _ in range(12)]
    fresh = [buvette(Ctx(rng)) for _ in range(40)]
    background = [(s.type_id, s.text) for s in training]
    extended = [*types, NEW_TYPE]
    curve = {}
    for count in (0, 1, 3, 5, 12):
        examples = background + [("buvette", text) for text in confirmed[:count]]
        hits = sum(
            suggest(text, extended, learned_from(examples, text))[0].type_id == "buvette"
            for text in fresh
        )
        curve[count] = 100 * hits / len(fresh)
    return curve


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def proposals(samples: list[Sample], types: list[DocType], noisy: bool) -> Counter[str]:
    by_id = {t.id: {f.name: f for f in t.fields} for t in types}
    counts: Counter[str] = Counter()
    for sample in samples:
        if sample.noisy != noisy:
            continue
        for name, expected in sample.facts.items():
            found = propose(sample.text, by_id[sample.type_id][name])
            if found is None:
                counts["none"] += 1
            else:
                counts["right" if _same(found.value, expected) else "wrong"] += 1
    return counts


@dataclass
class Sensitivity:
    """What the sensitivity check did on a set of documents, each with its true type as the
    agent confirms it before filing."""

    caught: int = 0  # sensitive documents found so by the reading alone
    positives: int = 0
    alarms: int = 0  # ordinary documents found sensitive
    negatives: int = 0
    asked_sensitive: int = 0  # sensitive documents missed, whose agent is asked (and says so)
    asked_ordinary: int = 0  # ordinary documents whose agent is asked (and says no)
    wrong: Counter[str] = field(default_factory=Counter)  # misses and alarms by template


def sensitivity(
    samples: list[Sample], types: list[DocType], batch: int | None = None
) -> Sensitivity:
    """The sensitivity check on the sensitivity corpus and the classify corpus. `batch`: one
    batch of the sensitivity corpus alone (its newest: see its notes); None: every batch and
    the classify corpus (whose payslips and agents' files are sensitive by type). A document
    whose health words the reading ties to no one has its agent asked, who answers what the
    label says."""
    from filing.sensitive import health_in_doubt, of_document
    from referentiel.model import load_referentiel
    from tests.filing import sensitive_corpus

    referentiel = load_referentiel()
    by_id = {t.id: t for t in types}
    labelled = [
        (s.type_id, s.text, s.sensitive, s.maker)
        for s in sensitive_corpus.corpus()
        if batch is None or s.batch == batch
    ]
    for sample in samples if batch is None else []:
        kind = by_id[sample.type_id]
        declared = kind.sensitive or referentiel.row_of(kind).sensitive
        labelled.append((sample.type_id, sample.text, bool(declared), sample.template))
    seen = Sensitivity()
    for type_id, text, expected, maker in labelled:
        kind = by_id[type_id]
        row = referentiel.row_of(kind)
        found = of_document(text, kind, row)
        asked = found is None and health_in_doubt(text, kind, row)
        if expected:
            seen.positives += 1
            seen.caught += found is not None
            seen.asked_sensitive += asked
        else:
            seen.negatives += 1
            seen.alarms += found is not None
            seen.asked_ordinary += asked
        if (found is not None) != expected:
            seen.wrong[f"{maker} ({'missed' if expected else 'alarm'})"] += 1
    return seen


FIXTURES = {
    # fixture (tests/fixtures/documents.py, written by another engineer) -> type, field -> param
    "permis_de_construire_pdf": (
        "permis_construire",
        {
            "numero": "numero",
            "petitionnaire": "petitionnaire",
            "adresse": "terrain",
            "date_decision": "date_decision",
        },
    ),
    "deliberation_pdf": (
        "deliberation",
        {"numero": "numero", "date_seance": "date_seance", "objet": "objet"},
    ),
    "facture_pdf": (
        "facture",
        {
            "fournisseur": "fournisseur",
            "numero": "numero",
            "date": "date_facture",
            "montant": "montant_ttc",
        },
    ),
    "arrete_pdf": ("arrete_temporaire", {"numero": "numero", "date": "date_arrete"}),
    "marche_pdf": (
        "marche",
        {"objet": "objet", "attributaire": "attributaire", "date": "date_notification"},
    ),
    "dossier_agent_pdf": ("dossier_individuel", {"date_naissance": "date_naissance"}),
}


def _canonical(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def fixture_documents(types: list[DocType]) -> tuple[int, int, int, int]:
    """Type and facts on the PDFs of the filing tests, read back with pypdf as intake does:
    (types right, documents, facts right, facts)."""
    from pypdf import PdfReader

    from tests.fixtures import documents

    fields = {t.id: {f.name: f for f in t.fields} for t in types}
    types_right = facts_right = facts = 0
    for name, (type_id, params) in FIXTURES.items():
        maker = getattr(documents, name)
        defaults = {k: p.default for k, p in inspect.signature(maker).parameters.items()}
        pdf = PdfReader(io.BytesIO(maker()))
        text = "\n".join(page.extract_text() for page in pdf.pages)
        types_right += suggest(text, types)[0].type_id == type_id
        expected = {field: _canonical(defaults[param]) for field, param in params.items()}
        if name == "dossier_agent_pdf":
            expected["nom"] = f"{defaults['prenom']} {defaults['nom']}"
        for field_name, value in expected.items():
            found = propose(text, fields[type_id][field_name])
            facts += 1
            facts_right += found is not None and _same(found.value, value)
    return types_right, len(FIXTURES), facts_right, facts


def main() -> None:
    types = load_types()
    samples = corpus()
    seen = [s for s in samples if s.part == "seen"]
    heldout = [s for s in samples if s.part == "heldout"]
    print(f"{len(types)} types; {len(seen)} seen documents, {len(heldout)} held-out documents")

    seen_top1, seen_top3 = (100 * x for x in accuracy(seen, types))
    held_top1, held_top3 = (100 * x for x in accuracy(heldout, types))
    learned_top1, learned_top3 = (100 * x for x in accuracy(heldout, types, seen))
    print(f"rules, seen:        top-1 {seen_top1:5.1f} %  top-3 {seen_top3:5.1f} %")
    print(f"rules, held-out:    top-1 {held_top1:5.1f} %  top-3 {held_top3:5.1f} %")
    print(f"learned, held-out:  top-1 {learned_top1:5.1f} %  top-3 {learned_top3:5.1f} %")
    print("held-out confusions (expected -> first suggestion):")
    for line in confusions(heldout, types) or ["none"]:
        print(f"  {line}")

    curve = new_type_curve(types, seen)
    print("new type without match words, top-1 after N confirmed examples:")
    print("  " + ", ".join(f"N={n}: {value:.0f} %" for n, value in curve.items()))

    rules_ms, learned_ms = timing(samples, types, seen)
    print(
        f"suggestion time, two-page text: p50 {median(rules_ms):.2f} ms, "
        f"p95 {percentile(rules_ms, 0.95):.2f} ms; with learning p50 {median(learned_ms):.2f} ms"
    )

    clean, noisy = proposals(samples, types, False), proposals(samples, types, True)
    for label, counts in (("clean", clean), ("OCR-noisy", noisy)):
        total = sum(counts.values())
        print(
            f"proposals, {label} documents: {counts['right']}/{total} right, "
            f"{counts['wrong']} wrong, {counts['none']} none"
        )
    clean_total = sum(clean.values())
    held = proposals(heldout, types, False) + proposals(heldout, types, True)
    held_total = sum(held.values())
    print(
        f"proposals, held-out documents: {held['right']}/{held_total} right, "
        f"{held['wrong']} wrong, {held['none']} none"
    )
    for label, batch in (("all", None), (f"newest batch ({NEWEST})", NEWEST)):
        check = sensitivity(samples, types, batch)
        print(
            f"sensitive documents, {label}: {check.caught}/{check.positives} caught, "
            f"{check.alarms}/{check.negatives} false alarms; the agent asked on "
            f"{check.asked_sensitive} sensitive and {check.asked_ordinary} ordinary ones"
            + (
                "; " + ", ".join(f"{k} {n}" for k, n in check.wrong.most_common())
                if check.wrong
                else ""
            )
        )
    types_right, documents, facts_right, facts = fixture_documents(types)
    print(
        f"fixture PDFs of the filing tests (another author): type {types_right}/{documents}, "
        f"facts {facts_right}/{facts}"
    )

    print(figure("classify_top1", held_top1, "%", ">= 80"))
    print(figure("classify_top3", held_top3, "%", ">= 95"))
    print(figure("classify_seen_top1", seen_top1, "%", ">= 80"))
    print(figure("classify_seen_top3", seen_top3, "%", ">= 95"))
    print(figure("classify_learned_top1", learned_top1, "%", f">= {held_top1:.1f}"))
    print(figure("classify_new_type_top1_after_5", curve[5], "%", ">= 80"))
    print(figure("classify_p50_ms", median(rules_ms), "ms", "<= 50"))
    print(figure("extract_right", 100 * clean["right"] / clean_total, "%", ">= 90"))
    print(figure("extract_wrong", 100 * clean["wrong"] / clean_total, "%", "<= 3"))
    print(figure("extract_heldout_right", 100 * held["right"] / held_total, "%", ">= 90"))
    print(figure("extract_heldout_wrong", 100 * held["wrong"] / held_total, "%", "<= 3"))
    # The newest batch is the honest one: nothing in it was read to correct the reading.
    told = check.caught + check.asked_sensitive
    print(figure("sensitive_caught", 100 * check.caught / check.positives, "%", ">= 95"))
    print(figure("sensitive_caught_with_question", 100 * told / check.positives, "%", ">= 95"))
    print(figure("sensitive_false_alarms", 100 * check.alarms / check.negatives, "%", "<= 5"))
    print(
        figure(
            "sensitive_questions_on_ordinary",
            100 * check.asked_ordinary / check.negatives,
            "%",
            "<= 10",
        )
    )


if __name__ == "__main__":
    main()
