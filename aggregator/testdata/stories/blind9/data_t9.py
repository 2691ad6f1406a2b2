"""Week T (tuning9.json): Mon 5 - Wed 7 Oct 2026. Day numbers are 1..3."""
import datetime as dt
from common import Corpus

CORPUS = Corpus("t9", dt.date(2026, 10, 5))
S = CORPUS.story
O = CORPUS.one

# ---------------------------------------------------------------- English-led
S("E01-rhodes-quake", [
    ("original", "gwire", 1, "04:12", "Magnitude 5.1 earthquake strikes off Rhodes",
     "An earthquake of magnitude 5.1 struck in the sea east of the Greek island of Rhodes at 03:51 GMT on Monday, the "
     "Athens Geodynamic Institute said. There were no immediate reports of casualties or serious damage."),
    ("brief", "northstar", 1, "04:20", "BRIEF-Quake of magnitude 5.1 hits sea near Rhodes - Athens institute",
     "Athens Geodynamic Institute says magnitude 5.1 earthquake struck at sea east of Rhodes at 03:51 GMT at a depth of "
     "about 12 km; tremor felt on Turkey's Aegean coast; no casualties reported so far."),
    ("rewrite", "ledger", 1, "07:30", "Holidaymakers flee hotels as pre-dawn tremor rocks the Dodecanese",
     "Tourists in nightclothes gathered around hotel pools in Faliraki after a shallow undersea jolt, put at 5.1, woke the "
     "islands before dawn. Greek civil protection said nobody had been hurt and engineers were inspecting older buildings."),
    ("translation", "dpn", 1, "08:10", "Erdbeben der Stärke 5,1 vor Rhodos",
     "Vor der griechischen Insel Rhodos hat am frühen Montagmorgen die Erde gebebt. Das Geodynamische Institut in Athen gab "
     "die Stärke mit 5,1 an; Berichte über Verletzte oder größere Schäden lagen zunächst nicht vor."),
    ("update", "gwire", 1, "10:40", "UPDATE 1-Rhodes quake downgraded to 4.9; cracks in Lindos church",
     "ATHENS (Globalwire) - Seismologists revised Monday's earthquake off Rhodes to magnitude 4.9, while the island's "
     "mayor said plaster fell inside a church in Lindos and several old stone walls collapsed. Nobody was injured."),
    ("regional", "courier", 2, "07:00", "In brief: Quake rattles Rhodes resorts",
     "An earthquake measuring 4.9 struck off the Greek island of Rhodes early on Monday. Holidaymakers briefly left their "
     "hotels and a church in Lindos was damaged, but no injuries were reported, Greek officials said."),
])

S("E02-calabria-quake", [
    ("original", "gwire", 1, "15:22", "Magnitude 4.6 earthquake strikes off Calabria",
     "An earthquake of magnitude 4.6 struck in the Tyrrhenian Sea off the coast of Calabria in southern Italy at 14:58 GMT "
     "on Monday, Italy's INGV institute said. There were no immediate reports of damage or injuries."),
    ("translation", "ansi", 1, "15:40", "Terremoto di magnitudo 4,6 al largo della Calabria",
     "Una scossa di magnitudo 4,6 è stata registrata alle 16:58 nel mar Tirreno, al largo della costa calabrese, secondo "
     "l'Ingv. Il sisma è stato avvertito a Vibo Valentia e a Cosenza, non si segnalano danni a persone o cose."),
    ("rewrite", "worldline", 1, "16:30", "World: Pupils led into playgrounds as undersea jolt shakes Italy's toe",
     "Schools in Vibo Valentia and Cosenza were briefly evacuated after a 4.6 tremor centred about 30 km off Tropea was "
     "felt across the region. The fire brigade said it had found no structural damage."),
    ("cut", "northstar", 1, "17:05", "Moderate quake off southern Italy felt in Tropea and Cosenza", None),
])

S("E03-swiss-inflation", [
    ("original", "gwire", 1, "06:32", "Swiss inflation falls to 0.2% in September",
     "ZURICH (Globalwire) - Swiss consumer prices rose 0.2% year on year in September, down from 0.4% in August, the "
     "Federal Statistical Office said on Monday, as cheaper imported goods and package holidays offset higher rents."),
    ("brief", "capitalbrief", 1, "06:33", "BRIEF-Swiss Sept CPI +0.2% y/y, below forecast",
     "Swiss Federal Statistical Office says September consumer prices up 0.2% year on year versus 0.4% in August; "
     "economists polled had expected 0.3%; prices fell 0.2% from the previous month."),
    ("rewrite", "northstar", 1, "08:15", "Strong franc keeps price growth in Switzerland close to zero",
     "Prices in the Alpine country barely moved last month, official figures showed, strengthening the case for the Swiss "
     "National Bank to hold its policy rate at zero into next year. Imported goods were 1.8% cheaper than a year earlier."),
])

S("E04-unmiss-renewal", [
    ("original", "gwire", 2, "19:10", "UN Security Council extends South Sudan peacekeeping mission for a year",
     "UNITED NATIONS (Globalwire) - The UN Security Council on Tuesday extended the mandate of the UN Mission in South "
     "Sudan, UNMISS, until 31 October 2027, with 13 votes in favour and two abstentions."),
    ("translation", "afi", 2, "20:05", "L'ONU prolonge d'un an sa mission au Soudan du Sud",
     "Le Conseil de sécurité de l'ONU a prolongé mardi jusqu'au 31 octobre 2027 le mandat de la Mission des Nations unies "
     "au Soudan du Sud (Minuss), par 13 voix pour et deux abstentions. Quelque 17 000 Casques bleus sont déployés dans le pays."),
    ("rewrite", "worldline", 2, "20:40", "World: Juba force keeps its 17,000 blue helmets after Council vote",
     "Peacekeepers protecting civilians in the world's youngest country will stay for another twelve months after the "
     "15-member Council backed a resolution drafted by the United States. Two members abstained."),
    ("cut", "northstar", 2, "21:30", "South Sudan mission renewed as two Council members abstain", None),
])

S("E05-manchester-bus-strike", [
    ("original", "ledger", 1, "05:10", "Manchester bus drivers begin 24-hour strike over pay",
     "By Tom Fairley, Transport Correspondent. About 1,200 drivers at Northway Buses in Greater Manchester walked out at 4am "
     "on Monday in a row over pay, halting services on more than 100 routes across the city region."),
    ("rewrite", "eveningmetro", 1, "07:00", "Commuters face long waits as Northway drivers down tools",
     "Queues formed at Piccadilly Gardens and Stockport bus station as a walkout by Unite members left most depots idle. "
     "Metrolink said trams were running extra services but were packed by 7am."),
    ("update", "ledger", 1, "13:30", "UPDATE: Only 12 routes running as Manchester bus strike bites; schools report absences",
     "Only 12 of Northway Buses' 110 routes in Greater Manchester were running at midday as the 24-hour strike by 1,200 "
     "drivers continued, the company said. Several secondary schools in Oldham and Rochdale reported high pupil absence."),
    ("regional", "courier", 2, "06:30", "Buses back on Manchester roads after one-day strike",
     "Bus services across Greater Manchester returned to normal on Tuesday after Monday's 24-hour walkout by 1,200 Northway "
     "drivers in a pay dispute. Unite said further action had not been ruled out."),
])

S("E06-tilbury-warehouse-fire", [
    ("original", "gwire", 2, "02:35", "Fire breaks out at warehouse in Port of Tilbury",
     "A large fire broke out in a warehouse storing paper and packaging at the Port of Tilbury in Essex late on Monday, "
     "Essex County Fire and Rescue Service said. Fifteen engines were sent and nearby homes were told to keep windows shut."),
    ("brief", "northstar", 2, "02:50", "BRIEF-Essex firefighters battle blaze at Tilbury port warehouse",
     "Essex County Fire and Rescue says 15 engines and an aerial ladder at warehouse fire at Port of Tilbury; residents in "
     "Grays and Tilbury advised to keep doors and windows closed; no injuries reported."),
    ("rewrite", "ledger", 2, "07:40", "Smoke plume drifts over Thames estuary as dockside store burns",
     "A column of black smoke visible from Gravesend and the Dartford crossing hung over the river overnight as crews fought "
     "flames in a storage shed at Tilbury. Some port operations on the Essex bank were suspended."),
    ("update", "gwire", 2, "11:15", "UPDATE 1-Tilbury warehouse fire under control; forklift charger suspected",
     "The fire at a Port of Tilbury warehouse was brought under control on Tuesday morning after burning for nine hours, "
     "the fire service said. Investigators believe it started at a forklift charging point; the building was largely destroyed."),
    ("regional", "eveningmetro", 3, "07:10", "Tilbury port blaze: warehouse destroyed, no one hurt",
     "A warehouse at the Port of Tilbury was largely destroyed in a fire that burned through Monday night. Firefighters "
     "think it began at a forklift charging point; no one was injured."),
])

S("E07-marlow-finch-profit-warning", [
    ("original", "gwire", 1, "06:05", "Marlow & Finch cuts profit forecast as autumn sales slump",
     "LONDON (Globalwire) - British department store group Marlow & Finch cut its full-year profit forecast on Monday, "
     "saying pre-tax profit would be materially below the 62 million pounds analysts expected after like-for-like sales fell "
     "7% in the past eight weeks."),
    ("brief", "capitalbrief", 1, "06:07", "BRIEF-Marlow & Finch sees FY profit materially below expectations",
     "Marlow & Finch says full-year pre-tax profit now expected to be materially below market consensus of 62 million "
     "pounds; like-for-like sales down 7% in eight weeks to 3 October; net cash position unchanged."),
    ("rewrite", "ledger", 1, "09:00", "Department store chain blames warm September as tills go quiet",
     "By Anna Smith, Business Correspondent. Shoppers put off buying coats and boots during an unusually warm September, "
     "Marlow & Finch told investors, as the 140-year-old retailer warned that profits would fall well short of City hopes."),
    ("update", "gwire", 1, "12:30", "UPDATE 1-Marlow & Finch shares plunge 18% after profit warning",
     "Shares in Marlow & Finch fell 18% to a record low on Monday after the department store group warned that annual "
     "profit would miss forecasts. Analysts at two brokers cut their estimates by more than a third."),
])

