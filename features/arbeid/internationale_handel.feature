# language: nl
Functionaliteit: Arbeid in het kader van de Regeling internationaal handelsverkeer
  Vc B5/2.1.5 en het deel 'Regeling internationaal handelsverkeer' van B5/2.3 in de tekst van WBV 2021/22
  (003:L1371-1381, 003:L1567-1573), vanaf 2022-01-01. In aanvulling op art. 3.31, eerste lid, Vb verleent de IND
  een verblijfsvergunning onder de beperking 'arbeid in loondienst' aan de vreemdeling die tijdelijk werkzaamheden
  verricht in het kader van een traject dat is toegelaten tot de Regeling internationaal handelsverkeer (art. 5.2
  Buwav), en die door de werkgever is aangemeld bij het UWV. De beschikking van het UWV over het traject is een
  invoer. Is een voorwaarde niet vervuld, dan verleent de IND niet op deze grond (niet_van_toepassing); de tabel
  wijst niet af.

  Achtergrond:
    Gegeven de tabel "arbeid/internationale_handel"
    En de aanvraag:
      | veld                          | waarde         |
      | aanvraagdatum                 | 2024-03-01     |
      | uwv_beschikking_traject       | toegelaten     |
      | tijdelijk_werkzaam_in_traject | ja             |
      | aanmelding_uwv                | door_werkgever |

  Scenario: Toegelaten traject en aangemeld door de werkgever: verlenen, arbeid in loondienst
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"
    En bevat "gronden" precies "leeg"
    En is "beperking" gelijk aan "arbeid in loondienst"
    En is "arbeidsmarktaantekening" gelijk aan "TWV niet vereist voor specifieke arbeid, andere arbeid toegestaan mits TWV is verleend"
    En is regel "IH-02" toegepast
    En is regel "IH-01, IH-V01, IH-V02, IH-V03" niet toegepast
    En is de status "beslist"
    En noemt de motivering "door de werkgever is aangemeld bij het UWV"

  Abstract Scenario: Elke voorwaarde is nodig: anders niet op deze grond
    Gegeven de aanvraag:
      | veld                          | waarde        |
      | uwv_beschikking_traject       | <beschikking> |
      | tijdelijk_werkzaam_in_traject | <tijdelijk>   |
      | aanmelding_uwv                | <aanmelding>  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "beperking" gelijk aan "<beperking>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | beschikking     | tijdelijk | aanmelding     | besluit             | gronden                             | beperking            | regels                              |
      | toegelaten      | ja        | door_werkgever | inwilligen          | leeg                                | arbeid in loondienst | IH-02                               |
      | niet_toegelaten | ja        | door_werkgever | niet_van_toepassing | traject                             | leeg                 | IH-V01, IH-01                       |
      | toegelaten      | nee       | door_werkgever | niet_van_toepassing | werkzaamheden                       | leeg                 | IH-V02, IH-01                       |
      | toegelaten      | ja        | door_ander     | niet_van_toepassing | aanmelding                          | leeg                 | IH-V03, IH-01                       |
      | toegelaten      | ja        | geen           | niet_van_toepassing | aanmelding                          | leeg                 | IH-V03, IH-01                       |
      | niet_toegelaten | nee       | geen           | niet_van_toepassing | traject, werkzaamheden, aanmelding  | leeg                 | IH-V01, IH-V02, IH-V03, IH-01       |

  Scenario: Een niet vervulde voorwaarde wordt met haar reden gemotiveerd
    Gegeven de aanvraag:
      | veld           | waarde     |
      | aanmelding_uwv | door_ander |
    Als de beslissing wordt genomen
    Dan luidt de motivering:
      """
      De verblijfsvergunning wordt niet op grond van de Regeling internationaal handelsverkeer (B5/2.1.5) verleend omdat de vreemdeling niet door de werkgever is aangemeld bij het UWV (Vc 2000 B5/2.1.5; Vc 2000 B5/2.3).
      """

  Abstract Scenario: Een feit dat niemand opgaf is onbekend: geen besluit
    Gegeven de aanvraag:
      | veld   | waarde |
      | <veld> | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "<veld>"
    En is "besluit" gelijk aan "leeg"
    En is regel "IH-02, IH-01" niet toegepast

    Voorbeelden:
      | veld                          |
      | uwv_beschikking_traject       |
      | tijdelijk_werkzaam_in_traject |
      | aanmelding_uwv                |

  Scenario: Niet aangemeld: niet op deze grond, ook zonder beschikking van het UWV (de gronden zijn nog niet compleet)
    Gegeven de aanvraag:
      | veld                    | waarde |
      | uwv_beschikking_traject | leeg   |
      | aanmelding_uwv          | geen   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "niet_van_toepassing"
    En is "gronden" gelijk aan "leeg"
    En is de status "onvolledig"
    En ontbreken de feiten "uwv_beschikking_traject"
    En is regel "IH-V03, IH-01" toegepast

  Abstract Scenario: De regels gelden vanaf 1 januari 2022
    Gegeven de aanvraag:
      | veld          | waarde  |
      | aanvraagdatum | <datum> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"

    Voorbeelden:
      | datum      | besluit    |
      | 2022-01-01 | inwilligen |
      | 2030-12-31 | inwilligen |

  Scenario: Vóór 2022 staat B5/2.1.5 in deze tekst niet in de bronnen
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2021-12-31 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Abstract Scenario: Ongeldige of ontbrekende verplichte feiten worden geweigerd
    Gegeven de aanvraag:
      | veld   | waarde   |
      | <veld> | <waarde> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"

    Voorbeelden:
      | veld                          | waarde     |
      | uwv_beschikking_traject       | positief   |
      | aanmelding_uwv                | werkgever  |
      | tijdelijk_werkzaam_in_traject | misschien  |
      | aanvraagdatum                 | gisteren   |
      | aanvraagdatum                 | leeg       |
