# language: nl
Functionaliteit: Houder van een Europese blauwe kaart: looncriterium, diploma, beroepskwalificaties, BIG-registratie en zoekperiode
  Vc B6/2.6 in de tekst van WBV 2021/22 (003:L1807-1847), vanaf 2022-01-01.
  Het bruto maandloon telt onkostenvergoedingen en toeslagen mee als zij elke maand giraal worden
  overgemaakt op een rekening op naam van de vreemdeling en contractueel zijn vastgelegd (003:L1815);
  loon in natura, vakantietoeslag en onzekere loonbestanddelen tellen niet mee (003:L1817-1823). Het
  looncriterium (art. 2.2, eerste lid, onder b, BuWav) staat niet in de bronnen: het bedrag van 5000
  per maand is hypothetisch en geldt alleen in januari 2022. Diploma van hoger onderwijs voor arbeid
  waarvoor dat vereist is (003:L1827), erkenning van een gereglementeerd beroep (003:L1831),
  BIG-registratie (003:L1835). Werkloosheid: zoekperiode van drie maanden vanaf de ontbinding,
  intrekken als die is verstreken zonder nieuwe functie (003:L1839-1847). Geldigheidsduur bij verlening:
  de duur van de arbeidsovereenkomst aangevuld met drie maanden, niet langer dan vier jaar (001:L408).

  Achtergrond:
    Gegeven de tabel "arbeid/europese_blauwe_kaart"
    En de aanvraag:
      | veld                                | waarde     |
      | situatie                            | aanvraag   |
      | beoordelingsdatum                   | 2022-01-17 |
      | bruto_maandloon                     | 5000       |
      | vergoedingen_per_maand              | 0          |
      | diploma_hoger_onderwijs             | ja         |
      | functie_vereist_hoger_onderwijs     | ja         |
      | gereglementeerd_beroep              | nee        |
      | beroep_individuele_gezondheidszorg  | nee        |
      | arbeidsovereenkomst_onbepaalde_tijd | ja         |

  Abstract Scenario: Het meetellende bruto maandloon is ten minste het looncriterium (hypothetisch bedrag 5000)
    Gegeven de aanvraag:
      | veld            | waarde |
      | bruto_maandloon | <loon> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | loon    | besluit              | gronden       | regels          |
      | 5000    | geen_afwijzingsgrond | leeg          | EBK-04          |
      | 4999.99 | afwijzen             | looncriterium | EBK-V01, EBK-01 |
      | 12000   | geen_afwijzingsgrond | leeg          | EBK-04          |

  Abstract Scenario: Onkostenvergoedingen en toeslagen tellen alleen mee als zij maandelijks giraal worden betaald en contractueel vastliggen
    Gegeven de aanvraag:
      | veld                            | waarde       |
      | bruto_maandloon                 | 4800         |
      | vergoedingen_per_maand          | <vergoeding> |
      | vergoedingen_maandelijks_giraal | <giraal>     |
      | vergoedingen_contractueel       | <contract>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | vergoeding | giraal | contract | besluit              | gronden       | regels          |
      | 200        | ja     | ja       | geen_afwijzingsgrond | leeg          | EBK-04          |
      | 199.99     | ja     | ja       | afwijzen             | looncriterium | EBK-V01, EBK-01 |
      | 200        | nee    | ja       | afwijzen             | looncriterium | EBK-V01, EBK-01 |
      | 200        | ja     | nee      | afwijzen             | looncriterium | EBK-V01, EBK-01 |
      | 200        | leeg   | nee      | afwijzen             | looncriterium | EBK-V01, EBK-01 |
      | 0          | leeg   | leeg     | afwijzen             | looncriterium | EBK-V01, EBK-01 |

  Abstract Scenario: Geldigheidsduur: de duur van de arbeidsovereenkomst aangevuld met drie maanden, niet langer dan vier jaar
    Gegeven de aanvraag:
      | veld                                | waarde      |
      | arbeidsovereenkomst_onbepaalde_tijd | <onbepaald> |
      | duur_arbeidsovereenkomst_maanden    | <duur>      |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "geen_afwijzingsgrond"
    En is "geldigheidsduur_maanden" gelijk aan "<geldig>"
    En is regel "EBK-04" toegepast
    En is de status "<status>"

    Voorbeelden:
      | onbepaald | duur | geldig | status     |
      | nee       | 12   | 15     | beslist    |
      | nee       | 44   | 47     | beslist    |
      | nee       | 45   | 48     | beslist    |
      | nee       | 60   | 48     | beslist    |
      | ja        | leeg | 48     | beslist    |
      | leeg      | 45   | 48     | beslist    |
      | leeg      | 12   | leeg   | onvolledig |
      | nee       | leeg | leeg   | onvolledig |

  Scenario: Een vergoeding zonder opgave of zij maandelijks giraal wordt betaald: geen besluit
    Gegeven de aanvraag:
      | veld                            | waarde |
      | bruto_maandloon                 | 4800   |
      | vergoedingen_per_maand          | 200    |
      | vergoedingen_maandelijks_giraal | leeg   |
      | vergoedingen_contractueel       | ja     |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "vergoedingen_maandelijks_giraal"
    En is "besluit" gelijk aan "leeg"

  Abstract Scenario: Diploma van hoger onderwijs voor arbeid waarvoor minimaal dat diploma vereist is
    Gegeven de aanvraag:
      | veld                            | waarde    |
      | diploma_hoger_onderwijs         | <diploma> |
      | functie_vereist_hoger_onderwijs | <functie> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | diploma | functie | besluit              | gronden       | regels          | status              |
      | ja      | ja      | geen_afwijzingsgrond | leeg          | EBK-04          | beslist             |
      | ja      | nee     | beoordeling_vereist  | functieniveau | EBK-03          | beoordeling_vereist |
      | nee     | ja      | afwijzen             | diploma       | EBK-V02, EBK-01 | beslist             |
      | nee     | nee     | afwijzen             | diploma       | EBK-V02, EBK-01 | beslist             |
      | nee     | leeg    | afwijzen             | diploma       | EBK-V02, EBK-01 | beslist             |

  Scenario: Arbeid waarvoor geen diploma van hoger onderwijs vereist is: de IND beoordeelt, de tabel wijst niet af
    Gegeven de aanvraag:
      | veld                            | waarde |
      | functie_vereist_hoger_onderwijs | nee    |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is de grond van de beoordeling "functieniveau"

  Abstract Scenario: Een gereglementeerd beroep moet erkend zijn
    Gegeven de aanvraag:
      | veld                        | waarde            |
      | gereglementeerd_beroep      | <gereglementeerd> |
      | beroepskwalificaties_erkend | <erkend>          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | gereglementeerd | erkend | besluit              | gronden                        | regels          |
      | ja              | nee    | afwijzen             | erkenning_beroepskwalificaties | EBK-V03, EBK-01 |
      | ja              | ja     | geen_afwijzingsgrond | leeg                           | EBK-04          |
      | nee             | leeg   | geen_afwijzingsgrond | leeg                           | EBK-04          |

  Abstract Scenario: Individuele gezondheidszorg alleen met BIG-registratie
    Gegeven de aanvraag:
      | veld                               | waarde            |
      | beroep_individuele_gezondheidszorg | <gezondheidszorg> |
      | big_geregistreerd                  | <big>             |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | gezondheidszorg | big  | besluit              | gronden         | regels          |
      | ja              | nee  | afwijzen             | big_registratie | EBK-V04, EBK-01 |
      | ja              | ja   | geen_afwijzingsgrond | leeg            | EBK-04          |
      | nee             | leeg | geen_afwijzingsgrond | leeg            | EBK-04          |

  Scenario: Een beroep in de gezondheidszorg zonder opgave van de BIG-registratie: geen besluit
    Gegeven de aanvraag:
      | veld                               | waarde |
      | beroep_individuele_gezondheidszorg | ja     |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "big_geregistreerd"

  Scenario: Alle voorwaarden die niet zijn vervuld worden genoemd
    Gegeven de aanvraag:
      | veld                               | waarde |
      | bruto_maandloon                    | 3000   |
      | diploma_hoger_onderwijs            | nee    |
      | gereglementeerd_beroep             | ja     |
      | beroepskwalificaties_erkend        | nee    |
      | beroep_individuele_gezondheidszorg | ja     |
      | big_geregistreerd                  | nee    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "looncriterium, diploma, erkenning_beroepskwalificaties, big_registratie"
    En is regel "EBK-V01, EBK-V02, EBK-V03, EBK-V04, EBK-01" toegepast

  Abstract Scenario: Zonder ingevuld looncriterium op de peildatum beoordeelt de IND het loon; een andere grond wijst wel af
    Gegeven de aanvraag:
      | veld                    | waarde    |
      | beoordelingsdatum       | <datum>   |
      | diploma_hoger_onderwijs | <diploma> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | datum      | diploma | besluit              | gronden              | regels          | status              |
      | 2022-01-31 | ja      | geen_afwijzingsgrond | leeg                 | EBK-04          | beslist             |
      | 2022-02-01 | ja      | beoordeling_vereist  | looncriterium_bedrag | EBK-02          | beoordeling_vereist |
      | 2024-05-01 | ja      | beoordeling_vereist  | looncriterium_bedrag | EBK-02          | beoordeling_vereist |
      | 2024-05-01 | nee     | afwijzen             | diploma              | EBK-V02, EBK-01 | beslist             |

  Abstract Scenario: Werkloos: zoekperiode van drie maanden vanaf de dag van de ontbinding, intrekken als die verstrijkt zonder nieuwe functie
    Gegeven de aanvraag:
      | veld                       | waarde       |
      | situatie                   | werkloos     |
      | beoordelingsdatum          | <datum>      |
      | vergunning_geldig_tot      | 2026-12-31   |
      | datum_ontbinding           | <ontbinding> |
      | nieuwe_functie_gevonden    | <gevonden>   |
      | nieuwe_functie_gevonden_op | <op>         |
      | voldoet_aan_voorwaarden    | <voldoet>    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "einde_zoekperiode" gelijk aan "<einde>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | datum      | ontbinding | gevonden | op         | voldoet | besluit           | einde      | regels          |
      | 2024-06-14 | 2024-03-15 | nee      | leeg       | leeg    | zoekperiode_loopt | 2024-06-14 | EBK-Z03, EBK-06 |
      | 2024-06-15 | 2024-03-15 | nee      | leeg       | leeg    | intrekken         | 2024-06-14 | EBK-Z04, EBK-06 |
      | 2024-07-01 | 2024-03-15 | ja       | 2024-06-14 | ja      | niet_intrekken    | 2024-06-14 | EBK-Z02, EBK-06 |
      | 2024-05-02 | 2024-03-15 | ja       | 2024-05-01 | ja      | niet_intrekken    | 2024-06-14 | EBK-Z02, EBK-06 |
      | 2024-07-01 | 2024-03-15 | ja       | 2024-06-15 | ja      | intrekken         | 2024-06-14 | EBK-Z05, EBK-06 |
      | 2024-07-01 | 2024-03-15 | ja       | 2024-06-10 | nee     | intrekken         | 2024-06-14 | EBK-Z06, EBK-06 |
      | 2024-06-14 | 2024-03-15 | ja       | 2024-06-10 | nee     | zoekperiode_loopt | 2024-06-14 | EBK-Z03, EBK-06 |
      | 2024-05-31 | 2024-03-01 | nee      | leeg       | leeg    | zoekperiode_loopt | 2024-05-31 | EBK-Z03, EBK-06 |
      | 2024-06-01 | 2024-03-01 | nee      | leeg       | leeg    | intrekken         | 2024-05-31 | EBK-Z04, EBK-06 |
      | 2025-02-28 | 2024-11-30 | nee      | leeg       | leeg    | zoekperiode_loopt | 2025-02-28 | EBK-Z03, EBK-06 |
      | 2025-03-01 | 2024-11-30 | nee      | leeg       | leeg    | intrekken         | 2025-02-28 | EBK-Z04, EBK-06 |
      | 2024-04-30 | 2024-01-31 | nee      | leeg       | leeg    | zoekperiode_loopt | 2024-04-30 | EBK-Z03, EBK-06 |
      | 2024-05-01 | 2024-01-31 | nee      | leeg       | leeg    | intrekken         | 2024-04-30 | EBK-Z04, EBK-06 |
      | 2024-02-28 | 2023-11-29 | nee      | leeg       | leeg    | zoekperiode_loopt | 2024-02-28 | EBK-Z03, EBK-06 |
      | 2024-02-29 | 2023-11-29 | nee      | leeg       | leeg    | intrekken         | 2024-02-28 | EBK-Z04, EBK-06 |

  Abstract Scenario: De zoekperiode geldt alleen bij werkloosheid gedurende de geldigheidsduur
    Gegeven de aanvraag:
      | veld                    | waarde       |
      | situatie                | werkloos     |
      | beoordelingsdatum       | 2027-01-15   |
      | vergunning_geldig_tot   | 2026-12-31   |
      | datum_ontbinding        | <ontbinding> |
      | nieuwe_functie_gevonden | nee          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En is "einde_zoekperiode" gelijk aan "<einde>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | ontbinding | besluit           | einde      | regels          |
      | 2026-12-31 | zoekperiode_loopt | 2027-03-30 | EBK-Z03, EBK-06 |
      | 2027-01-01 | geen_zoekperiode  | leeg       | EBK-Z01, EBK-05 |

  Scenario: Na de zoekperiode zonder opgave of een nieuwe functie is gevonden: geen besluit
    Gegeven de aanvraag:
      | veld                  | waarde     |
      | situatie              | werkloos   |
      | beoordelingsdatum     | 2024-07-01 |
      | vergunning_geldig_tot | 2026-12-31 |
      | datum_ontbinding      | 2024-03-15 |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "nieuwe_functie_gevonden, nieuwe_functie_gevonden_op, voldoet_aan_voorwaarden"
    En is "besluit" gelijk aan "leeg"

  Scenario: Een nieuwe functie zonder datum: geen besluit
    Gegeven de aanvraag:
      | veld                    | waarde     |
      | situatie                | werkloos   |
      | beoordelingsdatum       | 2024-07-01 |
      | vergunning_geldig_tot   | 2026-12-31 |
      | datum_ontbinding        | 2024-03-15 |
      | nieuwe_functie_gevonden | ja         |
      | voldoet_aan_voorwaarden | ja         |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "nieuwe_functie_gevonden_op"

  Scenario: Een datum van een nieuwe functie terwijl er geen is gevonden, wordt geweigerd en noemt beide velden
    Gegeven de aanvraag:
      | veld                       | waarde     |
      | situatie                   | werkloos   |
      | beoordelingsdatum          | 2024-07-01 |
      | vergunning_geldig_tot      | 2026-12-31 |
      | datum_ontbinding           | 2024-03-15 |
      | nieuwe_functie_gevonden    | nee        |
      | nieuwe_functie_gevonden_op | 2024-05-01 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "nieuwe_functie_gevonden"
    En noemt de fout het veld "nieuwe_functie_gevonden_op"

  Abstract Scenario: Vóór 2022 staat B6/2.6 niet in de bronnen
    Gegeven de aanvraag:
      | veld              | waarde  |
      | beoordelingsdatum | <datum> |
    Als de beslissing wordt genomen
    Dan <uitkomst>

    Voorbeelden:
      | datum      | uitkomst                                             |
      | 2021-12-31 | geeft de beslissing de fout "geen_regels_van_kracht" |
      | 2022-01-01 | is "besluit" gelijk aan "geen_afwijzingsgrond"       |

  Abstract Scenario: Ongeldige feiten worden geweigerd
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | veld                             | waarde    |
      | situatie                         | ontslagen |
      | bruto_maandloon                  | -1        |
      | vergoedingen_per_maand           | -0.01     |
      | datum_ontbinding                 | maart     |
      | big_geregistreerd                | misschien |
      | duur_arbeidsovereenkomst_maanden | 0         |
