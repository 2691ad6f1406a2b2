"""Item text for heldout6 (Mon 2026-07-13 .. Wed 2026-07-15). See plan.md."""
DATES = [(2026, 7, 13), (2026, 7, 14), (2026, 7, 15)]
S = []


def story(sid, day, at, cat, *items):
    S.append(dict(id=sid, day=day, at=at, cat=cat, items=list(items)))


O, C, R, U, B, X, G, T, L, N = ("original", "copy", "rewrite", "update", "brief", "cut", "regional",
                                "translation", "lookalike", "single")

# ------------------------------------------------------------------ English-led
story("H01-cruise-norovirus", 1, "08:00", "world",
      (O, "meridian-wire", 0, "Norovirus outbreak sickens 340 on cruise ship docked in Southampton",
       "SOUTHAMPTON, England, July 13 (Meridian Wire) - About 340 passengers and crew aboard the cruise ship Aurora Meridian have fallen ill with norovirus, operator Solent Star Cruises said on Monday, delaying the ship's departure from Southampton for a deep clean."),
      (U, "meridian-wire", 300, "UPDATE 1-Cruise ship outbreak rises to 410 cases; health agency investigating",
       "SOUTHAMPTON, England, July 13 (Meridian Wire) - The number of people sick with norovirus on the Aurora Meridian rose to 410, and the UK Health Security Agency said it was investigating. The ship's next cruise will leave a day late."),
      (R, "northgate-post", 60, "Hundreds sick as vomiting bug sweeps Aurora Meridian",
       "The Aurora Meridian stayed alongside in Southampton on Monday after some 340 of its guests and crew went down with norovirus during a fortnight's voyage to the Norwegian fjords, Solent Star Cruises confirmed."),
      (C, "harbor-daily", 40, "340 ill with norovirus on Southampton cruise ship", None),
      (T, "rheinblatt", 200, "Norovirus auf Kreuzfahrtschiff: 340 Menschen in Southampton erkrankt",
       "An Bord des Kreuzfahrtschiffs „Aurora Meridian“ sind rund 340 Passagiere und Besatzungsmitglieder an Norovirus erkrankt. Das Schiff bleibt für eine Grundreinigung im südenglischen Hafen Southampton, teilte die Reederei mit."),
      )

story("H02-pellucid-graycastle", 1, "12:30", "business",
      (B, "meridian-wire", -3, None, None),
      (O, "meridian-wire", 0, "Pellucid Systems to acquire cybersecurity firm Graycastle for $2.7 billion",
       "AUSTIN, Texas, July 13 (Meridian Wire) - Software maker Pellucid Systems agreed to buy cybersecurity company Graycastle for $2.7 billion in cash and stock, the companies said on Monday, in a deal valuing Graycastle at about 11 times annual revenue."),
      (R, "capital-ledger", 45, "Pellucid pays $2.7bn for Graycastle to bolt on threat detection",
       "Pellucid Systems is buying Graycastle, whose software spots intrusions in corporate networks, for $2.7bn in cash and shares. Pellucid shareholders will own about 88 per cent of the combined group, which expects the deal to close by December."),
      (C, "pennant-news", 60, None, None, {"mode": "verbatim", "share": True, "base": 1}),
      (T, "le-veilleur", 180, "Pellucid Systems rachète Graycastle pour 2,7 milliards de dollars",
       "L'éditeur de logiciels américain Pellucid Systems va racheter la société de cybersécurité Graycastle pour 2,7 milliards de dollars en numéraire et en actions, ont annoncé lundi les deux entreprises."),
      )

story("H03-tornado-wichita-falls", 1, "02:30", "world",
      (O, "atlas-broadcast", 0, "Tornado tears through Wichita Falls, injuring 23",
       "A tornado struck the southern edge of Wichita Falls, Texas, on Sunday evening, injuring 23 people and damaging about 60 homes and a school, the city's emergency management office said. Two of the injured are in critical condition."),
      (U, "atlas-broadcast", 900, "UPDATE: Wichita Falls tornado rated EF3, damage to 140 homes",
       "The National Weather Service rated the tornado that hit Wichita Falls on Sunday an EF3 with winds of 150 mph, and city officials raised the count of damaged homes to 140. Twenty-three people were injured."),
      (X, "evening-courier", 80, "Twenty-three hurt as twister hits Texas city", None),
      (R, "northgate-post", 600, "Wichita Falls residents clear debris after Sunday tornado",
       "Neighbours in south Wichita Falls spent the night sifting through wreckage after a twister flattened houses near Southwest Parkway. Officials said 23 people were hurt and roughly 60 homes were damaged or destroyed."),
      )

story("H04-hollin-recall", 1, "09:30", "business",
      (O, "capital-ledger", 0, "Hollin Motors recalls 180,000 SUVs over faulty airbag sensors",
       "Hollin Motors is recalling 180,000 Terrano and Kestra SUVs built between 2022 and 2024 because a faulty sensor may stop the front passenger airbag from deploying in a crash, the carmaker said on Monday."),
      (C, "evening-courier", 35, "Airbag fault: Hollin calls back 180,000 SUVs", None),
      (R, "pennant-news", 80, "Hollin owners told to book dealer checks as 180,000 vehicles recalled",
       "Drivers of Hollin's Terrano and Kestra sport utility vehicles from the 2022-2024 model years are being asked to contact dealers after the company found a sensor defect that can disable the passenger-side front airbag."),
      (G, "coastline-gazette", 600, None, None),
      )

story("H05-marsh-record", 1, "19:00", "sport",
      (O, "meridian-wire", 0, "Britain's Marsh breaks 400m individual medley world record in Glasgow",
       "GLASGOW, July 13 (Meridian Wire) - Britain's Ellie Marsh broke the women's 400 metres individual medley world record at the British championships on Monday, touching in 4 minutes 23.61 seconds to lower the mark by 0.46 seconds."),
      (R, "atlas-broadcast", 30, "Ellie Marsh swims 4:23.61 for 400m IM world record",
       "Ellie Marsh produced a stunning freestyle leg at Tollcross on Monday night to become the first British woman to hold the 400m individual medley world record, clocking 4:23.61 at the age of 19."),
      (C, "pennant-news", 55, "World record for Marsh at British championships", None),
      )

story("H06-st-aldric-ransomware", 2, "08:00", "tech",
      (B, "meridian-wire", -4, None, None),
      (O, "meridian-wire", 0, "Ransomware attack forces UK hospital group to cancel 1,100 appointments",
       "LONDON, July 14 (Meridian Wire) - St Aldric Health, which runs five hospitals in south-west London, cancelled about 1,100 outpatient appointments and operations on Tuesday after a ransomware attack took its patient record system offline."),
      (U, "meridian-wire", 330, "UPDATE 1-St Aldric Health says 2,300 appointments hit by cyberattack; ambulances diverted",
       "LONDON, July 14 (Meridian Wire) - St Aldric Health raised the number of cancelled appointments to 2,300 over two days and said ambulances were being diverted from two of its emergency departments after the ransomware attack."),
      (R, "atlas-broadcast", 70, "Patients turned away as cyberattack cripples St Aldric hospitals",
       "Staff at St Aldric Health's hospitals reverted to pen and paper on Tuesday after criminals encrypted the group's patient records. Around 1,100 clinic visits and procedures were called off, with patients told to await new dates."),
      (C, "harbor-daily", 40, "Cyberattack on St Aldric Health: 1,100 appointments cancelled", None),
      (T, "diario-meseta", 200, "Un ciberataque obliga a cancelar 1.100 citas en hospitales de Londres",
       "El grupo hospitalario St Aldric Health, que gestiona cinco hospitales en el suroeste de Londres, canceló este martes unas 1.100 citas y operaciones tras un ataque de ransomware contra su sistema de historiales."),
      )

story("H07-boc-cut", 1, "14:00", "business",
      (O, "meridian-wire", 0, "Bank of Canada cuts key rate to 2.5%, cites trade uncertainty",
       "OTTAWA, July 13 (Meridian Wire) - The Bank of Canada lowered its benchmark overnight rate by 25 basis points to 2.5% on Monday, saying trade uncertainty and a softening jobs market warranted more support for the economy."),
      (R, "capital-ledger", 40, "Canada's central bank trims rate to 2.5 per cent",
       "Ottawa's central bank delivered a quarter-point cut to 2.5 per cent, its first move since March, and left the door open to further easing as unemployment climbed to 7.1 per cent. The loonie fell half a cent."),
      (C, "pennant-news", 60, "Bank of Canada rate cut: 2.5% overnight rate", None),
      (X, "atlas-broadcast", 90, "Canada eases again as jobs market softens", None, {"nodl": True}),
      )

story("H08-m6-coach-crash", 2, "14:30", "world",
      (O, "northgate-post", 0, "Coach crash on M6 near Stafford leaves 31 injured",
       "Thirty-one people were injured, four seriously, when a coach carrying a school choir home from Manchester overturned on the M6 near Stafford on Tuesday afternoon, Staffordshire Police said. The motorway was closed in both directions."),
      (U, "northgate-post", 360, "M6 coach crash: driver arrested, motorway reopens after eight hours",
       "Police arrested the 52-year-old driver of the coach that overturned on the M6 near Stafford on suspicion of dangerous driving, and the motorway reopened after eight hours. Thirty-one people were hurt, four seriously."),
      (R, "atlas-broadcast", 60, "Choir members among 31 hurt as coach overturns on M6",
       "A coach returning from a choir competition in Manchester left the southbound M6 between junctions 14 and 13 and rolled onto its side. Staffordshire Police said 31 people were injured and air ambulances attended."),
      (G, "tristate-herald", 1000, None, None, {"base": 1}),
      (C, "pennant-news", 45, "Thirty-one injured as coach overturns on M6", None),
      )

