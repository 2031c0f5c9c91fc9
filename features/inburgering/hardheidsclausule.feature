# language: nl
Functionaliteit: Inburgeringsvereiste: ontheffing op grond van de hardheidsclausule (artikel 3.80a, vierde lid, Vb)
  Twee versies, elk over haar eigen periode (peildatum: de aanvraagdatum):
  - Vc B9/8.1 in de tekst van WBV 2016/7 (001:L716-796), van 2016-07-01 tot en met 2021-12-31:
    a. met voldoende inzet 600 uur inburgeringscursus en minimaal 4 keer niet geslaagd; b. met voldoende inzet
    600 uur alfabetisering en een DUO-toets naar het leervermogen; c. achterlating tegen de wil; de
    overgangsregeling met een ROC-advies (aangevraagd vóór 1 juli 2013, niet ouder dan vijf jaar op de
    aanvraagdatum). DUO stelt de voldoende inzet vast; zonder DUO-advies beoordeelt een medewerker.
  - Vc B9/8.1.2.3 in de tekst van WBV 2021/22 (003:L1942-2057), vanaf 2022-01-01: A. aantoonbaar geleverde
    inspanningen (ten minste vier pogingen, waarvan ten hoogste twee voor het staatsexamen NT2 meetellen, met
    600 uur in een van vier cursuscombinaties; 600 uur alfabetisering met een DUO-toets; 600 uur alfabetisering
    en inburgering waarvan 300 uur alfabetisering met een SZW-toets; het DUO-advies; het ROC-advies),
    B. bijzondere individuele omstandigheden (beoordeling door een medewerker) en achterlating,
    C. aantoonbaar voldoende inburgering (10 jaar ingeschreven, 5 jaar werk, of het taalniveau).
  Stellingen die nooit meetellen (geen aanbod of oplegging van een voorziening, nooit geweten) worden
  herkend en vermeld, maar geven nooit ontheffing. Uren tellen alleen bij een instelling met het Blik op
  Werk-keurmerk. Jaren zijn voltooide jaren op de aanvraagdatum; een ROC-advies is ouder dan vijf jaar
  vanaf de dag na zijn vijfde verjaardag. Het DUO-advies is het bewijsmiddel voor de inspanningsgrond en
  voor AVI: zonder advies verleent de tabel niet op de feiten alleen, maar beoordeelt een medewerker.
  AVI geldt alleen bij een aanvraag voor een sterker verblijfsrecht (artikelen 3.80a, 3.96a en 3.107a Vb).

  Achtergrond:
    Gegeven de tabel "inburgering/hardheidsclausule"
    En de aanvraag:
      | veld                                             | waarde                   |
      | aanvraagdatum                                    | 2024-05-01               |
      | soort_aanvraag                                   | regulier_onbepaalde_tijd |
      | pogingen_inburgeringsexamen                      | 0                        |
      | pogingen_staatsexamen_nt2                        | 0                        |
      | uren_inburgeringscursus                          | 0                        |
      | uren_alfabetiseringscursus                       | 0                        |
      | uren_nt2_cursus                                  | 0                        |
      | toets_leervermogen_duo                           | nee                      |
      | toets_leervermogen_szw                           | nee                      |
      | duo_advies_inspanning                            | geen                     |
      | roc_advies_overgelegd                            | nee                      |
      | roc_advies_ontheffing                            | nee                      |
      | tgn_a2_behaald                                   | nee                      |
      | verklaringen_in_strijd_met_roc_advies            | nee                      |
      | opleiding_afgerond_gebleken                      | nee                      |
      | achtergelaten_tegen_wil                          | nee                      |
      | voldoet_art_3_51_lid_1_a_1_vb                    | nee                      |
      | ingezetene_sinds                                 | 2016-01-01               |
      | jaren_betaald_werk_of_vrijwilligerswerk          | 0                        |
      | taalvaardigheid_art_2_9_bi                       | nee                      |
      | duo_advies_avi                                   | geen                     |
      | bijzondere_individuele_omstandigheden_aangevoerd | nee                      |
      | stelt_geen_aanbod_inburgeringsvoorziening        | nee                      |
      | stelt_geen_inburgeringsvoorziening_opgelegd      | nee                      |
      | stelt_geen_aanbod_taalkennisvoorziening          | nee                      |
      | stelt_geen_taalkennisvoorziening_opgelegd        | nee                      |
      | stelt_examenplicht_nooit_geweten                 | nee                      |

  Abstract Scenario: Elke versie geldt over haar eigen periode
    Gegeven de aanvraag:
      | veld                        | waarde          |
      | aanvraagdatum               | <aanvraagdatum> |
      | pogingen_inburgeringsexamen | 4               |
      | uren_inburgeringscursus     | 600             |
      | duo_advies_inspanning       | positief        |
      | ingezetene_sinds            | 2000-01-01      |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "verleend"
    En is "grond" gelijk aan "inspanning_a"
    En is "bron_beslissing" gelijk aan "<bron>"
    En is regel "<regels>" toegepast
    En is regel "<niet>" niet toegepast

    Voorbeelden:
      | aanvraagdatum | bron                                                                | regels         | niet             |
      | 2016-07-01    | Vc B9/8.1 ad 2 onder a; art. 3.80a lid 4 Vb; 001:L744, 001:L750     | HC16-A1, HC-01 | HC22-A1, HC22-C1 |
      | 2016-07-02    | Vc B9/8.1 ad 2 onder a; art. 3.80a lid 4 Vb; 001:L744, 001:L750     | HC16-A1, HC-01 | HC22-A1, HC22-C1 |
      | 2021-12-31    | Vc B9/8.1 ad 2 onder a; art. 3.80a lid 4 Vb; 001:L744, 001:L750     | HC16-A1, HC-01 | HC22-A1, HC22-C1 |
      | 2022-01-01    | Vc B9/8.1.2.3 onder A sub a 1°; art. 3.80a lid 4 Vb; 003:L1987-1989, 003:L2001 | HC22-A1, HC-01 | HC16-A1          |
      | 2022-01-02    | Vc B9/8.1.2.3 onder A sub a 1°; art. 3.80a lid 4 Vb; 003:L1987-1989, 003:L2001 | HC22-A1, HC-01 | HC16-A1          |

  Scenario: Vóór 1 juli 2016 geldt geen van beide versies
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | aanvraagdatum               | 2016-06-30 |
      | pogingen_inburgeringsexamen | 4          |
      | uren_inburgeringscursus     | 600        |
      | duo_advies_inspanning       | positief   |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Abstract Scenario: 2016 onder a: 600 uur inburgeringscursus en minimaal vier keer niet geslaagd, met voldoende inzet volgens DUO
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | aanvraagdatum               | 2018-03-01 |
      | pogingen_inburgeringsexamen | <pogingen> |
      | pogingen_staatsexamen_nt2   | <staats>   |
      | uren_inburgeringscursus     | <uren>     |
      | duo_advies_inspanning       | <duo>      |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En bevat "criteria" precies "<criteria>"
    En is regel "<regels>" toegepast

    Voorbeelden: met een positief DUO-advies
      | pogingen | staats | uren | duo      | ontheffing | grond                 | criteria | regels         |
      | 4        | 0      | 600  | positief | verleend   | inspanning_a          | leeg     | HC16-A1, HC-01 |
      | 5        | 0      | 601  | positief | verleend   | inspanning_a          | leeg     | HC16-A1, HC-01 |
      | 3        | 0      | 600  | positief | verleend   | inspanning_duo_advies | leeg     | HC16-A3, HC-01 |
      | 4        | 0      | 599  | positief | verleend   | inspanning_duo_advies | leeg     | HC16-A3, HC-01 |
      | 2        | 2      | 600  | positief | verleend   | inspanning_duo_advies | leeg     | HC16-A3, HC-01 |

    Voorbeelden: zonder DUO-advies is de voldoende inzet een afweging; bij een negatief advies geldt a niet
      | pogingen | staats | uren | duo      | ontheffing                  | grond        | criteria        | regels         |
      | 4        | 0      | 600  | geen     | beoordeling_vereist | inspanning_a | voldoende_inzet | HC16-A4, HC16-03 |
      | 3        | 0      | 600  | geen     | niet_verleend               | leeg         | leeg            | HC16-B3        |
      | 4        | 0      | 599  | geen     | niet_verleend               | leeg         | leeg            | HC16-B3        |
      | 2        | 2      | 600  | geen     | niet_verleend               | leeg         | leeg            | HC16-B3        |
      | 4        | 0      | 600  | negatief | niet_verleend               | leeg         | leeg            | HC16-B3        |

  Abstract Scenario: 2016 onder b: 600 uur alfabetisering en een DUO-toets naar het leervermogen, met voldoende inzet volgens DUO
    Gegeven de aanvraag:
      | veld                       | waarde     |
      | aanvraagdatum              | 2018-03-01 |
      | uren_alfabetiseringscursus | <uren>     |
      | toets_leervermogen_duo     | <toets>    |
      | duo_advies_inspanning      | <duo>      |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En bevat "criteria" precies "<criteria>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | uren | toets | duo      | ontheffing                  | grond                 | criteria        | regels         |
      | 600  | ja    | positief | verleend                    | inspanning_b          | leeg            | HC16-A2, HC-01 |
      | 599  | ja    | positief | verleend                    | inspanning_duo_advies | leeg            | HC16-A3, HC-01 |
      | 600  | ja    | geen     | beoordeling_vereist | inspanning_b          | voldoende_inzet | HC16-A5, HC16-03 |
      | 599  | ja    | geen     | niet_verleend               | leeg                  | leeg            | HC16-B3        |
      | 600  | nee   | geen     | niet_verleend               | leeg                  | leeg            | HC16-B3        |
      | 600  | ja    | negatief | niet_verleend               | leeg                  | leeg            | HC16-B3        |

  Abstract Scenario: Het ROC-advies: aangevraagd vóór 1 juli 2013 en op de aanvraagdatum niet ouder dan vijf jaar (tot en met de vijfde verjaardag)
    Gegeven de aanvraag:
      | veld                                  | waarde          |
      | aanvraagdatum                         | <aanvraagdatum> |
      | roc_advies_overgelegd                 | ja              |
      | roc_advies_aangevraagd_op             | <aangevraagd>   |
      | roc_advies_datum                      | <advies>        |
      | roc_advies_ontheffing                 | <inhoud>        |
      | tgn_a2_behaald                        | <tgn>           |
      | verklaringen_in_strijd_met_roc_advies | <strijdig>      |
      | opleiding_afgerond_gebleken           | <opleiding>     |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden: tekst 2016
      | aanvraagdatum | aangevraagd | advies     | inhoud | tgn | strijdig | opleiding | ontheffing    | grond      | regels         |
      | 2018-03-01    | 2013-02-28  | 2013-03-01 | ja     | ja  | nee      | nee       | verleend      | roc_advies | HC16-R1, HC-01 |
      | 2018-08-01    | 2013-06-30  | 2013-08-01 | ja     | ja  | nee      | nee       | verleend      | roc_advies | HC16-R1, HC-01 |
      | 2018-08-01    | 2013-07-01  | 2013-08-01 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC16-B3        |
      | 2018-03-01    | 2012-01-01  | 2013-03-01 | ja     | ja  | nee      | nee       | verleend      | roc_advies | HC16-R1, HC-01 |
      | 2018-03-01    | 2012-01-01  | 2012-03-02 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC16-B3        |
      | 2018-03-01    | 2012-01-01  | 2012-03-01 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC16-B3        |
      | 2018-02-28    | 2012-01-01  | 2012-03-01 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC16-B3        |
      | 2018-03-02    | 2013-02-28  | 2013-03-01 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC16-B3        |
      | 2018-02-28    | 2013-02-28  | 2013-03-01 | ja     | ja  | nee      | nee       | verleend      | roc_advies | HC16-R1, HC-01 |
      | 2017-02-28    | 2012-01-01  | 2012-02-29 | ja     | ja  | nee      | nee       | verleend      | roc_advies | HC16-R1, HC-01 |
      | 2017-03-01    | 2012-01-01  | 2012-02-29 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC16-B3        |
      | 2018-03-01    | 2013-02-28  | 2013-03-01 | nee    | ja  | nee      | nee       | niet_verleend | leeg       | HC16-B3        |
      | 2018-03-01    | 2013-02-28  | 2013-03-01 | ja     | nee | nee      | nee       | niet_verleend | leeg       | HC16-B3        |
      | 2018-03-01    | 2013-02-28  | 2013-03-01 | ja     | ja  | ja       | nee       | niet_verleend | leeg       | HC16-B3        |
      | 2018-03-01    | 2013-02-28  | 2013-03-01 | ja     | ja  | nee      | ja        | niet_verleend | leeg       | HC16-B3        |

    Voorbeelden: tekst 2022
      | aanvraagdatum | aangevraagd | advies     | inhoud | tgn | strijdig | opleiding | ontheffing    | grond      | regels         |
      | 2022-03-01    | 2013-06-30  | 2017-03-01 | ja     | ja  | nee      | nee       | verleend      | roc_advies | HC22-R1, HC-01 |
      | 2022-03-01    | 2013-07-01  | 2017-03-01 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC22-B3        |
      | 2022-03-01    | 2013-06-30  | 2016-03-02 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC22-B3        |
      | 2022-03-02    | 2013-06-30  | 2017-03-01 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC22-B3        |
      | 2022-02-28    | 2013-06-30  | 2017-03-01 | ja     | ja  | nee      | nee       | verleend      | roc_advies | HC22-R1, HC-01 |
      | 2025-02-28    | 2013-06-30  | 2020-02-29 | ja     | ja  | nee      | nee       | verleend      | roc_advies | HC22-R1, HC-01 |
      | 2025-03-01    | 2013-06-30  | 2020-02-29 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC22-B3        |
      | 2022-03-01    | 2013-06-30  | 2016-03-01 | ja     | ja  | nee      | nee       | niet_verleend | leeg       | HC22-B3        |
      | 2022-03-01    | 2013-06-30  | 2017-03-01 | ja     | nee | nee      | nee       | niet_verleend | leeg       | HC22-B3        |
      | 2022-03-01    | 2013-06-30  | 2017-03-01 | ja     | ja  | ja       | nee       | niet_verleend | leeg       | HC22-B3        |
      | 2022-03-01    | 2013-06-30  | 2017-03-01 | ja     | ja  | nee      | ja        | niet_verleend | leeg       | HC22-B3        |

  Abstract Scenario: Achterlating tegen de wil, met de voorwaarden van artikel 3.51, eerste lid, onder a, sub 1, Vb
    Gegeven de aanvraag:
      | veld                          | waarde          |
      | aanvraagdatum                 | <aanvraagdatum> |
      | achtergelaten_tegen_wil       | <achtergelaten> |
      | voldoet_art_3_51_lid_1_a_1_vb | <art351>        |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En is "bron_beslissing" gelijk aan "<bron>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | achtergelaten | art351 | ontheffing    | grond        | bron                                                                                    | regels  |
      | 2018-03-01    | ja            | ja     | verleend      | achterlating | Vc B9/8.1 ad 2 onder c; art. 3.80a lid 4 Vb; art. 3.51 lid 1 onder a sub 1 Vb; 001:L748 | HC16-L1 |
      | 2018-03-01    | ja            | nee    | niet_verleend | leeg         | Vc B9/8.1 ad 2; art. 3.80a lid 4 Vb; 001:L742-748                                       | HC16-B3 |
      | 2024-05-01    | ja            | ja     | verleend      | achterlating | Vc B9/8.1.2.3 onder B; art. 3.80a lid 4 Vb; art. 3.51 lid 1 onder a sub 1 Vb; 003:L2045 | HC22-L1 |
      | 2024-05-01    | nee           | ja     | niet_verleend | leeg         | Vc B9/8.1.2.3; art. 3.80a lid 4 Vb; 003:L1975-1981                                      | HC22-B3 |

  Abstract Scenario: 2022 onder A sub a zonder DUO-advies: vier pogingen, waarvan ten hoogste twee voor het staatsexamen NT2 meetellen
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | pogingen_inburgeringsexamen | <pogingen> |
      | pogingen_staatsexamen_nt2   | <staats>   |
      | uren_inburgeringscursus     | 600        |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | pogingen | staats | ontheffing    | grond        | regels         |
      | 4        | 0      | beoordeling_vereist | inspanning_a | HC22-A8, HC22-03 |
      | 3        | 0      | niet_verleend | leeg         | HC22-B3        |
      | 3        | 1      | beoordeling_vereist | inspanning_a | HC22-A8, HC22-03 |
      | 2        | 2      | beoordeling_vereist | inspanning_a | HC22-A8, HC22-03 |
      | 1        | 3      | niet_verleend | leeg         | HC22-B3        |
      | 0        | 4      | niet_verleend | leeg         | HC22-B3        |
      | 2        | 5      | beoordeling_vereist | inspanning_a | HC22-A8, HC22-03 |

  Abstract Scenario: 2022 onder A sub a zonder DUO-advies: 600 uur in een van de vier cursuscombinaties (Blik op Werk-keurmerk)
    Gegeven de aanvraag:
      | veld                        | waarde   |
      | pogingen_inburgeringsexamen | 4        |
      | uren_inburgeringscursus     | <inburg> |
      | uren_alfabetiseringscursus  | <alfa>   |
      | uren_nt2_cursus             | <nt2>    |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden: 1° inburgeringscursus
      | inburg | alfa | nt2 | ontheffing    | grond        | regels         |
      | 599    | 0    | 0   | niet_verleend | leeg         | HC22-B3        |
      | 600    | 0    | 0   | beoordeling_vereist | inspanning_a | HC22-A8, HC22-03 |
      | 601    | 0    | 0   | beoordeling_vereist | inspanning_a | HC22-A8, HC22-03 |

    Voorbeelden: 2° alfabetisering en inburgering, waarvan ten minste 200 uur inburgering
      | inburg | alfa | nt2 | ontheffing    | grond        | regels         |
      | 200    | 400  | 0   | beoordeling_vereist | inspanning_a | HC22-A9, HC22-03 |
      | 199    | 401  | 0   | niet_verleend | leeg         | HC22-B3        |
      | 201    | 399  | 0   | beoordeling_vereist | inspanning_a | HC22-A9, HC22-03 |
      | 200    | 399  | 0   | niet_verleend | leeg         | HC22-B3        |

    Voorbeelden: 3° cursus Nederlands als tweede taal
      | inburg | alfa | nt2 | ontheffing    | grond        | regels         |
      | 0      | 0    | 599 | niet_verleend | leeg         | HC22-B3        |
      | 0      | 0    | 600 | beoordeling_vereist | inspanning_a | HC22-A10, HC22-03 |

    Voorbeelden: 4° inburgeringscursus en NT2 samen; alfabetisering telt daar niet mee
      | inburg | alfa | nt2 | ontheffing    | grond        | regels         |
      | 300    | 0    | 300 | beoordeling_vereist | inspanning_a | HC22-A11, HC22-03 |
      | 300    | 0    | 299 | niet_verleend | leeg         | HC22-B3        |
      | 100    | 100  | 400 | niet_verleend | leeg         | HC22-B3        |

  Abstract Scenario: 2022 onder A sub b en c zonder DUO-advies: alfabetisering met een toets naar het leervermogen (DUO of SZW)
    Gegeven de aanvraag:
      | veld                       | waarde   |
      | uren_alfabetiseringscursus | <alfa>   |
      | uren_inburgeringscursus    | <inburg> |
      | toets_leervermogen_duo     | <duo>    |
      | toets_leervermogen_szw     | <szw>    |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden: b: 600 uur alfabetisering en een door DUO afgenomen toets
      | alfa | inburg | duo | szw | ontheffing    | grond        | regels         |
      | 600  | 0      | ja  | nee | beoordeling_vereist | inspanning_b | HC22-A12, HC22-03 |
      | 599  | 0      | ja  | nee | niet_verleend | leeg         | HC22-B3        |
      | 600  | 0      | nee | nee | niet_verleend | leeg         | HC22-B3        |

    Voorbeelden: c: 600 uur alfabetisering en inburgering, waarvan ten minste 300 uur alfabetisering, en een SZW-toets
      | alfa | inburg | duo | szw | ontheffing    | grond        | regels         |
      | 300  | 300    | nee | ja  | beoordeling_vereist | inspanning_c | HC22-A13, HC22-03 |
      | 299  | 301    | nee | ja  | niet_verleend | leeg         | HC22-B3        |
      | 301  | 299    | nee | ja  | beoordeling_vereist | inspanning_c | HC22-A13, HC22-03 |
      | 300  | 299    | nee | ja  | niet_verleend | leeg         | HC22-B3        |
      | 300  | 300    | ja  | nee | niet_verleend | leeg         | HC22-B3        |

  Abstract Scenario: 2022: de IND gaat in beginsel uit van het DUO-advies
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | pogingen_inburgeringsexamen | <pogingen> |
      | uren_inburgeringscursus     | <uren>     |
      | duo_advies_inspanning       | <duo>      |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | pogingen | uren | duo      | ontheffing    | grond                 | regels         |
      | 0        | 0    | positief | verleend      | inspanning_duo_advies | HC22-A7, HC-01 |
      | 4        | 600  | positief | verleend      | inspanning_a          | HC22-A1, HC-01 |
      | 4        | 600  | geen     | beoordeling_vereist | inspanning_a | HC22-A8, HC22-03 |
      | 4        | 600  | negatief | niet_verleend | leeg                  | HC22-B3        |

  Abstract Scenario: 2022 onder C: aantoonbaar voldoende ingeburgerd (elk criterium is genoeg)
    Gegeven de aanvraag:
      | veld                                    | waarde          |
      | aanvraagdatum                           | <aanvraagdatum> |
      | ingezetene_sinds                        | <ingezetene>    |
      | jaren_betaald_werk_of_vrijwilligerswerk | <werk>          |
      | taalvaardigheid_art_2_9_bi              | <taal>          |
      | duo_advies_avi                          | <duo>           |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden: tien jaar onafgebroken ingeschreven als ingezetene
      | aanvraagdatum | ingezetene | werk | taal | duo  | ontheffing    | grond          | regels         |
      | 2024-04-30    | 2014-05-01 | 0    | nee  | geen | niet_verleend | leeg           | HC22-B3        |
      | 2024-05-01    | 2014-05-01 | 0    | nee  | geen | beoordeling_vereist | avi_ingezetene | HC22-C5, HC22-04 |
      | 2024-05-02    | 2014-05-01 | 0    | nee  | geen | beoordeling_vereist | avi_ingezetene | HC22-C5, HC22-04 |

    Voorbeelden: vijf jaar betaald werk of vrijwilligerswerk, of het taalniveau
      | aanvraagdatum | ingezetene | werk | taal | duo  | ontheffing    | grond               | regels         |
      | 2024-05-01    | 2020-01-01 | 4.9  | nee  | geen | niet_verleend | leeg                | HC22-B3        |
      | 2024-05-01    | 2020-01-01 | 5    | nee  | geen | beoordeling_vereist | avi_werk | HC22-C6, HC22-04 |
      | 2024-05-01    | 2020-01-01 | 0    | ja   | geen | beoordeling_vereist | avi_taalvaardigheid | HC22-C7, HC22-04 |

    Voorbeelden: het DUO-advies
      | aanvraagdatum | ingezetene | werk | taal | duo      | ontheffing    | grond          | regels         |
      | 2024-05-01    | 2020-01-01 | 0    | nee  | positief | verleend      | avi_duo_advies | HC22-C4, HC-02 |
      | 2024-05-01    | 2000-01-01 | 10   | ja   | negatief | niet_verleend | leeg           | HC22-B3        |

    Voorbeelden: de grond bestaat pas vanaf 2022
      | aanvraagdatum | ingezetene | werk | taal | duo      | ontheffing    | grond          | regels         |
      | 2021-12-31    | 2000-01-01 | 10   | ja   | positief | niet_verleend | leeg           | HC16-B3        |
      | 2022-01-01    | 2000-01-01 | 0    | nee  | geen     | beoordeling_vereist | avi_ingezetene | HC22-C5, HC22-04 |

  Abstract Scenario: Bijzondere individuele omstandigheden vragen een afweging door een medewerker, nooit zelf een weigering
    Gegeven de aanvraag:
      | veld                                             | waarde          |
      | aanvraagdatum                                    | <aanvraagdatum> |
      | bijzondere_individuele_omstandigheden_aangevoerd | ja              |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "beoordeling_vereist"
    En is "grond" gelijk aan "bijzondere_omstandigheden"
    En bevat "criteria" precies "bijzondere_individuele_omstandigheden"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | regels  |
      | 2018-03-01    | HC16-B1 |
      | 2024-05-01    | HC22-B1 |

  Abstract Scenario: Stellingen die nooit meetellen worden herkend, vermeld en geven geen ontheffing
    Gegeven de aanvraag:
      | veld                                        | waarde          |
      | aanvraagdatum                               | <aanvraagdatum> |
      | stelt_geen_aanbod_inburgeringsvoorziening   | <aanbod_inb>    |
      | stelt_geen_inburgeringsvoorziening_opgelegd | <opgelegd_inb>  |
      | stelt_geen_aanbod_taalkennisvoorziening     | <aanbod_taal>   |
      | stelt_geen_taalkennisvoorziening_opgelegd   | <opgelegd_taal> |
      | stelt_examenplicht_nooit_geweten            | <nooit>         |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "niet_verleend"
    En is "grond" gelijk aan "leeg"
    En bevat "niet_meegewogen" precies "<niet_meegewogen>"
    En is regel "<regels>" toegepast

    Voorbeelden: tekst 2016
      | aanvraagdatum | aanbod_inb | opgelegd_inb | aanbod_taal | opgelegd_taal | nooit | niet_meegewogen                                                 | regels                    |
      | 2018-03-01    | ja         | nee          | nee         | nee           | nee   | geen_aanbod_inburgeringsvoorziening                             | HC16-N1, HC16-B2          |
      | 2018-03-01    | nee        | ja           | nee         | nee           | nee   | geen_inburgeringsvoorziening_opgelegd                           | HC16-N2, HC16-B2          |
      | 2018-03-01    | nee        | nee          | ja          | nee           | nee   | geen_aanbod_taalkennisvoorziening                               | HC16-N3, HC16-B2          |
      | 2018-03-01    | nee        | nee          | nee         | ja            | nee   | geen_taalkennisvoorziening_opgelegd                             | HC16-N4, HC16-B2          |
      | 2018-03-01    | nee        | nee          | nee         | nee           | ja    | examenplicht_nooit_geweten                                      | HC16-N5, HC16-B2          |
      | 2021-12-31    | ja         | nee          | nee         | nee           | ja    | geen_aanbod_inburgeringsvoorziening, examenplicht_nooit_geweten | HC16-N1, HC16-N5, HC16-B2 |
      | 2018-03-01    | nee        | nee          | nee         | nee           | nee   | leeg                                                            | HC16-B3                   |

    Voorbeelden: tekst 2022
      | aanvraagdatum | aanbod_inb | opgelegd_inb | aanbod_taal | opgelegd_taal | nooit | niet_meegewogen                                                                                                                                                                | regels                                               |
      | 2024-05-01    | ja         | nee          | nee         | nee           | nee   | geen_aanbod_inburgeringsvoorziening                                                                                                                                            | HC22-N1, HC22-B2                                     |
      | 2024-05-01    | nee        | ja           | nee         | nee           | nee   | geen_inburgeringsvoorziening_opgelegd                                                                                                                                          | HC22-N2, HC22-B2                                     |
      | 2024-05-01    | nee        | nee          | ja          | nee           | nee   | geen_aanbod_taalkennisvoorziening                                                                                                                                              | HC22-N3, HC22-B2                                     |
      | 2024-05-01    | nee        | nee          | nee         | ja            | nee   | geen_taalkennisvoorziening_opgelegd                                                                                                                                            | HC22-N4, HC22-B2                                     |
      | 2024-05-01    | nee        | nee          | nee         | nee           | ja    | examenplicht_nooit_geweten                                                                                                                                                     | HC22-N5, HC22-B2                                     |
      | 2022-01-01    | ja         | ja           | ja          | ja            | ja    | geen_aanbod_inburgeringsvoorziening, geen_inburgeringsvoorziening_opgelegd, geen_aanbod_taalkennisvoorziening, geen_taalkennisvoorziening_opgelegd, examenplicht_nooit_geweten | HC22-N1, HC22-N2, HC22-N3, HC22-N4, HC22-N5, HC22-B2 |
      | 2024-05-01    | nee        | nee          | nee         | nee           | nee   | leeg                                                                                                                                                                           | HC22-B3                                              |

  Abstract Scenario: Een stelling die niet meetelt naast een echte grond: de grond beslist, de stelling wordt vermeld
    Gegeven de aanvraag:
      | veld                                             | waarde          |
      | aanvraagdatum                                    | <aanvraagdatum> |
      | stelt_examenplicht_nooit_geweten                 | ja              |
      | bijzondere_individuele_omstandigheden_aangevoerd | <bijzonder>     |
      | achtergelaten_tegen_wil                          | <achtergelaten> |
      | voldoet_art_3_51_lid_1_a_1_vb                    | ja              |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En bevat "niet_meegewogen" precies "examenplicht_nooit_geweten"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | bijzonder | achtergelaten | ontheffing                  | regels           |
      | 2018-03-01    | ja        | nee           | beoordeling_vereist | HC16-N5, HC16-B1 |
      | 2024-05-01    | ja        | nee           | beoordeling_vereist | HC22-N5, HC22-B1 |
      | 2024-05-01    | ja        | ja            | verleend                    | HC22-N5, HC22-L1 |

  Abstract Scenario: Een grond die ontheffing geeft gaat voor een grond die een afweging vraagt
    Gegeven de aanvraag:
      | veld                                             | waarde     |
      | aanvraagdatum                                    | 2018-03-01 |
      | pogingen_inburgeringsexamen                      | 4          |
      | uren_inburgeringscursus                          | 600        |
      | achtergelaten_tegen_wil                          | <achter>   |
      | voldoet_art_3_51_lid_1_a_1_vb                    | ja         |
      | bijzondere_individuele_omstandigheden_aangevoerd | ja         |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | achter | ontheffing                  | grond        | regels           |
      | ja     | verleend                    | achterlating | HC16-A4, HC16-L1 |
      | nee    | beoordeling_vereist | inspanning_a | HC16-A4, HC16-03   |

  Abstract Scenario: 2022 onder A met een positief DUO-advies: ontheffing op het onderdeel waarvan de feiten zijn opgegeven
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | pogingen_inburgeringsexamen | <pogingen> |
      | pogingen_staatsexamen_nt2   | <staats>   |
      | uren_inburgeringscursus     | <inburg>   |
      | uren_alfabetiseringscursus  | <alfa>     |
      | uren_nt2_cursus             | <nt2>      |
      | toets_leervermogen_duo      | <duo_toets> |
      | toets_leervermogen_szw      | <szw>      |
      | duo_advies_inspanning       | <advies>   |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En bevat "criteria" precies "<criteria>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | pogingen | staats | inburg | alfa | nt2 | duo_toets | szw | advies   | ontheffing                  | grond                 | criteria                        | regels            |
      | 2        | 2      | 600    | 0    | 0   | nee       | nee | positief  | verleend                    | inspanning_a          | leeg                            | HC22-A1, HC-01    |
      | 1        | 3      | 600    | 0    | 0   | nee       | nee | positief  | verleend                    | inspanning_duo_advies | leeg                            | HC22-A7, HC-01    |
      | 4        | 0      | 200    | 400  | 0   | nee       | nee | positief  | verleend                    | inspanning_a          | leeg                            | HC22-A2, HC-01    |
      | 4        | 0      | 0      | 0    | 600 | nee       | nee | positief  | verleend                    | inspanning_a          | leeg                            | HC22-A3, HC-01    |
      | 4        | 0      | 300    | 0    | 300 | nee       | nee | positief  | verleend                    | inspanning_a          | leeg                            | HC22-A4, HC-01    |
      | 0        | 0      | 0      | 600  | 0   | ja        | nee | positief  | verleend                    | inspanning_b          | leeg                            | HC22-A5, HC-01    |
      | 0        | 0      | 300    | 300  | 0   | nee       | ja  | positief  | verleend                    | inspanning_c          | leeg                            | HC22-A6, HC-01    |
      | 0        | 0      | 300    | 300  | 0   | nee       | ja  | geen      | beoordeling_vereist | inspanning_c          | duo_advies_inspanning_ontbreekt | HC22-A13, HC22-03 |
      | 0        | 0      | 300    | 300  | 0   | nee       | ja  | negatief  | niet_verleend               | leeg                  | leeg                            | HC22-B3           |

  Abstract Scenario: 2022 onder C: zonder DUO-advies beoordeelt een medewerker en vraagt het advies op
    Gegeven de aanvraag:
      | veld                                    | waarde       |
      | ingezetene_sinds                        | <ingezetene> |
      | jaren_betaald_werk_of_vrijwilligerswerk | <werk>       |
      | taalvaardigheid_art_2_9_bi              | <taal>       |
      | duo_advies_avi                          | <duo>        |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En bevat "criteria" precies "<criteria>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | ingezetene | werk | taal | duo      | ontheffing                  | grond               | criteria                 | regels           |
      | 2014-05-01 | 0    | nee  | positief | verleend                    | avi_ingezetene      | leeg                     | HC22-C1, HC-02   |
      | 2014-05-02 | 0    | nee  | positief | verleend                    | avi_duo_advies      | leeg                     | HC22-C4, HC-02   |
      | 2020-01-01       | 5    | nee  | positief | verleend                    | avi_werk            | leeg                     | HC22-C2, HC-02   |
      | 2020-01-01       | 0    | ja   | positief | verleend                    | avi_taalvaardigheid | leeg                     | HC22-C3, HC-02   |
      | 2014-05-01 | 0    | nee  | geen     | beoordeling_vereist | avi_ingezetene      | duo_advies_avi_ontbreekt | HC22-C5, HC22-04 |
      | 2014-05-02 | 0    | nee  | geen     | niet_verleend               | leeg                | leeg                     | HC22-B3          |
      | 2020-01-01       | 5    | nee  | geen     | beoordeling_vereist | avi_werk            | duo_advies_avi_ontbreekt | HC22-C6, HC22-04 |
      | 2020-01-01       | 4.9  | nee  | geen     | niet_verleend               | leeg                | leeg                     | HC22-B3          |
      | 2020-01-01       | 0    | ja   | geen     | beoordeling_vereist | avi_taalvaardigheid | duo_advies_avi_ontbreekt | HC22-C7, HC22-04 |

  Abstract Scenario: AVI alleen bij een aanvraag voor een sterker verblijfsrecht als bedoeld in de artikelen 3.80a, 3.96a en 3.107a Vb
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | soort_aanvraag              | <soort>    |
      | ingezetene_sinds            | 2000-01-01 |
      | duo_advies_avi              | positief   |
      | pogingen_inburgeringsexamen | 4          |
      | uren_inburgeringscursus     | 600        |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "<ontheffing>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast
    En is regel "<niet>" niet toegepast

    Voorbeelden:
      | soort                    | ontheffing                  | grond          | regels            | niet    |
      | regulier_onbepaalde_tijd | verleend                    | avi_ingezetene | HC22-C1, HC-02    | HC22-03 |
      | langdurig_ingezetene     | verleend                    | avi_ingezetene | HC22-C1, HC-02    | HC22-03 |
      | asiel_onbepaalde_tijd    | verleend                    | avi_ingezetene | HC22-C1, HC-02    | HC22-03 |
      | art_45b_vw               | beoordeling_vereist | inspanning_a   | HC22-A8, HC22-03  | HC22-C1 |
      | geen_sterker_verblijf    | beoordeling_vereist | inspanning_a   | HC22-A8, HC22-03  | HC22-C1 |

  Abstract Scenario: Een AVI-ontheffing noemt de artikelen 3.80a, 3.96a en 3.107a Vb, zoals B9/8.1.2.3 onder C zelf doet
    Gegeven de aanvraag:
      | veld             | waarde     |
      | soort_aanvraag   | <soort>    |
      | ingezetene_sinds | 2000-01-01 |
      | duo_advies_avi   | positief   |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "verleend"
    En is "grond" gelijk aan "avi_ingezetene"
    En is "bron_beslissing" gelijk aan "Vc B9/8.1.2.3 onder C; art. 3.80a Vb; art. 3.96a Vb; art. 3.107a Vb; 003:L2049, 003:L2051"
    En noemt de motivering "(Vc 2000 B9/8.1.2.3 onder C; Vb 2000 art. 3.80a; Vb 2000 art. 3.96a; Vb 2000 art. 3.107a)"

    Voorbeelden:
      | soort                    |
      | regulier_onbepaalde_tijd |
      | langdurig_ingezetene     |
      | asiel_onbepaalde_tijd    |

  Scenario: De soort aanvraag is verplicht
    Gegeven de aanvraag:
      | veld           | waarde |
      | soort_aanvraag | leeg   |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "soort_aanvraag"

  Scenario: Een onbekende soort aanvraag is een fout
    Gegeven de aanvraag:
      | veld           | waarde         |
      | soort_aanvraag | naturalisatie  |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "soort_aanvraag"

  Scenario: Zonder overgelegd ROC-advies tellen de datums en de inhoud van een advies niet
    Gegeven de aanvraag:
      | veld                      | waarde     |
      | aanvraagdatum             | 2018-03-01 |
      | roc_advies_overgelegd     | nee        |
      | roc_advies_aangevraagd_op | 2013-02-28 |
      | roc_advies_datum          | 2013-03-01 |
      | roc_advies_ontheffing     | ja         |
      | tgn_a2_behaald            | ja         |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "niet_verleend"
    En is regel "HC16-B3" toegepast
    En is regel "HC16-R1" niet toegepast

  Abstract Scenario: Feiten die niet samen kunnen: een fout die beide velden noemt, vóór er wordt beslist
    Gegeven de aanvraag:
      | veld                      | waarde          |
      | aanvraagdatum             | <aanvraagdatum> |
      | roc_advies_overgelegd     | ja              |
      | roc_advies_aangevraagd_op | <aangevraagd>   |
      | roc_advies_datum          | <advies>        |
      | ingezetene_sinds          | <ingezetene>    |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld1>"
    En noemt de fout het veld "<veld2>"

    Voorbeelden:
      | aanvraagdatum | aangevraagd | advies     | ingezetene | veld1                     | veld2                     |
      | 2018-03-01    | 2013-03-02  | 2013-03-01 | 2000-01-01 | roc_advies_datum          | roc_advies_aangevraagd_op |
      | 2018-03-01    | 2013-02-28  | 2018-03-02 | 2000-01-01 | roc_advies_datum          | aanvraagdatum             |
      | 2018-03-01    | 2018-03-02  | 2018-03-05 | 2000-01-01 | roc_advies_aangevraagd_op | aanvraagdatum             |
      | 2024-05-01    | 2013-02-28  | 2013-03-01 | 2024-05-02 | ingezetene_sinds          | aanvraagdatum             |

  Scenario: Een ROC-advies op de dag van de aanvraag van het onderzoek en op de aanvraagdatum is aannemelijk
    Gegeven de aanvraag:
      | veld                      | waarde     |
      | aanvraagdatum             | 2018-03-01 |
      | roc_advies_overgelegd     | ja         |
      | roc_advies_aangevraagd_op | 2018-03-01 |
      | roc_advies_datum          | 2018-03-01 |
      | ingezetene_sinds          | 2018-03-01 |
    Als de beslissing wordt genomen
    Dan is "ontheffing" gelijk aan "niet_verleend"
    En is regel "HC16-B3" toegepast

  Scenario: Een ontbrekend feit dat de uitkomst kan veranderen: onvolledig, met het feit dat nog nodig is
    Gegeven de aanvraag:
      | veld             | waarde     |
      | aanvraagdatum    | 2024-05-01 |
      | ingezetene_sinds | leeg       |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "ingezetene_sinds"

  Scenario: Een ontbrekend feit dat de uitkomst niet kan veranderen: beslist
    Gegeven de aanvraag:
      | veld                  | waarde     |
      | aanvraagdatum         | 2018-03-01 |
      | duo_advies_inspanning | positief   |
      | ingezetene_sinds      | leeg       |
      | taalvaardigheid_art_2_9_bi | leeg  |
    Als de beslissing wordt genomen
    Dan is de status "beslist"
    En is "ontheffing" gelijk aan "verleend"
    En is "grond" gelijk aan "inspanning_duo_advies"

  Scenario: Bijzondere individuele omstandigheden: beoordeling vereist, met de grond
    Gegeven de aanvraag:
      | veld                                             | waarde |
      | bijzondere_individuele_omstandigheden_aangevoerd | ja     |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is de grond van de beoordeling "bijzondere_omstandigheden"
