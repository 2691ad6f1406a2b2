# Tuning set, part B (see data_t5a.py for the tuple format).
STORIES = []


def story(label, cat, *items):
    STORIES.append((label, cat, list(items)))


story("t5:ema-rsv-norvalis", "health",
    ("brief", "meridian-wire", "1 11:20", "BRIEF-Norvalis Biotech says EMA committee backs Respiguard RSV vaccine",
     "June 1 (Meridian) - Norvalis Biotech SE: * Says CHMP of the European Medicines Agency adopted a positive opinion recommending marketing authorisation of Respiguard RSV vaccine for adults aged 60 and older"),
    ("original", "meridian-wire", "1 11:30", "EU drug regulator backs Norvalis RSV vaccine for older adults",
     "AMSTERDAM, June 1 (Meridian) - The European Medicines Agency's human medicines committee on Monday recommended approval of Norvalis Biotech's respiratory syncytial virus vaccine for adults aged 60 and over, clearing the way for a final decision by the European Commission."),
    ("copy", "newsfeedr-agg", "1 11:45", "=", "=", {"of": 1, "link": 1}),
    ("translation", "dna-agentur", "1 12:40", "EMA empfiehlt Zulassung von RSV-Impfstoff von Norvalis",
     "Amsterdam (dna) - Die Europäische Arzneimittel-Agentur EMA hat die Zulassung des RSV-Impfstoffs Respiguard des Herstellers Norvalis Biotech für Menschen ab 60 Jahren empfohlen. Die endgültige Entscheidung trifft die EU-Kommission, in der Regel binnen zwei Monaten."),
    ("rewrite", "medwatch-uk", "1 13:00", "Europe's regulator recommends single-dose RSV jab for over-60s",
     "By Helen Marsh, Health Editor. Europe's medicines watchdog has recommended Respiguard, Norvalis Biotech's single-dose RSV jab, for people aged 60 and over. In trials it cut RSV-related lower respiratory illness by 79%, the Amsterdam-based agency said."),
    ("copy", "capital-post", "1 15:00", "Europe moves closer to approving new RSV shot",
     "=", {"of": 1, "nodl": True}),
)

story("t5:eu-quorra-fine", "tech",
    ("brief", "meridian-wire", "2 09:58", "BRIEF-EU fines Quorra Systems 1.2 bln euros over cloud software tying",
     "BRUSSELS, June 2 (Meridian) - The European Commission fined U.S. software company Quorra Systems 1.2 billion euros on Tuesday for abusing its dominant position by tying its database software to its cloud services, the EU executive said."),
    ("original", "meridian-wire", "2 10:10", "EU hits Quorra Systems with 1.2 billion euro antitrust fine",
     "BRUSSELS, June 2 (Meridian) - EU antitrust regulators fined Quorra Systems 1.2 billion euros ($1.36 billion) on Tuesday, saying the U.S. software maker illegally pushed customers of its database software onto its own cloud platform, and ordered it to end the practice within 90 days."),
    ("translation", "dna-agentur", "2 10:40", "EU-Kommission verhängt Milliardenstrafe gegen Quorra",
     "Brüssel (dna) - Die EU-Kommission hat gegen den US-Softwarekonzern Quorra Systems eine Wettbewerbsstrafe von 1,2 Milliarden Euro verhängt. Das Unternehmen habe Kunden seiner Datenbanksoftware unzulässig in die eigene Cloud gedrängt, teilte die Brüsseler Behörde mit."),
    ("rewrite", "eurobrief", "2 11:00", "Brussels slaps €1.2bn fine on Quorra over cloud tying",
     "Brussels has fined Quorra Systems €1.2bn for bundling its database licences with its cloud platform, the Commission's third big tech antitrust penalty this year. The Texas-based company must change its licensing terms within 90 days or face daily penalties."),
    ("update", "meridian-wire", "2 14:20", "UPDATE 2-Quorra to appeal EU's 1.2 bln euro fine, says cloud market 'fiercely competitive'",
     "BRUSSELS/AUSTIN, June 2 (Meridian) - Quorra Systems said on Tuesday it would appeal against a 1.2 billion euro EU antitrust fine, calling the cloud market fiercely competitive, as its shares fell 2.8% in premarket trading in New York."),
    ("copy", "bay-area-dispatch", "2 14:50", "Quorra will fight $1.36 billion European fine", "=", {"of": 4, "nodl": True}),
)

story("t5:quorra-cma-probe", "tech",
    ("lookalike", "northgate-times", "3 08:00", "UK competition watchdog opens investigation into Quorra's cloud business",
     "Britain's Competition and Markets Authority has opened a formal investigation into Quorra Systems' cloud licensing, a day after the EU fined the software company €1.2bn. The CMA said it would examine whether UK customers were being locked in."),
)

story("t5:russia-wheat-duty", "business",
    ("original", "agentstvo-sever", "1 12:15", "Минсельхоз повысит экспортную пошлину на пшеницу",
     "Москва (Север) - Экспортная пошлина на пшеницу с 10 июня составит 2950 рублей за тонну против 2110 рублей неделей ранее, сообщили в Минсельхозе России. Мера призвана сдержать рост внутренних цен на муку и хлеб."),
    ("translation", "meridian-wire", "1 12:30", "Russia raises wheat export duty to curb domestic prices",
     "MOSCOW, June 1 (Meridian) - Russia will raise its export duty on wheat to 2,950 roubles ($33) per tonne from June 10, the agriculture ministry said on Monday, as the government tries to slow a rise in domestic bread and flour prices."),
    ("rewrite", "moskovsky-obozrevatel", "1 13:10", "Пошлина на вывоз пшеницы вырастет почти в полтора раза",
     "С 10 июня экспортная пошлина на российскую пшеницу вырастет до 2950 рублей за тонну. В Минсельхозе объясняют решение необходимостью сдержать цены на внутреннем рынке. Экспортёры предупреждают о снижении отгрузок нового урожая."),
    ("update", "meridian-wire", "1 15:45", "UPDATE 1-Russia hikes wheat export duty; Kremlin says no plans for ban",
     "MOSCOW, June 1 (Meridian) - Russia will raise its wheat export duty to 2,950 roubles a tonne from June 10, and the Kremlin said on Monday it saw no need for an outright export ban, as Chicago wheat futures rose 1.9%."),
)