story("H09-tallyweave-outage", 2, "11:00", "tech",
      (O, "meridian-wire", 0, "Tallyweave outage halts card payments across UK for three hours",
       "LONDON, July 14 (Meridian Wire) - Card payments at thousands of UK shops, petrol stations and restaurants failed for about three hours on Tuesday after an outage at payment processor Tallyweave, which blamed a database fault."),
      (R, "capital-ledger", 50, "Shoppers left cash-only as Tallyweave payment systems crash",
       "Retailers from supermarkets to pubs put up 'cash only' signs on Tuesday morning as Tallyweave, which processes roughly one in five card transactions in Britain, suffered a three-hour failure it attributed to a faulty database."),
      (C, "harbor-daily", 75, "Card payments down across Britain after Tallyweave failure", None),
      (T, "elbkurier", 120, "Stundenlanger Ausfall: In Großbritannien funktionierten keine Kartenzahlungen",
       "Wegen einer Störung beim Zahlungsdienstleister Tallyweave konnten Kunden in Tausenden britischen Geschäften am Dienstag rund drei Stunden lang nicht mit Karte bezahlen. Das Unternehmen machte einen Datenbankfehler verantwortlich."),
      (T, "dagblad-delta", 140, "Britse winkels urenlang zonder pinbetalingen door storing Tallyweave",
       "In duizenden Britse winkels, tankstations en restaurants konden klanten dinsdag zo'n drie uur niet met hun kaart betalen door een storing bij betaalverwerker Tallyweave. Het bedrijf wijst een databasefout aan als oorzaak."),
      )

story("H10-pryce-fraud", 2, "16:00", "crime",
      (O, "meridian-wire", 0, "Ex-hedge fund manager Graham Pryce gets nine years for $410 million fraud",
       "NEW YORK, July 14 (Meridian Wire) - Former hedge fund manager Graham Pryce was sentenced to nine years in prison on Tuesday for defrauding investors of $410 million by inflating the value of his fund's holdings, federal prosecutors said."),
      (R, "capital-ledger", 45, "Pryce jailed for nine years after $410m hedge fund deception",
       "A Manhattan federal judge sentenced Graham Pryce, founder of Aldermoor Capital, to nine years behind bars and ordered him to forfeit $410m, saying he lied to pension funds for years about the fund's performance."),
      (C, "pennant-news", 70, "Nine years in prison for hedge fund boss Graham Pryce", None),
      (X, "northgate-post", 100, "Hedge fund fraudster Pryce sentenced in New York", None, {"nodl": True}),
      )

story("H11-dunmore-steel", 2, "07:00", "business",
      (O, "meridian-wire", 0, "Dunmore Steel to close Rotherham mill, cutting 1,100 jobs",
       "ROTHERHAM, England, July 14 (Meridian Wire) - Dunmore Steel will close its Rotherham rolling mill by March 2027 with the loss of 1,100 jobs, the company said on Tuesday, citing high energy costs and cheap imports."),
      (U, "meridian-wire", 240, "UPDATE 1-Dunmore Steel mill closure: government offers talks, union vows fight",
       "ROTHERHAM, England, July 14 (Meridian Wire) - The government offered urgent talks with Dunmore Steel over its plan to shut the Rotherham mill and cut 1,100 jobs, while the Community union said it would fight the closure."),
      (R, "northgate-post", 60, "Rotherham braces for loss of 1,100 steel jobs",
       "Steelmaking in Rotherham will shrink sharply after Dunmore said it would shut its rolling mill, where 1,100 people work, by next March. Bosses blamed electricity prices and a flood of cheap imported steel."),
      (C, "harbor-daily", 30, "Dunmore Steel: 1,100 jobs to go in Rotherham", None),
      (G, "coastline-gazette", 700, None, None),
      (T, "gazeta-wislana", 150, "Huta Dunmore Steel w Rotherham zostanie zamknięta. Pracę straci 1100 osób",
       "Brytyjski koncern Dunmore Steel zamknie do marca 2027 r. walcownię w Rotherham w północnej Anglii, co oznacza utratę 1100 miejsc pracy. Firma wskazuje na wysokie ceny energii i tani import stali."),
      )

story("H12-reykjanes-eruption", 2, "02:00", "world",
      (B, "meridian-wire", -2, None, None),
      (O, "meridian-wire", 0, "Volcano erupts on Iceland's Reykjanes peninsula, Grindavik evacuated",
       "REYKJAVIK, July 14 (Meridian Wire) - A volcanic eruption began on Iceland's Reykjanes peninsula early on Tuesday, and authorities evacuated the town of Grindavik and the Blue Lagoon spa, the Icelandic Meteorological Office said. Flights were unaffected."),
      (U, "meridian-wire", 240, "UPDATE 1-Iceland eruption fissure grows to 3 km; lava flows away from Grindavik",
       "REYKJAVIK, July 14 (Meridian Wire) - The fissure of the eruption on the Reykjanes peninsula lengthened to about 3 km, but lava was flowing away from Grindavik, which was evacuated overnight, Iceland's Meteorological Office said."),
      (R, "atlas-broadcast", 40, "Lava fountains light up sky near Grindavik as new eruption begins",
       "Residents of Grindavík were woken and told to leave as a fresh eruption split the ground north of the fishing town in the early hours of Tuesday. The Blue Lagoon was also cleared, and Keflavík airport remained open."),
      (T, "alpenrundschau", 150, "Vulkanausbruch auf Island: Grindavík erneut evakuiert",
       "Auf der isländischen Halbinsel Reykjanes ist in der Nacht zum Dienstag erneut ein Vulkan ausgebrochen. Die Behörden brachten die Bewohner von Grindavík und Gäste der Blauen Lagune in Sicherheit, der Flugverkehr läuft normal."),
      )

story("H13-canberra-drones", 3, "01:00", "politics",
      (O, "meridian-wire", 0, "Australia signs A$2.4 billion deal for long-range naval drones",
       "CANBERRA, July 15 (Meridian Wire) - Australia's government signed a A$2.4 billion contract with local firm Coralbay Defence for 40 uncrewed surface vessels to patrol its northern approaches, the defence ministry said on Wednesday."),
      (R, "capital-ledger", 50, "Canberra commits A$2.4bn to Coralbay's autonomous patrol boats",
       "Canberra has handed Adelaide-based Coralbay Defence a 2.4 billion Australian dollar order for 40 robotic patrol boats, the country's biggest drone purchase, with first deliveries planned for 2028."),
      (C, "pennant-news", 70, "Australia orders 40 naval drones from Coralbay in A$2.4bn contract", None),
      (X, "atlas-broadcast", 95, "Australia bets on robot boats with A$2.4bn order", None, {"nodl": True}),
      )

story("H14-phoenix-heat", 3, "20:00", "weather",
      (O, "meridian-wire", 0, "Phoenix hits record 49C as heat strains Arizona power grid",
       "PHOENIX, July 15 (Meridian Wire) - Phoenix reached 120 degrees Fahrenheit (49 Celsius) on Wednesday, an all-time July high, and Arizona's largest utility asked customers to cut power use during the evening peak, the National Weather Service said."),
      (R, "atlas-broadcast", 40, "Arizona swelters as Phoenix sets heat record of 120F",
       "Phoenix baked at 120F on Wednesday afternoon, its hottest July day on record, as cooling centres filled up and the grid operator urged households to hold off running dishwashers and washing machines until after 8 p.m."),
      (C, "northgate-post", 60, "Record heat: Phoenix reaches 49C", None),
      (T, "cronica-iberia", 150, "Phoenix alcanza un récord de 49 grados y pone a prueba la red eléctrica",
       "La ciudad estadounidense de Phoenix registró este miércoles 49 grados centígrados, la máxima más alta jamás medida en julio, y la principal compañía eléctrica de Arizona pidió a sus clientes reducir el consumo."),
      )

story("H15-doyle-sacked", 3, "16:00", "sport",
      (B, "meridian-wire", -5, None, None),
      (O, "atlas-broadcast", 0, "Harlow United sack manager Craig Doyle after 14 months",
       "Harlow United have sacked manager Craig Doyle after 14 months in charge, following a pre-season in which the club lost four of five friendlies. Assistant Neil Oduya will take temporary charge for the opening league game."),
      (R, "northgate-post", 45, "Doyle dismissed by Harlow weeks before the new season",
       "Craig Doyle's spell as Harlow United manager ended on Wednesday when the board dismissed him barely three weeks before the season starts. Neil Oduya, his assistant, steps up on an interim basis."),
      (C, "pennant-news", 80, "Harlow United part company with Craig Doyle", None),
      )

story("H16-arvena-obesity", 3, "12:30", "business",
      (O, "capital-ledger", 0, "Arvena Bio shares soar 58% on obesity pill trial results",
       "Shares in Arvena Bio jumped 58% on Wednesday after the San Diego company said its once-daily obesity pill AV-310 helped patients lose an average of 16.4% of their body weight over 68 weeks in a phase 3 trial."),
      (U, "capital-ledger", 240, "UPDATE 1-Arvena to seek FDA approval by year-end; shares close up 61%",
       "Arvena Bio said it would file AV-310 with US regulators by December after the 3,100-patient trial, and its shares closed up 61% on Wednesday, valuing the company at about $19 billion."),
      (R, "meridian-wire", 30, "Arvena's obesity pill meets goals in late-stage trial",
       "SAN DIEGO, July 15 (Meridian Wire) - Arvena Bio's oral weight-loss drug AV-310 produced 16.4% average weight loss after 68 weeks versus 2.1% on placebo in a study of 3,100 adults, sending the stock up 58%."),
      (X, "pennant-news", 80, "Obesity pill success sends Arvena up 58%", None),
      )

