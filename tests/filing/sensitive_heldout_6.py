"""Sixth batch of documents for the sensitivity check.

Written by another author who never saw the detector (`filing/sensitive.py`) nor its
benchmark, only the product's rule and the earlier batches (`sensitive_corpus.py`,
`sensitive_heldout.py`, `sensitive_heldout_5.py`), read to write other situations, services,
conditions and wordings than theirs. It is measured once and never used to tune anything.

``SENSITIVE_6`` holds documents sensitive by their content under types that are not sensitive
in themselves: a valid NIR (a seasonal worker's sheet, a sick-pay certificate, a medical
check-up notice), a private person's IBAN (a resident's compensation, an intern's pay, an
electric-bike grant, a former agent's unemployment benefit), or health information about an
identifiable person (a death letter naming the illness, a birth declared late after a
caesarean gone wrong, a téléassistance alarm, an agent teleworking or replaced because of an
illness, a child kept in hospital, an élu resigning for health reasons, a person found
confused in the street, a permit extended after a heart operation, a volunteer hurt at the
village fête…).

``ORDINARY_6`` holds documents of the same services and shapes that are not sensitive: the
same letters and acts with no health matter nor personal bank data, health words used for
trees, bridges, animals or water pipes, statistics, general rules, named people with ordinary
business, suppliers' and the Trésor public's accounts, long reference numbers that are not
NIRs.
"""

from __future__ import annotations

import datetime as dt

from tests.filing.classify_corpus import GRADES, SCHOOLS, Ctx
from tests.filing.sensitive_corpus import iban, nir

PUPILS = ("Élouan", "Maëlys", "Gabin", "Anaïs", "Rayan", "Clémence", "Titouan", "Soline", "Enzo")
PUPIL_SURNAMES = ("BLANCHARD", "MARCHAL", "TESSIER", "CARRÉ", "POULAIN", "HUBERT", "LEBRUN")
HOSPITALS = (
    "CHU de Bordeaux (hôpital Pellegrin)",
    "hôpital des Enfants de Toulouse",
    "centre hospitalier d'Angers",
    "CHU Dijon Bourgogne",
    "clinique Saint-Jean",
    "centre hospitalier de Villefranche",
)
BICS = ("CCBPFRPPNAN", "AGRIFRPP847", "CEPAFRPP444", "SOGEFRPPXXX", "CMCIFRPP", "PSSTFRPPBOR")
SALUTATIONS = ("Monsieur le Maire,", "Madame le Maire,", "Madame la Maire,", "Madame, Monsieur,")
CLASSES = ("CP", "CE1", "CE2", "CM1", "CM2", "GS", "MS")
TOWNS = ("Périgueux", "Limoges", "Poitiers", "Montauban", "Niort", "Chambéry", "Lorient")


# --- helpers ------------------------------------------------------------------------------


def digits(c: Ctx, n: int) -> str:
    return "".join(str(c.rng.randint(0, 9)) for _ in range(n))


def phone(c: Ctx) -> str:
    return f"0{c.pick(('5', '6', '7'))}" + "".join(f" {digits(c, 2)}" for _ in range(4))


def plus_days(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=c.rng.randint(low, high))


def minus_days(c: Ctx, day: dt.date, low: int, high: int) -> dt.date:
    return day - dt.timedelta(days=c.rng.randint(low, high))


def nir_shown(c: Ctx, value: str | None = None) -> str:
    """A valid NIR (drawn, or the one given) as printed on forms and letters."""
    parts = (value or nir(c, corsica=c.rng.random() < 0.1)).split()
    key = parts[-1]
    style = c.rng.randrange(5)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    if style == 2:
        return f"{''.join(parts[:-1])} / {key}"
    if style == 3:
        return f"{' '.join(parts[:-1])} - clé {key}"
    return f"{''.join(parts[:-1])}-{key}"


def nir_and_birth(c: Ctx, born_after: int = 40) -> tuple[str, dt.date]:
    """A valid NIR as printed, with the birth date it encodes (year and month)."""
    while True:
        value = nir(c)
        _, year, month, *_ = value.split()
        if int(year) >= born_after:
            break
    return nir_shown(c, value), dt.date(1900 + int(year), int(month), c.rng.randint(1, 28))


def nir_boxes(c: Ctx) -> str:
    """A valid NIR read by OCR off a CERFA's boxes: one character per box."""
    parts = nir(c).split()
    return " ".join("".join(parts[:-1])) + "  " + " ".join(parts[-1])


def iban_shown(c: Ctx) -> str:
    value = iban(c)
    return value if c.rng.random() < 0.6 else value.replace(" ", "")


def public_iban(c: Ctx) -> str:
    """The Trésor public's account (Banque de France, bank code 30001), right check digits."""
    bban = "30001" + digits(c, 18)
    check = 98 - int(bban + "152700") % 97
    compact = f"FR{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def not_nir(c: Ctx) -> str:
    """Fifteen digits beginning like a NIR whose last two are NOT its key."""
    while True:
        body = c.pick(("1", "2")) + digits(c, 12)
        key = c.rng.randint(1, 99)
        if key != 97 - int(body) % 97:
            return f"{body}{key:02d}"


def siret(c: Ctx) -> str:
    return f"{digits(c, 3)} {digits(c, 3)} {digits(c, 3)} {digits(c, 5)}"


def pupil(c: Ctx) -> str:
    return f"{c.pick(PUPILS)} {c.pick(PUPIL_SURNAMES)}"


def hour(c: Ctx) -> str:
    return f"{c.rng.randint(0, 23)} h {c.rng.randint(0, 59):02d}"


# --- sensitive by content -----------------------------------------------------------------

RELATIVES = ("mon père", "ma mère", "mon époux", "mon épouse", "mon frère", "ma sœur")
DEATH_CAUSES = (
    "des suites d'un cancer du pancréas découvert au printemps",
    "après des années d'insuffisance rénale, dialysé(e) trois fois par semaine",
    "emporté(e) en quelques semaines par une leucémie aiguë",
    "d'une embolie pulmonaire survenue quelques jours après son opération de la hanche",
    "d'un arrêt cardiaque ; il/elle portait un stimulateur cardiaque depuis dix ans",
    "des complications de sa maladie d'Alzheimer, en unité protégée depuis deux ans",
    "d'une fibrose pulmonaire qui l'obligeait à vivre sous oxygène",
)


def death_letter_illness(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, deceased = c.person()
    relation = c.pick(RELATIVES)
    day = c.date(2022, 2025)
    request = c.pick(
        (
            "de bien vouloir me délivrer six copies intégrales de l'acte de décès, demandées "
            "par la banque et le notaire",
            "d'autoriser son inhumation dans la concession familiale du cimetière communal, "
            "où repose déjà notre grand-mère",
            "de faire porter la mention du décès en marge de son acte de naissance et de son "
            "acte de mariage, dressés dans votre commune",
        )
    )
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"À l'attention du service de l'état civil de la mairie de {c.commune}\n"
        f"Objet : décès de {deceased}\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"J'ai la tristesse de vous informer que {relation}, {deceased}, est décédé(e) le "
        f"{c.write_date(day)} {c.pick(DEATH_CAUSES)}.\n"
        f"En tant qu'héritier(ère), je vous remercie {request}.\n"
        "Vous trouverez ci-joint la copie de mon livret de famille et de ma pièce d'identité.\n"
        f"Avec mes remerciements,\n{name}"
    )


BIRTH_COMPLICATIONS = (
    "une césarienne en urgence pour une pré-éclampsie sévère, suivie de trois jours en "
    "réanimation",
    "une hémorragie de la délivrance qui a nécessité deux transfusions et une reprise au bloc",
    "une césarienne sous anesthésie générale après un hématome rétroplacentaire",
    "un accouchement très prématuré à 29 semaines ; notre fils est toujours en néonatologie",
    "une infection (endométrite) après la césarienne, avec une fièvre qui l'a clouée au lit",
)


def late_birth_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    born = c.date(2023, 2025)
    first = c.pick(("Jules", "Lison", "Aaron", "Margaux", "Éden", "Capucine"))
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        "À Madame ou Monsieur l'officier de l'état civil\n"
        "Objet : déclaration de naissance hors délai\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Notre enfant, {first}, est né(e) le {c.write_date(born)} à la maternité de "
        f"{c.commune}. Je n'ai pas pu venir le déclarer dans les cinq jours : ma compagne a "
        f"subi {c.pick(BIRTH_COMPLICATIONS)}, et je suis resté à son chevet jour et nuit.\n"
        "La maternité m'indique qu'au-delà du délai un jugement du tribunal est nécessaire. "
        "Pourriez-vous me dire quelles pièces fournir, et me délivrer une attestation de "
        "non-déclaration ?\n"
        f"Je joins le certificat d'accouchement et le bulletin de situation de l'hôpital.\n{name}"
    )


TELEWORK_HEALTH = (
    "qui préconise de limiter les trajets pendant la durée de sa radiothérapie",
    "compte tenu de son immunodépression consécutive à sa greffe rénale",
    "en raison d'une grossesse à risque (menace d'accouchement prématuré)",
    "compte tenu de la poussée de polyarthrite rhumatoïde qu'il/elle traverse",
    "au vu des crises de migraine avec aura déclenchées par la conduite",
    "l'intéressé(e) portant une botte de marche après une rupture du tendon d'Achille",
    "pendant la convalescence de sa colectomie (poche de stomie provisoire)",
)


def telework_health_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2022, 2025)
    days = c.pick(("quatre jours", "cinq jours", "trois jours et demi"))
    return "decision_maire", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"DÉCISION N° {c.act_number(start.year, 'DRH-')}\n"
        "portant autorisation temporaire de télétravail au-delà de trois jours par semaine\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le décret n° 2016-151 du 11 février 2016, notamment son article 4 ;\n"
        "Vu la délibération instituant le télétravail au sein des services communaux ;\n"
        f"Vu la demande de {civility}, {c.pick(GRADES)}, en date du "
        f"{c.write_date(minus_days(c, start, 8, 30))} ;\n"
        f"Vu l'avis du médecin du travail du {c.write_date(minus_days(c, start, 2, 7))}, "
        f"{c.pick(TELEWORK_HEALTH)} ;\n"
        "DÉCIDE\n"
        f"Article 1 : l'intéressé(e) est autorisé(e) à télétravailler {days} par semaine du "
        f"{c.write_date(start)} au {c.write_date(plus_days(c, start, 60, 180))}.\n"
        "Article 2 : un ordinateur portable et un casque lui sont remis ; la situation sera "
        "réexaminée à l'échéance.\n"
        f"Fait à {c.commune}, le {c.write_date(minus_days(c, start, 1, 3))}\nLe Maire"
    )


