"""Who a sentence speaks of: names and the words that stand for them ("le pôle", "Elle").

Why: news names an organisation once and then writes "le pôle", "la fondation", "l'entreprise"
or "Elle"; the event found three sentences later must still know whose money or label it is.
A `Referent` is a stretch of the sentence that designates one or more entity mentions.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, pairwise

from pipeline.events.dates import past_weekdays
from pipeline.events.lexicon import Lexicon
from pipeline.events.records import Amount
from pipeline.events.text import EMOJI, Sentence, sentences
from pipeline.records import AnnotatedArticle, DateMention, EntityMention, RoleMention
from pipeline.text import fold_keep_offsets

_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:le|la|l'|les|un|une|son|sa|ses|cette|ce|cet)\s*)?(?:[\w'-]+\s+){0,3}$")
# after a comma that closes a clause, a preposition names where, not who: "… organise X du 13 au 15 juin, au Technopark Y."
_PLACE_AFTER_CLAUSE = re.compile(r"^\s*(?:au|aux|a|dans|sur|chez)\s")
_PREPOSITION_AFTER_CLAUSE = re.compile(r"^\s*(?:aupres|par|avec|pour|contre|selon|grace)\b")
# an adjective of origin ("lyonnais", "tunisienne") and a word of a complement, never a verb or a link
# ("cairote", "chypriote", "burkinabè")
_ORIGIN_ADJECTIVE = r"(?:(?:[a-z]+(?:ien|ienne|ais|aise|ain|aine|ois|oise|al|ale|an|ane|ol|ole|ou|oue|iote|rote)|grec|grecque|belge|suisse|turc|turque|burkinabe)\s+)"
_COMPLEMENT_WORD = r"(?:(?!(?:a|ont|est|sont|et|ou|par|pour|avec|qui|que|dont|chez)\s)[a-z'-]+\s+)"
# a longer description with no verb: "Le fabricant de pièces plastiques Kemira Parts a …"
# ("L'éditeur égyptien de logiciels bancaires NileSoft a …": an adjective may follow the noun)
_LONG_SUBJECT_PREFIX = re.compile(rf"^\s*(?:le|la|l'|les|un|une)\s*[a-z-]+\s+{_ORIGIN_ADJECTIVE}?"
                                  r"(?:(?:de|d'|du|des|en)\s*)[\w'-]+\s+(?:[\w'-]+\s+){0,3}$")
# (", où le pôle X et l'agence Y ont signé": "où" after a comma, folded "ou", before a name opens a clause too)
_CLAUSE_START = re.compile(r"(?:[!?]\s+[" + EMOJI + r"]+\s*|\bque\s|\bqu'|;|:|\bdont\s|\bet\s+(?=(?:elle|il)\b)|,\s*ou\s+(?=(?:le|la|l'|les)\s*(?:[a-z-]+\s+){0,2}(?:#|$)))")
# an organisation noun and its complement before a name: "La start-up de livraison du dernier kilomètre X"
# (never "Le cluster organisera les Rencontres …": a complement, not a verb, follows the noun)
_DESCRIBED_BY = rf"s?\s+{_ORIGIN_ADJECTIVE}?(?:de|d'|du|des|en)\s*{_COMPLEMENT_WORD}{{1,5}}$"
# up to two words between an organisation noun and a name, none of them a verb or a link:
# "l'équipementier allemand Nordwind Cables", not "le cluster a désigné Amine Squalli"
_NOT_A_VERB = r"\s+(?:(?!(?:a|ont|est|sont|avait|sera|et|de|du|des|par|pour|avec)\s)[a-z'-]+\s+){0,2}$"
_PRONOUN = re.compile(r"^(?:elle|il)\b")
_LATTER = re.compile(r"^(?:ce dernier|cette derniere|celui-ci|celle-ci)\b")
# a finite verb: the words before a comma that have one are a clause, not an opening phrase
# a subject alone before a comma: "La société #####", "#####"
_NAMED_SUBJECT = re.compile(r"\s*(?:(?:(?:la|le|les)\s+|l')(?:[a-z-]+\s+){0,2})?#+\s*(?:\(\s*#+\s*\)\s*)?")
_FINITE = re.compile(r"\b(?:(?<!grace )a\s+(?!(?:cette|cet|ces)\b)(?:ete|\w+(?:e|i|u|is|it|ert))|ont|est|sont|sera|seront|avait|avaient|va|vont|vient|"
                     r"viennent|font|(?<!\bun )(?<!\bune )(?<!\bl')(?<!\bcette )(?<!\bce )(?<!\bson )(?<!\bsa )(?<!\bleur )(?<!\ble )(?<!\bla )"
                     # ("à la veille de cette annonce, mardi, le cluster a signé": a noun after a determiner)
                     r"(?:fait|signe|annonce|lance))\b")
# a named subject and its verb ("le ### organise …"): a clause, so a name after its closing comma is no subject
_FINITE_PRESENT = re.compile(r"#\s+(?:(?:a|ont|est|sont|va|vont|vient|sera)\s+)?[a-z]{3,}(?:e|ent|it|nt|ra)\b")
# a territorial or public body the NER stage may type as a place ("Région Pays de la Loire",
# "Métropole de Lyon", "Union européenne"): it acts as an organisation (ANNOTATION.md: ORG|LOC)
_PUBLIC_BODIES = (r"region|metropole|conseil|commune|communaute|departement|prefecture|wilaya|province|collectivite|"
                  r"agglomeration|union europeenne|commission europeenne|ville de")
_INSTITUTION = re.compile(rf"^(?:{_PUBLIC_BODIES})\b")

# a gathering's venue, whatever type the NER gives it ("Palais des congrès de X", "hôtel X", "Villa X")
VENUE_HEAD = re.compile(r"^(?:palais|parc (?:des|d')\s*expo\w*|espace|centre culturel|theatre|auditorium|amphitheatre|hangar|docks?|pavillon|centre (?:international )?d\w* ?(?:conferences|congres|conventions|expositions)|"
                        r"cite (?:des congres|internationale)|musee|"
                        r"(?:grand )?hotel|villa|halle|carrousel|salle)\b")
_HORIZON = re.compile(r"\ba l.horizon\s+(?:de\s+)?$")
# a nominations column's item: its organisation, then a spaced dash ("Vitagora - Lucie Garnier …")
_ITEM_DASH = re.compile(r"\s+[-–—]\s+")
# Nouns of the focus anaphors that only a company can be, and the organisations that are not one
_COMPANY_NOUNS = frozenset({"entreprise", "societe", "start-up", "startup", "scale-up", "jeune pousse", "jeune entreprise", "firme",
                            "pme", "filiale", "equipementier", "industriel", "fabricant", "constructeur", "biotech",
                            "medtech", "fintech", "agritech", "foodtech", "greentech", "healthtech", "edtech"})
# an investor by its name: "Teranga Capital", "Elaia Partners", "Kima Ventures", "Argan Invest"
# "la société de gestion", "la société d'investissement": the fund's manager, a company noun for the funder itself
_MANAGER_NOUN = re.compile(r"\W*(?:la|le|l.|cette)?\s*societe\s+(?:de gestion|d.investissement|de capital)(?!\s+(?:du|de la|de l.|des|d.)\s*\w)")
_INVESTOR_NAME = re.compile(r"\b(?:capital|partners|ventures|invest|investment|investissement|fund|gestion|amorcage)"
                            r"(?:\s+(?:[ivx]+|\d+))?$")  # "Berytech Fund III"
_ANY_COMPANY_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_COMPANY_NOUNS, key=len, reverse=True)) + r")\s+(?:[a-z-]+\s+){0,2}$")
# (nor a park that hosts companies: "Le parc X abrite le centre de Y. Certifiée …, la société …" is Y)
_FUND_NOUN_BEFORE = re.compile(r"\bfonds\s+(?:[a-z-]+\s+)?$")
_FUNDER_NOUN_BEFORE = re.compile(r"\b(?:fonds|banque|agence|caisse|investisseur)\s+(?:[a-z-]+\s+)?$")
_PUBLIC_OR_FUNDER = re.compile(rf"^(?:{_PUBLIC_BODIES}|agence|ministere|banque|fonds|caisse|bpifrance|etat|"
                               r"societe financiere|societe d.investissement|institution financiere|proparco|ifc|sfi|bei|berd|afd|"
                               r"parc|technopole|technopark|technoparc|technopolis|zone|pepiniere|village|cyberparc|agropole|agropolis)\b")

_APPOSITION_THEN_VERB = re.compile(r",[^,;:]{1,80},\s*(?:(?:a|ont|avait|avaient|est|sont|va|vont|sera|seront|vient|viennent)\s"
                                   r"|s.est\s|se sont\s|se voit\s|se voient\s)")  # "…, installée sur le site, s'est vu attribuer"
_OPENING_PHRASE = re.compile(r"^(?:[^,;#]{3,60},\s*){1,3}(?=(?:elle|il)\b)")
# a verbless description of the subject to come, naming another organisation ("Adhérente du pôle X, elle ouvrira",
# "Incubée chez X depuis 2023, la jeune pousse ouvrira"): X is neither the pronoun nor the noun
_FRONTED_DESCRIPTION = re.compile(r"^(?:membre|adherente?|incubee?|hebergee?|accompagnee?|soutenue?|issue|nee|filiale|"
                                  r"installee?|implantee?|basee?|laureate?|residente?|pensionnaire|partenaire|labellisee?)"
                                  r"\s[^,;:.]{2,90}#[^,;:.]{0,40},\s*(?=(?:elle|il)\b|(?:la|le|l.)\s*[a-z])")
_BETWEEN_BOTH = re.compile(r"\bentre (les deux (?:organismes|institutions|entites|acteurs|parties|organisations))\b")
_LIST_GOES_ON = re.compile(r"^\s*(?:,|et\b|ainsi que\b|\()")
# a verbless opening phrase on a past participle ("Arrivé le 1er juin à la tête de l'Agence X, ")
_PARTICIPLE_PHRASE = re.compile(r"^\s*[a-z-]{2,}(?:e|ee|es|ees|i|ie|is|u|ue|us)\s[^,;:.]{3,100},\s*$", re.IGNORECASE)


def _sentence_start(folded: str, position: int) -> int:
    stop = folded.rfind(". ", 0, position)
    return max(stop + 2 if stop >= 0 else 0, folded.rfind("\n", 0, position) + 1)
_LIST_GAP = re.compile(r"^\s*(?:,|et|ainsi que)\s*(?:(?:le|la|l'|les)\s*)?$")
# a place that completes the name before it: "le Parc X (PTN) de Diamniadio et l'Agence Y (AFD) ont signé"
_PLACE_OF_NAME = re.compile(r"[#)]\s*(?:de|d')\s*$")
_JOINT_VERB = re.compile(r"^\s*(?:\(\s*#*[^()]{0,15}\)\s*)?(?:,\s*)?(?:ont|se sont|s'associent|s'allient|s'unissent|signent|concluent|lancent|"
                         r"unissent|vont|s'engagent)\b")
_SIGNED_WITH = re.compile(r"\b(?:convention|accord|protocole|partenariat|contrat|memorandum|signe\w*|conclu\w*)\b"
                          r"[^.;#]{0,40}\bavec\s*(?:(?:le|la|l'|les)\s*)?$")
_GRANTED_SLOT = re.compile(r"\b(?:accorde\w*|octroye\w*|verse\w*|alloue\w*|attribue\w*|consenti\w*)\b[^.;#]{0,60}\d"
                           r"[^.;#]{0,30}\sa\s*$")
# who invests: "auprès d'Aquitaine Transition Fund", "menée par Occitanie Croissance"
# "Un prêt de 800 000 euros a été accordé à Maritec par …": a sum granted in the passive goes to an organisation
_PASSIVE_GRANTED_SLOT = re.compile(r"\d[^.;#]{0,40}\s(?:a|ont|sera|seront|est|sont|va|vont|vient|viennent)\s+"
                                   r"(?:ete|etre|d.etre)\s+(?:\w+ment\s+)?(?:accorde|octroye|alloue|attribue|verse|"
                                   r"consenti|debloque)e?s?\s+(?:a la|a l'|au|aux|a)\s*$")
# "Le label French Tech Seed vient d'être attribué à Picomole": who gets a label is an organisation
_LABEL_GRANTED_SLOT = re.compile(r"\b(?:label|certification|distinction)\b[^.;]{0,60}\b(?:attribue|decerne|remis|accorde|"
                                 r"octroye|delivre)e?s?\s+(?:a la|a l'|au|aux|a)\s*$")
# "Le fonds Breizh Up investit dans Kerfrost": what a fund invests in is a firm
_INVESTS_IN_SLOT = re.compile(r"\b(?:investi\w*|entre\w*|entree)\s+(?:\w+\s+)?(?:dans|au capital de)\s*(?:la|le|l')?\s*"
                              r"(?:(?:start-up|startup|jeune pousse|societe|pme|entreprise|biotech|medtech|fintech)\s+(?:[a-z-]+\s+)?)?$")
# "Bonne nouvelle pour Cyclopharm : la PME lyonnaise a obtenu …": the name the colon's noun takes up
_COLON_THEN_NOUN = re.compile(r"^\s*:\s*(?:la|le|l')\s*")
# "un prêt de 45 millions d'euros en faveur de Tassili Solaire": who a sum is for is no person or place
_SUM_FOR_SLOT = re.compile(r"\d[^.;#]{0,40}\s(?:en faveur|au profit|au benefice)\s+(?:de la|de l'|du|des|de|d')\s*$")
# "Un centre a été ouvert le 2 avril par Aérodrone Concept": who opens a site is no person (a person's given name aside)
_OPENED_BY_SLOT = re.compile(r"\b(?:a|ont|sera|seront)\s+ete\s+(?:ouvert|inaugure|installe|implante|mis en service)e?s?\s+"
                             r"(?:[^#.;,]{0,40}\s)?par\s*$")
_INVESTOR_SLOT = re.compile(r"(?:\baupres\s+(?:de la|de l'|du|des|de|d')|\b(?:mene|menee|conduit|conduite|pilote|pilotee|souscrite?s?)\s+par"
                            r"\s*(?:la|le|l')?)\s*(?:(?:fonds|banque|groupe|investisseur|reseau)\s+(?:[a-z-]+\s+)?)?$"
                            # "… auprès d'X (ASF) et de Y": the next investor of the list
                            r"|\baupres\s+(?:de la|de l'|du|des|de|d')\s*#[^.;!?]{0,60}?(?:,|\bet)\s*(?:de la|de l'|du|des|de|d')\s*$")
_RAISES = re.compile(r"^\s*(?:,[^,.;#]{0,80},\s*)?(?:a|avait|vient d.|venait d.|annonce|a annonce|"
                     # "Kaptis, qui s'est installée lundi au Bioparc, …": a relative clause tells the same acts
                     r",\s*qui\s+(?:a|s.est|vient de s.|vient d.))\s+(?:[a-z']+\s+){0,3}?"
                     r"(?:leve|boucle|obtenu|finalise|realise|securise|decroche|avoir boucle|avoir leve|inaugure|demarre|"
                     # "Néolithe a été labellisée": who gets a label or a certification is a firm too
                     r"ouvert|mis en service|installe|implante|labellise|relabellise|certifie)(?:e|es|s)?\b")
_ORGANISES = re.compile(r"\s*(?:,\s*qui\s+)?(?:organise|organisera|organisent|organiseront|co-?organise\w*|tiendra|tiendront|convie|conviera)\b")
_FIRM_ACTS = re.compile(r"^\s*(?:(?:a|vient d.|annonce|a annonce)\s+(?:[a-z']+\s+){0,2}?(?:(?:leve|boucle|securise|avoir boucle|avoir leve)\b"
                        r"|(?:inaugure|ouvert|demarre|installe|implante|mis en service)\s+(?:[a-z]+\s+){0,2}?(?:son|sa|ses)\s)"
                        # "Oceanwind signe avec X et Y un accord": who signs with an organisation
                        r"|(?:a\s+)?(?:signe|conclu|conclut|paraphe)\s+(?:[a-z-]+\s+){0,4}?avec\b"
                        # "Sahel Conserves a obtenu un prêt de", "Breizh Algae boucle un tour d'amorçage"
                        r"|(?:a\s+obtenu|obtient|leve|boucle|decroche|securise|finalise)\s+(?:un|une)\s+"
                        r"(?:pret|financement|subvention|credit|enveloppe|tour|levee|augmentation de capital)\b)")
# names in apposition to members: "deux de ses start-up, A et B", "ses adhérents A, B et C"
_MEMBERS_APPOSED = re.compile(r"\b(?:(?:[a-z-]+\s+)?(?:de|d')\s*)?(?:ses|leurs|nos)\s+(?:start-up|startups|entreprises|adherents|"
                              r"membres|pme|societes|filiales|laureats)\s*,\s*(?:#+\s*(?:,|et)\s*)*$")
# the first name listed after a counted group of firms and a colon: "deux jeunes entreprises de la Technopole X : A"
_COUNTED_FIRMS_LISTED = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:de\s+(?:ses|leurs|nos)\s+)?"
                                   r"(?:[a-z-]+\s+){0,2}?(?:entreprises|start-up|startups|jeunes pousses|societes|pme|"
                                   r"structures|incubateurs|cooperatives|adherents|membres|laureats)\b[^.;:«»]{0,100}?:\s*"
                                   r"(?:(?:le|la|l')\s*)?$")
# who raised a sum: "Les 3 M€ levés par Lumibio"
_RAISED_SLOT = re.compile(r"\d[^.;#]{0,30}\s(?:leve|obtenu|boucle|decroche|recolte)e?s?\s+par\s*$"
                          # "Cinq millions d'euros : c'est ce que vient de lever X"
                          r"|\bc.est\s+(?:ce|la somme|le montant)\s+qu.\s*(?:vient d.|viennent d.|a|ont)?\s*"
                          r"(?:lever|leve|obtenu|obtenir|recu|boucle|decroche|recolte)\s*$"
                          # "Six millions d'euros : c'est la somme que X, …, vient de lever"
                          r"|\bc.est\s+(?:ce|la somme|le montant)\s+qu.\s*$")
# the slot of who receives money: "a investi 3 millions de dinars dans X", "accordé 350 k€ à X"
_FUNDED_SLOT = re.compile(r"\b(?:investi\w*|injecte\w*|accorde\w*|octroye\w*|verse\w*|alloue\w*|attribue\w*|"
                          r"consenti\w*)\b[^.;#]{0,60}\d[^.;#]{0,30}\s(?:a|dans)\s*$")
# a slot no place or person fills: "une participation de 3,5 MDT au capital de X", "Avec une
# subvention de 400 000 euros, Bpifrance soutient le développement de X"
_CAPITAL_SLOT = re.compile(r"\d[^.;#]{0,30}\sau capital\s+(?:de la|de l'|du|des|de|d')\s*$"
                           r"|\d[^.;]{0,60}\b(?:soutien\w*|financ\w*|accompagn\w*)\s+(?:le developpement|le projet|"
                           r"l.extension|la croissance|l.implantation|le lancement)\s+(?:de la|de l'|du|des|de|d')\s*$")
# the slots only an organisation fills, with how far back each reads: "soutient le développement de Marelec", "au
# capital de Solvira", "a été ouvert par X", "en faveur de X", "le label a été attribué à X",
# "a été accordé à X", "le fonds investit dans X", "Les 3 M€ levés par Lumibio"
# "X a rejoint Wave comme directeur général adjoint": who is joined is an organisation
_JOINED_SLOT = re.compile(r"\b(?:a|ont|avoir|vient d.|viennent d.)\s+rejoint\s*$")
_ORG_ONLY_SLOTS: tuple[tuple[re.Pattern[str], int], ...] = (
    (_CAPITAL_SLOT, 90), (_OPENED_BY_SLOT, 90), (_SUM_FOR_SLOT, 90), (_LABEL_GRANTED_SLOT, 90),
    (_PASSIVE_GRANTED_SLOT, 90), (_INVESTS_IN_SLOT, 60), (_RAISED_SLOT, 60), (_JOINED_SLOT, 30))
_DIGIT = re.compile(r"\d")


def _in_org_only_slot(folded: str, position: int) -> bool:
    """Whether one of `_ORG_ONLY_SLOTS` ends at `position`: the same answer as searching each
    slot in its window, with each slot's search skipped when its window lacks a literal every
    match of it contains (the digit the sums start with, "par", "ete", "rejoint", ...): most
    names stand in no such slot, and the searches of a pattern anchored at its end try every
    position of the window."""
    wide = folded[max(0, position - 90):position]
    digit = _DIGIT.search(wide) is not None
    if digit and _CAPITAL_SLOT.search(wide):
        return True
    if "ete" in wide and "par" in wide and _OPENED_BY_SLOT.search(wide):
        return True
    if digit and ("en faveur" in wide or "au profit" in wide or "au benefice" in wide) and _SUM_FOR_SLOT.search(wide):
        return True
    if ("label" in wide or "certification" in wide or "distinction" in wide) and _LABEL_GRANTED_SLOT.search(wide):
        return True
    if digit and ("ete" in wide or "etre" in wide) and _PASSIVE_GRANTED_SLOT.search(wide):
        return True
    middle = folded[max(0, position - 60):position]
    if ("investi" in middle or "entre" in middle) and ("dans" in middle or "au capital de" in middle) \
            and _INVESTS_IN_SLOT.search(middle):
        return True
    if ("par" in middle or "est" in middle) and _RAISED_SLOT.search(middle):
        return True
    narrow = folded[max(0, position - 30):position]
    return "rejoint" in narrow and _JOINED_SLOT.search(narrow) is not None
_INSTITUTION_BEFORE = re.compile(r"\b(?:region|metropole|conseil (?:regional|departemental)|commune|wilaya|province|"
                                 r"prefecture|communaute urbaine)\s*(?:de la |de l'|du |de |d')?$")
# a MISC name right after the noun, or after one adjective ("la medtech grenobloise Cybernetix"),
# never after a verb and an article ("le cluster organisera les Rencontres ...")
_NOUN_THEN_NAME = (r"\s+(?:(?:(?!(?:le|la|les|l'|un|une|des|du|de|ses|son|sa|et|a|au|aux|en)\s)[a-z-]+\s+){1,2}"
                   # "le cluster aéronautique andalou Hélice": two adjectives
                   # "le fonds d'amorçage Anava Seed Fund", "le fonds de capital-risque X"
                   r"|d'[a-z-]+\s+|de\s+(?!(?:la|l')\b)[a-z-]+\s+)?$")


# an agent noun opening the sentence right before the name: "Le conserveur X", "Le plasturgiste Y"
# (with its origin and what it makes: "Le transformateur de cacao X", "le chocolatier lyonnais X")
_TRADE_NOUN = re.compile(rf"(?:^|[.!?]\s+)(?:le|la|l')\s*([a-z-]{{3,}}(?:eur|ier|iste))\s+"
                         rf"{_ORIGIN_ADJECTIVE}?(?:(?:de|d'|du|des|en)\s*{_COMPLEMENT_WORD}{{1,3}})?$")
# "chez Hydrapôle Lorraine", "X a été officiellement lancé": whatever NER typed, an organisation
# "Le Startup Label a été attribué à …": a name closed by the word is the label's, never a party
_LABEL_NAMED = re.compile(r"\s[Ll]abel$")
# a name the NER stage cut before the gathering word that ends it ("l'Africa Cluster Summit"): the gathering, no actor
_GATHERING_AFTER = re.compile(r" (?:Summit|Forum|Days|Expo|Week|Awards|Festival|Show|Challenge|Hackathon|Meetup|Conference|Congress)\b")
# "le salon Pollutec Maroc", "le forum Africa Tech": the name right after a gathering noun written in lower case
# is the gathering's ("les Rencontres Valorial": a capitalised noun opens the gathering's name, after its organiser)
_GATHERING_BEFORE = re.compile(r"\b(?:le|la|les|du|au|aux|des|son|sa|ses|leur|leurs|cette|ce|un|une)\s+"
                               r"(?P<noun>salon|forum|festival|congres|sommet|foire|biennale|assises|colloque|seminaire|hackathon|"
                               r"rencontres|journees|conference|summit|expo|exposition)\s+$")
_AT_ORG = re.compile(r"\bchez\s*$")
# "l'appel à candidatures …, lancé par le CTIC Dakar": who launches, runs or organises something acts
_BY_ACTOR = re.compile(r"\b(?:(?:lance|organise|co-?organise|coorganise|porte|pilote|initie|opere|gere)e?s?"
                       # "la levée de fonds finalisée lundi par Solidion Cells": who closes a round
                       r"|(?:finalise|boucle|realise)e?s?(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
                       r"|le\s+\d{1,2}(?:er)?\s+[a-z]+))?)"
                       r"\s+par\s*(?:le |la |l'|(?:son|sa|leur)\s+(?:adherent|adherente|membre|filiale|partenaire)\s+)?$")
# "Le label … a été remis jeudi à Usinage Savoyard": a name a distinction is given to (typed MISC, or PER
# with no known given name)
_AWARDED_TO = re.compile(r"\b(?:remis|decerne|attribue|delivre|octroye)e?s?\s+(?:[\w']+\s+){0,4}?(?:a la|a l'|au|a)\s*$")
# "une participation de 150 MDH dans Green Atlas", "au capital de X", "accorde un prêt de 300 000 euros à X":
# who receives money is a company, whatever type the name got (read over 90 characters)
_FUNDED = re.compile(r"(?:\bparticipation\b[^.;#]{0,60}\bdans\s*(?:le capital\s+(?:de la|de l'|du|de|d')\s*)?"
                     r"|\bau capital\s+(?:de la|de l'|du|de|d')\s*"
                     r"|\b(?:accorde|octroie|verse|alloue|prete)\w*\s+(?:un|une)\s+(?:pret|subvention|financement|credit|"
                     r"avance|enveloppe|dotation)\b[^.;#]{0,60}\s(?:a la|a l'|au|a)\s*)$")
# "à la présidence de Mer Atlantique Innovation", "la direction générale du Parc X": what one heads
_HEADED = re.compile(r"\b(?:presidence|vice-presidence|direction|direction generale|tete)\s+(?:de la|de l'|du|des|de|d')\s*$")
# "Mediloop lève 2 M€ auprès de business angels": who raises a round is a company (a known person aside)
_RAISES_AFTER = re.compile(r"^\s*(?:(?:a|avait|vient de|viennent de)\s+)?(?:leve|levent|lever|boucle|bouclent|boucler)\b"
                           # "X obtient l'ISO 14001", "X décroche le label …": a person holds no certification
                           r"|^\s*(?:(?:a|vient d.)\s*)?(?:obtient|obtenu|obtenir|decroche|decrocher)\s+(?:le label|la certification|"
                           r"l.accreditation|l.iso)\b")
_INSTALLED_IN_OFFICE = re.compile(r"\s*(?:a|ont|avait|avaient)\s+ete\s+(?:\w+\s+){0,2}?installe\w*\s+(?:\w+\s+){0,3}?dans\s+(?:ses|leurs)\s+fonctions")
_FOUNDED_AFTER = re.compile(r"^\s*(?:a ete|est|vient d.etre)\s+(?:\w+ment\s+)?(?:lance|cree|fonde|constitue)e?\b")


# a place-typed name that is a park or a zone by its own words ("Enfidha Parc", "Kénitra Free Zone"): an organisation
_SITE_NOUN_BEFORE = re.compile(r"\b(?:parc|zone|technopole|technoparc|technopark|agropole|cyberparc|"
                               # (not "la plateforme de distribution X": a company)
                               r"plateforme(?!\s+(?:de\s+|d.)?(?:distribution|e-commerce|livraison|paiement|numerique|en ligne|"
                               r"mise en relation|covoiturage|reservation|vente|financement|recrutement|telemedecine)))\b[^,.;]{0,30}$")
_PARK_NAME = re.compile(r"\b(?:parc|park|zone|techno\w+|agropole|agropolis|cyberparc|city|hub|cite)\b")


# patterns of `ArticleReader` compiled once (the `re` module's cache still costs a lookup a call)
_RUBRIC_DASH = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?[—–-]\s")
_NAME_AHEAD = re.compile(r"^\s*(?:(?!(?:et|ou|avec|a|ont|est|sont)\s)[a-z-]+\s+){0,3}#")
_COMMA_AHEAD = re.compile(r"^\s*,")
_CLAUSE_HEAD = re.compile(r";\s*|\s:\s+(?=(?:«\s*)?nous\b)|\bet\s+(?=(?:elle|il)\b)|\bque\s+(?=nous\b)")
# what a `_CLAUSE_HEAD` match holds besides ";" or ":": searched with its literal first, it skips
# most sentences faster than `_CLAUSE_HEAD`, whose "\b" start is tried at every position
_AND_PRONOUN = re.compile(r"et\s+(?:elle|il)")
_PLURAL_PRONOUN = re.compile(r"^(?:ils|elles)\b")
# the first person singular opening a clause, and how a post shows its writer's name (`ArticleReader._author`)
_FIRST_PERSON = re.compile(r"(?:^|[\s,.;:!?])(je\s|j')(?=\w)")
# what a `_FIRST_PERSON` match holds, found by a scan for its literal "j" (most articles have none in the first person)
_FIRST_PERSON_LETTERS = re.compile(r"j(?:e\s|')", re.IGNORECASE)
# … and where a post's writer names the change as theirs: "ma nomination comme délégué général de X"
_MY_CHANGE = re.compile(r"(?:^|[\s,.;:!?])(ma|mon)\s+(?=(?:nomination|designation|election|reconduction|cooptation)\b)")
_BYLINE_MARK = re.compile(r"\s*[•|·—–-]\s")
_AT_PLACE = re.compile(r"(?:^|[\s,(])a\s*$")
_SIGNATURE_DASH = re.compile(r"[—–-]\s*$")
# nothing after the name but its role on the same line, then hashtags ("Yann Kerhervé, président d'Abyssea Sensors")
_SIGNATURE_LINE = re.compile(r"[ .]*(?:,[^\n#]{1,80})?(?:\n\s*(?:#\w+\s*)+)?\s*\Z")
# first person at the head of a quotation: the organisation the quoted speaker speaks for
# "« Nous avons …", "« Et depuis lundi, nous sommes …" (a short opening phrase and its comma)
_WE = re.compile(r"^(?:[^\w\s«]+\s*)?(«\s*)?(?:(?:et\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+\s*,\s*){0,2}(nous)\s+(?=(?:avons|venons|sommes|(?:co-?)?organis(?:ons|erons)|tiendrons|accueill(?:ons|erons)|recev(?:ons|rons)|"
                 r"reuni(?:ssons|rons)|lanc(?:ons|erons)|inaugur(?:ons|erons)|ouvr(?:ons|irons)|sign(?:ons|erons)|officialisons)\b)")
# anaphors that stand only for an organisation whose name has the noun ("la Cité" for « Cité de
# l'innovation X », « le port » for the « Port autonome de San-Pédro »), never for the article's organisation by default
_NAMED_ONLY = frozenset({"cite", "port"})
_TWO_ORGANISERS = re.compile(r"les deux (?:organisateurs|co-organisateurs|signataires|partenaires)\b")
_GROUP = re.compile(r"^(?:les (?:deux|trois|quatre) \w+|l'accord|la convention|le protocole|le partenariat)\b")
_AGREEMENT_SHOWN = re.compile(r"^\s+(?:sera|seront|est|sont|a ete|ont ete)\s+(?:\w+ment\s+)?(?:presente|detaille|expose|devoile)e?s?\b")
_BOTH_NAMED = re.compile(r"\b(?:les|des|aux) ((?:deux|trois|quatre) (?:clusters|poles|partenaires|reseaux|signataires|structures|technopoles|parcs|"
                         r"parties|institutions|organismes|entites|organisations|etablissements|entreprises|groupes|societes))\b")
_RELATIVE_AFTER = re.compile(r",\s*qui\b")
_OPENING_PREFIX = re.compile(r"^([^,;:.]{3,80}),\s*$")
_PUNCT_AFTER = re.compile(r"\s*(?:,|\.|$)")
_OPEN_PAREN = re.compile(r"\s*\(\s*")
# a time phrase opening a clause after a colon: "… : la semaine dernière, X a obtenu …"
_TIME_INTRO = re.compile(r"^\s*(?:(?:la semaine|le mois|l.an|l.annee)\s+(?:derniere?|passee?)|hier|avant-hier|ce matin|en \w+|"
                         r"(?:le|ce)\s+\d{1,2}(?:er)?\s+\w+|(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+dernier)?)\s*,")
_APPOSED_THE = re.compile(r"\s*,\s*(?:le|la|l')\s*")  # "X, le parc technologique de Y": X described
_PLACE_OF = re.compile(r"\s+(?:de|d')\s*")  # "X (ACR) de Diamniadio": between a name and the place after it
_CLOSE_PAREN = re.compile(r"\s*\)")
# "X aide les exploitations … Sa cofondatrice, Y, fait le point": who has founders and heads is an organisation
_ITS_HEAD = re.compile(r"^(?:sa|son|ses)\s+(?:co-?)?(?:fondat(?:eur|rice)s?|dirigeant(?:e|s|es)?|directeur|directrice|"
                       r"president(?:e)?|pdg|patron(?:ne)?|gerant(?:e)?)\b")
_COLON = re.compile(r"\s:\s+")
_PARTICIPLE_LED = re.compile(r"^\w+(?:é|ée|és|ées)\s")
_DATELINE_DASH = re.compile(r"\s*[—–-]\s")  # "Bizerte - Le label …": a place before a dash opening the text
_DATELINE_ONLY = re.compile(r"\s*[.:—–-]?\s*")  # a place alone in its sentence: a dateline
# "Rabat, 20 janv (MAP) - La start-up …": a wire's dateline, its day and its agency after the place
# (or its agency alone, where the sentence splitter cut after an abbreviated month: "21 oct. | (TAP) - Le pôle …")
# (or an agenda line's day then its town: "4-6 mars, ####### - L'Agence X organise …")
_MASKED_DATELINE = re.compile(r"^\s*(?:#+,\s*(?:le\s+)?\d{1,2}(?:er)?\s+[a-z]+\.?(?:\s+\d{4})?\s*"
                              # an agenda's line: "Mardi 16 avril, Belfort – ", "Du 22 au 24 mai, Montpellier – "
                              r"|(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+|du\s+)?"
                              r"\d{1,2}(?:er)?(?:\s*(?:[-–]|au)\s*\d{1,2}(?:er)?)?\s+[a-z]{3,}\.?(?:\s+\d{4})?\s*,\s*"
                              r"(?:#+|[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,2})\s*)?"
                              r"(?:\(\s*[a-z#][a-z#/ ]{0,20}\)\s*)?[—–-]\s+")
_DATELINE_DAY = re.compile(r",\s*(?:le\s+)?\d{1,2}(?:er)?\s+\w+\.?(?:\s+\d{4})?\s*(?:\(\s*\w[\w/ ]{0,20}\)\s*)?[—–-]\s")
# The quoted name of a distinction ("le label « Vitrine Industrie du Futur »", "le prix « Femmes de
# l'industrie »"): the words in it name the distinction, never an actor of the event
_DISTINCTION_NAME = re.compile(r"\b(?:labels?|certifications?|prix|trophees?|distinctions?|titres?|programmes?|concours|"
                               r"hackathons?|challenges?|salons?|forums?|festivals?|journees?|rencontres|appels? a projets)"
                               r"\s*«\s*([^»]{2,80}?)\s*»", re.IGNORECASE)
_SLASHED_REST = re.compile(r"(?:\s*/\s*[\w-]+){1,3}\s*\)")


@lru_cache(maxsize=8)
def _org_noun_patterns(org_nouns: str) -> tuple[re.Pattern[str], ...]:
    """The lexicon's organisation nouns in the contexts that make a name an organisation."""
    return (re.compile(org_nouns + "s?" + _NOUN_THEN_NAME), re.compile(org_nouns + "s?" + _NOT_A_VERB),
            re.compile(org_nouns + r"s\s+#+\s*(?:,|et)\s*$"),
            re.compile(r"(?:^|[.!?]\s+)(?:une?\s+|l')?" + org_nouns + r"\b[^,.#]{0,60},\s*$"),
            re.compile(r"^\s*,\s*(?:une?\s+|la\s+|le\s+)?" + org_nouns),
            re.compile(r"^(?:la|le|l')\s*" + org_nouns + r"\b"),
            # "La start-up de livraison du dernier kilomètre X a bouclé …": the noun and what it does, opening the clause
            re.compile(r"(?:^|[.!?:]\s+|\n|\s[-–—]\s)(?:la|le|l')\s*" + org_nouns + _DESCRIBED_BY))


