# language: nl
Functionaliteit: Pilot huisvesting Akense niet-EU studenten
  Vc B11/2.4, B11/3, B11/4.3, B11/5.2 en B11/6.2 in de tekst van WBV 2016/7 (001:L1210-1492), vanaf 2016-07-01.
  Eerste aanvraag: ingediend door het voorportaal (de gemeente Kerkrade), gekoppeld aan een woning in Kerkrade
  of Heerlen, (voorlopig) voltijds ingeschreven aan de RWTH Aachen, zelfstandig en duurzaam voldoende middelen
  voor een jaar; de IND verstrekt jaarlijks maximaal 75 vergunningen (001:L1224). Verlenging: de gronden van
  B11/5.2, waaronder minimaal 50% van de nominale studiepunten (001:L1442). Verleend voor één jaar, onder de
  beperking 'verblijf conform beschikking Staatssecretaris', met 'Arbeid niet toegestaan' (001:L1256-1276).

  Achtergrond:
    Gegeven de tabel "bijzonder_verblijf/pilot_aachen"
    En de aanvraag:
      | veld                     | waarde               |
      | soort_aanvraag           | eerste_aanvraag      |
      | aanvraagdatum            | 2024-09-01           |
      | ingediend_door           | voorportaal_kerkrade |
      | woning                   | kerkrade             |
      | inschrijving_rwth        | voltijds             |
      | voldoet_aan_inkomensnorm | ja                   |
      | bron_middelen            | studiebeurs          |
      | middelen_beschikbaar_vanaf | 2024-09-01         |
      | middelen_beschikbaar_tot | 2025-08-31           |
      | verleend_dit_jaar        | 0                    |

  Scenario: Aan alle voorwaarden voldaan: één jaar, 'Arbeid niet toegestaan'
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"
    En bevat "gronden" precies "leeg"
    En is "geldigheidsduur_maanden" gelijk aan "12"
    En is "beperking" gelijk aan "verblijf conform beschikking Staatssecretaris"
    En is "arbeidsmarktaantekening" gelijk aan "Arbeid niet toegestaan"
    En is regel "PA-03" toegepast
    En is de status "beslist"

  Abstract Scenario: Ingediend door het voorportaal, woning in Kerkrade of Heerlen, (voorlopig) voltijds aan de RWTH
    Gegeven de aanvraag:
      | veld              | waarde        |
      | ingediend_door    | <indiener>    |
      | woning            | <woning>      |
      | inschrijving_rwth | <inschrijving> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | indiener             | woning          | inschrijving       | besluit    | gronden                         | regels                        |
      | voorportaal_kerkrade | heerlen         | voorlopig_voltijds | inwilligen | leeg                            | PA-03                         |
      | ander                | kerkrade        | voltijds           | afwijzen   | voorportaal                     | PA-T01, PA-01                 |
      | voorportaal_kerkrade | andere_gemeente | voltijds           | afwijzen   | woning                          | PA-T02, PA-01                 |
      | voorportaal_kerkrade | geen            | voltijds           | afwijzen   | woning                          | PA-T02, PA-01                 |
      | voorportaal_kerkrade | kerkrade        | deeltijds          | afwijzen   | inschrijving                    | PA-T03, PA-01                 |
      | voorportaal_kerkrade | kerkrade        | geen               | afwijzen   | inschrijving                    | PA-T03, PA-01                 |
      | ander                | geen            | geen               | afwijzen   | voorportaal, woning, inschrijving | PA-T01, PA-T02, PA-T03, PA-01 |

  Abstract Scenario: Zelfstandig en duurzaam: de inkomensnorm en een jaar beschikbaar vanaf de aanvraag- of beschikkingsdatum
    Gegeven de aanvraag:
      | veld                       | waarde        |
      | voldoet_aan_inkomensnorm   | <norm>        |
      | middelen_beschikbaar_vanaf | <vanaf>       |
      | middelen_beschikbaar_tot   | <tot>         |
      | beschikkingsdatum          | <beschikking> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | norm | vanaf      | tot        | beschikking | besluit    | gronden                    | regels                |
      | ja   | 2024-09-01 | 2025-08-31 | leeg        | inwilligen | leeg                       | PA-03                 |
      | ja   | 2024-09-01 | 2025-08-30 | leeg        | afwijzen   | duurzaamheid               | PA-T05, PA-01         |
      | ja   | 2024-09-02 | 2025-09-30 | leeg        | afwijzen   | duurzaamheid               | PA-T05, PA-01         |
      | ja   | 2024-10-01 | 2025-09-30 | 2024-10-01  | inwilligen | leeg                       | PA-03                 |
      | ja   | 2024-10-01 | 2025-09-29 | 2024-10-01  | afwijzen   | duurzaamheid               | PA-T05, PA-01         |
      | ja   | 2024-10-02 | 2025-12-31 | 2024-10-01  | afwijzen   | duurzaamheid               | PA-T05, PA-01         |
      | ja   | 2024-09-01 | 2025-08-31 | 2024-10-01  | inwilligen | leeg                       | PA-03                 |
      | nee  | 2024-01-01 | 2026-01-01 | leeg        | afwijzen   | inkomensnorm               | PA-T04, PA-01         |
      | nee  | 2024-01-01 | 2025-01-01 | leeg        | afwijzen   | inkomensnorm, duurzaamheid | PA-T04, PA-T05, PA-01 |

  Abstract Scenario: Middelen uit een studiebeurs, periodieke betalingen of een storting bij het voorportaal; een andere bron vraagt beoordeling
    Gegeven de aanvraag:
      | veld          | waarde  |
      | bron_middelen | <bron>  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<besluit_status>"

    Voorbeelden:
      | bron                  | besluit             | gronden       | regels | besluit_status      |
      | studiebeurs           | inwilligen          | leeg          | PA-03  | beslist             |
      | periodieke_betalingen | inwilligen          | leeg          | PA-03  | beslist             |
      | storting_voorportaal  | inwilligen          | leeg          | PA-03  | beslist             |
      | andere_bron           | beoordeling_vereist | bron_middelen | PA-02  | beoordeling_vereist |

  Abstract Scenario: Jaarlijks maximaal 75 vergunningen
    Gegeven de aanvraag:
      | veld              | waarde      |
      | verleend_dit_jaar | <verleend>  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | verleend | besluit    | gronden | regels        |
      | 0        | inwilligen | leeg    | PA-03         |
      | 74       | inwilligen | leeg    | PA-03         |
      | 75       | afwijzen   | quotum  | PA-T06, PA-01 |
      | 80       | afwijzen   | quotum  | PA-T06, PA-01 |

  Scenario: Bij een vol quotum worden ook de andere gronden genoemd
    Gegeven de aanvraag:
      | veld              | waarde    |
      | verleend_dit_jaar | 75        |
      | woning            | geen      |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "woning, quotum"
    En is regel "PA-T02, PA-T06, PA-01" toegepast

  Abstract Scenario: Verlenging: minimaal 50% van de nominale studiepunten
    Gegeven de aanvraag:
      | veld                          | waarde       |
      | soort_aanvraag                | verlenging   |
      | aanvraagdatum                 | 2025-08-01   |
      | middelen_beschikbaar_vanaf    | 2025-08-01   |
      | middelen_beschikbaar_tot      | 2026-07-31   |
      | medewerking_voorportaal       | ja           |
      | volmacht_rwth                 | ja           |
      | opleiding_gestopt_of_afgerond | nee          |
      | opleiding_vervallen           | nee          |
      | behaalde_studiepunten         | <behaald>    |
      | nominale_studiepunten         | <nominaal>   |
      | grenzgaengerkarte_geldig      | ja           |
      | verleend_dit_jaar             | 75           |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "geldigheidsduur_maanden" gelijk aan "<duur>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | behaald | nominaal | besluit   | gronden         | duur | regels        |
      | 30      | 60       | verlengen | leeg            | 12   | PA-06         |
      | 29.5    | 60       | afwijzen  | studievoortgang | leeg | PA-V06, PA-04 |
      | 15      | 30       | verlengen | leeg            | 12   | PA-06         |
      | 14      | 30       | afwijzen  | studievoortgang | leeg | PA-V06, PA-04 |
      | 60      | 60       | verlengen | leeg            | 12   | PA-06         |

  Scenario: De afwijzing van een verlenging op de duurzaamheid noemt waar die maatstaf staat: B11/2.4 en artikel 3.75, vierde lid, Vb
    Gegeven de aanvraag:
      | veld                          | waarde     |
      | soort_aanvraag                | verlenging |
      | aanvraagdatum                 | 2025-08-01 |
      | middelen_beschikbaar_vanaf    | 2025-08-01 |
      | middelen_beschikbaar_tot      | 2026-07-30 |
      | medewerking_voorportaal       | ja         |
      | volmacht_rwth                 | ja         |
      | opleiding_gestopt_of_afgerond | nee        |
      | opleiding_vervallen           | nee        |
      | behaalde_studiepunten         | 40         |
      | nominale_studiepunten         | 60         |
      | grenzgaengerkarte_geldig      | ja         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En is regel "PA-V08, PA-04" toegepast
    En luidt de motivering:
      """
      De aanvraag wordt afgewezen omdat de middelen niet een jaar beschikbaar zijn vanaf de aanvraag of de beschikking (beschikbaar van 1 augustus 2025 tot en met 30 juli 2026) (Vc 2000 B11/5.2; Vc 2000 B11/2.4; Vb 2000 art. 3.75 lid 4).
      """

  Abstract Scenario: Verlenging: elke grond van B11/5.2
    Gegeven de aanvraag:
      | veld                          | waarde       |
      | soort_aanvraag                | verlenging   |
      | aanvraagdatum                 | 2025-08-01   |
      | middelen_beschikbaar_vanaf    | 2025-08-01   |
      | middelen_beschikbaar_tot      | <tot>        |
      | voldoet_aan_inkomensnorm      | <norm>       |
      | woning                        | <woning>     |
      | inschrijving_rwth             | <inschrijving> |
      | medewerking_voorportaal       | <medewerking> |
      | volmacht_rwth                 | <volmacht>   |
      | opleiding_gestopt_of_afgerond | <gestopt>    |
      | opleiding_vervallen           | <vervallen>  |
      | behaalde_studiepunten         | 40           |
      | nominale_studiepunten         | 60           |
      | grenzgaengerkarte_geldig      | <karte>      |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | tot        | norm | woning          | inschrijving       | medewerking | volmacht | gestopt | vervallen | karte | besluit   | gronden             | regels        |
      | 2026-07-31 | ja   | heerlen         | voorlopig_voltijds | ja          | ja       | nee     | nee       | ja    | verlengen | leeg                | PA-06         |
      | 2026-07-31 | ja   | kerkrade        | voltijds           | nee         | ja       | nee     | nee       | ja    | afwijzen  | medewerking         | PA-V01, PA-04 |
      | 2026-07-31 | ja   | kerkrade        | voltijds           | ja          | nee      | nee     | nee       | ja    | afwijzen  | volmacht            | PA-V02, PA-04 |
      | 2026-07-31 | ja   | kerkrade        | deeltijds          | ja          | ja       | nee     | nee       | ja    | afwijzen  | inschrijving        | PA-V03, PA-04 |
      | 2026-07-31 | ja   | kerkrade        | voltijds           | ja          | ja       | ja      | nee       | ja    | afwijzen  | opleiding_beeindigd | PA-V04, PA-04 |
      | 2026-07-31 | ja   | kerkrade        | voltijds           | ja          | ja       | nee     | ja        | ja    | afwijzen  | opleiding_vervallen | PA-V05, PA-04 |
      | 2026-07-31 | nee  | kerkrade        | voltijds           | ja          | ja       | nee     | nee       | ja    | afwijzen  | inkomensnorm        | PA-V07, PA-04 |
      | 2026-07-30 | ja   | kerkrade        | voltijds           | ja          | ja       | nee     | nee       | ja    | afwijzen  | duurzaamheid        | PA-V08, PA-04 |
      | 2026-07-31 | ja   | andere_gemeente | voltijds           | ja          | ja       | nee     | nee       | ja    | afwijzen  | woning              | PA-V09, PA-04 |
      | 2026-07-31 | ja   | kerkrade        | voltijds           | ja          | ja       | nee     | nee       | nee   | afwijzen  | grenzgaengerkarte   | PA-V10, PA-04 |

  Scenario: Verlenging met middelen uit een andere bron vraagt beoordeling
    Gegeven de aanvraag:
      | veld                          | waarde       |
      | soort_aanvraag                | verlenging   |
      | aanvraagdatum                 | 2025-08-01   |
      | middelen_beschikbaar_vanaf    | 2025-08-01   |
      | middelen_beschikbaar_tot      | 2026-07-31   |
      | bron_middelen                 | andere_bron  |
      | medewerking_voorportaal       | ja           |
      | volmacht_rwth                 | ja           |
      | opleiding_gestopt_of_afgerond | nee          |
      | opleiding_vervallen           | nee          |
      | behaalde_studiepunten         | 40           |
      | nominale_studiepunten         | 60           |
      | grenzgaengerkarte_geldig      | ja           |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "bron_middelen"
    En is regel "PA-05" toegepast

  Scenario: Verlenging zonder opgave van de Grenzgängerkarte: geen besluit (onbekend is nooit ja)
    Gegeven de aanvraag:
      | veld                          | waarde       |
      | soort_aanvraag                | verlenging   |
      | aanvraagdatum                 | 2025-08-01   |
      | middelen_beschikbaar_vanaf    | 2025-08-01   |
      | middelen_beschikbaar_tot      | 2026-07-31   |
      | medewerking_voorportaal       | ja           |
      | volmacht_rwth                 | ja           |
      | opleiding_gestopt_of_afgerond | nee          |
      | opleiding_vervallen           | nee          |
      | behaalde_studiepunten         | 40           |
      | nominale_studiepunten         | 60           |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "grenzgaengerkarte_geldig"
    En is "besluit" gelijk aan "leeg"
    En is regel "PA-06, PA-04" niet toegepast

  Scenario: Een verlenging met een afwijzingsgrond wordt afgewezen, ook als een ander feit nog onbekend is
    Gegeven de aanvraag:
      | veld                          | waarde       |
      | soort_aanvraag                | verlenging   |
      | aanvraagdatum                 | 2025-08-01   |
      | middelen_beschikbaar_vanaf    | 2025-08-01   |
      | middelen_beschikbaar_tot      | 2026-07-31   |
      | medewerking_voorportaal       | nee          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En is regel "PA-V01, PA-04" toegepast

  Abstract Scenario: Middelen die eindigen vóór ze beginnen, of een beschikking vóór de aanvraag, worden geweigerd en noemen beide velden
    Gegeven de aanvraag:
      | veld                       | waarde        |
      | middelen_beschikbaar_vanaf | <vanaf>       |
      | middelen_beschikbaar_tot   | <tot>         |
      | beschikkingsdatum          | <beschikking> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld1>"
    En noemt de fout het veld "<veld2>"

    Voorbeelden:
      | vanaf      | tot        | beschikking | veld1                      | veld2                    |
      | 2024-09-02 | 2024-09-01 | leeg        | middelen_beschikbaar_vanaf | middelen_beschikbaar_tot |
      | 2024-09-01 | 2025-08-31 | 2024-08-31  | beschikkingsdatum          | aanvraagdatum            |

  Scenario: Vóór 1 juli 2016 staat de pilot niet in de bronnen
    Gegeven de aanvraag:
      | veld                     | waarde     |
      | aanvraagdatum              | 2016-06-30 |
      | middelen_beschikbaar_vanaf | 2016-06-30 |
      | middelen_beschikbaar_tot   | 2017-06-29 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Abstract Scenario: Ongeldige feiten worden geweigerd
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | veld                  | waarde    |
      | woning                | aken      |
      | inschrijving_rwth     | ja        |
      | ingediend_door        | gemeente  |
      | behaalde_studiepunten | -1        |
      | soort_aanvraag        | leeg      |
