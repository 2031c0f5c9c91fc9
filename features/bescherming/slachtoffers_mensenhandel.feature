# language: nl
Functionaliteit: Slachtoffers van mensenhandel die geen medewerking verlenen aan opsporing en vervolging
  Vc B9/13 en B16/4.9 in de tekst van WBV 2010/20 (002:L485-526, L874-894), vanaf 2011-01-01.
  Verlening op grond van art. 3.4, derde lid, Vb: het slachtoffer kan of wil geen aangifte doen of medewerking
  verlenen wegens een ernstige bedreiging en/of een medische of psychische beperking; aangetoond met een verklaring
  van de politie dat de vreemdeling slachtoffer is en een verklaring van de politie over de bedreiging of medische
  informatie van een BIG- of NIP-geregistreerde behandelaar. De bron zegt 'kan': de IND beslist. Niet verlengbaar.
  Na ten minste een jaar 'voortgezet verblijf' (art. 3.52 Vb): verlenen als de dreiging voortduurt of de medische
  beperking blijkt; anders beoordeelt de IND klemmende redenen van humanitaire aard.

  Achtergrond:
    Gegeven de tabel "bescherming/slachtoffers_mensenhandel"
    En de aanvraag:
      | veld                           | waarde     |
      | soort_aanvraag                 | verlening  |
      | aanvraagdatum                  | 2024-03-01 |
      | medewerking_strafproces        | nee        |
      | verklaring_politie_slachtoffer | ja         |
      | verklaring_politie_bedreiging  | ja         |

  Scenario: Bewijs compleet: de IND oefent de bevoegdheid uit; een jaar, 'arbeid vrij toegestaan', geen leges
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "bevoegdheid"
    En is "geldigheidsduur_maanden" gelijk aan "12"
    En is "beperking" gelijk aan "conform beschikking Minister"
    En is "arbeidsmarktaantekening" gelijk aan "arbeid vrij toegestaan"
    En is "voorschrift" gelijk aan "voldoende verzekerd tegen ziektekosten, met inbegrip van de kosten verbonden aan opname en verpleging in een sanatorium of een psychiatrische inrichting"
    En is "leges_verschuldigd" gelijk aan "nee"
    En is regel "MH-03" toegepast
    En is de status "beoordeling_vereist"

  Abstract Scenario: De reden blijkt uit een verklaring van de politie over de bedreiging of uit medische informatie van een BIG- of NIP-behandelaar
    Gegeven de aanvraag:
      | veld                           | waarde        |
      | verklaring_politie_slachtoffer | <slachtoffer> |
      | verklaring_politie_bedreiging  | <bedreiging>  |
      | medische_informatie            | <medisch>     |
      | register_behandelaar           | <register>    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | slachtoffer | bedreiging | medisch | register | besluit             | gronden                                       | regels                         | status              |
      | ja          | ja         | leeg    | leeg     | beoordeling_vereist | bevoegdheid                                   | MH-03                          | beoordeling_vereist |
      | ja          | nee        | ja      | big      | beoordeling_vereist | bevoegdheid                                   | MH-03                          | beoordeling_vereist |
      | ja          | nee        | ja      | nip      | beoordeling_vereist | bevoegdheid                                   | MH-03                          | beoordeling_vereist |
      | ja          | ja         | ja      | geen     | beoordeling_vereist | bevoegdheid                                   | MH-03                          | beoordeling_vereist |
      | ja          | nee        | ja      | geen     | afwijzen            | behandelaar                                   | MH-B03, MH-02                  | beslist             |
      | ja          | nee        | nee     | leeg     | afwijzen            | bedreiging_of_beperking                       | MH-B02, MH-02                  | beslist             |
      | nee         | ja         | leeg    | leeg     | afwijzen            | verklaring_slachtoffer                        | MH-B01, MH-02                  | beslist             |
      | nee         | nee        | nee     | leeg     | afwijzen            | verklaring_slachtoffer, bedreiging_of_beperking | MH-B01, MH-B02, MH-02        | beslist             |

  Scenario: Een afwijzing op het bewijs: het slachtoffer is geen leges verschuldigd
    Gegeven de aanvraag:
      | veld                           | waarde |
      | verklaring_politie_slachtoffer | nee    |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En is "leges_verschuldigd" gelijk aan "nee"
    En is "geldigheidsduur_maanden" gelijk aan "leeg"

  Scenario: Wie aangifte doet of meewerkt, valt niet onder B9/13
    Gegeven de aanvraag:
      | veld                    | waarde |
      | medewerking_strafproces | ja     |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "niet_van_toepassing"
    En bevat "gronden" precies "leeg"
    En is regel "MH-01" toegepast
    En is de status "beslist"

  Scenario: Zonder opgave van de medewerking geen besluit (onbekend is nooit nee)
    Gegeven de aanvraag:
      | veld                    | waarde |
      | medewerking_strafproces | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "medewerking_strafproces"
    En is "besluit" gelijk aan "leeg"

  Scenario: Zonder verklaring over de bedreiging en zonder opgave van medische informatie geen besluit
    Gegeven de aanvraag:
      | veld                          | waarde |
      | verklaring_politie_bedreiging | nee    |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "medische_informatie, register_behandelaar"

  Scenario: De vergunning is niet verlengbaar
    Gegeven de aanvraag:
      | veld           | waarde     |
      | soort_aanvraag | verlenging |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "niet_verlengbaar"
    En is "leges_verschuldigd" gelijk aan "leeg"
    En is regel "MH-04" toegepast
    En is de status "beslist"

  Abstract Scenario: Voortgezet verblijf na ten minste een jaar: de dreiging duurt voort of een medische beperking blijkt
    Gegeven de aanvraag:
      | veld                           | waarde              |
      | soort_aanvraag                 | voortgezet_verblijf |
      | aanvraagdatum                  | <aanvraag>          |
      | medewerking_strafproces        | leeg                |
      | verklaring_politie_slachtoffer | leeg                |
      | verklaring_politie_bedreiging  | leeg                |
      | vergunning_ingangsdatum        | <ingang>            |
      | dreiging_voortduurt            | <dreiging>          |
      | medische_informatie            | <medisch>           |
      | register_behandelaar           | <register>          |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is "beperking" gelijk aan "<beperking>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | aanvraag   | ingang     | dreiging | medisch | register | besluit             | gronden           | beperking           | regels | status              |
      | 2024-03-01 | 2023-03-01 | ja       | leeg    | leeg     | inwilligen          | leeg              | voortgezet verblijf | MH-06  | beslist             |
      | 2024-03-01 | 2023-03-02 | ja       | leeg    | leeg     | afwijzen            | termijn           | leeg                | MH-05  | beslist             |
      | 2024-02-29 | 2023-02-28 | ja       | leeg    | leeg     | inwilligen          | leeg              | voortgezet verblijf | MH-06  | beslist             |
      | 2024-02-29 | 2023-03-01 | ja       | leeg    | leeg     | afwijzen            | termijn           | leeg                | MH-05  | beslist             |
      | 2024-03-01 | 2020-01-01 | nee      | ja      | big      | inwilligen          | leeg              | voortgezet verblijf | MH-07  | beslist             |
      | 2024-03-01 | 2023-03-01 | nee      | ja      | nip      | inwilligen          | leeg              | voortgezet verblijf | MH-07  | beslist             |
      | 2024-03-01 | 2023-03-01 | nee      | ja      | geen     | beoordeling_vereist | klemmende_redenen | leeg                | MH-08  | beoordeling_vereist |
      | 2024-03-01 | 2023-03-01 | nee      | nee     | leeg     | beoordeling_vereist | klemmende_redenen | leeg                | MH-08  | beoordeling_vereist |

  Scenario: De afwijzing op de termijn van een jaar noemt ook B9/13, die zegt dat het slachtoffer pas na een jaar voortgezet verblijf kan aanvragen
    Gegeven de aanvraag:
      | veld                    | waarde              |
      | soort_aanvraag          | voortgezet_verblijf |
      | aanvraagdatum           | 2024-03-01          |
      | vergunning_ingangsdatum | 2023-03-02          |
      | dreiging_voortduurt     | ja                  |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En is regel "MH-05" toegepast
    En luidt de motivering:
      """
      De aanvraag wordt afgewezen omdat de vreemdeling op de aanvraagdatum nog geen jaar in het bezit is van de verblijfsvergunning als slachtoffer van mensenhandel (sinds 2 maart 2023) (Vc 2000 B16/4.9; Vc 2000 B9/13; Vb 2000 art. 3.52).
      """

  Scenario: Voortgezet verblijf zonder ingangsdatum van de vergunning: geen besluit
    Gegeven de aanvraag:
      | veld                | waarde              |
      | soort_aanvraag      | voortgezet_verblijf |
      | dreiging_voortduurt | ja                  |
      | medische_informatie | nee                 |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "vergunning_ingangsdatum"

  Scenario: Een ingangsdatum na de aanvraagdatum wordt geweigerd en noemt beide velden
    Gegeven de aanvraag:
      | veld                    | waarde              |
      | soort_aanvraag          | voortgezet_verblijf |
      | vergunning_ingangsdatum | 2024-03-02          |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "vergunning_ingangsdatum"
    En noemt de fout het veld "aanvraagdatum"

  Scenario: Vóór 1 januari 2011 staat de regeling niet in de bronnen
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2010-12-31 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"
