"""Week T (tuning10.json): Mon 19 - Wed 21 Oct 2026. Day numbers are 1..3.

Stories are (kind, source, day, "HH:MM" UTC, title, summary) tuples; a
summary of None means: copy -> the original's summary verbatim, cut -> the
original's lede truncated with "…". TRAPS and SAME_FOLLOWUPS at the end.
"""
import datetime as dt
from common import Corpus

CORPUS = Corpus("t10", dt.date(2026, 10, 19))
S = CORPUS.story
O = CORPUS.one
TRAP = CORPUS.trap
SAME = CORPUS.same_followup

# ================================================================ English-led
S("E01-sheffield-tram-derailment", [
    ("original", "gwire", 1, "06:58", "Tram derails in Sheffield city centre, nine injured",
     "SHEFFIELD, England (Globalwire) - A Supertram derailed on West Street in central Sheffield during the morning rush "
     "hour on Monday, injuring nine people, South Yorkshire Fire and Rescue said. The front car left the rails on a bend "
     "near the university."),
    ("brief", "northstar", 1, "07:06", "BRIEF-Sheffield tram derailment: nine hurt, West Street closed",
     "South Yorkshire Police say a Supertram derailed on West Street at about 07:20 BST; nine passengers taken to hospital "
     "with minor injuries; road closed between Glossop Road and Rockingham Street."),
    ("rewrite", "steelcitypress", 1, "08:34", "Commuters thrown from seats as tram jumps the rails near the university",
     "Passengers described being flung into the aisle when the front car of a Middlewood-bound tram came off the track on "
     "the West Street bend. Nine people were treated by paramedics and the Steel City's tram network is split in two."),
    ("update", "gwire", 1, "12:41", "UPDATE 1-Sheffield tram derailment injuries rise to 11, one seriously hurt",
     "SHEFFIELD, England (Globalwire) - Eleven people were injured, one of them seriously, when a tram derailed in central "
     "Sheffield on Monday, police said, revising an earlier figure of nine. Services between the city centre and "
     "Hillsborough remain suspended."),
    ("translation", "nordbote", 2, "06:30", "Kurz notiert: Straßenbahn in Sheffield entgleist – elf Verletzte",
     "Im Zentrum der englischen Stadt Sheffield ist am Montagmorgen eine Straßenbahn in einer Kurve aus den Gleisen "
     "gesprungen. Elf Fahrgäste wurden verletzt, einer von ihnen schwer, teilte die Polizei mit."),
    ("update", "gwire", 2, "10:15", "UPDATE 2-Broken rail caused Sheffield tram derailment, operator says",
     "SHEFFIELD, England (Globalwire) - A broken section of rail on the West Street bend caused Monday's tram derailment in "
     "Sheffield that injured 11 people, operator Supertram said on Tuesday. The line is expected to reopen on Thursday once "
     "the track has been replaced."),
])

S("E02-sheffield-parking-levy-vote", [
    ("original", "steelcitypress", 1, "18:46", "Sheffield councillors approve workplace parking levy",
     "Sheffield City Council voted 48 to 31 on Monday evening to introduce a workplace parking levy, charging employers "
     "with more than ten spaces £450 a year per space from April 2027 to pay for buses and trams."),
    ("rewrite", "ledger", 1, "20:12", "Employers in Sheffield to pay £450 a space as levy clears the town hall",
     "Firms in the South Yorkshire city will pay an annual charge for every staff parking space after a heated debate in "
     "the council chamber. Business groups warned the scheme would push jobs out of the centre; the council expects to "
     "raise £9m a year."),
    ("cut", "northstar", 1, "21:05", "Sheffield backs £450-a-space charge on workplace parking", None),
])

O("L19-sheffield-ecclesall-road-pedestrian", "lookalike", "steelcitypress", 1, "15:52",
  "Pedestrian dies after being hit by bus on Ecclesall Road",
  "A man in his sixties has died after being struck by a bus on Ecclesall Road in Sheffield on Monday afternoon, South "
  "Yorkshire Police said. The road was closed near the junction with Hickmott Road while collision investigators worked.")

S("E03-felixstowe-warehouse-fire", [
    ("original", "eastanglian", 2, "02:50", "Huge fire at Port of Felixstowe warehouse",
     "More than 60 firefighters were tackling a large fire at a warehouse at the Port of Felixstowe early on Tuesday, "
     "Suffolk Fire and Rescue Service said. Residents in Walton were told to keep windows and doors shut because of thick "
     "smoke."),
    ("brief", "gwire", 2, "03:22", "BRIEF-Fire at Felixstowe port warehouse; residents told to keep windows shut",
     "Suffolk Fire and Rescue says 12 engines at warehouse fire inside Port of Felixstowe since about 01:30 BST; no "
     "reported injuries; smoke drifting over Walton and Trimley St Mary."),
    ("update", "gwire", 2, "09:31", "UPDATE 1-Felixstowe port warehouse fire under control, no injuries",
     "FELIXSTOWE, England (Globalwire) - A fire that destroyed a warehouse storing furniture and textiles at the Port of "
     "Felixstowe was brought under control on Tuesday morning, firefighters said. Nobody was hurt and the container "
     "terminals kept working."),
    ("rewrite", "eveningmetro", 2, "11:02", "Smoke plume over Britain's biggest container port seen for miles",
     "Drivers on the A14 reported a column of black smoke visible from Ipswich as crews fought the overnight blaze in a "
     "furniture and textile store on the Felixstowe dock estate. Sixty firefighters attended at the height of the fire."),
    ("regional", "dailyround", 3, "06:00", "News in brief: Warehouse destroyed in Felixstowe port fire",
     "A warehouse full of furniture and textiles was destroyed by a fire at the Port of Felixstowe early on Tuesday. "
     "About 60 firefighters attended and nobody was injured."),
])

S("E04-felixstowe-dock-strike", [
    ("original", "gwire", 2, "06:10", "Felixstowe dock workers begin 48-hour strike over pay",
     "FELIXSTOWE, England (Globalwire) - About 600 crane drivers, stevedores and lashers at the Port of Felixstowe began a "
     "48-hour strike at 6am on Tuesday after rejecting a 3.5% pay offer, the Unite union said, halting most work at "
     "Britain's biggest container port."),
    ("rewrite", "eastanglian", 2, "07:44", "Cranes stand idle as Felixstowe walkout begins hours after warehouse blaze",
     "Picket lines formed at the Trinity and Landguard gates as some 600 port staff walked out over pay, while "
     "firefighters were still damping down a burnt-out warehouse nearby. Unite says the 3.5% offer amounts to a "
     "real-terms cut."),
    ("cut", "capitalbrief", 2, "08:18", "Felixstowe strike threatens pre-Christmas shipping", None),
    ("translation", "nlpers", 2, "09:05", "Staking in Britse containerhaven Felixstowe, rederijen wijken uit naar Rotterdam",
     "In de Britse haven Felixstowe leggen zo'n 600 kraanmachinisten en havenarbeiders sinds dinsdagochtend voor 48 uur "
     "het werk neer. Enkele rederijen laten hun schepen daarom eerder in Rotterdam lossen."),
    ("update", "gwire", 2, "15:05", "UPDATE 1-Felixstowe strike: ships queue off Harwich as no talks planned",
     "FELIXSTOWE, England (Globalwire) - Eleven container ships were waiting at anchor off Harwich on Tuesday afternoon as "
     "the 48-hour strike by 600 Felixstowe dock workers continued, with Unite and the port saying no new talks were "
     "scheduled."),
    ("regional", "dailyround", 3, "06:01", "News in brief: Felixstowe strike into second day",
     "About 600 workers at the Port of Felixstowe are on the second day of a 48-hour strike over a 3.5% pay offer. "
     "Eleven ships were waiting offshore on Tuesday evening."),
])

S("E05-pennant-homes-profit-warning", [
    ("original", "capitalbrief", 2, "06:05", "Pennant Homes cuts profit forecast as buyers hold back",
     "By Ruth Calder, Markets Reporter. Pennant Homes, the FTSE 250 housebuilder, said on Tuesday that full-year pre-tax "
     "profit would be about £310m, down from the £380m it had forecast, after private reservations fell 14% in the autumn."),
    ("brief", "gwire", 2, "06:07", "BRIEF-Pennant Homes sees FY pretax profit about £310m vs previous guidance £380m",
     "Pennant Homes says autumn private reservation rate down 14% year on year; expects about 9,800 completions versus "
     "11,000 previously; net cash at year end seen at £150m."),
    ("copy", "northstar", 2, "06:40", "Pennant Homes issues profit warning", None),
    ("rewrite", "ledger", 2, "09:02", "Housebuilder's shares slump as mortgage rates bite",
     "Shares in Pennant Homes lost almost a quarter of their value after the York-based builder blamed stubborn mortgage "
     "costs for a sharp fall in sales. It now expects to finish about 9,800 homes this year rather than 11,000."),
    ("update", "gwire", 2, "11:33", "UPDATE 1-Pennant Homes shares tumble 22% after profit warning",
     "LONDON (Globalwire) - Shares in Pennant Homes fell 22% on Tuesday, their biggest one-day drop since 2016, after the "
     "housebuilder cut its annual profit forecast to £310m from £380m, blaming weak demand from buyers facing high "
     "mortgage rates."),
])

S("E06-pennant-homes-ceo-steps-down", [
    ("original", "capitalbrief", 3, "06:35", "Pennant Homes chief executive Graham Ostler to step down",
     "Pennant Homes said on Wednesday that chief executive Graham Ostler would step down at the end of the year after "
     "eight years in the role, a day after the housebuilder cut its profit forecast. Finance director Karen Lowe will "
     "take over on an interim basis."),
    ("brief", "gwire", 3, "06:37", "BRIEF-Pennant Homes says CEO Graham Ostler to step down; CFO Karen Lowe named interim CEO",
     "Pennant Homes says Graham Ostler will leave the board on December 31; search for a permanent successor under way; "
     "Ostler to remain available to the company until March."),
    ("rewrite", "ledger", 3, "10:04", "Ostler heads for the exit at Pennant after eight years at the top",
     "The York housebuilder's boss is leaving, with finance chief Karen Lowe stepping up until a successor is found. "
     "Investors had questioned his land-buying strategy, but the board thanked him for doubling the firm's output since "
     "2018."),
    ("cut", "northstar", 3, "08:02", "Pennant Homes boss to quit a day after profit warning", None),
])

S("E07-hokkaido-quake", [
    ("original", "gwire", 1, "03:05", "Magnitude 5.9 earthquake strikes off Hokkaido, Japan",
     "TOKYO (Globalwire) - An earthquake of magnitude 5.9 struck off the coast of Kushiro on Japan's northern island of "
     "Hokkaido at 11:28 local time on Monday, the Japan Meteorological Agency said. No tsunami warning was issued."),
    ("brief", "northstar", 1, "03:11", "BRIEF-JMA: magnitude 5.9 quake off Hokkaido, no tsunami risk",
     "Japan Meteorological Agency says quake of magnitude 5.9 at depth of 50 km off Kushiro, eastern Hokkaido; "
     "intensity lower 5 recorded in Kushiro city; no tsunami expected."),
    ("translation", "vestnik", 1, "04:02", "Землетрясение магнитудой 5,9 произошло у берегов Хоккайдо",
     "У восточного побережья японского острова Хоккайдо в понедельник произошло землетрясение магнитудой 5,9. Толчки "
     "ощущались и на Южных Курилах, угрозы цунами нет, сообщили в Японском метеорологическом агентстве."),
    ("rewrite", "worldline", 1, "04:30", "World: Shaking halts trains in Japan's far north but no tsunami",
     "Bullet and local trains in eastern Hokkaido were stopped for safety checks after a 5.9 tremor centred offshore near "
     "Kushiro. Shops reported goods falling from shelves, but no injuries were reported in the first hours."),
    ("rewrite", "asiapacwire", 1, "05:02", "Kushiro jolted by offshore quake; Tomari nuclear plant reports no abnormalities",
     "Residents of the port city of Kushiro felt strong shaking for about 20 seconds at lunchtime on Monday. Hokkaido "
     "Electric said the idle Tomari nuclear plant was unaffected; the JMA put the quake at magnitude 5.9."),
    ("update", "gwire", 1, "07:12", "UPDATE 1-Japan revises Hokkaido quake to magnitude 6.0; minor damage in Kushiro",
     "TOKYO (Globalwire) - The Japan Meteorological Agency revised Monday's earthquake off Hokkaido to magnitude 6.0 from "
     "5.9. Kushiro city reported broken windows and a burst water main, and three people suffered minor injuries from "
     "falling objects."),
])