S("E08-marlow-finch-ceo-resigns", [
    ("original", "capitalbrief", 1, "17:40", "Marlow & Finch chief executive Helen Varga steps down",
     "Marlow & Finch said on Monday evening that chief executive Helen Varga had resigned with immediate effect after four "
     "years in the role. Chairman Robert Ilsley will act as executive chairman while the board searches for a successor."),
    ("copy", "northstar", 1, "18:30", "Marlow & Finch boss Varga quits with immediate effect", None),
    ("rewrite", "ledger", 2, "06:30", "Varga exits at end of bruising day for Marlow & Finch",
     "By Anna Smith, Business Correspondent. Helen Varga, who tried to revive the department store chain with smaller "
     "city-centre shops, has left the business hours after a profit warning sent its shares to a record low. Her departure "
     "takes immediate effect."),
])

S("E09-cardiff-flash-floods", [
    ("original", "courier", 2, "07:20", "Flash floods hit Cardiff as Central station is closed",
     "Torrential overnight rain flooded streets in Cardiff and forced the closure of Cardiff Central railway station on "
     "Tuesday morning, Transport for Wales said. Natural Resources Wales issued six flood warnings for the city."),
    ("rewrite", "gwire", 2, "09:10", "Welsh capital's commuters stranded after a month's rain falls in hours",
     "Trains were halted and cars abandoned in Grangetown and Splott after 70mm of rain fell on south Wales overnight. "
     "Firefighters rescued 14 people from vehicles stuck in floodwater, the fire service said."),
    ("update", "courier", 2, "14:30", "UPDATE: Cardiff Central reopens as floodwater recedes; 40 homes flooded",
     "Cardiff Central station reopened at lunchtime on Tuesday as floodwater receded, but the council said about 40 homes "
     "in Grangetown had been flooded. Firefighters rescued 14 people from cars overnight."),
    ("regional", "eveningmetro", 3, "06:50", "Cardiff counts the cost of flash flooding",
     "About 40 homes in Cardiff's Grangetown area were flooded on Tuesday after torrential rain closed Cardiff Central "
     "station for several hours. Fourteen people were rescued from cars."),
])

S("E10-shannon-emergency-landing", [
    ("original", "gwire", 1, "13:35", "Transatlantic jet makes emergency landing at Shannon after engine failure",
     "An Aerlinn Atlantic Airbus A330 flying from Boston to Dublin with 241 passengers made an emergency landing at Shannon "
     "Airport on Monday after one of its engines failed over the Atlantic, the airline said. Nobody was hurt."),
    ("rewrite", "northstar", 1, "15:00", "'Like a gunshot': travellers recount mid-Atlantic engine shutdown",
     "Passengers on Aerlinn Atlantic flight 127 heard a bang and saw sparks from the left wing before the crew shut down the "
     "engine and turned for the west of Ireland. Fire crews met the aircraft on the runway in County Clare."),
    ("cut", "ledger", 1, "16:00", "Boston-Dublin flight diverted to Shannon after engine shutdown", None),
    ("update", "gwire", 2, "10:20", "UPDATE 1-Bird strike caused Aerlinn engine failure before Shannon landing",
     "Engineers found that a bird strike on take-off from Boston had damaged fan blades, causing the engine failure that "
     "forced an Aerlinn Atlantic jet to land at Shannon on Monday, the airline said on Tuesday."),
])

S("E11-queensland-miners-trapped", [
    ("original", "pacificecho", 2, "01:45", "Six miners trapped underground after roof fall at Queensland coal mine",
     "Six miners are trapped about 400 metres underground after part of a roof collapsed at the Carrow Creek coal mine in "
     "Queensland's Bowen Basin on Tuesday, operator Redgum Coal said. Mine rescue teams are at the site."),
    ("rewrite", "gwire", 2, "03:20", "Rescuers race to reach men cut off by collapse in Australian pit",
     "BRISBANE (Globalwire) - Specialist teams were clearing rubble to reach half a dozen coal workers stranded after a "
     "tunnel section gave way at Redgum's mine near Moranbah, Queensland's mines minister said."),
    ("update", "pacificecho", 2, "09:30", "UPDATE 1-Trapped Queensland miners alive, rescuers make contact",
     "Rescuers have made contact with all six miners trapped at the Carrow Creek mine and passed water and oxygen through a "
     "borehole, Redgum Coal said on Tuesday evening. The men are sheltering in a refuge chamber."),
    ("update", "gwire", 3, "00:40", "UPDATE 2-All six miners rescued from Queensland coal mine after 22 hours",
     "All six miners trapped by a roof fall at the Carrow Creek coal mine in Queensland have been brought to the surface after "
     "22 hours underground, operator Redgum Coal said on Wednesday. Two were taken to hospital in Mackay for observation."),
])

S("E12-corvane-tallis-deal", [
    ("original", "gwire", 1, "11:02", "Corvane Telecom agrees to buy Tallis Networks for $7.4 billion",
     "NEW YORK (Globalwire) - Corvane Telecom has agreed to buy fibre network operator Tallis Networks for $7.4 billion "
     "including debt, the companies said on Monday, in a deal that would make Corvane the third-largest broadband provider "
     "in the United States."),
    ("brief", "capitalbrief", 1, "11:04", "BRIEF-Corvane Telecom to acquire Tallis Networks in $7.4 bln deal",
     "Corvane Telecom says to acquire Tallis Networks for $38.50 per share in cash, valuing it at $7.4 billion including "
     "debt; deal expected to close in second half of 2027, subject to regulatory approvals."),
    ("rewrite", "northstar", 1, "13:10", "Fibre land grab: Corvane bets big on small-town broadband",
     "Corvane is paying a 31% premium for Tallis, whose cables reach 4.6 million homes in small towns across the Midwest "
     "and South. Chief executive Dana Whitcombe said the combined group would save $600 million a year."),
    ("cut", "ledger", 1, "14:00", "US broadband merger would create third-largest provider", None),
    ("translation", "efa", 1, "14:30", "Corvane Telecom comprará Tallis Networks por 7.400 millones de dólares",
     "La estadounidense Corvane Telecom adquirirá el operador de fibra óptica Tallis Networks por 7.400 millones de dólares, "
     "deuda incluida, anunciaron este lunes ambas compañías. La operación la convertiría en el tercer proveedor de banda "
     "ancha de Estados Unidos."),
    ("update", "gwire", 1, "17:30", "UPDATE 1-Tallis shares jump 27% on Corvane deal; Corvane slips",
     "Tallis Networks shares jumped 27% on Monday after Corvane Telecom agreed to buy it for $7.4 billion, while Corvane "
     "fell 4% as some investors questioned the price. Analysts expect close scrutiny from Washington."),
])

S("E13-bellbird-energy-fine", [
    ("original", "pacificecho", 2, "03:05", "Bellbird Energy fined A$45 million over misleading solar ads",
     "The Federal Court has ordered Bellbird Energy to pay A$45 million in penalties for misleading customers about savings "
     "from its rooftop solar and battery plans, in a case brought by the Australian Competition and Consumer Commission."),
    ("rewrite", "gwire", 2, "04:50", "Australian power retailer penalised for overstating savings to households",
     "SYDNEY (Globalwire) - A judge in Melbourne found that Bellbird told about 90,000 customers they would cut their bills "
     "by up to 70%, claims the consumer watchdog said were unsupported. The penalty is among the largest under consumer law."),
    ("cut", "worldline", 2, "06:00", "World: Record penalty for Australian energy firm over solar claims", None),
    ("copy", "courier", 2, "08:10", "Solar firm Bellbird hit with A$45m court penalty", None),
])

S("E14-davenport-wuhan-withdrawal", [
    ("original", "gwire", 1, "05:40", "Tennis-Davenport pulls out of Wuhan Open with shoulder injury",
     "Canadian world number seven Mila Davenport withdrew from the Wuhan Open on Monday with a right shoulder injury, "
     "tournament organisers said, a day before her second-round match against Czech qualifier Tereza Horáková."),
    ("rewrite", "northstar", 1, "08:20", "Davenport's Asian swing in doubt after painful week",
     "Mila Davenport, a US Open semi-finalist last month, has not practised since Friday because of pain in her serving "
     "arm. Her coach said a scan in China had shown inflammation but no tear."),
    ("cut", "courier", 1, "09:00", "Canadian star Davenport withdraws in Wuhan", None),
])

S("E15-copperbelt-cholera", [
    ("original", "gwire", 1, "09:10", "Cholera outbreak in Zambia's Copperbelt rises to 310 cases",
     "LUSAKA (Globalwire) - A cholera outbreak in Zambia's Copperbelt province has infected 310 people and killed six since "
     "mid-September, the Ministry of Health said on Monday, with most cases in the mining towns of Kitwe and Ndola."),
    ("rewrite", "worldline", 1, "10:40", "World: Contaminated wells blamed as disease spreads in Zambian mining towns",
     "Health workers in Kitwe were chlorinating boreholes and putting up treatment tents as cholera cases climbed past 300. "
     "The government sent 40 nurses from the capital to help."),
    ("translation", "lequotidien", 1, "12:00", "Zambie: une épidémie de choléra touche 310 personnes dans le Copperbelt",
     "Une épidémie de choléra a contaminé 310 personnes et fait six morts depuis la mi-septembre dans la province zambienne "
     "du Copperbelt, a annoncé lundi le ministère de la Santé. La plupart des cas concernent les villes minières de Kitwe et Ndola."),
    ("update", "gwire", 2, "09:30", "UPDATE 1-Zambia cholera cases climb to 412, deaths rise to nine",
     "Zambia's cholera outbreak in the Copperbelt has grown to 412 cases and nine deaths, the health ministry said on "
     "Tuesday, adding that the first cases had now been confirmed in Chingola."),
])

