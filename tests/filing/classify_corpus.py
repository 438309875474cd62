"""A labelled set of French documents of collectivités, generated (deterministic).

Two parts, written with different templates:

- ``seen``: the layouts the rules of `referentiel/data/types.yaml` were written and checked
  against;
- ``heldout``: other layouts and wordings of the same types (an e-mail printout, a CERFA-like
  form, old-style "Nous, Maire…" acts, a utility bill…), written after the rules and never used
  to tune them; its figure is the honest estimate of how the bot does on documents nobody here
  has seen.

About one document in three carries OCR-like noise (accents lost, "l" for "1", broken words,
"rn" for "m"). Each sample also gives the key facts written in it (canonical form), so the
proposals of `filing.extract` can be measured on the same texts.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from filing.classify import learned_from, suggest
from french.dates import MONTHS, format_date_fr
from referentiel.model import DocType, load_referentiel


def load_types() -> list[DocType]:
    """The shipped document types, through the referential loader (validated)."""
    return list(load_referentiel().types.values())


def accuracy(
    samples: list[Sample], types: list[DocType], training: list[Sample] | None = None
) -> tuple[float, float]:
    """Share of samples whose type comes first, and within the top 3 (learning from
    `training` as from confirmed filings, when given)."""
    top1 = top3 = 0
    examples = [(s.type_id, s.text) for s in training or []]
    for sample in samples:
        learned = learned_from(examples, sample.text) if training else None
        ids = [s.type_id for s in suggest(sample.text, types, learned)]
        top1 += ids[0] == sample.type_id
        top3 += sample.type_id in ids
    return top1 / len(samples), top3 / len(samples)


@dataclass(frozen=True)
class Sample:
    type_id: str
    text: str
    part: str  # "seen" or "heldout"
    noisy: bool
    facts: dict[str, str] = field(default_factory=dict)  # field name -> canonical value
    template: str = ""


COMMUNES = (
    "Saint-Martin-des-Champs",
    "Villeneuve-sur-Lot",
    "Beaulieu",
    "Montreuil-Bellay",
    "Lagarde",
    "Fontaine-lès-Dijon",
    "Plouézec",
    "Aurignac",
    "Sainte-Foy-la-Grande",
    "Le Vernet",
    "Chalonnes-sur-Loire",
    "Rieux-Volvestre",
)
DEPARTMENTS = ("031", "049", "022", "047", "021", "033", "069", "02A")
FIRST_NAMES = (
    "Jeanne",
    "Paul",
    "Élise",
    "Karim",
    "Sophie",
    "Thierry",
    "Nathalie",
    "Hugo",
    "Léa",
    "Mathieu",
    "Chantal",
    "Yannick",
    "Aïcha",
    "Gérard",
    "Inès",
    "Bruno",
    "Marie-Claire",
    "Jean-Luc",
)
LAST_NAMES = (
    "Martin",
    "Bernard",
    "Durand",
    "Lefèvre",
    "Moreau",
    "Garnier",
    "Rousseau",
    "Faure",
    "Nguyen",
    "Benali",
    "Perrin",
    "Chevalier",
    "Roux",
    "Lemaire",
    "Guérin",
    "Da Silva",
    "Le Goff",
    "Fontaine",
)
COMPANIES = (
    "SARL Durand Bâtiment",
    "Électricité Générale du Lot",
    "Toitures du Centre SAS",
    "Berger Espaces Verts",
    "Papeterie Moderne",
    "SAS Voirie Services",
    "Restauration Collective Dupuis",
    "Garage Central",
    "EURL Plomberie Faure",
    "Informatique et Réseaux 47",
    "Signalisation Sud-Ouest",
    "Ateliers Menuiserie Roux",
)
STREETS = (
    "rue des Lilas",
    "chemin du Moulin",
    "avenue de la Gare",
    "impasse des Tilleuls",
    "route de Toulouse",
    "place de l'Église",
    "allée des Chênes",
    "rue Victor Hugo",
    "boulevard de la République",
    "rue du Stade",
)
GRADES = (
    "adjoint technique territorial",
    "adjoint administratif territorial",
    "agent spécialisé principal de 2e classe des écoles maternelles",
    "rédacteur territorial",
    "adjoint d'animation territorial",
)
SCHOOLS = ("école Jules Ferry", "école maternelle Les Petits Loups", "groupe scolaire Pasteur")


class Ctx:
    """Draws the variable parts of a document from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.commune = rng.choice(COMMUNES)
        self.mayor = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES).upper()}"

    def pick(self, options: tuple[str, ...]) -> str:
        return self.rng.choice(options)

    def person(self) -> tuple[str, str]:
        """(as written with civility, the name alone)."""
        first, last = self.pick(FIRST_NAMES), self.pick(LAST_NAMES)
        style = self.rng.randrange(3)
        name = f"{first} {last}" if style == 0 else f"{last.upper()} {first}"
        if style == 2:
            name = f"{first} {last.upper()}"
        civility = self.pick(("M.", "Mme", "Monsieur", "Madame", ""))
        return (f"{civility} {name}".strip(), name)

    def date(self, start: int = 2019, end: int = 2025) -> dt.date:
        first = dt.date(start, 1, 1).toordinal()
        last = dt.date(end, 12, 28).toordinal()
        return dt.date.fromordinal(self.rng.randint(first, last))

    def write_date(self, day: dt.date) -> str:
        style = self.rng.randrange(4)
        if style == 0:
            return day.strftime("%d/%m/%Y")
        if style == 1:
            return format_date_fr(day)
        if style == 2:
            return format_date_fr(day).upper()
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"

    def address(self) -> str:
        return f"{self.rng.randint(1, 120)} {self.pick(STREETS)}"

    def permit_number(self, prefix: str, year: int) -> str:
        dept, insee = self.pick(DEPARTMENTS), f"{self.rng.randint(1, 600):03d}"
        letter, seq = self.pick(("A", "B", "C", "K")), self.rng.randint(1, 140)
        short = f"{year % 100:02d}"
        if self.rng.random() < 0.3:
            return f"{prefix}{dept}{insee}{short}{letter}{seq:04d}"
        return f"{prefix} {dept} {insee} {short} {letter}{seq:04d}"

    def act_number(self, year: int, prefix: str = "") -> str:
        n = self.rng.randint(1, 240)
        style = self.rng.randrange(4)
        if style == 0:
            return f"{prefix}{year}-{n:03d}"
        if style == 1:
            return f"{prefix or 'A'}{year}_{n:03d}"
        if style == 2:
            return f"{n}/{year}"
        return f"{year}.{n:02d}"

    def amount(self, low: int = 40, high: int = 48000) -> Decimal:
        return Decimal(self.rng.randint(low * 100, high * 100)) / 100

    def money(self, value: Decimal) -> str:
        whole, cents = f"{value:.2f}".split(".")
        grouped = f"{int(whole):,}".replace(",", " ")
        style = self.rng.randrange(3)
        if style == 0:
            return f"{grouped},{cents} €"
        if style == 1:
            return f"{whole},{cents} EUR"
        return f"{grouped},{cents}"


# ---------------------------------------------------------------------------- noise


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def ocr_noise(text: str, rng: random.Random) -> str:
    """What a phone photo run through OCR gives: accents lost, letters and digits confused,
    words broken in two, a few stray characters."""
    if rng.random() < 0.7:
        text = strip_accents(text)
    out = []
    for original in text.split(" "):
        word = original
        roll = rng.random()
        if roll < 0.03 and "m" in word:
            word = word.replace("m", "rn", 1)
        elif roll < 0.06 and "1" in word:
            word = word.replace("1", "l", 1)
        elif roll < 0.09 and "i" in word:
            word = word.replace("i", "l", 1)
        elif roll < 0.12 and len(word) > 7:
            cut = rng.randrange(3, len(word) - 3)
            word = f"{word[:cut]} {word[cut:]}"
        elif roll < 0.14 and "e" in word:
            word = word.replace("e", "c", 1)
        elif roll < 0.15:
            word = f"{word}'"
        out.append(word)
    return " ".join(out)


# ---------------------------------------------------------------------------- seen templates

Made = tuple[str, dict[str, str]]


