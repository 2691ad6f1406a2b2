# Held-out set, part A. Item tuple: (kind, source, "day HH:MM" UTC, title, summary[, opts])
# opts: {"of": i} reference item for "=" title/summary, {"nodl": True} strip dateline,
#       {"sub": [(old, new)]} edits, {"link": i} share item i's link (syndicated copy).
STORIES = []


def story(label, cat, *items):
    STORIES.append((label, cat, list(items)))


story("h5:quake-abruzzo", "world",
    ("brief", "agenzia-ansi", "1 01:20", "ULTIM'ORA - Terremoto, forte scossa avvertita all'Aquila",
     "L'Aquila (ANSI) - Una forte scossa di terremoto è stata avvertita alle 3.12 in gran parte dell'Abruzzo. Secondo una prima stima dell'Ingv la magnitudo è compresa tra 4.7 e 5.2, con epicentro vicino a Barisciano."),
    ("original", "abruzzo-web-it", "1 01:45", "Terremoto di magnitudo 4.9 vicino all'Aquila, gente in strada",
     "Scossa di terremoto di magnitudo 4.9 alle 3.12 con epicentro a tre chilometri da Barisciano, in provincia dell'Aquila, a una profondità di 9 chilometri. Molte persone sono scese in strada; si segnalano calcinacci caduti e crepe in alcune case."),
    ("translation", "meridian-wire", "1 02:30", "Magnitude 4.9 earthquake shakes central Italy near L'Aquila",
     "ROME, June 8 (Meridian) - An earthquake of magnitude 4.9 struck near the city of L'Aquila in central Italy early on Monday, sending residents into the streets, Italy's national geophysics institute INGV said. There were no immediate reports of casualties."),
    ("cut", "daily-ledger-us", "1 03:10", "Quake jolts Italy's Abruzzo region",
     "An earthquake of magnitude 4.9 struck near the city of L'Aquila in central Italy early on Monday, sending residents into the streets, Italy's national geophysics institute …"),
    ("translation", "dna-agentur", "1 06:00", "Erdbeben der Stärke 4,9 in Mittelitalien",
     "Rom (dna) - Ein Erdbeben der Stärke 4,9 hat in der Nacht zum Montag die mittelitalienische Region Abruzzen erschüttert. Das Epizentrum lag nahe dem Dorf Barisciano bei L'Aquila, wo 2009 bei einem schweren Beben mehr als 300 Menschen starben."),
    ("update", "agenzia-ansi", "1 07:30", "AGGIORNAMENTO - Terremoto L'Aquila, tre feriti lievi e 60 sfollati a Barisciano",
     "L'Aquila (ANSI) - Tre feriti lievi e una sessantina di sfollati a Barisciano dopo il terremoto di magnitudo 4.9 della notte. Lo ha reso noto la Protezione civile, che ha allestito una tendopoli. Inagibili la chiesa madre e alcune case del centro storico."),
    ("update", "meridian-wire", "1 08:15", "UPDATE 1-Italy quake injures three, leaves 60 homeless near L'Aquila",
     "ROME, June 8 (Meridian) - Three people were lightly injured and about 60 left homeless when a magnitude 4.9 quake struck near L'Aquila early on Monday, Italy's civil protection agency said, as engineers checked a damaged church in Barisciano."),
)

story("h5:quake-oaxaca", "world",
    ("lookalike", "heraldo-del-valle-mx", "2 14:20", "Sismo de magnitud 5.4 sacude Oaxaca; se percibe en Ciudad de México",
     "Un sismo de magnitud 5.4 se registró la mañana de este martes con epicentro a 12 kilómetros al sur de Pinotepa Nacional, Oaxaca, informó el Servicio Sismológico Nacional. El movimiento se percibió de forma leve en la Ciudad de México; no se reportan daños."),
    ("lookalike", "atlaspress-wire", "2 15:00", "Magnitude 5.4 quake shakes southern Mexico, no damage reported",
     "MEXICO CITY (Atlas Press) — A magnitude 5.4 earthquake shook the southern Mexican state of Oaxaca on Tuesday morning, Mexico's National Seismological Service said. It was lightly felt in Mexico City; there were no immediate reports of damage."),
    ("rewrite", "diario-austral-ar", "2 15:30", "Un temblor de 5,4 grados sacude el sur de México",
     "Un temblor de magnitud 5,4 sacudió este martes el estado mexicano de Oaxaca, sin que las autoridades reportaran víctimas ni daños materiales. La alerta sísmica no se activó en la capital, donde el movimiento apenas se sintió."),
)

story("h5:abruzzo-quake-schools", "world",
    ("lookalike", "agenzia-ansi", "2 10:00", "Terremoto L'Aquila, scuole chiuse a Barisciano: 240 edifici da verificare",
     "L'Aquila (ANSI) - Resteranno chiuse fino a venerdì le scuole di Barisciano e di altri quattro comuni colpiti dal sisma di lunedì. Il censimento dei danni conta 240 edifici da verificare; la Regione ha chiesto lo stato di emergenza."),
)

