# Held-out set, part B (see data_h5a.py for the tuple format).
STORIES = []


def story(label, cat, *items):
    STORIES.append((label, cat, list(items)))


story("h5:mhra-corvelin", "health",
    ("brief", "meridian-wire", "1 09:55", "BRIEF-Aldenmoor Therapeutics says UK MHRA approves Corvelin",
     "June 8 (Meridian) - Aldenmoor Therapeutics Plc: * Says UK Medicines and Healthcare products Regulatory Agency has approved Corvelin, its once-daily oral treatment for obesity * Says UK launch expected in September"),
    ("original", "meridian-wire", "1 10:05", "UK regulator approves Aldenmoor's weight-loss pill Corvelin",
     "LONDON, June 8 (Meridian) - Britain's medicines regulator on Monday approved Aldenmoor Therapeutics' once-daily weight-loss pill Corvelin for adults with obesity, making the UK the first country to authorise the drug, the company said."),
    ("copy", "newsfeedr-agg", "1 10:15", "=", "=", {"of": 1, "link": 1}),
    ("rewrite", "medwatch-uk", "1 11:30", "UK first to approve Corvelin weight-loss tablet",
     "By Priya Sandhu, Science Correspondent. The UK has become the first country to approve Corvelin, a weight-loss tablet from Cambridge-based Aldenmoor Therapeutics. In trials, patients lost an average of 13.8% of their body weight over 68 weeks, the MHRA said."),
    ("translation", "dna-agentur", "1 12:00", "Britische Behörde lässt Abnehmpille Corvelin zu",
     "London (dna) - Großbritannien hat als erstes Land die Abnehmpille Corvelin des Herstellers Aldenmoor Therapeutics zugelassen. Die Arzneimittelbehörde MHRA erteilte die Zulassung für Erwachsene mit Adipositas, teilte das Unternehmen am Montag mit."),
    ("cut", "capital-post", "1 13:00", "First weight-loss pill approved in Britain",
     "Britain's medicines regulator on Monday approved Aldenmoor Therapeutics' once-daily weight-loss pill Corvelin for adults with obesity, making the UK the first country to …"),
)

story("h5:eu-vape-ban", "politics",
    ("original", "meridian-wire", "2 04:30", "EU agrees to ban disposable e-cigarettes from 2028",
     "BRUSSELS, June 9 (Meridian) - European Union governments and lawmakers agreed early on Tuesday to ban the sale of single-use e-cigarettes across the 27-nation bloc from 2028, citing plastic and battery waste and rising vaping among teenagers."),
    ("translation", "dna-agentur", "2 05:30", "EU verbietet Einweg-E-Zigaretten ab 2028",
     "Brüssel (dna) - Die EU verbietet den Verkauf von Einweg-E-Zigaretten ab 2028. Darauf einigten sich Unterhändler der Mitgliedstaaten und des Europaparlaments in der Nacht zum Dienstag. Begründet wird das Verbot mit Plastik- und Batteriemüll."),
    ("translation", "afi-depeches", "2 05:50", "L'UE s'accorde pour interdire les cigarettes électroniques jetables",
     "Bruxelles (AFI) - Les Vingt-Sept et le Parlement européen se sont entendus dans la nuit de lundi à mardi pour interdire la vente de cigarettes électroniques jetables, les &laquo; puffs &raquo;, dans l'Union européenne à partir de 2028."),
    ("copy", "spreekurier-de", "2 06:10", "Aus für Wegwerf-E-Zigaretten: EU einigt sich auf Verbot", "=", {"of": 1, "nodl": True}),
    ("rewrite", "eurobrief", "2 06:30", "Brussels strikes deal to outlaw throwaway vapes",
     "Negotiators from the Council and Parliament clinched a deal in the early hours to outlaw disposable vapes from January 2028. Brussels estimates that around 1.3 billion single-use devices are thrown away in the EU every year."),
    ("update", "meridian-wire", "2 10:40", "UPDATE 1-EU vape ban: industry warns of black market as health groups cheer",
     "BRUSSELS, June 9 (Meridian) - The EU's planned ban on disposable e-cigarettes from 2028 will fuel a black market, an industry group warned on Tuesday, while health campaigners welcomed the deal, which still needs formal approval by member states and the European Parliament."),
)

story("h5:downing-housing", "politics",
    ("original", "britcast-news", "3 06:00", "Government unveils plan to build 50,000 homes on public land",
     "The government has announced plans to release public land for 50,000 new homes in England over five years, with a third set aside as social housing. Downing Street said the first 40 sites, including former hospitals and barracks, would be named this summer."),
    ("rewrite", "northgate-times", "3 07:10", "No 10 pledges 50,000 homes on surplus state land",
     "Number 10 has promised to free up surplus public land, from disused NHS sites to old army barracks, for 50,000 homes by 2031. Housing charities welcomed the commitment that one in three will be for social rent, but said the target was modest."),
    ("copy", "harbour-herald", "3 07:40", "50,000 homes to be built on public land, government says", "=", {"of": 0}),
    ("regional", "yorkshire-clarion", "3 10:00", "Public land housing plan: what it means for Yorkshire",
     "Former hospital and army sites in Yorkshire could be among the first released under the government's plan for 50,000 homes on public land in England, a third of them for social rent. The first 40 sites will be named this summer."),
)

story("h5:russia-petrol-ban", "business",
    ("original", "agentstvo-sever", "1 09:10", "Правительство запретило экспорт бензина на три месяца",
     "Москва (Север) - Правительство России ввело временный запрет на экспорт автомобильного бензина с 15 июня по 15 сентября, сообщили в кабинете министров. Мера направлена на стабилизацию цен на внутреннем топливном рынке в период летнего спроса."),
    ("copy", "lenta-vostok", "1 09:25", "Экспорт бензина из России запретят до 15 сентября", "=", {"of": 0, "nodl": True}),
    ("translation", "meridian-wire", "1 09:30", "Russia bans gasoline exports for three months to curb prices",
     "MOSCOW, June 8 (Meridian) - Russia will ban exports of gasoline from June 15 to September 15 to stabilise domestic fuel prices during the summer driving season, the government said on Monday."),
    ("rewrite", "moskovsky-obozrevatel", "1 10:20", "Бензин не выпустят за границу: кабмин вводит запрет на вывоз топлива",
     "С середины июня Россия перестанет вывозить бензин за рубеж: правительство запретило экспорт на три месяца. Запрет не коснётся поставок в рамках межправсоглашений. Биржевые цены на АИ-95 в последние недели обновляли рекорды."),
    ("update", "meridian-wire", "1 13:00", "UPDATE 1-Russia bans gasoline exports; Kremlin says domestic market is priority",
     "MOSCOW, June 8 (Meridian) - Russia will halt gasoline exports for three months from June 15, the government said on Monday, with the Kremlin saying domestic supply was the priority after wholesale prices hit records."),
)