story("t5:wh-broadband", "politics",
    ("original", "atlaspress-wire", "2 15:10", "White House announces $4.5 billion to expand rural broadband",
     "WASHINGTON (Atlas Press) — The White House on Tuesday announced $4.5 billion in grants to bring high-speed internet to about 1.1 million rural homes and businesses, with the first awards going to projects in Montana, Kentucky and New Mexico."),
    ("copy", "newsfeedr-agg", "2 15:40", "White House unveils $4.5 billion for rural broadband",
     "=", {"of": 0, "nodl": True}),
    ("cut", "daily-ledger-us", "2 18:00", "Rural America gets a $4.5 billion internet boost",
     "The White House on Tuesday announced $4.5 billion in grants to bring high-speed internet to about 1.1 million rural homes and businesses, with the first awards going to […]"),
    ("regional", "ohio-valley-star", "3 12:00", "Rural broadband money: what Kentucky families need to know",
     "The $4.5 billion rural broadband program announced by the White House on Tuesday will fund high-speed connections for about 1.1 million homes and businesses. Kentucky is among the first three states to receive awards, officials said."),
)

story("t5:aurelia-delay", "science",
    ("original", "afi-depeches", "1 21:40", "Ariane 6 : le lancement du satellite Aurelia-2 reporté",
     "Kourou (AFI) - Le lancement d'Ariane 6 qui devait placer en orbite le satellite d'observation européen Aurelia-2 a été reporté lundi soir, quelques minutes avant le décollage, en raison d'une anomalie sur un équipement du pas de tir, a annoncé l'Agence spatiale européenne."),
    ("translation", "meridian-wire", "1 21:55", "Ariane 6 launch of European satellite Aurelia-2 postponed",
     "PARIS, June 1 (Meridian) - The launch of an Ariane 6 rocket carrying the European observation satellite Aurelia-2 was called off minutes before lift-off from Kourou, French Guiana, on Monday because of a ground equipment anomaly, the European Space Agency said."),
    ("copy", "la-tribune-eco-fr", "1 22:30", "Espace : le tir d'Ariane 6 avec Aurelia-2 reporté", "=", {"of": 0, "nodl": True}),
    ("copy", "stellar-times", "1 23:10", "Aurelia-2 scrub: Ariane 6 stands down at T-7 minutes",
     "=", {"of": 1, "nodl": True}),
    ("update", "meridian-wire", "2 00:40", "UPDATE 1-Europe to retry Aurelia-2 launch on Tuesday after scrub",
     "PARIS, June 2 (Meridian) - The European Space Agency said early on Tuesday it would try again to launch the Aurelia-2 observation satellite on an Ariane 6 rocket on Tuesday evening, after Monday's attempt was scrubbed over a faulty valve on the launch pad."),
)

story("t5:aurelia-launch", "science",
    ("lookalike", "afi-depeches", "2 22:20", "Ariane 6 a mis en orbite le satellite Aurelia-2",
     "Kourou (AFI) - Une fusée Ariane 6 a décollé mardi soir de Kourou et placé en orbite le satellite européen d'observation du climat Aurelia-2, au lendemain d'un report, a annoncé l'Agence spatiale européenne. La séparation a eu lieu après 34 minutes de vol."),
    ("lookalike", "meridian-wire", "2 22:35", "Ariane 6 puts Europe's Aurelia-2 satellite into orbit a day after scrub",
     "PARIS, June 2 (Meridian) - An Ariane 6 rocket launched the European climate observation satellite Aurelia-2 from Kourou, French Guiana, on Tuesday, a day after an attempt was called off minutes before lift-off, the European Space Agency said."),
)

story("t5:nimbra-outage", "tech",
    ("brief", "meridian-wire", "2 14:15", "BRIEF-Nimbra Cloud says investigating service disruption in Europe",
     "June 2 (Meridian) - Nimbra Cloud Inc: * Says investigating increased error rates affecting multiple services in its Frankfurt and Dublin regions * Says engineers are working to mitigate the issue"),
    ("original", "techpulse", "2 14:25", "Nimbra Cloud outage takes down thousands of websites",
     "A major outage at Nimbra Cloud knocked thousands of websites and apps offline on Tuesday afternoon, including online shops, airline check-in pages and several banking services. The company's status page blamed elevated error rates in its Frankfurt and Dublin regions."),
    ("copy", "britcast-news", "2 15:30", "Websites down across Europe after cloud outage", "=", {"of": 1}),
    ("copy", "capital-post", "2 16:00", "Cloud outage hits airlines, banks and shops",
     "=", {"of": 1}),
    ("update", "meridian-wire", "2 18:10", "UPDATE 2-Nimbra Cloud restores services after three-hour outage",
     "LONDON, June 2 (Meridian) - Nimbra Cloud said on Tuesday it had restored services after a roughly three-hour outage in its Frankfurt and Dublin regions that knocked thousands of websites offline, adding that it would publish a full analysis."),
)

story("t5:nimbra-outage-cause", "tech",
    ("lookalike", "techpulse", "3 10:00", "Nimbra blames botched configuration change for outage, offers credits",
     "Nimbra Cloud said on Wednesday that Tuesday's three-hour outage was caused by a faulty configuration change to its internal load balancers, and that affected customers in Europe would receive service credits worth 10% of their monthly bill."),
)

story("t5:fernbank-outage", "tech",
    ("lookalike", "britcast-news", "3 08:20", "Fernbank customers unable to log in as banking app fails",
     "Customers of Fernbank were unable to access their accounts on Wednesday morning after the bank's mobile app and website went down. The lender said card payments were unaffected and it was working to restore services as quickly as possible."),
)

story("t5:manchester-heist", "crime",
    ("original", "mancunian-evening", "1 09:15", "Three arrested after jewellery shop raid in Manchester city centre",
     "Three men have been arrested after a jewellery shop in King Street, Manchester, was raided by a gang armed with hammers on Sunday evening. Greater Manchester Police said watches worth about £250,000 were taken."),
    ("copy", "newsfeedr-agg", "1 09:30", "=", "=", {"link": 0}),
    ("copy", "britcast-news", "1 10:30", "Manchester raid: men held after £250,000 of watches stolen",
     "=", {"of": 0}),
    ("update", "mancunian-evening", "1 17:20", "King Street jewellery raid: fourth man arrested and watches recovered",
     "A fourth man has been arrested over Sunday's hammer raid on a King Street jewellery shop, Greater Manchester Police said, and about half of the watches, worth some £250,000 in total, have been recovered from a car in Salford."),
)

