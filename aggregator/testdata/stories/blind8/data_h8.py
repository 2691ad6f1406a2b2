"""Week H (heldout8.json): Mon 21 - Wed 23 Sep 2026. Day numbers are 1..3."""
import datetime as dt
from common import Corpus

CORPUS = Corpus("h8", dt.date(2026, 9, 21))
S = CORPUS.story
O = CORPUS.one

# ---------------------------------------------------------------- English-led
S("E01-cusco-bus-crash", [
    ("original", "gwire", 1, "04:20", "Bus plunges into ravine in Peru's Cusco region, killing 14",
     "At least 14 people were killed and 22 injured when an overnight bus plunged about 200 metres into a ravine in Peru's "
     "Cusco region, police said on Monday. The vehicle was travelling from Quillabamba to Cusco city."),
    ("brief", "northstar", 1, "04:31", "BRIEF-At least 14 dead as bus falls into gorge in southern Peru - police",
     "Peruvian police say at least 14 people died after a passenger bus fell into a gorge in the Cusco region overnight; "
     "injured being taken to hospitals in Quillabamba."),
    ("translation", "efa", 1, "05:30", "Al menos 14 muertos al caer un autobús a un barranco en Cusco",
     "Al menos 14 personas murieron y 22 resultaron heridas al caer un autobús interprovincial a un abismo de unos 200 metros "
     "en la región peruana de Cusco, informó la Policía Nacional del Perú este lunes."),
    ("rewrite", "worldline", 1, "06:10", "World: Andean night coach crash near Quillabamba leaves 14 dead",
     "A coach heading over the mountains towards the old Inca capital left a bend in darkness and rolled down a steep "
     "slope. Fourteen passengers died and two dozen were hurt, Peruvian officers said."),
    ("update", "gwire", 1, "10:15", "UPDATE 1-Peru bus crash toll rises to 17; driver had been at the wheel 19 hours",
     "The death toll from Monday's bus crash in Peru's Cusco region rose to 17, police said, and prosecutors said the "
     "driver, who survived, had been driving for 19 hours without a break."),
])

S("E02-hokkaido-quake", [
    ("original", "gwire", 2, "01:50", "Magnitude 6.0 earthquake strikes off Hokkaido, no tsunami warning",
     "A magnitude 6.0 earthquake struck off the eastern coast of Japan's Hokkaido island on Tuesday morning local time, the "
     "Japan Meteorological Agency said. No tsunami warning was issued and there were no immediate reports of damage."),
    ("cut", "worldline", 2, "02:20", "World: Strong quake jolts northern Japan", None),
    ("rewrite", "pacificecho", 2, "03:10", "Tremor rattles Kushiro; bullet trains briefly halted",
     "Shelves toppled in shops in Kushiro and Nemuro as the ground shook for about thirty seconds. Meteorologists measured "
     "the shock at 6.0 and said the sea posed no threat."),
    ("translation", "vestnik", 2, "03:40", "У берегов Хоккайдо произошло землетрясение магнитудой 6,0",
     "Землетрясение магнитудой 6,0 произошло во вторник у восточного побережья японского острова Хоккайдо, сообщило "
     "Японское метеорологическое агентство. Угрозы цунами нет, о разрушениях не сообщается."),
    ("update", "gwire", 2, "06:00", "UPDATE 1-Hokkaido quake upgraded to magnitude 6.2; three hurt in Kushiro",
     "Japan's weather agency upgraded Tuesday's earthquake off Hokkaido to magnitude 6.2. Three people suffered minor "
     "injuries in Kushiro and a stretch of expressway was closed for checks."),
])

S("E03-rba-holds-rate", [
    ("original", "pacificecho", 2, "04:32", "Reserve Bank of Australia holds cash rate at 3.35%",
     "The Reserve Bank of Australia kept its cash rate at 3.35% on Tuesday, saying underlying inflation was easing more "
     "slowly than hoped and that the board was in no hurry to move again."),
    ("brief", "capitalbrief", 2, "04:34", "BRIEF-RBA leaves cash rate unchanged at 3.35%",
     "Reserve Bank of Australia holds cash rate target at 3.35%; says labour market remains tight and inflation easing "
     "gradually. Decision was widely expected by markets."),
    ("copy", "northstar", 2, "05:10", "Australia's central bank keeps cash rate at 3.35%", None),
    ("rewrite", "gwire", 2, "06:00", "Aussie dollar firms as Sydney policymakers stand pat",
     "Australia's currency edged higher after Martin Place left borrowing costs untouched at 3.35% and gave no hint of a "
     "cut before Christmas, disappointing mortgage holders."),
])

S("E04-tamsin-air-fryer-recall", [
    ("original", "gwire", 1, "14:00", "Tamsin Appliances recalls 210,000 air fryers over fire risk",
     "Tamsin Appliances is recalling about 210,000 air fryers sold in Britain and Ireland because a wiring fault can cause "
     "them to overheat and catch fire, the company said on Monday. Customers should stop using them immediately."),
    ("brief", "capitalbrief", 1, "14:04", "BRIEF-Tamsin Appliances recalls about 210,000 air fryers",
     "Tamsin Appliances says recalling around 210,000 CrispPro air fryers due to wiring defect; received 37 reports of "
     "overheating, including four fires. Shares down 4% in early trading."),
    ("rewrite", "ledger", 1, "15:30", "Kitchen gadget maker pulls best-selling fryer after melting reports",
     "Owners of the CrispPro are being told to unplug it now after dozens of cases of scorched worktops. Tamsin will offer "
     "refunds on more than two hundred thousand units."),
    ("translation", "lequotidien", 1, "17:00", "Tamsin rappelle 210 000 friteuses sans huile pour risque d'incendie",
     "Le fabricant d'électroménager Tamsin rappelle environ 210 000 friteuses sans huile vendues au Royaume-Uni et en "
     "Irlande, un défaut de câblage pouvant provoquer une surchauffe et un incendie."),
    ("regional", "harbourherald", 2, "08:00", "News in brief: Air fryer recall",
     "Anyone who owns a Tamsin CrispPro air fryer should stop using it, the company said after recalling about 210,000 "
     "units because of a wiring fault that can cause fires."),
])

S("E05-heathrow-baggage-outage", [
    ("original", "ledger", 1, "06:40", "Heathrow baggage system outage strands thousands of bags",
     "A failure of the baggage handling system at Heathrow's Terminal 5 left thousands of suitcases stranded on Monday "
     "morning, with passengers told to fly without checked luggage or rebook."),
    ("rewrite", "gwire", 1, "08:20", "Suitcases pile up at London hub after conveyor software crash",
     "Travellers at Britain's biggest airport were asked to board with hand luggage only after computers controlling the "
     "bag belts crashed at 4am. The airport apologised for the disruption."),
    ("cut", "northstar", 1, "09:00", "Heathrow Terminal 5 bag chaos: passengers fly without suitcases", None),
    ("update", "ledger", 1, "13:10", "UPDATE: Heathrow baggage system back, but 120 flights left without luggage",
     "Heathrow's Terminal 5 baggage system was working again by late morning, but about 120 flights departed without "
     "passengers' checked bags, the airport said. Cases will be couriered to travellers."),
])

S("E06-who-ebola-kasese", [
    ("original", "gwire", 2, "09:10", "WHO declares end of Ebola outbreak in Uganda's Kasese district",
     "The World Health Organization declared the end of an Ebola outbreak in Uganda's Kasese district on Tuesday, 42 days "
     "after the last patient tested negative. The outbreak killed 11 people."),
    ("rewrite", "worldline", 2, "10:40", "World: Uganda marks 42 days without a new Ebola case",
     "Health officials in Kampala celebrated after the six-week countdown ended without fresh infections near the border "
     "with Congo. Eleven people died and 19 were infected."),
    ("rewrite", "northstar", 2, "12:15", "Western Uganda Ebola flare-up declared over",
     "The global health body said the virus no longer circulates in the district at the foot of the Rwenzori Mountains, "
     "crediting fast contact tracing and vaccination of health workers."),
])

S("E07-corvid-tern-moon-landing", [
    ("original", "gwire", 3, "17:30", "Corvid Aerospace lander Tern touches down on the Moon",
     "Corvid Aerospace's robotic lander Tern touched down near the Moon's south pole on Wednesday, the company said, "
     "becoming the second private spacecraft to land successfully on the lunar surface."),
    ("brief", "capitalbrief", 3, "17:33", "BRIEF-Corvid Aerospace says Tern lander on lunar surface",
     "Corvid Aerospace says its Tern lander has touched down near the lunar south pole and is in contact with mission "
     "control; shares up 22% in extended trading."),
    ("rewrite", "northstar", 3, "18:40", "Private probe settles near the lunar south pole",
     "Cheers erupted in a Houston control room as telemetry confirmed that the spindly four-legged craft was standing on "
     "lunar soil. It carries instruments for NASA and two universities."),
    ("update", "gwire", 3, "21:00", "UPDATE 1-Corvid's Tern lander sends first images; tilted by about 8 degrees",
     "Corvid Aerospace's Tern lander sent its first images from the Moon on Wednesday evening, showing it resting at a tilt "
     "of about 8 degrees, which the company said would reduce solar power slightly."),
])

S("E08-quarrystone-lattice-peak", [
    ("original", "gwire", 2, "11:00", "Quarrystone Capital to buy software firm Lattice Peak for $5.6 billion",
     "Private equity firm Quarrystone Capital has agreed to buy Lattice Peak, a maker of supply-chain software, for $5.6 "
     "billion including debt, the companies said on Tuesday."),
    ("brief", "capitalbrief", 2, "11:03", "BRIEF-Lattice Peak to be acquired by Quarrystone for $42 per share",
     "Lattice Peak enters definitive agreement to be acquired by Quarrystone Capital for $42 per share in cash, valuing "
     "company at about $5.6 billion; board recommends deal."),
    ("rewrite", "ledger", 2, "12:40", "Buyout group swoops on supply-chain specialist",
     "Lattice Peak, whose software tracks containers for retailers, is being taken private after a year of slumping "
     "shares. Quarrystone's offer is worth five point six billion dollars."),
    ("translation", "dpn", 2, "13:30", "Finanzinvestor Quarrystone übernimmt Lattice Peak für 5,6 Milliarden Dollar",
     "Der Finanzinvestor Quarrystone Capital kauft den Softwareanbieter Lattice Peak für 5,6 Milliarden Dollar "
     "einschließlich Schulden. Das teilten beide Unternehmen am Dienstag mit."),
    ("update", "gwire", 2, "16:10", "UPDATE 1-Lattice Peak shares jump 31% on Quarrystone buyout",
     "Lattice Peak shares jumped 31% to $40.80 after Quarrystone Capital agreed to buy the software maker for $42 a share, "
     "valuing it at $5.6 billion including debt."),
])