story("h5:milan-atm-strike", "transport",
    ("original", "milano-oggi-it", "3 04:30", "Sciopero Atm oggi a Milano: metro e tram a rischio, gli orari",
     "Mercoledì di sciopero per i mezzi Atm a Milano: lo stop di 24 ore proclamato da alcune sigle sindacali di base può fermare metropolitane, tram e bus. Le fasce di garanzia sono dalle 6 alle 9 e dalle 18 alle 21."),
    ("update", "agenzia-ansi", "3 07:15", "AGGIORNAMENTO - Sciopero Atm, chiuse le linee M1 e M3 a Milano",
     "Milano (ANSI) - Per lo sciopero dei trasporti, a Milano sono chiuse dalle 9 le linee metropolitane M1 e M3, mentre M2, M4 e M5 funzionano regolarmente. Lo comunica l'Atm. Ridotto anche il servizio di tram e autobus."),
    ("regional", "corriere-padano-it", "3 08:30", "Sciopero Atm, cosa sapere: metro chiuse e alternative",
     "Metropolitane M1 e M3 ferme dopo le 9, M2, M4 e M5 regolari: ecco come muoversi a Milano nel giorno dello sciopero Atm. Servizio garantito fino alle 9 e dalle 18 alle 21; bike sharing e taxi presi d'assalto."),
    ("translation", "meridian-wire", "3 09:00", "Transport strike shuts two Milan metro lines",
     "MILAN, June 10 (Meridian) - A 24-hour public transport strike closed two of Milan's five metro lines on Wednesday and reduced tram and bus services, operator ATM said, causing long queues at taxi ranks in the city centre."),
)

story("h5:rome-atac-strike", "transport",
    ("lookalike", "roma-cronaca-it", "3 11:00", "Atac, proclamato uno sciopero di 24 ore per il 26 giugno",
     "I sindacati di base hanno proclamato uno sciopero di 24 ore dei mezzi Atac a Roma per venerdì 26 giugno. A rischio metro, bus e tram, con fasce di garanzia dalle 5.30 alle 8.30 e dalle 17 alle 20."),
)

story("h5:riksbank-cut", "markets",
    ("brief", "meridian-wire", "2 07:30", "BRIEF-Sweden's Riksbank cuts policy rate to 1.75%",
     "STOCKHOLM, June 9 (Meridian) - Sweden's central bank cut its policy rate by 25 basis points to 1.75% on Tuesday, the Riksbank said in a statement, adding that the rate was expected to stay at this level for some time."),
    ("original", "nordbyran-se", "2 07:31", "Riksbanken sänker styrräntan till 1,75 procent",
     "Stockholm (NB) - Riksbanken sänker styrräntan med 0,25 procentenheter till 1,75 procent. Beslutet var väntat av de flesta bedömare. Enligt prognosen väntas räntan ligga kvar på den nivån resten av året, meddelar Riksbanken."),
    ("translation", "meridian-wire", "2 07:40", "Sweden's Riksbank cuts rate to 1.75%, signals end of easing",
     "STOCKHOLM, June 9 (Meridian) - Sweden's Riksbank cut its key interest rate by a quarter point to 1.75% on Tuesday, as expected by most analysts, and signalled that it was likely to be the last reduction in the current cycle. The crown weakened slightly."),
    ("rewrite", "goteborgs-bladet", "2 08:30", "Lägre ränta: så mycket sjunker din boränta",
     "Riksbankens sänkning av styrräntan till 1,75 procent kan ge ett hushåll med ett bolån på tre miljoner kronor runt 500 kronor lägre räntekostnad i månaden efter skatt, räknar bankernas ekonomer. Banken signalerar att räntan nu ligger stilla."),
    ("copy", "tickerline-markets", "2 07:55", "=", "=", {"of": 2, "link": 2}),
    ("update", "meridian-wire", "2 11:45", "UPDATE 1-Riksbank cuts to 1.75%, says inflation near target; crown slips",
     "STOCKHOLM, June 9 (Meridian) - The Riksbank lowered its policy rate to 1.75% on Tuesday and said inflation was close to its 2% target, signalling no further cuts this year, as the crown slipped 0.3% against the euro to 10.94."),
)

story("h5:norges-hold", "markets",
    ("lookalike", "meridian-wire", "3 08:00", "Norway's central bank holds rate at 4.0%, sees cut in September",
     "OSLO, June 10 (Meridian) - Norway's central bank kept its policy rate unchanged at 4.0% on Wednesday, as expected, and said it was likely to cut in September, a day after Sweden's Riksbank lowered its key rate to 1.75%."),
    ("lookalike", "dansk-telegram", "3 08:10", "Norges Bank holder renten uændret på 4 procent",
     "Oslo (DT) - Den norske centralbank, Norges Bank, fastholder styrerenten på 4,0 procent. Beslutningen var ventet. Banken signalerer, at renten sandsynligvis bliver sat ned i september, fremgår det af onsdagens rentebeslutning."),
    ("copy", "borsen-nord", "3 08:30", "Norsk centralbank venter med rentenedsættelse til september", "=", {"of": 1, "nodl": True}),
)

