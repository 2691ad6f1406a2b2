"""Items for tuning7.json (Mon 2026-08-03 .. Wed 2026-08-05).

Each group is (story label, rows); a row is
(kind, source, day 1..3, "HH:MM" UTC, title, summary).
Kind "copy*" = verbatim syndicated copy that shares the original's link.
"""
G = []


def ev(label, *rows):
    G.append((label, list(rows)))


# ---------------------------------------------------------------- English-led events
ev("E01-ferry-fire-piraeus",
   ("original", "harbor-daily", 1, "06:10",
    "Fire breaks out on ferry off Piraeus, 412 passengers evacuated",
    "A fire broke out in the engine room of the passenger ferry Helios Mariner shortly after it left Piraeus early on Monday, the Hellenic Coast Guard said. All 412 passengers were transferred to rescue vessels and three crew members were treated for smoke inhalation."),
   ("brief", "briefline", 1, "06:48",
    "BRIEF-Fire on ferry Helios Mariner near Piraeus, passengers evacuated",
    "Greek coast guard says fire broke out in the engine room of ferry Helios Mariner shortly after departure from Piraeus; 412 passengers moved to rescue boats, three crew treated for smoke inhalation."),
   ("rewrite", "metro-herald", 1, "07:25",
    "Passengers rescued as engine-room blaze hits Greek ferry",
    "Greek rescuers took more than 400 people off the ferry Helios Mariner after flames erupted in its engine room minutes out of Piraeus on Monday morning. Coast guard officials said three sailors inhaled smoke; no passengers were hurt."),
   ("translation", "aigaio-nea", 1, "08:05",
    "Φωτιά στο πλοίο Helios Mariner έξω από τον Πειραιά – απομακρύνθηκαν 412 επιβάτες",
    "Φωτιά ξέσπασε στο μηχανοστάσιο του επιβατηγού πλοίου Helios Mariner λίγο μετά τον απόπλου από τον Πειραιά το πρωί της Δευτέρας, σύμφωνα με το Λιμενικό Σώμα. Όλοι οι 412 επιβάτες μεταφέρθηκαν σε σκάφη διάσωσης, ενώ τρία μέλη του πληρώματος έλαβαν πρώτες βοήθειες."),
   ("update", "northgate-wire", 1, "09:40",
    "UPDATE 1-Greek ferry fire: coast guard says 418 aboard, blaze under control",
    "The fire on the Helios Mariner off Piraeus was brought under control by mid-morning, Greece's coast guard said on Monday, revising the number of people evacuated to 418 passengers plus 57 crew. Tugboats were towing the ferry back to port."),
   )

ev("E02-veltrix-chip-plant-ohio",
   ("original", "northgate-wire", 1, "13:05",
    "Veltrix Semiconductors to build $3.5 billion chip plant near Columbus, Ohio",
    "Veltrix Semiconductors said on Monday it will invest $3.5 billion in a chip packaging plant in Licking County, east of Columbus, Ohio, creating about 1,800 jobs. Construction is due to begin next spring, with production starting in 2029."),
   ("copy*", "evening-courier", 1, "13:40",
    "Veltrix Semiconductors to build $3.5 billion chip plant near Columbus, Ohio",
    "Veltrix Semiconductors said on Monday it will invest $3.5 billion in a chip packaging plant in Licking County, east of Columbus, Ohio, creating about 1,800 jobs. Construction is due to begin next spring, with production starting in 2029."),
   ("rewrite", "the-ledger-post", 1, "15:20",
    "Ohio lands 1,800 jobs as Veltrix picks Licking County for new chip site",
    "Chipmaker Veltrix will spend $3,500 million on a packaging facility east of Columbus, the company and Ohio's governor announced on Monday. The plant is expected to employ roughly 1,800 people when it opens in 2029."),
   ("regional", "bridgeport-times", 2, "09:10",
    "Veltrix chip plant: what you need to know",
    "Veltrix Semiconductors is putting three and a half billion dollars into a chip packaging plant in Licking County, Ohio. Building starts next spring and about 1,800 jobs are promised by 2029."),
   )

ev("E03-glasgow-rail-strike",
   ("original", "the-ledger-post", 1, "10:30",
    "Glasgow rail workers to strike on Friday over pay",
    "Around 2,300 rail staff in the Glasgow area will walk out for 48 hours from Friday after rejecting a 3.2% pay offer, the Rail and Transit Union said on Monday. Operator Clyde Rail warned that most suburban services would be cancelled."),
   ("rewrite", "metro-herald", 1, "12:05",
    "Friday walkout set to halt most Glasgow suburban trains",
    "Clyde Rail expects to cancel the majority of suburban services around Glasgow when 2,300 workers begin a two-day strike on Friday. The Rail and Transit Union said members had turned down a 3.2 per cent pay rise as 'an insult'."),
   ("copy", "evening-courier", 1, "13:15",
    "Two-day rail strike in Glasgow from Friday",
    "Around 2,300 rail staff in the Glasgow area will walk out for 48 hours from Friday after rejecting a 3.2% pay offer, the Rail and Transit Union said on Monday. Operator Clyde Rail warned that most suburban services would be cancelled."),
   ("update", "wire-alliance", 1, "17:50",
    "UPDATE 1-Glasgow rail strike to go ahead after talks collapse",
    "Talks between Clyde Rail and the Rail and Transit Union broke down on Monday evening, meaning a 48-hour strike by 2,300 Glasgow-area rail workers will start on Friday, the union said. The company said it would run a reduced timetable on two main lines."),
   ("cut", "bridgeport-times", 2, "07:15",
    "Glasgow faces two days without most trains",
    "Around 2,300 rail staff in the Glasgow area will walk out for 48 hours from Friday after rejecting a 3.2% pay offer, the Rail and Transit Union said…"),
   )

ev("E04-kamloops-wildfire-evacuation",
   ("original", "coastline-news", 1, "03:20",
    "Wildfire near Kamloops forces 3,500 residents from their homes",
    "An out-of-control wildfire north of Kamloops, British Columbia, has forced about 3,500 people to evacuate, the Thompson-Nicola Regional District said late on Sunday. The fire has grown to 2,100 hectares, fanned by strong winds."),
   ("rewrite", "harbor-daily", 1, "08:00",
    "Thousands flee as British Columbia blaze spreads north of Kamloops",
    "Some 3,500 residents north of Kamloops have been ordered out as a wind-driven wildfire spread across 2,100 hectares, regional officials said. Crews from the BC Wildfire Service are attacking its flanks with helicopters and heavy equipment."),
   ("update", "northgate-wire", 1, "19:30",
    "UPDATE 2-Kamloops wildfire evacuations rise to 4,200 as fire doubles",
    "Evacuation orders north of Kamloops now cover about 4,200 people after the wildfire more than doubled in size to 4,800 hectares on Monday, British Columbia officials said. Highway 5 remains closed between Kamloops and Barriere."),
   ("translation", "journal-laurentien", 1, "22:40",
    "Feu de forêt près de Kamloops : 4 200 personnes évacuées",
    "Le feu de forêt qui fait rage au nord de Kamloops, en Colombie-Britannique, a forcé l'évacuation d'environ 4 200 personnes, ont indiqué lundi les autorités régionales. L'incendie couvre désormais 4 800 hectares et la route 5 est fermée."),
   ("regional", "bridgeport-times", 2, "02:10",
    "Kamloops fire: evacuation orders widened overnight",
    "About 4,200 people north of Kamloops are now under evacuation orders after the wildfire doubled to 4,800 hectares. Highway 5 to Barriere is closed; an evacuee centre has opened at the Sandman Centre."),
   )

ev("E05-hollin-pike-data-breach",
   ("original", "bridgeport-times", 1, "11:00",
    "Hollin & Pike says hackers stole data of 2.1 million customers",
    "British department store chain Hollin & Pike said on Monday that hackers had accessed names, addresses and partial card numbers of 2.1 million loyalty-card customers. The company said passwords were not affected and it had informed the Information Commissioner's Office."),
   ("brief", "briefline", 1, "11:12",
    "BRIEF-Hollin & Pike reports breach affecting 2.1 mln customers",
    "Hollin & Pike says unauthorised party accessed names, addresses and partial card numbers of 2.1 million loyalty customers; passwords not affected; Information Commissioner's Office notified."),
   ("rewrite", "evening-courier", 1, "12:30",
    "Data of 2.1m Hollin & Pike shoppers exposed in cyber attack",
    "Names, home addresses and the last four digits of payment cards belonging to 2.1 million Hollin & Pike loyalty members were taken in a cyber attack, the retailer admitted. It urged customers to watch out for phishing emails."),
   ("cut", "metro-herald", 1, "16:45",
    "Retailer Hollin & Pike hit by hackers",
    "British department store chain Hollin & Pike said on Monday that hackers had accessed names, addresses and partial card numbers of 2.1 million…"),
   )

ev("E06-corvane-bluefield-dairy-deal",
   ("original", "wire-alliance", 2, "12:00",
    "Corvane Foods to buy Bluefield Dairy for $1.2 billion",
    "US packaged-food maker Corvane Foods agreed on Tuesday to buy Wisconsin-based Bluefield Dairy for $1.2 billion in cash, expanding into cheese and yogurt. The deal, valued at $38 per share, is expected to close in the first quarter of 2027."),
   ("update", "wire-alliance", 2, "15:30",
    "UPDATE 1-Corvane Foods to buy Bluefield Dairy; Bluefield shares jump 27%",
    "Shares of Bluefield Dairy jumped 27% on Tuesday after Corvane Foods agreed to buy the Wisconsin cheese and yogurt maker for $1.2 billion in cash, or $38 a share. Corvane said it expected $60 million in annual cost savings by 2029."),
   ("rewrite", "market-sentinel", 2, "16:10",
    "Corvane bets on cheese with $1.2bn Bluefield takeover",
    "Corvane Foods is paying $1.2bn for Bluefield Dairy, betting that cheese and yogurt will offset sluggish sales of its cereals and snacks. The $38-a-share offer values the Wisconsin group at a 29% premium to Monday's close."),
   ("translation", "donau-nachrichten", 2, "18:20",
    "Corvane Foods übernimmt Molkerei Bluefield Dairy für 1,2 Milliarden Dollar",
    "Der US-Lebensmittelkonzern Corvane Foods kauft den Molkereibetrieb Bluefield Dairy aus Wisconsin für 1,2 Milliarden Dollar in bar. Pro Aktie werden 38 Dollar gezahlt; der Abschluss ist für das erste Quartal 2027 geplant."),
   )

ev("E07-dublin-manuscript-theft",
   ("original", "harbor-daily", 1, "14:20",
    "Medieval manuscript stolen from Dublin museum",
    "A 14th-century illuminated manuscript was stolen from the Marlowe House Museum in Dublin on Sunday night, Gardaí said on Monday. The thieves forced a rear window and disabled an alarm; the book, known as the Glenmore Psalter, is valued at about €2 million."),
   ("rewrite", "the-ledger-post", 1, "16:05",
    "Gardaí hunt thieves who took €2m psalter from Marlowe House",
    "Gardaí are searching for a gang who broke into Dublin's Marlowe House Museum overnight on Sunday and took the Glenmore Psalter, a 14th-century manuscript worth around two million euro. An alarm had been switched off, police said."),
   ("cut", "evening-courier", 1, "18:30",
    "Priceless psalter taken in Dublin break-in",
    "A 14th-century illuminated manuscript was stolen from the Marlowe House Museum in Dublin on Sunday night, Gardaí said on Monday. The thieves forced…"),
   ("regional", "coastline-news", 2, "08:40",
    "News in brief: Dublin museum theft",
    "Gardaí investigating the theft of the Glenmore Psalter from Marlowe House Museum in Dublin have appealed for dashcam footage from Merrion Square between 11pm and 2am. The manuscript is valued at €2 million."),
   )

