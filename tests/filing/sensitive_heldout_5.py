"""Fifth batch of documents for the sensitivity check.

Written by another author who never saw the detector (`filing/sensitive.py`) nor its
benchmark, only the product's rule and the earlier batches (`sensitive_corpus.py`,
`sensitive_heldout.py`), read to write other situations, services and wordings than theirs. It
is measured once and never used to tune anything.

``SENSITIVE_5`` holds documents sensitive by their content under types that are not sensitive
in themselves: a valid NIR, a private person's IBAN (a resident's, an agent's), or health
information about an identifiable person (urbanisme notices explaining a relative's disability,
a police report of a named person hurt in a fall, a swimmer's medical certificate, a crèche's
health sheet, CCAS cases, an agent's workstation fitted for their condition, a voter's or a
juror's letter, a psychiatric measure, a wedding at the hospital…).

``ORDINARY_5`` holds documents of the same types and services that look like them and are not
sensitive: the commune's own ramp, damaged property, the pool's water analysis, menus with
their allergens, a job offer open to RQTH workers, leaflets, budgets, rules, suppliers' and
the Trésor public's bank details, names of élus, directors or nurses next to health matters
that are not about them.
"""

from __future__ import annotations

import datetime as dt

from tests.filing.classify_corpus import COMPANIES, GRADES, SCHOOLS, Ctx
from tests.filing.sensitive_corpus import iban, nir

KIDS = ("Noé", "Alba", "Célian", "Lou-Ann", "Nathan", "Héloïse", "Milo", "Capucine", "Yanis")
KID_SURNAMES = ("GAUTHIER", "MOREL", "BARBIER", "COLIN", "VIDAL", "RENAUD", "AUBRY", "HAMON")
DOCTORS = ("Dr Vasseur", "Dr Nadia Cherif", "Docteur Le Bihan", "Dr P. Delmas", "Dr Schmitt")
BICS = ("CRLYFRPP", "SOGEFRPP", "CCOPFRPPXXX", "AGRIFRPP867", "CMBRFR2BARK", "BNPAFRPPTLS")
HOSPITALS = ("CHU Purpan", "centre hospitalier de Cahors", "hôpital Nord", "CH d'Agen")
SALUTATIONS = ("Monsieur le Maire,", "Madame la Maire,", "Madame, Monsieur,")


# --- helpers ------------------------------------------------------------------------------


def digits(c: Ctx, n: int) -> str:
    return "".join(str(c.rng.randint(0, 9)) for _ in range(n))


def phone(c: Ctx) -> str:
    return f"0{c.pick(('5', '6', '7'))}" + "".join(f" {digits(c, 2)}" for _ in range(4))


def after(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=c.rng.randint(low, high))


