"""Values proposed from documents, and answers read back, for every kind of fact."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

import jinja2
import jinja2.meta
import pytest

from filing.extract import Invalid, Parsed, display_value, parse_answer, propose, template_value
from referentiel.model import DocType, FieldSpec
from tests.filing.classify_corpus import corpus, load_types

TODAY = dt.date(2025, 3, 20)
TYPES = {doctype.id: doctype for doctype in load_types()}


def spec(type_id: str, name: str) -> FieldSpec:
    (found,) = [f for f in TYPES[type_id].fields if f.name == name]
    return found


PERMIS = """COMMUNE DE BEAULIEU

ARRÊTÉ N° U2025-012
accordant un permis de construire au nom de la commune

Dossier n° PC07505625B0001
Pétitionnaire : Mme Élise DURAND
Demeurant : 3 rue des Lilas, 31000 Toulouse
Adresse du terrain : 12 chemin du Moulin, Beaulieu

VU la demande de permis de construire déposée le 5 janvier 2025 ;
ARRÊTE
Article 1 : Le permis de construire est ACCORDÉ.

Fait à Beaulieu, le 12 mars 2025
Le Maire,
"""


def test_permit_facts() -> None:
    numero = propose(PERMIS, spec("permis_construire", "numero"))
    assert numero is not None
    assert numero.value == "PC07505625B0001"
    assert numero.reason == "lu après « Dossier n° » dans le document"

    name = propose(PERMIS, spec("permis_construire", "petitionnaire"))
    assert name is not None
    assert (name.value, name.display) == ("Élise DURAND", "Élise DURAND")  # civility dropped
    assert name.reason == "lu après « Pétitionnaire » dans le document"

    address = propose(PERMIS, spec("permis_construire", "adresse"))
    assert address is not None
    assert address.value == "12 chemin du Moulin, Beaulieu"

    decided = propose(PERMIS, spec("permis_construire", "date_decision"))
    assert decided is not None
    assert (decided.value, decided.display) == ("2025-03-12", "12 mars 2025")
    assert "Fait à" in decided.reason


def test_spaced_permit_number_and_name_on_the_next_line() -> None:
    text = "Permis de construire n° PC 075 056 25 B0001 M01\nPétitionnaire :\nSCI Les Tilleuls\n"
    numero = propose(text, spec("permis_construire", "numero"))
    assert numero is not None
    assert numero.value == "PC 075 056 25 B0001 M01"
    name = propose(text, spec("permis_construire", "petitionnaire"))
    assert name is not None
    assert name.value == "SCI Les Tilleuls"


def test_a_label_with_an_ocr_slip_still_introduces_the_value() -> None:
    text = "Petitionnalre : Monsieur Karim BENALI, demeurant 4 rue du Stade\n"
    name = propose(text, spec("permis_construire", "petitionnaire"))
    assert name is not None
    assert name.value == "Karim BENALI"


DELIBERATION = """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du jeudi 6 février 2025
Date de convocation : 30/01/2025

Délibération n° 2025-042
Objet : Demande de subvention au titre de la DETR pour la réfection de la toiture de
l'école maternelle

Après en avoir délibéré, le conseil municipal approuve.
"""


def test_deliberation_facts() -> None:
    sitting = propose(DELIBERATION, spec("deliberation", "date_seance"))
    assert sitting is not None
    assert sitting.value == "2025-02-06"  # not the convocation date
    numero = propose(DELIBERATION, spec("deliberation", "numero"))
    assert numero is not None
    assert numero.value == "2025-042"
    objet = propose(DELIBERATION, spec("deliberation", "objet"))
    assert objet is not None
    assert objet.value == (
        "Demande de subvention au titre de la DETR pour la réfection de la toiture de "
        "l'école maternelle"
    )


def test_reference_stops_at_the_sentence() -> None:
    text = "ARRÊTÉ MUNICIPAL N° AR-2025/117, portant réglementation du bruit\n"
    numero = propose(text, spec("arrete", "numero"))
    assert numero is not None
    assert numero.value == "AR-2025/117"
    objet = propose(text, spec("arrete", "objet"))
    assert objet is not None
    assert objet.value == "réglementation du bruit"


def test_capitals_of_a_heading_become_sentence_case() -> None:
    text = "COMMUNE DE RIEUX\nEXTRAIT D'ACTE DE NAISSANCE\nLe 4 mai 2024, est née Léa MOREAU\n"
    nature = propose(text, spec("etat_civil", "nature"))
    assert nature is not None
    assert nature.value == "Naissance"


INVOICE = """ÉLECTRICITÉ GÉNÉRALE DU LOT
SIRET 123 456 789 00017

