"""Ninth batch of documents for the sensitivity check.

Written by another author who never saw the detector (`filing/sensitive.py`) nor its
benchmark, only the product's rule and the earlier batches (`sensitive_corpus.py`,
`sensitive_heldout.py`, `sensitive_heldout_5.py` to `sensitive_heldout_8.py`), read to write
other situations, services, conditions and wordings than theirs. It is measured once and never
used to tune anything.

It walks through services the earlier batches left aside or only touched: the relais petite
enfance and the assistantes maternelles, the crèche's cahier de transmissions, the CCAS's meal
rounds, home helpers' notebooks and transport solidaire, the police municipale (main courante,
ivresse publique, fourrière), requests to the état civil that are not acts themselves, the
accessibility of public buildings, the médiathèque's « lire autrement » service, the cantine's
text messages, school buses, the twinning committee, the conseil municipal des jeunes, the
agence postale communale, neighbours' hedges and neighbourhood mediation, dog bites, the
cold-weather register, the vaccination centre and blood donation, elected officials' training
and disability costs, harassment reports, return-to-work interviews, a temporary parking space,
cremation, school medicine, the swimming pool, summer camps, apprentices, civic service
volunteers, contrats d'engagement éducatif and the DPAE of a canteen monitor.

``SENSITIVE_9`` holds documents sensitive by their content under types that are not sensitive
in themselves: a valid NIR (an apprentice's sheet, a civic service volunteer's form, a camp
leader's contract, a vaccination nurse's recruitment order, a DPAE receipt, a dialysis
transport form), a private person's IBAN (an assistante maternelle's grant, a host family's
refund, a wrongly towed car, a school bus card, an élu's loss of income, a home help mandate),
or health information about an identifiable person (a childminder's operation, a baby's otitis
in the crèche notebook, a meal-round client found on the floor, a drunk man's stitches in the
main courante, a son's cochlear implant in a request for a birth certificate, a wheelchair at
the wedding hall, a reader's macular degeneration, a child's chickenpox by text message, a
pupil's nosebleed disorder on the bus, a twinning guest's sleep apnoea machine, a young
councillor's operation, the postal agent's broken wrist, a neighbour's asthmatic son, a
mediation about a night worker's burn-out, a bitten boy's stitches and nightmares, a cold-wave
call log, a reaction to a vaccine, an élu's blindness, a harassed agent's anxiolytics, a
lymphoma at the return-to-work interview, a plastered leg, a pacemaker before cremation, a
child's poor eyesight at the school check-up, a swimmer's malaise, a camper's angina…).

``ORDINARY_9`` holds documents of the same services and shapes that are not sensitive: the same
e-mails, notebooks, round sheets, minutes, forms, orders and acts with nothing about anyone's
health nor private bank data; health words about diseases in general, the pool's water, a dog,
a campaign, statistics or a training course; forms answering « non » or « aucune »; letters
asking to bring a carte Vitale or a RIB with no number; a doctor named in their role; the
Trésor public's, companies' and organisations' accounts; long reference numbers that are not
NIRs.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from tests.filing.classify_corpus import (
    FIRST_NAMES,
    GRADES,
    LAST_NAMES,
    SCHOOLS,
    Ctx,
)
from tests.filing.sensitive_corpus import iban, nir

BOYS = ("Noah", "Timéo", "Sacha", "Nolan", "Ilyès", "Rayan")
GIRLS = ("Romy", "Louise", "Ambre", "Capucine", "Margaux", "Jeanne")
KIDS = BOYS + GIRLS
KID_SURNAMES = ("LAURENT", "MOREL", "GIRARD", "ANDRÉ", "MERCIER", "BLANC", "BONNET", "LAMBERT")
WOMEN = ("Sandrine", "Valérie", "Nadia", "Céline", "Karine", "Audrey", "Fatima", "Stéphanie")
TOWNS = ("Cahors", "Agen", "Brive", "Rodez", "Saumur", "Lannion", "Mâcon", "Dax")
HOSPITALS = (
    "CHU Purpan",
    "centre hospitalier de Cahors",
    "CH de Saumur",
    "pôle santé du Villeneuvois",
    "centre hospitalier Jacques-Cœur",
    "CHU de Rennes",
)
DOCTORS = ("Dr Lacombe", "Dr Ouali", "Dr Pélissier", "Docteur Hennequin", "Dr Bastide")
BICS = ("CCBPFRPPTLS", "AGRIFRPP861", "CMCIFR2A", "BNPAFRPPXXX", "CEPAFRPP313", "PSSTFRPPTOU")
INTERCOS = (
    "Communauté de communes Causses et Vallées",
    "Communauté de communes du Val de Thouet",
    "Communauté d'agglomération du Grand Dax",
    "Communauté de communes Lot et Garonne Sud",
)
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
DEPTS = ("31", "46", "47", "82", "12", "49", "22", "40", "64", "71")
CLOSINGS = (
    "Veuillez agréer, Monsieur le Maire, l'expression de ma considération distinguée.",
    "Je vous prie de croire, Madame la Maire, à mes sentiments respectueux.",
    "En vous remerciant par avance, je vous adresse mes salutations.",
    "Recevez, Madame, Monsieur, mes sincères salutations.",
)


# --- helpers ------------------------------------------------------------------------------


def digits(c: Ctx, n: int) -> str:
    return "".join(str(c.rng.randint(0, 9)) for _ in range(n))


def phone(c: Ctx) -> str:
    return f"0{c.pick(('5', '6', '7'))}" + "".join(f" {digits(c, 2)}" for _ in range(4))


def after(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=c.rng.randint(low, high))


def before(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day - dt.timedelta(days=c.rng.randint(low, high))


def hhmm(c: Ctx, low: int = 7, high: int = 19) -> str:
    return f"{c.rng.randint(low, high):02d}:{c.rng.randint(0, 59):02d}"


def hour(c: Ctx, low: int = 8, high: int = 18) -> str:
    return f"{c.rng.randint(low, high)} h {c.pick(('00', '15', '30', '45'))}"


def plain_ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return kept.lower().replace(" ", "-").replace("'", "")


def mairie_mail(c: Ctx, box: str) -> str:
    return f"{box}@mairie-{plain_ascii(c.commune)}.fr"


def mail_head(c: Ctx, sender: str, address: str, *, to: str, subject: str, day: dt.date) -> str:
    sent = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS_FR[day.month - 1]} {day.year}"
    return f"De : {sender} <{address}>\nEnvoyé : {sent} {hhmm(c)}\nÀ : {to}\nObjet : {subject}\n"


def private_mail(c: Ctx, first: str, last: str) -> str:
    domain = c.pick(("orange.fr", "gmail.com", "free.fr", "laposte.net", "hotmail.fr"))
    style = c.rng.randrange(3)
    if style == 0:
        local = f"{first}.{last}"
    elif style == 1:
        local = f"{first[0]}{last}{c.rng.randint(1, 99)}"
    else:
        local = f"{last}.{first}"
    return f"{plain_ascii(local)}@{domain}"


def nir_like(text: str) -> bool:
    """Whether fifteen digits in a row (separators dropped) carry a NIR's key: ordinary
    documents must hold none, not even by chance in a long reference."""
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


def company_iban(c: Ctx) -> str:
    """A company's or an organisation's own account, with no NIR hidden in it."""
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


def nir_born(c: Ctx, born: dt.date, sex: str | None = None) -> str:
    """A NIR with its right key for someone born on `born` (young people: apprentices,
    volunteers), spaced as printed; the key is computed as `nir()` does."""
    head = sex or c.pick(("1", "2"))
    body = (
        f"{head}{born.year % 100:02d}{born.month:02d}{c.pick(DEPTS)}"
        f"{c.rng.randint(1, 999):03d}{c.rng.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_shown(c: Ctx, value: str | None = None) -> str:
    """A valid NIR as forms and software print it."""
    parts = (value or nir(c)).split()
    style = c.rng.randrange(4)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    if style == 2:
        return f"{''.join(parts[:-1])} {parts[-1]}"
    return f"{' '.join(parts[:-1])} - clé {parts[-1]}"


def nir_birth(value: str) -> tuple[int, int]:
    """(year, month) written in a NIR from `nir()`."""
    parts = value.split()
    return 1900 + int(parts[1]), int(parts[2])


def iban_shown(c: Ctx) -> str:
    value = iban(c)
    return value if c.rng.random() < 0.6 else value.replace(" ", "")


def school_day(c: Ctx) -> dt.date:
    """A weekday of the school year (September to June)."""
    while True:
        day = c.date(2022, 2025)
        if day.month not in (7, 8) and day.weekday() < 5:
            return day


def kid(c: Ctx) -> tuple[str, str]:
    return c.pick(KIDS), c.pick(KID_SURNAMES)


def interco(c: Ctx) -> str:
    return c.pick(INTERCOS)


def microchip(c: Ctx) -> str:
    """An animal's transponder number (250 + twelve digits) that is not a NIR."""
    while True:
        value = "250" + digits(c, 12)
        if not nir_like(value):
            return value


def siret(c: Ctx) -> str:
    return f"{digits(c, 3)} {digits(c, 3)} {digits(c, 3)} {digits(c, 5)}"


def month_of(day: dt.date) -> str:
    return f"{MONTHS_FR[day.month - 1]} {day.year}"


def surname_of(name: str) -> str:
    """The family name in a name as `Ctx.person()` writes it (upper case when marked)."""
    words = name.split()
    upper = [w for w in words if w.isupper() and len(w) > 1]
    return " ".join(upper) if upper else words[-1].upper()


# --- sensitive by content: health ---------------------------------------------------------

ASSMAT_HEALTH = (
    "je me fais opérer des deux canaux carpiens le {day} et le chirurgien m'interdit de porter "
    "quoi que ce soit pendant six semaines",
    "la biopsie a confirmé un cancer du sein, je commence la chimio le {day} au {hospital}",
    "je suis enceinte de cinq mois et le gynéco m'arrête à partir du {day} : placenta bas "
    "inséré, risque d'hémorragie, repos allongée",
    "ma sciatique m'a bloqué la jambe gauche, l'IRM montre une hernie et je suis opérée le {day}",
    "je craque, mon médecin parle de burn-out et m'arrête à partir du {day}, j'ai rendez-vous "
    "avec une psychologue la semaine prochaine",
    "je me suis déchiré le ligament du genou en ratant une marche, attelle et béquilles au "
    "moins jusqu'au {day}",
)


def assmat_surgery_email(c: Ctx) -> tuple[str, str]:
    first, last = c.pick(WOMEN), c.pick(LAST_NAMES)
    day = c.date(2022, 2025)
    later = after(c, day, 5, 25)
    health = c.pick(ASSMAT_HEALTH).format(day=c.write_date(later), hospital=c.pick(HOSPITALS))
    kids = c.rng.sample(KIDS, 2)
    head = mail_head(
        c,
        f"{first} {last}",
        private_mail(c, first, last),
        to=mairie_mail(c, "rpe"),
        subject=c.pick(
            ("arrêt + mes petits", "je vais devoir arrêter un moment", "urgent accueil")
        ),
        day=day,
    )
    animatrice = c.pick(("Claire", "Marion", "Isabelle", "Hélène"))
    return "courrier", (
        f"{head}\nBonsoir {animatrice},\n\n"
        f"Je préfère te prévenir avant que les parents ne t'appellent : {health}.\n"
        f"Je ne pourrai donc pas accueillir les enfants au moins jusqu'à fin "
        f"{MONTHS_FR[after(c, later, 20, 60).month - 1]}. Les parents de {kids[0]} et de la "
        f"petite {kids[1]} sont au courant, j'ai aussi prévenu la PMI pour mon agrément.\n"
        "Est-ce que tu pourrais leur envoyer la liste des collègues qui ont encore des places "
        f"sur {c.commune} ? Je passerai rendre au relais les jeux empruntés dès que ça ira "
        f"mieux.\n\nMerci pour tout,\n{first}\n\n"
        f"{first} {last.upper()} — assistante maternelle agréée — {phone(c)}"
    )


NURSERIES = ("Les Lutins", "Pirouette", "Les P'tits Mousses", "Bout'chou", "La Marelle")
CRECHE_HEALTH = (
    "39,2 cette nuit, Doliprane donné à 6 h 30. Otite diagnostiquée hier par le pédiatre : "
    "amoxicilline matin et soir pendant 8 jours, le flacon est au frigo",
    "bronchiolite, kiné respiratoire mardi et jeudi à 17 h ; surveiller sa respiration et "
    "lui laver le nez avant la sieste",
    "eczéma qui flambe sur les bras et les genoux : crème (Dexeryl) à chaque change, pas de "
    "peinture à mains nues",
    "convulsion avec la fièvre samedi, passage aux urgences pédiatriques ; si plus de 38,5 "
    "appeler tout de suite maman",
    "reflux, il est sous Gaviscon depuis lundi, le garder bien droit 20 min après le biberon",
    "muguet dans la bouche, traitement Fungizone après chaque repas (ordonnance dans le sac)",
)
CRECHE_DAY = (
    "a fait de la pâte à sel et chanté avec Lucie",
    "sortie au jardin, beaucoup de toboggan",
    "lecture d'albums et transvasement de graines",
    "atelier peinture au rouleau",
)


