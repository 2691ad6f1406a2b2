"""Week T (tuning8.json): Mon 14 - Wed 16 Sep 2026. Day numbers are 1..3."""
import datetime as dt
from common import Corpus

CORPUS = Corpus("t8", dt.date(2026, 9, 14))
S = CORPUS.story
O = CORPUS.one

# ---------------------------------------------------------------- English-led
S("E01-naxos-ferry-fire", [
    ("original", "gwire", 1, "05:42", "Fire breaks out on Greek ferry off Naxos, 412 passengers evacuated",
     "A fire broke out in the engine room of the passenger ferry Nefeli off the Greek island of Naxos early on Monday, "
     "forcing the evacuation of 412 passengers and crew, the Hellenic Coast Guard said. No injuries were initially reported."),
    ("brief", "northstar", 1, "05:58", "BRIEF-Ferry ablaze near Naxos, passengers taken off - Greek coast guard",
     "Greek coast guard says fire reported aboard the ferry Nefeli near Naxos; passengers being transferred to lifeboats "
     "and passing vessels. No casualties reported so far."),
    ("rewrite", "ledger", 1, "09:05", "Hundreds plucked from lifeboats as flames sweep Aegean car ferry",
     "Holidaymakers spent hours bobbing in lifeboats in the Cyclades after smoke poured from the lower decks of a Kyklos Lines "
     "vessel. Officials in Athens said all 412 people on board had been accounted for."),
    ("translation", "dpn", 1, "08:40", "Feuer auf Fähre vor Naxos: 412 Menschen in Sicherheit gebracht",
     "Im Maschinenraum der griechischen Passagierfähre Nefeli ist am Montagmorgen vor der Insel Naxos ein Feuer ausgebrochen. "
     "Nach Angaben der Küstenwache wurden alle 412 Passagiere und Besatzungsmitglieder evakuiert, Verletzte gab es zunächst nicht."),
    ("update", "gwire", 1, "11:20", "UPDATE 2-Seven treated for smoke as burning ferry Nefeli is towed to Naxos",
     "Seven people were treated for smoke inhalation after fire tore through the ferry Nefeli, the coast guard said, revising "
     "the number of people evacuated to 418. Tugs were towing the vessel to the port of Naxos, where investigators waited."),
    ("regional", "harbourherald", 2, "07:30", "News in brief: Ferry fire off Naxos",
     "A Greek ferry carrying 418 people caught fire off Naxos on Monday. Everyone was evacuated and seven were treated for "
     "smoke inhalation, according to the Greek coast guard."),
])

S("E02-crete-quake", [
    ("original", "gwire", 1, "03:14", "Magnitude 5.3 earthquake strikes off Crete",
     "An earthquake of magnitude 5.3 struck in the sea south of the Greek island of Crete at 02:58 GMT on Monday, the "
     "European-Mediterranean Seismological Centre said. There were no immediate reports of damage or injuries."),
    ("cut", "worldline", 1, "03:40", "World: Strong undersea quake shakes southern Greece", None),
    ("rewrite", "northstar", 1, "04:30", "Pre-dawn tremor rattles Heraklion; buildings being checked",
     "Residents of Heraklion were jolted awake by a shallow tremor centred offshore and measured at 5.3. Greek civil protection "
     "said engineers were inspecting schools and older houses but nobody had been hurt."),
    ("update", "gwire", 1, "07:05", "UPDATE 1-Crete quake revised to magnitude 5.1, minor damage in Ierapetra",
     "Seismologists revised Monday's earthquake south of Crete to magnitude 5.1. Cracks appeared in several old buildings in "
     "Ierapetra and a rockfall blocked a coastal road, but no injuries were reported, local authorities said."),
])

S("E03-rbnz-rate-cut", [
    ("original", "pacificecho", 1, "02:05", "Reserve Bank of New Zealand cuts official cash rate to 2.75%",
     "The Reserve Bank of New Zealand lowered its official cash rate by 25 basis points to 2.75% on Monday, citing weak "
     "household spending and easing inflation, and signalled that further cuts remain possible this year."),
    ("brief", "capitalbrief", 1, "02:09", "BRIEF-RBNZ cuts OCR by 25 bps to 2.75%",
     "Reserve Bank of New Zealand cuts official cash rate by 25 basis points to 2.75%; says inflation within target band and "
     "further easing possible. Decision in line with economists' forecasts."),
    ("copy", "northstar", 1, "02:50", "New Zealand central bank lowers cash rate to 2.75%", None),
    ("rewrite", "capitalbrief", 1, "03:30", "Kiwi dollar slides as Wellington policymakers trim rates a quarter point",
     "The New Zealand dollar fell to a five-week low after the RBNZ shaved another quarter point off borrowing costs, taking "
     "the benchmark to 2.75% and leaving the door open to more easing."),
])

S("E04-veltrix-recall", [
    ("original", "gwire", 1, "13:10", "Veltrix Motors recalls 48,000 electric SUVs over battery fault",
     "Veltrix Motors is recalling 48,000 Aurora electric SUVs in North America because a faulty battery cell can overheat "
     "while charging, the carmaker said on Monday. Owners were advised to limit charging to 80 percent until repairs."),
    ("brief", "capitalbrief", 1, "13:15", "BRIEF-Veltrix Motors says recalling 48,000 Aurora SUVs",
     "Veltrix Motors says recalling 48,000 Aurora electric SUVs due to battery cell defect that may cause overheating during "
     "charging; says aware of three thermal incidents and no injuries."),
    ("rewrite", "northstar", 1, "14:25", "EV maker calls back nearly 50,000 cars on fire risk",
     "Veltrix told owners of its Aurora crossover to avoid fully charging their vehicles after three cars overheated in "
     "garages. The callback covers almost 50,000 models built at its Ontario plant since March."),
    ("translation", "rheinblatt", 1, "16:00", "Veltrix ruft 48.000 Elektro-SUVs wegen Batteriefehlers zurück",
     "Der Autobauer Veltrix Motors ruft in Nordamerika 48.000 Elektro-SUVs des Modells Aurora zurück. Eine fehlerhafte "
     "Batteriezelle könne beim Laden überhitzen, teilte das Unternehmen am Montag mit."),
    ("update", "gwire", 1, "18:40", "UPDATE 1-Veltrix shares sink 6% as battery recall widens to Europe",
     "Veltrix Motors shares fell 6% after the carmaker extended its Aurora recall to Europe, bringing the total to 51,300 "
     "vehicles. Analysts estimated the cost of replacing battery modules at up to $400 million."),
])

S("E05-felixstowe-strike", [
    ("original", "ledger", 1, "05:30", "Felixstowe dockworkers begin 48-hour strike over pay",
     "Around 1,900 dockworkers at the Port of Felixstowe walked out at 6am on Monday in a dispute over pay, starting a 48-hour "
     "strike that shipping lines warned would delay thousands of containers."),
    ("rewrite", "gwire", 1, "07:10", "Cranes idle at Britain's busiest container port as walkout starts",
     "Ships queued off the Suffolk coast on Monday as members of the Unite union at Felixstowe downed tools for two days. "
     "Several carriers said they would divert vessels to Rotterdam and Antwerp."),
    ("regional", "eveningmetro", 2, "06:45", "Lorries stacked on A14 as port strike enters second day",
     "Hauliers reported queues on the A14 on Tuesday as the two-day strike by Felixstowe dockworkers over pay continued. "
     "About 1,900 staff are taking part in the walkout."),
])

S("E06-unifil-renewal", [
    ("original", "gwire", 2, "19:35", "UN Security Council renews Lebanon peacekeeping mandate for a year",
     "The UN Security Council voted unanimously on Tuesday to extend the mandate of the UN Interim Force in Lebanon, UNIFIL, "
     "until 31 August 2027, keeping some 10,000 peacekeepers deployed along the border with Israel."),
    ("translation", "afi", 2, "20:30", "L'ONU renouvelle pour un an le mandat de la Finul au Liban",
     "Le Conseil de sécurité de l'ONU a prolongé mardi à l'unanimité le mandat de la Force intérimaire des Nations unies au "
     "Liban jusqu'au 31 août 2027. Environ 10 000 Casques bleus restent déployés dans le sud du pays."),
    ("rewrite", "worldline", 2, "21:05", "World: Blue helmets stay in southern Lebanon after unanimous vote",
     "All fifteen Council members backed another twelve months for UNIFIL, the force that patrols the Blue Line. Diplomats "
     "said the text asks the secretary-general to report on troop levels within six months."),
    ("cut", "northstar", 2, "22:10", "UNIFIL gets 12 more months in Lebanon", None),
])

S("E07-kestrel-launch-failure", [
    ("original", "pacificecho", 2, "03:20", "Kestrel Launch loses satellite after rocket anomaly in New Zealand",
     "Startup Kestrel Launch lost a customer satellite on Tuesday after its Harrier rocket suffered an anomaly about two minutes "
     "after lift-off from the Mahia Peninsula, the company said. Nobody was injured."),
    ("rewrite", "gwire", 2, "04:45", "Rocket startup's flight ends minutes after Mahia lift-off",
     "A Harrier booster built by Kestrel broke apart shortly after climbing away from its pad on New Zealand's North Island, "
     "destroying the payload. It was the company's second failure in eleven flights."),
    ("cut", "northstar", 2, "05:30", "New Zealand launch ends in failure, satellite lost", None),
    ("update", "pacificecho", 2, "09:00", "UPDATE 1-Kestrel grounds Harrier rocket pending probe; lost payload was weather satellite",
     "Kestrel Launch grounded its Harrier fleet while engineers examine why the second stage failed on Tuesday. The lost "
     "payload was a weather satellite built for a Japanese university, the company said."),
])

