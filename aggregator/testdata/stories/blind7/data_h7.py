"""Items for heldout7.json (Mon 2026-08-10 .. Wed 2026-08-12).

Each group is (story label, rows); a row is
(kind, source, day 1..3, "HH:MM" UTC, title, summary).
Kind "copy*" = verbatim syndicated copy that shares the original's link.
"""
G = []


def ev(label, *rows):
    G.append((label, list(rows)))


# ---------------------------------------------------------------- English-led events
ev("E01-port-arthur-refinery-blast",
   ("original", "northgate-wire", 1, "14:10",
    "Explosion at Texas refinery injures seven workers",
    "An explosion and fire at the Gulfmark Energy refinery in Port Arthur, Texas, injured seven workers on Monday morning, the company said. A shelter-in-place order for nearby neighbourhoods was lifted after two hours; the cause is under investigation."),
   ("brief", "briefline", 1, "14:18",
    "BRIEF-Gulfmark says blast at Port Arthur refinery injured seven",
    "Gulfmark Energy says explosion and fire at its Port Arthur, Texas, refinery injured seven workers; fire extinguished; shelter-in-place order lifted; crude distillation unit shut down."),
   ("rewrite", "harbor-daily", 1, "16:00",
    "Seven hurt as blast rocks Gulfmark's Port Arthur refinery",
    "A blast at Gulfmark Energy's Port Arthur plant sent a fireball over the Texas Gulf Coast on Monday, injuring seven employees. Residents were told to stay indoors for two hours while crews put out the flames."),
   ("update", "wire-alliance", 1, "21:30",
    "UPDATE 2-Texas refinery blast injuries rise to nine; crude unit shut",
    "Nine workers were hurt in Monday's explosion at Gulfmark Energy's Port Arthur refinery, two of them seriously, the company said, revising an earlier figure of seven. Its 210,000-barrel-per-day crude unit will stay shut for at least two weeks."),
   ("translation", "heraldo-austral", 2, "01:00",
    "Explosión en una refinería de Texas deja nueve trabajadores heridos",
    "Una explosión seguida de un incendio en la refinería de Gulfmark Energy en Port Arthur, Texas, dejó nueve trabajadores heridos, dos de ellos de gravedad, informó la empresa. Las autoridades ya levantaron la orden de confinamiento para los vecinos."),
   )

ev("E02-aeralis-skyhop-deal",
   ("original", "wire-alliance", 1, "11:30",
    "Aeralis to buy budget carrier Skyhop for $2.4 billion",
    "Aeralis Airways agreed on Monday to acquire low-cost rival Skyhop for $2.4 billion including debt, creating the second-largest airline group in Canada by passengers. The deal needs approval from competition authorities and is expected to close in mid-2027."),
   ("copy*", "evening-courier", 1, "12:00",
    "Aeralis to buy budget carrier Skyhop for $2.4 billion",
    "Aeralis Airways agreed on Monday to acquire low-cost rival Skyhop for $2.4 billion including debt, creating the second-largest airline group in Canada by passengers. The deal needs approval from competition authorities and is expected to close in mid-2027."),
   ("rewrite", "the-ledger-post", 1, "13:45",
    "Aeralis swallows Skyhop in $2,400 million airline deal",
    "Canadian carrier Aeralis Airways will pay $2,400 million, debt included, for discount airline Skyhop, the companies said on Monday. The combined group would carry about 31 million passengers a year, second only to the country's flag carrier."),
   ("update", "northgate-wire", 1, "19:10",
    "UPDATE 1-Skyhop shares soar 34% on Aeralis takeover; unions wary",
    "Skyhop shares jumped 34% on Monday after Aeralis Airways agreed to buy the budget airline for $2.4 billion, while pilots' and cabin crew unions said they would seek guarantees on jobs and seniority. Aeralis expects C$150 million in yearly synergies."),
   )

ev("E03-london-heat-record",
   ("original", "metro-herald", 2, "16:30",
    "London records 39.1C, hottest August day on record",
    "Temperatures reached 39.1C at Kew Gardens on Tuesday afternoon, the highest ever recorded in the UK in August, the Met Office said. An amber heat-health alert remains in place for London and south-east England until Thursday."),
   ("rewrite", "the-ledger-post", 2, "17:40",
    "Kew hits 39.1C as Britain sets new August heat record",
    "Britain's August temperature record fell on Tuesday when thermometers at Kew in south-west London reached 39.1 degrees Celsius, according to provisional Met Office figures. Network Rail imposed speed limits on several lines."),
   ("copy", "coastline-news", 2, "18:05",
    "UK sets August temperature record in London",
    "Temperatures reached 39.1C at Kew Gardens on Tuesday afternoon, the highest ever recorded in the UK in August, the Met Office said. An amber heat-health alert remains in place for London and south-east England until Thursday."),
   ("cut", "bridgeport-times", 2, "19:00",
    "Record August heat in London",
    "Temperatures reached 39.1C at Kew Gardens on Tuesday afternoon, the highest ever recorded in the UK in August, the Met Office said…"),
   ("regional", "the-county-record", 3, "07:00",
    "News in brief: heat record",
    "Tuesday's 39.1C at Kew Gardens was the hottest August day in UK records. The amber heat-health alert for Surrey stays in force until Thursday, and councils have opened cool rooms in libraries."),
   )

ev("E04-pennine-valley-cyberattack",
   ("original", "evening-courier", 1, "09:30",
    "Cyberattack forces Pennine Valley hospitals to cancel 600 operations",
    "A ransomware attack on Pennine Valley NHS Trust has forced its three hospitals to postpone about 600 planned operations and outpatient appointments this week, the trust said on Monday. Emergency departments remain open, but patients are urged to attend only if necessary."),
   ("rewrite", "harbor-daily", 1, "11:10",
    "Ransomware hits Pennine Valley NHS Trust; hundreds of operations postponed",
    "Hospitals run by Pennine Valley NHS Trust have fallen back on pen and paper after hackers encrypted their IT systems. About 600 non-urgent procedures will be rescheduled, and the National Cyber Security Centre is assisting."),
   ("update", "wire-alliance", 1, "17:20",
    "UPDATE 1-UK hospital trust says hackers demand ransom, patient data may be affected",
    "Pennine Valley NHS Trust said on Monday that the criminals behind a cyberattack on its hospitals had demanded a ransom and that some patient data may have been copied. The trust, which has postponed 600 operations, said it would not pay."),
   ("translation", "donau-nachrichten", 1, "18:30",
    "Cyberangriff auf britische Kliniken: 600 Operationen abgesagt",
    "Ein Hackerangriff auf den britischen Klinikverbund Pennine Valley NHS Trust hat zur Absage von rund 600 geplanten Operationen und Terminen geführt. Die Angreifer fordern Lösegeld; der Trust kündigte an, nicht zu zahlen."),
   )

ev("E05-flagstaff-flash-flood",
   ("original", "coastline-news", 2, "03:40",
    "Flash flood sweeps cars through Flagstaff streets",
    "A monsoon downpour sent a flash flood through east Flagstaff, Arizona, on Monday evening, sweeping at least a dozen cars down Route 66 and flooding 40 homes, city officials said. Two people were rescued from a vehicle; no injuries were reported."),
   ("brief", "briefline", 2, "03:55",
    "BRIEF-Flash flood in Flagstaff, Arizona; two rescued from car",
    "City of Flagstaff says flash flooding after a monsoon storm swept cars along Route 66 in east Flagstaff; two people rescued from a vehicle; about 40 homes flooded; no injuries reported."),
   ("rewrite", "bridgeport-times", 2, "06:20",
    "Monsoon storm turns Route 66 into a river in Flagstaff",
    "Torrents of muddy water rushed down Route 66 in Flagstaff on Monday night after more than 5 cm of rain fell on a wildfire burn scar above the city. Firefighters pulled two people from a stranded car; around 40 houses took on water."),
   ("update", "wire-alliance", 2, "17:30",
    "UPDATE 1-Flagstaff declares emergency after flash flood damages 55 homes",
    "Flagstaff's mayor declared a local emergency on Tuesday after a survey found 55 homes damaged by Monday evening's flash flood, up from an earlier estimate of 40. Crews were clearing mud and debris from Route 66, which remained closed east of downtown."),
   )

ev("E06-orbital-foods-ceo-ousted",
   ("original", "market-sentinel", 1, "12:50",
    "Orbital Foods ousts CEO Dana Whitcombe after profit warnings",
    "Orbital Foods' board removed chief executive Dana Whitcombe on Monday after three profit warnings in a year, naming finance chief Rafael Ortiz as interim CEO. Shares in the snack maker have fallen 38% since January."),
   ("rewrite", "northgate-wire", 1, "13:30",
    "Orbital Foods board fires Whitcombe, names CFO interim chief",
    "Dana Whitcombe is out as head of Orbital Foods, the maker of Zesta crisps said, after the board lost patience following repeated cuts to its earnings outlook. CFO Rafael Ortiz takes over while a search for a permanent successor is run."),
   ("cut", "bridgeport-times", 1, "15:40",
    "Orbital Foods changes leadership",
    "Orbital Foods' board removed chief executive Dana Whitcombe on Monday after three profit warnings in a year, naming finance chief…"),
   ("update", "wire-alliance", 1, "20:15",
    "UPDATE 1-Orbital Foods shares rise 5% after CEO exit; activist welcomes move",
    "Orbital Foods shares closed up 5% on Monday after the board ousted chief executive Dana Whitcombe. Activist investor Kestrel Ridge Capital, which owns 7% of the snack maker, said the change was 'long overdue'."),
   )

ev("E07-port-botany-dock-strike",
   ("original", "globe-desk", 2, "01:45",
    "World: Port Botany dockworkers to strike for 72 hours from Thursday",
    "About 900 dockworkers at Sydney's Port Botany will strike for 72 hours from Thursday after pay talks with terminal operator Harbourline collapsed, their union said on Tuesday. Shipping lines warned of delays to container deliveries across New South Wales."),
   ("brief", "briefline", 2, "01:52",
    "BRIEF-Sydney's Port Botany faces 72-hour dock strike from Thursday",
    "Union says about 900 dockworkers at Port Botany will strike for 72 hours from Thursday after pay talks with terminal operator Harbourline failed; shipping lines warn of container delays."),
   ("rewrite", "coastline-news", 2, "03:30",
    "Sydney port faces three-day shutdown as wharfies walk off Thursday",
    "Container traffic through Port Botany is set to grind to a halt from Thursday when some 900 wharfies begin a three-day strike against Harbourline. The union wants a 15% pay rise over three years; the company has offered 9%."),
   ("regional", "bridgeport-times", 3, "01:20",
    "Port Botany strike: what you need to know",
    "About 900 Port Botany dockworkers will stop work for 72 hours from Thursday. Harbourline says retailers should expect container delays of up to a week; talks are set to resume at the Fair Work Commission on Wednesday."),
   )

