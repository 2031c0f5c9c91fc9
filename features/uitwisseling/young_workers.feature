# language: nl
Functionaliteit: Young Workers Exchange Program (Canada) en lerend werken in een actieprogramma van de EU
  Vc B4/2.1 in de tekst van WBV 2021/22 (003:L1323-1347), vanaf 2022-01-01.
  Young Workers: de IND neemt aan dat art. 3.39, aanhef en onder a, Vb is vervuld bij een Canadees onderdaan
  van ten minste 18 en niet ouder dan 30 jaar die studeert of op de aanvraagdatum niet langer dan twaalf
  maanden geleden is afgestudeerd (003:L1331-1337). Bij een positief UWV-advies neemt de IND aan dat er
  voldoende middelen van bestaan zijn (003:L1327). Actieprogramma van de EU: verlenen bij een inkomen,
  met de stagevergoeding en eigen middelen zoals beurzen, van ten minste 50% van het minimum(jeugd)loon
  (003:L1341-1347). De bedragen van het minimum(jeugd)loon zijn hypothetisch (januari 2022).

  Achtergrond:
    Gegeven de tabel "uitwisseling/young_workers"
    En de aanvraag:
      | veld          | waarde                        |
      | regeling      | young_workers_exchange_canada |
      | nationaliteit | CA                            |
      | geboortedatum | 2000-06-15                    |
      | aanvraagdatum | 2024-05-01                    |
      | studeert      | ja                            |
      | uwv_advies    | positief                      |

  Abstract Scenario: Ten minste 18 en niet ouder dan 30 jaar op de aanvraagdatum (voltooide jaren)
    Gegeven de aanvraag:
      | veld          | waarde          |
      | geboortedatum | <geboortedatum> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | geboortedatum | besluit               | gronden  | regels         | status              |
      | 2006-05-02    | beoordeling_vereist   | leeftijd | YW-Y01, YW-02  | beoordeling_vereist |
      | 2006-05-01    | voorwaarde_aangenomen | leeg     | YW-03          | beslist             |
      | 1993-05-02    | voorwaarde_aangenomen | leeg     | YW-03          | beslist             |
      | 1993-05-01    | beoordeling_vereist   | leeftijd | YW-Y02, YW-02  | beoordeling_vereist |
      | 1980-01-01    | beoordeling_vereist   | leeftijd | YW-Y02, YW-02  | beoordeling_vereist |

  Abstract Scenario: Niet langer dan twaalf maanden geleden afgestudeerd: datum_plus(aanvraagdatum, maanden=-12)
    Gegeven de aanvraag:
      | veld           | waarde           |
      | aanvraagdatum  | <aanvraagdatum>  |
      | studeert       | nee              |
      | afstudeerdatum | <afstudeerdatum> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | afstudeerdatum | besluit               | gronden | regels        |
      | 2024-05-01    | 2023-05-01     | voorwaarde_aangenomen | leeg    | YW-04         |
      | 2024-05-01    | 2023-04-30     | beoordeling_vereist   | studie  | YW-Y03, YW-02 |
      | 2024-05-01    | 2024-05-01     | voorwaarde_aangenomen | leeg    | YW-04         |
      | 2024-05-01    | 2024-05-02     | beoordeling_vereist   | studie  | YW-Y03, YW-02 |
      | 2024-02-29    | 2023-02-28     | voorwaarde_aangenomen | leeg    | YW-04         |
      | 2024-02-29    | 2023-02-27     | beoordeling_vereist   | studie  | YW-Y03, YW-02 |
      | 2025-03-31    | 2024-03-31     | voorwaarde_aangenomen | leeg    | YW-04         |
      | 2025-03-31    | 2024-03-30     | beoordeling_vereist   | studie  | YW-Y03, YW-02 |

  Scenario: Te oud en te lang geleden afgestudeerd: beide voorwaarden worden genoemd
    Gegeven de aanvraag:
      | veld           | waarde     |
      | geboortedatum  | 1990-01-01 |
      | studeert       | nee        |
      | afstudeerdatum | 2020-06-30 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "leeftijd, studie"
    En is regel "YW-Y02, YW-Y03, YW-02" toegepast

  Scenario: Wie niet studeert en geen afstudeerdatum opgeeft, krijgt geen besluit (een ontbrekend feit is onbekend, nooit nee)
    Gegeven de aanvraag:
      | veld     | waarde |
      | studeert | nee    |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "afstudeerdatum"
    En is "besluit" gelijk aan "leeg"
    En is regel "YW-03, YW-04, YW-02" niet toegepast

  Scenario: Zonder opgave of de aanvrager studeert, geen besluit
    Gegeven de aanvraag:
      | veld     | waarde |
      | studeert | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "studeert, afstudeerdatum"
    En is "besluit" gelijk aan "leeg"
    En is regel "YW-03, YW-04" niet toegepast

  Abstract Scenario: Het UWV-advies is het antwoord van het UWV: positief, dan worden middelen van bestaan aangenomen
    Gegeven de aanvraag:
      | veld          | waarde          |
      | geboortedatum | <geboortedatum> |
      | uwv_advies    | <advies>        |
    Als de beslissing wordt genomen
    Dan is "middelen_van_bestaan" gelijk aan "<middelen>"
    En is "besluit" gelijk aan "<besluit>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | geboortedatum | advies   | middelen        | besluit               | regels                | status              |
      | 2000-06-15    | positief | aangenomen      | voorwaarde_aangenomen | YW-M01, YW-03         | beslist             |
      | 2000-06-15    | negatief | niet_aangenomen | voorwaarde_aangenomen | YW-M02, YW-03         | beslist             |
      | 1990-01-01    | positief | aangenomen      | beoordeling_vereist   | YW-M01, YW-Y02, YW-02 | beoordeling_vereist |
      | 2000-06-15    | leeg     | leeg            | voorwaarde_aangenomen | YW-03                 | onvolledig          |

  Scenario: Zonder UWV-advies is nog niet bekend of middelen van bestaan worden aangenomen
    Gegeven de aanvraag:
      | veld       | waarde |
      | uwv_advies | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "uwv_advies"
    En is "besluit" gelijk aan "voorwaarde_aangenomen"

  Abstract Scenario: Alleen voor Canadese onderdanen
    Gegeven de aanvraag:
      | veld          | waarde          |
      | nationaliteit | <nationaliteit> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "middelen_van_bestaan" gelijk aan "<middelen>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | nationaliteit | besluit               | middelen   | regels        |
      | CA            | voorwaarde_aangenomen | aangenomen | YW-M01, YW-03 |
      | US            | niet_van_toepassing   | leeg       | YW-01         |
      | NL            | niet_van_toepassing   | leeg       | YW-01         |

  Abstract Scenario: Actieprogramma EU: ten minste 50% van het minimum(jeugd)loon, met stagevergoeding en eigen middelen (hypothetische bedragen)
    Gegeven de aanvraag:
      | veld                      | waarde          |
      | regeling                  | actieprogramma_eu |
      | nationaliteit             | IN              |
      | geboortedatum             | <geboortedatum> |
      | aanvraagdatum             | 2022-01-15      |
      | studeert                  | leeg            |
      | uwv_advies                | leeg            |
      | stagevergoeding_per_maand | <stage>         |
      | eigen_middelen_per_maand  | <eigen>         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "middelen_van_bestaan" gelijk aan "leeg"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | geboortedatum | stage  | eigen | besluit    | gronden | regels |
      | 1998-03-01    | 1000   | 0     | inwilligen | leeg    | YW-06  |
      | 1998-03-01    | 999.99 | 0     | afwijzen   | inkomen | YW-05  |
      | 1998-03-01    | 600    | 400   | inwilligen | leeg    | YW-06  |
      | 1998-03-01    | 0      | 1000  | inwilligen | leeg    | YW-06  |
      | 1998-03-01    | 0      | 999   | afwijzen   | inkomen | YW-05  |
      | 2001-01-15    | 1000   | 0     | inwilligen | leeg    | YW-06  |
      | 2001-01-16    | 800    | 0     | inwilligen | leeg    | YW-06  |
      | 2001-01-16    | 799    | 0     | afwijzen   | inkomen | YW-05  |
      | 2003-01-15    | 600    | 0     | inwilligen | leeg    | YW-06  |
      | 2003-01-15    | 599    | 0     | afwijzen   | inkomen | YW-05  |
      | 2006-06-01    | 300    | 0     | inwilligen | leeg    | YW-06  |
      | 2007-06-01    | 300    | 0     | beoordeling_vereist | minimumloon | YW-07 |

  Scenario: Actieprogramma EU zonder opgave van eigen middelen: geen besluit
    Gegeven de aanvraag:
      | veld                      | waarde            |
      | regeling                  | actieprogramma_eu |
      | aanvraagdatum             | 2022-01-15        |
      | stagevergoeding_per_maand | 5000              |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "eigen_middelen_per_maand"
    En is "besluit" gelijk aan "leeg"
    En is regel "YW-05, YW-06" niet toegepast

  Scenario: Actieprogramma EU zonder ingevuld minimumloon op de peildatum: de IND beoordeelt, de tabel wijst niet af en verleent niet
    Gegeven de aanvraag:
      | veld                      | waarde            |
      | regeling                  | actieprogramma_eu |
      | aanvraagdatum             | 2024-05-01        |
      | stagevergoeding_per_maand | 5000              |
      | eigen_middelen_per_maand  | 0                 |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "minimumloon"
    En is regel "YW-07" toegepast
    En is regel "YW-05, YW-06" niet toegepast

  Abstract Scenario: Een geboortedatum na de aanvraagdatum of een afstudeerdatum vóór de geboorte wordt geweigerd en noemt beide velden
    Gegeven de aanvraag:
      | veld           | waarde           |
      | geboortedatum  | <geboortedatum>  |
      | studeert       | nee              |
      | afstudeerdatum | <afstudeerdatum> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld1>"
    En noemt de fout het veld "<veld2>"

    Voorbeelden:
      | geboortedatum | afstudeerdatum | veld1         | veld2          |
      | 2024-05-02    | 2024-05-03     | geboortedatum | aanvraagdatum  |
      | 2000-06-15    | 2000-06-14     | geboortedatum | afstudeerdatum |

  Scenario: Vóór 2022 staat B4/2.1 niet in de bronnen
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2021-12-31 |
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
      | veld                      | waarde      |
      | regeling                  | werkvakantie |
      | uwv_advies                | neutraal    |
      | stagevergoeding_per_maand | -1          |
      | afstudeerdatum            | gisteren    |