story("H17-dublin-bus-strike", 3, "05:00", "business",
      (O, "harbor-daily", 0, "Dublin Bus drivers begin three-day strike over rosters",
       "Dublin Bus drivers began a three-day strike on Wednesday in a dispute over new shift rosters, leaving about 400,000 daily passengers without services across the capital, the SIPTU and NBRU unions said."),
      (R, "atlas-broadcast", 40, "Commuters scramble as Dublin bus services halted for three days",
       "Traffic on Dublin's main routes into the city centre was heavy on Wednesday morning as bus drivers walked out for 72 hours over rosters, affecting some 400,000 journeys a day. Luas and DART services ran normally."),
      (C, "pennant-news", 70, "Three-day Dublin Bus strike under way", None, {"mode": "verbatim"}),
      (G, "coastline-gazette", 500, None, None),
      )

story("H18-cave-rescue", 1, "07:30", "local",
      (O, "northgate-post", 0, "Cave divers rescue four trapped explorers in Yorkshire Dales",
       "Four cavers trapped by floodwater for 30 hours in a cave system near Ingleton in the Yorkshire Dales were brought out safely on Monday morning by cave rescue divers, the Cave Rescue Organisation said."),
      (R, "atlas-broadcast", 50, "Four cavers freed after 30 hours underground near Ingleton",
       "Rescue divers reached four explorers who had been cut off by rising water in a cave near Ingleton since the early hours of Sunday, guiding them out through a flooded passage on Monday. All four were checked by paramedics."),
      (G, "coastline-gazette", 400, None, None),
      )

story("H19-lochmycin", 3, "13:00", "science",
      (O, "meridian-wire", 0, "Scottish scientists discover new antibiotic in soil bacterium",
       "EDINBURGH, July 15 (Meridian Wire) - Researchers at the University of Edinburgh said on Wednesday they had found a new antibiotic, named lochmycin, produced by a soil bacterium, which killed drug-resistant bacteria in laboratory and mouse tests."),
      (R, "northgate-post", 50, "Soil microbe from Scottish Highlands yields lochmycin antibiotic",
       "A compound made by bacteria collected near Loch Rannoch wiped out drug-resistant strains of Staphylococcus aureus in mice, Edinburgh scientists reported in a paper published on Wednesday. Human trials are at least five years away."),
      (C, "pennant-news", 80, "Edinburgh team finds lochmycin, a new antibiotic from soil", None),
      (T, "kurier-baltycki", 150, "Szkoccy naukowcy odkryli nowy antybiotyk w bakterii glebowej",
       "Naukowcy z Uniwersytetu w Edynburgu poinformowali w środę o odkryciu nowego antybiotyku, nazwanego lochmycyną, wytwarzanego przez bakterię glebową. Substancja zabija lekooporne bakterie w testach na myszach."),
      )

story("H20-linkwell-fine", 1, "11:00", "business",
      (O, "capital-ledger", 0, "Ofcom fines Linkwell £9.5m over 999 call failures during outage",
       "Ofcom fined broadband provider Linkwell £9.5 million on Monday after a network outage last October left about 90,000 customers unable to make emergency calls for up to 11 hours, the regulator said."),
      (R, "meridian-wire", 30, "UK regulator fines Linkwell 9.5 million pounds over emergency call outage",
       "LONDON, July 13 (Meridian Wire) - Britain's communications regulator Ofcom imposed a 9.5 million pound fine on broadband firm Linkwell, saying a failure in October stopped about 90,000 customers from reaching 999 for as long as 11 hours."),
      (C, "harbor-daily", 60, None, None, {"mode": "verbatim", "share": True}),
      (X, "pennant-news", 90, "Linkwell penalised over 999 outage", None),
      )

story("H21-wolverhampton-blast", 2, "20:00", "world",
      (O, "northgate-post", 0, "Two dead after explosion at Wolverhampton paint factory",
       "Two workers died and five were injured after an explosion and fire at a paint factory on an industrial estate in Bilston, Wolverhampton, on Tuesday evening, West Midlands Fire Service said. Nearby homes were told to keep windows closed."),
      (U, "northgate-post", 660, "UPDATE: Wolverhampton factory blast victims named as HSE launches inquiry",
       "The two men killed in Tuesday's explosion at a Wolverhampton paint factory were named on Wednesday as Darren Cole, 44, and Imran Siddiqui, 37, as the Health and Safety Executive opened an investigation. Five others remain in hospital."),
      (R, "harbor-daily", 60, "Blast and fire at Bilston paint works kills two",
       "Smoke could be seen across the Black Country after an explosion ripped through a paint factory in Bilston on Tuesday. Two employees were killed and five more taken to hospital, firefighters said."),
      (G, "evening-courier", 800, None, None),
      (C, "pennant-news", 30, "Two killed in Wolverhampton factory explosion", None),
      )

# ------------------------------------------------------------------ German-led
story("H22-waldbrand-jueterbog", 1, "11:00", "world",
      (O, "dpx-dienst", 0, "Waldbrand bei Jüterbog breitet sich auf 600 Hektar aus",
       "Jüterbog (dpx) - Ein Waldbrand auf einem ehemaligen Truppenübungsplatz bei Jüterbog hat sich bis Montagmittag auf rund 600 Hektar ausgebreitet. Wegen alter Munition im Boden können die Einsatzkräfte nur von den Wegen aus löschen."),
      (R, "elbkurier", 60, "Munition im Boden erschwert Löscharbeiten: Jüterboger Heide brennt",
       "In der Jüterboger Heide kämpfen mehr als 200 Feuerwehrleute gegen die Flammen. Weil im Boden Blindgänger liegen, dürfen sie das Gebiet nicht betreten. Das Feuer hat inzwischen sechshundert Hektar erfasst."),
      (U, "dpx-dienst", 300, "ROUNDUP: Waldbrand bei Jüterbog wächst auf 900 Hektar – Ortsteil vorsorglich geräumt",
       "Jüterbog (dpx) - Der Waldbrand bei Jüterbog hat sich bis zum Abend auf etwa 900 Hektar vergrößert. Der Ortsteil Kloster Zinna wurde vorsorglich geräumt; rund 350 Einwohner kamen in einer Turnhalle unter."),
      (G, "havel-anzeiger", 420, None, None),
      (C, "rheinblatt", 90, "Brandenburg: Waldbrand auf altem Truppenübungsplatz bei Jüterbog", None,
       {"sub": [("rund 600 Hektar", "rund 600 ha")]}),
      )

story("H23-wendeler-insolvenz", 2, "09:00", "business",
      (B, "dpx-dienst", -2, None, None),
      (O, "dpx-dienst", 0, "Autozulieferer Wendeler stellt Insolvenzantrag – 2.300 Beschäftigte betroffen",
       "Schweinfurt (dpx) - Der Autozulieferer Wendeler Autoteile AG hat beim Amtsgericht Schweinfurt Insolvenz in Eigenverwaltung beantragt. Betroffen sind 2.300 Beschäftigte an drei Standorten in Franken, teilte das Unternehmen am Dienstag mit."),
      (R, "rheinblatt", 50, "Wendeler-Pleite: Bange Wochen für 2300 Mitarbeiter in Franken",
       "Sinkende Aufträge für Verbrenner-Bauteile haben die Wendeler Autoteile AG in die Zahlungsunfähigkeit getrieben. Für die 2300 Beschäftigten in Schweinfurt, Haßfurt und Bamberg ist das Insolvenzgeld bis September gesichert."),
      (C, "elbkurier", 70, "Wendeler Autoteile AG ist insolvent", None),
      (X, "alpenrundschau", 100, "Insolvenzantrag beim Schweinfurter Zulieferer Wendeler", None),
      (T, "capital-ledger", 130, "German car parts maker Wendeler files for insolvency",
       "German car parts supplier Wendeler Autoteile AG has filed for self-administered insolvency at a court in Schweinfurt, putting 2,300 jobs at three sites in Franconia at risk, the company said on Tuesday."),
      )

story("H24-stromsteuer", 2, "13:00", "politics",
      (O, "dpx-dienst", 0, "Kabinett beschließt Senkung der Stromsteuer für alle Haushalte ab 2027",
       "Berlin (dpx) - Das Bundeskabinett hat am Dienstag beschlossen, die Stromsteuer ab dem 1. Januar 2027 für alle Verbraucher auf das europäische Mindestmaß zu senken. Ein Durchschnittshaushalt spart damit rund 100 Euro im Jahr."),
      (R, "rheinblatt", 40, "Berlin senkt Stromsteuer auch für private Haushalte",
       "Nach monatelangem Streit gibt die Bundesregierung nach: Von 2027 an zahlen nicht nur Industriebetriebe, sondern auch Privathaushalte nur noch den EU-Mindestsatz bei der Stromsteuer. Familien sollen etwa hundert Euro jährlich sparen."),
      (C, "alpenrundschau", 80, "Stromsteuer sinkt ab 2027 für alle", None),
      )

