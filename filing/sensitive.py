"""What makes a document sensitive whatever its type: a social security number (NIR, with its
key), a person's bank account (IBAN, with its checksum), health information about someone.

A payslip or an agent's file is sensitive by its type (`DocType.sensitive`); this reads the
text for the rest: a child's registration form naming an allergy, a letter with a RIB, a
certificate with a NIR. Checksums keep false alarms down: a reference number that looks like
a NIR or an IBAN almost never has the right key. A type may declare what it normally carries
(`DocType.expected`): a supplier's IBAN on an invoice is not personal data, unless the
account is said to be someone's own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from french.dates import fold_keep_offsets
from french.fold import fold
from french.names import FIRST_NAMES
from referentiel.model import DocType, RetentionRow

Marker = str  # "nir" | "iban" | "sante"

MARKER_WORDS: dict[Marker, str] = {
    "nir": "un numéro de sécurité sociale",
    "iban": "des coordonnées bancaires",
    "sante": "des informations de santé",
}
MARKER_CATEGORY: dict[Marker, str] = {
    "nir": "donnees_personnelles",
    "iban": "donnees_personnelles",
    "sante": "sante",
}
"""The sensitivity a marker gives a document of no sensitive type (a service may own it)."""

_SEP = (
    r"[ .\-/]{0,3}"  # spaces, dots, a dash or a slash (before the key) between a number's groups
)
_NIR = re.compile(
    rf"(?<![\dA-Za-z])([12]){_SEP}(\d{{2}}){_SEP}(0[1-9]|1[0-2]|[2-9]\d){_SEP}(\d{{2}}|2[AB])"
    rf"{_SEP}(\d{{3}}){_SEP}(\d{{3}}){_SEP}(?:cl[eé]\.?\s*:?\s*)?(\d{{2}})(?![\dA-Za-z])",
    re.IGNORECASE,
)
# A line labelled as holding a NIR: its characters after the label are read whatever
# separates them (boxes, bars, « / » or « clé » before the key).
_NIR_LABEL = re.compile(
    r"(?i)(?:s[ée]curit[ée]\s+sociale|\binsee\b|\bnir\b|\bn[°o]?\s*s\.?s\.?\b|"
    r"immatriculation)([^\n]{0,80})"
)
_NOT_NIR_CHARACTER = re.compile(r"[^0-9AB]")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Where an IBAN may begin: a country code and two check digits. Its groups are read on by
# `_iban_at`, whatever the spacing a form, a letter or an OCR gave them.
_IBAN_START = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}")
_IBAN_GROUPS = re.compile(r"[A-Z0-9]+(?:[ .'’-]{1,4}[A-Z0-9]+)*")  # an OCR's marks between
_IBAN_LENGTH = {"FR": 27, "MC": 27, "BE": 16, "DE": 22, "ES": 24, "IT": 27, "LU": 20, "CH": 21}
_IBAN_LABEL = re.compile(r"\b(?:iban|rib|compte)\b[^\n]{0,25}$")
HOLDER_BEFORE = 80  # « titulaire : BENALI Sébastien / IBAN : FR87 … »
OWN_AFTER = 100  # « … FR76 …, ouvert au nom du bénéficiaire »
_PUBLIC_BANK = "30001"  # Banque de France: the accounts of the Trésor and of collectivités
# A mark an OCR leaves after a word (« 1300' 2658 »), not an elision (« l'avis »).
_STRAY_MARK = re.compile(r"(?<=\w)['’`](?=\s|$)")

# Health vocabulary, folded (lower case, no accents, punctuation as spaces). What it names is
# health data once it is about someone (GDPR art. 9, CNIL's definition): illnesses and
# conditions, injuries, treatments and care, disability and dependence, and the leaves and
# bodies of public employment that exist only for health (CLM, comité médical, RQTH…).
_HEALTH_TERMS = (
    # illnesses and conditions
    r"allergi\w*|asthm\w*|diabet\w*|epilep\w*|cancer\w*|tumeur\w*|leucemi\w*|lymphome\w*|"
    r"chimiotherapi\w*|radiotherapi\w*|sclerose\w*|parkinson\w*|alzheimer\w*|demence|"
    r"depressi(?:on|f|ve)\w*|burn out|epuisement professionnel|psychiatr\w*|"
    r"(?:suivi|soutien|trouble\w*) psycholog\w*|addiction\w*|alcoolisme|toxicomani\w*|vih|"
    r"seropositi\w*|sida|hepatite\w*|avc|accident vasculaire\w*|infarctus|"
    r"malaise cardiaque|crise cardiaque|aplv|troubles? (?:du|de la|de l|des|d) \w+|"
    r"mucoviscidose|myopathi\w*|drepanocytose|hemophil\w*|paralys\w*|hemipleg\w*|"
    r"parapleg\w*|tetrapleg\w*|amput\w*|intoleran\w*|c(?:oe|œ)liaqu\w*|"
    r"insuffisan\w* (?:cardiaque|renale|respiratoire|hepatique)|cardiaque\w*|dialys\w*|"
    r"oxygen\w*|dyslex\w*|dyspraxi\w*|dysphasi\w*|tdah|autis\w*|trisomi\w*|surdite|"
    r"malentendant\w*|malvoyant\w*|non voyant\w*|aveugle\w*|deficien\w*|"
    r"maladie\w*|malade\w*|pathologi\w*|grossesse\w*|etat de sante|raisons? de sante|"
    r"therapeutiques?|raisons? medicales?|problemes? de sante|sante fragile|"
    # injuries
    r"fracture\w*(?! (?:numerique|sociale|territoriale))|entorse\w*|lesion\w*|blessure\w*|"
    r"blesse\w*|brulure\w*|contusion\w*|luxation\w*|tendinite\w*|lombalgi\w*|hernie\w*|"
    r"traumatisme\w*|"
    # treatments and care
    r"(?:certificat(?= medical\b(?! d aptitude| de non contre))|comite|conseil|avis|dossier|suivi|"
    r"examen|visite|secret|motif|traitement|"
    r"rendez vous|soins|arret|justificatif|expertise|controle|protocole) medica\w*|"
    r"traitement (?:en cours|a prendre|de fond|quotidien|medicamenteux)|medicament\w*|"
    r"soins (?:infirmiers|a domicile|medicaux|palliatifs)|seances? de kine\w*|reeducation|"
    r"chirurg\w*|hospitalis\w*|ordonnance medicale|insuline|auto injecteur|adrenaline|"
    r"epipen|ventoline|inhalateur|fauteuil roulant|prothese\w*|appareillage\w*|"
    r"regime (?:alimentaire )?(?:medical|diabetique|hyposode|sans sel)|"
    r"sans (?:gluten|lactose|arachides?|fruits a coque)|"
    # disability and dependence
    r"\w*handicap\w*|invalidite\w*|inaptitude\w*|inapte\w*|mobilite reduite|"
    r"perte d autonomie|allocation personnalisee d autonomie|apa|gir \d|mdph|rqth|aah|"
    r"pch|aesh|avs|pai|projet d accueil individualise|pps|ulis|sessad|ime|itep|camsp|cmpp?|"
    # leaves and bodies of public employment that exist for health
    r"conge (?:de |pour )?(?:longue )?maladie|conge de longue duree|conge pathologique|"
    r"citis|clm|cld|cmo|ald|affection de longue duree|"
    r"arret (?:de travail|maladie)|accident\w* (?:du travail|de service|de trajet)|"
    r"conseil medical|commission de reforme|reclassement pour raison|"
    # by specialty: ear, nose, throat and eyes; skin; digestion; kidneys; bones and joints;
    # heart and lungs; mind; nerves; cancers; children; pregnancy
    r"acouphene\w*|tympan\w*|otites?|yoyos?|appareils? auditifs?|implant cochleaire|"
    r"glaucome|cataracte|dmla|degenerescence maculaire|strabisme|amblyopie|cecite|"
    r"eczema|psoriasis|dermatite\w*|urticaire|crohn|rectocolite|reflux|stomie|sonde\w*|"
    r"gastro enterite|greffe\w* (?:renale|de rein|du rein|d un (?:rein|foie|coeur)|de moelle)|"
    r"transplant\w*|"
    r"arthrose|polyarthrite|spondylarthrite|osteoporose|scoliose|sciatique|bequilles?|"
    r"attelle\w*|canne anglaise|deambulateur|fauteuil releveur|lit medicalise|bpco|"
    r"angine de poitrine|pacemaker|stimulateur cardiaque|anticoagula\w*|hypertension|"
    r"embolie\w*|bronchiolite\w*|bronchite\w*|pneumonie\w*|apnee\w* du sommeil|"
    r"bipolaire\w*|schizophren\w*|anxiete|trouble\w* anxieux|phobie\w*|psychose\w*|"
    r"nevrose\w*|suicid\w*|idees noires|souffrance psychique|sevrage|antidepresseur\w*|"
    r"migraine\w*|neuropath\w*|imc|infirmite\w*|infirme\w*|spina bifida|"
    r"metastase\w*|oncolog\w*|carcinome\w*|melanome\w*|remission|chimio|"
    r"prematur\w*|convulsion\w*|retard (?:de developpement|psychomoteur|de langage)|"
    r"phenylcetonurie|cesarienne|fausse couche|post partum|"
    # care, drugs and emergencies
    r"urgences|samu|douleurs?|plaies?|sutur\w*|fievre|febrile\w*|antecedents medicaux|"
    r"antecedents(?! judiciaires)|doliprane|paracetamol|ibuprofene|antibiotique\w*|"
    r"cortico\w*|bilan sanguin|prise de sang|contre indications?|"
    r"itt|incapacite totale de travail|convalescen\w*|malaise\w*|"
    r"sous (?:traitement|dialyse|oxygene|chimiotherapie|perfusion)|"
    r"prescrit\w* (?:par|apres)|sur prescription|prescription medicale|"
    r"(?:sa|son|une|d une|apres une|suite a une) chute(?! d)|"
    r"atteinte?s?(?: e| es)? (?:de|d|du|des) (?!l environnement|la vie privee|l ordre)\w+|"
    r"souffr\w* (?:de|d|du|des) \w+|soigne\w* pour|en reeducation|"
    r"suivie? (?:pour|au cmp|par un (?:psychiatre|psychologue|orthophoniste|cardiologue|"
    r"neurologue|pediatre|specialiste))|"
    r"suivie? (?:\w+ ){0,4}par (?:la|le|un|une|l) (?:\w+ )?(?:psycholog|psychiatr|orthophon|"
    r"pedopsy|kine|cardiolog|neurolog|pediatr|specialiste|service de|equipe de)\w*|"
    r"mutisme|saturnisme|plombemie|intoxication au \w+|intoxiquee?|"
    r"piqu(?:e|ee|es|ure|ures) (?:par|de) (?:des|une|un) (?:guepes?|abeilles?|frelons?|tiques?)|"
    r"morsure\w*|mordue? (?:par|au|a la)|(?:traitee?|soignee?|examinee?|vue?) aux urgences|"
    r"alcoolo\w*|postcure|post cure|immuno\w*|desintox\w*|hemorragi\w*|transfusion\w*|"
    r"bloc operatoire|reprise au bloc|ligaments? crois\w*|"
    r"menisque\w*|rupture (?:du|des|d un) (?:tendon|ligament)\w*|saign\w*|"
    r"en arret (?:de travail|maladie|apres|depuis|pour|suite|jusqu)|"
    r"s est (?:luxe|fracture|foule|blesse)\w*|"
    r"s est (?:casse|brule|coupe|rompu|dechire|tordu|demis|froisse)\w* (?:le|la|l|les) \w+|"
    r"alite\w*|enuresie|gastro|varicelle|scarlatine|rougeole|oreillons|coqueluche|impetigo|"
    r"angine\w*|(?:n est|ne sont) plus autonomes?|holter|a l hopital|"
    r"soucis de sante|(?:mon|son) c(?:oe|œ)ur|c(?:oe|œ)ur ouvert|"
    r"convulsi\w*|\w+epilep\w*|syndrome\w*|degeneres\w*|retin\w*|(?:ma|sa) vue baisse|"
    r"perte de connaissance|perdu connaissance|reprend connaissance|pls|"
    r"(?:opere\w*|operation|douleurs?|mal|fracture\w*|plaie\w*|blessure\w*) "
    r"(?:au|a la|a l|aux|du|de la|de l|des) (?:genou|hanche|dos|epaule|poignet|cheville|"
    r"coude|bras|jambe|pied|main|tete|cou|nuque|colonne|ventre|coeur|dent|yeux|oeil|oreille|"
    r"rein|foie|poumon|cerveau|cuir chevelu|arcade|cotes?|bassin|femur|tibia|crane|prostate|"
    r"vessie|uterus|sein|thyroide|vesicule|appendicite|colon|estomac|intestin)\w*|"
    # addictions; pregnancy; senses; infections and symptoms; who treats someone
    r"cannabis|thc|stupefiants?|cocaine|heroine|addictolog\w*|csapa|alcoolemie\w*|"
    r"(?:ethylotest|depistage|test|teste|testee|controle)(?: \w+){0,2} positi(?:f|ve)|"
    r"positi(?:f|ve) (?:au|a la|a l) (?:cannabis|alcool|thc|covid|cocaine|ethylotest)|"
    r"consommation (?:\w+ )?(?:d alcool|de cannabis|de stupefiants|de drogues?)|"
    r"conge (?:de )?maternite|accouch\w*|echographi\w*|placenta\w*|"
    r"(?:suis|est|etait|etant|etre|serai|sera|tombee) enceinte|"
    r"enceinte de (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf) (?:mois|semaines)|"
    r"sourde?s?(?! oreille)|sourd muet|incontinen\w*|protections? (?:urinaires|medicales)|"
    r"infections? (?:transmissible|respiratoire|urinaire|pulmonaire|virale|bacterienne|"
    r"nosocomiale)\w*|cholera|tuberculose|pneumopathi\w*|covid long|"
    r"vertiges?|nausees?|vomissements?|evanoui\w*|coma|reanimation|soins intensifs|"
    r"souffle au c(?:oe|œ)ur|cardiolog\w*|arythmie|tachycardie|"
    r"crises? (?:de panique|d angoisse|convulsives?|d asthme|d epilepsie)|"
    r"kinesitherapie|orthophonie|psychomotricite|ergotherapie|"
    r"(?:mon|son|ma|sa|notre|leur|votre) (?:medecin|kine|kinesitherapeute|psychologue|"
    r"psychiatre|cardiologue|pneumologue|orthophoniste|neurologue|oncologue|chirurgien|"
    r"infirmiere?|pediatre|dentiste|allergologue|dermatologue|ophtalmologue|gynecologue)|"
    r"(?:bras|jambe|poignet|cheville|pied|main|doigt|nez|clavicule|epaule|genou|coude|"
    r"dent|cote|orteil)s? (?:casse|fracture|foule|luxe|tordu|platre)\w*|(?:sous|un|son|sa) platre|"
    r"troubles? (?:cognitifs|anxieux|bipolaires|alimentaires|musculo squelettiques|"
    r"psychiques|psychologiques|de la memoire|autistiques|neurologiques|visuels|auditifs|"
    r"de l attention|du sommeil|obsessionnels)|consultation memoire|"
    r"(?:seule? |principale? )?aidante? (?:familiale?|de (?:ma|mon|sa|son|notre))|"
    r"conjonctivite\w*|collyre\w*|surpoids|obesite|zona|douloureu(?:x|se)|amygdal\w*|"
    r"pedopsychiatr\w*|antibio|toux|tousse|kine (?:a domicile|respiratoire)|pilulier|"
    r"(?:ide|infirmiere?) (?:prevenue?|passe\w*)|"
    r"defibrillateur (?:automatique )?implant\w*|implant\w* (?:cardiaque|cochleaire)|"
    r"(?:bras|main|epaule) en echarpe|neurostimulateur|"
    r"porteu(?:r|se) d un (?:pacemaker|stimulateur|implant|appareil auditif|catheter)|"
    r"operee?s? (?:de|du|des|d) \w+|(?:fait|faire|se fera|va se faire) operer|"
    r"operation (?:prevue|programmee|chirurgicale)|(?:la|sa|ma) vesicule|calculs? (?:renaux|"
    r"biliaires|a la vesicule)|coiffe des rotateurs|soins dentaires|plaques? pleurales?|"
    r"asbestose|mesotheliome|silicose|maladie professionnelle|pontage\w*|coronari\w*|"
    r"stress post traumatique|syndrome post traumatique|souffr\w* depuis (?:de|d|du|des) \w+|"
    r"enceinte(?! (?:du|de|des|d|acoustique|sportive|scolaire|fermee|close|connectee|"
    r"bluetooth|portable|sonore|musicale|et|ou|le|la|les|l|en|pour|sur|a|est|sont)\b)|"
    r"(?:me suis|m etais|s etait|se sont|t es|te es) (?:casse|fracture|foule|luxe|tordu|brule|"
    r"coupe|blesse|rompu|dechire|demis|froisse)\w*|"
    r"(?:evacuee?s?|transportee?s?|admise?s?|conduite?s?) (?:\w+ ){0,3}(?:vers|au|a l|aux|a|en) "
    r"(?:le |les |la )?(?:centre hospitalier|chu|hopital|urgences|clinique|service des urgences)|"
    r"(?:sa|son|leur|notre|ma|mon) (?:seule? |principale? )?aidante?"
)
# A space in a term is any run of them: OCR marks and punctuation leave two or three.
# An OCR reads an i as an l and an e as a c (« hospltalisé », « malc »): the folded text's
# health words and their context are read with those letters merged (`_LOOKALIKE`), the
# patterns written plainly and merged alike when compiled (`_read_through_ocr`).
_LOOKALIKE = str.maketrans("lc", "ie")
SHORT_TERM = 6  # shorter words (« pai », « pls ») merged would meet common ones (« pis »)


def _read_through_ocr(pattern: str) -> re.Pattern[str]:
    """`pattern` (over folded text; its escapes \\b, \\w, \\s, \\d hold no l nor c) with the
    letters an OCR confuses merged as in the text it reads."""
    return re.compile(pattern.translate(_LOOKALIKE))


def _spaced(pattern: str) -> re.Pattern[str]:
    """`pattern` (over folded text) with each space any run of them, as punctuation and an
    OCR's marks leave."""
    return re.compile(pattern.replace(" ", r"\s+"))


