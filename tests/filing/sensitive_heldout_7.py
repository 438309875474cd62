"""Seventh batch of documents for the sensitivity check.

Written by another author who never saw the detector (`filing/sensitive.py`) nor its
benchmark, only the product's rule and the earlier batches (`sensitive_corpus.py`,
`sensitive_heldout.py`, `sensitive_heldout_5.py`, `sensitive_heldout_6.py`), read to write other
situations, services, conditions and wordings than theirs. It is measured once and never used
to tune anything.

It tries to be a year of a mairie's and an intercommunalité's real paper, as it arrives:
e-mails printed to PDF, telephone-message slips, distribution lists and tables where one line
out of eight says something about someone's health, forms with ticked boxes, acts where the
health fact is one clause of a long « Considérant que… », brand names of drugs and devices,
abbreviations and euphemisms.

``SENSITIVE_7`` holds documents sensitive by their content under types that are not sensitive
in themselves: a valid NIR (a new agent's sheet, a pension file, an ambulance bill), a private
person's IBAN (pocket-money jobs, a church keeper, a flower-contest prize, an agent's advance, a
waste-fee mandate, a BAFA grant), or health information about an identifiable person (an agent's
e-mail about her heart check-up, a parcel list with one diabetic, a mini-camp list with one
bed-wetter, a fence too high for a child who runs away, a contractor unable to work after a
heart attack, a tenant's brother who stopped his treatment, a dog bite…).

``ORDINARY_7`` holds documents of the same services and shapes that are not sensitive: the same
e-mails, slips, lists, orders and acts with nothing personal about health nor private bank
data; health words about things (a building, a water catchment, box trees, the commune's
finances), public-health topics, counts of special menus with no names, blank RIB lines, « pas
de contre-indication » ticked, professionals and élus named in their role, suppliers', an
association's and the Trésor public's accounts, long reference numbers that are not NIRs.
"""

from __future__ import annotations

import datetime as dt

from tests.filing.classify_corpus import (
    COMPANIES,
    FIRST_NAMES,
    GRADES,
    LAST_NAMES,
    SCHOOLS,
    Ctx,
    strip_accents,
)
from tests.filing.sensitive_corpus import iban, nir

KIDS = ("Lenny", "Albane", "Marceau", "Ninon", "Ethan", "Romy", "Basile", "Iris", "Kylian", "Mila")
KID_SURNAMES = ("DUBOIS", "LAURENT", "SIMON", "MICHEL", "ROLLAND", "PICARD", "FERRAND", "JOLY")
BICS = ("CCBPFRPPMTG", "AGRIFRPP882", "CEPAFRPP627", "CMCIFRPPXXX", "BNPAFRPPNIC", "PSSTFRPPLIL")
SALUTATIONS = ("Monsieur le Maire,", "Madame la Maire,", "Madame, Monsieur,", "Bonjour,")
CLASSES = ("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2")
TOWNS = ("Agen", "Cholet", "Saint-Brieuc", "Muret", "Libourne", "Beaune", "Saumur", "Lannion")
INTERCOS = (
    "Communauté de communes du Val de Garonne",
    "Communauté de communes des Coteaux et Vallées",
    "Communauté d'agglomération du Grand Bocage",
    "Communauté de communes Loire-Layon-Aubance",
    "Communauté de communes Cœur de Gascogne",
)
INTERCO_DOMAINS = (
    "cc-valdegaronne.fr",
    "coteaux-vallees.fr",
    "grandbocage-agglo.fr",
    "loirelayonaubance.fr",
    "coeurdegascogne.fr",
)
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
SERVICES = ("services techniques", "restauration scolaire", "accueil", "entretien des écoles")


# --- helpers ------------------------------------------------------------------------------


def digits(c: Ctx, n: int) -> str:
    return "".join(str(c.rng.randint(0, 9)) for _ in range(n))


def phone(c: Ctx) -> str:
    return f"0{c.pick(('2', '5', '6', '7'))}" + "".join(f" {digits(c, 2)}" for _ in range(4))


def days_after(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=c.rng.randint(low, high))


def days_before(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day - dt.timedelta(days=c.rng.randint(low, high))


def slug(text: str) -> str:
    return strip_accents(text).lower().replace("'", "-").replace(" ", "-")


def someone(c: Ctx) -> tuple[str, str]:
    """(first name, last name) for e-mail addresses and signatures."""
    return c.pick(FIRST_NAMES), c.pick(LAST_NAMES)


def address_of(first: str, last: str, domain: str) -> str:
    return f"{slug(first)}.{slug(last)}@{domain}"


def email_header(c: Ctx, sender: str, address: str, to: str, subject: str, *, day: dt.date) -> str:
    """The header block an e-mail printed to PDF begins with (Outlook, Thunderbird…)."""
    when = (
        f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS_FR[day.month - 1]} {day.year} "
        f"{c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}"
    )
    style = c.rng.randrange(3)
    if style == 0:
        return f"De : {sender} <{address}>\nEnvoyé : {when}\nÀ : {to}\nObjet : {subject}\n"
    if style == 1:
        return f"Sujet : {subject}\nDe : {sender} <{address}>\nDate : {when}\nPour : {to}\n"
    return f"{sender} <{address}>\n{when}\nÀ : {to}\nObjet : {subject}\n"


def nir_print(c: Ctx, value: str | None = None) -> str:
    """A valid NIR (drawn, or the one given) as forms, letters and OCR give it."""
    parts = (value or nir(c, corsica=c.rng.random() < 0.1)).split()
    key = parts[-1]
    style = c.rng.randrange(6)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    if style == 2:
        return f"{' '.join(parts[:-1])}  {key}"
    if style == 3:
        return f"{''.join(parts[:-1])} clé {key}"
    if style == 4:
        return " ".join("".join(parts[:-1])) + " | " + " ".join(key)
    return ".".join(parts[:-1]) + f".{key}"


def nir_with_birth(c: Ctx) -> tuple[str, dt.date]:
    """A valid NIR as printed, with a birth date matching its year and month."""
    value = nir(c)
    _, year, month, *_ = value.split()
    return nir_print(c, value), dt.date(1900 + int(year), int(month), c.rng.randint(1, 28))


def iban_print(c: Ctx) -> str:
    value = iban(c)
    return value if c.rng.random() < 0.6 else value.replace(" ", "")


def looks_like_nir(number: str) -> bool:
    """Whether fifteen digits somewhere in `number` (separators dropped) end with the NIR key
    of the thirteen before them: ordinary documents must not carry one, even by chance inside
    a supplier's account number or an animal's microchip."""
    run = "".join(ch for ch in number if ch.isdigit())
    return any(
        run[i] in "12" and int(run[i + 13 : i + 15]) == 97 - int(run[i : i + 13]) % 97
        for i in range(len(run) - 14)
    )


def public_iban(c: Ctx) -> str:
    """A Trésor public account (Banque de France, bank code 30001), right check digits."""
    while True:
        bban = "30001" + digits(c, 18)
        check = 98 - int(bban + "152700") % 97
        compact = f"FR{check:02d}{bban}"
        if not looks_like_nir(compact):
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def supplier_iban(c: Ctx) -> str:
    """A company's or an association's own account, printed on its invoice."""
    while True:
        value = iban(c)
        if not looks_like_nir(value):
            return value


def microchip(c: Ctx) -> str:
    """A French pet's microchip number (250…, fifteen digits), not shaped like a NIR."""
    while True:
        value = "250" + digits(c, 12)
        if not looks_like_nir(value):
            return value


def not_nir(c: Ctx) -> str:
    """Fifteen digits beginning like a NIR whose last two are NOT its key."""
    while True:
        body = c.pick(("1", "2")) + digits(c, 12)
        key = c.rng.randint(1, 99)
        if key != 97 - int(body) % 97:
            return f"{body}{key:02d}"


def siret(c: Ctx) -> str:
    return f"{digits(c, 3)} {digits(c, 3)} {digits(c, 3)} {digits(c, 5)}"


def kid(c: Ctx) -> tuple[str, str]:
    return c.pick(KIDS), c.pick(KID_SURNAMES)


def parcel(c: Ctx) -> str:
    return f"{c.pick(('AC', 'ZD', 'B', 'OE', 'AH', 'C'))} {c.rng.randint(8, 950)}"


def school_day(c: Ctx) -> dt.date:
    """A date in the school year (not in July or August)."""
    day = c.date(2022, 2025)
    while day.month in (7, 8):
        day = c.date(2022, 2025)
    return day


def summer_day(c: Ctx) -> dt.date:
    return dt.date(c.rng.randint(2022, 2025), c.pick((7, 8)), c.rng.randint(1, 24))


def hhmm(c: Ctx) -> str:
    return f"{c.rng.randint(8, 18)} h {c.pick(('00', '15', '30', '45'))}"


def interco(c: Ctx) -> str:
    return c.pick(INTERCOS)


# --- sensitive by content -----------------------------------------------------------------

AGENT_NOTES = (
    "Je ne serai pas là jeudi matin : j'ai encore rendez-vous à l'hôpital pour mon cœur, ils "
    "me posent un holter pour 24 h. Je rattraperai mes heures la semaine prochaine.",
    "Petit message pour te dire que le rhumato a prolongé mon arrêt jusqu'au {date}, "
    "l'infiltration dans l'épaule n'a rien donné. J'envoie le volet 3 par la poste.",
    "Je dois partir à 15 h vendredi pour ma séance au CMP, c'est tous les quinze jours en ce "
    "moment. Merci de garder ça pour toi, je n'ai pas envie que toute l'équipe le sache.",
    "Suite à mon opération de la cataracte je n'ai pas le droit de conduire pendant dix jours. "
    "Est-ce que tu peux me mettre à l'atelier plutôt que sur la tournée du camion ?",
    "Pour info mon médecin m'a mis sous Seresta depuis lundi, je suis un peu dans le coton. Je "
    "préfère ne pas tenir la régie cette semaine si quelqu'un peut me remplacer.",
    "Je serai absente mardi toute la journée : bilan en endocrino pour mon diabète, ils "
    "changent ma pompe à insuline. Je serai joignable sur le portable l'après-midi.",
    "Je suis suivi en addictologie depuis le printemps et j'ai rendez-vous au CSAPA tous les "
    "jeudis à 17 h. Est-ce que je peux finir à 16 h 30 ce jour-là ?",
    "Ma sciatique est revenue, je suis bloquée depuis ce matin. Le médecin m'arrête jusqu'au "
    "{date}. Désolée pour le planning de la cantine, Sandrine a les clés.",
)


def agent_email_absence(c: Ctx) -> tuple[str, str]:
    first, last = someone(c)
    boss_first, boss_last = someone(c)
    day = c.date(2022, 2025)
    domain = f"mairie-{slug(c.commune)}.fr"
    note = c.pick(AGENT_NOTES).format(date=c.write_date(days_after(c, day, 7, 30)))
    subject = c.pick(("absence", "RE: planning de la semaine", "jeudi", "mon arrêt", "horaires"))
    header = email_header(
        c,
        f"{first} {last}",
        address_of(first, last, domain),
        f"{boss_first} {boss_last.upper()}",
        subject,
        day=day,
    )
    close = c.pick(("Merci, bonne journée", "Bonne soirée", "Merci d'avance", "Cordialement"))
    tail = c.pick(("", "\n\nEnvoyé de mon iPhone", "\n\nEnvoyé depuis mon smartphone"))
    return "courrier", f"{header}\nBonjour {boss_first},\n\n{note}\n\n{close}\n{first}{tail}"


PHONE_MESSAGES = (
    "Son mari est rentré hier de l'hôpital (AVC), il n'est plus autonome. Demande si le CCAS "
    "peut monter le dossier APA et mettre en place le portage des repas.",
    "Sa mère ({age} ans) est tombée chez elle : col du fémur, hospitalisée puis SSR. Pas de "
    "colis de Noël à déposer chez elle cette année.",
    "Ne peut plus conduire depuis son opération des yeux. Demande s'il existe un transport pour "
    "aller à ses dialyses à {town} (mardi, jeudi, samedi).",
    "Appelle pour son fils, suivi au CMP pour une schizophrénie, qui a encore eu des mots avec "
    "les voisins de la résidence. Souhaite un RDV avec M. le Maire, assez urgent.",
    "Est sous chimio jusqu'en mars, très fatiguée. Demande si qqn de la mairie peut passer "
    "prendre son dossier de carte d'identité à domicile.",
    "Sa femme a des soucis de santé (le cœur), elle ne pourra pas tenir le bureau de vote "
    "dimanche. Il la remplace le matin seulement.",
)