S("E08-halden-brightmeadow", [
    ("original", "gwire", 1, "11:05", "Halden Foods agrees to buy Brightmeadow Dairy for $3.2 billion",
     "Halden Foods has agreed to acquire Brightmeadow Dairy for $3.2 billion in cash, the companies said on Monday, creating one "
     "of the largest cheese producers in North America. The deal is expected to close next year."),
    ("brief", "capitalbrief", 1, "11:08", "BRIEF-Halden Foods to acquire Brightmeadow in $3.2 bln deal",
     "Halden Foods to acquire Brightmeadow Dairy for $3.2 billion in cash; says deal expected to be accretive in first full "
     "year and close in first half of 2027."),
    ("rewrite", "northstar", 1, "13:40", "Cheese maker snapped up as packaged-food giant bets on dairy",
     "Brightmeadow, the Wisconsin family firm behind Meadow Gold cheddar, is being sold to Halden in a $3.2bn deal. The buyer "
     "wants higher-margin chilled products as sales of its cereals stall."),
    ("translation", "efa", 1, "14:10", "Halden Foods comprará Brightmeadow Dairy por 3.200 millones de dólares",
     "La estadounidense Halden Foods adquirirá la láctea Brightmeadow Dairy por 3.200 millones de dólares en efectivo, según "
     "anunciaron ambas empresas este lunes. La operación crearía uno de los mayores productores de queso de Norteamérica."),
    ("update", "gwire", 1, "16:20", "UPDATE 1-Halden's Brightmeadow deal values dairy at 14 times earnings; shares slip",
     "Halden Foods shares fell 3.5% after it agreed to pay $3.2 billion for Brightmeadow Dairy, about 14 times its annual "
     "operating profit. Chief executive Ruth Abernathy said the price reflected strong growth."),
])

S("E09-nairobi-pipeline-ruling", [
    ("original", "gwire", 2, "09:30", "Kenyan court halts Harlow Energy pipeline over environmental review",
     "Kenya's Environment and Land Court on Tuesday suspended construction of Harlow Energy's crude pipeline from Turkana to "
     "Lamu, ruling that the environmental impact assessment had not been properly consulted on."),
    ("rewrite", "worldline", 2, "10:50", "World: Judges in Nairobi put brakes on Turkana-Lamu oil link",
     "Work on an 820-kilometre oil line across northern Kenya must stop until communities are heard again, a Nairobi judge "
     "said, handing a setback to Harlow and its government partners."),
    ("cut", "ledger", 2, "12:00", "Court ruling freezes Kenya oil pipeline project", None),
])

S("E10-dublin-airport-cyberattack", [
    ("original", "gwire", 2, "06:15", "Cyberattack disrupts check-in systems at Dublin Airport",
     "A cyberattack on a third-party IT provider disrupted check-in and baggage systems at Dublin Airport on Tuesday morning, "
     "the airport operator said, with staff processing passengers manually and long queues forming."),
    ("brief", "northstar", 2, "06:25", "BRIEF-Dublin Airport says check-in systems hit by IT incident",
     "Dublin Airport says check-in and bag drop affected by IT incident at external supplier; passengers urged to arrive "
     "early. Airport says flights operating but delays likely."),
    ("rewrite", "ledger", 2, "08:10", "Hours-long queues as hackers hit Irish hub",
     "Travellers in Dublin were handed hand-written boarding cards after a malicious attack knocked out the airport's "
     "check-in software, supplied by an outside contractor. Ryanair advised passengers to allow extra time."),
    ("translation", "nlpers", 2, "09:00", "Cyberaanval legt incheckbalies op luchthaven Dublin plat",
     "Een cyberaanval op een externe IT-leverancier heeft dinsdagochtend de incheck- en bagagesystemen op de luchthaven van "
     "Dublin verstoord. Medewerkers checkten reizigers met de hand in, er ontstonden lange rijen."),
    ("update", "gwire", 2, "12:30", "UPDATE 2-Dublin Airport restores check-in; 46 flights cancelled after cyberattack",
     "Check-in systems at Dublin Airport were back online by midday, but 46 flights had been cancelled and dozens delayed, "
     "the operator said. Ireland's National Cyber Security Centre is investigating the attack."),
    ("regional", "harbourherald", 3, "07:15", "Dublin travel chaos eases after IT attack",
     "Flights at Dublin Airport were running normally on Wednesday after Tuesday's cyberattack on check-in systems led to "
     "46 cancellations. Irish cyber security officials are investigating."),
])

S("E11-altoona-derailment", [
    ("original", "gwire", 3, "04:10", "Freight train derails near Altoona, Pennsylvania, spilling diesel",
     "More than two dozen cars of a freight train derailed near Altoona, Pennsylvania, late on Tuesday, spilling diesel fuel "
     "and prompting the evacuation of about 150 homes, local emergency officials said."),
    ("rewrite", "northstar", 3, "05:20", "Rail cars pile up in central Pennsylvania; residents told to leave",
     "Families in Blair County spent the night in a school gym after a Keystone Rail freight jumped the tracks along the "
     "Juniata River. Fuel leaked from two locomotives but no hazardous chemicals were aboard."),
    ("rewrite", "worldline", 3, "06:00", "World: US freight derailment forces evacuations in Blair County",
     "Around 150 households near Altoona were evacuated overnight after a freight train came off the rails and leaked "
     "diesel. Pennsylvania's environmental agency sent crews to contain the spill."),
    ("update", "gwire", 3, "10:45", "UPDATE 1-Pennsylvania derailment: 31 cars off track, evacuation order lifted",
     "Thirty-one cars left the rails in the Altoona derailment, the operator said, revising its earlier count. Officials "
     "lifted the evacuation order on Wednesday morning after booms contained about 9,000 litres of diesel."),
])

S("E12-vuelta-reinholt-crash", [
    ("original", "gwire", 2, "14:20", "Cycling-Reinholt abandons Vuelta after crash on stage 17",
     "Danish rider Tomas Reinholt, third overall, abandoned the Vuelta a Espana on Tuesday after crashing on a wet descent "
     "during stage 17, his team said. He was taken to hospital with a suspected broken collarbone."),
    ("rewrite", "ledger", 2, "15:40", "Podium hopes end on a slippery Asturian descent",
     "Reinholt was sitting third in the Spanish Grand Tour when he slid out on a rain-soaked bend. The Dane climbed back up "
     "holding his shoulder and was driven away in an ambulance."),
    ("cut", "northstar", 2, "16:10", "Third-placed Reinholt out of Spanish tour after fall", None),
])

S("E13-auckland-measles", [
    ("original", "pacificecho", 1, "00:40", "Measles outbreak in Auckland grows to 64 cases",
     "Health New Zealand said on Monday the measles outbreak in Auckland had grown to 64 confirmed cases, most of them "
     "unvaccinated children, and urged families to check their immunisation records."),
    ("rewrite", "northstar", 1, "02:15", "Vaccination plea as measles spreads in New Zealand's biggest city",
     "Officials pleaded with parents to book MMR jabs after sixty-four people caught the virus in Auckland since August. "
     "Eleven patients have needed hospital treatment, according to the health agency."),
    ("update", "pacificecho", 1, "05:10", "UPDATE 1-Auckland measles cases rise to 71; Manukau school closed",
     "Confirmed measles cases in Auckland rose to 71 on Monday afternoon, Health New Zealand said, and a primary school in "
     "Manukau was closed for a week after four pupils tested positive."),
])

S("E14-stellaris-job-cuts", [
    ("original", "ledger", 3, "06:30", "Stellaris Bank to cut 2,100 jobs and close 140 branches",
     "Stellaris Bank will cut 2,100 jobs and close 140 of its UK branches by the end of next year as more customers bank "
     "online, the lender said on Wednesday. The Unite union called the move a betrayal."),
    ("brief", "capitalbrief", 3, "06:35", "BRIEF-Stellaris Bank plans 2,100 job cuts, 140 branch closures",
     "Stellaris Bank says to close 140 UK branches and cut about 2,100 roles by end-2027; expects restructuring charge of "
     "180 million pounds. Says digital transactions now 91% of total."),
    ("rewrite", "gwire", 3, "08:00", "UK lender to shut roughly one in five high-street outlets",
     "Stellaris will shrink its network of 720 branches sharply, with two thousand one hundred staff set to go. Bosses blamed "
     "a collapse in counter visits since the pandemic."),
    ("regional", "eveningmetro", 3, "18:30", "Leicester and Loughborough branches among Stellaris closures",
     "Two Leicestershire branches of Stellaris Bank will shut as part of the lender's plan to close 140 branches and cut "
     "2,100 jobs across the UK."),
])

S("E15-gorkha-landslide", [
    ("original", "gwire", 1, "07:30", "Landslide in Nepal's Gorkha district leaves 23 missing",
     "A landslide triggered by heavy monsoon rain buried at least a dozen houses in Nepal's Gorkha district overnight, "
     "leaving 23 people missing, police said on Monday. Soldiers were helping villagers dig through the mud."),
    ("rewrite", "worldline", 1, "09:15", "World: Monsoon slide buries homes in central Nepal",
     "A hillside collapsed onto a village west of Kathmandu as families slept. Two dozen people were unaccounted for and "
     "rescuers were hampered by blocked roads, district officials said."),
    ("translation", "ansi", 1, "11:00", "Frana in Nepal, 23 dispersi nel distretto di Gorkha",
     "Una frana provocata dalle piogge monsoniche ha travolto almeno una dozzina di case nel distretto di Gorkha, in Nepal. "
     "Secondo la polizia i dispersi sono 23, l'esercito partecipa alle ricerche."),
    ("update", "gwire", 1, "15:00", "UPDATE 2-Nepal landslide: nine bodies recovered, 14 still missing in Gorkha",
     "Rescuers recovered nine bodies from the mud in Gorkha district by Monday evening, with 14 people still missing, "
     "police said. A helicopter evacuated four injured villagers to Pokhara."),
])

S("E16-manitoba-snap-election", [
    ("original", "gwire", 3, "16:40", "Manitoba premier calls snap election for October 26",
     "Manitoba Premier Alan Okafor called a snap provincial election for October 26 on Wednesday, a year ahead of schedule, "
     "saying he needed a fresh mandate for his health-care plan."),
    ("rewrite", "northstar", 3, "17:30", "Okafor gambles on early vote in the Prairies",
     "Voters in Manitoba will go to the polls in six weeks after Okafor asked the lieutenant governor to dissolve the "
     "legislature. Opposition leaders accused him of cashing in on a polling bounce."),
    ("rewrite", "worldline", 3, "18:05", "World: Canadian province heads to polls on Oct. 26",
     "Manitoba will hold an early provincial election on 26 October, Premier Okafor announced in Winnipeg, a year before the "
     "fixed date. His party leads recent surveys by nine points."),
])