ev("E08-gisborne-earthquake",
   ("original", "northgate-wire", 2, "01:35",
    "Magnitude 5.9 earthquake strikes near Gisborne, New Zealand",
    "A magnitude 5.9 earthquake struck 30 km north-east of Gisborne on New Zealand's North Island on Tuesday afternoon local time, GeoNet said. There were no immediate reports of injuries, though some shops reported fallen stock."),
   ("brief", "briefline", 2, "01:41",
    "BRIEF-Quake of magnitude 5.9 hits near Gisborne, N.Z. - GeoNet",
    "GeoNet says magnitude 5.9 earthquake struck 30 km north-east of Gisborne, New Zealand, at a depth of 22 km; no tsunami threat; no immediate reports of damage or injuries."),
   ("rewrite", "metro-herald", 2, "03:10",
    "Strong quake rattles Gisborne; no injuries reported",
    "Residents of Gisborne were shaken by a 5.9-magnitude quake centred about 30 kilometres north-east of the city on Tuesday. Civil Defence said there was no tsunami threat and no injuries had been reported."),
   ("update", "wire-alliance", 2, "05:20",
    "UPDATE 1-NZ quake near Gisborne damages roads, no injuries",
    "A landslip closed State Highway 35 after a magnitude 5.9 earthquake near Gisborne on Tuesday, officials said, while inspectors checked a bridge over the Waipaoa River. No one was hurt and power was restored to about 3,000 homes within two hours."),
   ("regional", "coastline-news", 3, "00:30",
    "News in brief: Gisborne earthquake",
    "State Highway 35 north of Gisborne has reopened to one lane after Tuesday's magnitude 5.9 earthquake caused a landslip. No injuries were reported and power has been restored to all homes."),
   )

ev("E09-skyceltic-groundings",
   ("original", "metro-herald", 1, "09:00",
    "SkyCeltic grounds 14 jets for engine checks, 120 flights cancelled",
    "Irish low-cost airline SkyCeltic has grounded 14 of its Airbus A320neo jets for urgent engine inspections, cancelling 120 flights on Monday and Tuesday. The carrier said about 18,000 passengers would be offered refunds or rebooking."),
   ("rewrite", "harbor-daily", 1, "11:20",
    "Engine inspections force SkyCeltic to scrap 120 flights",
    "Thousands of SkyCeltic passengers face disruption after the Dublin-based airline pulled 14 A320neo aircraft from service for engine checks. Around 120 flights on Monday and Tuesday have been cancelled, affecting some 18,000 travellers."),
   ("copy", "coastline-news", 1, "12:05",
    "Irish airline SkyCeltic grounds 14 planes",
    "Irish low-cost airline SkyCeltic has grounded 14 of its Airbus A320neo jets for urgent engine inspections, cancelling 120 flights on Monday and Tuesday. The carrier said about 18,000 passengers would be offered refunds or rebooking."),
   ("update", "metro-herald", 1, "15:30",
    "SkyCeltic: cancellations to run into Wednesday as checks continue",
    "SkyCeltic said on Monday afternoon that flight cancellations linked to engine inspections on its 14 grounded A320neo jets would continue into Wednesday, bringing the total to about 170. Six aircraft have already been cleared to return to service."),
   )

ev("E10-australia-trade-minister-resigns",
   ("original", "globe-desk", 2, "02:30",
    "World: Australia's trade minister quits. Carrow cites expenses review",
    "Australian Trade Minister Helen Carrow resigned on Tuesday, saying she did not want an independent review of her travel expenses to distract the government. Carrow had already repaid A$14,300 for two flights and denies any wrongdoing."),
   ("rewrite", "northgate-wire", 2, "03:15",
    "Australian Trade Minister Carrow resigns over travel expenses",
    "Helen Carrow stepped down as Australia's trade minister on Tuesday amid an independent review of her travel claims, after repaying A$14,300 for two trips. She will remain in parliament as a backbencher, Canberra officials said."),
   ("update", "wire-alliance", 2, "07:40",
    "UPDATE 1-Australia names acting trade minister after Carrow quits",
    "Australia's finance minister will act as trade minister after Helen Carrow resigned on Tuesday over questions about her travel expenses, the government said. Carrow, who had repaid A$14,300, again denied wrongdoing."),
   ("translation", "heraldo-austral", 2, "09:00",
    "Renuncia la ministra de Comercio de Australia, Helen Carrow",
    "La ministra de Comercio de Australia, Helen Carrow, presentó el martes su renuncia mientras una revisión independiente examina sus gastos de viaje. Carrow ya había devuelto 14.300 dólares australianos por dos vuelos y niega cualquier irregularidad."),
   )

ev("E11-toronto-water-main-subway",
   ("original", "coastline-news", 1, "11:45",
    "Water main break floods Toronto subway station",
    "A 90-year-old water main burst under Queen Street West in Toronto early on Monday, flooding Osgoode subway station and shutting part of Line 1 during the morning rush hour. The Toronto Transit Commission ran shuttle buses between Union and St George."),
   ("rewrite", "bridgeport-times", 1, "13:10",
    "Burst pipe swamps Osgoode station, disrupting Line 1",
    "Commuters in downtown Toronto were diverted to shuttle buses on Monday after a burst water main sent water pouring into Osgoode station. City officials said the ruptured pipe under Queen Street West dated from the 1930s."),
   ("cut", "harbor-daily", 1, "15:00",
    "Flooded station shuts Toronto subway stretch",
    "A 90-year-old water main burst under Queen Street West in Toronto early on Monday, flooding Osgoode subway station and shutting part of Line 1…"),
   )

ev("E12-harrowgate-striker-signing",
   ("original", "the-ledger-post", 3, "16:00",
    "Harrowgate United sign striker Mateo Linares for record £28m",
    "Harrowgate United have signed Uruguayan striker Mateo Linares from Porto Azul for a club-record £28 million, the Championship side announced on Wednesday. The 24-year-old has agreed a five-year contract."),
   ("brief", "briefline", 3, "16:08",
    "BRIEF-Harrowgate United sign Mateo Linares from Porto Azul",
    "Harrowgate United say they have signed Uruguay striker Mateo Linares from Porto Azul on a five-year contract; fee reported at club-record £28 million; player to be presented on Thursday."),
   ("rewrite", "metro-herald", 3, "17:20",
    "Linares joins Harrowgate in club-record deal",
    "Mateo Linares has become Harrowgate United's most expensive player after completing a £28m move from Porto Azul. The Uruguay international, 24, scored 19 league goals last season and signed a deal until 2031."),
   ("copy", "evening-courier", 3, "18:05",
    "Harrowgate complete £28m Linares signing",
    "Harrowgate United have signed Uruguayan striker Mateo Linares from Porto Azul for a club-record £28 million, the Championship side announced on Wednesday. The 24-year-old has agreed a five-year contract."),
   )

ev("E13-ema-nordalis-rsv-approval",
   ("original", "wire-alliance", 2, "10:40",
    "EU regulator backs Nordalis RSV antibody for infants",
    "The European Medicines Agency's human medicines committee recommended approval of Corvexa, a single-dose antibody from Danish drugmaker Nordalis that protects infants against RSV, the company said on Tuesday. A final decision by the European Commission is expected within two months."),
   ("rewrite", "the-ledger-post", 2, "13:00",
    "Nordalis wins EMA nod for infant RSV jab Corvexa",
    "Nordalis shares rose after EU drug regulators recommended its one-shot RSV antibody Corvexa for babies in their first season. The Copenhagen company plans to launch in Europe before winter if Brussels gives final approval."),
   ("update", "northgate-wire", 2, "14:25",
    "UPDATE 1-Nordalis shares jump 11% after EMA backs RSV antibody",
    "Nordalis shares closed 11% higher in Copenhagen on Tuesday after the European Medicines Agency recommended approval of its infant RSV antibody Corvexa. Analysts said peak sales could reach €900 million a year."),
   ("translation", "corriere-del-golfo", 2, "16:45",
    "Virus respiratorio sinciziale, via libera dell'EMA all'anticorpo Corvexa per i neonati",
    "Il comitato dell'Agenzia europea per i medicinali ha raccomandato l'approvazione di Corvexa, l'anticorpo monodose della danese Nordalis contro il virus respiratorio sinciziale nei neonati. La decisione definitiva della Commissione europea è attesa entro due mesi."),
   )

ev("E14-cardiff-footbridge-collapse",
   ("original", "evening-courier", 1, "17:30",
    "Six injured as footbridge collapses in Cardiff park",
    "Six people were taken to hospital after a wooden footbridge collapsed into a pond in Roath Park, Cardiff, on Monday afternoon, South Wales Police said. None of the injuries is thought to be life-threatening."),
   ("brief", "briefline", 1, "17:45",
    "BRIEF-Footbridge collapses in Cardiff's Roath Park, six hurt",
    "South Wales Police say six people were taken to hospital after a footbridge collapsed into a pond in Roath Park, Cardiff; injuries not believed to be life-threatening; park closed."),
   ("rewrite", "harbor-daily", 1, "19:10",
    "Roath Park bridge gives way, sending walkers into pond",
    "A footbridge in Cardiff's Roath Park gave way on Monday, plunging several walkers into the water. Six people, including two children, were treated in hospital for minor injuries, and the council has closed the park while engineers inspect it."),
   ("regional", "the-county-record", 2, "08:20",
    "News in brief: Roath Park footbridge",
    "Roath Park in Cardiff remains closed after Monday afternoon's footbridge collapse, in which six people were hurt. Cardiff Council said every bridge in the city's parks would now be inspected."),
   )

ev("E15-brightloom-layoffs",
   ("original", "market-sentinel", 1, "20:10",
    "Brightloom to cut 1,100 jobs as ad revenue slows",
    "Software company Brightloom will cut about 1,100 jobs, or 12% of its workforce, chief executive Aaron Feld told staff on Monday, blaming slower advertising revenue. The San Jose company expects restructuring charges of $85 million."),
   ("rewrite", "northgate-wire", 1, "21:00",
    "Brightloom lays off 12% of staff in restructuring",
    "Brightloom is eliminating roughly 1,100 positions, about one in eight employees, as growth in its advertising tools slows. The company will book $85m in charges and said it would close offices in Austin and Dublin."),
   ("cut", "bridgeport-times", 2, "06:30",
    "Job cuts at Brightloom",
    "Software company Brightloom will cut about 1,100 jobs, or 12% of its workforce, chief executive Aaron Feld told staff on Monday…"),
   ("update", "wire-alliance", 2, "13:40",
    "UPDATE 1-Brightloom shares fall 6% after job cuts, weak outlook",
    "Brightloom shares fell 6% on Tuesday after the company, which announced 1,100 job cuts overnight, lowered its annual revenue forecast to $4.1 billion. Chief executive Aaron Feld said the layoffs would be completed by October."),
   )