@lru_cache(maxsize=4096)
def _fold_lower(surface: str) -> str:
    return fold_keep_offsets(surface).lower()


def _rubric(text: str, mention: EntityMention) -> bool:
    """"CARNET — …", "DAKAR — …": a rubric or a dateline in capitals opening a line, never an actor."""
    if not mention.surface.isupper():  # the test the answer needs first, before the line is read
        return False
    line_start = text.rfind("\n", 0, mention.start_char) + 1
    line_end = text.find("\n", mention.end_char)
    alone = not text[mention.end_char:line_end if line_end >= 0 else len(text)].strip(" .:")  # "CARNET" on its line
    # ("CAPENERGIES - Le conseil a retenu X": the NER stage kept an organisation there, the column's item)
    before = text[line_start:mention.start_char]
    if before.strip():  # "4-6 MARS, ABIDJAN - L'Agence X organise …": an agenda line's day, then its town
        return len(mention.surface.split()) <= 2 and bool(_AGENDA_LINE_DAY.fullmatch(before)) \
            and bool(_RUBRIC_DASH.match(text[mention.end_char:mention.end_char + 40]))
    return len(mention.surface.split()) <= (3 if alone else 1) \
        and (alone or (bool(_RUBRIC_DASH.match(text[mention.end_char:mention.end_char + 40])) and mention.label != "ORG"))


