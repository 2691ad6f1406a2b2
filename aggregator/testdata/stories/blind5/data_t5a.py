# Tuning set, part A. Item tuple: (kind, source, "day HH:MM" UTC, title, summary[, opts])
# opts: {"of": i} reference item for "=" title/summary, {"nodl": True} strip dateline,
#       {"sub": [(old, new)]} edits, {"link": i} share item i's link (syndicated copy).
STORIES = []


def story(label, cat, *items):
    STORIES.append((label, cat, list(items)))


story("t5:quake-crete", "world",
    ("brief", "meridian-wire", "1 06:41", "BRIEF-Quake of magnitude 5.8 strikes off Crete - EMSC",
     "June 1 (Meridian) - The European-Mediterranean Seismological Centre said an earthquake of magnitude 5.8 struck at a depth of 10 km about 40 km south of Ierapetra on the Greek island of Crete."),
    ("original", "meridian-wire", "1 06:58", "Strong earthquake hits off Crete, buildings damaged",
     "HERAKLION, Greece, June 1 (Meridian) - A magnitude 5.8 earthquake struck off the southern coast of Crete early on Monday, damaging several older buildings in the town of Ierapetra and injuring at least six people, Greek fire service officials said."),
    ("update", "meridian-wire", "1 10:15", "UPDATE 1-Crete quake injures 11, damages church and school",
     "HERAKLION, Greece, June 1 (Meridian) - The number of people hurt in Monday's magnitude 5.8 earthquake off Crete rose to 11, Greek civil protection said, as engineers inspected a damaged school and a 19th-century church in Ierapetra."),
    ("cut", "northgate-times", "1 11:05", "Crete tremor: eleven hurt as island counts the damage",
     "Eleven people were hurt when a tremor measuring 5.8 struck off Crete on Monday, damaging a school and a 19th-century church in Ierapetra, where engineers spent the morning checking older houses for cracks before …"),
    ("update", "meridian-wire", "1 15:40", "UPDATE 2-Greece declares emergency in Crete town after quake; aftershocks rattle island",
     "HERAKLION, June 1 (Meridian) - Greece declared a state of emergency in the Ierapetra municipality on Monday after a magnitude 5.8 earthquake injured 11 people, as more than 40 aftershocks, the strongest of magnitude 4.2, shook eastern Crete."),
    ("regional", "westcountry-echo", "2 06:10", "Crete earthquake: what holidaymakers need to know",
     "A 5.8-magnitude quake struck off Crete on Monday, injuring 11 people in Ierapetra, where an emergency has been declared. The Foreign Office has not changed its travel advice and Heraklion and Chania airports are operating normally."),
    ("translation", "dna-agentur", "1 07:45", "Erdbeben der Stärke 5,8 erschüttert Kreta",
     "Heraklion (dna) - Ein Erdbeben der Stärke 5,8 hat am Montagmorgen die Südküste der griechischen Insel Kreta erschüttert. In der Kleinstadt Ierapetra wurden nach Angaben der Feuerwehr mindestens sechs Menschen leicht verletzt."),
    ("update", "dna-agentur", "1 16:05", "ZUSAMMENFASSUNG: Notstand in Ierapetra nach Beben auf Kreta",
     "Athen (dna) - Nach dem Erdbeben der Stärke 5,8 vor Kreta hat die griechische Regierung für die Gemeinde Ierapetra den Notstand ausgerufen. Elf Menschen wurden verletzt, mehr als 40 Nachbeben erschütterten den Osten der Insel."),
)

story("t5:quake-mugla", "world",
    ("lookalike", "haber-ajansi-tr", "2 04:12", "Muğla'da 4,9 büyüklüğünde deprem",
     "AFAD, Muğla'nın Datça ilçesi açıklarında saat 07.09'da 4,9 büyüklüğünde bir deprem meydana geldiğini duyurdu. Deprem Marmaris ve Bodrum'da da hissedildi; ilk belirlemelere göre can kaybı ya da yaralı bulunmuyor."),
    ("rewrite", "bosfor-haber", "2 04:40", "Datça açıklarında korkutan sarsıntı: Bodrum'da da hissedildi",
     "Muğla'nın Datça ilçesi açıklarında sabah saatlerinde 4,9 büyüklüğünde deprem oldu. Muğla Valiliği, herhangi bir olumsuz durum bildirilmediğini açıkladı. Sarsıntı Marmaris, Bodrum ve Yunanistan'ın Rodos adasında da hissedildi."),
    ("lookalike", "meridian-wire", "2 05:05", "Magnitude 4.9 quake shakes southwest Turkey, no damage reported",
     "ANKARA, June 2 (Meridian) - An earthquake of magnitude 4.9 struck off Datca in Turkey's Mugla province on Tuesday, disaster agency AFAD said. It was felt on the Greek island of Rhodes. No damage or injuries were reported."),
)

story("t5:crete-quake-costs", "world",
    ("lookalike", "northgate-times", "3 09:30", "Crete puts quake damage at €12m as schools reopen",
     "Schools in Ierapetra reopened on Wednesday, two days after the magnitude 5.8 earthquake off Crete, as regional officials put the cost of repairs at €12m and said 37 homes had been declared unsafe to live in."),
)

