# language: nl
Functionaliteit: Nareis: gezinsleden van een houder van een verblijfsvergunning asiel
  Vc C2/4.1.1 in de tekst van WBV 2021/22 (003:L2637-2777), vanaf 2022-01-01. De termijn van drie maanden van
  artikel 29, tweede lid, Vw gaat in op de dag na de bekendmaking van het besluit aan de referent en is
  veiliggesteld bij een mvv-aanvraag binnen die termijn of als het gezinslid eerder inreisde en asiel aanvroeg
  (003:L2647-2653). Ongehuwde partners moeten 18 jaar zijn, het huwelijk of partnerschap moet al vóór de inreis
  van de referent bestaan (003:L2739). Een ouder reist na naar een amv-referent: jonger dan 18 bij de
  asielaanvraag, het verzoek binnen 3 maanden na de inwilliging, niet zelf via nareis gekomen (003:L2677-2697).
  Pleegkind en toestemmingsverklaring (003:L2715-2735); antecedentenverklaring vanaf 12 jaar (003:L2767).
  De feitelijke gezinsband beoordeelt de IND altijd zelf: de tabel verleent nooit.

  Achtergrond:
    Gegeven de tabel "bescherming/nareis"
    En de aanvraag:
      | veld                          | waarde     |
      | aanvraagdatum                 | 2024-04-15 |
      | bekendmaking_besluit_referent | 2024-01-15 |
      | gezinslid                     | echtgenoot |
      | geboortedatum_gezinslid       | 1990-03-01 |
      | relatie_voor_inreis_referent  | ja         |

  Abstract Scenario: De termijn van drie maanden gaat in op de dag na de bekendmaking
    Gegeven de aanvraag:
      | veld                                         | waarde          |
      | bekendmaking_besluit_referent                | <bekendmaking>  |
      | aanvraagdatum                                | <aanvraagdatum> |
      | gezinslid_eerder_ingereisd_met_asielaanvraag | <eerder>        |
    Als de beslissing wordt genomen
    Dan is "termijn" gelijk aan "<termijn>"
    En is regel "<regel>" toegepast
    En is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "<gronden>"
    En is de status "beoordeling_vereist"

    Voorbeelden:
      | bekendmaking | aanvraagdatum | eerder | termijn            | regel  | gronden                                                       |
      | 2024-01-15   | 2024-04-15    | leeg   | veiliggesteld      | NR-T01 | feitelijke_gezinsband, huwelijksleeftijd                      |
      | 2024-01-15   | 2024-04-16    | nee    | niet_veiliggesteld | NR-T03 | feitelijke_gezinsband, huwelijksleeftijd, termijn_niet_veiliggesteld |
      | 2024-01-15   | 2024-04-16    | ja     | veiliggesteld      | NR-T02 | feitelijke_gezinsband, huwelijksleeftijd                      |
      | 2023-11-30   | 2024-02-29    | leeg   | veiliggesteld      | NR-T01 | feitelijke_gezinsband, huwelijksleeftijd                      |
      | 2023-11-30   | 2024-03-01    | nee    | niet_veiliggesteld | NR-T03 | feitelijke_gezinsband, huwelijksleeftijd, termijn_niet_veiliggesteld |

  Scenario: Bij een afwijzing noemt de motivering alleen de afwijzingsgrond; termijn en antecedentenverklaring volgen als eigen zin
    Gegeven de aanvraag:
      | veld                                         | waarde            |
      | aanvraagdatum                                | 2024-04-16        |
      | gezinslid                                    | ongehuwde_partner |
      | geboortedatum_gezinslid                      | 2006-05-01        |
      | gezinslid_eerder_ingereisd_met_asielaanvraag | nee               |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En is "termijn" gelijk aan "niet_veiliggesteld"
    En luidt de motivering:
      """
      De aanvraag om nareis wordt afgewezen omdat de ongehuwde partner op de aanvraagdatum 17 jaar is en een ongehuwde partner de leeftijd van 18 jaar moet hebben bereikt (Vc 2000 C2/4.1.1).
      De termijn van drie maanden van artikel 29, tweede lid, Vw (tot en met 15 april 2024) is niet veiliggesteld: de mvv-aanvraag op 16 april 2024 kwam na de termijn en het gezinslid is niet eerder dan de referent ingereisd.
      Het gezinslid is op de aanvraagdatum 17 jaar en legt bij de aanvraag een ingevulde en ondertekende antecedentenverklaring over (12 jaar en ouder).
      """

  Scenario: Na de termijn en zonder opgave of het gezinslid eerder inreisde: de termijn is nog onbekend
    Gegeven de aanvraag:
      | veld          | waarde     |
      | aanvraagdatum | 2024-04-16 |
    Als de beslissing wordt genomen
    Dan is de status "beoordeling_vereist"
    En is "besluit" gelijk aan "beoordeling_vereist"
    En ontbreken de feiten "gezinslid_eerder_ingereisd_met_asielaanvraag"
    En is "termijn" gelijk aan "leeg"
    En is "gronden" gelijk aan "leeg"

  Scenario: Echtgenoot met een huwelijk van vóór de inreis: de IND beoordeelt gezinsband en huwelijksleeftijd
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "feitelijke_gezinsband, huwelijksleeftijd"
    En is regel "NR-B01, NR-B06, NR-02, NR-E01" toegepast
    En is de status "beoordeling_vereist"
    En is "antecedentenverklaring_vereist" gelijk aan "ja"

  Abstract Scenario: Het huwelijk of partnerschap moet al bestaan vóór de inreis van de referent
    Gegeven de aanvraag:
      | veld                         | waarde     |
      | gezinslid                    | <gezinslid> |
      | relatie_voor_inreis_referent | nee        |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "afwijzen"
    En bevat "gronden" precies "relatie_na_inreis"
    En is regel "NR-A02, NR-01" toegepast
    En is regel "NR-B01, NR-B05, NR-B06" niet toegepast
    En is de status "beslist"

    Voorbeelden:
      | gezinslid            |
      | echtgenoot           |
      | geregistreerd_partner |
      | ongehuwde_partner    |

  Scenario: Zonder opgave of de relatie al bestond: nog geen besluit
    Gegeven de aanvraag:
      | veld                         | waarde |
      | relatie_voor_inreis_referent | leeg   |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "relatie_voor_inreis_referent"

  Abstract Scenario: Een ongehuwde partner moet de leeftijd van 18 jaar hebben bereikt (op de aanvraagdatum)
    Gegeven de aanvraag:
      | veld                    | waarde            |
      | gezinslid               | ongehuwde_partner |
      | geboortedatum_gezinslid | <geboortedatum>   |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | geboortedatum | besluit             | gronden                                            | regels                         |
      | 2006-04-16    | afwijzen            | partner_leeftijd                                   | NR-A01, NR-01                  |
      | 2006-04-15    | beoordeling_vereist | feitelijke_gezinsband, duurzame_exclusieve_relatie | NR-B01, NR-B05, NR-02          |

  Scenario: Een geregistreerd partner: de IND beoordeelt gezinsband en leeftijd (B7/3.1.2)
    Gegeven de aanvraag:
      | veld      | waarde                |
      | gezinslid | geregistreerd_partner |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "feitelijke_gezinsband, huwelijksleeftijd"
    En is regel "NR-B01, NR-B06" toegepast

  Abstract Scenario: Het biologische kind: minderjarig (jonger dan 18 op de aanvraagdatum) en niet zelfstandig, dan wordt de gezinsband aangenomen
    Gegeven de aanvraag:
      | veld                                 | waarde            |
      | gezinslid                            | biologisch_kind   |
      | geboortedatum_gezinslid              | <geboortedatum>   |
      | zelfstandig_en_eigen_levensonderhoud | <zelfstandig>     |
      | toestemmingsverklaring               | toestemming_ouder |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "beoordeling_vereist"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regel>" toegepast
    En is "antecedentenverklaring_vereist" gelijk aan "<antecedenten>"

    Voorbeelden:
      | geboortedatum | zelfstandig | gronden               | regel  | antecedenten |
      | 2006-04-16    | nee         | verbreking_gezinsband | NR-B04 | ja           |
      | 2006-04-15    | leeg        | feitelijke_gezinsband | NR-B02 | ja           |
      | 2007-01-01    | ja          | feitelijke_gezinsband | NR-B03 | ja           |
      | 2012-04-15    | nee         | verbreking_gezinsband | NR-E01 | ja           |
      | 2012-04-16    | nee         | verbreking_gezinsband | NR-E02 | nee          |

  Abstract Scenario: De toestemmingsverklaring: uitsluitend bij een van de zes situaties
    Gegeven de aanvraag:
      | veld                                 | waarde          |
      | gezinslid                            | <gezinslid>     |
      | geboortedatum_gezinslid              | 2014-01-01      |
      | zelfstandig_en_eigen_levensonderhoud | nee             |
      | toestemmingsverklaring               | <toestemming>   |
      | positieve_verplichting_biologische_ouder | nee         |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | gezinslid            | toestemming                           | besluit             | gronden                                        | regels                |
      | biologisch_kind      | geen                                  | afwijzen            | toestemmingsverklaring                         | NR-A08, NR-01         |
      | adoptie_of_pleegkind | geen                                  | afwijzen            | toestemmingsverklaring                         | NR-A08, NR-01         |
      | biologisch_kind      | verklaringen_geen_verklaring_mogelijk | beoordeling_vereist | verbreking_gezinsband, toestemming_aannemelijk | NR-B04, NR-B07, NR-02 |
      | biologisch_kind      | documenten_geen_verklaring_mogelijk   | beoordeling_vereist | verbreking_gezinsband                          | NR-B04, NR-02         |
      | biologisch_kind      | geen_achterblijvende_ouder            | beoordeling_vereist | verbreking_gezinsband                          | NR-B04, NR-02         |

  Abstract Scenario: Het pleegkind komt niet in aanmerking bij een positieve verplichting om de biologische ouder te herenigen
    Gegeven de aanvraag:
      | veld                                     | waarde                        |
      | gezinslid                                | adoptie_of_pleegkind          |
      | geboortedatum_gezinslid                  | 2014-01-01                    |
      | toestemmingsverklaring                   | toestemming_gezaghebbende_volwassene |
      | positieve_verplichting_biologische_ouder | <verplichting>                |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast

    Voorbeelden:
      | verplichting | besluit             | gronden               | regels                |
      | ja           | afwijzen            | pleegkind_art8        | NR-A07, NR-01         |
      | nee          | beoordeling_vereist | feitelijke_gezinsband | NR-B01, NR-02         |

  Abstract Scenario: Ouders van een amv-referent: minderjarig bij de asielaanvraag, verzoek binnen 3 maanden na de inwilliging
    Gegeven de aanvraag:
      | veld                          | waarde          |
      | gezinslid                     | ouder           |
      | geboortedatum_gezinslid       | 1975-01-01      |
      | aanvraagdatum                 | <aanvraagdatum> |
      | bekendmaking_besluit_referent | 2024-01-12      |
      | besluitdatum_referent         | 2024-01-10      |
      | geboortedatum_referent        | <geboren>       |
      | asielaanvraagdatum_referent   | 2023-09-01      |
      | referent_alleenstaand         | <alleen>        |
      | referent_via_nareis_ingereisd | <nareis>        |
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "<besluit>"
    En bevat "gronden" precies "<gronden>"
    En is regel "<regels>" toegepast
    En is de status "<status>"

    Voorbeelden:
      | aanvraagdatum | geboren    | alleen | nareis | besluit             | gronden                                  | regels                        | status              |
      | 2024-04-10    | 2005-09-02 | ja     | nee    | beoordeling_vereist | feitelijke_gezinsband                    | NR-B01, NR-02                 | beoordeling_vereist |
      | 2024-04-11    | 2005-09-02 | ja     | nee    | afwijzen            | amv_termijn                              | NR-A05, NR-01                 | beslist             |
      | 2024-04-10    | 2005-09-01 | ja     | nee    | afwijzen            | referent_niet_minderjarig                | NR-A03, NR-01                 | beslist             |
      | 2024-04-10    | 2005-09-02 | nee    | nee    | afwijzen            | referent_niet_alleenstaand               | NR-A04, NR-01                 | beslist             |
      | 2024-04-10    | 2005-09-02 | ja     | ja     | afwijzen            | referent_via_nareis                      | NR-A06, NR-01                 | beslist             |
      | 2024-04-11    | 2005-09-01 | nee    | ja     | afwijzen            | referent_niet_minderjarig, referent_niet_alleenstaand, amv_termijn, referent_via_nareis | NR-A03, NR-A04, NR-A05, NR-A06 | beslist |

  Scenario: Ouder van een amv-referent zonder de gegevens van de referent: nog geen besluit
    Gegeven de aanvraag:
      | veld                    | waarde     |
      | gezinslid               | ouder      |
      | geboortedatum_gezinslid | 1975-01-01 |
    Als de beslissing wordt genomen
    Dan is de status "onvolledig"
    En ontbreken de feiten "besluitdatum_referent, geboortedatum_referent, asielaanvraagdatum_referent, referent_alleenstaand, referent_via_nareis_ingereisd"

  Scenario: Een geboortedatum na de aanvraagdatum is geen geldig verzoek
    Gegeven de aanvraag:
      | veld                    | waarde     |
      | geboortedatum_gezinslid | 2024-04-16 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "ongeldige_feiten"
    En noemt de fout het veld "geboortedatum_gezinslid"

  Scenario: Een aanvraag van vóór 2022 valt buiten de regels
    Gegeven de aanvraag:
      | veld                          | waarde     |
      | aanvraagdatum                 | 2021-12-31 |
      | bekendmaking_besluit_referent | 2021-11-01 |
    Als de beslissing wordt genomen
    Dan geeft de beslissing de fout "geen_regels_van_kracht"