S("E16-iceland-snap-election", [
    ("original", "gwire", 2, "14:05", "Icelandic prime minister calls snap election for November",
     "REYKJAVIK (Globalwire) - Icelandic Prime Minister Sigrún Halldórsdóttir called a snap parliamentary election for 28 "
     "November on Tuesday after her three-party coalition split over a proposed tax on fish farming."),
    ("rewrite", "northstar", 2, "15:30", "Reykjavik coalition collapses over salmon farm levy",
     "Iceland's governing alliance fell apart after its smallest partner refused to back a levy on open-net salmon farms, "
     "and Halldórsdóttir asked the president to dissolve the Althing. Voters go to the polls in seven weeks."),
    ("cut", "worldline", 2, "16:00", "World: Iceland heads for early polls as coalition splits", None),
    ("translation", "nlpers", 2, "16:40", "Premier IJsland schrijft vervroegde verkiezingen uit",
     "De IJslandse premier Sigrún Halldórsdóttir heeft dinsdag vervroegde parlementsverkiezingen uitgeschreven voor 28 "
     "november. Haar coalitie van drie partijen viel uiteen door onenigheid over een belasting op viskwekerijen."),
    ("copy", "ledger", 2, "17:20", "Iceland to vote on 28 November after government falls", None),    ("regional", "courier", 3, "06:50", "In brief: Iceland calls snap election",
     "Iceland will hold a snap parliamentary election on 28 November after Prime Minister Sigrún Halldórsdóttir's three-party "
     "coalition split over a proposed tax on fish farming."),
])

S("E17-channel-tunnel-power-failure", [
    ("original", "ledger", 3, "06:25", "Channel Tunnel services suspended after power failure",
     "All passenger and freight services through the Channel Tunnel were suspended early on Wednesday after a power failure "
     "on the overhead line near Folkestone, the tunnel operator said. Hundreds of passengers were stuck at St Pancras and Calais."),
    ("brief", "northstar", 3, "06:40", "BRIEF-Channel Tunnel closed to all trains after power fault",
     "Channel Tunnel operator says all rail services suspended because of a power failure on the overhead line at the "
     "Folkestone terminal; no estimate yet for reopening; passengers advised not to travel."),
    ("rewrite", "gwire", 3, "08:10", "Travellers stranded in London, Paris and Brussels as undersea rail link goes dark",
     "Departure boards showed only cancellations after the electricity supply at the Kent end of the link failed before "
     "dawn. Lorry queues stretched back along the M20 as freight shuttles stood still."),
    ("translation", "afi", 3, "08:30", "Tunnel sous la Manche: trafic interrompu après une panne électrique",
     "Tous les trains de voyageurs et de fret ont été suspendus mercredi matin dans le tunnel sous la Manche en raison d'une "
     "panne de caténaire près de Folkestone, a indiqué l'exploitant. Des centaines de voyageurs sont bloqués à Calais et à Londres."),
    ("update", "ledger", 3, "13:40", "UPDATE: Channel Tunnel reopens after seven-hour shutdown",
     "Trains began running through the Channel Tunnel again at 1pm on Wednesday after engineers repaired a damaged section "
     "of overhead line near Folkestone, the operator said. Passengers were warned of delays into the evening."),
])

S("E18-speyside-whisky-theft", [
    ("original", "scotsbeacon", 1, "10:35", "Rare whisky casks worth £3m stolen from Speyside distillery",
     "Police Scotland said thieves stole 11 casks of rare single malt worth an estimated £3 million from a bonded warehouse at "
     "the Glenavar distillery near Aberlour over the weekend. A lorry was seen nearby late on Saturday."),
    ("rewrite", "ledger", 1, "13:20", "Thieves roll away decades-old malt in Moray cask raid",
     "Casks laid down in the 1980s were taken from Glenavar's warehouse on the banks of the Spey in what detectives called a "
     "carefully planned theft. The owner said the spirit was insured but irreplaceable."),
    ("regional", "courier", 2, "06:45", "In brief: £3m whisky haul taken from distillery",
     "Eleven casks of rare single malt worth about £3 million were stolen from the Glenavar distillery near Aberlour in Moray "
     "at the weekend. Police Scotland have appealed for information about a lorry seen nearby."),
])

S("E19-rbi-holds-repo", [
    ("original", "gwire", 3, "04:35", "India's central bank holds repo rate at 5.25%",
     "MUMBAI (Globalwire) - The Reserve Bank of India kept its key repo rate unchanged at 5.25% on Wednesday, as expected, "
     "with Governor Arvind Raghunath saying the bank would watch food prices closely before easing further."),
    ("brief", "capitalbrief", 3, "04:36", "BRIEF-RBI keeps repo rate at 5.25%, stance neutral",
     "Reserve Bank of India monetary policy committee votes 5-1 to keep repo rate at 5.25%; retains neutral stance; raises "
     "GDP growth forecast for the fiscal year to 6.8% from 6.5%."),
    ("rewrite", "northstar", 3, "07:00", "Rupee steady as Mumbai policymakers sit tight",
     "Indian bonds edged higher after the monetary policy committee left borrowing costs alone for a second meeting and "
     "nudged up its growth projection. One of the six members voted for a quarter-point cut."),
])

S("E20-pellucid-health-breach", [
    ("original", "gwire", 2, "12:05", "Hackers steal records of 1.2 million patients from Pellucid Health",
     "Pellucid Health, which runs 60 private clinics across the United States, said on Tuesday that hackers had stolen names, "
     "dates of birth and insurance details of about 1.2 million patients in an attack discovered last week."),
    ("rewrite", "ledger", 2, "13:50", "Clinic chain admits patient files were taken in cyber raid",
     "Medical histories and policy numbers were among data copied from Pellucid's servers, the company told regulators, "
     "adding that it had hired forensic specialists. No payment card information was accessed, it said."),
    ("translation", "rheinblatt", 2, "15:00", "Hackerangriff: Daten von 1,2 Millionen Patienten gestohlen",
     "Bei einem Cyberangriff auf die US-Klinikkette Pellucid Health sind Namen, Geburtsdaten und Versicherungsangaben von "
     "rund 1,2 Millionen Patienten erbeutet worden. Das Unternehmen betreibt 60 Privatkliniken und entdeckte den Angriff "
     "vergangene Woche."),
    ("update", "gwire", 2, "18:30", "UPDATE 1-Pellucid Health raises breach tally to 1.4 million patients",
     "Pellucid Health said the number of patients whose records were stolen in a cyberattack had risen to about 1.4 million "
     "after a review of backup servers. The company said the attackers had been removed from its network."),
    ("cut", "courier", 2, "19:00", "US clinic group hit by data theft affecting over a million patients", None),    ("regional", "harbourherald", 3, "07:20", "News in brief: US clinic hack hits 1.4 million patients",
     "Hackers stole names, dates of birth and insurance details of about 1.4 million patients of Pellucid Health, which runs "
     "60 private clinics in the United States, the company said on Tuesday."),
])

# ---------------------------------------------------------------- Turkish (inflation; en translation)
S("T1-tuik-enflasyon-eylul", [
    ("original", "haberajans", 1, "07:01", "TÜİK: Eylülde yıllık enflasyon yüzde 31,2 oldu",
     "Türkiye İstatistik Kurumu (TÜİK), tüketici fiyatlarının eylülde aylık yüzde 2,1, yıllık bazda ise yüzde 31,2 arttığını "
     "açıkladı. Ağustosta yıllık enflasyon yüzde 32,9 seviyesindeydi."),
    ("brief", "egepost", 1, "07:04", "SON DAKİKA: Eylül ayı enflasyon rakamları açıklandı",
     "TÜİK verilerine göre eylülde TÜFE aylık yüzde 2,1, yıllık yüzde 31,2 arttı. Yurt içi üretici fiyatları ise yıllık yüzde "
     "26,4 yükseldi; piyasa beklentisi yıllık yüzde 31,6 düzeyindeydi."),
    ("translation", "gwire", 1, "07:40", "Turkish annual inflation eases to 31.2% in September",
     "ANKARA (Globalwire) - Turkey's annual consumer price inflation slowed to 31.2% in September from 32.9% in August, the "
     "Turkish Statistical Institute said on Monday. Monthly prices rose 2.1%, driven by education costs."),
    ("rewrite", "bosfor", 1, "09:30", "Enflasyonda gerileme sürüyor, okul masrafları cep yaktı",
     "Yıllık enflasyon eylülde yüzde 31,2'ye geriledi, ancak eğitim harcamalarındaki yüzde 7'yi aşan aylık artış aile "
     "bütçelerini zorladı. Ekonomistler Merkez Bankası'nın faiz indirimlerini temkinli biçimde sürdürmesini bekliyor."),
])

# ---------------------------------------------------------------- German
S("D1-koeln-stromausfall", [
    ("original", "dpn", 2, "05:35", "Stromausfall in Köln: 60.000 Haushalte ohne Strom",
     "KÖLN (dpn) - Ein großflächiger Stromausfall hat in der Nacht zu Dienstag rund 60.000 Haushalte in den Kölner "
     "Stadtteilen Ehrenfeld, Nippes und Bickendorf getroffen. Der Netzbetreiber sprach von einer Störung in einem Umspannwerk."),
    ("brief", "rheinblatt", 2, "05:41", "EIL: Großflächiger Stromausfall in Köln",
     "In mehreren Kölner Stadtteilen ist in der Nacht der Strom ausgefallen. Betroffen sind nach ersten Angaben zehntausende "
     "Haushalte in Ehrenfeld und Nippes, Ampeln sind ausgefallen und Straßenbahnen stehen still."),
    ("rewrite", "westexpress", 2, "07:30", "Dunkle Ampeln, kalte Wohnungen: Nacht ohne Licht im Kölner Westen",
     "Zehntausende Menschen in der Domstadt sind am Dienstag ohne Licht und Heizung aufgewacht. In Ehrenfeld blieben "
     "Bäckereien geschlossen, Bahnen standen zeitweise still, Techniker suchten fieberhaft nach dem Fehler."),
    ("update", "dpn", 2, "12:20", "AKTUALISIERUNG 1-Kölner Stromausfall behoben: Kabelbrand im Umspannwerk war Ursache",
     "Nach rund sieben Stunden ist die Stromversorgung in Köln-Ehrenfeld, Nippes und Bickendorf wiederhergestellt. Ursache war "
     "nach Angaben des Netzbetreibers ein Kabelbrand in einem Umspannwerk; insgesamt waren etwa 62.000 Haushalte betroffen."),
    ("regional", "nordbote", 3, "06:00", "Kurz notiert: Kabelbrand legte Kölner Stromnetz lahm",
     "Ein Kabelbrand in einem Umspannwerk hat am Dienstag in Köln rund 62.000 Haushalte für sieben Stunden vom Strom "
     "abgeschnitten. Betroffen waren Ehrenfeld, Nippes und Bickendorf."),
])