story("h5:wh-drug-prices", "politics",
    ("original", "atlaspress-wire", "2 15:30", "White House unveils plan to cut prices of 30 common medicines",
     "WASHINGTON (Atlas Press) — The White House on Tuesday unveiled a plan to lower what Medicare pays for 30 widely used prescription drugs, including inhalers and blood thinners, saying it would save older Americans $6.2 billion a year in out-of-pocket costs."),
    ("rewrite", "meridian-wire", "2 16:00", "U.S. targets 30 drugs for Medicare price cuts, drugmakers object",
     "WASHINGTON, June 9 (Meridian) - The administration said on Tuesday it would seek lower Medicare prices for 30 prescription medicines, estimating $6.2 billion in annual savings for patients, as the main pharmaceutical industry lobby said the plan would hurt research."),
    ("copy", "capital-post", "2 16:30", "Washington moves to cut prices of 30 drugs", "=", {"of": 0, "nodl": True}),
    ("regional", "ohio-valley-star", "3 13:00", "Drug price plan: what Ohio seniors need to know",
     "The White House plan announced Tuesday would lower Medicare prices for 30 common prescription drugs, including inhalers and blood thinners. Officials estimate seniors nationwide would save $6.2 billion a year in out-of-pocket costs."),
)

story("h5:orbis-explosion", "science",
    ("brief", "meridian-wire", "1 03:10", "BRIEF-Orbis Launch says anomaly during engine test at New Zealand site",
     "June 8 (Meridian) - Orbis Launch Corp: * Says vehicle anomaly occurred during static fire test at Mahia launch site * Says no injuries reported * Says investigating the cause of the anomaly"),
    ("original", "pacific-ledger-nz", "1 03:20", "Orbis Launch rocket explodes on pad at Mahia",
     "An Orbis Launch rocket exploded on its launch pad on the Mahia Peninsula on Monday afternoon during a pre-flight engine test, sending a fireball into the sky. The company said no staff were injured and the site had been cleared beforehand."),
    ("rewrite", "stellar-times", "1 05:00", "Fireball at Mahia: Orbis rocket lost in static-fire test",
     "Orbis Launch lost its third Vesta rocket on Monday when it exploded during a static-fire engine test on the Mahia Peninsula, New Zealand. No one was hurt. The rocket was due to carry two Earth-observation satellites next month."),
    ("update", "meridian-wire", "1 06:30", "UPDATE 1-Orbis Launch rocket explodes on New Zealand pad; shares tumble",
     "WELLINGTON, June 8 (Meridian) - A rocket built by U.S.-New Zealand company Orbis Launch exploded on its pad during an engine test on Monday, damaging launch infrastructure, and the company's shares fell 18% in after-hours trading in New York."),
    ("copy", "newsfeedr-agg", "1 03:35", "=", "=", {"of": 1, "link": 1}),
)

story("h5:orbis-cause", "science",
    ("lookalike", "pacific-ledger-nz", "2 02:00", "Orbis blames faulty valve for pad explosion, pauses launches",
     "Orbis Launch said on Tuesday a faulty oxygen valve caused Monday's explosion at its Mahia Peninsula site and that it would pause all launches for at least three months while the pad is rebuilt."),
)

story("h5:brightmoor-breach", "tech",
    ("original", "britcast-news", "2 09:10", "Brightmoor data breach: 4.2 million customers' details stolen",
     "Retailer Brightmoor says hackers have stolen names, addresses and partial card details of 4.2 million customers. The company said it had informed the Information Commissioner's Office and urged customers to be alert to phishing emails."),
    ("rewrite", "techpulse", "2 10:30", "Brightmoor breach exposes 4.2m shoppers; attackers used supplier login",
     "UK retailer Brightmoor has confirmed a breach affecting 4.2 million customer records. The attackers got in using credentials stolen from a third-party logistics supplier, the company said; full card numbers and passwords were not taken."),
    ("cut", "harbour-herald", "2 10:50", "Brightmoor customers warned after 4.2 million hit by hack",
     "Retailer Brightmoor says hackers have stolen names, addresses and partial card details of 4.2 million customers. The company said it had informed the Information Commissioner's […]"),
    ("update", "britcast-news", "2 17:00", "Brightmoor hack affected 4.6 million, retailer now says",
     "Brightmoor has raised the number of customers caught up in its data breach to 4.6 million, from 4.2 million earlier on Tuesday, after finding a second compromised database. The ICO said it was making enquiries."),
)

story("h5:brightwell-breach", "tech",
    ("lookalike", "medwatch-uk", "3 09:00", "Brightwell Pharmacy says patient data exposed in cyber incident",
     "Online chemist Brightwell Pharmacy says a cyber incident may have exposed the names, dates of birth and prescription histories of about 310,000 patients. It comes a day after retailer Brightmoor disclosed a breach affecting 4.6 million customers."),
)

story("h5:glasgow-cocaine", "crime",
    ("original", "scottish-record", "1 11:00", "£100m of cocaine seized at Glasgow container terminal",
     "More than 1.2 tonnes of cocaine with an estimated street value of £100m has been seized at a container terminal in Glasgow, Police Scotland said. The drugs were hidden in a shipment of bananas from Ecuador. Two men have been arrested."),
    ("copy", "newsfeedr-agg", "1 11:15", "=", "=", {"link": 0}),
    ("copy", "britcast-news", "1 12:00", "Police seize 1.2 tonnes of cocaine hidden in bananas",
     "=", {"of": 0}),
    ("update", "scottish-record", "1 18:30", "Glasgow cocaine haul: two men charged and third arrest made",
     "Two men have been charged and a third man arrested in Paisley after 1.2 tonnes of cocaine worth £100m was found hidden in a banana shipment at a Glasgow container terminal, Police Scotland said on Monday evening."),
)