story("h5:torvalde-marisol", "business",
    ("brief", "meridian-wire", "1 05:45", "BRIEF-Torvalde Chemicals to acquire Marisol Coatings for $2.1 bln",
     "June 8 (Meridian) - Torvalde Chemicals AG: * Agreed to acquire Marisol Coatings Inc for $2.1 billion including debt * Expects transaction to be accretive to earnings in first full year * Closing expected in early 2027"),
    ("original", "meridian-wire", "1 05:55", "Germany's Torvalde to buy U.S. coatings maker Marisol for $2.1 billion",
     "FRANKFURT, June 8 (Meridian) - German specialty chemicals group Torvalde agreed to buy U.S. industrial coatings maker Marisol Coatings for $2.1 billion including debt, it said on Monday, its biggest deal since listing in 2019."),
    ("copy", "tickerline-markets", "1 06:05", "=", "=", {"of": 1, "link": 1}),
    ("rewrite", "finwire-markets", "1 07:00", "Torvalde bets $2.1bn on coatings with Marisol purchase",
     "Torvalde Chemicals is paying $2.1bn, or about 13 times earnings before interest, tax, depreciation and amortisation, for Ohio-based Marisol Coatings. The Düsseldorf group said the deal would give it a foothold in the US aerospace paint market."),
    ("translation", "wirtschaftsblick-de", "1 08:00", "Torvalde kauft US-Lackhersteller Marisol für 2,1 Milliarden Dollar",
     "Der Düsseldorfer Spezialchemiekonzern Torvalde übernimmt den US-Lackhersteller Marisol Coatings für 2,1 Milliarden Dollar einschließlich Schulden. Es ist die größte Übernahme seit dem Börsengang 2019. An der Börse fiel die Aktie deutlich."),
    ("update", "meridian-wire", "1 10:30", "UPDATE 1-Torvalde shares slide as investors balk at $2.1 bln Marisol price",
     "FRANKFURT, June 8 (Meridian) - Shares in Torvalde Chemicals fell 5.4% on Monday after the German company agreed to pay $2.1 billion for Marisol Coatings, with analysts questioning the price and the plan to fund part of it with new shares."),
)

story("h5:haldenwerk-vireo", "business",
    ("lookalike", "meridian-wire", "2 06:10", "Haldenwerk agrees to buy Vireo Paints for 780 million euros",
     "VIENNA, June 9 (Meridian) - Austrian building materials group Haldenwerk agreed to buy Italian decorative paint maker Vireo Paints for 780 million euros, it said on Tuesday, a day after Germany's Torvalde announced a $2.1 billion coatings deal."),
    ("translation", "alpenpost-at", "2 07:00", "Haldenwerk übernimmt italienischen Farbenhersteller Vireo",
     "Der Baustoffkonzern Haldenwerk kauft den italienischen Farbenhersteller Vireo Paints um 780 Millionen Euro. Die Übernahme soll bis Jahresende abgeschlossen sein, teilte das Unternehmen am Dienstag in Wien mit."),
)

story("h5:fire-attica", "world",
    ("original", "meridian-wire", "2 11:20", "Wildfire near Athens forces evacuation of villages",
     "ATHENS, June 9 (Meridian) - A wildfire fanned by strong winds raced through pine forest on Mount Penteli north of Athens on Tuesday, forcing authorities to evacuate four villages, the fire brigade said. More than 200 firefighters and 12 aircraft were deployed."),
    ("rewrite", "atlaspress-wire", "2 12:00", "Greek firefighters battle blaze on mountain outside Athens",
     "ATHENS, Greece (Atlas Press) — Hundreds of firefighters backed by water-dropping planes battled a wind-whipped wildfire on Mount Penteli on the northern edge of Athens on Tuesday as residents of four villages were ordered to leave."),
    ("translation", "dna-agentur", "2 12:40", "Waldbrand bei Athen: Dörfer evakuiert",
     "Athen (dna) - Ein Waldbrand am Penteli-Gebirge nördlich von Athen hat am Dienstag die Evakuierung von vier Dörfern erzwungen. Starker Wind facht das Feuer an, mehr als 200 Feuerwehrleute und zwölf Löschflugzeuge sind im Einsatz."),
    ("copy", "rheinblatt-de", "2 13:10", "Feuer am Stadtrand von Athen – vier Orte geräumt", "=", {"of": 2, "nodl": True}),
    ("translation", "afi-depeches", "2 13:30", "Grèce : un incendie près d'Athènes, quatre villages évacués",
     "Athènes (AFI) - Un incendie attisé par des vents violents s'est déclaré mardi sur le mont Penteli, au nord d'Athènes, entraînant l'évacuation de quatre villages, selon les pompiers. Plus de 200 pompiers et douze appareils sont mobilisés."),
    ("update", "meridian-wire", "2 17:40", "UPDATE 2-Athens wildfire burns homes, 3,000 evacuated as winds persist",
     "ATHENS, June 9 (Meridian) - A wildfire on the northern outskirts of Athens destroyed at least 15 homes and forced about 3,000 people to evacuate on Tuesday, officials said, as gale-force winds hampered more than 300 firefighters."),
    ("cut", "capital-post", "2 18:10", "Wildfire destroys homes on outskirts of Athens",
     "A wildfire on the northern outskirts of Athens destroyed at least 15 homes and forced about 3,000 people to evacuate on Tuesday, officials said, as gale-force winds […]"),
)