S("D2-duesseldorf-flughafen-warnstreik", [
    ("original", "dpn", 1, "04:05", "Warnstreik am Flughafen Düsseldorf: Hunderte Flüge fallen aus",
     "DÜSSELDORF (dpn) - Ein ganztägiger Warnstreik des Sicherheitspersonals legt am Montag den Flughafen Düsseldorf "
     "weitgehend lahm. Verdi hat die Beschäftigten der Passagierkontrollen zum Ausstand aufgerufen; rund 300 Starts und "
     "Landungen sind gestrichen."),
    ("rewrite", "rheinblatt", 1, "06:30", "Lange Gesichter im Terminal: Kontrolleure legen die Arbeit nieder",
     "Wer am Montag von Düsseldorf in den Urlaub fliegen wollte, brauchte starke Nerven: Weil die Kontrollstellen nicht "
     "besetzt sind, heben kaum Maschinen ab. Die Gewerkschaft fordert 1,50 Euro mehr pro Stunde."),
    ("update", "dpn", 1, "11:45", "AKTUALISIERUNG 1-Warnstreik in Düsseldorf: 412 Flüge gestrichen",
     "Der Warnstreik an den Sicherheitskontrollen des Düsseldorfer Flughafens hat am Montag zu 412 Annullierungen geführt, "
     "deutlich mehr als zunächst erwartet. Rund 48.000 Passagiere sind betroffen, teilte der Flughafen mit."),
    ("regional", "nordbote", 2, "06:15", "Kurz notiert: Düsseldorfer Flughafen nach Warnstreik wieder im Normalbetrieb",
     "Nach dem ganztägigen Warnstreik des Sicherheitspersonals läuft der Betrieb am Düsseldorfer Flughafen am Dienstag "
     "wieder normal. Am Montag waren 412 Flüge ausgefallen, rund 48.000 Reisende waren betroffen."),
])

# ---------------------------------------------------------------- French
S("F1-nantes-parking-effondrement", [
    ("original", "afi", 1, "16:05", "Nantes: effondrement partiel d'un parking souterrain, trois blessés",
     "NANTES (AFI) - Une partie de la dalle du deuxième niveau d'un parking souterrain s'est effondrée lundi après-midi dans "
     "le centre de Nantes, faisant trois blessés légers, ont indiqué les pompiers de Loire-Atlantique. Une quarantaine de "
     "véhicules sont bloqués."),
    ("brief", "lequotidien", 1, "16:12", "URGENT – Un parking s'effondre partiellement à Nantes",
     "Une dalle d'un parking souterrain du centre de Nantes s'est effondrée lundi après-midi, selon les pompiers. Trois "
     "personnes sont légèrement blessées et le quartier a été bouclé par la police."),
    ("rewrite", "ouestmatin", 1, "18:20", "« Un grondement, puis de la poussière »: la dalle a cédé sous les voitures",
     "Les usagers du parc de stationnement du cours des 50-Otages racontent un bruit sourd avant la chute de béton. La mairie "
     "nantaise a fait évacuer deux immeubles voisins par précaution."),
    ("translation", "gwire", 1, "19:00", "Car park partly collapses in French city of Nantes, three hurt",
     "Part of the second level of an underground car park collapsed in central Nantes in western France on Monday afternoon, "
     "slightly injuring three people and trapping about 40 cars, firefighters said."),
    ("update", "afi", 2, "11:10", "MISE À JOUR 1-Parking effondré à Nantes: la corrosion des armatures en cause",
     "L'effondrement partiel d'un parking souterrain lundi à Nantes serait dû à la corrosion des armatures de la dalle, selon "
     "les premières constatations des experts, a indiqué mardi la mairie. Les 40 véhicules restent bloqués."),
])

S("F2-greve-sncf-paris-lyon", [
    ("original", "afi", 3, "05:05", "Grève des contrôleurs: un TGV sur deux entre Paris et Lyon mercredi",
     "PARIS (AFI) - Un TGV sur deux circule mercredi entre Paris et Lyon en raison d'une grève des contrôleurs à l'appel de "
     "deux syndicats, qui réclament des embauches sur l'axe Sud-Est, a indiqué la SNCF."),
    ("rewrite", "lequotidien", 3, "07:30", "Quais bondés gare de Lyon: les voyageurs du Sud-Est jonglent avec les suppressions",
     "Covoiturage, télétravail ou départ reporté: les usagers de la ligne à grande vitesse ont dû s'adapter à la moitié des "
     "trains supprimés. Les agents de bord mobilisés dénoncent un sous-effectif chronique."),
    ("cut", "lematinromand", 3, "08:00", "France: la grève des contrôleurs perturbe les TGV vers Lyon", None),
])

# ---------------------------------------------------------------- Spanish
S("S1-peru-terremoto-arequipa", [
    ("original", "efa", 2, "03:35", "Un terremoto de magnitud 5,4 sacude el sur de Perú",
     "LIMA (EFA) – Un sismo de magnitud 5,4 sacudió la noche del lunes la región de Arequipa, en el sur de Perú, según el "
     "Instituto Geofísico del Perú. Se reportaron daños en viviendas de adobe y un herido en la provincia de Caylloma."),
    ("rewrite", "limaexpreso", 2, "05:00", "Pánico en el Colca: vecinos pasan la noche en la calle tras el temblor",
     "Familias de Chivay y Cabanaconde durmieron a la intemperie por temor a réplicas luego del movimiento de 5,4 que agrietó "
     "casas y una iglesia colonial. Indeci envió carpas y frazadas a la zona."),
    ("translation", "gwire", 2, "06:10", "Magnitude 5.4 earthquake shakes southern Peru, homes damaged",
     "LIMA (Globalwire) - A magnitude 5.4 earthquake struck Peru's southern Arequipa region late on Monday, damaging adobe "
     "houses and injuring one person in Caylloma province, the Geophysical Institute of Peru said."),
    ("update", "efa", 2, "14:20", "ACTUALIZACIÓN 1-Sismo en Arequipa: dos muertos y 120 viviendas dañadas",
     "Dos personas murieron al derrumbarse sus viviendas de adobe en Caylloma tras el sismo de magnitud 5,4 que sacudió "
     "Arequipa, informó el Indeci, que contabiliza 120 casas dañadas y 35 inhabitables."),
    ("update", "limaexpreso", 3, "09:00", "Sube a cuatro la cifra de fallecidos por el sismo en Arequipa",
     "El número de fallecidos por el sismo de magnitud 5,4 que sacudió el lunes la región de Arequipa subió a cuatro, tras el "
     "hallazgo de dos cuerpos entre los escombros en el distrito de Lari, informó el Indeci."),
])

S("S2-barcelona-huelga-metro", [
    ("original", "efa", 1, "05:10", "Huelga de metro en Barcelona con servicios mínimos del 30 %",
     "BARCELONA (EFA) – Los trabajadores del metro de Barcelona secundan desde primera hora de este lunes una huelga de 24 "
     "horas convocada por los sindicatos para reclamar mejoras salariales, con unos servicios mínimos del 30 % fijados por la "
     "Generalitat."),
    ("rewrite", "diariosol", 1, "08:00", "Andenes a rebosar: la ciudad condal se topa con el paro del suburbano",
     "Los usuarios de la L1 y la L5 esperaron hasta veinte minutos en andenes abarrotados en la primera de las dos jornadas "
     "de protesta de la plantilla, que pide una subida del 6 %. El Ayuntamiento reforzó los autobuses."),
    ("update", "efa", 1, "13:30", "ACTUALIZACIÓN 1-La huelga del metro de Barcelona deja esperas de hasta 25 minutos",
     "La huelga de 24 horas en el metro de Barcelona provoca esperas de hasta 25 minutos y aglomeraciones en estaciones como "
     "Sagrera y plaza de Cataluña, aunque los servicios mínimos se cumplen, según la Generalitat."),
    ("regional", "elnorte", 2, "07:00", "Breves: normalidad en el metro de Barcelona tras la huelga",
     "El metro de Barcelona recuperó este martes la normalidad tras la huelga de 24 horas del lunes, que provocó esperas de "
     "hasta 25 minutos. Los sindicatos mantienen un segundo paro convocado para el jueves."),
])

S("S3-zaragoza-granizada", [
    ("original", "diariosol", 3, "15:05", "Una fuerte granizada causa destrozos en Zaragoza",
     "Una intensa granizada con piedras de hasta cinco centímetros descargó este miércoles a mediodía sobre Zaragoza, rompiendo "
     "lunas de coches, claraboyas y toldos. Los bomberos atendieron más de 200 avisos en dos horas."),
    ("cut", "efa", 3, "16:10", "Granizo de cinco centímetros en Zaragoza: más de 200 avisos a los bomberos", None),
    ("rewrite", "elnorte", 3, "17:30", "Piedras como nueces: el cielo se desploma sobre la capital aragonesa",
     "Veinte minutos bastaron para dejar el barrio de Delicias cubierto de hielo. Los agricultores del entorno temen pérdidas "
     "en los frutales y las aseguradoras prevén una avalancha de partes."),
])