S("E17-skyvane-grounding", [
    ("original", "gwire", 3, "08:50", "Skyvane Airways grounds 14 turboprops for engine checks",
     "Skyvane Airways has grounded all 14 of its turboprop aircraft for engine inspections after cracks were found in a "
     "turbine blade, the regional carrier said on Wednesday, cancelling around 90 flights."),
    ("brief", "capitalbrief", 3, "09:00", "BRIEF-Skyvane Airways grounds turboprop fleet for inspections",
     "Skyvane Airways says grounding 14 turboprops for precautionary engine inspections; about 90 flights cancelled on "
     "Wednesday. Expects most aircraft back in service within 72 hours."),
    ("rewrite", "ledger", 3, "10:30", "Island passengers stranded as airline parks its propeller planes",
     "Travellers to the Scilly Isles and the Channel Islands were left without flights after Skyvane withdrew every "
     "turboprop it owns. A cracked blade discovered at Exeter prompted the checks."),
    ("regional", "harbourherald", 3, "19:10", "Skyvane cancellations hit Newquay and Exeter flights",
     "Flights from Newquay and Exeter were among about 90 cancelled by Skyvane Airways on Wednesday after it grounded its 14 "
     "turboprops for engine checks."),
])

S("E18-bath-turner-theft", [
    ("original", "ledger", 1, "08:20", "Two Turner watercolours stolen from Bath gallery",
     "Two watercolours by JMW Turner were stolen from the Pemberton Gallery in Bath overnight, Avon and Somerset Police said "
     "on Monday. Thieves forced a rear window shortly after 2am."),
    ("rewrite", "gwire", 1, "10:40", "Thieves grab Turner works worth £1.8m in overnight raid",
     "Detectives in Somerset are hunting burglars who took a pair of small Turner landscapes valued at 1.8 million pounds "
     "from a private museum in the Georgian spa city."),
    ("regional", "harbourherald", 2, "07:50", "News in brief: Gallery theft in Bath",
     "Police are appealing for information after two Turner watercolours were taken from the Pemberton Gallery in Bath in "
     "the early hours of Monday."),
])

S("E19-marcus-teo-sentenced", [
    ("original", "gwire", 2, "05:10", "Singapore court jails crypto founder Marcus Teo for nine years",
     "A Singapore court on Tuesday sentenced Marcus Teo, founder of the collapsed crypto exchange CoinHarbour, to nine years "
     "in prison for fraud and misappropriating 610 million Singapore dollars of customer funds."),
    ("brief", "capitalbrief", 2, "05:12", "BRIEF-CoinHarbour founder Marcus Teo sentenced to 9 years",
     "Singapore State Courts sentence CoinHarbour founder Marcus Teo to nine years in jail on fraud and misappropriation "
     "charges. Defence says considering appeal."),
    ("rewrite", "pacificecho", 2, "06:40", "Collapsed exchange boss gets 9 years for fraud",
     "Teo, who once styled himself the king of Asian crypto, showed no emotion as the judge handed down the term. About "
     "120,000 CoinHarbour customers lost savings when it failed in 2024."),
    ("translation", "vestnik", 2, "08:30", "Суд в Сингапуре приговорил основателя криптобиржи Маркуса Тео к девяти годам",
     "Суд Сингапура во вторник приговорил Маркуса Тео, основателя обанкротившейся криптобиржи CoinHarbour, к девяти годам "
     "заключения за мошенничество и растрату 610 миллионов сингапурских долларов клиентов."),
])

S("E20-glasgow-tenement-blast", [
    ("original", "gwire", 3, "07:20", "Gas explosion in Glasgow tenement injures 11",
     "Eleven people were injured, two seriously, when a suspected gas explosion tore through a tenement block in Glasgow's "
     "Govanhill area early on Wednesday, Police Scotland said."),
    ("rewrite", "ledger", 3, "08:45", "Blast rips front off Govanhill flats",
     "Neighbours described a bang like a bomb before dawn as the sandstone facade of a four-storey building collapsed into "
     "the street on the south side of the city. Eleven residents went to hospital."),
    ("update", "gwire", 3, "13:00", "UPDATE 1-Glasgow blast: injured rise to 13, gas network opens inquiry",
     "The number of people hurt in Wednesday's Glasgow tenement explosion rose to 13, Police Scotland said. The gas network "
     "operator opened an inquiry and 60 households were moved out of neighbouring blocks."),
    ("regional", "eveningmetro", 3, "20:00", "Thirteen hurt as tenement explosion shakes Govanhill",
     "Thirteen people were injured and dozens of households moved out after a suspected gas explosion at a tenement in "
     "Govanhill, Glasgow, on Wednesday morning."),
])

# ---------------------------------------------------------------- German
S("D1-hamburg-hafen-brand", [
    ("original", "dpn", 1, "04:50", "Großbrand in Lagerhalle im Hamburger Hafen",
     "Im Hamburger Hafen ist in der Nacht zu Montag eine Lagerhalle in Brand geraten. Die Feuerwehr war mit rund 180 "
     "Einsatzkräften vor Ort, Anwohner in Waltershof und Finkenwerder wurden gebeten, Fenster und Türen geschlossen zu halten."),
    ("copy", "alpenkurier", 1, "05:40", "Hamburg: Lagerhalle im Hafen steht in Flammen", None),
    ("rewrite", "rheinblatt", 1, "07:15", "Dunkle Rauchwolke über der Hansestadt",
     "Seit den frühen Morgenstunden kämpfen 180 Feuerwehrleute am Waltershofer Hafen gegen die Flammen. In der Halle lagerten "
     "Reifen und Kunststoffgranulat, die Warn-App Nina schlug Alarm."),
    ("update", "dpn", 1, "10:30", "ROUNDUP: Hafenbrand in Hamburg unter Kontrolle – Warnung aufgehoben",
     "Die Feuerwehr hat den Großbrand in einer Lagerhalle im Hamburger Hafen am Vormittag unter Kontrolle gebracht. Zwei "
     "Feuerwehrleute wurden leicht verletzt, die Warnung für die Anwohner wurde aufgehoben."),
    ("regional", "nordbote", 2, "06:10", "Kurz notiert: Hafenbrand in Hamburg gelöscht",
     "Der Brand einer Lagerhalle im Hamburger Hafen ist gelöscht. Zwei Feuerwehrleute wurden am Montag leicht verletzt, die "
     "Ursache ist noch unklar."),
])

S("D2-oesterreich-inflation", [
    ("original", "alpenkurier", 2, "07:00", "Inflation in Österreich steigt im August auf 3,1 Prozent",
     "Die Inflationsrate in Österreich ist im August auf 3,1 Prozent gestiegen, nach 2,7 Prozent im Juli. Das teilte die "
     "Statistik Austria am Dienstag mit, Preistreiber waren Energie und Wohnen."),
    ("brief", "dpn", 2, "07:03", "EIL: Österreichs Inflation klettert auf 3,1 Prozent",
     "Die Verbraucherpreise in Österreich sind im August um 3,1 Prozent gestiegen, wie Statistik Austria am Dienstag in Wien "
     "mitteilte. Im Juli hatte die Rate bei 2,7 Prozent gelegen."),
    ("rewrite", "rheinblatt", 2, "09:20", "Teuerung in der Alpenrepublik zieht wieder an",
     "Strom, Gas und Mieten haben das Leben in Österreich im Sommer spürbar verteuert. Mit 3,1 Prozent liegt die Rate "
     "deutlich über dem Schnitt der Eurozone, Wiens Regierung kündigte Entlastungen an."),
    ("regional", "nordbote", 3, "06:00", "Kurz notiert: Österreich mit höherer Teuerung",
     "In Österreich sind die Preise im August um 3,1 Prozent gestiegen. Vor allem Energie und Wohnen wurden teurer, "
     "meldete die Statistikbehörde in Wien."),
])

# ---------------------------------------------------------------- French
S("F1-marseille-feu-de-foret", [
    ("original", "afi", 1, "13:30", "Incendie près de Marseille: 2 300 personnes évacuées",
     "Un incendie de forêt s'est déclaré lundi en fin de matinée au nord de Marseille, entraînant l'évacuation de 2 300 "
     "personnes. Plus de 700 pompiers et quatre Canadair sont mobilisés, selon la préfecture des Bouches-du-Rhône."),
    ("rewrite", "lequotidien", 1, "15:00", "Les flammes aux portes des quartiers nord",
     "Poussé par le mistral, le feu parti d'un talus le long de l'A7 a avalé les collines de l'Estaque en quelques heures. "
     "Des milliers d'habitants ont dû quitter leur logement dans l'urgence."),
    ("translation", "gwire", 1, "15:20", "Wildfire near Marseille forces 2,300 to evacuate",
     "A forest fire broke out north of Marseille on Monday, forcing 2,300 people to leave their homes, the Bouches-du-Rhone "
     "prefecture said. More than 700 firefighters and four water bombers were deployed."),
    ("update", "afi", 1, "19:45", "MISE À JOUR 1-Feu près de Marseille: 600 hectares brûlés, l'A7 rouverte",
     "L'incendie qui menaçait le nord de Marseille a parcouru 600 hectares lundi, selon un nouveau bilan de la préfecture. "
     "L'autoroute A7 a été rouverte en soirée et les évacués pourront rentrer mardi."),
    ("regional", "ouestmatin", 2, "06:30", "En bref: le feu des Bouches-du-Rhône fixé",
     "Le feu de forêt qui a brûlé 600 hectares au nord de Marseille lundi est fixé, ont annoncé les pompiers. 2 300 "
     "personnes avaient été évacuées."),
])

S("F2-greve-controleurs-aeriens", [
    ("original", "afi", 2, "10:00", "Grève des contrôleurs aériens jeudi: la DGAC demande d'annuler 40% des vols à Orly",
     "La Direction générale de l'aviation civile a demandé mardi aux compagnies de réduire de 40% leurs vols jeudi à "
     "Paris-Orly, en raison d'une grève des contrôleurs aériens. Marseille et Nice sont aussi concernés."),
    ("cut", "lequotidien", 2, "11:15", "Contrôleurs aériens: jeudi noir dans le ciel français", None),
    ("rewrite", "lematinromand", 2, "12:20", "Vols vers Paris annulés jeudi: le mouvement social français touche la Suisse",
     "Les voyageurs au départ de Genève vers Orly doivent s'attendre à des annulations jeudi. En France, le syndicat "
     "majoritaire des aiguilleurs du ciel a maintenu son préavis et l'aviation civile réclame des réductions de programme."),
    ("regional", "ouestmatin", 3, "07:00", "En bref: Nantes-Atlantique aussi touché jeudi",
     "La grève des contrôleurs aériens prévue jeudi perturbera aussi l'aéroport de Nantes-Atlantique, où un vol sur cinq "
     "devrait être annulé. À Orly, la DGAC demande 40% d'annulations."),
])

