"""Item text for tuning6 (Mon 2026-07-06 .. Wed 2026-07-08). See plan.md."""
DATES = [(2026, 7, 6), (2026, 7, 7), (2026, 7, 8)]
S = []


def story(sid, day, at, cat, *items):
    S.append(dict(id=sid, day=day, at=at, cat=cat, items=list(items)))


O, C, R, U, B, X, G, T, L, N = ("original", "copy", "rewrite", "update", "brief", "cut", "regional",
                                "translation", "lookalike", "single")

# ------------------------------------------------------------------ English-led
story("T01-ferry-oban", 1, "06:10", "world",
      (O, "meridian-wire", 0, "Ferry with 212 aboard runs aground off Scottish coast near Oban",
       "OBAN, Scotland, July 6 (Meridian Wire) - A passenger ferry, the Northern Star, carrying 212 people ran aground on rocks near the island of Kerrera early on Monday, and coastguard teams began evacuating passengers by lifeboat, operator Hebridean Link said."),
      (U, "meridian-wire", 150, "UPDATE 1-All 212 evacuated from grounded Scottish ferry, three treated in hospital",
       "OBAN, Scotland, July 6 (Meridian Wire) - All 212 passengers and crew of the Northern Star were brought ashore by midday after the ferry struck rocks off Kerrera, and three people were treated in hospital for minor injuries, Hebridean Link said."),
      (R, "northgate-post", 75, "Lifeboats ferry passengers to safety after Northern Star hits rocks off Kerrera",
       "Coastguard and RNLI crews spent Monday morning shuttling passengers off the Northern Star, a Hebridean Link ferry that grounded near Kerrera on the short crossing into Oban with 212 people on board."),
      (C, "harbor-daily", 40, "Scottish ferry aground with 212 on board", None),
      (G, "coastline-gazette", 1500, None, None, {"base": 1}),
      (T, "rheinblatt", 200, "Schottland: Fähre mit 212 Menschen auf Grund gelaufen",
       "Vor der schottischen Westküste ist die Fähre „Northern Star“ mit 212 Menschen an Bord bei der Insel Kerrera auf Felsen gelaufen. Alle Passagiere wurden nach Oban gebracht, drei kamen leicht verletzt ins Krankenhaus."),
      )

story("T02-corvane-lumetric", 1, "12:30", "business",
      (B, "meridian-wire", -3, None, None),
      (O, "meridian-wire", 0, "Corvane Semiconductors to buy sensor maker Lumetric for $4.2 billion",
       "SAN JOSE, California, July 6 (Meridian Wire) - Corvane Semiconductors agreed to buy image-sensor maker Lumetric for $4.2 billion in cash, or $38.50 per share, a 27% premium, the companies said on Monday. The deal needs regulatory approval."),
      (R, "capital-ledger", 45, "Corvane bets on automotive cameras with $4.2bn Lumetric takeover",
       "Chip designer Corvane is paying $4.2bn in cash for Lumetric, whose image sensors go into driver-assistance cameras. The $38.50-a-share offer values the Oregon company at a 27 per cent premium to Friday's close."),
      (C, "pennant-news", 60, None, None, {"mode": "verbatim", "share": True, "base": 1}),
      (T, "le-veilleur", 180, "Corvane rachète le fabricant de capteurs Lumetric pour 4,2 milliards de dollars",
       "Le groupe américain de semi-conducteurs Corvane va acquérir Lumetric, spécialiste des capteurs d'image, pour 4,2 milliards de dollars en numéraire, soit 38,50 dollars par action, une prime de 27 %."),
      )

story("T03-wildfire-kelowna", 1, "03:20", "world",
      (O, "atlas-broadcast", 0, "Wildfire forces 3,500 to evacuate near Kelowna, British Columbia",
       "About 3,500 residents were ordered to leave their homes east of Kelowna on Sunday night as a fast-moving wildfire jumped Highway 33, the Central Okanagan emergency operations centre said. The blaze covers roughly 1,200 hectares."),
      (U, "atlas-broadcast", 300, "UPDATE: Kelowna wildfire evacuation order expanded to 6,000 people",
       "Officials in British Columbia's Central Okanagan expanded the evacuation order east of Kelowna to about 6,000 residents early on Monday after the fire more than doubled to 2,600 hectares overnight. No injuries have been reported."),
      (X, "evening-courier", 90, "Thousands flee as fire crosses Highway 33 near Kelowna", None),
      (R, "northgate-post", 140, "B.C. wildfire: residents east of Kelowna told to leave as flames cross highway",
       "Roughly three thousand five hundred people in the Joe Rich area east of Kelowna were under evacuation order after a wildfire crossed Highway 33 late Sunday, according to Central Okanagan emergency officials."),
      )

story("T04-bramwell-recall", 1, "09:00", "business",
      (O, "harbor-daily", 0, "Bramwell Foods recalls peanut snacks over salmonella fears",
       "Bramwell Foods is recalling four varieties of its Crunch & Co peanut snacks sold at UK supermarkets after routine tests found salmonella, the Food Standards Agency said on Monday. Customers are told not to eat the products."),
      (C, "evening-courier", 35, "Salmonella found in Crunch & Co snacks: Bramwell issues recall", None),
      (R, "pennant-news", 80, "Supermarket peanut snacks pulled after salmonella detected",
       "Four Crunch & Co peanut products made by Bramwell Foods have been withdrawn from shelves nationwide. The Food Standards Agency said salmonella was detected in routine testing and urged shoppers to return packs for a refund."),
      (G, "coastline-gazette", 600, None, None),
      )

story("T05-kiptoo-record", 1, "19:40", "sport",
      (O, "meridian-wire", 0, "Kenya's Kiptoo smashes women's 10,000m world record in Oslo",
       "OSLO, July 6 (Meridian Wire) - Kenya's Faith Kiptoo broke the women's 10,000 metres world record at the Bislett Games on Monday, clocking 28 minutes 41.07 seconds to take more than nine seconds off the previous mark."),
      (R, "atlas-broadcast", 30, "Faith Kiptoo runs 28:41.07 to claim 10,000m world record at Bislett",
       "Faith Kiptoo lapped almost the entire field in Oslo on Monday night as the 24-year-old Kenyan lowered the women's 10,000m world record to 28:41.07 in front of a sold-out Bislett Stadium."),
      (C, "pennant-news", 55, "World record for Kiptoo at Bislett Games", None),
      (T, "nordlys-avis", 70, "Kiptoo satte verdensrekord på 10 000 meter på Bislett",
       "Kenyanske Faith Kiptoo løp 10 000 meter på 28.41,07 under Bislett Games mandag kveld og forbedret verdensrekorden for kvinner med over ni sekunder foran et utsolgt stadion."),
      )

story("T06-skylark-breach", 2, "08:00", "tech",
      (B, "meridian-wire", -4, None, None),
      (O, "meridian-wire", 0, "Skylark Airways says hackers stole data of 1.3 million customers",
       "LONDON, July 7 (Meridian Wire) - Budget carrier Skylark Airways said on Tuesday that hackers had accessed names, passport numbers and travel details of about 1.3 million customers in an attack on its booking system."),
      (U, "meridian-wire", 330, "UPDATE 1-Skylark Airways breach affected 1.6 million, payment cards partly exposed",
       "LONDON, July 7 (Meridian Wire) - Skylark Airways raised the number of customers hit by a cyberattack on its booking system to about 1.6 million and said partial payment card details of 41,000 were exposed. Shares fell 6%."),
      (R, "atlas-broadcast", 70, "Skylark passengers warned after booking system hack",
       "Passengers who booked with Skylark Airways since 2023 are being contacted after the low-cost airline admitted criminals broke into its reservation platform, taking passport numbers and itineraries of roughly 1.3m people."),
      (C, "harbor-daily", 40, "Hackers steal passport details of 1.3 million Skylark customers", None),
      (T, "diario-meseta", 200, "Skylark Airways sufre un ciberataque que afecta a 1,3 millones de clientes",
       "La aerolínea de bajo coste Skylark Airways reconoció este martes que unos piratas informáticos accedieron a nombres, números de pasaporte y datos de viaje de cerca de 1,3 millones de clientes."),
      )

story("T07-rbnz-cut", 1, "02:00", "business",
      (O, "meridian-wire", 0, "New Zealand central bank cuts cash rate to 3.0%, signals pause",
       "WELLINGTON, July 6 (Meridian Wire) - The Reserve Bank of New Zealand cut its official cash rate by 25 basis points to 3.0% on Monday, its fifth reduction in a row, and signalled it may now pause to assess the economy."),
      (R, "capital-ledger", 40, "RBNZ trims OCR to 3 per cent as growth stalls",
       "New Zealand's central bank lowered the official cash rate a quarter point to 3 per cent, citing weak household spending, but its statement suggested the easing cycle is close to an end. The kiwi dollar slipped 0.4 per cent."),
      (C, "pennant-news", 60, "NZ rate cut to 3%: fifth in a row", None),
      (X, "atlas-broadcast", 90, "Wellington's central bank cuts again, hints at pause", None, {"nodl": True}),
      )

story("T08-cheyenne-derailment", 2, "14:00", "world",
      (C, "pennant-news", 45, "Chlorine tank cars derail in Wyoming; 400 homes cleared", None),
      (O, "northgate-post", 0, "Freight train carrying chemicals derails near Cheyenne, 400 homes evacuated",
       "Twenty-two cars of a freight train derailed east of Cheyenne, Wyoming, on Tuesday morning, and authorities evacuated about 400 homes within a one-mile radius because several tank cars were carrying chlorine, Laramie County officials said."),
      (U, "northgate-post", 360, "Cheyenne derailment: no chlorine leak found, evacuation of 400 homes to last overnight",
       "Hazardous-materials crews found no chlorine leak from the tank cars that derailed east of Cheyenne, but Laramie County said the evacuation of some 400 homes would stay in place overnight while the cars are lifted."),
      (R, "atlas-broadcast", 60, "Wyoming derailment prompts evacuation east of Cheyenne",
       "Residents of about 400 houses near Cheyenne were told to leave on Tuesday after 22 freight cars, some loaded with chlorine, left the tracks close to Interstate 80, the Laramie County sheriff said. No injuries were reported."),
      (G, "tristate-herald", 1000, None, None, {"base": 1}),
      )