ev("E08-zenith-rocket-failure",
   ("original", "northgate-wire", 2, "04:10",
    "Zenith Orbital rocket fails minutes after launch from New Zealand",
    "A Zenith Orbital Talon-2 rocket failed about three minutes after lifting off from the Mahia Peninsula in New Zealand on Tuesday, losing two Earth-observation satellites, the company said. It was the launch provider's second failure in 14 flights."),
   ("rewrite", "metro-herald", 2, "06:00",
    "Zenith loses two satellites as Talon-2 rocket fails over Pacific",
    "Zenith Orbital's Talon-2 rocket broke up over the Pacific shortly after launch from Mahia on Tuesday, destroying two imaging satellites. The company said the second stage appeared to have shut down early."),
   ("update", "wire-alliance", 2, "09:40",
    "UPDATE 1-Zenith Orbital suspends launches after rocket failure, shares slide",
    "Zenith Orbital suspended all launches pending an investigation after its Talon-2 rocket failed on Tuesday, destroying two satellites. Its shares fell 17% in after-hours trading in New York; early data pointed to a second-stage engine problem."),
   ("translation", "journal-laurentien", 2, "12:00",
    "Échec du lancement d'une fusée Zenith Orbital en Nouvelle-Zélande",
    "Une fusée Talon-2 de la société Zenith Orbital a échoué environ trois minutes après son décollage de la péninsule de Mahia, en Nouvelle-Zélande, mardi, détruisant deux satellites d'observation de la Terre. L'entreprise a suspendu ses lancements."),
   )

ev("E09-halbrook-inhaler-recall",
   ("original", "the-ledger-post", 3, "09:10",
    "Halbrook Pharma recalls 1.2 million asthma inhalers",
    "Halbrook Pharma is recalling 1.2 million Breezel asthma inhalers sold in Britain and Ireland because some may deliver less than the stated dose, the medicines regulator MHRA said on Wednesday. Patients were told not to stop using their inhalers before getting a replacement."),
   ("copy*", "evening-courier", 3, "09:40",
    "Halbrook Pharma recalls 1.2 million asthma inhalers",
    "Halbrook Pharma is recalling 1.2 million Breezel asthma inhalers sold in Britain and Ireland because some may deliver less than the stated dose, the medicines regulator MHRA said on Wednesday. Patients were told not to stop using their inhalers before getting a replacement."),
   ("rewrite", "metro-herald", 3, "11:30",
    "1.2m Breezel inhalers recalled over dose fault",
    "Asthma patients across the UK and Ireland are being asked to swap their Breezel inhalers after Halbrook Pharma found some units may release too little medicine. The MHRA said 1.2 million devices from 14 batches are affected."),
   ("regional", "the-county-record", 3, "20:30",
    "What you need to know: Breezel inhaler recall",
    "Pharmacies in Surrey are swapping Breezel asthma inhalers after Halbrook Pharma recalled 1.2 million units that may give too low a dose. Patients should keep using their inhaler until they get a new one."),
   )

ev("E10-graham-tull-fraud-charges",
   ("original", "globe-desk", 1, "15:30",
    "World: Former Ontario minister charged with fraud. Tull denies wrongdoing",
    "Former Ontario infrastructure minister Graham Tull was charged on Monday with fraud over C$3.2 million in contracts awarded to a consulting firm run by his brother-in-law, provincial police said. Tull, 61, said he would fight the charges."),
   ("rewrite", "coastline-news", 1, "17:20",
    "Graham Tull faces fraud charges over C$3.2m contracts",
    "Ontario Provincial Police have charged Graham Tull, who ran the province's infrastructure ministry until 2024, with fraud and breach of trust linked to consulting contracts worth C$3.2 million. His lawyer said Tull was innocent."),
   ("cut", "harbor-daily", 1, "19:00",
    "Fraud charges for ex-Ontario minister",
    "Former Ontario infrastructure minister Graham Tull was charged on Monday with fraud over C$3.2 million in contracts awarded to a consulting firm…"),
   ("update", "northgate-wire", 1, "22:40",
    "UPDATE 1-Ex-Ontario minister Tull released on bail, surrenders passport",
    "Former Ontario infrastructure minister Graham Tull was released on C$50,000 bail on Monday evening after being charged with fraud over C$3.2 million in consulting contracts, and was ordered to surrender his passport. He is due in court on September 14."),
   )

ev("E11-billings-grain-train-derailment",
   ("original", "harbor-daily", 2, "13:10",
    "Freight train carrying grain derails near Billings, Montana",
    "Twenty-two cars of a freight train carrying wheat derailed near Billings, Montana, early on Tuesday, spilling grain along the Yellowstone River but causing no injuries, the railroad said. The main line between Billings and Laurel is closed."),
   ("brief", "briefline", 2, "13:25",
    "BRIEF-Freight train derails near Billings, Montana; no injuries",
    "Railroad says 22 cars of a grain train derailed near Billings, Montana; no injuries and no hazardous materials involved; main line between Billings and Laurel closed until further notice."),
   ("rewrite", "bridgeport-times", 2, "14:40",
    "22 grain cars derail along Yellowstone River",
    "A westbound freight train left the tracks outside Billings on Tuesday morning, tipping 22 hopper cars of wheat near the Yellowstone River. Nobody was hurt, and the two-person crew walked away uninjured, the railroad said."),
   ("update", "harbor-daily", 2, "18:30",
    "Billings derailment: line to reopen Thursday as crews clear wheat",
    "The railroad said on Tuesday evening it expected to reopen its main line between Billings and Laurel by Thursday after crews began clearing 22 derailed grain cars. State officials said there was no risk to drinking water from the Yellowstone River."),
   )

ev("E12-macquarie-harbour-whales",
   ("original", "coastline-news", 1, "02:00",
    "140 pilot whales stranded in Tasmania's Macquarie Harbour",
    "About 140 long-finned pilot whales have stranded on a sand bar at the entrance to Macquarie Harbour on Tasmania's west coast, wildlife officials said on Monday. Rescuers said about 90 were still alive and efforts to refloat them would begin at high tide."),
   ("rewrite", "bridgeport-times", 1, "04:30",
    "Race to save pilot whales beached near Strahan",
    "Wildlife crews near Strahan are trying to keep alive dozens of pilot whales that beached at the mouth of Macquarie Harbour on Monday. Of roughly 140 animals, around 90 were still breathing when rescuers arrived."),
   ("update", "northgate-wire", 1, "10:15",
    "UPDATE 1-Rescuers refloat 45 whales in Tasmania, dozens dead",
    "Rescuers refloated 45 pilot whales from a sand bar at Macquarie Harbour on Tasmania's west coast on Monday, but about 70 of the 140 stranded animals had died, the state's parks service said. Efforts will resume at dawn."),
   ("translation", "corriere-del-golfo", 1, "13:00",
    "Tasmania, 140 globicefali spiaggiati: salvati in 45",
    "Circa 140 globicefali si sono arenati su un banco di sabbia all'ingresso di Macquarie Harbour, sulla costa occidentale della Tasmania. I soccorritori sono riusciti a riportarne in mare 45, ma una settantina di animali sono morti."),
   ("regional", "globe-desk", 2, "00:40",
    "World: Tasmania whale rescue resumes",
    "In Tasmania, rescuers resumed work at dawn on Tuesday to refloat the remaining pilot whales stranded at Macquarie Harbour, where about 70 of some 140 animals have died and 45 were returned to sea on Monday."),
   )

ev("E13-kingsbridge-stadium-plan",
   ("original", "metro-herald", 3, "12:00",
    "Kingsbridge Rovers unveil £450m stadium plan",
    "Kingsbridge Rovers have unveiled plans for a 42,000-seat stadium on former railway land next to their current ground, at a cost of £450 million. The club hopes to move in for the 2030-31 season if planning permission is granted."),
   ("rewrite", "evening-courier", 3, "13:30",
    "Rovers' 42,000-seat dream: £450m new ground planned",
    "Kingsbridge Rovers want to nearly double their capacity with a new 42,000-seat arena on old railway sidings beside the current stadium. The £450m project, revealed on Wednesday, still needs council approval."),
   ("copy", "coastline-news", 3, "14:10",
    "Kingsbridge Rovers plan new 42,000-seat ground",
    "Kingsbridge Rovers have unveiled plans for a 42,000-seat stadium on former railway land next to their current ground, at a cost of £450 million. The club hopes to move in for the 2030-31 season if planning permission is granted."),
   ("cut", "bridgeport-times", 3, "16:20",
    "New stadium for Kingsbridge?",
    "Kingsbridge Rovers have unveiled plans for a 42,000-seat stadium on former railway land next to their current ground, at a cost of…"),
   )

ev("E14-albion-mutual-fca-fine",
   ("original", "market-sentinel", 2, "09:00",
    "FCA fines Albion Mutual £38m over mortgage arrears failings",
    "The Financial Conduct Authority fined building society Albion Mutual £38 million on Tuesday for failing to treat customers in mortgage arrears fairly between 2020 and 2024. The lender has also paid £61 million in redress to 19,000 borrowers."),
   ("brief", "briefline", 2, "09:02",
    "BRIEF-UK FCA fines Albion Mutual 38 mln stg",
    "Financial Conduct Authority says it fined Albion Mutual £38 million for failings in its treatment of mortgage customers in arrears; lender has paid £61 million in redress to 19,000 borrowers."),
   ("rewrite", "the-ledger-post", 2, "11:10",
    "Albion Mutual hit with £38 million fine for arrears failings",
    "Britain's financial watchdog has ordered Albion Mutual to pay £38 million after finding it charged struggling borrowers excessive fees and pushed them into unaffordable repayment plans. The building society said it had overhauled its processes."),
   ("cut", "evening-courier", 2, "12:40",
    "Watchdog fines Albion Mutual",
    "The Financial Conduct Authority fined building society Albion Mutual £38 million on Tuesday for failing to treat customers in mortgage arrears fairly…"),
   )

ev("E15-auckland-substation-outage",
   ("original", "northgate-wire", 1, "05:30",
    "Substation fire cuts power to 60,000 Auckland homes",
    "A fire at a substation in Penrose left about 60,000 homes and businesses in central and eastern Auckland without power on Monday evening, lines company Harbourlink Networks said. Traffic lights failed and trains were halted on the Eastern Line."),
   ("rewrite", "coastline-news", 1, "07:00",
    "Auckland blackout: 60,000 without power after Penrose fire",
    "A blaze at the Penrose substation plunged tens of thousands of Auckland properties into darkness on Monday night, stranding commuters on the Eastern Line. Harbourlink Networks said about 60,000 customers were affected."),
   ("update", "wire-alliance", 1, "19:20",
    "UPDATE 1-Power restored to most of Auckland; 8,000 still dark",
    "Power had been restored to all but about 8,000 of the 60,000 Auckland customers hit by a substation fire in Penrose, Harbourlink Networks said on Tuesday morning local time. The company said full restoration could take until evening."),
   ("regional", "globe-desk", 2, "09:00",
    "World: Auckland outage over",
    "In New Zealand, Harbourlink Networks said power had been restored on Tuesday evening to all Auckland customers hit by Monday's substation fire in Penrose, which had cut electricity to about 60,000 homes and businesses."),
   )

