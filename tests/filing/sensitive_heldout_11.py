"""Eleventh batch of documents for the sensitivity check.

Written by another author who never saw the detector (`filing/sensitive.py`) nor its
benchmark, only the product's rule and the earlier batches (`sensitive_corpus.py`,
`sensitive_heldout.py`, `sensitive_heldout_5.py` to `sensitive_heldout_10.py`), read to write
other situations, services, conditions and wordings than theirs. It is measured once and never
used to tune anything.

It walks through services the earlier batches left aside: the services techniques (an accident
on the job told to the élus, the loan of equipment), the cantine's caterer, the bibliothèque's
volunteers, the école de musique's exam juries, the régie de recettes, the garderie's late
pick-ups, the halte-garderie, the ALSH's registration and menus, the piscine's lifeguards, the
salle des fêtes' rentals, the cimetière, the gîte d'étape, the communal housing (arrears,
repayment plans, leases), the CCAS's aides facultatives (secours d'urgence, bons alimentaires,
aide au chauffage, prêt de matériel médical), the bus scolaire's accompagnatrices, the ATSEM and
the RASED, the élus' indemnities and delegations, the agents' mutations, the jobs d'été, the
médaille d'honneur, the arbre de Noël des agents, the comité des fêtes, the fête foraine, stray
cats, noise complaints, insalubrité and péril, the déneigement by a farmer, the water bills and
the loi Warsmann, the PLU's enquête publique, the commission de sécurité and emergency housing.

``SENSITIVE_11`` holds documents sensitive by their content under types that are not sensitive
in themselves: a valid NIR (a seasonal lifeguard's recruitment order, a bus escort's contract,
an élu's IRCANTEC affiliation, the jobs d'été pay sheet, an exam juror's fee statement, a
médaille d'honneur proposal), a private person's IBAN (a cancelled hall rental, a parent's
overpayment, a heating grant, a tenant's repayment plan, a hiker's deposit, a volunteer's
mileage, an agent's advance for the Christmas party, a subscriber's direct debit on a water
bill), or health information about an identifiable person (a mower driver's broken ribs in the
minutes, a mother's hip fracture for a wheelchair loan, a pupil's special meal, a volunteer's
radiotherapy, a juror's note on a candidate's dyslexia or splint, a parent late from dialysis,
a toddler's grommets, a sickle-cell child at the ALSH, a tenant on sick pay, a dental
prosthesis after a cancer in an aid table, a pregnant ATSEM, a child's school phobia, a spouse
on dialysis in a mutation request, a summer worker's stitches, a stent before the medal
ceremony, a deaf child at the Christmas party, a girl thrown from a ride, a girl's asthma
attacks from cats, a resident's tinnitus, a lead-poisoned toddler, a farmer's back surgery, a
leak unseen during a hospital stay, a son with Down syndrome in the PLU register, a diabetic
child's carbohydrate counts, an adjoint's long illness, an amputee rehoused, a comité des
fêtes president's heart attack…).

``ORDINARY_11`` holds documents of the same services and shapes that are not sensitive: the
same sheets, tables, e-mails, notes, minutes, forms, acts, invoices and letters with nothing
about anyone's health nor private bank data; health words about cats, buildings, paint, noise,
water, menus and allergens in general, first-aid kits and defibrillators; forms answering
« non » or « néant »; a fitness certificate saying « apte »; lists of papers to bring (RIB,
carte Vitale, attestation de sécurité sociale) with no number; an accident where nobody was
hurt; the Trésor public's, companies', an EARL's and associations' accounts; long reference
numbers (contracts, meters, TIP, concessions, BNSSA diplomas) that are not NIRs.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from tests.filing.classify_corpus import GRADES, LAST_NAMES, SCHOOLS, Ctx
from tests.filing.sensitive_corpus import iban, nir

WOMEN = (
    "Sylvie",
    "Corinne",
    "Océane",
    "Maryse",
    "Khadija",
    "Laetitia",
    "Brigitte",
    "Anaïs",
    "Véronique",
    "Mélanie",
)
MEN = (
    "Didier",
    "Franck",
    "Mickaël",
    "Alain",
    "Youssef",
    "Patrick",
    "Kévin",
    "Sébastien",
    "Gilles",
    "Thierry",
)
SURNAMES = (
    *LAST_NAMES,
    "Couderc",
    "Vidal",
    "Lacaze",
    "Pujol",
    "Marchand",
    "Boyer",
    "Carpentier",
    "Ferreira",
    "Tessier",
    "Rolland",
)
BOYS = ("Noé", "Maël", "Ethan", "Lyam", "Gabin", "Aaron", "Tiago", "Malo")
GIRLS = ("Lya", "Mila", "Alba", "Nina", "Rose", "Jasmine", "Olivia", "Maëlys")
TOWNS = ("Montauban", "Figeac", "Villefranche", "Millau", "Cholet", "Guingamp", "Auch", "Pau")
TOWN_DEPTS = ("82", "46", "12", "12", "49", "22", "32", "64")
HOSPITALS = (
    "CHU Rangueil",
    "centre hospitalier de Montauban",
    "CH de Cholet",
    "pôle santé de Figeac",
    "centre hospitalier d'Auch",
    "CHU de Bordeaux",
    "centre hospitalier de Millau",
)
BICS = ("CCBPFRPPTLS", "AGRIFRPP812", "CMCIFR2A", "BNPAFRPPXXX", "CEPAFRPP313", "SOGEFRPP")
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
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DEPTS = ("31", "46", "47", "82", "12", "49", "22", "32", "64", "81")
SIGN_OFFS = (
    "Je vous prie d'agréer, Monsieur le Maire, mes salutations respectueuses.",
    "Veuillez recevoir, Madame la Maire, l'assurance de ma considération.",
    "Dans l'attente de votre réponse, je vous adresse mes sincères salutations.",
    "Avec mes remerciements, bien cordialement.",
)


# --- helpers ------------------------------------------------------------------------------


def digits(c: Ctx, n: int) -> str:
    return "".join(str(c.rng.randint(0, 9)) for _ in range(n))


def mobile(c: Ctx) -> str:
    return f"0{c.pick(('6', '7'))}" + "".join(f" {digits(c, 2)}" for _ in range(4))


def later(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=c.rng.randint(low, high))


def earlier(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day - dt.timedelta(days=c.rng.randint(low, high))


def clock(c: Ctx, low: int = 8, high: int = 18) -> str:
    return f"{c.rng.randint(low, high)} h {c.pick(('00', '10', '15', '30', '40', '45'))}"


def hhmm(c: Ctx, low: int = 7, high: int = 20) -> str:
    return f"{c.rng.randint(low, high):02d}:{c.rng.randint(0, 59):02d}"


def spelled(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS_FR[day.month - 1]} {day.year}"


def month_year(day: dt.date) -> str:
    return f"{MONTHS_FR[day.month - 1]} {day.year}"


def euros(value: float) -> str:
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", " ") + f",{cents} €"


def slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return kept.lower().replace(" ", "-").replace("'", "")


def town_box(c: Ctx, box: str) -> str:
    return f"{box}@{slug(c.commune)}.fr"


def home_box(c: Ctx, first: str, last: str) -> str:
    domain = c.pick(("orange.fr", "gmail.com", "wanadoo.fr", "sfr.fr", "yahoo.fr", "free.fr"))
    local = c.pick((f"{first}.{last}", f"{first[0]}{last}", f"{last}{c.rng.randint(30, 99)}"))
    return f"{slug(local)}@{domain}"


def mail_header(c: Ctx, sender: str, box: str, *, to: str, subject: str, day: dt.date) -> str:
    return f"De : {sender} <{box}>\nDate : {spelled(day)} {hhmm(c)}\nÀ : {to}\nObjet : {subject}\n"


def woman(c: Ctx) -> tuple[str, str, str]:
    """(NIR sex digit, first name, surname)."""
    return "2", c.pick(WOMEN), c.pick(SURNAMES)


def man(c: Ctx) -> tuple[str, str, str]:
    return "1", c.pick(MEN), c.pick(SURNAMES)


def anyone(c: Ctx) -> tuple[str, str, str]:
    return woman(c) if c.rng.random() < 0.5 else man(c)


def styled(c: Ctx, sex: str, first: str, last: str) -> str:
    """A name as people write it: « Mme Durand », « DURAND Sylvie », « sylvie durand »…"""
    title = "M." if sex == "1" else "Mme"
    style = c.rng.randrange(6)
    if style == 0:
        return f"{title} {last}"
    if style == 1:
        return f"{last.upper()} {first}"
    if style == 2:
        return f"{first.lower()} {last.lower()}"
    if style == 3:
        return f"{title} {first[0]}. {last.upper()}"
    if style == 4:
        return f"{first} {last.upper()}"
    return f"{first} {last}"


def child(c: Ctx) -> tuple[str, str, str]:
    """(« il »/« elle », first name, family name)."""
    if c.rng.random() < 0.5:
        return "il", c.pick(BOYS), c.pick(SURNAMES)
    return "elle", c.pick(GIRLS), c.pick(SURNAMES)


def nir_like(text: str) -> bool:
    """Whether fifteen digits in a row (separators dropped) carry a NIR's key."""
    run = "".join(ch for ch in text if ch.isdigit())
    return any(
        run[i] in "12" and int(run[i + 13 : i + 15]) == 97 - int(run[i : i + 13]) % 97
        for i in range(len(run) - 14)
    )


def reference(c: Ctx, n: int) -> str:
    """A long reference number that is not a NIR."""
    while True:
        value = digits(c, n)
        if not nir_like(value):
            return value


def org_iban(c: Ctx) -> str:
    """A company's or an association's own account, with no NIR hidden in its digits."""
    while True:
        value = iban(c)
        if not nir_like(value):
            return value


def treasury_iban(c: Ctx) -> str:
    """A Trésor public account (Banque de France, bank code 30001)."""
    while True:
        bban = "30001" + digits(c, 18)
        check = 98 - int(bban + "152700") % 97
        compact = f"FR{check:02d}{bban}"
        if not nir_like(compact):
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def of_town(c: Ctx) -> str:
    """« de Figeac », « d'Auch »."""
    town = c.pick(TOWNS)
    return f"d'{town}" if town[0] in "AEIOU" else f"de {town}"


def birthplace(c: Ctx) -> tuple[str, str]:
    """(a town, its département number as the NIR writes it)."""
    index = c.rng.randrange(len(TOWNS))
    return TOWNS[index], TOWN_DEPTS[index]