story("h5:liverpool-cocaine", "crime",
    ("lookalike", "harbour-herald", "2 12:30", "Cocaine worth £40m found in shipping container at Liverpool port",
     "Border Force officers have found 480kg of cocaine with an estimated street value of £40m in a shipping container at the Port of Liverpool, the National Crime Agency said. The drugs were concealed in a cargo of frozen fish from Colombia."),
)

story("h5:canicule-france", "weather",
    ("original", "afi-depeches", "1 14:00", "Canicule : 14 départements placés en vigilance orange mardi",
     "Paris (AFI) - Météo-France a placé lundi 14 départements en vigilance orange canicule à partir de mardi midi, dont le Rhône, l'Isère et la Drôme, avec des maximales attendues entre 36 et 39 degrés dans la vallée du Rhône."),
    ("copy", "quotidien-paris-fr", "1 14:20", "Vigilance orange canicule : 14 départements concernés dès mardi", "=", {"nodl": True}),
    ("regional", "le-courrier-du-rhone", "1 16:00", "Canicule à Lyon : ce qu'il faut savoir pour les prochains jours",
     "Le Rhône passe en vigilance orange canicule mardi midi, comme 13 autres départements. Jusqu'à 38 degrés sont attendus à Lyon. Parcs ouverts plus tard, piscines gratuites et plan canicule activé pour les personnes âgées : le point."),
    ("update", "afi-depeches", "1 17:30", "MISE À JOUR 1 - Canicule : la vigilance orange étendue à 16 départements",
     "Paris (AFI) - Météo-France a étendu lundi soir la vigilance orange canicule à 16 départements à partir de mardi, ajoutant l'Ardèche et le Vaucluse, avec jusqu'à 39 degrés attendus dans la vallée du Rhône jeudi."),
    ("translation", "britcast-news", "1 15:00", "France issues heat warnings as temperatures head for 39C",
     "France's weather service has put 14 departments, including the Rhône and Isère, on orange heat alert from Tuesday, with temperatures of up to 39C forecast in the Rhône valley. Holidaymakers are advised to avoid the midday sun."),
)

story("h5:canicule-belgique", "weather",
    ("lookalike", "bruxelles-matin-be", "2 13:00", "Canicule : l'IRM déclenche l'alerte orange pour mercredi",
     "L'Institut royal météorologique a émis une alerte orange à la chaleur pour mercredi sur l'ensemble de la Belgique, avec des maxima de 33 à 35 degrés. Le plan canicule est activé dans les maisons de repos."),
)

story("h5:mare-nostrum-record", "sport",
    ("original", "meridian-wire", "2 19:30", "Swimming-Australia's Harlow sets 200m breaststroke world record in Monaco",
     "MONACO, June 9 (Meridian) - Australia's Jess Harlow set a women's 200 metres breaststroke world record of 2:17.18 at the Mare Nostrum meet in Monaco on Tuesday, lowering the previous mark by 0.37 seconds."),
    ("translation", "agencia-efa", "2 20:00", "La australiana Harlow bate el récord mundial de 200 braza en Mónaco",
     "Mónaco (EFA).- La nadadora australiana Jess Harlow batió este martes el récord del mundo de los 200 metros braza con un tiempo de 2:17.18 en la reunión Mare Nostrum de Mónaco, 37 centésimas por debajo de la anterior plusmarca."),
)

story("h5:uk-gdp", "markets",
    ("brief", "meridian-wire", "3 06:00", "BRIEF-UK April GDP +0.3% m/m (poll +0.1%)",
     "June 10 (Meridian) - Office for National Statistics: * UK economy grew 0.3% month-on-month in April; Meridian poll +0.1% * Three months to April +0.6% * Services output +0.4%"),
    ("original", "meridian-wire", "3 06:05", "UK economy grows faster than expected in April",
     "LONDON, June 10 (Meridian) - Britain's economy grew 0.3% in April, beating economists' expectations of 0.1% growth, driven by a strong month for services and construction, official data showed on Wednesday."),
    ("copy", "tickerline-markets", "3 06:10", "=", "=", {"of": 1, "link": 1}),
    ("rewrite", "finwire-markets", "3 06:40", "UK GDP beats forecasts with 0.3% April rise",
     "Gross domestic product expanded 0.3% in April from March, the Office for National Statistics said, three times the pace economists had pencilled in. Construction output jumped 1.1% and services grew 0.4%; sterling rose to $1.3590."),
)

story("h5:german-exports", "markets",
    ("lookalike", "dna-agentur", "1 06:05", "Deutsche Exporte im April überraschend gesunken",
     "Wiesbaden (dna) - Die deutschen Exporte sind im April überraschend gesunken. Die Ausfuhren verringerten sich gegenüber dem Vormonat kalender- und saisonbereinigt um 1,7 Prozent, wie das Statistische Bundesamt am Montag mitteilte. Experten hatten mit einem Plus gerechnet."),
    ("lookalike", "meridian-wire", "1 06:10", "German exports unexpectedly fall 1.7% in April",
     "BERLIN, June 8 (Meridian) - German exports fell unexpectedly by 1.7% in April from the previous month, data from the federal statistics office showed on Monday, as shipments to the United States and China declined."),
)

story("h5:kranholt-duisburg", "business",
    ("brief", "dna-agentur", "2 06:50", "EIL: Kranholt Stahl will Werk in Duisburg schließen",
     "Duisburg (dna) - Der Stahlhersteller Kranholt will sein Werk in Duisburg-Hüttenheim bis Ende 2027 schließen. Betroffen sind rund 1.200 Beschäftigte, teilte das Unternehmen am Dienstagmorgen mit."),
    ("original", "rheinblatt-de", "2 07:10", "Kranholt Stahl schließt Werk in Duisburg – 1.200 Jobs betroffen",
     "Der Stahlhersteller Kranholt Stahl will sein Werk in Duisburg-Hüttenheim bis Ende 2027 schließen. Rund 1.200 Arbeitsplätze fallen weg. Das Unternehmen begründet den Schritt mit hohen Energiekosten und der Konkurrenz durch Billigimporte aus Asien."),
    ("translation", "meridian-wire", "2 07:40", "Germany's Kranholt Stahl to shut Duisburg plant, cutting 1,200 jobs",
     "FRANKFURT, June 9 (Meridian) - German steelmaker Kranholt Stahl will close its plant in Duisburg by the end of 2027, cutting about 1,200 jobs, the company said on Tuesday, citing high energy costs and cheap imports from Asia."),
    ("update", "dna-agentur", "2 13:00", "ROUNDUP: Kranholt-Werk vor dem Aus – IG Metall kündigt Proteste an",
     "Duisburg (dna) - Nach der angekündigten Schließung des Kranholt-Werks in Duisburg mit 1.200 Beschäftigten hat die IG Metall Proteste angekündigt. Die Landesregierung in Düsseldorf will mit dem Unternehmen über Alternativen sprechen."),
    ("regional", "ruhr-bote-de", "2 16:00", "Kranholt-Aus in Hüttenheim: Was die Schließung für Duisburg bedeutet",
     "Das Kranholt-Werk in Duisburg-Hüttenheim soll Ende 2027 schließen, 1.200 Menschen verlieren ihre Arbeit. Für den Stadtteil ist es ein harter Schlag: Auch Zulieferer und Gastronomie rund um das Werk fürchten um ihre Existenz."),
)

