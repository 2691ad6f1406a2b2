"""Week H (heldout9.json): Mon 12 - Wed 14 Oct 2026. Day numbers are 1..3."""
import datetime as dt
from common import Corpus

CORPUS = Corpus("h9", dt.date(2026, 10, 12))
S = CORPUS.story
O = CORPUS.one

# ---------------------------------------------------------------- English-led
S("E01-java-quake", [
    ("original", "gwire", 2, "02:55", "Magnitude 5.6 earthquake strikes off Java, Indonesia",
     "JAKARTA (Globalwire) - An earthquake of magnitude 5.6 struck off the southern coast of Indonesia's Java island at 02:31 "
     "GMT on Tuesday, the meteorology and geophysics agency BMKG said. It did not have the potential to trigger a tsunami."),
    ("brief", "northstar", 2, "03:02", "BRIEF-Magnitude 5.6 quake off Java, no tsunami threat - BMKG",
     "Indonesia's BMKG says magnitude 5.6 earthquake struck in the Indian Ocean south of Java at a depth of 35 km; shaking "
     "felt in Yogyakarta and Cilacap; no tsunami potential."),
    ("rewrite", "worldline", 2, "04:30", "World: Shoppers and worshippers spill into streets as tremor rattles central Java",
     "People ran out of malls and mosques in Yogyakarta as shaking from an offshore quake rattled windows for several "
     "seconds. Disaster officials said they were checking reports of damaged homes in Cilacap."),
    ("translation", "vestnik", 2, "05:00", "Землетрясение магнитудой 5,6 произошло у побережья Явы",
     "Землетрясение магнитудой 5,6 произошло во вторник у южного побережья индонезийского острова Ява, сообщило агентство "
     "метеорологии и геофизики Индонезии. Угрозы цунами нет."),
    ("update", "gwire", 2, "09:40", "UPDATE 1-Two killed, 140 homes damaged as quake hits Indonesia's Java",
     "Two people were killed when walls collapsed in Cilacap regency after a magnitude 5.6 earthquake struck off Java on "
     "Tuesday, Indonesia's disaster mitigation agency said, adding that 140 houses had been damaged."),
    ("regional", "pacificecho", 2, "11:30", "Java quake: no Australians among casualties, DFAT says",
     "The Department of Foreign Affairs and Trade said it had no reports of Australians hurt in Tuesday's magnitude 5.6 "
     "earthquake off Java, which killed two people in Cilacap and damaged 140 homes."),    ("regional", "courier", 3, "06:40", "In brief: Two dead as quake strikes off Java",
     "Two people were killed and 140 homes damaged in Cilacap on Indonesia's Java island after a magnitude 5.6 earthquake "
     "struck offshore on Tuesday. There was no tsunami, officials said."),
])

S("E02-mindanao-quake", [
    ("original", "gwire", 2, "11:35", "Magnitude 5.0 earthquake strikes off Mindanao, Philippines",
     "MANILA (Globalwire) - An earthquake of magnitude 5.0 struck off the eastern coast of the southern Philippine island of "
     "Mindanao at 11:12 GMT on Tuesday, the Philippine Institute of Volcanology and Seismology said. No damage was expected."),
    ("rewrite", "pacificecho", 2, "13:00", "Tremor rattles Surigao as seismologists warn of aftershocks",
     "Residents of Surigao del Sur felt moderate shaking for about ten seconds on Tuesday evening from a quake measured at 5.0 "
     "in the Philippine Sea. The national seismology agency said minor aftershocks were likely."),
    ("cut", "northstar", 2, "13:40", "Moderate quake off Mindanao, no damage expected", None),
])

S("E03-india-cpi", [
    ("original", "gwire", 1, "10:35", "India's retail inflation eases to 2.9% in September",
     "NEW DELHI (Globalwire) - India's annual retail inflation eased to 2.9% in September from 3.4% in August as vegetable "
     "prices fell, government data showed on Monday, staying below the central bank's 4% target for a fourth month."),
    ("brief", "capitalbrief", 1, "10:36", "BRIEF-India Sept CPI inflation 2.9% y/y vs 3.4% in Aug",
     "India's statistics ministry says September consumer price inflation at 2.9% year on year versus 3.4% in August; food "
     "inflation at 1.6%; economists polled had forecast 3.1%."),
    ("rewrite", "northstar", 1, "12:30", "Cheaper onions and tomatoes pull Indian price growth lower",
     "A bumper monsoon harvest pushed down food costs in Asia's third-largest economy last month, official figures showed, "
     "giving the Reserve Bank room to cut rates in December. Core inflation held close to 4%."),
])

S("E04-minurso-renewal", [
    ("original", "gwire", 3, "19:30", "UN Security Council extends Western Sahara mission for a year",
     "UNITED NATIONS (Globalwire) - The UN Security Council on Wednesday extended the mandate of the UN mission in Western "
     "Sahara, MINURSO, until 31 October 2027, with 12 votes in favour and three abstentions."),
    ("translation", "efa", 3, "20:10", "La ONU prorroga un año la misión en el Sáhara Occidental",
     "El Consejo de Seguridad de la ONU prorrogó este miércoles hasta el 31 de octubre de 2027 el mandato de la misión de "
     "Naciones Unidas en el Sáhara Occidental (MINURSO), con 12 votos a favor y tres abstenciones."),
    ("rewrite", "worldline", 3, "20:45", "World: Council keeps ceasefire monitors in disputed desert territory",
     "The MINURSO observer force, which has watched over a ceasefire line in the former Spanish colony since 1991, will stay "
     "until next October after a divided vote in New York."),
    ("cut", "northstar", 3, "21:20", "Western Sahara mission renewed in divided Council vote", None),
])

S("E05-glasgow-subway-strike", [
    ("original", "scotsbeacon", 1, "05:35", "Glasgow Subway shut as workers begin 48-hour strike",
     "Glasgow's Subway was closed on Monday as around 300 staff began a 48-hour strike over pay and rosters, Strathclyde "
     "Partnership for Transport said. No replacement buses are being provided."),
    ("rewrite", "ledger", 1, "08:00", "Clockwork Orange grinds to a halt as staff walk out",
     "By Euan McLeish, Scotland Correspondent. The city's underground loop, nicknamed the Clockwork Orange, stood silent as "
     "drivers, station staff and engineers took industrial action in a dispute over a 3% pay offer."),
    ("update", "scotsbeacon", 1, "15:00", "UPDATE: Packed buses and long walks as Glasgow Subway strike continues",
     "Bus operators in Glasgow added services on routes along the Subway loop, but passengers reported packed vehicles at rush "
     "hour as the 48-hour strike by 300 Subway staff went on, Strathclyde Partnership for Transport said."),
    ("regional", "courier", 2, "06:40", "In brief: Glasgow Subway strike enters second day",
     "Glasgow's Subway remains closed on Tuesday, the second day of a 48-hour strike by around 300 staff over pay and rosters. "
     "Services are due to resume on Wednesday morning."),
])

S("E06-liverpool-grain-terminal-fire", [
    ("original", "ledger", 1, "03:05", "Fire breaks out at grain terminal in Port of Liverpool",
     "Firefighters were called to a large fire at a grain terminal at the Port of Liverpool in Seaforth shortly after midnight "
     "on Monday, Merseyside Fire and Rescue Service said. Residents in Bootle and Crosby were told to keep windows closed."),
    ("brief", "northstar", 1, "03:15", "BRIEF-Merseyside crews tackle fire at Liverpool port grain terminal",
     "Merseyside Fire and Rescue says 12 engines at fire in grain silo complex at Seaforth, Port of Liverpool; residents "
     "advised to keep doors and windows shut; no reported injuries."),
    ("rewrite", "gwire", 1, "06:20", "Silo blaze lights up Mersey skyline as night shift evacuated",
     "Flames leapt from a conveyor tower at the Seaforth dock complex overnight, sending smoke over Bootle as 40 workers on "
     "the night shift were led to safety. Crews used a high-volume pump to draw water from the river."),
    ("update", "ledger", 1, "11:30", "UPDATE: Liverpool grain terminal fire under control, dust explosion ruled out",
     "The fire at a grain terminal in the Port of Liverpool was under control by mid-morning on Monday, the fire service said. "
     "Investigators have ruled out a dust explosion and believe the fire started in a conveyor belt motor."),
    ("regional", "eveningmetro", 2, "07:20", "Seaforth grain terminal fire burned for ten hours, crews say",
     "A fire at the Port of Liverpool's grain terminal in Seaforth burned for ten hours before it was put out, Merseyside "
     "firefighters said. It started in a conveyor motor and nobody was hurt."),
])

S("E07-calloway-alzheimers-trial", [
    ("original", "gwire", 2, "06:05", "Calloway's Alzheimer's drug fails in late-stage trial",
     "LONDON (Globalwire) - Calloway Pharmaceuticals said on Tuesday its experimental Alzheimer's drug veranumab failed to "
     "slow cognitive decline in a late-stage trial of 1,850 patients, dealing a blow to the company's most important "
     "research programme."),
    ("brief", "capitalbrief", 2, "06:06", "BRIEF-Calloway says Phase 3 veranumab trial missed primary endpoint",
     "Calloway Pharmaceuticals says Phase 3 trial of veranumab in early Alzheimer's disease did not meet its primary endpoint; "
     "no new safety signals observed; company to discontinue programme and take impairment charge."),
    ("rewrite", "northstar", 2, "08:40", "Another dementia hope fades as antibody shows no benefit",
     "Patients given monthly infusions of Calloway's antibody declined at the same rate as those on placebo over 18 months, "
     "the drugmaker said, ending a decade-long effort. Researchers called the result disappointing but not surprising."),
    ("translation", "rheinblatt", 2, "10:00", "Alzheimer-Mittel von Calloway scheitert in entscheidender Studie",
     "Das britische Pharmaunternehmen Calloway Pharmaceuticals ist mit seinem Alzheimer-Wirkstoff Veranumab in einer großen "
     "Studie mit 1850 Patienten gescheitert. Das Mittel konnte den geistigen Verfall nicht bremsen."),
    ("update", "gwire", 2, "12:15", "UPDATE 1-Calloway shares crash 34% after Alzheimer's drug failure",
     "Shares in Calloway Pharmaceuticals fell 34% in London on Tuesday, wiping about 2.1 billion pounds off its market value, "
     "after its Alzheimer's drug veranumab failed in a late-stage trial."),
])