story("t5:metro-paris-strike", "transport",
    ("original", "quotidien-paris-fr", "1 05:30", "Grève à la RATP : la ligne 14 et le RER B fortement perturbés ce lundi",
     "Le trafic est très perturbé ce lundi sur la ligne 14 du métro et sur le RER B, à l'appel de trois syndicats de la RATP qui protestent contre la réorganisation des équipes de maintenance. Un train sur trois circule aux heures de pointe."),
    ("copy", "metropole-info-fr", "1 05:45", "=", "=", {"of": 0, "link": 0}),
    ("regional", "la-voix-francilienne", "1 06:15", "Grève RATP : ce qu'il faut savoir pour vos trajets ce lundi",
     "Ligne 14 : trafic très réduit, un train sur trois aux heures de pointe. RER B : un train sur trois, interconnexion suspendue à Gare du Nord. Les autres lignes de métro fonctionnent normalement, précise la RATP."),
    ("update", "afi-depeches", "1 13:20", "MISE À JOUR 1 - Grève RATP : le mouvement reconduit mardi sur la ligne 14",
     "Paris (AFI) - Les syndicats de la RATP ont voté lundi la reconduction de la grève mardi sur la ligne 14 et le RER B, après l'échec d'une réunion avec la direction sur la réorganisation de la maintenance, selon des sources syndicales."),
    ("translation", "meridian-wire", "1 07:20", "Paris metro line 14, RER B disrupted by maintenance strike",
     "PARIS, June 1 (Meridian) - Commuters in Paris faced heavy disruption on Monday as a strike by maintenance staff at transport operator RATP cut services on metro line 14 and the RER B line to one train in three at peak times."),
    ("copy", "daily-ledger-us", "1 08:10", "Strike snarls Paris metro and airport rail link", "=", {"of": 4, "nodl": True}),
)

story("t5:tram-lyon-strike", "transport",
    ("lookalike", "le-courrier-du-rhone", "2 05:20", "Grève TCL : trams et métro perturbés à Lyon ce mardi",
     "Le réseau TCL est fortement perturbé ce mardi à Lyon : un tram sur deux circule sur les lignes T1 à T4 et le métro B ferme dès 20 heures, à l'appel de la CGT, qui conteste les nouveaux plannings des conducteurs."),
    ("copy", "afi-depeches", "2 08:40", "Lyon : grève sur le réseau TCL, le métro B fermé en soirée",
     "=", {"of": 0}),
)

story("t5:nbp-rate-cut", "markets",
    ("brief", "meridian-wire", "3 12:02", "BRIEF-Poland's central bank cuts reference rate to 4.75%",
     "WARSAW, June 3 (Meridian) - The National Bank of Poland cut its reference interest rate by 25 basis points to 4.75% on Wednesday, the bank said in a statement after the monetary policy council's meeting."),
    ("original", "agencja-pan", "3 12:05", "RPP obniżyła stopy procentowe o 25 pkt bazowych",
     "Warszawa (PAN) - Rada Polityki Pieniężnej obniżyła w środę stopę referencyjną NBP o 25 punktów bazowych, do 4,75 proc. – poinformował Narodowy Bank Polski w komunikacie. Decyzja była zgodna z oczekiwaniami większości ekonomistów."),
    ("translation", "meridian-wire", "3 12:10", "Poland's central bank cuts rates by 25 bps, more easing seen",
     "WARSAW, June 3 (Meridian) - Poland's central bank cut its main interest rate by 25 basis points to 4.75% on Wednesday, as most economists had expected, after inflation eased to 3.1% in May. Analysts see one more cut this year."),
    ("copy", "finwire-markets", "3 12:45", "NBP trims reference rate to 4.75%; zloty little moved",
     "=", {"of": 2, "nodl": True}),
    ("cut", "kurier-slaski-pl", "3 14:00", "RPP tnie stopy. To druga obniżka w tym roku",
     "Rada Polityki Pieniężnej obniżyła w środę stopę referencyjną NBP o 25 punktów bazowych, do 4,75 proc. Decyzja była zgodna z oczekiwaniami większości ekonomistów, którzy […]"),
    ("update", "meridian-wire", "3 15:30", "UPDATE 1-Poland cuts rates, zloty steady as central bank hints at pause",
     "WARSAW, June 3 (Meridian) - The National Bank of Poland lowered its reference rate to 4.75% on Wednesday and signalled that policymakers may pause in July to assess wage growth, leaving the zloty little changed at 4.27 per euro."),
)

story("t5:cnb-hold", "markets",
    ("lookalike", "cesky-zpravodaj", "3 12:35", "ČNB ponechala úrokové sazby beze změny",
     "Praha (ČZ) - Bankovní rada České národní banky ve středu ponechala základní dvoutýdenní repo sazbu na 3,25 procenta. Pro zachování sazeb hlasovalo pět ze sedmi členů rady, dva navrhovali snížení o čtvrt procentního bodu."),
    ("lookalike", "meridian-wire", "3 12:50", "Czech central bank keeps rates at 3.25%, two members vote for cut",
     "PRAGUE, June 3 (Meridian) - The Czech National Bank held its main two-week repo rate at 3.25% on Wednesday in a 5-2 vote, with two board members favouring a 25-basis-point cut, the bank said in a statement."),
    ("rewrite", "prazsky-denik-cz", "3 13:05", "Hypotéky levnější nebudou. Centrální banka sazby nezměnila",
     "Česká národní banka nechala ve středu úrokové sazby na současné úrovni, základní sazba zůstává na 3,25 procenta. Podle analytiků se výrazného zlevnění hypoték v létě nedá čekat, centrální banka varuje před rychlým růstem cen služeb."),
)