story("H25-rheinbruecke-neuenkamp", 3, "06:00", "world",
      (O, "dpx-dienst", 0, "Risse entdeckt: Rheinbrücke Duisburg-Neuenkamp für Lkw gesperrt",
       "Duisburg (dpx) - Wegen neu entdeckter Risse ist die Rheinbrücke Duisburg-Neuenkamp auf der A40 seit Mittwochmorgen für Lastwagen über 3,5 Tonnen gesperrt. Die Autobahn GmbH rechnet mit einer Sperrung von mindestens drei Wochen."),
      (U, "dpx-dienst", 300, "ROUNDUP: A40-Brücke bei Duisburg – Sperrung für Lkw dauert bis Ende August",
       "Duisburg (dpx) - Die Lkw-Sperrung der Rheinbrücke Neuenkamp auf der A40 wird voraussichtlich bis Ende August dauern. Gutachter fanden nach Angaben der Autobahn GmbH Risse an vier Längsträgern; Autos dürfen die Brücke weiter nutzen."),
      (R, "rheinblatt", 45, "Lkw-Verbot auf der A40: Neuenkamper Brücke hat Risse",
       "Für Speditionen im Ruhrgebiet wird es eng: Die Autobahn GmbH hat die Rheinquerung bei Neuenkamp für schwere Lastwagen dichtgemacht, nachdem Prüfer bei einer Routinekontrolle Risse im Stahl fanden. Umleitungen führen über die A42."),
      (G, "revier-zeitung", 200, None, None),
      )

# ------------------------------------------------------------------ French-led
story("H26-explosion-pont-de-claix", 1, "07:00", "world",
      (O, "lumiere-presse", 0, "Isère : explosion sur la plateforme chimique du Pont-de-Claix, quatre blessés",
       "Le Pont-de-Claix (LP) - Une explosion suivie d'un incendie s'est produite lundi vers 7 h 30 sur la plateforme chimique du Pont-de-Claix, au sud de Grenoble. Quatre salariés ont été blessés, dont un grièvement, selon la préfecture de l'Isère."),
      (R, "le-veilleur", 60, "Sud-grenoblois : une déflagration secoue le site chimique, un salarié grièvement brûlé",
       "Les habitants du sud de l'agglomération grenobloise ont entendu une forte détonation lundi matin. Sur la plateforme chimique du Pont-de-Claix, quatre employés ont été blessés, dont un grièvement brûlé ; un périmètre de sécurité a été établi."),
      (U, "lumiere-presse", 300, "MISE À JOUR 1-Explosion au Pont-de-Claix : l'incendie est éteint, une enquête ouverte",
       "Le Pont-de-Claix (LP) - L'incendie consécutif à l'explosion sur la plateforme chimique du Pont-de-Claix est éteint, a annoncé la préfecture lundi après-midi. Le parquet de Grenoble a ouvert une enquête ; les quatre blessés restent hospitalisés."),
      (X, "gazette-du-rhone", 120, "Pont-de-Claix : explosion et incendie sur la plateforme chimique", None, {"nodl": True}),
      (C, "quotidien-horizon", 80, "Explosion sur un site chimique près de Grenoble : quatre blessés", None),
      )

story("H27-greve-aeroval", 2, "05:30", "business",
      (O, "lumiere-presse", 0, "Grève des pilotes d'Aéroval : 400 vols annulés mardi",
       "Paris (LP) - La compagnie aérienne Aéroval a annulé 400 vols mardi, soit près de la moitié de son programme, en raison d'une grève de ses pilotes qui réclament une revalorisation salariale de 8 %, a indiqué la direction."),
      (R, "le-veilleur", 40, "Aéroval cloue au sol la moitié de ses avions, les pilotes en grève",
       "Des milliers de voyageurs sont bloqués à Roissy, Orly et Lyon-Saint-Exupéry : le syndicat majoritaire des pilotes d'Aéroval a déclenché une grève de 48 heures pour obtenir 8 % d'augmentation. Quatre cents vols sont supprimés mardi."),
      (C, "quotidien-horizon", 60, "Aéroval : 400 vols supprimés en raison d'une grève des pilotes", None),
      (G, "gazette-du-rhone", 240, None, None),
      (T, "meridian-wire", 90, "French airline Aeroval cancels 400 flights as pilots strike",
       "PARIS, July 14 (Meridian Wire) - French carrier Aeroval cancelled 400 flights on Tuesday, nearly half its schedule, because of a strike by pilots demanding an 8% pay rise, the airline said."),
      )

story("H28-plan-urgences", 3, "11:00", "politics",
      (O, "lumiere-presse", 0, "Matignon annonce un plan de 1,8 milliard d'euros pour les urgences hospitalières",
       "Paris (LP) - Le Premier ministre a annoncé mercredi un plan de 1,8 milliard d'euros sur trois ans pour les services d'urgences, prévoyant le recrutement de 4 000 infirmiers et la réouverture de 60 services fermés la nuit."),
      (R, "le-veilleur", 60, "Urgences : le gouvernement promet 4 000 infirmiers et 1,8 milliard",
       "Face aux fermetures nocturnes qui se multiplient, l'exécutif débloque 1,8 milliard d'euros d'ici 2028. Quatre mille infirmiers doivent être recrutés et soixante services d'urgences rouvrir la nuit, a détaillé le chef du gouvernement."),
      (C, "quotidien-horizon", 90, "Hôpital : 1,8 milliard pour rouvrir les urgences la nuit", None),
      )

story("H29-cyclonie-levee", 1, "13:00", "business",
      (O, "le-veilleur", 0, "La start-up bordelaise Cyclonie lève 120 millions d'euros",
       "Cyclonie, une start-up bordelaise qui conçoit des batteries au sodium pour le stockage d'énergie, a annoncé lundi une levée de fonds de 120 millions d'euros auprès de fonds européens. Elle prévoit d'ouvrir une usine en Gironde."),
      (R, "quotidien-horizon", 50, "Batteries au sodium : Cyclonie boucle un tour de table de 120 M€",
       "Créée en 2021 à Bordeaux, Cyclonie a convaincu des investisseurs européens de lui apporter 120 M€. La jeune pousse, qui emploie 140 personnes, veut produire ses batteries au sodium dans une usine girondine dès 2028."),
      (X, "lumiere-presse", 30, "Cyclonie lève 120 millions", None),
      (C, "gazette-du-rhone", 120, "Bordeaux : 120 millions d'euros pour Cyclonie", None),
      )

# ------------------------------------------------------------------ Spanish-led
story("H30-incendio-sierra-de-gata", 2, "13:00", "world",
      (B, "agencia-faro", -3, None, None),
      (O, "agencia-faro", 0, "Un incendio forestal en la Sierra de Gata obliga a desalojar cuatro pueblos",
       "Cáceres (Faro) - Un incendio forestal declarado este martes en la Sierra de Gata (Cáceres) ha obligado a desalojar a unos 2.100 vecinos de cuatro pueblos, entre ellos Hoyos y Acebo. Trabajan en la zona 25 medios aéreos."),
      (U, "agencia-faro", 300, "ACTUALIZACIÓN 1-El incendio de la Sierra de Gata quema 3.500 hectáreas y alcanza nivel 2",
       "Cáceres (Faro) - El incendio de la Sierra de Gata ha calcinado ya unas 3.500 hectáreas y la Junta de Extremadura lo ha elevado a nivel 2, lo que permite solicitar la intervención de la UME. Siguen desalojados cuatro pueblos."),
      (R, "diario-meseta", 60, "Hoyos y Acebo, entre los pueblos evacuados por el fuego en Cáceres",
       "Más de dos mil vecinos de la Sierra de Gata han tenido que abandonar sus casas por un incendio avivado por el viento y temperaturas de 40 grados. La Guardia Civil ha cortado varias carreteras de la comarca."),
      (C, "cronica-iberia", 80, "Desalojados cuatro pueblos por un incendio en Cáceres", None),
      (G, "voz-del-puerto", 600, None, None, {"base": 2}),
      )

story("H31-solvera-hoteles", 1, "10:00", "business",
      (O, "agencia-faro", 0, "La hotelera Solvera compra 40 hoteles por 1.200 millones de euros",
       "Madrid (Faro) - La cadena hotelera Solvera ha acordado la compra de 40 hoteles vacacionales en Canarias y Baleares al fondo británico Greyhaven por 1.200 millones de euros, informó este lunes la compañía a la CNMV."),
      (R, "cronica-iberia", 50, "Solvera se refuerza en las islas con la compra de 40 hoteles a Greyhaven",
       "La operación, valorada en 1.200 millones, añade unas 11.000 habitaciones en Canarias y Baleares a la cartera de Solvera, que pasará a gestionar 150 establecimientos y se convertirá en la tercera hotelera española por tamaño."),
      (C, "diario-meseta", 80, "Solvera adquiere 40 hoteles en las islas por 1200 millones", None,
       {"sub": [("1.200 millones", "1200 millones")]}),
      (T, "capital-ledger", 140, "Spain's Solvera buys 40 hotels from Greyhaven for €1.2bn",
       "Spanish hotel chain Solvera has agreed to buy 40 resort hotels in the Canary and Balearic Islands from British fund Greyhaven for €1.2bn, the company told Spain's market regulator on Monday."),
      )

story("H32-tabaco-algeciras", 3, "08:00", "crime",
      (O, "agencia-faro", 0, "Desarticulada en Algeciras una red de tabaco ilegal con 22 detenidos",
       "Algeciras (Faro) - La Policía Nacional y la Agencia Tributaria han desarticulado en Algeciras (Cádiz) una red dedicada al contrabando de tabaco y han detenido a 22 personas. Se han intervenido 410.000 cajetillas, informaron este miércoles."),
      (R, "diario-meseta", 50, "Golpe al contrabando de tabaco en el Campo de Gibraltar: veintidós arrestados",
       "Los investigadores atribuyen a la organización la introducción de tabaco de contrabando a través del puerto de Algeciras. En los registros se hallaron 410.000 cajetillas y 300.000 euros en efectivo; hay 22 detenidos."),
      (C, "cronica-iberia", 75, "Veintidós detenidos en Algeciras por contrabando de tabaco", None),
      (X, "voz-del-puerto", 120, "Cae una red de contrabando de tabaco en Algeciras", None),
      )

