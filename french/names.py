"""Common French first names, folded (lower case, no accents): what tells a person's name
from two capitalised words (« Mathieu Fontaine » against « Conseil Municipal »).

The most given first names in France over the last eighty years (INSEE's fichier des
prénoms), both sexes, with the spellings an agent meets at a mairie's counter.
"""

from __future__ import annotations

_NAMES = """
    aaron abdel abdelkader abdoulaye adam adele adrien agathe agnes ahmed aicha alain alan
    albert alexandra alexandre alexis alice aline alix amandine amelie amine anais andre
    andree angelique anne annick annie anthony antoine antonin armand arnaud arthur audrey
    aurelie aurelien axel aya baptiste barbara bastien beatrice benjamin benoit bernadette
    bernard brigitte bruno camille capucine carole caroline catherine cecile celine chantal
    charles charlotte chloe christelle christian christiane christine christophe claire
    clara claude claudine clement clemence colette corinne cyril damien daniel daniele
    david delphine denis denise didier dominique dylan eden edith elena eliane elias elise
    elodie eloise emilie emma emmanuel emmanuelle enzo eric estelle ethan etienne eva
    evelyne fabien fabienne fabrice farid fatima fatou florence florian francis francoise
    franck francois frederic frederique gabriel gabrielle gael gaelle genevieve georges
    gerard gilbert gilles ginette gisele guillaume guy gwenaelle hakim hamid helene henri
    herve hugo hugues ibrahim ilyes ines isabelle jacqueline jacques jade jean jeanne
    jeannine jennifer jeremy jerome jessica joel joelle johan jonathan jordan joseph josette
    josiane jules julia julie julien juliette justine karim karima kevin laetitia lamia
    laura laure laurence laurent lea lea leila lena leo leon leonie lina line lionel lisa
    loic louis louise luc luca lucas lucie lucien lucienne ludovic lydie madeleine mael
    maelys magali malik manon marc marcel marcelle margaux marguerite maria marianne marie
    marine marion marius martine mathieu mathilde mathis matthieu maurice maxime megane
    melanie melissa michel michele micheline mickael mireille mohamed monique morgane
    mounir myriam nadia nadine nathalie nathan nicolas nicole noah noe noemie nolan oceane
    odette olivier oscar pascal pascale patrice patricia patrick paul paulette pauline
    philippe pierre quentin rachel rachid raphael raymond regine remi remy renee rene
    richard robert roger roland romain romane rose sabine sacha samia samir samuel sandra
    sandrine sarah sebastien serge severine simon simone solange sophie stephane stephanie
    suzanne sylvain sylvie theo therese thierry thomas timeo tom valentin valerie vanessa
    veronique victor victoire vincent virginie xavier yann yannick yasmine yves yvette
    yvonne zoe
"""
# Less frequent ones, and those given since 2000 (children at the crèche, the school, the
# centre de loisirs), hyphenated ones as written.
_MORE = """
    abdallah abel abigail achille adame adrienne agnes aicha aida alan albane alban alberte
    alexia alexandrine alicia alienor alizee allan alois aloise alphonse amaury ambre amel
    amira amir anatole andrea angele angelina annabelle anne-marie annette anouk antonio
    apolline ariane armelle arnold assia astrid athenais augustin aurore axelle aymeric
    bastien benedicte benoite bertrand blandine bilal boris brahim brice bryan calixte
    carla carmen cassandra celestin celia chahine charlene charline chayma clarisse
    claudette clementine clotilde coline come constant coralie cyprien cyrielle daphne
    dalila danielle diane djamel djibril dorian dorothee eden edgar edouard edmond eleonore
    elie eline eliott elisa elisabeth ella elliot eloi elsa eliane emeline emile emilien
    emilienne erwan esteban esther eugene eugenie evan eve fanny faustine felix fernand
    fernande flavie flore florent florence francine gaby gaetan gaspard gauthier germain
    germaine gervais ghislaine gregoire gregory guillemette gustave gwendoline hana hannah
    hector heloise hortense hubert ilan ilyes imane irene iris isaac isaure ismael ivan
    jacky jade jason jean-baptiste jean-claude jean-francois jean-luc jean-marc
    jean-marie jean-paul jean-pierre jean-louis jeanine joachim joanna jocelyne joris
    josephine jordan judith jules-henri kais kamel karine kenza kylian lana lenny leandre
    leane leonard leonore lilian lilou lily lise lola lorenzo lorraine lou louane louna
    loris lucille ludivine lydia maeva mael maelle mahe maissa malo malone mamadou manel
    marc-antoine marceau margot marie-claire marie-christine marie-france marie-laure
    marie-pierre marie-therese marin marina marjorie marthe martial matheo mathias
    mathurin maud maxence maximilien mehdi melina melodie melvin mia michael mila milo
    mina mohammed moussa myriam nael nahel naima naomie nassim nathanael nelly nicolle
    nils nina ninon nora norbert odile olga olivia ophelie orlane owen paola pascaline
    patricia paule perrine pierre-louis priscilla rayan raphaelle rebecca romeo romy
    rosalie roxane ruben ryan sabrina salome salome sami samy sasha selena selim serena
    sidonie simeon sofia sofiane solene soline sonia soraya stephan sylvette tatiana
    thais thibault thibaut tiago tiphaine tristan ugo ulysse valentine valery vera
    victorine vivien viviane wassim william yanis yasmina yasmine ylan ysaline yohan
    youssef yves-marie zacharie zelie zohra basile
"""
FIRST_NAMES: frozenset[str] = frozenset(_NAMES.split() + _MORE.split())