ev("E16-suez-meridian-grace-aground",
   ("original", "northgate-wire", 3, "05:50",
    "Container ship runs aground in Suez Canal, traffic halted",
    "The container ship Meridian Grace ran aground in the southern section of the Suez Canal early on Wednesday, halting traffic in both directions, the Suez Canal Authority said. Tugboats were working to refloat the 300-metre vessel."),
   ("brief", "briefline", 3, "06:02",
    "BRIEF-Ship Meridian Grace aground in Suez Canal - canal authority",
    "Suez Canal Authority says container ship Meridian Grace ran aground near the canal's southern entrance; traffic suspended in both directions; tugboats deployed to refloat the 300-metre vessel."),
   ("rewrite", "harbor-daily", 3, "08:30",
    "Stranded box ship blocks Suez Canal",
    "Shipping through the Suez Canal came to a standstill on Wednesday morning after the Meridian Grace, a 300-metre container vessel, became stuck near the city of Suez. Egyptian tugs were trying to pull it free."),
   ("translation", "bogaz-haber", 3, "09:40",
    "Meridian Grace adlı konteyner gemisi Süveyş Kanalı'nda karaya oturdu",
    "Meridian Grace adlı 300 metrelik konteyner gemisi çarşamba sabahı Süveyş Kanalı'nın güney kesiminde karaya oturdu. Süveyş Kanalı İdaresi, iki yönde de geçişlerin durdurulduğunu ve römorkörlerin gemiyi yüzdürmek için çalıştığını açıkladı."),
   ("update", "wire-alliance", 3, "12:15",
    "UPDATE 2-Suez traffic resumes after Meridian Grace refloated",
    "Traffic in the Suez Canal resumed on Wednesday afternoon after tugs refloated the container ship Meridian Grace, which had blocked the waterway for about six hours. Around 40 ships had been waiting to transit, the canal authority said."),
   )

ev("E17-kiprono-half-marathon-record",
   ("original", "harbor-daily", 1, "19:40",
    "Kiprono smashes half marathon world record in Copenhagen",
    "Kenyan runner Amos Kiprono broke the men's half marathon world record on Monday evening, clocking 56 minutes 31 seconds at the Copenhagen Summer Half. The 23-year-old took 11 seconds off the previous mark."),
   ("copy*", "evening-courier", 1, "20:15",
    "Kiprono smashes half marathon world record in Copenhagen",
    "Kenyan runner Amos Kiprono broke the men's half marathon world record on Monday evening, clocking 56 minutes 31 seconds at the Copenhagen Summer Half. The 23-year-old took 11 seconds off the previous mark."),
   ("rewrite", "metro-herald", 1, "21:05",
    "Kiprono runs 56:31 to claim half marathon record",
    "Amos Kiprono of Kenya ran 56:31 in Copenhagen on Monday to lower the half marathon world record by eleven seconds. The 23-year-old said the cool evening and flat harbourside course had been 'perfect'."),
   )

ev("E18-auckland-byelection",
   ("original", "coastline-news", 2, "05:30",
    "Priya Rangi wins Waitematā ward by-election in Auckland",
    "Independent candidate Priya Rangi has won the Waitematā ward by-election for Auckland Council with 41% of the vote, preliminary results released on Tuesday showed. Turnout was 29%, and official results are due next week."),
   ("rewrite", "bridgeport-times", 2, "08:00",
    "Independent Rangi takes Auckland council seat",
    "Priya Rangi, a former harbour engineer standing as an independent, has been elected to Auckland Council for the Waitematā ward after collecting 41 per cent of votes. Fewer than three in ten eligible voters took part."),
   ("regional", "globe-desk", 3, "01:00",
    "World: Auckland by-election result",
    "In New Zealand, independent candidate Priya Rangi won the Waitematā ward seat on Auckland Council with 41% of the vote in a by-election; turnout was 29%."),
   )

ev("E19-halden-motors-recall",
   ("original", "the-ledger-post", 2, "15:45",
    "Halden Motors recalls 85,000 SUVs over brake fault",
    "Halden Motors is recalling 85,000 Tarrant SUVs built between 2023 and 2025 because a faulty brake hose can leak fluid and lengthen stopping distances, the company said on Tuesday. No accidents have been reported."),
   ("rewrite", "bridgeport-times", 2, "17:10",
    "85 000 Halden Tarrant SUVs recalled for brake hose fix",
    "Owners of 85 000 Halden Tarrant sport utility vehicles from model years 2023 to 2025 will be asked to bring them in to replace a brake hose that may leak. Halden said dealers would do the repair free of charge."),
   ("cut", "evening-courier", 2, "19:00",
    "Brake hose fault prompts Halden recall",
    "Halden Motors is recalling 85,000 Tarrant SUVs built between 2023 and 2025 because a faulty brake hose can leak fluid and lengthen…"),
   ("translation", "het-kanaal", 2, "20:30",
    "Halden Motors roept 85.000 SUV's terug vanwege remprobleem",
    "Autofabrikant Halden Motors roept 85.000 exemplaren van de Tarrant-SUV terug die tussen 2023 en 2025 zijn gebouwd. Een defecte remslang kan vloeistof lekken, waardoor de remweg langer wordt. Er zijn geen ongelukken gemeld."),
   )

ev("E20-rbnz-rate-hold",
   ("original", "northgate-wire", 3, "02:00",
    "New Zealand central bank holds cash rate at 3.25%",
    "The Reserve Bank of New Zealand kept its official cash rate unchanged at 3.25% on Wednesday, as economists had expected, saying inflation was back within its 1-3% target band but the economy remained fragile."),
   ("brief", "briefline", 3, "02:01",
    "BRIEF-RBNZ holds official cash rate at 3.25%",
    "Reserve Bank of New Zealand keeps official cash rate at 3.25%, in line with expectations; says inflation is within 1-3% target band; signals rates could fall if growth weakens."),
   ("rewrite", "market-sentinel", 3, "03:40",
    "RBNZ stands pat, keeps door open to cuts",
    "New Zealand's central bank left borrowing costs at 3.25% for a third straight meeting on Wednesday but signalled it could ease later this year if the economy stays weak. The kiwi dollar slipped 0.3%."),
   ("update", "wire-alliance", 3, "05:10",
    "UPDATE 1-NZ central bank holds rates, kiwi dips on dovish tone",
    "The New Zealand dollar fell to $0.5920 after the Reserve Bank of New Zealand held its cash rate at 3.25% on Wednesday and said further cuts were possible. Economists had unanimously expected no change."),
   )

# ---------------------------------------------------------------- events led in other languages
ev("E21-hamburg-port-warehouse-fire",
   ("original", "elbe-rundschau", 1, "05:40",
    "Großbrand in Lagerhalle im Hamburger Hafen",
    "Im Hamburger Hafen ist in der Nacht zu Montag eine Lagerhalle am Steinwerder Kai in Brand geraten. Rund 180 Feuerwehrleute waren im Einsatz, verletzt wurde niemand. Wegen starker Rauchentwicklung wurden Anwohner in Wilhelmsburg aufgefordert, Fenster und Türen geschlossen zu halten."),
   ("rewrite", "rheinblick-zeitung", 1, "07:15",
    "Feuer am Steinwerder Kai: Hamburger Feuerwehr kämpft gegen Flammen",
    "Eine Lagerhalle im Hamburger Hafen steht seit der Nacht in Flammen. Die Feuerwehr rückte mit 180 Einsatzkräften an; Menschen kamen nicht zu Schaden. Über Wilhelmsburg zog eine dichte Rauchwolke, die Behörden verschickten eine Warnmeldung."),
   ("copy", "donau-nachrichten", 1, "08:05",
    "Hamburg: Lagerhalle im Hafen brennt",
    "Im Hamburger Hafen ist in der Nacht zu Montag eine Lagerhalle am Steinwerder Kai in Brand geraten. Rund 180 Feuerwehrleute waren im Einsatz, verletzt wurde niemand. Wegen starker Rauchentwicklung wurden Anwohner in Wilhelmsburg aufgefordert, Fenster und Türen geschlossen zu halten."),
   ("update", "hanse-depesche", 1, "12:30",
    "ROUNDUP: Brand im Hamburger Hafen unter Kontrolle – Halle mit Gummigranulat zerstört",
    "Die Feuerwehr hat den Großbrand in einer Lagerhalle im Hamburger Hafen am Montagmittag unter Kontrolle gebracht. In der Halle am Steinwerder Kai lagerten nach Angaben der Polizei rund 300 Tonnen Gummigranulat. Die Brandursache ist noch unklar, der Schaden wird auf mehrere Millionen Euro geschätzt."),
   ("translation", "northgate-wire", 1, "13:10",
    "Fire destroys warehouse in Hamburg port",
    "A large fire destroyed a warehouse storing about 300 tonnes of rubber granulate at Hamburg port's Steinwerder quay overnight into Monday, German police said. Some 180 firefighters brought the blaze under control by midday; no one was hurt."),
   ("regional", "kreisbote-online", 2, "06:00",
    "Kurz notiert: Hafenbrand gelöscht",
    "Nach dem Großbrand in einer Lagerhalle am Steinwerder Kai im Hamburger Hafen hat die Feuerwehr am Montagabend die Löscharbeiten beendet. Die Kriminalpolizei ermittelt nun zur Brandursache."),
   )

ev("E22-munich-sbahn-signal-failure",
   ("original", "alpenkurier", 2, "06:20",
    "Stellwerksstörung legt Münchner S-Bahn-Stammstrecke lahm",
    "Wegen einer Störung im Stellwerk am Ostbahnhof ist die Münchner S-Bahn-Stammstrecke seit dem frühen Dienstagmorgen gesperrt. Die Deutsche Bahn rechnet mit Einschränkungen bis mindestens zum Mittag und empfiehlt, auf U-Bahn und Tram auszuweichen."),
   ("brief", "hanse-depesche", 2, "06:35",
    "EIL: Münchner S-Bahn-Stammstrecke wegen Stellwerksstörung gesperrt",
    "Die Stammstrecke der Münchner S-Bahn ist nach Angaben der Deutschen Bahn wegen einer Stellwerksstörung am Ostbahnhof gesperrt. Betroffen sind alle Linien im Berufsverkehr. Weitere Informationen folgen."),
   ("rewrite", "donau-nachrichten", 2, "08:10",
    "Chaos im Berufsverkehr: Stammstrecke in München dicht",
    "Tausende Pendler in München sind am Dienstagmorgen gestrandet: Ein defektes Stellwerk am Ostbahnhof stoppte den Verkehr auf der S-Bahn-Stammstrecke. Die Bahn setzte Ersatzbusse ein und bat Fahrgäste, auf die U-Bahn umzusteigen."),
   ("cut", "rheinblick-zeitung", 2, "09:30",
    "S-Bahn München: Stammstrecke gesperrt",
    "Wegen einer Störung im Stellwerk am Ostbahnhof ist die Münchner S-Bahn-Stammstrecke seit dem frühen Dienstagmorgen gesperrt. Die Deutsche Bahn rechnet mit Einschränkungen bis…"),
   )