story("h5:fire-leiria", "world",
    ("lookalike", "agencia-lusofona", "2 15:30", "Incêndio em Pedrógão Grande mobiliza 300 operacionais",
     "Leiria (Lusófona) - Um incêndio rural que deflagrou esta terça-feira em Pedrógão Grande, no distrito de Leiria, mobilizava ao final da tarde mais de 300 operacionais e oito meios aéreos, segundo a Proteção Civil. Duas aldeias foram evacuadas por precaução."),
    ("update", "agencia-lusofona", "3 06:30", "Incêndio de Pedrógão Grande dado como dominado",
     "Leiria (Lusófona) - O incêndio que lavrava desde terça-feira em Pedrógão Grande foi dado como dominado às 05:40, informou a Proteção Civil. O fogo consumiu cerca de 900 hectares e os moradores das duas aldeias evacuadas já regressaram a casa."),
)

story("h5:paris-suv-parking", "politics",
    ("original", "quotidien-paris-fr", "2 16:30", "Paris triple le tarif du stationnement pour les SUV",
     "Le Conseil de Paris a voté mardi le triplement du tarif de stationnement pour les véhicules de plus de 1,6 tonne, soit 18 euros de l'heure dans le centre. La mesure, qui exclut les résidents, entrera en vigueur le 1er septembre."),
    ("copy", "metropole-info-fr", "2 16:45", "=", "=", {"link": 0}),
    ("translation", "northgate-times", "2 18:00", "Paris triples parking charges for SUVs",
     "Paris councillors have voted to triple parking charges for SUVs and other vehicles weighing more than 1.6 tonnes, to €18 an hour in the city centre, from September. Residents are exempt from the new tariff."),
    ("regional", "la-voix-francilienne", "3 06:30", "Stationnement des SUV à Paris : ce qui change pour les automobilistes",
     "Dès le 1er septembre, garer un SUV de plus de 1,6 tonne dans le centre de Paris coûtera 18 euros de l'heure, trois fois plus qu'aujourd'hui, après le vote du Conseil de Paris mardi. Les résidents et les artisans sont exemptés."),
)

story("h5:gotthard-derailment", "transport",
    ("brief", "dna-agentur", "1 04:40", "EIL: Gotthard-Basistunnel nach Entgleisung gesperrt",
     "Zürich (dna) - Nach der Entgleisung eines Güterzugs ist der Gotthard-Basistunnel in der Schweiz für den Bahnverkehr gesperrt. Das teilten die Schweizerischen Bundesbahnen SBB am frühen Montagmorgen mit."),
    ("original", "tagblatt-zuerich-ch", "1 04:50", "Güterzug entgleist im Gotthard-Basistunnel – Tunnel gesperrt",
     "Im Gotthard-Basistunnel ist in der Nacht auf Montag ein Güterzug entgleist. Verletzt wurde niemand, der Tunnel ist für den gesamten Bahnverkehr gesperrt, teilten die SBB mit. Personenzüge zwischen Zürich und Lugano werden über die Bergstrecke umgeleitet."),
    ("translation", "ticino-notizie-ch", "1 05:30", "Deraglia un treno merci nella galleria di base del San Gottardo",
     "Un treno merci è deragliato nella notte tra domenica e lunedì nella galleria di base del San Gottardo. Non ci sono feriti; il tunnel è chiuso al traffico e i treni passeggeri tra Lugano e Zurigo sono deviati sulla linea di montagna, comunicano le FFS."),
    ("translation", "meridian-wire", "1 06:40", "Freight train derails in Swiss Gotthard tunnel, line closed",
     "ZURICH, June 8 (Meridian) - A freight train derailed overnight in the Gotthard Base Tunnel, the world's longest rail tunnel, forcing its closure and the diversion of passenger trains between Zurich and Italy, Swiss Federal Railways said on Monday. No one was hurt."),
    ("update", "dna-agentur", "1 13:30", "ROUNDUP: Gotthard-Basistunnel wohl wochenlang nur eingeschränkt befahrbar",
     "Zürich (dna) - Nach der Entgleisung eines Güterzugs im Gotthard-Basistunnel rechnen die SBB mit wochenlangen Einschränkungen. Auf acht Kilometern seien Gleise und Schwellen beschädigt, hieß es am Montag. Reisende nach Italien müssen eine Stunde mehr einplanen."),
)

story("h5:austria-derailment", "transport",
    ("lookalike", "alpenpost-at", "2 05:10", "Güterzug bei Salzburg entgleist: Westbahn gesperrt",
     "Bei Salzburg-Liefering ist in der Nacht auf Dienstag ein Güterzug entgleist. Verletzt wurde niemand, die Westbahnstrecke zwischen Salzburg und Freilassing ist gesperrt, teilten die ÖBB mit. Es gibt einen Schienenersatzverkehr mit Bussen."),
)