story("T09-halverd-outage", 2, "11:00", "tech",
      (O, "meridian-wire", 0, "Cloud outage at Halverd disrupts banking apps across Europe",
       "FRANKFURT, July 7 (Meridian Wire) - A five-hour outage at cloud provider Halverd knocked out mobile banking apps and card services at dozens of European lenders on Tuesday, the company said, blaming a faulty network configuration update."),
      (R, "capital-ledger", 50, "Halverd blames botched update for five-hour bank blackout",
       "Customers of banks in Germany, the Netherlands and Spain were unable to log in or pay by card for about five hours after Halverd, which hosts core systems for many lenders, pushed a faulty network change."),
      (C, "harbor-daily", 75, "European banking apps down for hours after Halverd cloud failure", None),
      (T, "elbkurier", 120, "Stundenlange Störung bei Cloud-Anbieter Halverd legt Banking-Apps lahm",
       "Eine rund fünfstündige Störung beim Cloud-Dienstleister Halverd hat am Dienstag Banking-Apps und Kartenzahlungen bei zahlreichen europäischen Banken lahmgelegt. Ursache war nach Firmenangaben ein fehlerhaftes Netzwerk-Update."),
      (T, "dagblad-delta", 140, "Storing bij cloudbedrijf Halverd treft bankapps in heel Europa",
       "Klanten van tientallen Europese banken konden dinsdag urenlang niet inloggen of pinnen door een storing bij clouddienst Halverd. Het bedrijf wijt de ruim vijf uur durende storing aan een verkeerde netwerkupdate."),
      )

story("T10-oakes-fraud", 2, "15:30", "crime",
      (O, "harbor-daily", 0, "Former Leicester council treasurer jailed for six years over £2.3m fraud",
       "Martin Oakes, 58, who was treasurer of Leicester City Council for nine years, was jailed for six years at Leicester Crown Court on Tuesday after admitting diverting £2.3 million of public money into shell companies."),
      (R, "pennant-news", 45, "Ex-treasurer who siphoned £2.3m from Leicester council sentenced",
       "A judge told former council treasurer Martin Oakes he had 'betrayed the trust of an entire city' as she sentenced him to six years for moving £2.3m of Leicester taxpayers' money into companies he secretly controlled."),
      (C, "evening-courier", 70, "Six years for council treasurer Martin Oakes", None),
      (X, "northgate-post", 100, "Leicester fraud: Oakes jailed", None),
      )

story("T11-vantor-jobs", 2, "07:00", "business",
      (O, "meridian-wire", 0, "Vantor Motors to cut 2,400 jobs at Sunderland plant",
       "SUNDERLAND, England, July 7 (Meridian Wire) - Carmaker Vantor Motors will cut 2,400 jobs at its Sunderland plant by mid-2027 as it ends production of two petrol models, the company said on Tuesday, blaming weak European demand."),
      (U, "meridian-wire", 240, "UPDATE 1-Vantor to cut 2,400 UK jobs; government calls talks with union",
       "SUNDERLAND, England, July 7 (Meridian Wire) - Vantor Motors' plan to axe 2,400 of 6,100 jobs at Sunderland drew calls for talks from the business secretary, while union Unite said it would ballot members on industrial action."),
      (R, "northgate-post", 60, "Sunderland car plant to lose 2,400 workers as Vantor scraps petrol models",
       "Around four in ten workers at Vantor's Sunderland factory face losing their jobs after the carmaker said it would stop building two petrol models there. The 2,400 cuts will be phased in until mid-2027."),
      (C, "harbor-daily", 30, "Vantor Motors axes 2,400 Sunderland jobs", None),
      (G, "coastline-gazette", 700, None, None),
      (T, "rheinblatt", 150, "Autobauer Vantor streicht 2400 Stellen im britischen Sunderland",
       "Der Autohersteller Vantor Motors baut in seinem Werk im nordenglischen Sunderland bis Mitte 2027 rund 2400 Arbeitsplätze ab. Grund sei die schwache Nachfrage nach Benzinmodellen in Europa, teilte das Unternehmen mit."),
      )

story("T12-hokkaido-quake", 2, "03:40", "world",
      (B, "meridian-wire", -2, None, None),
      (O, "meridian-wire", 0, "Magnitude 6.1 quake strikes off Hokkaido, no tsunami warning",
       "TOKYO, July 7 (Meridian Wire) - An earthquake of magnitude 6.1 struck off the eastern coast of Hokkaido on Tuesday, the Japan Meteorological Agency said, shaking buildings in Kushiro but prompting no tsunami warning."),
      (U, "meridian-wire", 200, "UPDATE 1-Hokkaido quake injures four, briefly halts trains",
       "TOKYO, July 7 (Meridian Wire) - Four people suffered minor injuries and some train services in eastern Hokkaido were suspended for about two hours after a magnitude 6.1 quake off Kushiro, local officials said. No tsunami followed."),
      (R, "atlas-broadcast", 30, "Strong earthquake shakes eastern Hokkaido",
       "A 6.1-magnitude earthquake centred about 60 km off Kushiro rattled eastern Hokkaido around midday local time on Tuesday. Japan's weather agency said there was no risk of a tsunami; nuclear plant operators reported no abnormalities."),
      (T, "vestnik-nevy", 120, "У берегов Хоккайдо произошло землетрясение магнитудой 6,1",
       "Землетрясение магнитудой 6,1 произошло во вторник у восточного побережья японского острова Хоккайдо, сообщило Японское метеорологическое агентство. Угрозы цунами нет, в Кусиро ощущались сильные толчки."),
      )

story("T13-dublin-housing", 3, "10:00", "politics",
      (O, "harbor-daily", 0, "Irish government unveils €1.1bn plan to speed up housebuilding",
       "The Irish government on Wednesday announced a €1.1 billion package to unlock stalled housing sites, including cheap loans for builders and faster planning decisions, with the aim of delivering 9,000 extra homes by 2028."),
      (R, "capital-ledger", 50, "Dublin commits €1.1bn to kick-start stalled housing projects",
       "Dublin will lend developers money at below-market rates and cut planning timelines under a 1.1 billion euro package announced by the housing minister, who said it could add 9,000 homes to supply by the end of 2028."),
      (C, "pennant-news", 70, "Ireland's €1.1 billion housing package: 9,000 extra homes by 2028", None,
       {"sub": [("The Irish government on Wednesday", "Ireland's government on Wednesday")], "mode": "verbatim"}),
      (X, "atlas-broadcast", 95, "Ireland bets €1.1bn on unblocking housing sites", None),
      )

story("T14-athens-heat", 3, "09:00", "world",
      (O, "meridian-wire", 0, "Greece shuts Acropolis as Athens temperatures hit 43C",
       "ATHENS, July 8 (Meridian Wire) - Greek authorities closed the Acropolis to visitors from noon to 5 p.m. on Wednesday as temperatures in Athens reached 43 degrees Celsius, the second day of a heatwave expected to last until Friday."),
      (R, "atlas-broadcast", 40, "Acropolis closes in afternoon heat as Athens swelters",
       "Tourists were turned away from the Acropolis during the hottest hours on Wednesday after the culture ministry ordered a midday closure, with the mercury in Athens climbing to 43C. Forecasters expect relief only on Friday."),
      (C, "northgate-post", 60, "Heatwave: Acropolis closed as Athens reaches 43 degrees", None),
      (T, "aigaio-news", 20, "Κλειστή η Ακρόπολη λόγω καύσωνα, στους 43 βαθμούς η Αθήνα",
       "Κλειστός για τους επισκέπτες παρέμεινε ο αρχαιολογικός χώρος της Ακρόπολης από τις 12:00 έως τις 17:00 την Τετάρτη, καθώς η θερμοκρασία στην Αθήνα έφτασε τους 43 βαθμούς Κελσίου."),
      (T, "corriere-laguna", 150, "Caldo record ad Atene: chiusa l'Acropoli, 43 gradi",
       "Le autorità greche hanno chiuso l'Acropoli ai visitatori dalle 12 alle 17 di mercoledì, mentre ad Atene la temperatura ha toccato i 43 gradi. L'ondata di calore dovrebbe durare fino a venerdì."),
      )

story("T15-venn-transfer", 3, "16:00", "sport",
      (B, "meridian-wire", -5, None, None),
      (O, "atlas-broadcast", 0, "Ashford Rovers sign striker Dario Venn for club-record £38m",
       "Ashford Rovers have signed striker Dario Venn from Castleford Athletic for a club-record fee of £38 million, rising to £42m with add-ons, on a five-year contract. The 23-year-old scored 19 league goals last season."),
      (R, "northgate-post", 45, "Venn completes £38m move to Ashford after medical",
       "Dario Venn has become Ashford Rovers' most expensive signing after passing a medical on Wednesday. The forward, who hit 19 goals for Castleford last term, cost an initial £38m and signed until 2031."),
      (C, "pennant-news", 80, "Club record: Ashford land Venn in £38m deal", None),
      )