story("t5:halvorsen-kestrel", "business",
    ("brief", "meridian-wire", "1 05:58", "BRIEF-Halvorsen Maritime says agrees to acquire Kestrel Logistics",
     "June 1 (Meridian) - Halvorsen Maritime ASA: * Says agreed to acquire Kestrel Logistics B.V. for an enterprise value of EUR 340 million * Says deal expected to close in Q4 2026 * Says to be funded from cash and existing facilities"),
    ("original", "meridian-wire", "1 06:05", "Halvorsen Maritime to buy Kestrel Logistics for 340 million euros",
     "OSLO, June 1 (Meridian) - Norwegian shipping group Halvorsen Maritime agreed to buy Dutch freight forwarder Kestrel Logistics for 340 million euros ($386 million) in cash, it said on Monday, expanding its warehousing network in northern Europe."),
    ("copy", "tickerline-markets", "1 06:20", "=", "=", {"of": 1, "link": 1}),
    ("rewrite", "finwire-markets", "1 07:15", "Halvorsen bets €340m on warehousing with Kestrel deal",
     "Halvorsen Maritime is paying €340m for Rotterdam-based Kestrel Logistics, its largest acquisition in a decade. The Oslo-listed group said the purchase would add 22 warehouses and lift annual revenue by about a fifth; its shares rose 4% in early trade."),
    ("update", "meridian-wire", "1 11:40", "UPDATE 1-Halvorsen shares jump on Kestrel deal, CEO eyes more acquisitions",
     "OSLO, June 1 (Meridian) - Shares in Halvorsen Maritime rose 6.2% on Monday after the Norwegian shipper agreed to buy Kestrel Logistics for 340 million euros, with its chief executive saying the group could make further bolt-on deals in Germany."),
)

story("t5:brennick-ostwind", "business",
    ("lookalike", "meridian-wire", "2 06:30", "Brennick Shipping bids 410 million euros for Germany's Ostwind Logistik",
     "COPENHAGEN, June 2 (Meridian) - Danish shipping group Brennick Shipping offered 410 million euros in cash for German freight forwarder Ostwind Logistik on Tuesday, a day after rival Halvorsen Maritime agreed to buy Kestrel Logistics."),
    ("translation", "wirtschaftsblick-de", "2 08:15", "Brennick will Ostwind Logistik für 410 Millionen Euro kaufen",
     "Die dänische Reederei Brennick Shipping bietet 410 Millionen Euro für den Bremer Spediteur Ostwind Logistik. Der Vorstand von Ostwind prüft das Angebot. Erst am Montag hatte Konkurrent Halvorsen die Übernahme von Kestrel angekündigt."),
)

story("t5:fire-marseille", "local",
    ("original", "le-phare-de-provence", "2 12:10", "Incendie aux portes de Marseille : 300 hectares brûlés, l'A55 coupée",
     "Un incendie s'est déclaré mardi en fin de matinée dans le massif de l'Estaque, au nord de Marseille, et a déjà parcouru 300 hectares. L'autoroute A55 est coupée dans les deux sens et 450 pompiers sont mobilisés, selon les marins-pompiers."),
    ("translation", "meridian-wire", "2 13:05", "Wildfire near Marseille forces motorway closure",
     "MARSEILLE, France, June 2 (Meridian) - A wildfire fanned by strong mistral winds burned 300 hectares of scrubland north of Marseille on Tuesday, forcing the closure of the A55 motorway, the fire service said. Some 450 firefighters were deployed."),
    ("update", "afi-depeches", "2 16:30", "MISE À JOUR 2 - Feu de l'Estaque : 700 hectares parcourus, des habitations évacuées",
     "Marseille (AFI) - Le feu qui ravage le massif de l'Estaque depuis mardi matin a parcouru 700 hectares et entraîné l'évacuation de 1.200 habitants des quartiers nord de Marseille et des Pennes-Mirabeau, selon la préfecture. Huit pompiers ont été légèrement blessés."),
    ("update", "meridian-wire", "2 17:20", "UPDATE 1-Marseille wildfire forces evacuation of 1,200 residents",
     "MARSEILLE, France, June 2 (Meridian) - A wildfire north of Marseille has burned 700 hectares and forced 1,200 residents to leave their homes, authorities said on Tuesday evening, as water bombers battled flames fanned by the mistral. Eight firefighters were lightly injured."),
    ("copy", "daily-ledger-us", "2 17:50", "France: 1,200 evacuated as wildfire rages near Marseille", "=", {"of": 3, "nodl": True}),
    ("cut", "metropole-info-fr", "2 18:10", "Marseille : 1 200 habitants évacués, le feu de l'Estaque toujours pas fixé",
     "Le feu qui ravage le massif de l'Estaque depuis mardi matin a parcouru 700 hectares et entraîné l'évacuation de 1 200 habitants des quartiers nord de Marseille et des Pennes-Mirabeau, selon […]"),
    ("regional", "echo-du-var", "3 06:30", "Incendie de l'Estaque : routes et trains coupés, ce qu'il faut savoir ce mercredi",
     "Après l'incendie qui a parcouru 700 hectares mardi au nord de Marseille, l'A55 reste fermée entre Marseille et Martigues et la ligne TER Marseille–Miramas est interrompue. 1.200 habitants avaient été évacués."),
)

