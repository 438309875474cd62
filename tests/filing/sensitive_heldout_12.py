"""Twelfth batch of documents for the sensitivity check.

Written by another author who never saw the detector (`filing/sensitive.py`) nor its benchmark,
only the product's rule and the earlier batches (`sensitive_corpus.py`, `sensitive_heldout.py`,
`sensitive_heldout_5.py` to `sensitive_heldout_11.py`), read to write other situations,
services, conditions and wordings than theirs. It is measured once and never used to tune
anything.

It walks through the intercommunalité's services and the commune's partners that the earlier
batches left aside: the GEMAPI river syndicate (riparian owners, a river clean-up, the GEMAPI
tax), the déchetteries (badges, their deposit, the rules, the régie), the household-waste
collection crews (temporary workers from an agency, a needle in a bag), the conservatoire
intercommunal (fees, refunds, absences, exemptions), the office de tourisme's guides and
interns, the SDIS (intervention reports sent to the mayor, hydrants, the contribution, a
volunteer hurt on duty), the maison de santé's lease, the pharmacies de garde, the ambulances'
parking, the vaccination centre's logistics, the cantine's PAI reviews, job interviews and
candidates, cemetery caretakers, a mediation about a dying oak, the bulletin municipal's
portrait of a centenarian, funerals of people without resources, the épicerie solidaire's
volunteers, the Secours populaire, an association of disabled people, a school trip, a sports
club, the commune's liability insurance, the agents' alcohol rules, the médecin de prévention,
the CCAS's energy aid and aide sociale files, the accident register of the workshops, flowers
sent by the mairie, and a twinning host family.

``SENSITIVE_12`` holds documents sensitive by their content under types that are not sensitive
in themselves: a valid NIR (a temporary worker on an agency's invoice, a guide recruited for
the summer, an energy-aid form, the collection crews' seasonal list, a funeral sheet for a man
without family, a tourism intern's sheet), a private person's IBAN (a riparian owner's
compensation, a conservatoire refund, a nephew who paid a funeral, a settlement after a branch
fell on a car, a déchetterie badge deposit, a candidate's travel costs), or health information
about an identifiable person (a burnt or poisoned occupant in an SDIS report, a collector
pricked by a syringe, a mother who no longer drives after a stroke, a physiotherapist's own
surgery and the rent remitted for it, a toddler's fever on a Sunday night, a PAI review, a
candidate's RQTH, a caretaker's back, a fall from a ladder in a mediation, a centenarian's hip
and hearing aids, a volunteer's bypass, a mother leaving psychiatric care, an association
president's own disability, a teacher's emergency surgery, a young player's fracture, a
pedestrian's broken wrist, the médecin de prévention's day of visits, a music pupil's
tendinitis, another's fees remitted after a long hospital stay, a volunteer's leptospirosis, a
guide's pregnancy, a death in palliative care, an invalid resident's heating, a father's
Parkinson's disease, a register of small injuries, a pupil's gastro by text message, a boy's
myopathy in a subsidy, flowers sent to a hospital ward, a régisseur's sick leave, a firefighter
burnt on duty, a host family's newly diabetic son).

``ORDINARY_12`` holds documents of the same services and shapes that are not sensitive: the
same invoices, orders, forms, tables, e-mails, text messages, reports, minutes, registers, acts
and letters with nothing about anyone's health nor private bank data; health words about trees,
rivers, hydrants, buildings, waste, vaccines in a fridge, a pharmacy's noise, a first-aid kit
and people in general; forms answering « néant » or « aucun »; blank lines for a social
security number or a RIB; doctors, pharmacists and nurses named in their role; agencies',
farms', associations' and the Trésor public's accounts; long reference numbers (badges,
delivery points, contracts, claims) that are not NIRs.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from tests.filing.classify_corpus import FIRST_NAMES, LAST_NAMES, SCHOOLS, Ctx, ocr_noise
from tests.filing.sensitive_corpus import iban, nir

WOMEN = (
    "Martine",
    "Sylvie",
    "Laetitia",
    "Josiane",
    "Samia",
    "Pauline",
    "Élodie",
    "Marie-Pierre",
    "Cindy",
    "Odile",
    "Agnès",
    "Yasmina",
    "Jeanne",
    "Sophie",
    "Chantal",
)
MEN = (
    "Didier",
    "Patrick",
    "Kévin",
    "Mickaël",
    "Rachid",
    "Alain",
    "Jordan",
    "Yves",
    "Serge",
    "Loïc",
    "Mamadou",
    "Christophe",
    "Thierry",
    "Gérard",
    "Jean-Luc",
)
SURNAMES = (
    *LAST_NAMES,
    "Delmas",
    "Couderc",
    "Vidal",
    "Lacoste",
    "Bousquet",
    "Marty",
    "Pujol",
    "Cassagne",
    "Le Bihan",
    "Ferreira",
    "Haddad",
    "Nowak",
    "Thibault",
    "Rigal",
    "Maurel",
    "Delpech",
    "Soulié",
    "Baylac",
)
GIRLS = ("Lila", "Chloé", "Maëlys", "Zoé", "Nina", "Alba", "Lou", "Inaya")
BOYS = ("Noé", "Enzo", "Mathis", "Léon", "Gabin", "Nathan", "Yanis", "Aaron")
OLD_WOMEN = ("Marcelle", "Germaine", "Paulette", "Odette", "Yvonne", "Simone", "Raymonde")
OLD_MEN = ("Marcel", "Henri", "René", "Lucien", "Fernand", "Roger", "Émile")
INTERCOS = (
    "Communauté de communes Terres de Garonne",
    "Communauté de communes du Haut-Quercy",
    "Communauté de communes Cœur de Gascogne",
    "Communauté de communes des Coteaux du Savès",
    "Communauté d'agglomération Val de Tescou",
)
RIVERS = (
    ("la Save", "Syndicat mixte du bassin versant de la Save"),
    ("la Gimone", "Syndicat de rivière de la Gimone"),
    ("l'Arrats", "Syndicat mixte de l'Arrats"),
    ("le Touch", "Syndicat intercommunal d'aménagement du Touch"),
    ("la Lèze", "Syndicat mixte du bassin de la Lèze"),
    ("le Célé", "Syndicat mixte du Célé"),
)
HOSPITALS = (
    "CH de Montauban",
    "CHU Purpan",
    "CHU Rangueil",
    "clinique du Pont de Chaume",
    "centre hospitalier d'Agen",
    "CH de Saint-Gaudens",
    "clinique Pasteur",
)
DOCTORS = ("Dr Sabatier", "Dr N'Diaye", "Dr Arnaud-Pons", "docteur Ribeiro", "Dr Vergnes")
TOWNS = (
    "Auch",
    "Montauban",
    "Figeac",
    "Castelsarrasin",
    "Lectoure",
    "Muret",
    "Marmande",
    "Villefranche-de-Rouergue",
)
BICS = ("AGRIFRPP812", "CCBPFRPPTLS", "CMCIFR2A", "SOGEFRPP", "CEPAFRPP313", "BNPAFRPPTLS")
MONTHS = (
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
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
BIRTH_DEPTS = ("31", "32", "46", "47", "65", "81", "82", "33", "75", "93", "2A", "99")
COUNTRIES = ("134", "350", "352", "139", "351", "109")  # Espagne, Maroc, Algérie, Portugal…


# --- helpers ------------------------------------------------------------------------------


def someone(c: Ctx, sex: str | None = None) -> tuple[str, str, str]:
    """(sex digit of a NIR, first name, family name)."""
    sex = sex or c.pick(("1", "2"))
    first = c.pick(MEN if sex == "1" else WOMEN)
    return sex, first, c.pick(SURNAMES)


def civ(sex: str) -> str:
    return "M." if sex == "1" else "Mme"


def styled(c: Ctx, sex: str, first: str, last: str) -> str:
    """A name as people write it in a mairie: « Mme Durand », « DURAND Sylvie »…"""
    style = c.rng.randrange(6)
    if style == 0:
        return f"{civ(sex)} {last}"
    if style == 1:
        return f"{last.upper()} {first}"
    if style == 2:
        return f"{first} {last}"
    if style == 3:
        return f"{civ(sex)} {first} {last.upper()}"
    if style == 4:
        return f"{first.lower()} {last.lower()}"
    return f"{civ(sex)} {first[0]}. {last}"


def of(place: str) -> str:
    """« de Beaulieu », « d'Aurignac », « du Vernet », « de la Save »."""
    if place.startswith(("Le ", "le ")):
        return f"du {place[3:]}"
    if place.startswith(("Les ", "les ")):
        return f"des {place[4:]}"
    if place[0] in "AEIOUYÉaeiouyé":
        return f"d'{place}"
    return f"de {place}"


def at(place: str) -> str:
    """« à Beaulieu », « au Vernet »."""
    if place.startswith("Le "):
        return f"au {place[3:]}"
    if place.startswith("Les "):
        return f"aux {place[4:]}"
    return f"à {place}"


def plus(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=c.rng.randint(low, high))