# ------------------------------------------------------------------ Italian-led
story("H33-frana-valtellina", 1, "04:00", "world",
      (O, "agenzia-vela", 0, "Frana in Valtellina, chiusa la statale 38 e 60 evacuati",
       "Sondrio (Vela) - Una frana di grandi dimensioni si è staccata nella notte tra domenica e lunedì sopra Ardenno, in Valtellina, travolgendo la statale 38. Sessanta persone sono state evacuate dalle abitazioni vicine; non ci sono feriti."),
      (U, "agenzia-vela", 240, "AGGIORNAMENTO 1-Frana in Valtellina, evacuati saliti a 85: statale chiusa per giorni",
       "Sondrio (Vela) - Salgono a 85 gli evacuati per la frana che ha investito la statale 38 ad Ardenno. Secondo Anas la strada resterà chiusa per almeno cinque giorni; il traffico è deviato sulla provinciale."),
      (R, "corriere-laguna", 50, "Valtellina, la montagna crolla sulla statale: sessanta persone fuori casa",
       "Circa 40 mila metri cubi di roccia e fango hanno invaso la statale 38 nei pressi di Ardenno dopo giorni di piogge. I vigili del fuoco hanno fatto evacuare sessanta residenti, la Valtellina è isolata verso Milano."),
      (C, "quotidiano-nord", 90, "Frana ad Ardenno, statale 38 chiusa e 60 evacuati", None),
      (T, "meridian-wire", 120, "Landslide blocks main road in Italy's Valtellina, 60 evacuated",
       "MILAN, July 13 (Meridian Wire) - A large landslide buried a stretch of the SS38 state road near Ardenno in northern Italy's Valtellina valley overnight, forcing the evacuation of 60 people, local authorities said. No one was hurt."),
      )

story("H34-sciopero-treni", 2, "06:00", "world",
      (O, "agenzia-vela", 0, "Sciopero nazionale dei treni di 24 ore, garantite le fasce pendolari",
       "Roma (Vela) - È iniziato alle 21 di lunedì lo sciopero nazionale del personale ferroviario di 24 ore proclamato da quattro sigle sindacali. Sono garantiti i treni regionali dalle 6 alle 9 e dalle 18 alle 21."),
      (R, "corriere-laguna", 40, "Treni, martedì nero: cancellazioni su Frecce e regionali",
       "Stazioni semivuote e tabelloni pieni di cancellazioni: lo sciopero di 24 ore dei ferrovieri, iniziato lunedì sera, colpisce Alta velocità e regionali in tutta Italia. Restano garantite le fasce 6-9 e 18-21."),
      (C, "quotidiano-nord", 60, "Sciopero dei treni per 24 ore: le fasce garantite", None),
      (G, "gazzetta-appennino", 180, None, None),
      )

story("H35-orsini-commessa", 3, "09:00", "business",
      (O, "corriere-laguna", 0, "Cantieri Navali Orsini, commessa da 1,4 miliardi per quattro navi da crociera",
       "I Cantieri Navali Orsini di Livorno hanno firmato un contratto da 1,4 miliardi di euro con la compagnia Blue Horizon Cruises per la costruzione di quattro navi da crociera, con consegne tra il 2029 e il 2031."),
      (R, "quotidiano-nord", 50, "Quattro navi da crociera per Blue Horizon: a Orsini un ordine da 1,4 miliardi",
       "Il cantiere livornese si assicura lavoro fino al 2031: Blue Horizon Cruises ha ordinato quattro unità da 2.400 passeggeri ciascuna, per un valore complessivo di 1,4 miliardi. Previste 600 assunzioni."),
      (X, "agenzia-vela", 30, "Orsini, maxi-ordine da Blue Horizon", None),
      (C, "gazzetta-appennino", 80, "Livorno, commessa record per i Cantieri Orsini", None),
      )

# ------------------------------------------------------------------ Portuguese-led
story("H36-sismo-setubal", 2, "03:30", "world",
      (O, "agencia-mar", 0, "Sismo de magnitude 4,7 sentido em Lisboa e Setúbal",
       "Lisboa (Mar) - Um sismo de magnitude 4,7 na escala de Richter foi registado às 3h52 desta terça-feira, com epicentro a cerca de 30 quilómetros a sudoeste de Setúbal, informou o IPMA. Foi sentido em Lisboa e Setúbal, sem danos."),
      (U, "agencia-mar", 300, "ATUALIZAÇÃO 1-IPMA revê sismo para 4,9; registadas três réplicas",
       "Lisboa (Mar) - O IPMA reviu para 4,9 a magnitude do sismo registado de madrugada ao largo de Setúbal e registou três réplicas de menor intensidade. A Proteção Civil recebeu mais de 200 chamadas, mas não há danos."),
      (R, "jornal-do-tejo", 60, "Terra tremeu de madrugada na Grande Lisboa",
       "Muitos moradores da Grande Lisboa e da península de Setúbal acordaram com o abalo, de magnitude 4,7, que o IPMA localizou no mar, a 30 km de Setúbal. A Proteção Civil não registou feridos nem danos."),
      (C, "folha-atlantica", 100, "Sismo de 4,7 acorda Lisboa e Setúbal", None),
      )

story("H37-sines-terminal", 3, "07:00", "business",
      (O, "agencia-mar", 0, "Porto de Sines vai receber investimento de 650 milhões em novo terminal",
       "Sines (Mar) - O consórcio Atlântico Logística vai investir 650 milhões de euros num novo terminal de contentores no porto de Sines, que deverá criar 1.200 postos de trabalho, anunciou esta quarta-feira o Governo."),
      (R, "jornal-do-tejo", 50, "Novo terminal em Sines custa 650 milhões e promete 1200 empregos",
       "O Executivo assinou com a Atlântico Logística a concessão do novo terminal de contentores de Sines, um investimento de 650 milhões de euros que duplicará a capacidade do porto alentejano até 2030."),
      (C, "folha-atlantica", 80, None, None, {"mode": "verbatim", "share": True}),
      )

# ------------------------------------------------------------------ Dutch-led
story("H38-trein-amersfoort", 1, "15:00", "world",
      (O, "persbureau-polder", 0, "Trein ontspoort bij Amersfoort na botsing met tractor, negen gewonden",
       "Amersfoort (PP) - Een intercity is maandagmiddag bij Amersfoort ontspoord na een botsing met een tractor op een onbewaakte overweg. Negen mensen raakten gewond, van wie twee ernstig, meldt de veiligheidsregio Utrecht."),
      (R, "dagblad-delta", 40, "Tractor op overweg: intercity uit de rails bij Amersfoort",
       "Bij een overweg in het buitengebied van Amersfoort reed een intercity maandag op een tractor en ontspoorde. Negen mensen, onder wie de machinist, raakten gewond. Het treinverkeer richting Zwolle ligt plat."),
      (U, "persbureau-polder", 300, "UPDATE 1-Treinverkeer Amersfoort–Zwolle ligt tot dinsdag stil na ontsporing",
       "Amersfoort (PP) - Na de ontsporing van een intercity bij Amersfoort rijden tot zeker dinsdagmiddag geen treinen tussen Amersfoort en Zwolle, meldt ProRail. De tractorbestuurder is aangehouden; negen gewonden, twee ernstig."),
      (C, "noorder-courant", 90, "Negen gewonden bij treinongeluk Amersfoort", None),
      )

story("H39-melkunie-leeuwarden", 2, "09:30", "business",
      (O, "persbureau-polder", 0, "Melkunie Noord sluit kaasfabriek in Leeuwarden, 380 banen weg",
       "Leeuwarden (PP) - Zuivelcoöperatie Melkunie Noord sluit eind volgend jaar haar kaasfabriek in Leeuwarden. Daarbij verdwijnen 380 banen, maakte het bedrijf dinsdag bekend. De productie gaat naar Heerenveen en Duitsland."),
      (R, "dagblad-delta", 50, "Klap voor Friesland: kaasmaker Melkunie Noord trekt stekker uit Leeuwarder fabriek",
       "Driehonderdtachtig werknemers van Melkunie Noord verliezen hun baan nu de zuivelcoöperatie de fabriek in Leeuwarden dichtdoet. Dalende melkaanvoer door stikstofregels maakt de vestiging onrendabel, zegt directeur Sjoerd Bakker."),
      (C, "noorder-courant", 90, "Kaasfabriek Melkunie Noord in Leeuwarden dicht: 380 banen weg", None),
      (T, "capital-ledger", 120, "Dutch dairy co-op Melkunie Noord to shut Leeuwarden cheese plant",
       "Dutch dairy cooperative Melkunie Noord will close its cheese factory in Leeuwarden at the end of next year with the loss of 380 jobs, moving production to Heerenveen and Germany, it said on Tuesday."),
      )