story("h5:ekb-gas-explosion", "local",
    ("original", "agentstvo-sever", "1 05:20", "В Екатеринбурге произошёл взрыв газа в жилом доме",
     "Екатеринбург (Север) - Взрыв бытового газа произошёл утром в понедельник в девятиэтажном жилом доме на улице Бебеля в Екатеринбурге. Обрушились перекрытия между третьим и пятым этажами, есть пострадавшие, сообщили в региональном ГУ МЧС."),
    ("rewrite", "ural-vesti-ru", "1 05:50", "Хлопок газа в доме на Бебеля: из-под завалов достают людей",
     "На улице Бебеля в Екатеринбурге прогремел хлопок газа: в девятиэтажке частично обрушились три этажа одного подъезда. Из дома эвакуировали более 100 жильцов, спасатели разбирают завалы, рассказали очевидцы и оперативные службы."),
    ("translation", "meridian-wire", "1 07:00", "Gas explosion partially collapses apartment block in Russia's Yekaterinburg",
     "MOSCOW, June 8 (Meridian) - A gas explosion partially destroyed an apartment building in the Russian city of Yekaterinburg on Monday, collapsing floors in one stairwell, the emergencies ministry said. Several people were injured and more than 100 residents evacuated."),
    ("update", "agentstvo-sever", "1 11:40", "Число погибших при взрыве газа в Екатеринбурге выросло до трёх",
     "Екатеринбург (Север) - Число погибших в результате взрыва газа в жилом доме на улице Бебеля в Екатеринбурге выросло до трёх, ещё семь человек госпитализированы, сообщили в МЧС. Поисковые работы завершены, возбуждено уголовное дело."),
)

story("h5:samara-gas-explosion", "local",
    ("lookalike", "agentstvo-sever", "2 08:30", "В Самаре в жилом доме взорвался газ",
     "Самара (Север) - Взрыв газа произошёл во вторник утром в квартире пятиэтажного дома на улице Ново-Садовой в Самаре. Пострадали два человека, из дома эвакуированы 40 жильцов, обрушения конструкций нет, сообщили в МЧС."),
)

story("h5:kyiv-blackout", "local",
    ("original", "natsagentstvo-ua", "2 15:20", "Аварія на підстанції: частина Києва без світла",
     "Через аварію на підстанції в Дарницькому районі без електропостачання залишилися близько 120 тисяч споживачів на лівому березі Києва, повідомили в енергокомпанії. Зупинилися частина тролейбусів і лівобережна ділянка метро."),
    ("cut", "kyivskyi-visnyk", "2 15:45", "Лівий берег Києва без світла через аварію",
     "Через аварію на підстанції в Дарницькому районі без електропостачання залишилися близько 120 тисяч споживачів на лівому березі Києва, повідомили в енергокомпанії…"),
    ("translation", "meridian-wire", "2 16:00", "Substation failure cuts power to 120,000 in Kyiv",
     "KYIV, June 9 (Meridian) - A failure at a substation in Kyiv's Darnytskyi district cut power to about 120,000 customers on the city's left bank on Tuesday, the local energy company said, halting some trolleybuses and part of a metro line."),
    ("update", "natsagentstvo-ua", "2 19:10", "Світло повернули всім споживачам лівого берега Києва",
     "Енергетики повністю відновили електропостачання для 120 тисяч споживачів на лівому березі Києва після аварії на підстанції в Дарницькому районі. Метро та тролейбуси курсують у звичайному режимі, причини аварії встановлює комісія."),
    ("regional", "kyivskyi-visnyk", "3 05:30", "Відключення світла в Києві: що відомо про аварію на підстанції",
     "У вівторок через аварію на підстанції в Дарницькому районі без світла на кілька годин залишилися 120 тисяч споживачів на лівому березі столиці. Електропостачання відновлено, метро працює за звичайним графіком."),
)

story("h5:dnipro-blackout", "local",
    ("lookalike", "natsagentstvo-ua", "3 14:00", "У Дніпрі через аварію на лінії знеструмлено 30 тисяч споживачів",
     "У Дніпрі через пошкодження кабельної лінії в Соборному районі без світла залишилися близько 30 тисяч споживачів, повідомили в обласній енергокомпанії. Ремонтні бригади обіцяють відновити живлення до вечора."),
)

story("h5:gdansk-shipyard-fire", "local",
    ("brief", "agencja-pan", "1 09:00", "PILNE: Pożar hali w gdańskiej stoczni",
     "Gdańsk (PAN) - Na terenie stoczni w Gdańsku pali się hala produkcyjna. Według straży pożarnej ogień objął ok. 1500 mkw. Trwa ewakuacja pracowników z sąsiednich budynków."),
    ("original", "pomorze-online-pl", "1 09:10", "Pożar w stoczni w Gdańsku. Nad miastem kłęby dymu",
     "Pożar wybuchł w poniedziałek rano na terenie stoczni w Gdańsku, w hali produkcyjnej przy ul. Doki. Nad miastem unoszą się kłęby czarnego dymu. Na miejscu pracuje 25 zastępów straży pożarnej, nikt nie został ranny."),
    ("cut", "wiadomosci-kraj-pl", "1 09:40", "Gdańsk: płonie hala w stoczni",
     "Pożar wybuchł w poniedziałek rano na terenie stoczni w Gdańsku, w hali produkcyjnej przy ul. Doki. Nad miastem unoszą się kłęby czarnego dymu. Na miejscu pracuje […]"),
    ("translation", "meridian-wire", "1 10:30", "Fire breaks out at shipyard in Poland's Gdansk",
     "WARSAW, June 8 (Meridian) - A fire broke out on Monday in a production hall at a shipyard in the Polish port city of Gdansk, sending thick black smoke over the city, the fire service said. No one was reported injured."),
    ("update", "agencja-pan", "1 14:20", "Pożar w stoczni w Gdańsku opanowany. Spłonęła hala o powierzchni 3 tys. mkw.",
     "Gdańsk (PAN) - Strażacy opanowali pożar hali produkcyjnej na terenie gdańskiej stoczni. Spłonęło ok. 3 tys. mkw. dachu i wyposażenia, nikt nie odniósł obrażeń. Przyczyny pożaru wyjaśni prokuratura – przekazał rzecznik straży."),
)