def creche_transmissions(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    day = c.date(2022, 2025)
    pro = c.pick(("Lucie", "Manon", "Sabrina", "Élodie"))
    return "courrier", (
        f"MULTI-ACCUEIL « {c.pick(NURSERIES)} » — {c.commune}\n"
        f"Cahier de transmissions — section des {c.pick(('bébés', 'moyens', 'grands'))}\n"
        f"{WEEKDAYS[day.weekday()].capitalize()} {c.write_date(day)}\n\n"
        f"{first} {last[0]}. — arrivé(e) à {hour(c, 7, 9)} avec "
        f"{c.pick(('papa', 'maman', 'mamie'))}\n"
        f"Transmis par le parent : {c.pick(CRECHE_HEALTH)}.\n"
        f"Repas : {c.pick(('a tout mangé', 'purée oui, viande non', 'petit appétit'))}\n"
        f"Sieste : de {hour(c, 12, 13)} à {hour(c, 14, 15)}\n"
        f"Activités : {c.pick(CRECHE_DAY)}\n"
        f"Départ : {hour(c, 16, 18)}, repris(e) par {c.pick(('papa', 'maman', 'sa nounou'))}\n"
        f"Signé : {pro} (auxiliaire de puériculture)"
    )


ROUND_PLAIN = (
    "RAS",
    "RAS, repas du soir mis au frigo",
    "clé au boîtier, personne à la maison, repas laissé sur la table comme convenu",
    "absente jusqu'au 12 (chez sa fille), ne pas livrer",
    "chien à attacher avant d'entrer",
    "demande 2 potages en plus la semaine prochaine",
    "a réglé sa facture de {month} en espèces (reçu remis)",
)
ROUND_HEALTH = (
    "ne répondait pas ; trouvée au sol dans la salle de bain, consciente mais incapable de se "
    "relever, se plaint de la hanche ; pompiers appelés à {hh}, transportée au {hospital}",
    "très essoufflé, lèvres bleues, avait oublié de remettre son oxygène ; son infirmière "
    "libérale prévenue, passe dans l'heure",
    "plaie au front, dit être tombée hier soir ; pansement fait par la voisine, médecin "
    "traitant prévenu par la coordinatrice",
    "n'a pas touché aux repas de lundi et mardi, a beaucoup de mal à avaler depuis son AVC ; "
    "fille prévenue, à signaler à l'assistante sociale",
    "de plus en plus confus : m'a demandé trois fois qui j'étais, gazinière allumée sans "
    "casserole ; neveu prévenu, il parle d'une consultation mémoire",
)


def round_name(c: Ctx) -> str:
    return f"{c.pick(('Mme', 'M.', 'Mme', 'M. et Mme'))} {c.pick(LAST_NAMES).upper()}"


def meal_round_report(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    _, driver = c.person()
    rows = []
    month = MONTHS_FR[before(c, day, 20, 40).month - 1]
    for _ in range(c.rng.randint(3, 5)):
        obs = c.pick(ROUND_PLAIN).format(month=month)
        rows.append(f"{round_name(c)} | {c.address()} | {c.rng.randint(1, 2)} | {obs}")
    health = c.pick(ROUND_HEALTH).format(hh=hour(c, 10, 12), hospital=c.pick(HOSPITALS))
    rows.insert(
        c.rng.randint(0, len(rows)),
        f"{round_name(c)} | {c.address()} | {c.rng.randint(1, 2)} | {health}",
    )
    return "courrier", (
        f"CCAS DE {c.commune.upper()} — PORTAGE DE REPAS À DOMICILE\n"
        f"Feuille de tournée {c.pick(('A', 'B', 'Nord', 'Sud'))} — {c.write_date(day)}\n"
        f"Agent livreur : {driver}\n\n"
        "Bénéficiaire | Adresse | Nb repas | Observations\n" + "\n".join(rows) + "\n\n"
        f"Température caisson départ : {c.rng.randint(1, 3)},{c.rng.randint(0, 9)} °C — "
        f"retour : {c.rng.randint(3, 5)},{c.rng.randint(0, 9)} °C\nSignature de l'agent :"
    )


NOTEBOOK_HEALTH = (
    "Mr très confus ce matin, m'a appelée du prénom de sa femme. Pilulier du matin pas touché "
    "-> IDE prévenue pour le traitement",
    "le pansement de l'ulcère de la jambe G a coulé sur les draps, l'infirmière du cabinet "
    "passe à 14h",
    "a encore vomi cette nuit, mal au ventre depuis 2 jours, j'ai appelé le {doctor} qui passe "
    "ce soir",
    "glycémie à 0,52 au réveil (il l'a faite devant moi), resucré avec jus d'orange + "
    "biscuits, à 0,98 à mon départ. Prévenir sa fille",
    "tousse beaucoup et crache, 38,4 de fièvre à 10h. Le médecin vient demain, antibio probable",
    "RDV cardiologue jeudi 14h30 à {town} : taxi réservé, ordonnance et carte vitale "
    "dans la pochette bleue",
)
NOTEBOOK_PLAIN = (
    "courses faites (Intermarché), ticket + monnaie dans la boîte à biscuits",
    "ménage cuisine + sdb, poubelle jaune sortie",
    "linge lavé et étendu dans le garage",
    "lit changé, draps sales dans le panier",
    "il manque du produit vaisselle et des sacs",
    "repassage fait, chemises dans l'armoire",
)


def home_help_notebook(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    helper = c.pick(("Nathalie", "Zohra", "Martine", "Jessica", "Patricia"))
    plain = c.rng.sample(NOTEBOOK_PLAIN, 3)
    health = c.pick(NOTEBOOK_HEALTH).format(doctor=c.pick(DOCTORS), town=c.pick(TOWNS))
    lines = [f"- {plain[0]}", f"- {plain[1]}", f"- {health}", f"- {plain[2]}"]
    c.rng.shuffle(lines)
    return "courrier", (
        f"CCAS de {c.commune} — service d'aide à domicile\nCAHIER DE LIAISON\n"
        f"Bénéficiaire : {civility} — {c.address()}\n\n"
        f"{day.strftime('%d/%m')} — passage {hour(c, 8, 10)} / {hour(c, 10, 12)} — {helper}\n"
        + "\n".join(lines)
        + f"\nprochain passage : {WEEKDAYS[after(c, day, 1, 3).weekday()]}\n{helper}"
    )


IPM_HEALTH = (
    "Examiné aux urgences du {hospital} : plaie de l'arcade sourcilière gauche suturée (trois "
    "points), certificat de non-admission délivré à {hh}",
    "Le médecin régulateur du SAMU fait conduire l'intéressé aux urgences du {hospital} pour "
    "un taux de 2,6 g/l et une hypothermie ; gardé en observation",
    "Lors de la fouille, découverte d'une boîte de Subutex (traitement de substitution, "
    "ordonnance à son nom) ; l'intéressé déclare être suivi au CSAPA de {town}",
    "L'intéressé déclare être diabétique insulino-dépendant et ne pas avoir mangé depuis la "
    "veille ; glycémie contrôlée par les pompiers à 0,45 g/l, resucrage sur place",
)


def ipm_main_courante(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    born = c.date(1958, 2003)
    facts = c.pick(IPM_HEALTH).format(
        hospital=c.pick(HOSPITALS), town=c.pick(TOWNS), hh=hour(c, 22, 23)
    )
    place = c.pick(
        (
            "parvis de la salle des fêtes",
            "abribus de la place du marché",
            "parking du stade",
            "devant le bar-tabac Le Balto",
        )
    )
    return "courrier", (
        f"POLICE MUNICIPALE DE {c.commune.upper()}\nMAIN COURANTE — extrait\n"
        f"Mention n° {day.year}/{c.rng.randint(100, 999)}    Date : {c.write_date(day)}    "
        f"Heure : {hour(c, 19, 23)}\n"
        f"Agents : BP {c.pick(LAST_NAMES).upper()}, GP {c.pick(LAST_NAMES).upper()}\n"
        f"Lieu : {place}\n"
        "Motif : ivresse publique et manifeste (IPM)\n"
        "Faits : sur appel d'un commerçant, découvrons un individu titubant, tenant des propos "
        "incohérents, ne pouvant se tenir debout seul.\n"
        f"Identité : {name}, né(e) le {born.strftime('%d/%m/%Y')}, demeurant {c.address()}\n"
        f"{facts}.\n"
        "Suites : remis à la gendarmerie pour placement en chambre de dégrisement ; "
        "contravention de 2e classe relevée.\nRédacteur : le chef de poste"
    )


CIVIL_PURPOSES = (
    (
        "son",
        "Elle m'est demandée par la MDPH pour le renouvellement de son AEEH : {first} est "
        "atteint d'une surdité profonde des deux oreilles et porte un implant cochléaire depuis "
        "ses deux ans.",
    ),
    (
        "mother",
        "Elle doit être jointe à la requête en mise sous tutelle que je dépose auprès du juge, "
        "ma mère étant atteinte d'une maladie d'Alzheimer à un stade avancé (certificat du "
        "médecin agréé joint au dossier).",
    ),
    (
        "brother",
        "Il est hospitalisé en psychiatrie depuis plusieurs mois pour une schizophrénie et son "
        "curateur m'a chargé(e) de reconstituer ses papiers.",
    ),
    (
        "self",
        "Elle est exigée pour mon dossier de pension d'invalidité : ma sclérose en plaques ne "
        "me permet plus de travailler depuis l'an dernier.",
    ),
    (
        "daughter",
        "Le centre de rééducation où {first} est hospitalisée depuis son accident de scooter "
        "(traumatisme crânien) la réclame pour son dossier d'admission.",
    ),
)
MEN = ("Paul", "Karim", "Thierry", "Mathieu", "Yannick", "Gérard", "Bruno", "Jean-Luc")


def relative_of(c: Ctx, kind: str, surname: str) -> tuple[str, str, dt.date]:
    """(how the request names the person, their first name, their birth date)."""
    if kind == "son":
        first = c.pick(BOYS)
        return f"de mon fils {first}", first, c.date(2008, 2020)
    if kind == "daughter":
        first = c.pick(GIRLS)
        return f"de ma fille {first}", first, c.date(2004, 2012)
    if kind == "mother":
        first = c.pick(WOMEN)
        return f"de ma mère, {first} {surname}", first, c.date(1930, 1950)
    if kind in ("brother", "father"):
        first = c.pick(MEN)
        who = "mon frère" if kind == "brother" else "mon père"
        born = c.date(1955, 1990) if kind == "brother" else c.date(1930, 1955)
        return f"de {who}, {first} {surname}", first, born
    return "me concernant", "", c.date(1955, 1995)


def civil_copy_request_health(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    kind, why = c.rng.choice(CIVIL_PURPOSES)
    whom, first, born = relative_of(c, kind, surname_of(name))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.rng.randint(10, 95)}{digits(c, 3)} {c.pick(TOWNS)}\n\n"
        f"Mairie de {c.commune}\nService de l'état civil\n\n"
        f"{c.pick(TOWNS)}, le {c.write_date(c.date(2022, 2025))}\n\n"
        "Objet : demande de copie intégrale d'acte de naissance\n\n"
        "Madame, Monsieur,\n"
        "Je vous serais reconnaissant(e) de bien vouloir m'adresser une copie intégrale de "
        f"l'acte de naissance {whom}, né(e) à {c.commune} le {c.write_date(born)}.\n"
        f"{why.format(first=first)}\n"
        "Vous trouverez ci-joint une enveloppe timbrée et la copie de ma pièce d'identité.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


ACCESS_PLACES = (
    (
        "mariage de ma fille le {day}",
        "Le mariage de ma fille est célébré le {day} dans votre salle des mariages, au premier "
        "étage, toujours sans ascenseur.",
    ),
    (
        "bureau de vote n° 2",
        "Dimanche, je n'ai pas pu entrer dans le bureau de vote n° 2 à l'école : trois marches, "
        "pas de rampe, et personne pour m'aider.",
    ),
    (
        "accès à la médiathèque",
        "La porte de la nouvelle médiathèque est trop lourde et il n'y a pas de sonnette à "
        "hauteur ; j'ai attendu vingt minutes dehors le {day}.",
    ),
)
ACCESS_HEALTH = (
    "Je suis paraplégique depuis un accident de moto et je me déplace en fauteuil manuel",
    "Depuis mon amputation de la jambe droite (artérite), je ne marche qu'avec deux cannes et "
    "très peu de temps",
    "Atteinte de la maladie de Charcot, je suis désormais en fauteuil électrique",
    "Avec mon insuffisance cardiaque, je suis essoufflé(e) au bout de quelques marches et mon "
    "cardiologue m'interdit les escaliers",
)


def accessibility_complaint(c: Ctx) -> tuple[str, str]:
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    day = c.date(2022, 2025)
    subject, where = c.rng.choice(ACCESS_PLACES)
    when = c.write_date(after(c, day, 10, 60))
    head = mail_head(
        c,
        f"{first.lower()} {last.lower()}",
        private_mail(c, first, last),
        to=mairie_mail(c, "contact"),
        subject=subject.format(day=when),
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n{c.pick(ACCESS_HEALTH)}. {where.format(day=when)}\n"
        "Cela fait des années qu'on nous parle de l'agenda d'accessibilité (Ad'AP) et rien ne "
        "change. Je vous demande de trouver une solution (rampe amovible, célébration ou "
        "bureau au rez-de-chaussée…) et de me répondre par écrit.\n\n"
        f"Cordialement\n{first} {last}\n{c.address()} — {phone(c)}"
    )


READERS = (
    (
        True,
        "dyslexie-dysorthographie sévère diagnostiquée en CE1, suivi orthophonique chaque semaine",
    ),
    (True, "trouble dys (dyspraxie visuo-spatiale) : bilan d'ergothérapie joint"),
    (False, "DMLA aux deux yeux, ne peut plus lire les caractères ordinaires"),
    (False, "séquelles d'AVC : hémianopsie, la lecture est très fatigante"),
    (False, "maladie de Parkinson, tremblements : ne peut plus tenir un livre"),
)


def library_adapted_reading(c: Ctx) -> tuple[str, str]:
    child, situation = c.rng.choice(READERS)
    if child:
        first, last = kid(c)
        reader = f"{first} {last}"
        born = c.write_date(c.date(2012, 2017))
        parent = f"\nResponsable légal : {c.person()[0]}"
    else:
        _, reader = c.person()
        born = c.write_date(c.date(1932, 1960))
        parent = ""
    proof = c.pick(
        (
            "attestation du médecin traitant",
            "notification MDPH",
            "compte rendu du bilan orthophonique",
            "carte mobilité inclusion",
        )
    )
    return "courrier", (
        f"MÉDIATHÈQUE {c.pick(('Louise-Michel', 'du Moulin', 'Jules-Verne'))} — "
        f"{c.commune}\nINSCRIPTION AU SERVICE « LIRE AUTREMENT »\n"
        "(livres audio, textes adaptés, liseuses, format DAISY)\n\n"
        f"Lecteur : {reader}    N° de carte : {reference(c, 8)}\n"
        f"Date de naissance : {born}{parent}\n"
        "Situation ouvrant droit au service (exception handicap du code de la propriété "
        f"intellectuelle) : {situation}\n"
        f"Justificatif présenté : {proof}\n"
        "Supports souhaités : ☒ livres audio  ☐ gros caractères  ☒ liseuse\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(2022, 2025))} — la bibliothécaire"
    )


SMS_HEALTH = (
    "il a la gastro depuis cette nuit, il a vomi 3 fois, donc pas de cantine ni garderie "
    "aujourd'hui, le médecin a dit 48h",
    "elle a la varicelle !! elle revient pas avant lundi minimum",
    "conjonctivite, collyre 4 fois par jour, il revient demain mais faudrait lui mettre ses "
    "gouttes à midi svp (flacon dans le cartable)",
    "il s'est cassé le bras au foot, plâtre 3 semaines, il mange à la cantine mais il peut "
    "pas couper sa viande",
    "angine à strepto, antibio jusqu'à vendredi, elle reste à la maison",
    "il a des poux ET de l'impétigo sur la joue, le doc dit pas de collectivité avant 3 jours",
)


def canteen_text_message(c: Ctx) -> tuple[str, str]:
    first, _ = kid(c)
    day = school_day(c)
    who = c.pick(("la maman", "le papa", "la mamie"))
    teacher = c.pick(("Mme Rigal", "M. Soulié", "mme Besson", "la maîtresse des CP"))
    return "courrier", (
        f"Téléphone du périscolaire — {c.commune}\nSMS reçu le {day.strftime('%d/%m/%Y')} à "
        f"{hhmm(c, 6, 8)}\nDe : {phone(c)} ({who.replace('la ', '').replace('le ', '')} "
        f"{first})\n\n"
        f"« Bjr c {who} de {first} ds la classe de {teacher}, {c.pick(SMS_HEALTH)}. Merci "
        "bonne journée »\n\n"
        f"Réponse envoyée à {hhmm(c, 8, 9)} : « Bien noté, nous prévenons la cuisine. Bon "
        f"rétablissement à {first}. L'équipe périscolaire »"
    )


BUS_HEALTH = (
    "s'est mis à saigner abondamment du nez sans s'arrêter ; la maman, venue le chercher, "
    "précise qu'il a une maladie de Willebrand (trouble de la coagulation)",
    "a fait une crise d'angoisse (hyperventilation, pleurs) ; la maman nous apprend qu'il est "
    "suivi au CMP depuis la rentrée",
    "s'est coincé les doigts dans la porte ; fracture de deux phalanges confirmée le soir aux "
    "urgences",
    "était pâle, tremblant(e) et en sueur : hypoglycémie, l'élève a pris le sucre de sa trousse "
    "de diabétique et son lecteur indiquait 0,50",
    "a perdu connaissance quelques secondes à l'arrêt ; la maman dit qu'il sort d'une "
    "hospitalisation pour un souffle au cœur",
)


def school_bus_incident(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    day = school_day(c)
    morning = c.rng.random() < 0.5
    when = hour(c, 7, 8) if morning else hour(c, 16, 17)
    _, driver = c.person()
    return "courrier", (
        f"{interco(c)}\nService des transports scolaires\n"
        "FICHE DE SIGNALEMENT D'INCIDENT\n\n"
        f"Circuit n° {c.rng.randint(1, 40)} — {'matin' if morning else 'soir'} — "
        f"{c.write_date(day)}\n"
        f"Transporteur : {c.pick(('Autocars Delmas', 'Transports Raynal', 'Keolis Sud'))}\n"
        f"Conducteur : {driver}\n"
        f"Élève concerné : {first} {last}, {c.pick(('CE2', 'CM1', '6e', '5e', '4e'))}, "
        f"arrêt « {c.pick(('Le Bourg', 'La Croix Blanche', 'Moulin Neuf', 'Les Granges'))} »\n"
        f"Description : vers {when}, l'élève {c.pick(BUS_HEALTH)}.\n"
        "Mesures prises : arrêt du car en sécurité, appel au régulateur et aux parents.\n"
        "Transmis à : l'établissement scolaire, la mairie de résidence.\n"
        "Signature du conducteur :"
    )


TWIN_TOWNS = (
    ("Bad Waldsee", "Allemagne"),
    ("Castelnuovo", "Italie"),
    ("Tregaron", "pays de Galles"),
    ("Villanueva del Río", "Espagne"),
)
TWIN_PLAIN = (
    "végétarienne",
    "arrive par ses propres moyens le samedi",
    "parle français",
    "couple, lit double",
    "ne mange pas de porc",
    "souhaite visiter la cave coopérative",
    "—",
)
TWIN_HEALTH = (
    "appareil d'apnée du sommeil (PPC) : prise électrique près du lit",
    "diabétique sous insuline, stylos à garder au réfrigérateur",
    "fauteuil roulant (sclérose en plaques), chambre au rez-de-chaussée impérative",
    "allergie grave aux piqûres de guêpe, stylo d'adrénaline sur lui",
    "sous dialyse : séance organisée au centre de {town} le lundi matin",
)


def twinning_delegation_list(c: Ctx) -> tuple[str, str]:
    town, country = c.rng.choice(TWIN_TOWNS)
    day = c.date(2022, 2025)
    rows = []
    for _ in range(c.rng.randint(4, 6)):
        rows.append(
            f"{c.pick(LAST_NAMES).upper()} {c.pick(FIRST_NAMES)} | famille "
            f"{c.pick(LAST_NAMES)} | {c.pick(TWIN_PLAIN)}"
        )
    rows.insert(
        c.rng.randint(0, len(rows)),
        f"{c.pick(LAST_NAMES).upper()} {c.pick(FIRST_NAMES)} | famille {c.pick(LAST_NAMES)} | "
        f"{c.pick(TWIN_HEALTH).format(town=c.pick(TOWNS))}",
    )
    return "courrier", (
        f"COMITÉ DE JUMELAGE {c.commune.upper()} – {town.upper()} ({country})\n"
        f"Accueil de la délégation du {c.write_date(day)} au "
        f"{c.write_date(after(c, day, 3, 4))}\n"
        "Liste des participants et répartition dans les familles\n\n"
        "Participant | Famille d'accueil | Remarques\n" + "\n".join(rows) + "\n\n"
        "Réception officielle en mairie le samedi à 11 h. Merci de signaler tout changement à "
        f"la présidente du comité ({phone(c)})."
    )


CMJ_HEALTH = (
    "opérée des amygdales la semaine dernière",
    "hospitalisé au {hospital} pour sa scoliose, il porte un corset",
    "jambe cassée après sa chute en trottinette, encore en fauteuil",
    "en convalescence après une appendicite",
    "grippe, 40 de fièvre selon sa maman",
)


def cmj_minutes_health(c: Ctx) -> tuple[str, str]:
    day = school_day(c)
    absent, absent_last = kid(c)
    present = ", ".join(c.rng.sample(KIDS, 5))
    reason = c.pick(CMJ_HEALTH).format(hospital=c.pick(HOSPITALS))
    return "pv_seance", (
        f"CONSEIL MUNICIPAL DES JEUNES DE {c.commune.upper()}\n"
        f"Compte rendu de la séance plénière du {c.write_date(day)}\n\n"
        f"Présents : {present}, et l'adjointe à la jeunesse.\n"
        f"Excusé(e) : {absent} {absent_last.title()} ({reason}).\n\n"
        "1. Projet de city-stade : les jeunes ont présenté les trois emplacements possibles. "
        "Vote : le terrain derrière la salle des fêtes l'emporte.\n"
        "2. Opération « nettoyons la nature » : rendez-vous le samedi 9 h devant la mairie, "
        "gants et sacs fournis.\n"
        "3. Questions diverses : les jeunes demandent une boîte à livres près de l'arrêt de "
        f"bus. Tous les conseillers signent une carte pour {absent}.\n"
        f"Prochaine séance : {c.write_date(after(c, day, 20, 45))}."
    )


APC_HEALTH = (
    "elle s'est cassé le poignet en glissant sur le verglas et elle est plâtrée jusqu'au {day}",
    "elle a été opérée de la vésicule en urgence et son arrêt court jusqu'au {day}",
    "elle est hospitalisée pour une pyélonéphrite, arrêt prévu jusqu'au {day}",
    "elle a un zona très douloureux qui touche l'œil, arrêtée jusqu'au {day}",
)


def apc_closure_email(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    first, last = c.pick(WOMEN), c.pick(LAST_NAMES)
    back = after(c, day, 10, 30)
    head = mail_head(
        c,
        f"Secrétariat mairie {c.commune}",
        mairie_mail(c, "secretariat"),
        to="Référent agences postales — La Poste",
        subject=f"APC {c.commune} — fermeture exceptionnelle",
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n"
        f"Notre agente de l'agence postale communale, {first} {last.upper()}, est absente : "
        f"{c.pick(APC_HEALTH).format(day=c.write_date(back))}.\n"
        "Nous n'avons personne de formé pour la remplacer au guichet ; l'APC sera donc fermée "
        f"du {c.write_date(after(c, day, 1, 2))} au {c.write_date(back)} inclus.\n"
        "Pouvez-vous faire rediriger les instances vers le bureau de "
        f"{c.pick(TOWNS)} et mettre à jour l'affichage sur le site ?\n\n"
        f"Bien cordialement,\nLa secrétaire de mairie\n{phone(c)}"
    )


HEDGE_HEALTH = (
    "Les pollens de ces cyprès déclenchent chez mon fils {kid} des crises d'asthme sévères : il "
    "a été hospitalisé deux nuits en avril et son pneumologue recommande l'arrachage",
    "Mon épouse, atteinte d'une DMLA, ne voit plus rien dans la cuisine dès 15 h tant la haie "
    "nous plonge dans l'ombre",
    "Je souffre d'une dépression saisonnière et mon psychiatre m'a prescrit de la "
    "luminothérapie ; vivre dans le noir toute l'année n'arrange rien",
    "Depuis mon opération de la hanche je ne peux plus monter à l'échelle pour ramasser les "
    "aiguilles qui bouchent mes gouttières",
)


def hedge_complaint_health(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    neighbour, _ = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Monsieur le Maire\nService urbanisme\n\n{c.write_date(c.date(2022, 2025))}\n\n"
        "Objet : haie de thuyas et cyprès en limite de propriété\n\n"
        "Monsieur le Maire,\n"
        f"La haie plantée par mon voisin, {neighbour}, dépasse aujourd'hui "
        f"{c.rng.randint(5, 9)} mètres de haut à moins de deux mètres de la limite, ce que "
        "l'article 671 du code civil interdit.\n"
        f"{c.pick(HEDGE_HEALTH).format(kid=c.pick(KIDS))}.\n"
        "Mes demandes amiables sont restées sans réponse. Je vous serais reconnaissant(e) de "
        "bien vouloir intervenir ou de m'indiquer la démarche à suivre (conciliateur ?).\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


MEDIATION_HEALTH = (
    "{b} explique travailler de nuit et être en arrêt depuis deux mois pour un burn-out, et "
    "dit ne plus supporter les bruits de talons et de chaises le matin",
    "{b} souffre d'acouphènes invalidants depuis un traumatisme sonore et porte des "
    "générateurs de bruit ; la musique du week-end lui est insupportable",
    "La fille de {b} indique que sa mère est atteinte d'une maladie d'Alzheimer : elle sort la "
    "nuit, frappe aux portes et ne se souvient pas des échanges",
    "{b} reconnaît boire beaucoup depuis son divorce et dit avoir repris contact avec un "
    "addictologue ; excuses présentées pour les cris nocturnes",
)


def mediation_report_health(c: Ctx) -> tuple[str, str]:
    _, a = c.person()
    b_civ, _ = c.person()
    day = c.date(2022, 2025)
    return "courrier", (
        f"Point d'accès au droit — {c.commune}\nMÉDIATION DE VOISINAGE — COMPTE RENDU\n"
        f"Rencontre du {c.write_date(day)} en mairie, salle {c.rng.randint(1, 4)}\n"
        f"Médiatrice : {c.pick(('Mme Cazes', 'Mme Verdier', 'M. Ortiz'))}\n"
        f"Parties : {a} (locataire au {c.rng.randint(2, 4)}e) et {b_civ} (locataire au "
        f"{c.rng.randint(0, 1)}er étage), résidence "
        f"{c.pick(('Les Acacias', 'Le Clos Fleuri', 'Bellevue'))}\n\n"
        f"{a} se plaint de bruits et d'éclats de voix répétés.\n"
        f"{c.pick(MEDIATION_HEALTH).format(b=b_civ)}.\n"
        "Engagements : feutres sous les chaises, pas de bruit entre 22 h et 8 h, les parties "
        "se préviendront par SMS en cas d'événement exceptionnel.\n"
        f"Point d'étape prévu le {c.write_date(after(c, day, 30, 60))}."
    )


BITE_HEALTH = (
    "quatre points de suture à la joue, antibiotiques et rappel du vaccin antitétanique",
    "une morsure profonde à l'avant-bras, opérée au bloc pour nettoyer la plaie",
    "des plaies au mollet et à la cuisse, soins infirmiers tous les deux jours",
)


def dog_bite_parent_email(c: Ctx) -> tuple[str, str]:
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    boy = c.rng.random() < 0.5
    child = c.pick(BOYS if boy else GIRLS)
    relation = "mon fils" if boy else "ma fille"
    day = c.date(2022, 2025)
    owner, _ = c.person()
    head = mail_head(
        c,
        f"{first} {last.upper()}",
        private_mail(c, first, last),
        to=mairie_mail(c, "police-municipale"),
        subject=f"morsure de chien — {relation}" if c.rng.random() < 0.5 else "chien dangereux",
        day=day,
    )
    return "courrier", (
        f"{head}\nMadame, Monsieur,\n\n"
        f"Hier vers {hour(c, 16, 19)}, {relation} {child} ({c.rng.randint(5, 11)} ans) a été "
        f"mordu{'' if boy else 'e'} par le chien de {owner}, sorti sans laisse de la "
        f"propriété, {c.address()}.\n"
        f"Les urgences pédiatriques du {c.pick(HOSPITALS)} ont constaté "
        f"{c.pick(BITE_HEALTH)}.\n"
        f"Depuis, {child} fait des cauchemars toutes les nuits et refuse d'aller à l'école à "
        "pied ; nous avons rendez-vous avec une psychologue.\n"
        "Je joins le certificat médical. Je vous demande de faire le nécessaire (déclaration de "
        "morsure, évaluation du chien) : ce n'est pas la première fois.\n\n"
        f"{first} {last}\n{phone(c)}"
    )


COLD_PLAIN = (
    "va bien, chauffage OK",
    "répondeur — rappel à 14 h : va bien",
    "n'a besoin de rien, sa fille passe tous les jours",
    "demande une livraison de courses (transmis au CCAS)",
    "bois de chauffage livré samedi, OK",
)
COLD_HEALTH = (
    "injoignable 9 h et 11 h ; voisine : hospitalisée depuis lundi pour une pneumonie",
    "sous oxygène, inquiet pour une coupure de courant : appareil signalé à Enedis",
    "est tombé la semaine dernière, bras en écharpe, kiné à domicile ; moral bas",
    "grippée, 39 de fièvre, le médecin est passé ; le fils dort chez elle",
    "très essoufflée au téléphone, dit que son cœur « fatigue » ; médecin traitant prévenu",
)


def cold_register_call_log(c: Ctx) -> tuple[str, str]:
    day = dt.date(c.rng.randint(2022, 2025), c.rng.choice((12, 1, 2)), c.rng.randint(1, 28))
    rows = []
    for _ in range(c.rng.randint(4, 6)):
        rows.append(
            f"{round_name(c)} | {c.rng.randint(72, 96)} ans | {hour(c, 9, 11)} | "
            f"{c.pick(COLD_PLAIN)}"
        )
    rows.insert(
        c.rng.randint(0, len(rows)),
        f"{c.pick(('Mme', 'M.'))} {c.pick(LAST_NAMES).upper()} | {c.rng.randint(72, 96)} ans | "
        f"{hour(c, 9, 11)} | {c.pick(COLD_HEALTH)}",
    )
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()} — PLAN GRAND FROID\n"
        "Registre des personnes âgées et isolées — suivi des appels\n"
        f"Journée du {c.write_date(day)} (vigilance {c.pick(('jaune', 'orange'))})\n"
        f"Appelant : {c.person()[1]}, CCAS\n\n"
        "Personne | Âge | Appel | Observations\n" + "\n".join(rows) + "\n\n"
        "Prochaine série d'appels demain matin."
    )


VACCINE_HEALTH = (
    "j'ai développé une péricardite et j'ai été hospitalisé(e) cinq jours au {hospital}",
    "j'ai fait une paralysie faciale du côté gauche, encore visible aujourd'hui",
    "j'ai eu un zona géant et une fièvre à 40 pendant une semaine",
    "mes règles se sont arrêtées et mon gynécologue soupçonne un lien",
)


def vaccine_reaction_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2021, 2023)
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Monsieur le Maire,\nLe {c.write_date(day)}, j'ai reçu ma "
        f"{c.pick(('première', 'deuxième', 'troisième'))} dose au centre de vaccination "
        f"installé par la commune dans {c.pick(('la salle polyvalente', 'le gymnase'))}.\n"
        "Dans les jours qui ont suivi, "
        f"{c.pick(VACCINE_HEALTH).format(hospital=c.pick(HOSPITALS))}.\n"
        "Mon médecin a déclaré l'effet indésirable à la pharmacovigilance. Pour compléter mon "
        "dossier d'indemnisation auprès de l'ONIAM, je vous remercie de me communiquer le "
        "numéro du lot injecté et le nom du médecin responsable ce jour-là.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


ELU_DISABILITY = (
    (
        "est atteint(e) d'une malvoyance profonde (rétinopathie)",
        "l'accompagnement par une aide "
        "humaine et la transcription en braille des dossiers de séance",
    ),
    (
        "se déplace en fauteuil roulant en raison d'une myopathie",
        "un transport adapté pour se rendre aux séances et aux commissions",
    ),
    ("est sourd(e) de naissance", "la présence d'un interprète en langue des signes"),
    (
        "est atteint(e) d'une sclérose en plaques qui limite ses déplacements",
        "des frais de taxi et l'aide d'une tierce personne",
    ),
)


def elu_disability_deliberation(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    condition, need = c.rng.choice(ELU_DISABILITY)
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\nDélibération n° {c.act_number(day.year)}\n"
        f"Séance du {c.write_date(day)}\n"
        "Objet : remboursement des frais spécifiques d'un conseiller municipal en situation de "
        "handicap\n\n"
        "Vu le code général des collectivités territoriales, notamment l'article L. 2123-18-1 ;"
        f"\nMonsieur le Maire expose que {civility}, conseiller(ère) municipal(e), {condition}, "
        f"ce qui lui impose {need} pour exercer son mandat.\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité (l'intéressé(e) ne "
        "prenant pas part au vote) :\n"
        "- décide de rembourser sur justificatifs les frais spécifiques exposés, dans la limite "
        "du montant horaire du SMIC par heure de réunion ;\n"
        "- dit que les crédits sont inscrits au chapitre 65."
    )


HARASS_HEALTH = (
    "arrêt de travail du {d1} au {d2}, suivi par une psychologue et traitement anxiolytique",
    "crises d'angoisse au réveil, insomnies ; mon médecin m'a mis sous antidépresseur",
    "j'ai fait un malaise sur mon poste le {d1}, pris en charge par les pompiers ; depuis "
    "arrêt maladie",
    "perte de 8 kg, eczéma nerveux, je vois le psychiatre du travail tous les quinze jours",
)


def harassment_report(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    _, boss = c.person()
    day = c.date(2022, 2025)
    d1 = before(c, day, 20, 60)
    consequences = c.pick(HARASS_HEALTH).format(
        d1=c.write_date(d1), d2=c.write_date(after(c, d1, 15, 45))
    )
    return "courrier", (
        "DISPOSITIF DE SIGNALEMENT DES ACTES DE VIOLENCE, DE DISCRIMINATION, DE HARCÈLEMENT "
        "ET D'AGISSEMENTS SEXISTES\nFiche de signalement — confidentiel\n\n"
        f"Collectivité : commune de {c.commune}\nAgent auteur du signalement : {name}\n"
        f"Grade / service : {c.pick(GRADES)} — {c.pick(('voirie', 'écoles', 'accueil'))}\n"
        f"Personne mise en cause : {boss}, responsable de service\n"
        "Nature des faits : ☐ violence  ☐ discrimination  ☒ harcèlement moral  ☐ sexisme\n"
        "Description : remarques humiliantes devant les collègues, retrait de mes missions, "
        "messages le soir et le week-end depuis septembre.\n"
        f"Conséquences sur ma santé : {consequences}\n"
        f"Date : {c.write_date(day)}    Signature :"
    )


RETURN_HEALTH = (
    (
        "14 mois de congé de longue maladie pour le traitement d'un lymphome (chimiothérapie "
        "puis radiothérapie)",
        "pas de port de charges de plus de 10 kg, reprise à temps partiel thérapeutique à 60 %",
    ),
    (
        "un congé de maladie ordinaire de 5 mois pour un syndrome dépressif sévère",
        "éviter l'accueil du public seul(e) les premières semaines ; point mensuel avec le "
        "médecin du travail",
    ),
    (
        "un AVC en mars, avec une légère faiblesse du bras droit",
        "poste administratif provisoire, pas de conduite d'engins, clavier et souris adaptés",
    ),
    (
        "la pose d'une prothèse totale du genou gauche",
        "pas d'agenouillement ni de montée sur escabeau pendant six mois",
    ),
)


def return_to_work_minutes(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    absence, advice = c.rng.choice(RETURN_HEALTH)
    return "courrier", (
        f"Commune de {c.commune} — service des ressources humaines\n"
        "COMPTE RENDU D'ENTRETIEN DE RETOUR À L'EMPLOI\n\n"
        f"Date : {c.write_date(day)}\nAgent : {civility}, {c.pick(GRADES)}\n"
        "Présents : la DGS, le responsable de service, la conseillère en prévention\n\n"
        f"L'agent reprend ses fonctions après {absence}.\n"
        f"Préconisations du médecin du travail : {advice}.\n"
        "Organisation : tutorat par un collègue pendant un mois, réunion d'équipe pour "
        "présenter les changements intervenus pendant l'absence.\n"
        f"Prochain point : {c.write_date(after(c, day, 25, 40))}.\n"
        "Signatures de l'agent et de la DGS"
    )


CAST_HEALTH = (
    "temporairement immobilisé(e) à la suite d'une fracture du tibia (plâtre cruro-pédieux)",
    "sorti(e) d'hospitalisation après une opération du genou, ne marchant qu'avec un déambulateur",
    "en fauteuil roulant pour plusieurs semaines après une fracture du bassin",
    "sous chimiothérapie et trop fatigué(e) pour marcher plus de quelques mètres",
)


def temporary_parking_health(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    home = c.address()
    end = after(c, day, 30, 90)
    return "arrete_temporaire", (
        f"ARRÊTÉ TEMPORAIRE N° {c.act_number(day.year, 'CIRC-')}\n"
        "portant réservation temporaire d'un emplacement de stationnement\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, articles L. 2213-1 et L. 2213-2 ;\n"
        f"Considérant que {civility}, demeurant {home}, est {c.pick(CAST_HEALTH)}, et doit être "
        f"conduit(e) {c.pick(('trois fois par semaine', 'chaque jour'))} à ses soins ;\n"
        "Considérant l'absence de garage et la largeur réduite de la rue ;\nARRÊTE\n"
        f"Article 1 : du {c.write_date(day)} au {c.write_date(end)}, un emplacement est réservé "
        f"au droit du {home} aux véhicules assurant le transport de l'intéressé(e).\n"
        "Article 2 : la signalisation sera posée par les services techniques.\n"
        f"Fait à {c.commune}, le {c.write_date(before(c, day, 1, 5))}"
    )


CREMATION_DEVICES = (
    "d'un stimulateur cardiaque",
    "d'un défibrillateur automatique implantable",
    "d'une pompe à insuline implantée",
    "d'un neurostimulateur (maladie de Parkinson)",
)


def cremation_device_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    death = before(c, day, 1, 3)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'FUN-')}\nportant autorisation de crémation\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, article R. 2213-34 ;\n"
        f"Vu la demande présentée par {c.person()[0]}, fils/fille du défunt, ayant qualité "
        "pour pourvoir aux funérailles ;\n"
        f"Vu le certificat de décès établi par le {c.pick(DOCTORS)}, ne mentionnant pas "
        "d'obstacle médico-légal ;\n"
        f"Vu l'attestation du même médecin certifiant que le défunt était porteur "
        f"{c.pick(CREMATION_DEVICES)} et que l'appareil a été retiré avant la mise en bière ;"
        "\nARRÊTE\n"
        f"Article 1 : la crémation du corps de {civility}, décédé(e) le "
        f"{c.write_date(death)}, est autorisée au crématorium de {c.pick(TOWNS)}.\n"
        "Article 2 : les cendres seront remises à la famille.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


CHECKUP_FINDINGS = (
    "une baisse de l'acuité visuelle (4/10 à l'œil gauche) et un léger strabisme",
    "une perte d'audition de l'oreille droite à l'audiogramme",
    "un retard de langage (articulation et vocabulaire)",
    "une courbe de poids au-delà du 97e percentile (surpoids)",
    "une scoliose débutante à l'examen du dos",
)


def school_checkup_letter(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    day = school_day(c)
    advice = c.pick(
        (
            "de consulter un ophtalmologiste ou un ORL selon le cas",
            "d'en parler à votre médecin traitant, qui pourra prescrire un bilan",
            "de prendre rendez-vous avec un spécialiste",
        )
    )
    return "courrier", (
        f"Ville de {c.commune} — service communal de santé scolaire\n"
        f"{c.pick(SCHOOLS)}\n\nAux parents de {first} {last}, "
        f"{c.pick(('grande section', 'CP', 'CE1'))}\n\n"
        f"Madame, Monsieur,\nLors du bilan de santé réalisé à l'école le {c.write_date(day)}, "
        f"le médecin a constaté chez votre enfant {c.pick(CHECKUP_FINDINGS)}.\n"
        f"Nous vous conseillons {advice} et de nous retourner le coupon ci-dessous après "
        "la consultation.\n"
        "Le médecin scolaire reste à votre disposition le mardi matin.\n"
        f"{c.pick(DOCTORS)}, médecin de santé scolaire\n\n"
        "----------\nCoupon à retourner — enfant vu le : ……  par : ……"
    )


POOL_HEALTH = (
    "a ressenti une douleur dans la poitrine en sortant du bassin et s'est effondré(e) ; "
    "massage cardiaque et DAE (un choc délivré) par les MNS, reprise d'une activité, "
    "transporté(e) au {hospital} par le SMUR",
    "a fait une crise d'épilepsie dans la ligne d'eau n° 3 ; sorti(e) de l'eau par le MNS, "
    "PLS, pompiers ; l'usager(ère) indique être sous Dépakine",
    "a glissé sur la plage du bassin : plaie du cuir chevelu, 5 points de suture aux urgences",
    "a fait un malaise hypotensif en sortant du hammam ; l'intéressé(e) dit être enceinte de "
    "quatre mois",
)


def pool_incident_report(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    return "courrier", (
        f"CENTRE AQUATIQUE INTERCOMMUNAL — {interco(c)}\nRAPPORT D'INCIDENT\n\n"
        f"Date : {c.write_date(day)}    Heure : {hour(c, 10, 20)}\n"
        f"MNS de surveillance : {c.pick(LAST_NAMES).upper()}, {c.pick(LAST_NAMES).upper()}\n"
        f"Usager : {name}, abonné(e) n° {reference(c, 6)}\n"
        f"Faits : l'usager(ère) {c.pick(POOL_HEALTH).format(hospital=c.pick(HOSPITALS))}.\n"
        f"Fréquentation au moment des faits : {c.rng.randint(40, 180)} personnes.\n"
        "Bassin évacué pendant l'intervention puis rouvert.\n"
        "Copie : direction, assureur."
    )


CAMP_HEALTH = (
    "{kid} a été conduit(e) chez le médecin de {town} le troisième jour : angine blanche, "
    "antibiotiques pendant six jours ; la famille a été prévenue",
    "{kid} a fait plusieurs crises d'angoisse la nuit ; sa maman nous a confié qu'il/elle est "
    "suivi(e) par un pédopsychiatre depuis le décès de son père",
    "{kid} s'est foulé la cheville à l'accrobranche ; radio à {town}, attelle pour dix jours",
    "{kid}, dont la fiche sanitaire signalait un asthme, a eu une crise au refuge ; "
    "Ventoline donnée, tout est rentré dans l'ordre",
    "{kid} a eu de la fièvre et des plaques : varicelle, isolé(e) deux jours avant le retour",
)


def camp_director_report(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    first, last = kid(c)
    place = c.pick(("Saint-Lary", "l'île d'Oléron", "le Cantal", "Gruissan"))
    return "courrier", (
        f"Service jeunesse de {c.commune}\nSÉJOUR D'ÉTÉ {year} — {place.upper()}\n"
        "Bilan de la directrice\n\n"
        f"Effectif : {c.rng.randint(18, 32)} enfants de 8 à 12 ans, "
        f"{c.rng.randint(3, 5)} animateurs.\n"
        "Activités : rafting, veillées, grand jeu, marché local. Très bonne ambiance.\n"
        f"Santé : {c.pick(CAMP_HEALTH).format(kid=f'{first} {last}', town=c.pick(TOWNS))}.\n"
        "Budget : dépenses conformes au prévisionnel, reliquat sur l'alimentation.\n"
        "Propositions pour l'an prochain : un bus plus tôt le jour du départ.\n"
        f"{c.pick(WOMEN)} {c.pick(LAST_NAMES).upper()}, directrice BAFD"
    )


# --- sensitive by content: NIR and private bank accounts ----------------------------------

DIPLOMAS = (
    "CAP Accompagnant éducatif petite enfance",
    "CAPa Jardinier paysagiste",
    "BP JEPS Animation sociale",
    "Bac pro Aménagements paysagers",
    "BTS Support à l'action managériale",
    "CAP Agent polyvalent de restauration",
)


def apprentice_sheet_nir(c: Ctx) -> tuple[str, str]:
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES).upper()
    start = c.date(2022, 2025)
    born = c.date(start.year - 20, start.year - 16)
    _, tutor = c.person()
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()} — RESSOURCES HUMAINES\n"
        "FICHE DE RENSEIGNEMENTS — APPRENTI(E)\n(à joindre au contrat d'apprentissage)\n\n"
        f"Nom : {last}    Prénom : {first}\n"
        f"Né(e) le : {born.strftime('%d/%m/%Y')} à {c.pick(TOWNS)}\n"
        f"N° de sécurité sociale : {nir_shown(c, nir_born(c, born))}\n"
        f"Adresse : {c.address()}, {c.commune}    Tél. : {phone(c)}\n"
        f"Diplôme préparé : {c.pick(DIPLOMAS)}\n"
        f"CFA : {c.pick(('CFA de la Chambre des métiers', 'CFPPA', 'CFA Sport Animation'))} "
        f"de {c.pick(TOWNS)}\n"
        f"Maître d'apprentissage : {tutor}, {c.pick(GRADES)}\n"
        f"Début du contrat : {c.write_date(start)}    Durée : "
        f"{c.pick(('12', '24', '36'))} mois\n"
        f"Rémunération : {c.pick(('43', '53', '78'))} % du SMIC"
    )


MISSIONS = (
    "Favoriser l'accès au numérique à la médiathèque",
    "Sensibiliser les habitants au tri et au compostage",
    "Animer le lien intergénérationnel avec les aînés isolés",
    "Accompagner les projets du conseil municipal des jeunes",
)


def civic_service_form(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    start = c.date(2022, 2025)
    born = c.date(start.year - 25, start.year - 17)
    return "courrier", (
        "ENGAGEMENT DE SERVICE CIVIQUE — FICHE DE RENSEIGNEMENTS DU VOLONTAIRE\n"
        f"Structure d'accueil : commune de {c.commune}\n"
        f"Mission : « {c.pick(MISSIONS)} »\n\n"
        f"Volontaire : {name}\nDate de naissance : {c.write_date(born)}\n"
        f"N° de sécurité sociale : {nir_shown(c, nir_born(c, born))}\n"
        f"Adresse : {c.address()}, {c.pick(TOWNS)}\n"
        "Coordonnées bancaires du volontaire (versement de l'indemnité par l'ASP) :\n"
        f"IBAN : {iban_shown(c)}    BIC : {c.pick(BICS)}\n"
        f"Durée hebdomadaire : {c.pick(('24', '28', '30'))} h — début le "
        f"{c.write_date(start)} pour {c.pick(('6', '8', '10'))} mois\n"
        f"Tuteur : {c.person()[0]}"
    )


def cee_camp_contract(c: Ctx) -> tuple[str, str]:
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    year = c.rng.randint(2022, 2025)
    start = dt.date(year, 7, c.rng.randint(6, 20))
    born = c.date(year - 25, year - 18)
    days = c.rng.randint(5, 21)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\nCONTRAT D'ENGAGEMENT ÉDUCATIF\n"
        "(articles L. 432-1 et suivants du code de l'action sociale et des familles)\n\n"
        "Entre la commune, représentée par son maire, et :\n"
        f"{last.upper()} {first}, né(e) le {born.strftime('%d/%m/%Y')}\n"
        f"N° INSEE : {nir_shown(c, nir_born(c, born))}\n"
        f"Qualification : {c.pick(('BAFA', 'BAFA stagiaire', 'BPJEPS', 'BAFD'))}\n"
        f"Fonction : animateur(trice) — séjour « {c.pick(('Mer', 'Montagne', 'Ados'))} »\n"
        f"Période : {days} jours à compter du {c.write_date(start)}\n"
        f"Rémunération forfaitaire : {c.money(c.amount(24, 60))} brut par jour\n"
        "Repos quotidien et hebdomadaire selon l'article D. 432-4.\n"
        "Fait en deux exemplaires. L'animateur(trice) — Le maire"
    )


def vaccination_vacataire_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    value = nir(c)
    year, month = nir_birth(value)
    day = c.date(2021, 2022)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'RH-')}\n"
        "portant recrutement d'un vacataire — centre de vaccination\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général de la fonction publique ;\n"
        "Vu la convention passée avec l'agence régionale de santé pour le fonctionnement du "
        "centre de vaccination ;\nARRÊTE\n"
        f"Article 1 : {civility}, infirmier(ère) diplômé(e) d'État, né(e) en "
        f"{MONTHS_FR[month - 1]} {year}, n° de sécurité sociale {nir_shown(c, value)}, est "
        f"recruté(e) en qualité de vacataire du {c.write_date(day)} au "
        f"{c.write_date(after(c, day, 30, 120))}.\n"
        f"Article 2 : chaque vacation de quatre heures est rémunérée "
        f"{c.money(c.amount(90, 160))} brut.\n"
        "Article 3 : ampliation au comptable public et à l'intéressé(e)."
    )


def assmat_grant_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year, 'D')}\n"
        "Objet : prime communale d'installation — assistante maternelle\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu la délibération du conseil municipal créant une prime d'installation pour les "
        "assistants maternels nouvellement agréés ;\n"
        f"Vu l'agrément délivré par le président du conseil départemental le "
        f"{c.write_date(before(c, day, 20, 120))} à {civility}, domicilié(e) {c.address()} ;\n"
        "DÉCIDE\n"
        f"Article 1 : une prime de {c.money(c.amount(300, 800))} est attribuée à {civility}.\n"
        "Article 2 : elle sera versée sur le compte personnel de l'intéressé(e) :\n"
        f"IBAN {iban_shown(c)} — BIC {c.pick(BICS)}\n"
        f"Article 3 : la dépense est imputée au compte 6574.\nFait le {c.write_date(day)}"
    )