_HEALTH_PLAIN = _spaced(r"\b(?:" + _HEALTH_TERMS + r")\b")
_HEALTH = _read_through_ocr(_HEALTH_PLAIN.pattern)
_INSURANCE = _read_through_ocr(r"\b(?:assurance|caisse primaire d assurance|cpam)\s+$")
# Who the health words are about. Within their sentence: a civility, the writer or the reader
# (« je », « votre fils »), a possessive (« son AVC »), an age, a birth date, a name as printed
# (« Léa MARTIN », « MARTIN Léa », « M. Dupond », « Mathieu Fontaine »).
_PERSON = _read_through_ocr(
    r"\b(?:mme|madame|monsieur|mlle|mon(?! sieur)|l (?:interesse|abonne|agent|eleve|enfant|usager|"
    r"beneficiaire|patient|demandeur|requerant|victime|defunt|adherent)\w*|je|j|me|moi|mon|"
    r"ma|mes|(?:le|la|les|l) (?:futur|future|futurs) (?:epoux|epouse|maries?|mariee)|"
    r"(?:le|la|l) (?:epoux|epouse|conjointe?|mariee?|fiancee?|couple)|"
    r"(?:la|sa|ma|notre|votre|leur) (?:mere|fille|epouse|femme|compagne|soeur|"
    r"grand mere)|(?:le|son|mon|notre|votre|leur) (?:pere|fils|enfant|epoux|mari|conjoint|"
    r"compagnon|frere|grand pere|benevole|agent|adherent)|"
    r"votre (?:etat|arret|conge|accident|demande|dossier|situation|sante|traitement)|"
    r"il elle|elle il|son|sa|ses|lui|nee? le|age de|le parent|"
    r"(?:le|la) (?:defunte?|patiente?|malade|victime|petite?|bebe|nourrisson|interessee?)|"
    r"(?:sa|son|ma|mon|votre|notre) (?:maman|papa|mamie|papi|nounou|tante|oncle)|"
    r"(?:maman|papa|mamie|papi|mere|pere|nounou|tante|oncle|parent) (?:de|d) \w+|"
    r"(?<!plus de )(?<!moins de )\d{1,3} ans(?! et plus))\b"
)
_UPPER, _LOWER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ", "a-zàâäçéèêëîïôöùûüÿ"
_LEGAL_FORM = (
    r"(?!(?:SAS|SASU|SARL|EURL|EARL|GAEC|SCEA|SCI|SA|SNC|SCOP|SEM|SPL|GIE)\b)"  # « Art SAS »
)
_FULL_NAME = re.compile(
    rf"\b(?:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\s+{_LEGAL_FORM}[{_UPPER}]{{2,}}"
    rf"(?:-[{_UPPER}]{{2,}})?|{_LEGAL_FORM}[{_UPPER}]{{2,}}\s+[{_UPPER}][{_LOWER}]+"
    rf"|(?:M\.|Mme|Mlle)\s+[{_UPPER}][{_LOWER}]+)\b"
)
# A capitalised word (its first part when hyphenated), and two words in capitals.
_CAPITALISED = re.compile(rf"\b([{_UPPER}][{_LOWER}]+)(?:-[{_UPPER}][{_LOWER}]+)?\b")
_CAPITALS_PAIR = re.compile(rf"\b([{_UPPER}]{{2,}})[ \t]+([{_UPPER}]{{2,}})\b")
# First names that are also places or words met capitalised (« Florence », « Rose »).
_NAMES_AND_WORDS = frozenset(
    [
        "florence",
        "rose",
        "marin",
        "pascal",
        "victoire",
        "constant",
        "aurore",
        "flore",
        "lorraine",
        "france",
        "ange",
        "prudence",
        "noel",
        "jade",
        "iris",
        "lily",
        "lou",
        "mia",
        "eden",
        "nelly",
    ]
)
# A first name and an initial, as a crèche or a school lists children: « Rose C. », « Maël L. »
# (not « article L. 2213-1 »).
_WITH_INITIAL = re.compile(
    rf"\b[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)? [{_UPPER}]\.(?![ \t]*\d)"
)
_CIVILITY = re.compile(r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s")
_TITLE_CASE_PAIR = re.compile(
    rf"\b([{_UPPER}][{_LOWER}]+)(?:-[{_UPPER}][{_LOWER}]+)?\s+[{_UPPER}][\w-]+"
)
# Or the whole document is about one person: a form's subject (« Enfant : », « Nom : »,
# « Bénéficiaire : »), or a letter's name block or a record's person: a line that begins
# with a name, near the top.
_SUBJECT_LABEL = re.compile(
    r"(?m)^[ \t]*(?:(nom|pr[eé]noms?|enfant|[eé]l[eè]ve|agent|b[eé]n[eé]ficiaire|patient|"
    r"adh[eé]rent|abonn[eé]e?|int[eé]ress[eé]e?|victime|d[eé]funt|jeune|participant|"
    r"lecteur|lectrice|habitant|administr[eé]e?|membre|identit[eé]|futur [eé]poux|"
    r"future [eé]pouse|[eé]poux|[eé]pouse|conjointe?|salari[eé]e?|"
    r"stagiaire|candidat|inscrit|personne concern[eé]e)|demandeur|d[eé]clarant|"
    r"requ[eé]rant|p[eé]titionnaire|usager|r[eé]sident|titulaire|locataire)\b"
    r"[^:\n]{0,40}:[ \t']*([^\n]*)"
)
"""Labels always naming a person (group 1), and labels that may name an organisation."""
_SUBJECT_LINE = re.compile(
    r"(?im)^[ \t]*(?:objet\b[^:\n]{0,10}:|aux? parents? (?:de|d'|du)|[àa] la famille (?:de|d')|"
    r"aux responsables l[ée]gaux (?:de|d'|du))[^\n]*"
)
_GIVEN = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"  # Marie-Claire
_SURNAME = rf"{_LEGAL_FORM}[{_UPPER}]{{2,}}(?:[ -][{_UPPER}]{{2,}})?"  # DA SILVA, MARTIN-ROUX
_NAME_LINE = re.compile(
    rf"(?m)^[ \t]*(?:(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+[{_UPPER}][\w-]+"
    rf"|{_GIVEN}[ \t]+{_SURNAME}|{_SURNAME}[ \t]+{_GIVEN})\b"
)
NAME_BLOCK_LINES = 6  # where a letter's sender or addressee stands
# Where a sentence ends: a full stop (not « M. »), a question or exclamation mark, a
# semicolon, a blank line, or a line that begins anew (a capital, a digit, a bullet); a line
# wrapped in the middle of a sentence goes on in lower case.
_BOUNDARY = re.compile(
    rf"(?<!\b[{_UPPER}])(?<!\bDr)(?<!\bSt)\.(?=\s)|[!?;]|\n\s*\n|\n(?=[ \t]*[{_UPPER}0-9•\-–—*])"
)
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "i": "1"})
# A number written one digit per box (a CERFA): the spaces and bars between lone digits.
_BOXES = re.compile(r"(?<=\b\d) ?[|/]? ?(?=\d\b)")
_DIGITISH = re.compile(r"[0-9OolIi]+")
_NON_WORD = re.compile(r"[^\w]")
# A form's empty health line: « Allergies / PAI : aucune », « aucun traitement »; a box
# ticked before « non » (and not before « oui »).
_NONE_AFTER = _read_through_ocr(
    r"(?:\s+\w{1,4}){0,3}\s+"
    r"(aucune?s?|neant|non|rien(?! de (?:grave|serieux|mechant))|ras|r a s|sans objet)\b"
)
_NONE_BEFORE = _read_through_ocr(
    r"\b(?:aucune?s?|pas d|pas de|ni|non|sans|personne n (?:a|est)(?: ete| pas ete)?)\s+$"
)
# Inclusive writing, read as the word alone: « né(e) le », « atteint(e) de », « suivi(e) par ».
_INCLUSIVE = re.compile(r"\((?:e|es|s|ne|nes|ère|ere|euse|rice|trice|ive|le|lle)\)")
_COLUMN = re.compile(r"[|\t]")
_VALUE_END = re.compile(r"[ \t]*(?:$|[,;.|)/\n])", re.MULTILINE)
# A form's line whose value is empty: « Allergies connues : aucune », « Traitement : — ».
_EMPTY_VALUE = re.compile(
    r"[^:\n]{0,40}:[ \t'’`]*(?:aucune?s?|n[ée]ant|non|rien|ras|r\.a\.s\.?|sans objet|[-–—/]|\.{3})"
    r"(?=[ \t,;.]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_TICKED = re.compile(r"[☒☑✔✓■Xx]\s*(oui|non)\b", re.IGNORECASE)
# A health word about people in general, not about someone: « places réservées aux personnes
# handicapées », « association de prévention du diabète », « 12 accidents de service »,
# « mes patients, dont beaucoup sont en ALD ».
_COLLECTIVE_BEFORE = _read_through_ocr(
    r"(?:\b(?:publics?|associations?|prevention|ligue|campagnes?|journee|depistage|"
    r"sensibilisation|federation|reservees?|accessibilite|lutte contre|(?<!mobilite )inclusion|"
    r"statistiques?|nombre|taux|bilan|indicateurs?|professionnels?|recherche)\b"
    r"(?:\W+\w+){0,3}\W*$)"
    r"|(?:\b(?:personnes|patients|enfants|eleves|agents|usagers|habitants|residents|familles|"
    r"beneficiaires|femmes|hommes|seniors|aines|malades|salaries|administres|jeunes|adultes|"
    r"(?:dont|parmi eux|parmi elles) "
    r"(?:beaucoup|certaine?s|plusieurs|nombreu(?:x|ses)|la plupart)|"
    r"(?:beaucoup|certaine?s|plusieurs|la plupart) (?:d entre|parmi))\b(?:\W+\w+){0,8}\W*$)"
    r"|(?:\b\d+ (?:jours? (?:d|de) )?$)"
)
# A health word in a condition addressed to anyone: « si votre enfant suit un traitement ».
_HYPOTHETICAL_BEFORE = _read_through_ocr(
    r"\b(?:si (?:votre|vos|un|une|des|l) (?:\w+\W+){0,10}|en cas (?:d|de|du)\s+(?:\w+\s+){0,2})$"
)
# A health word followed by whom it is for, people in general: « le suivi médical de son
# personnel », « la visite médicale des agents ».
# A health word followed by what it is about, not someone: « maladies félines ».
_THING_AFTER = _read_through_ocr(
    r"\s+(?:felines?|animales?|canines?|vegetales?|bovines?|porcines?|aviaires?|"
    r"(?:des|du|de la|de l) (?:vegetaux|arbres?|animaux|plantes?|chats?|chiens?|betail|vignes?))\b"
)
_COLLECTIVE_AFTER = _read_through_ocr(
    r"\s+(?:de|du|des|d|pour|a|aux)\s+(?:(?:son|leur|ses|leurs|tout le|tous les|l ensemble "
    r"(?:du|des)|nos|vos)\s+)?(?:personnels?|salaries|agents|equipes?|effectifs?|eleves|"
    r"enfants|usagers|habitants|populations?|publics?|seniors|personnes)\b"
)
# Words joining two health words into one phrase: « maladie d'Alzheimer ».
_JOINED = _read_through_ocr(r"\s+(?:(?:d|de|du|des|et|ou|la|l)\s+){0,2}")
# Health words about things: « un bâtiment malade », « thuyas malades », « un cheval blessé »,
# « la santé financière », or a work's subject: « une pièce sur la maladie d'Alzheimer » (its
# noun a few words before).
_THING_BEFORE = _read_through_ocr(
    r"\b(?:batiments?|immeubles?|logements?|charpentes?|ponts?|ouvrages?|arbres?|thuyas?|"
    r"haies?|platanes?|chenes?|frenes?|ormes?|buis|vegetaux|plantes?|plantations?|animal|"
    r"animaux|chevaux|cheval|chiens?|chats?|betes?|betail|vaches?|genisses?|brebis|moutons?|"
    r"machines?|vehicules?|bacs?|lave vaisselle|reseaux?|finances|budget|entreprises?|"
    r"economie)\b(?:\W+\w+){0,3}\W*$"
    r"|\b(?:pieces?|spectacles?|films?|conferences?|expositions?|documentaires?|livres?|romans?|"
    r"debats?|themes?|thematiques?)\W+(?:\w+\W+){0,2}(?:sur|consacree?s? a|autour de|"
    r"traitant de)\W+(?:\w+\W+){0,2}$"
)
_SET_ASIDE_BEFORE = (_COLLECTIVE_BEFORE, _INSURANCE, _THING_BEFORE, _HYPOTHETICAL_BEFORE)
# Titles and doctors are not a person whose health is told: « Monsieur le Maire »,
# « Madame l'adjointe à la santé », « Mme la dlrectrice » (a title an OCR misread: any word in
# lower case after the article), « Dr Martin ». « Madame Le Gall » is a name.
_TITLE = _read_through_ocr(
    r"\b(?:monsieur|madame|m|mme) (?:le|la|l) (?:maire|president\w*|prefet\w*|directeur\w*|"
    r"directrice\w*|tresorier\w*|adjoint\w*|conseill\w*|secretaire\w*|medecin\w*|docteur|"
    r"responsable|chef|principal\w*|proviseur\w*|inspect\w*)\b"
)
_LOWER_TITLE = re.compile(r"\b(?:Monsieur|Madame|M\.?|Mme) (?:le|la|l'|l’) ?[a-zàâçéèêëîïôöùûü]+")
# A place named after someone is no one: « rue Victor Hugo », « école Jules Ferry ».
_PLACE_NAME = re.compile(
    r"\b(?i:rue|avenue|boulevard|bd|place|all[ée]e|impasse|chemin|route|quai|square|[ée]cole|"
    r"coll[èe]ge|lyc[ée]e|groupe scolaire|stade|gymnase|salle|r[ée]sidence|espace|centre|maison|"
    r"m[ée]diath[èe]que|biblioth[èe]que|parc|pont|h[ôo]pital|clinique|ehpad|piscine)"
    rf"[ \t]+(?:(?:du|de[ \t]+la|de[ \t]+l['’]|des|de|d['’])[ \t]*)?"
    rf"(?:[{_UPPER}][\w'’-]*[ \t]*){{1,3}}"
)
_DOCTOR = re.compile(rf"\b(?:Dr|Docteur|Pr|Professeur)\.?\s+(?:[{_UPPER}][\w-]*\s*){{1,3}}")
_OWN_ACCOUNT = _spaced(
    r"\b(?:compte (?:personnel|bancaire personnel)|(?:son|mon|votre) (?:propre )?compte|"
    r"debiteur|titulaire du compte (?:m|mme|monsieur|madame)|au nom (?:du jeune|de l agent|"
    r"de m|de mme|de monsieur|de madame|du beneficiaire|de la beneficiaire|du demandeur|"
    r"de la demandeuse|de l interesse|du locataire|de la locataire|du proprietaire|"
    r"de la proprietaire|du titulaire|de la titulaire|de la famille|du parent)|rib personnel|"
    r"compte (?:du client|de la cliente|de l usager|de la famille|de l abonne|du locataire|"
    r"du redevable|de l interesse|de l interessee)|compte d[ce]bite)\b"
)
# An account paid to, or held by, an organisation: « à l'organisme … sur son compte »,
# « Titulaire : Office de tourisme ».
_PAYEE_ORGANISATION = _spaced(
    r"\b(?:(?:a l|au|a la) (?:organisme|prestataire|societe|entreprise|association|"
    r"fournisseur|titulaire du marche|cabinet|etablissement|office)|titulaire(?: du compte)?\s+"
    r"(?:office|commune|mairie|communaute|association|societe|sarl|sas|eurl|entreprise|"
    r"syndicat|regie|tresor|ccas|etablissement|cabinet|agence|comite|club|ets))\b"
)
# A holder named after the account, not an organisation: « FR76 … — titulaire PEYROT Florian ».
_HOLDER = _spaced(
    r"\bt[il]tu[il]aire(?: du compte)?\s+(?!(?:iban|rib|bic|compte|de|du|des|l|le|la)\b)\w"
)
# A business's own bank details (a supplier's RIB) are not personal data.
_BUSINESS = _spaced(
    r"\b(?:sarl|sas|sasu|eurl|earl|gaec|scea|siret|siren|rcs|capital social|nos factures|"
    r"notre rib|"
    r"nos coordonnees bancaires|service clients?|fournisseur)\b"
)


@dataclass(frozen=True)
class Finding:
    marker: Marker
    category: str
    words: str  # « un numéro de sécurité sociale »
    own: bool = False  # an account said to be someone's own: kept even where one is expected


def nir_valid(number: str) -> bool:
    """15 characters (13 + key); Corsica's 2A and 2B count as 19 and 18 for the key."""
    digits = number.upper().replace(" ", "").replace(".", "")
    if len(digits) != 15:
        return False
    body, key = digits[:13], digits[13:]
    body = body.replace("2A", "19", 1) if body[5:7] == "2A" else body
    body = body.replace("2B", "18", 1) if body[5:7] == "2B" else body
    if not body.isdigit() or not key.isdigit():
        return False
    return 97 - int(body) % 97 == int(key)


def iban_valid(candidate: str) -> bool:
    """ISO 13616: the country and check digits moved to the end, letters as numbers, mod 97."""
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    if compact.startswith("FR") and len(compact) != 27:
        return False
    moved = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in moved))
    except ValueError:
        return False
    return number % 97 == 1


