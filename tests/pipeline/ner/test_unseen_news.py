"""Error classes seen on real news nobody had tuned on (issue 10), one invented case each.

Every expected entity, nothing else (`parse_example` markup, edsnlp style)."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "a verb opening a sentence is not a name": (
        "Cliquez ici pour lire la suite. Dessiner une carte prend du temps à "
        "<ent label=LOC>Vernolles</ent>."
    ),
    "a common noun opening a sentence is not a name": (
        "Décision prise lundi soir à <ent label=LOC>Vernolles</ent>."
    ),
    "an adverb opening a sentence is not a name": (
        "Normalement, la réunion aura lieu à <ent label=LOC>Rouen</ent>."
    ),
    "a word capitalised elsewhere in the text stays a name": (
        "<ent label=ORG>Arsenal</ent> recrute. Le club londonien <ent label=ORG>Arsenal</ent> a signé un "
        "défenseur."
    ),
    "a demonym is not a place": (
        "Le Portugais a marqué à la 23e minute, devant des Belges ravis, à "
        "<ent label=LOC>Charleroi</ent>."
    ),
    "a name never runs over a line break": (
        "Le match des <ent label=ORG>Vertigo Lions</ent>\nIntraitables à domicile, ils dominent."
    ),
    "a page number glued to a word is not a name": (
        "219Cette caisse soutient les grévistes de l'entreprise <ent label=ORG>Maltravia</ent>."
    ),
    "a sentence-case official name up to a relative clause": (
        "L'annonce a été faite par la <ent label=ORG>Confédération africaine de handball</ent> qui "
        "évoque un report."
    ),
    "a sentence-case name with 'et des' up to the verb": (
        "La limite fixée par l'<ent label=ORG>Office cantonal de la sécurité alimentaire et des "
        "affaires vétérinaires</ent> est dépassée."
    ),
    "a participle after a name opens a clause": (
        "La <ent label=ORG>Caisse de grève</ent> initiée par le syndicat a recueilli des dons."
    ),
    "a place after 'à' is not part of a sentence-case name": (
        "Le <ent label=ORG>Rif Cluster</ent> à <ent label=LOC>Nador</ent>, en présence de la "
        "présidente, a signé."
    ),
    "an institution noun with a place name": (
        "Selon la <ent label=ORG>préfecture de la Haute-Marelle</ent>, le <ent label=ORG>tribunal "
        "correctionnel de Vernolles</ent> a jugé l'affaire."
    ),
    "an institution noun with a name after it": (
        "Des chercheurs de l'<ent label=ORG>université Ouverte de Silvanie</ent> et du "
        "<ent label=ORG>lycée Marius Delorme</ent> ont publié."
    ),
    "a bare 'centre de' names a place": (
        "Le centre de <ent label=LOC>Rabat</ent> est fermé à la circulation."
    ),
    "an official two-word name": (
        "Le <ent label=ORG>Conseil fédéral</ent> a décidé, avec l'<ent label=ORG>Autorité portuaire</ent>, "
        "d'interdire le produit."
    ),
    "an administrative level is not one body": (
        "Le Conseil régional a voté le budget à <ent label=LOC>Agadir</ent>."
    ),
    "a ministry name keeps its nationality adjective": (
        "Selon le <ent label=ORG>ministère de la Santé tunisien</ent>, le bilan s'alourdit."
    ),
    "a place and a cardinal point are one place": (
        "Les migrants venus d'<ent label=LOC>Europe du Sud</ent> et d'<ent label=LOC>Afrique de "
        "l'Ouest</ent> s'installent."
    ),
    "a media noun before a name": (
        "Le site d'information <ent label=ORG>Les Veilleurs</ent> a publié l'enquête de la revue "
        "<ent label=ORG>Cellula Reports</ent>."
    ),
    "a common abbreviation is not an organisation": (
        "Les étudiants réunis en AG ont voté la grève, et la PMA fait débat à "
        "<ent label=LOC>Lyon</ent>."
    ),
    "an English sentence is not a name": (
        "Il écrit : The company has moved mountains - Thank You, avant de rejoindre "
        "l'entreprise <ent label=ORG>Brakvel</ent>."
    ),
    "a known organisation opening a longer name is another name": (
        "L'article a été partagé via <ent label=MISC>Google Actus</ent>, puis sur "
        "<ent label=ORG>Facebook</ent>."
    ),
    "a subsidiary keeps its own name": (
        "<ent label=ORG>Kovaris Capital</ent>, filiale de <ent label=ORG>Kovaris</ent>, investit."
    ),
    "a capitalised title glued to a person": (
        "La délégation était conduite par <ent label=PER>Samir Belhaj</ent> Ministre de "
        "l'Artisanat, et <ent label=PER>Claire Vannier</ent> Directrice de l'agence."
    ),
    "a title opening a name: the body after it": (
        "Le Président de <ent label=ORG>Vernolles Agglomération</ent> a reçu le Secrétaire "
        "d'Etat au commerce."
    ),
    "nouns in apposition to a head and 'et'": (
        "Le <ent label=ORG>Cluster cuir et maroquinerie de Meknès</ent> recrute."
    ),
    "a hyphenated name with 'et' stays whole": (
        "Le département du <ent label=LOC>Loir-et-Cher</ent> et la <ent label=ORG>Fédération des "
        "Chambres de Silvanie</ent> ont signé."
    ),
    "a name stops at a dash": (
        "Selon l'<ent label=ORG>Institut Marsal</ent> - un cabinet de conseil - le marché progresse."
    ),
    "sectors, currencies and verbs opening a heading are not names": (
        "Renforcer la filière : les Cosmétiques progressent de 5 millions de DH.\nOffshoring : la "
        "direction a voté."
    ),
    "a cardinal point and a place after 'de l''": (
        "Le pays est deuxième parmi ceux du <ent label=LOC>Nord de l'Afrique</ent> en 2018."
    ),
    "an English name keeps its connectors before a trailing head": (
        "Le <ent label=ORG>Atlas Textile and Leather Cluster</ent> organise une rencontre à "
        "<ent label=LOC>Fès</ent>."
    ),
    "a sentence-case name goes on through a known adjective to its place": (
        "L'<ent label=ORG>Office régional de développement agricole du Tadla</ent> a lancé un appel."
    ),
    "nouns in apposition to a head make a name without a place": (
        "Le <ent label=ORG>Cluster cuir et maroquinerie</ent> a tenu son assemblée."
    ),
    "a verb after a sentence-case name is not part of it": (
        "La <ent label=ORG>GIZ</ent> et l'<ent label=ORG>Union européenne</ent> financent le projet."
    ),
    "a role written in capitals before an organisation": (
        "Le PDG de <ent label=ORG>Brakvel</ent>, <ent label=PER>Omar Lahlou</ent>, a annoncé une usine."
    ),
    "a 'person' ending on a country with no given name is a subsidiary": (
        "Fondée en 2012, <ent label=ORG>Tecnalis Maroc</ent> emploie 120 personnes à "
        "<ent label=LOC>Kénitra</ent>."
    ),
    "a place and an area adjective are one place": (
        "Les investisseurs d'<ent label=LOC>Afrique subsaharienne</ent> et d'<ent label=LOC>Amérique "
        "latine</ent> arrivent."
    ),
    "a media title keeps 'de l'' and the name after it": (
        "Le quotidien <ent label=ORG>La Voix de l'Est</ent> rapporte la fermeture."
    ),
    "a company noun, an agreeing adjective, then a list": (
        "Les compagnies pétrolières <ent label=ORG>Varnex</ent>, <ent label=ORG>Sodipral</ent> et "
        "<ent label=ORG>Kimbala</ent> ont reçu des cargaisons."
    ),
    "a ministry name ends on an agreeing adjective": (
        "Le <ent label=ORG>ministère de la Santé et des Services sociaux</ent> a publié les chiffres."
    ),
    "a name cut at an inner apostrophe is still a person": (
        "Un reportage de <ent label=PER>Marion Kerl'han</ent> et <ent label=PER>Yves Dantec</ent>."
    ),
    "a given name that is also a common word is not a person alone": (
        "Les ventes de jouets reculent avant <ent label=MISC>Noël</ent> à <ent label=LOC>Lyon</ent>."
    ),
    "a known given name alone is a person": (
        "« On glisse », raconte <ent label=PER>Nadia</ent>, étudiante à <ent label=LOC>Saint-Denis</ent>."
    ),
    "a company legal form is a company cue": (
        "Selon <ent label=ORG>Brightline Analytics Inc</ent>., le marché croît de 4 %."
    ),
    "a spaced dash before a common word ends a name (byline)": (
        "Par <ent label=PER>Leila Ben Salah</ent> - Publié le 12 mars 2020."
    ),
    "a photo credit abbreviation is not an organisation": "Crédit photo : DR",
    "a sports report names its clubs by their city": (
        "<ent label=ORG>Valmont</ent> s'impose face à un <ent label=ORG>Brenne</ent> trop prévisible. Le "
        "match a basculé sur un penalty et le championnat reprend. Les joueurs du club restent à trois "
        "points de <ent label=ORG>Dorsey</ent> au classement, et l'équipe y croit."
    ),
    "a boxer named after 'contre' stays a person": (
        "Le boxeur a gagné son match contre <ent label=PER>Cerdini</ent> au championnat, un combat au "
        "classement mondial. <ent label=PER>Cerdini</ent> a battu trois adversaires."
    ),
    "a participle opening a sentence is not a name": (
        "Surpeuplé, le quartier abrite 20 000 habitants selon la <ent label=ORG>mairie de "
        "Valbonne</ent>."
    ),
    "a plural noun and its agreeing participle opening a line are not a name": (
        "Poubelles brûlées, vitrines cassées : la nuit a été agitée à <ent label=LOC>Lyon</ent>."
    ),
    "a plural place name opening a sentence stays a place": (
        "<ent label=LOC>Tours</ent> accueille le festival."
    ),
    "a common word after an institution's place starts a title, not the name": (
        "Un article publié dans le journal de l'<ent label=ORG>université de Valbonne</ent> "
        "Misinformation review."
    ),
    "an abstract noun alone on a heading line": (
        "Performativité\nLes éditions <ent label=ORG>Tavernier</ent> rééditent l'ouvrage."
    ),
    "a lower-case park head, an adjective and 'de' + place: the whole facility is the place": (
        "Le groupe <ent label=ORG>Kora Tech</ent> a ouvert un atelier dans le "
        "<ent label=LOC>parc industriel de Kounoune</ent>. Il visitait le parc de "
        "<ent label=LOC>Bercy</ent> hier et le parc scientifique <ent label=ORG>Riviera Tech</ent>."
    ),
    "a park named 'Aéroparc de X' is one name, not the park and a town": (
        "L'entreprise a ouvert une usine au sein de l'<ent label=ORG>Aéroparc de Saint-Jean</ent>."
    ),
    "a known name read on after a lower-case head: the head is a cue, not part of the name": (
        "Passation à la tête du cluster <ent label=ORG>Menara Logistique</ent> : "
        "<ent label=PER>Hamid Kettani</ent> remplace <ent label=PER>Nadia Berrada</ent>."
    ),
    "a participle qualifying a noun inside a name, then 'de' + place": (
        "Un accord avec l'<ent label=ORG>École nationale des arts appliqués de Tétouan</ent> pour ses "
        "élèves. L'<ent label=ORG>Agence de développement</ent> créée en 2010 suit le dossier."
    ),
    "a long institution name goes on after 'à l''": (
        "Le projet a reçu une aide de la <ent label=ORG>Délégation générale à l'innovation sociale</ent>."
    ),
    "a long institution name goes on over a noun the tables do not know": (
        "Une aide de 300 millions de FCFA de la <ent label=ORG>Délégation générale à l'entrepreneuriat "
        "féminin</ent> soutient le projet."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_unseen_news_error_class(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]


def _resolved(analyzer, text: str) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Canonical name -> surfaces, after the NLP stage and resolution of one article."""
    from pipeline.resolve.corpus import resolve

    batch = [("a1", analyzer.annotate_text(text))]
    resolution = resolve(batch, [], [])
    names = {e.entity_id: e.name for e in resolution.entities}
    out: dict[str, set[str]] = {}
    for m in resolution.mentions:
        out.setdefault(names[m.entity_id], set()).add(m.surface)
    return out