# ---------------------------------------------------------------- Italian
S("I1-chiavari-esondazione-entella", [
    ("original", "ansi", 1, "07:05", "Maltempo in Liguria, esonda l'Entella a Chiavari: evacuate 80 persone",
     "GENOVA (ANSI) - Il torrente Entella è esondato nella notte a Chiavari, nel Levante ligure, allagando il centro e "
     "costringendo all'evacuazione circa 80 persone. La Regione ha prorogato l'allerta rossa fino alle 15."),
    ("rewrite", "corrierelido", 1, "09:30", "Fango e auto trascinate: il Tigullio si risveglia sott'acqua",
     "Negozi invasi dall'acqua e cantine allagate tra Chiavari e Lavagna dopo una notte di pioggia torrenziale, con 180 "
     "millimetri caduti in sei ore. I vigili del fuoco hanno soccorso decine di residenti con i gommoni."),
    ("translation", "worldline", 1, "10:00", "World: Italian river bursts its banks in Liguria, 80 evacuated",
     "The Entella river burst its banks overnight in Chiavari on Italy's Ligurian coast, flooding the town centre and forcing "
     "about 80 people from their homes, regional authorities said. A red alert remained in force."),
    ("update", "ansi", 1, "16:40", "AGGIORNAMENTO 1-Maltempo in Liguria: 130 sfollati a Chiavari, allerta declassata",
     "È salito a 130 il numero degli sfollati a Chiavari dopo l'esondazione dell'Entella, mentre il livello del torrente è in "
     "calo e la Regione ha declassato l'allerta ad arancione. Non ci sono feriti gravi."),
    ("regional", "gazzettavalle", 2, "07:15", "In breve: Chiavari, 130 sfollati per l'Entella",
     "Sono 130 gli sfollati a Chiavari, nel Genovesato, dopo l'esondazione del torrente Entella nella notte tra domenica e "
     "lunedì. Il centro storico resta invaso dal fango."),
])

S("I2-campi-flegrei-scossa-4", [
    ("original", "ansi", 2, "20:44", "Terremoto ai Campi Flegrei, scossa di magnitudo 4,0 avvertita a Napoli",
     "NAPOLI (ANSI) - Una scossa di magnitudo 4,0 è stata registrata alle 22:38 ai Campi Flegrei, con epicentro tra Pozzuoli "
     "e Bagnoli, secondo l'Osservatorio Vesuviano. Il sisma è stato avvertito in tutta Napoli e molte persone sono scese in strada."),
    ("brief", "corrierelido", 2, "20:50", "ULTIM'ORA – Forte scossa ai Campi Flegrei, gente in strada a Pozzuoli",
     "Forte scossa di terremoto avvertita poco fa a Pozzuoli e in diversi quartieri di Napoli. L'Osservatorio Vesuviano indica "
     "una magnitudo preliminare di 4,0, al momento non si segnalano danni."),
    ("rewrite", "gazzettavalle", 3, "06:30", "Notte in auto per migliaia di flegrei dopo il sisma di martedì sera",
     "A Pozzuoli molti residenti hanno dormito in macchina o nelle aree di attesa della Protezione civile dopo la scossa di "
     "martedì sera. I tecnici hanno verificato scuole ed edifici pubblici: lievi crepe in due palazzi del Rione Terra."),    ("update", "ansi", 3, "09:10", "AGGIORNAMENTO 1-Campi Flegrei, verificati 30 edifici dopo la scossa di magnitudo 4,0",
     "Nessun danno strutturale nei 30 edifici pubblici controllati dopo la scossa di magnitudo 4,0 di martedì sera ai Campi "
     "Flegrei, ha comunicato la Protezione civile. Lievi lesioni in due palazzi del Rione Terra a Pozzuoli."),
])

# ---------------------------------------------------------------- Portuguese
S("P1-feira-incendio-corticeira", [
    ("original", "agtejo", 1, "10:05", "Incêndio destrói armazém de fábrica de cortiça em Santa Maria da Feira",
     "Um incêndio destruiu na manhã desta segunda-feira o armazém de uma fábrica de cortiça em Santa Maria da Feira, no "
     "distrito de Aveiro, mobilizando 90 bombeiros. Não há registo de feridos, segundo a Proteção Civil."),
    ("rewrite", "jornalporto", 1, "12:30", "Coluna de fumo visível do Porto: chamas consomem corticeira em Lourosa",
     "O fogo começou numa zona de rolhas armazenadas e alastrou rapidamente, com o fumo negro a ser avistado a dezenas de "
     "quilómetros. Os trabalhadores saíram a tempo e a empresa, com 150 funcionários, avalia os prejuízos."),
    ("update", "agtejo", 1, "15:10", "ATUALIZAÇÃO 1-Incêndio em corticeira da Feira dado como dominado",
     "O incêndio na fábrica de cortiça em Santa Maria da Feira foi dado como dominado ao início da tarde, após cinco horas de "
     "combate. Dois bombeiros sofreram ferimentos ligeiros e o armazém ficou totalmente destruído."),
])

S("P2-sao-paulo-greve-metro", [
    ("original", "folhasul", 2, "09:05", "Greve dos metroviários paralisa quatro linhas do metrô de São Paulo",
     "Os metroviários de São Paulo cruzaram os braços nesta terça-feira e as linhas 1-Azul, 2-Verde, 3-Vermelha e 15-Prata "
     "amanheceram fechadas. A categoria reivindica reajuste salarial de 8% e a contratação de 600 funcionários."),
    ("rewrite", "diariocarioca", 2, "11:00", "Paulistanos enfrentam filas enormes com o metrô parado",
     "Sem trens subterrâneos, moradores da capital paulista recorreram a ônibus lotados e a aplicativos de transporte, que "
     "chegaram a cobrar o triplo do preço habitual. Muitas empresas liberaram o trabalho remoto."),
    ("translation", "lanacionsur", 2, "14:00", "Una huelga de trabajadores del metro paraliza São Paulo",
     "Los trabajadores del metro de São Paulo iniciaron este martes una huelga que dejó cerradas cuatro líneas de la red, en "
     "reclamo de un aumento salarial del 8 % y la contratación de 600 empleados."),
    ("update", "folhasul", 2, "17:20", "ATUALIZAÇÃO 1-Greve do metrô: linha 2-Verde volta a operar parcialmente",
     "A linha 2-Verde do metrô de São Paulo voltou a operar parcialmente no fim da tarde desta terça-feira, mas as linhas 1, 3 "
     "e 15 seguem fechadas. A greve afeta cerca de 3 milhões de passageiros por dia."),
])

# ---------------------------------------------------------------- Dutch
S("N1-moerdijk-explosie", [
    ("original", "nlpers", 1, "03:10", "Explosie bij chemiebedrijf in Moerdijk, twee gewonden",
     "Bij chemiebedrijf Vossmeer Chemie op het industrieterrein in Moerdijk heeft maandagochtend vroeg een explosie "
     "plaatsgevonden. Twee medewerkers raakten gewond, van wie één ernstig, meldt de veiligheidsregio. Omwonenden moeten "
     "ramen en deuren sluiten."),
    ("rewrite", "dagbladdelta", 1, "06:30", "Harde klap schudt West-Brabant wakker, NL-Alert verstuurd",
     "Inwoners van Zevenbergen en Klundert werden rond vijf uur gewekt door een dreun bij Vossmeer op het haventerrein. Een "
     "rookwolk dreef richting Dordrecht; de brandweer mat geen gevaarlijke stoffen in de lucht."),
    ("translation", "dpn", 1, "08:15", "Explosion in Chemiebetrieb im niederländischen Moerdijk",
     "In einem Chemiebetrieb im niederländischen Moerdijk hat sich am frühen Montagmorgen eine Explosion ereignet. Zwei "
     "Mitarbeiter wurden verletzt, einer davon schwer; Anwohner sollen Fenster und Türen geschlossen halten."),
    ("update", "nlpers", 2, "09:40", "UPDATE: Zwaargewonde medewerker na explosie in Moerdijk overleden",
     "De medewerker die maandag zwaargewond raakte bij de explosie bij Vossmeer Chemie in Moerdijk, is overleden. Dat meldt "
     "het bedrijf. Het gaat om een 46-jarige man uit Roosendaal; zijn collega mocht het ziekenhuis verlaten."),
])

S("N2-lindeboom-bank-storing", [
    ("original", "nlpers", 3, "11:05", "Storing bij Lindeboom Bank: klanten kunnen niet pinnen",
     "Klanten van Lindeboom Bank kunnen sinds woensdagochtend niet pinnen, met hun telefoon betalen of inloggen in de app "
     "door een landelijke storing. De bank spreekt van een technisch probleem bij een externe leverancier en sluit een "
     "cyberaanval uit."),
    ("rewrite", "dagbladdelta", 3, "12:40", "Rijen bij de kassa: winkels weigeren betaalpassen van grootbank",
     "Bij supermarkten en tankstations stonden woensdag lange rijen omdat passen van Lindeboom werden geweigerd. Sommige "
     "winkels namen alleen nog contant geld aan; De Nederlandsche Bank volgt de situatie."),
    ("update", "nlpers", 3, "16:50", "UPDATE: Betalingsverkeer Lindeboom Bank na zes uur hersteld",
     "Klanten van Lindeboom Bank kunnen weer pinnen en internetbankieren, nadat een storing het betalingsverkeer ruim zes uur "
     "had platgelegd. Volgens de bank lag de oorzaak bij een mislukte software-update van een leverancier."),
])

# ---------------------------------------------------------------- Polish
S("PL1-gdynia-pozar-port", [
    ("original", "pan", 2, "04:05", "Pożar w porcie w Gdyni. Płonie magazyn przy Nabrzeżu Szwedzkim",
     "W nocy z poniedziałku na wtorek w porcie w Gdyni wybuchł pożar magazynu z tworzywami sztucznymi przy Nabrzeżu "
     "Szwedzkim. Na miejscu pracuje 25 zastępów straży pożarnej, nikt nie został ranny."),
    ("brief", "gazetawisla", 2, "04:15", "PILNE: Duży pożar w gdyńskim porcie",
     "Straż pożarna walczy z pożarem magazynu w porcie w Gdyni. Nad miastem unosi się czarny dym, a mieszkańcy Oksywia i "
     "Obłuża proszeni są o zamknięcie okien; nie ma informacji o poszkodowanych."),
    ("rewrite", "kurierslaski", 2, "09:00", "Czarna chmura nad Trójmiastem. Strażacy przez całą noc walczyli z ogniem",
     "Kłęby dymu widać było nawet z Sopotu. Ogień strawił halę z granulatem na gdyńskim nabrzeżu, a akcję utrudniał silny "
     "wiatr od morza – relacjonował rzecznik pomorskich strażaków."),
    ("update", "pan", 2, "10:30", "AKTUALIZACJA 1-Pożar w porcie w Gdyni opanowany, hala spłonęła doszczętnie",
     "Strażacy opanowali pożar magazynu przy Nabrzeżu Szwedzkim w porcie w Gdyni. Hala o powierzchni 4000 metrów "
     "kwadratowych spłonęła doszczętnie, wstępnie wykluczono skażenie powietrza."),
])