def _initials_tag(text: str, mention: EntityMention) -> bool:
    """"K. N. : « La Banque X nous a accordé … »": an interviewee's initials tagging an answer, never an actor."""
    return _INITIALS.fullmatch(mention.surface) is not None and (mention.start_char == 0 or text[mention.start_char - 1] == "\n") \
        and _TAG_COLON.match(text, mention.end_char) is not None


_INITIALS_SHAPE = r"(?:[a-zé]\.\s?-?){1,3}"  # "K. N.", "J.-P. M.": an interviewee's initials (any case)
_INITIALS = re.compile(_INITIALS_SHAPE, re.IGNORECASE)
_TAG_COLON = re.compile(r"\s*:")
_AGENDA_LINE_DAY = re.compile(r"\s*\d{1,2}(?:er)?(?:\s*[-–]\s*\d{1,2})?\s+[A-ZÉÛ]{3,}\.?(?:\s+\d{4})?\s*,\s*")


_HEADING = re.compile(r"\s*(?:(?:le|la|l')\s*)?#+\s*[.:—–-]?\s*")
# (or the interviewee's initials, left unmasked: "K. N. : « Oui, jeudi dernier, nous avons signé … »")
_SPEAKER_HEAD = re.compile(rf"^(?:#+|{_INITIALS_SHAPE})\s*:\s*")
_AGENCY_IN_DATELINE = re.compile(r"\)\s*[-–—]\s")
_CAPITALS_ITEM = re.compile(r"^\s*(#+)\s+[-–—]\s+\S")