S("E08-calloway-inhaler-patent", [
    ("original", "ledger", 2, "15:35", "Calloway wins patent fight with Medora Generics over asthma inhaler",
     "By Anna Smith, Business Correspondent. Calloway Pharmaceuticals won a High Court ruling on Tuesday that blocks Medora "
     "Generics from selling a cheaper copy of its best-selling asthma inhaler until the patent expires in 2031."),
    ("rewrite", "capitalbrief", 2, "16:10", "Court shields Calloway's Breathra franchise from generic rival",
     "A London judge upheld Calloway's patent on the Breathra inhaler, rejecting Medora's argument that the device was "
     "obvious. The product brings in about 600 million pounds a year, partly cushioning the blow from the company's failed "
     "dementia trial."),
    ("copy", "courier", 2, "17:00", "Calloway keeps generic inhaler off the market after High Court win", None),
])

S("E09-belfast-mill-fire", [
    ("original", "ulsterpost", 2, "01:40", "Major fire at former linen mill in north Belfast",
     "More than 60 firefighters were tackling a major fire at a derelict former linen mill off the Crumlin Road in north "
     "Belfast late on Monday, the Northern Ireland Fire and Rescue Service said. Nearby homes were evacuated."),
    ("rewrite", "gwire", 2, "05:50", "Roof of derelict Victorian mill caves in as flames light up Belfast sky",
     "BELFAST (Globalwire) - The roof of a five-storey spinning mill collapsed overnight as crews battled flames visible across "
     "the city. About 30 households were moved to a leisure centre as a precaution."),
    ("update", "ulsterpost", 2, "12:00", "UPDATE: Belfast mill fire out after 11 hours, residents return home",
     "The fire at the former linen mill off the Crumlin Road in north Belfast was extinguished after 11 hours on Tuesday, and "
     "the 30 households evacuated overnight were allowed home, the fire service said."),
    ("regional", "courier", 3, "06:50", "In brief: Blaze guts Belfast mill",
     "A derelict former linen mill in north Belfast was gutted by a fire that took 60 firefighters 11 hours to put out on "
     "Monday night and Tuesday. Thirty households were briefly evacuated."),
])

S("E10-cascadia-gander-diversion", [
    ("original", "gwire", 1, "04:05", "Transatlantic flight diverts to Gander after smoke in cabin",
     "A Cascadia Air Boeing 787 flying from London to Vancouver with 268 people on board diverted to Gander, Newfoundland, late "
     "on Sunday after the crew reported smoke in the cabin, the airline said. Nobody was seriously hurt."),
    ("rewrite", "northstar", 1, "06:30", "Passengers slide down chutes on Newfoundland runway after smoky diversion",
     "Travellers on Cascadia flight 88 left the aircraft by emergency slides in Gander after the cabin filled with an acrid "
     "smell over the Atlantic. Four were checked by paramedics for minor bruises."),
    ("cut", "ledger", 1, "08:00", "London-Vancouver jet diverts to Gander with cabin smoke", None),
    ("update", "gwire", 2, "15:10", "UPDATE 1-Overheated galley oven caused smoke on Cascadia jet, airline says",
     "An overheated oven in the rear galley caused the smoke that forced a Cascadia Air Boeing 787 to divert to Gander on "
     "Sunday, the airline said on Tuesday after an inspection. Passengers reached Vancouver on a replacement aircraft."),
])

S("E11-queenstown-gondola-stalls", [
    ("original", "pacificecho", 1, "03:35", "Sixty people stranded as Queenstown gondola stalls",
     "About 60 people were stranded in cabins above Queenstown on Monday afternoon after the Wakatipu Gondola stopped, operator "
     "Kea Alpine said. Rescue teams were preparing to lower passengers to the ground by rope."),
    ("rewrite", "gwire", 1, "04:40", "Tourists dangle above Lake Wakatipu as cable car breaks down",
     "WELLINGTON (Globalwire) - Visitors including children were left swinging in cabins high above the New Zealand resort "
     "town after a mechanical fault halted the line. Alpine rescuers began abseiling passengers down."),
    ("update", "pacificecho", 1, "09:50", "UPDATE 1-All 62 gondola passengers brought down safely in Queenstown",
     "All 62 people stranded on the Wakatipu Gondola in Queenstown have been brought to the ground safely after a five-hour "
     "rope rescue, Kea Alpine said late on Monday. Two were treated for mild hypothermia."),
    ("update", "gwire", 2, "02:20", "Broken drive bearing halted Queenstown gondola, operator says",
     "WELLINGTON (Globalwire) - A broken bearing in the main drive wheel caused Monday's breakdown of the Wakatipu Gondola in "
     "Queenstown, which left 62 people stranded for up to five hours, operator Kea Alpine said on Tuesday."),
])

S("E12-northpoint-aldgate-deal", [
    ("original", "gwire", 1, "06:35", "Northpoint Group agrees £4.1 billion takeover of Aldgate Insurance",
     "LONDON (Globalwire) - Northpoint Group has agreed to buy British insurer Aldgate Insurance for 4.1 billion pounds in "
     "cash, the companies said on Monday, offering 512 pence per share, a 38% premium to Friday's closing price."),
    ("brief", "capitalbrief", 1, "06:36", "BRIEF-Aldgate Insurance agrees 512p/share cash offer from Northpoint",
     "Aldgate Insurance says board recommends cash offer from Northpoint Group at 512 pence per share, valuing the company at "
     "about 4.1 billion pounds; offer represents 38% premium to last close."),
    ("rewrite", "ledger", 1, "09:15", "Aldgate's board backs bid as Bermuda investor swoops on home insurer",
     "By Priya Mehta, Financial Editor. Aldgate, which insures one in twelve British homes, has agreed to be taken over by "
     "Bermuda-based Northpoint, ending 180 years of independence. Staff were told jobs at its Norwich headquarters were safe."),
    ("translation", "dpn", 1, "10:00", "Northpoint übernimmt britischen Versicherer Aldgate für 4,1 Milliarden Pfund",
     "Die Northpoint Group übernimmt den britischen Versicherer Aldgate Insurance für 4,1 Milliarden Pfund in bar. Der "
     "Kaufpreis von 512 Pence je Aktie liegt 38 Prozent über dem Schlusskurs vom Freitag, teilten die Unternehmen am Montag mit."),
    ("cut", "northstar", 1, "10:30", "Bermuda's Northpoint to buy UK home insurer Aldgate", None),
    ("update", "gwire", 1, "15:50", "UPDATE 1-Aldgate shares jump 35% on Northpoint deal",
     "Aldgate Insurance shares rose 35% to 505 pence on Monday after it agreed to a 4.1 billion pound takeover by Northpoint "
     "Group. Analysts said a counter-bid looked unlikely given the size of the premium."),
])

S("E13-leduc-bank-settlement", [
    ("original", "gwire", 2, "17:05", "Canadian court approves C$120 million settlement over Leduc Bank fees",
     "TORONTO (Globalwire) - The Ontario Superior Court of Justice on Tuesday approved a C$120 million settlement of a class "
     "action accusing Leduc Bank of charging unlawful overdraft fees to about 900,000 customers between 2015 and 2022."),
    ("rewrite", "northstar", 2, "18:30", "Leduc Bank customers in line for overdraft refunds",
     "Account holders who paid repeated overdraft charges could get up to C$400 each after a judge signed off on the lender's "
     "deal with plaintiffs. The bank admitted no wrongdoing."),
    ("cut", "worldline", 2, "19:10", "World: Ontario judge approves Leduc Bank fee settlement", None),
    ("copy", "ledger", 2, "20:05", "Leduc Bank to pay C$120m to settle overdraft fee lawsuit", None),
])

S("E14-ashdown-ruled-out", [
    ("original", "ledger", 1, "12:05", "Cricket: Ashdown ruled out of India tour with back stress fracture",
     "England fast bowler Tom Ashdown has been ruled out of next month's Test tour of India with a stress fracture in his lower "
     "back, the England and Wales Cricket Board said on Monday. A replacement will be named this week."),
    ("rewrite", "gwire", 1, "13:30", "England lose spearhead Ashdown as back injury strikes again",
     "The 26-year-old Durham paceman, England's leading wicket-taker this summer, faces up to four months out after scans "
     "revealed a recurrence of the injury that sidelined him in 2024."),
    ("cut", "courier", 1, "14:00", "Ashdown out of India Tests with stress fracture", None),
])

S("E15-norfolk-bird-flu", [
    ("original", "ledger", 1, "09:35", "Bird flu confirmed at Norfolk poultry farm, 40,000 birds to be culled",
     "Highly pathogenic bird flu has been confirmed at a commercial poultry farm near Attleborough in Norfolk, and all 40,000 "
     "birds will be culled, the Department for Environment, Food and Rural Affairs said on Monday."),
    ("rewrite", "gwire", 1, "11:00", "H5N1 found at East Anglian egg farm as autumn migration begins",
     "Government vets detected the virus in laying hens in Breckland after the farmer reported unusual deaths over the "
     "weekend. A three-kilometre protection zone was placed around the premises."),
    ("translation", "nlpers", 1, "12:30", "Vogelgriep vastgesteld op Engels pluimveebedrijf, 40.000 dieren geruimd",
     "Op een pluimveebedrijf bij Attleborough in het Engelse graafschap Norfolk is hoogpathogene vogelgriep vastgesteld. Alle "
     "40.000 kippen worden geruimd, meldt het Britse ministerie van Landbouw."),
    ("update", "ledger", 1, "16:20", "UPDATE: Norfolk bird flu farm housed 46,000 hens, Defra says",
     "The poultry farm near Attleborough where bird flu was confirmed on Monday held 46,000 laying hens, not 40,000 as first "
     "reported, Defra said. Culling of the flock began in the afternoon."),
    ("regional", "courier", 2, "06:50", "In brief: Bird flu at Attleborough farm",
     "Bird flu has been confirmed at a poultry farm near Attleborough in Norfolk, where 46,000 hens are being culled. A "
     "three-kilometre protection zone is in place around the site."),
])