FACTURE N° FA-2025-0042 du 14/02/2025
Fournisseur : Électricité Générale du Lot
Date d'échéance : 16/03/2025

Désignation                 Quantité   Prix unitaire HT
Remplacement de luminaires  12         85,00
Total HT                                1 020,00
TVA 20 %                                  204,00
Total TTC                               1 224,00 €
"""


def test_invoice_facts() -> None:
    amount = propose(INVOICE, spec("facture", "montant"))
    assert amount is not None
    assert (amount.value, amount.display) == ("1224.00", "1 224,00 €")
    day = propose(INVOICE, spec("facture", "date"))
    assert day is not None
    assert day.value == "2025-02-14"  # the invoice's date, not its due date
    numero = propose(INVOICE, spec("facture", "numero"))
    assert numero is not None
    assert numero.value == "FA-2025-0042"
    supplier = propose(INVOICE, spec("facture", "fournisseur"))
    assert supplier is not None
    assert supplier.value == "Électricité Générale du Lot"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Montant TTC : 1.234,56 €", "1234.56"),
        ("Montant TTC : 1234.56 EUR", "1234.56"),
        ("Total TTC 12 345,6", "12345.60"),
        ("Net à payer : 980 €", "980.00"),
    ],
)
def test_amount_forms(written: str, canonical: str) -> None:
    found = propose(written, spec("facture", "montant"))
    assert found is not None
    assert found.value == canonical


def test_amount_without_a_label_is_the_largest_total() -> None:
    text = "Sous-total travaux 800,00\nSous-total fournitures 150,50\nTTC 1 140,60 €\nRéf 2024\n"
    field = FieldSpec(name="montant", label="le montant", question="Combien ?", kind="amount")
    found = propose(text, field)
    assert found is not None
    assert found.value == "1140.60"
    assert "total" in found.reason


def test_signature_date_fallback_only_for_the_document_date() -> None:
    letter = (
        "Mairie de Rieux\n\nRieux, le 4 avril 2025\n\n"
        "Objet : travaux\nVu votre lettre du 2 mars 2025.\n"
    )
    courrier_date = propose(letter, spec("courrier", "date"))
    assert courrier_date is not None
    assert courrier_date.value == "2025-04-04"
    assert courrier_date.reason == "date de signature du document"
    birth = propose(letter, spec("dossier_individuel", "date_naissance"))
    assert birth is None  # another date of the document would be a wrong guess


def test_two_unlabelled_dates_give_no_proposal() -> None:
    text = "Travaux du 3 mars 2025 au 14 mars 2025 dans la salle.\n"
    assert propose(text, spec("arrete_temporaire", "date")) is None


def test_form_with_name_and_first_name() -> None:
    text = (
        "FICHE DE RENSEIGNEMENTS\nNom : LAURENT          Prénom : Sophie\nNé(e) le : 05/07/1984\n"
    )
    name = propose(text, spec("dossier_individuel", "nom"))
    assert name is not None
    assert name.value == "Sophie LAURENT"
    born = propose(text, spec("dossier_individuel", "date_naissance"))
    assert born is not None
    assert born.value == "1984-07-05"


def test_name_from_an_act() -> None:
    text = "Article 1 : Mme Aïcha BENALI, née le 12 avril 1990, est nommée adjoint technique.\n"
    name = propose(text, spec("dossier_individuel", "nom"))
    assert name is not None
    assert name.value == "Aïcha BENALI"


def test_a_lone_word_mid_sentence_does_not_introduce_a_name() -> None:
    text = "Le dossier de l'agent est transmis au centre de gestion pour avis.\n"
    assert propose(text, spec("dossier_individuel", "nom")) is None


def test_payslip_month() -> None:
    text = "COMMUNE DE RIEUX        PAIE 04/2025\nBulletin de salaire\nNet à payer 1 402,11\n"
    month = propose(text, spec("bulletin_paie", "date"))
    assert month is not None
    assert month.value == "2025-04-01"


def test_nothing_to_read() -> None:
    for doctype in TYPES.values():
        for field in doctype.fields:
            assert propose("", field) is None
            assert propose("Bonjour.", field) is None


def _canonical(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def test_proposals_on_the_corpus() -> None:
    """Every fact written in the clean documents of the corpus: right, or no proposal."""
    right = wrong = missing = 0
    for sample in corpus():
        if sample.noisy:
            continue
        fields = {f.name: f for f in TYPES[sample.type_id].fields}
        for name, expected in sample.facts.items():
            found = propose(sample.text, fields[name])
            if found is None:
                missing += 1
            elif _canonical(found.value) == _canonical(expected):
                right += 1
            else:
                wrong += 1
    total = right + wrong + missing
    print(f"\nproposals: {right}/{total} right, {wrong} wrong, {missing} none")
    assert total >= 200
    assert right / total >= 0.9
    assert wrong / total <= 0.03


# ---------------------------------------------------------------------------- answers


@pytest.mark.parametrize(
    ("answer", "value", "display"),
    [
        ("12/03/2025", "2025-03-12", "12 mars 2025"),
        ("le 1er mars 2025", "2025-03-01", "1er mars 2025"),
        ("hier", "2025-03-19", "19 mars 2025"),
    ],
)
def test_date_answers(answer: str, value: str, display: str) -> None:
    assert parse_answer(spec("permis_construire", "date_decision"), answer, TODAY) == Parsed(
        value, display
    )


def test_wrong_date_says_what_is_expected() -> None:
    result = parse_answer(spec("permis_construire", "date_decision"), "31/02/2025", TODAY)
    assert isinstance(result, Invalid)
    assert "12/03/2025" in result.message
    month = parse_answer(spec("bulletin_paie", "date"), "n'importe", TODAY)
    assert isinstance(month, Invalid)
    assert "mars 2025" in month.message  # the field's own example


@pytest.mark.parametrize(
    ("answer", "value", "display"),
    [
        ("1 234,56 €", "1234.56", "1 234,56 €"),
        ("1234.56", "1234.56", "1 234,56 €"),
        ("1.234,56", "1234.56", "1 234,56 €"),
        ("1 234 €", "1234.00", "1 234,00 €"),
        ("1234,5 euros", "1234.50", "1 234,50 €"),
        ("1 234 567,89 € TTC", "1234567.89", "1 234 567,89 €"),
        ("0,99", "0.99", "0,99 €"),
    ],
)
def test_amount_answers(answer: str, value: str, display: str) -> None:
    assert parse_answer(spec("facture", "montant"), answer, TODAY) == Parsed(value, display)


@pytest.mark.parametrize(
    "answer", ["-50", "- 12,00 €", "0", "0,00 €", "mille euros", "", "12 € et 15 €"]
)
def test_amount_refused(answer: str) -> None:
    result = parse_answer(spec("facture", "montant"), answer, TODAY)
    assert isinstance(result, Invalid)
    assert "1 234,56 €" in result.message


def test_text_and_name_answers() -> None:
    objet = spec("deliberation", "objet")
    assert parse_answer(objet, "  Vote du   budget  ", TODAY) == Parsed(
        "Vote du budget", "Vote du budget"
    )
    for empty in ("", "   ", "...", "?!"):
        result = parse_answer(objet, empty, TODAY)
        assert isinstance(result, Invalid)
        assert "Vote du budget primitif 2025" in result.message
    too_long = parse_answer(objet, "mot " * 60, TODAY)
    assert isinstance(too_long, Invalid)
    assert "200" in too_long.message
    assert parse_answer(objet, "é" * 200, TODAY) == Parsed("é" * 200, "é" * 200)
    name = spec("facture", "fournisseur")
    assert parse_answer(name, "Papeterie Moderne", TODAY) == Parsed(
        "Papeterie Moderne", "Papeterie Moderne"
    )


def test_reference_and_number_answers() -> None:
    numero = spec("permis_construire", "numero")
    assert parse_answer(numero, " PC 075  056 25\tB0001 ", TODAY) == Parsed(
        "PC 075 056 25 B0001", "PC 075 056 25 B0001"
    )
    assert isinstance(parse_answer(numero, "  ", TODAY), Invalid)
    count = FieldSpec(
        name="pieces", label="le nombre de pièces", question="Combien ?", kind="number"
    )
    assert parse_answer(count, "1 200", TODAY) == Parsed("1200", "1200")
    assert isinstance(parse_answer(count, "douze", TODAY), Invalid)


def test_template_and_display_values() -> None:
    day = spec("facture", "date")
    amount = spec("facture", "montant")
    assert template_value(day, "2025-03-12") == dt.date(2025, 3, 12)
    assert template_value(amount, "1234.56") == Decimal("1234.56")
    assert template_value(spec("facture", "fournisseur"), "Garage Central") == "Garage Central"
    assert display_value(day, "2025-03-01") == "1er mars 2025"
    assert display_value(amount, "1234.5") == "1 234,50 €"
    assert display_value(day, "pas une date") == "pas une date"  # never breaks a message


# ---------------------------------------------------------------------------- the data file

EXPECTED_ROWS = {
    "permis_construire": "urba-pc-accorde",
    "declaration_prealable": "urba-dp",
    "refus_urbanisme": "urba-autorisation-refusee",
    "certificat_urbanisme": "urba-cu",
    "deliberation": "admin-registre-deliberations",
    "arrete": "admin-registre-arretes",
    "arrete_temporaire": "admin-arretes-temporaires",
    "decision_maire": "admin-decisions-maire",
    "pv_seance": "admin-pv-seance",
    "convocation": "admin-dossiers-seance-preparatoires",
    "facture": "fin-pieces-justificatives",
    "bon_de_commande": "fin-pieces-justificatives",
    "marche": "marches-execution",
    "offre_non_retenue": "marches-offres-non-retenues",
    "dossier_individuel": "rh-dossier-individuel",
    "bulletin_paie": "rh-bulletins-paie-doubles",
    "courrier": "courrier-correspondance",
    "etat_civil": "etat-civil-registres",
    "periscolaire_inscription": "periscolaire-inscriptions",
}


def _environment() -> jinja2.Environment:
    """The filters the naming code provides (`format` on dates, `slug` on text)."""
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)  # noqa: S701 - file names, not HTML
    environment.filters["format"] = lambda value, pattern: value.strftime(pattern)
    environment.filters["slug"] = lambda value: re.sub(r"[^\w]+", "-", str(value)).strip("-")
    return environment


SAMPLE_ANSWERS = {
    "date": "12/03/2025",
    "amount": "1 234,56 €",
    "reference": "2025-042",
    "number": "12",
    "name": "Élise Durand",
    "text": "Réfection de la toiture",
}


@pytest.mark.parametrize("doctype", list(TYPES.values()), ids=list(TYPES))
def test_types_file(doctype: DocType) -> None:
    assert doctype.row == EXPECTED_ROWS[doctype.id]
    fields = {f.name: f for f in doctype.fields}
    assert fields[doctype.date_field].kind == "date"
    for field in doctype.fields:
        assert field.question.endswith("?") or "?" in field.question
        assert field.labels or field.pattern
        if field.pattern:
            assert "value" in re.compile(field.pattern).groupindex
        if field.example:
            assert isinstance(parse_answer(field, field.example, TODAY), Parsed), field.example
    environment = _environment()
    values: dict[str, object] = {}
    for field in doctype.fields:
        parsed = parse_answer(field, SAMPLE_ANSWERS[field.kind], TODAY)
        assert isinstance(parsed, Parsed)
        values[field.name] = template_value(field, parsed.value)
    for template in (doctype.naming, doctype.title):
        names = jinja2.meta.find_undeclared_variables(environment.parse(template))
        assert names <= set(fields), names - set(fields)
        assert environment.from_string(template).render(values)
    optional = {f.name: None for f in doctype.fields if f.optional}
    assert environment.from_string(doctype.naming).render(values | optional)
    assert doctype.date_field in doctype.naming  # files sort by their date


def test_every_type_has_match_words() -> None:
    for doctype in TYPES.values():
        assert len(doctype.match.any) >= 5, doctype.id


def test_seance_date_spelt_out() -> None:
    text = (
        "COMMUNE DE RIEUX\n"
        "L'an deux mille vingt-cinq, le douze mars à dix-neuf heures, le Conseil Municipal,\n"
        "régulièrement convoqué, s'est réuni en mairie.\n"
        "Date de convocation : 05/03/2025\n"
    )
    sitting = propose(text, spec("deliberation", "date_seance"))
    assert sitting is not None
    assert sitting.value == "2025-03-12"


def test_date_after_a_wrapped_sentence() -> None:
    text = (
        "Je vous prie de bien vouloir assister à la séance du conseil municipal\n"
        "le 3 mai 2025 à 19 h, salle du conseil.\n"
        "Date d'envoi : 25/04/2025\n"
    )
    sitting = propose(text, spec("convocation", "date_seance"))
    assert sitting is not None
    assert sitting.value == "2025-05-03"


def test_fuzzy_labels_forgive_slips_in_long_words_only() -> None:
    field = FieldSpec(
        name="date_seance",
        label="la date",
        question="Quelle date ?",
        kind="date",
        labels=("conseil municipal du",),
    )
    ocr = propose("Extrait : conseil rnunicipal du 12/03/2025\n", field)
    assert ocr is not None
    assert ocr.value == "2025-03-12"
    assert propose("Le conseil municipal de Rieux, vu le 12/03/2025\n", field) is None


def test_applicant_and_address_in_running_text() -> None:
    text = (
        "Vu la demande de permis de construire n° PC 075 056 25 B0001\n"
        "déposée le 3 janvier 2025 par Monsieur Jean Dupond (pétitionnaire),\n"
        "demeurant 12 rue des Lilas, 75056 Paris,\n"
        "sur un terrain sis 45 avenue Jean Jaurès, Paris, cadastré section AB n° 123 ;\n"
    )
    numero = propose(text, spec("permis_construire", "numero"))
    assert numero is not None
    assert numero.value == "PC 075 056 25 B0001"
    name = propose(text, spec("permis_construire", "petitionnaire"))
    assert name is not None
    assert (name.value, name.reason) == ("Jean Dupond", "lu dans le document")
    address = propose(text, spec("permis_construire", "adresse"))
    assert address is not None
    assert address.value == "45 avenue Jean Jaurès"  # the terrain, not where he lives


def test_invoice_issuer_is_its_first_line_unless_labelled() -> None:
    text = "Papeterie Lemoine SARL\n4 zone artisanale des Pâtis\nFACTURE N° FA-12\n"
    issuer = propose(text, spec("facture", "fournisseur"))
    assert issuer is not None
    assert issuer.value == "Papeterie Lemoine SARL"
    assert propose("FACTURE N° 12\nMairie de Rieux\n", spec("facture", "fournisseur")) is None


def test_text_values_follow_a_wrapped_line_only_to_its_end() -> None:
    wrapped = (
        "Objet du marché public : Travaux de réfection de la toiture de l'école "
        "élémentaire Jules\nFerry.\nB — Identification de l'acheteur\n"
    )
    objet = propose(wrapped, spec("marche", "objet"))
    assert objet is not None
    assert objet.value == "Travaux de réfection de la toiture de l'école élémentaire Jules Ferry"
    new_sentence = (
        "Objet : Approbation du compte administratif 2024 du budget principal\n"
        "Le Maire expose au conseil le dossier relatif à l'objet suivant.\n"
    )
    objet = propose(new_sentence, spec("deliberation", "objet"))
    assert objet is not None
    assert objet.value == "Approbation du compte administratif 2024 du budget principal"


def test_first_name_a_few_lines_below() -> None:
    text = "Nom de naissance : MARTIN\nNom d'usage : MARTIN\nPrénom(s) : Sophie\n"
    name = propose(text, spec("dossier_individuel", "nom"))
    assert name is not None
    assert name.value == "Sophie MARTIN"


@pytest.mark.parametrize(
    ("type_id", "field_name", "text", "expected"),
    [
        # An empty box: the next label is not the value.
        (
            "permis_construire",
            "petitionnaire",
            "Pétitionnaire : \nAdresse du terrain : 45 rue",
            None,
        ),
        ("dossier_individuel", "nom", "Nom :\nPrénom :\nDate de naissance : 02/06/1984", None),
        ("courrier", "expediteur", "Expéditeur : Signature :\nObjet : subvention", None),
        ("courrier", "objet", "Objet : \nDate : 12/03/2025", None),
        ("courrier", "expediteur", "Expéditeur :\nSignature\n", None),
        # A filled box followed by the next label on the same line keeps its value.
        (
            "periscolaire_inscription",
            "enfant",
            "Nom de l'enfant : CHEVALIER     Prénom : Chantal",
            "Chantal CHEVALIER",
        ),
        ("courrier", "objet", "Objet : Demande de subvention", "Demande de subvention"),
        # A name wrapped at a line's end is joined again.
        (
            "marche",
            "attributaire",
            "Attributaire : Toitures et Charpentes du\nCentre SAS\nMontant : 12 000 €",
            "Toitures et Charpentes du Centre SAS",
        ),
        ("marche", "attributaire", "Attributaire : Martin et\nFils\n", "Martin et Fils"),
        ("marche", "attributaire", "Attributaire : Durand SAS\nMontant : 3 €", "Durand SAS"),
        # The officer who follows the case is not the sender; the letterhead is.
        (
            "courrier",
            "expediteur",
            "PRÉFECTURE DU RHÔNE\nDirection de la citoyenneté\nAffaire suivie par : Mme Leroy\n",
            "PRÉFECTURE DU RHÔNE",
        ),
        ("courrier", "expediteur", "Affaire suivie par : Mme Leroy\nObjet : élections\n", None),
        # Several dates under their labels: the one in the label's column.
        (
            "permis_construire",
            "date_decision",
            "Date de dépôt        Date de la décision\n02/03/2025           12/03/2025\n",
            "2025-03-12",
        ),
        (
            "permis_construire",
            "date_decision",
            "Date de la décision    Date d'affichage\n12/03/2025             14/03/2025\n",
            "2025-03-12",
        ),
    ],
)
def test_a_label_is_never_offered_as_a_value(
    type_id: str, field_name: str, text: str, expected: str | None
) -> None:
    field = next(f for f in TYPES[type_id].fields if f.name == field_name)
    found = propose(text, field)
    assert (found.value if found else None) == expected