def test_acronym_after_a_lower_case_generic_head_is_one_known_entity(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _resolved(analyzer, "Le pôle de compétitivité Mer Bretagne Atlantique (PMBA) réunit ses "
                                "membres. Le PMBA compte 350 adhérents.")
    assert found["Pôle Mer Bretagne Atlantique"] == {
        "pôle de compétitivité Mer Bretagne Atlantique", "PMBA"}
    assert len([name for name in found if name != "Pôle Mer Bretagne Atlantique"]) == 0


def test_a_typo_in_the_head_word_is_the_same_organisation(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _resolved(analyzer, "Le Clustre Agrotech Tafilalet a signé une convention. Le Cluster "
                                "Agrotech Tafilalet regroupe 40 entreprises.")
    assert len(found) == 1
    assert next(iter(found.values())) == {"Clustre Agrotech Tafilalet", "Cluster Agrotech Tafilalet"}


def test_a_civility_without_full_stop_is_the_same_person(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _resolved(analyzer, "Karim Benslimane, président du réseau, a ouvert la séance. "
                                "M Benslimane a rappelé les objectifs.")
    people = [surfaces for name, surfaces in found.items() if "Benslimane" in name]
    assert len(people) == 1


def test_an_acronym_and_its_long_form_in_apposition_are_one_entity(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _resolved(analyzer, "Le CNVS, Comité national des vergers du Souss, a tenu sa réunion. Le "
                                "Comité national des vergers du Souss compte 40 membres.")
    assert found == {"Comité national des vergers du Souss": {"CNVS", "Comité national des vergers du Souss"}}


def test_an_acronym_before_a_name_it_does_not_spell_stays_apart(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _resolved(analyzer, "Le SNVB, Force ouvrière et Solidaires appellent à la grève.")
    assert not any({"SNVB", "Force ouvrière"} <= surfaces for surfaces in found.values())
    assert any("SNVB" in surfaces for surfaces in found.values())