S("E09-durban-water-contract", [
    ("original", "gwire", 1, "10:30", "South African court orders probe into Durban water contract",
     "A South African high court on Monday ordered an independent investigation into a 2.3 billion rand water maintenance "
     "contract awarded by the city of Durban, citing irregularities in the tender."),
    ("rewrite", "worldline", 1, "12:00", "World: Judge orders inquiry into eThekwini water tender",
     "The municipality that runs Durban must open its books on a pipe-repair deal worth 2.3 billion rand, a Pietermaritzburg "
     "judge ruled, after losing bidders alleged the award was rigged."),
    ("cut", "ledger", 1, "13:00", "Durban water deal faces court-ordered investigation", None),
])

S("E10-helsinki-hospital-ransomware", [
    ("original", "gwire", 2, "07:10", "Ransomware attack disrupts Helsinki hospital district",
     "A ransomware attack disrupted patient record systems across the Helsinki University Hospital district on Tuesday, "
     "forcing staff to use paper records and divert some ambulances, the hospital said."),
    ("brief", "northstar", 2, "07:20", "BRIEF-Helsinki hospitals hit by ransomware, ambulances diverted",
     "Helsinki University Hospital says ransomware attack hit its IT systems overnight; emergency care continues, some "
     "ambulances diverted to Espoo and Vantaa."),
    ("rewrite", "ledger", 2, "09:00", "Finnish capital's hospitals back to pen and paper after hack",
     "Doctors in Helsinki were writing prescriptions by hand after criminals encrypted the computers of the region's main "
     "hospital group. Finland's cyber security centre said it was helping."),
    ("translation", "nordnytt", 2, "10:00", "Ransomwareattack slår ut system på sjukhus i Helsingfors",
     "En ransomwareattack har slagit ut journalsystemen i Helsingfors universitetssjukhus distrikt. Personalen använder "
     "pappersjournaler och vissa ambulanser har dirigerats om, uppger sjukhuset."),
    ("update", "gwire", 2, "15:30", "UPDATE 1-Helsinki hospitals postpone 300 operations after ransomware attack",
     "Helsinki University Hospital postponed about 300 planned operations after Tuesday's ransomware attack, it said. "
     "Police opened a criminal investigation and said no ransom would be paid."),
])

S("E11-carlisle-level-crossing", [
    ("original", "ledger", 1, "16:20", "Nine hurt as train hits lorry at level crossing near Carlisle",
     "Nine people were injured when a passenger train hit a lorry on a level crossing near Carlisle on Monday afternoon, "
     "British Transport Police said. Two were taken to hospital with serious injuries."),
    ("rewrite", "gwire", 1, "17:30", "Cumbrian crossing crash: passenger service strikes heavy goods vehicle",
     "A two-carriage Northern train collided with an articulated truck on the line to Newcastle east of Carlisle, "
     "derailing its front wheels. Paramedics treated nine people."),
    ("update", "ledger", 1, "21:00", "UPDATE: Lorry driver arrested after Carlisle level crossing crash as injured rise to 11",
     "A lorry driver has been arrested after a train hit his vehicle on a level crossing near Carlisle, police said. The "
     "number injured rose to 11; the line will stay closed on Tuesday."),
    ("regional", "eveningmetro", 2, "07:10", "Carlisle to Newcastle line shut after crossing crash",
     "The railway between Carlisle and Newcastle remains closed after a train hit a lorry on a level crossing on Monday, "
     "injuring 11 people. The lorry driver was arrested."),
])

S("E12-kovac-withdraws-tokyo", [
    ("original", "gwire", 3, "05:40", "Tennis-Kovac withdraws from Tokyo tournament with wrist injury",
     "World number four Nadia Kovac withdrew from the Tokyo tournament on Wednesday with a right wrist injury, organisers "
     "said, hours before her opening match against a Japanese wildcard."),
    ("rewrite", "pacificecho", 3, "07:00", "Croatian star's Asian swing over before it begins",
     "Kovac was seen leaving the practice courts with her forearm strapped on Tuesday evening. The 24-year-old has "
     "struggled with the same joint since the US Open."),
    ("cut", "ledger", 3, "08:00", "Kovac pulls out in Tokyo with wrist problem", None),
])

S("E13-dhaka-dengue", [
    ("original", "gwire", 2, "08:00", "Dengue cases surge in Dhaka as 1,140 admitted to hospital in a day",
     "Hospitals in Bangladesh's capital Dhaka admitted 1,140 dengue patients in the 24 hours to Tuesday morning, the "
     "highest daily figure this year, the Directorate General of Health Services said."),
    ("rewrite", "worldline", 2, "09:30", "World: Bangladesh capital's wards overflow with mosquito-borne fever",
     "Patients lay on corridor floors at Dhaka Medical College as admissions for the virus passed a thousand in a single "
     "day. Officials blamed late monsoon rains."),
    ("translation", "ansi", 2, "11:00", "Dengue, impennata di casi a Dacca: 1.140 ricoveri in un giorno",
     "Gli ospedali di Dacca, capitale del Bangladesh, hanno ricoverato 1.140 pazienti con dengue nelle 24 ore fino a "
     "martedì mattina, il dato giornaliero più alto dell'anno, secondo le autorità sanitarie."),
    ("update", "gwire", 2, "14:00", "UPDATE 1-Bangladesh dengue admissions reach 1,260 in a day; nine deaths",
     "Bangladesh reported 1,260 dengue hospital admissions nationwide and nine deaths in 24 hours, revising earlier "
     "figures for Dhaka. Authorities ordered fogging in 40 city wards."),
])

S("E14-brackwater-job-cuts", [
    ("original", "ledger", 1, "07:00", "Brackwater Insurance to cut 950 jobs in Leeds and Cardiff",
     "Brackwater Insurance will cut 950 jobs at its offices in Leeds and Cardiff over the next 18 months as it automates "
     "claims handling, the company said on Monday."),
    ("brief", "capitalbrief", 1, "07:05", "BRIEF-Brackwater Insurance to reduce workforce by 950",
     "Brackwater Insurance says to cut about 950 roles in Leeds and Cardiff by early 2028 as part of digital claims "
     "programme; expects annual savings of 70 million pounds."),
    ("rewrite", "gwire", 1, "09:10", "Insurer to hand claims to software, axing nearly a thousand roles",
     "Brackwater, one of Britain's larger motor and home insurers, said machines would soon assess most routine claims. "
     "Staff in Yorkshire and south Wales will bear the brunt."),
    ("regional", "eveningmetro", 1, "18:00", "Leeds to lose 600 jobs as Brackwater automates claims",
     "About 600 of the 950 jobs being cut by Brackwater Insurance will go at its Leeds office, with the rest in Cardiff, "
     "the union said on Monday."),
])

S("E15-sierra-nevada-wildfire", [
    ("original", "gwire", 1, "02:30", "Wildfire in California's Sierra Nevada foothills forces 6,000 to flee",
     "A fast-moving wildfire in the Sierra Nevada foothills east of Sacramento forced about 6,000 people to evacuate on "
     "Sunday night, fire officials said. The Ridge Fire had burned 4,500 acres."),
    ("rewrite", "northstar", 1, "04:00", "Flames race through Gold Country; thousands told to leave",
     "Gusty winds pushed the Ridge Fire across ranchland in Placer County, where residents of Colfax and nearby hamlets "
     "fled with little warning. Cal Fire sent air tankers at first light."),
    ("rewrite", "worldline", 1, "05:10", "World: Wind-driven blaze empties towns in northern California",
     "Six thousand residents were ordered out of their homes as a wildfire spread through the hills between Sacramento and "
     "Lake Tahoe overnight, authorities said."),
    ("update", "gwire", 1, "15:40", "UPDATE 2-California's Ridge Fire grows to 11,000 acres, 40 homes destroyed",
     "The Ridge Fire in the Sierra Nevada foothills grew to 11,000 acres and destroyed at least 40 homes, Cal Fire said on "
     "Monday. Evacuation orders were expanded to 8,500 people."),
])

S("E16-tasmania-early-election", [
    ("original", "pacificecho", 3, "03:00", "Tasmanian premier calls early election for November 7",
     "Tasmania's Premier Grant Whitfield called an early state election for 7 November on Wednesday after losing the "
     "support of two independent MPs, less than two years after the last poll."),
    ("rewrite", "gwire", 3, "04:30", "Island state heads back to the polls after minority deal collapses",
     "Voters in Hobart and Launceston face another campaign after Whitfield visited the governor to dissolve parliament. "
     "His minority government lost its majority on a budget bill."),
    ("cut", "northstar", 3, "05:10", "Tasmania to vote on November 7 as premier dissolves parliament", None),
])

S("E17-kathmandu-runway-excursion", [
    ("original", "gwire", 2, "06:40", "Plane skids off runway in Kathmandu, all 72 on board safe",
     "A Himal Air passenger plane skidded off the runway while landing at Kathmandu's Tribhuvan International Airport in "
     "heavy rain on Tuesday, but all 72 passengers and crew escaped unhurt, officials said."),
    ("rewrite", "worldline", 2, "07:30", "World: Himal Air jet overshoots wet runway at Tribhuvan",
     "Passengers slid down emergency chutes into the mud after their twin-engine aircraft ran off the tarmac in Nepal's "
     "capital. Flights were suspended while the plane was moved."),
    ("translation", "rheinblatt", 2, "09:40", "Flugzeug rutscht in Kathmandu von der Landebahn – alle 72 Insassen unverletzt",
     "Eine Passagiermaschine der Fluggesellschaft Himal Air ist bei der Landung in Kathmandu bei starkem Regen von der "
     "Landebahn gerutscht. Alle 72 Menschen an Bord blieben unverletzt."),
    ("update", "gwire", 2, "11:00", "UPDATE 1-Kathmandu airport reopens after Himal Air runway excursion; three treated",
     "Kathmandu's airport reopened after a five-hour closure caused by a Himal Air plane that skidded off the runway. "
     "Three passengers were treated for minor bruises, revising earlier reports."),
])

