# language: nl
Functionaliteit: Verblijfsvergunning op niet-tijdelijke humanitaire gronden na verblijf (artikel 3.51 Vb): de verblijfsvoorwaarden
  Vc B9/8.1, B9/8.2, B9/8.7 en B9/16 in de tekst van WBV 2016/7 (001:L716-852), vanaf 2016-07-01:
  - artikel 3.51, eerste lid, onder a, sub 1, Vb: vijf jaren geen grond voor intrekking, het inburgeringsexamen
    behaald of vrijgesteld of ontheven, en de algemene toelatingsvoorwaarden van artikel 16, eerste lid, Vw behalve
    b, c en k. Een verblijfsgat wordt alleen dan niet tegengeworpen als het door een niet tijdige verlengingsaanvraag
    is ontstaan, die aanvraag binnen twee jaar is ingediend en de vreemdeling de vijf jaar vóór de aanvraag
    onafgebroken aan de inhoudelijke voorwaarden van zijn oorspronkelijke vergunning voldeed.
  - na een (huwelijks)relatie (B9/8.2) ook: een relatie met een referent met verblijfsrecht van niet-tijdelijke aard,
    die vijf jaren bestaat of heeft bestaan, en vijf jaren een verblijfsvergunning op grond van die relatie.
  - artikel 3.51, tweede lid, onder a en b, Vb: het inburgeringsvereiste en artikel 16, eerste lid, Vw behalve c en k;
    voor het gezinslid van de houder van een Europese blauwe kaart (B9/8.7) ook twee jaren voldaan aan de voorwaarden
    voor verlenging.
  Jaren zijn voltooide jaren tot de aanvraagdatum: vijf jaren zijn vol op de vijfde verjaardag van de begindatum.
  Bij verlenen: beperking 'niet-tijdelijke humanitaire gronden', vijf jaar geldig (B9/16). Alle voorwaarden waaraan
  niet is voldaan, worden samen genoemd. Latere wijzigingen van deze tekst staan niet in de bronnen (aanname:
  ongewijzigd).

  Achtergrond:
    Gegeven de tabel "inburgering/verblijfsvoorwaarden"
    En de aanvraag:
      | veld                                  | waarde             |
      | aanvraagdatum                         | 2024-03-01         |
      | grondslag                             | art_3_51_lid_1_a_1 |
      | inburgeringsvereiste                  | behaald            |
      | voldoet_art_16_lid_1_vw_behalve_b_c_k | ja                 |
      | geen_intrekkingsgrond_sinds           | 2019-03-01         |
      | verblijfsgat                          | nee                |

  Scenario: Alle voorwaarden van B9/8.1 vervuld: verlenen onder de beperking van B9/16
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "verlenen"
    En bevat "afwijzingsgronden" precies "leeg"
    En is "beperking" gelijk aan "niet-tijdelijke humanitaire gronden"
    En is "geldigheidsduur_jaren" gelijk aan "5"
    En is "arbeidsmarktaantekening" gelijk aan "Arbeid vrij toegestaan. TWV niet vereist"
    En is "bron_beslissing" gelijk aan "Vc B9/8.1; art. 3.51 lid 1 onder a sub 1 Vb; 001:L720-734; Vc B9/16; art. 3.4 lid 1 onder r Vb; art. 3.58 lid 1 onder r Vb; 001:L844-852"
    En is regel "VG-01, VB-02" toegepast

  Abstract Scenario: Vijf jaren geen grond voor intrekking: vol op de vijfde verjaardag, niet een dag eerder
    Gegeven de aanvraag:
      | veld                        | waarde          |
      | aanvraagdatum               | <aanvraagdatum> |
      | geen_intrekkingsgrond_sinds | <sinds>         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "afwijzingsgronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | sinds      | besluit  | gronden                          | regels |
      | 2024-03-01    | 2019-02-28 | verlenen | leeg                             | VB-02  |
      | 2024-03-01    | 2019-03-01 | verlenen | leeg                             | VB-02  |
      | 2024-03-01    | 2019-03-02 | afwijzen | vijf_jaren_geen_intrekkingsgrond | VV-01, VB-01 |
      | 2025-02-28    | 2020-02-29 | afwijzen | vijf_jaren_geen_intrekkingsgrond | VV-01, VB-01 |
      | 2025-03-01    | 2020-02-29 | verlenen | leeg                             | VB-02  |

  Scenario: Vóór 1 juli 2016 geldt deze tekst niet
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | aanvraagdatum               | 2016-06-30 |
      | geen_intrekkingsgrond_sinds | 2010-01-01 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Scenario: Op 1 juli 2016 geldt de tekst van WBV 2016/7
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | aanvraagdatum               | 2016-07-01 |
      | geen_intrekkingsgrond_sinds | 2011-07-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "verlenen"
    En is regel "VG-01, VB-02" toegepast

  Abstract Scenario: Een verblijfsgat wordt alleen niet tegengeworpen binnen de grenzen van B9/8.1
    Gegeven de aanvraag:
      | veld                                      | waarde        |
      | verblijfsgat                              | <gat>         |
      | verblijfsgat_door_niet_tijdige_verlenging | <niet_tijdig> |
      | einde_geldigheid_vorige_vergunning        | <einde>       |
      | verlengingsaanvraag_ingediend_op          | <verlenging>  |
      | inhoudelijke_voorwaarden_sinds            | <inhoudelijk> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "afwijzingsgronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden: twee jaar na de laatste geldigheidsdag, vijf jaar inhoudelijke voorwaarden tot de aanvraagdatum
      | gat | niet_tijdig | einde      | verlenging | inhoudelijk | besluit  | gronden      | regels              |
      | ja  | ja          | 2020-06-30 | 2022-06-29 | 2019-03-01  | verlenen | leeg         | VG-02, VB-02        |
      | ja  | ja          | 2020-06-30 | 2022-06-30 | 2019-03-01  | verlenen | leeg         | VG-02, VB-02        |
      | ja  | ja          | 2020-06-30 | 2022-07-01 | 2019-03-01  | afwijzen | verblijfsgat | VG-03, VV-02, VB-01 |
      | ja  | ja          | 2020-06-30 | 2022-06-30 | 2019-03-02  | afwijzen | verblijfsgat | VG-03, VV-02, VB-01 |
      | ja  | nee         | 2020-06-30 | 2020-08-01 | 2019-03-01  | afwijzen | verblijfsgat | VG-03, VV-02, VB-01 |

  Scenario: Elke voorwaarde waaraan niet is voldaan wordt genoemd
    Gegeven de aanvraag:
      | veld                                  | waarde       |
      | inburgeringsvereiste                  | niet_voldaan |
      | voldoet_art_16_lid_1_vw_behalve_b_c_k | nee          |
      | geen_intrekkingsgrond_sinds           | 2020-01-01   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "afwijzingsgronden" precies "vijf_jaren_geen_intrekkingsgrond, inburgeringsvereiste, toelatingsvoorwaarden_art_16"
    En is "beperking" gelijk aan "leeg"
    En is "bron_beslissing" gelijk aan "Vc B9/8.1; art. 3.51 Vb; 001:L720"
    En is regel "VV-01, VV-03, VV-04, VB-01" toegepast

  Abstract Scenario: Na een (huwelijks)relatie (B9/8.2): vijf jaren relatie en vijf jaren vergunning op grond daarvan
    Gegeven de aanvraag:
      | veld                                | waarde            |
      | grondslag                           | na_relatie        |
      | relatie_met_referent_niet_tijdelijk | <referent>        |
      | relatie_sinds                       | <relatie_sinds>   |
      | relatie_beeindigd                   | <rel_eind>        |
      | relatie_tot                         | <relatie_tot>     |
      | vergunning_relatie_sinds            | <vergunning_sinds> |
      | vergunning_relatie_beeindigd        | <verg_eind>       |
      | vergunning_relatie_tot              | <vergunning_tot>  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "afwijzingsgronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden: de relatie en de vergunning bestaan nog: vijf jaren op de vijfde verjaardag
      | referent | relatie_sinds | rel_eind | relatie_tot | vergunning_sinds | verg_eind | vergunning_tot | besluit  | gronden                       | regels        |
      | ja       | 2019-03-01    | nee      | leeg        | 2019-03-01       | nee       | leeg           | verlenen | leeg                          | VB-03         |
      | ja       | 2019-03-02    | nee      | leeg        | 2019-03-01       | nee       | leeg           | afwijzen | vijf_jaren_relatie            | VV-07, VB-01  |
      | ja       | 2019-03-01    | nee      | leeg        | 2019-03-02       | nee       | leeg           | afwijzen | vijf_jaren_vergunning_relatie | VV-08, VB-01  |
      | nee      | 2019-03-01    | nee      | leeg        | 2019-03-01       | nee       | leeg           | afwijzen | relatie_met_referent          | VV-06, VB-01  |

    Voorbeelden: de relatie heeft vijf jaren bestaan: tot en met haar laatste dag
      | referent | relatie_sinds | rel_eind | relatie_tot | vergunning_sinds | verg_eind | vergunning_tot | besluit  | gronden                       | regels        |
      | ja       | 2015-01-01    | ja       | 2019-12-31  | 2015-01-01       | ja        | 2019-12-31     | verlenen | leeg                          | VB-03         |
      | ja       | 2015-01-01    | ja       | 2019-12-30  | 2015-01-01       | ja        | 2019-12-31     | afwijzen | vijf_jaren_relatie            | VV-07, VB-01  |
      | ja       | 2015-01-01    | ja       | 2019-12-31  | 2015-01-01       | ja        | 2019-12-30     | afwijzen | vijf_jaren_vergunning_relatie | VV-08, VB-01  |
      | ja       | 2015-01-01    | ja       | 2019-12-31  | 2015-01-01       | nee       | leeg           | verlenen | leeg                          | VB-03         |

  Scenario: Na een relatie gelden ook de voorwaarden van B9/8.1
    Gegeven de aanvraag:
      | veld                                | waarde     |
      | grondslag                           | na_relatie |
      | relatie_met_referent_niet_tijdelijk | ja         |
      | relatie_sinds                       | 2018-01-01 |
      | relatie_beeindigd                   | nee        |
      | vergunning_relatie_sinds            | 2018-01-01 |
      | vergunning_relatie_beeindigd        | nee        |
      | geen_intrekkingsgrond_sinds         | 2019-03-02 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "afwijzingsgronden" precies "vijf_jaren_geen_intrekkingsgrond"
    En is regel "VV-01, VB-01" toegepast

  Abstract Scenario: Artikel 3.51, tweede lid, Vb: ook onderdeel b van artikel 16, eerste lid, Vw; geen vijf jaren
    Gegeven de aanvraag:
      | veld                            | waarde             |
      | grondslag                       | art_3_51_lid_2_a_b |
      | geen_intrekkingsgrond_sinds     | leeg               |
      | verblijfsgat                    | leeg               |
      | voldoet_art_16_lid_1_onder_b_vw | <onder_b>          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "afwijzingsgronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is regel "VV-01O, VV-02O" niet toegepast

    Voorbeelden:
      | onder_b | besluit  | gronden                            | regels        |
      | ja      | verlenen | leeg                               | VB-04         |
      | nee     | afwijzen | toelatingsvoorwaarde_art_16_onder_b | VV-05, VB-01  |

  Abstract Scenario: Gezinslid van de houder van een Europese blauwe kaart (B9/8.7): twee jaren voldaan aan de voorwaarden voor verlenging
    Gegeven de aanvraag:
      | veld                            | waarde                 |
      | aanvraagdatum                   | <aanvraagdatum>        |
      | grondslag                       | gezinslid_blauwe_kaart |
      | voldoet_art_16_lid_1_onder_b_vw | ja                     |
      | verlengingsvoorwaarden_sinds    | <sinds>                |
      | inburgeringsvereiste            | <inburgering>          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "afwijzingsgronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | sinds      | inburgering  | besluit  | gronden                                                 | regels              |
      | 2024-03-01    | 2022-03-01 | ontheven     | verlenen | leeg                                                    | VB-05               |
      | 2024-03-01    | 2022-03-02 | ontheven     | afwijzen | twee_jaren_verlengingsvoorwaarden                       | VV-09, VB-01        |
      | 2024-02-29    | 2022-02-28 | vrijgesteld  | verlenen | leeg                                                    | VB-05               |
      | 2024-03-01    | 2022-03-01 | niet_voldaan | afwijzen | inburgeringsvereiste                                    | VV-03, VB-01        |

  Abstract Scenario: Feiten die niet samen kunnen: een fout die beide velden noemt, vóór er wordt beslist
    Gegeven de aanvraag:
      | veld    | waarde   |
      | <veld1> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld1>"
    En noemt de fout het veld "aanvraagdatum"

    Voorbeelden:
      | veld1                              | waarde     |
      | geen_intrekkingsgrond_sinds        | 2024-03-02 |
      | verlengingsaanvraag_ingediend_op   | 2024-03-02 |
      | einde_geldigheid_vorige_vergunning | 2024-03-02 |
      | inhoudelijke_voorwaarden_sinds     | 2024-03-02 |
      | relatie_sinds                      | 2024-03-02 |
      | relatie_tot                        | 2024-03-02 |
      | vergunning_relatie_sinds           | 2024-03-02 |
      | verlengingsvoorwaarden_sinds       | 2024-03-02 |

  Abstract Scenario: Een einde vóór het begin is een fout die beide velden noemt
    Gegeven de aanvraag:
      | veld     | waarde     |
      | <begin>  | 2020-01-02 |
      | <einde>  | 2020-01-01 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<begin>"
    En noemt de fout het veld "<einde>"

    Voorbeelden:
      | begin                    | einde                  |
      | relatie_sinds            | relatie_tot            |
      | vergunning_relatie_sinds | vergunning_relatie_tot |

  Scenario: Een ontbrekend feit dat een voorwaarde beslist: onvolledig, met het feit dat nog nodig is
    Gegeven de aanvraag:
      | veld                        | waarde |
      | geen_intrekkingsgrond_sinds | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "geen_intrekkingsgrond_sinds"

  Abstract Scenario: Artikel 3.51, achtste lid, Vb (Besluit 1/80), eerste gedachtestreepje: arbeidsplaats uiterlijk bij het verstrijken, voor nog een jaar
    Gegeven de aanvraag:
      | veld                       | waarde           |
      | grondslag                  | art_3_51_lid_8_a |
      | vergunning_art_3_31b       | <vergunning>     |
      | einde_geldigheid_art_3_31b | 2024-02-29       |
      | arbeidsplaats_sinds        | <sinds>          |
      | arbeidsplaats_tot          | <tot>            |
      | middelen_art_3_73_3_75_vb  | <middelen>       |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "afwijzingsgronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden: de arbeidsplaats begint uiterlijk op de laatste geldigheidsdag en loopt tot de eerste verjaardag daarvan
      | vergunning | sinds      | tot        | middelen | besluit  | gronden                           | regels       |
      | ja         | 2024-02-29 | 2025-02-28 | ja       | verlenen | leeg                              | VB-06        |
      | ja         | 2024-03-01 | 2025-02-28 | ja       | afwijzen | arbeidsplaats_uiterlijk_bij_einde | VV-11, VB-01 |
      | ja         | 2024-02-28 | 2025-02-27 | ja       | afwijzen | arbeidsplaats_nog_een_jaar        | VV-12, VB-01 |
      | nee        | 2024-02-28 | 2025-02-28 | ja       | afwijzen | vergunning_art_3_31b              | VV-10, VB-01 |
      | ja         | 2024-02-28 | 2025-02-28 | nee      | afwijzen | middelen_art_3_73_3_75            | VV-13, VB-01 |

  Abstract Scenario: Artikel 3.51, achtste lid, Vb (Besluit 1/80), tweede gedachtestreepje: drie jaar als gezinslid, vol op de derde verjaardag
    Gegeven de aanvraag:
      | veld                                          | waarde           |
      | grondslag                                     | art_3_51_lid_8_b |
      | inburgeringsvereiste                          | niet_voldaan     |
      | gezinslid_vergunning_sinds                    | <sinds>          |
      | voldoet_verlengingsvoorwaarden_oorspronkelijk | <verlenging>     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "afwijzingsgronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | sinds      | verlenging | besluit  | gronden                               | regels       |
      | 2021-03-01 | ja         | verlenen | leeg                                  | VB-07        |
      | 2021-03-02 | ja         | afwijzen | drie_jaar_gezinslid                   | VV-14, VB-01 |
      | 2021-03-01 | nee        | afwijzen | verlengingsvoorwaarden_oorspronkelijk | VV-15, VB-01 |

  Abstract Scenario: B9/8.6: bijzondere individuele omstandigheden na verblijf als gezinslid: de IND beoordeelt, de tabel verleent niet
    Gegeven de aanvraag:
      | veld                                          | waarde                    |
      | grondslag                                     | bijzondere_omstandigheden |
      | komt_in_aanmerking_art_3_50_of_3_51_lid_1_a_1 | <andere>                  |
      | bijzondere_omstandigheden_onderbouwd          | <onderbouwd>              |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "afwijzingsgronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | andere | onderbouwd | besluit             | gronden                                   | regels       |
      | nee    | ja         | beoordeling_vereist | leeg                                      | VB-08        |
      | ja     | ja         | afwijzen            | andere_grondslag_art_3_50_of_3_51         | VV-16, VB-01 |
      | nee    | nee        | afwijzen            | bijzondere_omstandigheden_niet_onderbouwd | VV-17, VB-01 |