story("t5:birmingham-heist", "crime",
    ("lookalike", "midlands-courier", "2 09:40", "Watches worth £180,000 stolen in Birmingham jewellery raid",
     "Police are hunting a gang who used hammers to smash their way into a jewellery shop in Birmingham's Jewellery Quarter on Monday night and escaped with watches worth around £180,000. West Midlands Police said nobody has been arrested."),
)

story("t5:aemet-heat", "weather",
    ("original", "agencia-efa", "2 09:10", "La Aemet activa el aviso rojo por calor en las campiñas cordobesa y sevillana",
     "Madrid (EFA).- La Agencia Estatal de Meteorología (Aemet) ha activado el aviso rojo por temperaturas de hasta 44 grados el miércoles en las campiñas de Córdoba y Sevilla, en el primer episodio de calor extremo del verano."),
    ("copy", "diario-meseta-es", "2 10:20", "Primer aviso rojo del verano: 44 grados en Andalucía", "=", {"nodl": True}),
    ("cut", "andalucia-hoy-es", "2 11:00", "Andalucía, en rojo: la Aemet prevé 44 grados el miércoles",
     "La Agencia Estatal de Meteorología (Aemet) ha activado el aviso rojo por temperaturas de hasta 44 grados el miércoles en las campiñas de Córdoba y Sevilla, en el primer episodio […]"),
)

story("t5:bislett-record", "sport",
    ("original", "meridian-wire", "2 19:40", "Athletics-Sweden's Strandberg sets steeplechase world record in Oslo",
     "OSLO, June 2 (Meridian) - Sweden's Elin Strandberg broke the women's 3,000 metres steeplechase world record at the Bislett Games on Tuesday, clocking 8:41.72 to take more than a second off the previous mark."),
    ("translation", "nordbyran-se", "2 19:55", "Elin Strandberg slog världsrekord på hinder i Oslo",
     "Oslo (NB) - Elin Strandberg satte världsrekord på 3 000 meter hinder vid Bislettspelen i Oslo på tisdagskvällen. Med tiden 8.41,72 förbättrade hon det gamla rekordet med över en sekund."),
    ("rewrite", "stockholms-kuriren", "2 20:20", "Historiskt av Strandberg – första svenska världsrekordet på hinder",
     "Elin Strandberg sprang in på 8.41,72 och blev den första svenska som slagit världsrekord på 3 000 meter hinder. – Jag förstod det inte förrän jag såg tavlan, sa Strandberg efter loppet på Bislett i Oslo."),
    ("regional", "goteborgs-bladet", "3 06:00", "Göteborgskan Strandberg tog världsrekord i Oslo",
     "Göteborgskan Elin Strandberg slog på tisdagskvällen världsrekord på 3 000 meter hinder vid Bislettspelen i Oslo. Hon sprang på 8.41,72. Strandberg tävlar för Örgryte IS och tränas sedan tio år av sin pappa."),
)

story("t5:ez-inflation", "markets",
    ("brief", "meridian-wire", "2 09:00", "BRIEF-Euro zone May flash HICP 2.1% y/y (poll 2.2%)",
     "June 2 (Meridian) - Eurostat: * Euro zone May flash HICP inflation at 2.1% year-on-year versus 2.3% in April; Meridian poll 2.2% * Core inflation 2.5% y/y, unchanged from April"),
    ("original", "meridian-wire", "2 09:02", "Euro zone inflation eases to 2.1% in May, core steady",
     "BRUSSELS, June 2 (Meridian) - Euro zone inflation eased to 2.1% in May from 2.3% in April, Eurostat's flash estimate showed on Tuesday, slightly below expectations of 2.2%, while core inflation held at 2.5%."),
    ("translation", "dna-agentur", "2 09:20", "Inflation im Euroraum sinkt im Mai auf 2,1 Prozent",
     "Luxemburg (dna) - Die Inflation im Euroraum hat sich im Mai auf 2,1 Prozent abgeschwächt. Im April hatte die Teuerungsrate noch bei 2,3 Prozent gelegen, wie das Statistikamt Eurostat nach einer ersten Schätzung mitteilte."),
    ("copy", "finwire-markets", "2 09:30", "Eurozone price growth slows to 2.1%, backing ECB cut case",
     "=", {"of": 1, "nodl": True}),
    ("translation", "agenzia-ansi", "2 09:32", "Eurozona, l'inflazione scende al 2,1% a maggio",
     "Bruxelles (ANSI) - Secondo la stima flash di Eurostat, a maggio l'inflazione nell'area dell'euro è scesa al 2,1% su base annua dal 2,3% di aprile. L'inflazione di fondo resta stabile al 2,5%, i prezzi dell'energia calano dell'1,8%."),
)

story("t5:turkey-inflation", "markets",
    ("lookalike", "haber-ajansi-tr", "3 07:02", "TÜİK: Yıllık enflasyon mayısta yüzde 31,4 oldu",
     "Ankara (HA) - Türkiye İstatistik Kurumu (TÜİK), tüketici fiyat endeksinin mayısta aylık yüzde 1,62, yıllık yüzde 31,4 arttığını açıkladı. Piyasa beklentisi aylık yüzde 1,8 seviyesindeydi."),
    ("lookalike", "meridian-wire", "3 07:10", "Turkish inflation eases to 31.4% in May, below forecasts",
     "ISTANBUL, June 3 (Meridian) - Turkey's annual consumer price inflation eased to 31.4% in May, the state statistics institute said on Wednesday, with monthly inflation of 1.62% coming in below a Meridian poll forecast of 1.8%."),
    ("copy", "ankara-gundem", "3 07:30", "Mayıs enflasyonu beklentinin altında kaldı",
     "=", {"of": 0, "nodl": True}),
)

