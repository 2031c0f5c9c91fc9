# language: nl
Functionaliteit: Vrije termijn en verlenging van de vrije termijn (Vc A1/6)
  Vc A1/6 in de tekst van WBV 2016/7 (001:L20-54), vanaf 2016-07-01.
  De ambtenaar berekent de maximale termijn van 90 dagen door voor iedere dag van het verblijf de
  180 voorafgaande dagen in aanmerking te nemen (art. 6, aanhef, SGC; 001:L24). De tabel telt de dagen
  over meerdere verblijven niet zelf: het getelde aantal is een invoer (aanname). Geen verblijf bij gevaar
  voor de openbare orde (001:L46-54). De IND verlengt de vrije termijn van een niet-visumplichtige
  vreemdeling tot maximaal 180 dagen bij bijzondere omstandigheden of een wezenlijk Nederlands belang
  (001:L26-42); of die zich voordoen is het oordeel van de IND (invoer). Het verzoek is gratis (001:L44).

  Achtergrond:
    Gegeven de tabel "toegang/visumvrije_termijn"
    En de aanvraag:
      | veld                        | waarde                |
      | vraag                       | verblijf_vrije_termijn |
      | peildag                     | 2024-03-01            |
      | dagen_verblijf_in_180_dagen | 30                    |
      | gevaar_openbare_orde        | nee                   |
      | ops_signalering             | geen                  |
      | sis_of_inreisverbod         | nee                   |

  Abstract Scenario: Ten hoogste 90 dagen in de 180 dagen die voor de peildag in aanmerking worden genomen
    Gegeven de aanvraag:
      | veld                        | waarde  |
      | dagen_verblijf_in_180_dagen | <dagen> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "termijn"
    En is "maximale_termijn_dagen" gelijk aan "90"
    En is regel "<regel>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | dagen | besluit                    | regel |
      | 0     | binnen_vrije_termijn       | VT-05 |
      | 89    | binnen_vrije_termijn       | VT-05 |
      | 90    | binnen_vrije_termijn       | VT-05 |
      | 91    | vrije_termijn_overschreden | VT-04 |
      | 180   | vrije_termijn_overschreden | VT-04 |

  Scenario: Zonder geteld aantal dagen is niet bekend of de vreemdeling binnen de vrije termijn verblijft
    Gegeven de aanvraag:
      | veld                        | waarde |
      | dagen_verblijf_in_180_dagen | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "dagen_verblijf_in_180_dagen"
    En is "besluit" gelijk aan "leeg"

  Abstract Scenario: Gevaar voor de openbare orde: geen verblijf tijdens de vrije termijn, ook binnen 90 dagen
    Gegeven de aanvraag:
      | veld                 | waarde    |
      | gevaar_openbare_orde | <gevaar>  |
      | ops_signalering      | <ops>     |
      | sis_of_inreisverbod  | <sis>     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is regel "<regel>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | gevaar | ops                             | sis | besluit              | grond               | regel | status              |
      | ja     | geen                            | nee | geen_verblijf        | openbare_orde       | VT-01 | beslist             |
      | nee    | ongewenste_vreemdeling          | nee | geen_verblijf        | ops_signalering     | VT-02 | beslist             |
      | nee    | ongewenstverklaarde_vreemdeling | nee | geen_verblijf        | ops_signalering     | VT-02 | beslist             |
      | nee    | geen                            | ja  | beoordeling_vereist  | sis_of_inreisverbod | VT-03 | beoordeling_vereist |
      | nee    | geen                            | nee | binnen_vrije_termijn | termijn             | VT-05 | beslist             |

  Scenario: Een gesignaleerde vreemdeling die ook de 90 dagen overschrijdt: de signalering gaat voor
    Gegeven de aanvraag:
      | veld                        | waarde                 |
      | ops_signalering             | ongewenste_vreemdeling |
      | dagen_verblijf_in_180_dagen | 120                    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "geen_verblijf"
    En is regel "VT-02" toegepast
    En is regel "VT-04" niet toegepast

  Scenario: Een onbekend gevaar voor de openbare orde is geen nee
    Gegeven de aanvraag:
      | veld                 | waarde |
      | gevaar_openbare_orde | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "gevaar_openbare_orde"
    En is "besluit" gelijk aan "leeg"

  Scenario: Meer dan 90 dagen, ook als de openbare orde nog onbekend is
    Gegeven de aanvraag:
      | veld                        | waarde |
      | gevaar_openbare_orde        | leeg   |
      | dagen_verblijf_in_180_dagen | 91     |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "gevaar_openbare_orde"

  Abstract Scenario: Verlenging van de vrije termijn: de ingeroepen situatie en het oordeel van de IND
    Gegeven de aanvraag:
      | veld                              | waarde       |
      | vraag                             | verlenging_vrije_termijn |
      | dagen_verblijf_in_180_dagen       | leeg         |
      | gevaar_openbare_orde              | leeg         |
      | ops_signalering                   | leeg         |
      | sis_of_inreisverbod               | leeg         |
      | visumplichtig                     | nee          |
      | ingeroepen_situaties              | <situaties>  |
      | oordeel_bijzondere_omstandigheden | <bijzonder>  |
      | oordeel_nederlands_belang         | <belang>     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "grond" gelijk aan "<grond>"
    En is "maximale_termijn_dagen" gelijk aan "<max>"
    En is "leges_euro" gelijk aan "0"
    En is regel "<regel>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | situaties                                 | bijzonder | belang   | besluit             | grond                      | max  | regel | status              |
      | overmacht                                 | leeg      | leeg     | beoordeling_vereist | bijzondere_omstandigheden  | leeg | VL-02 | beoordeling_vereist |
      | leeg                                      | leeg      | leeg     | beoordeling_vereist | nederlands_belang          | leeg | VL-03 | beoordeling_vereist |
      | ernstige_ziekte_familieleden              | leeg      | aanwezig | verlengen           | nederlands_belang          | 180  | VL-05 | beslist             |
      | leeg                                      | leeg      | aanwezig | verlengen           | nederlands_belang          | 180  | VL-05 | beslist             |
      | ernstige_ziekte_vreemdeling               | aanwezig  | leeg     | verlengen           | bijzondere_omstandigheden  | 180  | VL-07 | beslist             |
      | overmacht, zeer_gewichtig_zakelijk_belang | aanwezig  | afwezig  | verlengen           | bijzondere_omstandigheden  | 180  | VL-07 | beslist             |
      | zeer_gewichtig_zakelijk_belang            | aanwezig  | aanwezig | verlengen           | bijzondere_omstandigheden  | 180  | VL-07 | beslist             |
      | overmacht                                 | afwezig   | aanwezig | verlengen           | nederlands_belang          | 180  | VL-08 | beslist             |
      | leeg                                      | afwezig   | aanwezig | verlengen           | nederlands_belang          | 180  | VL-08 | beslist             |
      | zeer_gewichtig_zakelijk_belang            | leeg      | afwezig  | beoordeling_vereist | bijzondere_omstandigheden  | leeg | VL-06 | beoordeling_vereist |
      | ernstige_ziekte_familieleden              | afwezig   | leeg     | beoordeling_vereist | nederlands_belang          | leeg | VL-04 | beoordeling_vereist |
      | leeg                                      | leeg      | afwezig  | afwijzen            | geen_situatie_ingeroepen   | leeg | VL-09 | beslist             |
      | leeg                                      | aanwezig  | afwezig  | afwijzen            | geen_situatie_ingeroepen   | leeg | VL-09 | beslist             |
      | overmacht                                 | afwezig   | afwezig  | afwijzen            | geen_grond_voor_verlenging | leeg | VL-10 | beslist             |

  Scenario: De verlenging van A1/6 geldt niet voor een visumplichtige vreemdeling
    Gegeven de aanvraag:
      | veld                              | waarde                   |
      | vraag                             | verlenging_vrije_termijn |
      | visumplichtig                     | ja                       |
      | ingeroepen_situaties              | overmacht                |
      | oordeel_bijzondere_omstandigheden | aanwezig                 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "niet_van_toepassing"
    En is "grond" gelijk aan "visumplicht"
    En is "leges_euro" gelijk aan "0"
    En is regel "VL-01" toegepast
    En is de status "beslist"

  Scenario: Zonder opgave of de vreemdeling visumplichtig is, geen besluit over de verlenging
    Gegeven de aanvraag:
      | veld                              | waarde                   |
      | vraag                             | verlenging_vrije_termijn |
      | visumplichtig                     | leeg                     |
      | ingeroepen_situaties              | overmacht                |
      | oordeel_bijzondere_omstandigheden | aanwezig                 |
      | oordeel_nederlands_belang         | afwezig                  |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "visumplichtig"
    En is "besluit" gelijk aan "leeg"

  Abstract Scenario: De regels gelden vanaf 1 juli 2016 (WBV 2016/7)
    Gegeven de aanvraag:
      | veld    | waarde    |
      | peildag | <peildag> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"

    Voorbeelden:
      | peildag    | besluit              |
      | 2016-07-01 | binnen_vrije_termijn |
      | 2030-01-01 | binnen_vrije_termijn |

  Scenario: Voor 1 juli 2016 zijn er geen regels van kracht
    Gegeven de aanvraag:
      | veld    | waarde     |
      | peildag | 2016-06-30 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"