S("E08-sumatra-quake", [
    ("original", "gwire", 1, "11:20", "Magnitude 5.2 earthquake strikes off Sumatra, Indonesia",
     "JAKARTA (Globalwire) - An earthquake of magnitude 5.2 struck off the west coast of Sumatra at 17:47 local time on "
     "Monday, Indonesia's geophysics agency BMKG said. The quake was centred 70 km south-west of Bengkulu and did not "
     "have tsunami potential."),
    ("cut", "northstar", 1, "12:04", "Quake jolts Indonesia's Bengkulu province, no tsunami threat", None),
    ("rewrite", "asiapacwire", 1, "12:35", "Bengkulu residents run into the streets as moderate quake hits",
     "People in the provincial capital left shops and mosques as the ground shook during evening prayers. BMKG measured "
     "the tremor at 5.2 and said there was no tsunami risk; the regional disaster agency was checking for damage."),
    ("rewrite", "worldline", 1, "13:01", "World: Indonesian island rattled hours after Japan tremor",
     "A 5.2 quake off the Sumatran province of Bengkulu shook buildings on Monday evening, the second notable tremor in "
     "Asia that day. Indonesian authorities reported no casualties and said a tsunami was not expected."),
])

S("E09-uk-inflation-september", [
    ("original", "gwire", 3, "06:02", "UK inflation rises to 3.4% in September",
     "LONDON (Globalwire) - British consumer price inflation rose to 3.4% in September from 3.1% in August, the Office for "
     "National Statistics said on Wednesday, driven by higher air fares and motor fuel prices. Economists had expected "
     "3.3%."),
    ("brief", "capitalbrief", 3, "06:03", "BRIEF-UK Sept CPI +3.4% y/y vs 3.3% forecast; core 3.6%",
     "ONS says September consumer prices up 3.4% year on year after 3.1% in August; core inflation 3.6%; services "
     "inflation 4.9%; monthly rise of 0.3%."),
    ("rewrite", "ledger", 3, "08:31", "Price rises pick up again, squeezing the Bank's room to cut",
     "By Alan Pryce, Economics Editor. Air fares and petrol pushed the cost of living higher last month, with the annual "
     "rate climbing to 3.4%. The jump makes a Bank of England rate cut in November less likely, economists said."),
    ("translation", "fildujour", 3, "09:00", "En bref: L'inflation britannique grimpe à 3,4 % en septembre",
     "Au Royaume-Uni, la hausse des prix à la consommation a atteint 3,4 % sur un an en septembre, contre 3,1 % en août, "
     "selon l'Office national des statistiques, tirée par les billets d'avion et les carburants."),
    ("update", "gwire", 3, "10:05", "UPDATE 1-UK inflation jumps to 3.4%, sterling firms as rate cut bets fade",
     "LONDON (Globalwire) - Sterling rose against the dollar on Wednesday after data showed UK inflation climbed to 3.4% in "
     "September, above forecasts, leading traders to scale back bets on a Bank of England rate cut next month."),
])

S("E10-canada-inflation-september", [
    ("original", "mapleledger", 2, "12:30", "Canada's annual inflation rate slows to 2.1% in September",
     "Canada's annual inflation rate eased to 2.1% in September from 2.4% in August, Statistics Canada said on Tuesday, "
     "as gasoline prices fell and rent growth slowed for a fifth consecutive month."),
    ("brief", "gwire", 2, "12:31", "BRIEF-Canada Sept CPI +2.1% y/y, core measures ease",
     "Statistics Canada says September consumer price index up 2.1% year on year after 2.4% in August; CPI-trim 2.6%, "
     "CPI-median 2.5%; prices down 0.1% on the month."),
    ("rewrite", "northstar", 2, "14:05", "Cooling prices in Canada bolster the case for another rate cut",
     "Cheaper gasoline and a slowdown in rents pulled Canadian inflation close to the central bank's 2% target last "
     "month. Markets now see a strong chance of a quarter-point cut at the Bank of Canada's October meeting."),
])

O("L03-new-zealand-inflation-q3", "lookalike", "pacificecho", 1, "21:50", "New Zealand inflation rises to 2.9% in third quarter",
  "New Zealand's annual consumer price inflation rose to 2.9% in the September quarter from 2.7% in the June quarter, "
  "Stats NZ said on Tuesday, pushed up by local council rates and electricity prices.")

S("E11-unsmil-libya-renewal", [
    ("original", "gwire", 3, "19:15", "UN Security Council extends Libya mission for a year",
     "UNITED NATIONS (Globalwire) - The UN Security Council on Wednesday extended the mandate of the UN Support Mission in "
     "Libya, UNSMIL, until 31 October 2027, adopting a British-drafted resolution by 14 votes with one abstention."),
    ("rewrite", "worldline", 3, "20:31", "World: Tripoli political mission stays on after Council vote",
     "The United Nations will keep its political office in the Libyan capital for another twelve months, with a mandate "
     "to push rival governments towards national elections. Fourteen of the 15 Council members voted in favour."),
    ("cut", "northstar", 3, "21:02", "UN keeps Libya mission in place until October 2027", None),
    ("translation", "fildujour", 3, "21:40", "En bref: L'ONU prolonge d'un an sa mission en Libye",
     "Le Conseil de sécurité des Nations unies a prolongé mercredi jusqu'au 31 octobre 2027 le mandat de sa mission "
     "d'appui en Libye (Manul), par 14 voix pour et une abstention."),
])

O("L04-eufor-althea-renewal", "lookalike", "gwire", 3, "19:44", "UN Security Council renews authorisation for EU force in Bosnia",
  "UNITED NATIONS (Globalwire) - The UN Security Council on Wednesday unanimously renewed for another year its "
  "authorisation of the European Union's EUFOR Althea peacekeeping force in Bosnia and Herzegovina, in the same session "
  "that extended the Libya mission.")

S("E12-gatwick-baggage-strike", [
    ("original", "gwire", 1, "04:25", "Gatwick baggage handlers begin 72-hour strike",
     "LONDON (Globalwire) - About 450 baggage handlers employed by ground services firm Skyserve Aviation at Gatwick "
     "Airport began a 72-hour strike at 4am on Monday in a dispute over pay and rosters, the GMB union said. Airlines "
     "warned of delays."),
    ("copy", "ledger", 1, "05:12", "Gatwick baggage strike begins", None),
    ("rewrite", "eveningmetro", 1, "07:33", "Holidaymakers told to travel hand-luggage only as Gatwick walkout starts",
     "Families heading for half-term breaks were advised to leave suitcases at home as Skyserve's handlers at the Sussex "
     "airport downed tools for three days. The GMB says its 450 members were offered 4% against inflation of more than 3%."),
    ("update", "gwire", 1, "13:04", "UPDATE 1-Gatwick strike: 60 flights cancelled, thousands of bags left behind",
     "LONDON (Globalwire) - Airlines cancelled 60 flights at Gatwick on Monday and many passengers flew without their "
     "luggage as a 72-hour strike by 450 Skyserve Aviation baggage handlers took hold, the airport said."),
    ("regional", "dailyround", 2, "06:00", "News in brief: Gatwick strike enters second day",
     "Baggage handlers at Gatwick are on the second day of a three-day strike over pay. About 60 flights were cancelled "
     "on Monday and passengers were told to travel with hand luggage only."),
])

S("E13-edinburgh-airport-security-strike", [
    ("original", "scotsbeacon", 1, "05:35", "Edinburgh Airport security staff walk out in pay row",
     "Security officers at Edinburgh Airport began a 24-hour strike at 4am on Monday after talks over a 3% pay offer broke "
     "down, the Unite union said. Passengers were told to arrive three hours before departure."),
    ("rewrite", "gwire", 1, "08:02", "Long queues at Edinburgh Airport as security officers strike",
     "EDINBURGH (Globalwire) - Passengers queued out of the terminal building at Scotland's busiest airport on Monday as "
     "about 300 security staff walked out for 24 hours. Managers from other departments were staffing some scanners."),
    ("cut", "courier", 1, "09:10", "Edinburgh travellers warned of three-hour waits as security staff strike", None),
])

S("E14-glasgow-govanhill-tenement-fire", [
    ("original", "clydesider", 2, "06:30", "Thirty residents evacuated after fire in Govanhill tenement",
     "Around 30 residents were led from a four-storey tenement on Allison Street in Govanhill early on Tuesday after fire "
     "broke out in the ground-floor close, the Scottish Fire and Rescue Service said. Two people were taken to hospital."),
    ("rewrite", "scotsbeacon", 2, "08:05", "Neighbours in dressing gowns watch crews fight blaze on Southside street",
     "Families from the Allison Street block huddled under blankets handed out by a corner shop as six engines tackled the "
     "fire before dawn. Two residents were taken to the Queen Elizabeth hospital with smoke inhalation."),
    ("cut", "northstar", 2, "09:01", "Glasgow tenement fire forces 30 from their homes", None),
    ("update", "gwire", 2, "12:22", "UPDATE 1-Glasgow tenement fire was started deliberately, fire service says",
     "GLASGOW (Globalwire) - A fire that forced 30 people from a Govanhill tenement on Tuesday was started deliberately "
     "among bins stored in the close, the Scottish Fire and Rescue Service said. Two residents are in hospital in a "
     "stable condition."),
])

S("E15-glasgow-polmadie-recycling-fire", [
    ("original", "gwire", 2, "17:50", "Large fire breaks out at Glasgow recycling plant",
     "GLASGOW (Globalwire) - More than 50 firefighters were tackling a large fire at a recycling plant in the Polmadie area "
     "of Glasgow on Tuesday evening, the Scottish Fire and Rescue Service said, the second major blaze in the city that day."),
    ("rewrite", "clydesider", 2, "19:05", "Black smoke over the Southside as waste plant goes up in flames",
     "Huge flames lit up the sky above Polmadie as bales of plastic and paper caught fire at the Clyde Valley Recycling "
     "site. People in Oatlands and Toryglen were told to keep windows closed; no one was hurt."),
    ("regional", "dailyround", 3, "06:02", "News in brief: Recycling plant blaze lights up Glasgow sky",
     "Firefighters spent the night at a recycling plant in Polmadie, Glasgow, after bales of plastic and paper caught fire "
     "on Tuesday evening. Nobody was injured."),
    ("update", "clydesider", 3, "07:20", "UPDATE: Polmadie recycling plant fire out after 13 hours",
     "The fire at the Clyde Valley Recycling site in Polmadie was extinguished early on Wednesday, 13 hours after it "
     "started, the fire service said. Crews will stay on site to damp down hotspots."),
])

O("L13-govanhill-fire-arrest", "lookalike", "clydesider", 3, "13:15", "Man arrested over Govanhill tenement fire",
  "A 34-year-old man has been arrested and charged with wilful fire-raising after Tuesday's fire in a tenement close on "
  "Allison Street, Govanhill, Police Scotland said. He is due to appear at Glasgow Sheriff Court on Thursday.")