# A bare "dinars" and the country an article speaks of (`ArticleReader._dinar`)
_BARE_DINAR = re.compile(r"\bdinars?\b(?!\s+(?:tunisiens?|algeriens?))")
# "Entretien avec X, président du cluster Y": the interviewee's title and organisation in the lead
_TITLED_OF = re.compile(r",\s*(?:co-?)?(?:president|presidente|directeur|directrice|fondateur|fondatrice|delegue|deleguee|"
                        r"dirigeant|dirigeante|gerant|gerante)(?:\s+(?:general|generale|executif|executive|delegue|deleguee))?\s+"
                        r"(?:de la|de l'|du|des|de|d')\s*(?:(?:cluster|pole|technopole|reseau|association|federation|incubateur|"
                        r"groupement|societe|start-up|entreprise|groupe)\s+)?")
_LEADS = re.compile(r"\s+(?:dirige|preside|pilote|codirige|anime|a fonde|a cree|a cofonde)\s+(?:(?:la|le|les)\s+|l')?")
# the wire's name counts too: "Bordj Bou Arréridj, 1er décembre (APS) -"
_ALGERIA = re.compile(r"\b(?:algeri\w*|alger|oran|constantine|annaba|setif|blida|bejaia|tlemcen|wilaya|wali|aps|bordj|batna"
                      r"|ouargla|biskra|skikda|mostaganem|tizi|sidi bel abbes|el eulma|ghardaia|medea|jijel|chlef|tipaza"
                      r"|boumerdes|mascara|djelfa|rouiba|sidi abdellah|msila|laghouat|el oued)\b")
_TUNISIA = re.compile(r"\b(?:tunisi\w*|tunis|sfax|sousse|bizerte|monastir|nabeul|gabes|tap|kairouan|gafsa|zaghouan|mahdia"
                      r"|zarzis|beja|jendouba|kasserine|medenine|tozeur|el fejja|ghazala|borj cedria|ben arous|ariana"
                      r"|manouba|siliana|tataouine|kebili|djerba|hammamet)\b")
