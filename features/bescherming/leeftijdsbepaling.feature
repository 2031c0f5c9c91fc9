# language: nl
Functionaliteit: Leeftijdsonderzoek in de asielprocedure: resultaat en geboortedatum
  Vc C14/6.1.1 in de tekst van WBV 2010/20 (002:L1087-1116), vanaf 2011-01-01. Resultaat a: het spaakbeen is niet
  uitgerijpt, of wel maar ten minste één sleutelbeen niet of niet voldoende aantoonbaar; de opgegeven
  geboortedatum blijft en na 12 tot 24 maanden kan een vervolgonderzoek volgen. Resultaat b: beide
  sleutelbeenderen uitgerijpt, bewezen meerderjarig, ten minste 20 jaar. Nieuwe geboortedatum: het jaar van het
  onderzoek min de minimumleeftijd, 1 januari bij een onderzoek van 1 januari tot en met 30 juni, 1 juli bij een
  onderzoek van 1 juli tot en met 31 december (002:L1106). Weet de vreemdeling zijn leeftijd niet, dan ook zo (002:L1108).

  Achtergrond:
    Gegeven de tabel "bescherming/leeftijdsbepaling"
    En de aanvraag:
      | veld                    | waarde           |
      | onderzoeksdatum         | 2024-06-30       |
      | spaakbeen_uitgerijpt    | ja               |
      | sleutelbeenderen        | beide_uitgerijpt |
      | leeftijd_onbekend       | nee              |
      | opgegeven_geboortedatum | 2008-03-10       |

  Abstract Scenario: Bewezen meerderjarig: geboren op 1 januari of 1 juli, twintig jaar vóór het jaar van het onderzoek
    Gegeven de aanvraag:
      | veld            | waarde            |
      | onderzoeksdatum | <onderzoeksdatum> |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "meerderjarig"
    En is "onderzoeksresultaat" gelijk aan "b"
    En is "geboortedatum_registratie" gelijk aan "<geboortedatum>"
    En is "vervolgonderzoek_vanaf" gelijk aan "leeg"
    En is regel "LB-R03, <regel>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | onderzoeksdatum | geboortedatum | regel |
      | 2024-01-01      | 2004-01-01    | LB-01 |
      | 2024-06-30      | 2004-01-01    | LB-01 |
      | 2024-07-01      | 2004-07-01    | LB-02 |
      | 2024-12-31      | 2004-07-01    | LB-02 |
      | 2011-01-01      | 1991-01-01    | LB-01 |

  Scenario: Bij resultaat b doet het niet ter zake of de vreemdeling zijn leeftijd weet
    Gegeven de aanvraag:
      | veld                    | waarde |
      | leeftijd_onbekend       | ja     |
      | opgegeven_geboortedatum | leeg   |
    Als de beslissing wordt genomen
    Dan is "geboortedatum_registratie" gelijk aan "2004-01-01"
    En is de status "beslist"

  Abstract Scenario: Resultaat a uit de bevindingen: de opgegeven geboortedatum blijft, vervolgonderzoek na 12 tot 24 maanden
    Gegeven de aanvraag:
      | veld                 | waarde            |
      | onderzoeksdatum      | <onderzoeksdatum> |
      | spaakbeen_uitgerijpt | <spaakbeen>       |
      | sleutelbeenderen     | <sleutelbeenderen> |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "opgegeven_geboortedatum_aangehouden"
    En is "onderzoeksresultaat" gelijk aan "a"
    En is "geboortedatum_registratie" gelijk aan "2008-03-10"
    En is "vervolgonderzoek_vanaf" gelijk aan "<vanaf>"
    En is "vervolgonderzoek_uiterlijk" gelijk aan "<uiterlijk>"
    En is regel "<regel>, LB-05" toegepast

    Voorbeelden:
      | onderzoeksdatum | spaakbeen | sleutelbeenderen      | vanaf      | uiterlijk  | regel  |
      | 2024-03-15      | nee       | beide_uitgerijpt      | 2025-03-15 | 2026-03-15 | LB-R01 |
      | 2024-03-15      | nee       | leeg                  | 2025-03-15 | 2026-03-15 | LB-R01 |
      | 2024-03-15      | ja        | niet_beide_uitgerijpt | 2025-03-15 | 2026-03-15 | LB-R02 |
      | 2024-02-29      | ja        | niet_aantoonbaar      | 2025-02-28 | 2026-02-28 | LB-R02 |

  Abstract Scenario: Resultaat a en de vreemdeling weet zijn leeftijd niet: geboortedatum uit de minimumleeftijd van het onderzoek
    Gegeven de aanvraag:
      | veld                      | waarde            |
      | onderzoeksdatum           | <onderzoeksdatum> |
      | sleutelbeenderen          | niet_aantoonbaar  |
      | leeftijd_onbekend         | ja                |
      | opgegeven_geboortedatum   | leeg              |
      | minimumleeftijd_onderzoek | 16                |
    Als de beslissing wordt genomen
    Dan is "uitkomst" gelijk aan "geboortedatum_bepaald"
    En is "geboortedatum_registratie" gelijk aan "<geboortedatum>"
    En is "vervolgonderzoek_vanaf" gelijk aan "<vanaf>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | onderzoeksdatum | geboortedatum | vanaf      | regel |
      | 2024-06-30      | 2008-01-01    | 2025-06-30 | LB-03 |
      | 2024-07-01      | 2008-07-01    | 2025-07-01 | LB-04 |

  Scenario: Weet de vreemdeling zijn leeftijd niet en noemt het onderzoek geen minimumleeftijd: nog geen geboortedatum
    Gegeven de aanvraag:
      | veld                    | waarde           |
      | sleutelbeenderen        | niet_aantoonbaar |
      | leeftijd_onbekend       | ja               |
      | opgegeven_geboortedatum | leeg             |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "minimumleeftijd_onderzoek"
    En is "uitkomst" gelijk aan "geboortedatum_bepaald"

  Scenario: Zonder de bevinding over het spaakbeen is het resultaat nog niet bekend
    Gegeven de aanvraag:
      | veld                 | waarde |
      | spaakbeen_uitgerijpt | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "spaakbeen_uitgerijpt"

  Scenario: Een opgegeven geboortedatum na de onderzoeksdatum is geen geldig verzoek
    Gegeven de aanvraag:
      | veld                    | waarde     |
      | opgegeven_geboortedatum | 2024-07-01 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "opgegeven_geboortedatum"

  Scenario: Een onderzoek van vóór 2011 valt buiten de regels
    Gegeven de aanvraag:
      | veld                    | waarde     |
      | onderzoeksdatum         | 2010-12-31 |
      | opgegeven_geboortedatum | leeg       |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"
