"""Week H (heldout10.json): Mon 26 - Wed 28 Oct 2026. Day numbers are 1..3.

Stories are (kind, source, day, "HH:MM" UTC, title, summary) tuples; a
summary of None means: copy -> the original's summary verbatim, cut -> the
original's lede truncated with "…". TRAPS and SAME_FOLLOWUPS at the end.
"""
import datetime as dt
from common import Corpus

CORPUS = Corpus("h10", dt.date(2026, 10, 26))
S = CORPUS.story
O = CORPUS.one
TRAP = CORPUS.trap
SAME = CORPUS.same_followup

# ================================================================ English-led
S("E01-blackpool-tram-derailment", [
    ("original", "gwire", 1, "08:14", "Tram derails on Blackpool promenade, seven injured",
     "BLACKPOOL, England (Globalwire) - A tram derailed on the promenade near North Pier in Blackpool on Monday morning, "
     "injuring seven people, Lancashire Fire and Rescue Service said. The double-ended tram had been heading north towards "
     "Fleetwood."),
    ("brief", "northstar", 1, "08:21", "BRIEF-Blackpool tram derailment: seven hurt, promenade closed at North Pier",
     "Lancashire Police say tram came off the rails near North Pier shortly before 08:00 GMT; seven people taken to "
     "Blackpool Victoria Hospital; promenade closed between Talbot Square and Cocker Street."),
    ("rewrite", "lancashirestar", 1, "09:32", "Passengers scramble out as Fleetwood-bound tram leaves the rails on the Prom",
     "Early commuters on the Fylde coast had to climb down from a tilted carriage after the leading bogie of a tram "
     "slewed off the track opposite North Pier. Paramedics treated seven people and services run only south of Central "
     "Pier."),
    ("update", "gwire", 1, "13:12", "UPDATE 1-Blackpool tram derailment injuries rise to eight, driver among them",
     "BLACKPOOL, England (Globalwire) - Eight people were hurt when a tram derailed on Blackpool promenade on Monday, "
     "including the driver, police said, revising an earlier figure of seven. None of the injuries is thought to be "
     "life-threatening."),
    ("translation", "nordbote", 2, "06:30", "Kurz notiert: Straßenbahn in Blackpool entgleist – acht Verletzte",
     "Im englischen Seebad Blackpool ist am Montagmorgen eine Straßenbahn auf der Strandpromenade entgleist. Acht Menschen, "
     "darunter der Fahrer, wurden verletzt, teilte die Polizei mit."),
    ("update", "gwire", 2, "11:02", "UPDATE 2-Faulty points caused Blackpool tram derailment, operator says",
     "BLACKPOOL, England (Globalwire) - A faulty set of points opposite North Pier caused Monday's tram derailment in "
     "Blackpool that injured eight people, operator Blackpool Transport said on Tuesday. Trams will run the full route "
     "again from Wednesday."),
])

S("E02-blackpool-visitor-levy-vote", [
    ("original", "lancashirestar", 1, "19:20", "Blackpool councillors approve £2-a-night visitor levy",
     "Blackpool Council voted 27 to 14 on Monday evening to charge visitors £2 per room per night in hotels and guest "
     "houses from April 2027, with the money going to the promenade, the illuminations and beach cleaning."),
    ("rewrite", "ledger", 1, "20:42", "Holidaymakers on the Fylde coast to pay an overnight tourist charge",
     "Guests in the resort's hotels and B&Bs will pay an extra charge per room after councillors backed the scheme despite "
     "protests from landladies. The council says it will raise about £6m a year."),
    ("cut", "northstar", 1, "21:31", "Blackpool backs £2-a-night charge on hotel guests", None),
])

O("L19-blackpool-central-pier-swimmer", "lookalike", "lancashirestar", 1, "15:32", "Swimmer rescued from sea off Blackpool's Central Pier",
  "A man in his forties was pulled from the sea near Central Pier in Blackpool on Monday afternoon after getting into "
  "difficulty in rough water, the RNLI said. He was taken to hospital suffering from cold.")

S("E03-avonmouth-biomass-fire", [
    ("original", "westcountrypost", 2, "03:10", "Major fire at biomass store at Avonmouth docks",
     "About 70 firefighters were tackling a large fire at a wood pellet store at Avonmouth docks in Bristol early on "
     "Tuesday, Avon Fire and Rescue Service said. People in Shirehampton and Lawrence Weston were told to keep windows "
     "shut."),
    ("brief", "gwire", 2, "03:36", "BRIEF-Fire at biomass store in Avonmouth docks; residents told to keep windows closed",
     "Avon Fire and Rescue says 14 engines at fire in wood pellet store at Avonmouth docks since about 01:45 GMT; no "
     "reported injuries; M5 Avonmouth bridge open."),
    ("update", "gwire", 2, "10:05", "UPDATE 1-Avonmouth docks biomass fire under control, no injuries",
     "BRISTOL, England (Globalwire) - A fire in a store holding 20,000 tonnes of wood pellets at Avonmouth docks was "
     "brought under control on Tuesday morning, firefighters said. Nobody was hurt but crews expect to stay for days."),
    ("rewrite", "eveningmetro", 2, "11:22", "Wood pellet blaze sends smoke drifting across the Severn",
     "Drivers crossing the Prince of Wales Bridge saw a grey plume rising from the port as crews fought the overnight fire "
     "in a biomass store. Seventy firefighters attended at the height of the blaze."),
    ("regional", "dailyround", 3, "06:00", "News in brief: Biomass store fire at Avonmouth docks",
     "A fire in a wood pellet store at Avonmouth docks in Bristol was brought under control on Tuesday after burning "
     "through the night. About 70 firefighters attended and nobody was hurt."),
])

S("E04-bristol-port-dock-strike", [
    ("original", "gwire", 2, "06:15", "Bristol port workers begin 48-hour strike over pay",
     "BRISTOL, England (Globalwire) - About 400 dock workers at Avonmouth and Royal Portbury began a 48-hour strike at 6am "
     "on Tuesday after rejecting a 4% pay offer, the Unite union said, halting car imports and bulk cargo handling."),
    ("rewrite", "westcountrypost", 2, "07:52", "Car carriers stranded as Portbury dockers walk out hours after Avonmouth blaze",
     "Pickets gathered at the Portbury gates as some 400 port staff stopped work over pay, while firefighters were still "
     "at the burning biomass store across the river. Unite calls the 4% offer an insult after record profits."),
    ("cut", "capitalbrief", 2, "08:31", "Bristol dock strike halts car imports", None),
    ("translation", "nlpers", 2, "09:22", "Staking in haven van Bristol, auto-importeurs wijken uit naar Zeebrugge",
     "In de Britse havens Avonmouth en Royal Portbury bij Bristol leggen zo'n 400 havenarbeiders sinds dinsdagochtend voor "
     "48 uur het werk neer. Autoschepen varen daarom door naar Zeebrugge."),
    ("update", "gwire", 2, "15:12", "UPDATE 1-Bristol port strike: car carriers diverted as walkout continues",
     "BRISTOL, England (Globalwire) - Three car carriers were diverted to other ports on Tuesday as the 48-hour strike by "
     "400 dock workers at Avonmouth and Royal Portbury continued, with no talks planned, the port operator said."),
    ("regional", "dailyround", 3, "06:01", "News in brief: Bristol dock strike into second day",
     "About 400 workers at Avonmouth and Royal Portbury are on the second day of a 48-hour strike over a 4% pay offer. "
     "Three car carriers were sent to other ports."),
])

S("E05-tarrant-inns-profit-warning", [
    ("original", "capitalbrief", 2, "07:04", "Tarrant Inns cuts profit forecast as drinkers cut back",
     "By Ruth Calder, Markets Reporter. Tarrant Inns, which runs 1,300 pubs across England and Wales, said on Tuesday that "
     "full-year underlying pre-tax profit would be £72m to £76m, below the £95m it had forecast, after like-for-like sales "
     "fell 3%."),
    ("brief", "gwire", 2, "07:06", "BRIEF-Tarrant Inns sees FY underlying pretax profit £72m-£76m vs £95m previously",
     "Tarrant Inns says like-for-like sales down 3% in the 12 weeks to October 17; blames wet summer and higher employer "
     "costs; to close or sell 60 pubs."),
    ("copy", "northstar", 2, "07:40", "Tarrant Inns issues profit warning", None),
    ("rewrite", "ledger", 2, "09:42", "Pub group's shares sink as wet summer and tax rises hit trade",
     "Shares in Tarrant Inns slumped after the Birmingham-based pub chain said customers were spending less and its wage "
     "and tax bills had risen. It will close or sell 60 of its 1,300 pubs."),
    ("update", "gwire", 2, "12:02", "UPDATE 1-Tarrant Inns shares slide 19% after profit warning",
     "LONDON (Globalwire) - Shares in Tarrant Inns fell 19% on Tuesday, their lowest since 2020, after the pub group cut "
     "its annual profit forecast to as little as £72m from £95m, blaming weak spending and higher costs."),
])

S("E06-tarrant-inns-ceo-quits", [
    ("original", "capitalbrief", 3, "07:30", "Tarrant Inns chief executive Sarah Whitcombe quits",
     "Tarrant Inns said on Wednesday that chief executive Sarah Whitcombe had resigned with immediate effect after five "
     "years in charge, a day after the pub group cut its profit forecast. Chairman Malcolm Reade will act as executive "
     "chairman."),
    ("brief", "gwire", 3, "07:32", "BRIEF-Tarrant Inns says CEO Sarah Whitcombe resigns; chairman Malcolm Reade to act as executive chair",
     "Tarrant Inns says Whitcombe leaves the board with immediate effect; search for successor begins; no change to "
     "guidance given on Tuesday."),
    ("rewrite", "ledger", 3, "10:32", "Whitcombe walks out of Tarrant after five years at the bar",
     "The pub chain's boss has gone, with chairman Malcolm Reade taking the reins until a new chief executive is found. "
     "Investors had criticised her costly refurbishment programme."),
    ("cut", "northstar", 3, "08:42", "Tarrant Inns boss quits a day after profit warning", None),
])

S("E07-new-britain-quake", [
    ("original", "gwire", 1, "02:45", "Magnitude 6.1 earthquake strikes off Papua New Guinea's New Britain",
     "PORT MORESBY (Globalwire) - An earthquake of magnitude 6.1 struck off the island of New Britain in Papua New Guinea "
     "at 12:21 local time on Monday, the US Geological Survey said. The Pacific Tsunami Warning Center said there was no "
     "tsunami threat."),
    ("brief", "northstar", 1, "02:52", "BRIEF-USGS: magnitude 6.1 quake off New Britain, PNG; no tsunami threat",
     "US Geological Survey says quake of magnitude 6.1 at depth of 35 km, 90 km south-east of Kimbe in West New Britain "
     "province; Pacific Tsunami Warning Center says no threat."),
    ("translation", "vestnik", 1, "04:02", "Землетрясение магнитудой 6,1 произошло у берегов Папуа — Новой Гвинеи",
     "У острова Новая Британия в Папуа — Новой Гвинее в понедельник произошло землетрясение магнитудой 6,1, сообщила "
     "Геологическая служба США. Угрозы цунами нет, данных о жертвах не поступало."),
    ("rewrite", "worldline", 1, "04:21", "World: Kimbe residents head for higher ground after strong offshore tremor",
     "People in the main town of West New Britain left their homes for the hills after a 6.1 jolt shook the island at "
     "midday. Officials said there was no tsunami and no early reports of casualties."),
    ("rewrite", "asiapacwire", 1, "05:12", "Strong quake rattles Papua New Guinea's West New Britain; palm oil mills checked",
     "Plantation companies halted work at palm oil mills near Kimbe to inspect boilers after the magnitude 6.1 quake. "
     "The provincial disaster office said it was still trying to reach remote villages."),
    ("update", "gwire", 1, "07:32", "UPDATE 1-USGS downgrades New Britain quake to 5.9; houses damaged near Kimbe",
     "PORT MORESBY (Globalwire) - The US Geological Survey revised Monday's earthquake off New Britain to magnitude 5.9 "
     "from 6.1. Provincial officials said about 30 houses and a school near Kimbe were damaged and two people were hurt."),
])