story("t5:baltrup-jobs", "business",
    ("original", "wirtschaftsblick-de", "3 06:30", "Baltrup Automobile streicht 3.500 Stellen in Deutschland",
     "Der Autobauer Baltrup Automobile will bis 2028 in Deutschland 3.500 Stellen abbauen, rund 2.000 davon im Stammwerk Heilbronn. Betriebsbedingte Kündigungen sollen vermieden werden, teilte der Konzern am Mittwochmorgen mit. Grund sei die schwache Nachfrage nach Elektroautos."),
    ("translation", "meridian-wire", "3 07:00", "German carmaker Baltrup to cut 3,500 jobs as EV demand lags",
     "FRANKFURT, June 3 (Meridian) - German carmaker Baltrup Automobile will cut 3,500 jobs in Germany by 2028, around 2,000 of them at its main plant in Heilbronn, it said on Wednesday, blaming weak demand for electric cars."),
    ("copy", "tickerline-markets", "3 07:10", "=", "=", {"of": 1, "link": 1}),
    ("update", "dna-agentur", "3 11:40", "ROUNDUP: Baltrup baut 3.500 Stellen ab – Aktie legt zu",
     "Heilbronn (dna) - Der Autobauer Baltrup streicht bis 2028 in Deutschland 3.500 Arbeitsplätze und will so jährlich 600 Millionen Euro einsparen. Anleger reagierten erleichtert: Die Aktie stieg am Mittag um 3,4 Prozent."),
    ("update", "meridian-wire", "3 12:15", "UPDATE 1-Baltrup to cut 3,500 German jobs, targets 600 mln euro savings",
     "FRANKFURT, June 3 (Meridian) - Baltrup Automobile will cut 3,500 jobs in Germany by 2028 to save 600 million euros a year, the carmaker said on Wednesday, as its shares rose 3.4% and the IG Metall union vowed to fight the plan."),
    ("regional", "neckar-echo-de", "3 16:00", "Baltrup-Stellenabbau: Was die Beschäftigten in Heilbronn jetzt wissen müssen",
     "Rund 2.000 der 3.500 Stellen, die Baltrup Automobile bundesweit streichen will, entfallen auf das Werk Heilbronn. Kündigungen soll es nicht geben, stattdessen Abfindungen und Altersteilzeit. Der Betriebsrat lädt am Donnerstag zur Versammlung."),
)

story("t5:fr-minister-resigns", "politics",
    ("brief", "afi-depeches", "2 17:20", "URGENT - La ministre de l'Agriculture Hélène Vasseur démissionne (Matignon)",
     "Paris (AFI) - La ministre de l'Agriculture Hélène Vasseur a remis sa démission au Premier ministre, qui l'a acceptée, a annoncé mardi Matignon dans un communiqué. Son intérim sera assuré par le ministre de l'Économie."),
    ("original", "quotidien-paris-fr", "2 17:30", "La ministre de l'Agriculture Hélène Vasseur démissionne",
     "La ministre de l'Agriculture, Hélène Vasseur, a présenté mardi sa démission au Premier ministre, qui l'a acceptée, a annoncé Matignon. Elle était fragilisée depuis plusieurs semaines par la colère des agriculteurs contre l'accord commercial avec le Mercosur."),
    ("copy", "bruxelles-matin-be", "2 18:00", "France : la ministre de l'Agriculture jette l'éponge", "=", {"of": 1}),
    ("update", "afi-depeches", "2 20:15", "MISE À JOUR 1 - Hélène Vasseur : &laquo; j'ai perdu la confiance du monde agricole &raquo;",
     "Paris (AFI) - &laquo; J'ai perdu la confiance du monde agricole &raquo;, a déclaré mardi soir Hélène Vasseur, quelques heures après sa démission du ministère de l'Agriculture, acceptée par le Premier ministre. L'intérim est assuré par le ministre de l'Économie."),
)

story("t5:madrid-vallecas-fire", "local",
    ("original", "diario-meseta-es", "3 02:10", "Un incendio en un edificio de viviendas de Vallecas deja 12 heridos",
     "Un incendio declarado de madrugada en un edificio de viviendas del distrito de Puente de Vallecas, en Madrid, ha dejado 12 heridos, dos de ellos graves por inhalación de humo, según Emergencias Madrid. Los bomberos desalojaron a 40 vecinos."),
    ("copy", "voz-de-levante", "3 03:00", "Doce heridos, dos graves, en el fuego de un bloque de pisos en Vallecas",
     "=", {"of": 0}),
    ("update", "agencia-efa", "3 09:30", "ACTUALIZA: Muere uno de los heridos graves del incendio de Vallecas",
     "Madrid (EFA).- Un hombre de 78 años, uno de los dos heridos graves en el incendio de madrugada de un edificio en Puente de Vallecas, ha fallecido en el hospital, han informado fuentes sanitarias. Los otros once heridos evolucionan favorablemente."),
)

story("t5:pomerania-storm", "weather",
    ("original", "pomorze-online-pl", "1 19:20", "Nawałnica nad Pomorzem. 40 tysięcy odbiorców bez prądu",
     "Gwałtowna nawałnica, która w poniedziałek po południu przeszła nad Pomorzem, pozrywała linie energetyczne i powaliła setki drzew. Bez prądu pozostaje ok. 40 tys. odbiorców, głównie w powiatach kartuskim i kościerskim – poinformował operator sieci."),
    ("update", "agencja-pan", "2 06:30", "Po nawałnicy na Pomorzu wciąż 12 tys. odbiorców bez prądu",
     "Gdańsk (PAN) - We wtorek rano bez prądu pozostawało jeszcze 12 tys. odbiorców na Pomorzu, po tym jak poniedziałkowa nawałnica pozbawiła energii 40 tys. gospodarstw. Energetycy pracowali przez całą noc – przekazał operator."),
    ("regional", "pomorze-online-pl", "2 07:00", "Brak prądu po burzy na Kaszubach. Gdzie szukać pomocy? Lista punktów",
     "Po poniedziałkowej nawałnicy nad Pomorzem bez prądu wciąż pozostają mieszkańcy powiatów kartuskiego i kościerskiego. Gminy uruchomiły punkty ładowania telefonów i wydawania wody. Energetycy szacują, że naprawy potrwają do wieczora."),
)

story("t5:silesia-storm", "weather",
    ("lookalike", "kurier-slaski-pl", "2 18:40", "Burze nad Śląskiem. Zerwane dachy w Katowicach i Gliwicach",
     "Gwałtowne burze, które we wtorek po południu przeszły nad województwem śląskim, zerwały dachy z kilkunastu budynków w Katowicach i Gliwicach. Strażacy interweniowali ponad 300 razy, bez prądu jest 15 tys. odbiorców."),
)