S("E16-estonia-confidence-vote", [
    ("original", "gwire", 2, "10:05", "Estonian prime minister loses confidence vote",
     "TALLINN (Globalwire) - Estonian Prime Minister Kristjan Vahter lost a no-confidence vote in parliament on Tuesday, with "
     "54 of the 101 lawmakers voting against him after a dispute over a car tax split his coalition."),
    ("rewrite", "worldline", 2, "11:30", "World: Tallinn government falls over car tax row",
     "Vahter's centre-right cabinet was toppled in the Riigikogu after a junior partner joined the opposition, leaving the "
     "Baltic state's president to nominate a new candidate. Vahter stays on in a caretaker role."),
    ("translation", "pan", 2, "12:00", "Premier Estonii przegrał głosowanie nad wotum nieufności",
     "Premier Estonii Kristjan Vahter przegrał we wtorek głosowanie nad wotum nieufności w parlamencie. Przeciwko niemu "
     "opowiedziało się 54 ze 101 deputowanych po sporze o podatek od samochodów, który podzielił koalicję."),
    ("cut", "northstar", 2, "12:40", "Estonia's Vahter ousted as coalition partner defects", None),
])

S("E17-sydney-trains-signalling", [
    ("original", "pacificecho", 3, "00:35", "Sydney Trains network halted by signalling fault",
     "All Sydney Trains services were suspended for more than an hour on Wednesday morning after a fault in the signalling "
     "system at the Rail Operations Centre, Transport for NSW said, leaving thousands of commuters stranded."),
    ("rewrite", "gwire", 3, "02:10", "Commuters spill onto Sydney streets as rail network freezes",
     "SYDNEY (Globalwire) - Passengers were stuck on trains between stations and crowds filled Central and Town Hall after the "
     "computer system that controls signals across the city stopped responding."),
    ("update", "pacificecho", 3, "05:40", "UPDATE 1-Cut fibre cable behind Sydney rail shutdown; services restored",
     "A fibre-optic cable cut by a contractor digging near Strathfield caused the signalling failure that halted the Sydney "
     "Trains network for 80 minutes, Transport for NSW said. Services were back to normal by mid-afternoon."),
])

S("E18-johannesburg-gold-heist", [
    ("original", "gwire", 1, "13:05", "Robbers steal $5 million in gold from armoured van near Johannesburg",
     "JOHANNESBURG (Globalwire) - Armed robbers ambushed an armoured van carrying gold bars worth about $5 million on a highway "
     "near OR Tambo International Airport on Monday, South African police said. Two guards were injured."),
    ("rewrite", "worldline", 1, "14:30", "World: Gang blasts open security van to seize bullion on Gauteng highway",
     "Up to 15 gunmen used explosives to force open a cash-in-transit vehicle on the R21, escaping with several crates of "
     "bullion. Police said the convoy was heading to the airport for an export flight."),
    ("cut", "ledger", 1, "15:00", "Gold heist near Johannesburg airport nets robbers $5m", None),
])

S("E19-bank-of-korea-cut", [
    ("original", "gwire", 3, "01:15", "Bank of Korea cuts base rate to 2.25%",
     "SEOUL (Globalwire) - The Bank of Korea cut its base rate by 25 basis points to 2.25% on Wednesday, citing weak domestic "
     "demand and slowing exports, and Governor Park Min-jae said further easing would depend on housing prices."),
    ("brief", "capitalbrief", 3, "01:16", "BRIEF-Bank of Korea lowers base rate by 25 bps to 2.25%",
     "Bank of Korea cuts base rate to 2.25% from 2.50%; decision in line with economists' forecasts; says it will monitor "
     "household debt and property prices closely; one board member dissented."),
    ("copy", "worldline", 3, "02:00", "World: South Korea trims key interest rate to 2.25%", None),
    ("rewrite", "northstar", 3, "03:30", "Won weakens as Seoul trims borrowing costs again",
     "South Korea's currency slipped to a two-month low after policymakers lowered the benchmark rate for the second time "
     "this year, betting that cheaper credit will revive consumer spending."),
])

S("E20-meridian-cloud-outage", [
    ("original", "gwire", 2, "14:25", "Meridian Cloud outage knocks thousands of websites offline",
     "SAN FRANCISCO (Globalwire) - A major outage at cloud computing provider Meridian Cloud knocked thousands of websites "
     "and apps offline for several hours on Tuesday, including online banks, airline booking systems and streaming services."),
    ("brief", "capitalbrief", 2, "14:30", "BRIEF-Meridian Cloud says investigating service disruption across regions",
     "Meridian Cloud says it is investigating elevated error rates affecting compute and storage services in its US-East and "
     "Europe-West regions; engineers working on mitigation; no timeline for full recovery."),
    ("rewrite", "northstar", 2, "15:40", "Half the internet seems broken: what we know about the cloud failure",
     "Shoppers could not check out, gamers were kicked off servers and some airline check-in kiosks went blank as Meridian, "
     "one of the biggest hosting firms, suffered problems at data centres in Virginia and Ireland."),
    ("translation", "diariosol", 2, "16:10", "Una caída de Meridian Cloud deja sin servicio a miles de webs",
     "Una avería en el proveedor de servicios en la nube Meridian Cloud dejó este martes sin funcionamiento durante varias "
     "horas a miles de páginas web y aplicaciones, entre ellas bancos en línea, aerolíneas y plataformas de vídeo."),
    ("update", "gwire", 2, "19:20", "UPDATE 1-Meridian Cloud restores services, blames faulty configuration change",
     "Meridian Cloud said its services had been fully restored after a five-hour outage on Tuesday, which it blamed on a "
     "faulty configuration change to its networking software that spread across two regions."),
    ("cut", "ledger", 2, "20:00", "Cloud outage takes down banks and streaming sites for hours", None),
])

# ---------------------------------------------------------------- German
S("D1-muenchen-gasexplosion", [
    ("original", "dpn", 2, "04:05", "Gasexplosion in Münchner Mehrfamilienhaus: mehrere Verletzte",
     "MÜNCHEN (dpn) - Bei einer Gasexplosion in einem Mehrfamilienhaus im Münchner Stadtteil Sendling sind in der Nacht zu "
     "Dienstag mehrere Menschen verletzt worden. Die Feuerwehr brachte 25 Bewohner in Sicherheit, das Haus ist einsturzgefährdet."),
    ("brief", "rheinblatt", 2, "04:15", "EIL: Explosion in Wohnhaus in München-Sendling",
     "In einem Wohnhaus in München-Sendling hat es in der Nacht eine schwere Explosion gegeben. Nach ersten Angaben der "
     "Feuerwehr gibt es Verletzte, die Umgebung ist weiträumig abgesperrt."),
    ("rewrite", "alpenkurier", 2, "07:00", "Knall in der Nacht: Fassade in der Isarmetropole weggesprengt",
     "Ein lauter Knall riss gegen drei Uhr die Anwohner rund um den Harras aus dem Schlaf. Teile der Fassade lagen auf der "
     "Straße, Glassplitter bedeckten geparkte Autos, Retter holten Bewohner mit der Drehleiter aus den Wohnungen."),
    ("update", "dpn", 2, "10:30", "AKTUALISIERUNG 1-Explosion in München: Zahl der Verletzten steigt auf 14",
     "Bei der Gasexplosion in einem Mehrfamilienhaus in München-Sendling sind 14 Menschen verletzt worden, zwei von ihnen "
     "schwer. Ein Statiker prüft, ob das Gebäude gehalten werden kann, teilte die Feuerwehr mit."),
    ("translation", "worldline", 2, "11:00", "World: Gas blast rips through Munich apartment block, 14 hurt",
     "A gas explosion tore through an apartment building in Munich's Sendling district overnight, injuring 14 people, two of "
     "them seriously, the city's fire service said. Twenty-five residents were rescued."),
    ("regional", "nordbote", 3, "06:10", "Kurz notiert: 14 Verletzte nach Gasexplosion in München",
     "Bei einer Gasexplosion in einem Mehrfamilienhaus in München-Sendling sind in der Nacht zu Dienstag 14 Menschen verletzt "
     "worden, zwei davon schwer. Das Gebäude ist einsturzgefährdet."),
])

S("D2-zew-konjunkturerwartungen", [
    ("original", "dpn", 2, "09:02", "ZEW-Konjunkturerwartungen steigen überraschend deutlich",
     "MANNHEIM (dpn) - Die Stimmung der Finanzexperten in Deutschland hat sich im Oktober überraschend deutlich aufgehellt. "
     "Der ZEW-Index der Konjunkturerwartungen stieg um 12,4 Punkte auf 49,6 Zähler, teilte das Mannheimer Institut am "
     "Dienstag mit."),
    ("brief", "rheinblatt", 2, "09:03", "EIL: ZEW-Index steigt im Oktober auf 49,6 Punkte",
     "Die ZEW-Konjunkturerwartungen für Deutschland sind im Oktober auf 49,6 Punkte gestiegen. Volkswirte hatten im Schnitt "
     "mit 40,0 Punkten gerechnet, die Lagebeurteilung verbesserte sich leicht auf minus 71,2 Punkte."),
    ("rewrite", "alpenkurier", 2, "11:00", "Mannheimer Stimmungsbarometer: Analysten schöpfen wieder Hoffnung",
     "Finanzprofis blicken so zuversichtlich auf die deutsche Wirtschaft wie seit über einem Jahr nicht mehr. Sie setzen auf "
     "sinkende Energiepreise und das Investitionsprogramm der Bundesregierung, die aktuelle Lage bewerten sie aber weiter düster."),
])

