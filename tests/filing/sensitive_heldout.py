"""Fourth batch of documents for the sensitivity check.

Written by another author who never saw the detector (`filing/sensitive.py`) nor its
benchmark, only the product's rule and the earlier batches (to write other situations and
wordings). It is measured once and never used to tune anything: its figure is the honest
estimate of how the check does on documents nobody has tuned it against.

``SENSITIVE_4`` holds documents that are sensitive by their content (a NIR, a private
person's IBAN, health information about an identifiable person) under types that are not
sensitive in themselves; ``ORDINARY_4`` holds documents of the same types that look like them
(suppliers' or the commune's bank details, long reference numbers, health matters spoken of in
general, names next to non-health content) and are not sensitive.
"""

from __future__ import annotations

import datetime as dt

from tests.filing.classify_corpus import COMPANIES, GRADES, SCHOOLS, Ctx
from tests.filing.sensitive_corpus import iban, nir

CHILDREN = ("Maël", "Lina", "Timéo", "Jade", "Nolan", "Rose", "Sacha", "Louise", "Ilyes", "Manon")
CHILD_SURNAMES = ("PETIT", "LAMBERT", "BONNET", "MERCIER", "FRANÇOIS", "LEGRAND", "GIRAUD")
DOCTORS = ("Dr Leroy", "Dr Aubert", "Docteur Marchand", "Dr F. Caron", "Dr Belkacem", "Dr Hoarau")
BICS = ("CCBPFRPPTLS", "AGRIFRPP831", "CMCIFR2A", "BNPAFRPPXXX", "PSSTFRPPTOU", "CEPAFRPP313")
CLASSES = ("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2")
MAYOR_SALUTATIONS = ("Monsieur le Maire,", "Madame la Maire,", "Madame, Monsieur,")


# --- helpers ------------------------------------------------------------------------------


def later(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=c.rng.randint(low, high))