# An interview's answer line after its speaker's tag ("Le directeur général : Oui. …")
# a social post: hashtags or pictographs
_POST = re.compile(r"(?:^|\s)#\w|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
# a quotation someone says ("« Nous avons …", a quote of several words), not a quoted name (« Tech Hub Africa »):
# six spaces or more before the closing quote, each found once (a nested "(?:[^»]*\s){6,}" backtracked
# exponentially on a « never closed: one post with a stray « held an NLP worker for minutes)
_SPEECH = re.compile(r"«(?:[^»\s]*\s){6}[^»]*»")
_ANSWER_LINE = re.compile(r"^[^\n:«»]{2,40}\s:\s")


# an amount the finder read without a currency word ("à hauteur de 4 milliards")
_NO_CURRENCY = re.compile(r"^\d+(?:,\d+)?\s+(?:milliards?|millions?)$")
_TO_YOU = re.compile(r"\b(?:vous|votre|vos)\b")
# the interviewee's organisation in an answer: "notre cluster", "nous a alloué" (an object before its verb)
_OUR_OR_US = re.compile(r"\bnotre\s+(?:cluster|pole|technopole|technopark|societe|entreprise|groupe|association|reseau|"
                        r"structure|incubateur|start-up|startup|federation|fondation|agence|laboratoire)\b"
                        # a post's own gathering: "notre assemblée générale aura lieu …" ("notre" is who organises)
                        r"|\bnotre(?=\s+(?:\w+\s+)?(?:assemblee|salon|forum|conference|journee|rencontre|soiree|"
                        r"demo day|hackathon|webinaire|atelier|seminaire|festival|congres)\b)"
                        r"|\bnous(?=\s+(?:a|ont|avait|avaient|aura|auront)\s+(?:\w+\s+){0,3}?(?:alloue|accorde|octroye|verse|"
                        r"attribue|decerne|confie|remis|finance|subventionne|soutenu|accompagne|apporte|labellise|certifie)\w*\b)")


def _after_question(text_before: str) -> bool:
    """The line holding this position answers the line before it, a question ("Et vos
    partenaires ?\nNous avons signé …"): an interview without speakers' names."""
    head, newline, _current = text_before.rpartition("\n")
    if not newline:
        return False
    previous = next((line for line in reversed(head.split("\n")) if line.strip()), "").rstrip()
    # "Vous vous êtes rapprochés d'un pôle français..." trails off as a question put to "vous"
    return previous.endswith("?") or (previous.endswith(("...", "…")) and bool(_TO_YOU.search(previous.lower())))


def _speaker_tag(view: SentenceView, referent: Referent) -> bool:
    """"Mariama Sané : Le 5 octobre, X a signé …": the name of who speaks in an interview, not a subject."""
    return referent.named and not view.between(view.sentence.start, referent.start).strip() \
        and re.match(r"\s*:", view.between(referent.end, referent.end + 3)) is not None


def _abbreviates(short: str, long: str) -> bool:
    """"Fibrana" for "Fédération française des fibres naturelles": same first letter, and every
    letter of the short form in order in the long one (a place in parentheses, "(Maroc)", is not)."""
    short_letters = [c for c in fold_keep_offsets(short).lower() if c.isalpha()]
    long_letters = iter(c for c in fold_keep_offsets(long).lower() if c.isalpha())
    first = next((c for c in fold_keep_offsets(long).lower() if c.isalpha()), "")
    return bool(short_letters) and short_letters[0] == first and all(c in long_letters for c in short_letters)


@lru_cache(maxsize=256)
def _apposed_noun(noun: str) -> re.Pattern[str]:
    """", la fondation" right after a name: the name the noun stands for."""
    return re.compile(rf"^\s*,\s*(?:le|la|l'|un|une)\s*{re.escape(noun)}\b")


def _institution(surface: str) -> bool:
    return bool(_INSTITUTION.match(_fold_lower(surface)) or _COMPANY_FORM.search(surface))


# a company's legal form or the "& Co" of its name: "Kelp & Co", "Atlas Méca SARL", "Nordwind GmbH"
_COMPANY_FORM = re.compile(r"\w\s*&\s*(?:co|cie|fils|associes|associés|partners)\b|\s(?:SA|SAS|SASU|SARL|EURL|Ltd|Inc|GmbH|SpA|Srl|S\.A\.|LLC|PLC)\.?$",
                           re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Referent:
    """A name, or an anaphor resolved to the names it stands for."""

    start: int
    end: int
    targets: tuple[EntityMention, ...]
    named: bool                        # a name of the text, not an anaphor

    @property
    def label(self) -> str:
        return self.targets[0].label


@dataclass(slots=True)
class SentenceView:
    """One sentence with its folded, name-masked text and what it holds."""

    sentence: Sentence
    masked: str                         # folded; entity names replaced by '#'
    referents: list[Referent]
    dates: list[DateMention]
    amounts: list[Amount]
    subject: Referent | None
    last_subject: Referent | None = None   # the subject of the sentence's last clause ("… : la start-up X, qui …")
    # `ArticleReader.subject_like` of a (start, end) stretch, asked again by the rules: depends on `masked` only
    opens_clause: dict[tuple[int, int], bool] = field(default_factory=dict)
    lead_end: int = -1                  # where the lexicon's `lead` match on `masked` ends (set by `view`)
    gatherings_unmasked: str | None = None  # `rules._gatherings_unmasked` of this view, once asked

    def local(self, position: int) -> int:
        return position - self.sentence.start

    def between(self, start: int, end: int) -> str:
        """The masked text between two article offsets (inside this sentence)."""
        return self.masked[max(self.local(start), 0):max(self.local(end), 0)]


@dataclass(slots=True)
class ArticleReader:
    """Walks an article sentence by sentence, keeping track of who "le pôle" and "Elle" are."""

    lexicon: Lexicon
    annotated: AnnotatedArticle
    mentions: list[EntityMention] = field(default_factory=list)
    org_like: set[str] = field(default_factory=set)
    focus: EntityMention | None = None
    heading: EntityMention | None = None   # the organisation the last sentence named alone, heading its paragraph
    previous_subject: Referent | None = None
    last_partners: tuple[EntityMention, ...] = ()
    # the last funding told: its recipient and its funders' names ("X a investi dans Y. La start-up …": Y)
    funded: tuple[EntityMention, frozenset[str]] | None = None
    seen: list[EntityMention] = field(default_factory=list)
    folded: str = ""                    # the article folded once (same offsets), read by every sentence
    masked: str = ""                    # `folded` with the kept names replaced by '#'
    # "Fédération nationale de l'agroalimentaire (Fenagri)": the name in parentheses is the same
    # organisation (start of the parenthesised mention -> the one the pair stands for), and so is
    # every later use of that short form (surface -> the same mention)
    defined: dict[int, EntityMention] = field(default_factory=dict)
    short_forms: dict[str, EntityMention] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)   # start_char of each of `mentions` (they are in text order)
    date_starts: list[int] | None = None                # the same of the dates, when they are in text order
    algerian: bool | None = None                        # the article speaks of Algeria more than Tunisia (read once)
    author: EntityMention | None = None                 # who writes a post in the first person ("je", "j'")
    author_org: EntityMention | None = None             # the organisation on its signer's line ("…, président d'X")
    # (start, end) of a name -> (the words before it in its own phrase, the name), folded: read by `_resolve_noun`
    # for every noun taken up, computed once per name
    name_contexts: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    # (start, end) of every name the NER stage found, MISC ones included ("son Biotech Day"): no noun inside one
    # takes up an organisation
    name_spans: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        text = self.annotated.article.text
        self.folded = fold_keep_offsets(text)
        # the cheap tests first: no currency word, no amount; no "«", no quoted distinction name
        amounts = self.lexicon.amounts.find(text, self.folded) if self.lexicon.amounts.may_hold(self.folded) else []
        quoted = [q.span(1) for q in _DISTINCTION_NAME.finditer(self.folded)] if "«" in self.folded else []
        candidates = sorted(
            (m for m in self.annotated.mentions
             if not any(a.start_char < m.end_char and m.start_char < a.end_char for a in amounts) and not _rubric(text, m)
             and not _initials_tag(text, m)
             and not _GATHERING_AFTER.match(text, m.end_char) and not _LABEL_NAMED.search(m.surface)
             and not any(start <= m.start_char and m.end_char <= end for start, end in quoted)),
            key=lambda m: m.start_char,
        )
        self.name_spans = [(m.start_char, m.end_char) for m in candidates]
        chars = list(self.folded)
        for m in candidates:  # other names masked: ", le Cluster Solaire" is a name, not an apposition
            chars[m.start_char:m.end_char] = "#" * (m.end_char - m.start_char)
        folded = "".join(chars)
        misc_noun, noun_no_verb, nouns_listed, noun_opening, noun_apposed, _, noun_described = _org_noun_patterns(self.lexicon.org_nouns.pattern)
        for m in candidates:
            if m.surface in self.org_like:
                continue  # already known: the tests below would only add it again
            before, after = folded[max(0, m.start_char - 40):m.start_char], folded[m.end_char:m.end_char + 30]
            gathering = _GATHERING_BEFORE.search(before)
            if gathering is not None and text[m.start_char - len(before) + gathering.start("noun")].islower():
                continue  # "le salon Pollutec Maroc": a gathering, whatever type the NER stage gave its name
            noun_before = misc_noun if m.label == "MISC" else noun_no_verb
            opening_phrase = folded[max(0, m.start_char - 80):m.start_char]
            first_word = _fold_lower(m.surface).split()[0] if m.surface.split() else ""
            if m.label == "ORG" or _institution(m.surface) or (m.label in ("PER", "LOC") and len(m.surface.split()) > 1 and self.lexicon.org_nouns.fullmatch(first_word)) or (m.label == "LOC" and _PARK_NAME.search(_fold_lower(m.surface))) or (m.label == "LOC" and _INSTITUTION_BEFORE.search(before)) \
                    or noun_before.search(before) \
                    or ("#" in before and nouns_listed.search(before)) \
                    or ("," in opening_phrase and noun_opening.search(opening_phrase)) \
                    or (noun_described.search(opening_phrase) and (m.label != "PER" or self._not_a_known_person(m))) \
                    or (noun_apposed.match(after)
                        and (m.label != "PER" or self._not_a_known_person(m))) \
                    or ((m.label != "PER" or self._not_a_known_person(m))
                        and (("chez" in before and _AT_ORG.search(before)) or _FOUNDED_AFTER.match(after)
                             or _HEADED.search(before) or ("par" in before and _BY_ACTOR.search(before))
                             or (m.label != "LOC" and _AWARDED_TO.search(before))
                             or self._trade_noun_before(before))) \
                    or (m.label != "PER" and _FUNDED.search(folded[max(0, m.start_char - 90):m.start_char])):
                self.org_like.add(m.surface)
            elif _RAISES_AFTER.match(after) and _fold_lower(m.surface).split()[0] not in self.lexicon.first_names:
                self.org_like.add(m.surface)  # one word typed PER too: a surname alone raises no round
        self._coined_names(candidates)
        self._named_then_described(candidates)
        self._listed_with_orgs(candidates, folded)
        self._short_forms(candidates)
        for m in candidates:  # "Béni Mellal, 6 mars 2035 (MAP) - …": a wire's dateline names a place, whatever its type
            if m.label != "ORG" and (m.start_char == 0 or self.folded[m.start_char - 1] == "\n") \
                    and _DATELINE_DAY.match(self.folded, m.end_char):
                self.org_like.discard(m.surface)
        # a MISC name is kept only when its words say it is an organisation ("la medtech Cardiomind")
        self.mentions = [m for m in candidates if m.label != "MISC" or m.surface in self.org_like]
        self.starts = [m.start_char for m in self.mentions]
        dates = self.annotated.dates
        self.date_starts = [d.start_char for d in dates] \
            if all(a.start_char <= b.start_char for a, b in pairwise(dates)) else None
        if len(self.mentions) == len(candidates):  # no name dropped: `folded` is masked already
            self.masked = folded
        else:
            masked = list(self.folded)
            for m in self.mentions:
                masked[m.start_char:m.end_char] = "#" * (m.end_char - m.start_char)
            self.masked = "".join(masked)
        signer = self._signer()
        if signer is not None:
            line_end = self.folded.find("\n", signer.end_char)
            self.author_org = next((m for m in self.mentions if signer.end_char < m.start_char
                                    and (line_end < 0 or m.start_char < line_end) and self.is_org(m)), None)
            if _FIRST_PERSON_LETTERS.search(self.folded) is not None and _FIRST_PERSON.search(self.folded.lower()):
                self.author = signer  # who says "je" in the post

    def _coined_names(self, candidates: list[EntityMention]) -> None:
        """"Sotipapier a levé 15 MDT", "une prise de participation dans Genbiotix": one word the
        model's vocabulary never saw (`EntityMention.coined`), typed a person or a place by its
        sound, is a coined brand, unless it is a known given name or the surname of a person the
        article names in full ("Nadia Zerrouki … Zerrouki a dit")."""
        surnames = {m.surface.split()[-1] for m in candidates if m.label == "PER" and len(m.surface.split()) >= 2}
        for m in candidates:
            if m.coined and m.label in ("PER", "LOC") and m.surface not in surnames \
                    and _fold_lower(m.surface) not in self.lexicon.first_names:
                self.org_like.add(m.surface)

    def _signer(self) -> EntityMention | None:
        """The person whose name heads a post ("Karima Benali • Déléguée générale chez X") or signs
        it ("… — Camille Perrin"); a reporter's article has neither."""
        text = self.annotated.article.text
        people = [m for m in self.mentions if m.label == "PER" and not self.is_org(m)]
        if not people:
            return None
        head, tail = people[0], people[-1]
        first_line_end = text.find("\n")
        if not text[:head.start_char].strip() and first_line_end > 0 and head.end_char <= first_line_end \
                and _BYLINE_MARK.match(text, head.end_char):
            return head
        if _SIGNATURE_DASH.search(text[max(0, tail.start_char - 4):tail.start_char]) \
                and (not text[tail.end_char:].strip(" .\n") or _SIGNATURE_LINE.match(text, tail.end_char)):
            return tail  # ("— Claire Vasseur\n#entrepreneuriat": its hashtags may follow)
        if _SIGNATURE_LINE.match(text, tail.end_char) and text[:tail.start_char].rstrip(" ").endswith("\n"):
            return tail  # "… m'ont fait confiance.\n\nJulien Faure\n\n#nouveauposte": a name alone on the post's last line
        return None

    def _colon_noun(self, after: str) -> bool:
        colon = _COLON_THEN_NOUN.match(after)
        return colon is not None and self.lexicon.org_nouns.match(after, colon.end()) is not None

    def _trade_noun_before(self, before: str) -> bool:
        """"Le conserveur Halieutis Conserves", "le plasturgiste X": a trade noun (an agent noun in
        -eur, -ier, -iste that is not a role word) opening the sentence names a firm."""
        match = _TRADE_NOUN.search(before)
        return match is not None and match.group(1) not in self.lexicon.role_words

    def _not_a_known_person(self, mention: EntityMention) -> bool:
        words = _fold_lower(mention.surface).split()
        return len(words) >= 2 and words[0] not in self.lexicon.first_names

    def fresh(self) -> ArticleReader:
        """A reader of the same article with no context yet (the article-wide reading is shared)."""
        reader = copy.copy(self)
        reader.focus, reader.previous_subject, reader.last_partners, reader.seen = None, None, (), []
        reader.funded = None
        return reader

    def _named_then_described(self, candidates: list[EntityMention]) -> None:
        """"Nerva Bio change d'échelle. La PME grenobloise lève …": a name that opens a sentence
        and that the next sentence takes up as "la PME", "la société" (or whose head it names: "Sa
        cofondatrice, Y, …") is an organisation, whatever
        type the NER stage gave it (a known given name keeps it a person)."""
        text = self.annotated.article.text
        parts = sentences(text)
        takes_up = _org_noun_patterns(self.lexicon.org_nouns.pattern)[5]
        # (a sentence, the text that follows it): the next sentence, or the clause after a colon
        # ("Quantum Seine remet le couvert : la start-up parisienne annonce …")
        pairs = [((s.start, s.end), (f.start, f.end)) for s, f in pairwise(parts)]
        pairs += [((s.start, s.start + c.start()), (s.start + c.end(), s.end))
                  for s in parts for c in _COLON.finditer(text, s.start, s.end)]
        for (start, end), (after_start, after_end) in pairs:
            opening = self.folded[after_start:after_end].lower()
            if not takes_up.match(opening) and not _ITS_HEAD.match(opening):
                continue
            # the name opens the sentence, or its clause after a verbless opening phrase ("Installée à Brest, X …")
            first = next((m for m in candidates if start <= m.start_char < end
                          and self.opens(text[start:m.start_char])), None)
            if first is None or (first.label == "LOC" and not text[start:first.start_char].strip() and (
                    _DATELINE_ONLY.fullmatch(text[first.end_char:end])
                    or _DATELINE_DASH.match(text, first.end_char) or _DATELINE_DAY.match(text, first.end_char))):
                continue  # "Bizerte. Le câblier X …", "Bizerte - Le label …": a dateline, not the company taken up
            if first.label == "MISC" and _PARTICIPLE_LED.match(first.surface):
                continue  # "Certifiée Tier III en mai, la société …": the model's span opens on a participle
            given = fold_keep_offsets(first.surface.split()[0]).lower() if first.surface.split() else ""
            if first.label != "PER" or given not in self.lexicon.first_names:
                self.org_like.add(first.surface)

    @staticmethod
    def opens(prefix: str) -> bool:
        """A sentence's start that a name opens: nothing, or a verbless phrase and its comma."""
        if not prefix.strip():
            return True
        phrase = _OPENING_PREFIX.match(prefix)
        return phrase is not None and not _FINITE.search(fold_keep_offsets(phrase.group(1)).lower())

    def _listed_with_orgs(self, candidates: list[EntityMention], folded: str) -> None:
        """"Breizh Robotics signe avec Armorik Usinage, Kernev Composites et …", "Le pôle Mecaloire
        et Cap Atlantique Numérique se sont associés": names the NER stage typed as a person, a
        place or MISC are organisations when a signatory's slot or a list of organisations holds
        them (a known given name keeps a person; a place only before a joint verb)."""
        agenda = self.lexicon.cue("agenda", "cues")

        signatories: set[str] = set()   # names in a signatory's slot and the list they head
        org_typed = {m.surface for m in candidates if m.label == "ORG"}

        def could_be(m: EntityMention, after: str, listed_with: str = "") -> bool:
            words = _fold_lower(m.surface).split()
            if m.label == "PER":
                return len(words) >= 2 and words[0] not in self.lexicon.first_names
            if m.label == "MISC":
                return not agenda.match(" ".join(words))
            # one word only beside a name the model typed an organisation ("Kedge Business School et
            # Euroméditerranée ont signé"): "Lyon et Marseille ont signé" stays two places
            return m.label == "LOC" and (listed_with in signatories or (
                (len(words) >= 2 or listed_with in org_typed) and bool(_JOINT_VERB.match(after))))

        for m in candidates:
            if m.surface not in self.org_like and could_be(m, "") \
                    and (_SIGNED_WITH.search(folded[max(0, m.start_char - 60):m.start_char])
                         or _FUNDED_SLOT.search(folded[max(0, m.start_char - 90):m.start_char])
                         or _INVESTOR_SLOT.search(folded[max(0, m.start_char - 60):m.start_char])):
                self.org_like.add(m.surface)
            if m.surface in self.org_like:
                continue  # already known: the tests below would only add it again
            words = _fold_lower(m.surface).split()
            # a slot only an organisation fills, whatever type the NER stage gave the name (a known
            # given name keeps a person): see `_ORG_ONLY_SLOTS`
            if words and words[0] not in self.lexicon.first_names and (
                    _in_org_only_slot(folded, m.start_char)
                    or self._colon_noun(folded[m.end_char:m.end_char + 40])):
                self.org_like.add(m.surface)
            if (m.label != "PER" or (words and words[0] not in self.lexicon.first_names)) \
                    and _MEMBERS_APPOSED.search(folded[max(0, m.start_char - 60):m.start_char]):
                self.org_like.add(m.surface)  # "deux de ses start-up, Fesnova et Medinalab, …": members named
            if (m.label == "MISC" or (words and words[0] not in self.lexicon.first_names and len(words) >= 2)) \
                    and ":" in folded[max(0, m.start_char - 8):m.start_char] \
                    and _COUNTED_FIRMS_LISTED.search(folded[max(0, m.start_char - 160):m.start_char]):
                self.org_like.add(m.surface)  # "… à deux jeunes entreprises de la Technopole X : Argan Sense, qui …"
            # "un prêt de 1,5 milliard de FCFA à Sahel Agritech, qui …": a name granted money is no place
            if m.label == "LOC" and len(m.surface.split()) >= 2 and _GRANTED_SLOT.search(folded[max(0, m.start_char - 90):m.start_char]) \
                    and _PUNCT_AFTER.match(folded[m.end_char:m.end_char + 2]):
                self.org_like.add(m.surface)
            # "Medinova a annoncé avoir bouclé un tour de table": one word no given name starts raises money
            words = _fold_lower(m.surface).split()
            if _INSTALLED_IN_OFFICE.match(folded, m.end_char):
                continue  # "Rafik Zerrouki a été installé jeudi dans ses fonctions": only a person takes up functions
            if m.label in ("PER", "LOC", "MISC") and words and words[0] not in self.lexicon.first_names \
                    and (len(words) == 1 or m.label == "PER") and _RAISES.match(folded[m.end_char:m.end_char + 120]) \
                    and not (m.label == "LOC" and _AT_PLACE.search(folded, max(0, m.start_char - 4), m.start_char)):
                # (not the place after "à": "Tissages Verdier, à Villeurbanne, qui a obtenu …" is the firm's)
                self.org_like.add(m.surface)
            # "Vinopôle Gironde a inauguré son nouveau centre", "Quantum Seine a levé": no place raises
            # money or opens its own site (a place's council does, named as such)
            if (m.label in ("LOC", "MISC") or (m.label == "PER" and words and words[0] not in self.lexicon.first_names)) \
                    and words and _FIRM_ACTS.match(folded[m.end_char:m.end_char + 120]):
                self.org_like.add(m.surface)
            # "le Beirut Digital District organise du 20 au 22 novembre …": a name of two words or more
            # that organises a gathering is no place (a town alone stays one: "Marseille organise")
            if ((m.label == "LOC" and len(words) >= 2) or m.label == "MISC") and _ORGANISES.match(folded, m.end_char):
                self.org_like.add(m.surface)
        for m in candidates:
            if _SIGNED_WITH.search(folded[max(0, m.start_char - 60):m.start_char]) \
                    and (m.surface in self.org_like or could_be(m, "")):
                self.org_like.add(m.surface)
                signatories.add(m.surface)
        self._signing_pairs(candidates, folded, could_be)
        changed = True
        while changed:
            changed = False
            for a, b in pairwise(candidates):
                if not _LIST_GAP.match(folded[a.end_char:b.start_char]):
                    continue
                after = folded[b.end_char:b.end_char + 40]
                if b.label == "PER" and "," in folded[a.end_char:b.start_char] and not _LIST_GOES_ON.match(after) \
                        and _PARTICIPLE_PHRASE.match(folded[_sentence_start(folded, a.start_char):b.start_char]):
                    continue  # "Arrivé à la tête de l'Agence X, Kouadio Brou détaille …": a phrase, then its subject

                for x, y in ((a, b), (b, a)):
                    if y.surface in self.org_like and x.surface not in self.org_like and could_be(x, after, y.surface) \
                            and not (x.label == "LOC" and _PLACE_OF_NAME.search(folded, max(0, x.start_char - 8), x.start_char)):
                        self.org_like.add(x.surface)
                        if y.surface in signatories:
                            signatories.add(x.surface)
                        changed = True

    def _signing_pairs(self, candidates: list[EntityMention], folded: str,
                       could_be: Callable[[EntityMention, str, str], bool]) -> None:
        """"Le CTIC Dakar et l'Orange Digital Center ont noué mardi un partenariat": two names the
        NER stage typed as places (or a person, or MISC), listed before a joint verb whose clause
        names an agreement, are its signatories (one-word places stay places: "Lyon et Marseille ont signé")."""
        agreement = self.lexicon.cue("partnership", "cues")
        for a, b in pairwise(candidates):
            if (a.surface in self.org_like and b.surface in self.org_like) or not _LIST_GAP.match(folded[a.end_char:b.start_char]):
                continue
            after = folded[b.end_char:b.end_char + 40]
            verb = _JOINT_VERB.match(after)
            if verb is None or not agreement.search(folded[b.end_char + verb.end():b.end_char + verb.end() + 80].lower()):
                continue
            for m in (a, b):
                if m.surface not in self.org_like and (m.label == "ORG" or could_be(m, after, "")):
                    self.org_like.add(m.surface)

    def _short_forms(self, candidates: list[EntityMention]) -> None:
        """"l'Institut national des télécoms (INTS)": one organisation, whatever resolution makes of
        the pair (an acronym that is not the initials stays a separate entity there). The pair stands
        for the long form, unless only the short one is known to the gazetteer ("Coopération
        allemande (GIZ)")."""
        text = self.annotated.article.text
        for a, b in pairwise(candidates):
            # "(INTS)", and a compound acronym "(DER/FJ)": its parts stand for the same long form
            close = _CLOSE_PAREN.match(text, b.end_char) or _SLASHED_REST.match(text, b.end_char)
            if not _OPEN_PAREN.fullmatch(text[a.end_char:b.start_char]) or close is None:
                continue
            # one word: its initials, or a coined word ("… des fibres naturelles (Fibrana)")
            if (b.label in ("PER", "LOC") and not (len(b.surface.split()) == 1 and (_abbreviates(b.surface, a.surface) or b.coined))) \
                    or not (a.label == "ORG" or a.surface in self.org_like) \
                    or len(b.surface.split()) > 3 or b.surface == a.surface:
                continue
            kept = b if b.canonical_hint and not a.canonical_hint else a
            self.defined[b.start_char] = kept
            for part in (c for c in candidates if b.end_char < c.start_char < close.end()):
                self.defined[part.start_char] = kept
                self.short_forms.setdefault(part.surface, kept)
                self.org_like.add(part.surface)
            self.short_forms.setdefault(b.surface, kept)
            self.short_forms.setdefault(a.surface, kept)
            self.org_like.update((a.surface, b.surface))

    def _dinar(self, amount: Amount, start: int) -> str:
        """A bare "dinars" is Tunisian (the table's default) unless the article is about Algeria
        ("45 millions de dinars à Tadamsa Agritech" in an Algerian interview): DZD then."""
        if amount.currency != "TND" or not _BARE_DINAR.search(fold_keep_offsets(amount.surface).lower()):
            return amount.currency
        # a round-up's line heads with its own country: "Algérie - La start-up X a levé 300 millions de dinars"
        head = self.folded[self.folded.rfind("\n", 0, start) + 1:][:40].lower()
        algeria, tunisia = len(_ALGERIA.findall(head)), len(_TUNISIA.findall(head))
        if algeria != tunisia:
            return "DZD" if algeria > tunisia else amount.currency
        if self.algerian is None:
            folded = self.folded.lower()
            self.algerian = len(_ALGERIA.findall(folded)) > len(_TUNISIA.findall(folded))
        return "DZD" if self.algerian else amount.currency

    def is_org(self, mention: EntityMention) -> bool:
        return mention.surface in self.org_like

    def _dates(self, sentence: Sentence) -> list[DateMention]:
        if self.date_starts is not None:
            inside = self.annotated.dates[bisect_left(self.date_starts, sentence.start):bisect_left(self.date_starts, sentence.end)]
        else:
            inside = [d for d in self.annotated.dates if sentence.start <= d.start_char < sentence.end]
        if not inside:  # what `past_weekdays` gives back for no date, without its searches
            return inside
        # "… 2 400 emplois à l'horizon 2030": a target's horizon dates no event
        inside = [d for d in inside if not _HORIZON.search(self.folded, max(0, d.start_char - 16), d.start_char)]
        published = self.annotated.article.published_at
        return past_weekdays(inside, self.masked[sentence.start:sentence.end],
                             published.date().isoformat() if published else None, self.lexicon.weekdays,
                             self.lexicon.past_verb, self.lexicon.future_marker,
                             self.lexicon.past_participle, sentence.start)

    def view(self, sentence: Sentence) -> SentenceView:
        """The sentence's referents, dates, amounts and subject; updates the running context."""
        text = self.annotated.article.text
        inside = self.mentions[bisect_left(self.starts, sentence.start):bisect_left(self.starts, sentence.end)]
        view = SentenceView(
            sentence=sentence,
            masked=self.masked[sentence.start:sentence.end],
            referents=[],
            dates=self._dates(sentence),
            # no currency word, no amount: the finder's pattern is not tried on most sentences
            amounts=list(self.lexicon.amounts.find(text[sentence.start:sentence.end], self.folded[sentence.start:sentence.end]))
            if self.lexicon.amounts.may_hold(self.folded, sentence.start, sentence.end) else [],
            subject=None,
        )
        view.amounts = [Amount(a.value, self._dinar(a, a.start_char + sentence.start), a.surface, a.start_char + sentence.start,
                               a.end_char + sentence.start) for a in view.amounts]
        told = next((a.currency for a in view.amounts if not _NO_CURRENCY.match(a.surface)), None)
        if told is not None:  # "… à hauteur de 4 milliards": the share is in the currency the sentence told
            view.amounts = [replace(a, currency=told) if _NO_CURRENCY.match(a.surface) else a for a in view.amounts]
        caps = _CAPITALS_ITEM.match(view.masked) if inside and inside[0].surface.isupper() else None
        if caps is not None and inside[0].start_char == sentence.start + caps.start(1) and self.is_org(inside[0]):
            self.focus = inside[0]  # "EUROBIOMED - X est promue directrice du pôle santé": the item's organisation
        view.referents = self._referents(view, inside)
        # a place is never who acts ("Armor Biotech, PME de Lannion, a reçu …": not Lannion)
        # nor the place of a wire's dateline, whatever type the NER gave it ("Sidi Bel Abbès, 6 mai 2031 (APS) - …")
        subjects = [r for r in view.referents if not (r.named and r.targets[0].label == "LOC" and not self.is_org(r.targets[0]))
                    and not (r.named and r.start == view.sentence.start and _DATELINE_DAY.match(self.folded, r.end))
                    and not _speaker_tag(view, r) and self.subject_like(view, r)]
        view.subject = subjects[0] if subjects else None
        view.last_subject = subjects[-1] if subjects else None
        if len(subjects) > 1:  # "Membre du pôle X, la société Y a …": Y is the subject, X in the opening phrase
            gap = view.between(subjects[0].end, subjects[1].start)
            if "," in gap and ":" not in gap and not _FINITE.search(gap):  # a colon opens another clause
                view.subject = subjects[1]
        heading = self._heading(view)
        self.heading = heading.targets[0] if heading is not None else None
        if heading is not None:  # "Systematic Paris-Région. Nathalie Roussel a été élue …": the paragraph's organisation
            self.focus, self.previous_subject = heading.targets[0], heading
        if self.focus is None:
            # (never the agency of a wire's dateline: "DIAMNIADIO, 19 nov (APS) - Le Premier ministre …")
            # (nor a venue: "Le salon X, prévu au Parc des expositions de Toulon, …")
            org = next((r for r in view.referents if r.named and self.is_org(r.targets[0])
                        and not _speaker_tag(view, r)  # "Le Quotidien : …": the newspaper asking, not who answers
                        and not _AGENCY_IN_DATELINE.match(self.folded, r.end)
                        and not (r.start == view.sentence.start and _DATELINE_DAY.match(self.folded, r.end))
                        and not VENUE_HEAD.match(fold_keep_offsets(r.targets[0].surface).lower())), None)
            chosen = view.subject if view.subject is not None and self.is_org(view.subject.targets[0]) \
                and not VENUE_HEAD.match(fold_keep_offsets(view.subject.targets[0].surface).lower()) else org
            self.focus = chosen.targets[0] if chosen else None
        return view

    @property
    def interviewee_org(self) -> EntityMention | None:
        """In an interview without speakers' names, who "nous" is: the organisation of the first
        person the text introduces with a role ("Yassine Jaziri, cofondateur d'AgriSmart Tunisie")."""
        first = self._first_introduced()
        if first is None or first.org is None:
            return self._led_in_the_lead()
        return next((m for m in self.mentions if m.start_char == first.org.start_char), first.org)

    @property
    def interviewee_person(self) -> EntityMention | None:
        """In an interview, who "je" is: the first person the text introduces with a role
        ("Entretien avec Ousmane Diallo, président du cluster X")."""
        first = self._first_introduced()
        if first is None:
            return None
        return next((m for m in self.mentions if m.start_char == first.person.start_char), first.person)

    def _first_introduced(self) -> RoleMention | None:
        """The first person the text introduces with a role in an organisation."""
        return min((r for r in self.annotated.roles if r.org is not None), key=lambda r: r.person.start_char, default=None)

    def _led_in_the_lead(self) -> EntityMention | None:
        """"Awa Ndiaye dirige Kër Innov, l'incubateur du parc …": the interview's introduction says
        by a verb whom the interviewee leads."""
        line_end = self.folded.find("\n")
        line_end = len(self.folded) if line_end < 0 else line_end
        lowered = self.folded[:line_end].lower()
        for person in (m for m in self.mentions if m.label == "PER" and m.end_char < line_end):
            led = _LEADS.match(self.folded, person.end_char) or _TITLED_OF.match(lowered, person.end_char)
            if led is None:
                continue
            return next((m for m in self.mentions if m.start_char == led.end() and self.is_org(m)), None)
        return None

    def answers_you(self, view: SentenceView) -> bool:
        """The sentence answers a question put to the interviewee ("Vous venez de lever des fonds ?")."""
        before = self.annotated.article.text[:view.sentence.start]
        if not _after_question(before):
            return False
        head = before.rstrip().rpartition("\n")[0] if not before.endswith("\n") else before.rstrip()
        question = next((line for line in reversed(head.split("\n")) if line.strip()), "")
        return bool(_TO_YOU.search(fold_keep_offsets(question).lower()))

    def _heading(self, view: SentenceView) -> Referent | None:
        """A paragraph that opens on an organisation's name alone ("Systematic Paris-Région.", a
        carnet's or a round-up's item): that organisation is what the paragraph is about."""
        line_start = self.folded.rfind("\n", 0, view.sentence.start) + 1
        if self.folded[line_start:view.sentence.start].strip():
            return None
        named = [r for r in view.referents if r.named]
        if not _HEADING.fullmatch(view.masked):
            # "CAPENERGIES - Le conseil d'administration a retenu X pour diriger le pôle": a column's item
            # opens on its organisation in capitals and a dash
            capitals = _CAPITALS_ITEM.match(view.masked)
            first = named[0] if named else None
            if capitals is None or first is None or first.start != view.sentence.start + capitals.start(1) \
                    or not self.is_org(first.targets[0]) or not first.targets[0].surface.isupper():
                return None
            return first
        return named[0] if len(named) == 1 and self.is_org(named[0].targets[0]) else None

    def after(self, view: SentenceView) -> None:
        """Remember this sentence's names and subject for the next one."""
        self.seen.extend(t for r in view.referents if r.named for t in r.targets)
        if view.last_subject is not None:  # "Elle" in the next sentence: the latest subject
            self.previous_subject = view.last_subject

    def subject_like(self, view: SentenceView, referent: Referent) -> bool:
        """A referent that opens its clause: "Par ailleurs, le cluster X a ...", "... que la société"."""
        key = (referent.start, referent.end)
        known = view.opens_clause.get(key)
        if known is None:
            known = view.opens_clause[key] = self._opens_clause(view, referent)
        return known

    def _opens_clause(self, view: SentenceView, referent: Referent) -> bool:
        local = view.local(referent.start)
        head = view.masked[:local]
        dateline = _MASKED_DATELINE.match(head)  # "Rabat, 20 janv (MAP) - La start-up X, …, a levé": X opens the clause
        if dateline:
            head = head[dateline.end():]
        # "Mariama Sané : Le 5 octobre, X a signé": the colon after who speaks opens no clause
        starts = [m.end() for m in _CLAUSE_START.finditer(head) if not _SPEAKER_HEAD.fullmatch(head[:m.end()].lstrip())] \
            if "qu" in head or ";" in head or ":" in head or "!" in head or "?" in head or "dont" in head or _AND_PRONOUN.search(head) or ", ou " in head \
            else []  # what a match needs
        head = head[starts[-1]:] if starts else head
        head = _SPEAKER_HEAD.sub("", head.lstrip())
        head = head[self.lexicon.lead.match(head).end():]  # type: ignore[union-attr]  # `lead` is "^(?:…)*": it always matches, at 0 only
        if "," in head and (not starts or _TIME_INTRO.match(head)):  # "Membre du pôle X, la société …": an opening phrase, then the subject
            intro, _, rest = head.rpartition(",")
            if _NAMED_SUBJECT.fullmatch(intro) and any(r.end <= referent.start and r.named and (
                    r.label == "ORG" or self.is_org(r.targets[0])) for r in view.referents):
                return False  # "La société X, accompagnée par l'incubateur Y, a ouvert": Y is in an apposition
            if (_FINITE_PRESENT.search(intro) and _PLACE_AFTER_CLAUSE.match(rest)) or _PREPOSITION_AFTER_CLAUSE.match(rest):
                return False  # "… réalisée par X, membre du pôle, auprès de Y": Y is no subject
            if not _FINITE.search(intro) and "#" not in rest and (
                    _SUBJECT_PREFIX.match(rest.lstrip())
                    or (_LONG_SUBJECT_PREFIX.match(rest.lstrip()) and not _FINITE.search(rest))):
                after = view.masked[local + (referent.end - referent.start):].lstrip()
                # "…, la start-up Logitrak, qui optimise …, a levé": a relative clause, still the subject;
                # "…, l'installateur Solarem, basé à Perpignan, a reçu": an apposition closed before the verb
                return not after.startswith(",") or bool(_RELATIVE_AFTER.match(after)) \
                    or bool(_APPOSITION_THEN_VERB.match(after))
        return "," not in head and "#" not in head and bool(
            _SUBJECT_PREFIX.match(head) or (_LONG_SUBJECT_PREFIX.match(head) and not _FINITE.search(head)))

    def _referents(self, view: SentenceView, inside: list[EntityMention]) -> list[Referent]:
        found: list[Referent] = []
        for m in inside:
            if m.start_char in self.defined and found:  # "X (ACR)": one referent up to the closing parenthesis
                close = self.annotated.article.text.find(")", m.end_char)
                found[-1] = Referent(found[-1].start, close + 1, (self.defined[m.start_char],), True)
                continue
            if found and found[-1].named and self.is_org(found[-1].targets[0]) and m.surface[:1].islower() \
                    and _APPOSED_THE.fullmatch(self.folded[found[-1].end:m.start_char]) \
                    and not _LIST_GOES_ON.match(self.folded[m.end_char:m.end_char + 12]):
                # "avec Kista Science City, le parc technologique de Stockholm": a description of the name before
                found[-1] = Referent(found[-1].start, m.end_char, found[-1].targets, True)
                continue
            if found and m.label == "LOC" and not self.is_org(m) and found[-1].named and self.is_org(found[-1].targets[0]) \
                    and _PLACE_OF.fullmatch(self.folded[found[-1].end:m.start_char]):
                # "le Parc des technologies numériques (PTN) de Diamniadio": the place qualifies the name
                found[-1] = Referent(found[-1].start, m.end_char, found[-1].targets, True)
                continue
            found.append(Referent(m.start_char, m.end_char, (self.short_forms.get(m.surface, m),), True))
        base = view.sentence.start
        masked = view.masked
        fronted = _FRONTED_DESCRIPTION.match(masked) if masked[:1] in "abcdefghijklmnopqrstuvwxyz" else None
        if fronted and _FINITE.search(fronted.group()):
            fronted = None
        for match in self.lexicon.anaphor.finditer(masked):
            rest = masked[match.end():]
            if _NAME_AHEAD.match(rest) and not _COMMA_AHEAD.match(rest):
                continue  # "le pôle de compétitivité Nextmed": the name itself is the referent
            noun = 1 if match.group(1) else 2
            at = base + match.start(noun)
            if self.annotated.article.text[at].isupper() and any(start <= at < end and (start < at or end > base + match.end(noun))
                                                                 for start, end in self.name_spans):
                # "son Biotech Day": a word of a longer name, not a noun taking up an organisation (but "le projet X"
                # and "le Cyberparc" alone are)
                continue
            target = self._resolve_noun(match.group(noun), base + match.start(),
                                        [r for r in found if r.start >= base + fronted.end()]
                                        if fronted and match.start() == fronted.end() else found)
            if target is not None:  # the referent is the noun: "de l'agence" keeps "de l'" as a link
                found.append(Referent(base + match.start(noun), base + match.end(), (target,), False))
        lead = self.lexicon.lead.match(masked)
        view.lead_end = lead.end() if lead else 0
        clause_heads = [view.lead_end]
        if ";" in masked or ":" in masked or _AND_PRONOUN.search(masked) or ("que" in masked and "nous" in masked):  # what every `_CLAUSE_HEAD` match holds
            clause_heads += [m.end() for m in _CLAUSE_HEAD.finditer(masked)]
        we_possible = "nous" in masked  # `_WE` needs it
        tagged = _SPEAKER_HEAD.match(masked)  # "M. D. : Nous avons signé …": the answer after its speaker's tag
        if tagged:
            clause_heads.append(tagged.end())
        phrase = _OPENING_PHRASE.match(masked)  # "Fondée en 2024, elle a levé …", "Deux jours plus tard, le 5 août, elle …"
        if phrase and not _FINITE.search(phrase.group()):
            clause_heads.append(phrase.end())
        elif fronted:
            clause_heads.append(fronted.end())
        for head in clause_heads:
            tail = masked[head:]
            stripped = tail.lstrip()
            pronoun = _PRONOUN.match(stripped)
            offset = head + len(tail) - len(stripped)
            if pronoun and self.previous_subject is not None:
                found.append(Referent(base + offset, base + offset + pronoun.end(), self.previous_subject.targets, False))
            latter = _LATTER.match(stripped)
            if latter and not any(r.start == base + offset for r in found):
                # "… accueille à son capital le fonds X. Ce dernier a souscrit …": the last one named, if an organisation
                last = next((t for t in reversed(self.seen) if t.label != "LOC" or self.is_org(t)), None)
                if last is not None and self.is_org(last):
                    found.append(Referent(base + offset, base + offset + latter.end(), (last,), False))
            we = _WE.match(stripped) if we_possible else None
            # "… formulateurs. Nous avons signé …" further into a quotation opened before
            if we and not we.group(1):
                text_before = self.annotated.article.text[:base + offset]
                line = text_before[text_before.rfind("\n") + 1:]
                # … or in an interview's answer after its speaker ("Le directeur général : Oui. Le 27 janvier, nous avons …")
                # … or in a social post an organisation writes about itself, without quotations
                # ("🤝 Et hier, nous avons signé une convention avec … #Oujda"); in a reporter's
                # article, "nous" outside quotation marks is no one we can name
                text = self.annotated.article.text
                answering = _after_question(text_before)
                we = we if (text_before.count("«") > text_before.count("»") or _ANSWER_LINE.match(line)
                            or answering or (_POST.search(text) and not _SPEECH.search(text))) else None
                if we and answering and self.interviewee_org is not None:
                    found.append(Referent(base + offset, base + offset + we.end(2), (self.interviewee_org,), False))
                    we = None
            if we:
                # « Nous avons reçu hier le label … », says the head of the company the article is
                # about, or the one named after the quotation (« …, indique X, président de Y »)
                # (only a quotation open where "nous" speaks: not « Entreprise innovante », a label's name after it)
                quoted = bool(we.group(1)) or self.annotated.article.text[:base + offset].count("«") \
                    > self.annotated.article.text[:base + offset].count("»")
                close = masked.find("»", offset) if quoted else -1
                # (a post's signer names who "nous" is before the article's focus does: « X, CEO de Y »)
                speaker = next((m for m in reversed(inside) if close >= 0 and m.start_char > base + close
                                and self.is_org(m)), None) or self.author_org or (
                    self.focus if self.focus is not None and self.is_org(self.focus) else None)
                if speaker is not None:
                    found.append(Referent(base + offset, base + offset + we.end(2), (speaker,), False))
            plural = _PLURAL_PRONOUN.match(stripped)
            if plural and self.last_partners:  # "X et Y ont signé … Ils organiseront ensemble un colloque"
                found.append(Referent(base + offset, base + offset + plural.end(), self.last_partners, False))
        if self.author is not None:  # "je prends aujourd'hui mes fonctions", in a post its writer signs
            quotes = self.folded[:base]
            if quotes.count("«") <= quotes.count("»"):
                found.extend(Referent(base + first.start(1), base + first.start(1) + len(first.group(1).rstrip()),
                                      (self.author,), False) for first in _FIRST_PERSON.finditer(masked))
                found.extend(Referent(base + mine.start(1), base + mine.end(1), (self.author,), False)
                             for mine in _MY_CHANGE.finditer(masked))
        group = _GROUP.match(masked)
        # "signée lundi entre les deux organismes": the two organisations just named
        for both in _BETWEEN_BOTH.finditer(masked) if "entre les deux " in masked else ():
            two = self.last_partners or self._last_two_orgs()
            if two:
                found.append(Referent(base + both.start(1), base + both.end(1), two, False))
        if group and _AGREEMENT_SHOWN.match(masked[group.end():]):
            group = None  # "L'accord sera présenté lors des Rencontres X, que le pôle organisera": not the organisers
        if group and (self.last_partners or (_TWO_ORGANISERS.match(group.group()) and self._last_two_orgs())):
            # ("Les deux organisateurs ont renouvelé leur convention": the two organisations named last)
            found.append(Referent(base, base + group.end(), self.last_partners or self._last_two_orgs(), False))
        elif self.last_partners and ("deux " in masked or "trois " in masked or "quatre " in masked):
            # "financé par les deux clusters", "les trois signataires organiseront": the partners named before
            for both in _BOTH_NAMED.finditer(masked):
                found.append(Referent(base + both.start(1), base + both.end(1), self.last_partners, False))
        we_are = None
        if _OUR_OR_US.search(masked):
            text = self.annotated.article.text
            if _after_question(text[:base]) and self.interviewee_org is not None:
                we_are = self.interviewee_org  # an interview's answer: "… entre notre cluster et Y", "La Région nous a alloué …"
            elif _after_question(text[:base]) and self.focus is not None and self.is_org(self.focus):
                # (an interviewee introduced without an organisation, "Nadia El Fassi, présidente :", answers
                # for the one the questions speak of: "Quelles sont les nouvelles du Cluster X ?")
                we_are = self.focus
            elif _POST.search(text) and not _SPEECH.search(text) and text[:base].count("«") <= text[:base].count("»"):
                # a post its organisation writes: "notre assemblée générale aura lieu le 24 septembre"
                we_are = self.author_org or (self.focus if self.focus is not None and self.is_org(self.focus) else None)
        if we_are is not None:
            taken = {r.start for r in found}
            found.extend(Referent(base + m.start(), base + m.end(), (we_are,), False)
                         for m in _OUR_OR_US.finditer(masked) if base + m.start() not in taken
                         and not any(r.start <= base + m.start() < r.end for r in found))
        return sorted(found, key=lambda r: r.start)

    def _last_two_orgs(self) -> tuple[EntityMention, ...]:
        """The two organisations named last (distinct names), for "les deux organismes"."""
        found: list[EntityMention] = []
        for mention in reversed(self.seen):
            if self.is_org(mention) and mention.surface not in {m.surface for m in found}:
                found.append(mention)
            if len(found) == 2:
                return tuple(reversed(found))
        return ()

    def _introduced_as(self, noun: str, position: int, current: list[Referent]) -> EntityMention | None:
        """The organisation the article last introduced with this very noun ("la société Olea
        Atlas", "la start-up tunisienne X"), told in an earlier sentence and not the focus: the
        noun taken up alone then stands for it, not for the article's subject."""
        if noun not in self.lexicon.focus_anaphors:
            return None
        before_name = re.compile(rf"\b{re.escape(noun)}\s+(?:[a-z-]+\s+){{0,2}}$")
        for mention in reversed(self.seen):
            if mention.start_char >= position or not self.is_org(mention):
                continue
            if before_name.search(self.folded[max(0, mention.start_char - 40):mention.start_char].lower()):
                return mention if mention is not self.focus else None
        if noun in _COMPANY_NOUNS and self.focus is not None and (
                self.public_or_funder(self.focus) or _INVESTOR_NAME.search(_fold_lower(self.focus.surface))) \
                and not self._fund_manager_at(position):
            # "X et Y ont investi … dans la fintech Z. La jeune pousse avait été labellisée …": the
            # company introduced by another company noun, when the article's subject is a funder
            for mention in reversed(self.seen):
                if mention.start_char < position and self.is_org(mention) and mention is not self.focus \
                        and _ANY_COMPANY_NOUN_BEFORE.search(self.folded[max(0, mention.start_char - 40):mention.start_char].lower()):
                    return mention
        return None

    def _site_like(self, mention: EntityMention) -> bool:
        """A park, a zone or a technopole by its name or the noun before it ("le parc industriel de Bellara")."""
        return bool(_PARK_NAME.search(_fold_lower(mention.surface))
                    or _SITE_NOUN_BEFORE.search(self.folded[max(0, mention.start_char - 40):mention.start_char].lower()))

    def public_or_funder(self, mention: EntityMention) -> bool:
        """A region, agency, bank or fund by its name, or by the noun the text puts before it ("le fonds Breizh Up")."""
        return bool(_PUBLIC_OR_FUNDER.match(fold_keep_offsets(mention.surface).lower())
                    or _FUNDER_NOUN_BEFORE.search(self.folded[max(0, mention.start_char - 30):mention.start_char].lower()))

    def _funder_like(self, mention: EntityMention) -> bool:
        """A public body or funder, or a firm named as an investor ("Algerian Startup Fund", "CDG Invest"): a
        company noun ("la start-up") never stands for it."""
        return self.public_or_funder(mention) or bool(_INVESTOR_NAME.search(_fold_lower(mention.surface)))

    def _fund_manager_at(self, position: int) -> bool:
        """« la société de gestion » of a fund the article opens on ("Azur Innovation Fund", "le fonds X"): the
        fund's own manager, not a company it funded (a bank's or an agency's « société de gestion » is one)."""
        if self.focus is None or not _MANAGER_NOUN.match(self.folded[position:position + 40].lower()):
            return False
        name = _fold_lower(self.focus.surface)
        return bool(_INVESTOR_NAME.search(name) or name.startswith("fonds")
                    or _FUND_NOUN_BEFORE.search(self.folded[max(0, self.focus.start_char - 30):self.focus.start_char].lower()))

    def _resolve_noun(self, noun: str, position: int, current: list[Referent]) -> EntityMention | None:
        introduced = self._introduced_as(noun, position, current)
        if introduced is not None:
            return introduced  # "… la société Olea Atlas. La société, labellisée …": the one named so
        if noun in _COMPANY_NOUNS and self.funded is not None and self.focus is not None \
                and self.focus.surface in self.funded[1] | {self.funded[0].surface} \
                and not self._fund_manager_at(position):
            # "Le fonds X a investi 250 000 dollars dans Y. La start-up a aussi conclu …": the company X funded,
            # not X, the article's first name (nor the funder, when Y opens the article)
            return self.funded[0]
        if noun in _COMPANY_NOUNS | {"groupe"} and self.focus is not None \
                and (self._site_like(self.focus) or self.focus.label == "LOC"):
            # "Dans le parc de Bellara, X a mis en service une aciérie. Le groupe a investi …": a company
            # noun stands for the company told, never for the park the article opens on
            return next((m for m in reversed(self.seen + [t for r in current if r.named and r.start < position
                                                          for t in r.targets])
                         if self.is_org(m) and not self._site_like(m) and not self._funder_like(m)), None)
        if noun in self.lexicon.focus_anaphors:
            if noun in _COMPANY_NOUNS and self.focus is not None and self._funder_like(self.focus) \
                    and not self._fund_manager_at(position):
                # "La Région X a accordé 350 k€ à Vinotech, tandis que le fonds Y est entré au capital
                # de la société": a company noun never stands for the region or the fund
                company = next((m for m in reversed(self.seen + [t for r in current if r.named and r.start < position
                                                                  for t in r.targets])
                                if self.is_org(m) and not self._funder_like(m)),
                               None)
                return company  # none named: better no one than the region or the fund
            return self.focus
        text = self.folded
        current_named = [t for r in current if r.named and r.start < position for t in r.targets]
        apposed: re.Pattern[str] | None = None   # compiled on first need
        inside: EntityMention | None = None  # the latest name holding the noun only in its middle
        org_like, contexts = self.org_like, self.name_contexts
        for mention in chain(reversed(current_named), reversed(self.seen)):  # latest first, as reversed(seen + current)
            if mention.surface not in org_like:  # `is_org`, inlined: the loop's most frequent exit
                continue
            known = contexts.get(key := (mention.start_char, mention.end_char))
            if known is None:
                left = text[max(0, mention.start_char - 25):mention.start_char]
                # the noun before the name in its own phrase ("la technopole X"), not the one of a name before a
                # comma ("… de la Technopole de Sousse, Amel Trabelsi": Amel is no technopole)
                left = left[max(left.rfind(","), left.rfind(";"), left.rfind("."), left.rfind("(")) + 1:]
                known = contexts[key] = (left, text[mention.start_char:mention.end_char])
            left, name = known
            context = left + name
            if noun in context and re.search(rf"(?<![a-z]){re.escape(noun)}", context) and (
                    noun not in _NAMED_ONLY or re.search(rf"\b{noun}\b", context)):
                # "la Cité" never for the « Société … de l'électricité », "le pôle" never for a technopôle
                if noun not in left and not name.startswith(noun):
                    # "le cluster X … label de l'European Cluster Excellence Initiative. Le cluster tiendra …":
                    # X, introduced by the noun, before a name that only holds it
                    inside = inside or mention
                    continue
                return mention
            apposition = text[mention.end_char:min(mention.end_char + 40, position)]
            if apposed is None:
                apposed = _apposed_noun(noun)
            if apposed.match(apposition):
                return mention
        if inside is not None:
            return inside
        if noun in _NAMED_ONLY:
            return None  # "la cité phocéenne" is a city unless a « Cité de … » was named
        return self._item_heading(position, current_named) or self.focus

    def _item_heading(self, position: int, current_named: list[EntityMention]) -> EntityMention | None:
        """"Vitagora - Lucie Garnier a été élue présidente du pôle dijonnais": in a column of items,
        the organisation that opens the paragraph before a spaced dash, not the article's focus."""
        start = self.folded.rfind("\n", 0, position) + 1
        if start == 0:
            return None
        return next((m for m in chain(current_named, reversed(self.seen))
                     if m.start_char == start and self.is_org(m)
                     and _ITEM_DASH.match(self.folded, m.end_char)), None)
