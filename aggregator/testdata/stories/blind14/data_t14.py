# Tuning half t14: 2026-12-07 (stage 1) .. 2026-12-09 (stage 3).
# I(story, key, kind, outlet, "day HH:MM", title, text, **extra)
#   story "-"  -> the item has its own label (= key)
#   "=key"     -> same title/text as that item (near-verbatim copy)
#   text is plain; build.py wraps it in the outlet's HTML/boilerplate/cut.
#   Title-only and teaser outlets get no text (teaser outlets get cat=...).
HALF = "t14"
BASE = "2026-12-07"


def I(story, key, kind, outlet, when, title, text="", **kw):
    d = dict(story=story, key=key, kind=kind, outlet=outlet, when=when, title=title, text=text)
    d.update(kw)
    return d


WW_WM = "https://www.wirewide.com/article/britain-rail-westmoor-fine-idWW7730412"
DT_M3 = "https://dt.dk/telegram/5518820"
SHARED_LINKS = [WW_WM, DT_M3]

ITEMS = [
    # ------------------------------------------------------------------ EN
    # storm-isolde: wire original, HTML copy, title-only copy, live blog, UPDATE 1, de translation
    I("storm-isolde", "isolde-ww", "original", "wirewide", "1 06:50",
      "Storm Isolde cuts power to 40,000 homes in Ireland, western Britain",
      "Storm Isolde left about 40,000 homes without electricity across Ireland, Wales and western "
      "Scotland early on Monday, after gusts of up to 150 km/h were recorded at Mace Head in County "
      "Galway. Met Éireann issued red wind warnings for Galway and Mayo until midday, and ferry "
      "crossings between Holyhead and Dublin were cancelled.", city="DUBLIN"),
    I("storm-isolde", "isolde-hh", "copy", "harbour-herald", "1 07:25",
      "Storm Isolde: 40,000 homes without power as 150km/h gusts batter west coast",
      "About 40,000 homes were left without electricity across Ireland, Wales and western Scotland "
      "early on Monday as Storm Isolde brought gusts of up to 150km/h to Mace Head in Co Galway. "
      "Met Éireann's red wind warnings for Galway and Mayo run until midday, and Holyhead–Dublin "
      "ferry crossings have been cancelled. Here's what we know so far."),
    I("storm-isolde", "isolde-np", "copy", "northpost", "1 07:40",
      "Storm Isolde leaves 40,000 homes without power"),
    I("storm-isolde", "isolde-live", "update", "pulse24", "1 08:15",
      "LIVE: Storm Isolde – power cuts, cancelled ferries and red warnings ⚠️", cat="Live updates"),
    I("storm-isolde", "isolde-dpn", "translation", "dpn", "1 09:30",
      "Sturm „Isolde“: Zehntausende Haushalte in Irland und Großbritannien ohne Strom",
      "Sturm „Isolde“ hat in Irland, Wales und im Westen Schottlands rund 40.000 Haushalte von der "
      "Stromversorgung abgeschnitten. An der Messstation Mace Head in der Grafschaft Galway wurden "
      "Böen von bis zu 150 Kilometern pro Stunde gemessen. Die Fähren zwischen Holyhead und Dublin "
      "fielen aus.", city="DUBLIN"),
    I("storm-isolde", "isolde-ww-u1", "update", "wirewide", "1 11:05",
      "UPDATE 1-Storm Isolde power cuts climb to 62,000 homes; man hurt in Mayo",
      "The number of homes without electricity after Storm Isolde rose to about 62,000 by late "
      "morning on Monday, network operators said, as gusts of up to 150 km/h swept Ireland, Wales "
      "and western Scotland. A man in his 60s was taken to hospital in Castlebar after a tree fell "
      "on his car. (Adds injured man, updated outage figure)", city="DUBLIN"),
    I("-", "isolde-restore", "lookalike", "harbour-herald", "2 07:10",
      "Power back for most homes after Storm Isolde as clean-up begins",
      "Electricity has been restored to all but 4,000 of the homes that lost power when Storm "
      "Isolde struck Ireland and western Britain on Monday, network operators said on Tuesday. "
      "Crews are still working in remote parts of Mayo and on the Llŷn Peninsula, where fallen "
      "trees blocked roads. Insurers expect claims to run into tens of millions of pounds."),

    # westmoor-fine: wire original, byline rewrite, cut copy, title-only copy, WordPress copy (shared wire link)
    I("westmoor-fine", "wm-ww", "original", "wirewide", "1 09:10",
      "Britain's rail regulator fines Westmoor Rail £4.2 million over timetable chaos",
      "The Office of Rail and Road fined Westmoor Rail £4.2 million on Monday for failing to give "
      "passengers accurate information during last winter's timetable change, when more than 3,000 "
      "trains were cancelled at short notice. The operator, which runs services between Bristol, "
      "Exeter and Plymouth, said it accepted the findings and had hired 140 extra staff.",
      link=WW_WM),
    I("westmoor-fine", "wm-civic", "rewrite", "civic-times", "1 10:20",
      "Westmoor Rail hit with £4.2m penalty for leaving passengers in the dark",
      "Passengers stranded by last winter's wave of cancellations on Westmoor Rail will not see a "
      "penny of the £4.2 million fine announced today — the money goes to the Treasury. The Office "
      "of Rail and Road found the Bristol-to-Plymouth operator repeatedly failed to tell travellers "
      "which of its trains were running during the December timetable change. Westmoor says it "
      "has accepted the ruling."),
    I("westmoor-fine", "wm-mb", "cut", "metro-brief", "1 10:45",
      "Westmoor Rail fined £4.2m by regulator over timetable chaos", "=wm-ww"),
    I("westmoor-fine", "wm-np", "copy", "northpost", "1 11:00",
      "Westmoor Rail fined £4.2m over winter cancellations"),
    I("westmoor-fine", "wm-dl", "copy", "dailyledger", "1 12:30",
      "Rail regulator fines Westmoor Rail £4.2 million over timetable chaos", "=wm-ww",
      link=WW_WM),
    I("-", "westmoor-strike", "lookalike", "wirewide", "3 08:40",
      "Westmoor Rail drivers vote to strike over Christmas rosters",
      "Train drivers at Westmoor Rail have voted to strike on Dec. 23 and Dec. 27 in a dispute over "
      "Christmas rosters, the ASLEF union said on Wednesday, threatening services between Bristol, "
      "Exeter and Plymouth over the holiday. Of 612 members balloted, 88% backed action."),
    I("-", "civic-cycle", "lookalike", "civic-times", "1 14:20",
      "Leeds council approves 14 miles of new protected cycle lanes",
      "Leeds City Council's executive board today approved 14 miles of kerb-protected cycle lanes "
      "along four of the city's main commuter roads, at a cost of £38 million. Work on the first "
      "route, along the A65 Kirkstall Road, is due to begin in the spring."),

    # corvane-q3: wire original, UPDATE 1, WordPress rewrite, teaser brief, long full text
    I("corvane-q3", "cv-ww", "original", "wirewide", "2 12:05",
      "Corvane Systems quarterly profit beats forecasts as cloud sales jump",
      "Corvane Systems reported third-quarter net profit of $612 million on Tuesday, up 31% from a "
      "year earlier and ahead of analysts' average estimate of $540 million, as revenue from its "
      "cloud networking unit rose 44%. The company raised its full-year revenue forecast to $9.8 "
      "billion from $9.4 billion.", city="SAN JOSE"),
    I("corvane-q3", "cv-ww-u1", "update", "wirewide", "2 13:40",
      "UPDATE 1-Corvane Systems beats forecasts, shares jump 9% on raised outlook",
      "Shares of Corvane Systems rose 9% in extended trading on Tuesday after the network equipment "
      "maker posted a 31% rise in quarterly profit to $612 million and raised its full-year revenue "
      "forecast to $9.8 billion, citing demand from data-centre operators. Chief executive Dana "
      "Whitlock said orders for its cloud switches had doubled. (Adds share move, CEO comment)",
      city="SAN JOSE"),
    I("corvane-q3", "cv-dl", "rewrite", "dailyledger", "2 14:10",
      "Corvane Systems profit tops forecasts as cloud networking sales soar",
      "Corvane Systems on Tuesday reported third-quarter net profit of $612 million, up 31% year on "
      "year and well ahead of the $540 million analysts had expected, driven by a 44% jump in cloud "
      "networking revenue. The company now sees full-year revenue of $9.8 billion."),
    I("corvane-q3", "cv-pulse", "brief", "pulse24", "2 14:30",
      "Corvane smashes forecasts 📈 shares up 9%", cat="Business"),
    I("corvane-q3", "cv-long", "rewrite", "longread-review", "2 18:00",
      "Corvane Systems beats forecasts as cloud unit powers record quarter",
      "Corvane Systems reported the strongest quarter in its 22-year history on Tuesday, as demand "
      "from data-centre operators for its cloud networking equipment more than made up for a "
      "continued slowdown in sales to telecoms carriers.\n\n"
      "Net profit for the third quarter rose 31% from a year earlier to $612 million, comfortably "
      "ahead of the $540 million that analysts had pencilled in on average. Revenue climbed 18% to "
      "$2.61 billion. The cloud networking unit, which sells high-speed switches and the software "
      "that manages them, grew 44% and now accounts for more than half of group sales for the "
      "first time.\n\n"
      "The San Jose-based company raised its forecast for full-year revenue to $9.8 billion from "
      "$9.4 billion, and said its order backlog stood at a record $4.1 billion at the end of the "
      "quarter.\n\n"
      "“Customers are building faster than they can get power connected,” chief executive Dana "
      "Whitlock told analysts on a conference call. “Our switches are sitting in that critical "
      "path, and orders for them doubled compared with last year.”\n\n"
      "The results were not uniformly strong. Sales to telecoms operators fell 9%, the fourth "
      "consecutive quarterly decline, and the company’s gross margin slipped by half a percentage "
      "point because of higher memory-chip prices. Whitlock said the margin pressure would ease "
      "next year as new supply contracts take effect.\n\n"
      "Shares in Corvane rose about 9% in after-hours trading. They had already gained 38% this "
      "year, outpacing the broader technology sector. The company also said it would buy back a "
      "further $1.5 billion of its own shares over the next two years."),
    I("-", "corvane-recall", "lookalike", "civic-times", "3 09:30",
      "Corvane recalls 12,000 home routers over overheating risk",
      "Corvane Systems is recalling about 12,000 of its HomeLink 6 routers sold in the US and Canada "
      "after reports that the power adapter can overheat and melt, the Consumer Product Safety "
      "Commission said Wednesday. No injuries have been reported. Owners should unplug the devices "
      "and contact Corvane for a free replacement adapter."),

    # edinburgh-raid (day 1) and its follow-up edinburgh-arrest (day 2)
    I("edinburgh-raid", "ed-hh", "original", "harbour-herald", "1 08:30",
      "Jewellery worth £1.5m stolen in overnight raid on Edinburgh museum",
      "Thieves broke into the Calton Museum of Decorative Arts in Edinburgh overnight and escaped "
      "with Victorian jewellery worth an estimated £1.5 million. Police Scotland said the raiders "
      "smashed a ground-floor window on Regent Road shortly after 2am and were inside for less than "
      "four minutes. Detectives are appealing for anyone who saw a dark estate car in the area."),
    I("edinburgh-raid", "ed-np", "copy", "northpost", "1 09:05",
      "£1.5m jewellery raid at Edinburgh museum"),
    I("edinburgh-raid", "ed-ww", "rewrite", "wirewide", "1 10:10",
      "Thieves steal Victorian jewels from Edinburgh museum in four-minute raid",
      "Thieves took Victorian jewellery valued at about 1.5 million pounds ($2 million) from a "
      "museum in Edinburgh early on Monday, police said, in a raid lasting less than four minutes. "
      "The intruders entered the Calton Museum of Decorative Arts through a smashed window at "
      "around 2 a.m.", city="EDINBURGH"),
    I("edinburgh-raid", "ed-mb", "cut", "metro-brief", "1 11:20",
      "Edinburgh museum raid: £1.5m of jewellery taken", "=ed-hh"),
    I("edinburgh-arrest", "eda-ww", "original", "wirewide", "2 10:30",
      "Two men arrested over Edinburgh museum jewellery raid",
      "Police Scotland arrested two men, aged 34 and 41, in Glasgow on Tuesday in connection with "
      "Monday's theft of Victorian jewellery worth about 1.5 million pounds from the Calton Museum "
      "of Decorative Arts in Edinburgh. Some of the stolen items have been recovered, police said.",
      city="EDINBURGH"),
    I("edinburgh-arrest", "eda-civic", "rewrite", "civic-times", "2 11:45",
      "Two arrested after £1.5m Edinburgh museum jewellery theft",
      "Two men aged 34 and 41 were arrested in Glasgow on Tuesday over the theft of £1.5 million "
      "worth of Victorian jewellery from an Edinburgh museum. Police Scotland said some of the "
      "pieces taken from the Calton Museum of Decorative Arts had been recovered."),
    I("edinburgh-arrest", "eda-np", "copy", "northpost", "2 12:10",
      "Two arrested over Edinburgh museum raid"),

    # quillfeather-jobs: WordPress original, wire rewrite, regional HTML angle, VIDEO teaser
    I("quillfeather-jobs", "qf-dl", "original", "dailyledger", "2 07:30",
      "Quillfeather Software to cut 900 jobs as AI tools reshape support work",
      "Quillfeather Software will cut about 900 jobs, or 12% of its workforce, mostly in customer "
      "support and sales, the Boston-based maker of accounting software said on Tuesday. The "
      "company expects to book restructuring charges of $85 million and said it would move more "
      "support work to automated assistants."),
    I("quillfeather-jobs", "qf-ww", "rewrite", "wirewide", "2 08:15",
      "Quillfeather to lay off 12% of staff, book $85 million charge",
      "Accounting software maker Quillfeather Software said on Tuesday it would lay off roughly 900 "
      "employees, about 12% of its staff, and take charges of about $85 million, as it shifts "
      "customer support to automated tools.", city="BOSTON"),
    I("quillfeather-jobs", "qf-hh", "regional", "harbour-herald", "2 09:00",
      "Quillfeather to axe 900 jobs worldwide, including 150 in Belfast",
      "Quillfeather Software is to cut around 900 jobs worldwide, including about 150 at its "
      "support centre in Belfast, the US accounting software company has said. The firm said it "
      "would rely more on automated assistants for customer support and expected restructuring "
      "costs of $85m."),
    I("quillfeather-jobs", "qf-pulse", "brief", "pulse24", "2 10:20",
      "VIDEO: Quillfeather cuts 900 jobs – what it means for tech workers", cat="Watch the video"),
    I("-", "quillfeather-ceo", "lookalike", "dailyledger", "3 15:20",
      "Quillfeather chief executive Lena Marsh to step down next year",
      "Quillfeather Software chief executive Lena Marsh will step down in March after eight years in "
      "the role, the company said on Wednesday, a day after announcing 900 job cuts. The board has "
      "begun a search for a successor, and finance chief Omar Reyes will serve as interim CEO if "
      "needed."),

    # heathrow-fog: wire original, HTML copy, "LIVE:" + " - North Post" copy, cut copy, live blog
    I("heathrow-fog", "hf-ww", "original", "wirewide", "3 07:15",
      "Fog forces cancellation of 180 flights at London Heathrow",
      "Dense fog forced London Heathrow to cancel about 180 arrivals and departures on Wednesday "
      "morning, the airport said, as air traffic controllers increased spacing between aircraft. "
      "Passengers were advised to check with airlines before travelling; British Airways said most "
      "of its short-haul flights to Europe were affected."),
    I("heathrow-fog", "hf-hh", "copy", "harbour-herald", "3 07:50",
      "Heathrow fog: 180 flights cancelled – check before you travel", "=hf-ww"),
    I("heathrow-fog", "hf-np", "copy", "northpost", "3 08:00",
      "LIVE: Heathrow cancels 180 flights as fog blankets London"),
    I("heathrow-fog", "hf-mb", "cut", "metro-brief", "3 08:30",
      "Fog grounds 180 Heathrow flights", "=hf-ww"),
    I("heathrow-fog", "hf-pulse", "update", "pulse24", "3 09:10",
      "LIVE: Heathrow FOG CHAOS ✈️ 180 flights cancelled", cat="Live updates"),
    I("-", "heathrow-strike", "lookalike", "civic-times", "3 13:00",
      "Heathrow security officers to strike for four days in January",
      "Around 1,800 security officers at London Heathrow will walk out for four days from Jan. 8 in "
      "a dispute over pay, the Unite union said today, warning of long queues at Terminals 3 and 5. "
      "Heathrow said it would deploy managers to keep the airport running."),

    # walk-study: WordPress original, byline rewrite, long full text
    I("walk-study", "ws-dl", "original", "dailyledger", "3 10:00",
      "Twenty-minute daily walk cuts heart failure risk by a fifth, study finds",
      "People who walked briskly for at least 20 minutes a day were 21% less likely to develop heart "
      "failure over a decade than those who walked less, according to a study of 58,000 adults "
      "published on Wednesday in the European Heart Journal by researchers at the Tynebridge "
      "Institute of Health."),
    I("walk-study", "ws-civic", "rewrite", "civic-times", "3 11:30",
      "Brisk daily walk linked to 21% lower heart failure risk",
      "A brisk 20-minute walk each day was linked to a 21% lower risk of heart failure in a "
      "ten-year study of 58,000 adults, researchers at the Tynebridge Institute of Health reported "
      "today in the European Heart Journal."),
    I("walk-study", "ws-long", "rewrite", "longread-review", "3 16:00",
      "The 20-minute habit: what a study of 58,000 walkers says about heart failure",
      "People who take a brisk walk of at least 20 minutes every day are about a fifth less likely "
      "to develop heart failure than those who walk less, according to one of the largest studies "
      "of its kind, published on Wednesday in the European Heart Journal.\n\n"
      "Researchers at the Tynebridge Institute of Health followed 58,000 adults aged 40 to 75 for "
      "an average of ten years. Participants wore activity trackers for a week at the start of the "
      "study and again after five years, which allowed the team to measure how much and how fast "
      "they actually walked rather than relying on questionnaires.\n\n"
      "Those who managed 20 minutes or more of brisk walking a day – fast enough to be slightly out "
      "of breath – were 21% less likely to be diagnosed with heart failure during the study period, "
      "after accounting for age, smoking, weight, blood pressure and diabetes. The benefit rose "
      "only slightly beyond 40 minutes a day.\n\n"
      "“The striking thing is how modest the dose is,” said the lead author, cardiologist Dr Helen "
      "Marr. “This is not marathon training. It is a walk to the shops at a decent pace.”\n\n"
      "Heart failure, in which the heart cannot pump blood around the body effectively, is a "
      "leading cause of hospital admission among older adults.\n\n"
      "The authors caution that the study was observational and cannot prove that walking itself "
      "caused the lower risk. People who walk more may be healthier in other ways that the "
      "researchers could not measure. They are now planning a randomised trial in which some "
      "participants will be coached to walk more."),

    # FTSE closes (template series), soccer results (template twins)
    I("ftse-d1", "ftse-d1", "template", "wirewide", "1 16:45",
      "FTSE 100 closes up 0.6% as miners and banks rally",
      "London's FTSE 100 index closed up 0.6% at 9,412.30 points on Monday, led by mining stocks as "
      "copper prices rose, while banks gained after strong lending data. The mid-cap FTSE 250 "
      "added 0.3%."),
    I("ftse-d1", "ftse-d1-dl", "copy", "dailyledger", "1 17:20", "=ftse-d1", "=ftse-d1"),
    I("-", "ftse-d2", "template", "wirewide", "2 16:40",
      "FTSE 100 closes down 0.4% as oil stocks slide",
      "London's FTSE 100 index closed down 0.4% at 9,374.85 points on Tuesday, dragged lower by oil "
      "majors as crude prices fell, while housebuilders gained. The mid-cap FTSE 250 slipped 0.2%."),
    I("-", "ftse-d3", "template", "wirewide", "3 16:50",
      "FTSE 100 closes up 0.4% as oil stocks recover",
      "London's FTSE 100 index closed up 0.4% at 9,412.05 points on Wednesday as oil majors "
      "recovered and banks gained, while miners eased. The mid-cap FTSE 250 rose 0.5%."),
    I("-", "soc-ashby", "template", "wirewide", "1 22:05",
      "Soccer-English National League North result: Ashby Rangers 2 Millbrook Rovers 1",
      "Result of an English National League North match on Monday: Ashby Rangers 2 (Pryce 23, "
      "Okafor 77) Millbrook Rovers 1 (Dunne 58). Attendance: 2,114."),
    I("-", "soc-kestrel", "template", "wirewide", "1 22:10",
      "Soccer-English National League North result: Kestrel Vale 2 Dunmore Athletic 1",
      "Result of an English National League North match on Monday: Kestrel Vale 2 (Hartigan 12, "
      "80) Dunmore Athletic 1 (Szabo 45+2). Attendance: 1,687."),

    # North Post / Pulse24 items with no real summary and generic titles
    I("-", "np-appeal-1", "lookalike", "northpost", "1 13:15",
      "Police appeal for witnesses after crash on A9"),
    I("-", "np-appeal-2", "lookalike", "northpost", "2 15:40",
      "Police appeal for witnesses after Aberdeen assault"),
    I("-", "np-road-1", "lookalike", "northpost", "3 06:30", "Road closed after crash"),
    I("-", "np-road-2", "lookalike", "northpost", "3 12:45",
      "Road closed after lorry crash near Inverness"),
    I("-", "pulse-seal", "lookalike", "pulse24", "1 12:00",
      "VIDEO: Rescued seal pup released back into the sea in Cornwall 🦭", cat="Watch the video"),
    I("-", "nighttrain-opinion", "single", "longread-review", "2 06:00",
      "Opinion: Europe’s night trains are back. Britain should stop pretending it has no room for them",
      "Every December, as the timetables change, another sleeper service appears on the map of "
      "continental Europe. Each one is greeted as a small victory for travellers who would rather "
      "lie down in one capital and wake up in another than queue at an airport.\n\n"
      "Britain watches all this from the other side of the Channel with a shrug. We have two "
      "sleeper services, both of them domestic, and a standing assumption that a train under the "
      "sea to Brussels or Amsterdam, with beds, is a fantasy. The usual objections are familiar: "
      "the tunnel’s safety rules, the cost of border checks, the shortage of rolling stock, the "
      "lack of paths on crowded lines at night.\n\n"
      "None of these is trivial. But none is unique to Britain either. Other countries faced "
      "similar arguments a decade ago and decided to buy the carriages anyway. Demand followed, "
      "and on many routes the sleeping cars now sell out weeks ahead.\n\n"
      "What is missing here is not engineering but intent. A government that wanted a "
      "London–Amsterdam or London–Milan sleeper could commission a feasibility study next month, "
      "agree a shared approach to border controls with its neighbours and offer an operator a "
      "guaranteed slot in the tunnel for ten years.\n\n"
      "It would not be cheap, and it would not happen quickly. There would be arguments about "
      "subsidy, about which cities deserve a service first, and about whether the trains should "
      "be run by a state railway or a private company. Those arguments are worth having. The "
      "alternative is to keep explaining to a generation of travellers why the rest of Europe can "
      "do something we apparently cannot."),

    # ------------------------------------------------------------------ DE
    I("bvg-warnstreik", "bvg-dpn", "original", "dpn", "1 04:30",
      "Warnstreik bei der BVG: U-Bahnen und Trams stehen bis Mittag still",
      "Die Gewerkschaft Verdi hat die Beschäftigten der Berliner Verkehrsbetriebe (BVG) für Montag "
      "zu einem Warnstreik aufgerufen. Von Betriebsbeginn bis 12.00 Uhr fahren keine U-Bahnen und "
      "Straßenbahnen, auch die meisten Buslinien sind betroffen. S-Bahn und Regionalzüge verkehren "
      "nach Plan. Verdi fordert in der laufenden Tarifrunde 750 Euro mehr im Monat."),
    I("bvg-warnstreik", "bvg-sp", "copy", "spreeportal", "1 05:05",
      "Warnstreik: Keine U-Bahnen und Trams in Berlin bis 12 Uhr"),
    I("bvg-warnstreik", "bvg-rb", "copy", "rheinblatt", "1 05:15",
      "Berlin: Verdi legt U-Bahn und Tram bis zum Mittag lahm",
      "Die Gewerkschaft Verdi hat die Beschäftigten der Berliner Verkehrsbetriebe (BVG) am Montag zu "
      "einem Warnstreik aufgerufen. Bis 12 Uhr fahren keine U-Bahnen und Straßenbahnen, auch die "
      "meisten Busse bleiben in den Depots. S-Bahn und Regionalverkehr sind nicht betroffen."),
    I("bvg-warnstreik", "bvg-ak", "cut", "alpenkurier", "1 05:40",
      "BVG-Warnstreik: Berlin ohne U-Bahn und Tram", "=bvg-dpn"),
    I("bvg-warnstreik", "bvg-ab", "rewrite", "abendbote", "1 17:30",
      "Ein Vormittag ohne U-Bahn: Wie Berlin den BVG-Warnstreik erlebte",
      "Um kurz nach fünf Uhr ist der U-Bahnhof Alexanderplatz so leer wie sonst nur in der Nacht. "
      "Die Rolltreppen stehen still, auf den Anzeigetafeln läuft in Dauerschleife derselbe Satz: "
      "Wegen eines Warnstreiks verkehren bis 12 Uhr keine Züge. Die Gewerkschaft Verdi hatte die "
      "Beschäftigten der Berliner Verkehrsbetriebe für Montagmorgen zum Ausstand aufgerufen – "
      "U-Bahnen und Straßenbahnen blieben in den Depots, von den Buslinien fuhren nur wenige.\n\n"
      "Wer konnte, wich auf die S-Bahn aus, die nicht bestreikt wurde. Auf der Stadtbahn zwischen "
      "Ostkreuz und Zoologischer Garten waren die Züge im Berufsverkehr so voll, dass an mehreren "
      "Bahnhöfen Fahrgäste zurückbleiben mussten. Auf den Straßen stauten sich die Autos; "
      "Radfahrer trotzten Nieselregen und zwei Grad.\n\n"
      "„Ich habe gestern Abend in der App gesehen, dass gestreikt wird, und bin um halb fünf "
      "losgelaufen“, sagt eine Pflegekraft, die am Vormittag in einem Krankenhaus in Mitte ihren "
      "Dienst antreten musste. Andere hatten weniger Glück: Mehrere Schulen meldeten, dass "
      "Schülerinnen und Schüler verspätet oder gar nicht kamen.\n\n"
      "Verdi begründet den Warnstreik mit dem Stillstand in den Tarifverhandlungen. Die "
      "Gewerkschaft fordert 750 Euro mehr im Monat für alle Beschäftigten und eine Laufzeit von "
      "zwölf Monaten. Die Arbeitgeberseite nannte die Forderung „völlig unrealistisch“ und den "
      "Streik „unverhältnismäßig“.\n\n"
      "Ab dem Mittag rollten die ersten Züge wieder aus den Betriebshöfen. Bis zum Nachmittag "
      "normalisierte sich der Verkehr weitgehend. Die nächste Verhandlungsrunde ist für den 15. "
      "Dezember angesetzt. Verdi schloss weitere Streiks vor Weihnachten ausdrücklich nicht aus."),
    I("-", "berlin-lagerhalle", "lookalike", "dpn", "1 11:20",
      "Großbrand in Lagerhalle in Berlin-Spandau – Rauchwarnung für Anwohner",
      "Bei einem Großbrand in einer Lagerhalle im Berliner Ortsteil Spandau ist am Montagvormittag "
      "eine dichte Rauchwolke entstanden. Die Feuerwehr war mit 120 Einsatzkräften vor Ort und "
      "warnte Anwohner, Fenster und Türen geschlossen zu halten. Verletzt wurde nach ersten Angaben "
      "niemand."),
    I("-", "sp-zeugen-1", "lookalike", "spreeportal", "1 13:30",
      "Polizei sucht Zeugen nach Unfallflucht in Pankow"),
    I("dax-d1", "dax-d1", "template", "dpn", "1 17:45",
      "Dax schließt 0,8 Prozent höher bei 24.310 Punkten",
      "Der Dax hat am Montag 0,8 Prozent höher bei 24.310 Punkten geschlossen. Gefragt waren vor "
      "allem Autowerte und Banken, während Versorger nachgaben. Der MDax gewann 0,5 Prozent auf "
      "31.140 Zähler.", city="FRANKFURT"),
    I("dax-d1", "dax-d1-rb", "copy", "rheinblatt", "1 18:10", "=dax-d1", "=dax-d1"),
    I("-", "dax-d2", "template", "dpn", "2 17:50",
      "Dax schließt 0,8 Prozent tiefer bei 24.115 Punkten",
      "Der Dax hat am Dienstag 0,8 Prozent tiefer bei 24.115 Punkten geschlossen. Unter Druck "
      "standen vor allem Chemiewerte und Banken, während Versorger zulegten. Der MDax verlor 0,6 "
      "Prozent auf 30.950 Zähler.", city="FRANKFURT"),
    I("-", "sp-zeugen-2", "lookalike", "spreeportal", "2 09:45",
      "Polizei sucht Zeugen nach Überfall auf Späti in Neukölln"),
    I("-", "dresden-oper", "lookalike", "alpenkurier", "2 11:30",
      "Dresden: Semperoper sagt Premiere kurzfristig ab",
      "Die Semperoper Dresden hat die für Dienstagabend geplante Premiere von Humperdincks „Hänsel "
      "und Gretel“ kurzfristig abgesagt. Grund sei die Erkrankung mehrerer Ensemblemitglieder, "
      "teilte das Haus mit. Ein Ersatztermin soll im Januar folgen."),
    I("-", "koeln-dom", "lookalike", "rheinblatt", "2 12:40",
      "Kölner Dom: Gerüst am Nordturm wird nach zwölf Jahren abgebaut",
      "Nach zwölf Jahren verschwindet das Gerüst am Nordturm des Kölner Doms. Die Dombauhütte "
      "beginnt am Dienstag mit dem Abbau, der bis zum Frühjahr dauern soll. Die Sanierung der "
      "Sandsteinfassade an dieser Stelle sei abgeschlossen, teilte die Dombauhütte mit."),
    I("dresden-striezelmarkt", "dd-dpn", "original", "dpn", "2 15:10",
      "Verdächtiger Gegenstand: Striezelmarkt in Dresden kurzzeitig geräumt",
      "Wegen eines verdächtigen Rucksacks hat die Polizei am Dienstagnachmittag Teile des Dresdner "
      "Striezelmarkts auf dem Altmarkt geräumt. Nach rund 90 Minuten gaben Spezialkräfte "
      "Entwarnung: In dem Rucksack befanden sich Kleidung und Lebensmittel. Der Markt wurde um "
      "16.45 Uhr wieder geöffnet.", city="DRESDEN"),
    I("dresden-striezelmarkt", "dd-sp", "copy", "spreeportal", "2 15:40",
      "Dresden: Striezelmarkt wegen verdächtigem Rucksack geräumt"),
    I("dresden-striezelmarkt", "dd-ak", "cut", "alpenkurier", "2 16:05",
      "Rucksack-Alarm auf dem Dresdner Striezelmarkt", "=dd-dpn"),
    I("dresden-striezelmarkt", "dd-rb", "rewrite", "rheinblatt", "2 16:20",
      "Entwarnung in Dresden: Striezelmarkt nach Rucksackfund wieder offen",
      "Nach dem Fund eines herrenlosen Rucksacks ist der Dresdner Striezelmarkt am Dienstag für rund "
      "anderthalb Stunden teilweise geräumt worden. Spezialkräfte der Polizei untersuchten den "
      "Rucksack – darin waren nur Kleidung und Lebensmittel. Seit dem späten Nachmittag hat der "
      "Markt wieder geöffnet."),
    I("a7-lkw", "a7-dpn", "original", "dpn", "3 06:20",
      "A7 bei Kassel nach Lkw-Unfall voll gesperrt – 20 Kilometer Stau",
      "Nach einem Unfall mit zwei Lastwagen ist die Autobahn 7 zwischen Kassel-Nord und Lutterberg "
      "in Richtung Hannover seit dem frühen Mittwochmorgen voll gesperrt. Ein Fahrer wurde schwer "
      "verletzt. Der Stau reichte zeitweise 20 Kilometer zurück, die Sperrung soll bis zum Mittag "
      "dauern.", city="KASSEL"),
    I("a7-lkw", "a7-sp", "copy", "spreeportal", "3 06:50", "A7 nach Lkw-Unfall gesperrt"),
    I("a7-lkw", "a7-ak", "cut", "alpenkurier", "3 07:10",
      "Lkw-Unfall: A7 bei Kassel gesperrt", "=a7-dpn"),
    I("-", "sp-strasse", "lookalike", "spreeportal", "3 14:05", "Straße nach Unfall gesperrt"),

    # ------------------------------------------------------------------ FR
    I("ligue1-lens-nantes", "l1-lens", "template", "afn", "1 00:05",
      "Ligue 1 : Lens bat Nantes 2-1 et remonte sur le podium",
      "Lens s’est imposé 2-1 face à Nantes dimanche soir au stade Bollaert-Delelis, en clôture de la "
      "15e journée de Ligue 1, grâce à deux buts inscrits en seconde période. Les Sang et Or "
      "remontent à la troisième place du classement."),
    I("-", "l1-lyon", "template", "afn", "1 00:12",
      "Ligue 1 : Lyon bat Brest 2-1 au Groupama Stadium",
      "L’Olympique lyonnais s’est imposé 2-1 face à Brest dimanche au Groupama Stadium, lors de la "
      "15e journée de Ligue 1, en renversant la situation après avoir été mené à la pause. Lyon "
      "reste cinquième du classement."),
    I("ligue1-lens-nantes", "l1-lens-lecho", "copy", "lecho-rhone", "1 07:30", "=l1-lens", "=l1-lens"),
    I("sncf-greve", "sncf-afn", "original", "afn", "1 10:40",
      "SNCF : les contrôleurs appellent à la grève pour le week-end du 19 décembre",
      "Les syndicats SUD-Rail et CGT-Cheminots ont déposé lundi un préavis de grève des contrôleurs "
      "pour le week-end du 19 au 21 décembre, au début des vacances de Noël. Ils réclament une "
      "revalorisation de la prime de travail et des embauches. La direction de la SNCF dit « "
      "regretter » ce calendrier et promet un plan de transport d’ici jeudi."),
    I("sncf-greve", "sncf-om", "rewrite", "ouest-matin", "1 11:30",
      "Grève des contrôleurs SNCF annoncée pour les départs en vacances de Noël",
      "Un préavis de grève des contrôleurs a été déposé lundi par SUD-Rail et la CGT-Cheminots pour "
      "le week-end du 19 au 21 décembre. Les voyageurs qui partent en vacances devront surveiller "
      "leur application : la SNCF publiera son plan de transport jeudi."),
    I("sncf-greve", "sncf-lecho", "copy", "lecho-rhone", "1 12:00",
      "Grève SNCF du 19 au 21 décembre : les contrôleurs déposent un préavis", "=sncf-afn"),
    I("sncf-greve", "sncf-gaz", "brief", "gazette-libre", "1 13:15",
      "Noël : un préavis de grève des contrôleurs SNCF pour le premier week-end des vacances",
      "SUD-Rail et la CGT-Cheminots ont déposé lundi un préavis de grève des contrôleurs du 19 au 21 "
      "décembre. Ils demandent une hausse de la prime de travail et des recrutements."),
    I("-", "meteo-d2", "template", "ouest-matin", "2 05:30",
      "Météo du mardi 8 décembre : pluie et vent fort sur la Bretagne",
      "Un temps perturbé s’installe ce mardi : la pluie gagne toute la Bretagne dans la matinée avec "
      "des rafales de 80 km/h sur les côtes. Les températures maximales iront de 9 °C à Rennes à "
      "12 °C à Brest."),
    I("lyon-lumieres", "lyon-lecho", "original", "lecho-rhone", "2 08:00",
      "Fête des Lumières : coup d’envoi ce soir, l’installation de la place Bellecour annulée à cause du vent",
      "La Fête des Lumières s’ouvre ce mardi soir à Lyon pour quatre nuits, avec 32 installations et "
      "près de deux millions de visiteurs attendus. En raison des rafales annoncées, la Ville a "
      "renoncé à l’œuvre prévue place Bellecour, une structure de ballons lumineux de 20 mètres de "
      "haut. Les autres sites, dont la cathédrale Saint-Jean et la colline de Fourvière, sont "
      "maintenus."),
    I("lyon-lumieres", "lyon-afn", "rewrite", "afn", "2 09:15",
      "Lyon : la Fête des Lumières s’ouvre sans l’installation de Bellecour, victime du vent",
      "La Fête des Lumières débute mardi soir à Lyon avec 32 installations, mais sans l’œuvre géante "
      "prévue place Bellecour, annulée par la Ville en raison des rafales de vent annoncées. Près de "
      "deux millions de visiteurs sont attendus en quatre nuits."),
    I("lyon-lumieres", "lyon-om", "copy", "ouest-matin", "2 10:00",
      "Lyon : la Fête des Lumières commence, une installation annulée à cause du vent", "=lyon-afn"),
    I("lyon-lumieres", "lyon-gaz", "copy", "gazette-libre", "2 11:40",
      "Fête des Lumières 2026 : une installation annulée place Bellecour", "=lyon-lecho"),
    I("-", "lyon-incendie", "lookalike", "lecho-rhone", "2 14:20",
      "Vénissieux : un entrepôt ravagé par un incendie, une épaisse fumée visible depuis Lyon",
      "Un violent incendie s’est déclaré mardi en début d’après-midi dans un entrepôt de "
      "pneumatiques de la zone industrielle de Vénissieux, au sud de Lyon. Une centaine de "
      "sapeurs-pompiers sont mobilisés et la préfecture demande aux habitants des communes voisines "
      "de limiter leurs déplacements. Aucun blessé n’est à déplorer."),
    I("-", "meteo-d3", "template", "ouest-matin", "3 05:30",
      "Météo du mercredi 9 décembre : éclaircies et vent faiblissant en Bretagne",
      "Après une nuit encore agitée, le vent faiblit ce mercredi et de belles éclaircies reviennent "
      "par l’ouest. Quelques averses persistent près de la Manche. Les températures maximales iront "
      "de 8 °C à Rennes à 11 °C à Brest."),
    I("paris-pollution", "pol-afn", "original", "afn", "3 09:20",
      "Pollution aux particules fines : vitesse abaissée de 20 km/h en Île-de-France",
      "La préfecture de police a déclenché mercredi la procédure d’alerte à la pollution aux "
      "particules fines en Île-de-France. La vitesse maximale autorisée est abaissée de 20 km/h sur "
      "les routes et autoroutes de la région jusqu’à jeudi soir, et le contournement de Paris est "
      "obligatoire pour les poids lourds en transit."),
    I("paris-pollution", "pol-om", "copy", "ouest-matin", "3 10:05",
      "Île-de-France : alerte pollution, la vitesse baisse de 20 km/h", "=pol-afn"),
    I("paris-pollution", "pol-lecho", "rewrite", "lecho-rhone", "3 11:10",
      "Pic de pollution en Île-de-France : limitations de vitesse abaissées jusqu’à jeudi",
      "Épisode de pollution aux particules fines en Île-de-France : la préfecture de police a activé "
      "mercredi la procédure d’alerte. Jusqu’à jeudi soir, les limitations de vitesse baissent de "
      "20 km/h et les poids lourds en transit doivent contourner Paris."),
    I("-", "gaz-senat", "single", "gazette-libre", "3 15:30",
      "Budget 2027 : le Sénat adopte la partie recettes après une semaine de débats",
      "Le Sénat a adopté mercredi la première partie du projet de loi de finances pour 2027, "
      "consacrée aux recettes, après une semaine de débats marqués par de nombreux amendements sur "
      "la fiscalité des entreprises. Le vote sur l’ensemble du texte est prévu la semaine "
      "prochaine."),
    I("-", "sncf-lgv", "lookalike", "afn", "3 18:30",
      "SNCF : panne géante sur la LGV Atlantique, des milliers de voyageurs bloqués",
      "Une panne de caténaire près de Courtalain (Eure-et-Loir) a interrompu mercredi en fin "
      "d’après-midi la circulation sur la LGV Atlantique entre Paris et Le Mans, Tours et Bordeaux. "
      "Une vingtaine de TGV étaient immobilisés avec des milliers de voyageurs à bord, a indiqué la "
      "SNCF, qui prévoit un retour à la normale jeudi matin."),

    # ------------------------------------------------------------------ ES
    I("granada-sismo", "gr-ibera", "original", "ibera", "1 03:40",
      "Un terremoto de magnitud 4,8 sacude Granada sin causar heridos",
      "Un terremoto de magnitud 4,8 con epicentro en Santa Fe (Granada) se registró a las 03.12 horas "
      "de este lunes y fue sentido en buena parte de Andalucía oriental, según el Instituto "
      "Geográfico Nacional. El 112 recibió más de 600 llamadas; no constan heridos, aunque se han "
      "producido desprendimientos de cornisas en Santa Fe y Chauchina.", city="GRANADA"),
    I("granada-sismo", "gr-meseta", "copy", "meseta", "1 05:00",
      "Terremoto de 4,8 en Granada: cientos de llamadas al 112 y daños leves en Santa Fe",
      "=gr-ibera"),
    I("granada-sismo", "gr-faro", "cut", "el-faro", "1 06:10",
      "Un seísmo de magnitud 4,8 despierta a Granada",
      "Un seísmo de magnitud 4,8 con epicentro en Santa Fe despertó a miles de granadinos a las 03.12 "
      "horas de este lunes. No hay heridos, aunque se han desprendido algunas cornisas."),
    I("granada-sismo", "gr-ww", "translation", "wirewide", "1 07:30",
      "Magnitude 4.8 earthquake shakes southern Spain's Granada, no injuries",
      "A magnitude 4.8 earthquake struck near Granada in southern Spain early on Monday, Spain's "
      "National Geographic Institute said, waking residents across eastern Andalusia. Emergency "
      "services received more than 600 calls but there were no reports of injuries.",
      city="MADRID"),
    I("bonoloto-d1", "bono-d1", "template", "meseta", "1 20:45",
      "Bonoloto: comprobar resultados del sorteo del lunes 7 de diciembre",
      "La combinación ganadora del sorteo de la Bonoloto celebrado este lunes 7 de diciembre ha "
      "sido: 04, 11, 23, 30, 38, 45. Complementario: 17. Reintegro: 2. No hay acertantes de primera "
      "categoría, por lo que se genera un bote para el próximo sorteo."),
    I("bonoloto-d1", "bono-d1-faro", "copy", "el-faro", "1 21:05",
      "Bonoloto: resultados del sorteo del lunes 7 de diciembre", "=bono-d1"),
    I("banco-cantabrico", "bc-ibera", "original", "ibera", "2 08:50",
      "Banco Cantábrico y Caja Levantina negocian una fusión para crear la séptima entidad del país",
      "Banco Cantábrico y Caja Levantina han iniciado conversaciones para una posible fusión que "
      "daría lugar a la séptima entidad financiera de España, con activos de unos 95.000 millones de "
      "euros, según comunicaron ambas entidades este martes a la Comisión Nacional del Mercado de "
      "Valores (CNMV). Las negociaciones se encuentran en una fase preliminar.", city="SANTANDER"),
    I("banco-cantabrico", "bc-meseta", "copy", "meseta", "2 09:40",
      "Banco Cantábrico y Caja Levantina confirman conversaciones de fusión", "=bc-ibera"),
    I("banco-cantabrico", "bc-faro", "cut", "el-faro", "2 10:30",
      "Cantábrico y Levantina exploran una fusión de 95.000 millones",
      "Banco Cantábrico y Caja Levantina confirmaron este martes a la CNMV que exploran una fusión "
      "que crearía un grupo con 95.000 millones de euros en activos."),
    I("-", "gr-replica", "lookalike", "ibera", "2 14:25",
      "Una réplica de magnitud 3,9 vuelve a sacudir Santa Fe (Granada)",
      "Una réplica de magnitud 3,9 se registró este martes a las 13.58 horas en Santa Fe (Granada), a "
      "escasos kilómetros del epicentro del terremoto de 4,8 del lunes, según el Instituto "
      "Geográfico Nacional. El Ayuntamiento ha habilitado el pabellón municipal para los vecinos "
      "que prefieran no dormir en casa.", city="GRANADA"),
    I("-", "bono-d2", "template", "meseta", "2 20:45",
      "Bonoloto: comprobar resultados del sorteo del martes 8 de diciembre",
      "La combinación ganadora del sorteo de la Bonoloto celebrado este martes 8 de diciembre ha "
      "sido: 02, 09, 19, 27, 33, 48. Complementario: 41. Reintegro: 7. Hay un acertante de primera "
      "categoría en Logroño, que se lleva 1,2 millones de euros."),
    I("-", "mad-incendio", "lookalike", "ibera", "3 09:30",
      "Un incendio en un edificio de Carabanchel obliga a desalojar a 40 vecinos",
      "Un incendio declarado de madrugada en el cuarto piso de un edificio de la calle General "
      "Ricardos, en el distrito madrileño de Carabanchel, obligó a desalojar a unos 40 vecinos. Dos "
      "personas fueron atendidas por inhalación de humo, según Emergencias Madrid."),
    I("-", "bc-ere", "lookalike", "meseta", "3 12:15",
      "Banco Cantábrico plantea un ERE para 600 empleados y el cierre de 90 oficinas",
      "Banco Cantábrico ha comunicado este miércoles a los sindicatos su intención de abrir un "
      "expediente de regulación de empleo (ERE) que afectaría a 600 trabajadores y supondría el "
      "cierre de 90 oficinas, principalmente en Cantabria, Asturias y el País Vasco. La entidad "
      "alega la caída de la actividad en las sucursales."),
    I("madrid-vivienda", "mv-ibera", "original", "ibera", "3 19:10",
      "Decenas de miles de personas marchan en Madrid contra el precio del alquiler",
      "Decenas de miles de personas se manifestaron este miércoles por el centro de Madrid, desde "
      "Atocha hasta la plaza de España, para exigir una bajada de los alquileres y más vivienda "
      "pública. Los organizadores, agrupados en la plataforma Madrid por la Vivienda, cifraron la "
      "asistencia en 80.000 personas; la Delegación del Gobierno, en 25.000."),
    I("madrid-vivienda", "mv-meseta", "rewrite", "meseta", "3 20:05",
      "Miles de personas toman el centro de Madrid para pedir alquileres asequibles",
      "Miles de manifestantes recorrieron este miércoles el centro de Madrid entre Atocha y la plaza "
      "de España para reclamar alquileres asequibles y más vivienda pública. La Delegación del "
      "Gobierno cifró la asistencia en 25.000 personas; los convocantes hablan de 80.000."),
    I("madrid-vivienda", "mv-faro", "cut", "el-faro", "3 20:40",
      "Multitudinaria marcha por la vivienda en Madrid", "=mv-ibera"),

    # ------------------------------------------------------------------ DA
    I("vejret-d1", "vejr-d1", "template", "dt", "1 05:00",
      "Vejret: Blæst og regn fra vest – op til stormstyrke ved Vestkysten",
      "Mandag bliver grå og blæsende med regn fra vest. Ved Vestkysten kan vinden i perioder nå "
      "stormstyrke, og DMI har udsendt varsel om kraftig vind. Temperaturen ligger mellem 5 og 8 "
      "grader."),
    I("vejret-d1", "vejr-d1-nj", "copy", "nordjysk", "1 05:40", "=vejr-d1", "=vejr-d1"),
    I("metro-m3", "m3-kbh", "original", "kbh-avis", "1 06:40",
      "Signalfejl lammer Cityringen: Ingen M3-tog i morgenmyldretiden",
      "En signalfejl har siden klokken 05.10 mandag morgen stoppet al togdrift på Cityringen (M3). "
      "Metroselskabet indsætter togbusser mellem Københavns Hovedbanegård og Nørrebro, men opfordrer "
      "passagerer til at bruge S-tog og bus. Det er uvist, hvornår driften genoptages."),
    I("metro-m3", "m3-dt", "rewrite", "dt", "1 07:15",
      "Metrolinje M3 holdt stille i flere timer efter signalfejl",
      "Passagerer på Københavns Metro har mandag morgen måttet finde andre veje på arbejde. En "
      "signalfejl har sat Cityringen M3 helt ud af drift siden klokken 05.10, oplyser "
      "Metroselskabet. Der kører togbusser på dele af strækningen.", link=DT_M3),
    I("metro-m3", "m3-nj", "copy", "nordjysk", "1 08:00",
      "Signalfejl: Cityringen i København holdt stille hele morgenen", "=m3-dt", link=DT_M3),
    I("metro-m3", "m3-dt-u", "update", "dt", "1 10:30",
      "M3 kører igen efter fem timers stop",
      "Cityringen M3 kører igen. Togdriften blev genoptaget klokken 10.05 efter næsten fem timers "
      "stop på grund af en signalfejl, oplyser Metroselskabet. Der må forventes forsinkelser resten "
      "af formiddagen."),
    I("-", "kbh-cykelbro", "lookalike", "kbh-avis", "1 12:30",
      "Københavns Kommune vil bygge ny cykelbro mellem Refshaleøen og Nordhavn",
      "Et flertal i Københavns Borgerrepræsentation bakker op om en ny cykel- og gangbro mellem "
      "Refshaleøen og Nordhavn. Broen skal efter planen koste 410 millioner kroner og stå klar i "
      "2030."),
    I("aarhus-brand", "aa-dt", "original", "dt", "2 04:50",
      "Storbrand i lagerhal på Aarhus Havn – beboere bedt om at holde vinduer lukket",
      "En lagerhal med plast og emballage på Aarhus Havn brænder kraftigt tirsdag morgen. "
      "Østjyllands Brandvæsen er til stede med over 60 brandfolk, og Østjyllands Politi opfordrer "
      "beboere i Aarhus Ø til at holde vinduer og døre lukket på grund af røgen. Ingen er meldt "
      "tilskadekomne."),
    I("-", "vejr-d2", "template", "dt", "2 05:00",
      "Vejret: Blæst og byger – vinden løjer af i løbet af dagen",
      "Tirsdag starter blæsende med byger, især i Vestjylland, men vinden aftager i løbet af "
      "eftermiddagen. Enkelte steder kan bygerne falde som slud. Temperaturen ligger mellem 3 og 7 "
      "grader."),
    I("aarhus-brand", "aa-nj", "copy", "nordjysk", "2 05:30",
      "Voldsom brand på Aarhus Havn: Hold vinduerne lukket", "=aa-dt"),
    I("-", "aa-bus", "lookalike", "nordjysk", "2 06:15",
      "Buschauffører i Aarhus nedlægger arbejdet i protest mod nye vagtplaner",
      "Buschauffører i Aarhus nedlagde tirsdag morgen arbejdet i protest mod nye vagtplaner, og flere "
      "bybuslinjer kører derfor ikke. Ifølge Midttrafik er linje 1A, 2A og 3A hårdest ramt. Det er "
      "uklart, hvornår chaufførerne genoptager arbejdet."),
    I("aarhus-brand", "aa-kbh", "rewrite", "kbh-avis", "2 07:00",
      "Røgen over Aarhus: Lagerhal med plast i brand på havnen",
      "Over 60 brandfolk kæmper tirsdag morgen mod en brand i en lagerhal med plast og emballage på "
      "Aarhus Havn. Politiet beder folk i Aarhus Ø holde vinduer og døre lukket. Ingen er kommet "
      "til skade."),
    I("-", "nj-giraffer", "single", "nordjysk", "3 10:40",
      "Aalborg Zoo får to nye giraffer fra Tyskland",
      "To unge giraffhunner flytter i næste uge fra en zoologisk have i Tyskland til Aalborg Zoo, "
      "hvor de skal indgå i det europæiske avlsprogram. Giraffanlægget holder lukket for publikum, "
      "mens dyrene vænner sig til de nye omgivelser."),

    # ------------------------------------------------------------------ RU
    I("moskva-snegopad", "sn-ria", "original", "ria-vostok", "1 06:00",
      "В Москве за сутки выпала почти месячная норма снега",
      "За сутки в Москве выпало до 35 сантиметров снега — почти месячная норма, сообщили синоптики. "
      "На дорогах столицы в понедельник утром образовались пробки в 9 баллов, в аэропортах "
      "Шереметьево и Домодедово задержаны более 120 рейсов. Коммунальные службы вывели на улицы "
      "около 12 тысяч единиц техники."),
    I("moskva-snegopad", "sn-md", "copy", "moskva-dnya", "1 06:45",
      "Снегопад парализовал Москву: пробки 9 баллов и задержки рейсов", "=sn-ria"),
    I("moskva-snegopad", "sn-kl", "rewrite", "kavkaz-lenta", "1 08:20",
      "Москву засыпало: за сутки выпало 35 сантиметров снега",
      "Сильнейший за последние годы снегопад обрушился на Москву: за сутки выпало до 35 сантиметров "
      "снега. Утром в понедельник загруженность дорог достигла 9 баллов, более сотни рейсов в "
      "столичных аэропортах задержаны.", city="МОСКВА"),
    I("-", "mos-sklad", "lookalike", "moskva-dnya", "1 11:30",
      "В Москве загорелся склад на Щёлковском шоссе",
      "В понедельник днём загорелся склад на Щёлковском шоссе на востоке Москвы. Площадь пожара "
      "составила 3 тысячи квадратных метров, ему присвоен повышенный номер сложности. Пострадавших "
      "нет, сообщили в МЧС."),
    I("kurs-d1", "kurs-d1", "template", "ria-vostok", "1 13:05",
      "ЦБ установил официальный курс доллара на 8 декабря",
      "Банк России установил официальный курс доллара на вторник, 8 декабря, в размере 92,41 рубля, "
      "что на 38 копеек выше предыдущего значения. Курс евро повышен на 21 копейку, до 107,15 "
      "рубля."),
    I("kurs-d1", "kurs-d1-md", "copy", "moskva-dnya", "1 13:40", "=kurs-d1", "=kurs-d1"),
    I("-", "kurs-d2", "template", "ria-vostok", "2 13:05",
      "ЦБ установил официальный курс доллара на 9 декабря",
      "Банк России установил официальный курс доллара на среду, 9 декабря, в размере 92,07 рубля, "
      "что на 34 копейки ниже предыдущего значения. Курс евро понижен на 45 копеек, до 106,70 "
      "рубля."),
    I("-", "ria-kazan", "lookalike", "ria-vostok", "3 10:00",
      "В Казани открыли крупнейший в Поволжье крытый каток",
      "В Казани в среду открылся крытый каток площадью 4,5 тысячи квадратных метров — крупнейший в "
      "Поволжье. Вход для школьников в будние дни до 16:00 будет бесплатным, сообщили в мэрии."),

    # ------------------------------------------------------------------ IT
    I("-", "mi-tram", "lookalike", "lampo24", "1 06:10",
      "Milano, sciopero di tram e bus: servizio garantito solo nelle fasce protette",
      "Lunedì difficile per i trasporti a Milano: sciopero di 24 ore del personale Atm indetto da "
      "sindacati di base. Metropolitane e linee di superficie sono garantite solo dalle 6 alle 9 e "
      "dalle 18 alle 21. Possibili disagi anche per chi si reca alla prima della Scala."),
    I("scala-prima", "sc-italo", "original", "italo", "1 21:40",
      "Prima della Scala, 14 minuti di applausi per l’inaugurazione della stagione",
      "Quattordici minuti di applausi hanno salutato la prima della Scala, che ha inaugurato lunedì "
      "sera la stagione 2026/2027 del teatro milanese nel giorno di Sant’Ambrogio. In sala circa "
      "duemila spettatori; fuori dal teatro un maxischermo in Galleria Vittorio Emanuele II ha "
      "permesso a migliaia di persone di seguire l’opera.", city="MILANO"),
    I("scala-prima", "sc-cv", "copy", "corriere-valle", "1 22:10",
      "Scala, trionfo alla prima: quattordici minuti di applausi", "=sc-italo"),
    I("scala-prima", "sc-lampo", "rewrite", "lampo24", "1 22:30",
      "Prima della Scala, il teatro applaude per 14 minuti",
      "Lunga ovazione alla Scala: 14 minuti di applausi per la prima che ha aperto la stagione nel "
      "giorno di Sant’Ambrogio. Migliaia di persone hanno seguito l’opera sul maxischermo in "
      "Galleria."),
    I("scala-prima", "sc-hh", "translation", "harbour-herald", "1 23:05",
      "La Scala opens its season to a 14-minute ovation",
      "Milan's La Scala opened its 2026-27 season on Monday evening, the feast of Saint Ambrose, with "
      "a 14-minute ovation from about 2,000 spectators. Thousands more watched on a giant screen in "
      "the Galleria Vittorio Emanuele II."),
    I("venezia-acqua-alta", "ve-italo", "original", "italo", "2 07:30",
      "Acqua alta a Venezia, picco di 138 centimetri: attivato il Mose",
      "Il Mose è stato sollevato nella notte per proteggere Venezia da una marea prevista a 138 "
      "centimetri sul medio mare, toccata alle 8.40 di martedì. In città il livello è rimasto sotto i "
      "90 centimetri, ma Piazza San Marco, la zona più bassa, è stata parzialmente allagata. Il "
      "Centro maree prevede nuovi picchi nei prossimi giorni.", city="VENEZIA"),
    I("venezia-acqua-alta", "ve-cv", "copy", "corriere-valle", "2 09:00",
      "Venezia, marea a 138 centimetri: il Mose salva la città", "=ve-italo"),
    I("venezia-acqua-alta", "ve-lampo", "brief", "lampo24", "2 09:30",
      "Acqua alta a Venezia: Mose in funzione, allagata Piazza San Marco",
      "Marea a 138 centimetri a Venezia martedì mattina: il Mose ha tenuto la città all’asciutto "
      "quasi ovunque, ma l’acqua è entrata in Piazza San Marco. Attesi nuovi picchi."),
    I("venezia-acqua-alta", "ve-dpn", "translation", "dpn", "2 10:15",
      "Hochwasser in Venedig: Flutsperren halten Wasser weitgehend ab",
      "Bei einem Hochwasser von 138 Zentimetern haben die mobilen Flutsperren des Systems Mose "
      "Venedig am Dienstag weitgehend geschützt. Nur der tiefer gelegene Markusplatz wurde "
      "teilweise überflutet.", city="ROM"),
    I("-", "cv-bergamo", "lookalike", "corriere-valle", "2 13:20",
      "Bergamo, chiude dopo 70 anni la storica pasticceria di Città Alta",
      "Dopo settant’anni di attività abbasserà la saracinesca a fine mese la pasticceria Rota di "
      "Città Alta, a Bergamo. I titolari, vicini alla pensione, non hanno trovato nessuno disposto a "
      "rilevare il negozio."),
    I("-", "ve-prev", "lookalike", "italo", "3 12:00",
      "Venezia, nuova acqua alta attesa venerdì: previsti 125 centimetri",
      "Il Centro maree del Comune di Venezia prevede per venerdì mattina una nuova acqua alta con un "
      "picco di 125 centimetri alle 9.30. Il Mose verrà sollevato se le previsioni saranno "
      "confermate giovedì. Martedì le barriere avevano già protetto la città da una marea di 138 "
      "centimetri.", city="VENEZIA"),

    # ------------------------------------------------------------------ NL
    I("-", "br-interview", "lookalike", "dagblad-delta", "1 07:00",
      "Minister Brouwer: 'Ik ga niet weglopen voor de problemen met de bruggen'",
      "In een interview met deze krant zegt minister Eveline Brouwer van Infrastructuur en "
      "Waterstaat dat ze 'alle vertrouwen' heeft in de aanpak van achterstallig onderhoud aan "
      "rijksbruggen. Over het rapport van de Onderzoeksraad voor Veiligheid, dat woensdag verschijnt, "
      "wil ze nog niets kwijt. 'Ik ga niet weglopen voor de problemen.'"),
    I("-", "rb-staking", "lookalike", "nnd", "1 09:00",
      "Sjorders in Rotterdamse haven leggen het werk 24 uur neer",
      "Sjorders in de Rotterdamse haven hebben maandagochtend om 07.00 uur het werk voor 24 uur "
      "neergelegd. Vakbond FNV Havens wil een betere regeling voor vervroegd uittreden. "
      "Containerschepen op de Maasvlakte lopen vertraging op.", city="ROTTERDAM"),
    I("rotterdam-brand", "rb-nnd", "original", "nnd", "1 15:20",
      "Grote brand in opslagloods in Rotterdamse haven, NL-Alert verstuurd",
      "In een opslagloods in het Botlekgebied in de Rotterdamse haven is maandagmiddag een grote "
      "brand uitgebroken. De veiligheidsregio heeft een NL-Alert verstuurd voor Spijkenisse en "
      "Hoogvliet vanwege de rook: mensen moeten ramen en deuren sluiten en ventilatie uitzetten. Er "
      "zijn geen gewonden gemeld.", city="ROTTERDAM"),
    I("rotterdam-brand", "rb-dd", "copy", "dagblad-delta", "1 16:00",
      "NL-Alert om rook van grote brand in Botlek", "=rb-nnd"),
    I("rotterdam-brand", "rb-hp", "copy", "haagsche-post", "1 16:30",
      "Zeer grote brand in Rotterdamse haven: ramen dicht in Spijkenisse"),
    I("brouwer-aftreden", "br-nnd", "original", "nnd", "3 13:10",
      "Minister Brouwer van Infrastructuur treedt af na kritisch rapport over bruggen",
      "Minister Eveline Brouwer van Infrastructuur en Waterstaat is woensdag afgetreden. Aanleiding "
      "is een rapport van de Onderzoeksraad voor Veiligheid waaruit blijkt dat haar ministerie "
      "jarenlang waarschuwingen over de staat van tientallen rijksbruggen heeft genegeerd. Brouwer "
      "zei in een verklaring dat zij „de politieke verantwoordelijkheid neemt”."),
    I("brouwer-aftreden", "br-hp", "copy", "haagsche-post", "3 13:30",
      "Brouwer treedt af na OVV-rapport over bruggen"),
    I("brouwer-aftreden", "br-dd", "rewrite", "dagblad-delta", "3 13:45",
      "Minister Eveline Brouwer stapt op na rapport over bruggen",
      "Minister Eveline Brouwer (Infrastructuur en Waterstaat) stapt op. Dat maakte ze woensdagmiddag "
      "bekend, enkele uren na publicatie van een vernietigend rapport van de Onderzoeksraad voor "
      "Veiligheid over achterstallig onderhoud aan rijksbruggen. 'Ik neem de politieke "
      "verantwoordelijkheid', aldus Brouwer."),
    I("brouwer-aftreden", "br-ww", "translation", "wirewide", "3 14:20",
      "Dutch infrastructure minister resigns over bridge safety report",
      "Dutch Infrastructure Minister Eveline Brouwer resigned on Wednesday after the Dutch Safety "
      "Board found her ministry had for years ignored warnings about the condition of dozens of "
      "state-owned bridges.", city="THE HAGUE"),

    # ------------------------------------------------------------------ PL
    I("krakow-smog", "ks-paw", "original", "paw", "1 07:20",
      "Alarm smogowy w Krakowie. Komunikacja miejska za darmo",
      "W związku z wysokim stężeniem pyłu zawieszonego PM10 władze Krakowa wprowadziły w poniedziałek "
      "bezpłatną komunikację miejską dla kierowców, którzy okażą dowód rejestracyjny. Norma dobowa "
      "została przekroczona ponad trzykrotnie. Lekarze apelują, by osoby starsze i dzieci "
      "ograniczyły przebywanie na zewnątrz.", city="Kraków"),
    I("krakow-smog", "ks-gw", "cut", "gazeta-wisla", "1 08:05",
      "Kraków dusi się od smogu. Darmowe autobusy i tramwaje dla kierowców",
      "Ponad trzykrotnie przekroczona norma PM10 – Kraków ogłosił w poniedziałek alarm smogowy i "
      "bezpłatną komunikację miejską dla kierowców z dowodem rejestracyjnym. Lekarze apelują o "
      "ograniczenie spacerów."),
    I("-", "kr-pozar", "lookalike", "gazeta-wisla", "1 12:30",
      "Pożar kamienicy na Kazimierzu. Ewakuowano 30 osób",
      "Trzydzieści osób ewakuowano w poniedziałek z kamienicy przy ulicy Józefa na krakowskim "
      "Kazimierzu, gdzie zapalił się dach. Strażacy opanowali ogień po dwóch godzinach; nikt nie "
      "został ranny."),
    I("warszawa-tramwaje", "wt-paw", "original", "paw", "2 07:50",
      "Zderzenie dwóch tramwajów na Woli. 14 osób rannych",
      "Czternaście osób zostało rannych we wtorek rano w zderzeniu dwóch tramwajów na skrzyżowaniu "
      "ulic Wolskiej i Płockiej w Warszawie. Według straży pożarnej trzy osoby trafiły do szpitala, "
      "ich życiu nie zagraża niebezpieczeństwo. Ruch tramwajowy na Woli jest wstrzymany, "
      "uruchomiono autobusy zastępcze."),
    I("warszawa-tramwaje", "wt-pm", "copy", "portal-mazowsze", "2 08:10",
      "Zderzenie tramwajów na Woli, są ranni", cat="Wiadomości | Warszawa"),
    I("warszawa-tramwaje", "wt-gw", "cut", "gazeta-wisla", "2 08:30",
      "Wola: tramwaj wjechał w tramwaj, 14 rannych", "=wt-paw"),
    I("-", "pm-awaria", "lookalike", "portal-mazowsze", "2 15:00",
      "Awaria wodociągu na Woli, utrudnienia w ruchu", cat="Wiadomości | Warszawa"),
    I("lotto-d2", "lotto-d2", "template", "paw", "2 20:20",
      "Wyniki Lotto z 8 grudnia 2026",
      "Oto wyniki wtorkowego losowania Lotto z 8 grudnia 2026 roku: 3, 14, 22, 29, 37, 41. W "
      "losowaniu Lotto Plus padły liczby: 6, 11, 18, 25, 33, 47. Szóstki nie trafił nikt, w "
      "kolejnym losowaniu do wygrania będzie 12 mln zł."),
    I("lotto-d2", "lotto-d2-pm", "copy", "portal-mazowsze", "2 20:45",
      "Wyniki Lotto z 8 grudnia 2026", cat="Loterie"),
    I("-", "minilotto-d2", "template", "paw", "2 22:10",
      "Wyniki Mini Lotto z 8 grudnia 2026",
      "Oto wyniki wtorkowego losowania Mini Lotto z 8 grudnia 2026 roku: 5, 9, 17, 30, 38. Padły "
      "dwie wygrane pierwszego stopnia, każda po 128 tys. zł."),

    # --------------------------------------------- region: hy / az / ru
    I("fuzuli-mine", "fz-bx", "original", "baku-xeber", "1 10:20",
      "Füzulidə mina partlayışı: ANAMA-nın iki əməkdaşı yaralanıb",
      "Füzuli rayonunun ərazisində minatəmizləmə işləri aparılarkən tank əleyhinə mina partlayıb, "
      "nəticədə Azərbaycan Respublikası Minadan Təmizləmə Agentliyinin (ANAMA) iki əməkdaşı "
      "yaralanıb. Yaralılar Füzuli şəhər xəstəxanasına çatdırılıb, onların vəziyyəti stabil "
      "qiymətləndirilir."),
    I("fuzuli-mine", "fz-qi", "copy", "qarabag-info", "1 10:50",
      "Füzulidə mina partladı, iki minaaxtaran yaralandı"),
    I("fuzuli-mine", "fz-kl", "translation", "kavkaz-lenta", "1 12:00",
      "В Физулинском районе при разминировании подорвались двое сапёров ANAMA",
      "Двое сотрудников Агентства по разминированию Азербайджана (ANAMA) получили ранения при подрыве "
      "противотанковой мины в Физулинском районе. Пострадавшие доставлены в больницу, их состояние "
      "оценивается как стабильное."),
    I("delimitation-gabala", "gab-yl", "original", "yerevan-lur", "2 09:00",
      "Հայաստանի և Ադրբեջանի սահմանազատման հանձնաժողովները հանդիպել են Գաբալայում",
      "Հայաստանի և Ադրբեջանի միջև պետական սահմանի սահմանազատման հարցերով պետական "
      "հանձնաժողովների հերթական նիստը երեքշաբթի տեղի է ունեցել Ադրբեջանի Գաբալա քաղաքում։ "
      "Կողմերը քննարկել են Տավուշի և Ղազախի հատվածում սահմանազատման հաջորդ փուլը և "
      "պայմանավորվել են հաջորդ հանդիպումն անցկացնել Հայաստանում՝ հունվարին։"),
    I("delimitation-gabala", "gab-syn", "copy", "syunik-news", "2 09:40",
      "Սահմանազատման հանձնաժողովների նիստը կայացել է Գաբալայում", "=gab-yl"),
    I("delimitation-gabala", "gab-bx", "translation", "baku-xeber", "2 10:05",
      "Azərbaycan və Ermənistanın delimitasiya komissiyalarının növbəti iclası Qəbələdə keçirilib",
      "Azərbaycan ilə Ermənistan arasında dövlət sərhədinin delimitasiyası üzrə dövlət "
      "komissiyalarının növbəti iclası çərşənbə axşamı Qəbələdə keçirilib. Tərəflər Qazax–Tavuş "
      "istiqamətində delimitasiya işlərinin növbəti mərhələsini müzakirə ediblər. Növbəti iclasın "
      "yanvarda Ermənistanda keçirilməsi razılaşdırılıb."),
    I("delimitation-gabala", "gab-qi", "copy", "qarabag-info", "2 10:30",
      "Delimitasiya komissiyaları Qəbələdə görüşüb"),
    I("delimitation-gabala", "gab-kl", "translation", "kavkaz-lenta", "2 11:00",
      "Комиссии Армении и Азербайджана по делимитации границы провели заседание в Габале",
      "В азербайджанской Габале во вторник прошло очередное заседание государственных комиссий "
      "Армении и Азербайджана по делимитации границы. Стороны обсудили следующий этап работ на "
      "участке Газах — Тавуш и договорились провести новую встречу в январе в Армении.",
      city="ГАБАЛА"),
    I("delimitation-gabala", "gab-ria", "translation", "ria-vostok", "2 11:45",
      "Армения и Азербайджан обсудили в Габале следующий этап делимитации",
      "Государственные комиссии Армении и Азербайджана по делимитации границы провели во вторник "
      "заседание в Габале. Следующую встречу планируется провести в январе на территории Армении."),
    I("-", "yl-subsidia", "lookalike", "yerevan-lur", "2 12:30",
      "Կառավարությունը սուբսիդիա կտրամադրի Սյունիքի ֆերմերներին",
      "Կառավարությունը երեքշաբթի օրը հաստատել է Սյունիքի մարզի ֆերմերներին անասնակերի "
      "ձեռքբերման համար սուբսիդիա տրամադրելու ծրագիրը։ Ծրագրի ընդհանուր արժեքը կազմում է 850 "
      "միլիոն դրամ։"),
    I("-", "fz-menzil", "lookalike", "baku-xeber", "3 09:40",
      "Füzulidə yeni yaşayış kompleksi keçmiş məcburi köçkünlərə təhvil verilib",
      "Füzuli şəhərində inşa edilən yeni yaşayış kompleksinin 240 mənzili çərşənbə günü keçmiş "
      "məcburi köçkün ailələrinə təhvil verilib. Böyük Qayıdış proqramı çərçivəsində şəhərə "
      "indiyədək 1500-dən çox ailə köçürülüb."),
]