def phone_message_slip(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    for_whom = c.pick(
        (
            "M. le Maire",
            "Mme l'adjointe aux affaires sociales",
            f"CCAS — Mme {c.pick(LAST_NAMES)}",
            "Secrétariat général",
        )
    )
    ticks = c.pick(
        (
            "☒ a téléphoné   ☐ est passé(e)   ☒ merci de rappeler",
            "[x] a appelé  [ ] rappellera  [x] à rappeler",
            "A TÉLÉPHONÉ — MERCI DE RAPPELER",
        )
    )
    message = c.pick(PHONE_MESSAGES).format(age=c.rng.randint(84, 97), town=c.pick(TOWNS))
    initials = f"{c.pick(FIRST_NAMES)[0]}.{c.pick(LAST_NAMES)[0]}."
    return "courrier", (
        f"MESSAGE TÉLÉPHONIQUE\nPour : {for_whom}\nDe la part de : {civility}\n"
        f"Tél. : {phone(c)}\nLe {c.write_date(day)} à {hhmm(c)}    Reçu par : {initials}\n"
        f"{ticks}\nMessage :\n{message}"
    )


PARCEL_REMARKS = (
    "—",
    "",
    "sonner fort",
    "absente le mardi",
    "couple",
    "voir la voisine au n° 12",
    "chien, attention",
    "ne pas laisser dans la boîte",
    "nouvelle inscrite",
)
PARCEL_HEALTH = (
    "colis diabétique (sans sucre)",
    "en EHPAD depuis juin (Alzheimer) — déposer chez sa fille",
    "sortie d'hôpital, chimio en cours — ne pas rester longtemps",
    "très malentendant : frapper à la fenêtre de la cuisine",
    "ne se lève plus (alitée) — l'aide-soignante ouvre le matin",
    "régime sans sel strict (cœur) — pas de foie gras",
    "ne reconnaît plus bien les gens, passer quand son fils est là",
)


def christmas_parcel_list(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    rows = c.rng.randint(5, 8)
    health_row = c.rng.randrange(rows)
    _, elu = c.person()
    lines = [
        f"CCAS de {c.commune}",
        f"COLIS DE NOËL DES AÎNÉS {year} — tournée n° {c.rng.randint(1, 9)}",
        f"Distribution : {elu}, conseiller(e) municipal(e)",
        "Nom | Adresse | Colis | Observations",
    ]
    for row in range(rows):
        _, name = c.person()
        remark = c.pick(PARCEL_HEALTH) if row == health_row else c.pick(PARCEL_REMARKS)
        lines.append(f"{name} | {c.address()} | {c.pick(('1', '1', '1', '2'))} | {remark}")
    lines.append(f"Merci de rapporter la liste émargée au CCAS avant le 20 décembre {year}.")
    return "courrier", "\n".join(lines)


CAMP_HEALTH = (
    "énurésie nocturne — prévoir une alèse, en toute discrétion",
    "somnambule : ne pas coucher en lit superposé haut",
    "Levothyrox 25 µg le matin à jeun (boîte dans la trousse)",
    "porte un appareil auditif, à retirer pour la baignade",
    "opéré(e) de l'appendicite il y a 3 semaines : pas de sport violent",
    "crises d'angoisse la nuit, suivi(e) par une psychologue — doudou indispensable",
    "allergie aux piqûres de guêpe : Anapen dans la trousse de l'animateur",
)
CAMP_REMARKS = (
    "—",
    "végétarien",
    "sans porc",
    "arrive le 2e jour",
    "avec son frère",
    "premier séjour",
    "RAS",
    "ne sait pas nager",
    "départ avec sa grand-mère",
)


def minicamp_list(c: Ctx) -> tuple[str, str]:
    start = summer_day(c)
    place = c.pick(("base de loisirs du lac", "camping municipal", "gîte de la ferme Martin"))
    rows = c.rng.randint(6, 9)
    health_row = c.rng.randrange(rows)
    lines = [
        f"ACCUEIL DE LOISIRS DE {c.commune.upper()}",
        f"MINI-SÉJOUR — {place} — du {c.write_date(start)} au "
        f"{c.write_date(days_after(c, start, 2, 4))}",
        "Liste des participants (à garder par l'animateur référent)",
        "N° | Enfant | Âge | Baignade | Observations",
    ]
    names: set[tuple[str, str]] = set()
    while len(names) < rows:
        names.add(kid(c))
    for row, (first, last) in enumerate(sorted(names, key=lambda n: n[1])):
        remark = c.pick(CAMP_HEALTH) if row == health_row else c.pick(CAMP_REMARKS)
        lines.append(
            f"{row + 1} | {last} {first} | {c.rng.randint(6, 11)} | "
            f"{c.pick(('oui', 'oui', 'non'))} | {remark}"
        )
    lines.append(f"Directeur du séjour : {c.person()[1]} — tél. d'astreinte {phone(c)}")
    return "periscolaire_inscription", "\n".join(lines)


PAI_DIETS = (
    "allergie à l'œuf",
    "allergie kiwi et sésame",
    "APLV",
    "allergie arachide — éviction stricte",
    "œsophagite à éosinophiles",
    "diabète type 1 — collation",
)


def canteen_invoice_pai(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    first, last = kid(c)
    month = school_day(c)
    meals, baskets = c.rng.randint(4, 14), c.rng.randint(2, 8)
    meal_price, basket_price = c.amount(2, 5), c.amount(1, 2)
    morning = c.rng.randint(0, 12)
    morning_price = c.amount(1, 2)
    total = meal_price * meals + basket_price * baskets + morning_price * morning
    return "facture", (
        f"COMMUNE DE {c.commune.upper()} — RÉGIE RESTAURATION ET PÉRISCOLAIRE\n"
        f"FACTURE N° {month.year}-{month.month:02d}-{c.rng.randint(1, 900):04d}    "
        f"Période : {MONTHS_FR[month.month - 1]} {month.year}\n"
        f"Famille : {civility}\n{c.address()}, {c.commune}\n"
        f"Enfant : {first} {last} — {c.pick(CLASSES)}, {c.pick(SCHOOLS)}\n"
        f"Repas restaurant scolaire    {meals} x {c.money(meal_price)}\n"
        f"Repas PAI (panier fourni — {c.pick(PAI_DIETS)})    {baskets} x "
        f"{c.money(basket_price)}\n"
        f"Accueil du matin    {morning} x {c.money(morning_price)}\n"
        f"TOTAL À PAYER : {c.money(total)}\n"
        f"À régler avant le {c.write_date(days_after(c, month, 30, 45))} sur le portail "
        "famille ou à la régie (chèque à l'ordre du Trésor public)."
    )


SENSORY_CASES = (
    (
        "un trouble du spectre de l'autisme avec hypersensibilité au bruit",
        "Casque anti-bruit enfant 3M Peltor Kid",
    ),
    ("un TDAH diagnostiqué cette année", "Coussin d'assise dynamique Movin'Sit"),
    ("un autisme sévère (suivi par le SESSAD)", "Casque anti-bruit + classeur de pictogrammes"),
    ("des troubles de la régulation sensorielle (TSA)", "Couverture lestée 3 kg"),
)


def sensory_kit_order(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    condition, item = c.rng.choice(SENSORY_CASES)
    supplier = c.pick(("Hop'Toys", "Wesco", "Manutan Collectivités", "Nathan Matériel éducatif"))
    price = c.amount(19, 140)
    return "bon_de_commande", (
        f"COMMUNE DE {c.commune.upper()} — Service enfance-jeunesse\n"
        f"BON DE COMMANDE N° EJ-{c.rng.randint(2022, 2025)}-{c.rng.randint(1, 200):03d}\n"
        f"Fournisseur : {supplier}\n"
        "Désignation | Qté | PU HT | Total HT\n"
        f"{item} | 1 | {c.money(price)} | {c.money(price)}\n"
        f"Time Timer 20 cm | 1 | {c.money(c.amount(25, 40))} |\n"
        f"Motif : accueil de {first} {last} ({c.rng.randint(4, 11)} ans) au centre de loisirs "
        f"les mercredis ; l'enfant présente {condition}, matériel préconisé par "
        f"{c.pick(('l’ergothérapeute du SESSAD', 'sa psychomotricienne', 'l’éducatrice'))}.\n"
        "Imputation : 6068 — Livraison : accueil de loisirs\n"
        "Visa de l'adjointe à l'enfance"
    )


DIOGENES = (
    "dont l'état de santé ne lui permet plus d'entretenir son logement",
    "atteint(e) de troubles cognitifs importants selon le rapport du médecin traitant",
    "qui présente un syndrome de Diogène déjà signalé au CCAS",
    "âgé(e) de {age} ans, qui n'est plus autonome et refuse toute aide à domicile",
)


def diogenes_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    situation = c.pick(DIOGENES).format(age=c.rng.randint(74, 93))
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'PM-')}\n"
        "portant mise en demeure de faire cesser un danger sanitaire\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, notamment l'article L. 2212-2 ;\n"
        "Vu le code de la santé publique, notamment l'article L. 1311-4 ;\n"
        "Vu le règlement sanitaire départemental ;\n"
        "Vu le rapport de visite de la police municipale du "
        f"{c.write_date(days_before(c, day, 3, 20))} ;\n"
        f"Considérant que le logement situé {c.address()}, occupé par {civility}, {situation}, "
        "présente une accumulation de déchets et de denrées avariées attirant des rongeurs, "
        "constituant un danger pour la santé des occupants et du voisinage ;\nARRÊTE\n"
        f"Article 1 : l'occupant(e) est mis(e) en demeure de procéder au nettoyage et au "
        f"débarras du logement dans un délai de {c.pick(('huit', 'quinze', 'dix'))} jours.\n"
        "Article 2 : à défaut, il y sera procédé d'office, aux frais de l'intéressé(e).\n"
        "Article 3 : copie au CCAS et à la délégation départementale de l'ARS.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


FREE_MEAL_REASONS = (
    "l'hospitalisation prolongée de la mère des enfants, soignée pour un cancer du sein",
    "l'arrêt maladie du père, seul à charge, depuis son accident de la route, qui ne perçoit "
    "plus que des indemnités journalières",
    "les frais de déplacement qu'impose le traitement de leur fille aînée au CHU, atteinte "
    "d'une mucoviscidose",
    "la dépression sévère de la mère, suivie en hôpital de jour, signalée par l'assistante "
    "sociale du secteur",
)


def canteen_free_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    kids = " et ".join(c.rng.sample(KIDS, c.rng.randint(1, 2)))
    return "decision_maire", (
        f"DÉCISION DU MAIRE N° {c.act_number(day.year, 'D')}\n"
        "Objet : gratuité temporaire de la restauration scolaire\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu la délibération du conseil municipal fixant les tarifs de la restauration scolaire ;\n"
        f"Vu la demande présentée par {civility}, demeurant {c.address()}, et l'avis de la "
        "commission des affaires sociales ;\n"
        f"Considérant que la situation de la famille est rendue difficile par "
        f"{c.pick(FREE_MEAL_REASONS)} ;\nDÉCIDE\n"
        f"Article 1 : les repas de {kids} sont servis gratuitement du "
        f"{c.write_date(day)} au {c.write_date(days_after(c, day, 60, 150))}.\n"
        "Article 2 : la présente décision sera notifiée à la famille et transmise au régisseur.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


LEASE_REASONS = (
    "actuellement hébergé(e) à l'étage chez un parent et qui, amputé(e) d'une jambe depuis "
    "l'an dernier, ne peut plus monter d'escalier",
    "dont l'épouse, atteinte de la maladie de Charcot, se déplace désormais en fauteuil roulant",
    "malvoyant(e) depuis un glaucome, qui souhaite se rapprocher des commerces du bourg",
    "sorti(e) en {month} d'un long séjour en centre de rééducation après un AVC",
)


def housing_lease_deliberation(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    reason = c.pick(LEASE_REASONS).format(month=MONTHS_FR[c.rng.randrange(12)])
    return "deliberation", (
        f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS — séance du {c.write_date(day)}\n"
        f"Délibération n° {c.act_number(day.year)}\n"
        "Objet : attribution du logement communal de l'ancienne poste (T2, rez-de-chaussée)\n"
        "Monsieur le Maire rappelle que le logement est vacant depuis le départ du précédent "
        "locataire. La commission logement, réunie le "
        f"{c.write_date(days_before(c, day, 5, 30))}, propose de l'attribuer à {civility}, "
        f"{reason}.\n"
        f"Le loyer mensuel est fixé à {c.money(c.amount(320, 520))}, charges en sus, révisable "
        "chaque année selon l'IRL.\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité, approuve cette "
        "attribution et autorise le Maire à signer le bail."
    )


CRECHE_OK = (
    "deux parents salariés",
    "fratrie déjà accueillie",
    "reprise d'emploi en septembre",
    "parent isolé, en formation",
    "mutation professionnelle",
)
CRECHE_HEALTH = (
    "priorité médicale : enfant opéré d'une cardiopathie, suivi à Necker",
    "maman en situation de handicap (sclérose en plaques)",
    "enfant porteur de trisomie 21 — accueil avec PAI, 2 jours",
    "enfant né grand prématuré, suivi CAMSP — avis de la PMI favorable",
)


def creche_commission_pv(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = c.rng.randint(5, 7)
    health_row = c.rng.randrange(rows)
    _, deputy = c.person()
    _, director = c.person()
    lines = [
        f"COMMISSION D'ATTRIBUTION DES PLACES — MULTI-ACCUEIL « "
        f"{c.pick(('Les Lucioles', 'Pomme d’Api', 'Les Mésanges'))} »",
        f"Procès-verbal de la séance du {c.write_date(day)}",
        f"Présents : {deputy}, adjointe à la petite enfance ; {director}, directrice ; "
        "la puéricultrice de la PMI.",
        f"Places à pourvoir : {c.rng.randint(3, 6)}",
        "Dossier | Enfant | Accueil demandé | Motif | Décision",
    ]
    for row in range(rows):
        first, last = kid(c)
        motif = c.pick(CRECHE_HEALTH) if row == health_row else c.pick(CRECHE_OK)
        lines.append(
            f"{c.rng.randint(100, 480)} | {first} {last} | "
            f"{c.pick(('4 j/sem', '5 j/sem', '2 j/sem', '3 j/sem'))} | {motif} | "
            f"{c.pick(('accordé', 'accordé', 'liste d’attente', 'refus (hors commune)'))}"
        )
    lines.append("Les familles seront informées par courrier sous huit jours.")
    return "pv_seance", "\n".join(lines)


ESS_TOPICS = (
    "aménagements pendant la pause méridienne liés à sa dyspraxie (couverts adaptés, aide "
    "pour couper la viande)",
    "surdité bilatérale appareillée — utilisation du micro HF par les animateurs",
    "trouble du spectre de l'autisme — temps calme et présence de l'AESH à la cantine",
    "épilepsie — conduite à tenir en cas de crise pendant le temps périscolaire",
    "troubles du comportement — suivi en hôpital de jour le jeudi",
)


def ess_convocation(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    day = school_day(c)
    _, referent = c.person()
    return "convocation", (
        f"Direction des services départementaux de l'Éducation nationale\n{c.pick(SCHOOLS)} — "
        f"{c.commune}\n\nCONVOCATION — ÉQUIPE DE SUIVI DE LA SCOLARISATION (ESS)\n\n"
        "À l'attention du responsable du service périscolaire, mairie de "
        f"{c.commune}\n\n"
        f"Élève : {first} {last} — classe de {c.pick(CLASSES)}\n"
        f"Date : {c.write_date(day)} à {hhmm(c)}, dans la salle des maîtres\n"
        "Participants : la famille, l'enseignant(e) de la classe, l'AESH, l'enseignante "
        "référente, les professionnels du soin, un représentant de la commune.\n"
        f"Ordre du jour : bilan du PPS ; {c.pick(ESS_TOPICS)} ; renseignement du GEVA-Sco.\n"
        f"L'enseignante référente de scolarisation,\n{referent}"
    )


FENCE_REASONS = (
    "Notre fils {kid}, {age} ans, est autiste non verbal et tente régulièrement de s'échapper "
    "du jardin ; il a déjà été retrouvé deux fois sur la route départementale.",
    "Notre fille {kid}, polyhandicapée, n'a aucune conscience du danger et escalade la clôture "
    "actuelle.",
    "Mon père, atteint de la maladie d'Alzheimer, vit chez nous et il est déjà sorti seul la "
    "nuit à deux reprises.",
    "Notre fils {kid} présente une déficience intellectuelle avec des fugues fréquentes ; son "
    "éducateur nous a conseillé une clôture haute et un portail plein.",
)


def fence_dp_autism(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    reason = c.pick(FENCE_REASONS).format(kid=c.pick(KIDS), age=c.rng.randint(5, 14))
    number = c.permit_number("DP", c.rng.randint(2022, 2025))
    return "declaration_prealable", (
        f"DÉCLARATION PRÉALABLE — {number}\n"
        "Cerfa n° 13703 — constructions et travaux non soumis à permis de construire\n"
        f"Déclarant : {civility}\nTerrain : {c.address()}, {c.commune} — parcelle {parcel(c)}\n"
        "Nature des travaux : clôture en panneaux rigides de 2,00 m et portail plein coulissant "
        "en limite de voie et de fond de parcelle\n"
        "Notice jointe :\nLe règlement du PLU limite les clôtures sur rue à 1,50 m. Nous "
        f"sollicitons une hauteur de 2 m pour une raison de sécurité. {reason}\n"
        "Les panneaux seront doublés d'une haie d'essences locales.\n"
        f"Fait le {c.write_date(c.date(2022, 2025))}, {name}"
    )


PC_DELAYS = (
    "j'ai été hospitalisé(e) en urgence pour un AVC, puis en rééducation jusqu'au mois dernier",
    "mon épouse a subi une opération à cœur ouvert et je suis resté auprès d'elle à l'hôpital",
    "j'ai été opéré(e) d'un cancer du côlon et je suis encore sous chimiothérapie",
    "j'ai fait un burn-out et je n'étais pas en état de m'occuper de mes papiers",
    "notre fils a eu un grave accident de scooter (traumatisme crânien) et nous avons vécu "
    "trois mois à l'hôpital",
)


def pc_missing_documents_stroke(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    year = c.rng.randint(2022, 2025)
    number = c.permit_number("PC", year)
    return "permis_construire", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Mairie de {c.commune} — service urbanisme\n"
        f"Objet : permis de construire {number} — pièces complémentaires\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Par courrier du {c.write_date(c.date(year, year))}, vous m'avez demandé de compléter "
        "mon dossier (plan de coupe PCMI 3, insertion graphique PCMI 6).\n"
        f"Je n'ai pas pu répondre dans le délai de trois mois car {c.pick(PC_DELAYS)}.\n"
        "Je vous adresse ci-joint les pièces manquantes et vous demande si mon dossier peut "
        "être repris ou si je dois déposer une nouvelle demande.\n"
        f"Avec mes remerciements,\n{name}"
    )


CU_NOTES = (
    "Atteint d'une polyarthrite rhumatoïde, je ne peux plus vivre dans ma maison à étages et "
    "souhaite construire une maison de plain-pied sur le terrain familial.",
    "Depuis mon accident de moto je suis paraplégique ; la maison sera entièrement de "
    "plain-pied et adaptée au fauteuil.",
    "Nous voulons construire à côté de chez nous une petite maison adaptée pour notre fille, "
    "IMC, qui va avoir 20 ans et quitter l'IME.",
    "Ma mère, qui a des problèmes cardiaques et ne peut plus rester seule, viendra habiter ce "
    "logement près de nous.",
)


def cu_single_storey(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "certificat_urbanisme", (
        "DEMANDE DE CERTIFICAT D'URBANISME — Cerfa n° 13410\n"
        "☐ a) certificat d'urbanisme d'information   ☒ b) certificat d'urbanisme opérationnel\n"
        f"Demandeur : {civility}, {c.address()}, {c.commune}\n"
        f"Terrain : lieu-dit « {c.pick(('Les Bordes', 'La Croix Blanche', 'Le Pré Long'))} », "
        f"parcelles {parcel(c)} et {parcel(c)}, superficie {c.rng.randint(600, 2400)} m²\n"
        "Description du projet : construction d'une maison individuelle de plain-pied "
        f"d'environ {c.rng.randint(70, 120)} m², raccordement aux réseaux existants\n"
        f"Note jointe : {c.pick(CU_NOTES)}\n"
        f"Date de dépôt : {c.write_date(day)}"
    )


CONTRACTOR_HEALTH = (
    "victime d'un infarctus le {date}, hospitalisé puis en réadaptation cardiaque",
    "atteint d'une maladie de Parkinson évolutive qui l'empêche désormais de travailler",
    "gravement blessé à la colonne vertébrale lors d'une chute de toiture le {date}",
    "en arrêt de travail de longue durée pour un cancer",
)


def contract_termination_incapacity(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    start = c.date(2022, 2025)
    trade = c.pick(
        (
            ("entretien des espaces verts communaux", "paysagiste"),
            ("travaux de peinture de l'école", "peintre en bâtiment"),
            ("réfection de la toiture du lavoir", "couvreur"),
        )
    )
    health = c.pick(CONTRACTOR_HEALTH).format(date=c.write_date(start))
    return "marche", (
        f"MARCHÉ N° {start.year}-{c.rng.randint(1, 30):02d} — {trade[0]}\n"
        "DÉCISION DE RÉSILIATION\n"
        f"Pouvoir adjudicateur : commune de {c.commune}\n"
        f"Titulaire : {name}, entreprise individuelle ({trade[1]}), SIRET {siret(c)}\n"
        "Vu le cahier des clauses administratives générales applicable, notamment ses "
        "stipulations relatives à l'incapacité physique du titulaire ;\n"
        "Vu le certificat médical transmis par le titulaire ;\n"
        f"Considérant que le titulaire, seul exploitant de l'entreprise, {health}, se trouve "
        "dans l'incapacité physique manifeste et durable d'exécuter le marché ;\n"
        "Article 1 : le marché est résilié, sans indemnité ni pénalité, à compter de la "
        "notification de la présente décision.\n"
        "Article 2 : les prestations exécutées seront réglées au vu du décompte de résiliation."
    )


PENSION_BODIES = (
    "Je souhaite faire valoir mes droits à la retraite au {date}. Vous trouverez ci-joint mon "
    "relevé de carrière et la copie de mon livret de famille.",
    "Je vous prie de bien vouloir transmettre à la CNRACL ma demande de validation des services "
    "effectués comme contractuel(le) avant ma titularisation (contrats joints).",
    "Pourriez-vous me faire établir une estimation indicative globale de ma pension ? Mes "
    "périodes au régime général sont sur le relevé CARSAT joint.",
)


def pension_validation_nir(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    number, birth = nir_with_birth(c)
    body = c.pick(PENSION_BODIES).format(date=c.write_date(c.date(2025, 2027)))
    label = c.pick(("N° de sécurité sociale", "N° INSEE", "N° d'immatriculation", "NIR"))
    return "courrier", (
        f"{civility}\n{c.pick(GRADES)} — {c.pick(SERVICES)}\n{c.address()}, {c.commune}\n\n"
        "À l'attention du service des ressources humaines\n"
        f"Objet : dossier de retraite CNRACL\n\n{c.pick(SALUTATIONS)}\n{body}\n"
        f"{label} : {number}\nDate de naissance : {c.write_date(birth)}\n"
        "Je vous remercie par avance et vous prie d'agréer mes salutations distinguées.\n"
        f"{name}"
    )


AMBULANCE_CASES = (
    "chute d'un escabeau à l'atelier municipal, suspicion de fracture du poignet",
    "malaise sur la voie publique pendant la tournée de collecte",
    "coupure profonde à la main (tronçonneuse)",
    "douleur thoracique pendant le service à la cantine",
)


def ambulance_invoice_nir(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    company = c.pick(("Ambulances du Val", "Taxi-Ambulance Perrin", "Ambulances Saint-Christophe"))
    km = c.rng.randint(6, 45)
    return "facture", (
        f"{company} — transport sanitaire agréé ARS — SIRET {siret(c)}\n"
        f"FACTURE N° {day.year}{c.rng.randint(1000, 9999)}\n"
        f"Destinataire : Mairie de {c.commune}, service des ressources humaines\n"
        f"Transport du {c.write_date(day)} à {hhmm(c)} : {c.pick(SERVICES)} → urgences du "
        f"centre hospitalier de {c.pick(TOWNS)}\n"
        f"Patient : {name}    N° d'assuré : {nir_print(c)}\n"
        f"Motif : accident de service — {c.pick(AMBULANCE_CASES)} (prise en charge employeur)\n"
        f"Forfait départemental + {km} km — Total TTC : {c.money(c.amount(70, 260))}\n"
        f"Règlement par virement : IBAN {iban(c)}"
    )


def new_agent_info_sheet(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    number, birth = nir_with_birth(c)
    lines = [
        f"Commune de {c.commune} — service du personnel",
        "FICHE DE RENSEIGNEMENTS — NOUVEL AGENT",
        f"Nom, prénom : {name}",
        f"Né(e) le : {c.write_date(birth)} à {c.pick(TOWNS)}",
        f"Adresse : {c.address()}, {c.commune}",
        "Situation familiale : "
        + c.pick(("☒ célibataire ☐ marié(e)", "☐ célibataire ☒ marié(e) / pacsé(e)")),
        f"Enfants à charge : {c.rng.randint(0, 3)}",
    ]
    with_nir = c.rng.random() < 0.7
    if with_nir:
        lines.append(f"N° de sécurité sociale : {number}")
    if not with_nir or c.rng.random() < 0.6:
        lines.append(f"Compte pour le versement du traitement : IBAN {iban_print(c)}")
        lines.append(f"BIC : {c.pick(BICS)}")
    lines += [
        f"Emploi : {c.pick(GRADES)} — prise de poste le {c.write_date(c.date(2023, 2025))}",
        "Pièces jointes : ☒ copie de la carte Vitale ☒ RIB ☒ diplômes",
    ]
    return "courrier", "\n".join(lines)


def church_keeper_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    church = c.pick(("Saint-Pierre", "Notre-Dame", "Saint-Martin", "Saint-Jean-Baptiste"))
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year)}\n"
        "portant versement de l'indemnité de gardiennage de l'église communale\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu la circulaire ministérielle revalorisant le plafond de l'indemnité de gardiennage "
        "des églises communales ;\n"
        "Vu la délibération du conseil municipal du "
        f"{c.write_date(days_before(c, day, 20, 90))} ;\n"
        "ARRÊTE\n"
        f"Article 1 : {civility}, demeurant {c.address()}, assure l'ouverture, la fermeture et "
        f"la surveillance de l'église {church}. Une indemnité annuelle de "
        f"{c.money(c.amount(120, 480))} lui est allouée au titre de l'année {day.year}.\n"
        "Article 2 : la somme sera versée par virement sur le compte de l'intéressé(e) :\n"
        f"IBAN {iban_print(c)} — BIC {c.pick(BICS)}\n"
        "Article 3 : ampliation au comptable public."
    )


def pocket_money_form(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    parent, _ = c.person()
    year = c.rng.randint(2022, 2025)
    holder = c.pick(("du jeune", "du représentant légal"))
    return "periscolaire_inscription", (
        f"MAIRIE DE {c.commune.upper()} — DISPOSITIF « ARGENT DE POCHE »\n"
        f"Vacances {c.pick(('de printemps', 'd’été', 'de la Toussaint'))} {year}\n"
        "Fiche d'inscription — jeunes de 16 et 17 ans\n"
        f"Nom et prénom du jeune : {last} {first}\n"
        f"Date de naissance : {c.write_date(c.date(year - 17, year - 16))}\n"
        f"Représentant légal : {parent}    Tél. : {phone(c)}\n"
        "Missions souhaitées : ☒ espaces verts  ☐ archives  ☒ médiathèque  ☐ école\n"
        "Indemnité : 15 € par mission de 3 heures, versée par virement en fin de période\n"
        f"Compte à créditer (au nom {holder}) : {iban_print(c)}\n"
        "Signature du jeune et du représentant légal"
    )


def flower_prize_email(c: Ctx) -> tuple[str, str]:
    first, last = someone(c)
    day = c.date(2022, 2025)
    domain = c.pick(("orange.fr", "gmail.com", "laposte.net", "free.fr", "wanadoo.fr"))
    header = email_header(
        c,
        f"{first} {last}",
        address_of(first, last, domain),
        f"accueil@mairie-{slug(c.commune)}.fr",
        "RE: Concours des maisons fleuries — remise des prix",
        day=day,
    )
    category = c.pick(("maison avec jardin", "balcons et fenêtres", "fermes fleuries"))
    return "courrier", (
        f"{header}\nBonjour,\n\nMerci beaucoup pour le {c.pick(('1er', '2e', '3e'))} prix dans "
        f"la catégorie « {category} », nous sommes très touchés.\n"
        "Comme demandé par téléphone, voici mon RIB pour le virement :\n"
        f"Titulaire : {c.pick(('M.', 'Mme', 'M. et Mme'))} {last.upper()} {first}\n"
        f"IBAN : {iban_print(c)}\nBIC : {c.pick(BICS)}\n\n"
        f"Bien cordialement,\n{first} {last}"
    )


def bafa_grant_decision(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    day = c.date(2022, 2025)
    payee = c.pick(
        (
            "de l'intéressé(e)",
            f"de son représentant légal, {c.pick(('M.', 'Mme'))} {c.pick(LAST_NAMES).upper()}",
        )
    )
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year, 'D')}\n"
        "Objet : aide communale à la formation BAFA\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu la délibération du conseil municipal instituant une aide à la formation des "
        "animateurs ;\n"
        f"Vu la demande de {first} {last}, {c.rng.randint(17, 21)} ans, demeurant "
        f"{c.address()}, et l'attestation de session de formation générale délivrée par "
        f"{c.pick(('l’UFCV', 'les CEMÉA', 'Familles rurales', 'la Ligue de l’enseignement'))} ;\n"
        "DÉCIDE\n"
        f"Article 1 : une aide de {c.money(c.amount(150, 300))} est attribuée à {first} {last}.\n"
        f"Article 2 : la somme sera versée sur le compte {payee} : IBAN {iban_print(c)}.\n"
        f"Article 3 : la dépense est imputée au compte 6714.\nFait le {c.write_date(day)}"
    )


def agent_advance_refund(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    store, thing = c.rng.choice(
        (
            ("Leroy Merlin", "pièces de rechange pour la pompe de l'arrosage du stade"),
            ("Intermarché", "denrées pour le goûter de la sortie du centre de loisirs"),
            ("Amazon", "câble et chargeur pour le vidéoprojecteur de la salle du conseil"),
            ("Boulangerie du centre", "galettes pour la cérémonie des vœux"),
        )
    )
    return "bon_de_commande", (
        f"MAIRIE DE {c.commune.upper()}\n"
        f"BON DE COMMANDE — RÉGULARISATION N° {day.year}-R{c.rng.randint(1, 40):02d}\n"
        f"Fournisseur : {store}\nObjet : {thing}\n"
        f"Achat urgent réglé le {c.write_date(day)} par {civility}, {c.pick(GRADES)}, avec sa "
        "carte bancaire personnelle (ticket de caisse joint).\n"
        f"Montant TTC : {c.money(c.amount(12, 180))}\n"
        "Remboursement de l'agent par mandat sur son compte personnel :\n"
        f"IBAN {iban_print(c)}\n"
        "Visa de la directrice générale des services — Bon pour accord, le Maire"
    )


def reom_sepa_mandate(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    return "courrier", (
        f"{interco(c).upper()}\nService déchets ménagers\n\n"
        "MANDAT DE PRÉLÈVEMENT SEPA — Redevance d'enlèvement des ordures ménagères\n"
        f"Référence unique du mandat (RUM) : REOM-{digits(c, 8)}\n"
        f"Identifiant créancier SEPA (ICS) : FR{digits(c, 2)}ZZZ{digits(c, 6)}\n"
        "En signant ce formulaire, vous autorisez le créancier à envoyer des instructions à "
        "votre banque pour débiter votre compte.\n"
        f"Débiteur : {civility}\nAdresse : {c.address()}, {c.commune}\n"
        f"IBAN : {iban_print(c)}    BIC : {c.pick(BICS)}\n"
        f"Type de paiement : {c.pick(('récurrent', 'récurrent / répétitif'))}\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(2022, 2025))}    Signature :"
    )


CHILD_ILLNESSES = (
    "scarlatine, sous antibiotiques depuis hier",
    "varicelle, le médecin dit pas de collectivité avant une semaine",
    "bras cassé au judo samedi, plâtre pour six semaines (retour lundi mais pas de récréation)",
    "pneumopathie, repos à la maison jusqu'à lundi",
    "gastro depuis cette nuit, à la maison jusqu'à vendredi",
    "impétigo sur le visage, contagieux jusqu'à jeudi",
)


def parent_email_contagious(c: Ctx) -> tuple[str, str]:
    first, last = someone(c)
    child = c.pick(KIDS)
    day = school_day(c)
    domain = c.pick(("gmail.com", "hotmail.fr", "orange.fr", "sfr.fr", "icloud.com"))
    header = email_header(
        c,
        f"{first} {last}",
        address_of(first, last, domain),
        f"periscolaire@mairie-{slug(c.commune)}.fr",
        c.pick((f"Absence {child}", "cantine cette semaine", f"{child} {c.pick(CLASSES)}")),
        day=day,
    )
    return "courrier", (
        f"{header}\nBonjour,\n\n{child} ({c.pick(CLASSES)}, {c.pick(SCHOOLS)}) ne viendra ni à "
        f"la cantine ni à la garderie cette semaine : {c.pick(CHILD_ILLNESSES)}.\n"
        "Merci de ne pas compter les repas. Je peux vous envoyer le certificat si besoin.\n\n"
        f"Bonne journée,\n{first} {last}"
    )


LEAVE_MOTIVES = (
    "garde d'enfant malade — {kid}, 3 ans, hospitalisé pour une pneumopathie",
    "examen prénatal — grossesse suivie à risque (diabète gestationnel)",
    "accompagnement de mon père en soins palliatifs (congé de solidarité familiale demandé)",
    "consultation mémoire de ma mère (troubles cognitifs) — je suis sa seule aidante",
    "rendez-vous de suivi au CSAPA (addictologie)",
    "séance de radiothérapie (fin du protocole le {date})",
)


def leave_request_form(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    motive = c.pick(LEAVE_MOTIVES).format(
        kid=c.pick(KIDS), date=c.write_date(days_after(c, day, 10, 40))
    )
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()}\nDEMANDE D'AUTORISATION D'ABSENCE\n"
        f"Agent : {name}    Service : {c.pick(SERVICES)}\n"
        "Nature : ☐ congés annuels  ☐ RTT  ☐ récupération  ☒ autorisation spéciale d'absence\n"
        f"Motif : {motive}\n"
        f"Du {c.write_date(day)} au {c.write_date(days_after(c, day, 0, 3))} "
        f"({c.pick(('journée entière', 'matin', 'après-midi'))})\n"
        f"Avis du responsable : ☒ favorable  ☐ défavorable — le {c.write_date(day)}\n"
        "Justificatif à fournir au retour."
    )


DEROGATION_REASONS = (
    "il est suivi deux fois par semaine au CMPP de {town}, juste à côté de l'école, pour une "
    "dyslexie sévère et des troubles de l'attention",
    "elle a une séance de kinésithérapie respiratoire chaque semaine pour sa mucoviscidose, au "
    "cabinet voisin de l'école",
    "la MDPH a notifié une orientation en ULIS pour ses troubles des fonctions cognitives et "
    "notre école de secteur n'en a pas",
    "il est pris en charge le mardi à l'hôpital de jour pédopsychiatrique, à cinq minutes de "
    "l'école demandée",
)


def school_derogation_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    child = c.pick(KIDS)
    year = c.rng.randint(2022, 2025)
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Objet : demande de dérogation scolaire — rentrée {year}\n\n{c.pick(SALUTATIONS)}\n"
        f"Notre enfant {child}, qui entre en {c.pick(CLASSES)}, relève du secteur scolaire « "
        f"{c.pick(SCHOOLS)} ». "
        f"Nous sollicitons son inscription à l'école {c.pick(('Jean Moulin', 'du Parc'))} de "
        f"{c.pick(TOWNS)} car "
        f"{c.pick(DEROGATION_REASONS).format(town=c.pick(TOWNS))}.\n"
        "Nous prendrons en charge les trajets. Vous trouverez ci-joint un justificatif.\n"
        f"Dans l'attente de votre réponse, veuillez agréer nos salutations.\n{name}"
    )


WATER_REASONS = (
    "Je suis en arrêt maladie depuis {n} mois après une opération du dos et je ne touche plus "
    "que les indemnités journalières.",
    "Depuis l'annonce de mon cancer et le début de la chimiothérapie, je ne peux plus travailler.",
    "Mon mari a fait une grave dépression, il a perdu son emploi et nous vivons sur mon seul "
    "salaire.",
    "Notre fille est hospitalisée à {town} depuis son accident et les allers-retours nous "
    "coûtent très cher.",
)


def water_bill_delay_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    amount = c.amount(180, 900)
    months = c.rng.randint(3, 6)
    reason = c.pick(WATER_REASONS).format(n=c.rng.randint(2, 8), town=c.pick(TOWNS))
    return "courrier", (
        f"{civility}\n{c.address()}, {c.commune}\nN° d'abonné : {digits(c, 9)}\n\n"
        f"{c.pick(('Régie des eaux', 'Service eau et assainissement'))} — {interco(c)}\n"
        f"Objet : facture d'eau n° {digits(c, 8)} — demande d'échéancier\n\n"
        f"Madame, Monsieur,\nJe ne peux pas régler en une seule fois la facture de "
        f"{c.money(amount)}. {reason}\n"
        f"Je vous propose de la payer en {months} mensualités. Je vous remercie de votre "
        f"compréhension.\n{name}"
    )


BIN_REASONS = (
    "je me déplace avec un déambulateur depuis ma prothèse de hanche",
    "je suis sous oxygène 24 h sur 24 (BPCO)",
    "mon mari, qui s'en occupait, est parti en EHPAD et moi je suis malvoyante",
    "je suis hémiplégique depuis mon AVC",
    "ma sclérose en plaques ne me permet plus de marcher plus de quelques mètres",
)


def waste_collection_help(c: Ctx) -> tuple[str, str]:
    first, last = someone(c)
    day = c.date(2022, 2025)
    domain = c.pick(("orange.fr", "gmail.com", "laposte.net", "free.fr"))
    header = email_header(
        c,
        f"{first} {last}",
        address_of(first, last, domain),
        f"dechets@{c.pick(INTERCO_DOMAINS)}",
        "Demande de collecte de mon bac",
        day=day,
    )
    return "courrier", (
        f"{header}\nBonjour,\n\nJ'habite {c.address()} à {c.commune}. Je ne peux plus tirer mon "
        f"bac jusqu'au point de regroupement au bout du chemin ({c.rng.randint(80, 400)} m) : "
        f"{c.pick(BIN_REASONS)}.\n"
        "Est-il possible que les agents le prennent devant chez moi le jour de la collecte ?\n"
        f"Je peux fournir un justificatif. Merci d'avance.\n{first} {last.upper()}\n{phone(c)}"
    )


LIBRARY_DETAILS = (
    ("☐ âge  ☒ maladie  ☐ handicap", "ne sort plus depuis sa chute (fracture du bassin)"),
    ("☐ âge  ☐ maladie  ☒ handicap", "DMLA — lit en gros caractères ou en livres audio"),
    ("☐ âge  ☒ maladie  ☐ handicap", "en chimiothérapie jusqu'en juin, très fatiguée"),
    ("☒ âge  ☒ maladie  ☐ handicap", "maladie de Parkinson, tremblements : livres légers"),
)


def library_home_delivery(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    boxes, detail = c.rng.choice(LIBRARY_DETAILS)
    return "courrier", (
        f"MÉDIATHÈQUE INTERCOMMUNALE — {interco(c)}\n"
        "SERVICE DE PORTAGE DE DOCUMENTS À DOMICILE — fiche d'inscription\n"
        f"Lecteur : {civility}\nAdresse : {c.address()}, {c.commune}    Tél. : {phone(c)}\n"
        f"Motif de l'empêchement : {boxes}\nPrécisions : {detail}\n"
        "Goûts de lecture : ☒ romans  ☒ terroir  ☐ policiers  ☒ gros caractères  ☐ revues\n"
        f"Passage souhaité : {c.pick(('le mardi matin', 'un jeudi sur deux', 'le vendredi'))}\n"
        f"Bénévole référent(e) : {c.person()[1]}"
    )


PARKING_DETAILS = (
    "",
    ", atteint(e) d'une insuffisance respiratoire sévère",
    ", amputé(e) des deux jambes",
    ", dont l'épouse se déplace en fauteuil roulant",
    ", atteint(e) d'une myopathie",
)


def disabled_parking_nominative(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    home = c.address()
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'VOI-')}\n"
        "portant création d'un emplacement de stationnement réservé aux personnes handicapées\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, articles L. 2213-1 et L. 2213-2 ;\n"
        "Vu le code de la route, notamment l'article R. 417-11 ;\n"
        f"Vu la demande de {civility}, demeurant {home}, titulaire de la carte mobilité "
        f"inclusion mention « stationnement »{c.pick(PARKING_DETAILS)} ;\n"
        "Considérant que l'habitation ne dispose ni de garage ni de cour ;\nARRÊTE\n"
        f"Article 1 : un emplacement réservé est créé au droit du {home}.\n"
        "Article 2 : la signalisation réglementaire sera mise en place par les services "
        "techniques.\nArticle 3 : tout stationnement d'un véhicule non autorisé sera considéré "
        "comme très gênant."
    )


BITES = (
    "une plaie au mollet ayant nécessité six points de suture",
    "des morsures à la main et à l'avant-bras",
    "une plaie au visage, soignée aux urgences",
    "une morsure à la cuisse et un état de choc",
)


def dog_bite_arrete(c: Ctx) -> tuple[str, str]:
    owner, _ = c.person()
    victim, _ = c.person()
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'PM-')}\n"
        "prescrivant l'évaluation comportementale d'un chien mordeur\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code rural et de la pêche maritime, articles L. 211-11 et L. 211-14-2 ;\n"
        f"Considérant que le {c.write_date(days_before(c, day, 2, 10))}, le chien de race "
        f"{c.pick(('berger malinois', 'american staffordshire', 'beauceron', 'croisé labrador'))}"
        f" appartenant à {owner}, a mordu {victim} sur la voie publique, lui occasionnant "
        f"{c.pick(BITES)} (ITT de {c.rng.randint(2, 10)} jours) ;\nARRÊTE\n"
        "Article 1 : le propriétaire fera procéder à l'évaluation comportementale de l'animal "
        "par un vétérinaire inscrit sur la liste départementale, dans un délai de quinze jours.\n"
        "Article 2 : le chien sera tenu en laisse et muselé sur la voie publique.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


CHILD_SERIOUS = (
    "atteint d'une leucémie aiguë",
    "en attente d'une greffe de rein",
    "soigné pour un neuroblastome",
    "gravement brûlé dans un accident domestique",
)


def leave_donation_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    donors = c.rng.randint(3, 14)
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year, 'RH')}\n"
        "Objet : attribution de jours de repos donnés par des agents\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le décret n° 2015-580 du 28 mai 2015 permettant à un agent public civil le don de "
        "jours de repos à un autre agent public ;\n"
        f"Vu la demande de {civility}, {c.pick(GRADES)}, et le certificat médical attestant la "
        f"particulière gravité de la maladie de son enfant, {c.rng.randint(2, 15)} ans, "
        f"{c.pick(CHILD_SERIOUS)} ;\n"
        f"Considérant que {donors} agents ont fait don de jours de repos ;\nDÉCIDE\n"
        f"Article 1 : {donors * c.rng.randint(1, 3)} jours de repos sont attribués à "
        "l'intéressé(e), utilisables jusqu'au 31 décembre.\n"
        "Article 2 : l'anonymat des donateurs est préservé."
    )


def invalidity_retirement_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'RH-')}\n"
        "portant radiation des cadres et admission à la retraite pour invalidité\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général de la fonction publique ;\n"
        "Vu le décret n° 2003-1306 du 26 décembre 2003 relatif au régime de retraite des "
        "fonctionnaires affiliés à la CNRACL ;\n"
        f"Vu l'avis du conseil médical du {c.write_date(days_before(c, day, 60, 120))} "
        "reconnaissant l'inaptitude absolue et définitive de l'intéressé(e) à l'exercice de "
        f"toutes fonctions, avec un taux d'invalidité de {c.rng.randint(30, 80)} % ;\n"
        "Vu l'avis conforme de la CNRACL ;\nARRÊTE\n"
        f"Article 1 : {civility}, {c.pick(GRADES)}, est admis(e) à la retraite pour invalidité "
        f"non imputable au service à compter du {c.write_date(day)}.\n"
        "Article 2 : l'intéressé(e) est radié(e) des cadres à la même date."
    )