S("E18-antwerp-jewel-robbery", [
    ("original", "gwire", 1, "12:10", "Robbers seize €4 million in jewels from courier in Antwerp",
     "Armed robbers stole jewels worth about 4 million euros from a courier near Antwerp's diamond district on Monday "
     "morning and escaped in a black car, Belgian police said. Nobody was injured."),
    ("translation", "gvanieuws", 1, "13:00", "Koerier in Antwerpen beroofd van juwelen ter waarde van 4 miljoen euro",
     "Gewapende overvallers hebben maandagochtend vlak bij de Antwerpse diamantwijk een koerier beroofd van juwelen ter "
     "waarde van ongeveer 4 miljoen euro. Ze vluchtten in een zwarte wagen, meldt de politie."),
    ("rewrite", "ledger", 1, "13:45", "Diamond quarter ambush: armed gang snatches gem case",
     "Three masked men pointed handguns at a security courier in Belgium's gem-trading hub and grabbed a case of rings and "
     "necklaces valued at four million euros."),
    ("update", "gwire", 1, "18:00", "UPDATE 1-Antwerp jewel robbery: getaway car found burnt out",
     "Police found the burnt-out getaway car used in Monday's 4 million euro jewel robbery in Antwerp in a field near "
     "Mechelen, prosecutors said. The gang's haul included 300 rings."),
])

S("E19-lyria-pharma-fraud-verdict", [
    ("original", "gwire", 3, "19:20", "Former Lyria Pharma chief convicted of fraud in Boston",
     "A federal jury in Boston on Wednesday convicted former Lyria Pharma chief executive Howard Klane of securities fraud "
     "for misleading investors about the results of a cancer drug trial."),
    ("brief", "capitalbrief", 3, "19:22", "BRIEF-Ex-Lyria Pharma CEO Howard Klane found guilty on fraud counts",
     "Jury finds former Lyria Pharma CEO Howard Klane guilty on four counts of securities fraud and one count of "
     "conspiracy; sentencing set for January."),
    ("rewrite", "northstar", 3, "20:30", "Jury finds biotech founder lied about trial data",
     "Klane, who raised hundreds of millions on the promise of a breakthrough tumour treatment, faces up to 20 years in "
     "prison after jurors deliberated for two days in Massachusetts."),
])

S("E20-devon-cornwall-power-cut", [
    ("original", "ledger", 2, "05:30", "Power cut leaves 400,000 homes in Devon and Cornwall without electricity",
     "About 400,000 homes and businesses in Devon and Cornwall lost power overnight after a fault at a substation near "
     "Plymouth, the network operator said on Tuesday."),
    ("rewrite", "gwire", 2, "07:00", "Substation fault plunges south-west England into darkness",
     "Traffic lights went out and hospitals switched to generators across the far south-west after a transformer failed "
     "at Abham. Engineers hoped to restore supplies by lunchtime."),
    ("update", "ledger", 2, "12:00", "UPDATE: Power restored to most homes in Devon and Cornwall, 18,000 still cut off",
     "Electricity has been restored to most of the 400,000 homes in Devon and Cornwall that lost power overnight, but "
     "18,000 remained without supply at midday, the network operator said."),
    ("regional", "harbourherald", 2, "18:00", "Plymouth schools reopen after blackout",
     "Schools in Plymouth that closed during Tuesday's power cut will reopen on Wednesday, the council said. The outage "
     "affected 400,000 homes across Devon and Cornwall."),
])

# ---------------------------------------------------------------- German
S("D1-leuna-explosion", [
    ("original", "dpn", 2, "05:10", "Explosion in Chemiewerk in Leuna: vier Verletzte",
     "Bei einer Explosion in einem Chemiewerk in Leuna in Sachsen-Anhalt sind in der Nacht zu Dienstag vier Arbeiter "
     "verletzt worden. Die Feuerwehr rief die Anwohner auf, Fenster und Türen geschlossen zu halten."),
    ("brief", "rheinblatt", 2, "05:20", "EIL: Explosion in Leunaer Chemiewerk – Verletzte",
     "In einem Chemiewerk im sachsen-anhaltischen Leuna hat es eine Explosion gegeben. Nach ersten Angaben der Polizei "
     "wurden mehrere Menschen verletzt, die Lage ist unübersichtlich."),
    ("rewrite", "alpenkurier", 2, "07:40", "Knall im mitteldeutschen Chemiedreieck",
     "Ein lauter Schlag hat kurz nach Mitternacht Anwohner im Saalekreis geweckt: In einer Produktionsanlage für "
     "Lösungsmittel flog ein Reaktor in die Luft. Vier Beschäftigte kamen ins Krankenhaus."),
    ("translation", "gwire", 2, "08:00", "Explosion at chemical plant in eastern Germany's Leuna injures four",
     "An explosion at a chemical plant in Leuna in the eastern German state of Saxony-Anhalt injured four workers overnight, "
     "police said on Tuesday. Residents were told to keep windows closed."),
    ("update", "dpn", 2, "12:30", "ROUNDUP 2: Nach Explosion in Leuna ermittelt Staatsanwaltschaft – fünf Verletzte",
     "Nach der Explosion in einem Chemiewerk in Leuna ist die Zahl der Verletzten auf fünf gestiegen. Die Staatsanwaltschaft "
     "Halle hat Ermittlungen aufgenommen, die Warnung für Anwohner wurde am Vormittag aufgehoben."),
    ("regional", "nordbote", 3, "06:00", "Kurz notiert: Explosion in Chemiewerk in Sachsen-Anhalt",
     "Bei einer Explosion in einem Chemiewerk in Leuna sind fünf Arbeiter verletzt worden. Die Staatsanwaltschaft Halle "
     "ermittelt zur Ursache des Unglücks in der Nacht zu Dienstag."),
])

S("D2-nrw-einzelhandel-tarif", [
    ("original", "dpn", 3, "10:30", "Tarifeinigung im Einzelhandel NRW: 5,5 Prozent mehr Lohn",
     "Die Beschäftigten im nordrhein-westfälischen Einzelhandel bekommen in zwei Stufen insgesamt 5,5 Prozent mehr Geld. "
     "Darauf haben sich Verdi und der Handelsverband in Düsseldorf nach monatelangen Verhandlungen geeinigt."),
    ("rewrite", "rheinblatt", 3, "12:00", "Mehr Geld für Verkäuferinnen und Kassierer an Rhein und Ruhr",
     "Nach Warnstreiks in Supermärkten und Modehäusern steht der Abschluss: Rund 700.000 Beschäftigte erhalten ab Oktober "
     "und im Sommer 2027 mehr Lohn, insgesamt 5,5 Prozent."),
    ("cut", "nordbote", 3, "14:00", "Kurz notiert: Handel in NRW einigt sich mit Verdi", None),
])

# ---------------------------------------------------------------- French
S("F1-a43-eboulement", [
    ("original", "afi", 1, "07:00", "Éboulement sur l'A43 en Savoie: l'autoroute coupée vers l'Italie",
     "Un éboulement s'est produit dans la nuit de dimanche à lundi sur l'autoroute A43 en Maurienne, en Savoie, coupant la "
     "circulation vers le tunnel du Fréjus et l'Italie. Aucun véhicule n'a été touché, selon la préfecture."),
    ("rewrite", "lequotidien", 1, "09:00", "Maurienne: des blocs de roche sur la chaussée, le Fréjus isolé",
     "Plusieurs centaines de mètres cubes de rochers se sont détachés de la falaise au-dessus de Saint-Michel-de-Maurienne. "
     "Les poids lourds sont bloqués et déviés par le Mont-Blanc."),
    ("translation", "ansi", 1, "10:30", "Frana sull'autostrada A43 in Savoia, chiuso l'accesso al Frejus",
     "Una frana caduta nella notte sull'autostrada A43 in Savoia ha interrotto il traffico verso il traforo del Frejus e "
     "l'Italia. Nessun veicolo è stato coinvolto, secondo la prefettura francese."),
    ("update", "afi", 1, "16:00", "MISE À JOUR 1-Éboulement sur l'A43: fermeture d'au moins une semaine",
     "L'autoroute A43 restera fermée au moins une semaine en Maurienne après l'éboulement de la nuit, a annoncé lundi le "
     "préfet de la Savoie. Des géologues doivent sécuriser la paroi."),
    ("regional", "lematinromand", 2, "07:00", "En bref: la route du Fréjus coupée pour une semaine",
     "L'autoroute A43 en Savoie, accès principal au tunnel du Fréjus, reste fermée au moins une semaine après un éboulement. "
     "Les camions sont déviés par le Mont-Blanc et le Valais."),
])

S("F2-greve-enseignants", [
    ("original", "afi", 2, "06:00", "Grève des enseignants: un professeur sur trois mobilisé mardi selon le ministère",
     "Un enseignant sur trois est en grève ce mardi dans les écoles, collèges et lycées, selon le ministère de l'Éducation "
     "nationale. Les syndicats protestent contre la suppression de 4 000 postes prévue au budget."),
    ("rewrite", "lequotidien", 2, "08:30", "Écoles fermées, cantines à l'arrêt: les profs dans la rue",
     "Devant les grilles, des parents trouvent porte close et les élèves restent à la maison. Les syndicats dénoncent "
     "les 4 000 suppressions de postes et appellent à manifester dans 150 villes."),
    ("update", "afi", 2, "15:00", "MISE À JOUR 1-Grève des enseignants: 45% de grévistes selon les syndicats, 120 000 manifestants",
     "Les syndicats revendiquent 45% de grévistes et 120 000 manifestants en France ce mardi, contre 33% selon le "
     "ministère. Une intersyndicale doit décider jeudi d'une nouvelle journée d'action."),
    ("regional", "ouestmatin", 3, "06:40", "En bref: forte mobilisation des enseignants dans l'Ouest",
     "À Rennes et Nantes, près de la moitié des écoles étaient fermées mardi lors de la grève nationale des enseignants "
     "contre 4 000 suppressions de postes."),
])