ev("E23-kessler-brandt-job-cuts",
   ("original", "hanse-depesche", 1, "08:45",
    "Autozulieferer Kessler & Brandt streicht 1.200 Stellen in Schweinfurt",
    "Der Autozulieferer Kessler & Brandt will an seinem Stammsitz in Schweinfurt bis Ende 2027 rund 1.200 Arbeitsplätze abbauen. Grund seien die schwache Nachfrage nach Getriebeteilen und der Umstieg auf Elektroautos, teilte das Unternehmen am Montag mit."),
   ("rewrite", "alpenkurier", 1, "10:20",
    "Kessler & Brandt: 1200 Jobs in Schweinfurt fallen weg",
    "Schwerer Schlag für Unterfranken: Kessler & Brandt baut in Schweinfurt 1200 Stellen ab, fast jede vierte im Werk. Das Familienunternehmen begründet den Schritt mit dem Einbruch bei Getriebekomponenten für Verbrennungsmotoren."),
   ("update", "hanse-depesche", 1, "15:10",
    "ROUNDUP: IG Metall kündigt Widerstand gegen Stellenabbau bei Kessler & Brandt an",
    "Nach der Ankündigung von Kessler & Brandt, in Schweinfurt 1.200 Stellen zu streichen, hat die IG Metall Widerstand angekündigt. Betriebsbedingte Kündigungen seien nicht hinnehmbar, sagte ein Gewerkschaftssprecher. Das Unternehmen will bis Ende 2027 rund 90 Millionen Euro einsparen."),
   ("translation", "kurier-wielkopolski", 1, "17:00",
    "Niemiecki dostawca Kessler & Brandt zlikwiduje 1200 miejsc pracy w Schweinfurcie",
    "Niemiecki producent części samochodowych Kessler & Brandt zlikwiduje do końca 2027 roku około 1200 miejsc pracy w swojej siedzibie w Schweinfurcie. Firma tłumaczy to słabym popytem na elementy skrzyń biegów i przechodzeniem branży na samochody elektryczne."),
   )

ev("E24-marseille-atc-strike",
   ("original", "le-courrier-du-port", 2, "07:00",
    "Grève des contrôleurs aériens à Marseille : 300 vols annulés jeudi",
    "La Direction générale de l'aviation civile a demandé aux compagnies de réduire de moitié leurs programmes de vols à l'aéroport de Marseille-Provence jeudi, en raison d'une grève des contrôleurs aériens. Environ 300 vols devraient être annulés."),
   ("rewrite", "la-voix-du-midi", 2, "09:15",
    "Marseille-Provence : la moitié des vols supprimés jeudi à cause d'une grève",
    "Les passagers de l'aéroport de Marseille-Provence doivent s'attendre à une journée noire jeudi : la DGAC a demandé aux compagnies d'annuler un vol sur deux, soit près de 300 rotations, à cause d'un mouvement social des aiguilleurs du ciel."),
   ("update", "depeche-francophone", 2, "16:40",
    "MISE À JOUR 1-Grève à Marseille-Provence : les syndicats maintiennent leur préavis",
    "Les syndicats de contrôleurs aériens ont maintenu mardi leur préavis de grève pour jeudi à Marseille-Provence après l'échec d'une réunion avec la DGAC. Environ 300 vols seront annulés, a confirmé l'aéroport, qui conseille aux voyageurs de vérifier l'état de leur vol."),
   ("translation", "harbor-daily", 2, "18:00",
    "Air traffic controllers' strike to cancel 300 flights at Marseille on Thursday",
    "France's civil aviation authority DGAC has asked airlines to halve their schedules at Marseille-Provence airport on Thursday because of a strike by air traffic controllers. About 300 flights are expected to be cancelled after last-minute talks failed."),
   )

ev("E25-landes-forest-fire",
   ("original", "la-voix-du-midi", 1, "15:30",
    "Incendie dans les Landes : 1 200 hectares brûlés près de Mimizan",
    "Un incendie de forêt a parcouru 1 200 hectares de pins près de Mimizan, dans les Landes, depuis dimanche soir. Plus de 400 pompiers sont mobilisés et 650 habitants et campeurs ont été évacués, selon la préfecture."),
   ("rewrite", "le-courrier-du-port", 1, "17:45",
    "Feu de forêt près de Mimizan : 650 personnes évacuées",
    "Quelque 650 personnes, dont de nombreux vacanciers, ont dû quitter campings et maisons près de Mimizan, où les flammes ont déjà détruit 1200 hectares de forêt. La préfecture des Landes fait état de plus de 400 sapeurs-pompiers engagés."),
   ("cut", "depeche-francophone", 1, "18:10",
    "Landes : le feu de Mimizan toujours pas fixé",
    "Un incendie de forêt a parcouru 1 200 hectares de pins près de Mimizan, dans les Landes, depuis dimanche soir. Plus de 400 pompiers…"),
   ("regional", "quotidien-de-l-est", 2, "07:30",
    "En bref : incendie dans les Landes",
    "L'incendie qui a brûlé 1 200 hectares de forêt près de Mimizan (Landes) était fixé mardi matin, selon la préfecture. Les 650 personnes évacuées ont pu regagner leur domicile ou leur camping."),
   )

ev("E26-marivaux-pain-dor-takeover",
   ("original", "depeche-francophone", 3, "08:00",
    "Le groupe Marivaux rachète la chaîne de boulangeries Pain d'Or",
    "Le groupe de restauration Marivaux a annoncé mercredi le rachat de Pain d'Or, réseau de 240 boulangeries implantées dans l'ouest de la France, pour un montant non communiqué. Les 1 900 salariés seront conservés, assure l'acquéreur."),
   ("rewrite", "quotidien-de-l-est", 3, "10:40",
    "Pain d'Or passe sous le contrôle de Marivaux",
    "Les 240 boulangeries Pain d'Or changent de main : le groupe Marivaux en prend le contrôle, sans dévoiler le prix. L'acheteur promet de garder l'ensemble des 1 900 employés et d'ouvrir 30 nouvelles boutiques d'ici 2028."),
   ("copy", "le-courrier-du-port", 3, "11:05",
    "Boulangerie : Marivaux s'offre Pain d'Or",
    "Le groupe de restauration Marivaux a annoncé mercredi le rachat de Pain d'Or, réseau de 240 boulangeries implantées dans l'ouest de la France, pour un montant non communiqué. Les 1 900 salariés seront conservés, assure l'acquéreur."),
   )

ev("E27-valencia-blackout",
   ("original", "cronica-de-levante", 1, "18:45",
    "Un apagón deja sin luz a 120.000 hogares en Valencia",
    "Un fallo en una subestación eléctrica del barrio de Patraix dejó sin suministro a unos 120.000 hogares de Valencia este lunes por la tarde. Los semáforos dejaron de funcionar y el metro suspendió el servicio en cuatro líneas."),
   ("brief", "agencia-iberica", 1, "19:05",
    "URGENTE-Apagón masivo en Valencia por una avería en una subestación",
    "Un apagón afecta a unos 120.000 hogares de Valencia tras una avería en la subestación de Patraix, según la compañía distribuidora. El metro ha suspendido el servicio en varias líneas. Ampliaremos."),
   ("rewrite", "diario-del-estrecho", 1, "20:30",
    "Valencia se queda a oscuras: 120 000 viviendas sin electricidad",
    "Una avería en la subestación de Patraix provocó el lunes un corte de luz que afectó a unas 120 000 viviendas valencianas. El apagón paralizó semáforos y cuatro líneas de metro, y los bomberos rescataron a personas atrapadas en ascensores."),
   ("update", "agencia-iberica", 1, "22:10",
    "ACTUALIZACIÓN 1-Restablecido el suministro en Valencia tras un apagón de más de dos horas",
    "La distribuidora eléctrica restableció el suministro a los 120.000 hogares de Valencia afectados por el apagón de este lunes, que se prolongó durante unas dos horas y media. El Ayuntamiento pidió explicaciones y los bomberos realizaron 37 rescates en ascensores."),
   ("cut", "heraldo-austral", 2, "08:00",
    "Apagón de dos horas en Valencia",
    "Un fallo en una subestación eléctrica del barrio de Patraix dejó sin suministro a unos 120.000 hogares de Valencia este lunes por la tarde…"),
   )

ev("E28-huelva-hydrogen-plant",
   ("original", "diario-del-estrecho", 2, "10:00",
    "Energías Costa de la Luz construirá una planta de hidrógeno verde en Huelva",
    "La empresa Energías Costa de la Luz invertirá 650 millones de euros en una planta de hidrógeno verde en el polo químico de Huelva, que creará 400 empleos directos. Las obras comenzarán en 2027 y la producción está prevista para 2029."),
   ("rewrite", "agencia-iberica", 2, "11:30",
    "Huelva tendrá una planta de hidrógeno verde de 650 millones",
    "El polo químico onubense acogerá una planta de hidrógeno renovable con una inversión de 650 millones de euros, anunció este martes Energías Costa de la Luz. El proyecto generará unos 400 puestos de trabajo directos."),
   ("translation", "diario-do-tejo", 2, "14:00",
    "Empresa espanhola vai construir fábrica de hidrogénio verde em Huelva",
    "A empresa Energías Costa de la Luz vai investir 650 milhões de euros numa fábrica de hidrogénio verde no polo químico de Huelva, perto da fronteira com o Algarve, criando 400 postos de trabalho diretos. A produção deverá arrancar em 2029."),
   ("regional", "cronica-de-levante", 3, "08:00",
    "Breves: hidrógeno verde en Huelva",
    "Energías Costa de la Luz invertirá 650 millones de euros en una planta de hidrógeno verde en el polo químico de Huelva, con 400 empleos directos. Las obras arrancarán en 2027."),
   )

ev("E29-arequipa-earthquake",
   ("original", "heraldo-austral", 3, "03:30",
    "Sismo de magnitud 6,1 sacude el sur de Perú",
    "Un sismo de magnitud 6,1 sacudió la noche del martes la región de Arequipa, en el sur de Perú, según el Instituto Geofísico del Perú. El epicentro se localizó a 45 kilómetros al sur de Caravelí. No se reportaron víctimas."),
   ("rewrite", "gaceta-del-plata", 3, "05:00",
    "Fuerte temblor en Arequipa: 6,1 grados y epicentro cerca de Caravelí",
    "Un temblor de 6,1 grados sacudió el martes por la noche el sur peruano, con epicentro a unos 45 km de Caravelí, en Arequipa. Los vecinos salieron a las calles, aunque las autoridades no informaron de víctimas."),
   ("update", "agencia-iberica", 3, "07:20",
    "ACTUALIZACIÓN 1-Sismo de 6,1 en Arequipa deja 12 heridos y daños en viviendas",
    "El terremoto de magnitud 6,1 que sacudió la región peruana de Arequipa dejó al menos 12 heridos leves y daños en 80 viviendas de adobe, informó el miércoles el Instituto Nacional de Defensa Civil. Una carretera quedó bloqueada por derrumbes."),
   ("cut", "diario-del-estrecho", 3, "09:00",
    "Terremoto en el sur de Perú",
    "Un sismo de magnitud 6,1 sacudió la noche del martes la región de Arequipa, en el sur de Perú, según el Instituto Geofísico…"),
   )

ev("E30-ossola-landslide",
   ("original", "gazzettino-padano", 1, "08:30",
    "Frana in Val d'Ossola, isolati tre paesi",
    "Una frana staccatasi nella notte dal versante del monte Cistella ha bloccato la strada provinciale in Val Divedro, isolando tre frazioni con circa 600 abitanti. Non ci sono feriti, ha comunicato la Prefettura del Verbano-Cusio-Ossola."),
   ("brief", "agenzia-tirrena", 1, "08:50",
    "URGENTE-Frana in Val d'Ossola, tre frazioni isolate",
    "Una frana ha bloccato nella notte la strada provinciale in Val Divedro, nel Verbano-Cusio-Ossola, isolando tre frazioni. Non risultano feriti, secondo la Prefettura. Seguono aggiornamenti."),
   ("copy*", "sentinella-sarda", 1, "09:20",
    "Frana in Val d'Ossola, isolati tre paesi",
    "Una frana staccatasi nella notte dal versante del monte Cistella ha bloccato la strada provinciale in Val Divedro, isolando tre frazioni con circa 600 abitanti. Non ci sono feriti, ha comunicato la Prefettura del Verbano-Cusio-Ossola."),
   ("rewrite", "corriere-del-golfo", 1, "10:40",
    "Ossola, la frana taglia fuori 600 residenti",
    "Circa seicento persone sono rimaste isolate in Val Divedro, in Ossola, dopo che una massa di detriti ha invaso la provinciale nella notte tra domenica e lunedì. Nessun ferito; i vigili del fuoco stanno verificando la stabilità del versante."),
   ("update", "agenzia-tirrena", 1, "16:00",
    "AGGIORNAMENTO 1-Frana in Ossola: elicottero per i residenti, strada chiusa per giorni",
    "La strada provinciale della Val Divedro resterà chiusa almeno fino a venerdì dopo la frana che ha isolato tre frazioni, ha detto lunedì il prefetto. Un elicottero dei vigili del fuoco porta viveri e farmaci ai circa 600 residenti."),
   )

