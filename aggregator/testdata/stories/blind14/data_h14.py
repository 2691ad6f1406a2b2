# Held-out half h14: 2026-12-14 (stage 1) .. 2026-12-16 (stage 3).
# Same conventions as data_t14.py:
# I(story, key, kind, outlet, "day HH:MM", title, text, **extra)
#   story "-" -> own label (= key); "=key" -> same title/text as that item.
HALF = "h14"
BASE = "2026-12-14"


def I(story, key, kind, outlet, when, title, text="", **kw):
    d = dict(story=story, key=key, kind=kind, outlet=outlet, when=when, title=title, text=text)
    d.update(kw)
    return d


AFN_M14 = "https://www.afn-depeches.fr/depeche/604417"
IBERA_IBEX = "https://www.agenciaibera.es/noticia/380152"
SHARED_LINKS = [AFN_M14, IBERA_IBEX]

ITEMS = [
    # ------------------------------------------------------------------ EN
    # severn-flood: HTML original, wire rewrite, cut copy, VIDEO teaser, long feature
    I("severn-flood", "sv-hh", "original", "harbour-herald", "1 07:05",
      "Severn bursts its banks in Shrewsbury as flood barriers go up",
      "The River Severn burst its banks in Shrewsbury overnight, flooding the Frankwell car park and "
      "several riverside streets, after two days of heavy rain across mid-Wales. The Environment "
      "Agency has issued three severe flood warnings – meaning a danger to life – for the town and "
      "for Bewdley, where temporary barriers were put up on Sunday evening. The river is expected "
      "to peak at 5.2 metres on Tuesday morning."),
    I("severn-flood", "sv-ww", "rewrite", "wirewide", "1 09:20",
      "Britain's longest river floods streets in Shrewsbury; severe warnings issued",
      "The River Severn flooded streets and car parks in the English town of Shrewsbury on Monday "
      "after heavy rain in Wales, and the Environment Agency issued severe flood warnings, "
      "signalling a danger to life, for Shrewsbury and Bewdley. The river is forecast to peak on "
      "Tuesday."),
    I("severn-flood", "sv-mb", "cut", "metro-brief", "1 10:00",
      "Severe flood warnings as Severn swamps Shrewsbury", "=sv-hh"),
    I("severn-flood", "sv-pulse", "brief", "pulse24", "1 11:30",
      "VIDEO: Drone footage shows flooded Shrewsbury 🌊", cat="Watch the video"),
    I("severn-flood", "sv-long", "rewrite", "longread-review", "1 19:00",
      "Shrewsbury under water again: why the Severn keeps rising",
      "For the third winter in a row, the people of Frankwell woke on Monday to the sound of pumps. "
      "The River Severn burst its banks in Shrewsbury overnight after two days of heavy rain over "
      "the Cambrian Mountains, filling the riverside car park, lapping at the doors of pubs and "
      "cutting the town’s bus station off from the centre.\n\n"
      "The Environment Agency issued three severe flood warnings – its highest level, meaning a "
      "danger to life – for Shrewsbury and for Bewdley further downstream, where temporary barriers "
      "were erected along the quayside on Sunday evening. Forecasters expect the river to peak at "
      "about 5.2 metres in Shrewsbury on Tuesday morning.\n\n"
      "The pattern is familiar. Rain falling on the saturated uplands of mid-Wales drains quickly "
      "into the Severn and its tributaries, and the river has little room to spread out before it "
      "reaches the town’s tight loop. Upstream, farmers have been paid to let fields flood and to "
      "plant trees along streams, but campaigners say the schemes are too small to make a "
      "difference in a wet winter.\n\n"
      "“Every year we are told it is a once-in-a-century event,” said one Frankwell shopkeeper, "
      "moving stock to an upper floor for the second time this month. “We have had three of them "
      "in five years.”\n\n"
      "Shropshire Council has opened a rest centre at a leisure centre and said it would waive "
      "parking charges in the town’s other car parks until the water recedes. The agency warned "
      "people not to walk or drive through floodwater, which can hide open drains and strong "
      "currents."),
    I("-", "shrewsbury-budget", "lookalike", "dailyledger", "1 15:10",
      "Shropshire Council approves £12m of cuts at Shrewsbury meeting",
      "Shropshire Council has approved £12 million of spending cuts for the next financial year at "
      "a meeting in Shrewsbury, including the closure of two recycling centres and higher charges "
      "for garden waste collections. Opposition councillors walked out before the vote."),
    I("-", "sv-peak", "lookalike", "harbour-herald", "2 12:40",
      "Severn peaks below forecast in Shrewsbury as floodwater begins to fall",
      "The River Severn peaked at 4.9 metres in Shrewsbury early this morning, lower than the 5.2 "
      "metres forecast, and levels are now falling slowly. The Environment Agency has downgraded "
      "two of its three severe flood warnings, but the Frankwell car park is expected to stay "
      "closed until the weekend."),

    # mull-ferry: wire original, HTML rewrite, title-only copy, live blog with two entries
    I("mull-ferry", "mf-ww", "original", "wirewide", "1 08:40",
      "Ferry with 120 on board runs aground off Scottish island of Mull",
      "A passenger ferry carrying 112 passengers and eight crew ran aground near Craignure on the "
      "Isle of Mull on Monday morning, the coastguard said. No injuries were reported. Lifeboats "
      "from Oban and Tobermory were standing by while passengers were transferred to a second "
      "vessel.", city="GLASGOW"),
    I("mull-ferry", "mf-hh", "rewrite", "harbour-herald", "1 09:10",
      "Passengers safe after ferry runs aground off Mull",
      "All 112 passengers and eight crew aboard the MV Hebridean Star are safe after the ferry ran "
      "aground near Craignure on the Isle of Mull this morning, HM Coastguard said. Lifeboats from "
      "Oban and Tobermory were sent to the scene and passengers are being transferred to another "
      "vessel. Isles Link Ferries said an investigation had begun."),
    I("mull-ferry", "mf-live1", "update", "pulse24", "1 09:30",
      "LIVE: Ferry aground off Mull with 120 on board – latest", cat="Live updates"),
    I("mull-ferry", "mf-np", "copy", "northpost", "1 10:00",
      "Ferry runs aground off Mull with 120 on board"),
    I("mull-ferry", "mf-live2", "update", "pulse24", "1 13:45",
      "LIVE: Mull ferry refloated on high tide, all passengers ashore in Oban", cat="Live updates"),
    I("-", "mull-distillery", "lookalike", "harbour-herald", "2 09:30",
      "Mull distillery expansion approved despite objections from neighbours",
      "Argyll and Bute Council has approved plans to double the size of a distillery near "
      "Tobermory on the Isle of Mull, despite 40 objections over lorry traffic on the island's "
      "single-track roads. The owners say the expansion will create 18 jobs."),

    # brightwater: earlier tariff news (same company) and the fine story on day 3
    I("-", "bw-tariff", "lookalike", "wirewide", "1 11:00",
      "Brightwater Energy to raise fixed tariffs by 6% from February",
      "Brightwater Energy will raise prices on its fixed-rate tariffs by an average of 6% for new "
      "customers from Feb. 1, citing higher wholesale gas costs, the supplier said on Monday. "
      "Existing fixed deals are not affected."),
    I("brightwater-fine", "bw-ww", "original", "wirewide", "3 07:00",
      "UK regulator fines Brightwater Energy £9 million over billing errors",
      "Britain's energy regulator Ofgem fined Brightwater Energy £9 million on Wednesday after the "
      "supplier overcharged about 86,000 prepayment customers for more than a year because of a "
      "billing system fault. Brightwater will also pay £3.4 million in refunds and compensation."),
    I("brightwater-fine", "bw-hh", "copy", "harbour-herald", "3 07:45",
      "Brightwater Energy fined £9m for overcharging 86,000 prepayment customers", "=bw-ww"),
    I("brightwater-fine", "bw-mb", "cut", "metro-brief", "3 08:20",
      "Brightwater Energy hit with £9m Ofgem fine", "=bw-ww"),
    I("brightwater-fine", "bw-dl", "rewrite", "dailyledger", "3 09:00",
      "Ofgem fines Brightwater Energy £9m after billing fault hit prepayment customers",
      "Ofgem has fined Brightwater Energy £9 million after a billing fault led to around 86,000 "
      "prepayment customers being overcharged for more than a year. The supplier must also pay "
      "£3.4 million in refunds and compensation."),

    # lumenfield-deal: "Exclusive:" wire, UPDATE 1 with final figures, WordPress, byline, teaser
    I("lumenfield-deal", "lf-ww", "original", "wirewide", "2 06:30",
      "Exclusive: Lumenfield Pharma nears £6 billion deal for Brackley Bio - sources",
      "British drugmaker Lumenfield Pharma is in advanced talks to buy cancer specialist Brackley "
      "Bio for about £6 billion ($8 billion) and could announce a deal as soon as Tuesday, three "
      "people familiar with the matter told Wirewide. The offer values Brackley at around 1,450 "
      "pence per share, a premium of roughly 40% to Monday's close."),
    I("lumenfield-deal", "lf-ww-u1", "update", "wirewide", "2 11:50",
      "UPDATE 1-Lumenfield agrees to buy Brackley Bio for £6.2 billion in cash",
      "Lumenfield Pharma confirmed on Tuesday it had agreed to buy Brackley Bio for 1,480 pence per "
      "share in cash, valuing the cancer drug developer at about £6.2 billion ($8.3 billion), after "
      "Wirewide reported earlier that the companies were in advanced talks. Brackley's board has "
      "recommended the offer. (Adds confirmation, final price)"),
    I("lumenfield-deal", "lf-dl", "rewrite", "dailyledger", "2 12:30",
      "Lumenfield Pharma to buy Brackley Bio in £6.2bn cancer drugs deal",
      "Lumenfield Pharma has agreed to buy Brackley Bio for £6.2 billion in cash, paying 1,480p a "
      "share, a 43% premium to Brackley's closing price on Monday. The deal gives Lumenfield three "
      "late-stage cancer treatments."),
    I("lumenfield-deal", "lf-pulse", "brief", "pulse24", "2 12:45",
      "💊 Lumenfield buys Brackley Bio for £6.2bn", cat="Business"),
    I("lumenfield-deal", "lf-civic", "rewrite", "civic-times", "2 13:10",
      "Lumenfield’s $8.3 billion Brackley buy puts cancer pipeline at center of strategy",
      "Lumenfield Pharma is paying $8.3 billion for Brackley Bio, a bet that the smaller company’s "
      "three late-stage cancer drugs can fill a gap left by the expiry of Lumenfield’s best-selling "
      "patents in 2029. Brackley’s board has backed the all-cash offer of 1,480 pence per share."),
    I("lumenfield-deal", "lf-hh", "regional", "harbour-herald", "2 13:40",
      "Brackley Bio takeover: what the Lumenfield deal means for 400 staff near Oxford",
      "Lumenfield Pharma's £6.2bn agreed takeover of Brackley Bio has raised questions over the "
      "future of the cancer specialist's research campus near Oxford, where about 400 people work. "
      "Lumenfield said it had no plans to close the site and would keep Brackley's name for its "
      "oncology research."),
    I("-", "pulse-pound", "lookalike", "pulse24", "2 16:20",
      "📉 Pound slips against the dollar", cat="Business"),
    I("-", "lf-trial", "lookalike", "dailyledger", "3 09:15",
      "Lumenfield halts late-stage trial of asthma drug after missing main goal",
      "Lumenfield Pharma said on Wednesday it would stop a late-stage trial of its experimental "
      "asthma drug LMF-220 after it failed to reduce severe attacks more than a placebo, a day after "
      "agreeing its £6.2 billion purchase of Brackley Bio. The company will take a £140 million "
      "write-down."),

    # hartley trial: jury retires (day 2) -> verdict (day 3), two stories
    I("hartley-jury", "hj-hh", "original", "harbour-herald", "2 15:30",
      "Jury sent out in £2.1m fraud trial of former council leader Gareth Hartley",
      "The jury in the trial of former Wrexham council leader Gareth Hartley, accused of defrauding "
      "the council of £2.1 million through sham consultancy contracts, retired to consider its "
      "verdicts at Mold Crown Court this afternoon. Mr Hartley, 58, denies six counts of fraud."),
    I("hartley-jury", "hj-np", "copy", "northpost", "2 16:00",
      "Jury retires in Hartley fraud trial"),
    I("hartley-verdict", "hv-ww", "original", "wirewide", "3 14:10",
      "Former Welsh council leader found guilty of 2.1 million pound fraud",
      "A jury at Mold Crown Court on Wednesday found Gareth Hartley, a former leader of Wrexham "
      "County Borough Council, guilty of five counts of fraud over sham consultancy contracts worth "
      "2.1 million pounds. He was cleared of a sixth count and will be sentenced in January.",
      city="MOLD"),
    I("hartley-verdict", "hv-hh", "rewrite", "harbour-herald", "3 14:40",
      "Gareth Hartley guilty: ex-council leader convicted of £2.1m fraud",
      "Former Wrexham council leader Gareth Hartley has been found guilty of fraud after a "
      "five-week trial. A jury at Mold Crown Court convicted the 58-year-old of five counts relating "
      "to £2.1m of sham consultancy contracts, and cleared him of one. He will be sentenced on 22 "
      "January."),
    I("hartley-verdict", "hv-np", "copy", "northpost", "3 14:55",
      "Hartley guilty of £2.1m council fraud"),
    I("hartley-verdict", "hv-civic", "rewrite", "civic-times", "3 15:30",
      "Ex-council boss Gareth Hartley convicted over £2.1m sham contracts",
      "Gareth Hartley, who led Wrexham County Borough Council for six years, was convicted today of "
      "five fraud charges linked to £2.1 million in sham consultancy contracts. Jurors at Mold Crown "
      "Court acquitted him on a sixth charge. Sentencing is set for January 22."),
    I("-", "civic-tram", "lookalike", "civic-times", "3 10:20",
      "Sheffield tram-train extension to Rotherham gets £180m go-ahead",
      "Plans to extend Sheffield's tram-train line through Rotherham to Parkgate and beyond won "
      "£180 million in government funding today, with construction expected to begin in 2028 and "
      "services to start three years later."),

    # shetland-launch: wire original, title-only, HTML copy, long feature
    I("shetland-launch", "sl-ww", "original", "wirewide", "2 09:50",
      "Launch of first orbital rocket from Shetland postponed due to high winds",
      "The first attempt to send a rocket into orbit from SaxaVord Spaceport on the Shetland island "
      "of Unst was called off on Tuesday because of strong upper-level winds, launch company Boreal "
      "Launch said. The next attempt could come as early as Friday, weather permitting.",
      city="LERWICK"),
    I("shetland-launch", "sl-np", "copy", "northpost", "2 10:15",
      "Shetland rocket launch postponed due to high winds"),
    I("shetland-launch", "sl-hh", "copy", "harbour-herald", "2 10:40",
      "Unst rocket launch scrubbed as winds too strong", "=sl-ww"),
    I("shetland-launch", "sl-long", "rewrite", "longread-review", "2 17:00",
      "Wind stops Shetland’s first orbital launch – for now",
      "The countdown had already been paused twice when Boreal Launch called it off shortly after "
      "9am on Tuesday. High above Unst, the northernmost inhabited island in the British Isles, "
      "jet-stream winds were blowing at more than 200 km/h, well beyond what the company’s Skua-1 "
      "rocket is designed to fly through.\n\n"
      "The scrub was a disappointment for the few hundred people who had gathered at viewing points "
      "since before dawn, and for an industry that has waited years for the first orbital launch "
      "from British soil to succeed. It was not, the company insisted, a setback.\n\n"
      "“We always said weather would decide the date,” Boreal’s chief executive, Ingrid Halvorsen, "
      "told reporters in Lerwick. “The vehicle is healthy, the pad is healthy, and we will be back "
      "as soon as the winds allow – possibly as early as Friday.”\n\n"
      "The 20-metre rocket is meant to carry three small satellites into a polar orbit, including "
      "an Earth-observation cubesat built by university students. Polar orbits are the reason the "
      "spaceport was built on Unst: rockets can fly due north over open sea without passing over "
      "populated areas.\n\n"
      "Launch windows at this time of year are short. Shetland gets less than six hours of daylight "
      "in mid-December, and while rockets do not need daylight, recovery boats and range safety "
      "aircraft prefer it. Strong winds are also common.\n\n"
      "The Civil Aviation Authority licensed the launch last month. If Friday’s window is missed, "
      "Boreal has reserved further slots until the end of January."),

    # English weather series (template twins), North Post generic titles, a single
    I("-", "wx-d2", "template", "harbour-herald", "2 05:45",
      "Weather: Cold and bright today with a hard frost tonight",
      "A cold but bright day for most of us, with long spells of sunshine once early fog clears. "
      "Highs of 4C to 6C. Clear skies tonight bring a widespread hard frost, with lows of minus 5C "
      "in rural areas."),
    I("-", "wx-d3", "template", "harbour-herald", "3 05:45",
      "Weather: Cold and grey today with patchy frost tonight",
      "A cold and grey day for most of us, with low cloud slow to clear and the odd spot of drizzle "
      "near the coast. Highs of 3C to 5C. Patchy frost tonight, with lows of minus 2C in sheltered "
      "spots."),
    I("-", "np-charged-1", "lookalike", "northpost", "1 12:20",
      "Man charged after police chase in Inverness"),
    I("-", "np-rescued-1", "lookalike", "northpost", "2 07:30", "Woman rescued from river"),
    I("-", "np-charged-2", "lookalike", "northpost", "3 11:05", "Man charged after Dundee break-in"),
    I("-", "np-rescued-2", "lookalike", "northpost", "3 16:40",
      "Woman rescued from cliff at Stonehaven"),
    I("-", "dl-redpanda", "single", "dailyledger", "1 08:00",
      "Brookhaven Zoo names red panda cub Maple after public vote",
      "A red panda cub born at Brookhaven Zoo in August has been named Maple after more than 14,000 "
      "people voted in an online poll. The cub will go on public display with her mother next "
      "month."),

    # ------------------------------------------------------------------ DE
    I("frankfurt-stellwerk", "fs-dpn", "original", "dpn", "1 05:50",
      "Stellwerksstörung legt Frankfurter Hauptbahnhof lahm",
      "Eine Störung im Stellwerk hat am Montagmorgen den Zugverkehr am Frankfurter Hauptbahnhof "
      "weitgehend zum Erliegen gebracht. Nach Angaben der Deutschen Bahn können seit etwa 5.00 Uhr "
      "nur wenige Fern- und Regionalzüge den Bahnhof anfahren; mehrere ICE-Verbindungen enden in "
      "Frankfurt-Süd oder am Flughafen. Die S-Bahn-Linien im Tunnel sind nicht betroffen.",
      city="FRANKFURT"),
    I("frankfurt-stellwerk", "fs-sp", "copy", "spreeportal", "1 06:20",
      "Störung im Stellwerk: Chaos am Frankfurter Hauptbahnhof"),
    I("frankfurt-stellwerk", "fs-rb", "copy", "rheinblatt", "1 06:35",
      "Frankfurt: Stellwerksstörung legt Hauptbahnhof lahm",
      "Eine Stellwerksstörung hat am Montagmorgen den Zugverkehr am Frankfurter Hauptbahnhof "
      "weitgehend lahmgelegt. Seit etwa 5 Uhr fahren nur wenige Fern- und Regionalzüge den Bahnhof "
      "an, mehrere ICE enden in Frankfurt-Süd oder am Flughafen, teilte die Deutsche Bahn mit."),
    I("frankfurt-stellwerk", "fs-ak", "cut", "alpenkurier", "1 07:00",
      "Bahnchaos in Frankfurt: Stellwerk gestört", "=fs-dpn"),
    I("frankfurt-stellwerk", "fs-ab", "rewrite", "abendbote", "1 18:00",
      "Ein Bauteil, tausende gestrandete Pendler: Der Tag, an dem der Frankfurter Hauptbahnhof stillstand",
      "Die Anzeigetafel in der Haupthalle zeigt um halb acht fast nur noch ein Wort: „Ausfall“. "
      "Darunter stehen Hunderte Menschen mit Rollkoffern und Kaffeebechern und starren auf ihre "
      "Telefone. Seit kurz nach fünf Uhr am Montagmorgen geht am Frankfurter Hauptbahnhof, einem der "
      "größten Bahnknoten Deutschlands, kaum noch etwas. Eine Störung im Stellwerk hat den "
      "Zugverkehr weitgehend lahmgelegt.\n\n"
      "Nach Angaben der Deutschen Bahn konnten über Stunden nur einzelne Fern- und Regionalzüge den "
      "Kopfbahnhof anfahren. Mehrere ICE-Linien endeten vorzeitig in Frankfurt-Süd oder am "
      "Flughafen-Fernbahnhof, Regionalzüge aus dem Taunus und der Wetterau blieben in Bad Vilbel "
      "und Friedberg stehen. Nur die S-Bahnen im Tunnel fuhren weitgehend normal, waren dafür aber "
      "hoffnungslos überfüllt.\n\n"
      "„Ich bin um sechs aus Gießen los und stehe jetzt seit einer Stunde hier“, sagt eine "
      "Studentin, die zu einer Prüfung an die Universität wollte. Ein Geschäftsreisender auf dem "
      "Weg nach Köln hat sein Ticket bereits auf einen Flug umgebucht.\n\n"
      "Die Ursache war am Nachmittag noch nicht abschließend geklärt. Ein Bahnsprecher sprach von "
      "einem defekten Bauteil in der Stromversorgung des Stellwerks, Hinweise auf Sabotage gebe es "
      "nicht. Techniker tauschten das Teil im Laufe des Vormittags aus; gegen 11.30 Uhr begann die "
      "Bahn, den Betrieb schrittweise wieder hochzufahren.\n\n"
      "Bis zum Abend kam es dennoch zu Verspätungen und Zugausfällen im gesamten Rhein-Main-Gebiet, "
      "weil Züge und Personal nicht dort waren, wo sie sein sollten. Die Bahn kündigte an, "
      "Fahrgäste könnten ihre Tickets für Montag flexibel nutzen. Der Fahrgastverband Pro Bahn "
      "forderte, die Stellwerkstechnik in Frankfurt schneller zu modernisieren."),
    I("-", "ffm-markt", "lookalike", "rheinblatt", "1 10:15",
      "Frankfurt: Weihnachtsmarkt auf dem Römerberg öffnet wegen Sturmböen erst am Nachmittag",
      "Wegen angekündigter Sturmböen öffnet der Frankfurter Weihnachtsmarkt auf dem Römerberg am "
      "Montag erst um 14 Uhr. Die Stadt ließ am Vormittag Dekorationen und lose Teile an den Buden "
      "sichern. Das Riesenrad bleibt den ganzen Tag außer Betrieb."),
    I("-", "ke-auftrag", "lookalike", "dpn", "1 09:40",
      "Kessler Antriebstechnik meldet Großauftrag für E-Achsen",
      "Der Esslinger Zulieferer Kessler Antriebstechnik hat nach eigenen Angaben einen Auftrag über "
      "die Lieferung elektrischer Antriebsachsen an einen europäischen Nutzfahrzeughersteller "
      "erhalten. Das Volumen liege im niedrigen dreistelligen Millionenbereich, die Produktion soll "
      "2028 beginnen.", city="STUTTGART"),
    I("-", "sp-unfall-1", "lookalike", "spreeportal", "1 07:40",
      "Unfall auf der A100: Stau bis zum Dreieck Funkturm"),
    I("leipzig-elefant", "le-dpn", "original", "dpn", "2 10:10",
      "Elefantenbaby im Leipziger Zoo geboren",
      "Im Zoo Leipzig ist in der Nacht zum Dienstag ein Elefantenbulle zur Welt gekommen. Das "
      "Jungtier wiegt nach ersten Schätzungen rund 110 Kilogramm und hat bereits getrunken, teilte "
      "der Zoo mit. Mutter und Kalb sollen sich zunächst im Elefantenhaus erholen; Besucher können "
      "sie ab dem Wochenende sehen.", city="LEIPZIG"),
    I("leipzig-elefant", "le-sp", "copy", "spreeportal", "2 10:40",
      "Leipzig: Elefantenbaby im Zoo geboren 🐘"),
    I("leipzig-elefant", "le-rb", "copy", "rheinblatt", "2 11:00",
      "Nachwuchs in Leipzig: Elefantenbulle geboren", "=le-dpn"),
    I("-", "rb-bonn", "lookalike", "rheinblatt", "2 13:30",
      "Bonn: Stadt verlängert Öffnungszeiten der Hallenbäder im Winter",
      "Die Stadt Bonn verlängert von Januar an die Öffnungszeiten ihrer drei Hallenbäder. An "
      "Wochentagen öffnen die Bäder bereits um 6.30 Uhr, am Wochenende bis 20 Uhr. Der Stadtrat "
      "hatte dafür zusätzliches Personal bewilligt."),
    I("-", "sp-potsdam", "single", "spreeportal", "2 15:50",
      "Potsdam: Park Sanssouci nachts künftig geschlossen"),
    I("-", "ejp-di", "template", "rheinblatt", "2 19:30",
      "Eurojackpot-Zahlen vom Dienstag, 15.12.2026: Die Gewinnzahlen",
      "Die Eurojackpot-Zahlen vom Dienstag, 15. Dezember 2026, lauten: 7, 18, 23, 31, 46. Die "
      "Eurozahlen sind 2 und 9. Im Jackpot lagen 54 Millionen Euro. Alle Angaben ohne Gewähr."),
    I("kessler-insolvenz", "ke-dpn", "original", "dpn", "3 11:30",
      "Autozulieferer Kessler Antriebstechnik stellt Insolvenzantrag – 1.200 Jobs betroffen",
      "Der Autozulieferer Kessler Antriebstechnik aus Esslingen hat beim Amtsgericht Stuttgart "
      "einen Antrag auf Insolvenz in Eigenverwaltung gestellt. Betroffen sind rund 1.200 "
      "Beschäftigte an drei Standorten in Baden-Württemberg. Löhne und Gehälter sind nach "
      "Unternehmensangaben über das Insolvenzgeld bis Ende Februar gesichert.", city="STUTTGART"),
    I("kessler-insolvenz", "ke-ak", "cut", "alpenkurier", "3 12:10",
      "Kessler Antriebstechnik ist insolvent", "=ke-dpn"),
    I("kessler-insolvenz", "ke-rb", "rewrite", "rheinblatt", "3 12:45",
      "Insolvenz bei Kessler: Zittern um 1.200 Arbeitsplätze",
      "Schock für die Belegschaft: Der Esslinger Zulieferer Kessler Antriebstechnik ist "
      "zahlungsunfähig und hat Insolvenz in Eigenverwaltung beantragt. Rund 1.200 Menschen in "
      "Esslingen, Reutlingen und Heilbronn bangen um ihre Jobs. Das Insolvenzgeld sichert die Löhne "
      "bis Ende Februar."),
    I("kessler-insolvenz", "ke-ww", "translation", "wirewide", "3 13:30",
      "German auto supplier Kessler Antriebstechnik files for insolvency",
      "German car parts maker Kessler Antriebstechnik has filed for self-administered insolvency at "
      "a Stuttgart court, putting about 1,200 jobs at three sites in Baden-Wuerttemberg at risk, the "
      "company said on Wednesday.", city="FRANKFURT"),
    I("-", "sp-unfall-2", "lookalike", "spreeportal", "3 16:15",
      "Unfall auf der B96: Fahrbahn Richtung Oranienburg gesperrt"),
    I("lotto-mittwoch", "lotto-mi", "template", "rheinblatt", "3 18:40",
      "Lottozahlen vom Mittwoch, 16.12.2026: Die Gewinnzahlen im Lotto 6aus49",
      "Die Lottozahlen vom Mittwoch, 16. Dezember 2026, lauten: 5, 12, 19, 28, 36, 44. Die "
      "Superzahl ist die 3. Im Jackpot lagen rund 9 Millionen Euro. Alle Angaben ohne Gewähr."),
    I("lotto-mittwoch", "lotto-mi-ak", "copy", "alpenkurier", "3 19:00", "=lotto-mi", "=lotto-mi"),

    # ------------------------------------------------------------------ FR
    I("ligue1-rennes-havre", "l1h-rennes", "template", "ouest-matin", "1 06:30",
      "Ligue 1 : Rennes 3-0 Le Havre, le Stade rennais enchaîne",
      "Le Stade rennais a dominé Le Havre 3-0 dimanche soir au Roazhon Park, lors de la 16e journée "
      "de Ligue 1. Les Rouge et Noir, qui signent un troisième succès consécutif, remontent à la "
      "sixième place."),
    I("-", "l1h-monaco", "template", "ouest-matin", "1 06:40",
      "Ligue 1 : Monaco 3-0 Lorient, l’ASM sans trembler",
      "L’AS Monaco s’est imposée 3-0 face à Lorient dimanche au stade Louis-II, lors de la 16e "
      "journée de Ligue 1. Les Monégasques, qui menaient déjà 2-0 à la pause, restent au contact du "
      "podium."),
    I("ligue1-rennes-havre", "l1h-rennes-gaz", "copy", "gazette-libre", "1 07:50",
      "=l1h-rennes", "=l1h-rennes"),
    I("marseille-dockers", "md-afn", "original", "afn", "1 08:10",
      "Marseille-Fos : grève des dockers, une trentaine de navires bloqués",
      "Une grève des dockers et des agents portuaires paralyse depuis lundi matin les terminaux de "
      "Marseille-Fos, premier port de France. Selon le Grand port maritime, une trentaine de navires "
      "attendent au large. La CGT proteste contre un projet de réforme du régime de retraite des "
      "métiers portuaires et annonce un mouvement de 72 heures."),
    I("marseille-dockers", "md-lecho", "copy", "lecho-rhone", "1 09:00",
      "Port de Marseille-Fos : 72 heures de grève, les navires en rade", "=md-afn"),
    I("marseille-dockers", "md-om", "rewrite", "ouest-matin", "1 09:45",
      "Grève au port de Marseille-Fos : trente navires à l’arrêt",
      "Les dockers de Marseille-Fos ont entamé lundi une grève de 72 heures à l’appel de la CGT. "
      "Une trentaine de navires patientent au large, selon le Grand port maritime."),
    I("marseille-dockers", "md-gaz", "copy", "gazette-libre", "1 11:00",
      "Marseille : les dockers en grève pour trois jours", "=md-om"),
    I("-", "marseille-ferry", "lookalike", "afn", "1 15:30",
      "Marseille : un ferry pour la Corse immobilisé à quai après une avarie",
      "Un ferry qui devait relier Marseille à Ajaccio lundi soir a été immobilisé à quai après une "
      "avarie sur l’un de ses moteurs. Les 600 passagers ont été réacheminés sur d’autres navires, a "
      "indiqué la compagnie, qui précise que l’incident est sans lien avec la grève sur le port."),
    I("metro-ligne14", "m14-afn", "original", "afn", "2 07:20",
      "Paris : la ligne 14 du métro interrompue pendant trois heures après une panne",
      "La ligne 14 du métro parisien, entièrement automatique, a été interrompue mardi entre 6 h 05 "
      "et 9 h 10 sur l’ensemble de son tracé après une panne informatique du système de pilotage, a "
      "indiqué la RATP. Des dizaines de milliers de voyageurs ont dû se reporter sur les lignes 1, 4 "
      "et 13 et sur le RER.", link=AFN_M14),
    I("metro-ligne14", "m14-gaz", "copy", "gazette-libre", "2 09:40",
      "Métro : la ligne 14 à l’arrêt pendant trois heures ce mardi matin", "=m14-afn",
      link=AFN_M14),
    I("metro-ligne14", "m14-lecho", "rewrite", "lecho-rhone", "2 10:15",
      "Métro parisien : trois heures de panne sur la ligne 14 à l’heure de pointe",
      "Panne à l’heure de pointe sur la ligne 14 : le trafic a été totalement interrompu mardi matin "
      "pendant plus de trois heures, en raison d’une défaillance informatique du système de "
      "pilotage automatique, selon la RATP."),
    I("-", "gaz-bordeaux", "single", "gazette-libre", "2 14:30",
      "Bordeaux : le marché de Noël prolongé jusqu’au 3 janvier",
      "Face à l’affluence, la mairie de Bordeaux a décidé de prolonger le marché de Noël des allées "
      "de Tourny jusqu’au 3 janvier. Une soixantaine de chalets resteront ouverts tous les jours de "
      "11 heures à 20 heures."),
    I("nantes-entrepot", "ne-om", "original", "ouest-matin", "3 06:15",
      "Nantes : un entrepôt détruit par un incendie dans la nuit, pas de blessé",
      "Un entrepôt de 4 000 m² a été entièrement détruit par un incendie dans la nuit de mardi à "
      "mercredi dans la zone industrielle de Cheviré, à Nantes. Quatre-vingts pompiers ont été "
      "mobilisés. Aucun blessé n’est à déplorer, mais un panache de fumée noire était visible depuis "
      "le périphérique."),
    I("nantes-entrepot", "ne-afn", "rewrite", "afn", "3 07:30",
      "Nantes : un entrepôt de 4 000 m² ravagé par les flammes",
      "Un entrepôt de 4 000 m² de la zone industrielle de Cheviré, à Nantes, a été détruit dans la "
      "nuit de mardi à mercredi par un incendie qui a mobilisé 80 pompiers, selon les secours de "
      "Loire-Atlantique. Il n’y a pas de blessé."),
    I("nantes-entrepot", "ne-lecho", "copy", "lecho-rhone", "3 08:20",
      "Incendie à Nantes : un entrepôt détruit dans la zone de Cheviré", "=ne-afn"),
    I("-", "nantes-gratuit", "lookalike", "ouest-matin", "3 12:00",
      "Nantes : les transports en commun bientôt gratuits pour les moins de 18 ans",
      "La maire de Nantes a annoncé mercredi que les bus et tramways de la métropole seront gratuits "
      "pour les moins de 18 ans à partir de la rentrée 2027. La mesure coûtera environ 9 millions "
      "d’euros par an."),

    # ------------------------------------------------------------------ ES
    I("sevilla-limpieza", "se-ibera", "original", "ibera", "1 07:00",
      "Huelga indefinida de la limpieza en Sevilla: los contenedores se desbordan en el centro",
      "Los trabajadores de Lipasam, la empresa municipal de limpieza de Sevilla, iniciaron este lunes "
      "una huelga indefinida para reclamar la contratación de 250 nuevos operarios. Los servicios "
      "mínimos del 30 % no han evitado que se acumulen residuos en el centro histórico y en Triana.",
      city="SEVILLA"),
    I("sevilla-limpieza", "se-meseta", "rewrite", "meseta", "1 08:30",
      "Sevilla amanece con basura acumulada en el primer día de huelga de limpieza",
      "La huelga indefinida de Lipasam ha dejado este lunes las primeras imágenes de contenedores "
      "desbordados en el centro de Sevilla y en Triana. La plantilla reclama 250 nuevas "
      "contrataciones; el Ayuntamiento fijó unos servicios mínimos del 30 %."),
    I("sevilla-limpieza", "se-faro", "cut", "el-faro", "1 09:10",
      "Huelga de limpieza en Sevilla: contenedores desbordados", "=se-ibera"),
    I("-", "am-ruta", "lookalike", "meseta", "1 10:30",
      "Aerolíneas Mediterráneas abrirá una ruta directa entre Valencia y Bogotá",
      "Aerolíneas Mediterráneas operará a partir de junio una ruta directa entre Valencia y Bogotá "
      "con tres frecuencias semanales, según anunció este lunes la compañía. Es la primera conexión "
      "transatlántica de la aerolínea."),
    I("-", "se-catedral", "lookalike", "ibera", "1 13:00",
      "Detenido un hombre por intentar robar un cáliz de la catedral de Sevilla",
      "La Policía Nacional detuvo este lunes a un hombre de 41 años que presuntamente intentó "
      "sustraer un cáliz de plata de una de las capillas de la catedral de Sevilla. Un vigilante lo "
      "sorprendió cuando trataba de salir del templo con la pieza escondida en una mochila.",
      city="SEVILLA"),
    I("ibex-d1", "ibex-d1", "template", "ibera", "1 16:50",
      "El Ibex 35 cierra con una subida del 0,7% y recupera los 13.400 puntos",
      "El Ibex 35 cerró este lunes con una subida del 0,7%, hasta los 13.412,6 puntos, impulsado por "
      "la banca y las eléctricas. Entre los valores más alcistas destacaron los del sector "
      "financiero, mientras que las tecnológicas cedieron terreno.", link=IBERA_IBEX),
    I("ibex-d1", "ibex-d1-faro", "copy", "el-faro", "1 17:10", "=ibex-d1", "=ibex-d1",
      link=IBERA_IBEX),
    I("-", "ibex-d2", "template", "ibera", "2 16:50",
      "El Ibex 35 cierra con una caída del 0,7% y pierde los 13.400 puntos",
      "El Ibex 35 cerró este martes con una caída del 0,7%, hasta los 13.318,2 puntos, lastrado por "
      "la banca y las petroleras. Solo las eléctricas y algunas tecnológicas lograron cerrar en "
      "positivo."),
    I("barcelona-apagon", "ba-ibera", "original", "ibera", "2 18:20",
      "Un apagón deja sin luz a 150.000 hogares en Barcelona durante dos horas",
      "Un apagón dejó sin suministro eléctrico a unos 150.000 hogares de los distritos de Sant Martí, "
      "Eixample y Gràcia, en Barcelona, durante cerca de dos horas este martes por la tarde. La "
      "compañía distribuidora atribuyó el corte a una avería en una subestación de Poblenou. Varios "
      "semáforos dejaron de funcionar y los bomberos rescataron a 14 personas atrapadas en "
      "ascensores.", city="BARCELONA"),
    I("barcelona-apagon", "ba-meseta", "copy", "meseta", "2 19:00",
      "Apagón en Barcelona: 150.000 hogares sin luz y rescates en ascensores", "=ba-ibera"),
    I("barcelona-apagon", "ba-faro", "cut", "el-faro", "2 19:30",
      "Gran apagón en Barcelona",
      "Una avería en una subestación de Poblenou dejó este martes sin luz a unos 150.000 hogares de "
      "Barcelona durante casi dos horas. Los bomberos atendieron 14 rescates en ascensores."),
    I("barcelona-apagon", "ba-ww", "translation", "wirewide", "2 20:10",
      "Power cut leaves 150,000 Barcelona homes in the dark for two hours",
      "About 150,000 homes in Barcelona lost power for nearly two hours on Tuesday evening after a "
      "fault at a substation in the Poblenou district, the local distributor said. Firefighters "
      "freed 14 people trapped in lifts.", city="BARCELONA"),
    I("aerolineas-med", "am-ibera", "original", "ibera", "3 06:40",
      "Aerolíneas Mediterráneas cancela 80 vuelos por la huelga de sus pilotos",
      "Aerolíneas Mediterráneas ha cancelado 80 vuelos programados para este miércoles, la mayoría "
      "con origen o destino en Palma, Ibiza y Valencia, por la huelga de sus pilotos. Unos 9.000 "
      "pasajeros se ven afectados; la compañía ofrece reubicación o reembolso.", city="PALMA"),
    I("aerolineas-med", "am-meseta", "copy", "meseta", "3 07:20",
      "Huelga de pilotos: Aerolíneas Mediterráneas cancela 80 vuelos", "=am-ibera"),
    I("aerolineas-med", "am-faro", "cut", "el-faro", "3 08:00",
      "80 vuelos cancelados en Aerolíneas Mediterráneas", "=am-ibera"),
    I("-", "faro-malaga", "single", "el-faro", "3 13:20",
      "Málaga aprueba la ampliación del paseo marítimo hasta El Palo",
      "El Ayuntamiento de Málaga ha aprobado este miércoles el proyecto para ampliar el paseo "
      "marítimo en un tramo de 1,2 kilómetros hasta El Palo, con una inversión de 14 millones de "
      "euros."),

    # ------------------------------------------------------------------ DA
    I("storebaelt", "sb-dt", "original", "dt", "1 06:10",
      "Storebæltsbroen lukket for højvognede køretøjer på grund af storm",
      "Storebæltsbroen er mandag morgen lukket for motorcykler, campingvogne og højvognede "
      "køretøjer med let last på grund af vindstød af stormstyrke. Sund & Bælt forventer, at "
      "restriktionerne gælder mindst til klokken 14. Togtrafikken over Storebælt kører med nedsat "
      "hastighed."),
    I("storebaelt", "sb-nj", "copy", "nordjysk", "1 06:40",
      "Storm: Storebæltsbroen lukket for høje køretøjer", "=sb-dt"),
    I("storebaelt", "sb-kbh", "rewrite", "kbh-avis", "1 07:30",
      "Skal du over Storebælt i dag? Broen er lukket for lette, høje køretøjer",
      "Blæsten lukker Storebæltsbroen for motorcykler, campingvogne og høje køretøjer med let last "
      "mandag formiddag. Sund & Bælt venter tidligst at åbne for alle klokken 14. Togene kører over "
      "Storebælt, men langsommere end normalt."),
    I("-", "kbh-trae", "lookalike", "kbh-avis", "1 11:15",
      "Københavns Kommune vil plante 10.000 nye træer i 2027",
      "Københavns Kommune vil plante 10.000 nye træer i løbet af 2027, primært i Nordvest, på "
      "Amager og i Valby. Planen koster 62 millioner kroner og blev vedtaget i Teknik- og "
      "Miljøudvalget mandag."),
    I("aalborg-lufthavn", "al-nj", "original", "nordjysk", "2 07:10",
      "Fly gled af landingsbanen i Aalborg Lufthavn – ingen kom til skade",
      "Et passagerfly med 68 personer om bord gled tirsdag morgen af landingsbanen i Aalborg "
      "Lufthavn efter landing fra København. Ingen kom til skade, og passagererne blev kørt i bus "
      "til terminalen. Lufthavnen er lukket for trafik, mens flyet bliver fjernet, og flere afgange "
      "er aflyst."),
    I("trafik-d2", "trafik-d2", "template", "dt", "2 06:30",
      "Morgentrafik: Kø på Motorring 3 mod nord og på Køge Bugt Motorvejen",
      "Morgentrafikken omkring København er tirsdag præget af kø på Motorring 3 i nordgående retning "
      "mellem Avedøre og Jyllingevej og på Køge Bugt Motorvejen mod København fra Greve. Der er "
      "ingen større uheld."),
    I("trafik-d2", "trafik-d2-nj", "copy", "nordjysk", "2 06:50", "=trafik-d2", "=trafik-d2"),
    I("aalborg-lufthavn", "al-dt", "rewrite", "dt", "2 07:45",
      "Fly kørte af banen i Aalborg: Lufthavnen lukket",
      "Aalborg Lufthavn er tirsdag morgen lukket, efter at et fly med 68 personer om bord kørte af "
      "landingsbanen ved landing. Der er ingen tilskadekomne, oplyser Nordjyllands Politi. "
      "Havarikommissionen er på vej."),
    I("aalborg-lufthavn", "al-kbh", "copy", "kbh-avis", "2 08:30",
      "Aalborg Lufthavn lukket efter fly kørte af banen", "=al-dt"),
    I("-", "al-terminal", "lookalike", "nordjysk", "2 13:00",
      "Aalborg Lufthavn får ny terminal til 600 millioner kroner",
      "Aalborg Lufthavn har fået grønt lys til at bygge en ny afgangsterminal til 600 millioner "
      "kroner. Byggeriet skal begynde til sommer og stå færdigt i 2029, oplyser lufthavnen."),
    I("-", "trafik-d3", "template", "dt", "3 06:30",
      "Morgentrafik: Kø på Motorring 3 mod syd og på Helsingørmotorvejen",
      "Morgentrafikken omkring København er onsdag præget af kø på Motorring 3 i sydgående retning "
      "mellem Lyngby og Brøndby og på Helsingørmotorvejen mod København fra Nærum. Der er ingen "
      "større uheld."),
    I("-", "dt-jul", "single", "dt", "3 09:30",
      "Rekordmange vil tage toget hjem til jul",
      "DSB har solgt 18 procent flere pladsbilletter til perioden fra 18. til 27. december end sidste "
      "år. Selskabet indsætter ekstra afgange mellem København og Aarhus."),

    # ------------------------------------------------------------------ RU
    I("peterburg-gololed", "pg-ria", "original", "ria-vostok", "1 07:30",
      "В Петербурге за выходные более 300 человек пострадали из-за гололёда",
      "Более 300 человек обратились в травмпункты Санкт-Петербурга за выходные из-за гололёда, "
      "сообщили в городском комитете по здравоохранению. Большинство пострадавших получили "
      "переломы рук и ног. Горожан призвали носить обувь с рифлёной подошвой, а управляющие "
      "компании — посыпать тротуары песком."),
    I("peterburg-gololed", "pg-md", "copy", "moskva-dnya", "1 08:15",
      "Гололёд в Петербурге: более 300 человек в травмпунктах", "=pg-ria"),
    I("peterburg-gololed", "pg-kl", "rewrite", "kavkaz-lenta", "1 09:30",
      "Более трёхсот петербуржцев пострадали от гололёда за выходные",
      "В Санкт-Петербурге за два выходных дня более 300 человек получили травмы из-за гололёда, в "
      "основном переломы конечностей, сообщили в комитете по здравоохранению.",
      city="САНКТ-ПЕТЕРБУРГ"),
    I("-", "pg-yolka", "lookalike", "moskva-dnya", "1 14:00",
      "В Петербурге на Дворцовой площади зажгли главную новогоднюю ёлку",
      "В понедельник вечером на Дворцовой площади в Санкт-Петербурге зажгли главную новогоднюю ёлку "
      "города высотой 25 метров. Её украсили 3 тысячами шаров и светодиодными гирляндами."),
    I("moex-d1", "moex-d1", "template", "ria-vostok", "1 16:00",
      "Индекс Мосбиржи завершил торги ростом на 1,1%",
      "Индекс Московской биржи по итогам торгов в понедельник вырос на 1,1%, до 2 874,5 пункта. "
      "Лидерами роста стали акции нефтяных и металлургических компаний. Индекс РТС прибавил 1,4%."),
    I("moex-d1", "moex-d1-md", "copy", "moskva-dnya", "1 16:30", "=moex-d1", "=moex-d1"),
    I("-", "moex-d2", "template", "ria-vostok", "2 16:00",
      "Индекс Мосбиржи завершил торги снижением на 0,6%",
      "Индекс Московской биржи по итогам торгов во вторник снизился на 0,6%, до 2 857,3 пункта. "
      "Наибольшее снижение показали акции банков и девелоперов. Индекс РТС потерял 0,9%."),
    I("kazan-posadka", "kp-ria", "original", "ria-vostok", "3 08:50",
      "Самолёт «Тундра-Авиа» экстренно сел в Казани из-за отказа двигателя",
      "Пассажирский самолёт авиакомпании «Тундра-Авиа», выполнявший рейс из Новосибирска в Москву, "
      "в среду утром совершил вынужденную посадку в Казани из-за отказа одного из двигателей. На "
      "борту находились 164 пассажира и шесть членов экипажа, никто не пострадал. Транспортная "
      "прокуратура начала проверку."),
    I("kazan-posadka", "kp-md", "copy", "moskva-dnya", "3 09:30",
      "Самолёт с 170 людьми на борту аварийно сел в Казани", "=kp-ria"),
    I("-", "ria-ekb", "lookalike", "ria-vostok", "3 13:00",
      "В Екатеринбурге открылся ледовый городок на площади 1905 года",
      "В Екатеринбурге в среду открылся ледовый городок на площади 1905 года. В этом году в нём "
      "установлены 40 ледяных скульптур и горка длиной 60 метров, вход свободный."),

    # ------------------------------------------------------------------ IT
    I("roma-sciopero", "rs-italo", "original", "italo", "1 05:45",
      "Roma, sciopero dei trasporti di 24 ore: metro A e C a rischio",
      "Lunedì di sciopero per il trasporto pubblico a Roma: l’agitazione di 24 ore proclamata da "
      "alcune sigle sindacali riguarda bus, tram e metropolitane dell’Atac. Le corse sono garantite "
      "solo dalle 5.30 alle 8.30 e dalle 17 alle 20. A rischio soprattutto le linee A e C della "
      "metro."),
    I("roma-sciopero", "rs-lampo", "copy", "lampo24", "1 06:15",
      "Sciopero Atac oggi a Roma: orari e fasce di garanzia", "=rs-italo"),
    I("roma-sciopero", "rs-cv", "rewrite", "corriere-valle", "1 07:00",
      "Roma, trasporti fermi per 24 ore: bus e metro garantiti solo nelle fasce protette",
      "Giornata difficile per chi si muove a Roma con i mezzi pubblici: sciopero di 24 ore di bus, "
      "tram e metro Atac. Servizio garantito dalle 5.30 alle 8.30 e dalle 17 alle 20."),
    I("-", "rs-cornicione", "lookalike", "corriere-valle", "1 12:30",
      "Roma, crolla un cornicione a Trastevere: sfiorati due passanti",
      "Paura lunedì mattina a Trastevere, dove un pezzo di cornicione si è staccato dalla facciata "
      "di un palazzo e si è schiantato sul marciapiede, sfiorando due passanti. I vigili del fuoco "
      "hanno transennato l’area."),
    I("-", "sa-uc", "template", "italo", "1 19:50",
      "Serie A: Udinese-Cagliari 1-1, un punto a testa",
      "Udinese e Cagliari pareggiano 1-1 nel primo dei due posticipi del lunedì della 16ª giornata "
      "di Serie A. Sardi avanti dopo venti minuti, pari friulano di testa a inizio ripresa.",
      city="UDINE"),
    I("seriea-bologna-genoa", "sa-bg", "template", "italo", "1 21:55",
      "Serie A: Bologna-Genoa 1-1, pari al Dall’Ara",
      "Finisce 1-1 il posticipo del lunedì della 16ª giornata di Serie A tra Bologna e Genoa allo "
      "stadio Dall’Ara. Padroni di casa in vantaggio nel primo tempo, pareggio ligure su rigore al "
      "78’.", city="BOLOGNA"),
    I("seriea-bologna-genoa", "sa-bg-lampo", "copy", "lampo24", "1 22:20", "=sa-bg", "=sa-bg"),
    I("etna", "et-italo", "original", "italo", "2 06:20",
      "Etna, nuova fontana di lava: limitazioni ai voli all’aeroporto di Catania",
      "Una nuova fontana di lava è iniziata nella notte dal cratere di Sud-Est dell’Etna, con una "
      "nube di cenere alta fino a 8 chilometri. All’aeroporto di Catania arrivi e partenze sono "
      "limitati a quattro movimenti l’ora fino alle 14, secondo la società di gestione. Cenere è "
      "ricaduta su Zafferana Etnea e Milo.", city="CATANIA"),
    I("etna", "et-cv", "copy", "corriere-valle", "2 07:10",
      "Etna, fontana di lava e nube di cenere: voli limitati a Catania", "=et-italo"),
    I("etna", "et-lampo", "rewrite", "lampo24", "2 07:50",
      "Etna in eruzione, cenere su Zafferana: disagi all’aeroporto di Catania",
      "Spettacolare fontana di lava sull’Etna nella notte: la nube di cenere ha raggiunto gli 8 "
      "chilometri e ha imbiancato Zafferana Etnea e Milo. Voli con limitazioni a Catania fino alle "
      "14."),
    I("etna", "et-ww", "translation", "wirewide", "2 09:00",
      "Etna eruption spews ash column, limits flights at Sicily's Catania airport",
      "Mount Etna produced a fountain of lava overnight and a column of ash up to 8 km high, forcing "
      "Catania airport in Sicily to limit arrivals and departures until 1300 GMT on Tuesday, the "
      "airport operator said.", city="ROME"),
    I("etna", "et-dpn", "translation", "dpn", "2 09:45",
      "Ätna spuckt Lava und Asche – Einschränkungen am Flughafen Catania",
      "Der Ätna auf Sizilien hat in der Nacht eine Lavafontäne und eine bis zu acht Kilometer hohe "
      "Aschewolke ausgestoßen. Am Flughafen Catania waren Starts und Landungen bis zum Nachmittag "
      "nur eingeschränkt möglich.", city="ROM"),
    I("-", "cv-bormio", "lookalike", "corriere-valle", "2 11:40",
      "Valtellina, gli impianti di Bormio aprono con una settimana di anticipo",
      "Grazie alle nevicate dei giorni scorsi gli impianti di risalita di Bormio apriranno sabato, "
      "con una settimana di anticipo sul calendario. Saranno in funzione sei piste su dieci."),
    I("-", "et-ash", "lookalike", "italo", "3 08:00",
      "Etna, cenere su Zafferana: il sindaco chiede lo stato di calamità",
      "Il sindaco di Zafferana Etnea ha chiesto alla Regione Siciliana lo stato di calamità dopo la "
      "ricaduta di cenere vulcanica dell’eruzione di martedì, che ha coperto strade e tetti con uno "
      "strato fino a 3 centimetri. L’aeroporto di Catania è tornato pienamente operativo.",
      city="CATANIA"),

    # ------------------------------------------------------------------ NL
    I("utrecht-explosie", "ue-nnd", "original", "nnd", "1 04:40",
      "Explosie bij woning in Utrecht-Overvecht, gevel zwaar beschadigd",
      "Bij een portiekwoning in Utrecht-Overvecht is in de nacht van zondag op maandag een explosie "
      "geweest. De gevel en de voordeur raakten zwaar beschadigd; bewoners van twaalf woningen zijn "
      "tijdelijk elders opgevangen. Er raakte niemand gewond. De politie onderzoekt of er een "
      "verband is met eerdere explosies in de wijk.", city="UTRECHT"),
    I("utrecht-explosie", "ue-dd", "rewrite", "dagblad-delta", "1 06:00",
      "Explosie in Overvecht: twaalf woningen ontruimd",
      "Een explosie bij een portiekflat in Overvecht heeft vannacht grote schade aangericht. "
      "Bewoners van twaalf woningen zijn ondergebracht bij familie of in een hotel. Gewonden vielen "
      "er niet."),
    I("utrecht-explosie", "ue-hp", "copy", "haagsche-post", "1 06:30",
      "Explosie bij woning in Utrecht, twaalf huishoudens opgevangen"),
    I("-", "visser-plan", "lookalike", "dagblad-delta", "1 10:00",
      "Wethouder Sanne Visser wil 5.000 extra sociale huurwoningen in Amsterdam",
      "De Amsterdamse wethouder Sanne Visser (Wonen) presenteert maandag een plan om tot 2030 "
      "vijfduizend extra sociale huurwoningen te bouwen, vooral in Nieuw-West en Noord. Het plan "
      "moet nog langs de gemeenteraad."),
    I("schiphol-storing", "ams-nnd", "original", "nnd", "2 05:40",
      "Storing in incheck- en bagagesysteem Schiphol: lange rijen en vertragingen",
      "Door een storing in het centrale incheck- en bagagesysteem staan reizigers op Schiphol "
      "dinsdagochtend in lange rijen. Volgens de luchthaven kunnen passagiers alleen met handbagage "
      "online inchecken; ruimbagage wordt handmatig verwerkt. Tientallen vluchten vertrekken met "
      "vertraging.", city="SCHIPHOL"),
    I("schiphol-storing", "ams-dd", "copy", "dagblad-delta", "2 06:20",
      "Lange rijen op Schiphol door storing in bagagesysteem", "=ams-nnd"),
    I("schiphol-storing", "ams-hp", "copy", "haagsche-post", "2 06:45",
      "Storing Schiphol: reizigers uren in de rij"),
    I("schiphol-storing", "ams-hh", "translation", "harbour-herald", "2 08:10",
      "Check-in outage causes long queues at Amsterdam Schiphol",
      "A fault in the central check-in and baggage system at Amsterdam's Schiphol airport caused "
      "long queues on Tuesday morning, with dozens of flights delayed. Passengers were advised to "
      "arrive four hours before departure."),
    I("-", "ue-arrest", "lookalike", "nnd", "2 11:15",
      "Verdachte (19) aangehouden na explosie bij woning in Overvecht",
      "De politie heeft een 19-jarige man uit Nieuwegein aangehouden op verdenking van "
      "betrokkenheid bij de explosie bij een woning in Utrecht-Overvecht, in de nacht van zondag op "
      "maandag. Hij zit vast voor verhoor.", city="UTRECHT"),
    I("-", "ams-pier", "lookalike", "nnd", "2 14:00",
      "Schiphol krijgt nieuwe pier: bouw begint in 2027",
      "Schiphol gaat vanaf 2027 een nieuwe pier met zestien gates bouwen aan de zuidkant van het "
      "terminalgebouw. De pier moet de drukte in de vertrekhal verminderen en in 2031 klaar zijn, "
      "maakte de luchthaven dinsdag bekend.", city="SCHIPHOL"),
    I("visser-opstappen", "vo-nnd", "original", "nnd", "3 16:20",
      "Amsterdamse wethouder Sanne Visser stapt op na integriteitsonderzoek",
      "Wethouder Sanne Visser (Wonen) van Amsterdam is woensdag opgestapt. Een extern "
      "integriteitsonderzoek concludeerde dat zij een vriend had aanbevolen voor een adviesopdracht "
      "van de gemeente zonder dat te melden. Visser zegt dat ze 'geen fout bedoelde, maar wel een "
      "fout maakte'.", city="AMSTERDAM"),
    I("visser-opstappen", "vo-hp", "copy", "haagsche-post", "3 16:50",
      "Wethouder Visser stapt op na integriteitsonderzoek"),

    # ------------------------------------------------------------------ PL
    I("gdansk-stocznia", "gs-paw", "original", "paw", "1 10:30",
      "Pożar w Stoczni Gdańskiej. Płonie kadłub statku w budowie",
      "W poniedziałek rano wybuchł pożar na terenie Stoczni Gdańskiej, gdzie zapalił się kadłub "
      "budowanego statku. Na miejscu pracuje 25 zastępów straży pożarnej. Z hali ewakuowano 140 "
      "pracowników; dwie osoby z objawami podtrucia dymem trafiły do szpitala.", city="Gdańsk"),
    I("gdansk-stocznia", "gs-gw", "cut", "gazeta-wisla", "1 11:00",
      "Ogień w Stoczni Gdańskiej, ewakuowano 140 osób", "=gs-paw"),
    I("gdansk-stocznia", "gs-pm", "copy", "portal-mazowsze", "1 11:20",
      "Pożar w stoczni w Gdańsku", cat="Wiadomości | Kraj"),
    I("poznan-wiadukt", "pz-paw", "original", "paw", "2 08:40",
      "Poznań: wiadukt na Górczynie zamknięty po wykryciu pęknięć",
      "Od wtorku rana jeden z wiaduktów na poznańskim Górczynie jest zamknięty dla ruchu "
      "samochodowego i tramwajowego. Podczas przeglądu technicznego wykryto pęknięcia jednej z "
      "belek nośnych. Według zarządu dróg miejskich zamknięcie potrwa co najmniej dwa tygodnie; "
      "tramwaje kursują objazdami.", city="Poznań"),
    I("poznan-wiadukt", "pz-gw", "cut", "gazeta-wisla", "2 09:20",
      "Pęknięcia na wiadukcie w Poznaniu. Tramwaje jeżdżą objazdami", "=pz-paw"),
    I("poznan-wiadukt", "pz-pm", "copy", "portal-mazowsze", "2 09:45",
      "Poznań: zamknięty wiadukt na Górczynie", cat="Wiadomości | Kraj"),
    I("nbp-d2", "nbp-d2", "template", "paw", "2 11:50",
      "Kursy walut NBP z 15 grudnia 2026. Ile kosztują euro i dolar?",
      "Narodowy Bank Polski opublikował we wtorek, 15 grudnia 2026 roku, tabelę kursów średnich. "
      "Euro kosztuje 4,2215 zł, dolar amerykański 3,6102 zł, frank szwajcarski 4,5530 zł, a funt "
      "brytyjski 4,8437 zł."),
    I("nbp-d2", "nbp-d2-gw", "copy", "gazeta-wisla", "2 12:15", "=nbp-d2", "=nbp-d2"),
    I("-", "nbp-d3", "template", "paw", "3 11:50",
      "Kursy walut NBP z 16 grudnia 2026. Ile kosztują euro i dolar?",
      "Narodowy Bank Polski opublikował w środę, 16 grudnia 2026 roku, tabelę kursów średnich. Euro "
      "kosztuje 4,2190 zł, dolar amerykański 3,6235 zł, frank szwajcarski 4,5611 zł, a funt "
      "brytyjski 4,8392 zł."),
    I("-", "gs-wodowanie", "lookalike", "paw", "3 12:00",
      "W Gdańsku zwodowano pierwszy polski prom elektryczny",
      "W stoczni w Gdańsku zwodowano w środę pierwszy zbudowany w Polsce prom o napędzie "
      "elektrycznym. Jednostka ma od 2027 roku kursować między Gdańskiem a Helem i zabierze "
      "jednorazowo 300 pasażerów.", city="Gdańsk"),
    I("-", "pm-radom", "lookalike", "portal-mazowsze", "3 14:10",
      "Pożar hali w Radomiu", cat="Wiadomości | Kraj"),

    # --------------------------------------------- region: az / hy / ru
    I("lachin-return", "lr-bx", "original", "baku-xeber", "2 09:30",
      "Laçın şəhərinə daha 45 ailə qayıdıb",
      "Böyük Qayıdış proqramı çərçivəsində çərşənbə axşamı Laçın şəhərinə daha 45 ailə – 183 nəfər "
      "köçürülüb. Ailələrə yeni tikilmiş yaşayış binalarında mənzillərin açarları təqdim olunub. "
      "Bununla da şəhərə qayıdan sakinlərin sayı 3 mindən çox olub."),
    I("lachin-return", "lr-qi", "copy", "qarabag-info", "2 10:00",
      "Laçına növbəti köç karvanı: 45 ailə doğma şəhərə qayıdır"),
    I("lachin-return", "lr-kl", "translation", "kavkaz-lenta", "2 11:20",
      "В Лачин вернулись ещё 45 семей",
      "В рамках программы «Великое возвращение» во вторник в город Лачин переселены ещё 45 семей — "
      "183 человека. Им вручены ключи от квартир в новых жилых домах. Общее число вернувшихся в "
      "город жителей превысило 3 тысячи."),
    I("fm-meeting", "fm-yl", "original", "yerevan-lur", "3 08:30",
      "Հայաստանի և Ադրբեջանի ԱԳ նախարարները հանդիպել են Աբու Դաբիում",
      "Հայաստանի և Ադրբեջանի արտաքին գործերի նախարարները չորեքշաբթի հանդիպում են ունեցել Աբու "
      "Դաբիում։ Կողմերը քննարկել են խաղաղության պայմանագրի ստորագրմանն ուղղված հաջորդ քայլերը, "
      "ինչպես նաև տարածաշրջանային հաղորդակցությունների բացման հարցերը։ Պայմանավորվածություն է "
      "ձեռք բերվել շարունակել աշխատանքը փորձագիտական մակարդակով։"),
    I("fm-meeting", "fm-syn", "copy", "syunik-news", "3 09:05",
      "ԱԳ նախարարների հանդիպումը Աբու Դաբիում. քննարկվել է խաղաղության պայմանագիրը", "=fm-yl"),
    I("fm-meeting", "fm-bx", "translation", "baku-xeber", "3 09:40",
      "Azərbaycan və Ermənistanın xarici işlər nazirləri Əbu-Dabidə görüşüb",
      "Azərbaycan və Ermənistanın xarici işlər nazirləri çərşənbə günü Əbu-Dabidə görüş keçiriblər. "
      "Görüşdə sülh sazişinin imzalanması istiqamətində növbəti addımlar və regional "
      "kommunikasiyaların açılması məsələləri müzakirə olunub. Tərəflər işin ekspert səviyyəsində "
      "davam etdirilməsi barədə razılığa gəliblər."),
    I("fm-meeting", "fm-ria", "translation", "ria-vostok", "3 10:15",
      "Главы МИД Армении и Азербайджана встретились в Абу-Даби",
      "Министры иностранных дел Армении и Азербайджана провели в среду встречу в Абу-Даби. Стороны "
      "обсудили дальнейшие шаги к подписанию мирного договора и разблокирование региональных "
      "коммуникаций, сообщили в МИД обеих стран."),
    I("fm-meeting", "fm-kl", "translation", "kavkaz-lenta", "3 11:00",
      "В Абу-Даби прошла встреча министров иностранных дел Армении и Азербайджана",
      "Министры иностранных дел Армении и Азербайджана встретились в среду в Абу-Даби. Обсуждались "
      "подготовка к подписанию мирного договора и открытие коммуникаций в регионе. Работа "
      "продолжится на уровне экспертов.", city="АБУ-ДАБИ"),
    I("-", "yl-dproc", "lookalike", "yerevan-lur", "3 12:20",
      "Երևանի Նոր Նորք վարչական շրջանում բացվել է նոր դպրոց",
      "Երևանի Նոր Նորք վարչական շրջանում չորեքշաբթի բացվել է 960 աշակերտի համար նախատեսված նոր "
      "դպրոց։ Շենքը կառուցվել է սեյսմակայուն տեխնոլոգիաներով և ունի մարզադահլիճ ու լողավազան։"),
    I("-", "lc-mekteb", "lookalike", "baku-xeber", "3 13:10",
      "Laçın şəhərində 600 şagirdlik yeni məktəb istifadəyə verilib",
      "Laçın şəhərində 600 şagird yerlik yeni tam orta məktəb çərşənbə günü istifadəyə verilib. "
      "Məktəbdə 30 sinif otağı, idman zalı və kitabxana fəaliyyət göstərir."),
]