def find(text: str, expected: frozenset[Marker] = frozenset()) -> list[Finding]:
    """Each marker found (once), in the order nir, iban, sante, but those a type normally
    carries (`expected`, see `beyond`). A scan's OCR may read a 1 as an l or a 0 as an O, or
    leave a mark after a group: numbers are read again with those letters as digits and the
    marks as spaces, the checksum still deciding."""
    found = _numbers(text, expected)
    if "sante" not in expected and _health_read(text) == "about":
        found.append(_finding("sante"))
    return beyond(found, expected)


def _numbers(text: str, expected: frozenset[Marker]) -> list[Finding]:
    """The NIR (unless the type carries one) and the account found in `text` (see `find`)."""
    found: list[Finding] = []
    unmarked = _STRAY_MARK.sub(" ", text)
    readings = (unmarked, _as_digits(unmarked), _BOXES.sub("", unmarked))
    # An IBAN's digits hold 15 in a row now and then that make a valid NIR: not one.
    no_accounts = [_without_accounts(t) for t in readings]
    if "nir" not in expected and (
        any(nir_valid("".join(m.groups())) for t in no_accounts for m in _NIR.finditer(t))
        or any(_labelled_nir(t) for t in no_accounts)
    ):
        found.append(_finding("nir"))
    # Folded with the same offsets as `text`, punctuation made spaces in place: a window
    # found in one fits the other.
    words = _NON_WORD.sub(" ", fold_keep_offsets(text))
    accounts = [_personal_iban(t.upper(), words) for t in readings]
    if any(accounts):
        found.append(_finding("iban", own="own" in accounts))
    return found


