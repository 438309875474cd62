"""The benchmarks' archive: one generator of a town's documents, and their writing into a
database as filing writes them. It is a module of its own so that every benchmark that needs an
archive measures the same kind: `bench.search` searches it (100k and 1M documents, SQLite and
PostgreSQL), `bench.load` loads it into the bot's database before the agents act, and
`bench.retention` draws its `document` rows in the proportions of `TYPES` among the `SERVICES`
here.

The documents are a French town's, some 37,000 a year from 2000 to 2026 (1M documents), or a
smaller town's in the same proportions (100k): the real types, labels, class codes, retention rows,
naming and title templates of `referentiel/data/` (rendered by `referentiel.naming`, so a name
reads "2025-03-12_PC_pc-038-412-25-b0012_jean-dupond.pdf" as filing writes it), French people (at
1M about 60,000 surnames and 20,000 streets are drawn, a few common and many rare), addresses,
suppliers, associations, council sessions, and a body of 60 to 150 words of administrative French
("Vu le code...", "Considérant...", "Article 1 : ...") holding the document's own names and
addresses. A share of the documents (`OCR_SHARE`) are scans whose text carries OCR slips, which
grow the vocabulary with near-miss words as real scans do. The same size and seed give the same
documents: one `random.Random(seed)` draws everything, and the benchmark's "today" is fixed
(`REFERENCE_DAY`).

What is written is what filing writes, in bulk, into a schema made by the Alembic migrations
(`migrate`): the `document` rows, their `search_posting` rows (`filing.terms.document_terms`, the
very words filing indexes) and the `search_term` counts. Postings are written sorted by word;
the secondary index `ix_search_posting_document` is dropped during the load and created again
after (on PostgreSQL the primary key and the foreign key of `search_posting` too, then VACUUM
ANALYZE, as autovacuum would after such an import).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import random
import re
import sqlite3
import time
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event

from filing.extract import template_value
from filing.terms import document_terms
from french.dates import format_date_fr
from french.fold import STOPWORDS, fold
from referentiel import naming, retention
from referentiel.model import DocType, Referentiel, RetentionRow
from search.query import Query
from storage.db import Database
from storage.models import Document
from workflows.access import Service

__all__ = [
    "LEGAL_FORMS",
    "SERVICES",
    "TYPES",
    "Corpus",
    "Doc",
    "build_corpus",
    "display_words",
    "label_of",
    "migrate",
    "pg_load",
    "pg_size",
    "sqlite_load",
    "sqlite_size",
]

REFERENCE_DAY = dt.date(2026, 11, 20)
"""The benchmark's "today": documents are dated up to it (fixed, so runs are reproducible)."""
FIRST_YEAR = 2000
OCR_SHARE = 0.15
"""Documents that are scans: about `OCR_SLIPS` of their body words carry an OCR slip."""
OCR_SLIPS = 0.03
COMMUNE = "Saint-Aubin-lès-Vignes"
INSEE = "038 412"

SERVICES = (
    Service("urbanisme", "Urbanisme"),
    Service("rh", "Ressources humaines"),
    Service("finances", "Finances"),
    Service("dg", "Direction générale"),
    Service("commande_publique", "Commande publique"),
    Service("etat_civil", "État civil"),
    Service("enfance", "Enfance et jeunesse"),
    Service("technique", "Services techniques"),
    Service("accueil", "Accueil"),
)

# type -> (documents a year at 1M, service ("" = any), body family, what people type for it)
TYPES: dict[str, tuple[int, str, str, tuple[str, ...]]] = {
    "facture": (14000, "finances", "facture", ("facture", "fact", "factures")),
    "courrier": (8000, "", "courrier", ("courrier", "lettre")),
    "bulletin_paie": (5500, "rh", "rh", ("paie", "bulletin de paie", "fiche de paie")),
    "arrete_temporaire": (2200, "technique", "acte", ("arrêté circulation", "arrete temporaire")),
    "periscolaire_inscription": (1800, "enfance", "perisco", ("inscription", "cantine")),
    "etat_civil": (1600, "etat_civil", "etat_civil", ("état civil", "acte de")),
    "arrete": (1200, "dg", "acte", ("arrêté", "arrete", "arr")),
    "certificat_urbanisme": (900, "urbanisme", "urba", ("cu", "certificat d'urbanisme")),
    "declaration_prealable": (700, "urbanisme", "urba", ("dp", "déclaration préalable")),
    "offre_non_retenue": (350, "commande_publique", "marche", ("offre non retenue", "offre")),
    "permis_construire": (350, "urbanisme", "urba", ("pc", "permis", "permis de construire")),
    "deliberation": (320, "dg", "delib", ("délib", "délibération", "delib")),
    "decision_maire": (150, "dg", "acte", ("décision", "décision du maire")),
    "marche": (100, "commande_publique", "marche", ("marché", "marché public")),
    "refus_urbanisme": (80, "urbanisme", "urba", ("refus", "refus de permis")),
    "dossier_individuel": (60, "rh", "rh", ("dossier agent", "dossier individuel")),
    "pv_seance": (12, "dg", "seance", ("pv", "compte rendu", "procès verbal")),
    "convocation": (12, "dg", "seance", ("convocation", "ordre du jour")),
}


def _split(text: str, separator: str | None = None) -> tuple[str, ...]:
    """A word list written as text: reads better than a literal of 200 quoted strings."""
    return tuple(" ".join(item.split()) for item in text.split(separator) if item.strip())


# --- word pools ---------------------------------------------------------------------------------