# ---------------------------------------------------------------- French
S("F1-paris-greve-ratp", [
    ("original", "afi", 1, "04:35", "Grève à la RATP: trafic très perturbé dans le métro parisien lundi",
     "PARIS (AFI) - Le trafic est très perturbé lundi dans le métro et le RER parisiens en raison d'une grève à l'appel de "
     "l'intersyndicale de la RATP, qui conteste la réforme des horaires de travail. Seules les lignes automatiques 1 et 14 "
     "fonctionnent normalement."),
    ("rewrite", "lequotidien", 1, "07:20", "Vélos, trottinettes et longues marches: les Franciliens contournent la grève",
     "Sur les quais de Châtelet et de Gare du Nord, la foule était compacte dès 7 heures. Beaucoup ont opté pour le "
     "télétravail, tandis que les stations de vélos en libre-service étaient prises d'assaut."),
    ("update", "afi", 1, "12:40", "MISE À JOUR 1-Grève à la RATP: un métro sur trois aux heures de pointe",
     "En moyenne un métro sur trois a circulé aux heures de pointe lundi à Paris, selon la RATP, et le RER B était interrompu "
     "au nord de Gare du Nord. Le trafic des bus était moins affecté."),
    ("cut", "ouestmatin", 1, "13:00", "Paris: le métro tourne au ralenti, grève à la RATP", None),
])

S("F2-ardeche-crue", [
    ("original", "afi", 2, "06:05", "Crue de l'Ardèche: vigilance rouge, des campings évacués",
     "PRIVAS (AFI) - L'Ardèche est placée en vigilance rouge pluie-inondation mardi après des pluies diluviennes sur les "
     "Cévennes. Plusieurs campings de la vallée ont été évacués et une dizaine de routes sont coupées, selon la préfecture."),
    ("rewrite", "lequotidien", 2, "08:40", "Épisode cévenol: l'eau monte à Vallon-Pont-d'Arc, les secours mobilisés",
     "La rivière est montée de près de six mètres en quelques heures sous le pont de Vallon, emportant des canoës et inondant "
     "des caves. Les pompiers ont hélitreuillé quatre personnes surprises sur une route."),
    ("translation", "gwire", 2, "10:00", "France puts Ardeche on red flood alert, campsites evacuated",
     "French authorities placed the Ardeche department in the south-east on red alert for rain and flooding on Tuesday after "
     "torrential downpours, evacuating several campsites and closing about ten roads."),
    ("update", "afi", 2, "16:30", "MISE À JOUR 1-Crue de l'Ardèche: un automobiliste porté disparu",
     "Un automobiliste dont la voiture a été emportée par le Chassezac est porté disparu, a annoncé mardi après-midi la "
     "préfecture de l'Ardèche, où la crue a atteint son pic. Quelque 300 personnes ont été évacuées."),
    ("update", "afi", 3, "09:15", "Ardèche: le corps de l'automobiliste disparu retrouvé, la décrue amorcée",
     "Le corps de l'automobiliste emporté mardi par le Chassezac a été retrouvé mercredi matin à Grospierres, a indiqué la "
     "préfecture de l'Ardèche. La décrue s'est amorcée et la vigilance a été abaissée à l'orange."),
])

# ---------------------------------------------------------------- Spanish
S("S1-tenerife-incendio-forestal", [
    ("original", "efa", 1, "14:05", "Un incendio forestal en Tenerife obliga a desalojar a 600 vecinos",
     "SANTA CRUZ DE TENERIFE (EFA) – Un incendio forestal declarado este lunes en el municipio de Arico, en el sur de "
     "Tenerife, ha obligado a desalojar a unos 600 vecinos de tres núcleos de población, informó el Cabildo."),
    ("rewrite", "diariosol", 1, "16:00", "Columnas de humo sobre el sur de la isla: el fuego avanza hacia el pinar",
     "Hidroaviones y seis helicópteros trabajan para frenar las llamas, avivadas por el viento y una humedad inferior al 20 %, "
     "que suben desde las medianías de Arico hacia la corona forestal. Los desalojados pasan la noche en un pabellón."),
    ("translation", "gwire", 1, "17:00", "Wildfire on Spain's Tenerife forces 600 to evacuate",
     "A wildfire on the Spanish island of Tenerife forced about 600 people to leave their homes in the southern municipality "
     "of Arico on Monday, the island government said, as strong winds fanned the flames."),
    ("update", "efa", 1, "21:10", "ACTUALIZACIÓN 1-El incendio de Tenerife ha quemado ya 1.200 hectáreas",
     "El incendio forestal de Arico, en Tenerife, ha calcinado ya unas 1.200 hectáreas y el número de desalojados asciende a "
     "950, según el Cabildo, que prevé una noche complicada por el viento."),
    ("regional", "elnorte", 2, "07:00", "Breves: el fuego de Tenerife arrasa 1.200 hectáreas",
     "El incendio forestal declarado el lunes en Arico, en el sur de Tenerife, ha quemado unas 1.200 hectáreas y obligado a "
     "desalojar a 950 personas, según el Cabildo insular."),
])

S("S2-banco-espana-prevision-pib", [
    ("original", "efa", 2, "08:35", "El Banco de España eleva al 2,4 % su previsión de crecimiento para 2026",
     "MADRID (EFA) – El Banco de España ha elevado dos décimas, hasta el 2,4 %, su previsión de crecimiento del PIB para 2026, "
     "gracias al empuje del consumo y del turismo, según las proyecciones trimestrales publicadas este martes."),
    ("rewrite", "diariosol", 2, "10:30", "El consumo tira de la economía: el banco central mejora sus cuentas",
     "El supervisor cree que la economía española cerrará el año creciendo casi el doble que la zona euro, aunque advierte de "
     "que la inflación subyacente se resiste a bajar del 2,5 %."),
    ("cut", "elnorte", 2, "11:00", "Mejora la previsión: la economía española crecerá un 2,4 % este año", None),
])

S("S3-cordoba-derrumbe-obra", [
    ("original", "lanacionsur", 3, "12:05", "Se derrumbó un edificio en construcción en Córdoba: hay tres obreros heridos",
     "Un edificio de seis pisos en construcción se derrumbó parcialmente este miércoles por la mañana en el barrio Nueva "
     "Córdoba, en la capital cordobesa. Tres obreros fueron rescatados con heridas y se busca a un cuarto entre los escombros."),
    ("rewrite", "efa", 3, "13:40", "Buscan a un obrero bajo los escombros tras el colapso de una obra en Argentina",
     "CÓRDOBA (Argentina) (EFA) – Los bomberos trabajan con perros rastreadores en el barrio universitario de la segunda "
     "ciudad argentina, donde la losa del cuarto piso de una obra cedió y arrastró a las inferiores."),
    ("update", "lanacionsur", 3, "18:30", "ACTUALIZACIÓN: rescataron con vida al cuarto obrero atrapado en Nueva Córdoba",
     "Los bomberos rescataron con vida al cuarto obrero que había quedado atrapado tras el derrumbe de un edificio en "
     "construcción en Nueva Córdoba, después de casi siete horas de trabajo. Está internado con fracturas."),
])

# ---------------------------------------------------------------- Italian
S("I1-genova-traghetto-incendio", [
    ("original", "ansi", 2, "05:05", "Incendio su un traghetto nel porto di Genova, evacuati 300 passeggeri",
     "GENOVA (ANSI) - Un incendio è scoppiato nella notte nel garage del traghetto Stella di Gallura, ormeggiato al terminal "
     "passeggeri del porto di Genova e in partenza per Olbia. I 300 passeggeri già imbarcati sono stati fatti scendere, "
     "nessun ferito."),
    ("brief", "gazzettavalle", 2, "05:12", "ULTIM'ORA – Fiamme su un traghetto a Genova",
     "Incendio in corso su un traghetto ormeggiato nel porto di Genova. Sul posto vigili del fuoco e Capitaneria di porto, i "
     "passeggeri sono stati evacuati; una colonna di fumo è visibile dalla Lanterna."),
    ("rewrite", "corrierelido", 2, "08:00", "Fumo nero sulla Lanterna, paura sulla nave per Olbia",
     "Svegliati dall'allarme antincendio, i viaggiatori sono scesi a piedi dalla rampa mentre il fumo usciva dal ponte auto "
     "della Stella di Gallura. Le fiamme sarebbero partite da un camion frigorifero."),
    ("update", "ansi", 2, "11:30", "AGGIORNAMENTO 1-Traghetto in fiamme a Genova: incendio spento, distrutti 40 veicoli",
     "È stato spento dopo sei ore l'incendio divampato nel garage del traghetto Stella di Gallura nel porto di Genova. Sono "
     "andati distrutti una quarantina di veicoli e la partenza per Olbia è stata cancellata."),    ("regional", "gazzettavalle", 3, "07:10", "In breve: Genova, traghetto in fiamme al terminal",
     "Una quarantina di veicoli sono andati distrutti nell'incendio scoppiato martedì notte nel garage del traghetto Stella "
     "di Gallura, nel porto di Genova. I 300 passeggeri erano stati fatti scendere senza feriti."),
])

S("I2-venezia-acqua-alta-mose", [
    ("original", "ansi", 3, "06:05", "Venezia, acqua alta a 140 centimetri: alzato il Mose",
     "VENEZIA (ANSI) - Il Mose è stato alzato nella notte per proteggere Venezia da un'acqua alta prevista a 140 centimetri, "
     "spinta dallo scirocco. Le paratoie resteranno sollevate fino al pomeriggio, ha comunicato il Centro maree del Comune."),
    ("rewrite", "corrierelido", 3, "08:20", "Le paratoie salvano piazza San Marco, la marea resta fuori",
     "Fuori dalle barriere la marea ha toccato il metro e quaranta, dentro la laguna il livello non ha superato i 70 "
     "centimetri: i turisti hanno attraversato la piazza senza stivali. È il terzo sollevamento della stagione."),
    ("translation", "worldline", 3, "09:00", "World: Venice raises flood barriers as 140 cm tide approaches",
     "Venice raised its MOSE flood barriers overnight to protect the city from a high tide forecast at 140 centimetres, "
     "driven by the sirocco wind, the city's tide centre said. The gates were to stay up until the afternoon."),
    ("cut", "gazzettavalle", 3, "10:00", "Acqua alta, il Mose difende ancora Venezia", None),
])

