"""Phrasings read on invented texts (round 2, session 19): the board that elects, a weekday opening
its sentence far from its verb, venues (the dev sets dev97-dev100 showed them)."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 1, 18)  # a Sunday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_the_board_that_elects_is_where_the_role_is(event_lexicon):
    text = ("Le pôle Vitalys a lancé lundi son appel à projets. Mercredi, le conseil d'administration d'Hydrelia a élu "
            "à sa présidence Julien Kessler, directeur d'une régie des eaux, en remplacement d'Anne-Sophie Muller.")
    appointments = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert [{(p.mention.surface, p.role.value) for p in e.participants} for e in appointments] == [
        {("Julien Kessler", "appointee"), ("Hydrelia", "organisation"), ("Anne-Sophie Muller", "predecessor")}]
    # the weekday opens its sentence, its verb is far: the past one of a round-up
    assert [e.date for e in appointments] == ["2037-01-14"]


def test_a_gathering_at_a_culture_centre_is_hosted_there(event_lexicon):
    text = ("Le Port autonome de Kribi organisera, du 11 au 13 juin, la première édition du Salon international de "
            "l'économie portuaire et logistique (SIEPL), au Centre culturel Joseph Ebanda.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Port autonome de Kribi", "organisation"), ("Centre culturel Joseph Ebanda", "host")}]


def test_a_founding_told_in_a_relative_clause_does_not_date_the_round(event_lexicon):
    text = ("Je suis heureuse de vous annoncer que Marelis, la start-up que j'ai cofondée il y a trois ans, vient de "
            "boucler une levée de 850 000 € auprès de Breizh Up.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)] == ["2037-01-18"]


def test_a_denied_appointment_is_none(event_lexicon):
    text = ("Minalogic – Contrairement à ce qui a été écrit ici la semaine dernière, Paul Garnier n'a pas été nommé "
            "directeur des opérations.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == []


def test_who_will_hold_a_post_is_appointed(event_lexicon):
    text = ("Carnet. Systematic Paris-Region – Lucie Fontaine occupera à compter du 1er février le poste nouvellement "
            "créé de directrice de l'innovation du pôle.")
    appointments = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert [{(p.mention.surface, p.role.value) for p in e.participants} for e in appointments] == [
        {("Lucie Fontaine", "appointee"), ("Systematic Paris-Region", "organisation")}]
    assert [e.date for e in appointments] == ["2037-02-01"]


def test_a_label_given_to_a_counted_group_goes_to_the_names_listed(event_lexicon):
    text = ("ALGER - Le Comité national de labellisation a attribué jeudi le label « Start-up » à deux jeunes "
            "entreprises incubées au Cyberparc de Sidi Abdellah : Tadamun Tech, qui développe une application de "
            "microassurance, et Sahla Logistique, spécialisée dans la livraison du dernier kilomètre.")
    labelled = found(text, event_lexicon, EventType.LABEL)
    assert {("Cyberparc de Sidi Abdellah", "labelled")} not in labelled
    assert {("Tadamun Tech", "labelled")} in labelled


def test_the_construction_of_its_plant_is_financed_for_the_article_s_company(event_lexicon):
    text = ("ZIGUINCHOR - La société Teranga Agro a inauguré le 13 janvier une unité de transformation de mangues. "
            "Sa construction a été financée à hauteur de 1,2 milliard de FCFA par le Fonds souverain "
            "d'investissements stratégiques (FONSIS).")
    recipients = [{p.mention.surface for p in e.participants if p.role.value == "recipient"}
                  for e in events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)]
    assert recipients == [{"Teranga Agro"}]


def test_bare_dinars_in_an_algerian_town_are_algerian(event_lexicon):
    text = ("SIDI BEL ABBES - Le Fonds national d'investissement (FNI) a pris lundi une participation de 1,2 milliard "
            "de dinars dans le capital du laboratoire Biopharm Tassili.")
    assert [e.amount.currency for e in events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED) if e.amount] == ["DZD"]


def test_a_sum_sought_is_no_funding(event_lexicon):
    text = "Sunavia, qui compte quinze salariés, cherche à lever 5 millions d'euros d'ici l'automne."
    assert found(text, event_lexicon, EventType.FUNDING) == []


def test_an_opening_studied_is_none(event_lexicon):
    text = ("CabloTech Maroc assure déjà la fourniture de trois constructeurs européens et étudie l'ouverture d'un "
            "centre de formation, sans calendrier précis.")
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_demo_day_of_an_accelerator_is_organised_by_it(event_lexicon):
    text = ("Demo Day - Le 20 février, le Technopark de Rabat accueillera le Demo Day de l'accélérateur StartGate, "
            "où douze jeunes pousses présenteront leurs projets à des investisseurs.")
    assert ("StartGate", "organisation") in found(text, event_lexicon, EventType.AGENDA)[0]


@pytest.mark.parametrize(("text", "venue"), [
    (("Le pôle Images & Réseaux donne rendez-vous à ses membres le 19 mars au Couvent des Jacobins, à Rennes, "
      "pour sa convention annuelle."), "Couvent des Jacobins"),
    (("Le pôle Tenerrdis réunira ses membres le 12 mars à la Maison Minatec, à Grenoble, pour ses Rencontres de "
      "l'énergie."), "Maison Minatec"),
])
def test_a_gathering_held_in_a_convent_or_a_maison_is_hosted_there(text, venue, event_lexicon):
    assert (venue, "host") in found(text, event_lexicon, EventType.AGENDA)[0]


def test_a_column_s_items_after_spaced_dashes_are_read_apart(event_lexicon):
    text = ("Les nominations de la semaine. Isabelle Fauconnier assure depuis lundi la présidence par intérim du pôle "
            "Hydreos. Une élection est prévue en juin. — Le cluster Lorntech a recruté Mehdi Saïdi comme directeur du "
            "développement ; il a pris son poste le 2 janvier.")
    appointments = roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert {("Mehdi Saïdi", "appointee"), ("Lorntech", "organisation")} in appointments


def test_an_appointment_told_in_passing_keeps_the_article_s_day(event_lexicon):
    text = ("Karima Ouali, nouvelle directrice générale de la Zone d'accélération industrielle de Dakhla, a présenté "
            "vendredi sa feuille de route aux investisseurs de la région.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)] == ["2037-01-18"]
    text = ("La cérémonie s'est déroulée en présence de Youssef Amrani, nouveau directeur général de Tanger Med Zones, "
            "nommé début janvier, et d'une délégation de chefs d'entreprise.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)] == ["2037-01"]


def test_a_name_typed_as_a_person_after_au_is_a_venue(event_lexicon):
    # the NER types « Quartz » a person here; no one's name follows "au"
    text = "Le 17 avril, le pôle Mer Bretagne Atlantique tient ses Rencontres de l'éolien flottant au Quartz, à Brest."
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("pôle Mer Bretagne Atlantique", "organisation"), ("Quartz", "host")}]


def test_a_round_dated_before_auprès_names_its_funder(event_lexicon):
    text = "La start-up Sensor a levé 600 millions de francs CFA en décembre auprès du Baobab Impact Fund."
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Sensor", "recipient"), ("Baobab Impact Fund", "funder")}]


def test_who_took_part_in_the_project_funds_the_article_s_company(event_lexicon):
    text = ("ZIGUINCHOR (APS) - La société Casamance Fruits a mis en service vendredi une unité de transformation. "
            "Le Fonds souverain d'investissements stratégiques a pris part au projet à hauteur de 2,5 milliards de "
            "francs CFA.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Fonds souverain d'investissements stratégiques", "funder"), ("Casamance Fruits", "recipient")}]


def test_a_post_entrusted_on_a_weekday_and_one_become(event_lexicon):
    text = ("Cosmetic Valley : le conseil a confié lundi la présidence à Héloïse Dumas, fondatrice d'un laboratoire "
            "de parfums à Chartres.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Héloïse Dumas", "appointee"), ("Cosmetic Valley", "organisation")}]
    text = ("Pôle Véhicule du Futur : Christophe Muller est devenu le 10 janvier délégué général du pôle, dont il était "
            "jusqu'ici directeur des projets.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)] == ["2037-01-10"]


def test_a_new_director_presented_is_appointed(event_lexicon):
    text = ("L'équipementier Sahel Automotive Systems a inauguré jeudi son centre de recherche à Sousse. À cette "
            "occasion, la direction a présenté la nouvelle directrice du centre, Rim Ayari, qui occupait jusque-là "
            "un poste d'ingénieure.")
    assert [{p.role.value for p in e.participants}
            for e in events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)] == [{"appointee", "organisation"}]


def test_production_launched_in_a_new_plant_opens_it(event_lexicon):
    text = ("Bizerte, 16 janv. (TAP) - Le câblier Medcâble a lancé le 12 janvier la production dans sa nouvelle usine "
            "de la zone industrielle de Mateur.")
    events = events_in(text, event_lexicon, EventType.OPENING, PUBLISHED)
    assert [e.date for e in events] == ["2037-01-12"]
    assert ("Medcâble", "organisation") in {(p.mention.surface, p.role.value) for p in events[0].participants}


def test_a_venue_typed_misc_after_where_it_is_held_hosts(event_lexicon):
    text = ("L'Association marocaine pour la logistique (AMLOG) organise le salon Logismed à la Foire internationale "
            "de Casablanca.")
    text = "Du 5 au 7 avril - " + text
    assert ("Foire internationale de Casablanca", "host") in found(text, event_lexicon, EventType.AGENDA)[0]


def test_an_interview_s_us_is_the_interviewee_s_organisation_named_by_title(event_lexicon):
    text = ("Entretien avec Mehdi Benjelloun, président du cluster Digital Nord, qui fédère les entreprises du "
            "numérique de la région de Tanger.\nComment est financée votre pépinière ?\nL'Agence de développement du "
            "digital nous a versé en janvier une subvention de 2 millions de dirhams.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Agence de développement du digital", "funder"), ("Digital Nord", "recipient")}]


def test_what_follows_dans_la_foulee_is_dated_by_the_day_told_before(event_lexicon):
    text = ("Le cluster Cuir du Sénégal a tenu le 14 janvier son assemblée constitutive à Dakar. Le cluster a signé "
            "dans la foulée une convention avec l'Agence de développement et d'encadrement des PME.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED)] == ["2037-01-14"]


def test_the_day_a_recruit_took_the_post_dates_the_appointment(event_lexicon):
    text = ("— Le cluster Lorntech a recruté Mehdi Saïdi comme directeur du développement ; il a pris son poste le "
            "12 janvier.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)] == ["2037-01-12"]


def test_members_meeting_again_at_a_venue_are_hosted_there(event_lexicon):
    text = ("Le cluster Énergie Solaire Algérie et ses partenaires se retrouveront les 8 et 9 février au Centre "
            "international de conférences Abdelatif-Rahal, à l'occasion des Journées du solaire.")
    assert ("Centre international de conférences Abdelatif-Rahal", "host") in found(
        text, event_lexicon, EventType.AGENDA)[0]