ev("E16-nimbus-parrotfish-deal",
   ("original", "market-sentinel", 2, "13:30",
    "Nimbus Labs to buy AI start-up Parrotfish for $780 million",
    "Cloud software firm Nimbus Labs agreed on Tuesday to buy Parrotfish, a start-up that makes AI translation tools for call centres, for $780 million in cash and stock. Parrotfish's 260 employees will join Nimbus's Dublin office."),
   ("rewrite", "northgate-wire", 2, "14:20",
    "Nimbus bets on AI voice translation with $780m Parrotfish deal",
    "Nimbus Labs is paying $780m for Parrotfish, whose software translates customer-service calls in real time, the companies said on Tuesday. The deal is the largest acquisition in Nimbus's history."),
   ("cut", "bridgeport-times", 2, "16:00",
    "Nimbus Labs makes biggest acquisition yet",
    "Cloud software firm Nimbus Labs agreed on Tuesday to buy Parrotfish, a start-up that makes AI translation tools for call centres…"),
   ("translation", "het-kanaal", 2, "17:30",
    "Nimbus Labs koopt AI-start-up Parrotfish voor 780 miljoen dollar",
    "Het Amerikaanse softwarebedrijf Nimbus Labs neemt Parrotfish over, een start-up die met kunstmatige intelligentie klantgesprekken in callcenters vertaalt. De overnamesom bedraagt 780 miljoen dollar in contanten en aandelen."),
   )

ev("E17-leicester-roman-mosaic",
   ("original", "the-ledger-post", 1, "10:10",
    "Roman mosaic found under Leicester car park",
    "Archaeologists have uncovered a near-complete Roman mosaic floor showing a hunting scene beneath a car park in central Leicester, the city council said on Monday. The 4th-century mosaic measures about six metres by four."),
   ("copy*", "evening-courier", 1, "10:40",
    "Roman mosaic found under Leicester car park",
    "Archaeologists have uncovered a near-complete Roman mosaic floor showing a hunting scene beneath a car park in central Leicester, the city council said on Monday. The 4th-century mosaic measures about six metres by four."),
   ("rewrite", "harbor-daily", 1, "12:30",
    "Hunting scene emerges as diggers find Roman floor in Leicester",
    "A colourful 4th-century mosaic depicting hounds chasing a stag has been revealed under a city-centre car park in Leicester. University archaeologists said the six-by-four-metre floor probably belonged to a wealthy townhouse."),
   ("regional", "coastline-news", 2, "08:15",
    "News in brief: Leicester mosaic",
    "The Roman hunting-scene mosaic found under a Leicester car park will be lifted and put on display at the city's Jewry Wall Museum, the council said. The public can view the dig on Saturday."),
   )

ev("E18-newfoundland-snap-election",
   ("original", "coastline-news", 2, "14:30",
    "Newfoundland premier calls snap election for September 21",
    "Newfoundland and Labrador Premier Colin Ashby called a snap provincial election on Tuesday for September 21, more than a year ahead of schedule, saying he needed a fresh mandate for an offshore wind deal. His party holds 22 of 40 seats."),
   ("rewrite", "globe-desk", 2, "16:10",
    "World: Newfoundland heads to the polls early",
    "Premier Colin Ashby has asked Newfoundland and Labrador's lieutenant governor to dissolve the legislature, setting up a provincial vote on September 21. Ashby wants voters to back a proposed offshore wind partnership."),
   ("update", "northgate-wire", 2, "20:00",
    "UPDATE 1-Newfoundland opposition slams 'opportunistic' snap vote",
    "Opposition leaders in Newfoundland and Labrador accused Premier Colin Ashby of calling an opportunistic snap election for September 21 while his party leads in the polls. Ashby said the province's offshore wind deal needed a clear mandate."),
   )

ev("E19-lena-marsh-toronto-title",
   ("original", "metro-herald", 1, "23:10",
    "Lena Marsh wins Toronto title with comeback over Petrova",
    "Britain's Lena Marsh came from a set down to beat Daria Petrova 4-6, 6-3, 6-2 in the final of the Toronto Open on Monday, winning her first WTA 1000 title. The 22-year-old will rise to No 11 in the world rankings."),
   ("brief", "briefline", 1, "23:14",
    "BRIEF-Tennis: Marsh beats Petrova to win Toronto Open",
    "Lena Marsh of Britain wins Toronto Open final, beating Daria Petrova 4-6 6-3 6-2; first WTA 1000 title of her career; Marsh to move up to 11th in the world rankings."),
   ("rewrite", "the-ledger-post", 2, "00:20",
    "Marsh fights back to claim biggest title of her career",
    "Lena Marsh lifted the Toronto Open trophy after recovering from losing the first set to Daria Petrova, winning 4-6 6-3 6-2. The victory will take the 22-year-old Briton into the world's top 12."),
   ("cut", "evening-courier", 2, "07:30",
    "Marsh wins in Toronto",
    "Britain's Lena Marsh came from a set down to beat Daria Petrova 4-6, 6-3, 6-2 in the final of the Toronto Open on Monday…"),
   )

ev("E20-belfast-gas-leak",
   ("original", "evening-courier", 3, "08:40",
    "Gas leak forces evacuation of 2,000 in Belfast city centre",
    "About 2,000 people were evacuated from offices and shops around Donegall Place in Belfast on Wednesday morning after contractors damaged a gas main, the PSNI said. Streets were cordoned off and bus services diverted."),
   ("brief", "briefline", 3, "08:55",
    "BRIEF-Belfast city centre evacuated after gas main damaged",
    "Police Service of Northern Ireland says about 2,000 people evacuated from buildings around Donegall Place, Belfast, after contractors damaged a gas main; cordon in place; buses diverted."),
   ("rewrite", "harbor-daily", 3, "10:20",
    "Two thousand moved out as workers hit gas main in Belfast",
    "Shoppers and office staff streamed out of buildings near Belfast City Hall on Wednesday after a digger ruptured a gas pipe on Donegall Place. Police put the number evacuated at around two thousand."),
   ("update", "wire-alliance", 3, "14:00",
    "UPDATE 1-Belfast gas leak sealed, cordon lifted after five hours",
    "Engineers sealed a damaged gas main in Belfast city centre on Wednesday afternoon and police lifted a cordon around Donegall Place about five hours after some 2,000 people were evacuated. No one was hurt."),
   )

# ---------------------------------------------------------------- events led in other languages
ev("E21-heilbronn-hail-vineyards",
   ("original", "rheinblick-zeitung", 1, "07:30",
    "Hagel verwüstet Weinberge bei Heilbronn",
    "Ein schweres Unwetter mit bis zu vier Zentimeter großen Hagelkörnern hat am Sonntagabend Weinberge rund um Heilbronn schwer beschädigt. Winzer rechnen mit Ernteausfällen von bis zu 70 Prozent, teilte der Weinbauverband Württemberg mit."),
   ("rewrite", "alpenkurier", 1, "09:45",
    "Hagelschlag im Unterland: Heilbronner Winzer fürchten Totalausfall",
    "Nach dem Hagelsturm vom Sonntag stehen viele Weingärtner im Heilbronner Land vor zerfetzten Reben. Der Weinbauverband schätzt, dass in den betroffenen Lagen bis zu 70 Prozent der Trauben verloren sind."),
   ("update", "hanse-depesche", 1, "16:00",
    "ROUNDUP: Land prüft Hilfen für hagelgeschädigte Winzer bei Heilbronn",
    "Nach dem schweren Hagel bei Heilbronn prüft das baden-württembergische Agrarministerium Soforthilfen für betroffene Winzer. Auf rund 1.100 Hektar Rebfläche seien Schäden gemeldet worden, teilte das Ministerium am Montag mit. Teils droht ein Ausfall von 70 Prozent."),
   ("regional", "kreisbote-online", 2, "05:30",
    "Kurz notiert: Hagelschäden in den Weinbergen",
    "Rund 1100 Hektar Reben im Raum Heilbronn sind nach dem Hagel vom Sonntagabend beschädigt. Das Land prüft nun Soforthilfen für die betroffenen Winzer, die mit hohen Ernteausfällen rechnen."),
   )

ev("E22-varnholt-leverkusen-closure",
   ("original", "elbe-rundschau", 2, "10:10",
    "Chemiekonzern Varnholt schließt Werk in Leverkusen – 800 Stellen betroffen",
    "Der Chemiekonzern Varnholt will sein Werk für Pflanzenschutz-Vorprodukte in Leverkusen bis Mitte 2028 schließen. Betroffen sind rund 800 Beschäftigte, teilte das Unternehmen am Dienstag mit. Als Gründe nannte Varnholt hohe Energiekosten und billige Konkurrenz aus Asien."),
   ("brief", "hanse-depesche", 2, "10:25",
    "EIL: Varnholt schließt Werk in Leverkusen",
    "Der Chemiekonzern Varnholt schließt sein Werk in Leverkusen bis Mitte 2028. Rund 800 Arbeitsplätze sind nach Unternehmensangaben betroffen. Weitere Einzelheiten folgen in Kürze."),
   ("rewrite", "rheinblick-zeitung", 2, "12:00",
    "Aus für Varnholt-Standort Leverkusen: 800 Jobs fallen weg",
    "Schlechte Nachrichten für den Chemiestandort Leverkusen: Varnholt macht sein Werk dicht, rund 800 Mitarbeiter verlieren bis 2028 ihre Arbeit. Der Konzern verweist auf hohe Strompreise und Wettbewerber aus China und Indien."),
   ("translation", "wire-alliance", 2, "13:20",
    "Germany's Varnholt to close Leverkusen chemicals plant, cutting 800 jobs",
    "German chemicals group Varnholt will close its crop-protection intermediates plant in Leverkusen by mid-2028, affecting about 800 employees, the company said on Tuesday, citing high energy costs and cheaper Asian competition."),
   ("update", "hanse-depesche", 2, "17:45",
    "ROUNDUP: Varnholt-Werksschließung – NRW-Landesregierung will Gespräche",
    "Nach der angekündigten Schließung des Varnholt-Werks in Leverkusen mit rund 800 Beschäftigten will die nordrhein-westfälische Landesregierung kurzfristig mit dem Vorstand sprechen. Die IG BCE kritisierte die Entscheidung als 'Kahlschlag' und kündigte Proteste an."),
   )

ev("E23-brenner-rockfall",
   ("original", "alpenkurier", 3, "05:30",
    "Felssturz sperrt Brennerautobahn bei Matrei",
    "Ein Felssturz hat in der Nacht auf Mittwoch die Brennerautobahn A13 bei Matrei am Brenner in beiden Richtungen verschüttet. Verletzt wurde niemand. Die ASFINAG rechnet mit einer Sperre von mindestens zwei Tagen; der Verkehr wird über die Brennerstraße umgeleitet."),
   ("rewrite", "donau-nachrichten", 3, "07:10",
    "Tonnen Gestein auf der A13: Brenner-Route dicht",
    "Rund 2.000 Kubikmeter Fels sind in der Nacht bei Matrei auf die Brennerautobahn gestürzt. Die wichtigste Alpenquerung zwischen Österreich und Italien ist gesperrt; Lkw stauen sich bereits bis Innsbruck."),
   ("update", "hanse-depesche", 3, "13:00",
    "ROUNDUP: Brennerautobahn nach Felssturz bis Freitag gesperrt",
    "Die nach einem Felssturz bei Matrei gesperrte Brennerautobahn bleibt voraussichtlich bis Freitag zu. Geologen prüfen den Hang, teilte die ASFINAG am Mittwoch mit. Tirol hat für die Ausweichroute ein Lkw-Fahrverbot verhängt."),
   ("cut", "elbe-rundschau", 3, "14:30",
    "Brenner: Autobahn nach Felssturz gesperrt",
    "Ein Felssturz hat in der Nacht auf Mittwoch die Brennerautobahn A13 bei Matrei am Brenner in beiden Richtungen verschüttet. Verletzt wurde…"),
   )