ev("E31-milan-transport-strike-friday",
   ("original", "corriere-del-golfo", 2, "12:15",
    "Sciopero dei mezzi a Milano venerdì: a rischio metro, tram e bus",
    "Venerdì 7 agosto Milano si ferma per uno sciopero di 24 ore del trasporto pubblico indetto dai sindacati di base. Metro, tram e autobus dell'ATM potrebbero non essere garantiti dalle 8.45 alle 15 e dalle 18 a fine servizio."),
   ("copy", "agenzia-tirrena", 2, "13:00",
    "Milano: venerdì sciopero di 24 ore di metro, tram e bus",
    "Venerdì 7 agosto Milano si ferma per uno sciopero di 24 ore del trasporto pubblico indetto dai sindacati di base. Metro, tram e autobus dell'ATM potrebbero non essere garantiti dalle 8.45 alle 15 e dalle 18 a fine servizio."),
   ("rewrite", "gazzettino-padano", 2, "14:30",
    "Milano, venerdì nero per i trasporti: sciopero ATM di 24 ore",
    "Nuova giornata difficile per i pendolari milanesi: venerdì i sindacati di base incrociano le braccia per 24 ore. Garantite soltanto le fasce di punta, fino alle 8.45 del mattino e dalle 15 alle 18."),
   )

ev("E32-santos-cocaine-seizure",
   ("original", "folha-do-planalto", 2, "14:20",
    "Polícia Federal apreende 2 toneladas de cocaína no porto de Santos",
    "A Polícia Federal apreendeu nesta terça-feira cerca de 2 toneladas de cocaína escondidas em um contêiner de café com destino a Antuérpia, no porto de Santos (SP). Dois funcionários de um terminal foram presos em flagrante."),
   ("rewrite", "jornal-da-ribeira", 2, "17:00",
    "Brasil: duas toneladas de cocaína escondidas em café apreendidas em Santos",
    "A polícia brasileira encontrou perto de duas toneladas de cocaína num contentor carregado de café que seguia para Antuérpia, no porto de Santos. Dois trabalhadores portuários foram detidos em flagrante."),
   ("update", "agencia-atlantica", 2, "19:40",
    "ATUALIZAÇÃO 1-Apreensão em Santos chega a 2,3 toneladas de cocaína, diz PF",
    "A Polícia Federal revisou para 2,3 toneladas a quantidade de cocaína apreendida nesta terça-feira em um contêiner de café no porto de Santos. Segundo a PF, é a maior apreensão no terminal em 2026; dois funcionários foram presos."),
   ("translation", "gaceta-del-plata", 2, "21:00",
    "Brasil: incautan 2,3 toneladas de cocaína en el puerto de Santos",
    "La Policía Federal de Brasil incautó 2,3 toneladas de cocaína ocultas en un contenedor de café con destino a Amberes en el puerto de Santos, el mayor de América Latina. Dos trabajadores de una terminal fueron detenidos."),
   )

ev("E33-porto-metro-ruby-line",
   ("original", "jornal-da-ribeira", 3, "09:30",
    "Linha Rubi do Metro do Porto abre a 14 de setembro",
    "A nova linha Rubi do Metro do Porto, que liga a Casa da Música a Santo Ovídio, em Vila Nova de Gaia, vai abrir ao público a 14 de setembro, anunciou esta quarta-feira a empresa. A linha tem 6,4 quilómetros e oito estações."),
   ("rewrite", "diario-do-tejo", 3, "11:00",
    "Metro do Porto: linha Rubi começa a circular em setembro",
    "Os passageiros vão poder usar a linha Rubi, entre a Casa da Música e Santo Ovídio, a partir de 14 de setembro. São 6,4 km e oito estações, incluindo a nova ponte sobre o Douro reservada ao metro."),
   ("cut", "agencia-atlantica", 3, "12:20",
    "Porto: já há data para a abertura da linha Rubi",
    "A nova linha Rubi do Metro do Porto, que liga a Casa da Música a Santo Ovídio, em Vila Nova de Gaia, vai abrir ao público…"),
   )

ev("E34-schiphol-baggage-outage",
   ("original", "dagblad-de-polder", 1, "07:50",
    "Storing in bagagesysteem Schiphol: 200 vluchten vertraagd",
    "Door een storing in het bagagesysteem van Schiphol zijn maandagochtend ruim 200 vluchten vertraagd. Reizigers in vertrekhal 2 en 3 konden hun koffers niet inchecken en moesten soms zonder bagage vertrekken, meldt de luchthaven."),
   ("rewrite", "het-kanaal", 1, "09:10",
    "Koffers blijven achter door computerstoring op Schiphol",
    "Honderden passagiers op Schiphol zijn maandag zonder hun bagage vertrokken nadat het sorteersysteem uitviel. Meer dan tweehonderd vluchten liepen vertraging op; de luchthaven adviseert reizigers alleen handbagage mee te nemen."),
   ("cut", "brabants-avondblad", 1, "10:00",
    "Schiphol kampt met bagagestoring",
    "Door een storing in het bagagesysteem van Schiphol zijn maandagochtend ruim 200 vluchten vertraagd. Reizigers in vertrekhal 2 en 3…"),
   ("update", "nieuwsdienst-delta", 1, "13:30",
    "UPDATE 1-Bagagesysteem Schiphol werkt weer, duizenden koffers achtergebleven",
    "Het bagagesysteem van Schiphol werkt sinds het eind van de ochtend weer, maar ongeveer 4.000 koffers moeten nog worden nagestuurd, zegt de luchthaven. Door de storing liepen ruim 200 vluchten vertraging op; 14 vluchten werden geschrapt."),
   ("translation", "globe-desk", 1, "14:15",
    "World: Baggage system failure delays 200 flights at Amsterdam Schiphol",
    "A failure of the baggage handling system at Amsterdam's Schiphol airport delayed more than 200 flights on Monday morning, and some passengers departed without their luggage. The system was back in operation by late morning, the airport said."),
   )

ev("E35-velmora-eindhoven-plant",
   ("original", "brabants-avondblad", 2, "11:00",
    "Chipmachinemaker Velmora opent fabriek in Eindhoven: 900 banen",
    "Velmora, maker van onderdelen voor chipmachines, bouwt een nieuwe fabriek op bedrijventerrein Flight Forum in Eindhoven. De investering bedraagt 320 miljoen euro en levert zo'n 900 banen op, maakte het bedrijf dinsdag bekend."),
   ("rewrite", "dagblad-de-polder", 2, "13:20",
    "Velmora investeert 320 miljoen in Eindhovense fabriek",
    "Technologiebedrijf Velmora zet 320 miljoen euro in op een nieuwe productielocatie bij Flight Forum in Eindhoven. Er komen ongeveer negenhonderd arbeidsplaatsen bij; de fabriek moet eind 2028 draaien."),
   ("copy", "het-kanaal", 2, "14:05",
    "900 nieuwe banen in Eindhoven door Velmora",
    "Velmora, maker van onderdelen voor chipmachines, bouwt een nieuwe fabriek op bedrijventerrein Flight Forum in Eindhoven. De investering bedraagt 320 miljoen euro en levert zo'n 900 banen op, maakte het bedrijf dinsdag bekend."),
   )

ev("E36-poznan-warehouse-fire",
   ("original", "kurier-wielkopolski", 1, "04:30",
    "Pożar hali magazynowej pod Poznaniem. Ewakuowano 60 pracowników",
    "W nocy z niedzieli na poniedziałek wybuchł pożar hali magazynowej w Komornikach pod Poznaniem. Z budynku ewakuowano 60 pracowników nocnej zmiany, nikt nie odniósł obrażeń. Z ogniem walczy ponad 30 zastępów straży pożarnej."),
   ("brief", "agencja-wisla", 1, "05:05",
    "PILNE: Pożar hali magazynowej w Komornikach pod Poznaniem",
    "W Komornikach pod Poznaniem płonie hala magazynowa o powierzchni około 8 tys. metrów kwadratowych. Ewakuowano 60 osób, nie ma rannych – poinformowała Państwowa Straż Pożarna. Więcej wkrótce."),
   ("rewrite", "gazeta-nadodrzanska", 1, "07:00",
    "Płonie magazyn koło Poznania, w akcji 30 zastępów straży",
    "Ogromny pożar strawił halę magazynową w Komornikach koło Poznania. Strażacy zostali zaalarmowani po północy; sześćdziesięciu pracowników zdążyło opuścić budynek. Słup dymu był widoczny z odległości kilkunastu kilometrów."),
   ("update", "agencja-wisla", 1, "11:45",
    "AKTUALIZACJA 1-Pożar w Komornikach opanowany, hala doszczętnie spłonęła",
    "Strażacy opanowali pożar hali magazynowej w Komornikach pod Poznaniem, ale budynek o powierzchni 8 tys. m kw. spłonął doszczętnie – przekazała w poniedziałek straż pożarna. Przyczyny ustala prokuratura. W magazynie składowano sprzęt AGD."),
   ("regional", "glos-pomorza", 2, "08:00",
    "Krótko: pogorzelisko w Komornikach",
    "Prokuratura w Poznaniu wszczęła śledztwo w sprawie pożaru hali magazynowej w Komornikach, który strawił w poniedziałek 8 tys. metrów kwadratowych magazynu ze sprzętem AGD. Nikt nie został ranny."),
   )

ev("E37-masuria-storm-outages",
   ("original", "serwis-polska24", 2, "06:40",
    "Nawałnica nad Mazurami: 40 tys. odbiorców bez prądu",
    "Silna burza z porywami wiatru do 110 km/h przeszła w nocy nad Warmią i Mazurami. Bez prądu pozostaje około 40 tysięcy odbiorców, głównie w powiatach mrągowskim i giżyckim. Strażacy interweniowali ponad 600 razy."),
   ("rewrite", "kurier-wielkopolski", 2, "09:00",
    "Połamane drzewa i zerwane dachy. Burza spustoszyła Mazury",
    "Po nocnej nawałnicy na Warmii i Mazurach bez energii elektrycznej jest 40 000 gospodarstw domowych. Najwięcej szkód odnotowano w okolicach Mrągowa i Giżycka, gdzie wiatr zrywał dachy i łamał drzewa."),
   ("cut", "glos-pomorza", 2, "10:15",
    "Mazury po nawałnicy bez prądu",
    "Silna burza z porywami wiatru do 110 km/h przeszła w nocy nad Warmią i Mazurami. Bez prądu pozostaje około 40 tysięcy odbiorców…"),
   )