story("t5:fire-catalonia", "local",
    ("lookalike", "cronica-mediterranea-es", "2 14:20", "Un incendio forestal en la Ribera d'Ebre obliga a desalojar a 200 vecinos",
     "Un incendio forestal declarado este martes en la comarca de la Ribera d'Ebre, en Tarragona, ha quemado ya unas 500 hectáreas y ha obligado a desalojar a 200 vecinos de Flix, según los Bombers de la Generalitat."),
    ("update", "agencia-efa", "2 20:10", "ACTUALIZA: El incendio de la Ribera d'Ebre, estabilizado tras arrasar 850 hectáreas",
     "Tarragona (EFA).- El incendio forestal de la Ribera d'Ebre ha quedado estabilizado esta noche tras quemar 850 hectáreas, y los 200 vecinos desalojados de Flix podrán volver a sus casas, ha informado Protección Civil de Cataluña."),
)

story("t5:berlin-rent", "politics",
    ("original", "spreekurier-de", "2 10:30", "Berliner Senat verlängert Mietpreisbremse bis 2030",
     "Der Berliner Senat hat am Dienstag beschlossen, die Mietpreisbremse für das gesamte Stadtgebiet bis Ende 2030 zu verlängern. Bei Wiedervermietungen darf die Miete damit weiterhin höchstens zehn Prozent über der ortsüblichen Vergleichsmiete liegen."),
    ("rewrite", "dna-agentur", "2 12:00", "Berlin hält an Mietpreis-Bremse fest – Eigentümer kritisieren Senat",
     "Berlin (dna) - Die Mietpreisbremse bleibt in der Hauptstadt bis 2030 in Kraft. Das hat der Senat am Dienstag entschieden. Der Eigentümerverband Berliner Grund kritisierte die Entscheidung als &bdquo;Investitionsbremse&ldquo;, der Mieterverein begrüßte sie."),
    ("regional", "berlin-live-de", "3 07:00", "Mieten in Berlin: Was die verlängerte Mietpreisbremse für Sie bedeutet",
     "Die Mietpreisbremse gilt in ganz Berlin bis Ende 2030, so hat es der Senat am Dienstag beschlossen. Für Mieter heißt das: Bei einem neuen Vertrag darf die Miete höchstens zehn Prozent über der Vergleichsmiete liegen."),
    ("translation", "eurobrief", "2 13:00", "Berlin extends rent brake until 2030",
     "Berlin's city government on Tuesday extended the German capital's rent brake until the end of 2030, meaning rents for new tenancies can be set no more than 10% above the local reference rent. Landlords' groups criticised the decision."),
)

story("t5:hamburg-signal", "transport",
    ("original", "hansezeitung-de", "1 05:40", "Stellwerksstörung am Hamburger Hauptbahnhof: Massive Verspätungen",
     "Wegen einer Stellwerksstörung am Hamburger Hauptbahnhof kommt es seit dem frühen Montagmorgen zu massiven Verspätungen und Zugausfällen im Fern- und Regionalverkehr. Betroffen sind auch die S-Bahn-Linien S3 und S5, teilt die Deutsche Bahn mit."),
    ("regional", "norddeutsche-rundschau", "1 06:20", "Bahnchaos in Hamburg: Was Pendler jetzt wissen müssen",
     "Stellwerk gestört: Am Hauptbahnhof fallen Fern- und Regionalzüge aus, die S3 und S5 fahren nur im 20-Minuten-Takt. Die Bahn empfiehlt, auf die U-Bahn auszuweichen. Fernverkehrstickets können flexibel genutzt werden."),
    ("cut", "spreekurier-de", "1 07:30", "Hamburg: Stellwerks-Störung legt Bahnknoten lahm",
     "Wegen einer Stellwerksstörung am Hamburger Hauptbahnhof kommt es seit dem frühen Montagmorgen zu massiven Verspätungen und Zugausfällen im Fern- und […]"),
    ("update", "dna-agentur", "1 09:45", "ROUNDUP: Stellwerk in Hamburg wieder in Betrieb – Verspätungen bis zum Abend",
     "Hamburg (dna) - Nach der Stellwerksstörung am Hamburger Hauptbahnhof rollt der Zugverkehr seit 9.30 Uhr wieder an. Nach Angaben der Bahn war ein defektes Kabel die Ursache. Reisende müssen sich bis zum Abend auf Verspätungen einstellen."),
    ("translation", "meridian-wire", "1 06:50", "Signal failure halts trains at Hamburg main station",
     "HAMBURG, June 1 (Meridian) - A signal box failure at Hamburg's main railway station disrupted long-distance, regional and suburban trains on Monday morning, Deutsche Bahn said, causing cancellations on routes to Berlin, Hanover and Copenhagen."),
)

story("t5:cologne-signal", "transport",
    ("lookalike", "rheinblatt-de", "2 05:50", "Stellwerksstörung in Köln: Züge zwischen Köln und Düsseldorf fallen aus",
     "Eine Stellwerksstörung in Köln-Mülheim sorgt seit Dienstagmorgen für Zugausfälle zwischen Köln und Düsseldorf. Betroffen sind der RE1, der RE5 und die S6, zudem werden ICE-Züge umgeleitet, teilt die Deutsche Bahn mit."),
)