story("h5:fr-censure-vote", "politics",
    ("brief", "afi-depeches", "2 18:40", "URGENT - La motion de censure rejetée à l'Assemblée nationale",
     "Paris (AFI) - La motion de censure déposée par l'opposition contre le gouvernement a été rejetée mardi soir à l'Assemblée nationale, ne recueillant que 251 voix sur les 289 nécessaires."),
    ("original", "quotidien-paris-fr", "2 18:55", "Le gouvernement survit à une motion de censure, qui recueille 251 voix",
     "La motion de censure déposée contre la réforme de l'assurance chômage a été rejetée mardi : elle n'a recueilli que 251 voix, alors que 289 étaient nécessaires pour renverser le gouvernement. Le texte est considéré comme adopté en première lecture."),
    ("copy", "bruxelles-matin-be", "2 19:20", "France : le gouvernement échappe à la censure", "=", {"of": 1}),
    ("translation", "meridian-wire", "2 19:30", "French government survives no-confidence vote over jobless benefit reform",
     "PARIS, June 9 (Meridian) - France's government survived a no-confidence motion in the National Assembly on Tuesday, as the opposition fell 38 votes short of the 289 needed to topple it over a reform of unemployment benefits."),
    ("rewrite", "la-tribune-eco-fr", "2 20:00", "Assurance chômage : la censure échoue à 38 voix près",
     "Il a manqué 38 voix à l'opposition. Avec 251 suffrages, la motion de censure visant la réforme de l'assurance chômage a été rejetée mardi soir, permettant l'adoption du texte en première lecture sans vote, via l'article 49.3."),
)

story("h5:madrid-doctors-strike", "health",
    ("original", "diario-meseta-es", "1 06:30", "Los médicos de la sanidad pública madrileña inician una huelga indefinida",
     "Los médicos de atención primaria y de los hospitales públicos de la Comunidad de Madrid comienzan este lunes una huelga indefinida para reclamar un límite de 35 pacientes por día en los centros de salud y la reducción de las guardias de 24 horas."),
    ("copy", "cronica-mediterranea-es", "1 07:00", "Arranca la huelga indefinida de médicos en Madrid", "=", {"of": 0}),
    ("update", "agencia-efa", "1 14:30", "ACTUALIZA: La huelga de médicos en Madrid obliga a aplazar 3.200 consultas",
     "Madrid (EFA).- La huelga indefinida de médicos de la sanidad pública madrileña ha obligado a aplazar este lunes unas 3.200 consultas y 140 operaciones, según el sindicato convocante, que cifra el seguimiento en el 62 %. La Consejería lo rebaja al 18 %."),
)

story("h5:katowice-collapse", "local",
    ("original", "kurier-slaski-pl", "2 07:20", "Katowice: zawalił się strop w kamienicy. Dwie osoby ranne",
     "W kamienicy przy ul. Mariackiej w Katowicach zawalił się we wtorek rano strop między pierwszym a drugim piętrem. Dwie osoby zostały ranne i trafiły do szpitala. Z budynku ewakuowano 25 mieszkańców – przekazała straż pożarna."),
    ("copy", "wiadomosci-kraj-pl", "2 07:50", "Zawalenie stropu w kamienicy w Katowicach", "=", {"of": 0}),
    ("update", "agencja-pan", "2 13:30", "Kamienica w Katowicach wyłączona z użytkowania. Mieszkańcy w hotelu",
     "Katowice (PAN) - Nadzór budowlany wyłączył z użytkowania kamienicę przy ul. Mariackiej, w której we wtorek rano zawalił się strop. 25 ewakuowanych mieszkańców trafi do hotelu na koszt miasta. Dwie ranne osoby są w stanie stabilnym."),
)

story("h5:wislopol-ipo", "markets",
    ("original", "biznes-teraz-pl", "3 09:30", "Udany debiut Wisłopolu na GPW. Kurs w górę o 12 proc.",
     "Akcje producenta opakowań Wisłopol zadebiutowały w środę na Giełdzie Papierów Wartościowych w Warszawie. Na otwarciu kurs wzrósł o 12 proc. względem ceny z oferty publicznej, która wyniosła 48 zł. Spółka pozyskała 620 mln zł."),
    ("brief", "meridian-wire", "3 09:45", "BRIEF-Poland's Wislopol shares jump 12% on Warsaw debut",
     "WARSAW, June 10 (Meridian) - Shares in Polish packaging maker Wislopol rose 12% above their initial public offering price of 48 zlotys on their Warsaw Stock Exchange debut on Wednesday, after the company raised 620 million zlotys."),
    ("copy", "gazeta-wislana-pl", "3 10:00", "Wisłopol na giełdzie. Akcje drożeją na starcie", "=", {"of": 0}),
)

story("h5:cz-teacher-pay", "politics",
    ("original", "cesky-zpravodaj", "1 14:30", "Vláda schválila zvýšení platů učitelů o sedm procent",
     "Praha (ČZ) - Vláda v pondělí schválila zvýšení platů učitelů regionálních škol od září v průměru o sedm procent. Průměrný plat učitele tak podle ministerstva školství vzroste na zhruba 57 tisíc korun měsíčně."),
    ("copy", "prazsky-denik-cz", "1 15:00", "Učitelé si od září polepší, vláda schválila přidání", "=", {"nodl": True}),
    ("copy", "ostravsky-vecernik", "1 16:10", "Učitelům přidají od září sedm procent",
     "=", {"of": 0, "nodl": True}),
)