ev("E24-lyon-chemical-plant-explosion",
   ("original", "le-courrier-du-port", 1, "10:00",
    "Explosion dans une usine chimique près de Lyon : quatre blessés",
    "Une explosion suivie d'un incendie s'est produite lundi matin dans une usine de solvants de la vallée de la chimie, à Saint-Fons, au sud de Lyon. Quatre salariés ont été blessés, dont un grièvement, selon la préfecture du Rhône."),
   ("rewrite", "la-voix-du-midi", 1, "11:45",
    "Saint-Fons : une usine de solvants explose, un salarié grièvement blessé",
    "Un panache de fumée noire était visible depuis Lyon après l'explosion survenue lundi dans une usine de la vallée de la chimie, à Saint-Fons. Sur les quatre blessés, un est dans un état grave, a précisé la préfecture."),
   ("update", "depeche-francophone", 1, "16:30",
    "MISE À JOUR 1-Explosion à Saint-Fons : l'incendie maîtrisé, pas de risque toxique selon la préfecture",
    "L'incendie qui a suivi l'explosion d'une usine de solvants à Saint-Fons, près de Lyon, a été maîtrisé lundi en début d'après-midi, a annoncé la préfecture, qui exclut tout risque toxique pour la population. Quatre salariés ont été blessés."),
   ("translation", "globe-desk", 1, "17:40",
    "World: Explosion at chemical plant near Lyon injures four",
    "An explosion and fire at a solvent plant in Saint-Fons, in the chemical valley south of Lyon, injured four workers on Monday, one of them seriously, French authorities said. They said there was no toxic risk to residents."),
   )

ev("E25-belgian-rail-strike-tuesday",
   ("original", "echo-de-wallonie", 1, "09:20",
    "Grève nationale du rail le mardi 18 août : un train sur trois",
    "Les syndicats de cheminots ont confirmé lundi une grève nationale de 24 heures le mardi 18 août contre la réforme des pensions. La SNCB prévoit de faire circuler environ un train sur trois et conseille de reporter les déplacements non essentiels."),
   ("rewrite", "quotidien-de-l-est", 1, "11:00",
    "Belgique : les cheminots en grève mardi 18 août",
    "Le trafic ferroviaire belge sera fortement perturbé le mardi 18 août : les syndicats ont déposé un préavis de grève nationale de 24 heures pour protester contre la réforme des retraites. Seul un tiers des trains devrait rouler."),
   ("copy", "depeche-francophone", 1, "11:40",
    "Belgique : grève nationale des cheminots le 18 août",
    "Les syndicats de cheminots ont confirmé lundi une grève nationale de 24 heures le mardi 18 août contre la réforme des pensions. La SNCB prévoit de faire circuler environ un train sur trois et conseille de reporter les déplacements non essentiels."),
   ("translation", "het-kanaal", 1, "13:00",
    "Nationale spoorstaking op dinsdag 18 augustus: één op drie treinen rijdt",
    "De spoorbonden hebben maandag een nationale staking van 24 uur aangekondigd op dinsdag 18 augustus, uit protest tegen de pensioenhervorming. De NMBS verwacht ongeveer één op de drie treinen te laten rijden."),
   )

ev("E26-chibougamau-forest-fire",
   ("original", "journal-laurentien", 2, "13:30",
    "Feu de forêt près de Chibougamau : 900 résidents évacués",
    "La SOPFEU a recommandé mardi l'évacuation préventive d'environ 900 résidents du secteur ouest de Chibougamau, menacé par un feu de forêt de 6 500 hectares. Le brasier se trouve à une douzaine de kilomètres de la ville."),
   ("rewrite", "le-courrier-du-port", 2, "16:00",
    "Québec : Chibougamau menacée par un incendie de 6500 hectares",
    "Au Québec, quelque 900 habitants de Chibougamau ont dû quitter leur domicile mardi en raison d'un feu de forêt qui couvre déjà 6500 hectares, à une douzaine de kilomètres de la ville, selon la SOPFEU."),
   ("cut", "depeche-francophone", 2, "17:20",
    "Chibougamau : évacuation préventive",
    "La SOPFEU a recommandé mardi l'évacuation préventive d'environ 900 résidents du secteur ouest de Chibougamau, menacé par un feu de forêt…"),
   )

ev("E27-buenos-aires-transport-strike",
   ("original", "gaceta-del-plata", 2, "11:00",
    "Paro de colectivos en Buenos Aires: 70 líneas sin servicio",
    "Unas 70 líneas de colectivos del Área Metropolitana de Buenos Aires no funcionan este martes por un paro de choferes en reclamo de aumentos salariales. Millones de pasajeros se volcaron a los trenes y el subte, que funcionan con normalidad."),
   ("brief", "agencia-iberica", 2, "11:20",
    "URGENTE-Paro de choferes deja sin servicio a 70 líneas de colectivos en Buenos Aires",
    "Unas 70 líneas de colectivos del área metropolitana de Buenos Aires están paralizadas por un paro de choferes que reclaman aumentos salariales, según el sindicato. Trenes y subte funcionan con normalidad. Ampliaremos."),
   ("rewrite", "heraldo-austral", 2, "12:40",
    "Huelga de conductores deja sin autobuses a gran parte de Buenos Aires",
    "La capital argentina amaneció el martes con setenta líneas de autobuses paralizadas por una huelga de conductores que exigen mejoras salariales. El metro y los trenes registraron fuertes aglomeraciones en las horas punta."),
   ("update", "agencia-iberica", 2, "20:15",
    "ACTUALIZACIÓN 1-Levantan el paro de colectivos en Buenos Aires tras un acuerdo salarial",
    "El sindicato de choferes levantó el martes por la noche el paro que dejó sin servicio a unas 70 líneas de colectivos en Buenos Aires, tras alcanzar un acuerdo de aumento salarial del 9% con las empresas. El servicio se normalizará el miércoles."),
   )

ev("E28-seville-heat-record",
   ("original", "diario-del-estrecho", 1, "16:00",
    "Sevilla marca 45,2 grados, récord de temperatura en agosto",
    "El aeropuerto de Sevilla registró este lunes a las 16.40 una temperatura de 45,2 grados, la más alta medida en la ciudad en un mes de agosto, según la Agencia Estatal de Meteorología. La Junta mantiene el aviso rojo en la campiña."),
   ("brief", "agencia-iberica", 1, "16:12",
    "URGENTE-Sevilla alcanza 45,2 grados, récord para un mes de agosto",
    "La estación del aeropuerto de Sevilla ha registrado 45,2 grados, la temperatura más alta medida en la ciudad en agosto, según la Agencia Estatal de Meteorología (Aemet). Ampliaremos."),
   ("rewrite", "cronica-de-levante", 1, "18:00",
    "Calor histórico en Sevilla: el termómetro llega a 45,2",
    "Sevilla vivió el lunes su tarde de agosto más calurosa desde que hay registros: 45,2 grados en el aeropuerto. Aemet mantiene el aviso rojo por temperaturas extremas en la campiña sevillana y cordobesa."),
   ("regional", "heraldo-austral", 2, "08:30",
    "Breves: récord de calor en Sevilla",
    "Sevilla alcanzó el lunes 45,2 grados, la temperatura más alta registrada en la ciudad en un mes de agosto, según Aemet. El aviso rojo por calor extremo sigue activo este martes."),
   )

ev("E29-cementos-del-norte-monterrey",
   ("original", "heraldo-austral", 3, "14:00",
    "Cementos del Norte invertirá 900 millones de dólares en Monterrey",
    "La mexicana Cementos del Norte anunció este miércoles una inversión de 900 millones de dólares para construir una planta de cemento de bajas emisiones en las afueras de Monterrey, Nuevo León. El proyecto creará 1.500 empleos durante la obra."),
   ("rewrite", "gaceta-del-plata", 3, "15:30",
    "México: Cementos del Norte apuesta 900 millones por una planta verde en Nuevo León",
    "Cementos del Norte levantará cerca de Monterrey una fábrica de cemento con menores emisiones de carbono, con una inversión de 900 millones de dólares. La construcción dará empleo a unas 1500 personas."),
   ("cut", "agencia-iberica", 3, "16:10",
    "Cementos del Norte anuncia planta en Monterrey",
    "La mexicana Cementos del Norte anunció este miércoles una inversión de 900 millones de dólares para construir una planta de cemento de bajas emisiones…"),
   ("translation", "northgate-wire", 3, "17:00",
    "Mexico's Cementos del Norte to invest $900 million in Monterrey plant",
    "Mexican cement maker Cementos del Norte said on Wednesday it will invest $900 million in a low-emission cement plant on the outskirts of Monterrey, Nuevo León, creating 1,500 construction jobs."),
   )

ev("E30-olbia-fire-evacuation",
   ("original", "sentinella-sarda", 2, "14:00",
    "Incendio vicino a Olbia, evacuati 600 turisti",
    "Un vasto incendio divampato nel primo pomeriggio nelle campagne di Porto San Paolo, a sud di Olbia, ha costretto all'evacuazione di circa 600 turisti da due campeggi e da un villaggio vacanze. Sul posto quattro Canadair e due elicotteri."),
   ("brief", "agenzia-tirrena", 2, "14:15",
    "URGENTE-Incendio a sud di Olbia, evacuati due campeggi",
    "Un incendio nelle campagne di Porto San Paolo, vicino a Olbia, ha reso necessaria l'evacuazione di due campeggi e di un villaggio turistico. In azione i Canadair. Seguono aggiornamenti."),
   ("rewrite", "corriere-del-golfo", 2, "16:10",
    "Sardegna, fiamme a Porto San Paolo: turisti in fuga dai campeggi",
    "Paura in Gallura per un rogo che ha minacciato campeggi e case vacanza a Porto San Paolo. Circa seicento villeggianti sono stati fatti allontanare, mentre quattro Canadair sganciavano acqua sulle colline."),
   ("update", "agenzia-tirrena", 2, "20:30",
    "AGGIORNAMENTO 1-Incendio Olbia: fiamme domate, 350 ettari bruciati",
    "È sotto controllo l'incendio che martedì ha costretto all'evacuazione di 600 turisti a Porto San Paolo, vicino a Olbia. Secondo il Corpo forestale sono andati in fumo circa 350 ettari di macchia mediterranea. I turisti rientreranno domani."),
   )

ev("E31-banca-lariana-credito-adriatico",
   ("original", "agenzia-tirrena", 1, "07:30",
    "Banca Lariana lancia un'offerta su Credito Adriatico da 1,9 miliardi",
    "Banca Lariana ha annunciato un'offerta pubblica di scambio sul 100% di Credito Adriatico, valutando la banca marchigiana circa 1,9 miliardi di euro. L'operazione darebbe vita al sesto gruppo bancario italiano per attivi."),
   ("rewrite", "gazzettino-padano", 1, "09:30",
    "Risiko bancario, Lariana punta Credito Adriatico",
    "Nuova mossa nel risiko delle banche: l'istituto comasco Banca Lariana offre azioni proprie per rilevare Credito Adriatico, con una valutazione di circa 1,9 miliardi. Nascerebbe il sesto gruppo del Paese."),
   ("copy", "corriere-del-golfo", 1, "10:15",
    "Banche: offerta di Lariana su Credito Adriatico",
    "Banca Lariana ha annunciato un'offerta pubblica di scambio sul 100% di Credito Adriatico, valutando la banca marchigiana circa 1,9 miliardi di euro. L'operazione darebbe vita al sesto gruppo bancario italiano per attivi."),
   ("update", "agenzia-tirrena", 1, "16:05",
    "AGGIORNAMENTO 1-Credito Adriatico vola in Borsa dopo l'offerta di Banca Lariana",
    "Il titolo Credito Adriatico ha chiuso in rialzo del 14% a Piazza Affari dopo l'offerta di scambio da 1,9 miliardi di euro lanciata da Banca Lariana. Il consiglio della banca marchigiana si riunirà giovedì per valutare la proposta."),
   )