story("t5:moravian-energy-prices", "business",
    ("original", "cesky-zpravodaj", "1 08:30", "Moravská energetika zdraží elektřinu o osm procent",
     "Brno (ČZ) - Dodavatel Moravská energetika od 1. srpna zvýší cenu elektřiny pro domácnosti v průměru o osm procent. Zdražení se týká zhruba 620 tisíc odběrných míst, firma ho zdůvodňuje vyššími cenami na burze a poplatky za distribuci."),
    ("rewrite", "brnensky-kuryr", "1 09:10", "Elektřina od Moravské energetiky podraží. Domácnosti si připlatí stovky korun ročně",
     "Moravská energetika od srpna zdražuje: průměrná domácnost zaplatí za elektřinu zhruba o 900 korun ročně víc. Cena stoupne v průměru o 8 %. Zákazníci mohou smlouvu bez sankcí vypovědět do konce července."),
    ("copy", "prazsky-denik-cz", "1 09:30", "Další zdražování: Moravská energetika zvedá cenu proudu", "=", {"of": 0, "nodl": True}),
    ("copy", "ostravsky-vecernik", "1 11:00", "Proud od Moravské energetiky bude od srpna dražší",
     "=", {"of": 0, "nodl": True}),
)

story("t5:lviv-drone-delivery", "tech",
    ("original", "lviv-hvylia", "3 08:00", "«Швидка Пошта» запустила доставку дронами на Львівщині",
     "Компанія «Швидка Пошта» розпочала регулярну доставку посилок дронами між Львовом і Жовквою. Безпілотники перевозять вантажі вагою до 5 кг, а дорога триває близько 25 хвилин, повідомили в компанії."),
    ("rewrite", "natsagentstvo-ua", "3 09:10", "На Львівщині посилки почали доставляти безпілотниками",
     "Посилки до п'яти кілограмів на Львівщині тепер доставляють дрони. Як повідомили у «Швидкій Пошті», перший регулярний маршрут з'єднав Львів і Жовкву, політ займає близько 25 хвилин. До кінця року компанія планує ще чотири маршрути."),
    ("copy", "kyivskyi-visnyk", "3 09:40", "Дрони доставлятимуть посилки зі Львова до Жовкви", "=", {"of": 0}),
)

story("t5:norrsken-windfarm", "business",
    ("original", "nordbyran-se", "1 12:30", "Regeringen godkänner Norrskens vindkraftspark i Östersjön",
     "Stockholm (NB) - Regeringen har beviljat Norrsken Energi tillstånd att bygga en havsbaserad vindkraftspark med upp till 80 verk sydost om Öland. Parken beräknas producera 5 terawattimmar el per år, motsvarande behovet för en miljon hushåll."),
    ("copy", "skanska-dagbladet-se", "1 13:30", "Grönt ljus för jättepark med vindkraft sydost om Öland",
     "=", {"of": 0, "nodl": True}),
)

story("t5:hvidbjerg-results", "business",
    ("brief", "meridian-wire", "2 05:32", "BRIEF-Hvidbjerg Pharma Q1 revenue DKK 8.4 bln, raises outlook",
     "June 2 (Meridian) - Hvidbjerg Pharma A/S: * Q1 revenue DKK 8.4 billion, up 19% * Raises full-year sales growth outlook to 14-16% from 10-13% * Glycora sales DKK 3.1 billion"),
    ("original", "dansk-telegram", "2 05:35", "Hvidbjerg Pharma løfter forventningerne efter stærkt kvartal",
     "København (DT) - Medicinalselskabet Hvidbjerg Pharma hæver forventningerne til årets vækst til 14-16 procent efter et første kvartal, hvor omsætningen steg 19 procent til 8,4 milliarder kroner, drevet af salget af diabetesmidlet Glycora."),
    ("rewrite", "borsen-nord", "2 06:30", "Glycora-succes sender Hvidbjerg op: Opjusterer for anden gang i år",
     "Salget af diabetesmidlet Glycora fortsætter med at overraske. Hvidbjerg Pharma omsatte for 8,4 mia. kr. i første kvartal, en stigning på 19 pct., og venter nu en vækst på 14-16 pct. i år. Aktien steg 7 pct. i åbningen."),
)

story("t5:skyvane-pilot-strike", "transport",
    ("original", "meridian-wire", "1 07:10", "Skyvane cancels 120 flights as pilots strike over pay",
     "LONDON, June 1 (Meridian) - British budget airline Skyvane cancelled 120 flights on Monday, affecting about 18,000 passengers, as its pilots began a 24-hour walkout in a dispute over pay, the company said."),
    ("copy", "newsfeedr-agg", "1 07:25", "=", "=", {"link": 0}),
    ("regional", "westcountry-echo", "1 08:30", "Skyvane strike: what passengers at Bristol Airport need to know",
     "Skyvane has cancelled 120 flights today as its pilots strike over pay, including 22 departures from Bristol Airport. Passengers on cancelled flights can rebook free of charge or claim a full refund, the airline says."),
    ("copy", "northgate-times", "1 10:20", "Pilots' walkout grounds 120 Skyvane flights",
     "=", {"of": 0, "nodl": True}),
    ("update", "meridian-wire", "1 16:00", "UPDATE 2-Skyvane pilots' strike to end at midnight; talks set for Thursday",
     "LONDON, June 1 (Meridian) - Skyvane pilots will return to work at midnight after a 24-hour strike that forced the airline to cancel 120 flights on Monday, and both sides agreed to resume pay talks on Thursday, the union said."),
)

story("t5:skyvane-cabin-strike", "transport",
    ("lookalike", "meridian-wire", "2 11:20", "Skyvane cabin crew to strike on June 12-13, union says",
     "LONDON, June 2 (Meridian) - Skyvane cabin crew will strike on June 12 and 13 in a dispute over rosters, their union said on Tuesday, a day after a pilots' walkout forced the British budget airline to cancel 120 flights."),
)

story("t5:bristol-measles", "health",
    ("original", "westcountry-echo", "2 09:00", "Measles outbreak in Bristol: 14 cases confirmed in two schools",
     "Fourteen cases of measles have been confirmed in Bristol, most of them among children at two primary schools in Easton and Lawrence Hill, the UK Health Security Agency said. Parents are being urged to check their children's MMR vaccinations."),
    ("copy", "britcast-news", "2 10:15", "Bristol measles outbreak grows to 14 cases, health officials say",
     "=", {"of": 0}),
    ("copy", "medwatch-uk", "2 12:00", "Measles: Bristol cluster reaches 14",
     "=", {"of": 0}),
    ("update", "westcountry-echo", "2 16:30", "Bristol measles: cases rise to 17 as third school affected",
     "The number of confirmed measles cases in Bristol has risen to seventeen after three pupils at a third primary school, in St Pauls, tested positive, the UK Health Security Agency said on Tuesday afternoon."),
)