story("T16-quellin-trial", 3, "12:30", "business",
      (O, "capital-ledger", 0, "Quellin shares plunge 41% after Alzheimer's drug fails late-stage trial",
       "Shares in Quellin Therapeutics fell 41% in early trading on Wednesday after its experimental Alzheimer's drug QT-218 failed to slow cognitive decline in a 1,900-patient phase 3 trial, the Boston biotech said."),
      (U, "capital-ledger", 240, "UPDATE 1-Quellin to cut a third of staff after Alzheimer's trial flop; shares close down 44%",
       "Quellin Therapeutics said it would halt development of QT-218 and cut about a third of its 620 employees after the phase 3 failure, and its shares closed 44% lower on Wednesday."),
      (R, "meridian-wire", 30, "Quellin's Alzheimer's drug misses main goal in phase 3 study",
       "BOSTON, July 8 (Meridian Wire) - Quellin Therapeutics' QT-218 showed no significant benefit over placebo on memory and thinking scores after 18 months in a study of 1,900 patients, sending the company's stock down 41%."),
      (X, "pennant-news", 80, "Alzheimer's setback wipes 41% off Quellin", None),
      )

story("T17-melbourne-port-strike", 3, "05:00", "business",
      (O, "meridian-wire", 0, "Melbourne dockworkers begin 48-hour strike over pay",
       "MELBOURNE, July 8 (Meridian Wire) - About 1,100 dockworkers at the Port of Melbourne walked off the job on Wednesday for 48 hours in a pay dispute with terminal operator Southbank Stevedores, halting container handling at Australia's busiest port."),
      (R, "atlas-broadcast", 40, "Container traffic halted at Port of Melbourne as wharfies strike",
       "Ships queued off Port Phillip Bay on Wednesday as 1,100 members of the maritime union began a two-day stoppage against Southbank Stevedores, which has offered a 9% pay rise over three years against a demand for 15%."),
      (C, "harbor-daily", 70, "Port of Melbourne strike: 1,100 workers walk out", None),
      (G, "coastline-gazette", 500, None, None),
      )

story("T18-snowdonia-hikers", 1, "08:30", "local",
      (O, "northgate-post", 0, "Missing hikers found alive in Snowdonia after three nights",
       "Two hikers missing in Eryri National Park, also known as Snowdonia, since Friday were found alive on Monday morning in a gully below Glyder Fawr, Ogwen Valley Mountain Rescue said. Both were taken to hospital in Bangor."),
      (R, "atlas-broadcast", 50, "Pair missing on Glyder Fawr since Friday rescued",
       "A search helicopter spotted two walkers, aged 27 and 31, sheltering in a gully on Glyder Fawr on Monday, ending a three-day search in Eryri. Rescuers said they were cold and dehydrated but able to talk."),
      (G, "coastline-gazette", 400, None, None),
      )

story("T19-orbitra-launch", 3, "13:00", "science",
      (O, "meridian-wire", 0, "Startup Orbitra launches first satellite from Shetland spaceport",
       "LONDON, July 8 (Meridian Wire) - British startup Orbitra put its first satellite into orbit on Wednesday from the SaxaVord spaceport on Unst in Shetland, the first orbital launch from the site, the company said."),
      (R, "northgate-post", 50, "Shetland's SaxaVord hosts first successful orbital launch",
       "A small rocket built by Edinburgh-based Orbitra lifted off from Unst, Britain's most northerly island, and placed a 90-kilogram Earth-observation satellite into orbit, marking the first successful orbital mission from SaxaVord."),
      (C, "pennant-news", 80, "Orbitra satellite reaches orbit in first launch from SaxaVord", None),
      (T, "morgonposten-syd", 150, "Brittiska Orbitra sköt upp sin första satellit från Shetland",
       "Det brittiska rymdbolaget Orbitra placerade på onsdagen sin första satellit i omloppsbana efter en uppskjutning från rymdbasen SaxaVord på ön Unst i Shetland, den första från platsen."),
      )

story("T20-calder-finch-fine", 1, "11:00", "business",
      (O, "capital-ledger", 0, "FCA fines Calder & Finch £62m over money-laundering failings",
       "The Financial Conduct Authority fined private bank Calder & Finch £62 million on Monday for failing to check the source of wealth of high-risk clients over six years, calling its anti-money-laundering controls 'seriously deficient'."),
      (R, "meridian-wire", 30, "UK watchdog hits Calder & Finch with 62 million pound fine",
       "LONDON, July 6 (Meridian Wire) - Britain's financial regulator imposed a 62 million pound penalty on Calder & Finch, saying the private bank let wealthy high-risk customers move money between 2018 and 2024 without proper checks."),
      (C, "harbor-daily", 60, None, None, {"mode": "verbatim", "share": True}),
      (X, "pennant-news", 90, "Calder & Finch penalised by City watchdog", None),
      )

story("T21-leeds-explosion", 2, "21:30", "world",
      (C, "pennant-news", 30, "Fourteen injured in Armley flats explosion", None),
      (O, "northgate-post", 0, "Gas explosion at Leeds flats injures 14",
       "Fourteen people were injured, two seriously, when a suspected gas explosion tore through a block of flats in Armley, Leeds, on Tuesday evening, West Yorkshire Fire and Rescue Service said. Forty residents were evacuated."),
      (U, "northgate-post", 600, "UPDATE: Armley blast victim, 72, dies in hospital as gas leak confirmed",
       "A 72-year-old man injured in Tuesday's explosion at a block of flats in Armley, Leeds, has died in hospital, police said on Wednesday, as Northern Gas Networks confirmed a leak in a ground-floor pipe."),
      (R, "harbor-daily", 60, "Fourteen hurt as blast rips through Armley apartment block",
       "Residents described a 'huge bang' as a suspected gas explosion wrecked part of a four-storey block in Armley on Tuesday night. Fire crews said 14 people were hurt, two of them seriously, and 40 were evacuated."),
      (G, "evening-courier", 800, None, None),
      )

# ------------------------------------------------------------------ German-led
story("T22-freiburg-starkregen", 1, "05:30", "weather",
      (O, "dpx-dienst", 0, "Starkregen in Freiburg: Keller überflutet, 1.200 Haushalte ohne Strom",
       "Freiburg (dpx) - Heftiger Starkregen hat in der Nacht zum Montag in Freiburg im Breisgau zahlreiche Keller und Straßen überflutet. Rund 1.200 Haushalte waren zeitweise ohne Strom, teilte die Feuerwehr mit."),
      (R, "alpenrundschau", 60, "Unwetter über Freiburg: Feuerwehr im Dauereinsatz",
       "Mehr als 300 Mal rückte die Freiburger Feuerwehr nach dem nächtlichen Unwetter aus. In mehreren Stadtteilen standen Unterführungen unter Wasser, zwölfhundert Haushalte hatten zeitweise keinen Strom. Verletzt wurde nach ersten Angaben niemand."),
      (U, "dpx-dienst", 240, "ROUNDUP: Nach Unwetter in Freiburg Strom wieder da – Schaden in Millionenhöhe",
       "Freiburg (dpx) - Nach dem Starkregen in Freiburg sind alle 1200 betroffenen Haushalte wieder am Netz. Die Stadt schätzt den Schaden an Straßen und öffentlichen Gebäuden auf mehrere Millionen Euro; 63 Liter pro Quadratmeter fielen in drei Stunden."),
      (G, "schwarzwald-bote", 420, None, None),
      (C, "rheinblatt", 90, "Freiburg: Unwetter flutet Keller – zeitweise kein Strom für 1200 Haushalte", None,
       {"sub": [("Rund 1.200", "Rund 1200")]}),
      )

story("T23-hallbrecht-stellen", 2, "09:00", "business",
      (B, "dpx-dienst", -2, None, None),
      (O, "dpx-dienst", 0, "Maschinenbauer Hallbrecht streicht 1.500 Stellen",
       "Stuttgart (dpx) - Der Maschinenbauer Hallbrecht AG will bis Ende 2027 rund 1.500 seiner 8.200 Stellen in Deutschland abbauen. Betroffen seien vor allem die Werke in Stuttgart-Feuerbach und Heilbronn, teilte der Konzern am Dienstag mit."),
      (R, "rheinblatt", 50, "Hallbrecht-Konzern baut fast jede fünfte Stelle ab",
       "Schwache Aufträge aus China treffen den Stuttgarter Maschinenbau: Die Hallbrecht AG kündigte den Wegfall von 1500 Arbeitsplätzen an, vor allem in Feuerbach und Heilbronn. Die IG Metall sprach von einem „Kahlschlag“."),
      (C, "elbkurier", 70, "Hallbrecht AG: 1.500 Jobs fallen weg", None),
      (X, "alpenrundschau", 100, "Stellenabbau beim Stuttgarter Maschinenbauer Hallbrecht", None),
      (T, "capital-ledger", 130, "German machine maker Hallbrecht to cut 1,500 jobs",
       "Stuttgart-based engineering group Hallbrecht AG will cut about 1,500 of its 8,200 jobs in Germany by the end of 2027, mainly at plants in Feuerbach and Heilbronn, citing weak orders from China."),
      )

story("T24-deutschlandticket", 2, "13:00", "politics",
      (O, "dpx-dienst", 0, "Deutschlandticket soll ab 2027 64 Euro kosten",
       "Berlin (dpx) - Das Deutschlandticket wird zum 1. Januar 2027 teurer: Der Preis steigt von 58 auf 64 Euro im Monat. Darauf einigten sich Bund und Länder am Dienstag in einer Videokonferenz der Verkehrsminister."),
      (R, "rheinblatt", 40, "Berlin und die Länder einigen sich: Deutschland-Ticket wird sechs Euro teurer",
       "Pendler müssen für das bundesweite Nahverkehrsticket künftig tiefer in die Tasche greifen. Ab Januar kostet das Deutschland-Ticket 64 statt 58 Euro monatlich, beschlossen die Verkehrsminister von Bund und Ländern."),
      (C, "alpenrundschau", 80, "64 Euro: Preis für Deutschlandticket steigt", None),
      )