S("PL2-rpp-stopy-bez-zmian", [
    ("original", "pan", 3, "13:10", "RPP pozostawiła stopy procentowe bez zmian",
     "Rada Polityki Pieniężnej pozostawiła w środę stopy procentowe NBP bez zmian, w tym stopę referencyjną na poziomie 4,25 "
     "proc., poinformował bank centralny. Decyzja była zgodna z oczekiwaniami ekonomistów."),
    ("brief", "gazetawisla", 3, "13:12", "PILNE: Stopy procentowe bez zmian, referencyjna nadal 4,25 proc.",
     "Rada Polityki Pieniężnej nie zmieniła stóp procentowych na październikowym posiedzeniu. Stopa referencyjna wynosi 4,25 "
     "proc., lombardowa 4,75 proc., a depozytowa 3,75 proc."),
    ("rewrite", "kurierslaski", 3, "16:00", "Kredytobiorcy muszą poczekać. Rada nie rusza kosztu pieniądza",
     "Raty kredytów hipotecznych na razie nie spadną – członkowie Rady uznali, że przed kolejnym ruchem potrzebują nowej "
     "projekcji inflacyjnej z listopada. Prezes NBP wyjaśni decyzję w czwartek na konferencji prasowej."),
])

# ---------------------------------------------------------------- Russian
S("R1-ekaterinburg-teplotrassa", [
    ("original", "vestnik", 1, "03:05", "В Екатеринбурге прорвало теплотрассу, без отопления остались 120 домов",
     "В Екатеринбурге в понедельник утром произошёл порыв магистральной теплотрассы на улице Металлургов. Без отопления и "
     "горячей воды остались 120 жилых домов, две школы и поликлиника, сообщили в мэрии."),
    ("brief", "gazetaneva", 1, "03:20", "СРОЧНО: В Екатеринбурге крупная коммунальная авария",
     "В Екатеринбурге из-за порыва теплотрассы без тепла остались больше сотни домов в Верх-Исетском районе. На месте работают "
     "аварийные службы, движение по улице Металлургов перекрыто."),
    ("rewrite", "sibexpress", 1, "05:30", "Кипяток на улицах: жители Верх-Исетского района остались без тепла",
     "Струя горячей воды размыла асфальт и залила несколько дворов, аварийные бригады перекрыли движение. Жителям 120 домов в "
     "уральской столице советуют утеплиться: ночью ожидается до минус трёх."),
    ("update", "vestnik", 2, "06:00", "Отопление в 120 домах Екатеринбурга восстановлено после аварии на теплотрассе",
     "Подача тепла и горячей воды во все 120 домов Верх-Исетского района Екатеринбурга восстановлена, сообщили во вторник в "
     "мэрии. Ремонт повреждённого участка теплотрассы на улице Металлургов занял почти сутки."),
])

# ---------------------------------------------------------------- Ukrainian
S("U1-odeshchyna-negoda", [
    ("original", "kyivvechir", 2, "05:05", "Негода на Одещині: без світла залишилися понад 200 населених пунктів",
     "Через сильний вітер і мокрий сніг в Одеській області знеструмлено понад 200 населених пунктів, повідомили в обласній "
     "адміністрації. Енергетики працюють над відновленням, на дорогах повалені дерева."),
    ("brief", "lvivpost", 2, "05:20", "ТЕРМІНОВО: На Одещині масові знеструмлення через негоду",
     "Сильний вітер пошкодив лінії електропередач в Одеській області, без світла понад 200 населених пунктів. Енергетики "
     "попереджають, що ремонт може тривати до вечора."),
    ("rewrite", "dniproinfo", 2, "07:40", "Шквал, повалені дерева і темрява: південь оговтується після нічного урагану",
     "Пориви вітру до 25 метрів за секунду зривали дахи в Ізмаїлі та Білгороді-Дністровському, а ще зранку без електрики "
     "лишалися понад двісті сіл і селищ. Рятувальники прибирають дерева з трас."),
    ("translation", "pan", 2, "09:00", "Nawałnica w obwodzie odeskim. Ponad 200 miejscowości bez prądu",
     "Silny wiatr i mokry śnieg pozbawiły prądu ponad 200 miejscowości w obwodzie odeskim na południu Ukrainy, poinformowały "
     "władze regionu. Energetycy naprawiają zerwane linie, a drogi blokują powalone drzewa."),
    ("update", "kyivvechir", 3, "07:10", "Світло повернули більшості населених пунктів Одещини після негоди",
     "Енергетики відновили електропостачання у 180 із 214 населених пунктів Одеської області, знеструмлених через негоду у "
     "вівторок. Без світла залишаються переважно села Ізмаїльського району."),
])

# ---------------------------------------------------------------- Swedish
S("SV1-hallsberg-urspaarning", [
    ("original", "nordnytt", 1, "05:25", "Godståg har spårat ur vid Hallsberg",
     "Ett godståg lastat med timmer spårade ur vid bangården i Hallsberg tidigt på måndagsmorgonen. Ingen skadades, men "
     "tågtrafiken mellan Stockholm och Göteborg på Västra stambanan är kraftigt störd, uppger Trafikverket."),
    ("rewrite", "gbgkuriren", 1, "07:30", "Timmervagnar på sned – resenärer till huvudstaden får räkna med förseningar",
     "Åtta vagnar hamnade snett över spåren i Närke i natt. För göteborgare på väg till Stockholm innebär det ersättningsbussar "
     "och upp till två timmars extra restid, enligt Trafikverket."),
    ("translation", "rheinblatt", 1, "09:30", "Güterzug in Schweden entgleist – Strecke Stockholm–Göteborg gestört",
     "Im schwedischen Hallsberg ist am Montagmorgen ein mit Holz beladener Güterzug entgleist. Verletzt wurde niemand, doch "
     "der Bahnverkehr zwischen Stockholm und Göteborg ist erheblich gestört, teilte die Verkehrsbehörde mit."),
    ("update", "nordnytt", 1, "12:10", "UPPDATERAD: Spåret vid Hallsberg öppnas tidigast i kväll",
     "Trafikverket räknar med att Västra stambanan vid Hallsberg kan öppnas tidigast vid 21-tiden, sedan de åtta vagnarna "
     "från det urspårade godståget lyfts bort. Orsaken till urspårningen är ännu inte känd."),
    ("regional", "norrlandsbladet", 2, "06:40", "Kort om: Tågen rullar igen förbi Hallsberg",
     "Tågtrafiken förbi Hallsberg är i gång igen efter måndagens urspårning av ett godståg med timmer. Ingen skadades, men "
     "resenärer mellan Stockholm och Göteborg drabbades av förseningar under hela dagen."),
])

# ---------------------------------------------------------------- Czech
S("C1-ostrava-slezska-ocel-propousteni", [
    ("original", "zpravycz", 2, "09:05", "Ostravská huť Slezská ocel propustí 800 zaměstnanců",
     "Ostravská hutní společnost Slezská ocel propustí do konce března 800 lidí, tedy zhruba pětinu zaměstnanců. Firma to v "
     "úterý zdůvodnila vysokými cenami energií a slabou poptávkou po oceli v Evropě."),
    ("rewrite", "moravadnes", 2, "11:20", "Další rána pro kraj: v Kunčicích skončí každý pátý hutník",
     "Odbory jsou v šoku a kraj se obává dalšího růstu nezaměstnanosti. Práci ztratí stovky lidí v kunčickém areálu, kde se "
     "ocel vyrábí přes sto let; propouštění má proběhnout ve dvou vlnách do jara."),
    ("cut", "prazskyden", 2, "12:00", "Hutníci v Ostravě přijdou o práci, firma ruší 800 míst", None),
])

# ---------------------------------------------------------------- Turkish
S("T2-istanbul-m2-metro-ariza", [
    ("original", "bosfor", 3, "05:35", "İstanbul'da M2 metro hattında arıza: seferler aksadı",
     "Yenikapı-Hacıosman M2 metro hattında sabah saatlerinde yaşanan sinyalizasyon arızası nedeniyle seferler Şişhane ile "
     "Levent arasında yapılamıyor. Metro İstanbul, yolculara alternatif ulaşım araçlarını kullanmalarını önerdi."),
    ("rewrite", "haberajans", 3, "07:20", "Sabah mesaisinde metro çilesi: Taksim ve Levent'te uzun kuyruklar",
     "İşe gitmek isteyen binlerce İstanbullu, sinyal sistemindeki sorun nedeniyle peronlarda ve otobüs duraklarında uzun "
     "süre bekledi. Ek otobüs seferleri konuldu ancak yoğunluk öğlene kadar sürdü."),
    ("update", "bosfor", 3, "10:45", "GÜNCELLEME 1-M2 metro hattında seferler normale döndü",
     "Yenikapı-Hacıosman M2 metro hattında sabah yaşanan sinyalizasyon arızası giderildi ve seferler saat 10.30 itibarıyla "
     "normale döndü. Metro İstanbul, arızanın bir kablo hasarından kaynaklandığını açıkladı."),
])

# ---------------------------------------------------------------- look-alikes
O("L01-danish-inflation", "lookalike", "gwire", 1, "07:05", "Danish inflation edges up to 2.3% in September",
  "COPENHAGEN (Globalwire) - Danish consumer prices rose 2.3% year on year in September, up from 2.1% in August, Statistics "
  "Denmark said on Monday, driven mainly by higher electricity and food prices.")
O("L02-unisfa-abyei-renewal", "lookalike", "gwire", 2, "19:40", "UN Security Council renews Abyei peacekeeping force for another year",
  "UNITED NATIONS (Globalwire) - The UN Security Council voted unanimously on Tuesday to extend the mandate of the UN Interim "
  "Security Force for Abyei, UNISFA, in the area disputed by Sudan and South Sudan, until November 2027.")
O("L03-leeds-bus-strike", "lookalike", "ledger", 3, "05:20", "Leeds bus drivers begin 48-hour strike over shift patterns",
  "About 800 drivers at Aire Valley Transit in Leeds walked out at 4am on Wednesday in a dispute over shift patterns, "
  "cancelling most bus services in the city and neighbouring Bradford, the Unite union said.")