story("t5:leeds-measles", "health",
    ("lookalike", "yorkshire-clarion", "3 09:20", "Measles cases confirmed in Leeds as health chiefs urge MMR uptake",
     "Six cases of measles have been confirmed in Leeds, mostly among young children in Harehills, the UK Health Security Agency said. It comes a day after an outbreak of 17 cases was reported in Bristol."),
)

story("t5:oil-opec", "markets",
    ("original", "meridian-wire", "1 01:30", "Oil jumps 4% after OPEC+ agrees surprise output cut",
     "SINGAPORE, June 1 (Meridian) - Oil prices jumped more than 4% in early Asian trade on Monday after OPEC+ unexpectedly agreed on Sunday to cut output by 800,000 barrels per day from July, with Brent crude rising to $71.40 a barrel."),
    ("copy", "tickerline-markets", "1 01:40", "=", "=", {"link": 0}),
    ("update", "meridian-wire", "1 09:40", "UPDATE 2-Oil holds gains after OPEC+ cut; analysts raise forecasts",
     "LONDON, June 1 (Meridian) - Brent crude held near $71 a barrel on Monday, up about 3.8%, after OPEC+ agreed a surprise 800,000 bpd output cut, and two Wall Street banks raised their third-quarter price forecasts by $5."),
    ("copy", "capital-post", "1 12:30", "Oil prices climb after OPEC+ surprise",
     "=", {"of": 0, "nodl": True}),
)

story("t5:rome-trastevere-collapse", "local",
    ("original", "roma-cronaca-it", "2 06:40", "Trastevere, crolla il solaio di una palazzina: evacuate 20 persone",
     "Crollo nella notte in una palazzina di quattro piani in via della Lungaretta, a Trastevere: il solaio tra il secondo e il terzo piano ha ceduto. Nessun ferito, ma i vigili del fuoco hanno evacuato venti residenti per precauzione."),
    ("copy", "gazzetta-tirrena-it", "2 07:30", "Roma, cede un solaio in un edificio a Trastevere: nessun ferito",
     "=", {"of": 0}),
    ("update", "agenzia-ansi", "2 12:15", "AGGIORNAMENTO - Crollo a Trastevere, palazzina dichiarata inagibile",
     "Roma (ANSI) - La palazzina di via della Lungaretta dove nella notte è crollato un solaio è stata dichiarata inagibile. Le 20 persone evacuate, otto famiglie, saranno ospitate in albergo a spese del Comune. La Procura ha aperto un fascicolo."),
)

story("t5:moscow-hail", "weather",
    ("original", "agentstvo-sever", "3 13:40", "На Москву обрушился сильный град",
     "Москва (Север) - Сильный ливень с градом диаметром до двух сантиметров обрушился на Москву в среду днём. Из-за подтоплений временно изменены маршруты десяти автобусов, в нескольких районах повалены деревья, сообщили в МЧС."),
    ("rewrite", "moskovsky-obozrevatel", "3 14:10", "Град размером с вишню: столицу накрыла непогода",
     "Москвичи публикуют в соцсетях кадры градин размером с вишню. Непогода обрушилась на столицу около 16 часов: за час выпало 40% месячной нормы осадков. Затоплены участки Варшавского шоссе и улицы Нижние Котлы."),
    ("update", "agentstvo-sever", "3 17:50", "Последствия града в Москве: повалено более 200 деревьев",
     "Москва (Север) - В Москве после ливня с градом повалено более 200 деревьев, повреждены около 150 автомобилей, сообщили в мэрии. Движение на Варшавском шоссе восстановлено. Пострадавших, по данным МЧС, нет."),
)

story("t5:lisbon-cp-strike", "transport",
    ("original", "agencia-lusofona", "1 06:30", "Greve na CP suprime comboios nas linhas de Sintra e de Cascais",
     "Lisboa (Lusófona) - A greve dos trabalhadores da CP provocou a supressão de cerca de 70% dos comboios nas linhas de Sintra, Cascais e Azambuja até às 08:00 desta segunda-feira, segundo a empresa. Os serviços mínimos estão a ser cumpridos."),
    ("copy", "correio-do-porto-pt", "1 07:40", "Greve na CP: 70% dos comboios suprimidos em Lisboa", "=", {"of": 0, "nodl": True}),
    ("cut", "jornal-do-tejo-pt", "1 09:00", "CP: greve suprime sete em cada dez comboios em Lisboa",
     "A greve dos trabalhadores da CP provocou a supressão de cerca de 70% dos comboios nas linhas de Sintra, Cascais e Azambuja até às 08:00 desta segunda-feira, segundo […]"),
)

story("t5:band-reunion", "culture",
    ("original", "spotlight-ent", "3 08:00", "The Velvet Arcades announce reunion tour after 15 years",
     "Indie rockers The Velvet Arcades have announced their first tour in 15 years, with 22 dates across the UK and Europe next spring, including two nights at London's O2 Arena. Tickets go on sale on Friday."),
    ("copy", "britcast-news", "3 09:30", "Velvet Arcades to reunite for 2027 tour",
     "=", {"of": 0}),
    ("copy", "harbour-herald", "3 10:00", "Velvet Arcades reunion: band back on the road next spring", "=", {"of": 0}),
)

story("t5:exoplanet-water", "science",
    ("original", "stellar-times", "2 18:00", "Astronomers find water vapour in atmosphere of nearby rocky exoplanet",
     "Astronomers using the James Webb Space Telescope have detected water vapour in the atmosphere of TOI-9172 b, a rocky planet about 48 light-years from Earth, a team led by the University of Edinburgh reported in Nature Astronomy."),
    ("translation", "spreekurier-de", "2 19:30", "Wasserdampf auf Gesteinsplanet entdeckt",
     "Ein internationales Forscherteam hat mit dem James-Webb-Teleskop Wasserdampf in der Atmosphäre des Gesteinsplaneten TOI-9172 b nachgewiesen. Der Exoplanet ist rund 48 Lichtjahre entfernt und etwas größer als die Erde."),
)