S("F3-lille-effondrement", [
    ("original", "afi", 3, "05:30", "Effondrement d'un immeuble à Lille: trois morts",
     "Un immeuble de trois étages s'est effondré dans la nuit de mardi à mercredi dans le Vieux-Lille, faisant trois morts "
     "et deux blessés, selon les pompiers du Nord. Les recherches se poursuivent dans les décombres."),
    ("brief", "lematinromand", 3, "05:50", "URGENT – Lille: un immeuble s'écroule en pleine nuit, des victimes",
     "Un bâtiment de trois étages s'est effondré à Lille, dans le nord de la France, faisant au moins trois morts selon "
     "les secours. Le bilan est encore provisoire."),
    ("rewrite", "lequotidien", 3, "07:40", "Drame rue de Gand: un bâtiment s'écroule sur ses habitants",
     "Vers 3 heures, les riverains ont entendu un grondement sourd puis vu un nuage de poussière. Trois occupants ont été "
     "retrouvés sans vie, les maîtres-chiens fouillent les gravats."),
    ("update", "afi", 3, "12:10", "MISE À JOUR 2-Immeuble effondré à Lille: le bilan passe à quatre morts",
     "Le bilan de l'effondrement d'un immeuble dans le Vieux-Lille s'est alourdi à quatre morts, ont annoncé mercredi les "
     "pompiers. Le parquet a ouvert une enquête pour homicides involontaires."),
])

# ---------------------------------------------------------------- Spanish
S("S1-chile-terremoto", [
    ("original", "efa", 2, "02:40", "Un terremoto de magnitud 6,1 sacude el norte de Chile",
     "Un terremoto de magnitud 6,1 sacudió la noche del lunes la región chilena de Antofagasta, informó el Centro "
     "Sismológico Nacional. No se reportaron víctimas, aunque hubo cortes de luz en varias comunas."),
    ("brief", "diariosol", 2, "02:50", "URGENTE-Sismo de 6,1 grados en el norte de Chile",
     "Un sismo de magnitud 6,1 se registró en la región de Antofagasta, en el norte de Chile, según el Centro Sismológico "
     "Nacional. Por ahora no hay reportes de daños."),
    ("rewrite", "lanacionsur", 2, "04:00", "Fuerte temblor en Antofagasta: apagones y sustos, sin heridos",
     "Los vecinos de Tocopilla y Mejillones salieron a la calle cuando la tierra se movió durante casi un minuto. La "
     "Armada descartó riesgo de tsunami tras el movimiento de 6,1."),
    ("translation", "pacificecho", 2, "05:30", "Magnitude 6.1 earthquake shakes northern Chile",
     "A magnitude 6.1 earthquake struck Chile's Antofagasta region on Monday night, the national seismological centre said. "
     "There were no reports of casualties, though power was cut in several towns."),
    ("update", "efa", 2, "08:20", "ACTUALIZACIÓN 1-Sismo en Chile: magnitud revisada a 6,3 y daños en Tocopilla",
     "El Centro Sismológico Nacional revisó a 6,3 la magnitud del terremoto que sacudió el norte de Chile. En Tocopilla "
     "se registraron daños en una iglesia y en viviendas de adobe, sin víctimas."),
])

S("S2-madrid-huelga-medicos", [
    ("original", "efa", 1, "06:10", "Los médicos de Madrid inician una huelga indefinida",
     "Los médicos de atención primaria de la Comunidad de Madrid comenzaron este lunes una huelga indefinida para reclamar "
     "un máximo de 31 pacientes por consulta y más contratos estables, según los sindicatos convocantes."),
    ("copy", "elnorte", 1, "07:30", "Madrid: arranca la huelga indefinida de médicos de familia", None),
    ("rewrite", "diariosol", 1, "09:00", "Centros de salud madrileños, en servicios mínimos por el paro de facultativos",
     "Las consultas de los ambulatorios de la capital funcionaban a medio gas mientras los doctores de familia piden "
     "agendas de 31 citas diarias como tope. La Consejería de Sanidad habla de un paro sin justificación."),
    ("update", "efa", 1, "14:40", "ACTUALIZACIÓN 1-Huelga de médicos en Madrid: seguimiento del 62%, según los sindicatos",
     "La huelga indefinida de médicos de atención primaria en Madrid registró un seguimiento del 62% en su primera jornada, "
     "según los sindicatos, frente al 18% que cifra la Consejería de Sanidad."),
])

S("S3-algeciras-cocaina", [
    ("original", "efa", 3, "09:15", "Incautados 4.200 kilos de cocaína en el puerto de Algeciras",
     "La Guardia Civil y la Agencia Tributaria han incautado 4.200 kilos de cocaína ocultos en un contenedor de plátanos "
     "procedente de Ecuador en el puerto de Algeciras, informó este miércoles el Ministerio del Interior."),
    ("rewrite", "diariosol", 3, "11:00", "Golpe al narcotráfico: más de cuatro toneladas de droga entre plátanos",
     "Los agentes detectaron los fardos tras escanear un contenedor llegado de Guayaquil al puerto gaditano. Hay cinco "
     "detenidos y es el mayor alijo en Algeciras este año."),
    ("regional", "elnorte", 3, "21:30", "Breves: alijo récord en Algeciras",
     "Intervenidas más de 4,2 toneladas de cocaína en un contenedor de fruta en el puerto de Algeciras. Cinco personas han "
     "sido detenidas, según el Ministerio del Interior."),
])

# ---------------------------------------------------------------- Italian
S("I1-cuneo-crollo-ponte", [
    ("original", "ansi", 1, "10:20", "Crolla un ponte in provincia di Cuneo, due feriti",
     "Un ponte sul torrente Stura è crollato lunedì mattina vicino a Borgo San Dalmazzo, in provincia di Cuneo. Due auto "
     "sono precipitate, i due conducenti sono stati soccorsi e sono feriti in modo non grave."),
    ("rewrite", "corrierelido", 1, "12:00", "Cede il viadotto sulla Stura: auto nel vuoto, salvi gli automobilisti",
     "Un boato e poi la campata che si piega: nel Cuneese due vetture sono finite nel letto del fiume. I vigili del fuoco "
     "hanno estratto gli occupanti, portati al Santa Croce."),
    ("translation", "worldline", 1, "13:30", "World: Bridge collapses in northern Italy's Cuneo province, two hurt",
     "A bridge over the Stura river collapsed on Monday near Borgo San Dalmazzo in Italy's Cuneo province, sending two cars "
     "into the riverbed. Both drivers were rescued with minor injuries."),
    ("update", "ansi", 1, "17:00", "AGGIORNAMENTO 1-Ponte crollato nel Cuneese, la procura apre un'inchiesta: tre i feriti",
     "Sale a tre il numero dei feriti nel crollo del ponte sulla Stura vicino a Borgo San Dalmazzo. La procura di Cuneo ha "
     "aperto un fascicolo per crollo colposo e disposto il sequestro dell'area."),
    ("regional", "gazzettavalle", 2, "07:00", "Valle Stura isolata dopo il crollo del ponte",
     "Dopo il crollo del ponte di lunedì a Borgo San Dalmazzo, i residenti della Valle Stura devono affrontare deviazioni "
     "di 40 minuti. Tre i feriti, inchiesta della procura di Cuneo."),
])

S("I2-milano-sciopero-trasporti", [
    ("original", "ansi", 2, "08:00", "Sciopero dei trasporti a Milano venerdì: a rischio metro e tram",
     "Venerdì 18 settembre i trasporti pubblici di Milano si fermeranno per uno sciopero di 24 ore proclamato dai sindacati "
     "di base. Metropolitana, tram e autobus saranno garantiti solo nelle fasce di punta."),
    ("rewrite", "corrierelido", 2, "09:30", "Venerdì nero per chi viaggia con l'ATM",
     "Chi usa metro e bus nel capoluogo lombardo deve organizzarsi: a fine settimana stop di un'intera giornata. Servizio "
     "assicurato dalle 6 alle 9 e dalle 18 alle 21."),
    ("cut", "gazzettavalle", 2, "10:10", "Milano, venerdì stop di 24 ore per metro, tram e bus", None),
])

# ---------------------------------------------------------------- Portuguese
S("P1-monchique-incendio", [
    ("original", "agtejo", 2, "12:30", "Incêndio na serra de Monchique mobiliza 400 operacionais",
     "Um incêndio rural que deflagrou esta terça-feira na serra de Monchique, no Algarve, mobilizava ao início da tarde "
     "400 operacionais e seis meios aéreos, segundo a Proteção Civil. Não há feridos."),
    ("rewrite", "jornalporto", 2, "14:00", "Algarve: chamas avançam para aldeias da serra",
     "O fogo que lavra nas encostas da Fóia ameaça casas dispersas e obrigou a cortar a estrada nacional 266. "
     "Quatro centenas de bombeiros e seis aviões combatem as chamas."),
    ("translation", "diariosol", 2, "16:30", "Un incendio en la sierra de Monchique moviliza a 400 efectivos",
     "Un incendio forestal declarado este martes en la sierra de Monchique, en el Algarve portugués, movilizaba a 400 "
     "efectivos y seis medios aéreos, según la Protección Civil de Portugal."),
    ("update", "agtejo", 2, "19:00", "ATUALIZAÇÃO 1-Incêndio de Monchique: 600 operacionais e duas aldeias evacuadas",
     "O incêndio na serra de Monchique mobiliza agora 600 operacionais, e as aldeias de Alferce e Casais foram evacuadas "
     "por precaução, informou a Proteção Civil ao fim da tarde."),
])

S("P2-copom-selic", [
    ("original", "folhasul", 3, "21:40", "Copom corta a Selic para 13,25% ao ano",
     "O Comitê de Política Monetária do Banco Central reduziu nesta quarta-feira a taxa Selic em 0,5 ponto percentual, para "
     "13,25% ao ano, em decisão unânime, e sinalizou novos cortes de mesma magnitude."),
    ("brief", "agtejo", 3, "21:46", "URGENTE-Banco Central do Brasil reduz juros para 13,25%",
     "O Banco Central do Brasil cortou a taxa básica de juros em meio ponto percentual, para 13,25% ao ano, anunciou o "
     "Comitê de Política Monetária em Brasília."),
    ("rewrite", "jornalporto", 3, "23:10", "Brasil: juro básico desce meio ponto e mercado aposta em mais alívio",
     "Os diretores do banco central brasileiro voltaram a aliviar o custo do crédito, levando a taxa de referência a 13,25%. "
     "O comunicado admite repetir a dose em novembro."),
])