JURY_HEALTH = (
    "RQTH (surdité) — entretien mené avec une interprète LSF",
    "RQTH — a précisé ne pas pouvoir rester debout longtemps (lombalgie chronique)",
    "a indiqué être en rémission d'un cancer et souhaiter un 80 %",
    "épileptique stabilisé(e) selon ses dires, pas de conduite d'engins",
)
JURY_OK = (
    "expérience en mairie rurale",
    "pas de permis B",
    "très bonne connaissance du logiciel de paie",
    "disponible immédiatement",
    "préavis de deux mois",
    "CAP petite enfance",
)


def recruitment_jury_pv(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = c.rng.randint(3, 6)
    health_row = c.rng.randrange(rows)
    post = c.pick(("d'agent d'accueil", "d'ATSEM", "de secrétaire de mairie", "d'agent technique"))
    lines = [
        f"COMMUNE DE {c.commune.upper()}",
        f"PROCÈS-VERBAL DU JURY DE RECRUTEMENT — poste {post}",
        f"Réuni le {c.write_date(day)} — membres : le Maire, l'adjoint(e) au personnel, "
        "la directrice générale des services",
        "Candidat(e) | Entretien /20 | Mise en situation /20 | Observations",
    ]
    for row in range(rows):
        _, name = c.person()
        remark = c.pick(JURY_HEALTH) if row == health_row else c.pick(JURY_OK)
        lines.append(f"{name} | {c.rng.randint(8, 18)} | {c.rng.randint(7, 18)} | {remark}")
    lines.append("Le jury propose de retenir le (la) candidat(e) ayant obtenu le meilleur total.")
    return "pv_seance", "\n".join(lines)


MEAL_HEALTH = (
    "sans sel (cardiaque)",
    "texture hachée — troubles de la déglutition",
    "diabétique, dessert sans sucre",
    "sans gluten (maladie cœliaque)",
    "sans alcool dans les plats (sous traitement)",
    "mixé — porte un dentier qui la blesse",
)


def aines_meal_order(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    guests = c.rng.randint(60, 180)
    price = c.amount(22, 38)
    specials = [
        f"- {c.person()[0]} : {diet}" for diet in c.rng.sample(MEAL_HEALTH, c.rng.randint(1, 2))
    ]
    specials.append(f"- {c.person()[0]} : végétarien")
    c.rng.shuffle(specials)
    return "bon_de_commande", (
        f"CCAS DE {c.commune.upper()}\n"
        f"BON DE COMMANDE N° {day.year}-{c.rng.randint(1, 60):03d}\n"
        f"Fournisseur : {c.pick(('Traiteur Lacoste', COMPANIES[6], 'Maison Girard Traiteur'))}\n"
        f"Objet : repas annuel des aînés — {c.write_date(day)}, salle des fêtes\n"
        f"{guests} menus « fête » à {c.money(price)} TTC — total {c.money(price * guests)}\n"
        "Menus particuliers (assiettes à étiqueter au nom des convives) :\n"
        + "\n".join(specials)
        + "\nLivraison à 11 h 30. Service assuré par les élus et les bénévoles."
    )


TENANT_ISSUES = (
    "Il souffre de troubles psychiques (schizophrénie) et a arrêté son traitement cet été, ce "
    "qui explique son comportement avec les voisins.",
    "Il a rechuté dans l'alcool après le décès de sa femme ; il doit entrer en cure de sevrage "
    "à la clinique de {town} le mois prochain.",
    "Il est bipolaire et traverse une phase très difficile ; son psychiatre envisage une "
    "hospitalisation.",
    "Depuis son accident il est devenu dépendant aux antidouleurs et ne gère plus ses papiers ; "
    "une curatelle a été demandée au juge.",
)


def tenant_relative_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, brother = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"Objet : mon frère, locataire du logement communal {c.address()}\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Je me permets de vous écrire au sujet de mon frère, {brother}, locataire de la "
        "commune. "
        f"{c.pick(TENANT_ISSUES).format(town=c.pick(TOWNS))}\n"
        "Je vous demande un peu de patience pour les loyers en retard : je m'engage à les "
        "régulariser avec lui d'ici la fin de l'année.\n"
        f"Vous pouvez me joindre au {phone(c)}.\nRespectueusement,\n{name}"
    )


TAD_DETAILS = (
    (
        "☒ fauteuil roulant  ☐ déambulateur  ☐ accompagnateur",
        "se déplace en fauteuil depuis sa sclérose en plaques",
    ),
    (
        "☐ fauteuil roulant  ☐ déambulateur  ☒ accompagnateur",
        "malvoyante (glaucome), canne blanche",
    ),
    (
        "☐ fauteuil roulant  ☒ déambulateur  ☐ accompagnateur",
        "hémodialyse à la clinique le mardi, jeudi et samedi matin",
    ),
    (
        "☐ fauteuil roulant  ☒ déambulateur  ☒ accompagnateur",
        "troubles de la mémoire, ne doit pas voyager seul(e)",
    ),
)


def tad_registration(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    needs, detail = c.rng.choice(TAD_DETAILS)
    return "courrier", (
        f"{interco(c).upper()}\nTRANSPORT À LA DEMANDE — FICHE D'INSCRIPTION\n"
        f"Usager : {civility}    Né(e) le : {c.write_date(c.date(1935, 1965))}\n"
        f"Adresse : {c.address()}, {c.commune}    Tél. : {phone(c)}\n"
        "Situation : ☐ plus de 75 ans  ☒ personne à mobilité réduite  ☐ demandeur d'emploi\n"
        f"Besoins : {needs}\nPrécisions : {detail}\n"
        "Trajets habituels : domicile → "
        + c.pick(("clinique", "marché du bourg", "cabinet médical", "supermarché", "gare SNCF"))
        + "\n"
        "Pièce jointe : ☒ justificatif (carte mobilité inclusion ou certificat médical)"
    )


SENSITIVE_7 = (
    agent_email_absence,
    phone_message_slip,
    christmas_parcel_list,
    minicamp_list,
    canteen_invoice_pai,
    sensory_kit_order,
    diogenes_arrete,
    canteen_free_decision,
    housing_lease_deliberation,
    creche_commission_pv,
    ess_convocation,
    fence_dp_autism,
    pc_missing_documents_stroke,
    cu_single_storey,
    contract_termination_incapacity,
    pension_validation_nir,
    ambulance_invoice_nir,
    new_agent_info_sheet,
    church_keeper_arrete,
    pocket_money_form,
    flower_prize_email,
    bafa_grant_decision,
    agent_advance_refund,
    reom_sepa_mandate,
    parent_email_contagious,
    leave_request_form,
    school_derogation_letter,
    water_bill_delay_letter,
    waste_collection_help,
    library_home_delivery,
    disabled_parking_nominative,
    dog_bite_arrete,
    leave_donation_decision,
    invalidity_retirement_arrete,
    recruitment_jury_pv,
    aines_meal_order,
    tenant_relative_letter,
    tad_registration,
)


# --- ordinary documents that look like it -------------------------------------------------

PLAIN_AGENT_NOTES = (
    "Je ne serai pas là jeudi matin, je suis en formation CNFPT à {town} (marchés publics). "
    "Je rattraperai le courrier l'après-midi.",
    "Petit message pour te dire que je pose mon vendredi en RTT, on déménage. Les clés de la "
    "salle des fêtes sont dans le tiroir de l'accueil.",
    "Le lave-vaisselle de la cantine est encore malade, le technicien passe demain à 9 h. "
    "Peux-tu prévenir l'école qu'on servira peut-être en vaisselle jetable ?",
    "Je pars à 16 h mardi pour la réunion de la commission déchets à la communauté de "
    "communes. Je te fais un compte rendu mercredi.",
    "J'ai oublié de badger ce matin, je suis arrivée à 7 h 45 comme d'habitude. Merci de "
    "corriger dans le logiciel.",
    "Le médecin de prévention du centre de gestion tiendra ses permanences en mairie les 12 "
    "et 13 ; les convocations individuelles sont dans les casiers.",
)


def agent_email_plain(c: Ctx) -> tuple[str, str]:
    first, last = someone(c)
    boss_first, boss_last = someone(c)
    day = c.date(2022, 2025)
    header = email_header(
        c,
        f"{first} {last}",
        address_of(first, last, f"mairie-{slug(c.commune)}.fr"),
        f"{boss_first} {boss_last.upper()}",
        c.pick(("absence", "RE: planning de la semaine", "vendredi", "info", "badgeuse")),
        day=day,
    )
    note = c.pick(PLAIN_AGENT_NOTES).format(town=c.pick(TOWNS))
    tail = c.pick(("", "\n\nEnvoyé de mon iPhone"))
    return "courrier", f"{header}\nBonjour {boss_first},\n\n{note}\n\nMerci,\n{first}{tail}"


PLAIN_PHONE_MESSAGES = (
    "La pharmacie de garde demande si elle peut afficher ses horaires sur le panneau "
    "lumineux de la mairie pendant l'été.",
    "Signale un lampadaire éteint depuis une semaine devant chez lui, {address}.",
    "Demande un RDV avec le service urbanisme pour son projet de véranda (parcelle {parcel}).",
    "A trouvé un chien errant (labrador noir, collier rouge) près du stade. L'a gardé chez lui.",
    "Le SDIS rappelle que la borne incendie de la rue du Stade n'a toujours pas été réparée.",
    "Souhaite réserver la salle des fêtes pour les 80 ans de sa mère, le samedi {day}.",
)


def phone_message_plain(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    message = c.pick(PLAIN_PHONE_MESSAGES).format(
        address=c.address(), parcel=parcel(c), day=c.write_date(days_after(c, day, 20, 90))
    )
    return "courrier", (
        "MESSAGE TÉLÉPHONIQUE\n"
        f"Pour : {c.pick(('M. le Maire', 'Services techniques', 'Urbanisme'))}"
        f"\nDe la part de : {civility}\nTél. : {phone(c)}\n"
        f"Le {c.write_date(day)} à {hhmm(c)}    Reçu par : "
        f"{c.pick(FIRST_NAMES)[0]}.{c.pick(LAST_NAMES)[0]}.\n"
        f"{c.pick(('☒ a téléphoné   ☐ est passé(e)   ☒ merci de rappeler', '[x] a appelé'))}\n"
        f"Message :\n{message}"
    )


def christmas_parcel_order(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    single, couple, sugar = c.rng.randint(80, 220), c.rng.randint(20, 60), c.rng.randint(6, 18)
    price = c.amount(18, 32)
    return "bon_de_commande", (
        f"CCAS DE {c.commune.upper()}\nBON DE COMMANDE N° {year}-{c.rng.randint(1, 90):03d}\n"
        f"Fournisseur : {c.pick(('Épicerie fine Les Délices', 'Cave et Terroir SARL'))} — "
        f"SIRET {siret(c)}\n"
        f"Objet : colis de Noël des aînés {year}\n"
        f"{single} colis individuels à {c.money(price)}\n"
        f"{couple} colis couple à {c.money(price * 2)}\n"
        f"{sugar} colis « sans sucre ajouté » à {c.money(price)} (confiserie remplacée par "
        "une terrine et des biscuits salés)\n"
        f"Livraison : salle du conseil, semaine 50\nImputation : 6232 — le Président du CCAS"
    )


def minicamp_info_letter(c: Ctx) -> tuple[str, str]:
    start = summer_day(c)
    _, helper = c.person()
    return "periscolaire_inscription", (
        f"ACCUEIL DE LOISIRS DE {c.commune.upper()}\n"
        f"Mini-séjour « nature » du {c.write_date(start)} au "
        f"{c.write_date(days_after(c, start, 2, 4))} — informations aux familles\n"
        "Trousseau : sac de couchage, lampe de poche, maillot de bain, crème solaire, gourde.\n"
        "La fiche sanitaire de liaison doit être à jour et signée ; joindre la copie des "
        "vaccinations. Tout traitement doit être remis au directeur avec l'ordonnance.\n"
        f"L'assistant sanitaire du séjour, {helper}, est titulaire du PSC1.\n"
        f"Départ du parking de la mairie à {hhmm(c)}. Réunion d'information le "
        f"{c.write_date(days_before(c, start, 7, 20))} à 18 h 30."
    )


def canteen_invoice_plain(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    first, last = kid(c)
    month = school_day(c)
    meals, evenings = c.rng.randint(6, 16), c.rng.randint(0, 14)
    meal_price, evening_price = c.amount(2, 5), c.amount(1, 3)
    total = meal_price * meals + evening_price * evenings
    return "facture", (
        f"COMMUNE DE {c.commune.upper()} — RÉGIE RESTAURATION ET PÉRISCOLAIRE\n"
        f"FACTURE N° {month.year}-{month.month:02d}-{c.rng.randint(1, 900):04d}    "
        f"Période : {MONTHS_FR[month.month - 1]} {month.year}\n"
        f"Famille : {civility}\n{c.address()}, {c.commune}\n"
        f"Enfant : {first} {last} — {c.pick(CLASSES)}, {c.pick(SCHOOLS)}\n"
        f"Repas restaurant scolaire    {meals} x {c.money(meal_price)}\n"
        f"Garderie du soir    {evenings} x {c.money(evening_price)}\n"
        f"TOTAL À PAYER : {c.money(total)}\n"
        "Paiement par virement au Trésor public — titulaire : DGFIP, SGC de "
        f"{c.pick(TOWNS)}\nIBAN {public_iban(c)}    BIC BDFEFRPPCCT\n"
        f"Référence à rappeler : {month.year}-{digits(c, 6)}"
    )


def sensory_room_order(c: Ctx) -> tuple[str, str]:
    qty = c.rng.randint(4, 12)
    price = c.amount(19, 45)
    return "bon_de_commande", (
        f"COMMUNE DE {c.commune.upper()} — Service enfance-jeunesse\n"
        f"BON DE COMMANDE N° EJ-{c.rng.randint(2022, 2025)}-{c.rng.randint(1, 200):03d}\n"
        f"Fournisseur : {c.pick(('Hop’Toys', 'Wesco', 'Manutan Collectivités'))}\n"
        "Désignation | Qté | PU HT\n"
        f"Casque anti-bruit enfant | {qty} | {c.money(price)}\n"
        f"Poufs et tapis pour l'espace calme | 3 | {c.money(c.amount(60, 140))}\n"
        "Motif : aménagement d'un coin calme à l'accueil de loisirs, pour tous les enfants qui "
        "ont besoin de s'isoler du bruit, dans le cadre de la démarche d'accueil inclusif "
        "soutenue par la CAF.\nImputation : 2184 — Visa de l'adjointe à l'enfance"
    )


BUILDING_ILLS = (
    "la charpente est attaquée par la mérule et les planchers sont affaissés",
    "la façade présente des fissures traversantes et des chutes de pierres",
    "la toiture s'est en partie effondrée après la tempête",
)


def unsafe_building_arrete(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    owner = c.pick((f"la SCI {c.pick(LAST_NAMES)}", c.person()[0]))
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'URB-')}\nde mise en sécurité — procédure urgente\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code de la construction et de l'habitation, articles L. 511-1 et suivants ;\n"
        f"Vu le rapport de l'expert désigné par le tribunal administratif du "
        f"{c.write_date(days_before(c, day, 2, 10))} ;\n"
        f"Considérant que l'immeuble situé {c.address()}, appartenant à {owner}, est un "
        f"bâtiment « malade » : {c.pick(BUILDING_ILLS)} ; que le diagnostic amiante avant "
        "travaux a été prescrit ;\nARRÊTE\n"
        "Article 1 : le propriétaire est mis en demeure de faire réaliser les travaux de "
        f"confortement dans un délai de {c.pick(('quinze jours', 'un mois'))}.\n"
        "Article 2 : le trottoir est interdit aux piétons au droit de l'immeuble."
    )


def canteen_rates_decision(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION DU MAIRE N° {c.act_number(day.year, 'D')}\n"
        f"Objet : tarifs de la restauration scolaire — année {day.year}-{day.year + 1}\n\n"
        f"Le Maire de {c.commune}, vu l'article L. 2122-22 du CGCT, DÉCIDE :\n"
        f"Article 1 : tranche 1 (QF < 700) : {c.money(c.amount(1, 2))} ; tranche 2 : "
        f"{c.money(c.amount(2, 4))} ; tranche 3 : {c.money(c.amount(3, 5))}.\n"
        "Article 2 : pour les enfants bénéficiant d'un PAI avec panier repas fourni par la "
        f"famille, seul l'accueil est facturé ({c.money(c.amount(1, 2))}).\n"
        "Article 3 : les repas non décommandés 48 heures à l'avance sont facturés, sauf "
        "absence justifiée par un certificat.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def housing_lease_plain(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    tenant = c.pick(
        (
            "professeur(e) des écoles nommé(e) à la rentrée",
            "employé(e) de la boulangerie du bourg",
            "agent du service technique recruté(e) en mars",
        )
    )
    return "deliberation", (
        f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS — séance du {c.write_date(day)}\n"
        f"Délibération n° {c.act_number(day.year)}\n"
        "Objet : location du logement communal situé au-dessus de l'école (T3)\n"
        "Monsieur le Maire indique que le logement, classé E au diagnostic de performance "
        "énergétique, a fait l'objet d'une isolation des combles. La commission propose de le "
        f"louer à {civility}, {tenant}.\n"
        f"Le loyer mensuel est fixé à {c.money(c.amount(380, 620))}, avec un dépôt de garantie "
        "d'un mois.\nLe conseil municipal, à l'unanimité, autorise le Maire à signer le bail."
    )


def creche_commission_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = c.rng.randint(4, 7)
    lines = [
        "COMMISSION D'ATTRIBUTION DES PLACES — MULTI-ACCUEIL « Les Lucioles »",
        f"Procès-verbal de la séance du {c.write_date(day)}",
        "Critères rappelés par le règlement : domicile sur la commune, date d'inscription, "
        "fratrie, situation d'emploi ; places réservées aux enfants en situation de handicap "
        "et aux familles orientées par la PMI.",
        "Dossier | Enfant | Accueil demandé | Motif | Décision",
    ]
    for _ in range(rows):
        first, last = kid(c)
        lines.append(
            f"{c.rng.randint(100, 480)} | {first} {last} | "
            f"{c.pick(('4 j/sem', '5 j/sem', '2 j/sem'))} | {c.pick(CRECHE_OK)} | "
            f"{c.pick(('accordé', 'liste d’attente', 'refus (hors commune)'))}"
        )
    lines.append("Les familles seront informées par courrier sous huit jours.")
    return "pv_seance", "\n".join(lines)


def school_council_convocation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    _, director = c.person()
    school = c.pick(SCHOOLS)
    return "convocation", (
        f"{school[0].upper()}{school[1:]} — {c.commune}\n\nCONVOCATION AU CONSEIL D'ÉCOLE\n\n"
        f"Le conseil d'école se réunira le {c.write_date(day)} à 18 h, salle de motricité.\n"
        "Ordre du jour :\n1. Effectifs et répartition des classes\n"
        "2. PPMS : bilan de l'exercice « confinement »\n"
        "3. Santé scolaire : dépistage visuel des GS par la PMI, rappel de la procédure des PAI\n"
        "4. Travaux demandés à la commune (préau, sanitaires)\n5. Questions des parents\n"
        f"La directrice, {director}"
    )


def fence_dp_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    number = c.permit_number("DP", c.rng.randint(2022, 2025))
    reason = c.pick(
        (
            "Nos deux bergers australiens sautent la clôture actuelle.",
            "La maison donne sur la route départementale et nous souhaitons plus d'intimité.",
            "Le grillage existant est rouillé et couché par la haie de thuyas malades, arrachée.",
        )
    )
    return "declaration_prealable", (
        f"DÉCLARATION PRÉALABLE — {number}\n"
        "Cerfa n° 13703 — constructions et travaux non soumis à permis de construire\n"
        f"Déclarant : {civility}\nTerrain : {c.address()}, {c.commune} — parcelle {parcel(c)}\n"
        "Nature des travaux : remplacement de la clôture par un muret de 0,60 m surmonté d'un "
        "grillage rigide, hauteur totale 1,50 m, et pose d'un portail\n"
        f"Notice jointe : {reason} Les teintes respecteront le nuancier du PLU.\n"
        f"Fait le {c.write_date(c.date(2022, 2025))}, {name}"
    )


def pc_incomplete_notice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    year = c.rng.randint(2022, 2025)
    return "permis_construire", (
        f"Mairie de {c.commune} — service urbanisme\n{civility}\n{c.address()}\n\n"
        f"LETTRE RECOMMANDÉE AVEC AR\nObjet : permis de construire {c.permit_number('PC', year)}"
        " — dossier incomplet\n\n"
        f"{c.pick(('Madame, Monsieur,', 'Madame,', 'Monsieur,'))}\n"
        "Après examen, votre dossier est incomplet. Il manque les pièces suivantes :\n"
        "- PCMI 3 : plan en coupe du terrain et de la construction ;\n"
        "- PCMI 6 : document graphique d'insertion du projet ;\n"
        "- attestation de prise en compte de la réglementation environnementale (RE2020).\n"
        "Vous disposez de trois mois pour les fournir ; à défaut, la demande fera l'objet d'une "
        "décision tacite de rejet.\nLe Maire, par délégation, l'instructeur"
    )


def cu_informatif_captage(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    year = c.rng.randint(2022, 2025)
    return "certificat_urbanisme", (
        f"CERTIFICAT D'URBANISME D'INFORMATION — {c.permit_number('CU', year)}\n"
        f"Demandeur : {civility} (notaire : étude {c.pick(LAST_NAMES)})\n"
        f"Terrain : {c.address()}, {c.commune} — parcelle {parcel(c)}\n"
        "Zone du PLU : UB\nServitudes d'utilité publique : AS1 — périmètre de protection "
        "rapprochée du captage d'eau potable (salubrité publique) ; PT2 — télécommunications\n"
        "Informations : commune classée en zone à potentiel radon de catégorie 3 ; secteur "
        "affecté par le bruit de la RD, catégorie 4\n"
        "Taxe d'aménagement : part communale 3 %\n"
        f"Délivré le {c.write_date(c.date(year, year))}, le Maire"
    )


def contract_termination_plain(c: Ctx) -> tuple[str, str]:
    start = c.date(2022, 2025)
    company = c.pick(COMPANIES)
    return "marche", (
        f"MARCHÉ N° {start.year}-{c.rng.randint(1, 30):02d} — "
        + c.pick(("entretien des espaces verts", "réfection de voirie", "peinture de l’école"))
        + "\n"
        "DÉCISION DE RÉSILIATION\n"
        f"Pouvoir adjudicateur : commune de {c.commune}\n"
        f"Titulaire : {company}, SIRET {siret(c)}\n"
        f"Vu le jugement du tribunal de commerce de {c.pick(TOWNS)} du "
        f"{c.write_date(start)} prononçant la liquidation judiciaire du titulaire ;\n"
        "Considérant que la santé financière de l'entreprise ne permettait plus la poursuite du "
        "chantier et que le liquidateur n'a pas demandé la continuation du marché ;\n"
        "Article 1 : le marché est résilié à compter de la notification.\n"
        "Article 2 : les prestations exécutées seront réglées au vu du décompte de résiliation."
    )


def cnracl_campaign_letter(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "courrier", (
        "Centre de gestion de la fonction publique territoriale — service retraites\n"
        f"À Mesdames et Messieurs les maires\n\nObjet : campagne de fiabilisation des comptes "
        f"individuels retraite {year}\n\n"
        f"La CNRACL ouvre la campagne le {c.write_date(c.date(year, year))}. Les agents nés en "
        f"{year - 55} et {year - 54} recevront un relevé de situation individuelle.\n"
        f"Votre numéro d'employeur CNRACL : {digits(c, 7)} — dossier {not_nir(c)}\n"
        "Merci de vérifier les périodes de services et de temps partiel sur la plateforme PEP's "
        f"avant le {c.write_date(c.date(year, year))}.\n"
        f"Contact : {c.person()[1]}, gestionnaire retraites, {phone(c)}"
    )


def first_aid_post_invoice(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    issuer = c.pick(
        (
            "Protection civile — antenne départementale",
            "Croix-Rouge française — unité locale",
            "Ambulances du Val SARL",
        )
    )
    return "facture", (
        f"{issuer} — SIRET {siret(c)}\nFACTURE N° DPS-{day.year}-{c.rng.randint(1, 300):03d}\n"
        f"Client : Mairie de {c.commune}\n"
        f"Objet : dispositif prévisionnel de secours — "
        f"{c.pick(('fête votive', 'marché de Noël', 'trail des Coteaux', 'concert plein air'))} "
        f"du {c.write_date(day)}\n"
        f"{c.rng.randint(4, 12)} secouristes, 1 poste de secours, 1 véhicule de premiers "
        f"secours — {c.rng.randint(5, 9)} heures\n"
        f"Bilan : {c.rng.randint(2, 15)} interventions, {c.rng.randint(0, 2)} évacuation(s)\n"
        f"Montant : {c.money(c.amount(300, 1800))} — TVA non applicable\n"
        f"Règlement par virement : IBAN {supplier_iban(c)}"
    )


def new_agent_welcome_letter(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2023, 2025)
    return "courrier", (
        f"Mairie de {c.commune} — service du personnel\n{civility}\n{c.address()}\n\n"
        "Objet : votre recrutement\n\n"
        f"Nous avons le plaisir de vous confirmer votre recrutement en qualité de "
        f"{c.pick(GRADES)} à compter du {c.write_date(start)}.\n"
        "Merci de nous faire parvenir avant cette date : copie de la carte Vitale (numéro de "
        "sécurité sociale), un RIB à votre nom, les copies de vos diplômes et le certificat "
        "médical d'aptitude établi par un médecin agréé.\n"
        f"Vous serez accueilli(e) le premier jour à 8 h 30 par {c.person()[1]}, responsable du "
        "service.\nLe Maire"
    )


def church_keeper_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "deliberation", (
        f"Délibération n° {c.act_number(day.year)} — séance du {c.write_date(day)}\n"
        "Objet : indemnité de gardiennage de l'église — travaux du clocher\n"
        f"Le Maire rappelle que l'abbé {c.pick(LAST_NAMES)}, affectataire, assure le gardiennage "
        "de l'église sans résider dans la commune. Il propose de maintenir l'indemnité au "
        "plafond fixé par la circulaire annuelle.\n"
        "Il informe le conseil que l'état sanitaire de la charpente du clocher (insectes "
        "xylophages) impose un traitement ; un devis sera présenté.\n"
        "Le conseil municipal, à l'unanimité, approuve."
    )


def pocket_money_blank_form(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "periscolaire_inscription", (
        f"MAIRIE DE {c.commune.upper()} — DISPOSITIF « ARGENT DE POCHE » {year}\n"
        "Fiche d'inscription — jeunes de 16 et 17 ans\n"
        "Nom et prénom du jeune : ______________________\n"
        "Date de naissance : ____ / ____ / ______\n"
        "Le jeune ne présente pas de contre-indication aux travaux proposés : ☒ oui  ☐ non\n"
        "Missions : espaces verts, archives, médiathèque, nettoyage des écoles\n"
        "Indemnité : 15 € par mission de 3 heures, versée par virement.\n"
        "IBAN : FR__ ____ ____ ____ ____ ____ ___ (joindre un RIB au nom du jeune ou du "
        "représentant légal)\n"
        f"Dossier à déposer en mairie avant le {c.write_date(c.date(year, year))}."
    )


def flower_contest_pv(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    winners = [c.person()[1] for _ in range(3)]
    return "pv_seance", (
        f"CONCOURS DES MAISONS FLEURIES {year} — procès-verbal du jury\n"
        f"Le jury, présidé par l'adjoint(e) au cadre de vie, a visité {c.rng.randint(14, 40)} "
        f"jardins et balcons le {c.write_date(c.date(year, year))}.\n"
        f"1er prix : {winners[0]} — bon d'achat de 80 € chez le pépiniériste\n"
        f"2e prix : {winners[1]} — 50 €\n3e prix : {winners[2]} — 30 €\n"
        "Observations : de nombreux buis sont atteints par la pyrale et les rosiers souffrent "
        "de l'oïdium après un printemps humide ; le jury conseille des vivaces plus résistantes."
    )


def bafa_grant_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "deliberation", (
        f"Délibération n° {c.act_number(day.year)}\n"
        "Objet : création d'une aide communale à la formation BAFA\n"
        "L'adjointe à la jeunesse expose que les accueils de loisirs peinent à recruter des "
        "animateurs diplômés. Elle propose une aide de 200 € par jeune domicilié dans la "
        "commune, versée directement à l'organisme de formation, en contrepartie de deux "
        "semaines d'animation à l'accueil de loisirs.\n"
        "La formation aux premiers secours (PSC1) est prise en charge en sus.\n"
        "Le conseil municipal adopte à l'unanimité."
    )


def disinfectant_order(c: Ctx) -> tuple[str, str]:
    return "bon_de_commande", (
        f"MAIRIE DE {c.commune.upper()}\nBON DE COMMANDE N° "
        f"{c.rng.randint(2022, 2025)}-{c.rng.randint(1, 300):03d}\n"
        f"Fournisseur : {c.pick(('Hygiène Services Ouest', 'Groupe Pierre Le Goff', 'Orapi'))}"
        f" — SIRET {siret(c)}\n"
        f"{c.rng.randint(10, 40)} bidons de détergent désinfectant virucide (norme EN 14476)\n"
        f"{c.rng.randint(20, 80)} flacons de gel hydroalcoolique 500 ml\n"
        f"{c.rng.randint(2, 10)} cartons de gants nitrile taille M\n"
        "Destination : écoles et restaurant scolaire — protocole sanitaire hivernal\n"
        f"Montant HT : {c.money(c.amount(200, 2400))}\n"
        f"Paiement à 30 jours — RIB du fournisseur : {supplier_iban(c)}"
    )


def reom_invoice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    year = c.rng.randint(2022, 2025)
    return "facture", (
        f"{interco(c).upper()}\n"
        f"REDEVANCE D'ENLÈVEMENT DES ORDURES MÉNAGÈRES {year} — FACTURE\n"
        f"Redevable : {civility}\n{c.address()}, {c.commune}\n"
        f"N° de redevable : {digits(c, 8)}    Référence de la facture : {not_nir(c)}\n"
        f"Foyer de {c.rng.randint(1, 6)} personne(s) — bac de {c.pick(('120', '180', '240'))} "
        f"litres — {c.rng.randint(6, 26)} levées\n"
        f"Montant : {c.money(c.amount(120, 380))}\n"
        "Paiement : prélèvement, PayFiP ou virement au Trésor public\n"
        f"IBAN {public_iban(c)} — BIC BDFEFRPPCCT"
    )


PLAIN_ABSENCES = (
    "elle part chez ses grands-parents pour le mariage de sa tante",
    "il a une sortie avec son club de foot (tournoi à {town})",
    "nous partons deux jours plus tôt en vacances, accord de la directrice",
    "je suis en télétravail et je la récupère à midi",
)


def parent_email_plain(c: Ctx) -> tuple[str, str]:
    first, last = someone(c)
    child = c.pick(KIDS)
    header = email_header(
        c,
        f"{first} {last}",
        address_of(first, last, c.pick(("gmail.com", "orange.fr", "sfr.fr"))),
        f"periscolaire@mairie-{slug(c.commune)}.fr",
        f"Absence {child}",
        day=school_day(c),
    )
    reason = c.pick(PLAIN_ABSENCES).format(town=c.pick(TOWNS))
    return "courrier", (
        f"{header}\nBonjour,\n\n{child} ({c.pick(CLASSES)}) ne mangera pas à la cantine jeudi "
        f"et vendredi : {reason}.\nMerci de décompter les repas.\n\n"
        f"Cordialement,\n{first} {last}"
    )


def leave_request_plain(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    nature, motive = c.rng.choice(
        (
            ("☒ congés annuels  ☐ RTT  ☐ récupération  ☐ ASA", "vacances d'été"),
            ("☐ congés annuels  ☒ RTT  ☐ récupération  ☐ ASA", "pont de l'Ascension"),
            ("☐ congés annuels  ☐ RTT  ☐ récupération  ☒ ASA", "mariage de l'agent"),
            ("☐ congés annuels  ☐ RTT  ☐ récupération  ☒ ASA", "épreuve écrite du concours"),
            ("☐ congés annuels  ☐ RTT  ☒ récupération  ☐ ASA", "heures du forum associatif"),
        )
    )
    return "courrier", (
        f"MAIRIE DE {c.commune.upper()}\nDEMANDE D'AUTORISATION D'ABSENCE\n"
        f"Agent : {name}    Service : {c.pick(SERVICES)}\n"
        f"Nature : {nature}\nMotif : {motive}\n"
        f"Du {c.write_date(day)} au {c.write_date(days_after(c, day, 0, 15))}\n"
        f"Solde de congés après la demande : {c.rng.randint(0, 20)} jours\n"
        f"Avis du responsable : ☒ favorable  ☐ défavorable — le {c.write_date(day)}"
    )


def school_derogation_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    child = c.pick(KIDS)
    year = c.rng.randint(2022, 2025)
    reason = c.pick(
        (
            "son assistante maternelle habite à côté de l'école et l'y conduit chaque matin",
            "sa grande sœur y est déjà scolarisée en CM2",
            "nous travaillons tous les deux dans cette commune et finissons à 18 h",
        )
    )
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Objet : demande de dérogation scolaire — rentrée {year}\n\n{c.pick(SALUTATIONS)}\n"
        f"Nous sollicitons l'inscription de notre enfant {child}, qui entre en "
        f"{c.pick(CLASSES)}, à l'école du Parc de {c.pick(TOWNS)}, car {reason}.\n"
        "Nous prendrons en charge les trajets et, le cas échéant, la participation aux frais "
        f"de scolarité.\nVeuillez agréer nos salutations.\n{name}"
    )


def water_leak_relief_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    volume = c.rng.randint(90, 900)
    plumber = c.pick(("EURL Plomberie Faure", "SARL Durand Bâtiment", "Sanitaire Chauffage Roux"))
    return "courrier", (
        f"{civility}\n{c.address()}, {c.commune}\nN° d'abonné : {digits(c, 9)}\n\n"
        f"Service eau et assainissement — {interco(c)}\n"
        f"Objet : facture n° {digits(c, 8)} — demande d'écrêtement pour fuite\n\n"
        "Madame, Monsieur,\nMa dernière facture fait apparaître une consommation de "
        f"{volume} m³, due à une fuite sur la canalisation enterrée après compteur, réparée "
        f"le {c.write_date(c.date(2022, 2025))} par l'entreprise {plumber}.\n"
        "Conformément à la loi, je vous demande de plafonner ma facture au double de ma "
        "consommation habituelle. Je joins l'attestation du plombier.\n"
        f"Je vous propose également de la régler en trois fois.\n{name}"
    )


def waste_collection_plain(c: Ctx) -> tuple[str, str]:
    first, last = someone(c)
    header = email_header(
        c,
        f"{first} {last}",
        address_of(first, last, c.pick(("orange.fr", "gmail.com", "free.fr"))),
        f"dechets@{c.pick(INTERCO_DOMAINS)}",
        c.pick(("Bac cassé", "Collecte non faite", "Demande de bac jaune")),
        day=c.date(2022, 2025),
    )
    issue = c.pick(
        (
            "le couvercle de mon bac gris s'est cassé lors de la dernière collecte",
            "la collecte n'a pas été faite mardi dans notre impasse, le camion ne passe plus "
            "à cause des travaux",
            "nous venons d'emménager et nous n'avons pas de bac jaune",
        )
    )
    return "courrier", (
        f"{header}\nBonjour,\n\nJ'habite {c.address()} à {c.commune} : {issue}.\n"
        "Pouvez-vous faire le nécessaire ? Je suis là en fin de journée.\n"
        f"Merci d'avance.\n{first} {last.upper()}\n{phone(c)}"
    )


def library_portage_leaflet(c: Ctx) -> tuple[str, str]:
    _, librarian = c.person()
    return "courrier", (
        f"MÉDIATHÈQUE INTERCOMMUNALE — {interco(c)}\n"
        "NOUVEAU : LE PORTAGE DE LIVRES À DOMICILE\n"
        "Vous ne pouvez plus vous déplacer, à cause de l'âge, de la maladie ou d'un handicap, "
        "même pour quelques semaines ? Des bénévoles vous apportent chaque mois romans, livres "
        "en gros caractères, livres audio et revues.\n"
        "Le service est gratuit ; l'inscription se fait par téléphone ou auprès du CCAS de "
        f"votre commune.\nRenseignements : {librarian}, bibliothécaire, {phone(c)}\n"
        f"Permanence le {c.pick(WEEKDAYS[:5])} de 14 h à 17 h"
    )


def blood_drive_arrete(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'VOI-')}\n"
        "portant réglementation temporaire du stationnement — collecte de sang\n\n"
        f"Le Maire de {c.commune},\nVu le code général des collectivités territoriales, "
        "articles L. 2213-1 et suivants ;\n"
        "Considérant que l'Établissement français du sang organise une collecte de sang à la "
        f"salle des fêtes le {c.write_date(day)} de 15 h à 19 h 30 ;\nARRÊTE\n"
        "Article 1 : le stationnement est interdit sur six places du parking de la salle des "
        "fêtes, réservées au camion de l'EFS, de 12 h à 21 h.\n"
        "Article 2 : la signalisation sera mise en place par les services techniques.\n"
        f"Fait à {c.commune}, le {c.write_date(days_before(c, day, 7, 20))}"
    )


def dog_permit_arrete(c: Ctx) -> tuple[str, str]:
    owner, _ = c.person()
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'PM-')}\n"
        "portant délivrance d'un permis de détention d'un chien de 2e catégorie\n\n"
        f"Le Maire de {c.commune},\nVu le code rural et de la pêche maritime, article "
        "L. 211-14 ;\n"
        f"Vu la demande de {owner}, demeurant {c.address()}, et l'attestation d'aptitude "
        "délivrée par un formateur agréé ;\n"
        "Vu l'évaluation comportementale du chien (rottweiler, puce n° "
        f"{microchip(c)}), concluant à un risque faible (niveau 1), et le certificat de "
        "vaccination antirabique en cours de validité ;\nARRÊTE\n"
        "Article 1 : le permis de détention est délivré pour la durée de vie de l'animal.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def leave_donation_rules(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year, 'RH')}\n"
        "Objet : modalités du don de jours de repos au sein de la collectivité\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le décret n° 2015-580 du 28 mai 2015 modifié ;\nVu l'avis du comité social "
        f"territorial du {c.write_date(days_before(c, day, 10, 60))} ;\nDÉCIDE\n"
        "Article 1 : tout agent peut renoncer anonymement à des jours de RTT ou de congés au "
        "profit d'un collègue qui assume la charge d'un enfant gravement malade, ou vient en "
        "aide à un proche atteint d'une perte d'autonomie ou d'un handicap.\n"
        "Article 2 : le don se fait par formulaire adressé au service du personnel ; il est "
        "définitif.\nArticle 3 : la présente décision est portée à la connaissance des agents."
    )


def age_retirement_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'RH-')}\n"
        "portant radiation des cadres et admission à la retraite\n\n"
        f"Le Maire de {c.commune},\nVu le code général de la fonction publique ;\n"
        "Vu le décret n° 2003-1306 du 26 décembre 2003 ;\n"
        f"Vu la demande de l'intéressé(e) en date du {c.write_date(days_before(c, day, 120, 200))}"
        " ;\nARRÊTE\n"
        f"Article 1 : {civility}, {c.pick(GRADES)}, est admis(e) à faire valoir ses droits à "
        f"la retraite pour ancienneté à compter du {c.write_date(day)}, après "
        f"{c.rng.randint(25, 42)} années de services.\n"
        "Article 2 : l'intéressé(e) est radié(e) des cadres à la même date.\n"
        "Article 3 : ampliation au centre de gestion et au comptable public."
    )