ev("E32-brazil-northeast-blackout",
   ("original", "folha-do-planalto", 2, "12:30",
    "Apagão atinge nove estados do Nordeste",
    "Um apagão deixou sem energia elétrica milhões de consumidores em nove estados do Nordeste na manhã desta terça-feira, segundo o Operador Nacional do Sistema Elétrico (ONS). A falha teve origem em uma linha de transmissão na Bahia."),
   ("brief", "agencia-atlantica", 2, "12:40",
    "URGENTE-Apagão deixa nove estados do Nordeste sem luz",
    "O Operador Nacional do Sistema Elétrico confirma um apagão que afeta os nove estados do Nordeste brasileiro após uma falha numa linha de transmissão na Bahia. Mais informações em breve."),
   ("rewrite", "jornal-da-ribeira", 2, "14:10",
    "Brasil: Nordeste às escuras depois de falha na Bahia",
    "Milhões de brasileiros ficaram sem luz na terça-feira de manhã num apagão que atingiu os nove estados do Nordeste. O operador da rede elétrica atribuiu a falha a uma linha de transmissão na Bahia."),
   ("update", "agencia-atlantica", 2, "17:50",
    "ATUALIZAÇÃO 1-Energia restabelecida no Nordeste após apagão de três horas",
    "O fornecimento de energia foi totalmente restabelecido nos nove estados do Nordeste cerca de três horas após o apagão desta terça-feira, informou o ONS. O Ministério de Minas e Energia pediu um relatório sobre a falha na Bahia."),
   )

ev("E33-lisbon-metro-strike",
   ("original", "diario-do-tejo", 1, "08:10",
    "Greve fecha Metro de Lisboa na quinta-feira",
    "O Metropolitano de Lisboa vai estar encerrado durante todo o dia de quinta-feira devido a uma greve dos trabalhadores convocada pelos sindicatos, que exigem aumentos salariais e a contratação de mais maquinistas, anunciou a empresa esta segunda-feira."),
   ("rewrite", "jornal-da-ribeira", 1, "10:30",
    "Lisboa sem metro na quinta-feira por causa da greve",
    "Quem usa o metro em Lisboa terá de procurar alternativas na quinta-feira: a greve dos trabalhadores vai parar toda a rede durante o dia inteiro. Os sindicatos reivindicam aumentos salariais e mais maquinistas."),
   ("cut", "agencia-atlantica", 1, "11:00",
    "Metro de Lisboa encerrado na quinta-feira",
    "O Metropolitano de Lisboa vai estar encerrado durante todo o dia de quinta-feira devido a uma greve dos trabalhadores convocada pelos sindicatos…"),
   )

ev("E34-north-holland-storm-trains",
   ("original", "dagblad-de-polder", 2, "06:30",
    "Storm legt treinverkeer in Noord-Holland plat",
    "Door omgewaaide bomen op het spoor rijden sinds dinsdagochtend vroeg geen treinen tussen Alkmaar, Hoorn en Den Helder, meldt ProRail. Het KNMI gaf code oranje af voor windstoten tot 100 kilometer per uur. Reizigers wordt aangeraden de reis uit te stellen."),
   ("rewrite", "het-kanaal", 2, "08:20",
    "Bomen op het spoor: geen treinen boven Alkmaar",
    "Reizigers in de kop van Noord-Holland staan dinsdag met lege handen: na de nachtelijke storm liggen op meerdere plekken bomen op het spoor. ProRail verwacht pas in de middag weer treinen tussen Alkmaar, Hoorn en Den Helder."),
   ("translation", "globe-desk", 2, "10:30",
    "World: Storm halts trains in northern Netherlands",
    "Fallen trees brought train services between Alkmaar, Hoorn and Den Helder in the Dutch province of North Holland to a standstill on Tuesday morning after a storm with gusts of up to 100 km/h, rail infrastructure manager ProRail said."),
   ("update", "nieuwsdienst-delta", 2, "14:00",
    "UPDATE 1-Treinen rijden weer in Noord-Holland na stormschade",
    "Tussen Alkmaar, Hoorn en Den Helder rijden sinds het begin van de middag weer treinen, meldt ProRail. Monteurs verwijderden ruim twintig omgewaaide bomen. De NS waarschuwt nog voor vertragingen tot het einde van de dag."),
   )

ev("E35-versland-store-takeover",
   ("original", "brabants-avondblad", 3, "10:40",
    "Supermarktketen Versland neemt 40 filialen over",
    "Supermarktketen Versland neemt 40 winkels over van branchegenoot Buurtmarkt, dat vorige maand failliet ging. Alle 1.100 medewerkers mogen blijven, maakte de curator woensdag bekend. De winkels liggen vooral in Brabant en Limburg."),
   ("rewrite", "dagblad-de-polder", 3, "12:30",
    "Versland redt veertig Buurtmarkt-winkels",
    "De failliete Buurtmarkt-winkels in het zuiden van het land gaan verder onder de vlag van Versland. Het gaat om veertig supermarkten met samen 1100 werknemers, die allemaal in dienst kunnen blijven."),
   ("copy", "het-kanaal", 3, "13:05",
    "Versland neemt failliete Buurtmarkt-winkels over",
    "Supermarktketen Versland neemt 40 winkels over van branchegenoot Buurtmarkt, dat vorige maand failliet ging. Alle 1.100 medewerkers mogen blijven, maakte de curator woensdag bekend. De winkels liggen vooral in Brabant en Limburg."),
   ("cut", "nieuwsdienst-delta", 3, "13:40",
    "Doorstart voor 40 Buurtmarkt-filialen",
    "Supermarktketen Versland neemt 40 winkels over van branchegenoot Buurtmarkt, dat vorige maand failliet ging. Alle 1.100 medewerkers mogen blijven, maakte de curator…"),
   )

ev("E36-krakow-coach-crash",
   ("original", "serwis-polska24", 1, "13:20",
    "Wypadek autokaru pod Krakowem. 14 osób rannych",
    "Na drodze krajowej nr 7 w Głogoczowie pod Krakowem autokar z turystami z Czech zjechał do rowu i przewrócił się na bok. Rannych zostało 14 osób, w tym kierowca – poinformowała małopolska policja. Droga w kierunku Zakopanego jest zablokowana."),
   ("brief", "agencja-wisla", 1, "13:35",
    "PILNE: Przewrócony autokar na zakopiance w Głogoczowie, są ranni",
    "Na drodze krajowej nr 7 w Głogoczowie pod Krakowem przewrócił się autokar z turystami z Czech. Według policji rannych jest kilkanaście osób. Zakopianka jest zablokowana. Więcej wkrótce."),
   ("rewrite", "kurier-wielkopolski", 1, "15:00",
    "Autokar z czeskimi turystami w rowie koło Krakowa",
    "Czternaście osób trafiło do szpitali po wypadku autokaru w Głogoczowie koło Krakowa. Pojazd wiozący wycieczkę z Czech zjechał z jezdni zakopianki i przewrócił się na bok; na miejscu lądował śmigłowiec LPR."),
   ("update", "agencja-wisla", 1, "19:00",
    "AKTUALIZACJA 1-Wypadek autokaru na zakopiance: 16 rannych, kierowca zatrzymany",
    "Liczba rannych w wypadku autokaru w Głogoczowie pod Krakowem wzrosła do 16 – przekazała w poniedziałek wieczorem policja. Kierowca, obywatel Czech, był trzeźwy; został zatrzymany do wyjaśnienia. Zakopianka jest już przejezdna."),
   )

ev("E37-czestochowa-steelworks-layoffs",
   ("original", "gazeta-nadodrzanska", 3, "09:00",
    "Huta w Częstochowie zwolni 700 osób",
    "Huta Stali Jasna zwolni do końca roku 700 pracowników, czyli co trzeciego zatrudnionego – poinformował w środę zarząd spółki. Powodem są wysokie ceny energii i spadek zamówień na blachy grube."),
   ("rewrite", "serwis-polska24", 3, "10:40",
    "Zwolnienia grupowe w hucie Jasna. Pracę straci 700 osób",
    "Częstochowska Huta Stali Jasna zapowiedziała zwolnienia grupowe obejmujące 700 osób. Zarząd tłumaczy decyzję drogim prądem i mniejszą liczbą zamówień; związkowcy zapowiadają protest przed siedzibą firmy."),
   ("cut", "kurier-wielkopolski", 3, "12:15",
    "Częstochowa: huta tnie zatrudnienie",
    "Huta Stali Jasna zwolni do końca roku 700 pracowników, czyli co trzeciego zatrudnionego – poinformował w środę zarząd spółki. Powodem są wysokie…"),
   ("update", "agencja-wisla", 3, "16:30",
    "AKTUALIZACJA 1-Huta Jasna: wojewoda zwołuje spotkanie ws. zwolnień 700 pracowników",
    "Wojewoda śląski zwołał na piątek spotkanie z zarządem Huty Stali Jasna i związkowcami po zapowiedzi zwolnienia 700 osób w Częstochowie. Spółka zadeklarowała, że połowa odejść może nastąpić w ramach programu dobrowolnych odejść."),
   )

ev("E38-kamchatka-earthquake",
   ("original", "agentstvo-volga", 1, "03:10",
    "Землетрясение магнитудой 6,4 произошло у берегов Камчатки",
    "Землетрясение магнитудой 6,4 произошло в понедельник в Тихом океане в 110 километрах от Петропавловска-Камчатского, сообщила Камчатская служба Единой геофизической службы РАН. Угрозы цунами нет, о пострадавших и разрушениях не сообщается."),
   ("brief", "vestnik-severa", 1, "03:15",
    "СРОЧНО: У Камчатки произошло землетрясение магнитудой 6,4",
    "У восточного побережья Камчатки произошло землетрясение магнитудой 6,4, эпицентр находился в 110 км от Петропавловска-Камчатского. Угроза цунами не объявлялась. Информация уточняется."),
   ("rewrite", "gazeta-priboy", 1, "05:00",
    "Петропавловск-Камчатский тряхнуло: толчки силой до пяти баллов",
    "Жители Петропавловска-Камчатского ощутили подземные толчки силой до пяти баллов после землетрясения магнитудой 6,4 в океане. Многие выбегали на улицы, однако серьёзных повреждений зданий не выявлено."),
   ("update", "agentstvo-volga", 1, "08:30",
    "ОБНОВЛЕНО 1-После землетрясения на Камчатке зафиксировано 12 афтершоков",
    "После землетрясения магнитудой 6,4 у берегов Камчатки сейсмологи зарегистрировали 12 повторных толчков магнитудой до 4,7. В Петропавловске-Камчатском проверили 40 зданий, в двух школах обнаружены трещины в штукатурке, сообщили в МЧС."),
   )

