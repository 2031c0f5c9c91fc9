# language: nl
Functionaliteit: Inburgeringsvereiste: regime, diploma, vrijstelling en medische ontheffing
  Twee versies, elk over haar eigen periode (peildatum: de aanvraagdatum):
  - Vc B9/8.1 ad 2 in de tekst van WBV 2016/7 (001:L724, L736-740), van 2016-07-01 tot en met 2021-12-31: het
    inburgeringsexamen behaald, vrijgesteld (artikel 3.80a, tweede lid, Vb; de acht jaren van onderdeel b hoeven niet
    ononderbroken te zijn) of medisch ontheven (artikel 3.80a, derde lid, Vb: niet in staat binnen vijf jaren het
    examen te behalen). Vóór 2022 gold alleen de Wi 2013.
  - Vc B9/8.1.2.1, B9/8.1.2.2 en B9/20.1 in de tekst van WBV 2021/22 (003:L1945-1971, L2063-2115), vanaf 2022-01-01:
    de Wi 2013 blijft doorwerken voor wie niet inburgeringsplichtig is of vóór 1 januari 2022 inburgeringsplichtig werd;
    wie op of na die dag inburgeringsplichtig werd, voldoet met het diploma, de vrijstelling of de ontheffing van de
    Wi 2021 (aanname: het overgangsrecht van de Wi 2021 staat niet in de bronnen). Onder de Wi 2013 gelden de
    bewijsmiddelen van B9/20.1, sommige alleen voor wie in een bepaalde periode inburgeringsplichtig werd, en de
    medische ontheffing met het advies van een onafhankelijk medisch adviseur (of, voor wie vóór 2013
    inburgeringsplichtig werd, van een door de gemeente aangewezen arts).
  De hardheidsclausule is een eigen tabel (inburgering/hardheidsclausule).

  Achtergrond:
    Gegeven de tabel "inburgering/inburgeringsvereiste"
    En de aanvraag:
      | veld                                 | waarde     |
      | aanvraagdatum                        | 2024-03-01 |
      | inburgeringsplichtig                 | ja         |
      | inburgeringsplichtig_geworden_op     | 2020-01-01 |
      | inburgeringsdiploma                  | nee        |
      | wi_2021_uitkomst                     | geen       |
      | vrijstelling_art_3_80a_lid_2_vb      | nee        |
      | bewijs_vrijstelling                  | geen       |
      | voldoende_vak_nederlands             | nee        |
      | medische_belemmering_aangetoond      | nee        |
      | medisch_advies                       | geen       |
      | medisch_advies_niet_binnen_vijf_jaar | nee        |

  Abstract Scenario: Welk regime doorwerkt: de Wi 2013 tot en met 31 december 2021 inburgeringsplichtig geworden, daarna de Wi 2021
    Gegeven de aanvraag:
      | veld                             | waarde      |
      | inburgeringsplichtig             | <plichtig>  |
      | inburgeringsplichtig_geworden_op | <sinds>     |
      | inburgeringsdiploma              | <diploma>   |
      | wi_2021_uitkomst                 | <wi_2021>   |
    Als de beslissing wordt genomen
    Dan is "regime" gelijk aan "<regime>"
    En is "inburgeringsvereiste" gelijk aan "<uitkomst>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | plichtig | sinds      | diploma | wi_2021     | regime  | uitkomst        | grond                | regels           |
      | nee      | leeg       | ja      | geen        | wi_2013 | behaald         | inburgeringsdiploma  | RG22-01, IV22-01 |
      | ja       | 2021-12-31 | ja      | geen        | wi_2013 | behaald         | inburgeringsdiploma  | RG22-02, IV22-01 |
      | ja       | 2022-01-01 | nee     | diploma     | wi_2021 | voldaan_wi_2021 | wi_2021_diploma      | RG22-03, IV22-02 |
      | ja       | 2022-01-02 | nee     | vrijstelling | wi_2021 | voldaan_wi_2021 | wi_2021_vrijstelling | RG22-03, IV22-03 |
      | ja       | 2022-01-01 | nee     | ontheffing  | wi_2021 | voldaan_wi_2021 | wi_2021_ontheffing   | RG22-03, IV22-04 |
      | ja       | 2021-12-31 | nee     | diploma     | wi_2013 | niet_aangetoond | leeg                 | RG22-02, IV22-07 |
      | ja       | 2022-01-01 | ja      | geen        | wi_2021 | niet_aangetoond | leeg                 | RG22-03, IV22-07 |

  Abstract Scenario: Zonder de datum waarop de vreemdeling inburgeringsplichtig werd is het regime onbekend: onvolledig
    Gegeven de aanvraag:
      | veld                             | waarde      |
      | inburgeringsplichtig_geworden_op | leeg        |
      | inburgeringsdiploma              | <diploma>   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "inburgeringsplichtig_geworden_op"
    En is regel "RG22-01, RG22-02, RG22-03" niet toegepast

    Voorbeelden:
      | diploma |
      | ja      |
      | nee     |

  Scenario: Een ontbrekend bewijsfeit: onvolledig, met het feit dat nog nodig is
    Gegeven de aanvraag:
      | veld                | waarde |
      | inburgeringsdiploma | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "inburgeringsdiploma"

  Abstract Scenario: Tekst 2016: behaald, vrijgesteld of medisch ontheven
    Gegeven de aanvraag:
      | veld                             | waarde          |
      | aanvraagdatum                    | <aanvraagdatum> |
      | inburgeringsplichtig_geworden_op | 2013-01-01      |
      | inburgeringsdiploma              | <diploma>       |
      | vrijstelling_art_3_80a_lid_2_vb | <vrijstelling>  |
      | medische_belemmering_aangetoond | <medisch>       |
    Als de beslissing wordt genomen
    Dan is "inburgeringsvereiste" gelijk aan "<uitkomst>"
    En is "regime" gelijk aan "<regime>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | diploma | vrijstelling | medisch | uitkomst        | regime  | grond                        | regels  |
      | 2016-07-01    | ja      | nee          | nee     | behaald         | wi_2013 | inburgeringsdiploma          | IV16-01 |
      | 2018-03-01    | nee     | ja           | nee     | vrijgesteld     | wi_2013 | vrijstelling_art_3_80a_lid_2 | IV16-02 |
      | 2021-12-31    | nee     | nee          | ja      | ontheven        | wi_2013 | medische_ontheffing          | IV16-03 |
      | 2018-03-01    | nee     | nee          | nee     | niet_aangetoond | wi_2013 | leeg                         | IV16-04 |
      | 2022-01-01    | nee     | ja           | nee     | vrijgesteld     | wi_2013 | vrijstelling_art_3_80a_lid_2 | VR22-01, IV22-05 |
      | 2022-01-01    | nee     | nee          | ja      | niet_aangetoond | wi_2013 | leeg                         | IV22-07 |

  Scenario: Vóór 1 juli 2016 geldt geen van beide versies
    Gegeven de aanvraag:
      | veld                             | waarde     |
      | aanvraagdatum                    | 2016-06-30 |
      | inburgeringsplichtig_geworden_op | 2013-01-01 |
      | inburgeringsdiploma              | ja         |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Abstract Scenario: Bewijsmiddelen van vrijstelling (B9/20.1), onder de Wi 2013
    Gegeven de aanvraag:
      | veld                     | waarde      |
      | bewijs_vrijstelling      | <bewijs>    |
      | voldoende_vak_nederlands | <voldoende> |
    Als de beslissing wordt genomen
    Dan is "inburgeringsvereiste" gelijk aan "<uitkomst>"
    En is "grond" gelijk aan "<grond>"
    En is "bron_beslissing" gelijk aan "<bron>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | bewijs                        | voldoende | uitkomst        | grond                         | bron                   | regels                    |
      | nl_diploma                    | nee       | vrijgesteld     | nl_diploma                    | Vc B9/20.1; 003:L2071  | RG22-02, VR22-02, IV22-05 |
      | diploma_belgie_suriname       | ja        | vrijgesteld     | diploma_belgie_suriname       | Vc B9/20.1; 003:L2073  | VR22-03, IV22-05          |
      | diploma_belgie_suriname       | nee       | niet_aangetoond | leeg                          | Vc B9/8.1.2; Vc B9/20.1; 003:L1945, 003:L2067 | IV22-07 |
      | diploma_caribisch             | ja        | vrijgesteld     | diploma_caribisch             | Vc B9/20.1; 003:L2075  | VR22-04, IV22-05          |
      | diploma_caribisch             | nee       | niet_aangetoond | leeg                          | Vc B9/8.1.2; Vc B9/20.1; 003:L1945, 003:L2067 | IV22-07 |
      | europees_baccalaureaat        | ja        | vrijgesteld     | europees_baccalaureaat        | Vc B9/20.1; 003:L2077  | VR22-05, IV22-05          |
      | europees_baccalaureaat        | nee       | niet_aangetoond | leeg                          | Vc B9/8.1.2; Vc B9/20.1; 003:L1945, 003:L2067 | IV22-07 |
      | internationaal_baccalaureaat  | ja        | vrijgesteld     | internationaal_baccalaureaat  | Vc B9/20.1; 003:L2079  | VR22-06, IV22-05          |
      | internationaal_baccalaureaat  | nee       | niet_aangetoond | leeg                          | Vc B9/8.1.2; Vc B9/20.1; 003:L1945, 003:L2067 | IV22-07 |
      | naturalisatietoets_voor_2007  | nee       | vrijgesteld     | naturalisatietoets_voor_2007  | Vc B9/20.1; 003:L2081  | VR22-07, IV22-05          |
      | certificaat_win_2006          | nee       | vrijgesteld     | certificaat_win_2006          | Vc B9/20.1; 003:L2083  | VR22-08, IV22-05          |
      | certificaat_win               | nee       | vrijgesteld     | certificaat_win               | Vc B9/20.1; 003:L2085  | VR22-09, IV22-05          |
      | certificaat_oudkomers         | nee       | vrijgesteld     | certificaat_oudkomers         | Vc B9/20.1; 003:L2087  | VR22-10, IV22-05          |
      | inburgeringsdiploma_voor_2013 | nee       | vrijgesteld     | inburgeringsdiploma_voor_2013 | Vc B9/20.1; 003:L2089  | VR22-11, IV22-05          |
      | korte_vrijstellingstoets      | nee       | vrijgesteld     | korte_vrijstellingstoets      | Vc B9/20.1; 003:L2091  | VR22-12, IV22-05          |
      | beschikking_win_andere_wijze  | nee       | vrijgesteld     | beschikking_win_andere_wijze  | Vc B9/20.1; 003:L2093  | VR22-13, IV22-05          |
      | beschikking_win_toets         | nee       | vrijgesteld     | beschikking_win_toets         | Vc B9/20.1; 003:L2095  | VR22-14, IV22-05          |
      | ontheffing_naturalisatietoets | nee       | vrijgesteld     | ontheffing_naturalisatietoets | Vc B9/20.1; 003:L2097  | VR22-15, IV22-05          |
      | geen                          | ja        | niet_aangetoond | leeg                          | Vc B9/8.1.2; Vc B9/20.1; 003:L1945, 003:L2067 | IV22-07 |

  Scenario: Onder de Wi 2021 gelden de bewijsmiddelen van de Wi 2013 niet
    Gegeven de aanvraag:
      | veld                             | waarde     |
      | inburgeringsplichtig_geworden_op | 2022-06-01 |
      | bewijs_vrijstelling              | nl_diploma |
    Als de beslissing wordt genomen
    Dan is "inburgeringsvereiste" gelijk aan "niet_aangetoond"
    En is regel "RG22-03, IV22-07" toegepast
    En is regel "VR22-02" niet toegepast

  Abstract Scenario: Brieven van DUO en van het college van B&W: alleen voor wie in de genoemde periode inburgeringsplichtig werd
    Gegeven de aanvraag:
      | veld                             | waarde   |
      | inburgeringsplichtig_geworden_op | <sinds>  |
      | bewijs_vrijstelling              | <bewijs> |
    Als de beslissing wordt genomen
    Dan is "inburgeringsvereiste" gelijk aan "<uitkomst>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regels>" toegepast

    Voorbeelden: inspanningen (vrijgesteld)
      | sinds      | bewijs                                      | uitkomst        | grond                                       | regels           |
      | 2012-12-31 | duo_brief_inspanning                        | niet_aangetoond | leeg                                        | IV22-07          |
      | 2013-01-01 | duo_brief_inspanning                        | vrijgesteld     | duo_brief_inspanning                        | VR22-16, IV22-05 |
      | 2017-09-30 | duo_brief_inspanning                        | vrijgesteld     | duo_brief_inspanning                        | VR22-16, IV22-05 |
      | 2017-10-01 | duo_brief_inspanning                        | niet_aangetoond | leeg                                        | IV22-07          |
      | 2017-09-30 | duo_brief_inspanning_participatieverklaring | niet_aangetoond | leeg                                        | IV22-07          |
      | 2017-10-01 | duo_brief_inspanning_participatieverklaring | vrijgesteld     | duo_brief_inspanning_participatieverklaring | VR22-17, IV22-05 |
      | 2012-12-31 | bw_brief_inspanning                         | vrijgesteld     | bw_brief_inspanning                         | VR22-18, IV22-05 |
      | 2013-01-01 | bw_brief_inspanning                         | niet_aangetoond | leeg                                        | IV22-07          |

    Voorbeelden: blijvend niet in staat (medisch ontheven)
      | sinds      | bewijs            | uitkomst        | grond             | regels           |
      | 2012-12-31 | duo_brief_medisch | niet_aangetoond | leeg              | IV22-07          |
      | 2013-01-01 | duo_brief_medisch | ontheven        | duo_brief_medisch | MD22-03, IV22-06 |
      | 2012-12-31 | bw_brief_medisch  | ontheven        | bw_brief_medisch  | MD22-04, IV22-06 |
      | 2013-01-01 | bw_brief_medisch  | niet_aangetoond | leeg              | IV22-07          |

  Abstract Scenario: Medische ontheffing (B9/8.1.2.2): het advies van een onafhankelijk medisch adviseur, of van de gemeentearts voor wie vóór 2013 inburgeringsplichtig werd
    Gegeven de aanvraag:
      | veld                                 | waarde      |
      | inburgeringsplichtig                 | <plichtig>  |
      | inburgeringsplichtig_geworden_op     | <sinds>     |
      | medisch_advies                       | <advies>    |
      | medisch_advies_niet_binnen_vijf_jaar | <conclusie> |
    Als de beslissing wordt genomen
    Dan is "inburgeringsvereiste" gelijk aan "<uitkomst>"
    En is "grond" gelijk aan "<grond>"
    En is "bron_beslissing" gelijk aan "<bron>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | plichtig | sinds      | advies                         | conclusie | uitkomst        | grond               | bron                                                                  | regels           |
      | ja       | 2020-01-01 | onafhankelijk_medisch_adviseur | ja        | ontheven        | medische_ontheffing | Vc B9/8.1.2.2; Vc B9/20.1; art. 3.80a lid 3 Vb; 003:L1971, 003:L2115 | MD22-01, IV22-06 |
      | nee      | leeg       | onafhankelijk_medisch_adviseur | ja        | ontheven        | medische_ontheffing | Vc B9/8.1.2.2; Vc B9/20.1; art. 3.80a lid 3 Vb; 003:L1971, 003:L2115 | RG22-01, MD22-01 |
      | ja       | 2020-01-01 | onafhankelijk_medisch_adviseur | nee       | niet_aangetoond | leeg                | Vc B9/8.1.2; Vc B9/20.1; 003:L1945, 003:L2067                         | IV22-07          |
      | ja       | 2012-12-31 | arts_gemeente                  | ja        | ontheven        | medische_ontheffing | Vc B9/8.1.2.2; Vc B9/20.1; art. 3.80a lid 3 Vb; 003:L1971, 003:L2113 | MD22-02, IV22-06 |
      | ja       | 2013-01-01 | arts_gemeente                  | ja        | niet_aangetoond | leeg                | Vc B9/8.1.2; Vc B9/20.1; 003:L1945, 003:L2067                         | IV22-07          |
      | ja       | 2020-01-01 | geen                           | ja        | niet_aangetoond | leeg                | Vc B9/8.1.2; Vc B9/20.1; 003:L1945, 003:L2067                         | IV22-07          |

  Scenario: Inburgeringsplichtig geworden na de aanvraagdatum is een fout die beide velden noemt
    Gegeven de aanvraag:
      | veld                             | waarde     |
      | inburgeringsplichtig_geworden_op | 2024-03-02 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "inburgeringsplichtig_geworden_op"
    En noemt de fout het veld "aanvraagdatum"

  Scenario: Inburgeringsplichtig geworden op de aanvraagdatum is aannemelijk
    Gegeven de aanvraag:
      | veld                             | waarde     |
      | inburgeringsplichtig_geworden_op | 2024-03-01 |
      | inburgeringsdiploma              | nee        |
      | wi_2021_uitkomst                 | diploma    |
    Als de beslissing wordt genomen
    Dan is "inburgeringsvereiste" gelijk aan "voldaan_wi_2021"
    En is regel "RG22-03, IV22-02" toegepast