# ---------------------------------------------------------------- Portuguese
S("P1-lisboa-sismo", [
    ("original", "agtejo", 1, "21:45", "Sismo de magnitude 4,5 sentido em Lisboa",
     "Um sismo de magnitude 4,5 foi registado às 22:31 desta segunda-feira com epicentro no mar, a cerca de 40 quilómetros a "
     "oeste de Cascais, e foi sentido em Lisboa e Setúbal, informou o IPMA. Não há registo de danos."),
    ("rewrite", "jornalporto", 1, "22:40", "Lisboa abanou à noite: «os copos tremeram no armário»",
     "Muitos moradores da capital e da margem sul vieram à rua depois de sentirem o chão tremer durante alguns segundos. A "
     "Proteção Civil recebeu centenas de chamadas, mas nenhum pedido de socorro."),
    ("translation", "efa", 1, "23:10", "Un terremoto de magnitud 4,5 se siente en Lisboa",
     "Un sismo de magnitud 4,5 con epicentro en el mar, a unos 40 kilómetros al oeste de Cascais, se sintió este lunes por la "
     "noche en Lisboa y Setúbal, según el instituto meteorológico portugués. No hay daños."),
    ("update", "agtejo", 2, "09:15", "ATUALIZAÇÃO 1-IPMA revê sismo para 4,3; danos ligeiros em Cascais",
     "O IPMA reviu para 4,3 a magnitude do sismo sentido na noite de segunda-feira em Lisboa. A Proteção Civil registou danos "
     "ligeiros, como fissuras e quedas de reboco, em cinco edifícios antigos de Cascais."),
])

S("P2-belo-horizonte-chuvas", [
    ("original", "folhasul", 2, "13:05", "Temporal em Belo Horizonte deixa três mortos e alaga avenidas",
     "Um forte temporal atingiu Belo Horizonte na manhã desta terça-feira, alagando avenidas e provocando deslizamentos de "
     "terra. Três pessoas morreram soterradas no bairro Taquaril, segundo a Defesa Civil de Minas Gerais."),
    ("rewrite", "diariocarioca", 2, "15:00", "Carros arrastados e encostas em colapso: capital mineira contabiliza estragos",
     "A chuva de 110 milímetros em quatro horas transformou a avenida Tereza Cristina em rio e derrubou casas em áreas de "
     "risco da região Leste. Os bombeiros seguem buscando desaparecidos."),
    ("update", "folhasul", 3, "10:10", "ATUALIZAÇÃO 1-Sobe para cinco o número de mortos pelas chuvas em Belo Horizonte",
     "Subiu para cinco o número de mortos pelas chuvas de terça-feira em Belo Horizonte, depois que os bombeiros encontraram "
     "dois corpos no bairro Taquaril. Cerca de 400 pessoas estão desalojadas."),
])

# ---------------------------------------------------------------- Dutch
S("N1-amsterdam-stroomstoring", [
    ("original", "nlpers", 2, "07:05", "Grote stroomstoring in Amsterdam: tienduizenden huishoudens zonder stroom",
     "Door een grote stroomstoring zitten sinds dinsdagochtend vroeg tienduizenden huishoudens in Amsterdam-West en "
     "Nieuw-West zonder stroom. Ook trams rijden niet op diverse lijnen, meldt de netbeheerder."),
    ("rewrite", "dagbladdelta", 2, "09:00", "Donkere huizen, stilstaande trams: hoofdstad wordt wakker zonder stroom",
     "Verkeerslichten in Osdorp en Slotervaart gaven geen licht, supermarkten bleven dicht en forenzen wachtten tevergeefs op "
     "de tram. Monteurs zochten naar een kapotte kabel."),
    ("update", "nlpers", 2, "13:10", "UPDATE: Stroom in Amsterdam-West terug, graafwerk oorzaak van storing",
     "Alle 48.000 getroffen huishoudens in Amsterdam-West en Nieuw-West hebben weer stroom. Volgens de netbeheerder raakte "
     "een graafmachine bij werkzaamheden aan de Cornelis Lelylaan een hoogspanningskabel."),
])

S("N2-haarlem-brand-binnenstad", [
    ("original", "nlpers", 1, "02:10", "Grote brand in binnenstad Haarlem, bewoners geëvacueerd",
     "In de binnenstad van Haarlem woedt sinds maandagnacht een grote brand in een pand aan de Grote Houtstraat. Bewoners "
     "van woningen boven omliggende winkels zijn geëvacueerd, meldt de veiligheidsregio Kennemerland. Er zijn geen gewonden."),
    ("rewrite", "dagbladdelta", 1, "06:40", "Winkelstraat in de Spaarnestad zwartgeblakerd na uitslaande brand",
     "Drie panden in de drukste winkelstraat van de stad zijn zwaar beschadigd. Brandweerlieden waren urenlang bezig om "
     "overslag naar een monumentaal pand te voorkomen; zeventien bewoners sliepen in een hotel."),
    ("update", "nlpers", 2, "10:30", "UPDATE: Kortsluiting oorzaak van grote brand in Haarlemse binnenstad",
     "De grote brand in de Grote Houtstraat in Haarlem is maandagnacht ontstaan door kortsluiting in de keuken van een "
     "snackbar, heeft de brandweer vastgesteld. Drie panden zijn onbewoonbaar."),
])

# ---------------------------------------------------------------- Polish
S("PL1-myslenice-wypadek-autobusu", [
    ("original", "pan", 1, "06:05", "Wypadek autobusu pod Krakowem. 14 osób rannych",
     "Czternaście osób zostało rannych w wypadku autobusu rejsowego, który w poniedziałek rano zjechał z drogi krajowej nr 7 "
     "i przewrócił się do rowu w Myślenicach pod Krakowem. Trzy osoby są w ciężkim stanie."),
    ("rewrite", "gazetawisla", 1, "08:30", "Autobus w rowie na zakopiance. Wśród rannych uczniowie",
     "Pojazd wiozący pasażerów do Krakowa wypadł z jezdni na śliskim odcinku przy zjeździe na Myślenice. Na miejscu lądowały "
     "dwa śmigłowce LPR, a trasa w kierunku Zakopanego była zablokowana przez ponad trzy godziny."),
    ("update", "pan", 1, "12:40", "AKTUALIZACJA 1-Wypadek pod Myślenicami: 16 rannych, kierowca był trzeźwy",
     "Liczba rannych w wypadku autobusu na zakopiance pod Myślenicami wzrosła do 16. Kierowca był trzeźwy, a wstępne "
     "ustalenia policji wskazują, że pojazd wpadł w poślizg na mokrej nawierzchni."),
    ("translation", "lvivpost", 1, "13:00", "Під Краковом перекинувся рейсовий автобус, 16 поранених",
     "Шістнадцять людей травмовано внаслідок аварії рейсового автобуса, який у понеділок зранку з'їхав із траси та "
     "перекинувся в кювет біля Мисленіце під Краковом, повідомляє польська поліція."),
    ("regional", "kurierslaski", 2, "07:00", "Krótko: 16 rannych w wypadku pod Myślenicami",
     "Szesnaście osób zostało rannych w poniedziałkowym wypadku autobusu rejsowego na zakopiance w Myślenicach. Pojazd wpadł "
     "w poślizg na mokrej jezdni i przewrócił się do rowu."),
])

S("PL2-gus-inflacja-wrzesien", [
    ("original", "pan", 3, "08:01", "GUS: Inflacja we wrześniu wyniosła 3,1 proc. rdr",
     "Ceny towarów i usług konsumpcyjnych we wrześniu wzrosły o 3,1 proc. rok do roku, a w porównaniu z sierpniem spadły o "
     "0,1 proc., podał Główny Urząd Statystyczny w finalnym odczycie."),
    ("brief", "gazetawisla", 3, "08:03", "PILNE: Inflacja we wrześniu 3,1 proc., GUS potwierdził szybki szacunek",
     "Według finalnych danych GUS inflacja CPI we wrześniu wyniosła 3,1 proc. rdr, tyle samo co w szybkim szacunku. "
     "Ekonomiści spodziewali się właśnie takiego odczytu."),
    ("rewrite", "kurierslaski", 3, "11:30", "Drożeje wolniej, ale usługi wciąż kłują w portfel",
     "Wrzesień przyniósł dalsze hamowanie wzrostu cen do 3,1 proc. w skali roku, głównie dzięki tańszym paliwom. Ceny usług, "
     "zwłaszcza czynszów i opłat za prąd, rosną jednak ponad dwa razy szybciej."),
])

# ---------------------------------------------------------------- Russian
S("R1-kazan-obrushenie-krovli", [
    ("original", "vestnik", 2, "08:05", "В Казани обрушилась кровля торгового центра, есть пострадавшие",
     "В Казани во вторник утром частично обрушилась кровля торгового центра «Волжский пассаж» на улице Декабристов. "
     "Пострадали шесть человек, из здания эвакуированы около 400 посетителей, сообщило МЧС Татарстана."),
    ("brief", "sibexpress", 2, "08:12", "СРОЧНО: В Казани рухнула крыша торгового центра",
     "В торговом центре на улице Декабристов в Казани обрушилась часть кровли. На месте работают спасатели, из здания выводят "
     "людей, есть пострадавшие."),
    ("rewrite", "gazetaneva", 2, "10:30", "Потолок рухнул на фуд-корт: очевидцы рассказали о первых минутах после обрушения",
     "Посетители «Волжского пассажа» в столице Татарстана услышали треск, после чего секции перекрытия над фуд-кортом "
     "провалились вниз. Спасатели разбирают завалы, кинологи проверяют, не осталось ли под ними людей."),
    ("update", "vestnik", 2, "15:00", "ОБНОВЛЕНО 1-Число пострадавших при обрушении кровли ТЦ в Казани выросло до девяти",
     "Число пострадавших при частичном обрушении кровли торгового центра «Волжский пассаж» в Казани выросло до девяти, двое "
     "в тяжёлом состоянии, сообщил Минздрав Татарстана. Поисковая операция завершена."),
])