story("T25-oberleitung-hamburg", 3, "06:00", "world",
      (O, "dpx-dienst", 0, "Oberleitungsschaden: Bahnstrecke Hamburg–Hannover gesperrt",
       "Hamburg (dpx) - Wegen eines Oberleitungsschadens bei Lüneburg ist die Bahnstrecke zwischen Hamburg und Hannover seit dem frühen Mittwochmorgen gesperrt. Fernzüge werden über Bremen umgeleitet, die Fahrzeit verlängert sich um etwa eine Stunde."),
      (U, "dpx-dienst", 300, "ROUNDUP: Strecke Hamburg-Hannover wieder frei – Verspätungen bis zum Abend",
       "Hamburg (dpx) - Nach der Reparatur der beschädigten Oberleitung bei Lüneburg ist die Strecke Hamburg–Hannover seit 10.40 Uhr wieder befahrbar. Die Bahn rechnet aber bis zum Abend mit Verspätungen und Zugausfällen im Fernverkehr."),
      (R, "elbkurier", 45, "Chaos für Pendler: Keine Züge zwischen Hamburg und Hannover",
       "Ein gerissener Fahrdraht bei Lüneburg hat am Mittwochmorgen den Zugverkehr auf einer der wichtigsten Nord-Süd-Verbindungen unterbrochen. ICE und Intercity fahren über Bremen, Pendler im Metronom müssen auf Busse umsteigen."),
      (G, "ostsee-echo", 200, None, None),
      )

# ------------------------------------------------------------------ French-led
story("T26-incendie-st-quentin", 1, "07:00", "world",
      (O, "lumiere-presse", 0, "Isère : un violent incendie ravage un entrepôt logistique à Saint-Quentin-Fallavier",
       "Saint-Quentin-Fallavier (LP) - Un violent incendie s'est déclaré dans la nuit de dimanche à lundi dans un entrepôt logistique de 12 000 m² à Saint-Quentin-Fallavier (Isère). Quelque 90 pompiers sont mobilisés ; la préfecture demande aux riverains de rester confinés."),
      (R, "le-veilleur", 60, "Nuage de fumée au-dessus du Nord-Isère après le feu d'un entrepôt",
       "Un panache de fumée noire était visible jusqu'à Lyon lundi matin après l'embrasement d'un bâtiment de stockage de 12 000 mètres carrés. Les autorités ont recommandé aux habitants de Saint-Quentin-Fallavier de fermer leurs fenêtres."),
      (U, "lumiere-presse", 300, "MISE À JOUR 1-Incendie de Saint-Quentin-Fallavier : le feu est fixé, pas de toxicité détectée",
       "Saint-Quentin-Fallavier (LP) - L'incendie de l'entrepôt de Saint-Quentin-Fallavier est désormais fixé, a indiqué la préfecture de l'Isère lundi après-midi. Les mesures de la qualité de l'air n'ont révélé aucune toxicité et le confinement est levé."),
      (X, "gazette-du-rhone", 120, "Saint-Quentin-Fallavier : un entrepôt en flammes, les riverains confinés", None, {"nodl": True}),
      (C, "quotidien-horizon", 80, "Incendie géant dans un entrepôt en Isère", None),
      )

story("T27-greve-controleurs", 2, "05:30", "world",
      (O, "lumiere-presse", 0, "Grève des contrôleurs aériens : 1 200 vols annulés mardi en France",
       "Paris (LP) - La Direction générale de l'aviation civile a demandé aux compagnies d'annuler environ 1 200 vols mardi en raison d'une grève des contrôleurs aériens. Les aéroports de Paris, Marseille et Nice sont les plus touchés."),
      (R, "le-veilleur", 40, "Ciel français perturbé : la DGAC réduit le programme de vols d'un tiers",
       "Près d'un vol sur trois est supprimé ce mardi à Orly, Marseille-Provence et Nice-Côte d'Azur, où les aiguilleurs du ciel ont cessé le travail pour protester contre les sous-effectifs. Au total, 1 200 vols sont annulés."),
      (C, "quotidien-horizon", 60, "Aérien : 1200 vols supprimés à cause de la grève des aiguilleurs", None,
       {"sub": [("environ 1 200 vols", "environ 1200 vols")]}),
      (G, "gazette-du-rhone", 240, None, None),
      (T, "meridian-wire", 90, "French air traffic controllers' strike forces 1,200 flight cancellations",
       "PARIS, July 7 (Meridian Wire) - France's civil aviation authority asked airlines to cancel about 1,200 flights on Tuesday because of a strike by air traffic controllers, with Paris, Marseille and Nice airports hardest hit."),
      )

story("T28-plan-eau", 3, "11:00", "politics",
      (O, "lumiere-presse", 0, "Matignon dévoile un plan eau de 2,3 milliards d'euros",
       "Paris (LP) - Le Premier ministre a présenté mercredi un plan de 2,3 milliards d'euros sur cinq ans pour réduire les fuites des réseaux d'eau potable et financer la réutilisation des eaux usées dans 400 communes."),
      (R, "le-veilleur", 60, "Sécheresse : le gouvernement met 2,3 milliards sur la table pour les réseaux d'eau",
       "Un litre d'eau sur cinq se perd dans les canalisations : pour y remédier, l'exécutif débloque 2,3 milliards d'euros d'ici 2031, dont une partie servira à recycler les eaux usées dans quatre cents communes."),
      (C, "quotidien-horizon", 90, "Plan eau : 2,3 milliards d'euros sur cinq ans", None),
      )

story("T29-ovalis-meridane", 1, "13:00", "business",
      (O, "le-veilleur", 0, "Le groupe Méridane rachète la start-up nantaise Ovalis pour 340 millions d'euros",
       "Le groupe de services informatiques Méridane a annoncé lundi le rachat de la start-up nantaise Ovalis, spécialisée dans la cybersécurité des hôpitaux, pour 340 millions d'euros. Ovalis emploie 210 personnes en Loire-Atlantique."),
      (R, "quotidien-horizon", 50, "Cybersécurité : Ovalis passe sous pavillon Méridane",
       "Fondée en 2018 à Nantes, Ovalis, qui protège les systèmes informatiques de quelque 300 hôpitaux, est cédée à Méridane pour 340 M€. Ses 210 salariés resteront basés en Loire-Atlantique, assure l'acquéreur."),
      (X, "lumiere-presse", 30, "Méridane s'offre Ovalis", None),
      (C, "gazette-du-rhone", 120, "Rachat d'Ovalis : 340 millions d'euros pour la pépite nantaise", None),
      )

# ------------------------------------------------------------------ Spanish-led
story("T30-tormenta-murcia", 2, "16:00", "weather",
      (B, "agencia-faro", -3, None, None),
      (O, "agencia-faro", 0, "Una tormenta descarga 120 litros por metro cuadrado en Murcia y deja dos desaparecidos",
       "Murcia (Faro) - Una fuerte tormenta descargó este martes hasta 120 litros por metro cuadrado en menos de tres horas en la Región de Murcia. Dos personas están desaparecidas en Lorca tras ser arrastrado su vehículo por una rambla."),
      (U, "agencia-faro", 240, "ACTUALIZACIÓN 1-Hallan con vida a uno de los dos desaparecidos por la tormenta en Lorca",
       "Murcia (Faro) - Los equipos de emergencia han encontrado con vida a uno de los dos desaparecidos en Lorca, un hombre de 54 años, mientras continúa la búsqueda de su acompañante. El 112 registró más de 400 incidencias."),
      (R, "diario-meseta", 60, "Lluvia torrencial en Lorca: buscan a dos personas arrastradas por una rambla",
       "La Guardia Civil y la UME buscan a dos ocupantes de un coche que fue arrastrado por la rambla de Tiata, en Lorca, durante la tromba de agua que anegó calles y bajos en varios municipios murcianos."),
      (C, "cronica-iberia", 80, "Dos desaparecidos en Lorca por la tormenta", None),
      (G, "voz-del-puerto", 900, None, None, {"base": 1}),
      )

story("T31-hidrogeno-huelva", 1, "10:00", "business",
      (O, "agencia-faro", 0, "Energía Pirenaica invertirá 900 millones en una planta de hidrógeno verde en Huelva",
       "Madrid (Faro) - La eléctrica Energía Pirenaica construirá en Palos de la Frontera (Huelva) una planta de hidrógeno verde con una inversión de 900 millones de euros, que creará 350 empleos directos, anunció este lunes la compañía."),
      (R, "cronica-iberia", 50, "Huelva tendrá una de las mayores plantas de hidrógeno verde de Europa",
       "La planta que Energía Pirenaica levantará en Palos de la Frontera, con un presupuesto de 900 millones, producirá 60.000 toneladas anuales de hidrógeno y empleará a 350 personas cuando entre en servicio en 2029."),
      (C, "diario-meseta", 80, "Energía Pirenaica apuesta 900 millones por el hidrógeno en Palos", None),
      (T, "capital-ledger", 140, "Spain's Energía Pirenaica to build €900m green hydrogen plant",
       "Spanish utility Energía Pirenaica will invest 900 million euros in a green hydrogen plant in Palos de la Frontera, in the southern province of Huelva, creating 350 direct jobs, the company said on Monday."),
      )

story("T32-estafa-malaga", 3, "08:00", "crime",
      (O, "agencia-faro", 0, "Detenidas 14 personas en Málaga por una estafa con criptomonedas de 6,2 millones",
       "Málaga (Faro) - La Policía Nacional ha detenido a 14 personas en Málaga y Marbella acusadas de estafar 6,2 millones de euros a más de 800 inversores mediante una falsa plataforma de criptomonedas, informó este miércoles el cuerpo."),
      (R, "diario-meseta", 50, "Cae en la Costa del Sol una red que captaba inversores para una falsa plataforma de criptoactivos",
       "Los agentes han desarticulado una organización que operaba desde oficinas en Marbella y Málaga y que prometía rentabilidades del 20 % mensual. Hay catorce arrestados y más de 800 víctimas, con un perjuicio de 6,2 millones."),
      (C, "cronica-iberia", 75, "Golpe a una estafa con criptomonedas: 14 detenidos en Málaga", None),
      (X, "voz-del-puerto", 120, "Catorce detenidos por estafar 6,2 millones con criptomonedas", None),
      )

