# language: nl
Functionaliteit: De uitspraak op een verzoek om een voorlopige voorziening in Nederland afwachten (Vc B1/7.3)
  Vc B1/7.3 in de tekst van WBV 2021/22 (003:L1103-1161), vanaf 2022-01-01.
  De IND staat de vreemdeling toe de uitspraak op een binnen 24 uur na de bekendmaking van het besluit
  ingediend verzoek om een voorlopige voorziening, gericht tegen de uitzetting, in Nederland af te wachten,
  tenzij een van de uitzonderingen a tot en met f geldt (003:L1107-1119, toegelicht in 003:L1131-1157) of de
  uitzondering voor de Afsluitingsregeling (003:L1121-1125). Niet bij een besluit op een asielaanvraag
  (003:L1127). De oordelen van de IND (openbare orde, belemmering, misbruik van recht) zijn invoer.

  Achtergrond:
    Gegeven de tabel "toegang/voorlopige_voorziening"
    En de aanvraag:
      | veld                                  | waarde     |
      | datum_verzoek                         | 2024-05-01 |
      | aanvraag_soort                        | regulier   |
      | gericht_tegen_uitzetting              | ja         |
      | uren_na_bekendmaking                  | 10         |
      | eerder_verzoek_in_zelfde_zaak         | nee        |
      | afgewezen_met_artikel_4_6_awb         | nee        |
      | openbare_orde_of_nationale_veiligheid | nee        |
      | uitzetting_anders_belemmerd           | nee        |
      | geen_redelijk_belang                  | nee        |
      | inreisverbod_opgelegd                 | nee        |
      | afsluitingsregeling                   | nee        |

  Abstract Scenario: Binnen 24 uur na de bekendmaking ingediend (precies 24 uur telt nog mee)
    Gegeven de aanvraag:
      | veld                 | waarde  |
      | uren_na_bekendmaking | <uren>  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | uren  | besluit             | grond     | regel |
      | 0     | mag_afwachten       | leeg      | VV-11 |
      | 24    | mag_afwachten       | leeg      | VV-11 |
      | 24.01 | niet_van_toepassing | na_24_uur | VV-03 |
      | 72    | niet_van_toepassing | na_24_uur | VV-03 |

  Scenario: Zonder het aantal uren is niet bekend of de regel geldt
    Gegeven de aanvraag:
      | veld                 | waarde |
      | uren_na_bekendmaking | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "uren_na_bekendmaking"
    En is "besluit" gelijk aan "leeg"

  Abstract Scenario: Asiel en een verzoek dat niet tegen de uitzetting is gericht vallen buiten B1/7.3
    Gegeven de aanvraag:
      | veld                     | waarde     |
      | aanvraag_soort           | <soort>    |
      | gericht_tegen_uitzetting | <tegen>    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "niet_van_toepassing"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | soort    | tegen | grond                 | regel |
      | asiel    | ja    | asiel                 | VV-01 |
      | asiel    | leeg  | asiel                 | VV-01 |
      | regulier | nee   | niet_tegen_uitzetting | VV-02 |

  Abstract Scenario: a. Een tweede of herhaald verzoek, tenzij het eerdere verzoek is toegewezen
    Gegeven de aanvraag:
      | veld                          | waarde       |
      | eerder_verzoek_in_zelfde_zaak | <eerder>     |
      | eerder_verzoek_toegewezen     | <toegewezen> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | eerder | toegewezen | besluit            | grond                      | regel |
      | ja     | nee        | mag_niet_afwachten | tweede_of_herhaald_verzoek | VV-04 |
      | ja     | ja         | mag_afwachten      | leeg                       | VV-11 |
      | nee    | leeg       | mag_afwachten      | leeg                       | VV-11 |

  Scenario: Een eerder verzoek zonder opgave of het is toegewezen: onbekend of het een tweede verzoek is
    Gegeven de aanvraag:
      | veld                          | waarde |
      | eerder_verzoek_in_zelfde_zaak | ja     |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "eerder_verzoek_toegewezen"

  Abstract Scenario: b tot en met d. Artikel 4:6 Awb, openbare orde en een belemmerde uitzetting
    Gegeven de aanvraag:
      | veld                                  | waarde        |
      | afgewezen_met_artikel_4_6_awb         | <awb>         |
      | openbare_orde_of_nationale_veiligheid | <oo>          |
      | belemmerende_situaties                | <situaties>   |
      | uitzetting_anders_belemmerd           | <anders>      |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | awb | oo  | situaties                   | anders | besluit            | grond                | regel |
      | ja  | nee | leeg                        | nee    | mag_niet_afwachten | artikel_4_6_awb      | VV-05 |
      | nee | ja  | leeg                        | nee    | mag_niet_afwachten | openbare_orde        | VV-06 |
      | nee | nee | paspoort_kort_geldig        | nee    | mag_niet_afwachten | uitzetting_belemmerd | VV-07 |
      | nee | nee | overname_niet_meer_haalbaar | nee    | mag_niet_afwachten | uitzetting_belemmerd | VV-07 |
      | nee | nee | overheidsvlucht             | leeg   | mag_niet_afwachten | uitzetting_belemmerd | VV-07 |
      | nee | nee | leeg                        | ja     | mag_niet_afwachten | uitzetting_belemmerd | VV-07 |
      | nee | nee | leeg                        | nee    | mag_afwachten      | leeg                 | VV-11 |

  Abstract Scenario: e. Misbruik van recht uitsluitend bij geen enkel redelijk belang en kwade trouw
    Gegeven de aanvraag:
      | veld                 | waarde    |
      | geen_redelijk_belang | <belang>  |
      | te_kwader_trouw      | <trouw>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | belang | trouw | besluit            | regel |
      | ja     | ja    | mag_niet_afwachten | VV-08 |
      | ja     | nee   | mag_afwachten      | VV-11 |
      | nee    | ja    | mag_afwachten      | VV-11 |

  Abstract Scenario: f. Een in werking getreden inreisverbod: opgelegd, vertrokken en weer ingereisd
    Gegeven de aanvraag:
      | veld                               | waarde      |
      | inreisverbod_opgelegd              | <opgelegd>  |
      | eu_eer_zwitserland_verlaten        | <verlaten>  |
      | weer_ingereisd_tijdens_inreisverbod | <ingereisd> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | opgelegd | verlaten | ingereisd | besluit            | grond                   | regel |
      | ja       | ja       | ja        | mag_niet_afwachten | inreisverbod_in_werking | VV-09 |
      | ja       | ja       | nee       | mag_afwachten      | leeg                    | VV-11 |
      | ja       | nee      | ja        | mag_afwachten      | leeg                    | VV-11 |

  Abstract Scenario: De Afsluitingsregeling: een aanvaarde afwijzingsgrond en geen andere beoordeling in bezwaar
    Gegeven de aanvraag:
      | veld                           | waarde      |
      | afsluitingsregeling            | ja          |
      | aanvaarde_afwijzingsgrond      | <grond_ok>  |
      | andere_beoordeling_uitgesloten | <uitgesl>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | grond_ok | uitgesl | besluit            | regel |
      | ja       | ja      | mag_niet_afwachten | VV-10 |
      | ja       | nee     | mag_afwachten      | VV-11 |
      | nee      | ja      | mag_afwachten      | VV-11 |

  Scenario: Een onbekend oordeel over de openbare orde is geen nee
    Gegeven de aanvraag:
      | veld                                  | waarde |
      | openbare_orde_of_nationale_veiligheid | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "openbare_orde_of_nationale_veiligheid"

  Scenario: Voor 1 januari 2022 zijn er geen regels van kracht
    Gegeven de aanvraag:
      | veld          | waarde     |
      | datum_verzoek | 2021-12-31 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Scenario: Op 1 januari 2022 gelden de regels
    Gegeven de aanvraag:
      | veld          | waarde     |
      | datum_verzoek | 2022-01-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "mag_afwachten"