def recruitment_jury_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = c.rng.randint(3, 6)
    lines = [
        f"COMMUNE DE {c.commune.upper()}",
        "PROCÈS-VERBAL DU JURY DE RECRUTEMENT — poste d'agent d'accueil",
        f"Réuni le {c.write_date(day)}. L'offre, publiée sur Emploi territorial, était ouverte "
        "aux bénéficiaires de l'obligation d'emploi des travailleurs handicapés.",
        "Candidat(e) | Entretien /20 | Mise en situation /20 | Observations",
    ]
    for _ in range(rows):
        lines.append(
            f"{c.person()[1]} | {c.rng.randint(8, 18)} | {c.rng.randint(7, 18)} | "
            f"{c.pick(JURY_OK)}"
        )
    lines.append("Le jury propose de retenir le (la) candidat(e) ayant obtenu le meilleur total.")
    return "pv_seance", "\n".join(lines)


def aines_meal_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    guests = c.rng.randint(60, 180)
    price = c.amount(22, 38)
    return "bon_de_commande", (
        f"CCAS DE {c.commune.upper()}\n"
        f"BON DE COMMANDE N° {day.year}-{c.rng.randint(1, 60):03d}\n"
        f"Fournisseur : {c.pick(('Traiteur Lacoste', COMPANIES[6], 'Maison Girard Traiteur'))}\n"
        f"Objet : repas annuel des aînés — {c.write_date(day)}, salle des fêtes\n"
        f"{guests} menus « fête » à {c.money(price)} TTC — total {c.money(price * guests)}\n"
        f"Dont menus particuliers : {c.rng.randint(3, 9)} sans sel, {c.rng.randint(1, 4)} "
        f"hachés, {c.rng.randint(1, 5)} végétariens, {c.rng.randint(0, 3)} sans gluten "
        "(la liste nominative sera remise au chef le jour même)\n"
        "Livraison à 11 h 30. Service assuré par les élus et les bénévoles."
    )


