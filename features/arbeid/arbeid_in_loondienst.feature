# language: nl
Functionaliteit: Arbeid in loondienst: beperking, arbeidsmarktaantekening en geldigheidsduur
  Vc B5/2.2 in twee versies: de tekst van WBV 2016/7 (001:L212-258) voor een aanvraag van 2016-07-01 tot
  en met 2021-12-31, en de tekst van WBV 2021/22 (003:L1405-1465) vanaf 2022-01-01. Per grondslag (GVVA,
  B5/2.1, B5/2.1.1, B5/2.1.2, B5/2.1.5, B5/2.1.6) en per verlening of verlenging: de beperking
  'Arbeid in loondienst', de arbeidsmarktaantekening (art. 3.1, derde lid, VV) en de geldigheidsduur.
  Waar B5/2.2 de aantekening of de duur niet geeft, of twee aantekeningen tegelijk gelden, beoordeelt de IND.

  Achtergrond:
    Gegeven de tabel "arbeid/arbeid_in_loondienst"
    En de aanvraag:
      | veld                 | waarde     |
      | aanvraagdatum        | 2024-03-01 |
      | soort_aanvraag       | verlening  |
      | route                | gvva       |
      | vrij_op_arbeidsmarkt | nee        |

  Abstract Scenario: De aanvraagdatum bepaalt de tekst: tot en met 2021-12-31 die van 2016, vanaf 2022-01-01 die van 2022
    Gegeven de aanvraag:
      | veld                | waarde          |
      | aanvraagdatum       | <aanvraagdatum> |
      | route               | <route>         |
      | soort_aanvraag      | <soort>         |
      | artikel_8_lid_3_wav | nee             |
    Als de beslissing wordt genomen
    Dan is de status "beslist"
    En is "beperking" gelijk aan "Arbeid in loondienst"
    En is "maximale_geldigheidsduur_maanden" gelijk aan "<maanden>"
    En is regel "<regels>" toegepast
    En noemt de motivering "<artikel>"

    Voorbeelden:
      | aanvraagdatum | route    | soort     | maanden | regels         | artikel                                 |
      | 2016-07-01    | gvva     | verlening | 12      | AL-B01, AL-G01 | artikel 14, vijfde lid, Vw              |
      | 2021-12-31    | gvva     | verlening | 12      | AL-B01, AL-G01 | artikel 3.4, eerste lid, aanhef en onder g, Vb |
      | 2022-01-01    | gvva     | verlening | 36      | AL-B01, AL-G01 | artikel 3.4, eerste lid, aanhef en onder h, Vb |
      | 2021-12-31    | b5_2_1_1 | verlening | 12      | AL-B01, AL-G05 | artikel 14, vijfde lid, Vw              |
      | 2022-01-01    | b5_2_1_1 | verlening | 36      | AL-B01, AL-G05 | artikel 3.58, eerste lid, aanhef en onder h, Vb |
      | 2021-12-31    | b5_2_1_1 | verlenging | 12     | AL-B02, AL-G07 | voor ten hoogste een jaar               |
      | 2022-01-01    | b5_2_1_1 | verlenging | 36     | AL-B02, AL-G07 | voor ten hoogste drie jaar              |
      | 2021-12-31    | b5_2_1_2 | verlening | 12      | AL-B01, AL-G06 | maar voor ten hoogste een jaar          |
      | 2022-01-01    | b5_2_1_2 | verlening | 36      | AL-B01, AL-G06 | maar voor ten hoogste drie jaar         |

  Scenario: Vóór 2016-07-01 staat B5/2.2 niet in de bronnen
    Gegeven de aanvraag:
      | veld                | waarde     |
      | aanvraagdatum       | 2016-06-30 |
      | artikel_8_lid_3_wav | nee        |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Abstract Scenario: Tekst van 2022: de arbeidsmarktaantekening per grondslag en vrij op de arbeidsmarkt
    Gegeven de aanvraag:
      | veld                 | waarde  |
      | route                | <route> |
      | vrij_op_arbeidsmarkt | <vrij>  |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "<uitkomst>"
    En is "aantekening_vv" gelijk aan "<vv>"
    En is "arbeidsmarktaantekening" gelijk aan "<aantekening>"
    En bevat "gronden" precies "<gronden>"
    En is "beperking" gelijk aan "Arbeid in loondienst"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | route    | vrij | uitkomst            | vv   | aantekening                                                                           | gronden               | regels         | status              |
      | gvva     | nee  | vastgesteld         | m    | Arbeid toegestaan conform aanvullend document                                         | leeg                  | AL-A05, AL-V01 | beslist             |
      | gvva     | ja   | vastgesteld         | a    | Arbeid vrij toegestaan, TWV niet vereist                                              | leeg                  | AL-A04, AL-V01 | beslist             |
      | b5_2_1   | nee  | vastgesteld         | d    | Arbeid toegestaan mits TWV is verleend                                                | leeg                  | AL-A06, AL-V01 | beslist             |
      | b5_2_1   | ja   | vastgesteld         | a    | Arbeid vrij toegestaan, TWV niet vereist                                              | leeg                  | AL-A04, AL-V01 | beslist             |
      | b5_2_1_1 | nee  | vastgesteld         | f    | TWV niet vereist voor specifieke arbeid, andere arbeid toegestaan mits TWV is verleend | leeg                  | AL-A01, AL-V01 | beslist             |
      | b5_2_1_1 | ja   | beoordeling_vereist | leeg | leeg                                                                                  | aantekening_samenloop | AL-A07, AL-V02 | beoordeling_vereist |
      | b5_2_1_2 | nee  | vastgesteld         | b    | TWV niet vereist voor specifieke arbeid, andere arbeid niet toegestaan                | leeg                  | AL-A02, AL-V01 | beslist             |
      | b5_2_1_2 | ja   | beoordeling_vereist | leeg | leeg                                                                                  | aantekening_samenloop | AL-A07, AL-V02 | beoordeling_vereist |
      | b5_2_1_5 | nee  | vastgesteld         | f    | TWV niet vereist voor specifieke arbeid, andere arbeid toegestaan mits TWV is verleend | leeg                  | AL-A03, AL-V01 | beslist             |
      | b5_2_1_5 | ja   | beoordeling_vereist | leeg | leeg                                                                                  | aantekening_samenloop | AL-A07, AL-V02 | beoordeling_vereist |
      | b5_2_1_6 | nee  | vastgesteld         | f    | TWV niet vereist voor specifieke arbeid, andere arbeid toegestaan mits TWV is verleend | leeg                  | AL-A03, AL-V01 | beslist             |
      | b5_2_1_6 | ja   | beoordeling_vereist | leeg | leeg                                                                                  | aantekening_samenloop | AL-A07, AL-V02 | beoordeling_vereist |

  Abstract Scenario: Tekst van 2016: de arbeidsmarktaantekening; B5/2.1.5 en B5/2.1.6 noemt die tekst niet
    Gegeven de aanvraag:
      | veld                 | waarde     |
      | aanvraagdatum        | 2019-03-01 |
      | route                | <route>    |
      | vrij_op_arbeidsmarkt | <vrij>     |
      | artikel_8_lid_3_wav  | nee        |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "<uitkomst>"
    En is "aantekening_vv" gelijk aan "<vv>"
    En is "arbeidsmarktaantekening" gelijk aan "<aantekening>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | route    | vrij | uitkomst            | vv   | aantekening                                                                           | gronden                                        | regels                 | status              |
      | gvva     | nee  | vastgesteld         | m    | Arbeid toegestaan conform aanvullend document                                         | leeg                                           | AL-A05, AL-V01         | beslist             |
      | gvva     | ja   | vastgesteld         | a    | Arbeid vrij toegestaan, TWV niet vereist                                              | leeg                                           | AL-A04, AL-V01         | beslist             |
      | b5_2_1   | nee  | vastgesteld         | d    | Arbeid toegestaan mits TWV is verleend                                                | leeg                                           | AL-A06, AL-V01         | beslist             |
      | b5_2_1   | ja   | vastgesteld         | a    | Arbeid vrij toegestaan, TWV niet vereist                                              | leeg                                           | AL-A04, AL-V01         | beslist             |
      | b5_2_1_1 | nee  | vastgesteld         | f    | TWV niet vereist voor specifieke arbeid, andere arbeid toegestaan mits TWV is verleend | leeg                                           | AL-A01, AL-V01         | beslist             |
      | b5_2_1_1 | ja   | beoordeling_vereist | leeg | leeg                                                                                  | aantekening_samenloop                          | AL-A07, AL-V02         | beoordeling_vereist |
      | b5_2_1_2 | nee  | vastgesteld         | b    | TWV niet vereist voor specifieke arbeid, andere arbeid niet toegestaan                | leeg                                           | AL-A02, AL-V01         | beslist             |
      | b5_2_1_2 | ja   | beoordeling_vereist | leeg | leeg                                                                                  | aantekening_samenloop                          | AL-A07, AL-V02         | beoordeling_vereist |
      | b5_2_1_5 | nee  | beoordeling_vereist | leeg | leeg                                                                                  | aantekening_niet_in_tekst, duur_niet_in_tekst  | AL-A08, AL-G10, AL-V04 | beoordeling_vereist |
      | b5_2_1_5 | ja   | beoordeling_vereist | a    | Arbeid vrij toegestaan, TWV niet vereist                                              | duur_niet_in_tekst                             | AL-A04, AL-G10, AL-V03 | beoordeling_vereist |
      | b5_2_1_6 | nee  | beoordeling_vereist | leeg | leeg                                                                                  | aantekening_niet_in_tekst, duur_niet_in_tekst  | AL-A08, AL-G10, AL-V04 | beoordeling_vereist |
      | b5_2_1_6 | ja   | beoordeling_vereist | a    | Arbeid vrij toegestaan, TWV niet vereist                                              | duur_niet_in_tekst                             | AL-A04, AL-G10, AL-V03 | beoordeling_vereist |

  Abstract Scenario: Tekst van 2016: de geldigheidsduur bij verlening en verlenging
    Gegeven de aanvraag:
      | veld                | waarde     |
      | aanvraagdatum       | 2019-03-01 |
      | route               | <route>    |
      | soort_aanvraag      | <soort>    |
      | artikel_8_lid_3_wav | <art8>     |
    Als de beslissing wordt genomen
    Dan is "maximale_geldigheidsduur_maanden" gelijk aan "<maanden>"
    En is "geldigheidsduur_volgens" gelijk aan "<volgens>"
    En is "uitkomst" gelijk aan "<uitkomst>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | route    | soort      | art8 | maanden | volgens                          | uitkomst            | gronden                                       | regels                 |
      | gvva     | verlening  | nee  | 12      | advies_uwv                       | vastgesteld         | leeg                                          | AL-G01, AL-V01         |
      | gvva     | verlening  | ja   | 36      | advies_uwv                       | vastgesteld         | leeg                                          | AL-G02, AL-V01         |
      | b5_2_1   | verlening  | nee  | 12      | alleen_maximum                   | vastgesteld         | leeg                                          | AL-G03, AL-V01         |
      | b5_2_1   | verlening  | ja   | 36      | alleen_maximum                   | vastgesteld         | leeg                                          | AL-G04, AL-V01         |
      | b5_2_1_1 | verlening  | ja   | 12      | alleen_maximum                   | vastgesteld         | leeg                                          | AL-G05, AL-V01         |
      | b5_2_1_1 | verlenging | nee  | 12      | uitkering_of_arbeidsovereenkomst | vastgesteld         | leeg                                          | AL-B02, AL-G07, AL-V01 |
      | b5_2_1_2 | verlening  | ja   | 12      | werkzaamheden                    | vastgesteld         | leeg                                          | AL-G06, AL-V01         |
      | b5_2_1_2 | verlenging | nee  | 60      | werkzaamheden                    | vastgesteld         | leeg                                          | AL-B02, AL-G08, AL-V01 |
      | gvva     | verlenging | nee  | leeg    | leeg                             | beoordeling_vereist | verlenging_niet_in_tekst                      | AL-G09, AL-V03         |
      | b5_2_1   | verlenging | ja   | leeg    | leeg                             | beoordeling_vereist | verlenging_niet_in_tekst                      | AL-G09, AL-V03         |
      | b5_2_1_5 | verlening  | nee  | leeg    | leeg                             | beoordeling_vereist | aantekening_niet_in_tekst, duur_niet_in_tekst | AL-G10, AL-V04         |
      | b5_2_1_6 | verlenging | nee  | leeg    | leeg                             | beoordeling_vereist | aantekening_niet_in_tekst, duur_niet_in_tekst | AL-G10, AL-V04         |

  Abstract Scenario: Tekst van 2022: de geldigheidsduur bij verlening en verlenging; vijf jaar bij verlenging als de vreemdeling vrij is op de arbeidsmarkt
    Gegeven de aanvraag:
      | veld                 | waarde  |
      | route                | <route> |
      | soort_aanvraag       | <soort> |
      | vrij_op_arbeidsmarkt | <vrij>  |
    Als de beslissing wordt genomen
    Dan is "maximale_geldigheidsduur_maanden" gelijk aan "<maanden>"
    En is "geldigheidsduur_volgens" gelijk aan "<volgens>"
    En is "uitkomst" gelijk aan "<uitkomst>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | route    | soort      | vrij | maanden | volgens                              | uitkomst            | gronden                                         | regels                 |
      | gvva     | verlening  | nee  | 36      | advies_uwv                           | vastgesteld         | leeg                                            | AL-G01, AL-V01         |
      | gvva     | verlenging | nee  | leeg    | leeg                                 | beoordeling_vereist | verlenging_niet_in_tekst                        | AL-B02, AL-G09, AL-V03 |
      | b5_2_1   | verlening  | nee  | 36      | arbeidsovereenkomst_of_werkzaamheden | vastgesteld         | leeg                                            | AL-G03, AL-V01         |
      | b5_2_1   | verlening  | ja   | 36      | arbeidsovereenkomst_of_werkzaamheden | vastgesteld         | leeg                                            | AL-G03, AL-V01         |
      | b5_2_1_5 | verlening  | nee  | 36      | arbeidsovereenkomst_of_werkzaamheden | vastgesteld         | leeg                                            | AL-G03, AL-V01         |
      | b5_2_1_6 | verlening  | nee  | 36      | arbeidsovereenkomst_of_werkzaamheden | vastgesteld         | leeg                                            | AL-G03, AL-V01         |
      | b5_2_1   | verlenging | nee  | 36      | arbeidsovereenkomst_of_werkzaamheden | vastgesteld         | leeg                                            | AL-G11, AL-V01         |
      | b5_2_1   | verlenging | ja   | 60      | arbeidsovereenkomst_of_werkzaamheden | vastgesteld         | leeg                                            | AL-G12, AL-V01         |
      | b5_2_1_5 | verlenging | nee  | 36      | arbeidsovereenkomst_of_werkzaamheden | vastgesteld         | leeg                                            | AL-G11, AL-V01         |
      | b5_2_1_6 | verlenging | ja   | 60      | arbeidsovereenkomst_of_werkzaamheden | beoordeling_vereist | aantekening_samenloop                           | AL-G12, AL-A07, AL-V02 |
      | b5_2_1_1 | verlening  | nee  | 36      | alleen_maximum                       | vastgesteld         | leeg                                            | AL-G05, AL-V01         |
      | b5_2_1_1 | verlenging | nee  | 36      | uitkering_of_arbeidsovereenkomst     | vastgesteld         | leeg                                            | AL-G07, AL-V01         |
      | b5_2_1_2 | verlening  | nee  | 36      | werkzaamheden                        | vastgesteld         | leeg                                            | AL-G06, AL-V01         |
      | b5_2_1_2 | verlenging | nee  | 60      | werkzaamheden                        | vastgesteld         | leeg                                            | AL-G08, AL-V01         |

  Scenario: Vanaf 2022 speelt artikel 8, derde lid, Wav geen rol meer: de GVVA is drie jaar
    Gegeven de aanvraag:
      | veld                | waarde |
      | artikel_8_lid_3_wav | ja     |
    Als de beslissing wordt genomen
    Dan is "maximale_geldigheidsduur_maanden" gelijk aan "36"
    En is regel "AL-G01" toegepast
    En is regel "AL-G02" niet toegepast
    En is de status "beslist"

  Scenario: Twee aantekeningen tegelijk: de IND beoordeelt, en de motivering zegt waarom
    Gegeven de aanvraag:
      | veld                 | waarde   |
      | route                | b5_2_1_2 |
      | vrij_op_arbeidsmarkt | ja       |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is de grond van de beoordeling "aantekening_samenloop"
    En is "maximale_geldigheidsduur_maanden" gelijk aan "36"
    En noemt de motivering "welke aantekening voorgaat, beoordeelt de IND"

  Scenario: De GVVA met de aantekening onder m en de duur volgens het UWV-advies
    Als de beslissing wordt genomen
    Dan luidt de motivering:
      """
      De verblijfsvergunning regulier voor bepaalde tijd heeft de beperking 'Arbeid in loondienst', de arbeidsmarktaantekening 'Arbeid toegestaan conform aanvullend document' en een geldigheidsduur van ten hoogste 36 maanden omdat de IND de verblijfsvergunning regulier voor bepaalde tijd op grond van artikel 3.4, eerste lid, aanhef en onder h, Vb verleent onder de beperking 'Arbeid in loondienst' (Vc 2000 B5/2.2; Vb 2000 art. 3.4 lid 1 onder h), de IND een gecombineerde vergunning voor verblijf en arbeid verleent en de vreemdeling niet vrij is op de arbeidsmarkt, zodat de aantekening op grond van artikel 3.1, derde lid, aanhef en onder m, VV luidt: 'Arbeid toegestaan conform aanvullend document' (aanname) (Vc 2000 B5/2.2; VV 2000 art. 3.1 lid 3 onder m) en de IND de GVVA op grond van artikel 3.58, eerste lid, aanhef en onder h, Vb verleent voor ten hoogste drie jaar, eindigend in overeenstemming met het advies van het UWV (Vc 2000 B5/2.2; Vb 2000 art. 3.58 lid 1 onder h).
      De arbeidsmarktaantekening berust op artikel 3.1, derde lid, aanhef en onder m, VV.
      De geldigheidsduur eindigt in overeenstemming met het advies van het UWV, en is ten hoogste 36 maanden.
      """

  Scenario: Zonder opgave of de vreemdeling vrij is op de arbeidsmarkt: geen aantekening (onbekend, nooit nee), al geeft B5/2.2 er hoe dan ook een
    Gegeven de aanvraag:
      | veld                 | waarde |
      | vrij_op_arbeidsmarkt | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "vrij_op_arbeidsmarkt"
    En is "arbeidsmarktaantekening" gelijk aan "leeg"
    En is "aantekening_vv" gelijk aan "leeg"
    En is "uitkomst" gelijk aan "vastgesteld"
    En is regel "AL-A04, AL-A05" niet toegepast
    En is "maximale_geldigheidsduur_maanden" gelijk aan "36"
    En is "beperking" gelijk aan "Arbeid in loondienst"

  Scenario: Verlenging in 2022 zonder opgave of de vreemdeling vrij is: drie of vijf jaar, dus onvolledig
    Gegeven de aanvraag:
      | veld                 | waarde     |
      | route                | b5_2_1     |
      | soort_aanvraag       | verlenging |
      | vrij_op_arbeidsmarkt | leeg       |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "vrij_op_arbeidsmarkt"
    En is "maximale_geldigheidsduur_maanden" gelijk aan "leeg"
    En is regel "AL-G11, AL-G12" niet toegepast

  Scenario: GVVA in 2019 zonder opgave over artikel 8, derde lid, Wav: één of drie jaar, dus onvolledig
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2019-03-01 |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "artikel_8_lid_3_wav"
    En is "maximale_geldigheidsduur_maanden" gelijk aan "leeg"
    En is "aantekening_vv" gelijk aan "m"
    En is regel "AL-G01, AL-G02" niet toegepast

  Scenario: Tekst van 2016, B5/2.1.5 zonder opgave of de vreemdeling vrij is: de duur noemt de tekst niet, dus beoordeelt de IND hoe dan ook; de aantekening hangt van het ontbrekende feit af
    Gegeven de aanvraag:
      | veld                 | waarde     |
      | aanvraagdatum        | 2019-03-01 |
      | route                | b5_2_1_5   |
      | vrij_op_arbeidsmarkt | leeg       |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is "uitkomst" gelijk aan "beoordeling_vereist"
    En ontbreken de feiten "vrij_op_arbeidsmarkt"
    En is "gronden" gelijk aan "leeg"
    En is "beperking" gelijk aan "Arbeid in loondienst"
    En is regel "AL-B01" toegepast
    En is regel "AL-V03, AL-V04" niet toegepast
    En noemt de motivering "geen geldigheidsduur noemt voor een vergunning op grond van paragraaf B5/2.1.5"
    En is "maximale_geldigheidsduur_maanden" gelijk aan "leeg"
    En is "arbeidsmarktaantekening" gelijk aan "leeg"
    En is regel "AL-G10" toegepast
    En is regel "AL-A04, AL-A08" niet toegepast

  Abstract Scenario: Ongeldige feiten worden geweigerd
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | veld                 | waarde     |
      | route                | b5_3_1     |
      | soort_aanvraag       | wijziging  |
      | vrij_op_arbeidsmarkt | misschien  |
      | aanvraagdatum        | gisteren   |