def beyond(found: Sequence[Finding], expected: frozenset[Marker]) -> list[Finding]:
    """What `found` holds beyond what a type normally carries: a type that carries a
    supplier's IBAN (an invoice) still tells an account said to be someone's own
    (« remboursement de l'agent sur son compte personnel »)."""
    return [f for f in found if f.marker not in expected or f.own]


def _personal_iban(text: str, words: str) -> str | None:
    """« own »: an account said to be someone's own (« son compte personnel ») just before it;
    « plain »: another, in a document naming no business (`words`: the text folded); None:
    none, or only public accounts and a business's. An account is a number with its
    checksum, or in the shape of a French one where a label says it is one (an OCR may have
    misread a digit)."""
    lowered = text.lower()
    business = _BUSINESS.search(words) is not None
    plain = False
    for start in _IBAN_START.finditer(text):
        compact = _iban_at(text, start.start())
        country = compact[:2]
        known = _IBAN_LENGTH.get(country)
        for length in (known,) if known else range(15, len(compact) + 1):
            candidate = compact[:length]
            bank = candidate[4:9].lower().translate(_OCR_DIGITS)
            if len(candidate) != length or bank == _PUBLIC_BANK:
                continue
            labelled = _IBAN_LABEL.search(lowered, max(0, start.start() - 40), start.start())
            digits = sum(c.isdigit() for c in candidate[4:])
            if not iban_valid(candidate) and not (
                country == "FR" and labelled and digits >= length - 8
            ):
                continue
            after = start.start() + len(candidate)  # its groups' spaces: no word
            before = max(0, start.start() - 200)
            if _PAYEE_ORGANISATION.search(words, before, start.start()) or (
                _PAYEE_ORGANISATION.search(words, after, after + OWN_AFTER)
            ):
                continue
            holder = not business and (
                _HOLDER.search(words, max(0, start.start() - HOLDER_BEFORE), start.start())
                or _HOLDER.search(words, after, after + OWN_AFTER)
            )
            if (
                holder
                or _OWN_ACCOUNT.search(words, before, start.start())
                or _OWN_ACCOUNT.search(words, after, after + OWN_AFTER)
            ):
                return "own"
            plain = plain or not business
    return "plain" if plain else None