TRAPS = [
    # follow-up
    ("isolde-hh", "isolde-restore", "follow-up"),
    ("isolde-ww", "isolde-restore", "follow-up"),
    ("ed-hh", "eda-ww", "follow-up"),
    ("ed-np", "eda-np", "follow-up"),
    ("ed-ww", "eda-civic", "follow-up"),
    ("gr-ibera", "gr-replica", "follow-up"),
    ("ve-italo", "ve-prev", "follow-up"),
    # same-company / same-person
    ("wm-ww", "westmoor-strike", "same-company"),
    ("cv-ww", "corvane-recall", "same-company"),
    ("qf-dl", "quillfeather-ceo", "same-company"),
    ("bc-meseta", "bc-ere", "same-company"),
    ("sncf-afn", "sncf-lgv", "same-company"),
    ("br-dd", "br-interview", "same-person"),
    ("br-nnd", "br-interview", "same-person"),
    # same-place
    ("hf-ww", "heathrow-strike", "same-place"),
    ("bvg-dpn", "berlin-lagerhalle", "same-place"),
    ("dd-ak", "dresden-oper", "same-place"),
    ("lyon-lecho", "lyon-incendie", "same-place"),
    ("mv-ibera", "mad-incendio", "same-place"),
    ("aa-dt", "aa-bus", "same-place"),
    ("sn-md", "mos-sklad", "same-place"),
    ("sc-lampo", "mi-tram", "same-place"),
    ("rb-nnd", "rb-staking", "same-place"),
    ("ks-gw", "kr-pozar", "same-place"),
    ("fz-bx", "fz-menzil", "same-place"),
    # template twins
    ("ftse-d1", "ftse-d2", "template"),
    ("ftse-d2", "ftse-d3", "template"),
    ("ftse-d1-dl", "ftse-d3", "template"),
    ("soc-ashby", "soc-kestrel", "template"),
    ("dax-d1", "dax-d2", "template"),
    ("l1-lens", "l1-lyon", "template"),
    ("meteo-d2", "meteo-d3", "template"),
    ("bono-d1", "bono-d2", "template"),
    ("vejr-d1", "vejr-d2", "template"),
    ("kurs-d1", "kurs-d2", "template"),
    ("lotto-d2", "minilotto-d2", "template"),
    # same-outlet boilerplate
    ("wm-civic", "civic-cycle", "boilerplate"),
    ("corvane-recall", "heathrow-strike", "boilerplate"),
    ("dd-rb", "koeln-dom", "boilerplate"),
    ("m3-kbh", "kbh-cykelbro", "boilerplate"),
    ("ve-cv", "cv-bergamo", "boilerplate"),
    ("kurs-d1", "ria-kazan", "boilerplate"),
    ("gab-yl", "yl-subsidia", "boilerplate"),
    ("gab-bx", "fz-menzil", "boilerplate"),
    ("rb-dd", "br-interview", "boilerplate"),
    # generic titles with empty / teaser summaries
    ("np-appeal-1", "np-appeal-2", "generic-title"),
    ("np-road-1", "np-road-2", "generic-title"),
    ("np-appeal-1", "np-road-1", "generic-title"),
    ("qf-pulse", "pulse-seal", "generic-title"),
    ("sp-zeugen-1", "sp-zeugen-2", "generic-title"),
    ("a7-sp", "sp-strasse", "generic-title"),
    ("wt-pm", "pm-awaria", "generic-title"),
]