def twinning_host_refund(c: Ctx) -> tuple[str, str]:
    first, last = c.pick(FIRST_NAMES), c.pick(LAST_NAMES)
    day = c.date(2022, 2025)
    town, _ = c.rng.choice(TWIN_TOWNS)
    head = mail_head(
        c,
        f"{first} {last}",
        private_mail(c, first, last),
        to=f"jumelage.{plain_ascii(c.commune)}@gmail.com",
        subject="RE: frais d'accueil délégation",
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour Monique,\n\n"
        f"Comme convenu à l'AG, voici les tickets des repas et de l'essence pour nos deux "
        f"invités de {town} : {c.money(c.amount(60, 240))} au total.\n"
        "Tu peux faire le virement sur notre compte joint :\n"
        f"M. ou Mme {last.upper()} — IBAN {iban_shown(c)}\n\n"
        f"Encore merci pour l'organisation, c'était un super week-end !\n{first}"
    )


def towing_refund_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    towed = before(c, day, 10, 40)
    plate = f"{c.pick(('AB', 'FG', 'GK', 'EZ'))}-{c.rng.randint(100, 999)}-{c.pick(('TL', 'QR'))}"
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year, 'D')}\n"
        "Objet : remboursement de frais de fourrière indûment perçus\n\n"
        f"Le Maire de {c.commune},\n"
        f"Considérant que le véhicule immatriculé {plate}, appartenant à {civility}, a été "
        f"mis en fourrière le {c.write_date(towed)} alors que l'arrêté d'interdiction de "
        "stationnement n'avait pas été affiché dans le délai prévu ;\n"
        "DÉCIDE\n"
        f"Article 1 : les frais d'enlèvement et de garde, soit {c.money(c.amount(120, 260))}, "
        f"sont remboursés à {civility}.\n"
        f"Article 2 : le virement sera effectué sur le compte IBAN {iban_shown(c)}.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def school_bus_card_refund(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    parent, _ = c.person()
    year = c.rng.randint(2022, 2025)
    reason = c.pick(
        (
            "déménagement en cours d'année",
            "changement d'établissement",
            "l'élève ne prend plus le car (covoiturage)",
        )
    )
    return "courrier", (
        f"{interco(c)} — Transports scolaires {year}-{year + 1}\n"
        "DEMANDE DE REMBOURSEMENT DE L'ABONNEMENT\n\n"
        f"Élève : {first} {last}    Établissement : {c.pick(SCHOOLS)}\n"
        f"Responsable légal : {parent}\nAdresse : {c.address()}, {c.commune}\n"
        f"Motif : {reason}\nDate d'arrêt : {c.write_date(dt.date(year + 1, 1, 5))}\n"
        "Carte de transport restituée : ☒ oui  ☐ non\n"
        "Compte à créditer (joindre un RIB au nom du responsable légal) :\n"
        f"Titulaire : {parent}\nIBAN : {iban_shown(c)}\n"
        "Signature :"
    )