S("E08-hualien-quake", [
    ("original", "gwire", 1, "12:10", "Magnitude 5.3 earthquake strikes off Hualien, Taiwan",
     "TAIPEI (Globalwire) - An earthquake of magnitude 5.3 struck off Taiwan's eastern county of Hualien at 19:48 local "
     "time on Monday, the Central Weather Administration said. Buildings swayed in Taipei but there were no reports of "
     "damage."),
    ("cut", "northstar", 1, "12:52", "Quake off Taiwan's east coast sways Taipei buildings", None),
    ("rewrite", "asiapacwire", 1, "13:22", "Taipei towers sway as quake hits off Taiwan's east coast",
     "Diners in the capital felt several seconds of rolling motion during the evening rush as a 5.3 tremor struck in the "
     "Pacific east of Hualien. Rail operator THSR briefly slowed trains; no damage was reported."),
    ("rewrite", "worldline", 1, "13:46", "World: Taiwan shaken on the same day as Papua New Guinea quake",
     "A magnitude 5.3 earthquake off Hualien rattled eastern Taiwan on Monday evening, the second sizeable tremor in the "
     "western Pacific that day. Authorities reported no casualties."),
])

S("E09-australia-inflation-q3", [
    ("original", "pacificecho", 3, "00:35", "Australia's annual inflation rises to 3.2% in September quarter",
     "Australia's annual consumer price inflation rose to 3.2% in the September quarter from 2.9% in the June quarter, the "
     "Australian Bureau of Statistics said on Wednesday, driven by electricity, rents and insurance."),
    ("brief", "gwire", 3, "00:37", "BRIEF-Australia Q3 CPI +3.2% y/y, trimmed mean 3.0%",
     "Australian Bureau of Statistics says consumer prices rose 1.1% in the September quarter and 3.2% year on year; "
     "trimmed mean inflation 3.0% y/y; monthly indicator 3.4% in September."),
    ("rewrite", "northstar", 3, "03:05", "Sticky Australian prices push back hopes of a rate cut",
     "Power bills and rents lifted the cost of living in Australia again last quarter, with the annual rate climbing to "
     "3.2%. Economists said the Reserve Bank would now hold rates until at least February."),
    ("update", "gwire", 3, "04:12", "UPDATE 1-Australian inflation climbs to 3.2%, Aussie dollar jumps",
     "SYDNEY (Globalwire) - The Australian dollar rose on Wednesday after data showed annual inflation climbed to 3.2% in "
     "the September quarter, leading traders to price out any chance of a Reserve Bank rate cut this year."),
    ("translation", "fildujour", 3, "08:00", "En bref: L'inflation australienne remonte à 3,2 %",
     "En Australie, la hausse des prix à la consommation a atteint 3,2 % sur un an au troisième trimestre, contre 2,9 % au "
     "trimestre précédent, a annoncé mercredi le bureau des statistiques, tirée par l'électricité et les loyers."),
])

S("E10-south-africa-inflation-september", [
    ("original", "gwire", 2, "08:05", "South Africa's inflation eases to 3.1% in September",
     "JOHANNESBURG (Globalwire) - South Africa's annual consumer price inflation eased to 3.1% in September from 3.4% in "
     "August, Statistics South Africa said on Tuesday, helped by lower fuel and food prices."),
    ("brief", "capitalbrief", 2, "08:07", "BRIEF-South Africa Sept CPI +3.1% y/y, core 2.9%",
     "Statistics South Africa says headline consumer inflation 3.1% year on year in September after 3.4% in August; core "
     "inflation 2.9%; prices up 0.1% on the month."),
    ("rewrite", "northstar", 2, "10:02", "Rand firms as South African price growth slows",
     "Cheaper petrol and food pulled South African inflation close to the bottom of the central bank's new target range "
     "last month. The rand gained 0.6% against the dollar after the release."),
])

O("L03-singapore-core-inflation", "lookalike", "asiapacwire", 2, "05:05", "Singapore core inflation rises to 1.1% in September",
  "Singapore's core inflation, the central bank's preferred measure, rose to 1.1% year on year in September from 0.8% "
  "in August, official data showed on Tuesday, as services and food prices picked up.")

S("E11-colombia-verification-mission-renewal", [
    ("original", "gwire", 3, "19:10", "UN Security Council extends Colombia verification mission for a year",
     "UNITED NATIONS (Globalwire) - The UN Security Council on Wednesday unanimously extended the mandate of the UN "
     "Verification Mission in Colombia until 31 October 2027, keeping monitors in place to oversee the 2016 peace "
     "agreement."),
    ("translation", "efa", 3, "20:05", "La ONU prorroga un año la Misión de Verificación en Colombia",
     "NUEVA YORK (EFA) – El Consejo de Seguridad de la ONU prorrogó este miércoles por unanimidad hasta el 31 de octubre "
     "de 2027 el mandato de la Misión de Verificación en Colombia, encargada de vigilar el acuerdo de paz de 2016."),
    ("rewrite", "worldline", 3, "20:22", "World: UN monitors stay in Colombia to watch over the peace deal",
     "The observers who track the reintegration of former FARC fighters will remain for another twelve months after all "
     "15 Council members backed a British-drafted text."),
    ("cut", "northstar", 3, "20:52", "UN keeps Colombia peace monitors until October 2027", None),
])

O("L04-binuh-haiti-renewal", "lookalike", "gwire", 3, "19:42", "UN Security Council extends Haiti political office BINUH",
  "UNITED NATIONS (Globalwire) - The UN Security Council on Wednesday extended the mandate of the UN Integrated Office "
  "in Haiti, BINUH, until July 2027, in the same session that renewed the Colombia mission, with 13 votes in favour and "
  "two abstentions.")

S("E12-manchester-airport-security-strike", [
    ("original", "gwire", 1, "05:20", "Manchester Airport security staff begin 48-hour strike",
     "MANCHESTER, England (Globalwire) - About 600 security officers at Manchester Airport began a 48-hour strike at 4am on "
     "Monday in a dispute over pay and shift patterns, the Unite union said. Passengers were told to allow extra time."),
    ("copy", "ledger", 1, "06:02", "Manchester Airport security strike begins", None),
    ("rewrite", "eveningmetro", 1, "07:42", "Two-hour queues at Manchester Airport as security officers strike",
     "Half-term travellers snaked out of Terminal 2 and into the car park as scanners stood unstaffed. Unite says its 600 "
     "members were offered 3.5% with changes to night shifts they cannot accept."),
    ("update", "gwire", 1, "13:32", "UPDATE 1-Manchester Airport strike: 2,000 passengers miss flights",
     "MANCHESTER, England (Globalwire) - About 2,000 passengers missed flights at Manchester Airport on Monday as a "
     "48-hour strike by 600 security officers caused queues of up to three hours, the airport said."),
    ("regional", "dailyround", 2, "06:00", "News in brief: Manchester Airport strike enters second day",
     "Security officers at Manchester Airport are on the second day of a 48-hour strike over pay and shifts. About 2,000 "
     "passengers missed flights on Monday."),
])

S("E13-bristol-airport-baggage-strike", [
    ("original", "westcountrypost", 1, "05:40", "Bristol Airport baggage handlers walk out over pay",
     "Baggage handlers employed by Skyline Ground Services at Bristol Airport began a 24-hour strike at 4am on Monday after "
     "rejecting a 3% pay offer, the GMB union said. Passengers were advised to travel with hand luggage."),
    ("rewrite", "gwire", 1, "08:22", "Bristol Airport passengers fly without suitcases as handlers strike",
     "BRISTOL, England (Globalwire) - Holidaymakers at Bristol Airport were asked to leave hold bags at home on Monday as "
     "about 200 baggage handlers walked out for 24 hours. Several flights left with luggage still on the ground."),
    ("cut", "courier", 1, "09:22", "Bristol travellers told to pack hand luggage only as handlers strike", None),
])

S("E14-liverpool-everton-tower-block-fire", [
    ("original", "merseymail", 2, "06:40", "Sixty residents evacuated after fire in Everton tower block",
     "Around 60 residents were evacuated from a 15-storey tower block on Netherfield Road North in Everton early on "
     "Tuesday after a fire broke out on the fourth floor, Merseyside Fire and Rescue Service said. Three people went to "
     "hospital."),
    ("rewrite", "ledger", 2, "08:12", "Residents in pyjamas led down the stairs as fire hits Everton block",
     "Families from the Netherfield Road tower waited in a church hall after crews brought them out through smoke-filled "
     "stairwells before dawn. Three residents were treated in hospital for smoke inhalation."),
    ("cut", "northstar", 2, "09:12", "Liverpool tower block fire forces 60 from their homes", None),
    ("update", "gwire", 2, "12:32", "UPDATE 1-Liverpool tower block fire was started deliberately, fire service says",
     "LIVERPOOL, England (Globalwire) - A fire that forced 60 people from a tower block in Everton on Tuesday was started "
     "deliberately in a fourth-floor bin store, Merseyside Fire and Rescue Service said. Three residents remain in "
     "hospital."),
])

S("E15-liverpool-edge-lane-timber-fire", [
    ("original", "gwire", 2, "18:15", "Large fire breaks out at Liverpool timber yard",
     "LIVERPOOL, England (Globalwire) - More than 40 firefighters were tackling a large fire at a timber merchant's yard on "
     "Edge Lane in Liverpool on Tuesday evening, Merseyside Fire and Rescue Service said, the second major fire in the "
     "city that day."),
    ("rewrite", "merseymail", 2, "19:22", "Flames tower over Edge Lane as timber merchant's yard burns",
     "Stacks of seasoned timber went up at the Wavertree yard, sending sparks across the road and closing the main route "
     "into the city from the M62. People nearby were told to keep windows shut; no one was hurt."),
    ("regional", "dailyround", 3, "06:02", "News in brief: Timber yard blaze closes Edge Lane",
     "Firefighters worked through the night at a timber merchant's yard on Edge Lane, Liverpool, after stacks of wood "
     "caught fire on Tuesday evening. Nobody was injured."),
    ("update", "merseymail", 3, "07:32", "UPDATE: Edge Lane timber yard fire out after 11 hours",
     "The fire at the timber merchant's yard on Edge Lane in Liverpool was put out early on Wednesday, 11 hours after it "
     "began, the fire service said. Edge Lane has reopened to traffic."),
])

O("L13-everton-fire-teenager-arrested", "lookalike", "merseymail", 3, "13:22", "Teenager arrested over Everton tower block fire",
  "A 17-year-old boy has been arrested on suspicion of arson with intent to endanger life after Tuesday's fire at a tower "
  "block on Netherfield Road North in Everton, Merseyside Police said. He remains in custody.")