def tenant_complaint_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, neighbour = c.person()
    issue = c.pick(
        (
            "fait des travaux le dimanche matin et laisse ses gravats dans la cour commune",
            "laisse son chien aboyer toute la journée quand il travaille",
            "stationne sa camionnette devant la porte du garage collectif",
        )
    )
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        "Objet : troubles de voisinage — logements communaux de l'ancienne école\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Locataire de la commune, je me permets de vous signaler que mon voisin, {neighbour}, "
        f"{issue}. Malgré plusieurs discussions, la situation ne s'améliore pas.\n"
        "Je vous remercie d'intervenir en votre qualité de bailleur.\n"
        f"Respectueusement,\n{name}"
    )


def tad_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "deliberation", (
        f"{interco(c).upper()}\nDélibération du conseil communautaire n° "
        f"{c.act_number(day.year, 'CC')}\n"
        "Objet : transport à la demande — tarifs et règlement\n"
        f"Le vice-président chargé des mobilités rappelle que le service a transporté "
        f"{c.rng.randint(1200, 6000)} voyageurs l'an dernier, dont une majorité de plus de 75 "
        "ans. Les véhicules sont accessibles aux personnes à mobilité réduite et aux fauteuils.\n"
        f"Le prix du trajet est fixé à {c.money(c.amount(2, 4))} ; gratuité pour "
        "l'accompagnateur d'une personne titulaire de la carte mobilité inclusion.\n"
        "Le conseil communautaire adopte à l'unanimité."
    )


