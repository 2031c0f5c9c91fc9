# language: nl
Functionaliteit: Au pair
  Een au pair komt via een door de IND erkend au-pairbureau, is bij de aanvraag 18 tot en met 25 jaar
  (vanaf de aanscherping van 1 oktober 2022; daarvoor, als aanname buiten de bronnen, 18 tot en met 30)
  en werkt ten hoogste 30 uur per week (De Staat van Migratie 2024, 004:L1232; Kamerbrief 2025, 000:L113).
  Leeftijd in voltooide jaren op de aanvraagdatum.

  Achtergrond:
    Gegeven de tabel "uitwisseling/au_pair"
    En de aanvraag:
      | veld                     | waarde     |
      | geboortedatum            | 2000-06-15 |
      | aanvraagdatum            | 2024-05-01 |
      | via_erkend_au_pairbureau | ja         |
      | uren_per_week            | 30         |

  Abstract Scenario: Vanaf 1 oktober 2022: 18 tot en met 25 jaar op de aanvraagdatum
    Gegeven de aanvraag:
      | veld          | waarde          |
      | geboortedatum | <geboortedatum> |
      | aanvraagdatum | <aanvraagdatum> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | geboortedatum | aanvraagdatum | besluit    | gronden  | regels        |
      | 2006-05-01    | 2024-04-30    | afwijzen   | leeftijd | AP-A01, AP-01 |
      | 2006-05-01    | 2024-05-01    | inwilligen | leeg     | AP-02         |
      | 2006-05-01    | 2024-05-02    | inwilligen | leeg     | AP-02         |
      | 1998-05-01    | 2024-04-30    | inwilligen | leeg     | AP-02         |
      | 1998-05-01    | 2024-05-01    | afwijzen   | leeftijd | AP-A03, AP-01 |
      | 1998-05-01    | 2024-05-02    | afwijzen   | leeftijd | AP-A03, AP-01 |
      | 1980-01-01    | 2024-05-01    | afwijzen   | leeftijd | AP-A03, AP-01 |

  Abstract Scenario: Voor 1 oktober 2022: 18 tot en met 30 jaar (aanname buiten de bronnen)
    Gegeven de aanvraag:
      | veld          | waarde          |
      | geboortedatum | <geboortedatum> |
      | aanvraagdatum | <aanvraagdatum> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | geboortedatum | aanvraagdatum | besluit    | gronden  | regels        |
      | 2004-05-01    | 2022-04-30    | afwijzen   | leeftijd | AP-A01, AP-01 |
      | 2004-05-01    | 2022-05-01    | inwilligen | leeg     | AP-02         |
      | 2004-05-01    | 2022-05-02    | inwilligen | leeg     | AP-02         |
      | 1991-05-01    | 2022-04-30    | inwilligen | leeg     | AP-02         |
      | 1991-05-01    | 2022-05-01    | afwijzen   | leeftijd | AP-A02, AP-01 |
      | 1991-05-01    | 2022-05-02    | afwijzen   | leeftijd | AP-A02, AP-01 |
      | 1994-06-15    | 2019-03-01    | inwilligen | leeg     | AP-02         |

  Abstract Scenario: De aanscherping geldt voor aanvragen vanaf 1 oktober 2022
    Gegeven de aanvraag:
      | veld          | waarde          |
      | geboortedatum | <geboortedatum> |
      | aanvraagdatum | <aanvraagdatum> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is regel "<niet_toegepast>" niet toegepast

    Voorbeelden:
      | geboortedatum | aanvraagdatum | besluit    | gronden  | regels        | niet_toegepast |
      | 1995-01-01    | 2022-09-30    | inwilligen | leeg     | AP-02         | AP-A03         |
      | 1995-01-01    | 2022-10-01    | afwijzen   | leeftijd | AP-A03, AP-01 | AP-A02         |
      | 1995-01-01    | 2022-10-02    | afwijzen   | leeftijd | AP-A03, AP-01 | AP-A02         |
      | 1991-01-01    | 2022-09-30    | afwijzen   | leeftijd | AP-A02, AP-01 | AP-A03         |
      | 1991-01-01    | 2022-10-01    | afwijzen   | leeftijd | AP-A03, AP-01 | AP-A02         |
      | 1997-01-01    | 2022-09-30    | inwilligen | leeg     | AP-02         | AP-A03         |
      | 1997-01-01    | 2022-10-01    | inwilligen | leeg     | AP-02         | AP-A03         |

  Abstract Scenario: Alleen via een erkend au-pairbureau en ten hoogste 30 uur per week
    Gegeven de aanvraag:
      | veld                     | waarde     |
      | via_erkend_au_pairbureau | <bureau>   |
      | uren_per_week            | <uren>     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | bureau | uren | besluit    | gronden  | regels        |
      | nee    | 30   | afwijzen   | referent | AP-A04, AP-01 |
      | ja     | 0    | inwilligen | leeg     | AP-02         |
      | ja     | 29.5 | inwilligen | leeg     | AP-02         |
      | ja     | 30   | inwilligen | leeg     | AP-02         |
      | ja     | 30.5 | afwijzen   | uren     | AP-A05, AP-01 |
      | ja     | 31   | afwijzen   | uren     | AP-A05, AP-01 |
      | nee    | 40   | afwijzen   | referent, uren | AP-A04, AP-A05, AP-01 |

  Abstract Scenario: Alle afwijzingsgronden worden genoemd
    Gegeven de aanvraag:
      | veld                     | waarde          |
      | geboortedatum            | <geboortedatum> |
      | aanvraagdatum            | <aanvraagdatum> |
      | via_erkend_au_pairbureau | nee             |
      | uren_per_week            | 40              |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "leeftijd, referent, uren"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | geboortedatum | aanvraagdatum | regels                        |
      | 1990-01-01    | 2024-05-01    | AP-A03, AP-A04, AP-A05, AP-01 |
      | 1990-01-01    | 2022-05-01    | AP-A02, AP-A04, AP-A05, AP-01 |
      | 2010-01-01    | 2024-05-01    | AP-A01, AP-A04, AP-A05, AP-01 |

  Abstract Scenario: Ongeldige feiten worden geweigerd
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | veld                     | waarde |
      | uren_per_week            | -1     |
      | uren_per_week            | dertig |
      | via_erkend_au_pairbureau | leeg   |
      | geboortedatum            | 1-5-2000 |

  Scenario: De motivering van een inwilliging noemt leeftijd, bureau en uren
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"
    En luidt de motivering:
      """
      De aanvraag wordt ingewilligd omdat de au pair op de aanvraagdatum 23 jaar is, de aanvraag is ingediend door een door de IND erkend au-pairbureau en de werkzaamheden 30 uur per week zijn, niet meer dan 30 (De Staat van Migratie 2024).
      """

  Scenario: De motivering van een afwijzing noemt elke grond, met een decimale komma
    Gegeven de aanvraag:
      | veld          | waarde     |
      | geboortedatum | 2007-01-01 |
      | uren_per_week | 32.5       |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En luidt de motivering:
      """
      De aanvraag wordt afgewezen omdat de au pair op de aanvraagdatum 17 jaar is en de au-pairregeling pas geldt vanaf 18 jaar (De Staat van Migratie 2024) en de au pair 32,5 uur per week zou werken en dat ten hoogste 30 uur per week mag zijn (De Staat van Migratie 2024).
      """

  Scenario: Een geboortedatum na de aanvraagdatum wordt geweigerd en noemt beide velden
    Gegeven de aanvraag:
      | veld          | waarde     |
      | geboortedatum | 2024-05-02 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "geboortedatum"
    En noemt de fout het veld "aanvraagdatum"