S("E16-devon-floods", [
    ("original", "gwire", 3, "06:10", "Hundreds of homes flooded in Devon after torrential rain",
     "TIVERTON, England (Globalwire) - About 150 homes were flooded in Tiverton and Crediton on Wednesday after more than "
     "100mm of rain fell on Mid Devon overnight, Devon and Cornwall Police said, declaring a major incident."),
    ("brief", "northstar", 3, "06:21", "BRIEF-Devon police declare major incident over flooding in Tiverton, Crediton",
     "Devon and Cornwall Police say major incident declared; River Exe and River Creedy over banks; rest centres open in "
     "Tiverton and Crediton; A396 closed at Bickleigh."),
    ("rewrite", "westcountrypost", 3, "08:12", "The Exe and the Creedy burst their banks as Mid Devon goes under",
     "Shopkeepers in Tiverton were bailing out water at dawn as the river rose over the flood walls, while in Crediton "
     "firefighters rescued an elderly couple by boat. Roughly 150 homes are affected."),
    ("update", "gwire", 3, "12:42", "UPDATE 1-Devon floods: 210 homes hit, rail line to Exeter closed",
     "TIVERTON, England (Globalwire) - The number of flooded homes in Devon rose to 210 on Wednesday afternoon, the county "
     "council said, and the railway between Exeter and Tiverton Parkway was closed after the line was washed out."),
])

S("E17-a38-ashburton-fatal-crash", [
    ("original", "westcountrypost", 3, "14:10", "Two killed in A38 crash near Ashburton",
     "Two people died and two were seriously injured when a van and a car collided on the A38 near Ashburton on Wednesday "
     "afternoon, Devon and Cornwall Police said. The Devon Expressway was closed in both directions."),
    ("rewrite", "gwire", 3, "15:32", "Fatal crash closes A38 in Devon on day of floods",
     "EXETER, England (Globalwire) - Police shut the A38 on the edge of Dartmoor after two people were killed in a "
     "collision between a van and a car near Ashburton. Two others were airlifted to hospital in Plymouth."),
    ("cut", "northstar", 3, "16:02", "A38 closed in Devon after two die in van and car collision", None),
])

S("E18-carnbridge-city-home-defeat", [
    ("original", "matchdaywire", 1, "22:05", "Carnbridge City 1-5 Wexley Town: fans turn on the board",
     "Wexley Town scored three times in the first half on the way to a 5-1 win at Millfield Park on Monday night, leaving "
     "Carnbridge City 23rd in the Championship and manager Ian Sorley under mounting pressure."),
    ("rewrite", "ledger", 1, "23:12", "Wexley hit five as Carnbridge sink to sixth straight defeat",
     "A hat-trick from Callum Braithwaite sent Wexley to a rout at Millfield Park. Carnbridge, who have not won since "
     "August, have now conceded 17 goals in six matches."),
    ("cut", "northstar", 1, "23:42", "Carnbridge thrashed 5-1 by Wexley at Millfield Park", None),
    ("regional", "dailyround", 2, "06:01", "News in brief: Carnbridge beaten 5-1 at home",
     "Carnbridge City lost 5-1 to Wexley Town at Millfield Park on Monday night, a sixth successive defeat that leaves them "
     "23rd in the Championship."),
])

S("E19-carnbridge-sack-sorley", [
    ("original", "matchdaywire", 2, "11:40", "Carnbridge City sack manager Ian Sorley",
     "Carnbridge City have sacked manager Ian Sorley, hours after Monday night's 5-1 home defeat by Wexley Town left them "
     "23rd in the Championship. First-team coach Danny Frith will take charge for Saturday's trip to Oakhurst."),
    ("copy", "northstar", 2, "12:15", "Carnbridge City dismiss Ian Sorley", None),
    ("rewrite", "ledger", 2, "13:04", "Sorley pays for Carnbridge collapse after 11 months in charge",
     "The Championship side ended the Scot's spell with the team a point above the relegation zone. Danny Frith, a coach "
     "on his staff, steps up while the board looks for a permanent appointment."),
])

S("E20-hollin-tumble-dryer-recall", [
    ("original", "gwire", 1, "09:10", "Hollin Appliances recalls 95,000 tumble dryers over fire risk",
     "LONDON (Globalwire) - Hollin Appliances is recalling 95,000 condenser tumble dryers sold between 2022 and 2025 because "
     "lint can collect near the heater and catch fire, the company said on Monday. Twelve fires have been reported, none "
     "causing injury."),
    ("rewrite", "consumerwatch", 1, "10:32", "Hollin dryer owners told to unplug their machines now",
     "Anyone with a Hollin condenser dryer from the affected range should stop using it and register for a free repair, "
     "the manufacturer says. About 95,000 machines are involved after a dozen fires."),
    ("cut", "northstar", 1, "11:02", "Hollin tumble dryer fire risk triggers recall", None),
    ("update", "gwire", 1, "16:02", "UPDATE 1-Hollin widens tumble dryer recall to 120,000 machines",
     "LONDON (Globalwire) - Hollin Appliances said on Monday its recall of condenser tumble dryers over a fire risk now "
     "covers 120,000 machines, after adding models sold in Ireland under the Brightway brand."),
    ("regional", "dailyround", 2, "06:02", "News in brief: Fire risk recall for Hollin tumble dryers",
     "Hollin Appliances is recalling 120,000 condenser tumble dryers because fluff can build up near the heater and catch "
     "fire. Owners are told to unplug them."),
    ("translation", "nordbote", 2, "06:45", "Kurz notiert: Hollin ruft 120.000 Wäschetrockner zurück",
     "Der britische Hausgerätehersteller Hollin ruft 120.000 Kondenstrockner zurück. Flusen können sich am Heizelement "
     "sammeln und Feuer fangen; zwölf Brände wurden bereits gemeldet."),
])

O("L01-blackpool-tramway-safety-review", "lookalike", "lancashirestar", 2, "14:32", "Blackpool Council orders independent safety review of tramway",
  "Blackpool Council has ordered an independent review of track and points maintenance on the whole tramway after "
  "Monday's derailment near North Pier, its leader said on Tuesday. The report is due before the summer season.")
O("L02-new-britain-aftershock", "lookalike", "gwire", 2, "01:32", "Magnitude 5.3 aftershock strikes off New Britain",
  "PORT MORESBY (Globalwire) - A magnitude 5.3 aftershock struck off New Britain in Papua New Guinea at 11:14 local time "
  "on Tuesday, a day after a stronger quake in the same area, the US Geological Survey said. There was no tsunami threat.")
O("L05-hollin-supplier-lawsuit", "lookalike", "ledger", 2, "14:42", "Hollin Appliances sued by former motor supplier for £40m",
  "By Priya Nandra, Legal Correspondent. Midlands engineering firm Castleby Motors has sued Hollin Appliances for £40m at "
  "the High Court, claiming the appliance maker broke a five-year contract for washing machine motors.")

# ================================================================ German-led
S("D1-brandauer-explosion-marl", [
    ("original", "dpn", 2, "06:40", "Explosion im Chemiepark Marl: vier Verletzte bei Brandauer Chemie",
     "MARL (dpn) - Bei einer Explosion in einer Anlage von Brandauer Chemie im Chemiepark Marl sind am Dienstagmorgen vier "
     "Mitarbeiter verletzt worden, einer davon schwer. Die Stadt forderte Anwohner auf, Fenster und Türen geschlossen zu "
     "halten."),
    ("brief", "westexpress", 2, "06:46", "EIL: Explosion bei Brandauer Chemie in Marl",
     "Im Chemiepark Marl hat es in einer Anlage von Brandauer Chemie eine Explosion gegeben. Nach ersten Angaben der "
     "Feuerwehr gibt es vier Verletzte, eine Warnung über die Warn-App wurde ausgelöst."),
    ("translation", "gwire", 2, "07:22", "BRIEF-Explosion at Brandauer Chemie plant in Germany's Marl injures four",
     "German chemicals group Brandauer Chemie says blast at a plant in Marl chemical park injured four employees, one "
     "seriously; residents told to keep windows closed; cause unknown."),
    ("rewrite", "rheinblatt", 2, "09:32", "Knall im Ruhrgebiet: Anwohner sollen Fenster geschlossen halten",
     "Eine dunkle Rauchwolke stand am Morgen über dem Norden des Reviers, nachdem es in einer Produktionsanlage laut "
     "geknallt hatte. Vier Beschäftigte von Brandauer kamen ins Krankenhaus, die Warnung galt bis in den Mittag."),
    ("update", "dpn", 2, "11:42", "AKTUALISIERUNG 1-Explosion in Marl: Leck an Ethylenleitung war Ursache",
     "MARL (dpn) - Ursache der Explosion bei Brandauer Chemie in Marl war nach Angaben des Unternehmens ein Leck an einer "
     "Ethylenleitung. Die Warnung für die Anwohner wurde aufgehoben, der schwer verletzte Mitarbeiter ist außer "
     "Lebensgefahr."),
    ("regional", "nordbote", 3, "06:30", "Kurz notiert: Explosion in Marler Chemiepark",
     "Bei einer Explosion in einer Anlage von Brandauer Chemie in Marl sind am Dienstag vier Mitarbeiter verletzt worden. "
     "Ursache war ein Leck an einer Ethylenleitung."),
])

S("D2-brandauer-uebernahme-vormeer", [
    ("original", "dpn", 2, "15:10", "Brandauer Chemie übernimmt niederländischen Kunststoffhersteller Vormeer",
     "LUDWIGSHAFEN (dpn) - Der Chemiekonzern Brandauer übernimmt für 1,2 Milliarden Euro den niederländischen "
     "Kunststoffhersteller Vormeer. Die Kartellbehörden müssen noch zustimmen, der Abschluss wird für Mitte 2027 "
     "erwartet, teilte Brandauer am Dienstag mit."),
    ("brief", "boersenblick", 2, "15:16", "EIL: Brandauer kauft Vormeer für 1,2 Milliarden Euro",
     "Brandauer Chemie übernimmt den niederländischen Spezialkunststoff-Hersteller Vormeer vollständig für 1,2 Milliarden "
     "Euro einschließlich Schulden; Finanzierung über Barmittel und eine Anleihe."),
    ("rewrite", "rheinblatt", 2, "16:42", "Trotz Explosion am Morgen: Brandauer greift in den Niederlanden zu",
     "Ausgerechnet am Tag des Unfalls in Marl verkündet der Chemiekonzern seinen größten Zukauf seit Jahren. Mit Vormeer "
     "aus Geleen holt sich Brandauer Spezialkunststoffe für die Autoindustrie ins Haus."),
    ("regional", "nordbote", 3, "06:35", "Kurz notiert: Brandauer kauft in den Niederlanden zu",
     "Der Chemiekonzern Brandauer übernimmt für 1,2 Milliarden Euro den niederländischen Kunststoffhersteller Vormeer aus "
     "Geleen. Die Kartellbehörden müssen dem Kauf noch zustimmen."),
])

O("L16-wuppertal-lackfabrik-explosion", "lookalike", "dpn", 2, "14:10", "Explosion in Wuppertaler Lackfabrik: zwei Verletzte",
  "WUPPERTAL (dpn) - Bei einer Explosion in einer Lackfabrik im Wuppertaler Stadtteil Vohwinkel sind am Dienstag zwei "
  "Arbeiter leicht verletzt worden. Die Feuerwehr hatte den Brand nach einer Stunde unter Kontrolle.")