S("E16-cumbria-floods", [
    ("original", "gwire", 3, "05:20", "Hundreds of homes flooded in Cumbria after torrential rain",
     "KESWICK, England (Globalwire) - About 180 homes were flooded in Keswick and Cockermouth on Wednesday after more than "
     "120mm of rain fell on the Lake District in 24 hours, Cumbria Police said, declaring a major incident."),
    ("brief", "northstar", 3, "05:31", "BRIEF-Cumbria police declare major incident over flooding in Keswick, Cockermouth",
     "Cumbria Police say major incident declared; River Greta and River Derwent over defences; rest centres opened in "
     "Keswick and Cockermouth; A66 closed at Braithwaite."),
    ("rewrite", "pennineherald", 3, "07:35", "The Greta bursts its banks again as Lakeland town goes under",
     "Residents of Keswick who rebuilt after earlier floods were once more wading through their kitchens as the river "
     "poured over the defences. Downstream, the Derwent flooded Main Street in Cockermouth."),
    ("update", "gwire", 3, "12:03", "UPDATE 1-Cumbria floods: 240 homes hit, soldiers on standby",
     "KESWICK, England (Globalwire) - The number of flooded homes in Cumbria rose to 240 on Wednesday afternoon, the county "
     "council said, and soldiers were put on standby to help move residents in Keswick and Cockermouth."),
])

S("E17-m6-tebay-fatal-crash", [
    ("original", "pennineherald", 3, "13:40", "Two killed in M6 crash near Tebay",
     "Two people died and three were injured when a car and a lorry collided on the northbound M6 between junctions 38 and "
     "39 near Tebay on Wednesday lunchtime, Cumbria Police said. The motorway was closed in both directions."),
    ("rewrite", "gwire", 3, "15:02", "Fatal lorry crash shuts M6 in Cumbria on day of floods",
     "PENRITH, England (Globalwire) - Police closed the M6 through the Lune Gorge after two people were killed in a "
     "collision between a car and an articulated lorry near Tebay. Three others were taken to hospital in Preston."),
    ("cut", "northstar", 3, "15:34", "M6 shut in Cumbria after two die in car and lorry collision", None),
])

S("E18-harrowfield-united-home-defeat", [
    ("original", "matchdaywire", 1, "21:05", "Harrowfield United 0-4 Brookmere Athletic: hosts booed off",
     "Brookmere Athletic scored four times after the break to beat Harrowfield United 4-0 at Canal Road on Monday night, "
     "leaving the hosts 22nd in the Championship and manager Dave Keane facing chants from the home end."),
    ("rewrite", "ledger", 1, "22:31", "Brookmere run riot as Harrowfield slump to fifth straight loss",
     "Two goals from Kofi Mensah-Reid set Brookmere on their way to a crushing win at Canal Road. Harrowfield, without a "
     "victory since August, have now conceded 14 goals in five matches."),
    ("cut", "northstar", 1, "23:02", "Harrowfield thrashed 4-0 by Brookmere at Canal Road", None),
    ("regional", "dailyround", 2, "06:01", "News in brief: Harrowfield beaten 4-0 at home",
     "Harrowfield United lost 4-0 to Brookmere Athletic at Canal Road on Monday night, a fifth successive defeat that "
     "leaves them 22nd in the Championship."),
])

S("E19-harrowfield-sack-keane", [
    ("original", "matchdaywire", 2, "10:35", "Harrowfield United sack manager Dave Keane",
     "Harrowfield United have sacked manager Dave Keane, less than 14 hours after Monday night's 4-0 home defeat by "
     "Brookmere Athletic left them 22nd in the Championship. Assistant Lee Morton will take charge for Saturday's game."),
    ("copy", "northstar", 2, "11:12", "Harrowfield United dismiss Dave Keane", None),
    ("rewrite", "ledger", 2, "12:04", "Keane pays for Harrowfield slide after 16 months in charge",
     "The Championship strugglers ended the former Ireland midfielder's reign with the club two points above the "
     "relegation zone. Lee Morton, his assistant, takes temporary charge while the board draws up a shortlist."),
])

S("E20-velmora-kestrel-recall", [
    ("original", "gwire", 1, "08:10", "Velmora Motors recalls 180,000 Kestrel SUVs over brake hose fault",
     "LONDON (Globalwire) - Velmora Motors is recalling 180,000 Kestrel sport utility vehicles built between 2023 and 2025 "
     "because a front brake hose can chafe against the suspension and leak fluid, the carmaker said on Monday. No crashes "
     "have been linked to the fault."),
    ("rewrite", "consumerwatch", 1, "09:32", "Kestrel owners told to book an urgent brake check",
     "Drivers of Velmora's best-selling SUV will be contacted by letter and asked to take their cars to a dealer, where a "
     "clip holding the front brake hose will be replaced free of charge. About 180,000 cars are affected."),
    ("cut", "northstar", 1, "10:03", "Velmora brake hose fault prompts recall of Kestrel SUVs", None),
    ("update", "gwire", 1, "15:06", "UPDATE 1-Velmora widens Kestrel brake recall to 210,000 vehicles",
     "LONDON (Globalwire) - Velmora Motors said on Monday its recall of Kestrel SUVs over a chafing front brake hose now "
     "covers 210,000 vehicles, after adding 30,000 right-hand-drive cars sold in Ireland, Australia and South Africa."),
    ("regional", "dailyround", 2, "06:02", "News in brief: Brake fault recall for Kestrel SUVs",
     "Velmora Motors is recalling 210,000 Kestrel SUVs because a front brake hose can rub against the suspension and leak. "
     "Owners will be contacted by letter."),
    ("translation", "nordbote", 2, "06:45", "Kurz notiert: Velmora ruft 210.000 Kestrel-SUV zurück",
     "Der britische Autobauer Velmora ruft weltweit 210.000 Geländewagen des Modells Kestrel in die Werkstätten. Ein "
     "vorderer Bremsschlauch kann an der Radaufhängung scheuern und undicht werden."),
])

O("L01-raib-sheffield-investigation", "lookalike", "gwire", 2, "14:20", "Rail accident investigators open inquiry into Sheffield tram derailment",
  "SHEFFIELD, England (Globalwire) - The Rail Accident Investigation Branch said on Tuesday it had opened an "
  "investigation into Monday's tram derailment on West Street in Sheffield and would examine track maintenance records "
  "for the whole network.")
O("L02-hokkaido-aftershock", "lookalike", "gwire", 2, "01:40", "Magnitude 5.0 aftershock strikes off Hokkaido",
  "TOKYO (Globalwire) - A magnitude 5.0 aftershock struck off Kushiro in eastern Hokkaido at 10:22 local time on Tuesday, "
  "a day after a stronger quake in the same area, the Japan Meteorological Agency said. No tsunami warning was issued.")
O("L05-velmora-gearbox-class-action", "lookalike", "ledger", 2, "14:10", "Velmora faces class action over Kestrel gearbox failures",
  "By Priya Nandra, Legal Correspondent. A group of 2,300 Kestrel owners has filed a claim against Velmora Motors at the "
  "High Court, alleging the carmaker hid a defect in automatic gearboxes that caused cars to lose drive at speed.")

# ================================================================ German-led
S("D1-kessler-lindt-gewinnwarnung", [
    ("original", "dpn", 2, "05:40", "Kessler-Lindt senkt Prognose – Aktie bricht ein",
     "AUGSBURG (dpn) - Der Augsburger Maschinenbauer Kessler-Lindt hat seine Gewinnprognose für 2026 gesenkt. Das bereinigte "
     "operative Ergebnis werde nur noch bei 140 bis 160 Millionen Euro liegen statt bei 210 Millionen, teilte der "
     "MDax-Konzern am Dienstag mit."),
    ("brief", "boersenblick", 2, "05:43", "EIL: Kessler-Lindt kappt Ergebnisziel für 2026",
     "Kessler-Lindt erwartet für 2026 nur noch ein bereinigtes Ebit von 140 bis 160 Millionen Euro (bisher: rund 210 "
     "Millionen). Als Grund nennt der Konzern verschobene Großaufträge aus der Verpackungsindustrie."),
    ("translation", "gwire", 2, "06:10", "BRIEF-Kessler-Lindt cuts 2026 operating profit forecast",
     "German machinery maker Kessler-Lindt says it now expects 2026 adjusted EBIT of 140-160 million euros versus about "
     "210 million previously; cites delayed large orders from packaging customers."),
    ("rewrite", "rheinblatt", 2, "09:05", "Flaute im Anlagenbau: Augsburger Traditionsfirma rudert zurück",
     "Kunden aus der Verpackungsbranche halten Großaufträge zurück, nun muss Kessler-Lindt seine Ziele kassieren. Statt "
     "210 Millionen Euro operativem Gewinn stellt der Vorstand nur noch höchstens 160 Millionen in Aussicht."),
    ("update", "dpn", 2, "10:32", "AKTUALISIERUNG 1-Kessler-Lindt-Aktie verliert 18 Prozent nach Gewinnwarnung",
     "FRANKFURT (dpn) - Die Aktie von Kessler-Lindt ist am Dienstag nach der gesenkten Gewinnprognose um bis zu 18 Prozent "
     "eingebrochen. Analysten bemängelten, der Maschinenbauer habe die Probleme bei Großaufträgen zu spät offengelegt."),
    ("regional", "nordbote", 3, "06:30", "Kurz notiert: Kessler-Lindt senkt das Gewinnziel",
     "Der Augsburger Maschinenbauer Kessler-Lindt erwartet 2026 nur noch 140 bis 160 Millionen Euro operativen Gewinn statt "
     "210 Millionen. Die Aktie fiel am Dienstag um 18 Prozent."),
])

S("D2-kessler-lindt-razzia", [
    ("original", "dpn", 2, "13:40", "Razzia bei Kessler-Lindt: Ermittler durchsuchen Zentrale in Augsburg",
     "AUGSBURG (dpn) - Staatsanwaltschaft und Zollfahndung haben am Dienstag die Zentrale des Maschinenbauers "
     "Kessler-Lindt in Augsburg durchsucht. Es gehe um den Verdacht, dass Bauteile über Zwischenhändler nach Russland "
     "geliefert wurden, sagte ein Sprecher der Staatsanwaltschaft."),
    ("brief", "boersenblick", 2, "13:46", "EIL: Staatsanwaltschaft durchsucht Kessler-Lindt-Zentrale",
     "Ermittler von Staatsanwaltschaft Augsburg und Zollfahndung München durchsuchen Büros von Kessler-Lindt wegen "
     "mutmaßlicher Verstöße gegen Exportbeschränkungen; Unternehmen kündigt volle Kooperation an."),
    ("rewrite", "rheinblatt", 2, "15:35", "Zollfahnder beim Augsburger Maschinenbauer – am Tag der Gewinnwarnung",
     "Erst kassierte Kessler-Lindt am Morgen seine Prognose, am Nachmittag standen Ermittler in der Firmenzentrale. Sie "
     "prüfen, ob Steuerungsmodule über Händler in Zentralasien an russische Rüstungsbetriebe gelangten."),
    ("regional", "nordbote", 3, "06:35", "Kurz notiert: Durchsuchung bei Kessler-Lindt",
     "Zollfahnder und Staatsanwälte haben die Zentrale des Augsburger Maschinenbauers Kessler-Lindt durchsucht. Es geht "
     "um mutmaßlich verbotene Lieferungen von Bauteilen nach Russland."),
])

O("L16-rehm-sohn-gewinnwarnung", "lookalike", "dpn", 2, "16:10", "Autozulieferer Rehm & Sohn senkt Prognose",
  "STUTTGART (dpn) - Der Autozulieferer Rehm & Sohn hat wegen schwacher Abrufe der Autohersteller seine Umsatz- und "
  "Gewinnziele für 2026 gesenkt. Die Umsatzrendite werde nur noch bei drei statt fünf Prozent liegen, teilte das "
  "Unternehmen am Dienstag mit.")