story("t5:spb-warehouse-fire", "local",
    ("original", "agentstvo-sever", "1 08:10", "В Петербурге горит складской комплекс на площади 2 тыс. кв. м",
     "Пожар на складе в Невском районе Санкт-Петербурга охватил площадь 2 тыс. квадратных метров, ему присвоен повышенный номер сложности, сообщили в ГУ МЧС по городу. Пострадавших нет, на месте работают более 80 человек."),
    ("rewrite", "vestnik-neva-ru", "1 08:40", "Крупное возгорание на складе в Невском районе: огонь охватил 2000 «квадратов»",
     "На юго-востоке Петербурга загорелся склад стройматериалов на улице Дыбенко. Возгорание распространилось на 2000 квадратных метров, в небо поднялся столб чёрного дыма, видный из разных районов города. По данным МЧС, людей успели эвакуировать."),
    ("update", "agentstvo-sever", "1 11:30", "Пожар на складе в Петербурге локализован на площади 4 тыс. кв. м",
     "Пожар на складском комплексе в Невском районе Санкт-Петербурга локализован на площади 4 тыс. квадратных метров, сообщили в МЧС. Возгорание тушили более 100 пожарных, пострадавших нет. Причины пожара устанавливаются."),
    ("cut", "lenta-vostok", "1 12:15", "Огонь на складе в Петербурге локализовали",
     "Пожар на складском комплексе в Невском районе Санкт-Петербурга локализован на площади 4 тыс. квадратных метров, сообщили в МЧС. Возгорание тушили более 100 […]"),
)

story("t5:novosibirsk-market-fire", "local",
    ("lookalike", "sibir-info", "2 03:20", "В Новосибирске загорелся рынок на площади 1,5 тыс. кв. м",
     "В Новосибирске произошёл пожар на вещевом рынке на улице Хилокской. Огонь охватил 1,5 тыс. квадратных метров, из здания эвакуировали около 60 человек, пострадавших нет, сообщили в региональном управлении МЧС."),
)

story("t5:odesa-flood", "weather",
    ("original", "natsagentstvo-ua", "2 06:15", "Злива в Одесі: затоплено вулиці, зупинено рух трамваїв",
     "Потужна злива, що пройшла в Одесі у вівторок вранці, затопила низку вулиць у центрі міста та на Пересипі. Рух трамваїв на трьох маршрутах тимчасово зупинено, повідомили в міській раді. За кілька годин випала місячна норма опадів."),
    ("copy", "pivden-info-ua", "2 07:20", "В Одесі через зливу зупинилися трамваї", "="),
    ("update", "natsagentstvo-ua", "2 11:00", "Наслідки зливи в Одесі: підтоплено понад 40 будинків, трамваї відновили рух",
     "В Одесі після ранкової зливи підтоплено понад 40 житлових будинків і 12 підвалів, повідомили в ДСНС. Рух трамваїв на всіх маршрутах відновлено. Міська рада обіцяє допомогу постраждалим мешканцям."),
    ("regional", "pivden-info-ua", "3 05:40", "Злива в Одесі: що потрібно знати мешканцям підтоплених будинків",
     "Після вівторкової зливи в Одесі, яка підтопила понад 40 будинків і зупинила трамваї на трьох маршрутах, мешканці можуть звернутися по допомогу до районних адміністрацій. Трамваї вже курсують за звичайним графіком."),
    ("translation", "meridian-wire", "2 09:30", "Downpour floods streets in Ukraine's Odesa, halts trams",
     "KYIV, June 2 (Meridian) - A downpour flooded streets in central Odesa and the Peresyp district on Tuesday, halting trams on three routes, city authorities said. Almost a month's worth of rain fell within a few hours."),
    ("rewrite", "kyivskyi-visnyk", "2 07:00", "Одесу накрила негода: вулиці перетворилися на річки",
     "Через зливу в Одесі у вівторок затопило вулиці Пересипу та центру. За даними міськради, за три години випало 60 мм опадів — майже місячна норма. Три трамвайні маршрути не курсують, рятувальники відкачують воду з підвалів."),
)

story("t5:warsaw-bridge", "transport",
    ("original", "gazeta-wislana-pl", "1 10:40", "Most Łazienkowski zamknięty. Inspektorzy wykryli pęknięcie",
     "Most Łazienkowski w Warszawie został w poniedziałek zamknięty dla ruchu samochodowego po tym, jak podczas rutynowej kontroli inspektorzy wykryli pęknięcie jednej z belek nośnych. Tramwaje i autobusy jeżdżą objazdami – przekazał ratusz."),
    ("rewrite", "agencja-pan", "1 11:20", "Pęknięcie na moście Łazienkowskim. Przeprawa zamknięta do odwołania",
     "Warszawa (PAN) - Przeprawa przez Wisłę na moście Łazienkowskim jest zamknięta do odwołania. Zarząd Dróg Miejskich poinformował, że na jednej z belek wykryto pęknięcie długości ok. 40 cm. Ekspertyza potrwa co najmniej tydzień."),
    ("regional", "stolica-info-pl", "1 14:00", "Zamknięty most Łazienkowski. Jak ominąć korki? Objazdy i zmiany w komunikacji",
     "Od poniedziałku przez most Łazienkowski nie przejedziemy. Kierowcy powinni korzystać z mostu Poniatowskiego i Siekierkowskiego. Tramwaje linii 9 i 24 skierowano na objazd, a autobusy 141 i 187 jeżdżą zmienioną trasą."),
    ("update", "agencja-pan", "1 17:30", "Most Łazienkowski zamknięty co najmniej do końca czerwca",
     "Warszawa (PAN) - Most Łazienkowski pozostanie zamknięty co najmniej do końca czerwca – poinformował w poniedziałek wieczorem stołeczny ratusz. Pęknięcie belki nośnej okazało się dłuższe, niż początkowo szacowano, i ma 70 cm."),
)