# ================================================================ French-led
S("F1-bordeaux-incendie-saint-michel", [
    ("original", "afi", 1, "06:50", "Bordeaux: incendie dans un immeuble du quartier Saint-Michel, huit blessés",
     "BORDEAUX (AFI) - Un incendie s'est déclaré dans la nuit de dimanche à lundi dans un immeuble de quatre étages du "
     "quartier Saint-Michel à Bordeaux, faisant huit blessés dont deux graves, selon les pompiers de la Gironde."),
    ("rewrite", "sudouestjour", 1, "08:12", "Saint-Michel: nuit d'angoisse rue des Faures, des habitants évacués par la grande échelle",
     "Réveillés par la fumée, des locataires se sont réfugiés sur leurs balcons avant d'être descendus par les pompiers. "
     "Huit personnes ont été blessées, dont deux transportées en urgence absolue au CHU Pellegrin."),
    ("cut", "lequotidien", 1, "09:12", "Incendie dans un immeuble à Bordeaux: huit blessés", None),
    ("update", "afi", 1, "12:22", "MISE À JOUR 1-Incendie à Bordeaux: le feu est parti d'une poussette dans le hall",
     "BORDEAUX (AFI) - L'incendie qui a fait huit blessés lundi dans un immeuble du quartier Saint-Michel est parti d'une "
     "poussette stockée dans le hall, ont indiqué les pompiers. Les deux blessés graves sont toujours hospitalisés."),
    ("regional", "fildujour", 2, "06:40", "En bref: Huit blessés dans un incendie à Bordeaux",
     "Huit personnes ont été blessées, dont deux grièvement, dans l'incendie d'un immeuble du quartier Saint-Michel à "
     "Bordeaux dans la nuit de dimanche à lundi."),
])

S("F2-bordeaux-zfe-vote", [
    ("original", "sudouestjour", 1, "18:10", "Bordeaux Métropole adopte sa zone à faibles émissions",
     "Le conseil de Bordeaux Métropole a adopté lundi soir, par 61 voix contre 38, une zone à faibles émissions à "
     "l'intérieur de la rocade, qui interdira les voitures Crit'Air 4 et 5 à partir du 1er septembre 2027."),
    ("rewrite", "lequotidien", 1, "19:42", "Vieilles voitures bannies à l'intérieur de la rocade: Bordeaux serre la vis",
     "Les élus métropolitains ont validé le dispositif après un débat tendu, l'opposition dénonçant une mesure "
     "antisociale. Environ 40 000 véhicules seraient concernés par l'interdiction."),
    ("regional", "fildujour", 2, "06:32", "En bref: Bordeaux adopte sa ZFE",
     "Bordeaux Métropole a voté lundi une zone à faibles émissions à l'intérieur de la rocade, qui interdira les véhicules "
     "Crit'Air 4 et 5 à partir de septembre 2027."),
])

O("L17-bordeaux-incendie-interpellation", "lookalike", "sudouestjour", 2, "11:32", "Incendie à Saint-Michel: un homme interpellé",
  "Un homme de 29 ans a été interpellé mardi dans le cadre de l'enquête sur l'incendie d'un immeuble du quartier "
  "Saint-Michel à Bordeaux, a annoncé le parquet. Il est soupçonné d'avoir mis le feu volontairement.")

# ================================================================ Spanish-led
S("S1-guatemala-terremoto", [
    ("original", "efa", 2, "06:45", "Un terremoto de magnitud 5,7 sacude Guatemala",
     "CIUDAD DE GUATEMALA (EFA) – Un sismo de magnitud 5,7 sacudió la madrugada de este martes el sur de Guatemala, con "
     "epicentro frente a la costa de Escuintla, informó el Insivumeh. No se reportaron víctimas en un primer momento."),
    ("brief", "elnorte", 2, "06:56", "ÚLTIMA HORA: Sismo de 5,7 en Guatemala, se sintió en El Salvador",
     "Un terremoto de magnitud 5,7 con epicentro en el Pacífico frente a Escuintla se sintió en la capital guatemalteca y "
     "en San Salvador. No hay alerta de tsunami."),
    ("translation", "gwire", 2, "07:22", "Magnitude 5.7 earthquake shakes Guatemala",
     "GUATEMALA CITY (Globalwire) - An earthquake of magnitude 5.7 shook southern Guatemala early on Tuesday, with its "
     "epicentre off the coast of Escuintla, the national seismology institute said. There were no initial reports of "
     "casualties."),
    ("rewrite", "istmohoy", 2, "08:12", "Noche de pánico en Escuintla: familias duermen en la calle tras el temblor",
     "Vecinos del puerto de San José salieron de sus casas en plena madrugada cuando el sismo de 5,7 grados sacudió la "
     "costa sur. La Conred evalúa posibles daños en viviendas de adobe."),
    ("update", "efa", 2, "12:12", "ACTUALIZACIÓN 1-El sismo en Guatemala daña 40 viviendas y deja tres heridos leves",
     "CIUDAD DE GUATEMALA (EFA) – El terremoto de magnitud 5,7 que sacudió Guatemala dañó unas 40 viviendas en Escuintla y "
     "Santa Rosa y dejó tres heridos leves, según el balance de la Conred."),
])

O("L06-costa-rica-sismo", "lookalike", "efa", 2, "15:12", "Un sismo de magnitud 4,6 sacude el Pacífico de Costa Rica",
  "SAN JOSÉ (EFA) – Un sismo de magnitud 4,6 se registró este martes frente a la península de Nicoya, en el Pacífico de "
  "Costa Rica, informó el Observatorio Vulcanológico y Sismológico. No se reportaron daños.")

S("S2-telvia-caida-red-movil", [
    ("original", "efa", 1, "07:10", "Caída de la red móvil de Telvia en toda España",
     "MADRID (EFA) – Los clientes de la operadora Telvia sufren desde primera hora de este lunes una caída generalizada de "
     "la red móvil en toda España que impide hacer llamadas y usar datos, confirmó la compañía."),
    ("rewrite", "diariosol", 1, "08:42", "Sin llamadas ni datos: millones de clientes de Telvia, desconectados",
     "Usuarios de todo el país se quedaron sin cobertura al despertarse y las quejas inundaron las redes sociales desde el "
     "wifi de casa. La operadora reconoce una incidencia técnica y pide paciencia."),
    ("cut", "elnorte", 1, "09:22", "Telvia sufre un apagón de su red móvil en todo el país", None),
    ("update", "efa", 1, "13:12", "ACTUALIZACIÓN 1-Telvia restablece su red móvil tras siete horas y culpa a un fallo de software",
     "MADRID (EFA) – Telvia restableció este lunes su red móvil tras siete horas de caída en toda España, que atribuyó a un "
     "fallo en una actualización de software de su núcleo de red, y anunció compensaciones a sus clientes."),
])

O("L07-telvia-ere", "lookalike", "diariosol", 2, "10:22", "Telvia anuncia un ERE para 1.800 empleados",
  "La operadora Telvia ha comunicado a los sindicatos su intención de presentar un expediente de regulación de empleo "
  "para 1.800 trabajadores, un día después de la caída de su red móvil, con el que busca ahorrar 140 millones al año.")

# ================================================================ Italian-led
S("I1-catania-nubifragio", [
    ("original", "ansi", 2, "05:40", "Nubifragio a Catania, 150 sfollati",
     "CATANIA (ANSI) - Un violento nubifragio si è abbattuto nella notte su Catania: in tre ore sono caduti oltre 160 "
     "millimetri di pioggia e circa 150 persone sono state evacuate dalle case allagate, secondo la Protezione civile."),
    ("brief", "corrierelido", 2, "05:56", "ULTIM'ORA – Catania, bomba d'acqua: evacuate 150 persone",
     "Strade trasformate in fiumi e sottopassi allagati a Catania dopo la pioggia torrenziale della notte. La Protezione "
     "civile ha evacuato circa 150 residenti."),
    ("rewrite", "siciliaoggi", 2, "07:22", "Via Etnea come un torrente: la città dell'Elefante sott'acqua",
     "Auto trascinate dalla corrente verso piazza Duomo e negozi allagati nel centro storico. Scuole chiuse e centocinquanta "
     "sfollati ospitati in una palestra di Librino."),
    ("translation", "gwire", 2, "08:12", "Flash floods force 150 from their homes in Sicily's Catania",
     "ROME (Globalwire) - Torrential overnight rain turned streets into rivers in the Sicilian city of Catania, forcing "
     "about 150 people from their homes, Italy's civil protection department said on Tuesday. More than 160mm of rain fell."),
    ("update", "ansi", 3, "09:12", "AGGIORNAMENTO 1-Catania, l'acqua si è ritirata: rientrano gli sfollati",
     "CATANIA (ANSI) - A Catania l'acqua si è ritirata e quasi tutti i 150 sfollati sono rientrati nelle proprie case "
     "mercoledì mattina, ha comunicato il Comune. Le scuole riapriranno giovedì."),
])

S("I2-a18-incidente-giarre", [
    ("original", "siciliaoggi", 2, "16:02", "Incidente sull'A18 Messina-Catania, due morti",
     "Due persone sono morte martedì pomeriggio in un incidente sull'autostrada A18 Messina-Catania, tra gli svincoli di "
     "Giarre e Acireale, dove un'auto si è schiantata contro un furgone fermo in corsia di emergenza."),
    ("rewrite", "ansi", 2, "17:12", "Schianto in autostrada a Giarre: muoiono due giovani di Acireale",
     "CATANIA (ANSI) - Due ventenni di Acireale hanno perso la vita quando la loro utilitaria ha tamponato un furgone in "
     "sosta sulla Messina-Catania. Il conducente del furgone è rimasto illeso."),
    ("cut", "corrierelido", 2, "17:52", "Sicilia, auto contro furgone sull'A18: due morti", None),
])

O("L15-catania-procura-inchiesta", "lookalike", "siciliaoggi", 3, "12:32", "Alluvione di Catania, la Procura apre un'inchiesta",
  "La Procura di Catania ha aperto un fascicolo per inondazione colposa dopo il nubifragio che ha allagato la città. Gli "
  "inquirenti vogliono verificare la pulizia dei canali di scolo e i ritardi nei lavori sul collettore di via Etnea.")

# ================================================================ Polish-led
S("PL1-poznan-pozar-hali", [
    ("original", "pan", 1, "05:30", "Pożar hali magazynowej w Poznaniu. Na miejscu 30 zastępów straży",
     "W poniedziałek nad ranem wybuchł pożar hali magazynowej na Franowie w Poznaniu, podała Państwowa Straż Pożarna. Na "
     "miejscu pracuje 30 zastępów, ogień objął około 5 tysięcy metrów kwadratowych."),
    ("brief", "gazetawisla", 1, "05:36", "PILNE: Duży pożar hali w Poznaniu, gęsty dym nad Franowem",
     "W Poznaniu płonie hala magazynowa na Franowie, na miejscu pracuje kilkadziesiąt zastępów straży. Strażacy apelują "
     "do mieszkańców Rataj i Chartowa o zamknięcie okien."),
    ("rewrite", "glospoznania", 1, "07:12", "Czarny dym nad Franowem. Płonie hala z meblami",
     "Słup dymu widać było z całego miasta, a mieszkańcy Rataj dostali alert RCB. W ogniu stanęła hala firmy meblowej o "
     "powierzchni pięciu tysięcy metrów kwadratowych; nikt nie został ranny."),
    ("translation", "lvivpost", 1, "09:12", "У Познані горить складський ангар",
     "У польському Познані в понеділок зранку спалахнула пожежа у складському ангарі площею близько 5 тисяч квадратних "
     "метрів. На місці працюють 30 пожежних розрахунків, постраждалих немає."),
    ("regional", "kurierslaski", 2, "06:30", "Krótko: Pożar hali magazynowej w Poznaniu",
     "W poniedziałek w Poznaniu spłonęła hala magazynowa firmy meblowej na Franowie. Z ogniem walczyło 30 zastępów straży, "
     "nikt nie odniósł obrażeń."),
    ("update", "pan", 2, "07:22", "AKTUALIZACJA 1-Pożar hali w Poznaniu ugaszony. Przyczyną zwarcie instalacji",
     "Strażacy ugasili pożar hali magazynowej na Franowie w Poznaniu po 26 godzinach akcji. Według wstępnych ustaleń "
     "przyczyną było zwarcie instalacji elektrycznej w części biurowej."),
])

