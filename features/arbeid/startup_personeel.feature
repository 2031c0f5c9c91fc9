# language: nl
Functionaliteit: Pilot arbeid als essentieel startup personeel
  Vc B5/2.1.6 en het deel 'Pilot arbeid als essentieel startup personeel' van B5/2.3 in de tekst van WBV 2021/22
  (003:L1383-1403, 003:L1587-1667), vanaf 2022-01-01. De IND wijst af als in totaal vijf vreemdelingen op basis van
  dit verblijfsdoel voor dezelfde startup onderneming werken of hebben gewerkt (003:L1393), of als de onderneming op
  het moment van beoordeling meer dan vijftien werknemers met een arbeidsovereenkomst heeft (003:L1395). Het advies
  van de Minister van EZ is een invoer en geldt drie jaar na ingang van de eerste vergunning voor essentieel
  personeel bij de onderneming (003:L1403). Middelen van bestaan worden aangenomen bij het salariscriterium en de
  medewerkersparticipatie (003:L1399); het salariscriterium van 4000 euro per maand is hypothetisch (januari 2022).
  Peildatum is de beoordelingsdatum: de pilot toetst 'op het moment van beoordeling' (aanname voor de regels en het
  salariscriterium).
  Bewijsmiddelen voor de adviesaanvraag bij EZ: de facilitator (18 maanden na afloop, 003:L1663) en een
  financieringsovereenkomst van minimaal EUR 100.000 (003:L1667).

  Achtergrond:
    Gegeven de tabel "arbeid/startup_personeel"
    En de aanvraag:
      | veld                                    | waarde     |
      | aanvraagdatum                           | 2022-01-03 |
      | beoordelingsdatum                       | 2022-01-20 |
      | aantal_vreemdelingen_startup            | 0          |
      | aantal_werknemers                       | 8          |
      | datum_verzamelloonstaat                 | 2022-01-05 |
      | ez_advies                               | positief   |
      | eerdere_vergunning_essentieel_personeel | nee        |
      | salaris_per_maand                       | 4500       |
      | medewerkersparticipatie_voldoet         | ja         |
      | begeleidingsovereenkomst_facilitator    | geen       |
      | financier                               | geen       |

  Scenario: Het eerste essentiële personeelslid van een kleine startup krijgt de vergunning
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"
    En bevat "gronden" precies "leeg"
    En is "middelen_van_bestaan" gelijk aan "aangenomen"
    En is "beperking" gelijk aan "arbeid in loondienst"
    En is "arbeidsmarktaantekening" gelijk aan "TWV niet vereist voor specifieke arbeid, andere arbeid toegestaan mits TWV is verleend"
    En is regel "SP-03, SP-M02, SP-F01, SP-K01" toegepast
    En is de status "beslist"
    En noemt de motivering "wordt verleend onder de beperking 'arbeid in loondienst'"

  Abstract Scenario: In totaal vijf vreemdelingen voor dezelfde startup: de aanvrager kan de vijfde zijn, niet de zesde
    Gegeven de aanvraag:
      | veld                                    | waarde     |
      | aantal_vreemdelingen_startup            | <aantal>   |
      | eerdere_vergunning_essentieel_personeel | ja         |
      | ingangsdatum_eerste_vergunning          | 2021-06-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "beslist"

    Voorbeelden:
      | aantal | besluit    | gronden            | regels        |
      | 1      | inwilligen | leeg               | SP-03         |
      | 4      | inwilligen | leeg               | SP-03         |
      | 5      | afwijzen   | vijf_vreemdelingen | SP-A01, SP-01 |
      | 6      | afwijzen   | vijf_vreemdelingen | SP-A01, SP-01 |

  Abstract Scenario: Meer dan vijftien werknemers op het moment van beoordeling: vijftien mag, zestien niet
    Gegeven de aanvraag:
      | veld              | waarde   |
      | aantal_werknemers | <aantal> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aantal | besluit    | gronden                      | regels        |
      | 0      | inwilligen | leeg                         | SP-03         |
      | 15     | inwilligen | leeg                         | SP-03         |
      | 16     | afwijzen   | meer_dan_vijftien_werknemers | SP-A02, SP-01 |
      | 40     | afwijzen   | meer_dan_vijftien_werknemers | SP-A02, SP-01 |

  Scenario: Beide afwijzingsgronden worden genoemd
    Gegeven de aanvraag:
      | veld                                    | waarde     |
      | aantal_vreemdelingen_startup            | 5          |
      | aantal_werknemers                       | 16         |
      | eerdere_vergunning_essentieel_personeel | ja         |
      | ingangsdatum_eerste_vergunning          | 2021-06-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "vijf_vreemdelingen, meer_dan_vijftien_werknemers"
    En is regel "SP-A01, SP-A02, SP-01" toegepast
    En noemt de motivering "16 werknemers op basis van een arbeidsovereenkomst arbeid laat verrichten, meer dan vijftien"

  Scenario: Een afwijzingsgrond gaat voor wat anders nog beoordeling zou vragen
    Gegeven de aanvraag:
      | veld                    | waarde     |
      | aantal_werknemers       | 16         |
      | ez_advies               | negatief   |
      | datum_verzamelloonstaat | 2021-01-01 |
      | salaris_per_maand       | 1000       |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "meer_dan_vijftien_werknemers"
    En is regel "SP-A02, SP-01, SP-M03" toegepast
    En is regel "SP-B01, SP-B03, SP-B05, SP-02" niet toegepast

  Scenario: Een afwijzingsgrond wordt toegepast, ook als een ander feit nog onbekend is
    Gegeven de aanvraag:
      | veld              | waarde |
      | aantal_werknemers | 20     |
      | ez_advies         | leeg   |
      | salaris_per_maand | leeg   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "meer_dan_vijftien_werknemers"
    En is regel "SP-A02, SP-01" toegepast

  Scenario: Een negatief advies van de Minister van EZ: de IND beoordeelt, de tabel wijst niet af en verleent niet
    Gegeven de aanvraag:
      | veld      | waarde   |
      | ez_advies | negatief |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "ez_advies"
    En is regel "SP-B01, SP-02" toegepast
    En is de status "beoordeling_vereist"
    En is de grond van de beoordeling "ez_advies"

  Abstract Scenario: Het EZ-advies geldt drie jaar na ingang van de eerste vergunning bij de onderneming (op de beoordelingsdatum)
    Gegeven de aanvraag:
      | veld                                    | waarde        |
      | aantal_vreemdelingen_startup            | 2             |
      | eerdere_vergunning_essentieel_personeel | ja            |
      | ingangsdatum_eerste_vergunning          | <ingang>      |
      | beoordelingsdatum                       | <beoordeling> |
      | datum_verzamelloonstaat                 | <beoordeling> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | ingang     | beoordeling | besluit             | gronden                              | regels                |
      | 2019-01-20 | 2022-01-19  | inwilligen          | leeg                                 | SP-03                 |
      | 2019-01-20 | 2022-01-20  | beoordeling_vereist | ez_advies_verlopen                   | SP-B02, SP-02         |
      | 2015-06-01 | 2022-01-20  | beoordeling_vereist | ez_advies_verlopen                   | SP-B02, SP-02         |
      | 2020-02-29 | 2023-02-27  | beoordeling_vereist | salariscriterium                     | SP-B04, SP-02         |
      | 2020-02-29 | 2023-02-28  | beoordeling_vereist | ez_advies_verlopen, salariscriterium | SP-B02, SP-B04, SP-02 |

  Scenario: Zonder eerdere vergunning bij de onderneming lopen de drie jaar nog niet
    Gegeven de aanvraag:
      | veld                                    | waarde |
      | eerdere_vergunning_essentieel_personeel | nee    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"
    En is regel "SP-B02" niet toegepast

  Scenario: Zonder advies van EZ geen besluit, maar de bewijsmiddelen voor de adviesaanvraag staan vast
    Gegeven de aanvraag:
      | veld      | waarde |
      | ez_advies | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "ez_advies"
    En is "besluit" gelijk aan "leeg"
    En is "bewijs_groei" gelijk aan "i_ii_en_iii"
    En is "bewijs_financiering" gelijk aan "volledig"
    En is regel "SP-03, SP-02" niet toegepast

  Abstract Scenario: Een eerdere vergunning zonder ingangsdatum, of niet opgegeven of er een was: geen besluit
    Gegeven de aanvraag:
      | veld                                    | waarde    |
      | aantal_vreemdelingen_startup            | <aantal>  |
      | eerdere_vergunning_essentieel_personeel | <eerdere> |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "<ontbreekt>"
    En is "besluit" gelijk aan "leeg"

    Voorbeelden:
      | aantal | eerdere | ontbreekt                                                              |
      | 1      | ja      | ingangsdatum_eerste_vergunning                                         |
      | 1      | leeg    | eerdere_vergunning_essentieel_personeel, ingangsdatum_eerste_vergunning |

  Abstract Scenario: Het aantal werknemers of vreemdelingen niet opgegeven: geen besluit (onbekend is nooit nul)
    Gegeven de aanvraag:
      | veld   | waarde |
      | <veld> | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "<veld>"
    En is "besluit" gelijk aan "leeg"

    Voorbeelden:
      | veld                            |
      | aantal_vreemdelingen_startup    |
      | aantal_werknemers               |
      | datum_verzamelloonstaat         |
      | salaris_per_maand               |
      | medewerkersparticipatie_voldoet |

  Abstract Scenario: De verzamelloonstaat is op het moment van beoordelen niet ouder dan 3 maanden
    Gegeven de aanvraag:
      | veld                    | waarde        |
      | beoordelingsdatum       | <beoordeling> |
      | datum_verzamelloonstaat | <loonstaat>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | beoordeling | loonstaat  | besluit             | gronden                             | regels                |
      | 2022-01-20  | 2021-10-20 | inwilligen          | leeg                                | SP-03                 |
      | 2022-01-20  | 2021-10-19 | beoordeling_vereist | verzamelloonstaat                   | SP-B03, SP-02         |
      | 2022-01-20  | 2022-01-20 | inwilligen          | leeg                                | SP-03                 |
      | 2022-05-31  | 2022-02-28 | beoordeling_vereist | salariscriterium                    | SP-B04, SP-02         |
      | 2022-05-31  | 2022-02-27 | beoordeling_vereist | verzamelloonstaat, salariscriterium | SP-B03, SP-B04, SP-02 |

  Scenario: Meer dan vijftien werknemers met een oude verzamelloonstaat: afwijzen, de loonstaat doet niet ter zake
    Gegeven de aanvraag:
      | veld                    | waarde     |
      | aantal_werknemers       | 16         |
      | datum_verzamelloonstaat | 2021-01-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En is regel "SP-B03" niet toegepast

  Abstract Scenario: Salariscriterium en medewerkersparticipatie: middelen van bestaan aangenomen (hypothetisch criterium 4000)
    Gegeven de aanvraag:
      | veld                            | waarde        |
      | salaris_per_maand               | <salaris>     |
      | medewerkersparticipatie_voldoet | <participatie> |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "middelen_van_bestaan" gelijk aan "<middelen>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | salaris | participatie | besluit             | gronden                          | middelen        | regels                        |
      | 4000    | ja           | inwilligen          | leeg                             | aangenomen      | SP-M02, SP-03                 |
      | 3999.99 | ja           | beoordeling_vereist | salaris                          | niet_aangenomen | SP-B05, SP-M03, SP-02         |
      | 4000    | nee          | beoordeling_vereist | medewerkersparticipatie          | niet_aangenomen | SP-B06, SP-M04, SP-02         |
      | 0       | nee          | beoordeling_vereist | salaris, medewerkersparticipatie | niet_aangenomen | SP-B05, SP-B06, SP-M03, SP-02 |

  Scenario: Zonder ingevuld salariscriterium op de peildatum: de IND beoordeelt, de tabel verleent niet
    Gegeven de aanvraag:
      | veld              | waarde     |
      | beoordelingsdatum | 2022-02-01 |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "salariscriterium"
    En is "middelen_van_bestaan" gelijk aan "leeg"
    En is regel "SP-B04, SP-M01, SP-02" toegepast
    En is regel "SP-03, SP-B05" niet toegepast
    En is de status "beoordeling_vereist"

  Abstract Scenario: Met een facilitator alleen de bewijsmiddelen ten aanzien van de groei onder iii
    Gegeven de aanvraag:
      | veld                                 | waarde     |
      | begeleidingsovereenkomst_facilitator | <overeenkomst> |
      | einddatum_begeleidingsovereenkomst   | <einde>    |
      | facilitator_actief_betrokken         | <actief>   |
    Als de beslissing wordt genomen
    Dan is "bewijs_groei" gelijk aan "<bewijs>"
    En is "besluit" gelijk aan "inwilligen"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | overeenkomst | einde      | actief | bewijs      | regels |
      | geen         | leeg       | leeg   | i_ii_en_iii | SP-F01 |
      | lopend       | leeg       | ja     | alleen_iii  | SP-F04 |
      | lopend       | 2023-06-30 | nee    | i_ii_en_iii | SP-F03 |
      | beeindigd    | 2020-07-03 | ja     | alleen_iii  | SP-F05 |
      | beeindigd    | 2020-07-02 | ja     | i_ii_en_iii | SP-F02 |
      | beeindigd    | 2020-07-02 | leeg   | i_ii_en_iii | SP-F02 |
      | beeindigd    | 2021-12-31 | nee    | i_ii_en_iii | SP-F03 |

  Abstract Scenario: Maximaal 18 maanden na afloop van de begeleidingsovereenkomst, ook aan het eind van een maand
    Gegeven de aanvraag:
      | veld                                 | waarde          |
      | aanvraagdatum                        | <aanvraagdatum> |
      | beoordelingsdatum                    | 2022-03-01      |
      | begeleidingsovereenkomst_facilitator | beeindigd       |
      | einddatum_begeleidingsovereenkomst   | <einde>         |
      | facilitator_actief_betrokken         | ja              |
    Als de beslissing wordt genomen
    Dan is "bewijs_groei" gelijk aan "<bewijs>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | aanvraagdatum | einde      | bewijs      | regels |
      | 2022-02-28    | 2020-08-31 | alleen_iii  | SP-F05 |
      | 2022-03-01    | 2020-08-31 | i_ii_en_iii | SP-F02 |

  Abstract Scenario: Bij een lopende of afgelopen overeenkomst zonder oordeel over de facilitator staat het bewijs niet vast
    Gegeven de aanvraag:
      | veld                                 | waarde         |
      | begeleidingsovereenkomst_facilitator | <overeenkomst> |
      | einddatum_begeleidingsovereenkomst   | <einde>        |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "<ontbreekt>"
    En is "bewijs_groei" gelijk aan "leeg"
    En is "besluit" gelijk aan "inwilligen"

    Voorbeelden:
      | overeenkomst | einde      | ontbreekt                                                        |
      | lopend       | leeg       | facilitator_actief_betrokken                                     |
      | beeindigd    | 2021-12-31 | facilitator_actief_betrokken                                     |
      | beeindigd    | leeg       | einddatum_begeleidingsovereenkomst, facilitator_actief_betrokken |

  Abstract Scenario: Een financieringsovereenkomst van minimaal EUR 100.000 met een durfinvesteerder of een Nederlandse bank
    Gegeven de aanvraag:
      | veld                             | waarde     |
      | financier                        | <financier> |
      | financieringsovereenkomst_bedrag | <bedrag>   |
    Als de beslissing wordt genomen
    Dan is "bewijs_financiering" gelijk aan "<bewijs>"
    En is "besluit" gelijk aan "inwilligen"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | financier        | bedrag    | bewijs                           | regels |
      | geen             | leeg      | volledig                         | SP-K01 |
      | andere           | 500000    | volledig                         | SP-K01 |
      | durfinvesteerder | 100000    | alleen_financieringsovereenkomst | SP-K03 |
      | durfinvesteerder | 99999.99  | volledig                         | SP-K02 |
      | nederlandse_bank | 100000.01 | alleen_financieringsovereenkomst | SP-K03 |
      | nederlandse_bank | 50000     | volledig                         | SP-K02 |

  Scenario: Een financieringsovereenkomst zonder bedrag: het bewijs staat niet vast
    Gegeven de aanvraag:
      | veld      | waarde           |
      | financier | durfinvesteerder |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "financieringsovereenkomst_bedrag"
    En is "bewijs_financiering" gelijk aan "leeg"

  Abstract Scenario: Feiten die niet samen waar kunnen zijn worden geweigerd en noemen elk veld van de controle
    Gegeven de aanvraag:
      | veld    | waarde    |
      | <veld1> | <waarde1> |
      | <veld2> | <waarde2> |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "<veld1>"
    En noemt de fout het veld "<fout2>"

    Voorbeelden:
      | veld1                                   | waarde1    | veld2                                | waarde2    | fout2                                   |
      | beoordelingsdatum                       | 2022-01-02 | aanvraagdatum                        | 2022-01-03 | aanvraagdatum                           |
      | datum_verzamelloonstaat                 | 2022-01-21 | beoordelingsdatum                    | 2022-01-20 | beoordelingsdatum                       |
      | ingangsdatum_eerste_vergunning          | 2022-01-21 | eerdere_vergunning_essentieel_personeel | ja      | beoordelingsdatum                       |
      | ingangsdatum_eerste_vergunning          | 2021-06-01 | eerdere_vergunning_essentieel_personeel | nee     | eerdere_vergunning_essentieel_personeel |
      | aantal_vreemdelingen_startup            | 2          | eerdere_vergunning_essentieel_personeel | nee     | eerdere_vergunning_essentieel_personeel |
      | einddatum_begeleidingsovereenkomst      | 2022-01-04 | begeleidingsovereenkomst_facilitator | beeindigd  | begeleidingsovereenkomst_facilitator    |

  Scenario: Een lopende overeenkomst mag een einddatum na de aanvraag hebben
    Gegeven de aanvraag:
      | veld                                 | waarde     |
      | begeleidingsovereenkomst_facilitator | lopend     |
      | einddatum_begeleidingsovereenkomst   | 2023-01-01 |
      | facilitator_actief_betrokken         | ja         |
    Als de beslissing wordt genomen
    Dan is "bewijs_groei" gelijk aan "alleen_iii"

  Scenario: Beoordeeld vóór 2022: B5/2.1.6 in deze tekst staat niet in de bronnen
    Gegeven de aanvraag:
      | veld                    | waarde     |
      | aanvraagdatum           | 2021-12-01 |
      | beoordelingsdatum       | 2021-12-31 |
      | datum_verzamelloonstaat | 2021-12-01 |
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
      | veld                                 | waarde   |
      | ez_advies                            | neutraal |
      | aantal_werknemers                    | -1       |
      | aantal_vreemdelingen_startup         | 2.5      |
      | salaris_per_maand                    | -100     |
      | financier                            | bank     |
      | begeleidingsovereenkomst_facilitator | leeg     |
      | financier                            | leeg     |
      | beoordelingsdatum                    | leeg     |