S("F3-geneve-incendie-hotel", [
    ("original", "lematinromand", 3, "04:30", "Genève: incendie dans un hôtel des Pâquis, 80 personnes évacuées",
     "Un incendie s'est déclaré dans la nuit de mardi à mercredi au troisième étage d'un hôtel du quartier des Pâquis, à "
     "Genève. Quatre-vingts clients ont été évacués, deux personnes ont été légèrement intoxiquées."),
    ("rewrite", "afi", 3, "06:00", "Nuit agitée au bord du Léman: le feu prend dans un hôtel",
     "Des clients en pyjama sur le trottoir de la rue de Berne: les pompiers genevois ont sorti quatre-vingts personnes "
     "d'un établissement envahi par la fumée. Deux ont été conduites aux HUG."),
    ("cut", "lequotidien", 3, "08:00", "Suisse: un hôtel de Genève évacué en pleine nuit", None),
])

# ---------------------------------------------------------------- Spanish
S("S1-murcia-dana", [
    ("original", "efa", 2, "06:30", "La DANA provoca inundaciones en Murcia y deja dos desaparecidos",
     "Las lluvias torrenciales de la DANA han provocado inundaciones en varios municipios de la Región de Murcia, donde "
     "dos personas están desaparecidas tras ser arrastrado su vehículo por una rambla en Lorca."),
    ("brief", "diariosol", 2, "06:35", "URGENTE-Dos desaparecidos por las inundaciones en la Región de Murcia",
     "Dos personas están desaparecidas en Lorca después de que la corriente arrastrara su coche en una rambla desbordada, "
     "según el servicio de emergencias 112."),
    ("rewrite", "diariosol", 2, "09:00", "Ramblas desbordadas y coches arrastrados: la gota fría golpea el sureste",
     "Más de 150 litros por metro cuadrado en pocas horas convirtieron las calles lorquinas en ríos. La Aemet mantiene "
     "el aviso rojo y los colegios siguen cerrados."),
    ("translation", "worldline", 2, "10:00", "World: Flash floods in Spain's Murcia leave two missing",
     "Torrential rain caused flooding across Spain's Murcia region on Tuesday, and two people were missing after their car "
     "was swept away by a flooded riverbed in Lorca, emergency services said."),
    ("update", "efa", 2, "14:30", "ACTUALIZACIÓN 2-Inundaciones en Murcia: hallan el cuerpo de uno de los desaparecidos",
     "Los equipos de rescate han hallado el cuerpo sin vida de uno de los dos desaparecidos en Lorca por las inundaciones "
     "de la DANA. La búsqueda del segundo continúa con drones y perros."),
    ("regional", "elnorte", 3, "07:20", "Breves: Murcia recupera la normalidad tras la DANA",
     "La Región de Murcia reabrió los colegios tras las inundaciones del martes, que causaron un muerto y un desaparecido "
     "en Lorca."),
])

S("S2-buenos-aires-paro-colectivos", [
    ("original", "lanacionsur", 1, "10:00", "Paro de colectivos en Buenos Aires: 60 líneas sin servicio",
     "Unas 60 líneas de colectivos del área metropolitana de Buenos Aires no prestaban servicio este lunes por un paro de "
     "la Unión Tranviarios Automotor en reclamo de aumentos salariales."),
    ("rewrite", "efa", 1, "12:30", "Sin transporte en la capital argentina por una huelga de choferes",
     "Millones de porteños buscaron alternativas para llegar al trabajo después de que los conductores de autobuses "
     "dejaran sin servicio a sesenta recorridos en reclamo de mejores sueldos."),
    ("update", "lanacionsur", 1, "20:00", "ACTUALIZACIÓN 1-Levantan el paro de colectivos tras un acuerdo salarial",
     "La UTA levantó el paro de colectivos en el área metropolitana de Buenos Aires tras acordar un aumento del 9% con las "
     "empresas. El servicio se normalizará desde la primera hora del martes."),
])

S("S3-oaxaca-sismo", [
    ("original", "efa", 3, "02:10", "Sismo de magnitud 5,8 sacude Oaxaca, en el sur de México",
     "Un sismo de magnitud 5,8 sacudió la noche del martes el estado mexicano de Oaxaca, informó el Servicio Sismológico "
     "Nacional. La alerta sísmica sonó en Ciudad de México y no se reportaron daños graves."),
    ("copy", "lanacionsur", 3, "03:00", "México: un sismo de 5,8 sacude Oaxaca", None),
    ("rewrite", "diariosol", 3, "04:00", "Temblor en el sur de México: la alerta suena en la capital",
     "Los chilangos salieron a la calle en pijama cuando los altavoces avisaron del movimiento con epicentro cerca de "
     "Pinotepa Nacional. Protección Civil no reportó víctimas."),
])

# ---------------------------------------------------------------- Italian
S("I1-etna-aeroporto-catania", [
    ("original", "ansi", 1, "05:30", "Etna, nuova eruzione: chiuso l'aeroporto di Catania",
     "Una nuova fase eruttiva dell'Etna, con fontane di lava e una nube di cenere alta 8 chilometri, ha portato alla "
     "chiusura dell'aeroporto di Catania lunedì mattina, ha comunicato la società di gestione."),
    ("rewrite", "corrierelido", 1, "07:30", "Fontana di lava e cenere sulla Sicilia orientale, voli dirottati",
     "Il vulcano si è risvegliato nella notte illuminando il cielo sopra Zafferana. Lo scalo di Fontanarossa ha sospeso "
     "arrivi e partenze, dirottati su Palermo."),
    ("translation", "gwire", 1, "08:10", "Etna eruption shuts Catania airport",
     "A new eruption of Mount Etna sent lava fountains and an ash cloud 8 kilometres into the sky, closing Catania airport "
     "on Monday morning, the airport operator said."),
    ("update", "ansi", 1, "13:00", "AGGIORNAMENTO 1-Etna, riapre parzialmente lo scalo di Catania: 64 voli cancellati",
     "L'aeroporto di Catania ha riaperto parzialmente alle 12 dopo la chiusura per la cenere dell'Etna. I voli cancellati "
     "sono 64, secondo la società di gestione."),
    ("regional", "gazzettavalle", 2, "07:30", "In breve: Etna, cenere su Catania",
     "L'eruzione dell'Etna di lunedì ha costretto alla chiusura dell'aeroporto di Catania per diverse ore, con 64 voli "
     "cancellati. La fase parossistica si è esaurita in serata."),
])

S("I2-istat-disoccupazione", [
    ("original", "ansi", 3, "08:00", "Istat: disoccupazione scende al 6,1% ad agosto",
     "Il tasso di disoccupazione in Italia è sceso ad agosto al 6,1%, in calo di 0,2 punti rispetto a luglio, secondo le "
     "stime provvisorie dell'Istat. Gli occupati salgono a 24,3 milioni, record storico."),
    ("copy", "gazzettavalle", 3, "09:00", "Disoccupazione in calo al 6,1%, i dati Istat di agosto", None),
    ("rewrite", "corrierelido", 3, "10:00", "Lavoro, mai così tanti occupati in Italia",
     "Oltre ventiquattro milioni di persone con un impiego: il mercato del lavoro tocca un nuovo massimo mentre chi cerca "
     "un posto scende al 6,1 per cento."),
])

# ---------------------------------------------------------------- Portuguese
S("P1-greve-enfermeiros", [
    ("original", "agtejo", 2, "08:00", "Greve dos enfermeiros adia 1.500 cirurgias em Portugal",
     "A greve nacional dos enfermeiros, que começou esta terça-feira, levou ao adiamento de cerca de 1.500 cirurgias "
     "programadas nos hospitais públicos, segundo o sindicato, que exige a revisão da carreira."),
    ("rewrite", "jornalporto", 2, "10:30", "Hospitais em serviços mínimos no primeiro dia de paralisação",
     "No Santo António e em São João, os blocos operatórios funcionam a meio gás. Os profissionais de enfermagem pedem "
     "progressões na carreira congeladas há anos."),
    ("update", "agtejo", 2, "17:00", "ATUALIZAÇÃO 1-Greve dos enfermeiros: adesão de 78% e 2.100 cirurgias adiadas",
     "A greve dos enfermeiros teve uma adesão de 78%, segundo o sindicato, e obrigou a adiar 2.100 cirurgias em todo o "
     "país. O Ministério da Saúde fala em 52% de adesão."),
])

S("P2-rio-grande-do-sul-chuvas", [
    ("original", "folhasul", 1, "11:00", "Chuvas no Rio Grande do Sul deixam três mortos e 2 mil desalojados",
     "As fortes chuvas que atingem o Rio Grande do Sul desde domingo deixaram três mortos e cerca de 2 mil desalojados, "
     "informou a Defesa Civil estadual nesta segunda-feira. O Vale do Taquari é a região mais afetada."),
    ("rewrite", "agtejo", 1, "14:00", "Temporal no sul do Brasil faz três vítimas mortais",
     "Rios transbordaram e estradas ficaram cortadas no estado gaúcho, onde as autoridades retiraram milhares de pessoas "
     "de casa. Lajeado e Estrela estão entre as cidades inundadas."),
    ("update", "folhasul", 1, "20:30", "ATUALIZAÇÃO 1-Sobe para cinco o número de mortos pelas chuvas no RS",
     "O número de mortos em consequência das chuvas no Rio Grande do Sul subiu para cinco, e há 3.400 desalojados, segundo "
     "o novo balanço da Defesa Civil divulgado na noite desta segunda-feira."),
])

# ---------------------------------------------------------------- Dutch
S("N1-den-haag-explosie", [
    ("original", "nlpers", 1, "03:10", "Explosie bij woning in Den Haag, twee gewonden",
     "Bij een explosie bij een woning in de Haagse wijk Moerwijk zijn in de nacht van zondag op maandag twee mensen "
     "gewond geraakt. De gevel raakte zwaar beschadigd en omliggende woningen werden ontruimd."),
    ("rewrite", "dagbladdelta", 1, "06:00", "Harde knal in Escamp: voorgevel van huis weggeslagen",
     "Buurtbewoners werden rond half vier uit hun bed geschud. Twee bewoners liepen verwondingen op, de politie sluit een "
     "aanslag niet uit en zoekt getuigen."),
    ("update", "nlpers", 1, "09:30", "UPDATE 1-Explosie Den Haag: politie houdt 19-jarige verdachte aan",
     "De politie heeft een 19-jarige man aangehouden voor de explosie bij een woning in Den Haag-Moerwijk. De twee "
     "gewonden zijn inmiddels thuis, acht gezinnen kunnen nog niet terug."),
])