S("PL2-poznan-strefa-czystego-transportu", [
    ("original", "glospoznania", 1, "18:22", "Rada Miasta Poznania przyjęła strefę czystego transportu",
     "Radni Poznania przyjęli w poniedziałek uchwałę o strefie czystego transportu, która od lipca 2027 roku obejmie "
     "centrum miasta. Do strefy nie wjadą starsze samochody z silnikiem Diesla."),
    ("rewrite", "gazetawisla", 1, "19:42", "Stare diesle nie wjadą do centrum Poznania",
     "Po burzliwej sesji stolica Wielkopolski dołączyła do miast, które ograniczą ruch najbardziej trujących aut. Za "
     "uchwałą głosowało 22 radnych, przeciw było 12."),
    ("regional", "kurierslaski", 2, "06:36", "Krótko: Poznań przyjął strefę czystego transportu",
     "Rada Miasta Poznania przyjęła w poniedziałek uchwałę o strefie czystego transportu w centrum. Od lipca 2027 roku nie "
     "wjadą tam starsze diesle."),
])

# ================================================================ Dutch-led
S("N1-eindhoven-de-hurk-brand", [
    ("original", "nlpers", 1, "06:30", "Grote brand in bedrijfspand op industrieterrein De Hurk in Eindhoven",
     "Op industrieterrein De Hurk in Eindhoven woedt sinds maandagochtend vroeg een grote brand in een bedrijfspand, meldt "
     "de veiligheidsregio. Er is een NL-Alert verstuurd vanwege de rook."),
    ("rewrite", "brabantbode", 1, "08:02", "Rookpluim boven de Lichtstad: NL-Alert voor Eindhoven-West",
     "Een zwarte rookwolk trok maandagochtend over Strijp en Veldhoven nadat een loods vol kunststof verpakkingen in brand "
     "vloog. Bewoners moeten ramen en deuren dicht houden."),
    ("cut", "dagbladdelta", 1, "08:42", "Zeer grote brand op De Hurk, NL-Alert in Eindhoven", None),
    ("update", "nlpers", 1, "12:12", "UPDATE: Brand op De Hurk onder controle, bedrijfspand verloren",
     "De grote brand op industrieterrein De Hurk in Eindhoven is onder controle, meldt de brandweer. Het bedrijfspand is "
     "verloren gegaan; het NL-Alert is ingetrokken en niemand raakte gewond."),
])

S("N2-eindhoven-woensel-gaslek", [
    ("original", "brabantbode", 1, "14:22", "Gaslek bij graafwerk: 300 woningen ontruimd in Eindhoven-Woensel",
     "In Eindhoven-Woensel zijn maandagmiddag zo'n 300 woningen ontruimd nadat een graafmachine een gasleiding had geraakt, "
     "meldt de gemeente. Bewoners worden opgevangen in een sporthal."),
    ("rewrite", "nlpers", 1, "15:32", "Graafmachine raakt gasleiding, honderden Eindhovenaren moeten hun huis uit",
     "Bij werkzaamheden aan de riolering in Woensel-Noord is een hoofdgasleiding geraakt. Netbeheerder Enexis probeert het "
     "lek te dichten; drie straten zijn afgezet."),
    ("regional", "dagbladdelta", 2, "06:32", "Bewoners Woensel na gaslek weer terug in hun huis",
     "De 300 woningen in Eindhoven-Woensel die maandag werden ontruimd na een gaslek bij graafwerk zijn 's avonds weer "
     "vrijgegeven. Enexis heeft de leiding gerepareerd."),
])

O("L18-eindhoven-tweede-brand", "lookalike", "nlpers", 2, "05:42", "Opnieuw grote brand in Eindhoven: loods op De Run in vlammen",
  "Een dag na de brand op De Hurk is dinsdagochtend vroeg opnieuw een grote brand uitgebroken in Eindhoven, nu in een "
  "opslagloods op bedrijventerrein De Run. De brandweer schaalde op naar zeer grote brand.")

# ================================================================ Portuguese-led
S("P1-porto-alegre-temporal", [
    ("original", "folhasul", 1, "11:30", "Temporal em Porto Alegre deixa 30 mil imóveis sem luz",
     "Um temporal com ventos de até 90 quilômetros por hora atingiu Porto Alegre na madrugada desta segunda-feira, "
     "derrubando árvores e deixando cerca de 30 mil imóveis sem energia elétrica, segundo a concessionária."),
    ("rewrite", "correiogaucho", 1, "13:02", "Ventos de 90 km/h derrubam árvores na capital gaúcha",
     "Moradores de bairros como Menino Deus e Petrópolis acordaram com galhos sobre carros e fiação no chão. A Defesa Civil "
     "registrou 70 ocorrências e 30 mil clientes seguem sem luz."),
    ("translation", "lanacionsur", 1, "14:12", "Un temporal deja sin luz a 30.000 inmuebles en Porto Alegre",
     "Un temporal con vientos de hasta 90 kilómetros por hora azotó la madrugada del lunes la ciudad brasileña de Porto "
     "Alegre, derribó árboles y dejó sin electricidad a unos 30.000 inmuebles."),
    ("cut", "diariocarioca", 1, "15:02", "Porto Alegre tem madrugada de temporal e 30 mil sem energia", None),
    ("update", "folhasul", 1, "18:30", "ATUALIZAÇÃO: Energia volta para 25 mil imóveis em Porto Alegre",
     "A concessionária restabeleceu a energia elétrica para cerca de 25 mil dos 30 mil imóveis que ficaram sem luz após o "
     "temporal da madrugada desta segunda-feira em Porto Alegre. A previsão é normalizar o restante até a noite."),
])

O("L08-curitiba-temporal", "lookalike", "folhasul", 1, "21:12", "Temporal em Curitiba alaga ruas e derruba árvores",
  "Um temporal atingiu Curitiba no fim da tarde desta segunda-feira, alagando ruas do centro e derrubando 40 árvores, "
  "segundo a Defesa Civil. Cerca de 12 mil imóveis ficaram sem luz.")

# ================================================================ Swedish-led
S("SV1-malmo-hamn-brand", [
    ("original", "nordnytt", 2, "03:40", "Brand i lagerlokal i Malmö hamn – kraftig rökutveckling",
     "En stor brand bröt ut i en lagerlokal i Norra hamnen i Malmö natten till tisdagen. Räddningstjänsten gick ut med ett "
     "viktigt meddelande till allmänheten om att hålla fönster stängda."),
    ("rewrite", "oresundsbladet", 2, "06:22", "Svart rök över Norra hamnen: VMA för centrala Malmö",
     "Boende i Västra hamnen och Holma vaknade till ett VMA när en lagerbyggnad med däck och plast brann. Röken syntes "
     "ända från Öresundsbron."),
    ("translation", "nyhedsbureau", 2, "07:22", "Stor brand på havnen i Malmø",
     "En stor brand brød natten til tirsdag ud i en lagerbygning på Nordhavnen i Malmø. Det svenske redningsberedskab har "
     "bedt beboerne holde vinduer lukkede på grund af røgen."),
    ("update", "oresundsbladet", 2, "10:32", "UPPDATERAD: Branden i Malmö hamn under kontroll – VMA upphävt",
     "Branden i lagerlokalen i Norra hamnen i Malmö är under kontroll, meddelar räddningstjänsten. Det viktiga meddelandet "
     "till allmänheten har hävts och ingen skadades."),
])

O("L09-malmo-amiralsgatan-bussolycka", "lookalike", "nordnytt", 2, "15:52", "Buss körde in i busskur på Amiralsgatan i Malmö",
  "En stadsbuss körde på tisdagseftermiddagen in i en busskur på Amiralsgatan i centrala Malmö. Tre personer fick "
  "lindriga skador och gatan var avstängd i flera timmar.")

# ================================================================ Danish-led
S("DA1-fynbanen-signalfejl", [
    ("original", "nyhedsbureau", 3, "05:45", "Signalfejl stopper togene på Fynbanen",
     "En signalfejl ved Odense har onsdag morgen stoppet al togtrafik mellem Middelfart og Nyborg, oplyser Banedanmark. "
     "DSB indsætter ikke togbusser, og pendlere må regne med lange forsinkelser."),
    ("rewrite", "fynsposten", 3, "07:12", "Pendlere strandet i Odense: ingen tog over Fyn",
     "Perronerne på Odense Banegård var fyldt med folk på vej til arbejde, da en fejl i sikringsanlægget lammede "
     "strækningen over øen. Togene fra Jylland vendte i Fredericia."),
    ("cut", "jyskdagblad", 3, "08:02", "Ingen tog mellem Middelfart og Nyborg på grund af signalfejl", None),
    ("update", "nyhedsbureau", 3, "11:32", "OPDATERET: Togene kører igen over Fyn",
     "Signalfejlen ved Odense er udbedret, og togene kører igen mellem Middelfart og Nyborg, oplyser Banedanmark. Der må "
     "dog fortsat forventes forsinkelser resten af dagen."),
])

O("L23-roskilde-signalfejl", "lookalike", "aarhusavis", 3, "14:12", "Signalfejl lammer togtrafikken ved Roskilde",
  "En signalfejl ved Roskilde har onsdag eftermiddag stoppet togtrafikken mellem København og Ringsted, oplyser "
  "Banedanmark. Fejlen forventes udbedret i løbet af aftenen.")

# ================================================================ Czech-led
S("C1-brno-zriceni-leseni", [
    ("original", "zpravycz", 2, "09:32", "Na stavbě v Brně se zřítilo lešení, tři dělníci jsou zranění",
     "Na stavbě bytového domu v brněnském Králově Poli se v úterý dopoledne zřítilo lešení. Tři dělníci utrpěli zranění, "
     "jeden z nich vážné, uvedli záchranáři."),
    ("rewrite", "moravadnes", 2, "11:02", "Lešení se sesypalo jako domeček z karet: v Králově Poli zasahovali hasiči",
     "Svědci popisují hlasitý praskot a oblak prachu nad Palackého třídou. Hasiči vyprošťovali dělníky z trosek "
     "kovových trubek, tři muže převezli do nemocnice."),
    ("update", "zpravycz", 2, "14:22", "AKTUALIZACE: Jeden ze zraněných dělníků v Brně je v kritickém stavu",
     "Jeden ze tří dělníků zraněných při zřícení lešení v Brně-Králově Poli je v kritickém stavu, sdělila Fakultní "
     "nemocnice Brno. Zbývající dva mají zlomeniny."),
    ("translation", "nordbote", 3, "06:40", "Kurz notiert: Baugerüst in Brünn eingestürzt – drei Verletzte",
     "In der tschechischen Stadt Brünn ist auf einer Baustelle ein Gerüst eingestürzt. Drei Arbeiter wurden verletzt, "
     "einer von ihnen schwebt in Lebensgefahr."),
])