REAL_SURNAMES = _split("""
Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre
Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent
Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand
Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson
Marchand Duval Denis Dumont Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly
Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy Leroux
Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe
Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Dupuy
Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez
Boucher Fleury Royer Klein Jacquet Adam Poirier Marty Aubry Guyot Carré Charles Renault
Charpentier Ménard Maillard Baron Bertin Bailly Hervé Schneider Fernandez Collet Léger Bouvier
Julien Prévost Millet Perrot Daniel Cousin Germain Breton Besson Langlois Rémy Pelletier
Lévêque Perrier Leblanc Barré Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier
Michaud Rodriguez Guichard Gillet Étienne Grondin Poulain Tessier Chevallier Collin Chauvin
Bouchet Gay Lemaître Bénard Maréchal Humbert Reynaud Antoine Hoarau Perret Barthélemy Cordier
Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte Dupond
""")
FIRST_NAMES = _split("""
Jean Marie Pierre Michel André Philippe René Louis Alain Jacques Bernard Marcel Daniel Roger
Robert Paul Claude Christian Henri Georges Nicolas François Patrick Gérard Christophe Joseph
Julien Maurice Laurent Frédéric Éric David Stéphane Pascal Sébastien Alexandre Thierry Olivier
Thomas Antoine Raymond Guy Dominique Didier Jérôme Vincent Lucas Hugo Léo Gabriel Arthur Jules
Raphaël Adam Nathan Théo Noah Ethan Mathis Tom Enzo Maël Timéo Clément Baptiste Maxime Romain
Kévin Anthony Quentin Loïc Yannick Gaëtan Florian Benoît Cédric Mickaël Jonathan Anne
Catherine Isabelle Sylvie Nathalie Françoise Monique Christine Martine Nicole Jacqueline
Valérie Sandrine Sophie Céline Stéphanie Véronique Chantal Brigitte Hélène Laurence Émilie
Julie Aurélie Camille Laura Manon Chloé Léa Emma Jade Louise Alice Lina Rose Anna Mila Ambre
Inès Sarah Lucie Clara Juliette Zoé Margaux Océane Pauline Marine Mathilde Élodie Audrey
Amandine Mélanie Caroline Virginie Karine Corinne Patricia Danielle Odile Agnès Bernadette
Colette Jeanne Simone Yvette Suzanne Madeleine Geneviève Gaëlle Anaïs Maëlle Solène Morgane
Justine Charlotte Elsa Noémie Adèle Margot Capucine Salomé Eva Romane Clémence Maëva Yasmine
Fatima Mohamed Karim Mehdi Rachid Samir Youssef Nadia Leïla Sofiane Bilal Aïcha Kenza
""")
# Surnames beyond the real ones: start + middle ("-": none) + end, "Chauberet", "Lemonnier"...
STARTS = _split("""
Ber Bou Bri Cha Che Cla Cor Cou Da Del Des Du Fa Fer Fon Ga Gar Gau Gi Gra Gui La Lab Lan Le
Lem Ma Mar Mas Mer Mi Mo Mon Mou Na Pa Pe Per Pi Pou Ra Re Ri Ro Rou Sa Se Ta Te Thi Va Ve Vi
Vil Bon Bar Beau Bel Bla Bre Cam Car Chau Col Cre Dau Dou Es Fou Fre Ge Gil Gou Gro Hu Jac Jo
Lau Lou Mal Mau Ne No Po Pra Ray Rey Sau Si Tou Tre Vau
""")
MIDDLES = _split("""
- - - - ba bar bel ber bo ca char che de del di do fon ga gan gar ge gi gno la lan le li lo ma
mar me mi mo na ne ni no ra re ri ro sa se si ta te ti to va ve vi
""")
ENDS = _split("""
ard ault aud eau el elle et ette ier in ine ois on ot oux and ant y ez as at é ès ieu aux ac
ais ens eux ic ille iot onnet ourt uc ud ut ey ière
""")
STREET_KINDS = (
    ("rue", 45),
    ("chemin", 12),
    ("avenue", 8),
    ("impasse", 8),
    ("allée", 7),
    ("route", 6),
    ("place", 4),
    ("boulevard", 3),
    ("lotissement", 3),
    ("square", 1),
    ("quai", 1),
)
STREET_NAMES = _split(
    """
des Lilas|des Roses|des Tilleuls|des Acacias|des Chênes|des Érables|des Peupliers|des Platanes
|des Saules|des Cerisiers|des Pommiers|des Noyers|des Châtaigniers|des Vignes|des Prés
|des Jardins|des Écoles|des Alouettes|des Mésanges|des Hirondelles|des Fauvettes|des Tanneurs
|des Tisserands|des Forgerons|des Moulins|des Sources|des Fontaines|des Coquelicots|des Bleuets
|des Violettes|des Jonquilles|des Genêts|des Bruyères|des Glycines|des Mimosas|des Marronniers
|des Bouleaux|des Sapins|des Cèdres|des Pins|des Ormes|des Frênes|des Hêtres|des Charmes
|des Aubépines|des Églantines|des Pervenches|des Myosotis|des Capucines|des Iris|des Tulipes
|des Dahlias|des Hortensias|des Camélias|des Magnolias|des Lavandes|des Vergers|des Champs
|des Étangs|des Rochers|des Carrières|des Granges|des Fermes|des Artisans|des Bergers
|des Vignerons|des Pêcheurs|des Mariniers|des Remparts|des Fossés|des Tours|des Cordeliers
|des Capucins|des Ursulines|des Jacobins|des Minimes|des Halles|des Arts|des Sports
|des Lavandières|du Moulin|de la Gare|de l'Église|du Stade|de la Mairie|du Château|de la Poste
|du Lavoir|de la Fontaine|du Pont|de la Croix|du Calvaire|du Cimetière|de la Forge|du Four
|du Puits|de la Source|du Bois|de la Forêt|du Parc|de la Prairie|du Marché|de la Liberté
|de la République|de la Paix|du Collège|du Lycée|de la Libération|du 8 Mai 1945|du 11 Novembre
|du 19 Mars 1962|du 14 Juillet|de Verdun|de la Résistance|du Commerce|de l'Industrie|du Port
|du Canal|de la Rivière|du Ruisseau|de la Vallée|du Coteau|de la Colline|du Plateau|du Mont
|du Clos|de la Chapelle|du Prieuré|de l'Abbaye|du Presbytère|de la Tuilerie|de la Briqueterie
|de la Scierie|de la Filature|de l'Usine|de la Sablière|Victor Hugo|Jean Jaurès|Pasteur
|Jean Moulin|du Général de Gaulle|Gambetta|Voltaire|Émile Zola|Jules Ferry|Anatole France
|Georges Clemenceau|Aristide Briand|du Maréchal Foch|du Maréchal Leclerc|Paul Bert|Jean Macé
|Carnot|Hoche|Lamartine|Alphonse Daudet|Frédéric Mistral|George Sand|Louise Michel|Marie Curie
|Albert Camus|Jacques Prévert|Jean Monnet|Robert Schuman|Simone Veil|Molière|Rabelais
|Montaigne|Diderot|Condorcet|Lafayette|Gustave Eiffel|Louis Blériot|Roger Salengro|Léon Blum
|Jean Zay|Guy Môquet|Lucie Aubrac|Pierre Brossolette""",
    "|",
)
BIG_SUPPLIERS = _split(
    """
EDF|Engie|Orange|SFR Business|Veolia Eau|Suez|La Poste|Berger-Levrault|Manutan Collectivités
|UGAP|Sodexo|Elior|Bureau Vallée|Lyreco|Colas|Eiffage Route|Eurovia|Spie Batignolles|Dalkia
|Groupama|SMACL Assurances|MAIF|Kiloutou|Loxam|Point P|Leroy Merlin|Bricomarché|Intermarché
|Carrefour Market|TotalEnergies|Territorial Éditions|Sacem|Ricoh France|Canon France
|Bouygues Telecom|Enedis|GRDF|Signaux Girod|Mobilier Urbain Services|Adista|JVS Mairistem
|Ciril Group|Docapost|Chronopost|Otis|Schindler|Dekra|Apave|Socotec|Bureau Veritas|Transdev
|Keolis|Samsic|Onet|Elis|Würth France""",
    "|",
)
TRADES = _split("""
Plomberie Menuiserie Électricité Maçonnerie Charpente Couverture Peinture Carrosserie Garage
Boulangerie Transports Paysages Serrurerie Chauffage Terrassement Imprimerie Informatique
Nettoyage Traiteur Pépinières Quincaillerie Bureautique Signalisation Élagage Vitrerie Carrelage
Isolation Ramonage
""")
SUFFIXES = ("", "", "", " SARL", " SAS", " et Fils", " Frères", " EURL")
LEGAL_FORMS = frozenset({"sarl", "sas", "eurl", "fils", "freres"})  # nobody types them
CLUBS = ("judo", "yoga", "pétanque", "randonnée", "échecs", "danse", "tennis de table")
ORGS = _split(
    """
Préfecture de l'Isère|Sous-préfecture de Vienne|Conseil départemental de l'Isère
|Région Auvergne-Rhône-Alpes|CAF de l'Isère|Direction départementale des territoires
|Trésorerie de Vienne|Service départemental d'incendie et de secours|Gendarmerie de Vienne
|Centre de gestion de l'Isère|Agence régionale de santé|Association des maires de l'Isère
|Syndicat des eaux du Val d'Aubin|Communauté de communes du Val d'Aubin|Rectorat de Grenoble
|Tribunal administratif de Grenoble|Chambre d'agriculture|Office de tourisme|France Travail
|Archives départementales de l'Isère|Direction générale des finances publiques""",
    "|",
)
SCHOOLS = _split(
    "Jules Ferry|Jean Moulin|Victor Hugo|Marie Curie|Les Tilleuls|Louis Pasteur|Jacques Prévert"
    "|Paul Bert|La Fontaine|Le Petit Prince",
    "|",
)
ROOMS = _split(
    "des fêtes|polyvalente|Jean Vilar|du Moulin|des associations|Georges Brassens|des sports", "|"
)
WORKS = _split(
    """
réfection de la chaussée|enfouissement des réseaux|renouvellement de la conduite d'eau potable
|élagage des platanes|raccordement au réseau électrique|pose de fibre optique
|réparation d'une fuite de gaz|aménagement de trottoirs|création d'un plateau surélevé
|curage des fossés|remplacement de l'éclairage public|réfection de la toiture
|pose d'un échafaudage|livraison de matériaux|installation d'une grue|ravalement de façade
|réfection des enrobés|marquage au sol|déménagement|branchement d'assainissement""",
    "|",
)
EVENTS = _split(
    """
la fête de la musique|le marché de Noël|la brocante annuelle|le feu d'artifice
|la course cycliste|le carnaval des écoles|la fête patronale|le vide-greniers
|le forum des associations|la foire de printemps|la commémoration du 11 novembre
|le trail des collines""",
    "|",
)
PROJECTS = _split(
    """
construction d'une maison individuelle|extension d'une habitation|construction d'un garage
|construction d'une piscine|abri de jardin|ravalement de façade
|pose de panneaux photovoltaïques|édification d'une clôture|construction d'une véranda
|changement de destination d'une grange|division foncière|construction d'un carport
|surélévation d'une maison|création d'un bâtiment agricole|réhabilitation d'un immeuble""",
    "|",
)
GRADES = _split(
    """
adjoint technique territorial|adjoint administratif principal de 2e classe
|rédacteur territorial|agent spécialisé principal des écoles maternelles
|technicien territorial|attaché territorial|brigadier-chef principal
|auxiliaire de puériculture|adjoint d'animation|agent de maîtrise""",
    "|",
)
ARTICLES = _split(
    """
ramettes de papier A4|cartouches d'encre|sacs de ciment|gravier 6/10
|panneaux de signalisation|ampoules LED|produits d'entretien|repas scolaires
|fioul domestique|électricité|abonnement téléphonique|location de nacelle
|vêtements de travail|fournitures scolaires|livres pour la médiathèque|sel de déneigement
|plants de fleurs|gazole non routier|contrôle des extincteurs|maintenance informatique""",
    "|",
)
# Subjects of acts, markets and letters; {slots} are filled by `Generator.subject`.
SUBJECTS = {
    "deliberation": _split(
        """
Vote du budget primitif {year}|Approbation du compte administratif {prev}
|Tarifs de la cantine scolaire {year}|Tarifs de la garderie périscolaire
|Subvention à l'association {assoc}|Création d'un poste d'{grade}
|Modification du tableau des effectifs|Acquisition de la parcelle {parcel}
|Cession d'un terrain {street}|Dénomination de la {street}|Convention avec {org}
|Demande de subvention pour la {work}|Adhésion au groupement de commandes {article}
|Indemnités de fonction des élus|Révision du plan local d'urbanisme
|Taux des taxes locales {year}|Admission en non-valeur|Décision modificative du budget {year}
|Tarifs des concessions du cimetière|Tarifs de location de la salle {room}
|Désignation des délégués au syndicat des eaux|Rapport sur le prix de l'eau {prev}
|Participation aux frais de scolarité|Régime indemnitaire des agents
|Ouverture dominicale des commerces {year}|Travaux de {work} {street}""",
        "|",
    ),
    "arrete": _split(
        """
Limitation de vitesse à 30 km/h {street}|Délégation de signature à {person}
|Délégation de fonction à {person}, adjoint|Horaires d'ouverture de la mairie
|Règlement du cimetière communal|Interdiction de stationnement {street}|Sens unique {street}
|Nomination de {person}, régisseur de la régie cantine|Bruits de voisinage
|Zone bleue {street}|Numérotage des habitations {street}|Alignement individuel {street}
|Permission de voirie {street} ({supplier})|Ouverture au public de la salle {room}
|Interdiction des feux de plein air""",
        "|",
    ),
    "arrete_temporaire": _split(
        """
Circulation {street} pour {work}|Stationnement interdit {street} pour {work}
|Occupation du domaine public {street} par {supplier}|Fermeture de la {street} pour {event}
|Circulation alternée {street}, chantier {supplier}|Circulation {street} pendant {event}""",
        "|",
    ),
    "decision_maire": _split(
        """
Contrat de maintenance des {article} avec {supplier}|Tarifs de {event} {year}
|Demande de subvention pour la {work}|Location de la salle {room} à {assoc}
|Avenant au marché de {work} ({supplier})|Emprunt auprès de la Caisse d'épargne
|Défense de la commune dans l'instance {person}|Acceptation d'un don de {person}""",
        "|",
    ),
    "marche": _split(
        """
Travaux de {work} {street}|Fourniture de repas pour la cantine scolaire
|Entretien des espaces verts {year}|Maintenance de l'éclairage public
|Réfection de la toiture de l'école {school}|Nettoyage des bâtiments communaux
|Fourniture de {article}|Location et maintenance des photocopieurs|Transport scolaire {year}
|Aménagement de la {street}|Rénovation énergétique de la salle {room}
|Assurance des biens de la commune""",
        "|",
    ),
    "courrier": _split(
        """
Demande de subvention {year}|Réclamation pour bruit {street}
|Demande d'intervention sur la voirie {street}|Invitation à {event}|Candidature spontanée
|Demande de renseignements {street}|Signalement d'un lampadaire en panne {street}
|Demande de logement social|Remerciements pour {event}|Demande d'autorisation pour {event}
|Contestation d'un avis de stationnement|Arbre dangereux {street}
|Demande de raccordement {street}|Dotation de l'État {year}
|Contrôle de légalité de la délibération|Recensement de la population {year}""",
        "|",
    ),
}
NATURES = (("naissance", 5), ("mariage", 2), ("décès", 3), ("reconnaissance", 1))
MAYORS = ((2007, "Gérard Tessier"), (2019, "Monique Lambertin"), (2100, "Julien Garnier-Roux"))


