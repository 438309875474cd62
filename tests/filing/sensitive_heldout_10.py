"""Tenth batch of documents for the sensitivity check.

Written by another author who never saw the detector (`filing/sensitive.py`) nor its
benchmark, only the product's rule and the earlier batches (`sensitive_corpus.py`,
`sensitive_heldout.py`, `sensitive_heldout_5.py` to `sensitive_heldout_9.py`), read to write
other situations, services, conditions and wordings than theirs. It is measured once and never
used to tune anything.

It walks through services the earlier batches left aside: the preparation of weddings and PACS
(the hearing of the future spouses, an interpreter, a rescheduled appointment), the
naturalisation ceremony, the census (the agents' pay, a round notebook), the polling station's
assessors, the conseil municipal's written questions, the récolement of a building permit,
exchanges of social housing, the maison France services, the chantier d'insertion and the RSA
follow-up, the épicerie sociale, the résidence autonomie and the EHPAD's admission commission,
the stadium, the office de tourisme, the camping municipal, the port de plaisance, the
vide-grenier and the marché de Noël, the associations' subsidies, the réserve communale de
sécurité civile, the vidéoprotection, the gendarmerie's messages, the archives, road works and
DICT, street naming, exhumations, hunting and affouage, calamités agricoles, the agents'
training, discipline, social action (CNAS), retirement (CNRACL) and prévoyance.

``SENSITIVE_10`` holds documents sensitive by their content under types that are not sensitive
in themselves: a valid NIR (a France services follow-up sheet, the census agents' pay statement,
a CDDI hiring sheet, a CNRACL estimate request, an EHPAD admission file, a prévoyance claim), a
private person's IBAN (a tourist's refund, a camper's deposit, a vide-grenier exhibitor, a
treasurer lending his own account to his association, an agent's social loan and training
costs, a boat owner's credit note), or health information about an identifiable person (a bride
who signs, a groom in chemotherapy at the hearing, a PACS postponed from a hospital bed, a new
citizen in rehabilitation, a bedridden resident in the census notebook, an assessor's renal
colic on the answering machine, a police officer's post-traumatic stress in the minutes, a
petitioner's stroke at the récolement, a tenant on oxygen, a trainee followed for alcohol, a
diabetic at the épicerie sociale, a GIR and an insulin round, a cardiac arrest at the stadium,
a hunter hit by a pellet, a volunteer with a wasp-venom allergy, a broken nose on camera, an
Alzheimer patient missing, an agent's deafness from noise, a home-hospitalised resident in a
traffic order, an absence for sick leave on a training sheet, an agent's dependence to alcohol,
a child's leukaemia, an affouagiste's hip, a marché de Noël volunteer's phlebitis…).

``ORDINARY_10`` holds documents of the same services and shapes that are not sensitive: the
same sheets, tables, e-mails, text messages, minutes, forms, acts and letters with nothing about
anyone's health nor private bank data; health words about animals, vines, trees, programmes,
buildings and statistics; forms answering « néant » or « aucun »; letters asking for a carte
Vitale, a social security number or a RIB without giving one; a doctor named in a street's
name; the Trésor public's, an office de tourisme's, an association's and companies' accounts;
long reference numbers (tax numbers, DICT numbers, RNA numbers) that are not NIRs.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal

from tests.filing.classify_corpus import GRADES, LAST_NAMES, Ctx
from tests.filing.sensitive_corpus import iban, nir

WOMEN = (
    "Sylvie",
    "Martine",
    "Nadège",
    "Laetitia",
    "Khadija",
    "Brigitte",
    "Maëlle",
    "Océane",
    "Josiane",
    "Anne-Sophie",
    "Yvette",
    "Samia",
)
MEN = (
    "Didier",
    "Alain",
    "Jérôme",
    "Kévin",
    "Mohamed",
    "Serge",
    "Loïc",
    "Thibault",
    "Raymond",
    "Jean-Pierre",
    "Florian",
    "Patrick",
)
SURNAMES = (
    *LAST_NAMES,
    "Lacoste",
    "Ferreira",
    "Kerbrat",
    "Castagné",
    "Peyrot",
    "Haddad",
    "Vasseur",
    "Lopes",
    "Marchand",
    "Ouedraogo",
    "Delpech",
    "Tessier",
)
CHILDREN = ("Enzo", "Maël", "Lina", "Chloé", "Yanis", "Anna", "Gabin", "Lou", "Nathan", "Iris")
TOWNS = ("Villefranche", "Figeac", "Marmande", "Périgueux", "Montauban", "Guingamp", "Lectoure")
HOSPITALS = (
    "CHU Pellegrin",
    "centre hospitalier d'Agen",
    "CH de Guingamp",
    "CHU Rangueil",
    "centre hospitalier de Rodez",
    "pôle de santé du Marmandais",
    "centre hospitalier de Cahors",
)
BICS = ("CCBPFRPPBDX", "AGRIFRPP835", "CMCIFR2A", "SOGEFRPP", "CEPAFRPP131", "PSSTFRPPBOR")
INTERCOS = (
    "Communauté de communes du Pays de Serres",
    "Communauté de communes Lomagne Gersoise",
    "Communauté d'agglomération Grand Sud Armor",
    "Communauté de communes Quercy Bouriane",
)
TECH_GRADES = (
    "adjoint technique territorial",
    "adjoint technique principal de 2e classe",
    "agent de maîtrise",
)
DEPTS = ("24", "32", "46", "47", "82", "22", "29", "12")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


# --- helpers ------------------------------------------------------------------------------


def digits(c: Ctx, n: int) -> str:
    return "".join(str(c.rng.randint(0, 9)) for _ in range(n))


def mobile(c: Ctx) -> str:
    head = f"0{c.pick(('6', '7'))}"
    if c.rng.random() < 0.3:
        return head + digits(c, 8)
    return head + "".join(f" {digits(c, 2)}" for _ in range(4))


def landline(c: Ctx) -> str:
    return f"05.{digits(c, 2)}.{digits(c, 2)}.{digits(c, 2)}.{digits(c, 2)}"


def shift(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=c.rng.randint(low, high))


def clock(c: Ctx, low: int = 8, high: int = 18) -> str:
    hours, minutes = c.rng.randint(low, high), c.pick(("00", "10", "15", "30", "45"))
    return f"{hours} h {minutes}" if c.rng.random() < 0.5 else f"{hours}h{minutes}"


def long_day(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS_FR[day.month - 1]} {day.year}"


def ascii_slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return kept.lower().replace(" ", "-").replace("'", "")


def town_mail(c: Ctx, box: str) -> str:
    return f"{box}@{ascii_slug(c.commune)}.fr"


def home_mail(c: Ctx, first: str, last: str) -> str:
    domain = c.pick(("orange.fr", "gmail.com", "sfr.fr", "free.fr", "yahoo.fr", "outlook.fr"))
    local = c.pick((f"{first}.{last}", f"{first[0]}{last}", f"{last}{c.rng.randint(10, 99)}"))
    return f"{ascii_slug(local)}@{domain}"


def mail_top(c: Ctx, sender: str, address: str, *, to: str, subject: str, day: dt.date) -> str:
    """The head of an e-mail as it comes out of the printer (two mail programs)."""
    sent = f"{long_day(day)} {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}"
    if c.rng.random() < 0.5:
        return f"De : {sender} <{address}>\nEnvoyé : {sent}\nÀ : {to}\nObjet : {subject}\n"
    return f"{subject}\n{sender} <{address}>\n{sent}\nÀ : {to}\n"


def nir_like(text: str) -> bool:
    """Whether fifteen digits in a row (separators dropped) carry a NIR's key."""
    run = "".join(ch for ch in text if ch.isdigit())
    return any(
        run[i] in "12" and int(run[i + 13 : i + 15]) == 97 - int(run[i : i + 13]) % 97
        for i in range(len(run) - 14)
    )


def reference(c: Ctx, n: int) -> str:
    """A long file or contract number that is not a NIR."""
    while True:
        value = digits(c, n)
        if not nir_like(value):
            return value


def org_iban(c: Ctx) -> str:
    """The account of a company, an association or a public body (no NIR hidden in it)."""
    while True:
        value = iban(c)
        if not nir_like(value):
            return value