O("L10-brno-stavbyvedouci-obvinen", "lookalike", "moravadnes", 3, "10:32", "Policie obvinila stavbyvedoucího kvůli pádu lešení v Brně",
  "Brněnští kriminalisté obvinili stavbyvedoucího z těžkého ublížení na zdraví z nedbalosti po úterním zřícení lešení v "
  "Králově Poli. Podle policie lešení nebylo ukotveno podle projektu.")

# ================================================================ Russian-led
S("R1-perm-obrushenie-podezda", [
    ("original", "vestnik", 1, "04:40", "В Перми обрушился подъезд жилого дома, погибли два человека",
     "Два человека погибли при обрушении подъезда пятиэтажного жилого дома на улице Макаренко в Перми утром в "
     "понедельник, сообщили в региональном управлении МЧС. Под завалами могут находиться люди."),
    ("brief", "gazetaneva", 1, "04:46", "СРОЧНО: в Перми обрушился подъезд пятиэтажки, есть погибшие",
     "В Перми на улице Макаренко обрушился один из подъездов пятиэтажного жилого дома. По данным МЧС, погибли два "
     "человека, спасатели разбирают завалы."),
    ("rewrite", "uralpost", 1, "06:32", "Пятиэтажка на Макаренко сложилась за секунды: спасатели ищут людей под завалами",
     "Жильцы дома 1960-х годов постройки годами жаловались на трещины в несущих стенах. Утром третий подъезд рухнул "
     "целиком, на месте работают более ста спасателей и кинологи."),
    ("translation", "dniproinfo", 1, "07:32", "У Пермі обвалився під'їзд житлового будинку, двоє загиблих",
     "У російській Пермі в понеділок вранці обвалився під'їзд п'ятиповерхового житлового будинку. Загинули двоє людей, "
     "під завалами можуть перебувати ще мешканці."),
    ("update", "vestnik", 1, "12:42", "ОБНОВЛЕНО 1-Из-под завалов дома в Перми спасены шесть человек",
     "Спасатели извлекли живыми из-под завалов обрушившегося подъезда на улице Макаренко в Перми шесть человек, сообщили в "
     "МЧС. Число погибших составляет два человека, поиски продолжаются."),
    ("update", "uralpost", 2, "06:32", "Число погибших при обрушении дома в Перми выросло до четырёх",
     "Под завалами подъезда на улице Макаренко в Перми ночью нашли тела ещё двух человек, погибших стало четверо, "
     "сообщили в МЧС. Поисковая операция завершена."),
])

O("L22-berezniki-pozhar-sklad", "lookalike", "vestnik", 1, "14:12", "В Березниках горит склад, площадь пожара 1500 квадратных метров",
  "В Березниках Пермского края в понедельник загорелся склад стройматериалов, площадь возгорания достигла 1500 "
  "квадратных метров, сообщили в МЧС. Пострадавших нет, пожару присвоен повышенный ранг.")
O("L14-perm-den-traura", "lookalike", "uralpost", 2, "12:12", "В Пермском крае объявлен день траура по погибшим при обрушении дома",
  "Губернатор Пермского края объявил среду днём траура по четырём погибшим при обрушении подъезда на улице Макаренко. "
  "Семьям погибших выплатят по миллиону рублей.")

# ================================================================ Ukrainian-led
S("U1-zakarpattia-pavodok", [
    ("original", "kyivvechir", 2, "06:10", "Паводок на Закарпатті: підтоплено понад 200 будинків",
     "Через тривалі дощі на Закарпатті вийшли з берегів Тиса і Латориця, підтоплено понад 200 житлових будинків у 15 "
     "населених пунктах, повідомила ДСНС. Евакуйовано близько 120 людей."),
    ("brief", "dniproinfo", 2, "06:22", "ТЕРМІНОВО: на Закарпатті вийшли з берегів річки, підтоплено 200 будинків",
     "Рятувальники евакуюють мешканців підтоплених сіл Берегівського та Мукачівського районів Закарпаття, де вода зайшла "
     "у понад 200 будинків. Рівень води в Латориці та Тисі продовжує зростати."),
    ("rewrite", "lvivpost", 2, "09:12", "Тиса і Латориця виходять з берегів: на Закарпатті евакуюють людей",
     "Найскладніша ситуація в селах поблизу Мукачева, де вода зайшла у двори і підвали. Понад двісті будинків "
     "підтоплено, близько 120 людей вивезли човнами."),
    ("update", "kyivvechir", 3, "07:12", "ОНОВЛЕНО: На Закарпатті вода спадає, евакуйовані повертаються додому",
     "Рівень води в Тисі та Латориці знижується, більшість евакуйованих мешканців Закарпаття повернулися додому, "
     "повідомила ДСНС. Підтопленими залишаються близько 60 дворів."),
])

O("L20-bukovyna-pavodok", "lookalike", "dniproinfo", 2, "10:02", "Паводок на Буковині: підтоплено 40 будинків",
  "Через сильні дощі на Буковині вийшов з берегів Черемош, підтоплено близько 40 будинків у Вижницькому районі, "
  "повідомила ДСНС у вівторок. Загрози життю людей немає.")

# ================================================================ Turkish-led
S("T1-antalya-aciklari-deprem", [
    ("original", "haberajans", 1, "09:40", "Antalya açıklarında 4,9 büyüklüğünde deprem",
     "AFAD, Antalya'nın Kaş ilçesi açıklarında Akdeniz'de saat 12.18'de 4,9 büyüklüğünde deprem meydana geldiğini duyurdu. "
     "Deprem Antalya ve Muğla'da hissedildi, ilk belirlemelere göre olumsuz bir durum yok."),
    ("brief", "bosfor", 1, "09:43", "SON DAKİKA: Antalya'da 4,9 büyüklüğünde deprem",
     "AFAD'ın verilerine göre Antalya'nın Kaş ilçesi açıklarında Akdeniz'de 4,9 büyüklüğünde deprem oldu. Sarsıntı Antalya "
     "ve Muğla'da hissedildi, ilk bilgilere göre can kaybı bildirilmedi."),
    ("translation", "gwire", 1, "10:12", "Magnitude 4.9 earthquake shakes Turkey's Antalya",
     "ISTANBUL (Globalwire) - An earthquake of magnitude 4.9 struck in the Mediterranean off Kas in Antalya province on "
     "Monday and was felt in the resort city of Antalya, disaster agency AFAD said. No damage was reported."),
    ("rewrite", "egepost", 1, "11:02", "Kaş açıklarındaki sarsıntı tatilcileri sokağa döktü",
     "Kaş ve Kalkan'daki otellerde kalan turistler sarsıntı sırasında odalarından çıkarak bahçelerde bekledi. Kaymakamlık, "
     "4,9'luk depremin ardından hasar tespit çalışması başlatıldığını açıkladı."),
    ("update", "haberajans", 1, "13:32", "GÜNCELLEME: Antalya depreminde hasar tespiti tamamlandı",
     "Antalya'nın Kaş ilçesi açıklarındaki 4,9 büyüklüğündeki depremin ardından yapılan hasar tespit çalışması "
     "tamamlandı. AFAD, Kaş'ta yalnızca bir ahırın duvarında çatlak oluştuğunu, can kaybı ya da yaralı olmadığını açıkladı."),
])

O("L11-van-deprem", "lookalike", "bosfor", 1, "16:32", "Van'da 4,1 büyüklüğünde deprem",
  "AFAD, Van'ın Erciş ilçesinde saat 19.27'de 4,1 büyüklüğünde deprem meydana geldiğini açıkladı. Deprem Ağrı ve "
  "Bitlis'te de hissedildi, olumsuz bir durum bildirilmedi.")

# ================================================================ Romanian-led
S("RO1-constanta-port-incendiu-depozit", [
    ("original", "carpati", 2, "06:40", "Incendiu la un depozit din Portul Constanța",
     "Un incendiu de mari proporții a izbucnit marți dimineață la un depozit de cereale din Portul Constanța, a anunțat "
     "ISU Dobrogea. La fața locului intervin 15 autospeciale, nu există victime."),
    ("rewrite", "jurnaldunarii", 2, "08:52", "Fum negru deasupra portului: arde un siloz de cereale la Constanța",
     "Pompierii dobrogeni se luptă de la primele ore cu flăcările care au cuprins un depozit de floarea-soarelui în "
     "zona Dana 57. Activitatea în terminalul vecin a fost oprită temporar."),
    ("update", "carpati", 2, "14:22", "ACTUALIZARE: Incendiul din Portul Constanța a fost lichidat",
     "Incendiul izbucnit marți dimineață la depozitul de cereale din Portul Constanța a fost lichidat după șapte ore, a "
     "anunțat ISU Dobrogea. Aproximativ 2.000 de tone de semințe au ars."),
])

O("L12-constanta-a4-accident", "lookalike", "jurnaldunarii", 2, "13:22", "Accident pe A4 la intrarea în Constanța: trei răniți",
  "Trei persoane au fost rănite marți la prânz într-un accident între două autoturisme și un TIR pe autostrada A4, la "
  "intrarea în Constanța, a anunțat Poliția Constanța. Traficul a fost deviat.")

# ================================================================ Hungarian-led
S("HU1-mnb-kamatdontes", [
    ("original", "hirugynokseg", 2, "13:05", "Az MNB 6 százalékon tartja az alapkamatot",
     "A Magyar Nemzeti Bank monetáris tanácsa kedden változatlanul 6 százalékon hagyta az alapkamatot, közölte a jegybank. "
     "Az elemzők többsége erre a döntésre számított."),
    ("brief", "pestihirlap", 2, "13:07", "Kamatdöntés: marad a 6 százalékos alapkamat",
     "A Monetáris Tanács nem változtatott a jegybanki alapkamaton, amely így továbbra is 6 százalék. A forint a döntés "
     "után enyhén erősödött az euróval szemben."),
    ("update", "hirugynokseg", 2, "15:12", "FRISSÍTVE: Az MNB szerint az év végéig nincs tér kamatcsökkentésre",
     "A jegybank alelnöke a kamatdöntés utáni sajtótájékoztatón azt mondta, hogy az inflációs kockázatok miatt az év "
     "végéig nincs tér a 6 százalékos alapkamat csökkentésére."),
    ("rewrite", "alfoldiujsag", 2, "16:32", "Nem csökkennek a törlesztők: marad a magas kamat",
     "A változó kamatozású hitelek adósainak egyelőre nem kell kisebb részletre számítaniuk, miután a jegybank ismét "
     "érintetlenül hagyta a 6 százalékos kamatszintet."),
])

O("L21-mnb-elnok-keszpenz", "lookalike", "hirugynokseg", 3, "09:32", "Az MNB elnöke: a készpénz nem fog eltűnni",
  "A készpénz hosszú távon is a fizetési rendszer része marad, mondta Kovács Ádám, a Magyar Nemzeti Bank elnöke szerdán "
  "egy budapesti bankkonferencián. Hozzátette, hogy digitális forint bevezetését nem tervezik.")

# ================================================================ template series (one label per day)
O("TS1-asx-close-d1", "template", "pacificecho", 1, "05:20", "ASX 200 closes up 0.6% at 9,104.2",
  "Australia's S&P/ASX 200 index closed up 54.3 points, or 0.6%, at 9,104.2 on Monday, led by miners as iron ore prices "
  "rose. The Australian dollar bought 65.8 US cents.")
O("TS1-asx-close-d2", "template", "pacificecho", 2, "05:21", "ASX 200 closes down 0.3% at 9,076.5",
  "Australia's S&P/ASX 200 index closed down 27.7 points, or 0.3%, at 9,076.5 on Tuesday as banks retreated ahead of "
  "Wednesday's inflation figures. The Australian dollar bought 65.6 US cents.")