# ================================================================ French-led
S("F1-lyon-bus-abribus-part-dieu", [
    ("original", "afi", 1, "07:20", "Lyon: un bus percute un abribus à la Part-Dieu, six blessés",
     "LYON (AFI) - Un bus des TCL a percuté un abribus lundi matin près de la gare de la Part-Dieu à Lyon, faisant six "
     "blessés dont un grave, selon les pompiers du Rhône. Le chauffeur a été soumis à un dépistage d'alcool et de "
     "stupéfiants."),
    ("rewrite", "rhonematin", 1, "08:32", "Part-Dieu: le bus de la ligne C3 finit sa course dans l'abribus",
     "Scène de chaos boulevard Vivier-Merle à l'heure de pointe: un bus articulé a quitté sa voie et fauché l'arrêt où "
     "attendaient des voyageurs. Six personnes ont été prises en charge par les pompiers, dont une en urgence absolue."),
    ("cut", "lequotidien", 1, "09:35", "Un bus fonce dans un arrêt à Lyon: six blessés", None),
    ("update", "afi", 1, "12:02", "MISE À JOUR 1-Bus contre abribus à Lyon: le blessé grave est un piéton de 71 ans",
     "LYON (AFI) - Le blessé grave de l'accident de bus survenu lundi matin près de la Part-Dieu est un piéton de 71 ans, "
     "hospitalisé à Édouard-Herriot, a indiqué la préfecture du Rhône. Les cinq autres victimes souffrent de blessures "
     "légères."),
])

S("F2-lyon-gratuite-tcl-mineurs", [
    ("original", "rhonematin", 1, "17:10", "La Métropole de Lyon vote la gratuité des TCL pour les moins de 18 ans",
     "Le conseil de la Métropole de Lyon a adopté lundi soir, par 92 voix contre 58, la gratuité des bus, métros et "
     "tramways TCL pour tous les jeunes de moins de 18 ans à partir du 1er janvier 2027. La mesure coûtera 24 millions "
     "d'euros par an."),
    ("rewrite", "lequotidien", 1, "19:04", "Transports gratuits pour les mineurs: Lyon franchit le pas",
     "Après des heures de débat, les élus métropolitains ont validé l'abonnement à zéro euro pour les 280 000 jeunes de "
     "l'agglomération. L'opposition dénonce une dépense de 24 millions d'euros par an."),
    ("regional", "fildujour", 2, "06:30", "En bref: À Lyon, les TCL gratuits pour les jeunes dès janvier",
     "La Métropole de Lyon a voté lundi la gratuité des transports en commun TCL pour les moins de 18 ans à partir du "
     "1er janvier 2027, pour un coût de 24 millions d'euros par an."),
])

O("L17-lyon-chauffeur-garde-a-vue", "lookalike", "rhonematin", 2, "11:05", "Bus encastré dans un abribus: le chauffeur placé en garde à vue",
  "Le conducteur du bus qui a percuté lundi un abribus près de la Part-Dieu a été placé en garde à vue mardi pour "
  "blessures involontaires, a annoncé le parquet de Lyon. Son dépistage de stupéfiants s'est révélé positif.")

# ================================================================ Spanish-led
S("S1-antofagasta-terremoto", [
    ("original", "efa", 2, "05:40", "Un terremoto de magnitud 5,6 sacude Antofagasta, en el norte de Chile",
     "SANTIAGO (EFA) – Un sismo de magnitud 5,6 sacudió la madrugada del martes la región de Antofagasta, en el norte de "
     "Chile, informó el Centro Sismológico Nacional. El Servicio Hidrográfico descartó un tsunami en la costa."),
    ("brief", "elnorte", 2, "05:52", "ÚLTIMA HORA: Sismo de 5,6 en el norte de Chile, sin alerta de tsunami",
     "Un terremoto de magnitud 5,6 con epicentro a 40 kilómetros de Mejillones se sintió en Antofagasta y Calama. No hay "
     "reportes iniciales de víctimas."),
    ("translation", "gwire", 2, "06:20", "Magnitude 5.6 earthquake shakes northern Chile",
     "SANTIAGO (Globalwire) - An earthquake of magnitude 5.6 shook the Antofagasta region of northern Chile early on "
     "Tuesday, the National Seismological Centre said. The navy ruled out a tsunami and there were no reports of "
     "casualties."),
    ("rewrite", "prensaandina", 2, "07:05", "Madrugada de susto: vecinos de Antofagasta salen a la calle",
     "Cientos de personas abandonaron sus casas en pijama cuando el temblor de 5,6 grados remeció la ciudad minera pasadas "
     "las dos de la mañana. En Mejillones se cortó la luz durante media hora."),
    ("update", "efa", 2, "11:05", "ACTUALIZACIÓN 1-El sismo en Chile deja daños menores en Mejillones y Tocopilla",
     "SANTIAGO (EFA) – El terremoto de magnitud 5,6 que sacudió Antofagasta causó daños menores en una veintena de "
     "viviendas de Mejillones y Tocopilla y dos personas resultaron con heridas leves, según el balance del Senapred."),
])

O("L06-oaxaca-sismo", "lookalike", "efa", 2, "14:20", "Un sismo de magnitud 4,9 sacude Oaxaca, en el sur de México",
  "CIUDAD DE MÉXICO (EFA) – Un sismo de magnitud 4,9 se registró el martes en el estado de Oaxaca, en el sur de México, "
  "informó el Servicio Sismológico Nacional. La alerta sísmica no se activó en la capital y no hubo daños.")

S("S2-vuelaria-huelga-pilotos", [
    ("original", "efa", 1, "06:30", "Huelga de pilotos de Vuelaria: 140 vuelos cancelados",
     "MADRID (EFA) – La aerolínea Vuelaria ha cancelado 140 vuelos este lunes, primera jornada de la huelga convocada por "
     "el sindicato de pilotos Sepla, que reclama la recuperación de los salarios recortados en 2021."),
    ("rewrite", "diariosol", 1, "08:05", "Colas y cancelaciones en Barajas y El Prat por el paro de los pilotos",
     "Miles de pasajeros se encontraron con sus vuelos anulados en los principales aeropuertos españoles. La compañía de "
     "bajo coste ofreció reubicaciones, pero los mostradores se colapsaron desde primera hora."),
    ("cut", "elnorte", 1, "09:02", "El paro de pilotos deja en tierra 140 vuelos de Vuelaria", None),
    ("update", "efa", 1, "14:05", "ACTUALIZACIÓN 1-Vuelaria eleva a 162 los vuelos cancelados por la huelga de pilotos",
     "MADRID (EFA) – Vuelaria elevó este lunes a 162 el número de vuelos cancelados en la primera jornada de huelga de sus "
     "pilotos, unos 24.000 pasajeros afectados, y acusó al Sepla de incumplir los servicios mínimos."),
])

O("L07-vuelaria-pedido-airbus", "lookalike", "diariosol", 2, "10:05", "Vuelaria encarga 20 aviones A321neo a Airbus pese a la huelga",
  "La aerolínea Vuelaria ha firmado un pedido de 20 aviones Airbus A321neo valorado en unos 2.500 millones de euros a "
  "precio de catálogo, anunció el martes su consejero delegado, Javier Ordóñez, en pleno conflicto con los pilotos.")

# ================================================================ Italian-led
S("I1-olbia-nubifragio", [
    ("original", "ansi", 2, "05:50", "Nubifragio a Olbia, 200 sfollati",
     "OLBIA (ANSI) - Un violento nubifragio ha colpito nella notte Olbia e la Gallura: in poche ore sono caduti oltre 180 "
     "millimetri di pioggia e circa 200 persone sono state evacuate dalle case allagate, secondo la Protezione civile."),
    ("brief", "corrierelido", 2, "06:05", "ULTIM'ORA – Olbia, bomba d'acqua: evacuate 200 persone",
     "Strade trasformate in torrenti e scantinati allagati a Olbia dopo la pioggia torrenziale della notte. La Protezione "
     "civile ha evacuato circa 200 residenti."),
    ("rewrite", "cronacasarda", 2, "07:35", "La Gallura sott'acqua: a Olbia strade come fiumi",
     "Il rio Seligheddu è esondato di nuovo e le auto galleggiavano nei quartieri di Isticadeddu e Baratta. Scuole chiuse "
     "e duecento sfollati ospitati nel palazzetto dello sport."),
    ("translation", "gwire", 2, "08:02", "Flash floods force 200 from their homes in Sardinia's Olbia",
     "ROME (Globalwire) - Torrential overnight rain flooded streets in the Sardinian port town of Olbia, forcing about 200 "
     "people from their homes, Italy's civil protection department said on Tuesday. More than 180mm of rain fell."),
    ("update", "ansi", 3, "09:05", "AGGIORNAMENTO 1-Olbia, l'acqua si ritira: rientrano a casa gli sfollati",
     "OLBIA (ANSI) - A Olbia l'acqua si è ritirata e la maggior parte dei 200 sfollati ha potuto rientrare nelle proprie "
     "abitazioni mercoledì mattina, ha comunicato il Comune. Le scuole riapriranno giovedì."),
])

S("I2-ss131-incidente-paulilatino", [
    ("original", "cronacasarda", 2, "16:20", "Scontro tra un tir e un'auto sulla Statale 131, due morti",
     "Due persone sono morte martedì pomeriggio in uno scontro tra un camion e un'auto sulla Statale 131 all'altezza di "
     "Paulilatino, in provincia di Oristano. La carreggiata in direzione Cagliari è rimasta chiusa per ore."),
    ("rewrite", "ansi", 2, "17:34", "Carlo Felice, incidente mortale a Paulilatino: chiusa la carreggiata sud",
     "ORISTANO (ANSI) - Una coppia di Macomer ha perso la vita sulla Carlo Felice quando la loro utilitaria è finita "
     "contro un autoarticolato. Il conducente del mezzo pesante è rimasto illeso."),
    ("cut", "corrierelido", 2, "18:10", "Sardegna, tir contro auto sulla 131: morti due coniugi", None),
])

O("L15-olbia-procura-inchiesta", "lookalike", "cronacasarda", 3, "12:05", "Alluvione di Olbia, la Procura apre un'inchiesta",
  "La Procura di Tempio Pausania ha aperto un fascicolo per inondazione colposa dopo il nubifragio che ha allagato Olbia. "
  "Gli investigatori vogliono verificare la manutenzione dei canali e i lavori mai completati sul rio Seligheddu.")

# ================================================================ Polish-led
S("PL1-rpp-obniza-stopy", [
    ("original", "pan", 2, "13:10", "RPP obniżyła stopy procentowe o 25 pb. Referencyjna wynosi 4,25%",
     "Rada Polityki Pieniężnej obniżyła we wtorek stopy procentowe o 25 punktów bazowych, podał Narodowy Bank Polski. "
     "Stopa referencyjna wynosi od środy 4,25%, a stopa lombardowa 4,75%."),
    ("brief", "gazetawisla", 2, "13:13", "PILNE: RPP tnie stopy, referencyjna 4,25%",
     "Rada Polityki Pieniężnej zdecydowała o obniżce stóp procentowych o 25 punktów bazowych. Stopa referencyjna NBP "
     "spada do 4,25% i obowiązuje od jutra."),
    ("update", "pan", 2, "16:32", "AKTUALIZACJA 1-RPP obniża stopy; ekonomiści nie wykluczają kolejnego cięcia w grudniu",
     "Rada Polityki Pieniężnej obniżyła we wtorek stopę referencyjną o 25 punktów bazowych, do 4,25%. W komunikacie Rada "
     "wskazała na spadek inflacji bazowej; ekonomiści nie wykluczają kolejnej obniżki w grudniu."),
    ("rewrite", "gazetawisla", 2, "18:05", "Tańsze kredyty. Raty spadną o kilkadziesiąt złotych",
     "Posiadacze kredytów hipotecznych mogą liczyć na niższe raty po decyzji banku centralnego o cięciu kosztu pieniądza o "
     "ćwierć punktu. Przy kredycie na 400 tysięcy złotych rata spadnie o około 60 złotych."),
    ("regional", "kurierslaski", 3, "06:30", "Krótko: Rada Polityki Pieniężnej obniżyła stopy",
     "RPP obniżyła we wtorek stopy procentowe o 25 punktów bazowych. Stopa referencyjna wynosi teraz 4,25%, co oznacza "
     "niższe raty kredytów."),
])