def minus(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day - dt.timedelta(days=c.rng.randint(low, high))


def hm(c: Ctx, low: int = 8, high: int = 18) -> str:
    return f"{c.rng.randint(low, high)}h{c.pick(('00', '15', '30', '45'))}"


def dm(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def spoken(day: dt.date) -> str:
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def fr(value: float) -> str:
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", " ") + f",{cents}"


def numbers(c: Ctx, n: int) -> str:
    return "".join(str(c.rng.randint(0, 9)) for _ in range(n))


def mobile(c: Ctx) -> str:
    return f"0{c.pick(('6', '7'))} " + " ".join(numbers(c, 2) for _ in range(4))


def slug(text: str) -> str:
    kept = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in kept if not unicodedata.combining(ch))
    return kept.lower().replace(" ", "").replace("'", "").replace("-", "")


def commune_box(c: Ctx, box: str) -> str:
    return f"{box}@{slug(c.commune)}.fr"


def home_box(c: Ctx, first: str, last: str) -> str:
    domain = c.pick(("orange.fr", "gmail.com", "sfr.fr", "free.fr", "yahoo.fr", "outlook.fr"))
    if c.rng.random() < 0.5:
        return f"{slug(first)}.{slug(last)}@{domain}"
    return f"{slug(first)[0]}{slug(last)}{c.rng.randint(31, 99)}@{domain}"


def mail(c: Ctx, sender: str, box: str, *, to: str, subject: str, day: dt.date) -> str:
    if c.rng.random() < 0.5:
        return (
            f"De : {sender} <{box}>\nDate : {spoken(day)} {day.year} {hm(c, 6, 22)}\n"
            f"À : {to}\nObjet : {subject}\n"
        )
    return (
        "-------- Message transféré --------\n"
        f"Sujet : \t{subject}\nDate : \t{day:%d/%m/%Y} {hm(c, 6, 22)}\n"
        f"De : \t{sender} <{box}>\nPour : \t{to}\n"
    )


def carries_nir(text: str) -> bool:
    """Whether fifteen digits in a row (separators dropped) carry a NIR's key."""
    run = "".join(ch for ch in text if ch.isdigit())
    return any(
        run[i] in "12" and int(run[i + 13 : i + 15]) == 97 - int(run[i : i + 13]) % 97
        for i in range(len(run) - 14)
    )


def ref(c: Ctx, n: int) -> str:
    """A long reference number that is not a NIR."""
    while True:
        value = numbers(c, n)
        if not carries_nir(value):
            return value


def nir_of(c: Ctx, born: dt.date, sex: str) -> str:
    """A NIR with its right key for someone born on `born` (abroad: 99 and the country)."""
    dept = c.pick(BIRTH_DEPTS)
    place = c.pick(COUNTRIES) if dept == "99" else f"{c.rng.randint(1, 600):03d}"
    body = f"{sex}{born.year % 100:02d}{born.month:02d}{dept}{place}{c.rng.randint(1, 999):03d}"
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_written(c: Ctx, value: str) -> str:
    """A valid NIR as software, forms and hands print it."""
    parts = value.split()
    style = c.rng.randrange(5)
    if style == 0:
        return value
    if style == 1:
        return "".join(parts)
    if style == 2:
        return f"{''.join(parts[:-1])} / {parts[-1]}"
    if style == 3:
        return f"{'.'.join(parts[:-1])} clé {parts[-1]}"
    return f"{' '.join(''.join(parts[:-1]))} | {' '.join(parts[-1])}"


def iban_written(c: Ctx) -> str:
    value = iban(c)
    return value if c.rng.random() < 0.6 else value.replace(" ", "")


def rib_lines(c: Ctx, holder: str) -> str:
    """A private account as a RIB prints it: holder, bank codes, IBAN, BIC."""
    if c.rng.random() < 0.5:
        return f"Titulaire du compte : {holder}\nIBAN : {iban_written(c)}\nBIC : {c.pick(BICS)}"
    value = iban(c)
    bban = value.replace(" ", "")[4:]
    return (
        f"Titulaire : {holder}\n"
        f"Code banque {bban[:5]} | Code guichet {bban[5:10]} | N° de compte {bban[10:21]} | "
        f"Clé {bban[21:]}\nIBAN {value}   BIC {c.pick(BICS)}"
    )


def org_iban(c: Ctx) -> str:
    """An organisation's or a company's own account, with no NIR hidden in it."""
    while True:
        value = iban(c)
        if not carries_nir(value):
            return value


def treasury_iban(c: Ctx) -> str:
    """A Trésor public account (Banque de France, bank code 30001)."""
    while True:
        bban = "30001" + numbers(c, 18)
        check = 98 - int(bban + "152700") % 97
        compact = f"FR{check:02d}{bban}"
        if not carries_nir(compact):
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def siret(c: Ctx) -> str:
    return f"{numbers(c, 3)} {numbers(c, 3)} {numbers(c, 3)} {numbers(c, 5)}"


def interco(c: Ctx) -> str:
    return c.pick(INTERCOS)


def act_no(c: Ctx, year: int, prefix: str = "") -> str:
    return c.act_number(year, prefix)


def child(c: Ctx) -> tuple[str, str]:
    """(first name, family name) of a child, with the pronoun's agreement ready."""
    return c.pick(GIRLS + BOYS), c.pick(SURNAMES)


def is_girl(first: str) -> bool:
    return first in GIRLS


def pronoun(sex: str) -> str:
    return "il" if sex == "1" else "elle"


def school_date(c: Ctx) -> dt.date:
    """A weekday of the school year (September to June)."""
    while True:
        day = c.date(2022, 2025)
        if day.month not in (7, 8) and day.weekday() < 5:
            return day


def school_after(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    """A weekday of the school year some days after `day`."""
    later = plus(c, day, low, high)
    while later.month in (7, 8) or later.weekday() > 3:
        later += dt.timedelta(days=1)
    return later


# --- sensitive by content: NIR ------------------------------------------------------------

AGENCIES = (
    "Tempo Gascogne Intérim",
    "Agil'Intérim Sud-Ouest",
    "Intérim Plus Quercy",
    "Start'Emploi 82",
    "Relais Intérim Garonne",
)
INTERIM_JOBS = (
    ("agent polyvalent de restauration", "restauration scolaire"),
    ("agent d'entretien des locaux", "entretien des bâtiments"),
    ("ripeur", "collecte des déchets ménagers"),
    ("agent d'accueil de déchetterie", "déchetteries"),
    ("aide-cuisinier", "cuisine centrale"),
)
MOTIVES = (
    "accroissement temporaire d'activité",
    "remplacement d'un agent absent",
    "renfort saisonnier",
    "attente de recrutement d'un fonctionnaire",
)


def interim_invoice_nir(c: Ctx) -> tuple[str, str]:
    number = nir(c, corsica=c.rng.random() < 0.15)
    _, first, last = someone(c, number[0])
    day = c.date(2022, 2025)
    monday = day - dt.timedelta(days=day.weekday())
    friday = monday + dt.timedelta(days=4)
    job, service = c.rng.choice(INTERIM_JOBS)
    hours = c.rng.choice((21, 28, 35, 35, 39))
    extra = c.rng.choice((0, 0, 2, 4))
    rate = round(c.rng.uniform(11.9, 13.8), 2)
    coef = c.rng.choice((1.89, 1.92, 1.95, 2.01))
    normal = round(hours * rate * coef, 2)
    overtime = round(extra * rate * 1.25 * coef, 2)
    total = normal + overtime
    lines = f"Heures normales | {hours},00 | {fr(rate)} | {fr(coef)} | {fr(normal)}\n"
    if extra:
        lines += (
            f"Heures sup. 25 % | {extra},00 | {fr(rate * 1.25)} | {fr(coef)} | {fr(overtime)}\n"
        )
    return "facture", (
        f"{c.pick(AGENCIES)}\nAgence {of(c.pick(TOWNS))} — {c.address()}\nSIRET {siret(c)}\n\n"
        f"FACTURE N° {day.year}{c.rng.randint(1000, 9999)}\n"
        f"Date : {c.write_date(plus(c, friday, 1, 4))}\n"
        f"Client : Mairie {of(c.commune)} — service {service}\n"
        f"Contrat de mise à disposition n° {ref(c, 9)}\n\n"
        f"Intérimaire : {last.upper()} {first}\n"
        f"N° SS : {nir_written(c, number)}\n"
        f"Qualification : {job}\n"
        f"Motif du recours : {c.pick(MOTIVES)}\n"
        f"Période : du {monday:%d/%m/%Y} au {friday:%d/%m/%Y}\n\n"
        "Désignation | Qté | Taux horaire | Coef. | Montant HT\n"
        f"{lines}\n"
        f"Total HT : {fr(total)} €\nTVA 20 % : {fr(total * 0.2)} €\n"
        f"Total TTC : {fr(total * 1.2)} €\n\n"
        f"Règlement à 30 jours par virement : IBAN {org_iban(c)} — BIC {c.pick(BICS)}"
    )


GUIDE_DAYS = ("mardi, jeudi", "lundi, mercredi, samedi", "vendredi + nocturne", "dimanche")
SIGHTS = (
    "la bastide et sa halle",
    "le moulin fortifié",
    "la collégiale et son cloître",
    "le castrum et le chemin de ronde",
    "les pigeonniers du canton",
)


def guide_vacation_nir(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    born = c.date(1975, 2001)
    year = c.rng.randint(2022, 2025)
    fee = c.rng.choice((38, 42, 45, 52))
    return "decision_maire", (
        f"{interco(c).upper()}\nOffice de tourisme intercommunal\n\n"
        f"DÉCISION DU PRÉSIDENT N° {act_no(c, year, 'OT-')}\n"
        "portant recrutement d'un guide-conférencier vacataire\n\n"
        "Le Président,\n"
        "Vu le code général de la fonction publique ;\n"
        f"Vu la délibération du conseil communautaire du {c.write_date(dt.date(year, 3, 14))} "
        "fixant la rémunération des visites commentées à la vacation ;\n"
        f"Considérant la programmation estivale des visites commentées ({c.pick(SIGHTS)}) ;\n\n"
        "DÉCIDE\n"
        f"Article 1 : {civ(sex)} {first} {last.upper()}, né{'e' if sex == '2' else ''} le "
        f"{c.write_date(born)}, titulaire de la carte professionnelle de guide-conférencier, "
        f"numéro de sécurité sociale {nir_written(c, nir_of(c, born, sex))}, est recruté"
        f"{'e' if sex == '2' else ''} en qualité de vacataire du "
        f"{c.write_date(dt.date(year, 7, 1))} au {c.write_date(dt.date(year, 8, 31))}.\n"
        f"Article 2 : chaque visite de 1 h 30 est rémunérée {fee} € brut, sur état "
        "mensuel visé par la directrice de l'office.\n"
        "Article 3 : ampliation au comptable public et à l'intéressé"
        f"{'e' if sex == '2' else ''}.\n"
        f"Fait {at(c.commune)}, le {c.write_date(dt.date(year, 6, c.rng.randint(2, 25)))}"
    )


SUPPLIERS = ("EDF", "TotalEnergies", "Engie", "Enercoop", "Ekwateur")


def energy_aid_form_nir(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    born = c.date(1950, 1998)
    day = c.date(2022, 2025)
    due = c.rng.randint(180, 1400)
    income = c.rng.randint(620, 1450)
    family = c.pick(("seul(e)", "couple, 2 enfants", "parent isolé, 1 enfant", "veuf/veuve"))
    return "courrier", (
        f"CCAS {of(c.commune)}\nDEMANDE D'AIDE FACULTATIVE — FACTURES D'ÉNERGIE\n\n"
        f"Nom : {last.upper()}          Prénom : {first}\n"
        f"Date de naissance : {born:%d/%m/%Y}\n"
        f"N° de sécurité sociale : {nir_written(c, nir_of(c, born, sex))}\n"
        f"Adresse : {c.address()}, {c.commune}\n"
        f"Composition du foyer : {family}\n"
        f"Ressources mensuelles du foyer : {income} €  (RSA / ASS / salaire / pension)\n\n"
        f"Fournisseur : {c.pick(SUPPLIERS)}     N° de point de livraison (PDL) : "
        f"{ref(c, 14)}\n"
        f"Montant de la facture impayée : {due} €     Échéance : {plus(c, day, 5, 30):%d/%m/%Y}\n"
        f"Chèque énergie déjà reçu cette année : {c.pick(('oui', 'non'))}\n\n"
        f"Fait {at(c.commune)}, le {c.write_date(day)}\nSignature du demandeur :\n\n"
        "Cadre réservé au CCAS — dossier instruit par : "
        f"{c.pick(FIRST_NAMES)} — passage en commission le {plus(c, day, 7, 25):%d/%m/%Y}"
    )


def om_seasonal_list_nir(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rows = []
    for _ in range(c.rng.randint(3, 5)):
        sex, first, last = someone(c, "1" if c.rng.random() < 0.8 else "2")
        born = c.date(1985, 2005)
        start = dt.date(year, c.rng.choice((6, 7)), c.rng.randint(1, 28))
        end = dt.date(year, 8, c.rng.randint(20, 31))
        rows.append(
            f"{last.upper()} | {first} | {born:%d/%m/%Y} | {nir_written(c, nir_of(c, born, sex))}"
            f" | {c.pick(('ripeur', 'ripeur', 'chauffeur PL', 'agent de quai'))}"
            f" | {dm(start)} → {dm(end)}"
        )
    return "courrier", (
        f"{interco(c)}\nService collecte et traitement des déchets\n\n"
        f"Objet : renforts saisonniers été {year} — éléments pour les DPAE et les contrats\n"
        f"À l'attention du service ressources humaines ({c.pick(FIRST_NAMES)})\n\n"
        "Nom | Prénom | Né(e) le | N° sécu | Poste | Période\n" + "\n".join(rows) + "\n\n"
        "Les tournées d'été démarrent à 5 h ; merci de prévoir les tenues haute visibilité "
        "(tailles transmises par mail) et le rendez-vous d'accueil sécurité le premier jour.\n"
        f"Le responsable d'exploitation, {c.pick(MEN)} {c.pick(SURNAMES).upper()}"
    )


NO_FAMILY = (
    "aucune famille connue",
    "un frère signalé en Espagne, injoignable",
    "une fille, refus écrit de prendre en charge",
)
FUNERAL_HOMES = ("PF du Quercy", "Roc-Eclerc", "PF Maurel et fils")


def indigent_funeral_sheet_nir(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "1")
    born = c.date(1940, 1975)
    died = c.date(2022, 2025)
    return "courrier", (
        f"MAIRIE {of(c.commune).upper()}\n"
        "FICHE DE LIAISON — OBSÈQUES À LA CHARGE DE LA COMMUNE\n"
        "(personne dépourvue de ressources suffisantes — art. L. 2223-27 du CGCT)\n\n"
        f"Défunt : {last.upper()} {first}\n"
        f"Né le : {born:%d/%m/%Y}    Décédé le : {died:%d/%m/%Y} à son domicile\n"
        f"Dernière adresse : {c.address()}\n"
        f"N° de sécurité sociale : {nir_written(c, nir_of(c, born, '1'))}\n"
        "(à transmettre à la CPAM pour l'éventuel capital décès)\n"
        f"Famille : {c.pick(NO_FAMILY)}\n"
        f"Pompes funèbres retenues : {c.pick(FUNERAL_HOMES)}\n"
        f"Mode de sépulture : inhumation en terrain commun, cimetière {of(c.commune)}\n"
        f"Date prévue : {plus(c, died, 4, 9):%d/%m/%Y}\n\n"
        f"Fiche établie par {c.pick(WOMEN)}, service population"
    )


SCHOOLS_TOURISM = (
    "BTS Tourisme — lycée Pierre-Bourdieu",
    "licence pro Guide conférencier — université Toulouse Jean-Jaurès",
    "BTS Tourisme — lycée Saint-Exupéry",
    "DUT Techniques de commercialisation — IUT de Figeac",
)


def tourism_intern_sheet_nir(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    born = c.date(2000, 2005)
    year = c.rng.randint(2022, 2025)
    start = dt.date(year, c.rng.choice((5, 6)), c.rng.randint(1, 28))
    weeks = c.rng.randint(8, 12)
    return "courrier", (
        f"Office de tourisme — {interco(c)}\n"
        "FICHE DE RENSEIGNEMENTS STAGIAIRE (annexe à la convention de stage)\n\n"
        f"Nom, prénom : {last.upper()} {first}\n"
        f"Date de naissance : {c.write_date(born)}\n"
        f"Formation : {c.pick(SCHOOLS_TOURISM)}\n"
        f"N° de sécurité sociale (accident du travail) : {nir_written(c, nir_of(c, born, sex))}\n"
        f"Téléphone : {mobile(c)}\n"
        f"Période : du {start:%d/%m/%Y}, {weeks} semaines, 35 h hebdomadaires\n"
        "Missions : accueil au comptoir, mise à jour de la base des hébergements, visites "
        "flash du marché le mardi\n"
        f"Tutrice : {c.pick(WOMEN)} {c.pick(SURNAMES)}, conseillère en séjour\n"
        "Gratification : 4,35 € par heure de stage effectuée\n"
    )


# --- sensitive by content: a private person's IBAN ----------------------------------------

RIVER_WORKS = (
    ("d'enlèvement d'un embâcle", "la clôture de la pâture arrachée sur 60 mètres"),
    ("de restauration de la ripisylve", "la perte de récolte sur la bande de maïs traversée"),
    ("de reprofilage de la berge", "le dessouchage de trois noyers sur sa parcelle"),
    ("de réouverture d'un bras mort", "le passage des engins dans sa prairie de fauche"),
)


def riparian_indemnity_decision(c: Ctx) -> tuple[str, str]:
    river, syndicate = c.rng.choice(RIVERS)
    sex, first, last = someone(c)
    year = c.rng.randint(2022, 2025)
    works, damage = c.rng.choice(RIVER_WORKS)
    amount = c.rng.randint(3, 48) * 25
    section = f"{c.pick(('ZA', 'ZB', 'ZC', 'A', 'B', 'AC'))} n° {c.rng.randint(12, 480)}"
    return "decision_maire", (
        f"{syndicate.upper()}\nCompétence GEMAPI\n\n"
        f"DÉCISION N° {act_no(c, year, 'GEMA-')}\n"
        "portant indemnisation d'un propriétaire riverain\n\n"
        "Le Président du syndicat,\n"
        "Vu la délibération du comité syndical lui donnant délégation ;\n"
        f"Vu les travaux {works} sur {river}, réalisés en "
        f"{MONTHS[c.rng.randint(8, 10)]} {year - 1} sous déclaration d'intérêt général ;\n"
        f"Considérant que ces travaux ont occasionné {damage} (parcelle cadastrée section "
        f"{section}, commune {of(c.commune)}) ;\n\n"
        "DÉCIDE\n"
        f"Article 1 : une indemnité forfaitaire de {amount} € est allouée à {civ(sex)} "
        f"{first} {last}, propriétaire riverain{'e' if sex == '2' else ''}.\n"
        "Article 2 : elle sera versée par virement sur le compte ouvert à son nom :\n"
        f"{rib_lines(c, f'{civ(sex)} {last.upper()} {first}')}\n"
        "Article 3 : la dépense est imputée au compte 678 du budget GEMAPI.\n"
        f"Fait le {c.write_date(dt.date(year, c.rng.randint(1, 6), c.rng.randint(1, 28)))}"
    )


INSTRUMENTS = (
    "violoncelle",
    "piano",
    "trompette",
    "flûte traversière",
    "guitare",
    "danse classique",
    "batterie",
    "éveil musical",
)
MOVES = (
    "nous déménageons à Bordeaux pour le travail de mon mari",
    "notre fille part en internat à la rentrée de janvier",
    "nous quittons la région fin décembre",
    "les horaires du collège ne permettent plus d'aller au cours",
)


def conservatoire_refund_mail(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    kid = c.pick(GIRLS + BOYS)
    day = c.date(2022, 2025)
    box = home_box(c, first, last)
    head = mail(
        c,
        f"{first} {last}",
        box,
        to=commune_box(c, "conservatoire"),
        subject=c.pick(("remboursement", "arrêt des cours + RIB", "Re: désinscription")),
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n"
        f"Comme je l'ai expliqué au secrétariat, {c.pick(MOVES)} : {kid} arrête donc le "
        f"{c.pick(INSTRUMENTS)} à la fin du trimestre.\n"
        "Mme la directrice m'a dit que les deux trimestres restants pouvaient être remboursés. "
        "Voici mes coordonnées bancaires :\n\n"
        f"{rib_lines(c, f'{first.upper()} {last.upper()}')}\n\n"
        f"Merci encore à toute l'équipe, {kid} a adoré son année.\n"
        f"Cordialement,\n{styled(c, sex, first, last)}\n{mobile(c)}"
    )


def funeral_refund_letter(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    uncle = c.pick(OLD_MEN)
    day = c.date(2022, 2025)
    paid = c.rng.randint(1400, 3600)
    relation = c.pick(("mon oncle", "mon grand-oncle", "mon cousin", "mon ancien voisin"))
    return "courrier", (
        f"{civ(sex)} {first} {last.upper()}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"à Monsieur le Maire {of(c.commune)}\n\n{c.pick(TOWNS)}, le {c.write_date(day)}\n\n"
        f"Objet : obsèques de {relation}, M. {uncle} {last.upper()}\n\n"
        "Monsieur le Maire,\n"
        f"Faute d'autre famille, j'ai réglé aux pompes funèbres la somme de {paid} € pour "
        f"les obsèques de {relation}, décédé le {c.write_date(minus(c, day, 20, 60))}, "
        "sans savoir que la commune avait décidé de les prendre en charge.\n"
        "Votre secrétariat m'a indiqué que cette somme pouvait m'être remboursée sur "
        "présentation de la facture acquittée, que je joins. Je vous communique mon relevé "
        "d'identité bancaire :\n\n"
        f"{rib_lines(c, f'{civ(sex)} {first} {last}')}\n\n"
        "Je vous prie d'agréer, Monsieur le Maire, mes respectueuses salutations.\n"
        f"{first} {last}"
    )


TREES = ("platane", "tilleul", "marronnier", "chêne", "frêne")
CARS = ("Renault Clio", "Peugeot 208", "Citroën C3", "Dacia Sandero", "Toyota Yaris")
TREE_PLACES = ("place du foirail", "devant l'école", "sur le parking de la salle des fêtes")


def branch_settlement(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    fall = minus(c, day, 20, 90)
    excess = c.rng.choice((150, 230, 300, 380, 450))
    car = c.pick(CARS)
    return "courrier", (
        "PROTOCOLE TRANSACTIONNEL\n(articles 2044 et suivants du code civil)\n\n"
        f"Entre la commune {of(c.commune)}, représentée par son maire, {c.mayor},\n"
        f"et {civ(sex)} {first} {last.upper()}, demeurant {c.address()}, {c.commune},\n\n"
        "Exposé :\n"
        f"Le {c.write_date(fall)}, une branche du {c.pick(TREES)} communal situé "
        f"{c.pick(TREE_PLACES)} "
        f"est tombée sur le véhicule de {civ(sex)} {last} ({car}). "
        "L'assureur de la commune a indemnisé les réparations, à l'exception de la franchise "
        f"de {excess} € restée à la charge du propriétaire.\n\n"
        f"Article 1 : la commune verse à {civ(sex)} {last} la somme de {excess} € pour "
        "solde de tout compte.\n"
        "Article 2 : ce versement est effectué par virement sur le compte suivant :\n"
        f"{rib_lines(c, f'{last.upper()} {first}')}\n"
        "Article 3 : les parties renoncent à toute action relative à ce sinistre.\n\n"
        f"Fait en deux exemplaires {at(c.commune)}, le {c.write_date(day)}\n"
        f"Le Maire                                  {civ(sex)} {last}"
    )


def badge_deposit_refund(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    reason = c.pick(
        (
            "déménagement hors du territoire",
            "fin de location du logement",
            "vente de la résidence secondaire",
        )
    )
    return "courrier", (
        f"{interco(c)} — DÉCHETTERIES\n"
        "DEMANDE DE RESTITUTION DE LA CAUTION DU BADGE D'ACCÈS\n\n"
        f"Nom / prénom du titulaire : {last.upper()} {first}\n"
        f"Adresse desservie : {c.address()}, {c.commune}\n"
        f"Nouvelle adresse : {c.rng.randint(1, 80)} rue {c.pick(NEW_STREETS)}, {c.pick(TOWNS)}\n"
        f"N° du badge restitué : {ref(c, 8)}\n"
        f"Motif : {reason}\n"
        f"Montant de la caution versée : {c.pick(('10', '15', '20'))} €\n\n"
        "COORDONNÉES BANCAIRES POUR LE REMBOURSEMENT\n"
        f"{rib_lines(c, f'{civ(sex)} {last.upper()}')}\n\n"
        f"Date : {day:%d/%m/%Y}       Signature :\n"
        f"Badge reçu en déchetterie par : {c.pick(MEN)} (gardien), le {dm(day)}"
    )


NEW_STREETS = ("Pasteur", "de la Paix", "des Écoles", "Gambetta")
JOBS = (
    "technicien(ne) rivières GEMAPI",
    "chargé(e) de mission prévention des déchets",
    "directeur(trice) du conservatoire",
    "responsable de l'office de tourisme",
    "chef(fe) d'équipe collecte",
)


def candidate_travel_refund(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    town = c.pick(("Rennes", "Lille", "Nancy", "Grenoble", "Tours", "Limoges"))
    train = round(c.rng.uniform(48, 160), 2)
    bus = c.rng.choice((0.0, 1.7, 2.1))
    return "courrier", (
        f"{interco(c)}\nService ressources humaines\n\n"
        "ÉTAT DE FRAIS — CANDIDAT CONVOQUÉ À UN ENTRETIEN DE RECRUTEMENT\n\n"
        f"Poste : {c.pick(JOBS)}\n"
        f"Candidat(e) : {styled(c, sex, first, last)}\n"
        f"Date de l'entretien : {day:%d/%m/%Y} (2e tour)\n"
        f"Trajet : {town} — {c.pick(TOWNS)} aller-retour\n\n"
        f"Billets SNCF (justificatifs joints) : {fr(train)} €\n"
        f"Transports en commun : {fr(bus)} €\n"
        f"Total à rembourser : {fr(train + bus)} €\n\n"
        f"{rib_lines(c, f'{first} {last}')}\n\n"
        "Remboursement décidé par le Président conformément à la délibération relative aux "
        "frais des candidats convoqués au second entretien.\n"
        f"Visa du DGS : {c.pick(FIRST_NAMES)[0]}. {c.pick(SURNAMES).upper()}"
    )


# --- sensitive by content: health ---------------------------------------------------------

SDIS_EVENTS = (
    (
        "feu de cuisine (friteuse) dans un appartement au 1er étage",
        "{who}, {age} ans, occupant{e} : brûlures du 2e degré aux deux mains et à l'avant-bras "
        "droit, inhalation de fumées ; transporté{e} par le VSAV au {hospital}",
    ),
    (
        "intoxication au monoxyde de carbone (chaudière au fioul)",
        "{who}, {age} ans : céphalées, vomissements, taux de CO à 18 % ; évacué{e} vers le "
        "{hospital} pour oxygénothérapie hyperbare",
    ),
    (
        "feu de chambre — origine électrique probable (multiprise)",
        "{who}, {age} ans, personne à mobilité réduite : extrait{e} par les sapeurs-pompiers, "
        "intoxication légère aux fumées, gardé{e} en observation au {hospital}",
    ),
    (
        "chute d'une personne âgée à domicile, porte fermée de l'intérieur",
        "{who}, {age} ans, retrouvé{e} au sol depuis la veille, déshydraté{e}, suspicion de "
        "fracture du col du fémur ; transporté{e} au {hospital}",
    ),
)


def sdis_intervention_report(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    event, victim = c.rng.choice(SDIS_EVENTS)
    fem = "e" if sex == "2" else ""
    who = styled(c, sex, first, last)
    age = c.rng.randint(19, 93)
    return "courrier", (
        f"SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS\nCentre d'incendie et de secours "
        f"{of(c.pick(TOWNS))}\n\n"
        f"À l'attention de M. le Maire {of(c.commune)}\n"
        "Objet : compte rendu d'intervention — information du maire\n\n"
        f"N° d'intervention : {day.year}-{c.rng.randint(1000, 9999)}\n"
        f"Date / heure de l'appel : {day:%d/%m/%Y} à {hm(c, 0, 23)}\n"
        f"Adresse : {c.address()}, {c.commune}\n"
        f"Nature : {event}\n"
        f"Moyens engagés : {c.pick(('FPT + VSAV', 'FPT, EPA, VSAV', 'VSAV + VLCG'))}\n"
        f"Victime(s) : {victim.format(who=who, age=age, e=fem, hospital=c.pick(HOSPITALS))}\n"
        "Actions : mise en sécurité, ventilation, coupure des énergies.\n"
        "Suite à donner par la commune : logement momentanément inhabitable, relogement "
        "à prévoir pour les autres occupants.\n\n"
        f"Le chef d'agrès, sergent-chef {c.pick(SURNAMES).upper()}"
    )


NEEDLE_FOLLOWUP = (
    "urgences du {hospital}, protocole AES : prise de sang faite, trithérapie préventive "
    "pendant 4 semaines, contrôles sérologiques à 6 semaines et 3 mois",
    "vu par le médecin des urgences du {hospital} : plaie nettoyée, rappel antitétanique, "
    "traitement préventif VIH démarré, il est très secoué",
    "il est passé aux urgences ({hospital}) ; l'infectiologue lui a prescrit un traitement "
    "post-exposition, arrêt de travail jusqu'à {back}",
)


def collector_needle_mail(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "1")
    day = c.date(2022, 2025)
    boss_sex, boss, boss_last = someone(c)
    followup = c.pick(NEEDLE_FOLLOWUP).format(
        hospital=c.pick(HOSPITALS), back=f"{plus(c, day, 4, 12):%d/%m}"
    )
    street = c.address()
    head = mail(
        c,
        f"{boss} {boss_last}",
        f"collecte@{slug(interco(c).split()[-1])}.fr",
        to=f"dgs@{slug(c.commune)}.fr; prevention@cdg.fr",
        subject=c.pick(
            ("piqûre seringue tournée C", "accident ripeur ce matin", "AES — " + first)
        ),
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n"
        f"Ce matin vers {hm(c, 5, 7)}, sur la tournée {c.pick(('C', 'B2', 'Nord', 'bourg'))}, "
        f"{first} {last.upper()} s'est piqué à la main droite avec une aiguille qui dépassait "
        f"d'un sac noir déposé au pied d'un bac ({street}).\n"
        f"Point sur sa santé : {followup}.\n\n"
        "Le sac a été isolé ; je vais faire un courrier au riverain et rappeler en mairie la "
        "collecte des DASRI en pharmacie. La déclaration d'accident suit.\n\n"
        f"{boss} {boss_last.upper()}\n{'Cheffe' if boss_sex == '2' else 'Chef'} d'équipe collecte"
    )


MOTHER_CONDITIONS = (
    "depuis son AVC de {month} dernier (elle a gardé une paralysie du bras droit)",
    "depuis que sa maladie de Parkinson s'est aggravée",
    "depuis sa double opération de la cataracte qui n'a pas bien réussi d'un côté",
    "à cause de ses crises d'épilepsie, le neurologue lui a interdit de conduire",
    "depuis qu'on lui a posé une prothèse de genou qui la fait encore souffrir",
)


def badge_proxy_letter(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    mother = c.pick(OLD_WOMEN)
    day = c.date(2022, 2025)
    condition = c.pick(MOTHER_CONDITIONS).format(month=MONTHS[minus(c, day, 60, 200).month - 1])
    return "courrier", (
        f"{first} {last}\n{c.address()}\n{c.commune}\n\n"
        f"{interco(c)}\nService déchets — accès déchetteries\n\n"
        f"{c.commune}, le {c.write_date(day)}\n\n"
        "Objet : utilisation du badge de ma mère\n\n"
        "Madame, Monsieur,\n"
        f"Ma mère, Mme {mother} {last.upper()}, titulaire du badge n° {ref(c, 8)}, ne conduit "
        f"plus {condition}.\n"
        "C'est moi qui entretiens son jardin et qui vide son garage ; je vous demande donc "
        "l'autorisation d'utiliser son badge avec mon véhicule (immatriculé "
        f"{c.pick(('FG', 'EK', 'GH', 'DZ'))}-{c.rng.randint(100, 999)}-"
        f"{c.pick(('TR', 'LM', 'BX', 'AP'))}).\n"
        "Vous trouverez ci-joint sa procuration et la copie de sa taxe foncière.\n\n"
        f"Avec mes remerciements,\n{styled(c, sex, first, last)}"
    )


PRO_CONDITIONS = (
    "je dois être opérée d'un cancer du sein le {day}, puis suivre une radiothérapie",
    "une hernie discale m'oblige à une intervention chirurgicale le {day}",
    "ma grossesse est compliquée et mon gynécologue m'impose un repos strict dès le {day}",
    "je suis hospitalisée depuis le {day} pour une embolie pulmonaire",
    "un infarctus m'a conduite aux urgences le {day} et je dois suivre une réadaptation "
    "cardiaque de plusieurs semaines",
)
PROFESSIONS = (
    "masseur-kinésithérapeute",
    "orthophoniste",
    "infirmière libérale",
    "podologue",
    "psychomotricienne",
)


def health_house_rent_deferral(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c, "2")
    day = c.date(2022, 2025)
    rent = c.rng.randint(280, 720)
    condition = c.pick(PRO_CONDITIONS).format(day=c.write_date(plus(c, day, -10, 20)))
    return "courrier", (
        f"{first} {last.upper()}\n{c.pick(PROFESSIONS).capitalize()}\n"
        f"Maison de santé pluriprofessionnelle — {c.commune}\n\n"
        f"Monsieur le Maire,\n\n"
        "Locataire du cabinet n° "
        f"{c.rng.randint(1, 9)} de la maison de santé depuis {c.rng.randint(2015, 2021)}, je "
        "me permets de vous solliciter pour une raison personnelle que je vous demande de "
        f"garder confidentielle : {condition}.\n"
        "Mon activité sera interrompue pendant au moins trois mois et je n'ai pas trouvé de "
        f"remplaçante. Je vous demande s'il serait possible de suspendre le loyer ({rent} € "
        "par mois, charges comprises) pendant cette période, ou d'en étaler le paiement.\n"
        "Mes collègues médecins sont informés et soutiennent ma demande.\n\n"
        "Je vous prie de croire, Monsieur le Maire, à mes sentiments respectueux.\n"
        f"{styled(c, sex, first, last)}"
    )


REMISSION_REASONS = (
    "a dû interrompre son activité du {start} au {end} pour être opérée d'une tumeur",
    "a été hospitalisée du {start} au {end} à la suite d'un accident vasculaire cérébral",
    "a été placée en arrêt de travail du {start} au {end} en raison d'une grossesse pathologique",
)


def health_house_rent_remission(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "2")
    day = c.date(2022, 2025)
    start = minus(c, day, 90, 200)
    end = plus(c, start, 60, 120)
    rent = c.rng.randint(280, 720)
    months = max(2, (end - start).days // 30)
    reason = c.pick(REMISSION_REASONS).format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")
    present = c.rng.randint(11, 18)
    vote = c.pick(
        (
            "Adopté à l'unanimité.",
            "Adopté à l'unanimité (l'intéressée, conseillère municipale, n'a pas pris part au "
            "vote).",
        )
    )
    return "deliberation", (
        f"COMMUNE {of(c.commune).upper()}\n"
        f"Extrait du registre des délibérations — séance du {c.write_date(day)}\n"
        f"Délibération n° {act_no(c, day.year, 'D')} — présents : {present}\n\n"
        "Objet : maison de santé — remise gracieuse de loyers\n\n"
        f"Le maire expose que Mme {first} {last.upper()}, "
        f"{c.pick(PROFESSIONS)}, locataire d'un cabinet de la maison de santé, {reason}.\n"
        f"Privée de revenus pendant cette période, elle sollicite la remise de {months} mois "
        f"de loyer, soit {months * rent} €.\n"
        "Le conseil municipal, considérant l'intérêt de maintenir l'offre de soins sur la "
        "commune, après en avoir délibéré, accorde la remise gracieuse demandée et autorise "
        f"le maire à émettre le mandat d'annulation correspondant.\n{vote}"
    )


NIGHT_CASES = (
    "ma fille {kid} ({age} ans) avait 40 de fièvre et une otite ; le médecin régulateur du 15 "
    "lui a prescrit de l'amoxicilline",
    "mon fils {kid} ({age} ans) faisait une crise d'asthme, le médecin de garde a prescrit de "
    "la Ventoline et de la cortisone",
    "mon conjoint, diabétique, avait cassé son stylo d'insuline et il lui en fallait un "
    "le soir même",
    "ma mère, qui vit chez nous, a une infection urinaire et devait commencer ses "
    "antibiotiques sans attendre",
)


def night_pharmacy_complaint(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    kid = c.pick(GIRLS if c.rng.random() < 0.5 else BOYS)
    day = c.date(2022, 2025)
    sunday = day + dt.timedelta(days=(6 - day.weekday()))
    case = c.pick(NIGHT_CASES).format(kid=kid, age=c.rng.randint(2, 9))
    km = c.rng.randint(28, 55)
    head = mail(
        c,
        f"{first} {last}",
        home_box(c, first, last),
        to=commune_box(c, "mairie"),
        subject="pharmacie de garde !!!",
        day=plus(c, sunday, 1, 1),
    )
    return "courrier", (
        f"{head}\nMonsieur le maire,\n\n"
        f"Dimanche soir ({sunday:%d/%m}), {case}.\n"
        "L'affiche de la pharmacie du bourg renvoyait vers la pharmacie de garde à "
        f"{c.pick(TOWNS)}, soit {km} km, et il a fallu passer par la gendarmerie pour "
        "qu'on nous ouvre. Il était plus de minuit quand nous sommes rentrés.\n"
        "Est-ce que la commune ne peut pas intervenir auprès de l'ARS ou des pharmaciens "
        "pour un tour de garde plus proche ? Nous ne sommes sûrement pas les seuls.\n\n"
        f"{styled(c, sex, first, last)}\n{c.address()}"
    )


PAI_CASES = (
    (
        "allergie aux protéines de lait de vache (confirmée par le {doctor})",
        "panier-repas fourni par la famille, stocké au réfrigérateur dédié ; aucune dérogation",
    ),
    (
        "maladie cœliaque diagnostiquée en {year}",
        "repas sans gluten livré par le prestataire, pain sans gluten fourni par les parents",
    ),
    (
        "allergie sévère à l'arachide et aux fruits à coque, antécédent d'œdème de Quincke",
        "deux stylos d'adrénaline (un en classe, un au réfectoire) ; vérifier les dates "
        "de péremption à chaque vacances",
    ),
    (
        "diabète insulinodépendant (pompe à insuline)",
        "contrôle de glycémie avant le repas par l'ATSEM formée, resucrage selon le protocole "
        "affiché en cuisine",
    ),
)


CLASSES = ("PS", "MS", "GS", "CP", "CE1", "CM2")


def pai_review_minutes(c: Ctx) -> tuple[str, str]:
    kid, family = child(c)
    day = c.date(2022, 2025)
    condition, measure = c.rng.choice(PAI_CASES)
    condition = condition.format(doctor=c.pick(DOCTORS), year=day.year - c.rng.randint(1, 4))
    return "periscolaire_inscription", (
        f"COMMUNE {of(c.commune).upper()} — service enfance-restauration\n"
        "Compte rendu de la réunion de révision du PAI\n\n"
        f"Date : {c.write_date(day)}, à l'{c.pick(SCHOOLS)}\n"
        f"Élève : {kid} {family.upper()} — classe de {c.pick(CLASSES)}\n"
        "Présents : la directrice, le médecin de l'Éducation nationale, la responsable de "
        "la restauration scolaire, un représentant du périscolaire, la mère de l'enfant.\n\n"
        f"Pathologie : {condition}.\n"
        f"Mesures à la cantine : {measure}.\n"
        "Le protocole d'urgence signé est affiché au réfectoire et dans le classeur de la "
        "garderie. Les agents remplaçants en seront informés par la responsable.\n"
        f"Prochaine révision : rentrée {day.year + 1 if day.month > 6 else day.year}.\n\n"
        f"Rédigé par {c.pick(WOMEN)} {c.pick(SURNAMES)}, coordinatrice enfance"
    )


RQTH_NOTES = (
    "RQTH depuis {year} pour une lombalgie chronique : pas de port de charges > 10 kg",
    "bénéficiaire de la RQTH (surdité partielle, appareillé des deux oreilles) : "
    "préfère l'écrit pour les consignes",
    "RQTH — diabète de type 1, a besoin de pauses pour contrôler sa glycémie",
    "indique être suivi pour une dépression, stabilisée depuis {year} ; souhaite un temps "
    "partiel thérapeutique les premiers mois",
)


POSTS = (
    "agent d'accueil de déchetterie",
    "agent de collecte",
    "agent d'entretien du conservatoire",
    "ambassadeur du tri",
)


def interview_grid_rqth(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    scores = [c.rng.randint(2, 5) for _ in range(4)]
    note = c.pick(RQTH_NOTES).format(year=day.year - c.rng.randint(2, 9))
    return "courrier", (
        f"{interco(c)}\nGRILLE D'ENTRETIEN — RECRUTEMENT\n\n"
        f"Poste : {c.pick(POSTS)}\n"
        f"Candidat(e) : {styled(c, sex, first, last)}\n"
        f"Date : {day:%d/%m/%Y}    Jury : DGS, responsable de service, élu délégué\n\n"
        "Critère | Note /5\n"
        f"Connaissance du poste | {scores[0]}\n"
        f"Sens du service public | {scores[1]}\n"
        f"Respect des consignes de sécurité | {scores[2]}\n"
        f"Motivation | {scores[3]}\n"
        f"Total : {sum(scores)}/20\n\n"
        f"Observations : {note}. Aménagement du poste à étudier avec le médecin de prévention "
        "si le candidat est retenu.\n"
        f"Avis du jury : {c.pick(('favorable', 'favorable — 2e position', 'réservé'))}"
    )


CARETAKER_TEXTS = (
    "pas possible ce matin, mon dos s'est bloqué hier en remettant la dalle du caveau {name}, "
    "le médecin m'arrête jusqu'à {day}",
    "je suis aux urgences {town} depuis 6h, ma tension est montée à 19 et ils me gardent "
    "pour des examens",
    "je me suis ouvert le pouce avec la débroussailleuse, 5 points de suture, je reprends {day}",
    "crise de goutte, je ne peux plus poser le pied, arrêt jusqu'à {day}",
)


def caretaker_text(c: Ctx) -> tuple[str, str]:
    _, first, _ = someone(c, "1")
    day = c.date(2022, 2025)
    secretary = c.pick(WOMEN)
    body = c.pick(CARETAKER_TEXTS).format(
        name=c.pick(SURNAMES).upper(), day=spoken(plus(c, day, 2, 6)), town=of(c.pick(TOWNS))
    )
    burial = plus(c, day, 1, 3)
    return "courrier", (
        f"[SMS reçu sur le portable du secrétariat — {day:%d/%m/%Y} {hm(c, 6, 8)}]\n"
        f"De : {first} cimetière ({mobile(c)})\n\n"
        f"Bonjour {secretary} {body}. Pour l'inhumation de {spoken(burial)} le caveau est "
        "ouvert et la plaque est dans l'abri, voir avec les pompes funèbres pour le reste. "
        "Désolé\n\n"
        f"[Réponse] ok {first} soigne toi bien, je préviens l'adjoint et les PF. {secretary}\n"
        "[Note manuscrite] : copie dans le classeur cimetière — remplacement par les services "
        "techniques"
    )


LADDER_INJURIES = (
    "une fracture du poignet droit (plâtre pour six semaines)",
    "deux côtes fêlées et un traumatisme crânien léger, avec une nuit au {hospital}",
    "une entorse grave de la cheville et une plaie au cuir chevelu recousue aux urgences",
    "une fracture du bassin qui l'a immobilisé un mois",
)


def oak_mediation_report(c: Ctx) -> tuple[str, str]:
    sex_a, first_a, last_a = someone(c, "1")
    sex_b, first_b, last_b = someone(c)
    day = c.date(2022, 2025)
    fall = minus(c, day, 15, 60)
    injury = c.pick(LADDER_INJURIES).format(hospital=c.pick(HOSPITALS))
    return "courrier", (
        f"Conciliateur de justice — permanence en mairie {of(c.commune)}\n"
        "COMPTE RENDU DE TENTATIVE DE CONCILIATION\n\n"
        f"Date : {c.write_date(day)}\n"
        f"Demandeur : {civ(sex_a)} {first_a} {last_a.upper()}, {c.address()}\n"
        f"Défendeur : {civ(sex_b)} {first_b} {last_b.upper()}, parcelle voisine\n\n"
        "Objet : chêne situé sur la parcelle du défendeur, dépérissant et atteint par un "
        "champignon, dont les branches mortes surplombent la terrasse du demandeur.\n\n"
        f"Le demandeur expose que le {c.write_date(fall)}, n'ayant pas obtenu de réponse, il a "
        "tenté de couper lui-même les branches depuis une échelle et qu'il a chuté ; il en "
        f"garde {injury}.\n"
        f"{civ(sex_b)} {last_b} ne conteste pas l'état de l'arbre et indique avoir demandé "
        "des devis d'abattage.\n\n"
        "Accord : abattage par une entreprise élagueuse avant le "
        f"{c.write_date(plus(c, day, 30, 60))}, frais à la charge du propriétaire de l'arbre.\n"
        "Signatures des parties et du conciliateur."
    )


CENTENARIAN_HEALTH = (
    "Depuis sa prothèse de hanche, posée à 96 ans, elle se déplace avec un déambulateur, "
    "et ses appareils auditifs l'aident à suivre les conversations",
    "Opérée de la cataracte l'an dernier, elle a retrouvé le plaisir de lire le journal ; "
    "seul son diabète l'oblige à surveiller les gâteaux",
    "Une infirmière passe chaque matin pour son insuline et ses bas de contention, « mais "
    "la tête va bien », précise-t-elle",
    "Son cœur fatigué lui a valu un pacemaker il y a trois ans ; depuis, elle dit avoir "
    "« un moteur neuf »",
)


def centenarian_portrait(c: Ctx) -> tuple[str, str]:
    first, last = c.pick(OLD_WOMEN), c.pick(SURNAMES)
    year = c.rng.randint(2022, 2025)
    born = dt.date(year - 100, c.rng.randint(1, 12), c.rng.randint(1, 28))
    job = c.pick(("couturière", "institutrice", "agricultrice", "postière", "épicière"))
    return "courrier", (
        f"LE PETIT JOURNAL {of(c.commune).upper()} — n° {c.rng.randint(40, 160)}\n"
        f"PORTRAIT — {first} {last}, cent ans et toujours le sourire\n\n"
        f"Née le {c.write_date(born)} dans une ferme du canton, {first} {last} a fêté ses "
        f"cent ans entourée de ses {c.rng.randint(3, 9)} petits-enfants, en présence du maire.\n"
        f"Ancienne {job}, elle se souvient des bals du samedi soir et de l'arrivée de "
        "l'électricité dans le village.\n"
        f"{c.pick(CENTENARIAN_HEALTH)}.\n"
        "Elle vit toujours chez elle, rue de l'Église, et ne manque jamais le repas des "
        "aînés.\n"
        "Son secret ? « Du travail, de la soupe et pas de soucis. »\n"
        "Texte et photo : commission communication"
    )


def grocery_roster_health(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    month = c.rng.randint(1, 12)
    people = c.rng.sample(WOMEN + MEN, 8)
    patient = c.rng.choice(people)
    note = c.pick(
        (
            f"{patient} ne porte plus les cagettes depuis son pontage coronarien : toujours en "
            "binôme à la réception",
            f"{patient} absent(e) trois semaines, opération de l'épaule — remplacement à trouver",
            f"{patient} : pas de créneau avant 14 h le mardi (dialyse le matin)",
            f"{patient} reprend doucement après sa chimio, seulement à l'accueil (pas en réserve)",
        )
    )
    rows = "\n".join(
        f"{day} | {people[i * 2 % 8]}, {people[(i * 2 + 1) % 8]} | "
        f"{c.pick(('réception livraison', 'mise en rayon', 'caisse', 'accueil'))}"
        for i, day in enumerate(
            ("Lundi 9h-12h", "Mardi 14h-17h", "Jeudi 9h-12h", "Vendredi 14h-17h")
        )
    )
    return "courrier", (
        f"ÉPICERIE SOLIDAIRE « {c.pick(('Le Panier', 'Coup de Pouce', 'La Passerelle'))} » — "
        f"{c.commune}\n"
        f"Planning des bénévoles — {MONTHS[month - 1]} {year}\n\n"
        "Créneau | Bénévoles | Poste\n"
        f"{rows}\n\n"
        f"À noter : {note}.\n"
        "Collecte Banque alimentaire le dernier samedi du mois : inscriptions auprès de "
        "la coordinatrice du CCAS."
    )


REFERRAL_SITUATIONS = (
    "sortie d'hospitalisation en psychiatrie le {day} après une décompensation, suivie "
    "depuis par le CMP {town}",
    "enceinte de sept mois, grossesse suivie par la PMI, sans emploi depuis son licenciement",
    "en arrêt maladie longue durée (cancer du côlon en traitement), le couple n'a plus "
    "que les indemnités journalières",
    "atteinte d'une sclérose en plaques, ne peut plus travailler et attend la décision de "
    "la MDPH sur l'AAH",
)


def secours_referral_sheet(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c, "2")
    day = c.date(2022, 2025)
    situation = c.pick(REFERRAL_SITUATIONS).format(
        day=c.write_date(minus(c, day, 10, 40)), town=of(c.pick(TOWNS))
    )
    kids = c.rng.randint(1, 3)
    return "courrier", (
        f"CCAS {of(c.commune)} → Secours populaire, comité {of(c.pick(TOWNS))}\n"
        "FICHE D'ORIENTATION\n\n"
        f"Personne orientée : {styled(c, sex, first, last)}\n"
        f"Adresse : {c.address()}, {c.commune}\n"
        f"Composition familiale : mère et {kids} enfant{'s' if kids > 1 else ''}\n"
        f"Situation : {situation}.\n"
        "Demande : colis alimentaires, vêtements enfants, aide au départ en vacances.\n"
        "Aides déjà accordées par le CCAS : bons alimentaires (2), aide énergie.\n\n"
        f"Orientation faite par {c.pick(WOMEN)}, agent d'accueil social, le {day:%d/%m/%Y}\n"
        "Accord de la personne pour la transmission : oui"
    )


PRESIDENT_SELF = (
    "Paraplégique depuis un accident de moto en {year}, je sais ce que représente l'accès "
    "à la piscine ou au cinéma",
    "Atteint moi-même d'une sclérose en plaques depuis {year}, je me déplace en fauteuil "
    "depuis trois ans",
    "Malvoyant depuis l'enfance (rétinite pigmentaire), je dicte cette lettre à notre secrétaire",
    "Amputé de la jambe gauche en {year} après un accident du travail, je connais bien les "
    "trottoirs de la commune",
)


def disabled_assoc_president_letter(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "1")
    day = c.date(2022, 2025)
    assoc = c.pick(("Les Roues Libres", "Handi'Cap Garonne", "Ensemble Autrement", "Tous Dehors"))
    amount = c.rng.choice((500, 800, 1200, 1500, 2000))
    return "courrier", (
        f"Association « {assoc} »\nSiège : {c.address()}, {c.commune}\n\n"
        f"Monsieur le Maire,\n\n"
        f"Au nom de l'association, je sollicite une subvention de {amount} € pour notre "
        f"programme {day.year} : sorties adaptées, prêt d'une joëlette, atelier "
        "de sensibilisation dans les écoles.\n"
        f"{c.pick(PRESIDENT_SELF).format(year=c.rng.randint(1985, 2015))}, et je mesure "
        "chaque jour ce qu'un aménagement ou un regard différent peut changer.\n"
        "Vous trouverez ci-joint notre bilan financier, le rapport d'activité et le RIB de "
        "l'association.\n\n"
        "Veuillez agréer, Monsieur le Maire, l'expression de mes sentiments les meilleurs.\n"
        f"{first} {last.upper()}, président"
    )


TEACHER_NEWS = (
    "a été opérée en urgence d'une appendicite ce week-end et sera absente au moins trois "
    "semaines",
    "est enceinte et son médecin lui déconseille fortement le séjour (grossesse à risque)",
    "s'est fracturé la cheville au ski et ne peut pas encadrer la randonnée prévue",
    "est arrêtée pour un burn-out depuis lundi, nous ne savons pas quand elle reviendra",
)


def school_trip_teacher_mail(c: Ctx) -> tuple[str, str]:
    _, teacher, teacher_last = someone(c, "2")
    head_sex, head_first, head_last = someone(c)
    day = school_date(c)
    trip = school_after(c, day, 10, 30)
    school = c.pick(SCHOOLS)
    head = mail(
        c,
        f"Direction {school}",
        f"ce.0{c.rng.randint(310000, 829999)}{c.pick(('a', 'k', 'x'))}@ac-toulouse.fr",
        to=commune_box(c, "scolaire"),
        subject="classe de découverte — report",
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n"
        f"Je vous informe que Mme {teacher_last}, enseignante de la classe de "
        f"{c.pick(('CM1', 'CM1-CM2', 'CE2', 'CM2'))}, {c.pick(TEACHER_NEWS)}.\n"
        f"La classe de découverte prévue du {spoken(trip)} au "
        f"{spoken(plus(c, trip, 2, 4))} ne peut pas avoir lieu sans elle : nous la reportons "
        "au printemps.\n"
        "Pouvez-vous annuler la réservation du car auprès du transporteur et voir avec le "
        "centre d'hébergement si l'acompte versé par la commune peut être conservé ?\n\n"
        f"Merci pour votre aide,\n{head_first} {head_last}, "
        f"{'directrice' if head_sex == '2' else 'directeur'}\n\n"
        f"PS : {teacher} m'a autorisée à vous donner la raison, mais merci de rester discrets."
    )


SPORTS = (
    ("handball", "U15", "du gymnase", "FFHandball"),
    ("basket", "U13", "du gymnase", "FFBB"),
    ("futsal", "seniors", "de la salle omnisports", "FFF"),
    ("volley", "M17", "de la salle omnisports", "FFvolley"),
)
SPORT_INJURIES = (
    "une entorse grave de la cheville ; il est en attelle pour six semaines",
    "une fracture du poignet, opérée le lendemain au {hospital}",
    "un traumatisme crânien avec perte de connaissance ; il a passé la nuit au {hospital}",
    "une luxation de l'épaule réduite aux urgences du {hospital}",
)


def club_injury_letter(c: Ctx) -> tuple[str, str]:
    sport, team, hall, federation = c.rng.choice(SPORTS)
    kid, family = c.pick(BOYS), c.pick(SURNAMES)
    president_sex, president, president_last = someone(c)
    day = c.date(2022, 2025)
    match = minus(c, day, 2, 9)
    injury = c.pick(SPORT_INJURIES).format(hospital=c.pick(HOSPITALS))
    return "courrier", (
        f"{sport.upper()} CLUB {c.commune.upper()}\naffilié {federation}\n\n"
        f"{c.commune}, le {c.write_date(day)}\n\nMonsieur le Maire,\n\n"
        f"Lors du match {team} du {spoken(match)}, notre jeune licencié {kid} "
        f"{family.upper()} a glissé sur une flaque formée sous la fuite de la toiture "
        f"{hall}, que nous vous signalons depuis l'automne. Il souffre d'{injury}.\n"
        "Ses parents envisagent de se retourner contre la commune. Nous avons déclaré "
        "l'accident à notre assurance fédérale et nous vous demandons de transmettre à la "
        "vôtre, et surtout de faire réparer la toiture avant le prochain match à domicile.\n\n"
        "Sportivement,\n"
        f"{president} {president_last}, {'présidente' if president_sex == '2' else 'président'}"
    )


FALL_INJURIES = (
    "fracture du poignet gauche, opérée le {day} (broche), plâtre 6 semaines",
    "fracture du col du fémur, prothèse posée le {day}, rééducation en centre",
    "plaie de l'arcade sourcilière (4 points) et fracture du nez",
    "entorse du genou avec lésion du ligament croisé, IRM le {day}",
)


INSURERS = ("SMACL Assurances", "Groupama — contrat collectivités", "MAIF collectivités")


def street_fall_claim(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    fall = minus(c, day, 5, 40)
    injury = c.pick(FALL_INJURIES).format(day=f"{plus(c, fall, 0, 3):%d/%m/%Y}")
    text = (
        f"{c.pick(INSURERS)}\n"
        "DÉCLARATION DE SINISTRE — RESPONSABILITÉ CIVILE GÉNÉRALE\n\n"
        f"Assuré : commune {of(c.commune)}   Contrat n° {ref(c, 10)}\n"
        f"Date et heure : {fall:%d/%m/%Y} vers {hm(c, 8, 19)}\n"
        f"Lieu : trottoir, {c.address()}\n"
        f"Victime : {civ(sex)} {last.upper()} {first}, {c.rng.randint(35, 89)} ans\n"
        "Circonstances : la victime a trébuché sur une dalle descellée signalée par "
        "un riverain deux semaines plus tôt.\n"
        f"Dommages corporels : {injury}. Certificat médical initial joint.\n"
        "Dommages matériels : lunettes et téléphone.\n"
        f"Témoin : {c.pick(MEN)} {c.pick(SURNAMES)}, commerçant.\n\n"
        f"Fait {at(c.commune)}, le {day:%d/%m/%Y} — le maire"
    )
    return "courrier", ocr_noise(text, c.rng) if c.rng.random() < 0.4 else text


VISIT_KINDS = (
    "visite d'information et de prévention",
    "visite périodique",
    "visite à la demande de l'employeur",
)
VISIT_HEALTH = (
    "visite de reprise après congé de longue maladie",
    "visite de pré-reprise — aménagement de poste (hernie discale opérée)",
    "suivi de grossesse — adaptation du poste",
    "visite à la demande de l'agent (troubles du sommeil, travail de nuit)",
    "suivi renforcé — exposition au bruit, audiogramme de contrôle",
)


def prevention_doctor_schedule(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    hour = c.rng.randint(8, 9)
    rows = []
    n = c.rng.randint(5, 7)
    sick = c.rng.randrange(n)
    for i in range(n):
        kind = c.pick(VISIT_HEALTH) if i == sick else c.pick(VISIT_KINDS)
        _, first, last = someone(c, "2" if "grossesse" in kind else None)
        slot = f"{hour + (i * 30) // 60}h{(i * 30) % 60:02d}"
        rows.append(
            f"{slot} | {last.upper()} {first} | {c.pick(('ST', 'école', 'mairie', 'OM'))} | {kind}"
        )
    return "convocation", (
        "CENTRE DE GESTION — SERVICE DE MÉDECINE PRÉVENTIVE\n"
        f"Planning des visites médicales — mairie {of(c.commune)}\n"
        f"{DAYS[day.weekday()].capitalize()} {c.write_date(day)}, salle du conseil\n"
        f"Médecin : {c.pick(DOCTORS)}    Infirmière de santé au travail : "
        f"{c.pick(WOMEN)} {c.pick(SURNAMES)}\n\n"
        "Heure | Agent | Service | Motif\n" + "\n".join(rows) + "\n\n"
        "Les agents sont convoqués ; merci de leur remettre la convocation individuelle et de "
        "libérer la salle pour la journée. En cas d'empêchement, prévenir le secrétariat "
        "médical 48 h à l'avance."
    )


EXEMPTION_REASONS = (
    "une tendinite du poignet droit qui l'empêche de tenir l'archet plus de dix minutes",
    "un asthme d'effort sévère : les répétitions d'orchestre à vent la mettent en difficulté",
    "une hyperacousie diagnostiquée par l'ORL : le volume de l'orchestre lui est "
    "douloureux, même avec des bouchons",
    "une scoliose opérée en juin : station assise prolongée interdite jusqu'à nouvel ordre",
)


def conservatoire_exemption_letter(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    kid = c.pick(GIRLS)
    day = c.date(2022, 2025)
    return "courrier", (
        f"{first} {last}\n{c.address()}\n{c.commune}\n\n"
        f"À Madame la directrice du conservatoire intercommunal\n\n{c.write_date(day)}\n\n"
        "Objet : demande de dispense de pratique collective\n\n"
        "Madame la directrice,\n"
        f"Notre fille {kid} {last.upper()}, élève de {c.pick(INSTRUMENTS[:5])} en "
        f"{c.pick(('fin de 1er cycle', '2e cycle', 'cycle 2, 3e année'))}, souffre "
        f"d'{c.pick(EXEMPTION_REASONS)}.\n"
        f"Sur avis du {c.pick(DOCTORS)} (certificat joint), nous vous demandons de la "
        "dispenser de l'orchestre pour ce trimestre, tout en maintenant son cours individuel "
        "et la formation musicale.\n"
        "Nous restons à votre disposition pour en parler avec son professeur.\n\n"
        f"Bien cordialement,\n{styled(c, sex, first, last)}"
    )


PUPIL_STAYS = (
    "hospitalisé{e} au {hospital} pour une leucémie et en chimiothérapie",
    "immobilisé{e} après une fracture du fémur et une opération",
    "hospitalisé{e} en pédopsychiatrie",
    "soigné{e} pour une tuberculose, avec une éviction de la collectivité",
)


def conservatoire_fee_remission(c: Ctx) -> tuple[str, str]:
    kid, family = child(c)
    year = c.rng.randint(2022, 2025)
    stay = c.pick(PUPIL_STAYS).format(e="e" if is_girl(kid) else "", hospital=c.pick(HOSPITALS))
    fee = c.rng.randint(60, 180)
    terms = c.rng.randint(1, 2)
    return "decision_maire", (
        f"{interco(c).upper()}\n\nDÉCISION DU PRÉSIDENT N° {act_no(c, year, 'DP')}\n"
        "portant exonération des droits d'inscription au conservatoire intercommunal\n\n"
        "Le Président,\n"
        "Vu la délibération fixant les tarifs du conservatoire et les cas d'exonération ;\n"
        f"Vu la demande présentée par les parents {of(kid)} {family.upper()}, élève de "
        f"{c.pick(INSTRUMENTS)} ;\n"
        f"Considérant que l'enfant a été {stay} pendant la majeure partie de l'année et "
        "n'a pu suivre les cours ;\n\n"
        "DÉCIDE\n"
        f"Article 1 : {kid} {family.upper()} est exonéré{'e' if is_girl(kid) else ''} des "
        f"droits d'inscription pour {terms} trimestre{'s' if terms > 1 else ''} de l'année "
        f"{year}-{year + 1}, soit {fee * terms} €.\n"
        "Article 2 : sa place est conservée pour la rentrée suivante.\n"
        f"Fait à {c.pick(TOWNS)}, le {c.write_date(c.date(year, year))}"
    )


LEPTO_NEWS = (
    "a été hospitalisé au {hospital} pour une leptospirose, avec une atteinte des reins ; "
    "il est sorti de réanimation hier",
    "a présenté une forte fièvre une semaine après l'opération ; le diagnostic de "
    "leptospirose a été posé au {hospital}, il est sous antibiotiques",
    "s'est profondément coupé sur une tôle et a dû être recousu ; sa plaie s'est infectée "
    "et il a été hospitalisé trois jours au {hospital}",
)


def river_cleanup_incident(c: Ctx) -> tuple[str, str]:
    river, syndicate = c.rng.choice(RIVERS)
    _, first, last = someone(c, "1")
    day = c.date(2022, 2025)
    cleanup = minus(c, day, 10, 25)
    news = c.pick(LEPTO_NEWS).format(hospital=c.pick(HOSPITALS))
    return "courrier", (
        f"{syndicate}\nTechnicien(ne) de rivière\n\n"
        f"À M. le Maire {of(c.commune)}\n{c.write_date(day)}\n\n"
        f"Objet : opération de nettoyage des berges {of(river)} du {c.write_date(cleanup)}\n\n"
        "Monsieur le Maire,\n"
        f"Je tenais à vous informer que M. {first} {last.upper()}, bénévole de l'AAPPMA qui "
        f"a participé au ramassage sur votre commune, {news}.\n"
        "Sa famille nous a prévenus et ne met pas en cause l'organisation. Pour les "
        "prochaines éditions, nous fournirons des gants renforcés et des cuissardes, et "
        "rappellerons les consignes d'hygiène (pas de mains à la bouche, désinfection des "
        "plaies).\n"
        f"Le bilan : {c.rng.randint(1, 4)},{c.rng.randint(0, 9)} tonnes de déchets retirés.\n\n"
        "Bien à vous,\n"
        f"{c.pick(WOMEN + MEN)} {c.pick(SURNAMES).upper()}"
    )


def guide_planning_pregnancy(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    pregnant = c.pick(WOMEN[:8])
    guides = [pregnant, *c.rng.sample(WOMEN[8:] + MEN[:8], 3)]
    c.rng.shuffle(guides)
    others = [g for g in guides if g != pregnant]
    date = dt.date(year, 7, c.rng.randint(8, 20))
    rows = "\n".join(f"{name} | {c.pick(SIGHTS)} | {c.pick(GUIDE_DAYS)}" for name in guides)
    return "courrier", (
        f"OFFICE DE TOURISME — {interco(c)}\n"
        f"Planning des visites guidées — été {year} (version du {date:%d/%m})\n\n"
        "Guide | Visite | Jours\n"
        f"{rows}\n\n"
        f"ATTENTION : {pregnant} est enceinte (terme prévu fin septembre) : plus de montée au "
        f"donjon ni de nocturne à partir du {date:%d/%m}, c'est {c.rng.choice(others)} qui "
        "reprend ses nocturnes. Prévoir une chaise pliante dans le coffre de visite.\n"
        "Rappel : billetterie close 15 min avant chaque départ ; groupe de 25 personnes "
        "maximum."
    )


def indigent_funeral_decision_health(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "1")
    day = c.date(2022, 2025)
    died = minus(c, day, 2, 6)
    context = c.pick(
        (
            f"est décédé le {c.write_date(died)} au {c.pick(HOSPITALS)}, en unité de soins "
            "palliatifs, où il était hospitalisé depuis plusieurs semaines",
            f"est décédé le {c.write_date(died)} des suites d'une longue maladie, après un "
            "dernier séjour au service d'oncologie",
            f"est décédé le {c.write_date(died)} d'une overdose, selon le rapport de la "
            "gendarmerie",
            f"est décédé le {c.write_date(died)} ; il souffrait d'une cirrhose alcoolique "
            "et vivait dans un squat de la rue du Port",
        )
    )
    cost = c.rng.randint(1300, 2400)
    return "decision_maire", (
        f"COMMUNE {of(c.commune).upper()}\nDÉCISION N° {act_no(c, day.year, 'DM')}\n"
        "Objet : prise en charge des obsèques d'une personne dépourvue de ressources\n\n"
        "Le Maire,\n"
        "Vu le code général des collectivités territoriales, notamment l'article L. 2223-27 ;\n"
        "Vu la délibération portant délégation au maire ;\n"
        f"Considérant que M. {first} {last.upper()}, sans domicile stable, {context} ;\n"
        "Considérant qu'aucun membre de sa famille n'a pu être joint et qu'il ne disposait "
        "d'aucune ressource ;\n\n"
        "DÉCIDE\n"
        f"Article 1 : la commune prend en charge les frais d'obsèques de M. {last.upper()}, "
        f"pour un montant de {cost} € TTC, selon le devis de l'opérateur funéraire "
        "habilité.\n"
        "Article 2 : l'inhumation aura lieu en terrain commun au cimetière communal.\n"
        f"Fait {at(c.commune)}, le {c.write_date(day)}"
    )


ENERGY_CASES = (
    "reconnu{e} invalide (sclérose en plaques), {il} ne quitte plus son logement et le "
    "chauffage fonctionne jour et nuit",
    "{il} est sous assistance respiratoire à domicile : les appareils tournent en "
    "permanence et la facture a doublé",
    "en arrêt maladie depuis neuf mois après un accident vasculaire, {il} ne perçoit plus "
    "qu'un demi-traitement",
    "suivi{e} pour une insuffisance cardiaque, {il} ne supporte pas une température "
    "inférieure à 20 degrés selon son cardiologue",
)


def ccas_board_minutes_health(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    sex, first, last = someone(c)
    plain_sex, plain_first, plain_last = someone(c)
    present = c.rng.randint(6, 10)
    aid = c.rng.choice((150, 200, 250, 300))
    case = c.pick(ENERGY_CASES).format(e="e" if sex == "2" else "", il=pronoun(sex))
    return "pv_seance", (
        f"CENTRE COMMUNAL D'ACTION SOCIALE {of(c.commune).upper()}\n"
        f"PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL D'ADMINISTRATION DU {c.write_date(day)}\n\n"
        f"Présents : {present} membres sur 12 — Présidence : {c.mayor}, maire\n"
        "Secrétaire de séance : la vice-présidente\n\n"
        "1. Approbation du procès-verbal de la séance précédente : adopté à l'unanimité.\n\n"
        "2. Aides facultatives énergie (huis clos)\n"
        f"Dossier {day.year}-{c.rng.randint(10, 60)} — {civ(sex)} {last.upper()} {first} : "
        f"{case}. Facture de régularisation de "
        f"{c.rng.randint(600, 1500)} €. Aide accordée : {aid} € versés au fournisseur.\n"
        f"Dossier {day.year}-{c.rng.randint(61, 99)} — {civ(plain_sex)} {plain_last.upper()} "
        f"{plain_first} : dette locative et électricité après une séparation ; aide de 150 € "
        "et orientation vers le FSL.\n\n"
        "3. Repas des aînés : date arrêtée au premier dimanche de février.\n"
        f"Séance levée à {hm(c, 19, 21)}."
    )


PARENT_CONDITIONS = (
    "atteint de la maladie de Parkinson à un stade avancé",
    "atteint d'une maladie à corps de Lewy",
    "hémiplégique depuis son second AVC",
    "atteint d'une démence vasculaire qui ne lui permet plus de vivre seul",
)


def aide_sociale_obligee_letter(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    father = c.pick(OLD_MEN)
    day = c.date(2022, 2025)
    return "courrier", (
        f"CCAS {of(c.commune)}\nService aide sociale légale\n\n"
        f"{civ(sex)} {first} {last.upper()}\n{c.rng.randint(1, 90)} rue "
        f"{c.pick(('Gambetta', 'Jean-Jaurès', 'des Acacias'))}\n{c.pick(TOWNS)}\n\n"
        f"{c.commune}, le {c.write_date(day)}\n\n"
        "Objet : demande d'aide sociale à l'hébergement de votre père\n"
        f"Réf. dossier : ASH-{day.year}-{c.rng.randint(100, 999)}\n\n"
        f"{'Monsieur' if sex == '1' else 'Madame'},\n"
        f"Votre père, M. {father} {last.upper()}, {c.pick(PARENT_CONDITIONS)}, est hébergé "
        f"depuis le {c.write_date(minus(c, day, 30, 200))} à l'unité de soins de longue "
        f"durée du {c.pick(HOSPITALS)}. Ses ressources ne couvrant pas les frais de séjour, "
        "une demande d'aide sociale a été déposée auprès du Département.\n"
        "En votre qualité d'obligé alimentaire, nous vous remercions de retourner sous un "
        "mois le questionnaire joint, accompagné de votre dernier avis d'imposition.\n\n"
        "Nous vous prions d'agréer nos salutations distinguées.\n"
        "La vice-présidente du CCAS"
    )


REGISTER_PLAIN = (
    "tondeuse : lame à changer, signalée au chef d'équipe",
    "marche de l'escabeau de l'atelier fendue — retirée",
    "trousse de secours du camion benne à compléter (compresses)",
)
REGISTER_INJURIES = (
    ("coupure à l'index gauche (cutter) en ouvrant des cartons", "pansement compressif"),
    ("projection de désherbant dans l'œil droit", "rinçage 15 min, vu par le médecin"),
    ("piqûre de guêpe à la main, gonflement important", "glace + antihistaminique"),
    ("douleur au bas du dos en soulevant une barrière Vauban", "repos, consultation prévue"),
    ("brûlure à l'avant-bras sur le pot d'échappement de la débroussailleuse", "Biafine"),
    ("écharde profonde sous l'ongle du pouce", "retirée à la pharmacie"),
)


def workshop_injury_register(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rows = []
    days = sorted(c.date(year, year) for _ in range(c.rng.randint(2, 4)))
    for day, (injury, care) in zip(days, c.rng.sample(REGISTER_INJURIES, len(days)), strict=True):
        _, first, last = someone(c)
        rows.append(
            f"{day:%d/%m} | {hm(c, 7, 16)} | {last.upper()} {first[0]}. | {injury} | {care} | "
            f"{c.pick(('aucun arrêt', 'aucun arrêt', 'arrêt 2 jours'))}"
        )
    return "courrier", (
        f"Commune {of(c.commune)} — SERVICES TECHNIQUES\n"
        "REGISTRE DES ACCIDENTS BÉNINS (art. R. 441-3 du code de la sécurité sociale)\n"
        f"Année {year} — page {c.rng.randint(2, 9)}\n\n"
        "Date | Heure | Agent | Nature des lésions / circonstances | Soins | Suite\n"
        + "\n".join(rows)
        + "\n\nObservations diverses : "
        + c.pick(REGISTER_PLAIN)
        + "\nVisa de l'assistant de prévention : "
        + f"{c.pick(MEN)} {c.pick(SURNAMES).upper()}"
    )


WHEN = ("ce soir", "de demain", "de mercredi")
PUPIL_NEWS = (
    "{il} a une gastro depuis hier soir, {il} n'a rien gardé",
    "{il} a une angine, le médecin l'a mis{e} sous antibio jusqu'à lundi",
    "{il} s'est cassé le petit doigt au foot, plâtre 3 semaines donc pas de cours 😕",
    "conjonctivite aux deux yeux, {il} ne peut pas aller à l'école non plus",
    "{il} a 39 de fièvre ce matin",
)


def conservatoire_parent_text(c: Ctx) -> tuple[str, str]:
    kid = c.pick(GIRLS + BOYS)
    parent = c.pick(WOMEN + MEN)
    teacher_sex, teacher, _ = someone(c)
    day = school_date(c)
    girl = is_girl(kid)
    news = c.pick(PUPIL_NEWS).format(il="elle" if girl else "il", e="e" if girl else "")
    return "courrier", (
        "Conservatoire intercommunal — messagerie des familles (export)\n"
        f"Le {day:%d/%m/%Y} à {hm(c, 7, 12)}\n"
        f"De : {parent} (parent {of(kid)} {c.pick(SURNAMES).upper()})\n"
        f"À : {teacher} — {c.pick(INSTRUMENTS)}\n\n"
        f"Bonjour {teacher}, {kid} ne pourra pas venir au cours {c.pick(WHEN)}, "
        f"{news}. On vous tient au courant pour la semaine prochaine. "
        f"Bonne journée, {parent}\n\n"
        f"Réponse {of(teacher)} : Merci de m'avoir prévenu{'e' if teacher_sex == '2' else ''}, "
        f"bon rétablissement à {kid} !"
    )


DEPARTMENTS = (
    "DÉPARTEMENT DE LA HAUTE-GARONNE",
    "DÉPARTEMENT DE TARN-ET-GARONNE",
    "DÉPARTEMENT DU LOT",
    "DÉPARTEMENT DU GERS",
)
CHILD_DISEASES = (
    "atteint d'une myopathie de Duchenne",
    "atteint d'une amyotrophie spinale",
    "atteint de paralysie cérébrale",
    "atteint d'une maladie génétique rare qui le prive de l'usage de ses jambes",
)


def wheelchair_subsidy_deliberation(c: Ctx) -> tuple[str, str]:
    kid, family = c.pick(BOYS), c.pick(SURNAMES)
    day = c.date(2022, 2025)
    amount = c.rng.choice((800, 1000, 1500, 2000, 2500))
    assoc = c.pick(("Un fauteuil pour " + kid, "Les Amis " + of(kid), "Solidarité " + c.commune))
    present = c.rng.randint(11, 17)
    return "deliberation", (
        f"{c.pick(DEPARTMENTS)}\n"
        f"COMMUNE {of(c.commune).upper()}\n"
        f"Extrait du registre des délibérations — séance du {c.write_date(day)}\n"
        f"Délibération n° {act_no(c, day.year, 'D')}\n"
        f"Présents : {present} — Votants : {present + c.rng.randint(0, 2)}\n\n"
        "Objet : subvention exceptionnelle à l'association « "
        f"{assoc} »\n\n"
        f"Le maire expose que le jeune {kid} {family.upper()}, {c.rng.randint(6, 15)} ans, "
        f"{c.pick(CHILD_DISEASES)}, a besoin d'un fauteuil roulant électrique "
        "tout-terrain que la sécurité sociale ne finance qu'en partie. L'association créée par "
        "ses proches a réuni une grande partie de la somme lors du loto de l'école.\n"
        f"Le conseil municipal, après en avoir délibéré, décide à l'unanimité d'attribuer une "
        f"subvention exceptionnelle de {amount} € à l'association, imputée à l'article 6574.\n\n"
        "Pour extrait conforme,\nLe Maire"
    )


FLORISTS = ("Au Jardin de Flore", "Fleurs et Sens", "L'Atelier floral", "Rose & Pivoine")
WARDS = (
    ("cardiologie", "unité de soins intensifs de cardiologie"),
    ("orthopédie", "service de chirurgie orthopédique"),
    ("neurologie", "unité neurovasculaire"),
    ("oncologie", "hôpital de jour d'oncologie"),
)


def get_well_flowers_order(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    _, ward = c.rng.choice(WARDS)
    role = c.pick(
        ("adjointe au maire", "conseillère municipale", "agente des espaces verts")
        if sex == "2"
        else ("adjoint au maire", "conseiller municipal", "agent des espaces verts")
    )
    price = c.rng.choice((35, 45, 55, 60))
    return "bon_de_commande", (
        f"MAIRIE {of(c.commune).upper()}\n"
        f"BON DE COMMANDE N° {day.year}-{c.rng.randint(100, 900)}\n"
        f"Date : {day:%d/%m/%Y}\n"
        f"Fournisseur : {c.pick(FLORISTS)}\n"
        "Service : cabinet du maire — imputation 6257 (réceptions)\n\n"
        "Désignation | Qté | Prix TTC\n"
        f"Composition florale de saison + carte « Prompt rétablissement » | 1 | {price},00 €\n\n"
        f"Livraison : {c.pick(HOSPITALS)}, {ward}, chambre {c.rng.randint(101, 428)}\n"
        f"À l'attention de : {civ(sex)} {first} {last.upper()} ({role})\n"
        f"Livraison souhaitée le {plus(c, day, 0, 1):%d/%m/%Y} avant 11 h "
        "(fleurs sans pollen, demandé par le service)\n\n"
        f"Bon pour accord : le maire, {c.mayor}"
    )


SICK_LEAVE_REASONS = (
    "placé en congé de maladie du {start} au {end}",
    "en arrêt de travail pour maladie depuis le {start}, prolongé jusqu'au {end}",
    "absent pour congé de maladie ordinaire (opération du genou) du {start} au {end}",
)


def regie_interim_arrete(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "1")
    sub_sex, sub_first, sub_last = someone(c)
    day = c.date(2022, 2025)
    start, end = minus(c, day, 1, 5), plus(c, day, 15, 60)
    reason = c.pick(SICK_LEAVE_REASONS).format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")
    return "arrete", (
        f"{interco(c).upper()}\nARRÊTÉ N° {act_no(c, day.year, 'AR-')}\n"
        "portant désignation d'un régisseur intérimaire — régie de recettes des déchetteries "
        "(dépôts des professionnels)\n\n"
        "Le Président,\n"
        "Vu le décret n° 2012-1246 du 7 novembre 2012 ;\n"
        "Vu l'arrêté constitutif de la régie de recettes des déchetteries ;\n"
        f"Considérant que M. {first} {last.upper()}, régisseur titulaire, est {reason} ;\n"
        "Vu l'avis conforme du comptable public ;\n\n"
        "ARRÊTE\n"
        f"Article 1 : {civ(sub_sex)} {sub_first} {sub_last.upper()}, agent d'accueil de "
        f"déchetterie, est désigné{'e' if sub_sex == '2' else ''} régisseur intérimaire pour "
        "la durée de l'absence du titulaire.\n"
        "Article 2 : le régisseur intérimaire percevra l'indemnité de responsabilité au "
        "prorata de la durée de l'intérim.\n"
        f"Fait {at(c.commune)}, le {c.write_date(day)}\n"
        "Le Président                     Le régisseur intérimaire (« vu pour acceptation »)"
    )


BURNS = (
    "brûlé au second degré aux mains et au visage lors d'un feu de grange",
    "blessé au genou (rupture du ligament croisé) en descendant de l'échelle du fourgon",
    "intoxiqué par les fumées lors d'un feu d'appartement, hospitalisé 48 heures",
    "victime d'une fracture de la main lors d'une désincarcération",
)


def firefighter_injury_letter(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "1")
    day = c.date(2022, 2025)
    event = minus(c, day, 8, 30)
    days_off = c.rng.randint(10, 75)
    return "courrier", (
        "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS\n"
        "Groupement des ressources humaines — pôle volontariat\n\n"
        f"Monsieur le Maire\nMairie {of(c.commune)}\n\n"
        f"Objet : accident en service commandé de M. {first} {last.upper()}, sapeur-pompier "
        "volontaire, agent de votre commune\n\n"
        "Monsieur le Maire,\n"
        f"Le {c.write_date(event)}, M. {last.upper()}, adjoint technique de votre commune et "
        f"sapeur-pompier volontaire au centre {of(c.pick(TOWNS))}, a été {c.pick(BURNS)}.\n"
        f"Son arrêt de travail est à ce jour de {days_off} jours. Conformément à la loi du "
        "31 décembre 1991, le SDIS prend en charge sa rémunération pendant cette période : "
        "vous voudrez bien continuer à la lui verser et nous adresser un titre de recette "
        "accompagné des bulletins de salaire.\n\n"
        "Je vous remercie de votre soutien constant au volontariat.\n"
        "Pour le Président du conseil d'administration, le chef de groupement"
    )


HOST_NEWS = (
    "notre fils {kid} vient d'être diagnostiqué diabétique de type 1 ; nous sortons de dix "
    "jours d'hospitalisation au {hospital} et nous apprenons à gérer l'insuline",
    "notre fille {kid} est hospitalisée au {hospital} pour une leucémie ; le traitement "
    "commence la semaine prochaine",
    "notre fils {kid} s'est fait opérer de l'appendicite en urgence et a eu des "
    "complications, il sort à peine du {hospital}",
    "notre fille {kid} fait des crises d'épilepsie depuis le printemps et les examens sont "
    "en cours au {hospital}",
)


def twinning_host_withdrawal(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    news = c.pick(HOST_NEWS)
    kid = c.pick(BOYS if "notre fils" in news else GIRLS)
    town = c.pick(("Bad Wimpfen", "Santa Coloma", "Ballyhaunis", "Castelnuovo"))
    head = mail(
        c,
        f"{first} {last}",
        home_box(c, first, last),
        to=f"jumelage.{slug(c.commune)}@gmail.com",
        subject=f"accueil des familles de {town}",
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour à tout le comité,\n\n"
        f"C'est avec beaucoup de regret que nous devons renoncer à accueillir la famille de "
        f"{town} le mois prochain : {news.format(kid=kid, hospital=c.pick(HOSPITALS))}.\n"
        "Vous comprendrez que ce n'est pas le moment de recevoir du monde à la maison. Nous "
        "espérons être de la partie l'an prochain.\n"
        "Nous pouvons quand même prêter deux lits de camp et venir au repas du samedi si tout "
        "va bien.\n\n"
        f"Amitiés,\n{styled(c, sex, first, last)}"
    )


SENSITIVE_12 = (
    interim_invoice_nir,
    guide_vacation_nir,
    energy_aid_form_nir,
    om_seasonal_list_nir,
    indigent_funeral_sheet_nir,
    tourism_intern_sheet_nir,
    riparian_indemnity_decision,
    conservatoire_refund_mail,
    funeral_refund_letter,
    branch_settlement,
    badge_deposit_refund,
    candidate_travel_refund,
    sdis_intervention_report,
    collector_needle_mail,
    badge_proxy_letter,
    health_house_rent_deferral,
    health_house_rent_remission,
    night_pharmacy_complaint,
    pai_review_minutes,
    interview_grid_rqth,
    caretaker_text,
    oak_mediation_report,
    centenarian_portrait,
    grocery_roster_health,
    secours_referral_sheet,
    disabled_assoc_president_letter,
    school_trip_teacher_mail,
    club_injury_letter,
    street_fall_claim,
    prevention_doctor_schedule,
    conservatoire_exemption_letter,
    conservatoire_fee_remission,
    river_cleanup_incident,
    guide_planning_pregnancy,
    indigent_funeral_decision_health,
    ccas_board_minutes_health,
    aide_sociale_obligee_letter,
    workshop_injury_register,
    conservatoire_parent_text,
    wheelchair_subsidy_deliberation,
    get_well_flowers_order,
    regie_interim_arrete,
    firefighter_injury_letter,
    twinning_host_withdrawal,
)


# --- ordinary: the same services, nothing sensitive ----------------------------------------


def interim_invoice_plain(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c)
    day = c.date(2022, 2025)
    monday = day - dt.timedelta(days=day.weekday())
    job, service = c.rng.choice(INTERIM_JOBS)
    hours = c.rng.choice((24, 35, 35, 39))
    rate = round(c.rng.uniform(11.9, 13.8), 2)
    coef = c.rng.choice((1.89, 1.92, 1.95))
    total = round(hours * rate * coef, 2)
    return "facture", (
        f"{c.pick(AGENCIES)}\nAgence {of(c.pick(TOWNS))} — {c.address()}\n"
        f"SIRET {siret(c)} — TVA FR{ref(c, 11)}\n\n"
        f"FACTURE N° {day.year}{c.rng.randint(1000, 9999)} du {day:%d/%m/%Y}\n"
        f"Client : Mairie {of(c.commune)} — service {service}\n"
        f"Bon de commande n° {day.year}-{c.rng.randint(10, 400)}\n\n"
        f"Intérimaire : {first} {last.upper()} — matricule agence {ref(c, 7)}\n"
        f"Qualification : {job}\n"
        f"Semaine du {monday:%d/%m/%Y} au {plus(c, monday, 4, 4):%d/%m/%Y}\n\n"
        f"Heures normales | {hours},00 h | {fr(rate)} € | coef. {fr(coef)} | {fr(total)} €\n"
        f"Total HT : {fr(total)} €   TVA 20 % : {fr(total * 0.2)} €   "
        f"TTC : {fr(total * 1.2)} €\n\n"
        "Conditions : paiement à 30 jours par mandat administratif.\n"
        f"Coordonnées bancaires de l'agence : IBAN {org_iban(c)} — BIC {c.pick(BICS)}\n"
        "Relevés d'heures signés par le responsable de service joints."
    )


def guide_vacation_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    year = c.rng.randint(2022, 2025)
    fee = c.rng.choice((38, 42, 45, 52))
    return "decision_maire", (
        f"{interco(c).upper()}\nOffice de tourisme intercommunal\n\n"
        f"DÉCISION DU PRÉSIDENT N° {act_no(c, year, 'OT-')}\n"
        "portant recrutement de guides vacataires — saison estivale\n\n"
        "Le Président,\n"
        "Vu la délibération fixant la rémunération des visites commentées ;\n"
        f"Considérant la programmation des visites ({c.pick(SIGHTS)}) ;\n\n"
        "DÉCIDE\n"
        f"Article 1 : {civ(sex)} {first} {last.upper()}, guide-conférencier"
        f"{'e' if sex == '2' else ''} (carte professionnelle n° "
        f"{c.rng.randint(10, 99)}-{c.rng.randint(1000, 9999)}), est recruté"
        f"{'e' if sex == '2' else ''} en qualité de vacataire pour les mois de juillet et "
        "août.\n"
        f"Article 2 : chaque visite est rémunérée {fee} € brut.\n"
        "Article 3 : l'intéressé(e) fournira avant sa première visite son attestation "
        "de sécurité sociale, un RIB et la copie de sa carte professionnelle.\n"
        f"Fait {at(c.commune)}, le {c.write_date(dt.date(year, 6, c.rng.randint(2, 25)))}"
    )


def energy_aid_form_blank(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "courrier", (
        f"CCAS {of(c.commune)}\nDEMANDE D'AIDE FACULTATIVE — FACTURES D'ÉNERGIE\n"
        f"(formulaire {day.year}, à remettre à l'accueil de la mairie)\n\n"
        "Nom : ..............................  Prénom : ..............................\n"
        "Date de naissance : ..... / ..... / ..........\n"
        "N° de sécurité sociale : |_|_ _|_ _|_ _|_ _ _|_ _ _|  clé |_ _|\n"
        "Adresse : ..............................................................\n"
        "Composition du foyer : ..............  Ressources mensuelles : ..........\n"
        "Fournisseur : ..............  N° de point de livraison (PDL) : ..............\n\n"
        "Pièces à joindre : facture impayée, justificatifs de ressources des trois derniers "
        "mois, attestation CAF, RIB du fournisseur ou référence de paiement.\n"
        "L'aide est versée directement au fournisseur, jamais au demandeur.\n"
        f"Commission permanente : chaque {c.pick(('premier mardi', 'deuxième jeudi'))} du "
        "mois.\n"
        f"Renseignements : {c.pick(WOMEN)}, accueil social — 05 {numbers(c, 2)} "
        f"{numbers(c, 2)} {numbers(c, 2)} {numbers(c, 2)}"
    )


def om_needle_procedure_note(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "courrier", (
        f"{interco(c)}\nNOTE DE SERVICE N° {day.year}-{c.rng.randint(3, 40)}\n"
        "Destinataires : agents de collecte, gardiens de déchetterie, chefs d'équipe\n\n"
        "Objet : conduite à tenir en cas d'accident d'exposition au sang (AES)\n\n"
        "Les seringues jetées dans les sacs d'ordures ménagères restent un risque pour "
        "les équipes de collecte. En cas de piqûre ou de coupure avec un objet souillé :\n"
        "1. ne pas faire saigner ; laver à l'eau et au savon, rincer ;\n"
        "2. désinfecter au moins 5 minutes (Dakin ou eau de Javel diluée) ;\n"
        "3. se rendre aux urgences dans l'heure : un traitement préventif peut être prescrit "
        "dans les 48 heures ;\n"
        "4. prévenir le chef d'équipe et déclarer l'accident dans la journée.\n\n"
        "Rappel : le port des gants anti-coupure est obligatoire sur toutes les tournées. "
        "Les habitants en autotraitement doivent rapporter leurs boîtes DASRI en pharmacie.\n"
        f"Le directeur des services techniques, {c.pick(MEN)} {c.pick(SURNAMES).upper()}"
    )


def indigent_funeral_decision_plain(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "1")
    day = c.date(2022, 2025)
    died = minus(c, day, 2, 6)
    cost = c.rng.randint(1300, 2400)
    return "decision_maire", (
        f"COMMUNE {of(c.commune).upper()}\nDÉCISION N° {act_no(c, day.year, 'DM')}\n"
        "Objet : prise en charge des obsèques d'une personne dépourvue de ressources\n\n"
        "Le Maire,\n"
        "Vu le code général des collectivités territoriales, notamment l'article L. 2223-27 ;\n"
        f"Considérant que M. {first} {last.upper()}, domicilié au CCAS, est décédé le "
        f"{c.write_date(died)} {at(c.commune)} ;\n"
        "Considérant que les recherches de famille menées par la gendarmerie et le notaire "
        "sont restées vaines et que le défunt ne disposait d'aucune ressource ;\n\n"
        "DÉCIDE\n"
        f"Article 1 : la commune prend en charge les frais d'obsèques, soit {cost} € TTC "
        f"({c.pick(FUNERAL_HOMES)}).\n"
        "Article 2 : l'inhumation aura lieu en terrain commun ; un avis sera affiché en "
        "mairie pour permettre à d'éventuels proches de se faire connaître.\n"
        f"Fait {at(c.commune)}, le {c.write_date(day)}"
    )


def gemapi_tax_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    product = c.rng.randint(180, 900) * 1000
    present = c.rng.randint(28, 46)
    river, _ = c.rng.choice(RIVERS)
    return "deliberation", (
        f"{interco(c).upper()}\nExtrait du registre des délibérations du conseil "
        f"communautaire — séance du {c.write_date(dt.date(year, 2, c.rng.randint(2, 27)))}\n"
        f"Délibération n° {act_no(c, year, 'CC')}\n"
        f"Conseillers présents : {present} — pouvoirs : {c.rng.randint(1, 6)}\n\n"
        f"Objet : produit de la taxe GEMAPI pour l'année {year}\n\n"
        "Le Président rappelle que la taxe finance exclusivement la gestion des milieux "
        "aquatiques et la prévention des inondations : entretien des berges, restauration "
        f"de la continuité écologique sur {river}, surveillance des digues, études du PAPI.\n"
        f"Le programme {year} prévoit notamment le traitement des atterrissements, l'arrachage "
        "de la renouée du Japon et la plantation de 2 km de ripisylve.\n"
        f"Le conseil, après en avoir délibéré, arrête le produit attendu à {fr(product)} €, "
        "soit environ "
        f"{c.rng.randint(6, 14)} € par habitant.\n"
        "Adopté à la majorité (2 abstentions)."
    )


FARMS = ("GAEC des Trois Chênes", "SCEA du Moulin Neuf", "EARL de la Borde", "GAEC Lacoste Frères")


def gemapi_convention_gaec(c: Ctx) -> tuple[str, str]:
    river, syndicate = c.rng.choice(RIVERS)
    year = c.rng.randint(2022, 2025)
    works, damage = c.rng.choice(RIVER_WORKS)
    amount = c.rng.randint(4, 40) * 50
    farm = c.pick(FARMS)
    return "decision_maire", (
        f"{syndicate.upper()}\n\nDÉCISION N° {act_no(c, year, 'GEMA-')}\n"
        "portant indemnisation d'un exploitant agricole\n\n"
        "Le Président,\n"
        f"Vu les travaux {works} sur {river} ;\n"
        f"Considérant que ces travaux ont occasionné {damage}, sur des terres exploitées par "
        f"le {farm} (SIRET {siret(c)}) ;\n\n"
        "DÉCIDE\n"
        f"Article 1 : une indemnité de {amount} € est allouée au {farm}.\n"
        "Article 2 : elle sera versée sur le compte de l'exploitation :\n"
        f"IBAN {org_iban(c)} — BIC {c.pick(BICS)}\n"
        "Article 3 : la dépense est imputée au budget GEMAPI.\n"
        f"Fait le {c.write_date(dt.date(year, c.rng.randint(1, 6), c.rng.randint(1, 28)))}"
    )


def river_cleanup_invitation(c: Ctx) -> tuple[str, str]:
    river, syndicate = c.rng.choice(RIVERS)
    year = c.rng.randint(2022, 2025)
    day = dt.date(year, 9, c.rng.randint(1, 28))
    return "courrier", (
        f"{syndicate} — avec l'AAPPMA et la mairie {of(c.commune)}\n\n"
        f"GRAND NETTOYAGE DES BERGES {of(river).upper()}\n"
        f"Samedi {c.write_date(day)} — rendez-vous à 9 h au pont de la "
        f"D{c.rng.randint(2, 950)}\n\n"
        "Venez nombreux ! Le syndicat fournit les sacs, les pinces et le café.\n"
        "À prévoir : bottes ou cuissardes, gants épais, vêtements couvrants.\n"
        "Précautions : la leptospirose peut se transmettre par l'eau des rivières ; couvrez "
        "les plaies, ne portez pas les mains à la bouche et lavez-vous les mains avant le "
        "pique-nique. Il est recommandé d'être à jour de son vaccin contre le tétanos.\n"
        "Les enfants sont les bienvenus, accompagnés d'un adulte ; ils resteront sur les "
        "berges.\n"
        "Inscription conseillée auprès de la mairie ou au "
        f"05 {numbers(c, 2)} {numbers(c, 2)} {numbers(c, 2)} {numbers(c, 2)}."
    )


def conservatoire_fees_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    base = c.rng.randint(60, 110)
    return "deliberation", (
        f"{interco(c).upper()}\nDélibération n° {act_no(c, year, 'CC')} — séance du "
        f"{c.write_date(dt.date(year, 6, c.rng.randint(2, 28)))}\n\n"
        f"Objet : tarifs du conservatoire intercommunal — année {year}-{year + 1}\n\n"
        "Le conseil communautaire, après en avoir délibéré, fixe les droits d'inscription "
        "trimestriels comme suit :\n\n"
        "Quotient familial | Cursus complet | Formation musicale seule | Location instrument\n"
        f"< 700 € | {base} € | {base // 2} € | 25 €\n"
        f"700 à 1 200 € | {base + 30} € | {(base + 30) // 2} € | 35 €\n"
        f"> 1 200 € | {base + 60} € | {(base + 60) // 2} € | 45 €\n"
        f"Hors territoire | {base + 110} € | {(base + 110) // 2} € | 60 €\n\n"
        "Un abattement de 20 % s'applique à partir du deuxième enfant. Tout trimestre "
        "commencé est dû, sauf déménagement ou raison médicale justifiée.\n"
        "Paiement à la régie du conservatoire ou par virement au Trésor public : "
        f"IBAN {treasury_iban(c)}.\n"
        "Adopté à l'unanimité."
    )


PUPIL_PLAIN = (
    "on part chez les grands-parents plus tôt pour les vacances",
    "{il} a une sortie scolaire qui rentre tard",
    "la voiture est au garage et je finis à 19h",
    "{il} a son spectacle de danse à l'école",
)


def conservatoire_parent_text_plain(c: Ctx) -> tuple[str, str]:
    kid = c.pick(GIRLS + BOYS)
    parent = c.pick(WOMEN + MEN)
    teacher = c.pick(WOMEN + MEN)
    day = school_date(c)
    news = c.pick(PUPIL_PLAIN).format(il="elle" if is_girl(kid) else "il")
    return "courrier", (
        "Conservatoire intercommunal — messagerie des familles (export)\n"
        f"Le {day:%d/%m/%Y} à {hm(c, 7, 12)}\n"
        f"De : {parent} (parent {of(kid)} {c.pick(SURNAMES).upper()})\n"
        f"À : {teacher} — {c.pick(INSTRUMENTS)}\n\n"
        f"Bonjour {teacher}, {kid} ne pourra pas venir au cours cette semaine, {news}. "
        "Est-ce qu'on peut rattraper le cours samedi matin ? Merci, "
        f"{parent}\n\n"
        f"Réponse {of(teacher)} : Pas de souci, samedi 10h30 c'est bon pour moi !"
    )


def funeral_refund_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    uncle = c.pick(OLD_MEN)
    day = c.date(2022, 2025)
    paid = c.rng.randint(1400, 3600)
    return "courrier", (
        f"{civ(sex)} {first} {last.upper()}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"à Monsieur le Maire {of(c.commune)}\n\n{c.pick(TOWNS)}, le {c.write_date(day)}\n\n"
        f"Objet : obsèques de mon oncle, M. {uncle} {last.upper()}\n\n"
        "Monsieur le Maire,\n"
        f"J'ai réglé aux pompes funèbres la somme de {paid} € pour les obsèques de mon oncle, "
        "alors que la commune avait accepté de les prendre en charge.\n"
        "Je sollicite le remboursement de cette somme. Vous trouverez ci-joints la facture "
        "acquittée et mon relevé d'identité bancaire.\n"
        "Je vous remercie également pour la cérémonie, très digne, et pour la présence de "
        "votre adjointe.\n\n"
        "Je vous prie d'agréer, Monsieur le Maire, mes respectueuses salutations.\n"
        f"{first} {last}"
    )


def badge_request_form(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    return "courrier", (
        f"{interco(c)} — DÉCHETTERIES\nDEMANDE DE BADGE D'ACCÈS — PARTICULIERS\n\n"
        f"Nom : {last.upper()}     Prénom : {first}\n"
        f"Adresse : {c.address()}, {c.commune}\n"
        f"Téléphone : {mobile(c)}\n"
        f"Statut : {c.pick(('propriétaire', 'locataire', 'résidence secondaire'))}\n"
        f"Véhicule(s) : {c.pick(('voiture', 'voiture + remorque', 'utilitaire < 3,5 t'))}\n"
        f"Nombre de badges demandés : {c.rng.randint(1, 2)}\n\n"
        "Pièces jointes : justificatif de domicile de moins de 3 mois, carte grise.\n"
        "Le badge donne droit à 24 passages par an ; au-delà, chaque passage est facturé "
        "selon la grille votée par le conseil communautaire.\n\n"
        f"Date : {day:%d/%m/%Y}   Signature : {styled(c, sex, first, last)}\n"
        f"Cadre réservé : badge n° {ref(c, 8)} remis le {plus(c, day, 3, 12):%d/%m/%Y}"
    )


def badge_proxy_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    mother = c.pick(OLD_WOMEN)
    day = c.date(2022, 2025)
    reason = c.pick(
        (
            "est partie vivre chez ma sœur à Nantes pour l'hiver",
            "n'a jamais eu le permis de conduire",
            "a vendu sa voiture l'an dernier",
        )
    )
    return "courrier", (
        f"{first} {last}\n{c.address()}\n{c.commune}\n\n"
        f"{interco(c)}\nService déchets — accès déchetteries\n\n"
        f"{c.commune}, le {c.write_date(day)}\n\n"
        "Objet : badge de ma mère\n\n"
        "Madame, Monsieur,\n"
        f"Ma mère, Mme {mother} {last.upper()}, titulaire du badge n° {ref(c, 8)}, {reason}. "
        "C'est moi qui débarrasse son garage avant la vente de la maison ; pouvez-vous "
        "m'autoriser à utiliser son badge avec ma remorque pendant deux mois ?\n"
        "Vous trouverez ci-joint son accord écrit et la copie de ma carte grise.\n\n"
        f"Avec mes remerciements,\n{styled(c, sex, first, last)}"
    )


def dechetterie_rules_arrete(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "arrete", (
        f"{interco(c).upper()}\nARRÊTÉ N° {act_no(c, year, 'AR-')}\n"
        "portant règlement intérieur des déchetteries intercommunales\n\n"
        "Le Président,\nVu le code de l'environnement ;\n"
        "Vu la délibération du conseil communautaire relative aux conditions d'accès ;\n\n"
        "ARRÊTE\n"
        "Article 1 — Horaires : du lundi au samedi, 9 h-12 h et 14 h-18 h (17 h en hiver).\n"
        "Article 2 — Déchets refusés : ordures ménagères, amiante-ciment non emballé, "
        "bouteilles de gaz, cadavres d'animaux, déchets d'activités de soins à risques "
        "infectieux (à rapporter en pharmacie dans les boîtes jaunes).\n"
        "Article 3 — Sécurité : il est interdit de descendre dans les bennes ; les "
        "enfants restent dans les véhicules ; les usagers respectent les consignes du "
        "gardien.\n"
        "Article 4 — Le gardien peut refuser l'accès en cas de comportement dangereux ou "
        "d'apport non conforme.\n"
        f"Fait {at(c.commune)}, le {c.write_date(dt.date(year, c.rng.randint(1, 12), 3))}"
    )


def interview_grid_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    scores = [c.rng.randint(2, 5) for _ in range(4)]
    note = c.pick(
        (
            "bonne connaissance des filières de tri, expérience de 4 ans en déchetterie privée",
            "candidat(e) disponible immédiatement, permis C en cours",
            "très à l'aise avec le public, quelques lacunes sur la réglementation",
            "a déjà travaillé en intérim sur nos tournées, connaît les secteurs",
        )
    )
    return "courrier", (
        f"{interco(c)}\nGRILLE D'ENTRETIEN — RECRUTEMENT\n\n"
        f"Poste : {c.pick(POSTS)}\n"
        f"Candidat(e) : {styled(c, sex, first, last)}\n"
        f"Date : {day:%d/%m/%Y}    Jury : DGS, responsable de service, élu délégué\n\n"
        "Critère | Note /5\n"
        f"Connaissance du poste | {scores[0]}\n"
        f"Sens du service public | {scores[1]}\n"
        f"Respect des consignes de sécurité | {scores[2]}\n"
        f"Motivation | {scores[3]}\n"
        f"Total : {sum(scores)}/20\n\n"
        f"Observations : {note}.\n"
        f"Avis du jury : {c.pick(('favorable', 'favorable — 1re position', 'défavorable'))}"
    )


def candidate_convocation(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    interview = plus(c, day, 7, 20)
    return "courrier", (
        f"{interco(c)}\nService ressources humaines\n\n"
        f"{civ(sex)} {first} {last.upper()}\n{c.address()}\n\n"
        f"{c.commune}, le {c.write_date(day)}\n\n"
        f"Objet : votre candidature au poste de {c.pick(JOBS)}\n\n"
        f"{'Monsieur' if sex == '1' else 'Madame'},\n"
        "Votre candidature a retenu notre attention. Vous êtes convoqué(e) à un entretien "
        f"le {c.write_date(interview)} à {hm(c, 9, 16)}, au siège de la "
        "collectivité, devant un jury de trois personnes, pour une durée de 40 minutes.\n"
        "Merci de vous munir d'une pièce d'identité. Si vous êtes en situation de handicap "
        "et avez besoin d'un aménagement pour l'entretien (accessibilité, temps, "
        "interprète), merci de le signaler au service au moins cinq jours avant.\n\n"
        "Veuillez agréer nos salutations distinguées.\nLe Président"
    )


def sdis_hydrant_report(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rows = []
    for i in range(c.rng.randint(4, 6)):
        flow = c.rng.randint(22, 95)
        state = "conforme" if flow >= 60 else "non conforme — débit insuffisant"
        if i == 0 and c.rng.random() < 0.5:
            state = "indisponible — capot cassé, vanne grippée"
        rows.append(
            f"PEI n° {c.rng.randint(1, 60):03d} | poteau 100 mm | {c.address()} | "
            f"{flow} m³/h | {c.rng.randint(1, 3)},{c.rng.randint(0, 9)} bar | {state}"
        )
    return "courrier", (
        "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS\nService prévision\n\n"
        f"À M. le Maire {of(c.commune)}\n\n"
        f"Objet : contrôle des points d'eau incendie (PEI) — campagne {year}\n\n"
        "N° | Type | Adresse | Débit à 1 bar | Pression statique | État\n"
        + "\n".join(rows)
        + "\n\nConformément au règlement départemental de DECI, les PEI non conformes "
        "ou indisponibles doivent être remis en état par la commune, qui en informe le "
        "SDIS. Les poteaux doivent être manœuvrés au moins une fois par an.\n"
        f"Le chef du service prévision, capitaine {c.pick(SURNAMES).upper()}"
    )


def sdis_contribution_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    amount = c.rng.randint(18, 160) * 1000 + c.rng.randint(0, 999)
    present = c.rng.randint(10, 18)
    return "deliberation", (
        f"COMMUNE {of(c.commune).upper()}\nExtrait du registre des délibérations\n"
        f"Séance du {c.write_date(dt.date(year, 3, c.rng.randint(2, 30)))} — "
        f"{present} présents\n"
        f"Délibération n° {act_no(c, year, 'D')}\n\n"
        f"Objet : contribution au SDIS pour l'année {year}\n\n"
        "Le maire expose que le conseil d'administration du SDIS a fixé la contribution "
        f"de la commune à {fr(amount)} €, en hausse de {c.rng.randint(2, 7)} % en raison "
        "de la revalorisation des indemnités des sapeurs-pompiers volontaires et du "
        "renouvellement des véhicules de secours et d'assistance aux victimes.\n"
        "Il rappelle que le centre de secours a réalisé "
        f"{c.rng.randint(120, 900)} interventions sur le secteur l'an dernier, dont 78 % de "
        "secours à personne.\n"
        "Le conseil municipal, après en avoir délibéré, approuve l'inscription de la dépense "
        "au compte 6553.\nAdopté à l'unanimité."
    )


SMALL_FIRES = (
    "feu de cheminée",
    "feu de haie",
    "feu de véhicule sur la voie publique",
    "fuite de gaz sur la voie publique",
)


def sdis_chimney_report(c: Ctx) -> tuple[str, str]:
    sex, _, last = someone(c)
    day = c.date(2022, 2025)
    return "courrier", (
        "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS\nCentre d'incendie et de secours "
        f"{of(c.pick(TOWNS))}\n\n"
        f"À l'attention de M. le Maire {of(c.commune)}\n"
        "Objet : compte rendu d'intervention — information du maire\n\n"
        f"N° d'intervention : {day.year}-{c.rng.randint(1000, 9999)}\n"
        f"Date / heure de l'appel : {day:%d/%m/%Y} à {hm(c, 0, 23)}\n"
        f"Adresse : {c.address()}, {c.commune} (propriétaire : {civ(sex)} {last.upper()})\n"
        f"Nature : {c.pick(SMALL_FIRES)}\n"
        "Moyens engagés : FPT + VLCG\n"
        "Victime(s) : néant\n"
        "Actions : extinction, contrôle à la caméra thermique, mise en sécurité.\n"
        "Suite à donner par la commune : néant.\n\n"
        f"Le chef d'agrès, adjudant {c.pick(SURNAMES).upper()}"
    )


def health_house_lease_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    doctors = c.rng.sample(("Sabatier", "N'Diaye", "Arnaud-Pons", "Ribeiro", "Vergnes"), 2)
    rent = c.rng.randint(9, 14)
    return "deliberation", (
        f"COMMUNE {of(c.commune).upper()}\nDélibération n° {act_no(c, year, 'D')}\n"
        f"Séance du {c.write_date(c.date(year, year))}\n\n"
        "Objet : baux professionnels de la maison de santé pluriprofessionnelle\n\n"
        "Le maire rappelle que la maison de santé accueille depuis son ouverture deux "
        "médecins généralistes, un cabinet infirmier, une orthophoniste et un "
        "masseur-kinésithérapeute.\n"
        f"Il propose de consentir un bail professionnel de six ans au Dr {doctors[0]} et au "
        f"Dr {doctors[1]}, médecins généralistes, pour les cabinets 1 et 2 (52 m²), ainsi "
        "qu'à la SCP d'infirmières pour le cabinet 4.\n"
        f"Le loyer est fixé à {rent} € HT par m² et par mois, charges en sus (chauffage, "
        "ménage des parties communes, salle d'attente).\n"
        "Le conseil municipal, après en avoir délibéré, approuve les baux et autorise le "
        "maire à les signer. Adopté à l'unanimité."
    )


def health_house_works_invoice(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    items = (
        ("Cloison acoustique salle de soins n° 3", c.rng.randint(1800, 3200)),
        ("Lavabo à commande non manuelle — cabinet médical", c.rng.randint(600, 900)),
        ("Porte de la salle d'attente élargie à 90 cm (PMR)", c.rng.randint(900, 1600)),
        ("Sol PVC hospitalier, 40 m²", c.rng.randint(1400, 2600)),
    )
    chosen = c.rng.sample(items, 3)
    total = sum(price for _, price in chosen)
    lines = "\n".join(f"{label} | 1 | {fr(price)} €" for label, price in chosen)
    return "facture", (
        f"{c.pick(('SARL Durand Bâtiment', 'Ateliers Menuiserie Roux', 'EURL Plomberie Faure'))}\n"
        f"SIRET {siret(c)}\n\n"
        f"FACTURE N° F-{day.year}-{c.rng.randint(100, 999)} du {day:%d/%m/%Y}\n"
        f"Client : Mairie {of(c.commune)}\n"
        "Chantier : maison de santé pluriprofessionnelle — aménagement des cabinets\n\n"
        "Désignation | Qté | Montant HT\n"
        f"{lines}\n\n"
        f"Total HT : {fr(total)} €   TVA 20 % : {fr(total * 0.2)} €   "
        f"Total TTC : {fr(total * 1.2)} €\n"
        f"Règlement par virement : IBAN {org_iban(c)}"
    )


PHARMACIES = (
    "Pharmacie du Foirail",
    "Pharmacie de la Halle",
    "Pharmacie Centrale",
    "Pharmacie des Coteaux",
    "Pharmacie Saint-Jacques",
)


def pharmacy_rota_notice(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    month = c.rng.randint(1, 12)
    first_sunday = dt.date(year, month, 1)
    first_sunday += dt.timedelta(days=(6 - first_sunday.weekday()))
    rows = []
    for week in range(4):
        day = first_sunday + dt.timedelta(days=7 * week)
        rows.append(
            f"du samedi {dm(day - dt.timedelta(days=1))} 19h au lundi "
            f"{dm(day + dt.timedelta(days=1))} 9h | {c.pick(PHARMACIES)}, {c.pick(TOWNS)}"
        )
    return "courrier", (
        f"MAIRIE {of(c.commune).upper()} — INFORMATION\n"
        f"PHARMACIES DE GARDE — {MONTHS[month - 1].upper()} {year}\n\n"
        + "\n".join(rows)
        + "\n\nLa nuit, composez le 3237 (service audiotel) pour connaître la pharmacie de "
        "garde la plus proche ; l'accès se fait après appel à la gendarmerie.\n"
        "Pour une urgence médicale, appelez le 15. Le tableau est établi par le syndicat "
        "des pharmaciens et affiché sur la porte de chaque officine."
    )


def pharmacy_noise_complaint(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    pharmacy = c.pick(PHARMACIES)
    head = mail(
        c,
        f"{first} {last}",
        home_box(c, first, last),
        to=commune_box(c, "accueil"),
        subject=c.pick(
            ("bruit pharmacie", "nuisances — croix verte et climatiseur", "plainte voisinage")
        ),
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n"
        f"J'habite juste au-dessus de la {pharmacy} et depuis les travaux de l'été, le "
        "groupe froid installé dans la cour (pour le frigo des vaccins, d'après le "
        "pharmacien) tourne toute la nuit avec un bourdonnement insupportable. La croix "
        "verte clignote aussi jusqu'à 2 h du matin, juste en face de notre chambre.\n"
        "J'en ai parlé au pharmacien, très aimable, qui renvoie vers son installateur.\n"
        "La mairie peut-elle faire une mesure de bruit ou rappeler les règles d'enseigne "
        "lumineuse ?\n\n"
        f"Merci,\n{styled(c, sex, first, last)}\n{c.address()}"
    )


AMBULANCE_STREETS = ("rue du Stade", "avenue de la Gare", "place de l'Église")


def ambulance_parking_arrete(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "arrete", (
        f"COMMUNE {of(c.commune).upper()}\nARRÊTÉ N° {act_no(c, year, 'PM')}\n"
        "portant réservation de stationnement pour les véhicules sanitaires\n\n"
        "Le Maire,\n"
        "Vu le code général des collectivités territoriales, articles L. 2213-1 à "
        "L. 2213-3 ;\nVu le code de la route ;\n"
        "Considérant la nécessité de faciliter l'accès des ambulances, VSL et taxis "
        "conventionnés à la maison de santé et au cabinet de radiologie ;\n\n"
        "ARRÊTE\n"
        f"Article 1 : deux emplacements sont réservés aux véhicules sanitaires, "
        f"{c.pick(AMBULANCE_STREETS)}, "
        "au droit de l'entrée de la maison de santé.\n"
        "Article 2 : l'arrêt y est limité à 30 minutes. Tout autre véhicule en stationnement "
        "sera considéré comme gênant (article R. 417-10 du code de la route).\n"
        "Article 3 : la signalisation sera mise en place par les services techniques.\n"
        f"Fait {at(c.commune)}, le {c.write_date(c.date(year, year))}"
    )


MEDICAL_SUPPLIERS = ("Medi-Équipement Sud", "Collectivités Fournitures", "Hygiène Pro 31")


def vaccination_centre_order(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    items = (
        ("Réfrigérateur médical 140 L avec enregistreur de température", 1, 1890),
        ("Collecteurs DASRI 2 L", 40, 3.1),
        ("Gel hydroalcoolique 500 ml", 60, 2.4),
        ("Paravents 3 panneaux", 4, 89),
        ("Tables pliantes 180 cm", 6, 62),
        ("Thermomètre mini-maxi pour salle de stockage", 2, 24),
    )
    chosen = c.rng.sample(items, 4)
    total = sum(q * p for _, q, p in chosen)
    lines = "\n".join(f"{label} | {q} | {fr(p)} € | {fr(q * p)} €" for label, q, p in chosen)
    return "bon_de_commande", (
        f"{interco(c).upper()}\nBON DE COMMANDE N° {day.year}-{c.rng.randint(100, 900)}\n"
        f"Date : {day:%d/%m/%Y}\n"
        f"Fournisseur : {c.pick(MEDICAL_SUPPLIERS)}\n"
        "Objet : logistique du centre de vaccination (salle polyvalente)\n\n"
        "Désignation | Qté | PU HT | Total HT\n"
        f"{lines}\n\n"
        f"Total HT : {fr(total)} €\n"
        "Livraison : salle polyvalente, accès par le parking arrière, avant l'ouverture "
        "du centre. Contact : le coordinateur logistique.\n"
        "Signature de l'ordonnateur"
    )


def pai_procedure_note(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    count = c.rng.randint(4, 19)
    return "courrier", (
        f"COMMUNE {of(c.commune).upper()} — service enfance-restauration\n"
        f"NOTE AUX AGENTS DE RESTAURATION ET DU PÉRISCOLAIRE — rentrée {year}\n\n"
        f"Cette année, {count} enfants des écoles de la commune bénéficient d'un projet "
        "d'accueil individualisé (PAI) pour la restauration.\n"
        "Rappels :\n"
        "- la liste nominative et les protocoles sont dans le classeur rouge de chaque "
        "office, à ne pas afficher dans le réfectoire ;\n"
        "- aucun échange de nourriture entre enfants ;\n"
        "- les paniers-repas fournis par les familles sont étiquetés et conservés au "
        "réfrigérateur dédié ;\n"
        "- en cas de doute sur un aliment, ne pas servir et appeler la responsable.\n"
        "Une formation aux gestes d'urgence (auto-injecteur, PLS) aura lieu le "
        f"{c.write_date(dt.date(year, 9, c.rng.randint(10, 25)))} avec l'infirmière scolaire.\n"
        f"{c.pick(WOMEN)} {c.pick(SURNAMES)}, coordinatrice enfance"
    )


def caretaker_monthly_report(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "1")
    year = c.rng.randint(2022, 2025)
    month = c.rng.randint(1, 12)
    return "courrier", (
        f"CIMETIÈRE COMMUNAL {of(c.commune).upper()}\n"
        f"Rapport mensuel du gardien — {MONTHS[month - 1]} {year}\n\n"
        f"Inhumations : {c.rng.randint(1, 6)}    Dépôts d'urnes au columbarium : "
        f"{c.rng.randint(0, 3)}    Exhumations : {c.rng.randint(0, 1)}\n"
        f"Concessions arrivées à échéance ce mois : {c.rng.randint(0, 5)} (liste jointe)\n"
        "Travaux : désherbage manuel des allées B et C ; remplacement de deux robinets ; "
        "le cyprès de l'entrée est malade (branches sèches), à voir avec les espaces verts.\n"
        "Incidents : vol de fleurs sur deux tombes, signalé à la gendarmerie ; portail "
        "ouest qui ne ferme plus correctement.\n"
        f"Visite de l'entreprise de marbrerie {c.pick(('Maurel', 'Pujol', 'Delmas'))} pour le "
        "caveau de la famille "
        f"{c.pick(SURNAMES).upper()}.\n\n"
        f"{first} {last.upper()}, gardien"
    )


def oak_mediation_plain(c: Ctx) -> tuple[str, str]:
    sex_a, first_a, last_a = someone(c)
    sex_b, first_b, last_b = someone(c)
    day = c.date(2022, 2025)
    return "courrier", (
        f"Conciliateur de justice — permanence en mairie {of(c.commune)}\n"
        "COMPTE RENDU DE TENTATIVE DE CONCILIATION\n\n"
        f"Date : {c.write_date(day)}\n"
        f"Demandeur : {civ(sex_a)} {first_a} {last_a.upper()}, {c.address()}\n"
        f"Défendeur : {civ(sex_b)} {first_b} {last_b.upper()}, parcelle voisine\n\n"
        "Objet : chêne pédonculé situé sur la parcelle du défendeur. L'élagueur consulté "
        "par le demandeur diagnostique un arbre malade : collet attaqué par l'armillaire, "
        "houppier dépérissant, risque de rupture par vent fort.\n\n"
        "Le demandeur craint pour sa toiture et pour la sécurité de ses petits-enfants qui "
        "jouent dans le jardin. Le défendeur souhaitait conserver l'arbre, planté par son "
        "grand-père, mais reconnaît son mauvais état sanitaire.\n\n"
        "Accord : abattage avant le "
        f"{c.write_date(plus(c, day, 30, 60))} par une entreprise choisie par le défendeur ; "
        "le demandeur accepte le passage de la nacelle sur son terrain. Un jeune chêne sera "
        "replanté à 6 mètres de la limite.\n"
        "Signatures des parties et du conciliateur."
    )


def centenarian_portrait_plain(c: Ctx) -> tuple[str, str]:
    first, last = c.pick(OLD_MEN + OLD_WOMEN), c.pick(SURNAMES)
    year = c.rng.randint(2022, 2025)
    born = dt.date(year - 100, c.rng.randint(1, 12), c.rng.randint(1, 28))
    fem = first in OLD_WOMEN
    job = c.pick(
        ("couturière", "institutrice", "agricultrice", "postière")
        if fem
        else ("menuisier", "instituteur", "agriculteur", "facteur")
    )
    return "courrier", (
        f"LE PETIT JOURNAL {of(c.commune).upper()} — n° {c.rng.randint(40, 160)}\n"
        f"PORTRAIT — {first} {last}, un siècle de souvenirs\n\n"
        f"{'Née' if fem else 'Né'} le {c.write_date(born)} dans une ferme du canton, {first} "
        f"{last} a soufflé ses cent bougies à la salle des fêtes, entouré{'e' if fem else ''} "
        f"de sa famille et du conseil municipal.\n"
        f"Ancien{'ne' if fem else ''} {job}, {'elle' if fem else 'il'} raconte volontiers "
        "l'inondation de 1952, le premier tracteur du village et les veillées où l'on "
        "cassait les noix.\n"
        f"{'Elle' if fem else 'Il'} lit encore La Dépêche chaque matin et ne rate "
        "jamais une partie de belote au club des aînés, le jeudi.\n"
        "Le maire lui a remis la médaille de la commune et un panier garni.\n"
        "Texte et photo : commission communication"
    )


def grocery_roster_plain(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    month = c.rng.randint(1, 12)
    people = c.rng.sample(WOMEN + MEN, 8)
    slots = ("Lundi 9h-12h", "Mardi 14h-17h", "Jeudi 9h-12h", "Vendredi 14h-17h")
    rows = "\n".join(
        f"{slot} | {people[i * 2]}, {people[i * 2 + 1]} | "
        f"{c.pick(('réception livraison', 'mise en rayon', 'caisse', 'accueil'))}"
        for i, slot in enumerate(slots)
    )
    return "courrier", (
        f"ÉPICERIE SOLIDAIRE « {c.pick(('Le Panier', 'Coup de Pouce', 'La Passerelle'))} » — "
        f"{c.commune}\n"
        f"Planning des bénévoles — {MONTHS[month - 1]} {year}\n\n"
        "Créneau | Bénévoles | Poste\n"
        f"{rows}\n\n"
        f"À noter : formation hygiène alimentaire (HACCP) le {c.rng.randint(2, 27)} "
        f"{MONTHS[month - 1]} à 18 h, obligatoire pour les nouveaux ; {people[0]} prend les "
        "clés pendant les congés de la coordinatrice.\n"
        "Collecte Banque alimentaire le dernier samedi du mois."
    )


def secours_convention(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    amount = c.rng.choice((1500, 2000, 3000, 4500))
    return "courrier", (
        "CONVENTION DE PARTENARIAT\n\n"
        f"Entre le CCAS {of(c.commune)}, représenté par son vice-président,\n"
        f"et la fédération du Secours populaire français, comité {of(c.pick(TOWNS))}, "
        "association reconnue d'utilité publique,\n\n"
        "Article 1 — Objet : le CCAS oriente vers le comité les personnes qui le souhaitent ; "
        "le comité organise une distribution alimentaire hebdomadaire dans le local "
        "communal de la rue du Stade, mis à disposition gratuitement.\n"
        f"Article 2 — Subvention : le CCAS verse au comité une subvention annuelle de "
        f"{amount} €, sur le compte de l'association :\n"
        f"IBAN {org_iban(c)} — BIC {c.pick(BICS)}\n"
        "Article 3 — Confidentialité : les fiches d'orientation ne comportent que les "
        "informations nécessaires à l'aide ; elles sont détruites au bout d'un an.\n"
        f"Article 4 — Durée : un an à compter du 1er janvier {year}, renouvelable.\n\n"
        f"Fait {at(c.commune)}, le {c.write_date(dt.date(year - 1, 12, c.rng.randint(1, 20)))}"
    )


def disabled_assoc_subsidy_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    assoc = c.pick(("Les Roues Libres", "Handi'Cap Garonne", "Ensemble Autrement", "Tous Dehors"))
    amount = c.rng.choice((500, 800, 1200, 1500))
    return "deliberation", (
        f"COMMUNE {of(c.commune).upper()}\nDélibération n° {act_no(c, year, 'D')}\n"
        f"Séance du {c.write_date(c.date(year, year))}\n\n"
        "Objet : subventions aux associations — secteur social et solidarité\n\n"
        "Le conseil municipal, après examen par la commission vie associative, attribue :\n"
        f"- association « {assoc} » (personnes en situation de handicap et leurs familles) : "
        f"{amount} € pour ses sorties adaptées et ses interventions de sensibilisation dans "
        "les écoles ;\n"
        f"- club des aînés : {c.rng.choice((300, 400, 600))} € ;\n"
        f"- association des donneurs de sang : {c.rng.choice((150, 200, 250))} € ;\n"
        f"- Restos du cœur, antenne {of(c.pick(TOWNS))} : {c.rng.choice((400, 500, 800))} €.\n"
        "M. le maire rappelle l'engagement de la commune pour l'accessibilité des équipements "
        "sportifs et culturels, inscrit à l'agenda d'accessibilité programmée.\n"
        "Adopté à l'unanimité."
    )


def school_trip_bus_order(c: Ctx) -> tuple[str, str]:
    day = school_date(c)
    trip = school_after(c, day, 20, 60)
    pupils = c.rng.randint(19, 28)
    price = c.rng.randint(480, 1400)
    return "bon_de_commande", (
        f"MAIRIE {of(c.commune).upper()}\n"
        f"BON DE COMMANDE N° {day.year}-{c.rng.randint(100, 900)}\n"
        f"Date : {day:%d/%m/%Y}\n"
        f"Fournisseur : {c.pick(('Autocars Delmas', 'Voyages Pujol', 'Transports du Quercy'))}\n"
        "Service : affaires scolaires — imputation 6247\n\n"
        "Désignation | Qté | Montant TTC\n"
        f"Car de 53 places avec chauffeur, aller-retour {c.pick(SCHOOLS)} — centre "
        f"{c.pick(('de Saint-Lary', 'de Gruissan', 'du Lioran'))}, du {trip:%d/%m/%Y} au "
        f"{plus(c, trip, 2, 4):%d/%m/%Y} | 1 | {fr(price)} €\n\n"
        f"Effectif : {pupils} élèves de CM1-CM2, 2 enseignantes, 3 accompagnateurs.\n"
        "Départ 8 h devant l'école, retour vers 17 h. Ceintures obligatoires.\n"
        f"Bon pour accord : le maire, {c.mayor}"
    )


def club_roof_letter(c: Ctx) -> tuple[str, str]:
    sport, _, hall, federation = c.rng.choice(SPORTS)
    president_sex, president, president_last = someone(c)
    day = c.date(2022, 2025)
    return "courrier", (
        f"{sport.upper()} CLUB {c.commune.upper()}\naffilié {federation}\n\n"
        f"{c.commune}, le {c.write_date(day)}\n\nMonsieur le Maire,\n\n"
        f"Nous vous signalons à nouveau la fuite de la toiture {hall} : à chaque pluie, une "
        "flaque se forme devant le banc des visiteurs et le parquet commence à gondoler.\n"
        f"Samedi dernier, l'arbitre a dû interrompre le match pendant {c.rng.randint(10, 25)} "
        "minutes le temps de sécher le terrain. La ligue nous menace d'une amende si la "
        "salle n'est pas praticable.\n"
        "Nous vous remercions de faire intervenir une entreprise au plus vite et, en "
        "attendant, de nous autoriser à jouer nos matchs à domicile au complexe "
        f"{of(c.pick(TOWNS))}.\n\n"
        f"Sportivement,\n{president} {president_last}, "
        f"{'présidente' if president_sex == '2' else 'président'}"
    )


def street_claim_no_injury(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    fall = minus(c, day, 5, 40)
    text = (
        f"{c.pick(INSURERS)}\n"
        "DÉCLARATION DE SINISTRE — RESPONSABILITÉ CIVILE GÉNÉRALE\n\n"
        f"Assuré : commune {of(c.commune)}   Contrat n° {ref(c, 10)}\n"
        f"Date et heure : {fall:%d/%m/%Y} vers {hm(c, 8, 19)}\n"
        f"Lieu : chaussée, {c.address()}\n"
        f"Tiers : {civ(sex)} {last.upper()} {first}\n"
        "Circonstances : le véhicule du tiers a roulé dans un nid-de-poule non signalé ; "
        "jante et pneu avant droit endommagés.\n"
        "Dommages corporels : aucun.\n"
        f"Dommages matériels : devis du garage joint ({c.rng.randint(180, 760)} € TTC).\n"
        f"Réf. du sinistre chez l'assureur du tiers : {ref(c, 12)}\n\n"
        f"Fait {at(c.commune)}, le {day:%d/%m/%Y} — le maire"
    )
    return "courrier", ocr_noise(text, c.rng) if c.rng.random() < 0.4 else text


def alcohol_policy_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "deliberation", (
        f"COMMUNE {of(c.commune).upper()}\nDélibération n° {act_no(c, year, 'D')}\n"
        f"Séance du {c.write_date(c.date(year, year))}\n\n"
        "Objet : règlement intérieur des services — prévention des risques liés à l'alcool "
        "et aux stupéfiants\n\n"
        "Vu l'avis favorable du comité social territorial ;\n"
        "Le maire rappelle que la consommation d'alcool est un facteur d'accident du "
        "travail, en particulier pour les agents qui conduisent ou utilisent des machines.\n"
        "Le règlement intérieur modifié prévoit : l'interdiction de toute boisson alcoolisée "
        "sur les lieux de travail, sauf pots autorisés par l'autorité territoriale (vin, "
        "bière et cidre seulement) ; la liste des postes de sécurité pouvant faire l'objet "
        "d'un contrôle d'alcoolémie ; la possibilité pour tout agent de demander une "
        "contre-expertise ; l'orientation vers le médecin de prévention et les dispositifs "
        "d'aide, dans le respect du secret médical.\n"
        "Le conseil municipal, après en avoir délibéré, adopte le règlement modifié.\n"
        "Adopté par 14 voix pour et 1 abstention."
    )


def prevention_service_letter(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rate = c.rng.choice((78, 82, 86, 90))
    return "courrier", (
        "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE\n"
        "Pôle santé au travail\n\n"
        f"Monsieur le Maire {of(c.commune)}\n\n"
        f"Objet : médecine préventive — organisation {year}\n\n"
        "Monsieur le Maire,\n"
        f"Le {c.pick(DOCTORS)}, médecin du travail, et {c.pick(WOMEN)} {c.pick(SURNAMES)}, "
        "infirmière de santé au travail, assureront les visites des agents de votre "
        f"collectivité le {c.pick(('deuxième mardi', 'troisième jeudi'))} de chaque "
        "trimestre, dans vos locaux.\n"
        f"Le tarif de la visite est porté à {rate} € au 1er janvier ; les visites non "
        "décommandées 48 h à l'avance sont facturées.\n"
        "Merci de nous transmettre, un mois avant chaque journée, la liste des agents à "
        "convoquer via l'extranet ; les motifs médicaux n'ont pas à y figurer.\n\n"
        "Veuillez agréer, Monsieur le Maire, l'expression de nos salutations distinguées.\n"
        "La directrice du centre de gestion"
    )


def ccas_board_minutes_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    sex, first, last = someone(c)
    present = c.rng.randint(6, 10)
    return "pv_seance", (
        f"CENTRE COMMUNAL D'ACTION SOCIALE {of(c.commune).upper()}\n"
        f"PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL D'ADMINISTRATION DU {c.write_date(day)}\n\n"
        f"Présents : {present} membres sur 12 — Présidence : {c.mayor}, maire\n\n"
        "1. Approbation du procès-verbal de la séance précédente : adopté à l'unanimité.\n\n"
        "2. Aides facultatives énergie\n"
        f"{c.rng.randint(4, 15)} dossiers examinés, {c.rng.randint(2, 4)} ajournés faute de "
        f"justificatifs. Montant total accordé : {c.rng.randint(900, 3200)} €, versé "
        "directement aux fournisseurs.\n"
        f"Dossier {day.year}-{c.rng.randint(10, 60)} — {civ(sex)} {last.upper()} {first} : "
        "régularisation de gaz après un compteur mal relevé ; aide de 200 € accordée.\n\n"
        "3. Chèque énergie : la vice-présidente rappelle que le chèque national est envoyé "
        "automatiquement ; l'accueil aidera les bénéficiaires à l'utiliser en ligne.\n"
        "4. Repas des aînés : 180 inscrits, animation par l'école de musique.\n"
        f"Séance levée à {hm(c, 19, 21)}."
    )


def flowers_order_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    occasion = c.rng.choice(
        (
            ("Gerbe « La commune {commune} » — obsèques de {who}, ancien maire", "église"),
            ("Bouquet — centième anniversaire de {who}", "salle des fêtes"),
            ("Bouquet — départ en retraite de {who}, secrétaire de mairie", "mairie"),
            ("Bouquet — mariage de {who}, membre du conseil municipal", "mairie"),
        )
    )
    label = occasion[0].format(commune=of(c.commune), who=f"{civ(sex)} {first} {last.upper()}")
    price = c.rng.choice((45, 60, 80, 120))
    return "bon_de_commande", (
        f"MAIRIE {of(c.commune).upper()}\n"
        f"BON DE COMMANDE N° {day.year}-{c.rng.randint(100, 900)}\n"
        f"Date : {day:%d/%m/%Y}\n"
        f"Fournisseur : {c.pick(FLORISTS)}\n"
        "Service : cabinet du maire — imputation 6257 (réceptions)\n\n"
        "Désignation | Qté | Prix TTC\n"
        f"{label} | 1 | {price},00 €\n\n"
        f"Livraison : {occasion[1]} {of(c.commune)}, le {plus(c, day, 1, 3):%d/%m/%Y}, "
        "avant 10 h\n\n"
        f"Bon pour accord : le maire, {c.mayor}"
    )


def regie_interim_plain(c: Ctx) -> tuple[str, str]:
    _, first, last = someone(c, "1")
    sub_sex, sub_first, sub_last = someone(c)
    day = c.date(2022, 2025)
    start, end = plus(c, day, 5, 20), plus(c, day, 25, 40)
    return "arrete", (
        f"{interco(c).upper()}\nARRÊTÉ N° {act_no(c, day.year, 'AR-')}\n"
        "portant désignation d'un mandataire suppléant — régie de recettes des déchetteries\n\n"
        "Le Président,\n"
        "Vu le décret n° 2012-1246 du 7 novembre 2012 ;\n"
        "Vu l'arrêté constitutif de la régie de recettes des déchetteries ;\n"
        f"Considérant les congés annuels de M. {first} {last.upper()}, régisseur titulaire, "
        f"du {start:%d/%m/%Y} au {end:%d/%m/%Y} ;\n"
        "Vu l'avis conforme du comptable public ;\n\n"
        "ARRÊTE\n"
        f"Article 1 : {civ(sub_sex)} {sub_first} {sub_last.upper()}, gardien"
        f"{'ne' if sub_sex == '2' else ''} de déchetterie, est désigné"
        f"{'e' if sub_sex == '2' else ''} mandataire suppléant pour cette période.\n"
        "Article 2 : le fonds de caisse de 50 € lui est remis contre reçu.\n"
        f"Fait {at(c.commune)}, le {c.write_date(day)}"
    )


def twinning_host_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = someone(c)
    day = c.date(2022, 2025)
    town = c.pick(("Bad Wimpfen", "Santa Coloma", "Ballyhaunis", "Castelnuovo"))
    reason = c.pick(
        (
            "nous serons nous-mêmes en vacances chez nos enfants en Bretagne",
            "nous avons des travaux dans la maison et la chambre d'amis est condamnée",
            "mon mari a finalement un salon professionnel à Lyon ce week-end-là",
        )
    )
    head = mail(
        c,
        f"{first} {last}",
        home_box(c, first, last),
        to=f"jumelage.{slug(c.commune)}@gmail.com",
        subject=f"accueil des familles de {town}",
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour à tout le comité,\n\n"
        f"Nous ne pourrons pas accueillir de famille de {town} cette année : {reason}.\n"
        "Nous pouvons en revanche prêter deux lits de camp, faire des gâteaux pour le repas "
        "du samedi et conduire un groupe à la visite du dimanche.\n"
        "Bonne préparation et à bientôt,\n"
        f"{styled(c, sex, first, last)}"
    )


def safety_register_plain(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    entries = (
        ("escalier de l'atelier : nez de marche décollé", "fait"),
        ("trousse de secours du fourgon : compresses et sérum physiologique périmés", "fait"),
        ("extincteur du local tondeuses déplacé, à refixer", "en cours"),
        ("éclairage du parking des services techniques en panne", "devis demandé"),
        ("absence de garde-corps sur la mezzanine de stockage", "devis demandé"),
        ("odeur de gaz près de la chaudière du garage", "vérifiée par GRDF, RAS"),
    )
    days = sorted(c.date(year, year) for _ in range(3))
    rows = "\n".join(
        f"{d:%d/%m/%Y} | {c.pick(MEN)} {c.pick(SURNAMES)[0]}. | {entry} | {done}"
        for d, (entry, done) in zip(days, c.rng.sample(entries, 3), strict=True)
    )
    return "courrier", (
        f"Commune {of(c.commune)} — SERVICES TECHNIQUES\n"
        "REGISTRE DE SANTÉ ET DE SÉCURITÉ AU TRAVAIL\n"
        f"Année {year}\n\n"
        "Date | Signalé par | Observation | Suite donnée\n"
        f"{rows}\n\n"
        "Registre consulté par l'assistant de prévention le "
        f"{plus(c, days[-1], 2, 20):%d/%m/%Y} — visa."
    )


def guide_planning_plain(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    guides = c.rng.sample(WOMEN[:8] + MEN[:8], 4)
    date = dt.date(year, 7, c.rng.randint(8, 20))
    rows = "\n".join(f"{name} | {c.pick(SIGHTS)} | {c.pick(GUIDE_DAYS)}" for name in guides)
    return "courrier", (
        f"OFFICE DE TOURISME — {interco(c)}\n"
        f"Planning des visites guidées — été {year} (version du {date:%d/%m})\n\n"
        "Guide | Visite | Jours\n"
        f"{rows}\n\n"
        f"ATTENTION : à partir du {date:%d/%m}, {guides[0]} part en congés deux semaines, "
        f"{guides[1]} reprend ses visites. Les nocturnes aux lampions ont lieu chaque "
        "vendredi.\n"
        "Rappel : billetterie close 15 min avant chaque départ ; groupe de 25 personnes "
        "maximum."
    )


ORDINARY_12 = (
    interim_invoice_plain,
    guide_vacation_plain,
    energy_aid_form_blank,
    om_needle_procedure_note,
    indigent_funeral_decision_plain,
    gemapi_tax_deliberation,
    gemapi_convention_gaec,
    river_cleanup_invitation,
    conservatoire_fees_deliberation,
    conservatoire_parent_text_plain,
    funeral_refund_plain,
    badge_request_form,
    badge_proxy_plain,
    dechetterie_rules_arrete,
    interview_grid_plain,
    candidate_convocation,
    sdis_hydrant_report,
    sdis_contribution_deliberation,
    sdis_chimney_report,
    health_house_lease_deliberation,
    health_house_works_invoice,
    pharmacy_rota_notice,
    pharmacy_noise_complaint,
    ambulance_parking_arrete,
    vaccination_centre_order,
    pai_procedure_note,
    caretaker_monthly_report,
    oak_mediation_plain,
    centenarian_portrait_plain,
    grocery_roster_plain,
    secours_convention,
    disabled_assoc_subsidy_deliberation,
    school_trip_bus_order,
    club_roof_letter,
    street_claim_no_injury,
    alcohol_policy_deliberation,
    prevention_service_letter,
    ccas_board_minutes_plain,
    flowers_order_plain,
    regie_interim_plain,
    twinning_host_plain,
    safety_register_plain,
    guide_planning_plain,
)
