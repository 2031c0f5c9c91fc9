# language: nl
Functionaliteit: Toestemmingsverklaring voor het BMA (Vc B8/3.3.1)
  Tekst van WBV 2010/20 (in werking 1 januari 2011; 002:L447-465). De IND vraagt het BMA alleen om advies bij een
  recente, volledig ingevulde en ondertekende toestemmingsverklaring en een genoegzaam aangetoonde medische
  situatie; het BMA verricht geen medisch onderzoek als de verklaring ouder is dan zes maanden. Zonder volledige
  verklaring: gelegenheid tot herstel (artikel 4:5 Awb), daarna buiten behandeling, of afwijzen als de aanvraag niet
  buiten behandeling is gesteld. Geen toestemming voor medisch advies, externe specialisten ('second opinion') of
  rapportage: afwijzen. Aanname: de leeftijd van de verklaring telt op de dag waarop zij is overgelegd.

  Achtergrond:
    Gegeven de tabel "medisch/toestemmingsverklaring"
    En de aanvraag:
      | veld                                  | waarde     |
      | aanvraagdatum                         | 2024-05-01 |
      | toestemmingsverklaring_volledig       | ja         |
      | toestemming_medisch_advies            | ja         |
      | toestemming_externe_specialisten      | ja         |
      | toestemming_rapportage                | ja         |
      | toestemmingsverklaring_ondertekend_op | 2024-04-01 |
      | toestemmingsverklaring_overgelegd_op  | 2024-05-01 |
      | medische_situatie_aangetoond          | ja         |

  Scenario: Een recente, volledige verklaring met alle toestemmingen: de IND vraagt het BMA om advies en verlengt de beslistermijn
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "bma_advies_vragen"
    En is "grond" gelijk aan "leeg"
    En is "beslistermijn_verlengd" gelijk aan "ja"
    En is regel "TV-09" toegepast

  Abstract Scenario: Ouder dan zes maanden: vanaf de dag na de dag zes maanden na ondertekening
    Gegeven de aanvraag:
      | veld                                  | waarde        |
      | aanvraagdatum                         | <ondertekend> |
      | toestemmingsverklaring_ondertekend_op | <ondertekend> |
      | toestemmingsverklaring_overgelegd_op  | <overgelegd>  |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "<uitkomst>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden: ondertekend 1 november 2023, zes maanden later is 1 mei 2024
      | ondertekend | overgelegd | uitkomst          | grond                                        | regels |
      | 2023-11-01  | 2024-04-30 | bma_advies_vragen | leeg                                         | TV-09  |
      | 2023-11-01  | 2024-05-01 | bma_advies_vragen | leeg                                         | TV-09  |
      | 2023-11-01  | 2024-05-02 | geen_bma_advies   | toestemmingsverklaring_ouder_dan_zes_maanden | TV-07  |
      | 2023-11-01  | 2024-11-01 | geen_bma_advies   | toestemmingsverklaring_ouder_dan_zes_maanden | TV-07  |

    Voorbeelden: ondertekend 31 augustus 2023, zes maanden later is 29 februari 2024 (de laatste dag van de maand)
      | ondertekend | overgelegd | uitkomst          | grond                                        | regels |
      | 2023-08-31  | 2024-02-29 | bma_advies_vragen | leeg                                         | TV-09  |
      | 2023-08-31  | 2024-03-01 | geen_bma_advies   | toestemmingsverklaring_ouder_dan_zes_maanden | TV-07  |

  Abstract Scenario: Geen toestemming voor medisch advies, een second opinion of rapportage: afwijzen
    Gegeven de aanvraag:
      | veld                             | waarde       |
      | toestemming_medisch_advies       | <advies>     |
      | toestemming_externe_specialisten | <specialist> |
      | toestemming_rapportage           | <rapportage> |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "afwijzen"
    En is "grond" gelijk aan "geen_toestemming"
    En is "beslistermijn_verlengd" gelijk aan "leeg"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | advies | specialist | rapportage | regels |
      | nee    | ja         | ja         | TV-04  |
      | ja     | nee        | ja         | TV-05  |
      | ja     | ja         | nee        | TV-06  |

  Scenario: Geen toestemming voor een second opinion weegt zwaarder dan een verouderde verklaring
    Gegeven de aanvraag:
      | veld                                  | waarde     |
      | toestemming_externe_specialisten      | nee        |
      | toestemmingsverklaring_ondertekend_op | 2023-01-01 |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "afwijzen"
    En is "grond" gelijk aan "geen_toestemming"
    En is regel "TV-05" toegepast
    En is regel "TV-07" niet toegepast

  Scenario: De medische situatie is niet genoegzaam aangetoond: geen BMA-advies
    Gegeven de aanvraag:
      | veld                         | waarde |
      | medische_situatie_aangetoond | nee    |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "geen_bma_advies"
    En is "grond" gelijk aan "medische_situatie_niet_aangetoond"
    En is regel "TV-08" toegepast

  Abstract Scenario: Geen volledige verklaring: eerst herstel, daarna buiten behandeling of afwijzen
    Gegeven de aanvraag:
      | veld                                         | waarde       |
      | toestemmingsverklaring_volledig              | nee          |
      | in_gelegenheid_gesteld_verzuim_te_herstellen | <gelegenheid> |
      | aanvraag_buiten_behandeling_gesteld          | <buiten>     |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "<uitkomst>"
    En is "grond" gelijk aan "geen_volledige_toestemmingsverklaring"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | gelegenheid | buiten | uitkomst           | regels |
      | nee         | nee    | verzuim_herstellen | TV-01  |
      | ja          | ja     | buiten_behandeling | TV-02  |
      | ja          | nee    | afwijzen           | TV-03  |

  Scenario: De tekst van WBV 2010/20 geldt voor aanvragen vanaf 1 januari 2011: op 31 december 2010 geen regels
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2010-12-31 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Scenario: Op 1 januari 2011 wordt wel beslist
    Gegeven de aanvraag:
      | veld                                  | waarde     |
      | aanvraagdatum                         | 2011-01-01 |
      | toestemmingsverklaring_ondertekend_op | 2010-12-01 |
      | toestemmingsverklaring_overgelegd_op  | 2011-01-01 |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "bma_advies_vragen"
    En is regel "TV-09" toegepast

  Scenario: Of een volledige verklaring is ontvangen, is nodig
    Gegeven de aanvraag:
      | veld                            | waarde |
      | toestemmingsverklaring_volledig | leeg   |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "toestemmingsverklaring_volledig"

  Abstract Scenario: Feiten die niet samen kunnen, zijn een ongeldig verzoek dat beide velden noemt (blad Controles)
    Gegeven de aanvraag:
      | veld                                  | waarde        |
      | toestemmingsverklaring_ondertekend_op | <ondertekend> |
      | toestemmingsverklaring_overgelegd_op  | <overgelegd>  |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"
    En noemt de fout het veld "<ander>"

    Voorbeelden:
      | ondertekend | overgelegd | veld                                 | ander                                 |
      | 2024-05-02  | 2024-05-01 | toestemmingsverklaring_overgelegd_op | toestemmingsverklaring_ondertekend_op |
      | 2024-04-01  | 2024-04-30 | toestemmingsverklaring_overgelegd_op | aanvraagdatum                         |

  Abstract Scenario: Een feit dat niemand opgaf is onbekend: de beslissing is onvolledig en noemt het
    Gegeven de aanvraag:
      | veld                                         | waarde       |
      | toestemmingsverklaring_volledig              | <volledig>   |
      | in_gelegenheid_gesteld_verzuim_te_herstellen | <gelegenheid> |
      | <weg>                                        | leeg         |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "<ontbreekt>"

    Voorbeelden:
      | volledig | gelegenheid | weg                                          | ontbreekt                                    |
      | ja       | leeg        | toestemming_externe_specialisten             | toestemming_externe_specialisten             |
      | ja       | leeg        | toestemmingsverklaring_ondertekend_op        | toestemmingsverklaring_ondertekend_op        |
      | ja       | leeg        | medische_situatie_aangetoond                 | medische_situatie_aangetoond                 |
      | nee      | leeg        | aanvraag_buiten_behandeling_gesteld          | aanvraag_buiten_behandeling_gesteld, in_gelegenheid_gesteld_verzuim_te_herstellen |
      | nee      | ja          | aanvraag_buiten_behandeling_gesteld          | aanvraag_buiten_behandeling_gesteld          |

  Scenario: De motivering van een afwijzing zonder toestemming voor een second opinion
    Gegeven de aanvraag:
      | veld                             | waarde |
      | toestemming_externe_specialisten | nee    |
    Als de beslissing wordt genomen
    Dan noemt de motivering "wordt afgewezen omdat de vreemdeling geen toestemming geeft voor het inschakelen van externe specialisten (second opinion) (Vc 2000 B8/3.3.1)"
