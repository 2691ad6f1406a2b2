#!/usr/bin/env python3
"""Build the stories4 labelled corpus (tuning4.json, heldout4.json, README.md).

stdlib only. Usage:
    python3 build.py          # write the files
    python3 build.py --show   # list every story with >= 2 items in one language
"""
import json, sys, os, re, zlib, unicodedata, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))

CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a","b","v","g","d","e","e","zh","z","i","y","k","l","m","n","o","p","r","s","t","u","f","kh","ts","ch","sh","shch","","y","","e","yu","ya"]))
SPECIAL = {"ß": "ss", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe"}
SECTIONS = ["news", "world", "business", "national", "local", "markets", "politics", "society"]


def slugify(text, maxwords=8):
    out = []
    for ch in text.lower():
        if ch in CYR:
            out.append(CYR[ch])
        elif ch in SPECIAL:
            out.append(SPECIAL[ch])
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    s = "".join(c for c in s if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", s)
    drop = {"update", "brief", "refile", "corrected", "aktualizacja", "actualizacion", "aggiornamento", "obnovlenie"}
    while words and words[0] in drop:
        words = words[1:]
    words = [w for w in words if not re.fullmatch(r"\d", w)] or words
    return "-".join(words[:maxwords])


def domain(src):
    return src.replace("-", "") + ".example"


def make_link(src, title, pub, salt=""):
    h = zlib.crc32((src + "|" + title + "|" + salt).encode("utf-8"))
    sec = SECTIONS[h % len(SECTIONS)]
    num = 100000 + h % 900000
    style = zlib.crc32(src.encode()) % 3
    slug = slugify(title)
    if style == 0:
        return "https://%s/%s/%s/%s-%d" % (domain(src), sec, pub.strftime("%Y/%m/%d"), slug, num)
    if style == 1:
        return "https://www.%s/%s/%s-id%d.html" % (domain(src), sec, slug, num)
    return "https://%s/a/%s/%d/%s" % (domain(src), pub.strftime("%Y%m%d"), num, slug)


def build(prefix, base_date, stories):
    """stories: list of (key, [item tuples]); item = (kind, src, lang, 'D HH:MM', title, summary[, opts])"""
    rows = []
    seen_keys = set()
    for skey, items in stories:
        assert skey not in seen_keys, skey
        seen_keys.add(skey)
        first_link = None
        for n, it in enumerate(items):
            kind, src, lang, when, title, summary = it[:6]
            opts = it[6] if len(it) > 6 else {}
            d, hm = when.split()
            hh, mm = hm.split(":")
            pub = base_date + datetime.timedelta(days=int(d) - 1, hours=int(hh), minutes=int(mm))
            stage = opts.get("stage", int(d))
            if opts.get("same") and first_link:
                link = first_link
            else:
                link = make_link(src, title, pub, skey)
            if n == 0:
                first_link = link
            rows.append({
                "_order": (pub, stage, skey, n),
                "story": prefix + "-" + skey, "kind": kind, "source": src, "lang": lang,
                "published": pub.strftime("%Y-%m-%dT%H:%M:00Z"), "stage": stage,
                "link": link, "title": title, "summary": summary,
            })
    rows.sort(key=lambda r: r["_order"])
    out = []
    for i, r in enumerate(rows, 1):
        del r["_order"]
        item = {"id": "%s/%03d" % (prefix, i)}
        item.update(r)
        out.append(item)
    return out


# ---------------------------------------------------------------- TUNING (t4), days 2026-05-04 .. 06
TUNING = [
("quake-chile", [
 ("original","meridian-wire","en","1 06:10","Magnitude 6.4 earthquake strikes northern Chile near Antofagasta","A magnitude 6.4 earthquake struck off the coast of northern Chile early on Monday, about 60 km south-west of Antofagasta, the national seismology centre said. There were no immediate reports of casualties and no tsunami alert was issued."),
 ("copy","coastline-post","en","1 06:40","Strong quake rattles Antofagasta region in Chile","A magnitude 6.4 earthquake struck off the coast of northern Chile early on Monday, about 60 km south-west of Antofagasta, the national seismology centre said. There were no immediate reports of casualties."),
 ("translation","iberpress","es","1 07:00","Un sismo de magnitud 6,4 sacude el norte de Chile cerca de Antofagasta","Un terremoto de magnitud 6,4 sacudió este lunes la costa del norte de Chile, a unos 60 kilómetros al suroeste de Antofagasta, informó el Centro Sismológico Nacional. No se reportaron víctimas ni se emitió alerta de tsunami."),
 ("update","meridian-wire","en","1 10:05","UPDATE 1-Chile quake kills two in Antofagasta; magnitude revised to 6.2","Two people were killed and dozens of homes damaged when a magnitude 6.2 earthquake hit northern Chile on Monday, officials said, after the seismology centre lowered its initial estimate of 6.4. Power was cut to about 40,000 customers in Antofagasta."),
 ("rewrite","el-faro-digital","es","1 11:20","Dos muertos y 40.000 hogares sin luz tras el terremoto en la región de Antofagasta","El temblor de magnitud 6,2 que sacudió el lunes el norte chileno dejó dos fallecidos y decenas de viviendas dañadas, según las autoridades regionales. Unos 40.000 clientes antofagastinos se quedaron sin suministro eléctrico."),
]),
("quake-chile-aftershock", [
 ("lookalike","meridian-wire","en","2 04:30","Magnitude 5.3 aftershock jolts Antofagasta a day after deadly quake","A magnitude 5.3 aftershock shook northern Chile before dawn on Tuesday, a day after a deadly earthquake in the Antofagasta region. Authorities said schools in the city would stay closed while engineers inspect buildings; no new damage was reported."),
]),
("quake-peru", [
 ("lookalike","beacon-wire","en","2 05:50","Magnitude 6.1 earthquake strikes southern Peru near Arequipa","A magnitude 6.1 earthquake struck southern Peru on Tuesday morning, about 70 km north of Arequipa, the Geophysical Institute of Peru said. Local media reported cracked walls and small landslides but no casualties so far."),
]),
("bank-northgate", [
 ("original","summit-press","en","1 07:30","Harlow & Finch agrees to buy Northgate Savings for £2.1bn","British lender Harlow & Finch has agreed to buy building society Northgate Savings for £2.1 billion, creating a group with about 4.3 million customers, the two said on Monday. Northgate's members will vote on the deal in July."),
 ("rewrite","capital-dispatch","en","1 08:45","Northgate Savings to be swallowed by Harlow & Finch in £2.1bn takeover","Mid-sized bank Harlow & Finch has struck a deal to acquire mutual rival Northgate Savings, valuing it at £2.1 billion. The enlarged group would serve some 4.3 million customers; Northgate members get a vote on the offer in July."),
 ("cut","ironbridge-news","en","1 09:10","Harlow & Finch to buy Northgate","British lender Harlow & Finch has agreed to buy building society Northgate Savings for £2.1 billion, creating a group with about 4.3 million…"),
 ("translation","deutsche-depesche","de","1 09:30","Britische Bank Harlow & Finch übernimmt Northgate Savings für 2,1 Milliarden Pfund","Das britische Geldhaus Harlow & Finch kauft die Bausparkasse Northgate Savings für 2,1 Milliarden Pfund. Die neue Gruppe käme auf rund 4,3 Millionen Kunden. Die Northgate-Mitglieder sollen im Juli abstimmen."),
]),
("bank-castlebridge", [
 ("lookalike","capital-dispatch","en","1 13:00","Castlebridge Bank agrees to buy Penrose Building Society for £1.4bn","Castlebridge Bank has agreed to buy Penrose Building Society for £1.4 billion in cash, the lender said on Monday, adding about 1.1 million savers to its customer base. Penrose members will vote on the offer in September."),
]),
("tram-munich", [
 ("original","deutsche-depesche","de","1 06:30","Warnstreik: Münchner Trambahnen stehen am Donnerstag still","Die Gewerkschaft Verdi hat die Fahrerinnen und Fahrer der Münchner Straßenbahnen für Donnerstag zu einem ganztägigen Warnstreik aufgerufen. Betroffen sind alle 13 Tramlinien; U-Bahn und Busse sollen nach Angaben der Verkehrsgesellschaft weitgehend fahren."),
 ("rewrite","spreeblatt","de","1 08:15","Straßenbahnstreik in München: Verdi legt Tramverkehr lahm","Fahrgäste in der bayerischen Landeshauptstadt müssen sich am Donnerstag auf Ausfälle einstellen: Verdi ruft das Trampersonal zum Ausstand auf. Alle 13 Linien sind betroffen, U-Bahnen und Busse verkehren weitgehend normal."),
 ("translation","meridian-wire","en","1 10:40","Munich tram drivers to strike on Thursday, union says","The Verdi union has called on tram drivers in Munich to stage a one-day warning strike on Thursday, halting all 13 tram lines. Underground and bus services are expected to run largely as normal, the transport operator said."),
 ("regional","isar-bote","de","2 06:20","Tramstreik am Donnerstag – das müssen Fahrgäste wissen","Verdi-Warnstreik bei der Trambahn: Am Donnerstag fahren in München keine Straßenbahnen, alle 13 Linien stehen. U-Bahn und Bus sind laut MVG nicht betroffen."),
]),
("tram-stuttgart", [
 ("lookalike","alpenpost","de","1 14:00","Warnstreik: Stuttgarter Stadtbahnen stehen am Freitag still","Verdi hat die Beschäftigten der Stuttgarter Straßenbahnen für Freitag zu einem ganztägigen Warnstreik aufgerufen. Alle Stadtbahnlinien sind betroffen; Busse fahren nach Angaben der SSB nur eingeschränkt."),
]),
("water-rome", [
 ("original","notiziario-penisola","it","1 07:00","Roma, razionamento dell'acqua in sei quartieri per la siccità","Da mercoledì l'acqua sarà ridotta di notte in sei quartieri di Roma, tra cui Monteverde e Trastevere, a causa della siccità. Lo ha annunciato la società idrica comunale, che prevede pressione ridotta tra le 23 e le 6 per almeno tre settimane."),
 ("rewrite","roma-sera","it","1 09:30","Siccità, notti a secco per i romani di sei quartieri","Stop notturno all'acqua nella Capitale: da mercoledì, tra le 23 e le 6, la pressione verrà abbassata a Monteverde, a Trastevere e in altri quattro quartieri romani. La misura durerà almeno tre settimane, fa sapere l'azienda idrica."),
 ("cut","corriere-tirreno","it","1 11:00","Acqua razionata a Roma: stop di notte in sei quartieri","Da mercoledì l'acqua sarà ridotta di notte in sei quartieri di Roma, tra cui Monteverde e Trastevere, a causa della siccità […]"),
 ("translation","beacon-wire","en","1 12:10","Rome to ration water overnight in six districts amid drought","Rome's municipal water company will reduce supply pressure overnight in six districts, including Monteverde and Trastevere, from Wednesday because of drought. The measure will run from 11 pm to 6 am for at least three weeks."),
]),
("water-naples", [
 ("lookalike","corriere-tirreno","it","2 08:00","Napoli, acqua sospesa in quattro quartieri per un guasto","Per la rottura di una condotta principale l'erogazione dell'acqua è sospesa fino a stasera a Fuorigrotta, Bagnoli e in altri due quartieri di Napoli. L'azienda idrica ha inviato autobotti nelle zone interessate."),
]),
("train-poznan", [
 ("original","depesza","pl","1 05:40","Zderzenie pociągów pod Poznaniem. Kilkanaście osób rannych","Pociąg pasażerski zderzył się w poniedziałek rano z pociągiem towarowym pod Poznaniem, na trasie do Gniezna. Według straży pożarnej rannych zostało 14 osób, w tym dwie ciężko. Ruch na linii jest wstrzymany."),
 ("rewrite","kurier-warta","pl","1 07:15","Wypadek kolejowy na trasie Poznań–Gniezno. Ranni pasażerowie","Na linii z Poznania do Gniezna doszło do zderzenia składu osobowego z towarowym. Strażacy mówią o czternastu poszkodowanych, dwoje jest w stanie ciężkim. Pociągi na tym odcinku nie kursują."),
 ("translation","summit-press","en","1 08:00","Passenger train collides with freight train near Poznan, 14 hurt","A passenger train collided with a freight train near the western Polish city of Poznan on Monday morning, injuring 14 people, two of them seriously, the fire service said. Traffic on the line to Gniezno was suspended."),
 ("copy","tidewater-times","en","1 08:35","14 injured as trains collide in western Poland","A passenger train collided with a freight train near the western Polish city of Poznan on Monday morning, injuring 14 people, two of them seriously, the fire service said. Traffic on the line was suspended."),
 ("update","depesza","pl","1 09:50","AKTUALIZACJA 1-Katastrofa kolejowa koło Poznania: 23 rannych, prokuratura wszczyna śledztwo","Liczba rannych w porannym zderzeniu pociągu pasażerskiego z towarowym koło Poznania wzrosła do 23, podały służby. Prokuratura wszczęła śledztwo; maszynista składu towarowego miał zignorować sygnał."),
]),
("train-wroclaw", [
 ("lookalike","gazeta-wislana","pl","2 10:00","Wykolejenie pociągu pod Wrocławiem. Pięć osób rannych","Dwa wagony pociągu regionalnego wypadły z szyn we wtorek pod Wrocławiem, na trasie do Oleśnicy. Pięć osób trafiło do szpitala. Przyczyny wypadku bada komisja kolejowa."),
]),
("fire-novosibirsk", [
 ("original","sibir-inform","ru","1 04:30","Пожар на ТЭЦ в Новосибирске: без тепла остались 200 домов","Ночью на одной из ТЭЦ Новосибирска произошёл пожар в машинном зале. По данным МЧС, возгорание на площади 800 кв. м ликвидировано, без горячей воды и отопления остаются около 200 жилых домов Ленинского района."),
 ("rewrite","novosti-express","ru","1 06:45","Новосибирская ТЭЦ горела ночью, жители Ленинского района без отопления","В машинном зале новосибирской теплоэлектроцентрали ночью вспыхнул пожар площадью 800 квадратных метров. Огонь потушен, но около двухсот домов в Ленинском районе пока остаются без тепла и горячей воды, сообщили спасатели."),
 ("translation","meridian-wire","en","1 08:20","Fire at Novosibirsk power plant cuts heating to 200 buildings","A fire broke out overnight in the turbine hall of a combined heat and power plant in the Siberian city of Novosibirsk, leaving about 200 apartment buildings without heating and hot water, Russia's emergencies ministry said."),
 ("regional","ob-vestnik","ru","2 07:10","Ленинский район всё ещё без тепла после пожара на ТЭЦ","После ночного пожара на ТЭЦ около 200 домов Ленинского района Новосибирска остаются без отопления и горячей воды. Подачу тепла обещают восстановить к среде."),
]),
("fire-omsk", [
 ("lookalike","vesti-volga","ru","2 09:00","Пожар на ТЭЦ в Омске: отключено горячее водоснабжение","В Омске утром загорелась кровля котельного цеха ТЭЦ. Пострадавших нет, но горячую воду временно отключили в 150 домах Кировского округа, сообщили в мэрии."),
]),
("layoffs-quillon", [
 ("original","summit-press","en","1 13:05","Quillon Systems to cut 1,200 jobs as cloud sales slow","Software maker Quillon Systems said on Monday it would cut about 1,200 jobs, or 9% of its workforce, after growth in its cloud business slowed for a third straight quarter. The Austin-based company expects restructuring charges of up to $85 million."),
 ("brief","harbor-ledger","en","1 13:20","BRIEF-Quillon Systems says to reduce workforce by about 9%","Quillon Systems Inc: says to reduce workforce by about 1,200 positions, or 9%; expects restructuring charges of $70 million to $85 million, mostly in the second quarter."),
 ("copy","bayline-news","en","1 13:40","Quillon Systems announces 1,200 layoffs","Software maker Quillon Systems said on Monday it would cut about 1,200 jobs, or 9% of its workforce, after growth in its cloud business slowed for a third straight quarter. The Austin-based company expects charges of up to $85 million."),
 ("update","summit-press","en","1 16:20","UPDATE 1-Quillon shares drop 11% as software maker axes 1,200 jobs","Shares of Quillon Systems fell 11% on Monday after the Austin-based software maker said it would lay off roughly 1,200 employees and lowered its annual revenue forecast to $3.4 billion from $3.6 billion, citing weaker cloud demand."),
]),
("layoffs-verant", [
 ("lookalike","capital-dispatch","en","2 13:10","Verant Systems to cut 900 jobs as hardware sales slump","Network equipment maker Verant Systems said on Tuesday it would eliminate around 900 positions, about 7% of staff, after two quarters of falling hardware sales. The Denver-based company expects charges of about $40 million."),
]),
("cpi-uk", [
 ("original","meridian-wire","en","2 06:00","UK inflation falls to 2.6% in April, lowest in 18 months","British consumer price inflation fell to 2.6% in April from 3.0% in March, the Office for National Statistics said on Tuesday, helped by lower energy bills and food prices. Economists had expected a reading of 2.8%."),
 ("cut","ironbridge-news","en","2 06:30","UK inflation drops to 2.6%","British consumer price inflation fell to 2.6% in April from 3.0% in March, the Office for National Statistics said on Tuesday…"),
 ("rewrite","capital-dispatch","en","2 07:10","Cheaper energy drags UK price growth down to 2.6%","Lower household energy and food costs pulled Britain's annual CPI rate down to 2.6% last month from 3.0%, official figures showed, a sharper fall than the 2.8% economists had pencilled in and the weakest reading in a year and a half."),
 ("translation","deutsche-depesche","de","2 07:40","Britische Inflation sinkt im April auf 2,6 Prozent","Die Teuerungsrate in Großbritannien ist im April auf 2,6 Prozent gefallen, nach 3,0 Prozent im März, wie das Statistikamt ONS mitteilte. Gründe waren niedrigere Energie- und Lebensmittelpreise. Ökonomen hatten 2,8 Prozent erwartet."),
]),
("cpi-ireland", [
 ("lookalike","beacon-wire","en","2 11:00","Irish inflation falls to 2.1% in April, CSO says","Ireland's annual consumer price inflation eased to 2.1% in April from 2.5% in March, the Central Statistics Office said on Tuesday, as energy and clothing prices fell. It was the lowest rate since last summer."),
]),
("atc-marseille", [
 ("original","depeche-hexagone","fr","1 10:00","Grève des aiguilleurs du ciel à Marseille : la moitié des vols annulés mercredi","La DGAC a demandé aux compagnies d'annuler la moitié de leurs vols au départ et à l'arrivée de l'aéroport de Marseille-Provence mercredi, en raison d'une grève des contrôleurs aériens contre la réforme de leurs horaires."),
 ("copy","gazette-provence","fr","1 10:30","Marseille-Provence : 50 % des vols annulés mercredi à cause d'une grève","La DGAC a demandé aux compagnies d'annuler la moitié de leurs vols au départ et à l'arrivée de l'aéroport de Marseille-Provence mercredi, en raison d'une grève des contrôleurs aériens contre la réforme de leurs horaires.",{"same":True}),
 ("copy","ouest-journal","fr","1 12:00","Contrôleurs aériens en grève : Marignane privé d'un vol sur deux","La DGAC a demandé aux compagnies d'annuler la moitié de leurs vols au départ et à l'arrivée de l'aéroport de Marseille-Provence mercredi, en raison d'une grève des contrôleurs aériens contre la réforme de leurs horaires."),
 ("translation","tidewater-times","en","1 13:30","Half of Marseille flights cancelled on Wednesday as air traffic controllers strike","France's civil aviation authority has asked airlines to cancel half of their flights to and from Marseille-Provence airport on Wednesday because of a strike by air traffic controllers over changes to their working hours."),
]),
("atc-nantes", [
 ("lookalike","ouest-journal","fr","2 09:00","Grève des contrôleurs aériens à Nantes : un tiers des vols annulés jeudi","La DGAC demande aux compagnies de supprimer un tiers de leurs vols jeudi à l'aéroport de Nantes-Atlantique, où les contrôleurs aériens font grève pour réclamer des renforts d'effectifs."),
]),
("fire-guadarrama", [
 ("original","iberpress","es","2 14:10","Un incendio forestal en la sierra de Guadarrama obliga a desalojar a 300 vecinos","Un incendio declarado este martes en la sierra de Guadarrama, al noroeste de Madrid, ha obligado a desalojar a unos 300 vecinos de Cercedilla, según la Comunidad de Madrid. El fuego ha quemado ya 450 hectáreas."),
 ("rewrite","diario-meseta","es","2 16:00","Desalojados 300 vecinos de Cercedilla por el fuego en la sierra madrileña","Las llamas avanzan por la sierra de Guadarrama: la Comunidad de Madrid ha evacuado a unos trescientos residentes de Cercedilla mientras el incendio, declarado este martes, suma ya 450 hectáreas calcinadas."),
 ("translation","meridian-wire","en","2 17:00","Wildfire near Madrid forces evacuation of 300 residents","A wildfire in the Guadarrama mountains north-west of Madrid forced the evacuation of about 300 residents of Cercedilla on Tuesday, regional authorities said. The fire has burned 450 hectares."),
 ("update","iberpress","es","2 19:30","ACTUALIZACIÓN 1-El fuego de Guadarrama arrasa 1.100 hectáreas y corta la M-601","El incendio forestal de la sierra madrileña ha calcinado ya 1.100 hectáreas y mantiene cortada la carretera M-601, informaron los servicios de emergencia. Unos 600 vecinos de Cercedilla y Navacerrada han sido desalojados."),
]),
("fire-espadan", [
 ("lookalike","la-voz-levante","es","3 10:00","Un incendio forestal en la sierra de Espadán obliga a desalojar a 150 vecinos","El fuego, declarado el miércoles en la sierra de Espadán (Castellón), ha obligado a desalojar a unos 150 vecinos de Eslida, según la Generalitat Valenciana. Ya ha quemado 200 hectáreas."),
]),
("ship-suez", [
 ("original","summit-press","en","2 08:20","Container ship Orla Bright runs aground in Suez Canal","The 300-metre container ship Orla Bright ran aground in the southern section of the Suez Canal on Tuesday, the Suez Canal Authority said, temporarily halting northbound traffic. Tugboats were working to refloat the vessel."),
 ("copy","bayline-news","en","2 08:50","Suez Canal traffic halted after container ship grounds","The 300-metre container ship Orla Bright ran aground in the southern section of the Suez Canal on Tuesday, the Suez Canal Authority said, temporarily halting northbound traffic. Tugboats were working to refloat it."),
 ("copy","harbor-ledger","en","2 10:15","Stranded boxship stops northbound convoy in Suez Canal","The 300-metre container ship Orla Bright ran aground in the southern section of the Suez Canal on Tuesday, the Suez Canal Authority said, temporarily halting northbound traffic. Tugboats were working to refloat the vessel."),
 ("update","summit-press","en","2 14:45","UPDATE 2-Orla Bright refloated, Suez Canal traffic resumes","Tugboats refloated the container ship Orla Bright on Tuesday afternoon, about six hours after it ran aground near Suez, and traffic through the canal resumed, the canal authority said. Around 20 vessels had been held up."),
]),
("ship-panama", [
 ("lookalike","tidewater-times","en","3 09:00","Bulk carrier runs aground in Panama Canal, traffic suspended","The bulk carrier Santa Verna ran aground near the Gatun Locks on Wednesday, the Panama Canal Authority said, suspending transits in both directions while tugboats try to refloat the ship."),
]),
("strike-rotterdam", [
 ("original","nieuwsdienst-nl","nl","1 08:00","Sjorders in Rotterdamse haven leggen werk 48 uur neer","Sjorders in de Rotterdamse haven leggen vanaf woensdagochtend 48 uur het werk neer. Vakbond FNV eist een hogere vergoeding voor nachtdiensten. Containerterminals op de Maasvlakte verwachten forse vertragingen."),
 ("copy","rijnmond-krant","nl","1 11:00","Containerterminals Maasvlakte vrezen vertraging door staking van sjorders","Sjorders in de Rotterdamse haven leggen vanaf woensdagochtend 48 uur het werk neer. Vakbond FNV eist een hogere vergoeding voor nachtdiensten."),
 ("translation","meridian-wire","en","1 12:30","Rotterdam port lashers to strike for 48 hours from Wednesday","Lashing workers at the port of Rotterdam will strike for 48 hours from Wednesday morning, the FNV union said, demanding higher pay for night shifts. Container terminals on the Maasvlakte expect significant delays."),
]),
("strike-antwerp", [
 ("lookalike","haagse-bode","nl","2 09:30","Havenarbeiders in Antwerpen leggen werk 24 uur neer","Havenarbeiders in Antwerpen staken donderdag 24 uur uit protest tegen de pensioenplannen van de federale regering. Het Havenbedrijf verwacht dat tientallen schepen moeten wachten."),
]),
("metro-copenhagen", [
 ("original","kystposten","da","2 07:20","Metroen i København er lukket efter strømsvigt","Hele Københavns metro har siden klokken 6.40 holdt stille på grund af et strømsvigt, oplyser Metroselskabet. Passagerer opfordres til at tage bus eller S-tog. Det er uvist, hvornår driften genoptages."),
 ("copy","nordlys-nyt","da","2 07:45","Strømsvigt lammer metroen i København","Hele Københavns metro har siden klokken 6.40 holdt stille på grund af et strømsvigt, oplyser Metroselskabet. Passagerer opfordres til at tage bus eller S-tog."),
 ("translation","tidewater-times","en","2 09:00","Copenhagen metro shut down by power failure","Copenhagen's entire metro network has been halted since 6.40 am on Tuesday because of a power failure, the operator said, advising passengers to use buses or S-trains. It was unclear when service would resume."),
]),
("fire-uppsala", [
 ("original","nyhetsbyran-syd","sv","1 21:10","Stor brand i skola i Uppsala – ingen skadad","En kraftig brand utbröt på måndagskvällen i en grundskola i stadsdelen Gottsunda i Uppsala. Räddningstjänsten uppger att ingen skadats men att stora delar av byggnaden är förstörda. Polisen utreder misstänkt mordbrand."),
 ("copy","malarbladet","sv","2 06:30","Gottsundaskolan förstörd i natt – polisen misstänker mordbrand","En kraftig brand utbröt på måndagskvällen i en grundskola i stadsdelen Gottsunda i Uppsala. Räddningstjänsten uppger att ingen skadats men att stora delar av byggnaden är förstörda."),
 ("translation","beacon-wire","en","2 08:00","Fire destroys school in Swedish city of Uppsala, arson suspected","A large fire destroyed much of a primary school in the Gottsunda district of Uppsala on Monday evening. No one was hurt, the rescue service said, and police are investigating suspected arson."),
]),
("fire-vasteras", [
 ("lookalike","malarbladet","sv","3 07:00","Brand i förskola i Västerås – ingen skadad","En förskola på Bäckby i Västerås totalförstördes i en brand under natten mot onsdag. Ingen person skadades. Räddningstjänsten tror att branden startade i ett förråd."),
]),
("un-southsudan", [
 ("original","meridian-wire","en","1 19:00","UN Security Council extends South Sudan peacekeeping mission for a year","The UN Security Council on Monday voted 13-0 with two abstentions to extend the mandate of its peacekeeping mission in South Sudan, UNMISS, for another 12 months, keeping its troop ceiling at 17,000."),
 ("copy","crescent-review","en","1 19:45","UN renews South Sudan mission for 12 months","The UN Security Council on Monday voted 13-0 with two abstentions to extend the mandate of its peacekeeping mission in South Sudan, UNMISS, for another 12 months, keeping its troop ceiling at 17,000."),
 ("translation","depeche-hexagone","fr","1 20:30","L'ONU prolonge d'un an sa mission de paix au Soudan du Sud","Le Conseil de sécurité de l'ONU a prolongé lundi de douze mois le mandat de la Minuss, sa mission de maintien de la paix au Soudan du Sud, par 13 voix et deux abstentions. Le plafond de 17 000 soldats est maintenu."),
 ("copy","capital-dispatch","en","1 22:00","Security Council renews UNMISS mandate as China and Russia abstain","The UN Security Council on Monday voted 13-0 with two abstentions to extend the mandate of its peacekeeping mission in South Sudan, UNMISS, for another 12 months, keeping its troop ceiling at 17,000."),
]),
("un-cyprus", [
 ("lookalike","beacon-wire","en","3 19:00","UN Security Council extends Cyprus peacekeeping mission for a year","The UN Security Council on Wednesday unanimously extended the mandate of its peacekeeping force in Cyprus, UNFICYP, for another 12 months and urged both sides to resume talks on reunification."),
]),
("transfer-recke", [
 ("original","westfield-herald","en","2 18:00","Harbour City sign striker Tomas Recke for £38m","Harbour City have completed the signing of striker Tomas Recke from Austrian club Alpenrath for a club-record £38 million. The 23-year-old scored 27 goals last season and has signed a five-year contract."),
 ("copy","metro-observer","en","2 18:30","Recke joins Harbour City in record £38m deal","Harbour City have completed the signing of striker Tomas Recke from Austrian club Alpenrath for a club-record £38 million. The 23-year-old scored 27 goals last season."),
 ("translation","alpenpost","de","2 19:00","Rekordtransfer: Recke wechselt für 45 Millionen Euro nach England","Alpenrath-Stürmer Tomas Recke wechselt für umgerechnet rund 45 Millionen Euro zu Harbour City. Der 23-Jährige, der in der vergangenen Saison 27 Tore erzielte, unterschreibt einen Fünfjahresvertrag."),
 ("copy","lakeside-tribune","en","2 21:00","Club-record fee brings Alpenrath forward Recke to Harbour City","Harbour City have completed the signing of striker Tomas Recke from Austrian club Alpenrath for a club-record £38 million. The 23-year-old scored 27 goals last season and has signed a five-year contract."),
]),
("transfer-ortega", [
 ("lookalike","westfield-herald","en","3 17:00","Harbour City sign midfielder Lenny Ortega for £22m","Harbour City have signed midfielder Lenny Ortega from Portuguese side Vila Serra for £22 million, a day after breaking their transfer record. The 25-year-old has agreed a four-year contract."),
]),
("hack-leeds-hospital", [
 ("original","pennine-star","en","1 09:20","Cyber attack forces Leeds hospital to divert ambulances","St Aldric's Hospital in Leeds has diverted ambulances to neighbouring hospitals after a ransomware attack took its IT systems offline on Monday morning, the NHS trust said. Routine operations have been postponed."),
 ("cut","metro-observer","en","1 10:30","Leeds hospital hit by ransomware, ambulances diverted","St Aldric's Hospital in Leeds has diverted ambulances to neighbouring hospitals after a ransomware attack took its IT systems offline…"),
 ("update","pennine-star","en","1 17:00","UPDATE 1-Leeds hospital hack: 140 operations cancelled, police investigating","About 140 planned operations have been cancelled at St Aldric's Hospital in Leeds after Monday's ransomware attack, the trust said, as West Yorkshire Police and the National Crime Agency opened an investigation. Ambulances remain diverted."),
]),
("hack-sheffield-gp", [
 ("lookalike","capital-dispatch","en","2 11:00","Ransomware attack hits Sheffield GP surgeries, appointments cancelled","Eleven GP surgeries in Sheffield have cancelled non-urgent appointments after a ransomware attack on their shared IT supplier, the local NHS board said on Tuesday. Patients needing urgent care should call 111."),
]),
("profit-brenntal", [
 ("original","deutsche-depesche","de","2 07:05","Brenntal senkt Gewinnprognose – Aktie bricht ein","Der Maschinenbauer Brenntal hat seine Jahresprognose gesenkt und erwartet nun ein bereinigtes Ebit von 310 bis 340 Millionen Euro statt bisher 420 Millionen. Grund seien schwache Aufträge aus China. Die Aktie fiel vorbörslich um 14 Prozent."),
 ("copy","rheinblick","de","2 07:40","Gewinnwarnung: Brenntal-Aktie stürzt vorbörslich ab","Der Maschinenbauer Brenntal hat seine Jahresprognose gesenkt und erwartet nun ein bereinigtes Ebit von 310 bis 340 Millionen Euro statt bisher 420 Millionen. Die Aktie fiel vorbörslich um 14 Prozent."),
 ("translation","summit-press","en","2 08:10","German machine maker Brenntal cuts profit outlook on weak China orders","Brenntal cut its full-year outlook on Tuesday and now expects adjusted EBIT of 310 million to 340 million euros, down from 420 million, blaming weak orders from China. Its shares fell 14% in pre-market trade."),
 ("rewrite","spreeblatt","de","2 09:30","Brenntal kassiert Jahresziel – Chinageschäft schwächelt","Schwache Bestellungen aus China zwingen den Maschinenbauer Brenntal zu einer Gewinnwarnung: Statt 420 Millionen Euro peilt der Konzern beim operativen Ergebnis nur noch 310 bis 340 Millionen an. Anleger reagierten mit einem Kursrutsch von 14 Prozent."),
]),
("profit-solmar", [
 ("lookalike","rheinblick","de","3 07:00","Kranhersteller Solmar senkt Umsatzprognose – Aktie unter Druck","Der Kranhersteller Solmar rechnet für das laufende Jahr nur noch mit einem Umsatz von 2,1 Milliarden Euro statt 2,4 Milliarden. Verzögerte Großprojekte in den USA belasten. Die Aktie verlor vorbörslich 8 Prozent."),
]),
("acqua-alta-venice", [
 ("original","gazzetta-lagunare","it","2 09:00","Venezia, acqua alta a 138 centimetri: allagata piazza San Marco","La marea ha raggiunto 138 centimetri alle 8.40 a Venezia, allagando circa il 70 per cento della città, tra cui piazza San Marco. Il Mose non è stato alzato perché la previsione indicava un picco inferiore, ha spiegato il Comune."),
 ("translation","beacon-wire","en","2 11:00","Venice floods as tide hits 138 cm, barrier not raised","A 138-centimetre tide flooded about 70% of Venice, including St Mark's Square, on Tuesday morning. The city said its MOSE flood barrier had not been raised because forecasts had predicted a lower peak."),
 ("translation","alpenpost","de","2 12:00","Hochwasser in Venedig: Markusplatz überflutet","Eine Flut von 138 Zentimetern hat am Dienstagmorgen rund 70 Prozent von Venedig unter Wasser gesetzt, auch den Markusplatz. Die Schutzbarrieren Mose wurden nicht aktiviert, weil ein niedrigerer Pegel vorhergesagt war."),
 ("regional","voce-del-lido","it","3 07:00","Marea a 138, il Mose resta giù: città sott'acqua","Ieri mattina la marea a 138 centimetri ha allagato il 70% di Venezia e piazza San Marco. Il Mose non era stato sollevato perché la previsione era più bassa, ha spiegato il Comune."),
]),
("acqua-alta-chioggia", [
 ("lookalike","gazzetta-lagunare","it","3 09:30","Chioggia, acqua alta a 120 centimetri: allagato il centro storico","La marea ha toccato 120 centimetri a Chioggia mercoledì mattina, allagando il corso del Popolo e gran parte del centro storico. Il Comune ha chiuso le scuole del centro."),
]),
("fire-sintra", [
 ("original","lusonoticias","pt","2 15:00","Incêndio na serra de Sintra mobiliza 300 bombeiros","Um incêndio florestal que deflagrou esta terça-feira na serra de Sintra mobiliza mais de 300 bombeiros e quatro meios aéreos, segundo a Proteção Civil. Duas estradas foram cortadas e algumas casas em Colares foram evacuadas."),
 ("copy","jornal-tejo","pt","2 15:40","Fogo em Sintra: mais de 300 bombeiros no terreno","Um incêndio florestal que deflagrou esta terça-feira na serra de Sintra mobiliza mais de 300 bombeiros e quatro meios aéreos, segundo a Proteção Civil. Duas estradas foram cortadas."),
 ("translation","tidewater-times","en","2 17:00","Wildfire near Lisbon's Sintra draws 300 firefighters","More than 300 firefighters and four aircraft were battling a wildfire in the Sintra hills west of Lisbon on Tuesday, Portugal's civil protection agency said. Two roads were closed and some homes in Colares evacuated."),
]),
("rates-fed", [
 ("original","meridian-wire","en","3 18:00","Fed holds rates steady at 4.25%-4.50%, signals patience","The US Federal Reserve kept its benchmark interest rate unchanged in a range of 4.25% to 4.50% on Wednesday, saying it would wait for clearer evidence that inflation is moving back to its 2% target before cutting."),
 ("brief","harbor-ledger","en","3 18:02","BRIEF-Fed leaves target range unchanged at 4.25%-4.50%","Federal Open Market Committee: maintains federal funds target range at 4.25% to 4.50%; vote was 10-2, with two members preferring a quarter-point cut."),
 ("copy","bayline-news","en","3 18:20","Federal Reserve keeps interest rates on hold","The US Federal Reserve kept its benchmark interest rate unchanged in a range of 4.25% to 4.50% on Wednesday, saying it would wait for clearer evidence that inflation is moving back to its 2% target."),
 ("translation","iberpress","es","3 18:40","La Reserva Federal mantiene los tipos entre el 4,25% y el 4,50%","La Reserva Federal de Estados Unidos dejó este miércoles sin cambios su tipo de interés de referencia en una horquilla del 4,25% al 4,50% y dijo que esperará señales más claras de que la inflación vuelve al 2%."),
]),
("rates-canada", [
 ("lookalike","beacon-wire","en","3 14:00","Bank of Canada holds key rate at 2.75%, signals patience","The Bank of Canada left its overnight rate unchanged at 2.75% on Wednesday, saying it wanted more evidence that tariff-related price pressures were easing before considering further cuts."),
]),
("recall-norvik", [
 ("original","summit-press","en","1 15:00","Norvik recalls 480,000 Pulse 7 phones over battery fire risk","Smartphone maker Norvik is recalling about 480,000 Pulse 7 handsets sold in Europe and Australia after reports of batteries overheating, the company said on Monday. Owners are advised to stop charging the phones and request a free replacement."),
 ("cut","crescent-review","en","1 16:10","Norvik Pulse 7 recall: 480,000 phones affected","Smartphone maker Norvik is recalling about 480,000 Pulse 7 handsets sold in Europe and Australia after reports of batteries overheating, the company said on Monday…"),
 ("copy","metro-observer","en","1 18:00","Stop charging your Pulse 7, Norvik tells owners as it recalls handsets","Smartphone maker Norvik is recalling about 480,000 Pulse 7 handsets sold in Europe and Australia after reports of batteries overheating, the company said on Monday. Owners are advised to stop charging the phones and request a free replacement."),
]),
("recall-tavira", [
 ("lookalike","crescent-review","en","3 12:00","Tavira recalls 120,000 e-scooters over battery fire risk","E-scooter maker Tavira is recalling about 120,000 of its Glide S models sold in the UK and Ireland after several battery fires, the company said on Wednesday. Riders should stop using and charging the scooters."),
]),
("metro-kazan", [
 ("original","novosti-express","ru","2 10:00","В Казани открылась станция метро «Заречье»","В Казани во вторник открыли новую станцию метро «Заречье» на второй линии. По словам мэрии, станция будет обслуживать до 25 тысяч пассажиров в сутки, а её строительство обошлось в 9,8 млрд рублей."),
 ("copy","vesti-volga","ru","2 10:40","Новая станция метро «Заречье» заработала в Казани","В Казани во вторник открыли новую станцию метро «Заречье» на второй линии. Станция будет обслуживать до 25 тысяч пассажиров в сутки, строительство обошлось в 9,8 млрд рублей."),
 ("translation","meridian-wire","en","2 13:00","Kazan opens new metro station Zarechye","The Russian city of Kazan opened a new metro station, Zarechye, on its second line on Tuesday. City hall said the station, which cost 9.8 billion roubles, would handle up to 25,000 passengers a day."),
]),
("metro-samara", [
 ("lookalike","vesti-volga","ru","3 11:00","В Самаре открылась станция метро «Театральная»","В Самаре в среду открыли станцию метро «Театральная», первую новую станцию за десять лет. Её пассажиропоток оценивают в 18 тысяч человек в сутки."),
]),
("bridge-warsaw", [
 ("original","gazeta-wislana","pl","3 09:00","Nowy most na Wiśle w Warszawie otwarty dla ruchu","W środę otwarto dla ruchu most Krasińskiego łączący Żoliborz z Pragą-Północ. Przeprawa kosztowała 1,3 mld zł, ma cztery pasy, torowisko tramwajowe i drogę rowerową. Pierwsze tramwaje pojadą po moście od czerwca."),
 ("rewrite","depesza","pl","3 11:00","Most Krasińskiego gotowy. Żoliborz i Praga połączone","Po czterech latach budowy kierowcy mogą już przejeżdżać przez Wisłę nową przeprawą z Żoliborza na Pragę-Północ. Inwestycja za 1,3 mld zł ma cztery pasy ruchu, drogę dla rowerów i torowisko – tramwaje ruszą w czerwcu."),
 ("regional","glos-pragi","pl","3 16:00","Mostem Krasińskiego już jeździmy","Od środy samochody jeżdżą nowym mostem między Żoliborzem a Pragą. Tramwaje po przeprawie za 1,3 mld zł pojadą od czerwca, na razie korzystają z niej kierowcy i rowerzyści."),
]),
("bridge-torun", [
 ("lookalike","gazeta-wislana","pl","3 12:30","Most na Wiśle w Toruniu zamknięty do odwołania","Most drogowy im. Piłsudskiego w Toruniu został w środę zamknięty do odwołania po wykryciu pęknięć w jednym z przęseł. Objazd prowadzi przez most autostradowy."),
]),
("flood-gympie", [
 ("original","tidewater-times","en","1 03:00","Flash floods cut off Queensland town of Gympie","Flash flooding has cut road access to the Queensland town of Gympie after more than 300 mm of rain fell overnight, emergency services said on Monday. Dozens of people were rescued from cars and rooftops."),
 ("copy","crescent-review","en","1 03:40","Gympie isolated by flash floods after 300mm deluge","Flash flooding has cut road access to the Queensland town of Gympie after more than 300 mm of rain fell overnight, emergency services said on Monday. Dozens of people were rescued."),
 ("copy","beacon-wire","en","1 05:10","Dozens rescued as deluge isolates Gympie","Flash flooding has cut road access to the Queensland town of Gympie after more than 300 mm of rain fell overnight, emergency services said on Monday. Dozens of people were rescued from cars and rooftops."),
 ("update","tidewater-times","en","1 08:00","UPDATE 1-Queensland floods: man missing as Mary River peaks at 19 metres","A 61-year-old man is missing after his car was swept away near Gympie, police said, as the Mary River peaked at 19 metres on Monday. More than 80 people have been rescued since flash floods cut the town off."),
]),
("flood-lismore", [
 ("lookalike","beacon-wire","en","2 04:00","Flash floods cut off NSW town of Lismore","Flash flooding has isolated the northern New South Wales town of Lismore after 250 mm of rain fell in 12 hours, the State Emergency Service said on Tuesday. Evacuation orders were issued for the CBD."),
]),
("rivoli-paris", [
 ("original","depeche-hexagone","fr","2 11:00","Paris : la rue de Rivoli deviendra entièrement piétonne en 2027","La mairie de Paris a annoncé mardi que la rue de Rivoli sera fermée à toute circulation motorisée, y compris les bus, à partir de septembre 2027. Les travaux d'aménagement, estimés à 42 millions d'euros, débuteront à l'automne."),
 ("cut","le-matin-libre","fr","2 12:00","Rue de Rivoli 100 % piétonne en 2027","La mairie de Paris a annoncé mardi que la rue de Rivoli sera fermée à toute circulation motorisée, y compris les bus, à partir de septembre 2027 […]"),
 ("copy","ouest-journal","fr","2 13:15","Plus de bus ni de voitures rue de Rivoli dès la rentrée 2027","La mairie de Paris a annoncé mardi que la rue de Rivoli sera fermée à toute circulation motorisée, y compris les bus, à partir de septembre 2027. Les travaux d'aménagement, estimés à 42 millions d'euros, débuteront à l'automne."),
]),
("pedestrian-lyon", [
 ("lookalike","le-matin-libre","fr","3 10:00","Lyon : la rue de la République deviendra entièrement piétonne en 2028","La métropole de Lyon a annoncé mercredi que la partie sud de la rue de la République sera interdite aux livraisons et aux vélos-cargos motorisés à partir de 2028. Coût du projet : 18 millions d'euros."),
]),
("mayor-bristol", [
 ("original","westfield-herald","en","3 08:00","Bristol mayor Helen Marsh resigns over expenses row","Bristol's elected mayor Helen Marsh has resigned after an inquiry found she claimed £14,000 in expenses for trips unrelated to council business. She said she would repay the money and step down with immediate effect."),
 ("copy","lakeside-tribune","en","3 08:40","Helen Marsh quits as Bristol mayor","Bristol's elected mayor Helen Marsh has resigned after an inquiry found she claimed £14,000 in expenses for trips unrelated to council business. She said she would repay the money."),
 ("copy","metro-observer","en","3 10:00","Marsh steps down as Bristol mayor after inquiry into £14,000 claims","Bristol's elected mayor Helen Marsh has resigned after an inquiry found she claimed £14,000 in expenses for trips unrelated to council business. She said she would repay the money and step down with immediate effect."),
]),
("council-bath", [
 ("lookalike","lakeside-tribune","en","3 15:00","Bath council leader Simon Dray resigns over planning row","The leader of Bath and North East Somerset Council, Simon Dray, has resigned after failing to declare a family link to a developer whose housing scheme he backed, the council said on Wednesday."),
]),
("taxi-barcelona", [
 ("original","el-faro-digital","es","1 08:00","Huelga de taxis en Barcelona contra las nuevas licencias de VTC","Unos 4.000 taxistas de Barcelona secundan este lunes una huelga de 24 horas contra la concesión de 600 nuevas licencias de VTC por la Generalitat. Los taxistas han cortado la Gran Via y el acceso al aeropuerto de El Prat."),
 ("copy","cronica-sur","es","1 08:30","Barcelona, sin taxis: 4.000 conductores en huelga contra las VTC","Unos 4.000 taxistas de Barcelona secundan este lunes una huelga de 24 horas contra la concesión de 600 nuevas licencias de VTC por la Generalitat. Los taxistas han cortado la Gran Via y el acceso al aeropuerto.",{"same":True}),
 ("translation","summit-press","en","1 10:00","Barcelona taxi drivers strike over ride-hailing licences","About 4,000 Barcelona taxi drivers began a 24-hour strike on Monday against the Catalan government's plan to grant 600 new ride-hailing licences, blocking the Gran Via and access to El Prat airport."),
]),
("taxi-madrid", [
 ("lookalike","diario-meseta","es","3 08:00","Huelga de taxis en Madrid contra la nueva ordenanza de movilidad","Los taxistas madrileños paran este miércoles durante 12 horas contra la ordenanza municipal que limita su acceso al centro. Las asociaciones calculan que secundan el paro 9.000 conductores."),
]),
("drug-zelvona", [
 ("brief","harbor-ledger","en","2 11:40","BRIEF-Calder Pharma says European Commission approves Zelvona","Calder Pharma Plc: European Commission grants marketing authorisation for Zelvona for the preventive treatment of migraine in adults who have failed at least two prior therapies."),
 ("original","harbor-ledger","en","2 12:00","Calder Pharma wins EU approval for migraine drug Zelvona","The European Commission has approved Calder Pharma's migraine treatment Zelvona for adults who have failed at least two other therapies, the Edinburgh-based drugmaker said on Tuesday. Analysts see peak sales of about $900 million."),
 ("translation","deutsche-depesche","de","2 13:00","EU-Zulassung für Migränemittel Zelvona von Calder Pharma","Die EU-Kommission hat das Migränemittel Zelvona des schottischen Pharmakonzerns Calder zugelassen, und zwar für Erwachsene, bei denen mindestens zwei andere Therapien versagt haben. Analysten erwarten Spitzenumsätze von rund 900 Millionen Dollar."),
 ("copy","capital-dispatch","en","2 14:00","Edinburgh drugmaker Calder gets green light in Europe for Zelvona","The European Commission has approved Calder Pharma's migraine treatment Zelvona for adults who have failed at least two other therapies, the Edinburgh-based drugmaker said on Tuesday. Analysts see peak sales of about $900 million."),
]),
("drug-zelvona-trial", [
 ("lookalike","harbor-ledger","en","3 12:00","Calder Pharma's Zelvona fails late-stage trial in cluster headache","Calder Pharma said on Wednesday its drug Zelvona, approved in the EU for migraine a day earlier, failed to beat placebo in a phase 3 trial in cluster headache. Its shares fell 9%."),
]),
("ship-hamburg-bridge", [
 ("original","hanse-anzeiger","de","3 05:30","Containerschiff rammt Köhlbrandbrücke – Brücke gesperrt","Ein Containerschiff ist in der Nacht zu Mittwoch im Hamburger Hafen gegen einen Pfeiler der Köhlbrandbrücke gestoßen. Die Brücke wurde für den Verkehr gesperrt, Statiker prüfen die Schäden. Verletzt wurde niemand."),
 ("rewrite","deutsche-depesche","de","3 07:00","Frachter kollidiert mit Köhlbrandbrücke: Hafenquerung dicht","Nach der nächtlichen Kollision eines Frachters mit einem Brückenpfeiler bleibt die Köhlbrandbrücke im Hamburger Hafen vorerst gesperrt. Menschen kamen nicht zu Schaden; Experten untersuchen die Standfestigkeit des Bauwerks."),
 ("translation","meridian-wire","en","3 08:00","Container ship hits Hamburg port bridge, road closed","A container ship struck a pillar of the Koehlbrand bridge in the port of Hamburg overnight, forcing the authorities to close the bridge to traffic while engineers assess the damage. No one was injured."),
 ("regional","harburger-blatt","de","3 16:00","Köhlbrandbrücke nach Schiffsanprall gesperrt","Nach dem Anprall eines Containerschiffs in der Nacht ist die Köhlbrandbrücke gesperrt. Pendler aus Harburg müssen über die Elbbrücken ausweichen; Statiker prüfen den Pfeiler."),
]),
("rocket-orbitra", [
 ("original","tidewater-times","en","3 02:15","Orbitra rocket explodes on launch pad in New Zealand","A Helix-2 rocket built by launch start-up Orbitra exploded on its pad on the Mahia Peninsula during a pre-flight engine test on Wednesday, the company said. No one was injured; the rocket was not carrying a satellite."),
 ("copy","crescent-review","en","3 02:50","Helix-2 rocket blows up during test on Mahia Peninsula","A Helix-2 rocket built by launch start-up Orbitra exploded on its pad on the Mahia Peninsula during a pre-flight engine test on Wednesday, the company said. No one was injured."),
 ("update","tidewater-times","en","3 06:00","UPDATE 1-Orbitra says pad explosion will delay launches by months","Orbitra expects its launch schedule to slip by at least four months after a Helix-2 rocket blew up during an engine test on the Mahia Peninsula, chief executive Dana Whitlock said, adding that a valve failure was the likely cause."),
]),
("prize-castell", [
 ("original","lakeside-tribune","en","1 20:30","Mira Castell wins Thornfield Prize for novel The Salt Orchard","Irish author Mira Castell has won this year's Thornfield Prize for fiction for her novel The Salt Orchard, a family saga set on the Aran Islands. The judges called it quietly devastating. The prize is worth £50,000."),
 ("copy","westfield-herald","en","1 21:10","Mira Castell takes £50,000 Thornfield Prize","Irish author Mira Castell has won this year's Thornfield Prize for fiction for her novel The Salt Orchard, a family saga set on the Aran Islands. The prize is worth £50,000."),
 ("translation","corriere-tirreno","it","2 08:00","A Mira Castell il Thornfield Prize con Il frutteto di sale","La scrittrice irlandese Mira Castell ha vinto il Thornfield Prize per la narrativa con il romanzo The Salt Orchard, saga familiare ambientata nelle isole Aran. Il premio vale 50.000 sterline."),
]),
("etna-catania", [
 ("original","il-quotidiano-etneo","it","3 05:00","Etna, nuova eruzione: chiuso l'aeroporto di Catania","Una nuova fase eruttiva dell'Etna, con fontane di lava e una nube di cenere alta 8 chilometri, ha costretto alla chiusura dell'aeroporto di Catania dalle 4 di mercoledì. Voli dirottati su Palermo e Comiso."),
 ("rewrite","notiziario-penisola","it","3 06:30","Nube di cenere dell'Etna, scalo catanese chiuso e voli dirottati","Fontane di lava e una colonna di cenere di otto chilometri: l'Etna torna a farsi sentire e lo scalo di Catania sospende l'attività dalle 4. Gli aerei vengono dirottati negli aeroporti di Palermo e Comiso."),
 ("translation","summit-press","en","3 07:00","Etna eruption shuts Catania airport","A new eruption of Mount Etna, with lava fountains and an ash cloud 8 km high, forced the closure of Catania airport in Sicily from 4 am on Wednesday. Flights were diverted to Palermo and Comiso."),
 ("copy","bayline-news","en","3 07:30","Sicily's Catania airport closed as Mount Etna erupts","A new eruption of Mount Etna, with lava fountains and an ash cloud 8 km high, forced the closure of Catania airport from 4 am on Wednesday. Flights were diverted to Palermo and Comiso."),
 ("update","notiziario-penisola","it","3 12:00","AGGIORNAMENTO 1-Etna, riaperto lo scalo di Catania: 70 voli cancellati","L'aeroporto di Catania ha riaperto alle 11 con una sola pista dopo la chiusura per la cenere dell'Etna. Sono 70 i voli cancellati nella mattinata, ha reso noto la società di gestione."),
]),
("stromboli", [
 ("lookalike","il-quotidiano-etneo","it","2 16:00","Stromboli, esplosione al cratere: evacuati i sentieri","Una forte esplosione al cratere dello Stromboli ha proiettato materiale fino a 500 metri martedì pomeriggio. La Protezione civile ha fatto evacuare i sentieri; nessun ferito."),
]),
("drone-gatwick", [
 ("original","capital-dispatch","en","2 19:00","Gatwick runway closed after drone sightings","Flights at London Gatwick were suspended for 50 minutes on Tuesday evening after two drones were reported near the runway, the airport said. Twelve inbound flights were diverted to Stansted and Luton."),
 ("cut","metro-observer","en","2 19:40","Drone sightings shut Gatwick runway","Flights at London Gatwick were suspended for 50 minutes on Tuesday evening after two drones were reported near the runway…"),
 ("copy","ironbridge-news","en","2 21:00","Drones halt Gatwick flights, 12 planes diverted","Flights at London Gatwick were suspended for 50 minutes on Tuesday evening after two drones were reported near the runway, the airport said. Twelve inbound flights were diverted to Stansted and Luton."),
]),
("drone-dublin", [
 ("lookalike","ironbridge-news","en","3 20:00","Drone sighting halts flights at Dublin Airport","Flights at Dublin Airport were suspended for 30 minutes on Wednesday evening after a drone was seen near the north runway, the operator said. Six flights were diverted to Shannon and Belfast."),
]),
("weather-knmi", [
 ("original","nieuwsdienst-nl","nl","1 11:00","KNMI: april 2026 warmste april ooit gemeten","De afgelopen maand was met een gemiddelde temperatuur van 12,9 graden in De Bilt de warmste april sinds het begin van de metingen in 1901, meldt het KNMI. Het oude record uit 2018 was 12,4 graden."),
 ("copy","haagse-bode","nl","1 11:30","April was de warmste ooit, zegt KNMI","De afgelopen maand was met een gemiddelde temperatuur van 12,9 graden in De Bilt de warmste april sinds het begin van de metingen in 1901, meldt het KNMI."),
 ("translation","lakeside-tribune","en","1 14:00","Netherlands records warmest April since 1901","April 2026 was the warmest April in the Netherlands since records began in 1901, with an average of 12.9C at De Bilt, the Dutch weather service KNMI said, beating the 2018 record of 12.4C."),
]),
("weather-kmi", [
 ("lookalike","haagse-bode","nl","2 11:00","KMI: april in België natste in tien jaar","In Ukkel viel afgelopen maand 98 millimeter regen, waarmee april in België de natste was in tien jaar, meldt het KMI. De gemiddelde temperatuur lag met 10,8 graden iets boven normaal."),
]),
("hack-coinvale", [
 ("original","bayline-news","en","1 23:00","Crypto exchange Coinvale halts withdrawals after $48m hack","Singapore-based cryptocurrency exchange Coinvale suspended all withdrawals late on Monday after hackers stole about $48 million in ether and stablecoins from one of its hot wallets, the company said."),
 ("brief","harbor-ledger","en","1 23:20","BRIEF-Coinvale says hot wallet compromised, withdrawals suspended","Coinvale: identified unauthorised transfers from a hot wallet; suspended deposits and withdrawals; estimated loss of about $48 million; customer cold storage not affected."),
 ("copy","crescent-review","en","2 01:00","Hackers drain $48m from Coinvale hot wallet","Singapore-based cryptocurrency exchange Coinvale suspended all withdrawals late on Monday after hackers stole about $48 million in ether and stablecoins from one of its hot wallets, the company said."),
 ("update","bayline-news","en","2 06:30","UPDATE 1-Coinvale hack losses rise to $61m, exchange vows to cover users","Coinvale said on Tuesday the theft from its hot wallets totalled about $61 million, up from an initial estimate of $48 million, and pledged to reimburse all affected customers from its own reserves. Withdrawals remain suspended."),
]),
("fraud-tressel", [
 ("original","metro-observer","en","2 15:30","Former Tressel Foods boss jailed for six years over accounts fraud","Graham Tressel, former chief executive of Tressel Foods, was sentenced to six years in prison at Southwark Crown Court on Tuesday for inflating the company's profits by £112 million between 2019 and 2022."),
 ("copy","westfield-herald","en","2 16:00","Ex-Tressel Foods CEO Graham Tressel gets six-year sentence","Graham Tressel, former chief executive of Tressel Foods, was sentenced to six years in prison at Southwark Crown Court on Tuesday for inflating the company's profits by £112 million."),
 ("cut","lakeside-tribune","en","2 16:20","Tressel jailed for six years","Graham Tressel, former chief executive of Tressel Foods, was sentenced to six years in prison at Southwark Crown Court on Tuesday…"),
]),
("fire-gdansk", [
 ("original","portal-trojmiasto","pl","3 13:00","Pożar w stoczni w Gdańsku. Płonie kadłub promu","W środę po południu wybuchł pożar na terenie Stoczni Motława w Gdańsku. Płonie kadłub budowanego promu. Na miejscu pracuje 18 zastępów straży pożarnej, nad miastem unosi się czarny dym."),
 ("copy","depesza","pl","3 13:30","Gdańsk: kadłub promu w ogniu, 18 zastępów straży w stoczni","W środę po południu wybuchł pożar na terenie Stoczni Motława w Gdańsku. Płonie kadłub budowanego promu. Na miejscu pracuje 18 zastępów straży pożarnej."),
 ("translation","summit-press","en","3 15:00","Fire breaks out at Gdansk shipyard, ferry hull ablaze","A fire broke out at the Motlawa shipyard in the Polish port city of Gdansk on Wednesday afternoon, engulfing the hull of a ferry under construction. Eighteen fire crews were at the scene."),
]),
("fine-lumiq", [
 ("original","meridian-wire","en","3 11:00","EU fines app maker Lumiq 340 million euros over location data","The European Commission fined Dutch-American app developer Lumiq 340 million euros on Wednesday for illegally combining users' location data with advertising profiles, and ordered it to change its practices within six months."),
 ("translation","depeche-hexagone","fr","3 11:40","L'UE inflige une amende de 340 millions d'euros à Lumiq","La Commission européenne a infligé mercredi une amende de 340 millions d'euros au développeur d'applications Lumiq, accusé d'avoir croisé illégalement les données de localisation des utilisateurs avec leurs profils publicitaires."),
 ("translation","deutsche-depesche","de","3 11:50","EU verhängt Strafe von 340 Millionen Euro gegen App-Entwickler Lumiq","Die EU-Kommission hat gegen den App-Entwickler Lumiq eine Strafe von 340 Millionen Euro verhängt. Das Unternehmen habe Standortdaten der Nutzer unrechtmäßig mit Werbeprofilen verknüpft und müsse seine Praxis binnen sechs Monaten ändern."),
 ("copy","capital-dispatch","en","3 12:30","Brussels hits Lumiq with €340m penalty for merging location and ad data","The European Commission fined Dutch-American app developer Lumiq 340 million euros on Wednesday for illegally combining users' location data with advertising profiles, and ordered it to change its practices within six months."),
]),
("fine-serrat", [
 ("lookalike","meridian-wire","en","2 11:00","EU fines chipmaker Serrat 210 million euros over price cartel","The European Commission fined Spanish chipmaker Serrat 210 million euros on Tuesday for taking part in a cartel that fixed prices of automotive microcontrollers between 2017 and 2021."),
]),
("storm-vladivostok", [
 ("original","primorye-daily","ru","2 03:00","Шторм во Владивостоке: сорваны крыши, без света 30 тысяч человек","Ночью во Владивосток пришёл тайфун с порывами ветра до 35 м/с. Повреждены кровли 40 домов, без электричества остаются около 30 тысяч жителей, сообщили в мэрии. Паромы на остров Русский отменены."),
 ("rewrite","novosti-express","ru","2 05:30","Тайфун обесточил Владивосток и сорвал крыши с 40 домов","Порывы ветра до 35 метров в секунду ночью повредили кровлю четырёх десятков домов во Владивостоке. Около 30 тысяч горожан сидят без света, переправа на Русский остров закрыта, рассказали в городской администрации."),
 ("translation","tidewater-times","en","2 06:00","Typhoon knocks out power to 30,000 in Vladivostok","A typhoon with gusts of up to 35 metres per second hit the Russian Pacific port of Vladivostok overnight, damaging the roofs of 40 buildings and leaving about 30,000 residents without power, city hall said."),
]),
("wheat-india", [
 ("original","crescent-review","en","1 06:00","India's wheat procurement hits record 31.2 million tonnes","Indian state agencies have bought a record 31.2 million tonnes of wheat from farmers so far this season, surpassing last year's total, the food ministry said on Monday, easing concerns about depleted government stocks."),
 ("copy","capital-dispatch","en","1 06:45","Record Indian wheat purchases ease stock worries","Indian state agencies have bought a record 31.2 million tonnes of wheat from farmers so far this season, surpassing last year's total, the food ministry said on Monday."),
 ("copy","summit-press","en","1 09:00","Government wheat buying in India tops last year at 31.2 mln T","Indian state agencies have bought a record 31.2 million tonnes of wheat from farmers so far this season, surpassing last year's total, the food ministry said on Monday, easing concerns about depleted government stocks."),
]),
("bridge-oresund", [
 ("original","nyhetsbyran-syd","sv","2 16:00","Öresundsbron stängd för biltrafik på grund av storm","Öresundsbron är stängd för all biltrafik sedan klockan 15 på tisdagen då vindbyarna når 30 meter per sekund. Tågtrafiken mellan Malmö och Köpenhamn går med reducerad hastighet, meddelar Øresundsbro Konsortiet."),
 ("copy","malarbladet","sv","2 16:30","Stormen stänger Öresundsbron","Öresundsbron är stängd för all biltrafik sedan klockan 15 på tisdagen då vindbyarna når 30 meter per sekund. Tågen mellan Malmö och Köpenhamn går med reducerad hastighet."),
 ("translation","kystposten","da","2 16:45","Øresundsbroen lukket for biler på grund af storm","Øresundsbroen har været lukket for al biltrafik siden klokken 15 tirsdag, fordi vindstødene når 30 meter i sekundet. Togene mellem København og Malmø kører med nedsat hastighed, oplyser Øresundsbro Konsortiet."),
]),
("recall-brightmarket", [
 ("original","westfield-herald","en","1 12:00","Brightmarket recalls own-brand chicken over salmonella fears","Supermarket chain Brightmarket is recalling three own-brand cooked chicken products after salmonella was found in a batch produced at a supplier's plant in Hull, the Food Standards Agency said. Customers should return them for a full refund."),
 ("rewrite","ironbridge-news","en","1 14:00","Salmonella found in Brightmarket cooked chicken, shoppers told to return packs","Shoppers who bought cooked chicken from Brightmarket's own range should take it back, the Food Standards Agency has warned, after salmonella was detected in a batch from a Hull supplier. Three products are affected and refunds will be given."),
 ("regional","pennine-star","en","2 07:00","Hull chicken plant linked to Brightmarket salmonella recall","Three Brightmarket cooked chicken lines made at a Hull plant have been recalled after salmonella was found in a batch, the FSA said. Customers can take them back for a refund."),
]),
("recall-brightmarket-houmous", [
 ("lookalike","ironbridge-news","en","3 13:00","Brightmarket recalls own-brand houmous over plastic pieces","Brightmarket is recalling two own-brand houmous products because they may contain small pieces of hard plastic, the Food Standards Agency said on Wednesday. Customers should return them for a full refund."),
]),
("strike-buenosaires", [
 ("original","cronica-sur","es","3 09:00","Huelga general paraliza Buenos Aires: sin trenes ni colectivos","La CGT lleva adelante este miércoles un paro general de 24 horas contra la reforma laboral del Gobierno. En Buenos Aires no funcionan trenes, subtes ni la mayoría de los colectivos, y Aerolíneas canceló 180 vuelos."),
 ("rewrite","el-faro-digital","es","3 11:00","Paro de la CGT: Buenos Aires amanece sin transporte público","Sin subtes, trenes ni buena parte de los colectivos, la capital argentina vive este miércoles el paro general de 24 horas convocado por la CGT contra la reforma laboral. Aerolíneas Argentinas suspendió 180 vuelos."),
 ("translation","meridian-wire","en","3 12:00","General strike halts transport in Buenos Aires","Argentina's CGT union confederation staged a 24-hour general strike on Wednesday against the government's labour reform, shutting down trains, the subway and most buses in Buenos Aires. The national airline cancelled 180 flights."),
]),
("wildfire-fortnelson", [
 ("original","beacon-wire","en","3 01:00","Wildfire forces evacuation of Fort Nelson in British Columbia","Authorities ordered the roughly 3,000 residents of Fort Nelson in north-eastern British Columbia to leave on Tuesday night as a wildfire burning 8 km west of the town was pushed toward it by strong winds."),
 ("copy","crescent-review","en","3 01:40","B.C. town of Fort Nelson evacuated as wildfire nears","Authorities ordered the roughly 3,000 residents of Fort Nelson in north-eastern British Columbia to leave on Tuesday night as a wildfire burning 8 km west of the town was pushed toward it by strong winds."),
 ("update","beacon-wire","en","3 14:00","UPDATE 2-Fort Nelson wildfire grows to 9,500 hectares, jumps highway","The wildfire threatening Fort Nelson in British Columbia grew to about 9,500 hectares on Wednesday and jumped the Alaska Highway, officials said, as crews battled to protect the evacuated town of 3,000 people."),
]),
]

TUNING += [
# ---- templates (each day's item is its own story)
("tpl-ftse-d1", [("template","harbor-ledger","en","1 16:40","London close: FTSE 100 ends 0.4% higher at 8,412.6","The FTSE 100 index closed up 33.1 points, or 0.4%, at 8,412.6 on Monday. Top riser: Harlow & Finch, up 6.2%. Top faller: Greyholm Mining, down 3.1%. The FTSE 250 gained 0.2% to 20,118.4.")]),
("tpl-ftse-d2", [("template","harbor-ledger","en","2 16:40","London close: FTSE 100 ends 0.7% higher at 8,471.3","The FTSE 100 index closed up 58.7 points, or 0.7%, at 8,471.3 on Tuesday. Top riser: Calder Pharma, up 5.4%. Top faller: Brightmarket, down 2.2%. The FTSE 250 gained 0.5% to 20,221.0.")]),
("tpl-ftse-d3", [("template","harbor-ledger","en","3 16:40","London close: FTSE 100 ends 0.2% lower at 8,455.0","The FTSE 100 index closed down 16.3 points, or 0.2%, at 8,455.0 on Wednesday. Top riser: Ashmoor Utilities, up 2.0%. Top faller: Calder Pharma, down 9.0%. The FTSE 250 fell 0.1% to 20,199.8.")]),
("tpl-dax-d1", [("template","rheinblick","de","1 17:45","DAX-Schluss: Leitindex schließt 0,3 Prozent fester bei 22.418 Punkten","Der deutsche Leitindex DAX hat den Handel am Montag 0,3 Prozent höher bei 22.418 Punkten beendet. Der MDax gewann 0,5 Prozent auf 28.904 Zähler. Der Euro kostete zuletzt 1,1342 Dollar.")]),
("tpl-dax-d2", [("template","rheinblick","de","2 17:45","DAX-Schluss: Leitindex schließt 0,6 Prozent schwächer bei 22.284 Punkten","Der deutsche Leitindex DAX hat den Handel am Dienstag 0,6 Prozent tiefer bei 22.284 Punkten beendet. Belastet hat die Gewinnwarnung von Brenntal. Der MDax verlor 1,1 Prozent auf 28.586 Zähler. Der Euro kostete 1,1318 Dollar.")]),
("tpl-dax-d3", [("template","rheinblick","de","3 17:45","DAX-Schluss: Leitindex schließt 0,1 Prozent fester bei 22.306 Punkten","Der deutsche Leitindex DAX hat den Handel am Mittwoch 0,1 Prozent höher bei 22.306 Punkten beendet. Der MDax gab 0,2 Prozent auf 28.530 Zähler nach. Der Euro kostete zuletzt 1,1355 Dollar.")]),
("tpl-wetter-d1", [("template","isar-bote","de","1 05:00","Das Wetter in München am Montag: Sonnig bei bis zu 21 Grad","Der Montag startet in München mit Sonne und frischen 7 Grad. Im Tagesverlauf bleibt es trocken, die Höchstwerte erreichen 21 Grad. Der Wind weht schwach aus Ost. In der Nacht kühlt es auf 8 Grad ab.")]),
("tpl-wetter-d2", [("template","isar-bote","de","2 05:00","Das Wetter in München am Dienstag: Wolkig mit Schauern bei bis zu 17 Grad","Der Dienstag beginnt in München bewölkt bei 10 Grad. Ab Mittag sind Schauer und einzelne Gewitter möglich, die Höchstwerte erreichen 17 Grad. Der Wind weht mäßig aus West.")]),
("tpl-wetter-d3", [("template","isar-bote","de","3 05:00","Das Wetter in München am Mittwoch: Heiter bei bis zu 19 Grad","Der Mittwoch startet in München heiter bei 6 Grad. Tagsüber bleibt es meist trocken, die Höchstwerte liegen bei 19 Grad. Der Wind weht schwach aus Nordwest. In der Nacht sinken die Werte auf 7 Grad.")]),
("tpl-nbp-d1", [("template","depesza","pl","1 12:05","Kursy walut NBP 4 maja: euro po 4,2615 zł, dolar po 3,7572 zł","Narodowy Bank Polski opublikował w poniedziałek tabelę kursów średnich. Euro kosztuje 4,2615 zł, dolar amerykański 3,7572 zł, frank szwajcarski 4,5410 zł, a funt brytyjski 5,0204 zł.")]),
("tpl-nbp-d2", [("template","depesza","pl","2 12:05","Kursy walut NBP 5 maja: euro po 4,2688 zł, dolar po 3,7716 zł","Narodowy Bank Polski opublikował we wtorek tabelę kursów średnich. Euro kosztuje 4,2688 zł, dolar amerykański 3,7716 zł, frank szwajcarski 4,5522 zł, a funt brytyjski 5,0391 zł.")]),
("tpl-nbp-d3", [("template","depesza","pl","3 12:05","Kursy walut NBP 6 maja: euro po 4,2590 zł, dolar po 3,7508 zł","Narodowy Bank Polski opublikował w środę tabelę kursów średnich. Euro kosztuje 4,2590 zł, dolar amerykański 3,7508 zł, frank szwajcarski 4,5376 zł, a funt brytyjski 5,0167 zł.")]),
("tpl-briefing-d1", [("template","capital-dispatch","en","1 05:30","Morning Briefing: Monday 4 May","Good morning. Today: flash floods isolate a Queensland town, Barcelona taxi drivers walk out, and a Chilean quake is being measured. Plus: why bond traders are watching Wednesday's Fed decision, and the weather.")]),
("tpl-briefing-d2", [("template","capital-dispatch","en","2 05:30","Morning Briefing: Tuesday 5 May","Good morning. Today: UK inflation figures are due at 7am, a crypto exchange counts the cost of a hack, and a Leeds hospital is still offline. Plus: the new West End musical Harbourlights reviewed, and the weather.")]),
("tpl-briefing-d3", [("template","capital-dispatch","en","3 05:30","Morning Briefing: Wednesday 6 May","Good morning. Today: the Fed decides on rates, Buenos Aires braces for a general strike, and a rocket explodes in New Zealand. Plus: the best new podcasts this week, and the weather.")]),
("tpl-appeal-d1", [("template","pennine-star","en","1 18:30","Police appeal for witnesses after man seriously injured in Bradford","West Yorkshire Police are appealing for witnesses after a 34-year-old man was seriously injured in an assault on Manningham Lane, Bradford, at about 11.40pm on Sunday. Anyone with information should call 101 quoting log 1893.")]),
("tpl-appeal-d2", [("template","pennine-star","en","2 18:30","Police appeal for witnesses after woman seriously injured in Halifax","West Yorkshire Police are appealing for witnesses after a 52-year-old woman was seriously injured in a collision with a van on Commercial Street, Halifax, at about 4.15pm on Monday. Anyone with information should call 101 quoting log 1120.")]),
("tpl-appeal-d3", [("template","pennine-star","en","3 18:30","Police appeal for witnesses after man seriously injured in Huddersfield","West Yorkshire Police are appealing for witnesses after a 19-year-old man was seriously injured in an assault on Trinity Street, Huddersfield, at about 1.20am on Tuesday. Anyone with information should call 101 quoting log 0087.")]),
("tpl-verkeer-d1", [("template","rijnmond-krant","nl","1 07:30","Ochtendspits: 160 kilometer file, A20 bij Rotterdam drukste weg","De ochtendspits telt om half acht 160 kilometer file. De langste staat op de A20 van Gouda richting Rotterdam: 12 kilometer met een vertraging van 25 minuten. Op de A15 bij Ridderkerk ligt een ongeluk.")]),
("tpl-verkeer-d2", [("template","rijnmond-krant","nl","2 07:30","Ochtendspits: 210 kilometer file, A13 bij Delft drukste weg","De ochtendspits telt om half acht 210 kilometer file. De langste staat op de A13 van Den Haag richting Rotterdam: 15 kilometer met een vertraging van 35 minuten. Door regen is het op veel plaatsen druk.")]),
("tpl-verkeer-d3", [("template","rijnmond-krant","nl","3 07:30","Ochtendspits: 140 kilometer file, A16 bij Dordrecht drukste weg","De ochtendspits telt om half acht 140 kilometer file. De langste staat op de A16 van Breda richting Rotterdam: 9 kilometer met een vertraging van 20 minuten. Op de A4 bij Schiedam is een rijstrook dicht.")]),
("tpl-lotto-d2", [("template","notiziario-penisola","it","2 20:30","Estrazioni Lotto e Superenalotto di martedì 5 maggio 2026: numeri vincenti e quote","Ecco i numeri vincenti delle estrazioni di Lotto e Superenalotto di martedì 5 maggio. Combinazione vincente del Superenalotto: 7, 19, 33, 48, 61, 82; Jolly 25, Superstar 14. Nessun 6, il jackpot sale a 41,2 milioni di euro.")]),
("tpl-football-d1", [("template","westfield-herald","en","1 22:15","Football results: Monday 4 May","Premier League: Harbour City 2 Kingsmoor Athletic 1. Championship: Castleford Rovers 0 Dunmore Town 0; Eastbay United 3 Hollins Park 2. League One: Ashby Vale 1 Redcliffe 1. Scorers and reports on our sport pages.")]),
("tpl-football-d2", [("template","westfield-herald","en","2 22:15","Football results: Tuesday 5 May","Premier League: Northfield Albion 1 Saint Ives Rangers 3. Championship: Dunmore Town 2 Eastbay United 2. League One: Greywater 0 Ashby Vale 2; Millbrook 1 Redcliffe 0. Scorers and reports on our sport pages.")]),
("tpl-rub-d2", [("template","novosti-express","ru","2 16:00","Курс доллара ЦБ на 6 мая: 81,42 рубля","Центральный банк установил официальный курс доллара на среду, 6 мая, в размере 81,42 рубля, что на 37 копеек ниже предыдущего значения. Курс евро составил 92,35 рубля, юаня – 11,21 рубля.")]),
("tpl-rub-d3", [("template","novosti-express","ru","3 16:00","Курс доллара ЦБ на 7 мая: 81,88 рубля","Центральный банк установил официальный курс доллара на четверг, 7 мая, в размере 81,88 рубля, что на 46 копеек выше предыдущего значения. Курс евро составил 92,97 рубля, юаня – 11,26 рубля.")]),
# ---- unrelated singles
("single-gecko", [("single","crescent-review","en","1 15:30","Scientists find new species of leaf-tailed gecko in Madagascar","Researchers from the University of Antananarivo and a German museum have described a new species of leaf-tailed gecko found in the rainforest of Marojejy National Park. The 9 cm lizard is already considered endangered.")]),
("single-arena-cardiff", [("single","westfield-herald","en","1 16:00","Cardiff council approves £90m plan for indoor arena at Atlantic Wharf","Cardiff council has approved plans for a 15,000-seat indoor arena at Atlantic Wharf, to be built by developer Lanmor Estates at a cost of £90 million. The venue is due to open in 2029.")]),
("single-museum", [("single","lakeside-tribune","en","2 10:30","Hallam Museum to return 14 bronze artefacts to Nigeria","Hallam Museum in Sheffield will return 14 bronze sculptures taken from Benin City in 1897 to Nigeria's National Commission for Museums and Monuments, its trustees said on Tuesday."),]),
("single-skyrova", [("single","bayline-news","en","2 12:30","Skyrova to launch daily Manchester–Toronto flights","Low-cost long-haul airline Skyrova will start daily flights between Manchester and Toronto from October using Airbus A321XLR aircraft, with one-way fares starting at £189.")]),
("single-nightshift", [("single","metro-observer","en","2 23:30","Night shifts linked to higher diabetes risk in large study","People who regularly work night shifts have a 24% higher risk of developing type 2 diabetes, according to a study of 270,000 workers published in a medical journal. Researchers said irregular meal times may play a role.")]),
("single-skydive", [("single","westfield-herald","en","3 14:30","Grandmother, 94, completes charity skydive over Devon","A 94-year-old great-grandmother from Exmouth has raised £8,000 for a hospice by completing a tandem skydive from 10,000 feet over Dunkeswell airfield. Joan Pettifer said she would do it again.")]),
("single-tennis", [("single","metro-observer","en","1 21:30","Kovar beats top seed to reach Madrid quarter-finals","Czech qualifier Ana Kovar stunned the top seed 6-4 3-6 7-5 to reach the quarter-finals of the Madrid Open on Monday, the biggest win of the 20-year-old's career.")]),
("single-oil", [("single","summit-press","en","1 09:40","Oil edges up on Middle East supply worries","Brent crude rose 0.8% to $71.20 a barrel on Monday as traders weighed the risk of supply disruptions in the Middle East against signs of softer demand in China."),]),
("single-kowhai", [("single","tidewater-times","en","2 02:00","Kowhai Foods names former Fonterra executive as chief executive","New Zealand dairy exporter Kowhai Foods has appointed Rachel Moana, a former senior Fonterra executive, as chief executive from July, replacing Ian Burt, who is retiring after 11 years.")]),
("single-sorato", [("single","harbor-ledger","en","2 03:30","Sorato Motors to build $2bn EV battery plant in Ohio","Japanese carmaker Sorato Motors will invest $2 billion in an electric vehicle battery plant near Columbus, Ohio, creating about 1,800 jobs, the company said on Tuesday. Production is due to begin in 2028.")]),
("single-heat-spain", [("single","beacon-wire","en","3 06:30","Early heatwave warning issued for southern Spain","Spain's weather agency AEMET has issued an orange warning for temperatures of up to 40C in parts of Andalusia on Thursday and Friday, unusually high for early May.")]),
("single-diversity", [("single","ironbridge-news","en","3 09:30","Yorkshire Water fined £1.8m for sewage spill into River Calder","Yorkshire Water has been fined £1.8 million at Leeds Crown Court for a 2022 sewage spill that killed thousands of fish in the River Calder near Mirfield.")]),
("single-bahn", [("single","spreeblatt","de","1 12:00","Sanierung der Bahnstrecke Köln–Frankfurt verzögert sich bis 2027","Die Generalsanierung der Schnellfahrstrecke Köln–Rhein/Main wird nicht wie geplant Ende 2026 fertig. Die Bahn nennt Lieferprobleme bei Weichen als Grund; Fahrgäste müssen weiter mit Umleitungen rechnen.")]),
("single-panda", [("single","spreeblatt","de","3 10:30","Berliner Pandazwillinge erstmals im Außengehege","Die im vergangenen Sommer geborenen Pandazwillinge des Berliner Zoos haben am Mittwoch zum ersten Mal ihr Außengehege erkundet. Besucher können sie ab sofort täglich von 10 bis 12 Uhr sehen.")]),
("single-avignon", [("single","le-matin-libre","fr","1 14:30","Le festival d'Avignon dévoile une programmation tournée vers l'Afrique","Le 80e festival d'Avignon, du 4 au 25 juillet, accueillera 42 spectacles dont un tiers de créations d'artistes africains, a annoncé lundi son directeur. La billetterie ouvre le 12 mai.")]),
("single-lille", [("single","ouest-journal","fr","3 15:30","Lille : un laboratoire pharmaceutique va créer 400 emplois","Le laboratoire Vernelle va construire une usine de production de vaccins à Loos, près de Lille, pour 260 millions d'euros. Quelque 400 emplois sont attendus d'ici 2029.")]),
("single-prado", [("single","diario-meseta","es","2 12:30","El Museo del Prado recibe en donación un retrato atribuido a Goya","Una familia valenciana ha donado al Museo del Prado un retrato de una dama atribuido a Francisco de Goya, que será restaurado antes de exponerse al público en otoño.")]),
("single-sevilla", [("single","la-voz-levante","es","1 17:30","Sevilla amplía el horario del metro durante la Feria de Abril","El metro de Sevilla funcionará de forma ininterrumpida durante los días grandes de la Feria, con trenes cada 15 minutos de madrugada, anunció el Ayuntamiento.")]),
("single-torino", [("single","corriere-tirreno","it","1 13:30","Torino, inaugurato il nuovo polo universitario sulla Dora","Il rettore e il sindaco di Torino hanno inaugurato lunedì il nuovo polo universitario sulla Dora, che ospiterà 6.000 studenti di economia e giurisprudenza dall'anno accademico prossimo.")]),
("single-krakow", [("single","gazeta-wislana","pl","2 13:30","Kraków: otwarto nowy basen olimpijski na Prądniku","Na Prądniku Czerwonym otwarto we wtorek pierwszy w Krakowie 50-metrowy basen olimpijski. Kompleks kosztował 128 mln zł i może przyjąć 1500 osób dziennie.")]),
("single-peterburg", [("single","vesti-volga","ru","1 23:30","В Петербурге ночью разведут Дворцовый мост для проверки механизмов","В ночь на вторник в Санкт-Петербурге проведут пробную разводку Дворцового моста перед началом навигации, сообщили в ГУП «Мостотрест». Движение по мосту будет закрыто с часу до пяти утра.")]),
("single-utrecht", [("single","haagse-bode","nl","3 13:30","Utrecht krijgt snelfietsroute langs de Vaartsche Rijn","De gemeente Utrecht legt een snelfietsroute van vier kilometer aan langs de Vaartsche Rijn. De werkzaamheden beginnen in september en kosten 11 miljoen euro.")]),
("single-aarhus", [("single","nordlys-nyt","da","1 10:30","Aarhus Universitet får ny rektor fra Oslo","Bestyrelsen for Aarhus Universitet har udpeget den norske professor Kari Lunde som ny rektor fra 1. september. Hun kommer fra en stilling som prorektor ved Universitetet i Oslo.")]),
("single-goteborg", [("single","nyhetsbyran-syd","sv","3 11:30","Ny spårvagnslinje i Göteborg invigs i höst","Västtrafik öppnar den nya spårvagnslinjen över Hisingsbron till Lindholmen den 28 september. Linjen väntas få 20 000 resenärer per dag.")]),
("single-porto", [("single","lusonoticias","pt","1 16:30","Obras da nova linha de metro do Porto arrancam em junho","A construção da linha Rubi do Metro do Porto, que ligará Vila Nova de Gaia à Casa da Música, começa em junho e deverá estar concluída em 2029, anunciou a empresa.")]),
]

# ---------------------------------------------------------------- HELD-OUT (h4), days 2026-05-11 .. 13
HELDOUT = [
("quake-malatya", [
 ("original","summit-press","en","1 03:20","Magnitude 5.8 earthquake hits eastern Turkey's Malatya province","A magnitude 5.8 earthquake struck Malatya province in eastern Turkey early on Monday, the disaster agency AFAD said. The quake was centred in the Puturge district at a depth of 7 km; buildings were evacuated as a precaution."),
 ("translation","deutsche-depesche","de","1 04:10","Erdbeben der Stärke 5,8 erschüttert Osttürkei","Ein Erdbeben der Stärke 5,8 hat in der Nacht zu Montag die ostanatolische Provinz Malatya erschüttert, teilte die Katastrophenschutzbehörde Afad mit. Das Epizentrum lag im Bezirk Pütürge in sieben Kilometern Tiefe."),
 ("update","summit-press","en","1 08:40","UPDATE 1-Turkey quake injures 37, damages old buildings in Malatya","Thirty-seven people were hurt, most while jumping from windows, and several already damaged buildings collapsed when a magnitude 5.8 quake hit Malatya province on Monday, Turkish officials said. No deaths have been reported."),
 ("rewrite","spreeblatt","de","1 09:30","Beben in Malatya: 37 Verletzte, mehrere Altbauten eingestürzt","Bei dem nächtlichen Erdstoß der Stärke 5,8 in der türkischen Provinz Malatya sind 37 Menschen verletzt worden, die meisten beim Sprung aus dem Fenster. Mehrere vorgeschädigte Häuser stürzten ein; Tote gab es nach Behördenangaben nicht."),
]),
("quake-malatya-tents", [
 ("lookalike","summit-press","en","2 10:00","Malatya quake survivors moved to tents as aftershocks continue","Turkish authorities set up 2,400 tents in Malatya on Tuesday for families who cannot return to damaged homes after Monday's magnitude 5.8 earthquake, as more than 90 aftershocks rattled the province overnight."),
]),
("quake-crete", [
 ("lookalike","beacon-wire","en","2 05:30","Magnitude 5.6 earthquake hits off Greek island of Crete","A magnitude 5.6 earthquake struck off the southern coast of Crete early on Tuesday, Greece's geodynamic institute said. It was felt in Heraklion, but there were no reports of damage."),
]),
("bank-hansa", [
 ("original","deutsche-depesche","de","1 07:10","Ostmark Bank übernimmt Hansa Direktbank für 1,6 Milliarden Euro","Die Ostmark Bank kauft die Onlinebank Hansa Direktbank für 1,6 Milliarden Euro. Damit entsteht das drittgrößte Privatkundeninstitut Norddeutschlands mit 3,8 Millionen Kunden. Die Finanzaufsicht muss noch zustimmen."),
 ("rewrite","hanse-anzeiger","de","1 08:30","Milliardendeal: Hansa Direktbank geht an Ostmark","Die Hamburger Onlinebank Hansa Direktbank wechselt für 1,6 Milliarden Euro den Eigentümer: Käufer ist die Ostmark Bank, die damit auf 3,8 Millionen Privatkunden im Norden kommt. Die Bankenaufsicht muss die Übernahme noch genehmigen."),
 ("cut","rheinblick","de","1 09:00","Ostmark kauft Hansa Direktbank","Die Ostmark Bank kauft die Onlinebank Hansa Direktbank für 1,6 Milliarden Euro. Damit entsteht das drittgrößte Privatkundeninstitut […]"),
 ("translation","meridian-wire","en","1 09:20","Germany's Ostmark Bank to buy Hansa Direktbank for 1.6 billion euros","Ostmark Bank has agreed to buy online lender Hansa Direktbank for 1.6 billion euros, creating northern Germany's third-largest retail bank with 3.8 million customers. The deal needs regulatory approval."),
]),
("bank-rheintal", [
 ("lookalike","rheinblick","de","2 08:00","Rheintal Sparbank übernimmt Kreissparkasse Eifel","Die Rheintal Sparbank fusioniert mit der Kreissparkasse Eifel. Das neue Institut kommt auf eine Bilanzsumme von 9,2 Milliarden Euro und 410.000 Kunden. Die Verwaltungsräte haben am Dienstag zugestimmt."),
]),
("mine-greyholm", [
 ("original","tidewater-times","en","1 11:00","Four workers trapped after collapse at Greyholm gold mine in Western Australia","Four miners are trapped underground after a rock fall at Greyholm Mining's Bellbird gold mine near Kalgoorlie, the company said on Monday. Rescue teams have made voice contact with the men, who are about 800 metres below the surface."),
 ("copy","crescent-review","en","1 11:40","Rock fall traps four at Kalgoorlie gold mine","Four miners are trapped underground after a rock fall at Greyholm Mining's Bellbird gold mine near Kalgoorlie, the company said on Monday. Rescue teams have made voice contact with the men."),
 ("copy","beacon-wire","en","1 13:00","Rescuers in contact with four men stuck 800m down Bellbird mine","Four miners are trapped underground after a rock fall at Greyholm Mining's Bellbird gold mine near Kalgoorlie, the company said on Monday. Rescue teams have made voice contact with the men, who are about 800 metres below the surface."),
 ("update","tidewater-times","en","2 02:30","UPDATE 2-All four trapped Greyholm miners rescued after 15 hours","All four miners trapped by a rock fall at Greyholm Mining's Bellbird gold mine in Western Australia were brought to the surface overnight, about 15 hours after the collapse. One man has a broken leg, the company said."),
]),
("mine-southafrica", [
 ("lookalike","meridian-wire","en","2 14:00","Seven miners trapped after collapse at South African platinum mine","Seven workers are trapped after a tunnel collapsed at Kestrel Platinum's Driefontein shaft near Rustenburg, the company said on Tuesday. Rescue teams are trying to reach them about 1,100 metres underground."),
]),
("strike-milano", [
 ("original","notiziario-penisola","it","1 08:00","Milano, sciopero ATM venerdì: metro a rischio dalle 8.45","Venerdì sciopero di 24 ore dei trasporti pubblici a Milano indetto da tre sindacati di base. L'ATM garantisce il servizio solo nelle fasce 6-8.45 e 15-18; metropolitane, tram e autobus a rischio nel resto della giornata."),
 ("rewrite","corriere-tirreno","it","1 10:30","Venerdì nero per i pendolari milanesi: stop di metro, tram e bus","Giornata difficile venerdì per chi si muove a Milano: i sindacati di base hanno proclamato 24 ore di sciopero del trasporto pubblico. Mezzi ATM garantiti soltanto dall'inizio del servizio alle 8.45 e tra le 15 e le 18."),
 ("translation","beacon-wire","en","1 12:00","Milan public transport strike set for Friday","Milan's metro, trams and buses face disruption on Friday during a 24-hour strike called by three grassroots unions. Operator ATM guarantees services only until 8.45 am and between 3 pm and 6 pm."),
 ("regional","voce-lombarda","it","2 06:30","Sciopero dei mezzi, venerdì fasce garantite solo al mattino e al pomeriggio","Venerdì 24 ore di sciopero ATM in città: metro, tram e bus garantiti solo fino alle 8.45 e dalle 15 alle 18."),
]),
("strike-torino", [
 ("lookalike","corriere-tirreno","it","2 11:00","Torino, sciopero GTT lunedì: metro e tram a rischio","Lunedì prossimo sciopero di 24 ore del trasporto pubblico a Torino. La GTT garantisce il servizio solo tra le 6 e le 9 e tra le 12 e le 15; a rischio metropolitana, tram e autobus."),
]),
("rail-madrid-valencia", [
 ("original","iberpress","es","1 07:30","Una avería deja sin trenes de alta velocidad el corredor Madrid-Valencia","Una avería en la catenaria a la altura de Cuenca ha obligado a suspender desde primera hora todos los trenes de alta velocidad entre Madrid y Valencia, informó Adif. Unos 9.000 viajeros están afectados."),
 ("copy","la-voz-levante","es","1 09:00","Miles de viajeros atrapados por un fallo en la catenaria cerca de Cuenca","Una avería en la catenaria a la altura de Cuenca ha obligado a suspender desde primera hora todos los trenes de alta velocidad entre Madrid y Valencia, informó Adif. Unos 9.000 viajeros están afectados."),
 ("translation","meridian-wire","en","1 10:10","Power line fault halts Madrid-Valencia high-speed trains","All high-speed trains between Madrid and Valencia were cancelled on Monday morning after an overhead power line failure near Cuenca, rail infrastructure operator Adif said, affecting about 9,000 passengers."),
 ("update","iberpress","es","1 13:20","ACTUALIZACIÓN 1-Se restablece el AVE Madrid-Valencia tras seis horas de corte","La circulación de trenes de alta velocidad entre Madrid y Valencia se ha restablecido a las 13.00 tras seis horas de interrupción por la avería en la catenaria de Cuenca. Renfe acumula retrasos de hasta 90 minutos."),
]),
("rail-rodalies", [
 ("lookalike","el-faro-digital","es","2 08:10","Una avería deja sin servicio tres líneas de Rodalies en Barcelona","Un fallo en el sistema de señalización en la estación de Sants mantiene interrumpidas desde las 6.30 las líneas R2, R3 y R4 de Rodalies, informó Adif. Decenas de miles de usuarios afectados."),
]),
("flood-rzeszow", [
 ("original","depesza","pl","2 06:00","Powódź na Podkarpaciu. Ewakuacja mieszkańców Rzeszowa","Wisłok przekroczył stan alarmowy w Rzeszowie o 1,2 metra. Wojewoda podkarpacki zarządził ewakuację około 1200 mieszkańców osiedli nad rzeką. W regionie zalanych jest ponad 600 domów."),
 ("rewrite","gazeta-wislana","pl","2 08:20","Wisłok zalewa Rzeszów. Setki osób opuszczają domy","Rzeka w stolicy Podkarpacia jest 1,2 m ponad stanem alarmowym. Z nadrzecznych osiedli rzeszowskich ewakuowano ok. 1200 osób, a w całym województwie pod wodą jest ponad sześćset budynków."),
 ("translation","summit-press","en","2 09:00","Floods in south-east Poland force evacuation of 1,200 in Rzeszow","About 1,200 residents of the south-eastern Polish city of Rzeszow were evacuated on Tuesday after the Wislok river rose 1.2 metres above alarm level, the regional governor said. More than 600 homes are flooded."),
 ("update","depesza","pl","2 15:00","AKTUALIZACJA 1-Powódź na Podkarpaciu: nie żyje jedna osoba, ewakuowano 3 tys. ludzi","W powodzi na Podkarpaciu zginął 68-letni mężczyzna, którego samochód porwała woda pod Łańcutem. Liczba ewakuowanych wzrosła do 3 tys., w tym 2 tys. w Rzeszowie, przekazał wojewoda."),
]),
("flood-lublin", [
 ("lookalike","gazeta-wislana","pl","3 07:00","Podtopienia w Lublinie. Bystrzyca przekroczyła stan alarmowy","Po nocnej ulewie Bystrzyca przekroczyła w Lublinie stan alarmowy o 30 cm. Strażacy wypompowują wodę z piwnic na Wrotkowie, ewakuacji nie zarządzono."),
]),
("gas-yekaterinburg", [
 ("original","sibir-inform","ru","1 05:00","В Екатеринбурге после взрыва газа обрушился подъезд жилого дома","В Екатеринбурге ночью в девятиэтажном доме на улице Бебеля произошёл взрыв бытового газа, обрушился один подъезд. Из-под завалов извлечены четыре человека, судьба ещё шестерых жильцов выясняется, сообщило МЧС."),
 ("rewrite","novosti-express","ru","1 07:00","Взрыв газа разрушил подъезд девятиэтажки на улице Бебеля","Один из подъездов екатеринбургской девятиэтажки на улице Бебеля сложился после ночного взрыва газа. Спасатели достали из-под обломков четверых, ещё шестеро жильцов числятся пропавшими."),
 ("translation","meridian-wire","en","1 08:00","Gas blast collapses section of apartment block in Russia's Yekaterinburg","A gas explosion brought down one section of a nine-storey apartment building in the Russian city of Yekaterinburg overnight. Rescuers pulled four people from the rubble and six residents are unaccounted for, the emergencies ministry said."),
 ("update","sibir-inform","ru","1 15:30","ОБНОВЛЕНИЕ 1-Число погибших при обрушении подъезда в Екатеринбурге выросло до трёх","Под завалами дома на улице Бебеля в Екатеринбурге найдены тела трёх человек, ещё трое жильцов считаются пропавшими. Возбуждено уголовное дело о нарушении правил безопасности при обслуживании газового оборудования."),
]),
("gas-chelyabinsk", [
 ("lookalike","vesti-volga","ru","3 06:00","В Челябинске взрыв газа повредил квартиры в пятиэтажке","В Челябинске утром в пятиэтажном доме на улице Гагарина взорвался газ, повреждены три квартиры. Пострадали два человека, жильцов эвакуировали, обрушения нет."),
]),
("gdp-eurozone", [
 ("original","meridian-wire","en","2 09:00","Euro zone economy grows 0.4% in first quarter, beating forecasts","The euro zone economy grew 0.4% in the first three months of the year from the previous quarter, Eurostat said on Tuesday, faster than the 0.2% expected by economists, helped by strong growth in Spain and a rebound in Germany."),
 ("cut","ironbridge-news","en","2 09:20","Euro zone GDP up 0.4%","The euro zone economy grew 0.4% in the first three months of the year from the previous quarter, Eurostat said on Tuesday…"),
 ("translation","depeche-hexagone","fr","2 09:40","La croissance de la zone euro atteint 0,4 % au premier trimestre","Le PIB de la zone euro a progressé de 0,4 % au premier trimestre par rapport au précédent, selon Eurostat, au-delà des 0,2 % attendus. L'Espagne et le rebond de l'Allemagne ont tiré l'activité."),
 ("copy","capital-dispatch","en","2 10:30","Spain and German rebound lift euro area growth to 0.4%","The euro zone economy grew 0.4% in the first three months of the year from the previous quarter, Eurostat said on Tuesday, faster than the 0.2% expected by economists, helped by strong growth in Spain and a rebound in Germany."),
]),
("gdp-japan", [
 ("lookalike","summit-press","en","3 00:30","Japan's economy shrinks 0.3% in first quarter as exports fall","Japan's economy contracted 0.3% in the January-March quarter from the previous three months, government data showed on Wednesday, as exports and private consumption fell. Economists had expected a 0.1% decline."),
]),
("strike-halvard", [
 ("original","summit-press","en","1 06:00","Halvard Air cancels 300 flights as pilots strike","Scandinavian airline Halvard Air cancelled about 300 flights on Monday, affecting some 30,000 passengers, after its pilots walked out in a dispute over pensions, the company said. The strike has no end date."),
 ("translation","kystposten","da","1 06:40","Halvard Air aflyser 300 fly på grund af pilotstrejke","Flyselskabet Halvard Air har aflyst omkring 300 afgange mandag, fordi selskabets piloter strejker i en konflikt om pensioner. Cirka 30.000 passagerer er ramt, og der er ingen slutdato for strejken."),
 ("copy","bayline-news","en","1 07:00","Pilots' walkout grounds 300 Halvard Air flights","Scandinavian airline Halvard Air cancelled about 300 flights on Monday, affecting some 30,000 passengers, after its pilots walked out in a dispute over pensions, the company said."),
 ("update","summit-press","en","2 07:30","UPDATE 1-Halvard Air strike enters second day, cost put at $12m a day","Halvard Air cancelled another 320 flights on Tuesday as a pilots' strike over pensions entered its second day, and the airline estimated the dispute was costing it about $12 million a day. No new talks are scheduled."),
]),
("strike-nordvik", [
 ("lookalike","kystposten","da","3 06:30","Nordvik Air aflyser 90 fly på grund af kabinepersonalets strejke","Flyselskabet Nordvik Air har aflyst 90 afgange onsdag, da kabinepersonalet strejker for højere løn. Omkring 9.000 passagerer er berørt, oplyser selskabet."),
]),
("collapse-lyon", [
 ("original","depeche-hexagone","fr","1 06:30","Lyon : un immeuble s'effondre dans le 7e arrondissement, deux blessés","Un immeuble de trois étages s'est partiellement effondré dans la nuit de dimanche à lundi rue de Marseille, dans le 7e arrondissement de Lyon. Deux habitants ont été légèrement blessés et 40 personnes évacuées, selon les pompiers."),
 ("copy","gazette-provence","fr","1 08:00","Effondrement rue de Marseille à Lyon : 40 habitants évacués","Un immeuble de trois étages s'est partiellement effondré dans la nuit de dimanche à lundi rue de Marseille, dans le 7e arrondissement de Lyon. Deux habitants ont été légèrement blessés et 40 personnes évacuées, selon les pompiers."),
 ("translation","tidewater-times","en","1 09:30","Building partially collapses in Lyon, two hurt","A three-storey building partially collapsed overnight on Rue de Marseille in Lyon's 7th arrondissement, lightly injuring two residents, firefighters said. Forty people were evacuated from neighbouring buildings."),
 ("update","depeche-hexagone","fr","1 14:00","ACTUALISATION 1-Effondrement à Lyon : une fuite d'eau en cause, le propriétaire visé par une enquête","Le parquet de Lyon a ouvert une enquête après l'effondrement partiel d'un immeuble rue de Marseille. Selon les premiers éléments, une fuite d'eau ancienne aurait fragilisé les fondations ; les 40 évacués sont relogés."),
]),
("evac-marseille", [
 ("lookalike","gazette-provence","fr","2 07:30","Marseille : un immeuble évacué en urgence dans le 3e arrondissement","Une soixantaine d'habitants d'un immeuble de la rue Loubon, dans le 3e arrondissement de Marseille, ont été évacués mardi après l'apparition de fissures. Aucun blessé n'est à déplorer."),
]),
("baggage-schiphol", [
 ("original","nieuwsdienst-nl","nl","2 07:00","Storing in bagagesysteem Schiphol: duizenden koffers blijven achter","Door een storing in het bagagesysteem van Schiphol zijn maandagavond en dinsdagochtend duizenden koffers niet meegegaan met vluchten. Reizigers krijgen hun bagage later nagestuurd, meldt de luchthaven."),
 ("copy","haagse-bode","nl","2 09:30","Reizigers vliegen zonder koffer na bagagestoring op Schiphol","Door een storing in het bagagesysteem van Schiphol zijn maandagavond en dinsdagochtend duizenden koffers niet meegegaan met vluchten. Reizigers krijgen hun bagage later nagestuurd, meldt de luchthaven."),
 ("translation","lakeside-tribune","en","2 11:00","Thousands of bags left behind after Schiphol baggage system failure","A fault in Amsterdam Schiphol airport's baggage system meant thousands of suitcases were not loaded onto flights on Monday evening and Tuesday morning. The airport said the luggage would be sent on to passengers."),
]),
("baggage-brussels", [
 ("lookalike","haagse-bode","nl","3 08:00","Bagagestoring op Brussels Airport: vluchten vertrekken zonder koffers","Door een softwarefout in het bagagesysteem van Brussels Airport zijn woensdagochtend ongeveer 4.000 koffers achtergebleven. De luchthaven vraagt reizigers met alleen handbagage te reizen."),
]),
("metro-stockholm", [
 ("original","nyhetsbyran-syd","sv","1 07:40","Gröna linjen stoppad – spårfel vid Slussen","Tunnelbanans gröna linje i Stockholm står still mellan Gamla stan och Skanstull sedan klockan 7 på grund av ett spårfel vid Slussen, meddelar SL. Ersättningsbussar sätts in."),
 ("copy","malarbladet","sv","1 08:00","Spårfel stoppar gröna linjen genom Slussen","Tunnelbanans gröna linje i Stockholm står still mellan Gamla stan och Skanstull sedan klockan 7 på grund av ett spårfel vid Slussen, meddelar SL."),
 ("translation","beacon-wire","en","1 09:10","Track fault halts Stockholm metro green line","Stockholm's green metro line was halted between Gamla Stan and Skanstull from 7 am on Monday because of a track fault at Slussen, transport authority SL said. Replacement buses are running."),
]),
("blade-esbjerg", [
 ("original","kystposten","da","2 10:00","Vinge knækket på vindmølle ved Esbjerg – område afspærret","En vinge på en 150 meter høj vindmølle i Måde ved Esbjerg er knækket og faldet ned tirsdag morgen. Ingen kom til skade. Politiet har afspærret et område på 500 meter, og producenten Vestholm undersøger sagen."),
 ("copy","nordlys-nyt","da","2 12:00","Vestholm undersøger vingebrud på mølle i Måde","En vinge på en 150 meter høj vindmølle i Måde ved Esbjerg er knækket og faldet ned tirsdag morgen. Ingen kom til skade."),
 ("translation","tidewater-times","en","2 13:00","Wind turbine blade snaps off near Denmark's Esbjerg","A blade broke off a 150-metre wind turbine near the Danish port of Esbjerg on Tuesday morning and fell to the ground. No one was hurt. Police cordoned off a 500-metre area and manufacturer Vestholm is investigating."),
]),
("strike-lisbon-metro", [
 ("original","lusonoticias","pt","2 06:00","Greve dos maquinistas fecha o Metro de Lisboa na quinta-feira","O Metro de Lisboa vai estar encerrado durante todo o dia de quinta-feira devido a uma greve dos maquinistas, que reivindicam aumentos salariais de 8%, anunciou a empresa. Não haverá serviços mínimos."),
 ("copy","jornal-tejo","pt","2 09:00","Quinta-feira sem metro em Lisboa: maquinistas param por aumentos de 8%","O Metro de Lisboa vai estar encerrado durante todo o dia de quinta-feira devido a uma greve dos maquinistas, que reivindicam aumentos salariais de 8%, anunciou a empresa. Não haverá serviços mínimos."),
 ("translation","bayline-news","en","2 10:00","Lisbon metro to shut on Thursday as drivers strike","Lisbon's metro will close for the whole of Thursday because of a strike by train drivers demanding an 8% pay rise, the operator said. No minimum service will be provided."),
]),
("un-lebanon", [
 ("original","meridian-wire","en","3 19:00","UN Security Council extends Lebanon peacekeeping force for a year","The UN Security Council on Wednesday unanimously extended the mandate of its peacekeeping force in southern Lebanon, UNIFIL, for a further 12 months, while asking the secretary-general to review the mission's size by December."),
 ("copy","crescent-review","en","3 19:30","UNIFIL mandate renewed for 12 months","The UN Security Council on Wednesday unanimously extended the mandate of its peacekeeping force in southern Lebanon, UNIFIL, for a further 12 months."),
 ("translation","depeche-hexagone","fr","3 20:00","L'ONU prolonge d'un an la Finul au Liban","Le Conseil de sécurité de l'ONU a prolongé mercredi à l'unanimité pour douze mois le mandat de la Finul, sa force de maintien de la paix dans le sud du Liban, et demandé un examen de ses effectifs d'ici décembre."),
]),
("un-golan", [
 ("lookalike","beacon-wire","en","1 20:00","UN Security Council extends Golan Heights observer force for six months","The UN Security Council on Monday extended the mandate of the UN Disengagement Observer Force on the Golan Heights, UNDOF, for six months, in a unanimous vote."),
]),
("cricket-patel", [
 ("original","westfield-herald","en","1 12:00","England name uncapped spinner Arjun Patel for Lord's Test","Uncapped Lancashire off-spinner Arjun Patel has been named in England's 14-man squad for the first Test against New Zealand at Lord's starting on 21 May. The 24-year-old took 41 county wickets last season."),
 ("copy","metro-observer","en","1 12:30","Patel called up for Lord's Test against New Zealand","Uncapped Lancashire off-spinner Arjun Patel has been named in England's 14-man squad for the first Test against New Zealand at Lord's starting on 21 May."),
 ("rewrite","lakeside-tribune","en","1 15:00","Lancashire off-spinner Patel earns first England call-up","Arjun Patel, whose 41 County Championship wickets last summer caught the selectors' eye, is in line for a Test debut after being included in a 14-strong England squad for the opening match against New Zealand at Lord's."),
]),
("cricket-patel-injury", [
 ("lookalike","westfield-herald","en","3 12:00","England spinner Arjun Patel ruled out of Lord's Test with finger injury","Arjun Patel will miss the first Test against New Zealand after breaking a finger while fielding for Lancashire on Tuesday, two days after his first England call-up. No replacement has been named."),
]),
("measles-birmingham", [
 ("original","pennine-star","en","2 09:30","Measles outbreak at Birmingham primary school: 23 cases confirmed","Twenty-three cases of measles have been confirmed at a primary school in Sparkhill, Birmingham, the UK Health Security Agency said on Tuesday. Parents are urged to check their children have had both MMR doses."),
 ("cut","metro-observer","en","2 10:00","23 measles cases at Birmingham school","Twenty-three cases of measles have been confirmed at a primary school in Sparkhill, Birmingham, the UK Health Security Agency said…"),
 ("update","pennine-star","en","3 09:00","UPDATE 1-Birmingham measles outbreak rises to 41 cases, pop-up vaccine clinics opened","Confirmed measles cases linked to a Sparkhill primary school have risen to 41, including six children in hospital, health officials said on Wednesday, as pop-up MMR clinics opened in three mosques and a community centre."),
]),
("measles-coventry", [
 ("lookalike","capital-dispatch","en","3 11:00","Measles cases rise in Coventry as vaccination rates fall","Coventry has recorded 17 measles cases since March, health officials said on Wednesday, warning that only 81% of five-year-olds in the city have had both MMR doses."),
]),
("jobs-kelbrand", [
 ("original","deutsche-depesche","de","2 07:00","Autozulieferer Kelbrand streicht 2.500 Stellen in Deutschland","Der Autozulieferer Kelbrand will bis Ende 2027 rund 2.500 Arbeitsplätze in Deutschland abbauen und das Werk in Gifhorn schließen. Grund sei die schwache Nachfrage nach Komponenten für Verbrennungsmotoren, teilte das Unternehmen mit."),
 ("copy","rheinblick","de","2 07:40","Kelbrand baut 2.500 Jobs ab – Werk Gifhorn vor dem Aus","Der Autozulieferer Kelbrand will bis Ende 2027 rund 2.500 Arbeitsplätze in Deutschland abbauen und das Werk in Gifhorn schließen, teilte das Unternehmen mit."),
 ("rewrite","spreeblatt","de","2 09:00","Stellenabbau bei Kelbrand: Gifhorner Werk soll schließen","Beim Zulieferer Kelbrand fallen hierzulande bis Ende 2027 etwa 2.500 Jobs weg, der Standort Gifhorn wird dichtgemacht. Das Unternehmen begründet den Schritt mit der Flaute bei Teilen für Benzin- und Dieselmotoren."),
 ("translation","summit-press","en","2 08:30","German auto supplier Kelbrand to cut 2,500 jobs, close Gifhorn plant","Kelbrand will cut about 2,500 jobs in Germany by the end of 2027 and close its plant in Gifhorn because of weak demand for combustion engine parts, the car parts supplier said on Tuesday."),
]),
("jobs-morwitz", [
 ("lookalike","rheinblick","de","3 07:30","Zulieferer Morwitz streicht 800 Stellen in Deutschland","Der Autozulieferer Morwitz baut bis 2027 rund 800 Arbeitsplätze ab, vor allem im Werk Zwickau. Grund seien Verzögerungen bei Elektroauto-Programmen der Kunden."),
]),
("walls-florence", [
 ("original","notiziario-penisola","it","2 08:00","Firenze, crolla un tratto delle mura medievali in Oltrarno","Un tratto di circa 12 metri delle mura medievali è crollato nella notte in Oltrarno, a Firenze, vicino a Porta Romana. Nessun ferito. Il Comune ha chiuso la strada e chiesto un sopralluogo alla Soprintendenza."),
 ("rewrite","roma-sera","it","2 10:00","Cedono le mura antiche vicino a Porta Romana, strada chiusa a Firenze","Dodici metri della cinta muraria medievale fiorentina sono venuti giù durante la notte nella zona di Porta Romana. Non ci sono feriti; il Comune ha interdetto la via e atteso i tecnici della Soprintendenza."),
 ("cut","corriere-tirreno","it","2 10:40","Crollo delle mura in Oltrarno","Un tratto di circa 12 metri delle mura medievali è crollato nella notte in Oltrarno, a Firenze, vicino a Porta Romana […]"),
 ("translation","beacon-wire","en","2 12:00","Section of Florence's medieval walls collapses","A 12-metre section of Florence's medieval city walls collapsed overnight in the Oltrarno district near Porta Romana. No one was hurt; the city closed the street and asked heritage officials to inspect the site."),
]),
("cornice-pisa", [
 ("lookalike","corriere-tirreno","it","3 09:00","Pisa, crolla un cornicione in centro: strada chiusa","Un cornicione di un palazzo storico è crollato mercoledì mattina in via Santa Maria, a Pisa, senza ferire nessuno. I vigili del fuoco hanno transennato l'area."),
]),
("delay-voltaris", [
 ("original","summit-press","en","1 20:10","Voltaris delays launch of cheaper Model V2 to 2027","Electric carmaker Voltaris said on Monday it would push back the launch of its cheaper V2 model to early 2027 from late 2026, citing battery supply problems. Shares fell 7% in after-hours trading."),
 ("brief","harbor-ledger","en","1 20:05","BRIEF-Voltaris says V2 start of production now expected in Q1 2027","Voltaris Inc: V2 start of production now expected in first quarter 2027, previously fourth quarter 2026; reaffirms full-year delivery guidance of 410,000 to 430,000 vehicles."),
 ("copy","capital-dispatch","en","1 22:00","Battery shortages push back Voltaris' budget EV","Electric carmaker Voltaris said on Monday it would push back the launch of its cheaper V2 model to early 2027 from late 2026, citing battery supply problems. Shares fell 7% in after-hours trading."),
]),
("voltaris-china", [
 ("lookalike","summit-press","en","3 04:00","Voltaris cuts prices in China by up to 8%","Voltaris has cut prices for its models in China by up to 8%, its website showed on Wednesday, two days after it delayed the launch of its cheaper V2 car to 2027."),
]),
("rates-boe", [
 ("original","meridian-wire","en","3 11:00","Bank of England cuts interest rates to 3.75%","The Bank of England cut its main interest rate by a quarter point to 3.75% on Wednesday, its fourth cut in a year, citing easing inflation. The Monetary Policy Committee voted 7-2 for the cut."),
 ("brief","harbor-ledger","en","3 11:01","BRIEF-BoE cuts Bank Rate to 3.75%, MPC vote 7-2","Bank of England: Bank Rate reduced by 25 basis points to 3.75%; two members voted to keep rates unchanged."),
 ("copy","bayline-news","en","3 11:30","BoE trims rates to 3.75% as inflation eases","The Bank of England cut its main interest rate by a quarter point to 3.75% on Wednesday, its fourth cut in a year, citing easing inflation."),
 ("translation","deutsche-depesche","de","3 11:45","Bank of England senkt Leitzins auf 3,75 Prozent","Die britische Notenbank hat ihren Leitzins um einen Viertelpunkt auf 3,75 Prozent gesenkt. Es ist die vierte Senkung binnen eines Jahres; der geldpolitische Ausschuss stimmte mit 7 zu 2 Stimmen dafür."),
]),
("rates-norges", [
 ("lookalike","beacon-wire","en","3 09:00","Norway's central bank holds rates at 4.25%","Norges Bank kept its policy rate at 4.25% on Wednesday, as expected, and said it would likely cut once or twice later this year if inflation continues to ease."),
]),
("cyclone-bangladesh", [
 ("original","crescent-review","en","2 04:00","Cyclone Tarin makes landfall in Bangladesh, 800,000 evacuated","Cyclone Tarin made landfall near Khulna in south-western Bangladesh on Tuesday with winds of up to 130 km/h, after authorities moved about 800,000 people to shelters, the disaster ministry said."),
 ("copy","tidewater-times","en","2 04:40","800,000 in shelters as cyclone hits Bangladesh coast","Cyclone Tarin made landfall near Khulna in south-western Bangladesh on Tuesday with winds of up to 130 km/h, after authorities moved about 800,000 people to shelters."),
 ("copy","beacon-wire","en","2 06:00","Bangladesh evacuates 800,000 as Cyclone Tarin slams into Khulna coast","Cyclone Tarin made landfall near Khulna in south-western Bangladesh on Tuesday with winds of up to 130 km/h, after authorities moved about 800,000 people to shelters, the disaster ministry said."),
 ("update","crescent-review","en","2 14:00","UPDATE 1-Cyclone Tarin kills 9 in Bangladesh, cuts power to millions","At least nine people were killed, mostly by falling trees, and about 3 million people lost power when Cyclone Tarin hit south-western Bangladesh on Tuesday, officials said. The storm has weakened as it moves inland."),
]),
("cyclone-myanmar", [
 ("lookalike","crescent-review","en","3 05:00","Cyclone makes landfall in Myanmar's Rakhine state, thousands evacuated","Cyclone Sura made landfall near Sittwe in Myanmar's Rakhine state on Wednesday with winds of 110 km/h. Local officials said about 60,000 people had been evacuated."),
]),
("fog-sochi", [
 ("original","novosti-express","ru","2 07:00","В аэропорту Сочи из-за тумана задержаны и отменены 40 рейсов","Из-за густого тумана аэропорт Сочи с утра вторника не принимает и не отправляет самолёты. Задержаны или отменены более 40 рейсов, часть бортов ушла на запасные аэродромы в Краснодар и Минеральные Воды."),
 ("copy","vesti-volga","ru","2 07:40","Туман парализовал аэропорт Сочи","Из-за густого тумана аэропорт Сочи с утра вторника не принимает и не отправляет самолёты. Задержаны или отменены более 40 рейсов."),
 ("translation","meridian-wire","en","2 10:00","Fog halts flights at Russia's Sochi airport","Dense fog has stopped all arrivals and departures at Sochi airport in southern Russia since Tuesday morning, delaying or cancelling more than 40 flights. Some planes were diverted to Krasnodar and Mineralnye Vody."),
]),
("fire-lodz", [
 ("original","depesza","pl","1 21:00","Pożar hali magazynowej w Łodzi. Nad miastem czarny dym","W poniedziałek wieczorem wybuchł pożar hali magazynowej przy ul. Brzezińskiej w Łodzi. W ogniu jest około 5 tys. mkw. Na miejscu działa 25 zastępów straży, mieszkańców proszono o zamknięcie okien."),
 ("rewrite","gazeta-wislana","pl","1 22:30","Płonie magazyn przy Brzezińskiej. Łodzianie proszeni o zamknięcie okien","Ogień objął ok. 5 tys. metrów kwadratowych hali przy ul. Brzezińskiej. Z pożarem walczy 25 zastępów strażaków, a łódzkie służby apelują do mieszkańców, by nie otwierali okien z powodu gęstego dymu."),
 ("regional","glos-lodzi","pl","2 07:30","Nocny pożar magazynu na Widzewie ugaszony","Po kilku godzinach strażacy ugasili pożar hali magazynowej przy Brzezińskiej w Łodzi. Spłonęło ok. 5 tys. mkw.; nikt nie został ranny."),
]),
("fire-katowice", [
 ("lookalike","gazeta-wislana","pl","3 20:00","Pożar hali w Katowicach. Ogień objął 3 tys. mkw.","W środę wieczorem zapaliła się hala produkcyjna przy ul. Bocheńskiego w Katowicach. Z ogniem walczy 18 zastępów straży, nikt nie został ranny."),
]),
("flood-alzira", [
 ("original","la-voz-levante","es","3 05:30","La DANA inunda Alzira: rescatadas 60 personas y suspendidas las clases","Las lluvias torrenciales caídas durante la noche han inundado varias calles de Alzira (Valencia), donde los bomberos han rescatado a 60 personas atrapadas en coches y bajos. La Generalitat ha suspendido las clases en la Ribera."),
 ("rewrite","iberpress","es","3 07:00","Rescatan a sesenta vecinos en Alzira tras las lluvias torrenciales","Los bomberos han sacado a 60 personas de vehículos y plantas bajas anegadas en la localidad valenciana de Alzira, golpeada esta noche por una DANA. No habrá clases en la comarca de la Ribera, anunció el Consell."),
 ("translation","summit-press","en","3 08:00","Torrential rain floods Spanish town of Alzira, 60 rescued","Firefighters rescued 60 people trapped in cars and ground-floor homes after torrential overnight rain flooded streets in Alzira, near Valencia. The regional government suspended classes in the area."),
 ("update","la-voz-levante","es","3 14:00","ACTUALIZACIÓN 1-Un desaparecido en Alzira por la DANA, el Júcar en alerta roja","Un hombre de 72 años está desaparecido tras ser arrastrado por el agua en Alzira, donde el río Júcar está en alerta roja, informó el 112. Los rescates ascienden a 85 personas."),
]),
("flood-murcia", [
 ("lookalike","iberpress","es","2 18:00","Las lluvias inundan calles de Murcia y obligan a cortar la A-7","Una tromba de agua caída el martes por la tarde ha inundado varias calles de Murcia y obligado a cortar la autovía A-7 en Alhama. No hay heridos."),
]),
("hiring-aeronord", [
 ("original","depeche-hexagone","fr","1 11:00","Toulouse : Aéronord va recruter 1 200 personnes d'ici 2027","Le constructeur aéronautique Aéronord va embaucher 1 200 salariés sur son site de Blagnac, près de Toulouse, d'ici fin 2027 pour accélérer la production de son avion régional AN-90, a annoncé lundi son PDG."),
 ("cut","le-matin-libre","fr","1 11:40","Aéronord embauche 1 200 personnes","Le constructeur aéronautique Aéronord va embaucher 1 200 salariés sur son site de Blagnac, près de Toulouse […]"),
 ("copy","ouest-journal","fr","1 13:00","Blagnac : 1 200 emplois à la clé pour produire plus d'AN-90","Le constructeur aéronautique Aéronord va embaucher 1 200 salariés sur son site de Blagnac, près de Toulouse, d'ici fin 2027 pour accélérer la production de son avion régional AN-90, a annoncé lundi son PDG."),
 ("translation","bayline-news","en","1 14:00","Planemaker Aeronord to hire 1,200 in Toulouse","French aircraft maker Aeronord will hire 1,200 people at its Blagnac site near Toulouse by the end of 2027 to speed up production of its AN-90 regional jet, its chief executive said on Monday."),
]),
("tax-edinburgh", [
 ("original","westfield-herald","en","1 17:00","Edinburgh councillors approve 5% tourist tax from next year","Edinburgh will charge visitors a 5% levy on overnight stays from April next year after councillors voted 43-18 in favour on Monday. The council expects it to raise £45 million a year."),
 ("copy","lakeside-tribune","en","1 17:40","Edinburgh approves 5% visitor levy","Edinburgh will charge visitors a 5% levy on overnight stays from April next year after councillors voted 43-18 in favour on Monday."),
 ("copy","ironbridge-news","en","1 19:30","Visitors to Scottish capital face £45m-a-year overnight levy","Edinburgh will charge visitors a 5% levy on overnight stays from April next year after councillors voted 43-18 in favour on Monday. The council expects it to raise £45 million a year."),
]),
("tax-glasgow", [
 ("lookalike","ironbridge-news","en","3 17:00","Glasgow councillors approve 4% tourist tax","Glasgow City Council voted on Wednesday to introduce a 4% levy on overnight stays from June next year, two days after Edinburgh approved a 5% charge."),
]),
("strike-doctors-madrid", [
 ("original","diario-meseta","es","2 10:00","Los médicos de Atención Primaria de Madrid irán a la huelga indefinida","Los médicos de los centros de salud de la Comunidad de Madrid iniciarán una huelga indefinida el 26 de mayo para reclamar un máximo de 31 pacientes por día, anunció el sindicato Amyts. La Consejería ha convocado una reunión."),
 ("copy","cronica-sur","es","2 10:30","Amyts convoca huelga indefinida de médicos de familia en Madrid","Los médicos de los centros de salud de la Comunidad de Madrid iniciarán una huelga indefinida el 26 de mayo para reclamar un máximo de 31 pacientes por día, anunció el sindicato Amyts.",{"same":True}),
 ("translation","beacon-wire","en","2 12:30","Madrid family doctors call indefinite strike from May 26","Doctors at public health centres in the Madrid region will begin an indefinite strike on May 26 to demand a cap of 31 patients a day, the Amyts union said."),
]),
("obesity-vantry", [
 ("brief","harbor-ledger","en","2 12:55","BRIEF-Vantry Bio says VTX-41 met primary endpoint in phase 3 obesity trial","Vantry Bio Inc: phase 3 trial of VTX-41 met primary endpoint; patients lost 19.8% of body weight at 68 weeks versus 2.1% on placebo."),
 ("original","summit-press","en","2 13:10","Vantry Bio shares soar as obesity drug meets late-stage goal","Shares of Vantry Bio jumped 38% on Tuesday after its weekly injection VTX-41 helped patients lose 19.8% of their body weight over 68 weeks in a phase 3 trial, compared with 2.1% on placebo. The company plans to file for approval this year."),
 ("rewrite","capital-dispatch","en","2 15:00","Nearly 20% weight loss in trial sends Vantry stock up 38%","Investors piled into Vantry Bio after the drug developer said patients taking its once-weekly VTX-41 shot shed almost a fifth of their weight in a 68-week study. Regulatory filings will follow later this year."),
 ("translation","deutsche-depesche","de","2 15:30","Abnehmspritze von Vantry Bio überzeugt in Studie – Aktie springt um 38 Prozent","Die Aktie von Vantry Bio ist um 38 Prozent gestiegen, nachdem das Abnehmmittel VTX-41 in einer Phase-3-Studie zu einem Gewichtsverlust von 19,8 Prozent nach 68 Wochen geführt hat. Bei Placebo waren es 2,1 Prozent."),
]),
("obesity-ostrel", [
 ("lookalike","harbor-ledger","en","3 13:00","Ostrel Therapeutics shares slump as obesity pill disappoints","Ostrel Therapeutics shares fell 27% on Wednesday after its oral weight-loss drug helped patients lose 9.4% of body weight in a mid-stage trial, below investors' expectations."),
]),
("fire-leverkusen", [
 ("original","rheinblick","de","1 14:00","Brand im Chempark Leverkusen – Anwohner sollen Fenster schließen","Im Chempark Leverkusen ist am Montagmittag ein Feuer in einer Lagerhalle für Kunststoffgranulat ausgebrochen. Die Stadt hat eine Warnung über die App Nina verschickt: Anwohner sollen Fenster und Türen geschlossen halten."),
 ("copy","deutsche-depesche","de","1 15:00","Großbrand in Leverkusener Chemiepark: Warnmeldung für Anwohner","Im Chempark Leverkusen ist am Montagmittag ein Feuer in einer Lagerhalle für Kunststoffgranulat ausgebrochen. Die Stadt hat eine Warnung über die App Nina verschickt: Anwohner sollen Fenster und Türen geschlossen halten."),
 ("translation","meridian-wire","en","1 16:00","Fire at chemical park in Germany's Leverkusen, residents told to stay indoors","A fire broke out in a warehouse storing plastic granules at the Chempark industrial site in Leverkusen on Monday. The city issued an alert telling residents to keep windows and doors closed. No injuries were reported."),
 ("regional","bergisches-tageblatt","de","2 06:00","Chempark-Brand gelöscht, Warnung aufgehoben","Das Feuer in der Granulat-Lagerhalle im Leverkusener Chempark ist gelöscht, die Warnung für Anwohner aufgehoben. Verletzt wurde niemand."),
]),
("fire-marl", [
 ("lookalike","deutsche-depesche","de","3 13:00","Brand im Chemiepark Marl – Warnung für Anwohner aufgehoben","Ein Feuer in einer Produktionsanlage im Chemiepark Marl ist am Mittwoch nach zwei Stunden gelöscht worden. Die Warnung für die Anwohner in Marl und Dorsten wurde aufgehoben."),
]),
("satellite-skylattice", [
 ("original","tidewater-times","en","2 22:00","Skylattice loses contact with newly launched satellite","Satellite operator Skylattice said on Tuesday it had lost contact with its SL-12 communications satellite about four hours after launch, and engineers were trying to re-establish a link. The satellite is insured for $180 million."),
 ("copy","crescent-review","en","2 22:40","Skylattice SL-12 satellite goes silent after launch","Satellite operator Skylattice said on Tuesday it had lost contact with its SL-12 communications satellite about four hours after launch, and engineers were trying to re-establish a link."),
 ("update","tidewater-times","en","3 10:00","UPDATE 1-Skylattice declares SL-12 satellite lost, to file $180m insurance claim","Skylattice said on Wednesday it had given up trying to recover its SL-12 satellite after a power system failure shortly after launch and would file an insurance claim for $180 million."),
]),
("film-halden", [
 ("original","lakeside-tribune","en","3 21:00","'The Long Tide' wins top prize at Halden Film Festival","Chilean director Paula Iturra's drama The Long Tide won the Golden Lantern at the Halden Film Festival on Wednesday. The film follows three generations of fishermen's wives in Valparaiso."),
 ("copy","westfield-herald","en","3 21:30","Paula Iturra's The Long Tide takes Golden Lantern","Chilean director Paula Iturra's drama The Long Tide won the Golden Lantern at the Halden Film Festival on Wednesday."),
 ("translation","cronica-sur","es","3 22:30","La chilena Paula Iturra gana el Farol de Oro en Halden con 'La larga marea'","La directora chilena Paula Iturra ganó este miércoles el Farol de Oro del festival de cine de Halden con 'La larga marea', un drama sobre tres generaciones de mujeres de pescadores en Valparaíso."),
]),
("cruise-genoa", [
 ("original","notiziario-penisola","it","3 07:00","Genova, nave da crociera urta la banchina: tre feriti lievi","La nave da crociera Aurora Stellare ha urtato la banchina del terminal di Ponte dei Mille a Genova durante la manovra di attracco, mercoledì all'alba. Tre membri dell'equipaggio lievemente feriti. Indaga la Capitaneria di porto."),
 ("copy","corriere-tirreno","it","3 08:30","Manovra sbagliata al porto genovese, l'Aurora Stellare contro il molo","La nave da crociera Aurora Stellare ha urtato la banchina del terminal di Ponte dei Mille a Genova durante la manovra di attracco, mercoledì all'alba. Tre membri dell'equipaggio lievemente feriti."),
 ("translation","summit-press","en","3 09:00","Cruise ship hits quay in Genoa, three crew lightly hurt","The cruise ship Aurora Stellare struck the quay at Genoa's Ponte dei Mille terminal while docking at dawn on Wednesday, lightly injuring three crew members. The coast guard has opened an investigation."),
 ("copy","bayline-news","en","3 09:30","Three hurt as Aurora Stellare strikes Genoa quay","The cruise ship Aurora Stellare struck the quay at Genoa's Ponte dei Mille terminal while docking at dawn on Wednesday, lightly injuring three crew members."),
 ("update","notiziario-penisola","it","3 15:00","AGGIORNAMENTO 1-Genova, la Aurora Stellare resta in porto: crociera cancellata per 2.800 passeggeri","La compagnia ha cancellato la crociera della Aurora Stellare dopo l'urto contro la banchina di Ponte dei Mille: i 2.800 passeggeri saranno rimborsati. La Capitaneria ha disposto il fermo della nave per le verifiche."),
]),
("ferry-livorno", [
 ("lookalike","corriere-tirreno","it","2 08:00","Livorno, traghetto urta la banchina in manovra: nessun ferito","Il traghetto Isola d'Elba Express ha urtato la banchina della Darsena Toscana a Livorno martedì mattina durante l'attracco. Nessun ferito tra i 400 passeggeri."),
]),
("power-manchester-airport", [
 ("original","capital-dispatch","en","1 18:00","Power cut at Manchester Airport cancels 60 flights","A power cut at Manchester Airport on Monday afternoon caused about 60 flights to be cancelled and left passengers queuing outside Terminals 1 and 2, the airport said. Power was restored after three hours."),
 ("cut","metro-observer","en","1 18:30","Manchester Airport power failure grounds flights","A power cut at Manchester Airport on Monday afternoon caused about 60 flights to be cancelled and left passengers queuing outside Terminals 1 and 2…"),
 ("rewrite","pennine-star","en","1 20:00","Three-hour blackout at Manchester Airport scraps 60 departures and arrivals","Travellers were stuck outside Manchester Airport's Terminals 1 and 2 on Monday as a power outage lasting three hours forced the cancellation of around 60 flights, the airport operator said."),
]),
("power-birmingham-airport", [
 ("lookalike","metro-observer","en","3 17:00","Power outage at Birmingham Airport delays flights","A power outage at Birmingham Airport on Wednesday delayed around 25 departures and forced security lanes to close for 90 minutes, the airport said."),
]),
("unemployment-nl", [
 ("original","nieuwsdienst-nl","nl","2 09:30","CBS: werkloosheid daalt in april naar 3,5 procent","De werkloosheid in Nederland is in april gedaald naar 3,5 procent van de beroepsbevolking, van 3,7 procent in maart, meldt het CBS. Er waren 358.000 werklozen, 17.000 minder dan een maand eerder."),
 ("copy","haagse-bode","nl","2 10:00","Werkloosheid gedaald naar 3,5 procent","De werkloosheid in Nederland is in april gedaald naar 3,5 procent van de beroepsbevolking, van 3,7 procent in maart, meldt het CBS."),
 ("translation","lakeside-tribune","en","2 12:00","Dutch unemployment falls to 3.5% in April","Unemployment in the Netherlands fell to 3.5% of the labour force in April from 3.7% in March, statistics office CBS said on Tuesday. There were 358,000 jobless people, 17,000 fewer than a month earlier."),
]),
("unemployment-be", [
 ("lookalike","haagse-bode","nl","3 10:00","Statbel: Belgische werkloosheid stijgt naar 6,1 procent","De werkloosheid in België is in april gestegen naar 6,1 procent, van 5,9 procent in maart, meldt statistiekbureau Statbel. Vooral jongeren vonden moeilijker werk."),
]),
("stablecoin-tidemark", [
 ("original","bayline-news","en","2 20:00","Stablecoin issuer Tidemark pauses redemptions as token slips below $1","Tidemark, issuer of the TDUSD stablecoin, temporarily paused redemptions on Tuesday after the token fell as low as 96 cents, saying a banking partner had delayed the release of $300 million in reserves."),
 ("brief","harbor-ledger","en","2 20:10","BRIEF-Tidemark says TDUSD redemptions paused pending release of reserves","Tidemark: redemptions of TDUSD temporarily paused; about $300 million of reserves held at a banking partner delayed; all tokens remain fully backed."),
 ("copy","crescent-review","en","2 22:30","TDUSD loses its dollar peg, Tidemark halts withdrawals","Tidemark, issuer of the TDUSD stablecoin, temporarily paused redemptions on Tuesday after the token fell as low as 96 cents, saying a banking partner had delayed the release of $300 million in reserves."),
 ("update","bayline-news","en","3 08:00","UPDATE 1-Tidemark resumes redemptions after bank releases reserves, TDUSD back at $1","Tidemark resumed redemptions of its TDUSD stablecoin on Wednesday after its banking partner released $300 million in reserves, and the token returned to its $1 peg, the company said."),
]),
("insider-velmont", [
 ("original","metro-observer","en","2 15:00","Ex-Velmont Energy finance chief convicted of insider dealing","Former Velmont Energy finance director Martin Coyle was found guilty of insider dealing at Southwark Crown Court on Tuesday after he bought shares days before the company announced a takeover, making £620,000."),
 ("copy","westfield-herald","en","2 15:40","Martin Coyle found guilty of insider dealing","Former Velmont Energy finance director Martin Coyle was found guilty of insider dealing at Southwark Crown Court on Tuesday after he bought shares days before the company announced a takeover."),
 ("cut","lakeside-tribune","en","2 16:10","Velmont ex-finance director Coyle guilty","Former Velmont Energy finance director Martin Coyle was found guilty of insider dealing at Southwark Crown Court on Tuesday…"),
]),
("tram-szczecin", [
 ("original","portal-trojmiasto","pl","3 08:00","Szczecin: wykolejenie tramwaju na placu Rodła. Utrudnienia w centrum","W środę rano na placu Rodła w Szczecinie wykoleił się tramwaj linii 3. Nikt nie ucierpiał, ale ruch tramwajowy w centrum jest wstrzymany, a autobusy zastępcze kursują na trzech liniach."),
 ("copy","depesza","pl","3 08:30","Tramwaj wypadł z szyn w centrum Szczecina","W środę rano na placu Rodła w Szczecinie wykoleił się tramwaj linii 3. Nikt nie ucierpiał, ale ruch tramwajowy w centrum jest wstrzymany."),
 ("translation","summit-press","en","3 10:00","Tram derails in centre of Polish city of Szczecin","A tram derailed on Rodla Square in the centre of the Polish city of Szczecin on Wednesday morning. No one was hurt, but tram traffic in the city centre was halted and replacement buses were running."),
]),
("fine-drava", [
 ("original","meridian-wire","en","3 10:30","EU fines carmaker Drava 620 million euros over emissions software","The European Commission fined Czech carmaker Drava 620 million euros on Wednesday, saying it had used software in about 400,000 diesel cars that lowered emissions during tests. Drava said it would appeal."),
 ("translation","depeche-hexagone","fr","3 11:00","Bruxelles inflige 620 millions d'euros d'amende au constructeur Drava","La Commission européenne a infligé mercredi une amende de 620 millions d'euros au constructeur tchèque Drava pour avoir équipé environ 400 000 voitures diesel d'un logiciel faussant les tests d'émissions. Drava va faire appel."),
 ("translation","deutsche-depesche","de","3 11:10","EU verhängt 620 Millionen Euro Strafe gegen Autobauer Drava","Die EU-Kommission hat den tschechischen Autobauer Drava zu einer Strafe von 620 Millionen Euro verdonnert. In rund 400.000 Dieselautos sei eine Software verbaut gewesen, die die Abgaswerte auf dem Prüfstand senkte."),
 ("copy","capital-dispatch","en","3 12:30","Drava to appeal €620m Brussels penalty over diesel test cheating","The European Commission fined Czech carmaker Drava 620 million euros on Wednesday, saying it had used software in about 400,000 diesel cars that lowered emissions during tests. Drava said it would appeal."),
]),
("fine-tenbridge", [
 ("lookalike","ironbridge-news","en","1 11:30","UK regulator fines Tenbridge Motors £45m over finance commissions","The Financial Conduct Authority fined Tenbridge Motors £45 million on Monday for failing to disclose commissions paid to dealers on car finance deals."),
]),
("fire-krasnoyarsk", [
 ("original","sibir-inform","ru","3 12:00","В Красноярске горит торговый центр, эвакуированы 1500 человек","В Красноярске днём загорелся торговый центр «Енисей Молл» на улице Партизана Железняка. Из здания эвакуировали около 1500 человек, площадь пожара достигает 2000 кв. м, сообщает МЧС."),
 ("rewrite","ob-vestnik","ru","3 13:30","Из горящего «Енисей Молла» вывели полторы тысячи посетителей","Пожар площадью до двух тысяч квадратных метров охватил красноярский торговый центр «Енисей Молл». Спасатели вывели из здания около полутора тысяч человек, сведений о пострадавших пока нет."),
 ("translation","meridian-wire","en","3 14:00","Shopping centre fire in Siberian city of Krasnoyarsk, 1,500 evacuated","About 1,500 people were evacuated when fire broke out at the Yenisei Mall shopping centre in the Siberian city of Krasnoyarsk on Wednesday, the emergencies ministry said. The blaze covers up to 2,000 square metres."),
]),
("rice-philippines", [
 ("original","crescent-review","en","1 05:00","Philippines imposes price cap on regular rice","The Philippines imposed a price ceiling of 45 pesos per kilogram on regular milled rice on Monday, the president's office said, after retail prices rose 18% in three months. The cap will apply for 60 days."),
 ("copy","capital-dispatch","en","1 05:40","Manila caps rice price at 45 pesos a kilo","The Philippines imposed a price ceiling of 45 pesos per kilogram on regular milled rice on Monday after retail prices rose 18% in three months. The cap will apply for 60 days."),
 ("copy","summit-press","en","1 07:30","Philippine government sets 60-day ceiling on rice prices after 18% jump","The Philippines imposed a price ceiling of 45 pesos per kilogram on regular milled rice on Monday, the president's office said, after retail prices rose 18% in three months. The cap will apply for 60 days."),
]),
("ferry-helsingborg", [
 ("original","nyhetsbyran-syd","sv","3 09:00","Brand ombord på Öresundsfärja – trafiken Helsingborg–Helsingør inställd","En brand i maskinrummet på färjan Tycho Brahe ledde på onsdagsmorgonen till att 230 passagerare fick evakueras i Helsingborgs hamn. Ingen skadades. Färjetrafiken över sundet är inställd tills vidare."),
 ("translation","kystposten","da","3 09:40","Brand på færge i Helsingborg – overfarten til Helsingør indstillet","En brand i maskinrummet på færgen Tycho Brahe betød onsdag morgen, at 230 passagerer blev evakueret i Helsingborg havn. Ingen kom til skade, og færgeruten mellem Helsingør og Helsingborg er indstillet."),
 ("copy","malarbladet","sv","3 10:00","Färjetrafiken över Öresund stoppad efter brand på Tycho Brahe","En brand i maskinrummet på färjan Tycho Brahe ledde på onsdagsmorgonen till att 230 passagerare fick evakueras i Helsingborgs hamn. Ingen skadades."),
]),
("recall-pellmart", [
 ("original","westfield-herald","en","1 13:00","Pellmart recalls own-brand baby formula over bacteria risk","Supermarket Pellmart is recalling two batches of its own-brand first infant milk after tests found possible contamination with Cronobacter bacteria, the Food Standards Agency said. Parents should not use the product."),
 ("rewrite","ironbridge-news","en","1 15:00","Parents told not to use Pellmart first infant milk after bacteria found","The Food Standards Agency has warned parents to stop feeding babies Pellmart's own-label first infant milk from two batches, after testing suggested they could contain Cronobacter. The supermarket has pulled the product."),
 ("regional","pennine-star","en","2 07:00","Pellmart baby milk recall: check your batch number","Pellmart has recalled two batches of its own-brand first infant milk over possible Cronobacter contamination, the FSA said. Parents should return the tins to any store."),
]),
("recall-pellmart-crisps", [
 ("lookalike","ironbridge-news","en","3 14:00","Pellmart recalls own-brand crisps over undeclared milk","Pellmart is recalling its own-brand sour cream crisps because they contain milk not mentioned on the label, the Food Standards Agency said on Wednesday."),
]),
("protest-santiago", [
 ("original","cronica-sur","es","2 20:00","Miles de estudiantes marchan en Santiago contra el alza de aranceles universitarios","Unos 40.000 estudiantes marcharon este martes por la Alameda de Santiago de Chile contra el aumento del 12% en los aranceles de las universidades estatales. Carabineros detuvo a 37 personas tras incidentes al final de la marcha."),
 ("copy","el-faro-digital","es","2 22:00","Masiva marcha estudiantil por la Alameda: 37 detenidos","Unos 40.000 estudiantes marcharon este martes por la Alameda de Santiago de Chile contra el aumento del 12% en los aranceles de las universidades estatales. Carabineros detuvo a 37 personas tras incidentes al final de la marcha."),
 ("translation","beacon-wire","en","3 01:00","Tens of thousands of students march in Chile's capital against fee rise","About 40,000 students marched through central Santiago on Tuesday to protest against a 12% increase in state university fees. Police detained 37 people after clashes at the end of the march."),
]),
("heat-delhi", [
 ("original","crescent-review","en","2 11:00","Delhi swelters at 46.8C as heatwave grips north India","Temperatures in New Delhi reached 46.8C on Tuesday, the highest this year, as a heatwave gripped much of northern India, the weather office said. Schools in the capital will close early for the summer."),
 ("copy","tidewater-times","en","2 11:40","Delhi records 46.8C, hottest day of the year","Temperatures in New Delhi reached 46.8C on Tuesday, the highest this year, as a heatwave gripped much of northern India, the weather office said."),
 ("update","crescent-review","en","3 11:30","UPDATE 1-Delhi heat hits 47.4C, power demand at record","New Delhi's temperature rose to 47.4C on Wednesday and electricity demand in the capital hit a record 8,900 megawatts, officials said, as the northern Indian heatwave entered its fourth day."),
]),
]

HELDOUT += [
# ---- templates
("tpl-wallst-d1", [("template","summit-press","en","1 20:15","Wall Street close: S&P 500 rises 0.5% to 5,912.4","The S&P 500 rose 0.5% to 5,912.4 on Monday, while the Dow Jones Industrial Average added 0.3% to 42,108.7 and the Nasdaq Composite gained 0.8% to 19,240.1. The 10-year Treasury yield was 4.31%.")]),
("tpl-wallst-d2", [("template","summit-press","en","2 20:15","Wall Street close: S&P 500 rises 0.2% to 5,924.0","The S&P 500 rose 0.2% to 5,924.0 on Tuesday, while the Dow Jones Industrial Average slipped 0.1% to 42,066.2 and the Nasdaq Composite gained 0.6% to 19,355.9. The 10-year Treasury yield was 4.28%.")]),
("tpl-wallst-d3", [("template","summit-press","en","3 20:15","Wall Street close: S&P 500 falls 0.7% to 5,882.5","The S&P 500 fell 0.7% to 5,882.5 on Wednesday, while the Dow Jones Industrial Average lost 0.5% to 41,855.0 and the Nasdaq Composite dropped 1.1% to 19,143.7. The 10-year Treasury yield was 4.35%.")]),
("tpl-ibex-d1", [("template","iberpress","es","1 17:40","El Ibex 35 cierra con una subida del 0,6% hasta los 13.842 puntos","El principal índice de la Bolsa española, el Ibex 35, ha cerrado la sesión de este lunes con un avance del 0,6%, hasta los 13.842,3 puntos. El euro se cambiaba a 1,1290 dólares y el Brent cotizaba a 70,4 dólares.")]),
("tpl-ibex-d2", [("template","iberpress","es","2 17:40","El Ibex 35 cierra con una subida del 0,1% hasta los 13.856 puntos","El principal índice de la Bolsa española, el Ibex 35, ha cerrado la sesión de este martes con un avance del 0,1%, hasta los 13.856,0 puntos. El euro se cambiaba a 1,1302 dólares y el Brent cotizaba a 71,0 dólares.")]),
("tpl-ibex-d3", [("template","iberpress","es","3 17:40","El Ibex 35 cierra con una caída del 0,9% hasta los 13.731 puntos","El principal índice de la Bolsa española, el Ibex 35, ha cerrado la sesión de este miércoles con un retroceso del 0,9%, hasta los 13.731,5 puntos. El euro se cambiaba a 1,1275 dólares y el Brent cotizaba a 69,8 dólares.")]),
("tpl-meteo-d1", [("template","ouest-journal","fr","1 05:15","Météo à Nantes ce lundi : averses et 16 °C","Ce lundi à Nantes, le ciel sera couvert le matin avec des averses éparses, puis des éclaircies l'après-midi. Les températures iront de 9 °C au lever du jour à 16 °C. Vent d'ouest modéré, rafales à 50 km/h.")]),
("tpl-meteo-d2", [("template","ouest-journal","fr","2 05:15","Météo à Nantes ce mardi : soleil et 19 °C","Ce mardi à Nantes, le soleil dominera toute la journée après quelques brumes matinales. Les températures iront de 8 °C au lever du jour à 19 °C. Vent de nord-est faible.")]),
("tpl-meteo-d3", [("template","ouest-journal","fr","3 05:15","Météo à Nantes ce mercredi : nuageux et 17 °C","Ce mercredi à Nantes, les nuages seront nombreux avec un risque d'ondée en soirée. Les températures iront de 11 °C au lever du jour à 17 °C. Vent de sud-ouest modéré.")]),
("tpl-travel-d1", [("template","metro-observer","en","1 07:00","Traffic and travel: M25 anticlockwise closed between J10 and J9 after crash","Good morning. The M25 is closed anticlockwise between junction 10 (Wisley) and junction 9 (Leatherhead) after a three-vehicle crash; expect 60-minute delays. Southern trains are running normally. Check before you travel.")]),
("tpl-travel-d2", [("template","metro-observer","en","2 07:00","Traffic and travel: A406 North Circular lane closed at Brent Cross","Good morning. One lane of the A406 North Circular is closed eastbound at Brent Cross for emergency roadworks; delays of 30 minutes. The Elizabeth line has minor delays after an earlier signal failure. Check before you travel.")]),
("tpl-travel-d3", [("template","metro-observer","en","3 07:00","Traffic and travel: Blackwall Tunnel northbound closed after breakdown","Good morning. The Blackwall Tunnel northbound is closed after a lorry broke down; traffic is queuing back to the Sun-in-the-Sands roundabout. Overground services are running normally. Check before you travel.")]),
("tpl-evening-d1", [("template","lakeside-tribune","en","1 18:00","The Evening Edition: Monday 11 May","Good evening. Tonight: four miners trapped in Western Australia, Edinburgh votes on a tourist tax and a spinner gets his England call. Plus: the week's best TV, and your crossword.")]),
("tpl-evening-d2", [("template","lakeside-tribune","en","2 18:00","The Evening Edition: Tuesday 12 May","Good evening. Tonight: a cyclone batters Bangladesh, the euro zone beats growth forecasts and a weight-loss drug sends shares soaring. Plus: gardening in a heatwave, and your crossword.")]),
("tpl-evening-d3", [("template","lakeside-tribune","en","3 18:00","The Evening Edition: Wednesday 13 May","Good evening. Tonight: the Bank of England cuts rates, Brussels fines a carmaker and Spain counts the cost of floods. Plus: five books for the summer, and your crossword.")]),
("tpl-mib-d1", [("template","corriere-tirreno","it","1 17:50","Borsa: Milano chiude in rialzo dello 0,4%, Ftse Mib a 39.812 punti","Piazza Affari chiude la seduta di lunedì in rialzo dello 0,4%, con il Ftse Mib a 39.812 punti. Lo spread tra Btp e Bund si attesta a 102 punti base. Euro a 1,1290 dollari.")]),
("tpl-mib-d2", [("template","corriere-tirreno","it","2 17:50","Borsa: Milano chiude in calo dello 0,2%, Ftse Mib a 39.731 punti","Piazza Affari chiude la seduta di martedì in calo dello 0,2%, con il Ftse Mib a 39.731 punti. Lo spread tra Btp e Bund si attesta a 104 punti base. Euro a 1,1302 dollari.")]),
("tpl-mib-d3", [("template","corriere-tirreno","it","3 17:50","Borsa: Milano chiude in calo dell'1,1%, Ftse Mib a 39.294 punti","Piazza Affari chiude la seduta di mercoledì in calo dell'1,1%, con il Ftse Mib a 39.294 punti. Lo spread tra Btp e Bund si attesta a 107 punti base. Euro a 1,1275 dollari.")]),
("tpl-policja-d1", [("template","portal-trojmiasto","pl","1 16:00","Policja szuka świadków potrącenia rowerzysty w Gdyni","Gdyńscy policjanci poszukują świadków potrącenia 41-letniego rowerzysty na ul. Morskiej w niedzielę ok. godz. 19.30. Kierowca odjechał z miejsca zdarzenia. Osoby z informacjami proszone są o kontakt pod numerem 47 74 21 222.")]),
("tpl-policja-d2", [("template","portal-trojmiasto","pl","2 16:00","Policja szuka świadków potrącenia pieszej w Gdańsku","Gdańscy policjanci poszukują świadków potrącenia 67-letniej kobiety na ul. Grunwaldzkiej w poniedziałek ok. godz. 8.15. Kierowca odjechał z miejsca zdarzenia. Osoby z informacjami proszone są o kontakt pod numerem 47 74 21 222.")]),
("tpl-policja-d3", [("template","portal-trojmiasto","pl","3 16:00","Policja szuka świadków potrącenia rowerzysty w Sopocie","Sopoccy policjanci poszukują świadków potrącenia 16-letniego rowerzysty na al. Niepodległości we wtorek ok. godz. 17.40. Kierowca odjechał z miejsca zdarzenia. Osoby z informacjami proszone są o kontakt pod numerem 47 74 21 222.")]),
("tpl-euromillions-d2", [("template","westfield-herald","en","2 21:00","EuroMillions results: winning numbers for Tuesday 12 May","The winning EuroMillions numbers for Tuesday 12 May are 4, 17, 22, 38, 45 and the Lucky Stars are 3 and 9. There was no UK jackpot winner; Friday's estimated jackpot is £87 million.")]),
("tpl-football-d1", [("template","westfield-herald","en","1 22:15","Football results: Monday 11 May","Premier League: Saint Ives Rangers 1 Harbour City 1. Championship: Hollins Park 2 Castleford Rovers 0. League One: Redcliffe 3 Greywater 1. Scorers and reports on our sport pages.")]),
("tpl-football-d2", [("template","westfield-herald","en","2 22:15","Football results: Tuesday 12 May","Premier League: Kingsmoor Athletic 0 Northfield Albion 2. Championship: Eastbay United 1 Dunmore Town 1. League One: Millbrook 2 Ashby Vale 3. Scorers and reports on our sport pages.")]),
("tpl-rub-d2", [("template","novosti-express","ru","2 16:00","Курс доллара ЦБ на 13 мая: 80,96 рубля","Центральный банк установил официальный курс доллара на среду, 13 мая, в размере 80,96 рубля, что на 22 копейки ниже предыдущего значения. Курс евро составил 91,50 рубля, юаня – 11,15 рубля.")]),
# ---- unrelated singles
("single-orchid", [("single","crescent-review","en","1 15:30","Rare ghost orchid found flowering in Herefordshire wood","A ghost orchid, one of Britain's rarest plants, has been found flowering in a wood in Herefordshire for the first time since 2009, a botanical society said. The exact location is being kept secret.")]),
("single-stadium-leicester", [("single","westfield-herald","en","1 16:30","Leicester Tigers unveil plans to expand Welford Road to 30,000 seats","Leicester Tigers have submitted plans to expand their Welford Road stadium to 30,000 seats by 2029, adding a new east stand with a hotel. The club said the £70m project would be privately funded.")]),
("single-library", [("single","lakeside-tribune","en","2 09:00","Oxford library puts 1,200-year-old gospel book on display","A 1,200-year-old illuminated gospel book bought at auction last year goes on public display at an Oxford library from Saturday after two years of conservation work.")]),
("single-airline-route", [("single","bayline-news","en","2 13:30","Aerlinna to fly Belfast to New York from September","Irish carrier Aerlinna will launch a daily service between Belfast International and New York JFK in September, the first year-round transatlantic route from Northern Ireland in a decade.")]),
("single-sleep-study", [("single","metro-observer","en","1 23:30","Teenagers who use phones after 10pm sleep an hour less, study finds","Teenagers who use smartphones after 10pm sleep on average 58 minutes less on school nights, according to a study of 11,000 pupils in England published on Monday.")]),
("single-marathon", [("single","westfield-herald","en","3 14:30","Firefighter runs marathon in full kit to raise £20,000","A firefighter from Swindon has completed a marathon in full breathing apparatus weighing 25 kg, raising £20,000 for a burns charity. It took Dan Okafor six hours and 12 minutes.")]),
("single-golf", [("single","metro-observer","en","3 21:30","Golf: Mackay holes in one twice in same round at Wentworth","Scottish amateur Euan Mackay made two holes-in-one in a single round at a club competition at Wentworth on Wednesday, odds of which are put at about 67 million to one.")]),
("single-copper", [("single","summit-press","en","1 09:40","Copper hits two-month high on Chile supply concerns","Copper prices rose 1.4% to $9,820 a tonne on the London Metal Exchange on Monday, a two-month high, on concerns about output at Chilean mines after a strike vote."),]),
("single-maori-bank", [("single","tidewater-times","en","2 02:00","New Zealand's Kiwirangi Bank names first female chief executive","Kiwirangi Bank has appointed Hana Parata as chief executive from August, the first woman to lead the New Zealand lender in its 140-year history.")]),
("single-solar-texas", [("single","harbor-ledger","en","2 03:30","Solmira to build $1.5bn solar panel factory in Texas","Solar manufacturer Solmira will invest $1.5 billion in a panel factory near Dallas employing 1,500 people, the company said on Tuesday. Production should start in 2028.")]),
("single-bird-flu", [("single","beacon-wire","en","3 06:30","Bird flu confirmed at poultry farm in Norfolk","Avian influenza has been confirmed at a commercial poultry farm near Attleborough in Norfolk, and all 32,000 birds will be culled, the government said. A 3 km protection zone has been set up.")]),
("single-canal", [("single","ironbridge-news","en","3 09:30","Restored Cotswold canal section reopens to boats after 70 years","A 6 km stretch of the Cotswold Canals near Stroud reopened to boats on Wednesday for the first time since the 1950s after a £24m restoration.")]),
("single-de-museum", [("single","spreeblatt","de","1 12:00","Deutsches Museum eröffnet neue Ausstellung zur Raumfahrt","Das Deutsche Museum in München zeigt ab Donnerstag eine neue Dauerausstellung zur Raumfahrt mit 600 Exponaten, darunter ein Nachbau der Raumstation Columbus.")]),
("single-de-bundesliga", [("single","alpenpost","de","3 10:30","Holstein Kiel trennt sich von Sportdirektor Behrens","Holstein Kiel hat sich mit sofortiger Wirkung von Sportdirektor Jan Behrens getrennt. Über einen Nachfolger soll nach Saisonende entschieden werden, teilte der Verein mit.")]),
("single-fr-cannes", [("single","le-matin-libre","fr","1 14:30","Cannes : l'affiche du 79e festival dévoilée","Le festival de Cannes a dévoilé lundi l'affiche de sa 79e édition, un dessin inédit d'une illustratrice lyonnaise. Le festival se tiendra du 12 au 23 mai.")]),
("single-fr-vin", [("single","gazette-provence","fr","3 15:30","Vins de Provence : les ventes de rosé reculent de 6 %","Les ventes de rosé de Provence ont baissé de 6 % en volume l'an dernier, selon l'interprofession, qui mise sur l'export vers l'Asie pour compenser le recul en France.")]),
("single-es-tomatina", [("single","la-voz-levante","es","2 12:30","Buñol limitará a 15.000 los participantes de la Tomatina","El Ayuntamiento de Buñol limitará este año a 15.000 personas el aforo de la Tomatina, que se celebra el último miércoles de agosto. Las entradas saldrán a la venta el 1 de junio.")]),
("single-es-museo", [("single","diario-meseta","es","1 17:30","El Reina Sofía abrirá los lunes a partir de junio","El Museo Reina Sofía abrirá también los lunes desde el 1 de junio y ampliará su horario de verano hasta las 22.00 los viernes, anunció su director.")]),
("single-it-palio", [("single","roma-sera","it","1 13:30","Siena, estratte le contrade del Palio di luglio","Sono state estratte in piazza del Campo le tre contrade che correranno il Palio del 2 luglio insieme alle sette di diritto: Oca, Selva e Torre.")]),
("single-pl-zoo", [("single","depesza","pl","2 13:30","We wrocławskim zoo urodziło się młode okapi","W ogrodzie zoologicznym we Wrocławiu przyszło na świat młode okapi. To pierwszy taki przypadek w Polsce od 12 lat – poinformowało zoo.")]),
("single-ru-theatre", [("single","vesti-volga","ru","1 23:30","Большой театр объявил репертуар нового сезона","Большой театр представил афишу 251-го сезона: в нём запланированы пять премьер, в том числе новая постановка оперы «Князь Игорь».")]),
("single-nl-festival", [("single","rijnmond-krant","nl","3 13:30","North Sea Jazz maakt laatste namen bekend","North Sea Jazz heeft de laatste twintig namen voor de editie van juli bekendgemaakt. Het festival in Ahoy Rotterdam is al voor 90 procent uitverkocht.")]),
("single-da-bridge", [("single","nordlys-nyt","da","1 10:30","Aalborg Universitet åbner nyt center for kunstig intelligens","Aalborg Universitet åbner et nyt forskningscenter for kunstig intelligens med 40 forskere, finansieret af en donation på 120 millioner kroner fra en fond.")]),
("single-sv-ikea", [("single","nyhetsbyran-syd","sv","3 11:30","Liseberg öppnar ny berg- och dalbana i juni","Nöjesparken Liseberg i Göteborg öppnar sin nya berg- och dalbana Vinden den 6 juni. Den blir Nordens längsta med 1,4 kilometer räls.")]),
("single-pt-fado", [("single","jornal-tejo","pt","1 16:30","Museu do Fado reabre após obras de renovação","O Museu do Fado, em Lisboa, reabre ao público no sábado depois de oito meses de obras, com uma nova sala dedicada às vozes femininas do género.")]),
]

# ---------------------------------------------------------------- checks, stats, output
FIELDS = ["id", "story", "kind", "source", "lang", "published", "stage", "link", "title", "summary"]
KINDS = ["original", "copy", "rewrite", "update", "brief", "cut", "regional", "translation",
         "lookalike", "template", "single"]
HARD = {"rewrite", "update", "cut", "regional"}


def check(items, prefix):
    problems = []
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    by_story = collections.defaultdict(list)
    for it in items:
        if list(it.keys()) != FIELDS:
            problems.append("fields %s" % it["id"])
        if it["kind"] not in KINDS:
            problems.append("kind %s" % it["id"])
        if not it["story"].startswith(prefix + "-") or not it["id"].startswith(prefix + "/"):
            problems.append("prefix %s" % it["id"])
        if not re.fullmatch(r"https://[a-z0-9.\-]+\.example/\S+", it["link"]):
            problems.append("link %s" % it["id"])
        n = len(it["summary"].split())
        if not 12 <= n <= 60:
            problems.append("summary length %d words %s" % (n, it["id"]))
        by_story[it["story"]].append(it)
    # publication order == id order; stage monotone in time
    pubs = [it["published"] for it in items]
    if pubs != sorted(pubs):
        problems.append("ids not in publication order")
    stages = [it["stage"] for it in items]
    if stages != sorted(stages):
        problems.append("stage not monotone with publication time")
    # links shared only by syndicated copies within one story
    by_link = collections.defaultdict(list)
    for it in items:
        by_link[it["link"]].append(it)
    for link, group in by_link.items():
        if len(group) > 1:
            if len({g["story"] for g in group}) > 1 or not any(g["kind"] == "copy" for g in group):
                problems.append("shared link across stories / non-copy: %s" % link)
    for s, group in by_story.items():
        kinds = [g["kind"] for g in group]
        if any(k in ("template", "single") for k in kinds) and len(group) > 1:
            problems.append("template/single story with >1 item: %s" % s)
        if "lookalike" in kinds and len(group) > 1:
            problems.append("lookalike story with >1 item: %s" % s)
        if len(group) > 1 and kinds.count("original") != 1:
            problems.append("multi-item story without exactly one original: %s" % s)
        if len(group) > 5:
            problems.append("story with >5 items: %s" % s)
        orig = [g for g in group if g["kind"] == "original"]
        for g in group:
            if g["kind"] == "translation" and orig and g["lang"] == orig[0]["lang"]:
                problems.append("translation in original's language: %s" % g["id"])
            if g["kind"] not in ("original", "translation", "lookalike", "template", "single") and orig \
                    and g["lang"] not in {o["lang"] for o in group if o["kind"] in ("original", "translation")}:
                problems.append("copy-type item without a same-language source: %s" % g["id"])
    return problems


def stats(items):
    kinds = collections.Counter(it["kind"] for it in items)
    langs = collections.Counter(it["lang"] for it in items)
    by_story = collections.defaultdict(list)
    for it in items:
        by_story[it["story"]].append(it)
    multi = {s: g for s, g in by_story.items() if len(g) > 1}
    same_lang_copies = collections.Counter()
    for s, g in multi.items():
        seen = set()
        for it in g:  # already in publication order
            if it["lang"] in seen:
                same_lang_copies[it["kind"]] += 1
            seen.add(it["lang"])
    n_same = sum(same_lang_copies.values())
    n_hard = sum(v for k, v in same_lang_copies.items() if k in HARD)
    return {
        "items": len(items), "stories": len(by_story), "multi_item_stories": len(multi),
        "multi_items": sum(len(g) for g in multi.values()),
        "kinds": dict(sorted(kinds.items(), key=lambda kv: KINDS.index(kv[0]))),
        "langs": dict(langs.most_common()),
        "en_share": round(langs["en"] / len(items), 3),
        "same_lang_copies": n_same, "same_lang_copies_by_kind": dict(same_lang_copies.most_common()),
        "hard_share": round(n_hard / n_same, 3) if n_same else 0.0,
        "stages": dict(sorted(collections.Counter(it["stage"] for it in items).items())),
    }


def show(name, items):
    by_story = collections.defaultdict(list)
    for it in items:
        by_story[it["story"]].append(it)
    print("=" * 100)
    print(name)
    n = 0
    for s in sorted(by_story, key=lambda s: by_story[s][0]["id"]):
        by_lang = collections.defaultdict(list)
        for it in by_story[s]:
            by_lang[it["lang"]].append(it)
        for lang, group in by_lang.items():
            if len(group) < 2:
                continue
            n += 1
            others = sorted({it["lang"] for it in by_story[s]} - {lang})
            print("\n## %s [%s] (%d items%s)" % (s, lang, len(group), "; also " + ",".join(others) if others else ""))
            for it in group:
                print("  %-8s %-11s s%d %s %-20s %s" % (it["id"], it["kind"], it["stage"], it["published"][5:16], it["source"], it["title"]))
                print("           %s" % it["summary"])
    print("\n%d story/language groups with >= 2 items" % n)


README_HEAD = """# stories4 — blind labelled corpus for story grouping

Written blind (without looking at the grouping algorithm, its tests or the earlier corpora).
Everything here is generated by `build.py` (Python 3, stdlib only):

    python3 build.py          # writes tuning4.json, heldout4.json, README.md; prints stats and checks
    python3 build.py --show   # lists every story that has >= 2 items in one language, for review

Each JSON file is `{"items": [...]}`; every item has exactly the fields
`id, story, kind, source, lang, published, stage, link, title, summary`.

## What a label means

* `story` equal  <=> same news event. Translations carry the same label as the original
  (the feature groups within one language only, so a translation is a *different group in
  practice* but the same event; evaluate per language, i.e. on (story, lang) pairs).
* UPDATE versions (with new casualty figures, revised magnitudes, refloated ship, reopened
  airport, etc.) are the **same** story as the first report: same event, same day or the next
  night, issued by the same or another outlet as a continuation.
* A **next-day follow-up with genuinely new facts** (aftershock a day later, tents for quake
  survivors, injury ruling a cricketer out after his call-up, the same company's *next*
  announcement, a second recall by the same supermarket) is a *different* story and is marked
  `lookalike`. This is the one deliberate judgement call in the corpus: an UPDATE continues
  the original event's coverage (same headline subject, revised numbers), a follow-up reports a
  new event that merely concerns the same subject.
* `regional` reprints are shortened versions in a regional paper, sometimes the next morning
  (up to ~24 h later); they repeat the original facts (numbers, places) and are the same story,
  even when the headline is a service headline ("das müssen Fahrgäste wissen").
* `template` items are one item each of a fixed-wording series (index close, weather, FX
  fixing, morning/evening newsletter, police appeal, traffic, lottery, football results).
  Each day's item is its own story. Newsletters mention other stories of the day in passing;
  they are still their own story.
* `lookalike` items are single-item stories, always in the same file as the story they imitate
  and usually in the same language (other quake, other bank, other city, other company, other
  country's statistics, other UN mission, other airport, other recall by the same retailer...).
* `single` = unrelated one-off item.
* Syndicated copies marked with the same link as the original only where one outlet
  republishes the other's article verbatim (a handful of `copy` items); all other links are
  unique.

## Kinds

original, copy (near-verbatim, often new headline), rewrite (second newsroom's own sentences,
same names/places/numbers), update (`UPDATE 1-`, `AKTUALIZACJA 1-`, `ACTUALIZACIÓN 1-`,
`AGGIORNAMENTO 1-`, `ACTUALISATION 1-`, `ОБНОВЛЕНИЕ 1-`; rewritten lede, revised figures), brief
(`BRIEF-` wire flash, sometimes published *before* the full original), cut (truncated with
`…` / `[…]`, mostly with a reworded headline), regional, translation, lookalike, template, single.

Emphasis: a little under half (48–49%, see the stats below) of the same-language copies in multi-item stories are rewrites,
updates, cuts or regional reprints (see the stats below), in English, German (compounds:
Straßenbahnstreik/Tramstreik, Gewinnwarnung/Gewinnprognose, Chemiepark/Chempark), Italian,
Spanish, Polish and Russian (inflected place names: Poznań/Poznaniem/Poznania, Rzeszów/Rzeszowa/
rzeszowskich, Łódź/Łodzi/łódzkie, Новосибирск/новосибирской, Екатеринбург/екатеринбургской,
Roma/romani/Capitale, Catania/catanese, Antofagasta/antofagastinos, Łódź/łódzkie, Genova/genovese).

## How events were assigned to files (done before any text was written)

Two disjoint event lists were drawn up first, one per file, each with ~45 multi-item events of
similar types (quake, bank takeover, transport strike, water/flood, rail accident, fire, layoffs,
statistics release, air traffic, wildfire/weather, ship accident, port/airport disruption, UN
mandate, sport, hospital/health, profit warning/job cuts, heritage/city news, recall, crypto,
court case, EU fine, central bank decision, culture prize/festival). Every look-alike was then
attached to the event it imitates and placed **in the same file**; no event, look-alike or
template series instance crosses files (template *series* such as the football results exist in
both files, but each day's item is a separate story). The files cover different weeks:

* `tuning4.json`  — Monday 2026-05-04 to Wednesday 2026-05-06, ids `t4/NNN`, labels `t4-…`
* `heldout4.json` — Monday 2026-05-11 to Wednesday 2026-05-13, ids `h4/NNN`, labels `h4-…`

`stage` = day of the file (1 = Monday, 2 = Tuesday, 3 = Wednesday, by publication date UTC);
regional reprints of the previous day therefore land in the next stage, and a handful of
stories straddle stages (overnight updates, late-evening events with morning copies).
Ids are numbered in publication order.

## Things a user should know

* All outlets (`*.example`), companies and most people are fictional; places and institutions
  (ONS, Eurostat, Verdi, KNMI, UN missions…) are real, every event is invented.
* Several look-alike pairs are cross-lingual only by accident (e.g. the Sintra (pt) and
  Guadarrama (es) wildfires both have English translations with near-identical headlines:
  "Wildfire near Lisbon's Sintra draws 300 firefighters" vs "Wildfire near Madrid forces
  evacuation of 300 residents") — these are different stories.
* Some stories' `brief` appears before the `original` (wire flash first); the `original` kind
  marks the first full report, not necessarily the earliest timestamp.
* Cut copies keep the original lede verbatim up to the ellipsis but usually carry a shorter or
  reworded headline.
* Within one language a story has at most one `original`; the other same-language items are
  copies in the broad sense. Near-verbatim `copy` items often carry a completely different
  headline (e.g. "Stranded boxship stops northbound convoy in Suez Canal" over the original
  lede), which is deliberate.
* The briefing/newsletter templates (`Morning Briefing`, `The Evening Edition`) name several of
  the day's stories in one sentence; they must not be grouped with any of them.
* Summaries are 18–43 words (cuts and regional reprints are the shortest).
"""


def main():
    base_t = datetime.datetime(2026, 5, 4)
    base_h = datetime.datetime(2026, 5, 11)
    tun = build("t4", base_t, TUNING)
    held = build("h4", base_h, HELDOUT)
    if "--show" in sys.argv:
        show("tuning4.json", tun)
        show("heldout4.json", held)
        return
    ok = True
    lines = []
    for name, items, prefix in (("tuning4.json", tun, "t4"), ("heldout4.json", held, "h4")):
        probs = check(items, prefix)
        for p in probs:
            print("PROBLEM", name, p)
        ok = ok and not probs
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump({"items": items}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        st = stats(items)
        print(name, json.dumps(st, ensure_ascii=False))
        lines.append("### %s\n" % name)
        lines.append("* items: %d; stories: %d; multi-item stories: %d (%d items)" % (
            st["items"], st["stories"], st["multi_item_stories"], st["multi_items"]))
        lines.append("* kinds: " + ", ".join("%s %d" % kv for kv in st["kinds"].items()))
        lines.append("* languages: " + ", ".join("%s %d" % kv for kv in st["langs"].items()) +
                     " (English share %.0f%%)" % (100 * st["en_share"]))
        lines.append("* same-language copies in multi-item stories: %d, of which rewrite/update/cut/regional %.0f%% (%s)" % (
            st["same_lang_copies"], 100 * st["hard_share"],
            ", ".join("%s %d" % kv for kv in st["same_lang_copies_by_kind"].items())))
        lines.append("* items per stage: " + ", ".join("%s: %d" % kv for kv in st["stages"].items()))
        lines.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n## Counts (generated)\n\n" + "\n".join(lines))
    print("checks:", "OK" if ok else "PROBLEMS FOUND")


if __name__ == "__main__":
    main()