# ---------------------------------------------------------------- templates
FTSE = "LONDON, June {d} (Meridian) - Britain's blue-chip FTSE 100 index closed {dir} {p}% at {lvl} points on {day}, while the mid-cap FTSE 250 {dir2} {p2}%. {sec} stocks were the biggest {gl}."
for d, day, dir_, p, lvl, dir2, p2, sec, gl in [
        (1, "Monday", "up", "0.42", "8,612.35", "rose", "0.18", "Oil and gas", "gainers"),
        (2, "Tuesday", "down", "0.31", "8,585.60", "fell", "0.44", "Mining", "losers"),
        (3, "Wednesday", "up", "0.27", "8,608.77", "rose", "0.35", "Bank", "gainers")]:
    title = f"FTSE 100 closes {dir_} {p}% at {lvl}"
    story(f"t5:tpl-ftse-d{d}", "markets",
          ("template", "meridian-wire", f"{d} 15:40", title,
           FTSE.format(d=d, dir=dir_, p=p, lvl=lvl, day=day, dir2=dir2, p2=p2, sec=sec, gl=gl)))

for d, tag, dirw, p, lvl, mp, txt, eur in [
        (1, "Montag", "höher", "0,6", "24.180", "gewann 0,3 Prozent auf 30.950", "Gefragt waren vor allem Energiewerte", "1,1320"),
        (2, "Dienstag", "tiefer", "0,4", "24.083", "verlor 0,7 Prozent auf 30.734", "Unter Druck standen vor allem Chemiewerte", "1,1345"),
        (3, "Mittwoch", "höher", "0,9", "24.300", "gewann 0,5 Prozent auf 30.890", "Gefragt waren vor allem Autowerte nach dem Sparprogramm bei Baltrup", "1,1331")]:
    story(f"t5:tpl-dax-d{d}", "markets",
          ("template", "dna-agentur", f"{d} 15:50", f"Dax schließt {p} Prozent {dirw} bei {lvl} Punkten",
           f"Frankfurt (dna) - Der Dax hat am {tag} {p} Prozent {dirw} bei {lvl} Punkten geschlossen. Der MDax {mp} Zähler. {txt}; der Euro kostete zuletzt {eur} Dollar."))

for d, date, wx in [
        (1, "Monday 1 June", "Sunny spells for most, with highs of 22C in London. Showers in western Scotland turning heavier this afternoon. Pollen count high across England and Wales."),
        (2, "Tuesday 2 June", "A cloudy start with patchy rain in the north-west, brightening later. Highs of 19C in London and 16C in Glasgow. Pollen count moderate."),
        (3, "Wednesday 3 June", "Warm and sunny for most, with highs of 25C in London. Isolated thunderstorms possible over the Midlands this evening. Pollen count very high.")]:
    story(f"t5:tpl-ukweather-d{d}", "weather",
          ("template", "britcast-news", f"{d} 05:00", f"UK weather forecast for {date}",
           f"UK weather forecast for {date}: {wx}"))

for d, date, tab, eur, usd, chf, gbp, tag in [
        (1, "1 czerwca 2026", "104", "4,2712", "3,7634", "4,5120", "5,0410", "poniedziałek"),
        (2, "2 czerwca 2026", "105", "4,2698", "3,7581", "4,5088", "5,0377", "wtorek"),
        (3, "3 czerwca 2026", "106", "4,2745", "3,7702", "4,5163", "5,0452", "środę")]:
    story(f"t5:tpl-nbpfx-d{d}", "markets",
          ("template", "biznes-teraz-pl", f"{d} 10:15", f"Kursy walut NBP z {date}. Tabela A",
           f"Narodowy Bank Polski opublikował w {tag} tabelę średnich kursów walut nr {tab}/A/NBP/2026. Euro kosztuje {eur} zł, dolar amerykański {usd} zł, frank szwajcarski {chf} zł, a funt brytyjski {gbp} zł."))

story("t5:tpl-briefing-d1", "misc",
    ("template", "northgate-times", "1 05:15", "Morning briefing: oil jumps, Skyvane walkout, Manchester raid arrests",
     "Good morning. Oil prices jump after OPEC+ springs a surprise output cut; Skyvane pilots walk out today in a pay dispute; three men are held after a Manchester jewellery raid; and why your tomatoes will love this week."))
story("t5:tpl-briefing-d2", "misc",
    ("template", "northgate-times", "2 05:15", "Morning briefing: Crete quake, Etna ash, Rotterdam hack",
     "Good morning. Crete counts the damage after a 5.8 quake; Etna's ash grounds flights in Catania; a cyberattack shuts a Rotterdam container terminal; Europe backs a new RSV jab; and the best picnic spots in the country."))
story("t5:tpl-briefing-d3", "misc",
    ("template", "northgate-times", "3 05:15", "Morning briefing: Marseille fire, Quorra fined, cloud outage",
     "Good morning. Wildfire forces 1,200 from their homes near Marseille; Brussels fines Quorra €1.2bn; a three-hour cloud outage knocks websites offline; measles cases climb in Bristol; and the return of the garden fete."))

story("t5:tpl-police-appeal-d1", "crime",
    ("template", "harbour-herald", "1 13:30", "Police appeal for witnesses after collision in Falmouth",
     "Devon and Cornwall Police are appealing for witnesses after a collision between a car and a cyclist on the A39 in Falmouth at about 6.20pm on Sunday. Anyone with information is asked to call 101 quoting log 0847."))
story("t5:tpl-police-appeal-d3", "crime",
    ("template", "midlands-courier", "3 13:10", "Police appeal for witnesses after bike theft in Coventry",
     "West Midlands Police are appealing for witnesses after an electric bike was stolen from outside a shop on Far Gosford Street in Coventry at about 3.40pm on Tuesday. Anyone with information is asked to call 101 quoting log 2211."))

story("t5:tpl-euromillions-d2", "misc",
    ("template", "harbour-herald", "2 21:30", "EuroMillions results: winning numbers for Tuesday 2 June 2026",
     "The winning EuroMillions numbers for Tuesday 2 June are 04, 17, 23, 38, 41 and the Lucky Stars are 06 and 11. The estimated jackpot was £98 million; check back for the number of winners."))