def _labelled_nir(text: str) -> bool:
    """A NIR on a line labelled for one, its characters read over any separator."""
    for label in _NIR_LABEL.finditer(text):
        # Words (« clé ») set aside, a lone letter is an OCR's digit (« l 66 07 … »).
        tail = _WORD.sub(" ", label.group(1)).translate(_OCR_DIGITS)
        characters = _NOT_NIR_CHARACTER.sub("", tail.upper())
        if any(nir_valid(characters[i : i + 15]) for i in range(len(characters) - 14)):
            return True
    return False


def _without_accounts(text: str) -> str:
    """`text` with every account number (a country code, check digits, groups) blanked."""
    upper = text.upper()
    for start in _IBAN_START.finditer(upper):
        groups = _IBAN_GROUPS.match(upper, start.start())
        if groups:
            text = text[: groups.start()] + " " * len(groups.group()) + text[groups.end() :]
    return text


def _iban_at(text: str, start: int) -> str:
    """The letters and digits from `start`, groups joined over a space, a dot or a dash (two
    where an OCR mark was), up to the longest IBAN (34): where a line ends, the number ends."""
    groups = _IBAN_GROUPS.match(text, start)
    return "".join(c for c in groups.group() if c.isalnum())[:34] if groups else ""


def _as_digits(text: str) -> str:
    """Letters OCR takes for digits, read as digits inside groups that hold a digit."""

    def digits(match: re.Match[str]) -> str:
        group = match.group()
        return group.translate(_OCR_DIGITS) if any(c.isdigit() for c in group) else group

    return _DIGITISH.sub(digits, text)


