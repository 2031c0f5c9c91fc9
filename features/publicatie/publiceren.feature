# language: nl
Functionaliteit: Een gewijzigde tabel gaat pas live na beoordeling door een ander
  Een opsteller zet een gewijzigd werkboek klaar en stelt het voor, met een reden en eventueel een
  datum van ingang. Een beoordelaar (of beheerder) die het niet zelf voorstelde, keurt het goed of
  wijst het af. Pas na goedkeuring beslist de dienst met de nieuwe versie, meteen of op de datum van
  ingang. In een noodgeval zet een beheerder, met een reden, een eerder actieve versie terug. Elke
  stap staat met naam en reden in het auditlogboek.

  Achtergrond:
    Gegeven de proeftabel met versie 1 actief
    En de gebruikers:
      | naam | rol         |
      | anna | opsteller   |
      | bram | beoordelaar |
      | dirk | beheerder   |

  Scenario: Voorstellen en goedkeuren: de nieuwe versie beslist
    Als "anna" versie 2 klaarzet
    En "anna" versie 2 voorstelt met de reden "Australië hoort bij de programmalanden"
    Dan beslist de dienst nog met versie 1
    Als "bram" versie 2 goedkeurt met de reden "Akkoord, bron gecontroleerd"
    Dan beslist de dienst met versie 2
    En staat in het auditlogboek:
      | actie       | wie  | reden                                  |
      | klaargezet  | anna |                                        |
      | voorgesteld | anna | Australië hoort bij de programmalanden |
      | goedgekeurd | bram | Akkoord, bron gecontroleerd            |
      | geactiveerd | bram |                                        |

  Scenario: Wie voorstelt, keurt niet zelf goed
    Als "dirk" versie 2 klaarzet
    En "dirk" versie 2 voorstelt met de reden "Spoedwijziging"
    En "dirk" versie 2 goedkeurt met de reden "Zelf gecontroleerd"
    Dan weigert de dienst met "eigen_voorstel"
    En beslist de dienst nog met versie 1
    En is versie 2 "voorgesteld"

  Scenario: Een opsteller keurt niet goed en zet niet direct live
    Als "anna" versie 2 klaarzet
    En "anna" versie 2 voorstelt met de reden "Australië erbij"
    En "anna" versie 2 goedkeurt met de reden "Graag snel"
    Dan weigert de dienst met "geen_recht"
    Als "anna" versie 2 direct activeert met de reden "Graag snel"
    Dan weigert de dienst met "geen_recht"
    En beslist de dienst nog met versie 1

  Scenario: Afwijzen beëindigt het voorstel
    Als "anna" versie 2 klaarzet
    En "anna" versie 2 voorstelt met de reden "Australië erbij"
    En "bram" versie 2 afwijst met de reden "De bron noemt Australië niet"
    Dan is versie 2 "afgewezen"
    Als "bram" versie 2 goedkeurt met de reden "Toch akkoord"
    Dan weigert de dienst met "verkeerde_status"
    En beslist de dienst nog met versie 1

  Scenario: Een voorstel zonder reden wordt niet aangenomen
    Als "anna" versie 2 klaarzet
    En "anna" versie 2 voorstelt met de reden ""
    Dan weigert de dienst met "reden_ontbreekt"
    En is versie 2 "klaargezet"

  Scenario: Een goedgekeurde versie met een datum van ingang beslist vanaf die dag
    Gegeven het is "2026-01-10"
    Als "anna" versie 2 klaarzet
    En "anna" versie 2 voorstelt met de reden "Per 1 maart" en datum van ingang "2026-03-01"
    En "bram" versie 2 goedkeurt met de reden "Akkoord"
    Dan is versie 2 "goedgekeurd"
    Als het "2026-02-28" is
    Dan beslist de dienst nog met versie 1
    Als het "2026-03-01" is
    Dan beslist de dienst met versie 2

  Scenario: Terugzetten in een noodgeval, met een reden
    Als "anna" versie 2 klaarzet
    En "anna" versie 2 voorstelt met de reden "Australië erbij"
    En "bram" versie 2 goedkeurt met de reden "Akkoord"
    Dan beslist de dienst met versie 2
    Als "dirk" versie 1 direct activeert met de reden ""
    Dan weigert de dienst met "reden_ontbreekt"
    Als "dirk" versie 1 direct activeert met de reden "Storing bij de ketenpartner"
    Dan beslist de dienst met versie 1
    En is versie 2 "vervangen"
    En staat in het auditlogboek:
      | actie      | wie  | reden                       |
      | teruggezet | dirk | Storing bij de ketenpartner |

  Scenario: Een versie die nooit actief was, gaat niet zonder beoordeling live
    Als "anna" versie 2 klaarzet
    En "dirk" versie 2 direct activeert met de reden "Snel even"
    Dan weigert de dienst met "verkeerde_status"
    En beslist de dienst nog met versie 1

  Scenario: Een gewijzigd bestand in de tabellenmap wordt voorgesteld, niet geactiveerd
    Als versie 2 in de tabellenmap wordt gezet
    Dan is versie 2 "voorgesteld"
    En beslist de dienst nog met versie 1
    Als "bram" versie 2 goedkeurt met de reden "Bestand gecontroleerd"
    Dan beslist de dienst met versie 2