# ---------------------------------------------------------------- Dutch
S("N1-utrecht-treinstoring", [
    ("original", "nlpers", 1, "06:20", "Grote treinstoring rond Utrecht legt ochtendspits plat",
     "Door een storing in de beveiligingssystemen rijden er maandagochtend geen treinen van en naar Utrecht Centraal, meldt "
     "ProRail. Reizigers tussen Amsterdam, Arnhem en Den Bosch moeten rekening houden met uren vertraging."),
    ("rewrite", "dagbladdelta", 1, "07:30", "Reizigers gestrand op grootste station van het land",
     "Volle perrons en lege sporen in de Domstad: het belangrijkste knooppunt van het spoor lag maandag stil. NS zet "
     "bussen in, maar die kunnen de drukte niet aan."),
    ("update", "nlpers", 1, "10:15", "UPDATE 1-Treinstoring Utrecht voorbij, ProRail wijst kapotte wissel aan",
     "De treinen rijden sinds half tien weer van en naar Utrecht Centraal. Volgens ProRail veroorzaakte een kapotte wissel "
     "een kettingreactie in de beveiliging, waardoor ruim 400 treinen uitvielen."),
])

S("N2-miljoenennota-koopkracht", [
    ("original", "nlpers", 2, "13:20", "Miljoenennota: koopkracht stijgt volgend jaar met 1,2 procent",
     "De koopkracht van Nederlandse huishoudens stijgt volgend jaar gemiddeld met 1,2 procent, blijkt uit de Miljoenennota "
     "die het kabinet op Prinsjesdag heeft gepresenteerd. Het begrotingstekort komt uit op 2,6 procent."),
    ("rewrite", "dagbladdelta", 2, "15:00", "Prinsjesdag: kabinet belooft gezinnen iets meer te besteden",
     "Wie volgend jaar de rekening opmaakt, houdt er gemiddeld iets meer aan over, zegt de minister van Financiën. "
     "Gepensioneerden gaan er het minst op vooruit."),
    ("cut", "gvanieuws", 2, "16:00", "Nederlandse begroting: koopkracht omhoog, tekort loopt op", None),
])

# ---------------------------------------------------------------- Polish
S("PL1-klodzko-powodz", [
    ("original", "pan", 1, "05:00", "Powódź na Dolnym Śląsku: ewakuacja mieszkańców Kłodzka",
     "Po całonocnych ulewach Nysa Kłodzka przekroczyła stan alarmowy i w poniedziałek rano rozpoczęła się ewakuacja "
     "mieszkańców nisko położonych części Kłodzka. Na miejscu pracuje ponad 300 strażaków."),
    ("brief", "gazetawisla", 1, "05:12", "PILNE: Ewakuacja w Kłodzku, rzeka przekroczyła stan alarmowy",
     "Trwa ewakuacja mieszkańców Kłodzka zagrożonych przez wezbraną Nysę Kłodzką. Straż pożarna apeluje o stosowanie się do "
     "poleceń służb i nieprzejeżdżanie przez zalane drogi w mieście."),
    ("rewrite", "gazetawisla", 1, "07:20", "Wielka woda w Kotlinie Kłodzkiej. Strażacy wynoszą ludzi z zalanych domów",
     "W Kłodzku woda zalała ulice wokół rynku, a łodzie pontonowe zabierają seniorów z parterów kamienic. Wojewoda "
     "dolnośląski ogłosił alarm przeciwpowodziowy dla całego powiatu."),
    ("translation", "dpn", 1, "09:30", "Hochwasser in Niederschlesien: Evakuierungen in Kłodzko",
     "Nach heftigen Regenfällen hat der Fluss Glatzer Neiße im Südwesten Polens die Alarmstufe überschritten. In der Stadt "
     "Kłodzko werden seit Montagmorgen Bewohner tief gelegener Viertel in Sicherheit gebracht."),
    ("update", "pan", 1, "12:00", "AKTUALIZACJA 1-Powódź w Kłodzku: 1200 osób ewakuowanych, woda zaczyna opadać",
     "Z zagrożonych terenów Kłodzka ewakuowano około 1200 osób, poinformował wojewoda. Poziom Nysy Kłodzkiej zaczął w "
     "południe powoli opadać, ale alarm przeciwpowodziowy obowiązuje nadal."),
    ("regional", "kurierslaski", 2, "06:30", "Krótko: Kłodzko po wielkiej wodzie",
     "W Kłodzku woda opadła, mieszkańcy wracają do domów i liczą straty. W poniedziałek ewakuowano około 1,2 tys. osób z zagrożonych ulic miasta."),
])

S("PL2-sejm-najem-krotkoterminowy", [
    ("original", "pan", 3, "11:00", "Sejm uchwalił ustawę o najmie krótkoterminowym",
     "Sejm przyjął w środę ustawę regulującą najem krótkoterminowy mieszkań. Za głosowało 241 posłów, a gminy będą mogły "
     "ograniczać liczbę dni wynajmu w roku. Ustawa trafi teraz do Senatu."),
    ("rewrite", "gazetawisla", 3, "13:00", "Koniec samowoli w wynajmie na doby? Posłowie za nowymi przepisami",
     "Właściciele apartamentów na wynajem turystyczny będą musieli się rejestrować, a samorządy dostaną prawo wprowadzania "
     "limitów. Projekt poparło 241 parlamentarzystów, teraz zajmie się nim Senat."),
    ("cut", "kurierslaski", 3, "14:30", "Krótko: Gminy ograniczą wynajem mieszkań turystom", None),
])

# ---------------------------------------------------------------- Russian
S("R1-novosibirsk-pozhar-sklad", [
    ("original", "vestnik", 2, "03:30", "Пожар на складе в Новосибирске: площадь возгорания 5 тысяч квадратных метров",
     "В Новосибирске во вторник ночью загорелся складской комплекс на улице Станционной. Площадь пожара достигла 5 тысяч "
     "квадратных метров, на месте работают более 100 пожарных, сообщили в МЧС."),
    ("brief", "sibexpress", 2, "03:42", "СРОЧНО: Крупный пожар на складе в Новосибирске",
     "В Ленинском районе Новосибирска горит склад, площадь возгорания около 5000 квадратных метров. Пострадавших, по "
     "предварительным данным, нет, на место стянуты десятки пожарных расчетов."),
    ("rewrite", "gazetaneva", 2, "05:00", "Столб дыма над Ленинским районом: в сибирской столице горит торговый склад",
     "Огонь охватил ангары с бытовой химией и мебелью на юго-западе Новосибирска. Дым видно из центра города, спасатели "
     "стянули к месту более сотни человек."),
    ("update", "vestnik", 2, "09:10", "ОБНОВЛЕНО 1-Пожар на складе в Новосибирске локализован",
     "Пожар на складе на улице Станционной в Новосибирске локализован на площади 6200 квадратных метров, сообщили в МЧС. "
     "Пострадал один пожарный, причины возгорания устанавливаются."),
])

# ---------------------------------------------------------------- Ukrainian
S("U1-zakarpattia-povin", [
    ("original", "dniproinfo", 2, "06:00", "Повінь на Закарпатті: підтоплено понад 300 будинків",
     "Через зливи на Закарпатті у вівторок вранці підтоплено понад 300 житлових будинків, найбільше у Тячівському та "
     "Рахівському районах, повідомила Державна служба з надзвичайних ситуацій."),
    ("rewrite", "kyivvechir", 2, "08:30", "Тиса вийшла з берегів: рятувальники евакуюють людей",
     "У селах уздовж Тиси вода піднялася до вікон, рятувальники вивозять людей човнами. За даними ДСНС, затоплено три "
     "сотні осель, перекрито дорогу на Рахів."),
    ("translation", "pan", 2, "11:00", "Powódź na Zakarpaciu: zalanych ponad 300 domów",
     "Po ulewnych deszczach na Zakarpaciu na zachodzie Ukrainy we wtorek rano zalanych zostało ponad 300 domów, głównie w "
     "rejonach tiaczowskim i rachowskim, poinformowały ukraińskie służby ratunkowe."),
    ("update", "dniproinfo", 2, "14:00", "ОНОВЛЕНО 1-Повінь на Закарпатті: кількість підтоплених будинків зросла до 420",
     "Кількість підтоплених будинків на Закарпатті зросла до 420, повідомила ДСНС. Евакуйовано 160 людей, у Рахові "
     "знеструмлено кілька вулиць, рятувальники продовжують відкачувати воду."),
    ("regional", "lvivpost", 3, "07:00", "Коротко: Закарпаття рахує збитки після повені",
     "На Закарпатті вода поступово відступає після повені, через яку у вівторок підтопило 420 будинків. Рятувальники допомагають "
     "відкачувати воду з підвалів."),
])

# ---------------------------------------------------------------- Swedish
S("SV1-riksbanken-rantesankning", [
    ("original", "nordnytt", 1, "07:30", "Riksbanken sänker styrräntan till 1,75 procent",
     "Riksbanken sänker styrräntan med 0,25 procentenheter till 1,75 procent, meddelade banken på måndagen. Beslutet "
     "motiveras med svag tillväxt och en inflation som ligger under målet på två procent."),
    ("rewrite", "gbgkuriren", 1, "09:00", "Lägre lånekostnader väntar efter beskedet från Brunkebergstorg",
     "Bolånetagarna kan andas ut lite: centralbanken i Stockholm kapar räntan med en kvarts procentenhet. Flera storbanker "
     "väntas följa efter redan i veckan."),
    ("translation", "nyhedsbureau", 1, "10:00", "Den svenske Riksbank sænker renten til 1,75 procent",
     "Sveriges centralbank, Riksbanken, sænker styringsrenten med 0,25 procentpoint til 1,75 procent. Banken begrunder "
     "beslutningen med svag vækst og en inflation under målet på to procent."),
    ("regional", "norrlandsbladet", 2, "06:00", "Kort om: Räntan sänks igen",
     "Riksbanken sänkte på måndagen styrräntan till 1,75 procent. För ett bolån på två miljoner kronor kan det innebära "
     "omkring 400 kronor lägre kostnad i månaden."),
])