def _bodies(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """Body templates per family: "## family", then "<" opening sentences, "-" sentences drawn
    until the length is reached, ">" closing ones; an indented line continues the sentence."""
    found: dict[str, tuple[list[str], list[str], list[str]]] = {}
    current: list[str] = []
    for line in text.splitlines():
        if line.startswith("## "):
            parts: tuple[list[str], list[str], list[str]] = ([], [], [])
            found[line[3:].strip()] = parts
        elif line[:1] in "<->" and line.strip():
            current = parts["<->".index(line[0])]
            current.append(line[1:].strip())
        elif line.strip():
            current[-1] += " " + line.strip()
    return {name: (tuple(a), tuple(b), tuple(c)) for name, (a, b, c) in found.items()}


BODIES = _bodies("""
## urba
< Commune de {commune}. Arrêté n° {numero} délivré au nom de la commune.
< Le Maire de {commune}, vu la demande de {acte} présentée le {filed} par {person}, demeurant
  {home}, pour {project}, sur un terrain situé {address}, cadastré {parcel} ;
- Vu le code de l'urbanisme, notamment ses articles L.421-1 et suivants et R.421-1 et suivants ;
- Vu le plan local d'urbanisme approuvé le {plu}, et notamment le règlement de la zone {zone} ;
- Vu l'avis de l'architecte des bâtiments de France en date du {other} ;
- Vu l'avis du gestionnaire du réseau d'électricité Enedis ;
- Considérant que le projet porte sur une surface de plancher créée de {surface} m² ;
- Considérant que le terrain est desservi par les réseaux publics d'eau potable et
  d'électricité ;
- Considérant que le projet situé {address} respecte les règles de hauteur et d'implantation
  par rapport aux limites séparatives ;
- Article 2 : les travaux devront respecter les prescriptions de l'avis annexé.
- Article 3 : la taxe d'aménagement et la redevance d'archéologie préventive seront exigibles.
- Le bénéficiaire doit afficher l'autorisation sur le terrain pendant toute la durée du
  chantier, de manière visible depuis la voie publique.
- L'autorisation est périmée si les travaux ne sont pas entrepris dans un délai de trois ans à
  compter de sa notification.
- Dossier suivi par le service urbanisme, {service_person}.
> Article 1 : {decision}
> Fait à {commune}, le {date}. Le Maire, {mayor}. Délais et voies de recours : le tribunal
  administratif de Grenoble peut être saisi dans les deux mois.
## acte
< Commune de {commune}. {kind} n° {numero}. Objet : {subject}.
- Vu le code général des collectivités territoriales, notamment ses articles L.2121-29,
  L.2122-22 et L.2212-1 ;
- Vu le code de la route et l'instruction interministérielle sur la signalisation routière ;
- Vu la demande présentée par {supplier} en date du {other} ;
- Considérant qu'il convient d'assurer la sécurité des usagers {street} pendant la durée des
  travaux ;
- Considérant la nécessité de {work} ;
- Article 2 : la signalisation réglementaire sera mise en place et entretenue par {supplier}.
- Article 3 : toute infraction au présent arrêté sera constatée et poursuivie conformément aux
  lois et règlements en vigueur.
- Article 4 : le Directeur général des services et le commandant de la brigade de gendarmerie
  sont chargés, chacun en ce qui le concerne, de l'exécution de la présente décision.
- Ampliation adressée à la préfecture de l'Isère, à la gendarmerie et au service technique.
- Rapporteur : {person}, adjoint délégué. Le rapporteur expose que {subject_lower} relève de la
  compétence de la commune.
- Le présent acte sera affiché en mairie et publié au recueil des actes administratifs.
- Les crédits nécessaires sont inscrits au budget de l'exercice {year}.
> Article 1 : {subject}, à compter du {date}.
> Fait à {commune}, le {date}. Le Maire, {mayor}.
## delib
< Extrait du registre des délibérations du conseil municipal de la commune de {commune}.
  Séance du {date}.
< L'an {year}, le {date}, le conseil municipal, dûment convoqué, s'est réuni en séance publique
  sous la présidence de {mayor}, Maire.
< Délibération n° {numero}. Objet : {subject}.
- Membres en exercice : 29. Présents : {present}. Votants : {voters}.
- Secrétaire de séance : {person}.
- Le rapporteur, {other_person}, expose au conseil municipal le projet relatif à
  {subject_lower}.
- Vu le code général des collectivités territoriales, notamment son article L.2121-29 ;
- Vu l'avis de la commission des finances réunie le {other} ;
- Considérant l'intérêt pour la commune et ses habitants ;
- Après en avoir délibéré, le conseil municipal, à l'unanimité, approuve la proposition.
- Autorise le Maire ou son représentant à signer tout document relatif à cette affaire.
- Dit que les crédits nécessaires sont inscrits au budget de l'exercice {year}.
- Abstentions : 2. Contre : 1. Pour : {voters_minus}.
> Pour extrait conforme au registre. Certifié exécutoire après transmission en préfecture.
  Le Maire, {mayor}.
## seance
< Conseil municipal de {commune}. Séance du {date}.
< Le conseil municipal s'est réuni sous la présidence de {mayor}, Maire.
- Ordre du jour : approbation du procès-verbal de la séance précédente.
- Point 2 : {subject}.
- Point 3 : décisions prises par le Maire par délégation du conseil municipal.
- Point 4 : questions diverses.
- Membres en exercice : 29. Présents : {present}.
- Secrétaire de séance : {person}.
- La séance est ouverte à 19 heures 30 et levée à 22 heures 10.
- Le conseil municipal adopte l'ensemble des points à l'unanimité des votants.
- Les conseillers sont priés de confirmer leur présence auprès du secrétariat.
> Fait à {commune}, le {date}. Le Maire, {mayor}.
## facture
< {supplier}. Facture n° {numero} du {date}.
< Client : Mairie de {commune}, service {service}, {address}.
- Désignation : {article}. Quantité : {quantity}. Prix unitaire HT : {unit} euros.
- Total HT : {net} euros. TVA 20 % : {vat} euros. Total TTC : {amount} euros.
- Net à payer : {amount} euros. Échéance : paiement à 30 jours fin de mois.
- Bon de commande n° {order} transmis par {service_person}.
- Règlement par virement bancaire, IBAN FR76 3000 4000 0312 3456 7890 143.
- Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais
  de recouvrement : 40 euros.
- SIRET 412 345 678 00021. TVA intracommunautaire FR32 412345678.
- Livraison effectuée {street} le {other}.
- Période de consommation du {other} au {date}.
> Facture à transmettre au service des finances pour mandatement.
## marche
< Commune de {commune}. Marché public : {subject}.
< Acheteur : commune de {commune}, représentée par son Maire, {mayor}.
- Procédure adaptée en application du code de la commande publique.
- Titulaire : {supplier}, {address}.
- Montant du marché : {amount} euros hors taxes.
- Délai d'exécution : {quantity} semaines à compter de l'ordre de service.
- Après analyse des offres selon les critères du règlement de la consultation, prix 40 % et
  valeur technique 60 %, l'offre de {other_supplier} a été classée au rang {rank}.
- Note obtenue : {note} sur 20. Motifs du rejet : offre moins avantageuse sur le prix.
- Le délai de suspension de onze jours court à compter de l'envoi du présent courrier.
- Les pièces du marché (acte d'engagement, CCAP, CCTP) sont jointes au dossier.
- Affaire suivie par {service_person}, service de la commande publique.
> Fait à {commune}, le {date}. Le Maire, {mayor}.
## rh
< Commune de {commune}. Service des ressources humaines.
< Agent : {person}, {grade}, échelon {step}.
- Période du {other} au {date}. Traitement indiciaire brut : {net} euros.
- Indice majoré {index}. Nouvelle bonification indiciaire : 10 points.
- Cotisations CNRACL, RAFP et contribution sociale généralisée.
- Net à payer avant impôt sur le revenu : {amount} euros.
- Né le {birth} à {city}, domicilié {home}.
- Arrêté portant avancement d'échelon à compter du {other}.
- Titularisation en qualité de {grade}.
- Entretien professionnel annuel conduit par {other_person}.
- Régime indemnitaire : IFSE versée mensuellement.
- Affecté au service {service} de la commune.
> Document à conserver sans limitation de durée.
## courrier
< {sender}. {home}.
< À l'attention de Monsieur le Maire de {commune}.
< Objet : {subject}.
- Madame, Monsieur,
- Je me permets de vous écrire au sujet de {subject_lower}.
- Comme suite à notre échange du {other}, je vous adresse les éléments demandés.
- La situation {street} devient préoccupante pour les riverains.
- Je vous remercie par avance de l'attention que vous porterez à ma demande.
- Vous trouverez en pièce jointe les justificatifs nécessaires.
- Nos références : dossier suivi par {service_person}.
- Je reste à votre disposition pour tout renseignement complémentaire.
- En réponse à votre courrier du {other}, nous vous informons que votre demande a été transmise
  au service {service}.
> Veuillez agréer, Monsieur le Maire, l'expression de mes salutations distinguées. {sender},
  le {date}.
## etat_civil
< République française. Commune de {commune}. Acte de {nature} n° {quantity}.
- Le {date}, est {event_line} {person}, {sex}.
- Fils ou fille de {other_person} et de {third_person}, domiciliés {home}.
- Dressé le {other} sur la déclaration de {other_person}, qui, lecture faite, a signé avec
  nous, {mayor}, officier de l'état civil.
- Mentions marginales : néant.
- Copie intégrale délivrée pour servir et valoir ce que de droit.
- Né à {city}. Profession : {grade}.
- Témoins : {third_person} et {other_person}, majeurs.
> Pour copie conforme, le {date}, l'officier de l'état civil.
## perisco
< Commune de {commune}. Pôle enfance. Fiche d'inscription {year}.
< Enfant : {person}, école {school}, classe de {level}.
- Responsable légal : {other_person}, domicilié {home}.
- Restauration scolaire : lundi, mardi, jeudi et vendredi.
- Garderie du matin et du soir, accueil de loisirs du mercredi.
- Allergies ou régime alimentaire : {allergy}.
- Quotient familial CAF : {quantity}.
- Personnes autorisées à récupérer l'enfant : {third_person}.
- Autorisation de sortie et droit à l'image : oui.
- Projet d'accueil individualisé : non.
> Fait à {commune}, le {date}. Signature du responsable légal.
""")

OCR_SWAPS = (
    ("e", "c"),
    ("l", "i"),
    ("m", "rn"),
    ("rn", "m"),
    ("i", "l"),
    ("u", "n"),
    ("h", "b"),
    ("a", "o"),
    ("t", "f"),
    ("o", "e"),
)


_PUNCTUATION = re.compile(r"[^\w]+")


def _cumulative(n: int, exponent: float, offset: float) -> list[float]:
    """Zipf-like cumulative weights: a few very common values, a long tail of rare ones."""
    return list(itertools.accumulate(1.0 / (k + offset) ** exponent for k in range(n)))


def display_words(text: str) -> tuple[str, ...]:
    """Display words of a text that a person could type (no punctuation, no stop words)."""
    return tuple(w for w in _PUNCTUATION.sub(" ", text).split() if fold(w) not in STOPWORDS)


# --- the documents ------------------------------------------------------------------------------


@dataclass(slots=True)
class Doc:
    """One generated document: what goes into its row, and what people would type to find it."""

    id: int
    ref: str
    name: str
    title: str
    type_id: str
    fields: dict[str, str]
    date: dt.date
    text: str
    service: int  # index in SERVICES
    filed_by: str
    filed_at: dt.datetime
    ocr: bool
    facets: dict[str, tuple[str, ...]]


@dataclass
class Draft:
    """A document being made up: its answers, its typed words, the slots of its body text."""

    type_id: str
    kind: DocType
    day: dt.date
    values: dict[str, str]
    facets: dict[str, tuple[str, ...]]
    slots: dict[str, str]


class Pools:
    """Names, streets, suppliers... with Zipf-like frequencies, drawn once per seed."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.rng = rng
        surnames = list(dict.fromkeys(REAL_SURNAMES))
        seen = set(surnames)
        while len(surnames) < 60_000:
            middle = rng.choice(MIDDLES)
            word = rng.choice(STARTS) + ("" if middle == "-" else middle) + rng.choice(ENDS)
            word = word[0] + word[1:].lower()
            if word not in seen and len(word) >= 4:
                seen.add(word)
                surnames.append(word)
        self.surnames = surnames
        self.surname_weights = _cumulative(len(surnames), 0.85, 40)
        self.first_weights = _cumulative(len(FIRST_NAMES), 0.6, 5)
        kinds = [k for k, _ in STREET_KINDS]
        kind_weights = list(itertools.accumulate(w for _, w in STREET_KINDS))
        fixed = list(STREET_NAMES)
        rng.shuffle(fixed)  # the classic names first: they are the common ones
        streets = [(rng.choices(kinds, cum_weights=kind_weights)[0], name) for name in fixed]
        known = set(streets)
        while len(streets) < 20_000:
            kind = rng.choices(kinds, cum_weights=kind_weights)[0]
            name = rng.choice(STREET_NAMES) if rng.random() < 0.2 else self.full()
            if (kind, name) not in known:
                known.add((kind, name))
                streets.append((kind, name))
        self.streets = streets
        self.street_weights = _cumulative(len(streets), 0.7, 30)
        suppliers = list(BIG_SUPPLIERS)
        names = set(suppliers)
        while len(suppliers) < 3000:
            name = f"{rng.choice(TRADES)} {self.surname()}{rng.choice(SUFFIXES)}"
            if name not in names:
                names.add(name)
                suppliers.append(name)
        self.suppliers = suppliers
        self.supplier_weights = _cumulative(len(suppliers), 1.0, 3)
        self.assocs = [
            f"Comité des fêtes de {COMMUNE}",
            "Amicale des sapeurs-pompiers",
            "Football club d'Aubin",
            "Club du troisième âge",
            "Association des parents d'élèves",
            "Harmonie municipale",
        ]
        while len(self.assocs) < 300:
            self.assocs.append(
                rng.choice(
                    (
                        f"Les Amis de {self.street()[1]}",
                        f"Association {self.surname()} Patrimoine",
                        f"Club de {rng.choice(CLUBS)} {self.surname()}",
                        f"Société de chasse {self.surname()}",
                    )
                )
            )
        self.agents = [self.full() for _ in range(max(30, size // 2000))]
        self.users = [
            f"@{_PUNCTUATION.sub('', fold(self.full())).replace(' ', '.')}:mairie-exemple.fr"
            for _ in range(60)
        ]
        self.sessions: dict[int, list[dt.date]] = {}
        for year in range(FIRST_YEAR, REFERENCE_DAY.year + 1):
            days = {
                dt.date(year, month, rng.randint(1, 28))
                for month in range(1, 13)
                if month != 8 and rng.random() < 0.85
            }
            kept = sorted(d for d in days if d <= REFERENCE_DAY)
            self.sessions[year] = kept or [dt.date(year, 1, 15)]

    def surname(self) -> str:
        return self.rng.choices(self.surnames, cum_weights=self.surname_weights)[0]

    def first(self) -> str:
        return self.rng.choices(FIRST_NAMES, cum_weights=self.first_weights)[0]

    def full(self) -> str:
        return f"{self.first()} {self.surname()}"

    def street(self) -> tuple[str, str]:
        return self.rng.choices(self.streets, cum_weights=self.street_weights)[0]

    def supplier(self) -> str:
        return self.rng.choices(self.suppliers, cum_weights=self.supplier_weights)[0]

    def number(self) -> str:
        n = min(int(self.rng.paretovariate(1.2)), 180)
        return f"{n}{' bis' if self.rng.random() < 0.04 else ''}"


class Generator:
    """Documents of one collectivité, deterministic for a seed."""

    def __init__(self, seed: int, size: int, referentiel: Referentiel) -> None:
        self.rng = random.Random(seed)
        self.pools = Pools(self.rng, size)
        self.type_ids = list(TYPES)
        self.type_weights = list(itertools.accumulate(TYPES[t][0] for t in self.type_ids))
        self.years = list(range(FIRST_YEAR, REFERENCE_DAY.year + 1))
        this_year = (REFERENCE_DAY - dt.date(REFERENCE_DAY.year, 1, 1)).days / 365
        self.year_weights = list(
            itertools.accumulate(
                (0.5 + (y - FIRST_YEAR) / 26) * (this_year if y == REFERENCE_DAY.year else 1)
                for y in self.years
            )
        )
        self.counters: Counter[tuple[str, int]] = Counter()
        self.names: set[str] = set()
        self.service_index = {s.id: i for i, s in enumerate(SERVICES)}
        self.kinds: dict[str, DocType] = {t: referentiel.type(t) for t in self.type_ids}
        self.rows: dict[str, RetentionRow] = {
            t: referentiel.row_of(k) for t, k in self.kinds.items()
        }
        self.class_labels = {
            t: referentiel.class_label(row.class_code) for t, row in self.rows.items()
        }
        self.families: dict[str, Callable[[Draft], None]] = {
            "urba": self._urba,
            "acte": self._act,
            "delib": self._act,
            "seance": self._session,
            "facture": self._invoice,
            "marche": self._market,
            "rh": self._staff,
            "courrier": self._letter,
            "etat_civil": self._civil,
            "perisco": self._school,
        }

    # -- small pieces --------------------------------------------------------------------------

    def day(self) -> dt.date:
        year = self.rng.choices(self.years, cum_weights=self.year_weights)[0]
        last = min(dt.date(year, 12, 31), REFERENCE_DAY)
        first = dt.date(year, 1, 1)
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def seq(self, kind: str, year: int) -> int:
        self.counters[(kind, year)] += 1
        return self.counters[(kind, year)]

    def subject(self, type_id: str, day: dt.date) -> tuple[str, str]:
        """A subject for this type, and the street it names (or "")."""
        pools, rng = self.pools, self.rng
        street = " ".join(pools.street())
        slots = {
            "year": str(day.year),
            "prev": str(day.year - 1),
            "assoc": rng.choice(pools.assocs),
            "grade": rng.choice(GRADES),
            "parcel": f"{rng.choice('ABCDEKLZ')}{rng.choice('ABCDEHK')} {rng.randint(1, 999)}",
            "street": street,
            "org": rng.choice(ORGS),
            "work": rng.choice(WORKS),
            "article": rng.choice(ARTICLES),
            "room": rng.choice(ROOMS),
            "person": pools.full(),
            "supplier": pools.supplier(),
            "event": rng.choice(EVENTS),
            "school": rng.choice(SCHOOLS),
        }
        template = rng.choice(SUBJECTS[type_id])
        text = template.format_map(slots)
        return text[0].upper() + text[1:], street if "{street}" in template else ""

    # -- one document --------------------------------------------------------------------------

    def document(self, doc_id: int) -> Doc:
        rng, pools = self.rng, self.pools
        type_id = rng.choices(self.type_ids, cum_weights=self.type_weights)[0]
        day = self.day()
        street = pools.street()
        slots = {
            "commune": COMMUNE,
            "person": pools.full(),
            "other_person": pools.full(),
            "third_person": pools.full(),
            "service_person": pools.full(),
            "address": f"{pools.number()} {street[0]} {street[1]}",
            "home": f"{pools.number()} {' '.join(pools.street())}",
            "street": " ".join(pools.street()),
            "supplier": pools.supplier(),
            "other_supplier": pools.supplier(),
            "other": format_date_fr(day - dt.timedelta(days=rng.randint(5, 120))),
            "filed": format_date_fr(day - dt.timedelta(days=rng.randint(20, 90))),
            "work": rng.choice(WORKS),
            "quantity": str(rng.randint(2, 40)),
            "grade": rng.choice(GRADES),
            "city": rng.choice(("Vienne", "Grenoble", "Lyon", "Valence", "Bourgoin-Jallieu")),
            "school": rng.choice(SCHOOLS),
        }
        draft = Draft(type_id, self.kinds[type_id], day, {}, {"street": street}, slots)
        self.families[TYPES[type_id][2]](draft)
        day = draft.day
        service_id = TYPES[type_id][1] or rng.choice(SERVICES).id
        service = self.service_index[service_id]
        slots |= {
            "date": format_date_fr(day),
            "year": str(day.year),
            "mayor": next(m for last, m in MAYORS if day.year <= last),
            "service": SERVICES[service].name,
        }
        slots.setdefault("subject", draft.values.get("objet", ""))
        slots.setdefault("subject_lower", slots["subject"].lower())
        name, title = self._name(draft)
        text = self.body(TYPES[type_id][2], slots)
        ocr = rng.random() < OCR_SHARE
        if ocr:
            text = self.ocr(text)
        if day >= dt.date(2024, 1, 1):
            filed_day = min(day + dt.timedelta(days=rng.randint(0, 20)), REFERENCE_DAY)
        else:  # older paper filed once the town went digital
            start = dt.date(2024, 1, 1)
            filed_day = start + dt.timedelta(days=rng.randint(0, (REFERENCE_DAY - start).days))
        at = dt.time(rng.randint(7, 17), rng.randint(0, 59))
        return Doc(
            id=doc_id,
            ref=f"{filed_day.year}-{self.seq('ref', filed_day.year):04d}",
            name=name,
            title=title,
            type_id=type_id,
            fields=draft.values,
            date=day,
            text=text,
            service=service,
            filed_by=rng.choice(pools.users),
            filed_at=dt.datetime.combine(filed_day, at, dt.UTC),
            ocr=ocr,
            facets={k: v for k, v in draft.facets.items() if v},
        )

    def _name(self, draft: Draft) -> tuple[str, str]:
        """Name and title as filing renders them (`filing.record.plan`)."""
        kind = draft.kind
        values: dict[str, object] = {}
        for spec in kind.fields:
            raw = draft.values.get(spec.name, "")
            values[spec.name] = template_value(spec, raw) if raw else ""
        values.setdefault("date", draft.day)
        values["type"] = kind.label
        values["code"] = self.rows[draft.type_id].class_code
        base = naming.render_name(kind.naming, values)
        name = naming.unique_name(base, ".pdf", self.names.__contains__)
        self.names.add(name)
        return name, naming.render_title(kind.title, values)

    def _urba(self, draft: Draft) -> None:
        rng, day, slots = self.rng, draft.day, draft.slots
        prefixes = {"permis_construire": "PC", "declaration_prealable": "DP"}
        prefix = prefixes.get(draft.type_id) or rng.choice(("PC", "DP"))
        if draft.type_id == "certificat_urbanisme":
            prefix = "CU"
        letter = rng.choice("BBBBBBACD")
        numero = f"{prefix} {INSEE} {day.year % 100:02d} {letter}{self.seq(prefix, day.year):04d}"
        first, surname = slots["person"].split(" ", 1)
        if rng.random() < 0.15:
            applicant = f"SCI {rng.choice(STREET_NAMES).split()[-1]} {surname}"
        elif draft.type_id == "certificat_urbanisme" and rng.random() < 0.5:
            applicant = f"Maître {first} {surname}, notaire"
        else:
            applicant = f"{first} {surname}"
        who = "petitionnaire" if draft.type_id == "permis_construire" else "demandeur"
        draft.values = {"numero": numero, who: applicant}
        if prefix != "CU" and draft.type_id != "refus_urbanisme":
            draft.values["adresse"] = slots["address"]
        draft.values[draft.kind.date_field] = day.isoformat()
        # the street is in the fields, or (certificat, refus) in the text only
        draft.facets |= {"person": (first, surname), "numero": (numero.rsplit(maxsplit=1)[-1],)}
        acts = {"PC": "permis de construire", "DP": "déclaration préalable"}
        decisions = {
            "refus_urbanisme": "la demande est refusée.",
            "certificat_urbanisme": "l'opération est réalisable.",
        }
        slots |= {
            "numero": numero,
            "person": applicant,
            "acte": acts.get(prefix, "certificat d'urbanisme"),
            "project": rng.choice(PROJECTS),
            "parcel": f"section {rng.choice('ABCDEKZ')}{rng.choice('ABCDH')} "
            f"n° {rng.randint(1, 1500)}",
            "plu": format_date_fr(dt.date(2013, 6, 27)),
            "zone": rng.choice(("UA", "UB", "UC", "AU", "A", "N")),
            "surface": str(rng.randint(8, 240)),
            "decision": decisions.get(draft.type_id, "l'autorisation est accordée."),
        }

    def _act(self, draft: Draft) -> None:
        rng, type_id, slots = self.rng, draft.type_id, draft.slots
        if type_id == "deliberation":
            draft.day = rng.choice(self.pools.sessions[draft.day.year])
        year = draft.day.year
        numero = {
            "deliberation": f"{year}-{self.seq(type_id, year):03d}",
            "arrete": f"{year}-A-{self.seq(type_id, year):03d}",
            "arrete_temporaire": f"{year}-AT-{self.seq(type_id, year):03d}",
            "decision_maire": f"DM-{year}-{self.seq(type_id, year):03d}",
        }[type_id]
        subject, street = self.subject(type_id, draft.day)
        draft.values = {"numero": numero, "objet": subject, draft.kind.date_field: ""}
        draft.values[draft.kind.date_field] = draft.day.isoformat()
        draft.facets = {
            "subject": display_words(subject),
            "street": tuple(street.split(" ", 1)) if street else (),
            "numero": (numero,),
        }
        present = rng.randint(18, 29)
        slots |= {
            "numero": numero,
            "subject": subject,
            "subject_lower": subject[0].lower() + subject[1:],
            "kind": draft.kind.label.split(" (")[0],
            "present": str(present),
            "voters": str(present + 2),
            "voters_minus": str(present - 1),
            "street": street or slots["street"],
        }

    def _session(self, draft: Draft) -> None:
        draft.day = self.rng.choice(self.pools.sessions[draft.day.year])
        draft.values = {"date_seance": draft.day.isoformat()}
        subject, _ = self.subject("deliberation", draft.day)
        words = ("conseil",) if self.rng.random() < 0.7 else ("conseil", "municipal")
        draft.facets = {"subject": words}
        draft.slots |= {"subject": subject, "present": str(self.rng.randint(18, 29))}

    def _invoice(self, draft: Draft) -> None:
        rng, day = self.rng, draft.day
        supplier = self.pools.supplier()
        amount = round(rng.lognormvariate(6, 1.3), 2)
        draft.values = {"fournisseur": supplier, "montant": f"{amount:.2f}", "date": ""}
        draft.values["date"] = day.isoformat()
        draft.facets = {"org": display_words(supplier)}
        if rng.random() < 0.7:
            seq = self.seq(supplier, day.year)
            numero = rng.choice(
                (
                    f"FA-{day.year}-{seq:05d}",
                    f"F{day:%y%m}{seq:04d}",
                    str(rng.randint(10**6, 10**8)),
                )
            )
            draft.values["numero"] = numero
            draft.facets["numero"] = (numero,)
        net = amount / 1.2
        draft.slots |= {
            "supplier": supplier,
            "numero": draft.values.get("numero", "sans numéro"),
            "article": rng.choice(ARTICLES),
            "unit": f"{net / int(draft.slots['quantity']):.2f}",
            "net": f"{net:.2f}",
            "vat": f"{amount - net:.2f}",
            "amount": f"{amount:.2f}",
            "order": f"BC-{day.year}-{rng.randint(1, 999):03d}",
        }

    def _market(self, draft: Draft) -> None:
        rng = self.rng
        subject, _ = self.subject("marche", draft.day)
        company = self.pools.supplier()
        who = "attributaire" if draft.type_id == "marche" else "candidat"
        draft.values = {"objet": subject, who: company, "date": draft.day.isoformat()}
        draft.facets = {"org": display_words(company), "subject": display_words(subject)}
        if draft.type_id == "marche":
            draft.slots["supplier"] = company
        draft.slots |= {
            "subject": subject,
            "other_supplier": company,
            "amount": f"{rng.lognormvariate(10, 1):.2f}",
            "rank": str(rng.randint(2, 6)),
            "note": f"{rng.uniform(8, 17):.1f}",
        }

    def _staff(self, draft: Draft) -> None:
        rng = self.rng
        agent = rng.choice(self.pools.agents)
        if draft.type_id == "dossier_individuel":
            draft.day = dt.date(rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
            draft.values = {"nom": agent, "date_naissance": draft.day.isoformat()}
        else:
            draft.day = draft.day.replace(day=1)
            draft.values = {"nom": agent, "date": draft.day.isoformat()}
        first, surname = agent.split(" ", 1)
        draft.facets = {"person": (first, surname)}
        salary = rng.uniform(1500, 3800)
        draft.slots |= {
            "person": agent,
            "step": str(rng.randint(1, 11)),
            "index": str(rng.randint(352, 820)),
            "net": f"{salary * 1.25:.2f}",
            "amount": f"{salary:.2f}",
            "birth": format_date_fr(dt.date(rng.randint(1960, 2002), rng.randint(1, 12), 9)),
        }

    def _letter(self, draft: Draft) -> None:
        rng, slots = self.rng, draft.slots
        subject, street = self.subject("courrier", draft.day)
        draft.facets = {"subject": display_words(subject)}
        if rng.random() < 0.5:
            sender = slots["person"]
            first, surname = sender.split(" ", 1)
            draft.facets["person"] = (first, surname)
        else:
            sender = rng.choice(ORGS) if rng.random() < 0.5 else self.pools.supplier()
            draft.facets["org"] = display_words(sender)
        draft.values = {"expediteur": sender, "objet": subject, "date": draft.day.isoformat()}
        slots |= {
            "sender": sender,
            "subject": subject,
            "subject_lower": subject[0].lower() + subject[1:],
            "street": street or slots["street"],
        }

    def _civil(self, draft: Draft) -> None:
        rng, slots = self.rng, draft.slots
        nature = rng.choices([n for n, _ in NATURES], [w for _, w in NATURES])[0]
        first, surname = slots["person"].split(" ", 1)
        draft.values = {"nature": nature, "nom": slots["person"], "date": draft.day.isoformat()}
        draft.facets = {"person": (first, surname), "nature": (nature,)}
        events = {"naissance": "né(e)", "mariage": "marié(e)", "décès": "décédé(e)"}
        slots |= {
            "nature": nature,
            "event_line": events.get(nature, "reconnu(e)"),
            "sex": rng.choice(("de sexe masculin", "de sexe féminin")),
            "third_person": f"{self.pools.first()} {surname}",
        }

    def _school(self, draft: Draft) -> None:
        rng, slots = self.rng, draft.slots
        first, surname = slots["person"].split(" ", 1)
        draft.values = {"enfant": slots["person"], "date": draft.day.isoformat()}
        draft.facets = {"person": (first, surname)}
        slots |= {
            "level": rng.choice(("CP", "CE1", "CE2", "CM1", "CM2", "petite section")),
            "allergy": rng.choice(("aucune", "aucune", "aucune", "arachide", "gluten")),
            "other_person": f"{self.pools.first()} {surname}",
            "quantity": str(rng.randint(300, 1800)),
        }

    def body(self, family: str, slots: dict[str, str]) -> str:
        rng = self.rng
        opening, pool, closing = BODIES[family]
        target = rng.randint(60, 150)
        parts = [s.format_map(slots) for s in opening]
        count = sum(len(p.split()) for p in parts)
        for sentence in rng.sample(pool, len(pool)):
            if count >= target:
                break
            text = sentence.format_map(slots)
            parts.append(text)
            count += len(text.split())
        parts += [s.format_map(slots) for s in closing]
        return "\n".join(parts)

    def ocr(self, text: str) -> str:
        rng = self.rng
        words = text.split(" ")
        for i, word in enumerate(words):
            if len(word) >= 4 and rng.random() < OCR_SLIPS:
                right, wrong = rng.choice(OCR_SWAPS)
                words[i] = word.replace(right, wrong, 1)
        return " ".join(words)


@dataclass
class Corpus:
    """A size's documents, their indexed words, and an in-memory copy of the word index used to
    check that a query is not ambiguous."""

    label: str
    docs: list[Doc]
    terms: dict[str, array[int]]  # word -> ids of the documents holding it, ascending
    postings: int
    generate_s: float
    terms_s: float

    def doc(self, doc_id: int) -> Doc:
        return self.docs[doc_id - 1]

    def exact(self, query: Query, limit: int) -> list[int]:
        """Documents holding every word of `query` as typed and passing its filters."""
        lists = []
        for word in query.words:
            ids = self.terms.get(word)
            if ids is None:
                return []
            lists.append(ids)
        if not lists:
            return []
        lists.sort(key=len)
        found: list[int] = []
        for doc_id in lists[0]:
            if all(_holds(other, doc_id) for other in lists[1:]) and self._passes(doc_id, query):
                found.append(doc_id)
                if len(found) >= limit:
                    break
        return found

    def _passes(self, doc_id: int, query: Query) -> bool:
        doc = self.doc(doc_id)
        return (
            (not query.type_ids or doc.type_id in query.type_ids)
            and (query.year is None or doc.date.year == query.year)
            and (query.month is None or doc.date.month == query.month)
            and (query.service_id is None or SERVICES[doc.service].id == query.service_id)
        )


def _holds(ids: array[int], doc_id: int) -> bool:
    i = bisect.bisect_left(ids, doc_id)
    return i < len(ids) and ids[i] == doc_id


def label_of(size: int) -> str:
    """A size as the figures name it: "100k", "1M"."""
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}M"
    if size % 1000 == 0:
        return f"{size // 1000}k"
    return str(size)


def build_corpus(size: int, seed: int, referentiel: Referentiel) -> Corpus:
    """`size` documents, the same for the same seed, with the words filing indexes."""
    generator = Generator(seed, size, referentiel)
    started = time.perf_counter()
    docs = [generator.document(doc_id) for doc_id in range(1, size + 1)]
    generate_s = time.perf_counter() - started
    started = time.perf_counter()
    index: dict[str, array[int]] = {}
    postings = 0
    for doc in docs:
        for word in document_terms(
            name=doc.name,
            title=doc.title,
            type_label=generator.kinds[doc.type_id].label,
            class_label=generator.class_labels[doc.type_id],
            ref=doc.ref,
            year=doc.date.year,
            fields=doc.fields,
            service=SERVICES[doc.service].name,
            text=doc.text,
        ):
            ids = index.get(word)
            if ids is None:
                ids = index[word] = array("i")
            ids.append(doc.id)
            postings += 1
    return Corpus(label_of(size), docs, index, postings, generate_s, time.perf_counter() - started)


def document_row(doc: Doc, referentiel: Referentiel) -> dict[str, Any]:
    """The `document` row filing would write for this document (`filing.record.store`)."""
    kind = referentiel.type(doc.type_id)
    row = referentiel.row_of(kind)
    kept = retention.compute(row, retention.start_of(row, kind, {}, doc.date))
    digest = hashlib.sha256(f"greffier-bench-{doc.id}".encode()).hexdigest()
    service = SERVICES[doc.service]
    return {
        "id": doc.id,
        "ref": doc.ref,
        "name": doc.name,
        "title": doc.title,
        "type_id": doc.type_id,
        "type_label": kind.label,
        "class_code": row.class_code,
        "row_id": row.id,
        "fields": doc.fields,
        "document_date": doc.date,
        "sort": kept.sort,
        "dua_years": kept.dua_years,
        "dua_start": kept.start or doc.date,
        "dua_end": kept.dua_end,
        "awaiting_event": kept.awaiting,
        "dossier": None,
        "sensitive": None,
        "a_valider": kept.a_valider,
        "sha256": digest,
        "source_sha256": hashlib.sha256(digest.encode()).hexdigest(),
        "size": 40_000 + doc.id % 2_000_000,
        "pages": 1 + doc.id % 7,
        "mimetype": "application/pdf",
        "original_name": f"scan_{doc.id:07d}.pdf" if doc.ocr else doc.name,
        "text": doc.text,
        "ocr": doc.ocr,
        "warnings": [],
        "service_id": service.id,
        "room_id": f"!{service.id}:mairie-exemple.fr",
        "filed_by": doc.filed_by,
        "filed_at": doc.filed_at,
        "event_id": f"${digest[:43]}",
        # PostgreSQL's COPY names every column: the server defaults do not apply.
        "disposal": "",
        "hold": False,
    }


# --- building the databases ---------------------------------------------------------------------


async def migrate(url: str) -> None:
    """Bring the database at `url` to the code's schema (`Database.migrate`: the Alembic
    migrations), as the bot does at start."""
    db = Database(url)
    try:
        await db.migrate()
    finally:
        await db.dispose()


def sqlite_load(path: Path, corpus: Corpus, referentiel: Referentiel) -> None:
    """Documents through SQLAlchemy Core (its JSON, date and UTC types, as the ORM writes
    them); postings and counts with sqlite3's executemany, sorted by word."""
    engine = create_engine(f"sqlite:///{path}")

    def pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous=OFF")
        dbapi_connection.execute("PRAGMA cache_size=-1000000")

    event.listen(engine, "connect", pragmas)
    table = Document.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        for start in range(0, len(corpus.docs), 20_000):
            part = corpus.docs[start : start + 20_000]
            conn.execute(table.insert(), [document_row(d, referentiel) for d in part])
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-1000000")
        (ddl,) = con.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_search_posting_document'"
        ).fetchone()
        con.execute("DROP INDEX ix_search_posting_document")
        words = sorted(corpus.terms)
        for start in range(0, len(words), 2000):
            con.executemany(
                "INSERT INTO search_posting (term, document_id) VALUES (?, ?)",
                ((w, i) for w in words[start : start + 2000] for i in corpus.terms[w]),
            )
            con.commit()
        con.executemany(
            "INSERT INTO search_term (term, documents) VALUES (?, ?)",
            ((w, len(corpus.terms[w])) for w in words),
        )
        con.execute(ddl)
        con.commit()
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()