def before(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day - dt.timedelta(days=c.rng.randint(low, high))


def nir_as_printed(c: Ctx) -> str:
    """A valid NIR as forms print it: spaced, dotted, run together, key apart."""
    parts = nir(c, corsica=c.rng.random() < 0.1).split()
    style = c.rng.randrange(4)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    if style == 2:
        return ".".join(parts[:-1]) + f" - {parts[-1]}"
    return f"{''.join(parts[:-1])}  clé {parts[-1]}"


def iban_as_printed(c: Ctx) -> str:
    value = iban(c)
    return value if c.rng.random() < 0.5 else value.replace(" ", "")


def treasury_iban(c: Ctx) -> str:
    """The Trésor public's account (Banque de France, bank code 30001), right check digits."""
    bban = "30001" + digits(c, 18)
    check = 98 - int(bban + "152700") % 97
    compact = f"FR{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def siret(c: Ctx) -> str:
    return f"{digits(c, 3)} {digits(c, 3)} {digits(c, 3)} {digits(c, 5)}"


def kid(c: Ctx) -> tuple[str, str]:
    return c.pick(KIDS), c.pick(KID_SURNAMES)


def parcel(c: Ctx) -> str:
    return f"{c.pick(('AB', 'ZC', 'B', 'OA', 'AK'))} {c.rng.randint(12, 980)}"


def plate(c: Ctx) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    first, last = (c.rng.choice(letters) + c.rng.choice(letters) for _ in range(2))
    return f"{first}-{c.rng.randint(100, 999)}-{last}"


# --- sensitive by content -----------------------------------------------------------------

EXTENSION_REASONS = (
    "Ma mère, âgée de {age} ans et atteinte de la maladie de Parkinson, vient vivre avec nous : "
    "elle ne peut plus monter à l'étage où se trouvent toutes les chambres.",
    "Notre fils {kid}, infirme moteur cérébral, se déplace désormais en fauteuil roulant "
    "électrique : portes de 90 cm, absence de seuil et douche à l'italienne sont indispensables.",
    "Depuis mon AVC de {year}, je ne peux plus monter les escaliers ; la chambre et la salle "
    "d'eau doivent se trouver au rez-de-chaussée.",
    "Mon épouse est sous dialyse à domicile : la pièce accueillera le générateur et doit "
    "disposer d'une arrivée d'eau et d'une évacuation dédiées.",
    "Mon père, malvoyant et sujet aux chutes depuis son opération de la hanche, ne doit plus "
    "utiliser l'escalier ; nous l'accueillons de façon permanente.",
)


def pc_extension_relative(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    reason = c.pick(EXTENSION_REASONS).format(
        age=c.rng.randint(78, 93), kid=c.pick(KIDS), year=c.rng.randint(2019, 2024)
    )
    area = c.rng.randint(18, 40)
    return "permis_construire", (
        f"DEMANDE DE PERMIS DE CONSTRUIRE — MAISON INDIVIDUELLE\n"
        f"PCMI 4 — NOTICE DESCRIPTIVE DU PROJET\n\n"
        f"Demandeur : {civility}\n"
        f"Terrain : {c.address()}, {c.commune} — parcelle {parcel(c)}\n"
        f"1. État initial : maison d'habitation R+1 construite en {c.rng.randint(1965, 1998)}, "
        "chambres à l'étage.\n"
        f"2. Projet : extension de plain-pied de {area} m² côté jardin, comprenant une chambre, "
        "une salle d'eau sans ressaut et un WC aux normes d'accessibilité.\n"
        f"3. Motif de la demande : {reason}\n"
        "4. Matériaux : murs en brique enduits ton pierre, toiture en tuiles canal identiques "
        "à l'existant, menuiseries aluminium gris anthracite.\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(2022, 2025))}\n{name}"
    )


RAMP_REASONS = (
    "mon mari a été amputé de la jambe droite et rentre du centre de rééducation en fauteuil "
    "roulant",
    "je suis hémiplégique depuis mon accident vasculaire cérébral et ne peux plus franchir les "
    "quatre marches du perron",
    "notre fille, atteinte de spina bifida, grandit et nous ne pouvons plus la porter jusqu'à la "
    "porte",
    "ma sclérose en plaques évolue et je marche désormais avec un déambulateur",
    "ma mère, que nous hébergeons, a de l'arthrose sévère aux deux genoux et est tombée deux fois "
    "dans l'escalier extérieur",
)


def dp_ramp_home(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    length = f"{c.rng.randint(4, 9)},{c.rng.randint(0, 9)}0"
    return "declaration_prealable", (
        "DÉCLARATION PRÉALABLE\nConstructions et travaux non soumis à permis de construire "
        "portant sur une maison individuelle\n\n"
        f"Déclarant : {civility}\nAdresse des travaux : {c.address()}, {c.commune}\n"
        f"Référence cadastrale : {parcel(c)}\n"
        f"Nature des travaux : création d'une rampe d'accès en béton désactivé (longueur "
        f"{length} m, pente 5 %) avec main courante, en façade sur rue, et élargissement de la "
        "porte d'entrée à 0,90 m.\n"
        "Note explicative jointe :\n"
        f"Nous réalisons ces travaux parce que {c.pick(RAMP_REASONS)}. La rampe reste sur notre "
        "terrain et ne modifie pas l'aspect de la clôture.\n"
        f"Le {c.write_date(c.date(2022, 2025))}, signature : {name}"
    )


FALL_INJURIES = (
    "une plaie ouverte à l'arcade sourcilière gauche et se plaint d'une vive douleur au "
    "poignet droit",
    "une douleur importante à la hanche et ne parvient pas à se relever seule",
    "un saignement du nez et aurait perdu connaissance quelques secondes selon le témoin",
    "des écorchures aux deux genoux et une probable fracture de la cheville gauche, très déformée",
)


def police_fall_report(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    _, agent = c.person()
    day = c.date(2022, 2025)
    hour = f"{c.rng.randint(8, 19)} h {c.rng.randint(0, 59):02d}"
    return "courrier", (
        f"POLICE MUNICIPALE DE {c.commune.upper()}\n"
        f"RAPPORT D'INTERVENTION N° PM-{day.year}-{c.rng.randint(10, 450):03d}\n"
        f"Date : {c.write_date(day)} à {hour}\nLieu : {c.address()}, trottoir côté pair\n"
        f"Rédacteur : brigadier-chef principal {agent}\n\n"
        "Requis par un passant pour une personne au sol. Sur place, constatons la présence de "
        f"{civility}, {c.rng.randint(62, 91)} ans, demeurant {c.address()}, qui déclare avoir "
        "trébuché sur une dalle descellée.\n"
        f"L'intéressé(e) présente {c.pick(FALL_INJURIES)}.\n"
        "Les sapeurs-pompiers, avisés, prennent la victime en charge et la transportent au "
        f"{c.pick(HOSPITALS)}.\n"
        "Constatations : dalle soulevée de 4 cm, photographies jointes. Services techniques "
        "avisés pour la mise en sécurité. Copie au service juridique (assurance)."
    )


SWIM_VERDICTS = (
    "Je n'ai pas constaté de contre-indication à la natation en compétition, sous réserve du "
    "port de bouchons d'oreilles (aérateurs transtympaniques posés récemment).",
    "L'enfant présente un asthme d'effort : la natation est autorisée à condition que son "
    "spray de Ventoline reste au bord du bassin.",
    "Je prescris une contre-indication temporaire à la natation de six semaines à compter de "
    "ce jour (perforation du tympan droit).",
    "Épilepsie stabilisée sous traitement : la baignade est possible sous la surveillance "
    "rapprochée d'un maître-nageur informé, sans apnée ni plongeon.",
    "Opéré(e) de l'épaule gauche il y a trois mois, reprise autorisée en aquagym seulement "
    "jusqu'à la consultation de contrôle.",
)


def swimmer_certificate(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    doctor = c.pick(DOCTORS)
    born = c.date(2008, 2017)
    club = c.pick(
        (
            f"au Cercle des nageurs de {c.commune}",
            "à la piscine municipale",
            "à l'école municipale de natation",
        )
    )
    return "courrier", (
        f"{doctor}\nMédecine générale — médecine du sport\n{c.address()}, {c.commune}\n\n"
        "CERTIFICAT MÉDICAL\n\n"
        f"Je soussigné(e), {doctor}, certifie avoir examiné ce jour {first} {last.title()}, "
        f"né(e) le {c.write_date(born)}.\n"
        f"{c.pick(SWIM_VERDICTS)}\n"
        f"Certificat remis en main propre pour être présenté {club}.\n"
        f"Fait le {c.write_date(c.date(2023, 2025))}\nSignature et cachet"
    )


CRECHE_HEALTH = (
    (
        "né(e) à 31 SA, suivi au CAMSP pour un retard de développement moteur",
        "kinésithérapie deux fois par semaine, aucun médicament à la crèche",
    ),
    (
        "reflux gastro-œsophagien important",
        "Inexium 10 mg le matin (donné par les parents), lait épaissi",
    ),
    (
        "cardiopathie congénitale opérée à 4 mois, suivi cardiologique semestriel",
        "surveiller l'essoufflement et la coloration des lèvres",
    ),
    (
        "convulsions hyperthermiques en janvier dernier",
        "Doliprane dès 38,5 °C et appel des parents ; protocole du médecin joint",
    ),
    ("eczéma atopique sévère", "crème émolliente après la sieste, vêtements en coton"),
)


def creche_health_sheet(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    history, care = c.rng.choice(CRECHE_HEALTH)
    nursery = c.pick(("Les Pitchouns", "Pom'd'Api", "Les Lucioles", "Graines d'éveil"))
    return "periscolaire_inscription", (
        f"MULTI-ACCUEIL « {nursery} » — {c.commune}\nDOSSIER D'ADMISSION — VOLET SANTÉ\n\n"
        f"Enfant : {first} {last}    Né(e) le : {c.write_date(c.date(2023, 2025))}\n"
        f"Médecin traitant : {c.pick(DOCTORS)}    Tél. : {phone(c)}\n"
        "Vaccinations obligatoires : carnet présenté\n"
        f"Antécédents, suivi particulier : {history}\n"
        f"Soins, traitement, conduite à tenir : {care}\n"
        "Autorisation d'appeler le SAMU et de faire transporter l'enfant : oui\n"
        f"Signature des parents : {c.person()[1]}"
    )


CCAS_HEALTH_CASES = (
    ("aide aux frais de transport vers le {hospital} (chimiothérapie hebdomadaire)", 180),
    ("participation au reste à charge de deux appareils auditifs (surdité sévère)", 400),
    ("secours pour l'achat d'un fauteuil releveur, prescrit après sa chute", 250),
    ("aide aux frais de séjour de son épouse en unité Alzheimer", 300),
    ("prise en charge de soins dentaires urgents non remboursés (prothèse)", 350),
    ("aide pour le loyer pendant son arrêt maladie (dépression)", 220),
)
CCAS_OTHER_CASES = (
    ("secours pour une facture d'eau impayée", 95),
    ("bons alimentaires (rupture de ressources)", 120),
    ("aide au permis de conduire (reprise d'emploi)", 300),
)


def ccas_commission_agenda(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    cases = [c.rng.choice(CCAS_HEALTH_CASES), *c.rng.sample(CCAS_OTHER_CASES, 2)]
    c.rng.shuffle(cases)
    lines = [
        f"{i}. {c.person()[0]} — "
        + what.format(hospital=c.pick(HOSPITALS))
        + f" — {c.money(c.amount(amount, amount))}"
        for i, (what, amount) in enumerate(cases, 1)
    ]
    return "convocation", (
        f"CENTRE COMMUNAL D'ACTION SOCIALE DE {c.commune.upper()}\n\n"
        "CONVOCATION — COMMISSION PERMANENTE DES AIDES FACULTATIVES\n"
        f"Réunion le {c.write_date(day)} à {c.pick(('14 h', '17 h 30', '9 h 30'))}, "
        "salle du CCAS (séance non publique)\n"
        "Dossiers individuels examinés :\n" + "\n".join(lines) + "\n"
        "Les dossiers complets sont consultables au secrétariat du CCAS. Document confidentiel.\n"
        f"La vice-présidente, {c.person()[1]}"
    )


ERGONOMIC_CASES = (
    (
        "lombalgie chronique après une hernie discale opérée",
        "Siège assis-debout à assise basculante",
        "Repose-pieds réglable",
    ),
    (
        "agent RQTH, malvoyance liée à une DMLA",
        "Écran 32 pouces sur bras articulé",
        "Licence logiciel d'agrandissement ZoomText",
    ),
    (
        "surdité bilatérale appareillée",
        "Casque téléphonique compatible aides auditives",
        "Boucle magnétique portative pour l'accueil",
    ),
    (
        "tendinite chronique des deux poignets (TMS reconnu)",
        "Souris verticale ergonomique",
        "Clavier compact et repose-poignets gel",
    ),
)


def agent_ergonomic_order(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    reason, item1, item2 = c.rng.choice(ERGONOMIC_CASES)
    p1, p2 = c.amount(90, 900), c.amount(20, 400)
    supplier = c.pick(("Ergo Bureau Services", "Handi-Équipement SAS", "Bureau Plus Sud"))
    return "bon_de_commande", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"BON DE COMMANDE N° {c.rng.randint(2023, 2025)}-{c.rng.randint(1, 500):04d}\n"
        f"Fournisseur : {supplier}\n"
        f"Objet : aménagement du poste de travail de {civility}, {c.pick(GRADES)}\n"
        f"Motif : préconisations du médecin de prévention du {c.write_date(c.date(2023, 2025))} "
        f"— {reason}\n"
        f"1 × {item1} ........ {c.money(p1)} HT\n"
        f"1 × {item2} ........ {c.money(p2)} HT\n"
        "Aide du FIPHFP sollicitée au titre du maintien dans l'emploi.\n"
        "Livraison : mairie, service ressources humaines\nLe Maire"
    )


TRANSPORT_CONDITIONS = (
    "qui se déplace en fauteuil roulant (paralysie cérébrale)",
    "épileptique, pour qui le neurologue déconseille le car sans adulte formé aux crises",
    "malvoyant(e) et ne pouvant rejoindre seul(e) l'arrêt de car",
    "atteint(e) d'un syndrome de Gilles de la Tourette avec troubles du comportement importants",
    "qui porte une trachéotomie nécessitant la présence d'un adulte formé",
)


def adapted_school_transport(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    parent, _ = c.person()
    day = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION DU MAIRE N° {c.act_number(day.year)}\n"
        "Objet : transport scolaire adapté d'un élève en situation de handicap\n\n"
        f"Le Maire de {c.commune},\n"
        f"Vu la notification de la CDAPH du {c.write_date(before(c, day, 20, 90))} ;\n"
        f"Vu la demande de {parent}, responsable légal ;\n"
        "DÉCIDE\n"
        f"Article 1 : l'élève {first} {last}, scolarisé(e) en ULIS ({c.pick(SCHOOLS)}), "
        f"{c.pick(TRANSPORT_CONDITIONS)}, est transporté(e) chaque jour de classe de son "
        "domicile à l'école par un véhicule adapté avec accompagnateur.\n"
        "Article 2 : la prestation est confiée aux Taxis "
        f"{c.pick(('Lacoste', 'du Val', 'Ambert'))} "
        f"pour {c.money(c.amount(20, 60))} TTC par trajet.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


DIET_ROWS = (
    "sans œuf ni ovoproduits — allergie, PAI, trousse d'urgence au bureau",
    "sans gluten — maladie cœliaque",
    "allergie au kiwi et au sésame — vérifier le pain et les desserts",
    "allergie poissons et crustacés — PAI, stylo d'adrénaline",
    "phénylcétonurie — repas hypoprotidique fourni par la famille",
    "intolérance héréditaire au fructose — pas de fruits ni de sucre",
    "allergie à la moutarde — vinaigrette à part",
)
PLAIN_ROWS = ("sans porc", "végétarien", "sans viande")
CLASSES = ("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2")


def kitchen_diet_list(c: Ctx) -> tuple[str, str]:
    rows = c.rng.sample(DIET_ROWS, c.rng.randint(2, 4)) + c.rng.sample(PLAIN_ROWS, 1)
    c.rng.shuffle(rows)
    table = "\n".join(
        f"{c.pick(KID_SURNAMES)} {c.pick(KIDS)} | {c.pick(CLASSES)} | {row}" for row in rows
    )
    year = c.rng.randint(2023, 2025)
    return "courrier", (
        f"Restaurant scolaire — {c.pick(SCHOOLS)} ({c.commune})\n"
        f"RÉGIMES ET PAI — année scolaire {year}-{year + 1}\n"
        "À afficher en cuisine et à l'office uniquement — ne pas diffuser\n"
        "NOM Prénom | Classe | Consigne\n"
        f"{table}\n"
        "En cas de doute sur un plat, ne pas servir et appeler la responsable.\n"
        f"Le chef de cuisine, {c.person()[1]}"
    )


def medical_bed_invoice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    company = c.pick(("Médical Service 47", "Orthopédie du Quercy", "Bastide le confort médical"))
    bed, mattress = c.amount(60, 120), c.amount(30, 90)
    origin = c.pick(
        (
            "retour à domicile après une fracture du col du fémur",
            "soins palliatifs à domicile",
            "sortie d'hospitalisation (AVC)",
            "perte d'autonomie, alitement prolongé",
        )
    )
    return "facture", (
        f"{company} — matériel médical, location et vente\nSIRET {siret(c)}\n\n"
        f"FACTURE N° F{c.rng.randint(2023, 2025)}{digits(c, 5)}\n"
        f"Client : CCAS de {c.commune}\n"
        f"Patient : {civility}, {c.address()}\n"
        f"Prescription du {c.pick(DOCTORS)} — {origin}\n"
        f"Location lit médicalisé électrique, 30 jours ....... {c.money(bed)}\n"
        f"Location matelas à air anti-escarres, 30 jours ...... {c.money(mattress)}\n"
        "Part prise en charge par l'assurance maladie déduite ; reste à charge réglé par le "
        f"CCAS.\nRèglement par virement : IBAN {iban(c)} (compte {company})"
    )


AGGRESSION_INJURIES = (
    "une fracture du nez et des contusions au visage",
    "un traumatisme de l'épaule droite",
    "des hématomes multiples et un choc psychologique important",
    "une plaie du cuir chevelu suturée aux urgences",
)


def mayor_protection_deliberation(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    role = c.pick(("maire", "première adjointe", "adjoint délégué à la voirie", "conseiller"))
    day = c.date(2022, 2025)
    itt = c.rng.randint(2, 21)
    context = c.pick(
        (
            "demandait à un administré de cesser un dépôt sauvage",
            "venait de célébrer un mariage",
            "intervenait dans un conflit de voisinage",
        )
    )
    return "deliberation", (
        f"Délibération n° {c.act_number(day.year)} — séance du "
        f"{c.write_date(after(c, day, 7, 40))}\n"
        f"Objet : protection fonctionnelle de {civility}, {role}\n"
        f"Le {c.write_date(day)}, {name}, qui {context}, a été violemment pris(e) à partie. "
        f"Le certificat médical établi aux urgences constate {c.pick(AGGRESSION_INJURIES)} "
        f"et une incapacité totale de travail de {itt} jours.\n"
        "Vu l'article L. 2123-35 du CGCT, le conseil municipal accorde la protection "
        "fonctionnelle et prend en charge les frais d'avocat et les soins restant à charge.\n"
        f"{name} ne prend pas part au vote. Adopté à l'unanimité des votants."
    )


def mutuelle_membership(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    which = c.rng.randrange(3)  # 0: NIR and IBAN, 1: NIR only, 2: IBAN only
    lines = [
        f"MUTUELLE COMMUNALE DE {c.commune.upper()} — contrat collectif à adhésion facultative",
        "BULLETIN INDIVIDUEL D'ADHÉSION",
        f"Nom et prénom de l'adhérent : {name}",
        f"Date de naissance : {c.write_date(c.date(1945, 1998))}",
        f"Adresse : {c.address()}, {c.commune}",
    ]
    if which != 2:
        lines.append(
            f"{c.pick(('N° de sécurité sociale', 'N° SS', 'N° d’immatriculation'))} : "
            f"{nir_as_printed(c)}"
        )
    lines += [
        f"Régime obligatoire : {c.pick(('général', 'MSA', 'SSI'))}",
        f"Formule choisie : {c.pick(('Essentielle', 'Confort', 'Sérénité'))}  "
        f"Bénéficiaires : {c.pick(('adhérent seul', 'adhérent + conjoint', 'famille'))}",
    ]
    if which != 1:
        lines.append(
            f"Mandat SEPA — compte à débiter : IBAN {iban_as_printed(c)}  BIC {c.pick(BICS)}"
        )
    lines.append(f"Fait à {c.commune}, le {c.write_date(c.date(2024, 2025))} — signature")
    return "courrier", "\n".join(lines)


VOTER_CONDITIONS = (
    ("Atteint(e) d'une dégénérescence maculaire", "lire les bulletins"),
    (
        "Ayant perdu l'usage de la main droite depuis mon accident vasculaire",
        "mettre le bulletin dans l'enveloppe ni signer la liste d'émargement",
    ),
    ("Souffrant de la maladie de Parkinson", "signer la liste d'émargement sans trembler"),
    ("Aveugle depuis l'enfance", "distinguer les bulletins"),
)


def voter_assistance_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    condition, action = c.rng.choice(VOTER_CONDITIONS)
    helper = c.pick(("mon fils", "ma fille", "ma voisine, Mme Caron", "mon petit-fils"))
    election = c.pick(("municipales", "européennes", "législatives", "présidentielle"))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Objet : élections {election} — électeur en situation de handicap\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"{condition}, je ne peux plus {action} seul(e).\n"
        f"Je souhaiterais être accompagné(e) dans l'isoloir par {helper}, comme le permet le "
        f"code électoral, et que le président du bureau n° {c.rng.randint(1, 4)} en soit "
        "prévenu pour éviter toute discussion le jour du scrutin.\n"
        f"Avec mes remerciements,\n{name}"
    )


JURY_REASONS = (
    "je suis sous dialyse trois fois par semaine et ne peux pas m'absenter plusieurs jours de "
    "suite",
    "je suis en cours de traitement pour un lymphome, avec une chimiothérapie toutes les trois "
    "semaines",
    "je suis suivi(e) par un psychiatre pour une dépression sévère et mon médecin juge qu'une "
    "affaire criminelle me serait très préjudiciable",
    "depuis ma prothèse de genou je me déplace avec deux cannes et ne peux pas rester assis(e) "
    "des heures",
    "ma compagne attend des jumeaux, grossesse à risque avec alitement strict, et je dois "
    "m'occuper seul de nos trois enfants",
)


def jury_exemption_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        "Objet : tirage au sort — liste préparatoire du jury d'assises "
        f"{c.rng.randint(2024, 2026)}\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        "Votre courrier m'informe que mon nom a été tiré au sort sur la liste électorale pour "
        "la liste préparatoire des jurés.\n"
        f"Je souhaite en être dispensé(e) : {c.pick(JURY_REASONS)}.\n"
        "Je joins un certificat médical et vous remercie de transmettre ma demande à la "
        "commission de la cour d'assises.\n"
        f"Veuillez agréer mes salutations distinguées.\n\n{name}"
    )


CEMETERY_CONDITIONS = (
    "opéré(e) des deux genoux",
    "insuffisant(e) respiratoire sous oxygène",
    "atteint(e) d'une artérite des membres inférieurs",
    "hémiplégique depuis un accident vasculaire cérébral",
    "en fauteuil roulant à la suite d'une lésion de la moelle épinière",
)


def cemetery_vehicle_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'CIM-')}\n"
        "portant autorisation individuelle de circuler en véhicule dans le cimetière\n\n"
        f"Le Maire de {c.commune},\nVu le règlement du cimetière communal, article 12 ;\n"
        f"Vu la demande de {civility}, demeurant {c.address()}, et le certificat médical du "
        f"{c.pick(DOCTORS)} attestant que l'intéressé(e), {c.pick(CEMETERY_CONDITIONS)}, ne "
        "peut se déplacer à pied dans les allées ;\nARRÊTE\n"
        f"Article 1 : l'intéressé(e) est autorisé(e) à entrer avec le véhicule {plate(c)} "
        f"jusqu'au carré {c.pick(('A', 'B', 'C', 'D'))}, le "
        f"{c.pick(('mardi et le samedi', 'dimanche', 'jeudi'))} de 9 h à 12 h.\n"
        "Article 2 : l'autorisation est valable un an et révocable à tout moment.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


DAMP_HEALTH = (
    "Mon fils {kid}, 3 ans, a été hospitalisé deux fois cet hiver pour des crises d'asthme et "
    "le pneumopédiatre les relie à l'humidité de sa chambre.",
    "Ma fille, née prématurée, enchaîne les bronchiolites ; la pédiatre a rédigé un certificat "
    "que je joins.",
    "Je suis greffé(e) du rein et sous immunosuppresseurs : mon néphrologue m'a dit que ces "
    "moisissures étaient dangereuses pour moi.",
    "Mon mari, atteint d'une BPCO, est sous oxygène et ses essoufflements ont redoublé depuis "
    "l'apparition des champignons.",
)


def damp_housing_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    landlord = c.pick(
        ("mon propriétaire, M. Vidal,", "l'agence Immo Centre", "la SCI Les Tilleuls")
    )
    return "courrier", (
        f"{civility}\n{c.address()}, bâtiment {c.pick(('A', 'B', 'C'))}\n{c.commune}\n\n"
        "Objet : signalement — humidité et moisissures dans mon logement\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Depuis l'automne, l'appartement que je loue à {landlord} est envahi de moisissures "
        "noires dans les chambres ; la VMC ne fonctionne plus.\n"
        + c.pick(DAMP_HEALTH).format(kid=c.pick(KIDS))
        + "\nMes relances au bailleur sont restées sans réponse. Je vous demande de faire "
        "constater l'état du logement par le service communal d'hygiène.\n"
        f"Je vous prie d'agréer mes salutations respectueuses.\n{name}"
    )


def mileage_claim_rib(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    km = c.rng.randint(40, 420)
    label = c.pick(
        (
            "Nouvelles coordonnées bancaires de l'agent (RIB joint) : IBAN",
            "Compte personnel à créditer :",
            "Virement sur mon compte :",
        )
    )
    return "courrier", (
        f"Commune de {c.commune} — ÉTAT DE FRAIS DE DÉPLACEMENT\n"
        f"Agent : {name}    Grade : {c.pick(GRADES)}\n"
        "Motif : formation CNFPT « "
        + c.pick(("Habilitation électrique B0", "Gestion du cimetière", "Accueil du public"))
        + f" » à {c.pick(('Toulouse', 'Agen', 'Montauban', 'Cahors'))}\n"
        f"Date : {c.write_date(c.date(2023, 2025))}\n"
        f"Véhicule personnel {c.rng.randint(4, 7)} CV — {km} km aller-retour\n"
        f"Indemnités kilométriques : {c.money(c.amount(15, 180))} ; repas : 20,00 €\n"
        f"{label} {iban_as_printed(c)}\n"
        "Signature de l'agent — Visa du directeur général des services"
    )


PSY_SYMPTOMS = (
    "un état d'agitation extrême avec propos délirants et menaces envers ses voisins",
    "des idées de persécution, une rupture de son traitement antipsychotique et a tenté de "
    "mettre le feu à son logement",
    "une décompensation maniaque avec mise en danger sur la voie publique",
)


def psychiatric_provisional_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ MUNICIPAL N° {c.act_number(day.year)}\n"
        "portant mesure provisoire d'admission en soins psychiatriques\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code de la santé publique, notamment son article L. 3213-2 ;\n"
        f"Vu l'avis médical du {c.pick(DOCTORS)} en date du {c.write_date(day)} constatant que "
        f"{civility}, né(e) le {c.write_date(c.date(1960, 2002))}, demeurant {c.address()}, "
        f"présente {c.pick(PSY_SYMPTOMS)} ;\n"
        "Considérant le danger imminent pour la sûreté des personnes ;\nARRÊTE\n"
        f"Article 1 : l'intéressé(e) est admis(e) provisoirement en soins psychiatriques au "
        f"{c.pick(('centre hospitalier Gérard Marchant', 'CHS de Montfavet', 'EPSM du Lot'))}.\n"
        "Article 2 : il en est référé dans les vingt-quatre heures au préfet.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}, à {c.rng.randint(0, 23)} h"
    )


WEDDING_CONDITIONS = (
    "est hospitalisé(e) depuis trois semaines en soins palliatifs pour un cancer du pancréas",
    "a fait un grave AVC et ne pourra pas quitter le centre de rééducation avant des mois",
    "est atteint(e) de la maladie de Charcot et ne peut plus quitter son lit",
)


def wedding_at_hospital(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, partner = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        "Objet : demande de célébration du mariage hors de la maison commune\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"{partner} et moi devions nous marier le {c.write_date(c.date(2024, 2026))}. "
        f"Or {partner} {c.pick(WEDDING_CONDITIONS)}.\n"
        "Nous vous demandons de bien vouloir célébrer notre mariage dans sa chambre "
        f"({c.pick(HOSPITALS)}), en présence d'un officier de l'état civil. Le médecin du service "
        "a établi un certificat que je joins, avec le dossier déjà déposé.\n"
        f"Avec toute notre reconnaissance,\n{name}"
    )


HOUSING_HEALTH = (
    "{age} ans, ne peut plus monter l'escalier depuis sa prothèse de hanche",
    "handicapé(e) moteur, titulaire de la carte mobilité inclusion invalidité à 80 %",
    "sortant de six mois d'hospitalisation, en fauteuil roulant",
    "en cours de traitement d'un cancer, ne peut plus payer le loyer du T4",
)
HOUSING_PLAIN = (
    "couple, deux enfants, loyer actuel trop élevé",
    "jeune agent de la commune, en colocation",
    "famille monoparentale, un enfant, logement actuel en vente",
)


def housing_commission_health(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = [
        c.pick(HOUSING_HEALTH).format(age=c.rng.randint(70, 90)),
        *c.rng.sample(HOUSING_PLAIN, 2),
    ]
    c.rng.shuffle(rows)
    table = "\n".join(f"{i}. {c.person()[1]} — {row}" for i, row in enumerate(rows, 1))
    return "pv_seance", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"COMMISSION D'ATTRIBUTION DES LOGEMENTS COMMUNAUX — séance du {c.write_date(day)}\n"
        f"Logement : T2 de plain-pied, {c.address()}, loyer {c.money(c.amount(330, 520))}\n"
        f"Candidatures examinées :\n{table}\n"
        f"Décision : le logement est attribué au candidat n° {c.rng.randint(1, 3)} ; les "
        "autres candidatures restent inscrites.\n"
        f"Membres présents : le Maire, {c.person()[1]}, {c.person()[1]}"
    )


SENSITIVE_5 = (
    pc_extension_relative,
    dp_ramp_home,
    police_fall_report,
    swimmer_certificate,
    creche_health_sheet,
    ccas_commission_agenda,
    agent_ergonomic_order,
    adapted_school_transport,
    kitchen_diet_list,
    medical_bed_invoice,
    mayor_protection_deliberation,
    mutuelle_membership,
    voter_assistance_letter,
    jury_exemption_letter,
    cemetery_vehicle_arrete,
    damp_housing_letter,
    mileage_claim_rib,
    psychiatric_provisional_arrete,
    wedding_at_hospital,
    housing_commission_health,
)


# --- ordinary documents that look like it -------------------------------------------------

PLAIN_EXTENSIONS = (
    "Nous souhaitons créer un bureau pour le télétravail et une chambre d'amis.",
    "La famille s'agrandit : une troisième chambre est nécessaire pour nos enfants.",
    "Nous anticipons nos vieux jours avec une suite parentale de plain-pied.",
    "Le garage existant est transformé en pièce de vie et remplacé par un carport.",
)


def pc_extension_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "permis_construire", (
        "DEMANDE DE PERMIS DE CONSTRUIRE — MAISON INDIVIDUELLE\n"
        "PCMI 4 — NOTICE DESCRIPTIVE\n\n"
        f"Demandeur : {civility}\n"
        f"Terrain : {c.address()}, {c.commune} — parcelle {parcel(c)}, "
        f"{c.rng.randint(450, 2400)} m², zone UB du PLU\n"
        f"Projet : extension de {c.rng.randint(20, 45)} m² de surface de plancher en "
        "rez-de-chaussée, accolée au pignon ouest.\n"
        f"Motif : {c.pick(PLAIN_EXTENSIONS)}\n"
        "Aspect : enduit gratté fin beige, tuiles terre cuite, volets bois peints gris clair. "
        "Les deux chênes en limite de propriété sont conservés.\n"
        "Accès et stationnement inchangés ; eaux pluviales infiltrées à la parcelle.\n"
        f"Le {c.write_date(c.date(2022, 2025))}\n{name}"
    )


def dp_ramp_public(c: Ctx) -> tuple[str, str]:
    building = c.pick(
        ("la mairie", "la salle des fêtes", "l'église Saint-Pierre", "la médiathèque")
    )
    return "declaration_prealable", (
        "DÉCLARATION PRÉALABLE — travaux sur construction existante\n"
        f"Déclarant : commune de {c.commune}, représentée par son maire, {c.mayor}\n"
        f"Terrain : {building}, {c.address()} — parcelle {parcel(c)}\n"
        f"Nature des travaux : création d'une rampe d'accès pour les personnes à mobilité "
        f"réduite (pente 4 %, palier de repos, main courante des deux côtés) devant {building}, "
        "remplacement de la porte d'entrée par une porte automatique.\n"
        "Ces travaux s'inscrivent dans l'agenda d'accessibilité programmée (Ad'AP) validé par "
        "la préfecture ; le bâtiment est situé dans le périmètre d'un monument historique "
        "(avis de l'architecte des Bâtiments de France requis).\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(2022, 2025))}"
    )


DAMAGES = (
    (
        "un candélabre couché sur la chaussée, percuté par un véhicule qui a pris la fuite",
        "débris de phare et trace de peinture bleue relevés",
    ),
    (
        "l'abribus de l'arrêt « Collège » dont deux vitres sont brisées",
        "verre répandu sur le trottoir, périmètre balisé",
    ),
    (
        "des tags sur la façade de la salle des sports et la porte du local technique forcée",
        "aucun vol constaté à première vue",
    ),
    (
        "trois jardinières en béton renversées et une barrière de ville arrachée",
        "matériel regroupé sur le parking",
    ),
)


def police_damage_report(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    found, note = c.rng.choice(DAMAGES)
    _, agent = c.person()
    return "courrier", (
        f"POLICE MUNICIPALE DE {c.commune.upper()}\n"
        f"RAPPORT N° PM-{day.year}-{c.rng.randint(10, 450):03d} — atteinte aux biens "
        "communaux\n"
        f"Date : {c.write_date(day)} à {c.rng.randint(6, 22)} h {c.rng.randint(0, 59):02d}\n"
        f"Lieu : {c.address()}\nRédacteur : gardien-brigadier {agent}\n\n"
        f"Lors de la patrouille, constatons {found} ; {note}.\n"
        "Aucun témoin ni blessé. Photographies jointes.\n"
        "Services techniques avisés pour la mise en sécurité ; dépôt de plainte à effectuer "
        "par le Maire auprès de la gendarmerie. Copie au service assurances."
    )


def pool_water_control(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    ok = c.rng.random() < 0.7
    return "courrier", (
        "Agence régionale de santé — délégation départementale\n"
        "Contrôle sanitaire des eaux de piscine\n\n"
        f"Établissement : piscine municipale de {c.commune}\n"
        f"Prélèvement du {c.write_date(day)} — bassin sportif, {c.rng.randint(60, 320)} "
        "baigneurs présents\n"
        f"Chlore libre actif : {c.rng.randint(4, 14) / 10:.1f} mg/l    pH : "
        f"{c.rng.randint(69, 77) / 10:.1f}    Transparence : bonne\n"
        f"Bactéries coliformes : {'absence' if ok else '12 UFC/100 ml'}    "
        "Staphylocoques pathogènes : absence\n"
        + (
            "Conclusion : eau conforme aux limites réglementaires."
            if ok
            else "Conclusion : non-conformité bactériologique ; renforcer la désinfection et "
            "procéder à un recontrôle sous huit jours."
        )
        + "\nLe technicien sanitaire"
    )


def creche_contract(c: Ctx) -> tuple[str, str]:
    first, last = kid(c)
    parent, _ = c.person()
    hours = c.rng.randint(20, 45)
    return "periscolaire_inscription", (
        f"MULTI-ACCUEIL MUNICIPAL DE {c.commune.upper()}\nCONTRAT D'ACCUEIL RÉGULIER\n\n"
        f"Enfant : {first} {last}    Date d'entrée : {c.write_date(c.date(2024, 2025))}\n"
        f"Responsables légaux : {parent}    Tél. : {phone(c)}\n"
        f"Jours et horaires : {c.pick(('lundi au jeudi', 'lundi, mardi, jeudi, vendredi'))}, "
        f"{c.pick(('8 h – 17 h 30', '8 h 30 – 18 h', '7 h 45 – 16 h 30'))} ({hours} h/semaine)\n"
        f"Ressources retenues (avis d'imposition N-2) : {c.money(c.amount(14000, 62000))}\n"
        f"Taux d'effort PSU : 0,0{c.rng.randint(410, 619)} % — tarif horaire "
        f"{c.money(c.amount(1, 3))}\n"
        "Allergies connues : aucune    Régime : aucun\n"
        f"Personne autorisée à venir chercher l'enfant : {c.person()[1]}\n"
        "Paiement mensuel à réception de la facture, par PayFiP ou virement au Trésor public "
        f"(SGC de {c.commune}) : IBAN {treasury_iban(c)}"
    )


def ccas_board_convocation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "convocation", (
        f"CENTRE COMMUNAL D'ACTION SOCIALE DE {c.commune.upper()}\n\n"
        "CONVOCATION DU CONSEIL D'ADMINISTRATION\n"
        f"Le conseil d'administration est convoqué le {c.write_date(day)} à "
        f"{c.pick(('18 h', '18 h 30', '14 h 30'))}, salle du conseil.\nOrdre du jour :\n"
        "1. Compte administratif et compte de gestion\n"
        "2. Renouvellement de la convention de téléassistance avec le Département\n"
        "3. Bilan du plan canicule : nombre d'inscrits au registre, appels passés\n"
        "4. Aides facultatives : statistiques de l'année (les dossiers individuels sont "
        "examinés par la commission permanente)\n"
        "5. Repas des aînés et colis de Noël\n"
        f"Le Président du CCAS, {c.mayor}"
    )


def ergonomic_chairs_order(c: Ctx) -> tuple[str, str]:
    qty = c.rng.randint(4, 16)
    unit = c.amount(180, 520)
    _, buyer = c.person()
    return "bon_de_commande", (
        f"MAIRIE DE {c.commune.upper()}\n"
        f"BON DE COMMANDE N° BC{c.rng.randint(2023, 2025)}-{c.rng.randint(1, 500):03d}\n"
        f"Fournisseur : {c.pick(('Ergo Bureau Services', 'Bureau Plus Sud', 'Manutan'))}\n"
        f"{qty} × siège ergonomique à mécanisme synchrone ........ {c.money(unit)} HT l'unité\n"
        f"{c.rng.randint(2, 8)} × repose-pieds réglable\n"
        "Destination : accueil, état civil, médiathèque\n"
        "Motif : plan de prévention des troubles musculo-squelettiques (document unique "
        "d'évaluation des risques, avis de la F3SCT)\n"
        f"Commande passée par : {buyer}, assistante de prévention\n"
        f"Imputation : 2184 — {c.pick(('Mobilier', 'Équipement des services'))}"
    )


def school_transport_rules(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year)}\nportant règlement du service de transport "
        "scolaire communal\n\n"
        f"Le Maire de {c.commune},\nARRÊTE\n"
        "Article 1 : le service dessert l'école et le collège les jours de classe, selon les "
        "horaires et arrêts annexés.\n"
        "Article 2 : le port de la ceinture est obligatoire ; tout comportement dangereux "
        "peut entraîner une exclusion temporaire après avertissement des familles.\n"
        "Article 3 : les élèves en situation de handicap bénéficient d'un transport adapté "
        "organisé par le Département sur décision de la CDAPH.\n"
        "Article 4 : l'inscription se fait en mairie avant le 15 juillet.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def canteen_menu_allergens(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    return "courrier", (
        f"Restauration scolaire de {c.commune} — menus de la semaine du {c.write_date(day)}\n"
        "Lundi : carottes râpées | poulet rôti, haricots verts | yaourt — allergènes : lait\n"
        "Mardi : potage de légumes | lasagnes (bœuf) | pomme — allergènes : gluten, lait, "
        "œuf, céleri\n"
        "Jeudi (végétarien) : salade de lentilles | omelette, épinards | fromage | compote — "
        "allergènes : œuf, lait, moutarde\n"
        "Vendredi : betteraves | filet de colin pané, riz | éclair — allergènes : poisson, "
        "gluten, lait, œuf\n"
        "Les 14 allergènes réglementaires sont signalés. Les enfants bénéficiant d'un PAI "
        "alimentaire apportent leur panier repas.\n"
        f"Menus validés par la diététicienne de {c.pick((COMPANIES[6], 'API Restauration'))}"
    )


def creche_supplies_invoice(c: Ctx) -> tuple[str, str]:
    _, director = c.person()
    lines = (
        ("Thermomètres frontaux sans contact", 2),
        ("Boîtes de gants nitrile T.M", 10),
        ("Sérum physiologique unidoses (boîte de 40)", 6),
        ("Paracétamol pédiatrique suspension buvable (protocole de soins)", 2),
        ("Compresses stériles 7,5 × 7,5", 8),
    )
    chosen = c.rng.sample(lines, 3)
    items = "\n".join(f"{n} × {label} ....... {c.money(c.amount(3, 40))}" for label, n in chosen)
    return "facture", (
        f"{c.pick(('Pharmacie des Halles', 'Pharmacie du Pont', 'Grande Pharmacie de la Gare'))}"
        f"\nSIRET {siret(c)}\n\nFACTURE N° {c.rng.randint(2023, 2025)}-{c.rng.randint(1, 999)}\n"
        f"Client : commune de {c.commune} — multi-accueil municipal\n"
        f"Commande de {director}, directrice (infirmière puéricultrice)\n"
        f"{items}\n"
        f"Total TTC : {c.money(c.amount(60, 400))} — paiement par mandat administratif à 30 "
        f"jours\nRIB de l'officine : IBAN {iban(c)}"
    )


def hospital_board_delegate(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    (_, a), (_, b) = c.person(), c.person()
    body = c.pick(
        (
            "au conseil de surveillance du centre hospitalier intercommunal",
            "au conseil de la vie sociale de l'EHPAD « Les Glycines »",
            "au comité de pilotage du contrat local de santé",
        )
    )
    return "deliberation", (
        f"Délibération n° {c.act_number(day.year)} — séance du {c.write_date(day)}\n"
        f"Objet : désignation des représentants de la commune {body}\n"
        "Le Maire rappelle que la commune dispose d'un siège de titulaire et d'un siège de "
        "suppléant.\nSont candidats : "
        f"{a}, adjoint(e) aux affaires sociales et à la santé, et {b}, conseiller(ère) "
        "municipal(e).\n"
        f"Après vote à bulletin secret, {a} est désigné(e) titulaire par "
        f"{c.rng.randint(11, 19)} voix et {b} suppléant(e)."
    )


def mutuelle_leaflet(c: Ctx) -> tuple[str, str]:
    return "courrier", (
        f"LA MUTUELLE COMMUNALE DE {c.commune.upper()}, C'EST PARTI !\n\n"
        "Une complémentaire santé négociée par la commune pour tous ses habitants, "
        "retraités, indépendants, demandeurs d'emploi.\n"
        "Sans questionnaire de santé, sans limite d'âge, sans délai de carence.\n"
        f"Tarifs mensuels formule Confort : moins de 30 ans {c.money(c.amount(25, 40))}, "
        f"30-59 ans {c.money(c.amount(45, 70))}, 60 ans et plus {c.money(c.amount(75, 120))}\n"
        f"Permanences en mairie le {c.pick(('premier mardi', 'deuxième jeudi'))} du mois, "
        f"de 9 h à 12 h. Renseignements au {phone(c)}.\n"
        "Pièces à apporter pour adhérer : attestation de carte Vitale, RIB, ancien contrat."
    )


def electoral_registration_notice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2023, 2025)
    return "courrier", (
        f"Mairie de {c.commune} — service élections\n{civility}\n{c.address()}\n\n"
        "Objet : inscription sur la liste électorale\n\n"
        f"Suite à votre demande du {c.write_date(before(c, day, 5, 30))}, nous avons le "
        "plaisir de vous informer de votre inscription sur la liste électorale de la commune, "
        f"à compter du {c.write_date(day)}.\n"
        f"Bureau de vote n° {c.rng.randint(1, 4)} — "
        f"{c.pick(('école Jules Ferry', 'salle des fêtes', 'mairie annexe'))}\n"
        f"Numéro national d'électeur : {digits(c, 9)}\n"
        "Votre carte électorale vous sera adressée avant le prochain scrutin.\n"
        "Le service des élections"
    )


def jury_draw_pv(c: Ctx) -> tuple[str, str]:
    day = c.date(2023, 2025)
    drawn = "\n".join(
        f"- {c.person()[1]}, page {c.rng.randint(1, 80)}, ligne {c.rng.randint(1, 30)}"
        for _ in range(c.rng.randint(3, 6))
    )
    return "pv_seance", (
        f"COMMUNE DE {c.commune.upper()}\n"
        "PROCÈS-VERBAL DU TIRAGE AU SORT DES JURÉS D'ASSISES\n"
        f"Le {c.write_date(day)}, à {c.rng.randint(10, 18)} h, en séance publique, le Maire a "
        f"procédé au tirage au sort, à partir de la liste électorale, des personnes appelées "
        f"à figurer sur la liste préparatoire de l'année {day.year + 1} :\n"
        f"{drawn}\n"
        "Les personnes de moins de 23 ans au 1er janvier ont été écartées. Les intéressés "
        "seront avisés par courrier.\n"
        f"Le Maire, {c.mayor}"
    )


def cemetery_rules_arrete(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'CIM-')}\nportant règlement général du cimetière\n\n"
        f"Le Maire de {c.commune},\nVu les articles L. 2213-8 et suivants du CGCT ;\nARRÊTE\n"
        "Article 5 : le cimetière est ouvert de 8 h à 18 h (19 h en été).\n"
        "Article 12 : la circulation des véhicules est interdite, sauf ceux des entreprises "
        "funéraires, des services municipaux et des personnes à mobilité réduite titulaires "
        "de la carte mobilité inclusion, sur autorisation.\n"
        "Article 20 : les concessions sont délivrées pour 15, 30 ou 50 ans.\n"
        "Article 31 : les plantations ne doivent pas dépasser les limites du terrain concédé.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def housing_request_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        "Objet : demande de logement communal\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        + c.pick(
            (
                "Recruté(e) au collège à la rentrée, je cherche un T2 à loyer modéré près du "
                "bourg.",
                "Notre bail prend fin en juin et nous souhaitons rester dans la commune, où nos "
                "deux enfants sont scolarisés.",
                "Retraité, je souhaite quitter ma maison, devenue trop grande, pour un logement "
                "plus petit dans le centre.",
            )
        )
        + f"\nNos revenus mensuels sont de {c.money(c.amount(1300, 3200))} ; mon numéro unique "
        f"de demandeur est le {c.pick(('031', '047', '046'))}{c.rng.randint(2023, 2025)}"
        f"{digits(c, 6)}.\nJe vous remercie de l'attention portée à ma demande.\n{name}"
    )


def mileage_claim_plain(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    return "courrier", (
        f"Commune de {c.commune} — ÉTAT DE FRAIS DE DÉPLACEMENT\n"
        f"Agent : {name}    Service : {c.pick(('technique', 'état civil', 'urbanisme'))}\n"
        f"Motif : réunion au centre de gestion le {c.write_date(c.date(2023, 2025))}\n"
        f"Véhicule personnel {c.rng.randint(4, 7)} CV — {c.rng.randint(30, 300)} km\n"
        f"Montant dû : {c.money(c.amount(10, 150))}\n"
        "Versement avec la paie du mois suivant, sur le compte habituel de l'agent.\n"
        "Pièces jointes : convocation, tickets de péage.\n"
        "Visa du directeur général des services"
    )


def ccas_budget_deliberation(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2026)
    return "deliberation", (
        f"Délibération n° {c.act_number(year)}\n"
        f"Objet : subvention de fonctionnement au CCAS — budget primitif {year}\n"
        "L'adjointe aux affaires sociales présente le budget du CCAS :\n"
        f"- aides facultatives (secours, bons alimentaires) : {c.money(c.amount(3000, 15000))}\n"
        f"- téléassistance des personnes âgées : {c.money(c.amount(2000, 9000))}\n"
        f"- portage de repas et transport solidaire : {c.money(c.amount(5000, 30000))}\n"
        f"- repas des aînés : {c.money(c.amount(2000, 8000))}\n"
        "Le conseil municipal vote une subvention d'équilibre de "
        f"{c.money(c.amount(10000, 60000))}.\nAdopté à l'unanimité."
    )


def wedding_date_request(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, partner = c.person()
    (_, w1), (_, w2) = c.person(), c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        "Objet : réservation d'une date de mariage\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"{partner} et moi souhaitons nous marier à la mairie de {c.commune} le "
        f"{c.write_date(c.date(2025, 2026))}, de préférence en fin de matinée.\n"
        f"Nos témoins seront {w1} et {w2}. Nous déposerons le dossier complet (actes de "
        "naissance, justificatifs de domicile) au moins un mois avant la date.\n"
        "Pourriez-vous nous confirmer la disponibilité de la salle des mariages ?\n"
        f"Bien cordialement,\n{name}"
    )


def adapted_transport_tender(c: Ctx) -> tuple[str, str]:
    company = c.pick(("Taxis Lacoste", "Transports Ambert", "Mobilité Solidaire 31"))
    return "marche", (
        f"MARCHÉ N° {c.rng.randint(2023, 2025)}-{c.rng.randint(1, 30):02d} — "
        "CAHIER DES CLAUSES PARTICULIÈRES\n"
        f"Acheteur : commune de {c.commune}\n"
        "Objet : transport des enfants en situation de handicap vers les établissements "
        "scolaires et médico-sociaux\n"
        "Article 3 : les véhicules sont équipés pour le transport de fauteuils roulants ; "
        "les conducteurs sont titulaires du PSC1 et formés à l'accompagnement des enfants "
        "handicapés.\n"
        "Article 4 : la liste des élèves et les consignes individuelles sont transmises au "
        "titulaire par le service scolaire, sous pli confidentiel, à chaque rentrée.\n"
        f"Titulaire : {company}, SIRET {siret(c)} — prix du kilomètre : "
        f"{c.money(c.amount(1, 3))} HT\nPaiement au compte du titulaire : IBAN {iban(c)}"
    )


def job_offer_rqth(c: Ctx) -> tuple[str, str]:
    job = c.pick(
        (
            "agent d'accueil et d'état civil",
            "agent polyvalent des espaces verts",
            "animateur périscolaire",
            "gestionnaire comptable",
        )
    )
    return "courrier", (
        f"LA COMMUNE DE {c.commune.upper()} RECRUTE\n"
        f"Un(e) {job} — cadre d'emplois des "
        f"{c.pick(('adjoints administratifs', 'adjoints techniques', 'rédacteurs'))} "
        "territoriaux\n"
        "Temps complet, poste permanent, par voie statutaire ou contractuelle.\n"
        "Missions : accueil physique et téléphonique, tenue des registres, appui aux "
        "élections.\n"
        "Poste ouvert aux personnes en situation de handicap : les candidatures de "
        "travailleurs bénéficiaires de la RQTH sont les bienvenues, le poste pouvant être "
        "aménagé.\n"
        f"Candidature (CV et lettre) avant le {c.write_date(c.date(2024, 2026))} à "
        f"Monsieur le Maire, {c.address()}, {c.commune}."
    )


def housing_commission_plain(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    rows = "\n".join(
        f"{i}. {c.person()[1]} — {situation}, revenus {c.money(c.amount(900, 3200))} / mois"
        for i, situation in enumerate(
            c.rng.sample(
                (
                    "couple, deux enfants",
                    "personne seule, agent de la commune",
                    "famille monoparentale, un enfant",
                    "couple de retraités",
                ),
                3,
            ),
            1,
        )
    )
    return "pv_seance", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"COMMISSION D'ATTRIBUTION DES LOGEMENTS COMMUNAUX — séance du {c.write_date(day)}\n"
        f"Logement : T3 à l'étage, {c.address()}, loyer {c.money(c.amount(420, 650))}\n"
        f"Candidatures :\n{rows}\n"
        f"Décision : attribution au candidat n° {c.rng.randint(1, 3)} (ancienneté de la "
        "demande et adéquation de la taille du logement).\n"
        f"Membres présents : le Maire, {c.person()[1]}, {c.person()[1]}"
    )


def nurse_parking_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    job = c.pick(("infirmier(ère) libéral(e)", "kinésithérapeute", "médecin généraliste"))
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year)}\n"
        "portant autorisation de stationnement d'un professionnel de santé\n\n"
        f"Le Maire de {c.commune},\nVu le code de la route ;\n"
        f"Vu la demande de {civility}, {job} exerçant {c.address()} ;\n"
        "Considérant les visites à domicile effectuées quotidiennement dans le centre ancien ;\n"
        "ARRÊTE\n"
        f"Article 1 : le véhicule {plate(c)} est autorisé à stationner sur les emplacements "
        "de la place de l'Église pendant la durée des soins à domicile, disque apposé.\n"
        f"Article 2 : autorisation valable jusqu'au {c.write_date(after(c, day, 300, 365))}.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def residence_equipment_invoice(c: Ctx) -> tuple[str, str]:
    qty = c.rng.randint(3, 12)
    company = c.pick(("Médical Service 47", "Orthopédie du Quercy", "Hospi Équip SAS"))
    return "facture", (
        f"{company}\nSIRET {siret(c)}\n\n"
        f"FACTURE N° F{c.rng.randint(2023, 2025)}{digits(c, 5)}\n"
        f"Client : CCAS de {c.commune} — résidence autonomie « Les Tilleuls »\n"
        f"{qty} × lit médicalisé électrique avec barrières ....... {c.money(c.amount(600, 1400))}"
        " HT l'unité\n"
        f"{qty} × matelas de prévention des escarres\n"
        f"2 × lève-personne mobile ....... {c.money(c.amount(900, 2200))} HT l'unité\n"
        "Livraison et installation dans les logements libérés par les travaux de rénovation.\n"
        f"Total TTC : {c.money(c.amount(8000, 40000))}\n"
        f"Règlement par virement au compte du fournisseur : IBAN {iban(c)}"
    )


ORDINARY_5 = (
    pc_extension_plain,
    dp_ramp_public,
    police_damage_report,
    pool_water_control,
    creche_contract,
    ccas_board_convocation,
    ergonomic_chairs_order,
    school_transport_rules,
    canteen_menu_allergens,
    creche_supplies_invoice,
    hospital_board_delegate,
    mutuelle_leaflet,
    electoral_registration_notice,
    jury_draw_pv,
    cemetery_rules_arrete,
    housing_request_letter,
    mileage_claim_plain,
    ccas_budget_deliberation,
    wedding_date_request,
    adapted_transport_tender,
    job_offer_rqth,
    housing_commission_plain,
    nurse_parking_arrete,
    residence_equipment_invoice,
)
