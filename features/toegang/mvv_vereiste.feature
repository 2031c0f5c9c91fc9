# language: nl
Functionaliteit: Mvv-vereiste: vrijstellingen, hardheidsclausule en vertrektermijn
  Vc B1/4.1.1 in de tekst van WBV 2010/20 (002:L17-267), vanaf 2011-01-01 (002:L1124).
  Een aanvraag om een verblijfsvergunning regulier voor bepaalde tijd wordt niet afgewezen wegens het
  ontbreken van een geldige mvv bij de vrijstellingen van art. 17, eerste lid, Vw (002:L25-77; onder a de
  36 door BuZa aangewezen landen, blad Parameters). Bij de categorieën van art. 3.71, tweede lid, Vb "kan"
  de Minister vrijstellen (002:L81): beoordeling door de IND. De godsdienstleraar en geestelijk voorganger
  is niet vrijgesteld (art. 3.71, derde lid, Vb; 002:L193-197). De hardheidsclausule (art. 3.71, vierde lid,
  Vb) wordt alleen in zeer bijzondere gevallen toegepast (002:L225): vrijstelling voor de bijzondere groepen
  (002:L227-243), geen vrijstelling in de niet-bijzondere gevallen (002:L245-259), anders beoordeling.
  Vertrektermijn: vier weken, uitzetting op voorhand niet achterwege gelaten (002:L263).

  Achtergrond:
    Gegeven de tabel "toegang/mvv_vereiste"
    En de aanvraag:
      | veld                                | waarde     |
      | aanvraagdatum                       | 2012-03-01 |
      | nationaliteit                       | MA         |
      | geldige_mvv                         | nee        |
      | gemeenschapsonderdaan               | nee        |
      | reizen_niet_verantwoord             | nee        |
      | slachtoffer_of_getuige_mensenhandel | nee        |
      | asielvergunning_direct_voorafgaand  | nee        |
      | wijziging_verblijfsvergunning       | nee        |
      | amvb_categorie                      | nee        |
      | langdurig_ingezetene_andere_lidstaat | nee       |
      | vb_categorie                        | geen       |
      | godsdienstleraar                    | nee        |
      | turkse_zelfstandige                 | geen_beroep |
      | bijzondere_groep                    | geen       |
      | beroep_hardheidsclausule            | geen       |
      | verblijf_art8_afgelopen_vijf_jaar   | nee        |

  Scenario: Geen geldige mvv en geen vrijstelling: het mvv-vereiste geldt, vertrektermijn vier weken
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "mvv_vereist"
    En is "grond" gelijk aan "geen_vrijstelling"
    En is "uitzetting" gelijk aan "niet_achterwege_gelaten"
    En is "vertrektermijn_weken" gelijk aan "4"
    En is regel "MVV-V01, MVV-18, MVV-T01" toegepast
    En is de status "beslist"

  Scenario: Met een geldige mvv speelt de vrijstelling niet
    Gegeven de aanvraag:
      | veld        | waarde |
      | geldige_mvv | ja     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "niet_van_toepassing"
    En is "grond" gelijk aan "leeg"
    En is "uitzetting" gelijk aan "leeg"
    En is regel "MVV-01, MVV-T04" toegepast
    En is de status "beslist"

  Abstract Scenario: Art. 17, eerste lid, onder a, Vw: de door BuZa aangewezen landen (de lijst staat op blad Parameters)
    Gegeven de aanvraag:
      | veld          | waarde          |
      | nationaliteit | <nationaliteit> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | nationaliteit | besluit     | grond             | regels                   |
      | US            | vrijgesteld | art_17_1_a        | MVV-02, MVV-T04          |
      | AU            | vrijgesteld | art_17_1_a        | MVV-02, MVV-T04          |
      | GB            | vrijgesteld | art_17_1_a        | MVV-02, MVV-T04          |
      | GR            | vrijgesteld | art_17_1_a        | MVV-02, MVV-T04          |
      | KR            | vrijgesteld | art_17_1_a        | MVV-02, MVV-T04          |
      | VA            | vrijgesteld | art_17_1_a        | MVV-02, MVV-T04          |
      | CH            | vrijgesteld | art_17_1_a        | MVV-02, MVV-T04          |
      | EE            | mvv_vereist | geen_vrijstelling | MVV-V01, MVV-18, MVV-T01 |
      | MT            | mvv_vereist | geen_vrijstelling | MVV-V01, MVV-18, MVV-T01 |
      | TR            | mvv_vereist | geen_vrijstelling | MVV-V01, MVV-18, MVV-T01 |
      | NL            | mvv_vereist | geen_vrijstelling | MVV-V01, MVV-18, MVV-T01 |

  Scenario: Een onderdaan van een aangewezen land hoeft verder niets op te geven
    Gegeven de aanvraag:
      | veld                                 | waarde |
      | nationaliteit                        | JP     |
      | gemeenschapsonderdaan                | leeg   |
      | reizen_niet_verantwoord              | leeg   |
      | slachtoffer_of_getuige_mensenhandel  | leeg   |
      | asielvergunning_direct_voorafgaand   | leeg   |
      | wijziging_verblijfsvergunning        | leeg   |
      | amvb_categorie                       | leeg   |
      | langdurig_ingezetene_andere_lidstaat | leeg   |
      | vb_categorie                         | leeg   |
      | godsdienstleraar                     | leeg   |
      | bijzondere_groep                     | leeg   |
      | beroep_hardheidsclausule             | leeg   |
      | verblijf_art8_afgelopen_vijf_jaar    | leeg   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "vrijgesteld"
    En is "grond" gelijk aan "art_17_1_a"
    En is de status "beslist"
    En noemt de motivering "De aanvraag wordt niet afgewezen wegens het ontbreken van een geldige mvv"

  Scenario: Estland en Malta staan niet op de lijst: hun onderdanen zijn gemeenschapsonderdaan (onder b)
    Gegeven de aanvraag:
      | veld                  | waarde |
      | nationaliteit         | EE     |
      | gemeenschapsonderdaan | ja     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "vrijgesteld"
    En is "grond" gelijk aan "art_17_1_b"
    En is regel "MVV-03, MVV-T04" toegepast

  Abstract Scenario: De andere vrijstellingen van art. 17, eerste lid, Vw
    Gegeven de aanvraag:
      | veld    | waarde |
      | <feit>  | ja     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "vrijgesteld"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>, MVV-T04" toegepast
    En is de status "beslist"

    Voorbeelden:
      | feit                                 | grond      | regel  |
      | gemeenschapsonderdaan                | art_17_1_b | MVV-03 |
      | reizen_niet_verantwoord              | art_17_1_c | MVV-04 |
      | slachtoffer_of_getuige_mensenhandel  | art_17_1_d | MVV-05 |
      | asielvergunning_direct_voorafgaand   | art_17_1_e | MVV-06 |
      | amvb_categorie                       | art_17_1_g | MVV-08 |
      | langdurig_ingezetene_andere_lidstaat | art_17_1_h | MVV-09 |

  Abstract Scenario: Wijziging van de vergunning (onder f): tijdig is niet later dan twee jaar na afloop van de eerdere vergunning
    Gegeven de aanvraag:
      | veld                          | waarde          |
      | aanvraagdatum                 | <aanvraagdatum> |
      | wijziging_verblijfsvergunning | ja              |
      | einde_vorige_vergunning       | <einde>         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | einde      | besluit     | grond             | regels                   |
      | 2012-03-01    | 2010-03-01 | vrijgesteld | art_17_1_f        | MVV-07, MVV-T04          |
      | 2012-03-02    | 2010-03-01 | mvv_vereist | geen_vrijstelling | MVV-V01, MVV-18, MVV-T01 |
      | 2012-02-28    | 2010-02-28 | vrijgesteld | art_17_1_f        | MVV-07, MVV-T04          |
      | 2012-02-29    | 2010-02-28 | mvv_vereist | geen_vrijstelling | MVV-V01, MVV-18, MVV-T01 |
      | 2012-03-01    | 2012-09-30 | vrijgesteld | art_17_1_f        | MVV-07, MVV-T04          |

  Scenario: Een aanvraag tot wijziging zonder de einddatum van de eerdere vergunning krijgt geen besluit
    Gegeven de aanvraag:
      | veld                          | waarde |
      | wijziging_verblijfsvergunning | ja     |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "einde_vorige_vergunning"
    En is "besluit" gelijk aan "leeg"

  Abstract Scenario: Art. 3.71, tweede lid, Vb: de Minister kan vrijstellen, dus beoordeling door de IND
    Gegeven de aanvraag:
      | veld                        | waarde        |
      | vb_categorie                        | <categorie> |
      | jaren_zeeschip_of_mijnbouw          | 7           |
      | remigratiedatum                     | 2011-06-01  |
      | vergunning_hoofdpersoon_verleend_op | 2012-01-15  |
      | bewijs_aanstonds_overgelegd         | ja          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En is "grond" gelijk aan "art_3_71_lid_2"
    En is de grond van de beoordeling "art_3_71_lid_2"
    En is regel "MVV-V07, MVV-12, MVV-T04" toegepast
    En is de status "beoordeling_vereist"

    Voorbeelden:
      | categorie                              |
      | a_vijf_jaar_voor_19e_levensjaar        |
      | c_gezinslid_diplomatieke_post          |
      | d_zeeschip_of_mijnbouw                 |
      | e_associatiebesluit_1_80               |
      | f_remigratiewet                        |
      | g_vaststelling_nederlanderschap        |
      | h_tijdelijke_bescherming               |
      | i_onderzoeker_andere_lidstaat          |
      | j_gezinshereniging_binnen_drie_maanden |
      | l_artikel_8_evrm                       |

  Abstract Scenario: Categorie b geldt tot en met twaalf jaar, categorie k voor een minderjarige (leeftijd op de aanvraagdatum)
    Gegeven de aanvraag:
      | veld                        | waarde          |
      | vb_categorie                  | <categorie>     |
      | geboortedatum                 | <geboortedatum> |
      | hoofdverblijf_nederland_sinds | 2008-01-01      |
      | bewijs_aanstonds_overgelegd   | ja              |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | categorie                   | geboortedatum | besluit             | regels                   |
      | b_in_nederland_geboren_kind | 1999-03-02    | beoordeling_vereist | MVV-V05, MVV-12, MVV-T04 |
      | b_in_nederland_geboren_kind | 1999-03-01    | mvv_vereist         | MVV-V02, MVV-18, MVV-T01 |
      | b_in_nederland_geboren_kind | 2007-12-31    | beoordeling_vereist | MVV-V05, MVV-12, MVV-T04 |
      | k_schoolgaande_minderjarige | 1994-03-02    | beoordeling_vereist | MVV-V06, MVV-12, MVV-T04 |
      | k_schoolgaande_minderjarige | 1994-03-01    | mvv_vereist         | MVV-V03, MVV-18, MVV-T01 |

  Abstract Scenario: De termijnen van de categorieën d, f, j en k toetst de tabel zelf
    Gegeven de aanvraag:
      | veld                                | waarde        |
      | vb_categorie                        | <categorie>   |
      | geboortedatum                       | 2000-01-01    |
      | jaren_zeeschip_of_mijnbouw          | <jaren>       |
      | remigratiedatum                     | <remigratie>  |
      | vergunning_hoofdpersoon_verleend_op | <hoofdpersoon> |
      | hoofdverblijf_nederland_sinds       | <sinds>       |
      | bewijs_aanstonds_overgelegd         | ja            |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | categorie                              | jaren | remigratie | hoofdpersoon | sinds      | besluit             | regels                   |
      | d_zeeschip_of_mijnbouw                 | 7     | leeg       | leeg         | leeg       | beoordeling_vereist | MVV-V07, MVV-12, MVV-T04 |
      | d_zeeschip_of_mijnbouw                 | 6     | leeg       | leeg         | leeg       | mvv_vereist         | MVV-V08, MVV-18, MVV-T01 |
      | f_remigratiewet                        | leeg  | 2011-03-01 | leeg         | leeg       | beoordeling_vereist | MVV-V07, MVV-12, MVV-T04 |
      | f_remigratiewet                        | leeg  | 2011-02-28 | leeg         | leeg       | mvv_vereist         | MVV-V09, MVV-18, MVV-T01 |
      | f_remigratiewet                        | leeg  | 2012-03-01 | leeg         | leeg       | beoordeling_vereist | MVV-V07, MVV-12, MVV-T04 |
      | j_gezinshereniging_binnen_drie_maanden | leeg  | leeg       | 2011-12-01   | leeg       | beoordeling_vereist | MVV-V07, MVV-12, MVV-T04 |
      | j_gezinshereniging_binnen_drie_maanden | leeg  | leeg       | 2011-11-30   | leeg       | mvv_vereist         | MVV-V10, MVV-18, MVV-T01 |
      | j_gezinshereniging_binnen_drie_maanden | leeg  | leeg       | 2012-03-01   | leeg       | beoordeling_vereist | MVV-V07, MVV-12, MVV-T04 |
      | j_gezinshereniging_binnen_drie_maanden | leeg  | leeg       | 2012-03-02   | leeg       | mvv_vereist         | MVV-V10, MVV-18, MVV-T01 |
      | k_schoolgaande_minderjarige            | leeg  | leeg       | leeg         | 2009-03-01 | beoordeling_vereist | MVV-V06, MVV-12, MVV-T04 |
      | k_schoolgaande_minderjarige            | leeg  | leeg       | leeg         | 2009-03-02 | mvv_vereist         | MVV-V11, MVV-18, MVV-T01 |

  Abstract Scenario: Zonder de termijn van de ingeroepen categorie geen besluit
    Gegeven de aanvraag:
      | veld                        | waarde      |
      | vb_categorie                | <categorie> |
      | geboortedatum               | 2000-01-01  |
      | bewijs_aanstonds_overgelegd | ja          |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "<feit>"
    En is "besluit" gelijk aan "leeg"

    Voorbeelden:
      | categorie                              | feit                                |
      | d_zeeschip_of_mijnbouw                 | jaren_zeeschip_of_mijnbouw          |
      | f_remigratiewet                        | remigratiedatum                     |
      | j_gezinshereniging_binnen_drie_maanden | vergunning_hoofdpersoon_verleend_op |
      | k_schoolgaande_minderjarige            | hoofdverblijf_nederland_sinds       |

  Scenario: Bij categorie b zonder geboortedatum is de leeftijd onbekend
    Gegeven de aanvraag:
      | veld                        | waarde                      |
      | vb_categorie                | b_in_nederland_geboren_kind |
      | bewijs_aanstonds_overgelegd | ja                          |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "geboortedatum"

  Abstract Scenario: Het beroep op een categorie moet aanstonds worden aangetoond
    Gegeven de aanvraag:
      | veld                        | waarde           |
      | vb_categorie                | l_artikel_8_evrm |
      | bewijs_aanstonds_overgelegd | <bewijs>         |
      | schriftelijk_gewezen        | <gewezen>        |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is "uitzetting" gelijk aan "<uitzetting>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | bewijs | gewezen | besluit             | grond            | uitzetting              | regels                   | status              |
      | nee    | ja      | afwijzen            | bewijs_ontbreekt | niet_achterwege_gelaten | MVV-V07, MVV-11, MVV-T01 | beslist             |
      | nee    | nee     | beoordeling_vereist | art_3_71_lid_2   | leeg                    | MVV-V07, MVV-12, MVV-T04 | beoordeling_vereist |
      | ja     | leeg    | beoordeling_vereist | art_3_71_lid_2   | leeg                    | MVV-V07, MVV-12, MVV-T04 | beoordeling_vereist |

  Abstract Scenario: De godsdienstleraar en geestelijk voorganger is niet vrijgesteld, behalve bij tijdelijke bescherming (h) en het Associatiebesluit 1/80 (e)
    Gegeven de aanvraag:
      | veld                        | waarde          |
      | vb_categorie                | <categorie>     |
      | geboortedatum                 | 2001-01-01      |
      | hoofdverblijf_nederland_sinds | 2005-01-01      |
      | godsdienstleraar              | ja              |
      | bewijs_aanstonds_overgelegd | ja              |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | categorie                       | besluit             | grond            | regels                   |
      | a_vijf_jaar_voor_19e_levensjaar | mvv_vereist         | godsdienstleraar | MVV-V04, MVV-10, MVV-T01 |
      | b_in_nederland_geboren_kind     | mvv_vereist         | godsdienstleraar | MVV-V04, MVV-10, MVV-T01 |
      | k_schoolgaande_minderjarige     | mvv_vereist         | godsdienstleraar | MVV-V04, MVV-10, MVV-T01 |
      | h_tijdelijke_bescherming        | beoordeling_vereist | art_3_71_lid_2   | MVV-V07, MVV-12, MVV-T04 |
      | e_associatiebesluit_1_80        | beoordeling_vereist | art_3_71_lid_2   | MVV-V07, MVV-12, MVV-T04 |
      | geen                            | mvv_vereist         | geen_vrijstelling | MVV-V01, MVV-18, MVV-T01 |

  Abstract Scenario: De Turkse zelfstandige met een ondernemingsplan dat aan B5/7 voldoet, is vrijgesteld
    Gegeven de aanvraag:
      | veld                | waarde          |
      | nationaliteit       | <nationaliteit> |
      | turkse_zelfstandige | <plan>          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | nationaliteit | plan              | besluit     | grond               | regels                   | status     |
      | TR            | plan_voldoet      | vrijgesteld | turkse_zelfstandige | MVV-V01, MVV-13, MVV-T04 | beslist    |
      | TR            | plan_voldoet_niet | mvv_vereist | geen_vrijstelling   | MVV-V01, MVV-18, MVV-T01 | beslist    |
      | TR            | geen_plan         | mvv_vereist | geen_vrijstelling   | MVV-V01, MVV-18, MVV-T01 | beslist    |
      | TR            | geen_beroep       | mvv_vereist | geen_vrijstelling   | MVV-V01, MVV-18, MVV-T01 | beslist    |
      | MA            | plan_voldoet      | mvv_vereist | geen_vrijstelling   | MVV-V01, MVV-18, MVV-T01 | beslist    |
      | TR            | leeg              | leeg        | leeg                | MVV-V01                  | onvolledig |

  Abstract Scenario: Hardheidsclausule: de bijzondere groepen zijn in ieder geval vrijgesteld
    Gegeven de aanvraag:
      | veld             | waarde  |
      | bijzondere_groep | <groep> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "vrijgesteld"
    En is "grond" gelijk aan "hardheidsclausule_bijzondere_groep"
    En is regel "MVV-V01, MVV-14, MVV-T04" toegepast

    Voorbeelden:
      | groep                                |
      | overgangsrecht_b16_5_1               |
      | medische_noodsituatie                |
      | adoptie_nederlands_paspoort          |
      | eergerelateerd_geweld                |
      | kind_eergerelateerd_geweld           |
      | mensenhandel_conform_beschikking     |
      | kind_mensenhandel                    |
      | huiselijk_geweld                     |
      | kind_huiselijk_geweld                |
      | gezinslid_internationale_organisatie |

  Abstract Scenario: Hardheidsclausule: een gemotiveerd beroep op bijzondere omstandigheden vraagt een beoordeling (alleen in zeer bijzondere gevallen)
    Gegeven de aanvraag:
      | veld                        | waarde                    |
      | beroep_hardheidsclausule    | bijzondere_omstandigheden |
      | bewijs_aanstonds_overgelegd | <bewijs>                  |
      | schriftelijk_gewezen        | <gewezen>                 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is "uitzetting" gelijk aan "leeg"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | bewijs | gewezen | besluit             | grond             | regels                   | status              |
      | ja     | ja      | beoordeling_vereist | hardheidsclausule | MVV-V01, MVV-16, MVV-T04 | beoordeling_vereist |
      | nee    | nee     | beoordeling_vereist | hardheidsclausule | MVV-V01, MVV-16, MVV-T04 | beoordeling_vereist |
      | nee    | ja      | afwijzen            | bewijs_ontbreekt  | MVV-V01, MVV-15, MVV-T03 | beslist             |

  Abstract Scenario: Hardheidsclausule: in deze gevallen is er in ieder geval geen zeer bijzonder geval
    Gegeven de aanvraag:
      | veld                     | waarde   |
      | beroep_hardheidsclausule | <beroep> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "mvv_vereist"
    En is "grond" gelijk aan "geen_zeer_bijzonder_geval"
    En is "uitzetting" gelijk aan "<uitzetting>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | beroep                                          | uitzetting              | regels                   |
      | niet_gemotiveerd                                | niet_achterwege_gelaten | MVV-V01, MVV-17, MVV-T01 |
      | niet_tijdig_onderbouwd                          | leeg                    | MVV-V01, MVV-17, MVV-T03 |
      | vrijstellingsvereiste_op_onderdeel_niet_voldaan | leeg                    | MVV-V01, MVV-17, MVV-T03 |
      | alleen_mvv_ontbreekt                            | leeg                    | MVV-V01, MVV-17, MVV-T03 |
      | asielgerelateerde_gronden                       | leeg                    | MVV-V01, MVV-17, MVV-T03 |
      | uitgeprocedeerd_asielzoeker                     | leeg                    | MVV-V01, MVV-17, MVV-T03 |
      | terugkeer_niet_tijdig_onderbouwd                | leeg                    | MVV-V01, MVV-17, MVV-T03 |
      | medische_behandeling_zonder_noodsituatie        | leeg                    | MVV-V01, MVV-17, MVV-T03 |
      | te_late_aanvraag                                | leeg                    | MVV-V01, MVV-17, MVV-T03 |

  Abstract Scenario: Vertrektermijn: alleen zonder verblijf op grond van art. 8, onder a tot en met e of l, Vw in de afgelopen vijf jaren
    Gegeven de aanvraag:
      | veld                              | waarde    |
      | verblijf_art8_afgelopen_vijf_jaar | <verblijf> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "mvv_vereist"
    En is "uitzetting" gelijk aan "<uitzetting>"
    En is "vertrektermijn_weken" gelijk aan "<weken>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | verblijf | uitzetting              | weken | regels                   | status     |
      | nee      | niet_achterwege_gelaten | 4     | MVV-V01, MVV-18, MVV-T01 | beslist    |
      | ja       | leeg                    | leeg  | MVV-V01, MVV-18, MVV-T02 | beslist    |
      | leeg     | leeg                    | leeg  | MVV-V01, MVV-18          | onvolledig |

  Scenario: Zonder de feiten over de vrijstellingen geen besluit (een ontbrekend feit is onbekend, nooit nee)
    Gegeven de aanvraag:
      | veld                  | waarde |
      | gemeenschapsonderdaan | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "gemeenschapsonderdaan"
    En is "besluit" gelijk aan "leeg"
    En is regel "MVV-18" niet toegepast

  Abstract Scenario: Vóór 2011 staat deze tekst van B1/4.1.1 niet in de bronnen
    Gegeven de aanvraag:
      | veld          | waarde          |
      | aanvraagdatum | <aanvraagdatum> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "mvv_vereist"

    Voorbeelden:
      | aanvraagdatum |
      | 2011-01-01    |

  Scenario: Een aanvraag van 31 december 2010 valt buiten de tabel
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2010-12-31 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Scenario: Een geboortedatum na de aanvraagdatum wordt geweigerd en noemt beide velden
    Gegeven de aanvraag:
      | veld          | waarde     |
      | geboortedatum | 2012-03-02 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "geboortedatum"
    En noemt de fout het veld "aanvraagdatum"

  Abstract Scenario: Een remigratie of hoofdverblijf na de aanvraagdatum, of hoofdverblijf vóór de geboorte, wordt geweigerd
    Gegeven de aanvraag:
      | veld                          | waarde        |
      | geboortedatum                 | 2000-01-01    |
      | <veld>                        | <waarde>      |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"
    En noemt de fout het veld "<ander>"

    Voorbeelden:
      | veld                          | waarde     | ander         |
      | remigratiedatum               | 2012-03-02 | aanvraagdatum |
      | hoofdverblijf_nederland_sinds | 2012-03-02 | aanvraagdatum |
      | hoofdverblijf_nederland_sinds | 1999-12-31 | geboortedatum |

  Scenario: Remigratie en hoofdverblijf op de aanvraagdatum zelf zijn toegestaan
    Gegeven de aanvraag:
      | veld                          | waarde                      |
      | vb_categorie                  | k_schoolgaande_minderjarige |
      | geboortedatum                 | 2000-01-01                  |
      | remigratiedatum               | 2012-03-01                  |
      | hoofdverblijf_nederland_sinds | 2012-03-01                  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "mvv_vereist"
    En is regel "MVV-V11, MVV-18" toegepast

  Abstract Scenario: Ongeldige feiten worden geweigerd
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | veld                     | waarde          |
      | nationaliteit            | XX              |
      | vb_categorie             | m               |
      | bijzondere_groep         | vluchteling     |
      | beroep_hardheidsclausule | onbillijk       |
      | turkse_zelfstandige      | ja              |
      | jaren_zeeschip_of_mijnbouw | -1            |