def budget_orientation_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2026)
    return "deliberation", (
        f"Délibération n° {c.act_number(year - 1)}\n"
        f"Objet : débat d'orientation budgétaire {year}\n"
        "L'adjoint aux finances présente le rapport. La santé financière de la commune reste "
        f"bonne : capacité de désendettement de {c.rng.randint(3, 8)} ans, épargne brute en "
        "hausse malgré l'inflation des fluides.\n"
        "Principaux projets : maison de santé pluriprofessionnelle (2e tranche), accessibilité "
        "de la mairie, rénovation énergétique de l'école.\n"
        "Le conseil municipal prend acte de la tenue du débat."
    )


def ars_mosquito_letter(c: Ctx) -> tuple[str, str]:
    _, deputy = c.person()
    year = c.rng.randint(2022, 2025)
    return "courrier", (
        "Agence régionale de santé — délégation départementale\n"
        f"Madame l'adjointe chargée de la santé et des solidarités\nMairie de {c.commune}\n"
        f"À l'attention de {deputy}\n\n"
        f"Objet : surveillance du moustique tigre — saison {year}\n\n"
        "Madame l'adjointe,\nLe moustique tigre est désormais implanté dans votre commune. "
        f"L'an dernier, {c.rng.randint(3, 40)} cas importés de dengue ont été signalés dans le "
        "département, sans transmission autochtone.\n"
        "Nous vous invitons à relayer les gestes de prévention (vider les soucoupes, couvrir "
        "les récupérateurs d'eau) et à signaler tout gîte larvaire sur le domaine public.\n"
        "Le délégué départemental"
    )