ev("E39-severavia-delays",
   ("original", "vestnik-severa", 2, "09:10",
    "Авиакомпания «СеверАвиа» задержала более 30 рейсов в Шереметьеве",
    "Более 30 рейсов авиакомпании «СеверАвиа» задержаны в аэропорту Шереметьево во вторник из-за сбоя в системе регистрации пассажиров, сообщила пресс-служба перевозчика. Задержки составляют от двух до шести часов."),
   ("rewrite", "gazeta-priboy", 2, "11:30",
    "Сбой регистрации «СеверАвиа»: пассажиры часами ждут вылета",
    "Пассажиры «СеверАвиа» в Шереметьеве провели во вторник по несколько часов в очередях: у авиакомпании отказала система регистрации. Задержаны свыше тридцати рейсов, некоторые — на шесть часов."),
   ("translation", "ahentsiia-dnipro", 2, "13:00",
    "Російська авіакомпанія «СеверАвіа» затримала понад 30 рейсів у Шереметьєво",
    "Понад 30 рейсів російської авіакомпанії «СеверАвіа» затримано у вівторок в аеропорту Шереметьєво через збій у системі реєстрації пасажирів. Затримки сягають від двох до шести годин, повідомив перевізник."),
   )

ev("E40-zakarpattia-floods",
   ("original", "pivden-media", 1, "06:20",
    "Повінь на Закарпатті: підтоплено 30 сіл",
    "Через зливи, що тривали понад добу, на Закарпатті вийшли з берегів річки Тиса та Ріка. Підтоплено подвір'я і городи у 30 селах Хустського і Тячівського районів, повідомили в ДСНС. Загиблих немає."),
   ("rewrite", "kyivskyi-kurier", 1, "08:50",
    "Тиса вийшла з берегів: у 30 селах Закарпаття підтоплені подвір'я",
    "Після сильних дощів у Хустському та Тячівському районах Закарпаття вода залила подвір'я в тридцяти селах. Рятувальники відкачують воду та евакуювали 40 людей із найбільш постраждалих будинків."),
   ("update", "ahentsiia-dnipro", 1, "15:40",
    "ОНОВЛЕНО 1-На Закарпатті вода починає спадати, підтоплено вже 34 села",
    "Кількість підтоплених населених пунктів на Закарпатті зросла до 34, однак увечері рівень води в Тисі почав знижуватися, повідомили у ДСНС. Із зони підтоплення евакуювали 62 людей, загиблих немає."),
   )

ev("E41-halsingland-forest-fire",
   ("original", "ostkusten", 2, "12:00",
    "Skogsbrand i Hälsingland – 300 evakuerade",
    "En stor skogsbrand norr om Ljusdal i Hälsingland har tvingat omkring 300 människor att lämna sina hem, meddelar räddningstjänsten. Branden omfattar cirka 400 hektar och bekämpas med fyra helikoptrar och två vattenbombande flygplan."),
   ("rewrite", "skanebladet", 2, "14:10",
    "300 tvingas lämna sina hem när skogen brinner vid Ljusdal",
    "Räddningstjänsten har evakuerat runt 300 boende i byarna norr om Ljusdal, där en skogsbrand på 400 hektar sprider sig i hård vind. Fyra helikoptrar och två flygplan hjälper till från luften."),
   ("translation", "pohjoisen-sanomat", 2, "16:30",
    "Metsäpalo Ruotsin Hälsinglandissa – 300 ihmistä evakuoitu",
    "Suuri metsäpalo Ljusdalin pohjoispuolella Ruotsin Hälsinglandissa on pakottanut noin 300 ihmistä lähtemään kodeistaan, kertoo pelastuslaitos. Palo kattaa noin 400 hehtaaria, ja sitä sammutetaan neljällä helikopterilla ja kahdella lentokoneella."),
   ("update", "nyhetsbyran-norden", 2, "20:00",
    "UPPDATERAD: Branden vid Ljusdal växer till 650 hektar",
    "Skogsbranden norr om Ljusdal har vuxit till omkring 650 hektar under tisdagen, uppger räddningstjänsten. De omkring 300 evakuerade får inte återvända under natten, och förstärkning har begärts från Norge."),
   )

ev("E42-d1-jihlava-pileup",
   ("original", "vltava-denik", 2, "07:30",
    "Na D1 u Jihlavy se srazilo 12 aut, dálnice je uzavřená",
    "Hromadná nehoda dvanácti osobních aut a kamionu uzavřela v úterý ráno dálnici D1 u Jihlavy ve směru na Brno. Podle policie se zranilo pět lidí, jeden z nich vážně. Kolona měří přes deset kilometrů."),
   ("rewrite", "metropole-dnes", 2, "09:00",
    "Hromadná bouračka na D1: pět zraněných, kolona přes deset kilometrů",
    "U Jihlavy se v úterý ráno na dálnici D1 srazilo dvanáct aut a nákladní vůz. Pět lidí se zranilo, provoz směrem na Brno stojí a řidiči musí objíždět přes Velký Beranov."),
   ("translation", "serwis-polska24", 2, "10:45",
    "Karambol na czeskiej autostradzie D1 pod Igławą. Pięciu rannych",
    "Dwanaście samochodów osobowych i ciężarówka zderzyły się we wtorek rano na autostradzie D1 pod Igławą w Czechach. Pięć osób zostało rannych, jedna ciężko. Trasa w kierunku Brna jest zablokowana, korek ma ponad 10 km."),
   ("update", "zpravodaj-morava", 2, "12:30",
    "AKTUALIZACE 1-D1 u Jihlavy už je průjezdná, příčinou nehody byl náhlý déšť",
    "Dálnice D1 u Jihlavy je po dopolední hromadné nehodě dvanácti aut opět průjezdná, uvedla policie. Příčinou byl podle vyšetřovatelů náhlý přívalový déšť a nepřiměřená rychlost. Pět zraněných převezli do nemocnice."),
   )

ev("E43-bursa-factory-fire",
   ("original", "bogaz-haber", 3, "08:20",
    "Bursa'da tekstil fabrikasında yangın: 2 işçi yaralandı",
    "Bursa'nın Nilüfer ilçesindeki organize sanayi bölgesinde bulunan bir tekstil fabrikasında sabah saatlerinde yangın çıktı. İki işçi dumandan etkilenerek hastaneye kaldırılırken yangına 25 itfaiye aracıyla müdahale ediliyor."),
   ("rewrite", "karadeniz-gazetesi", 3, "10:30",
    "Nilüfer OSB'de korkutan yangın",
    "Bursa Nilüfer Organize Sanayi Bölgesi'ndeki bir tekstil fabrikasında çıkan yangın gökyüzünü kara dumana boğdu. Dumandan etkilenen iki işçi tedavi altına alındı; itfaiye ekipleri alevlerin yan binalara sıçramasını engellemeye çalışıyor."),
   ("translation", "globe-desk", 3, "11:50",
    "World: Fire at textile factory in Turkey's Bursa injures two",
    "A fire broke out at a textile factory in an industrial zone in the Nilüfer district of Bursa, north-western Turkey, on Wednesday morning, Turkish media reported. Two workers were taken to hospital after inhaling smoke; 25 fire engines were at the scene."),
   ("update", "ege-ajansi", 3, "14:10",
    "GÜNCELLEME 1-Bursa'daki fabrika yangını söndürüldü",
    "Bursa Nilüfer'deki tekstil fabrikasında çıkan yangın yaklaşık beş saat süren çalışmanın ardından söndürüldü. Dumandan etkilenen 2 işçinin sağlık durumunun iyi olduğu bildirildi. Yangının çıkış nedeni araştırılıyor."),
   )

ev("E44-maramures-floods",
   ("original", "ziarul-carpati", 2, "06:00",
    "Inundații în Maramureș: 200 de gospodării afectate",
    "Ploile torențiale căzute în ultimele 24 de ore au provocat inundații în 11 localități din Maramureș, unde peste 200 de gospodării au fost afectate, a anunțat Inspectoratul pentru Situații de Urgență. Zeci de persoane au fost evacuate."),
   ("rewrite", "gazeta-de-banat", 2, "08:30",
    "Viituri în nordul țării: sute de case inundate în Maramureș",
    "Apa a intrat în curțile și casele a peste două sute de familii din Maramureș, după ploile abundente de luni noaptea. Pompierii au evacuat zeci de oameni din cele 11 localități afectate."),
   ("update", "agentia-dunarea", 2, "15:00",
    "ACTUALIZARE 1-Cod roșu de inundații pe Vișeu; 260 de gospodării afectate în Maramureș",
    "Hidrologii au emis cod roșu de inundații pe râul Vișeu, iar numărul gospodăriilor afectate în Maramureș a crescut la 260, a transmis marți ISU. În total, 74 de persoane au fost evacuate preventiv."),
   ("translation", "duna-hirado", 2, "16:00",
    "Áradások Máramarosban: 260 háztartást öntött el a víz",
    "A romániai Máramaros megyében a heves esőzések miatt 11 településen 260 háztartást öntött el a víz, 74 embert kimenekítettek. A Visó folyóra a hatóságok vörös árvízi riasztást adtak ki."),
   )

ev("E45-tisza-auto-debrecen",
   ("original", "duna-hirado", 1, "10:30",
    "Új üzemet épít a Tisza Autóipari Debrecenben, 1 200 munkahely",
    "A Tisza Autóipari Zrt. 140 milliárd forintos beruházással elektromos hajtásláncokat gyártó üzemet épít Debrecenben, amely 1 200 új munkahelyet teremt – jelentette be hétfőn a vállalat. A termelés 2028-ban indulhat."),
   ("rewrite", "alfoldi-hirek", 1, "12:40",
    "Debrecenbe jön a Tisza Autóipari 140 milliárdos üzeme",
    "Ezerkétszáz embernek ad munkát az a gyár, amelyet a Tisza Autóipari épít Debrecen déli ipari parkjában. Az üzemben elektromos autók hajtásláncait gyártják majd, a beruházás értéke 140 milliárd forint."),
   ("cut", "pannon-hirugynokseg", 1, "13:30",
    "Debrecen: 1200 új munkahely",
    "A Tisza Autóipari Zrt. 140 milliárd forintos beruházással elektromos hajtásláncokat gyártó üzemet épít Debrecenben, amely 1 200 új munkahelyet teremt – jelentette be hétfőn…"),
   )

# ---------------------------------------------------------------- look-alikes (own stories)
ev("L01-lake-charles-refinery-blast",
   ("lookalike", "coastline-news", 3, "15:20",
    "Explosion at Louisiana refinery injures seven workers",
    "An explosion and fire at the Bayou Crest refinery near Lake Charles, Louisiana, injured seven workers on Wednesday afternoon, the company said. A shelter-in-place order for nearby neighbourhoods was lifted after an hour; the cause is under investigation."),
   )
ev("L02-skyhop-pilots-lawsuit",
   ("lookalike", "northgate-wire", 3, "16:30",
    "Skyhop pilots sue to block Aeralis takeover",
    "Skyhop's pilots' association filed a lawsuit in Ontario Superior Court on Wednesday seeking to block Aeralis Airways' $2.4 billion takeover, arguing it breaches a 2024 agreement guaranteeing seniority rights. Aeralis said the claim had no merit."),
   ("rewrite", "the-ledger-post", 3, "18:40",
    "Skyhop pilots go to court over Aeralis deal",
    "Pilots at Skyhop have asked an Ontario court to halt the airline's sale to Aeralis, saying the $2.4bn deal would tear up a 2024 seniority agreement. Aeralis called the lawsuit baseless and said it expected the deal to close on schedule."),
   )
