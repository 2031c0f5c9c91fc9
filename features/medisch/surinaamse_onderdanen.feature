# language: nl
Functionaliteit: Medische behandeling van Surinaamse onderdanen (Vc B11/16.2, artikel 3.47 Vb)
  Tekst van WBV 2010/20 (in werking 1 januari 2011; 002:L697-716). Een Surinaamse onderdaan die op medische
  indicatie en met een daartoe afgegeven visum naar Nederland kwam, kan de vergunning van artikel 3.46 Vb krijgen
  als (b) voortzetting van de behandeling in Nederland zes maanden na inreis medisch noodzakelijk is (advies BMA),
  (c) de financiering deugdelijk is geregeld en (d) aan artikel 16 Vw is voldaan, met name de middelen van bestaan.
  'Kan' is een bevoegdheid van de IND: beoordeling_vereist. Na ten minste een jaar beletselen tegen uitzetting
  (artikel 64 Vw) direct voor de aanvraag geen afwijzing op mvv, middelen of financiering (artikel 3.47, derde lid,
  Vb). Op een toeristenvisum: artikel 3.46 Vb en B8 (tabel medisch/medische_behandeling).

  Achtergrond:
    Gegeven de tabel "medisch/surinaamse_onderdanen"
    En de aanvraag:
      | veld                                 | waarde             |
      | aanvraagdatum                        | 2023-09-01         |
      | visum                                | medische_indicatie |
      | inreisdatum                          | 2023-01-31         |
      | voortzetting_noodzakelijk_tot        | 2024-06-30         |
      | financiering_deugdelijk_geregeld     | ja                 |
      | mvv_vereiste_voldaan                 | ja                 |
      | middelen_van_bestaan_voldoende       | ja                 |
      | overige_algemene_voorwaarden_voldaan | ja                 |

  Scenario: Visum op medische indicatie en alle voorwaarden vervuld: de IND beoordeelt (artikel 3.47 Vb: 'kan')
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is de grond van de beoordeling "bevoegdheid_artikel_3_47"
    En is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "bevoegdheid_artikel_3_47"
    En is "vervolgtabel" gelijk aan "leeg"
    En is regel "SU-03" toegepast
    En is regel "SU-02" niet toegepast

  Abstract Scenario: Op een toeristenvisum gelden artikel 3.46 Vb en B8
    Gegeven de aanvraag:
      | veld                           | waarde     |
      | visum                          | <visum>    |
      | middelen_van_bestaan_voldoende | <middelen> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "vervolgtabel" gelijk aan "<vervolg>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | visum              | middelen | besluit               | vervolg                      | regels        |
      | toeristenvisum     | ja       | toetsing_artikel_3_46 | medisch/medische_behandeling | SU-01         |
      | toeristenvisum     | nee      | toetsing_artikel_3_46 | medisch/medische_behandeling | SU-01         |
      | medische_indicatie | nee      | afwijzen              | leeg                         | SU-G04, SU-02 |

  Scenario: Een afwijzing is een genomen besluit
    Gegeven de aanvraag:
      | veld                             | waarde |
      | financiering_deugdelijk_geregeld | nee    |
    Als de beslissing wordt genomen
    Dan is de status "beslist"
    En is "besluit" gelijk aan "afwijzen"

  Abstract Scenario: Voortzetting van de behandeling zes maanden na inreis medisch noodzakelijk (dezelfde dag zes maanden later)
    Gegeven de aanvraag:
      | veld                          | waarde        |
      | inreisdatum                   | <inreis>      |
      | voortzetting_noodzakelijk_tot | <noodzakelijk> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden: inreis 31 januari 2023, zes maanden later is 31 juli 2023
      | inreis     | noodzakelijk | besluit             | gronden                   | regels        |
      | 2023-01-31 | 2023-07-30   | afwijzen            | noodzakelijke_behandeling | SU-G01, SU-02 |
      | 2023-01-31 | 2023-07-31   | beoordeling_vereist | bevoegdheid_artikel_3_47  | SU-03         |
      | 2023-01-31 | 2023-08-01   | beoordeling_vereist | bevoegdheid_artikel_3_47  | SU-03         |

    Voorbeelden: inreis 31 augustus 2022, zes maanden later is 28 februari 2023 (de laatste dag van de maand)
      | inreis     | noodzakelijk | besluit             | gronden                   | regels        |
      | 2022-08-31 | 2023-02-27   | afwijzen            | noodzakelijke_behandeling | SU-G01, SU-02 |
      | 2022-08-31 | 2023-02-28   | beoordeling_vereist | bevoegdheid_artikel_3_47  | SU-03         |

  Abstract Scenario: Financiering en artikel 16 Vw: alle afwijzingsgronden worden genoemd
    Gegeven de aanvraag:
      | veld                                 | waarde        |
      | financiering_deugdelijk_geregeld     | <financiering> |
      | mvv_vereiste_voldaan                 | <mvv>         |
      | middelen_van_bestaan_voldoende       | <middelen>    |
      | overige_algemene_voorwaarden_voldaan | <overige>     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | financiering | mvv | middelen | overige | gronden                                         | regels                                |
      | nee          | ja  | ja       | ja      | financiering                                    | SU-G02, SU-02                         |
      | ja           | nee | ja       | ja      | mvv                                             | SU-G03, SU-02                         |
      | ja           | ja  | ja       | nee     | algemene_voorwaarden                            | SU-G05, SU-02                         |
      | nee          | nee | nee      | nee     | financiering, mvv, middelen, algemene_voorwaarden | SU-G02, SU-G03, SU-G04, SU-G05, SU-02 |

  Abstract Scenario: Na ten minste een jaar beletselen tegen uitzetting geen afwijzing op mvv, middelen of financiering (artikel 3.47, derde lid, Vb)
    Gegeven de aanvraag:
      | veld                                 | waarde          |
      | aanvraagdatum                        | <aanvraagdatum> |
      | art64_beletselen_sinds               | 2023-05-01      |
      | financiering_deugdelijk_geregeld     | nee             |
      | mvv_vereiste_voldaan                 | nee             |
      | middelen_van_bestaan_voldoende       | nee             |
      | overige_algemene_voorwaarden_voldaan | <overige>       |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | overige | besluit             | gronden                     | regels                        |
      | 2024-04-30    | ja      | afwijzen            | financiering, mvv, middelen | SU-G02, SU-G03, SU-G04, SU-02 |
      | 2024-05-01    | ja      | beoordeling_vereist | bevoegdheid_artikel_3_47    | SU-03                         |
      | 2024-05-02    | ja      | beoordeling_vereist | bevoegdheid_artikel_3_47    | SU-03                         |
      | 2024-05-01    | nee     | afwijzen            | algemene_voorwaarden        | SU-G05, SU-02                 |

  Abstract Scenario: Beletselen sinds 29 februari: een jaar later is 28 februari
    Gegeven de aanvraag:
      | veld                                 | waarde          |
      | aanvraagdatum                        | <aanvraagdatum> |
      | inreisdatum                          | 2020-01-31      |
      | voortzetting_noodzakelijk_tot        | 2021-12-31      |
      | art64_beletselen_sinds               | 2020-02-29      |
      | financiering_deugdelijk_geregeld     | nee             |
      | mvv_vereiste_voldaan                 | nee             |
      | middelen_van_bestaan_voldoende       | nee             |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | besluit             | gronden                     | regels                        |
      | 2021-02-27    | afwijzen            | financiering, mvv, middelen | SU-G02, SU-G03, SU-G04, SU-02 |
      | 2021-02-28    | beoordeling_vereist | bevoegdheid_artikel_3_47    | SU-03                         |
      | 2021-03-01    | beoordeling_vereist | bevoegdheid_artikel_3_47    | SU-03                         |

  Scenario: De tekst van WBV 2010/20 geldt voor aanvragen vanaf 1 januari 2011: op 31 december 2010 geen regels
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2010-12-31 |
      | inreisdatum   | 2010-03-01 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Scenario: Op 1 januari 2011 wordt wel beslist
    Gegeven de aanvraag:
      | veld                          | waarde     |
      | aanvraagdatum                 | 2011-01-01 |
      | inreisdatum                   | 2010-03-01 |
      | voortzetting_noodzakelijk_tot | 2011-12-31 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En is regel "SU-03" toegepast

  Scenario: Het visum is nodig
    Gegeven de aanvraag:
      | veld  | waarde |
      | visum | leeg   |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "visum"

  Abstract Scenario: Feiten die niet samen kunnen, zijn een ongeldig verzoek dat beide velden noemt (blad Controles)
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"
    En noemt de fout het veld "<ander>"

    Voorbeelden:
      | veld                          | waarde     | ander         |
      | inreisdatum                   | 2023-09-02 | aanvraagdatum |
      | art64_beletselen_sinds        | 2023-09-02 | aanvraagdatum |
      | voortzetting_noodzakelijk_tot | 2023-01-30 | inreisdatum   |

  Abstract Scenario: Een feit dat niemand opgaf is onbekend: de beslissing is onvolledig en noemt het
    Gegeven de aanvraag:
      | veld  | waarde |
      | <weg> | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "<ontbreekt>"

    Voorbeelden:
      | weg                                  | ontbreekt                            |
      | voortzetting_noodzakelijk_tot        | voortzetting_noodzakelijk_tot        |
      | inreisdatum                          | inreisdatum                          |
      | financiering_deugdelijk_geregeld     | financiering_deugdelijk_geregeld     |
      | middelen_van_bestaan_voldoende       | middelen_van_bestaan_voldoende       |
      | overige_algemene_voorwaarden_voldaan | overige_algemene_voorwaarden_voldaan |

  Scenario: De motivering van een afwijzing noemt de dag zes maanden na inreis
    Gegeven de aanvraag:
      | veld                          | waarde     |
      | voortzetting_noodzakelijk_tot | 2023-07-30 |
    Als de beslissing wordt genomen
    Dan noemt de motivering "noodzakelijk is tot en met 30 juli 2023, niet meer op 31 juli 2023, zes maanden na inreis"
