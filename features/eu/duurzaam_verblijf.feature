# language: nl
Functionaliteit: Duurzaam verblijf vóór vijf jaar voor voormalig economisch actieve burgers van de Unie
  Vc B10/3.6 in de tekst van WBV 2010/20 (002:L530-571), vanaf 2011-01-01; art. 8.17, derde lid, Vb.
  EU/EER-onderdanen en Zwitserse onderdanen met hoofdverblijf in Nederland (002:L534) hebben het recht
  om duurzaam verblijf te houden vóór vijf jaar bij: pensioen op 65-jarige leeftijd na ten minste twaalf
  maanden werk en meer dan drie jaar wonen vóór de 65e verjaardag (002:L538-541); vervroegde uittreding
  van een werknemer na langer dan drie jaar wonen en de laatste twaalf maanden werk (002:L547-551);
  blijvende arbeidsongeschiktheid na ten minste twee jaar wonen met rechtmatig verblijf op grond van
  art. 8, onder e, Vw, zonder die termijn bij een arbeidsongeval of beroepsziekte (002:L555-565);
  verplaatsing van de werkzaamheden buiten Nederland na ten minste drie jaar werken en wonen, met in
  beginsel dagelijkse of ten minste wekelijkse terugkeer (002:L568-571).

  Achtergrond:
    Gegeven de tabel "eu/duurzaam_verblijf"
    En de aanvraag:
      | veld                       | waarde     |
      | aanvraagdatum              | 2012-06-01 |
      | eu_eer_zwitsers_onderdaan  | ja         |
      | hoofdverblijf_in_nederland | ja         |

  Abstract Scenario: Pensioen: de werkzaamheden gestaakt op of na de 65e verjaardag (voltooide jaren)
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | grond                       | pensioen   |
      | geboortedatum               | 1947-03-01 |
      | datum_staking_werkzaamheden | <staking>  |
      | werkzaam_in_nl_sinds        | 2008-01-01 |
      | woont_in_nl_sinds           | 2008-01-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | staking    | besluit           | gronden  | regels       |
      | 2012-02-29 | niet_vervuld      | leeftijd | DV-P1, DV-03 |
      | 2012-03-01 | duurzaam_verblijf | leeg     | DV-06        |
      | 2012-05-31 | duurzaam_verblijf | leeg     | DV-06        |

  Scenario: Pensioen: wie na zijn 65e verjaardag stopt, staakt ook 'op 65-jarige leeftijd' (aanname)
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | aanvraagdatum               | 2014-06-01 |
      | grond                       | pensioen   |
      | geboortedatum               | 1947-03-01 |
      | datum_staking_werkzaamheden | 2014-05-01 |
      | werkzaam_in_nl_sinds        | 2008-01-01 |
      | woont_in_nl_sinds           | 2008-01-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "duurzaam_verblijf"
    En is regel "DV-06" toegepast

  Abstract Scenario: Pensioen: ten minste de twaalf maanden vóór de staking in Nederland gewerkt
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | grond                       | pensioen   |
      | geboortedatum               | 1947-03-01 |
      | datum_staking_werkzaamheden | <staking>  |
      | werkzaam_in_nl_sinds        | <werk>     |
      | woont_in_nl_sinds           | 2008-01-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | staking    | werk       | besluit           | gronden     | regels       |
      | 2012-03-01 | 2011-03-01 | duurzaam_verblijf | leeg        | DV-06        |
      | 2012-03-01 | 2011-03-02 | niet_vervuld      | arbeidsduur | DV-P2, DV-03 |
      | 2012-03-31 | 2011-03-31 | duurzaam_verblijf | leeg        | DV-06        |
      | 2012-03-31 | 2011-04-01 | niet_vervuld      | arbeidsduur | DV-P2, DV-03 |

  Abstract Scenario: Pensioen: meer dan drie jaar voortdurend gewoond onmiddellijk vóór de 65e verjaardag (precies drie jaar is niet genoeg)
    Gegeven de aanvraag:
      | veld                        | waarde          |
      | grond                       | pensioen        |
      | geboortedatum               | <geboortedatum> |
      | datum_staking_werkzaamheden | 2012-05-01      |
      | werkzaam_in_nl_sinds        | 2009-01-01      |
      | woont_in_nl_sinds           | <wonen>         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | geboortedatum | wonen      | besluit           | gronden  | regels       |
      | 1947-03-01    | 2009-02-28 | duurzaam_verblijf | leeg     | DV-06        |
      | 1947-03-01    | 2009-03-01 | niet_vervuld      | woonduur | DV-P3, DV-03 |
      | 1947-02-28    | 2009-02-27 | duurzaam_verblijf | leeg     | DV-06        |
      | 1947-02-28    | 2009-02-28 | niet_vervuld      | woonduur | DV-P3, DV-03 |

  Scenario: Pensioen: te vroeg gestopt, te kort gewerkt en te kort gewoond: alle voorwaarden worden genoemd
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | grond                       | pensioen   |
      | geboortedatum               | 1948-03-01 |
      | datum_staking_werkzaamheden | 2012-03-01 |
      | werkzaam_in_nl_sinds        | 2011-06-01 |
      | woont_in_nl_sinds           | 2011-06-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "niet_vervuld"
    En bevat "gronden" precies "leeftijd, arbeidsduur, woonduur"
    En is regel "DV-P1, DV-P2, DV-P3, DV-03" toegepast
    En is de status "beslist"

  Scenario: Pensioen zonder geboortedatum: geen besluit (een ontbrekend feit is onbekend, nooit nee)
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | grond                       | pensioen   |
      | datum_staking_werkzaamheden | 2012-03-01 |
      | werkzaam_in_nl_sinds        | 2008-01-01 |
      | woont_in_nl_sinds           | 2008-01-01 |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "geboortedatum"
    En is "besluit" gelijk aan "leeg"

  Abstract Scenario: Vervroegde uittreding: werknemer, langer dan drie jaar gewoond en de laatste twaalf maanden gewerkt
    Gegeven de aanvraag:
      | veld                        | waarde                |
      | grond                       | vervroegde_uittreding |
      | datum_staking_werkzaamheden | 2012-04-01            |
      | werkzaam_in_nl_sinds        | <werk>                |
      | woont_in_nl_sinds           | <wonen>               |
      | werknemer                   | <werknemer>           |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | werk       | wonen      | werknemer | besluit           | gronden                         | regels                     |
      | 2011-04-01 | 2009-03-31 | ja        | duurzaam_verblijf | leeg                            | DV-07                      |
      | 2011-04-01 | 2009-04-01 | ja        | niet_vervuld      | woonduur                        | DV-V2, DV-03               |
      | 2011-04-02 | 2009-03-31 | ja        | niet_vervuld      | arbeidsduur                     | DV-V3, DV-03               |
      | 2011-04-01 | 2009-03-31 | nee       | niet_vervuld      | werknemer                       | DV-V1, DV-03               |
      | 2011-04-02 | 2009-04-01 | nee       | niet_vervuld      | werknemer, woonduur, arbeidsduur | DV-V1, DV-V2, DV-V3, DV-03 |

  Scenario: Vervroegde uittreding zonder opgave of de vreemdeling werknemer is: geen besluit
    Gegeven de aanvraag:
      | veld                        | waarde                |
      | grond                       | vervroegde_uittreding |
      | datum_staking_werkzaamheden | 2012-04-01            |
      | werkzaam_in_nl_sinds        | 2008-01-01            |
      | woont_in_nl_sinds           | 2008-01-01            |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "werknemer"

  Abstract Scenario: Blijvende arbeidsongeschiktheid: ten minste twee jaar gewoond met rechtmatig verblijf, tenzij arbeidsongeval of beroepsziekte
    Gegeven de aanvraag:
      | veld                            | waarde                |
      | grond                           | arbeidsongeschiktheid |
      | datum_arbeidsongeschiktheid     | 2012-01-15            |
      | woont_in_nl_sinds               | <wonen>               |
      | rechtmatig_verblijf_art_8e      | <rechtmatig>          |
      | arbeidsongeval_of_beroepsziekte | <ongeval>             |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | wonen      | rechtmatig | ongeval | besluit           | gronden                       | regels              |
      | 2010-01-15 | ja         | nee     | duurzaam_verblijf | leeg                          | DV-08               |
      | 2010-01-16 | ja         | nee     | niet_vervuld      | woonduur                      | DV-A1, DV-03        |
      | 2010-01-15 | nee        | nee     | niet_vervuld      | rechtmatig_verblijf           | DV-A2, DV-03        |
      | 2011-06-01 | nee        | nee     | niet_vervuld      | woonduur, rechtmatig_verblijf | DV-A1, DV-A2, DV-03 |
      | 2011-06-01 | ja         | ja      | duurzaam_verblijf | leeg                          | DV-08               |
      | 2011-06-01 | nee        | ja      | duurzaam_verblijf | leeg                          | DV-08               |

  Scenario: Arbeidsongeschiktheid door een arbeidsongeval: de woonduur en het rechtmatig verblijf zijn niet nodig
    Gegeven de aanvraag:
      | veld                            | waarde                |
      | grond                           | arbeidsongeschiktheid |
      | datum_arbeidsongeschiktheid     | 2012-01-15            |
      | arbeidsongeval_of_beroepsziekte | ja                    |
    Als de beslissing wordt genomen
    Dan is de status "beslist"
    En is "besluit" gelijk aan "duurzaam_verblijf"
    En is regel "DV-08" toegepast

  Scenario: Arbeidsongeschiktheid zonder opgave van de oorzaak: geen besluit
    Gegeven de aanvraag:
      | veld                        | waarde                |
      | grond                       | arbeidsongeschiktheid |
      | datum_arbeidsongeschiktheid | 2012-01-15            |
      | woont_in_nl_sinds           | 2011-06-01            |
      | rechtmatig_verblijf_art_8e  | ja                    |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "arbeidsongeval_of_beroepsziekte"

  Abstract Scenario: Verplaatsing van de werkzaamheden: ten minste drie jaar gewerkt en gewoond, in beginsel dagelijks of wekelijks terug
    Gegeven de aanvraag:
      | veld                             | waarde                     |
      | grond                            | verplaatsing_werkzaamheden |
      | datum_verplaatsing_werkzaamheden | 2012-01-01                 |
      | werkzaam_in_nl_sinds             | <werk>                     |
      | woont_in_nl_sinds                | <wonen>                    |
      | terugkeer_naar_nl                | <terugkeer>                |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | werk       | wonen      | terugkeer            | besluit             | gronden               | regels              | status              |
      | 2009-01-01 | 2009-01-01 | dagelijks            | duurzaam_verblijf   | leeg                  | DV-05               | beslist             |
      | 2009-01-01 | 2009-01-01 | wekelijks            | duurzaam_verblijf   | leeg                  | DV-05               | beslist             |
      | 2009-01-01 | 2009-01-01 | minder_dan_wekelijks | beoordeling_vereist | terugkeer             | DV-04               | beoordeling_vereist |
      | 2009-01-01 | 2009-01-02 | dagelijks            | niet_vervuld        | woonduur              | DV-E1, DV-03        | beslist             |
      | 2009-01-02 | 2009-01-01 | dagelijks            | niet_vervuld        | arbeidsduur           | DV-E2, DV-03        | beslist             |
      | 2009-01-02 | 2009-01-02 | minder_dan_wekelijks | niet_vervuld        | woonduur, arbeidsduur | DV-E1, DV-E2, DV-03 | beslist             |

  Scenario: Verplaatsing zonder opgave van de terugkeer: geen besluit
    Gegeven de aanvraag:
      | veld                             | waarde                     |
      | grond                            | verplaatsing_werkzaamheden |
      | datum_verplaatsing_werkzaamheden | 2012-01-01                 |
      | werkzaam_in_nl_sinds             | 2009-01-01                 |
      | woont_in_nl_sinds                | 2009-01-01                 |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "terugkeer_naar_nl"
    En is "besluit" gelijk aan "leeg"

  Abstract Scenario: Alleen EU/EER-onderdanen en Zwitserse onderdanen met hoofdverblijf in Nederland
    Gegeven de aanvraag:
      | veld                        | waarde        |
      | eu_eer_zwitsers_onderdaan   | <onderdaan>   |
      | hoofdverblijf_in_nederland  | <hoofdverblijf> |
      | grond                       | pensioen      |
      | geboortedatum               | 1947-03-01    |
      | datum_staking_werkzaamheden | 2012-03-01    |
      | werkzaam_in_nl_sinds        | 2008-01-01    |
      | woont_in_nl_sinds           | 2008-01-01    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | onderdaan | hoofdverblijf | besluit             | regels |
      | ja        | ja            | duurzaam_verblijf   | DV-06  |
      | nee       | ja            | niet_van_toepassing | DV-01  |
      | nee       | nee           | niet_van_toepassing | DV-01  |
      | ja        | nee           | niet_van_toepassing | DV-02  |

  Abstract Scenario: Onmogelijke data worden geweigerd
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | grond                       | pensioen   |
      | geboortedatum               | <geboorte> |
      | datum_staking_werkzaamheden | <staking>  |
      | werkzaam_in_nl_sinds        | <werk>     |
      | woont_in_nl_sinds           | <wonen>    |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"

    Voorbeelden:
      | geboorte   | staking    | werk       | wonen      |
      | 2013-01-01 | 2012-03-01 | 2008-01-01 | 2008-01-01 |
      | 1947-03-01 | 2012-03-01 | 2012-04-01 | 2008-01-01 |
      | 1947-03-01 | 2012-07-01 | 2008-01-01 | 2008-01-01 |
      | 1947-03-01 | 2012-03-01 | 2008-01-01 | 2012-07-01 |

  Abstract Scenario: Data na de aanvraagdatum bij arbeidsongeschiktheid en verplaatsing worden geweigerd
    Gegeven de aanvraag:
      | veld                             | waarde                     |
      | grond                            | <grond>                    |
      | datum_arbeidsongeschiktheid      | <ao>                       |
      | datum_verplaatsing_werkzaamheden | <verplaatsing>             |
      | werkzaam_in_nl_sinds             | <werk>                     |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"

    Voorbeelden:
      | grond                      | ao         | verplaatsing | werk       |
      | arbeidsongeschiktheid      | 2012-06-02 | leeg         | 2008-01-01 |
      | verplaatsing_werkzaamheden | leeg       | 2012-06-02   | 2008-01-01 |
      | verplaatsing_werkzaamheden | leeg       | 2012-01-01   | 2012-01-02 |

  Abstract Scenario: De tekst van WBV 2010/20 geldt vanaf 1 januari 2011; eerdere versies staan niet in de bronnen
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | aanvraagdatum               | <datum>    |
      | grond                       | pensioen   |
      | geboortedatum               | 1945-03-01 |
      | datum_staking_werkzaamheden | 2010-03-01 |
      | werkzaam_in_nl_sinds        | 2005-01-01 |
      | woont_in_nl_sinds           | 2005-01-01 |
    Als de beslissing wordt genomen
    Dan <uitkomst>

    Voorbeelden:
      | datum      | uitkomst                                             |
      | 2010-12-31 | geeft de beslissing de fout "geen_regels_van_kracht" |
      | 2011-01-01 | is "besluit" gelijk aan "duurzaam_verblijf"          |