def earlier(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day - dt.timedelta(days=c.rng.randint(low, high))


def digits(c: Ctx, n: int) -> str:
    return "".join(str(c.rng.randint(0, 9)) for _ in range(n))


def phone(c: Ctx) -> str:
    return f"0{c.pick(('5', '6', '7'))} " + " ".join(digits(c, 2) for _ in range(4))


def nir_printed(c: Ctx) -> str:
    """A valid NIR, printed as forms and letters print it."""
    parts = nir(c, corsica=c.rng.random() < 0.1).split()
    style = c.rng.randrange(5)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    if style == 2:
        return ".".join(parts)
    if style == 3:
        return f"{' '.join(parts[:-1])} clé {parts[-1]}"
    return f"{''.join(parts[:-1])} {parts[-1]}"


def iban_printed(c: Ctx) -> str:
    value = iban(c)
    return value if c.rng.random() < 0.6 else value.replace(" ", "")


def bank_iban(c: Ctx, bank: str) -> str:
    """A French IBAN with right check digits whose BBAN starts with a given bank code
    (30001: Banque de France, where the Trésor public holds the communes' accounts)."""
    bban = bank + digits(c, 23 - len(bank))
    check = 98 - int(bban + "152700") % 97
    compact = f"FR{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def not_nir(c: Ctx) -> str:
    """Fifteen digits starting like a NIR whose last two are NOT its key: a reference number."""
    while True:
        body = c.pick(("1", "2")) + digits(c, 12)
        key = c.rng.randint(1, 99)
        if key != 97 - int(body) % 97:
            return f"{body}{key:02d}"


def siret(c: Ctx) -> str:
    return f"{digits(c, 3)} {digits(c, 3)} {digits(c, 3)} {digits(c, 5)}"


def ean13(c: Ctx) -> str:
    body = "3" + digits(c, 11)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def child(c: Ctx) -> tuple[str, str]:
    return c.pick(CHILDREN), c.pick(CHILD_SURNAMES)


# --- sensitive by content -----------------------------------------------------------------

LONG_LEAVES = (
    ("congé de longue maladie", "CLM", "un an à plein traitement puis deux ans à demi-traitement"),
    (
        "congé de longue durée",
        "CLD",
        "trois ans à plein traitement puis deux ans à demi-traitement",
    ),
    (
        "congé de grave maladie",
        "CGM",
        "douze mois à plein traitement puis vingt-quatre mois à demi-traitement",
    ),
)


def long_leave_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    label, short, pay = c.rng.choice(LONG_LEAVES)
    start = c.date(2021, 2025)
    end = later(c, start, 90, 365)
    renew = c.rng.random() < 0.4
    what = f"renouvellement d'un {label}" if renew else f"placement en {label}"
    grade = "agent contractuel" if short == "CGM" else c.pick(GRADES)
    placed = c.pick(
        (
            f"est placé(e) en {short} du {c.write_date(start)} au {c.write_date(end)} inclus",
            f"bénéficie d'un {label} pour la période du {c.write_date(start)} au "
            f"{c.write_date(end)}",
        )
    )
    return "arrete", (
        f"COMMUNE DE {c.commune.upper()}\nARRÊTÉ N° {c.act_number(start.year, 'RH-')}\n"
        f"portant {what}\n\nLe Maire de {c.commune},\n"
        "Vu le code général de la fonction publique ;\n"
        "Vu le décret n° 87-602 du 30 juillet 1987 relatif à l'organisation des conseils "
        "médicaux et au régime des congés de maladie ;\n"
        f"Vu l'avis {c.pick(('favorable', 'favorable à l’unanimité'))} du conseil médical "
        f"départemental en sa séance du {c.write_date(earlier(c, start, 10, 40))} ;\n"
        "ARRÊTE\n"
        f"Article 1 : {civility}, {grade}, {placed}.\n"
        f"Article 2 : l'intéressé(e) conserve ses droits à rémunération dans la limite de {pay}.\n"
        "Article 3 : le présent arrêté sera notifié à l'intéressé(e) et transmis au comptable "
        f"public.\nFait à {c.commune}, le {c.write_date(earlier(c, start, 1, 9))}\n"
        f"Le Maire, {c.mayor}"
    )


def therapeutic_part_time(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2021, 2025)
    after = c.pick(
        (
            "votre congé de maladie ordinaire",
            "votre congé de longue maladie",
            "votre opération du dos et la convalescence qui a suivi",
            "vos traitements de chimiothérapie",
            "votre arrêt pour épuisement professionnel",
        )
    )
    mode = c.pick(("temps partiel pour raison thérapeutique", "TPT", "mi-temps thérapeutique"))
    return "courrier", (
        f"Mairie de {c.commune}\nService des ressources humaines\n\n{civility}\n{c.address()}\n"
        f"{c.commune}, le {c.write_date(earlier(c, start, 5, 15))}\n\n"
        "Objet : reprise à temps partiel pour raison thérapeutique\n\n"
        f"{c.pick(('Madame, Monsieur,', 'Madame,', 'Monsieur,'))}\n"
        f"À l'issue de {after}, le {c.pick(DOCTORS)}, médecin agréé, a rendu un avis favorable à "
        f"votre reprise en {mode}.\n"
        f"Vous reprendrez donc vos fonctions le {c.write_date(start)} à "
        f"{c.pick(('50 %', '60 %', '70 %', '80 %'))} pour une durée de "
        f"{c.pick(('trois', 'deux', 'six'))} mois, renouvelable. Votre traitement est maintenu "
        "en totalité.\nVotre planning sera établi avec votre responsable de service.\n"
        "Pour le Maire et par délégation,\nLa directrice générale des services"
    )


RESTRICTIONS = (
    "pas de port de charges supérieures à 10 kg",
    "pas de station debout prolongée",
    "pas de travail en hauteur ni sur échelle",
    "éviter les gestes répétitifs des membres supérieurs",
    "pas d'exposition aux produits d'entretien (asthme)",
    "pas de conduite d'engins ni de véhicules",
    "pas de travail de nuit",
)


def inaptitude_letter(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    job = c.pick(
        (
            "agent d'entretien des écoles",
            "agent des espaces verts",
            "ATSEM",
            "cuisinier au restaurant scolaire",
            "agent de voirie",
        )
    )
    first, second = c.rng.sample(RESTRICTIONS, 2)
    verdict = c.pick(
        (
            f"définitivement inapte à l'exercice de vos fonctions d'{job}",
            f"inapte de façon définitive et absolue à vos fonctions d'{job}",
            f"inapte à vos fonctions d'{job}, mais apte à d'autres fonctions",
        )
    )
    meeting = c.date(2021, 2025)
    return "courrier", (
        f"{c.commune}, le {c.write_date(later(c, meeting, 7, 30))}\n\n"
        f"LETTRE RECOMMANDÉE AVEC AR\n{civility}\n{c.address()}\n\n"
        "Objet : avis du conseil médical — inaptitude et reclassement\n\n"
        f"Par avis du {c.write_date(meeting)}, le conseil médical vous a déclaré(e) {verdict}.\n"
        f"Le médecin du travail préconise les aménagements suivants : {first} ; "
        f"{second}.\nVous bénéficiez d'une période de préparation au reclassement (PPR) d'une "
        "durée maximale d'un an. Un entretien avec le centre de gestion est prévu le "
        f"{c.write_date(later(c, meeting, 35, 60))}.\n"
        f"Le Maire,\n{c.mayor}"
    )


VISIT_MOTIVES = (
    "visite de reprise après un arrêt de maladie de plus de 30 jours",
    "visite de pré-reprise (congé de longue maladie en cours)",
    "visite de reprise à la suite de votre accident de service (fracture de la cheville)",
    "surveillance médicale particulière — travailleur handicapé (RQTH)",
    "visite à la demande de l'agent — suivi après hospitalisation",
    "visite de reprise après congé de maternité pathologique",
)


def prevention_visit_convocation(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    hour = f"{c.rng.randint(8, 16)} h {c.pick(('00', '15', '30', '45'))}"
    return "convocation", (
        "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE\n"
        "Pôle santé au travail — Service de médecine préventive\n\n"
        f"CONVOCATION\n\nAgent : {name}\nCollectivité : commune de {c.commune}\n"
        f"Fonction : {c.pick(GRADES)}\n"
        f"Type de visite : {c.pick(VISIT_MOTIVES)}\n"
        f"Date : {c.write_date(day)} à {hour}\nLieu : cabinet médical du centre de gestion\n"
        "Merci de vous munir "
        + c.pick(
            (
                "de vos derniers comptes rendus médicaux et ordonnances en cours.",
                "de votre carnet de vaccination et de vos lunettes.",
                "des examens récents (radiographies, audiogramme) en votre possession.",
            )
        )
        + f"\nEn cas d'empêchement, prévenir le secrétariat au {phone(c)}."
    )


INJURIES = (
    "une fracture du poignet gauche",
    "une entorse grave du genou droit",
    "une plaie profonde de la main ayant nécessité six points de suture",
    "un traumatisme crânien sans perte de connaissance",
    "une lombalgie aiguë",
    "une morsure de chien à l'avant-bras",
    "une brûlure au second degré de l'avant-bras",
)
CIRCUMSTANCES = (
    "en déchargeant des barrières de sécurité",
    "lors d'une chute dans l'escalier de l'école",
    "en utilisant la débroussailleuse",
    "pendant le service du restaurant scolaire",
    "lors de la distribution du bulletin municipal",
)


def service_accident_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    accident = c.date(2021, 2025)
    decided = later(c, accident, 20, 90)
    end = later(c, accident, 10, 80)
    leave = c.pick(("CITIS", "congé pour invalidité temporaire imputable au service"))
    return "decision_maire", (
        f"DÉCISION DU MAIRE N° {c.act_number(decided.year)}\n"
        "portant reconnaissance de l'imputabilité au service d'un accident\n\n"
        f"Le Maire de {c.commune},\n"
        f"Vu la déclaration d'accident de service du {c.write_date(accident)} ;\n"
        f"Vu le certificat médical initial constatant {c.pick(INJURIES)} ;\n"
        f"Vu le rapport hiérarchique du {c.write_date(later(c, accident, 1, 5))} ;\n"
        "DÉCIDE\n"
        f"Article 1 : l'accident survenu à {civility}, {c.pick(GRADES)}, le "
        f"{c.write_date(accident)} {c.pick(CIRCUMSTANCES)}, est reconnu imputable au service.\n"
        f"Article 2 : l'intéressé(e) est placé(e) en {leave} "
        f"du {c.write_date(accident)} au {c.write_date(end)} ; les frais médicaux sont pris en "
        "charge par la commune.\n"
        f"{c.commune}, le {c.write_date(decided)}"
    )


DISEASES = (
    (
        "un syndrome du canal carpien à la main droite",
        "l'usage quotidien du taille-haie et de la débroussailleuse",
    ),
    (
        "une tendinopathie de la coiffe des rotateurs de l'épaule",
        "le ménage des classes et la manutention répétée des chaises",
    ),
    (
        "une surdité partielle des deux oreilles",
        "l'exposition au bruit des engins pendant des années",
    ),
    ("un eczéma de contact aux deux mains", "les produits d'entretien utilisés à la cantine"),
    ("une hernie discale lombaire", "le port répété de charges lourdes au service voirie"),
)


def occupational_disease_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    disease, cause = c.rng.choice(DISEASES)
    title = c.pick(
        (
            "demande de reconnaissance de maladie professionnelle",
            "déclaration de MP",
            "reconnaissance d'une maladie imputable au service",
        )
    )
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"À l'attention de Monsieur le Maire\nObjet : {title}\n"
        "P.J. : certificat médical initial, compte rendu d'examen\n\n"
        f"{c.pick(MAYOR_SALUTATIONS)}\n"
        f"J'exerce depuis {c.rng.randint(6, 28)} ans au sein des services techniques de la "
        f"commune. Mon médecin a diagnostiqué {disease}, qu'il met en lien avec {cause}.\n"
        "Je sollicite la reconnaissance de cette pathologie et mon placement en congé pour "
        f"invalidité temporaire imputable au service à compter du {c.write_date(c.date())}.\n"
        "Je reste à votre disposition pour l'enquête administrative et l'expertise.\n"
        "Je vous prie d'agréer l'expression de mes salutations respectueuses.\n\n\n"
        f"{name}"
    )


APA_CONDITIONS = (
    "maladie d'Alzheimer au stade modéré",
    "suites d'une fracture du col du fémur",
    "maladie de Parkinson",
    "insuffisance cardiaque, essoufflement au moindre effort",
    "cécité presque totale (DMLA)",
)


def apa_followup(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    visit = c.date(2022, 2025)
    lines = [
        f"CCAS de {c.commune} — Pôle autonomie",
        "FICHE DE SUIVI — ALLOCATION PERSONNALISÉE D'AUTONOMIE (APA)",
        f"Bénéficiaire : {name}",
        f"Né(e) le : {c.write_date(c.date(1928, 1948))}",
        f"Adresse : {c.address()}, {c.commune}",
        f"Visite d'évaluation à domicile : {c.write_date(visit)}",
        f"Classement : GIR {c.rng.randint(1, 4)}",
    ]
    if c.rng.random() < 0.7:
        lines.append(f"Pathologie principale : {c.pick(APA_CONDITIONS)}")
    lines += [
        "Plan d'aide : "
        + c.pick(
            (
                "25 h d'aide à domicile par mois, téléassistance",
                "aide au lever et à la toilette matin et soir, portage des repas",
                "accueil de jour deux fois par semaine, protections",
            )
        ),
        f"Aidant principal : {c.pick(('sa fille', 'son fils', 'son époux', 'son épouse'))}",
        "Évaluatrice : Mme Perrin, travailleur social",
    ]
    return "courrier", "\n".join(lines)


DIETS = (
    "diabétique, sans sucre ajouté",
    "sans sel strict (insuffisance cardiaque)",
    "texture mixée — troubles de la déglutition après un AVC",
    "sans résidu (maladie de Crohn)",
    "hyperprotéiné, dénutrition en cours de chimiothérapie",
    "pauvre en potassium (insuffisance rénale, dialysé)",
)


def meal_delivery_order(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    meals = c.rng.randint(8, 26)
    unit = c.amount(6, 11)
    kitchen = c.pick(
        ("Restauration Collective Dupuis", "Cuisine centrale du Val", "API Restauration")
    )
    days = c.pick(("lundi, mercredi, vendredi", "du lundi au samedi", "tous les jours"))
    return "bon_de_commande", (
        f"CCAS DE {c.commune.upper()}\nBON DE COMMANDE N° {c.rng.randint(2024, 2025)}-"
        f"{c.rng.randint(1, 400):04d}\n"
        f"Fournisseur : {kitchen}\n"
        "Prestation : portage de repas à domicile\n"
        f"Bénéficiaire : {civility}, {c.address()}\n"
        f"Régime : {c.pick(DIETS)}\n"
        f"Livraison : {days}\n"
        f"Quantité : {meals} repas — prix unitaire {c.money(unit)} — "
        f"total {c.money(unit * meals)}\n"
        f"Date : {c.write_date(c.date())}\nLe Président du CCAS"
    )


HOUSING_SITUATIONS = (
    "Depuis son accident vasculaire cérébral, mon époux se déplace en fauteuil roulant et ne "
    "peut plus sortir de l'appartement.",
    "Atteinte d'une sclérose en plaques, je ne peux plus monter les escaliers sans aide.",
    "Notre fils, polyhandicapé, grandit et nous ne pouvons plus le porter jusqu'au troisième.",
    "Je suis sous oxygène en permanence à cause de mon insuffisance respiratoire.",
    "J'ai été amputé de la jambe gauche à cause de mon diabète et je marche avec une prothèse.",
)


def adapted_housing_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}, appartement {c.rng.randint(10, 48)}\n{c.commune}\n\n"
        "Objet : demande de logement adapté (rez-de-chaussée ou ascenseur)\n\n"
        f"{c.pick(MAYOR_SALUTATIONS)}\n"
        f"Locataires depuis {c.rng.randint(3, 20)} ans d'un logement social au troisième étage "
        "sans ascenseur, nous sollicitons votre appui auprès de la commission d'attribution.\n"
        f"{c.pick(HOUSING_SITUATIONS)}\n"
        "Vous trouverez ci-joint "
        + c.pick(
            (
                "la notification de la MDPH et un certificat médical.",
                "le certificat de notre médecin et notre numéro de demande.",
                "la copie de notre demande de mutation.",
            )
        )
        + "\nDans l'attente de votre réponse, veuillez recevoir nos salutations distinguées.\n\n"
        f"{name}"
    )


PAI_CASES = (
    (
        "allergie sévère à l'arachide et aux fruits à coque",
        "trousse d'urgence avec stylo d'adrénaline en classe et au restaurant",
    ),
    ("intolérance au lactose", "repas sans lait ni produits laitiers"),
    ("drépanocytose", "faire boire souvent, éviter le froid, appeler le 15 en cas de douleur"),
    ("hémophilie A", "pas de jeux de contact, prévenir les parents au moindre choc"),
    (
        "diabète insulinodépendant",
        "contrôle de glycémie avant le repas, resucrage en cas de malaise",
    ),
    ("allergie aux protéines de lait de vache (APLV)", "panier repas fourni par la famille"),
    ("épilepsie", "en cas de crise : PLS, Buccolam selon le protocole joint"),
)


def pai_registration(c: Ctx) -> tuple[str, str]:
    first, last = child(c)
    parent, _ = c.person()
    year = c.rng.randint(2023, 2025)
    condition, action = c.rng.choice(PAI_CASES)
    box = c.pick(("☒ oui ☐ non", "[X] OUI  [ ] NON", "oui"))
    return "periscolaire_inscription", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"DOSSIER UNIQUE D'INSCRIPTION — RESTAURATION SCOLAIRE ET PÉRISCOLAIRE {year}-{year + 1}\n"
        f"Nom de l'enfant : {last}    Prénom : {first}    Classe : {c.pick(CLASSES)}\n"
        f"École : {c.pick(SCHOOLS)}\n"
        f"Responsable légal : {parent}    Tél. : {phone(c)}\n"
        "SANTÉ\n"
        f"Projet d'accueil individualisé (PAI) : {box}\n"
        f"Motif : {condition}\n"
        f"Conduite à tenir : {action}\n"
        "Je certifie exacts les renseignements portés sur cette fiche."
    )


AESH_CONDITIONS = (
    "est malentendante et porte deux appareils auditifs",
    "présente une dyspraxie sévère qui la gêne pour manger seule",
    "a un trouble du spectre de l'autisme diagnostiqué l'an dernier",
    "est porteuse d'une trisomie 21",
    "est atteinte d'une myopathie et se déplace en fauteuil",
)


def aesh_lunchtime_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    kid = c.pick(("Lou", "Maya", "Anna", "Clara", "Yasmine"))
    return "courrier", (
        f"{civility}\n{c.address()}\n\n{c.pick(MAYOR_SALUTATIONS)}\n"
        f"Ma fille {kid}, élève de {c.pick(CLASSES)} à l'{c.pick(SCHOOLS)}, "
        f"{c.pick(AESH_CONDITIONS)}.\n"
        f"La MDPH lui a notifié une aide humaine de {c.rng.randint(8, 20)} heures par semaine, "
        "mais l'AESH n'intervient pas pendant la pause méridienne.\n"
        "Serait-il possible qu'un animateur de la commune soit présent à ses côtés à la "
        "cantine ? Je suis disponible pour en parler avec le service périscolaire.\n"
        "Avec mes remerciements,\n\n"
        f"{name}"
    )


TREATMENTS = (
    "Dépakine 200 mg, un comprimé au goûter",
    "Ritaline LP 10 mg à 12 h",
    "Ventoline, deux bouffées avant toute activité sportive",
    "Amoxicilline sirop, 5 ml à midi pendant 7 jours (otite)",
    "insuline rapide selon la glycémie relevée avant le repas",
    "Xyzall, un comprimé le matin (rhume des foins)",
)


def medication_authorisation(c: Ctx) -> tuple[str, str]:
    first, last = child(c)
    parent, _ = c.person()
    start = c.date(2022, 2025)
    return "periscolaire_inscription", (
        f"Accueil de loisirs de {c.commune}\n"
        "AUTORISATION PARENTALE D'ADMINISTRATION DE MÉDICAMENTS\n\n"
        f"Je soussigné(e) {parent}, responsable légal de l'enfant {first} {last}, autorise "
        "l'équipe d'animation à lui donner le traitement suivant :\n"
        f"{c.pick(TREATMENTS)}\n"
        f"du {c.write_date(start)} au {c.write_date(later(c, start, 5, 120))}, conformément à "
        f"l'ordonnance du {c.pick(DOCTORS)} jointe.\n"
        "Les médicaments sont fournis dans leur emballage d'origine, au nom de l'enfant.\n"
        f"Fait à {c.commune}, le {c.write_date(start)}\nSignature"
    )


def census_agent_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    year = c.rng.randint(2023, 2026)
    label = c.pick(("N° de sécurité sociale", "N° INSEE", "NIR", "N° d'immatriculation"))
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(year - 1)}\nportant nomination d'un agent recenseur\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu la loi n° 2002-276 du 27 février 2002, titre V ;\n"
        f"Vu la délibération du conseil municipal relative au recensement de {year} ;\n"
        "ARRÊTE\n"
        f"Article 1 : {civility}, né(e) le {c.write_date(c.date(1955, 2003))}, demeurant "
        f"{c.address()}, {label} : {nir_printed(c)}, est nommé(e) agent recenseur pour le "
        f"district n° {c.rng.randint(1, 6)}.\n"
        "Article 2 : l'intéressé(e) sera rémunéré(e) à raison de "
        f"{c.money(c.amount(1, 2))} par bulletin individuel collecté.\n"
        "Article 3 : ampliation au coordonnateur communal et à l'intéressé(e)."
    )