# ------------------------------------------------------------------ Italian-led
story("T33-campi-flegrei", 1, "04:00", "world",
      (O, "agenzia-vela", 0, "Terremoto ai Campi Flegrei, scossa di magnitudo 4.3 avvertita a Napoli",
       "Napoli (Vela) - Una scossa di terremoto di magnitudo 4.3 è stata registrata alle 5.12 di lunedì nell'area dei Campi Flegrei, con epicentro a Pozzuoli. Il sisma è stato avvertito distintamente in tutta Napoli; non risultano feriti."),
      (U, "agenzia-vela", 240, "AGGIORNAMENTO 1-Campi Flegrei, magnitudo rivista a 4,4: scuole chiuse a Pozzuoli",
       "Napoli (Vela) - L'Ingv ha rivisto a 4,4 la magnitudo della scossa delle 5.12 ai Campi Flegrei. Il sindaco di Pozzuoli ha disposto la chiusura delle scuole per verifiche; lievi danni a due edifici del centro storico."),
      (R, "corriere-laguna", 50, "Paura a Pozzuoli, la terra trema all'alba: gente in strada",
       "Molti residenti di Pozzuoli e Bacoli sono scesi in strada dopo la forte scossa che all'alba di lunedì ha colpito i Campi Flegrei. Secondo l'Ingv il sisma, di magnitudo 4.3, è avvenuto a tre chilometri di profondità."),
      (C, "quotidiano-nord", 90, "Scossa di magnitudo 4.3 ai Campi Flegrei, avvertita a Napoli", None),
      (T, "meridian-wire", 120, "Magnitude 4.3 quake shakes Naples area, no injuries",
       "NAPLES, July 6 (Meridian Wire) - An earthquake of magnitude 4.3 struck the Campi Flegrei volcanic area near Naples early on Monday, centred on Pozzuoli, Italy's geophysics institute said. There were no reports of injuries."),
      )

story("T34-sciopero-milano", 2, "06:00", "world",
      (O, "agenzia-vela", 0, "Sciopero dei trasporti a Milano, metropolitana chiusa dalle 8.45",
       "Milano (Vela) - Giornata difficile per i pendolari milanesi: per lo sciopero di 24 ore proclamato dai sindacati di base, le linee della metropolitana resteranno chiuse dalle 8.45 alle 15 e dalle 18 a fine servizio."),
      (R, "corriere-laguna", 40, "Milano, metro ferma e tram a singhiozzo per lo sciopero",
       "Stop delle quattro linee del metrò e corse ridotte di tram e autobus: la protesta di 24 ore dei sindacati di base contro i turni estivi paralizza Milano. Garantite solo le fasce fino alle 8.45 e dalle 15 alle 18."),
      (C, "quotidiano-nord", 60, "Sciopero di 24 ore, a Milano metro chiusa", None),
      (G, "gazzetta-appennino", 180, None, None),
      )

story("T35-vellani-dalmonte", 3, "09:00", "business",
      (C, "gazzetta-appennino", 80, "Dalmonte ceduto a Vellani per 210 milioni", None),
      (O, "corriere-laguna", 0, "Il gruppo Vellani compra lo storico pastificio Dalmonte per 210 milioni",
       "Il gruppo alimentare Vellani ha raggiunto un accordo per acquisire il pastificio Dalmonte di Gragnano, fondato nel 1912, per 210 milioni di euro. L'operazione, annunciata mercoledì, prevede il mantenimento dei 380 dipendenti."),
      (R, "quotidiano-nord", 50, "Pasta, Dalmonte passa a Vellani: accordo da 210 milioni di euro",
       "Il marchio di Gragnano cambia proprietà: Vellani rileva il cento per cento di Dalmonte, che fattura 145 milioni l'anno. Garantiti i 380 posti di lavoro e la produzione in Campania, spiegano le due aziende."),
      (X, "agenzia-vela", 30, "Vellani rileva Dalmonte", None),
      )

# ------------------------------------------------------------------ Portuguese-led
story("T36-incendio-monchique", 2, "12:00", "world",
      (O, "agencia-mar", 0, "Incêndio em Monchique obriga a evacuar cinco aldeias",
       "Monchique (Mar) - Um incêndio florestal que deflagrou ao início da tarde desta terça-feira na serra de Monchique, no Algarve, obrigou à evacuação de cinco aldeias. Estão no terreno mais de 350 operacionais e 12 meios aéreos."),
      (U, "agencia-mar", 420, "ATUALIZAÇÃO 1-Incêndio de Monchique: 700 operacionais, dois feridos ligeiros",
       "Monchique (Mar) - O incêndio na serra de Monchique mobiliza agora cerca de 700 operacionais, segundo a Proteção Civil, e causou dois feridos ligeiros entre os bombeiros. As cinco aldeias evacuadas continuam sem acesso."),
      (R, "jornal-do-tejo", 60, "Chamas na serra algarvia: populações retiradas de cinco localidades",
       "A Proteção Civil retirou os moradores de cinco aldeias do concelho de Monchique perante o avanço das chamas, alimentadas por vento forte e temperaturas acima dos 38 graus. O combate envolve 350 bombeiros e 12 aeronaves."),
      (C, "folha-atlantica", 100, "Monchique: cinco aldeias evacuadas devido a incêndio", None),
      )

story("T37-lusitano-lucro", 3, "07:00", "business",
      (O, "agencia-mar", 0, "Banco Lusitano Atlântico lucra 412 milhões de euros no semestre",
       "Lisboa (Mar) - O Banco Lusitano Atlântico registou um lucro de 412 milhões de euros no primeiro semestre, uma subida de 18% face ao mesmo período de 2025, impulsionado pela margem financeira e pelas comissões, anunciou o banco."),
      (R, "jornal-do-tejo", 50, "Lucros do Lusitano Atlântico sobem 18% para 412 milhões",
       "O banco liderado por Helena Sarmento ganhou 412 milhões de euros entre janeiro e junho. A margem financeira cresceu 9% e o rácio de crédito malparado desceu para 2,1%, revelou a instituição esta quarta-feira."),
      (C, "folha-atlantica", 80, "BLA: lucro de 412 milhões no primeiro semestre", None),
      )

# ------------------------------------------------------------------ Dutch-led
story("T38-brand-moerdijk", 1, "15:00", "world",
      (O, "persbureau-polder", 0, "Grote brand bij recyclingbedrijf in Moerdijk, NL-Alert verstuurd",
       "Moerdijk (PP) - Bij een recyclingbedrijf op het industrieterrein in Moerdijk woedt sinds maandagmiddag een grote brand. De veiligheidsregio heeft een NL-Alert verstuurd: omwonenden moeten ramen en deuren sluiten vanwege de rook."),
      (R, "dagblad-delta", 40, "Zwarte rookwolk boven West-Brabant door brand bij afvalverwerker",
       "Een enorme rookpluim trok maandag over West-Brabant nadat een hal vol plastic afval in brand was gevlogen op het Moerdijkse havengebied. Inwoners kregen via NL-Alert het advies binnen te blijven."),
      (U, "persbureau-polder", 300, "UPDATE 1-Brand Moerdijk onder controle, geen gevaarlijke stoffen gemeten",
       "Moerdijk (PP) - De brand bij het recyclingbedrijf in Moerdijk is onder controle, meldt de veiligheidsregio. Metingen lieten geen gevaarlijke concentraties stoffen zien; het advies om ramen en deuren te sluiten is ingetrokken."),
      (C, "noorder-courant", 90, "NL-Alert na brand bij recyclingbedrijf Moerdijk", None),
      )

story("T39-vandersluis-banen", 2, "09:30", "business",
      (O, "persbureau-polder", 0, "Vandersluis schrapt 900 banen in Eindhoven",
       "Eindhoven (PP) - Chipmachinefabrikant Vandersluis schrapt wereldwijd 1400 banen, van wie 900 in Eindhoven, omdat de vraag naar zijn lithografiesystemen tegenvalt. Dat maakte het bedrijf dinsdag bekend bij de halfjaarcijfers."),
      (R, "dagblad-delta", 50, "Klap voor Brainport: 900 arbeidsplaatsen weg bij Vandersluis",
       "De regio Eindhoven verliest negenhonderd banen bij chipmachinebouwer Vandersluis, die kampt met een dalende orderportefeuille. Wereldwijd verdwijnen 1.400 functies, meldde topvrouw Ilse Verbeek dinsdag."),
      (C, "noorder-courant", 90, "Chipmachinemaker Vandersluis: 900 banen weg in Eindhoven", None),
      (T, "capital-ledger", 120, "Dutch chip-equipment maker Vandersluis to cut 1,400 jobs",
       "Vandersluis, a Dutch maker of lithography equipment for chipmakers, will cut 1,400 jobs worldwide, 900 of them in Eindhoven, as demand for its systems weakens, the company said with first-half results on Tuesday."),
      )