# ---------------------------------------------------------------- Czech
S("C1-ostrava-pozar-skladky", [
    ("original", "zpravycz", 1, "08:00", "Požár skládky v Ostravě: hasiči varují před kouřem",
     "V Ostravě-Hrabové hoří od nedělní noci skládka komunálního odpadu. Hasiči vyzývají obyvatele jižní části města, aby "
     "nevětrali a omezili pobyt venku, na místě zasahuje 14 jednotek."),
    ("rewrite", "moravadnes", 1, "10:00", "Nad Ostravou visí dým, v Hrabové hoří halda odpadu",
     "Štiplavý kouř se valí přes Hrabovou a Bělský les. Čtrnáct hasičských jednotek se snaží uhasit tisíce tun odpadků, "
     "krajská hygiena měří ovzduší."),
    ("update", "zpravycz", 1, "16:00", "AKTUALIZACE 1-Požár skládky v Ostravě je pod kontrolou",
     "Hasičům se odpoledne podařilo dostat požár skládky v Ostravě-Hrabové pod kontrolu. Dohašování potrvá několik dní, "
     "měření nepotvrdilo překročení limitů škodlivin."),
])

# ---------------------------------------------------------------- Turkish
S("T1-izmir-deprem", [
    ("original", "haberajans", 3, "03:00", "İzmir'de 4,9 büyüklüğünde deprem",
     "İzmir'in Seferihisar ilçesi açıklarında gece saat 05.41'de 4,9 büyüklüğünde deprem meydana geldi. AFAD, depremin 9,2 "
     "kilometre derinlikte olduğunu ve ilk belirlemelere göre can kaybı olmadığını açıkladı."),
    ("brief", "egepost", 3, "03:06", "SON DAKİKA: İzmir'de korkutan deprem",
     "AFAD verilerine göre İzmir Seferihisar açıklarında 4,9 büyüklüğünde deprem oldu. Sarsıntı Urla, Menderes ve çevre ilçelerden de "
     "hissedildi, hasar tespit çalışmaları sürüyor."),
    ("rewrite", "bosfor", 3, "04:30", "Ege'de sarsıntı: Seferihisar merkezli deprem uykudan uyandırdı",
     "Sabaha karşı Ege kıyılarında hissedilen sarsıntı vatandaşları sokağa döktü. Valilik 4,9'luk depremde yıkılan bina "
     "olmadığını duyurdu, ancak bazı eski evlerde çatlaklar oluştuğu bildirildi."),
    ("translation", "gwire", 3, "05:30", "Magnitude 4.9 earthquake shakes Turkey's Izmir",
     "A magnitude 4.9 earthquake struck off Seferihisar in Turkey's Izmir province before dawn on Wednesday, the disaster "
     "agency AFAD said. There were no initial reports of casualties."),
])

S("T2-merkez-bankasi-faiz", [
    ("original", "haberajans", 1, "11:05", "Merkez Bankası politika faizini yüzde 38'e indirdi",
     "Türkiye Cumhuriyet Merkez Bankası, politika faizini 250 baz puan indirerek yüzde 40,5'ten yüzde 38'e düşürdü. "
     "Kurul, enflasyondaki düşüş eğiliminin sürdüğünü belirtti."),
    ("rewrite", "bosfor", 1, "12:30", "Faizde 250 baz puanlık indirim: piyasalar ne bekliyor?",
     "Para Politikası Kurulu beklentilere paralel bir adımla faizi yüzde 38'e çekti. Ekonomistler yıl sonuna kadar iki "
     "indirim daha öngörüyor, borsa ise karar sonrası yükselişe geçti."),
    ("cut", "egepost", 1, "13:00", "Merkez'den faiz indirimi: yüzde 38", None),
])

# ---------------------------------------------------------------- Danish
S("DA1-odense-brand", [
    ("original", "nyhedsbureau", 2, "02:30", "Storbrand i Odense: beboere evakueret fra etageejendom",
     "En brand i en etageejendom i Vollsmose i Odense har natten til tirsdag fået politiet til at evakuere omkring 40 "
     "lejligheder. Fyns Politi oplyser, at ingen er alvorligt kommet til skade."),
    ("rewrite", "fynsposten", 2, "05:30", "Nattens flammer i Vollsmose: 40 lejligheder ryddet",
     "Røgen væltede ud af opgangen, og beboerne blev hentet ned med stiger. Beredskab Fyn var på stedet med otte køretøjer."),
    ("update", "nyhedsbureau", 2, "09:00", "OPDATERET: Brand i Odense slukket – to personer på hospitalet",
     "Branden i Vollsmose i Odense er slukket, og to beboere er kørt på hospitalet med røgforgiftning. Politiet undersøger, "
     "om branden er påsat i et kælderrum."),
    ("regional", "jyskdagblad", 3, "06:30", "Kort nyt: Brand i Vollsmose",
     "To personer kom på hospitalet med røgforgiftning, da en brand natten til tirsdag hærgede en etageejendom i Vollsmose "
     "i Odense. 40 lejligheder blev evakueret."),
])

# ---------------------------------------------------------------- Romanian
S("RO1-galati-inundatii", [
    ("original", "carpati", 1, "06:40", "Inundații în Galați după ploi torențiale: 200 de gospodării afectate",
     "Ploile torențiale căzute în noaptea de duminică spre luni au inundat aproximativ 200 de gospodării din municipiul "
     "Galați și din comunele învecinate, a anunțat Inspectoratul pentru Situații de Urgență."),
    ("rewrite", "jurnaldunarii", 1, "09:00", "Cod roșu la Galați: străzi transformate în râuri",
     "Curți și subsoluri pline cu apă, mașini blocate în cartierul Țiglina: orașul de pe Dunăre s-a trezit sub ape. "
     "Pompierii au evacuat 30 de persoane."),
    ("update", "carpati", 1, "15:30", "ACTUALIZARE 1-Inundații la Galați: numărul gospodăriilor afectate a urcat la 340",
     "Numărul gospodăriilor inundate în județul Galați a urcat la 340, potrivit ISU. Prefectul a convocat comitetul "
     "județean pentru situații de urgență, iar două școli și-au suspendat cursurile."),
    ("regional", "gazetaclujului", 2, "07:00", "Pe scurt: Galațiul numără pagubele după potop",
     "În județul Galați, 340 de gospodării au fost afectate de inundațiile de luni, după ploi torențiale, iar 30 de "
     "persoane au fost evacuate."),
])

# ---------------------------------------------------------------- Hungarian
S("HU1-debrecen-gyartuz", [
    ("original", "hirugynokseg", 2, "09:20", "Tűz ütött ki egy debreceni gyárban, hárman megsérültek",
     "Tűz ütött ki kedden reggel egy akkumulátor-alkatrészeket gyártó üzemben Debrecen déli ipari parkjában. A "
     "katasztrófavédelem szerint hárman könnyebben megsérültek, a dolgozókat kimenekítették."),
    ("rewrite", "pestihirlap", 2, "11:00", "Lángok csaptak fel egy akkugyárban a cívisvárosban",
     "Fekete füst gomolygott a Debrecen melletti üzem felett, a 400 dolgozót percek alatt kiterelték. Három munkás "
     "kórházba került, a tűzoltók hat vízsugárral oltottak."),
    ("update", "hirugynokseg", 2, "15:00", "FRISSÍTVE 1-Eloltották a tüzet a debreceni gyárban",
     "Délutánra eloltották a tüzet a debreceni ipari park üzemében. A három sérült állapota nem súlyos, a rendőrség "
     "vizsgálja a tűz keletkezésének okát."),
    ("regional", "alfoldiujsag", 3, "06:00", "Röviden: tűz a debreceni ipari parkban",
     "Kedden tűz ütött ki a Debrecen déli ipari parkjában működő akkumulátor-alkatrészgyárban. Hárman könnyebben "
     "megsérültek, a rendőrség vizsgálja a tűz keletkezésének okait."),
])

# ---------------------------------------------------------------- look-alikes
O("L01-sicily-quake", "lookalike", "gwire", 2, "11:40", "Magnitude 4.7 earthquake strikes off Sicily",
  "An earthquake of magnitude 4.7 struck in the sea off the eastern coast of Sicily at 11:22 GMT on Tuesday, the "
  "European-Mediterranean Seismological Centre said. There were no immediate reports of damage.")
O("L02-veltrix-ceo-resigns", "lookalike", "gwire", 2, "14:30", "Veltrix Motors CEO Dana Holloway resigns after battery recall",
  "Veltrix Motors chief executive Dana Holloway resigned on Tuesday, a day after the carmaker recalled more than 48,000 "
  "electric SUVs. Chief financial officer Raj Menon will lead the company on an interim basis.")
O("L03-unsmil-libya-extension", "lookalike", "gwire", 3, "19:50", "UN Security Council extends Libya mission for nine months",
  "The UN Security Council voted on Wednesday to extend the mandate of the UN Support Mission in Libya, UNSMIL, for nine "
  "months, with two members abstaining over language on elections.")
O("L04-dublin-congestion-charge", "lookalike", "eveningmetro", 2, "18:20", "Dublin councillors back congestion charge for city centre",
  "Dublin City Council voted on Tuesday evening to introduce a congestion charge of 6 euro for cars entering the city "
  "centre at peak times from 2028, after a heated debate lasting more than four hours.")
O("L05-bath-theft-charge", "lookalike", "ledger", 3, "12:15", "Man, 34, charged over theft of Turner watercolours from Bath gallery",
  "A 34-year-old man from Bristol has been charged with burglary over the theft of two Turner watercolours from the "
  "Pemberton Gallery in Bath. He will appear before magistrates on Thursday; the paintings are still missing.")
O("L06-glasgow-lez-vote", "lookalike", "ledger", 3, "15:10", "Glasgow councillors vote to widen low emission zone",
  "Glasgow City Council voted on Wednesday to extend the city's low emission zone beyond the M8 ring to cover Govan and "
  "Partick from 2028, despite objections from business groups.")
O("L07-bremerhaven-lagerhallenbrand", "lookalike", "dpn", 2, "05:20", "Großbrand in Lagerhalle im Hafen von Bremerhaven",
  "Im Überseehafen von Bremerhaven ist in der Nacht zu Dienstag eine Lagerhalle mit Autoteilen in Brand geraten. Die "
  "Feuerwehr war mit 120 Kräften im Einsatz, verletzt wurde niemand.")