story("t5:prague-airport-outage", "transport",
    ("original", "cesky-zpravodaj", "2 06:30", "Výpadek systému na pražském letišti: lety mají zpoždění",
     "Praha (ČZ) - Kvůli výpadku odbavovacího systému mají od úterního rána zpoždění desítky letů z pražského Letiště Václava Havla. Cestující čekají ve frontách u přepážek v Terminálu 1 i 2, řekla mluvčí letiště. Příčina poruchy se zjišťuje."),
    ("copy", "brnensky-kuryr", "2 07:00", "Na ruzyňském letišti selhal systém, lety nabírají zpoždění", "=", {"nodl": True}),
    ("brief", "meridian-wire", "2 07:40", "BRIEF-Prague airport says check-in system outage delays flights",
     "PRAGUE, June 2 (Meridian) - Prague's Vaclav Havel Airport said on Tuesday an outage of its check-in system was delaying dozens of departures, and advised passengers to check in online where possible."),
    ("update", "cesky-zpravodaj", "2 10:20", "AKTUALIZACE: Systém na letišti v Praze opět funguje, zpoždění přetrvávají",
     "Praha (ČZ) - Odbavovací systém na Letišti Václava Havla v Praze po téměř čtyřech hodinách opět funguje. Zpoždění mělo 63 letů, dva byly zrušeny. Podle letiště šlo o chybnou aktualizaci softwaru externího dodavatele."),
)

story("t5:vienna-airport-outage", "transport",
    ("lookalike", "alpenpost-at", "3 06:10", "Systemausfall am Flughafen Wien: Lange Schlangen beim Check-in",
     "Ein Ausfall des Check-in-Systems sorgt am Mittwochmorgen am Flughafen Wien-Schwechat für lange Warteschlangen. Rund 30 Abflüge sind verspätet, teilte der Flughafen mit. Passagiere sollen mindestens drei Stunden vor Abflug am Terminal sein."),
    ("lookalike", "meridian-wire", "3 07:15", "BRIEF-Vienna airport says check-in outage delays about 30 flights",
     "VIENNA, June 3 (Meridian) - Vienna airport said on Wednesday a failure of its check-in system was delaying around 30 departures, a day after a similar outage disrupted flights at Prague airport."),
)

story("t5:spain-unemployment", "business",
    ("original", "agencia-efa", "2 07:05", "El paro baja en 48.210 personas en mayo y se sitúa en 2,35 millones",
     "Madrid (EFA).- El número de parados registrados en las oficinas de los servicios públicos de empleo bajó en mayo en 48.210 personas respecto a abril, hasta un total de 2.351.640 desempleados, según los datos publicados este martes por el Ministerio de Trabajo."),
    ("rewrite", "diario-meseta-es", "2 07:40", "Mayo deja 48.210 parados menos y la afiliación marca un nuevo récord",
     "El desempleo registrado cayó en 48.210 personas en mayo, su mejor dato para este mes en tres años, mientras la Seguridad Social sumó 215.300 afiliados medios hasta superar los 22,1 millones de cotizantes, un máximo histórico."),
    ("regional", "voz-de-levante", "2 10:30", "El paro baja en mayo: así queda en la Comunitat Valenciana",
     "El paro registrado bajó en mayo en 48.210 personas en toda España, hasta 2.351.640 desempleados. La Comunitat Valenciana contribuyó con unos 6.100 parados menos, según los datos del Ministerio de Trabajo publicados este martes."),
    ("translation", "meridian-wire", "2 07:15", "Spain's registered unemployment falls by 48,210 in May",
     "MADRID, June 2 (Meridian) - The number of people registered as unemployed in Spain fell by 48,210 in May from April to 2.35 million, the labour ministry said on Tuesday, while social security enrolment reached a record of over 22.1 million."),
    ("copy", "tickerline-markets", "2 07:25", "=", "=", {"of": 3, "link": 3}),
)

story("t5:portugal-unemployment", "business",
    ("lookalike", "agencia-lusofona", "3 10:05", "Taxa de desemprego desce para 6,3% em abril, estima o INE",
     "Lisboa (Lusófona) - A taxa de desemprego em Portugal desceu para 6,3% em abril, menos 0,2 pontos percentuais do que em março, segundo as estimativas provisórias divulgadas esta quarta-feira pelo Instituto Nacional de Estatística (INE)."),
)

story("t5:etna-catania", "transport",
    ("original", "agenzia-ansi", "1 04:50", "Etna, nube di cenere: chiuso l'aeroporto di Catania",
     "Catania (ANSI) - Una nuova fase eruttiva dell'Etna, con fontana di lava dal cratere di Sud-Est e un'alta nube di cenere, ha portato alla chiusura dell'aeroporto di Catania Fontanarossa. Lo ha comunicato la società di gestione dello scalo."),
    ("translation", "meridian-wire", "1 06:30", "Etna eruption shuts Sicily's Catania airport",
     "ROME, June 1 (Meridian) - Sicily's Catania airport was closed on Monday after Mount Etna, Europe's most active volcano, spewed lava fountains and a tall cloud of ash, the airport operator said. Incoming flights were diverted to Palermo."),
    ("copy", "daily-ledger-us", "1 07:00", "Mount Etna erupts, grounding flights in Sicily", "=", {"of": 1, "nodl": True}),
    ("update", "agenzia-ansi", "1 11:30", "AGGIORNAMENTO - Etna, riapre parzialmente l'aeroporto di Catania",
     "Catania (ANSI) - L'aeroporto di Catania ha riaperto parzialmente alle 13, con un arrivo e una partenza all'ora, dopo la chiusura dovuta alla nube di cenere dell'Etna. Cancellati finora 46 voli, secondo l'unità di crisi."),
    ("regional", "sicilia-oggi-it", "1 16:00", "Aeroporto di Catania, cosa sapere se hai un volo: rimborsi e orari",
     "Dopo la chiusura di Fontanarossa per la cenere dell'Etna, lo scalo opera a capacità ridotta. I passeggeri dei 46 voli cancellati hanno diritto a riprotezione o rimborso: ecco come richiederli alle compagnie."),
)