story("h5:uz-kyiv-warsaw-train", "transport",
    ("original", "natsagentstvo-ua", "3 08:20", "Укрзалізниця запускає новий потяг Київ — Варшава",
     "З 1 липня Укрзалізниця запускає новий щоденний потяг Київ — Варшава, який долатиме маршрут за 15 годин. Квитки вже у продажу, повідомили в компанії. Поїзд курсуватиме через Ковель і Холм."),
    ("copy", "lviv-hvylia", "3 08:50", "Новий потяг до Варшави: квитки вже в продажу", "=", {"of": 0}),
)

story("h5:yakutia-fires", "weather",
    ("original", "agentstvo-sever", "3 04:10", "Площадь лесных пожаров в Якутии превысила 120 тыс. гектаров",
     "Якутск (Север) - Площадь действующих лесных пожаров в Якутии превысила 120 тысяч гектаров, сообщили в региональном управлении лесного хозяйства. Крупнейшие очаги находятся в Олёкминском районе, в тушении задействованы более 900 человек."),
    ("copy", "sibir-info", "3 04:40", "Лесные пожары в Якутии охватили 120 тыс. га", "=", {"nodl": True}),
    ("update", "agentstvo-sever", "3 12:00", "В Якутии ввели режим ЧС из-за лесных пожаров",
     "Якутск (Север) - В Якутии введён региональный режим чрезвычайной ситуации из-за лесных пожаров, площадь которых превысила 130 тысяч гектаров. В Олёкминский район направлены дополнительные силы авиалесоохраны."),
    ("translation", "atlaspress-wire", "3 06:00", "Wildfires in Russia's Yakutia spread across 120,000 hectares",
     "MOSCOW (Atlas Press) — Forest fires in Russia's Far Eastern region of Yakutia have spread across more than 120,000 hectares, regional forestry officials said Wednesday, with more than 900 people fighting the largest blazes in the Olyokminsk district."),
)

story("h5:annecy-film", "culture",
    ("original", "afi-depeches", "2 20:30", "Festival d'Annecy : le Cristal du long métrage pour &laquo; La Maison des grues &raquo;",
     "Annecy (AFI) - Le film d'animation letton « La Maison des grues », de la réalisatrice Ilze Kalniņa, a remporté mardi soir le Cristal du long métrage au Festival international du film d'animation d'Annecy, devant « Tamarind » et « Le Phare »."),
    ("copy", "journal-leman-ch", "2 21:00", "Annecy couronne un film letton, « La Maison des grues »", "=", {"nodl": True}),
    ("translation", "spotlight-ent", "3 08:00", "Latvian film House of Cranes wins top prize at Annecy animation festival",
     "Latvian director Ilze Kalnina&#8217;s hand-drawn feature House of Cranes has won the Cristal for best feature film at the Annecy International Animation Film Festival, beating Tamarind and The Lighthouse, organisers announced on Tuesday night."),
)

story("h5:singer-cancels", "culture",
    ("original", "spotlight-ent", "1 10:00", "Mara Quill cancels European tour on doctors' advice",
     "Singer Mara Quill has cancelled all 18 dates of her European tour, which was due to start in Dublin next week, after being advised by doctors to rest her voice. Ticket holders will be refunded automatically, her management said."),
    ("copy", "britcast-news", "1 11:15", "Mara Quill calls off 18-date tour over vocal strain",
     "=", {"of": 0}),
    ("copy", "harbour-herald", "1 11:40", "Mara Quill tour cancelled: refunds to be automatic", "=", {"of": 0}),
    ("update", "spotlight-ent", "1 17:00", "Mara Quill posts video message as refunds confirmed",
     "Mara Quill has posted a video message saying she is resting and in good hands after cancelling her 18-date European tour. Ticket sellers confirmed that refunds for all shows will be issued within 14 days."),
)

story("h5:singer-postpones", "culture",
    ("lookalike", "spotlight-ent", "2 10:30", "Kieran Vale postpones UK arena tour after injury",
     "Singer-songwriter Kieran Vale has postponed his 12-date UK arena tour after breaking his wrist in a fall, a day after Mara Quill cancelled her European dates. All tickets remain valid for the new dates in the autumn."),
)

story("h5:cruise-norovirus", "health",
    ("original", "harbour-herald", "2 08:30", "Norovirus outbreak on cruise ship docked in Southampton",
     "More than 150 passengers and crew on the cruise ship Celestine Star have fallen ill with norovirus, the operator said after the ship docked in Southampton on Tuesday. Deep cleaning is under way before its next departure."),
    ("copy", "newsfeedr-agg", "2 09:00", "=", "=", {"link": 0}),
    ("rewrite", "britcast-news", "2 09:40", "Celestine Star: 150 ill with norovirus as cruise ends in Southampton",
     "A cruise ship has returned to Southampton with about 150 people suffering from norovirus, a stomach bug that causes vomiting and diarrhoea. Operator Starline Cruises said affected passengers were isolated in their cabins during the 14-night voyage."),
    ("update", "harbour-herald", "2 16:20", "Celestine Star departure delayed after norovirus outbreak",
     "The next sailing of the Celestine Star from Southampton has been delayed by 24 hours for extra cleaning after 163 passengers and crew caught norovirus on its last voyage, Starline Cruises said on Tuesday afternoon."),
)

story("h5:dover-cruise", "health",
    ("lookalike", "britcast-news", "3 11:00", "Dozens ill with stomach bug on cruise ship arriving in Dover",
     "About 60 passengers on the cruise ship Nordic Aurora have been taken ill with a suspected norovirus outbreak, its operator said as the vessel arrived in Dover on Wednesday. It follows an outbreak on another ship at Southampton."),
)