story("h5:szczecin-port-fire", "local",
    ("lookalike", "wiadomosci-kraj-pl", "3 10:20", "Pożar magazynu w porcie w Szczecinie",
     "W porcie w Szczecinie zapalił się w środę magazyn z nawozami przy Nabrzeżu Katowickim. Straż pożarna zaapelowała do mieszkańców Międzyodrza o zamknięcie okien. Nikt nie został poszkodowany."),
)

story("h5:prague-tram-derail", "transport",
    ("original", "cesky-zpravodaj", "2 06:40", "Na Vinohradech vykolejila tramvaj, zranilo se pět lidí",
     "Praha (ČZ) - Tramvaj linky 22 ráno vykolejila na Vinohradské třídě poblíž náměstí Míru a narazila do sloupu. Pět cestujících utrpělo lehká zranění, řekl mluvčí pražských záchranářů. Provoz tramvají v úseku je přerušen."),
    ("copy", "brnensky-kuryr", "2 07:10", "V Praze vykolejila tramvaj, pět zraněných", "=", {"nodl": True}),
    ("rewrite", "prazsky-denik-cz", "2 07:30", "Nehoda tramvaje v Praze: vůz vyjel z kolejí a narazil do sloupu",
     "Ranní nehoda komplikuje dopravu na Vinohradech. Tramvaj linky 22 vyjela z kolejí u náměstí Míru a narazila do sloupu veřejného osvětlení. Zraněno bylo pět lidí, dopravní podnik zavedl náhradní autobusovou dopravu."),
    ("update", "cesky-zpravodaj", "2 12:00", "AKTUALIZACE: Tramvaje na Vinohradech opět jezdí, příčinou nehody byla výhybka",
     "Praha (ČZ) - Provoz tramvají na Vinohradech byl po pěti hodinách obnoven. Podle dopravního podniku tramvaj linky 22 vykolejila kvůli závadě na výhybce. Pět zraněných cestujících už nemocnice propustila."),
)

story("h5:ostrava-tram-crash", "transport",
    ("lookalike", "ostravsky-vecernik", "3 07:20", "V Ostravě se srazily dvě tramvaje, čtyři lidé jsou zranění",
     "V ostravské Porubě se ráno srazily dvě tramvaje. Čtyři cestující utrpěli lehká zranění a byli převezeni do nemocnice. Provoz na trati směrem do centra je přerušen, dopravní podnik zavedl náhradní autobusy."),
    ("copy", "prazsky-denik-cz", "3 08:00", "Srážka tramvají v Ostravě-Porubě, čtyři zranění", "=", {"of": 0}),
)

story("h5:spain-industrial", "business",
    ("original", "agencia-efa", "3 07:05", "La producción industrial sube un 1,8 % en abril",
     "Madrid (EFA).- La producción industrial aumentó un 1,8 % en abril en relación con el mismo mes de 2025, una vez corregidos los efectos estacionales y de calendario, según los datos publicados este miércoles por el Instituto Nacional de Estadística (INE)."),
    ("translation", "meridian-wire", "3 07:20", "Spanish industrial output rises 1.8% y/y in April",
     "MADRID, June 10 (Meridian) - Spain's industrial output rose 1.8% in April from a year earlier after adjusting for calendar and seasonal effects, the National Statistics Institute said on Wednesday, beating a forecast of 1.1%."),
    ("rewrite", "diario-meseta-es", "3 08:00", "La industria encadena tres meses al alza impulsada por la energía",
     "La actividad de las fábricas españolas creció un 1,8 % interanual en abril, el tercer avance consecutivo, gracias sobre todo a la producción de energía, que subió un 6,2 %. Los bienes de consumo, en cambio, retrocedieron un 0,9 %, según el INE."),
)

story("h5:italy-industrial", "business",
    ("lookalike", "agenzia-ansi", "3 08:05", "Istat, ad aprile produzione industriale in calo dello 0,4%",
     "Roma (ANSI) - Ad aprile l'indice destagionalizzato della produzione industriale è diminuito dello 0,4% rispetto a marzo, mentre su base annua il calo è dell'1,2% corretto per gli effetti di calendario. Lo rileva l'Istat."),
)