# ------------------------------------------------------------------ Polish-led
story("H40-pozar-komorniki", 1, "16:00", "world",
      (O, "agencja-orzel", 0, "Pożar hali magazynowej pod Poznaniem. Ogień gasi 40 zastępów straży",
       "Poznań (Orzeł) - W Komornikach pod Poznaniem płonie hala magazynowa o powierzchni 8 tys. m kw. Z ogniem walczy około 40 zastępów straży pożarnej, nikt nie został ranny, poinformowała w poniedziałek wielkopolska straż."),
      (R, "gazeta-wislana", 50, "Czarny dym nad Komornikami. Płonie magazyn z chemią gospodarczą",
       "Słup dymu widać było z centrum Poznania. W hali w Komornikach, gdzie składowano chemię gospodarczą, wybuchł w poniedziałek po południu pożar. Na miejscu pracuje 40 zastępów, mieszkańcy mają zamknąć okna."),
      (U, "agencja-orzel", 300, "AKTUALIZACJA 1-Pożar w Komornikach opanowany. Hala spłonęła doszczętnie",
       "Poznań (Orzeł) - Strażacy opanowali pożar hali magazynowej w Komornikach pod Poznaniem. Budynek o powierzchni 8000 m kw. spłonął doszczętnie, a pomiary nie wykazały zagrożenia dla mieszkańców."),
      (C, "kurier-baltycki", 90, "Komorniki: pożar ogromnej hali, 40 zastępów w akcji", None),
      )

story("H41-czyste-powietrze", 3, "10:00", "politics",
      (O, "agencja-orzel", 0, "Rząd przyjął program Czyste Powietrze 2.0 za 4,2 mld zł",
       "Warszawa (Orzeł) - Rada Ministrów przyjęła w środę program Czyste Powietrze 2.0, na który do 2030 r. przeznaczy 4,2 mld zł. Dopłaty do wymiany pieców i ocieplenia domów wzrosną nawet do 90 proc. kosztów."),
      (R, "gazeta-wislana", 60, "Więcej pieniędzy na wymianę kopciuchów. Rząd zatwierdził nową wersję programu",
       "Właściciele domów jednorodzinnych dostaną wyższe dotacje na wymianę starych pieców – do 90 procent kosztów. Nowa edycja programu Czyste Powietrze ma budżet 4,2 miliarda złotych, zdecydował rząd."),
      (C, "kurier-baltycki", 90, "Czyste Powietrze 2.0: 4,2 mld zł na wymianę pieców", None),
      )

# ------------------------------------------------------------------ Russian-led
story("H42-ekaterinburg-truba", 2, "05:00", "world",
      (B, "agentstvo-sever", -2, None, None),
      (O, "agentstvo-sever", 0, "В Екатеринбурге из-за прорыва магистрали без горячей воды остались 120 домов",
       "Екатеринбург (Север) - В Екатеринбурге во вторник произошёл прорыв магистрального трубопровода горячего водоснабжения на улице Малышева, без горячей воды остались около 120 жилых домов, сообщили в городской администрации."),
      (R, "vestnik-nevy", 40, "Улицу Малышева затопило кипятком: 120 домов без горячей воды",
       "Коммунальная авария в центре Екатеринбурга: из-за порыва трубы большого диаметра горячая вода залила проезжую часть улицы Малышева. Без горячего водоснабжения остались порядка ста двадцати домов."),
      (U, "agentstvo-sever", 300, "ОБНОВЛЕНО 1-Горячую воду в 120 домах Екатеринбурга вернут к утру среды",
       "Екатеринбург (Север) - Ремонтные бригады заменили повреждённый участок трубы на улице Малышева, подача горячей воды в 120 домов будет восстановлена к утру среды, сообщили в администрации Екатеринбурга."),
      (C, "volga-gazeta", 90, "Прорыв трубы в Екатеринбурге: 120 домов без горячей воды", None),
      (T, "kyivskyi-visnyk", 150, "У Єкатеринбурзі через прорив магістралі без гарячої води залишилися 120 будинків",
       "У Єкатеринбурзі у вівторок прорвало магістральний трубопровід гарячого водопостачання на вулиці Малишева. Без гарячої води залишилися близько 120 житлових будинків, повідомила міська адміністрація."),
      )

story("H43-kamchatka-quake", 3, "03:00", "world",
      (O, "agentstvo-sever", 0, "У берегов Камчатки произошло землетрясение магнитудой 5,8",
       "Петропавловск-Камчатский (Север) - Землетрясение магнитудой 5,8 произошло в среду у восточного побережья Камчатки, сообщили в Камчатском филиале Геофизической службы РАН. Толчки силой до пяти баллов ощущались в Петропавловске-Камчатском, угрозы цунами нет."),
      (R, "vestnik-nevy", 60, "Камчатку тряхнуло: жители Петропавловска почувствовали толчки",
       "Подземные толчки силой до пяти баллов ощутили жители Петропавловска-Камчатского в среду. По данным сейсмологов, эпицентр землетрясения магнитудой 5,8 находился в Тихом океане, разрушений и пострадавших нет."),
      (C, "volga-gazeta", 100, "Землетрясение магнитудой 5,8 у Камчатки", None),
      )

# ------------------------------------------------------------------ Swedish-led
story("H44-godstag-hallsberg", 1, "06:00", "world",
      (O, "nyhetsbyran-norr", 0, "Godståg spårade ur vid Hallsberg – stora förseningar",
       "Hallsberg (NN) - Ett godståg spårade ur vid Hallsbergs bangård natten till måndag. Ingen skadades, men västra stambanan är avstängd mellan Hallsberg och Laxå och Trafikverket räknar med störningar hela dagen."),
      (R, "morgonposten-syd", 50, "Urspårning i Hallsberg stoppar tågen på västra stambanan",
       "Resenärer mellan Stockholm och Göteborg får räkna med långa förseningar sedan tolv vagnar i ett godståg hoppat av rälsen i Hallsberg under natten. Ersättningsbussar sätts in mellan Hallsberg och Laxå."),
      (C, "fjallbladet", 80, "Godståg av spåret i Hallsberg – tågtrafiken stoppad", None),
      )

story("H45-skogsvik-munkedal", 3, "07:30", "business",
      (O, "nyhetsbyran-norr", 0, "Skogsvik Papper lägger ner bruket i Munkedal – 420 förlorar jobbet",
       "Munkedal (NN) - Skogsvik Papper lägger ner pappersbruket i Munkedal i Bohuslän vid årsskiftet, vilket innebär att 420 anställda förlorar jobbet, meddelar bolaget på onsdagen. Skälet uppges vara minskad efterfrågan på tryckpapper."),
      (R, "morgonposten-syd", 50, "Hårt slag mot Munkedal när bruket stänger",
       "För kommunen Munkedal är beskedet ett av de tyngsta på decennier: Skogsviks bruk, ortens största arbetsgivare, stänger och fyrahundratjugo personer blir utan arbete när maskinerna stannar vid nyår."),
      (U, "nyhetsbyran-norr", 300, "UPPDATERAD: Munkedals bruk stänger – kommunen begär krismöte med regeringen",
       "Munkedal (NN) - Kommunledningen i Munkedal begär ett krismöte med näringsministern efter att Skogsvik Papper meddelat att bruket stängs och 420 anställda sägs upp. Facket vill att en köpare ska sökas."),
      (C, "fjallbladet", 60, "420 jobb försvinner när Munkedals bruk läggs ner", None),
      )

# ------------------------------------------------------------------ look-alikes
story("HL01-tornado-lawton", 1, "06:00", "world",
      (L, "tristate-herald", 0, "Tornado damages homes in Lawton, Oklahoma; nine injured",
       "A tornado touched down in Lawton, Oklahoma, late on Sunday, injuring nine people and damaging dozens of homes and a shopping centre on the city's east side, Comanche County emergency officials said."))
story("HL02-cruise-sails", 2, "10:00", "world",
      (L, "meridian-wire", 0, "Aurora Meridian sails after outbreak; two crew remain in hospital",
       "SOUTHAMPTON, England, July 14 (Meridian Wire) - The Aurora Meridian left Southampton on Tuesday after health officials cleared it following a norovirus outbreak, while two crew members remained in hospital with dehydration, Solent Star Cruises said."),
      (R, "harbor-daily", 50, "Cruise ship leaves Southampton a day late as crew pair stay in hospital",
       "Passengers boarded the Aurora Meridian for its Baltic cruise on Tuesday, 24 hours behind schedule, after the UK Health Security Agency declared the vessel clean. Two crew members are still being treated in hospital."))
story("HL03-st-aldric-leak", 3, "09:30", "tech",
      (L, "meridian-wire", 0, "Hackers leak St Aldric Health patient data; UK watchdog opens probe",
       "LONDON, July 15 (Meridian Wire) - A ransomware gang published data on about 90,000 St Aldric Health patients on Wednesday, and the Information Commissioner's Office opened an investigation into the hospital group's security."))
story("HL04-brightmast-fine", 1, "14:30", "business",
      (L, "capital-ledger", 0, "Ofcom fines mobile operator Brightmast £9.5m over billing errors",
       "Ofcom fined mobile operator Brightmast £9.5 million on Monday after it overcharged around 260,000 customers who had ended their contracts, the regulator said, calling the failures 'unacceptable'."))
story("HL05-calloway-steel", 3, "08:30", "business",
      (L, "harbor-daily", 0, "Calloway Steel to cut 1,100 jobs at Newport works",
       "Calloway Steel will cut 1,100 jobs at its Newport works in South Wales over the next year as it replaces two blast furnaces with an electric arc furnace, the company said on Wednesday."))
story("HL06-bok-cut", 2, "01:30", "business",
      (L, "capital-ledger", 0, "Bank of Korea cuts key rate to 2.5%, cites weak exports",
       "The Bank of Korea lowered its base rate by 25 basis points to 2.5% on Tuesday, citing weak exports and cooling domestic demand, and said it would keep a close watch on household debt."))
story("HL07-treadwell-fraud", 3, "12:00", "crime",
      (L, "evening-courier", 0, "Fund manager jailed for nine years over £41m investment fraud",
       "Former London fund manager Simon Treadwell, 49, was jailed for nine years at Southwark Crown Court on Wednesday for defrauding 600 investors of £41 million through a fake property bond scheme."))