# ------------------------------------------------------------------ Polish-led
story("T40-nawalnica-pomorze", 1, "04:30", "weather",
      (O, "agencja-orzel", 0, "Nawałnica nad Pomorzem. 40 tys. odbiorców bez prądu",
       "Gdańsk (Orzeł) - Silna nawałnica, która w nocy z niedzieli na poniedziałek przeszła nad Pomorzem, pozbawiła prądu około 40 tys. odbiorców. Strażacy interweniowali ponad 900 razy, głównie przy powalonych drzewach."),
      (R, "gazeta-wislana", 50, "Burza zerwała dachy i linie energetyczne na Kaszubach",
       "Połamane drzewa, zerwane dachy i tysiące domów bez zasilania – tak wygląda poranek na Kaszubach i w Trójmieście po nocnej burzy. Bez prądu pozostaje 40 000 gospodarstw, a straż pożarna odnotowała ponad 900 zgłoszeń."),
      (U, "agencja-orzel", 360, "AKTUALIZACJA 1-Po nawałnicy na Pomorzu wciąż 12 tys. odbiorców bez prądu",
       "Gdańsk (Orzeł) - Energetycy przywrócili zasilanie większości odbiorców na Pomorzu, jednak w poniedziałek po południu bez prądu było jeszcze około 12 tys. gospodarstw. Wojewoda zapowiedział pomoc dla poszkodowanych."),
      (C, "kurier-baltycki", 100, "40 tysięcy domów bez prądu po nocnej nawałnicy", None),
      )

story("T41-przemyt-bialystok", 3, "10:00", "crime",
      (O, "agencja-orzel", 0, "Policja rozbiła gang przemytników papierosów w Białymstoku",
       "Białystok (Orzeł) - Policjanci z Podlasia zatrzymali 11 osób podejrzanych o przemyt papierosów z Białorusi. Zabezpieczono ponad 2,3 mln sztuk nielegalnych papierosów o wartości rynkowej około 3,1 mln zł, poinformowała w środę komenda."),
      (R, "gazeta-wislana", 60, "Przemyt na masową skalę. Jedenaście osób zatrzymanych na Podlasiu",
       "Gang przerzucał papierosy przez granicę z Białorusią i sprzedawał je na bazarach w Białymstoku i Łomży. Śledczy przejęli 2,3 miliona papierosów, a zatrzymanym grozi do 10 lat więzienia."),
      (C, "kurier-baltycki", 90, None, None, {"mode": "verbatim", "share": True}),
      )

# ------------------------------------------------------------------ Russian-led
story("T42-novosibirsk-krovlya", 2, "08:00", "world",
      (B, "agentstvo-sever", -2, None, None),
      (O, "agentstvo-sever", 0, "В Новосибирске обрушилась кровля торгового центра, пострадали семь человек",
       "Новосибирск (Север) - Часть кровли торгового центра «Сибирский пассаж» обрушилась во вторник в Новосибирске, пострадали семь человек, сообщили в региональном управлении МЧС. Из здания эвакуировали около 600 посетителей."),
      (R, "vestnik-nevy", 40, "Обрушение в «Сибирском пассаже»: семерых человек доставили в больницы",
       "Спасатели разбирают завалы в торговом центре на левом берегу Новосибирска, где утром рухнул участок кровли площадью около 300 квадратных метров. Семь человек получили травмы, эвакуированы 600 посетителей."),
      (U, "agentstvo-sever", 300, "ОБНОВЛЕНО 1-Число пострадавших при обрушении ТЦ в Новосибирске выросло до девяти",
       "Новосибирск (Север) - Число пострадавших при обрушении кровли «Сибирского пассажа» выросло до девяти, двое госпитализированы в тяжёлом состоянии. Следственный комитет возбудил уголовное дело о нарушении правил безопасности."),
      (C, "volga-gazeta", 90, "Семь человек пострадали при обрушении крыши ТЦ в Новосибирске", None),
      (T, "kyivskyi-visnyk", 150, "У Новосибірську обвалився дах торговельного центру, семеро постраждалих",
       "У Новосибірську у вівторок обвалилася частина даху торговельного центру «Сибірський пасаж». Постраждали семеро людей, з будівлі евакуювали близько 600 відвідувачів, повідомили рятувальники."),
      )

story("T43-yakutia-pozhary", 3, "04:00", "world",
      (O, "agentstvo-sever", 0, "Площадь лесных пожаров в Якутии превысила 180 тысяч гектаров",
       "Якутск (Север) - Площадь лесных пожаров в Якутии превысила 180 тыс. гектаров, в тушении участвуют более 1 100 человек, сообщили в среду в республиканском управлении лесного хозяйства. В Якутске объявлен режим неблагоприятных метеоусловий."),
      (R, "vestnik-nevy", 60, "Якутск в дыму: пожары охватили 180 000 гектаров тайги",
       "Жителей Якутска просят не открывать окна: дым от лесных пожаров накрыл город. По данным лесной охраны, огнём пройдено уже более 180 тысяч гектаров, тушением занято свыше тысячи ста человек."),
      (C, "volga-gazeta", 100, "Лесные пожары в Якутии: 180 тысяч гектаров", None),
      )

# ------------------------------------------------------------------ Swedish-led
story("T44-skogsbrand-sundsvall", 1, "12:00", "world",
      (O, "nyhetsbyran-norr", 0, "Skogsbrand nordväst om Sundsvall – 300 evakueras",
       "Sundsvall (NN) - En kraftig skogsbrand har brutit ut nordväst om Sundsvall och cirka 300 boende i Stöde-området uppmanas att lämna sina hem, meddelar räddningstjänsten. Branden omfattar omkring 150 hektar."),
      (R, "morgonposten-syd", 50, "Trehundra personer lämnar sina hem när branden sprider sig vid Stöde",
       "Vinden har gjort det svårt för brandmännen att få kontroll över skogsbranden vid Stöde i Medelpad. Räddningstjänsten har beordrat evakuering av omkring 300 personer, och två helikoptrar vattenbombar området."),
      (C, "fjallbladet", 80, "300 evakueras – stor skogsbrand i Medelpad", None),
      )

story("T45-nordhavn-varsel", 3, "07:30", "business",
      (C, "fjallbladet", 60, "650 byggjobb hotas i Göteborg", None),
      (O, "nyhetsbyran-norr", 0, "Nordhavn Bygg varslar 650 anställda i Göteborg",
       "Göteborg (NN) - Byggföretaget Nordhavn Bygg varslar 650 anställda i Göteborgsregionen om uppsägning på grund av det kraftigt minskade bostadsbyggandet, uppger bolaget på onsdagen. Det motsvarar nästan en tredjedel av personalstyrkan."),
      (R, "morgonposten-syd", 50, "Bostadskrisen slår till – 650 jobb i fara hos Nordhavn",
       "Raset i bostadsbyggandet i Västsverige får nu stora konsekvenser för Nordhavn Bygg. Bolaget har lagt ett varsel som omfattar 650 personer, främst snickare och betongarbetare i Göteborg."),
      (U, "nyhetsbyran-norr", 300, "UPPDATERAD: Nordhavn varslar 650 – facket kräver förhandlingar",
       "Göteborg (NN) - Byggnads kräver omedelbara förhandlingar efter att Nordhavn Bygg varslat 650 anställda i Göteborg. Vd Per Lindqvist säger att bolaget hoppas kunna begränsa antalet uppsägningar till under 500."),
      )

# ------------------------------------------------------------------ look-alikes
story("TL01-wildfire-bend", 1, "05:00", "world",
      (L, "tristate-herald", 0, "Wildfire near Bend, Oregon, forces 3,500 from homes",
       "Deschutes County officials ordered about 3,500 residents west of Bend to evacuate on Sunday evening as a wildfire spread across 1,100 acres of pine forest near Tumalo Creek, the sheriff's office said."))
story("TL02-ferry-autopilot", 2, "13:00", "world",
      (L, "meridian-wire", 0, "Grounded Scottish ferry's autopilot failed, investigators say",
       "LONDON, July 7 (Meridian Wire) - The Marine Accident Investigation Branch said on Tuesday that an autopilot fault caused the ferry Northern Star to veer onto rocks off Kerrera, and Hebridean Link withdrew two sister ships for checks."),
      (R, "harbor-daily", 60, "Autopilot fault blamed as Hebridean Link pulls two ferries",
       "Two Hebridean Link ferries have been taken out of service after accident investigators found that a failed autopilot steered the Northern Star onto rocks near Oban on Monday. Island crossings face delays."))
story("TL03-skylark-ceo", 3, "09:30", "business",
      (L, "meridian-wire", 0, "Skylark Airways CEO Ruth Ashdown quits after data breach",
       "LONDON, July 8 (Meridian Wire) - Skylark Airways chief executive Ruth Ashdown resigned on Wednesday, a day after the airline disclosed a cyberattack affecting 1.6 million customers, and finance chief Omar Reyes will lead the company on an interim basis."))
story("TL04-morrow-fine", 1, "14:20", "business",
      (L, "capital-ledger", 0, "FCA fines Morrow Savings £14m over treatment of customers in arrears",
       "The Financial Conduct Authority fined building society Morrow Savings £14 million on Monday for failing to treat mortgage customers in financial difficulty fairly between 2019 and 2023."))
story("TL05-keswick-jobs", 3, "08:15", "business",
      (L, "harbor-daily", 0, "Keswick Aerospace to cut 2,400 jobs at Preston site",
       "Keswick Aerospace will cut 2,400 jobs at its Preston wing factory over two years after losing a major wing-component contract, the company said on Wednesday. Unions called the decision devastating for Lancashire."))
story("TL06-chile-quake", 3, "01:30", "world",
      (L, "northgate-post", 0, "Magnitude 6.1 earthquake strikes off Chile's Atacama coast",
       "An earthquake of magnitude 6.1 struck off the coast of Chile's Atacama region late on Tuesday, shaking buildings in Copiapó and Caldera, the national seismological centre said. The navy ruled out a tsunami."))