ev("L03-sheffield-hospital-cyberattack",
   ("lookalike", "metro-herald", 3, "10:20",
    "Cyberattack forces Sheffield hospitals to cancel 250 operations",
    "A ransomware attack on Don Valley Hospitals NHS Foundation Trust in Sheffield has forced it to postpone about 250 planned operations, the trust said on Wednesday. Officials said there was no evidence of a link to the attack on Pennine Valley NHS Trust earlier this week."),
   )
ev("L04-bismarck-train-derailment",
   ("lookalike", "coastline-news", 3, "13:40",
    "Freight train carrying coal derails near Bismarck, North Dakota",
    "Twenty-two cars of a freight train carrying coal derailed near Bismarck, North Dakota, on Wednesday, spilling coal along the Missouri River but causing no injuries, the railroad said. The main line west of Bismarck is closed."),
   )
ev("L05-king-island-whale-stranding",
   ("lookalike", "northgate-wire", 3, "03:30",
    "About 60 pilot whales stranded on Tasmania's King Island",
    "About 60 long-finned pilot whales have stranded on a beach on King Island, in Bass Strait, wildlife officials said on Wednesday, two days after a mass stranding at Macquarie Harbour. Rescuers said about 20 were still alive."),
   )
ev("L06-auckland-outage-ceo-resigns",
   ("lookalike", "globe-desk", 3, "02:15",
    "World: Auckland lines company chief quits after blackout",
    "The chief executive of Harbourlink Networks, Simon Threlfall, resigned on Wednesday after a review found that a fire alarm at the Penrose substation had been disabled for three months before Monday's blaze, which cut power to 60,000 Auckland customers."),
   )
ev("L07-cardiff-gas-leak",
   ("lookalike", "metro-herald", 3, "16:50",
    "Gas leak forces evacuation of 600 in Cardiff shopping centre",
    "About 600 people were evacuated from a shopping centre on Queen Street in Cardiff on Wednesday afternoon after contractors damaged a gas main, South Wales Police said. Streets nearby were cordoned off and bus services diverted."),
   )
ev("L08-franconia-hail",
   ("lookalike", "donau-nachrichten", 2, "08:00",
    "Hagel verwüstet Weinberge in Mainfranken",
    "Ein schweres Unwetter mit bis zu drei Zentimeter großen Hagelkörnern hat am Montagabend Weinberge rund um Volkach in Mainfranken beschädigt. Winzer rechnen mit Ernteausfällen von bis zu 40 Prozent, teilte der Fränkische Weinbauverband mit."),
   )
ev("L09-lyon-plant-prefecture-order",
   ("lookalike", "le-courrier-du-port", 3, "11:20",
    "Usine de Saint-Fons : la préfecture suspend l'activité après des manquements",
    "La préfète du Rhône a suspendu mercredi l'activité de l'usine de solvants de Saint-Fons, où une explosion a blessé quatre salariés lundi. Une inspection a relevé que deux soupapes de sécurité n'avaient pas été contrôlées depuis 2023."),
   )
ev("L10-cordoba-heat-record",
   ("lookalike", "diario-del-estrecho", 2, "15:50",
    "Córdoba marca 45,8 grados, récord de temperatura en agosto",
    "El aeropuerto de Córdoba registró este martes a las 17.10 una temperatura de 45,8 grados, la más alta medida en la ciudad en un mes de agosto, según la Agencia Estatal de Meteorología. La Junta mantiene el aviso rojo en la campiña."),
   )
ev("L11-oristano-fire",
   ("lookalike", "sentinella-sarda", 3, "15:00",
    "Incendio vicino a Oristano, evacuate 200 persone",
    "Un vasto incendio divampato nel primo pomeriggio nelle campagne di Santa Giusta, a sud di Oristano, ha costretto all'evacuazione di circa 200 persone da alcune case sparse e da un agriturismo. Sul posto due Canadair e un elicottero."),
   )
ev("L12-gdansk-coach-crash",
   ("lookalike", "glos-pomorza", 2, "12:40",
    "Wypadek autokaru pod Gdańskiem. 9 osób rannych",
    "Na obwodnicy Trójmiasta pod Gdańskiem autokar z kolonistami zjechał do rowu i przewrócił się na bok. Rannych zostało 9 osób, w tym opiekunka – poinformowała pomorska policja. Droga w kierunku Gdyni jest zablokowana."),
   )
ev("L13-kuril-earthquake",
   ("lookalike", "vestnik-severa", 3, "02:40",
    "Землетрясение магнитудой 6,4 произошло у Курильских островов",
    "Землетрясение магнитудой 6,4 произошло в среду в Тихом океане в 90 километрах от Северо-Курильска, сообщила Сахалинская служба Единой геофизической службы РАН. Угрозы цунами нет, о пострадавших и разрушениях не сообщается."),
   )
ev("L14-blackout-operator-director-removed",
   ("lookalike", "folha-do-planalto", 3, "13:00",
    "Apagão: ministério afasta diretor de transmissora e abre investigação",
    "O Ministério de Minas e Energia afastou nesta quarta-feira o diretor de operações da transmissora Linhas do Sertão e abriu uma investigação sobre o apagão que atingiu o Nordeste na véspera. Um relatório preliminar aponta falha num sistema de proteção."),
   )
ev("L15-dalarna-forest-fire",
   ("lookalike", "ostkusten", 3, "11:30",
    "Skogsbrand i Dalarna – 120 evakuerade",
    "En stor skogsbrand väster om Mora i Dalarna har tvingat omkring 120 människor att lämna sina hem, meddelar räddningstjänsten. Branden omfattar cirka 150 hektar och bekämpas med två helikoptrar och markstyrkor."),
   )
ev("L16-nimbus-job-cuts",
   ("lookalike", "the-ledger-post", 3, "13:15",
    "Nimbus Labs to cut 400 jobs a day after Parrotfish deal",
    "Nimbus Labs will cut about 400 jobs in its customer-support division, chief executive Lorna Pike told staff on Wednesday, a day after agreeing to buy AI start-up Parrotfish for $780 million. The company said Parrotfish's software would automate much of that work."),
   )

# ---------------------------------------------------------------- template series (one story per day)
DAYS = ["0810", "0811", "0812"]
WD_EN = ["Monday", "Tuesday", "Wednesday"]
WD_DE = ["Montag", "Dienstag", "Mittwoch"]

for i, (val, word, pct, mdax, best, worst) in enumerate([
        ("24.318", "Plus", "0,6", "legte 0,3 Prozent auf 31.204 Punkte zu", "Nordwerk Energie (+2,9 %)", "Halbach Logistik (-1,8 %)"),
        ("24.107", "Minus", "0,9", "verlor 1,2 Prozent auf 30.829 Punkte", "Rendsburg Rück (+1,4 %)", "Auenthal Chemie (-3,1 %)"),
        ("24.265", "Plus", "0,7", "gewann 0,5 Prozent auf 30.983 Punkte", "Brückner Software (+2,2 %)", "Lindqvist Motoren (-1,1 %)")]):
    ev(f"T01-dax-close-{DAYS[i]}",
       ("template", "donau-nachrichten", i + 1, "15:48",
        f"DAX schließt am {WD_DE[i]} bei {val} Punkten",
        f"Der Deutsche Aktienindex hat den {WD_DE[i]} mit einem {word} von {pct} Prozent bei {val} Punkten beendet. "
        f"Der MDAX {mdax}. Größter Gewinner im Leitindex war {best}, größter Verlierer {worst}."))

for i, (desc, hi, lo, uv, pollen) in enumerate([
        ("long sunny spells", 33, 20, "very high", "high"),
        ("blazing sunshine and the risk of a late thunderstorm", 38, 22, "very high", "moderate"),
        ("sunny intervals and a fresher breeze", 31, 18, "high", "moderate")]):
    ev(f"T02-london-weather-{DAYS[i]}",
       ("template", "metro-herald", i + 1, "05:05",
        f"London weather for {WD_EN[i]}: highs of {hi}C",
        f"Expect {desc} in London on {WD_EN[i]}, with a high of {hi}C and an overnight low of {lo}C. "
        f"UV levels will be {uv} and the pollen count {pollen}."))

for i, (jour, usd, jpy, gbp, chf) in enumerate([
        ("lundi", "1,1642", "171,38", "0,8617", "0,9362"),
        ("mardi", "1,1598", "170,95", "0,8641", "0,9340"),
        ("mercredi", "1,1620", "171,12", "0,8629", "0,9355")]):
    ev(f"T03-ecb-reference-rate-{DAYS[i]}",
       ("template", "depeche-francophone", i + 1, "14:20",
        f"Taux de référence de la BCE : l'euro à {usd} dollar",
        f"La Banque centrale européenne a fixé {jour} le taux de change de référence de l'euro à {usd} dollar, "
        f"{jpy} yens, {gbp} livre sterling et {chf} franc suisse, selon les données publiées à Francfort."))

for i, (wd, day, nums, jolly, pot) in enumerate([
        ("lunedì", "10", "7, 19, 33, 41, 58, 72", "12", "4,2 milioni"),
        ("martedì", "11", "3, 14, 26, 47, 61, 88", "55", "4,5 milioni"),
        ("mercoledì", "12", "9, 21, 38, 40, 66, 79", "2", "4,8 milioni")]):
    ev(f"T04-lotto-tirreno-{DAYS[i]}",
       ("template", "corriere-del-golfo", i + 1, "19:10",
        f"Lotto Tirreno, l'estrazione di {wd} {day} agosto",
        f"Questi i numeri estratti {wd} {day} agosto al Lotto Tirreno: {nums}. Numero jolly: {jolly}. "
        f"Nessun vincitore con sei punti; il montepremi per la prossima estrazione sale a {pot} di euro."))

for i, (wd, km, longest, road, place, cause) in enumerate([
        ("maandag", 612, 14, "A12", "Woerden", "een ongeluk met een vrachtwagen"),
        ("dinsdag", 845, 19, "A9", "Alkmaar", "omgewaaide bomen en wateroverlast"),
        ("woensdag", 538, 11, "A2", "Eindhoven", "werkzaamheden aan de rijbaan")]):
    ev(f"T05-dutch-traffic-{DAYS[i]}",
       ("template", "nieuwsdienst-delta", i + 1, "07:10",
        f"Verkeer: {km} kilometer file in de ochtendspits",
        f"Om 08.30 uur stond er {wd}ochtend in totaal {km} kilometer file op de Nederlandse snelwegen. "
        f"De langste file, {longest} kilometer, stond op de {road} bij {place} door {cause}."))

for i, (town, road, car, t1, ref) in enumerate([
        ("Redhill", "Linkfield Lane", "a grey Audi A4", "11pm on Sunday", "45260512"),
        ("Reigate", "Croydon Road", "a black Range Rover Evoque", "2am on Tuesday", "45260538"),
        ("Leatherhead", "Kingston Road", "a white Ford Transit van", "4am on Wednesday", "45260561")]):
    ev(f"T06-police-appeal-{DAYS[i]}",
       ("template", "the-county-record", i + 1, "11:55",
        f"Witness appeal after car stolen from driveway in {town}",
        f"Surrey Police are asking for witnesses after {car} was stolen from a driveway in {road}, {town}, at about {t1}. "
        f"Anyone with dashcam or doorbell footage is asked to call 101 quoting reference {ref}."))