def councillor_payroll_form(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    lines = [
        f"Commune de {c.commune} — service finances",
        "FICHE DE RENSEIGNEMENTS — ÉLU(E) PERCEVANT UNE INDEMNITÉ DE FONCTION",
        f"Nom, prénom : {name}",
        "Fonction : "
        + c.pick(("1er adjoint", "2e adjointe", "3e adjoint", "conseillère déléguée")),
        f"Date de naissance : {c.write_date(c.date(1950, 1990))}",
    ]
    with_nir = c.rng.random() < 0.7
    if with_nir:
        lines.append(f"N° de sécurité sociale : {nir_printed(c)}")
    if not with_nir or c.rng.random() < 0.6:
        lines.append(f"Coordonnées bancaires : IBAN {iban_printed(c)}  BIC {c.pick(BICS)}")
    lines += [
        f"Affiliation IRCANTEC : {c.pick(('oui', 'non'))}",
        f"Date d'effet de l'indemnité : {c.write_date(c.date(2020, 2026))}",
        "Signature de l'élu(e)",
    ]
    return "courrier", "\n".join(lines)


REFUND_REASONS = (
    "au trop-perçu de restauration scolaire du premier trimestre",
    "à l'acompte versé pour la location de la salle polyvalente, annulée",
    "à la caution du badge de la déchetterie",
    "aux frais de séjour de classe de neige non effectué",
)


def refund_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(day.year, 'D')}\n\nLe Maire de {c.commune},\n"
        "Vu l'article L. 2122-22 du code général des collectivités territoriales ;\n"
        "Vu la délibération du conseil municipal lui donnant délégation ;\n"
        "DÉCIDE\n"
        f"Article 1 : de rembourser à {civility}, demeurant {c.address()}, la somme de "
        f"{c.money(c.amount(30, 900))} correspondant {c.pick(REFUND_REASONS)}.\n"
        "Article 2 : le mandat sera émis au compte 673 ; le virement sera fait sur le compte "
        f"de l'intéressé(e) : IBAN {iban_printed(c)}.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def treasurer_account_grant(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, treasurer = c.person()
    club = c.pick(
        (
            "Les Amis du Patrimoine",
            "Club de pétanque La Boule d'Or",
            "Comité des fêtes",
            "Atelier couture et tricot",
        )
    )
    return "courrier", (
        f"Association « {club} »\nchez {civility}, {c.address()}\n\n"
        "Objet : demande de subvention de fonctionnement\n\n"
        f"{c.pick(MAYOR_SALUTATIONS)}\n"
        f"Notre association, créée cette année, sollicite une subvention de "
        f"{c.money(c.amount(150, 1500))} pour l'achat de matériel.\n"
        "N'ayant pas encore ouvert de compte au nom de l'association, nous vous prions de "
        f"verser la somme sur le compte personnel de notre trésorier(e), {treasurer} :\n"
        f"IBAN {iban_printed(c)} — BIC {c.pick(BICS)}\n"
        f"Le président,\n{name}"
    )


