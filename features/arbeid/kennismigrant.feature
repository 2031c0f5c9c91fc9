# language: nl
Functionaliteit: Kennismigrant: looncriterium, marktconform loon, BIG-registratie, verlenging en zoekperiode
  Vc B6/2.3 en B6/5.1 in de tekst van WBV 2016/7 (001:L320-370, L480-500; 2016-07-01 tot en met 2021-12-31)
  en van WBV 2021/22 (003:L1743-1801, L1911-1939; vanaf 2022-01-01). Welk looncriterium geldt (30 jaar en
  ouder, jonger dan 30, het verlaagde criterium zolang de periode van drie jaar van het zoekjaar loopt), wat
  meetelt in het bruto maandloon, het oordeel van SZW over het marktconforme loon, BIG-registratie, de
  verlenging en de zoekperiode van drie maanden. De bedragen van het looncriterium zijn HYPOTHETISCH:
  2017 tot en met 2021: 4500 (30 en ouder), 3300 (jonger dan 30), 2400 (verlaagd); 2022 tot en met 2024:
  5000, 3700, 2600. Op andere datums staat er geen bedrag op blad Parameters.

  Achtergrond:
    Gegeven de tabel "arbeid/kennismigrant"
    En de aanvraag:
      | veld                                     | waarde           |
      | toets                                    | eerste_verlening |
      | toetsdatum                               | 2024-03-01       |
      | geboortedatum                            | 1989-01-10       |
      | categorie                                | kennismigrant    |
      | bruto_maandloon                          | 5000             |
      | onkostenvergoedingen_toeslagen_per_maand | 0                |
      | voldoet_aan_zoekjaarvoorwaarden          | nee              |
      | oordeel_szw                              | marktconform     |
      | beroep_individuele_gezondheidszorg       | nee              |

  Abstract Scenario: Het looncriterium hangt af van de leeftijd op de aanvraagdatum (30 jaar en ouder, jonger dan 30)
    Gegeven de aanvraag:
      | veld            | waarde          |
      | toetsdatum      | <toetsdatum>    |
      | geboortedatum   | <geboortedatum> |
      | bruto_maandloon | <loon>          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "looncriterium" gelijk aan "<criterium>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | toetsdatum | geboortedatum | loon    | besluit             | gronden       | criterium         | regels                 |
      | 2024-03-01 | 1989-01-10    | 5000    | voorwaarden_vervuld | leeg          | dertig_en_ouder   | KM-L04, KM-07          |
      | 2024-03-01 | 1989-01-10    | 4999.99 | afwijzen            | looncriterium | dertig_en_ouder   | KM-L11, KM-A01, KM-05  |
      | 2024-03-01 | 1994-03-01    | 3700    | afwijzen            | looncriterium | dertig_en_ouder   | KM-L11, KM-A01, KM-05  |
      | 2024-03-01 | 1994-03-02    | 3700    | voorwaarden_vervuld | leeg          | jonger_dan_dertig | KM-L05, KM-07          |
      | 2024-03-01 | 1994-03-02    | 3699    | afwijzen            | looncriterium | jonger_dan_dertig | KM-L12, KM-A01, KM-05  |
      | 2019-03-01 | 1984-01-10    | 4500    | voorwaarden_vervuld | leeg          | dertig_en_ouder   | KM-L04, KM-07          |
      | 2019-03-01 | 1984-01-10    | 4499    | afwijzen            | looncriterium | dertig_en_ouder   | KM-L11, KM-A01, KM-05  |
      | 2019-03-01 | 1989-03-01    | 3300    | afwijzen            | looncriterium | dertig_en_ouder   | KM-L11, KM-A01, KM-05  |
      | 2019-03-01 | 1989-03-02    | 3300    | voorwaarden_vervuld | leeg          | jonger_dan_dertig | KM-L05, KM-07          |
      | 2019-03-01 | 1989-03-02    | 3299    | afwijzen            | looncriterium | jonger_dan_dertig | KM-L12, KM-A01, KM-05  |

  Abstract Scenario: Onkostenvergoedingen en toeslagen tellen alleen mee als ze elke maand giraal op eigen rekening gaan en contractueel vastliggen
    Gegeven de aanvraag:
      | veld                                     | waarde        |
      | toetsdatum                               | <toetsdatum>  |
      | bruto_maandloon                          | <loon>        |
      | onkostenvergoedingen_toeslagen_per_maand | <vergoeding>  |
      | maandelijks_giraal_op_eigen_rekening     | <giraal>      |
      | vergoedingen_contractueel_vastgelegd     | <contractueel> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is de status "beslist"

    Voorbeelden:
      | toetsdatum | loon | vergoeding | giraal | contractueel | besluit             | gronden       |
      | 2024-03-01 | 4800 | 200        | ja     | ja           | voorwaarden_vervuld | leeg          |
      | 2024-03-01 | 4800 | 200        | nee    | ja           | afwijzen            | looncriterium |
      | 2024-03-01 | 4800 | 200        | ja     | nee          | afwijzen            | looncriterium |
      | 2024-03-01 | 4800 | 200        | nee    | leeg         | afwijzen            | looncriterium |
      | 2024-03-01 | 4800 | 0          | leeg   | leeg         | afwijzen            | looncriterium |
      | 2024-03-01 | 5000 | 0          | leeg   | leeg         | voorwaarden_vervuld | leeg          |
      | 2019-03-01 | 4300 | 200        | ja     | ja           | voorwaarden_vervuld | leeg          |
      | 2019-03-01 | 4300 | 200        | ja     | nee          | afwijzen            | looncriterium |

  Scenario: Zonder opgave of vergoedingen giraal worden betaald is het meetellende loon onbekend
    Gegeven de aanvraag:
      | veld                                     | waarde |
      | bruto_maandloon                          | 4800   |
      | onkostenvergoedingen_toeslagen_per_maand | 200    |
      | maandelijks_giraal_op_eigen_rekening     | leeg   |
      | vergoedingen_contractueel_vastgelegd     | ja     |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "maandelijks_giraal_op_eigen_rekening"
    En is "besluit" gelijk aan "leeg"

  Scenario: Loon in natura, vakantietoeslag en onzekere loonbestanddelen horen niet in het bruto maandloon
    Gegeven de aanvraag:
      | veld            | waarde |
      | bruto_maandloon | 4600   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "looncriterium"
    En noemt de motivering "meetellende maandloon van 4600 euro lager is dan het looncriterium voor 30 jaar en ouder van 5000 euro"

  Abstract Scenario: Vanaf 2022 het verlaagde looncriterium zolang de periode van drie jaar van het zoekjaar niet is verstreken
    Gegeven de aanvraag:
      | veld                            | waarde     |
      | geboortedatum                   | 1997-01-10 |
      | bruto_maandloon                 | <loon>     |
      | voldoet_aan_zoekjaarvoorwaarden | <zoekjaar> |
      | begin_periode_drie_jaar         | <begin>    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "looncriterium" gelijk aan "<criterium>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | loon | zoekjaar | begin      | besluit             | gronden       | criterium         | regels                |
      | 2600 | ja       | 2021-03-01 | voorwaarden_vervuld | leeg          | verlaagd          | KM-L08, KM-07         |
      | 2600 | ja       | 2021-02-28 | afwijzen            | looncriterium | jonger_dan_dertig | KM-L12, KM-A01, KM-05 |
      | 2599 | ja       | 2021-03-01 | afwijzen            | looncriterium | verlaagd          | KM-L09, KM-A01, KM-05 |
      | 2600 | nee      | leeg       | afwijzen            | looncriterium | jonger_dan_dertig | KM-L12, KM-A01, KM-05 |
      | 3700 | leeg     | leeg       | voorwaarden_vervuld | leeg          | jonger_dan_dertig | KM-L05, KM-07         |

  Scenario: Haalt het loon het criterium voor de leeftijd niet, dan is het zoekjaar nodig om te beslissen
    Gegeven de aanvraag:
      | veld                            | waarde |
      | bruto_maandloon                 | 3000   |
      | voldoet_aan_zoekjaarvoorwaarden | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "voldoet_aan_zoekjaarvoorwaarden, begin_periode_drie_jaar"
    En is "besluit" gelijk aan "leeg"

  Abstract Scenario: Vóór 2022 zegt de Vc niet wanneer het criterium voor afgestudeerden geldt: de IND beoordeelt
    Gegeven de aanvraag:
      | veld                            | waarde     |
      | toetsdatum                      | 2019-03-01 |
      | geboortedatum                   | 1992-01-10 |
      | bruto_maandloon                 | <loon>     |
      | voldoet_aan_zoekjaarvoorwaarden | <zoekjaar> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | loon | zoekjaar | besluit             | gronden                | regels                 | status              |
      | 2400 | ja       | beoordeling_vereist | verlaagd_looncriterium | KM-L10, KM-B02, KM-06  | beoordeling_vereist |
      | 2399 | ja       | afwijzen            | looncriterium          | KM-L12, KM-A01, KM-05  | beslist             |
      | 2400 | nee      | afwijzen            | looncriterium          | KM-L12, KM-A01, KM-05  | beslist             |

  Abstract Scenario: Zonder bedrag van het looncriterium op de peildatum toetst de tabel het loon niet (nooit een afwijzing op een ontbrekend bedrag)
    Gegeven de aanvraag:
      | veld       | waarde       |
      | toetsdatum | <toetsdatum> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "looncriterium_bedrag"
    En is "looncriterium" gelijk aan "leeg"
    En is regel "KM-L03, KM-B01, KM-06" toegepast
    En is de status "beoordeling_vereist"

    Voorbeelden:
      | toetsdatum |
      | 2016-07-01 |
      | 2016-12-31 |
      | 2025-01-01 |

  Abstract Scenario: Het bedrag geldt op de peildatum: de eerste en laatste dag van de hypothetische bedragen
    Gegeven de aanvraag:
      | veld       | waarde       |
      | toetsdatum | <toetsdatum> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "voorwaarden_vervuld"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | toetsdatum | regel  |
      | 2017-01-01 | KM-L05 |
      | 2021-12-31 | KM-L04 |
      | 2022-01-01 | KM-L04 |
      | 2024-12-31 | KM-L04 |

  Scenario: Vóór 2016-07-01 staat deze tekst niet in de bronnen
    Gegeven de aanvraag:
      | veld       | waarde     |
      | toetsdatum | 2016-06-30 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Abstract Scenario: Loon niet marktconform naar het oordeel van de Minister van SZW: afwijzen (het oordeel is een invoer)
    Gegeven de aanvraag:
      | veld            | waarde       |
      | toetsdatum      | <toetsdatum> |
      | oordeel_szw     | <oordeel>    |
      | bruto_maandloon | <loon>       |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | toetsdatum | oordeel           | loon | besluit             | gronden                               | regels                |
      | 2024-03-01 | niet_marktconform | 5000 | afwijzen            | loon_niet_marktconform                | KM-A02, KM-05         |
      | 2024-03-01 | niet_marktconform | 4000 | afwijzen            | looncriterium, loon_niet_marktconform | KM-A01, KM-A02, KM-05 |
      | 2024-03-01 | marktconform      | 5000 | voorwaarden_vervuld | leeg                                  | KM-07                 |
      | 2019-03-01 | niet_marktconform | 5000 | afwijzen            | loon_niet_marktconform                | KM-A02, KM-05         |

  Scenario: Zonder het oordeel van SZW geen besluit
    Gegeven de aanvraag:
      | veld        | waarde |
      | oordeel_szw | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "oordeel_szw"
    En is "besluit" gelijk aan "leeg"

  Abstract Scenario: BIG-registratie bij een beroep in de individuele gezondheidszorg: vanaf 2022 vereist, daarvoor voldoende voor de bevoegdheidsvereisten
    Gegeven de aanvraag:
      | veld                               | waarde       |
      | toetsdatum                         | <toetsdatum> |
      | beroep_individuele_gezondheidszorg | <zorg>       |
      | big_registratie                    | <big>        |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | toetsdatum | zorg | big  | besluit             | gronden         | regels        | status              |
      | 2024-03-01 | ja   | nee  | afwijzen            | big_registratie | KM-A03, KM-05 | beslist             |
      | 2024-03-01 | ja   | ja   | voorwaarden_vervuld | leeg            | KM-07         | beslist             |
      | 2024-03-01 | nee  | leeg | voorwaarden_vervuld | leeg            | KM-07         | beslist             |
      | 2019-03-01 | ja   | nee  | beoordeling_vereist | bevoegdheid     | KM-B04, KM-06 | beoordeling_vereist |
      | 2019-03-01 | ja   | ja   | voorwaarden_vervuld | leeg            | KM-07         | beslist             |

  Scenario: Een zorgberoep zonder opgave van de BIG-registratie: geen besluit
    Gegeven de aanvraag:
      | veld                               | waarde |
      | beroep_individuele_gezondheidszorg | ja     |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "big_registratie"

  Abstract Scenario: Wetenschappelijk onderzoekers en artsen in opleiding: de middelen van bestaan (artt. 3.73 tot en met 3.75 Vb) beoordeelt de IND
    Gegeven de aanvraag:
      | veld            | waarde       |
      | toetsdatum      | <toetsdatum> |
      | categorie       | <categorie>  |
      | bruto_maandloon | 1000         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "middelen_van_bestaan"
    En is "looncriterium" gelijk aan "leeg"
    En is regel "KM-L02, KM-B03, KM-06" toegepast
    En is de status "beoordeling_vereist"

    Voorbeelden:
      | toetsdatum | categorie                    |
      | 2024-03-01 | wetenschappelijk_onderzoeker |
      | 2019-03-01 | arts_in_opleiding            |

  Scenario: Zonder categorie geen besluit
    Gegeven de aanvraag:
      | veld      | waarde |
      | categorie | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "categorie"

  Abstract Scenario: Verlenging na het dertigste jaar: het criterium voor jonger dan 30 blijft gelden bij verblijf vóór de dertigste verjaardag en dezelfde werkgever
    Gegeven de aanvraag:
      | veld                           | waarde          |
      | toets                          | verlenging      |
      | toetsdatum                     | <toetsdatum>    |
      | geboortedatum                  | <geboortedatum> |
      | bruto_maandloon                | <loon>          |
      | datum_verblijf_kennismigrant   | <verblijf>      |
      | zelfde_werkgever               | <werkgever>     |
      | eerste_verlening_verlaagd_criterium | nee        |
      | werkloos                       | nee             |
      | bijstandsuitkering_aangevraagd | nee             |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "looncriterium" gelijk aan "<criterium>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | toetsdatum | geboortedatum | loon | verblijf   | werkgever | besluit             | criterium         | regels                |
      | 2024-03-01 | 1993-01-10    | 3700 | 2023-01-09 | ja        | voorwaarden_vervuld | jonger_dan_dertig | KM-L06, KM-07         |
      | 2024-03-01 | 1993-01-10    | 3700 | 2023-01-10 | ja        | afwijzen            | dertig_en_ouder   | KM-L11, KM-A01, KM-05 |
      | 2024-03-01 | 1993-01-10    | 3700 | 2021-06-01 | nee       | afwijzen            | dertig_en_ouder   | KM-L11, KM-A01, KM-05 |
      | 2024-03-01 | 1993-01-10    | 3699 | 2021-06-01 | ja        | afwijzen            | dertig_en_ouder   | KM-L11, KM-A01, KM-05 |
      | 2024-03-01 | 1993-01-10    | 5000 | 2023-06-01 | nee       | voorwaarden_vervuld | dertig_en_ouder   | KM-L04, KM-07         |
      | 2019-03-01 | 1987-01-10    | 3300 | 2016-12-01 | ja        | voorwaarden_vervuld | jonger_dan_dertig | KM-L06, KM-07         |
      | 2019-03-01 | 1987-01-10    | 3300 | 2017-01-10 | ja        | afwijzen            | dertig_en_ouder   | KM-L11, KM-A01, KM-05 |

  Scenario: Bij de eerste verlening geldt de verlengingsregel voor 30 jaar en ouder niet
    Gegeven de aanvraag:
      | veld                         | waarde     |
      | geboortedatum                | 1993-01-10 |
      | bruto_maandloon              | 3700       |
      | datum_verblijf_kennismigrant | 2021-06-01 |
      | zelfde_werkgever             | ja         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En is regel "KM-L06" niet toegepast

  Abstract Scenario: Verlenging: gold bij de eerste verlening het criterium voor afgestudeerden en haalt het loon dat nog, dan niet afwijzen op het looncriterium
    Gegeven de aanvraag:
      | veld                                | waarde       |
      | toets                               | verlenging   |
      | toetsdatum                          | <toetsdatum> |
      | bruto_maandloon                     | <loon>       |
      | datum_verblijf_kennismigrant        | 2018-06-01   |
      | zelfde_werkgever                    | nee          |
      | eerste_verlening_verlaagd_criterium | <verlaagd>   |
      | werkloos                            | nee          |
      | bijstandsuitkering_aangevraagd      | nee          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "looncriterium" gelijk aan "<criterium>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | toetsdatum | loon | verlaagd | besluit             | criterium       | regels                |
      | 2024-03-01 | 2600 | ja       | voorwaarden_vervuld | verlaagd        | KM-L07, KM-07         |
      | 2024-03-01 | 2599 | ja       | afwijzen            | dertig_en_ouder | KM-L11, KM-A01, KM-05 |
      | 2024-03-01 | 2600 | nee      | afwijzen            | dertig_en_ouder | KM-L11, KM-A01, KM-05 |
      | 2019-03-01 | 2400 | ja       | voorwaarden_vervuld | verlaagd        | KM-L07, KM-07         |
      | 2019-03-01 | 2399 | ja       | afwijzen            | dertig_en_ouder | KM-L11, KM-A01, KM-05 |

  Abstract Scenario: Verlenging: langer dan drie maanden werkloos of een bijstandsuitkering aangevraagd: afwijzen en intrekken
    Gegeven de aanvraag:
      | veld                                 | waarde       |
      | toets                                | verlenging   |
      | toetsdatum                           | <toetsdatum> |
      | bruto_maandloon                      | <loon>       |
      | werkloos                             | <werkloos>   |
      | datum_ontbinding_arbeidsovereenkomst | <ontbinding> |
      | bijstandsuitkering_aangevraagd       | <bijstand>   |
      | datum_verblijf_kennismigrant         | 2015-06-01   |
      | zelfde_werkgever                     | ja           |
      | eerste_verlening_verlaagd_criterium  | nee          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | toetsdatum | loon | werkloos | ontbinding | bijstand | besluit               | gronden                          | regels                        |
      | 2024-03-01 | 5000 | ja       | 2023-12-01 | nee      | voorwaarden_vervuld   | leeg                             | KM-07                         |
      | 2024-03-01 | 5000 | ja       | 2023-11-30 | nee      | afwijzen_en_intrekken | werkloosheid                     | KM-A04, KM-04                 |
      | 2024-03-01 | 5000 | nee      | leeg       | ja       | afwijzen_en_intrekken | bijstandsuitkering               | KM-A05, KM-04                 |
      | 2024-03-01 | 3000 | ja       | 2023-06-01 | ja       | afwijzen_en_intrekken | looncriterium, werkloosheid, bijstandsuitkering | KM-A01, KM-A04, KM-A05, KM-04 |
      | 2019-03-01 | 5000 | ja       | 2018-11-30 | nee      | afwijzen_en_intrekken | werkloosheid                     | KM-A04, KM-04                 |
      | 2019-03-01 | 5000 | ja       | 2018-12-01 | nee      | voorwaarden_vervuld   | leeg                             | KM-07                         |
      | 2019-03-01 | 5000 | nee      | leeg       | ja       | afwijzen_en_intrekken | bijstandsuitkering               | KM-A05, KM-04                 |

  Scenario: Verlenging zonder opgave van werkloosheid: geen besluit
    Gegeven de aanvraag:
      | veld                           | waarde     |
      | toets                          | verlenging |
      | bijstandsuitkering_aangevraagd | nee        |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "werkloos, datum_ontbinding_arbeidsovereenkomst"

  Scenario: Bij de eerste verlening tellen werkloosheid en bijstand niet
    Gegeven de aanvraag:
      | veld                                 | waarde     |
      | werkloos                             | ja         |
      | datum_ontbinding_arbeidsovereenkomst | 2023-06-01 |
      | bijstandsuitkering_aangevraagd       | ja         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "voorwaarden_vervuld"
    En is regel "KM-A04, KM-A05, KM-04" niet toegepast

  Abstract Scenario: Zoekperiode van drie maanden vanaf de dag van ontbinding; intrekken per datum einde zoekperiode
    Gegeven de aanvraag:
      | veld                                 | waarde       |
      | toets                                | zoekperiode  |
      | toetsdatum                           | <toetsdatum> |
      | datum_ontbinding_arbeidsovereenkomst | <ontbinding> |
      | nieuwe_functie_gevonden              | <gevonden>   |
      | datum_nieuwe_functie                 | <functie>    |
      | nieuwe_functie_voldoet               | <voldoet>    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "einde_zoekperiode_datum" gelijk aan "<einde>"
    En is "intrekkingsdatum" gelijk aan "<intrekking>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | toetsdatum | ontbinding | gevonden | functie    | voldoet | besluit           | einde      | intrekking | regels        |
      | 2024-06-14 | 2024-03-15 | nee      | leeg       | leeg    | zoekperiode_loopt | 2024-06-14 | leeg       | KM-Z02, KM-01 |
      | 2024-06-15 | 2024-03-15 | nee      | leeg       | leeg    | intrekken         | 2024-06-14 | 2024-06-14 | KM-Z03, KM-01 |
      | 2024-07-01 | 2024-03-15 | ja       | 2024-06-14 | ja      | niet_intrekken    | 2024-06-14 | leeg       | KM-Z01, KM-01 |
      | 2024-07-01 | 2024-03-15 | ja       | 2024-06-15 | ja      | intrekken         | 2024-06-14 | 2024-06-14 | KM-Z03, KM-01 |
      | 2024-07-01 | 2024-03-15 | ja       | 2024-05-01 | nee     | intrekken         | 2024-06-14 | 2024-06-14 | KM-Z03, KM-01 |
      | 2024-06-01 | 2024-03-15 | ja       | 2024-05-01 | nee     | zoekperiode_loopt | 2024-06-14 | leeg       | KM-Z02, KM-01 |
      | 2024-06-01 | 2024-03-15 | ja       | 2024-05-01 | ja      | niet_intrekken    | 2024-06-14 | leeg       | KM-Z01, KM-01 |
      | 2025-03-01 | 2024-11-30 | nee      | leeg       | leeg    | intrekken         | 2025-02-28 | 2025-02-28 | KM-Z03, KM-01 |
      | 2025-02-28 | 2024-11-30 | nee      | leeg       | leeg    | zoekperiode_loopt | 2025-02-28 | leeg       | KM-Z02, KM-01 |
      | 2019-06-14 | 2019-03-15 | nee      | leeg       | leeg    | zoekperiode_loopt | 2019-06-14 | leeg       | KM-Z02, KM-01 |
      | 2019-06-15 | 2019-03-15 | nee      | leeg       | leeg    | intrekken         | 2019-06-14 | 2019-06-14 | KM-Z03, KM-01 |
      | 2019-07-01 | 2019-03-15 | ja       | 2019-06-14 | ja      | niet_intrekken    | 2019-06-14 | leeg       | KM-Z01, KM-01 |

  Abstract Scenario: De zoekperiode van drie maanden telt de dag van ontbinding mee: ontbonden op 15 maart, laatste dag 14 juni (zoals bij de Europese blauwe kaart)
    Gegeven de aanvraag:
      | veld                                 | waarde       |
      | toets                                | zoekperiode  |
      | toetsdatum                           | <toetsdatum> |
      | datum_ontbinding_arbeidsovereenkomst | <ontbinding> |
      | nieuwe_functie_gevonden              | <gevonden>   |
      | datum_nieuwe_functie                 | <functie>    |
      | nieuwe_functie_voldoet               | <voldoet>    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "einde_zoekperiode_datum" gelijk aan "<einde>"
    En is "intrekkingsdatum" gelijk aan "<intrekking>"

    Voorbeelden:
      | toetsdatum | ontbinding | gevonden | functie    | voldoet | besluit           | einde      | intrekking |
      | 2024-06-14 | 2024-03-15 | nee      | leeg       | leeg    | zoekperiode_loopt | 2024-06-14 | leeg       |
      | 2024-06-15 | 2024-03-15 | nee      | leeg       | leeg    | intrekken         | 2024-06-14 | 2024-06-14 |
      | 2024-07-01 | 2024-03-15 | ja       | 2024-06-14 | ja      | niet_intrekken    | 2024-06-14 | leeg       |
      | 2024-07-01 | 2024-03-15 | ja       | 2024-06-15 | ja      | intrekken         | 2024-06-14 | 2024-06-14 |
      | 2024-06-01 | 2024-03-01 | nee      | leeg       | leeg    | intrekken         | 2024-05-31 | 2024-05-31 |
      | 2019-06-15 | 2019-03-15 | nee      | leeg       | leeg    | intrekken         | 2019-06-14 | 2019-06-14 |

  Scenario: Vanaf 2022 noemt de afwijzing van een verlenging op het looncriterium ook B6/5.1 (de regels over de verlenging)
    Gegeven de aanvraag:
      | veld                                | waarde     |
      | toets                               | verlenging |
      | bruto_maandloon                     | 4600       |
      | datum_verblijf_kennismigrant        | 2020-01-01 |
      | zelfde_werkgever                    | ja         |
      | eerste_verlening_verlaagd_criterium | nee        |
      | werkloos                            | nee        |
      | bijstandsuitkering_aangevraagd      | nee        |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En is regel "KM-L11, KM-A01, KM-05" toegepast
    En noemt de motivering "en het loon niet voldoet aan het looncriterium (Vc 2000 B6/2.3; Vc 2000 B6/5.1; Vb 2000 art. 3.30a eerste lid)"

  Scenario: De motivering van een intrekking noemt het einde van de zoekperiode
    Gegeven de aanvraag:
      | veld                                 | waarde      |
      | toets                                | zoekperiode |
      | toetsdatum                           | 2024-06-16  |
      | datum_ontbinding_arbeidsovereenkomst | 2024-03-15  |
      | nieuwe_functie_gevonden              | nee         |
    Als de beslissing wordt genomen
    Dan luidt de motivering:
      """
      De verblijfsvergunning wordt ingetrokken per 14 juni 2024 omdat de zoekperiode, die liep tot en met 14 juni 2024, is verstreken zonder dat de vreemdeling binnen die periode een nieuwe functie als kennismigrant vond die aan alle voorwaarden voldoet (Vc 2000 B6/2.3).
      """

  Scenario: Zoekperiode: zonder opgave of er een nieuwe functie is gevonden geen besluit
    Gegeven de aanvraag:
      | veld                                 | waarde      |
      | toets                                | zoekperiode |
      | toetsdatum                           | 2024-06-01  |
      | datum_ontbinding_arbeidsovereenkomst | 2024-03-15  |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "nieuwe_functie_gevonden, datum_nieuwe_functie, nieuwe_functie_voldoet"
    En is "besluit" gelijk aan "leeg"
    En is "einde_zoekperiode_datum" gelijk aan "2024-06-14"

  Abstract Scenario: Datums die niet samen kunnen worden geweigerd en noemen beide velden
    Gegeven de aanvraag:
      | veld   | waarde    |
      | <veld1> | <waarde1> |
      | <veld2> | <waarde2> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld1>"
    En noemt de fout het veld "<veld2>"

    Voorbeelden:
      | veld1                                | waarde1    | veld2                        | waarde2    |
      | geboortedatum                        | 2024-03-02 | toetsdatum                   | 2024-03-01 |
      | datum_verblijf_kennismigrant         | 1989-01-09 | geboortedatum                | 1989-01-10 |
      | datum_verblijf_kennismigrant         | 2024-03-02 | toetsdatum                   | 2024-03-01 |
      | datum_ontbinding_arbeidsovereenkomst | 2024-03-02 | toetsdatum                   | 2024-03-01 |
      | datum_nieuwe_functie                 | 2023-12-31 | datum_ontbinding_arbeidsovereenkomst | 2024-01-01 |

  Abstract Scenario: Ongeldige feiten worden geweigerd
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | veld                                     | waarde     |
      | toets                                    | ontslag    |
      | categorie                                | promovendus |
      | oordeel_szw                              | ja         |
      | bruto_maandloon                          | -1         |
      | onkostenvergoedingen_toeslagen_per_maand | -0.01      |
      | big_registratie                          | misschien  |
