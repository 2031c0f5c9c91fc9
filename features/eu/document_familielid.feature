# language: nl
Functionaliteit: Verblijfsdocument van het familielid dat zelf geen EU/EER- of Zwitsers onderdaan is
  Vc B10/5.2.2 in de tekst van WBV 2010/20 (002:L575-610), vanaf 2011-01-01. Bij een verblijf van langer
  dan drie maanden: document EU/EER met de aantekening 'familielid van een burger van de Unie' en
  'arbeid vrij toegestaan; TWV niet vereist' (002:L581-583); geldig vijf jaar vanaf de afgifte, of tot
  het einde van het voorgenomen verblijf van de burger van de Unie als dat korter is (002:L581).
  Aanmelding binnen één maand na afloop van de eerste drie maanden rechtmatig verblijf (002:L591);
  afgifte binnen zes maanden na ontvangst van de aanvraag (002:L610).

  Achtergrond:
    Gegeven de tabel "eu/document_familielid"
    En de aanvraag:
      | veld                             | waarde     |
      | aanvraagdatum                    | 2012-04-15 |
      | eu_eer_zwitsers_onderdaan        | nee        |
      | verblijf_langer_dan_drie_maanden | ja         |
      | begin_rechtmatig_verblijf        | 2012-01-01 |
      | datum_afgifte                    | 2012-09-01 |
      | verblijf_burger_beperkt          | nee        |

  Scenario: Document EU/EER met de aantekeningen, de termijnen en vijf jaar geldigheid
    Als de beslissing wordt genomen
    Dan is de status "beslist"
    En is "document" gelijk aan "document_eu_eer"
    En is "aantekening" gelijk aan "familielid van een burger van de Unie"
    En is "arbeidsmarktaantekening" gelijk aan "arbeid vrij toegestaan; TWV niet vereist"
    En is "uiterste_aanmelddatum" gelijk aan "2012-04-30"
    En is "uiterste_afgiftedatum" gelijk aan "2012-10-15"
    En is "geldig_tot_en_met" gelijk aan "2017-08-31"
    En is regel "DF-03, GD-03" toegepast

  Abstract Scenario: Aanmelden binnen één maand na afloop van de eerste drie maanden; afgifte binnen zes maanden
    Gegeven de aanvraag:
      | veld                      | waarde          |
      | aanvraagdatum             | <aanvraagdatum> |
      | begin_rechtmatig_verblijf | <begin>         |
      | datum_afgifte             | leeg            |
    Als de beslissing wordt genomen
    Dan is "uiterste_aanmelddatum" gelijk aan "<aanmelden>"
    En is "uiterste_afgiftedatum" gelijk aan "<afgifte>"
    En is "geldig_tot_en_met" gelijk aan "leeg"
    En is regel "DF-03, GD-02" toegepast

    Voorbeelden:
      | aanvraagdatum | begin      | aanmelden  | afgifte    |
      | 2012-04-15    | 2012-01-01 | 2012-04-30 | 2012-10-15 |
      | 2012-04-15    | 2012-01-31 | 2012-05-30 | 2012-10-15 |
      | 2012-03-31    | 2011-11-30 | 2012-03-29 | 2012-09-30 |
      | 2012-08-31    | 2012-08-31 | 2012-12-30 | 2013-02-28 |

  Abstract Scenario: Geldig vijf jaar, of korter als het voorgenomen verblijf van de burger van de Unie korter is
    Gegeven de aanvraag:
      | veld                       | waarde     |
      | datum_afgifte              | <afgifte>  |
      | verblijf_burger_beperkt    | <beperkt>  |
      | einde_voorgenomen_verblijf | <einde>    |
    Als de beslissing wordt genomen
    Dan is "geldig_tot_en_met" gelijk aan "<geldig>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | afgifte    | beperkt | einde      | geldig     | regels       |
      | 2012-09-01 | nee     | leeg       | 2017-08-31 | DF-03, GD-03 |
      | 2012-09-01 | ja      | 2014-06-30 | 2014-06-30 | DF-03, GD-05 |
      | 2012-09-01 | ja      | 2017-08-30 | 2017-08-30 | DF-03, GD-05 |
      | 2012-09-01 | ja      | 2017-08-31 | 2017-08-31 | DF-03, GD-04 |
      | 2012-09-01 | ja      | 2020-01-01 | 2017-08-31 | DF-03, GD-04 |
      | 2012-04-15 | nee     | leeg       | 2017-04-14 | DF-03, GD-03 |

  Scenario: Zonder opgave of het verblijf van de burger van de Unie een einde heeft: geen geldigheidsduur
    Gegeven de aanvraag:
      | veld                    | waarde |
      | verblijf_burger_beperkt | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "verblijf_burger_beperkt, einde_voorgenomen_verblijf"
    En is "document" gelijk aan "document_eu_eer"

  Scenario: Zonder de eerste dag van het rechtmatig verblijf: geen uiterste aanmelddatum
    Gegeven de aanvraag:
      | veld                      | waarde |
      | begin_rechtmatig_verblijf | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "begin_rechtmatig_verblijf"

  Abstract Scenario: Alleen voor familieleden die zelf geen onderdaan zijn en langer dan drie maanden verblijven
    Gegeven de aanvraag:
      | veld                             | waarde      |
      | eu_eer_zwitsers_onderdaan        | <onderdaan> |
      | verblijf_langer_dan_drie_maanden | <langer>    |
    Als de beslissing wordt genomen
    Dan is "document" gelijk aan "<document>"
    En is "arbeidsmarktaantekening" gelijk aan "<aantekening>"
    En is "geldig_tot_en_met" gelijk aan "<geldig>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | onderdaan | langer | document            | aantekening                              | geldig     | regels       |
      | nee       | ja     | document_eu_eer     | arbeid vrij toegestaan; TWV niet vereist | 2017-08-31 | DF-03, GD-03 |
      | nee       | nee    | geen_document       | leeg                                     | leeg       | DF-02, GD-06 |
      | ja        | ja     | niet_van_toepassing | leeg                                     | leeg       | DF-01, GD-01 |
      | ja        | nee    | niet_van_toepassing | leeg                                     | leeg       | DF-01, GD-01 |

  Abstract Scenario: Onmogelijke data worden geweigerd
    Gegeven de aanvraag:
      | veld                       | waarde    |
      | datum_afgifte              | <afgifte> |
      | verblijf_burger_beperkt    | ja        |
      | einde_voorgenomen_verblijf | <einde>   |
      | begin_rechtmatig_verblijf  | <begin>   |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"

    Voorbeelden:
      | afgifte    | einde      | begin      |
      | 2012-04-14 | 2014-01-01 | 2012-01-01 |
      | 2012-09-01 | 2012-08-31 | 2012-01-01 |
      | 2012-09-01 | 2014-01-01 | 2012-04-16 |

  Abstract Scenario: De tekst van WBV 2010/20 geldt vanaf 1 januari 2011; eerdere versies staan niet in de bronnen
    Gegeven de aanvraag:
      | veld                      | waarde  |
      | aanvraagdatum             | <datum> |
      | begin_rechtmatig_verblijf | 2010-10-01 |
      | datum_afgifte             | leeg    |
    Als de beslissing wordt genomen
    Dan <uitkomst>

    Voorbeelden:
      | datum      | uitkomst                                             |
      | 2010-12-31 | geeft de beslissing de fout "geen_regels_van_kracht" |
      | 2011-01-01 | is "document" gelijk aan "document_eu_eer"           |