story("h5:northwind-gatwick", "transport",
    ("brief", "meridian-wire", "1 05:40", "BRIEF-Northwind Airways says IT systems failure disrupting Gatwick flights",
     "June 8 (Meridian) - Northwind Airways Plc: * Says experiencing a failure of IT systems affecting check-in and boarding at London Gatwick * Says working to restore systems as quickly as possible"),
    ("original", "britcast-news", "1 05:50", "Northwind flights grounded at Gatwick after IT failure",
     "Northwind Airways has grounded all flights from Gatwick Airport after a failure of its check-in and boarding systems early on Monday. The airline said 74 departures were affected and told passengers not to travel to the airport."),
    ("regional", "harbour-herald", "1 07:00", "Gatwick disruption: what Northwind passengers need to know today",
     "Northwind has grounded its Gatwick flights this morning after an IT failure. Passengers should not travel to the airport unless told to, can rebook free of charge, and may be entitled to compensation under UK rules."),
    ("update", "meridian-wire", "1 12:30", "UPDATE 2-Northwind restores IT systems after 140 Gatwick flights cancelled",
     "LONDON, June 8 (Meridian) - Northwind Airways said it had restored its IT systems on Monday after a failure forced it to cancel 140 flights at London Gatwick, affecting about 25,000 passengers, and blamed a faulty software update."),
    ("cut", "northgate-times", "1 08:20", "Gatwick grounded: Northwind IT meltdown strands passengers",
     "Northwind Airways has grounded all flights from Gatwick Airport after a failure of its check-in and boarding systems early on Monday. The airline said 74 departures were …"),
)

story("h5:manchester-airport-it", "transport",
    ("lookalike", "mancunian-evening", "2 06:40", "Manchester Airport queues after border e-gates fail",
     "Passengers arriving at Manchester Airport faced queues of up to two hours on Tuesday morning after the UK Border Force e-gates failed at Terminals 1 and 2. The Home Office said the fault was not caused by a cyberattack."),
)

story("h5:gold-record", "markets",
    ("original", "meridian-wire", "2 08:00", "Gold hits record high above $3,900 as dollar slides",
     "LONDON, June 9 (Meridian) - Gold rose to a record high above $3,900 an ounce on Tuesday, extending this year's rally, as a weaker dollar and expectations of U.S. interest rate cuts boosted demand for the metal."),
    ("copy", "tickerline-markets", "2 08:10", "=", "=", {"link": 0}),
    ("copy", "finwire-markets", "2 08:40", "Gold tops $3,900 for the first time",
     "=", {"of": 0, "nodl": True}),
    ("update", "meridian-wire", "2 15:30", "UPDATE 2-Gold retreats from record after U.S. data; still up 0.8% on day",
     "LONDON, June 9 (Meridian) - Gold pulled back from a record high of $3,912.40 an ounce on Tuesday after stronger-than-expected U.S. job openings data lifted the dollar, but the metal was still 0.8% higher on the day."),
)

story("h5:patagonia-fossil", "science",
    ("original", "diario-austral-ar", "3 14:00", "Hallan en Neuquén los restos de un titanosaurio de 30 metros",
     "Paleontólogos del CONICET hallaron en la provincia de Neuquén los restos fósiles de un titanosaurio que habría medido unos 30 metros de largo y vivido hace 90 millones de años. Se recuperaron 40 vértebras y parte de la pelvis."),
    ("copy", "heraldo-del-valle-mx", "3 15:00", "Descubren un dinosaurio gigante en la Patagonia argentina", "=", {"of": 0}),
    ("translation", "stellar-times", "3 16:30", "Giant titanosaur fossil unearthed in Argentina's Patagonia",
     "Palaeontologists in Argentina have unearthed the remains of a titanosaur that measured about 30 metres long and lived some 90 million years ago in Neuquén province, Patagonia. Forty vertebrae and part of the pelvis were recovered."),
)

story("h5:verdi-airport-strike", "transport",
    ("brief", "dna-agentur", "3 03:40", "EIL: Warnstreik an Flughäfen München und Frankfurt begonnen",
     "Frankfurt (dna) - An den Flughäfen München und Frankfurt hat am frühen Mittwochmorgen ein ganztägiger Warnstreik des Bodenpersonals begonnen. Die Gewerkschaft Verdi hatte dazu aufgerufen."),
    ("original", "isar-anzeiger-de", "3 04:00", "Warnstreik am Flughafen München: Hunderte Flüge gestrichen",
     "Wegen eines Warnstreiks des Bodenpersonals fallen am Münchner Flughafen am Mittwoch rund 600 von 850 geplanten Starts und Landungen aus. Auch in Frankfurt wird gestreikt. Verdi fordert acht Prozent mehr Lohn für die Beschäftigten."),
    ("regional", "main-kurier-de", "3 05:00", "Streik am Frankfurter Flughafen: Was Passagiere heute wissen müssen",
     "Verdi bestreikt heute die Flughäfen Frankfurt und München. In Frankfurt fallen rund 1.100 Flüge aus, Umsteigeverbindungen sind kaum möglich. Passagiere sollen nicht zum Flughafen kommen; für Inlandsflüge werden Bahntickets angeboten."),
    ("translation", "meridian-wire", "3 05:30", "Strike grounds hundreds of flights at Frankfurt and Munich airports",
     "FRANKFURT, June 10 (Meridian) - A one-day strike by ground staff at Frankfurt and Munich airports forced the cancellation of hundreds of flights on Wednesday, disrupting travel for tens of thousands of passengers, as the Verdi union pressed for an 8% pay rise."),
    ("update", "dna-agentur", "3 11:00", "ROUNDUP: Warnstreik legt Flughäfen lahm – mehr als 1.700 Flüge gestrichen",
     "Frankfurt/München (dna) - Der Warnstreik von Verdi hat am Mittwoch den Betrieb an den größten deutschen Flughäfen weitgehend lahmgelegt. In Frankfurt und München fielen insgesamt mehr als 1.700 Flüge aus, rund 230.000 Passagiere waren betroffen."),
)

story("h5:brussels-airport-strike", "transport",
    ("lookalike", "vlaamse-post-be", "3 09:00", "Staking op Brussels Airport: helft van vertrekkende vluchten geschrapt",
     "Door een staking van het bagagepersoneel wordt woensdag de helft van de vertrekkende vluchten op Brussels Airport geschrapt. De luchthaven raadt reizigers aan hun vlucht te controleren. Aankomende vluchten worden normaal afgehandeld."),
    ("lookalike", "bruxelles-matin-be", "3 09:20", "Grève à Brussels Airport : la moitié des départs annulés",
     "En raison d'une grève du personnel bagagiste, la moitié des vols au départ de Brussels Airport sont annulés ce mercredi. L'aéroport demande aux voyageurs de vérifier le statut de leur vol avant de se déplacer."),
    ("copy", "nieuwsbureau-nnb", "3 09:40", "Helft vertrekkende vluchten Brussels Airport geschrapt door staking", "=", {"of": 0}),
)

