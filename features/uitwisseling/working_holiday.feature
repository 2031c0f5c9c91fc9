# language: nl
Functionaliteit: Working Holiday Scheme / Working Holiday Programme (Vc B2/2.1)
  Jongeren uit de negen programmalanden mogen eenmalig ten hoogste een jaar in Nederland verblijven
  (Vc B2/2.1, tekst WBV 2021/22, 003:L1245-1319; De Staat van Migratie 2024, 004:L1234).
  Volgorde: eerst of de regeling van toepassing is (programmaland, vanaf de startdatum van het programma),
  dan de voorwaarden voor het in behandeling nemen (indieningsplaats, pre-registratie), dan alle
  afwijzingsgronden, anders inwilligen voor twaalf maanden.

  Achtergrond:
    Gegeven de tabel "uitwisseling/working_holiday"
    En de aanvraag:
      | veld                        | waarde     |
      | nationaliteit               | AU         |
      | geboortedatum               | 2000-06-15 |
      | aanvraagdatum               | 2024-05-01 |
      | indieningsplaats            | ind_loket  |
      | retourticket_of_middelen    | ja         |
      | eerder_uitwisseling_nl      | nee        |
      | ten_laste_algemene_middelen | nee        |

  Abstract Scenario: Alleen de negen programmalanden vallen onder de regeling, elk vanaf de startdatum van zijn programma
    Gegeven de aanvraag:
      | veld                      | waarde             |
      | nationaliteit             | <nationaliteit>    |
      | geboortedatum             | <geboortedatum>    |
      | aanvraagdatum             | <aanvraagdatum>    |
      | indieningsplaats          | <indieningsplaats> |
      | preregistratie_volgnummer | <volgnummer>       |
      | preregistratie_datum      | <preregistratie>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "leeg"
    En is "geldigheidsduur_maanden" gelijk aan "<duur>"
    En is regel "<regels>" toegepast

    Voorbeelden: landen zonder programma
      | nationaliteit | geboortedatum | aanvraagdatum | indieningsplaats            | volgnummer | preregistratie | besluit             | duur | regels        |
      | US            | 2000-06-15    | 2024-05-01    | ind_loket                   | leeg       | leeg           | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | NL            | 2000-06-15    | 2024-05-01    | ind_loket                   | leeg       | leeg           | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | GB            | 2000-06-15    | 2024-05-01    | anders                      | leeg       | leeg           | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | BR            | 2000-06-15    | 2024-05-01    | ambassade_buenos_aires      | leeg       | leeg           | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | CN            | 2000-06-15    | 2024-05-01    | consulaat_generaal_hongkong | leeg       | leeg           | niet_van_toepassing | leeg | WH-R09, WH-01 |

    Voorbeelden: Australie, Canada en Nieuw-Zeeland hebben geen startdatum in de bronnen en gelden ook voor 2022
      | nationaliteit | geboortedatum | aanvraagdatum | indieningsplaats | volgnummer | preregistratie | besluit    | duur | regels        |
      | AU            | 2000-06-15    | 2024-05-01    | ind_loket        | leeg       | leeg           | inwilligen | 12   | WH-R01, WH-04 |
      | CA            | 2000-06-15    | 2024-05-01    | ind_loket        | leeg       | leeg           | inwilligen | 12   | WH-R01, WH-04 |
      | NZ            | 2000-06-15    | 2024-05-01    | ind_loket        | leeg       | leeg           | inwilligen | 12   | WH-R01, WH-04 |
      | AU            | 1990-06-15    | 2012-03-01    | ind_loket        | leeg       | leeg           | inwilligen | 12   | WH-R01, WH-04 |
      | CA            | 1995-06-15    | 2021-12-31    | ind_loket        | leeg       | leeg           | inwilligen | 12   | WH-R01, WH-04 |
      | CA            | 1995-06-15    | 2022-01-01    | ind_loket        | leeg       | leeg           | inwilligen | 12   | WH-R01, WH-04 |
      | NZ            | 1995-06-15    | 2022-01-02    | ind_loket        | leeg       | leeg           | inwilligen | 12   | WH-R01, WH-04 |

    Voorbeelden: Hongkong vanaf 1 januari 2019
      | nationaliteit | geboortedatum | aanvraagdatum | indieningsplaats            | volgnummer | preregistratie | besluit             | duur | regels        |
      | HK            | 1995-06-15    | 2018-12-31    | consulaat_generaal_hongkong | leeg       | leeg           | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | HK            | 1995-06-15    | 2019-01-01    | consulaat_generaal_hongkong | leeg       | leeg           | inwilligen          | 12   | WH-R02, WH-04 |
      | HK            | 1995-06-15    | 2019-01-02    | consulaat_generaal_hongkong | leeg       | leeg           | inwilligen          | 12   | WH-R02, WH-04 |

    Voorbeelden: Zuid-Korea vanaf de voortzetting op 1 oktober 2018
      | nationaliteit | geboortedatum | aanvraagdatum | indieningsplaats | volgnummer | preregistratie | besluit             | duur | regels        |
      | KR            | 1995-06-15    | 2018-09-30    | ind_loket        | KR-0001    | 2018-09-01     | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | KR            | 1995-06-15    | 2018-10-01    | ind_loket        | KR-0001    | 2018-09-01     | inwilligen          | 12   | WH-R03, WH-04 |
      | KR            | 1995-06-15    | 2018-10-02    | ind_loket        | KR-0001    | 2018-09-01     | inwilligen          | 12   | WH-R03, WH-04 |

    Voorbeelden: Argentinie vanaf 1 juli 2017
      | nationaliteit | geboortedatum | aanvraagdatum | indieningsplaats       | volgnummer | preregistratie | besluit             | duur | regels        |
      | AR            | 1995-06-15    | 2017-06-30    | ambassade_buenos_aires | leeg       | leeg           | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | AR            | 1995-06-15    | 2017-07-01    | ambassade_buenos_aires | leeg       | leeg           | inwilligen          | 12   | WH-R04, WH-04 |
      | AR            | 1995-06-15    | 2017-07-02    | ambassade_buenos_aires | leeg       | leeg           | inwilligen          | 12   | WH-R04, WH-04 |

    Voorbeelden: Japan, Taiwan en Uruguay vanaf 1 april 2020
      | nationaliteit | geboortedatum | aanvraagdatum | indieningsplaats       | volgnummer | preregistratie | besluit             | duur | regels        |
      | JP            | 1995-06-15    | 2020-03-31    | ind_loket              | JP-0001    | 2020-03-01     | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | JP            | 1995-06-15    | 2020-04-01    | ind_loket              | JP-0001    | 2020-03-01     | inwilligen          | 12   | WH-R05, WH-04 |
      | JP            | 1995-06-15    | 2020-04-02    | ind_loket              | JP-0001    | 2020-03-01     | inwilligen          | 12   | WH-R05, WH-04 |
      | TW            | 1995-06-15    | 2020-03-31    | ntio_taipei            | leeg       | leeg           | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | TW            | 1995-06-15    | 2020-04-01    | ntio_taipei            | leeg       | leeg           | inwilligen          | 12   | WH-R06, WH-04 |
      | TW            | 1995-06-15    | 2020-04-02    | ntio_taipei            | leeg       | leeg           | inwilligen          | 12   | WH-R06, WH-04 |
      | UY            | 1995-06-15    | 2020-03-31    | ambassade_buenos_aires | leeg       | leeg           | niet_van_toepassing | leeg | WH-R09, WH-01 |
      | UY            | 1995-06-15    | 2020-04-01    | ambassade_buenos_aires | leeg       | leeg           | inwilligen          | 12   | WH-R07, WH-04 |
      | UY            | 1995-06-15    | 2020-04-02    | ambassade_buenos_aires | leeg       | leeg           | inwilligen          | 12   | WH-R07, WH-04 |

  Abstract Scenario: Leeftijd in voltooide jaren op de aanvraagdatum: 18 tot en met 30 (de 31e verjaardag is "ouder dan 30")
    Gegeven de aanvraag:
      | veld                      | waarde             |
      | nationaliteit             | <nationaliteit>    |
      | geboortedatum             | <geboortedatum>    |
      | aanvraagdatum             | <aanvraagdatum>    |
      | indieningsplaats          | <indieningsplaats> |
      | preregistratie_volgnummer | <volgnummer>       |
      | preregistratie_datum      | <preregistratie>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regel>" toegepast

    Voorbeelden: paragraaf 2.1.1 (Australie, Canada, Nieuw-Zeeland)
      | nationaliteit | geboortedatum | aanvraagdatum | indieningsplaats | volgnummer | preregistratie | besluit    | gronden  | regel  |
      | AU            | 2006-05-01    | 2024-04-30    | ind_loket        | leeg       | leeg           | afwijzen   | leeftijd | WH-A01 |
      | AU            | 2006-05-01    | 2024-05-01    | ind_loket        | leeg       | leeg           | inwilligen | leeg     | WH-04  |
      | AU            | 2006-05-01    | 2024-05-02    | ind_loket        | leeg       | leeg           | inwilligen | leeg     | WH-04  |
      | CA            | 1993-05-01    | 2024-04-30    | ind_loket        | leeg       | leeg           | inwilligen | leeg     | WH-04  |
      | CA            | 1993-05-01    | 2024-05-01    | ind_loket        | leeg       | leeg           | afwijzen   | leeftijd | WH-A02 |
      | CA            | 1993-05-01    | 2024-05-02    | ind_loket        | leeg       | leeg           | afwijzen   | leeftijd | WH-A02 |
      | NZ            | 2010-01-01    | 2024-05-01    | ind_loket        | leeg       | leeg           | afwijzen   | leeftijd | WH-A01 |
      | NZ            | 1960-01-01    | 2024-05-01    | ind_loket        | leeg       | leeg           | afwijzen   | leeftijd | WH-A02 |

    Voorbeelden: paragraaf 2.1.2 (Argentinie, Hongkong, Zuid-Korea, Japan, Taiwan, Uruguay)
      | nationaliteit | geboortedatum | aanvraagdatum | indieningsplaats            | volgnummer | preregistratie | besluit    | gronden  | regel  |
      | HK            | 2006-05-01    | 2024-04-30    | consulaat_generaal_hongkong | leeg       | leeg           | afwijzen   | leeftijd | WH-A11 |
      | HK            | 2006-05-01    | 2024-05-01    | consulaat_generaal_hongkong | leeg       | leeg           | inwilligen | leeg     | WH-04  |
      | HK            | 2006-05-01    | 2024-05-02    | consulaat_generaal_hongkong | leeg       | leeg           | inwilligen | leeg     | WH-04  |
      | JP            | 1993-05-01    | 2024-04-30    | ind_loket                   | JP-0042    | 2024-04-01     | inwilligen | leeg     | WH-04  |
      | JP            | 1993-05-01    | 2024-05-01    | ind_loket                   | JP-0042    | 2024-04-01     | afwijzen   | leeftijd | WH-A12 |
      | JP            | 1993-05-01    | 2024-05-02    | ind_loket                   | JP-0042    | 2024-04-01     | afwijzen   | leeftijd | WH-A12 |
      | KR            | 2006-05-01    | 2024-04-30    | ind_loket                   | KR-0042    | 2024-04-01     | afwijzen   | leeftijd | WH-A11 |
      | KR            | 1993-05-01    | 2024-05-01    | ind_loket                   | KR-0042    | 2024-04-01     | afwijzen   | leeftijd | WH-A12 |
      | AR            | 1993-05-01    | 2024-05-01    | ambassade_buenos_aires      | leeg       | leeg           | afwijzen   | leeftijd | WH-A12 |
      | TW            | 2006-05-01    | 2024-04-30    | ntio_taipei                 | leeg       | leeg           | afwijzen   | leeftijd | WH-A11 |
      | UY            | 1993-05-01    | 2024-04-30    | ambassade_buenos_aires      | leeg       | leeg           | inwilligen | leeg     | WH-04  |
      | UY            | 1993-05-01    | 2024-05-01    | ambassade_buenos_aires      | leeg       | leeg           | afwijzen   | leeftijd | WH-A12 |

  Abstract Scenario: Retourticket, eerdere uitwisseling en algemene middelen zijn elk een afwijzingsgrond
    Gegeven de aanvraag:
      | veld                        | waarde             |
      | nationaliteit               | <nationaliteit>    |
      | indieningsplaats            | <indieningsplaats> |
      | preregistratie_volgnummer   | <volgnummer>       |
      | preregistratie_datum        | <preregistratie>   |
      | retourticket_of_middelen    | <retourticket>     |
      | eerder_uitwisseling_nl      | <eerder>           |
      | ten_laste_algemene_middelen | <algemeen>         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "geldigheidsduur_maanden" gelijk aan "leeg"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | nationaliteit | indieningsplaats            | volgnummer | preregistratie | retourticket | eerder | algemeen | besluit  | gronden              | regel  |
      | AU            | ind_loket                   | leeg       | leeg           | nee          | nee    | nee      | afwijzen | retourticket         | WH-A03 |
      | CA            | ind_loket                   | leeg       | leeg           | ja           | ja     | nee      | afwijzen | eerdere_uitwisseling | WH-A04 |
      | NZ            | ind_loket                   | leeg       | leeg           | ja           | nee    | ja       | afwijzen | algemene_middelen    | WH-A05 |
      | HK            | consulaat_generaal_hongkong | leeg       | leeg           | nee          | nee    | nee      | afwijzen | retourticket         | WH-A13 |
      | KR            | ind_loket                   | KR-0042    | 2024-04-01     | nee          | nee    | nee      | afwijzen | retourticket         | WH-A13 |
      | AR            | ambassade_buenos_aires      | leeg       | leeg           | ja           | ja     | nee      | afwijzen | eerdere_uitwisseling | WH-A14 |
      | JP            | ind_loket                   | JP-0042    | 2024-04-01     | ja           | ja     | nee      | afwijzen | eerdere_uitwisseling | WH-A14 |
      | TW            | ntio_taipei                 | leeg       | leeg           | ja           | nee    | ja       | afwijzen | algemene_middelen    | WH-A15 |
      | UY            | ambassade_buenos_aires      | leeg       | leeg           | ja           | nee    | ja       | afwijzen | algemene_middelen    | WH-A15 |

  Abstract Scenario: Het quotum telt de inwilligingen van het jaar; Australie, Canada en Nieuw-Zeeland hebben geen quotum
    Gegeven de aanvraag:
      | veld                      | waarde             |
      | nationaliteit             | <nationaliteit>    |
      | aanvraagdatum             | <aanvraagdatum>    |
      | indieningsplaats          | <indieningsplaats> |
      | preregistratie_volgnummer | <volgnummer>       |
      | preregistratie_datum      | <preregistratie>   |
      | verleend_dit_jaar         | <verleend>         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regel>" toegepast

    Voorbeelden: quotum 100 voor Argentinie, Hongkong, Taiwan en Uruguay
      | nationaliteit | aanvraagdatum | indieningsplaats            | volgnummer | preregistratie | verleend | besluit    | gronden | regel  |
      | AR            | 2024-05-01    | ambassade_buenos_aires      | leeg       | leeg           | 0        | inwilligen | leeg    | WH-04  |
      | AR            | 2024-05-01    | ambassade_buenos_aires      | leeg       | leeg           | 99       | inwilligen | leeg    | WH-04  |
      | AR            | 2024-05-01    | ambassade_buenos_aires      | leeg       | leeg           | 100      | afwijzen   | quotum  | WH-A16 |
      | AR            | 2024-05-01    | ambassade_buenos_aires      | leeg       | leeg           | 101      | afwijzen   | quotum  | WH-A16 |
      | HK            | 2024-05-01    | consulaat_generaal_hongkong | leeg       | leeg           | 99       | inwilligen | leeg    | WH-04  |
      | HK            | 2024-05-01    | consulaat_generaal_hongkong | leeg       | leeg           | 100      | afwijzen   | quotum  | WH-A16 |
      | TW            | 2024-05-01    | ntio_taipei                 | leeg       | leeg           | 99       | inwilligen | leeg    | WH-04  |
      | TW            | 2024-05-01    | ntio_taipei                 | leeg       | leeg           | 100      | afwijzen   | quotum  | WH-A16 |
      | UY            | 2024-05-01    | ambassade_buenos_aires      | leeg       | leeg           | 99       | inwilligen | leeg    | WH-04  |
      | UY            | 2024-05-01    | ambassade_buenos_aires      | leeg       | leeg           | 100      | afwijzen   | quotum  | WH-A16 |

    Voorbeelden: quotum 200 voor Japan
      | nationaliteit | aanvraagdatum | indieningsplaats | volgnummer | preregistratie | verleend | besluit    | gronden | regel  |
      | JP            | 2024-05-01    | ind_loket        | JP-0042    | 2024-04-01     | 100      | inwilligen | leeg    | WH-04  |
      | JP            | 2024-05-01    | ind_loket        | JP-0042    | 2024-04-01     | 199      | inwilligen | leeg    | WH-04  |
      | JP            | 2024-05-01    | ind_loket        | JP-0042    | 2024-04-01     | 200      | afwijzen   | quotum  | WH-A16 |
      | JP            | 2020-04-01    | ind_loket        | JP-0042    | 2020-03-01     | 200      | afwijzen   | quotum  | WH-A16 |

    Voorbeelden: Zuid-Korea 100 volgens de Vc 2021, 200 vanaf 1 januari 2024 (aanname over de ingangsdatum)
      | nationaliteit | aanvraagdatum | indieningsplaats | volgnummer | preregistratie | verleend | besluit    | gronden | regel  |
      | KR            | 2023-12-31    | ind_loket        | KR-0042    | 2023-12-01     | 99       | inwilligen | leeg    | WH-04  |
      | KR            | 2023-12-31    | ind_loket        | KR-0042    | 2023-12-01     | 100      | afwijzen   | quotum  | WH-A16 |
      | KR            | 2024-01-01    | ind_loket        | KR-0042    | 2023-12-01     | 100      | inwilligen | leeg    | WH-04  |
      | KR            | 2024-01-01    | ind_loket        | KR-0042    | 2023-12-01     | 199      | inwilligen | leeg    | WH-04  |
      | KR            | 2024-01-01    | ind_loket        | KR-0042    | 2023-12-01     | 200      | afwijzen   | quotum  | WH-A16 |
      | KR            | 2024-01-02    | ind_loket        | KR-0042    | 2023-12-01     | 200      | afwijzen   | quotum  | WH-A16 |
      | KR            | 2018-10-01    | ind_loket        | KR-0001    | 2018-09-01     | 100      | afwijzen   | quotum  | WH-A16 |

    Voorbeelden: geen quotum voor Australie, Canada en Nieuw-Zeeland
      | nationaliteit | aanvraagdatum | indieningsplaats | volgnummer | preregistratie | verleend | besluit    | gronden | regel |
      | AU            | 2024-05-01    | ind_loket        | leeg       | leeg           | 100      | inwilligen | leeg    | WH-04 |
      | CA            | 2024-05-01    | ind_loket        | leeg       | leeg           | 200      | inwilligen | leeg    | WH-04 |
      | NZ            | 2024-05-01    | ind_loket        | leeg       | leeg           | 5000     | inwilligen | leeg    | WH-04 |

  Abstract Scenario: Een aanvraag op de verkeerde plaats wordt niet in behandeling genomen
    Gegeven de aanvraag:
      | veld                      | waarde             |
      | nationaliteit             | <nationaliteit>    |
      | indieningsplaats          | <indieningsplaats> |
      | preregistratie_volgnummer | <volgnummer>       |
      | preregistratie_datum      | <preregistratie>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regel>" toegepast

    Voorbeelden: alleen bij de aangewezen post (Hongkong, Argentinie, Taiwan, Uruguay)
      | nationaliteit | indieningsplaats            | volgnummer | preregistratie | besluit            | gronden          | regel         |
      | HK            | consulaat_generaal_hongkong | leeg       | leeg           | inwilligen         | leeg             | WH-04         |
      | HK            | ind_loket                   | leeg       | leeg           | buiten_behandeling | indieningsplaats | WH-B01, WH-02 |
      | HK            | anders                      | leeg       | leeg           | buiten_behandeling | indieningsplaats | WH-B01, WH-02 |
      | HK            | ambassade_buenos_aires      | leeg       | leeg           | buiten_behandeling | indieningsplaats | WH-B01, WH-02 |
      | AR            | ambassade_buenos_aires      | leeg       | leeg           | inwilligen         | leeg             | WH-04         |
      | AR            | ind_loket                   | leeg       | leeg           | buiten_behandeling | indieningsplaats | WH-B02, WH-02 |
      | AR            | ntio_taipei                 | leeg       | leeg           | buiten_behandeling | indieningsplaats | WH-B02, WH-02 |
      | TW            | ntio_taipei                 | leeg       | leeg           | inwilligen         | leeg             | WH-04         |
      | TW            | ind_loket                   | leeg       | leeg           | buiten_behandeling | indieningsplaats | WH-B03, WH-02 |
      | TW            | consulaat_generaal_hongkong | leeg       | leeg           | buiten_behandeling | indieningsplaats | WH-B03, WH-02 |
      | UY            | ambassade_buenos_aires      | leeg       | leeg           | inwilligen         | leeg             | WH-04         |
      | UY            | ind_loket                   | leeg       | leeg           | buiten_behandeling | indieningsplaats | WH-B04, WH-02 |
      | UY            | anders                      | leeg       | leeg           | buiten_behandeling | indieningsplaats | WH-B04, WH-02 |

    Voorbeelden: "kan worden ingediend bij een IND-loket" sluit andere plaatsen niet uit
      | nationaliteit | indieningsplaats       | volgnummer | preregistratie | besluit    | gronden | regel |
      | AU            | anders                 | leeg       | leeg           | inwilligen | leeg    | WH-04 |
      | CA            | ambassade_buenos_aires | leeg       | leeg           | inwilligen | leeg    | WH-04 |
      | NZ            | anders                 | leeg       | leeg           | inwilligen | leeg    | WH-04 |
      | KR            | anders                 | KR-0042    | 2024-04-01     | inwilligen | leeg    | WH-04 |
      | JP            | anders                 | JP-0042    | 2024-04-01     | inwilligen | leeg    | WH-04 |

  Abstract Scenario: Zuid-Korea en Japan: pre-registratie met volgnummer, aanvraag binnen 90 dagen na afgifte
    Gegeven de aanvraag:
      | veld                      | waarde          |
      | nationaliteit             | <nationaliteit> |
      | aanvraagdatum             | 2024-05-01      |
      | preregistratie_volgnummer | <volgnummer>    |
      | preregistratie_datum      | <afgifte>       |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | nationaliteit | volgnummer | afgifte    | besluit            | gronden        | regel         |
      | KR            | leeg       | leeg       | buiten_behandeling | preregistratie | WH-B05, WH-02 |
      | JP            | leeg       | leeg       | buiten_behandeling | preregistratie | WH-B05, WH-02 |
      | KR            | leeg       | 2024-04-01 | buiten_behandeling | preregistratie | WH-B05, WH-02 |
      | JP            | leeg       | 2024-04-01 | buiten_behandeling | preregistratie | WH-B05, WH-02 |
      | KR            | KR-0042    | leeg       | buiten_behandeling | preregistratie | WH-B06, WH-02 |
      | JP            | JP-0042    | leeg       | buiten_behandeling | preregistratie | WH-B06, WH-02 |
      | KR            | KR-0042    | 2024-05-02 | buiten_behandeling | preregistratie | WH-B08, WH-02 |
      | JP            | JP-0042    | 2024-06-01 | buiten_behandeling | preregistratie | WH-B08, WH-02 |
      | KR            | KR-0042    | 2024-05-01 | inwilligen         | leeg           | WH-04         |
      | JP            | JP-0042    | 2024-05-01 | inwilligen         | leeg           | WH-04         |
      | KR            | KR-0042    | 2024-02-02 | inwilligen         | leeg           | WH-04         |
      | KR            | KR-0042    | 2024-02-01 | inwilligen         | leeg           | WH-04         |
      | KR            | KR-0042    | 2024-01-31 | buiten_behandeling | preregistratie | WH-B07, WH-02 |
      | JP            | JP-0042    | 2024-02-02 | inwilligen         | leeg           | WH-04         |
      | JP            | JP-0042    | 2024-02-01 | inwilligen         | leeg           | WH-04         |
      | JP            | JP-0042    | 2024-01-31 | buiten_behandeling | preregistratie | WH-B07, WH-02 |
      | JP            | JP-0042    | 2023-05-01 | buiten_behandeling | preregistratie | WH-B07, WH-02 |
      | AU            | leeg       | leeg       | inwilligen         | leeg           | WH-04         |
      | HK            | leeg       | leeg       | buiten_behandeling | indieningsplaats | WH-B01, WH-02 |

  Abstract Scenario: Alle afwijzingsgronden worden genoemd; een voorwaarde voor behandeling gaat voor
    Gegeven de aanvraag:
      | veld                        | waarde             |
      | nationaliteit               | <nationaliteit>    |
      | geboortedatum               | <geboortedatum>    |
      | indieningsplaats            | <indieningsplaats> |
      | preregistratie_volgnummer   | <volgnummer>       |
      | preregistratie_datum        | <preregistratie>   |
      | retourticket_of_middelen    | <retourticket>     |
      | eerder_uitwisseling_nl      | <eerder>           |
      | ten_laste_algemene_middelen | <algemeen>         |
      | verleend_dit_jaar           | <verleend>         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is regel "<niet_toegepast>" niet toegepast

    Voorbeelden:
      | nationaliteit | geboortedatum | indieningsplaats            | volgnummer | preregistratie | retourticket | eerder | algemeen | verleend | besluit            | gronden                                                             | regels                                        | niet_toegepast |
      | HK            | 1990-01-01    | consulaat_generaal_hongkong | leeg       | leeg           | nee          | ja     | ja       | 100      | afwijzen           | leeftijd, retourticket, eerdere_uitwisseling, algemene_middelen, quotum | WH-A12, WH-A13, WH-A14, WH-A15, WH-A16, WH-03 | WH-04          |
      | AU            | 2010-01-01    | ind_loket                   | leeg       | leeg           | nee          | ja     | ja       | 100      | afwijzen           | leeftijd, retourticket, eerdere_uitwisseling, algemene_middelen     | WH-A01, WH-A03, WH-A04, WH-A05, WH-03         | WH-A16         |
      | HK            | 2010-01-01    | ind_loket                   | leeg       | leeg           | nee          | ja     | ja       | 100      | buiten_behandeling | indieningsplaats                                                    | WH-B01, WH-02                                 | WH-03          |
      | KR            | 1990-01-01    | ind_loket                   | KR-0042    | 2024-01-31     | ja           | ja     | nee      | 0        | buiten_behandeling | preregistratie                                                      | WH-B07, WH-02                                 | WH-03          |
      | US            | 2010-01-01    | anders                      | leeg       | leeg           | nee          | ja     | ja       | 0        | niet_van_toepassing | leeg                                                               | WH-R09, WH-01                                 | WH-03          |

  Abstract Scenario: De demonstratie uit het issue: 17 jaar, 31 jaar, Korea op dag 91, Hongkong aan het IND-loket, een Amerikaan
    Gegeven de aanvraag:
      | veld                      | waarde             |
      | nationaliteit             | <nationaliteit>    |
      | geboortedatum             | <geboortedatum>    |
      | indieningsplaats          | <indieningsplaats> |
      | preregistratie_volgnummer | <volgnummer>       |
      | preregistratie_datum      | <preregistratie>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"

    Voorbeelden:
      | nationaliteit | geboortedatum | indieningsplaats | volgnummer | preregistratie | besluit             | gronden          |
      | CA            | 2006-09-01    | ind_loket        | leeg       | leeg           | afwijzen            | leeftijd         |
      | NZ            | 1992-09-01    | ind_loket        | leeg       | leeg           | afwijzen            | leeftijd         |
      | KR            | 1999-09-01    | ind_loket        | KR-0091    | 2024-01-31     | buiten_behandeling  | preregistratie   |
      | HK            | 1999-09-01    | ind_loket        | leeg       | leeg           | buiten_behandeling  | indieningsplaats |
      | US            | 1999-09-01    | ind_loket        | leeg       | leeg           | niet_van_toepassing | leeg             |

  Abstract Scenario: Ongeldige feiten worden geweigerd
    Gegeven de aanvraag:
      | veld    | waarde   |
      | <veld>  | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | veld                     | waarde     |
      | nationaliteit            | XX         |
      | nationaliteit            | NLD        |
      | indieningsplaats         | postbus    |
      | aanvraagdatum            | leeg       |
      | retourticket_of_middelen | misschien  |
      | verleend_dit_jaar        | -1         |

  Scenario: De motivering van een afwijzing noemt de leeftijd, de grens en de vindplaats
    Gegeven de aanvraag:
      | veld          | waarde     |
      | geboortedatum | 1993-05-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En luidt de motivering:
      """
      De aanvraag wordt afgewezen omdat de aanvrager op de aanvraagdatum 31 jaar is en de Working Holiday-regeling geldt tot en met 30 jaar (Vc 2000 B2/2.1.1).
      """

  Scenario: De motivering noemt elke afwijzingsgrond, verbonden met "en"
    Gegeven de aanvraag:
      | veld                     | waarde     |
      | geboortedatum            | 1993-05-01 |
      | retourticket_of_middelen | nee        |
    Als de beslissing wordt genomen
    Dan bevat "gronden" precies "leeftijd, retourticket"
    En luidt de motivering:
      """
      De aanvraag wordt afgewezen omdat de aanvrager op de aanvraagdatum 31 jaar is en de Working Holiday-regeling geldt tot en met 30 jaar (Vc 2000 B2/2.1.1) en de aanvrager geen retourticket heeft en ook niet de middelen om er een te kopen (Vc 2000 B2/2.1.1).
      """

  Scenario: De motivering van een inwilliging noemt de regeling en de duur van de vergunning
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"
    En luidt de motivering:
      """
      De aanvraag wordt ingewilligd omdat de aanvrager de nationaliteit AU heeft, waarvoor de Working Holiday-regeling geldt, en geen afwijzingsgrond van toepassing is (Vc 2000 B2/2.1).
      De verblijfsvergunning wordt verleend voor ten hoogste 12 maanden.
      """

  Scenario: De motivering van een aanvraag die niet onder de regeling valt, noemt de datum in woorden
    Gegeven de aanvraag:
      | veld          | waarde |
      | nationaliteit | US     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "niet_van_toepassing"
    En noemt de motivering "op de aanvraagdatum 1 mei 2024 niet geldt voor de nationaliteit US (Vc 2000 B2/2.1)"

  Scenario: De motivering van een aanvraag die niet in behandeling wordt genomen, noemt het aantal dagen
    Gegeven de aanvraag:
      | veld                      | waarde     |
      | nationaliteit             | KR         |
      | preregistratie_volgnummer | KR-0091    |
      | preregistratie_datum      | 2024-01-31 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "buiten_behandeling"
    En luidt de motivering:
      """
      De aanvraag wordt niet in behandeling genomen omdat de aanvraag 91 dagen na de afgifte van de pré-registratie is ingediend en dat binnen 90 dagen moet (Vc 2000 B2/2.1.2).
      """

  Abstract Scenario: Een geboortedatum na de aanvraagdatum wordt geweigerd en noemt beide velden
    Gegeven de aanvraag:
      | veld          | waarde          |
      | geboortedatum | <geboortedatum> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "geboortedatum"
    En noemt de fout het veld "aanvraagdatum"

    Voorbeelden:
      | geboortedatum |
      | 2024-05-02    |
      | 2030-01-01    |

  Scenario: Een geboortedatum op de aanvraagdatum is aannemelijk (en te jong)
    Gegeven de aanvraag:
      | veld          | waarde     |
      | geboortedatum | 2024-05-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En noemt de motivering "de aanvrager op de aanvraagdatum 0 jaar is en de Working Holiday-regeling pas geldt vanaf 18 jaar"
