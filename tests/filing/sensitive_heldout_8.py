"""Eighth batch of documents for the sensitivity check.

Written by another author who never saw the detector (`filing/sensitive.py`) nor its
benchmark, only the product's rule and the earlier batches (`sensitive_corpus.py`,
`sensitive_heldout.py`, `sensitive_heldout_5.py`, `sensitive_heldout_6.py`,
`sensitive_heldout_7.py`), read to write other situations, services, conditions and wordings
than theirs. It is measured once and never used to tune anything.

It walks through services the earlier batches left aside: the weekly market and its
droits de place, the théâtre and the école de musique, the municipal gîte, sport passes and
sport on prescription, the SPANC and the water quality notices, snow clearing, the plan
communal de sauvegarde, allotments, pesticide spraying near houses, the cemetery and the
funeral acts, the mise sous pli of the elections, taxi licences, the F3SCT, careers (échelons,
allocation temporaire d'invalidité, capital décès), lawyers' claims and the administrative
court, the youth club, the programme de réussite éducative, waste-prevention grants and the
opération façades.

``SENSITIVE_8`` holds documents sensitive by their content under types that are not sensitive
in themselves: a valid NIR (an échelon arrêté, a mise sous pli sheet, a guest teacher's sheet,
a volunteer firefighter's agreement, a capital décès request), a private person's IBAN (a
façade grant, a tenant's deposit, a washable-nappies grant, an athlete's grant, a widow's
account), or health information about an identifiable person (a trader's hernia, a
coffin sealed for a named infection, a skier's knee, a lawyer's client with a head injury, a
trip form with a pacemaker, a transplant patient postponing the SPANC visit, a taxi driver's
epilepsy, a positive breath test, a child's heart condition on a sports form…).

``ORDINARY_8`` holds documents of the same services and shapes that are not sensitive: the same
letters, forms, acts, minutes and orders with nothing about anyone's health nor private bank
data; health words about water, roads, places, programmes, contracts and statistics; forms
answering « néant »; documents listing what to bring (« RIB », « n° de sécurité sociale ») with
no number; companies', associations' and the Trésor public's accounts; long reference numbers
that are not NIRs.
"""

from __future__ import annotations

import datetime as dt

from tests.filing.classify_corpus import COMPANIES, GRADES, LAST_NAMES, SCHOOLS, Ctx
from tests.filing.sensitive_corpus import iban, nir