# ---------------------------------------------------------------- templates
FTSE = "LONDON, June {d} (Meridian) - Britain's blue-chip FTSE 100 index closed {dir} {p}% at {lvl} points on {day}, while the mid-cap FTSE 250 {dir2} {p2}%. {sec} stocks were the biggest {gl}."
for n, (d, day, dir_, p, lvl, dir2, p2, sec, gl) in enumerate([
        (8, "Monday", "up", "0.18", "8,702.44", "rose", "0.09", "Mining", "gainers"),
        (9, "Tuesday", "down", "0.52", "8,657.20", "fell", "0.61", "Retail", "losers"),
        (10, "Wednesday", "up", "0.61", "8,710.03", "rose", "0.83", "Housebuilding", "gainers")], 1):
    story(f"h5:tpl-ftse-d{n}", "markets",
          ("template", "meridian-wire", f"{n} 15:40", f"FTSE 100 closes {dir_} {p}% at {lvl}",
           FTSE.format(d=d, dir=dir_, p=p, lvl=lvl, day=day, dir2=dir2, p2=p2, sec=sec, gl=gl)))

for n, jour, sens, p, verbe, pts, lvl, txt in [
        (1, "lundi", "en hausse", "0,35", "gagnant", "27,10", "7.771,45", "Le luxe a mené la hausse."),
        (2, "mardi", "en baisse", "0,62", "perdant", "48,20", "7.723,25", "Les valeurs automobiles ont pesé sur la cote."),
        (3, "mercredi", "en hausse", "0,48", "gagnant", "37,05", "7.760,30", "Les banques ont soutenu la cote.")]:
    story(f"h5:tpl-cac-d{n}", "markets",
          ("template", "afi-depeches", f"{n} 15:45", f"Clôture : le CAC 40 termine {sens} de {p} %",
           f"Paris (AFI) - La Bourse de Paris a terminé {sens} de {p} % {jour}, l'indice CAC 40 {verbe} {pts} points à {lvl} points. {txt} Le volume d'échanges a atteint 3,2 milliards d'euros."))

for n, date, wx in [
        (1, "Monday 8 June", "Bright and breezy for most, with highs of 21C in London. Showers in Northern Ireland spreading into western Scotland later. Pollen count moderate."),
        (2, "Tuesday 9 June", "Hot and sunny in the south-east with highs of 28C in London. Fresher with patchy cloud in the north. Pollen count very high in England."),
        (3, "Wednesday 10 June", "Thundery showers in the south, some heavy, with highs of 24C in London. Dry and sunny in Scotland. Pollen count high.")]:
    story(f"h5:tpl-ukweather-d{n}", "weather",
          ("template", "britcast-news", f"{n} 05:00", f"UK weather forecast for {date}",
           f"UK weather forecast for {date}: {wx}"))

for n, date, eur, usd, gbp, pln in [
        (1, "8. června 2026", "24,715", "21,842", "29,310", "5,781"),
        (2, "9. června 2026", "24,698", "21,806", "29,274", "5,779"),
        (3, "10. června 2026", "24,731", "21,871", "29,352", "5,786")]:
    story(f"h5:tpl-cnbfx-d{n}", "markets",
          ("template", "cesky-zpravodaj", f"{n} 12:40", f"Kurzovní lístek ČNB platný od {date}",
           f"Kurzovní lístek ČNB platný od {date}: euro {eur} Kč, americký dolar {usd} Kč, britská libra {gbp} Kč, polský zlotý {pln} Kč. Kurzy vyhlašuje Česká národní banka každý pracovní den."))

story("h5:tpl-briefing-d1", "misc",
    ("template", "northgate-times", "1 17:30", "Evening briefing: Italy quake, Gotthard closed, Gatwick chaos",
     "Good evening. Three hurt as a 4.9 quake hits near L'Aquila; the Gotthard rail tunnel faces weeks of disruption after a derailment; Northwind's IT meltdown grounds Gatwick flights; and Glasgow's record cocaine haul."))
story("h5:tpl-briefing-d2", "misc",
    ("template", "northgate-times", "2 17:30", "Evening briefing: Athens fire, vape ban, Brightmoor hack",
     "Good evening. Thousands flee a wildfire on the edge of Athens; Brussels agrees to ban disposable vapes; Brightmoor says 4.6 million customers were hit by a hack; gold touches a record; and the best of the summer sales."))
story("h5:tpl-briefing-d3", "misc",
    ("template", "northgate-times", "3 17:30", "Evening briefing: airport strikes, GDP beat, 50,000 homes",
     "Good evening. Strikes ground 1,700 flights at Frankfurt and Munich; Britain's economy grows faster than expected; No 10 promises 50,000 homes on public land; Istanbul floods; and what to read on holiday."))

story("h5:tpl-police-appeal-d1", "crime",
    ("template", "yorkshire-clarion", "1 13:20", "Police appeal for witnesses after collision near Malton",
     "North Yorkshire Police are appealing for witnesses after a collision between a van and a motorcycle on the A64 near Malton at about 7.15am on Sunday. Anyone with information is asked to call 101 quoting log 0412."))
story("h5:tpl-police-appeal-d2", "crime",
    ("template", "scottish-record", "2 12:50", "Police appeal for witnesses after break-in in Glasgow",
     "Police Scotland are appealing for witnesses after a house was broken into on Dumbarton Road in Glasgow at about 11.30pm on Monday. Anyone with information is asked to call 101 quoting incident 3817."))

story("h5:tpl-euromillions-d2", "misc",
    ("template", "harbour-herald", "2 21:30", "EuroMillions results: winning numbers for Tuesday 9 June 2026",
     "The winning EuroMillions numbers for Tuesday 9 June are 09, 14, 27, 33, 48 and the Lucky Stars are 02 and 07. The estimated jackpot was £61 million; check back for the number of winners."))
story("h5:tpl-superenalotto-d2", "misc",
    ("template", "gazzetta-tirrena-it", "2 18:30", "SuperEnalotto, estrazione di martedì 9 giugno 2026: i numeri vincenti",
     "Estrazione del SuperEnalotto di martedì 9 giugno 2026: la combinazione vincente è 8, 21, 34, 52, 67, 80. Numero Jolly 15, SuperStar 44. Nessun 6, il jackpot sale a 71,4 milioni di euro."))

