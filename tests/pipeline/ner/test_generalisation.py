"""General mechanisms for names on news nobody tuned on (issue 10, round 3), one invented case each.

The error classes come from the issue; the check set `evaluation/gold/generalisation.jsonl` scores
them on whole articles. Every expected entity, nothing else (`parse_example` markup)."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "a head glued to a cardinal point is a region, and the company before it one name": (
        "Les travaux confiés à <ent label=ORG>Varlet Centre-Est</ent> touchent le "
        "<ent label=LOC>Centre-Est</ent> du pays."
    ),
    "a sentence-case name reads its complements on past a domain word": (
        "La <ent label=ORG>Fédération nationale des industries du carton</ent> a publié ses chiffres à "
        "<ent label=LOC>Limoges</ent>."
    ),
    "enumerated adjectives inside an official name": (
        "Selon le <ent label=ORG>Conseil régional économique, social et culturel</ent>, la hausse continue."
    ),
    "an adjective after 'des' is a noun inside an official name": (
        "La <ent label=ORG>Société nationale de transformation des oléagineux du Gabon</ent> a recruté."
    ),
    "a verb the tables file as an adjective form ends an official name": (
        "La <ent label=ORG>Banque régionale d'investissement</ent> financera le programme."
    ),
    "a capitalised plural trade word opens a firm's name": (
        "Les <ent label=ORG>Tanneries Valdor</ent> et les <ent label=ORG>Ciments du Rharb</ent> recrutent à "
        "<ent label=LOC>Kénitra</ent>."
    ),
    "names listed after a counted group of firms are firms": (
        "Trois coopératives installées à l'<ent label=ORG>Agropole de Berkane</ent>, <ent label=ORG>Oriental "
        "Agrumes</ent>, <ent label=ORG>Zegzel Miel</ent> et <ent label=ORG>Tafoughalt Bio</ent>, ont été "
        "primées."
    ),
    "a trailing head glued to a prefix closes a company name": (
        "La société <ent label=ORG>Sine Agro-Industries</ent> a doublé sa production."
    ),
    "an ampersand joins two names into one company": (
        "Le bureau d'études <ent label=ORG>Vernier & Kolb</ent> a rendu son avis."
    ),
    "a known place opening a longer place is that place": (
        "Dans la région <ent label=LOC>Dakhla-Oued Eddahab</ent>, la pêche progresse."
    ),
    "an all-capital word after an amount is a currency": (
        "Le kilo est vendu 410 FCFA, soit 3 milliards de FCFA et 25 millions DH au total."
    ),
    "a title phrase and the portfolio after it are no organisation": (
        "La délégation était conduite par <ent label=PER>Paola Ricci</ent>, Secrétaire d'Etat au "
        "Commerce extérieur."
    ),
    "a title word glued to a person is cut off": (
        "L'annonce a été faite par le député <ent label=PER>Lucien Bérard</ent> Adjoint parlementaire."
    ),
    "a capitalised title glued after a name types the organisation after it": (
        "De gauche à droite : <ent label=PER>Inès Morvan</ent> Directrice de <ent label=ORG>Cap Santé "
        "Bretagne</ent>, et <ent label=PER>Paul Hervé</ent>."
    ),
    "a company noun in apposition types the name before it": (
        "La région aide <ent label=ORG>Kestrel Composites</ent>, une PME de <ent label=LOC>Laval</ent> qui "
        "fabrique des pièces."
    ),
    "a sector word closes a company name": (
        "Les analystes de <ent label=ORG>Brocéliande Finance</ent> et de <ent label=ORG>Ouessant "
        "Logistics</ent> restent prudents."
    ),
    "a dateline in capitals is the place of the story": (
        "<ent label=LOC>LAUSANNE</ent> – Le <ent label=ORG>Conseil fédéral</ent> a tranché."
    ),
    "a cluster's name stops before the sentence's purpose": (
        "<ent label=ORG>Tanger Med</ent> a signé avec le <ent label=ORG>Cluster Agrotech Souss</ent> pour la "
        "formation de 500 techniciens."
    ),
    "a fund's name goes on with its purpose": (
        "Le <ent label=ORG>Fonds Hassan II pour le développement économique et social</ent> investit."
    ),
    "a pronoun and its verb opening a line are no name": (
        "Le <ent label=ORG>Cluster Solaire</ent> a reçu un label.\n\nNous avons signé avec "
        "l'<ent label=ORG>Université Ibn Zohr</ent>."
    ),
    "a dateline's city that is also a common noun stays a place": (
        "<ent label=LOC>Casablanca</ent> - La société <ent label=ORG>Ynna Tech</ent> a levé 3 millions de dirhams."
    ),
    "a dateline's city with its day and agency stays a place": (
        "<ent label=LOC>Rabat</ent>, 20 janv (<ent label=ORG>MAP</ent>) - La start-up <ent label=ORG>Nadafa Tech</ent> "
        "a levé 5 millions de dirhams."
    ),
    "a country opening a company's name after a lower-case word is part of it": (
        "La <ent label=ORG>BNDE</ent> a octroyé mercredi dernier un crédit de 2 milliards de francs "
        "<ent label=ORG>CFA</ent> à <ent label=ORG>Sénégal Céréales Transformation</ent>, qui produit des farines "
        "infantiles à base de mil."
    ),
    "a city's dateline before a bare company name is split off": (
        "<ent label=LOC>Alger</ent> - <ent label=ORG>Sonelgaz</ent> et l'<ent label=ORG>Agence nationale des "
        "déchets</ent> ont signé lundi une convention pour le recyclage."
    ),
    "a name defined by its acronym in brackets is read whole, capitalised words included": (
        "Le pôle a signé avec l'<ent label=ORG>Automotive Cluster Ostdeutschland</ent> (<ent label=ORG>ACOD</ent>) "
        "un mémorandum d'entente."
    ),
    "a lower-case tech word inside a head-led name": (
        "Le <ent label=ORG>Cluster medtech du Maroc</ent> organise une journée à <ent label=LOC>Rabat</ent>."
    ),
    "a dateline's dash before a counted kind ends the place": (
        "<ent label=LOC>Cotonou</ent> - Trois incubateurs béninois, <ent label=ORG>Etrilabs</ent> et "
        "<ent label=ORG>Bénin Digital Hub</ent>, ont reçu un label."
    ),
    "a glued lower-case compound inside a name": (
        "Selon l'<ent label=ORG>Association nationale des exportateurs de café-cacao de Guinée</ent>, "
        "la récolte baisse."
    ),
    "a region after 'en' is a place, though shaped like a demonym": (
        "Elle accompagne des entreprises en <ent label=LOC>Alsace</ent> et en <ent label=LOC>Lorraine</ent>."
    ),
    "a lower-case nationality before a name is a company": (
        "<ent label=ORG>Sonelgaz</ent> et l'américain <ent label=ORG>NORTHWIND POWER</ent> ont signé."
    ),
    "a heading word in capitals before a dash is no name": (
        "EXCLUSIF – Le patron de <ent label=ORG>Valtronic</ent> se confie."
    ),
    "a city then a tech word is a company or an incubator, and a tech word inside a longer name keeps it whole": (
        "Le label va à <ent label=ORG>Tlemcen Tech</ent> et à <ent label=ORG>Oran Startup House</ent>, "
        "membres de la <ent label=ORG>French Tech Méditerranée</ent>."
    ),
    "a company named after a French region is one name": (
        "<ent label=ORG>Eolis Normandie</ent> et <ent label=ORG>Kalyx Bretagne</ent> ouvrent une usine à "
        "<ent label=LOC>Caen</ent>."
    ),
    "a town in capitals then a full stop opens the story as its dateline": (
        "<ent label=LOC>GRENOBLE</ent>. Douze millions d'euros ont été levés par <ent label=ORG>Supernova "
        "Invest</ent>."
    ),
    "a heading word the model ran into the dateline leaves the place alone": (
        "COMMUNIQUÉ - <ent label=LOC>Thiès</ent>, le 14 janvier 2036\n\nLe <ent label=ORG>Pôle Agro-industriel "
        "de Thiès</ent> a signé."
    ),
    "a social post's header names its writer": (
        "<ent label=ORG>Thésame</ent> · Réseau d'entreprises · 4 100 abonnés\nNous accueillons <ent "
        "label=PER>Hugo Lefèvre</ent>."
    ),
    "a nominations column's item: the organisation in capitals, a dash, the person": (
        "<ent label=ORG>TECHNOPARK DE RABAT</ent> - <ent label=PER>Hassan Naciri</ent> a quitté la direction."
    ),
    "a venue noun and its complement are one venue, not only its town": (
        "Le salon se tiendra au <ent label=LOC>Palais des congrès de Sousse</ent>, puis au "
        "<ent label=LOC>parc des expositions d'Angers</ent>."
    ),
    "a column item's person with a Maghrebi given name after the organisation and a dash": (
        "Intro.\n\n<ent label=ORG>Technoparc d'Oran</ent> - <ent label=PER>Djamel Khelifi</ent> a été désigné directeur."
    ),
    "a venue named after a person is one venue, not an organisation and a person": (
        "Le forum aura lieu au <ent label=LOC>Centre international de conférences Abdou Diouf</ent>."
    ),
    "a hotel's name keeps its noun": "La rencontre se tiendra à l'<ent label=LOC>hôtel El Aurassi</ent>.",
    "a mixed-case column item: the organisation, a spaced dash, the person": (
        "Intro.\n\n<ent label=ORG>Cosmetic Valley</ent> - <ent label=PER>Hélène Marchal</ent> est nommée "
        "directrice générale."
    ),
    "a wire's agency, its bracket and dash end before the person after them": (
        "<ent label=LOC>Rabat</ent>, 16 juin (<ent label=ORG>MAP</ent>) - <ent label=PER>Omar Benjelloun</ent> a été "
        "nommé directeur."
    ),
    "an article and a common noun after a wire's dash are no name": (
        "<ent label=LOC>Tanger</ent>, 8 juin (<ent label=ORG>MAP</ent>) - La start-up <ent label=ORG>Zelija Foods</ent> "
        "a levé 3 millions."
    ),
    "a list's bullet opens no name": "Nominations\n▪ <ent label=PER>Mehdi Lahlou</ent> rejoint le groupe.",
    "a venue noun without a name after it is no name": (
        "Le centre de conférences de la ville sera rénové ; la salle des fêtes aussi."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_general_mechanism(entities_of, markup: str) -> None:  # type: ignore[no-untyped-def]
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]


# Entity F1 (all types) of the check sets written for this round, the achieved figure rounded
# down by 0.01 (docs/nlp.md has the first-look figures: 0.871 and 0.978).
CHECK_SET_FLOORS = {"generalisation.jsonl": 0.95, "generalisation2.jsonl": 0.98}


@pytest.mark.parametrize(("name", "floor"), CHECK_SET_FLOORS.items(), ids=CHECK_SET_FLOORS.keys())
def test_check_sets_hold_their_floor(analyzer, name: str, floor: float) -> None:  # type: ignore[no-untyped-def]
    from evaluation.runs import analyzer_annotator, entity_f1s
    from evaluation.scoring import evaluate, load_gold
    from evaluation.splits import GOLD_DIR

    gold = load_gold(GOLD_DIR / name)
    f1 = entity_f1s(evaluate(gold, analyzer_annotator(analyzer)(gold)).entities)["all"]
    assert f1 >= floor, f"{name}: entity F1 {f1:.3f} < {floor}"