def _finding(marker: Marker, *, own: bool = False) -> Finding:
    return Finding(marker, MARKER_CATEGORY[marker], MARKER_WORDS[marker], own)


def _health_read(text: str) -> Literal["about", "doubt"] | None:
    """« about »: a health word, not denied nor said of people in general, about someone: a
    person in its sentence, or a document about one person (a form's subject, a letter's
    name block). « doubt »: such a word, but no one it could be found to be about. Titles
    and doctors are blanked first, keeping offsets, so that what is found folded can be
    read in `text` (where names are told by their capitals)."""
    clean = _INCLUSIVE.sub("", _STRAY_MARK.sub(" ", text))
    named = _PLACE_NAME.sub(_blank, _DOCTOR.sub(_blank, _LOWER_TITLE.sub(_blank, clean)))
    plain = _NON_WORD.sub(" ", fold_keep_offsets(named))
    folded = _TITLE.sub(_blank, plain.translate(_LOOKALIKE))
    about_one = _about_one_person(named)
    sentences = _Sentences.of(clean)
    set_aside = -1  # where the last health word set aside ends
    doubt = False
    for match in _HEALTH.finditer(folded):
        if set_aside >= 0 and _JOINED.fullmatch(folded, set_aside, match.start()):
            set_aside = match.end()  # « maladie d'Alzheimer » after « une pièce sur la »
            continue
        if match.end() - match.start() < SHORT_TERM and not _HEALTH_PLAIN.fullmatch(
            plain, match.start(), match.end()
        ):
            continue
        start, end = _sentence(sentences, match.start(), match.end())
        row = _table_row(clean, match.start())
        if row:  # a table's row is about the person it names, whatever its punctuation
            start, end = min(start, row[0]), max(end, row[1])
        before = folded[max(start, match.start() - 100) : match.start()]
        if _denied(clean, folded, match, before):
            continue
        if any(x.search(before) for x in _SET_ASIDE_BEFORE) or (
            _COLLECTIVE_AFTER.match(folded, match.end()) or _THING_AFTER.match(folded, match.end())
        ):
            set_aside = match.end()
            continue
        if about_one or _PERSON.search(folded, start, end) or _names_in(named, start, end):
            return "about"
        doubt = True
    return "doubt" if doubt else None