story("TL07-derby-fraud", 2, "12:00", "crime",
      (L, "evening-courier", 0, "Former Derby councillor jailed for six years over housing grants fraud",
       "Former Derby city councillor Paul Hennessy, 61, was jailed for six years at Derby Crown Court on Tuesday for fraudulently claiming £780,000 in housing improvement grants for properties he owned."))
story("TL08-koderitz-stellen", 3, "10:00", "business",
      (L, "elbkurier", 0, "Koderitz GmbH streicht 1.500 Stellen in Chemnitz",
       "Der Autozulieferer Koderitz GmbH will in Chemnitz bis 2028 rund 1.500 Arbeitsplätze abbauen und die Produktion von Getriebeteilen nach Tschechien verlagern, teilte das Unternehmen am Mittwoch mit."))
story("TL09-incendie-lille", 1, "10:00", "world",
      (L, "le-veilleur", 0, "Lille : un entrepôt de 8 000 m² détruit par les flammes",
       "Un incendie a détruit lundi matin un entrepôt de 8 000 mètres carrés dans la zone d'activités de Lomme, près de Lille. Une soixantaine de pompiers sont intervenus, aucun blessé n'est à déplorer."))
story("TL10-estafa-valencia", 3, "12:00", "crime",
      (L, "cronica-iberia", 0, "Nueve detenidos en Valencia por una estafa con criptomonedas",
       "La Guardia Civil ha detenido en Valencia y Gandía a nueve personas que supuestamente estafaron 2,4 millones de euros a 300 ahorradores con una falsa plataforma de inversión en criptomonedas."))
story("TL11-flegrei-verifiche", 2, "10:00", "world",
      (L, "corriere-laguna", 0, "Campi Flegrei, il governo stanzia 40 milioni per verifiche su 300 edifici",
       "Il Consiglio dei ministri ha stanziato martedì 40 milioni di euro per verifiche di vulnerabilità su 300 edifici pubblici di Pozzuoli e Bacoli, dopo la scossa di lunedì ai Campi Flegrei."))
story("TL12-brand-weert", 2, "11:00", "world",
      (L, "dagblad-delta", 0, "Uitslaande brand bij recyclingbedrijf in Weert",
       "Bij een recyclingbedrijf aan de Kampershoek in Weert is dinsdagochtend een uitslaande brand uitgebroken in een opslag van oud papier. De brandweer adviseert omwonenden ramen en deuren te sluiten; er is geen NL-Alert verstuurd."))
story("TL13-nawalnica-mazury", 2, "03:00", "weather",
      (L, "gazeta-wislana", 0, "Nawałnica nad Mazurami. 25 tys. odbiorców bez prądu",
       "Kolejna burza przeszła w nocy z poniedziałku na wtorek, tym razem nad Warmią i Mazurami. Bez prądu zostało około 25 tys. odbiorców, a strażacy usuwali powalone drzewa z drogi krajowej nr 16."))
story("TL14-omsk-sklad", 3, "06:00", "world",
      (L, "vestnik-nevy", 0, "В Омске обрушилась крыша склада, пострадали два человека",
       "В Омске в среду обрушилась часть крыши складского комплекса на северной окраине города, пострадали два сотрудника, сообщили в МЧС. Причиной могла стать ошибка при ремонте кровли."))
story("TL15-skogsbrand-hudiksvall", 3, "12:30", "world",
      (L, "fjallbladet", 0, "Skogsbrand vid Hudiksvall – boende uppmanas stänga fönster",
       "En skogsbrand på omkring 40 hektar har brutit ut söder om Hudiksvall. Räddningstjänsten uppmanar boende i Iggesund att hålla fönster och dörrar stängda, men någon evakuering är inte aktuell."))
story("TL16-pellow-recall", 2, "10:15", "business",
      (L, "northgate-post", 0, "Pellow Dairy recalls yoghurts over listeria risk",
       "Pellow Dairy is recalling three flavours of its Orchard Pot yoghurts sold in UK supermarkets because of possible listeria contamination, the Food Standards Agency said on Tuesday. Shoppers should not eat them."))

# ------------------------------------------------------------------ singles
story("TS01-red-pandas", 1, "09:40", "culture",
      (N, "northgate-post", 0, "Edinburgh Zoo welcomes red panda twins",
       "Edinburgh Zoo has announced the birth of twin red panda cubs, the first born at the zoo in eleven years. Keepers said the cubs, a male and a female, are healthy and will go on show in September."))
story("TS02-toronto-library", 1, "16:00", "local",
      (N, "tristate-herald", 0, "Toronto Public Library to keep 20 branches open until 10 p.m.",
       "Toronto Public Library will keep 20 of its branches open until 10 p.m. on weekdays from September after city council approved an extra C$6.8 million in funding on Monday."))
story("TS03-box-office", 1, "21:00", "culture",
      (N, "atlas-broadcast", 0, "'The Salt Road' tops North American box office with $48m",
       "Desert thriller 'The Salt Road' opened at number one at the North American box office with $48 million in ticket sales over the weekend, according to final figures released on Monday."))
story("TS04-dublin-commute", 2, "08:30", "local",
      (N, "harbor-daily", 0, "Dublin commuters spend 81 hours a year stuck in traffic, study finds",
       "Drivers commuting into Dublin lost an average of 81 hours in traffic congestion last year, according to a study by the Corran Institute published on Tuesday, up from 74 hours in 2024."))
story("TS05-brightwell-store", 2, "11:30", "business",
      (N, "capital-ledger", 0, "Brightwell opens first checkout-free supermarket in Manchester",
       "Supermarket chain Brightwell opened its first checkout-free store in Manchester city centre on Tuesday, using ceiling cameras and shelf sensors to charge shoppers automatically through an app."))
story("TS06-cuba-street", 2, "22:00", "local",
      (N, "pennant-news", 0, "Wellington council votes to close Cuba Street to cars",
       "Wellington City Council voted 11-5 on Wednesday to close the upper section of Cuba Street to private cars from next March, turning it into a pedestrian and cycling zone."))
story("TS07-diary-auction", 3, "14:00", "culture",
      (N, "evening-courier", 0, "Explorer's Arctic diary sells for £210,000 at auction",
       "A handwritten diary kept by Victorian Arctic explorer Henry Marlowe during an 1868 expedition sold for £210,000 at a London auction on Wednesday, more than three times its estimate."))
story("TS08-opera-house", 3, "04:30", "culture",
      (N, "meridian-wire", 0, "Sydney Opera House concert hall to close for three weeks",
       "SYDNEY, July 8 (Meridian Wire) - The Concert Hall at the Sydney Opera House will close for three weeks from August 3 for acoustic adjustments to its ceiling reflectors, the venue's management said on Wednesday."))
story("TS09-dresden-grafik", 2, "14:00", "culture",
      (N, "elbkurier", 0, "Dresdner Kupferstich-Kabinett erhält 300 Grafiken als Schenkung",
       "Das Kupferstich-Kabinett der Staatlichen Kunstsammlungen Dresden hat von einem Hamburger Sammlerehepaar rund 300 Grafiken der Klassischen Moderne geschenkt bekommen. Eine Auswahl soll ab November gezeigt werden."))
story("TS10-tram-marseille", 3, "08:00", "local",
      (N, "quotidien-horizon", 0, "Marseille : la ligne de tramway T4 mise en service",
       "La nouvelle ligne de tramway T4 de Marseille, qui relie la gare Saint-Charles au quartier de la Capelette en 22 minutes, a été mise en service mercredi matin après trois ans de travaux."))
story("TS11-parque-bilbao", 1, "15:00", "local",
      (N, "diario-meseta", 0, "Bilbao inaugura un parque fluvial de 12 hectáreas en Zorrotzaurre",
       "El Ayuntamiento de Bilbao inauguró este lunes un parque fluvial de 12 hectáreas en la isla de Zorrotzaurre, con playas urbanas, senderos y un embarcadero para piraguas."))
story("TS12-museo-torino", 3, "15:00", "culture",
      (N, "quotidiano-nord", 0, "Torino, riapre dopo due anni di restauri il Museo della Montagna",
       "Il Museo nazionale della Montagna di Torino riapre al pubblico sabato dopo due anni di lavori di restauro costati 7,5 milioni di euro, con un nuovo percorso dedicato ai ghiacciai alpini."))
story("TS13-coimbra-ia", 1, "11:00", "science",
      (N, "jornal-do-tejo", 0, "Universidade de Coimbra cria licenciatura em inteligência artificial",
       "A Universidade de Coimbra vai abrir no próximo ano letivo uma licenciatura em inteligência artificial, com 60 vagas, anunciou esta segunda-feira o reitor durante a apresentação da oferta formativa."))
story("TS14-zwembad-groningen", 3, "10:30", "local",
      (N, "noorder-courant", 0, "Groningen krijgt nieuw zwembad van 38 miljoen euro",
       "De gemeenteraad van Groningen heeft woensdag ingestemd met de bouw van een nieuw zwembad met een 50-meterbad in de wijk Helpman. De kosten worden geraamd op 38 miljoen euro."))
story("TS15-kladka-krakow", 2, "12:00", "local",
      (N, "gazeta-wislana", 0, "Kraków: nowa kładka pieszo-rowerowa na Wiśle otwarta",
       "W Krakowie otwarto we wtorek nową kładkę pieszo-rowerową na Wiśle, łączącą Zabłocie z Grzegórzkami. Inwestycja kosztowała 96 mln zł, a przeprawa ma 190 metrów długości."))
story("TS16-planetariy-kazan", 1, "10:00", "science",
      (N, "volga-gazeta", 0, "В Казани открылся новый планетарий",
       "В Казани в понедельник открылся новый планетарий на 180 мест с купольным экраном диаметром 18 метров. Первые сеансы для школьников пройдут в сентябре, сообщили в мэрии."))