S("PL2-prezes-nbp-cyfrowy-zloty", [
    ("original", "pan", 3, "09:20", "Prezes NBP: nie będzie cyfrowego złotego w tej dekadzie",
     "Narodowy Bank Polski nie planuje wprowadzenia cyfrowego złotego przed 2030 rokiem, powiedział w środę prezes NBP "
     "Tadeusz Wroński podczas Forum Bankowego w Warszawie. Dodał, że gotówka pozostanie podstawą obrotu."),
    ("rewrite", "gazetawisla", 3, "11:05", "Gotówka zostaje. Szef banku centralnego studzi plany cyfrowej waluty",
     "Tadeusz Wroński zapewnił bankowców, że polska waluta nie doczeka się elektronicznej wersji emitowanej przez bank "
     "centralny jeszcze przez kilka lat. Wystąpienie na forum w stolicy dotyczyło też bezpieczeństwa płatności."),
    ("regional", "kurierslaski", 3, "14:02", "Krótko: Prezes NBP o cyfrowym złotym",
     "Prezes NBP Tadeusz Wroński powiedział w środę, że cyfrowy złoty nie pojawi się przed 2030 rokiem, a gotówka "
     "pozostanie podstawą rozliczeń."),
])

# ================================================================ Dutch-led
S("N1-utrecht-treinstoring-bovenleiding", [
    ("original", "nlpers", 1, "05:50", "Geen treinen van en naar Utrecht Centraal door kapotte bovenleiding",
     "Door een kapotte bovenleiding rijden sinds maandagochtend vroeg geen treinen van en naar Utrecht Centraal, meldt "
     "ProRail. Reizigers tussen Amsterdam, Arnhem en Den Bosch moeten rekening houden met grote vertraging."),
    ("rewrite", "domstadpost", 1, "07:32", "Chaos in de Domstad: reizigers stranden op het grootste station van het land",
     "Op de perrons in Utrecht stonden maandagochtend duizenden forenzen te wachten op treinen die niet kwamen. Een "
     "beschadigde draad boven het spoor legde het knooppunt in de spits volledig plat."),
    ("cut", "dagbladdelta", 1, "08:05", "Spits in de war: treinverkeer rond Utrecht ligt stil", None),
    ("update", "nlpers", 1, "11:35", "UPDATE: Treinen rijden weer via Utrecht, oorzaak was losgeschoten draad",
     "Het treinverkeer van en naar Utrecht Centraal komt sinds 11.00 uur weer op gang, meldt ProRail. Een losgeschoten "
     "draad had de bovenleiding boven het emplacement beschadigd."),
])

S("N2-utrecht-overvecht-explosie", [
    ("original", "domstadpost", 1, "21:50", "Explosie bij woning in Overvecht, gevel zwaar beschadigd",
     "Bij een portiekwoning aan de Marshalllaan in Utrecht-Overvecht heeft maandagavond een explosie plaatsgevonden. De "
     "gevel en ramen van omliggende woningen raakten zwaar beschadigd, gewonden vielen er niet."),
    ("rewrite", "nlpers", 1, "23:05", "Ravage in Utrechtse flatwijk na explosie bij voordeur",
     "Een harde knal schrikte maandagavond bewoners van een portiekflat in Overvecht op. De politie onderzoekt of er een "
     "explosief bij de voordeur is neergelegd; een deel van de flat is ontruimd."),
    ("regional", "dagbladdelta", 2, "06:32", "Explosie beschadigt flat in Utrecht",
     "In de Utrechtse wijk Overvecht is maandagavond een explosie geweest bij een woning aan de Marshalllaan. Niemand "
     "raakte gewond, wel liep de gevel zware schade op."),
])

O("L18-amersfoort-zwolle-treinstoring", "lookalike", "nlpers", 2, "06:12", "Opnieuw treinstoring: geen treinen tussen Amersfoort en Zwolle",
  "Een dag na de storing rond Utrecht rijden er dinsdagochtend geen treinen tussen Amersfoort en Zwolle, meldt ProRail. "
  "Oorzaak is een defecte wissel bij Nunspeet; de NS zet bussen in.")

# ================================================================ Portuguese-led
S("P1-acores-sismo-sao-miguel", [
    ("original", "agtejo", 1, "04:30", "Sismo de magnitude 4,6 sentido na ilha de São Miguel",
     "Um sismo de magnitude 4,6 na escala de Richter foi sentido às 03:48 desta segunda-feira na ilha de São Miguel, nos "
     "Açores, informou o IPMA. Não há registo de danos pessoais ou materiais."),
    ("rewrite", "ilhasdiario", 1, "06:05", "Abalo acorda Ponta Delgada; sem danos a registar",
     "Muitos micaelenses acordaram sobressaltados com o tremor de terra desta madrugada, com epicentro no mar a sul da "
     "Lagoa. A Proteção Civil regional não recebeu pedidos de ajuda."),
    ("translation", "efa", 1, "07:02", "Un sismo de magnitud 4,6 sacude las Azores",
     "LISBOA (EFA) – Un terremoto de magnitud 4,6 se sintió la madrugada de este lunes en la isla de São Miguel, en el "
     "archipiélago portugués de las Azores, sin causar daños, según el Instituto Portugués del Mar y la Atmósfera."),
    ("cut", "jornalporto", 1, "08:04", "Terra treme nos Açores: sismo de 4,6 em São Miguel", None),
    ("update", "agtejo", 1, "10:20", "ATUALIZAÇÃO: IPMA revê sismo de São Miguel para magnitude 4,4",
     "O Instituto Português do Mar e da Atmosfera reviu para 4,4 a magnitude do sismo sentido na madrugada desta "
     "segunda-feira na ilha de São Miguel, nos Açores. Continuam sem registo danos pessoais ou materiais."),
])

O("L08-algarve-sismo", "lookalike", "agtejo", 1, "13:10", "Sismo de magnitude 3,8 sentido no Algarve",
  "Um sismo de magnitude 3,8 foi sentido às 12:31 desta segunda-feira em vários concelhos do Algarve, com epicentro no "
  "mar a sudoeste de Sagres, informou o IPMA. Não há registo de danos.")

# ================================================================ Swedish-led
S("SV1-goteborg-biskopsgarden-brand", [
    ("original", "nordnytt", 2, "03:20", "Brand i flerbostadshus i Biskopsgården – 40 evakuerade",
     "Ett fyrtiotal boende evakuerades under natten till tisdagen när det brann i ett flerbostadshus i Biskopsgården i "
     "Göteborg. Räddningstjänsten fick larmet strax efter klockan tre."),
    ("rewrite", "gbgkuriren", 2, "06:02", "Natt av rök och blåljus på Hisingen",
     "Grannarna på Vårväderstorget vaknade av sirener när elden spred sig i trapphuset i ett höghus. Ett fyrtiotal "
     "personer fick lämna sina lägenheter och samlades i en buss som räddningstjänsten ställde fram."),
    ("translation", "nyhedsbureau", 2, "07:04", "Brand i boligblok i Göteborg: 40 evakueret",
     "Omkring 40 beboere blev natten til tirsdag evakueret, da der udbrød brand i en boligblok i bydelen Biskopsgården i "
     "Göteborg, oplyser det svenske redningsberedskab."),
    ("update", "gbgkuriren", 2, "10:05", "UPPDATERAD: Branden i Biskopsgården släckt – två till sjukhus",
     "Branden i flerbostadshuset i Biskopsgården är släckt, meddelar räddningstjänsten. Två personer fördes till sjukhus "
     "med misstänkt rökskada och de flesta av de 40 evakuerade har fått flytta tillbaka."),
])

O("L09-goteborg-jarntorget-krock", "lookalike", "nordnytt", 2, "15:30", "Spårvagn och buss krockade vid Järntorget i Göteborg",
  "En spårvagn och en stadsbuss kolliderade vid Järntorget i centrala Göteborg på tisdagseftermiddagen. Fyra personer fick "
  "lindriga skador och spårvagnstrafiken genom området stod still i två timmar.")

# ================================================================ Danish-led
S("DA1-storebaelt-storm-lukket", [
    ("original", "nyhedsbureau", 3, "04:40", "Storm lukker Storebæltsbroen for lette køretøjer",
     "Storebæltsbroen er onsdag morgen lukket for motorcykler, campingvogne og andre lette køretøjer på grund af vindstød "
     "af stormstyrke, oplyser Sund & Bælt. DMI har udsendt varsel om farligt vejr."),
    ("rewrite", "fynsposten", 3, "06:35", "Kraftig blæst: Ingen campingvogne over Storebælt",
     "Trafikanter mellem Fyn og Sjælland må vente, hvis de kører med let køretøj eller trækker en vogn. Vinden nåede op på "
     "30 meter i sekundet over bæltet i morgentimerne."),
    ("cut", "jyskdagblad", 3, "07:40", "Storebæltsbroen delvist lukket på grund af storm", None),
    ("update", "nyhedsbureau", 3, "14:05", "OPDATERET: Storebæltsbroen er åben for alle igen",
     "Storebæltsbroen blev onsdag klokken 13.30 genåbnet for alle køretøjer, efter at vinden har lagt sig, oplyser Sund & "
     "Bælt. Broen var lukket for lette køretøjer i ni timer."),
])

# ================================================================ Czech-led
S("C1-ostrava-vybuch-plynu-poruba", [
    ("original", "zpravycz", 2, "08:10", "Výbuch plynu v paneláku v Ostravě-Porubě zranil pět lidí",
     "Pět zraněných si v úterý ráno vyžádal výbuch plynu v bytě v osmipatrovém panelovém domě v Ostravě-Porubě. Hasiči "
     "evakuovali přes 60 obyvatel, jeden člověk je ve vážném stavu."),
    ("rewrite", "moravadnes", 2, "09:42", "Rána probudila celé sídliště: v Porubě vyletěla okna",
     "Obyvatelé Opavské ulice popisují hlasitou ránu a střepy na chodníku. Záchranáři ošetřili pět lidí, domov muselo "
     "opustit šest desítek nájemníků."),
    ("update", "zpravycz", 2, "13:05", "AKTUALIZACE: Statik: dům v Porubě je obyvatelný kromě dvou pater",
     "Panelový dům v Ostravě-Porubě, kde ráno vybuchl plyn, je podle statika kromě šestého a sedmého patra obyvatelný. "
     "Většina z 60 evakuovaných se může vrátit domů."),
    ("translation", "kurierslaski", 3, "06:45", "Krótko: Wybuch gazu w bloku w Ostrawie",
     "W wyniku wybuchu gazu w bloku mieszkalnym w Ostrawie-Porubie rannych zostało pięć osób. Ewakuowano ponad 60 "
     "mieszkańców, jedna osoba jest w ciężkim stanie."),
])

O("L10-ostrava-policie-vysetrovani", "lookalike", "moravadnes", 3, "10:05", "Policie vyšetřuje výbuch v Porubě jako obecné ohrožení",
  "Kriminalisté zahájili úkony trestního řízení pro podezření z obecného ohrožení v souvislosti s úterním výbuchem plynu "
  "v Ostravě-Porubě. Zjišťují, zda někdo v bytě úmyslně nepoškodil plynové vedení.")