story("t5:stromboli-blast", "science",
    ("lookalike", "agenzia-ansi", "2 13:15", "Stromboli, forte esplosione al cratere: evacuati gli escursionisti",
     "Stromboli (ANSI) - Una forte esplosione si è verificata nel primo pomeriggio al cratere di Stromboli, con lancio di materiale lungo la Sciara del Fuoco. La Protezione civile ha fatto scendere circa 70 escursionisti, nessun ferito."),
)

story("t5:turin-veltronic-strike", "business",
    ("original", "corriere-padano-it", "3 05:30", "Veltronic, sciopero di otto ore a Grugliasco contro 600 esuberi",
     "Sciopero di otto ore oggi allo stabilimento Veltronic di Grugliasco, alle porte di Torino, dove l'azienda di componenti elettronici ha annunciato 600 esuberi su 1.900 dipendenti. Presidio davanti ai cancelli dalle 6 del mattino."),
    ("rewrite", "agenzia-ansi", "3 09:10", "Torino, adesione al 90% allo sciopero Veltronic",
     "Torino (ANSI) - Adesione vicina al 90 per cento, secondo i sindacati, allo sciopero di otto ore proclamato nello stabilimento Veltronic di Grugliasco contro il piano che prevede 600 esuberi. Corteo dei lavoratori fino al municipio."),
    ("update", "agenzia-ansi", "3 15:20", "AGGIORNAMENTO - Veltronic, la Regione convoca azienda e sindacati",
     "Torino (ANSI) - Dopo lo sciopero di otto ore a Grugliasco contro i 600 esuberi annunciati da Veltronic, la Regione Piemonte ha convocato azienda e sindacati per un tavolo la prossima settimana. Adesione al 90 per cento."),
)

story("t5:rotterdam-cyber", "tech",
    ("original", "nieuwsbureau-nnb", "1 09:20", "Cyberaanval legt containerterminal op Maasvlakte stil",
     "Een containerterminal van Maasvlakte Container Services in de Rotterdamse haven ligt sinds maandagochtend stil door een cyberaanval. Vrachtwagens kunnen geen containers ophalen of afleveren, meldt het bedrijf. Het Havenbedrijf spreekt van een ernstige verstoring."),
    ("copy", "dagblad-delta-nl", "1 10:30", "Terminal Maasvlakte plat na cyberaanval", "="),
    ("translation", "meridian-wire", "1 11:10", "Cyberattack halts container terminal at Rotterdam port",
     "AMSTERDAM, June 1 (Meridian) - A cyberattack has halted operations at a container terminal run by Maasvlakte Container Services in the port of Rotterdam, Europe's largest, the company said on Monday, leaving hundreds of trucks queuing."),
    ("update", "nieuwsbureau-nnb", "1 18:40", "Containerterminal Maasvlakte deels weer open na cyberaanval",
     "De containerterminal van Maasvlakte Container Services in de Rotterdamse haven is maandagavond gedeeltelijk weer in gebruik genomen, bijna tien uur na de cyberaanval. Ongeveer 3.000 containers lopen vertraging op, zegt het bedrijf."),
    ("update", "meridian-wire", "1 19:05", "UPDATE 1-Rotterdam terminal partly restarts after cyberattack; 3,000 boxes delayed",
     "AMSTERDAM, June 1 (Meridian) - Maasvlakte Container Services partly restarted its Rotterdam terminal on Monday evening, nearly ten hours after a cyberattack forced it to shut down, and said about 3,000 containers had been delayed."),
)

story("t5:amsterdam-tourist-tax", "politics",
    ("original", "amstel-courant", "3 08:30", "Amsterdam verhoogt toeristenbelasting naar 14,5 procent",
     "De Amsterdamse gemeenteraad heeft woensdag ingestemd met een verhoging van de toeristenbelasting van 12,5 naar 14,5 procent van de overnachtingsprijs. De maatregel gaat in op 1 januari en moet jaarlijks zo'n 60 miljoen euro extra opleveren."),
    ("copy", "dagblad-delta-nl", "3 09:15", "Overnachten in Amsterdam weer duurder: raad stemt in met hogere toeristenbelasting",
     "=", {"of": 0}),
    ("translation", "northgate-times", "3 11:00", "Amsterdam raises tourist tax to 14.5%, the highest in Europe",
     "Amsterdam city council has voted to raise the tourist tax on overnight stays from 12.5% to 14.5% of the room price from January, in an attempt to curb visitor numbers. The city expects an extra €60m a year."),
)