ABSENCE_HEALTH = (
    "en arrêt de travail depuis son opération du ménisque",
    "en congé de maladie pour une sciatique paralysante",
    "placé(e) en congé de longue maladie pour le traitement d'un cancer colorectal",
    "hospitalisé(e) à la suite d'une pancréatite aiguë",
    "en arrêt après une rupture des ligaments croisés du genou",
    "en congé de maladie ordinaire (syndrome anxio-dépressif)",
    "immobilisé(e) par une fracture de l'épaule après une chute à vélo",
)


def sick_replacement_arrete(c: Ctx) -> tuple[str, str]:
    absent, _ = c.person()
    _, substitute = c.person()
    start = c.date(2022, 2025)
    post = c.pick(
        (
            "agent d'entretien au groupe scolaire",
            "secrétaire de mairie",
            "agent d'accueil de l'agence postale communale",
            "cuisinier(ère) du restaurant scolaire",
        )
    )
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(start.year, 'RH-')}\n"
        "portant recrutement d'un agent contractuel sur un emploi permanent pour assurer le "
        "remplacement d'un agent momentanément indisponible\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général de la fonction publique, notamment son article L. 332-13 ;\n"
        f"Considérant que {absent}, {post}, est {c.pick(ABSENCE_HEALTH)} ;\n"
        "Considérant la nécessité d'assurer la continuité du service ;\nARRÊTE\n"
        f"Article 1 : {substitute} est recruté(e) en qualité de {post}, à temps "
        f"{c.pick(('complet', 'non complet (28 h)', 'non complet (24 h 30)'))}, du "
        f"{c.write_date(start)} au {c.write_date(plus_days(c, start, 30, 120))}, pour la durée "
        "de l'absence de l'agent remplacé.\n"
        "Article 2 : l'intéressé(e) est rémunéré(e) sur la base de l'indice brut 367.\n"
        f"Fait à {c.commune}, le {c.write_date(minus_days(c, start, 1, 5))}"
    )


DOMICILIATION_NOTES = (
    (
        "l'équipe mobile psychiatrie-précarité (EMPP)",
        "suivi au CMP pour une schizophrénie, "
        "traitement injectable mensuel ; a besoin d'une adresse pour ses convocations",
    ),
    (
        "le CSAPA",
        "sous traitement de substitution (méthadone) délivré chaque semaine par le "
        "CSAPA ; en démarche de soins",
    ),
    (
        "le service d'addictologie du centre hospitalier",
        "sevrage alcoolique réalisé en mars ; "
        "entrée en postcure prévue, doit recevoir les courriers de la CPAM",
    ),
    (
        "le 115",
        "diabétique insulinodépendant, dort dans sa voiture ; doit pouvoir recevoir ses "
        "ordonnances et le courrier de la MDPH",
    ),
    (
        "l'assistante sociale de l'hôpital",
        "sortie d'hospitalisation après une amputation "
        "d'orteils ; soins infirmiers quotidiens à organiser",
    ),
)