def concession_retrocession(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n\nObjet : rétrocession de la concession n° "
        f"{c.rng.randint(12, 890)} — cimetière "
        f"{c.pick(('communal', 'du Nord', 'de la Croix'))}\n\n"
        f"{c.pick(MAYOR_SALUTATIONS)}\n"
        "Les restes de mes parents ayant été transférés dans le caveau familial de "
        f"{c.pick(('Bordeaux', 'Rennes', 'Albi', 'Dijon'))}, la concession "
        f"{c.pick(('trentenaire', 'cinquantenaire'))} achetée en "
        f"{c.rng.randint(1995, 2015)} est désormais vide.\n"
        "Je souhaite la rétrocéder à la commune et percevoir le remboursement prévu, au "
        f"prorata du temps restant, sur mon compte :\n{iban_printed(c)}\n"
        f"Respectueusement,\n{name}"
    )


VOTE_REASONS = (
    "Hospitalisé(e) au centre hospitalier pour une chimiothérapie",
    "En rééducation après la pose d'une prothèse de hanche",
    "Ne pouvant plus me déplacer à cause de ma sclérose en plaques",
    "Dialysé(e) trois fois par semaine et très fatigué(e)",
    "Alité(e) depuis ma chute et ma fracture du bassin",
)


def proxy_vote_at_home(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    election = c.pick(("municipales", "européennes", "législatives", "présidentielle"))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Objet : procuration — élections {election}\n\n"
        f"{c.pick(('Madame, Monsieur,', 'Monsieur le Maire,'))}\n"
        f"{c.pick(VOTE_REASONS)}, je ne pourrai pas me rendre au bureau de vote.\n"
        "Je souhaite donner procuration à ma voisine et vous demande de bien vouloir faire "
        "venir un officier de police judiciaire à mon domicile pour l'établir.\n"
        f"Je joins le certificat de mon médecin. Vous pouvez me joindre au {phone(c)}.\n\n"
        f"{name}"
    )