O("TS1-asx-close-d3", "template", "pacificecho", 3, "05:20", "ASX 200 closes down 1.1% at 8,977.1",
  "Australia's S&P/ASX 200 index closed down 99.4 points, or 1.1%, at 8,977.1 on Wednesday after hotter than expected "
  "inflation data ended hopes of a rate cut this year. The Australian dollar bought 66.4 US cents.")

O("TS2-bristol-weather-d1", "template", "westcountrypost", 1, "06:00", "Bristol weather: dry with sunny spells, highs of 13C",
  "Bristol will be dry with sunny spells on Monday after a misty start, the Met Office says. Highs of 13C, with a light "
  "westerly breeze and a low of 6C overnight.")
O("TS2-bristol-weather-d2", "template", "westcountrypost", 2, "06:00", "Bristol weather: rain spreading in, highs of 12C",
  "Bristol will turn wet on Tuesday as rain spreads in from the west by late morning, the Met Office says. Highs of 12C "
  "and a low of 9C overnight with fresh southerly winds.")
O("TS2-bristol-weather-d3", "template", "westcountrypost", 3, "06:00", "Bristol weather: heavy rain, highs of 11C",
  "Bristol faces persistent heavy rain on Wednesday with a yellow warning in force until the evening, the Met Office "
  "says. Highs of 11C and a low of 7C.")

O("TS3-atx-schluss-d1", "template", "alpenkurier", 1, "16:40", "Wiener Börse: ATX schließt 0,4 Prozent höher bei 4.912 Punkten",
  "Der Wiener Leitindex ATX hat den Montag mit einem Plus von 0,4 Prozent bei 4.912 Punkten beendet. Gesucht waren "
  "Bankaktien, Verbund und OMV gaben leicht nach.")
O("TS3-atx-schluss-d2", "template", "alpenkurier", 2, "16:41", "Wiener Börse: ATX schließt 0,2 Prozent tiefer bei 4.902 Punkten",
  "Der Wiener Leitindex ATX hat den Dienstag mit einem Minus von 0,2 Prozent bei 4.902 Punkten beendet. Schwächer "
  "tendierten Industriewerte, die Erste Group legte vor ihren Quartalszahlen zu.")
O("TS3-atx-schluss-d3", "template", "alpenkurier", 3, "16:40", "Wiener Börse: ATX schließt 0,9 Prozent höher bei 4.946 Punkten",
  "Der Wiener Leitindex ATX hat den Mittwoch mit einem Plus von 0,9 Prozent bei 4.946 Punkten beendet. Die Erste Group "
  "stieg nach überraschend guten Quartalszahlen um vier Prozent.")

O("TS4-meteo-torino-d1", "template", "gazzettavalle", 1, "05:30", "Meteo Torino, le previsioni per lunedì 26 ottobre",
  "A Torino cielo sereno o poco nuvoloso per l'intera giornata, foschie al mattino. Temperature comprese tra 7 e 17 "
  "gradi, venti deboli da ovest.")
O("TS4-meteo-torino-d2", "template", "gazzettavalle", 2, "05:30", "Meteo Torino, le previsioni per martedì 27 ottobre",
  "A Torino nubi in aumento dal pomeriggio con deboli piogge in serata. Temperature comprese tra 9 e 15 gradi, venti "
  "deboli da sud.")
O("TS4-meteo-torino-d3", "template", "gazzettavalle", 3, "05:31", "Meteo Torino, le previsioni per mercoledì 28 ottobre",
  "A Torino piogge diffuse fin dal mattino, anche a carattere di rovescio. Temperature comprese tra 10 e 13 gradi, venti "
  "moderati da sud-est.")

O("TS5-ekstra-pensja-d1", "template", "lubelskidziennik", 1, "21:10", "Wyniki Ekstra Pensji z 26 października 2026",
  "Oto wyniki poniedziałkowego losowania Ekstra Pensji z 26 października 2026 roku: 4, 11, 19, 27, 33 oraz liczba z "
  "drugiego zbioru 2. Główna wygrana to 5 tysięcy złotych miesięcznie przez 20 lat.")
O("TS5-ekstra-pensja-d2", "template", "lubelskidziennik", 2, "21:10", "Wyniki Ekstra Pensji z 27 października 2026",
  "Oto wyniki wtorkowego losowania Ekstra Pensji z 27 października 2026 roku: 2, 8, 15, 22, 30 oraz liczba z drugiego "
  "zbioru 4. Główna wygrana to 5 tysięcy złotych miesięcznie przez 20 lat.")
O("TS5-ekstra-pensja-d3", "template", "lubelskidziennik", 3, "21:11", "Wyniki Ekstra Pensji z 28 października 2026",
  "Oto wyniki środowego losowania Ekstra Pensji z 28 października 2026 roku: 6, 13, 17, 25, 35 oraz liczba z drugiego "
  "zbioru 1. Główna wygrana to 5 tysięcy złotych miesięcznie przez 20 lat.")

O("TS6-mnb-deviza-d1", "template", "hirugynokseg", 1, "10:32", "Devizaárfolyamok: 389,40 forint az euró",
  "A forint hétfő délelőtt 389,40-en állt az euróval szemben, ami enyhe gyengülés a pénteki záráshoz képest. A dollár "
  "334,15 forintba került a bankközi piacon.")
O("TS6-mnb-deviza-d2", "template", "hirugynokseg", 2, "10:32", "Devizaárfolyamok: 390,05 forint az euró",
  "A forint kedd délelőtt 390,05-ön állt az euróval szemben, a piac a délutáni kamatdöntésre vár. A dollár 335,02 "
  "forintba került a bankközi piacon.")
O("TS6-mnb-deviza-d3", "template", "hirugynokseg", 3, "10:33", "Devizaárfolyamok: 388,20 forint az euró",
  "A forint szerda délelőtt 388,20-on állt az euróval szemben, erősödve a keddi kamattartás után. A dollár 333,40 "
  "forintba került a bankközi piacon.")

O("TS7-c25-lukning-d1", "template", "nyhedsbureau", 1, "16:12", "C25 lukker 0,7 procent højere",
  "Eliteindekset C25 på Københavns Fondsbørs lukkede mandag 0,7 procent højere på 1.742 point. Novo Nordisk og DSV "
  "trak op, mens Ørsted faldt.")
O("TS7-c25-lukning-d2", "template", "nyhedsbureau", 2, "16:12", "C25 lukker 0,4 procent lavere",
  "Eliteindekset C25 på Københavns Fondsbørs lukkede tirsdag 0,4 procent lavere på 1.735 point. Shippingaktierne "
  "faldt efter svage fragtrater, mens bankerne holdt stand.")
O("TS7-c25-lukning-d3", "template", "nyhedsbureau", 3, "16:13", "C25 lukker næsten uændret",
  "Eliteindekset C25 på Københavns Fondsbørs lukkede onsdag næsten uændret på 1.736 point. Vestas steg efter "
  "et stærkt kvartalsregnskab, mens Carlsberg faldt.")

# ================================================================ singles
O("X01-penzance-seal-pup", "single", "harbourherald", 2, "12:42", "Seal pup found in Penzance garden returned to the sea",
  "A grey seal pup that was found sheltering under a hedge in a garden in Newlyn, Penzance, has been released back into "
  "Mount's Bay after a week of care at the Cornish seal sanctuary in Gweek.")
O("X02-lincolnshire-ring-potato", "single", "northstar", 3, "11:22", "Wedding ring lost in 1998 found wrapped around a potato",
  "A Lincolnshire farmer's wife who lost her wedding ring while planting potatoes in 1998 has got it back after a "
  "picker at a packing plant near Boston spotted it wrapped around a tuber.")
O("X03-innsbruck-nordkettenbahn", "single", "alpenkurier", 1, "09:12", "Innsbrucker Nordkettenbahn nach Revision wieder in Betrieb",
  "Die Nordkettenbahn in Innsbruck ist nach einer sechswöchigen Revision wieder in Betrieb. Erneuert wurden unter anderem "
  "die Tragseile der Hafelekarbahn, teilten die Betreiber am Montag mit.")
O("X04-quimper-vitraux-cathedrale", "single", "ouestmatin", 2, "10:12", "Quimper: la cathédrale retrouve ses vitraux restaurés",
  "Après quatre ans de restauration, les vitraux du XVe siècle de la cathédrale Saint-Corentin de Quimper ont retrouvé "
  "leur place, a annoncé mardi la direction régionale des affaires culturelles.")
O("X05-mendoza-exportaciones-malbec", "single", "lanacionsur", 3, "13:32", "Mendoza: récord de exportaciones de malbec en septiembre",
  "Las bodegas de Mendoza exportaron en septiembre 14 millones de litros de malbec, un récord para ese mes, informó el "
  "Instituto Nacional de Vitivinicultura. Estados Unidos y Brasil fueron los principales destinos.")
O("X06-cervinia-piste-aperte", "single", "gazzettavalle", 1, "10:42", "Cervinia, aperte in anticipo le prime piste da sci",
  "Grazie alle nevicate della scorsa settimana, a Breuil-Cervinia sono state aperte lunedì le prime piste da sci della "
  "stagione, con due settimane di anticipo rispetto al calendario previsto.")
O("X07-porto-bolhao-premio", "single", "jornalporto", 2, "14:12", "Mercado do Bolhão recebe prémio europeu de património",
  "O Mercado do Bolhão, no Porto, recebeu um prémio europeu de património cultural pela recuperação do edifício, "
  "anunciou esta terça-feira a Câmara Municipal. A cerimónia decorre em novembro em Bruxelas.")
O("X08-gent-fietsbrug-leie", "single", "gvanieuws", 3, "09:32", "Gent krijgt een nieuwe fietsbrug over de Leie",
  "De stad Gent heeft woensdag de bouwvergunning uitgereikt voor een nieuwe fiets- en voetgangersbrug over de Leie aan "
  "de Blaarmeersen. De werken starten in het voorjaar en duren anderhalf jaar.")
O("X09-torun-planetarium", "single", "pan", 1, "11:02", "Toruń: planetarium otwiera nową salę projekcyjną",
  "Planetarium w Toruniu otworzyło w poniedziałek nową salę projekcyjną z kopułą o średnicy 15 metrów. Pierwsze seanse "
  "dla szkół zaplanowano na listopad.")
O("X10-novosibirsk-snezhnye-barsy", "single", "sibexpress", 2, "03:12", "В Новосибирском зоопарке родились два снежных барса",
  "В Новосибирском зоопарке родились два детёныша снежного барса, сообщили во вторник в пресс-службе зоопарка. "
  "Посетители смогут увидеть их в начале зимы.")
O("X11-kyiv-velomarshrut-dnipro", "single", "kyivvechir", 3, "10:22", "У Києві відкрили новий велосипедний маршрут уздовж Дніпра",
  "У Києві в середу відкрили новий велосипедний маршрут завдовжки вісім кілометрів уздовж Дніпра від Поштової площі до "
  "Оболоні, повідомили в міській адміністрації.")
O("X12-kiruna-forsta-snon", "single", "nordnytt", 1, "06:42", "Första snön har fallit i Kiruna",
  "Natten till måndagen föll säsongens första snö i Kiruna, och på morgonen låg ett tunt vitt täcke över staden. SMHI "
  "räknar med fler snöbyar i fjällen under veckan.")
O("X13-olomouc-orloj-oprava", "single", "zpravycz", 3, "09:12", "Olomoucký orloj se po opravě znovu rozběhl",
  "Orloj na olomoucké radnici se ve středu po půlroční opravě znovu rozběhl. Restaurátoři vyčistili mozaiky a "
  "opravili hodinový stroj z padesátých let minulého století.")