KIDS = ("Anatole", "Maëlys", "Esteban", "Clémence", "Wassim", "Apolline", "Gaspard", "Soline")
KID_SURNAMES = ("BRUNET", "CARPENTIER", "LEBLANC", "MEUNIER", "BOYER", "HUBERT", "MAILLARD")
TOWNS = ("Périgueux", "Montauban", "Vannes", "Auch", "Chinon", "Dole", "Figeac", "Redon")
BICS = ("CCBPFRPPBDX", "AGRIFRPP869", "CEPAFRPP444", "CMCIFR2A", "SOGEFRPP", "PSSTFRPPBOR")
INTERCOS = (
    "Communauté de communes du Pays de Serres",
    "Communauté de communes Vallée du Loir",
    "Communauté d'agglomération Rives de Saône",
    "Communauté de communes des Trois Rivières",
    "Communauté de communes du Haut-Quercy",
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
CLOSINGS = (
    "Je vous prie d'agréer, Monsieur le Maire, l'expression de mes salutations distinguées.",
    "Veuillez agréer, Madame la Maire, mes respectueuses salutations.",
    "Avec mes remerciements, recevez mes sincères salutations.",
    "Dans l'attente de votre réponse, je vous adresse mes cordiales salutations.",
)


# --- helpers ------------------------------------------------------------------------------


def digits(c: Ctx, n: int) -> str:
    return "".join(str(c.rng.randint(0, 9)) for _ in range(n))


def phone(c: Ctx) -> str:
    return f"0{c.pick(('5', '6', '7', '2'))}" + "".join(f" {digits(c, 2)}" for _ in range(4))


def after(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=c.rng.randint(low, high))


def before(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day - dt.timedelta(days=c.rng.randint(low, high))


def nir_like(text: str) -> bool:
    """Whether fifteen digits in a row (separators dropped) carry a NIR's key: ordinary
    documents must hold none, not even by chance inside a long account or reference."""
    run = "".join(ch for ch in text if ch.isdigit())
    return any(
        run[i] in "12" and int(run[i + 13 : i + 15]) == 97 - int(run[i : i + 13]) % 97
        for i in range(len(run) - 14)
    )


def company_iban(c: Ctx) -> str:
    """A company's or an association's own account, with no NIR hidden in it."""
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


def reference(c: Ctx, n: int) -> str:
    """A long reference number (contract, meter, invoice) that is not a NIR."""
    while True:
        value = digits(c, n)
        if not nir_like(value):
            return value


def nir_shown(c: Ctx) -> str:
    """A valid NIR as forms and software print it."""
    parts = nir(c, corsica=c.rng.random() < 0.1).split()
    style = c.rng.randrange(5)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    if style == 2:
        return f"{''.join(parts[:-1])} / {parts[-1]}"
    if style == 3:
        return f"{' '.join(parts[:-1])}   Clé : {parts[-1]}"
    return "|".join("".join(parts[:-1])) + f"| |{parts[-1]}|"


def iban_shown(c: Ctx) -> str:
    value = iban(c)
    return value if c.rng.random() < 0.65 else value.replace(" ", "")


def siret(c: Ctx) -> str:
    return f"{digits(c, 3)} {digits(c, 3)} {digits(c, 3)} {digits(c, 5)}"


def kid(c: Ctx) -> tuple[str, str]:
    return c.pick(KIDS), c.pick(KID_SURNAMES)


def parcel(c: Ctx) -> str:
    return f"{c.pick(('AB', 'ZC', 'D', 'OK', 'AE', 'B'))} {c.rng.randint(5, 980)}"


def hour(c: Ctx) -> str:
    return f"{c.rng.randint(8, 18)} h {c.pick(('00', '15', '30', '45'))}"


def month_name(day: dt.date) -> str:
    return f"{MONTHS_FR[day.month - 1]} {day.year}"


def interco(c: Ctx) -> str:
    return c.pick(INTERCOS)


def lawyer(c: Ctx) -> str:
    return c.pick(("Me Anne-Sophie Védrine", "Me Julien Castaing", "Me Claire Obadia"))


# --- sensitive by content -----------------------------------------------------------------

STALL_TRADES = ("Primeur", "Fromager", "Maraîcher bio", "Volailles et œufs", "Fleuriste")
STALL_HEALTH = (
    "J'ai été opéré(e) d'une hernie discale le {day} et le chirurgien m'interdit de porter "
    "la moindre charge pendant trois mois.",
    "On vient de me découvrir un cancer du côlon ; je commence la chimiothérapie à {town} le "
    "mois prochain, une semaine sur deux.",
    "Je traverse une grosse dépression depuis cet hiver et mon médecin m'a arrêté(e) jusqu'à "
    "nouvel ordre, je n'arrive plus à me lever à 4 h.",
    "Suite à mon infarctus du {day}, je suis en rééducation cardiaque au centre de {town} "
    "jusqu'à la fin du trimestre.",
    "Ma polyarthrite s'est aggravée et avec le froid je ne peux plus tenir le stand de 6 h à "
    "13 h ; le rhumatologue change mon traitement (biothérapie).",
)


def market_stall_withdrawal(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    reason = c.pick(STALL_HEALTH).format(
        day=c.write_date(before(c, day, 5, 40)), town=c.pick(TOWNS)
    )
    market = c.pick(("du mardi", "du samedi matin", "de plein vent du jeudi", "sous la halle"))
    return "courrier", (
        f"{civility}\n{c.pick(STALL_TRADES)} — abonné(e) au marché {market}\n{c.address()}\n"
        f"{c.commune}, le {c.write_date(day)}\n\n"
        f"Objet : suspension de mon emplacement n° {c.rng.randint(1, 60)} "
        f"({c.rng.randint(3, 12)} mètres linéaires)\n\n"
        f"{c.pick(('Monsieur le Maire,', 'Madame la Maire,', 'Monsieur le placier,'))}\n"
        f"Je vous informe que je ne pourrai pas déballer dans les prochaines semaines. {reason}\n"
        "Je vous demande de bien vouloir me garder ma place d'abonné(e) et de suspendre la "
        "facturation des droits de place pendant mon absence.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


COFFIN_INFECTIONS = (
    "de la maladie de Creutzfeldt-Jakob",
    "d'une tuberculose active non traitée",
    "d'une infection transmissible (choléra) imposant la mise en bière immédiate",
    "de la rage",
    "d'une fièvre hémorragique virale",
)
FUNERAL_HOMES = (
    "Pompes funèbres Delpech",
    "PF Marbrerie du Quercy",
    "Roc'Eclerc",
    "Pompes funèbres intercommunales",
)


def coffin_sealing_arrete(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2021, 2025)
    death = before(c, day, 0, 1)
    doctor = c.pick(("le Dr Maréchal", "le Docteur Hamidou", "le Dr Sabatier", "le SAMU"))
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'OF-')}\n"
        "portant autorisation de fermeture de cercueil et de transport de corps\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, notamment ses articles L. 2213-8 "
        "et R. 2213-15 et suivants ;\n"
        f"Vu la demande présentée par {c.pick(FUNERAL_HOMES)}, habilitation n° "
        f"{c.rng.randint(10, 99)}-{c.rng.randint(100, 999)} ;\n"
        f"Vu le certificat de décès établi le {c.write_date(death)} par {doctor}, "
        f"indiquant que {name} était atteint(e) {c.pick(COFFIN_INFECTIONS)} ;\n"
        "Considérant qu'en conséquence les soins de conservation sont interdits et que la mise "
        "en bière doit intervenir immédiatement en cercueil hermétique ;\nARRÊTE\n"
        f"Article 1 : la fermeture définitive du cercueil de {civility}, décédé(e) le "
        f"{c.write_date(death)}, est autorisée sans délai.\n"
        f"Article 2 : le corps sera transporté au cimetière de {c.commune} pour y être inhumé.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


SPORT_PLACES = (
    ("centre aquatique", "abonnement annuel"),
    ("salle de musculation municipale", "carte 12 mois"),
    ("tennis municipal", "cotisation annuelle"),
    ("école municipale des sports", "inscription à l'année"),
)
SPORT_INJURIES = (
    "je me suis rompu les ligaments croisés du genou droit au ski ; opéré(e) le {day}, j'en "
    "ai pour six mois de kiné avant de reprendre le sport",
    "je me suis fracturé le poignet en tombant de vélo, plâtre pour six semaines puis rééducation",
    "j'ai fait une embolie pulmonaire et le pneumologue m'interdit tout effort pendant trois "
    "mois, je suis sous anticoagulants",
    "ma fille souffre d'une maladie d'Osgood-Schlatter aux deux genoux et le médecin du sport "
    "l'a arrêtée pour la saison",
    "ma grossesse est classée à risque (col raccourci) et la sage-femme m'a prescrit un repos "
    "complet jusqu'à l'accouchement",
)


def sport_pass_refund(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    place, product = c.rng.choice(SPORT_PLACES)
    injury = c.pick(SPORT_INJURIES).format(day=c.write_date(before(c, day, 3, 30)))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"À l'attention du service des sports — {place}\n"
        f"Objet : demande de remboursement / prolongation — {product} n° "
        f"{c.rng.randint(100, 9999)}\n\n"
        f"Madame, Monsieur,\nJ'ai réglé le {c.write_date(before(c, day, 40, 200))} un(e) "
        f"{product} de {c.money(c.amount(90, 420))}. Malheureusement {injury}.\n"
        "Je joins le certificat médical et vous demande soit le remboursement des mois non "
        "utilisés, soit la prolongation de mon accès d'autant.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


ELECTIONS = (
    "ÉLECTIONS MUNICIPALES ET COMMUNAUTAIRES",
    "ÉLECTIONS EUROPÉENNES",
    "ÉLECTIONS LÉGISLATIVES",
    "ÉLECTIONS DÉPARTEMENTALES ET RÉGIONALES",
)


def election_envelope_sheet(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    born = c.date(1950, 2004)
    status = c.pick(("retraité(e)", "étudiant(e)", "agent communal", "demandeur d'emploi"))
    bank = f"\nIBAN : {iban_shown(c)}" if c.rng.random() < 0.4 else "\nRIB : joint"
    return "courrier", (
        f"{c.pick(ELECTIONS)} — {c.rng.randint(2020, 2026)}\n"
        "COMMISSION DE PROPAGANDE — MISE SOUS PLI\n"
        "FICHE INDIVIDUELLE DE RENSEIGNEMENTS (à retourner en mairie)\n"
        f"Nom et prénom : {name}\nDate de naissance : {born.strftime('%d/%m/%Y')}\n"
        f"Adresse : {c.address()}, {c.commune}\nSituation : {status}\n"
        f"N° de sécurité sociale : {nir_shown(c)}{bank}\n"
        f"Site de mise sous pli : {c.pick(('salle polyvalente', 'gymnase', 'salle du conseil'))}"
        f"\nRémunération à la tâche — Visa du maire de {c.commune}"
    )


CLAIM_PLACES = (
    "sur le trottoir de la {street}, en trébuchant sur une dalle descellée",
    "dans la tranchée non signalée des travaux d'assainissement de la {street}",
    "en glissant sur les feuilles mortes accumulées dans l'escalier de la mairie",
    "à la sortie du parking de la salle des fêtes, où une grille d'égout était absente",
)
CLAIM_INJURIES = (
    "La victime a présenté une fracture de la malléole externe, opérée par ostéosynthèse, avec "
    "une ITT de 60 jours",
    "La victime a souffert d'un traumatisme crânien avec perte de connaissance, a été "
    "hospitalisé(e) trois jours et garde des vertiges et des acouphènes",
    "La victime s'est luxé l'épaule gauche et a dû suivre trente séances de kinésithérapie",
    "La victime s'est fracturé deux incisives et s'est ouvert le menton (huit points de suture)",
)


def lawyer_prior_claim(c: Ctx) -> tuple[str, str]:
    _, client = c.person()
    day = c.date(2022, 2025)
    fall = before(c, day, 30, 300)
    place = c.pick(CLAIM_PLACES).format(street=c.pick(("rue du Stade", "rue des Lilas")))
    return "courrier", (
        f"SELARL {c.pick(('Védrine & Associés', 'Castaing Avocats', 'Obadia-Lenoir'))}\n"
        f"Avocats au barreau de {c.pick(TOWNS)}\n"
        f"Monsieur le Maire de {c.commune}\nLettre recommandée avec AR\n\n"
        f"Objet : demande indemnitaire préalable — {client} c/ commune de {c.commune}\n\n"
        f"Monsieur le Maire,\nJe suis le conseil de {client}, victime d'une chute le "
        f"{c.write_date(fall)} {place}. {c.pick(CLAIM_INJURIES)}.\n"
        "La responsabilité de la commune est engagée pour défaut d'entretien normal de "
        f"l'ouvrage public. Je sollicite une provision de {c.money(c.amount(3000, 25000))} "
        "et la désignation d'un médecin expert.\n"
        "À défaut de réponse sous deux mois, le tribunal administratif sera saisi.\n"
        f"{lawyer(c)}"
    )


TRIP_HEALTH = (
    "porte un stimulateur cardiaque (ne pas passer sous les portiques)",
    "sous anticoagulant (Préviscan) — carnet de suivi dans le sac",
    "voyage avec son concentrateur d'oxygène portable",
    "malvoyant(e) (glaucome) : besoin d'un bras pour les visites",
    "incontinence : merci de le/la placer près des toilettes du car",
    "maladie de Parkinson débutante, marche lentement",
)


def seniors_trip_form(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    year = c.rng.randint(2022, 2025)
    where = c.pick(("le Puy du Fou", "la côte basque", "Annecy et son lac", "le Futuroscope"))
    return "courrier", (
        f"CCAS de {c.commune} — VOYAGE DES AÎNÉS {year}\n{where.upper()} — 3 jours / 2 nuits\n"
        "BULLETIN D'INSCRIPTION\n"
        f"Nom, prénom : {civility}\nÂge : {c.rng.randint(66, 91)} ans\n"
        f"Adresse : {c.address()}\nTéléphone : {phone(c)}\n"
        f"Chambre : {c.pick(('☒ individuelle  ☐ double', '☐ individuelle  ☒ double'))}\n"
        f"Renseignements utiles pour l'accompagnateur : {c.pick(TRIP_HEALTH)}\n"
        f"Personne à prévenir : {c.person()[0]} — {phone(c)}\n"
        f"Participation : {c.money(c.amount(120, 260))} (chèque à l'ordre du Trésor public)"
    )


SPANC_HEALTH = (
    "Je viens d'être greffé(e) d'un rein et, sous immunosuppresseurs, je ne dois recevoir "
    "personne chez moi pendant encore trois mois.",
    "Je suis hospitalisé(e) à {town} pour une pneumopathie et ne rentrerai pas avant la fin "
    "du mois.",
    "Mon mari, atteint de la maladie d'Alzheimer, panique à la vue d'inconnus ; je préfère "
    "un rendez-vous le jeudi, jour où il est en accueil de jour.",
    "Je suis en pleine chimiothérapie et je n'ai pas la force d'ouvrir les regards de la "
    "fosse avant votre passage.",
)


def spanc_visit_postpone(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    reason = c.pick(SPANC_HEALTH).format(town=c.pick(TOWNS))
    return "courrier", (
        f"{civility}\n{c.address()}, {c.commune}\n\n{interco(c)}\n"
        "Service public d'assainissement non collectif (SPANC)\n\n"
        f"Objet : report du contrôle de bon fonctionnement prévu le "
        f"{c.write_date(after(c, day, 5, 20))}\nRéf. dossier : ANC-{c.rng.randint(100, 9999)}"
        f"\n\nMadame, Monsieur,\n{reason}\n"
        "Pourriez-vous reporter la visite du technicien de quelques semaines ? Je reste "
        f"joignable au {phone(c)}.\nMerci de votre compréhension.\n{name}"
    )


BIN_CASES = (
    "mon épouse, grabataire depuis son AVC, est incontinente",
    "notre fils de 12 ans, polyhandicapé, porte des changes jour et nuit",
    "je suis moi-même incontinent depuis mon opération de la prostate",
    "ma mère, 91 ans, atteinte de démence, vit chez nous et porte des protections",
    "mon mari est en fin de vie à domicile (HAD) avec des protections matin et soir",
)


def incontinence_bin_request(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    bags = c.rng.randint(2, 6)
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"{interco(c)} — service gestion des déchets\n"
        f"Objet : redevance incitative — dispositif « protections médicales »\n"
        f"N° de bac : {c.pick(('OM', 'B'))}{c.rng.randint(10000, 99999)}\n\n"
        f"Madame, Monsieur,\nDepuis quelques mois {c.pick(BIN_CASES)}, ce qui représente "
        f"{bags} sacs de plus par semaine et fait exploser notre nombre de levées.\n"
        "Je sollicite le forfait de levées supplémentaires prévu dans ce cas et joins le "
        "certificat de mon médecin.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


TAXI_REASONS = (
    "une hospitalisation suivie d'une convalescence pour un cancer du poumon",
    "une hernie discale opérée qui lui interdit la conduite pendant quatre mois",
    "la suspension médicale de son permis de conduire à la suite de crises d'épilepsie",
    "les suites d'un accident vasculaire cérébral survenu le {day}",
)


def taxi_licence_decision(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, driver = c.person()
    day = c.date(2021, 2025)
    reason = c.pick(TAXI_REASONS).format(day=c.write_date(before(c, day, 10, 60)))
    return "decision_maire", (
        f"DÉCISION DU MAIRE N° {c.act_number(day.year)}\n"
        "Autorisation de stationnement de taxi — exploitation par un salarié\n\n"
        f"Le Maire de {c.commune},\nVu le code des transports, notamment ses articles "
        "L. 3121-1 et suivants ;\n"
        f"Vu l'autorisation de stationnement n° {c.rng.randint(1, 9)} délivrée à {civility} ;\n"
        f"Vu le courrier du {c.write_date(before(c, day, 2, 15))} par lequel {name} fait "
        f"connaître qu'il/elle ne peut plus conduire en raison de {reason} ;\n"
        "DÉCIDE\n"
        f"Article 1 : {name} est autorisé(e) à faire exploiter son autorisation par "
        f"{driver}, conducteur de taxi salarié, titulaire de la carte professionnelle, "
        "pour une durée de six mois.\n"
        "Article 2 : ampliation sera adressée à la préfecture et à l'intéressé(e).\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


ATI_CASES = (
    ("chute du marchepied de la benne", "raideur définitive de l'épaule droite", 12),
    ("coupure avec la débroussailleuse", "perte de mobilité de deux doigts de la main gauche", 10),
    ("exposition au bruit des ateliers", "surdité bilatérale", 18),
    ("accident de la route en service", "séquelles d'une fracture du bassin", 22),
)


def ati_request_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    event, sequel, rate = c.rng.choice(ATI_CASES)
    return "courrier", (
        f"{civility}\n{c.pick(GRADES)}\nServices techniques\n\n"
        f"À Monsieur le Maire de {c.commune}\nService des ressources humaines\n\n"
        "Objet : demande d'allocation temporaire d'invalidité (ATI)\n\n"
        f"Monsieur le Maire,\nÀ la suite de mon accident de service ({event}), mon état a été "
        f"déclaré consolidé le {c.write_date(before(c, day, 20, 200))}. Le médecin agréé a "
        f"retenu un taux d'incapacité permanente partielle de {rate} % pour {sequel}.\n"
        "Je vous remercie de bien vouloir transmettre ma demande d'ATI à la Caisse des dépôts "
        "avec le rapport médical.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


def echelon_arrete_nir(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2021, 2025)
    step = c.rng.randint(2, 11)
    index = c.rng.randint(368, 520)
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ N° {c.act_number(day.year, 'RH-')}\n"
        "portant avancement d'échelon\n\n"
        "Le Maire,\nVu le code général de la fonction publique ;\n"
        "Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières des "
        "fonctionnaires de catégorie C ;\n"
        f"Considérant que {name}, {c.pick(GRADES)}, N° INSEE : {nir_shown(c)}, remplit les "
        "conditions d'ancienneté requises ;\nARRÊTE\n"
        f"Article 1 : à compter du {c.write_date(day)}, {name} est classé(e) au {step}e échelon"
        f" de son grade, IB {index + c.rng.randint(20, 60)}, IM {index}.\n"
        f"Article 2 : ancienneté conservée : {c.rng.randint(0, 11)} mois.\n"
        "Notifié à l'agent, qui peut former un recours devant le tribunal administratif dans "
        "un délai de deux mois."
    )


INSTRUMENTS = ("violoncelle", "trompette", "piano jazz", "percussions", "chant lyrique")


def music_teacher_sheet(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    born = c.date(1965, 1998)
    hours = c.rng.randint(3, 16)
    identity = (
        f"N° de sécurité sociale : {nir_shown(c)}\nIBAN : {iban_shown(c)}"
        if c.rng.random() < 0.5
        else f"N° de sécurité sociale : {nir_shown(c)}\nCoordonnées bancaires : RIB joint"
    )
    if c.rng.random() < 0.3:
        identity = f"N° SS : en cours\nIBAN : {iban_shown(c)} — BIC {c.pick(BICS)}"
    return "courrier", (
        f"ÉCOLE MUNICIPALE DE MUSIQUE DE {c.commune.upper()}\n"
        "FICHE DE RECRUTEMENT — INTERVENANT VACATAIRE\n"
        f"Nom et prénom : {name}\nNé(e) le : {born.strftime('%d/%m/%Y')}\n"
        f"Adresse : {c.address()}, {c.pick(TOWNS)}\n{identity}\n"
        f"Objet de la vacation : {c.pick(('master class', 'jury des examens de fin de cycle'))}"
        f" de {c.pick(INSTRUMENTS)}\n"
        f"Nombre d'heures : {hours} h à {c.money(c.amount(25, 45))} brut de l'heure\n"
        "Visa du directeur de l'école de musique"
    )


THEATRE_HEALTH = (
    "je suis hospitalisée depuis le {day} pour une embolie pulmonaire",
    "mon mari a fait un AVC et je ne peux plus le laisser seul le soir",
    "je perds la vue (DMLA) et ne distingue plus rien de la scène, même au premier rang",
    "je suis en radiothérapie jusqu'à la fin du mois et beaucoup trop fatigué(e)",
    "je fais des crises d'épilepsie photosensible et le spectacle annonce des effets "
    "stroboscopiques",
)


def theatre_subscription_refund(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    show = c.pick(("« Les Fourberies de Scapin »", "« Oncle Vania »", "le concert de l'OCT"))
    reason = c.pick(THEATRE_HEALTH).format(day=c.write_date(before(c, day, 2, 20)))
    return "courrier", (
        f"De : {name}\nÀ : billetterie du théâtre municipal de {c.commune}\n"
        f"Objet : abonnement {day.year}-{day.year + 1} n° {c.rng.randint(100, 2999)}\n\n"
        f"Bonjour,\nJe ne pourrai pas venir à {show} ni aux deux spectacles suivants de mon "
        f"abonnement : {reason}.\n"
        "Est-il possible d'échanger mes places contre des dates de la saison prochaine ou "
        "d'obtenir un avoir ? Je peux vous fournir un justificatif.\n"
        f"Merci d'avance,\n{civility}\n{phone(c)}"
    )


PREGNANCY_ISSUES = (
    "ma grossesse s'est compliquée (menace d'accouchement prématuré) et la sage-femme "
    "m'impose un repos strict à la maison",
    "on vient de me diagnostiquer un diabète gestationnel mal équilibré et la gynécologue "
    "m'interdit tout déplacement",
    "j'ai été hospitalisée pour une pré-éclampsie à sept mois de grossesse",
    "mon échographie a révélé un placenta praevia et je dois rester allongée",
)


def gite_cancellation_pregnancy(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    stay = after(c, day, 20, 90)
    place = c.pick(("gîte communal « La Bergerie »", "camping municipal", "chalet du lac"))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"Mairie de {c.commune} — {place}\n"
        f"Objet : annulation de la réservation du {c.write_date(stay)} au "
        f"{c.write_date(after(c, stay, 3, 14))}\n\n"
        f"Madame, Monsieur,\nNous avions réservé et versé un acompte de "
        f"{c.money(c.amount(80, 450))}. Malheureusement {c.pick(PREGNANCY_ISSUES)}.\n"
        "Vous trouverez ci-joint le certificat médical. Je vous remercie de bien vouloir "
        "nous rembourser l'acompte.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


FLOOD_REMARKS = (
    "—",
    "pas de véhicule",
    "chien",
    "clé chez le voisin du n° 8",
    "vit à l'étage",
    "famille avec 3 enfants",
    "résidence secondaire",
)
FLOOD_HEALTH = (
    "sous oxygène (concentrateur électrique)",
    "fauteuil roulant électrique, 2 personnes pour l'évacuer",
    "alitée, lit médicalisé",
    "non-voyant",
    "sourde : prévenir par SMS",
    "troubles cognitifs, vit seul",
    "sort d'une opération de la hanche, ne marche pas",
)


def flood_evacuation_list(c: Ctx) -> tuple[str, str]:
    rows = c.rng.randint(5, 8)
    health_row = c.rng.randrange(rows)
    area = c.pick(("quartier du Moulin", "bords du Lot", "lotissement des Prés", "la Plaine"))
    lines = [
        f"PLAN COMMUNAL DE SAUVEGARDE DE {c.commune.upper()}",
        f"Annexe {c.rng.randint(4, 12)} — diffusion restreinte (cellule de crise)",
        f"Crue — zone inondable : {area} — habitants à évacuer en priorité",
        "Nom | Adresse | Téléphone | Observations",
    ]
    for row in range(rows):
        _, name = c.person()
        remark = c.pick(FLOOD_HEALTH) if row == health_row else c.pick(FLOOD_REMARKS)
        lines.append(f"{name} | {c.address()} | {phone(c)} | {remark}")
    lines.append(f"Mise à jour : {c.write_date(c.date(2022, 2025))} — référent : CCAS")
    return "courrier", "\n".join(lines)


SNOW_REASONS = (
    "l'infirmière passe tous les matins à 7 h pour les injections d'insuline de ma mère",
    "mon mari est sous chimiothérapie et l'ambulance vient le chercher le lundi à 8 h pour {town}",
    "notre fils, tétraplégique, est sous respirateur : en cas de coupure de courant nous "
    "devons pouvoir partir",
    "j'attends des jumeaux, grossesse à risque, et je dois pouvoir rejoindre la maternité "
    "à tout moment",
)


def snow_clearing_priority(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    lane = c.pick(("chemin de la Côte", "impasse du Bois Joli", "route du Plateau"))
    reason = c.pick(SNOW_REASONS).format(town=c.pick(TOWNS))
    return "courrier", (
        f"{civility}\n{c.rng.randint(1, 30)} {lane}\n{c.commune}\n\n"
        f"{c.pick(('Monsieur le Maire,', 'Madame la Maire,'))}\n"
        f"Lors de l'épisode neigeux du {c.write_date(c.date(2022, 2025))}, la lame n'est passée "
        f"au bout de notre chemin qu'en fin de matinée. Or {reason}.\n"
        "Serait-il possible d'inscrire notre chemin dans le premier circuit de déneigement "
        "cet hiver ? Je peux laisser mon numéro aux services techniques : "
        f"{phone(c)}.\n{c.pick(CLOSINGS)}\n{name}"
    )


PARA_CASES = (
    ("para-athlétisme", "amputé(e) tibial(e) depuis un accident de moto"),
    ("para-natation", "paraplégique à la suite d'une lésion médullaire (D10)"),
    ("cécifoot", "malvoyant(e) (rétinopathie pigmentaire), classé(e) B2"),
    ("boccia", "atteint(e) d'une infirmité motrice cérébrale"),
)


def athlete_grant_request(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    sport, condition = c.rng.choice(PARA_CASES)
    year = c.rng.randint(2022, 2025)
    return "courrier", (
        f"{civility}\n{c.address()}, {c.commune}\n\n"
        f"Objet : demande d'aide aux sportifs de haut niveau — saison {year}\n\n"
        f"Monsieur le Maire,\nJe pratique le {sport} en compétition ; je suis {condition}. "
        f"Sélectionné(e) pour les championnats de France de {c.pick(TOWNS)}, je dois financer "
        f"mes déplacements et un équipement adapté ({c.money(c.amount(900, 6000))}).\n"
        "Je sollicite l'aide de la commune, que vous pourrez verser sur mon compte :\n"
        f"IBAN {iban_shown(c)} — BIC {c.pick(BICS)}\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


PESTICIDE_HEALTH = (
    "Mon fils, soigné pour une leucémie, est immunodéprimé et son oncologue nous a demandé "
    "d'éviter toute exposition",
    "Je suis asthmatique sévère et j'ai fini aux urgences le soir même avec une crise",
    "Je suis enceinte de cinq mois et j'ai eu des vertiges et des nausées toute la journée",
    "Ma femme est en plein traitement pour un cancer du sein et ne supporte plus aucune odeur",
)


def pesticide_complaint(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    crop = c.pick(("sa vigne", "son champ de colza", "ses pommiers", "son maïs"))
    return "courrier", (
        f"De : {name}\nÀ : mairie de {c.commune}\nObjet : traitement agricole près de chez moi"
        f"\n\n{c.pick(('Madame la Maire,', 'Monsieur le Maire,'))}\n"
        f"Le {c.write_date(day)}, mon voisin a traité {crop} à moins de dix mètres de ma "
        f"maison ({c.address()}), par grand vent, fenêtres ouvertes. "
        f"{c.pick(PESTICIDE_HEALTH)}.\n"
        "Je vous demande d'intervenir auprès de lui et de me dire quelles distances "
        "s'appliquent chez nous.\n"
        f"{civility}"
    )


GARDEN_HEALTH = (
    "depuis la pose d'une prothèse totale de hanche, je ne peux plus me baisser",
    "je me déplace en fauteuil roulant (sclérose en plaques)",
    "atteint(e) d'une BPCO, je m'essouffle vite, mais mon pneumologue m'encourage à jardiner",
    "ma psychiatre m'a conseillé le jardinage, je suis suivi(e) au CMP pour une dépression",
)


def allotment_raised_bed(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    gardens = c.pick(("jardins familiaux des Prés", "jardins partagés du Moulin"))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Objet : demande de parcelle aux {gardens}\n\n"
        f"Madame, Monsieur,\nJe souhaite louer une parcelle et si possible l'une des parcelles "
        f"en bacs surélevés, car {c.pick(GARDEN_HEALTH)}.\n"
        "Je m'engage à respecter le règlement intérieur et à régler la cotisation annuelle.\n"
        f"{c.pick(CLOSINGS)}\n{name}\n{phone(c)}"
    )


FAREWELL_HEALTH = (
    "mon cancer du pancréas est à un stade avancé",
    "la maladie de Charcot progresse plus vite que prévu",
    "mon insuffisance cardiaque ne me laisse plus beaucoup de temps",
    "je suis désormais en soins palliatifs à domicile",
)


def concession_anticipated(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\nService des cimetières\n"
        "Objet : achat d'une concession de mon vivant\n\n"
        f"{c.pick(('Monsieur le Maire,', 'Madame la Maire,'))}\n"
        f"Je souhaite acquérir dès maintenant une concession "
        f"{c.pick(('trentenaire', 'cinquantenaire', 'de quinze ans'))} au cimetière "
        f"{c.pick(('communal', 'du Vieux Bourg', 'paysager'))}, si possible près de mes "
        f"parents. Mon médecin ne me l'a pas caché : {c.pick(FAREWELL_HEALTH)}. Je veux régler "
        "ces questions moi-même et épargner mes enfants.\n"
        "Pourriez-vous me recevoir rapidement pour choisir l'emplacement ?\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


SPORT_KID_HEALTH = (
    "opéré(e) à la naissance d'une tétralogie de Fallot, suivi au CHU : pas d'effort maximal",
    "scoliose, porte un corset la nuit — pas de trampoline",
    "syndrome d'Ehlers-Danlos (hyperlaxité) : risque de luxation de l'épaule",
    "commotion cérébrale au rugby en mai, reprise autorisée par le neuropédiatre",
    "asthme d'effort — Ventoline 2 bouffées 15 min avant l'activité",
    "lunettes + souffle au cœur surveillé par le cardiologue",
)


def multisport_school_form(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    year = c.rng.randint(2022, 2025)
    civility, _ = c.person()
    return "periscolaire_inscription", (
        f"ÉCOLE MUNICIPALE DES SPORTS — {c.commune.upper()}\n"
        f"Saison {year}/{year + 1} — mercredi {c.pick(('matin', 'après-midi'))}\n"
        f"Enfant : {last} {first}   Classe : {c.pick(('CP', 'CE1', 'CE2', 'CM1', 'CM2'))} — "
        f"{c.pick(SCHOOLS)}\n"
        f"Cycles choisis : {c.pick(('judo / athlétisme', 'handball / escalade', 'natation'))}\n"
        "Questionnaire de santé : ☒ rempli\n"
        f"Renseignements médicaux : {c.pick(SPORT_KID_HEALTH)}\n"
        f"Responsable légal : {civility} — {phone(c)}\n"
        f"Fait le {c.write_date(c.date(year, year))}  Signature :"
    )


BREATH_TESTS = (
    "un taux de {rate} mg par litre d'air expiré",
    "un dépistage salivaire positif au cannabis (THC)",
    "un taux de {rate} mg/l d'air expiré, pour la deuxième fois cette année",
)
ADDICTION_NOTES = (
    "Lors de notre échange, vous avez reconnu une consommation quotidienne d'alcool et "
    "accepté d'être orienté(e) vers la consultation d'addictologie.",
    "Vous nous avez indiqué avoir repris l'alcool après votre cure de sevrage de l'an dernier.",
    "Vous avez évoqué une dépendance au cannabis que vous souhaitez soigner ; le CSAPA de "
    "{town} peut vous recevoir.",
)


def alcohol_test_convocation(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    test = c.pick(BREATH_TESTS).format(rate=f"0,{c.rng.randint(26, 90)}")
    note = c.pick(ADDICTION_NOTES).format(town=c.pick(TOWNS))
    return "convocation", (
        f"Commune de {c.commune} — Direction des ressources humaines\n"
        f"{civility}\n{c.pick(GRADES)}, service {c.pick(('voirie', 'propreté', 'espaces verts'))}"
        f"\n\nObjet : convocation à un entretien\n\n"
        f"Le {c.write_date(before(c, day, 1, 6))}, le contrôle réalisé à la prise de poste a "
        f"révélé {test} ; vous avez été retiré(e) de la conduite de la balayeuse. {note}\n"
        f"Je vous convoque le {c.write_date(after(c, day, 3, 10))} à {hour(c)}, bureau du "
        "DGS. Vous pouvez vous faire assister de la personne de votre choix. Une visite "
        "auprès du médecin du travail est programmée.\n"
        "Le Directeur général des services"
    )


def facade_grant_payment(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2021, 2025)
    amount = c.amount(800, 5000)
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year, 'D')}\n"
        f"Opération façades {day.year} — versement de la subvention\n\n"
        f"Le Maire de {c.commune},\n"
        f"Vu la délibération du conseil municipal du {c.write_date(before(c, day, 200, 400))} "
        "instituant une aide au ravalement des façades du centre ancien ;\n"
        f"Vu le dossier déposé par {civility}, propriétaire occupant de l'immeuble situé "
        f"{c.address()} ;\nVu la facture acquittée de {c.pick(COMPANIES)} ;\nDÉCIDE\n"
        f"Article 1 : une subvention de {c.money(amount)} est versée à {name}.\n"
        f"Article 2 : le versement sera effectué sur le compte IBAN {iban_shown(c)} "
        f"(BIC {c.pick(BICS)}) ouvert au nom du bénéficiaire.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def communal_rent_deposit_refund(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2021, 2025)
    deposit = c.amount(350, 800)
    withheld = c.amount(0, 150)
    flat = c.pick(("au-dessus de l'école", "de l'ancienne poste", "du presbytère"))
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year)}\n"
        f"Restitution du dépôt de garantie — logement communal {flat}\n\n"
        f"Le Maire de {c.commune},\nVu le bail conclu le "
        f"{c.write_date(before(c, day, 400, 2000))} avec {civility} ;\n"
        f"Vu l'état des lieux de sortie du {c.write_date(before(c, day, 5, 30))} ;\n"
        f"Considérant qu'une retenue de {c.money(withheld)} est justifiée (remplacement d'un "
        "store) ;\nDÉCIDE\n"
        f"Article 1 : la somme de {c.money(deposit - withheld)} est restituée à {name}, "
        "ancien(ne) locataire.\n"
        f"Article 2 : virement sur le compte de l'intéressé(e) : {iban_shown(c)}.\n"
        "Article 3 : la dépense est imputée au compte 165."
    )


WASTE_GRANTS = (
    ("AIDE À L'ACHAT DE COUCHES LAVABLES", "kit de couches lavables", 150),
    ("AIDE À L'ACHAT D'UN BROYEUR DE VÉGÉTAUX", "broyeur de végétaux", 100),
    ("OPÉRATION « DEUX POULES PAR FOYER »", "poulailler et deux poules", 40),
    ("AIDE À L'ACHAT D'UN LOMBRICOMPOSTEUR", "lombricomposteur", 50),
)


def waste_grant_form(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    title, item, cap = c.rng.choice(WASTE_GRANTS)
    return "courrier", (
        f"{interco(c)} — Service prévention des déchets\n{title}\n"
        "FORMULAIRE DE DEMANDE\n"
        f"Demandeur : {civility}\nAdresse : {c.address()}, {c.commune}\n"
        f"Matériel acheté : {item} — montant : {c.money(c.amount(cap, cap * 3))}\n"
        f"Aide demandée : 50 % plafonnée à {cap} €\n"
        f"Coordonnées bancaires du demandeur :\nIBAN {iban_shown(c)}   BIC {c.pick(BICS)}\n"
        "Pièces jointes : ☒ facture  ☒ justificatif de domicile\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(2022, 2025))}"
    )


def death_capital_request(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, deceased = c.person()
    day = c.date(2021, 2025)
    account = c.pick(("notre compte joint", "mon compte", "le compte de la succession"))
    spouse = c.pick(("Mon mari", "Ma femme", "Mon épouse", "Mon époux"))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Mairie de {c.commune} — service du personnel\n"
        f"Objet : capital décès — {deceased}\n\n"
        f"Madame, Monsieur,\n{spouse}, {deceased}, "
        f"{c.pick(GRADES)} à la commune, est décédé(e) le "
        f"{c.write_date(before(c, day, 10, 60))}.\n"
        f"Vous trouverez ci-joint l'acte de décès et le livret de famille. Son numéro de "
        f"sécurité sociale est le {nir_shown(c)}.\n"
        f"Je vous remercie de verser le capital décès sur {account} : {iban_shown(c)}.\n"
        f"Avec mes remerciements,\n{name}"
    )


def spv_availability_agreement(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    born = c.date(1975, 2003)
    dept = c.pick(("31", "47", "49", "22", "21", "33"))
    return "courrier", (
        f"SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS ({dept})\n"
        "CONVENTION RELATIVE À LA DISPONIBILITÉ D'UN SAPEUR-POMPIER VOLONTAIRE\n"
        f"Entre le SDIS et la commune de {c.commune}, employeur,\n"
        f"Sapeur-pompier volontaire : {name}\nNé(e) le {born.strftime('%d/%m/%Y')} à "
        f"{c.pick(TOWNS)}\nN° de sécurité sociale : {nir_shown(c)}\n"
        f"Emploi chez l'employeur : {c.pick(GRADES)}\n"
        f"Centre d'affectation : CIS de {c.commune}\n"
        f"Article 2 : l'employeur autorise {c.rng.randint(5, 10)} jours d'absence par an pour "
        "la formation et les départs en intervention sur le temps de travail.\n"
        "Article 3 : la rémunération est maintenue pendant les absences."
    )


LITIGATION_HEALTH = (
    "refusant de reconnaître l'imputabilité au service de son syndrome anxio-dépressif",
    "refusant de reconnaître comme maladie professionnelle sa tendinite de l'épaule droite",
    "la plaçant en disponibilité d'office à l'issue de ses droits à congé de maladie",
    "refusant de reconnaître l'imputabilité au service de son épuisement professionnel (burn-out)",
    "refusant la prise en charge de sa lombosciatique au titre de l'accident de service",
)


def litigation_defence_decision(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year)}\n"
        "Action en justice — défense des intérêts de la commune\n\n"
        f"Le Maire de {c.commune},\nVu l'article L. 2122-22-16° du code général des "
        "collectivités territoriales et la délégation du conseil municipal ;\n"
        f"Vu la requête n° {day.year % 100}0{c.rng.randint(1000, 9999)} enregistrée au greffe "
        f"du tribunal administratif de {c.pick(('Toulouse', 'Bordeaux', 'Nantes', 'Dijon'))}, "
        f"présentée par {name}, agent communal, tendant à l'annulation de l'arrêté "
        f"{c.pick(LITIGATION_HEALTH)} ;\nDÉCIDE\n"
        "Article 1 : la commune défendra dans cette instance.\n"
        f"Article 2 : {lawyer(c)}, avocat(e), est désigné(e) pour la représenter.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


COLLECTOR_INJURIES = (
    "s'est fracturé le calcanéum droit en sautant du marchepied arrière de la benne",
    "s'est rompu le tendon d'Achille en courant derrière le camion",
    "s'est piqué avec une seringue abandonnée dans un sac ; il a été pris en charge aux "
    "urgences et suit un traitement post-exposition d'un mois",
    "a ressenti un blocage lombaire (lumbago aigu) en soulevant un bac de 660 litres",
)


def f3sct_minutes_collector(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    return "pv_seance", (
        f"{interco(c)}\n"
        "PROCÈS-VERBAL — Formation spécialisée en santé, sécurité et conditions de travail\n"
        f"Séance du {c.write_date(day)}\n"
        "Présents : le président, 4 représentants du personnel, le conseiller de prévention, "
        "le médecin du travail.\n"
        f"Point 2 — Analyse de l'accident de service de {name}, ripeur : le "
        f"{c.write_date(before(c, day, 15, 90))}, l'agent {c.pick(COLLECTOR_INJURIES)}. "
        f"Arrêt de travail de {c.rng.randint(8, 120)} jours.\n"
        "L'arbre des causes met en évidence une tournée en marche arrière et un horaire "
        "trop serré. Avis favorable unanime au rééquilibrage des tournées."
    )


PRE_CONCERNS = (
    "ses troubles du langage (le suivi orthophonique a été interrompu faute de place)",
    "l'épilepsie de votre fille et ses absences répétées en classe",
    "son surpoids et le suivi proposé par la diététicienne du programme",
    "les troubles du sommeil et l'anxiété signalés par l'infirmière scolaire",
    "sa dyslexie et le bilan neuropsychologique demandé par l'école",
)


def reussite_educative_convocation(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    first, last = kid(c)
    day = c.date(2022, 2025)
    return "convocation", (
        f"PROGRAMME DE RÉUSSITE ÉDUCATIVE — VILLE DE {c.commune.upper()}\n"
        f"{civility}\n{c.address()}\n\nObjet : proposition de rendez-vous\n\n"
        f"Madame, Monsieur,\nÀ la suite de l'orientation de {first} {last.title()} par "
        f"{c.pick(('son enseignante', 'l’infirmière scolaire', 'le CMP'))}, la référente de "
        f"parcours vous propose un rendez-vous le {c.write_date(after(c, day, 5, 20))} à "
        f"{hour(c)}, au centre social, pour évoquer avec vous {c.pick(PRE_CONCERNS)}.\n"
        "Ce rendez-vous est confidentiel et sans frais.\n"
        f"La coordinatrice du PRE — {phone(c)}"
    )


SHUTTER_REASONS = (
    "Atteinte d'une polyarthrite rhumatoïde, je ne peux plus ouvrir ni fermer les volets battants",
    "Depuis mon AVC, je n'ai plus l'usage de mon bras droit",
    "Mon mari, atteint de la maladie de Parkinson, a déjà chuté en se penchant à la fenêtre "
    "pour fermer les volets",
    "Je me déplace en fauteuil roulant et n'atteins pas les arrêts de volets",
)


def dp_shutters_health(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    year = c.rng.randint(2022, 2025)
    return "declaration_prealable", (
        f"DÉCLARATION PRÉALABLE {c.permit_number('DP', year)}\n"
        "Notice descriptive jointe au dossier (pièce DP11)\n"
        f"Demandeur : {civility}\nTerrain : {c.address()}, {c.commune} — parcelle {parcel(c)}\n"
        "Travaux : remplacement de six volets battants en bois par des volets roulants "
        "motorisés, coffres intérieurs invisibles depuis la rue, teinte gris RAL 7044.\n"
        f"Justification : {c.pick(SHUTTER_REASONS)}. Je sais que le règlement de la zone UA "
        "demande des volets battants et sollicite une adaptation mineure.\n"
        f"Le {c.write_date(c.date(year, year))}, {name}"
    )


CU_PERSONS = (
    "notre fils Thomas, atteint d'un handicap psychique (schizophrénie stabilisée)",
    "ma mère, chez qui une maladie d'Alzheimer a été diagnostiquée l'an dernier",
    "notre fille, infirme moteur cérébrale, qui travaille à l'ESAT de {town}",
    "notre fils, autiste asperger, qui souhaite vivre seul mais près de nous",
)


def cu_relative_annex(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    year = c.rng.randint(2022, 2025)
    person = c.pick(CU_PERSONS).format(town=c.pick(TOWNS))
    return "certificat_urbanisme", (
        f"DEMANDE DE CERTIFICAT D'URBANISME OPÉRATIONNEL — {c.permit_number('CU', year)}\n"
        "Note descriptive succincte du projet\n"
        f"Demandeur : {civility}\nTerrain : lieu-dit {c.pick(('Les Granges', 'Le Pech'))}, "
        f"parcelle {parcel(c)}, {c.rng.randint(1200, 4000)} m²\n"
        f"Projet : construction au fond de notre terrain d'un logement de plain-pied de "
        f"{c.rng.randint(35, 60)} m² pour {person}, afin qu'il/elle soit autonome tout en "
        "restant près de nous. Raccordement sur notre réseau d'eau et d'assainissement.\n"
        f"{name}"
    )


PC_ACCIDENTS = (
    "Mon mari a été victime d'une chute de toit en mars : lésion de la moelle épinière, il "
    "est désormais paraplégique",
    "Mon épouse a été amputée de la jambe gauche (complication de son diabète) et se déplace "
    "en fauteuil",
    "On m'a diagnostiqué une sclérose latérale amyotrophique et je serai bientôt en fauteuil",
)


def pc_modification_health(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    year = c.rng.randint(2022, 2025)
    return "permis_construire", (
        f"DEMANDE DE PERMIS DE CONSTRUIRE MODIFICATIF\n"
        f"Permis initial : {c.permit_number('PC', year - 1)}\n"
        f"Pétitionnaire : {civility}\nAdresse des travaux : {c.address()}, {c.commune}\n"
        "Pièce PC4 — notice : objet de la modification\n"
        f"{c.pick(PC_ACCIDENTS)}. Nous modifions le projet en cours : suppression de l'étage, "
        "chambre et salle d'eau au rez-de-chaussée, portes de 93 cm, rampe d'accès de 5 % "
        "depuis le garage.\nL'emprise au sol passe de 112 à 138 m².\n"
        f"Fait le {c.write_date(c.date(year, year))} — {name}"
    )


APA_PROGRAMMES = (
    "après un cancer du sein",
    "diabète de type 2",
    "obésité (IMC 38)",
    "lombalgie chronique",
    "réadaptation après infarctus",
)


def sport_prescription_invoice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    sessions = c.rng.randint(8, 16)
    price = c.amount(6, 12)
    year = c.rng.randint(2022, 2025)
    return "facture", (
        f"{c.pick(('CENTRE AQUATIQUE INTERCOMMUNAL', 'MAISON SPORT-SANTÉ MUNICIPALE'))}\n"
        f"FACTURE N° SSO-{year}-{c.rng.randint(1, 400):04d}\n"
        f"Usager : {civility}\n{c.address()}, {c.commune}\n"
        "Désignation : programme Sport sur ordonnance — activité physique adaptée "
        f"({c.pick(APA_PROGRAMMES)}), prescrit par le Dr {c.pick(('Lasserre', 'Morin'))}\n"
        f"{sessions} séances x {c.money(price)} = {c.money(price * sessions)}\n"
        "Document à transmettre à votre mutuelle pour remboursement éventuel.\n"
        "Paiement : régie de recettes, chèque à l'ordre du Trésor public"
    )


GRAB_BAR_REASONS = (
    "suite à son AVC (hémiplégie droite)",
    "atteint(e) de la maladie de Parkinson, avec des chutes répétées dans la baignoire",
    "sur préconisation de l'ergothérapeute après son opération du genou",
    "malvoyant(e) depuis un glaucome et qui ne repère plus le rebord de la baignoire",
)


def grab_bar_order(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    year = c.rng.randint(2022, 2025)
    return "bon_de_commande", (
        f"MAIRIE DE {c.commune.upper()}\nBON DE COMMANDE N° {year}-{c.rng.randint(1, 600):04d}"
        f"\nFournisseur : {c.pick(('EURL Plomberie Faure', 'SARL Durand Bâtiment'))}\n"
        f"Objet : adaptation de la salle de bains du logement communal {c.address()}, occupé "
        f"par {name}, {c.pick(GRAB_BAR_REASONS)}\n"
        "Désignation | Qté | Montant HT\n"
        f"Remplacement baignoire par douche de plain-pied | 1 | {c.money(c.amount(1800, 4200))}"
        f"\nBarre d'appui coudée inox | 2 | {c.money(c.amount(90, 180))}\n"
        f"Siège de douche rabattable | 1 | {c.money(c.amount(120, 260))}\n"
        "Imputation : 615221 — Le Maire"
    )


CHILD_CONDITIONS = (
    "d'une amyotrophie spinale",
    "d'une myopathie de Duchenne",
    "d'une paralysie cérébrale",
    "d'un spina bifida",
)


def vehicle_adaptation_deliberation(c: Ctx) -> tuple[str, str]:
    first, _ = kid(c)
    family = c.pick(LAST_NAMES)
    cost = c.amount(9000, 24000)
    year = c.rng.randint(2022, 2025)
    return "deliberation", (
        f"CONSEIL MUNICIPAL DE {c.commune.upper()} — séance du "
        f"{c.write_date(c.date(year, year))}\n"
        f"Délibération n° {c.act_number(year)}\n"
        f"Objet : aide exceptionnelle à la famille {family}\n"
        f"Madame l'adjointe aux solidarités expose que l'enfant {first}, "
        f"{c.rng.randint(6, 15)} ans, atteint {c.pick(CHILD_CONDITIONS)}, se déplace "
        "désormais en fauteuil électrique. L'aménagement du véhicule familial (rampe, "
        f"ancrages) coûte {c.money(cost)} ; après la PCH, il reste à la charge de la famille "
        f"{c.money(c.amount(1500, 4000))}.\n"
        "Le conseil municipal, après en avoir délibéré, accorde une aide de 1 000 € à la "
        "famille. Adopté à l'unanimité."
    )


YOUTH_EVENTS = (
    "crise d'asthme sévère pendant la sortie accrobranche ; la Ventoline n'a pas suffi, "
    "pompiers appelés, transporté(e) aux urgences",
    "s'est confié(e) à l'animatrice : se scarifie les avant-bras et dit ne presque plus "
    "manger ; infirmière scolaire et Maison des adolescents contactées",
    "entorse grave du genou au skate-park, radio aux urgences, béquilles trois semaines",
    "arrivé(e) alcoolisé(e) à la soirée (vodka), vomissements ; sa mère est venue le/la chercher",
    "malaise au tournoi de futsal ; sa mère nous apprend qu'il/elle est suivi(e) pour une "
    "anémie sévère",
)


def youth_club_incident(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    _, leader = c.person()
    day = c.date(2022, 2025)
    return "courrier", (
        f"ESPACE JEUNES DE {c.commune.upper()} — FICHE D'INCIDENT\n"
        f"Date : {c.write_date(day)}   Heure : {hour(c)}\nAnimateur : {leader}\n"
        f"Jeune concerné : {first} {last}, {c.rng.randint(12, 17)} ans\n"
        f"Description : {c.pick(YOUTH_EVENTS)}.\n"
        "Suite donnée : responsables légaux prévenus ; information à la coordinatrice "
        "jeunesse.\nSignature de l'animateur :"
    )


SENSITIVE_8 = (
    market_stall_withdrawal,
    coffin_sealing_arrete,
    sport_pass_refund,
    election_envelope_sheet,
    lawyer_prior_claim,
    seniors_trip_form,
    spanc_visit_postpone,
    incontinence_bin_request,
    taxi_licence_decision,
    ati_request_letter,
    echelon_arrete_nir,
    music_teacher_sheet,
    theatre_subscription_refund,
    gite_cancellation_pregnancy,
    flood_evacuation_list,
    snow_clearing_priority,
    athlete_grant_request,
    pesticide_complaint,
    allotment_raised_bed,
    concession_anticipated,
    multisport_school_form,
    alcohol_test_convocation,
    facade_grant_payment,
    communal_rent_deposit_refund,
    waste_grant_form,
    death_capital_request,
    spv_availability_agreement,
    litigation_defence_decision,
    f3sct_minutes_collector,
    reussite_educative_convocation,
    dp_shutters_health,
    cu_relative_annex,
    pc_modification_health,
    sport_prescription_invoice,
    grab_bar_order,
    vehicle_adaptation_deliberation,
    youth_club_incident,
)


# --- ordinary documents that look like them ------------------------------------------------

STALL_PLAIN = (
    "Je pars à la retraite au 31 décembre et mon fils ne reprend pas le stand.",
    "Je déballe désormais le même jour au marché de {town}, plus proche de mon exploitation.",
    "Je prends mes congés annuels du {day} pour trois semaines, comme chaque été.",
    "J'ai changé de camion-magasin : il fait maintenant 8 mètres et ne rentre plus à "
    "l'emplacement actuel.",
)


def market_stall_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    reason = c.pick(STALL_PLAIN).format(town=c.pick(TOWNS), day=c.write_date(day))
    return "courrier", (
        f"{civility}\n{c.pick(STALL_TRADES)} — abonné(e) au marché du "
        f"{c.pick(('mardi', 'samedi'))}\n{c.address()}\n{c.commune}, le {c.write_date(day)}\n\n"
        f"Objet : mon emplacement n° {c.rng.randint(1, 60)}\n\n"
        f"{c.pick(('Monsieur le Maire,', 'Madame la Maire,', 'Monsieur le placier,'))}\n"
        f"{reason}\nJe vous demande de bien vouloir en tenir compte pour la facturation des "
        "droits de place et, le cas échéant, de me proposer un autre emplacement.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


def funeral_transport_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2021, 2025)
    death = before(c, day, 0, 2)
    dest = c.pick(TOWNS)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'OF-')}\n"
        "portant autorisation de transport de corps après mise en bière\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général des collectivités territoriales, notamment ses articles R. 2213-21 "
        "et suivants ;\n"
        f"Vu la demande de {c.pick(FUNERAL_HOMES)}, agissant pour le compte de la famille ;\n"
        f"Vu l'acte de décès dressé le {c.write_date(day)} ;\nARRÊTE\n"
        f"Article 1 : le transport du corps de {civility}, décédé(e) à {c.commune} le "
        f"{c.write_date(death)}, est autorisé vers la commune de {dest} pour inhumation dans "
        "le caveau de famille.\n"
        "Article 2 : le cercueil sera muni d'une plaque d'identité.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


SPORT_PLAIN = (
    "je suis muté(e) à {town} pour mon travail à compter du mois prochain",
    "le bassin a été fermé sept semaines pour la vidange et les travaux de toiture",
    "je pars six mois à l'étranger pour mes études (Erasmus)",
    "mes horaires de travail ont changé et je ne peux plus venir aux créneaux du soir",
)


def sport_pass_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    place, product = c.rng.choice(SPORT_PLACES)
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"À l'attention du service des sports — {place}\n"
        f"Objet : {product} n° {c.rng.randint(100, 9999)}\n\n"
        f"Madame, Monsieur,\nJ'ai réglé le {c.write_date(before(c, day, 40, 200))} un(e) "
        f"{product} de {c.money(c.amount(90, 420))}. Or "
        f"{c.pick(SPORT_PLAIN).format(town=c.pick(TOWNS))}.\n"
        "Je vous demande la prolongation de mon accès ou le remboursement au prorata.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


def election_staff_convocation(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2026)
    return "convocation", (
        f"Mairie de {c.commune}\n{c.pick(ELECTIONS)}\n"
        f"{civility}\n{c.address()}\n\n"
        "Objet : mise sous pli de la propagande électorale\n\n"
        f"Madame, Monsieur,\nVous avez accepté de participer à la mise sous pli. Vous êtes "
        f"convoqué(e) le {c.write_date(day)} à {hour(c)} à la salle polyvalente.\n"
        "Merci d'apporter : une pièce d'identité, votre carte Vitale ou une attestation de "
        "droits, un RIB à votre nom.\n"
        f"Rémunération : 0,{c.rng.randint(10, 40)} € par pli, selon le barème préfectoral.\n"
        "Le secrétariat des élections"
    )


MATERIAL_DAMAGE = (
    "son véhicule a heurté un nid-de-poule non signalé : pneumatique éclaté, jante voilée, "
    "parallélisme à refaire",
    "une branche du platane communal est tombée sur sa voiture en stationnement : pare-brise "
    "et capot enfoncés",
    "le débordement du réseau pluvial a inondé sa cave : chaudière et congélateur hors d'usage",
    "la tondeuse du prestataire de la commune a projeté un caillou dans sa baie vitrée",
)


def lawyer_claim_plain(c: Ctx) -> tuple[str, str]:
    _, client = c.person()
    day = c.date(2022, 2025)
    return "courrier", (
        f"SELARL {c.pick(('Védrine & Associés', 'Castaing Avocats', 'Obadia-Lenoir'))}\n"
        f"Avocats au barreau de {c.pick(TOWNS)}\n"
        f"Monsieur le Maire de {c.commune}\nLettre recommandée avec AR\n\n"
        f"Objet : demande indemnitaire préalable — {client} c/ commune de {c.commune}\n\n"
        f"Monsieur le Maire,\nJe suis le conseil de {client}. Le "
        f"{c.write_date(before(c, day, 20, 200))}, {c.pick(MATERIAL_DAMAGE)}.\n"
        f"Le préjudice matériel s'élève à {c.money(c.amount(600, 9000))} selon le devis "
        "joint. Je vous remercie de transmettre ce dossier à votre assureur.\n"
        "À défaut de réponse sous deux mois, le tribunal administratif sera saisi.\n"
        f"{lawyer(c)}"
    )


def seniors_trip_programme(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    where = c.pick(("le Puy du Fou", "la côte basque", "Annecy et son lac", "le Futuroscope"))
    return "courrier", (
        f"CCAS de {c.commune} — VOYAGE DES AÎNÉS {year}\n{where.upper()} — 3 jours / 2 nuits\n"
        f"Jour 1 : départ à 6 h 30 place de la mairie, déjeuner en route, visite guidée.\n"
        "Jour 2 : journée libre ou excursion en bateau.\nJour 3 : retour vers 20 h.\n"
        f"Prix : {c.money(c.amount(280, 420))} par personne, dont 40 % pris en charge par le "
        "CCAS pour les plus de 70 ans.\n"
        "Le car est équipé d'un élévateur : signalez à l'inscription si vous avez besoin d'un "
        "fauteuil. Pensez à emporter vos médicaments, votre carte Vitale et votre carte de "
        "mutuelle.\nInscriptions à l'accueil de la mairie jusqu'au 15 mars."
    )


def nitrate_notice(c: Ctx) -> tuple[str, str]:
    rate = c.rng.randint(51, 68)
    day = c.date(2022, 2025)
    return "courrier", (
        f"{interco(c)} — Service de l'eau potable\n"
        f"INFORMATION DES ABONNÉS — {c.commune}\n\n"
        f"Les analyses du contrôle sanitaire réalisées par l'ARS le {c.write_date(day)} "
        f"montrent une teneur en nitrates de {rate} mg/l, au-dessus de la limite de qualité "
        "(50 mg/l).\n"
        "Par précaution, l'eau du robinet ne doit pas être utilisée pour la préparation des "
        "biberons ni consommée par les femmes enceintes et les nourrissons. Elle reste "
        "utilisable pour les autres usages.\n"
        "Des bouteilles sont distribuées aux familles concernées à la mairie. Un nouveau "
        "prélèvement est programmé dans quinze jours.\nLe Président"
    )


def spanc_notice_plain(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "courrier", (
        f"{interco(c)}\nService public d'assainissement non collectif (SPANC)\n\n"
        f"{civility}\n{c.address()}, {c.commune}\n\n"
        "Objet : avis de passage — contrôle périodique de bon fonctionnement\n"
        f"Réf. dossier : ANC-{c.rng.randint(100, 9999)}\n\n"
        f"Madame, Monsieur,\nNotre technicien passera le {c.write_date(day)} entre "
        f"{hour(c)} et midi. Merci de dégager les regards de la fosse toutes eaux et du "
        "bac dégraisseur.\nSi cette date ne vous convient pas, appelez-nous au "
        f"{phone(c)}.\nLa redevance de contrôle ({c.money(c.amount(90, 160))}) sera portée "
        "sur votre prochaine facture d'eau."
    )


BIN_PLAIN = (
    "nous sommes sept à la maison, dont des jumeaux de dix mois encore en couches",
    "je suis assistante maternelle agréée et j'accueille quatre enfants en journée",
    "nous avons ouvert des chambres d'hôtes et le bac de 120 litres ne suffit plus",
    "nous avons récupéré la maison de mes beaux-parents et sommes passés de deux à cinq",
)


def bin_request_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"{interco(c)} — service gestion des déchets\n"
        "Objet : demande de changement de bac\n"
        f"N° de bac : {c.pick(('OM', 'B'))}{c.rng.randint(10000, 99999)}\n\n"
        f"Madame, Monsieur,\n{c.pick(BIN_PLAIN).capitalize()}. Je souhaiterais passer à un "
        "bac de 240 litres et connaître l'incidence sur la redevance.\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


def taxi_licence_plain(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2021, 2025)
    return "decision_maire", (
        f"DÉCISION DU MAIRE N° {c.act_number(day.year)}\n"
        "Attribution d'une autorisation de stationnement de taxi\n\n"
        f"Le Maire de {c.commune},\nVu le code des transports, notamment ses articles "
        "L. 3121-1 et suivants ;\n"
        f"Vu la liste d'attente tenue en mairie, sur laquelle {civility} figure en premier "
        f"rang depuis le {c.write_date(before(c, day, 300, 1500))} ;\n"
        "Vu la carte professionnelle et l'attestation d'assurance produites ;\nDÉCIDE\n"
        f"Article 1 : l'autorisation de stationnement n° {c.rng.randint(1, 9)} est attribuée "
        f"à {civility} pour une durée de cinq ans, station place de la Gare.\n"
        "Article 2 : elle est incessible ; son titulaire doit l'exploiter effectivement et de "
        "façon continue.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def ati_circular(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "courrier", (
        f"Centre de gestion de la fonction publique territoriale — note aux employeurs\n"
        f"Diffusion : maires et présidents d'EPCI — {month_name(c.date(year, year))}\n\n"
        "Objet : allocation temporaire d'invalidité (ATI) — rappel de la procédure\n\n"
        "L'ATI peut être accordée au fonctionnaire atteint d'une invalidité permanente d'au "
        "moins 10 % résultant d'un accident de service, ou d'une maladie professionnelle.\n"
        "La demande doit être présentée dans l'année qui suit la date de consolidation. Le "
        "taux est fixé par le médecin agréé puis examiné par le conseil médical.\n"
        "Le dossier est transmis à la Caisse des dépôts par la plateforme PEP's. Notre "
        f"service conseil reste à votre disposition au {phone(c)}."
    )


def echelon_arrete_plain(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2021, 2025)
    step = c.rng.randint(2, 11)
    index = c.rng.randint(368, 520)
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ N° {c.act_number(day.year, 'RH-')}\n"
        "portant avancement d'échelon\n\n"
        "Le Maire,\nVu le code général de la fonction publique ;\n"
        "Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières des "
        "fonctionnaires de catégorie C ;\n"
        f"Considérant que {name}, {c.pick(GRADES)}, matricule {c.rng.randint(100, 9999):05d}, "
        "remplit les conditions d'ancienneté requises ;\nARRÊTE\n"
        f"Article 1 : à compter du {c.write_date(day)}, {name} est classé(e) au {step}e échelon"
        f" de son grade, IB {index + c.rng.randint(20, 60)}, IM {index}.\n"
        f"Article 2 : ancienneté conservée : {c.rng.randint(0, 11)} mois.\n"
        "Notifié à l'agent, qui peut former un recours devant le tribunal administratif dans "
        "un délai de deux mois."
    )


def music_association_invoice(c: Ctx) -> tuple[str, str]:
    hours = c.rng.randint(10, 40)
    rate = c.amount(38, 60)
    year = c.rng.randint(2022, 2025)
    return "facture", (
        f"ASSOCIATION {c.pick(('MUSIQUE EN VALLÉE', 'LES CORDES VAGABONDES', 'JAZZ À LA FERME'))}"
        f"\nLoi 1901 — SIRET {siret(c)}\n"
        f"FACTURE N° {year}-{c.rng.randint(1, 90):03d}\n"
        f"Client : Mairie de {c.commune} — école municipale de musique\n"
        f"Interventions en milieu scolaire ({c.pick(INSTRUMENTS)}), {hours} h x "
        f"{c.money(rate)} = {c.money(rate * hours)}\n"
        "TVA non applicable, article 261-7-1° du CGI\n"
        f"Règlement par virement sur le compte de l'association : IBAN {company_iban(c)} — "
        f"BIC {c.pick(BICS)}"
    )


def theatre_season_notice(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    opening = dt.date(year, c.pick((9, 10)), c.rng.randint(1, 28))
    return "courrier", (
        f"THÉÂTRE MUNICIPAL DE {c.commune.upper()} — SAISON {year}-{year + 1}\n"
        "Communiqué de presse\n\n"
        f"La saison s'ouvre le {c.write_date(opening)} avec « Le Père » de Florian "
        "Zeller, une pièce sur la maladie d'Alzheimer, suivie d'une rencontre avec "
        "l'association France Alzheimer.\n"
        "Accessibilité : boucle magnétique pour les personnes malentendantes, deux spectacles "
        "en audiodescription, places réservées aux personnes en fauteuil.\n"
        "Avertissement : « Lumière noire » comporte des effets stroboscopiques.\n"
        f"Abonnement 5 spectacles : {c.money(c.amount(55, 95))}. Billetterie : {phone(c)}"
    )


GITE_PLAIN = (
    "la route d'accès à notre village est coupée par un éboulement depuis lundi",
    "mon employeur a annulé mes congés à la dernière minute",
    "notre voiture est tombée en panne et la réparation prendra trois semaines",
    "nos amis avec qui nous devions partager le gîte se sont désistés",
)


def gite_cancellation_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    stay = after(c, day, 20, 90)
    place = c.pick(("gîte communal « La Bergerie »", "camping municipal", "chalet du lac"))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"Mairie de {c.commune} — {place}\n"
        f"Objet : annulation de la réservation du {c.write_date(stay)}\n\n"
        f"Madame, Monsieur,\nNous avions versé un acompte de {c.money(c.amount(80, 450))}. "
        f"Malheureusement {c.pick(GITE_PLAIN)}.\n"
        "Je sais que vos conditions prévoient une retenue de 25 % ; pourriez-vous nous "
        "rembourser le solde par chèque ou reporter la location à l'automne ?\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


def flood_plan_sheet(c: Ctx) -> tuple[str, str]:
    _, elu = c.person()
    return "courrier", (
        f"PLAN COMMUNAL DE SAUVEGARDE DE {c.commune.upper()}\n"
        f"Fiche action n° {c.rng.randint(3, 9)} — ÉVACUATION (crue)\n"
        f"Responsable : {elu}, adjoint(e) — suppléant : le DGS\n"
        "1. Déclenchement sur alerte orange de Vigicrues ou à la demande du préfet.\n"
        f"2. Point de rassemblement : gymnase ({c.rng.randint(80, 200)} lits de camp), "
        "couvertures et repas fournis par le CCAS.\n"
        "3. Les personnes vulnérables inscrites au registre nominatif sont appelées par le "
        "CCAS (liste tenue à part, non diffusée).\n"
        "4. L'EHPAD applique son propre plan bleu.\n"
        "5. Transport : car scolaire et véhicules des services techniques."
    )


def snow_plan_arrete(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(year)}\nrelatif au service hivernal {year}-{year + 1}\n\n"
        f"Le Maire de {c.commune},\nVu le code général des collectivités territoriales, "
        "notamment l'article L. 2212-2 ;\nARRÊTE\n"
        "Article 1 : circuit prioritaire (P1) : accès au centre de secours, à la maison de "
        "santé, à l'EHPAD, aux pharmacies et aux écoles.\n"
        "Article 2 : circuit P2 : circuits de ramassage scolaire et voies de desserte.\n"
        "Article 3 : les riverains dégagent la neige et le verglas du trottoir devant leur "
        "habitation.\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(year, year))}"
    )


RESULTS = (
    "champion(ne) régional(e)",
    "finaliste des championnats de France",
    "vainqueur de la Coupe de France",
    "sélectionné(e) en équipe de France juniors",
)


def athlete_grants_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    sports = ("judo", "canoë-kayak", "athlétisme", "tennis de table", "BMX", "escrime")
    lines = []
    for _ in range(c.rng.randint(3, 5)):
        _, name = c.person()
        lines.append(
            f"- {name} ({c.pick(sports)}, {c.pick(RESULTS)}) : {c.pick(('300', '400', '500'))} €"
        )
    return "deliberation", (
        f"Délibération n° {c.act_number(year)}\nObjet : aide aux sportifs de haut niveau "
        f"{year}\nLe conseil municipal, sur proposition de la commission des sports, "
        "attribue les bourses suivantes :\n" + "\n".join(lines) + "\n"
        "Les crédits sont inscrits à l'article 6574. Adopté à l'unanimité."
    )


def pesticide_charter_letter(c: Ctx) -> tuple[str, str]:
    return "courrier", (
        f"Chambre d'agriculture — Préfecture\nÀ Mesdames et Messieurs les maires\n\n"
        "Objet : charte départementale d'engagement des utilisateurs de produits "
        "phytopharmaceutiques\n\n"
        "La charte approuvée par le préfet fixe les distances de sécurité à proximité des "
        "habitations : 5 m pour les cultures basses, 10 m pour la vigne et l'arboriculture, "
        "20 m pour les produits les plus préoccupants.\n"
        "Les lieux accueillant des personnes vulnérables (écoles, établissements de santé, "
        "EHPAD) font l'objet de mesures renforcées.\n"
        "Merci d'afficher la charte en mairie et d'orienter les riverains vers le comité de "
        f"suivi ({phone(c)})."
    )


def allotment_attribution(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    gardens = c.pick(("jardins familiaux des Prés", "jardins partagés du Moulin"))
    return "courrier", (
        f"Mairie de {c.commune} — service espaces verts\n{civility}\n{c.address()}\n\n"
        f"Objet : attribution d'une parcelle aux {gardens}\n\n"
        f"Madame, Monsieur,\nLa parcelle n° {c.rng.randint(1, 40)} "
        f"({c.pick(('50', '80', '100'))} m²) vous est attribuée à compter du 1er mars.\n"
        f"Cotisation annuelle : {c.money(c.amount(20, 60))}. Les outils sont rangés dans "
        "l'abri commun ; deux parcelles en bacs surélevés sont réservées aux jardiniers à "
        "mobilité réduite. Les traitements chimiques sont interdits.\n"
        "Le service espaces verts"
    )


def concession_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\nService des cimetières\n"
        "Objet : achat d'une concession\n\n"
        f"{c.pick(('Monsieur le Maire,', 'Madame la Maire,'))}\n"
        f"À {c.rng.randint(62, 80)} ans, et comme l'avaient fait mes parents, je souhaite "
        f"acquérir une concession {c.pick(('trentenaire', 'cinquantenaire'))} au cimetière "
        f"{c.pick(('communal', 'du Vieux Bourg', 'paysager'))}, pour mon épouse et moi. "
        "Pourriez-vous m'indiquer les tarifs et les emplacements encore disponibles ?\n"
        f"{c.pick(CLOSINGS)}\n{name}"
    )


def multisport_form_plain(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    year = c.rng.randint(2022, 2025)
    civility, _ = c.person()
    nothing = c.pick(("néant", "RAS", "aucun", "☐ oui  ☒ non"))
    return "periscolaire_inscription", (
        f"ÉCOLE MUNICIPALE DES SPORTS — {c.commune.upper()}\n"
        f"Saison {year}/{year + 1} — mercredi {c.pick(('matin', 'après-midi'))}\n"
        f"Enfant : {last} {first}   Classe : {c.pick(('CP', 'CE1', 'CE2', 'CM1', 'CM2'))} — "
        f"{c.pick(SCHOOLS)}\n"
        f"Cycles choisis : {c.pick(('judo / athlétisme', 'handball / escalade', 'natation'))}\n"
        "Questionnaire de santé : ☒ j'atteste avoir répondu NON à toutes les questions\n"
        f"Renseignements médicaux / allergies : {nothing}\n"
        f"Responsable légal : {civility} — {phone(c)}\n"
        f"Fait le {c.write_date(c.date(year, year))}  Signature :"
    )


def cst_convocation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "convocation", (
        f"Commune de {c.commune}\nCOMITÉ SOCIAL TERRITORIAL\n\n"
        f"Les membres du comité sont convoqués le {c.write_date(day)} à {hour(c)}, salle du "
        "conseil.\nOrdre du jour :\n"
        "1. Approbation du procès-verbal de la séance précédente\n"
        "2. Règlement intérieur : prévention des conduites addictives (alcool, stupéfiants), "
        "dépistage par éthylotest pour les postes de conduite\n"
        "3. Rapport social unique : absentéisme et accidents de service\n"
        "4. Plan de prévention des risques psychosociaux\n"
        "Le Maire, président du comité"
    )


def facade_grants_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    lines = []
    for _ in range(c.rng.randint(3, 5)):
        _, name = c.person()
        lines.append(f"- {name}, {c.address()} : {c.money(c.amount(800, 5000))}")
    return "deliberation", (
        f"Délibération n° {c.act_number(year)}\nObjet : opération façades {year} — "
        "attribution des subventions\n"
        "Vu l'avis de la commission urbanisme et de l'architecte des Bâtiments de France,\n"
        "Le conseil municipal attribue les aides suivantes aux propriétaires :\n"
        + "\n".join(lines)
        + "\nLe versement interviendra sur présentation de la facture acquittée et d'un RIB.\n"
        "Adopté à l'unanimité."
    )


def commercial_deposit_refund(c: Ctx) -> tuple[str, str]:
    day = c.date(2021, 2025)
    shop = c.pick(("SARL Boulangerie du Centre", "SAS Le Comptoir de Lise", "EURL Coiff'Style"))
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year)}\n"
        "Restitution du dépôt de garantie — local commercial communal\n\n"
        f"Le Maire de {c.commune},\nVu le bail commercial conclu avec la {shop} ;\n"
        f"Vu l'état des lieux de sortie du {c.write_date(before(c, day, 5, 30))} ;\nDÉCIDE\n"
        f"Article 1 : la somme de {c.money(c.amount(900, 3000))} est restituée à la {shop}, "
        f"SIRET {siret(c)}.\n"
        f"Article 2 : virement sur le compte professionnel de la société : {company_iban(c)}."
        "\nArticle 3 : la dépense est imputée au compte 165."
    )


def waste_grant_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    title, item, cap = c.rng.choice(WASTE_GRANTS)
    return "deliberation", (
        f"{interco(c)}\nCONSEIL COMMUNAUTAIRE — Délibération n° {c.act_number(year)}\n"
        f"Objet : {title.capitalize()}\n"
        "Dans le cadre du programme local de prévention des déchets, le président propose "
        f"d'aider les ménages pour l'achat d'un {item}, à hauteur de 50 % plafonnés à "
        f"{cap} €.\nConditions : résider sur le territoire ; dossier comprenant la facture, "
        "un justificatif de domicile et le RIB du demandeur.\n"
        f"Enveloppe annuelle : {c.money(c.amount(3000, 15000))}.\n"
        "Le conseil, après en avoir délibéré, adopte ces propositions."
    )


def death_capital_reply(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    return "courrier", (
        f"Mairie de {c.commune} — service des ressources humaines\n{civility}\n"
        f"{c.address()}\n\nObjet : capital décès\n\n"
        "Madame, Monsieur,\nNous vous renouvelons nos sincères condoléances. Pour le "
        "versement du capital décès, merci de nous transmettre :\n"
        "- l'acte de décès et le livret de famille ;\n"
        "- le numéro de sécurité sociale de l'agent ;\n"
        "- un relevé d'identité bancaire au nom de chaque bénéficiaire.\n"
        f"Notre gestionnaire, joignable au {phone(c)}, se tient à votre disposition.\n"
        "Le service des ressources humaines"
    )


def spv_agreement_plain(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    dept = c.pick(("31", "47", "49", "22", "21", "33"))
    return "courrier", (
        f"SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS ({dept})\n"
        "CONVENTION RELATIVE À LA DISPONIBILITÉ D'UN SAPEUR-POMPIER VOLONTAIRE\n"
        f"Entre le SDIS et la commune de {c.commune}, employeur,\n"
        f"Sapeur-pompier volontaire : {name}, matricule SDIS {c.rng.randint(1000, 99999)}\n"
        f"Grade : {c.pick(('sapeur', 'caporal', 'sergent'))} — centre de {c.commune}\n"
        f"Article 2 : l'employeur autorise {c.rng.randint(5, 10)} jours d'absence par an pour "
        "la formation et les départs en intervention.\n"
        "Article 3 : la rémunération est maintenue ; la commune peut être subrogée dans le "
        "versement des indemnités horaires."
    )


LITIGATION_PLAIN = (
    "refusant le permis de construire d'une maison individuelle",
    "approuvant la modification n° 2 du plan local d'urbanisme",
    "lui infligeant des pénalités de retard dans le marché de réfection de la toiture de l'église",
    "refusant l'autorisation d'installer une terrasse sur le domaine public",
)


def litigation_decision_plain(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year)}\n"
        "Action en justice — défense des intérêts de la commune\n\n"
        f"Le Maire de {c.commune},\nVu l'article L. 2122-22-16° du code général des "
        "collectivités territoriales et la délégation du conseil municipal ;\n"
        f"Vu la requête n° {day.year % 100}0{c.rng.randint(1000, 9999)} enregistrée au greffe "
        f"du tribunal administratif de {c.pick(('Toulouse', 'Bordeaux', 'Nantes', 'Dijon'))}, "
        f"présentée par {name}, tendant à l'annulation de l'arrêté "
        f"{c.pick(LITIGATION_PLAIN)} ;\nDÉCIDE\n"
        "Article 1 : la commune défendra dans cette instance.\n"
        f"Article 2 : {lawyer(c)}, avocat(e), est désigné(e) pour la représenter.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def f3sct_annual_minutes(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    total = c.rng.randint(9, 20)
    backs = c.rng.randint(3, total // 2)
    return "pv_seance", (
        f"{interco(c)}\n"
        "PROCÈS-VERBAL — Formation spécialisée en santé, sécurité et conditions de travail\n"
        f"Séance du {c.write_date(day)}\n"
        "Point 1 — Bilan annuel des accidents de service : "
        f"{total} accidents, dont {backs} lombalgies liées à la manutention des bacs, "
        f"{c.rng.randint(1, 3)} coupures et une piqûre d'aiguille ; "
        f"{c.rng.randint(150, 600)} jours d'arrêt au total.\n"
        "Point 2 — Mise à jour du document unique ; la vaccination contre l'hépatite B est "
        "proposée à tous les ripeurs par le service de médecine préventive.\n"
        "Point 3 — Achat de gants anti-coupure et de bennes à lève-conteneurs : avis favorable."
    )


def pre_team_convocation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "convocation", (
        f"PROGRAMME DE RÉUSSITE ÉDUCATIVE — VILLE DE {c.commune.upper()}\n"
        "Convocation de l'équipe pluridisciplinaire de soutien\n\n"
        f"Réunion le {c.write_date(day)} à {hour(c)}, centre social.\nOrdre du jour :\n"
        f"1. Bilan de l'année : {c.rng.randint(40, 90)} enfants accompagnés, dont "
        f"{c.rng.randint(10, 30)} avec un volet santé (orthophonie, bilans visuels)\n"
        "2. Convention avec le CMPP et la Maison des adolescents\n"
        "3. Budget et subvention de l'État\n"
        "Rappel : les participants sont tenus au secret partagé.\n"
        "La coordinatrice du PRE"
    )


SHUTTER_PLAIN = (
    "Ce changement vise à améliorer l'isolation thermique de la maison",
    "Les volets actuels, très abîmés, ne sont plus réparables",
    "La maison est souvent inoccupée et nous souhaitons la sécuriser",
)


def dp_shutters_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    year = c.rng.randint(2022, 2025)
    return "declaration_prealable", (
        f"DÉCLARATION PRÉALABLE {c.permit_number('DP', year)}\n"
        "Notice descriptive jointe au dossier (pièce DP11)\n"
        f"Demandeur : {civility}\nTerrain : {c.address()}, {c.commune} — parcelle {parcel(c)}\n"
        "Travaux : remplacement de six volets battants en bois par des volets roulants "
        "motorisés, coffres intérieurs invisibles depuis la rue, teinte gris RAL 7044.\n"
        f"Justification : {c.pick(SHUTTER_PLAIN)}. Le projet est situé dans le périmètre des "
        "abords d'un monument historique ; l'avis de l'ABF est sollicité.\n"
        f"Le {c.write_date(c.date(year, year))}, {name}"
    )


def cu_family_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    year = c.rng.randint(2022, 2025)
    who = c.pick(
        (
            "notre fils, qui reprend l'exploitation agricole",
            "ma mère, qui souhaite se rapprocher de nous",
            "notre fille et son compagnon, primo-accédants",
        )
    )
    return "certificat_urbanisme", (
        f"DEMANDE DE CERTIFICAT D'URBANISME OPÉRATIONNEL — {c.permit_number('CU', year)}\n"
        "Note descriptive succincte du projet\n"
        f"Demandeur : {civility}\nTerrain : lieu-dit {c.pick(('Les Granges', 'Le Pech'))}, "
        f"parcelle {parcel(c)}, {c.rng.randint(1200, 4000)} m²\n"
        f"Projet : détachement d'un lot de {c.rng.randint(600, 1000)} m² pour la construction "
        f"d'une maison de plain-pied pour {who}. Accès par le chemin rural n° "
        f"{c.rng.randint(2, 30)}, raccordement aux réseaux existants.\n{name}"
    )


def pc_modification_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    year = c.rng.randint(2022, 2025)
    change = c.pick(
        (
            "ajout d'un carport de 18 m² en ossature bois côté est",
            "remplacement des tuiles canal par des tuiles romanes et enduit ton pierre",
            "déplacement de la porte d'entrée et création de deux fenêtres de toit",
        )
    )
    return "permis_construire", (
        "DEMANDE DE PERMIS DE CONSTRUIRE MODIFICATIF\n"
        f"Permis initial : {c.permit_number('PC', year - 1)}\n"
        f"Pétitionnaire : {civility}\nAdresse des travaux : {c.address()}, {c.commune}\n"
        "Pièce PC4 — notice : objet de la modification\n"
        f"{change.capitalize()}. Le logement reste accessible de plain-pied (portes de 90 cm, "
        "conformément à la réglementation).\n"
        f"Fait le {c.write_date(c.date(year, year))} — {name}"
    )


def sport_health_invoice(c: Ctx) -> tuple[str, str]:
    sessions = c.rng.randint(8, 20)
    price = c.amount(45, 70)
    year = c.rng.randint(2022, 2025)
    return "facture", (
        f"{c.pick(('PROFESSION SPORT 47', 'SIEL BLEU', 'UFOLEP — ANTENNE SPORT-SANTÉ'))}\n"
        f"SIRET {siret(c)}\nFACTURE N° {year}-{c.rng.randint(1, 500):04d}\n"
        f"Client : CCAS de {c.commune}\n"
        f"Animation « Sport santé seniors » : {sessions} séances d'activité physique adaptée, "
        f"groupe de {c.rng.randint(8, 15)} personnes, gymnase municipal — {sessions} x "
        f"{c.money(price)} = {c.money(price * sessions)}\n"
        "Action financée par la conférence des financeurs de la prévention de la perte "
        "d'autonomie.\n"
        f"IBAN {company_iban(c)} — BIC {c.pick(BICS)}"
    )


def accessibility_order(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "bon_de_commande", (
        f"MAIRIE DE {c.commune.upper()}\nBON DE COMMANDE N° {year}-{c.rng.randint(1, 600):04d}"
        f"\nFournisseur : {c.pick(('EURL Plomberie Faure', 'SARL Durand Bâtiment'))}\n"
        "Objet : mise en accessibilité des sanitaires de la salle des fêtes (Ad'AP, "
        "tranche 3)\nDésignation | Qté | Montant HT\n"
        f"Cuvette suspendue PMR | 1 | {c.money(c.amount(400, 900))}\n"
        f"Barre d'appui coudée inox | 2 | {c.money(c.amount(90, 180))}\n"
        f"Lave-mains accessible et signalétique en braille | 1 | "
        f"{c.money(c.amount(300, 700))}\nImputation : 2135 — Le Maire"
    )


def minibus_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    cost = c.amount(45000, 70000)
    return "deliberation", (
        f"CONSEIL MUNICIPAL DE {c.commune.upper()} — séance du "
        f"{c.write_date(c.date(year, year))}\n"
        f"Délibération n° {c.act_number(year)}\n"
        "Objet : acquisition d'un minibus adapté au transport de personnes à mobilité réduite\n"
        f"Madame l'adjointe aux solidarités expose que le CCAS assure {c.rng.randint(20, 60)} "
        "transports par mois vers les commerces et les cabinets médicaux. Le minibus actuel "
        f"n'a pas de rampe. Coût : {c.money(cost)} TTC, subventionné par le Département "
        "(30 %) et la CNSA.\nLe conseil municipal approuve l'acquisition et le plan de "
        "financement. Adopté à l'unanimité."
    )


def youth_club_incident_plain(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    _, leader = c.person()
    day = c.date(2022, 2025)
    event = c.pick(
        (
            "a cassé la vitre du local en jouant au ballon à l'intérieur malgré l'interdiction",
            "a tagué le mur des toilettes ; reconnu sur la vidéo",
            "a quitté la sortie au bowling sans prévenir, retrouvé une heure plus tard à la gare",
            "a insulté un animateur ; exclusion de deux semaines décidée avec la coordinatrice",
        )
    )
    return "courrier", (
        f"ESPACE JEUNES DE {c.commune.upper()} — FICHE D'INCIDENT\n"
        f"Date : {c.write_date(day)}   Heure : {hour(c)}\nAnimateur : {leader}\n"
        f"Jeune concerné : {first} {last}, {c.rng.randint(12, 17)} ans\n"
        f"Description : {event}. Pas de blessé.\n"
        "Suite donnée : responsables légaux prévenus ; information à la coordinatrice "
        "jeunesse.\nSignature de l'animateur :"
    )


def funeral_director_invoice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    year = c.rng.randint(2022, 2025)
    total = c.amount(1200, 2400)
    return "facture", (
        f"{c.pick(FUNERAL_HOMES).upper()}\nHabilitation n° {c.rng.randint(10, 99)}-"
        f"{c.rng.randint(100, 999)} — SIRET {siret(c)}\n"
        f"FACTURE N° F{year}-{c.rng.randint(1, 999):03d}\n"
        f"Client : Mairie de {c.commune} (obsèques d'une personne dépourvue de ressources "
        "suffisantes)\n"
        f"Défunt : {civility}\nCercueil pin 22 mm, capiton, plaque — convoi — inhumation en "
        f"terrain commun\nTotal TTC : {c.money(total)}\n"
        f"Règlement par mandat administratif : IBAN {company_iban(c)}"
    )


def waste_collection_contract(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "marche", (
        f"{interco(c)}\nMARCHÉ N° {year}-DEC-{c.rng.randint(1, 40):02d} — Collecte des "
        "ordures ménagères et du tri sélectif\n"
        "CCTP — Article 12 : hygiène, santé et sécurité du personnel\n"
        "Le titulaire fournit à ses agents des EPI adaptés (gants anti-coupure, chaussures "
        "de sécurité, vêtements haute visibilité).\n"
        "Il veille au suivi médical de son personnel par un service de santé au travail ; la "
        "vaccination contre le tétanos et l'hépatite B est recommandée.\n"
        "La marche arrière est interdite hors manœuvre de retournement ; la montée sur le "
        "marchepied est limitée à 40 km/h.\n"
        f"Durée : 5 ans à compter du 1er janvier {year + 1}."
    )


def water_works_order(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    return "bon_de_commande", (
        f"{interco(c)} — Régie des eaux\n"
        f"BON DE COMMANDE N° EAU-{year}-{c.rng.randint(1, 900):04d}\n"
        f"Fournisseur : {c.pick(('SAS Voirie Services', 'Canalisations du Sud-Ouest'))}\n"
        f"Objet : renouvellement de {c.rng.randint(80, 400)} ml de conduite fonte DN 100, "
        f"{c.address()}, {c.commune}\n"
        f"Compteur général n° {reference(c, 10)} — point de livraison Enedis (station) "
        f"{reference(c, 14)}\n"
        f"Engagement Chorus n° {reference(c, 10)}\n"
        f"Montant HT : {c.money(c.amount(12000, 60000))}\n"
        "Analyse bactériologique avant remise en service obligatoire."
    )


ORDINARY_8 = (
    market_stall_plain,
    funeral_transport_arrete,
    sport_pass_plain,
    election_staff_convocation,
    lawyer_claim_plain,
    seniors_trip_programme,
    nitrate_notice,
    spanc_notice_plain,
    bin_request_plain,
    taxi_licence_plain,
    ati_circular,
    echelon_arrete_plain,
    music_association_invoice,
    theatre_season_notice,
    gite_cancellation_plain,
    flood_plan_sheet,
    snow_plan_arrete,
    athlete_grants_deliberation,
    pesticide_charter_letter,
    allotment_attribution,
    concession_plain,
    multisport_form_plain,
    cst_convocation,
    facade_grants_deliberation,
    commercial_deposit_refund,
    waste_grant_deliberation,
    death_capital_reply,
    spv_agreement_plain,
    litigation_decision_plain,
    f3sct_annual_minutes,
    pre_team_convocation,
    dp_shutters_plain,
    cu_family_plain,
    pc_modification_plain,
    sport_health_invoice,
    accessibility_order,
    minibus_deliberation,
    youth_club_incident_plain,
    funeral_director_invoice,
    waste_collection_contract,
    water_works_order,
)
