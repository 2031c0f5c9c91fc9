# language: nl
Functionaliteit: Voortgezet verblijf na medische behandeling of medische noodsituatie (Vc B16/3.2, B16/4.10)
  Tekst van WBV 2010/20 (in werking 1 januari 2011; 002:L858-872, 002:L896-906).
  Na drie jaar als houder van de vergunning 'medische behandeling' een vergunning onder de beperking
  'voortgezet verblijf' (artikel 3.51, eerste lid, onder b, Vb) als de behandeling nog ten minste een jaar
  noodzakelijk is, de verlengingsvoorwaarden steeds zijn vervuld en de voorwaarden van B8/2.1 nog worden vervuld.
  Is de vergunning verleend na ten minste een jaar beletselen tegen uitzetting (artikel 64 Vw) of houderschap van
  de vergunning 'verblijf vanwege medische noodsituatie', dan telt die periode mee voor de drie jaar (artikel 3.52 Vb).
  Houders van de vergunning 'verblijf vanwege medische noodsituatie': na drie jaar als de noodsituatie nog
  ten minste een jaar duurt (artikel 3.52 Vb). Geen afwijzing op middelen van bestaan.

  Achtergrond:
    Gegeven de tabel "medisch/voortgezet_verblijf"
    En de aanvraag:
      | veld                               | waarde |
      | voldeed_aan_verlengingsvoorwaarden | ja     |
      | voldoet_nog_aan_voorwaarden        | ja     |

  Abstract Scenario: Medische behandeling: na drie jaar als houder (de derde verjaardag van het houderschap)
    Gegeven de aanvraag:
      | veld                                 | waarde               |
      | aanvraagdatum                        | <aanvraagdatum>      |
      | oorspronkelijke_beperking            | medische behandeling |
      | houder_sinds                         | <houder_sinds>       |
      | behandeling_nog_noodzakelijk_maanden | 18                   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "beperking" gelijk aan "<beperking>"
    En is "grondslag" gelijk aan "<grondslag>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | houder_sinds | besluit    | gronden       | beperking           | grondslag                  | regels        |
      | 2021-02-28    | 2018-03-01   | afwijzen   | verblijfsduur | leeg                | leeg                       | VV-G01, VV-01 |
      | 2021-03-01    | 2018-03-01   | inwilligen | leeg          | voortgezet verblijf | art. 3.51 lid 1 onder b Vb | VV-02         |
      | 2021-03-02    | 2018-03-01   | inwilligen | leeg          | voortgezet verblijf | art. 3.51 lid 1 onder b Vb | VV-02         |
      | 2023-02-27    | 2020-02-29   | afwijzen   | verblijfsduur | leeg                | leeg                       | VV-G01, VV-01 |
      | 2023-02-28    | 2020-02-29   | inwilligen | leeg          | voortgezet verblijf | art. 3.51 lid 1 onder b Vb | VV-02         |

  Abstract Scenario: Een jaar beletselen tegen uitzetting of houderschap 'medische noodsituatie' voor de vergunning telt mee voor de drie jaar
    Gegeven de aanvraag:
      | veld                                 | waarde               |
      | aanvraagdatum                        | <aanvraagdatum>      |
      | oorspronkelijke_beperking            | medische behandeling |
      | houder_sinds                         | 2017-03-01           |
      | meegetelde_periode_sinds             | <periode_sinds>      |
      | behandeling_nog_noodzakelijk_maanden | 12                   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "grondslag" gelijk aan "<grondslag>"
    En is regel "<regels>" toegepast

    Voorbeelden: de periode duurde precies een jaar en telt mee; drie jaar vanaf het begin van die periode
      | aanvraagdatum | periode_sinds | besluit    | gronden       | grondslag   | regels        |
      | 2019-02-28    | 2016-03-01    | afwijzen   | verblijfsduur | leeg        | VV-G01, VV-01 |
      | 2019-03-01    | 2016-03-01    | inwilligen | leeg          | art. 3.52 Vb | VV-03        |
      | 2019-03-02    | 2016-03-01    | inwilligen | leeg          | art. 3.52 Vb | VV-03        |

    Voorbeelden: een dag korter dan een jaar telt niet mee; dan drie jaar vanaf het houderschap
      | aanvraagdatum | periode_sinds | besluit    | gronden       | grondslag                  | regels        |
      | 2019-03-01    | 2016-03-02    | afwijzen   | verblijfsduur | leeg                       | VV-G01, VV-01 |
      | 2020-02-29    | 2016-03-02    | afwijzen   | verblijfsduur | leeg                       | VV-G01, VV-01 |
      | 2020-03-01    | 2016-03-02    | inwilligen | leeg          | art. 3.51 lid 1 onder b Vb | VV-02         |

  Abstract Scenario: Een meegetelde periode die op 29 februari begon: een jaar is 28 februari, drie jaar ook
    Gegeven de aanvraag:
      | veld                                 | waarde               |
      | aanvraagdatum                        | <aanvraagdatum>      |
      | oorspronkelijke_beperking            | medische behandeling |
      | houder_sinds                         | <houder_sinds>       |
      | meegetelde_periode_sinds             | 2016-02-29           |
      | behandeling_nog_noodzakelijk_maanden | 12                   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "grondslag" gelijk aan "<grondslag>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | houder_sinds | besluit    | gronden       | grondslag                  | regels        |
      | 2019-02-27    | 2017-02-28   | afwijzen   | verblijfsduur | leeg                       | VV-G01, VV-01 |
      | 2019-02-28    | 2017-02-28   | inwilligen | leeg          | art. 3.52 Vb               | VV-03         |
      | 2019-02-28    | 2017-02-27   | afwijzen   | verblijfsduur | leeg                       | VV-G01, VV-01 |
      | 2020-02-27    | 2017-02-27   | inwilligen | leeg          | art. 3.51 lid 1 onder b Vb | VV-02         |

  Abstract Scenario: Medische behandeling: nog ten minste een jaar noodzakelijk
    Gegeven de aanvraag:
      | veld                                 | waarde               |
      | aanvraagdatum                        | 2021-06-01           |
      | oorspronkelijke_beperking            | medische behandeling |
      | houder_sinds                         | 2018-03-01           |
      | behandeling_nog_noodzakelijk_maanden | <maanden>            |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | maanden | besluit    | gronden      | regels        |
      | 0       | afwijzen   | verdere_duur | VV-G03, VV-01 |
      | 11.9    | afwijzen   | verdere_duur | VV-G03, VV-01 |
      | 12      | inwilligen | leeg         | VV-02         |
      | 30      | inwilligen | leeg         | VV-02         |

  Abstract Scenario: Medische noodsituatie: na drie jaar als houder en de noodsituatie duurt nog ten minste een jaar
    Gegeven de aanvraag:
      | veld                           | waarde                                 |
      | aanvraagdatum                  | <aanvraagdatum>                        |
      | oorspronkelijke_beperking      | verblijf vanwege medische noodsituatie |
      | houder_sinds                   | 2008-01-15                             |
      | meegetelde_periode_sinds       | <periode_sinds>                        |
      | noodsituatie_duurt_nog_maanden | <maanden>                              |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "beperking" gelijk aan "<beperking>"
    En is "grondslag" gelijk aan "<grondslag>"
    En is regel "<regels>" toegepast

    Voorbeelden: de noodsituatie duurt nog ten minste een jaar
      | aanvraagdatum | periode_sinds | maanden | besluit    | gronden      | beperking           | grondslag    | regels        |
      | 2011-06-01    | leeg          | 11.9    | afwijzen   | verdere_duur | leeg                | leeg         | VV-G04, VV-01 |
      | 2011-06-01    | leeg          | 12      | inwilligen | leeg         | voortgezet verblijf | art. 3.52 Vb | VV-04         |
      | 2011-06-01    | leeg          | 12.1    | inwilligen | leeg         | voortgezet verblijf | art. 3.52 Vb | VV-04         |

    Voorbeelden: drie jaar als houder; een eerdere periode telt hier niet mee
      | aanvraagdatum | periode_sinds | maanden | besluit    | gronden       | beperking           | grondslag    | regels        |
      | 2011-01-14    | leeg          | 24      | afwijzen   | verblijfsduur | leeg                | leeg         | VV-G02, VV-01 |
      | 2011-01-15    | leeg          | 24      | inwilligen | leeg          | voortgezet verblijf | art. 3.52 Vb | VV-04         |
      | 2011-01-16    | leeg          | 24      | inwilligen | leeg          | voortgezet verblijf | art. 3.52 Vb | VV-04         |
      | 2011-01-14    | 2004-01-01    | 24      | afwijzen   | verblijfsduur | leeg                | leeg         | VV-G02, VV-01 |

  Abstract Scenario: De verlengingsvoorwaarden steeds vervuld en de voorwaarden nog vervuld; alle gronden worden genoemd
    Gegeven de aanvraag:
      | veld                                 | waarde          |
      | aanvraagdatum                        | 2012-06-01      |
      | oorspronkelijke_beperking            | <beperking>     |
      | houder_sinds                         | <houder_sinds>  |
      | behandeling_nog_noodzakelijk_maanden | 6               |
      | noodsituatie_duurt_nog_maanden       | 24              |
      | voldeed_aan_verlengingsvoorwaarden   | <verlenging>    |
      | voldoet_nog_aan_voorwaarden          | <voorwaarden>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | beperking                              | houder_sinds | verlenging | voorwaarden | gronden                                                     | regels                                |
      | verblijf vanwege medische noodsituatie | 2008-01-15   | nee        | ja          | verlengingsvoorwaarden                                      | VV-G05, VV-01                         |
      | verblijf vanwege medische noodsituatie | 2008-01-15   | ja         | nee         | voorwaarden                                                 | VV-G06, VV-01                         |
      | medische behandeling                   | 2010-01-01   | nee        | nee         | verblijfsduur, verdere_duur, verlengingsvoorwaarden, voorwaarden | VV-G01, VV-G03, VV-G05, VV-G06, VV-01 |

  Scenario: De tekst van WBV 2010/20 geldt voor aanvragen vanaf 1 januari 2011: op 31 december 2010 geen regels
    Gegeven de aanvraag:
      | veld                           | waarde                                 |
      | aanvraagdatum                  | 2010-12-31                             |
      | oorspronkelijke_beperking      | verblijf vanwege medische noodsituatie |
      | houder_sinds                   | 2007-06-01                             |
      | noodsituatie_duurt_nog_maanden | 24                                     |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"

  Scenario: Op 1 januari 2011 wordt wel beslist
    Gegeven de aanvraag:
      | veld                           | waarde                                 |
      | aanvraagdatum                  | 2011-01-01                             |
      | oorspronkelijke_beperking      | verblijf vanwege medische noodsituatie |
      | houder_sinds                   | 2007-06-01                             |
      | noodsituatie_duurt_nog_maanden | 24                                     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"
    En is regel "VV-04" toegepast

  Scenario: De oorspronkelijke beperking is nodig
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2021-03-01 |
      | houder_sinds  | 2018-03-01 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "oorspronkelijke_beperking"

  Abstract Scenario: Feiten die niet samen kunnen, zijn een ongeldig verzoek dat beide velden noemt (blad Controles)
    Gegeven de aanvraag:
      | veld                      | waarde               |
      | aanvraagdatum             | 2021-03-01           |
      | oorspronkelijke_beperking | medische behandeling |
      | houder_sinds              | <houder_sinds>       |
      | meegetelde_periode_sinds  | <periode_sinds>      |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld>"
    En noemt de fout het veld "<ander>"

    Voorbeelden:
      | houder_sinds | periode_sinds | veld         | ander                    |
      | 2021-03-02   | 2020-01-01    | houder_sinds | aanvraagdatum            |
      | 2018-03-01   | 2018-03-02    | houder_sinds | meegetelde_periode_sinds |

  Abstract Scenario: Een feit dat niemand opgaf is onbekend: de beslissing is onvolledig en noemt het
    Gegeven de aanvraag:
      | veld                                 | waarde               |
      | aanvraagdatum                        | 2021-06-01           |
      | oorspronkelijke_beperking            | medische behandeling |
      | houder_sinds                         | 2018-03-01           |
      | behandeling_nog_noodzakelijk_maanden | 18                   |
      | <weg>                                | leeg                 |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "<weg>"

    Voorbeelden:
      | weg                                  |
      | behandeling_nog_noodzakelijk_maanden |
      | voldeed_aan_verlengingsvoorwaarden   |
      | voldoet_nog_aan_voorwaarden          |

  Scenario: De motivering van een inwilliging noemt de feiten die beslisten
    Gegeven de aanvraag:
      | veld                                 | waarde               |
      | aanvraagdatum                        | 2021-03-01           |
      | oorspronkelijke_beperking            | medische behandeling |
      | houder_sinds                         | 2018-03-01           |
      | behandeling_nog_noodzakelijk_maanden | 18                   |
    Als de beslissing wordt genomen
    Dan noemt de motivering "De verblijfsvergunning onder de beperking 'voortgezet verblijf' wordt verleend omdat de vreemdeling sinds 1 maart 2018 houder is van de vergunning 'medische behandeling'"
    En noemt de motivering "(Vc 2000 B16/3.2; Vb 2000 art. 3.51 lid 1 onder b)"