story("HL08-kessmann-insolvenz", 2, "15:00", "business",
      (L, "elbkurier", 0, "Zulieferer Kessmann GmbH beantragt Insolvenz – 800 Jobs in Gefahr",
       "Der sächsische Kunststoffzulieferer Kessmann GmbH aus Zwickau hat am Dienstag Insolvenz beantragt. Die rund 800 Beschäftigten sollen ihre Löhne über das Insolvenzgeld erhalten, ein Investor werde gesucht."))
story("HL09-salindres", 1, "10:30", "world",
      (L, "le-veilleur", 0, "Gard : incendie dans une usine chimique à Salindres, deux blessés légers",
       "Un incendie s'est déclaré lundi matin dans un atelier d'une usine chimique de Salindres, près d'Alès (Gard). Deux salariés ont été légèrement blessés et une cinquantaine de pompiers sont intervenus."))
story("HL10-incendio-hurdes", 3, "13:00", "world",
      (L, "cronica-iberia", 0, "Un nuevo incendio en Las Hurdes obliga a desalojar dos alquerías",
       "Un incendio declarado este miércoles en la comarca cacereña de Las Hurdes ha obligado a desalojar a unos 300 vecinos de dos alquerías de Caminomorisco, mientras el fuego de la Sierra de Gata sigue activo."))
story("HL11-valtellina-inchiesta", 2, "10:00", "world",
      (L, "corriere-laguna", 0, "Valtellina, la Procura apre un'inchiesta sulla frana di Ardenno",
       "La Procura di Sondrio ha aperto martedì un fascicolo sulla frana di Ardenno per verificare la manutenzione delle reti paramassi, mentre Anas ha riaperto la statale 38 a senso unico alternato."))
story("HL12-trein-zwolle", 2, "09:00", "world",
      (L, "dagblad-delta", 0, "Trein botst op vrachtwagen bij Zwolle, vier gewonden",
       "Bij een overweg in Zwolle is dinsdagochtend een sprinter tegen een vrachtwagen gebotst die op het spoor stilstond. Vier mensen raakten lichtgewond; de trein ontspoorde niet."))
story("HL13-pozar-kobierzyce", 2, "14:00", "world",
      (L, "gazeta-wislana", 0, "Pożar hali pod Wrocławiem. W akcji 30 zastępów",
       "We wtorek po południu zapaliła się hala produkcyjna firmy meblarskiej w Kobierzycach pod Wrocławiem. Na miejscu pracuje 30 zastępów straży pożarnej; nikt nie został ranny."))
story("HL14-chelyabinsk-truba", 3, "06:00", "world",
      (L, "vestnik-nevy", 0, "В Челябинске прорвало трубу: без горячей воды 45 домов",
       "В Челябинске в среду прорвало трубопровод горячего водоснабжения в Курчатовском районе, без горячей воды остались 45 жилых домов и две школы, сообщили в мэрии."))
story("HL15-godstag-mjolby", 3, "05:30", "world",
      (L, "fjallbladet", 0, "Godståg spårade ur vid Mjölby – södra stambanan avstängd",
       "Ett godståg spårade ur vid Mjölby natten till onsdag. Ingen skadades, men södra stambanan är avstängd norrut och Trafikverket räknar med störningar fram till kvällen."))
story("HL16-garrow-recall", 2, "10:30", "business",
      (L, "northgate-post", 0, "Garrow Trucks recalls 180,000 vans over brake hose defect",
       "Garrow Trucks is recalling about 180,000 Cargoline vans built since 2021 because a brake hose can rub against the chassis and leak fluid, the commercial vehicle maker said on Tuesday."))

# ------------------------------------------------------------------ singles
story("HS01-seahorses", 1, "10:00", "culture",
      (N, "northgate-post", 0, "Bristol Aquarium celebrates birth of 50 seahorses",
       "Bristol Aquarium said on Monday that around 50 short-snouted seahorses had been born in its breeding programme, the largest brood in its history. The young will be shared with other British aquariums."))
story("HS02-seawall", 1, "17:00", "local",
      (N, "tristate-herald", 0, "Vancouver reopens Stanley Park seawall section after repairs",
       "A 1.2-kilometre section of the Stanley Park seawall in Vancouver reopened to walkers and cyclists on Monday after eight months of storm-damage repairs costing C$4.5 million, the park board said."))
story("HS03-bestseller", 1, "21:30", "culture",
      (N, "atlas-broadcast", 0, "'The Glass Orchard' tops bestseller list for third week",
       "Debut novel 'The Glass Orchard' by Irish author Niamh Corrigan topped the hardback fiction bestseller list for a third straight week, its publisher Larkspur Books said on Monday, with 210,000 copies sold."))
story("HS04-cork-cycling", 2, "08:30", "local",
      (N, "harbor-daily", 0, "Cork cycling trips up 40% since new lanes opened, study finds",
       "Bicycle journeys in Cork city rose 40% in the year after a network of protected cycle lanes opened, according to a University College Cork study published on Tuesday."))
story("HS05-fenwright", 2, "11:30", "business",
      (N, "capital-ledger", 0, "Bakery chain Fenwright moves staff to four-day week",
       "Fenwright, a bakery chain with 230 shops in northern England, said on Tuesday it would move its 3,000 staff to a four-day week on full pay from October after a six-month trial."))
story("HS06-auckland-solar", 2, "22:00", "local",
      (N, "pennant-news", 0, "Auckland launches rooftop solar scheme for 10,000 homes",
       "Auckland Council on Wednesday launched a scheme offering low-interest loans to install rooftop solar panels on 10,000 homes over three years, with repayments added to property rates."))
story("HS07-roman-coins", 3, "14:00", "culture",
      (N, "evening-courier", 0, "Metal detectorist finds hoard of 1,200 Roman coins in Norfolk",
       "A metal detectorist has found a hoard of about 1,200 Roman silver coins buried in a pot near Swaffham in Norfolk, the county council said on Wednesday. A coroner will decide whether it is treasure."))
story("HS08-chicago-symphony", 3, "02:00", "culture",
      (N, "meridian-wire", 0, "Chicago Symphony names Finnish conductor as music director",
       "CHICAGO, July 14 (Meridian Wire) - The Chicago Symphony Orchestra named Finnish conductor Aino Harjula as its next music director on Tuesday, starting in the 2027-28 season on a five-year contract."))
story("HS09-elefant-leipzig", 2, "14:00", "culture",
      (N, "elbkurier", 0, "Elefantenbaby im Zoo Leipzig geboren",
       "Im Zoo Leipzig ist in der Nacht zum Dienstag ein Elefantenbaby zur Welt gekommen. Das männliche Jungtier wiegt rund 110 Kilogramm und ist wohlauf, teilte der Zoo mit. Besucher können es ab Freitag sehen."))
story("HS10-pont-bordeaux", 3, "08:00", "local",
      (N, "quotidien-horizon", 0, "Bordeaux : le pont Chaban-Delmas fermé dix jours pour travaux",
       "Le pont levant Jacques-Chaban-Delmas, à Bordeaux, sera fermé à la circulation du 20 au 30 juillet pour des travaux de maintenance de ses mécanismes de levage, a annoncé mercredi Bordeaux Métropole."))
story("HS11-tranvia-zaragoza", 1, "15:00", "local",
      (N, "diario-meseta", 0, "Zaragoza aprueba el trazado de la línea 2 del tranvía",
       "El Ayuntamiento de Zaragoza aprobó este lunes el trazado definitivo de la línea 2 del tranvía, que unirá el barrio de Delicias con Las Fuentes en 9,4 kilómetros y 19 paradas."))
story("HS12-salaborsa", 3, "15:00", "culture",
      (N, "quotidiano-nord", 0, "Bologna, la biblioteca Salaborsa aperta anche di notte",
       "Da settembre la biblioteca Salaborsa di Bologna resterà aperta fino a mezzanotte dal lunedì al giovedì, per una sperimentazione di sei mesi rivolta soprattutto agli studenti universitari, ha annunciato mercoledì il Comune."))
story("HS13-ciclovia-braga", 1, "11:00", "local",
      (N, "jornal-do-tejo", 0, "Braga inaugura ciclovia de 11 quilómetros até à Universidade do Minho",
       "A Câmara Municipal de Braga inaugurou esta segunda-feira uma ciclovia de 11 quilómetros que liga o centro da cidade ao campus de Gualtar da Universidade do Minho, num investimento de 4 milhões."))
story("HS14-museum-eindhoven", 3, "10:30", "culture",
      (N, "noorder-courant", 0, "Eindhoven krijgt nieuw designmuseum op Strijp-S",
       "De gemeente Eindhoven heeft woensdag bekendgemaakt dat er een nieuw designmuseum komt op het voormalige fabrieksterrein Strijp-S. Het museum moet in 2029 opengaan en kost 46 miljoen euro."))
story("HS15-tramwaj-gdansk", 2, "12:00", "local",
      (N, "gazeta-wislana", 0, "Gdańsk: nowa linia tramwajowa na Zakoniczyn otwarta",
       "We wtorek w Gdańsku otwarto nową linię tramwajową łączącą Siedlce z Zakoniczynem. Trasa ma 3,1 km długości i pięć przystanków, a jej budowa kosztowała 310 mln zł."))
story("HS16-most-perm", 1, "10:00", "local",
      (N, "volga-gazeta", 0, "В Перми открыли новый мост через Егошиху",
       "В Перми в понедельник открыли движение по новому мосту через реку Егошиху, соединяющему центр города с Разгуляем. Длина моста составляет 280 метров, его строительство заняло три года."))