O("L08-deutschland-grosshandelspreise", "lookalike", "dpn", 2, "06:15", "Großhandelspreise in Deutschland sinken im August um 0,4 Prozent",
  "Die Verkaufspreise im deutschen Großhandel sind im August um 0,4 Prozent gegenüber dem Vorjahresmonat gesunken, teilte "
  "das Statistische Bundesamt am Dienstag in Wiesbaden mit. Billiger wurden vor allem Mineralölerzeugnisse.")
O("L09-valencia-cocaina", "lookalike", "diariosol", 3, "16:00", "Incautados 1.900 kilos de cocaína en el puerto de Valencia",
  "La Policía Nacional ha intervenido 1.900 kilos de cocaína escondidos en un contenedor de piñas procedente de Costa Rica "
  "en el puerto de Valencia, con tres detenidos, informó este miércoles la Delegación del Gobierno.")
O("L10-milano-rapina-gioielleria", "lookalike", "corrierelido", 2, "17:40", "Milano, rapina in una gioielleria in zona Brera",
  "Due uomini armati hanno rapinato martedì pomeriggio una gioielleria in zona Brera, a Milano, fuggendo con orologi per "
  "circa 300mila euro. La titolare è stata colpita ma non è grave, indagano i carabinieri.")
O("L11-marseille-enquete-incendie", "lookalike", "afi", 2, "15:30", "Incendie près de Marseille: le parquet ouvre une enquête",
  "Le parquet de Marseille a ouvert mardi une enquête pour destruction involontaire après l'incendie qui a brûlé 600 "
  "hectares lundi. Les enquêteurs privilégient la piste d'un engin de chantier le long de l'A7.")
O("L12-wellington-measles", "lookalike", "pacificecho", 3, "01:10", "Measles outbreak in Wellington grows to 12 cases",
  "Health New Zealand said on Wednesday a separate measles outbreak in Wellington had grown to 12 confirmed cases, linked "
  "to a childcare centre in Porirua, and urged parents to check vaccination records.")
O("L13-omsk-pozhar-sklad", "lookalike", "vestnik", 3, "04:20", "Пожар на складе в Омске: площадь возгорания 2 тысячи квадратных метров",
  "В Омске в среду ночью загорелся склад стройматериалов на улице 22 Декабря. Площадь пожара составила 2 тысячи квадратных "
  "метров, пострадавших нет, сообщили в региональном МЧС.")
O("L14-manisa-deprem", "lookalike", "haberajans", 3, "14:00", "Manisa'da 4,2 büyüklüğünde deprem",
  "Manisa'nın Soma ilçesinde öğleden sonra 4,2 büyüklüğünde deprem meydana geldi. AFAD, depremin 7 kilometre derinlikte "
  "olduğunu ve herhangi bir olumsuzluk bildirilmediğini açıkladı.")
O("L15-amersfoort-treinstoring", "lookalike", "nlpers", 2, "16:50", "Grote treinstoring rond Amersfoort legt avondspits plat",
  "Door een storing in de bovenleiding rijden er dinsdagmiddag geen treinen tussen Amersfoort en Apeldoorn en tussen "
  "Amersfoort en Zwolle, meldt ProRail. De storing duurt naar verwachting tot in de avond.")
O("L16-felixstowe-pay-deal", "lookalike", "ledger", 3, "11:30", "Felixstowe dockers accept 6.5% pay offer, further strikes suspended",
  "Dockworkers at the Port of Felixstowe have voted to accept a 6.5% pay rise, the Unite union said on Wednesday, "
  "suspending further strike dates after this week's 48-hour walkout.")

# ---------------------------------------------------------------- template series
O("TPL-ftse-close-d1", "template", "capitalbrief", 1, "16:40", "FTSE 100 closes up 0.4% at 9,214",
  "London's FTSE 100 closed up 0.4% at 9,214 points on Monday, led by housebuilders and banks, while the pound edged "
  "higher against the dollar ahead of this week's central bank decisions.")
O("TPL-ftse-close-d2", "template", "capitalbrief", 2, "16:38", "FTSE 100 closes down 0.7% at 9,150",
  "London's FTSE 100 closed down 0.7% at 9,150 points on Tuesday as mining stocks slid with copper prices, while "
  "defensive utilities held up better.")
O("TPL-ftse-close-d3", "template", "capitalbrief", 3, "16:41", "FTSE 100 closes flat at 9,158 ahead of Fed decision",
  "London's FTSE 100 closed almost unchanged at 9,158 points on Wednesday as investors waited for the US Federal "
  "Reserve's decision, with gains in oil majors offset by losses in retailers.")

O("TPL-wetter-berlin-d1", "template", "rheinblatt", 1, "04:30", "Wetter in Berlin am Montag: sonnig, bis 24 Grad",
  "In Berlin scheint am Montag überwiegend die Sonne, die Temperaturen steigen auf bis zu 24 Grad. In der Nacht kühlt es "
  "auf 11 Grad ab, der Wind weht schwach aus Südwest.")
O("TPL-wetter-berlin-d2", "template", "rheinblatt", 2, "04:30", "Wetter in Berlin am Dienstag: Wolken und Schauer, bis 19 Grad",
  "Am Dienstag ziehen über Berlin dichte Wolken auf, am Nachmittag sind einzelne Schauer möglich. Die Höchstwerte liegen "
  "bei 19 Grad, nachts sind es 10 Grad.")
O("TPL-wetter-berlin-d3", "template", "rheinblatt", 3, "04:30", "Wetter in Berlin am Mittwoch: freundlich, bis 21 Grad",
  "Nach einem nebligen Start wird es in Berlin am Mittwoch freundlich mit Temperaturen bis 21 Grad. Regen ist nicht in "
  "Sicht, in der Nacht sinken die Werte auf 9 Grad.")

O("TPL-kurs-nbp-d1", "template", "gazetawisla", 1, "10:55", "Kurs średni NBP z 14 września: euro po 4,2712 zł",
  "Narodowy Bank Polski ustalił w poniedziałek średni kurs euro na 4,2712 zł, dolara na 3,6431 zł, a franka szwajcarskiego "
  "na 4,5580 zł. Złoty lekko zyskał wobec głównych walut.")
O("TPL-kurs-nbp-d2", "template", "gazetawisla", 2, "10:55", "Kurs średni NBP z 15 września: euro po 4,2790 zł",
  "Narodowy Bank Polski ustalił we wtorek średni kurs euro na 4,2790 zł, dolara na 3,6502 zł, a franka szwajcarskiego na "
  "4,5611 zł. Złoty osłabił się po danych o inflacji bazowej.")
O("TPL-kurs-nbp-d3", "template", "gazetawisla", 3, "10:55", "Kurs średni NBP z 16 września: euro po 4,2655 zł",
  "Narodowy Bank Polski ustalił w środę średni kurs euro na 4,2655 zł, dolara na 3,6318 zł, a franka szwajcarskiego na "
  "4,5497 zł. Inwestorzy czekają na decyzję amerykańskiej Rezerwy Federalnej.")

O("TPL-keno-d1", "template", "lequotidien", 1, "19:20", "Keno: les résultats du tirage du lundi 14 septembre",
  "Voici les numéros gagnants du tirage du Keno de ce lundi 14 septembre à midi et du soir. Vérifiez vos grilles: les "
  "gains sont à retirer dans un délai de 60 jours.")
O("TPL-keno-d2", "template", "lequotidien", 2, "19:20", "Keno: les résultats du tirage du mardi 15 septembre",
  "Voici les numéros gagnants du tirage du Keno de ce mardi 15 septembre à midi et du soir. Vérifiez vos grilles: les "
  "gains sont à retirer dans un délai de 60 jours.")
O("TPL-keno-d3", "template", "lequotidien", 3, "19:20", "Keno: les résultats du tirage du mercredi 16 septembre",
  "Voici les numéros gagnants du tirage du Keno de ce mercredi 16 septembre à midi et du soir. Vérifiez vos grilles: les "
  "gains sont à retirer dans un délai de 60 jours.")

O("TPL-verkeer-d1", "template", "dagbladdelta", 1, "07:05", "Verkeer: 214 kilometer file in de ochtendspits",
  "Op de Nederlandse snelwegen stond maandagochtend om zeven uur 214 kilometer file, mede door de treinstoring rond "
  "Utrecht. De drukste trajecten waren de A12 en de A27.")
O("TPL-verkeer-d2", "template", "dagbladdelta", 2, "07:05", "Verkeer: 156 kilometer file in de ochtendspits",
  "Op de Nederlandse snelwegen stond dinsdagochtend om zeven uur 156 kilometer file. Een ongeluk op de A4 bij Leiden "
  "zorgde voor de langste rij.")
O("TPL-verkeer-d3", "template", "dagbladdelta", 3, "07:05", "Verkeer: 98 kilometer file in de ochtendspits",
  "Op de Nederlandse snelwegen stond woensdagochtend om zeven uur 98 kilometer file, minder dan gemiddeld voor een "
  "woensdag. Op de A2 bij Eindhoven werd aan de weg gewerkt.")

O("TPL-thames-police-appeal-d1", "template", "eveningmetro", 1, "12:30", "Police appeal for witnesses after assault in Swindon",
  "Wiltshire Police are appealing for witnesses after a man in his twenties was assaulted in Regent Street, Swindon, "
  "on Saturday night. Anyone with information is asked to call 101.")
O("TPL-thames-police-appeal-d2", "template", "eveningmetro", 2, "12:30", "Police appeal for witnesses after hit-and-run in Basingstoke",
  "Hampshire Police are appealing for witnesses after a cyclist was struck by a car that failed to stop on Winton "
  "Square, Basingstoke, on Monday evening. Anyone with information is asked to call 101.")
O("TPL-thames-police-appeal-d3", "template", "eveningmetro", 3, "12:30", "Police appeal for witnesses after burglary in Newbury",
  "Thames Valley Police are appealing for witnesses after a jewellery shop on Northbrook Street, Newbury, was broken "
  "into early on Tuesday. Anyone with information is asked to call 101.")

O("TPL-county-championship-d1", "template", "ledger", 1, "17:45", "County Championship: close of play scores, day one",
  "Close of play on day one of the County Championship: Surrey lead Somerset at the Oval, Essex bowled out Durham for "
  "212, and rain meant only 31 overs at Trent Bridge.")