story("h5:tpl-detraffic-d1", "transport",
    ("template", "isar-anzeiger-de", "1 05:30", "Stau in Bayern: Die aktuelle Verkehrslage am Montagmorgen",
     "Auf Bayerns Autobahnen staut sich der Verkehr am Montagmorgen auf insgesamt 85 Kilometern. Am längsten ist der Stau auf der A9 zwischen Allershausen und dem Kreuz Neufahrn wegen eines Unfalls. Alle Angaben ohne Gewähr."))
story("h5:tpl-detraffic-d3", "transport",
    ("template", "isar-anzeiger-de", "3 05:30", "Stau in Bayern: Die aktuelle Verkehrslage am Mittwochmorgen",
     "Auf Bayerns Autobahnen staut sich der Verkehr am Mittwochmorgen auf insgesamt 140 Kilometern. Am längsten ist der Stau auf der A8 zwischen Holzkirchen und Weyarn wegen einer Baustelle. Alle Angaben ohne Gewähr."))

story("h5:tpl-friendlies-d1", "sport",
    ("template", "meridian-wire", "1 21:50", "Soccer-International friendly results",
     "June 8 (Meridian) - Results of international friendly matches played on Monday: Germany 3 Slovakia 0, France 1 Nigeria 1, Brazil 2 Chile 0, Italy 0 Sweden 1, South Korea 2 Egypt 1."))
story("h5:tpl-resultados-d3", "sport",
    ("template", "paulista-agora-br", "3 02:00", "Série B: confira os resultados da rodada de terça-feira",
     "Confira os resultados dos jogos da Série B do Campeonato Brasileiro disputados na terça-feira: Goiás 2 x 1 Ponte Preta, Avaí 0 x 0 Coritiba, Sport 3 x 2 Novorizontino, Paysandu 1 x 1 CRB, Amazonas 0 x 2 Remo."))

# ---------------------------------------------------------------- singles
story("h5:single-lighthouse-sale", "local",
    ("single", "scottish-record", "2 13:00", "Historic Orkney lighthouse goes on sale for £325,000",
     "A decommissioned lighthouse and two keepers' cottages on the Orkney island of Sanday have gone on the market for offers over £325,000. The light was automated in 1962 and switched off last year."))
story("h5:single-chess-prodigy", "misc",
    ("single", "midlands-courier", "3 15:00", "Coventry girl, 11, becomes England's youngest FIDE Master",
     "Eleven-year-old Coventry pupil Amara Okafor has become the youngest player from England to earn the title of FIDE Master, after winning a tournament in Leicester at the weekend, the English Chess Federation said."))
story("h5:single-leipzig-zoo", "local",
    ("single", "spreekurier-de", "1 12:00", "Nachwuchs bei den Schneeleoparden im Zoo Leipzig",
     "Im Zoo Leipzig sind zwei Schneeleoparden zur Welt gekommen. Die Jungtiere seien gesund und würden von der Mutter gut versorgt, teilte der Zoo am Montag mit. Besucher können sie voraussichtlich ab Juli sehen."))
story("h5:single-lyon-bakery", "local",
    ("single", "le-courrier-du-rhone", "2 09:00", "Lyon : une boulangerie de la Croix-Rousse sacrée meilleure baguette de la métropole",
     "La boulangerie Au Pain de Serin, installée sur le plateau de la Croix-Rousse, a remporté le concours de la meilleure baguette de tradition de la métropole de Lyon. Son artisan fournira l'Hôtel de Ville pendant un an."))
story("h5:single-naples-museum", "culture",
    ("single", "gazzetta-tirrena-it", "3 09:30", "Napoli, il Museo archeologico riapre la sezione egizia dopo il restauro",
     "Il Museo archeologico nazionale di Napoli riapre al pubblico la collezione egizia dopo due anni di lavori. Oltre 1.200 reperti, tra cui sarcofagi e papiri, sono esposti in sale rinnovate con nuove luci e didascalie in quattro lingue."))
story("h5:single-windmill-restored", "local",
    ("single", "dagblad-delta-nl", "1 10:00", "Gerestaureerde korenmolen De Vlijt in Vlaardingen draait weer",
     "Na twee jaar restauratie draait korenmolen De Vlijt in Vlaardingen weer. De wieken werden maandag voor het eerst in gang gezet door de burgemeester. De molen maalt voortaan elke zaterdag graan voor lokale bakkers."))
story("h5:single-ru-library", "culture",
    ("single", "vestnik-neva-ru", "2 11:00", "На Васильевском острове после ремонта открылась библиотека",
     "На Васильевском острове в Петербурге после капитального ремонта открылась районная библиотека на Среднем проспекте. В обновлённом здании появились коворкинг, детский зал и фонд аудиокниг на пять тысяч изданий."))
story("h5:single-bison-calves", "science",
    ("single", "gazeta-wislana-pl", "3 08:00", "W Puszczy Białowieskiej urodziło się już 40 żubrów",
     "W Puszczy Białowieskiej przyszło na świat w tym roku już 40 żubrów – poinformował Białowieski Park Narodowy. Populacja tych zwierząt w polskiej części puszczy liczy obecnie ok. 850 osobników."))
story("h5:single-ua-museum", "culture",
    ("single", "lviv-hvylia", "1 13:00", "У Львові відкрили музей друкарства",
     "У Львові відкрився музей історії друкарства в будинку XVII століття на площі Ринок. В експозиції понад 300 стародруків, а відвідувачі можуть власноруч надрукувати аркуш на копії верстата Івана Федорова."))
story("h5:single-aarhus-bikes", "local",
    ("single", "jysk-dagblad", "2 12:00", "Aarhus får 25 kilometer nye supercykelstier",
     "Aarhus Kommune har vedtaget at bygge 25 kilometer nye supercykelstier frem mod 2030. Stierne skal forbinde midtbyen med Skejby, Lystrup og Tilst, og projektet koster 310 millioner kroner."))
story("h5:single-es-flamenco", "culture",
    ("single", "andalucia-hoy-es", "3 10:00", "Sevilla acogerá en septiembre un nuevo festival internacional de flamenco",
     "Sevilla estrenará en septiembre un festival internacional de flamenco con 30 espectáculos en el Teatro de la Maestranza y en plazas de Triana, ha anunciado el Ayuntamiento. La programación completa se presentará en julio."))