def treasury_iban(c: Ctx) -> str:
    """A Trésor public account (Banque de France, bank code 30001)."""
    while True:
        bban = "30001" + digits(c, 18)
        compact = f"FR{98 - int(bban + '152700') % 97:02d}{bban}"
        if not nir_like(compact):
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def nir_for(c: Ctx, born: dt.date, sex: str | None = None) -> str:
    """A NIR with its right key (computed as `nir()` does) for someone born on `born`."""
    body = (
        f"{sex or c.pick(('1', '2'))}{born.year % 100:02d}{born.month:02d}{c.pick(DEPTS)}"
        f"{c.rng.randint(1, 990):03d}{c.rng.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_print(c: Ctx, value: str | None = None) -> str:
    """A valid NIR as people and software print it."""
    parts = (value or nir(c)).split()
    style = c.rng.randrange(5)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    if style == 2:
        return f"{''.join(parts[:-1])} {parts[-1]}"
    if style == 3:
        return f"{' '.join(parts[:-1])} / {parts[-1]}"
    return ".".join(parts)


def iban_print(c: Ctx) -> str:
    value = iban(c)
    style = c.rng.randrange(3)
    if style == 0:
        return value
    if style == 1:
        return value.replace(" ", "")
    return value.replace(" ", "-")


def woman(c: Ctx) -> tuple[str, str]:
    return c.pick(WOMEN), c.pick(SURNAMES)


def man(c: Ctx) -> tuple[str, str]:
    return c.pick(MEN), c.pick(SURNAMES)


def anyone(c: Ctx) -> tuple[str, str, str]:
    """(first name, family name, the sex digit of a NIR)."""
    if c.rng.random() < 0.5:
        return (*woman(c), "2")
    return (*man(c), "1")


def title(sex: str) -> str:
    return "Mme" if sex == "2" else "M."


def styled(c: Ctx, first: str, last: str) -> str:
    """A name as secretaries and residents write it."""
    style = c.rng.randrange(5)
    if style == 0:
        return f"{first} {last.upper()}"
    if style == 1:
        return f"{last.upper()} {first}"
    if style == 2:
        return f"{first} {last}"
    if style == 3:
        return f"{first[0]}. {last}"
    return f"{last.upper()} {first.upper()}"


def agree(text: str, sex: str) -> str:
    """Writes « hospitalisé(e) » as the person's own form."""
    return text.replace("(e)", "e" if sex == "2" else "")


def money(value: Decimal) -> str:
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", " ") + f",{cents} €"


def interco(c: Ctx) -> str:
    return c.pick(INTERCOS)


Maker = Callable[[Ctx], tuple[str, str]]
VOWEL_AFTER_DE = re.compile(r"\b(d|qu)e (?=[AEIOUÉaeiouéâ])", re.IGNORECASE)


def written(maker: Maker) -> Maker:
    """The maker with French elisions (« d'Aurignac », « qu'Océane », « du Vernet »)."""

    @functools.wraps(maker)
    def make(c: Ctx) -> tuple[str, str]:
        type_id, text = maker(c)
        if c.commune.startswith("Le "):
            rest = c.commune[3:]
            text = text.replace(f"de {c.commune}", f"du {rest}")
            text = text.replace(f"à {c.commune}", f"au {rest}")
            text = text.replace(f"DE {c.commune.upper()}", f"DU {rest.upper()}")
        return type_id, VOWEL_AFTER_DE.sub(lambda m: m.group(1) + "'", text)

    return make


# --- sensitive by content: NIR --------------------------------------------------------------

FS_STEPS = (
    ("CPAM", "demande de complémentaire santé solidaire en ligne, compte ameli créé"),
    ("CARSAT", "demande de retraite personnelle en ligne, relevé de carrière vérifié"),
    ("CPAM", "commande de la carte Vitale (photo et pièce d'identité numérisées)"),
    ("MSA", "changement de coordonnées bancaires et attestation de droits imprimée"),
    ("France Travail", "réinscription et actualisation du mois"),
)
FS_FOLLOW = (
    "usager autonome pour la suite",
    "nouveau RDV dans 15 jours pour suivre la demande",
    "dossier transmis au correspondant de l'organisme via le back-office",
    "attente d'un courrier de l'organisme, l'usager rappellera",
)
FS_PIECES = (
    "avis d'imposition, justificatif de domicile",
    "pièce d'identité, dernier bulletin de salaire",
    "attestation de droits, relevé d'identité bancaire",
    "aucune",
)


def france_services_nir_sheet(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    born = c.date(1950, 1999)
    day = c.date(2023, 2025)
    body, step = c.rng.choice(FS_STEPS)
    adviser = c.pick(("Laetitia", "Mehdi", "Sonia", "Pierre-Yves", "Coralie"))
    return "courrier", (
        f"ESPACE FRANCE SERVICES DE {c.commune.upper()}\n{interco(c)}\n\n"
        f"FICHE DE SUIVI USAGER n° {day.year}-{c.rng.randint(1, 1800):04d}\n"
        f"Date du rendez-vous : {c.write_date(day)}      Conseiller(ère) : {adviser}\n\n"
        f"Usager : {title(sex)} {styled(c, first, last)}\n"
        f"Date de naissance : {born:%d/%m/%Y}\n"
        f"Téléphone : {mobile(c)}\n"
        f"N° de sécurité sociale : {nir_print(c, nir_for(c, born, sex))}\n"
        f"Organisme partenaire : {body}\n"
        f"Démarche : {step}\n"
        f"Pièces numérisées : {c.pick(FS_PIECES)}\n"
        f"Durée de l'entretien : {c.pick(('15', '20', '30', '45'))} min\n"
        f"Suite à donner : {c.pick(FS_FOLLOW)}\n\n"
        "Accord de l'usager pour la conservation de la fiche (RGPD) : oui"
    )


def census_pay_statement(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    coordinator = styled(c, *woman(c))
    rows = []
    total = Decimal(0)
    for district in range(1, c.rng.randint(2, 4) + 1):
        first, last, sex = anyone(c)
        born = c.date(1956, 2003)
        bulletins, dwellings = c.rng.randint(180, 520), c.rng.randint(90, 260)
        pay = Decimal(bulletins) * Decimal("1.25") + Decimal(dwellings) * Decimal("0.70") + 60
        total += pay
        rows.append(
            f"{last.upper()} {first} | {nir_print(c, nir_for(c, born, sex))} | "
            f"{district:02d} | {bulletins} | {dwellings} | {money(pay)}"
        )
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\nRECENSEMENT DE LA POPULATION {year}\n"
        "État des indemnités des agents recenseurs — à transmettre au service paie\n\n"
        f"Coordonnatrice communale : {coordinator}\n"
        "Rémunération fixée par délibération : 1,25 € par bulletin individuel, 0,70 € par "
        "feuille de logement, forfait de 60 € pour les deux demi-journées de formation.\n\n"
        "Agent | N° de sécurité sociale | District | BI | FL | Brut\n"
        + "\n".join(rows)
        + f"\n\nTotal brut : {money(total)}\n"
        f"Dotation forfaitaire de l'INSEE : {money(c.amount(1200, 4800))}\n"
        f"Paie du mois de {c.pick(('mars', 'avril'))} {year}.\n"
        f"Le maire, {c.mayor}"
    )


CDDI_POSTS = (
    "ouvrier polyvalent espaces verts",
    "agent de tri en recyclerie",
    "aide maraîcher(ère)",
    "agent d'entretien du petit patrimoine (murets, lavoirs)",
)
CDDI_PRESCRIBERS = (
    "France Travail — agence de {town}",
    "référente RSA du Département",
    "Mission locale",
    "Cap emploi",
)
SITE_NAMES = ("Les Jardins du Lot", "Recyclerie du Pays", "Les Chemins verts", "L'Outil en main")


def cddi_hire_sheet(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    born = c.date(1970, 2004)
    start = c.date(2023, 2025)
    prescriber = c.pick(CDDI_PRESCRIBERS).format(town=c.pick(TOWNS))
    return "courrier", (
        f"ATELIER ET CHANTIER D'INSERTION « {c.pick(SITE_NAMES)} »\n{interco(c)}\n\n"
        "FICHE DE RENSEIGNEMENTS — SALARIÉ(E) EN CDDI\n\n"
        f"Nom : {last.upper()}            Prénom : {first}\n"
        f"Né(e) le : {born:%d/%m/%Y} à {c.pick(TOWNS)}\n"
        f"N° SS : {nir_print(c, nir_for(c, born, sex))}\n"
        f"Adresse : {c.address()}, {c.commune}\n"
        f"Tél. : {mobile(c)}\n"
        f"Prescripteur : {prescriber}\n"
        f"Poste : {c.pick(CDDI_POSTS)}\n"
        f"Durée : 26 h hebdomadaires, du {c.write_date(start)} au "
        f"{c.write_date(shift(c, start, 120, 180))}\n"
        f"Permis B : {c.pick(('oui', 'non', 'en cours'))}      "
        f"Véhicule : {c.pick(('oui', 'non'))}\n"
        f"Taille vêtements : {c.pick(('M', 'L', 'XL'))} — chaussures de sécurité : "
        f"{c.rng.randint(37, 46)}\n"
        "Pièces remises : pièce d'identité, attestation de droits, RIB\n\n"
        "Signature de l'encadrant technique :"
    )


def cnracl_estimate_request(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    born = c.date(1959, 1966)
    hired = c.date(1988, 2002)
    leave_year = c.rng.randint(2025, 2028)
    agreed = "reconnaissant" if sex == "1" else "reconnaissante"
    return "courrier", (
        f"{first} {last.upper()}\n{c.address()}\n{c.commune}\n\n"
        "Centre de gestion de la fonction publique territoriale\nService retraites\n\n"
        f"{c.commune}, le {c.write_date(c.date(2023, 2025))}\n\n"
        "Objet : demande d'estimation de pension CNRACL\n\n"
        "Madame, Monsieur,\n"
        f"Agent titulaire de la commune de {c.commune} depuis le {c.write_date(hired)} en "
        f"qualité d'{c.pick(GRADES)}, j'envisage de faire valoir mes droits à la retraite "
        f"au cours de l'année {leave_year}.\n"
        f"Je vous serais {agreed} de bien vouloir m'adresser une estimation indicative de ma "
        f"pension, en tenant compte de mes {c.rng.randint(8, 30)} trimestres validés au "
        "régime général avant mon entrée dans la fonction publique (emplois saisonniers, "
        "service militaire).\n\n"
        "Pour faciliter vos recherches :\n"
        f"- numéro de sécurité sociale : {nir_print(c, nir_for(c, born, sex))}\n"
        f"- date de naissance : {born:%d/%m/%Y}\n"
        f"- enfants élevés : {c.rng.randint(0, 4)}\n\n"
        "Je reste à votre disposition pour tout justificatif.\n"
        "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
        f"{first} {last}"
    )


EHPAD_NAMES = ("Les Glycines", "Le Clos Fleuri", "Résidence du Parc", "Les Tilleuls")
EHPAD_FAMILY_NOTES = (
    "{Parent} ne peut plus rester {alone} depuis sa chute de janvier (fracture du poignet) et "
    "oublie de prendre ses médicaments.",
    "Le volet médical est adressé sous pli confidentiel au médecin coordonnateur.",
    "{Parent} sort du service de gériatrie du {hospital} ; l'assistante sociale de l'hôpital "
    "suit la demande.",
    "Le volet médical sera rempli par son médecin traitant la semaine prochaine.",
)


def ehpad_admission_form(c: Ctx) -> tuple[str, str]:
    sex = c.pick(("1", "2"))
    first, last = woman(c) if sex == "2" else man(c)
    born = c.date(1928, 1945)
    child_first, _, child_sex = anyone(c)
    note = c.pick(EHPAD_FAMILY_NOTES).format(
        hospital=c.pick(HOSPITALS),
        Parent="Maman" if sex == "2" else "Papa",
        alone="seule" if sex == "2" else "seul",
    )
    return "courrier", (
        f"EHPAD MUNICIPAL « {c.pick(EHPAD_NAMES)} » — CCAS de {c.commune}\n"
        "DOSSIER DE DEMANDE D'ADMISSION — VOLET ADMINISTRATIF\n\n"
        f"Personne concernée : {title(sex)} {last.upper()} {first}\n"
        f"Date de naissance : {born:%d/%m/%Y}\n"
        f"N° d'immatriculation sécurité sociale : {nir_print(c, nir_for(c, born, sex))}\n"
        f"Caisse : {c.pick(('CPAM', 'MSA', 'CPAM'))} — complémentaire : "
        f"{c.pick(('MGEN', 'Harmonie Mutuelle', 'aucune', 'Groupama'))}\n"
        f"Domicile actuel : {c.address()}, {c.commune}\n"
        f"Référent familial : {child_first} {last} ({'fille' if child_sex == '2' else 'fils'}), "
        f"{mobile(c)}\n"
        f"Hébergement souhaité : {c.pick(('permanent', 'temporaire (3 mois)'))}\n"
        f"Date d'entrée souhaitée : {c.write_date(c.date(2024, 2025))}\n\n"
        f"Observations de la famille : {note}\n\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(2023, 2025))}"
    )


PREV_NATURES = (
    ("maladie ordinaire", 90),
    ("congé de longue maladie", 365),
    ("congé de longue durée", 1095),
)


def prevoyance_claim(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    born = c.date(1962, 1992)
    nature, days = c.rng.choice(PREV_NATURES)
    start = c.date(2021, 2025 - days // 365)
    half = start + dt.timedelta(days=days)
    return "courrier", (
        "DÉCLARATION D'ARRÊT DE TRAVAIL\n"
        "Contrat collectif de prévoyance — garantie maintien de salaire\n\n"
        f"Collectivité adhérente : commune de {c.commune}\n"
        f"N° de contrat : {reference(c, 9)}\n\n"
        f"Agent : {styled(c, first, last)}\n"
        f"N° de sécurité sociale : {nir_print(c, nir_for(c, born, sex))}\n"
        f"Grade : {c.pick(GRADES)}  —  régime : {c.pick(('CNRACL', 'IRCANTEC'))}\n"
        f"Nature de l'arrêt : {nature}\n"
        f"Premier jour d'arrêt : {start:%d/%m/%Y}\n"
        f"Date de passage à demi-traitement : {half:%d/%m/%Y}\n"
        f"Prolongations reçues : {c.rng.randint(1, 6)}\n\n"
        "Pièces jointes : arrêté de placement à demi-traitement, derniers bulletins de paie.\n"
        f"Le service des ressources humaines — {c.write_date(shift(c, half, 2, 30))}"
    )


# --- sensitive by content: a private person's IBAN ------------------------------------------

TOURS = (
    "Les secrets de la bastide",
    "Balade gourmande au marché",
    "Le village à la lanterne",
    "Visite de la grotte ornée",
    "Le moulin et l'écluse",
)
TOUR_REASONS = (
    "annulée à cause de l'orage",
    "annulée faute de guide disponible",
    "annulée suite à la fermeture du site",
    "annulée en raison de l'alerte canicule",
)


def tourism_refund_email(c: Ctx) -> tuple[str, str]:
    first, last = woman(c) if c.rng.random() < 0.5 else man(c)
    day = c.date(2023, 2025)
    seats = c.rng.randint(2, 6)
    price = c.rng.choice((Decimal(6), Decimal("7.50"), Decimal(9), Decimal(12)))
    head = mail_top(
        c,
        f"{first} {last}",
        home_mail(c, first, last),
        to=f"accueil@ot-{ascii_slug(c.commune)}.fr",
        subject=c.pick(("Remboursement visite annulée", "visite du " + f"{day:%d/%m}")),
        day=shift(c, day, 1, 6),
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n"
        f"Nous avions réservé {seats} places pour la visite « {c.pick(TOURS)} » du "
        f"{c.write_date(day)} (réservation n° {c.rng.randint(1000, 9999)}), "
        f"{c.pick(TOUR_REASONS)}. Votre collègue m'a dit au téléphone que le remboursement "
        "se ferait par virement.\n\n"
        "Voici mes coordonnées bancaires :\n"
        f"Titulaire : {c.pick(('M. et Mme', 'M.', 'Mme'))} {last.upper()} {first}\n"
        f"IBAN : {iban_print(c)}\nBIC : {c.pick(BICS)}\n"
        f"Montant : {money(price * seats)}\n\n"
        f"Merci d'avance et bonne saison,\n{first}"
    )


def camping_deposit_decision(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    year = c.rng.randint(2022, 2025)
    arrive = dt.date(year, c.rng.randint(6, 8), c.rng.randint(1, 20))
    deposit = Decimal(c.rng.randint(4, 16) * 10)
    reason = c.pick(
        (
            "la fermeture anticipée du camping municipal décidée à la suite de la crue",
            "l'indisponibilité du bloc sanitaire n° 2 pendant les travaux",
            "l'annulation de sa réservation plus de trente jours avant l'arrivée",
        )
    )
    return "decision_maire", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"DÉCISION DU MAIRE N° {c.act_number(year, 'D')}\n"
        "Objet : camping municipal — remboursement d'arrhes\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, notamment son article "
        "L. 2122-22 ;\n"
        "Vu la délibération fixant les tarifs et le règlement du camping municipal ;\n"
        f"Considérant que {title(sex)} {styled(c, first, last)} avait réservé l'emplacement "
        f"n° {c.rng.randint(1, 60)} du {arrive:%d/%m/%Y} au "
        f"{shift(c, arrive, 5, 14):%d/%m/%Y} et versé des arrhes de {money(deposit)} ;\n"
        f"Considérant {reason} ;\n\nDÉCIDE\n\n"
        f"Article 1 : Les arrhes versées, soit {money(deposit)}, sont remboursées à "
        f"l'{agree('intéressé(e)', sex)}.\n"
        f"Article 2 : Le virement sera effectué sur le compte : IBAN {iban_print(c)} — "
        f"BIC {c.pick(BICS)}, titulaire {last.upper()} {first}.\n"
        "Article 3 : Le régisseur de recettes du camping et le comptable public sont chargés "
        "de l'exécution de la présente décision.\n\n"
        f"Fait à {c.commune}, le {c.write_date(shift(c, arrive, -40, 30))}\nLe Maire"
    )


def flea_market_refund_note(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    day = c.date(2023, 2025)
    meters = c.rng.randint(1, 3) * 4
    event = c.pick(("vide grenier du 1er mai", "vide-grenier de la fête", "vide grenier"))
    return "courrier", (
        f"{event} — {day:%d/%m}\n\n"
        "bonjour,\n"
        f"je m'étais {agree('inscrit(e)', sex)} pour {meters} m au {event} (payé "
        f"{meters * 2} € par virement "
        f"le {shift(c, day, -20, -5):%d/%m}). il a été annulé à cause de l'alerte orange, le "
        "comité des fêtes m'a dit que c'était la régie de la mairie qui remboursait.\n"
        f"voici mon RIB : {iban_print(c)}\n"
        f"au nom de {first.lower()} {last.lower()}\n\n"
        f"merci !\n{first} {last}\n{c.address()}\ntél {mobile(c)}"
    )


ASSOCIATIONS = (
    "Les Amis du patrimoine",
    "Club de pétanque de la Garenne",
    "Gym volontaire",
    "Comité de jumelage",
    "Atelier théâtre des Tilleuls",
    "Association des parents d'élèves",
)
BANKS = ("Crédit Agricole", "Banque Populaire", "Crédit Mutuel", "Caisse d'Épargne")


def association_treasurer_iban(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2026)
    treasurer = man(c) if c.rng.random() < 0.5 else woman(c)
    president = styled(c, *woman(c))
    month = c.pick(MONTHS_FR)
    return "courrier", (
        f"DEMANDE DE SUBVENTION {year} — ASSOCIATIONS\nMairie de {c.commune}\n\n"
        f"Association : {c.pick(ASSOCIATIONS)} (loi 1901)\n"
        f"N° RNA : W{reference(c, 9)}\n"
        f"Président(e) : {president}\n"
        f"Trésorier(ère) : {styled(c, *treasurer)}\n"
        f"Objet : fonctionnement {year} et {c.pick(('achat de matériel', 'sortie annuelle'))}\n"
        f"Montant sollicité : {money(Decimal(c.rng.randint(3, 30) * 50))}\n"
        "Budget prévisionnel et compte rendu de l'assemblée générale joints.\n\n"
        "Coordonnées bancaires pour le versement :\n"
        f"Le compte de l'association au {c.pick(BANKS)} est en cours d'ouverture "
        f"(changement de bureau en {month}). En attendant, merci de verser la subvention sur "
        "le compte personnel du trésorier, qui la reversera dès l'ouverture :\n"
        f"Titulaire : {treasurer[0]} {treasurer[1].upper()}\n"
        f"IBAN : {iban_print(c)}\n\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(year - 1, year - 1))}"
    )


LOAN_PURPOSES = (
    "remplacement de la chaudière",
    "achat d'un véhicule d'occasion",
    "caution et frais d'installation dans un nouveau logement",
    "frais d'études supérieures d'un enfant",
)


def cnas_loan_form(c: Ctx) -> tuple[str, str]:
    first, last, _ = anyone(c)
    correspondent = styled(c, *woman(c))
    return "courrier", (
        "ACTION SOCIALE DU PERSONNEL — CNAS\nDEMANDE DE PRÊT SOCIAL\n\n"
        f"Bénéficiaire : {styled(c, first, last)}\n"
        f"N° d'adhérent : {reference(c, 7)}\n"
        f"Collectivité : mairie de {c.commune}      Grade : {c.pick(GRADES)}\n"
        f"Enfants à charge : {c.rng.randint(0, 3)}\n"
        f"Objet du prêt : {c.pick(LOAN_PURPOSES)}\n"
        f"Montant demandé : {money(Decimal(c.rng.randint(5, 40) * 100))} sur "
        f"{c.pick(('12', '24', '36'))} mois\n\n"
        "Coordonnées bancaires de l'agent (versement du prêt et prélèvement des échéances) :\n"
        f"IBAN {iban_print(c)}   BIC {c.pick(BICS)}\n\n"
        f"Visa du correspondant CNAS de la collectivité : {correspondent}\n"
        f"Date : {c.write_date(c.date(2023, 2025))}"
    )


TRAININGS = (
    ("du permis C", "6184"),
    ("du CACES R482 (engins de chantier)", "6184"),
    ("de la formation d'habilitation électrique", "6184"),
    ("de l'examen du permis remorque (BE)", "6184"),
)


def training_costs_decision(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    training, article = c.rng.choice(TRAININGS)
    amount = c.amount(180, 1900)
    day = c.date(2023, 2025)
    return "decision_maire", (
        f"COMMUNE DE {c.commune.upper()}\nDÉCISION N° {c.act_number(day.year)}\n"
        "portant remboursement de frais de formation à un agent\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général de la fonction publique ;\n"
        "Vu le plan de formation de la collectivité ;\n"
        f"Considérant que {title(sex)} {first} {last.upper()}, {c.pick(TECH_GRADES)}, a avancé "
        f"les frais {training} nécessaires à ses missions, pour un montant de "
        f"{money(amount)} (facture acquittée jointe) ;\n\nDÉCIDE\n\n"
        f"Article 1 : Les frais avancés par {title(sex)} {last.upper()}, soit {money(amount)}, "
        "lui sont remboursés.\n"
        f"Article 2 : Le remboursement sera effectué par virement sur le compte de l'agent, "
        f"IBAN {iban_print(c)}.\n"
        f"Article 3 : La dépense est imputée au chapitre 011, article {article}.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}\nLe Maire, {c.mayor}"
    )


BOATS = ("Kenavo", "Petit Mousse", "L'Albatros", "Seconde Chance", "Brise de Mer", "Tanit")


def mooring_credit_note(c: Ctx) -> tuple[str, str]:
    first, last = man(c) if c.rng.random() < 0.7 else woman(c)
    year = c.rng.randint(2022, 2025)
    sold = dt.date(year, c.rng.randint(4, 9), c.rng.randint(1, 28))
    paid = c.amount(900, 3200)
    due = (paid * Decimal(sold.timetuple().tm_yday) / 365).quantize(Decimal("0.01"))
    return "facture", (
        f"PORT DE PLAISANCE DE {c.commune.upper()} — régie municipale\n"
        f"AVOIR N° AV-{year}-{c.rng.randint(1, 99):03d}\n"
        f"Date : {c.write_date(shift(c, sold, 5, 40))}\n\n"
        f"Client : {styled(c, first, last)}, {c.address()}, {c.pick(TOWNS)}\n"
        f"Navire : « {c.pick(BOATS)} » — immatriculation {c.pick(('SB', 'PL', 'LO', 'CC'))} "
        f"{reference(c, 6)}, longueur {c.rng.randint(6, 11)},{c.rng.randint(0, 9)}0 m\n"
        f"Objet : trop-perçu sur la redevance annuelle d'amarrage {year} (navire vendu, poste "
        f"libéré le {sold:%d/%m/%Y})\n\n"
        f"Redevance annuelle réglée : {money(paid)}\n"
        f"Prorata dû : {money(due)}\n"
        f"Montant de l'avoir : {money(paid - due)}\n\n"
        "Remboursement par virement sur le compte du client :\n"
        f"IBAN {iban_print(c)} — titulaire {last.upper()} {first}\n\n"
        "Le régisseur du port"
    )


# --- sensitive by content: health -----------------------------------------------------------

WEDDING_NEEDS = (
    "{first} est sourde de naissance et s'exprime en langue des signes française (LSF) ; elle "
    "lit un peu sur les lèvres mais ne pourra pas suivre la lecture des articles du Code civil",
    "{first} a subi l'an dernier une ablation du larynx (cancer de la gorge) et ne peut plus "
    "parler : il répondra par écrit, sur une ardoise, et nous aimerions que ce soit accepté",
    "{first} est malentendante profonde, appareillée des deux oreilles, et n'entend presque rien "
    "dans une grande salle qui résonne ; un interprète en LSF la rassurerait beaucoup",
    "{first} est sourd et muet depuis une méningite à l'âge de quatre ans ; il signe en LSF "
    "et toute sa famille aussi",
)


def wedding_sign_interpreter(c: Ctx) -> tuple[str, str]:
    bride, groom = woman(c), man(c)
    while groom[1] == bride[1]:
        groom = man(c)
    deaf_is_bride = c.rng.random() < 0.6
    need = c.pick(WEDDING_NEEDS[::2] if deaf_is_bride else WEDDING_NEEDS[1::2])
    named = bride[0] if deaf_is_bride else groom[0]
    wedding = c.date(2024, 2026)
    return "courrier", (
        f"{groom[0]} {groom[1].upper()} et {bride[0]} {bride[1].upper()}\n"
        f"{c.address()}\n{c.commune}\n\n"
        f"Mairie de {c.commune} — service de l'état civil\n\n"
        f"{c.commune}, le {c.write_date(shift(c, wedding, -120, -45))}\n\n"
        f"Objet : notre mariage du {c.write_date(wedding)}\n\n"
        "Madame, Monsieur,\n"
        f"Nous avons déposé notre dossier de mariage pour une célébration le "
        f"{c.write_date(wedding)} à {clock(c, 10, 16)}. Nous souhaitons vous signaler que "
        f"{need.format(first=named)}.\n"
        "Pourriez-vous nous dire comment l'audition et la cérémonie peuvent être organisées "
        "en conséquence (interprète, temps pour les réponses) ? Nous sommes prêts à prendre "
        "d'éventuels frais à notre charge.\n\n"
        "Avec nos remerciements,\n"
        f"{groom[0]} et {bride[0]}"
    )


HEARING_NOTES = (
    "La future épouse indique être enceinte d'environ {n} mois ; le couple souhaite se marier "
    "avant la naissance.",
    "Le futur époux est en chimiothérapie pour un cancer du pancréas ; le couple demande une "
    "date rapprochée et une cérémonie courte en raison de sa fatigue.",
    "La future épouse se déplace en fauteuil roulant depuis un accident de ski ; la cérémonie "
    "aura lieu dans la salle des fêtes, de plain-pied, et non à l'étage.",
    "Le futur époux précise être suivi pour une schizophrénie stabilisée par son traitement ; il "
    "s'exprime clairement et mesure la portée de son engagement.",
    "La future épouse, dialysée trois fois par semaine, demande que la célébration ait lieu un "
    "samedi ; le futur époux confirme.",
)
MEETINGS = (
    "sur leur lieu de travail",
    "par des amis communs",
    "au club de randonnée",
    "sur une application de rencontre",
    "lors d'un mariage en {year}",
)


def marriage_hearing_report(c: Ctx) -> tuple[str, str]:
    groom, bride = man(c), woman(c)
    day = c.date(2023, 2025)
    since = c.rng.randint(2008, 2023)
    while groom[1] == bride[1]:
        groom = man(c)
    officer_sex = c.pick(("1", "2"))
    officer = styled(c, *(woman(c) if officer_sex == "2" else man(c)))
    note = c.pick(HEARING_NOTES).format(n=c.rng.randint(3, 7))
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()} — ÉTAT CIVIL\n"
        "COMPTE RENDU D'AUDITION DES FUTURS ÉPOUX\n(article 63 du Code civil)\n\n"
        f"Date : {c.write_date(day)}\n"
        f"Officier de l'état civil : {officer}, {agree('adjoint(e)', officer_sex)} au maire\n\n"
        f"Futur époux : {groom[1].upper()} {groom[0]}, né le "
        f"{c.date(1960, 2000):%d/%m/%Y}\n"
        f"Future épouse : {bride[1].upper()} {bride[0]}, née le "
        f"{c.date(1960, 2000):%d/%m/%Y}\n"
        f"Audition : {c.pick(('commune', 'commune, puis séparée'))}\n\n"
        f"Circonstances de la rencontre : {c.pick(MEETINGS).format(year=since)}\n"
        f"Vie commune depuis : {c.rng.randint(since, 2024)}\n"
        "Langue : français, sans interprète\n"
        f"Observations : {note}\n\n"
        "Conclusion : aucun indice de défaut de consentement ; le dossier suit son cours. "
        f"Publication à compter du {c.write_date(shift(c, day, 3, 15))}.\n\n"
        "Signatures des futurs époux et de l'officier de l'état civil"
    )


PACS_HEALTH = (
    "appendicite, ils m'opèrent cet aprem",
    "c'est la vésicule (calculs), opération prévue vendredi",
    "j'ai fait une phlébite au mollet, ils me gardent sous anticoagulants",
    "grosse crise d'asthme hier soir, je suis en pneumo pour quelques jours",
    "pyélonéphrite, sous perfusion d'antibio jusqu'à lundi",
)


def pacs_reschedule_sms(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    partner = c.pick(WOMEN + MEN)
    day = c.date(2023, 2025)
    new_day = shift(c, day, 10, 30)
    number = mobile(c)
    return "courrier", (
        "SMS reçus sur le portable de l'accueil — état civil\n"
        f"(copie pour le dossier PACS {last.upper()} / {partner})\n\n"
        f"{day:%d/%m/%Y} {c.rng.randint(7, 9):02d}:{c.rng.randint(0, 59):02d} — {number}\n"
        f"« Bonjour c'est {first} {last}, on a rdv pour le pacs jeudi à 10h30 avec {partner}. "
        f"Je suis {agree('hospitalisé(e)', sex)} depuis hier soir, {c.pick(PACS_HEALTH)}. "
        "On peut décaler ? "
        "merci »\n\n"
        f"{day:%d/%m/%Y} {c.rng.randint(10, 11):02d}:{c.rng.randint(0, 59):02d} — Mairie\n"
        "« Bonjour, bon rétablissement ! Pas de souci, nous vous proposons le "
        f"{new_day:%d/%m} à {clock(c, 9, 16)}. Merci de confirmer par retour. »\n\n"
        f"{day:%d/%m/%Y} {c.rng.randint(12, 20):02d}:{c.rng.randint(0, 59):02d} — {number}\n"
        "« ok c parfait merci beaucoup :) »"
    )


NATURALISATION_HEALTH = (
    "je suis hospitalisé(e) au {hospital} depuis le {day} pour une pneumonie et ma sortie "
    "n'est pas prévue avant plusieurs jours",
    "je serai encore en centre de rééducation à {town}, après ma fracture du bassin, pour au "
    "moins six semaines",
    "mon accouchement est prévu quelques jours après la cérémonie et ma sage-femme m'a "
    "déconseillé tout déplacement",
    "je commence ce jour-là mes séances de radiothérapie au {hospital}",
    "je sors d'une opération du cœur (pontage) et mon cardiologue m'interdit la station "
    "debout prolongée",
)


def naturalisation_excuse_letter(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    if sex == "1":
        health = c.pick(NATURALISATION_HEALTH[:2] + NATURALISATION_HEALTH[3:])
    else:
        health = c.pick(NATURALISATION_HEALTH)
    ceremony = c.date(2023, 2025)
    health = agree(health, sex).format(
        hospital=c.pick(HOSPITALS),
        town=c.pick(TOWNS),
        day=c.write_date(shift(c, ceremony, -15, -3)),
    )
    return "courrier", (
        f"{first} {last.upper()}\n{c.address()}\n{c.commune}\n\n"
        "Préfecture — bureau de la nationalité\n"
        f"Copie : mairie de {c.commune}\n\n"
        f"{c.commune}, le {c.write_date(shift(c, ceremony, -12, -2))}\n\n"
        "Objet : cérémonie d'accueil dans la citoyenneté française du "
        f"{c.write_date(ceremony)}\n\n"
        "Madame, Monsieur,\n"
        "J'ai bien reçu l'invitation à la cérémonie d'accueil dans la citoyenneté française et "
        "je vous en remercie. Malheureusement, je ne pourrai pas y assister : "
        f"{health}.\n"
        f"Je vous serais {agree('reconnaissant(e)', sex)} de bien vouloir m'inscrire à une "
        "prochaine cérémonie ou de m'indiquer comment retirer l'ampliation de mon décret.\n\n"
        "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations respectueuses.\n"
        f"{first} {last}"
    )


CENSUS_PLAIN = (
    "absent — avis de passage déposé",
    "a répondu par internet (codes remis)",
    "logement vacant, à vendre",
    "résidence secondaire, propriétaire à Paris — FL seule",
    "refus de répondre, à signaler au coordonnateur",
    "chien dans la cour, pas pu sonner — repasser",
    "questionnaires papier récupérés",
)
CENSUS_HEALTH = (
    "M. {name} alité depuis son opération de la hanche, c'est sa femme qui a répondu ; "
    "repasser prendre la feuille jeudi",
    "Mme {name}, sourde, n'entend pas la sonnette : frapper à la fenêtre de la cuisine ; "
    "questionnaires remplis par écrit avec elle",
    "M. {name} en chimio le mardi, me demande de repasser un jeudi matin",
    "la fille de M. {name}, adulte handicapée (trisomie 21), vit avec lui : 2 BI remplis "
    "par le père",
    "Mme {name} très désorientée (Alzheimer d'après la voisine), n'a pas compris ; voir avec "
    "son fils qui passe le week-end",
)


def census_round_notebook(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    agent = f"{c.pick(WOMEN + MEN)} {c.pick(SURNAMES)[0]}."
    rows = [
        f"{c.address()} | {c.rng.randint(1, 3)} | {c.pick(CENSUS_PLAIN)}"
        for _ in range(c.rng.randint(4, 6))
    ]
    health = c.pick(CENSUS_HEALTH).format(name=c.pick(SURNAMES).upper())
    rows.insert(c.rng.randint(1, len(rows)), f"{c.address()} | 1 | {health}")
    return "courrier", (
        f"RECENSEMENT DE LA POPULATION {year} — COMMUNE DE {c.commune.upper()}\n"
        "CARNET DE TOURNÉE\n"
        f"Agent recenseur : {agent}      District n° {c.rng.randint(1, 9):02d}\n"
        f"Semaine du {c.write_date(dt.date(year, c.rng.randint(1, 2), c.rng.randint(1, 20)))}"
        "\n\nAdresse | Logts | Observations\n" + "\n".join(rows) + "\n\n"
        f"Total collecté : {c.rng.randint(40, 140)} BI / {c.rng.randint(20, 70)} FL\n"
        "Vu par le coordonnateur :"
    )


ASSESSOR_HEALTH = (
    "je me suis fait une entorse grave de la cheville en descendant du grenier, j'ai une "
    "attelle pour trois semaines",
    "ma femme m'a emmené aux urgences, c'est une colique néphrétique",
    "on m'a trouvé une infection pulmonaire, je suis sous perfusion",
    "j'ai fait un malaise ce matin, ils me gardent en cardiologie pour des examens",
    "je me suis coupé profondément la main avec la tronçonneuse, six points de suture",
)
ELECTIONS = (
    "ÉLECTIONS EUROPÉENNES",
    "ÉLECTIONS LÉGISLATIVES — 2nd TOUR",
    "ÉLECTIONS MUNICIPALES",
    "ÉLECTION PRÉSIDENTIELLE — 1er TOUR",
)


def assessor_voicemail(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    sunday = c.date(2022, 2026)
    while sunday.weekday() != 6:
        sunday += dt.timedelta(days=1)
    booth = c.rng.randint(1, 4)
    secretary = c.pick(WOMEN)
    substitute = styled(c, *woman(c))
    president = styled(c, *man(c))
    return "courrier", (
        f"{c.pick(ELECTIONS)} DU {sunday:%d/%m/%Y}\n"
        f"BUREAU DE VOTE N° {booth} — {c.pick(('salle des fêtes', 'école', 'mairie'))}\n\n"
        f"Message laissé sur le répondeur de la mairie le samedi "
        f"{sunday - dt.timedelta(days=1):%d/%m} à {clock(c, 17, 21)}, retranscrit par "
        f"{secretary} :\n"
        f"« Oui bonjour, c'est {first} {last}, je suis assesseur titulaire au bureau {booth} "
        f"demain. Je vous appelle du {c.pick(HOSPITALS)}, {c.pick(ASSESSOR_HEALTH)}. Je ne "
        f"pourrai pas venir, je suis vraiment désolé. Vous pouvez me rappeler au {mobile(c)}. »"
        f"\n\n-> Remplacé par {substitute}, suppléante, prévenue à {clock(c, 18, 21)}.\n"
        f"-> Le président du bureau, {president}, est informé."
    )


COUNCIL_QA = (
    (
        "1",
        "Pourquoi la police municipale n'assure-t-elle plus la sortie des écoles depuis "
        "le printemps ?",
        "Notre policier municipal, {agent}, est en arrêt depuis l'agression dont il a été "
        "victime en {month} : il a eu la mâchoire fracturée et souffre depuis d'un stress "
        "post-traumatique. Un agent de surveillance de la voie publique sera recruté pour "
        "la rentrée.",
    ),
    (
        "2",
        "Pourquoi la mairie est-elle fermée le mercredi après-midi ?",
        "{agent}, notre secrétaire de mairie, est en congé de longue maladie pour le "
        "traitement d'un cancer ; le service de remplacement du centre de gestion nous met "
        "un agent à disposition deux jours par semaine seulement.",
    ),
    (
        "1",
        "Les hameaux ne sont plus fauchés : quand le service reprendra-t-il ?",
        "{agent} s'est fait opérer de l'épaule en {month} (rupture de la coiffe des "
        "rotateurs) et ne pourra plus utiliser la débroussailleuse avant plusieurs mois ; un "
        "saisonnier a été recruté.",
    ),
    (
        "1",
        "Pourquoi le ramassage des encombrants prévu en {month} a-t-il été annulé ?",
        "Le chauffeur, {agent}, a fait un infarctus la veille de la tournée ; il va mieux et "
        "reprendra à mi-temps thérapeutique.",
    ),
)
OPPOSITION = ("Agir pour {c}", "{c} Demain", "Ensemble pour {c}", "Vivre à {c}")


def council_written_question(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    sex, question, answer = c.rng.choice(COUNCIL_QA)
    month = MONTHS_FR[c.rng.randint(0, 11)]
    agent_first, agent_last = woman(c) if sex == "2" else man(c)
    agent = c.pick((styled(c, agent_first, agent_last), f"{title(sex)} {agent_last}"))
    elu = styled(c, *woman(c)) if c.rng.random() < 0.5 else styled(c, *man(c))
    group = c.pick(OPPOSITION).format(c=c.commune)
    return "pv_seance", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU {c.write_date(day).upper()}\n"
        "(extrait)\n\n"
        f"Présents : {c.rng.randint(11, 19)} — Pouvoirs : {c.rng.randint(0, 3)} — "
        f"Secrétaire de séance : {styled(c, *woman(c))}\n\n"
        f"Point n° {c.rng.randint(8, 15)} — Questions écrites\n"
        f"Question de {elu} (liste « {group} »), reçue le "
        f"{shift(c, day, -10, -3):%d/%m/%Y} :\n"
        f"« {question.format(month=month)} »\n\n"
        f"Réponse de M. le Maire : {answer.format(agent=agent, month=month)}\n\n"
        f"L'ordre du jour étant épuisé, la séance est levée à {clock(c, 21, 23)}."
    )


RECOLEMENT_HEALTH = (
    "hospitalisé(e) au {hospital} pour une nouvelle poussée de sa sclérose en plaques",
    "ne se déplace plus qu'en fauteuil depuis son AVC de {year}",
    "en centre de rééducation après l'amputation de sa jambe droite (complication de son diabète)",
    "atteint(e) d'une myopathie évolutive, ne pouvait pas sortir ce jour-là",
)


def recolement_report(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    year = c.rng.randint(2021, 2024)
    visit = c.date(year + 1, year + 1)
    relative = c.pick(MEN)
    health = c.pick(RECOLEMENT_HEALTH).format(hospital=c.pick(HOSPITALS), year=year - 1)
    health = agree(health, sex)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()} — SERVICE URBANISME\n"
        "PROCÈS-VERBAL DE RÉCOLEMENT DES TRAVAUX\n\n"
        f"Permis de construire n° {c.permit_number('PC', year)}\n"
        f"Bénéficiaire : {title(sex)} {styled(c, first, last)}\n"
        f"Adresse des travaux : {c.address()}\n"
        "Nature des travaux : extension de plain-pied (chambre et salle d'eau adaptée, "
        f"{c.rng.randint(18, 35)} m² de surface de plancher)\n"
        f"DAACT reçue le : {shift(c, visit, -60, -10):%d/%m/%Y}\n\n"
        f"Visite effectuée le {c.write_date(visit)} par l'instructeur du service, en présence de "
        f"M. {relative} {last}, fils du bénéficiaire. {title(sex)} {last} n'a pu être "
        f"{agree('présent(e)', sex)} : {health}.\n\n"
        "Constats : implantation et hauteur conformes au plan de masse ; enduit de teinte "
        "conforme. La rampe d'accès (pente 5 %), la douche à l'italienne et les portes de "
        f"90 cm prévues pour le fauteuil roulant de {title(sex)} {last} sont réalisées.\n\n"
        "Conclusion : travaux conformes à l'autorisation.\nL'instructeur"
    )


HOUSING_HEALTH = (
    "Depuis mon accident de moto en {year}, je marche avec deux cannes et je ne peux plus "
    "monter les étages sans douleur ; j'ai une reconnaissance de travailleur handicapé.",
    "Mon fils {kid}, 9 ans, est polyhandicapé et se déplace en fauteuil : je le porte chaque "
    "jour dans l'escalier et mon dos ne tient plus.",
    "J'ai une insuffisance respiratoire et je suis sous oxygène la nuit : les trois étages "
    "m'essoufflent au point de devoir m'arrêter à chaque palier.",
    "Ma femme a perdu la vue il y a deux ans (glaucome) et ne peut plus sortir seule dans "
    "cet escalier mal éclairé.",
)
LANDLORDS = ("Habitat du Lot", "Tarn-et-Garonne Habitat", "Côtes-d'Armor Habitat", "Mésolia")
RESIDENCES = ("Les Acacias", "Le Moulin", "Les Capucins", "Bellevue", "Le Stade")


def housing_exchange_request(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    health = c.pick(HOUSING_HEALTH).format(year=c.rng.randint(2016, 2023), kid=c.pick(CHILDREN))
    if sex == "2" and health.startswith("Ma femme"):
        health = health.replace("Ma femme", "Mon mari").replace("seule", "seul")
    return "courrier", (
        f"{first} {last.upper()}\n"
        f"Résidence {c.pick(RESIDENCES)}, bât. {c.pick(('A', 'B', 'C'))}, "
        f"appt {c.rng.randint(11, 48)}\n{c.commune}\n\n"
        "À l'attention de Madame l'adjointe au logement\n\n"
        "Objet : demande d'échange de logement\n\n"
        "Madame l'adjointe,\n"
        f"Je suis locataire chez {c.pick(LANDLORDS)} depuis {c.rng.randint(2008, 2020)} dans un "
        f"T{c.rng.randint(2, 4)} au {c.rng.randint(2, 4)}e étage sans ascenseur. {health}\n"
        f"Ma demande de mutation (n° unique {c.pick(DEPTS)}{reference(c, 10)}A) sera examinée "
        "à la prochaine commission d'attribution, et mon bailleur m'a dit qu'un mot de la "
        "mairie pourrait aider.\n"
        "Je souhaiterais un logement en rez-de-chaussée ou avec ascenseur, si possible dans le "
        "même quartier.\n\n"
        f"Je vous remercie de votre aide.\n{first} {last}\n{mobile(c)}"
    )


INSERTION_HEALTH = (
    "suivi(e) au CSAPA de {town} pour sa consommation d'alcool, rendez-vous tous les quinze "
    "jours ; en parle ouvertement",
    "lombalgies chroniques, dossier RQTH déposé à la MDPH ; éviter le port de charges lourdes",
    "suivi(e) au CMP pour une dépression, traitement en cours ; fatigue en début d'après-midi",
    "soins dentaires lourds en cours, plusieurs absences justifiées par le dentiste",
    "sevrage cannabis engagé avec l'addictologue de l'hôpital, rechute en {month}",
)


HOMES = ("hébergé(e) chez un tiers", "logement autonome", "hébergé(e) en CHRS")
BEHAVIOURS = (
    "ponctualité, bonne intégration dans l'équipe",
    "retards en début de contrat, en net progrès",
    "autonome, aide volontiers les nouveaux",
)
COURSES = ("SST obtenu", "CACES R486 en cours", "remise à niveau en français", "néant")


def insertion_progress_review(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    start = c.date(2023, 2025)
    referent = styled(c, *woman(c))
    month = MONTHS_FR[shift(c, start, 30, 90).month - 1]
    health = agree(c.pick(INSERTION_HEALTH), sex).format(town=c.pick(TOWNS), month=month)
    return "courrier", (
        "BILAN INTERMÉDIAIRE DE PARCOURS — SALARIÉ(E) EN INSERTION\n"
        f"Chantier d'insertion « {c.pick(SITE_NAMES)} » — {interco(c)}\n\n"
        f"Salarié(e) : {styled(c, first, last)}\n"
        f"Entrée le : {start:%d/%m/%Y}      Fin du contrat : "
        f"{shift(c, start, 150, 200):%d/%m/%Y}\n"
        f"Référente RSA : {referent} (Département)\n\n"
        f"Savoir-être : {c.pick(BEHAVIOURS)}\n"
        "Compétences acquises : taille de haies, débroussaillage, entretien du matériel\n"
        f"Formation : {c.pick(COURSES)}\n\n"
        "Freins périphériques :\n"
        f"- mobilité : {c.pick(('pas de permis, code en cours', 'vélo à assistance prêté'))}\n"
        f"- logement : {agree(c.pick(HOMES), sex)}\n"
        f"- santé : {health}\n\n"
        "Proposition : renouvellement du CDDI pour six mois.\n"
        "L'accompagnatrice socio-professionnelle"
    )


GROCERY_HEALTH = (
    "Monsieur est diabétique (insuline) : privilégier les produits sans sucres ajoutés.",
    "Madame est enceinte de six mois, suivie par la PMI : produits bébé à prévoir dès {month}.",
    "Régime sans sel strict pour Madame (insuffisance cardiaque, sortie d'hospitalisation en "
    "{month}).",
    "Le fils aîné, 14 ans, a une allergie sévère à l'arachide : vérifier les étiquettes.",
    "Monsieur sort d'une cure de sevrage alcoolique ; l'assistante sociale demande que les "
    "colis ne contiennent pas de bière ni de vin.",
)


GROCERY_SENDERS = ("assistante sociale du Département", "CCAS", "Secours populaire", "UDAF")


def social_grocery_admission(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    people = c.rng.randint(1, 5)
    income = Decimal(c.rng.randint(700, 1900))
    charges = Decimal(c.rng.randint(400, int(income) - 150))
    per_day = ((income - charges) / 30 / people).quantize(Decimal("0.01"))
    day = c.date(2023, 2025)
    month = MONTHS_FR[shift(c, day, 20, 90).month - 1]
    return "courrier", (
        f"ÉPICERIE SOCIALE ET SOLIDAIRE — CCAS DE {c.commune.upper()}\n"
        f"FICHE D'ADMISSION (commission du {day:%d/%m/%Y})\n\n"
        f"Orienté(e) par : {c.pick(GROCERY_SENDERS)}\n"
        f"Demandeur : {title(sex)} {styled(c, first, last)}\n"
        f"Composition du foyer : {people} personne(s)\n"
        f"Ressources mensuelles : {money(income)}   Charges : {money(charges)}\n"
        f"Reste à vivre : {money(per_day)} par jour et par personne\n\n"
        f"Décision : accès accordé pour {c.pick(('3', '4', '6'))} mois, participation de 10 % "
        "du prix des produits\n"
        f"Observations : {c.pick(GROCERY_HEALTH).format(month=month)}\n\n"
        "La responsable de l'épicerie"
    )


AUTONOMY_HEALTH = (
    "diabète de type 2 sous insuline, passage de l'infirmière matin et soir",
    "maladie de Parkinson diagnostiquée en {year}, tremblements, marche avec déambulateur",
    "insuffisance cardiaque, essoufflement à l'effort ; pacemaker posé en {year}",
    "DMLA avancée des deux yeux, ne lit plus son courrier ; autonome pour la toilette",
    "broncho-pneumopathie chronique, oxygène la nuit",
)
AUTONOMY_REASONS = (
    "ne peut plus monter l'escalier de sa maison",
    "maison isolée, sans voisin proche depuis le décès de son {spouse}",
    "souhaite se rapprocher de sa fille qui habite le bourg",
)


def autonomy_residence_file(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    age = c.rng.randint(72, 93)
    doctor = c.pick(("Dr Marchal", "Dr Benhamou", "Docteur Lagarrigue", "Dr Quéré"))
    reason = c.pick(AUTONOMY_REASONS).format(spouse="époux" if sex == "2" else "épouse")
    residence = c.pick(("Le Clos des Tilleuls", "Les Hortensias", "Le Mail"))
    assessed = c.date(2023, 2025)
    return "courrier", (
        f"RÉSIDENCE AUTONOMIE « {residence} »\nCCAS de {c.commune}\n\n"
        "DOSSIER DE DEMANDE DE LOGEMENT\n\n"
        f"Demandeur : {title(sex)} {styled(c, first, last)}, {age} ans\n"
        f"Adresse actuelle : {c.address()}, {c.commune}\n"
        f"Motif de la demande : {reason}\n"
        f"Logement souhaité : {c.pick(('T1 bis', 'T2', 'T1'))}\n\n"
        f"Évaluation de l'autonomie : GIR {c.pick(('4', '5'))} "
        f"(évaluation du {assessed:%d/%m/%Y})\n"
        f"Avis du médecin traitant ({doctor}) : "
        f"{c.pick(AUTONOMY_HEALTH).format(year=c.rng.randint(2012, 2022))}.\n"
        "Compatible avec la vie en résidence autonomie.\n\n"
        f"Fait à {c.commune}, le {c.write_date(shift(c, assessed, 10, 90))}"
    )


EHPAD_CANDIDATE_HEALTH = (
    "sortie de SSR après une fracture du col du fémur, marche avec aide",
    "troubles cognitifs (maladie d'Alzheimer), risque de fugue -> unité protégée",
    "hémiplégie gauche séquelle d'AVC, fauteuil roulant",
    "insuffisance rénale, dialyse 3 fois/semaine au {hospital}",
    "dénutrition et chutes à répétition, GIR 2",
)
EHPAD_CANDIDATE_PLAIN = (
    "vit seul(e) au domicile, conjoint décédé en {year}",
    "en attente d'une place depuis {month}, famille à {town}",
    "demande un rapprochement de sa sœur déjà résidente",
)


def ehpad_commission_minutes(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    rows = []
    for _ in range(c.rng.randint(1, 2)):
        first, last, sex = anyone(c)
        plain = agree(c.pick(EHPAD_CANDIDATE_PLAIN), sex).format(
            year=c.rng.randint(2015, 2024), month=c.pick(MONTHS_FR), town=c.pick(TOWNS)
        )
        rows.append(
            f"{title(sex)} {last.upper()} {first} | {c.rng.randint(78, 99)} ans | {plain} | "
            "liste d'attente"
        )
    first, last, sex = anyone(c)
    health = c.pick(EHPAD_CANDIDATE_HEALTH).format(hospital=c.pick(HOSPITALS))
    rows.insert(
        c.rng.randint(0, len(rows)),
        f"{title(sex)} {last.upper()} {first} | {c.rng.randint(78, 99)} ans | {health} | "
        f"admission le {shift(c, day, 5, 20):%d/%m}",
    )
    return "courrier", (
        f"EHPAD MUNICIPAL DE {c.commune.upper()}\n"
        f"COMMISSION D'ADMISSION DU {c.write_date(day).upper()}\n\n"
        f"Présents : la directrice, le médecin coordonnateur, l'infirmière coordinatrice, "
        f"{styled(c, *woman(c))} (vice-présidente du CCAS)\n"
        f"Places disponibles : {c.rng.randint(1, 3)} (dont {c.rng.randint(0, 1)} en unité "
        "protégée)\n\n"
        "Candidat(e) | Âge | Situation | Avis\n" + "\n".join(rows) + "\n\n"
        "Prochaine commission : premier mardi du mois."
    )


STADIUM_HEALTH = (
    "s'est effondré sur le terrain à la {minute}e minute ; massage cardiaque par deux "
    "joueurs, défibrillateur du club-house utilisé (un choc) ; repris par le SAMU et "
    "transporté au {hospital}. D'après le club, un stent lui a été posé le soir même",
    "s'est écroulé au bord de la touche, en hypoglycémie (il est diabétique) ; resucré par "
    "le soigneur avant l'arrivée des pompiers",
    "a subi une fracture ouverte de la jambe lors d'un tacle à la {minute}e minute ; évacué "
    "par les pompiers vers le {hospital}, opéré dans la nuit",
    "a perdu connaissance après un choc tête contre tête ; commotion cérébrale, gardé en "
    "observation 24 h au {hospital}",
)


def stadium_incident_report(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    player_first, player_last = man(c)
    agent = styled(c, *man(c))
    health = c.pick(STADIUM_HEALTH).format(minute=c.rng.randint(5, 85), hospital=c.pick(HOSPITALS))
    return "courrier", (
        f"VILLE DE {c.commune.upper()} — SERVICE DES SPORTS\n"
        "RAPPORT DE L'AGENT D'ASTREINTE — STADE MUNICIPAL\n\n"
        f"Date : {c.write_date(day)}      Rédacteur : {agent}, gardien du stade\n"
        f"Rencontre : {c.pick(('vétérans', 'seniors B', 'U17', 'entreprises'))} — "
        f"ES {c.commune} / {c.pick(TOWNS)} FC\n\n"
        f"Faits : le joueur {player_first} {player_last.upper()} (n° {c.rng.randint(2, 23)}, "
        f"ES {c.commune}) {health}.\n"
        "Match arrêté par l'arbitre. Les vestiaires ont été fermés à "
        f"{clock(c, 17, 20)}.\n\n"
        "Matériel : électrodes du DAE à remplacer (commande à passer), trousse de secours à "
        "compléter.\nCopie : adjoint aux sports, président du club."
    )


CAMPING_HEALTH = (
    "mon mari a fait un infarctus la semaine dernière et le cardiologue lui interdit de "
    "partir avant deux mois",
    "je me suis cassé le poignet en tombant de vélo, je suis plâtrée jusqu'à fin {month}",
    "ma grossesse se complique (menace d'accouchement prématuré) et je suis alitée",
    "notre fils {kid} vient d'être opéré d'une péritonite et doit rester au calme",
    "mon épouse commence une chimiothérapie le lundi de notre arrivée",
)


def camping_cancellation_mail(c: Ctx) -> tuple[str, str]:
    first, last = woman(c)
    day = c.date(2023, 2025)
    arrive = dt.date(day.year, c.rng.randint(6, 8), c.rng.randint(1, 25))
    health = c.pick(CAMPING_HEALTH).format(month=MONTHS_FR[arrive.month - 1], kid=c.pick(CHILDREN))
    if health.startswith("mon épouse"):
        first, last = man(c)
    head = mail_top(
        c,
        f"{first} {last}",
        home_mail(c, first, last),
        to=town_mail(c, "camping"),
        subject=f"Annulation réservation emplacement {c.rng.randint(1, 60)}",
        day=shift(c, arrive, -20, -3),
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n"
        f"Nous avions réservé un emplacement du {arrive:%d/%m} au "
        f"{shift(c, arrive, 6, 14):%d/%m} (arrhes de {c.rng.randint(5, 15) * 10} € "
        f"versées). Malheureusement nous devons annuler : {health}.\n"
        "Je joins le certificat médical. Est-il possible de récupérer les arrhes, ou de "
        "reporter le séjour à l'année prochaine ?\n\n"
        f"Merci de votre compréhension,\n{first} {last.upper()}\n{mobile(c)}"
    )


MARINA_HEALTH = (
    "depuis ma prothèse de hanche, les catways du ponton D, étroits et glissants, sont "
    "devenus dangereux pour moi",
    "atteint de la maladie de Parkinson, j'ai de plus en plus de mal à garder l'équilibre "
    "sur les pontons flottants",
    "à la suite de mon AVC de l'an dernier, je garde une faiblesse du côté gauche et ma "
    "femme doit m'aider pour monter à bord",
    "ma vue a beaucoup baissé (glaucome) et le ponton du fond n'est pas éclairé la nuit",
)


def marina_berth_request(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    return "courrier", (
        f"{first} {last.upper()}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"Monsieur le maître de port\nCapitainerie du port de {c.commune}\n\n"
        f"Le {c.write_date(c.date(2023, 2025))}\n\n"
        "Objet : demande de changement de poste d'amarrage\n\n"
        "Monsieur,\n"
        f"Titulaire d'un contrat annuel pour mon voilier « {c.pick(BOATS)} » (poste "
        f"D{c.rng.randint(10, 60)}), je vous demande s'il serait possible de m'attribuer un "
        "poste au ponton A, près de la capitainerie : "
        f"{c.pick(MARINA_HEALTH)}.\n"
        "Je peux fournir un certificat de mon médecin si nécessaire. Je reste bien sûr prêt "
        "à payer la différence de tarif.\n\n"
        f"Avec mes remerciements, cordialement,\n{first} {last}"
    )


RESERVE_HEALTH = (
    "allergie grave aux piqûres de guêpe et d'abeille — j'ai toujours un stylo d'adrénaline "
    "sur moi",
    "asthmatique, Ventoline dans la poche de ma veste",
    "diabétique insulinodépendant : prévoir de quoi me resucrer",
    "épileptique (stabilisé sous traitement) : ne pas me confier de tronçonneuse",
    "opéré du dos en {year} : pas de port de charges de plus de 15 kg",
)
SKILLS = (
    "permis B, PSC1",
    "permis B et C, conduite d'engins agricoles",
    "ancien sapeur-pompier volontaire",
    "radioamateur, connaissance des chemins du secteur",
    "tronçonneuse, groupe électrogène",
)


def reserve_volunteer_form(c: Ctx) -> tuple[str, str]:
    first, last, _ = anyone(c)
    health = c.pick(RESERVE_HEALTH).format(year=c.rng.randint(2010, 2022))
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\n"
        "RÉSERVE COMMUNALE DE SÉCURITÉ CIVILE — ACTE D'ENGAGEMENT\n\n"
        f"Nom : {last.upper()}    Prénom : {first}\n"
        f"Né(e) le : {c.date(1950, 2003):%d/%m/%Y}\n"
        f"Adresse : {c.address()}\n"
        f"Téléphone : {mobile(c)}\n"
        f"Compétences utiles : {c.pick(SKILLS)}\n"
        f"Disponibilités : {c.pick(('week-ends', 'en semaine après 18 h', 'à tout moment'))}\n"
        f"Informations utiles en intervention (santé, allergies) : {health}\n"
        f"Personne à prévenir : {c.pick(WOMEN + MEN)}, {mobile(c)}\n\n"
        "Durée de l'engagement : 3 ans renouvelables\n"
        f"Signature du (de la) réserviste :              Le maire, {c.mayor}"
    )


VIDEO_HEALTH = (
    "j'ai eu le nez fracturé et deux dents cassées, 8 jours d'ITT selon le certificat des "
    "urgences médico-judiciaires",
    "il m'a {pushed} contre la vitrine : plaie au cuir chevelu, cinq points de suture au "
    "{hospital}",
    "j'ai une côte fêlée et un hématome à l'œil, je suis en arrêt de travail pour dix jours",
    "mon fils {kid}, 16 ans, a été frappé au visage : traumatisme crânien léger, gardé une nuit "
    "au {hospital}",
)


def videoprotection_request(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    day = c.date(2023, 2025)
    place = c.pick(
        ("place du Marché", "sur le parking de la gare", "aux abords de la salle des fêtes")
    )
    health = c.pick(VIDEO_HEALTH).format(
        hospital=c.pick(HOSPITALS), kid=c.pick(CHILDREN), pushed=agree("poussé(e)", sex)
    )
    return "courrier", (
        f"{first} {last.upper()}\n{c.address()}\n{c.commune}\n\n"
        "Monsieur le Maire\nObjet : conservation des images de vidéoprotection\n\n"
        f"{c.commune}, le {c.write_date(shift(c, day, 1, 4))}\n\n"
        "Monsieur le Maire,\n"
        f"Dans la nuit du {day:%d/%m/%Y}, vers {clock(c, 22, 23)}, j'ai été "
        f"{agree('agressé(e)', sex)} "
        f"{place} par un individu qui a pris la fuite. {health[0].upper()}{health[1:]}.\n"
        "J'ai déposé plainte à la gendarmerie le lendemain (récépissé joint). Je vous demande "
        "de bien vouloir faire conserver les images de la caméra de ce secteur afin qu'elles "
        "puissent être remises aux enquêteurs.\n\n"
        f"Je vous prie d'agréer, Monsieur le Maire, mes salutations respectueuses.\n{first} "
        f"{last}"
    )


MISSING_HEALTH = (
    "atteint de la maladie d'Alzheimer",
    "souffrant de troubles de la mémoire importants (démence à corps de Lewy)",
    "diabétique insulinodépendant, sans son traitement",
    "suivi pour des troubles psychiatriques, sans son traitement depuis trois jours",
)


def gendarmerie_missing_person(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    age = c.rng.randint(62, 88)
    day = c.date(2023, 2025)
    health = c.pick(MISSING_HEALTH)
    return "courrier", (
        f"GENDARMERIE NATIONALE — BRIGADE DE {c.pick(TOWNS).upper()}\n"
        f"Message à l'attention de M./Mme le Maire de {c.commune}\n"
        f"Le {c.write_date(day)} à {clock(c, 6, 22)}\n\n"
        "OBJET : recherche d'une personne vulnérable\n\n"
        f"M. {last.upper()} {first}, {age} ans, {health}, a quitté son domicile "
        f"({c.address()}, {c.commune}) ce jour vers {clock(c, 6, 15)}.\n"
        f"Signalement : 1,{c.rng.randint(60, 85)} m, corpulence "
        f"{c.pick(('mince', 'moyenne', 'forte'))}, cheveux blancs, vêtu d'un "
        f"{c.pick(('anorak bleu', 'pull gris', 'blouson marron'))}, se déplace à pied.\n"
        "Merci de diffuser ce message aux agents techniques et à la police municipale et de "
        "nous signaler sans délai toute information au 17.\n\n"
        f"Le commandant de brigade, adjudant-chef {c.pick(SURNAMES).upper()}"
    )


ARCHIVE_HEALTH = (
    "la constitution de mon dossier de reconnaissance de maladie professionnelle : je suis "
    "atteint d'une surdité bilatérale que l'ORL attribue au bruit des engins",
    "mon dossier auprès de la CPAM : on m'a découvert des plaques pleurales dues à l'amiante "
    "manipulée lors des travaux de l'école",
    "ma demande d'allocation temporaire d'invalidité à la suite de la tendinite chronique des "
    "deux épaules dont je souffre depuis mes années de fauchage",
)


def archives_file_request(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    years = c.rng.randint(1978, 1995)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()} — ARCHIVES MUNICIPALES\n"
        "DEMANDE DE COMMUNICATION DE DOCUMENTS\n\n"
        f"Demandeur : {styled(c, first, last)}\n"
        f"Adresse : {c.address()}, {c.pick(TOWNS)}\n"
        f"Qualité : ancien agent des services techniques ({years}-{years + c.rng.randint(15, 28)})"
        "\n\nDocuments demandés :\n"
        "- mon dossier individuel (carrière, fiches de poste) ;\n"
        f"- les registres et bons de travaux du service voirie de {years} à {years + 10}.\n\n"
        f"Motif de la demande : {c.pick(ARCHIVE_HEALTH)}.\n\n"
        f"Mode de communication souhaité : {c.pick(('consultation sur place', 'copies'))}\n"
        f"Date : {c.write_date(c.date(2023, 2025))}     Signature :"
    )


HAD_HEALTH = (
    "est hospitalisé(e) à domicile (HAD) et que les véhicules de soins doivent pouvoir "
    "accéder à son domicile à tout moment",
    "est sous dialyse à domicile et reçoit plusieurs fois par semaine des livraisons de "
    "matériel médical",
    "est en soins palliatifs à son domicile et que l'infirmier et le médecin doivent pouvoir "
    "s'y rendre jour et nuit",
    "se déplace en fauteuil roulant électrique et doit être conduit(e) chaque jour à ses "
    "séances de rééducation",
)


def roadworks_home_care_order(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    start = c.date(2023, 2025)
    street = c.address().split(" ", 1)[1]
    number = c.rng.randint(1, 80)
    return "arrete_temporaire", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"ARRÊTÉ TEMPORAIRE N° {c.act_number(start.year, 'T')}\n"
        f"portant réglementation de la circulation — {street}\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code de la route et le code général des collectivités territoriales ;\n"
        f"Vu la demande de l'entreprise {c.pick(('SAS Voirie Services', 'Sogea Sud', 'TPS'))} "
        "chargée du renouvellement de la conduite d'eau potable ;\n"
        "Considérant qu'il y a lieu d'interdire la circulation pendant les travaux ;\n"
        f"Considérant que {title(sex)} {styled(c, first, last)}, "
        f"{agree('domicilié(e)', sex)} au n° {number}, {agree(c.pick(HAD_HEALTH), sex)} ;\n\n"
        "ARRÊTE\n\n"
        f"Article 1 : Du {start:%d/%m/%Y} au {shift(c, start, 10, 40):%d/%m/%Y}, la "
        f"circulation est interdite {street}, sauf riverains et services de secours.\n"
        f"Article 2 : Un accès permanent au n° {number} sera maintenu par l'entreprise, "
        "tranchée couverte par des plaques en dehors des heures de chantier.\n"
        "Article 3 : La signalisation est à la charge de l'entreprise.\n\n"
        f"Fait à {c.commune}, le {c.write_date(shift(c, start, -10, -2))}\nLe Maire"
    )


HUNTING_HEALTH = (
    "a été atteint par un plomb ricochant à l'avant-bras gauche ; soigné par les pompiers "
    "puis au {hospital}, plomb retiré sous anesthésie locale",
    "a été blessé à la cuisse par une balle ricochée ; opéré au {hospital}, hospitalisé "
    "cinq jours",
    "a chuté dans un ravin en rejoignant son poste : fracture de la cheville, évacué par les "
    "pompiers vers le {hospital}",
    "a été chargé par un sanglier blessé : plaies profondes au mollet, 14 points de suture",
)


def hunting_accident_report(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    day = c.date(2022, 2025)
    while day.month in (3, 4, 5, 6, 7, 8):
        day = c.date(2022, 2025)
    president = styled(c, *man(c))
    health = c.pick(HUNTING_HEALTH).format(hospital=c.pick(HOSPITALS))
    return "courrier", (
        f"ACCA DE {c.commune.upper()}\n"
        "DÉCLARATION D'ACCIDENT DE CHASSE\n"
        f"(copie à M. le Maire et à la Fédération départementale)\n\n"
        f"Date et heure : {c.write_date(day)}, vers {clock(c, 9, 16)}\n"
        f"Lieu : battue au grand gibier, secteur {c.pick(('du Bois Grand', 'des Combes'))}\n"
        f"Responsable de battue : {president}\n"
        f"Victime : {first} {last.upper()}, posté au poste n° {c.rng.randint(2, 25)}\n\n"
        f"Circonstances : {first} {last} {health}.\n"
        f"Tireur : {styled(c, *man(c))}, validation du permis présentée.\n"
        "Gendarmerie avisée sur place. Les règles de sécurité (angle de 30°, gilets) seront "
        "rappelées à l'assemblée générale.\n\nLe président de l'ACCA"
    )


TRAINING_HEALTH = (
    ("2", "excusée — congé maternité"),
    ("1", "absent — arrêt maladie"),
    ("1", "excusé — en arrêt (lombalgie)"),
    ("2", "absente — hospitalisée"),
    ("2", "partie à 11 h (RDV chez le cardiologue)"),
    ("1", "excusé — accident de service (doigt cassé)"),
)
TRAINING_PLAIN = ("émargé", "émargé", "émargé", "excusé(e) — congés annuels")
TRAININGS_INTRA = (
    "Gestes et postures",
    "Habilitation électrique BS/BE",
    "Accueil du public et gestion des conflits",
    "Utilisation des défibrillateurs",
)


def staff_rows(c: Ctx, n: int, statuses: tuple[str, ...]) -> list[str]:
    """Lines « NAME First | service | status » of an attendance sheet, each agent once."""
    rows = []
    for last in c.rng.sample(SURNAMES, n):
        first, _, sex = anyone(c)
        service = c.pick(("technique", "école", "accueil", "cantine"))
        rows.append(f"{last.upper()} {first} | {service} | {agree(c.pick(statuses), sex)}")
    return rows


def training_attendance_sheet(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    rows = staff_rows(c, c.rng.randint(4, 7), TRAINING_PLAIN)
    sex, health = c.rng.choice(TRAINING_HEALTH)
    rows.insert(
        c.rng.randint(0, len(rows)),
        f"{c.pick(SURNAMES).upper()} {c.pick(WOMEN if sex == '2' else MEN)} | "
        f"{c.pick(('technique', 'école', 'périscolaire'))} | {health}",
    )
    return "courrier", (
        f"FEUILLE D'ÉMARGEMENT — FORMATION « {c.pick(TRAININGS_INTRA)} »\n"
        f"Organisme : {c.pick(('CNFPT', 'Centre de gestion', 'formateur interne'))}\n"
        f"Lieu : mairie de {c.commune}, salle du conseil\nDate : {c.write_date(day)}, 9 h – "
        "17 h\n\n"
        "Agent | Service | Émargement / observation\n" + "\n".join(rows) + "\n\n"
        f"Formateur : {styled(c, *man(c))}"
    )


DISCIPLINE_HEALTH = (
    "L'agent a reconnu, lors de l'entretien préalable, souffrir d'une dépendance à l'alcool. "
    "Il indique être suivi depuis {month} par un addictologue du {hospital}",
    "L'agent a expliqué son comportement par une addiction aux jeux et à l'alcool et dit "
    "avoir commencé des soins au CSAPA de {town}",
    "L'agent a produit un certificat attestant d'un suivi psychiatrique pour un trouble "
    "bipolaire ; il dit avoir arrêté son traitement à l'automne",
)


def discipline_referral(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    day = c.date(2023, 2025)
    health = c.pick(DISCIPLINE_HEALTH).format(
        month=c.pick(MONTHS_FR), hospital=c.pick(HOSPITALS), town=c.pick(TOWNS)
    )
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\n"
        "RAPPORT DE SAISINE DU CONSEIL DE DISCIPLINE\n\n"
        f"Agent : {first} {last.upper()}, {c.pick(TECH_GRADES)}, titulaire\n"
        f"Service : {c.pick(('voirie', 'espaces verts', 'bâtiments'))}\n\n"
        "Faits reprochés :\n"
        f"- le {shift(c, day, -90, -60):%d/%m/%Y}, état d'ébriété constaté à la prise de "
        "poste ;\n"
        f"- le {shift(c, day, -50, -20):%d/%m/%Y}, conduite du camion benne sans autorisation "
        "et accrochage d'un véhicule en stationnement ;\n"
        "- absences injustifiées répétées.\n\n"
        f"{health}.\n\n"
        "Sanction proposée : exclusion temporaire de fonctions de six mois dont trois avec "
        "sursis.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}\nLe Maire, autorité territoriale"
    )


CHILD_HEALTH = (
    "est atteint d'une leucémie aiguë et hospitalisé au service d'oncologie pédiatrique du "
    "{hospital}",
    "a été opéré du cœur à Bordeaux et doit y retourner tous les quinze jours",
    "souffre d'une mucoviscidose qui nécessite de longs séjours au {hospital}",
    "est suivi pour un autisme sévère en hôpital de jour à {town}, 3 fois par semaine",
)


def cnas_exceptional_aid(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    kid = c.pick(CHILDREN)
    health = c.pick(CHILD_HEALTH).format(hospital=c.pick(HOSPITALS), town=c.pick(TOWNS))
    return "courrier", (
        "ACTION SOCIALE DU PERSONNEL — DEMANDE D'AIDE EXCEPTIONNELLE\n"
        f"Collectivité : mairie de {c.commune}\n\n"
        f"Agent : {title(sex)} {styled(c, first, last)}\n"
        f"Grade : {c.pick(GRADES)}\n"
        f"Situation familiale : {agree(c.pick(('marié(e)', 'pacsé(e)', 'séparé(e)')), sex)}, "
        f"{c.rng.randint(1, 3)} enfant(s)\n\n"
        "Motif de la demande (rédigé par l'agent) :\n"
        f"« Mon fils {kid}, {c.rng.randint(3, 14)} ans, {health}. Les trajets, les nuits à la "
        "maison des parents et mon passage à mi-temps pour l'accompagner pèsent lourd sur notre "
        "budget. »\n\n"
        f"Montant sollicité : {money(Decimal(c.rng.randint(3, 12) * 100))}\n"
        f"Avis du correspondant : favorable\nDate : {c.write_date(c.date(2023, 2025))}"
    )


AFFOUAGE_HEALTH = (
    "suite à ma prothèse de hanche posée en {month}, le chirurgien m'interdit la tronçonneuse",
    "depuis mon pontage coronarien je n'ai plus le droit aux efforts violents",
    "je me suis cassé trois côtes en tombant du toit de la grange",
    "mon mal de dos (deux hernies discales) ne me permet plus de faire le bois",
)


def affouage_lot_letter(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    son_in_law = styled(c, *man(c))
    health = c.pick(AFFOUAGE_HEALTH).format(month=c.pick(MONTHS_FR))
    return "courrier", (
        f"{first} {last}\n{c.pick(('lieu-dit', 'hameau de'))} "
        f"{c.pick(('Les Bories', 'La Croix-Haute', 'Lacoste', 'Le Pech'))}\n{c.commune}\n\n"
        f"Le {c.write_date(c.date(2022, 2025))}\n\n"
        "Monsieur le Maire,\n"
        f"Inscrit sur le rôle d'affouage depuis plus de trente ans, je ne pourrai pas façonner "
        f"mon lot cette année : {health}.\n"
        f"Je vous demande l'autorisation que mon gendre, {son_in_law}, le fasse à ma place, "
        "sous ma responsabilité, dans le respect du règlement et des consignes des garants.\n"
        "Je vous remercie et vous prie de croire à mes sentiments dévoués.\n\n"
        f"{first} {last}"
    )


MARKET_NOTES_HEALTH = (
    "{name} : pas plus de 2 h debout (phlébite), la mettre à la caisse assise",
    "{name} : diabétique, prévoir sa pause repas à midi pile",
    "{name} : sort d'une opération du genou, pas de montage du chalet",
    "{name} : enceinte, pas de port de cartons",
)


def christmas_market_roster(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    days = sorted(c.rng.sample(range(6, 22), 3))
    names = c.rng.sample(WOMEN, 4) + c.rng.sample(MEN, 2)
    lines = [
        f"{day:02d}/12 | {' et '.join(c.rng.sample(names, 2))} | "
        f"{' et '.join(c.rng.sample(names, 2))}"
        for day in days
    ]
    note_name = c.pick(tuple(n for n in names if n in WOMEN))
    return "courrier", (
        f"MARCHÉ DE NOËL {year} — CHALET DE LA MAIRIE (vin chaud, crêpes)\n"
        "Planning des bénévoles\n\n"
        "Jour | 14 h – 17 h | 17 h – 20 h\n" + "\n".join(lines) + "\n\n"
        "Remarques :\n"
        f"- {c.pick(names)} apporte le réchaud et les bonbonnes\n"
        f"- {c.pick(MARKET_NOTES_HEALTH).format(name=note_name)}\n"
        "- la caisse est remise en mairie chaque soir\n\n"
        f"Contact : {c.pick(WOMEN)} (comité des fêtes), {mobile(c)}"
    )


SENSITIVE_10: tuple[Maker, ...] = tuple(
    written(maker)
    for maker in (
        france_services_nir_sheet,
        census_pay_statement,
        cddi_hire_sheet,
        cnracl_estimate_request,
        ehpad_admission_form,
        prevoyance_claim,
        tourism_refund_email,
        camping_deposit_decision,
        flea_market_refund_note,
        association_treasurer_iban,
        cnas_loan_form,
        training_costs_decision,
        mooring_credit_note,
        wedding_sign_interpreter,
        marriage_hearing_report,
        pacs_reschedule_sms,
        naturalisation_excuse_letter,
        census_round_notebook,
        assessor_voicemail,
        council_written_question,
        recolement_report,
        housing_exchange_request,
        insertion_progress_review,
        social_grocery_admission,
        autonomy_residence_file,
        ehpad_commission_minutes,
        stadium_incident_report,
        camping_cancellation_mail,
        marina_berth_request,
        reserve_volunteer_form,
        videoprotection_request,
        gendarmerie_missing_person,
        archives_file_request,
        roadworks_home_care_order,
        hunting_accident_report,
        training_attendance_sheet,
        discipline_referral,
        cnas_exceptional_aid,
        affouage_lot_letter,
        christmas_market_roster,
    )
)


# --- ordinary documents of the same services and shapes -------------------------------------

FS_PLAIN_STEPS = (
    ("DGFiP", "déclaration de revenus en ligne, création de l'espace particulier"),
    ("ANTS", "demande de certificat d'immatriculation (carte grise), n° de dossier {ref}"),
    ("ANTS", "pré-demande de passeport, RDV pris en mairie équipée"),
    ("ANTAI", "paiement d'une amende forfaitaire, avis n° {ref}"),
    ("DGFiP", "réclamation sur la taxe foncière, n° d'avis {ref}"),
)


def france_services_tax_sheet(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    day = c.date(2023, 2025)
    body, step = c.rng.choice(FS_PLAIN_STEPS)
    tax = f"{c.rng.randint(0, 3)}{digits(c, 1)} {digits(c, 2)} {digits(c, 3)} {digits(c, 3)} "
    tax += digits(c, 3)
    return "courrier", (
        f"ESPACE FRANCE SERVICES DE {c.commune.upper()}\n{interco(c)}\n\n"
        f"FICHE DE SUIVI USAGER n° {day.year}-{c.rng.randint(1, 1800):04d}\n"
        f"Date du rendez-vous : {c.write_date(day)}      Conseiller(ère) : "
        f"{c.pick(('Laetitia', 'Mehdi', 'Sonia', 'Coralie'))}\n\n"
        f"Usager : {title(sex)} {styled(c, first, last)}\n"
        f"Téléphone : {mobile(c)}\n"
        f"N° fiscal : {tax}\n"
        "N° de sécurité sociale : non demandé (démarche fiscale)\n"
        f"Organisme partenaire : {body}\n"
        f"Démarche : {step.format(ref=reference(c, 10))}\n"
        f"Pièces numérisées : {c.pick(FS_PIECES)}\n"
        f"Suite à donner : {c.pick(FS_FOLLOW)}\n\n"
        "Accord de l'usager pour la conservation de la fiche (RGPD) : oui"
    )


def census_agents_arrete(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    agents = "\n".join(
        f"- {title(sex)} {styled(c, first, last)}, district n° {n:02d}"
        for n, (first, last, sex) in enumerate(
            (anyone(c) for _ in range(c.rng.randint(2, 4))), start=1
        )
    )
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"ARRÊTÉ N° {c.act_number(year - 1)}\nportant nomination des agents recenseurs\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu la loi n° 2002-276 du 27 février 2002 relative à la démocratie de proximité, "
        "titre V ;\n"
        "Vu le décret n° 2003-485 du 5 juin 2003 relatif au recensement de la population ;\n"
        f"Vu la délibération du conseil municipal fixant la rémunération des agents "
        f"recenseurs ;\n\nARRÊTE\n\n"
        f"Article 1 : Sont nommés agents recenseurs pour l'enquête de recensement {year} :\n"
        f"{agents}\n"
        "Article 2 : Ils percevront 1,25 € par bulletin individuel et 0,70 € par feuille de "
        "logement.\n"
        "Article 3 : Avant la première tournée, les agents remettront au secrétariat leur "
        "numéro de sécurité sociale, la copie de leur carte Vitale et un RIB.\n"
        "Article 4 : Les agents sont tenus au secret statistique.\n\n"
        f"Fait à {c.commune}, le {c.write_date(dt.date(year - 1, 12, c.rng.randint(1, 20)))}"
        f"\nLe Maire, {c.mayor}"
    )


def cddi_job_offer(c: Ctx) -> tuple[str, str]:
    start = c.date(2023, 2025)
    return "courrier", (
        f"OFFRE D'EMPLOI — ATELIER ET CHANTIER D'INSERTION « {c.pick(SITE_NAMES)} »\n"
        f"{interco(c)}\n\n"
        f"Postes : {c.rng.randint(3, 10)} {c.pick(CDDI_POSTS)} en CDDI, 26 h par semaine\n"
        f"Prise de poste : {c.write_date(start)}\n"
        "Public : personnes éloignées de l'emploi — bénéficiaires du RSA, demandeurs "
        "d'emploi de longue durée, jeunes sans qualification, travailleurs handicapés (RQTH). "
        "Éligibilité validée par un prescripteur (France Travail, Mission locale, Cap emploi, "
        "référents RSA).\n"
        "Rémunération : SMIC horaire. Accompagnement socio-professionnel et formations.\n"
        f"Information collective : le {c.write_date(shift(c, start, -20, -7))} à "
        f"{clock(c, 9, 14)}, salle polyvalente de {c.commune}.\n"
        "Pièces à apporter : pièce d'identité, carte Vitale ou attestation de droits, RIB, "
        "CV si vous en avez un.\n"
        f"Contact : {styled(c, *woman(c))}, encadrante technique — {landline(c)}"
    )


def cnracl_information_note(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2025)
    cohorts = ", ".join(str(y) for y in range(1970, 1996, 5))
    return "courrier", (
        "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE\n"
        "Note d'information aux collectivités — droit à l'information retraite\n\n"
        f"Campagne {year}\n"
        f"Les agents affiliés à la CNRACL nés en {cohorts} recevront cette année leur relevé "
        "individuel de situation ; ceux nés en 1965 et 1960 recevront une estimation "
        "indicative globale.\n"
        "Les employeurs doivent vérifier et compléter les comptes individuels retraite (CIR) "
        f"avant le {c.write_date(dt.date(year, c.rng.randint(3, 6), 30))} : services, temps "
        "partiels, périodes de disponibilité, bonifications pour enfants.\n"
        f"Numéro d'immatriculation employeur de la commune de {c.commune} : "
        f"{reference(c, 8)}\n\n"
        "Les agents qui souhaitent une estimation de pension personnalisée doivent en faire "
        "la demande auprès du service retraites, accompagnée de leur dernier bulletin de paie.\n"
        f"Contact : service retraites — {landline(c)}"
    )


def ehpad_rates_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2026)
    base = Decimal(c.rng.randint(5600, 7200)) / 100
    return "deliberation", (
        f"CENTRE COMMUNAL D'ACTION SOCIALE DE {c.commune.upper()}\n"
        f"Délibération du conseil d'administration n° {c.act_number(year)}\n"
        f"Objet : tarifs de l'EHPAD municipal au 1er janvier {year}\n\n"
        f"Madame la vice-présidente expose que l'arrêté du président du conseil départemental "
        "a fixé les tarifs de l'établissement pour l'exercice. Le conseil prend acte des "
        "tarifs suivants :\n"
        f"- hébergement permanent : {money(base)} par jour ;\n"
        f"- hébergement temporaire : {money(base + 4)} par jour ;\n"
        f"- dépendance GIR 1-2 : {money(Decimal(c.rng.randint(2000, 2400)) / 100)} ;\n"
        f"- dépendance GIR 3-4 : {money(Decimal(c.rng.randint(1250, 1550)) / 100)} ;\n"
        f"- dépendance GIR 5-6 : {money(Decimal(c.rng.randint(520, 660)) / 100)}.\n"
        "Le forfait soins, versé par l'agence régionale de santé, finance les soignants de "
        "l'unité protégée destinée aux résidents atteints de la maladie d'Alzheimer ou de "
        "troubles apparentés.\n"
        f"Adopté à l'unanimité des {c.rng.randint(8, 14)} membres présents."
    )


def prevoyance_participation_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2024, 2026)
    insurer = c.pick(("Collecteam", "Territoria Mutuelle", "Relyens", "MNT"))
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"DÉLIBÉRATION N° {c.act_number(year)}\n"
        "Objet : protection sociale complémentaire — participation de l'employeur au risque "
        "prévoyance\n\n"
        "Monsieur le Maire rappelle que la réforme de la protection sociale complémentaire "
        "rend obligatoire la participation des employeurs publics au risque prévoyance "
        "(maintien de salaire en cas d'arrêt de travail prolongé).\n"
        f"En {year - 1}, {c.rng.randint(2, 6)} agents de la commune ont été placés à "
        "demi-traitement ; au niveau départemental, l'absentéisme pour raison de santé "
        f"atteint {c.rng.randint(7, 11)},{c.rng.randint(0, 9)} %.\n"
        f"Le centre de gestion a conclu une convention de participation avec {insurer}.\n\n"
        "Le conseil municipal, après en avoir délibéré :\n"
        "- adhère à la convention de participation du centre de gestion ;\n"
        f"- fixe la participation à {c.rng.randint(7, 25)} € par mois et par agent ;\n"
        "- inscrit les crédits au budget, chapitre 012.\n"
        "Adopté à l'unanimité."
    )


def tourism_group_booking(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    people = c.rng.randint(15, 48)
    unit = c.rng.choice((Decimal(6), Decimal("7.50"), Decimal(9)))
    organiser = woman(c)[1]
    head = mail_top(
        c,
        "Office de tourisme",
        f"groupes@ot-{ascii_slug(c.commune)}.fr",
        to=f"clubdesaines.{ascii_slug(c.pick(TOWNS))}@orange.fr",
        subject="Confirmation de votre réservation groupe",
        day=shift(c, day, -60, -20),
    )
    return "courrier", (
        f"{head}\nBonjour Madame {organiser},\n\n"
        f"Nous confirmons la visite « {c.pick(TOURS)} » pour votre groupe de {people} "
        f"personnes le {c.write_date(day)} à {clock(c, 9, 15)}.\n"
        f"Tarif groupe : {money(unit)} par personne, soit {money(unit * people)}.\n"
        "Un acompte de 30 % est demandé à la réservation, par virement :\n"
        f"Titulaire : Office de tourisme — {interco(c)}\n"
        f"IBAN : {org_iban(c)}\nBIC : {c.pick(BICS)}\n"
        "Le parcours est accessible aux personnes à mobilité réduite, sauf la crypte. Un "
        "fauteuil peut être prêté à l'accueil.\n\n"
        "Bien cordialement,\nLe service groupes"
    )


def camping_closure_decision(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    closed = dt.date(year, c.rng.randint(6, 8), c.rng.randint(1, 25))
    rows = "\n".join(
        f"- réservation n° {year}-{c.rng.randint(10, 400):03d} — {styled(c, *man(c))} — "
        f"{money(Decimal(c.rng.randint(4, 16) * 10))}"
        for _ in range(c.rng.randint(3, 6))
    )
    return "decision_maire", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"DÉCISION DU MAIRE N° {c.act_number(year, 'D')}\n"
        "Objet : camping municipal — fermeture et remboursement des arrhes\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu l'article L. 2122-22 du code général des collectivités territoriales ;\n"
        f"Considérant la crue de la rivière du {closed:%d/%m/%Y} et l'arrêté de fermeture du "
        "camping municipal ;\n\nDÉCIDE\n\n"
        "Article 1 : Les arrhes versées pour les séjours prévus pendant la fermeture sont "
        "remboursées aux campeurs suivants :\n"
        f"{rows}\n"
        "Article 2 : Le remboursement sera effectué par mandat administratif, sur production "
        "d'un relevé d'identité bancaire.\n\n"
        f"Fait à {c.commune}, le {c.write_date(shift(c, closed, 3, 15))}\nLe Maire"
    )


def flea_market_registration(c: Ctx) -> tuple[str, str]:
    first, last, _ = anyone(c)
    day = c.date(2023, 2025)
    meters = c.rng.randint(1, 3) * 4
    card = "".join(c.pick(tuple("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")) for _ in range(9))
    plate = (
        f"{c.pick(('AB', 'FG', 'GH', 'EK'))}-{c.rng.randint(100, 999)}-"
        f"{c.pick(('CD', 'TR', 'LM', 'ZX'))}"
    )
    return "courrier", (
        f"VIDE-GRENIER DU {day:%d/%m/%Y} — {c.commune.upper()}\n"
        "Bulletin d'inscription — exposant particulier\n\n"
        f"Nom : {last.upper()}   Prénom : {first}\n"
        f"Adresse : {c.address()}, {c.pick(TOWNS)}\n"
        f"Tél. : {mobile(c)}\n"
        f"Pièce d'identité : carte nationale d'identité n° {card}, délivrée le "
        f"{c.date(2016, 2023):%d/%m/%Y}\n"
        f"Immatriculation du véhicule : {plate}\n"
        f"Métrage souhaité : {meters} m ({meters * 2} €)\n\n"
        "Je déclare sur l'honneur ne pas avoir participé à plus de deux ventes au déballage "
        "dans l'année civile.\n"
        "Règlement par chèque à l'ordre du Comité des fêtes, à joindre au bulletin.\n\n"
        f"Fait le {c.write_date(shift(c, day, -40, -5))}     Signature :"
    )


def association_subsidy_plain(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2026)
    association = c.pick(ASSOCIATIONS)
    return "courrier", (
        f"DEMANDE DE SUBVENTION {year} — ASSOCIATIONS\nMairie de {c.commune}\n\n"
        f"Association : {association} (loi 1901)\n"
        f"N° RNA : W{reference(c, 9)}      N° SIRET : {reference(c, 14)}\n"
        f"Président(e) : {styled(c, *woman(c))}\n"
        f"Trésorier(ère) : {styled(c, *man(c))}\n"
        f"Nombre d'adhérents : {c.rng.randint(12, 160)}\n"
        f"Montant sollicité : {money(Decimal(c.rng.randint(3, 30) * 50))}\n"
        "Budget prévisionnel et compte rendu de l'assemblée générale joints.\n\n"
        "Coordonnées bancaires de l'association :\n"
        f"Titulaire : {association.upper()}\n"
        f"Domiciliation : {c.pick(BANKS)} {c.commune}\n"
        f"IBAN : {org_iban(c)}\n\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(year - 1, year - 1))}"
    )


def cnas_membership_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2026)
    agents = c.rng.randint(6, 60)
    fee = Decimal(c.rng.randint(21000, 22500)) / 100
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\nDÉLIBÉRATION N° {c.act_number(year)}\n"
        "Objet : action sociale en faveur du personnel — adhésion au CNAS\n\n"
        "Monsieur le Maire rappelle que l'action sociale en faveur des agents est une "
        "dépense obligatoire. Il propose l'adhésion au Comité national d'action sociale, qui "
        "offre aux agents des prestations (aides, prêts, chèques-vacances, billetterie).\n"
        f"Cotisation {year} : {money(fee)} par agent, soit {money(fee * agents)} pour "
        f"{agents} agents.\n\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité :\n"
        f"- décide d'adhérer au CNAS à compter du 1er janvier {year} ;\n"
        f"- désigne {styled(c, *woman(c))}, adjointe, déléguée des élus ;\n"
        f"- désigne {styled(c, *woman(c))}, secrétaire de mairie, correspondante ;\n"
        "- inscrit la dépense au chapitre 012."
    )


DRIVING_SCHOOLS = ("Auto-école du Centre SARL", "ECF Formation Poids lourds", "Conduite Pro 47")


def training_school_decision(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    training, article = c.rng.choice(TRAININGS)
    amount = c.amount(600, 2400)
    day = c.date(2023, 2025)
    school = c.pick(DRIVING_SCHOOLS)
    return "decision_maire", (
        f"COMMUNE DE {c.commune.upper()}\nDÉCISION N° {c.act_number(day.year)}\n"
        "portant prise en charge d'une formation\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le plan de formation de la collectivité ;\n"
        f"Considérant que les missions de {title(sex)} {styled(c, first, last)}, "
        f"{c.pick(TECH_GRADES)}, nécessitent l'obtention {training} ;\n\nDÉCIDE\n\n"
        f"Article 1 : La formation est confiée à {school}, pour un montant de "
        f"{money(amount)} TTC.\n"
        f"Article 2 : Le paiement sera effectué à l'organisme sur présentation de la facture, "
        f"par virement sur son compte IBAN {org_iban(c)}.\n"
        f"Article 3 : La dépense est imputée au chapitre 011, article {article}.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}\nLe Maire, {c.mayor}"
    )


def mooring_invoice(c: Ctx) -> tuple[str, str]:
    first, last = man(c) if c.rng.random() < 0.7 else woman(c)
    year = c.rng.randint(2022, 2025)
    fee = c.amount(900, 3200)
    return "facture", (
        f"PORT DE PLAISANCE DE {c.commune.upper()} — régie municipale\n"
        f"FACTURE N° {year}-{c.rng.randint(1, 400):04d}\n"
        f"Date : {c.write_date(dt.date(year, 1, c.rng.randint(5, 28)))}\n\n"
        f"Client : {styled(c, first, last)}, {c.address()}, {c.pick(TOWNS)}\n"
        f"Navire : « {c.pick(BOATS)} » — longueur {c.rng.randint(6, 11)},"
        f"{c.rng.randint(0, 9)}0 m — poste {c.pick(('A', 'B', 'C', 'D'))}{c.rng.randint(1, 60)}\n"
        f"Objet : redevance annuelle d'amarrage {year}\n\n"
        f"Montant : {money(fee)} (non soumis à TVA)\n"
        f"Échéance : {c.write_date(dt.date(year, 3, 31))}\n\n"
        "Règlement par chèque à l'ordre du Trésor public ou par virement :\n"
        f"IBAN {treasury_iban(c)} — BIC BDFEFRPPCCT\n"
        "Référence à rappeler : numéro de facture.\n"
        "Le régisseur du port"
    )


NATIONALITIES = ("britannique", "colombienne", "japonaise", "allemande", "brésilienne")


def wedding_language_interpreter(c: Ctx) -> tuple[str, str]:
    bride, groom = woman(c), man(c)
    wedding = c.date(2024, 2026)
    return "courrier", (
        f"{groom[0]} {groom[1].upper()} et {bride[0]} {bride[1].upper()}\n"
        f"{c.address()}\n{c.commune}\n\n"
        f"Mairie de {c.commune} — service de l'état civil\n\n"
        f"{c.commune}, le {c.write_date(shift(c, wedding, -120, -45))}\n\n"
        f"Objet : notre mariage du {c.write_date(wedding)}\n\n"
        "Madame, Monsieur,\n"
        f"{groom[0]} est de nationalité {c.pick(NATIONALITIES)} et ne maîtrise pas encore "
        "assez le français pour suivre la lecture des articles du Code civil. Comme vous "
        "nous l'avez indiqué, nous ferons appel à un interprète traducteur inscrit sur la "
        "liste de la cour d'appel ; il sera présent à l'audition et à la cérémonie.\n"
        "Pourriez-vous nous confirmer l'heure de la célébration et le nombre de témoins "
        "possibles ?\n\n"
        f"Avec nos remerciements,\n{groom[0]} et {bride[0]}"
    )


HEARING_PLAIN = (
    "Néant.",
    "Les futurs époux ont conclu un contrat de mariage (séparation de biens) chez Maître "
    "{notary}, notaire à {town}.",
    "Le couple souhaite que la célébration ait lieu dans la salle des fêtes en raison du "
    "nombre d'invités.",
    "Les futurs époux se connaissent depuis le lycée ; les réponses concordent.",
)


def marriage_hearing_plain(c: Ctx) -> tuple[str, str]:
    groom, bride = man(c), woman(c)
    day = c.date(2023, 2025)
    since = c.rng.randint(2008, 2023)
    while groom[1] == bride[1]:
        groom = man(c)
    officer_sex = c.pick(("1", "2"))
    officer = styled(c, *(woman(c) if officer_sex == "2" else man(c)))
    note = c.pick(HEARING_PLAIN).format(notary=c.pick(SURNAMES), town=c.pick(TOWNS))
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()} — ÉTAT CIVIL\n"
        "COMPTE RENDU D'AUDITION DES FUTURS ÉPOUX\n(article 63 du Code civil)\n\n"
        f"Date : {c.write_date(day)}\n"
        f"Officier de l'état civil : {officer}, {agree('adjoint(e)', officer_sex)} au maire\n\n"
        f"Futur époux : {groom[1].upper()} {groom[0]}, né le "
        f"{c.date(1960, 2000):%d/%m/%Y}\n"
        f"Future épouse : {bride[1].upper()} {bride[0]}, née le "
        f"{c.date(1960, 2000):%d/%m/%Y}\n"
        f"Audition : {c.pick(('commune', 'commune, puis séparée'))}\n\n"
        f"Circonstances de la rencontre : {c.pick(MEETINGS).format(year=since)}\n"
        f"Vie commune depuis : {c.rng.randint(since, 2024)}\n"
        "Langue : français, sans interprète\n"
        f"Observations : {note}\n\n"
        "Conclusion : aucun indice de défaut de consentement ; le dossier suit son cours. "
        f"Publication à compter du {c.write_date(shift(c, day, 3, 15))}.\n\n"
        "Signatures des futurs époux et de l'officier de l'état civil"
    )


PACS_PLAIN = (
    "mon chef m'envoie en formation à Lyon toute la semaine",
    "le notaire ne nous a pas encore envoyé la convention signée",
    "on a oublié de demander l'acte de naissance de {partner}, il n'arrivera pas à temps",
    "notre voiture est au garage et on n'a personne pour nous amener",
)


def pacs_reschedule_plain(c: Ctx) -> tuple[str, str]:
    first, last, _ = anyone(c)
    partner = c.pick(WOMEN + MEN)
    day = c.date(2023, 2025)
    new_day = shift(c, day, 10, 30)
    number = mobile(c)
    return "courrier", (
        "SMS reçus sur le portable de l'accueil — état civil\n"
        f"(copie pour le dossier PACS {last.upper()} / {partner})\n\n"
        f"{day:%d/%m/%Y} {c.rng.randint(7, 9):02d}:{c.rng.randint(0, 59):02d} — {number}\n"
        f"« Bonjour c'est {first} {last}, on a rdv pour le pacs jeudi avec {partner} mais "
        f"{c.pick(PACS_PLAIN).format(partner=partner)}. On peut décaler ? merci »\n\n"
        f"{day:%d/%m/%Y} {c.rng.randint(10, 11):02d}:{c.rng.randint(0, 59):02d} — Mairie\n"
        "« Bonjour, pas de souci, nous vous proposons le "
        f"{new_day:%d/%m} à {clock(c, 9, 16)}. Merci de confirmer par retour. »\n\n"
        f"{day:%d/%m/%Y} {c.rng.randint(12, 20):02d}:{c.rng.randint(0, 59):02d} — {number}\n"
        "« ok super merci »"
    )


def naturalisation_invitation(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    ceremony = c.date(2023, 2025)
    return "courrier", (
        "PRÉFECTURE — BUREAU DE LA NATIONALITÉ\n\n"
        f"{title(sex)} {first} {last.upper()}\n{c.address()}\n{c.commune}\n\n"
        "Objet : cérémonie d'accueil dans la citoyenneté française\n\n"
        f"{'Madame' if sex == '2' else 'Monsieur'},\n"
        "Par décret, vous avez acquis la nationalité française. J'ai le plaisir de vous "
        "inviter à la cérémonie d'accueil dans la citoyenneté française qui se tiendra le "
        f"{c.write_date(ceremony)} à {clock(c, 10, 17)}, en mairie de {c.commune}, salle du "
        "conseil municipal.\n"
        "Votre ampliation du décret et la charte des droits et devoirs du citoyen français "
        "vous y seront remises. Merci de vous munir de la présente invitation et d'une pièce "
        f"d'identité. Vous pouvez être {agree('accompagné(e)', sex)} de deux personnes.\n"
        "La salle est accessible aux personnes à mobilité réduite ; pour toute demande "
        f"particulière, contactez le bureau de la nationalité au {landline(c)}.\n\n"
        "Pour le préfet, le secrétaire général"
    )


def census_round_plain(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    agent = f"{c.pick(WOMEN + MEN)} {c.pick(SURNAMES)[0]}."
    rows = [
        f"{c.address()} | {c.rng.randint(1, 3)} | {c.pick(CENSUS_PLAIN)}"
        for _ in range(c.rng.randint(5, 8))
    ]
    return "courrier", (
        f"RECENSEMENT DE LA POPULATION {year} — COMMUNE DE {c.commune.upper()}\n"
        "CARNET DE TOURNÉE\n"
        f"Agent recenseur : {agent}      District n° {c.rng.randint(1, 9):02d}\n"
        f"Semaine du {c.write_date(dt.date(year, c.rng.randint(1, 2), c.rng.randint(1, 20)))}"
        "\n\nAdresse | Logts | Observations\n" + "\n".join(rows) + "\n\n"
        f"Total collecté : {c.rng.randint(40, 140)} BI / {c.rng.randint(20, 70)} FL\n"
        "Vu par le coordonnateur :"
    )


def polling_station_roster(c: Ctx) -> tuple[str, str]:
    sunday = c.date(2022, 2026)
    while sunday.weekday() != 6:
        sunday += dt.timedelta(days=1)
    booth = c.rng.randint(1, 4)
    slots = ("8 h – 11 h", "11 h – 14 h", "14 h – 17 h", "17 h – 19 h")
    roles = ("Président", "Assesseur titulaire", "Assesseur titulaire", "Secrétaire")
    lines = [f"{role} | {styled(c, *man(c))} | journée | {mobile(c)}" for role in roles[:2]]
    lines += [
        f"Assesseur suppléant | {styled(c, *woman(c))} | {slot} | {mobile(c)}" for slot in slots
    ]
    return "courrier", (
        f"{c.pick(ELECTIONS)} DU {sunday:%d/%m/%Y}\n"
        f"COMPOSITION DU BUREAU DE VOTE N° {booth} — "
        f"{c.pick(('salle des fêtes', 'école', 'mairie'))}\n\n"
        "Fonction | Nom | Créneau | Téléphone\n" + "\n".join(lines) + "\n\n"
        "Ouverture du bureau à 8 h ; présence des membres à 7 h 30 pour la mise en place. "
        f"Dépouillement à partir de 18 h avec les scrutateurs volontaires.\n"
        f"Remplacement en cas d'empêchement : prévenir la mairie au {landline(c)}."
    )


COUNCIL_QA_PLAIN = (
    (
        "Le Dr {doctor} part à la retraite en juin : que fait la commune pour attirer un "
        "médecin ?",
        "Nous travaillons avec l'agence régionale de santé et la communauté de communes au "
        "projet de maison de santé pluriprofessionnelle ; un cabinet meublé sera proposé "
        "gratuitement pendant deux ans à un jeune médecin.",
    ),
    (
        "Combien d'agents de la commune sont actuellement absents et comment les services "
        "sont-ils assurés ?",
        "Au 1er du mois, trois agents sur vingt-huit étaient absents ; les remplacements sont "
        "assurés par le service de remplacement du centre de gestion et par des vacataires.",
    ),
    (
        "Où en est le projet de défibrillateur au gymnase ?",
        "Le défibrillateur a été livré et sera installé à l'entrée du gymnase avant la fin "
        "du mois ; une formation est proposée aux associations sportives.",
    ),
)


def council_question_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    question, answer = c.rng.choice(COUNCIL_QA_PLAIN)
    elu = styled(c, *woman(c)) if c.rng.random() < 0.5 else styled(c, *man(c))
    group = c.pick(OPPOSITION).format(c=c.commune)
    return "pv_seance", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU {c.write_date(day).upper()}\n"
        "(extrait)\n\n"
        f"Présents : {c.rng.randint(11, 19)} — Pouvoirs : {c.rng.randint(0, 3)} — "
        f"Secrétaire de séance : {styled(c, *woman(c))}\n\n"
        f"Point n° {c.rng.randint(8, 15)} — Questions écrites\n"
        f"Question de {elu} (liste « {group} »), reçue le "
        f"{shift(c, day, -10, -3):%d/%m/%Y} :\n"
        f"« {question.format(doctor=c.pick(SURNAMES))} »\n\n"
        f"Réponse de M. le Maire : {answer}\n\n"
        f"L'ordre du jour étant épuisé, la séance est levée à {clock(c, 21, 23)}."
    )


RECOLEMENT_GAPS = (
    "menuiseries en PVC blanc au lieu du bois peint prévu au dossier",
    "abri de jardin de 12 m² non déclaré en fond de parcelle",
    "hauteur à l'égout dépassant de 40 cm la hauteur autorisée",
    "haie de clôture non plantée",
)


def recolement_plain(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    year = c.rng.randint(2021, 2024)
    visit = c.date(year + 1, year + 1)
    conform = c.rng.random() < 0.5
    verdict = (
        "Conclusion : travaux conformes à l'autorisation."
        if conform
        else f"Constat de non-conformité : {c.pick(RECOLEMENT_GAPS)}. Mise en demeure de "
        "régulariser (permis modificatif ou remise en état) sous trois mois."
    )
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()} — SERVICE URBANISME\n"
        "PROCÈS-VERBAL DE RÉCOLEMENT DES TRAVAUX\n\n"
        f"Permis de construire n° {c.permit_number('PC', year)}\n"
        f"Bénéficiaire : {title(sex)} {styled(c, first, last)}\n"
        f"Adresse des travaux : {c.address()}\n"
        f"Nature des travaux : {c.pick(('maison individuelle', 'garage accolé', 'extension'))}"
        "\n"
        f"DAACT reçue le : {shift(c, visit, -60, -10):%d/%m/%Y}\n\n"
        f"Visite effectuée le {c.write_date(visit)} par l'instructeur du service, en présence "
        "du bénéficiaire.\n\n"
        "Constats : implantation conforme au plan de masse ; raccordements réalisés ; "
        "rampe d'accès au garage conforme.\n\n"
        f"{verdict}\nL'instructeur"
    )


HOUSING_PLAIN = (
    "Nous avons désormais la garde alternée de nos trois enfants et le T2 est trop petit.",
    "J'ai trouvé un emploi à la zone d'activités et je voudrais me rapprocher pour y aller "
    "à pied.",
    "Mes enfants sont partis et mon T4 est trop grand ; je souhaiterais un T2 pour payer "
    "moins de loyer.",
)


def housing_exchange_plain(c: Ctx) -> tuple[str, str]:
    first, last, _ = anyone(c)
    return "courrier", (
        f"{first} {last.upper()}\n"
        f"Résidence {c.pick(RESIDENCES)}, bât. {c.pick(('A', 'B', 'C'))}, "
        f"appt {c.rng.randint(11, 48)}\n{c.commune}\n\n"
        "À l'attention de Madame l'adjointe au logement\n\n"
        "Objet : demande d'échange de logement\n\n"
        "Madame l'adjointe,\n"
        f"Je suis locataire chez {c.pick(LANDLORDS)} depuis {c.rng.randint(2008, 2020)}. "
        f"{c.pick(HOUSING_PLAIN)}\n"
        f"Ma demande de mutation (n° unique {c.pick(DEPTS)}{reference(c, 10)}A) sera examinée "
        "à la prochaine commission d'attribution, et mon bailleur m'a dit qu'un mot de la "
        "mairie pourrait aider.\n\n"
        f"Je vous remercie de votre aide.\n{first} {last}\n{mobile(c)}"
    )


def insertion_review_plain(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    start = c.date(2023, 2025)
    referent = styled(c, *woman(c))
    return "courrier", (
        "BILAN INTERMÉDIAIRE DE PARCOURS — SALARIÉ(E) EN INSERTION\n"
        f"Chantier d'insertion « {c.pick(SITE_NAMES)} » — {interco(c)}\n\n"
        f"Salarié(e) : {styled(c, first, last)}\n"
        f"Entrée le : {start:%d/%m/%Y}      Fin du contrat : "
        f"{shift(c, start, 150, 200):%d/%m/%Y}\n"
        f"Référente RSA : {referent} (Département)\n\n"
        f"Savoir-être : {c.pick(BEHAVIOURS)}\n"
        "Compétences acquises : maçonnerie de pierre sèche, tri des matériaux, travail en "
        "équipe\n"
        f"Formation : {c.pick(COURSES)}\n\n"
        "Freins périphériques :\n"
        f"- mobilité : {c.pick(('permis B obtenu en ' + c.pick(MONTHS_FR), 'covoiturage'))}\n"
        f"- logement : {agree(c.pick(HOMES), sex)}\n"
        "- santé : aucun frein signalé\n\n"
        "Proposition : immersion en entreprise (PMSMP) de deux semaines chez un paysagiste.\n"
        "L'accompagnatrice socio-professionnelle"
    )


GROCERY_PLAIN = (
    "dossier de surendettement déposé en {month} ; orientation vers l'atelier budget.",
    "souhaite des produits pour bébé (enfant de 8 mois).",
    "néant.",
    "participera à l'atelier cuisine du jeudi.",
)


def grocery_admission_plain(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    people = c.rng.randint(1, 5)
    income = Decimal(c.rng.randint(700, 1900))
    charges = Decimal(c.rng.randint(400, int(income) - 150))
    per_day = ((income - charges) / 30 / people).quantize(Decimal("0.01"))
    day = c.date(2023, 2025)
    return "courrier", (
        f"ÉPICERIE SOCIALE ET SOLIDAIRE — CCAS DE {c.commune.upper()}\n"
        f"FICHE D'ADMISSION (commission du {day:%d/%m/%Y})\n\n"
        f"Orienté(e) par : {c.pick(GROCERY_SENDERS)}\n"
        f"Demandeur : {title(sex)} {styled(c, first, last)}\n"
        f"Composition du foyer : {people} personne(s)\n"
        f"Ressources mensuelles : {money(income)}   Charges : {money(charges)}\n"
        f"Reste à vivre : {money(per_day)} par jour et par personne\n\n"
        f"Décision : accès accordé pour {c.pick(('3', '4', '6'))} mois, participation de 10 % "
        "du prix des produits\n"
        f"Observations : {c.pick(GROCERY_PLAIN).format(month=c.pick(MONTHS_FR))}\n\n"
        "La responsable de l'épicerie"
    )


def autonomy_waiting_list(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    rows = []
    for rank in range(1, c.rng.randint(4, 7) + 1):
        first, last, sex = anyone(c)
        rows.append(
            f"{rank} | {title(sex)} {last.upper()} {first} | "
            f"{shift(c, day, -400, -20):%d/%m/%Y} | {c.pick(('T1', 'T1 bis', 'T2'))} | "
            f"{c.pick((c.commune, *TOWNS))}"
        )
    return "courrier", (
        f"RÉSIDENCE AUTONOMIE — CCAS DE {c.commune.upper()}\n"
        f"LISTE D'ATTENTE AU {c.write_date(day).upper()}\n\n"
        "Rang | Demandeur | Dépôt | Logement | Commune actuelle\n" + "\n".join(rows) + "\n\n"
        f"Logements libérés ce trimestre : {c.rng.randint(0, 3)}\n"
        "Les demandes de plus d'un an sont à renouveler par écrit."
    )


def ehpad_commission_report(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2025)
    received = c.rng.randint(10, 30)
    admitted = c.rng.randint(3, 9)
    return "courrier", (
        f"EHPAD MUNICIPAL DE {c.commune.upper()}\n"
        f"COMMISSION D'ADMISSION — BILAN DU {c.pick(('1er', '2e', '3e'))} TRIMESTRE {year}\n\n"
        f"Dossiers reçus : {received}\n"
        f"Admissions prononcées : {admitted} (dont {c.rng.randint(0, 3)} en unité protégée)\n"
        f"Dossiers en liste d'attente : {received - admitted}\n"
        f"Âge moyen à l'entrée : {c.rng.randint(84, 90)} ans\n"
        f"Délai moyen entre dépôt et admission : {c.rng.randint(2, 9)} mois\n"
        f"Taux d'occupation : {c.rng.randint(93, 99)},{c.rng.randint(0, 9)} %\n\n"
        "La commission rappelle que le dossier unique de demande (Cerfa n° 14732) comporte un "
        "volet médical, transmis sous pli au seul médecin coordonnateur.\n"
        "Prochaine commission : premier mardi du mois."
    )


def aed_inspection_report(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    sites = ("stade municipal (club-house)", "gymnase", "salle des fêtes", "mairie (hall)")
    rows = "\n".join(
        f"{site} | {reference(c, 8)} | batterie {c.rng.randint(60, 100)} % | électrodes "
        f"valables jusqu'au {c.date(2025, 2027):%m/%Y} | "
        f"{c.pick(('RAS', 'RAS', 'pictogramme à remplacer'))}"
        for site in sites
    )
    return "courrier", (
        f"{c.pick(('SAS Cardio Services', 'Défibril Maintenance'))}\n"
        f"RAPPORT DE MAINTENANCE ANNUELLE — DÉFIBRILLATEURS DE LA COMMUNE DE {c.commune.upper()}"
        f"\nDate d'intervention : {c.write_date(day)}\n\n"
        "Emplacement | N° de série | Batterie | Électrodes | Observations\n" + rows + "\n\n"
        "Aucune utilisation enregistrée depuis le dernier contrôle. Les appareils sont "
        "déclarés dans la base nationale Géo'DAE.\n"
        "Une formation aux gestes qui sauvent est proposée aux dirigeants des clubs sportifs."
    )


CAMPING_PLAIN = (
    "notre voiture est tombée en panne et la réparation prendra trois semaines",
    "mon employeur a refusé mes congés à la dernière minute",
    "nous déménageons à la même date, le compromis de vente vient d'être signé",
    "le mariage de ma sœur a été avancé au même week-end",
)


def camping_cancellation_plain(c: Ctx) -> tuple[str, str]:
    first, last = woman(c) if c.rng.random() < 0.5 else man(c)
    day = c.date(2023, 2025)
    arrive = dt.date(day.year, c.rng.randint(6, 8), c.rng.randint(1, 25))
    head = mail_top(
        c,
        f"{first} {last}",
        home_mail(c, first, last),
        to=town_mail(c, "camping"),
        subject=f"Annulation réservation emplacement {c.rng.randint(1, 60)}",
        day=shift(c, arrive, -20, -3),
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n"
        f"Nous avions réservé un emplacement du {arrive:%d/%m} au "
        f"{shift(c, arrive, 6, 14):%d/%m} (arrhes de {c.rng.randint(5, 15) * 10} € "
        f"versées). Malheureusement nous devons annuler : {c.pick(CAMPING_PLAIN)}.\n"
        "Est-il possible de récupérer les arrhes, ou de reporter le séjour à l'année "
        "prochaine ?\n\n"
        f"Merci de votre compréhension,\n{first} {last.upper()}\n{mobile(c)}"
    )


def marina_berth_plain(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    return "courrier", (
        f"{first} {last.upper()}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"Monsieur le maître de port\nCapitainerie du port de {c.commune}\n\n"
        f"Le {c.write_date(c.date(2023, 2025))}\n\n"
        "Objet : demande de changement de poste d'amarrage\n\n"
        "Monsieur,\n"
        f"Titulaire d'un contrat annuel pour mon voilier « {c.pick(BOATS)} » (poste "
        f"D{c.rng.randint(10, 60)}), je viens d'acheter un bateau plus grand "
        f"({c.rng.randint(9, 12)},{c.rng.randint(0, 9)}0 m, tirant d'eau 1,80 m) qui ne "
        "rentre plus dans mon poste actuel. Je vous demande s'il serait possible de "
        "m'attribuer un poste au ponton A à partir de la saison prochaine.\n"
        "Je reste bien sûr prêt à payer la différence de tarif.\n\n"
        f"Avec mes remerciements, cordialement,\n{first} {last}"
    )


def reserve_volunteer_plain(c: Ctx) -> tuple[str, str]:
    first, last, _ = anyone(c)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\n"
        "RÉSERVE COMMUNALE DE SÉCURITÉ CIVILE — ACTE D'ENGAGEMENT\n\n"
        f"Nom : {last.upper()}    Prénom : {first}\n"
        f"Né(e) le : {c.date(1950, 2003):%d/%m/%Y}\n"
        f"Adresse : {c.address()}\n"
        f"Téléphone : {mobile(c)}\n"
        f"Compétences utiles : {c.pick(SKILLS)}\n"
        f"Disponibilités : {c.pick(('week-ends', 'en semaine après 18 h', 'à tout moment'))}\n"
        f"Informations utiles en intervention (santé, allergies) : "
        f"{c.pick(('néant', 'aucune', 'RAS', 'non'))}\n"
        f"Personne à prévenir : {c.pick(WOMEN + MEN)}, {mobile(c)}\n\n"
        "Durée de l'engagement : 3 ans renouvelables\n"
        f"Signature du (de la) réserviste :              Le maire, {c.mayor}"
    )


VIDEO_PLAIN = (
    "on a rayé toute la portière de ma voiture stationnée {place}",
    "mon vélo électrique a été volé {place}, l'antivol a été coupé",
    "la vitrine de mon magasin a été brisée {place}, sans que rien ne soit volé",
    "deux individus ont tagué la façade de mon garage {place}",
)


def videoprotection_plain(c: Ctx) -> tuple[str, str]:
    first, last, _ = anyone(c)
    day = c.date(2023, 2025)
    place = c.pick(("place du Marché", "sur le parking de la gare", "rue de l'Église"))
    fact = c.pick(VIDEO_PLAIN).format(place=place)
    return "courrier", (
        f"{first} {last.upper()}\n{c.address()}\n{c.commune}\n\n"
        "Monsieur le Maire\nObjet : conservation des images de vidéoprotection\n\n"
        f"{c.commune}, le {c.write_date(shift(c, day, 1, 4))}\n\n"
        "Monsieur le Maire,\n"
        f"Dans la nuit du {day:%d/%m/%Y}, {fact}. Personne n'a été blessé.\n"
        "J'ai déposé plainte à la gendarmerie (récépissé joint). Je vous demande de bien "
        "vouloir faire conserver les images de la caméra de ce secteur, dans la limite de la "
        "durée légale, afin qu'elles puissent être remises aux enquêteurs.\n\n"
        "Je vous prie d'agréer, Monsieur le Maire, mes salutations respectueuses.\n"
        f"{first} {last}"
    )


def gendarmerie_requisition(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    target = c.pick(("de la pharmacie du Centre", "du bureau de tabac", "de la boulangerie"))
    return "courrier", (
        f"GENDARMERIE NATIONALE — BRIGADE DE {c.pick(TOWNS).upper()}\n"
        "RÉQUISITION JUDICIAIRE\n(article 77-1-1 du code de procédure pénale)\n\n"
        f"Procédure n° {reference(c, 5)}/{day.year}\n"
        f"Nous, {c.pick(('adjudant', 'maréchal des logis-chef', 'gendarme'))} "
        f"{c.pick(SURNAMES).upper()}, officier de police judiciaire,\n"
        f"agissant en enquête préliminaire sur le cambriolage {target} de {c.commune} "
        f"survenu dans la nuit du {day:%d/%m/%Y},\n"
        f"requérons M./Mme le Maire de {c.commune} de bien vouloir nous remettre les "
        f"enregistrements des caméras n° {c.rng.randint(1, 4)} et {c.rng.randint(5, 9)} "
        f"entre 1 h et 5 h, sur support numérique.\n\n"
        f"Fait à {c.pick(TOWNS)}, le {c.write_date(shift(c, day, 1, 3))}\n"
        "L'officier de police judiciaire"
    )


ARCHIVE_REASONS = (
    "recherches généalogiques sur la famille {name}, installée dans la commune vers 1850",
    "mémoire de master sur l'épidémie de choléra de 1854 dans la vallée",
    "histoire de l'ancienne école de garçons (construction, instituteurs)",
    "recherche de servitudes pour la vente d'une parcelle",
)


def archives_request_plain(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()} — ARCHIVES MUNICIPALES\n"
        "DEMANDE DE COMMUNICATION DE DOCUMENTS\n\n"
        f"Demandeur : {styled(c, first, last)}\n"
        f"Adresse : {c.address()}, {c.pick(TOWNS)}\n"
        f"Qualité : {agree(c.pick(('particulier', 'étudiant(e)', 'généalogiste')), sex)}\n\n"
        "Documents demandés :\n"
        f"- registres des délibérations de {c.rng.randint(1840, 1880)} à "
        f"{c.rng.randint(1890, 1920)} ;\n"
        "- plans du cadastre napoléonien (sections A et B).\n\n"
        f"Motif de la demande : {c.pick(ARCHIVE_REASONS).format(name=c.pick(SURNAMES))}.\n\n"
        f"Mode de communication souhaité : {c.pick(('consultation sur place', 'photographies'))}"
        f"\nDate : {c.write_date(c.date(2023, 2025))}     Signature :"
    )


def roadworks_order_plain(c: Ctx) -> tuple[str, str]:
    start = c.date(2023, 2025)
    street = c.address().split(" ", 1)[1]
    return "arrete_temporaire", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"ARRÊTÉ TEMPORAIRE N° {c.act_number(start.year, 'T')}\n"
        f"portant réglementation de la circulation — {street}\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code de la route et le code général des collectivités territoriales ;\n"
        f"Vu la demande de l'entreprise {c.pick(('SAS Voirie Services', 'Sogea Sud', 'TPS'))} "
        "chargée du renouvellement de la conduite d'eau potable ;\n"
        f"Vu la DICT n° {start.year}{start.month:02d}{reference(c, 6)}D ;\n"
        "Considérant qu'il y a lieu d'interdire la circulation pendant les travaux ;\n\n"
        "ARRÊTE\n\n"
        f"Article 1 : Du {start:%d/%m/%Y} au {shift(c, start, 10, 40):%d/%m/%Y}, la "
        f"circulation est interdite {street}, sauf riverains.\n"
        "Article 2 : L'accès des véhicules de secours, des ambulances et des infirmiers "
        "libéraux sera maintenu en permanence.\n"
        "Article 3 : La signalisation est à la charge de l'entreprise.\n\n"
        f"Fait à {c.commune}, le {c.write_date(shift(c, start, -10, -2))}\nLe Maire"
    )


OPERATORS = ("Enedis", "GRDF", "Orange", "Syndicat des eaux", "SNCF Réseau")


def dict_receipt(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    number = f"{day.year}{day.month:02d}{day.day:02d}{reference(c, 6)}T"
    operator = c.pick(OPERATORS)
    return "courrier", (
        "RÉCÉPISSÉ DE DÉCLARATION DE PROJET DE TRAVAUX (DT) / DÉCLARATION D'INTENTION DE "
        "COMMENCEMENT DE TRAVAUX (DICT)\n\n"
        f"N° de consultation du téléservice : {number}\n"
        f"Exploitant : {operator} — {c.pick(('agence Sud-Ouest', 'unité réseau'))}\n"
        f"Déclarant : mairie de {c.commune}, services techniques\n"
        f"Commune et adresse des travaux : {c.commune}, {c.address()}\n"
        f"Date de réception : {day:%d/%m/%Y}\n\n"
        f"Réseau concerné : {c.pick(('électricité BT souterrain', 'gaz PE 63', 'fibre'))} — "
        f"classe de précision {c.pick(('A', 'B', 'C'))}\n"
        f"Profondeur réglementaire : {c.rng.randint(60, 100)} cm\n"
        "Recommandations : terrassement manuel à moins de 1,50 m du réseau, marquage-"
        "piquetage avant travaux, arrêt immédiat en cas d'endommagement et appel au numéro "
        "d'urgence.\n"
        f"Plan joint : {reference(c, 7)}.pdf\n"
        "Le représentant de l'exploitant"
    )


BATTUE_RISKS = (
    "le risque sanitaire lié à la peste porcine africaine",
    "la tuberculose bovine détectée chez des blaireaux et des sangliers du secteur",
    "les dégâts répétés aux cultures de maïs et aux prairies",
)


def boar_battue_arrete(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    lieutenant = styled(c, *man(c))
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ N° {c.act_number(day.year)}\n"
        "portant organisation d'une battue administrative aux sangliers\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code de l'environnement, notamment son article L. 427-4 ;\n"
        "Vu le code général des collectivités territoriales, article L. 2122-21 ;\n"
        "Considérant la prolifération des sangliers aux abords des habitations ;\n"
        f"Considérant {c.pick(BATTUE_RISKS)} ;\n\nARRÊTE\n\n"
        f"Article 1 : Une battue administrative est organisée le {c.write_date(day)} sur les "
        f"lieux-dits {c.pick(('Le Bois Grand', 'Les Combes', 'La Garrigue'))} et "
        f"{c.pick(('Le Pech', 'Le Moulin', 'Les Bories'))}.\n"
        f"Article 2 : Elle est placée sous la direction de {lieutenant}, lieutenant de "
        "louveterie.\n"
        "Article 3 : Les chemins concernés seront interdits à la circulation de 8 h à 17 h.\n\n"
        f"Fait à {c.commune}, le {c.write_date(shift(c, day, -10, -3))}\nLe Maire"
    )


TRAINING_OTHER = (
    "émargé",
    "émargé",
    "émargé",
    "excusé(e) — congés annuels",
    "absent(e) — réunion de chantier",
    "parti(e) à 15 h (conseil d'école)",
    "excusé(e) — jury de concours",
)


def training_attendance_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    rows = staff_rows(c, c.rng.randint(5, 8), TRAINING_OTHER)
    return "courrier", (
        f"FEUILLE D'ÉMARGEMENT — FORMATION « {c.pick(TRAININGS_INTRA)} »\n"
        f"Organisme : {c.pick(('CNFPT', 'Centre de gestion', 'formateur interne'))}\n"
        f"Lieu : mairie de {c.commune}, salle du conseil\nDate : {c.write_date(day)}, 9 h – "
        "17 h\n\n"
        "Agent | Service | Émargement / observation\n" + "\n".join(rows) + "\n\n"
        f"Formateur : {styled(c, *man(c))}"
    )


def discipline_plain(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    day = c.date(2023, 2025)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\n"
        "RAPPORT DE SAISINE DU CONSEIL DE DISCIPLINE\n\n"
        f"Agent : {first} {last.upper()}, {c.pick(TECH_GRADES)}, titulaire\n"
        f"Service : {c.pick(('voirie', 'espaces verts', 'bâtiments'))}\n\n"
        "Faits reprochés :\n"
        f"- le {shift(c, day, -90, -60):%d/%m/%Y}, utilisation du véhicule de service à des "
        "fins personnelles un dimanche ;\n"
        f"- le {shift(c, day, -50, -20):%d/%m/%Y}, refus d'exécuter les consignes du chef "
        "d'équipe et propos injurieux à son égard ;\n"
        "- retards répétés malgré un avertissement.\n\n"
        "L'agent, reçu en entretien préalable, conteste une partie des faits et a pris "
        "connaissance de son dossier.\n\n"
        "Sanction proposée : exclusion temporaire de fonctions de quinze jours.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}\nLe Maire, autorité territoriale"
    )


def cnas_benefits_note(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2026)
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()} — NOTE AU PERSONNEL\n"
        f"Objet : vos prestations d'action sociale {year}\n\n"
        "La commune adhère au CNAS pour l'ensemble de ses agents. Vous pouvez notamment "
        "bénéficier :\n"
        "- d'aides lors d'événements familiaux (naissance, mariage ou PACS, rentrée scolaire, "
        "départ à la retraite, décès) ;\n"
        "- d'aides en cas de maladie, de handicap d'un enfant ou de difficultés financières ;\n"
        "- de prêts à taux réduit, de chèques-vacances et de réductions sur les loisirs.\n"
        "Les demandes se font sur votre espace personnel, avec les justificatifs demandés.\n"
        f"Votre correspondante : {styled(c, *woman(c))}, secrétariat général, poste "
        f"{c.rng.randint(200, 260)}."
    )


def affouage_rules_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    guarantors = ", ".join(styled(c, *man(c)) for _ in range(3))
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\nDÉLIBÉRATION N° {c.act_number(year)}\n"
        f"Objet : affouage {year}-{year + 1}\n\n"
        "Monsieur le Maire présente l'état d'assiette des coupes proposé par l'Office "
        f"national des forêts : parcelles {c.rng.randint(1, 20)} et {c.rng.randint(21, 40)}, "
        f"soit environ {c.rng.randint(80, 300)} stères.\n"
        "Les frênes atteints de chalarose et les épicéas scolytés seront exploités en priorité.\n"
        "Le conseil municipal, après en avoir délibéré :\n"
        f"- fixe le prix du lot à {c.rng.randint(15, 40)} € ;\n"
        f"- désigne comme garants : {guarantors} ;\n"
        f"- fixe la date limite de façonnage au {c.write_date(dt.date(year + 1, 4, 15))} ;\n"
        "- rappelle que le travail à la tronçonneuse se fait à deux, avec équipements de "
        "protection individuelle.\n"
        "Adopté à l'unanimité."
    )


CALAMITY_CROPS = (
    ("vigne (merlot)", "mildiou"),
    ("prunier d'Ente", "moniliose"),
    ("noyers", "bactériose"),
    ("blé tendre", "rouille jaune"),
)


def calamity_declaration(c: Ctx) -> tuple[str, str]:
    first, last = man(c)
    day = c.date(2022, 2025)
    crop, disease = c.rng.choice(CALAMITY_CROPS)
    return "courrier", (
        f"DÉCLARATION DE DOMMAGES — CALAMITÉS AGRICOLES\nCommune de {c.commune}\n\n"
        f"Exploitation : EARL {last.upper()} — gérant : {first} {last}\n"
        f"N° PACAGE : 0{c.pick(DEPTS)}{reference(c, 6)}      SIRET : {reference(c, 14)}\n"
        f"Événement : {c.pick(('grêle', 'gel de printemps', 'sécheresse'))} du "
        f"{c.write_date(day)}\n"
        f"Culture : {crop}, {c.rng.randint(2, 12)},{c.rng.randint(0, 9)} ha\n"
        f"Perte estimée : {c.rng.randint(30, 90)} %\n"
        f"Observations : parcelles déjà fragilisées par une attaque de {disease} en début de "
        "saison.\n\n"
        "Visa du maire : les dégâts ont été constatés sur le terrain par la commission "
        f"communale le {c.write_date(shift(c, day, 2, 10))}.\n"
        f"Le Maire, {c.mayor}"
    )


MARKET_NOTES_PLAIN = (
    "{name} : pas disponible avant 16 h (travaille)",
    "{name} : s'occupe de la caisse",
    "{name} : apporte sa crêpière",
    "{name} : remplaçante si quelqu'un se désiste",
)


def christmas_market_plain(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    days = sorted(c.rng.sample(range(6, 22), 3))
    names = c.rng.sample(WOMEN, 4) + c.rng.sample(MEN, 2)
    lines = [
        f"{day:02d}/12 | {' et '.join(c.rng.sample(names, 2))} | "
        f"{' et '.join(c.rng.sample(names, 2))}"
        for day in days
    ]
    return "courrier", (
        f"MARCHÉ DE NOËL {year} — CHALET DE LA MAIRIE (vin chaud, crêpes)\n"
        "Planning des bénévoles\n\n"
        "Jour | 14 h – 17 h | 17 h – 20 h\n" + "\n".join(lines) + "\n\n"
        "Remarques :\n"
        f"- {c.pick(names)} apporte le réchaud et les bonbonnes\n"
        f"- {c.pick(MARKET_NOTES_PLAIN).format(name=c.pick(names))}\n"
        "- la caisse est remise en mairie chaque soir\n\n"
        f"Contact : {c.pick(WOMEN)} (comité des fêtes), {mobile(c)}"
    )


def street_naming_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    first, last, sex = anyone(c)
    founder = "fondatrice" if sex == "2" else "fondateur"
    councillor = "conseillère municipale" if sex == "2" else "conseiller municipal"
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\nDÉLIBÉRATION N° {c.act_number(year)}\n"
        "Objet : dénomination d'une voie nouvelle\n\n"
        f"Monsieur le Maire propose de donner à la voie desservant le lotissement "
        f"« {c.pick(('Les Vignes', 'Le Clos du Moulin', 'Les Prés Hauts'))} » le nom de "
        f"« rue du Docteur {first} {last} », médecin de campagne de la commune de "
        f"{c.rng.randint(1950, 1965)} à {c.rng.randint(1985, 1995)}, {founder} de l'amicale "
        f"des donneurs de sang et {councillor} pendant trois mandats, "
        f"{agree('décédé(e)', sex)} en {c.rng.randint(2005, year - 1)}.\n"
        "La famille a donné son accord.\n"
        "Le conseil municipal, après en avoir délibéré, adopte cette dénomination et charge "
        "le maire d'en informer le service du cadastre, La Poste et le SDIS.\n"
        f"Adopté par {c.rng.randint(10, 18)} voix pour et {c.rng.randint(0, 2)} abstention(s)."
    )


def exhumation_arrete(c: Ctx) -> tuple[str, str]:
    first, last, sex = anyone(c)
    day = c.date(2023, 2025)
    died = c.date(1975, 2012)
    requester = styled(c, *man(c))
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ N° {c.act_number(day.year)}\n"
        "portant autorisation d'exhumation\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, articles R. 2213-40 et suivants ;\n"
        f"Vu la demande de {requester}, plus proche parent "
        f"{'de la défunte' if sex == '2' else 'du défunt'} ;\n\nARRÊTE\n\n"
        f"Article 1 : Est autorisée l'exhumation du corps de {title(sex)} {first} "
        f"{last.upper()}, {agree('décédé(e)', sex)} le {died:%d/%m/%Y}, "
        f"{agree('inhumé(e)', sex)} dans la "
        f"concession n° {c.rng.randint(1, 400)} du cimetière communal.\n"
        f"Article 2 : Le corps sera réinhumé dans le caveau familial du cimetière de "
        f"{c.pick(TOWNS)}.\n"
        f"Article 3 : L'opération aura lieu le {c.write_date(day)} à 8 h, en présence d'un "
        "membre de la famille et d'un agent de la police municipale, par les Pompes funèbres "
        f"{c.pick(SURNAMES)}.\n\n"
        f"Fait à {c.commune}, le {c.write_date(shift(c, day, -15, -3))}\nLe Maire"
    )


ORDINARY_10: tuple[Maker, ...] = tuple(
    written(maker)
    for maker in (
        france_services_tax_sheet,
        census_agents_arrete,
        cddi_job_offer,
        cnracl_information_note,
        ehpad_rates_deliberation,
        prevoyance_participation_deliberation,
        tourism_group_booking,
        camping_closure_decision,
        flea_market_registration,
        association_subsidy_plain,
        cnas_membership_deliberation,
        training_school_decision,
        mooring_invoice,
        wedding_language_interpreter,
        marriage_hearing_plain,
        pacs_reschedule_plain,
        naturalisation_invitation,
        census_round_plain,
        polling_station_roster,
        council_question_plain,
        recolement_plain,
        housing_exchange_plain,
        insertion_review_plain,
        grocery_admission_plain,
        autonomy_waiting_list,
        ehpad_commission_report,
        aed_inspection_report,
        camping_cancellation_plain,
        marina_berth_plain,
        reserve_volunteer_plain,
        videoprotection_plain,
        gendarmerie_requisition,
        archives_request_plain,
        roadworks_order_plain,
        dict_receipt,
        boar_battue_arrete,
        training_attendance_plain,
        discipline_plain,
        cnas_benefits_note,
        affouage_rules_deliberation,
        calamity_declaration,
        christmas_market_plain,
        street_naming_deliberation,
        exhumation_arrete,
    )
)