ev("E38-kazan-water-main",
   ("original", "vestnik-severa", 2, "05:30",
    "Прорыв водопровода в Казани оставил без воды 50 тысяч жителей",
    "В Казани ночью на вторник прорвало магистральный водопровод на улице Декабристов. Без холодной воды остались около 50 тысяч жителей Московского района, сообщили в городском водоканале. Восстановить подачу обещают к вечеру."),
   ("brief", "agentstvo-volga", 2, "06:00",
    "СРОЧНО: В Казани прорвало магистральный водопровод",
    "В Казани на улице Декабристов прорвало магистральный водопровод, без воды остались около 50 тысяч жителей Московского района, сообщает городской водоканал. Подробности уточняются."),
   ("rewrite", "gazeta-priboy", 2, "07:45",
    "Коммунальная авария в Казани: Московский район без воды",
    "Около пятидесяти тысяч казанцев проснулись во вторник без воды: на улице Декабристов лопнула магистральная труба. Водоканал подвозит питьевую воду в автоцистернах к школам, больницам и жилым домам."),
   ("update", "agentstvo-volga", 2, "15:10",
    "ОБНОВЛЕНО 1-Водоснабжение в Казани восстановят к полуночи",
    "Аварийные бригады в Казани заменили повреждённый участок водопровода на улице Декабристов, подача воды 50 тысячам жителей будет восстановлена к полуночи, сообщили в мэрии. Прокуратура начала проверку из-за износа трубы."),
   )

ev("E39-yakutia-wildfires",
   ("original", "agentstvo-volga", 1, "09:20",
    "Площадь лесных пожаров в Якутии превысила 120 тысяч гектаров",
    "В Якутии действуют 68 лесных пожаров общей площадью более 120 тысяч гектаров, сообщила в понедельник региональная служба авиалесоохраны. Дым накрыл Якутск, власти рекомендовали жителям без необходимости не выходить на улицу."),
   ("rewrite", "gazeta-priboy", 1, "12:00",
    "Якутск в дыму: огонь охватил 120 тыс. га тайги",
    "Лесные пожары в Якутии прошли уже более 120 тысяч гектаров, в регионе горят 68 очагов. Из-за густого дыма в Якутске задерживаются авиарейсы, а детские лагеря отменили прогулки на свежем воздухе."),
   ("translation", "kyivskyi-kurier", 1, "15:00",
    "У Якутії лісові пожежі охопили понад 120 тисяч гектарів",
    "У російській Якутії горять 68 лісових пожеж загальною площею понад 120 тисяч гектарів, повідомила регіональна служба авіалісоохорони. Дим накрив Якутськ, влада радить мешканцям без потреби не виходити на вулицю."),
   )

ev("E40-lviv-hospital-approval",
   ("original", "kyivskyi-kurier", 2, "10:30",
    "Львівська міськрада затвердила будівництво нової дитячої лікарні",
    "Львівська міська рада у вівторок ухвалила рішення про будівництво нової дитячої лікарні на 300 ліжок на вулиці Личаківській. Вартість проєкту оцінюють у 1,8 млрд гривень, будівництво має завершитися у 2029 році."),
   ("rewrite", "pivden-media", 2, "12:40",
    "У Львові з'явиться дитяча лікарня на 300 ліжок",
    "Депутати Львова проголосували за зведення дитячої лікарні на Личаківській. Заклад на 300 місць коштуватиме близько 1,8 мільярда гривень і має відкритися 2029 року, повідомили в міській раді."),
   ("update", "ahentsiia-dnipro", 2, "16:20",
    "ОНОВЛЕНО 1-Львів: на нову дитячу лікарню виділять перші 250 млн гривень",
    "Перші 250 мільйонів гривень на будівництво нової дитячої лікарні у Львові передбачать у міському бюджеті вже цього року, заявив у вівторок міський голова після голосування сесії. Загальна вартість проєкту — 1,8 млрд гривень."),
   )

ev("E41-sweden-cable-theft-trains",
   ("original", "ostkusten", 1, "06:00",
    "Kabelstöld stoppar tågen mellan Stockholm och Göteborg",
    "Tågtrafiken på Västra stambanan mellan Stockholm och Göteborg är stoppad sedan tidigt på måndagsmorgonen efter en kabelstöld vid Hallsberg, meddelar Trafikverket. Felet beräknas vara åtgärdat tidigast vid lunch."),
   ("rewrite", "skanebladet", 1, "08:00",
    "Tusentals resenärer drabbas av kabelstöld på Västra stambanan",
    "Inga tåg går mellan Stockholm och Göteborg efter att tjuvar stulit kopparkabel intill spåret vid Hallsberg under natten. Trafikverket uppmanar resenärer att skjuta upp resan om det är möjligt."),
   ("translation", "kystposten", 1, "10:30",
    "Kabeltyveri stopper togtrafikken mellem Stockholm og Göteborg",
    "Togtrafikken mellem Stockholm og Göteborg har været indstillet siden mandag morgen, efter at tyve stjal kobberkabler ved sporet nær Hallsberg, oplyser den svenske trafikstyrelse Trafikverket. Trafikken ventes tidligst genoptaget ved middagstid."),
   ("update", "nyhetsbyran-norden", 1, "13:15",
    "UPPDATERAD: Tågen rullar igen på Västra stambanan efter kabelstölden",
    "Tågtrafiken mellan Stockholm och Göteborg kom igång igen vid 13-tiden på måndagen sedan Trafikverket ersatt den kabel som stals vid Hallsberg under natten. Förseningar väntas resten av dagen. Polisen utreder stölden."),
   )

ev("E42-moravia-motors-kolin-hiring",
   ("original", "vltava-denik", 3, "09:00",
    "Automobilka Moravia Motors přijme v Kolíně 1 500 lidí",
    "Automobilka Moravia Motors rozšíří výrobu elektromobilů v Kolíně a do konce příštího roku přijme 1 500 nových zaměstnanců, oznámila ve středu firma. Investice dosáhne 6,2 miliardy korun."),
   ("rewrite", "metropole-dnes", 3, "11:15",
    "Kolín čeká nábor: Moravia Motors hledá 1500 pracovníků",
    "Moravia Motors bude v kolínském závodě vyrábět elektromobily a potřebuje k tomu 1500 lidí navíc. Firma do rozšíření vloží 6,2 miliardy korun, nábor nových pracovníků začne v září."),
   ("update", "zpravodaj-morava", 3, "15:00",
    "AKTUALIZACE 1-Moravia Motors v Kolíně: stát přispěje investiční pobídkou",
    "Na rozšíření výroby Moravia Motors v Kolíně, kde má vzniknout 1 500 pracovních míst, přispěje stát investiční pobídkou ve výši 480 milionů korun, uvedlo ve středu ministerstvo průmyslu. Celková investice činí 6,2 miliardy korun."),
   )

ev("E43-izmir-forest-fire",
   ("original", "ege-ajansi", 2, "12:10",
    "İzmir'de orman yangını: 3 mahalle tahliye edildi",
    "İzmir'in Menderes ilçesinde öğle saatlerinde başlayan orman yangını, kuvvetli rüzgarın etkisiyle yerleşim yerlerine yaklaştı. Tedbir amacıyla 3 mahalle tahliye edilirken yangına 12 helikopter ve 2 uçakla müdahale ediliyor."),
   ("rewrite", "bogaz-haber", 2, "13:45",
    "Menderes'te alevler evlere yaklaştı, mahalleler boşaltıldı",
    "İzmir Menderes'te çıkan orman yangını nedeniyle üç mahalledeki vatandaşlar evlerinden çıkarıldı. Rüzgarın zaman zaman yön değiştirdiği bölgede havadan ve karadan söndürme çalışmaları sürüyor."),
   ("translation", "globe-desk", 2, "16:00",
    "World: Forest fire near Izmir forces evacuation of three neighbourhoods",
    "A forest fire in the Menderes district of Izmir, western Turkey, forced the evacuation of three neighbourhoods on Tuesday as strong winds pushed the flames towards houses. Twelve helicopters and two planes were fighting the blaze."),
   ("update", "ege-ajansi", 2, "19:30",
    "GÜNCELLEME 1-İzmir Menderes'teki orman yangını kontrol altına alındı",
    "İzmir'in Menderes ilçesinde çıkan orman yangını yaklaşık yedi saatlik çalışmanın ardından kontrol altına alındı. Tahliye edilen 3 mahallenin sakinleri evlerine dönmeye başladı; yangında 150 hektar alan zarar gördü."),
   )

ev("E44-vrancea-earthquake",
   ("original", "ziarul-carpati", 3, "01:20",
    "Cutremur de 4,8 în Vrancea, resimțit și în București",
    "Un cutremur cu magnitudinea 4,8 s-a produs miercuri noaptea în zona seismică Vrancea, la o adâncime de 130 de kilometri, a anunțat Institutul Național pentru Fizica Pământului. Seismul a fost resimțit și în București, fără a provoca pagube."),
   ("rewrite", "gazeta-de-banat", 3, "06:40",
    "Seism de magnitudine 4,8 în noaptea de marți spre miercuri",
    "Mulți bucureșteni au fost treziți de un cutremur de 4,8 grade produs în Vrancea, la 130 km adâncime. Specialiștii spun că un astfel de seism este obișnuit pentru zonă, iar autoritățile nu au raportat pagube."),
   ("update", "agentia-dunarea", 3, "08:00",
    "ACTUALIZARE 1-Cutremurul din Vrancea a fost urmat de două replici",
    "Cutremurul cu magnitudinea 4,8 din Vrancea a fost urmat de două replici, de 2,9 și 3,1, a transmis miercuri Institutul Național pentru Fizica Pământului. Inspectoratul pentru Situații de Urgență nu a primit semnalări de pagube."),
   )

ev("E45-siofok-beach-closure",
   ("original", "duna-hirado", 3, "10:00",
    "Algásodás miatt lezárták a siófoki Nagystrandot",
    "A népegészségügyi hatóság szerdán ideiglenesen lezárta a siófoki Nagystrandot, mert a vízmintákban a megengedettnél magasabb kékalga-koncentrációt mértek. A fürdőzés legalább péntekig tilos, a többi balatoni strand nyitva marad."),
   ("rewrite", "alfoldi-hirek", 3, "12:30",
    "Kékalga miatt péntekig nem lehet fürödni a siófoki Nagystrandon",
    "Kékalgát találtak a Balatonban Siófoknál, ezért a hatóság bezáratta a Nagystrandot. A vízbe legalább péntekig senki nem mehet be, a város többi strandja és a parti sétány azonban továbbra is látogatható."),
   ("cut", "pannon-hirugynokseg", 3, "13:15",
    "Bezárt a siófoki Nagystrand",
    "A népegészségügyi hatóság szerdán ideiglenesen lezárta a siófoki Nagystrandot, mert a vízmintákban a megengedettnél magasabb kékalga-koncentrációt mértek. A fürdőzés legalább péntekig…"),
   )

# ---------------------------------------------------------------- look-alikes (own stories)
ev("L01-piraeus-ferry-captain-suspended",
   ("lookalike", "northgate-wire", 2, "10:15",
    "Greek ferry operator suspends captain after Piraeus fire; investigators blame generator",
    "The operator of the Helios Mariner, Cycladic Lines, suspended the ferry's captain on Tuesday after coast guard investigators found that a faulty auxiliary generator had been reported twice in July but not repaired. A criminal inquiry into negligence has been opened in Piraeus."),
   ("rewrite", "metro-herald", 2, "13:30",
    "Captain of fire-hit Helios Mariner stood down as probe finds unrepaired generator",
    "Cycladic Lines has stood down the captain of the Helios Mariner after investigators said a generator fault logged twice last month was never fixed. Piraeus prosecutors are now examining possible negligence by the crew and the company."),
   )