def nir_for(c: Ctx, born: dt.date, sex: str, dept: str | None = None) -> str:
    """A NIR with its right key for someone born on `born`, spaced as printed."""
    body = (
        f"{sex}{born.year % 100:02d}{born.month:02d}{dept or c.pick(DEPTS)}"
        f"{c.rng.randint(1, 999):03d}{c.rng.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_print(c: Ctx, value: str) -> str:
    """A valid NIR as forms, software and hands write it."""
    parts = value.split()
    style = c.rng.randrange(5)
    if style == 0:
        return value
    if style == 1:
        return "".join(parts)
    if style == 2:
        return f"{''.join(parts[:-1])} {parts[-1]}"
    if style == 3:
        return f"{'.'.join(parts[:-1])} / {parts[-1]}"
    return f"{' '.join(parts[:-1])} clé {parts[-1]}"


def iban_print(c: Ctx) -> str:
    value = iban(c)
    style = c.rng.randrange(3)
    if style == 0:
        return value
    if style == 1:
        return value.replace(" ", "")
    return value.replace(" ", "  ", 2)


def act(c: Ctx, prefix: str = "") -> str:
    return c.act_number(c.rng.randint(2022, 2025), prefix)


# --- sensitive by content: NIR ------------------------------------------------------------


def lifeguard_hire_arrete(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    town, dept = birthplace(c)
    born = c.date(1996, 2005)
    season = c.rng.randint(2022, 2025)
    start = dt.date(season, c.rng.choice((6, 7)), c.rng.randint(1, 20))
    end = dt.date(season, 8, c.rng.randint(25, 31))
    e = "e" if sex == "2" else ""
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\n\nARRÊTÉ N° {act(c, 'RH')}\n"
        "portant recrutement d'un agent saisonnier — surveillance de la piscine municipale\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général de la fonction publique, notamment son article L. 332-23 2° ;\n"
        f"Vu la délibération du {c.write_date(dt.date(season, 3, c.rng.randint(2, 28)))} créant "
        "deux emplois non permanents pour accroissement saisonnier d'activité à la piscine "
        "municipale ;\n"
        f"Vu le diplôme de BNSSA n° {reference(c, 8)} présenté par l'intéressé{e} ;\n\n"
        "ARRÊTE\n\n"
        f"Article 1 : {'Madame' if e else 'Monsieur'} {first} {last.upper()}, né{e} le "
        f"{c.write_date(born)} à {town}, est recruté{e} en qualité de surveillant{e} "
        f"de baignade du {c.write_date(start)} au {c.write_date(end)} inclus.\n"
        f"N° de sécurité sociale : {nir_print(c, nir_for(c, born, sex, dept))}\n"
        f"Article 2 : l'intéressé{e} percevra une rémunération calculée sur la base de "
        f"l'indice brut {c.rng.choice((367, 382, 404))}, pour {c.rng.choice((28, 35))} heures "
        "hebdomadaires.\n"
        "Article 3 : le Directeur général des services est chargé de l'exécution du présent "
        "arrêté, dont ampliation sera adressée au comptable public.\n\n"
        f"Fait à {c.commune}, le {c.write_date(earlier(c, start, 10, 30))}\nLe Maire,\n{c.mayor}"
    )


def bus_escort_contract(c: Ctx) -> tuple[str, str]:
    _, first, last = woman(c)
    town, dept = birthplace(c)
    born = c.date(1962, 1990)
    year = c.rng.randint(2022, 2025)
    circuit = c.rng.randint(1, 6)
    return "courrier", (
        "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE\n(article L. 332-23 1° du CGFP)\n\n"
        "Entre les soussignés :\n"
        f"La commune de {c.commune}, représentée par son maire, {c.mayor},\n"
        "d'une part,\net\n"
        f"Madame {last.upper()} {first}\nnée le {c.write_date(born)} à {town}\n"
        f"demeurant {c.address()}, {c.commune}\n"
        f"N° INSEE : {nir_print(c, nir_for(c, born, '2', dept))}\n"
        "d'autre part,\n\nIl a été convenu ce qui suit :\n"
        f"Article 1 — Mme {last} est engagée en qualité d'accompagnatrice du transport scolaire "
        f"(circuit n° {circuit}, {c.pick(SCHOOLS)}) pour l'année scolaire {year}-{year + 1}.\n"
        f"Article 2 — Durée hebdomadaire : {c.rng.randint(8, 14)} h, les jours de classe, "
        f"matin de {clock(c, 7, 7)} à {clock(c, 8, 8)} et soir de {clock(c, 16, 16)} à "
        f"{clock(c, 17, 17)}.\n"
        "Article 3 — Rémunération : 1er échelon du grade d'adjoint technique territorial, "
        "au prorata du temps travaillé.\n"
        "Article 4 — Période d'essai : quinze jours.\n\n"
        f"Fait en deux exemplaires à {c.commune}, le {c.write_date(dt.date(year, 8, 28))}\n"
        "L'agent (lu et approuvé)                    Le Maire"
    )


def elu_ircantec_form(c: Ctx) -> tuple[str, str]:
    value = nir(c)
    sex, year, month = value.split()[:3]
    born = dt.date(1900 + int(year), int(month), c.rng.randint(1, 28))
    _, first, last = woman(c) if sex == "2" else man(c)
    start = c.date(2020, 2025)
    mandate = c.pick(
        ("1er adjoint", "2e adjoint", "3e adjointe", "conseiller délégué", "maire délégué")
    )
    return "courrier", (
        "IRCANTEC\nDÉCLARATION D'AFFILIATION — ÉLU LOCAL INDEMNISÉ\n\n"
        "1. COLLECTIVITÉ\n"
        f"Dénomination : Commune de {c.commune}\nSIRET : {c.rng.randint(210, 219)} "
        f"{digits(c, 3)} {digits(c, 3)} {digits(c, 5)}\n\n"
        "2. ÉLU\n"
        f"Nom de naissance : {last.upper()}\nNom d'usage : {last.upper()}\n"
        f"Prénom(s) : {first}\nSexe : {'M' if sex == '1' else 'F'}\n"
        f"Date de naissance : {born.strftime('%d/%m/%Y')}\n"
        f"N° de sécurité sociale (NIR) : {nir_print(c, value)}\n"
        f"Adresse : {c.address()}, {c.commune}\n\n"
        "3. MANDAT\n"
        f"Fonction : {mandate}\nDate d'élection : {c.write_date(earlier(c, start, 1, 20))}\n"
        f"Date de début de versement des indemnités : {start.strftime('%d/%m/%Y')}\n"
        f"Taux voté : {c.pick(('6,6', '9,9', '10,7', '19,8'))} % de l'indice brut terminal\n\n"
        f"Certifié exact, à {c.commune}, le {c.write_date(later(c, start, 2, 20))}\n"
        "Cachet et signature du maire"
    )


def summer_jobs_pay_sheet(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    month = c.pick(("juillet", "août"))
    rows = []
    for _ in range(c.rng.randint(3, 5)):
        sex, first, last = anyone(c)
        born = c.date(year - 19, year - 17)
        service = c.pick(("espaces verts", "piscine (caisse)", "entretien écoles", "voirie"))
        rows.append(
            f"{last.upper():<11} {first:<10} {nir_print(c, nir_for(c, born, sex)):<24} "
            f"{service:<18} {c.rng.randint(60, 140)} h"
        )
    return "courrier", (
        f"Mairie de {c.commune} — service du personnel\n"
        f"ÉLÉMENTS VARIABLES DE PAIE — EMPLOIS D'ÉTÉ — {month.upper()} {year}\n"
        f"À transmettre au centre de gestion avant le {c.rng.randint(10, 15)} "
        f"{'août' if month == 'juillet' else 'septembre'}\n\n"
        "NOM        Prénom     N° SS                    Service            Heures\n"
        + "\n".join(rows)
        + "\n\nRémunération : SMIC horaire, indemnité de congés payés de 10 % versée en fin "
        "de contrat.\nVisa de la secrétaire générale : "
        f"{c.pick(WOMEN)[0]}. {c.pick(SURNAMES).upper()}"
    )


def music_juror_fees(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    born = c.date(1958, 1992)
    day = dt.date(c.rng.randint(2022, 2025), c.rng.choice((5, 6)), c.rng.randint(1, 28))
    instrument = c.pick(("piano", "clarinette", "trompette", "violon", "formation musicale"))
    hours = c.rng.randint(3, 7)
    km = c.rng.randint(20, 160)
    return "courrier", (
        f"ÉCOLE MUNICIPALE DE MUSIQUE DE {c.commune.upper()}\n"
        "ÉTAT DE FRAIS ET DE VACATIONS — MEMBRE EXTÉRIEUR DE JURY\n\n"
        f"Examen : fin de 1er cycle — {instrument}\nDate : {c.write_date(day)}\n\n"
        f"Nom : {last.upper()}    Prénom : {first}\n"
        f"Né{'e' if sex == '2' else ''} le : {born.strftime('%d/%m/%Y')}\n"
        f"N° de sécurité sociale (obligatoire pour la paie des vacataires) : "
        f"{nir_print(c, nir_for(c, born, sex))}\n"
        f"Qualité : professeur d'enseignement artistique, conservatoire {of_town(c)}\n\n"
        f"Vacations : {hours} h x 32,50 € = {euros(hours * 32.5)}\n"
        f"Déplacement : {km} km aller-retour, véhicule personnel 5 CV\n"
        f"Repas : 1 (forfait 20,00 €)\n\n"
        f"Certifié exact, le {c.write_date(day)}\nLe directeur de l'école de musique"
    )


def medal_proposal_sheet(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    town, dept = birthplace(c)
    born = c.date(1962, 1982)
    grade = c.pick(GRADES)
    entry = c.date(1990, 2004)
    years = c.rng.choice((20, 30, 35))
    metal = {20: "argent", 30: "vermeil", 35: "or"}[years]
    e = "e" if sex == "2" else ""
    return "courrier", (
        "MÉDAILLE D'HONNEUR RÉGIONALE, DÉPARTEMENTALE ET COMMUNALE\n"
        f"Fiche de proposition — promotion du {c.pick(('1er janvier', '14 juillet'))} "
        f"{c.rng.randint(2023, 2026)}\n\n"
        f"Collectivité : mairie de {c.commune}\n"
        f"Échelon sollicité : {metal} ({years} ans de services)\n\n"
        f"Nom : {last.upper()}\nPrénoms : {first}\n"
        f"Date et lieu de naissance : {born.strftime('%d/%m/%Y')} à {town}\n"
        f"N° sécu : {nir_print(c, nir_for(c, born, sex, dept))}\n"
        f"Emploi actuel : {grade}\n\n"
        "Services accomplis :\n"
        f"- du {entry.strftime('%d/%m/%Y')} au {later(c, entry, 400, 2000).strftime('%d/%m/%Y')}"
        f" : {'contractuelle' if e else 'contractuel'}, commune {of_town(c)}\n"
        f"- depuis le {later(c, entry, 2100, 2500).strftime('%d/%m/%Y')} : titulaire, commune "
        f"de {c.commune}\n\n"
        f"Intéressé{e} déjà titulaire de l'échelon précédent : "
        f"{'oui' if years > 20 else 'sans objet'}\n"
        "Avis du maire : très favorable"
    )


# --- sensitive by content: a private person's IBAN ----------------------------------------


def hall_cancellation_refund(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    booked = later(c, day, 20, 90)
    reason = c.pick(
        (
            "le mariage de notre fille est repoussé à l'an prochain",
            "nous avons finalement trouvé une salle plus grande pour les 60 ans de mon frère",
            "la fête de famille prévue est annulée, une partie des invités ne pouvant pas venir",
            "le baptême aura lieu chez mes beaux-parents en Bretagne",
        )
    )
    deposit = c.rng.choice((80, 100, 120, 150, 200))
    return "courrier", (
        f"{styled(c, sex, first, last)}\n{c.address()}\n{c.commune}\n\n"
        f"{c.commune}, le {c.write_date(day)}\n\nMonsieur le Maire,\n\n"
        f"J'avais réservé la salle des fêtes pour le {c.write_date(booked)} et versé "
        f"{deposit} € d'arrhes à la régie. Je dois malheureusement annuler : {reason}.\n"
        "Comme le prévoit le règlement (annulation plus d'un mois avant), je vous serais "
        "reconnaissant(e) de bien vouloir me rembourser ces arrhes sur mon compte :\n"
        f"Titulaire : {first} {last.upper()}\nIBAN : {iban_print(c)}\n"
        f"BIC : {c.pick(BICS)}\n\n{c.pick(SIGN_OFFS)}\n\n{first} {last}"
    )


def regie_overpayment_decision(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    kid_first = c.pick(BOYS + GIRLS)
    day = c.date(2022, 2025)
    month = month_year(earlier(c, day, 30, 70))
    amount = c.rng.randint(1800, 14500) / 100
    return "decision_maire", (
        f"COMMUNE DE {c.commune.upper()}\nDÉCISION DU MAIRE N° {act(c, 'DM')}\n"
        "Objet : remboursement d'un trop-perçu — régie de recettes périscolaire\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu l'article L. 2122-22 du code général des collectivités territoriales ;\n"
        "Vu la délibération donnant délégation au maire ;\n"
        f"Considérant que {styled(c, sex, first, last)}, responsable "
        f"{'légale' if sex == '2' else 'légal'} de l'enfant "
        f"{kid_first}, a réglé deux fois la facture de garderie et de restauration du mois "
        f"de {month}, une fois par carte bancaire au guichet de la régie et une fois par "
        "prélèvement ;\n\nDÉCIDE\n\n"
        f"Article 1 : il est procédé au remboursement de la somme de {euros(amount)}.\n"
        f"Article 2 : le remboursement sera effectué par virement au compte du redevable :\n"
        f"   titulaire : {last.upper()} {first}\n   IBAN : {iban_print(c)}\n"
        "Article 3 : la dépense sera imputée à l'article 673 du budget principal.\n"
        "Article 4 : il en sera rendu compte au conseil municipal lors de sa prochaine séance.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}\nLe Maire"
    )


def heating_aid_notification(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = dt.date(c.rng.randint(2022, 2025), c.rng.choice((11, 12)), c.rng.randint(1, 28))
    amount = c.rng.choice((100, 120, 150, 180, 200))
    return "courrier", (
        f"CENTRE COMMUNAL D'ACTION SOCIALE DE {c.commune.upper()}\n\n"
        f"{'Monsieur' if sex == '1' else 'Madame'} {first} {last.upper()}\n{c.address()}\n"
        f"{c.commune}\n\n{c.commune}, le {c.write_date(day)}\n\n"
        "Objet : aide au chauffage — hiver "
        f"{day.year}-{day.year + 1}\n\n"
        f"{'Monsieur' if sex == '1' else 'Madame'},\n\n"
        f"J'ai le plaisir de vous informer que le conseil d'administration du CCAS, réuni le "
        f"{c.write_date(earlier(c, day, 3, 15))}, vous a attribué une aide au chauffage de "
        f"{amount} €.\n"
        "Conformément à votre demande, cette somme sera versée par virement sur le compte "
        "que vous nous avez indiqué :\n"
        f"IBAN {iban_print(c)} — titulaire {last.upper()} {first}\n"
        "Le virement interviendra sous trois semaines environ.\n\n"
        f"Je vous prie d'agréer, {'Monsieur' if sex == '1' else 'Madame'}, l'expression de mes "
        "salutations distinguées.\n\n"
        f"La Vice-présidente du CCAS,\n{c.pick(WOMEN)} {c.pick(SURNAMES).upper()}"
    )


def rent_repayment_plan(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    debt = c.rng.randint(600, 2900)
    months = c.rng.choice((6, 8, 10, 12))
    return "courrier", (
        "PROTOCOLE D'APUREMENT D'UNE DETTE LOCATIVE\n\n"
        f"Entre la commune de {c.commune}, bailleur, représentée par son maire,\n"
        f"et {styled(c, sex, first, last)}, locataire du logement communal situé "
        f"{c.address()} (T{c.rng.randint(2, 4)}, 1er étage),\n\n"
        f"Il est constaté qu'au {c.write_date(day)} le locataire reste devoir la somme de "
        f"{euros(debt)} au titre des loyers et charges impayés.\n\n"
        f"Le locataire s'engage à régler cette somme en {months} mensualités de "
        f"{euros(debt / months)}, en plus du loyer courant, à compter du "
        f"{c.write_date(later(c, day, 20, 40))}.\n"
        "Les sommes seront prélevées le 10 de chaque mois par le comptable public sur le "
        "compte du locataire :\n"
        f"IBAN : {iban_print(c)}    BIC : {c.pick(BICS)}\n\n"
        "En cas de non-respect d'une seule échéance, le protocole sera caduc et la dette "
        "deviendra immédiatement exigible.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}, en deux exemplaires.\n"
        "Le locataire                                       Le Maire"
    )


def gite_deposit_refund_mail(c: Ctx) -> tuple[str, str]:
    _, first, last = anyone(c)
    day = c.date(2022, 2025)
    stay = later(c, day, 10, 60)
    people = c.rng.randint(6, 14)
    return "courrier", (
        mail_header(
            c,
            f"{first} {last}",
            home_box(c, first, last),
            to=town_box(c, "gite"),
            subject=c.pick(("annulation gîte + remboursement", "Re: réservation gîte d'étape")),
            day=day,
        )
        + "\nBonjour,\n\n"
        f"Suite à notre conversation téléphonique, je vous confirme l'annulation de notre "
        f"réservation du gîte d'étape pour la nuit du {c.write_date(stay)} ({people} "
        "personnes). Le chemin est fermé après les orages et on ne pourra pas faire l'étape.\n"
        "Comme convenu, pouvez-vous me rembourser les arrhes de "
        f"{people * 5} € ? C'est moi qui avais tout avancé pour les copains, donc sur mon "
        f"compte perso svp : {iban_print(c)}\n\n"
        f"Merci et à une prochaine fois peut-être,\n{first} {last.upper()}\n{mobile(c)}"
    )


def volunteer_mileage_claim(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    trips = c.rng.randint(3, 7)
    km = c.rng.randint(30, 90)
    return "courrier", (
        f"BIBLIOTHÈQUE MUNICIPALE DE {c.commune.upper()}\n"
        "NOTE DE FRAIS — BÉNÉVOLE\n\n"
        f"Nom, prénom : {styled(c, sex, first, last)}\n"
        f"Période : {month_year(earlier(c, day, 20, 40))}\n\n"
        "Objet des déplacements : navettes de retour et d'échange de documents à la "
        f"médiathèque départementale {of_town(c)}\n"
        f"Nombre de trajets : {trips} x {km} km aller-retour = {trips * km} km\n"
        f"Barème fixé par délibération : 0,32 €/km, soit {euros(trips * km * 0.32)}\n\n"
        "Je demande le remboursement sur mon compte personnel :\n"
        f"IBAN {iban_print(c)}\nBIC {c.pick(BICS)}\n\n"
        f"Fait le {c.write_date(day)}\nSignature du bénévole          Visa de la responsable"
    )


def christmas_advance_refund(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    year = c.rng.randint(2022, 2025)
    day = dt.date(year, 12, c.rng.randint(16, 22))
    amount = c.rng.randint(9000, 36000) / 100
    return "decision_maire", (
        f"MAIRIE DE {c.commune.upper()}\n\nDÉCISION N° {act(c)}\n"
        "portant remboursement de frais avancés par un agent — arbre de Noël du personnel\n\n"
        f"Le Maire de {c.commune}, agissant en vertu de la délégation consentie par le "
        "conseil municipal,\n"
        f"Considérant que {styled(c, sex, first, last)}, {c.pick(GRADES)}, a réglé "
        f"personnellement le {c.write_date(earlier(c, day, 5, 15))} l'achat des jouets et "
        "des friandises destinés aux enfants du personnel, le fournisseur n'acceptant pas le "
        "bon de commande administratif ;\nVu la facture acquittée jointe ;\n\n"
        "DÉCIDE\n"
        f"Article 1 — La somme de {euros(amount)} est remboursée à l'intéressé(e).\n"
        f"Article 2 — Le virement sera fait sur son compte : {iban_print(c)}.\n"
        "Article 3 — Compte 6232 « Fêtes et cérémonies ».\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def water_bill_direct_debit(c: Ctx) -> tuple[str, str]:
    _, first, last = anyone(c)
    day = c.date(2022, 2025)
    old = c.rng.randint(200, 3000)
    used = c.rng.randint(25, 140)
    water = used * 1.62
    sewer = used * 1.95
    total = 48 + water + sewer + used * 0.33
    return "facture", (
        f"RÉGIE DES EAUX DE {c.commune.upper()}\nFACTURE D'EAU ET D'ASSAINISSEMENT\n"
        f"N° de facture : {reference(c, 9)}      Date : {day.strftime('%d/%m/%Y')}\n\n"
        f"Abonné : {last.upper()} {first}\nAdresse de desserte : {c.address()}, {c.commune}\n"
        f"N° de contrat : {reference(c, 7)}    Compteur n° {c.pick(('A', 'I', 'D'))}"
        f"{digits(c, 2)}KA{reference(c, 6)}\n\n"
        f"Relevé précédent : {old} m3    Nouveau relevé : {old + used} m3    "
        f"Consommation : {used} m3\n\n"
        f"Abonnement eau potable (semestre)         48,00 €\n"
        f"Consommation eau {used} m3 x 1,62          {euros(water)}\n"
        f"Assainissement collectif {used} m3 x 1,95  {euros(sewer)}\n"
        f"Redevances Agence de l'eau                {euros(used * 0.33)}\n"
        f"TOTAL TTC                                 {euros(total)}\n\n"
        f"Mode de paiement : prélèvement automatique le {later(c, day, 15, 20).strftime('%d/%m')}"
        f"\nCompte débité : {iban_print(c)} (titulaire : {first[0]}. {last.upper()})"
    )


# --- sensitive by content: health of an identifiable person -------------------------------

ROADWORKS = ("SAS Voirie Services", "Colas agence de Cahors", "Eurovia Midi-Pyrénées")
MACHINERY = ("Motoculture du Quercy", "Agri-Service 46", "Ets Bousquet Matériel agricole")
MOWER_INJURIES = (
    "d'une fracture de la clavicule et de trois côtes",
    "d'une fracture du bassin, il a été opéré le lendemain",
    "d'un traumatisme crânien avec perte de connaissance et d'une plaie au cuir chevelu",
    "d'un écrasement du pied droit, deux orteils fracturés",
    "d'une entorse grave du genou et de contusions au thorax",
)


def mower_accident_minutes(c: Ctx) -> tuple[str, str]:
    _, first, last = man(c)
    day = c.date(2022, 2025)
    meeting = later(c, day, 6, 25)
    present = ", ".join(f"{c.pick(MEN + WOMEN)} {c.pick(SURNAMES).upper()}" for _ in range(5))
    return "pv_seance", (
        f"PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU {c.write_date(meeting).upper()}\n"
        f"Commune de {c.commune}\n\n"
        f"Présents : {c.mayor}, {present}\n"
        f"Excusés : {c.pick(WOMEN)} {c.pick(SURNAMES).upper()} (pouvoir au maire)\n"
        f"Secrétaire de séance : {c.pick(WOMEN)} {c.pick(SURNAMES).upper()}\n\n"
        "1. Approbation du procès-verbal de la séance précédente — adopté à l'unanimité.\n"
        f"2. Travaux de réfection du chemin de {c.pick(('la Fontaine', 'Borde Haute', 'Lasbals'))}"
        f" : le conseil retient l'offre de {c.pick(ROADWORKS)} pour "
        f"{euros(c.rng.randint(8000, 40000))} HT. Unanimité.\n"
        "3. Informations diverses\n"
        f"Monsieur le Maire informe l'assemblée de l'accident survenu le {c.write_date(day)} à "
        f"{first} {last.upper()}, agent des services techniques : le tracteur-tondeuse s'est "
        "renversé dans le talus en fauchant le bas-côté de la route départementale. "
        f"{first} souffre {c.pick(MOWER_INJURIES)} ; il a été hospitalisé au "
        f"{c.pick(HOSPITALS)} et restera en arrêt plusieurs semaines. La déclaration "
        "d'accident de service a été faite auprès de l'assureur statutaire. Le conseil lui "
        "adresse ses vœux de prompt rétablissement.\n"
        "M. le Maire indique qu'un arceau de sécurité sera installé sur le second tracteur.\n\n"
        f"L'ordre du jour étant épuisé, la séance est levée à {clock(c, 21, 22)}."
    )


LOAN_SITUATIONS = (
    "s'est cassé le col du fémur en tombant dans son jardin ; elle a été opérée et sort du "
    "service de soins de suite du {hospital} le {day}",
    "a fait un AVC en début d'année, elle garde une paralysie du côté gauche et sort de "
    "rééducation au {hospital} le {day}",
    "a été amputée de la jambe droite au-dessus du genou (son diabète), elle rentre de "
    "{hospital} le {day}",
    "a une sclérose en plaques qui s'aggrave, elle ne marche presque plus depuis sa poussée "
    "de cet hiver et son kiné nous dit qu'elle sera au fauteuil à la sortie du {hospital} "
    "le {day}",
)


def medical_loan_request(c: Ctx) -> tuple[str, str]:
    _, first, last = anyone(c)
    mother = f"{c.pick(('Marcelle', 'Josette', 'Yvonne', 'Simone', 'Paulette'))}"
    mother_last = c.pick(SURNAMES)
    day = c.date(2022, 2025)
    situation = c.pick(LOAN_SITUATIONS).format(
        hospital=c.pick(HOSPITALS), day=c.write_date(later(c, day, 4, 15))
    )
    return "courrier", (
        f"{first} {last}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"à Madame la Vice-présidente du CCAS de {c.commune}\n\n"
        f"le {c.write_date(day)}\n\n"
        "Objet : prêt de matériel\n\nMadame,\n\n"
        "La secrétaire de mairie m'a dit que le CCAS pouvait prêter du matériel le temps que "
        "la location soit mise en place par la pharmacie.\n"
        f"Ma mère, Mme {mother} {mother_last.upper()}, {c.rng.randint(78, 94)} ans, qui habite "
        f"{c.address()}, {situation}.\n"
        "Nous aurions besoin d'un fauteuil roulant et d'un rehausseur de toilettes pour les "
        "premières semaines. Je peux venir les chercher avec mon fourgon.\n"
        f"Vous pouvez me joindre au {mobile(c)}.\n\n"
        f"Merci beaucoup,\n{first} {last.upper()}"
    )


SPECIAL_DIETS = (
    "allergie aux protéines de lait de vache, PAI en cours",
    "phénylcétonurie, plateau hypoprotidique selon la fiche de la diététicienne du CHU",
    "mucoviscidose, repas enrichi, beurre + fromage en plus",
    "allergie sévère au sésame et au kiwi, trousse Anapen à l'école",
    "maladie de Crohn en poussée, sans fibres ni crudités jusqu'aux vacances",
)


CATERERS = ("Restauration Collective Dupuis", "API Restauration", "Occitanie Repas")


def canteen_special_meal_order(c: Ctx) -> tuple[str, str]:
    _, kid_first, kid_last = child(c)
    day = c.date(2022, 2025)
    small, big, adults = c.rng.randint(30, 70), c.rng.randint(60, 140), c.rng.randint(3, 9)
    return "bon_de_commande", (
        f"COMMUNE DE {c.commune.upper()} — RESTAURATION SCOLAIRE\n"
        f"BON DE COMMANDE N° {c.rng.randint(2022, 2025)}-{c.rng.randint(100, 999)}\n\n"
        f"Fournisseur : {c.pick(CATERERS)}\n"
        f"Lieu de livraison : restaurant scolaire, {c.pick(SCHOOLS)}\n"
        f"Semaine du {c.write_date(day)} — livraison en liaison froide\n\n"
        "Désignation                                   Qté/jour   PU HT\n"
        f"Repas maternelle                              {small}        2,85\n"
        f"Repas élémentaire                             {big}       3,10\n"
        f"Repas adulte                                  {adults}         3,60\n"
        f"Repas sans porc                               {c.rng.randint(2, 12)}         3,10\n"
        f"Repas spécial — {kid_first} {kid_last[0]}. ({c.pick(SPECIAL_DIETS)})"
        "   1   4,20\n\n"
        f"Imputation : 60623 — engagement n° {c.rng.randint(300, 900)}\n"
        f"Le responsable du restaurant scolaire, {c.pick(MEN + WOMEN)} "
        f"{c.pick(SURNAMES).upper()}"
    )


VOLUNTEER_NEWS = (
    "on m'a trouvé une petite tumeur au sein, rien de grave paraît-il mais je commence les "
    "rayons le {day}, tous les jours pendant 5 semaines",
    "ma polyarthrite s'est réveillée, je n'arrive plus à porter les caisses de livres ni à "
    "tenir un stylo certains matins, le rhumato change mon traitement",
    "je me fais poser une prothèse de genou le {day}, ensuite centre de rééducation",
    "j'ai fait une petite attaque (AIT) la semaine dernière, le neurologue veut me revoir "
    "le {day} et je n'ai plus le droit de conduire pour l'instant",
)


def library_volunteer_note(c: Ctx) -> tuple[str, str]:
    _, first, _last = woman(c)
    day = c.date(2022, 2025)
    news = c.pick(VOLUNTEER_NEWS).format(day=c.write_date(later(c, day, 4, 20)))
    boss = c.pick(("Christine", "Martine", "Pascale", "Nicole"))
    slot = c.pick(("du mercredi après-midi", "du samedi matin", "de l'accueil des classes"))
    return "courrier", (
        f"Bibliothèque — mot déposé dans le casier de {boss}\n"
        f"({c.write_date(day)})\n\n"
        f"{boss},\n"
        f"Je ne vais pas pouvoir tenir la permanence {slot} pendant un moment, je préfère te "
        f"le dire franchement : {news}.\n"
        "Je t'ai laissé les clés du bac de retours dans l'enveloppe et la liste des "
        "réservations en cours. Peut-être que Josiane ou Marc pourront me remplacer ?\n"
        "Je repasserai vous faire un coucou quand ça ira mieux.\n"
        f"Bises,\n{first}"
    )


JURY_REMARKS = (
    "Belle sonorité, tempo un peu précipité dans le 2e mouvement",
    "Lecture à vue solide, manque de nuances",
    "Très bonne préparation, justesse à travailler dans l'aigu",
    "Programme bien choisi, posture à surveiller",
    "Bon déchiffrage, rythme parfois approximatif",
)
JURY_HEALTH = (
    "a bénéficié d'un temps de déchiffrage majoré (dyslexie, PAP transmis par la famille)",
    "a joué avec une attelle à l'annulaire gauche (fracture récente) ; le jury en a tenu compte",
    "crise d'asthme en coulisse, a utilisé sa ventoline ; épreuve passée en fin de séance",
    "candidat malvoyant : partition agrandie en A3 fournie par l'école",
    "a dû interrompre sa pièce à cause d'une crise d'angoisse, reprise après 10 minutes",
)
MENTIONS = ("TB", "B", "AB", "TB félicitations", "B")


def music_exam_jury_report(c: Ctx) -> tuple[str, str]:
    day = dt.date(c.rng.randint(2022, 2025), c.rng.choice((5, 6)), c.rng.randint(1, 28))
    instrument = c.pick(("piano", "flûte traversière", "guitare", "saxophone", "violoncelle"))
    rows = []
    for _ in range(c.rng.randint(3, 5)):
        _, first, last = child(c)
        rows.append(f"{last.upper()} {first} | {c.pick(MENTIONS)} | {c.pick(JURY_REMARKS)}")
    _, first, last = child(c)
    rows.insert(
        c.rng.randint(0, len(rows)),
        f"{last.upper()} {first} | {c.pick(MENTIONS)} | {c.pick(JURY_HEALTH)}",
    )
    return "courrier", (
        f"École municipale de musique de {c.commune}\n"
        f"PROCÈS-VERBAL D'EXAMEN — FIN DE CYCLE 1 — {instrument.upper()}\n"
        f"Session du {c.write_date(day)}, auditorium\n\n"
        f"Jury : {c.pick(MEN + WOMEN)} {c.pick(SURNAMES).upper()} (président, conservatoire de "
        f"{c.pick(TOWNS)}), le directeur de l'école, le professeur de la classe (voix "
        "consultative)\n\n"
        "Élève | Mention | Observations du jury\n" + "\n".join(rows) + "\n\n"
        "Les élèves ayant obtenu au moins la mention B passent en cycle 2.\n"
        "Signatures des membres du jury"
    )


LATE_REASONS = (
    "elle sortait de sa séance de dialyse au {hospital}, qui a pris une heure de retard, et "
    "n'avait pas de réseau pour prévenir",
    "il sortait des urgences où on venait de lui recoudre la main (coupure au travail)",
    "elle est enceinte de huit mois et a fait un malaise sur l'autoroute, elle a dû s'arrêter "
    "sur une aire",
    "elle sortait de sa chimio au {hospital}, elle était très fatiguée et c'est sa voisine "
    "qui l'a ramenée",
    "il a été retenu chez le psychiatre, il nous a expliqué qu'il est suivi pour une "
    "dépression depuis la séparation",
)


def garderie_late_note(c: Ctx) -> tuple[str, str]:
    pronoun, kid_first, kid_last = child(c)
    sex, first, _ = anyone(c)
    day = c.date(2022, 2025)
    reason = c.pick(
        [r for r in LATE_REASONS if ("elle " in r[:5]) == (sex == "2")] or LATE_REASONS
    ).format(hospital=c.pick(HOSPITALS))
    parent = "la maman" if sex == "2" else "le papa"
    return "courrier", (
        f"ACCUEIL PÉRISCOLAIRE DU SOIR — {c.pick(SCHOOLS)}\n"
        "FICHE DE DÉPASSEMENT D'HORAIRE\n\n"
        f"Date : {c.write_date(day)}\n"
        f"Enfant : {kid_first} {kid_last.upper()}\n"
        "Heure de fermeture : 18 h 30 — heure d'arrivée du parent : "
        f"{c.pick(('18 h 45', '18 h 55', '19 h 05', '19 h 10', '19 h 25', '19 h 40'))}\n"
        f"Personne venue chercher l'enfant : {parent}, {first} {kid_last}\n\n"
        f"Explication donnée : {reason}.\n"
        f"{kid_first} a goûté une deuxième fois et a attendu avec nous dans la salle, "
        f"{pronoun} était calme.\n\n"
        "Pénalité de retard : non appliquée (appréciation de la responsable)\n"
        f"Animatrices présentes : {c.pick(WOMEN)} et {c.pick(WOMEN)}"
    )


PLAIN_ABSENCES = ("vacances", "chez mamie", "", "", "", "garde papa", "")
GROMMETS = (
    "opéré des végétations + pose de yoyos le {day}, retour prévu la semaine prochaine",
    "hospitalisé 48 h (bronchite asthmatiforme), pas d'accueil avant le certificat",
    "varicelle confirmée par le médecin, éviction jusqu'à ce que les croûtes tombent",
    "fracture du coude (chute du toboggan à la maison), plâtre 4 semaines",
    "conjonctivite purulente + otite, sous antibio, revient lundi",
)


def halte_garderie_register(c: Ctx) -> tuple[str, str]:
    monday = c.date(2022, 2025)
    monday -= dt.timedelta(days=monday.weekday())
    rows = []
    for _ in range(c.rng.randint(4, 6)):
        _, first, last = child(c)
        marks = " ".join(c.pick(("X", "X", "X", "-", "1/2")) for _ in range(4))
        rows.append(f"{first} {last[0]}. | {marks} | {c.pick(PLAIN_ABSENCES)}")
    _, first, last = child(c)
    note = c.pick(GROMMETS).format(day=c.write_date(monday))
    rows.insert(c.rng.randint(0, len(rows)), f"{first} {last[0]}. | - - - - | {note}")
    return "courrier", (
        f"HALTE-GARDERIE « {c.pick(('Les Copains d’abord', 'Pomme d’Api', 'Les Galipettes'))} »"
        f" — {c.commune}\n"
        f"REGISTRE DES PRÉSENCES — semaine du {c.write_date(monday)}\n"
        "(ouverture lundi, mardi, jeudi, vendredi — X = journée, 1/2 = demi-journée)\n\n"
        "Enfant | L M J V | Observations\n" + "\n".join(rows) + "\n\n"
        f"Visa de la responsable : {c.pick(WOMEN)} (EJE)"
    )


ALSH_TREATMENTS = (
    "drépanocytose : bien faire boire l'enfant, éviter le froid et les gros efforts ; en cas "
    "de douleur ou de fièvre appeler les parents et le centre de référence",
    "syndrome néphrotique, sous corticoïdes (Solupred le matin) ; régime sans sel",
    "migraines avec aura, Advil prescrit par le neuropédiatre, repos au calme dans le noir",
    "hypothyroïdie, Levothyrox donné à la maison le matin, rien à faire sur le centre",
)


def alsh_registration_form(c: Ctx) -> tuple[str, str]:
    pronoun, first, last = child(c)
    born = c.date(2013, 2019)
    sex, p_first, _ = anyone(c)
    year = c.rng.randint(2022, 2025)
    return "periscolaire_inscription", (
        f"ACCUEIL DE LOISIRS SANS HÉBERGEMENT DE {c.commune.upper()}\n"
        f"DOSSIER D'INSCRIPTION — ÉTÉ {year}\n\n"
        f"Nom de l'enfant : {last.upper()}        Prénom : {first}\n"
        f"Né{'e' if pronoun == 'elle' else ''} le : {born.strftime('%d/%m/%Y')}      "
        f"École : {c.pick(SCHOOLS)}\n"
        f"Responsable légal : {'Mme' if sex == '2' else 'M.'} {p_first} {last.upper()} — "
        f"{mobile(c)}\n\n"
        "Semaines réservées : "
        + ", ".join(c.rng.sample(["S1", "S2", "S3", "S4", "S5", "S6"], 3))
        + "\n\nRENSEIGNEMENTS MÉDICAUX\n"
        "Allergies : ☐ oui ☒ non\n"
        "L'enfant suit-il un traitement ou a-t-il une maladie chronique ? ☒ oui ☐ non\n"
        f"Précisez : {c.pick(ALSH_TREATMENTS)}\n"
        f"Médecin traitant : Dr {c.pick(SURNAMES)}, {c.pick(TOWNS)}\n\n"
        "Autorisation de sortie seul : non\n"
        f"Fait à {c.commune}, le {c.write_date(dt.date(year, 5, c.rng.randint(2, 28)))}"
    )


ARREARS_HEALTH = (
    "je suis en arrêt maladie depuis le {day} pour une dépression sévère, et les indemnités "
    "journalières de la CPAM n'arrivent qu'avec un mois de retard",
    "j'ai été opéré{e} du dos (hernie discale) le {day} et depuis je ne touche plus que les IJ, "
    "soit la moitié de mon salaire",
    "mon cancer du côlon a été découvert en {month}, je suis en chimiothérapie et je ne "
    "peux plus faire mes ménages chez les particuliers",
    "je sors d'une cure de désintoxication (alcool) de trois mois au {hospital}, pendant ce "
    "temps plus personne ne s'occupait de mes papiers",
)


def tenant_arrears_health_letter(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    health = c.pick(ARREARS_HEALTH).format(
        e="e" if sex == "2" else "",
        day=c.write_date(earlier(c, day, 30, 120)),
        month=MONTHS_FR[earlier(c, day, 90, 150).month - 1],
        hospital=c.pick(HOSPITALS),
    )
    return "courrier", (
        f"{styled(c, sex, first, last)}\nLogement communal — {c.address()}\n{c.commune}\n\n"
        f"Le {c.write_date(day)}\n\nMonsieur le Maire,\n\n"
        "J'ai bien reçu la lettre de relance du Trésor public pour les loyers de "
        f"{MONTHS_FR[(day - dt.timedelta(days=60)).month - 1]} et "
        f"{MONTHS_FR[(day - dt.timedelta(days=28)).month - 1]}. Je ne refuse pas de payer mais je "
        f"traverse une période difficile : {health}.\n"
        "Je vous demande s'il est possible d'étaler la dette sur plusieurs mois, je peux "
        f"verser {c.rng.choice((50, 60, 80, 100))} € de plus par mois.\n"
        "Je reste à votre disposition pour en parler, je peux passer en mairie un matin.\n\n"
        f"{c.pick(SIGN_OFFS)}\n\n{first} {last.upper()}"
    )


AID_PLAIN = (
    "facture EDF impayée, menace de coupure",
    "panne de voiture, en CDD à 25 km",
    "attente ouverture des droits CAF (séparation)",
    "dette cantine 3 enfants",
    "frais d'obsèques de son père (reste à charge)",
    "loyer de septembre, perte d'emploi",
)
AID_HEALTH = (
    "reste à charge prothèse dentaire après son cancer de la gorge",
    "déplacements au CHU pour rendre visite à son fils hospitalisé en psychiatrie",
    "lunettes après sa double opération de la cataracte",
    "dépassement d'honoraires chirurgien (prothèse de hanche)",
    "appareils auditifs (surdité sévère des deux oreilles)",
)


def ccas_urgent_aid_table(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = []
    for motive in c.rng.sample(AID_PLAIN, c.rng.randint(3, 5)):
        sex, first, last = anyone(c)
        rows.append(
            f"{'Mme' if sex == '2' else 'M.'} {first[0]}. {last.upper()} | "
            f"{c.pick(('personne seule', 'couple + 2', 'isolé(e) + 1', 'couple + 3'))} | "
            f"{motive} | {c.rng.choice((80, 100, 150, 200, 250))} € | favorable"
        )
    sex, first, last = anyone(c)
    rows.insert(
        c.rng.randint(0, len(rows)),
        f"{'Mme' if sex == '2' else 'M.'} {first[0]}. {last.upper()} | "
        f"{c.pick(('personne seule', 'couple'))} | {c.pick(AID_HEALTH)} | "
        f"{c.rng.choice((150, 200, 300, 400))} € | favorable",
    )
    rows = [f"{n} | {row}" for n, row in enumerate(rows, start=1)]
    return "courrier", (
        f"CCAS de {c.commune}\nCOMMISSION PERMANENTE DU {c.write_date(day).upper()}\n"
        "Examen des demandes d'aides facultatives (secours d'urgence)\n\n"
        "N° | Demandeur | Foyer | Motif | Montant proposé | Avis\n" + "\n".join(rows) + "\n\n"
        "Les aides seront versées directement aux créanciers lorsque c'est possible.\n"
        "Document confidentiel — ne pas diffuser"
    )


ATSEM_NEWS = (
    "je suis enceinte de {weeks} semaines. La médecin de prévention recommande que je ne "
    "porte plus les enfants et que je n'utilise plus le produit détartrant des sanitaires",
    "je suis enceinte ({weeks} SA) et on vient de me diagnostiquer un diabète gestationnel, "
    "je dois manger à heures fixes et faire des glycémies, donc je ne pourrai plus décaler ma "
    "pause de midi",
    "ma grossesse se complique (contractions à {weeks} semaines), la sage-femme me met au "
    "repos et je serai arrêtée à partir de lundi",
)


def atsem_pregnancy_mail(c: Ctx) -> tuple[str, str]:
    _, first, last = woman(c)
    day = c.date(2022, 2025)
    news = c.pick(ATSEM_NEWS).format(weeks=c.rng.randint(12, 30))
    return "courrier", (
        mail_header(
            c,
            f"{first} {last}",
            home_box(c, first, last),
            to=town_box(c, "scolaire"),
            subject=c.pick(("info perso", "organisation classe des petits", "grossesse")),
            day=day,
        )
        + f"\nBonjour Madame {c.pick(SURNAMES)},\n\n"
        f"Je vous écris pour vous prévenir avant d'en parler à la directrice : {news}.\n"
        "Est-ce qu'il serait possible de voir avec l'école pour que la collègue de la classe "
        "des moyens m'aide pour l'habillage et la sieste ?\n"
        "Je vous apporte le certificat demain matin.\n\n"
        f"Cordialement,\n{first} {last.upper()}\nATSEM — {c.pick(SCHOOLS)}"
    )


RASED_CONDITIONS = (
    "une phobie scolaire : crises d'angoisse tous les matins, maux de ventre, il refuse de "
    "monter dans la voiture",
    "des troubles anxieux importants depuis le décès de son grand-père ; il voit aussi une "
    "pédopsychiatre au CMP",
    "un trouble dys (dyspraxie diagnostiquée en mars), ce qui le met en grande difficulté "
    "pour écrire",
    "un mutisme sélectif : il ne parle à aucun adulte de l'école depuis la petite section",
)


AT_SCHOOL = ("à l'école Jules Ferry", "au groupe scolaire Pasteur")


def rased_parent_letter(c: Ctx) -> tuple[str, str]:
    _, first, last = anyone(c)
    boy = c.pick(BOYS)
    day = c.date(2022, 2025)
    grade = c.pick(("CP", "CE1", "CE2", "CM1"))
    return "courrier", (
        f"M. et Mme {last.upper()}\n{c.address()}\n{c.commune}\n\n"
        f"{c.commune}, le {c.write_date(day)}\n\n"
        "Objet : poste de psychologue de l'Éducation nationale (RASED)\n\n"
        "Monsieur le Maire,\n\n"
        "Nous avons appris en conseil d'école que la commune envisage de reprendre le local "
        "mis à disposition du RASED et que le poste de psychologue pourrait être déplacé.\n"
        f"Notre fils {boy}, en {grade} {c.pick(AT_SCHOOL)}, est suivi depuis l'an dernier "
        f"par la psychologue scolaire pour {c.pick(RASED_CONDITIONS)}.\n"
        "Ce suivi l'aide énormément et nous ne pourrions pas l'emmener chaque semaine à "
        f"{c.pick(TOWNS)}.\n"
        "Nous vous demandons de tout faire pour que ce service reste dans l'école.\n\n"
        f"{c.pick(SIGN_OFFS)}\n\n{first} {last}"
    )


MUTATION_REASONS = (
    "mon épouse, {name}, est dialysée trois fois par semaine au {hospital} et ne peut plus "
    "conduire ; je fais chaque fois {km} km aller-retour",
    "ma compagne, {name}, suit une chimiothérapie au {hospital} pour un cancer du pancréas et "
    "a besoin de moi au quotidien",
    "notre fils est reconnu handicapé (infirmité motrice cérébrale) et vient d'être admis "
    "dans un IME à côté de {town}",
    "mon mari, {name}, a été amputé après son accident de moto et notre maison de plain-pied "
    "est à {town}",
)


def mutation_request_health(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    _, partner, _ = woman(c) if sex == "1" else man(c)
    day = c.date(2022, 2025)
    town = c.pick(TOWNS)
    reasons = [r for r in MUTATION_REASONS if ("mon mari" in r) == (sex == "2")]
    reason = c.pick(tuple(reasons)).format(
        name=f"{partner} {last}",
        hospital=c.pick(HOSPITALS),
        km=c.rng.randint(60, 180),
        town=town,
    )
    return "courrier", (
        f"{first} {last.upper()}\n{c.pick(GRADES)}\n\n"
        f"à Monsieur le Maire de {c.commune}\n\n{c.commune}, le {c.write_date(day)}\n\n"
        "Objet : demande de mutation — avis du maire\n\n"
        "Monsieur le Maire,\n\n"
        f"J'ai l'honneur de vous informer que j'ai postulé sur un poste équivalent à la mairie "
        f"de {town} et je sollicite votre accord pour une mutation à compter du "
        f"{c.write_date(later(c, day, 60, 120))}.\n"
        f"Ma demande est motivée par ma situation familiale : {reason}.\n"
        f"Je suis bien conscient{'e' if sex == '2' else ''} du délai de préavis de trois mois "
        "et je m'engage à former la personne qui me remplacera.\n\n"
        f"{c.pick(SIGN_OFFS)}\n\n{first} {last.upper()}"
    )


SUMMER_INJURIES = (
    "projection d'un caillou dans l'œil gauche en débroussaillant ; conduit aux urgences "
    "ophtalmologiques du {hospital}, lésion de la cornée, pansement occlusif et 5 jours d'arrêt",
    "coupure profonde à l'avant-bras en manipulant une tôle ; 7 points de suture à la maison "
    "médicale, arrêt jusqu'à lundi",
    "piqué par des guêpes (une dizaine de piqûres) en taillant la haie du stade ; gonflement "
    "du visage, traité aux urgences du {hospital} et gardé en observation",
    "malaise en plein soleil vers 15 h (coup de chaleur), vomissements ; ramené chez ses "
    "parents après passage du médecin",
)


def summer_job_injury_report(c: Ctx) -> tuple[str, str]:
    _, first, last = man(c)
    day = dt.date(c.rng.randint(2022, 2025), c.rng.choice((7, 8)), c.rng.randint(1, 28))
    chief = f"{c.pick(MEN)} {c.pick(SURNAMES).upper()}"
    injury = c.pick(SUMMER_INJURIES).format(hospital=c.pick(HOSPITALS))
    return "courrier", (
        f"Services techniques — {c.commune}\n\nRAPPORT À MONSIEUR LE MAIRE\n\n"
        f"Objet : incident du {c.write_date(day)} — emploi d'été\n\n"
        f"Le jeune {first} {last.upper()}, {c.rng.randint(16, 18)} ans, recruté en "
        f"{MONTHS_FR[day.month - 1]} aux espaces verts, a été victime à "
        f"{clock(c, 9, 16)} de l'incident suivant : {injury}.\n"
        "Ses parents ont été prévenus immédiatement. La déclaration d'accident a été "
        "transmise au service du personnel.\n"
        "Je rappelle que les équipements de protection (lunettes, gants, jambières) sont "
        "obligatoires ; ils lui avaient été remis le premier jour.\n\n"
        f"Le responsable des services techniques,\n{chief}"
    )


MEDAL_EXCUSES = (
    "je me fais poser un stent mardi au {hospital}, le cardiologue m'a trouvé une artère bouchée",
    "je suis toujours en rééducation après mon opération de l'épaule, je ne peux pas conduire",
    "on m'opère de la prostate jeudi, je serai encore hospitalisé",
    "mon zona m'empêche de dormir et de m'habiller correctement, le médecin m'a arrêté 15 jours",
)


def medal_ceremony_excuse(c: Ctx) -> tuple[str, str]:
    _, first, last = man(c)
    secretary = c.pick(WOMEN)
    excuse = c.pick(MEDAL_EXCUSES).format(hospital=c.pick(HOSPITALS))
    day = c.date(2022, 2025)
    return "courrier", (
        f"SMS reçu sur le portable de la mairie — {day.strftime('%d/%m/%Y')} {hhmm(c, 8, 19)}\n"
        f"De : {mobile(c)} ({first} {last[0]}.)\n\n"
        f"Bonjour {secretary} c {first}. Je pourrai pas venir a la remise des medailles "
        f"vendredi, {excuse}. Je suis decu. Tu peux garder ma medaille et le diplome a la "
        f"mairie je passerai les chercher. Dis merci au maire pour moi. {first} {last}\n\n"
        f"— transmis au cabinet du maire par {secretary}"
    )


TREE_HEALTH = (
    "malentendant appareillé : le placer au premier rang pour le spectacle",
    "autiste, supporte mal le bruit : prévoir son casque et un coin calme",
    "en fauteuil (IMC) : accès par la rampe côté parking",
    "épileptique, ne pas le mettre devant les lumières clignotantes du magicien",
    "diabète type 1 : goûter sans sucre, sa maman vient avec lui",
)


def christmas_children_list(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rows = []
    for _ in range(c.rng.randint(4, 6)):
        _, a_first, a_last = anyone(c)
        _, k_first, _ = child(c)
        rows.append(
            f"{a_last.upper()} {a_first} | {k_first} | {c.rng.randint(2, 11)} ans | "
            f"{c.pick(('lego', 'livre', 'jeu de société', 'poupée', 'déguisement'))} |"
        )
    _, a_first, a_last = anyone(c)
    _, k_first, _ = child(c)
    rows.insert(
        c.rng.randint(0, len(rows)),
        f"{a_last.upper()} {a_first} | {k_first} | {c.rng.randint(4, 11)} ans | "
        f"{c.pick(('lego', 'livre', 'jeu de société'))} | {c.pick(TREE_HEALTH)}",
    )
    return "courrier", (
        f"COMITÉ D'ACTION SOCIALE — MAIRIE DE {c.commune.upper()}\n"
        f"ARBRE DE NOËL DES AGENTS — samedi {c.rng.randint(10, 17)} décembre {year}, "
        "salle des fêtes\n"
        "Liste des enfants inscrits (à remettre au Père Noël et à l'équipe d'accueil)\n\n"
        "Agent | Enfant | Âge | Cadeau | Remarque\n" + "\n".join(rows) + "\n\n"
        "Spectacle à 15 h, goûter à 16 h 15. Merci de rendre la liste au secrétariat."
    )


RIDE_INJURIES = (
    "d'une fracture de l'avant-bras et d'un traumatisme crânien",
    "de contusions multiples et d'une fracture de la mâchoire",
    "d'une plaie profonde à la cuisse nécessitant une intervention chirurgicale",
    "d'une luxation de l'épaule et d'une commotion cérébrale",
)


def funfair_ride_arrete(c: Ctx) -> tuple[str, str]:
    pronoun, first, last = child(c)
    day = dt.date(c.rng.randint(2022, 2025), c.rng.choice((4, 5, 9, 10)), c.rng.randint(1, 28))
    ride = c.pick(("Le Tagada", "Crazy Mouse", "Le Booster", "Les Chaises volantes"))
    owner = f"{c.pick(MEN)} {c.pick(SURNAMES).upper()}"
    e = "e" if pronoun == "elle" else ""
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ DU MAIRE N° {act(c, 'PM')}\n"
        "portant fermeture d'un manège de la fête foraine\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 "
        "et L. 2212-2 ;\nVu le décret n° 2008-1458 relatif à la sécurité des manèges ;\n"
        f"Considérant l'accident survenu le {c.write_date(day)} vers {clock(c, 16, 22)} sur le "
        f"manège « {ride} » exploité par M. {owner} ;\n"
        f"Considérant que {'la' if e else 'le'} jeune {first} {last.upper()}, "
        f"{c.rng.randint(8, 14)} ans, a été éjecté{e} de sa nacelle et souffre "
        f"{c.pick(RIDE_INJURIES)}, et qu'{pronoun} a été transporté{e} au "
        f"{c.pick(HOSPITALS)} ;\n"
        "Considérant l'urgence ;\n\nARRÊTE\n\n"
        f"Article 1 : l'exploitation du manège « {ride} » est interdite jusqu'à la production "
        "d'un rapport de contrôle établi par un organisme agréé.\n"
        "Article 2 : la gendarmerie et la police municipale sont chargées de l'exécution du "
        "présent arrêté.\n\n"
        f"Fait à {c.commune}, le {c.write_date(later(c, day, 0, 1))}\nLe Maire"
    )


CAT_HEALTH = (
    "elle a fait deux crises d'asthme ce mois-ci, dont une nuit où nous avons fini aux "
    "urgences du {hospital}",
    "son allergologue a confirmé une allergie sévère au chat (test cutané très positif) et "
    "elle est maintenant sous traitement de fond",
    "ses yeux gonflent, elle tousse toute la nuit et le pneumologue parle de l'hospitaliser si "
    "ça continue",
)


def stray_cats_complaint(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    girl = c.pick(GIRLS)
    neighbour = c.pick(("Mme", "M.")) + " " + c.pick(SURNAMES)
    day = c.date(2022, 2025)
    health = c.pick(CAT_HEALTH).format(hospital=c.pick(HOSPITALS))
    return "courrier", (
        f"{styled(c, sex, first, last)}\n{c.address()}\n\n"
        f"à Monsieur le Maire de {c.commune}\n\nLe {c.write_date(day)}\n\n"
        "Objet : chats errants\n\nMonsieur le Maire,\n\n"
        f"Je me permets de vous écrire à nouveau au sujet des chats que {neighbour} nourrit "
        f"dans la cour commune : ils sont maintenant une quinzaine, ils dorment sur nos "
        "rebords de fenêtre et font leurs besoins dans le bac à sable.\n"
        f"Notre fille {girl}, {c.rng.randint(3, 10)} ans, est très allergique aux chats : "
        f"{health}.\n"
        "Pouvez-vous faire intervenir la fourrière ou l'association pour les capturer et les "
        "faire stériliser ? Nous n'en pouvons plus.\n\n"
        f"{c.pick(SIGN_OFFS)}\n{first} {last.upper()}"
    )


NOISE_HEALTH = (
    "depuis la soirée du {day} j'ai des acouphènes en permanence, l'ORL parle d'un "
    "traumatisme sonore et m'a mise sous corticoïdes",
    "je suis en traitement pour un cancer et je dois me reposer, mon oncologue insiste, mais "
    "les basses me réveillent jusqu'à 3 h du matin",
    "mon mari est atteint de la maladie d'Alzheimer et ces bruits le mettent dans des états "
    "d'agitation terribles, il a fallu appeler le médecin de garde le {day}",
    "je suis enceinte de 7 mois, ma sage-femme trouve ma tension trop haute et me demande "
    "de dormir, ce qui est impossible les vendredis et samedis",
)


def noise_complaint_mail(c: Ctx) -> tuple[str, str]:
    _, first, last = woman(c)
    day = c.date(2022, 2025)
    place = c.pick(("du bar-tabac de la place", "de la salle des fêtes", "du snack du lac"))
    health = c.pick(NOISE_HEALTH).format(day=c.write_date(earlier(c, day, 3, 20)))
    return "courrier", (
        mail_header(
            c,
            f"{first} {last}",
            home_box(c, first, last),
            to=town_box(c, "contact"),
            subject=c.pick(("nuisances sonores", "bruit !!!", "tapage nocturne - 3e mail")),
            day=day,
        )
        + "\nMonsieur le Maire,\n\n"
        f"Je vous écris encore une fois pour le bruit {place}. Musique amplifiée, clients "
        "qui crient dehors, portières à 2 h du matin.\n"
        f"Ce n'est plus seulement une question de confort : {health}.\n"
        "J'habite juste en face, au "
        f"{c.address()}. J'ai appelé la gendarmerie deux fois, sans effet.\n"
        "Je vous demande de faire respecter l'arrêté sur les horaires et de venir constater.\n\n"
        f"{first} {last.upper()}"
    )


def lead_poisoning_visit(c: Ctx) -> tuple[str, str]:
    pronoun, first, last = child(c)
    day = c.date(2022, 2025)
    level = c.rng.randint(52, 180)
    e = "e" if pronoun == "elle" else ""
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()} — SERVICE HYGIÈNE ET SALUBRITÉ\n"
        f"COMPTE RENDU DE VISITE DU {c.write_date(day).upper()}\n\n"
        f"Adresse : {c.address()}, {c.commune} — maison de ville, bailleur privé\n"
        f"Occupants : famille {last.upper()} (2 adultes, 3 enfants)\n"
        "Présents : l'inspecteur de salubrité de l'ARS, l'adjoint au logement, la mère\n\n"
        "Motif : signalement de l'ARS suite à la déclaration obligatoire d'un cas de "
        f"saturnisme infantile : {first}, {c.rng.randint(1, 4)} ans, plombémie de {level} µg/L "
        f"au dernier dosage ; l'enfant est suivi{e} par le service de pédiatrie.\n\n"
        "Constats :\n"
        "- peintures anciennes écaillées sur les huisseries et les volets intérieurs ;\n"
        "- écailles au sol dans la chambre des enfants ;\n"
        "- canalisations en plomb visibles sous l'évier.\n\n"
        "Suites : diagnostic de risque d'intoxication au plomb demandé au préfet ; travaux "
        "palliatifs à la charge du propriétaire ; relogement temporaire à étudier avec le CCAS."
    )


FARMER_HEALTH = (
    "je me suis fait opérer d'une hernie discale en octobre et le chirurgien m'interdit le "
    "tracteur jusqu'au printemps",
    "avec mon cœur (on m'a posé deux stents en septembre) le cardiologue ne veut pas que je "
    "reste des nuits dehors au froid",
    "ma hanche est à changer, l'opération est prévue le {day} et je serai en rééducation "
    "tout l'hiver",
)


PLACES = ("Le Bousquet", "Lasbordes", "La Croix", "Les Granges", "Peyrelevade")


def farmer_snow_letter(c: Ctx) -> tuple[str, str]:
    _, first, last = man(c)
    year = c.rng.randint(2022, 2025)
    day = dt.date(year, c.rng.choice((10, 11)), c.rng.randint(1, 28))
    health = c.pick(FARMER_HEALTH).format(day=c.write_date(later(c, day, 20, 60)))
    return "courrier", (
        f"{first} {last.upper()}\nexploitant agricole\nlieu-dit {c.pick(PLACES)}\n\n"
        "Monsieur le Maire,\n\n"
        "Comme chaque hiver depuis onze ans, je devais assurer le déneigement des routes "
        f"communales du secteur nord avec ma lame. Cette année ce ne sera pas possible : "
        f"{health}.\n"
        "Mon fils reprend la ferme mais il n'a pas le temps avec les bêtes. Je vous préviens "
        "tôt pour que vous puissiez trouver quelqu'un d'autre. Je peux prêter la lame si "
        "besoin.\n\n"
        f"Bien à vous,\n{first} {last}\n{c.commune}, le {c.write_date(day)}"
    )


LEAK_HEALTH = (
    "j'étais hospitalisé{e} au {hospital} du {start} au {end} pour une embolie pulmonaire",
    "j'ai été opéré{e} du cœur (triple pontage) et je suis resté{e} en convalescence chez "
    "ma fille du {start} au {end}",
    "après ma chute du {start} je suis resté{e} en centre de rééducation jusqu'au {end}",
)


def water_leak_hospital_letter(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    start = earlier(c, day, 60, 120)
    health = c.pick(LEAK_HEALTH).format(
        e="e" if sex == "2" else "",
        hospital=c.pick(HOSPITALS),
        start=c.write_date(start),
        end=c.write_date(later(c, start, 15, 40)),
    )
    used = c.rng.randint(180, 900)
    return "courrier", (
        f"{styled(c, sex, first, last)}\n{c.address()}\n{c.commune}\n\n"
        f"Service de l'eau — Mairie de {c.commune}\n\n"
        f"Objet : facture n° {reference(c, 9)} — consommation anormale\n\n"
        "Madame, Monsieur,\n\n"
        f"Je viens de recevoir une facture de {used} m3 alors que je consomme habituellement "
        "une quarantaine de m3 par semestre. Je ne m'en suis pas "
        f"aperçu{'e' if sex == '2' else ''} car {health}. "
        "Pendant ce temps, le raccord du groupe de sécurité du chauffe-eau a cédé.\n"
        "Le plombier a réparé le "
        f"{c.write_date(earlier(c, day, 2, 10))}, je joins sa facture.\n"
        "Je sollicite l'écrêtement de ma facture prévu pour les fuites après compteur.\n\n"
        f"{c.pick(SIGN_OFFS)}\n{first} {last}"
    )


PLU_PLAIN = (
    "demande le classement de la parcelle {parcel} en zone constructible (UB) ; la parcelle "
    "est desservie par les réseaux",
    "s'oppose à l'emplacement réservé n° {n} qui ampute son jardin",
    "demande que la haie de chênes le long du chemin soit protégée au titre de l'article "
    "L. 151-23",
    "s'interroge sur la hauteur autorisée en zone UA (12 m), jugée excessive",
    "signale une erreur de zonage : le hangar agricole de la parcelle {parcel} est classé en N",
)
PLU_HEALTH = (
    "demandent que la parcelle {parcel} reste constructible pour y bâtir une maison de "
    "plain-pied pour leur fils {boy}, porteur de trisomie 21, afin qu'il vive près d'eux",
    "expliquent que Mme est atteinte de sclérose latérale amyotrophique et qu'ils doivent "
    "construire de plain-pied sur la parcelle {parcel} avant que sa maladie ne progresse",
    "demandent une extension de la zone U pour accueillir leur fille {girl}, "
    "schizophrène stabilisée, dans un petit logement au fond du terrain",
)


def plu_register_observations(c: Ctx) -> tuple[str, str]:
    start = c.date(2022, 2025)
    rows = []
    for template in c.rng.sample(PLU_PLAIN, c.rng.randint(3, 5)):
        sex, first, last = anyone(c)
        text = template.format(
            parcel=f"{c.pick(('ZA', 'ZB', 'AB', 'C'))} {c.rng.randint(10, 400)}",
            n=c.rng.randint(1, 12),
        )
        rows.append(f"{styled(c, sex, first, last)} {text}.")
    _, _, last = anyone(c)
    health = c.pick(PLU_HEALTH).format(
        parcel=f"{c.pick(('ZA', 'ZB', 'AB', 'C'))} {c.rng.randint(10, 400)}",
        boy=c.pick(BOYS),
        girl=c.pick(GIRLS),
    )
    rows.insert(c.rng.randint(0, len(rows)), f"M. et Mme {last.upper()} {health}.")
    rows = [f"Obs. n° {i} — {row}" for i, row in enumerate(rows, start=1)]
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\nENQUÊTE PUBLIQUE — RÉVISION GÉNÉRALE DU PLAN LOCAL "
        "D'URBANISME\n"
        f"Registre d'enquête — transcription des observations (du {c.write_date(start)} au "
        f"{c.write_date(later(c, start, 30, 32))})\n"
        f"Commissaire enquêteur : {c.pick(MEN)} {c.pick(SURNAMES).upper()}\n\n"
        + "\n".join(rows)
        + "\n\nCopie transmise au bureau d'études pour le mémoire en réponse."
    )


def alsh_menu_with_child(c: Ctx) -> tuple[str, str]:
    pronoun, first, last = child(c)
    monday = c.date(2022, 2025)
    monday -= dt.timedelta(days=monday.weekday())
    days = (
        ("Lundi", "carottes râpées", "poulet rôti, haricots verts", "yaourt", 52),
        ("Mardi", "melon", "lasagnes", "compote", 68),
        ("Mercredi", "taboulé", "poisson pané, épinards", "fromage blanc", 61),
        ("Jeudi", "salade verte", "sauté de porc (ou dinde), riz", "fruit", 58),
        ("Vendredi", "tomates", "omelette, pommes de terre", "glace", 64),
    )
    menu = "\n".join(f"{d} : {a} / {b} / {e}" for d, a, b, e, _ in days)
    counts = "\n".join(f"{d} : {g} g de glucides" for d, *_, g in days)
    condition = c.pick(
        (
            "diabète de type 1, pompe à insuline",
            "diabète de type 1, stylos, 4 injections par jour",
        )
    )
    return "courrier", (
        f"ALSH de {c.commune} — menus de la semaine du {c.write_date(monday)}\n\n"
        + menu
        + "\nGoûters : pain + chocolat, fruit, biscuits, lait.\n\n"
        f"Adaptation individuelle — {first} {last[0]}. — {condition}\n"
        "Comptage des glucides par repas, à transmettre à l'animateur référent qui fait le "
        f"bolus avec {'lui' if pronoun == 'il' else 'elle'} :\n"
        + counts
        + f"\nContrôle de glycémie avant le repas et à {clock(c, 15, 16)} ; sucre dans son sac."
    )


def adjoint_illness_deliberation(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    rank = c.pick(("deuxième", "troisième", "quatrième"))
    area = c.pick(("de la voirie et des bâtiments", "des affaires scolaires", "de l'urbanisme"))
    e = "e" if sex == "2" else ""
    illness = c.pick(
        (
            f"est hospitalisé{e} depuis le {c.write_date(earlier(c, day, 30, 90))} pour le "
            "traitement d'une leucémie",
            "est en arrêt de longue durée à la suite de son infarctus du "
            f"{c.write_date(earlier(c, day, 30, 90))}",
            "suit un traitement lourd contre un cancer qui l'empêche d'assurer ses permanences",
        )
    )
    return "deliberation", (
        f"DÉPARTEMENT {c.pick(('DE TARN-ET-GARONNE', 'DU LOT', 'DU GERS', 'DE MAINE-ET-LOIRE'))}\n"
        f"COMMUNE DE {c.commune.upper()}\nExtrait du registre des délibérations\n"
        f"Séance du {c.write_date(day)}\n\n"
        f"Délibération n° {act(c)}\n"
        "Objet : répartition provisoire des indemnités de fonction\n\n"
        f"Monsieur le Maire expose que {'Madame' if e else 'Monsieur'} {first} {last.upper()}, "
        f"{rank} adjoint{e} chargé{e} {area}, {illness}.\n"
        f"Pendant son absence, la délégation sera exercée par le conseiller municipal "
        f"{c.pick(MEN)} {c.pick(SURNAMES).upper()}, qu'il convient d'indemniser dans "
        "l'enveloppe existante.\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité :\n"
        "- fixe l'indemnité du conseiller délégué à 6 % de l'indice brut terminal ;\n"
        "- dit que l'enveloppe globale reste inchangée.\n\n"
        f"Pour extrait conforme, le Maire, {c.mayor}"
    )


HOUSING_HEALTH = (
    "amputée de la jambe gauche lors de son séjour au {hospital}, ne peut plus monter "
    "l'escalier de son logement",
    "sortant du {hospital} après un AVC, se déplace désormais en fauteuil roulant",
    "sous oxygène depuis son hospitalisation pour insuffisance respiratoire, ne peut plus "
    "vivre dans un logement sans ascenseur",
)


def emergency_housing_health_decision(c: Ctx) -> tuple[str, str]:
    _, first, last = woman(c)
    day = c.date(2022, 2025)
    health = c.pick(HOUSING_HEALTH).format(hospital=c.pick(HOSPITALS))
    return "decision_maire", (
        f"MAIRIE DE {c.commune.upper()}\nDÉCISION N° {act(c, 'D')}\n"
        "Objet : mise à disposition à titre précaire du logement d'urgence communal\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu la délibération du conseil municipal portant délégation au maire (article "
        "L. 2122-22 5° du CGCT) ;\n"
        f"Considérant que Mme {first} {last.upper()}, {c.rng.randint(60, 88)} ans, domiciliée "
        f"{c.address()}, {health} ;\n"
        "Considérant que le logement d'urgence de l'ancienne école, de plain-pied, est vacant ;"
        "\n\nDÉCIDE\n\n"
        "Article 1 : le logement d'urgence est mis à disposition de l'intéressée du "
        f"{c.write_date(later(c, day, 1, 5))} au {c.write_date(later(c, day, 90, 100))}.\n"
        f"Article 2 : une indemnité d'occupation de {c.rng.choice((80, 100, 150))} € par mois "
        "est fixée.\n"
        "Article 3 : une convention d'occupation précaire sera signée.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def festival_committee_letter(c: Ctx) -> tuple[str, str]:
    _, president, p_last = man(c)
    sex, first, last = anyone(c)
    year = c.rng.randint(2022, 2025)
    day = dt.date(year, c.rng.choice((7, 8)), c.rng.randint(1, 28))
    fair = c.pick(("foire de la Saint-Michel", "fête votive", "foire aux melons", "fête du pain"))
    illness = c.pick(
        (
            "est toujours hospitalisé après son infarctus de juin",
            "se remet doucement de son opération de la vésicule",
            "est en soins palliatifs à domicile, sa famille nous a demandé de continuer sans lui",
            "a été opéré d'une tumeur au cerveau et ne reprendra pas avant l'an prochain",
        )
    )
    return "courrier", (
        f"COMITÉ DES FÊTES DE {c.commune.upper()}\nassociation loi 1901\n\n"
        f"à Monsieur le Maire\n\n{c.commune}, le {c.write_date(day)}\n\n"
        f"Objet : {fair} {year} — demande de matériel et d'arrêté\n\n"
        "Monsieur le Maire,\n\n"
        f"Comme vous le savez, notre président, {president} {p_last.upper()}, {illness}. "
        f"C'est donc moi, vice-président{'e' if sex == '2' else ''}, qui assure l'intérim.\n"
        f"Pour la {fair} du {c.write_date(later(c, day, 20, 50))}, nous sollicitons :\n"
        f"- le prêt de {c.rng.randint(20, 60)} tables et {c.rng.randint(100, 300)} chaises ;\n"
        "- les barrières Vauban pour fermer la place ;\n"
        "- un arrêté de circulation et de stationnement.\n\n"
        f"{c.pick(SIGN_OFFS)}\n\n{styled(c, sex, first, last)}"
    )


SENSITIVE_11 = (
    lifeguard_hire_arrete,
    bus_escort_contract,
    elu_ircantec_form,
    summer_jobs_pay_sheet,
    music_juror_fees,
    medal_proposal_sheet,
    hall_cancellation_refund,
    regie_overpayment_decision,
    heating_aid_notification,
    rent_repayment_plan,
    gite_deposit_refund_mail,
    volunteer_mileage_claim,
    christmas_advance_refund,
    water_bill_direct_debit,
    mower_accident_minutes,
    medical_loan_request,
    canteen_special_meal_order,
    library_volunteer_note,
    music_exam_jury_report,
    garderie_late_note,
    halte_garderie_register,
    alsh_registration_form,
    tenant_arrears_health_letter,
    ccas_urgent_aid_table,
    atsem_pregnancy_mail,
    rased_parent_letter,
    mutation_request_health,
    summer_job_injury_report,
    medal_ceremony_excuse,
    christmas_children_list,
    funfair_ride_arrete,
    stray_cats_complaint,
    noise_complaint_mail,
    lead_poisoning_visit,
    farmer_snow_letter,
    water_leak_hospital_letter,
    plu_register_observations,
    alsh_menu_with_child,
    adjoint_illness_deliberation,
    emergency_housing_health_decision,
    festival_committee_letter,
)


# --- ordinary: the same services, nothing sensitive ---------------------------------------


def lifeguard_planning(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rows = []
    for _ in range(c.rng.randint(3, 5)):
        _, first, last = anyone(c)
        rows.append(
            f"{last.upper()} {first} | BNSSA n° {reference(c, 8)} | PSE1 recyclé le "
            f"{c.date(year - 1, year - 1).strftime('%d/%m/%Y')} | aptitude médicale : apte | "
            f"{c.pick(('matin', 'après-midi', 'journée', 'nocturne du jeudi'))}"
        )
    return "courrier", (
        f"PISCINE MUNICIPALE DE {c.commune.upper()} — SAISON {year}\n"
        "Planning de surveillance des bassins et contrôle des qualifications\n\n"
        "Nom | Diplôme | Secourisme | Certificat | Poste\n" + "\n".join(rows) + "\n\n"
        f"Ouverture au public du {c.write_date(dt.date(year, 6, c.rng.randint(15, 30)))} au "
        f"{c.write_date(dt.date(year, 8, 31))}, de 11 h à 19 h.\n"
        "Rappel : deux surveillants au minimum dès que le grand bassin est ouvert ; la "
        "trousse de secours et l'oxygène sont vérifiés chaque matin (cahier au poste de "
        "secours).\nLe chef de bassin"
    )


def lifeguard_hire_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    season = c.rng.randint(2022, 2025)
    start = dt.date(season, c.rng.choice((6, 7)), c.rng.randint(1, 20))
    e = "e" if sex == "2" else ""
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\n\nARRÊTÉ N° {act(c, 'RH')}\n"
        "portant recrutement d'un agent contractuel saisonnier — piscine municipale\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général de la fonction publique, notamment son article L. 332-23 2° ;\n"
        f"Vu la délibération du conseil municipal du {c.write_date(dt.date(season, 3, 12))} ;\n"
        "Vu le certificat médical de non contre-indication à la surveillance des baignades "
        "produit par l'intéressé(e) ;\n\nARRÊTE\n\n"
        f"Article 1 : {'Madame' if e else 'Monsieur'} {first} {last.upper()} est recruté{e} "
        f"en qualité de surveillant{e} de baignade du {c.write_date(start)} au "
        f"{c.write_date(dt.date(season, 8, 31))}.\n"
        f"Article 2 : rémunération sur la base de l'indice brut {c.rng.choice((367, 382))}.\n"
        "Article 3 : le présent arrêté peut faire l'objet d'un recours devant le tribunal "
        "administratif dans un délai de deux mois.\n\n"
        f"Fait à {c.commune}, le {c.write_date(earlier(c, start, 10, 30))}\nLe Maire"
    )


def bus_escort_roster(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rows = []
    for circuit in range(1, c.rng.randint(4, 6)):
        _, first, last = woman(c)
        rows.append(
            f"Circuit {circuit} ({c.pick(PLACES)} — {c.pick(SCHOOLS)}) : {first} "
            f"{last.upper()}, départ {clock(c, 7, 7)}, retour {clock(c, 16, 17)}"
        )
    return "courrier", (
        f"Mairie de {c.commune} — service des affaires scolaires\n"
        f"TRANSPORT SCOLAIRE — ACCOMPAGNATRICES — RENTRÉE {year}\n\n"
        + "\n".join(rows)
        + "\n\nLes nouvelles accompagnatrices doivent déposer au service du personnel avant "
        "le 25 août : pièce d'identité, attestation de carte Vitale, RIB et extrait de "
        "casier judiciaire (bulletin n° 3).\n"
        "En cas d'absence, prévenir le transporteur et la mairie avant 7 h."
    )


def elu_indemnity_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = [f"Maire : {c.mayor} — {c.pick(('40,3', '51,6'))} %"]
    for rank in ("1er adjoint", "2e adjoint", "3e adjoint"):
        _, first, last = anyone(c)
        rows.append(f"{rank} : {first} {last.upper()} — {c.pick(('10,7', '14,8', '19,8'))} %")
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\nDélibération n° {act(c)}\n"
        f"Séance du {c.write_date(day)}\n"
        "Objet : indemnités de fonction du maire et des adjoints\n\n"
        "Vu les articles L. 2123-20 à L. 2123-24 du code général des collectivités "
        "territoriales ;\n"
        "Considérant que la commune compte entre 1 000 et 3 499 habitants ;\n"
        "Le conseil municipal, après en avoir délibéré, fixe comme suit les indemnités, en "
        "pourcentage de l'indice brut terminal de la fonction publique :\n"
        + "\n".join(rows)
        + "\nLes indemnités sont soumises aux cotisations de l'IRCANTEC et à la CSG-CRDS.\n"
        "Vote : unanimité.\nLe tableau récapitulatif est annexé à la présente délibération."
    )


def summer_jobs_list(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rows = []
    for _ in range(c.rng.randint(4, 6)):
        _, first, last = anyone(c)
        month = c.pick(("juillet", "août", "1re quinzaine de juillet", "2e quinzaine d'août"))
        rows.append(
            f"- {first} {last.upper()}, {c.rng.randint(16, 19)} ans — "
            f"{c.pick(('espaces verts', 'entretien des écoles', 'accueil piscine'))} — {month}"
        )
    return "courrier", (
        f"Mairie de {c.commune}\nNOTE AUX CHEFS DE SERVICE — JOBS D'ÉTÉ {year}\n\n"
        f"Suite au jury du {c.write_date(dt.date(year, 5, c.rng.randint(2, 28)))}, les jeunes "
        "suivants sont retenus :\n" + "\n".join(rows) + "\n\n"
        "Chaque jeune doit déposer au service du personnel, au plus tard une semaine avant "
        "sa prise de poste : une pièce d'identité, son numéro de sécurité sociale (attestation "
        "de droits), un RIB à son nom et, pour les mineurs, l'autorisation parentale.\n"
        "Les chefs de service désignent un tuteur et remettent les EPI le premier jour."
    )


def music_exam_results(c: Ctx) -> tuple[str, str]:
    day = dt.date(c.rng.randint(2022, 2025), c.rng.choice((5, 6)), c.rng.randint(1, 28))
    rows = []
    for _ in range(c.rng.randint(4, 7)):
        _, first, last = child(c)
        rows.append(
            f"{last.upper()} {first} | {c.pick(('piano', 'violon', 'batterie', 'chant'))} | "
            f"{c.pick(MENTIONS)} | {c.pick(JURY_REMARKS)}"
        )
    return "courrier", (
        f"École municipale de musique de {c.commune}\n"
        f"RÉSULTATS DES EXAMENS DE FIN DE CYCLE 1 — session du {c.write_date(day)}\n\n"
        "Élève | Instrument | Mention | Appréciation\n" + "\n".join(rows) + "\n\n"
        "Les appréciations détaillées seront remises aux familles lors de l'audition de fin "
        "d'année. Réinscriptions jusqu'au 30 juin auprès du secrétariat."
    )


def medal_invitation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    names = ", ".join(
        f"{first} {last.upper()} ({c.pick(('argent', 'vermeil', 'or'))})"
        for _, first, last in (anyone(c) for _ in range(c.rng.randint(2, 4)))
    )
    return "courrier", (
        f"Le Maire et le conseil municipal de {c.commune}\n\n"
        "ont le plaisir de vous inviter à la cérémonie de remise des médailles d'honneur "
        "régionale, départementale et communale\n"
        f"le vendredi {c.rng.randint(10, 28)} janvier {year} à 18 h 30, salle du conseil.\n\n"
        f"Seront mis à l'honneur : {names}.\n\n"
        "La cérémonie sera suivie d'un vin d'honneur.\n"
        f"Réponse souhaitée avant le 5 janvier au secrétariat ({town_box(c, 'accueil')})."
    )


def hall_rental_contract(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    rent = c.rng.choice((150, 180, 220, 280, 350))
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\nCONTRAT DE LOCATION DE LA SALLE DES FÊTES\n\n"
        f"Locataire : {styled(c, sex, first, last)}, {c.address()}, {c.commune}\n"
        f"Tél. : {mobile(c)}\n"
        f"Date de la manifestation : {c.write_date(day)} — nature : repas familial\n"
        f"Nombre de personnes attendues : {c.rng.randint(30, 150)} (capacité maximale 180)\n\n"
        f"Tarif (habitant de la commune) : {rent} € — arrhes de 30 % versées à la réservation\n"
        f"Caution : chèque de {c.rng.choice((500, 800, 1000))} € à l'ordre du Trésor public, "
        "restitué après l'état des lieux de sortie\n"
        f"Règlement du solde à la régie ou par virement au compte de la régie :\n"
        f"IBAN {treasury_iban(c)} (Trésor public — régie salle des fêtes)\n\n"
        "Le locataire atteste avoir pris connaissance du règlement intérieur (bruit après "
        "22 h, tri des déchets, interdiction de fumer) et être assuré en responsabilité "
        "civile.\nSignatures"
    )


def regie_nomination_arrete(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    _, d_first, d_last = anyone(c)
    day = c.date(2022, 2025)
    e = "e" if sex == "2" else ""
    return "arrete", (
        f"MAIRIE DE {c.commune.upper()}\nARRÊTÉ N° {act(c)}\n"
        "portant nomination d'un régisseur titulaire et d'un mandataire suppléant — régie de "
        "recettes des services périscolaires\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et "
        "comptable publique ;\n"
        f"Vu l'avis conforme du comptable public du {c.write_date(earlier(c, day, 3, 20))} ;\n"
        "\nARRÊTE\n\n"
        f"Article 1 : {'Mme' if e else 'M.'} {first} {last.upper()} est nommé{e} régisseur "
        "titulaire de la régie de recettes des services périscolaires.\n"
        f"Article 2 : {d_first} {d_last.upper()} est nommé(e) mandataire suppléant.\n"
        "Article 3 : le régisseur est dispensé de cautionnement ; il percevra une indemnité de "
        f"responsabilité de {c.rng.choice((110, 120, 140))} € par an.\n"
        "Article 4 : les fonds encaissés sont versés sur le compte de dépôt de fonds au Trésor "
        f"de la régie : {treasury_iban(c)}.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}\n"
        "Le Maire                     Le régisseur (« vu pour acceptation »)"
    )


def heating_aid_deliberation(c: Ctx) -> tuple[str, str]:
    day = dt.date(c.rng.randint(2022, 2025), c.rng.choice((9, 10)), c.rng.randint(1, 28))
    return "deliberation", (
        f"CCAS DE {c.commune.upper()}\nDélibération du conseil d'administration n° {act(c)}\n"
        f"Séance du {c.write_date(day)}\n"
        "Objet : aide facultative au chauffage — règlement pour l'hiver\n\n"
        "Le conseil d'administration décide de reconduire l'aide au chauffage selon les "
        "conditions suivantes :\n"
        "- être domicilié dans la commune depuis au moins six mois ;\n"
        "- avoir plus de 65 ans, ou être titulaire de l'AAH ou d'une pension d'invalidité ;\n"
        f"- avoir un revenu fiscal de référence inférieur à {c.pick(('11 000', '12 500'))} € "
        "pour une personne seule.\n"
        f"Montant : {c.rng.choice((100, 120, 150))} € par foyer, versé directement au "
        "fournisseur d'énergie (fioul, bois, électricité, gaz) sur présentation de la facture."
        "\nDépôt des demandes en mairie du 1er octobre au 15 décembre.\n"
        "Adopté à l'unanimité."
    )


def communal_lease(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    rent = c.rng.randint(380, 620)
    return "courrier", (
        "BAIL D'HABITATION — LOGEMENT COMMUNAL\n(loi n° 89-462 du 6 juillet 1989)\n\n"
        f"Bailleur : commune de {c.commune}, représentée par son maire, {c.mayor}\n"
        f"Locataire : {styled(c, sex, first, last)}\n"
        f"Logement : {c.address()}, appartement T{c.rng.randint(2, 4)} au-dessus de l'ancienne "
        f"poste, {c.rng.randint(45, 85)} m²\n"
        f"Prise d'effet : {c.write_date(day)}, pour une durée de six ans\n\n"
        f"Loyer mensuel : {rent},00 € — provision pour charges : {c.rng.randint(20, 45)},00 €\n"
        f"Dépôt de garantie : {rent},00 € (un mois de loyer hors charges)\n"
        "Paiement : avant le 5 de chaque mois, par prélèvement (le locataire remettra un RIB et "
        "signera le mandat SEPA) ou par virement au Trésor public :\n"
        f"IBAN {treasury_iban(c)} — SGC {of_town(c)}\n\n"
        "Diagnostics annexés : DPE (classe D), constat de risque d'exposition au plomb, état "
        "de l'installation électrique.\n"
        f"Fait à {c.commune}, le {c.write_date(earlier(c, day, 3, 15))}"
    )


def gite_group_invoice(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    people = c.rng.randint(8, 18)
    nights = c.rng.randint(1, 2)
    total = people * nights * 17 + people * nights * 0.8
    club = c.pick(("Les Randonneurs du Quercy", "Club alpin section Tarn", "ASPTT Rando"))
    return "facture", (
        f"COMMUNE DE {c.commune.upper()} — GÎTE D'ÉTAPE COMMUNAL\n"
        f"FACTURE N° G-{c.rng.randint(2022, 2025)}-{c.rng.randint(10, 250)}\n"
        f"Date : {day.strftime('%d/%m/%Y')}\n\n"
        f"Client : association {club}\n\n"
        f"Nuitées : {people} personnes x {nights} nuit(s) x 17,00 €    "
        f"{euros(people * nights * 17)}\n"
        f"Taxe de séjour : {people * nights} x 0,80 €                  "
        f"{euros(people * nights * 0.8)}\n"
        f"TOTAL                                              {euros(total)}\n\n"
        "Arrhes reçues : 30 % — reste à payer à réception.\n"
        f"Paiement à la régie du gîte ou par virement : {treasury_iban(c)} (Trésor public)"
    )


def library_volunteer_planning(c: Ctx) -> tuple[str, str]:
    month = c.date(2022, 2025)
    slots = ("mercredi 14 h - 18 h", "samedi 10 h - 12 h", "accueil des classes (mardi)")
    rows = []
    for slot in slots:
        names = " / ".join(f"{c.pick(WOMEN + MEN)} {c.pick(SURNAMES)[0]}." for _ in range(2))
        rows.append(f"{slot} : {names}")
    _, first, _ = anyone(c)
    return "courrier", (
        f"BIBLIOTHÈQUE MUNICIPALE — {c.commune}\n"
        f"Planning des bénévoles — {month_year(month)}\n\n"
        + "\n".join(rows)
        + f"\n\n{first} absent(e) les deux premières semaines (vacances), merci aux "
        "volontaires de se signaler.\n"
        "Réunion des bénévoles : le premier lundi du mois à 18 h — ordre du jour : "
        "désherbage du fonds adulte, prix des lecteurs, navette de la médiathèque "
        "départementale.\nContact : la responsable, à la bibliothèque le mardi."
    )


def christmas_toys_invoice(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    shop = c.pick(("La Grande Récré de Montauban", "Jouets Bosc SARL", "King Jouet Figeac"))
    qty = c.rng.randint(20, 60)
    unit = c.rng.randint(1500, 3000) / 100
    return "facture", (
        f"{shop}\nSIRET {digits(c, 3)} {digits(c, 3)} {digits(c, 3)} {digits(c, 5)}\n\n"
        f"FACTURE N° {year}-{c.rng.randint(1000, 9999)}     Date : "
        f"{dt.date(year, 12, c.rng.randint(1, 12)).strftime('%d/%m/%Y')}\n"
        f"Client : Mairie de {c.commune} — arbre de Noël du personnel\n"
        f"Bon de commande n° {c.rng.randint(100, 400)}\n\n"
        f"Jouets assortis (0-11 ans)   {qty} x {euros(unit)}    {euros(qty * unit)}\n"
        f"Emballage cadeau             {qty} x 1,00 €    {euros(qty)}\n"
        f"TOTAL TTC                                     {euros(qty * unit + qty)}\n\n"
        f"Règlement par mandat administratif à 30 jours — IBAN {org_iban(c)}"
    )


def water_bill_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    used = c.rng.randint(20, 130)
    total = 48 + used * (1.62 + 1.95 + 0.33)
    return "facture", (
        f"SERVICE DES EAUX — {c.commune.upper()}\nFACTURE D'EAU — {day.strftime('%d/%m/%Y')}\n\n"
        f"Abonné : {styled(c, sex, first, last)}\nRéférence client : {reference(c, 10)}\n"
        f"Point de livraison : {c.address()}\n"
        f"Compteur n° {reference(c, 9)} — consommation relevée : {used} m3\n\n"
        f"Eau potable (abonnement + consommation) : {euros(48 + used * 1.62)}\n"
        f"Assainissement collectif : {euros(used * 1.95)}\n"
        f"Organismes publics (Agence de l'eau) : {euros(used * 0.33)}\n"
        f"Montant à payer : {euros(total)} avant le "
        f"{later(c, day, 25, 35).strftime('%d/%m/%Y')}\n\n"
        "Moyens de paiement : en ligne sur payfip.gouv.fr, par chèque à l'ordre du Trésor "
        "public, ou par prélèvement (joindre un RIB et le mandat signé).\n"
        f"Référence TIP : {reference(c, 18)}\n"
        "Qualité de l'eau : conforme aux limites de qualité (bilan ARS joint)."
    )


def mower_damage_minutes(c: Ctx) -> tuple[str, str]:
    meeting = c.date(2022, 2025)
    present = ", ".join(f"{c.pick(MEN + WOMEN)} {c.pick(SURNAMES).upper()}" for _ in range(5))
    return "pv_seance", (
        f"PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU {c.write_date(meeting).upper()}\n"
        f"Commune de {c.commune}\n\nPrésents : {c.mayor}, {present}\n"
        f"Absent excusé : {c.pick(MEN)} {c.pick(SURNAMES).upper()}\n\n"
        "1. Approbation du procès-verbal précédent — unanimité.\n"
        "2. Remplacement du tracteur-tondeuse\n"
        f"M. le Maire rappelle que le tracteur-tondeuse s'est renversé le "
        f"{c.write_date(earlier(c, meeting, 10, 40))} dans le talus de la route de "
        f"{c.pick(TOWNS)}, sans faire de blessé. L'expert de l'assurance le déclare "
        f"économiquement irréparable (indemnité : {euros(c.rng.randint(3000, 9000))}).\n"
        f"Le conseil retient l'offre de {c.pick(MACHINERY)} pour un modèle équipé d'un arceau "
        f"de sécurité, pour {euros(c.rng.randint(18000, 32000))} HT. Unanimité.\n"
        "3. Prêt de matériel aux associations : le règlement est modifié (caution de 150 €).\n"
        f"Séance levée à {clock(c, 21, 22)}."
    )


def equipment_loan_convention(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    club = c.pick(("Amicale laïque", "Club des aînés", "APE de l'école", "Société de chasse"))
    _, first, last = anyone(c)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()} — SERVICES TECHNIQUES\n"
        "CONVENTION DE PRÊT DE MATÉRIEL\n\n"
        f"Emprunteur : {club} de {c.commune}, représenté(e) par {first} {last.upper()}\n"
        f"Manifestation : {c.pick(('loto', 'vide-grenier', 'repas annuel', 'kermesse'))} du "
        f"{c.write_date(day)}\n\n"
        f"Matériel prêté : {c.rng.randint(10, 40)} tables, {c.rng.randint(50, 200)} chaises, "
        f"{c.rng.randint(1, 3)} barnum(s) 3 x 6, {c.rng.randint(5, 20)} barrières\n"
        f"Retrait : {c.write_date(earlier(c, day, 1, 2))} à 17 h aux ateliers — retour : "
        f"{c.write_date(later(c, day, 1, 2))} avant 10 h\n"
        "Caution : chèque de 150 € à l'ordre du Trésor public, rendu au retour du matériel "
        "complet et propre.\nTout matériel cassé ou manquant sera facturé au prix coûtant.\n"
        "Signatures de l'emprunteur et de l'agent des services techniques"
    )


def canteen_order_counts(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "bon_de_commande", (
        f"COMMUNE DE {c.commune.upper()} — RESTAURATION SCOLAIRE\n"
        f"BON DE COMMANDE N° {c.rng.randint(2022, 2025)}-{c.rng.randint(100, 999)}\n\n"
        f"Fournisseur : {c.pick(CATERERS)}\n"
        f"Lieu de livraison : restaurant scolaire, {c.pick(SCHOOLS)}\n"
        f"Semaine du {c.write_date(day)}\n\n"
        "Désignation                         Qté/jour   PU HT\n"
        f"Repas maternelle                    {c.rng.randint(30, 70)}        2,85\n"
        f"Repas élémentaire                   {c.rng.randint(60, 140)}       3,10\n"
        f"Repas sans porc                     {c.rng.randint(2, 12)}         3,10\n"
        f"Repas sans viande                   {c.rng.randint(2, 9)}         3,10\n"
        f"Repas adulte                        {c.rng.randint(3, 9)}         3,60\n\n"
        f"Les {c.rng.randint(2, 5)} enfants bénéficiant d'un PAI apportent leur panier repas "
        "(pas de commande).\n"
        "Merci de joindre à chaque livraison la fiche des 14 allergènes par plat.\n"
        f"Imputation : 60623 — engagement n° {c.rng.randint(300, 900)}"
    )


def garderie_late_reminder(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    pronoun, kid_first, _ = child(c)
    day = c.date(2022, 2025)
    dates = sorted(earlier(c, day, 3, 40) for _ in range(3))
    return "courrier", (
        f"Mairie de {c.commune} — service enfance\n\n"
        f"{'Monsieur' if sex == '1' else 'Madame'} {first} {last.upper()}\n{c.address()}\n\n"
        f"{c.commune}, le {c.write_date(day)}\n\n"
        "Objet : retards à l'accueil périscolaire du soir\n\n"
        f"{'Monsieur' if sex == '1' else 'Madame'},\n\n"
        f"Nous avons constaté que {kid_first} a été récupéré{'e' if pronoun == 'elle' else ''} "
        "après l'heure de fermeture "
        "(18 h 30) à trois reprises : les "
        + ", ".join(d.strftime("%d/%m") for d in dates)
        + ".\nConformément au règlement intérieur, une pénalité de 5 € par quart d'heure "
        "entamé sera ajoutée à votre prochaine facture.\n"
        "En cas d'empêchement, merci de prévenir l'équipe au 05 "
        f"{digits(c, 2)} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)} et de désigner une "
        "personne autorisée sur la fiche d'inscription.\n\n"
        "L'adjointe aux affaires scolaires"
    )


def halte_register_plain(c: Ctx) -> tuple[str, str]:
    monday = c.date(2022, 2025)
    monday -= dt.timedelta(days=monday.weekday())
    rows = []
    for _ in range(c.rng.randint(5, 7)):
        _, first, last = child(c)
        marks = " ".join(c.pick(("X", "X", "-", "1/2")) for _ in range(4))
        note = c.pick(("vacances", "chez mamie", "", "", "adaptation (1 h)", "papa en congés"))
        rows.append(f"{first} {last[0]}. | {marks} | {note}")
    return "courrier", (
        f"HALTE-GARDERIE — {c.commune}\n"
        f"REGISTRE DES PRÉSENCES — semaine du {c.write_date(monday)}\n"
        "(X = journée, 1/2 = demi-journée, - = absent)\n\n"
        "Enfant | L M J V | Observations\n" + "\n".join(rows) + "\n\n"
        f"Places disponibles la semaine prochaine : {c.rng.randint(0, 4)} le jeudi.\n"
        f"Visa de la responsable : {c.pick(WOMEN)}"
    )


def alsh_registration_plain(c: Ctx) -> tuple[str, str]:
    pronoun, first, last = child(c)
    born = c.date(2013, 2019)
    sex, p_first, _ = anyone(c)
    year = c.rng.randint(2022, 2025)
    diet = c.pick(("aucun", "sans porc", "végétarien (choix familial)", "néant"))
    return "periscolaire_inscription", (
        f"ACCUEIL DE LOISIRS SANS HÉBERGEMENT DE {c.commune.upper()}\n"
        f"DOSSIER D'INSCRIPTION — ÉTÉ {year}\n\n"
        f"Nom de l'enfant : {last.upper()}        Prénom : {first}\n"
        f"Né{'e' if pronoun == 'elle' else ''} le : {born.strftime('%d/%m/%Y')}      "
        f"École : {c.pick(SCHOOLS)}\n"
        f"Responsable légal : {'Mme' if sex == '2' else 'M.'} {p_first} {last.upper()} — "
        f"{mobile(c)}\nQuotient familial CAF : {c.rng.randint(400, 1600)}\n\n"
        "RENSEIGNEMENTS MÉDICAUX\n"
        "Allergies : ☐ oui ☒ non\n"
        "L'enfant suit-il un traitement ou a-t-il une maladie chronique ? ☐ oui ☒ non\n"
        f"Précisez : {c.pick(('néant', '/', 'RAS', 'non'))}\n"
        f"Régime alimentaire : {diet}\n"
        "PAI : non\n\n"
        "Autorisation de baignade : oui — Droit à l'image : oui\n"
        f"Fait à {c.commune}, le {c.write_date(dt.date(year, 5, c.rng.randint(2, 28)))}"
    )


def rent_arrears_reminder(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    debt = c.rng.randint(400, 1800)
    return "courrier", (
        f"Mairie de {c.commune}\n\n{styled(c, sex, first, last)}\n{c.address()}\n"
        f"{c.commune}\n\nLettre recommandée avec accusé de réception\n"
        f"{c.commune}, le {c.write_date(day)}\n\n"
        "Objet : loyers impayés — logement communal\n\n"
        "Madame, Monsieur,\n\n"
        f"Sauf erreur de notre part, votre compte locataire présente au {c.write_date(day)} un "
        f"solde débiteur de {euros(debt)}, correspondant aux loyers de "
        f"{MONTHS_FR[(day - dt.timedelta(days=60)).month - 1]} et "
        f"{MONTHS_FR[(day - dt.timedelta(days=28)).month - 1]}.\n"
        "Je vous invite à régulariser cette situation sous quinze jours auprès du service de "
        "gestion comptable, ou à prendre contact avec le secrétariat de mairie pour convenir "
        "d'un échéancier.\n"
        "À défaut, la commune saisira la commission de coordination des actions de prévention "
        "des expulsions.\n\nLe Maire"
    )


def ccas_aid_table_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = []
    for n in range(1, c.rng.randint(5, 8)):
        sex, first, last = anyone(c)
        rows.append(
            f"{n} | {'Mme' if sex == '2' else 'M.'} {first[0]}. {last.upper()} | "
            f"{c.pick(('personne seule', 'couple + 2', 'isolé(e) + 1', 'couple + 3'))} | "
            f"{c.pick(AID_PLAIN)} | {c.rng.choice((80, 100, 150, 200))} € | "
            f"{c.pick(('favorable', 'favorable', 'ajourné (pièces manquantes)', 'défavorable'))}"
        )
    return "courrier", (
        f"CCAS de {c.commune}\nCOMMISSION PERMANENTE DU {c.write_date(day).upper()}\n"
        "Examen des demandes d'aides facultatives\n\n"
        "N° | Demandeur | Foyer | Motif | Montant | Avis\n" + "\n".join(rows) + "\n\n"
        f"Enveloppe consommée depuis janvier : {euros(c.rng.randint(2000, 9000))} sur "
        f"{euros(c.rng.choice((10000, 12000, 15000)))}.\n"
        "Document confidentiel — ne pas diffuser"
    )


def food_voucher(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    return "courrier", (
        f"CCAS DE {c.commune.upper()}\nBON ALIMENTAIRE N° {c.rng.randint(2022, 2025)}-"
        f"{c.rng.randint(1, 400):04d}\n\n"
        f"Bénéficiaire : {styled(c, sex, first, last)}\n"
        f"Composition du foyer : {c.rng.randint(1, 5)} personne(s)\n"
        f"Montant : {c.rng.choice((30, 40, 50, 60))} €\n"
        f"Valable du {c.write_date(day)} au {c.write_date(later(c, day, 14, 14))} au magasin "
        f"{c.pick(('Intermarché', 'Carrefour Contact', 'Super U', 'Épicerie du bourg'))}\n\n"
        "Produits exclus : alcool, tabac, jeux.\n"
        "Le commerçant adresse le bon accompagné du ticket de caisse au CCAS pour paiement.\n"
        "Cachet et signature de la vice-présidente"
    )


OF_SCHOOL = ("de l'école maternelle Les Petits Loups", "du groupe scolaire Pasteur")


def atsem_replacement_note(c: Ctx) -> tuple[str, str]:
    _, first, last = woman(c)
    _, r_first, r_last = woman(c)
    day = c.date(2022, 2025)
    reason = c.pick(
        (
            "formation CNFPT « gestes et postures »",
            "formation « accompagner le sommeil du jeune enfant »",
            "congés annuels reportés",
            "jury du concours d'ATSEM au centre de gestion",
        )
    )
    return "courrier", (
        f"Mairie de {c.commune} — service scolaire\n"
        f"Note à l'attention de la directrice {c.pick(OF_SCHOOL)}\n\n"
        f"{first} {last.upper()}, ATSEM de la classe des petits, sera absente du "
        f"{c.write_date(day)} au {c.write_date(later(c, day, 1, 4))} ({reason}).\n"
        f"Elle sera remplacée par {r_first} {r_last.upper()}, adjointe d'animation, qui "
        "connaît déjà l'école (garderie du matin).\n"
        "Merci de lui indiquer le déroulement de la sieste et le rangement du dortoir.\n\n"
        "La responsable du service scolaire"
    )


def rased_funding_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    communes = c.rng.randint(6, 14)
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\nDélibération n° {act(c)} — séance du "
        f"{c.write_date(day)}\n"
        "Objet : participation aux frais de fonctionnement du RASED\n\n"
        "Monsieur le Maire rappelle que le réseau d'aides spécialisées aux élèves en "
        "difficulté (RASED) intervient dans les écoles de "
        f"{communes} communes du secteur. Il comprend un maître E, un maître G et une "
        "psychologue de l'Éducation nationale.\n"
        "La commune siège du RASED sollicite une participation de "
        f"{c.pick(('1,50', '2', '2,50'))} € par élève pour l'achat de matériel pédagogique, de "
        "tests psychométriques et de petit mobilier.\n"
        f"Nombre d'élèves scolarisés dans la commune : {c.rng.randint(60, 220)}.\n"
        "Le conseil municipal, après en avoir délibéré, accepte cette participation à "
        "l'unanimité et dit que les crédits sont inscrits au compte 6558."
    )


def mutation_request_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    town = c.pick(TOWNS)
    reason = c.pick(
        (
            f"mon conjoint vient d'être muté à {town} par son entreprise",
            f"nous avons acheté une maison près de {town}",
            "je souhaite évoluer vers un poste d'encadrement",
            f"je fais chaque jour {c.rng.randint(60, 120)} km et voudrais travailler plus près",
        )
    )
    return "courrier", (
        f"{first} {last.upper()}\n{c.pick(GRADES)}\n\n"
        f"à Monsieur le Maire de {c.commune}\n\n{c.commune}, le {c.write_date(day)}\n\n"
        "Objet : demande de mutation\n\nMonsieur le Maire,\n\n"
        f"J'ai été retenu{'e' if sex == '2' else ''} sur un poste à la mairie de {town} et je "
        "sollicite votre accord "
        f"pour une mutation à compter du {c.write_date(later(c, day, 60, 100))} : {reason}.\n"
        "J'ai beaucoup apprécié ces années dans la collectivité et je resterai disponible "
        "pour assurer la transmission des dossiers.\n\n"
        f"{c.pick(SIGN_OFFS)}\n\n{first} {last.upper()}"
    )


def summer_job_evaluation(c: Ctx) -> tuple[str, str]:
    _, first, last = anyone(c)
    year = c.rng.randint(2022, 2025)
    return "courrier", (
        f"Mairie de {c.commune} — JOBS D'ÉTÉ {year}\nFICHE D'ÉVALUATION DE FIN DE CONTRAT\n\n"
        f"Jeune : {first} {last.upper()}\n"
        f"Service : {c.pick(('espaces verts', 'entretien des écoles', 'voirie'))}\n"
        f"Période : {c.pick(('juillet', 'août'))} {year}\n\n"
        f"Ponctualité : {c.pick(('très bien', 'bien', 'à améliorer'))}\n"
        f"Soin du matériel : {c.pick(('très bien', 'bien'))}\n"
        f"Respect des consignes de sécurité (EPI) : {c.pick(('oui', 'oui, après rappel'))}\n"
        f"Relations avec l'équipe : {c.pick(('excellentes', 'bonnes'))}\n\n"
        f"Appréciation du tuteur : {c.pick(JOB_REVIEWS)}\n"
        "Souhaite revenir l'an prochain : oui\n"
        f"Le tuteur, {c.pick(MEN)} {c.pick(SURNAMES).upper()}"
    )


JOB_REVIEWS = (
    "jeune motivé, a appris à utiliser la débroussailleuse en sécurité",
    "sérieux, a repeint seul les jeux de la cour de l'école",
    "un peu timide au début, très bon travail sur le fleurissement",
    "efficace et volontaire, n'a jamais compté ses heures pour le nettoyage des classes",
)


TREE_PLAIN = ("", "", "arrivera vers 16 h", "avec sa cousine", "ne reste pas au goûter")


def christmas_list_plain(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rows = []
    for _ in range(c.rng.randint(5, 8)):
        _, a_first, a_last = anyone(c)
        _, k_first, _ = child(c)
        rows.append(
            f"{a_last.upper()} {a_first} | {k_first} | {c.rng.randint(1, 11)} ans | "
            f"{c.pick(('lego', 'livre', 'jeu de société', 'poupée', 'déguisement'))} | "
            f"{c.pick(TREE_PLAIN)}"
        )
    return "courrier", (
        f"COMITÉ D'ACTION SOCIALE — MAIRIE DE {c.commune.upper()}\n"
        f"ARBRE DE NOËL DES AGENTS — {year}\n"
        "Liste des enfants inscrits\n\n"
        "Agent | Enfant | Âge | Cadeau | Remarque\n" + "\n".join(rows) + "\n\n"
        f"Spectacle de magie à 15 h (compagnie {c.pick(('Abracadabra', 'Les Zigotos'))}), "
        "goûter à 16 h 15.\nLes enfants de plus de 11 ans reçoivent une carte cadeau."
    )


def funfair_arrete(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    start = dt.date(year, c.rng.choice((4, 5, 9)), c.rng.randint(1, 20))
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ N° {act(c, 'PM')}\n"
        "réglementant l'installation de la fête foraine\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, notamment l'article L. 2212-2 ;\n"
        "Vu le décret n° 2008-1458 relatif à la sécurité des manèges, machines et "
        "installations pour fêtes foraines ;\n\nARRÊTE\n\n"
        f"Article 1 : la fête foraine se tiendra place du Foirail du {c.write_date(start)} au "
        f"{c.write_date(later(c, start, 4, 9))}.\n"
        "Article 2 : chaque exploitant présente avant l'ouverture le rapport de contrôle "
        "technique de son métier en cours de validité et son attestation d'assurance.\n"
        "Article 3 : les attractions fonctionnent de 14 h à minuit ; la musique est coupée à "
        "23 h 30.\n"
        "Article 4 : un poste de premiers secours tenu par la Protection civile est installé "
        "le samedi soir.\n"
        f"Article 5 : droits de place fixés à {c.pick(('1,20', '1,50', '2'))} € le m².\n\n"
        f"Fait à {c.commune}, le {c.write_date(earlier(c, start, 10, 30))}"
    )


def stray_cats_arrete(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    street = c.address().split(" ", 1)[1]
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ N° {act(c)}\n"
        "portant campagne de capture, d'identification et de stérilisation des chats errants\n"
        "\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code rural et de la pêche maritime, notamment l'article L. 211-27 ;\n"
        "Vu la convention passée avec l'association 30 Millions d'amis ;\n"
        f"Considérant la prolifération de chats non identifiés {street} et aux abords de "
        "l'école, et les risques de transmission de maladies félines (typhus, coryza, FIV) ;\n"
        "\nARRÊTE\n\n"
        f"Article 1 : une campagne de capture aura lieu du {c.write_date(day)} au "
        f"{c.write_date(later(c, day, 20, 40))}.\n"
        "Article 2 : les chats capturés seront identifiés au nom de l'association, "
        f"stérilisés par la clinique vétérinaire {of_town(c)} puis relâchés sur leur "
        "lieu de capture.\n"
        "Article 3 : les propriétaires sont invités à faire identifier leurs animaux.\n"
        "Article 4 : le présent arrêté sera affiché en mairie et sur les lieux."
    )


def noise_measurement_report(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    ambient = c.rng.randint(28, 38)
    noisy = ambient + c.rng.randint(4, 14)
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()} — POLICE MUNICIPALE\n"
        "RAPPORT DE MESURAGE ACOUSTIQUE\n\n"
        f"Date : nuit du {c.write_date(day)}, de 23 h 30 à 1 h 15\n"
        f"Lieu : {c.address()}, chambre côté rue, fenêtres fermées\n"
        f"Source : établissement « {c.pick(('Le Central', 'Le Balto', 'Snack du Lac'))} »\n"
        "Appareil : sonomètre intégrateur de classe 1, calibré avant et après mesure\n\n"
        f"Bruit résiduel (établissement fermé) : LAeq = {ambient} dB(A)\n"
        f"Bruit ambiant (musique amplifiée) : LAeq = {noisy} dB(A)\n"
        f"Émergence globale : {noisy - ambient} dB(A) (limite de nuit : 3 dB(A))\n\n"
        "Conclusion : "
        + (
            "infraction aux articles R. 1336-6 et suivants du code de la santé publique ; "
            "procès-verbal dressé."
            if noisy - ambient > 3
            else "pas d'infraction constatée."
        )
        + "\nL'agent verbalisateur"
    )


def insalubrity_visit_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()} — SERVICE HYGIÈNE ET SALUBRITÉ\n"
        f"COMPTE RENDU DE VISITE DU {c.write_date(day).upper()}\n\n"
        f"Adresse : {c.address()}, {c.commune} — maison louée, bailleur privé\n"
        f"Présents : l'adjoint au logement, le locataire, le propriétaire (M. "
        f"{c.pick(SURNAMES).upper()})\n\n"
        "Constats :\n"
        "- moisissures noires au plafond de la salle d'eau et derrière l'armoire de la chambre ;"
        "\n- absence de ventilation dans la cuisine, VMC hors service ;\n"
        "- tableau électrique sans disjoncteur différentiel ;\n"
        "- infiltrations par la toiture (tuiles déplacées).\n\n"
        "Ces désordres sont susceptibles de porter atteinte à la santé ou à la sécurité des "
        "occupants au sens de l'article L. 1331-22 du code de la santé publique.\n"
        "Suites : courrier au propriétaire avec un délai de deux mois ; à défaut, saisine de "
        "l'ARS."
    )


def peril_arrete(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    owner = f"{c.pick(('M.', 'Mme', 'l’indivision'))} {c.pick(SURNAMES).upper()}"
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ DE MISE EN SÉCURITÉ — PROCÉDURE URGENTE\n"
        f"N° {act(c)}\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code de la construction et de l'habitation, notamment les articles L. 511-1 et "
        "suivants ;\n"
        f"Vu le rapport de l'expert désigné par le tribunal administratif du "
        f"{c.write_date(day)} ;\n"
        f"Considérant que le mur de façade de l'immeuble sis {c.address()}, propriété de "
        f"{owner}, présente un bombement important et des fissures traversantes, et menace de "
        "s'effondrer sur la voie publique ;\n\nARRÊTE\n\n"
        "Article 1 : le propriétaire est mis en demeure de faire étayer la façade sous huit "
        "jours.\n"
        "Article 2 : le trottoir est interdit aux piétons au droit de l'immeuble.\n"
        "Article 3 : à défaut d'exécution, les mesures seront exécutées d'office à ses frais."
    )


def snow_clearing_convention(c: Ctx) -> tuple[str, str]:
    _, first, last = man(c)
    year = c.rng.randint(2022, 2025)
    place = c.pick(PLACES)
    return "courrier", (
        "CONVENTION DE DÉNEIGEMENT DES VOIES COMMUNALES\n\n"
        f"Entre la commune de {c.commune}, représentée par son maire, {c.mayor},\n"
        f"et l'EARL de {place}, représentée par {first} {last.upper()}, gérant,\n\n"
        f"Article 1 — L'EARL assure le déneigement des voies du secteur nord (environ "
        f"{c.rng.randint(8, 25)} km) du 15 novembre {year} au 31 mars {year + 1}, à la "
        "demande du maire ou de l'adjoint d'astreinte.\n"
        "Article 2 — La commune met à disposition une lame et fournit le sel.\n"
        f"Article 3 — Rémunération : {c.rng.choice((45, 50, 55))} € HT de l'heure, tracteur "
        "et conducteur compris, sur présentation d'un relevé d'heures.\n"
        f"Article 4 — Paiement par mandat administratif sur le compte de l'EARL : "
        f"{org_iban(c)}.\n"
        "Article 5 — Activité accessoire agricole (article L. 311-1 du code rural).\n\n"
        f"Fait à {c.commune}, le {c.write_date(dt.date(year, 11, c.rng.randint(2, 14)))}"
    )


def warsmann_relief_decision(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    usual = c.rng.randint(40, 90)
    billed = usual * c.rng.randint(3, 8)
    return "decision_maire", (
        f"COMMUNE DE {c.commune.upper()} — RÉGIE DES EAUX\nDÉCISION N° {act(c, 'EAU')}\n"
        "Objet : écrêtement d'une facture d'eau pour fuite après compteur\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu l'article L. 2224-12-4 III bis du CGCT et le décret n° 2012-1078 ;\n"
        f"Vu la demande de {styled(c, sex, first, last)}, abonné(e) n° {reference(c, 7)}, "
        f"reçue le {c.write_date(earlier(c, day, 10, 30))} ;\n"
        "Vu l'attestation de l'entreprise de plomberie indiquant la localisation de la fuite "
        "(canalisation enterrée entre le compteur et l'habitation) et la date de réparation ;\n"
        f"Considérant que la consommation facturée ({billed} m3) excède le double de la "
        f"consommation moyenne des trois dernières années ({usual} m3) ;\n\nDÉCIDE\n\n"
        f"Article 1 : la facture est ramenée à {2 * usual} m3 pour la part eau potable.\n"
        "Article 2 : la part assainissement est calculée sur la consommation moyenne.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def water_leak_holiday_letter(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    start = earlier(c, day, 40, 90)
    return "courrier", (
        f"{styled(c, sex, first, last)}\n{c.address()}\n{c.commune}\n\n"
        f"Service de l'eau — Mairie de {c.commune}\n\n"
        f"Objet : facture n° {reference(c, 9)} — fuite après compteur\n\n"
        "Madame, Monsieur,\n\n"
        f"Nous étions chez nos enfants à {c.pick(TOWNS)} du {c.write_date(start)} au "
        f"{c.write_date(later(c, start, 15, 30))} et, pendant notre absence, le tuyau "
        "d'arrosage enterré du jardin a cédé. Nous avons reçu une facture de "
        f"{c.rng.randint(200, 800)} m3.\n"
        "Le plombier est intervenu dès notre retour, son attestation est jointe.\n"
        "Je sollicite l'écrêtement de la facture dans le cadre de la loi Warsmann.\n\n"
        f"{c.pick(SIGN_OFFS)}\n{first} {last}"
    )


def plu_commissioner_conclusions(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    obs = c.rng.randint(18, 60)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\n"
        "ENQUÊTE PUBLIQUE RELATIVE À LA RÉVISION DU PLAN LOCAL D'URBANISME\n"
        "Conclusions motivées du commissaire enquêteur\n\n"
        f"L'enquête s'est déroulée du {c.write_date(earlier(c, day, 40, 60))} au "
        f"{c.write_date(earlier(c, day, 10, 30))}. J'ai tenu quatre permanences en mairie.\n"
        f"{obs} observations ont été recueillies (registre papier, courriels et registre "
        f"dématérialisé) : {obs // 2} portent sur des demandes de constructibilité, les "
        "autres sur la protection des haies, la zone d'activités et les emplacements réservés."
        "\nLe projet réduit de 40 % la consommation d'espaces naturels et agricoles, "
        "conformément au SCoT.\n\n"
        "J'émets un AVIS FAVORABLE assorti de deux réserves :\n"
        "- reprendre le zonage du hameau de "
        f"{c.pick(PLACES)} ;\n- compléter l'orientation d'aménagement du secteur de la gare.\n\n"
        f"Le commissaire enquêteur, {c.pick(MEN)} {c.pick(SURNAMES).upper()}"
    )


def alsh_menu_plain(c: Ctx) -> tuple[str, str]:
    monday = c.date(2022, 2025)
    monday -= dt.timedelta(days=monday.weekday())
    return "courrier", (
        f"ALSH de {c.commune} — menus de la semaine du {c.write_date(monday)}\n\n"
        "Lundi : concombre vinaigrette / hachis parmentier / petit-suisse — allergènes : lait, "
        "moutarde\n"
        "Mardi : pastèque / poulet basquaise, semoule / crème vanille — allergènes : gluten, "
        "lait, œuf\n"
        "Mercredi : pique-nique (sortie au lac) : sandwich jambon-beurre ou thon, chips, "
        "fruit\n"
        "Jeudi : salade de lentilles / colin sauce citron, courgettes / fruit — allergènes : "
        "poisson\n"
        "Vendredi : tomates mozzarella / boulettes de bœuf, pâtes / glace — allergènes : "
        "gluten, lait\n\n"
        "Les menus sont élaborés par la diététicienne du prestataire. Les enfants bénéficiant "
        "d'un PAI alimentaire apportent leur panier repas.\n"
        "Pensez à la casquette et à la gourde !"
    )


def festival_committee_convention(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    year = c.rng.randint(2022, 2025)
    grant = c.rng.choice((800, 1200, 1500, 2500))
    return "courrier", (
        "CONVENTION D'OBJECTIFS ET DE MOYENS\n\n"
        f"Entre la commune de {c.commune} et le comité des fêtes de {c.commune}, association "
        f"loi 1901 (RNA W{reference(c, 9)}), représenté par "
        f"{'sa présidente' if sex == '2' else 'son président'}, {first} "
        f"{last.upper()}\n\n"
        f"Article 1 — Le comité organise en {year} la fête votive, la foire de printemps et "
        "le réveillon de la Saint-Sylvestre.\n"
        f"Article 2 — La commune verse une subvention de {grant} € et met gratuitement à "
        "disposition la salle des fêtes et le matériel communal.\n"
        "Article 3 — La subvention est versée sur le compte de l'association :\n"
        f"Titulaire : Comité des fêtes de {c.commune}\nIBAN : {org_iban(c)}\n"
        "Article 4 — Le comité transmet son bilan financier avant le 31 mars de l'année "
        "suivante.\n\nSignatures"
    )


def safety_commission_report(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "courrier", (
        "SOUS-COMMISSION DÉPARTEMENTALE POUR LA SÉCURITÉ CONTRE LES RISQUES D'INCENDIE ET DE "
        "PANIQUE DANS LES ERP\n"
        f"PROCÈS-VERBAL DE VISITE PÉRIODIQUE DU {c.write_date(day).upper()}\n\n"
        f"Établissement : salle des fêtes de {c.commune} — type L, 3e catégorie, effectif "
        f"{c.rng.randint(250, 600)} personnes\n\n"
        "Constatations :\n"
        "- registre de sécurité tenu à jour ;\n"
        "- vérification des installations électriques et de gaz : sans observation ;\n"
        "- extincteurs vérifiés ; un défibrillateur automatisé externe est installé dans le "
        "hall et entretenu ;\n"
        "- trousse de premiers secours présente en cuisine ;\n"
        "- une issue de secours encombrée par des tables : à dégager.\n\n"
        "AVIS FAVORABLE à la poursuite de l'exploitation.\n"
        "Prochaine visite dans cinq ans."
    )


def cemetery_abandon_arrete(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = "\n".join(
        f"- carré {c.pick(('A', 'B', 'C', 'D'))}, concession n° {c.rng.randint(1890, 1960)}-"
        f"{c.rng.randint(1, 120):03d}, famille {c.pick(SURNAMES).upper()}"
        for _ in range(c.rng.randint(3, 6))
    )
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ N° {act(c)}\n"
        "prononçant la reprise de concessions funéraires en état d'abandon\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu les articles L. 2223-17 et R. 2223-12 à R. 2223-23 du CGCT ;\n"
        f"Vu les procès-verbaux de constat d'abandon dressés le "
        f"{c.write_date(earlier(c, day, 1100, 1300))} et le "
        f"{c.write_date(earlier(c, day, 20, 60))} ;\n"
        "Vu la délibération du conseil municipal autorisant la reprise ;\n\nARRÊTE\n\n"
        "Article 1 : les concessions suivantes sont reprises par la commune :\n"
        f"{rows}\n"
        "Article 2 : les restes mortuaires seront déposés à l'ossuaire communal.\n"
        "Article 3 : le présent arrêté sera affiché à la porte de la mairie et du cimetière."
    )


def emergency_housing_fire_decision(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    return "decision_maire", (
        f"MAIRIE DE {c.commune.upper()}\nDÉCISION N° {act(c, 'D')}\n"
        "Objet : mise à disposition à titre précaire du logement d'urgence communal\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu la délibération portant délégation au maire (article L. 2122-22 5° du CGCT) ;\n"
        f"Considérant que la maison occupée par {styled(c, sex, first, last)} et ses enfants, "
        f"{c.address()}, a été rendue inhabitable par l'incendie du "
        f"{c.write_date(earlier(c, day, 1, 4))} ;\n\nDÉCIDE\n\n"
        f"Article 1 : le logement d'urgence est mis à disposition de la famille du "
        f"{c.write_date(day)} au {c.write_date(later(c, day, 60, 90))}, dans l'attente des "
        "travaux pris en charge par l'assurance.\n"
        "Article 2 : l'occupation est consentie à titre gratuit pendant le premier mois.\n"
        "Article 3 : il en sera rendu compte au conseil municipal.\n\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def adjoint_delegation_plain(c: Ctx) -> tuple[str, str]:
    sex, first, last = anyone(c)
    day = c.date(2022, 2025)
    e = "e" if sex == "2" else ""
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\nExtrait du registre des délibérations\n"
        f"Séance du {c.write_date(day)}\nDélibération n° {act(c)}\n"
        "Objet : nombre d'adjoints et répartition des indemnités de fonction\n\n"
        f"Monsieur le Maire informe l'assemblée que {'Madame' if e else 'Monsieur'} {first} "
        f"{last.upper()} a démissionné de ses fonctions d'adjoint{e}, démission acceptée par "
        f"le préfet le {c.write_date(earlier(c, day, 10, 30))} ; "
        f"{'elle' if e else 'il'} reste conseill{'ère' if e else 'er'} municipal{'e' if e else ''}"
        ", sa nouvelle activité professionnelle ne lui laissant plus le temps d'assurer les "
        "permanences.\n"
        "Le conseil municipal, après en avoir délibéré :\n"
        "- décide de ne pas pourvoir le poste vacant et de ramener à trois le nombre "
        "d'adjoints ;\n"
        "- dit que l'enveloppe des indemnités est répartie entre les adjoints restants.\n"
        "Adopté par 12 voix pour et 2 abstentions."
    )


def ccas_equipment_inventory(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "courrier", (
        f"CCAS DE {c.commune.upper()}\nINVENTAIRE DU MATÉRIEL DE PRÊT — au 31 décembre {year}\n"
        "\n"
        f"Fauteuils roulants : {c.rng.randint(2, 5)} (dont 1 en réparation)\n"
        f"Déambulateurs : {c.rng.randint(3, 8)}\n"
        f"Rehausseurs de toilettes : {c.rng.randint(2, 6)}\n"
        f"Lits médicalisés : {c.rng.randint(0, 2)} (prêt limité à 3 mois)\n"
        f"Prêts effectués dans l'année : {c.rng.randint(8, 30)}, durée moyenne "
        f"{c.rng.randint(3, 9)} semaines\n\n"
        "Le matériel est désinfecté à chaque retour par l'agent d'entretien.\n"
        "Proposition au conseil d'administration : achat de deux déambulateurs neufs "
        f"({euros(c.rng.randint(150, 300))}) et mise au rebut du fauteuil le plus ancien."
    )


ORDINARY_11 = (
    lifeguard_planning,
    lifeguard_hire_plain,
    bus_escort_roster,
    elu_indemnity_deliberation,
    summer_jobs_list,
    music_exam_results,
    medal_invitation,
    hall_rental_contract,
    regie_nomination_arrete,
    heating_aid_deliberation,
    communal_lease,
    gite_group_invoice,
    library_volunteer_planning,
    christmas_toys_invoice,
    water_bill_plain,
    mower_damage_minutes,
    equipment_loan_convention,
    canteen_order_counts,
    garderie_late_reminder,
    halte_register_plain,
    alsh_registration_plain,
    rent_arrears_reminder,
    ccas_aid_table_plain,
    food_voucher,
    atsem_replacement_note,
    rased_funding_deliberation,
    mutation_request_plain,
    summer_job_evaluation,
    christmas_list_plain,
    funfair_arrete,
    stray_cats_arrete,
    noise_measurement_report,
    insalubrity_visit_plain,
    peril_arrete,
    snow_clearing_convention,
    warsmann_relief_decision,
    water_leak_holiday_letter,
    plu_commissioner_conclusions,
    alsh_menu_plain,
    festival_committee_convention,
    safety_commission_report,
    cemetery_abandon_arrete,
    emergency_housing_fire_decision,
    adjoint_delegation_plain,
    ccas_equipment_inventory,
)
