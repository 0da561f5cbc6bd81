"""The words around a name settle the type the model guessed (`pipeline/ner/context.py`) and
titles or peoples are not names (`pipeline/ner/junk.py`). Every expected entity, nothing else."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "a chamber's acronym and its place are one organisation": (
        "La <ent label=ORG>CCI de Sfax</ent> et le <ent label=ORG>CRI de Casablanca-Settat</ent> organisent un forum."
    ),
    "a chamber's acronym then its place read whole as a place by the model": (
        "La <ent label=ORG>CCI Nice Côte d'Azur</ent> accueille la start-up <ent label=ORG>Kelvya</ent>."
    ),
    "a network's acronym alone stays alone": (
        "La <ent label=ORG>CGEM</ent> réunit ses membres à <ent label=LOC>Rabat</ent>."
    ),
    "company noun before a name": (
        "Le fonds entre au capital de la start-up rennaise <ent label=ORG>Vortelis Data</ent>."
    ),
    "a place after 'à' then a company noun: the subject, not an apposition": (
        "Installée à <ent label=LOC>Nantes</ent>, la filiale de <ent label=ORG>Corvane</ent> recrute."
    ),
    "a place after 'à' then the next item of a list": (
        "Ses priorités : les missions à <ent label=LOC>Tanger</ent>, le fonds d'amorçage et la formation."
    ),
    "singular company noun, one name only": (
        "L'armateur <ent label=ORG>Navimar</ent> commande deux navires."
    ),
    "list after a company noun and a marker": (
        "Une dizaine de sociétés adhérentes, dont <ent label=ORG>Corvane</ent>, "
        "<ent label=ORG>Halbrit</ent> et <ent label=ORG>Menuiseries Tadlaoui</ent>, exportent."
    ),
    "plural company noun, list without marker": (
        "Les équipementiers <ent label=ORG>Sarvel</ent> et <ent label=ORG>Odrima</ent> recrutent."
    ),
    "role in an organisation": (
        "Le directeur général de <ent label=ORG>Farnelle</ent> a confirmé la commande."
    ),
    "organisations are the majority of a list": (
        "<ent label=ORG>Renault</ent>, <ent label=ORG>Safran</ent> et "
        "<ent label=ORG>Brossard</ent> financent le campus."
    ),
    "given name makes a person": (
        "La convention a été signée par <ent label=PER>Youssef Tahiri</ent> en fin de matinée."
    ),
    "name in apposition after a role": (
        "Le gouverneur de la province, <ent label=PER>Brahim Oulkadi</ent>, a inauguré l'unité."
    ),
    "apposition after a ministry portfolio (the model says LOC)": (
        "Le ministre de l'Industrie et du Commerce, <ent label=PER>Ryad Mezzour</ent>, a salué "
        "la démarche."
    ),
    "a title is not an organisation": (
        "Le ministre de l'Agriculture a reçu le président de la République à "
        "<ent label=LOC>Meknès</ent>."
    ),
    "a title before a person keeps the person": (
        "Selon le ministre des Finances <ent label=PER>Nadia Berrada</ent>, la dette baisse."
    ),
    "plural peoples are not places": (
        "Les Marocains et de nombreux Européens visitent <ent label=LOC>Essaouira</ent>."
    ),
    "national subsidiary is one organisation": (
        "Le directeur de <ent label=ORG>Valtronic Maroc</ent> rejoint le bureau."
    ),
    "a country the model left untagged after a firm is the firm's name": (
        "<ent label=ORG>Renault Maroc</ent> et l'<ent label=ORG>Université Abdelmalek Essaâdi</ent> ont signé "
        "un accord, comme <ent label=ORG>Valeo Tunisie</ent> mardi."
    ),
    "a common noun naming a firm before its country": (
        "Le pôle a signé une convention avec <ent label=ORG>Orange Côte d'Ivoire</ent> mardi."
    ),
    "a name after 'salon' is an event": (
        "Les coopératives exposent au salon <ent label=MISC>Agri Expo Sahel</ent>."
    ),
    "a chain of portfolios after 'ministre'": (
        "Le ministre de l'Énergie et des Mines a visité <ent label=LOC>Ouarzazate</ent>."
    ),
    "common word capitalised at a line start": (
        "Phosphate : le phosphate reste la première exportation de la région."
    ),
    "lower-case enumeration inside a chamber's name": (
        "La <ent label=ORG>Chambre de commerce, d'industrie et de services de Fès-Meknès</ent> "
        "forme les exportateurs."
    ),
    "a person after a head-led name": (
        "Il a rencontré le directeur de l'<ent label=ORG>Hôpital universitaire de Liège</ent> "
        "<ent label=PER>Marc Dufour</ent> hier."
    ),
    "a rank is not an organisation noun": (
        "Le chef de groupe <ent label=PER>Pierre Lemoine</ent> a dirigé l'intervention."
    ),
    "list items repeating 'de'": (
        "Des ingénieurs de <ent label=ORG>Renault</ent>, de <ent label=ORG>Safran</ent> et de "
        "<ent label=ORG>Brossard</ent> ont témoigné."
    ),
    "a list item with a connector": (
        "Trois sociétés, parmi lesquelles <ent label=ORG>Sardines du Nord</ent> et "
        "<ent label=ORG>Conserves Belhaj</ent>, exportent."
    ),
    "a known place inside a listed company": (
        "Les industriels <ent label=ORG>Agadir Fresh Foods</ent> et <ent label=ORG>Souss Primeurs</ent> "
        "recrutent."
    ),
    "hyphenated name before a trailing head": (
        "Le <ent label=ORG>Halton-Peel Transit Authority</ent> renouvelle sa flotte."
    ),
    "emergency service head": (
        "Les équipes du <ent label=ORG>Samu de Tiznit</ent> sont intervenues."
    ),
    "a common-noun acronym is not an organisation": (
        "Les OGM et le PIB font débat à <ent label=LOC>Bruxelles</ent>."
    ),
    "sentence-case institution name": (
        "Le projet est soutenu par l'<ent label=ORG>Office régional de la formation professionnelle</ent> "
        "depuis deux ans."
    ),
    "sentence-case name up to its acronym": (
        "Les essais ont lieu au <ent label=ORG>Centre technique des cuirs tannés</ent> "
        "(<ent label=ORG>CTCT</ent>)."
    ),
    "a common phrase after a head stays common": (
        "Le Centre de formation ouvre ses portes à <ent label=LOC>Safi</ent>."
    ),
    "members listed after a marker": (
        "Le réseau compte 40 membres, parmi lesquels <ent label=ORG>Brakvel</ent>, "
        "<ent label=ORG>Saldora</ent> et <ent label=ORG>Miraflux</ent>."
    ),
    "a trade noun before a company": (
        "La biotech <ent label=ORG>Genvoria</ent> lève des fonds auprès du cimentier "
        "<ent label=ORG>Calcaris</ent>."
    ),
    "ministry name ending on 'administration'": (
        "Le <ent label=ORG>ministère de l'Économie numérique et de la Réforme de l'administration</ent> "
        "finance le projet."
    ),
    "'port de' before a place": (
        "Les navires accostent au port de <ent label=LOC>Nador</ent> depuis mars."
    ),
    "weekday after an acronym": (
        "La <ent label=ORG>BMCI</ent> mardi a publié ses comptes."
    ),
    "a given name, then a surname opening on an elided capital": (
        "La cérémonie s'est tenue en présence de <ent label=PER>Koffi N'Guessan</ent>, nommé directeur."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_context(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]


def test_person_with_company_noun_stays_person(entities_of) -> None:
    """A given name after a company noun is the person, not a company ("l'entreprise de ...")."""
    found = dict(entities_of("Parmi les entreprises présentes, dont Karim Bennis, fondateur de Dakir."))
    assert found.get("Karim Bennis") == "PER"


def test_role_confirms_an_organisation_across_the_text(entities_of) -> None:
    """The model types "Kovalis" a place twice; "le fondateur de Kovalis" settles it for all."""
    text = ("Le baromètre Kovalis paraît jeudi. Selon Kovalis, la confiance recule. "
            "« La tendance est nette », dit Anne Leroux, la fondatrice de Kovalis.")
    assert {label for surface, label in entities_of(text) if surface == "Kovalis"} == {"ORG"}


def test_a_round_ups_rubric_before_a_dash_is_no_organisation(entities_of) -> None:
    """"SUBVENTION - Nautic Green, …": the model runs the rubric into the name after it; the rubric
    is a common word, so the column split keeps only the name."""
    text = "SUBVENTION - Nautic Green, adhérente du Pôle Mer Bretagne Atlantique, obtient 800 k€ de l'ADEME."
    surfaces = [surface for surface, _ in entities_of(text)]
    assert "Nautic Green" in surfaces and "SUBVENTION" not in surfaces