ev("L02-quantera-arizona-plant",
   ("lookalike", "coastline-news", 2, "14:00",
    "Quantera Devices to build $3.5 billion chip plant near Phoenix, Arizona",
    "Quantera Devices said on Tuesday it will invest $3.5 billion in a chip packaging plant in Goodyear, west of Phoenix, Arizona, creating about 1,800 jobs. Construction is due to start next year, with output expected in 2029."),
   )
ev("L03-kelowna-wildfire",
   ("lookalike", "harbor-daily", 2, "21:00",
    "Wildfire near Kelowna forces 1,200 residents from their homes",
    "A new wildfire in the hills west of Kelowna, British Columbia, forced about 1,200 people to evacuate on Tuesday evening, the Central Okanagan Regional District said. The blaze, which is separate from the Kamloops fire, covers 300 hectares."),
   )
ev("L04-hollin-pike-class-action",
   ("lookalike", "the-ledger-post", 3, "10:00",
    "Hollin & Pike faces group claim over customer data breach",
    "A London law firm filed a group claim against Hollin & Pike on Wednesday on behalf of more than 40,000 customers whose details were stolen in this week's cyber attack, seeking up to £750 each in damages. The retailer said it would defend the claim."),
   )
ev("L05-valparaiso-earthquake",
   ("lookalike", "globe-desk", 3, "04:15",
    "World: Magnitude 5.9 earthquake strikes near Valparaíso, Chile",
    "A magnitude 5.9 earthquake struck off the coast of Valparaíso in central Chile late on Tuesday, the national seismological centre said. There were no immediate reports of injuries, though some shops reported fallen stock, and the navy ruled out a tsunami."),
   )
ev("L06-nordair-groundings",
   ("lookalike", "bridgeport-times", 2, "08:30",
    "NordAir grounds 14 planes for engine checks, 90 flights cancelled",
    "Norwegian regional airline NordAir has grounded 14 of its turboprop aircraft for urgent engine inspections, cancelling 90 flights on Tuesday and Wednesday. The carrier said about 6,000 passengers would be offered refunds or rebooking."),
   )
ev("L07-brightloom-ceo-resigns",
   ("lookalike", "market-sentinel", 3, "14:00",
    "Brightloom CEO Aaron Feld resigns days after layoffs",
    "Aaron Feld resigned as chief executive of Brightloom on Wednesday, two days after announcing 1,100 job cuts, the board said. Chief financial officer Maria Osei will serve as interim CEO while the company searches for a permanent successor."),
   )
ev("L08-bremen-port-fire",
   ("lookalike", "elbe-rundschau", 2, "04:50",
    "Großbrand in Lagerhalle im Bremer Hafen",
    "Im Bremer Überseehafen ist in der Nacht zu Dienstag eine Lagerhalle mit Holzpaletten in Brand geraten. Rund 120 Feuerwehrleute waren im Einsatz, verletzt wurde niemand. Anwohner in Walle wurden aufgefordert, Fenster und Türen geschlossen zu halten."),
   )
ev("L09-kessler-brandt-works-council-lawsuit",
   ("lookalike", "elbe-rundschau", 3, "11:30",
    "Kessler & Brandt: Betriebsrat zieht vor das Arbeitsgericht",
    "Der Betriebsrat von Kessler & Brandt hat beim Arbeitsgericht Schweinfurt Klage gegen den geplanten Abbau von 1.200 Stellen eingereicht. Das Unternehmen habe die Arbeitnehmervertreter nicht rechtzeitig informiert, argumentiert das Gremium. Ein Gütetermin ist für September angesetzt."),
   )
ev("L10-nice-atc-strike",
   ("lookalike", "la-voix-du-midi", 3, "08:30",
    "Grève des contrôleurs aériens à Nice : 200 vols annulés vendredi",
    "La DGAC a demandé aux compagnies de réduire d'un tiers leurs programmes de vols à l'aéroport de Nice-Côte d'Azur vendredi, en raison d'un préavis de grève déposé par un syndicat local de contrôleurs aériens. Environ 200 vols devraient être annulés."),
   )
ev("L11-alicante-blackout",
   ("lookalike", "cronica-de-levante", 3, "20:10",
    "Un apagón deja sin luz a 45.000 hogares en Alicante",
    "Un fallo en una subestación eléctrica de San Vicente del Raspeig dejó sin suministro a unos 45.000 hogares de Alicante y su área metropolitana durante una hora este miércoles por la tarde. El tranvía suspendió el servicio en dos líneas."),
   )
ev("L12-ossola-landslide-investigation",
   ("lookalike", "gazzettino-padano", 3, "12:00",
    "Frana in Ossola, la Procura apre un'inchiesta",
    "La Procura di Verbania ha aperto un fascicolo per frana colposa dopo lo smottamento che lunedì ha isolato tre frazioni in Val Divedro. Secondo una relazione dei geologi regionali, le reti paramassi sopra la strada non erano state sottoposte a manutenzione dal 2019."),
   )
ev("L13-wroclaw-warehouse-fire",
   ("lookalike", "gazeta-nadodrzanska", 2, "05:15",
    "Pożar hali magazynowej pod Wrocławiem. Ewakuowano 45 pracowników",
    "W nocy z poniedziałku na wtorek wybuchł pożar hali magazynowej w Bielanach Wrocławskich pod Wrocławiem. Z budynku ewakuowano 45 pracowników nocnej zmiany, nikt nie odniósł obrażeń. Z ogniem walczy 25 zastępów straży pożarnej."),
   )
ev("L14-samara-water-main",
   ("lookalike", "vestnik-severa", 3, "06:10",
    "Прорыв водопровода в Самаре оставил без воды 30 тысяч жителей",
    "В Самаре ночью на среду прорвало магистральный водопровод на Московском шоссе. Без холодной воды остались около 30 тысяч жителей Промышленного района, сообщили в городском водоканале. Восстановить подачу обещают к утру четверга."),
   )
ev("L15-malmo-lund-cable-theft",
   ("lookalike", "skanebladet", 3, "06:30",
    "Kabelstöld stoppar tågen mellan Malmö och Lund",
    "Tågtrafiken mellan Malmö och Lund är stoppad sedan tidigt på onsdagsmorgonen efter en kabelstöld vid Åkarp, meddelar Trafikverket. Pågatåg och Öresundståg ersätts med bussar, och felet beräknas vara åtgärdat under förmiddagen."),
   )
ev("L16-toronto-water-main-second-break",
   ("lookalike", "coastline-news", 3, "12:30",
    "Another water main break floods Toronto street, halts streetcars",
    "A second water main burst in downtown Toronto on Wednesday, flooding Spadina Avenue and halting the 510 streetcar, two days after a break under Queen Street West flooded Osgoode station. City engineers said the two pipes were not connected."),
   )

# ---------------------------------------------------------------- template series (one story per day)
DAYS = ["0803", "0804", "0805"]
WD_EN = ["Monday", "Tuesday", "Wednesday"]
WD_DE = ["Montag", "Dienstag", "Mittwoch"]

for i, (close, chg, pts, pct, mid, midpct, best, worst) in enumerate([
        ("8,412.35", "up", "33.61", "0.4%", "20,988.10", "up 0.2%", "Rowan Mining (+3.1%)", "Hollin & Pike (-5.2%)"),
        ("8,376.02", "down", "36.33", "0.4%", "20,862.47", "down 0.6%", "Harwell Pharma (+2.7%)", "Ashby Retail (-3.9%)"),
        ("8,429.90", "up", "53.88", "0.6%", "20,946.31", "up 0.4%", "Pellam Telecom (+2.2%)", "Rowan Mining (-2.8%)")]):
    ev(f"T01-ftse-close-{DAYS[i]}",
       ("template", "market-sentinel", i + 1, "15:42",
        f"FTSE 100 closes at {close}, {chg} {pct}",
        f"London's FTSE 100 index closed at {close} points on {WD_EN[i]}, {chg} {pts} points or {pct}. "
        f"The FTSE 250 ended {midpct} at {mid}. Best performer: {best}; worst performer: {worst}."))

for i, (desc, hi, lo, wind, risk) in enumerate([
        ("sonnig", 29, 16, "schwach aus Südwest", 10),
        ("wechselhaft", 24, 15, "mäßig aus West", 60),
        ("heiter bis wolkig", 26, 14, "schwach aus Nordwest", 20)]):
    ev(f"T02-berlin-weather-{DAYS[i]}",
       ("template", "rheinblick-zeitung", i + 1, "04:05",
        f"Wetter in Berlin am {WD_DE[i]}: {desc}, bis {hi} Grad",
        f"In Berlin wird es am {WD_DE[i]} {desc} bei Höchstwerten um {hi} Grad. In der Nacht kühlt es auf {lo} Grad ab. "
        f"Der Wind weht {wind}, das Gewitterrisiko liegt bei {risk} Prozent."))

for i, (day, wd, eur, usd, chf, gbp, tab) in enumerate([
        ("3", "w poniedziałek", "4,2715", "3,7342", "4,6120", "5,0188", "149"),
        ("4", "we wtorek", "4,2698", "3,7410", "4,6087", "5,0102", "150"),
        ("5", "w środę", "4,2731", "3,7296", "4,6154", "5,0231", "151")]):
    ev(f"T03-nbp-fx-{DAYS[i]}",
       ("template", "serwis-polska24", i + 1, "10:50",
        f"Kursy walut NBP z {day} sierpnia: euro po {eur} zł",
        f"Narodowy Bank Polski ustalił {wd} średni kurs euro na {eur} zł, dolara amerykańskiego na {usd} zł, "
        f"franka szwajcarskiego na {chf} zł, a funta brytyjskiego na {gbp} zł. To tabela nr {tab}/A/NBP/2026."))

for i, (wd, day, num, serie) in enumerate([
        ("lunes", "3", "48.216", "037"), ("martes", "4", "07.593", "112"), ("miércoles", "5", "61.840", "084")]):
    ev(f"T04-once-draw-{DAYS[i]}",
       ("template", "cronica-de-levante", i + 1, "19:35",
        f"Sorteo de la ONCE del {wd} {day} de agosto: número premiado",
        f"El número premiado en el sorteo del Cupón Diario de la ONCE de este {wd}, {day} de agosto, ha sido el {num}, "
        f"con la serie {serie}. Los cupones que coincidan en las cuatro últimas cifras reciben 500 euros."))

for i, (mins, dirn, j1, j2, cause, road2) in enumerate([
        (40, "clockwise", 10, 11, "a lorry fire overnight", "A3 at Guildford"),
        (25, "anticlockwise", 7, 8, "a broken-down van in lane one", "A23 near Redhill"),
        (55, "clockwise", 9, 10, "a four-vehicle collision", "A24 at Dorking")]):
    ev(f"T05-m25-traffic-{DAYS[i]}",
       ("template", "the-county-record", i + 1, "05:55",
        f"Traffic update: {WD_EN[i]} morning on the M25",
        f"Drivers face delays of up to {mins} minutes on the M25 {dirn} between junctions {j1} and {j2} after {cause}. "
        f"Roadworks with lane closures also remain in place on the {road2}."))

for i, (street, town, t1, t2, ref) in enumerate([
        ("Maybury Hill", "Woking", "10am", "2pm", "45260081"),
        ("Epsom Road", "Guildford", "6pm", "9pm", "45260114"),
        ("Church Street", "Epsom", "1am", "4am", "45260139")]):
    ev(f"T06-police-appeal-{DAYS[i]}",
       ("template", "the-county-record", i + 1, "12:20",
        f"Police appeal for witnesses after burglary in {town}",
        f"Surrey Police are appealing for witnesses after a burglary at a house in {street}, {town}, between {t1} and {t2} "
        f"on {WD_EN[i]}. Jewellery and a laptop were taken. Anyone with information is asked to call 101 quoting reference {ref}."))