S("N2-cbs-werkloosheid", [
    ("original", "nlpers", 3, "05:30", "CBS: werkloosheid daalt naar 3,6 procent",
     "De werkloosheid in Nederland is in augustus gedaald naar 3,6 procent van de beroepsbevolking, meldt het CBS. In juli "
     "was dat nog 3,8 procent, er zijn 372.000 werklozen."),
    ("rewrite", "dagbladdelta", 3, "08:00", "Krappe arbeidsmarkt: nog minder mensen zonder baan",
     "Werkgevers blijven vissen in een lege vijver: het aantal werklozen zakte deze zomer naar 372 duizend. Vooral jongeren "
     "vonden vaker werk, zegt het statistiekbureau."),
    ("cut", "gvanieuws", 3, "09:00", "Nederland: werkloosheid op 3,6 procent", None),
])

# ---------------------------------------------------------------- Polish
S("PL1-lodz-pozar-hali", [
    ("original", "pan", 2, "04:00", "Pożar hali magazynowej w Łodzi, w akcji 40 zastępów straży",
     "W nocy z poniedziałku na wtorek w Łodzi wybuchł pożar hali magazynowej przy ulicy Rokicińskiej. W akcji gaśniczej "
     "bierze udział 40 zastępów straży pożarnej, nikt nie został ranny."),
    ("brief", "gazetawisla", 2, "04:10", "PILNE: Płonie hala magazynowa w Łodzi",
     "Na Widzewie w Łodzi płonie duża hala magazynowa. Straż pożarna apeluje do mieszkańców o zamknięcie okien z powodu "
     "gęstego dymu."),
    ("rewrite", "gazetawisla", 2, "07:00", "Łódź w dymie. Ogień strawił magazyn przy Rokicińskiej",
     "Kłęby czarnego dymu widać było z każdego zakątka miasta. Strażacy z całego województwa łódzkiego walczyli z ogniem "
     "do rana, spłonęły zapasy mebli i tekstyliów."),
    ("translation", "zpravycz", 2, "09:00", "V polské Lodži hoří skladová hala, zasahuje 40 jednotek hasičů",
     "V polské Lodži v noci na úterý vypukl požár skladové haly v ulici Rokicińska. Zasahuje 40 jednotek hasičů, nikdo "
     "nebyl zraněn, uvedla polská agentura."),
    ("update", "pan", 2, "12:30", "AKTUALIZACJA 1-Pożar hali w Łodzi opanowany, strażacy dogaszają pogorzelisko",
     "Strażacy opanowali pożar hali magazynowej w Łodzi, spaleniu uległo 8 tys. metrów kwadratowych. Prokuratura wszczęła "
     "postępowanie w sprawie przyczyn pożaru."),
    ("regional", "kurierslaski", 3, "06:30", "Krótko: Po pożarze hali w Łodzi",
     "Prokuratura wyjaśnia przyczyny wtorkowego pożaru hali magazynowej w Łodzi, w którym spłonęło 8 tys. metrów "
     "kwadratowych. Nikt nie został ranny."),
])

S("PL2-rpp-stopy", [
    ("original", "pan", 1, "14:10", "RPP obniżyła stopy procentowe o 25 punktów bazowych",
     "Rada Polityki Pieniężnej obniżyła w poniedziałek stopy procentowe o 25 punktów bazowych, stopa referencyjna wynosi "
     "teraz 4,25 procent. Decyzja była zgodna z oczekiwaniami większości ekonomistów."),
    ("rewrite", "gazetawisla", 1, "16:00", "Tańsze kredyty. Rada tnie stopy po raz trzeci w tym roku",
     "Kredytobiorcy zapłacą nieco mniej: referencyjna stawka NBP spada do 4,25 proc. Prezes banku centralnego wyjaśni "
     "decyzję na wtorkowej konferencji prasowej w Warszawie."),
    ("cut", "kurierslaski", 1, "17:00", "Krótko: Stopy procentowe w dół", None),
])

# ---------------------------------------------------------------- Russian
S("R1-primorye-navodnenie", [
    ("original", "vestnik", 2, "02:00", "Наводнение в Приморье: подтоплены более 600 домов",
     "В Приморском крае из-за ливней, принесенных остатками тайфуна, подтоплены более 600 жилых домов в шести "
     "муниципалитетах, сообщили во вторник в региональном управлении МЧС."),
    ("brief", "sibexpress", 2, "02:12", "СРОЧНО: В Приморье ввели режим ЧС из-за паводка",
     "Губернатор Приморского края ввел режим чрезвычайной ситуации из-за наводнения. Подтоплены сотни домов, размыты "
     "дороги в нескольких районах, спасатели эвакуируют жителей."),
    ("rewrite", "gazetaneva", 2, "04:30", "Остатки тайфуна обрушили ливни на Приморский край: села отрезаны",
     "Реки Уссури и Раздольная вышли из берегов, вода зашла в шесть сотен домов. Спасатели вывозят людей на лодках, "
     "в Уссурийске закрыты школы."),
    ("update", "vestnik", 2, "09:30", "ОБНОВЛЕНО 1-Число подтопленных домов в Приморье выросло до 840",
     "Число подтопленных жилых домов в Приморском крае выросло до 840, эвакуированы более 1300 человек, сообщили в МЧС. "
     "Режим ЧС действует в шести муниципалитетах."),
])

# ---------------------------------------------------------------- Ukrainian
S("U1-odesa-pozhezha-tts", [
    ("original", "dniproinfo", 3, "06:00", "Пожежа в торговому центрі в Одесі: евакуювали 300 людей",
     "У середу вранці в торговому центрі на селищі Таїрова в Одесі спалахнула пожежа. З будівлі евакуювали близько 300 "
     "людей, постраждалих немає, повідомила ДСНС."),
    ("rewrite", "kyivvechir", 3, "08:00", "Дим над Таїровим: у торговельному комплексі спалахнув вогонь",
     "Покупців і продавців вивели з одеського ТРЦ за лічені хвилини, коли з фудкорту повалив дим. На місці працюють 60 "
     "рятувальників."),
    ("update", "dniproinfo", 3, "12:00", "ОНОВЛЕНО 1-Пожежу в одеському торговому центрі ліквідовано",
     "Пожежу в торговому центрі на Таїрова в Одесі ліквідовано на площі 400 квадратних метрів, повідомила ДСНС. Причиною "
     "могло стати коротке замикання."),
    ("regional", "lvivpost", 3, "20:00", "Коротко: в Одесі горів торговий центр",
     "В Одесі в середу ліквідували пожежу в торговому центрі на Таїрова, з якого евакуювали 300 людей. Ніхто не "
     "постраждав, причину встановлюють."),
])

# ---------------------------------------------------------------- Swedish
S("SV1-bussolycka-e6-uddevalla", [
    ("original", "nordnytt", 1, "06:30", "Bussolycka på E6 vid Uddevalla – 18 skadade",
     "En långfärdsbuss körde av E6 norr om Uddevalla och välte i diket på måndagsmorgonen. Arton personer skadades, tre "
     "av dem allvarligt, enligt Region Västra Götaland."),
    ("rewrite", "gbgkuriren", 1, "08:00", "Buss i diket i Bohuslän – passagerare fördes till NÄL",
     "Ambulanser från hela regionen ryckte ut när bussen på väg mot Oslo hamnade på sidan. Tre passagerare är svårt skadade "
     "och vårdas i Trollhättan."),
    ("update", "nordnytt", 1, "12:00", "UPPDATERAD: 21 skadade i bussolyckan på E6 – föraren misstänks",
     "Antalet skadade i bussolyckan på E6 vid Uddevalla har stigit till 21. Polisen har inlett en förundersökning om "
     "vårdslöshet i trafik mot föraren."),
    ("regional", "norrlandsbladet", 2, "06:00", "Kort om: Bussolycka i Bohuslän",
     "Tjugoen personer skadades när en långfärdsbuss välte på E6 vid Uddevalla på måndagen. Föraren är misstänkt för "
     "vårdslöshet i trafik."),
])

# ---------------------------------------------------------------- Czech
S("C1-pardubice-nehoda-vlaku", [
    ("original", "zpravycz", 2, "07:00", "Nehoda vlaku u Pardubic: srážka s nákladním autem, šest zraněných",
     "Osobní vlak se v úterý ráno srazil na železničním přejezdu u Pardubic s nákladním autem. Šest lidí utrpělo zranění, "
     "provoz na trati do Hradce Králové je přerušen."),
    ("rewrite", "moravadnes", 2, "09:00", "Osobní vlak smetl kamion na přejezdu na Pardubicku",
     "Řidič kamionu podle svědků vjel na přejezd i přes výstražná světla. Záchranáři ošetřili šest cestujících, "
     "drážní inspekce vyšetřuje příčiny srážky."),
    ("update", "zpravycz", 2, "13:00", "AKTUALIZACE 1-Trať z Pardubic do Hradce Králové je opět průjezdná",
     "Provoz na trati mezi Pardubicemi a Hradcem Králové byl po ranní nehodě vlaku a nákladního auta obnoven. Zraněných je "
     "sedm, škoda přesáhla 20 milionů korun."),
])

S("C2-cnb-sazby", [
    ("original", "zpravycz", 3, "13:40", "ČNB ponechala úrokové sazby beze změny, repo sazba zůstává 3,5 procenta",
     "Bankovní rada České národní banky ve středu ponechala úrokové sazby beze změny. Dvoutýdenní repo sazba zůstává na "
     "3,5 procenta, pro rozhodnutí hlasovalo pět ze sedmi členů."),
    ("rewrite", "prazskyden", 3, "15:00", "Centrální banka na úroky tentokrát nesáhla",
     "Hypotéky ani spořicí účty se zatím nezmění: bankéři z Na Příkopě nechali základní sazbu na třech a půl procentech. "
     "Dva radní chtěli snižovat."),
    ("cut", "moravadnes", 3, "16:00", "Sazby ČNB zůstávají, repo 3,5 procenta", None),
])