O("L04-southampton-car-carrier-fire", "lookalike", "gwire", 2, "16:20", "Fire breaks out on car carrier at Southampton docks",
  "Firefighters were tackling a fire on the upper deck of a car carrier berthed at Southampton's Eastern Docks on Tuesday "
  "afternoon, Hampshire and Isle of Wight Fire and Rescue Service said. The crew of 21 was safely evacuated.")
O("L05-cardiff-arena-vote", "lookalike", "courier", 2, "18:10", "Cardiff councillors back plans for 15,000-seat indoor arena",
  "Cardiff Council's cabinet on Tuesday approved plans for a 15,000-seat indoor arena at Atlantic Wharf in Cardiff Bay, "
  "clearing the way for construction to begin next spring despite concerns about rising costs.")
O("L06-corvane-tallis-fcc-review", "lookalike", "gwire", 3, "15:10", "FCC opens review of Corvane's $7.4 billion Tallis deal, seeks comment",
  "WASHINGTON (Globalwire) - The Federal Communications Commission opened a formal review on Wednesday of Corvane Telecom's "
  "planned $7.4 billion purchase of Tallis Networks and invited public comment, with two commissioners voicing concern about "
  "rural broadband prices.")
O("L07-speyside-whisky-charges", "lookalike", "scotsbeacon", 3, "12:05", "Two men charged over £3m Speyside whisky cask theft",
  "Two men aged 41 and 52 have been charged in connection with the theft of 11 casks of rare whisky from the Glenavar "
  "distillery near Aberlour, Police Scotland said. They are due to appear at Elgin Sheriff Court on Thursday.")
O("L08-hamburg-flughafen-warnstreik", "lookalike", "dpn", 3, "04:10", "Warnstreik am Flughafen Hamburg: alle Abflüge gestrichen",
  "HAMBURG (dpn) - Ein Warnstreik des Bodenpersonals legt am Mittwoch den Hamburger Flughafen weitgehend lahm. Verdi hat die "
  "Beschäftigten der Flugzeugabfertigung zum Ausstand aufgerufen; alle Abflüge sind gestrichen, auch bei den Ankünften "
  "gibt es Ausfälle.")
O("L09-koeln-stadtrat-parkgebuehren", "lookalike", "westexpress", 2, "18:30", "Kölner Stadtrat beschließt höhere Parkgebühren in der Innenstadt",
  "Der Kölner Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, die Parkgebühren in der Innenstadt ab Januar "
  "auf bis zu vier Euro pro Stunde anzuheben. Die Einnahmen sollen in den Ausbau von Radwegen fließen.")
O("L10-nantes-parquet-enquete", "lookalike", "afi", 3, "10:30", "Parking effondré à Nantes: le parquet ouvre une enquête pour blessures involontaires",
  "Le parquet de Nantes a ouvert mercredi une enquête pour blessures involontaires après l'effondrement partiel d'un parking "
  "souterrain lundi dans le centre-ville, qui avait fait trois blessés. Le gestionnaire et l'entreprise d'entretien seront entendus.")
O("L11-barcelona-huelga-desconvocada", "lookalike", "efa", 3, "19:20", "Desconvocada la huelga de metro del jueves en Barcelona tras un preacuerdo",
  "Los sindicatos del metro de Barcelona han desconvocado la huelga de 24 horas prevista para este jueves después de alcanzar "
  "un preacuerdo que incluye una subida salarial del 4,5 % en dos años, informaron este miércoles fuentes sindicales.")
O("L12-campi-flegrei-scossa-3-2", "lookalike", "ansi", 3, "14:05", "Campi Flegrei, nuova scossa di magnitudo 3,2",
  "NAPOLI (ANSI) - Una nuova scossa di magnitudo 3,2 è stata registrata alle 15:52 di mercoledì ai Campi Flegrei, con "
  "epicentro nella zona della Solfatara, a meno di un giorno dal sisma di magnitudo 4,0. Non si segnalano danni.")
O("L13-szczecin-pozar-port", "lookalike", "pan", 3, "03:40", "Pożar w porcie w Szczecinie. Płonie hala z nawozami",
  "W nocy z wtorku na środę w porcie w Szczecinie zapaliła się hala magazynowa z nawozami sztucznymi na Łasztowni. Na "
  "miejscu działa 18 zastępów straży pożarnej, nikt nie został poszkodowany.")
O("L14-istanbul-t1-tramvay-ariza", "lookalike", "haberajans", 3, "15:20", "İstanbul'da T1 tramvay hattında arıza: seferler durdu",
  "Kabataş-Bağcılar T1 tramvay hattında öğleden sonra meydana gelen elektrik arızası nedeniyle seferler Sirkeci ile Beyazıt "
  "arasında yapılamıyor. Metro İstanbul, ekiplerin arızayı gidermek için çalıştığını duyurdu.")
O("L15-queensland-mine-safety-audit", "lookalike", "pacificecho", 3, "06:10", "Queensland orders safety audit of all underground coal mines",
  "Queensland's mines inspectorate has ordered an immediate safety audit of every underground coal mine in the state after "
  "six workers were trapped for 22 hours at Carrow Creek, the government said on Wednesday.")
O("L16-moerdijk-stillegging", "lookalike", "nlpers", 2, "15:30", "Arbeidsinspectie legt chemiebedrijf in Moerdijk stil na explosie",
  "De Nederlandse Arbeidsinspectie heeft Vossmeer Chemie in Moerdijk opgedragen de productie stil te leggen tot de oorzaak van "
  "de explosie van maandag is vastgesteld. Bij het ongeluk kwam een medewerker om het leven.")
O("L17-naessjoe-urspaarning", "lookalike", "nordnytt", 3, "04:50", "Godståg har spårat ur vid Nässjö",
  "Ett godståg lastat med containrar spårade ur strax söder om Nässjö tidigt på onsdagsmorgonen. Ingen skadades, men "
  "tågtrafiken på Södra stambanan mellan Malmö och Stockholm är kraftigt störd, uppger Trafikverket.")

# ---------------------------------------------------------------- template series
O("TPL-vader-stockholm-d1", "template", "nordnytt", 1, "04:30", "Vädret i Stockholm i dag: mulet och regnskurar, upp till 11 grader",
  "Det blir mulet över Stockholm under måndagen med regnskurar från förmiddagen. Temperaturen når som mest 11 grader och "
  "vinden är måttlig från sydväst; i natt sjunker temperaturen till 6 grader.")
O("TPL-vader-stockholm-d2", "template", "nordnytt", 2, "04:30", "Vädret i Stockholm i dag: uppehåll och sol, upp till 13 grader",
  "Tisdagen bjuder på uppehållsväder och perioder med sol i Stockholm. Temperaturen når som mest 13 grader och vinden är svag "
  "från väst; i natt sjunker temperaturen till 5 grader.")
O("TPL-vader-stockholm-d3", "template", "nordnytt", 3, "04:30", "Vädret i Stockholm i dag: blåsigt och kallare, upp till 8 grader",
  "Onsdagen blir blåsig och kylig i Stockholm med enstaka skurar. Temperaturen når som mest 8 grader och vinden är frisk från "
  "nordväst; i natt kan det bli frost i ytterområdena.")

O("TPL-cac40-cloture-d1", "template", "marchesbourse", 1, "15:45", "Le CAC 40 termine en hausse de 0,6 % à 8 012 points",
  "La Bourse de Paris a terminé lundi en hausse de 0,6 % à 8 012,45 points, portée par les valeurs du luxe et les banques, "
  "dans des volumes modestes avant le début de la saison des résultats trimestriels.")
O("TPL-cac40-cloture-d2", "template", "marchesbourse", 2, "15:45", "Le CAC 40 termine en baisse de 0,9 % à 7 940 points",
  "La Bourse de Paris a terminé mardi en baisse de 0,9 % à 7 940,18 points, plombée par les valeurs automobiles et la "
  "distribution, tandis que le rendement de l'OAT à dix ans remontait à 3,4 %.")
O("TPL-cac40-cloture-d3", "template", "marchesbourse", 3, "15:46", "Le CAC 40 termine quasiment stable à 7 951 points",
  "La Bourse de Paris a terminé mercredi quasiment stable, en hausse de 0,1 % à 7 951,02 points, les gains des valeurs "
  "pétrolières compensant le repli des technologiques avant le compte rendu de la Fed.")

O("TPL-kurzy-cnb-d1", "template", "zpravycz", 1, "12:40", "Kurzy ČNB 5. října: euro za 24,31 Kč, dolar za 20,87 Kč",
  "Česká národní banka v pondělí stanovila kurz eura na 24,31 Kč a amerického dolaru na 20,87 Kč. Koruna vůči euru proti "
  "pátku mírně posílila, vůči dolaru oslabila o šest haléřů.")
O("TPL-kurzy-cnb-d2", "template", "zpravycz", 2, "12:40", "Kurzy ČNB 6. října: euro za 24,35 Kč, dolar za 20,94 Kč",
  "Česká národní banka v úterý stanovila kurz eura na 24,35 Kč a amerického dolaru na 20,94 Kč. Koruna vůči oběma hlavním "
  "měnám mírně oslabila po slabších datech z průmyslu.")
O("TPL-kurzy-cnb-d3", "template", "zpravycz", 3, "12:40", "Kurzy ČNB 7. října: euro za 24,29 Kč, dolar za 20,81 Kč",
  "Česká národní banka ve středu stanovila kurz eura na 24,29 Kč a amerického dolaru na 20,81 Kč. Koruna vůči euru posílila "
  "na nejsilnější úroveň za tři týdny.")

DAYBREAK = ("Start your day with Daybreak, the Northstar Post's morning newsletter: the biggest stories from around the world, "
            "what to watch in the markets and one good read for the commute, all in five minutes.")
O("TPL-daybreak-newsletter-d1", "template", "northstar", 1, "05:00", "Daybreak: your Monday briefing, 5 October", DAYBREAK)
O("TPL-daybreak-newsletter-d2", "template", "northstar", 2, "05:00", "Daybreak: your Tuesday briefing, 6 October", DAYBREAK)
O("TPL-daybreak-newsletter-d3", "template", "northstar", 3, "05:00", "Daybreak: your Wednesday briefing, 7 October", DAYBREAK)