O("TPL-county-championship-d2", "template", "ledger", 2, "17:45", "County Championship: close of play scores, day two",
  "Close of play on day two of the County Championship: Somerset follow on at the Oval, Essex build a lead of 140 at "
  "Chelmsford, and Nottinghamshire recover at Trent Bridge.")
O("TPL-county-championship-d3", "template", "ledger", 3, "17:45", "County Championship: close of play scores, day three",
  "Close of play on day three of the County Championship: Surrey need 96 to beat Somerset, Essex close in on victory "
  "over Durham, and a draw looms at Trent Bridge.")

O("TPL-northstar-briefing-w38-d1", "template", "northstar", 1, "05:00", "Morning briefing: Crete quake, a rate cut in Wellington and measles in Auckland",
  "Good morning. A 5.3 earthquake shook the sea south of Crete overnight, New Zealand's central bank cut rates again, "
  "and Auckland's measles outbreak keeps growing. Here is what else you need to know on Monday.")
O("TPL-northstar-briefing-w38-d2", "template", "northstar", 2, "05:00", "Morning briefing: Chile quake, a lost satellite and a Siberian warehouse fire",
  "Good morning. A strong earthquake rattled northern Chile, a New Zealand rocket lost its satellite, and a huge warehouse "
  "fire burned in Novosibirsk. Here is what else you need to know on Tuesday.")
O("TPL-northstar-briefing-w38-d3", "template", "northstar", 3, "05:00", "Morning briefing: Pennsylvania derailment, Izmir tremor and Fed day",
  "Good morning. A freight train came off the rails in Pennsylvania, a moderate earthquake woke Izmir, and the Federal "
  "Reserve announces its rate decision later. Here is what else you need to know on Wednesday.")

# ---------------------------------------------------------------- singles
O("X01-lake-district-village-award", "single", "ledger", 1, "13:05", "Lake District village named best-kept in England",
  "Grasmere has been named England's best-kept village for the first time, beating 340 entries. Judges praised its "
  "volunteer-run flower beds and the restoration of its Victorian drinking fountain.")
O("X02-reef-coral-spawning", "single", "pacificecho", 2, "23:30", "Great Barrier Reef coral spawning forecast earlier than usual",
  "Marine scientists expect corals on the northern Great Barrier Reef to spawn about a week earlier than usual this "
  "year after warmer than average winter water temperatures, the Australian Institute of Marine Science said.")
O("X03-leipzig-nashorn", "single", "rheinblatt", 2, "10:40", "Zoo Leipzig: Nashornbaby heißt Kito",
  "Das im August im Zoo Leipzig geborene Spitzmaulnashorn hat einen Namen: Das Jungtier heißt Kito. Mehr als 12.000 "
  "Besucher hatten sich an der Abstimmung beteiligt.")
O("X04-salzburg-festspielbilanz", "single", "alpenkurier", 1, "09:30", "Salzburger Festspiele melden Rekordauslastung",
  "Die Salzburger Festspiele haben in diesem Sommer 248.000 Karten verkauft, die Auslastung lag bei 97 Prozent. Das "
  "Direktorium kündigte für 2027 einen Schwerpunkt auf zeitgenössische Oper an.")
O("X05-nancy-jazz", "single", "lequotidien", 3, "09:10", "Nancy Jazz Pulsations dévoile sa programmation",
  "Le festival Nancy Jazz Pulsations a dévoilé mercredi sa programmation, avec 70 concerts répartis sur douze jours en "
  "octobre. La billetterie ouvre samedi, et le chapiteau du parc de la Pépinière revient.")
O("X06-valais-loup-sion", "single", "lematinromand", 1, "16:20", "Valais: un loup photographié aux portes de Sion",
  "Un loup a été photographié lundi par un piège photographique à moins d'un kilomètre des premières habitations de "
  "Sion. Le Service cantonal de la chasse appelle au calme.")
O("X07-sevilla-carril-bici", "single", "diariosol", 1, "11:45", "Sevilla estrena un carril bici de 12 kilómetros en la ronda histórica",
  "El Ayuntamiento de Sevilla inauguró este lunes un nuevo carril bici de 12 kilómetros que rodea el casco histórico. "
  "Según el consistorio, servirá a unos 20.000 ciclistas diarios.")
O("X08-mendoza-nevadas", "single", "lanacionsur", 3, "13:20", "Mendoza: nevadas tardías cierran el paso a Chile",
  "El paso internacional Cristo Redentor permanece cerrado desde el martes por nevadas tardías en la cordillera. Unos 900 "
  "camiones esperan en Uspallata la reapertura, informó Vialidad Nacional.")
O("X09-aosta-fiera-fontina", "single", "gazzettavalle", 3, "08:30", "Aosta, al via la Fiera della Fontina con 80 produttori",
  "Si apre sabato ad Aosta la Fiera della Fontina, con 80 produttori della Valle e degustazioni in piazza Chanoux. "
  "Gli organizzatori attendono oltre 15mila visitatori nel fine settimana.")
O("X10-porto-eletrico-linha22", "single", "jornalporto", 1, "10:15", "Porto: elétrico histórico volta a circular na linha 22",
  "O elétrico da linha 22, que liga a Batalha ao Carmo, voltou esta segunda-feira a circular depois de seis meses de obras "
  "na via. A STCP prevê carruagens de 20 em 20 minutos.")
O("X11-gent-lichtfestival", "single", "gvanieuws", 2, "11:20", "Gent: Lichtfestival krijgt nieuwe route langs de Leie",
  "Het Lichtfestival in Gent krijgt bij de volgende editie een volledig nieuwe wandelroute langs de Leie, maakte de stad "
  "dinsdag bekend. Er komen 24 installaties van internationale kunstenaars.")
O("X12-katowice-park", "single", "kurierslaski", 1, "12:10", "Krótko: W Katowicach otwarto nowy park nad Rawą",
  "W Katowicach otwarto w poniedziałek nowy park nad rzeką Rawą. Na trzech hektarach posadzono 400 drzew, powstały "
  "też ścieżki rowerowe i plac zabaw.")
O("X13-ermitazh-vystavka", "single", "gazetaneva", 3, "09:40", "В Эрмитаже открылась выставка японской гравюры",
  "В Государственном Эрмитаже в среду открылась выставка японской гравюры укиё-э. Посетители увидят около 200 листов из "
  "собрания музея, экспозиция продлится до января.")
O("X14-lviv-tramvai-sykhiv", "single", "lvivpost", 2, "10:00", "У Львові запустили трамвай на Сихів після ремонту",
  "Після чотиримісячного ремонту колії у Львові відновили рух трамвая до Сихова. Інтервал руху становитиме шість хвилин у "
  "години пік, повідомили у міській раді.")
O("X15-norrsken-norrland", "single", "norrlandsbladet", 3, "06:20", "Norrsken lyste upp himlen över hela Norrland i natt",
  "Ett kraftigt norrsken syntes natten till onsdag över stora delar av Norrland, från Kiruna ner till Sundsvall. Enligt "
  "SMHI beror det på en solstorm som nådde jorden under kvällen.")
O("X16-karluv-most-osvetleni", "single", "prazskyden", 2, "08:45", "Karlův most dostane nové osvětlení",
  "Karlův most v Praze dostane do konce roku nové úsporné osvětlení, které napodobí světlo plynových lamp. Práce budou "
  "probíhat v noci a most zůstane otevřený.")
O("X17-istanbul-vapur-hatti", "single", "bosfor", 3, "10:30", "İstanbul'da Beykoz–Kabataş arasında yeni vapur hattı",
  "İstanbul'da Beykoz ile Kabataş arasında yeni vapur hattı pazartesi günü hizmete giriyor. Seferler sabah ve akşam iş "
  "çıkış saatlerinde yarım saatte bir yapılacak.")
O("X18-aarhus-legeplads", "single", "jyskdagblad", 1, "14:00", "Ny legeplads ved havnen i Aarhus åbner lørdag",
  "En ny legeplads formet som et gammelt fragtskib åbner lørdag på Aarhus Ø. Kommunen har brugt 7,5 millioner kroner på "
  "projektet, som er tegnet sammen med børn fra området.")
O("X19-cluj-gradina-botanica", "single", "gazetaclujului", 3, "11:10", "Cluj-Napoca: Grădina Botanică prelungește programul de vizitare",
  "Grădina Botanică din Cluj-Napoca își prelungește programul de vizitare până la ora 20 în weekendurile din septembrie "
  "și octombrie, a anunțat universitatea care o administrează.")
O("X20-szeged-dom-ter", "single", "alfoldiujsag", 2, "09:15", "Szegeden megújul a Dóm tér burkolata",
  "Jövő tavasszal kezdődik a szegedi Dóm tér burkolatának felújítása, jelentette be a városvezetés. A munkálatok a "
  "Szegedi Szabadtéri Játékok szezonja előtt befejeződnek.")
O("X21-helsinki-oodi", "single", "helsinginviesti", 2, "07:40", "Keskustakirjasto Oodi pidentää aukioloaikojaan",
  "Helsingin keskustakirjasto Oodi on lokakuusta alkaen auki arkisin kello 23:een asti, kertoi kaupunki tiistaina. "
  "Kokeilu kestää vuoden loppuun, ja kävijämääriä seurataan tarkasti.")
O("X22-bergen-floibanen", "single", "bergensposten", 3, "08:05", "Fløibanen stenger i to uker for vedlikehold",
  "Fløibanen i Bergen stenger fra mandag i to uker for årlig vedlikehold av vogner og skinner. Turister henvises til "
  "egne busser opp til Fløyen i perioden.")
O("X23-japan-oldest-man", "single", "worldline", 1, "07:50", "World: Japan's oldest man celebrates 112th birthday",
  "Kenji Morimoto, a retired fisherman from Kagoshima who is believed to be Japan's oldest man, celebrated his 112th "
  "birthday on Monday with his family. He credits daily walks and miso soup.")
O("X24-penzance-kayaker-rescue", "single", "harbourherald", 1, "18:40", "News in brief: Lifeboat crew rescues kayaker off Penzance",
  "The Penlee lifeboat crew rescued a kayaker who had capsized off Penzance on Monday afternoon. The man, in his sixties, "
  "was cold but unhurt, the RNLI said.")