# ---------------------------------------------------------------- Turkish
S("T1-ankara-dogalgaz-patlamasi", [
    ("original", "haberajans", 1, "05:00", "Ankara'da doğalgaz patlaması: 5 yaralı",
     "Ankara'nın Çankaya ilçesinde bir apartman dairesinde sabah saatlerinde meydana gelen doğalgaz patlamasında 5 kişi "
     "yaralandı. İtfaiye ve sağlık ekipleri bölgeye sevk edildi."),
    ("brief", "egepost", 1, "05:06", "SON DAKİKA: Ankara'da apartmanda patlama",
     "Ankara Çankaya'da bir apartmanda doğalgaz kaynaklı patlama meydana geldi. İlk belirlemelere göre yaralılar var, "
     "itfaiye ve sağlık ekipleri olay yerinde çalışmalarını sürdürüyor."),
    ("rewrite", "bosfor", 1, "07:00", "Başkentte korkutan patlama: camlar sokağa saçıldı",
     "Dikmen'de beş katlı binanın üçüncü katındaki dairede yaşanan patlama mahalleyi uykudan uyandırdı. Beş kişi "
     "hastaneye kaldırıldı, bina boşaltıldı ve çevredeki doğalgaz akışı kesildi."),
    ("update", "haberajans", 1, "11:00", "GÜNCELLEME 1-Ankara'daki patlamada yaralı sayısı 7'ye yükseldi",
     "Ankara Çankaya'da bir apartman dairesinde meydana gelen doğalgaz patlamasında yaralı sayısı 7'ye yükseldi. "
     "Yaralılardan birinin durumunun ağır olduğu, patlamanın nedeniyle ilgili soruşturma başlatıldığı bildirildi."),
])

S("T2-mugla-orman-yangini", [
    ("original", "haberajans", 2, "12:00", "Muğla'da orman yangını: 3 mahalle tahliye edildi",
     "Muğla'nın Bodrum ilçesinde öğle saatlerinde başlayan orman yangını nedeniyle 3 mahalle tedbir amaçlı tahliye edildi. "
     "Yangına 12 helikopter ve 3 uçakla müdahale ediliyor."),
    ("rewrite", "bosfor", 2, "14:00", "Bodrum yakınlarında alevler evlere dayandı",
     "Kuvvetli rüzgârla yayılan yangın Mazı ve çevresindeki yerleşim yerlerine ulaştı. Tatilciler ve köylüler "
     "jandarma eşliğinde bölgeden çıkarıldı, havadan müdahale sürüyor."),
    ("translation", "northstar", 2, "15:00", "Wildfire near Turkey's Bodrum forces evacuation of three neighbourhoods",
     "A forest fire that broke out near Bodrum in Turkey's Mugla province on Tuesday forced the evacuation of three "
     "neighbourhoods, officials said. Twelve helicopters and three planes were fighting the flames."),
    ("update", "haberajans", 2, "20:00", "GÜNCELLEME 1-Muğla'daki orman yangını kontrol altına alındı",
     "Muğla'nın Bodrum ilçesinde çıkan orman yangını akşam saatlerinde kontrol altına alındı. Yaklaşık 350 hektar alanın "
     "zarar gördüğü, tahliye edilenlerin evlerine döndüğü bildirildi."),
])

# ---------------------------------------------------------------- Danish
S("DA1-aarhus-skybrud", [
    ("original", "nyhedsbureau", 3, "05:00", "Skybrud i Aarhus: kældre og veje under vand",
     "Et kraftigt skybrud har natten til onsdag sat kældre og veje under vand i Aarhus. Beredskabet har haft over 200 "
     "opkald, og flere veje i midtbyen er spærret, oplyser Østjyllands Politi."),
    ("rewrite", "jyskdagblad", 3, "07:00", "Vandmasser i smilets by: 70 millimeter på tre timer",
     "Aarhusianerne vågnede til oversvømmede gader og fyldte kældre efter nattens uvejr. DMI målte over 70 millimeter "
     "regn, og letbanen kører ikke."),
    ("update", "nyhedsbureau", 3, "11:00", "OPDATERET: Letbanen kører igen efter skybrud i Aarhus",
     "Letbanen i Aarhus kører igen efter nattens skybrud, men flere veje er fortsat spærret. Beredskabet har nu haft over "
     "350 opkald om oversvømmede kældre."),
    ("regional", "fynsposten", 3, "19:00", "Kort nyt: Skybrud ramte Aarhus",
     "Mere end 70 millimeter regn faldt natten til onsdag i Aarhus, hvor beredskabet fik over 350 opkald om oversvømmede "
     "kældre og veje."),
])

# ---------------------------------------------------------------- Romanian
S("RO1-vrancea-cutremur", [
    ("original", "carpati", 2, "01:30", "Cutremur de 5,2 în Vrancea, resimțit și în București",
     "Un cutremur cu magnitudinea 5,2 s-a produs marți la ora 04.12 în zona seismică Vrancea, la o adâncime de 140 de "
     "kilometri, a anunțat Institutul Național pentru Fizica Pământului. Seismul a fost resimțit și în București."),
    ("brief", "jurnaldunarii", 2, "01:36", "ULTIMA ORĂ: Cutremur puternic în Vrancea",
     "Un cutremur cu magnitudinea 5,2 a avut loc în Vrancea, potrivit INFP. Seismul a fost simțit în mai multe orașe din "
     "estul și sudul țării."),
    ("rewrite", "gazetaclujului", 2, "06:00", "Pământul s-a zguduit în curbura Carpaților",
     "Mulți bucureșteni au ieșit din blocuri în toiul nopții după ce mobila a început să se miște. Seismologii au "
     "înregistrat 5,2 grade, fără pagube raportate."),
    ("translation", "hirugynokseg", 2, "07:00", "5,2-es erősségű földrengés volt Romániában, Vrancea megyében",
     "Kedd hajnalban 5,2-es erősségű földrengés volt a romániai Vrancea térségében, 140 kilométeres mélységben, közölte a "
     "román földfizikai intézet. A rengést Bukarestben is érezték."),
    ("update", "carpati", 2, "09:00", "ACTUALIZARE 1-Cutremurul din Vrancea a avut magnitudinea 5,4, arată datele revizuite",
     "INFP a revizuit la 5,4 magnitudinea cutremurului produs marți dimineață în Vrancea. Inspectoratul pentru Situații de "
     "Urgență a raportat fisuri la câteva clădiri vechi din Focșani."),
])

# ---------------------------------------------------------------- Hungarian
S("HU1-budapest-villamos-kisiklott", [
    ("original", "hirugynokseg", 1, "06:50", "Kisiklott egy villamos Budapesten, négyen megsérültek",
     "Kisiklott egy 4-6-os villamos hétfő reggel a budapesti Nagykörúton, a Jászai Mari térnél. Négy utas könnyebben "
     "megsérült, a villamosforgalom a teljes vonalon leállt."),
    ("rewrite", "pestihirlap", 1, "08:30", "Sínről lecsúszott szerelvény a Nagykörúton",
     "A fővárosban a reggeli csúcsban bénult meg a legforgalmasabb villamosvonal, miután a jármű első kocsija "
     "letért a sínekről. Négy utast ápoltak a mentők."),
    ("update", "hirugynokseg", 1, "12:00", "FRISSÍTVE 1-Helyreállt a forgalom a 4-6-os villamos vonalán",
     "Délre helyreállt a forgalom a budapesti 4-6-os villamos vonalán a reggeli kisiklás után. A négy sérült közül kettőt "
     "kórházba szállítottak, a BKV vizsgálja az okokat."),
    ("regional", "alfoldiujsag", 2, "06:30", "Röviden: kisiklott villamos a fővárosban",
     "Hétfőn reggel kisiklott egy 4-6-os villamos Budapesten, a Jászai Mari térnél, négy utas megsérült. A BKV vizsgálja "
     "a baleset okát."),
])

# ---------------------------------------------------------------- look-alikes
O("L01-taiwan-quake", "lookalike", "gwire", 3, "09:45", "Magnitude 5.2 earthquake strikes off Taiwan's east coast",
  "A magnitude 5.2 earthquake struck off the east coast of Taiwan near Hualien on Wednesday, the Central Weather "
  "Administration said. No tsunami warning was issued and there were no immediate reports of damage.")
O("L02-tamsin-regulator-probe", "lookalike", "gwire", 3, "15:20", "US safety regulator opens probe into Tamsin air fryers",
  "The US Consumer Product Safety Commission has opened an investigation into Tamsin Appliances air fryers sold in the "
  "United States, two days after the company recalled 210,000 units in Britain and Ireland.")
O("L03-who-cholera-malawi", "lookalike", "gwire", 3, "10:05", "WHO declares end of cholera outbreak in Malawi",
  "The World Health Organization declared the end of a cholera outbreak in Malawi on Wednesday after no new cases were "
  "reported for four weeks. The outbreak killed 58 people in the southern region.")
O("L04-helsinki-tram-vote", "lookalike", "ledger", 2, "19:30", "Helsinki council approves new tram line to Malmi",
  "Helsinki City Council voted on Tuesday evening to build a 9-kilometre tram line from the city centre to Malmi, with "
  "construction due to start in 2028 at a cost of 410 million euros.")
O("L05-antwerp-robbery-arrests", "lookalike", "gwire", 2, "13:20", "Three arrested over Antwerp jewel robbery",
  "Belgian police arrested three men in raids in Antwerp and Brussels on Tuesday over Monday's robbery of a jewellery "
  "courier, prosecutors said. Part of the 4 million euro haul was recovered.")
O("L06-plymouth-stadium-vote", "lookalike", "harbourherald", 2, "20:10", "Plymouth councillors approve plans for new 20,000-seat stadium",
  "Plymouth City Council's planning committee approved plans for a new 20,000-seat stadium at Central Park on Tuesday "
  "evening, despite objections over traffic from residents in Mannamead.")
O("L07-marl-chemiepark-brand", "lookalike", "dpn", 3, "04:40", "Brand im Chemiepark Marl: zwei Verletzte",
  "Bei einem Brand in einer Anlage im Chemiepark Marl sind in der Nacht zu Mittwoch zwei Mitarbeiter leicht verletzt "
  "worden. Die Feuerwehr gab Entwarnung, Messungen ergaben keine erhöhten Schadstoffwerte.")