EXPERTISES = (
    ("psychiatre", "demande de congé de longue durée"),
    ("rhumatologue", "demande de reconnaissance de maladie professionnelle"),
    ("neurologue", "prolongation du congé de longue maladie"),
    ("orthopédiste", "consolidation de l'accident de service"),
    ("cardiologue", "aptitude à la reprise après congé de longue maladie"),
)


def medical_board_convocation(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    specialty, purpose = c.rng.choice(EXPERTISES)
    day = c.date(2022, 2025)
    return "convocation", (
        "Conseil médical départemental — secrétariat\n\n"
        f"CONVOCATION À UNE EXPERTISE MÉDICALE\n\n{civility}\n"
        f"Agent de la commune de {c.commune}\n\n"
        f"Vous êtes convoqué(e) le {c.write_date(day)} à {c.rng.randint(9, 17)} h auprès du "
        f"{c.pick(DOCTORS)}, {specialty} agréé, dans le cadre de l'instruction de votre "
        f"dossier : {purpose}.\n"
        "Présentez-vous muni(e) d'une pièce d'identité et de l'ensemble de vos documents "
        "médicaux.\nLes frais de transport vous seront remboursés par votre collectivité.\n"
        "Copie : autorité territoriale"
    )


def pregnancy_leave_arrete(c: Ctx) -> tuple[str, str]:
    agent = f"{c.pick(('Madame', 'Mme'))} {c.person()[1]}"
    start = c.date(2021, 2025)
    days = c.pick(("14", "quatorze", "15"))
    leave = c.pick(("congé pour grossesse pathologique", "congé pathologique prénatal"))
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(start.year)}\n"
        f"accordant un {leave}\n\n"
        f"Le Maire de {c.commune},\n"
        f"Vu le certificat médical du {c.pick(DOCTORS)} du {c.write_date(start)} prescrivant un "
        f"repos de {days} jours au titre d'un état pathologique résultant de la grossesse ;\n"
        "ARRÊTE\n"
        f"Article 1 : {agent}, {c.pick(GRADES)}, bénéficie d'un congé pathologique du "
        f"{c.write_date(start)} au {c.write_date(later(c, start, 13, 14))}, qui précède son "
        "congé de maternité.\n"
        "Article 2 : l'intéressée conserve l'intégralité de son traitement."
    )


def council_minutes_get_well(c: Ctx) -> tuple[str, str]:
    _, absent = c.person()
    _, other = c.person()
    day = c.date(2022, 2025)
    news = c.pick(
        (
            f"hospitalisé(e) depuis le {c.write_date(earlier(c, day, 5, 40))} à la suite d'un "
            "infarctus",
            "qui poursuit sa rééducation après son AVC",
            "opéré(e) la semaine dernière d'une tumeur et en convalescence",
            "en arrêt pour une dépression et qui reprendra ses délégations plus tard",
        )
    )
    return "pv_seance", (
        f"PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU {c.write_date(day).upper()}\n"
        f"Commune de {c.commune}\n"
        f"Présents : {c.rng.randint(9, 17)} conseillers. Absent(e) excusé(e) : {absent} "
        f"(pouvoir à {other}).\n"
        f"En ouverture de séance, le Maire donne des nouvelles de {absent}, {news}. "
        "Le conseil lui adresse ses vœux de prompt rétablissement.\n"
        "1. Approbation du procès-verbal de la séance précédente : adopté à l'unanimité.\n"
        "2. Tarifs de la cantine scolaire : adopté par 14 voix pour, 1 abstention."
    )


