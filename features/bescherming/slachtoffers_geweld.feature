# language: nl
Functionaliteit: Slachtoffers van eergerelateerd en huiselijk geweld
  Vc B20/1, B20/2, B20/7, B20/8 en B16/4.9 in de tekst van WBV 2010/20 (002:L908-1073, L874-894), vanaf 2011-01-01.
  B20 voorziet alleen in een vergunning voor wie geen (zelfstandige) verblijfsvergunning heeft, bij dreiging in
  Nederland én in het land van herkomst; dreiging alleen in het land van herkomst: de asielprocedure.
  Eergerelateerd geweld: de analyse van het LEC en de ernst van de uitingsvorm. Huiselijk geweld: verbreking van de
  relatie (niet bij minderjarigen) en het bewijs. Waar de bron de IND een oordeel laat ('kan', 'in principe',
  'ligt voor de hand', de algemene voorwaarden) is de uitkomst beoordeling_vereist. Geen leges, in beginsel een jaar,
  niet verlengbaar; na een jaar voortgezet verblijf als de dreiging voortduurt.

  Achtergrond:
    Gegeven de tabel "bescherming/slachtoffers_geweld"
    En de aanvraag:
      | veld                  | waarde                            |
      | soort_aanvraag        | verlening                         |
      | aanvraagdatum         | 2024-03-01                        |
      | soort_geweld          | eergerelateerd                    |
      | verblijfsvergunning   | geen                              |
      | dreiging_nederland    | ja                                |
      | dreiging_herkomstland | ja                                |
      | lec_analyse           | dreiging_rechtvaardigt_vergunning |
      | uiting_geweld         | levensbedreigend                  |

  Scenario: Eergerelateerd, levensbedreigend: vergunning ligt voor de hand; de IND toetst de algemene voorwaarden
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "algemene_voorwaarden"
    En is "geldigheidsduur_maanden" gelijk aan "12"
    En is "leges_verschuldigd" gelijk aan "nee"
    En is regel "GW-06" toegepast
    En is de status "beoordeling_vereist"

  Abstract Scenario: Eergerelateerd: de uitingsvorm bepaalt wat de IND beoordeelt
    Gegeven de aanvraag:
      | veld          | waarde   |
      | uiting_geweld | <uiting> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | uiting                         | gronden              | regels |
      | levensbedreigend               | algemene_voorwaarden | GW-06  |
      | kinderontvoering               | algemene_voorwaarden | GW-06  |
      | gedwongen_scheiding_ouder_kind | algemene_voorwaarden | GW-06  |
      | gedwongen_uithuwelijking       | algemene_voorwaarden | GW-06  |
      | ander_strafbaar_feit           | ernst                | GW-07  |
      | anders                         | ernst                | GW-07  |
      | verstoting                     | verstoting           | GW-08  |

  Abstract Scenario: Eergerelateerd: de analyse van het LEC
    Gegeven de aanvraag:
      | veld        | waarde |
      | lec_analyse | <lec>  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "leges_verschuldigd" gelijk aan "nee"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | lec                               | besluit             | gronden              | regels        | status              |
      | dreiging_rechtvaardigt_vergunning | beoordeling_vereist | algemene_voorwaarden | GW-06         | beoordeling_vereist |
      | dreiging_op_korte_termijn_weg     | beoordeling_vereist | korte_termijn        | GW-05         | beoordeling_vereist |
      | geen_dreiging                     | afwijzen            | lec_analyse          | GW-V03, GW-04 | beslist             |

  Abstract Scenario: Dreiging in Nederland én in het land van herkomst; alleen in het land van herkomst: de asielprocedure
    Gegeven de aanvraag:
      | veld                  | waarde      |
      | soort_geweld          | <geweld>    |
      | dreiging_nederland    | <nederland> |
      | dreiging_herkomstland | <herkomst>  |
      | relatie_verbroken     | ja          |
      | gegevens_politie      | recente_melding_of_aangifte |
      | aanvullende_gegevens  | arts_of_hulpverlener        |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | geweld         | nederland | herkomst | besluit             | gronden                                   | regels                 |
      | eergerelateerd | nee       | ja       | niet_van_toepassing | alleen_herkomstland                       | GW-V01, GW-03          |
      | huiselijk      | nee       | ja       | niet_van_toepassing | alleen_herkomstland                       | GW-V01, GW-03          |
      | eergerelateerd | ja        | nee      | afwijzen            | dreiging_herkomstland                     | GW-V02, GW-04          |
      | huiselijk      | ja        | nee      | afwijzen            | dreiging_herkomstland                     | GW-V02, GW-04          |
      | eergerelateerd | nee       | nee      | afwijzen            | dreiging_nederland, dreiging_herkomstland | GW-V01, GW-V02, GW-04  |
      | huiselijk      | ja        | ja       | beoordeling_vereist | bevoegdheid                               | GW-09                  |

  Abstract Scenario: Alleen wie geen (zelfstandige) verblijfsvergunning heeft
    Gegeven de aanvraag:
      | veld                | waarde        |
      | verblijfsvergunning | <vergunning>  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | vergunning  | besluit             | gronden              | regels |
      | zelfstandig | niet_van_toepassing | leeg                 | GW-01  |
      | afhankelijk | beoordeling_vereist | andere_gronden       | GW-02  |
      | geen        | beoordeling_vereist | algemene_voorwaarden | GW-06  |

  Abstract Scenario: Huiselijk geweld: verbreking van de relatie (niet nodig voor een minderjarige) en het bewijs
    Gegeven de aanvraag:
      | veld                 | waarde        |
      | soort_geweld         | huiselijk     |
      | lec_analyse          | leeg          |
      | uiting_geweld        | leeg          |
      | geboortedatum        | <geboren>     |
      | relatie_verbroken    | <verbroken>   |
      | gegevens_politie     | <politie>     |
      | aanvullende_gegevens | <aanvullend>  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | geboren    | verbroken | politie                                         | aanvullend                 | besluit             | gronden                                  | regels                        | status              |
      | 1995-06-01 | ja        | recente_melding_of_aangifte                     | arts_of_hulpverlener       | beoordeling_vereist | bevoegdheid                              | GW-09                         | beoordeling_vereist |
      | 1995-06-01 | ja        | verklaring_om_of_politie_ambtshalve_vervolging  | blijf_van_mijn_lijfhuis    | beoordeling_vereist | bevoegdheid                              | GW-09                         | beoordeling_vereist |
      | 1995-06-01 | ja        | recente_melding_of_aangifte                     | andere_objectieve_gegevens | beoordeling_vereist | bevoegdheid                              | GW-09                         | beoordeling_vereist |
      | 2006-03-02 | nee       | recente_melding_of_aangifte                     | arts_of_hulpverlener       | beoordeling_vereist | bevoegdheid                              | GW-09                         | beoordeling_vereist |
      | 2006-03-01 | nee       | recente_melding_of_aangifte                     | arts_of_hulpverlener       | afwijzen            | relatie                                  | GW-V04, GW-04                 | beslist             |
      | 1995-06-01 | ja        | geen                                            | arts_of_hulpverlener       | afwijzen            | bewijs_politie                           | GW-V05, GW-04                 | beslist             |
      | 1995-06-01 | ja        | recente_melding_of_aangifte                     | geen                       | afwijzen            | bewijs_aanvullend                        | GW-V06, GW-04                 | beslist             |
      | 1995-06-01 | nee       | geen                                            | geen                       | afwijzen            | relatie, bewijs_politie, bewijs_aanvullend | GW-V04, GW-V05, GW-V06, GW-04 | beslist             |

  Scenario: Huiselijk geweld, relatie niet verbroken en geen geboortedatum: geen besluit
    Gegeven de aanvraag:
      | veld                 | waarde                      |
      | soort_geweld         | huiselijk                   |
      | relatie_verbroken    | nee                         |
      | gegevens_politie     | recente_melding_of_aangifte |
      | aanvullende_gegevens | arts_of_hulpverlener        |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "geboortedatum"

  Scenario: Zonder opgave van de huidige verblijfsvergunning geen besluit
    Gegeven de aanvraag:
      | veld                | waarde |
      | verblijfsvergunning | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "verblijfsvergunning"

  Scenario: De vergunning is niet verlengbaar
    Gegeven de aanvraag:
      | veld           | waarde     |
      | soort_aanvraag | verlenging |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "niet_verlengbaar"
    En is regel "GW-10" toegepast
    En is de status "beslist"

  Abstract Scenario: Voortgezet verblijf na ten minste een jaar als de dreiging voortduurt
    Gegeven de aanvraag:
      | veld                    | waarde              |
      | soort_aanvraag          | voortgezet_verblijf |
      | soort_geweld            | <geweld>            |
      | aanvraagdatum           | <aanvraag>          |
      | vergunning_ingangsdatum | <ingang>            |
      | dreiging_voortduurt     | <dreiging>          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "beperking" gelijk aan "<beperking>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | geweld         | aanvraag   | ingang     | dreiging | besluit             | gronden           | beperking           | regels | status              |
      | eergerelateerd | 2024-03-01 | 2023-03-01 | ja       | inwilligen          | leeg              | voortgezet verblijf | GW-12  | beslist             |
      | huiselijk      | 2024-03-01 | 2023-03-01 | ja       | inwilligen          | leeg              | voortgezet verblijf | GW-12  | beslist             |
      | huiselijk      | 2024-03-01 | 2023-03-02 | ja       | afwijzen            | termijn           | leeg                | GW-11  | beslist             |
      | eergerelateerd | 2024-02-29 | 2023-02-28 | ja       | inwilligen          | leeg              | voortgezet verblijf | GW-12  | beslist             |
      | eergerelateerd | 2024-02-29 | 2023-03-01 | ja       | afwijzen            | termijn           | leeg                | GW-11  | beslist             |
      | eergerelateerd | 2024-03-01 | 2021-01-01 | nee      | beoordeling_vereist | klemmende_redenen | leeg                | GW-13  | beoordeling_vereist |

  Scenario: Voortgezet verblijf zonder opgave of de dreiging voortduurt: geen besluit
    Gegeven de aanvraag:
      | veld                    | waarde              |
      | soort_aanvraag          | voortgezet_verblijf |
      | vergunning_ingangsdatum | 2022-01-01          |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "dreiging_voortduurt"

  Abstract Scenario: Een datum na de aanvraagdatum wordt geweigerd en noemt beide velden
    Gegeven de aanvraag:
      | veld    | waarde       |
      | <veld>  | 2024-03-02   |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"
    En noemt de fout het veld "aanvraagdatum"

    Voorbeelden:
      | veld                    |
      | vergunning_ingangsdatum |
      | geboortedatum           |

  Scenario: Vóór 1 januari 2011 staat de regeling niet in de bronnen
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2010-12-31 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"