story("TS17-tramvaj-brno", 2, "09:00", "local",
      (N, "vltava-denik", 0, "Brno otevřelo novou tramvajovou trať do kampusu v Bohunicích",
       "Dopravní podnik města Brna v úterý zahájil provoz na nové tramvajové trati do univerzitního kampusu v Bohunicích. Trať dlouhá 3,4 kilometru stála 2,1 miliardy korun."))
story("TS18-biblioteka-lviv", 3, "11:00", "culture",
      (N, "kyivskyi-visnyk", 0, "У Львові відкрили оновлену наукову бібліотеку",
       "У Львові в середу після трирічної реконструкції відкрили оновлену наукову бібліотеку з читальною залою на 400 місць та цифровим архівом старовинних рукописів."))
story("TS19-metro-izmir", 1, "13:00", "local",
      (N, "bogaz-gunluk", 0, "İzmir'de Bornova-Çiğli metro hattı hizmete girdi",
       "İzmir'de Bornova ile Çiğli arasındaki yeni metro hattı pazartesi günü düzenlenen törenle hizmete girdi. Yedi kilometrelik hattın günde 120 bin yolcu taşıması bekleniyor."))
story("TS20-havnebad-aarhus", 2, "15:00", "local",
      (N, "jylland-morgen", 0, "Aarhus får nyt havnebad med plads til 800 badende",
       "Aarhus Kommune åbnede tirsdag et nyt havnebad ved Aarhus Ø med fem bassiner og plads til 800 badende. Havnebadet er gratis og har åbent til midten af september."))
story("TS21-kirjasto-oulu", 3, "09:00", "culture",
      (N, "pohjolan-sanomat", 0, "Oulun uusi pääkirjasto avataan syyskuussa",
       "Oulun kaupunki kertoi keskiviikkona, että kaupungin uusi pääkirjasto avataan yleisölle syyskuun alussa. Rakennuksen kustannukset olivat noin 54 miljoonaa euroa, ja siihen tulee myös lasten teatterisali."))
story("TS22-buszpalyaudvar", 1, "08:00", "local",
      (N, "alfold-hirlap", 0, "Új buszpályaudvar nyílt Debrecenben",
       "Hétfőn átadták Debrecen új, intermodális buszpályaudvarát a vasútállomás mellett. A létesítmény 24 kocsiállással, fedett várócsarnokkal és kerékpártárolóval várja az utasokat."))
story("TS23-thessaloniki-bus", 2, "10:00", "local",
      (N, "aigaio-news", 0, "Θεσσαλονίκη: Νέα γραμμή λεωφορείων προς το αεροδρόμιο",
       "Νέα γραμμή λεωφορείων που συνδέει το κέντρο της Θεσσαλονίκης με το αεροδρόμιο Μακεδονία σε 35 λεπτά τέθηκε σε λειτουργία την Τρίτη, ανακοίνωσε ο Οργανισμός Αστικών Συγκοινωνιών."))

# ------------------------------------------------------------------ templates
TPL = []
WD_EN = ["Monday", "Tuesday", "Wednesday"]


def tpl(tid, day, at, src, title, summary, cat="local"):
    TPL.append(dict(id=tid, day=day, at=at, src=src, title=title, summary=summary, cat=cat))


for d, (dirn, pct, val, dir2, pct2, val2, usd, eur, turn) in enumerate([
        ("up", "0.4", "8,912.35", "rose", "0.2", "21,044.10", "1.2731", "1.1702", "4.1"),
        ("down", "0.7", "8,850.02", "fell", "1.1", "20,812.77", "1.2698", "1.1685", "5.3"),
        ("up", "0.1", "8,858.90", "rose", "0.3", "20,871.45", "1.2744", "1.1710", "3.8")], 1):
    tpl("TPL-ftse-d%d" % d, d, "15:40", "capital-ledger", "FTSE 100 closes %s %s%% at %s" % (dirn, pct, val),
        "LONDON - The FTSE 100 index closed %s %s%% at %s points on %s. The FTSE 250 %s %s%% to %s, while sterling traded at $%s and €%s. Turnover was £%s billion."
        % (dirn, pct, val, WD_EN[d - 1], dir2, pct2, val2, usd, eur, turn), "markets")

for d, (date, a, b, c) in enumerate([
        ("Monday, July 6", "wildfire evacuations east of Kelowna", "a fifth straight rate cut in New Zealand",
         "a night of storms over Pomerania"),
        ("Tuesday, July 7", "the Hokkaido earthquake", "Faith Kiptoo's world record in Oslo",
         "strikes grounding flights in France"),
        ("Wednesday, July 8", "the Armley gas explosion", "a dock strike in Melbourne",
         "a strong earthquake off northern Chile")], 1):
    tpl("TPL-briefing-d%d" % d, d, "05:45", "northgate-post", "Morning Briefing, %s" % date,
        "Good morning. In today's Morning Briefing: %s; %s; and %s. Plus the weather outlook and what to watch today. Sign up to get the briefing by email every weekday." % (a, b, c))

WD_DE = ["Montag", "Dienstag", "Mittwoch"]
for d, (cond, long, hi, lo, wind, wdir) in enumerate([
        ("wechselhaft", "einen Mix aus Sonne und Wolken mit einzelnen Schauern", 24, 14, "mäßig", "Westen"),
        ("sonnig", "viel Sonnenschein bei nur wenigen Quellwolken", 28, 15, "schwach", "Südosten"),
        ("Gewitter", "schwüle Luft und am Nachmittag teils kräftige Gewitter", 31, 19, "böig", "Süden")], 1):
    tpl("TPL-wetter-d%d" % d, d, "04:00", "elbkurier",
        "Das Wetter in Berlin am %s, %d. Juli: %s, bis %d Grad" % (WD_DE[d - 1], 5 + d, cond, hi),
        "Der Deutsche Wetterdienst erwartet für Berlin am %s %s. Die Temperaturen steigen auf %d Grad, in der Nacht kühlt es auf %d Grad ab. Der Wind weht %s aus %s."
        % (WD_DE[d - 1], long, hi, lo, wind, wdir), "weather")

for d, (eur, usd, chf, gbp) in enumerate([("4,2718", "3,6512", "4,5803", "4,9627"),
                                          ("4,2690", "3,6588", "4,5741", "4,9580"),
                                          ("4,2803", "3,6475", "4,5912", "4,9711")], 1):
    tpl("TPL-nbp-d%d" % d, d, "10:15", "agencja-orzel", "Kursy walut NBP z dnia %02d.07.2026" % (5 + d),
        "Narodowy Bank Polski opublikował średnie kursy walut z %d lipca 2026 r. Euro kosztuje %s zł, dolar amerykański %s zł, frank szwajcarski %s zł, a funt brytyjski %s zł."
        % (5 + d, eur, usd, chf, gbp), "markets")

WD_ES = ["lunes", "martes", "miércoles"]
for d, (nums, comp, rei, prize) in enumerate([
        ("3, 11, 19, 27, 38 y 45", 8, 2, "No hay acertantes de primera categoría, por lo que el bote crece."),
        ("6, 14, 22, 29, 33 y 41", 17, 9, "Un único acertante de primera categoría, en Zaragoza, cobrará 1,4 millones."),
        ("1, 9, 24, 30, 42 y 47", 12, 5, "No hay acertantes de primera categoría; sí hay dos de segunda.")], 1):
    tpl("TPL-bonoloto-d%d" % d, d, "19:45", "agencia-faro",
        "Bonoloto: combinación ganadora del %s %d de julio" % (WD_ES[d - 1], 5 + d),
        "La combinación ganadora del sorteo de la Bonoloto celebrado este %s ha sido %s. El número complementario es el %d y el reintegro, el %d. %s"
        % (WD_ES[d - 1], nums, comp, rei, prize))

for d, day_fr, km, a, b, c in [(1, "lundi", 142, "porte de Bercy", "porte d'Italie", "Créteil"),
                               (3, "mercredi", 97, "porte Maillot", "porte de Clichy", "Rueil-Malmaison")]:
    tpl("TPL-trafic-d%d" % d, d, "06:15", "quotidien-horizon",
        "Info trafic : la situation sur les routes d'Île-de-France ce %s matin" % day_fr,
        "À 8 heures, on comptait %d kilomètres de bouchons cumulés en Île-de-France. Le périphérique est chargé entre la %s et la %s, l'A86 ralentit à hauteur de %s."
        % (km, a, b, c))

for d, (force, what, ref) in [(1, ("Thames Valley Police", "a cyclist was seriously injured in a collision with a van on the A329 in Wokingham on Sunday afternoon", "43260112847")),
                              (2, ("Merseyside Police", "a shop worker was threatened with a knife during a robbery at a convenience store in Bootle on Monday night", "25000381190"))]:
    tpl("TPL-appeal-d%d" % d, d, "14:50" if d == 1 else "09:10", "harbor-daily",
        "Police appeal for witnesses after incident in %s" % ("Wokingham" if d == 1 else "Bootle"),
        "%s is appealing for witnesses after %s. Anyone with information or dashcam footage is asked to call 101 quoting reference %s." % (force, what, ref),
        "crime")

for d, dag, res, leader, pts, n in [
        (1, "måndag", "Hammarby–IFK Göteborg 2–1, BK Häcken–Mjällby AIF 0–0, AIK–IF Elfsborg 3–2", "Malmö FF", 34, 14),
        (3, "onsdag", "Malmö FF–Djurgården 1–1, IFK Norrköping–Hammarby 0–2, Halmstads BK–AIK 2–2", "Malmö FF", 35, 15)]:
    tpl("TPL-allsvenskan-d%d" % d, d, "19:35", "morgonposten-syd", "Allsvenskan: resultat från %sens matcher" % dag,
        "Resultat i Allsvenskan på %sen: %s. %s leder serien med %d poäng efter %d omgångar." % (dag, res, leader, pts, n),
        "sport")