O("L08-geneve-grand-conseil", "lookalike", "lematinromand", 3, "17:30", "Genève: le Grand Conseil vote la gratuité des transports pour les moins de 25 ans",
  "Le Grand Conseil genevois a adopté mercredi la gratuité des transports publics pour les moins de 25 ans dès 2027, "
  "par 52 voix contre 41. La droite annonce un référendum.")
O("L09-guerrero-sismo", "lookalike", "efa", 3, "09:30", "Sismo de magnitud 5,1 sacude Guerrero, en el sur de México",
  "Un sismo de magnitud 5,1 sacudió la mañana del miércoles el estado mexicano de Guerrero, informó el Servicio "
  "Sismológico Nacional. El epicentro se ubicó cerca de Acapulco y no se reportaron daños.")
O("L10-stromboli-colata", "lookalike", "ansi", 2, "09:10", "Stromboli, nuova colata lavica lungo la Sciara del Fuoco",
  "Una nuova colata lavica è scesa martedì lungo la Sciara del Fuoco a Stromboli, ha comunicato l'Ingv. La Protezione "
  "civile ha vietato le escursioni in quota, nessun pericolo per l'abitato.")
O("L11-den-haag-autovrij", "lookalike", "nlpers", 1, "21:00", "Den Haag: gemeenteraad stemt in met autovrije binnenstad",
  "De Haagse gemeenteraad heeft maandagavond ingestemd met een autovrije binnenstad vanaf 2028. Alleen bewoners, "
  "hulpdiensten en bevoorrading mogen dan nog het centrum in rijden.")
O("L12-oregon-wildfire", "lookalike", "gwire", 2, "03:15", "Wildfire in Oregon's Cascade foothills forces 1,200 to flee",
  "A wildfire in the foothills of Oregon's Cascade Range forced about 1,200 people to evacuate on Monday night, state "
  "fire officials said. The Clear Creek Fire had burned 2,800 acres.")
O("L13-kathmandu-flight-recorders", "lookalike", "gwire", 3, "07:15", "Investigators recover flight recorders from Himal Air plane in Kathmandu",
  "Nepalese investigators recovered both flight recorders from the Himal Air plane that skidded off the runway in "
  "Kathmandu on Tuesday, the civil aviation authority said, and formed a five-member inquiry panel.")
O("L14-poznan-pozar-hali", "lookalike", "pan", 3, "03:50", "Pożar hali magazynowej w Poznaniu, w akcji 25 zastępów straży",
  "W nocy z wtorku na środę w Poznaniu wybuchł pożar hali magazynowej na Franowie. W akcji gaśniczej bierze udział 25 "
  "zastępów straży pożarnej, nikt nie został ranny.")
O("L15-bursa-dogalgaz-patlamasi", "lookalike", "haberajans", 2, "06:40", "Bursa'da doğalgaz patlaması: 3 yaralı",
  "Bursa'nın Osmangazi ilçesinde bir müstakil evde meydana gelen doğalgaz patlamasında 3 kişi yaralandı. Yaralılar "
  "ambulanslarla hastaneye kaldırıldı, evde ağır hasar oluştu.")
O("L16-bussolycka-e4-soderhamn", "lookalike", "nordnytt", 2, "15:40", "Bussolycka på E4 vid Söderhamn – sju skadade",
  "En buss med skolelever körde av E4 söder om Söderhamn på tisdagseftermiddagen. Sju personer skadades lindrigt, "
  "enligt Region Gävleborg, och vägen var avstängd i två timmar.")

# ---------------------------------------------------------------- template series
O("TPL-dax-d1", "template", "dpn", 1, "15:45", "DAX schließt 0,6 Prozent fester bei 23.480 Punkten",
  "Der Deutsche Aktienindex hat am Montag 0,6 Prozent fester bei 23.480 Punkten geschlossen. Gefragt waren Autowerte, "
  "der Euro notierte bei 1,1720 Dollar.")
O("TPL-dax-d2", "template", "dpn", 2, "15:45", "DAX schließt 1,1 Prozent schwächer bei 23.222 Punkten",
  "Der Deutsche Aktienindex hat am Dienstag 1,1 Prozent schwächer bei 23.222 Punkten geschlossen. Chemiewerte gaben "
  "deutlich nach, der Euro notierte bei 1,1695 Dollar.")
O("TPL-dax-d3", "template", "dpn", 3, "15:45", "DAX schließt kaum verändert bei 23.241 Punkten",
  "Der Deutsche Aktienindex hat am Mittwoch kaum verändert bei 23.241 Punkten geschlossen. Handelswerte legten nach der "
  "Tarifeinigung leicht zu, der Euro notierte bei 1,1702 Dollar.")

O("TPL-london-weather-d1", "template", "eveningmetro", 1, "05:15", "London weather: Monday bright and breezy, highs of 20C",
  "London can expect a bright but breezy Monday with sunny spells and a top temperature of 20C, the Met Office said. "
  "Overnight it will fall to 12C with a chance of drizzle.")
O("TPL-london-weather-d2", "template", "eveningmetro", 2, "05:15", "London weather: Tuesday cloudy with rain later, highs of 17C",
  "London can expect a cloudy Tuesday with rain spreading from the west by the evening and a top temperature of 17C, the "
  "Met Office said. Winds will strengthen overnight.")
O("TPL-london-weather-d3", "template", "eveningmetro", 3, "05:15", "London weather: Wednesday showers clearing, highs of 18C",
  "London can expect a showery start to Wednesday, with skies clearing by the afternoon and a top temperature of 18C, "
  "the Met Office said. The night will be dry and cooler.")

O("TPL-curs-bnr-d1", "template", "gazetaclujului", 1, "12:10", "Cursul BNR de luni: euro la 5,0912 lei",
  "Banca Națională a României a anunțat luni un curs de referință de 5,0912 lei pentru un euro, în ușoară scădere față "
  "de vineri. Dolarul a fost cotat la 4,3441 lei.")
O("TPL-curs-bnr-d2", "template", "gazetaclujului", 2, "12:10", "Cursul BNR de marți: euro la 5,0938 lei",
  "Banca Națională a României a anunțat marți un curs de referință de 5,0938 lei pentru un euro, în ușoară creștere "
  "față de luni. Dolarul a fost cotat la 4,3556 lei.")
O("TPL-curs-bnr-d3", "template", "gazetaclujului", 3, "12:10", "Cursul BNR de miercuri: euro la 5,0925 lei",
  "Banca Națională a României a anunțat miercuri un curs de referință de 5,0925 lei pentru un euro, aproape neschimbat "
  "față de marți. Dolarul a fost cotat la 4,3519 lei.")

O("TPL-millionday-d1", "template", "corrierelido", 1, "18:20", "MillionDAY, i numeri vincenti dell'estrazione di lunedì 21 settembre",
  "Ecco i cinque numeri vincenti dell'estrazione serale del MillionDAY di lunedì 21 settembre. Chi indovina tutti e "
  "cinque i numeri vince un milione di euro, il prossimo appuntamento è martedì.")
O("TPL-millionday-d2", "template", "corrierelido", 2, "18:20", "MillionDAY, i numeri vincenti dell'estrazione di martedì 22 settembre",
  "Ecco i cinque numeri vincenti dell'estrazione serale del MillionDAY di martedì 22 settembre. Chi indovina tutti e "
  "cinque i numeri vince un milione di euro, il prossimo appuntamento è mercoledì.")
O("TPL-millionday-d3", "template", "corrierelido", 3, "18:20", "MillionDAY, i numeri vincenti dell'estrazione di mercoledì 23 settembre",
  "Ecco i cinque numeri vincenti dell'estrazione serale del MillionDAY di mercoledì 23 settembre. Chi indovina tutti e "
  "cinque i numeri vince un milione di euro, il prossimo appuntamento è giovedì.")

O("TPL-info-trafic-d1", "template", "ouestmatin", 1, "06:20", "Info trafic: ralentissements sur le périphérique nantais ce lundi",
  "Ce lundi matin, la circulation est difficile sur le périphérique de Nantes, avec 12 kilomètres de bouchons entre la "
  "porte de Rezé et la porte d'Orvault. Un accident est signalé sur la N165.")
O("TPL-info-trafic-d2", "template", "ouestmatin", 2, "06:20", "Info trafic: ralentissements sur la rocade de Rennes ce mardi",
  "Ce mardi matin, la circulation est difficile sur la rocade de Rennes, avec 9 kilomètres de bouchons entre la porte "
  "de Saint-Malo et la porte de Lorient, en raison de la grève des enseignants.")
O("TPL-info-trafic-d3", "template", "ouestmatin", 3, "06:20", "Info trafic: ralentissements sur la N137 ce mercredi",
  "Ce mercredi matin, la circulation est difficile sur la N137 entre Nantes et Rennes, avec 7 kilomètres de bouchons "
  "à hauteur de Bain-de-Bretagne à cause de travaux nocturnes prolongés.")

O("TPL-cornwall-police-appeal-d1", "template", "harbourherald", 1, "11:50", "Police appeal for witnesses after assault in Truro",
  "Devon and Cornwall Police are appealing for witnesses after a woman was assaulted on Lemon Street, Truro, on Saturday "
  "evening. Anyone with information is asked to call 101.")
O("TPL-cornwall-police-appeal-d2", "template", "harbourherald", 2, "11:50", "Police appeal for witnesses after crash in Falmouth",
  "Devon and Cornwall Police are appealing for witnesses after a motorcyclist was seriously injured in a crash on "
  "Dracaena Avenue, Falmouth, on Monday afternoon. Anyone with information is asked to call 101.")
O("TPL-cornwall-police-appeal-d3", "template", "harbourherald", 3, "11:50", "Police appeal for witnesses after arson in Bodmin",
  "Devon and Cornwall Police are appealing for witnesses after a car was deliberately set alight on Fore Street, Bodmin, "
  "early on Tuesday. Anyone with information is asked to call 101.")

O("TPL-laliga-d1", "template", "diariosol", 1, "21:30", "LaLiga: resultados de los partidos del lunes",
  "Resultados de la jornada de LaLiga disputados este lunes: el Celta empató con el Getafe y el Mallorca ganó a Osasuna. "
  "Consulta la clasificación actualizada tras los encuentros.")