# ---------------------------------------------------------------- Ukrainian
S("U1-karpaty-snihopad", [
    ("original", "lvivpost", 3, "05:05", "Снігопад у Карпатах: перекрито рух через перевали",
     "Через сильний снігопад у Карпатах у середу перекрито рух вантажівок через Яблунецький і Вишківський перевали, "
     "повідомили в Національній поліції. Висота снігового покриву в горах сягає 40 сантиметрів."),
    ("rewrite", "kyivvechir", 3, "07:30", "Зима прийшла в гори на місяць раніше: на Прикарпатті засипало дороги",
     "Рятувальники витягують із заметів легковики на трасі до Буковеля, а в гірських селах Верховинщини зникло світло через "
     "повалені снігом дерева. Синоптики прогнозують сніг до вечора четверга."),
    ("update", "lvivpost", 3, "13:20", "ОНОВЛЕНО: Рух через Яблунецький перевал відновлено для легковиків",
     "На Яблунецькому перевалі відновили рух для легкових автомобілів після розчищення траси, для вантажівок обмеження діє "
     "до ранку четверга. Вишківський перевал залишається перекритим через снігопад."),
])

# ---------------------------------------------------------------- Swedish
S("SV1-norrland-storm", [
    ("original", "nordnytt", 2, "05:05", "Stormen drar in över Norrland – 40 000 utan ström",
     "Stormen som nådde Norrlandskusten under natten har lämnat omkring 40 000 hushåll utan ström i Västernorrland och "
     "Västerbotten. SMHI har utfärdat orange varning för mycket hårda vindbyar längs kusten."),
    ("rewrite", "norrlandsbladet", 2, "07:30", "Träd över vägarna och mörka hus: natten då stormen slog till mot kusten",
     "I Sundsvall och Örnsköldsvik välte träd över vägar och ledningar, och på morgonen var tiotusentals kunder strömlösa. "
     "Elbolagen varnar för att vissa byar kan bli utan el i flera dygn."),
    ("translation", "nyhedsbureau", 2, "09:00", "Storm i Nordsverige: 40.000 husstande uden strøm",
     "En storm har efterladt omkring 40.000 husstande uden strøm i det nordlige Sverige. Det svenske meteorologiske institut "
     "har udsendt orange varsel for kraftige vindstød langs kysten."),
    ("update", "nordnytt", 2, "15:30", "UPPDATERAD: Fortfarande 12 000 strömlösa i Norrland efter stormen",
     "Elbolagen har fått tillbaka strömmen till de flesta av de 40 000 hushåll som drabbades av nattens storm, men omkring "
     "12 000 kunder i Västernorrland saknar fortfarande el på tisdagseftermiddagen."),    ("regional", "gbgkuriren", 3, "06:30", "Kort om: Tusentals fortfarande utan el efter stormen i norr",
     "Omkring 5 000 hushåll i Västernorrland var på onsdagsmorgonen fortfarande utan ström efter tisdagens storm. Som mest "
     "var 40 000 kunder längs Norrlandskusten strömlösa."),
])

# ---------------------------------------------------------------- Czech
S("C1-plzen-pozar-depa", [
    ("original", "zpravycz", 1, "03:10", "V Plzni hoří autobusové depo, shořelo několik autobusů",
     "V areálu autobusového depa plzeňského dopravního podniku v noci na pondělí vypukl požár. Podle hasičů shořelo nejméně "
     "pět autobusů a další byly poškozeny, nikdo nebyl zraněn."),
    ("rewrite", "prazskyden", 1, "06:30", "Černý dým nad Slovany: oheň zničil městské autobusy",
     "Hasiči z celého kraje několik hodin bojovali s plameny v hale, kde parkovaly autobusy městské dopravy. Cestující v "
     "západočeské metropoli musí počítat s omezením některých linek."),
    ("update", "zpravycz", 1, "11:40", "AKTUALIZACE 1-Požár depa v Plzni: škoda 60 milionů, shořelo osm autobusů",
     "Při nočním požáru autobusového depa v Plzni shořelo osm autobusů, škodu hasiči odhadli na 60 milionů korun. Podle "
     "prvních zjištění mohla začít hořet elektroinstalace nabíjecí stanice."),
    ("regional", "moravadnes", 2, "07:00", "Krátce: Požár plzeňského depa zničil osm autobusů",
     "Osm autobusů shořelo při pondělním nočním požáru autobusového depa v Plzni. Škoda dosahuje 60 milionů korun, nikdo "
     "nebyl zraněn a městská doprava jezdí s mírným omezením."),
])

# ---------------------------------------------------------------- Turkish
S("T1-bursa-sel", [
    ("original", "haberajans", 2, "10:05", "Bursa'da sel: evleri ve iş yerlerini su bastı",
     "Bursa'da sabah saatlerinde etkili olan sağanak yağış nedeniyle Osmangazi ve Yıldırım ilçelerinde çok sayıda ev ve iş "
     "yerini su bastı. AFAD, bir kişinin sel sularına kapıldığını ve arama çalışmalarının sürdüğünü açıkladı."),
    ("rewrite", "bosfor", 2, "12:30", "Uludağ eteklerinde sağanak: dereler taştı, araçlar sürüklendi",
     "Saatler süren yağışın ardından Gökdere taşarak çevredeki sokakları göle çevirdi, bazı araçlar sürüklendi. Valilik, "
     "okulların öğleden sonra tatil edildiğini duyurdu."),
    ("update", "haberajans", 2, "17:40", "GÜNCELLEME 1-Bursa'daki selde kaybolan kişinin cansız bedeni bulundu",
     "Bursa'da sağanak yağış sonrası sel sularına kapılan 63 yaşındaki kişinin cansız bedeni Yıldırım ilçesinde bulundu. "
     "AFAD, 140 ev ve iş yerinin sudan etkilendiğini bildirdi."),    ("regional", "egepost", 3, "07:00", "Bursa'da selin bilançosu: 140 ev ve iş yeri zarar gördü",
     "Bursa'da salı günü etkili olan sağanağın ardından Osmangazi ve Yıldırım'da 140 ev ve iş yerini su bastı, sel sularına "
     "kapılan 63 yaşındaki bir kişi hayatını kaybetti."),
])

S("T2-trabzon-ucak-pistten-cikti", [
    ("original", "haberajans", 1, "18:05", "Trabzon Havalimanı'nda yolcu uçağı pistten çıktı",
     "Anadolu Kanat Hava Yolları'na ait İstanbul-Trabzon seferini yapan yolcu uçağı, Trabzon Havalimanı'na iniş sırasında "
     "pistten çıktı. Valilik, uçaktaki 164 yolcu ve 6 mürettebatın tahliye edildiğini, yaralı olmadığını açıkladı."),
    ("brief", "egepost", 1, "18:10", "SON DAKİKA: Trabzon'da uçak pistten çıktı",
     "Trabzon Havalimanı'na iniş yapan bir yolcu uçağının pistten çıkarak toprak alana saplandığı bildirildi. İlk "
     "belirlemelere göre can kaybı bulunmuyor, havalimanı uçuşlara kapatıldı."),
    ("rewrite", "bosfor", 1, "19:30", "Karadeniz'de korku dolu iniş: uçak denize metreler kala durdu",
     "Yağmur altında piste inen Anadolu Kanat uçağı, toprak alanda çamura saplanarak deniz kıyısına birkaç on metre kala "
     "durdu. Yolcular acil çıkış kaydıraklarıyla tahliye edildi."),
    ("translation", "gwire", 1, "20:00", "Passenger jet skids off runway in Turkey's Trabzon, all 170 on board safe",
     "An Anadolu Kanat airliner from Istanbul skidded off the runway while landing at Trabzon airport on Turkey's Black Sea "
     "coast on Monday, but all 164 passengers and six crew were evacuated unhurt, the governor's office said."),
    ("update", "haberajans", 2, "09:10", "GÜNCELLEME 1-Trabzon'da pistten çıkan uçak: ıslak pist ve yan rüzgâr etkili oldu",
     "Trabzon Havalimanı'nda pistten çıkan Anadolu Kanat uçağına ilişkin ilk teknik incelemede ıslak pist ve ani yan rüzgârın "
     "etkili olduğu belirlendi. Uçak gece pistten kaldırıldı ve havalimanı yeniden uçuşlara açıldı."),
])

# ---------------------------------------------------------------- look-alikes
O("L01-norway-core-inflation", "lookalike", "gwire", 1, "06:05", "Norway's core inflation rises to 3.1% in September",
  "OSLO (Globalwire) - Norway's core consumer price inflation, which excludes energy and tax changes, rose to 3.1% year on "
  "year in September from 2.9% in August, Statistics Norway said on Monday, above the central bank's forecast.")
O("L02-unmha-hodeidah-renewal", "lookalike", "gwire", 3, "19:55", "UN Security Council renews Hodeidah mission in Yemen",
  "UNITED NATIONS (Globalwire) - The UN Security Council on Wednesday unanimously extended the mandate of the UN Mission to "
  "support the Hodeidah Agreement, UNMHA, in Yemen for six months, until April 2027.")
O("L03-edinburgh-tram-strike", "lookalike", "scotsbeacon", 2, "05:40", "Edinburgh tram drivers begin 24-hour strike",
  "Edinburgh's trams were not running on Tuesday as drivers began a 24-hour strike over pay, the operator said. The line "
  "between the airport and Newhaven is due to reopen on Wednesday morning.")