O("X14-bodrum-yat-sezonu", "single", "egepost", 2, "12:02", "Bodrum'da yat sezonu rekorla kapandı",
  "Bodrum'daki marinalara bu yıl 14 binden fazla yat giriş yaptı ve sezon rekorla kapandı. Marina işletmecileri, "
  "yabancı yatçıların konaklama süresinin de uzadığını belirtti.")
O("X15-egeskov-labyrint", "single", "fynsposten", 1, "10:12", "Egeskov Slot får ny labyrint",
  "Egeskov Slot på Fyn anlægger en ny labyrint af bøgehække i slotsparken, oplyser slottet. Labyrinten åbner for "
  "gæsterne i sommeren 2027 og bliver en af de største i Nordeuropa.")
O("X16-sibiu-turnul-sfatului", "single", "carpati", 3, "14:12", "Sibiu: Turnul Sfatului se redeschide pentru vizitatori",
  "Turnul Sfatului din Sibiu se redeschide pentru vizitatori sâmbătă, după un an de lucrări de consolidare, a anunțat "
  "primăria. Accesul în foișorul de la ultimul etaj va fi limitat la 20 de persoane.")
O("X17-kecskemet-elmenyfurdo", "single", "alfoldiujsag", 1, "08:22", "Kecskeméten elkészült az új élményfürdő",
  "Elkészült Kecskeméten az új élményfürdő, amely hétvégén nyitja meg kapuit a látogatók előtt, közölte az "
  "önkormányzat. A létesítményben nyolc medence és egy húszméteres csúszda várja a vendégeket.")

# ================================================================ planned trap pairs (story labels)
# 1. same place, same day, different events
TRAP("place", "E01-blackpool-tram-derailment", "E02-blackpool-visitor-levy-vote", "Blackpool, Monday")
TRAP("place", "E01-blackpool-tram-derailment", "L19-blackpool-central-pier-swimmer", "Blackpool promenade, Monday")
TRAP("place", "E02-blackpool-visitor-levy-vote", "L19-blackpool-central-pier-swimmer", "Blackpool, Monday")
TRAP("place", "E03-avonmouth-biomass-fire", "E04-bristol-port-dock-strike", "Avonmouth docks, Tuesday")
TRAP("place", "E14-liverpool-everton-tower-block-fire", "E15-liverpool-edge-lane-timber-fire", "two fires, Liverpool, Tuesday")
TRAP("place", "E16-devon-floods", "E17-a38-ashburton-fatal-crash", "Devon, Wednesday")
TRAP("place", "F1-bordeaux-incendie-saint-michel", "F2-bordeaux-zfe-vote", "Bordeaux, Monday")
TRAP("place", "I1-catania-nubifragio", "I2-a18-incidente-giarre", "Catania province, Tuesday")
TRAP("place", "PL1-poznan-pozar-hali", "PL2-poznan-strefa-czystego-transportu", "Poznań, Monday")
TRAP("place", "N1-eindhoven-de-hurk-brand", "N2-eindhoven-woensel-gaslek", "Eindhoven, Monday")
TRAP("place", "SV1-malmo-hamn-brand", "L09-malmo-amiralsgatan-bussolycka", "Malmö, Tuesday")
TRAP("place", "RO1-constanta-port-incendiu-depozit", "L12-constanta-a4-accident", "Constanța, Tuesday")
# 2. same company / institution, same or next day
TRAP("company", "E05-tarrant-inns-profit-warning", "E06-tarrant-inns-ceo-quits", "Tarrant Inns, Tue/Wed")
TRAP("company", "E18-carnbridge-city-home-defeat", "E19-carnbridge-sack-sorley", "Carnbridge City, Mon/Tue")
TRAP("company", "E20-hollin-tumble-dryer-recall", "L05-hollin-supplier-lawsuit", "Hollin Appliances, Mon/Tue")
TRAP("company", "D1-brandauer-explosion-marl", "D2-brandauer-uebernahme-vormeer", "Brandauer Chemie, Tuesday")
TRAP("company", "S2-telvia-caida-red-movil", "L07-telvia-ere", "Telvia, Mon/Tue")
TRAP("company", "HU1-mnb-kamatdontes", "L21-mnb-elnok-keszpenz", "MNB, Tue/Wed")
# 3. template twins
TRAP("template", "E07-new-britain-quake", "E08-hualien-quake", "Magnitude X earthquake strikes off …, Monday")
TRAP("template", "E07-new-britain-quake", "T1-antalya-aciklari-deprem", "quake headlines in en, Monday")
TRAP("template", "E08-hualien-quake", "T1-antalya-aciklari-deprem", "quake headlines in en, Monday")
TRAP("template", "E08-hualien-quake", "S1-guatemala-terremoto", "quake headlines in en, Mon/Tue")
TRAP("template", "E09-australia-inflation-q3", "E10-south-africa-inflation-september", "… inflation … to 3.x%")
TRAP("template", "E10-south-africa-inflation-september", "L03-singapore-core-inflation", "inflation releases, Tuesday")
TRAP("template", "E09-australia-inflation-q3", "L03-singapore-core-inflation", "inflation rises to …")
TRAP("template", "E11-colombia-verification-mission-renewal", "L04-binuh-haiti-renewal", "UN Security Council extends …, same session")
TRAP("template", "E12-manchester-airport-security-strike", "E13-bristol-airport-baggage-strike", "airport strikes, Monday")
TRAP("template", "S1-guatemala-terremoto", "L06-costa-rica-sismo", "Un sismo de magnitud … sacude …")
TRAP("template", "P1-porto-alegre-temporal", "L08-curitiba-temporal", "Temporal em …, same outlet")
TRAP("template", "T1-antalya-aciklari-deprem", "L11-van-deprem", "… büyüklüğünde deprem, Monday")
TRAP("template", "D1-brandauer-explosion-marl", "L16-wuppertal-lackfabrik-explosion", "Explosion in …: … Verletzte, Tuesday")
TRAP("template", "N1-eindhoven-de-hurk-brand", "L18-eindhoven-tweede-brand", "grote brand in Eindhoven, next day")
TRAP("template", "U1-zakarpattia-pavodok", "L20-bukovyna-pavodok", "Паводок на …: підтоплено …")
TRAP("template", "DA1-fynbanen-signalfejl", "L23-roskilde-signalfejl", "Signalfejl stopper/lammer togene, Wednesday")
for _series in ("TS1-asx-close", "TS2-bristol-weather", "TS3-atx-schluss", "TS4-meteo-torino", "TS5-ekstra-pensja",
                "TS6-mnb-deviza", "TS7-c25-lukning"):
    TRAP("template", _series + "-d1", _series + "-d2", "series")
    TRAP("template", _series + "-d2", _series + "-d3", "series")
    TRAP("template", _series + "-d1", _series + "-d3", "series")
# 4. vocabulary: updates, briefs, columns of other events
TRAP("vocab", "E03-avonmouth-biomass-fire", "E14-liverpool-everton-tower-block-fire", "UPDATE 1- fire vs fire, Tuesday")
TRAP("vocab", "E03-avonmouth-biomass-fire", "E15-liverpool-edge-lane-timber-fire", "fire vs fire; same column Wed")
TRAP("vocab", "E04-bristol-port-dock-strike", "E15-liverpool-edge-lane-timber-fire", "News in brief column, Wednesday")
TRAP("vocab", "E04-bristol-port-dock-strike", "E12-manchester-airport-security-strike", "strike updates, News in brief columns")
TRAP("vocab", "E12-manchester-airport-security-strike", "E20-hollin-tumble-dryer-recall", "News in brief column, Tuesday")
TRAP("vocab", "E12-manchester-airport-security-strike", "E18-carnbridge-city-home-defeat", "News in brief column, Tuesday")
TRAP("vocab", "E18-carnbridge-city-home-defeat", "E20-hollin-tumble-dryer-recall", "News in brief column, Tuesday")
TRAP("vocab", "E01-blackpool-tram-derailment", "E20-hollin-tumble-dryer-recall", "Kurz notiert column (de), Tuesday")
TRAP("vocab", "C1-brno-zriceni-leseni", "D1-brandauer-explosion-marl", "Kurz notiert column (de), Wednesday")
TRAP("vocab", "E09-australia-inflation-q3", "F1-bordeaux-incendie-saint-michel", "En bref column (fr)")
TRAP("vocab", "F2-bordeaux-zfe-vote", "E09-australia-inflation-q3", "En bref column (fr)")
TRAP("vocab", "E05-tarrant-inns-profit-warning", "D1-brandauer-explosion-marl", "BRIEF- company news (en), Tuesday")
TRAP("vocab", "E09-australia-inflation-q3", "TS1-asx-close-d3", "market close mentions the inflation data")
TRAP("vocab", "HU1-mnb-kamatdontes", "TS6-mnb-deviza-d3", "FX report mentions the rate decision")
TRAP("vocab", "R1-perm-obrushenie-podezda", "L22-berezniki-pozhar-sklad", "ОБНОВЛЕНО / МЧС Perm region, Monday")
TRAP("vocab", "C1-brno-zriceni-leseni", "D2-brandauer-uebernahme-vormeer", "Kurz notiert column (de), Wednesday")
# 5. next-day follow-ups that are separate stories
TRAP("followup", "E01-blackpool-tram-derailment", "L01-blackpool-tramway-safety-review", "council orders review")
TRAP("followup", "E07-new-britain-quake", "L02-new-britain-aftershock", "new tremor")
TRAP("followup", "E14-liverpool-everton-tower-block-fire", "L13-everton-fire-teenager-arrested", "arrest")
TRAP("followup", "C1-brno-zriceni-leseni", "L10-brno-stavbyvedouci-obvinen", "charge")
TRAP("followup", "R1-perm-obrushenie-podezda", "L14-perm-den-traura", "day of mourning")
TRAP("followup", "I1-catania-nubifragio", "L15-catania-procura-inchiesta", "inquiry opened")
TRAP("followup", "F1-bordeaux-incendie-saint-michel", "L17-bordeaux-incendie-interpellation", "arrest")

# ================================================================ same-story follow-ups (positives)
SAME("E01-blackpool-tram-derailment", "d2: faulty points were the cause")
SAME("E03-avonmouth-biomass-fire", "d2: fire under control")
SAME("E07-new-britain-quake", "d1: magnitude revised to 5.9")
SAME("E14-liverpool-everton-tower-block-fire", "d2: fire started deliberately (cause)")
SAME("E15-liverpool-edge-lane-timber-fire", "d3: fire out after 11 hours")
SAME("E16-devon-floods", "d3: 210 homes (revised count)")
SAME("E20-hollin-tumble-dryer-recall", "d1: recall widened to 120,000 (revised count)")
SAME("I1-catania-nubifragio", "d3: water receded, evacuees home")
SAME("R1-perm-obrushenie-podezda", "d2: toll rises to four")
SAME("U1-zakarpattia-pavodok", "d3: water receding, evacuees home")
SAME("DA1-fynbanen-signalfejl", "d3: trains running again")
SAME("N1-eindhoven-de-hurk-brand", "d1: fire under control")
SAME("PL1-poznan-pozar-hali", "d2: fire out, cause found")
SAME("S1-guatemala-terremoto", "d2: damage assessed")
SAME("P1-porto-alegre-temporal", "d1: power restored to 25,000")
SAME("T1-antalya-aciklari-deprem", "d1: damage assessed")