def pg_load(url: str, corpus: Corpus, referentiel: Referentiel) -> None:
    """COPY, with the keys and the index of `search_posting` made again after the load."""
    import psycopg
    from psycopg.types.json import Json

    columns = [c.name for c in Document.__table__.columns]  # type: ignore[attr-defined]
    with psycopg.connect(url) as con:
        cur = con.cursor()
        cur.execute("SET maintenance_work_mem = '1GB'")
        cur.execute(
            "SELECT conname, pg_get_constraintdef(oid), contype FROM pg_constraint "
            "WHERE conrelid = 'search_posting'::regclass ORDER BY contype DESC"
        )
        constraints = cur.fetchall()  # the primary key ("p") before the foreign key ("f")
        cur.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_posting' "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)"
        )
        indexes = cur.fetchall()
        for name, _ in indexes:
            cur.execute(f'DROP INDEX "{name}"')
        for name, _, _ in reversed(constraints):
            cur.execute(f'ALTER TABLE search_posting DROP CONSTRAINT "{name}"')
        with cur.copy(f"COPY document ({', '.join(columns)}) FROM STDIN") as copy:
            for doc in corpus.docs:
                row = document_row(doc, referentiel)
                row["fields"] = Json(row["fields"])
                row["warnings"] = Json(row["warnings"])
                copy.write_row([row[c] for c in columns])
        con.commit()
        words = sorted(corpus.terms)
        with cur.copy("COPY search_posting (term, document_id) FROM STDIN") as copy:
            buffer: list[str] = []
            held = 0
            for word in words:  # folded words: no tab, newline or backslash to escape
                ids = corpus.terms[word]
                buffer.append("".join(f"{word}\t{i}\n" for i in ids))
                held += len(ids)
                if held >= 200_000:
                    copy.write("".join(buffer))
                    buffer, held = [], 0
            copy.write("".join(buffer))
        with cur.copy("COPY search_term (term, documents) FROM STDIN") as copy:
            copy.write("".join(f"{w}\t{len(corpus.terms[w])}\n" for w in words))
        con.commit()
        for name, definition, _ in constraints:
            cur.execute(f'ALTER TABLE search_posting ADD CONSTRAINT "{name}" {definition}')
        for _, definition in indexes:
            cur.execute(definition)
        cur.execute(
            "SELECT setval(pg_get_serial_sequence('document', 'id'), "
            "(SELECT max(id) FROM document))"
        )
        con.commit()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("VACUUM ANALYZE")


def sqlite_size(path: Path) -> float:
    """MB on disk of a SQLite database, its WAL checkpointed."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def pg_size(url: str) -> float:
    """MB on disk of a PostgreSQL database."""
    import psycopg

    with psycopg.connect(url) as con:
        row = con.execute("SELECT pg_database_size(current_database())").fetchone()
        assert row is not None
        return float(row[0]) / 1e6