O("TPL-laliga-d2", "template", "diariosol", 2, "21:30", "LaLiga: resultados de los partidos del martes",
  "Resultados de la jornada de LaLiga disputados este martes: el Sevilla venció al Alavés y la Real Sociedad perdió en "
  "Girona. Consulta la clasificación actualizada tras los encuentros.")
O("TPL-laliga-d3", "template", "diariosol", 3, "21:30", "LaLiga: resultados de los partidos del miércoles",
  "Resultados de la jornada de LaLiga disputados este miércoles: el Betis goleó al Valencia y el Villarreal empató en "
  "Vigo. Consulta la clasificación actualizada tras los encuentros.")

O("TPL-northstar-briefing-w39-d1", "template", "northstar", 1, "05:00", "Morning briefing: Peru bus crash, California fire and a blast in The Hague",
  "Good morning. A bus fell into a ravine in Peru's Cusco region, a wildfire drove thousands from their homes in "
  "California, and an explosion damaged a house in The Hague. Here is what else you need to know on Monday.")
O("TPL-northstar-briefing-w39-d2", "template", "northstar", 2, "05:00", "Morning briefing: Hokkaido quake, Vrancea tremor and floods in Primorye",
  "Good morning. Earthquakes shook Japan's Hokkaido and Romania's Vrancea region, floods swamped villages in Russia's "
  "far east, and Australia's central bank decides on rates. Here is what else you need to know on Tuesday.")
O("TPL-northstar-briefing-w39-d3", "template", "northstar", 3, "05:00", "Morning briefing: Oaxaca quake, Tasmania election and a Geneva hotel fire",
  "Good morning. A 5.8 earthquake rattled southern Mexico, Tasmania's premier called an early election, and guests "
  "fled a hotel fire in Geneva. Here is what else you need to know on Wednesday.")

# ---------------------------------------------------------------- singles
O("X01-cornwall-pasty-record", "single", "harbourherald", 1, "15:10", "News in brief: Record-breaking pasty baked in Redruth",
  "Bakers in Redruth have made what they say is the world's longest Cornish pasty, measuring 16.4 metres. It was cut "
  "into 900 portions and sold for a local hospice.")
O("X02-scottish-puffin-count", "single", "ledger", 2, "10:20", "Puffin numbers recover on Isle of May",
  "Puffin numbers on the Isle of May in the Firth of Forth have recovered to about 40,000 pairs, the highest in a decade, "
  "according to NatureScot's annual seabird count.")
O("X03-perth-heat-record", "single", "pacificecho", 1, "08:00", "Perth records its warmest September day",
  "Perth recorded its warmest September day on record on Monday when the temperature at the airport reached 34.6C, "
  "the Bureau of Meteorology said, beating the previous mark set in 2019.")
O("X04-koeln-dom-geruest", "single", "rheinblatt", 3, "09:20", "Kölner Dom: Gerüst am Nordturm wird abgebaut",
  "Nach mehr als zehn Jahren wird das Gerüst am Nordturm des Kölner Doms abgebaut. Die Dombauhütte rechnet damit, dass "
  "die Arbeiten bis Weihnachten abgeschlossen sind.")
O("X05-graz-murinsel", "single", "alpenkurier", 2, "14:30", "Graz: Murinsel nach Sanierung wieder offen",
  "Die Murinsel in Graz ist nach einer siebenmonatigen Sanierung wieder für Besucher geöffnet. Die Stadt investierte "
  "rund 1,8 Millionen Euro in die Stahlkonstruktion und das Café.")
O("X06-bordeaux-vendanges", "single", "lequotidien", 2, "07:45", "Vendanges précoces dans le Bordelais",
  "Les vendanges ont commencé avec dix jours d'avance dans plusieurs appellations du Bordelais, en raison d'un été "
  "chaud et sec. Les viticulteurs annoncent une récolte réduite mais de qualité.")
O("X07-brest-voilier", "single", "ouestmatin", 3, "10:40", "Brest: un voilier centenaire retrouve la rade",
  "Restauré pendant quatre ans par une association de bénévoles, le cotre Marie-Jeanne, construit en 1924, a été remis "
  "à l'eau mercredi dans la rade de Brest.")
O("X08-granada-alhambra-horario", "single", "diariosol", 3, "11:10", "La Alhambra amplía su horario nocturno hasta noviembre",
  "El Patronato de la Alhambra y el Generalife ampliará las visitas nocturnas a los Palacios Nazaríes hasta el 30 de "
  "noviembre por la alta demanda, con 400 entradas más cada noche.")
O("X09-rosario-museo", "single", "lanacionsur", 2, "16:00", "Rosario reabre el museo de arte contemporáneo tras dos años de obras",
  "El Museo de Arte Contemporáneo de Rosario reabrió sus puertas este martes tras dos años de obras de ampliación, con "
  "una muestra dedicada a artistas del litoral argentino.")
O("X10-torino-museo-egizio", "single", "corrierelido", 2, "11:30", "Torino, il Museo Egizio apre una nuova sala dedicata ai papiri",
  "Il Museo Egizio di Torino ha inaugurato martedì una nuova sala dedicata ai papiri, con oltre 300 reperti mai esposti "
  "prima. L'ingresso alla sezione è compreso nel biglietto ordinario.")
O("X11-coimbra-universidade", "single", "jornalporto", 1, "12:40", "Coimbra: Biblioteca Joanina reabre após restauro",
  "A Biblioteca Joanina da Universidade de Coimbra reabriu esta segunda-feira após oito meses de restauro das estantes "
  "em talha dourada. As visitas passam a ter limite de 60 pessoas por hora.")
O("X12-recife-frevo", "single", "folhasul", 3, "13:50", "Recife ganha museu interativo dedicado ao frevo",
  "Recife inaugurou nesta quarta-feira um novo espaço interativo dedicado ao frevo no bairro do Recife Antigo. A entrada "
  "será gratuita às terças-feiras, anunciou a prefeitura.")
O("X13-zwolle-fietsenstalling", "single", "dagbladdelta", 2, "10:05", "Nieuwe fietsenstalling bij station Zwolle geopend",
  "Bij station Zwolle is dinsdag een nieuwe ondergrondse fietsenstalling voor 5.000 fietsen geopend. De eerste 24 uur "
  "stallen blijft gratis, meldt de gemeente.")
O("X14-gdansk-stocznia", "single", "gazetawisla", 3, "08:40", "Gdańsk: zabytkowy dźwig stoczniowy odzyska dawny wygląd",
  "Jeden z najstarszych dźwigów dawnej Stoczni Gdańskiej przejdzie gruntowną renowację. Prace potrwają rok, a na "
  "szczycie powstanie taras widokowy dla zwiedzających.")
O("X15-kazan-metro", "single", "gazetaneva", 1, "09:30", "В Казани открыли новую станцию метро",
  "В Казани в понедельник открылась новая станция метро на второй линии. По словам властей города, она разгрузит "
  "автобусные маршруты в Советском районе.")
O("X16-kyiv-botanical-garden", "single", "kyivvechir", 2, "12:20", "У Києві відкрили оновлений Ботанічний сад імені Фоміна",
  "У Києві після реконструкції відкрили для відвідувачів Ботанічний сад імені Фоміна. Відновлено оранжерею та "
  "понад два кілометри алей, вхід залишається безкоштовним.")
O("X17-goteborg-bastu", "single", "gbgkuriren", 3, "07:30", "Ny kallbadhusbastu öppnar i Göteborg",
  "En ny bastu vid kallbadhuset i Saltholmen i Göteborg öppnar för allmänheten på lördag. Den rymmer 40 personer och "
  "har havsutsikt mot skärgården.")
O("X18-brno-vystaviste", "single", "moravadnes", 1, "13:30", "Brněnské výstaviště dostane nový park",
  "Areál brněnského výstaviště dostane do dvou let nový park s jezírkem a tisícem stromů. Město na úpravy vyčlenilo "
  "180 milionů korun.")
O("X19-izmir-fuar", "single", "egepost", 2, "16:20", "İzmir Enternasyonal Fuarı rekor ziyaretçiyle kapandı",
  "Bu yıl düzenlenen İzmir Enternasyonal Fuarı 1,9 milyon ziyaretçiyle rekor kırarak kapandı. Belediye, gelecek yıl "
  "fuarın bir hafta daha uzun süreceğini açıkladı.")
O("X20-odense-hca", "single", "fynsposten", 1, "10:50", "H.C. Andersens Hus slår besøgsrekord",
  "H.C. Andersens Hus i Odense har haft 310.000 besøgende i år, hvilket er rekord. Museet forlænger derfor sine "
  "åbningstider i efterårsferien.")
O("X21-braila-teatru", "single", "jurnaldunarii", 3, "12:00", "Brăila: Teatrul Maria Filotti se redeschide după renovare",
  "Teatrul Maria Filotti din Brăila se redeschide sâmbătă după trei ani de lucrări de renovare. Prima premieră a "
  "stagiunii este o comedie de Caragiale.")
O("X22-pecs-zsolnay", "single", "pestihirlap", 2, "09:00", "Pécsen felújítják a Zsolnay-kút környékét",
  "Jövő tavasszal kezdődik a pécsi Zsolnay-kút környékének felújítása, jelentette be az önkormányzat. A teret "
  "gyalogosbaráttá alakítják, és új fákat ültetnek.")
O("X23-tampere-raitiotie", "single", "helsinginviesti", 3, "06:40", "Tampereen ratikka rikkoi matkustajaennätyksen",
  "Tampereen raitiotiellä tehtiin elokuussa ennätykselliset 2,4 miljoonaa matkaa, kertoi kaupunki keskiviikkona. "
  "Kasvua edellisvuoteen oli lähes kymmenen prosenttia, ja vuoroja lisätään marraskuusta alkaen.")
O("X24-bergen-sykkeltunnel", "single", "bergensposten", 1, "07:20", "Bergen: Ny sykkeltunnel under Løvstakken åpner",
  "En ny gang- og sykkeltunnel gjennom Løvstakken i Bergen åpner for trafikk mandag. Tunnelen er 2,9 kilometer lang og "
  "korter ned reisen mellom Fyllingsdalen og sentrum.")
