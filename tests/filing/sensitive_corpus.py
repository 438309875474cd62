"""Documents for the sensitivity check, in batches written one after another, each by an
author who had not seen the detector. Each is a (type, text, sensitive) triple as an agent
would file it: personal data hidden in ordinary types (a letter with a RIB, a registration
form naming an illness, a certificate with a NIR), and ordinary documents that look like it (a
supplier's bank details on an invoice, a health campaign, long reference numbers, health words
about a building or a tree).

Each batch was measured once, untouched, before it was read to correct the detector; the
next batch then gave the next honest figure. First measurements (caught, false alarms; from
batch 12, also caught once the agent is asked about health words the reading ties to no one,
and how many ordinary documents bring that question):

| batch | file | caught | false alarms |
|---|---|---|---|
| 3 | here | 27/50 (54 %) | 2/30 (6.7 %) |
| 4 | `sensitive_heldout.py` | 240/260 (92.3 %) | 49/200 (24.5 %) |
| 5 | `sensitive_heldout_5.py` | 149/200 (74.5 %) | 1/240 (0.4 %) |
| 6 | `sensitive_heldout_6.py` | 248/280 (88.6 %) | 10/300 (3.3 %) |
| 7 | `sensitive_heldout_7.py` | 286/380 (75.3 %) | 52/430 (12.1 %) |
| 8 | `sensitive_heldout_8.py` | 303/370 (81.9 %) | 23/410 (5.6 %) |
| 9 | `sensitive_heldout_9.py` | 324/380 (85.3 %) | 10/410 (2.4 %) |
| 10 | `sensitive_heldout_10.py` | 356/400 (89.0 %) | 31/440 (7.0 %) |
| 11 | `sensitive_heldout_11.py` | 350/410 (85.4 %) | 26/450 (5.8 %) |
| 12 | `sensitive_heldout_12.py` | 379/440 (86.1 %), asked 418 (95.0 %) | 20/430 (4.7 %), 59 asked|

Batches 1 and 2 were read from the start (OCR digits, names printed « Léa MARTIN », a form's
empty health line, public matters). Every batch read stays as a regression case; the newest
(`NEWEST`) is what `bench/classify.py` reports apart, and is held out only until it is read.
Batch 8 was read after its measurement (OCR misreadings of health words, NIRs in
labelled boxes, tables whose columns answer « non », everyday wording). Batch 9 was read
after its measurement (inclusive writing « né(e) », a table's row split by « ; », a
relative naming the one it is about, quantities that are not people, conditions put to
anyone). Batch 10 was read after its measurement (accounts paid to an organisation
or held by a person named after them, a first name alone, names in capitals, spouses,
« personne n'a été blessé »). Batch 11 was read after its measurement (children listed by
first name and initial, places named after someone, a roster's table atop the page, an
account's holder named before it, « rien de grave »). Batch 12 has not been read.

The classify corpus adds its own documents: those of sensitive types (payslips, agents' files,
état civil) must be caught by their type, all others must raise no alarm.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.filing.classify_corpus import COMPANIES, SCHOOLS, Ctx, ocr_noise


@dataclass(frozen=True)
class Labelled:
    type_id: str
    text: str
    sensitive: bool
    maker: str
    batch: int = 1


def nir(c: Ctx, *, corsica: bool = False) -> str:
    """A NIR with its right key, spaced as printed."""
    sex = c.pick(("1", "2"))
    year, month = f"{c.rng.randint(40, 99):02d}", f"{c.rng.randint(1, 12):02d}"
    dept = c.pick(("2A", "2B")) if corsica else f"{c.rng.choice((13, 28, 31, 33, 35, 69, 75)):02d}"
    commune, order = f"{c.rng.randint(1, 999):03d}", f"{c.rng.randint(1, 999):03d}"
    body = f"{sex}{year}{month}{dept}{commune}{order}"
    numeric = body.replace("2A", "19").replace("2B", "18")
    key = 97 - int(numeric) % 97
    return f"{sex} {year} {month} {dept} {commune} {order} {key:02d}"


def iban(c: Ctx) -> str:
    """A French IBAN with its right check digits, in groups of four."""
    bban = "".join(str(c.rng.randint(0, 9)) for _ in range(23))
    moved = int(bban + "152700")  # F=15, R=27, then 00
    check = 98 - moved % 97
    compact = f"FR{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


# --- sensitive by content -----------------------------------------------------------------


def rib_courrier(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\nObjet : remboursement de la caution de la "
        f"salle des fêtes\n\nMonsieur le Maire,\nSuite à la location du 14 juillet, je vous "
        f"prie de bien vouloir me rembourser la caution sur le compte suivant :\nIBAN : "
        f"{iban(c)}\nBIC : CCBPFRPPTLS\n\nVeuillez agréer, Monsieur le Maire, mes salutations.\n"
        f"{name}"
    )


def nir_attestation(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"ATTESTATION\n\nJe soussigné, le maire de {c.commune}, atteste que {civility} "
        f"{name}, né(e) le {c.write_date(c.date(1960, 1995))}, numéro de sécurité sociale "
        f"{nir(c, corsica=c.rng.random() < 0.2)}, a été employé(e) en qualité de vacataire du "
        f"{c.write_date(c.date(2020, 2022))} au {c.write_date(c.date(2023, 2024))}.\n"
        "Fait pour servir et valoir ce que de droit."
    )


def allergy_form(c: Ctx) -> tuple[str, str]:
    first, last = c.pick(("Léa", "Hugo", "Inès", "Noah", "Jade")), c.pick(("Martin", "Roux"))
    illness = c.pick(
        (
            "allergie aux arachides (PAI signé)",
            "asthme : ventoline dans le cartable",
            "diabète de type 1, injections d'insuline à midi",
            "épilepsie : protocole d'urgence joint",
        )
    )
    return "periscolaire_inscription", (
        f"Mairie de {c.commune} — Accueil périscolaire\nFICHE SANITAIRE DE LIAISON\n"
        f"Enfant : {first} {last.upper()}\nÉcole : {c.pick(SCHOOLS)}\n"
        f"Renseignements médicaux : {illness}\nMédecin traitant : Dr Leroy\n"
        f"Signature du responsable légal, le {c.write_date(c.date())}"
    )


def sick_leave(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{c.commune}, le {c.write_date(c.date())}\n\n{civility}\nObjet : votre arrêt maladie\n\n"
        f"Madame, Monsieur,\nNous accusons réception de votre avis d'arrêt maladie du "
        f"{c.write_date(c.date())}. Votre traitement reste maintenu pendant trois mois.\n"
        f"Le service du personnel\n{name}"
    )


def mdph_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"Maison départementale des personnes handicapées\n{civility}\n{c.address()}\n\n"
        f"Objet : notification de décision — {name}\nLa commission a reconnu un taux "
        "d'incapacité entre 50 et 79 % et accordé l'accompagnement par une AESH à l'école "
        f"pour l'année scolaire. Copie adressée à la mairie de {c.commune}."
    )


def rib_prelevement(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "periscolaire_inscription", (
        f"Cantine scolaire — mandat de prélèvement SEPA\nDébiteur : {civility}\n"
        f"Enfant(s) : {c.pick(('Léa', 'Hugo', 'Inès'))} {name.split()[-1]}\n"
        f"IBAN du débiteur : {iban(c)}\nCréancier : Régie de recettes de {c.commune}\n"
        f"Fait le {c.write_date(c.date())}"
    )


SENSITIVE = (rib_courrier, nir_attestation, allergy_form, sick_leave, mdph_letter, rib_prelevement)

# --- ordinary documents that look like it -------------------------------------------------


def supplier_invoice(c: Ctx) -> tuple[str, str]:
    return "facture", (
        f"{c.pick(COMPANIES)}\nFACTURE N° {c.rng.randint(1000, 9999)}\nClient : Mairie de "
        f"{c.commune}\nTotal TTC : {c.money(c.amount())}\nRèglement par virement :\nIBAN "
        f"{iban(c)} — BIC AGRIFRPP812"
    )


def health_campaign(c: Ctx) -> tuple[str, str]:
    return "arrete", (
        f"ARRÊTÉ DU MAIRE DE {c.commune.upper()}\nportant occupation du domaine public\n"
        "Article 1 : la Ligue contre le diabète est autorisée à installer un stand de "
        f"prévention place de l'Église le {c.write_date(c.date())}.\nArticle 2 : la "
        "pharmacie de garde reste accessible ; les personnes allergiques au pollen sont "
        "invitées à consulter le site de la préfecture."
    )


def long_numbers(c: Ctx) -> tuple[str, str]:
    numbers = " ".join(str(c.rng.randint(10**14, 10**15 - 1)) for _ in range(3))
    return "deliberation", (
        f"Séance du conseil municipal de {c.commune}\nDélibération n° {c.act_number(2025)}\n"
        f"Objet : admission en non-valeur de titres de recettes\nTitres concernés : {numbers}\n"
        "Le conseil, après en avoir délibéré, décide à l'unanimité d'admettre ces titres."
    )


def pharmacy_hours(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\nObjet : horaires de la pharmacie du centre\n\nMonsieur le Maire,\n"
        "La pharmacie sera fermée pour travaux du 3 au 10 août. Les traitements urgents "
        f"pourront être retirés à la pharmacie de {c.commune}-Sud.\nBien cordialement,\n{name}"
    )


ORDINARY = (supplier_invoice, health_campaign, long_numbers, pharmacy_hours)

# --- second batch: written after the corrections, measured once ----------------------------


def work_certificate(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    return "courrier", (
        f"CERTIFICAT DE TRAVAIL\nCommune de {c.commune}\n\nSalarié : {name}\n"
        f"N° SS : {nir(c).replace(' ', '')}\n"
        f"Emploi : {c.pick(('agent d’entretien', 'ATSEM'))}\n"
        f"Période d'emploi : du {c.write_date(c.date(2019, 2021))} au "
        f"{c.write_date(c.date(2022, 2024))}\nLe maire"
    )


SITUATIONS = (
    "personne en situation de handicap",
    "invalidité reconnue",
    "maladie chronique, soins réguliers",
)


def social_aid(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    return "courrier", (
        f"CCAS de {c.commune} — demande d'aide facultative\nBénéficiaire : {name}\n"
        f"Situation : {c.pick(SITUATIONS)}\n"
        "Aide demandée : secours pour facture d'énergie\n"
        f"Versement sur le compte {iban(c).replace(' ', '')}"
    )


CONDITIONS = (
    "trouble du déficit de l’attention (TDAH)",
    "trouble du spectre autistique",
    "asthme sévère",
)


def parent_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    child = c.pick(("Tom", "Lina", "Adam", "Zoé"))
    return "courrier", (
        f"{civility}\n{c.address()}\n\nMonsieur le Maire,\nMon fils {child} présente un "
        f"{c.pick(CONDITIONS)}. Je souhaiterais qu'un adulte l'accompagne lors de la pause "
        f"méridienne.\nRespectueusement,\n{name}"
    )


def work_accident(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    return "courrier", (
        f"Déclaration d'accident du travail\nAgent : {name}\nService : voirie\n"
        f"Date et heure : {c.write_date(c.date())}, 10 h 30\nCirconstances : chute d'une "
        "échelle lors de l'élagage ; entorse de la cheville, arrêt de dix jours prescrit."
    )


def bank_change(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\nObjet : changement de coordonnées bancaires\n\nMadame la Trésorière,\n"
        "Je vous informe de mon nouveau compte pour le versement de mon indemnité d'élu :\n"
        f"{iban(c).replace(' ', '')}\nCordialement,\n{name}"
    )


SENSITIVE_2 = (work_certificate, social_aid, parent_letter, work_accident, bank_change)


def supplier_letter(c: Ctx) -> tuple[str, str]:
    return "courrier", (
        f"{c.pick(COMPANIES)}\nMairie de {c.commune} — service comptabilité\nObjet : "
        "changement de banque\nMadame, Monsieur, veuillez noter notre nouveau RIB pour le "
        f"règlement de nos factures : IBAN {iban(c)}.\nLe service clients"
    )


def disabled_parking(c: Ctx) -> tuple[str, str]:
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(2025)}\nLe maire de {c.commune}, Monsieur {c.mayor},\n"
        "Article 1 : deux places de stationnement sont réservées aux personnes handicapées "
        f"titulaires de la carte mobilité inclusion, {c.address()}.\nArticle 2 : le présent "
        "arrêté sera affiché en mairie."
    )


def association_grant(c: Ctx) -> tuple[str, str]:
    return "deliberation", (
        f"Délibération n° {c.act_number(2025)}\nMonsieur le Maire expose au conseil la demande "
        "de l'association des familles de personnes handicapées et de l'association de "
        "prévention du diabète. Le conseil attribue à chacune une subvention de 500 €."
    )


ORDINARY_2 = (supplier_letter, disabled_parking, association_grant)

# --- third batch: written after the second round of corrections, measured once -------------


def employer_certificate(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    return "courrier", (
        f"ATTESTATION EMPLOYEUR\nEmployeur : commune de {c.commune}\nNom et prénom : {name}\n"
        f"N° de sécurité sociale : {nir(c).replace(' ', '.')}\n"
        f"Fin du contrat : {c.write_date(c.date())}\nMotif : fin de contrat à durée déterminée"
    )


def long_illness(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\nAdjoint technique\n\nObjet : demande de congé de longue maladie\n\n"
        "Monsieur le Maire,\nSuite à l'avis du comité médical, je sollicite un congé de "
        f"longue maladie à compter du {c.write_date(c.date())}.\nVeuillez agréer…\n{name}"
    )


def school_grant(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    return "courrier", (
        f"Demande de bourse communale — année scolaire 2025-2026\nResponsable : {civility}\n"
        f"Nombre d'enfants à charge : {c.rng.randint(1, 4)}\nRIB : IBAN {iban(c)}\n"
        f"Fait à {c.commune}, le {c.write_date(c.date())}"
    )


def leisure_diet(c: Ctx) -> tuple[str, str]:
    child = f"{c.pick(('Emma', 'Louis', 'Chloé'))} {c.pick(('PETIT', 'ROBERT', 'RICHARD'))}"
    return "periscolaire_inscription", (
        f"Centre de loisirs de {c.commune} — fiche de liaison\n{child}, 7 ans\n"
        "Régime : sans gluten (maladie cœliaque) — panier repas fourni\n"
        "Personne à prévenir : les parents"
    )


def heat_register(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    return "courrier", (
        f"Registre des personnes vulnérables — plan canicule\nM. {name.split()[-1].title()}, "
        f"{c.rng.randint(75, 95)} ans, {c.address()}\nVit seul ; diabétique, oxygène à domicile"
        "\nÀ appeler chaque jour en cas d'alerte."
    )


SENSITIVE_3 = (employer_certificate, long_illness, school_grant, leisure_diet, heat_register)


def company_quote(c: Ctx) -> tuple[str, str]:
    return "courrier", (
        f"{c.pick(COMPANIES)} — SIRET 512 345 678 00021\nDevis n° {c.rng.randint(100, 999)}\n"
        f"Client : Mairie de {c.commune}\nTotal : {c.money(c.amount())}\n"
        f"Acompte de 30 % à la commande, IBAN {iban(c)}"
    )


def school_council(c: Ctx) -> tuple[str, str]:
    return "courrier", (
        f"Compte rendu du conseil d'école — {c.pick(SCHOOLS)}\nPrésents : Mme la directrice, "
        "les représentants des parents, l'adjointe aux affaires scolaires.\nLa procédure des "
        "PAI pour les allergies alimentaires est rappelée par le médecin scolaire ; la "
        "commune équipera le restaurant scolaire d'une armoire réfrigérée."
    )


def ccas_grant(c: Ctx) -> tuple[str, str]:
    return "deliberation", (
        f"Délibération n° {c.act_number(2025)}\nMadame l'adjointe aux affaires sociales "
        "présente la subvention au CCAS pour l'aide aux personnes âgées et handicapées et "
        "pour le portage des repas. Adopté à l'unanimité."
    )


ORDINARY_3 = (company_quote, school_council, ccas_grant)

PER_TEMPLATE = 10
NEWEST = 12


def corpus(seed: int = 20261207) -> list[Labelled]:
    # They borrow `nir` and `iban` from here.
    from tests.filing import (
        sensitive_heldout,
        sensitive_heldout_5,
        sensitive_heldout_6,
        sensitive_heldout_7,
        sensitive_heldout_8,
        sensitive_heldout_9,
        sensitive_heldout_10,
        sensitive_heldout_11,
        sensitive_heldout_12,
    )

    rng = random.Random(seed)
    samples = []
    batches = (
        (1, SENSITIVE, True),
        (1, ORDINARY, False),
        (2, SENSITIVE_2, True),
        (2, ORDINARY_2, False),
        (3, SENSITIVE_3, True),
        (3, ORDINARY_3, False),
        (4, sensitive_heldout.SENSITIVE_4, True),
        (4, sensitive_heldout.ORDINARY_4, False),
        (5, sensitive_heldout_5.SENSITIVE_5, True),
        (5, sensitive_heldout_5.ORDINARY_5, False),
        (6, sensitive_heldout_6.SENSITIVE_6, True),
        (6, sensitive_heldout_6.ORDINARY_6, False),
        (7, sensitive_heldout_7.SENSITIVE_7, True),
        (7, sensitive_heldout_7.ORDINARY_7, False),
        (8, sensitive_heldout_8.SENSITIVE_8, True),
        (8, sensitive_heldout_8.ORDINARY_8, False),
        (9, sensitive_heldout_9.SENSITIVE_9, True),
        (9, sensitive_heldout_9.ORDINARY_9, False),
        (10, sensitive_heldout_10.SENSITIVE_10, True),
        (10, sensitive_heldout_10.ORDINARY_10, False),
        (11, sensitive_heldout_11.SENSITIVE_11, True),
        (11, sensitive_heldout_11.ORDINARY_11, False),
        (12, sensitive_heldout_12.SENSITIVE_12, True),
        (12, sensitive_heldout_12.ORDINARY_12, False),
    )
    for batch, makers, sensitive in batches:
        for maker in makers:
            for index in range(PER_TEMPLATE):
                type_id, text = maker(Ctx(rng))
                if index % 3 == 2:
                    text = ocr_noise(text, rng)
                samples.append(Labelled(type_id, text, sensitive, maker.__name__, batch))
    return samples