for i, (wd, res, lead) in enumerate([
        ("lunes", "Atlético Pampa 2-0 Sportivo Delta, Unión del Sur 1-1 Deportivo Ribera, Club Alvear 3-2 Juventud Oeste", "Atlético Pampa lidera el grupo A con siete puntos"),
        ("martes", "Racing de Tandil 0-1 Estudiantes del Valle, Ferro del Norte 2-2 Almagro Central, San Telmo FC 4-1 Defensores de Ituzaingó", "Estudiantes del Valle encabeza el grupo B con nueve puntos"),
        ("miércoles", "Sportivo Delta 1-3 Club Alvear, Deportivo Ribera 0-0 Atlético Pampa, Juventud Oeste 2-1 Unión del Sur", "Atlético Pampa sigue primero con ocho puntos")]):
    ev(f"T07-copa-de-verano-results-{DAYS[i]}",
       ("template", "heraldo-austral", i + 1, "23:30",
        f"Copa de Verano: resultados del {wd}",
        f"Estos son los resultados de la jornada del {wd} en la Copa de Verano: {res}. {lead} antes de la próxima fecha."))

for i, (date, stories) in enumerate([
        ("August 10", "pilot whales stranded in Tasmania, a substation fire that blacked out Auckland, and floods in Ukraine's Zakarpattia region"),
        ("August 11", "a refinery blast in Texas, the ransomware attack on Pennine Valley hospitals, and Lena Marsh's Toronto title"),
        ("August 12", "Britain's new August heat record, a rockfall closing the Brenner motorway, and a rocket failure in New Zealand")]):
    ev(f"T08-morning-briefing-{DAYS[i]}",
       ("template", "harbor-daily", i + 1, "06:50",
        f"Morning briefing: {WD_EN[i]}, {date}",
        f"Good morning. Here is what you need to know today: {stories}. Plus the weather, the markets and our pick of the day's reads."))

# ---------------------------------------------------------------- singles
ev("S01-york-book-market", ("single", "metro-herald", 1, "14:40",
    "Pop-up book market returns to York's Minster Piazza",
    "More than 60 second-hand and antiquarian booksellers will set up stalls outside York Minster this weekend as the city's summer book market returns for a fifth year. Organisers expect 15,000 visitors over the two days."))
ev("S02-welsh-youngest-councillor", ("single", "the-ledger-post", 2, "10:50",
    "Eighteen-year-old becomes youngest community councillor in Wales",
    "An 18-year-old student has been co-opted onto a community council in Ceredigion, making her the youngest serving community councillor in Wales. She said she wanted to campaign for a later last bus from Aberystwyth."))
ev("S03-iceland-tourist-arrivals", ("single", "northgate-wire", 3, "09:50",
    "Iceland foreign visitor numbers fall 3% in July",
    "Foreign departures through Keflavík airport, a proxy for tourist arrivals, fell 3% in July from a year earlier to about 262,000, the Icelandic Tourist Board said on Wednesday, citing fewer visitors from the United States."))
ev("S04-bridgeport-ferry-pier", ("single", "bridgeport-times", 1, "16:30",
    "Bridgeport harbor to get new ferry pier by 2028",
    "The Bridgeport Port Authority approved a $22 million plan on Monday to replace the ageing ferry pier on the east side of the harbor. Construction will begin next spring and should be finished in 2028."))
ev("S05-glass-orchard-review", ("single", "evening-courier", 3, "19:45",
    "Review: The Glass Orchard is a quietly devastating debut",
    "Imogen Carr's first novel follows three generations of a Herefordshire fruit-growing family through one failing harvest. Its restraint can feel chilly at first, but the final chapters land with real force."))
ev("S06-gold-coast-shark-sighting", ("single", "coastline-news", 2, "05:10",
    "Shark sighting briefly closes Gold Coast beaches",
    "Lifeguards cleared the water at Burleigh Heads and Miami on the Gold Coast for about an hour on Tuesday after a drone spotted a three-metre shark near the flags. The beaches reopened once the shark swam out to sea."))
ev("S07-ghana-cocoa-farmgate-price", ("single", "wire-alliance", 2, "11:40",
    "Ghana raises cocoa farmgate price for new season",
    "Ghana will pay farmers about 12% more per bag of cocoa in the season starting in October, the industry regulator said on Tuesday, in an effort to curb smuggling to neighbouring countries where prices are higher."))
ev("S08-innsbruck-cable-car", ("single", "alpenkurier", 1, "11:20",
    "Innsbruck: Neue Kabinen für die Nordkettenbahn",
    "Die Nordkettenbahn in Innsbruck erhält bis zum Winter neue Kabinen mit Panoramaverglasung. Die Bahn wird dafür im November drei Wochen lang gesperrt, teilte die Betreibergesellschaft am Montag mit. Die Kosten liegen bei 4,5 Millionen Euro."))
ev("S09-namur-fetes-de-wallonie", ("single", "echo-de-wallonie", 2, "09:40",
    "Namur : les Fêtes de Wallonie dévoilent leur programme",
    "Les Fêtes de Wallonie se tiendront du 18 au 21 septembre à Namur, avec une centaine de concerts gratuits et le traditionnel combat des échasseurs. Les organisateurs annoncent aussi une navette fluviale sur la Meuse."))
ev("S10-elche-bike-lane", ("single", "cronica-de-levante", 2, "10:10",
    "Elche estrena un carril bici de 12 kilómetros hasta la playa",
    "Elche inauguró este martes un carril bici de 12 kilómetros que une el centro de la ciudad con la playa de Arenales del Sol. La obra ha costado 3,8 millones de euros y cuenta con zonas de descanso y fuentes."))
ev("S11-verona-arena-record", ("single", "gazzettino-padano", 3, "09:20",
    "Verona, record di spettatori all'Arena per il festival lirico",
    "Il festival lirico dell'Arena di Verona ha superato quest'anno i 420 mila spettatori con ancora due settimane di programmazione, il dato più alto dal 2019. Sold out anche la serata di martedì dedicata all'Aida."))
ev("S12-curitiba-cycle-path", ("single", "folha-do-planalto", 1, "17:30",
    "Curitiba inaugura ciclovia de 9 quilômetros ligando parques",
    "A prefeitura de Curitiba inaugurou nesta segunda-feira uma ciclovia de 9 quilômetros que liga o Parque Barigui ao Jardim Botânico. A obra custou R$ 18 milhões e inclui iluminação em LED e bicicletários."))
ev("S13-zandvoort-beach-pavilions", ("single", "dagblad-de-polder", 1, "11:50",
    "Strandpaviljoens Zandvoort mogen langer open blijven",
    "De gemeente Zandvoort staat strandpaviljoens voortaan toe om in het weekend tot middernacht open te blijven, een uur langer dan nu. Omwonenden krijgen een meldpunt voor geluidsoverlast, besloot de gemeenteraad."))
ev("S14-sopot-pier-record", ("single", "glos-pomorza", 3, "10:30",
    "Rekordowy lipiec na molo w Sopocie",
    "W lipcu na sopockie molo weszło ponad 890 tys. osób, najwięcej w historii – poinformował urząd miasta. W porównaniu z ubiegłym rokiem to wzrost o 7 proc. Dochody z biletów trafią na remont promenady."))
ev("S15-vladivostok-embankment", ("single", "gazeta-priboy", 2, "04:30",
    "Во Владивостоке открыли обновлённую набережную",
    "Во Владивостоке после реконструкции открылась Спортивная набережная: здесь появились новые велодорожки, амфитеатр и детские площадки. Работы продолжались два года, сообщили в мэрии города."))
ev("S16-kyiv-library-reopens", ("single", "kyivskyi-kurier", 3, "08:40",
    "У Києві після ремонту відкрили бібліотеку на Подолі",
    "На Подолі після півторарічного ремонту знову відкрилася районна бібліотека. У ній облаштували укриття, коворкінг і дитячу залу, а фонд поповнили трьома тисячами нових книжок, повідомили в міській адміністрації."))
ev("S17-ystad-bathing-record", ("single", "skanebladet", 1, "15:30",
    "Rekordmånga badgäster i Ystad under juli",
    "Ystads badstränder hade fler besökare än någonsin i juli, enligt kommunens räkningar. Sandskogen lockade i genomsnitt 6 200 badgäster per dag, och livräddarna gjorde 14 insatser under månaden."))
ev("S18-aarhus-harbour-bath", ("single", "kystposten", 2, "13:20",
    "Aarhus får endnu et havnebad",
    "Aarhus Kommune har besluttet at bygge et nyt havnebad ved Sydhavnen med plads til 400 badende. Anlægget skal koste 32 millioner kroner og ventes at åbne til sommeren 2027."))
ev("S19-rovaniemi-new-route", ("single", "pohjoisen-sanomat", 3, "07:20",
    "Rovaniemelle uusi suora lentoyhteys Keski-Eurooppaan",
    "Rovaniemen lentoasemalta avataan joulukuussa uusi suora reitti Müncheniin, kertoi Finavia keskiviikkona. Lentoja on kolme viikossa maaliskuun loppuun asti, ja reitin odotetaan tuovan lisää matkailijoita Lappiin."))
ev("S20-santorini-cruise-limits", ("single", "aigaio-nea", 1, "08:30",
    "Σαντορίνη: νέο όριο επιβατών κρουαζιέρας από τον Σεπτέμβριο",
    "Από τον Σεπτέμβριο δεν θα επιτρέπεται η αποβίβαση περισσότερων από 8.000 επιβατών κρουαζιερόπλοιων την ημέρα στη Σαντορίνη, ανακοίνωσε το λιμεναρχείο. Το μέτρο στοχεύει στην αποσυμφόρηση των Φηρών και της Οίας."))
ev("S21-brno-tram-line", ("single", "vltava-denik", 3, "13:10",
    "Brno začalo stavět tramvajovou trať do kampusu v Bohunicích",
    "V Brně ve středu začala stavba nové tramvajové trati k univerzitnímu kampusu v Bohunicích. Trať bude dlouhá 3,2 kilometru, vyjde na 1,9 miliardy korun a první tramvaje by po ní měly jezdit v roce 2028."))
ev("S22-rize-tea-harvest", ("single", "karadeniz-gazetesi", 2, "07:40",
    "Rize'de yaş çayda üçüncü sürgün hasadı başladı",
    "Rize ve çevresinde yaş çayda üçüncü sürgün hasadı salı günü başladı. Üreticiler, yaz boyunca yeterli yağış alındığı için bu sürgünde verimin geçen yıla göre daha yüksek olmasını beklediklerini söyledi."))
ev("S23-timisoara-concert", ("single", "gazeta-de-banat", 1, "12:20",
    "Concert gratuit în Piața Victoriei din Timișoara",
    "Filarmonica Banatul susține sâmbătă seara un concert gratuit în aer liber în Piața Victoriei din Timișoara, cu un program de muzică de film și operetă. Organizatorii au pregătit 2.000 de scaune pentru public."))
ev("S24-szeged-running-track", ("single", "alfoldi-hirek", 3, "11:10",
    "Elkészült a Tisza-parti futókör Szegeden",
    "Átadták az új, 3,4 kilométeres futókört a Tisza szegedi partján. A rekortán borítású pálya mentén ivókutak és világítás is épült, a beruházás 480 millió forintba került – közölte az önkormányzat."))

GROUPS = G
