# language: nl
Functionaliteit: Verblijf voor medische behandeling (Vc B8/2.1)
  Drie cumulatieve voorwaarden (artikel 3.46 Vb; Vc B8/2.1 in de tekst van WBV 2010/20, 002:L324-445):
  a. Nederland is het meest aangewezen land: een van de situaties 1 tot en met 7 (limitatief);
  b. een noodzakelijke medische behandeling (advies BMA); c. deugdelijke financiering.
  Daarnaast artikel 16 Vw (paspoort, mvv, middelen). Zonder geldig document voor grensoverschrijding vrijstelling
  als de vier voorwaarden van B8/2.1 samen gelden (002:L417-424); andere zeer bijzondere individuele
  omstandigheden beoordeelt de IND ('kan slechts', beoordeling_vereist); zonder zulke omstandigheden afwijzen. Na ten minste een jaar beletselen tegen uitzetting (artikel 64 Vw)
  direct voor de aanvraag geen afwijzing op mvv, middelen of financiering (artikel 3.46, derde lid, Vb; ook voor
  houders van de vergunning uit het overgangsrecht B8/13). Situatie 3 met een behandeling van een jaar of korter:
  uitstel van vertrek. Bijzondere omstandigheden (artikel 4:84 Awb): beoordeling_vereist.
  Aanvragen ontvangen vóór 1 juli 2010: oud recht (B8/13). Vanaf 1 juli 2016 krijgt de vergunning de kenmerken
  van B8/9.3 (WBV 2016/7, 001:L664-674). Jaren zijn voltooide jaren op de aanvraagdatum.

  Achtergrond: elk feit wordt genoemd; een feit dat niemand opgaf is onbekend, niet nee
    Gegeven de tabel "medisch/medische_behandeling"
    En de aanvraag:
      | veld                                        | waarde     |
      | aanvraagdatum                               | 2024-05-01 |
      | bma_behandeling_noodzakelijk                | ja         |
      | ziektekostenverzekering                     | toereikend |
      | mvv_vereiste_voldaan                        | ja         |
      | middelen_van_bestaan_voldoende              | ja         |
      | medische_verklaring_bijzonder_specialisme   | nee        |
      | bma_bijzonder_specialisme                   | nee        |
      | behandeling_elders_niet_mogelijk            | nee        |
      | stopzetting_leidt_tot_medische_noodsituatie | nee        |
      | ondergaat_behandeling_in_nederland          | nee        |
      | aangewezen_op_mantelzorg                    | nee        |
      | geen_mantelzorg_in_herkomstland             | nee        |
      | mantelzorg_door_gezinslid_in_nederland      | nee        |
      | specialistische_prenatale_zorg_noodzakelijk | nee        |
      | huwelijk_of_partnerschap_met_referent       | nee        |
      | duurzame_relatie_en_erkenning_kind          | nee        |
      | terugkeervisum_langer_dan_een_maand         | nee        |
      | bijzondere_omstandigheden_aangevoerd        | nee        |
      | langste_onderbreking_verblijfsrecht_maanden | 0          |
      | verwachte_behandelduur_maanden              | 8          |
      | geldig_document_voor_grensoverschrijding    | ja         |

  Abstract Scenario: Aanvragen ontvangen vóór 1 juli 2010 worden getoetst aan het oude recht (B8/13)
    Gegeven de aanvraag:
      | veld                                      | waarde          |
      | aanvraagdatum                             | <aanvraagdatum> |
      | medische_verklaring_bijzonder_specialisme | ja              |
      | bma_bijzonder_specialisme                 | ja              |
    En de peildatum "<peildatum>"
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "situatie" gelijk aan "<situatie>"
    En bevat "gronden" precies "leeg"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | peildatum  | besluit    | situatie | regels        |
      | 2009-01-15    | 2009-01-15 | oud_recht  | leeg     | MB-S00, MB-01 |
      | 2010-06-30    | 2010-06-30 | oud_recht  | leeg     | MB-S00, MB-01 |
      | 2010-06-30    | 2012-03-01 | oud_recht  | leeg     | MB-S00, MB-01 |
      | 2010-07-01    | 2010-07-01 | inwilligen | 1        | MB-S01, MB-06 |
      | 2010-07-02    | 2010-07-02 | inwilligen | 1        | MB-S01, MB-06 |

  Abstract Scenario: Situatie 1: bijzonder specialisme, aangetoond met een medische verklaring en bevestigd door het BMA
    Gegeven de aanvraag:
      | veld                                      | waarde       |
      | medische_verklaring_bijzonder_specialisme | <verklaring> |
      | bma_bijzonder_specialisme                 | <bma>        |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "situatie" gelijk aan "<situatie>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | verklaring | bma  | besluit    | situatie | gronden               | regels                |
      | ja         | ja   | inwilligen | 1        | leeg                  | MB-S01, MB-07         |
      | nee        | ja   | afwijzen   | leeg     | meest_aangewezen_land | MB-S10, MB-G01, MB-03 |
      | ja         | nee  | afwijzen   | leeg     | meest_aangewezen_land | MB-S10, MB-G01, MB-03 |

  Abstract Scenario: Situatie 2: vijf jaar in Nederland en de behandeling loopt al een jaar (voltooide jaren)
    Gegeven de aanvraag:
      | veld                                        | waarde          |
      | aanvraagdatum                               | <aanvraagdatum> |
      | in_nederland_sinds                          | <in_nl_sinds>   |
      | behandeling_gestart_op                      | <gestart>       |
      | behandeling_elders_niet_mogelijk            | <elders_niet>   |
      | stopzetting_leidt_tot_medische_noodsituatie | <noodsituatie>  |
      | verwachte_behandelduur_maanden              | 24              |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "situatie" gelijk aan "<situatie>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden: de vijfde verjaardag van de komst naar Nederland
      | aanvraagdatum | in_nl_sinds | gestart    | elders_niet | noodsituatie | besluit    | situatie | gronden               | regels                |
      | 2024-04-30    | 2019-05-01  | 2020-01-01 | ja          | ja           | inwilligen | 3        | leeg                  | MB-S03, MB-07         |
      | 2024-05-01    | 2019-05-01  | 2020-01-01 | ja          | ja           | inwilligen | 2        | leeg                  | MB-S02, MB-07         |
      | 2024-05-02    | 2019-05-01  | 2020-01-01 | ja          | ja           | inwilligen | 2        | leeg                  | MB-S02, MB-07         |

    Voorbeelden: de behandeling loopt ten minste een jaar
      | aanvraagdatum | in_nl_sinds | gestart    | elders_niet | noodsituatie | besluit    | situatie | gronden               | regels                |
      | 2024-05-01    | 2015-01-01  | 2023-05-02 | ja          | ja           | inwilligen | 3        | leeg                  | MB-S03, MB-07         |
      | 2024-05-01    | 2015-01-01  | 2023-05-01 | ja          | ja           | inwilligen | 2        | leeg                  | MB-S02, MB-07         |
      | 2024-05-01    | 2015-01-01  | 2023-04-30 | ja          | ja           | inwilligen | 2        | leeg                  | MB-S02, MB-07         |

    Voorbeelden: voltooide jaren zoals een leeftijd: wie op 29 februari begon, telt een jaar vol op 1 maart
      | aanvraagdatum | in_nl_sinds | gestart    | elders_niet | noodsituatie | besluit    | situatie | gronden               | regels                |
      | 2021-02-28    | 2016-02-29  | 2018-01-01 | ja          | ja           | inwilligen | 3        | leeg                  | MB-S03, MB-07         |
      | 2021-03-01    | 2016-02-29  | 2018-01-01 | ja          | ja           | inwilligen | 2        | leeg                  | MB-S02, MB-07         |
      | 2021-02-28    | 2015-01-01  | 2020-02-29 | ja          | ja           | inwilligen | 3        | leeg                  | MB-S03, MB-07         |
      | 2021-03-01    | 2015-01-01  | 2020-02-29 | ja          | ja           | inwilligen | 2        | leeg                  | MB-S02, MB-07         |

    Voorbeelden: behandeling elders mogelijk of geen medische noodsituatie
      | aanvraagdatum | in_nl_sinds | gestart    | elders_niet | noodsituatie | besluit  | situatie | gronden               | regels                |
      | 2024-05-01    | 2015-01-01  | 2020-01-01 | nee         | ja           | afwijzen | leeg     | meest_aangewezen_land | MB-S10, MB-G01, MB-03 |
      | 2024-05-01    | 2015-01-01  | 2020-01-01 | ja          | nee          | afwijzen | leeg     | meest_aangewezen_land | MB-S10, MB-G01, MB-03 |

  Abstract Scenario: Situatie 3: een behandeling van langer dan een jaar geeft een vergunning, een jaar of korter uitstel van vertrek
    Gegeven de aanvraag:
      | veld                                        | waarde        |
      | in_nederland_sinds                          | <in_nl_sinds> |
      | behandeling_elders_niet_mogelijk            | ja            |
      | stopzetting_leidt_tot_medische_noodsituatie | ja            |
      | verwachte_behandelduur_maanden              | <duur>        |
      | ziektekostenverzekering                     | <verzekering> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "situatie" gelijk aan "<situatie>"
    En bevat "gronden" precies "<gronden>"
    En is "geldigheidsduur_maanden" gelijk aan "<geldig>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | in_nl_sinds | duur | verzekering | besluit             | situatie | gronden                             | geldig | regels                        |
      | 2023-01-10  | 11   | toereikend  | uitstel_van_vertrek | 3        | leeg                                | leeg   | MB-S08, MB-02                 |
      | 2023-01-10  | 12   | toereikend  | uitstel_van_vertrek | 3        | leeg                                | leeg   | MB-S08, MB-02                 |
      | 2023-01-10  | 12.5 | toereikend  | inwilligen          | 3        | leeg                                | 12     | MB-S03, MB-07                 |
      | 2023-01-10  | 13   | toereikend  | inwilligen          | 3        | leeg                                | 12     | MB-S03, MB-07                 |
      | 2023-01-10  | 6    | ontoereikend | uitstel_van_vertrek | 3        | leeg                                | leeg   | MB-S08, MB-02, MB-G05         |
      | 2023-01-10  | 24   | ontoereikend | afwijzen            | 3        | financiering                        | leeg   | MB-S03, MB-G05, MB-04         |
      | leeg        | 24   | toereikend  | afwijzen            | leeg     | meest_aangewezen_land               | leeg   | MB-S10, MB-G01, MB-03         |
      | leeg        | 6    | ontoereikend | afwijzen            | leeg     | meest_aangewezen_land, financiering | leeg   | MB-S10, MB-G01, MB-G05, MB-03 |

  Abstract Scenario: Situatie 4: ten minste vijf jaar verblijf op grond van artikel 8, onder a tot en met e of l, Vw
    Gegeven de aanvraag:
      | veld                                        | waarde          |
      | aanvraagdatum                               | <aanvraagdatum> |
      | rechtmatig_verblijf_art8_sinds              | <sinds>         |
      | langste_onderbreking_verblijfsrecht_maanden | <onderbreking>  |
      | ondergaat_behandeling_in_nederland          | <ondergaat>     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "situatie" gelijk aan "<situatie>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | sinds      | onderbreking | ondergaat | besluit    | situatie | regels                |
      | 2024-04-30    | 2019-05-01 | 0            | ja        | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |
      | 2024-05-01    | 2019-05-01 | 0            | ja        | inwilligen | 4        | MB-S04, MB-07         |
      | 2024-05-02    | 2019-05-01 | 0            | ja        | inwilligen | 4        | MB-S04, MB-07         |
      | 2024-05-01    | 2010-01-01 | 5.9          | ja        | inwilligen | 4        | MB-S04, MB-07         |
      | 2024-05-01    | 2010-01-01 | 6            | ja        | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |
      | 2024-05-01    | 2010-01-01 | 0            | nee       | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |
      | 2021-02-28    | 2016-02-29 | 0            | ja        | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |
      | 2021-03-01    | 2016-02-29 | 0            | ja        | inwilligen | 4        | MB-S04, MB-07         |

  Scenario: Situatie 4 zonder begindatum van verblijf op grond van artikel 8 Vw: zo'n verblijf is er niet (de invoer zegt: leeg is geen)
    Gegeven de aanvraag:
      | veld                                        | waarde |
      | rechtmatig_verblijf_art8_sinds              | leeg   |
      | ondergaat_behandeling_in_nederland          | ja     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "meest_aangewezen_land"
    En is regel "MB-S10, MB-G01, MB-03" toegepast
    En is de status "beslist"

  Abstract Scenario: Situaties 5, 6 en 7: mantelzorg en specialistische prenatale zorg, alle voorwaarden samen
    Gegeven de aanvraag:
      | veld                                        | waarde          |
      | aangewezen_op_mantelzorg                    | <mantelzorg>    |
      | geen_mantelzorg_in_herkomstland             | <geen_herkomst> |
      | mantelzorg_door_gezinslid_in_nederland      | <gezinslid_nl>  |
      | specialistische_prenatale_zorg_noodzakelijk | <prenataal>     |
      | huwelijk_of_partnerschap_met_referent       | <huwelijk>      |
      | duurzame_relatie_en_erkenning_kind          | <relatie>       |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "situatie" gelijk aan "<situatie>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | mantelzorg | geen_herkomst | gezinslid_nl | prenataal | huwelijk | relatie | besluit    | situatie | regels                |
      | ja         | ja            | ja           | nee       | nee      | nee     | inwilligen | 5        | MB-S05, MB-07         |
      | nee        | ja            | ja           | nee       | nee      | nee     | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |
      | ja         | nee           | ja           | nee       | nee      | nee     | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |
      | ja         | ja            | nee          | nee       | nee      | nee     | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |
      | nee        | nee           | nee          | ja        | ja       | nee     | inwilligen | 6        | MB-S06, MB-07         |
      | nee        | nee           | nee          | nee       | ja       | nee     | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |
      | nee        | nee           | nee          | ja        | nee      | ja      | inwilligen | 7        | MB-S07, MB-07         |
      | nee        | nee           | nee          | nee       | nee      | ja      | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |
      | nee        | nee           | nee          | ja        | nee      | nee     | afwijzen   | leeg     | MB-S10, MB-G01, MB-03 |

  Abstract Scenario: Een terugkeervisum van langer dan een maand sluit alleen de situaties met een medische noodsituatie uit
    Gegeven de aanvraag:
      | veld                                        | waarde       |
      | in_nederland_sinds                          | 2015-01-10   |
      | behandeling_gestart_op                      | <gestart>    |
      | behandeling_elders_niet_mogelijk            | ja           |
      | stopzetting_leidt_tot_medische_noodsituatie | ja           |
      | verwachte_behandelduur_maanden              | <duur>       |
      | terugkeervisum_langer_dan_een_maand         | <visum>      |
      | aangewezen_op_mantelzorg                    | <mantelzorg> |
      | geen_mantelzorg_in_herkomstland             | ja           |
      | mantelzorg_door_gezinslid_in_nederland      | ja           |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "situatie" gelijk aan "<situatie>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | gestart    | duur | visum | mantelzorg | besluit             | situatie | gronden                               | regels                        |
      | 2020-01-01 | leeg | ja    | nee        | afwijzen            | leeg     | meest_aangewezen_land, terugkeervisum | MB-S10, MB-G01, MB-G02, MB-03 |
      | leeg       | 24   | ja    | nee        | afwijzen            | leeg     | meest_aangewezen_land, terugkeervisum | MB-S10, MB-G01, MB-G02, MB-03 |
      | leeg       | 6    | ja    | nee        | afwijzen            | leeg     | meest_aangewezen_land, terugkeervisum | MB-S10, MB-G01, MB-G02, MB-03 |
      | 2024-01-01 | 6    | nee   | nee        | uitstel_van_vertrek | 3        | leeg                                  | MB-S08, MB-02                 |
      | leeg       | 24   | ja    | ja         | inwilligen          | 5        | leeg                                  | MB-S05, MB-07                 |
      | 2020-01-01 | 24   | nee   | nee        | inwilligen          | 2        | leeg                                  | MB-S02, MB-07                 |

  Abstract Scenario: Voorwaarden b en c en artikel 16 Vw: alle afwijzingsgronden worden genoemd
    Gegeven de aanvraag:
      | veld                               | waarde        |
      | rechtmatig_verblijf_art8_sinds     | 2010-01-01    |
      | ondergaat_behandeling_in_nederland | ja            |
      | bma_behandeling_noodzakelijk       | <bma>         |
      | ziektekostenverzekering            | <verzekering> |
      | mvv_vereiste_voldaan               | <mvv>         |
      | middelen_van_bestaan_voldoende     | <middelen>    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "situatie" gelijk aan "4"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | bma  | verzekering          | mvv  | middelen | besluit    | gronden                                                | regels                                        |
      | ja   | toereikend           | ja   | ja       | inwilligen | leeg                                                   | MB-S04, MB-07                                 |
      | nee  | toereikend           | ja   | ja       | afwijzen   | noodzakelijke_behandeling                              | MB-S04, MB-G03, MB-04                         |
      | ja   | publiek_gefinancierd | ja   | ja       | afwijzen   | financiering                                           | MB-S04, MB-G05, MB-04                         |
      | ja   | ontoereikend         | ja   | ja       | afwijzen   | financiering                                           | MB-S04, MB-G05, MB-04                         |
      | ja   | toereikend           | nee  | ja       | afwijzen   | mvv                                                    | MB-S04, MB-G07, MB-04                         |
      | ja   | toereikend           | ja   | nee      | afwijzen   | middelen                                               | MB-S04, MB-G08, MB-04                         |
      | nee  | ontoereikend         | nee  | nee      | afwijzen   | noodzakelijke_behandeling, financiering, mvv, middelen | MB-S04, MB-G03, MB-G05, MB-G07, MB-G08, MB-04 |

  Abstract Scenario: Na ten minste een jaar beletselen tegen uitzetting (artikel 64 Vw) geen afwijzing op mvv, middelen of financiering
    Gegeven de aanvraag:
      | veld                               | waarde          |
      | aanvraagdatum                      | <aanvraagdatum> |
      | rechtmatig_verblijf_art8_sinds     | 2010-01-01      |
      | ondergaat_behandeling_in_nederland | ja              |
      | ziektekostenverzekering            | ontoereikend    |
      | mvv_vereiste_voldaan               | nee             |
      | middelen_van_bestaan_voldoende     | nee             |
      | art64_beletselen_sinds             | <art64>         |
      | vvr_medische_noodsituatie_sinds    | <vvr>           |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden: beletselen tegen uitzetting
      | aanvraagdatum | art64      | vvr  | besluit    | gronden                     | regels                        |
      | 2024-04-30    | 2023-05-01 | leeg | afwijzen   | financiering, mvv, middelen | MB-G05, MB-G07, MB-G08, MB-04 |
      | 2024-05-01    | 2023-05-01 | leeg | inwilligen | leeg                        | MB-V01, MB-S04, MB-07         |
      | 2024-05-02    | 2023-05-01 | leeg | inwilligen | leeg                        | MB-V01, MB-S04, MB-07         |

    Voorbeelden: houder van de vergunning medische noodsituatie (B8/13)
      | aanvraagdatum | art64 | vvr        | besluit    | gronden                     | regels                        |
      | 2024-04-30    | leeg  | 2023-05-01 | afwijzen   | financiering, mvv, middelen | MB-G05, MB-G07, MB-G08, MB-04 |
      | 2024-05-01    | leeg  | 2023-05-01 | inwilligen | leeg                        | MB-V02, MB-S04, MB-07         |
      | 2024-05-02    | leeg  | 2023-05-01 | inwilligen | leeg                        | MB-V02, MB-S04, MB-07         |

    Voorbeelden: begonnen op 29 februari: een jaar later is 28 februari (zoals in B11/16.2 en B16/3.2)
      | aanvraagdatum | art64      | vvr        | besluit    | gronden                     | regels                        |
      | 2021-02-27    | 2020-02-29 | leeg       | afwijzen   | financiering, mvv, middelen | MB-G05, MB-G07, MB-G08, MB-04 |
      | 2021-02-28    | 2020-02-29 | leeg       | inwilligen | leeg                        | MB-V01, MB-S04, MB-07         |
      | 2021-02-27    | leeg       | 2020-02-29 | afwijzen   | financiering, mvv, middelen | MB-G05, MB-G07, MB-G08, MB-04 |
      | 2021-02-28    | leeg       | 2020-02-29 | inwilligen | leeg                        | MB-V02, MB-S04, MB-07         |

  Abstract Scenario: De vrijstelling van artikel 3.46, derde lid, Vb laat voorwaarden a en b onverlet
    Gegeven de aanvraag:
      | veld                         | waarde     |
      | bma_behandeling_noodzakelijk | <bma>      |
      | ziektekostenverzekering      | leeg       |
      | art64_beletselen_sinds       | 2020-01-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | bma | gronden                                          | regels                                |
      | ja  | meest_aangewezen_land                            | MB-V01, MB-S10, MB-G01, MB-03         |
      | nee | meest_aangewezen_land, noodzakelijke_behandeling | MB-V01, MB-S10, MB-G01, MB-G03, MB-03 |

  Abstract Scenario: Bijzondere omstandigheden (artikel 4:84 Awb) vragen een beoordeling (beoordeling_vereist), nooit zelf een afwijzing
    Gegeven de aanvraag:
      | veld                                      | waarde        |
      | bijzondere_omstandigheden_aangevoerd      | <bijzonder>   |
      | medische_verklaring_bijzonder_specialisme | <verklaring>  |
      | bma_bijzonder_specialisme                 | ja            |
      | bma_behandeling_noodzakelijk              | <bma>         |
      | ziektekostenverzekering                   | <verzekering> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "situatie" gelijk aan "<situatie>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | bijzonder | verklaring | bma | verzekering  | besluit                     | situatie | gronden                   | regels                |
      | ja        | nee        | ja  | toereikend   | beoordeling_vereist | leeg     | bijzondere_omstandigheden | MB-S09, MB-05         |
      | nee       | nee        | ja  | toereikend   | afwijzen                    | leeg     | meest_aangewezen_land     | MB-S10, MB-G01, MB-03 |
      | ja        | ja         | ja  | toereikend   | inwilligen                  | 1        | leeg                      | MB-S01, MB-07         |
      | ja        | nee        | nee | toereikend   | afwijzen                    | leeg     | noodzakelijke_behandeling | MB-S09, MB-G03, MB-04 |
      | ja        | nee        | ja  | ontoereikend | afwijzen                    | leeg     | financiering              | MB-S09, MB-G05, MB-04 |

  Scenario: Bijzondere omstandigheden: de status noemt de grond van de beoordeling
    Gegeven de aanvraag:
      | veld                                 | waarde |
      | bijzondere_omstandigheden_aangevoerd | ja     |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is de grond van de beoordeling "bijzondere_omstandigheden"
    En is regel "MB-S09, MB-05" toegepast

  Abstract Scenario: Beperking, arbeidsmarktaantekening en geldigheidsduur per periode
    Tot en met 30 juni 2016 noemt de tekst van WBV 2010/20 alleen de beperking 'medische behandeling'
    (002:L435, 002:L481); aantekening en duur noemt die tekst niet en blijven leeg. Vanaf 1 juli 2016
    alle drie volgens Vc B8/9.3 (001:L664-674).
    Gegeven de aanvraag:
      | veld                                      | waarde          |
      | aanvraagdatum                             | <aanvraagdatum> |
      | medische_verklaring_bijzonder_specialisme | ja              |
      | bma_bijzonder_specialisme                 | ja              |
      | verwachte_behandelduur_maanden            | <duur>          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"
    En is "beperking" gelijk aan "<beperking>"
    En is "arbeidsmarktaantekening" gelijk aan "<aantekening>"
    En is "geldigheidsduur_maanden" gelijk aan "<geldig>"
    En is regel "<regels>" toegepast

    Voorbeelden: de ingangsdatum van B8/9.3
      | aanvraagdatum | duur | beperking            | aantekening            | geldig | regels        |
      | 2010-07-01    | 8    | medische behandeling | leeg                   | leeg   | MB-S01, MB-06 |
      | 2015-03-01    | 8    | medische behandeling | leeg                   | leeg   | MB-S01, MB-06 |
      | 2016-06-30    | 8    | medische behandeling | leeg                   | leeg   | MB-S01, MB-06 |
      | 2016-07-01    | 8    | medische behandeling | arbeid niet toegestaan | 8      | MB-S01, MB-07 |
      | 2016-07-02    | 8    | medische behandeling | arbeid niet toegestaan | 8      | MB-S01, MB-07 |

    Voorbeelden: de duur van de behandeling met een maximum van een jaar
      | aanvraagdatum | duur | beperking            | aantekening            | geldig | regels        |
      | 2024-05-01    | 0.5  | medische behandeling | arbeid niet toegestaan | 0.5    | MB-S01, MB-07 |
      | 2024-05-01    | 11   | medische behandeling | arbeid niet toegestaan | 11     | MB-S01, MB-07 |
      | 2024-05-01    | 12   | medische behandeling | arbeid niet toegestaan | 12     | MB-S01, MB-07 |
      | 2024-05-01    | 13   | medische behandeling | arbeid niet toegestaan | 12     | MB-S01, MB-07 |
      | 2024-05-01    | 36   | medische behandeling | arbeid niet toegestaan | 12     | MB-S01, MB-07 |

  Abstract Scenario: Paspoortvereiste: een geldig document, of vrijstelling als de vier voorwaarden samen gelden
    Het ondergaan van een medische behandeling is in het algemeen geen reden voor vrijstelling; 'in ieder geval'
    wel als de identiteit en nationaliteit niet worden betwist, een document alleen na terugkeer in persoon te
    krijgen is, stopzetting op korte termijn een medische noodsituatie doet ontstaan en de behandeling niet in het
    land van herkomst kan plaatsvinden (Vc 2000 B8/2.1 Paspoortvereiste, 002:L417-424).
    Gegeven de aanvraag:
      | veld                                               | waarde        |
      | medische_verklaring_bijzonder_specialisme          | ja            |
      | bma_bijzonder_specialisme                          | ja            |
      | geldig_document_voor_grensoverschrijding           | <document>    |
      | identiteit_en_nationaliteit_niet_betwist           | <identiteit>  |
      | document_alleen_bij_terugkeer_in_persoon           | <terugkeer>   |
      | stopzetting_leidt_tot_medische_noodsituatie        | <nood>        |
      | behandeling_elders_niet_mogelijk                   | <elders>      |
      | behandeling_in_herkomstland_niet_mogelijk          | <herkomst>    |
      | paspoort_zeer_bijzondere_omstandigheden_aangevoerd | <aangevoerd>  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden: een geldig document of de vier voorwaarden
      | document | identiteit | terugkeer | nood | elders | herkomst | aangevoerd | besluit    | gronden | regels                |
      | ja       | leeg       | leeg      | nee  | nee    | leeg     | leeg       | inwilligen | leeg    | MB-P01, MB-S01, MB-07 |
      | nee      | ja         | ja        | ja   | ja     | leeg     | leeg       | inwilligen | leeg    | MB-P02, MB-S01, MB-07 |
      | nee      | ja         | ja        | ja   | nee    | ja       | leeg       | inwilligen | leeg    | MB-P03, MB-S01, MB-07 |
      | nee      | ja         | ja        | ja   | ja     | ja       | nee        | inwilligen | leeg    | MB-P02, MB-S01, MB-07 |

    Voorbeelden: een van de vier ontbreekt en andere zeer bijzondere omstandigheden zijn aangevoerd: de IND beoordeelt
      | document | identiteit | terugkeer | nood | elders | herkomst | aangevoerd | besluit             | gronden                       | regels                |
      | nee      | nee        | ja        | ja   | ja     | ja       | ja         | beoordeling_vereist | vrijstelling_paspoortvereiste | MB-P04, MB-S01, MB-09 |
      | nee      | ja         | nee       | ja   | ja     | ja       | ja         | beoordeling_vereist | vrijstelling_paspoortvereiste | MB-P04, MB-S01, MB-09 |
      | nee      | ja         | ja        | nee  | nee    | ja       | ja         | beoordeling_vereist | vrijstelling_paspoortvereiste | MB-P04, MB-S01, MB-09 |
      | nee      | ja         | ja        | ja   | nee    | nee      | ja         | beoordeling_vereist | vrijstelling_paspoortvereiste | MB-P04, MB-S01, MB-09 |

    Voorbeelden: een van de vier ontbreekt en er is niets anders aangevoerd: afwijzen op artikel 16, eerste lid, onder b, Vw
      | document | identiteit | terugkeer | nood | elders | herkomst | aangevoerd | besluit  | gronden  | regels                        |
      | nee      | nee        | ja        | ja   | ja     | ja       | nee        | afwijzen | paspoort | MB-P05, MB-S01, MB-G09, MB-04 |
      | nee      | ja         | nee       | ja   | ja     | ja       | nee        | afwijzen | paspoort | MB-P05, MB-S01, MB-G09, MB-04 |
      | nee      | ja         | ja        | nee  | nee    | ja       | nee        | afwijzen | paspoort | MB-P05, MB-S01, MB-G09, MB-04 |
      | nee      | ja         | ja        | ja   | nee    | nee      | nee        | afwijzen | paspoort | MB-P05, MB-S01, MB-G09, MB-04 |
      | nee      | nee        | nee       | nee  | nee    | nee      | nee        | afwijzen | paspoort | MB-P05, MB-S01, MB-G09, MB-04 |

  Scenario: Andere zeer bijzondere omstandigheden voor het paspoortvereiste: de status noemt de grond van de beoordeling
    Gegeven de aanvraag:
      | veld                                               | waarde |
      | medische_verklaring_bijzonder_specialisme          | ja     |
      | bma_bijzonder_specialisme                          | ja     |
      | geldig_document_voor_grensoverschrijding           | nee    |
      | identiteit_en_nationaliteit_niet_betwist           | nee    |
      | paspoort_zeer_bijzondere_omstandigheden_aangevoerd | ja     |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is de grond van de beoordeling "vrijstelling_paspoortvereiste"
    En is regel "MB-P04, MB-09" toegepast
    En is regel "MB-07" niet toegepast

  Abstract Scenario: Het paspoortvereiste naast de andere voorwaarden: een afwijzing noemt alle gronden, een beoordeling beide criteria
    Gegeven de aanvraag:
      | veld                                               | waarde         |
      | bijzondere_omstandigheden_aangevoerd               | <bijzonder>    |
      | bma_behandeling_noodzakelijk                       | <bma>          |
      | geldig_document_voor_grensoverschrijding           | nee            |
      | identiteit_en_nationaliteit_niet_betwist           | nee            |
      | paspoort_zeer_bijzondere_omstandigheden_aangevoerd | <aangevoerd>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | bijzonder | bma | aangevoerd | besluit             | gronden                                                  | regels                                |
      | nee       | ja  | nee        | afwijzen            | meest_aangewezen_land, paspoort                          | MB-S10, MB-G01, MB-G09, MB-03         |
      | nee       | ja  | ja         | afwijzen            | meest_aangewezen_land                                    | MB-S10, MB-P04, MB-G01, MB-03         |
      | ja        | ja  | nee        | afwijzen            | paspoort                                                 | MB-S09, MB-P05, MB-G09, MB-04         |
      | ja        | ja  | ja         | beoordeling_vereist | bijzondere_omstandigheden, vrijstelling_paspoortvereiste | MB-S09, MB-P04, MB-08                 |
      | ja        | nee | ja         | afwijzen            | noodzakelijke_behandeling                                | MB-S09, MB-P04, MB-G03, MB-04         |
      | nee       | nee | nee        | afwijzen            | meest_aangewezen_land, noodzakelijke_behandeling, paspoort | MB-S10, MB-G01, MB-G03, MB-G09, MB-03 |

  Abstract Scenario: De vrijstelling van artikel 3.46, derde lid, Vb geldt niet voor het paspoortvereiste
    Gegeven de aanvraag:
      | veld                                               | waarde          |
      | aanvraagdatum                                      | <aanvraagdatum> |
      | rechtmatig_verblijf_art8_sinds                     | 2010-01-01      |
      | ondergaat_behandeling_in_nederland                 | ja              |
      | mvv_vereiste_voldaan                               | nee             |
      | art64_beletselen_sinds                             | 2023-05-01      |
      | geldig_document_voor_grensoverschrijding           | nee             |
      | identiteit_en_nationaliteit_niet_betwist           | nee             |
      | paspoort_zeer_bijzondere_omstandigheden_aangevoerd | nee             |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | gronden       | regels                        |
      | 2024-04-30    | mvv, paspoort | MB-S04, MB-G07, MB-G09, MB-04 |
      | 2024-05-01    | paspoort      | MB-V01, MB-S04, MB-G09, MB-04 |

  Abstract Scenario: Zonder paspoort speelt het paspoortvereiste geen rol bij uitstel van vertrek of oud recht
    Gegeven de aanvraag:
      | veld                                        | waarde          |
      | aanvraagdatum                               | <aanvraagdatum> |
      | in_nederland_sinds                          | 2009-01-10      |
      | behandeling_gestart_op                      | <gestart>       |
      | behandeling_elders_niet_mogelijk            | ja              |
      | stopzetting_leidt_tot_medische_noodsituatie | ja              |
      | verwachte_behandelduur_maanden              | 6               |
      | geldig_document_voor_grensoverschrijding    | nee             |
    Als de beslissing wordt genomen
    Dan is de status "beslist"
    En is "besluit" gelijk aan "<besluit>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | gestart    | besluit             | regels        |
      | 2024-05-01    | 2024-01-01 | uitstel_van_vertrek | MB-S08, MB-02 |
      | 2010-06-30    | 2010-01-01 | oud_recht           | MB-S00, MB-01 |

  Abstract Scenario: Paspoortvereiste: een feit dat niemand opgaf is onbekend, geen afwijzing
    Gegeven de aanvraag:
      | veld                                               | waarde        |
      | medische_verklaring_bijzonder_specialisme          | ja            |
      | bma_bijzonder_specialisme                          | ja            |
      | geldig_document_voor_grensoverschrijding           | <document>    |
      | identiteit_en_nationaliteit_niet_betwist           | <identiteit>  |
      | document_alleen_bij_terugkeer_in_persoon           | ja            |
      | stopzetting_leidt_tot_medische_noodsituatie        | ja            |
      | behandeling_elders_niet_mogelijk                   | <elders>      |
      | behandeling_in_herkomstland_niet_mogelijk          | <herkomst>    |
      | paspoort_zeer_bijzondere_omstandigheden_aangevoerd | <aangevoerd>  |
    Als de beslissing wordt genomen
    Dan is de status "<status>"
    En ontbreken de feiten "<ontbreekt>"

    # Tweede rij: zijn de vier voorwaarden vervuld, dan is aan het paspoortvereiste voldaan met of
    # zonder geldig document (vrijstelling); het ontbrekende document doet dan niet ter zake.
    Voorbeelden:
      | document | identiteit | elders | herkomst | aangevoerd | status     | ontbreekt                                          |
      | leeg     | nee        | ja     | ja       | nee        | onvolledig | geldig_document_voor_grensoverschrijding           |
      | leeg     | ja         | ja     | ja       | nee        | beslist    | leeg                                               |
      | nee      | leeg       | ja     | ja       | nee        | onvolledig | identiteit_en_nationaliteit_niet_betwist           |
      | nee      | ja         | nee    | leeg     | nee        | onvolledig | behandeling_in_herkomstland_niet_mogelijk          |
      | nee      | nee        | ja     | ja       | leeg       | onvolledig | paspoort_zeer_bijzondere_omstandigheden_aangevoerd |
      | nee      | ja         | ja     | leeg     | leeg       | beslist    | leeg                                               |

  Scenario: De motivering van een vrijstelling van het paspoortvereiste noemt de vier voorwaarden
    Gegeven de aanvraag:
      | veld                                        | waarde |
      | medische_verklaring_bijzonder_specialisme   | ja     |
      | bma_bijzonder_specialisme                   | ja     |
      | geldig_document_voor_grensoverschrijding    | nee    |
      | identiteit_en_nationaliteit_niet_betwist    | ja     |
      | document_alleen_bij_terugkeer_in_persoon    | ja     |
      | stopzetting_leidt_tot_medische_noodsituatie | ja     |
      | behandeling_in_herkomstland_niet_mogelijk   | ja     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"
    En noemt de motivering "zodat hij is vrijgesteld van het paspoortvereiste"
    En noemt de motivering "Vc 2000 B8/2.1 Paspoortvereiste; Vw 2000 art. 16 lid 1 onder b; Vb 2000 art. 3.72"

  Scenario: Een aanvraagdatum is nodig
    Gegeven de aanvraag:
      | veld          | waarde |
      | aanvraagdatum | leeg   |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "aanvraagdatum"

  Abstract Scenario: Feiten die niet samen kunnen, zijn een ongeldig verzoek dat beide velden noemt (blad Controles)
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
      | <ander> | <andere_waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"
    En noemt de fout het veld "<ander>"

    Voorbeelden:
      | veld                                        | waarde     | ander                          | andere_waarde |
      | in_nederland_sinds                          | 2024-05-02 | aanvraagdatum                  | 2024-05-01    |
      | behandeling_gestart_op                      | 2024-05-02 | aanvraagdatum                  | 2024-05-01    |
      | rechtmatig_verblijf_art8_sinds              | 2024-05-02 | aanvraagdatum                  | 2024-05-01    |
      | art64_beletselen_sinds                      | 2024-05-02 | aanvraagdatum                  | 2024-05-01    |
      | vvr_medische_noodsituatie_sinds             | 2024-05-02 | aanvraagdatum                  | 2024-05-01    |
      | langste_onderbreking_verblijfsrecht_maanden | 13         | rechtmatig_verblijf_art8_sinds | 2023-05-01    |
      | behandeling_in_herkomstland_niet_mogelijk   | nee        | behandeling_elders_niet_mogelijk | ja          |

  Abstract Scenario: Op de grens van een controle wordt gewoon beslist
    Gegeven de aanvraag:
      | veld                                        | waarde         |
      | rechtmatig_verblijf_art8_sinds              | <sinds>        |
      | langste_onderbreking_verblijfsrecht_maanden | <onderbreking> |
      | ondergaat_behandeling_in_nederland          | ja             |
      | behandeling_gestart_op                      | 2024-05-01     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"

    Voorbeelden:
      | sinds      | onderbreking | besluit  |
      | 2024-05-01 | 0            | afwijzen |
      | 2023-05-01 | 12           | afwijzen |

  Abstract Scenario: Een feit dat niemand opgaf is onbekend: de beslissing is onvolledig en noemt de feiten die nog nodig zijn
    Gegeven de aanvraag:
      | veld                                      | waarde        |
      | rechtmatig_verblijf_art8_sinds            | <art8>        |
      | ondergaat_behandeling_in_nederland        | <ondergaat>   |
      | in_nederland_sinds                        | <in_nl>       |
      | behandeling_elders_niet_mogelijk          | <elders>      |
      | stopzetting_leidt_tot_medische_noodsituatie | <nood>      |
      | <weg>                                     | leeg          |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "<ontbreekt>"

    Voorbeelden:
      | art8       | ondergaat | in_nl      | elders | nood | weg                                         | ontbreekt                                                            |
      | leeg       | nee       | leeg       | nee    | nee  | bijzondere_omstandigheden_aangevoerd        | bijzondere_omstandigheden_aangevoerd                                 |
      | 2010-01-01 | ja        | leeg       | nee    | nee  | bma_behandeling_noodzakelijk                | bma_behandeling_noodzakelijk                                         |
      | 2010-01-01 | ja        | leeg       | nee    | nee  | ziektekostenverzekering                     | ziektekostenverzekering                                              |
      | 2010-01-01 | ja        | leeg       | nee    | nee  | mvv_vereiste_voldaan                        | mvv_vereiste_voldaan                                                 |
      | 2010-01-01 | ja        | leeg       | nee    | nee  | middelen_van_bestaan_voldoende              | middelen_van_bestaan_voldoende                                       |
      | 2010-01-01 | ja        | leeg       | nee    | nee  | verwachte_behandelduur_maanden              | verwachte_behandelduur_maanden                                       |
      | 2010-01-01 | ja        | leeg       | nee    | nee  | langste_onderbreking_verblijfsrecht_maanden | langste_onderbreking_verblijfsrecht_maanden                          |
      | leeg       | nee       | 2023-01-10 | ja     | ja   | verwachte_behandelduur_maanden              | verwachte_behandelduur_maanden                                       |
      | leeg       | nee       | 2015-01-01 | ja     | ja   | terugkeervisum_langer_dan_een_maand         | behandeling_gestart_op, terugkeervisum_langer_dan_een_maand          |

  Scenario: Ontbreken beide feiten van situatie 1, dan zijn beide nodig
    Gegeven de aanvraag:
      | veld                                      | waarde |
      | medische_verklaring_bijzonder_specialisme | leeg   |
      | bma_bijzonder_specialisme                 | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "bma_bijzonder_specialisme, medische_verklaring_bijzonder_specialisme"

  Scenario: Een bekend feit dat de situatie uitsluit, maakt een ontbrekend feit overbodig
    Gegeven de aanvraag:
      | veld                                      | waarde |
      | medische_verklaring_bijzonder_specialisme | leeg   |
      | bma_bijzonder_specialisme                 | nee    |
    Als de beslissing wordt genomen
    Dan is de status "beslist"
    En is "besluit" gelijk aan "afwijzen"

  Scenario: De motivering noemt de reden en de vindplaats, zoals een besluitbrief die citeert
    Gegeven de aanvraag:
      | veld                    | waarde       |
      | ziektekostenverzekering | ontoereikend |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En noemt de motivering "De aanvraag om een verblijfsvergunning voor medische behandeling wordt afgewezen omdat Nederland niet het meest aangewezen land is voor de behandeling"
    En noemt de motivering "(Vc 2000 B8/2.1 ad c; Vb 2000 art. 3.46 lid 1 onder c)"