for i, (wd, res, lead) in enumerate([
        ("måndag", "Ystads IF–Trelleborgs BK 2–1, Höörs IS–Eslövs BK 0–0, Landskrona SK–Kävlinge IF 3–2", "Ystads IF leder gruppen med sju poäng"),
        ("tisdag", "Sjöbo FK–Tomelilla IF 1–1, Lomma BK–Staffanstorps IS 0–2, Svedala IF–Skurups AIK 4–0", "Staffanstorps IS leder grupp B med nio poäng"),
        ("onsdag", "Trelleborgs BK–Höörs IS 3–3, Eslövs BK–Ystads IF 1–2, Kävlinge IF–Landskrona SK 0–1", "Ystads IF leder gruppen med tio poäng")]):
    ev(f"T07-sommarcupen-results-{DAYS[i]}",
       ("template", "skanebladet", i + 1, "20:40",
        f"Resultat i Sommarcupen, {wd}",
        f"Så slutade {wd}ens matcher i Sommarcupen: {res}. {lead} inför nästa omgång."))

for i, (date, stories) in enumerate([
        ("August 3", "a fire on the ferry Helios Mariner off Piraeus, wildfire evacuations near Kamloops, and a warehouse blaze in Hamburg's port"),
        ("August 4", "a magnitude 5.9 quake near Gisborne, Helen Carrow's resignation in Canberra, and Glasgow's Friday rail strike"),
        ("August 5", "a container ship stuck in the Suez Canal, New Zealand's rate decision, and an earthquake in Peru's Arequipa region")]):
    ev(f"T08-morning-briefing-{DAYS[i]}",
       ("template", "harbor-daily", i + 1, "06:58",
        f"Morning briefing: {WD_EN[i]}, {date}",
        f"Good morning. Here is what you need to know today: {stories}. Plus the weather, the markets and our pick of the day's reads."))

# ---------------------------------------------------------------- singles
ev("S01-norfolk-white-kestrel", ("single", "metro-herald", 1, "10:05",
    "Rare white kestrel spotted on Norfolk marshes",
    "Birdwatchers have flocked to the marshes near Cley after a leucistic kestrel with almost entirely white plumage was photographed hunting over the reed beds. Wildlife officers asked visitors to keep to the paths and not to disturb nesting birds."))
ev("S02-orkney-distillery-reopens", ("single", "the-ledger-post", 2, "08:45",
    "Orkney distillery to reopen after 40 years",
    "A whisky distillery on Orkney's east coast that closed in 1986 will resume production next spring after a £14 million restoration, its new owners said. The site will employ 22 people and include a visitor centre."))
ev("S03-chile-copper-output", ("single", "northgate-wire", 2, "21:15",
    "Chile copper output rises 4% in June",
    "Copper production in Chile, the world's largest producer, rose 4% year on year in June to about 470,000 tonnes, helped by higher output at two northern mines, according to national statistics published on Tuesday."))
ev("S04-bridgeport-library-hours", ("single", "bridgeport-times", 3, "13:00",
    "Bridgeport library to open on Sundays from September",
    "Bridgeport's main public library will open on Sundays from 12pm to 5pm starting in September, after the city council approved $310,000 in extra funding. Three branch libraries will also extend their weekday hours."))
ev("S05-bristol-tempest-review", ("single", "evening-courier", 2, "22:10",
    "Review: a windswept Tempest lands on Bristol's harbourside",
    "The Quayside Players' open-air staging of The Tempest makes clever use of the docks, with Prospero's island built on a moored barge. A few speeches are lost to passing gulls, but Nadia Brennan's Ariel is a delight."))
ev("S06-bondi-lifesaving-centenary", ("single", "coastline-news", 3, "03:20",
    "Surf lifesaving club marks 100 years on Bondi's northern end",
    "Members past and present gathered on the sand on Wednesday to mark the centenary of the North Bondi Rockpool Lifesaving Club, whose volunteers have patrolled the northern end of the beach every summer since 1926."))
ev("S07-kenya-tea-exports", ("single", "wire-alliance", 1, "08:10",
    "Kenya's tea export earnings up 8% in first half",
    "Kenya earned 8% more from tea exports in the first six months of the year than a year earlier, as a weaker shilling and strong demand from Pakistan and Egypt offset lower auction prices, the tea board said on Monday."))
ev("S08-leipzig-zoo-elephant", ("single", "elbe-rundschau", 3, "09:40",
    "Elefantenbaby im Zoo Leipzig geboren",
    "Im Leipziger Zoo ist in der Nacht zu Mittwoch ein Asiatisches Elefantenkalb zur Welt gekommen. Das Weibchen wiegt rund 110 Kilogramm und steht bereits sicher auf den Beinen, teilte der Zoo mit. Besucher können es voraussichtlich ab kommender Woche sehen."))
ev("S09-metz-jazz-festival", ("single", "quotidien-de-l-est", 1, "11:30",
    "Metz : un festival de jazz gratuit en septembre au bord de la Moselle",
    "La Ville de Metz organisera du 18 au 20 septembre un festival de jazz gratuit sur les quais de la Moselle. Une quinzaine de groupes, dont plusieurs formations lorraines, se produiront sur deux scènes en plein air."))
ev("S10-atacama-penguin-fossil", ("single", "heraldo-austral", 1, "15:10",
    "Hallan en Atacama el fósil de un pingüino gigante",
    "Paleontólogos chilenos encontraron en el desierto de Atacama restos fósiles de un pingüino que habría medido cerca de 1,6 metros de altura y vivió hace unos 30 millones de años. El hallazgo se publicará en una revista científica."))
ev("S11-cagliari-museum-reopens", ("single", "sentinella-sarda", 2, "10:30",
    "Cagliari, riapre il museo archeologico dopo due anni di lavori",
    "Dopo due anni di cantiere riapre sabato il museo archeologico di Cagliari, con un nuovo percorso dedicato alla civiltà nuragica e sale climatizzate. Per la prima settimana l'ingresso sarà gratuito per i residenti in Sardegna."))
ev("S12-alfama-fado-festival", ("single", "diario-do-tejo", 1, "16:20",
    "Festival de fado volta a encher as ruas de Alfama",
    "O festival de fado de Alfama regressa de 20 a 23 de agosto com concertos gratuitos em largos e escadinhas do bairro lisboeta. A organização espera 40 mil visitantes e reforçou o transporte público nas noites de espetáculo."))
ev("S13-tilburg-cycle-bridge", ("single", "brabants-avondblad", 3, "14:30",
    "Tilburg krijgt nieuwe fietsbrug over het Wilhelminakanaal",
    "De gemeente Tilburg legt een nieuwe fietsbrug over het Wilhelminakanaal tussen de Reeshof en het centrum aan. De brug kost 11 miljoen euro en moet in het voorjaar van 2028 klaar zijn, meldt het college."))
ev("S14-gdansk-civic-budget", ("single", "glos-pomorza", 3, "09:10",
    "Gdańsk: ruszyło głosowanie w budżecie obywatelskim",
    "Mieszkańcy Gdańska mogą od środy głosować na projekty zgłoszone do budżetu obywatelskiego. Do podziału jest 27 mln zł, a na liście znalazło się 312 propozycji, od nowych placów zabaw po ścieżki rowerowe. Głosowanie potrwa do 20 sierpnia."))
ev("S15-kaliningrad-amber-museum", ("single", "gazeta-priboy", 3, "08:20",
    "В Калининграде после реконструкции открылся музей янтаря",
    "Музей янтаря в Калининграде вновь принял посетителей после двухлетней реконструкции. В обновлённой экспозиции более трёх тысяч предметов, в том числе крупнейший самородок весом свыше четырёх килограммов, сообщили в администрации музея."))
ev("S16-odesa-street-theatre", ("single", "pivden-media", 1, "13:30",
    "В Одесі стартував фестиваль вуличного театру",
    "У понеділок в Одесі розпочався тижневий фестиваль вуличного театру. Вистави показуватимуть у Міському саду та на Приморському бульварі, участь беруть 14 труп з України та Польщі. Вхід на всі покази вільний."))
ev("S17-gotland-visitor-record", ("single", "ostkusten", 2, "11:40",
    "Rekordmånga besökare på Gotland i juli",
    "Gotland tog emot fler besökare än någonsin under juli, visar färjetrafikens siffror. Drygt 410 000 resenärer reste till ön, en ökning med sex procent jämfört med förra året. Visby hamn hade flest anlöp den 18 juli."))
ev("S18-skagen-seal-count", ("single", "kystposten", 3, "10:15",
    "Rekordmange sæler talt ved Skagen",
    "Biologer har talt 1.340 spættede sæler på sandbankerne ud for Skagen, det højeste antal siden optællingerne begyndte. Forskerne peger på bedre fødegrundlag og færre forstyrrelser fra sejlbåde som forklaring."))
ev("S19-oulu-library", ("single", "pohjoisen-sanomat", 2, "09:00",
    "Oulun uusi pääkirjasto avautuu syyskuussa",
    "Oulun uusi pääkirjasto avaa ovensa yleisölle 12. syyskuuta, kaupunki kertoi tiistaina. Rakennuksessa on kolme kerrosta, äänitysstudio ja lasten satuhuone, ja sen rakentaminen maksoi noin 38 miljoonaa euroa."))
ev("S20-naxos-beach-buses", ("single", "aigaio-nea", 2, "07:30",
    "Νάξος: νέα γραμμή λεωφορείων για τις παραλίες του νότου",
    "Νέα γραμμή λεωφορείων συνδέει από την Τρίτη τη Χώρα της Νάξου με τις παραλίες Πλάκα και Μικρή Βίγλα. Τα δρομολόγια θα εκτελούνται κάθε μισή ώρα έως τα τέλη Σεπτεμβρίου, με εισιτήριο δύο ευρώ."))
ev("S21-prague-holesovice-embankment", ("single", "metropole-dnes", 1, "12:10",
    "Praha otevřela novou náplavku v Holešovicích",
    "Na holešovickém nábřeží Vltavy se v pondělí otevřela nová náplavka s lavičkami, stromy a přístavištěm pro výletní lodě. Úprava stála 95 milionů korun a podle radnice má oživit dosud zanedbaný břeh řeky."))
ev("S22-trabzon-hazelnut-harvest", ("single", "karadeniz-gazetesi", 1, "07:45",
    "Trabzon'da fındık hasadı başladı",
    "Trabzon'un sahil kesimlerinde fındık hasadı pazartesi günü başladı. Üreticiler bu yıl rekolteden memnun olduklarını söylerken, bahçelerde çalışacak mevsimlik işçilerin yevmiyeleri de belli oldu."))
ev("S23-brasov-open-air-cinema", ("single", "ziarul-carpati", 2, "12:50",
    "Festival de film în aer liber în centrul Brașovului",
    "Piața Sfatului din Brașov găzduiește între 10 și 16 august un festival de film în aer liber, cu proiecții gratuite în fiecare seară de la ora 21. Programul include filme românești recente și clasice restaurate."))
ev("S24-szeged-open-air-season", ("single", "alfoldi-hirek", 1, "18:30",
    "Új évadot kezdenek a Szegedi Szabadtéri Játékok",
    "A Szegedi Szabadtéri Játékok pénteken új előadással folytatja nyári évadát a Dóm téren. A szervezők szerint a négy esti előadásra már szinte minden jegy elkelt, a főpróbára kedvezményes belépőt lehet váltani."))

GROUPS = G