story("HS17-koupaliste-olomouc", 2, "09:00", "local",
      (N, "vltava-denik", 0, "Olomouc otevřela zrekonstruované koupaliště",
       "Olomouc v úterý otevřela zrekonstruované letní koupaliště v Lazcích. Oprava za 160 milionů korun přinesla nový padesátimetrový bazén, tobogán a dětské brouzdaliště."))
story("HS18-opera-odesa", 3, "11:00", "culture",
      (N, "kyivskyi-visnyk", 0, "Одеський оперний театр оголосив програму нового сезону",
       "Одеський національний академічний театр опери та балету в середу оголосив програму нового сезону, який відкриється 20 вересня прем'єрою опери «Наталка Полтавка» у новій постановці."))
story("HS19-teleferik-bursa", 1, "13:00", "local",
      (N, "bogaz-gunluk", 0, "Bursa'da yeni teleferik hattı açıldı",
       "Bursa'da Uludağ teleferiğine bağlanan yeni hat pazartesi günü törenle açıldı. Dört kilometrelik hat saatte 1.500 yolcu taşıyabilecek ve yolculuk süresini 12 dakikaya indirecek."))
story("HS20-letbane-odense", 2, "15:00", "local",
      (N, "jylland-morgen", 0, "Odense Letbane satte passagerrekord i juni",
       "Odense Letbane transporterede 1,3 millioner passagerer i juni, hvilket er ny rekord for én måned, oplyser Odense Kommune tirsdag. Fremgangen skyldes blandt andet flere studerende og turister."))
story("HS21-kirjasto-turku", 3, "09:00", "culture",
      (N, "pohjolan-sanomat", 0, "Turun pääkirjasto laajenee uudella siivellä",
       "Turun kaupunginvaltuusto päätti keskiviikkona, että pääkirjastoon rakennetaan uusi siipi, jossa on tilaa lapsille ja nuorille. Laajennuksen arvioidaan maksavan 23 miljoonaa euroa ja valmistuvan vuonna 2028."))
story("HS22-szeged", 1, "08:00", "culture",
      (N, "alfold-hirlap", 0, "Újra megnyílt a szegedi szabadtéri színpad",
       "A felújított szegedi Dóm téri szabadtéri színpad hétfőn újra megnyílt a közönség előtt. A nézőtér 3800 új, kényelmesebb ülőhelyet kapott, a felújítás 2,4 milliárd forintba került."))
story("HS23-heraklion-port", 2, "10:00", "local",
      (N, "aigaio-news", 0, "Ηράκλειο: Νέος σταθμός κρουαζιέρας στο λιμάνι",
       "Νέος σταθμός επιβατών κρουαζιέρας εγκαινιάστηκε την Τρίτη στο λιμάνι του Ηρακλείου, με δυνατότητα εξυπηρέτησης 6.000 επιβατών την ημέρα, ανακοίνωσε ο Οργανισμός Λιμένος Ηρακλείου."))

# ------------------------------------------------------------------ templates
TPL = []


def tpl(tid, day, at, src, title, summary, cat="local"):
    TPL.append(dict(id=tid, day=day, at=at, src=src, title=title, summary=summary, cat=cat))


WD_DE = ["Montag", "Dienstag", "Mittwoch"]
for d, (dirn, dlong, pct, val, dir2, pct2, val2, usd) in enumerate([
        ("fester", "um", "0,6", "24.318", "gewann", "0,4", "30.871", "1,1694"),
        ("schwächer", "um", "1,2", "24.027", "verlor", "0,9", "30.593", "1,1652"),
        ("kaum verändert", "um", "0,1", "24.051", "gewann", "0,2", "30.655", "1,1718")], 1):
    tpl("HTPL-dax-d%d" % d, d, "15:45", "dpx-dienst", "DAX schließt %s bei %s Punkten" % (dirn, val),
        "Frankfurt (dpx) - Der Deutsche Aktienindex hat am %s %s Prozent %s bei %s Punkten geschlossen. Der MDax %s %s Prozent auf %s Punkte. Der Euro kostete %s Dollar."
        % (WD_DE[d - 1], pct, "höher" if d == 1 else ("tiefer" if d == 2 else "höher"), val, dir2, pct2, val2, usd),
        "markets")

for d, (date, a, b, c) in enumerate([
        ("lundi 13 juillet", "une tornade au Texas", "un glissement de terrain dans la Valteline",
         "le bilan du week-end sportif"),
        ("mardi 14 juillet", "une éruption volcanique en Islande", "la grève des pilotes d'Aéroval",
         "un séisme ressenti à Lisbonne"),
        ("mercredi 15 juillet", "une explosion dans une usine anglaise", "un contrat de drones marins en Australie",
         "un séisme au large du Kamtchatka")], 1):
    tpl("HTPL-essentiel-d%d" % d, d, "05:40", "le-veilleur", "L'essentiel du %s" % date,
        "Bonjour. Au menu ce matin : %s ; %s ; et %s. Aussi : la météo et l'agenda du jour. Inscrivez-vous pour recevoir L'essentiel chaque matin." % (a, b, c))

WD_EN = ["Monday", "Tuesday", "Wednesday"]
for d, (cond, long, hi, lo, pollen, uv) in enumerate([
        ("sunny spells", "a dry day with sunny spells and a light westerly breeze", 25, 15, "high", 6),
        ("showers", "cloudy with scattered showers, some heavy in the afternoon", 21, 14, "moderate", 4),
        ("hot and sunny", "hot and sunny after early mist, feeling humid by evening", 30, 18, "very high", 7)], 1):
    tpl("HTPL-london-weather-d%d" % d, d, "05:00", "atlas-broadcast",
        "London weather: %s with highs of %dC on %s" % (cond, hi, WD_EN[d - 1]),
        "The Met Office forecast for London on %s: %s. Highs of %dC and overnight lows of %dC. Pollen count %s, UV index %d." % (WD_EN[d - 1], long, hi, lo, pollen, uv),
        "weather")

for d, (date, usd, eur, cny, dirn, chg) in enumerate([
        ("14 июля", "84,2113", "98,4720", "11,7305", "снизился", "37"),
        ("15 июля", "84,6502", "98,9014", "11,7848", "вырос", "44"),
        ("16 июля", "84,5127", "98,7361", "11,7702", "снизился", "14")], 1):
    tpl("HTPL-cbr-d%d" % d, d, "13:00", "agentstvo-sever", "Курсы валют ЦБ на %s" % date,
        "Банк России установил официальные курсы валют на %s: доллар США — %s руб., евро — %s руб., китайский юань — %s руб. Курс доллара %s на %s коп." % (date, usd, eur, cny, dirn, chg),
        "markets")

WD_IT = ["lunedì", "martedì", "mercoledì"]
for d, (nums, extra, jackpot) in enumerate([
        ("7, 18, 23, 41, 52", "3, 11, 29, 38, 49", "Nessun vincitore del primo premio da un milione di euro."),
        ("2, 14, 30, 36, 47", "9, 16, 22, 40, 55", "Centrato il milione di euro con una giocata a Bari."),
        ("11, 19, 26, 33, 50", "5, 13, 28, 44, 46", "Nessun vincitore del primo premio da un milione di euro.")], 1):
    tpl("HTPL-millionday-d%d" % d, d, "18:45", "agenzia-vela",
        "MillionDAY, i numeri vincenti di %s %d luglio" % (WD_IT[d - 1], 12 + d),
        "Ecco la combinazione vincente dell'estrazione MillionDAY di %s %d luglio delle ore 20.30: %s. Nell'estrazione Extra sono usciti %s. %s"
        % (WD_IT[d - 1], 12 + d, nums, extra, jackpot))

for d, km, road, a, b, flen, mins in [(1, 212, "A12", "Utrecht", "Ede", 14, 25), (3, 168, "A2", "Amsterdam", "Utrecht", 11, 20)]:
    tpl("HTPL-verkeer-d%d" % d, d, "06:05", "persbureau-polder",
        "Verkeersinformatie: %d kilometer file in de ochtendspits" % km,
        "Om 8.00 uur stond er %d kilometer file op de Nederlandse snelwegen. De langste file staat op de %s tussen %s en %s: %d kilometer. Reken op %d minuten extra reistijd."
        % (km, road, a, b, flen, mins))

for d, place, force, what, ref in [
        (1, "Chelmsford", "Essex Police", "a pedestrian was seriously injured in a hit-and-run on Springfield Road in Chelmsford on Saturday night", "42/118230/26"),
        (2, "Swindon", "Wiltshire Police", "a man was assaulted outside a takeaway on Commercial Road in Swindon in the early hours of Monday", "54260071502")]:
    tpl("HTPL-appeal-d%d" % d, d, "15:10" if d == 1 else "09:40", "harbor-daily",
        "Police appeal for witnesses after incident in %s" % place,
        "%s is appealing for witnesses after %s. Anyone with information or dashcam footage is asked to call 101 quoting reference %s." % (force, what, ref),
        "crime")

for d, res in [(1, "Surrey 312 & 145-3 v Essex 280; Somerset 401-8 dec v Hampshire 96-4; Durham 188 v Warwickshire 203-6"),
               (3, "Essex 355 v Somerset 127-5; Hampshire 244 & 61-2 v Durham 290; Warwickshire 410-9 dec v Surrey 58-1")]:
    tpl("HTPL-cricket-d%d" % d, d, "17:40", "pennant-news",
        "County Championship: close of play scores, %s" % WD_EN[d - 1],
        "County Championship Division One, close of play on %s: %s. Play resumes at 11am on %s, weather permitting."
        % (WD_EN[d - 1], res, WD_EN[d] if d < 3 else "Thursday"),
        "sport")
