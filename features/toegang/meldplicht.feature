# language: nl
Functionaliteit: Ontheffing van de meldplicht in het kader van toelatingsprocedures (Vc A2/10.3.1)
  Vc A2/10.3.1 in de tekst van WBV 2021/22 (003:L661-695), vanaf 2022-01-01.
  In ieder geval geen ontheffing als die voor het vreemdelingentoezicht niet gewenst is of als de vreemdeling
  niet langer in Nederland mag verblijven (003:L685-689). Aan een asielzoeker uitsluitend ontheffing tijdens
  het afwachten van de beslissing in eerste aanleg in overleg met de IND, of als hij minderjarig is, jonger dan
  twaalf jaar en geen amv (003:L691-695). Of ontheffing wordt verleend, beslist de Korpschef; hij mag naar
  eigen oordeel afwijken (003:L681).

  Achtergrond:
    Gegeven de tabel "toegang/meldplicht"
    En de aanvraag:
      | veld                               | waarde     |
      | beoordelingsdatum                  | 2024-05-01 |
      | aanvraag_soort                     | asiel      |
      | ontheffing_ongewenst_voor_toezicht | nee        |
      | mag_in_nederland_verblijven        | ja         |
      | in_afwachting_eerste_aanleg        | ja         |
      | overleg_met_ind                    | nee        |
      | geboortedatum                      | 2015-01-01 |
      | amv                                | nee        |

  Abstract Scenario: Jonger dan twaalf jaar en geen amv: de Korpschef mag ontheffing verlenen
    Gegeven de aanvraag:
      | veld          | waarde          |
      | geboortedatum | <geboortedatum> |
      | amv           | <amv>           |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | geboortedatum | amv | besluit             | grond             | regel | status              |
      | 2024-05-01    | nee | beoordeling_vereist | jonger_dan_twaalf | MP-04 | beoordeling_vereist |
      | 2012-05-02    | nee | beoordeling_vereist | jonger_dan_twaalf | MP-04 | beoordeling_vereist |
      | 2012-05-01    | nee | geen_ontheffing     | geen_situatie     | MP-05 | beslist             |
      | 2000-01-01    | nee | geen_ontheffing     | geen_situatie     | MP-05 | beslist             |
      | 2014-01-01    | ja  | geen_ontheffing     | geen_situatie     | MP-05 | beslist             |

  Abstract Scenario: De beslissing in eerste aanleg afwachten, in overleg met de IND
    Gegeven de aanvraag:
      | veld                        | waarde      |
      | geboortedatum               | 1990-01-01  |
      | in_afwachting_eerste_aanleg | <afwachten> |
      | overleg_met_ind             | <overleg>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | afwachten | overleg | besluit             | grond                     | regel |
      | ja        | ja      | beoordeling_vereist | eerste_aanleg_overleg_ind | MP-03 |
      | ja        | nee     | geen_ontheffing     | geen_situatie             | MP-05 |
      | nee       | ja      | geen_ontheffing     | geen_situatie             | MP-05 |

  Abstract Scenario: In ieder geval geen ontheffing, ook voor een kind jonger dan twaalf
    Gegeven de aanvraag:
      | veld                               | waarde      |
      | ontheffing_ongewenst_voor_toezicht | <ongewenst> |
      | mag_in_nederland_verblijven        | <verblijf>  |
      | overleg_met_ind                    | ja          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "geen_ontheffing"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | ongewenst | verblijf | grond         | regel |
      | ja        | ja       | toezicht      | MP-01 |
      | ja        | nee      | toezicht      | MP-01 |
      | nee       | nee      | geen_verblijf | MP-02 |

  Scenario: Een reguliere aanvraag: de paragraaf geeft geen instructie, de Korpschef beslist
    Gegeven de aanvraag:
      | veld           | waarde   |
      | aanvraag_soort | regulier |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En is "grond" gelijk aan "regulier_geen_instructie"
    En is regel "MP-06" toegepast
    En is de status "beoordeling_vereist"

  Scenario: Zonder geboortedatum is niet bekend of de vreemdeling jonger dan twaalf is
    Gegeven de aanvraag:
      | veld          | waarde |
      | geboortedatum | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "geboortedatum"
    En is "besluit" gelijk aan "leeg"

  Scenario: Een onbekend oordeel over het toezicht is geen nee
    Gegeven de aanvraag:
      | veld                               | waarde |
      | ontheffing_ongewenst_voor_toezicht | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "ontheffing_ongewenst_voor_toezicht"

  Scenario: Een geboortedatum na de beoordelingsdatum is een fout in de aanvraag
    Gegeven de aanvraag:
      | veld          | waarde     |
      | geboortedatum | 2024-05-02 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "geboortedatum"
    En noemt de fout het veld "beoordelingsdatum"

  Abstract Scenario: De regels gelden vanaf 1 januari 2022 (WBV 2021/22)
    Gegeven de aanvraag:
      | veld              | waarde  |
      | beoordelingsdatum | <datum> |
      | geboortedatum     | 2012-01-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En is regel "MP-04" toegepast

    Voorbeelden:
      | datum      |
      | 2022-01-01 |
      | 2023-12-31 |

  Scenario: Voor 1 januari 2022 zijn er geen regels van kracht
    Gegeven de aanvraag:
      | veld              | waarde     |
      | beoordelingsdatum | 2021-12-31 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"