def _table_row(text: str, at: int) -> tuple[int, int] | None:
    """The bounds of the line holding `at` when it is a table's row (columns split by bars)."""
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return (begin, end) if text.count("|", begin, end) >= 2 else None


def _denied(clean: str, folded: str, match: re.Match[str], before: str) -> bool:
    """« Allergies : néant », « aucun traitement », « PAI : ☐ oui ☒ non »; not a table's
    « non » in the column before (« Baignade : non | allergie aux guêpes »), nor « autiste
    non verbal »."""
    none = _NONE_BEFORE.search(before)
    said_at = match.start() - len(before) + none.start() if none else 0
    if none and not _COLUMN.search(clean, said_at, match.start()):
        return True
    line_end = clean.find("\n", match.end())
    ticked = _TICKED.search(clean, match.end(), line_end if line_end >= 0 else len(clean))
    if ticked:
        return ticked.group(1).lower() == "non"
    if _EMPTY_VALUE.match(clean, match.end()):
        return True
    none = _NONE_AFTER.match(folded, match.end())
    if none is None:
        return False
    return none.group(1) != "non" or bool(_VALUE_END.match(clean, none.end()))


def _about_one_person(text: str) -> bool:
    """A form's subject label (naming a person), a name atop the document, a subject line
    naming someone (« Objet : protection fonctionnelle de M. Durand »)."""
    # A table's rows are no letter's name block (« FAURE Océane | BNSSA … »).
    head = "\n".join(line for line in text.splitlines()[:NAME_BLOCK_LINES] if "|" not in line)
    if _NAME_LINE.search(head) or any(_begins_with_name(line) for line in head.splitlines()):
        return True
    for label in _SUBJECT_LABEL.finditer(fold_keep_offsets(text)):
        value = text[label.start(2) : label.end(2)]
        if label.group(1) or _known_person(value):
            return True
    return any(
        _names_in(line.group(), 0, len(line.group())) for line in _SUBJECT_LINE.finditer(text)
    )