# ================================================================ Russian-led
S("R1-samara-vzryv-gaza", [
    ("original", "vestnik", 1, "05:15", "В Самаре произошёл взрыв газа в жилом доме, погибли три человека",
     "Три человека погибли и семеро пострадали при взрыве бытового газа в девятиэтажном доме на улице Ново-Садовой в "
     "Самаре утром в понедельник, сообщили в региональном управлении МЧС. Обрушились перекрытия двух этажей."),
    ("brief", "gazetaneva", 1, "05:21", "СРОЧНО: взрыв газа в многоэтажке в Самаре, есть погибшие",
     "В жилом доме на Ново-Садовой улице в Самаре прогремел взрыв газа, частично обрушились перекрытия. По данным МЧС, "
     "погибли три человека."),
    ("rewrite", "volgapress", 1, "07:02", "Обрушился подъезд на Ново-Садовой: спасатели разбирают завалы",
     "Жильцы рассказывают, что почувствовали запах газа ещё накануне вечером. Спасатели работают на месте обрушения "
     "восьмого и девятого этажей, из-под завалов извлечены тела трёх человек."),
    ("translation", "dniproinfo", 1, "08:04", "У Самарі стався вибух газу в житловому будинку, троє загиблих",
     "У російській Самарі в понеділок вранці у дев'ятиповерховому будинку вибухнув побутовий газ. Загинули троє людей, ще "
     "семеро постраждали, частково обвалилися перекриття."),
    ("update", "vestnik", 1, "13:05", "ОБНОВЛЕНО 1-Число пострадавших при взрыве газа в Самаре выросло до 11",
     "Число пострадавших при взрыве газа в жилом доме на улице Ново-Садовой в Самаре выросло до 11, сообщили в МЧС. Из "
     "соседних подъездов эвакуированы 140 жильцов."),
    ("update", "volgapress", 2, "07:05", "Число погибших при взрыве газа на Ново-Садовой выросло до пяти",
     "Под завалами дома на улице Ново-Садовой в Самаре ночью обнаружены тела ещё двух человек, погибших стало пять, "
     "сообщили в МЧС. Поисковая операция завершена."),
])

O("L22-tolyatti-pozhar-sklad", "lookalike", "vestnik", 1, "14:35", "В Тольятти горит склад, площадь пожара 2000 квадратных метров",
  "В Тольятти в понедельник загорелся складской комплекс на Южном шоссе, площадь возгорания достигла 2000 квадратных "
  "метров, сообщили в МЧС Самарской области. Пострадавших нет, пожару присвоен повышенный ранг.")
O("L14-samara-proshchanie", "lookalike", "volgapress", 3, "10:05", "В Самаре простились с погибшими при взрыве газа",
  "В Самаре в среду прошли похороны пяти жителей дома на улице Ново-Садовой, погибших при взрыве газа. Проститься с ними "
  "пришли несколько сотен человек, на месте трагедии вырос стихийный мемориал.")

# ================================================================ Ukrainian-led
S("U1-lvivshchyna-negoda-bez-svitla", [
    ("original", "lvivpost", 2, "06:00", "Негода на Львівщині: без світла понад 40 тисяч абонентів",
     "Через шквальний вітер і мокрий сніг на Львівщині в ніч на вівторок знеструмлено понад 40 тисяч абонентів у 180 "
     "населених пунктах, повідомили в обласній військовій адміністрації."),
    ("brief", "kyivvechir", 2, "06:12", "ТЕРМІНОВО: через негоду на Львівщині знеструмлено 180 населених пунктів",
     "Шквальний вітер і мокрий сніг пошкодили лінії електропередачі на Львівщині, без світла залишаються понад 40 тисяч "
     "абонентів. Енергетики працюють у посиленому режимі, повідомляє ОВА."),
    ("rewrite", "kyivvechir", 2, "09:05", "Повалені дерева і обірвані дроти: захід країни оговтується від шторму",
     "Найбільше постраждали Стрийський і Самбірський райони, де вітер валив дерева на дороги та лінії електропередачі. "
     "Без світла залишаються 40 тисяч споживачів."),
    ("translation", "kurierslaski", 2, "13:00", "Krótko: Wichura we Lwowie i okolicach, 40 tysięcy odbiorców bez prądu",
     "Silny wiatr i mokry śnieg pozbawiły prądu ponad 40 tysięcy odbiorców w obwodzie lwowskim na zachodzie Ukrainy. "
     "Awarie dotknęły 180 miejscowości."),
    ("update", "lvivpost", 3, "07:05", "ОНОВЛЕНО: На Львівщині відновили світло майже всім абонентам",
     "Енергетики відновили електропостачання майже всім абонентам Львівщини, які залишилися без світла через негоду. "
     "Знеструмленими залишаються близько 900 домогосподарств у гірських селах."),
])

O("L20-volyn-negoda", "lookalike", "dniproinfo", 2, "09:35", "Негода на Волині: знеструмлено 12 тисяч абонентів",
  "Через сильний вітер на Волині у вівторок без електропостачання залишилися близько 12 тисяч абонентів у 60 населених "
  "пунктах, повідомили у Волиньобленерго. Аварійні бригади працюють у Ковельському районі.")

# ================================================================ Turkish-led
S("T1-ege-denizi-deprem-izmir", [
    ("original", "haberajans", 1, "09:10", "Ege Denizi'nde 5,1 büyüklüğünde deprem: İzmir'de hissedildi",
     "AFAD, Ege Denizi'nde İzmir'in Karaburun ilçesi açıklarında saat 11.40'ta 5,1 büyüklüğünde deprem meydana geldiğini "
     "duyurdu. Deprem İzmir ve Manisa'da hissedildi, ilk belirlemelere göre can kaybı yok."),
    ("brief", "bosfor", 1, "09:13", "SON DAKİKA: Ege'de 5,1 büyüklüğünde deprem",
     "AFAD'ın verilerine göre İzmir'in Karaburun ilçesi açıklarında 5,1 büyüklüğünde deprem oldu. Sarsıntı İzmir ve "
     "Manisa'da güçlü şekilde hissedildi, ilk bilgilere göre can kaybı bulunmuyor."),
    ("translation", "gwire", 1, "09:42", "Magnitude 5.1 earthquake shakes Turkey's Izmir",
     "ISTANBUL (Globalwire) - An earthquake of magnitude 5.1 struck in the Aegean Sea off the Karaburun peninsula in "
     "western Turkey on Monday and was felt in Izmir, disaster agency AFAD said. There were no immediate reports of "
     "casualties."),
    ("rewrite", "egepost", 1, "10:35", "Karaburun açıklarındaki sarsıntı İzmirlileri sokağa döktü",
     "Körfez çevresindeki ilçelerde vatandaşlar paniğe kapılarak binalardan çıktı ve parklarda bekledi. Valilik, 5,1'lik "
     "depremin ardından okullarda eğitime bir saat ara verildiğini, hasar tespiti yapıldığını açıkladı."),
    ("update", "haberajans", 1, "13:05", "GÜNCELLEME: Ege'deki depremin büyüklüğü 5,0 olarak güncellendi",
     "AFAD, İzmir'in Karaburun ilçesi açıklarında meydana gelen depremin büyüklüğünü 5,1'den 5,0'a düşürdü. Yapılan hasar "
     "tespitinde Karaburun'da iki eski evin duvarlarında çatlak oluştuğu belirlendi."),
])

O("L11-malatya-deprem", "lookalike", "bosfor", 1, "16:05", "Malatya'da 4,3 büyüklüğünde deprem",
  "AFAD, Malatya'nın Pütürge ilçesinde saat 18.52'de 4,3 büyüklüğünde deprem meydana geldiğini açıkladı. Deprem "
  "Elazığ ve Adıyaman'da da hissedildi, olumsuz bir durum bildirilmedi.")

# ================================================================ Romanian-led
S("RO1-galati-inundatii", [
    ("original", "carpati", 2, "06:20", "Inundații în județul Galați: peste 300 de gospodării afectate",
     "Peste 300 de gospodării din județul Galați au fost inundate după ploile torențiale din ultimele 24 de ore, a anunțat "
     "ISU Galați. Cele mai afectate sunt comunele Pechea, Cudalbi și Smârdan."),
    ("rewrite", "jurnaldunarii", 2, "08:32", "Apă până la genunchi în satele gălățene: oamenii își scot lucrurile cu barca",
     "Pompierii au lucrat toată noaptea la Pechea și Cudalbi, unde pâraiele au ieșit din matcă. Trei sute de case au apă "
     "în curți și beciuri, iar 120 de oameni au fost evacuați."),
    ("update", "carpati", 2, "15:05", "ACTUALIZARE: Apele scad în Galați; o parte din evacuați s-au întors acasă",
     "Nivelul apelor a început să scadă marți după-amiază în comunele gălățene afectate de inundații, a anunțat ISU "
     "Galați. Peste 300 de gospodării rămân afectate, iar jumătate din cei 120 de evacuați s-au întors acasă."),
])

O("L12-galati-dn25-accident", "lookalike", "jurnaldunarii", 2, "13:05", "Accident grav pe DN25, în județul Galați: doi răniți",
  "Două persoane au fost rănite grav marți la prânz într-un accident între un autoturism și o autoutilitară pe DN25, la "
  "ieșirea din Tecuci, a anunțat Poliția Galați. Traficul a fost oprit pe ambele sensuri.")

# ================================================================ Hungarian-led
S("HU1-budapest-m3-metro-leallt", [
    ("original", "hirugynokseg", 1, "06:10", "Leállt az M3-as metró Budapesten áramellátási hiba miatt",
     "Áramellátási hiba miatt hétfő reggel leállt a forgalom az M3-as metró teljes vonalán Budapesten, közölte a BKV. A "
     "Kőbánya-Kispest és Újpest-Központ között pótlóbuszok járnak."),
    ("rewrite", "pestihirlap", 1, "07:35", "Reggeli káosz a kék metrón: tömeg a pótlóbuszoknál",
     "Ezrek várakoztak hétfő reggel a Népligetnél és a Lehel térnél, miután a kék metró szerelvényei megálltak. A "
     "pótlóbuszok zsúfolásig teltek, sokan gyalog indultak tovább."),
    ("update", "hirugynokseg", 1, "09:42", "FRISSÍTVE: Újra jár az M3-as metró",
     "Helyreállt az áramellátás, és fél tízkor újraindult a forgalom az M3-as metró teljes vonalán, közölte a BKV. A hibát "
     "egy kőbányai áramátalakító meghibásodása okozta."),
])

O("L21-budapest-4-6-villamos-leallt", "lookalike", "pestihirlap", 1, "14:05", "Leállt a 4-es és 6-os villamos a Nagykörúton",
  "Felsővezeték-szakadás miatt hétfő délután leállt a 4-es és 6-os villamos forgalma a Nagykörúton a Blaha Lujza tér és "
  "az Oktogon között, közölte a BKK. A villamosokat buszok pótolják.")

# ================================================================ template series (one label per day)
O("TS1-ftse-close-d1", "template", "capitalbrief", 1, "15:41", "FTSE 100 closes up 0.4% at 9,412.6",
  "London's FTSE 100 index closed up 38.1 points, or 0.4%, at 9,412.6 on Monday, led by miners and banks. The mid-cap "
  "FTSE 250 rose 0.2% and sterling was little changed against the dollar.")
O("TS1-ftse-close-d2", "template", "capitalbrief", 2, "15:42", "FTSE 100 closes down 0.7% at 9,347.9",
  "London's FTSE 100 index closed down 64.7 points, or 0.7%, at 9,347.9 on Tuesday. The FTSE 250 fell 1.1%, dragged "
  "lower by housebuilders after a profit warning from Pennant Homes.")