def pharmacy_sign_dp(c: Ctx) -> tuple[str, str]:
    number = c.permit_number("DP", c.rng.randint(2022, 2025))
    _, pharmacist = c.person()
    return "declaration_prealable", (
        f"DÉCLARATION PRÉALABLE — {number}\n"
        f"Déclarant : SELARL Pharmacie du Marché, représentée par {pharmacist}, pharmacien "
        "titulaire\n"
        f"Terrain : {c.address()}, {c.commune} — parcelle {parcel(c)}\n"
        "Nature des travaux : modification de la devanture, pose d'une croix verte lumineuse "
        "en drapeau et création d'une rampe d'accès PMR de 5 % avec main courante\n"
        "Notice : la croix sera éteinte en dehors des heures d'ouverture et des gardes ; la "
        "rampe empiète de 40 cm sur le trottoir (autorisation de voirie sollicitée)."
    )


def health_centre_permit(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "permis_construire", (
        f"ARRÊTÉ ACCORDANT UN PERMIS DE CONSTRUIRE — {c.permit_number('PC', year)}\n"
        f"Demandeur : commune de {c.commune}, représentée par son Maire\n"
        "Projet : construction d'une maison de santé pluriprofessionnelle (six cabinets "
        f"médicaux, salle de soins infirmiers, kinésithérapie) — surface de plancher "
        f"{c.rng.randint(380, 900)} m²\n"
        "Vu l'avis favorable de la sous-commission départementale d'accessibilité ;\n"
        "Vu l'avis favorable du SDIS ;\n"
        "Article 1 : le permis de construire est accordé.\n"
        "Article 2 : les prescriptions de la sous-commission d'accessibilité seront respectées."
    )


def occupational_health_invoice(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    agents = c.rng.randint(12, 60)
    return "facture", (
        "Centre de gestion de la fonction publique territoriale — pôle santé au travail\n"
        f"AVIS DE SOMMES À PAYER N° {year}-{c.rng.randint(100, 999)}\n"
        f"Collectivité : commune de {c.commune}\n"
        f"Cotisation additionnelle médecine préventive {year} : {agents} agents — taux 0,33 % "
        "de la masse salariale\n"
        f"Activité de l'année : {c.rng.randint(5, agents)} visites d'information et de "
        f"prévention, {c.rng.randint(0, 6)} études de poste\n"
        f"Montant : {c.money(c.amount(600, 5200))}\n"
        f"Règlement au Trésor public : IBAN {public_iban(c)}"
    )


ORDINARY_7 = (
    agent_email_plain,
    phone_message_plain,
    christmas_parcel_order,
    minicamp_info_letter,
    canteen_invoice_plain,
    sensory_room_order,
    unsafe_building_arrete,
    canteen_rates_decision,
    housing_lease_plain,
    creche_commission_plain,
    school_council_convocation,
    fence_dp_plain,
    pc_incomplete_notice,
    cu_informatif_captage,
    contract_termination_plain,
    cnracl_campaign_letter,
    first_aid_post_invoice,
    new_agent_welcome_letter,
    church_keeper_deliberation,
    pocket_money_blank_form,
    flower_contest_pv,
    bafa_grant_deliberation,
    disinfectant_order,
    reom_invoice,
    parent_email_plain,
    leave_request_plain,
    school_derogation_plain,
    water_leak_relief_letter,
    waste_collection_plain,
    library_portage_leaflet,
    blood_drive_arrete,
    dog_permit_arrete,
    leave_donation_rules,
    age_retirement_arrete,
    recruitment_jury_plain,
    aines_meal_plain,
    tenant_complaint_letter,
    tad_deliberation,
    budget_orientation_deliberation,
    ars_mosquito_letter,
    pharmacy_sign_dp,
    health_centre_permit,
    occupational_health_invoice,
)