def _known_person(value: str) -> bool:
    """A label's value naming a person, not a firm (« BET Pontis », « Art SAS »): a civility
    or a known first name."""
    words = fold(value).split()
    return bool(_CIVILITY.match(value.strip())) or any(w in FIRST_NAMES for w in words)


def _begins_with_name(line: str) -> bool:
    """« Élise Fontaine » alone on its line, as a letter's addressee: a known first name."""
    pair = _TITLE_CASE_PAIR.match(line.strip())
    return pair is not None and fold(pair.group(1)) in FIRST_NAMES


def _sentence(sentences: _Sentences, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end]."""
    before = bisect.bisect_right(sentences.ends, start)
    after = bisect.bisect_left(sentences.starts, end)
    return (
        sentences.ends[before - 1] if before else 0,
        sentences.starts[after] if after < len(sentences.starts) else sentences.length,
    )


@dataclass(frozen=True)
class _Sentences:
    """Where a text's sentences end, found once over the whole text (a boundary that looks
    ahead, a new line's capital, is seen only with what follows it)."""

    starts: list[int]
    ends: list[int]
    length: int

    @classmethod
    def of(cls, text: str) -> _Sentences:
        found = list(_BOUNDARY.finditer(text))
        return cls([b.start() for b in found], [b.end() for b in found], len(text))


def _names_in(text: str, start: int, end: int) -> bool:
    """A name as printed between `start` and `end`: « Léa MARTIN », « M. Roux », « DURAND
    THIBAULT », or a known first name, alone (« Anne-Sophie : sort d'une opération ») or
    before a capitalised word (« Mathieu Fontaine »)."""
    if _FULL_NAME.search(text, start, end) or _WITH_INITIAL.search(text, start, end):
        return True
    for word in _CAPITALISED.finditer(text, start, end):
        first = fold(word.group(1))
        if first in FIRST_NAMES and first not in _NAMES_AND_WORDS:
            return True
    return any(
        fold(pair.group(1)) in FIRST_NAMES or fold(pair.group(2)) in FIRST_NAMES
        for pair in _CAPITALS_PAIR.finditer(text, start, end)
    )


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


@dataclass(frozen=True)
class Sensitivity:
    """Why a document is sensitive, and of what kind."""

    kind: str  # « personnel », « sante », « donnees_personnelles »…
    why: str  # « c'est un bulletin de paie », « il contient des coordonnées bancaires »


TOLD_HEALTH = Sensitivity("sante", "vous avez indiqué qu'il parle de la santé d'une personne")


def of_document(
    text: str,
    kind: DocType | None = None,
    row: RetentionRow | None = None,
    found: Sequence[Finding] | None = None,
    *,
    told_health: bool | None = None,
) -> Sensitivity | None:
    """A document's sensitivity: its type's (or its tableau row's), else what its text holds
    beyond what its type normally carries, else the agent's word that it tells someone's
    health (`told_health`, asked when `health_in_doubt`). Without a type yet: what its text
    holds. `found`: the text's markers read beforehand, off the event loop (a whole
    document's text)."""
    declared = _declared(kind, row)
    if declared:
        label = kind.label if kind else row.typologie if row else ""
        return Sensitivity(declared, f"c'est un document de type « {label} »")
    expected = frozenset(kind.expected) if kind else frozenset()
    markers = find(text, expected) if found is None else beyond(found, expected)
    if not markers:
        return TOLD_HEALTH if told_health else None
    return Sensitivity(markers[0].category, "il contient " + " et ".join(f.words for f in markers))


def health_in_doubt(
    text: str, kind: DocType | None = None, row: RetentionRow | None = None
) -> bool:
    """Health words the reading could tie to no one (« bronchiolite, kiné respiratoire mardi »
    on a crèche's sheet whose child it could not tell): the agent, who knows the document,
    is asked whether it tells someone's health. Not for a document already sensitive, nor
    for a type whose documents normally speak of health."""
    expected = frozenset(kind.expected) if kind else frozenset()
    if _declared(kind, row) or "sante" in expected or beyond(_numbers(text, expected), expected):
        return False
    # A doubt is no health word about anyone: the one reading of health tells both.
    return _health_read(text) == "doubt"


def _declared(kind: DocType | None, row: RetentionRow | None) -> str | None:
    """The sensitivity a document's type (or its tableau row) gives it, whatever its text."""
    return (kind.sensitive if kind else None) or (row.sensitive if row else None)