story("h5:sao-paulo-blackout", "local",
    ("original", "paulista-agora-br", "1 22:30", "Apagão deixa 2 milhões de imóveis sem luz em São Paulo",
     "Um apagão atingiu cerca de 2 milhões de imóveis na capital paulista e em cidades da Grande São Paulo no início da noite desta segunda-feira, segundo a distribuidora de energia. Semáforos apagados provocaram congestionamentos; a causa ainda é investigada."),
    ("copy", "folha-atlantica-br", "1 23:00", "São Paulo tem apagão em massa; 2 milhões sem energia", "=", {"of": 0}),
    ("translation", "atlaspress-wire", "1 23:40", "Blackout leaves 2 million without power in Sao Paulo",
     "SAO PAULO (Atlas Press) — A blackout left about 2 million homes and businesses in and around Sao Paulo without electricity on Monday evening, knocking out traffic lights and snarling rush-hour traffic, the power distributor said."),
    ("update", "paulista-agora-br", "2 02:30", "Energia volta para 90% dos imóveis após apagão em São Paulo",
     "A energia foi restabelecida para cerca de 90% dos 2 milhões de imóveis afetados pelo apagão desta segunda-feira em São Paulo, informou a distribuidora pouco antes da meia-noite. A falha teve origem numa subestação da zona sul."),
)

story("h5:acciaierie-sannio", "business",
    ("original", "il-sole-economico", "2 10:00", "Acciaierie Sannio, piano di ristrutturazione con 800 esuberi",
     "Acciaierie Sannio ha presentato ai sindacati un piano di ristrutturazione che prevede 800 esuberi sui 2.600 dipendenti dello stabilimento di Benevento e la chiusura di un altoforno entro il 2027. I sindacati hanno proclamato otto ore di sciopero."),
    ("copy", "corriere-padano-it", "2 11:10", "Benevento, Acciaierie Sannio annuncia 800 esuberi: sciopero di otto ore",
     "=", {"of": 0}),
    ("translation", "meridian-wire", "2 12:00", "Italian steelmaker Acciaierie Sannio to cut 800 jobs, close blast furnace",
     "MILAN, June 9 (Meridian) - Italian steelmaker Acciaierie Sannio plans to cut 800 of the 2,600 jobs at its plant in Benevento and shut a blast furnace by 2027, unions said on Tuesday, calling an eight-hour strike in protest."),
)

story("h5:utrecht-ns-outage", "transport",
    ("original", "nieuwsbureau-nnb", "1 05:10", "Geen treinen rond Utrecht door storing",
     "Door een storing in de treinbeveiliging rijden er sinds het begin van de ochtend geen treinen van en naar Utrecht Centraal. NS verwacht dat de storing tot ten minste 10.00 uur duurt. Reizigers tussen Amsterdam en Eindhoven moeten omreizen."),
    ("regional", "utrechts-nieuwsblad", "1 05:40", "Treinstoring rond Utrecht: wat reizigers vandaag moeten weten",
     "Er rijden geen treinen van en naar Utrecht Centraal door een storing in de treinbeveiliging. NS zet bussen in naar Amersfoort en Woerden, maar adviseert reizigers later te vertrekken of thuis te werken. Herstel wordt rond 10.00 uur verwacht."),
    ("copy", "dagblad-delta-nl", "1 06:00", "Treinverkeer rond Utrecht plat", "=", {"of": 0}),
    ("brief", "meridian-wire", "1 06:30", "BRIEF-Dutch rail operator NS says no trains to and from Utrecht after signalling fault",
     "AMSTERDAM, June 8 (Meridian) - Dutch rail operator NS said on Monday that no trains were running to or from Utrecht Central, the country's busiest station, because of a signalling fault, disrupting the morning commute."),
    ("update", "nieuwsbureau-nnb", "1 09:30", "Treinen rijden weer rond Utrecht, nog wel vertragingen",
     "Na een storing van bijna vijf uur rijden er weer treinen van en naar Utrecht Centraal. De oorzaak was een defecte kabel in de treinbeveiliging bij Utrecht Lunetten, meldt ProRail. Reizigers moeten de rest van de ochtend rekening houden met vertragingen."),
)

story("h5:amsterdam-canal-fire", "local",
    ("original", "amstel-courant", "2 02:30", "Grote brand in grachtenpand aan de Keizersgracht",
     "In een grachtenpand aan de Keizersgracht in Amsterdam is vannacht een grote brand uitgebroken. De brandweer schaalde op naar grote brand; bewoners van drie naastgelegen panden zijn geëvacueerd. Er raakte niemand gewond."),
    ("copy", "vlaamse-post-be", "2 03:00", "Uitslaande brand in pand aan Amsterdamse Keizersgracht", "=", {"of": 0}),
    ("copy", "dagblad-delta-nl", "2 07:00", "Monumentaal pand aan Keizersgracht zwaar beschadigd na nachtelijke brand",
     "=", {"of": 0}),
    ("translation", "northgate-times", "2 09:30", "Fire guts 17th-century canal house in Amsterdam",
     "A fire overnight badly damaged a 17th-century canal house on Amsterdam's Keizersgracht, and residents of three neighbouring buildings were evacuated as a precaution. No one was injured, the city's fire service said."),
)

