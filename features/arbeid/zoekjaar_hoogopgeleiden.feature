# language: nl
Functionaliteit: Zoekjaar hoog opgeleiden: overgangsrecht Wet modern migratiebeleid en duur van de postdoctorale opleiding
  Vc B6/2.2 en B6/3.3.1 in de tekst van WBV 2016/7 (001:L298-318, L376-380), vanaf 2016-07-01.
  Afwijzen op grond van art. 3.42, tweede lid, Vb als de vreemdeling vóór 1 juni 2013 (Wet modern
  migratiebeleid, 000:L13) een vergunning 'verblijf gedurende zoekperiode afgestudeerde' of 'verblijf
  gedurende zoekjaar hoogopgeleide' had voor dezelfde opleiding of hetzelfde onderzoek (001:L302-308).
  Een postdoctorale opleiding telt voor art. 3.42, eerste lid, onder c, Vb bij ten minste 12 maanden
  (001:L1596), of als zij voor een academisch jaar is aangegaan, door de zomerperiode korter duurde
  en ten minste 10 maanden duurde (001:L310-318). Begin- en einddag tellen mee. Geldigheidsduur één
  jaar (001:L380). De overige voorwaarden van art. 3.42, eerste lid, Vb staan niet in de bronnen.

  Achtergrond:
    Gegeven de tabel "arbeid/zoekjaar_hoogopgeleiden"
    En de aanvraag:
      | veld                     | waarde                  |
      | aanvraagdatum            | 2016-09-15              |
      | grondslag                | postdoctorale_opleiding |
      | eerdere_zoekvergunning   | geen                    |
      | opleiding_begindatum     | 2015-09-01              |
      | opleiding_einddatum      | 2016-06-30              |
      | academisch_jaar          | ja                      |
      | korter_door_zomerperiode | ja                      |

  Abstract Scenario: Academisch jaar, door de zomer korter dan 12 maanden: ten minste 10 maanden, begin- en einddag meegeteld
    Gegeven de aanvraag:
      | veld                 | waarde  |
      | opleiding_begindatum | <begin> |
      | opleiding_einddatum  | <einde> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "postdoctorale_opleiding" gelijk aan "<postdoc>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | begin      | einde      | besluit              | postdoc                | gronden                      | regels                |
      | 2015-09-01 | 2016-06-30 | geen_afwijzingsgrond | voldoende_beleidsregel | leeg                         | ZJ-D03, ZJ-02         |
      | 2015-09-01 | 2016-06-29 | afwijzen             | onvoldoende            | duur_postdoctorale_opleiding | ZJ-D04, ZJ-G02, ZJ-01 |
      | 2015-09-01 | 2016-08-30 | geen_afwijzingsgrond | voldoende_beleidsregel | leeg                         | ZJ-D03, ZJ-02         |
      | 2016-01-31 | 2016-11-29 | geen_afwijzingsgrond | voldoende_beleidsregel | leeg                         | ZJ-D03, ZJ-02         |
      | 2016-01-31 | 2016-11-28 | afwijzen             | onvoldoende            | duur_postdoctorale_opleiding | ZJ-D04, ZJ-G02, ZJ-01 |

  Abstract Scenario: Ten minste 12 maanden volstaat zonder academisch jaar of zomerperiode (art. 3.42, eerste lid, onder c, Vb)
    Gegeven de aanvraag:
      | veld                     | waarde       |
      | opleiding_begindatum     | <begin>      |
      | opleiding_einddatum      | <einde>      |
      | academisch_jaar          | <academisch> |
      | korter_door_zomerperiode | <zomer>      |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "postdoctorale_opleiding" gelijk aan "<postdoc>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | begin      | einde      | academisch | zomer | besluit              | postdoc                | regels                |
      | 2015-09-01 | 2016-08-31 | nee        | nee   | geen_afwijzingsgrond | voldoende_vb           | ZJ-D02, ZJ-02         |
      | 2015-09-01 | 2016-08-31 | leeg       | leeg  | geen_afwijzingsgrond | voldoende_vb           | ZJ-D02, ZJ-02         |
      | 2015-09-01 | 2016-08-30 | nee        | nee   | afwijzen             | onvoldoende            | ZJ-D05, ZJ-G02, ZJ-01 |
      | 2015-09-01 | 2016-08-30 | ja         | nee   | afwijzen             | onvoldoende            | ZJ-D06, ZJ-G02, ZJ-01 |
      | 2015-09-01 | 2016-08-30 | ja         | ja    | geen_afwijzingsgrond | voldoende_beleidsregel | ZJ-D03, ZJ-02         |
      | 2016-02-29 | 2017-02-26 | nee        | nee   | afwijzen             | onvoldoende            | ZJ-D05, ZJ-G02, ZJ-01 |
      | 2016-02-29 | 2017-02-27 | nee        | nee   | geen_afwijzingsgrond | voldoende_vb           | ZJ-D02, ZJ-02         |

  Abstract Scenario: Korter dan 12 maanden: de beleidsregel vraagt een academisch jaar en de zomerperiode als reden
    Gegeven de aanvraag:
      | veld                     | waarde       |
      | academisch_jaar          | <academisch> |
      | korter_door_zomerperiode | <zomer>      |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "postdoctorale_opleiding" gelijk aan "<postdoc>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | academisch | zomer | besluit              | postdoc                | regels                |
      | ja         | ja    | geen_afwijzingsgrond | voldoende_beleidsregel | ZJ-D03, ZJ-02         |
      | nee        | ja    | afwijzen             | onvoldoende            | ZJ-D05, ZJ-G02, ZJ-01 |
      | ja         | nee   | afwijzen             | onvoldoende            | ZJ-D06, ZJ-G02, ZJ-01 |
      | nee        | nee   | afwijzen             | onvoldoende            | ZJ-D05, ZJ-G02, ZJ-01 |

  Abstract Scenario: Overgangsrecht Modern migratiebeleid: een eerdere zoekvergunning voor dezelfde opleiding of hetzelfde onderzoek
    Gegeven de aanvraag:
      | veld                          | waarde           |
      | grondslag                     | andere_grondslag |
      | eerdere_zoekvergunning        | <eerdere>        |
      | zelfde_opleiding_of_onderzoek | <zelfde>         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "postdoctorale_opleiding" gelijk aan "niet_van_toepassing"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | eerdere                   | zelfde | besluit              | gronden             | regels                |
      | zoekjaar_hoogopgeleide    | ja     | afwijzen             | overgangsrecht_momi | ZJ-D01, ZJ-G01, ZJ-01 |
      | zoekperiode_afgestudeerde | ja     | afwijzen             | overgangsrecht_momi | ZJ-D01, ZJ-G01, ZJ-01 |
      | zoekjaar_hoogopgeleide    | nee    | geen_afwijzingsgrond | leeg                | ZJ-D01, ZJ-02         |
      | zoekperiode_afgestudeerde | nee    | geen_afwijzingsgrond | leeg                | ZJ-D01, ZJ-02         |
      | geen                      | leeg   | geen_afwijzingsgrond | leeg                | ZJ-D01, ZJ-02         |

  Scenario: Beide afwijzingsgronden worden genoemd
    Gegeven de aanvraag:
      | veld                          | waarde                 |
      | eerdere_zoekvergunning        | zoekjaar_hoogopgeleide |
      | zelfde_opleiding_of_onderzoek | ja                     |
      | opleiding_einddatum           | 2016-06-29             |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "overgangsrecht_momi, duur_postdoctorale_opleiding"
    En is regel "ZJ-D04, ZJ-G01, ZJ-G02, ZJ-01" toegepast
    En is regel "ZJ-02" niet toegepast

  Scenario: Geen afwijzingsgrond: bij verlening één jaar onder de beperking voor het zoekjaar
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "geen_afwijzingsgrond"
    En is "geldigheidsduur_maanden" gelijk aan "12"
    En is "beperking" gelijk aan "het zoeken naar en verrichten van arbeid al dan niet in loondienst"
    En is regel "ZJ-02" toegepast

  Scenario: Zonder opgave van een eerdere zoekvergunning geen besluit (een ontbrekend feit is onbekend, nooit 'geen')
    Gegeven de aanvraag:
      | veld                   | waarde |
      | eerdere_zoekvergunning | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "eerdere_zoekvergunning, zelfde_opleiding_of_onderzoek"
    En is "besluit" gelijk aan "leeg"

  Scenario: Een eerdere zoekvergunning zonder opgave of die voor dezelfde opleiding was: geen besluit
    Gegeven de aanvraag:
      | veld                   | waarde                 |
      | eerdere_zoekvergunning | zoekjaar_hoogopgeleide |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "zelfde_opleiding_of_onderzoek"
    En is "besluit" gelijk aan "leeg"

  Scenario: Zonder einddatum van de postdoctorale opleiding geen besluit
    Gegeven de aanvraag:
      | veld                | waarde |
      | opleiding_einddatum | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "opleiding_einddatum"
    En is "postdoctorale_opleiding" gelijk aan "leeg"
    En is "besluit" gelijk aan "leeg"

  Scenario: Korter dan 12 maanden zonder opgave van het academisch jaar: geen besluit
    Gegeven de aanvraag:
      | veld            | waarde |
      | academisch_jaar | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "academisch_jaar"
    En is "postdoctorale_opleiding" gelijk aan "leeg"

  Scenario: Wie al op het overgangsrecht wordt afgewezen, wordt afgewezen, ook als de duur van de opleiding nog onbekend is
    Gegeven de aanvraag:
      | veld                          | waarde                 |
      | eerdere_zoekvergunning        | zoekjaar_hoogopgeleide |
      | zelfde_opleiding_of_onderzoek | ja                     |
      | opleiding_einddatum           | leeg                   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En is de status "onvolledig"
    En ontbreken de feiten "opleiding_einddatum"

  Scenario: Een einddatum vóór de begindatum wordt geweigerd en noemt beide velden
    Gegeven de aanvraag:
      | veld                 | waarde     |
      | opleiding_begindatum | 2016-09-01 |
      | opleiding_einddatum  | 2016-08-31 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "opleiding_begindatum"
    En noemt de fout het veld "opleiding_einddatum"

  Abstract Scenario: Vóór 1 juli 2016 staat B6/2.2 niet in de bronnen
    Gegeven de aanvraag:
      | veld          | waarde  |
      | aanvraagdatum | <datum> |
    Als de beslissing wordt genomen
    Dan <uitkomst>

    Voorbeelden:
      | datum      | uitkomst                                             |
      | 2016-06-30 | geeft de beslissing de fout "geen_regels_van_kracht" |
      | 2016-07-01 | is "besluit" gelijk aan "geen_afwijzingsgrond"       |

  Abstract Scenario: Ongeldige feiten worden geweigerd
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | veld                   | waarde        |
      | grondslag              | master        |
      | eerdere_zoekvergunning | kennismigrant |
      | opleiding_einddatum    | juni          |
      | academisch_jaar        | misschien     |
