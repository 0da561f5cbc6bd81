"""Forms the reader missed until round 2, session 29: a post whose emoji follows « ! » (« C'est le
grand jour ! 🎈 X inaugure … »: X opens its clause, the park after « au sein de » hosts), and
institution names the entity layer cut at « et de » (the event names the whole institution).
Invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import dated_roles_in, roles_in

PUBLISHED = date(2030, 9, 20)


def test_a_post_names_its_opener_after_an_emoji(event_lexicon):
    text = ("C'est le grand jour ! 🎈 Datanova Systems inaugure aujourd'hui ses nouveaux bureaux au sein de la "
            "Technopole d'Oujda : 400 m² pour nos équipes.")
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == [
        {("Datanova Systems", "organisation"), ("Technopole d'Oujda", "host")}]


def test_the_thanks_after_an_emoji_still_name_the_funder(event_lexicon):
    text = ("C'est officiel : Sunverda a bouclé cette semaine son tour d'amorçage de 900 k€ ! 🙌 Merci au réseau "
            "Provence Business Angels, qui a mené l'opération.")
    found = roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert found and ("Sunverda", "recipient") in found[0]


def test_a_ministry_named_whole_organises_a_gathering(event_lexicon):
    text = ("Le Salon national de l'innovation se tiendra du 3 au 5 décembre à Alger, sous l'égide du Ministère de "
            "l'Économie de la connaissance et des Start-up.")
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        {("Ministère de l'Économie de la connaissance et des Start-up", "organisation")}]


def test_partners_named_whole(event_lexicon):
    text = ("La Bourse algérienne de sous-traitance et de partenariat (BASTP) et l'Agence algérienne de promotion de "
            "l'investissement ont conclu mardi une convention de coopération.")
    assert roles_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED) == [
        {("Bourse algérienne de sous-traitance et de partenariat", "partner"),
         ("Agence algérienne de promotion de l'investissement", "partner")}]


def test_a_funder_after_a_past_month(event_lexicon):
    text = "Nous, Sirocco Labs, avons levé 150 millions de dinars en août dernier auprès de l'Algerian Startup Fund."
    found = roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert found and ("Algerian Startup Fund", "funder") in found[0]


def test_a_post_writer_announces_their_own_nomination(event_lexicon):
    text = ("Heureux de vous annoncer ma nomination comme délégué général de Solarvalis, à compter du 2 octobre ! "
            "Je succède à Laure Mercadier, que je remercie chaleureusement.\n"
            "Julien Fabre")
    assert dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED) == [
        ("2030-10-02", {("Julien Fabre", "appointee"), ("Solarvalis", "organisation"), ("Laure Mercadier", "predecessor")})]


def test_a_post_writer_is_the_new_director(event_lexicon):
    text = ("Depuis le 1er septembre, je suis le nouveau directeur de Cedar Hub Labs. Je succède à Ines Karam, "
            "que je remercie pour la passation.\n"
            "Anis Haddad")
    assert dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED) == [
        ("2030-09-01", {("Anis Haddad", "appointee"), ("Cedar Hub Labs", "organisation"), ("Ines Karam", "predecessor")})]


_SIGNED_POST = ("Quelle semaine pour Lumentis ! 🎉\n"
                "Jeudi, nous avons été labellisés « Entreprise innovante » par Bpifrance. Et ce mois-ci, nous avons "
                "signé un partenariat avec le CHU de Rennes pour tester notre capteur.\n"
                "Maëlle Le Bris, CEO de Lumentis")


def test_we_in_a_signed_post_is_the_signer_organisation_not_a_name_after_a_quoted_label(event_lexicon):
    assert roles_in(_SIGNED_POST, event_lexicon, EventType.LABEL, PUBLISHED) == [{("Lumentis", "labelled")}]


def test_we_after_a_hyphenated_time_phrase_signs(event_lexicon):
    assert roles_in(_SIGNED_POST, event_lexicon, EventType.PARTNERSHIP, PUBLISHED) == [
        {("Lumentis", "partner"), ("CHU de Rennes", "partner")}]


def test_we_organise_in_an_interview_answer_is_the_interviewee_organisation(event_lexicon):
    text = ("Entretien avec Yao Koffi, président du réseau Lagune Angels.\n"
            "Le Quotidien : Quels sont vos prochains rendez-vous ?\n"
            "Yao Koffi : Nous organisons les 5 et 6 novembre les Journées des investisseurs à Abidjan.")
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [{("Lagune Angels", "organisation")}]


def test_we_hope_is_no_gathering(event_lexicon):
    text = ("Entretien avec Yao Koffi, président du réseau Lagune Angels.\n"
            "Le Quotidien : Un salon à venir ?\n"
            "Yao Koffi : Nous espérons organiser un jour un salon des investisseurs à Abidjan.")
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == []


def test_a_gathering_that_we_organise_is_the_interviewee_organisation(event_lexicon):
    text = ("Entretien avec Ainhoa Etxeberria, présidente du cluster Navarra Agroalimentaria.\n"
            "Le Journal : Un rendez-vous à venir ?\n"
            "Ainhoa Etxeberria : Le Forum de l'agroalimentaire, que nous organisons les 17 et 18 mai à Pampelune.")
    assert roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 2, 22)) == [{("Navarra Agroalimentaria", "organisation")}]


def test_openings_only_wished_asked_about_or_put_off_are_none(event_lexicon):
    texts = ["R. A. : Nous pourrions ouvrir un bureau à Paris, mais ce n'est pas décidé.",
             "Son directeur précise que l'ouverture d'un bureau à Casablanca « n'est pas encore tranchée ».",
             "Le Journal : On dit que vous allez ouvrir une antenne à Dakar.",
             "Nantes - L'ouverture d'un troisième bâtiment sur la technopole, un temps annoncée, est repoussée sans date.",
             "La société Zaatar Analytics compte recruter six développeurs d'ici à la fin de l'année et ouvrir un bureau à Amman.",
             "L'argent servira à ouvrir de nouveaux entrepôts à Marrakech et à Fès."]
    assert [roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) for text in texts] == [[]] * len(texts)


def test_money_that_will_open_a_dated_site_still_opens_it(event_lexicon):
    text = ("La start-up Olivia Agritech a levé 20 millions de dirhams. Une partie des fonds servira à ouvrir en "
            "octobre une ferme pilote à l'Agropolis de Meknès.")
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == [
        {("Olivia Agritech", "organisation"), ("Agropolis de Meknès", "host")}]


def test_a_post_signed_after_a_dash_above_its_hashtags_names_its_writer(event_lexicon):
    text = ("Je succède à François Aubert à la présidence du réseau Initiative Loire Sud, et je le remercie pour la "
            "transition.\n"
            "— Claire Vassal\n"
            "#entrepreneuriat #transmission")
    found = roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert found and ("Claire Vassal", "appointee") in found[0]
