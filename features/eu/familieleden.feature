# language: nl
Functionaliteit: Familieleden van een burger van de Unie: ten laste, duurzame relatie en sticker bij de aanvraag
  Vc B10/2.2 in de tekst van WBV 2016/7 (001:L878-1018), vanaf 2016-07-01. Ten laste (001:L930-938):
  noodzakelijke steun als het familielid niet (volledig) in zijn basisbehoeften voorziet, reële steun bij
  ten minste één jaar ononderbroken regelmatige betalingen; voor art. 8.7, tweede lid, onder c en d, Vb
  'in ieder geval' (anders beoordeelt de IND), voor art. 8.7, derde lid, Vb 'slechts' (anders niet
  aangenomen). Duurzame relatie (001:L942-948): zes maanden gezamenlijke huishouding vóór de aanvraag of
  de beslissing, of een gezamenlijk kind, en een bestaande relatie. Sticker direct na de aanvraag
  (001:L994-1002, L1018).

  Achtergrond:
    Gegeven de tabel "eu/familieleden"
    En de aanvraag:
      | veld                                  | waarde            |
      | aanvraagdatum                         | 2017-03-01        |
      | categorie                             | art_8_7_lid_2_c_d |
      | voorziet_niet_in_basisbehoeften       | ja                |
      | maanden_regelmatig_betaald            | 12                |
      | familierechtelijke_relatie_aangetoond | ja                |
      | indicaties_schijnrelatie              | nee               |
      | vrij_verkeer_werknemers               | ja                |

  Abstract Scenario: Ten laste: noodzakelijke en reële steun, 'in ieder geval' (onder c en d) en 'slechts' (derde lid)
    Gegeven de aanvraag:
      | veld                            | waarde      |
      | categorie                       | <categorie> |
      | voorziet_niet_in_basisbehoeften | <basis>     |
      | maanden_regelmatig_betaald      | <maanden>   |
    Als de beslissing wordt genomen
    Dan is "ten_laste" gelijk aan "<ten_laste>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | categorie         | basis | maanden | ten_laste           | regels | status              |
      | art_8_7_lid_2_c_d | ja    | 12      | aangenomen          | TL-02  | beslist             |
      | art_8_7_lid_2_c_d | ja    | 11      | beoordeling_vereist | TL-04  | beoordeling_vereist |
      | art_8_7_lid_2_c_d | nee   | 24      | beoordeling_vereist | TL-03  | beoordeling_vereist |
      | art_8_7_lid_2_c_d | ja    | 0       | beoordeling_vereist | TL-04  | beoordeling_vereist |
      | art_8_7_lid_3     | ja    | 12      | aangenomen          | TL-05  | beslist             |
      | art_8_7_lid_3     | ja    | 11      | niet_aangenomen     | TL-07  | beslist             |
      | art_8_7_lid_3     | nee   | 24      | niet_aangenomen     | TL-06  | beslist             |
      | art_8_7_lid_3     | ja    | 36      | aangenomen          | TL-05  | beslist             |

  Scenario: Ten laste zonder opgave van de betalingen: geen besluit (een ontbrekend feit is onbekend, nooit nee)
    Gegeven de aanvraag:
      | veld                       | waarde        |
      | categorie                  | art_8_7_lid_3 |
      | maanden_regelmatig_betaald | leeg          |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "maanden_regelmatig_betaald"
    En is "ten_laste" gelijk aan "leeg"

  Abstract Scenario: De toets ten laste en de duurzame relatie spelen alleen bij hun eigen categorie
    Gegeven de aanvraag:
      | veld                            | waarde      |
      | categorie                       | <categorie> |
      | voorziet_niet_in_basisbehoeften | leeg        |
      | maanden_regelmatig_betaald      | leeg        |
    Als de beslissing wordt genomen
    Dan is "ten_laste" gelijk aan "<ten_laste>"
    En is "duurzame_relatie" gelijk aan "niet_van_toepassing"
    En is regel "TL-01, DR-01" toegepast
    En is de status "beslist"

    Voorbeelden:
      | categorie        | ten_laste           |
      | ander_familielid | niet_van_toepassing |

  Abstract Scenario: Duurzame relatie: zes maanden samengewoond vóór de aanvraag of de beslissing, of een gezamenlijk kind
    Gegeven de aanvraag:
      | veld                            | waarde            |
      | categorie                       | ongehuwde_partner |
      | voorziet_niet_in_basisbehoeften | leeg              |
      | maanden_regelmatig_betaald      | leeg              |
      | familierechtelijke_relatie_aangetoond | leeg        |
      | duurzame_relatie_bewezen        | ja                |
      | relatie_bestaat                 | <bestaat>         |
      | samenwonend_sinds               | <sinds>           |
      | beslisdatum                     | <beslisdatum>     |
      | gezamenlijk_kind                | <kind>            |
    Als de beslissing wordt genomen
    Dan is "duurzame_relatie" gelijk aan "<relatie>"
    En is "ten_laste" gelijk aan "niet_van_toepassing"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | bestaat | sinds      | beslisdatum | kind | relatie             | regels       | status              |
      | ja      | 2016-09-01 | leeg        | nee  | aangenomen          | DR-03, TL-01 | beslist             |
      | ja      | 2016-09-02 | leeg        | nee  | beoordeling_vereist | DR-05, TL-01 | beoordeling_vereist |
      | ja      | 2016-09-02 | 2017-03-02  | nee  | aangenomen          | DR-03, TL-01 | beslist             |
      | ja      | 2016-12-01 | 2017-06-01  | nee  | aangenomen          | DR-03, TL-01 | beslist             |
      | ja      | 2016-12-01 | 2017-05-31  | nee  | beoordeling_vereist | DR-05, TL-01 | beoordeling_vereist |
      | ja      | 2017-01-01 | leeg        | ja   | aangenomen          | DR-04, TL-01 | beslist             |
      | nee     | 2010-01-01 | leeg        | ja   | niet_aangenomen     | DR-02, TL-01 | beslist             |

  Scenario: Ongehuwde partner, kort samen, zonder opgave van een kind: geen besluit
    Gegeven de aanvraag:
      | veld                            | waarde            |
      | categorie                       | ongehuwde_partner |
      | duurzame_relatie_bewezen        | ja                |
      | relatie_bestaat                 | ja                |
      | samenwonend_sinds               | 2017-01-01        |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "gezamenlijk_kind"

  Abstract Scenario: Sticker direct na de aanvraag: bijlage 7h (mag werken), bijlage 7g (arbeid niet toegestaan) of 7g zoals de verblijfgever
    Gegeven de aanvraag:
      | veld                                  | waarde        |
      | categorie                             | <categorie>   |
      | familierechtelijke_relatie_aangetoond | <aangetoond>  |
      | duurzame_relatie_bewezen              | <bewezen>     |
      | indicaties_schijnrelatie              | <schijn>      |
      | vrij_verkeer_werknemers               | <vrij>        |
      | samenwonend_sinds                     | 2015-01-01    |
      | relatie_bestaat                       | ja            |
    Als de beslissing wordt genomen
    Dan is "sticker" gelijk aan "<sticker>"
    En is regel "<regel>" toegepast

    Voorbeelden:
      | categorie         | aangetoond | bewezen | schijn | vrij | sticker                                  | regel |
      | art_8_7_lid_2_c_d | ja         | leeg    | nee    | ja   | gemeenschapsonderdanen_arbeid_toegestaan | ST-05 |
      | art_8_7_lid_2_c_d | nee        | leeg    | nee    | ja   | algemeen_arbeid_niet_toegestaan          | ST-01 |
      | art_8_7_lid_2_c_d | ja         | leeg    | ja     | ja   | algemeen_arbeid_niet_toegestaan          | ST-03 |
      | art_8_7_lid_2_c_d | ja         | leeg    | nee    | nee  | algemeen_als_verblijfgever               | ST-04 |
      | art_8_7_lid_2_c_d | nee        | leeg    | nee    | nee  | algemeen_arbeid_niet_toegestaan          | ST-01 |
      | ongehuwde_partner | leeg       | ja      | nee    | ja   | gemeenschapsonderdanen_arbeid_toegestaan | ST-05 |
      | ongehuwde_partner | leeg       | nee     | nee    | ja   | algemeen_arbeid_niet_toegestaan          | ST-02 |
      | ongehuwde_partner | leeg       | ja      | ja     | nee  | algemeen_arbeid_niet_toegestaan          | ST-03 |
      | ongehuwde_partner | leeg       | ja      | nee    | nee  | algemeen_als_verblijfgever               | ST-04 |

  Scenario: Zonder opgave of er indicaties van een schijnrelatie zijn: geen sticker
    Gegeven de aanvraag:
      | veld                     | waarde |
      | indicaties_schijnrelatie | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "indicaties_schijnrelatie"
    En is "sticker" gelijk aan "leeg"
    En is "ten_laste" gelijk aan "aangenomen"

  Abstract Scenario: Onmogelijke data worden geweigerd
    Gegeven de aanvraag:
      | veld              | waarde            |
      | categorie         | ongehuwde_partner |
      | samenwonend_sinds | <sinds>           |
      | beslisdatum       | <beslisdatum>     |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"

    Voorbeelden:
      | sinds      | beslisdatum |
      | 2017-03-02 | leeg        |
      | 2016-01-01 | 2017-02-28  |

  Abstract Scenario: De tekst van WBV 2016/7 geldt vanaf 1 juli 2016; eerdere versies staan niet in de bronnen
    Gegeven de aanvraag:
      | veld          | waarde  |
      | aanvraagdatum | <datum> |
    Als de beslissing wordt genomen
    Dan <uitkomst>

    Voorbeelden:
      | datum      | uitkomst                                             |
      | 2016-06-30 | geeft de beslissing de fout "geen_regels_van_kracht" |
      | 2016-07-01 | is "ten_laste" gelijk aan "aangenomen"               |