def domiciliation_interview(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    referrer, note = c.rng.choice(DOMICILIATION_NOTES)
    day = c.date(2022, 2025)
    return "courrier", (
        f"CCAS DE {c.commune.upper()} — DOMICILIATION\n"
        "FICHE D'ENTRETIEN (document interne, ne pas transmettre)\n\n"
        f"Demandeur : {name}    Né(e) le : {c.write_date(c.date(1958, 2001))}\n"
        f"Date de l'entretien : {c.write_date(day)}\n"
        f"Situation : sans domicile stable depuis {c.rng.randint(2, 30)} mois\n"
        "Lien avec la commune : "
        + c.pick(("y séjourne depuis plus de trois mois", "y a de la famille", "y travaille"))
        + f"\nOrienté(e) par : {referrer}\n"
        f"Observations : {note}.\n"
        "Décision : élection de domicile accordée pour un an ; attestation cerfa "
        f"n° 15548 remise le {c.write_date(day)}.\n"
        f"Agent instructeur : {c.person()[1]}"
    )


TELEALARM_EVENTS = (
    "Pas de réponse au haut-parleur. Le voisin référent, {helper}, trouve l'abonné(e) au sol "
    "dans la salle de bains, se plaignant de la hanche droite. SAMU : transport au {hospital}, "
    "suspicion de fracture du col du fémur.",
    "L'abonné(e), sous anticoagulants, saigne abondamment du cuir chevelu après être tombé(e) "
    "contre la table de nuit. Pompiers envoyés ; points de suture aux urgences du {hospital}.",
    "Abonné(e) désorienté(e), en sueur, ne sait plus quel jour on est. Diabétique connu(e) : "
    "hypoglycémie confirmée par les pompiers, resucrage, laissé(e) au domicile avec sa fille.",
    "Chute sans blessure apparente mais impossible de se relever seul(e) ; c'est la troisième "
    "chute en deux mois. Relevé(e) par {helper}.",
    "L'abonné(e) signale une violente douleur dans la poitrine et le bras gauche. SMUR dépêché, "
    "hospitalisation en cardiologie au {hospital}.",
)


def telealarm_report(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    _, helper = c.person()
    day = c.date(2022, 2025)
    provider = c.pick(("Présence Verte", "Filien ADMR", "Vitaris", "Assystel", "Séniors Connect"))
    event = c.pick(TELEALARM_EVENTS).format(helper=helper, hospital=c.pick(HOSPITALS))
    return "courrier", (
        f"{provider} — centrale d'écoute 24 h/24\n"
        f"COMPTE RENDU D'INTERVENTION transmis au CCAS de {c.commune}\n\n"
        f"Abonné(e) : {name}, {c.rng.randint(76, 97)} ans — contrat n° {digits(c, 7)}\n"
        f"Adresse : {c.address()}, {c.commune}\n"
        f"Alarme : {c.pick(('détecteur de chute', 'médaillon', 'bracelet'))} déclenché le "
        f"{c.write_date(day)} à {hour(c)}\n"
        f"Déroulé : {event}\n"
        "Suite proposée : "
        + c.pick(
            (
                "visite à domicile de l'assistante sociale et réévaluation du plan d'aide APA.",
                "information de la famille ; vérifier le retour à domicile avant de réactiver.",
                "ajout d'un chemin lumineux et d'un second déclencheur dans la salle de bains.",
            )
        )
    )


CHILD_ABSENCES = (
    "hospitalisation au {hospital} pour une greffe de moelle osseuse (leucémie)",
    "opération des amygdales et des végétations, puis dix jours de convalescence",
    "fracture du fémur : plâtre jusqu'à la hanche, ne peut pas se déplacer",
    "séjour en centre de rééducation après l'opération de sa scoliose",
    "cures de chimiothérapie au {hospital} une semaine sur trois",
    "varicelle compliquée d'une surinfection, éviction prescrite par le pédiatre",
    "pose d'une pompe à insuline et éducation thérapeutique au {hospital}",
)


def child_hospital_absence(c: Ctx) -> tuple[str, str]:
    child = pupil(c)
    parent, _ = c.person()
    start = c.date(2022, 2025)
    return "periscolaire_inscription", (
        f"Mairie de {c.commune} — Service enfance et restauration scolaire\n"
        "DEMANDE DE DÉSINSCRIPTION TEMPORAIRE (cantine, garderie, mercredis)\n\n"
        f"Enfant : {child}    Classe : {c.pick(CLASSES)}    École : {c.pick(SCHOOLS)}\n"
        f"Responsable légal : {parent}    Tél. : {phone(c)}\n"
        f"Absence du {c.write_date(start)} au {c.write_date(plus_days(c, start, 10, 70))}\n"
        "Motif : " + c.pick(CHILD_ABSENCES).format(hospital=c.pick(HOSPITALS)) + "\n"
        "Je demande que les repas réservés ne soient pas facturés pendant cette période.\n"
        f"Pièce jointe : {c.pick(('bulletin de situation', 'certificat médical'))}\n"
        f"Date et signature : {c.write_date(minus_days(c, start, 1, 6))}"
    )


SWIM_ADAPTATIONS = (
    "porte un implant cochléaire qu'il faut retirer avant l'eau : consignes visuelles, "
    "se placer face à lui/elle",
    "opéré(e) d'une hernie inguinale en mars : ni plongeon ni saut jusqu'à fin mai",
    "atteint(e) de mucoviscidose : vestiaire individuel, pas d'échange de bouteilles ni de "
    "pince-nez",
    "souffle au cœur en cours d'exploration : pas d'effort intense avant l'avis du cardiologue",
    "porte un corset pour sa scoliose : natation autorisée, corset retiré au vestiaire",
    "plâtre au poignet jusqu'au 12 : reste au bord du bassin avec l'enseignant(e)",
    "fait des crises d'absence (épilepsie) : toujours dans le couloir le plus proche du bord",
)


def adapted_swimming_note(c: Ctx) -> tuple[str, str]:
    first, second = c.rng.sample(SWIM_ADAPTATIONS, 2)
    school = c.pick(SCHOOLS)
    _, director = c.person()
    _, educator = c.person()
    return "courrier", (
        f"{school[0].upper()}{school[1:]} — {c.commune}\n"
        f"À l'attention de {educator}, éducateur(trice) territorial(e) des activités "
        "physiques et sportives, service des sports\n\n"
        f"Objet : cycle natation des {c.pick(CLASSES)} — élèves à prendre en compte\n\n"
        f"Bonjour,\nAvant la reprise des séances à la piscine intercommunale le "
        f"{c.write_date(c.date(2023, 2025))}, voici les points signalés par les familles :\n"
        f"- {pupil(c)} {first} ;\n"
        f"- {pupil(c)} {second}.\n"
        "Les certificats sont dans le classeur de la classe. Merci de transmettre aux "
        "maîtres-nageurs.\n"
        f"La directrice, {director}"
    )


PROROGATION_HEALTH = (
    "j'ai été opéré à cœur ouvert (triple pontage coronarien) et ma convalescence a duré "
    "plus de six mois",
    "on m'a diagnostiqué un lymphome et j'ai suivi six cures de chimiothérapie ; je suis "
    "aujourd'hui en rémission",
    "une chute d'échafaudage sur un autre chantier m'a laissé une double fracture du bassin",
    "mon épouse, qui devait conduire le chantier avec moi, a été hospitalisée de longs mois "
    "pour une dépression sévère",
    "une névrite optique liée à ma sclérose en plaques m'a privé de la vue d'un œil pendant "
    "l'hiver",
)


def pc_prorogation_health(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    granted = c.date(2021, 2023)
    number = c.permit_number("PC", granted.year)
    return "permis_construire", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Objet : demande de prorogation du permis de construire n° {number}\n"
        "Lettre recommandée avec accusé de réception\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Le permis de construire cité en objet m'a été accordé le {c.write_date(granted)} "
        f"pour {c.pick(('une maison individuelle', 'un garage et un atelier', 'une extension'))}"
        f" sur le terrain situé {c.address()}.\n"
        f"Les travaux n'ont pas pu commencer : {c.pick(PROROGATION_HEALTH)}.\n"
        "Les règles d'urbanisme applicables n'ayant pas changé, je sollicite la prorogation "
        "d'un an de ce permis, en application de l'article R. 424-21 du code de l'urbanisme.\n"
        f"Veuillez agréer mes salutations distinguées.\n{name}"
    )


SPA_REASONS = (
    "mon rhumatologue m'a prescrit une balnéothérapie quotidienne pour ma spondylarthrite "
    "ankylosante",
    "notre fils, atteint d'une myopathie de Duchenne, fait sa rééducation en eau chaude "
    "avec le kinésithérapeute",
    "depuis ma prothèse totale du genou, la marche dans l'eau est la seule activité que mon "
    "chirurgien autorise",
    "ma fibromyalgie me fait souffrir en permanence et seule l'eau chaude me soulage",
    "mon épouse, paraplégique depuis son accident, entretient sa musculature en piscine",
)


def dp_therapy_pool(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "declaration_prealable", (
        "DÉCLARATION PRÉALABLE — travaux et aménagements non soumis à permis\n"
        f"Déclarant : {civility}\nTerrain : {c.address()}, {c.commune} — parcelle "
        f"{c.pick(('AB', 'ZH', 'C', 'AK'))} {c.rng.randint(10, 900)}\n"
        "Nature des travaux : bassin de nage à contre-courant de "
        f"{c.rng.randint(4, 6)} × 2,50 m, chauffé à 32 °C, sous abri bas translucide, "
        "accès par marches larges et main courante.\n"
        "Notice jointe :\n"
        f"Ce bassin n'est pas un équipement de loisir : {c.pick(SPA_REASONS)}. Les séances en "
        "centre sont à 40 km et ne peuvent plus être assurées. Un certificat médical est joint.\n"
        f"Implantation à {c.rng.randint(3, 9)} m des limites séparatives ; local technique "
        "enterré.\n"
        f"Fait le {c.write_date(c.date(2022, 2025))}, {name}"
    )


CU_HEALTH = (
    "placée sous curatelle renforcée depuis qu'une maladie à corps de Lewy l'empêche de "
    "gérer ses affaires",
    "entrée en EHPAD après un AVC qui l'a laissée hémiplégique",
    "atteinte d'une démence vasculaire, hébergée en unité protégée",
    "devenue presque aveugle (glaucome) et dépendante pour tous les gestes du quotidien",
)


def cu_guardian_sale(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, mother = c.person()
    return "certificat_urbanisme", (
        "DEMANDE DE CERTIFICAT D'URBANISME\n"
        "☐ a) certificat d'information   ☒ b) certificat opérationnel\n\n"
        f"Demandeur : {civility}, agissant comme curateur/curatrice de {mother}\n"
        f"Terrain : lieu-dit {c.pick(('Les Grèzes', 'La Bouysse', 'Le Pech', 'Les Vignals'))}, "
        f"{c.commune} — section {c.pick(('A', 'B', 'ZC'))} n° {c.rng.randint(10, 700)}, "
        f"{c.rng.randint(800, 3500)} m²\n"
        "Opération projetée : vente du terrain en vue de la construction d'une maison "
        "individuelle\n"
        "Note jointe :\n"
        f"Ma mère, {c.pick(CU_HEALTH)}, doit vendre cette parcelle pour payer son hébergement. "
        "Le juge des contentieux de la protection a autorisé la vente ; l'acquéreur demande "
        "un certificat opérationnel avant de signer.\n"
        f"Le {c.write_date(c.date(2022, 2025))}\n{name}"
    )


VOLUNTEER_INJURIES = (
    "a chuté de l'escabeau en accrochant les guirlandes et s'est fracturé deux côtes",
    "s'est entaillé profondément la paume avec un cutter : huit points de suture aux urgences",
    "a fait un malaise cardiaque au montage du podium ; il porte désormais un défibrillateur "
    "implantable",
    "s'est luxé l'épaule en portant les tables avec un collègue",
    "piqué(e) par un frelon, a fait un choc anaphylactique et a été évacué(e) par les pompiers",
    "s'est brûlé l'avant-bras à la friteuse de la buvette (brûlure du deuxième degré)",
)


def volunteer_accident_letter(c: Ctx) -> tuple[str, str]:
    _, president = c.person()
    volunteer, _ = c.person()
    club = c.pick(
        ("Comité des fêtes", "Foyer rural", "Amicale laïque", "Association Les Estivales")
    )
    event = c.pick(
        ("la fête de la Saint-Jean", "la fête votive", "le marché de Noël", "le 14 juillet")
    )
    day = c.date(2022, 2025)
    return "courrier", (
        f"{club} — {c.commune}\nSiège : mairie, {c.address()}\n\n"
        "Objet : accident d'un bénévole — déclaration de sinistre\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Le {c.write_date(day)}, lors de la préparation de {event}, notre bénévole "
        f"{volunteer} {c.pick(VOLUNTEER_INJURIES)}.\n"
        f"Il/elle est en arrêt de travail jusqu'au {c.write_date(plus_days(c, day, 10, 45))}. "
        "L'accident s'étant produit dans la salle municipale, avec le matériel prêté par la "
        "commune, nous vous demandons de le déclarer aussi à votre assureur.\n"
        f"Veuillez agréer nos salutations dévouées.\nLe/la président(e), {president}"
    )


RESIGNATION_HEALTH = (
    "je dois commencer une radiothérapie pour un cancer de la prostate et serai indisponible "
    "de longs mois",
    "mon cardiologue m'impose un repos strict après l'infarctus qui m'a valu une semaine en "
    "soins intensifs",
    "je suis soigné(e) pour un épuisement professionnel et mon psychiatre m'a demandé de "
    "renoncer à toute responsabilité",
    "ma maladie de Crohn connaît une poussée sévère et j'ai été hospitalisé(e) deux fois ce "
    "trimestre",
    "ma vue baisse rapidement (dégénérescence rétinienne) et je ne peux plus conduire ni lire "
    "les dossiers",
)


def elu_resignation_health(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    role = c.rng.choice(
        (
            ("adjoint(e) au maire chargé(e) des finances", "Monsieur le Préfet,"),
            ("adjoint(e) au maire délégué(e) à la voirie", "Monsieur le Préfet,"),
            ("conseiller(ère) municipal(e)", c.pick(SALUTATIONS)),
            ("conseiller(ère) communautaire", "Monsieur le Président,"),
        )
    )
    return "courrier", (
        f"{civility}\n{role[0].capitalize()}\n{c.address()}, {c.commune}\n\n"
        f"Objet : démission de mes fonctions de {role[0]}\n\n"
        f"{role[1]}\n"
        f"C'est avec regret que je vous remets ma démission : {c.pick(RESIGNATION_HEALTH)}.\n"
        f"Je remercie les collègues avec qui j'ai travaillé depuis {c.rng.randint(2008, 2020)} "
        "et resterai, dans la mesure de mes forces, au service de la commune.\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(2022, 2025))}\n{name}"
    )


FOUND_UNWELL = (
    "désorienté(e), en pantoufles, incapable de donner son adresse. Son épouse/époux, "
    "joint(e) par téléphone, indique qu'il/elle est atteint(e) de la maladie d'Alzheimer et a "
    "quitté le domicile vers 5 h",
    "allongé(e) sur un banc, en sueur et confus(e), porteur d'une carte « je suis "
    "diabétique ». Glycémie à 0,45 g/l mesurée par les pompiers, resucrage sur place",
    "en pleine crise convulsive devant l'étal du poissonnier. Mise en PLS ; reprend "
    "connaissance et déclare avoir oublié son traitement antiépileptique",
    "assis(e) contre la fontaine, très essoufflé(e), les lèvres bleutées ; indique souffrir "
    "d'une BPCO et avoir oublié sa bouteille d'oxygène",
    "prostré(e) et en pleurs sous l'abribus, tenant des propos suicidaires ; dit avoir "
    "interrompu son traitement antidépresseur",
)


def police_person_unwell(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    _, agent = c.person()
    day = c.date(2022, 2025)
    start = c.rng.randint(6 * 60, 21 * 60)
    end = start + c.rng.randint(25, 110)
    return "courrier", (
        f"POLICE MUNICIPALE — {c.commune.upper()}\n"
        f"MAIN COURANTE — fiche n° {day.year}/{c.rng.randint(10, 900):04d}\n"
        f"Date et heure : {c.write_date(day)}, {start // 60} h {start % 60:02d}\n"
        f"Lieu : {c.pick(('place du marché', 'abords de la gare', 'parc municipal'))}, "
        f"{c.commune}\nAgents : {agent} et un ASVP\n\n"
        f"Alertés par un commerçant, découvrons {civility}, né(e) le "
        f"{c.write_date(c.date(1938, 1990))}, {c.pick(FOUND_UNWELL)}.\n"
        "Pompiers requis ; "
        + c.pick(
            (
                f"la personne est transportée au {c.pick(HOSPITALS)}.",
                "la personne est remise à sa famille après examen.",
                "la personne refuse le transport et signe une décharge.",
            )
        )
        + f"\nFin d'intervention : {end // 60} h {end % 60:02d}."
    )


def sick_pay_certificate(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    stop = c.date(2022, 2025)
    months = (
        minus_days(c, stop, 90, 90),
        minus_days(c, stop, 60, 60),
        minus_days(c, stop, 30, 30),
    )
    pay = "\n".join(f"{m.month:02d}/{m.year} : {c.money(c.amount(1400, 2300))}" for m in months)
    return "courrier", (
        "ATTESTATION DE SALAIRE POUR LE PAIEMENT DES INDEMNITÉS JOURNALIÈRES\n"
        "Maladie, maternité, paternité — cerfa n° 11135*05\n\n"
        f"Employeur : commune de {c.commune} — SIRET {siret(c)}\n"
        f"Salarié(e) : {name}\n"
        f"N° d'immatriculation : {nir_boxes(c) if c.rng.random() < 0.5 else nir_shown(c)}\n"
        f"Emploi : {c.pick(('agent contractuel', 'adjoint technique, 17 h 30 hebdomadaires'))}\n"
        f"Motif de l'arrêt : {c.pick(('☒ maladie', 'maladie', '☒ maladie ☐ maternité'))}\n"
        f"Date du dernier jour travaillé : {c.write_date(stop)}\n"
        f"Salaires des trois mois précédents :\n{pay}\n"
        f"Subrogation : {c.pick(('non', 'oui, jusqu’au terme du contrat'))}"
    )


def seasonal_hire_sheet(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    year = c.rng.randint(2023, 2026)
    post = c.pick(
        (
            ("surveillant(e) de baignade, piscine municipale", "BNSSA n° " + digits(c, 6)),
            ("agent d'accueil du camping municipal", "permis B"),
            ("agent saisonnier des espaces verts", "CACES R482 catégorie A"),
        )
    )
    which = c.rng.randrange(3)  # 0: both, 1: NIR only, 2: IBAN only
    number, born = nir_and_birth(c, born_after=85)
    lines = [
        f"Mairie de {c.commune} — service du personnel",
        f"FICHE DE RENSEIGNEMENTS — EMPLOI SAISONNIER {year}",
        f"Nom et prénom : {name}",
        f"Date et lieu de naissance : {c.write_date(born)}, {c.pick(TOWNS)}",
        f"Adresse : {c.address()}, {c.commune}    Tél. : {phone(c)}",
        f"Poste : {post[0]} — du 1er juillet au 31 août {year}",
        f"Qualification : {post[1]}",
    ]
    if which != 2:
        lines.append(f"N° de sécurité sociale : {number}")
    if which != 1:
        lines.append(f"RIB pour le versement du salaire : {iban_shown(c)}  BIC {c.pick(BICS)}")
    lines.append("Pièces jointes : pièce d'identité, diplôme, attestation de droits")
    return "courrier", "\n".join(lines)


def unemployment_benefit_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(start.year)}\n"
        "portant attribution de l'allocation d'aide au retour à l'emploi\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code du travail, notamment ses articles L. 5422-1 et L. 5424-1 ;\n"
        "Considérant que la commune assure elle-même la charge de l'indemnisation du chômage "
        "de ses agents ;\n"
        f"Vu la demande de {civility}, ancien(ne) agent contractuel dont l'engagement a pris "
        f"fin le {c.write_date(minus_days(c, start, 8, 30))} ;\nDÉCIDE\n"
        f"Article 1 : l'intéressé(e) bénéficie de l'ARE à compter du {c.write_date(start)}, "
        f"pour une durée de {c.rng.randint(180, 730)} jours, au taux journalier brut de "
        f"{c.money(c.amount(30, 70))}.\n"
        "Article 2 : l'allocation est versée mensuellement, sur présentation de l'actualisation, "
        f"au compte de l'intéressé(e) : {iban_shown(c)}.\n"
        f"Fait à {c.commune}, le {c.write_date(start)}"
    )


DAMAGE_WORKS = (
    "le fauchage des accotements de la route de la Forêt",
    "le passage de la balayeuse municipale",
    "l'élagage des platanes de l'avenue",
    "le rebouchage des nids-de-poule à l'enrobé à froid",
)
DAMAGE_KINDS = (
    "une projection de gravillons a brisé la vitre arrière du véhicule de {who}",
    "une branche est tombée sur le capot de la voiture de {who}, en stationnement",
    "la clôture en grillage de {who} a été arrachée sur six mètres",
    "la portière du véhicule de {who} a été rayée sur toute sa longueur",
)


def compensation_deliberation(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    day = c.date(2022, 2025)
    return "deliberation", (
        f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE {c.commune.upper()}\n"
        f"Séance du {c.write_date(plus_days(c, day, 20, 60))} — délibération n° "
        f"{c.act_number(day.year)}\n"
        "Objet : indemnisation amiable d'un administré\n"
        f"Le Maire expose que le {c.write_date(day)}, pendant {c.pick(DAMAGE_WORKS)}, "
        + c.pick(DAMAGE_KINDS).format(who=civility)
        + ".\n"
        f"Le devis de réparation s'élève à {c.money(c.amount(150, 900))}, montant inférieur à la "
        "franchise du contrat d'assurance de la commune.\n"
        f"Le conseil municipal décide d'indemniser directement {name} et autorise le virement "
        f"sur son compte personnel : IBAN {iban_shown(c)}.\nAdopté à l'unanimité."
    )


def intern_allowance_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(start.year, 'RH-')}\n"
        "portant versement d'une gratification de stage\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code de l'éducation, notamment ses articles L. 124-6 et D. 124-8 ;\n"
        f"Vu la convention de stage signée avec {c.pick(('l’IUT', 'l’université', 'le lycée'))} "
        f"de {c.pick(TOWNS)} ;\nARRÊTE\n"
        f"Article 1 : {civility}, étudiant(e) en "
        f"{c.pick(('BTS Gestion de la PME', 'master Droit public', 'licence Géographie'))}, "
        f"accueilli(e) en stage du {c.write_date(start)} au "
        f"{c.write_date(plus_days(c, start, 70, 170))} au service "
        f"{c.pick(('urbanisme', 'finances', 'communication'))}, perçoit une gratification de "
        "4,35 € par heure de présence.\n"
        "Article 2 : la gratification est versée chaque mois sur le compte du/de la stagiaire :\n"
        f"IBAN {iban_shown(c)} — BIC {c.pick(BICS)}\n"
        "Article 3 : ampliation au comptable public et à l'intéressé(e)."
    )


def ebike_grant_form(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    price = c.amount(900, 3500)
    return "courrier", (
        f"COMMUNE DE {c.commune.upper()}\n"
        "DEMANDE D'AIDE À L'ACHAT D'UN VÉLO À ASSISTANCE ÉLECTRIQUE\n\n"
        f"Demandeur : {name}\nAdresse : {c.address()}, {c.commune}\n"
        f"Courriel : {c.pick(('j.dupont', 'famille.roux', 'lm47'))}@exemple.fr\n"
        f"Vélo acheté le {c.write_date(c.date(2023, 2025))} chez "
        f"{c.pick(('Cycles du Lot', 'Vélo Station', 'Décathlon'))}, facture n° "
        f"{c.rng.randint(10000, 99999)}, prix TTC {c.money(price)}\n"
        f"Montant de l'aide sollicitée : {c.pick(('100 €', '150 €', '200 €'))}\n"
        "Coordonnées bancaires du demandeur (RIB joint) :\n"
        f"Titulaire : {name}\nIBAN : {iban_shown(c)}\n"
        "Je m'engage à ne pas revendre le vélo dans les trois ans. Signature"
    )


PPE_ITEMS = (
    (
        "1 paire de chaussures de sécurité orthopédiques sur mesure (S3)",
        "amputation de deux orteils du pied gauche (pied diabétique)",
    ),
    (
        "10 paires de sous-gants en coton + gants nitrile sans accélérateurs",
        "dermatite de contact aux accélérateurs du caoutchouc, confirmée par les tests",
    ),
    (
        "1 casque antibruit compatible avec ses appareils auditifs",
        "hypoacousie bilatérale appareillée",
    ),
    (
        "1 paire de lunettes de sécurité à verres correcteurs",
        "kératocône opéré de l'œil droit, forte myopie",
    ),
    (
        "1 paire de genouillères gel et 1 siège de désherbage à roulettes",
        "gonarthrose des deux genoux, infiltrations en cours",
    ),
)


def adapted_ppe_order(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    item, reason = c.rng.choice(PPE_ITEMS)
    return "bon_de_commande", (
        f"MAIRIE DE {c.commune.upper()} — SERVICES TECHNIQUES\n"
        f"BON DE COMMANDE N° {c.rng.randint(2023, 2025)}-{c.rng.randint(1, 600):04d}\n"
        f"Fournisseur : {c.pick(('Protecto Sud', 'EPI Service', 'Orthopédie Lagarde'))}\n"
        f"Désignation : {item} — {c.money(c.amount(60, 480))} TTC\n"
        f"Bénéficiaire : {civility}, {c.pick(('agent des espaces verts', 'agent de voirie'))}\n"
        f"Motif : équipement adapté prescrit par le médecin du travail le "
        f"{c.write_date(c.date(2023, 2025))} — {reason}\n"
        "Demande de prise en charge FIPHFP jointe.\n"
        "Signature du responsable des services techniques"
    )


DRIVING_MOTIVES = (
    "syndrome d'apnées obstructives du sommeil, appareillé par pression positive continue",
    "diabète traité par insuline",
    "crise d'épilepsie inaugurale survenue le {day}",
    "suites d'un accident vasculaire cérébral",
    "trouble de l'usage de l'alcool (suspension administrative du permis)",
)


def driving_medical_convocation(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    motive = c.pick(DRIVING_MOTIVES).format(day=c.write_date(minus_days(c, day, 20, 80)))
    return "convocation", (
        f"PRÉFECTURE — Bureau de la circulation routière\n\n"
        "CONVOCATION — CONTRÔLE MÉDICAL DE L'APTITUDE À LA CONDUITE\n\n"
        f"{civility}\nTitulaire du permis {c.pick(('C', 'C et CE', 'B et C1'))}\n"
        f"Vous êtes convoqué(e) le {c.write_date(day)} à {c.rng.randint(8, 17)} h devant "
        "la commission médicale primaire.\n"
        f"Motif du contrôle : {motive}.\n"
        "Munissez-vous de votre permis, de vos comptes rendus de spécialiste et de vos "
        "ordonnances en cours.\n"
        f"Document remis au service RH de la mairie de {c.commune} par l'agent (conduite du "
        "camion benne)."
    )


def hiring_visit_convocation(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    number, born = nir_and_birth(c, born_after=62)
    return "convocation", (
        "CENTRE DE GESTION — Service de médecine professionnelle et préventive\n\n"
        "CONVOCATION — Visite d'information et de prévention initiale\n\n"
        f"Agent : {name}\nNé(e) le : {c.write_date(born)}\n"
        f"N° de sécurité sociale : {number}\n"
        f"Collectivité : commune de {c.commune}    Poste : {c.pick(GRADES)}\n"
        f"Date : {c.write_date(day)} à {c.rng.randint(8, 16)} h "
        f"{c.pick(('00', '20', '40'))}\n"
        "Lieu : "
        + c.pick(("cabinet médical du centre de gestion", "mairie, salle du 1er étage"))
        + "\n"
        "Merci de vous munir de votre carnet de vaccination et de vos lunettes éventuelles."
    )


LOTO_CONDITIONS = (
    "atteint d'une amyotrophie spinale infantile",
    "porteur du syndrome d'Angelman",
    "atteint de mucoviscidose et en attente d'une greffe pulmonaire",
    "atteint d'une paralysie cérébrale liée à sa grande prématurité",
    "atteint d'une leucodystrophie diagnostiquée l'an dernier",
)
LOTO_NEEDS = (
    "un fauteuil roulant électrique verticalisateur",
    "l'aménagement du véhicule familial",
    "des séjours de rééducation intensive non remboursés",
)


def solidarity_loto_deliberation(c: Ctx) -> tuple[str, str]:
    first = c.pick(("Léo", "Timothée", "Nino", "Louka", "Axel"))
    child = f"{first} {c.pick(PUPIL_SURNAMES)}"
    day = c.date(2022, 2025)
    return "deliberation", (
        f"Délibération n° {c.act_number(day.year)} — séance du {c.write_date(day)}\n"
        "Objet : mise à disposition gratuite de la salle des fêtes — loto solidaire\n"
        f"Le Maire expose que l'association « Un pas avec {first} » organise un loto le "
        f"{c.write_date(plus_days(c, day, 20, 60))} afin de financer {c.pick(LOTO_NEEDS)} pour "
        f"{child}, {c.rng.randint(3, 11)} ans, domicilié à {c.commune}, "
        f"{c.pick(LOTO_CONDITIONS)}.\n"
        "Le conseil municipal, après en avoir délibéré, décide de mettre la salle à disposition "
        "à titre gratuit et d'exonérer l'association des frais de ménage.\n"
        "Adopté à l'unanimité."
    )


REINSTATEMENT_HEALTH = (
    "sous réserve d'un poste sans conduite de véhicule (traitement antiépileptique)",
    "sans port de charges de plus de 5 kg (hernie discale opérée deux fois)",
    "sur un poste à horaires fixes, sans travail de nuit (trouble bipolaire stabilisé)",
    "après sa greffe hépatique, à l'écart des produits chimiques",
    "avec un aménagement du poste lié à sa cécité partielle (rétinopathie diabétique)",
)


def reinstatement_health_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(start.year, 'RH-')}\n"
        "portant réintégration à l'issue d'une disponibilité d'office pour raison de santé\n\n"
        f"Le Maire de {c.commune},\nVu le code général de la fonction publique ;\n"
        "Vu le décret n° 86-68 du 13 janvier 1986 ;\n"
        f"Vu l'arrêté plaçant {civility}, {c.pick(GRADES)}, en disponibilité d'office pour "
        "raison de santé ;\n"
        f"Vu l'avis du conseil médical du {c.write_date(minus_days(c, start, 10, 40))} "
        f"déclarant l'intéressé(e) apte à la reprise {c.pick(REINSTATEMENT_HEALTH)} ;\nARRÊTE\n"
        f"Article 1 : l'intéressé(e) est réintégré(e) à compter du {c.write_date(start)}.\n"
        "Article 2 : ampliation au centre de gestion et au comptable public."
    )


ELDERLY_DIETS = (
    "sans sel, mon mari est insuffisant cardiaque",
    "mon épouse est sous anticoagulants (AVK) : pas de chou ni d'épinards",
    "repas mixé : je n'ai plus de dents depuis mon cancer de la gorge",
    "pas de fruits à coque ni de graines (diverticulose)",
    "sans sucre, je suis diabétique sous insuline",
    "table près de la sortie SVP, je me déplace en fauteuil roulant depuis mon AVC",
)


def elderly_lunch_reply(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    year = c.rng.randint(2023, 2026)
    return "courrier", (
        f"REPAS DES AÎNÉS {year} — COUPON-RÉPONSE\n"
        f"à retourner en mairie de {c.commune} avant le {c.write_date(c.date(year, year))}\n\n"
        f"Nom(s) et prénom(s) : {name}{c.pick(('', ' et son épouse', ' et son mari'))}\n"
        f"Adresse : {c.address()}\n"
        f"Nombre de participants : {c.pick(('1', '2'))}\n"
        f"Transport par le minibus communal : {c.pick(('oui', 'non'))}\n"
        f"Régime ou besoin particulier : {c.pick(ELDERLY_DIETS)}\n"
        "Signature"
    )


CCAS_HEALTH_AIDS = (
    "sollicite une aide pour des verres scléraux adaptés à son kératocône, mal remboursés",
    "sollicite une aide aux frais de transport vers le centre de radiothérapie (30 séances)",
    "sollicite une aide aux obsèques de son fils, décédé d'une surdose",
    "sollicite une participation aux frais de postcure de son conjoint, alcoolo-dépendant",
    "sollicite une aide pour l'achat d'une prothèse capillaire pendant sa chimiothérapie",
    "sollicite une aide pour ses séances de psychologue après son hospitalisation en psychiatrie",
)


def ccas_case_minutes(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    granted = c.rng.random() < 0.8
    return "pv_seance", (
        f"CCAS DE {c.commune.upper()} — CONSEIL D'ADMINISTRATION\n"
        f"Procès-verbal de la séance du {c.write_date(day)} — partie à huis clos\n\n"
        f"Dossier n° {day.year}-{c.rng.randint(1, 90):03d} : {civility}, "
        f"{c.address()}, {c.pick(CCAS_HEALTH_AIDS)}.\n"
        f"Ressources du foyer : {c.money(c.amount(700, 1600))} par mois.\n"
        + (
            f"Décision : aide de {c.money(c.amount(100, 600))} accordée à l'unanimité, versée "
            "directement au prestataire."
            if granted
            else "Décision : dossier ajourné, dans l'attente de la réponse de la mutuelle."
        )
        + f"\nLa vice-présidente, {c.person()[1]}"
    )


PHYSIO_CARE = (
    "rééducation de l'épaule droite après luxation",
    "rééducation du genou gauche après ligamentoplastie",
    "lombalgie post-traumatique",
    "rééducation de la main après section d'un tendon fléchisseur",
)


def physio_service_accident_invoice(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    sessions = c.rng.randint(8, 30)
    _, physio = c.person()
    return "facture", (
        f"Cabinet de kinésithérapie {physio}\nMasseur-kinésithérapeute D.E. — RPPS "
        f"{digits(c, 11)}\n{c.address()}, {c.commune}\n\n"
        f"FACTURE N° {c.rng.randint(2023, 2025)}-{c.rng.randint(10, 400)}\n"
        f"Destinataire : mairie de {c.commune}, service des ressources humaines\n"
        f"Patient(e) : {civility}, agent communal — accident de service du "
        f"{c.write_date(c.date(2022, 2025))}\n"
        f"Prescription : {c.pick(PHYSIO_CARE)}\n"
        f"{sessions} séances (AMS 7,5) × {c.money(c.amount(16, 20))}\n"
        f"Total : {c.money(c.amount(200, 700))} — tiers payant collectivité\n"
        f"Règlement par virement au cabinet : IBAN {iban(c)}"
    )


SENSITIVE_6 = (
    death_letter_illness,
    late_birth_letter,
    telework_health_decision,
    sick_replacement_arrete,
    domiciliation_interview,
    telealarm_report,
    child_hospital_absence,
    adapted_swimming_note,
    pc_prorogation_health,
    dp_therapy_pool,
    cu_guardian_sale,
    volunteer_accident_letter,
    elu_resignation_health,
    police_person_unwell,
    sick_pay_certificate,
    seasonal_hire_sheet,
    unemployment_benefit_decision,
    compensation_deliberation,
    intern_allowance_arrete,
    ebike_grant_form,
    adapted_ppe_order,
    driving_medical_convocation,
    hiring_visit_convocation,
    solidarity_loto_deliberation,
    reinstatement_health_arrete,
    elderly_lunch_reply,
    ccas_case_minutes,
    physio_service_accident_invoice,
)


# --- ordinary documents that look like it -------------------------------------------------


def death_letter_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    _, deceased = c.person()
    relation = c.pick(RELATIVES)
    request = c.pick(
        (
            "de me délivrer quatre extraits de l'acte de décès",
            "de m'indiquer les démarches pour le renouvellement de la concession familiale",
            "de me faire savoir si une plaque peut être posée sur le columbarium",
        )
    )
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.pick(TOWNS)}\n\n"
        f"Objet : décès de {deceased}\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"{relation.capitalize()}, {deceased}, nous a quittés le "
        f"{c.write_date(c.date(2022, 2025))}, à l'âge de {c.rng.randint(68, 99)} ans. Les "
        f"obsèques ont été célébrées en l'église de {c.commune}.\n"
        f"Je vous serais reconnaissant(e) {request}.\n"
        "Je joins une copie de ma pièce d'identité et du livret de famille.\n"
        f"Respectueusement,\n{name}"
    )


def name_choice_letter(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    born = c.date(2023, 2025)
    return "courrier", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        "À l'attention du service de l'état civil\n"
        "Objet : naissance de notre fille — choix du nom et livret de famille\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Notre fille {c.pick(('Lison', 'Margaux', 'Capucine', 'Romane'))} est née le "
        f"{c.write_date(born)} à la maternité de {c.commune} ; la naissance a été déclarée le "
        f"{c.write_date(plus_days(c, born, 1, 4))}.\n"
        "Nous souhaitons lui donner nos deux noms accolés. Pouvez-vous nous confirmer que la "
        "déclaration conjointe de choix de nom signée à la maternité a bien été prise en "
        "compte, et nous renvoyer le livret de famille mis à jour ?\n"
        f"Merci par avance,\n{name}"
    )


def telework_plain_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2022, 2025)
    return "decision_maire", (
        f"COMMUNE DE {c.commune.upper()}\n"
        f"DÉCISION N° {c.act_number(start.year, 'DRH-')}\nportant autorisation de télétravail\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le décret n° 2016-151 du 11 février 2016 ;\n"
        "Vu la délibération instituant le télétravail au sein des services communaux ;\n"
        f"Vu la demande de {civility}, {c.pick(GRADES)}, et l'avis favorable de son "
        "responsable de service ;\nDÉCIDE\n"
        f"Article 1 : l'intéressé(e) est autorisé(e) à télétravailler "
        f"{c.pick(('le mercredi', 'le lundi et le jeudi', 'un jour flottant par semaine'))} à "
        f"compter du {c.write_date(start)}, depuis son domicile situé à "
        f"{c.rng.randint(25, 70)} km de la mairie.\n"
        f"Article 2 : un ordinateur portable (inventaire n° INF-{digits(c, 4)}) lui est remis ; "
        "l'autorisation est d'un an, renouvelable.\n"
        f"Fait à {c.commune}, le {c.write_date(minus_days(c, start, 1, 10))}"
    )


ABSENCE_PLAIN = (
    "en congé parental jusqu'aux trois ans de son enfant",
    "placé(e) en disponibilité pour suivre son conjoint muté à l'étranger",
    "détaché(e) auprès de la communauté de communes pour un an",
    "en congé de formation professionnelle pour préparer un diplôme",
    "autorisé(e) à travailler à 80 %, la quotité libérée devant être compensée",
)


def replacement_plain_arrete(c: Ctx) -> tuple[str, str]:
    absent, _ = c.person()
    _, substitute = c.person()
    start = c.date(2022, 2025)
    post = c.pick(("agent d'entretien au groupe scolaire", "secrétaire de mairie", "ATSEM"))
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(start.year, 'RH-')}\n"
        "portant recrutement d'un agent contractuel de remplacement\n\n"
        f"Le Maire de {c.commune},\n"
        "Vu le code général de la fonction publique, notamment son article L. 332-13 ;\n"
        f"Considérant que {absent}, {post}, est {c.pick(ABSENCE_PLAIN)} ;\nARRÊTE\n"
        f"Article 1 : {substitute} est recruté(e) en qualité de {post} du "
        f"{c.write_date(start)} au {c.write_date(plus_days(c, start, 90, 300))}.\n"
        "Article 2 : rémunération sur la base de l'indice brut 367 ; période d'essai d'un mois.\n"
        f"Fait à {c.commune}, le {c.write_date(minus_days(c, start, 1, 5))}"
    )


def domiciliation_attestation(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    day = c.date(2022, 2025)
    office = c.address()
    return "courrier", (
        "ATTESTATION D'ÉLECTION DE DOMICILE — cerfa n° 15548*03\n"
        "Article L. 264-2 du code de l'action sociale et des familles\n\n"
        f"Organisme domiciliataire : CCAS de {c.commune}, {office}\n"
        f"Nom, prénom de l'intéressé(e) : {name}\n"
        f"Date de naissance : {c.write_date(c.date(1960, 2003))}\n"
        f"Date d'élection de domicile : {c.write_date(day)}\n"
        f"Fin de validité : {c.write_date(plus_days(c, day, 365, 365))}\n"
        "Adresse postale à utiliser : "
        f"{name}, chez CCAS de {c.commune}, {office}, {c.commune}\n"
        "Le courrier est à retirer à l'accueil du CCAS aux heures d'ouverture.\n"
        "Cachet et signature du responsable de l'organisme"
    )


def telealarm_annual_report(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2022, 2025)
    subscribers = c.rng.randint(60, 240)
    return "courrier", (
        f"{c.pick(('Présence Verte', 'Filien ADMR', 'Vitaris'))} — rapport d'activité {year}\n"
        f"Convention de téléassistance avec le CCAS de {c.commune}\n\n"
        f"Abonnés au 31 décembre : {subscribers} (dont {c.rng.randint(5, 30)} nouveaux)\n"
        f"Appels reçus : {c.rng.randint(400, 2000)}, dont {c.rng.randint(20, 90)} chutes, "
        f"{c.rng.randint(100, 600)} appels de convivialité et {c.rng.randint(50, 300)} "
        "déclenchements accidentels\n"
        f"Délai moyen de décroché : {c.rng.randint(8, 25)} secondes\n"
        f"Tarif mensuel {year + 1} : {c.money(c.amount(15, 30))} TTC, détecteur de chute en "
        "option\n"
        "Le parc de boîtiers sera remplacé en raison de l'arrêt du réseau 2G/3G."
    )


CANTEEN_PLAIN = (
    "déménagement à {town} le mois prochain",
    "séjour chez les grands-parents pendant les congés du parent",
    "garde par la nourrice le midi à partir de cette date",
    "classe découverte organisée par l'école",
)


def canteen_absence_plain(c: Ctx) -> tuple[str, str]:
    child = pupil(c)
    parent, _ = c.person()
    start = c.date(2022, 2025)
    return "periscolaire_inscription", (
        f"Mairie de {c.commune} — Service enfance et restauration scolaire\n"
        "DEMANDE DE DÉSINSCRIPTION TEMPORAIRE (cantine, garderie, mercredis)\n\n"
        f"Enfant : {child}    Classe : {c.pick(CLASSES)}    École : {c.pick(SCHOOLS)}\n"
        f"Responsable légal : {parent}    Tél. : {phone(c)}\n"
        f"Absence du {c.write_date(start)} au {c.write_date(plus_days(c, start, 5, 40))}\n"
        "Motif : " + c.pick(CANTEEN_PLAIN).format(town=c.pick(TOWNS)) + "\n"
        "Je demande que les repas réservés ne soient pas facturés pendant cette période.\n"
        f"Date et signature : {c.write_date(minus_days(c, start, 3, 15))}"
    )


def swimming_plan_plain(c: Ctx) -> tuple[str, str]:
    _, educator = c.person()
    year = c.rng.randint(2023, 2025)
    return "courrier", (
        f"Commune de {c.commune} — service des sports\n"
        f"PLANNING DES SÉANCES DE NATATION SCOLAIRE {year}-{year + 1}\n\n"
        "Lundi 9 h 30 – 10 h 15 : CP (cycle de 10 séances, septembre à novembre)\n"
        "Mardi 14 h – 14 h 45 : CE1 (« savoir nager », janvier à mars)\n"
        "Jeudi 10 h 30 – 11 h 15 : CM2 (test d'aisance aquatique)\n"
        "Rappels : bonnet et maillot obligatoires ; les élèves dispensés sur certificat "
        "médical restent au bord du bassin avec leur enseignant. Le car part de l'école "
        "vingt minutes avant la séance.\n"
        f"Éducateur territorial des APS : {educator}, {phone(c)}"
    )


PROROGATION_PLAIN = (
    "la banque n'a accordé notre prêt qu'au bout de quatorze mois",
    "l'entreprise de maçonnerie retenue a été placée en liquidation judiciaire",
    "l'étude de sol a révélé des argiles gonflantes imposant des fondations spéciales",
    "la succession de mon père, propriétaire du terrain, n'a été réglée que récemment",
)


def pc_prorogation_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    granted = c.date(2021, 2023)
    return "permis_construire", (
        f"{civility}\n{c.address()}\n{c.commune}\n\n"
        f"Objet : prorogation du permis de construire n° {c.permit_number('PC', granted.year)}"
        "\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Le permis cité en objet, accordé le {c.write_date(granted)}, arrive à expiration. "
        f"Les travaux n'ont pas pu débuter car {c.pick(PROROGATION_PLAIN)}.\n"
        "Je sollicite sa prorogation pour une année, conformément aux articles R. 424-21 et "
        "suivants du code de l'urbanisme.\n"
        f"Veuillez agréer mes salutations distinguées.\n{name}"
    )


def dp_pool_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "declaration_prealable", (
        "DÉCLARATION PRÉALABLE — piscine non couverte\n"
        f"Déclarant : {civility}\nTerrain : {c.address()}, {c.commune} — parcelle "
        f"{c.pick(('AB', 'ZH', 'C', 'AK'))} {c.rng.randint(10, 900)}\n"
        f"Nature des travaux : piscine enterrée de {c.pick(('8 × 4', '7 × 3,5', '10 × 5'))} m "
        f"(surface de bassin {c.rng.randint(24, 50)} m²), margelles en pierre reconstituée, "
        "plage en bois composite.\n"
        "Traitement de l'eau par électrolyse au sel ; local technique enterré ; alarme "
        "immergée conforme à la norme NF P 90-307.\n"
        f"Distance aux limites séparatives : {c.rng.randint(3, 12)} m ; vidange vers le réseau "
        "pluvial après neutralisation.\n"
        f"Fait le {c.write_date(c.date(2022, 2025))}, {name}"
    )


def cu_sale_plain(c: Ctx) -> tuple[str, str]:
    _, notary = c.person()
    return "certificat_urbanisme", (
        "DEMANDE DE CERTIFICAT D'URBANISME\n"
        "☒ a) certificat d'information   ☐ b) certificat opérationnel\n\n"
        f"Demandeur : Maître {notary}, notaire à {c.pick(TOWNS)}\n"
        f"Terrain : {c.address()}, {c.commune} — section {c.pick(('A', 'B', 'ZC'))} "
        f"n° {c.rng.randint(10, 700)}, {c.rng.randint(300, 2500)} m²\n"
        "Objet : vente d'une maison d'habitation dans le cadre d'une succession\n"
        "Le certificat est demandé pour connaître les dispositions d'urbanisme, les "
        "limitations administratives au droit de propriété et les taxes applicables au "
        "terrain.\n"
        f"Fait à {c.pick(TOWNS)}, le {c.write_date(c.date(2022, 2025))}"
    )


def festival_volunteers_thanks(c: Ctx) -> tuple[str, str]:
    _, president = c.person()
    helpers = ", ".join(c.person()[1] for _ in range(3))
    return "courrier", (
        f"Comité des fêtes — {c.commune}\n\n"
        "Objet : remerciements — fête votive\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"La fête du week-end dernier a réuni plus de {c.rng.randint(3, 12)} cents personnes. "
        "Malgré l'orage du samedi soir, il n'y a eu aucun blessé ; seul le barnum a souffert "
        "(deux arceaux tordus, que nous ferons réparer à nos frais).\n"
        f"Merci aux services techniques et aux bénévoles, en particulier {helpers}, pour le "
        "montage du podium et la buvette.\n"
        f"Bien amicalement,\nLe/la président(e), {president}"
    )


RESIGNATION_PLAIN = (
    "ma mutation professionnelle à {town} m'oblige à quitter la commune à la fin du mois",
    "je viens d'être recruté(e) par la commune, ce qui rend mon mandat incompatible",
    "je ne partage plus les orientations budgétaires de la majorité",
    "mes nouvelles responsabilités professionnelles ne me laissent plus le temps nécessaire",
)


def elu_resignation_plain(c: Ctx) -> tuple[str, str]:
    civility, name = c.person()
    return "courrier", (
        f"{civility}\nConseiller(ère) municipal(e)\n{c.address()}, {c.commune}\n\n"
        "Objet : démission de mon mandat de conseiller(ère) municipal(e)\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        "Je vous informe de ma démission du conseil municipal : "
        + c.pick(RESIGNATION_PLAIN).format(town=c.pick(TOWNS))
        + ".\nJe remercie l'ensemble des élus et des agents pour ces années de travail "
        "commun.\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(2022, 2025))}\n{name}"
    )


def police_livestock_report(c: Ctx) -> tuple[str, str]:
    _, owner = c.person()
    _, agent = c.person()
    day = c.date(2022, 2025)
    animals = c.pick(
        (
            "six vaches limousines, dont une génisse blessée à la patte arrière",
            "un troupeau d'une vingtaine de brebis, l'une boitant fortement",
            "deux chevaux, dont un présentant une plaie au poitrail",
        )
    )
    return "courrier", (
        f"POLICE MUNICIPALE DE {c.commune.upper()}\n"
        f"RAPPORT N° PM-{day.year}-{c.rng.randint(10, 450):03d} — divagation d'animaux\n"
        f"Date : {c.write_date(day)} à {hour(c)}\nLieu : route départementale, sortie du bourg\n"
        f"Rédacteur : {agent}\n\n"
        f"Signalement : {animals}, sur la chaussée. Circulation ralentie, animaux regroupés "
        "dans le pré voisin.\n"
        f"Propriétaire identifié : {owner}, éleveur, qui récupère ses bêtes et fait venir le "
        "vétérinaire. Clôture électrique hors service.\n"
        "Rappel à la réglementation effectué ; aucun accident de la circulation."
    )


TREE_DISEASES = (
    ("platanes", "atteints du chancre coloré (Ceratocystis platani)"),
    ("frênes", "dépérissants, atteints de la chalarose"),
    ("marronniers", "malades, rongés par un champignon lignivore à la base du tronc"),
    ("ormes", "touchés par la graphiose"),
)


def diseased_trees_arrete(c: Ctx) -> tuple[str, str]:
    trees, disease = c.rng.choice(TREE_DISEASES)
    day = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(day.year)}\n"
        "portant interdiction de circulation et de stationnement pour abattage d'arbres\n\n"
        f"Le Maire de {c.commune},\nVu le code général des collectivités territoriales, "
        "articles L. 2212-2 et L. 2213-1 ;\n"
        f"Considérant que {c.rng.randint(3, 18)} {trees} de la "
        f"{c.pick(('place du Marché', 'promenade du Canal', 'cour de l’école'))} sont {disease}, "
        "fragilisés et présentent un risque de chute ;\nARRÊTE\n"
        f"Article 1 : du {c.write_date(day)} au {c.write_date(plus_days(c, day, 2, 10))}, la "
        "circulation et le stationnement sont interdits aux abords du chantier.\n"
        "Article 2 : les bois contaminés seront évacués et brûlés sur place ; les outils "
        "désinfectés entre chaque sujet.\n"
        f"Fait à {c.commune}, le {c.write_date(minus_days(c, day, 3, 15))}"
    )


def bridge_diagnosis_contract(c: Ctx) -> tuple[str, str]:
    company = c.pick(("Ingénierie Ouvrages d'Art SAS", "Structures & Diagnostics", "BET Pontis"))
    return "marche", (
        f"MARCHÉ N° {c.rng.randint(2023, 2025)}-{c.rng.randint(1, 30):02d} — ACTE D'ENGAGEMENT\n"
        f"Acheteur : commune de {c.commune}\n"
        "Objet : diagnostic structurel du pont sur "
        f"{c.pick(('la Vézère', 'le Lot', 'la Seiche', 'l’Ouche'))} — relevé des "
        "pathologies (fissures, éclatements du béton, corrosion des armatures), auscultation "
        "et préconisations de confortement de l'ouvrage fragilisé\n"
        f"Titulaire : {company}, SIRET {siret(c)}\n"
        f"Montant forfaitaire HT : {c.money(c.amount(8000, 45000))}\n"
        f"Délai : {c.rng.randint(6, 16)} semaines\n"
        f"Compte à créditer : {company} — IBAN {iban(c)} — BIC {c.pick(BICS)}"
    )


def ppe_order_plain(c: Ctx) -> tuple[str, str]:
    rows = "\n".join(
        f"- {c.person()[1]} : chaussures de sécurité S3, pointure {c.rng.randint(36, 46)}"
        for _ in range(c.rng.randint(2, 4))
    )
    return "bon_de_commande", (
        f"MAIRIE DE {c.commune.upper()} — SERVICES TECHNIQUES\n"
        f"BON DE COMMANDE N° {c.rng.randint(2023, 2025)}-{c.rng.randint(1, 600):04d}\n"
        f"Fournisseur : {c.pick(('Protecto Sud', 'EPI Service', 'Würth France'))}\n"
        "Dotation annuelle en équipements de protection individuelle :\n"
        f"{rows}\n"
        f"- {c.rng.randint(10, 40)} paires de gants de manutention, "
        f"{c.rng.randint(2, 8)} casques antibruit, {c.rng.randint(2, 8)} gilets haute visibilité\n"
        f"Montant total TTC : {c.money(c.amount(300, 2500))}\n"
        "Imputation : 60636 — vêtements de travail"
    )


def caces_convocation(c: Ctx) -> tuple[str, str]:
    names = ", ".join(c.person()[1] for _ in range(c.rng.randint(2, 4)))
    day = c.date(2022, 2025)
    return "convocation", (
        f"Mairie de {c.commune} — ressources humaines\n\n"
        "CONVOCATION À UNE FORMATION\n"
        f"Intitulé : CACES R482 — engins de chantier, catégorie "
        f"{c.pick(('A', 'B1', 'C1'))}\n"
        f"Dates : du {c.write_date(day)} au {c.write_date(plus_days(c, day, 2, 4))}, "
        "8 h 30 – 17 h\n"
        f"Lieu : {c.pick(('centre de formation AFPA', 'dépôt des services techniques'))}\n"
        f"Agents convoqués : {names}\n"
        "Se munir des chaussures de sécurité, du casque et d'une pièce d'identité. Repas pris "
        "en charge par la commune."
    )


def telethon_deliberation(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    return "deliberation", (
        f"Délibération n° {c.act_number(day.year)} — séance du {c.write_date(day)}\n"
        "Objet : Téléthon — mise à disposition gratuite de la salle des fêtes\n"
        "Le Maire expose que les associations de la commune organisent un loto et une "
        f"randonnée le {c.write_date(plus_days(c, day, 15, 60))} au profit de l'AFM-Téléthon, "
        "qui finance la recherche sur les maladies neuromusculaires et les maladies rares.\n"
        "Le conseil municipal décide la gratuité de la salle et un don de "
        f"{c.money(c.amount(100, 500))}.\nAdopté à l'unanimité."
    )


REINSTATEMENT_PLAIN = (
    "pour convenances personnelles",
    "pour créer une entreprise",
    "pour élever un enfant de moins de douze ans",
    "pour suivre son conjoint",
)


def reinstatement_plain_arrete(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2022, 2025)
    return "arrete", (
        f"ARRÊTÉ N° {c.act_number(start.year, 'RH-')}\n"
        "portant réintégration à l'issue d'une disponibilité\n\n"
        f"Le Maire de {c.commune},\nVu le code général de la fonction publique ;\n"
        "Vu le décret n° 86-68 du 13 janvier 1986 ;\n"
        f"Vu l'arrêté plaçant {civility}, {c.pick(GRADES)}, en disponibilité "
        f"{c.pick(REINSTATEMENT_PLAIN)} ;\n"
        f"Vu la demande de réintégration de l'intéressé(e) du "
        f"{c.write_date(minus_days(c, start, 60, 120))} ;\nARRÊTE\n"
        f"Article 1 : l'intéressé(e) est réintégré(e) à compter du {c.write_date(start)} sur "
        "le premier emploi vacant de son grade.\n"
        "Article 2 : ampliation au centre de gestion et au comptable public."
    )


def elderly_lunch_plain(c: Ctx) -> tuple[str, str]:
    _, name = c.person()
    year = c.rng.randint(2023, 2026)
    return "courrier", (
        f"REPAS DES AÎNÉS {year} — COUPON-RÉPONSE\n"
        f"à retourner en mairie de {c.commune} avant le {c.write_date(c.date(year, year))}\n\n"
        f"Nom(s) et prénom(s) : {name}{c.pick(('', ' et son épouse', ' et son mari'))}\n"
        f"Adresse : {c.address()}\n"
        f"Nombre de participants : {c.pick(('1', '2'))}\n"
        f"Transport par le minibus communal : {c.pick(('oui', 'non'))}\n"
        "Régime ou besoin particulier : "
        + c.pick(("aucun", "néant", "menu végétarien", "à la table de la famille Roux SVP"))
        + "\nSignature"
    )


def school_intern_decision(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    start = c.date(2022, 2025)
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(start.year)}\n"
        "portant accueil d'un stagiaire et signature de la convention de stage\n\n"
        f"Le Maire de {c.commune},\nVu l'article L. 2122-22 du CGCT ;\nDÉCIDE\n"
        f"Article 1 : {civility}, élève de "
        f"{c.pick(('3e au collège', 'terminale bac pro', 'BTS au lycée agricole'))} de "
        f"{c.pick(TOWNS)}, est accueilli(e) en stage "
        f"{c.pick(('d’observation', 'de découverte', 'en milieu professionnel'))} du "
        f"{c.write_date(start)} au {c.write_date(plus_days(c, start, 4, 30))} au service "
        f"{c.pick(('technique', 'accueil', 'médiathèque'))}.\n"
        "Article 2 : le stage, d'une durée inférieure à deux mois, n'ouvre pas droit à "
        "gratification ; les repas sont pris au restaurant scolaire.\n"
        f"Fait à {c.commune}, le {c.write_date(minus_days(c, start, 5, 20))}"
    )


def vehicle_damage_deliberation(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    insurer = c.pick(("SMACL Assurances", "Groupama", "MAIF", "AXA France IARD"))
    return "deliberation", (
        f"Délibération n° {c.act_number(day.year)} — séance du "
        f"{c.write_date(plus_days(c, day, 20, 60))}\n"
        "Objet : acceptation d'une indemnité de sinistre\n"
        f"Le Maire expose que le {c.write_date(day)}, le véhicule de {civility} a percuté "
        f"{c.pick(('un candélabre', 'la barrière du parking', 'l’abribus de la place'))}. "
        f"Son assureur, {insurer}, propose de verser à la commune "
        f"{c.money(c.amount(400, 4000))} couvrant la remise en état.\n"
        "Le conseil municipal accepte l'indemnité, qui sera versée au comptable public :\n"
        f"DGFIP — SGC de {c.commune}, IBAN {public_iban(c)}, BIC BDFEFRPPCCT.\n"
        "Adopté à l'unanimité."
    )


def ebike_shop_letter(c: Ctx) -> tuple[str, str]:
    shop = c.pick(("Cycles du Lot", "Vélo Station SARL", "Atelier du Cycle"))
    _, customer = c.person()
    return "courrier", (
        f"{shop}\nSIRET {siret(c)}\n{c.address()}, {c.commune}\n\n"
        "Objet : aide communale au vélo électrique — avance de l'aide\n\n"
        f"{c.pick(SALUTATIONS)}\n"
        f"Conformément à la convention signée avec la commune, nous avons déduit l'aide de "
        f"{c.pick(('150 €', '200 €'))} de la facture n° {c.rng.randint(10000, 99999)} de notre "
        f"client, {customer}, domicilié(e) à {c.commune}.\n"
        "Merci de nous rembourser cette somme par virement sur le compte du magasin :\n"
        f"IBAN {iban(c)} — BIC {c.pick(BICS)}\nLe gérant"
    )


def defibrillator_invoice(c: Ctx) -> tuple[str, str]:
    company = c.pick(("Cardio Services Ouest", "DAE Maintenance", "Défibril'Assistance"))
    units = c.rng.randint(2, 8)
    return "facture", (
        f"{company}\nSIRET {siret(c)}\n\n"
        f"FACTURE N° {c.rng.randint(2023, 2025)}-{c.rng.randint(100, 9999)}\n"
        f"Client : commune de {c.commune}\n"
        f"Maintenance annuelle de {units} défibrillateurs automatisés externes "
        "(mairie, salle des sports, stade, école)\n"
        f"Remplacement de {c.rng.randint(1, units)} jeux d'électrodes adultes et de "
        f"{c.rng.randint(1, 3)} électrodes pédiatriques ; batterie du DAE du stade\n"
        f"Total TTC : {c.money(c.amount(300, 2400))}\n"
        f"Règlement à 30 jours par virement : IBAN {iban(c)} — BIC {c.pick(BICS)}"
    )


def vet_stray_dog_invoice(c: Ctx) -> tuple[str, str]:
    clinic = c.pick(("Clinique vétérinaire des Tilleuls", "Cabinet vétérinaire du Pont"))
    return "facture", (
        f"{clinic}\nSIRET {siret(c)}\n\n"
        f"FACTURE N° V{c.rng.randint(1000, 9999)}\n"
        f"Client : mairie de {c.commune} — fourrière municipale\n"
        f"Animal : chien errant, type {c.pick(('berger', 'griffon', 'labrador'))}, non "
        "identifié, amené par la police municipale\n"
        "Actes : "
        + c.pick(
            (
                "radiographie, réduction d'une fracture de la patte avant, plâtre",
                "suture d'une plaie au flanc, antibiotiques, antiparasitaire",
                "examen, soins d'une blessure à l'oreille, vaccination",
            )
        )
        + f"\nTotal TTC : {c.money(c.amount(80, 600))}\n"
        f"Règlement par virement : IBAN {iban(c)}"
    )


def seasonal_staff_decision(c: Ctx) -> tuple[str, str]:
    year = c.rng.randint(2023, 2026)
    rows = "\n".join(
        f"- {c.person()[1]}, {post}"
        for post in c.rng.sample(
            (
                "surveillant(e) de baignade",
                "agent d'accueil du camping",
                "agent des espaces verts",
                "animateur(trice) du centre de loisirs",
            ),
            3,
        )
    )
    return "decision_maire", (
        f"DÉCISION N° {c.act_number(year)}\n"
        f"portant recrutement des agents saisonniers — été {year}\n\n"
        f"Le Maire de {c.commune},\nVu l'article L. 332-23 du code général de la fonction "
        "publique ;\nDÉCIDE\n"
        f"Article 1 : sont recrutés du 1er juillet au 31 août {year} :\n{rows}\n"
        "Article 2 : rémunération sur la base du SMIC ; les pièces administratives sont à "
        "remettre au service du personnel le premier jour.\n"
        f"Fait à {c.commune}, le {c.write_date(c.date(year, year))}"
    )


CCAS_PLAIN_AIDS = (
    "sollicite une aide pour des arriérés de loyer après la perte de son emploi",
    "sollicite une aide au paiement de la cantine de ses trois enfants",
    "sollicite une aide pour une facture de fioul",
    "sollicite un prêt pour financer son permis de conduire",
)


def ccas_minutes_plain(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    day = c.date(2022, 2025)
    return "pv_seance", (
        f"CCAS DE {c.commune.upper()} — CONSEIL D'ADMINISTRATION\n"
        f"Procès-verbal de la séance du {c.write_date(day)} — partie à huis clos\n\n"
        f"Dossier n° {day.year}-{c.rng.randint(1, 90):03d} : {civility}, "
        f"{c.address()}, {c.pick(CCAS_PLAIN_AIDS)}.\n"
        f"Ressources du foyer : {c.money(c.amount(700, 1600))} par mois.\n"
        f"Décision : aide de {c.money(c.amount(100, 600))} accordée à l'unanimité, versée "
        "directement au créancier.\n"
        f"La vice-présidente, {c.person()[1]}"
    )


def water_bill_refs(c: Ctx) -> tuple[str, str]:
    civility, _ = c.person()
    m3 = c.rng.randint(20, 180)
    return "facture", (
        f"RÉGIE MUNICIPALE DES EAUX DE {c.commune.upper()}\n"
        f"FACTURE N° {not_nir(c)} du {c.write_date(c.date(2023, 2025))}\n"
        f"Abonné : {civility}, {c.address()}, {c.commune}\n"
        f"Référence client : {not_nir(c)}    Compteur n° {digits(c, 8)}\n"
        f"Consommation : {m3} m³ — eau potable, assainissement collectif, redevances de "
        "l'agence de l'eau\n"
        f"Montant TTC : {c.money(c.amount(60, 700))}\n"
        "Paiement par PayFiP, prélèvement, ou virement au Trésor public :\n"
        f"IBAN {public_iban(c)} — BIC BDFEFRPPCCT, en rappelant la référence client."
    )


def legionella_letter(c: Ctx) -> tuple[str, str]:
    day = c.date(2022, 2025)
    site = c.pick(("gymnase municipal", "vestiaires du stade", "camping municipal"))
    return "courrier", (
        f"Laboratoire départemental d'analyses\nÀ l'attention de Monsieur le Maire de "
        f"{c.commune}\n\n"
        f"Objet : résultats — recherche de légionelles, {site}\n\n"
        f"Prélèvements du {c.write_date(day)} sur le réseau d'eau chaude sanitaire :\n"
        f"Point 1 (douches) : {c.rng.randint(1100, 9000)} UFC/l de Legionella pneumophila\n"
        f"Point 2 (retour de boucle) : < 250 UFC/l\n"
        "Le seuil de 1 000 UFC/l est dépassé au point 1 : nous recommandons la fermeture "
        "immédiate des douches, un choc thermique et une nouvelle analyse sous quinze jours. "
        "La légionellose, infection pulmonaire, se contracte par inhalation de gouttelettes.\n"
        "Le responsable technique"
    )


ORDINARY_6 = (
    death_letter_plain,
    name_choice_letter,
    telework_plain_decision,
    replacement_plain_arrete,
    domiciliation_attestation,
    telealarm_annual_report,
    canteen_absence_plain,
    swimming_plan_plain,
    pc_prorogation_plain,
    dp_pool_plain,
    cu_sale_plain,
    festival_volunteers_thanks,
    elu_resignation_plain,
    police_livestock_report,
    diseased_trees_arrete,
    bridge_diagnosis_contract,
    ppe_order_plain,
    caces_convocation,
    telethon_deliberation,
    reinstatement_plain_arrete,
    elderly_lunch_plain,
    school_intern_decision,
    vehicle_damage_deliberation,
    ebike_shop_letter,
    defibrillator_invoice,
    vet_stray_dog_invoice,
    seasonal_staff_decision,
    ccas_minutes_plain,
    water_bill_refs,
    legionella_letter,
)
