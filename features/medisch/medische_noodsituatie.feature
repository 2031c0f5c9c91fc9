# language: nl
Functionaliteit: Een vergunning 'vanwege medische noodsituatie' behoudt haar geldigheidsduur (Vc B8/13)
  Per 1 juli 2010 is de beperking 'medische noodsituatie' vervallen (WBV 2010/10; 002:L477, 002:L1194). Overgangsrecht
  in de tekst van WBV 2010/20 (002:L482): de verblijfsvergunning regulier bepaalde tijd die vóór 1 juli 2010 is
  verleend onder de beperking 'vanwege medische nood situatie' behoudt haar geldigheidsduur. Voor andere
  vergunningen zegt deze regel niets.

  Achtergrond:
    Gegeven de tabel "medisch/medische_noodsituatie"
    En de aanvraag:
      | veld                  | waarde                        |
      | beoordelingsdatum     | 2011-03-01                    |
      | beperking             | vanwege medische noodsituatie |
      | einde_geldigheidsduur | 2012-06-29                    |

  Abstract Scenario: Verleend vóór 1 juli 2010: de geldigheidsduur blijft
    Gegeven de aanvraag:
      | veld        | waarde    |
      | verleend_op | <verleend> |
    Als de beslissing wordt genomen
    Dan is "geldigheidsduur" gelijk aan "<geldigheidsduur>"
    En is "geldig_tot_en_met" gelijk aan "<tot>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | verleend   | geldigheidsduur     | tot        | regels |
      | 2009-06-30 | behouden            | 2012-06-29 | NS-01  |
      | 2010-06-30 | behouden            | 2012-06-29 | NS-01  |
      | 2010-07-01 | niet_van_toepassing | leeg       | NS-02  |
      | 2010-07-02 | niet_van_toepassing | leeg       | NS-02  |

  Scenario: Een vergunning 'medische behandeling' valt niet onder deze regel
    Gegeven de aanvraag:
      | veld        | waarde               |
      | beperking   | medische behandeling |
      | verleend_op | 2009-06-30           |
    Als de beslissing wordt genomen
    Dan is "geldigheidsduur" gelijk aan "niet_van_toepassing"
    En is "geldig_tot_en_met" gelijk aan "leeg"
    En is regel "NS-03" toegepast

  Scenario: De regel geldt vanaf het vervallen van de beperking op 1 juli 2010: op 30 juni 2010 geen regels
    Gegeven de aanvraag:
      | veld              | waarde     |
      | beoordelingsdatum | 2010-06-30 |
      | verleend_op       | 2009-06-30 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Scenario: Op 1 juli 2010 geldt de regel
    Gegeven de aanvraag:
      | veld              | waarde     |
      | beoordelingsdatum | 2010-07-01 |
      | verleend_op       | 2009-06-30 |
    Als de beslissing wordt genomen
    Dan is "geldigheidsduur" gelijk aan "behouden"
    En is regel "NS-01" toegepast

  Scenario: De datum van verlening is nodig
    Gegeven de aanvraag:
      | veld        | waarde |
      | verleend_op | leeg   |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "verleend_op"

  Abstract Scenario: Feiten die niet samen kunnen, zijn een ongeldig verzoek dat beide velden noemt (blad Controles)
    Gegeven de aanvraag:
      | veld        | waarde     |
      | verleend_op | <verleend> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "verleend_op"
    En noemt de fout het veld "<ander>"

    Voorbeelden:
      | verleend   | ander                 |
      | 2012-06-30 | einde_geldigheidsduur |
      | 2011-03-02 | beoordelingsdatum     |

  Scenario: Zonder het einde van de geldigheidsduur is de datum onbekend: onvolledig
    Gegeven de aanvraag:
      | veld                  | waarde     |
      | verleend_op           | 2010-06-30 |
      | einde_geldigheidsduur | leeg       |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "einde_geldigheidsduur"

  Scenario: De motivering noemt de datum van verlening en het einde van de geldigheidsduur
    Gegeven de aanvraag:
      | veld        | waarde     |
      | verleend_op | 2010-06-30 |
    Als de beslissing wordt genomen
    Dan noemt de motivering "De vergunning behoudt haar geldigheidsduur omdat de vergunning op 30 juni 2010, vóór 1 juli 2010, is verleend"
    En noemt de motivering "zij blijft geldig tot en met 29 juni 2012 (Vc 2000 B8/13)"