TRAPS = [
    # follow-up
    ("sv-hh", "sv-peak", "follow-up"),
    ("hj-hh", "hv-hh", "follow-up"),
    ("hj-np", "hv-np", "follow-up"),
    ("ue-nnd", "ue-arrest", "follow-up"),
    ("ue-hp", "ue-arrest", "follow-up"),
    ("et-italo", "et-ash", "follow-up"),
    # same-company / same-person
    ("bw-ww", "bw-tariff", "same-company"),
    ("lf-dl", "lf-trial", "same-company"),
    ("lf-ww-u1", "lf-trial", "same-company"),
    ("ke-dpn", "ke-auftrag", "same-company"),
    ("am-meseta", "am-ruta", "same-company"),
    ("visser-plan", "vo-nnd", "same-person"),
    ("visser-plan", "vo-hp", "same-person"),
    # same-place
    ("sv-hh", "shrewsbury-budget", "same-place"),
    ("mf-hh", "mull-distillery", "same-place"),
    ("fs-rb", "ffm-markt", "same-place"),
    ("md-afn", "marseille-ferry", "same-place"),
    ("ne-om", "nantes-gratuit", "same-place"),
    ("se-ibera", "se-catedral", "same-place"),
    ("al-nj", "al-terminal", "same-place"),
    ("pg-md", "pg-yolka", "same-place"),
    ("rs-cv", "rs-cornicione", "same-place"),
    ("ams-nnd", "ams-pier", "same-place"),
    ("gs-paw", "gs-wodowanie", "same-place"),
    ("lr-bx", "lc-mekteb", "same-place"),
    # template twins
    ("wx-d2", "wx-d3", "template"),
    ("lotto-mi", "ejp-di", "template"),
    ("l1h-rennes", "l1h-monaco", "template"),
    ("l1h-rennes-gaz", "l1h-monaco", "template"),
    ("sa-bg", "sa-uc", "template"),
    ("ibex-d1", "ibex-d2", "template"),
    ("ibex-d1-faro", "ibex-d2", "template"),
    ("nbp-d2", "nbp-d3", "template"),
    ("moex-d1", "moex-d2", "template"),
    ("trafik-d2", "trafik-d3", "template"),
    # same-outlet boilerplate
    ("hv-civic", "civic-tram", "boilerplate"),
    ("et-cv", "cv-bormio", "boilerplate"),
    ("ue-dd", "visser-plan", "boilerplate"),
    ("sb-kbh", "kbh-trae", "boilerplate"),
    ("fm-bx", "lc-mekteb", "boilerplate"),
    ("le-rb", "rb-bonn", "boilerplate"),
    ("kp-ria", "ria-ekb", "boilerplate"),
    ("fm-yl", "yl-dproc", "boilerplate"),
    # generic titles with empty / teaser summaries
    ("np-charged-1", "np-charged-2", "generic-title"),
    ("np-rescued-1", "np-rescued-2", "generic-title"),
    ("lf-pulse", "pulse-pound", "generic-title"),
    ("sp-unfall-1", "sp-unfall-2", "generic-title"),
    ("gs-pm", "pm-radom", "generic-title"),
]