O("L04-immingham-oil-terminal-fire", "lookalike", "gwire", 1, "14:10", "Fire breaks out at oil terminal in Port of Immingham",
  "Firefighters were tackling a fire at a storage tank at an oil terminal in the Port of Immingham on Monday afternoon, "
  "Humberside Fire and Rescue Service said. Workers were evacuated and there were no reported injuries.")
O("L05-belfast-council-royal-avenue", "lookalike", "ulsterpost", 2, "19:10", "Belfast councillors vote to pedestrianise part of city centre",
  "Belfast City Council voted on Tuesday night to close Royal Avenue and part of Donegall Place to traffic from next summer, "
  "in a scheme to revive the city centre that some traders said could harm their shops.")
O("L06-crestmoor-rival-bid-aldgate", "lookalike", "gwire", 3, "07:05", "Crestmoor tables rival £4.4 billion bid for Aldgate Insurance",
  "LONDON (Globalwire) - Crestmoor Holdings has made a rival 4.4 billion pound cash offer for Aldgate Insurance, trumping the "
  "agreed 4.1 billion pound bid from Northpoint Group, Aldgate said on Wednesday. Its board is considering the proposal.")
O("L07-johannesburg-heist-arrests", "lookalike", "gwire", 2, "16:20", "South African police arrest four over $5 million gold heist",
  "JOHANNESBURG (Globalwire) - South African police arrested four men in Soweto on Tuesday in connection with Monday's "
  "robbery of gold bars worth about $5 million from an armoured van near OR Tambo International Airport, a police spokesman said.")
O("L08-queenstown-gondola-worksafe", "lookalike", "pacificecho", 3, "01:30", "WorkSafe opens investigation into Queenstown gondola breakdown",
  "WorkSafe New Zealand has opened an investigation into Monday's breakdown of the Wakatipu Gondola in Queenstown, which "
  "left 62 people stranded, and ordered the line to stay shut until inspections are complete.")
O("L09-muenchen-stadtrat-tempo-30", "lookalike", "dpn", 2, "17:30", "Münchner Stadtrat beschließt nächtliches Tempo 30 auf dem Mittleren Ring",
  "Der Münchner Stadtrat hat am Dienstag beschlossen, auf weiten Teilen des Mittleren Rings nachts Tempo 30 einzuführen. "
  "Die Regelung soll ab März gelten und Anwohner vor Verkehrslärm schützen.")
O("L10-lyon-greve-tcl", "lookalike", "afi", 3, "05:00", "Grève dans les transports lyonnais: métro et tramways perturbés mercredi",
  "LYON (AFI) - Le réseau de transports en commun lyonnais TCL est fortement perturbé mercredi en raison d'une grève des "
  "conducteurs pour les salaires. Les métros A et B circulent à un train sur deux, le métro D est fermé.")
O("L11-tenerife-detenido-incendio", "lookalike", "efa", 3, "12:20", "Detenido un vecino de Arico como presunto autor del incendio de Tenerife",
  "La Guardia Civil ha detenido a un vecino de Arico, de 58 años, como presunto autor del incendio forestal que desde el "
  "lunes ha quemado unas 1.500 hectáreas en el sur de Tenerife, informó este miércoles el instituto armado.")
O("L12-livorno-incendio-porto", "lookalike", "ansi", 2, "15:10", "Incendio nel porto di Livorno, fiamme in un deposito di legname",
  "LIVORNO (ANSI) - Un incendio è divampato nel pomeriggio in un deposito di legname nell'area della Darsena Toscana del "
  "porto di Livorno. Sul posto i vigili del fuoco con sei squadre, nessun ferito; il fumo è visibile da tutta la città.")
O("L13-nbp-inflacja-bazowa", "lookalike", "pan", 3, "13:05", "NBP: Inflacja bazowa we wrześniu wyniosła 3,0 proc.",
  "Inflacja bazowa, nieuwzględniająca cen żywności i energii, wyniosła we wrześniu 3,0 proc. rok do roku wobec 3,2 proc. w "
  "sierpniu, podał Narodowy Bank Polski.")
O("L14-amsterdam-gemeenteraad-hotels", "lookalike", "dagbladdelta", 2, "19:00", "Amsterdamse gemeenteraad stemt in met hotelstop in Oost",
  "De Amsterdamse gemeenteraad heeft dinsdagavond ingestemd met een verbod op nieuwe hotels in stadsdeel Oost. Een "
  "meerderheid wil zo voorkomen dat ook die wijk overspoeld raakt door toeristen.")
O("L15-kazan-ugolovnoe-delo", "lookalike", "vestnik", 3, "09:20", "В Казани задержан управляющий торгового центра, где обрушилась кровля",
  "Следственный комитет возбудил уголовное дело после частичного обрушения кровли торгового центра «Волжский пассаж» в "
  "Казани, при котором пострадали девять человек. Задержан управляющий зданием, сообщили в ведомстве.")
O("L16-balikesir-saganak", "lookalike", "egepost", 2, "14:10", "Balıkesir'de sağanak: cadde ve sokaklar göle döndü",
  "Balıkesir'de öğle saatlerinde etkili olan sağanak yağış nedeniyle Karesi ve Altıeylül ilçelerinde cadde ve sokaklar suyla "
  "doldu. Bazı iş yerlerini su basarken itfaiye ekipleri tahliye çalışması yaptı.")
O("L17-lisboa-replica", "lookalike", "agtejo", 2, "16:20", "Réplica de magnitude 3,1 sentida em Cascais e Lisboa",
  "Uma réplica de magnitude 3,1 foi registada às 17:02 desta terça-feira ao largo de Cascais e sentida em Lisboa, informou o "
  "IPMA, que a associa ao sismo de 4,3 da noite anterior. Não há registo de danos.")

# ---------------------------------------------------------------- template series
O("TPL-edinburgh-weather-d1", "template", "scotsbeacon", 1, "05:30", "Edinburgh weather: cloudy with showers, highs of 12C",
  "Edinburgh will be mostly cloudy on Monday, with showers spreading from the west by lunchtime and a high of 12C. Winds "
  "will be fresh from the south-west, and temperatures fall to 7C overnight.")
O("TPL-edinburgh-weather-d2", "template", "scotsbeacon", 2, "05:30", "Edinburgh weather: windy with heavy rain, highs of 10C",
  "Edinburgh will be wet and windy on Tuesday, with heavy rain through the morning and gusts of up to 50mph on the coast. "
  "The high will be 10C, and temperatures fall to 5C overnight.")
O("TPL-edinburgh-weather-d3", "template", "scotsbeacon", 3, "05:30", "Edinburgh weather: bright and chilly, highs of 9C",
  "Edinburgh will be bright but chilly on Wednesday after a frosty start, with long sunny spells and a high of 9C. Winds "
  "will be light from the north, and temperatures fall to 2C overnight.")

O("TPL-ibex-cierre-d1", "template", "diariosol", 1, "15:50", "El Ibex 35 cierra con una subida del 0,8 % y roza los 15.400 puntos",
  "El Ibex 35 ha cerrado la sesión de este lunes con una subida del 0,8 %, hasta los 15.386 puntos, impulsado por la banca y "
  "las eléctricas, mientras la prima de riesgo se mantenía en 58 puntos básicos.")
O("TPL-ibex-cierre-d2", "template", "diariosol", 2, "15:50", "El Ibex 35 cierra con una caída del 1,1 % hasta los 15.220 puntos",
  "El Ibex 35 ha cerrado la sesión de este martes con una caída del 1,1 %, hasta los 15.220 puntos, lastrado por los valores "
  "turísticos y las constructoras, en una jornada de ventas generalizadas en Europa.")
O("TPL-ibex-cierre-d3", "template", "diariosol", 3, "15:51", "El Ibex 35 cierra plano en los 15.236 puntos",
  "El Ibex 35 ha cerrado la sesión de este miércoles prácticamente plano, con un avance del 0,1 %, hasta los 15.236 puntos, "
  "a la espera de los resultados de la gran banca estadounidense.")

O("TPL-kurs-cb-d1", "template", "vestnik", 1, "13:00", "Официальный курс ЦБ на 13 октября: доллар — 81,47 рубля, евро — 94,62",
  "Банк России установил официальный курс доллара на вторник, 13 октября, в размере 81,47 рубля, что на 32 копейки выше "
  "предыдущего значения. Курс евро составит 94,62 рубля.")
O("TPL-kurs-cb-d2", "template", "vestnik", 2, "13:00", "Официальный курс ЦБ на 14 октября: доллар — 81,15 рубля, евро — 94,30",
  "Банк России установил официальный курс доллара на среду, 14 октября, в размере 81,15 рубля, что на 32 копейки ниже "
  "предыдущего значения. Курс евро составит 94,30 рубля.")
O("TPL-kurs-cb-d3", "template", "vestnik", 3, "13:00", "Официальный курс ЦБ на 15 октября: доллар — 81,88 рубля, евро — 95,04",
  "Банк России установил официальный курс доллара на четверг, 15 октября, в размере 81,88 рубля, что на 73 копейки выше "
  "предыдущего значения. Курс евро составит 95,04 рубля.")

MORGEN = ("Was heute wichtig ist: Unser Newsletter „Der Morgen“ fasst jeden Werktag die wichtigsten Nachrichten aus Politik, "
          "Wirtschaft und Ihrer Region zusammen – kompakt, verständlich und in fünf Minuten gelesen.")
O("TPL-der-morgen-newsletter-d1", "template", "rheinblatt", 1, "04:45", "Der Morgen: Ihr Briefing am Montag, 12. Oktober", MORGEN)
O("TPL-der-morgen-newsletter-d2", "template", "rheinblatt", 2, "04:45", "Der Morgen: Ihr Briefing am Dienstag, 13. Oktober", MORGEN)
O("TPL-der-morgen-newsletter-d3", "template", "rheinblatt", 3, "04:45", "Der Morgen: Ihr Briefing am Mittwoch, 14. Oktober", MORGEN)