COURSES = ("Les finances locales", "Urbanisme et PLUi", "Prise de parole en public")


def elu_income_loss_form(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    hours = c.rng.randint(6, 18)
    return "courrier", (
        f"Mairie de {c.commune}\n"
        "DROIT À LA FORMATION DES ÉLUS — COMPENSATION DE PERTE DE REVENU\n\n"
        f"Élu(e) : {civility}, {c.pick(('adjoint(e)', 'conseiller(ère) municipal(e)'))}\n"
        f"Formation suivie : « {c.pick(COURSES)} »"
        f" — organisme agréé, le {c.write_date(day)}\n"
        f"Heures de travail perdues : {hours} h (attestation de l'employeur jointe)\n"
        f"Montant demandé : {c.money(c.amount(80, 300))}\n"
        "Versement sur mon compte personnel :\n"
        f"IBAN {iban_shown(c)}    BIC {c.pick(BICS)}\n"
        f"Je certifie l'exactitude des renseignements ci-dessus.\n{name}"
    )


def home_help_sepa_mandate(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    return "courrier", (
        f"CCAS DE {c.commune.upper()} — SERVICE D'AIDE ET D'ACCOMPAGNEMENT À DOMICILE\n"
        "MANDAT DE PRÉLÈVEMENT SEPA — participation des bénéficiaires\n"
        f"Référence unique du mandat : SAAD-{reference(c, 7)}\n"
        f"Identifiant créancier SEPA : FR{digits(c, 2)}ZZZ{digits(c, 6)}\n\n"
        f"Débiteur : {civility}\nAdresse : {c.address()}, {c.commune}\n"
        f"IBAN : {iban_shown(c)}\nBIC : {c.pick(BICS)}\n"
        "Paiement : récurrent, le 10 de chaque mois\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(2022, 2025))}    Signature :"
    )


DIALYSIS_CARE = (
    ("centre d'hémodialyse de {town}", "lundi, mercredi et vendredi, 7 h 30 – 12 h 30"),
    ("service d'oncologie du {hospital}", "chimiothérapie un mardi sur deux, 9 h"),
    ("centre de rééducation de {town}", "kinésithérapie après son AVC, tous les matins"),
)


def solidarity_transport_form(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    place, slots = c.rng.choice(DIALYSIS_CARE)
    return "courrier", (
        f"CCAS DE {c.commune.upper()} — TRANSPORT SOLIDAIRE\n"
        "FICHE D'INSCRIPTION DU BÉNÉFICIAIRE\n\n"
        f"Nom, prénom : {name}\nAdresse : {c.address()}, {c.commune}\n"
        f"N° de sécurité sociale : {nir_shown(c)}\n"
        f"Destination : {place.format(town=c.pick(TOWNS), hospital=c.pick(HOSPITALS))}\n"
        f"Jours et horaires : {slots}\n"
        "Mobilité : ☐ autonome  ☒ aide pour monter en voiture  ☐ fauteuil\n"
        f"Chauffeur bénévole référent : {c.person()[1]}\n"
        "Participation : 0,35 € par kilomètre (remboursement CPAM demandé par le bénéficiaire)"
    )


def dpae_canteen_monitor(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    value = nir(c)
    year, month = nir_birth(value)
    return "courrier", (
        "Urssaf — DÉCLARATION PRÉALABLE À L'EMBAUCHE\nAccusé de réception\n\n"
        f"Employeur : COMMUNE DE {c.commune.upper()}    SIRET : {siret(c)}\n"
        f"Déclaration n° {reference(c, 10)} reçue le {c.write_date(before(c, day, 1, 3))}\n\n"
        f"Salarié(e) : {name}\nNé(e) en : {month:02d}/{year}\n"
        f"N° de sécurité sociale : {nir_shown(c, value)}\n"
        f"Date et heure d'embauche : {c.write_date(day)} à 11 h 30\n"
        "Emploi : surveillant(e) de cantine — contrat à durée déterminée\n"
        "Ce document vaut preuve de la déclaration. Conservez-le."
    )


SENSITIVE_9 = (
    assmat_surgery_email,
    creche_transmissions,
    meal_round_report,
    home_help_notebook,
    ipm_main_courante,
    civil_copy_request_health,
    accessibility_complaint,
    library_adapted_reading,
    canteen_text_message,
    school_bus_incident,
    twinning_delegation_list,
    cmj_minutes_health,
    apc_closure_email,
    hedge_complaint_health,
    mediation_report_health,
    dog_bite_parent_email,
    cold_register_call_log,
    vaccine_reaction_letter,
    elu_disability_deliberation,
    harassment_report,
    return_to_work_minutes,
    temporary_parking_health,
    cremation_device_arrete,
    school_checkup_letter,
    pool_incident_report,
    camp_director_report,
    apprentice_sheet_nir,
    civic_service_form,
    cee_camp_contract,
    vaccination_vacataire_arrete,
    assmat_grant_decision,
    twinning_host_refund,
    towing_refund_decision,
    school_bus_card_refund,
    elu_income_loss_form,
    home_help_sepa_mandate,
    solidarity_transport_form,
    dpae_canteen_monitor,
)


# --- ordinary documents that look like them ------------------------------------------------


def apprentice_welcome_letter(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "convocation", (
        f"Mairie de {c.commune}\nService des ressources humaines\n\n{civility}\n"
        f"{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"Dossier n° {reference(c, 15)}\n"
        "Objet : votre premier jour — contrat d'apprentissage\n\n"
        "Madame, Monsieur,\n"
        f"Nous avons le plaisir de vous accueillir le {c.write_date(day)} à 8 h 30 "
        f"{c.pick(('aux services techniques', 'à l’école maternelle', 'à la crèche'))}.\n"
        "Merci d'apporter ce jour-là :\n"
        "- votre carte Vitale ou une attestation de droits mentionnant votre numéro de "
        "sécurité sociale ;\n- un RIB à votre nom ;\n- la copie de votre pièce d'identité ;\n"
        "- le certificat d'inscription au CFA.\n"
        "Vos chaussures de sécurité et votre tenue vous seront remises sur place. La visite "
        "d'information et de prévention sera programmée dans les deux mois.\n"
        f"Le Maire, {c.mayor}"
    )


def civic_service_mission_sheet(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    agrement = f"{c.pick(('NA', 'OC'))}-{c.pick(DEPTS)}0-{day.year % 100}-{reference(c, 5)}-00"
    return "courrier", (
        f"OFFRE DE MISSION DE SERVICE CIVIQUE — commune de {c.commune}\n"
        f"Agrément n° {agrement}\n\n"
        f"Mission : « {c.pick(MISSIONS)} »\n"
        f"Début : {c.write_date(day)} — durée : {c.pick(('6', '8', '9'))} mois, "
        f"{c.pick(('24', '28'))} h par semaine\n"
        "Public : jeunes de 16 à 25 ans (30 ans pour les jeunes en situation de handicap), "
        "sans condition de diplôme.\n"
        "Activités : accueil du public, ateliers, participation aux événements de la commune.\n"
        "Indemnité : versée par l'État, complétée par une prestation de la structure.\n"
        f"Contact : {c.person()[0]}, tutrice — {phone(c)}\n"
        "Candidature sur le site du Service civique."
    )


def vaccination_centre_planning(c: Ctx) -> tuple[str, str]:
    day = c.date(2021, 2022)
    rows = []
    for offset in range(4):
        d = day + dt.timedelta(days=offset)
        rows.append(
            f"{WEEKDAYS[d.weekday()]} {d.strftime('%d/%m')} | {c.pick(DOCTORS)} | "
            f"Mme {c.pick(LAST_NAMES).upper()}, M. {c.pick(LAST_NAMES).upper()} | "
            f"{c.pick(('élus', 'bénévoles CCAS', 'agents mairie'))}"
        )
    return "courrier", (
        f"CENTRE DE VACCINATION DE {c.commune.upper()} — salle polyvalente\n"
        f"Planning des équipes — semaine du {c.write_date(day)}\n\n"
        "Jour | Médecin | Infirmier(e)s | Accueil et secrétariat\n" + "\n".join(rows) + "\n\n"
        f"Doses attendues : {c.rng.randint(120, 480)} — livraison par la pharmacie référente.\n"
        "Les rendez-vous se prennent sur la plateforme en ligne ou au standard de la mairie.\n"
        "Rappel : le médecin présent assure la consultation préalable et la surveillance de "
        "15 minutes après l'injection."
    )


def assmat_grant_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\nDélibération n° {c.act_number(day.year)}\n"
        f"Séance du {c.write_date(day)}\n"
        "Objet : création d'une prime d'installation des assistants maternels\n\n"
        f"Madame l'adjointe à la petite enfance expose que la commune compte "
        f"{c.rng.randint(6, 30)} assistants maternels pour {c.rng.randint(40, 160)} enfants de "
        "moins de trois ans et que plusieurs départs en retraite sont annoncés.\n"
        "Le conseil municipal, après en avoir délibéré, décide :\n"
        f"- de créer une prime de {c.money(c.amount(300, 800))} versée à tout assistant "
        "maternel nouvellement agréé s'installant sur la commune ;\n"
        "- d'inscrire les crédits au compte 6574 ;\n"
        "- de confier au relais petite enfance l'information des candidats.\n"
        "Adopté à l'unanimité."
    )


def twinning_host_sheet(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    town, country = c.rng.choice(TWIN_TOWNS)
    return "courrier", (
        f"COMITÉ DE JUMELAGE {c.commune.upper()} – {town.upper()}\n"
        "FICHE FAMILLE D'ACCUEIL\n\n"
        f"Famille : {name}\nAdresse : {c.address()}, {c.commune}    Tél. : {phone(c)}\n"
        f"Nombre de personnes pouvant être accueillies : {c.rng.randint(1, 3)}\n"
        f"Chambre(s) : {c.pick(('1 lit double', '2 lits simples', 'canapé-lit'))}\n"
        f"Animaux : {c.pick(('un chat', 'un chien', 'aucun'))}    Fumeurs : non\n"
        "Allergies ou régime alimentaire dans la famille : aucun\n"
        f"Langues parlées : {c.pick(('anglais', 'allemand (un peu)', 'espagnol', 'aucune'))}\n"
        f"Véhicule disponible pour les sorties : {c.pick(('oui', 'non'))}\n"
        f"Accueil souhaité : {c.pick(('jeunes', 'adultes', 'indifférent'))} ({country})"
    )


def towing_invoice(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    company = c.pick(("Dépannage Auto Sud", "Garage Central — fourrière agréée", "SOS Remorquage"))
    count = c.rng.randint(1, 6)
    unit = c.amount(110, 160)
    return "facture", (
        f"{company}\nSIRET {siret(c)}\nFACTURE N° F{day.year}-{c.rng.randint(100, 999)}\n"
        f"Client : Mairie de {c.commune} — police municipale\nDate : {c.write_date(day)}\n\n"
        f"Enlèvements de véhicules sur réquisition (marché annuel) : {count} × "
        f"{c.money(unit)}\nFrais de garde journaliers : {c.rng.randint(2, 20)} jours\n"
        f"Total TTC : {c.money(unit * count + c.amount(20, 120))}\n\n"
        f"Règlement par virement : IBAN {company_iban(c)} — BIC {c.pick(BICS)}"
    )


def school_bus_regie_invoice(c: Ctx) -> tuple[str, str]:
    parent, _ = c.person()
    first, last = kid(c)
    year = c.rng.randint(2022, 2025)
    return "facture", (
        f"{interco(c)}\nRégie des transports scolaires\n"
        f"AVIS DES SOMMES À PAYER N° {year}-{reference(c, 6)}\n\n"
        f"Redevable : {parent}\n{c.address()}, {c.commune}\n\n"
        f"Objet : participation familiale — année scolaire {year}-{year + 1}\n"
        f"Élève : {first} {last} — circuit {c.rng.randint(1, 40)}\n"
        f"Montant : {c.money(c.amount(60, 180))}\n"
        "Paiement : par carte sur payfip.gouv.fr ou par virement au Trésor public :\n"
        f"IBAN {treasury_iban(c)} — BIC BDFEFRPPCCT\n"
        "En cas de difficulté, contactez la trésorerie."
    )


def elu_training_invoice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    org = c.pick(
        (
            "Institut de formation des élus locaux",
            "Association des maires du département — pôle formation",
            "Centre d'études pour les élus",
        )
    )
    return "facture", (
        f"{org}\nOrganisme agréé par le ministère de l'intérieur — SIRET {siret(c)}\n"
        f"FACTURE N° {day.year}/{c.rng.randint(100, 999)}\n"
        f"Client : Commune de {c.commune}\n\n"
        f"Formation : « {c.pick(('Les finances locales', 'Le PLUi', 'Animer une réunion'))} »"
        f" — {c.write_date(day)}\n"
        f"Stagiaire : {civility}, conseiller(ère) municipal(e)\n"
        f"Coût pédagogique : {c.money(c.amount(180, 600))} (exonéré de TVA)\n\n"
        f"Règlement à réception par virement : IBAN {company_iban(c)}"
    )


HOME_HELP_PROVIDERS = ("Association Aide et Présence", "Domicile Services 47", "SAS Âge d'Or")


def home_help_provider_invoice(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    hours = c.rng.randint(80, 400)
    rate = c.amount(22, 28)
    return "facture", (
        f"{c.pick(HOME_HELP_PROVIDERS)}"
        f"\nService d'aide à domicile autorisé — SIRET {siret(c)}\n"
        f"FACTURE N° {reference(c, 8)}\nClient : CCAS de {c.commune}\n\n"
        f"Prestations réalisées en {month_of(day)} dans le cadre de la convention de "
        "renfort (remplacements pendant les congés des agents) :\n"
        f"Heures d'intervention : {hours} h × {c.money(rate)} = {c.money(rate * hours)}\n"
        f"Nombre de bénéficiaires servis : {c.rng.randint(10, 45)} (détail nominatif transmis "
        "par la plateforme sécurisée)\n\n"
        f"Paiement sous 30 jours — IBAN {company_iban(c)}"
    )


def solidarity_transport_rules(c: Ctx) -> tuple[str, str]:
    return "courrier", (
        f"CCAS DE {c.commune.upper()} — TRANSPORT SOLIDAIRE\nRÈGLEMENT DU SERVICE\n\n"
        "Article 1 : le service est ouvert aux habitants de la commune sans moyen de "
        "locomotion, pour les courses, les démarches et les rendez-vous.\n"
        "Article 2 : les trajets vers les séances de dialyse, de chimiothérapie ou de "
        "rééducation relèvent du transport sanitaire prescrit par le médecin et remboursé par "
        "l'assurance maladie ; ils ne sont pas assurés par les chauffeurs bénévoles.\n"
        f"Article 3 : participation de {c.pick(('0,30', '0,35', '0,40'))} € par kilomètre, "
        "réglée directement au chauffeur.\n"
        "Article 4 : réservation 48 heures à l'avance auprès de l'accueil de la mairie.\n"
        f"Adopté par le conseil d'administration du CCAS le {c.write_date(c.date(2022, 2025))}."
    )


def canteen_monitor_job_offer(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "courrier", (
        f"LA COMMUNE DE {c.commune.upper()} RECRUTE\n"
        "Surveillant(e) de cantine et de cour — CDD de remplacement\n\n"
        f"Lieu : {c.pick(SCHOOLS)}\nTemps de travail : 2 h par jour scolaire (11 h 30 – 13 h 30)"
        f"\nPrise de poste : {c.write_date(day)}\n"
        "Missions : aide au service, accompagnement des enfants pendant le repas, surveillance "
        "de la cour.\n"
        "Profil : patience, sens des responsabilités ; le PSC1 est un plus.\n"
        "Pièces à fournir à l'embauche : pièce d'identité, numéro de sécurité sociale, RIB.\n"
        f"Candidature : {mairie_mail(c, 'rh')} avant le {c.write_date(before(c, day, 7, 20))}"
    )


def rpe_newsletter(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    _, free = c.person()
    return "courrier", (
        f"LA LETTRE DU RELAIS PETITE ENFANCE — {c.commune}\n{month_of(day).capitalize()}\n\n"
        "Ateliers d'éveil : mardi et jeudi de 9 h 30 à 11 h à la salle du Moulin (comptines, "
        "motricité, éveil musical).\n"
        f"Formation continue : « Sauveteur secouriste du travail » le {c.write_date(day)}, "
        "financée par Ipéria ; inscriptions au relais.\n"
        "Rappel : les onze vaccins obligatoires s'appliquent aux enfants nés depuis 2018 ; "
        "demandez le carnet à l'arrivée de chaque nouvel enfant.\n"
        f"Places disponibles : {free} (2 places à la rentrée, quartier "
        f"{c.pick(('de la gare', 'des Tilleuls', 'du centre'))}).\n"
        f"Permanences administratives : lundi 14 h – 18 h. Contact : {phone(c)}"
    )


CRECHE_PLAIN = (
    "c'est papy qui vient le/la chercher ce soir",
    "week-end chez les cousins, il/elle a adoré la ferme",
    "le doudou lapin est dans la poche du manteau",
    "a dormi d'une traite, réveil à 6 h 30",
    "penser à rendre le sac de linge propre",
)


def creche_transmissions_plain(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    day = c.date(2022, 2025)
    return "courrier", (
        f"MULTI-ACCUEIL « {c.pick(NURSERIES)} » — {c.commune}\n"
        f"Cahier de transmissions — section des {c.pick(('bébés', 'moyens', 'grands'))}\n"
        f"{WEEKDAYS[day.weekday()].capitalize()} {c.write_date(day)}\n\n"
        f"{first} {last[0]}. — arrivé(e) à {hour(c, 7, 9)} avec "
        f"{c.pick(('papa', 'maman', 'mamie'))}\n"
        f"Transmis par le parent : {c.pick(CRECHE_PLAIN)}.\n"
        f"Repas : {c.pick(('a tout mangé', 'purée oui, viande non', 'a redemandé du pain'))}\n"
        f"Sieste : de {hour(c, 12, 13)} à {hour(c, 14, 15)}\n"
        f"Activités : {c.pick(CRECHE_DAY)}\n"
        f"Départ : {hour(c, 16, 18)}\n"
        f"Signé : {c.pick(('Lucie', 'Manon', 'Sabrina'))} (éducatrice de jeunes enfants)"
    )


def creche_eviction_rules(c: Ctx) -> tuple[str, str]:
    return "courrier", (
        f"MULTI-ACCUEIL « {c.pick(NURSERIES)} » — {c.commune}\n"
        "Annexe 3 au règlement de fonctionnement — maladies et évictions\n\n"
        "Conformément au guide du Haut Conseil de la santé publique, l'enfant ne peut être "
        "accueilli en cas de :\n"
        "- angine ou scarlatine à streptocoque : 2 jours après le début de l'antibiotique ;\n"
        "- gastro-entérite à E. coli ou à shigelle : jusqu'à deux coprocultures négatives ;\n"
        "- coqueluche, méningite, hépatite A, rougeole, tuberculose : selon avis médical ;\n"
        "- impétigo étendu : 72 heures de traitement.\n"
        "La varicelle, la bronchiolite ou l'otite n'entraînent pas d'éviction, mais la "
        "fréquentation en phase aiguë est déconseillée.\n"
        "Aucun médicament n'est donné sans ordonnance. Le protocole d'urgence est signé par "
        f"le {c.pick(DOCTORS)}, médecin référent de la structure."
    )


def meal_round_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    _, driver = c.person()
    month = MONTHS_FR[before(c, day, 20, 40).month - 1]
    rows = [
        f"{round_name(c)} | {c.address()} | {c.rng.randint(1, 2)} | "
        f"{c.pick(ROUND_PLAIN).format(month=month)}"
        for _ in range(c.rng.randint(5, 7))
    ]
    return "courrier", (
        f"CCAS DE {c.commune.upper()} — PORTAGE DE REPAS À DOMICILE\n"
        f"Feuille de tournée {c.pick(('A', 'B', 'Nord', 'Sud'))} — {c.write_date(day)}\n"
        f"Agent livreur : {driver}\n\n"
        "Bénéficiaire | Adresse | Nb repas | Observations\n" + "\n".join(rows) + "\n\n"
        f"Température caisson départ : {c.rng.randint(1, 3)},{c.rng.randint(0, 9)} °C — "
        f"retour : {c.rng.randint(3, 5)},{c.rng.randint(0, 9)} °C\nSignature de l'agent :"
    )


def home_help_notebook_plain(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    helper = c.pick(("Nathalie", "Zohra", "Martine", "Jessica", "Patricia"))
    lines = [f"- {line}" for line in c.rng.sample(NOTEBOOK_PLAIN, 4)]
    return "courrier", (
        f"CCAS de {c.commune} — service d'aide à domicile\nCAHIER DE LIAISON\n"
        f"Bénéficiaire : {civility} — {c.address()}\n\n"
        f"{day.strftime('%d/%m')} — passage {hour(c, 8, 10)} / {hour(c, 10, 12)} — {helper}\n"
        + "\n".join(lines)
        + "\n- visite du petit-fils ce matin, prévoir un goûter de plus jeudi\n"
        f"prochain passage : {WEEKDAYS[after(c, day, 1, 3).weekday()]}\n{helper}"
    )


MAIN_COURANTE_PLAIN = (
    (
        "nuisances sonores",
        "plainte de voisins pour une fête dans un jardin. Sur place, musique forte ; le "
        "propriétaire, {name}, baisse le volume après rappel de l'arrêté sur le bruit",
    ),
    (
        "animal divagant",
        "chien noir sans collier signalé rue du Stade ; identifié par sa puce, restitué à "
        "{name} contre frais de capture",
    ),
    (
        "objet trouvé",
        "portefeuille déposé par un passant ; propriétaire, {name}, joint par téléphone et "
        "venu le récupérer au poste",
    ),
    (
        "véhicule ventouse",
        "véhicule stationné depuis plus de sept jours devant le {address} ; la titulaire de "
        "la carte grise, {name}, s'engage à le déplacer sous 48 h",
    ),
)


def main_courante_plain(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    motive, facts = c.rng.choice(MAIN_COURANTE_PLAIN)
    return "courrier", (
        f"POLICE MUNICIPALE DE {c.commune.upper()}\nMAIN COURANTE — extrait\n"
        f"Mention n° {day.year}/{c.rng.randint(100, 999)}    Date : {c.write_date(day)}    "
        f"Heure : {hour(c, 9, 23)}\n"
        f"Agents : BP {c.pick(LAST_NAMES).upper()}, GP {c.pick(LAST_NAMES).upper()}\n"
        f"Motif : {motive}\n"
        f"Faits : {facts.format(name=name, address=c.address())}.\n"
        "Suites : néant.\nRédacteur : le chef de poste"
    )


def alcohol_ban_arrete(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'PM-')}\n"
        "portant interdiction de la consommation de boissons alcoolisées sur la voie publique"
        "\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, articles L. 2212-1 et L. 2212-2 ;"
        "\nVu le code de la santé publique, article L. 3341-1 relatif à l'ivresse publique ;\n"
        "Considérant les regroupements, les bris de bouteilles et les cas d'ivresse publique "
        "constatés le soir aux abords du city-stade et de la place du marché ;\nARRÊTE\n"
        f"Article 1 : du {c.write_date(day)} au {c.write_date(after(c, day, 60, 180))}, de "
        "20 h à 6 h, la consommation de boissons alcoolisées est interdite dans le périmètre "
        "figurant en annexe, hors terrasses autorisées.\n"
        "Article 2 : les infractions seront constatées par la police municipale.\n"
        f"Fait à {c.commune}, le {c.write_date(before(c, day, 3, 10))}"
    )


TOWING_PLAIN = (
    "J'étais en vacances en Bretagne du {d1} au {d2} ; le panneau annonçant le marché de nuit "
    "a été posé après mon départ.",
    "Le panneau d'interdiction était tombé derrière la haie et personne ne pouvait le voir.",
    "Ma voiture était garée sur une place matérialisée, à plus de vingt mètres de la zone des "
    "travaux.",
)


def towing_contest_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    d1 = before(c, day, 10, 20)
    reason = c.pick(TOWING_PLAIN).format(d1=c.write_date(d1), d2=c.write_date(after(c, d1, 7, 12)))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        "Lettre recommandée avec AR\n"
        "Objet : contestation d'une mise en fourrière\n\n"
        "Monsieur le Maire,\n"
        f"Mon véhicule a été enlevé le {c.write_date(before(c, day, 1, 6))} et j'ai dû payer "
        f"{c.money(c.amount(120, 260))} pour le récupérer. {reason}\n"
        "Je vous demande l'annulation de la mesure et le remboursement des frais. Je joins la "
        "facture de la fourrière et des photos.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


CIVIL_PLAIN = (
    ("self", "Elle m'est demandée pour le renouvellement de mon passeport."),
    ("father", "Le notaire chargé de la succession la réclame pour établir l'acte de notoriété."),
    ("self", "Elle est nécessaire au dossier de mariage déposé à la mairie de {town}."),
    ("daughter", "{first} part en séjour linguistique et le lycée la demande."),
    ("son", "Elle est demandée pour l'inscription de {first} au collège en section sportive."),
)


def civil_copy_request_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    kind, why = c.rng.choice(CIVIL_PLAIN)
    whom, first, born = relative_of(c, kind, surname_of(name))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.rng.randint(10, 95)}{digits(c, 3)} {c.pick(TOWNS)}\n\n"
        f"Mairie de {c.commune}\nService de l'état civil\n\n"
        "Objet : demande de copie intégrale d'acte de naissance\n\n"
        "Madame, Monsieur,\n"
        "Je vous serais reconnaissant(e) de bien vouloir m'adresser une copie intégrale de "
        f"l'acte de naissance {whom}, né(e) à {c.commune} le {c.write_date(born)}.\n"
        f"{why.format(town=c.pick(TOWNS), first=first)}\n"
        "Vous trouverez ci-joint une enveloppe timbrée et la copie de ma pièce d'identité.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


def accessibility_commission_report(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    erp = c.pick(
        ("salle polyvalente", "mairie — salle des mariages", "médiathèque", "école Jules Ferry")
    )
    return "pv_seance", (
        "SOUS-COMMISSION DÉPARTEMENTALE POUR L'ACCESSIBILITÉ DES PERSONNES HANDICAPÉES\n"
        f"Procès-verbal de visite du {c.write_date(day)}\n"
        f"Établissement : {erp} — commune de {c.commune} — ERP de type L, "
        f"{c.pick(('3e', '4e', '5e'))} catégorie\n"
        "Objet : travaux prévus à l'agenda d'accessibilité programmée (Ad'AP)\n\n"
        "Constats : rampe d'accès réalisée (pente 5 %, palier de repos), place de "
        "stationnement réservée à matérialiser, boucle à induction magnétique installée à "
        "l'accueil pour les personnes malentendantes, sanitaires adaptés conformes.\n"
        "Réserves : contraste des nez de marche de l'escalier à reprendre ; signalétique en "
        "braille à compléter.\n"
        "Avis : favorable sous réserve de levée des observations dans un délai de six mois.\n"
        "Le président de la sous-commission"
    )


def library_reminder_letter(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    titles = c.rng.sample(
        (
            "« Le Consentement » (livre)",
            "« Astérix en Lusitanie » (BD)",
            "« Dune » (DVD)",
            "« L'Anomalie » (livre audio)",
            "« Guide du Routard Portugal »",
        ),
        2,
    )
    return "courrier", (
        f"MÉDIATHÈQUE {c.pick(('Louise-Michel', 'du Moulin', 'Jules-Verne'))} — {c.commune}\n"
        f"{civility}\n{c.address()}\n\n"
        f"Carte n° {reference(c, 8)} — 2e rappel\n\n"
        "Madame, Monsieur,\n"
        f"Sauf erreur de notre part, les documents suivants, à rendre le "
        f"{c.write_date(before(c, day, 20, 50))}, ne nous sont pas revenus :\n"
        f"- {titles[0]}\n- {titles[1]}\n"
        "Merci de les rapporter rapidement ou de les prolonger sur le portail. Sans retour "
        "sous quinze jours, votre carte sera suspendue.\n"
        f"Le {c.write_date(day)}, l'équipe de la médiathèque"
    )


def library_adapted_order(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    lines = c.rng.sample(
        (
            ("Livres audio DAISY, collection jeunesse", 12, 18),
            ("Romans en gros caractères (corps 16)", 20, 22),
            ("Albums « Dyscool » adaptés aux lecteurs dyslexiques", 15, 9),
            ("Liseuse avec synthèse vocale", 2, 140),
            ("Livres en « facile à lire et à comprendre » (FALC)", 10, 12),
        ),
        3,
    )
    body = "\n".join(
        f"{label} | {qty} | {c.money(c.amount(unit, unit + 4))}" for label, qty, unit in lines
    )
    return "bon_de_commande", (
        f"MAIRIE DE {c.commune.upper()} — MÉDIATHÈQUE\n"
        f"BON DE COMMANDE N° {day.year}-MED-{c.rng.randint(1, 80):03d}\n"
        f"Fournisseur : {c.pick(('Librairie Le Passeur', 'Colibrije', 'Ulisse Diffusion'))}\n"
        "Objet : fonds « Lire autrement » (subvention DRAC)\n\n"
        "Désignation | Qté | Prix unitaire\n"
        f"{body}\n\n"
        f"Date : {c.write_date(day)} — Le Maire"
    )


SMS_PLAIN = (
    "il mange pas à la cantine jeudi, il part avec sa mamie à {town}",
    "c'est son papa qui la récupère à la garderie ce soir et pas moi",
    "elle a oublié son sac de piscine dans la cour hier, vous l'auriez vu ?",
    "il sera en retard demain matin (voiture en panne), pouvez-vous prévenir la maîtresse",
    "on part en vacances vendredi midi, donc pas de cantine vendredi",
)


def canteen_text_plain(c: Ctx) -> tuple[str, str]:
    first, _ = kid(c)
    day = school_day(c)
    who = c.pick(("la maman", "le papa", "la mamie"))
    return "courrier", (
        f"Téléphone du périscolaire — {c.commune}\nSMS reçu le {day.strftime('%d/%m/%Y')} à "
        f"{hhmm(c, 6, 8)}\nDe : {phone(c)}\n\n"
        f"« Bjr c {who} de {first}, {c.pick(SMS_PLAIN).format(town=c.pick(TOWNS))}. Merci »\n\n"
        f"Réponse envoyée à {hhmm(c, 8, 9)} : « Bien noté, merci. L'équipe périscolaire »"
    )


BUS_PLAIN = (
    "a oublié son cartable dans le car ; déposé au secrétariat du collège",
    "s'est disputé verbalement avec un autre élève à propos d'une place ; rappel du "
    "règlement fait aux deux",
    "est descendu à un mauvais arrêt ; le conducteur a prévenu la famille qui est venue le "
    "chercher",
    "n'avait pas sa carte de transport pour la troisième fois",
    "a jeté des papiers par la fenêtre ; avertissement écrit à la famille",
)


def school_bus_incident_plain(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    day = school_day(c)
    morning = c.rng.random() < 0.5
    when = hour(c, 7, 8) if morning else hour(c, 16, 17)
    _, driver = c.person()
    return "courrier", (
        f"{interco(c)}\nService des transports scolaires\n"
        "FICHE DE SIGNALEMENT D'INCIDENT\n\n"
        f"Circuit n° {c.rng.randint(1, 40)} — {'matin' if morning else 'soir'} — "
        f"{c.write_date(day)}\n"
        f"Transporteur : {c.pick(('Autocars Delmas', 'Transports Raynal', 'Keolis Sud'))}\n"
        f"Conducteur : {driver}\n"
        f"Élève concerné : {first} {last}, {c.pick(('CE2', 'CM1', '6e', '5e', '4e'))}\n"
        f"Description : vers {when}, l'élève {c.pick(BUS_PLAIN)}.\n"
        "Transmis à : l'établissement scolaire, la mairie de résidence.\n"
        "Signature du conducteur :"
    )


def twinning_list_plain(c: Ctx) -> tuple[str, str]:
    town, country = c.rng.choice(TWIN_TOWNS)
    day = c.date(2022, 2025)
    rows = [
        f"{c.pick(LAST_NAMES).upper()} {c.pick(FIRST_NAMES)} | famille {c.pick(LAST_NAMES)} | "
        f"{c.pick(TWIN_PLAIN)}"
        for _ in range(c.rng.randint(5, 7))
    ]
    return "courrier", (
        f"COMITÉ DE JUMELAGE {c.commune.upper()} – {town.upper()} ({country})\n"
        f"Accueil de la délégation du {c.write_date(day)} au "
        f"{c.write_date(after(c, day, 3, 4))}\n"
        "Liste des participants et répartition dans les familles\n\n"
        "Participant | Famille d'accueil | Remarques\n" + "\n".join(rows) + "\n\n"
        "Réception officielle en mairie le samedi à 11 h. Merci de signaler tout changement à "
        f"la présidente du comité ({phone(c)})."
    )


def cmj_minutes_plain(c: Ctx) -> tuple[str, str]:
    day = school_day(c)
    absent, absent_last = kid(c)
    present = ", ".join(c.rng.sample(KIDS, 5))
    reason = c.pick(
        ("tournoi de handball", "voyage scolaire en Espagne", "sans nouvelles", "stage de cirque")
    )
    return "pv_seance", (
        f"CONSEIL MUNICIPAL DES JEUNES DE {c.commune.upper()}\n"
        f"Compte rendu de la séance plénière du {c.write_date(day)}\n\n"
        f"Présents : {present}, et l'adjointe à la jeunesse.\n"
        f"Excusé(e) : {absent} {absent_last.title()} ({reason}).\n\n"
        "1. Projet de city-stade : présentation des trois emplacements ; le terrain derrière "
        "l'école est retenu à la majorité.\n"
        "2. Collecte de jouets pour les Restos du cœur : cartons déposés à l'accueil de la "
        "mairie jusqu'au 15 décembre.\n"
        "3. Questions diverses : demande d'un abri vélos devant le collège.\n"
        f"Prochaine séance : {c.write_date(after(c, day, 20, 45))}."
    )


APC_PLAIN = (
    "elle sera en congés annuels",
    "elle suit la formation au nouveau terminal de paiement à {town}",
    "nous faisons l'inventaire annuel et les travaux de peinture du local",
)


def apc_closure_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    first, last = c.pick(WOMEN), c.pick(LAST_NAMES)
    back = after(c, day, 3, 20)
    head = mail_head(
        c,
        f"Secrétariat mairie {c.commune}",
        mairie_mail(c, "secretariat"),
        to="Référent agences postales — La Poste",
        subject=f"APC {c.commune} — fermeture",
        day=day,
    )
    return "courrier", (
        f"{head}\nBonjour,\n\n"
        f"Notre agente de l'agence postale communale, {first} {last.upper()}, sera absente "
        f"du {c.write_date(after(c, day, 1, 2))} au {c.write_date(back)} : "
        f"{c.pick(APC_PLAIN).format(town=c.pick(TOWNS))}.\n"
        "L'APC sera fermée pendant cette période. Pouvez-vous faire rediriger les instances "
        f"vers le bureau de {c.pick(TOWNS)} et mettre à jour l'affichage ?\n\n"
        f"Bien cordialement,\nLa secrétaire de mairie\n{phone(c)}"
    )


HEDGE_PLAIN = (
    "Elle prive notre potager de soleil dès le milieu de l'après-midi",
    "Les aiguilles bouchent nos gouttières deux fois par an et les racines soulèvent la dalle "
    "de la terrasse",
    "Elle masque complètement la visibilité à la sortie de notre garage sur la route",
)


def hedge_complaint_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    neighbour, _ = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Monsieur le Maire\nService urbanisme\n\n{c.write_date(c.date(2022, 2025))}\n\n"
        "Objet : haie de thuyas en limite de propriété\n\n"
        "Monsieur le Maire,\n"
        f"La haie plantée par mon voisin, {neighbour}, dépasse aujourd'hui "
        f"{c.rng.randint(5, 9)} mètres de haut à moins de deux mètres de la limite, contrairement "
        "à l'article 671 du code civil.\n"
        f"{c.pick(HEDGE_PLAIN)}.\n"
        "Mes demandes amiables sont restées sans réponse. Pouvez-vous intervenir ou m'indiquer "
        "la démarche (conciliateur de justice) ?\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


MEDIATION_PLAIN = (
    "{b} reconnaît que la machine à laver tourne tard le soir et accepte de la programmer "
    "avant 21 h",
    "{b} explique que son chien aboie quand il reste seul ; un collier anti-aboiement et des "
    "promenades plus longues sont envisagés",
    "{b} conteste le bruit mais accepte de poser des tapis dans le salon",
)


def mediation_report_plain(c: Ctx) -> tuple[str, str]:
    _, a = c.person()
    b_civ, _ = c.person()
    day = c.date(2022, 2025)
    return "courrier", (
        f"Point d'accès au droit — {c.commune}\nMÉDIATION DE VOISINAGE — COMPTE RENDU\n"
        f"Rencontre du {c.write_date(day)} en mairie\n"
        f"Médiatrice : {c.pick(('Mme Cazes', 'Mme Verdier', 'M. Ortiz'))}\n"
        f"Parties : {a} et {b_civ}, résidence "
        f"{c.pick(('Les Acacias', 'Le Clos Fleuri', 'Bellevue'))}\n\n"
        f"{a} se plaint de bruits répétés en soirée.\n"
        f"{c.pick(MEDIATION_PLAIN).format(b=b_civ)}.\n"
        "Engagements : pas de bruit entre 22 h et 8 h ; les parties se préviendront par SMS en "
        "cas d'événement exceptionnel.\n"
        f"Point d'étape prévu le {c.write_date(after(c, day, 30, 60))}."
    )


def dog_vet_surveillance(c: Ctx) -> tuple[str, str]:
    owner, _ = c.person()
    day = c.date(2022, 2025)
    visits = (day, after(c, day, 6, 7), after(c, day, 14, 15))
    return "courrier", (
        f"Clinique vétérinaire {c.pick(('des Platanes', 'du Lot', 'Saint-Roch'))}\n"
        "CERTIFICATS DE SURVEILLANCE SANITAIRE — ANIMAL MORDEUR\n"
        "(articles L. 223-10 et R. 223-35 du code rural)\n\n"
        f"Animal : chien, {c.pick(('berger australien', 'jack russell', 'beauceron'))}, "
        f"transpondeur n° {microchip(c)}\n"
        f"Propriétaire : {owner}, {c.address()}, {c.commune}\n"
        "Motif : morsure sur un autre chien lors d'une promenade, déclarée en mairie.\n"
        f"1re visite le {c.write_date(visits[0])} : animal en bonne santé apparente.\n"
        f"2e visite le {c.write_date(visits[1])} : aucun symptôme évocateur de la rage.\n"
        f"3e visite le {c.write_date(visits[2])} : aucun symptôme ; fin de la surveillance.\n"
        "Vaccination antirabique : à jour. Copie adressée au maire.\n"
        f"{c.pick(DOCTORS)}, docteur vétérinaire"
    )


def cold_register_form_no(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()} — REGISTRE DES PERSONNES ISOLÉES ET VULNÉRABLES\n"
        "(plans canicule et grand froid — inscription volontaire)\n\n"
        f"Nom, prénom : {name}\nÂge : {c.rng.randint(70, 95)} ans\n"
        f"Adresse : {c.address()}    Tél. : {phone(c)}\n"
        "Vit seul(e) : ☒ oui  ☐ non\n"
        "Problème de santé nécessitant une attention particulière : ☐ oui  ☒ non\n"
        "Appareil électrique indispensable (oxygène, etc.) : ☐ oui  ☒ non\n"
        f"Médecin traitant : {c.pick(DOCTORS)}\n"
        f"Personne à prévenir : {c.person()[0]} — {phone(c)}\n"
        "Les données sont confidentielles et utilisées uniquement en cas d'alerte.\n"
        f"Fait le {c.write_date(c.date(2022, 2025))} — signature"
    )


def blood_drive_thanks(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    came = c.rng.randint(60, 140)
    new = c.rng.randint(4, 20)
    refused = c.rng.randint(3, 15)
    return "courrier", (
        f"Établissement français du sang — site de {c.pick(TOWNS)}\n\n"
        f"Monsieur le Maire de {c.commune},\n"
        f"Merci pour l'accueil de la collecte du {c.write_date(day)} à la salle des fêtes. "
        f"{came} personnes se sont présentées, dont {new} nouveaux donneurs ; "
        f"{came - refused} dons ont été prélevés, {refused} personnes n'ayant pu donner "
        "(contre-indications temporaires).\n"
        "Ces dons permettront de soigner plusieurs centaines de malades. Nous remercions "
        "l'amicale des donneurs de sang pour la collation.\n"
        f"Prochaine collecte : {c.write_date(after(c, day, 60, 120))}.\n"
        "La responsable des collectes"
    )


def elu_childcare_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "deliberation", (
        f"COMMUNE DE {c.commune.upper()}\nDélibération n° {c.act_number(day.year)}\n"
        f"Séance du {c.write_date(day)}\n"
        "Objet : remboursement des frais de garde des élus\n\n"
        "Vu le code général des collectivités territoriales, notamment l'article L. 2123-18-2 ;"
        "\nMonsieur le Maire rappelle que les conseillers municipaux peuvent bénéficier du "
        "remboursement des frais de garde d'enfants ou d'assistance aux personnes âgées ou "
        "handicapées engagés pour assister aux réunions.\n"
        "Le conseil municipal, après en avoir délibéré, décide :\n"
        "- de rembourser ces frais sur présentation d'un état mensuel et des justificatifs, "
        "dans la limite du SMIC horaire ;\n- d'inscrire les crédits au chapitre 65.\n"
        f"Adopté par {c.rng.randint(11, 19)} voix pour."
    )


def harassment_procedure_note(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()} — NOTE DE SERVICE N° {c.rng.randint(1, 30)}/{day.year}"
        "\nObjet : dispositif de signalement des violences, discriminations et harcèlements\n\n"
        "Depuis le décret n° 2020-256, chaque employeur public met en place un dispositif de "
        "signalement. La commune adhère à celui du centre de gestion.\n"
        "Tout agent victime ou témoin peut saisir la cellule par courriel ou par téléphone ; "
        "le signalement est traité de manière confidentielle par des référents formés.\n"
        "La cellule oriente vers le médecin du travail, le psychologue du centre de gestion ou "
        "l'assistante sociale du personnel.\n"
        f"Contact : signalement@cdg{c.pick(DEPTS)}.fr — {phone(c)}\n"
        f"Le {c.write_date(day)}, la directrice générale des services"
    )


OBJECTIVES = ("former les élus au logiciel", "refondre le site", "classer les archives")
TRAININGS = ("CACES R482", "habilitation électrique", "marchés publics")


def annual_review_minutes(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "courrier", (
        f"Commune de {c.commune}\nCOMPTE RENDU DE L'ENTRETIEN PROFESSIONNEL — année "
        f"{day.year - 1}\n\n"
        f"Agent : {civility}, {c.pick(GRADES)}\nSupérieur hiérarchique direct : "
        f"{c.person()[0]}\nDate de l'entretien : {c.write_date(day)}\n\n"
        "Résultats : objectifs atteints (planning des salles, dématérialisation des "
        "courriers).\n"
        f"Objectifs {day.year} : {c.pick(OBJECTIVES)}.\n"
        f"Besoins de formation : {c.pick(TRAININGS)}.\n"
        "Perspectives : préparation du concours interne.\n"
        "Observations de l'agent : néant.\nSignatures"
    )


def moving_parking_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    home = c.address()
    return "arrete_temporaire", (
        f"ARRÊTÉ TEMPORAIRE N° {c.act_number(day.year, 'CIRC-')}\n"
        "portant réglementation du stationnement pour un déménagement\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, articles L. 2213-1 et L. 2213-2 ;\n"
        f"Vu la demande de {civility}, qui déménage du {home} ;\n"
        "Considérant qu'il convient de permettre le stationnement du camion de déménagement ;\n"
        "ARRÊTE\n"
        f"Article 1 : le {c.write_date(day)}, de 8 h à 18 h, le stationnement est interdit sur "
        f"trois places au droit du {home}, sauf pour le véhicule de "
        f"{c.pick(('Déménagements Martin', 'la société Demeco', 'l’intéressé(e)'))}.\n"
        "Article 2 : la signalisation sera mise en place par le demandeur 48 heures à "
        "l'avance.\n"
        f"Fait à {c.commune}, le {c.write_date(before(c, day, 3, 10))}"
    )


def cremation_arrete_plain(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    death = before(c, day, 1, 3)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'FUN-')}\nportant autorisation de crémation\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, article R. 2213-34 ;\n"
        f"Vu la demande présentée par {c.person()[0]}, ayant qualité pour pourvoir aux "
        "funérailles ;\n"
        f"Vu le certificat de décès établi par le {c.pick(DOCTORS)}, ne mentionnant pas "
        "d'obstacle médico-légal ;\n"
        "Vu l'attestation du même médecin certifiant que le défunt n'était porteur d'aucune "
        "prothèse fonctionnant au moyen d'une pile ;\nARRÊTE\n"
        f"Article 1 : la crémation du corps de {civility}, décédé(e) le "
        f"{c.write_date(death)}, est autorisée au crématorium de {c.pick(TOWNS)}.\n"
        "Article 2 : les cendres seront dispersées au jardin du souvenir du cimetière "
        f"communal.\nFait à {c.commune}, le {c.write_date(day)}"
    )


def school_checkup_convocation(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    day = school_day(c)
    return "convocation", (
        f"Ville de {c.commune} — service communal de santé scolaire\n"
        f"{c.pick(SCHOOLS)}\n\nAux parents de {first} {last}\n\n"
        "Madame, Monsieur,\n"
        f"Votre enfant bénéficiera du bilan de santé de sa sixième année le "
        f"{c.write_date(day)} à {hour(c, 9, 11)}, à l'école.\n"
        "Vous êtes invités à y assister. Merci de remettre à l'enseignant, la veille, le "
        "carnet de santé sous enveloppe fermée et le questionnaire joint.\n"
        "Ce bilan comprend un examen de la vue, de l'audition et du langage.\n"
        f"{c.pick(DOCTORS)}, médecin de santé scolaire"
    )


def pool_hygiene_incident(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "courrier", (
        f"CENTRE AQUATIQUE INTERCOMMUNAL — {interco(c)}\nRAPPORT D'INCIDENT\n\n"
        f"Date : {c.write_date(day)}    Heure : {hour(c, 10, 18)}\n"
        f"MNS de surveillance : {c.pick(LAST_NAMES).upper()}, {c.pick(LAST_NAMES).upper()}\n"
        "Faits : pollution fécale constatée dans le bassin d'apprentissage.\n"
        "Mesures : évacuation du bassin, traitement choc au chlore, filtration renforcée "
        "pendant quatre heures ; réouverture après contrôle (chlore libre "
        f"{c.rng.randint(1, 2)},{c.rng.randint(0, 9)} mg/l, pH 7,{c.rng.randint(1, 4)}).\n"
        f"Fréquentation au moment des faits : {c.rng.randint(40, 180)} personnes.\n"
        "Les analyses de l'ARS du lendemain sont conformes.\nCopie : direction."
    )


def camp_kit_letter(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    place = c.pick(("Saint-Lary", "l'île d'Oléron", "le Cantal", "Gruissan"))
    return "courrier", (
        f"Service jeunesse de {c.commune}\nSÉJOUR D'ÉTÉ {year} — {place.upper()}\n\n"
        "Chers parents,\n"
        f"Le départ aura lieu le {c.write_date(dt.date(year, 7, c.rng.randint(7, 20)))} à "
        f"{hour(c, 7, 9)} devant la mairie.\n"
        "Trousseau : duvet, lampe de poche, maillot, crème solaire, casquette, gourde, "
        "chaussures de marche.\n"
        "Documents à rendre avant le 15 juin : la fiche sanitaire de liaison complétée, la "
        "copie des pages de vaccination du carnet de santé, l'attestation de carte Vitale.\n"
        "Si votre enfant suit un traitement, confiez les médicaments à la directrice avec "
        "l'ordonnance, dans leur emballage d'origine.\n"
        "Téléphones portables interdits ; des nouvelles seront postées sur le blog du séjour.\n"
        "L'équipe d'animation"
    )


ORDINARY_9 = (
    apprentice_welcome_letter,
    civic_service_mission_sheet,
    vaccination_centre_planning,
    assmat_grant_deliberation,
    twinning_host_sheet,
    towing_invoice,
    school_bus_regie_invoice,
    elu_training_invoice,
    home_help_provider_invoice,
    solidarity_transport_rules,
    canteen_monitor_job_offer,
    rpe_newsletter,
    creche_transmissions_plain,
    creche_eviction_rules,
    meal_round_plain,
    home_help_notebook_plain,
    main_courante_plain,
    alcohol_ban_arrete,
    towing_contest_plain,
    civil_copy_request_plain,
    accessibility_commission_report,
    library_reminder_letter,
    library_adapted_order,
    canteen_text_plain,
    school_bus_incident_plain,
    twinning_list_plain,
    cmj_minutes_plain,
    apc_closure_plain,
    hedge_complaint_plain,
    mediation_report_plain,
    dog_vet_surveillance,
    cold_register_form_no,
    blood_drive_thanks,
    elu_childcare_deliberation,
    harassment_procedure_note,
    annual_review_minutes,
    moving_parking_arrete,
    cremation_arrete_plain,
    school_checkup_convocation,
    pool_hygiene_incident,
    camp_kit_letter,
)