story("t5:tpl-lotto-d3", "misc",
    ("template", "rheinblatt-de", "3 18:00", "Lottozahlen vom Mittwoch, 3. Juni 2026: Die aktuellen Gewinnzahlen",
     "Bei der Ziehung der Lottozahlen am Mittwoch wurden folgende Gewinnzahlen ermittelt: 5, 12, 19, 27, 33, 46. Superzahl: 8. Im Jackpot lagen rund sieben Millionen Euro. Alle Angaben ohne Gewähr."))

story("t5:tpl-nltraffic-d1", "transport",
    ("template", "dagblad-delta-nl", "1 06:30", "Verkeer: 320 kilometer file in de ochtendspits",
     "Het is maandagochtend druk op de weg. Om 8.00 uur stond er 320 kilometer file, meldt de verkeersinformatiedienst. De langste file staat op de A12 van Utrecht richting Den Haag, door een ongeluk bij Woerden."))
story("t5:tpl-nltraffic-d2", "transport",
    ("template", "dagblad-delta-nl", "2 06:30", "Verkeer: 185 kilometer file in de ochtendspits",
     "Het is dinsdagochtend druk op de weg. Om 8.00 uur stond er 185 kilometer file, meldt de verkeersinformatiedienst. De langste file staat op de A15 richting Maasvlakte, door werkzaamheden bij de Botlektunnel."))

story("t5:tpl-friendlies-d2", "sport",
    ("template", "meridian-wire", "2 21:50", "Soccer-International friendly results",
     "June 2 (Meridian) - Results of international friendly matches played on Tuesday: England 2 Norway 1, Netherlands 0 Morocco 0, Portugal 3 Ghana 1, Croatia 1 Canada 2, Japan 2 Austria 2."))
story("t5:tpl-futbol-d3", "sport",
    ("template", "heraldo-del-valle-mx", "3 04:30", "Resultados de los partidos amistosos internacionales",
     "Resultados de los partidos amistosos internacionales disputados el martes por la noche: España 2-0 Ecuador, Argentina 1-1 Uruguay, México 3-1 Panamá, Colombia 0-1 Suiza, Estados Unidos 2-2 Costa Rica."))

# ---------------------------------------------------------------- singles
story("t5:single-edinburgh-zoo", "local",
    ("single", "scottish-record", "2 11:00", "Edinburgh Zoo welcomes rare red panda twins",
     "Edinburgh Zoo has announced the birth of twin red panda cubs, the first at the park in eight years. Keepers say the cubs, born in late April, are healthy and will be named by the public later this summer."))
story("t5:single-library-fines", "local",
    ("single", "ohio-valley-star", "1 15:00", "Dayton library system ends overdue fines on children's books",
     "The Dayton Metro Library will stop charging overdue fines on children's and teen books from July 1, its board voted on Monday, saying the fines kept low-income families away. Lost-item fees will remain in place."))
story("t5:single-dresden-museum", "culture",
    ("single", "spreekurier-de", "3 09:00", "Dresdner Verkehrsmuseum öffnet nach zwei Jahren Umbau wieder",
     "Nach zwei Jahren Umbau öffnet das Verkehrsmuseum Dresden am Samstag wieder seine Türen. Neu sind eine Halle für historische Straßenbahnen und ein Simulator, in dem Besucher eine Dampflok durch das Elbtal steuern können."))
story("t5:single-avignon-program", "culture",
    ("single", "le-courrier-du-rhone", "1 10:20", "Festival d'Avignon : la billetterie ouvre, 42 spectacles au programme",
     "La billetterie du Festival d'Avignon ouvre ce lundi pour une édition qui proposera 42 spectacles du 4 au 25 juillet, dont douze créations. La cour d'honneur du Palais des papes accueillera une pièce lituanienne en ouverture."))
story("t5:single-bologna-bikes", "local",
    ("single", "corriere-padano-it", "1 10:00", "Bologna, trenta chilometri di nuove piste ciclabili entro il 2027",
     "Il Comune di Bologna ha approvato un piano da 18 milioni di euro per realizzare trenta chilometri di nuove piste ciclabili entro il 2027, collegando la stazione centrale con i quartieri Navile, San Donato e Savena."))
story("t5:single-utrecht-bike-garage", "local",
    ("single", "utrechts-nieuwsblad", "2 08:00", "Nieuwe fietsenstalling bij station Utrecht Zuilen open: 1.800 plekken",
     "Bij station Utrecht Zuilen is dinsdag een nieuwe overdekte fietsenstalling geopend met ruimte voor 1.800 fietsen. De eerste 24 uur parkeren is gratis. De gemeente wil daarmee het fietsparkeren rond het station aanpakken."))
story("t5:single-ru-theatre", "culture",
    ("single", "vestnik-neva-ru", "2 10:00", "В Петербурге после реставрации открылся Невский драматический театр",
     "Невский драматический театр в Петербурге открылся после трёхлетней реставрации. В здании восстановили лепнину XIX века и исторический занавес, а зрительный зал расширили до 600 мест. Первым спектаклем станет «Чайка»."))
story("t5:single-sv-moose", "misc",
    ("single", "uppsala-tidning", "3 07:00", "Älg på rymmen i centrala Uppsala – polisen spärrade av Vaksala torg",
     "En vilsen älg orsakade stor uppståndelse i centrala Uppsala på onsdagsmorgonen. Polisen spärrade av delar av Vaksala torg innan djuret lugnt promenerade vidare mot Stadsskogen. Ingen människa eller älg skadades."))
story("t5:single-cs-beer-museum", "culture",
    ("single", "brnensky-kuryr", "2 12:00", "V Brně vznikne muzeum piva v bývalém pivovaru",
     "V areálu bývalého pivovaru na Mendlově náměstí v Brně vznikne do dvou let muzeum piva. Město na projekt uvolní 45 milionů korun, součástí bude i malý pivovar a expozice o historii vaření piva na Moravě."))
story("t5:single-tr-archaeology", "culture",
    ("single", "ege-postasi", "3 08:00", "Efes Antik Kenti'nde 2 bin yıllık mozaik gün yüzüne çıktı",
     "İzmir'in Selçuk ilçesindeki Efes Antik Kenti'nde süren kazılarda yaklaşık 2 bin yıllık bir taban mozaiği ortaya çıkarıldı. Kazı başkanı, deniz canlılarının işlendiği mozaiğin zengin bir konuta ait olduğunu söyledi."))