story("t5:sv-cable-theft", "transport",
    ("original", "nordbyran-se", "2 04:45", "Kabelstöld stoppar tågen mellan Stockholm och Uppsala",
     "Tågtrafiken mellan Stockholm och Uppsala är helt stoppad sedan tidigt på tisdagsmorgonen efter en kabelstöld vid Märsta. Trafikverket räknar med att felet är åtgärdat tidigast vid lunch. Ersättningsbussar sätts in, men inte i full omfattning."),
    ("regional", "uppsala-tidning", "2 05:30", "Tågkaos för pendlarna: det här gäller om du ska till Stockholm i dag",
     "Inga tåg går mellan Uppsala och Stockholm efter en kabelstöld vid Märsta. Ersättningsbussar avgår från Uppsala centralstation var tjugonde minut. SL-kort och UL-kort gäller på bussarna. Räkna med trafik tidigast vid lunch."),
    ("update", "nordbyran-se", "2 10:50", "Tågen rullar igen mellan Stockholm och Uppsala",
     "Tågtrafiken mellan Stockholm och Uppsala är i gång igen efter kabelstölden vid Märsta, meddelar Trafikverket. Förseningar på upp till 30 minuter väntas under eftermiddagen. Polisen utreder stölden som grov stöld och sabotage."),
)

story("t5:da-cable-theft", "transport",
    ("lookalike", "fyns-posten", "3 05:15", "Kabeltyveri ved Odense stopper togene over Fyn",
     "Der kører ingen tog mellem Odense og Middelfart onsdag morgen, efter at tyve har stjålet kobberkabler ved Holmstrup. Banedanmark forventer, at trafikken er genoprettet i løbet af formiddagen. DSB indsætter togbusser."),
)

story("t5:cph-metro-power", "transport",
    ("original", "kobenhavns-avis", "1 14:10", "Strømsvigt lammer metroen i København",
     "Metroen i København holder stille på alle fire linjer efter et strømsvigt mandag eftermiddag. Passagerer er blevet evakueret fra tog, der holdt mellem stationerne, oplyser Metroselskabet. Der er ingen meldinger om tilskadekomne."),
    ("brief", "dansk-telegram", "1 14:02", "Hele metroen i København står stille",
     "København (DT) - Alle metrolinjer i København er gået i stå mandag eftermiddag på grund af et strømsvigt, oplyser Metroselskabet. Passagerer opfordres til at tage bus eller S-tog i stedet."),
    ("update", "dansk-telegram", "1 16:45", "Metroen kører igen efter to timers strømsvigt",
     "København (DT) - Metroen i København kører igen på alle linjer efter godt to timers stop. Strømsvigtet skyldtes en fejl i en transformerstation ved Ørestad, oplyser Metroselskabet, der undskylder over for de berørte passagerer."),
    ("translation", "britcast-news", "1 15:20", "Copenhagen metro halted by power failure",
     "All four lines of Copenhagen's driverless metro stopped on Monday afternoon after a power failure, and passengers were led through tunnels to the nearest stations, operator Metroselskabet said. No injuries were reported."),
)

story("t5:bosphorus-ferry", "transport",
    ("original", "bosfor-haber", "1 16:35", "Kadıköy'de vapur iskeleye çarptı: 14 yaralı",
     "Karaköy'den Kadıköy'e sefer yapan yolcu vapuru, iskeleye yanaşma sırasında hızla çarptı. İstanbul Valiliği, kazada 14 yolcunun hafif yaralandığını ve hastanelere kaldırıldığını açıkladı. Vapurda yaklaşık 400 yolcu bulunuyordu."),
    ("copy", "ankara-gundem", "1 17:00", "İstanbul'da vapur kazası: 14 kişi yaralandı", "=", {"of": 0}),
    ("update", "haber-ajansi-tr", "1 19:30", "Kadıköy'deki vapur kazasına ilişkin soruşturma başlatıldı",
     "İstanbul (HA) - Kadıköy'de iskeleye çarpan vapurla ilgili Cumhuriyet Başsavcılığı soruşturma başlattı. Kazada yaralanan 14 yolcudan 12'si taburcu edildi. İskele hasar tespiti için geçici olarak seferlere kapatıldı."),
    ("translation", "atlaspress-wire", "1 17:30", "Istanbul ferry slams into pier, injuring 14",
     "ISTANBUL (Atlas Press) — A commuter ferry carrying about 400 passengers slammed into a pier in Istanbul's Kadikoy district on Monday while docking, injuring 14 people, the governor's office said. The cause is under investigation."),
    ("copy", "capital-post", "1 18:10", "Ferry crashes into Istanbul pier; 14 hurt", "=", {"of": 3, "nodl": True}),
)

story("t5:porto-alegre-rain", "weather",
    ("original", "gaucho-diario-br", "2 13:30", "Chuva forte alaga ruas de Porto Alegre e deixa 30 mil sem luz",
     "A chuva forte que atinge Porto Alegre desde a madrugada desta terça-feira alagou ruas do Centro Histórico e da Zona Norte e deixou cerca de 30 mil imóveis sem energia, segundo a concessionária. A Defesa Civil emitiu alerta."),
    ("copy", "agencia-lusofona", "2 15:10", "Brasil: chuva intensa provoca inundações em Porto Alegre", "=", {"of": 0}),
    ("update", "gaucho-diario-br", "2 21:15", "Porto Alegre tem 150 desalojados após temporal; luz volta aos poucos",
     "O temporal desta terça-feira deixou 150 pessoas desalojadas em Porto Alegre, informou a Defesa Civil no início da noite. A energia já foi restabelecida para dois terços dos 30 mil imóveis afetados. Novas chuvas são esperadas."),
    ("translation", "atlaspress-wire", "2 16:00", "Heavy rain floods Brazil's Porto Alegre, 30,000 without power",
     "PORTO ALEGRE, Brazil (Atlas Press) — Torrential rain flooded streets in Porto Alegre on Tuesday, toppling trees and leaving about 30,000 homes and businesses without electricity, civil defense officials said. The city recorded 95 millimeters of rain in six hours."),
)
