# language: nl
Functionaliteit: Inreisverbod: geen inreisverbod, opheffing, ambtshalve opheffing en vervallen
  Vc A4/2.2 en A4/2.5 in de tekst van WBV 2021/22 (003:L825-943), vanaf 2022-01-01.
  Geen inreisverbod bij een Dublinverzoek (003:L831), een verblijfsvergunning van een andere lidstaat
  tenzij een zwaar inreisverbod mogelijk is (003:L833), internationale bescherming in een andere
  lidstaat (003:L841) of een schending van artikel 8 EVRM (003:L835, L845; de weging is aan de IND).
  Opheffing: aanmerken als bezwaar of beroep (003:L857), niet bij gevaar voor de openbare orde of
  (nationale) veiligheid (003:L865), artikel 6.5b, eerste lid, Vb: de helft van de duur buiten de EU
  (003:L867-879), tweede lid: de helft van de duur en ten minste een jaar (003:L881-911), nationale
  veiligheid: tien aaneengesloten jaren buiten Nederland, verlengen bij voortdurende bedreiging
  (003:L913-919), dringende individuele omstandigheden ter beoordeling van de IND (003:L861).
  Verzoek van een andere lidstaat: zwaar en licht inreisverbod (003:L927-939). Van rechtswege
  vervallen na afloop van de duur (003:L943).

  Achtergrond:
    Gegeven de tabel "toegang/inreisverbod"
    En de aanvraag:
      | veld                                       | waarde             |
      | situatie                                   | aanvraag_opheffing |
      | beoordelingsdatum                          | 2023-03-01         |
      | einddatum_inreisverbod                     | 2024-02-28         |
      | rechtsmiddelen_open                        | nee                |
      | grondslag_inreisverbod                     | ander_inreisverbod |
      | gevaar_openbare_orde_of_veiligheid         | nee                |
      | aanwijzingen_voortdurende_bedreiging       | nee                |
      | datum_vertrek_uit_nederland                | 2022-03-01         |
      | aaneengesloten_buiten_nederland            | ja                 |
      | eu_verlaten_binnen_vertrektermijn          | nee                |
      | eu_zelfstandig_verlaten                    | ja                 |
      | datum_vertrek_uit_eu                       | 2022-03-01         |
      | ononderbroken_buiten_eu                    | ja                 |
      | duur_inreisverbod_jaren                    | 2                  |
      | misdrijven_gepleegd                        | nee                |
      | strafvervolging                            | nee                |
      | beletsel_openbare_orde                     | nee                |
      | inreisverbod_66a_zevende_lid               | nee                |
      | gegevens_verstrekt                         | ja                 |
      | eerdere_terugkeerprocedure                 | nee                |
      | dringende_individuele_omstandigheden       | nee                |
      | zwaarte_inreisverbod                       | zwaar              |
      | verblijfsvergunning_asiel_verkregen        | nee                |
      | openbare_orde_aspecten                     | nee                |
      | dublinverzoek_gedaan                       | nee                |
      | verblijfsvergunning_andere_lidstaat        | nee                |
      | in_aanmerking_zwaar_inreisverbod           | nee                |
      | internationale_bescherming_andere_lidstaat | nee                |
      | schending_artikel_8_evrm                   | nee                |

  Abstract Scenario: Uitvaardiging: de gevallen waarin geen inreisverbod wordt uitgevaardigd (A4/2.2)
    Gegeven de aanvraag:
      | veld                                       | waarde        |
      | situatie                                   | uitvaardiging |
      | dublinverzoek_gedaan                       | <dublin>      |
      | verblijfsvergunning_andere_lidstaat        | <vvr>         |
      | in_aanmerking_zwaar_inreisverbod           | <zwaar>       |
      | internationale_bescherming_andere_lidstaat | <ib>          |
      | schending_artikel_8_evrm                   | <art8>        |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | dublin | vvr | zwaar | ib  | art8 | besluit             | gronden                                                                                      | regels                          | status              |
      | ja     | nee | nee   | nee | nee  | geen_inreisverbod   | dublinverzoek                                                                                | IV-G01, IV-01                   | beslist             |
      | nee    | ja  | nee   | nee | nee  | geen_inreisverbod   | verblijfsvergunning_andere_lidstaat                                                          | IV-G02, IV-01                   | beslist             |
      | nee    | ja  | ja    | nee | nee  | geen_grond_a4_2_2   | leeg                                                                                         | IV-04                           | beslist             |
      | nee    | ja  | ja    | ja  | nee  | geen_inreisverbod   | internationale_bescherming_andere_lidstaat                                                   | IV-G03, IV-01                   | beslist             |
      | ja     | ja  | nee   | ja  | ja   | geen_inreisverbod   | dublinverzoek, verblijfsvergunning_andere_lidstaat, internationale_bescherming_andere_lidstaat | IV-G01, IV-G02, IV-G03, IV-01 | beslist             |
      | nee    | nee | nee   | nee | ja   | geen_inreisverbod   | artikel_8_evrm                                                                               | IV-03                           | beslist             |
      | nee    | nee | nee   | nee | leeg | beoordeling_vereist | artikel_8_evrm                                                                               | IV-02                           | beoordeling_vereist |
      | nee    | nee | nee   | nee | nee  | geen_grond_a4_2_2   | leeg                                                                                         | IV-04                           | beslist             |

  Scenario: Uitvaardiging: een Dublinverzoek volstaat, ook als de andere feiten onbekend zijn
    Gegeven de aanvraag:
      | veld                                       | waarde        |
      | situatie                                   | uitvaardiging |
      | dublinverzoek_gedaan                       | ja            |
      | verblijfsvergunning_andere_lidstaat        | leeg          |
      | in_aanmerking_zwaar_inreisverbod           | leeg          |
      | internationale_bescherming_andere_lidstaat | leeg          |
      | schending_artikel_8_evrm                   | leeg          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "geen_inreisverbod"
    En is regel "IV-G01" toegepast
    En is de status "onvolledig"
    En ontbreken de feiten "verblijfsvergunning_andere_lidstaat, in_aanmerking_zwaar_inreisverbod, internationale_bescherming_andere_lidstaat"

  Scenario: Uitvaardiging: een verblijfsvergunning van een andere lidstaat zonder te weten of een zwaar inreisverbod mogelijk is
    Gegeven de aanvraag:
      | veld                             | waarde        |
      | situatie                         | uitvaardiging |
      | verblijfsvergunning_andere_lidstaat | ja         |
      | in_aanmerking_zwaar_inreisverbod | leeg          |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "in_aanmerking_zwaar_inreisverbod"

  Scenario: Uitvaardiging: artikel 8 EVRM nog niet gewogen, de grond van de beoordeling
    Gegeven de aanvraag:
      | veld                     | waarde        |
      | situatie                 | uitvaardiging |
      | schending_artikel_8_evrm | leeg          |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is de grond van de beoordeling "artikel_8_evrm"

  Abstract Scenario: Van rechtswege vervallen na de laatste dag van de duur (A4/2.5.6)
    Gegeven de aanvraag:
      | veld                   | waarde     |
      | situatie               | <situatie> |
      | einddatum_inreisverbod | <einde>    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | situatie                | einde      | besluit   | gronden                | regels         |
      | aanvraag_opheffing      | 2023-02-28 | vervallen | inreisverbod_vervallen | IV-10          |
      | aanvraag_opheffing      | 2023-03-01 | opheffen  | artikel_6_5b_lid_2     | IV-A21, IV-17  |
      | verzoek_andere_lidstaat | 2023-02-28 | vervallen | inreisverbod_vervallen | IV-10          |
      | verzoek_andere_lidstaat | 2023-03-01 | opheffen  | artikel_6_5b_lid_2     | IV-A21, IV-22  |

  Scenario: Rechtsmiddelen tegen de uitvaardiging staan nog open: aanmerken als bezwaar of beroep (A4/2.5.1)
    Gegeven de aanvraag:
      | veld                | waarde |
      | rechtsmiddelen_open | ja     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "aanmerken_als_bezwaar_of_beroep"
    En bevat "gronden" precies "rechtsmiddelen_open"
    En is regel "IV-11" toegepast

  Abstract Scenario: Gevaar voor de openbare orde of (nationale) veiligheid: niet opheffen, ook niet bij dringende omstandigheden (art. 6.5, vierde lid, Vb)
    Gegeven de aanvraag:
      | veld                                 | waarde     |
      | grondslag_inreisverbod               | <grondslag> |
      | gevaar_openbare_orde_of_veiligheid   | ja         |
      | dringende_individuele_omstandigheden | ja         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "niet_opheffen"
    En bevat "gronden" precies "gevaar_openbare_orde_of_veiligheid"
    En is regel "IV-13" toegepast

    Voorbeelden:
      | grondslag                 |
      | ander_inreisverbod        |
      | artikel_66a_tweede_lid_vw |
      | nationale_veiligheid      |

  Abstract Scenario: Nationale veiligheid: ten minste tien aaneengesloten jaren buiten Nederland; verlengen bij voortdurende bedreiging (A4/2.5.3)
    Gegeven de aanvraag:
      | veld                                 | waarde               |
      | grondslag_inreisverbod               | nationale_veiligheid |
      | einddatum_inreisverbod               | 2041-12-31           |
      | beoordelingsdatum                    | <datum>              |
      | aaneengesloten_buiten_nederland      | <aaneengesloten>     |
      | aanwijzingen_voortdurende_bedreiging | <aanwijzingen>       |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | datum      | aaneengesloten | aanwijzingen | besluit             | gronden                                      | regels         | status              |
      | 2032-03-01 | ja             | nee          | beoordeling_vereist | tien_jaar_buiten_nederland                   | IV-A00, IV-16  | beoordeling_vereist |
      | 2032-02-29 | ja             | nee          | niet_opheffen       | minder_dan_tien_jaar_buiten_nederland        | IV-14          | beslist             |
      | 2032-03-01 | nee            | nee          | niet_opheffen       | minder_dan_tien_jaar_buiten_nederland        | IV-15          | beslist             |
      | 2032-03-01 | ja             | ja           | verlengen           | voortdurende_bedreiging_nationale_veiligheid | IV-12          | beslist             |
      | 2023-03-01 | ja             | ja           | verlengen           | voortdurende_bedreiging_nationale_veiligheid | IV-12          | beslist             |

  Abstract Scenario: Artikel 6.5b, eerste lid, Vb: binnen de vertrektermijn vertrokken, de helft van de duur buiten de EU
    Gegeven de aanvraag:
      | veld                              | waarde                    |
      | grondslag_inreisverbod            | artikel_66a_tweede_lid_vw |
      | eu_verlaten_binnen_vertrektermijn | ja                        |
      | eu_zelfstandig_verlaten           | nee                       |
      | einddatum_inreisverbod            | 2027-02-28                |
      | beoordelingsdatum                 | <datum>                   |
      | duur_inreisverbod_jaren           | <duur>                    |
      | ononderbroken_buiten_eu           | <ononderbroken>           |
      | beletsel_openbare_orde            | <beletsel>                |
      | strafvervolging                   | <straf>                   |
      | inreisverbod_66a_zevende_lid      | <lid7>                    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | datum      | duur | ononderbroken | beletsel | straf | lid7 | besluit       | gronden                      | regels        |
      | 2023-03-01 | 2    | ja            | nee      | nee   | nee  | opheffen      | artikel_6_5b_lid_1           | IV-A06, IV-17 |
      | 2023-02-28 | 2    | ja            | nee      | nee   | nee  | niet_opheffen | helft_duur_niet_verstreken   | IV-A05, IV-19 |
      | 2024-09-01 | 5    | ja            | nee      | nee   | nee  | opheffen      | artikel_6_5b_lid_1           | IV-A06, IV-17 |
      | 2024-08-31 | 5    | ja            | nee      | nee   | nee  | niet_opheffen | helft_duur_niet_verstreken   | IV-A05, IV-19 |
      | 2023-03-01 | 2    | nee           | nee      | nee   | nee  | niet_opheffen | niet_ononderbroken_buiten_eu | IV-A04, IV-19 |
      | 2023-03-01 | 2    | ja            | ja       | nee   | nee  | niet_opheffen | beletsel_openbare_orde       | IV-A01, IV-19 |
      | 2023-03-01 | 2    | ja            | nee      | ja    | nee  | niet_opheffen | strafvervolging              | IV-A02, IV-19 |
      | 2023-03-01 | 2    | ja            | nee      | nee   | ja   | niet_opheffen | artikel_66a_zevende_lid      | IV-A03, IV-19 |

  Scenario: Artikel 66a, tweede lid, Vw, niet binnen de vertrektermijn vertrokken: het tweede lid van artikel 6.5b Vb
    Gegeven de aanvraag:
      | veld                              | waarde                    |
      | grondslag_inreisverbod            | artikel_66a_tweede_lid_vw |
      | eu_verlaten_binnen_vertrektermijn | nee                       |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "opheffen"
    En bevat "gronden" precies "artikel_6_5b_lid_2"
    En is regel "IV-A21, IV-17" toegepast

  Abstract Scenario: Artikel 6.5b, tweede lid, Vb: de helft van de duur, ten minste een jaar, zelfstandig vertrokken, en de uitzonderingen
    Gegeven de aanvraag:
      | veld                         | waarde          |
      | einddatum_inreisverbod       | 2026-12-31      |
      | beoordelingsdatum            | <datum>         |
      | duur_inreisverbod_jaren      | <duur>          |
      | eu_zelfstandig_verlaten      | <zelfstandig>   |
      | ononderbroken_buiten_eu      | <ononderbroken> |
      | misdrijven_gepleegd          | <misdrijven>    |
      | gegevens_verstrekt           | <gegevens>      |
      | strafvervolging              | <straf>         |
      | beletsel_openbare_orde       | <beletsel>      |
      | eerdere_terugkeerprocedure   | <eerder>        |
      | inreisverbod_66a_zevende_lid | <lid7>          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | datum      | duur | zelfstandig | ononderbroken | misdrijven | gegevens | straf | beletsel | eerder | lid7 | besluit       | gronden                      | regels        |
      | 2024-03-01 | 4    | ja          | ja            | nee        | ja       | nee   | nee      | nee    | nee  | opheffen      | artikel_6_5b_lid_2           | IV-A21, IV-17 |
      | 2024-02-29 | 4    | ja          | ja            | nee        | ja       | nee   | nee      | nee    | nee  | niet_opheffen | helft_duur_niet_verstreken   | IV-A18, IV-19 |
      | 2023-03-01 | 1    | ja          | ja            | nee        | ja       | nee   | nee      | nee    | nee  | opheffen      | artikel_6_5b_lid_2           | IV-A21, IV-17 |
      | 2023-02-28 | 1    | ja          | ja            | nee        | ja       | nee   | nee      | nee    | nee  | niet_opheffen | een_jaar_niet_verstreken     | IV-A19, IV-19 |
      | 2023-03-01 | 2    | nee         | ja            | nee        | ja       | nee   | nee      | nee    | nee  | niet_opheffen | niet_zelfstandig_vertrokken  | IV-A20, IV-19 |
      | 2023-03-01 | 2    | ja          | nee           | nee        | ja       | nee   | nee      | nee    | nee  | niet_opheffen | niet_ononderbroken_buiten_eu | IV-A17, IV-19 |
      | 2023-03-01 | 2    | ja          | ja            | ja         | ja       | nee   | nee      | nee    | nee  | niet_opheffen | misdrijven                   | IV-A16, IV-19 |
      | 2023-03-01 | 2    | ja          | ja            | nee        | nee      | nee   | nee      | nee    | nee  | niet_opheffen | gegevens_niet_verstrekt      | IV-A11, IV-19 |
      | 2023-03-01 | 2    | ja          | ja            | nee        | ja       | ja    | nee      | nee    | nee  | niet_opheffen | strafvervolging              | IV-A12, IV-19 |
      | 2023-03-01 | 2    | ja          | ja            | nee        | ja       | nee   | ja       | nee    | nee  | niet_opheffen | beletsel_openbare_orde       | IV-A13, IV-19 |
      | 2023-03-01 | 2    | ja          | ja            | nee        | ja       | nee   | nee      | ja     | nee  | niet_opheffen | eerdere_terugkeerprocedure   | IV-A14, IV-19 |
      | 2023-03-01 | 2    | ja          | ja            | nee        | ja       | nee   | nee      | nee    | ja   | niet_opheffen | artikel_66a_zevende_lid      | IV-A15, IV-19 |

  Abstract Scenario: Dringende individuele omstandigheden: de IND beoordeelt (A4/2.5.2)
    Gegeven de aanvraag:
      | veld                                 | waarde        |
      | eu_zelfstandig_verlaten              | nee           |
      | dringende_individuele_omstandigheden | <dringend>    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | dringend | besluit             | gronden                              | regels        | status              |
      | ja       | beoordeling_vereist | dringende_individuele_omstandigheden | IV-A20, IV-18 | beoordeling_vereist |
      | nee      | niet_opheffen       | niet_zelfstandig_vertrokken          | IV-A20, IV-19 | beslist             |

  Scenario: Dringende individuele omstandigheden: de grond van de beoordeling
    Gegeven de aanvraag:
      | veld                                 | waarde |
      | strafvervolging                      | ja     |
      | dringende_individuele_omstandigheden | ja     |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is de grond van de beoordeling "dringende_individuele_omstandigheden"
    En is regel "IV-A12, IV-18" toegepast

  Abstract Scenario: Verzoek van een andere lidstaat de signalering op te heffen (A4/2.5.5)
    Gegeven de aanvraag:
      | veld                                 | waarde                  |
      | situatie                             | verzoek_andere_lidstaat |
      | zwaarte_inreisverbod                 | <zwaarte>               |
      | verblijfsvergunning_asiel_verkregen  | <asiel>                 |
      | gevaar_openbare_orde_of_veiligheid   | <gevaar>                |
      | grondslag_inreisverbod               | <grondslag>             |
      | eu_zelfstandig_verlaten              | <zelfstandig>           |
      | dringende_individuele_omstandigheden | <dringend>              |
      | openbare_orde_aspecten               | <oo>                    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "signalering" gelijk aan "<signalering>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | zwaarte | asiel | gevaar | grondslag            | zelfstandig | dringend | oo  | besluit             | gronden                                         | signalering              | regels        | status              |
      | zwaar   | ja    | ja     | ander_inreisverbod   | ja          | nee      | nee | opheffen            | verblijfsvergunning_asiel                       | leeg                     | IV-20         | beslist             |
      | zwaar   | nee   | ja     | ander_inreisverbod   | ja          | nee      | nee | niet_opheffen       | gevaar_openbare_orde_of_veiligheid              | omzetten_naar_e_en_s     | IV-21         | beslist             |
      | zwaar   | nee   | nee    | ander_inreisverbod   | ja          | nee      | nee | opheffen            | artikel_6_5b_lid_2                              | leeg                     | IV-A21, IV-22 | beslist             |
      | zwaar   | nee   | nee    | ander_inreisverbod   | nee         | ja       | nee | beoordeling_vereist | dringende_individuele_omstandigheden            | leeg                     | IV-A20, IV-23 | beoordeling_vereist |
      | zwaar   | nee   | nee    | ander_inreisverbod   | nee         | nee      | nee | niet_opheffen       | niet_zelfstandig_vertrokken                     | omzetten_naar_e_en_s     | IV-A20, IV-24 | beslist             |
      | zwaar   | nee   | nee    | nationale_veiligheid | ja          | nee      | nee | niet_opheffen       | artikel_6_5b_niet_van_toepassing                | omzetten_naar_e_en_s     | IV-A00, IV-24 | beslist             |
      | licht   | nee   | nee    | ander_inreisverbod   | nee         | nee      | ja  | niet_opheffen       | openbare_orde_aspecten                          | omzetten_naar_e_en_s     | IV-25         | beslist             |
      | licht   | nee   | nee    | ander_inreisverbod   | nee         | nee      | nee | opheffen            | licht_inreisverbod_zonder_openbare_orde_aspecten | sis_signalering_opheffen | IV-26        | beslist             |
      | licht   | nee   | ja     | ander_inreisverbod   | nee         | nee      | nee | niet_opheffen       | gevaar_openbare_orde_of_veiligheid              | omzetten_naar_e_en_s     | IV-21         | beslist             |

  Scenario: Een onbekend oordeel over de openbare orde: onvolledig
    Gegeven de aanvraag:
      | veld                               | waarde |
      | gevaar_openbare_orde_of_veiligheid | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "gevaar_openbare_orde_of_veiligheid"

  Scenario: Vóór 2022-01-01 staan A4/2.2 en A4/2.5 niet in de bronnen
    Gegeven de aanvraag:
      | veld              | waarde     |
      | beoordelingsdatum | 2021-12-31 |
      | datum_vertrek_uit_eu | 2021-03-01 |
      | datum_vertrek_uit_nederland | 2021-03-01 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Abstract Scenario: Ongeldige data worden geweigerd
    Gegeven de aanvraag:
      | veld                        | waarde     |
      | datum_vertrek_uit_eu        | <eu>       |
      | datum_vertrek_uit_nederland | <nl>       |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | eu         | nl         | veld                        |
      | 2023-03-02 | 2022-03-01 | datum_vertrek_uit_eu        |
      | 2022-03-01 | 2023-03-02 | datum_vertrek_uit_nederland |
      | 2022-03-01 | 2022-03-02 | datum_vertrek_uit_nederland |