O("TS1-ftse-close-d3", "template", "capitalbrief", 3, "15:40", "FTSE 100 closes flat at 9,351.2",
  "London's FTSE 100 index closed almost unchanged at 9,351.2 on Wednesday as gains for oil producers offset falls in "
  "rate-sensitive stocks after stronger than expected inflation data. The FTSE 250 slipped 0.3%.")

O("TS2-cardiff-weather-d1", "template", "courier", 1, "05:00", "Cardiff weather: cloudy with showers, highs of 14C",
  "Cardiff will be mostly cloudy on Monday with scattered showers through the morning, the Met Office says. Highs of "
  "14C, with a moderate south-westerly wind and a low of 9C overnight.")
O("TS2-cardiff-weather-d2", "template", "courier", 2, "05:00", "Cardiff weather: heavy rain and gales, highs of 13C",
  "Cardiff faces heavy rain and gales on Tuesday, with gusts of up to 55mph along the coast, the Met Office says. Highs "
  "of 13C and a low of 8C overnight.")
O("TS2-cardiff-weather-d3", "template", "courier", 3, "05:00", "Cardiff weather: bright and breezy, highs of 12C",
  "Cardiff will see sunny spells and a brisk north-westerly wind on Wednesday after overnight rain clears, the Met "
  "Office says. Highs of 12C and a chilly low of 5C.")

O("TS3-dax-schluss-d1", "template", "boersenblick", 1, "15:46", "DAX schließt 0,5 Prozent fester bei 24.318 Punkten",
  "Der Deutsche Aktienindex hat den Montag mit einem Plus von 0,5 Prozent bei 24.318 Punkten beendet. Gefragt waren "
  "Autowerte und Versicherer, der Euro notierte bei 1,1642 Dollar.")
O("TS3-dax-schluss-d2", "template", "boersenblick", 2, "15:45", "DAX schließt 0,8 Prozent leichter bei 24.123 Punkten",
  "Der Deutsche Aktienindex hat den Dienstag mit einem Minus von 0,8 Prozent bei 24.123 Punkten beendet. Im MDax brachen "
  "Kessler-Lindt nach einer Gewinnwarnung und einer Durchsuchung um 19 Prozent ein.")
O("TS3-dax-schluss-d3", "template", "boersenblick", 3, "15:47", "DAX schließt kaum verändert bei 24.140 Punkten",
  "Der Deutsche Aktienindex hat den Mittwoch nahezu unverändert bei 24.140 Punkten beendet. Anleger hielten sich vor "
  "der Zinsentscheidung der EZB in der kommenden Woche zurück, der Euro kostete 1,1618 Dollar.")

O("TS4-meteo-milano-d1", "template", "corrierelido", 1, "05:30", "Meteo Milano, le previsioni per lunedì 19 ottobre",
  "A Milano cielo coperto al mattino con nebbie in dissolvimento, schiarite nel pomeriggio. Temperature comprese tra 11 "
  "e 18 gradi, venti deboli da est.")
O("TS4-meteo-milano-d2", "template", "corrierelido", 2, "05:30", "Meteo Milano, le previsioni per martedì 20 ottobre",
  "A Milano pioggia debole fin dal mattino, in intensificazione la sera. Temperature comprese tra 12 e 16 gradi, venti "
  "moderati da sud-est.")
O("TS4-meteo-milano-d3", "template", "corrierelido", 3, "05:30", "Meteo Milano, le previsioni per mercoledì 21 ottobre",
  "A Milano residue piogge al mattino, poi ampie schiarite dal pomeriggio. Temperature comprese tra 10 e 17 gradi, venti "
  "deboli variabili.")

O("TS5-multi-multi-d1", "template", "gazetawisla", 1, "20:10", "Wyniki Multi Multi z 19 października 2026, godz. 22:00",
  "Oto wyniki wieczornego losowania Multi Multi z poniedziałku 19 października: 2, 5, 9, 14, 18, 21, 27, 30, 33, 38, 41, "
  "45, 52, 57, 60, 63, 66, 71, 74, 79. Plus: 57.")
O("TS5-multi-multi-d2", "template", "gazetawisla", 2, "20:10", "Wyniki Multi Multi z 20 października 2026, godz. 22:00",
  "Oto wyniki wieczornego losowania Multi Multi z wtorku 20 października: 1, 4, 8, 12, 17, 23, 25, 29, 34, 36, 40, 47, "
  "50, 53, 58, 61, 68, 70, 76, 80. Plus: 23.")
O("TS5-multi-multi-d3", "template", "gazetawisla", 3, "20:11", "Wyniki Multi Multi z 21 października 2026, godz. 22:00",
  "Oto wyniki wieczornego losowania Multi Multi ze środy 21 października: 3, 6, 10, 15, 19, 22, 26, 31, 35, 39, 43, 46, "
  "49, 55, 59, 62, 67, 72, 75, 78. Plus: 46.")

O("TS6-curs-bnr-d1", "template", "carpati", 1, "11:10", "Curs BNR: euro 5,0912 lei, dolarul 4,3730 lei",
  "Banca Națională a României a anunțat luni un curs de referință de 5,0912 lei pentru un euro, în ușoară creștere față "
  "de vineri, iar dolarul american a fost cotat la 4,3730 lei.")
O("TS6-curs-bnr-d2", "template", "carpati", 2, "11:10", "Curs BNR: euro 5,0935 lei, dolarul 4,3808 lei",
  "Banca Națională a României a anunțat marți un curs de referință de 5,0935 lei pentru un euro, în ușoară creștere față "
  "de luni, iar dolarul american a fost cotat la 4,3808 lei.")
O("TS6-curs-bnr-d3", "template", "carpati", 3, "11:11", "Curs BNR: euro 5,0897 lei, dolarul 4,3812 lei",
  "Banca Națională a României a anunțat miercuri un curs de referință de 5,0897 lei pentru un euro, în scădere față de "
  "marți, iar dolarul american a fost cotat la 4,3812 lei.")

O("TS7-bist-kapanis-d1", "template", "haberajans", 1, "15:20", "Borsa günü yükselişle tamamladı: BIST 100 10.842 puan",
  "Borsa İstanbul'da BIST 100 endeksi günü yüzde 0,9 değer kazanarak 10.842 puandan tamamladı. Bankacılık endeksi yüzde "
  "1,6 yükselirken, dolar/TL 42,15 seviyesinde işlem gördü.")
O("TS7-bist-kapanis-d2", "template", "haberajans", 2, "15:21", "Borsa günü düşüşle tamamladı: BIST 100 10.716 puan",
  "Borsa İstanbul'da BIST 100 endeksi günü yüzde 1,2 değer kaybederek 10.716 puandan tamamladı. Sınai endeksi yüzde 1,5 "
  "gerilerken, dolar/TL 42,19 seviyesinde işlem gördü.")
O("TS7-bist-kapanis-d3", "template", "haberajans", 3, "15:20", "Borsa günü yatay tamamladı: BIST 100 10.731 puan",
  "Borsa İstanbul'da BIST 100 endeksi günü yüzde 0,1 artışla 10.731 puandan yatay tamamladı. Holding endeksi yüzde 0,4 "
  "yükselirken, dolar/TL 42,21 seviyesinde işlem gördü.")

# ================================================================ singles
O("X01-padstow-sheep-rescue", "single", "harbourherald", 2, "12:40", "Lifeboat crew rescue sheep stranded on cliff ledge near Padstow",
  "Volunteers from the Padstow lifeboat station used a rope line to bring a ewe back to safety after it spent two days "
  "stranded on a ledge above Trevone Bay. The farmer said the animal was unharmed.")
O("X02-library-book-52-years", "single", "northstar", 3, "11:20", "Library book returned 52 years late with an apology note",
  "A copy of a 1960s bird-watching guide borrowed from a library in Kendal in 1974 has been posted back with a "
  "handwritten apology and a £20 note. Staff said there would be no fine.")
O("X03-salzburg-festspielhaus-sanierung", "single", "alpenkurier", 1, "09:15", "Sanierung des Salzburger Festspielhauses wird 40 Millionen Euro teurer",
  "Die Generalsanierung des Großen Festspielhauses in Salzburg wird um rund 40 Millionen Euro teurer als geplant. Grund "
  "seien gestiegene Baukosten und Probleme mit dem Felsen hinter der Bühne, hieß es am Montag.")
O("X04-brest-fetes-maritimes-2028", "single", "ouestmatin", 2, "10:10", "Brest: les fêtes maritimes annoncent leurs dates pour 2028",
  "Les organisateurs des fêtes maritimes internationales de Brest ont annoncé mardi que la prochaine édition se tiendrait "
  "du 13 au 19 juillet 2028, avec plus de 1 000 bateaux attendus dans la rade.")
O("X05-bariloche-temporada-esqui", "single", "lanacionsur", 3, "13:30", "Bariloche cierra la temporada de esquí con cifras récord de visitantes",
  "El cerro Catedral cerró su temporada invernal con más de 480.000 visitantes, un récord histórico, informó la "
  "secretaría de Turismo de Río Negro. Las nevadas tardías permitieron extender la apertura dos semanas.")
O("X06-aosta-ponte-dora", "single", "gazzettavalle", 1, "10:40", "Aosta, inaugurato il nuovo ponte sulla Dora dopo tre anni di lavori",
  "È stato inaugurato lunedì ad Aosta il nuovo ponte ciclopedonale sulla Dora Baltea, che collega il quartiere Cogne alla "
  "zona della stazione. L'opera è costata 6,8 milioni di euro.")
O("X07-florianopolis-ciclovia", "single", "folhasul", 2, "14:15", "Florianópolis ganha nova ciclovia de 12 quilômetros na Beira-Mar",
  "A prefeitura de Florianópolis inaugurou nesta terça-feira uma ciclovia de 12 quilômetros ao longo da avenida "
  "Beira-Mar Continental, ligando o Estreito a Coqueiros. A obra custou 18 milhões de reais.")
O("X08-antwerpen-rode-pandas", "single", "gvanieuws", 3, "09:30", "Antwerpse zoo verwelkomt tweeling rode panda's",
  "In de Zoo van Antwerpen zijn twee rode panda's geboren, maakte het park woensdag bekend. De jongen kwamen al in "
  "augustus ter wereld maar bleven tot nu in het nest; bezoekers kunnen ze vanaf het weekend zien.")
O("X09-gdansk-zuraw-remont", "single", "pan", 1, "11:05", "Gdańsk: zabytkowy Żuraw znów otwarty dla zwiedzających",
  "Po trzech latach remontu średniowieczny Żuraw nad Motławą w Gdańsku ponownie przyjmuje zwiedzających. Odnowiono "
  "drewniane koła deptakowe i ekspozycję Narodowego Muzeum Morskiego.")
O("X10-irkutsk-pervyj-sneg", "single", "sibexpress", 2, "03:10", "В Иркутске выпал первый снег",
  "В Иркутске во вторник утром выпал первый в этом сезоне снег, сообщили синоптики. Коммунальные службы вывели на улицы "
  "40 единиц техники, на дорогах образовались пробки.")
O("X11-kyiv-zoo-levenyata", "single", "kyivvechir", 3, "10:20", "У київському зоопарку народилося двоє левенят",
  "У Київському зоопарку народилися двоє левенят, повідомила адміністрація закладу в середу. Малюки та їхня мама "
  "почуваються добре, відвідувачі зможуть побачити їх навесні.")
O("X12-norrbotten-norrsken", "single", "nordnytt", 1, "06:40", "Norrskenet lyste över hela Norrbotten",
  "Ett ovanligt kraftigt norrsken syntes över hela Norrbotten natten till måndagen, från Kiruna till Luleå. SMHI "
  "förklarar fenomenet med ett kraftigt utbrott på solen i slutet av förra veckan.")