def home_help_invoice(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    hours = c.rng.randint(8, 45)
    rate = c.amount(20, 26)
    return "facture", (
        f"CCAS de {c.commune} — Service d'aide et d'accompagnement à domicile (SAAD)\n"
        f"FACTURE N° {c.rng.randint(2023, 2025)}-{c.rng.randint(1, 900):04d}\n"
        f"Bénéficiaire : {name}, {c.address()}\n"
        f"Prise en charge : APA — GIR {c.rng.randint(1, 4)}, "
        "plan d'aide du conseil départemental\n"
        f"Prestations du mois : {hours} h "
        + c.pick(
            (
                "d'aide à la toilette et à l'habillage",
                "d'aide aux repas et à la prise des médicaments",
                "d'accompagnement (troubles de la mémoire)",
            )
        )
        + f"\nMontant total : {c.money(rate * hours)} — participation du bénéficiaire : "
        f"{c.money(rate * hours / 5)}\n"
        "Règlement à l'ordre du Trésor public."
    )


def debt_waiver_deliberation(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    situation = c.pick(
        (
            "placé(e) rétroactivement en congé de longue maladie après plusieurs mois "
            "d'hospitalisation",
            "passé(e) à demi-traitement au cours de son congé de maladie ordinaire sans que la "
            "paie en tienne compte",
            "en CLD depuis le diagnostic d'un cancer",
        )
    )
    return "deliberation", (
        f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS — séance du {c.write_date(day)}\n"
        f"Délibération n° {c.act_number(day.year)}\n"
        "Objet : remise gracieuse d'un trop-perçu de rémunération\n"
        f"Le Maire expose que {civility}, {c.pick(GRADES)}, {situation}, a perçu à tort la somme "
        f"de {c.money(c.amount(800, 6000))}.\n"
        "Compte tenu de son état de santé et de ses ressources, l'intéressé(e) sollicite une "
        "remise gracieuse.\n"
        "Le conseil municipal, après en avoir délibéré, accorde la remise totale de la dette."
    )


def works_delay_amendment(c: Ctx) -> tuple[str, str]:
    company = c.pick(COMPANIES)
    _, manager = c.person()
    start = c.date(2022, 2025)
    return "marche", (
        f"MARCHÉ N° {start.year}-{c.rng.randint(1, 40):02d} — AVENANT N° 1\n"
        f"Pouvoir adjudicateur : commune de {c.commune}\n"
        f"Titulaire : {company}, SIRET {siret(c)}\n"
        "Objet de l'avenant : prolongation du délai d'exécution\n"
        f"Le gérant et seul ouvrier qualifié de l'entreprise, {manager}, "
        + c.pick(
            (
                "a été opéré d'une hernie discale et est en arrêt de travail",
                "a été hospitalisé à la suite d'un malaise cardiaque",
                "s'est fracturé le bras sur un autre chantier",
            )
        )
        + f" depuis le {c.write_date(start)}.\n"
        f"Le délai d'exécution est prolongé de {c.rng.randint(3, 10)} semaines, sans incidence "
        "financière.\nLes autres clauses du marché demeurent inchangées."
    )


def expert_fee_invoice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    specialty, purpose = c.rng.choice(EXPERTISES)
    doctor = c.pick(DOCTORS)
    return "facture", (
        f"{doctor}\n{specialty.capitalize()} — médecin agréé\nN° RPPS {digits(c, 11)}\n\n"
        f"FACTURE N° {c.rng.randint(100, 999)}\nDestinataire : mairie de {c.commune}, service RH\n"
        f"Objet : expertise médicale de {civility} ({purpose})\n"
        f"Date de l'examen : {c.write_date(c.date(2022, 2025))}\n"
        f"Honoraires : {c.money(c.amount(50, 160))} — TVA non applicable (art. 261-4-1° CGI)\n"
        f"Règlement par virement : IBAN {iban(c)}"
    )


def leisure_form_with_nir(c: Ctx) -> tuple[str, str]:
    first, last = child(c)
    parent, _ = c.person()
    return "periscolaire_inscription", (
        f"ACCUEIL DE LOISIRS SANS HÉBERGEMENT — {c.commune.upper()}\n"
        f"Fiche d'inscription vacances {c.pick(('d’été', 'de printemps', 'de la Toussaint'))}\n"
        f"Enfant : {first} {last}    Âge : {c.rng.randint(4, 11)} ans\n"
        f"Responsable légal : {parent}\n"
        f"N° de sécurité sociale auquel l'enfant est rattaché : {nir_printed(c)}\n"
        f"Caisse : {c.pick(('CPAM', 'MSA'))}    N° allocataire CAF : {digits(c, 7)}\n"
        "Allergies : néant    Régime alimentaire : aucun\n"
        f"Autorisation de sortie seul : {c.pick(('oui', 'non'))}"
    )


SENSITIVE_4 = (
    long_leave_arrete,
    therapeutic_part_time,
    inaptitude_letter,
    prevention_visit_convocation,
    service_accident_decision,
    occupational_disease_letter,
    apa_followup,
    meal_delivery_order,
    adapted_housing_letter,
    pai_registration,
    aesh_lunchtime_letter,
    medication_authorisation,
    census_agent_arrete,
    councillor_payroll_form,
    refund_decision,
    treasurer_account_grant,
    concession_retrocession,
    proxy_vote_at_home,
    medical_board_convocation,
    pregnancy_leave_arrete,
    council_minutes_get_well,
    home_help_invoice,
    debt_waiver_deliberation,
    works_delay_amendment,
    expert_fee_invoice,
    leisure_form_with_nir,
)


# --- ordinary documents that look like it -------------------------------------------------


def health_centre_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    doctors = c.rng.randint(2, 4)
    return "deliberation", (
        f"Délibération n° {c.act_number(day.year)} — séance du {c.write_date(day)}\n"
        "Objet : maison de santé pluriprofessionnelle — fixation des loyers\n"
        f"Madame l'adjointe à la santé rappelle que la maison de santé accueillera {doctors} "
        "médecins généralistes, deux infirmiers, un kinésithérapeute et une orthophoniste, "
        f"dont {c.pick(DOCTORS)} qui en assurera la coordination.\n"
        f"Le loyer des cabinets est fixé à {c.money(c.amount(8, 14))} le m² par mois.\n"
        "Le conseil municipal, après en avoir délibéré, adopte à "
        + c.pick(("l'unanimité.", "la majorité (2 abstentions)."))
    )


def first_aid_order(c: Ctx) -> tuple[str, str]:
    supplier = c.pick(
        ("Pharmacie du Centre", "Secours Équipement SAS", "Médical Pro Distribution")
    )
    qty = c.rng.randint(2, 12)
    unit = c.amount(25, 90)
    return "bon_de_commande", (
        f"Mairie de {c.commune}\nBON DE COMMANDE N° BC-{c.rng.randint(2023, 2025)}-"
        f"{c.rng.randint(1, 300):03d}\n"
        f"Fournisseur : {supplier} — SIRET {siret(c)}\n"
        f"{qty} trousses de premiers secours (écoles, cantine, ateliers) — EAN {ean13(c)} — "
        f"{c.money(unit)} l'unité\n"
        f"1 défibrillateur automatisé externe (DAE) pour la salle des sports — EAN {ean13(c)}\n"
        f"Livraison : services techniques, {c.address()}\n"
        f"Paiement à 30 jours par mandat administratif — RIB du fournisseur : {iban(c)}\n"
        "Le Maire"
    )


def flu_campaign_letter(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "courrier", (
        "Caisse primaire d'assurance maladie — Direction de la prévention\n"
        f"À Mesdames et Messieurs les maires\n\nObjet : campagne de vaccination contre la grippe "
        f"{day.year}-{day.year + 1}\n\n"
        f"La campagne débute le {c.write_date(day)}. Sont invitées à se faire vacciner les "
        "personnes de 65 ans et plus, les personnes atteintes de certaines maladies chroniques "
        "(diabète, asthme, insuffisance cardiaque), les femmes enceintes et l'entourage des "
        "nourrissons.\nNous vous remercions d'afficher le document joint en mairie et de "
        "relayer l'information dans votre bulletin municipal.\n"
        f"Contact : {c.person()[1]}, chargé(e) de prévention, {phone(c)}"
    )


def safety_committee_report(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    accidents = c.rng.randint(4, 15)
    return "pv_seance", (
        f"FORMATION SPÉCIALISÉE EN SANTÉ, SÉCURITÉ ET CONDITIONS DE TRAVAIL (F3SCT)\n"
        f"Procès-verbal de la réunion du {c.write_date(c.date(year, year))}\n"
        f"Président : {c.mayor}. Secrétaire de séance : {c.person()[1]}.\n"
        f"1. Bilan {year - 1} : {accidents} accidents de service dont "
        f"{c.rng.randint(1, accidents)} avec arrêt, {c.rng.randint(60, 400)} jours d'arrêt au "
        "total ; les troubles musculo-squelettiques restent la première cause.\n"
        "2. Document unique : mise à jour des risques chimiques dans les écoles.\n"
        "3. Achat de chariots de ménage ergonomiques : avis favorable unanime.\n"
        "Prochaine réunion en octobre."
    )


def council_convocation_health_agenda(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    _, deputy = c.person()
    return "convocation", (
        f"Mairie de {c.commune}\n\nCONVOCATION DU CONSEIL MUNICIPAL\n\n"
        f"Le conseil municipal est convoqué le {c.write_date(day)} à "
        f"{c.pick(('19 h', '20 h 30', '18 h 30'))}, salle du conseil.\nOrdre du jour :\n"
        f"1. Contrat local de santé avec l'ARS — rapporteur : {deputy}, adjointe à la santé\n"
        "2. Subvention à l'association France Alzheimer et à la Ligue contre le cancer\n"
        "3. Mise en accessibilité de l'école : demande de DETR\n"
        "4. Questions diverses\n"
        f"Le Maire, {c.mayor}"
    )


def treasury_payment_notice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    return "courrier", (
        f"Commune de {c.commune} — service comptabilité\n{civility}\n{c.address()}\n\n"
        "Objet : avis des sommes à payer — "
        + c.pick(("cantine scolaire", "location de la salle des fêtes", "concession funéraire"))
        + f"\nRéférence : titre n° {c.rng.randint(100, 2400)}, "
        f"bordereau {c.rng.randint(10, 99)}\n"
        f"Montant dû : {c.money(c.amount(20, 900))}\n"
        "Vous pouvez régler par carte sur payfip.gouv.fr ou par virement au Trésor public :\n"
        f"Titulaire : DGFIP — SGC de {c.commune}\n"
        f"IBAN {bank_iban(c, '30001')}  BIC BDFEFRPPCCT\n"
        "en rappelant la référence du titre."
    )


def energy_invoice_refs(c: Ctx) -> tuple[str, str]:
    return "facture", (
        f"{c.pick(('EDF Collectivités', 'ENGIE Entreprises & Collectivités', 'TotalEnergies'))}\n"
        f"FACTURE N° {not_nir(c)}\nDate : {c.write_date(c.date())}\n"
        f"Client : Commune de {c.commune} — N° client {digits(c, 10)}\n"
        f"Site : groupe scolaire — PDL {digits(c, 14)}\n"
        f"N° d'engagement juridique : {digits(c, 10)}    Référence contrat : {not_nir(c)}\n"
        f"Consommation : {c.rng.randint(2000, 90000)} kWh — Total TTC {c.money(c.amount())}\n"
        f"Prélèvement le {c.write_date(c.date())} sur le compte de la commune "
        f"{bank_iban(c, '30001')}\n"
        f"Référence unique de mandat : {not_nir(c)}"
    )


def council_minutes_proxies(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    (_, a), (_, b), (_, d) = c.person(), c.person(), c.person()
    return "pv_seance", (
        f"PROCÈS-VERBAL — CONSEIL MUNICIPAL DE {c.commune.upper()}\n"
        f"Séance du {c.write_date(day)}\n"
        f"Absents excusés : {a} (pouvoir à {b}), {d}.\n"
        f"Secrétaire de séance : {b}.\n"
        "1. Subvention au comité des fêtes : 1 200 €, adoptée à l'unanimité.\n"
        f"2. Convention de mise à disposition du gymnase : {a} ne prend pas part au vote.\n"
        "3. Décision modificative n° 2 : adoptée par 12 voix pour et 3 contre.\n"
        f"La séance est levée à {c.rng.randint(21, 23)} h {c.rng.randint(10, 55)}."
    )


def registration_no_health(c: Ctx) -> tuple[str, str]:
    first, last = child(c)
    parent, _ = c.person()
    year = c.rng.randint(2023, 2025)
    return "periscolaire_inscription", (
        f"Commune de {c.commune} — inscription périscolaire {year}-{year + 1}\n"
        f"Enfant : {first} {last}    Classe : {c.pick(CLASSES)}    École : {c.pick(SCHOOLS)}\n"
        f"Responsable : {parent}    Tél. : {phone(c)}\n"
        f"N° allocataire CAF : {digits(c, 7)}    Quotient familial : {c.rng.randint(300, 1800)}\n"
        f"PAI : {c.pick(('non', '☐ oui ☒ non', 'NON'))}    Allergies : "
        f"{c.pick(('néant', 'aucune', 'RAS'))}\n"
        f"Repas : {c.pick(('sans porc', 'végétarien', 'standard', 'sans viande'))}\n"
        f"Médecin traitant : {c.pick(DOCTORS)}, {phone(c)}\n"
        "Règlement : à réception de la facture, par PayFiP ou à la régie."
    )


def nurse_post_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "deliberation", (
        f"Délibération n° {c.act_number(day.year)}\n"
        "Objet : création d'un emploi permanent d'infirmier(e) en soins généraux\n"
        "Le Maire expose que l'agrément de la crèche municipale impose la présence d'un(e) "
        "infirmier(e) ou d'un(e) puériculteur(trice) pour le suivi sanitaire des enfants, "
        "l'application des protocoles et des PAI.\n"
        "Le conseil municipal décide de créer un emploi à temps non complet "
        f"({c.pick(('17 h 30', '24 h', '28 h'))} hebdomadaires) à compter du "
        f"{c.write_date(day)}.\nLes crédits sont inscrits au budget, chapitre 012."
    )


def accessibility_works_contract(c: Ctx) -> tuple[str, str]:
    company = c.pick(COMPANIES)
    return "marche", (
        f"ACTE D'ENGAGEMENT — MARCHÉ N° {c.rng.randint(2023, 2025)}-{c.rng.randint(1, 30):02d}\n"
        f"Acheteur : commune de {c.commune}\n"
        "Objet : mise en accessibilité de la mairie pour les personnes à mobilité réduite — "
        "rampe d'accès, élévateur, sanitaires adaptés, bandes podotactiles\n"
        f"Titulaire : {company}, SIRET {siret(c)}\n"
        f"Montant HT : {c.money(c.amount(20000, 180000))}\n"
        f"Délai d'exécution : {c.rng.randint(2, 8)} mois\n"
        f"Compte à créditer : {company} — IBAN {iban(c)} — BIC {c.pick(BICS)}\n"
        "Signature du représentant du titulaire"
    )


def association_own_account(c: Ctx) -> tuple[str, str]:
    _, president = c.person()
    club = c.pick(
        (
            "ASSOCIATION SPORTIVE DE GYMNASTIQUE VOLONTAIRE",
            "AMICALE DES DONNEURS DE SANG BÉNÉVOLES",
            "ASSOCIATION LES RANDONNEURS DU CANTON",
            "CLUB DES AÎNÉS",
        )
    )
    return "courrier", (
        f"{club}\nN° RNA W{digits(c, 9)} — SIRET {siret(c)}\n\n"
        f"Objet : demande de subvention {c.rng.randint(2024, 2026)}\n\n"
        f"{c.pick(MAYOR_SALUTATIONS)}\n"
        f"Nous sollicitons une subvention de {c.money(c.amount(200, 2000))} pour nos activités "
        "de l'année (bilan et budget prévisionnel joints).\n"
        f"Relevé d'identité bancaire — titulaire du compte : {club}\n"
        f"IBAN {iban_printed(c)} — BIC {c.pick(BICS)}\n"
        f"Le président, {president}"
    )


def proxy_vote_travel(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\n{c.address()}\n\nObjet : procuration pour les élections "
        f"{c.pick(('municipales', 'européennes', 'législatives'))}\n\n"
        f"{c.pick(('Madame, Monsieur,', 'Monsieur le Maire,'))}\n"
        + c.pick(
            (
                "En déplacement professionnel à l'étranger",
                "Étudiant(e) à Montréal cette année",
                "En vacances chez ma fille à La Réunion",
            )
        )
        + ", je ne pourrai pas voter le jour du scrutin.\n"
        "Pourriez-vous me confirmer que ma procuration établie en ligne "
        f"(référence {digits(c, 6)}) a bien été reçue par la mairie ?\n"
        f"Avec mes remerciements,\n{name}"
    )


def part_time_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2021, 2025)
    kind = c.pick(
        (
            f"est autorisé(e) à exercer ses fonctions à temps partiel à "
            f"{c.pick(('80 %', '90 %', '50 %'))} du {c.write_date(start)} au "
            f"{c.write_date(later(c, start, 180, 365))}",
            f"est placé(e) en disponibilité pour convenances personnelles à compter du "
            f"{c.write_date(start)} pour une durée d'un an",
        )
    )
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(start.year, 'RH-')}\n\nLe Maire de {c.commune},\n"
        "Vu le code général de la fonction publique ;\n"
        f"Vu la demande de l'intéressé(e) en date du {c.write_date(earlier(c, start, 30, 90))} ;\n"
        "Vu l'avis du responsable de service ;\nARRÊTE\n"
        f"Article 1 : {civility}, {c.pick(GRADES)}, {kind}.\n"
        "Article 2 : ampliation à l'intéressé(e), au centre de gestion et au comptable public."
    )


def meal_delivery_rates(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION DU MAIRE N° {c.act_number(day.year)}\n"
        "Objet : tarifs du portage de repas à domicile\n"
        f"Le Maire de {c.commune}, vu l'article L. 2122-22 du CGCT, DÉCIDE :\n"
        f"Article 1 : le repas livré à domicile est facturé {c.money(c.amount(7, 10))}.\n"
        "Article 2 : les régimes prescrits (diabétique, sans sel, mixé, hypocalorique) sont "
        "servis sans supplément sur présentation d'une prescription médicale.\n"
        "Article 3 : les personnes âgées de plus de 70 ans ou en situation de handicap sont "
        "prioritaires.\n"
        f"Fait à {c.commune}, le {c.write_date(day)}"
    )


def concession_grant_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2021, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year, 'CIM-')}\nportant attribution d'une concession "
        "funéraire\n\n"
        f"Le Maire de {c.commune},\nVu le code général des collectivités territoriales, "
        "articles L. 2223-13 et suivants ;\nARRÊTE\n"
        f"Article 1 : il est accordé à {civility}, demeurant {c.address()}, une concession "
        f"{c.pick(('trentenaire', 'cinquantenaire', 'perpétuelle'))} de "
        f"{c.pick(('2', '4', '6'))} m², carré {c.pick(('A', 'B', 'C'))}, "
        f"n° {c.rng.randint(1, 400)}, en vue d'y fonder la sépulture de sa famille.\n"
        f"Article 2 : le prix de {c.money(c.amount(150, 1200))} a été versé à la régie "
        f"(quittance n° {digits(c, 6)}).\nFait le {c.write_date(day)}"
    )