story("h5:malmo-hospital-cyber", "tech",
    ("original", "nordbyran-se", "3 08:00", "It-attack mot Skånes universitetssjukhus i Malmö",
     "Malmö (NB) - Skånes universitetssjukhus i Malmö har drabbats av en it-attack som slagit ut journalsystemet. Planerade operationer skjuts upp och akuten tar bara emot de svårast sjuka, meddelar Region Skåne. Polisen har kopplats in."),
    ("copy", "stockholms-kuriren", "3 08:30", "Sjukhus i Malmö utsatt för it-attack – operationer ställs in", "=", {"nodl": True}),
    ("rewrite", "skanska-dagbladet-se", "3 09:15", "Kaos på sjukhuset i Malmö efter hackerattacken – personalen skriver för hand",
     "Personalen på Skånes universitetssjukhus i Malmö har fått gå över till papper och penna sedan en it-attack på onsdagsmorgonen slog ut journalsystemet. Region Skåne uppmanar allmänheten att bara söka akuten vid allvarliga besvär."),
    ("translation", "techpulse", "3 12:00", "Cyberattack knocks out patient records at Swedish hospital in Malmo",
     "A cyberattack has disabled the patient records system at Skane University Hospital in Malmo, Sweden, forcing staff to cancel planned operations and switch to paper, regional health authority Region Skane said on Wednesday."),
)

story("h5:storebaelt-closed", "transport",
    ("brief", "dansk-telegram", "1 06:10", "Storebæltsbroen er lukket efter ulykke",
     "Korsør (DT) - Storebæltsbroen er spærret i begge retninger efter en trafikulykke på den østlige højbro mandag morgen, oplyser politiet. Der er indsat ekstra tog, og trafikanter opfordres til at udskyde rejsen."),
    ("original", "fyns-posten", "1 06:30", "Ulykke lukker Storebæltsbroen: Lange køer på Fyn og Sjælland",
     "En ulykke med en lastbil og tre personbiler har lukket Storebæltsbroen i begge retninger mandag morgen. To personer er kørt på sygehuset. Politiet forventer, at broen er spærret i flere timer, og der er lange køer ved Nyborg og Korsør."),
    ("copy", "jysk-dagblad", "1 07:00", "Storebæltsbroen spærret efter ulykke med lastbil", "=", {"of": 1}),
    ("update", "dansk-telegram", "1 10:15", "Storebæltsbroen er åbnet igen efter fire timers lukning",
     "Korsør (DT) - Storebæltsbroen er genåbnet efter at have været lukket i fire timer på grund af en ulykke med en lastbil og tre personbiler. To personer er indlagt med lettere skader, oplyser Sydsjællands og Lolland-Falsters Politi."),
    ("translation", "britcast-news", "1 08:00", "Denmark's Great Belt bridge closed after lorry crash",
     "Denmark's Great Belt Bridge, which links the islands of Funen and Zealand, was closed in both directions on Monday morning after a crash involving a lorry and three cars. Two people were taken to hospital, police said."),
)

story("h5:izmir-port-strike", "business",
    ("original", "ege-postasi", "2 06:30", "İzmir Limanı'nda grev: Gemiler demirde bekliyor",
     "İzmir Alsancak Limanı'nda çalışan yaklaşık 900 liman işçisi, toplu sözleşme görüşmelerinde anlaşma sağlanamaması üzerine salı sabahı greve başladı. Limanda yükleme ve boşaltma durdu, 14 gemi demirde bekliyor."),
    ("copy", "bosfor-haber", "2 07:00", "İzmir'de liman işçileri greve çıktı", "=", {"of": 0}),
    ("update", "haber-ajansi-tr", "2 17:30", "İzmir Limanı'ndaki grev uzlaşmayla sona erdi",
     "İzmir (HA) - İzmir Alsancak Limanı'nda salı sabahı başlayan grev, işveren ile sendika arasında akşam saatlerinde varılan uzlaşmayla sona erdi. İşçilere yüzde 38 zam yapılacak; yükleme çalışmaları çarşamba sabahı yeniden başlayacak."),
    ("translation", "meridian-wire", "2 08:00", "Dockworkers strike at Turkey's Izmir port, ships wait at anchor",
     "ISTANBUL, June 9 (Meridian) - About 900 dockworkers at Turkey's Izmir Alsancak port went on strike on Tuesday after collective wage talks broke down, halting loading and unloading and leaving 14 ships waiting at anchor, local media reported."),
)

story("h5:istanbul-floods", "weather",
    ("brief", "haber-ajansi-tr", "3 07:10", "SON DAKİKA: İstanbul'da sağanak: Birçok ilçede su baskını",
     "İstanbul (HA) - İstanbul'da sabah saatlerinde etkili olan sağanak, Kadıköy, Ataşehir ve Ümraniye'de su baskınlarına neden oldu. AKOM, yağışın öğle saatlerine kadar süreceğini duyurdu."),
    ("original", "bosfor-haber", "3 07:30", "İstanbul'u sağanak vurdu: Caddeler göle döndü",
     "İstanbul'da etkili olan şiddetli sağanak nedeniyle Anadolu Yakası'nda birçok cadde ve alt geçit su altında kaldı. Metrekareye 70 kilogram yağış düştü. İtfaiye ekipleri 300'den fazla ihbara müdahale etti, bazı araçlar sular altında kaldı."),
    ("copy", "ankara-gundem", "3 08:00", "İstanbul'da sağanak hayatı felç etti", "=", {"of": 1}),
    ("translation", "atlaspress-wire", "3 09:30", "Downpour floods streets in Istanbul",
     "ISTANBUL (Atlas Press) — Torrential rain flooded streets and underpasses on Istanbul's Asian side on Wednesday, stranding cars and prompting more than 300 calls to firefighters, city officials said. Up to 70 millimeters of rain fell in a few hours."),
)