O("TPL-politie-zoekt-getuigen-d1", "template", "dagbladdelta", 1, "11:30", "Politie zoekt getuigen van overval op tankstation in Tilburg",
  "De politie zoekt getuigen van een gewapende overval op een tankstation aan de Ringbaan-West in Tilburg, zondagavond "
  "rond 22.00 uur. De dader ging er met geld vandoor. Wie iets heeft gezien, kan bellen met 0900-8844.")
O("TPL-politie-zoekt-getuigen-d2", "template", "dagbladdelta", 2, "11:30", "Politie zoekt getuigen van steekpartij in Breda",
  "De politie zoekt getuigen van een steekpartij op de Grote Markt in Breda, maandagnacht rond 02.30 uur. Een 24-jarige man "
  "raakte gewond. Wie iets heeft gezien, kan bellen met 0900-8844.")
O("TPL-politie-zoekt-getuigen-d3", "template", "dagbladdelta", 3, "11:30", "Politie zoekt getuigen van woninginbraak in Eindhoven",
  "De politie zoekt getuigen van een woninginbraak aan de Kruisstraat in Eindhoven, dinsdagmiddag tussen 13.00 en 16.00 "
  "uur. Er werden sieraden gestolen. Wie iets heeft gezien, kan bellen met 0900-8844.")

O("TPL-traffico-roma-d1", "template", "corrierelido", 1, "06:10", "Traffico a Roma, lunedì mattina code sul Gra e sulla Pontina",
  "Traffico intenso lunedì mattina sul Grande Raccordo Anulare, con code tra le uscite Casilina e Tuscolana in carreggiata "
  "interna. Rallentamenti anche sulla Pontina in direzione Roma per un incidente all'altezza di Pomezia.")
O("TPL-traffico-roma-d2", "template", "corrierelido", 2, "06:10", "Traffico a Roma, martedì mattina code sulla Roma-Fiumicino e sulla Tangenziale",
  "Traffico intenso martedì mattina sull'autostrada Roma-Fiumicino, con code dall'uscita Magliana fino al Raccordo. "
  "Rallentamenti anche sulla Tangenziale Est tra la Salaria e la Nomentana per lavori in corso.")
O("TPL-traffico-roma-d3", "template", "corrierelido", 3, "06:10", "Traffico a Roma, mercoledì mattina code sulla Salaria e sul Gra",
  "Traffico intenso mercoledì mattina sulla via Salaria in entrata verso Roma, con code da Settebagni. Rallentamenti anche "
  "sul Grande Raccordo Anulare tra le uscite Flaminia e Aurelia in carreggiata esterna.")

O("TPL-mini-lotto-d1", "template", "gazetawisla", 1, "20:10", "Wyniki Mini Lotto z poniedziałku 12 października",
  "Oto wyniki poniedziałkowego losowania Mini Lotto z 12 października: 3, 9, 17, 28, 41. Sprawdź, czy Twój kupon jest "
  "wygrany; nagrody można odbierać przez 60 dni.")
O("TPL-mini-lotto-d2", "template", "gazetawisla", 2, "20:10", "Wyniki Mini Lotto z wtorku 13 października",
  "Oto wyniki wtorkowego losowania Mini Lotto z 13 października: 5, 12, 22, 30, 37. Sprawdź, czy Twój kupon jest wygrany; "
  "nagrody można odbierać przez 60 dni.")
O("TPL-mini-lotto-d3", "template", "gazetawisla", 3, "20:10", "Wyniki Mini Lotto ze środy 14 października",
  "Oto wyniki środowego losowania Mini Lotto z 14 października: 1, 8, 19, 33, 42. Sprawdź, czy Twój kupon jest wygrany; "
  "nagrody można odbierać przez 60 dni.")

# ---------------------------------------------------------------- singles
O("X01-new-forest-white-stag", "single", "ledger", 3, "13:05", "Rare white stag photographed in the New Forest",
  "A rare white stag has been photographed by a dog walker near Lyndhurst in the New Forest, the first confirmed sighting "
  "there for more than a decade, Forestry England said on Wednesday.")
O("X02-adelaide-jacaranda-lane", "single", "pacificecho", 1, "22:40", "Adelaide names city laneway after jazz legend",
  "Adelaide City Council will rename a laneway off Rundle Street after a local jazz singer who performed in the city's "
  "clubs for six decades, following a petition signed by 8,000 people.")
O("X03-atacama-desert-bloom", "single", "worldline", 2, "07:50", "World: Chile's Atacama desert bursts into bloom after rare rains",
  "Parts of Chile's Atacama desert, one of the driest places on Earth, are covered in pink and purple flowers after "
  "unusually heavy winter rains, drawing thousands of visitors to the area around Copiapó.")
O("X04-graz-schlossberg-lift", "single", "alpenkurier", 2, "09:30", "Grazer Schlossberglift nach Sanierung wieder in Betrieb",
  "Der Lift im Inneren des Grazer Schlossbergs fährt nach fünfmonatiger Sanierung wieder. Die neue Kabine bietet Platz für "
  "16 Personen und bringt Fahrgäste in 30 Sekunden vom Schlossbergplatz zum Uhrturm.")
O("X05-fribourg-vitraux-cathedrale", "single", "lematinromand", 1, "16:20", "Fribourg: la cathédrale retrouve ses vitraux restaurés",
  "Après trois ans de restauration, les vitraux Art nouveau de la cathédrale Saint-Nicolas de Fribourg ont retrouvé leur "
  "place. Une cérémonie publique est prévue samedi en présence des artisans.")
O("X06-rosario-paseo-costero", "single", "lanacionsur", 3, "13:20", "Rosario inaugura un nuevo paseo costero sobre el Paraná",
  "La Municipalidad de Rosario inauguró este miércoles un paseo costero de dos kilómetros sobre el río Paraná, con "
  "ciclovía, miradores y un muelle para pescadores en la zona norte de la ciudad.")
O("X07-aosta-teatro-romano-sera", "single", "gazzettavalle", 1, "08:30", "Aosta, il teatro romano si apre anche di sera",
  "Il teatro romano di Aosta sarà visitabile anche in orario serale, con una nuova illuminazione, ogni venerdì e sabato fino "
  "a fine novembre. L'iniziativa è promossa dalla Regione per allungare la stagione turistica.")
O("X08-guimaraes-ciclovia", "single", "jornalporto", 2, "10:15", "Guimarães inaugura ecovia entre o centro e a Penha",
  "A Câmara de Guimarães inaugurou esta terça-feira uma ecovia de seis quilómetros que liga o centro histórico ao sopé da "
  "Penha, destinada a peões e ciclistas.")
O("X09-brugge-elektrische-bootjes", "single", "gvanieuws", 1, "11:20", "Brugse reien krijgen elektrische rondvaartboten",
  "De rondvaartboten op de Brugse reien varen vanaf volgend voorjaar volledig elektrisch. De stad investeert samen met de "
  "uitbaters 2,5 miljoen euro in nieuwe boten en laadpunten aan de aanlegsteigers.")
O("X10-bytom-rynek-remont", "single", "kurierslaski", 3, "12:10", "Krótko: Bytomski rynek odzyska fontannę",
  "Na bytomskim rynku wraca fontanna, rozebrana ponad pół wieku temu. Miasto ogłosiło przetarg na jej odtworzenie według "
  "archiwalnych zdjęć, prace mają się zakończyć wiosną 2028 roku.")
O("X11-irkutsk-naberezhnaya", "single", "sibexpress", 2, "09:40", "В Иркутске открыли обновлённую набережную Ангары",
  "В Иркутске после двухлетней реконструкции открыли участок набережной Ангары длиной полтора километра. Здесь появились "
  "велодорожки, смотровые площадки и новое освещение.")
O("X12-dnipro-naberezhna-fontan", "single", "dniproinfo", 3, "10:00", "У Дніпрі на набережній встановили нові лавки та ліхтарі",
  "На Центральній набережній Дніпра завершили благоустрій ділянки завдовжки 800 метрів: встановили нові лавки, ліхтарі та "
  "питні фонтанчики, повідомили в міській раді.")
O("X13-goteborg-slottsskogen-sal", "single", "gbgkuriren", 1, "06:20", "Sälarna i Slottsskogen får nytt hem",
  "Sälarna i Slottsskogen i Göteborg ska få en ny och större bassäng. Bygget startar i vår och under tiden flyttas djuren "
  "till en djurpark i Bohuslän, meddelar kommunen.")
O("X14-olomouc-orloj", "single", "moravadnes", 2, "08:45", "Olomoucký orloj se po opravě znovu rozezněl",
  "Olomoucký orloj na radnici se po půlroční opravě znovu rozezněl. Restaurátoři vyčistili mozaiky a opravili hodinový stroj, "
  "figurky se opět pohybují každé poledne.")
O("X15-kapadokya-balon-rekor", "single", "bosfor", 1, "10:30", "Kapadokya'da balon turlarında sezon rekoru",
  "Kapadokya'da bu yıl eylül sonuna kadar 720 bin turist balon turuna katıldı. Bölgedeki işletmeler, ekim ayında da "
  "yoğunluğun sürmesini bekliyor.")
O("X16-aarhus-aaen-bro", "single", "jyskdagblad", 3, "14:00", "Ny gangbro over åen i Aarhus er åbnet",
  "En ny gangbro over Aarhus Å ved Mølleparken er åbnet for fodgængere. Broen er lavet af genbrugt træ fra havnen og "
  "skal aflaste den travle strækning langs åen.")
O("X17-braila-faleza-dunare", "single", "jurnaldunarii", 2, "11:10", "Brăila: faleza Dunării va fi modernizată",
  "Primăria Brăila a semnat contractul pentru modernizarea falezei Dunării, care va primi piste de biciclete, locuri de joacă "
  "și iluminat nou. Lucrările vor dura doi ani.")
O("X18-budapest-varkert-kiallitas", "single", "pestihirlap", 1, "09:15", "Új kiállítás nyílt a budapesti Várkert Bazárban",
  "A budapesti Várkert Bazárban hétfőn megnyílt a magyar formatervezés száz évét bemutató kiállítás. A tárlat január végéig "
  "látogatható, hétfő kivételével minden nap.")