O("X13-praha-zoo-okapi", "single", "zpravycz", 3, "09:10", "Pražská zoo představila mládě okapi",
  "Zoologická zahrada Praha ve středu poprvé ukázala veřejnosti mládě okapi, které se narodilo v září. Samička dostala "
  "jméno Zuri a je teprve osmým okapím mládětem v historii zahrady.")
O("X14-cesme-sezon-uzadi", "single", "egepost", 2, "12:00", "Çeşme'de sezon uzadı: otellerde doluluk yüzde 80",
  "Ekim ayında süren sıcak hava nedeniyle Çeşme'deki otellerde doluluk oranı yüzde 80'e ulaştı. Turizmciler, sezonun "
  "kasım ortasına kadar uzamasını bekliyor.")
O("X15-odense-zoo-giraffer", "single", "fynsposten", 1, "10:15", "Odense Zoo får to nye giraffer fra Polen",
  "Odense Zoo har fået to unge giraffer fra en zoologisk have i Wrocław. Hunnerne skal indgå i parkens avlsprogram og "
  "kan ses af publikum fra på lørdag, oplyser zoo.")
O("X16-cluj-teatrul-national", "single", "carpati", 3, "14:10", "Cluj-Napoca: Teatrul Național se redeschide după renovare",
  "Teatrul Național din Cluj-Napoca își redeschide porțile vineri, după trei ani de lucrări de renovare. Clădirea are o "
  "nouă mașinărie de scenă și o sală de repetiții la mansardă.")
O("X17-szeged-paprika-rekordtermes", "single", "hirugynokseg", 2, "08:20", "Rekordtermés paprikából a Dél-Alföldön",
  "Az idei évben rekordtermést takarítottak be a szegedi fűszerpaprika-termelők, közölte a termelői szövetség. A "
  "hosszú, napos ősz miatt hektáronként átlagosan 14 tonna termett.")

# ================================================================ planned trap pairs (story labels)
# 1. same place, same day, different events
TRAP("place", "E01-sheffield-tram-derailment", "E02-sheffield-parking-levy-vote", "Sheffield, Monday")
TRAP("place", "E01-sheffield-tram-derailment", "L19-sheffield-ecclesall-road-pedestrian", "Sheffield, Monday")
TRAP("place", "E02-sheffield-parking-levy-vote", "L19-sheffield-ecclesall-road-pedestrian", "Sheffield, Monday")
TRAP("place", "E03-felixstowe-warehouse-fire", "E04-felixstowe-dock-strike", "Port of Felixstowe, Tuesday")
TRAP("place", "E14-glasgow-govanhill-tenement-fire", "E15-glasgow-polmadie-recycling-fire", "two fires, Glasgow, Tuesday")
TRAP("place", "E16-cumbria-floods", "E17-m6-tebay-fatal-crash", "Cumbria, Wednesday")
TRAP("place", "F1-lyon-bus-abribus-part-dieu", "F2-lyon-gratuite-tcl-mineurs", "Lyon and TCL, Monday")
TRAP("place", "I1-olbia-nubifragio", "I2-ss131-incidente-paulilatino", "Sardinia, Tuesday")
TRAP("place", "N1-utrecht-treinstoring-bovenleiding", "N2-utrecht-overvecht-explosie", "Utrecht, Monday")
TRAP("place", "SV1-goteborg-biskopsgarden-brand", "L09-goteborg-jarntorget-krock", "Gothenburg, Tuesday")
TRAP("place", "RO1-galati-inundatii", "L12-galati-dn25-accident", "Galați county, Tuesday")
# 2. same company / institution, same or next day
TRAP("company", "E05-pennant-homes-profit-warning", "E06-pennant-homes-ceo-steps-down", "Pennant Homes, Tue/Wed")
TRAP("company", "E18-harrowfield-united-home-defeat", "E19-harrowfield-sack-keane", "Harrowfield United, Mon/Tue")
TRAP("company", "E20-velmora-kestrel-recall", "L05-velmora-gearbox-class-action", "Velmora Kestrel, Mon/Tue")
TRAP("company", "D1-kessler-lindt-gewinnwarnung", "D2-kessler-lindt-razzia", "Kessler-Lindt, Tuesday")
TRAP("company", "S2-vuelaria-huelga-pilotos", "L07-vuelaria-pedido-airbus", "Vuelaria, Mon/Tue")
TRAP("company", "PL1-rpp-obniza-stopy", "PL2-prezes-nbp-cyfrowy-zloty", "NBP/RPP, Tue/Wed")
# 3. template twins
TRAP("template", "E07-hokkaido-quake", "E08-sumatra-quake", "Magnitude X earthquake strikes off …, Monday")
TRAP("template", "E07-hokkaido-quake", "T1-ege-denizi-deprem-izmir", "quake headlines in en, Monday")
TRAP("template", "E08-sumatra-quake", "T1-ege-denizi-deprem-izmir", "quake headlines in en, Monday")
TRAP("template", "E08-sumatra-quake", "S1-antofagasta-terremoto", "quake headlines in en, Mon/Tue")
TRAP("template", "E09-uk-inflation-september", "E10-canada-inflation-september", "… inflation … in September")
TRAP("template", "E10-canada-inflation-september", "L03-new-zealand-inflation-q3", "inflation releases, same UTC days")
TRAP("template", "E09-uk-inflation-september", "L03-new-zealand-inflation-q3", "inflation rises to …")
TRAP("template", "E11-unsmil-libya-renewal", "L04-eufor-althea-renewal", "UN Security Council renews …, same session")
TRAP("template", "E12-gatwick-baggage-strike", "E13-edinburgh-airport-security-strike", "airport strikes, Monday")
TRAP("template", "S1-antofagasta-terremoto", "L06-oaxaca-sismo", "Un sismo de magnitud … sacude …")
TRAP("template", "P1-acores-sismo-sao-miguel", "L08-algarve-sismo", "Sismo de magnitude … sentido …, same outlet")
TRAP("template", "T1-ege-denizi-deprem-izmir", "L11-malatya-deprem", "… büyüklüğünde deprem, Monday")
TRAP("template", "D1-kessler-lindt-gewinnwarnung", "L16-rehm-sohn-gewinnwarnung", "… senkt Prognose, Tuesday")
TRAP("template", "N1-utrecht-treinstoring-bovenleiding", "L18-amersfoort-zwolle-treinstoring", "treinstoring, next day")
TRAP("template", "U1-lvivshchyna-negoda-bez-svitla", "L20-volyn-negoda", "Негода на …: знеструмлено …")
TRAP("template", "HU1-budapest-m3-metro-leallt", "L21-budapest-4-6-villamos-leallt", "Leállt a(z) …, Budapest, Monday")
for _series in ("TS1-ftse-close", "TS2-cardiff-weather", "TS3-dax-schluss", "TS4-meteo-milano", "TS5-multi-multi",
                "TS6-curs-bnr", "TS7-bist-kapanis"):
    TRAP("template", _series + "-d1", _series + "-d2", "series")
    TRAP("template", _series + "-d2", _series + "-d3", "series")
    TRAP("template", _series + "-d1", _series + "-d3", "series")
# 4. vocabulary: updates, briefs, columns of other events
TRAP("vocab", "E03-felixstowe-warehouse-fire", "E14-glasgow-govanhill-tenement-fire", "UPDATE 1- fire vs fire, Tuesday")
TRAP("vocab", "E03-felixstowe-warehouse-fire", "E15-glasgow-polmadie-recycling-fire", "fire vs fire; same column Wed")
TRAP("vocab", "E04-felixstowe-dock-strike", "E15-glasgow-polmadie-recycling-fire", "News in brief column, Wednesday")
TRAP("vocab", "E04-felixstowe-dock-strike", "E12-gatwick-baggage-strike", "strike updates, News in brief columns")
TRAP("vocab", "E12-gatwick-baggage-strike", "E20-velmora-kestrel-recall", "News in brief column, Tuesday")
TRAP("vocab", "E12-gatwick-baggage-strike", "E18-harrowfield-united-home-defeat", "News in brief column, Tuesday")
TRAP("vocab", "E18-harrowfield-united-home-defeat", "E20-velmora-kestrel-recall", "News in brief column, Tuesday")
TRAP("vocab", "E01-sheffield-tram-derailment", "E20-velmora-kestrel-recall", "Kurz notiert column (de), Tuesday")
TRAP("vocab", "E09-uk-inflation-september", "E11-unsmil-libya-renewal", "En bref column (fr), Wednesday")
TRAP("vocab", "F2-lyon-gratuite-tcl-mineurs", "E09-uk-inflation-september", "En bref column (fr)")
TRAP("vocab", "U1-lvivshchyna-negoda-bez-svitla", "C1-ostrava-vybuch-plynu-poruba", "Krótko column (pl)")
TRAP("vocab", "PL1-rpp-obniza-stopy", "C1-ostrava-vybuch-plynu-poruba", "Krótko column (pl), Wednesday")
TRAP("vocab", "E05-pennant-homes-profit-warning", "D1-kessler-lindt-gewinnwarnung", "BRIEF- profit guidance cuts (en), Tuesday")
TRAP("vocab", "E05-pennant-homes-profit-warning", "TS1-ftse-close-d2", "market close mentions the profit warning")
TRAP("vocab", "D1-kessler-lindt-gewinnwarnung", "TS3-dax-schluss-d2", "DAX close mentions the profit warning")
TRAP("vocab", "R1-samara-vzryv-gaza", "L22-tolyatti-pozhar-sklad", "ОБНОВЛЕНО / МЧС Samara region, Monday")
# 5. next-day follow-ups that are separate stories
TRAP("followup", "E01-sheffield-tram-derailment", "L01-raib-sheffield-investigation", "investigation opened")
TRAP("followup", "E07-hokkaido-quake", "L02-hokkaido-aftershock", "new tremor")
TRAP("followup", "E14-glasgow-govanhill-tenement-fire", "L13-govanhill-fire-arrest", "arrest and charge")
TRAP("followup", "C1-ostrava-vybuch-plynu-poruba", "L10-ostrava-policie-vysetrovani", "investigation opened")
TRAP("followup", "R1-samara-vzryv-gaza", "L14-samara-proshchanie", "funeral")
TRAP("followup", "I1-olbia-nubifragio", "L15-olbia-procura-inchiesta", "inquiry opened")
TRAP("followup", "F1-lyon-bus-abribus-part-dieu", "L17-lyon-chauffeur-garde-a-vue", "driver in custody")

# ================================================================ same-story follow-ups (positives)
SAME("E01-sheffield-tram-derailment", "d2: broken rail was the cause")
SAME("E03-felixstowe-warehouse-fire", "d2: fire under control")
SAME("E07-hokkaido-quake", "d1: magnitude revised to 6.0")
SAME("E14-glasgow-govanhill-tenement-fire", "d2: fire started deliberately (cause)")
SAME("E15-glasgow-polmadie-recycling-fire", "d3: fire out after 13 hours")
SAME("E16-cumbria-floods", "d3: 240 homes (revised count)")
SAME("E20-velmora-kestrel-recall", "d1: recall widened to 210,000 (revised count)")
SAME("I1-olbia-nubifragio", "d3: water receding, evacuees home")
SAME("R1-samara-vzryv-gaza", "d2: toll rises to five")
SAME("U1-lvivshchyna-negoda-bez-svitla", "d3: power restored")
SAME("DA1-storebaelt-storm-lukket", "d3: bridge reopened")
SAME("N1-utrecht-treinstoring-bovenleiding", "d1: trains running again, cause found")
SAME("HU1-budapest-m3-metro-leallt", "d1: metro running again")
SAME("S1-antofagasta-terremoto", "d2: damage assessed")
SAME("P1-acores-sismo-sao-miguel", "d1: magnitude revised to 4.4")
SAME("T1-ege-denizi-deprem-izmir", "d1: magnitude revised to 5.0, damage assessed")