def doctor_retirement_letter(c: Ctx) -> tuple[str, str]:
    doctor = c.pick(DOCTORS)
    return "courrier", (
        f"{doctor}\nMédecin généraliste\n{c.address()}\n{c.commune}\n\n"
        "Objet : cessation d'activité du cabinet médical\n\n"
        f"{c.pick(MAYOR_SALUTATIONS)}\n"
        f"Après {c.rng.randint(25, 40)} ans d'exercice, je prendrai ma retraite le "
        f"{c.write_date(c.date(2024, 2026))}. Je m'inquiète pour mes quelque "
        f"{c.rng.randint(900, 2200)} patients, dont beaucoup sont âgés ou en affection de "
        "longue durée (ALD).\nJe souhaiterais que nous étudiions ensemble l'installation d'un "
        "successeur dans les locaux de la future maison de santé.\n"
        f"Bien confraternellement,\n{doctor}"
    )


def energy_aid_notification(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    return "courrier", (
        f"Centre communal d'action sociale de {c.commune}\n{civility}\n{c.address()}\n\n"
        "Objet : votre demande d'aide facultative\n\n"
        f"La commission permanente du CCAS, réunie le {c.write_date(c.date(2022, 2025))}, a "
        f"accordé une aide de {c.money(c.amount(80, 400))} pour le règlement de votre facture "
        "d'énergie.\nCette somme sera versée directement à votre fournisseur "
        f"({c.pick(('EDF', 'Engie', 'TotalEnergies'))}, contrat n° {digits(c, 12)}).\n"
        "La vice-présidente du CCAS"
    )


def first_aid_training_convocation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    names = ", ".join(c.person()[1] for _ in range(c.rng.randint(3, 5)))
    course = c.pick(
        (
            "Prévention et secours civiques de niveau 1 (PSC1)",
            "Sauveteur secouriste du travail (SST)",
            "Gestes et postures — prévention du mal de dos",
        )
    )
    return "convocation", (
        f"Mairie de {c.commune} — ressources humaines\n\n"
        "CONVOCATION À UNE FORMATION\n"
        f"Intitulé : {course}\n"
        f"Date : {c.write_date(day)}, de 8 h 30 à 17 h\nLieu : salle polyvalente\n"
        f"Agents convoqués : {names}\n"
        "Formateur : Union départementale des sapeurs-pompiers\n"
        "Cette formation est obligatoire et se déroule sur le temps de travail."
    )


def school_meal_tender(c: Ctx) -> tuple[str, str]:
    company = c.pick((COMPANIES[6], "API Restauration", "Sodexo Éducation", "Convivio"))
    return "marche", (
        f"MARCHÉ PUBLIC DE FOURNITURE DE REPAS — restauration scolaire {c.commune}\n"
        f"Titulaire : {company}, SIRET {siret(c)}\n"
        "Article 4 — Repas adaptés : le titulaire fournit, sur demande de la commune, des "
        "repas adaptés aux enfants bénéficiant d'un projet d'accueil individualisé (PAI), "
        "ainsi que des menus sans porc et végétariens.\n"
        f"Prix unitaire du repas enfant : {c.money(c.amount(3, 6))} HT\n"
        "Durée : un an, reconductible trois fois.\n"
        f"Paiement par virement au compte du titulaire : {iban(c)}"
    )


ORDINARY_4 = (
    health_centre_deliberation,
    first_aid_order,
    flu_campaign_letter,
    safety_committee_report,
    council_convocation_health_agenda,
    treasury_payment_notice,
    energy_invoice_refs,
    council_minutes_proxies,
    registration_no_health,
    nurse_post_deliberation,
    accessibility_works_contract,
    association_own_account,
    proxy_vote_travel,
    part_time_arrete,
    meal_delivery_rates,
    concession_grant_arrete,
    doctor_retirement_letter,
    energy_aid_notification,
    first_aid_training_convocation,
    school_meal_tender,
)