def permis_a(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PC", decision.year)
    written, name = c.person()
    arr = c.act_number(decision.year, "U")
    text = f"""COMMUNE DE {c.commune.upper()}

ARRÊTÉ N° {arr}
accordant un permis de construire
au nom de la commune

Dossier n° {number}
Déposé le {c.write_date(decision - dt.timedelta(days=70))}
Pétitionnaire : {written}
Demeurant : {c.address()}, {c.commune}
Adresse du terrain : {c.address()}, {c.commune}
Nature des travaux : construction d'une maison individuelle et d'un garage
Surface de plancher créée : {c.rng.randint(60, 220)} m²

Le Maire de {c.commune},
VU la demande de permis de construire susvisée ;
VU le code de l'urbanisme, notamment ses articles L.421-1 et suivants et R.421-1 et suivants ;
VU le plan local d'urbanisme approuvé le {c.write_date(c.date(2010, 2018))} ;
VU les pièces complémentaires déposées le {c.write_date(decision - dt.timedelta(days=30))} ;

ARRÊTE

Article 1 : Le permis de construire est ACCORDÉ pour le projet décrit dans la demande susvisée.
Article 2 : Les eaux pluviales seront gérées sur la parcelle.

Fait à {c.commune}, le {c.write_date(decision)}
Le Maire,
{c.mayor}
"""
    return text, {"numero": number, "petitionnaire": name, "date_decision": decision.isoformat()}


def permis_b(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PC", decision.year)
    written, _name = c.person()
    text = f"""Mairie de {c.commune}
Service urbanisme

PERMIS DE CONSTRUIRE
délivré par le maire au nom de la commune

Demande déposée le {c.write_date(decision - dt.timedelta(days=60))}
Par : {written}
N° {number}
Sur un terrain situé : {c.address()}
Pour : extension d'une habitation et création d'une véranda

Le Maire,
Vu la demande de permis de construire présentée par {written} ;
Vu le Code de l'Urbanisme ;
Vu le règlement du plan local d'urbanisme, zone UB ;
Vu l'avis favorable du gestionnaire du réseau d'électricité ;

ARRÊTE
Article unique : Le permis de construire est accordé sous réserve du respect des prescriptions
mentionnées ci-après.

{c.commune}, le {c.write_date(decision)}
Le Maire
"""
    return text, {"numero": number, "date_decision": decision.isoformat()}


def dp_a(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("DP", decision.year)
    written, name = c.person()
    works = c.pick(
        (
            "ravalement de façade",
            "édification d'une clôture",
            "construction d'une piscine",
            "pose de panneaux photovoltaïques",
            "abri de jardin de 12 m²",
        )
    )
    text = f"""COMMUNE DE {c.commune.upper()}

ARRÊTÉ DE NON-OPPOSITION À UNE DÉCLARATION PRÉALABLE
au nom de la commune

Déclaration préalable n° {number}
Déposée le {c.write_date(decision - dt.timedelta(days=25))}
Demandeur : {written}
Adresse du terrain : {c.address()}
Objet des travaux : {works}

Le Maire,
VU la déclaration préalable présentée le {c.write_date(decision - dt.timedelta(days=25))} ;
VU le code de l'urbanisme, notamment ses articles L.421-4 et R.421-9 à R.421-12 ;

ARRÊTE
Article 1 : Il n'est pas fait opposition à la déclaration préalable.
Article 2 : Les travaux pourront commencer dès que la décision sera exécutoire.

Fait à {c.commune}, le {c.write_date(decision)}
"""
    return text, {"numero": number, "demandeur": name, "date_decision": decision.isoformat()}


def dp_b(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("DP", decision.year)
    written, name = c.person()
    text = f"""{c.commune}
DÉCLARATION PRÉALABLE
Décision de non-opposition

Dossier : {number}
Déclarant : {written}
Terrain situé : {c.address()}
Projet : remplacement des menuiseries et réfection de la toiture à l'identique

Le maire ne s'oppose pas aux travaux déclarés, sous réserve des prescriptions suivantes :
les teintes respecteront le nuancier communal.

Date de la décision : {c.write_date(decision)}
Signature du maire
"""
    return text, {"numero": number, "demandeur": name, "date_decision": decision.isoformat()}


def refus_a(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PC", decision.year)
    written, name = c.person()
    text = f"""COMMUNE DE {c.commune.upper()}

ARRÊTÉ N° {c.act_number(decision.year, "U")}
REFUSANT UN PERMIS DE CONSTRUIRE
au nom de la commune

Dossier n° {number}
Pétitionnaire : {written}
Adresse du terrain : {c.address()}

Le Maire,
VU la demande de permis de construire susvisée ;
VU le code de l'urbanisme ;
VU le plan local d'urbanisme, zone A ;
CONSIDÉRANT que le projet ne respecte pas l'article A 2 du règlement, les constructions
à usage d'habitation n'étant pas autorisées dans la zone ;

ARRÊTE
Article 1 : Le permis de construire est REFUSÉ.

Fait à {c.commune}, le {c.write_date(decision)}
Voies et délais de recours : la présente décision peut faire l'objet d'un recours contentieux.
"""
    return text, {"numero": number, "demandeur": name, "date_decision": decision.isoformat()}


def refus_b(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("DP", decision.year)
    written, name = c.person()
    text = f"""Mairie de {c.commune}

ARRÊTÉ D'OPPOSITION À UNE DÉCLARATION PRÉALABLE
au nom de la commune

Déclaration préalable n° {number}
Demandeur : {written}
Terrain : {c.address()}

Le Maire,
VU la déclaration préalable déposée le {c.write_date(decision - dt.timedelta(days=28))} ;
CONSIDÉRANT que la clôture projetée, d'une hauteur de 2,20 m, n'est pas conforme au
règlement du PLU qui limite la hauteur à 1,60 m ;

ARRÊTE
Article 1 : Il est fait opposition à la déclaration préalable susvisée.

{c.commune}, le {c.write_date(decision)}
"""
    return text, {"numero": number, "demandeur": name, "date_decision": decision.isoformat()}


def cu_a(c: Ctx) -> Made:
    issued = c.date()
    number = c.permit_number(c.pick(("CU", "CUa", "CU a")), issued.year)
    written, name = c.person()
    text = f"""CERTIFICAT D'URBANISME
délivré au nom de la commune

Commune de {c.commune}
Certificat d'urbanisme d'information

Dossier n° {number}
Demandeur : {written}
Terrain : parcelle cadastrée AB {c.rng.randint(10, 900)}, {c.address()}

Article 1 : Les dispositions d'urbanisme applicables au terrain sont celles du plan local
d'urbanisme, zone UC.
Article 2 : Le terrain est grevé des servitudes d'utilité publique suivantes : AC1.
Article 3 : Le terrain est soumis au droit de préemption urbain au bénéfice de la commune.
Article 4 : Taxes et participations : taxe d'aménagement, part communale 3 %.

Fait à {c.commune}, le {c.write_date(issued)}
"""
    return text, {"numero": number, "demandeur": name, "date": issued.isoformat()}


def cu_b(c: Ctx) -> Made:
    issued = c.date()
    number = c.permit_number("CUb", issued.year)
    written, name = c.person()
    text = f"""Mairie de {c.commune}
CERTIFICAT D'URBANISME OPÉRATIONNEL

N° {number}
Demande déposée par : {written}
Opération projetée : division en deux lots à bâtir

Le Maire certifie :
Article 1 : L'opération est réalisable.
Article 2 : Les équipements publics existants (eau, électricité, voirie) desservent le terrain.
Article 3 : La durée de validité du présent certificat est de 18 mois.

Délivré le {c.write_date(issued)}
"""
    return text, {"numero": number, "demandeur": name, "date": issued.isoformat()}


DELIB_OBJECTS = (
    "Vote du budget primitif",
    "Tarifs de la restauration scolaire",
    "Création d'un poste d'adjoint technique",
    "Demande de subvention au titre de la DETR",
    "Approbation du plan local d'urbanisme",
    "Convention avec le syndicat d'énergie",
    "Acquisition d'une parcelle",
)


def deliberation_a(c: Ctx) -> Made:
    sitting = c.date()
    number = c.act_number(sitting.year)
    obj = f"{c.pick(DELIB_OBJECTS)} {sitting.year}"
    text = f"""DÉPARTEMENT DE LA HAUTE-GARONNE
COMMUNE DE {c.commune.upper()}

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du {c.write_date(sitting)}

Nombre de conseillers en exercice : 15
Présents : {c.rng.randint(9, 13)}
Votants : {c.rng.randint(12, 15)}

Le Conseil Municipal de la commune, régulièrement convoqué, s'est réuni en session ordinaire
à la mairie, sous la présidence de {c.mayor}, Maire.
Secrétaire de séance : {c.person()[1]}

Délibération n° {number}
Objet : {obj}

Le Maire expose au conseil municipal le projet. Après en avoir délibéré, le Conseil Municipal,
à l'unanimité des membres présents et représentés, APPROUVE la proposition.

Pour extrait conforme au registre.
Le Maire, {c.mayor}
"""
    return text, {"date_seance": sitting.isoformat(), "numero": number, "objet": obj}


def deliberation_b(c: Ctx) -> Made:
    sitting = c.date()
    number = f"DEL{sitting.year}_{c.rng.randint(1, 200):03d}"
    obj = c.pick(DELIB_OBJECTS)
    text = f"""Communauté de communes du Pays de {c.commune}

DÉLIBÉRATION DU CONSEIL COMMUNAUTAIRE
N° {number}

Date de convocation : {c.write_date(sitting - dt.timedelta(days=7))}
Séance du {c.write_date(sitting)}

Objet : {obj}

Le conseil communautaire, après en avoir délibéré, DÉCIDE d'adopter la proposition du président.
Vote : pour {c.rng.randint(20, 40)}, contre {c.rng.randint(0, 4)}, abstention \
{c.rng.randint(0, 3)}.
"""
    return text, {"date_seance": sitting.isoformat(), "numero": number, "objet": obj}


ARRETE_OBJECTS = (
    "portant réglementation des bruits de voisinage",
    "portant règlement du cimetière communal",
    "portant interdiction de la consommation d'alcool sur la voie publique",
    "portant dénomination de voie",
    "portant délégation de fonctions et de signature à un adjoint",
    "fixant les horaires d'ouverture du parc municipal",
)


def arrete_a(c: Ctx) -> Made:
    signed = c.date()
    number = c.act_number(signed.year)
    obj = c.pick(ARRETE_OBJECTS)
    text = f"""COMMUNE DE {c.commune.upper()}

ARRÊTÉ MUNICIPAL N° {number}
{obj}

Le Maire de {c.commune},
VU le code général des collectivités territoriales, notamment ses articles L.2212-1 et
L.2212-2 relatifs aux pouvoirs de police du maire ;
CONSIDÉRANT qu'il appartient au maire d'assurer le bon ordre et la tranquillité publique ;

ARRÊTE

Article 1 : Les dispositions ci-après s'appliquent sur l'ensemble du territoire communal.
Article 2 : Toute infraction sera constatée et poursuivie conformément aux lois en vigueur.
Article 3 : Le directeur général des services et le commandant de la brigade de gendarmerie
sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté qui sera publié
et transmis au représentant de l'État.

Fait à {c.commune}, le {c.write_date(signed)}
Le Maire, {c.mayor}
"""
    return text, {"numero": number, "date": signed.isoformat()}


def arrete_b(c: Ctx) -> Made:
    signed = c.date()
    number = c.act_number(signed.year, "AR")
    written, _name = c.person()
    text = f"""Mairie de {c.commune}
ARRÊTÉ DU MAIRE n° {number}

Objet : délégation de fonctions à {written}, adjoint au maire

Le Maire,
Vu l'article L.2122-18 du code général des collectivités territoriales ;
Vu le procès-verbal d'élection des adjoints ;

ARRÊTE
Article 1 : Délégation de fonctions est donnée à {written} dans le domaine des travaux.
Article 2 : Ampliation du présent arrêté sera adressée à M. le Préfet.

{c.commune}, le {c.write_date(signed)}
"""
    return text, {"numero": number, "date": signed.isoformat()}


def temporaire_a(c: Ctx) -> Made:
    signed = c.date()
    number = c.act_number(signed.year)
    street = c.pick(STREETS)
    company = c.pick(COMPANIES)
    text = f"""COMMUNE DE {c.commune.upper()}

ARRÊTÉ TEMPORAIRE N° {number}
portant réglementation temporaire de la circulation et du stationnement {street}

Le Maire,
VU le code de la route ;
VU la demande de l'entreprise {company} pour des travaux de raccordement au réseau ;
CONSIDÉRANT qu'il y a lieu de réglementer la circulation pendant la durée des travaux ;

ARRÊTE
Article 1 : Du {c.write_date(signed + dt.timedelta(days=5))} au
{c.write_date(signed + dt.timedelta(days=12))}, la circulation sera alternée et le
stationnement interdit {street}.
Article 2 : La signalisation sera mise en place par l'entreprise.

Fait à {c.commune}, le {c.write_date(signed)}
"""
    return text, {"numero": number, "date": signed.isoformat()}


def temporaire_b(c: Ctx) -> Made:
    signed = c.date()
    number = c.act_number(signed.year, "T")
    written, _name = c.person()
    thing = c.pick(("un échafaudage", "une benne à gravats", "une nacelle élévatrice"))
    text = f"""Mairie de {c.commune}
ARRÊTÉ N° {number}
autorisant l'occupation du domaine public

Le Maire,
Vu la demande présentée par {written} ;
ARRÊTE
Article 1 : {written} est autorisé(e) à installer {thing} au droit du {c.address()},
du {c.write_date(signed)} au {c.write_date(signed + dt.timedelta(days=9))}.
Article 2 : Un passage piéton d'au moins 1,40 m sera maintenu ; les véhicules ne pourront
stationner au droit du chantier.

{c.commune}, le {c.write_date(signed)}
"""
    return text, {"numero": number, "date": signed.isoformat()}


def decision_a(c: Ctx) -> Made:
    signed = c.date()
    number = f"DM {signed.year}-{c.rng.randint(1, 60):02d}"
    obj = c.pick(
        (
            "Signature d'un contrat de maintenance des chaudières",
            "Fixation des tarifs de location de la salle des fêtes",
            "Réalisation d'un emprunt de 150 000 €",
            "Délivrance d'une concession au cimetière",
        )
    )
    text = f"""COMMUNE DE {c.commune.upper()}

DÉCISION DU MAIRE N° {number}
Objet : {obj}

Le Maire de {c.commune},
Vu le code général des collectivités territoriales, et notamment son article L.2122-22 ;
Vu la délibération du conseil municipal en date du {c.write_date(signed - dt.timedelta(days=300))}
donnant délégation au maire ;

DÉCIDE
Article 1 : {obj}.
Article 2 : La présente décision sera inscrite au registre des décisions et il en sera rendu
compte au conseil municipal lors de sa prochaine séance.

Fait à {c.commune}, le {c.write_date(signed)}
"""
    return text, {"numero": number, "date": signed.isoformat(), "objet": obj}


def decision_b(c: Ctx) -> Made:
    signed = c.date()
    number = c.act_number(signed.year, "D")
    company = c.pick(COMPANIES)
    text = f"""Mairie de {c.commune}
DÉCISION MUNICIPALE n° {number}
prise par délégation du conseil municipal (article L.2122-22 du CGCT)

Le Maire décide de conclure avec {company} un contrat pour l'entretien des espaces verts,
pour un montant annuel de {c.money(c.amount(2000, 20000))} HT.

Il sera rendu compte de la présente décision au conseil municipal.
Le {c.write_date(signed)}
"""
    return text, {"numero": number}


def pv_a(c: Ctx) -> Made:
    sitting = c.date()
    names = ", ".join(c.person()[1] for _ in range(5))
    text = f"""COMMUNE DE {c.commune.upper()}

PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL
DU {c.write_date(sitting).upper()}

Étaient présents : {names}
Absents excusés : {c.person()[1]} (pouvoir à {c.person()[1]})
Secrétaire de séance : {c.person()[1]}

La séance est ouverte à 20 h 00.

1. Approbation du procès-verbal de la séance précédente : adopté à l'unanimité.
2. Budget primitif : le conseil adopte le budget par 12 voix pour et 2 abstentions.
3. Travaux de voirie : présentation du programme.
4. Questions diverses : organisation du repas des aînés.

La séance est levée à 22 h 15.
"""
    return text, {"date_seance": sitting.isoformat()}


def pv_b(c: Ctx) -> Made:
    sitting = c.date()
    text = f"""Communauté de communes de {c.commune}

COMPTE RENDU DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE
Séance du {c.write_date(sitting)}

Ordre du jour :
- Rapport d'activité 2024
- Gestion des déchets : attribution du marché de collecte
- Questions diverses

Le président ouvre la séance et constate que le quorum est atteint.
Relevé des décisions : les trois points inscrits sont adoptés.
La séance est levée à 21 h 30.
"""
    return text, {"date_seance": sitting.isoformat()}


def convocation_a(c: Ctx) -> Made:
    sitting = c.date()
    text = f"""Mairie de {c.commune}
{c.commune}, le {c.write_date(sitting - dt.timedelta(days=6))}

CONVOCATION

Madame, Monsieur le Conseiller municipal,

J'ai l'honneur de vous convoquer à la réunion du Conseil Municipal qui se tiendra
le {c.write_date(sitting)} à 20 h 00, en mairie, salle du conseil.

Ordre du jour :
1. Approbation du procès-verbal de la dernière séance
2. Décision modificative n° 1
3. Travaux de l'école

En cas d'empêchement, vous pouvez donner pouvoir à un collègue (formulaire ci-joint).

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.
Le Maire, {c.mayor}
"""
    return text, {"date_seance": sitting.isoformat()}


def convocation_b(c: Ctx) -> Made:
    sitting = c.date()
    text = f"""CONSEIL MUNICIPAL DE {c.commune.upper()}
Séance du {c.write_date(sitting)}

NOTE EXPLICATIVE DE SYNTHÈSE
(article L.2121-12 du code général des collectivités territoriales)

Point 1 – Budget supplémentaire : il est proposé au conseil d'ouvrir les crédits nécessaires.
Point 2 – Tarifs communaux : une hausse de 2 % est proposée.
Point 3 – Personnel : création d'un emploi saisonnier.

Les conseillers municipaux trouveront ci-joint les projets de délibération.
"""
    return text, {"date_seance": sitting.isoformat()}


def facture_a(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    number = f"FA-{issued.year}-{c.rng.randint(1, 9999):04d}"
    ht = c.amount(50, 30000)
    vat = (ht * Decimal("0.20")).quantize(Decimal("0.01"))
    ttc = ht + vat
    text = f"""{company}
{c.address()} - {c.commune}
SIRET {c.rng.randint(100_000_000, 999_999_999)} 00017

FACTURE N° {number}
Date : {issued.strftime("%d/%m/%Y")}

Client : Mairie de {c.commune}

Désignation                          Quantité   Prix unitaire HT   Montant HT
Fournitures et main d'œuvre          1          {c.money(ht)}      {c.money(ht)}

Total HT : {c.money(ht)}
TVA 20 % : {c.money(vat)}
Total TTC : {c.money(ttc)}

Conditions de paiement : 30 jours à réception.
IBAN : FR76 1234 5678 9012 3456 7890 123
"""
    return text, {"montant": f"{ttc:.2f}", "date": issued.isoformat(), "numero": number}


def facture_b(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    number = f"{issued.year % 100:02d}{c.rng.randint(1, 999):03d}"
    ttc = c.amount(30, 9000)
    text = f"""Facture n° {number} du {c.write_date(issued)}
Fournisseur : {company}
Destinataire : Commune de {c.commune}, service comptabilité

Prestation : entretien annuel des extincteurs des bâtiments communaux

Montant TTC : {c.money(ttc)}
Date d'échéance : {c.write_date(issued + dt.timedelta(days=30))}

Pénalités de retard : trois fois le taux d'intérêt légal.
Indemnité forfaitaire pour frais de recouvrement : 40 €.
"""
    return text, {
        "fournisseur": company,
        "montant": f"{ttc:.2f}",
        "date": issued.isoformat(),
        "numero": number,
    }


MARCHE_OBJECTS = (
    "Réfection de la toiture de l'école",
    "Aménagement de la place du marché",
    "Fourniture de repas pour la restauration scolaire",
    "Entretien des espaces verts",
    "Extension de la salle polyvalente",
)


def marche_a(c: Ctx) -> Made:
    notified = c.date()
    obj = c.pick(MARCHE_OBJECTS)
    company = c.pick(COMPANIES)
    text = f"""MARCHÉ PUBLIC DE TRAVAUX
ACTE D'ENGAGEMENT (ATTRI1)

A - Objet de l'acte d'engagement
Objet du marché : {obj}
Lot n° {c.rng.randint(1, 6)}

B - Identification de l'acheteur
Commune de {c.commune}, représentée par son maire

C - Engagement du titulaire
Titulaire : {company}
Montant du marché : {c.money(c.amount(15000, 400000))} HT
Procédure adaptée (article R.2123-1 du code de la commande publique)

D - Signature de l'acheteur
Fait à {c.commune}, le {c.write_date(notified - dt.timedelta(days=8))}

Date de notification : {c.write_date(notified)}
"""
    return text, {"objet": obj, "attributaire": company, "date": notified.isoformat()}


def marche_b(c: Ctx) -> Made:
    notified = c.date()
    obj = c.pick(MARCHE_OBJECTS)
    company = c.pick(COMPANIES)
    text = f"""NOTIFICATION DU MARCHÉ PUBLIC (NOTI10)

Pouvoir adjudicateur : Commune de {c.commune}
Objet de la consultation : {obj}
Attributaire : {company}

Le pouvoir adjudicateur notifie au titulaire le marché public désigné ci-dessus.
Le titulaire recevra un ordre de service pour le démarrage des prestations.

Reçu notification le {c.write_date(notified)}
Signature du titulaire
"""
    return text, {"objet": obj, "attributaire": company, "date": notified.isoformat()}


def offre_a(c: Ctx) -> Made:
    sent = c.date()
    obj = c.pick(MARCHE_OBJECTS)
    loser, winner = c.pick(COMPANIES), c.pick(COMPANIES)
    text = f"""Mairie de {c.commune}
{c.commune}, le {c.write_date(sent)}

{loser}
Objet : {obj} – Information des candidats non retenus

Madame, Monsieur,

J'ai le regret de vous informer que votre offre n'a pas été retenue.
Votre offre est classée {c.rng.randint(2, 5)}e. L'offre retenue est celle de {winner},
économiquement la plus avantageuse au regard des critères de prix (60 %) et de valeur
technique (40 %).

Conformément aux articles R.2181-1 et R.2181-3 du code de la commande publique, le marché ne
sera pas signé avant l'expiration d'un délai de suspension de 11 jours.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
"""
    return text, {"date": sent.isoformat()}


def offre_b(c: Ctx) -> Made:
    sent = c.date()
    obj = c.pick(MARCHE_OBJECTS)
    loser = c.pick(COMPANIES)
    text = f"""NOTIFICATION DE REJET DE CANDIDATURE OU D'OFFRE

Acheteur : Commune de {c.commune}
Objet de la consultation : {obj}
Candidat : {loser}

Rejet de votre offre : votre offre a été jugée moins avantageuse.
Motifs du rejet : prix supérieur de 18 % à celui de l'attributaire.
Caractéristiques et avantages de l'offre retenue : délais plus courts.

Date d'envoi : {c.write_date(sent)}
"""
    return text, {"objet": obj, "candidat": loser, "date": sent.isoformat()}


def individuel_a(c: Ctx) -> Made:
    signed = c.date()
    born = c.date(1962, 2000)
    written, name = c.person()
    grade = c.pick(GRADES)
    text = f"""COMMUNE DE {c.commune.upper()}

ARRÊTÉ N° {c.act_number(signed.year, "RH")}
portant nomination stagiaire

Le Maire,
Vu le code général de la fonction publique ;
Vu le décret portant statut particulier du cadre d'emplois des {grade}s ;
Vu la déclaration de vacance de poste auprès du centre de gestion ;

ARRÊTE
Article 1 : {written}, né(e) le {c.write_date(born)}, est nommé(e) {grade} stagiaire à
compter du {c.write_date(signed + dt.timedelta(days=15))}.
Article 2 : L'intéressé(e) est classé(e) au 1er échelon, indice brut 367, indice majoré 366.

Fait à {c.commune}, le {c.write_date(signed)}
"""
    return text, {"nom": name, "date_naissance": born.isoformat()}


def individuel_b(c: Ctx) -> Made:
    born = c.date(1960, 2002)
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    text = f"""FICHE INDIVIDUELLE DE RENSEIGNEMENTS – AGENT

Nom : {last.upper()}          Prénom : {first}
Date de naissance : {born.strftime("%d/%m/%Y")}
Lieu de naissance : {c.pick(COMMUNES)}
Numéro de sécurité sociale : {c.rng.choice("12")} {c.rng.randint(60, 99)} 0{c.rng.randint(1, 9)}
Situation familiale : {c.pick(("célibataire", "marié(e)", "pacsé(e)"))}
Adresse : {c.address()}, {c.commune}
Grade : {c.pick(GRADES)}
Date d'entrée dans la collectivité : {c.write_date(c.date(2005, 2024))}
"""
    return text, {"nom": f"{first} {last.upper()}", "date_naissance": born.isoformat()}


def paie_a(c: Ctx) -> Made:
    month = c.date().replace(day=1)
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    net = c.amount(1300, 3200)
    end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    text = f"""BULLETIN DE PAIE
Période du {month.strftime("%d/%m/%Y")} au {end.strftime("%d/%m/%Y")}

Employeur : Commune de {c.commune} – SIRET 21310{c.rng.randint(1000, 9999)}00011
Agent : {last.upper()} {first}
Grade : {c.pick(GRADES)}     Indice brut : 382     Indice majoré : 352

Traitement indiciaire                     1 649,48
Cotisation CNRACL                          -182,27
RAFP                                        -16,49
CSG déductible                              -99,12
Net à payer avant impôt sur le revenu     {c.money(net + 80)}
Impôt sur le revenu prélevé à la source     -80,00
NET À PAYER                               {c.money(net)}
"""
    return text, {"nom": f"{last.upper()} {first}", "date": month.isoformat()}


def paie_b(c: Ctx) -> Made:
    month = c.date().replace(day=1)
    written, name = c.person()
    text = f"""Bulletin de salaire – {MONTHS[month.month - 1]} {month.year}
Salarié : {written}
Emploi : agent contractuel – animateur périscolaire

Salaire de base                 35 h        1 801,80
Cotisations salariales : URSSAF, IRCANTEC, CSG/CRDS
Net imposable                                1 402,11
Net à payer                                  {c.money(c.amount(900, 1500))}
Cumul annuel brut                            {c.money(c.amount(5000, 20000))}
"""
    return text, {"nom": name, "date": month.isoformat()}


def courrier_a(c: Ctx) -> Made:
    sent = c.date()
    written, name = c.person()
    subject = c.pick(
        (
            "Demande d'autorisation pour une fête de quartier",
            "Réclamation concernant l'éclairage public",
            "Demande de rendez-vous",
            "Signalement d'un nid-de-poule",
        )
    )
    text = f"""{written}
{c.address()}
{c.commune}

Monsieur le Maire
Mairie de {c.commune}

{c.commune}, le {c.write_date(sent)}

Objet : {subject}

Monsieur le Maire,

Je me permets de vous écrire au sujet de la situation de notre rue. Depuis plusieurs semaines,
les riverains constatent des difficultés et souhaiteraient une intervention des services.

Je vous prie d'agréer, Monsieur le Maire, l'expression de ma haute considération.

{name}
"""
    return text, {"objet": subject, "date": sent.isoformat()}


def courrier_b(c: Ctx) -> Made:
    sent = c.date()
    written, _name = c.person()
    text = f"""Mairie de {c.commune}
Nos réf. : {c.rng.randint(100, 999)}/SG/{sent.year}
Affaire suivie par : {written}

{c.commune}, le {c.write_date(sent)}

Objet : votre courrier du {c.write_date(sent - dt.timedelta(days=20))}

Madame, Monsieur,

En réponse à votre courrier, j'ai le plaisir de vous informer que votre demande a été transmise
au service technique, qui prendra contact avec vous prochainement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Le Maire
"""
    return text, {"date": sent.isoformat()}


def etat_civil_a(c: Ctx) -> Made:
    born = c.date()
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    text = f"""COMMUNE DE {c.commune.upper()}
ACTE DE NAISSANCE N° {c.rng.randint(1, 90)}

Le {c.write_date(born)}, à {c.rng.randint(0, 23)} heures {c.rng.randint(0, 59)}, est né(e)
à {c.commune} : {first} {last.upper()}, fils ou fille de {c.person()[1]} et de {c.person()[1]}.

Dressé le {c.write_date(born + dt.timedelta(days=2))}, sur la déclaration du père, qui, lecture
faite et invité à lire l'acte, a signé avec nous, {c.mayor}, officier de l'état civil.

Mentions marginales : néant.
"""
    return text, {"nature": "naissance", "date": born.isoformat()}


def etat_civil_b(c: Ctx) -> Made:
    married = c.date()
    a, b = c.person()[1], c.person()[1]
    text = f"""EXTRAIT D'ACTE DE MARIAGE
Commune de {c.commune}

Le {c.write_date(married)} a été célébré en mairie le mariage de :
Époux : {a}
Épouse : {b}

Contrat de mariage : sans contrat préalable.
Extrait délivré par l'officier de l'état civil de {c.commune}.
"""
    return text, {"nature": "mariage", "date": married.isoformat()}


def perisco_a(c: Ctx) -> Made:
    signed = c.date()
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    text = f"""FICHE D'INSCRIPTION – SERVICES PÉRISCOLAIRES {signed.year}-{signed.year + 1}
Mairie de {c.commune}

Nom de l'enfant : {last.upper()}     Prénom : {first}
École : {c.pick(SCHOOLS)}      Classe : CE1

Services demandés : ☒ Restauration scolaire   ☒ Garderie du matin   ☐ Garderie du soir

Responsable légal 1 : {c.person()[0]}, téléphone 06 12 34 56 78
Allergies / PAI : aucune
Personnes autorisées à récupérer l'enfant : {c.person()[1]}

Fait à {c.commune}, le {c.write_date(signed)}
"""
    return text, {"enfant": f"{first} {last.upper()}", "date": signed.isoformat()}


def perisco_b(c: Ctx) -> Made:
    signed = c.date()
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    text = f"""ACCUEIL DE LOISIRS SANS HÉBERGEMENT (ALSH)
Dossier d'inscription – mercredis et vacances scolaires

Enfant : {first} {last}
Date de naissance : {c.write_date(c.date(2014, 2021))}
Quotient familial CAF : {c.rng.randint(300, 1800)}
Représentant légal : {c.person()[0]}

Autorisation de sortie : oui
Date d'inscription : {c.write_date(signed)}
"""
    return text, {"enfant": f"{first} {last}", "date": signed.isoformat()}


# ---------------------------------------------------------------------------- more seen templates


def s_permis_a(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PC", decision.year)
    written, name = c.person()
    return (
        f"""RÉPUBLIQUE FRANÇAISE
Commune de {c.commune}

Demande de permis de construire pour une maison individuelle et/ou ses annexes

Référence du dossier : {number}
Demandeur : {written}
Terrain : {c.address()}
Projet : garage accolé de 35 m²

Décision du maire
Le maire autorise le projet décrit dans la demande. Les travaux pourront débuter à compter de
la date à laquelle la présente autorisation est exécutoire. Le bénéficiaire affichera
l'autorisation sur le terrain pendant toute la durée du chantier.

Le {c.write_date(decision)}
Pour le maire, l'adjoint délégué à l'urbanisme
""",
        {"numero": number, "petitionnaire": name},
    )


def s_permis_b(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PC", decision.year)
    written, _ = c.person()
    return (
        f"""Service instructeur mutualisé – Communauté d'agglomération
Pour la commune de {c.commune}

AUTORISATION DE CONSTRUIRE
Bâtiment agricole (hangar de stockage)

N° d'enregistrement : {number}
Titulaire de l'autorisation : {written}
Lieu des travaux : lieu-dit Les Granges

Vu la demande enregistrée le {c.write_date(decision - dt.timedelta(days=80))} ;
Vu l'avis de la chambre d'agriculture ;
La construction est autorisée. Les prescriptions de l'architecte des bâtiments de France
seront respectées.

Signé électroniquement le {c.write_date(decision)}
""",
        {"numero": number},
    )


def s_dp_a(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("DP", decision.year)
    written, _ = c.person()
    return (
        f"""Mairie de {c.commune}

Récépissé de dépôt d'une déclaration préalable

Madame, Monsieur, vous avez déposé une déclaration de travaux.
Numéro d'enregistrement : {number}
Déposant : {written}
Date de dépôt : {c.write_date(decision)}
Nature des travaux : division foncière

Le délai d'instruction est d'un mois. Si vous ne recevez pas de réponse dans ce délai, vous
bénéficierez d'une décision tacite de non-opposition.
""",
        {"numero": number},
    )


def s_dp_b(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("DP", decision.year)
    written, _ = c.person()
    return (
        f"""ARRÊTÉ MUNICIPAL
Travaux non soumis à permis – changement de fenêtres et volets

Commune de {c.commune}
Dossier {number}, présenté par {written}

Le maire,
Considérant que les travaux projetés respectent les règles applicables,
Article premier : Aucune opposition n'est formulée à l'encontre des travaux déclarés.
Article 2 : Le pétitionnaire devra respecter les teintes prévues.

Le {c.write_date(decision)}
""",
        {"numero": number},
    )


def s_refus_a(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PC", decision.year)
    written, _ = c.person()
    return (
        f"""Commune de {c.commune} – Urbanisme

Décision sur la demande de permis de construire {number}
déposée par {written}

Le projet de construction d'une habitation en zone naturelle ne peut être autorisé.
La demande est rejetée pour les motifs suivants :
- le terrain est situé en zone N du plan local d'urbanisme, inconstructible ;
- l'accès ne présente pas les caractéristiques suffisantes pour la défense incendie.

Recours : vous pouvez contester cette décision devant le tribunal administratif dans les deux
mois.

Le {c.write_date(decision)}, le Maire
""",
        {"numero": number},
    )


def s_refus_b(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PA", decision.year)
    written, _ = c.person()
    return (
        f"""ARRÊTÉ
portant refus de permis d'aménager

Commune de {c.commune}
Demande n° {number} présentée par {written}
Projet : lotissement de 8 lots

Le maire,
Considérant que le réseau d'assainissement ne peut desservir le projet ;
Article 1 : Le permis d'aménager est refusé.

Fait le {c.write_date(decision)}
""",
        {"numero": number},
    )


def s_cu_a(c: Ctx) -> Made:
    issued = c.date()
    number = c.permit_number("CU", issued.year)
    return (
        f"""Office notarial – Maître {c.pick(FIRST_NAMES)} {c.pick(LAST_NAMES)}

Réponse de la commune de {c.commune} à la demande de renseignements d'urbanisme
(vente de la parcelle ZK {c.rng.randint(1, 300)})

Référence CUa : {number}
Zonage : UA
Le terrain n'est pas situé dans un périmètre de préemption.
Le bien est desservi par les réseaux.

Ce document vaut certificat d'information au sens de l'article L.410-1 a) du code de
l'urbanisme ; il est valable dix-huit mois.
Délivré le {c.write_date(issued)}
""",
        {"numero": number},
    )


def s_cu_b(c: Ctx) -> Made:
    issued = c.date()
    number = c.permit_number("CU", issued.year)
    return (
        f"""Commune de {c.commune}
Certificat d'urbanisme – demande n° {number}

Le projet de construction d'une maison sur le terrain ne peut être réalisé : le terrain est
situé en zone agricole. L'opération n'est pas réalisable.

Le {c.write_date(issued)}
""",
        {"numero": number},
    )


def s_deliberation_a(c: Ctx) -> Made:
    sitting = c.date()
    return (
        f"""Conseil municipal du {c.write_date(sitting)}
Point n° {c.rng.randint(1, 12)} de l'ordre du jour
Rapporteur : {c.person()[1]}, adjoint aux finances

Exposé des motifs
Il est proposé d'accorder une subvention de 1 500 € à l'association des parents d'élèves.

Le conseil, ouï l'exposé du rapporteur et après en avoir délibéré,
APPROUVE l'attribution de la subvention.
Adopté à la majorité : 11 voix pour, 2 contre.

Acte rendu exécutoire après transmission en préfecture et publication.
""",
        {"date_seance": sitting.isoformat()},
    )


def s_deliberation_b(c: Ctx) -> Made:
    sitting = c.date()
    number = c.act_number(sitting.year)
    return (
        f"""Commune de {c.commune}
Registre des délibérations
Acte n° {number}

Réunion du {c.write_date(sitting)}
Membres en fonction : 19 – présents : 15 – représentés : 2

Objet : renouvellement de la convention de mise à disposition du gymnase

Le conseil municipal accepte le renouvellement de la convention pour trois ans et autorise
le maire à la signer.
""",
        {"numero": number},
    )


def s_arrete_a(c: Ctx) -> Made:
    signed = c.date()
    return (
        f"""Nous, Maire de la commune de {c.commune},

Vu les articles L.2212-1 et L.2213-2 du code général des collectivités territoriales ;
Considérant la nécessité de prévenir la divagation des chiens sur le territoire communal ;

ARRÊTONS :
Article 1er : Il est interdit de laisser divaguer les chiens sur la voie publique.
Article 2 : Les chiens devront être tenus en laisse dans le parc municipal.
Article 3 : Le garde champêtre est chargé de l'exécution du présent arrêté.

En mairie, le {c.write_date(signed)}
""",
        {},
    )


def s_arrete_b(c: Ctx) -> Made:
    signed = c.date()
    number = c.act_number(signed.year)
    return (
        f"""Commune de {c.commune}
Acte réglementaire n° {number}

Le Maire de la commune,
Vu la délibération du conseil municipal fixant le nom des voies ;
Arrête :
Article 1 : La voie nouvelle reliant la route de Toulouse au chemin du Moulin prend le nom
de « allée des Peupliers ».
Article 2 : La numérotation des habitations sera métrique.
Copie sera adressée au service du cadastre et à La Poste.

Le {c.write_date(signed)}
""",
        {"numero": number},
    )


def s_temporaire_a(c: Ctx) -> Made:
    signed = c.date()
    event = c.pick(("fête de la musique", "marché de Noël", "course cycliste", "vide-greniers"))
    place = c.pick(("place de l'Église", "place du Marché", "avenue de la Gare"))
    return (
        f"""Arrêté de police du maire – {event}

Commune de {c.commune}

Le maire,
Considérant que le déroulement de la {event} nécessite des mesures de sécurité ;
Article 1 : Le {c.write_date(signed + dt.timedelta(days=10))}, de 8 h à 20 h, il est interdit
de circuler et de stationner {place}.
Article 2 : Les véhicules en infraction seront mis en fourrière.
Article 3 : Une déviation sera mise en place par les rues adjacentes.

Le {c.write_date(signed)}
""",
        {},
    )


def s_temporaire_b(c: Ctx) -> Made:
    signed = c.date()
    written, _ = c.person()
    return (
        f"""Mairie de {c.commune}
Permis de stationnement – déménagement

Bénéficiaire : {written}
Emplacement : devant le {c.address()}
Jour : {c.write_date(signed + dt.timedelta(days=4))}, de 7 h à 18 h

Un camion de déménagement est autorisé à stationner sur deux emplacements. Le bénéficiaire
installera des panneaux d'interdiction 48 heures avant. Le trottoir restera libre pour les
piétons.

Délivré le {c.write_date(signed)}
""",
        {},
    )


def s_decision_a(c: Ctx) -> Made:
    signed = c.date()
    company = c.pick(COMPANIES)
    return (
        f"""Commune de {c.commune}
Décision n° {c.act_number(signed.year)}

Le Maire, agissant en vertu de la délégation qui lui a été consentie par délibération du
conseil municipal,
Décide de conclure avec {company} un contrat de location de copieurs pour une durée de
trois ans.
Cette décision sera portée à la connaissance du conseil municipal.

Le {c.write_date(signed)}
""",
        {},
    )


def s_decision_b(c: Ctx) -> Made:
    signed = c.date()
    return (
        f"""Mairie de {c.commune}

Acceptation d'une indemnité de sinistre

Le Maire de {c.commune},
en application de l'article L.2122-22, 6° du code général des collectivités territoriales
et de la délibération lui confiant ces attributions,
accepte l'indemnité de {c.money(c.amount(500, 9000))} proposée par l'assureur de la commune
à la suite du bris de vitrage de l'école.

Fait le {c.write_date(signed)}
""",
        {},
    )


def s_pv_a(c: Ctx) -> Made:
    sitting = c.date()
    return (
        f"""Réunion du conseil municipal du {c.write_date(sitting)}
Procès verbal

Membres présents : {", ".join(c.person()[1] for _ in range(4))}
Membre absent : {c.person()[1]}

Le maire ouvre la réunion à 19 h 30 et donne lecture du compte rendu de la réunion précédente,
qui n'appelle pas d'observation.
Point 1 : travaux de la mairie, le conseil valide le devis de l'entreprise retenue.
Point 2 : fête communale, le comité des fêtes présente le programme.
Fin de la réunion à 21 h 40.
Le secrétaire, le président
""",
        {"date_seance": sitting.isoformat()},
    )


def s_pv_b(c: Ctx) -> Made:
    sitting = c.date()
    return (
        f"""Conseil communautaire
Relevé des débats de la séance publique du {c.write_date(sitting)}

M. le Président rappelle les points inscrits. M. {c.pick(LAST_NAMES)} intervient sur le coût
du service de collecte ; le vice-président lui répond que la hausse résulte du marché.
Les élus échangent sur le calendrier des travaux. Le président remercie les participants.
""",
        {"date_seance": sitting.isoformat()},
    )


def s_convocation_a(c: Ctx) -> Made:
    sitting = c.date()
    return (
        f"""Les membres du conseil communautaire sont invités à se réunir
le {c.write_date(sitting)} à 18 h 30, à la salle des fêtes de {c.commune}.

Points inscrits :
- Approbation des comptes de gestion
- Modification des statuts
- Rapport sur le prix et la qualité du service

Date d'envoi : {c.write_date(sitting - dt.timedelta(days=5))}
Le Président
""",
        {"date_seance": sitting.isoformat()},
    )


def s_convocation_b(c: Ctx) -> Made:
    sitting = c.date()
    return (
        f"""AVIS DE RÉUNION
Le conseil municipal de {c.commune} tiendra une réunion publique
le {c.write_date(sitting)} à 20 heures en mairie.

Questions à l'ordre du jour : budget, tarifs de l'eau, travaux de voirie.
Affiché à la porte de la mairie.
""",
        {"date_seance": sitting.isoformat()},
    )


def s_facture_a(c: Ctx) -> Made:
    issued = c.date()
    due = c.amount(80, 4000)
    return (
        f"""Énergie Plus – Votre facture d'électricité
Client : Commune de {c.commune} – Point de livraison : salle des fêtes
Date d'émission : {c.write_date(issued)}

Abonnement (puissance 36 kVA)               {c.money(c.amount(20, 200))}
Consommation heures pleines (kWh)           {c.money(c.amount(50, 2000))}
Taxes et contributions                      {c.money(c.amount(10, 300))}
Montant à régler                            {c.money(due)}

Prélèvement automatique le {c.write_date(issued + dt.timedelta(days=15))}
""",
        {"date": issued.isoformat()},
    )


def s_facture_b(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    return (
        f"""{company}
Mémoire des travaux exécutés
Chantier : mairie de {c.commune} – remplacement de la chaudière

Désignation                                 Total
Dépose de l'ancienne chaudière               {c.money(c.amount(200, 800))}
Fourniture et pose chaudière gaz             {c.money(c.amount(3000, 9000))}
Somme due, taxes comprises                   {c.money(c.amount(4000, 12000))}

Établi le {c.write_date(issued)}, payable par virement au Trésor public.
""",
        {"date": issued.isoformat()},
    )


def s_marche_a(c: Ctx) -> Made:
    signed = c.date()
    company = c.pick(COMPANIES)
    return (
        f"""ORDRE DE SERVICE N° 1
Démarrage des travaux

Maître d'ouvrage : Commune de {c.commune}
Entreprise : {company}
Opération : {c.pick(MARCHE_OBJECTS)}

Il est prescrit à l'entreprise de commencer les travaux le
{c.write_date(signed + dt.timedelta(days=7))}. Le délai d'exécution est de quatre mois.

Signé le {c.write_date(signed)}, le maître d'ouvrage
""",
        {},
    )


def s_marche_b(c: Ctx) -> Made:
    signed = c.date()
    company = c.pick(COMPANIES)
    return (
        f"""AVENANT N° 1
au contrat de {c.pick(MARCHE_OBJECTS).lower()}

Entre la commune de {c.commune} et {company}, titulaire.
Le présent avenant porte le montant du contrat de {c.money(c.amount(20000, 50000))} HT
à {c.money(c.amount(50001, 60000))} HT, en raison de travaux supplémentaires.
Les autres clauses demeurent inchangées.

Le {c.write_date(signed)}
""",
        {},
    )


def s_offre_a(c: Ctx) -> Made:
    sent = c.date()
    return (
        f"""Commune de {c.commune}

Madame, Monsieur,

Nous avons bien reçu votre proposition pour la consultation relative à
« {c.pick(MARCHE_OBJECTS).lower()} ». Après analyse, nous sommes au regret de vous faire
savoir qu'elle n'a pas été classée en première position. La commission a attribué le contrat
à un autre candidat.

Nous vous remercions de l'intérêt porté à notre consultation.

Le {c.write_date(sent)}
""",
        {},
    )


def s_offre_b(c: Ctx) -> Made:
    sent = c.date()
    return (
        f"""LETTRE DE REJET
Consultation n° {sent.year}-{c.rng.randint(1, 30):02d} : {c.pick(MARCHE_OBJECTS)}

Votre proposition a été classée {c.rng.randint(2, 6)}e sur {c.rng.randint(6, 9)}.
Note obtenue : {c.rng.randint(40, 80)}/100 ; note de l'attributaire : 92/100.
Vous pouvez demander les motifs détaillés de cette décision.

Envoyé le {c.write_date(sent)}
""",
        {},
    )


def s_individuel_a(c: Ctx) -> Made:
    born = c.date(1965, 2003)
    written, _name = c.person()
    return (
        f"""CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE
(agent contractuel, article L.332-23 du code général de la fonction publique)

Entre la commune de {c.commune}, représentée par son maire,
et {written}, né(e) le {c.write_date(born)},

Article 1 : {written} est recruté(e) pour faire face à un accroissement temporaire d'activité.
Article 2 : Fonctions : agent d'entretien des bâtiments communaux.
Article 3 : Rémunération sur la base de l'indice brut 367.
""",
        {"date_naissance": born.isoformat()},
    )


def s_individuel_b(c: Ctx) -> Made:
    born = c.date(1960, 2000)
    written, _ = c.person()
    return (
        f"""ÉTAT DES SERVICES

Je soussigné, Maire de {c.commune}, certifie que {written}, née le {c.write_date(born)},
a exercé dans la collectivité les fonctions suivantes :
- du 01/09/2012 au 31/12/2016 : agent contractuel ;
- depuis le 01/01/2017 : titulaire du grade de rédacteur territorial.
Carrière : avancement au 6e échelon le 01/03/2023.
""",
        {"date_naissance": born.isoformat()},
    )


def s_paie_a(c: Ctx) -> Made:
    month = c.date().replace(day=1)
    written, _ = c.person()
    return (
        f"""Mairie de {c.commune} – Paie de {MONTHS[month.month - 1]} {month.year}
Relevé de rémunération de {written}

Éléments de rémunération
  Traitement brut                         1 912,44
  Nouvelle bonification indiciaire           69,37
  IFSE (régime indemnitaire)                180,00
Retenues
  Retraite                                 -213,56
  Contribution sociale généralisée         -172,08
Montant versé sur votre compte            {c.money(c.amount(1200, 2400))}
""",
        {"date": month.isoformat()},
    )


def s_paie_b(c: Ctx) -> Made:
    month = c.date().replace(day=1)
    written, _ = c.person()
    return (
        f"""DUPLICATA – FICHE DE PAIE
Mois : {MONTHS[month.month - 1]} {month.year}
Collectivité : Commune de {c.commune}
Agent : {written}

Brut : 2 104,12   Total des retenues : 452,30   Net versé : {c.money(c.amount(1300, 2000))}
""",
        {"date": month.isoformat()},
    )


def s_courrier_a(c: Ctx) -> Made:
    sent = c.date()
    written, _ = c.person()
    subject = c.pick(
        ("Salle des fêtes", "Inscription sur les listes", "Ramassage des encombrants")
    )
    return (
        f"""De : {written} <{written.split()[-1].lower()}@exemple.fr>
À : mairie@{c.commune.lower().replace(" ", "-")}.fr
Date : {c.write_date(sent)}
Objet : {subject}

Bonjour,

Je souhaiterais savoir s'il est possible de réserver la salle pour le mois prochain, et à
quelles conditions. Je reste disponible par téléphone.

Cordialement,
{written}
""",
        {"objet": subject, "date": sent.isoformat()},
    )


def s_courrier_b(c: Ctx) -> Made:
    sent = c.date()
    written, _ = c.person()
    return (
        f"""Préfecture de la Haute-Garonne
Direction de la citoyenneté et de la légalité

Toulouse, le {c.write_date(sent)}

La préfète
à
Mesdames et Messieurs les maires du département

Je vous informe que la campagne de recensement de la population débutera en janvier. Je vous
remercie de désigner un coordonnateur communal et de me transmettre son nom.
Mes services restent à votre disposition.
{written}
""",
        {"date": sent.isoformat()},
    )


def s_etat_civil_a(c: Ctx) -> Made:
    died = c.date()
    return (
        f"""Registre des décès {died.year}
Acte n° {c.rng.randint(1, 40)}

Le {c.write_date(died)}, {c.person()[1]}, retraité(e), domicilié(e) à {c.commune}, est
décédé(e) en son domicile. Dressé sur la déclaration de {c.person()[1]}, voisin, par nous,
adjoint au maire, par délégation.
""",
        {"date": died.isoformat()},
    )


def s_etat_civil_b(c: Ctx) -> Made:
    born = c.date()
    return (
        f"""Commune de {c.commune}
Transcription – acte de reconnaissance

Le {c.write_date(born)}, devant nous a comparu {c.person()[1]}, qui a déclaré reconnaître
l'enfant {c.pick(FIRST_NAMES)}, né(e) le {c.write_date(born - dt.timedelta(days=90))}.
Lecture faite, le comparant a signé avec nous.
""",
        {"date": born.isoformat()},
    )


def s_perisco_a(c: Ctx) -> Made:
    signed = c.date()
    return (
        f"""Demande d'admission à la cantine et au transport scolaire
Rentrée {signed.year}

Élève : {c.pick(FIRST_NAMES)} {c.pick(LAST_NAMES)}
Établissement fréquenté : {c.pick(SCHOOLS)}
Repas : lundi, mardi, jeudi, vendredi
Régime alimentaire particulier : sans porc

Parent ou tuteur : {c.person()[0]}
Signature et date : {c.write_date(signed)}
""",
        {},
    )


def s_perisco_b(c: Ctx) -> Made:
    signed = c.date()
    return (
        f"""Formulaire unique famille – année {signed.year}-{signed.year + 1}
Mairie de {c.commune} – Pôle enfance

Je souhaite que mon enfant fréquente :
[x] la garde du matin (7 h 30 – 8 h 20)
[ ] la garde du soir (16 h 30 – 18 h 30)
[x] les ateliers du midi

Nom, prénom de l'enfant : {c.pick(LAST_NAMES)} {c.pick(FIRST_NAMES)}
Vaccinations à jour : oui
Date : {c.write_date(signed)}
""",
        {},
    )


Template = Callable[[Ctx], Made]

BC_ITEMS = (
    ("Ramettes papier A4 80 g", "Fournitures de bureau pour l'école"),
    ("Sacs de terreau 50 L", "Plants et terreau pour les massifs"),
    ("Panneaux de signalisation temporaire", "Signalisation pour les travaux de voirie"),
    ("Produits d'entretien des sols", "Produits d'entretien des bâtiments"),
    ("Tables pliantes", "Mobilier pour la salle des fêtes"),
)


def commande_a(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    number = f"BC-{issued.year}-{c.rng.randint(1, 999):04d}"
    item, what = c.pick(BC_ITEMS)
    total = c.amount(40, 6000)
    return (
        f"""Mairie de {c.commune}
Service des finances

BON DE COMMANDE N° {number}
Date : {issued.strftime("%d/%m/%Y")}

Fournisseur : {company}
Objet : {what}

Désignation                              Quantité   Prix unitaire
{item}                                   {c.rng.randint(1, 40)}         {c.money(c.amount(2, 200))}

Montant TTC : {c.money(total)}
Imputation budgétaire : 60632 – fournitures de petit équipement
Adresse de livraison : services techniques, {c.address()}
Visa de l'ordonnateur
""",
        {
            "fournisseur": company,
            "date": issued.isoformat(),
            "montant": f"{total:.2f}",
            "numero": number,
        },
    )


def commande_b(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    item, _what = c.pick(BC_ITEMS)
    number = f"{issued.year % 100:02d}/{c.rng.randint(1, 400):03d}"
    return (
        f"""COMMUNE DE {c.commune.upper()}
Commande n° {number} du {c.write_date(issued)}

À l'attention de : {company}
Service demandeur : restauration scolaire

Merci de bien vouloir nous livrer :
- {item}
Délai de livraison : sous quinze jours
Lieu de livraison : {c.address()}

Numéro d'engagement : E{issued.year}{c.rng.randint(100, 999)}
La facture sera adressée en un exemplaire à la mairie, en rappelant le numéro de commande.
""",
        {"date": issued.isoformat(), "numero": number},
    )


def s_commande_a(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    item, _what = c.pick(BC_ITEMS)
    return (
        f"""{company}
Devis accepté – bon pour accord

Client : Mairie de {c.commune}
{item} – livraison à l'atelier municipal

Total TTC : {c.money(c.amount(100, 4000))}
Bon pour accord, le {c.write_date(issued)}
Le maire, signature et cachet de la commune
""",
        {"date": issued.isoformat()},
    )


def s_commande_b(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    number = f"{c.rng.randint(1000, 9999)}"
    return (
        f"""Bon de commande
Numéro de commande : {number}
Date de la commande : {c.write_date(issued)}
Fournisseur : {company}
Engagement comptable n° {c.rng.randint(100, 999)}
Date de livraison souhaitée : {c.write_date(issued + dt.timedelta(days=10))}
Signature de l'ordonnateur
""",
        {"fournisseur": company, "date": issued.isoformat(), "numero": number},
    )


SEEN: dict[str, tuple[Template, ...]] = {
    "permis_construire": (permis_a, permis_b, s_permis_a, s_permis_b),
    "declaration_prealable": (dp_a, dp_b, s_dp_a, s_dp_b),
    "refus_urbanisme": (refus_a, refus_b, s_refus_a, s_refus_b),
    "certificat_urbanisme": (cu_a, cu_b, s_cu_a, s_cu_b),
    "deliberation": (deliberation_a, deliberation_b, s_deliberation_a, s_deliberation_b),
    "arrete": (arrete_a, arrete_b, s_arrete_a, s_arrete_b),
    "arrete_temporaire": (temporaire_a, temporaire_b, s_temporaire_a, s_temporaire_b),
    "decision_maire": (decision_a, decision_b, s_decision_a, s_decision_b),
    "pv_seance": (pv_a, pv_b, s_pv_a, s_pv_b),
    "convocation": (convocation_a, convocation_b, s_convocation_a, s_convocation_b),
    "facture": (facture_a, facture_b, s_facture_a, s_facture_b),
    "marche": (marche_a, marche_b, s_marche_a, s_marche_b),
    "offre_non_retenue": (offre_a, offre_b, s_offre_a, s_offre_b),
    "dossier_individuel": (individuel_a, individuel_b, s_individuel_a, s_individuel_b),
    "bulletin_paie": (paie_a, paie_b, s_paie_a, s_paie_b),
    "courrier": (courrier_a, courrier_b, s_courrier_a, s_courrier_b),
    "etat_civil": (etat_civil_a, etat_civil_b, s_etat_civil_a, s_etat_civil_b),
    "periscolaire_inscription": (perisco_a, perisco_b, s_perisco_a, s_perisco_b),
    "bon_de_commande": (commande_a, commande_b, s_commande_a, s_commande_b),
}

# ---------------------------------------------------------------------------- held-out templates
# Written after the rules were settled; never used to tune them.


def h_permis_a(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PC", decision.year)
    written, name = c.person()
    return (
        f"""Ville de {c.commune}
Direction de l'aménagement et du droit des sols

Arrêté n° {c.act_number(decision.year, "URB")}

Le Maire de {c.commune},
Vu la demande présentée le {c.write_date(decision - dt.timedelta(days=90))} par {written}
en vue d'obtenir l'autorisation de réhabiliter une grange en logement,
enregistrée sous le numéro {number} ;
Vu le dossier et les plans joints ;
Vu l'avis de l'architecte des Bâtiments de France ;

Arrête :
Article 1 – Le permis est délivré pour le projet décrit dans la demande.
Article 2 – La présente autorisation est périmée si les travaux ne sont pas entrepris dans
le délai de trois ans.

{c.commune}, le {c.write_date(decision)}
""",
        {"numero": number, "petitionnaire": name, "date_decision": decision.isoformat()},
    )


def h_permis_b(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PC", decision.year)
    written, name = c.person()
    return (
        f"""{number}
Pétitionnaire : {written}

Objet : notification de la décision relative à votre demande de permis de construire

Madame, Monsieur,
J'ai le plaisir de vous adresser ci-joint l'arrêté vous accordant le permis de construire
sollicité pour la surélévation de votre habitation. Je vous rappelle que vous devez afficher
l'autorisation sur votre terrain et adresser en mairie la déclaration d'ouverture de chantier.

Le {c.write_date(decision)}, pour le maire, le service urbanisme
""",
        {"numero": number, "petitionnaire": name},
    )


def h_dp_a(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("DP", decision.year)
    written, name = c.person()
    return (
        f"""COMMUNE DE {c.commune.upper()}
DÉCISION SUR UNE DÉCLARATION PRÉALABLE
(lotissement et autres divisions foncières non soumis à permis d'aménager)

Numéro : {number}
Déclarant(e) : {written}
Nature : détachement d'un lot à bâtir

Le maire de {c.commune},
Vu le code de l'urbanisme ;
Vu le plan local d'urbanisme intercommunal ;
ARRÊTE : Il n'est pas fait opposition à la déclaration préalable susvisée.

Le {c.write_date(decision)}
""",
        {"numero": number, "demandeur": name, "date_decision": decision.isoformat()},
    )


def h_dp_b(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("DP", decision.year)
    written, _ = c.person()
    return (
        f"""Objet : votre déclaration préalable {number}
Projet : installation d'une pompe à chaleur et d'un carport

{written},
Votre dossier de déclaration préalable est complet. À défaut de réponse de l'administration
dans un délai d'un mois à compter du {c.write_date(decision)}, vous bénéficierez d'une décision
de non-opposition tacite.
Le service urbanisme
""",
        {"numero": number},
    )


def h_refus_a(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("PC", decision.year)
    written, name = c.person()
    return (
        f"""MAIRIE DE {c.commune.upper()}

ARRÊTÉ DE REFUS DE PERMIS DE CONSTRUIRE
délivré par le maire au nom de la commune

Demande n° {number}, déposée par {written}
Objet : construction d'un bâtiment d'activité

Considérant que le projet porte atteinte au caractère des lieux avoisinants (article R.111-27
du code de l'urbanisme) ;
Article unique : La demande de permis de construire est refusée.

Le {c.write_date(decision)}
""",
        {"numero": number, "demandeur": name, "date_decision": decision.isoformat()},
    )


def h_refus_b(c: Ctx) -> Made:
    decision = c.date()
    number = c.permit_number("DP", decision.year)
    return (
        f"""Ville de {c.commune}
Dossier {number}

Décision : OPPOSITION

Le maire s'oppose aux travaux déclarés (pose d'une clôture en panneaux de béton) : le projet
n'est pas compatible avec les prescriptions de l'aire de mise en valeur de l'architecture
et du patrimoine.
Vous pouvez déposer une nouvelle déclaration tenant compte de ces observations.

Date : {c.write_date(decision)}
""",
        {"numero": number, "date_decision": decision.isoformat()},
    )


def h_cu_a(c: Ctx) -> Made:
    issued = c.date()
    number = c.permit_number("CUa", issued.year)
    written, name = c.person()
    return (
        f"""CERTIFICAT D'URBANISME D'INFORMATION
Article L.410-1 a) du code de l'urbanisme

Identité du demandeur : {written}
Référence : {number}
Localisation du terrain : lieu-dit La Croix, parcelles B 412 et B 413

Régime des taxes : taxe d'aménagement, redevance d'archéologie préventive.
Servitudes : aucune.
Le présent certificat a une durée de validité de 18 mois.

À {c.commune}, le {c.write_date(issued)}
""",
        {"numero": number, "demandeur": name, "date": issued.isoformat()},
    )


def h_cu_b(c: Ctx) -> Made:
    issued = c.date()
    number = c.permit_number("CUb", issued.year)
    return (
        f"""Commune de {c.commune}

Réponse à une demande de certificat opérationnel
Dossier : {number}
Projet : construction de deux maisons d'habitation

Le terrain peut être utilisé pour la réalisation de l'opération envisagée. Les réseaux d'eau
potable et d'électricité sont au droit du terrain.

Délivré le {c.write_date(issued)}
""",
        {"numero": number, "date": issued.isoformat()},
    )


def h_deliberation_a(c: Ctx) -> Made:
    sitting = c.date()
    number = c.act_number(sitting.year)
    obj = c.pick(DELIB_OBJECTS)
    return (
        f"""SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE DE {c.commune.upper()}
Comité syndical

Délibération n° {number}
Séance du {c.write_date(sitting)}

Délégués en exercice : 12 ; présents : 9 ; pouvoirs : 1

Objet : {obj}

Le comité syndical, après en avoir délibéré, à l'unanimité,
DÉCIDE d'approuver la proposition du président.

Ainsi fait et délibéré les jour, mois et an susdits.
""",
        {"date_seance": sitting.isoformat(), "numero": number, "objet": obj},
    )


def h_deliberation_b(c: Ctx) -> Made:
    sitting = c.date()
    return (
        f"""République française – Département du Lot – Commune de {c.commune}

Le {c.write_date(sitting)}, les membres du conseil municipal se sont réunis sous la présidence
du maire. Le quorum étant atteint, le conseil a pu valablement délibérer.

Vente d'un terrain communal
Le maire présente l'offre d'achat reçue pour la parcelle ZB 55. Le conseil municipal, par
10 voix pour et 3 voix contre, autorise la vente et charge le maire de signer l'acte notarié.

Transmis au contrôle de légalité le {c.write_date(sitting + dt.timedelta(days=4))}
""",
        {},
    )


def h_arrete_a(c: Ctx) -> Made:
    signed = c.date()
    number = c.act_number(signed.year)
    return (
        f"""Commune de {c.commune}
ARRÊTÉ N° {number}
instaurant une zone bleue de stationnement à durée limitée

Le Maire,
Vu le code général des collectivités territoriales, articles L.2213-1 et L.2213-2 ;
Considérant la nécessité de favoriser la rotation des véhicules en centre-bourg ;
ARRÊTE
Article 1 : À compter du {c.write_date(signed + dt.timedelta(days=30))}, le stationnement est
limité à 1 h 30 place du Marché, du lundi au samedi de 9 h à 19 h.
Article 2 : Le présent arrêté est permanent ; il abroge l'arrêté du 3 mai 2004.

Fait à {c.commune}, le {c.write_date(signed)}
""",
        {"numero": number, "date": signed.isoformat()},
    )


def h_arrete_b(c: Ctx) -> Made:
    signed = c.date()
    number = c.act_number(signed.year)
    written, _ = c.person()
    return (
        f"""ARRÊTÉ MUNICIPAL N° {number}
portant délégation de signature

Le Maire de {c.commune},
Vu le code général des collectivités territoriales, notamment l'article L.2122-19 ;
ARRÊTE
Article 1 : Délégation de signature est donnée à {written}, directeur général des services,
pour les bordereaux de mandats et de titres de recettes.
Article 2 : Le présent arrêté sera affiché en mairie et notifié à l'intéressé.

{c.commune}, le {c.write_date(signed)}
""",
        {"numero": number, "date": signed.isoformat()},
    )


def h_temporaire_a(c: Ctx) -> Made:
    signed = c.date()
    number = c.act_number(signed.year)
    company = c.pick(COMPANIES)
    return (
        f"""Arrêté n° {number}
Réfection de la couche de roulement – RD 12

Le maire de {c.commune},
Vu la demande de {company}, chargée des travaux de voirie ;
Arrête :
Article 1 – Du {c.write_date(signed + dt.timedelta(days=3))} au
{c.write_date(signed + dt.timedelta(days=6))}, la route départementale 12 sera fermée à toute
circulation entre le carrefour de la Poste et le lieu-dit Les Bordes.
Article 2 – Une déviation sera mise en place par la RD 45.
Article 3 – Les riverains pourront accéder à leur domicile.

Fait le {c.write_date(signed)}
""",
        {"numero": number, "date": signed.isoformat()},
    )


def h_temporaire_b(c: Ctx) -> Made:
    signed = c.date()
    written, _ = c.person()
    return (
        f"""AUTORISATION DE VOIRIE
Occupation temporaire – terrasse saisonnière

Bénéficiaire : {written}, restaurant Le Relais
Emplacement : trottoir devant le {c.address()}
Période : du 1er mai au 30 septembre {signed.year}

La terrasse ne devra pas gêner le passage des piétons ni l'accès des secours. Redevance
calculée selon les tarifs municipaux.

Le maire, le {c.write_date(signed)}
""",
        {"date": signed.isoformat()},
    )


def h_decision_a(c: Ctx) -> Made:
    signed = c.date()
    number = f"{signed.year}-D{c.rng.randint(1, 40):02d}"
    return (
        f"""DÉCISION N° {number}
Objet : Tarifs des concessions au cimetière

Le Maire de la commune de {c.commune},
Vu l'article L.2122-22 (8°) du code général des collectivités territoriales ;
Vu la délibération du {c.write_date(signed - dt.timedelta(days=200))} portant délégations
du conseil municipal au maire ;

DÉCIDE
Article 1 : Les tarifs des concessions sont fixés comme suit : 15 ans : 150 € ; 30 ans : 300 €.
Article 2 : Le conseil municipal sera informé de la présente décision.

Le {c.write_date(signed)}
""",
        {"numero": number, "date": signed.isoformat()},
    )


def h_decision_b(c: Ctx) -> Made:
    signed = c.date()
    company = c.pick(COMPANIES)
    return (
        f"""Ville de {c.commune}
Décision du maire prise en vertu de l'article L.2122-22 du CGCT

Le maire décide de signer avec {company} la convention d'occupation du local situé
{c.address()} pour un loyer mensuel de 350 €.

Compte rendu en sera donné au conseil municipal.
Le {c.write_date(signed)}
""",
        {"date": signed.isoformat()},
    )


def h_pv_a(c: Ctx) -> Made:
    sitting = c.date()
    return (
        f"""CONSEIL MUNICIPAL DE {c.commune.upper()}
PROCÈS-VERBAL
Séance ordinaire du {c.write_date(sitting)}

Présents : {", ".join(c.person()[1] for _ in range(6))}
Excusés : {c.person()[1]}
Secrétaire : {c.person()[1]}

M. le Maire ouvre la séance à 18 h 30.
Le procès-verbal de la précédente séance est approuvé sans observation.
Affaires examinées : subventions aux associations, adhésion au groupement de commandes.
Plus rien n'étant à l'ordre du jour, la séance est close à 20 h 05.
""",
        {"date_seance": sitting.isoformat()},
    )


def h_pv_b(c: Ctx) -> Made:
    sitting = c.date()
    return (
        f"""Communauté de communes {c.commune}
Bureau communautaire – compte-rendu
Réunion du {c.write_date(sitting)}

Participants : le président, les vice-présidents, la directrice générale des services.
Synthèse des échanges :
- le plan de mandat sera présenté au prochain conseil ;
- les élus demandent une étude sur la mutualisation du service technique.
Prochaine réunion : à fixer.
""",
        {"date_seance": sitting.isoformat()},
    )


def h_convocation_a(c: Ctx) -> Made:
    sitting = c.date()
    written, _ = c.person()
    return (
        f"""À {written}, conseiller(ère) municipal(e)

Conformément aux articles L.2121-10 et suivants du code général des collectivités
territoriales, je vous prie de bien vouloir assister à la séance du conseil municipal
le {c.write_date(sitting)} à 19 h, salle du conseil.

Ordre du jour :
- Compte administratif {sitting.year - 1}
- Affectation du résultat
- Questions diverses

Le Maire, {c.mayor}
""",
        {"date_seance": sitting.isoformat()},
    )


def h_convocation_b(c: Ctx) -> Made:
    sitting = c.date()
    return (
        f"""Courriel – Convocation dématérialisée
Objet : Conseil communautaire du {c.write_date(sitting)}

Mesdames et Messieurs les délégués communautaires,
Vous trouverez en pièces jointes la convocation, l'ordre du jour et les rapports de la
prochaine séance du conseil communautaire. Merci de confirmer votre présence ou de
transmettre votre pouvoir.

Le secrétariat général
""",
        {"date_seance": sitting.isoformat()},
    )


def h_facture_a(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    total = c.amount(100, 20000)
    return (
        f"""{company.upper()}
Capital 8 000 € – RCS Toulouse – TVA intracommunautaire FR12 345678901

Facture
N° : {issued.year}{c.rng.randint(100, 999)}
Émise le : {c.write_date(issued)}
Commande : bon n° {c.rng.randint(1000, 9999)} de la mairie de {c.commune}

Réf.    Libellé                              Qté    P.U. HT     Total HT
A12     Cartouches d'encre                    10     {c.money(c.amount(5, 90))}
B07     Ramettes papier A4                    40     {c.money(c.amount(2, 8))}

Total TTC : {c.money(total)}
Règlement à 30 jours par mandat administratif.
""",
        {"montant": f"{total:.2f}", "date": issued.isoformat()},
    )


def h_facture_b(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    due = c.amount(40, 3000)
    return (
        f"""{company}
AVIS DE SOMMES À PAYER

Destinataire : Mairie de {c.commune}
Période facturée : {MONTHS[issued.month - 1]} {issued.year}
Location et maintenance du photocopieur du secrétariat

Net à payer : {c.money(due)}
À régler avant le {c.write_date(issued + dt.timedelta(days=30))}
""",
        {"fournisseur": company, "montant": f"{due:.2f}"},
    )


def h_marche_a(c: Ctx) -> Made:
    notified = c.date()
    company = c.pick(COMPANIES)
    obj = c.pick(MARCHE_OBJECTS)
    return (
        f"""Commune de {c.commune}
Marché n° {notified.year}-{c.rng.randint(1, 20):02d}

Objet : {obj}

Le présent marché est conclu avec la société {company}, domiciliée {c.address()},
représentée par son gérant, pour un montant de {c.money(c.amount(10000, 90000))} HT.
Durée : douze mois à compter de la notification.

Pour l'entreprise (signature et cachet)          Pour la commune, le maire
""",
        {"objet": obj},
    )


def h_marche_b(c: Ctx) -> Made:
    signed = c.date()
    company = c.pick(COMPANIES)
    return (
        f"""PROCÈS-VERBAL DE RÉCEPTION DES TRAVAUX

Opération : {c.pick(MARCHE_OBJECTS)}
Entreprise titulaire : {company}
Maître d'œuvre : cabinet d'architecture {c.pick(LAST_NAMES)}

Après visite contradictoire le {c.write_date(signed)}, le maître d'ouvrage prononce la
réception des travaux avec les réserves listées en annexe, à lever sous un mois.
""",
        {},
    )


def h_offre_a(c: Ctx) -> Made:
    sent = c.date()
    company = c.pick(COMPANIES)
    return (
        f"""{company}
à l'attention du gérant

Objet : Consultation « {c.pick(MARCHE_OBJECTS)} » – résultat

Madame, Monsieur,
La commune de {c.commune} vous remercie pour votre participation. Nous vous informons que
votre offre n'a pas été retenue : elle est arrivée en troisième position sur cinq.
Le marché a été attribué à l'entreprise la mieux-disante.
Recevez, Madame, Monsieur, nos salutations distinguées.

{c.commune}, le {c.write_date(sent)}
""",
        {"date": sent.isoformat()},
    )


def h_offre_b(c: Ctx) -> Made:
    sent = c.date()
    return (
        f"""Information des soumissionnaires évincés

Procédure : marché à procédure adaptée n° {sent.year}-{c.rng.randint(1, 20):02d}
Objet : {c.pick(MARCHE_OBJECTS)}

Votre offre a été écartée. Elle a obtenu la note de {c.rng.randint(50, 80)}/100.
Nom de l'attributaire : {c.pick(COMPANIES)} – note : 91/100.
Le contrat pourra être signé à l'issue d'un délai de onze jours.

Envoyé par le profil d'acheteur le {c.write_date(sent)}
""",
        {"date": sent.isoformat()},
    )


def h_individuel_a(c: Ctx) -> Made:
    signed = c.date()
    born = c.date(1965, 2000)
    written, _name = c.person()
    return (
        f"""Commune de {c.commune}
ARRÊTÉ PORTANT TITULARISATION

Le Maire,
Vu le code général de la fonction publique ;
Vu l'avis favorable de la commission administrative paritaire ;
Considérant que {written}, né(e) le {c.write_date(born)}, a accompli son stage de façon
satisfaisante ;
ARRÊTE
Article 1 : {written} est titularisé(e) dans le grade d'adjoint technique territorial à
compter du {c.write_date(signed)}.
Article 2 : Ampliation sera adressée au centre de gestion et au comptable public.
""",
        {"date_naissance": born.isoformat()},
    )


def h_individuel_b(c: Ctx) -> Made:
    born = c.date(1962, 2001)
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    return (
        f"""DEMANDE DE DISPONIBILITÉ POUR CONVENANCES PERSONNELLES

Agent : {first} {last}
Né(e) le : {born.strftime("%d/%m/%Y")}
Service : écoles
Je sollicite une mise en disponibilité pour une durée d'un an.

Avis du responsable de service : favorable
""",
        {"nom": f"{first} {last}", "date_naissance": born.isoformat()},
    )


def h_paie_a(c: Ctx) -> Made:
    month = c.date().replace(day=1)
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    return (
        f"""COMMUNE DE {c.commune.upper()}                       PAIE {month.strftime("%m/%Y")}
Matricule 00{c.rng.randint(100, 999)}     {last.upper()} {first}
Statut : titulaire CNRACL     Échelon 5     IB 404 / IM 365

Code  Libellé                         Base       Taux      À payer     À déduire
101   Traitement                     1 702,00               1 702,00
201   Supplément familial                                     73,79
401   Retraite CNRACL                1 702,00   11,10 %                  188,92
501   CSG non déductible             1 775,79    2,40 %                   42,62

NET À PAYER                                                 {c.money(c.amount(1300, 1700))}
""",
        {"nom": f"{last.upper()} {first}", "date": month.isoformat()},
    )


def h_paie_b(c: Ctx) -> Made:
    month = c.date().replace(day=1)
    written, _ = c.person()
    return (
        f"""Attestation de versement
Je soussigné, maire de {c.commune}, atteste que {written} a perçu au titre du mois de
{MONTHS[month.month - 1]} {month.year} une rémunération nette de
{c.money(c.amount(1100, 2200))}, après retenue des cotisations sociales.
""",
        {"date": month.isoformat()},
    )


def h_courrier_a(c: Ctx) -> Made:
    sent = c.date()
    _written, name = c.person()
    subject = c.pick(
        ("Demande de subvention", "Organisation du forum des associations", "Prêt de matériel")
    )
    return (
        f"""Association sportive de {c.commune}
Le président

{c.commune}, le {c.write_date(sent)}

Objet : {subject}

Monsieur le Maire,
Notre association organise cette année plusieurs manifestations et sollicite votre soutien.
Vous trouverez ci-joint le budget prévisionnel.
En vous remerciant par avance, je vous prie de croire, Monsieur le Maire, à l'assurance de
mes sentiments respectueux.

{name}
""",
        {"objet": subject, "date": sent.isoformat()},
    )


def h_courrier_b(c: Ctx) -> Made:
    sent = c.date()
    return (
        f"""Conseil départemental
Direction des routes

Le {c.write_date(sent)}

Monsieur le Maire,

Suite à notre rencontre, je vous confirme que le renforcement de la chaussée de la RD 12 est
inscrit au programme de l'an prochain. Mes services prendront contact avec les vôtres.

Bien à vous,
Le directeur des routes
""",
        {"date": sent.isoformat()},
    )


def h_etat_civil_a(c: Ctx) -> Made:
    day = c.date()
    a, b = c.person()[1], c.person()[1]
    return (
        f"""Copie intégrale
Acte de mariage n° {c.rng.randint(1, 30)}

Le {c.write_date(day)}, à quinze heures, devant nous, {c.mayor}, maire, officier de l'état
civil de la commune de {c.commune}, ont comparu publiquement en la maison commune :
{a}, et {b}.
Les futurs époux ont déclaré l'un après l'autre vouloir se prendre pour époux.
""",
        {"nature": "mariage", "date": day.isoformat()},
    )


def h_etat_civil_b(c: Ctx) -> Made:
    day = c.date()
    return (
        f"""Mairie de {c.commune} – Service de l'état civil
Avis de mention

Acte de naissance de {c.person()[1]}, dressé le {c.write_date(day - dt.timedelta(days=10000))}.
Mention à apposer en marge : divorcé(e) par jugement du tribunal judiciaire du
{c.write_date(day)}.
""",
        {},
    )


def h_perisco_a(c: Ctx) -> Made:
    signed = c.date()
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    return (
        f"""ACCUEIL PÉRISCOLAIRE – RÉSERVATION ANNUELLE {signed.year}/{signed.year + 1}

Enfant : {first} {last.upper()}
Niveau : CM2
Jours de présence : lundi – mardi – jeudi – vendredi
Accueil du soir jusqu'à 18 h 30 : oui

Le responsable légal atteste l'exactitude des renseignements.
Date et signature : {c.write_date(signed)}
""",
        {"enfant": f"{first} {last.upper()}", "date": signed.isoformat()},
    )


def h_perisco_b(c: Ctx) -> Made:
    signed = c.date()
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    return (
        f"""Mairie de {c.commune}
Séjour d'été – centre de loisirs municipal

Nom : {last.upper()}      Prénom : {first}
Âge : {c.rng.randint(6, 12)} ans
Semaines choisies : 1 et 3
Sait nager : oui
Contact en cas d'urgence : {c.person()[0]}

Reçu le {c.write_date(signed)}
""",
        {"enfant": f"{first} {last.upper()}", "date": signed.isoformat()},
    )


def h_commande_a(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    item, _what = c.pick(BC_ITEMS)
    number = f"{issued.year}-{c.rng.randint(1, 900):03d}"
    return (
        f"""VILLE DE {c.commune.upper()} – Direction des services techniques
BON DE COMMANDE
N° {number}
Émis le {c.write_date(issued)}
Titulaire : {company}

Qté   Référence   Libellé
{c.rng.randint(1, 12)}     R-{c.rng.randint(10, 99)}        {item}

Livraison : magasin municipal, {c.address()}
Imputation : 2188 – autres immobilisations corporelles
""",
        {"date": issued.isoformat(), "numero": number},
    )


def h_commande_b(c: Ctx) -> Made:
    issued = c.date()
    company = c.pick(COMPANIES)
    item, _what = c.pick(BC_ITEMS)
    total = c.amount(60, 2500)
    return (
        f"""Commande de fournitures
Mairie de {c.commune}, le {c.write_date(issued)}

Société {company}
Nous vous commandons : {item}.
Montant total : {c.money(total)}
Adresse de livraison : école maternelle, {c.address()}
Merci de rappeler le numéro d'engagement sur votre facture.
""",
        {"montant": f"{total:.2f}"},
    )


HELDOUT: dict[str, tuple[Template, ...]] = {
    "permis_construire": (h_permis_a, h_permis_b),
    "declaration_prealable": (h_dp_a, h_dp_b),
    "refus_urbanisme": (h_refus_a, h_refus_b),
    "certificat_urbanisme": (h_cu_a, h_cu_b),
    "deliberation": (h_deliberation_a, h_deliberation_b),
    "arrete": (h_arrete_a, h_arrete_b),
    "arrete_temporaire": (h_temporaire_a, h_temporaire_b),
    "decision_maire": (h_decision_a, h_decision_b),
    "pv_seance": (h_pv_a, h_pv_b),
    "convocation": (h_convocation_a, h_convocation_b),
    "facture": (h_facture_a, h_facture_b),
    "marche": (h_marche_a, h_marche_b),
    "offre_non_retenue": (h_offre_a, h_offre_b),
    "dossier_individuel": (h_individuel_a, h_individuel_b),
    "bulletin_paie": (h_paie_a, h_paie_b),
    "courrier": (h_courrier_a, h_courrier_b),
    "etat_civil": (h_etat_civil_a, h_etat_civil_b),
    "periscolaire_inscription": (h_perisco_a, h_perisco_b),
    "bon_de_commande": (h_commande_a, h_commande_b),
}


SEEN_PER_TYPE = 8
HELDOUT_PER_TYPE = 4


def _generate(
    part: str, templates: dict[str, tuple[Template, ...]], per_type: int, seed: int
) -> list[Sample]:
    rng = random.Random(seed)
    samples = []
    for type_id, makers in templates.items():
        for index in range(per_type):
            maker = makers[index % len(makers)]
            text, facts = maker(Ctx(rng))
            noisy = index % 3 == 2
            if noisy:
                text = ocr_noise(text, rng)
            samples.append(Sample(type_id, text, part, noisy, facts, maker.__name__))
    return samples


def corpus() -> list[Sample]:
    """Every sample, seen part first (the same list on every call)."""
    return [
        *_generate("seen", SEEN, SEEN_PER_TYPE, seed=20250312),
        *_generate("heldout", HELDOUT, HELDOUT_PER_TYPE, seed=19790601),
    ]


def filler(paragraphs: int, seed: int = 7) -> str:
    """Body text of an administrative document, to make texts the length of two pages."""
    rng = random.Random(seed)
    sentences = (
        "Le présent document est établi conformément aux dispositions en vigueur.",
        "Les services municipaux se tiennent à la disposition des usagers.",
        "Une copie sera conservée dans les archives de la collectivité.",
        "Les pièces annexées font partie intégrante du présent document.",
        "Toute modification ultérieure fera l'objet d'un document distinct.",
        "Les délais courent à compter de la date de réception.",
        "Le comptable public est informé des suites données.",
    )
    return "\n\n".join(
        " ".join(rng.choice(sentences) for _ in range(6)) for _ in range(paragraphs)
    )