O("TPL-cornwall-police-appeal-d1", "template", "harbourherald", 1, "12:30", "Police appeal for witnesses after assault in Truro",
  "Devon and Cornwall Police are appealing for witnesses after a man in his thirties was assaulted outside a bar on Lemon "
  "Street, Truro, late on Saturday. Anyone with information is asked to call 101.")
O("TPL-cornwall-police-appeal-d2", "template", "harbourherald", 2, "12:30", "Police appeal for witnesses after car fire in Falmouth",
  "Devon and Cornwall Police are appealing for witnesses after a car was set alight in a residential street in Falmouth in "
  "the early hours of Monday. Anyone with information is asked to call 101.")
O("TPL-cornwall-police-appeal-d3", "template", "harbourherald", 3, "12:30", "Police appeal for witnesses after shop break-in in St Austell",
  "Devon and Cornwall Police are appealing for witnesses after a phone shop in Fore Street, St Austell, was broken into "
  "overnight on Tuesday. Anyone with information is asked to call 101.")

O("TPL-verkehr-nrw-d1", "template", "rheinblatt", 1, "06:15", "Verkehrslage in NRW am Montagmorgen: 212 Kilometer Stau",
  "Auf den Autobahnen in Nordrhein-Westfalen staute sich der Verkehr am Montagmorgen um 7.30 Uhr auf insgesamt 212 "
  "Kilometern. Am längsten war die Blechlawine auf der A3 zwischen Leverkusen und Solingen.")
O("TPL-verkehr-nrw-d2", "template", "rheinblatt", 2, "06:15", "Verkehrslage in NRW am Dienstagmorgen: 168 Kilometer Stau",
  "Auf den Autobahnen in Nordrhein-Westfalen staute sich der Verkehr am Dienstagmorgen um 7.30 Uhr auf insgesamt 168 "
  "Kilometern. Ausgefallene Ampeln sorgten zudem für Chaos auf den Zufahrten in den Kölner Westen.")
O("TPL-verkehr-nrw-d3", "template", "rheinblatt", 3, "06:15", "Verkehrslage in NRW am Mittwochmorgen: 139 Kilometer Stau",
  "Auf den Autobahnen in Nordrhein-Westfalen staute sich der Verkehr am Mittwochmorgen um 7.30 Uhr auf insgesamt 139 "
  "Kilometern. Ein Lkw-Unfall auf der A1 bei Münster sorgte für die längste Schlange.")

O("TPL-bonoloto-d1", "template", "diariosol", 1, "19:50", "Resultados de la Bonoloto del lunes 5 de octubre de 2026",
  "Combinación ganadora de la Bonoloto del lunes 5 de octubre: 4, 11, 19, 27, 38 y 45, complementario 22 y reintegro 7. "
  "Consulte aquí si su boleto ha resultado premiado en el sorteo de hoy.")
O("TPL-bonoloto-d2", "template", "diariosol", 2, "19:50", "Resultados de la Bonoloto del martes 6 de octubre de 2026",
  "Combinación ganadora de la Bonoloto del martes 6 de octubre: 2, 9, 15, 30, 41 y 48, complementario 17 y reintegro 3. "
  "Consulte aquí si su boleto ha resultado premiado en el sorteo de hoy.")
O("TPL-bonoloto-d3", "template", "diariosol", 3, "19:50", "Resultados de la Bonoloto del miércoles 7 de octubre de 2026",
  "Combinación ganadora de la Bonoloto del miércoles 7 de octubre: 6, 13, 21, 24, 33 y 49, complementario 1 y reintegro 0. "
  "Consulte aquí si su boleto ha resultado premiado en el sorteo de hoy.")

# ---------------------------------------------------------------- singles
O("X01-yorkshire-oldest-pub-sale", "single", "ledger", 2, "13:05", "Pub said to be Yorkshire's oldest goes up for sale",
  "The Wheatsheaf, a coaching inn near Ripon that claims to have served ale since 1420, has been put on the market for 1.2 "
  "million pounds after its owners of 30 years announced their retirement.")
O("X02-hobart-devil-joeys", "single", "pacificecho", 1, "23:10", "Tasmanian devil joeys emerge at Hobart sanctuary",
  "Four Tasmanian devil joeys have emerged from their mothers' pouches at a wildlife sanctuary north of Hobart, keepers said, "
  "a boost for a breeding programme for the endangered marsupial.")
O("X03-nepal-dolpo-trek", "single", "worldline", 3, "07:50", "World: Nepal opens new trekking route into Lower Dolpo",
  "Nepal has opened a new 14-day trekking route through the remote Lower Dolpo region, with permits capped at 500 a year to "
  "protect villages and wildlife, the tourism board said on Wednesday.")
O("X04-innsbruck-kehrmaschinen", "single", "alpenkurier", 1, "09:30", "Innsbruck testet selbstfahrende Kehrmaschinen in der Altstadt",
  "In der Innsbrucker Altstadt sind seit Montag zwei selbstfahrende Kehrmaschinen unterwegs. Die Stadt will in einem "
  "sechsmonatigen Versuch prüfen, ob die Geräte die Straßenreinigung in den frühen Morgenstunden entlasten können.")
O("X05-lausanne-piscine-bellerive", "single", "lematinromand", 2, "16:20", "Lausanne: la piscine de Bellerive fermera deux ans pour travaux",
  "La piscine de Bellerive, au bord du Léman, fermera ses portes à la fin de la saison prochaine pour deux ans de rénovation, "
  "a annoncé mardi la Ville de Lausanne, qui chiffre le chantier à 38 millions de francs.")
O("X06-ushuaia-crucero-antartico", "single", "lanacionsur", 3, "13:20", "Ushuaia recibe el primer crucero de la temporada antártica",
  "El puerto de Ushuaia recibió este miércoles el primer crucero de la temporada antártica, con 180 pasajeros a bordo, y las "
  "autoridades esperan más de 500 recaladas hasta marzo, un récord para la capital fueguina.")
O("X07-courmayeur-rifugio", "single", "gazzettavalle", 2, "08:30", "Courmayeur, inaugurato il nuovo rifugio in Val Ferret",
  "È stato inaugurato in Val Ferret, sopra Courmayeur, il nuovo rifugio costruito al posto della vecchia struttura del "
  "1950. Ha 42 posti letto e funziona interamente a energia solare.")
O("X08-porto-bolhao-feira-livro", "single", "jornalporto", 1, "10:15", "Porto: Mercado do Bolhão recebe feira do livro infantil",
  "O Mercado do Bolhão acolhe a partir desta segunda-feira uma feira do livro infantil com 30 editoras e sessões de leitura "
  "diárias para escolas, que decorre até domingo.")
O("X09-antwerpen-okapi", "single", "gvanieuws", 3, "11:20", "Antwerpse Zoo verwelkomt okapijong",
  "In de Zoo van Antwerpen is een okapijong geboren, het eerste in vijf jaar. Het vrouwtje stelt het goed en is vanaf het "
  "weekend samen met haar moeder te zien voor bezoekers.")
O("X10-gliwice-palmiarnia", "single", "kurierslaski", 2, "12:10", "Krótko: Gliwicka palmiarnia otwarta po remoncie",
  "Po dwóch latach remontu ponownie otwarto palmiarnię w Gliwicach. Odwiedzający zobaczą ponad 5000 roślin, w tym nową "
  "kolekcję kaktusów i storczyków, a wstęp do końca miesiąca jest bezpłatny.")
O("X11-letniy-sad-skulptury", "single", "gazetaneva", 1, "09:40", "В Летнем саду начали укрывать скульптуры на зиму",
  "В Летнем саду Петербурга начали укрывать мраморные скульптуры деревянными футлярами на зиму. Работы продлятся около "
  "двух недель, сад остаётся открытым для посетителей.")
O("X12-lviv-festyval-kavy", "single", "lvivpost", 3, "10:00", "У Львові стартував осінній фестиваль кави",
  "На площі Ринок у Львові в середу стартував осінній фестиваль кави. Понад 40 обсмажувальних цехів із різних областей "
  "пропонують дегустації, а в неділю відбудеться конкурс бариста.")
O("X13-umea-cykelbro", "single", "norrlandsbladet", 1, "06:20", "Umeå får ny cykelbro över Umeälven",
  "Kommunfullmäktige i Umeå har klubbat en ny gång- och cykelbro över Umeälven mellan centrum och Teg. Bron beräknas kosta "
  "240 miljoner kronor och stå klar 2029.")
O("X14-praha-festival-svetla", "single", "prazskyden", 3, "08:45", "Pražský festival světla letos rozzáří i Karlín",
  "Festival světla, který Prahu každý podzim promění ve venkovní galerii, letos poprvé zamíří i do Karlína. Na dvaceti "
  "místech se představí světelné instalace umělců z dvanácti zemí.")
O("X15-izmir-kordon-bisiklet", "single", "egepost", 2, "10:30", "İzmir Kordon'a yeni bisiklet yolu",
  "İzmir Büyükşehir Belediyesi, Kordon boyunca Alsancak ile Konak arasında 4 kilometrelik yeni bir bisiklet yolu yapılacağını "
  "duyurdu. Çalışmaların kasım ayında başlaması bekleniyor.")
O("X16-odense-zoo-giraffer", "single", "fynsposten", 1, "14:00", "Odense Zoo får to nye giraffer",
  "Odense Zoo har fået to unge giraffer fra en zoologisk have i Tyskland. De skal vænne sig til deres nye anlæg i et par "
  "uger, før publikum kan se dem.")
O("X17-cluj-parcul-central-copaci", "single", "gazetaclujului", 2, "11:10", "Cluj-Napoca: 300 de copaci noi în Parcul Central",
  "Primăria Cluj-Napoca va planta în această toamnă 300 de copaci noi în Parcul Central și pe aleile din jurul lacului, "
  "pentru a înlocui exemplarele bătrâne afectate de secetă.")
O("X18-szeged-tisza-setany", "single", "alfoldiujsag", 3, "09:15", "Szegeden elkezdődött a Tisza-parti sétány felújítása",
  "Szegeden szerdán elkezdődött a Tisza-parti alsó rakpart sétányának felújítása. A munkálatok tavaszig tartanak, addig a "
  "sétány egy része lezárva marad.")
