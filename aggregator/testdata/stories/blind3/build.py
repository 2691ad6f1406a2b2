#!/usr/bin/env python3
"""Generator for the stories3 story-grouping test corpus (tuning3 + heldout3).

Standard library only. Run:  python3 build.py [--show]
All text is hand-written below; this script only assigns ids, timestamps,
links, validates, writes the JSON files and README.md, and prints counts.
"""
import collections, datetime, hashlib, itertools, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# slug: (domain, link pattern, languages)
OUTLETS = {
    "harbor-wire":      ("www.harborwire.example", "/article/{slug}-idHW{n}", {"en", "de", "es"}),
    "meridien-presse":  ("www.meridienpresse.example", "/depeche/{n}-{slug}", {"fr", "es", "pt"}),
    "nordpress":        ("nordpress.example", "/nyheder/{slug}-{n}", {"da", "en"}),
    "daily-ledger":     ("www.dailyledger.example", "/news/{date}/{slug}-{n}", {"en"}),
    "evening-post":     ("www.eveningpost.example", "/news/{slug}-{n}.html", {"en"}),
    "granite-gazette":  ("www.granitegazette.example", "/local/{n}/{slug}", {"en"}),
    "markets-desk":     ("marketsdesk.example", "/markets/{date}/{slug}", {"en"}),
    "rheinblatt":       ("www.rheinblatt.example", "/nachrichten/{slug}-a{n}.html", {"de"}),
    "nordsee-kurier":   ("www.nordsee-kurier.example", "/region/{slug}-{n}", {"de"}),
    "rhone-matin":      ("www.rhonematin.example", "/actu/{date}/{slug}_{n}", {"fr"}),
    "el-faro":          ("www.elfaro-diario.example", "/noticias/{slug}-n{n}", {"es"}),
    "severny-vestnik":  ("vestnik-sever.example", "/news/{date}/{n}.html", {"ru"}),
    "volga-news":       ("volganews.example", "/novosti/{n}", {"ru"}),
    "havnebladet":      ("havnebladet.example", "/indland/{slug}-{n}", {"da"}),
    "corriere-laguna":  ("www.corrierelaguna.example", "/notizie/{slug}_{n}.shtml", {"it"}),
    "agenzia-ponte":    ("www.agenziaponte.example", "/notiziario/{n}/{slug}", {"it"}),
    "correio-atlantico": ("www.correioatlantico.example", "/noticia/{slug}-{n}", {"pt"}),
    "kurier-wislany":   ("kurierwislany.example", "/wiadomosci/{slug},{n}", {"pl"}),
    "gazeta-poranna":   ("www.gazetaporanna.example", "/kraj/{n}-{slug}", {"pl"}),
}
KINDS = {"original", "copy", "rewrite", "update", "brief", "cut", "regional",
         "translation", "lookalike", "template", "single"}

FILES = {"t": [], "h": []}
CUR = ["t"]


def FILE(f):
    CUR[0] = f


def S(label, base, *items):
    """A story with one or more items. item = (kind, src, lang, offset_min, stage, title, summary[, link])."""
    FILES[CUR[0]].append((label, base, items))


def L(label, when, kind, src, lang, stage, title, summary, link=None):
    """A one-item story (look-alike, template-series item, single)."""
    it = (kind, src, lang, 0, stage, title, summary) + ((link,) if link else ())
    FILES[CUR[0]].append((label, when, (it,)))


def slugify(title):
    s = unicodedata.normalize("NFKD", title)
    s = s.encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    s = "-".join(s.split("-")[:9])
    return s if len(s) >= 8 else "story"


def build(f):
    prefix = {"t": "t3", "h": "h3"}[f]
    out = []
    for label, base, items in FILES[f]:
        b = datetime.datetime.strptime(base, "%Y-%m-%dT%H:%M").replace(tzinfo=datetime.timezone.utc)
        for it in items:
            kind, src, lang, off, stage, title, summary = it[:7]
            pub = b + datetime.timedelta(minutes=off)
            out.append(dict(kind=kind, story=prefix + "-" + label, source=src, lang=lang,
                            published=pub.strftime("%Y-%m-%dT%H:%M:%SZ"), stage=stage,
                            title=title, summary=summary, _link=(it[7] if len(it) > 7 else None)))
    # ids in publication order (stable), so the id says nothing about the story
    out.sort(key=lambda d: (d["published"], d["source"], d["title"]))
    items = []
    for i, d in enumerate(out, 1):
        iid = "%s/%03d" % (prefix, i)
        domain, pat, _ = OUTLETS[d["source"]]
        n = int(hashlib.sha1(iid.encode()).hexdigest()[:7], 16) % 9000000 + 1000000
        link = d.pop("_link") or "https://" + domain + pat.format(
            slug=slugify(d["title"]), n=n, date=d["published"][:10].replace("-", "/"))
        items.append({"id": iid, "story": d["story"], "kind": d["kind"], "source": d["source"],
                      "lang": d["lang"], "published": d["published"], "stage": d["stage"],
                      "link": link, "title": d["title"], "summary": d["summary"]})
    return items

# ---------------------------------------------------------------------------
# DATA
# ---------------------------------------------------------------------------
FILE("t")
# ===================== TUNING: multi-copy stories =====================
S("lisbon-tram", "2026-03-02T08:10",
  ("original", "harbor-wire", "en", 0, 1, "Tram derails in Lisbon, injuring 14",
   "LISBON (Harbor) - A vintage tram derailed on a steep street in Lisbon's Graça district on Monday morning, injuring 14 people, two of them seriously, the city's emergency services said. The cause was not yet known."),
  ("rewrite", "daily-ledger", "en", 95, 1, "Fourteen hurt as historic Lisbon tram comes off the rails",
   "By Clara Whitcombe, Staff Writer. Fourteen people were hurt, two seriously, when one of Lisbon's century-old yellow trams left the tracks on a hillside street in Graça on Monday. Emergency services have not said what caused the accident."),
  ("regional", "granite-gazette", "en", 1290, 3, "Lisbon tram crash: 14 injured",
   "A tram derailed in Lisbon's Graça district on Monday, injuring 14 people. Two are said to be in a serious condition…"),
  ("translation", "correio-atlantico", "pt", 40, 1, "Elétrico descarrila na Graça e faz 14 feridos",
   "Um elétrico descarrilou esta segunda-feira de manhã numa rua íngreme da Graça, em Lisboa, provocando 14 feridos, dois deles graves, segundo a Proteção Civil. As causas do acidente ainda estão por apurar."),
  ("translation", "meridien-presse", "fr", 130, 2, "Lisbonne : un tramway déraille, 14 blessés",
   "LISBONNE, 2 mars (AMP) - Un tramway historique a déraillé lundi matin dans une rue en pente du quartier de Graça, à Lisbonne, faisant 14 blessés dont deux graves, selon les secours. La cause de l'accident n'est pas encore connue."),
)
S("ecb-hold", "2026-03-05T13:15",
  ("original", "harbor-wire", "en", 0, 1, "ECB holds deposit rate at 2.25%, keeps door open to cut",
   "FRANKFURT (Harbor) - The European Central Bank kept its deposit rate at 2.25% on Thursday, as expected, saying inflation was close to its 2% target but that trade tensions clouded the outlook."),
  ("update", "harbor-wire", "en", 55, 2, "UPDATE 1-ECB holds rates at 2.25%, Lagarde says 'well placed' but vigilant",
   "FRANKFURT (Harbor) - The European Central Bank left its deposit rate unchanged at 2.25% on Thursday, and President Christine Lagarde said policy was 'in a good place'. The euro rose 0.3% to $1.0915 after the decision."),
  ("rewrite", "markets-desk", "en", 20, 1, "ECB leaves deposit rate unchanged at 2.25% as expected",
   "The European Central Bank left its key deposit facility rate at 2.25% at Thursday's meeting, matching economists' forecasts. Policymakers said inflation was near target while trade frictions weighed on growth prospects."),
  ("translation", "harbor-wire", "de", 25, 1, "EZB lässt Einlagenzins bei 2,25 Prozent",
   "FRANKFURT (Harbor) - Die Europäische Zentralbank hat ihren Einlagenzins am Donnerstag wie erwartet bei 2,25 Prozent belassen. Die Inflation liege nahe am Ziel von zwei Prozent, Handelskonflikte trübten aber den Ausblick."),
  ("rewrite", "rheinblatt", "de", 140, 2, "Zinsentscheid: EZB hält still",
   "Die Währungshüter in Frankfurt haben den Einlagensatz unverändert bei 2,25 Prozent gelassen. EZB-Präsidentin Christine Lagarde sieht die Geldpolitik 'gut aufgestellt', warnt aber vor den Folgen der Handelskonflikte."),
)
S("turkey-quake", "2026-03-03T02:41",
  ("original", "harbor-wire", "en", 0, 1, "Magnitude 5.8 earthquake strikes eastern Turkey",
   "ANKARA (Harbor) - An earthquake of magnitude 5.8 struck Malatya province in eastern Turkey early on Tuesday, the disaster agency AFAD said, damaging several older buildings. There were no immediate reports of deaths."),
  ("rewrite", "evening-post", "en", 210, 2, "Buildings damaged as 5.8 quake jolts Turkey's Malatya",
   "Residents of Malatya ran into the streets before dawn on Tuesday after a 5.8-magnitude tremor shook the eastern Turkish province. Turkey's AFAD said some older buildings were damaged but no deaths had been reported."),
  ("translation", "meridien-presse", "fr", 90, 1, "Turquie : séisme de magnitude 5,8 dans la province de Malatya",
   "ANKARA, 3 mars (AMP) - Un séisme de magnitude 5,8 a frappé mardi avant l'aube la province de Malatya, dans l'est de la Turquie, endommageant plusieurs bâtiments anciens, selon l'agence AFAD. Aucun décès n'a été signalé dans l'immédiat."),
  ("translation", "el-faro", "es", 300, 2, "Un terremoto de magnitud 5,8 sacude el este de Turquía",
   "Un sismo de magnitud 5,8 sacudió la madrugada del martes la provincia turca de Malatya, según la agencia de emergencias AFAD, que informó de daños en varios edificios antiguos pero no de víctimas mortales."),
)
S("cph-airport-strike", "2026-03-09T05:30",
  ("original", "nordpress", "da", 0, 2, "Bagagefolk i Københavns Lufthavn nedlægger arbejdet",
   "KØBENHAVN (Nordpress) - Omkring 300 bagagemedarbejdere i Københavns Lufthavn gik mandag morgen i overenskomstmæssig strejke. Lufthavnen forventer forsinkelser og aflysninger hele dagen og opfordrer rejsende til at tjekke deres fly."),
  ("rewrite", "havnebladet", "da", 75, 1, "Strejke i Kastrup: Rejsende må regne med kaos",
   "Rejsende i Københavns Lufthavn må mandag væbne sig med tålmodighed. Cirka 300 bagagefolk har lagt arbejdet ned i en strid om vagtplaner, og lufthavnen advarer om forsinkelser og aflyste afgange."),
  ("translation", "nordpress", "en", 40, 1, "Baggage handlers strike at Copenhagen Airport",
   "COPENHAGEN (Nordpress) - About 300 baggage handlers at Copenhagen Airport walked out on Monday morning in a dispute over rosters. The airport warned of delays and cancellations throughout the day."),
  ("copy", "daily-ledger", "en", 260, 2, "Copenhagen Airport hit by baggage handlers' walkout",
   "Some 300 baggage handlers at Copenhagen Airport went on strike on Monday morning over shift rosters, the Nordpress agency reported. The airport warned passengers of delays and cancellations throughout the day."),
)
S("hamburg-port-fire", "2026-03-11T21:20",
  ("original", "rheinblatt", "de", 0, 1, "Großbrand im Hamburger Hafen: Lagerhalle in Flammen",
   "Im Hamburger Hafen ist am Mittwochabend eine Lagerhalle am Kronprinzkai in Brand geraten. Mehr als 150 Feuerwehrleute sind im Einsatz, die Behörden warnen Anwohner wegen starker Rauchentwicklung, Fenster und Türen geschlossen zu halten."),
  ("regional", "nordsee-kurier", "de", 620, 2, "Hamburgs Hafen: Feuer in Lagerhalle unter Kontrolle",
   "Nach dem Großbrand am Kronprinzkai hat die Feuerwehr Hamburgs das Feuer in der Lagerhalle in der Nacht unter Kontrolle gebracht. Gut 150 Einsatzkräfte waren vor Ort, verletzt wurde niemand."),
  ("copy", "harbor-wire", "de", 45, 1, "Feuer in Lagerhalle im Hafen von Hamburg - Warnung an Anwohner",
   "HAMBURG (Harbor) - In einer Lagerhalle am Kronprinzkai im Hamburger Hafen ist am Mittwochabend ein Großbrand ausgebrochen. Mehr als 150 Feuerwehrleute kämpfen gegen die Flammen; Anwohner sollen Fenster und Türen geschlossen halten."),
  ("translation", "harbor-wire", "en", 70, 1, "Large fire breaks out at Hamburg port warehouse",
   "HAMBURG (Harbor) - A large fire broke out at a warehouse on the Kronprinzkai in Hamburg's port on Wednesday evening, with more than 150 firefighters deployed. Residents were told to keep windows and doors shut because of heavy smoke."),
)
S("moscow-metro-closure", "2026-03-04T09:00",
  ("original", "severny-vestnik", "ru", 0, 1, "В Москве на выходные закроют участок Сокольнической линии метро",
   "МОСКВА, 4 марта — Северный вестник. Участок Сокольнической линии метро от станции «Спортивная» до «Юго-Западной» будет закрыт 7 и 8 марта из-за ремонта путей, сообщили в столичном департаменте транспорта. Пассажиров перевезут компенсационные автобусы."),
  ("rewrite", "volga-news", "ru", 180, 2, "Москва: часть Сокольнической линии не будет работать 7–8 марта",
   "Москва на два дня лишится участка Сокольнической линии: с 7 по 8 марта поезда не будут ходить между «Спортивной» и «Юго-Западной». Причина — ремонт путей, для пассажиров запустят бесплатные автобусы."),
  ("translation", "harbor-wire", "en", 240, 2, "Moscow to shut section of Sokolnicheskaya metro line for weekend repairs",
   "MOSCOW (Harbor) - Moscow will close a stretch of the Sokolnicheskaya metro line between Sportivnaya and Yugo-Zapadnaya stations on March 7 and 8 for track repairs, the city transport department said. Replacement buses will run."),
)
S("nordlys-q4", "2026-03-06T06:30",
  ("original", "nordpress", "da", 0, 1, "Nordlys Shipping tjener mere end ventet i fjerde kvartal",
   "KØBENHAVN (Nordpress) - Rederiet Nordlys Shipping fik et resultat før skat på 1,42 mia. kr. i fjerde kvartal mod 1,05 mia. kr. året før. Selskabet hæver udbyttet til 9 kr. pr. aktie og venter stabile fragtrater i 2026."),
  ("translation", "nordpress", "en", 15, 1, "Nordlys Shipping Q4 pre-tax profit beats forecasts, raises dividend",
   "COPENHAGEN (Nordpress) - Danish shipping group Nordlys Shipping reported fourth-quarter pre-tax profit of 1.42 billion crowns, up from 1.05 billion a year earlier, and raised its dividend to 9 crowns a share."),
  ("rewrite", "markets-desk", "en", 50, 1, "Nordlys Shipping shares jump after profit, dividend rise",
   "Shares in Nordlys Shipping rose 6% in early Copenhagen trading after the carrier posted quarterly pre-tax profit of DKK 1.42bn, ahead of forecasts, and lifted its dividend to DKK 9 per share. It sees stable freight rates this year."),
  ("cut", "havnebladet", "da", 130, 2, "Rederi hæver udbyttet efter stærkt kvartal",
   "Nordlys Shipping kom ud af fjerde kvartal med et resultat før skat på 1,42 mia. kr. og hæver udbyttet til 9 kr. pr. aktie […]"),
)
S("skagen-trawler-collision", "2026-03-12T10:05",
  ("original", "nordpress", "da", 0, 1, "Kystvagten: Trawleren ignorerede advarsler før kollision ud for Skagen",
   "SKAGEN (Nordpress) - Trawleren 'Karina Dahl' sejlede ind i inspektionsskibet 'Havørn' ud for Skagen torsdag morgen efter at have ignoreret gentagne radiokald, siger Forsvarets Kystvagt. Ingen kom til skade."),
  ("rewrite", "havnebladet", "da", 150, 2, "Rederi afviser Kystvagtens version af sammenstød ved Skagen",
   "Ejeren af trawleren 'Karina Dahl' afviser, at besætningen ignorerede radiokald før torsdagens sammenstød med inspektionsskibet 'Havørn' ud for Skagen. Ifølge rederiet var det marinefartøjet, der skiftede kurs i sidste øjeblik."),
  ("translation", "nordpress", "en", 200, 2, "Danish coastguard and trawler owner trade blame over Skagen collision",
   "SKAGEN (Nordpress) - Denmark's coastguard says the trawler Karina Dahl ignored repeated radio calls before hitting the inspection vessel Havørn off Skagen on Thursday morning; the trawler's owner says the navy ship changed course at the last moment. No one was hurt."),
)
S("valencia-wildfire", "2026-03-17T14:00",
  ("original", "el-faro", "es", 0, 1, "Un incendio forestal obliga a desalojar a 300 vecinos en Valencia",
   "Un incendio forestal declarado a mediodía en el término municipal de Chulilla (Valencia) ha obligado a desalojar a unas 300 personas de dos urbanizaciones, según el servicio de emergencias 112. Trabajan en la zona seis medios aéreos."),
  ("update", "harbor-wire", "es", 150, 2, "ACTUALIZA 1-Incendio en Chulilla: ya son 1.200 los desalojados",
   "VALENCIA (Harbor) - El número de desalojados por el incendio forestal de Chulilla ha subido a 1.200 personas, informó el 112 de la Comunidad Valenciana. El viento dificulta las labores de extinción, en las que participan 14 medios aéreos."),
  ("translation", "harbor-wire", "en", 90, 1, "Wildfire near Valencia forces evacuation of 300 people",
   "VALENCIA (Harbor) - A forest fire near the town of Chulilla in eastern Spain forced the evacuation of around 300 residents on Tuesday, regional emergency services said, as six aircraft battled the flames."),
  ("update", "harbor-wire", "en", 330, 3, "UPDATE 2-Spanish wildfire spreads, evacuations rise to 1,800",
   "VALENCIA (Harbor) - Strong winds pushed a wildfire near Chulilla across some 2,400 hectares by Tuesday evening, and authorities raised the number of people evacuated to 1,800, up from 1,200 earlier. Fourteen aircraft are involved."),
  ("copy", "daily-ledger", "en", 400, 3, "Wildfire near Valencia forces 1,800 from their homes",
   "A wind-driven forest fire near Chulilla in Spain's Valencia region had burned about 2,400 hectares by Tuesday evening, forcing 1,800 people to leave their homes, emergency services said."),
)
S("verdant-kessel", "2026-03-10T06:45",
  ("brief", "harbor-wire", "en", 0, 1, "BRIEF-Verdant Foods agrees to buy Kessel Dairy for 410 mln euros",
   "March 10 (Harbor) - Verdant Foods NV: * Says agreed to acquire Kessel Dairy GmbH for an enterprise value of 410 million euros * Deal expected to close in Q3 2026 * To be funded from cash and existing credit lines.",
   "https://www.harborwire.example/article/brief-verdant-foods-kessel-dairy-idHW4410271"),
  ("copy", "evening-post", "en", 35, 1, "BRIEF-Verdant Foods agrees to buy Kessel Dairy for 410 mln euros",
   "Verdant Foods NV says agreed to acquire Kessel Dairy GmbH for an enterprise value of 410 million euros; deal expected to close in Q3 2026; to be funded from cash and existing credit lines. (Harbor)",
   "https://www.harborwire.example/article/brief-verdant-foods-kessel-dairy-idHW4410271"),
  ("brief", "harbor-wire", "en", 70, 2, "REFILE-BRIEF-Verdant Foods to acquire Kessel Dairy for EUR 410 mln",
   "March 10 (Harbor) - Verdant Foods NV: * Agreed to acquire German cheese maker Kessel Dairy GmbH for enterprise value of 410 million euros * Closing expected in third quarter (Refiles to add Kessel description)."),
  ("rewrite", "markets-desk", "en", 120, 2, "Verdant Foods to buy German cheesemaker Kessel in 410 mln euro deal",
   "Dutch food group Verdant Foods has agreed to buy Kessel Dairy, a German cheese producer, in a deal valuing the company at 410 million euros including debt. Verdant will pay in cash and expects the deal to close in the third quarter."),
  ("translation", "rheinblatt", "de", 300, 3, "Niederländer kaufen Käserei Kessel für 410 Millionen Euro",
   "Der niederländische Lebensmittelkonzern Verdant Foods übernimmt die Kessel Dairy GmbH. Die Transaktion bewertet den Käsehersteller mit 410 Millionen Euro einschließlich Schulden; der Abschluss wird im dritten Quartal erwartet."),
)
S("milan-footbridge", "2026-03-13T17:40",
  ("original", "agenzia-ponte", "it", 0, 1, "Milano, crolla passerella sul Naviglio Grande: tre feriti",
   "MILANO, 13 MAR - (Ponte) Una passerella pedonale sul Naviglio Grande è crollata nel tardo pomeriggio, all'altezza di via Valenza. Tre persone sono rimaste ferite, una in modo grave, e sono state trasportate al Policlinico. Sul posto vigili del fuoco e polizia locale."),
  ("rewrite", "corriere-laguna", "it", 95, 2, "Cede la passerella sui Navigli, tre feriti a Milano",
   "Paura sui Navigli: la passerella pedonale di via Valenza è crollata mentre alcune persone la stavano attraversando. Tre i feriti, uno grave, portati al Policlinico. Il Comune ha chiuso l'area."),
  ("translation", "harbor-wire", "en", 160, 2, "Footbridge collapses over Milan canal, three injured",
   "MILAN (Harbor) - A pedestrian footbridge over the Naviglio Grande canal in Milan collapsed on Friday evening, injuring three people, one seriously, Italian news agency Ponte reported."),
)
S("milan-footbridge-probe", "2026-03-14T12:10",
  ("lookalike", "agenzia-ponte", "it", 0, 2, "Crollo della passerella sul Naviglio, indagati due tecnici del Comune",
   "MILANO, 14 MAR - (Ponte) La procura di Milano ha iscritto nel registro degli indagati due tecnici comunali per lesioni colpose dopo il crollo della passerella di via Valenza. Secondo i primi accertamenti, un tirante era corroso da anni."),
  ("copy", "corriere-laguna", "it", 120, 3, "Passerella crollata sui Navigli: due tecnici indagati",
   "Svolta nell'inchiesta sul crollo di via Valenza: la procura ha indagato due tecnici del Comune di Milano per lesioni colpose. Un tirante della passerella, secondo i primi rilievi, era corroso da tempo."),
)
S("louvre-walkout", "2026-03-16T09:30",
  ("original", "meridien-presse", "fr", 0, 1, "Le Louvre fermé lundi en raison d'un mouvement social des agents d'accueil",
   "PARIS, 16 mars (AMP) - Le musée du Louvre n'a pas ouvert ses portes lundi matin, les agents d'accueil et de surveillance ayant cessé le travail pour protester contre le manque d'effectifs, a indiqué la direction. Plusieurs milliers de visiteurs ont été refoulés."),
  ("cut", "rhone-matin", "fr", 200, 2, "Paris : grève surprise, le Louvre reste portes closes",
   "Les visiteurs du Louvre ont trouvé porte close lundi : les agents de surveillance ont cessé le travail pour dénoncer le manque d'effectifs…"),
  ("translation", "harbor-wire", "en", 60, 1, "Louvre stays shut as staff walk out over understaffing",
   "PARIS (Harbor) - The Louvre museum in Paris failed to open on Monday after reception and security staff stopped work in protest at staff shortages, the museum said. Thousands of visitors were turned away."),
  ("rewrite", "daily-ledger", "en", 240, 2, "Tourists turned away from the Louvre as guards strike",
   "By Tom Ashby, Europe Correspondent. Thousands of tourists queued in vain outside the Louvre on Monday after security and reception staff downed tools over what they say is chronic understaffing at the world's most-visited museum."),
)
S("rhine-low-water", "2026-03-18T07:50",
  ("original", "rheinblatt", "de", 0, 2, "Rhein-Pegel bei Kaub fällt auf 78 Zentimeter",
   "Der Wasserstand des Rheins am Pegel Kaub ist am Mittwochmorgen auf 78 Zentimeter gefallen. Binnenschiffer können nur noch etwa ein Drittel ihrer üblichen Ladung transportieren, die Frachtraten steigen."),
  ("copy", "nordsee-kurier", "de", 310, 2, "Niedrigwasser: Kaub meldet nur noch 78 Zentimeter",
   "Der Pegel Kaub am Mittelrhein zeigte am Mittwoch nur noch 78 Zentimeter an. Schiffe können deshalb lediglich ein Drittel ihrer normalen Ladung aufnehmen; Reedereien verlangen höhere Frachtpreise."),
  ("translation", "harbor-wire", "en", 120, 1, "Rhine water level at Kaub falls to 78 cm, barges cut loads",
   "FRANKFURT (Harbor) - Water levels on the Rhine at the Kaub chokepoint fell to 78 centimetres on Wednesday, forcing barges to sail with only about a third of their usual cargo and pushing up freight rates."),
)
S("germany-cpi-feb", "2026-03-02T13:00",
  ("original", "harbor-wire", "en", 0, 1, "German inflation eases to 2.1% in February - flash estimate",
   "BERLIN (Harbor) - German consumer prices rose 2.1% year on year in February, down from 2.4% in January, the federal statistics office said in a preliminary estimate on Monday. Economists had expected 2.2%."),
  ("rewrite", "markets-desk", "en", 25, 1, "German February flash CPI slows to 2.1%, below forecasts",
   "Annual inflation in Germany slowed to 2.1% in February from 2.4% the previous month, according to flash data from Destatis, undershooting the 2.2% consensus. Energy prices fell 1.8% on the year."),
  ("translation", "rheinblatt", "de", 45, 1, "Inflation in Deutschland sinkt im Februar auf 2,1 Prozent",
   "Die Verbraucherpreise in Deutschland sind im Februar um 2,1 Prozent gegenüber dem Vorjahresmonat gestiegen, nach 2,4 Prozent im Januar. Das teilte das Statistische Bundesamt nach einer ersten Schätzung mit."),
)
S("unmiss-renewal", "2026-03-19T20:10",
  ("original", "harbor-wire", "en", 0, 1, "UN Security Council extends South Sudan peacekeeping mission for a year",
   "UNITED NATIONS (Harbor) - The U.N. Security Council on Thursday extended the mandate of its peacekeeping mission in South Sudan, UNMISS, until April 30, 2027, in a vote of 13 in favour with China and Russia abstaining."),
  ("translation", "meridien-presse", "fr", 70, 2, "L'ONU prolonge d'un an sa mission au Soudan du Sud",
   "NEW YORK, 19 mars (AMP) - Le Conseil de sécurité de l'ONU a prolongé jeudi jusqu'au 30 avril 2027 le mandat de la Minuss, sa mission de paix au Soudan du Sud, par 13 voix pour et deux abstentions, celles de la Chine et de la Russie."),
  ("brief", "daily-ledger", "en", 600, 3, "In brief: UN renews South Sudan mission",
   "The UN Security Council has renewed the mandate of its South Sudan mission, UNMISS, until April 2027. China and Russia abstained in the 13-0 vote."),
)
S("castilla-election", "2026-03-15T22:30",
  ("original", "el-faro", "es", 0, 1, "El PP gana las elecciones en Castilla y León y roza la mayoría absoluta",
   "El Partido Popular ha ganado las elecciones autonómicas de Castilla y León con 40 de los 81 escaños, a uno de la mayoría absoluta, con el 99% escrutado. El PSOE obtiene 25 procuradores y Vox cae hasta 9."),
  ("copy", "harbor-wire", "es", 50, 1, "PP gana en Castilla y León con 40 escaños, a uno de la mayoría",
   "VALLADOLID (Harbor) - El Partido Popular se impuso el domingo en las elecciones autonómicas de Castilla y León con 40 escaños de 81, a uno de la mayoría absoluta. El PSOE logró 25 y Vox 9, con casi todo escrutado."),
  ("translation", "harbor-wire", "en", 80, 2, "Spain's conservatives win Castile and Leon vote, one seat short of majority",
   "VALLADOLID (Harbor) - Spain's conservative People's Party won Sunday's regional election in Castile and Leon with 40 of 81 seats, one short of an absolute majority. The Socialists won 25 and far-right Vox 9."),
)
S("leeds-hit-run-appeal", "2026-03-08T11:00",
  ("original", "granite-gazette", "en", 0, 1, "Police appeal for witnesses after cyclist seriously hurt in Kirkstall hit-and-run",
   "Police are appealing for witnesses after a 52-year-old cyclist was seriously injured in a hit-and-run on Kirkstall Road at about 6.40pm on Saturday. The driver of a dark grey hatchback failed to stop. Anyone with dashcam footage is asked to call 101."),
  ("copy", "evening-post", "en", 140, 2, "Cyclist, 52, seriously hurt as driver fails to stop on Kirkstall Road",
   "A 52-year-old cyclist suffered serious injuries in a hit-and-run on Kirkstall Road on Saturday evening. Police say a dark grey hatchback did not stop and are asking anyone with dashcam footage to call 101."),
)
S("yekaterinburg-arrest", "2026-03-10T12:20",
  ("original", "severny-vestnik", "ru", 0, 1, "Суд в Екатеринбурге арестовал замглавы городского департамента ЖКХ",
   "ЕКАТЕРИНБУРГ, 10 марта — Северный вестник. Октябрьский районный суд Екатеринбурга отправил под арест на два месяца заместителя главы городского департамента ЖКХ Игоря Сомова. Его подозревают в получении взятки в 4,5 млн рублей."),
  ("rewrite", "volga-news", "ru", 230, 2, "Екатеринбург: чиновника ЖКХ Игоря Сомова арестовали по делу о взятке",
   "Замглавы департамента ЖКХ Екатеринбурга Игорь Сомов проведёт два месяца под арестом. По версии следствия, он получил взятку в 4,5 млн рублей от подрядчика, ремонтировавшего дворы."),
)
S("venice-acqua-alta-138", "2026-03-20T08:15",
  ("original", "corriere-laguna", "it", 0, 1, "Acqua alta a Venezia, picco di 138 centimetri: alzato il Mose",
   "Marea sostenuta a Venezia: il Centro maree ha registrato stamattina un picco di 138 centimetri alla Punta della Salute. Il Mose è stato sollevato alle 5.30 e piazza San Marco è rimasta all'asciutto."),
  ("copy", "agenzia-ponte", "it", 45, 1, "Venezia: marea a 138 cm, in funzione le paratoie del Mose",
   "VENEZIA, 20 MAR - (Ponte) La marea ha raggiunto questa mattina i 138 centimetri alla Punta della Salute. Le paratoie del Mose sono state alzate all'alba, evitando l'allagamento di piazza San Marco."),
  ("translation", "harbor-wire", "en", 150, 2, "Venice raises flood barriers as tide peaks at 138 cm",
   "VENICE (Harbor) - Venice activated its MOSE flood barriers early on Friday as the tide peaked at 138 centimetres, keeping St Mark's Square dry, the city's tide centre said."),
)
S("porto-metro-line", "2026-03-12T10:00",
  ("original", "correio-atlantico", "pt", 0, 1, "Linha Rosa do Metro do Porto abre ao público a 30 de março",
   "A nova Linha Rosa do Metro do Porto, entre São Bento e a Casa da Música, abre ao público a 30 de março, anunciou a empresa. A obra custou 337 milhões de euros e terá quatro estações."),
  ("copy", "meridien-presse", "pt", 120, 2, "Metro do Porto: Linha Rosa inaugurada a 30 de março",
   "PORTO, 12 mar (AMP) - A Linha Rosa do Metro do Porto, que liga São Bento à Casa da Música através de quatro estações, entra em funcionamento a 30 de março, informou a empresa. O investimento foi de 337 milhões de euros."),
)
S("warsaw-heating-failure", "2026-03-03T07:20",
  ("original", "kurier-wislany", "pl", 0, 1, "Awaria ciepłownicza na Mokotowie. 40 tysięcy mieszkańców bez ogrzewania",
   "Około 40 tysięcy mieszkańców warszawskiego Mokotowa zostało we wtorek rano bez ogrzewania i ciepłej wody po pęknięciu magistrali ciepłowniczej przy ulicy Puławskiej. Veolia szacuje, że naprawa potrwa do wieczora."),
  ("rewrite", "gazeta-poranna", "pl", 95, 1, "Warszawa: pękła magistrala, Mokotów bez ciepłej wody",
   "Warszawa zmaga się z awarią sieci ciepłowniczej. Po pęknięciu rury pod Puławską około 40 tys. mieszkańców Mokotowa nie ma ogrzewania ani ciepłej wody. Naprawa ma potrwać do wieczora."),
)
S("gdl-strike-call", "2026-03-17T10:30",
  ("original", "rheinblatt", "de", 0, 1, "Lokführer kündigen 48-Stunden-Streik ab Donnerstag an",
   "Die Lokführergewerkschaft GDL ruft ihre Mitglieder von Donnerstag, 2 Uhr, bis Samstag, 2 Uhr, zum Streik im Personen- und Güterverkehr der Deutschen Bahn auf. Die Bahn will einen Notfahrplan anbieten und spricht von 'unnötiger Eskalation'."),
  ("copy", "harbor-wire", "de", 30, 1, "GDL ruft zu 48-stündigem Bahnstreik auf",
   "BERLIN (Harbor) - Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat die Beschäftigten der Deutschen Bahn zu einem 48-stündigen Streik ab Donnerstag, 2 Uhr, aufgerufen. Betroffen sind Personen- und Güterverkehr."),
  ("regional", "nordsee-kurier", "de", 540, 3, "Bahnstreik trifft auch den Norden: Was Pendler wissen müssen",
   "Der von der GDL angekündigte 48-Stunden-Streik bei der Deutschen Bahn ab Donnerstag, 2 Uhr, trifft auch Verbindungen zwischen Bremen, Hamburg und Cuxhaven. Die Bahn plant einen Notfahrplan [...]"),
  ("translation", "harbor-wire", "en", 55, 1, "German train drivers' union calls 48-hour strike from Thursday",
   "BERLIN (Harbor) - Germany's GDL train drivers' union called a 48-hour strike at Deutsche Bahn from 0100 GMT on Thursday, affecting passenger and freight services. The railway called the walkout an 'unnecessary escalation'."),
)
S("venissieux-warehouse-fire", "2026-03-06T04:50",
  ("original", "rhone-matin", "fr", 0, 1, "Vénissieux : un violent incendie ravage un entrepôt de pneus",
   "Un important incendie s'est déclaré dans la nuit de jeudi à vendredi dans un entrepôt de stockage de pneus de la zone industrielle de Vénissieux. Une centaine de sapeurs-pompiers sont mobilisés et un panache de fumée noire est visible depuis Lyon."),
  ("rewrite", "meridien-presse", "fr", 130, 2, "Près de Lyon, un entrepôt de pneus en feu, fumée visible à des kilomètres",
   "LYON, 6 mars (AMP) - Quelque 100 pompiers luttaient vendredi matin contre l'incendie d'un entrepôt de pneus à Vénissieux, au sud de Lyon. La préfecture demande aux riverains d'éviter la zone; aucun blessé n'est signalé."),
)
S("vestkyst-offshore", "2026-03-19T08:00",
  ("original", "nordpress", "da", 0, 1, "Vestkyst Vind træffer investeringsbeslutning om havvindmøllepark i Nordsøen",
   "ESBJERG (Nordpress) - Energiselskabet Vestkyst Vind har besluttet at bygge havvindmølleparken Jyske Rev 2 med en kapacitet på 1,1 gigawatt. Investeringen er på omkring 26 mia. kr., og parken skal levere strøm fra 2029."),
  ("rewrite", "havnebladet", "da", 210, 2, "Milliardinvestering: 1,1 GW havvind ved Jyske Rev",
   "Vestkyst Vind går videre med Jyske Rev 2. Den 1,1 gigawatt store park i Nordsøen koster omkring 26 mia. kr. og ventes at levere strøm fra 2029, oplyser selskabet."),
  ("translation", "nordpress", "en", 25, 1, "Vestkyst Vind greenlights 1.1 GW North Sea wind farm",
   "ESBJERG (Nordpress) - Danish energy company Vestkyst Vind took a final investment decision on its 1.1-gigawatt Jyske Rev 2 offshore wind farm, an investment of around 26 billion crowns. Power is due to flow from 2029."),
)
S("rail-fares-rise", "2026-03-04T00:05",
  ("original", "daily-ledger", "en", 0, 1, "Rail fares in England to rise by 4.6% from March 1 next year",
   "By Priya Natarajan, Transport Correspondent. Regulated rail fares in England will rise by 4.6% next March, the Department for Transport confirmed, matching last July's RPI inflation figure. Campaigners said passengers were being priced off the railways."),
  ("rewrite", "evening-post", "en", 300, 2, "Commuters face another hefty hike in ticket prices",
   "Season tickets and other regulated fares in England will go up 4.6% next March, the government has confirmed. Passenger groups warned the increase, pegged to July's RPI inflation, would push more people back into cars."),
  ("regional", "granite-gazette", "en", 720, 3, "Local rail users face 4.6% fare rise",
   "Rail passengers in the region face a 4.6% increase in regulated fares next March after the Department for Transport confirmed the rise, in line with July's RPI figure."),
)
S("cloud-outage", "2026-03-11T07:40",
  ("original", "harbor-wire", "en", 0, 1, "Outage at cloud provider Stratus disrupts banking apps across Europe",
   "LONDON (Harbor) - An outage at cloud computing provider Stratus Systems knocked out mobile banking apps and payment services at several European lenders on Wednesday morning. Stratus said it was investigating a 'networking issue' in its Frankfurt region."),
  ("update", "harbor-wire", "en", 150, 2, "UPDATE 1-Stratus restores service after three-hour outage hit European banks",
   "LONDON (Harbor) - Stratus Systems said services had been restored after a roughly three-hour outage in its Frankfurt data-centre region that disrupted banking apps and card payments at lenders in Germany, the Netherlands and Denmark."),
  ("rewrite", "daily-ledger", "en", 90, 1, "Banking apps down for millions as Stratus cloud fails",
   "Customers at banks across Europe were unable to log into their apps or pay by card on Wednesday after a failure at Stratus Systems' Frankfurt cloud region. The company blamed a networking issue."),
  ("translation", "harbor-wire", "de", 30, 1, "Störung bei Cloud-Anbieter Stratus legt Banking-Apps lahm",
   "LONDON (Harbor) - Eine Störung beim Cloud-Anbieter Stratus Systems hat am Mittwochmorgen Banking-Apps und Zahlungsdienste mehrerer europäischer Banken lahmgelegt. Ursache sei ein Netzwerkproblem in der Region Frankfurt."),
  ("translation", "meridien-presse", "fr", 110, 2, "Panne géante chez Stratus : des applications bancaires paralysées en Europe",
   "LONDRES, 11 mars (AMP) - Une panne chez le fournisseur de cloud Stratus Systems a paralysé mercredi matin les applications mobiles et les paiements de plusieurs banques européennes. L'entreprise évoque un problème réseau dans sa région de Francfort."),
)
S("kestrel-brake-recall", "2026-03-13T09:10",
  ("original", "harbor-wire", "en", 0, 1, "Kestrel Motors recalls 120,000 cars in Europe over brake hose fault",
   "STUTTGART (Harbor) - Kestrel Motors is recalling about 120,000 Aria and Vento cars built between 2023 and 2025 because a rear brake hose can chafe and leak, the carmaker said on Friday. No accidents have been reported."),
  ("rewrite", "daily-ledger", "en", 180, 2, "Brake defect prompts Kestrel to call back 120,000 cars",
   "Owners of Kestrel Aria and Vento models made from 2023 to 2025 are being asked to return their cars after the manufacturer found that a rear brake line could rub and leak fluid. About 120,000 vehicles are affected across Europe."),
  ("translation", "rheinblatt", "de", 60, 1, "Kestrel ruft 120.000 Autos wegen Bremsschlauch zurück",
   "Der Autobauer Kestrel Motors ruft europaweit rund 120.000 Fahrzeuge der Modelle Aria und Vento aus den Baujahren 2023 bis 2025 zurück. Ein hinterer Bremsschlauch könne scheuern und undicht werden, Unfälle seien nicht bekannt."),
  ("translation", "el-faro", "es", 240, 2, "Kestrel llama a revisión a 120.000 coches por un fallo en los frenos",
   "Kestrel Motors revisará unos 120.000 vehículos de los modelos Aria y Vento fabricados entre 2023 y 2025 por un posible desgaste en un latiguillo de freno trasero, informó la marca. No consta ningún accidente."),
)
S("okafor-transfer", "2026-03-02T19:30",
  ("original", "evening-post", "en", 0, 1, "Northgate sign striker Okafor on three-year deal",
   "Northgate Athletic have signed striker Daniel Okafor from Harbourside United on a three-year contract for an undisclosed fee, believed to be around £4m. The 24-year-old scored 17 goals last season."),
  ("rewrite", "granite-gazette", "en", 720, 3, "Okafor completes Northgate move",
   "Daniel Okafor has joined Northgate Athletic from Harbourside United. The 24-year-old forward, who netted 17 times last season, has signed a three-year deal reportedly worth around £4m…"),
)
S("ibex-close-0305", "2026-03-05T16:45",
  ("original", "el-faro", "es", 0, 1, "El Ibex 35 cierra con una subida del 0,8% y recupera los 11.900 puntos",
   "El Ibex 35 ha cerrado la sesión de este jueves con un avance del 0,8%, hasta los 11.912 puntos, impulsado por la banca tras la reunión del BCE. Sabadell y Bankinter lideraron las subidas."),
  ("copy", "harbor-wire", "es", 20, 1, "Ibex 35 sube 0,8% al cierre, a 11.912 puntos, con la banca al alza",
   "MADRID (Harbor) - El índice Ibex 35 terminó el jueves con una ganancia del 0,8%, en 11.912 puntos, apoyado por los bancos tras la decisión del BCE. Sabadell y Bankinter encabezaron los avances."),
)
S("cac-close-0310", "2026-03-10T17:40",
  ("original", "meridien-presse", "fr", 0, 1, "Le CAC 40 termine en hausse de 0,4% à 8.142 points",
   "PARIS, 10 mars (AMP) - La Bourse de Paris a clôturé mardi en hausse de 0,4%, le CAC 40 gagnant 32,6 points à 8.142,18 points, portée par le luxe. LVMH a pris 2,1%."),
  ("copy", "rhone-matin", "fr", 240, 2, "Bourse : le CAC 40 gagne 0,4% porté par le luxe",
   "Le CAC 40 a terminé la séance de mardi sur un gain de 0,4%, à 8.142,18 points. Les valeurs du luxe ont mené la hausse, LVMH progressant de 2,1%."),
)
S("ftse-close-0312", "2026-03-12T16:50",
  ("original", "markets-desk", "en", 0, 1, "FTSE 100 closes down 0.6% as miners slide",
   "London's FTSE 100 ended Thursday 0.6% lower at 8,604.3 points, dragged down by mining stocks as copper prices fell. Anglo-Pacific Resources lost 3.9%."),
  ("rewrite", "harbor-wire", "en", 15, 1, "UK stocks end lower as weak copper hits miners",
   "LONDON (Harbor) - Britain's blue-chip FTSE 100 fell 0.6% to close at 8,604.3 on Thursday, with miners the biggest drag after copper prices slipped. Anglo-Pacific Resources dropped 3.9%."),
)
S("italy-energy-decree", "2026-03-18T19:20",
  ("original", "agenzia-ponte", "it", 0, 1, "Il Consiglio dei ministri approva il decreto bollette da 3 miliardi",
   "ROMA, 18 MAR - (Ponte) Il Consiglio dei ministri ha approvato in serata il decreto bollette da 3 miliardi di euro, con un bonus per le famiglie con Isee fino a 25 mila euro e un taglio degli oneri per le piccole imprese."),
  ("rewrite", "corriere-laguna", "it", 140, 2, "Bollette, via libera al decreto: bonus fino a 25 mila euro di Isee",
   "Tre miliardi contro il caro energia. Il governo ha dato il via libera al decreto bollette: prevede un contributo per le famiglie con Isee sotto i 25 mila euro e meno oneri in bolletta per le piccole imprese."),
  ("translation", "harbor-wire", "en", 200, 2, "Italy approves 3 bln euro decree to curb energy bills",
   "ROME (Harbor) - Italy's cabinet approved on Wednesday a 3 billion euro decree to ease energy bills, including a bonus for families with an ISEE income indicator of up to 25,000 euros and lower charges for small businesses."),
)
S("gotland-grounding", "2026-03-07T05:15",
  ("original", "nordpress", "en", 0, 1, "Cargo ship runs aground off Gotland, no oil spill reported",
   "STOCKHOLM (Nordpress) - The Antigua-flagged cargo ship Elbe Trader ran aground off the west coast of the Swedish island of Gotland early on Saturday, the Swedish coast guard said. The 11 crew were unhurt and no leak had been detected."),
  ("rewrite", "harbor-wire", "en", 70, 1, "Freighter Elbe Trader grounds near Gotland; crew safe",
   "STOCKHOLM (Harbor) - A general cargo vessel, the Elbe Trader, struck ground off Gotland's west coast before dawn on Saturday. Sweden's coast guard said all 11 crew members were safe and there was no sign of pollution."),
  ("translation", "nordpress", "da", 25, 1, "Fragtskib grundstødt ud for Gotland",
   "STOCKHOLM (Nordpress) - Fragtskibet Elbe Trader, der sejler under Antigua-flag, er lørdag morgen gået på grund ud for Gotlands vestkyst. Ifølge den svenske kystvagt er de 11 besætningsmedlemmer uskadte, og der er ikke konstateret udslip."),
  ("cut", "daily-ledger", "en", 330, 2, "Ship aground off Swedish island",
   "The Antigua-flagged cargo ship Elbe Trader ran aground off the west coast of Gotland early on Saturday, Sweden's coast guard said. All 11 crew are unhurt…"),
)
S("teachers-strike-turnout", "2026-03-19T11:30",
  ("original", "meridien-presse", "fr", 0, 1, "Grève des enseignants : les syndicats revendiquent 60% de grévistes",
   "PARIS, 19 mars (AMP) - Les syndicats enseignants revendiquent 60% de grévistes dans les écoles primaires ce jeudi, journée de mobilisation contre la suppression de 4.000 postes prévue au budget 2027."),
  ("rewrite", "rhone-matin", "fr", 150, 2, "Grève dans l'Éducation : le ministère compte 27% de grévistes",
   "Le ministère de l'Éducation nationale fait état de 27% d'enseignants grévistes dans le primaire jeudi, bien loin des 60% annoncés par les syndicats, qui protestent contre la suppression de 4.000 postes."),
  ("translation", "harbor-wire", "en", 210, 2, "French teachers strike over job cuts; unions, ministry disagree on turnout",
   "PARIS (Harbor) - French primary school teachers went on strike on Thursday against plans to cut 4,000 posts. Unions put turnout at 60%, while the education ministry said 27% of teachers had walked out."),
)
S("midtjylland-cyberattack", "2026-03-16T06:10",
  ("original", "nordpress", "da", 0, 1, "Hackerangreb rammer Region Midtjyllands hospitaler",
   "AARHUS (Nordpress) - Region Midtjylland er ramt af et hackerangreb, der har lagt dele af hospitalernes it-systemer ned. Planlagte operationer på Aarhus Universitetshospital er udskudt, mens akutmodtagelserne fungerer."),
  ("rewrite", "havnebladet", "da", 120, 1, "Cyberangreb: Operationer aflyst i Aarhus",
   "Et cyberangreb mod Region Midtjylland har tvunget Aarhus Universitetshospital til at udskyde planlagte operationer. Akutmodtagelserne er åbne, oplyser regionen, der har politianmeldt angrebet."),
  ("translation", "nordpress", "en", 40, 1, "Cyberattack hits hospitals in Denmark's Central Jutland region",
   "AARHUS (Nordpress) - A cyberattack on the Central Denmark Region has taken down parts of its hospitals' IT systems, forcing Aarhus University Hospital to postpone planned operations. Emergency departments remain open."),
  ("rewrite", "daily-ledger", "en", 280, 2, "Danish hospitals postpone surgery after hackers strike",
   "Planned operations at Aarhus University Hospital were postponed on Monday after a cyberattack crippled IT systems across the Central Denmark Region, Danish agency Nordpress reported. Emergency care was unaffected."),
)
S("barajas-ground-strike", "2026-03-20T06:00",
  ("original", "el-faro", "es", 0, 1, "Huelga del personal de tierra en Barajas: 86 vuelos cancelados",
   "La huelga de los trabajadores de asistencia en tierra de Iberhandling en el aeropuerto Adolfo Suárez Madrid-Barajas ha obligado a cancelar 86 vuelos este viernes, según Aena. Los sindicatos reclaman una subida salarial del 7%."),
  ("copy", "harbor-wire", "es", 110, 2, "Barajas: cancelados 86 vuelos por el paro del 'handling'",
   "MADRID (Harbor) - Aena canceló el viernes 86 vuelos en el aeropuerto de Madrid-Barajas por la huelga del personal de tierra de Iberhandling, que exige un aumento salarial del 7%."),
)
S("krakow-smog", "2026-03-05T08:00",
  ("original", "kurier-wislany", "pl", 0, 2, "Smog w Krakowie. Normy PM10 przekroczone czterokrotnie",
   "W czwartek rano stężenie pyłu PM10 w Krakowie przekroczyło normę czterokrotnie. Miasto wprowadziło darmową komunikację miejską dla kierowców i zaapelowało do seniorów, by nie wychodzili z domu."),
  ("rewrite", "gazeta-poranna", "pl", 70, 1, "Kraków znów dusi się smogiem. Darmowa komunikacja dla kierowców",
   "Kraków ponownie w czołówce najbardziej zanieczyszczonych miast. Normy pyłu PM10 przekroczone są czterokrotnie, dlatego kierowcy mogą dziś jeździć tramwajami i autobusami za darmo."),
)
S("ghent-coin-theft", "2026-03-09T10:45",
  ("original", "harbor-wire", "en", 0, 1, "Thieves steal medieval gold coins from Ghent museum",
   "BRUSSELS (Harbor) - Thieves broke into the STAM city museum in Ghent overnight and stole 38 medieval gold coins worth an estimated 1.5 million euros, Belgian police said on Monday."),
  ("rewrite", "evening-post", "en", 200, 2, "Night raid at Belgian museum nets €1.5m in gold coins",
   "Burglars made off with 38 gold coins dating from the Middle Ages in an overnight break-in at Ghent's STAM museum. Police put the value of the haul at around €1.5m."),
  ("translation", "meridien-presse", "fr", 60, 1, "Gand : 38 pièces d'or médiévales volées au musée STAM",
   "BRUXELLES, 9 mars (AMP) - Des cambrioleurs se sont introduits dans la nuit au musée STAM de Gand et ont dérobé 38 pièces d'or médiévales estimées à 1,5 million d'euros, a indiqué la police lundi."),
)
S("kazan-flood", "2026-03-18T09:40",
  ("original", "severny-vestnik", "ru", 0, 2, "В Казани прорвало водопровод, затоплены улицы в Вахитовском районе",
   "КАЗАНЬ, 18 марта — Северный вестник. Прорыв магистрального водопровода диаметром 800 мм произошёл утром на улице Татарстан в Казани. Затоплены несколько улиц, без воды остались около 60 тысяч жителей."),
  ("rewrite", "volga-news", "ru", 90, 1, "Казань: 60 тысяч человек остались без воды после аварии на улице Татарстан",
   "Крупная авария на водопроводе в центре Казани: на улице Татарстан прорвало трубу диаметром 800 миллиметров. Вода залила проезжую часть, около 60 тысяч жителей Вахитовского района сидят без воды."),
  ("update", "volga-news", "ru", 500, 3, "Водоснабжение в Вахитовском районе Казани восстановят к ночи",
   "Ремонт прорвавшейся утром трубы на улице Татарстан завершат к ночи, сообщили в «Водоканале». Около 60 тысяч жителей пока без воды […]"),
)
S("azores-election", "2026-03-08T23:30",
  ("original", "correio-atlantico", "pt", 0, 1, "PSD vence eleições regionais nos Açores sem maioria absoluta",
   "O PSD venceu as eleições legislativas regionais dos Açores deste domingo com 42,1% dos votos e 26 deputados, ficando a três da maioria absoluta. O PS obteve 35,2% e 21 mandatos."),
  ("copy", "meridien-presse", "pt", 60, 1, "Açores: PSD ganha com 42,1% mas falha maioria absoluta",
   "PONTA DELGADA, 8 mar (AMP) - O PSD ganhou as eleições regionais dos Açores com 42,1% e 26 deputados, três abaixo da maioria absoluta, segundo resultados provisórios. O PS ficou em segundo com 35,2%."),
)
S("calabria-quake", "2026-03-14T03:12",
  ("original", "agenzia-ponte", "it", 0, 1, "Terremoto di magnitudo 4.3 in Calabria, avvertito a Cosenza",
   "COSENZA, 14 MAR - (Ponte) Una scossa di terremoto di magnitudo 4.3 è stata registrata alle 3.12 dall'Ingv con epicentro a 3 km da Bisignano, in provincia di Cosenza, a 9 km di profondità. Non si segnalano danni."),
  ("copy", "corriere-laguna", "it", 180, 2, "Scossa di magnitudo 4.3 nel Cosentino, gente in strada",
   "Notte di paura in provincia di Cosenza: alle 3.12 una scossa di magnitudo 4.3 con epicentro vicino a Bisignano ha svegliato molti residenti. Secondo l'Ingv l'ipocentro era a 9 km; nessun danno segnalato."),
)
S("aarhus-robbery-appeal", "2026-03-03T13:00",
  ("original", "havnebladet", "da", 0, 1, "Politiet efterlyser vidner efter røveri mod guldsmed i Aarhus",
   "Østjyllands Politi efterlyser vidner efter et røveri mod en guldsmedeforretning på Søndergade i Aarhus mandag kl. 17.20. To maskerede mænd truede en ansat med kniv og flygtede på en knallert med smykker for et ukendt beløb."),
  ("copy", "nordpress", "da", 90, 2, "Maskerede mænd røvede guldsmed på Søndergade",
   "AARHUS (Nordpress) - To maskerede mænd truede mandag eftermiddag en ansat i en guldsmedeforretning på Søndergade i Aarhus med kniv og flygtede på knallert med smykker. Østjyllands Politi efterlyser vidner."),
)
S("euromillions-wales", "2026-03-07T08:20",
  ("original", "evening-post", "en", 0, 1, "Mystery Welsh ticket-holder scoops £61m EuroMillions jackpot",
   "A single ticket bought in Wales has won Friday's £61.4m EuroMillions jackpot, the National Lottery said. The winning numbers were 4, 17, 23, 38, 45 and Lucky Stars 2 and 9. The winner has yet to come forward."),
  ("regional", "granite-gazette", "en", 1500, 3, "Is it you? £61m EuroMillions winner bought ticket in Wales",
   "Lottery officials are urging players in Wales to check their tickets after the whole £61.4m EuroMillions jackpot from Friday's draw was won by a ticket sold in the country."),
)
S("rhone-flood-alert", "2026-03-21T16:00",
  ("original", "rhone-matin", "fr", 0, 1, "Crue du Rhône : le département placé en vigilance orange",
   "Météo-France a placé le Rhône en vigilance orange crues à partir de samedi 16 heures. Le fleuve pourrait atteindre 5,6 mètres à Lyon dans la nuit; les quais bas sont fermés à la circulation."),
  ("copy", "meridien-presse", "fr", 45, 1, "Vigilance orange crues dans le Rhône, le fleuve attendu à 5,6 m à Lyon",
   "LYON, 21 mars (AMP) - Le département du Rhône a été placé samedi en vigilance orange pour risque de crues, le fleuve pouvant atteindre 5,60 mètres à Lyon dans la nuit. Les bas-ports ont été fermés."),
)
S("kestrel-recall-vans", "2026-03-26T09:00",
  ("lookalike", "harbor-wire", "en", 0, 1, "Kestrel Motors recalls 8,000 vans over seatbelt anchor fault",
   "STUTTGART (Harbor) - Kestrel Motors is recalling about 8,000 Cargo-L vans in Europe built in 2025 because a front seatbelt anchor may not have been tightened correctly, the carmaker said on Thursday. No injuries have been reported."),
  ("translation", "rheinblatt", "de", 90, 2, "Kestrel ruft 8.000 Transporter wegen Gurtverankerung zurück",
   "Kestrel Motors holt rund 8.000 Transporter des Typs Cargo-L aus dem Baujahr 2025 in die Werkstätten. Eine vordere Gurtverankerung sei möglicherweise nicht korrekt angezogen worden, teilte der Hersteller mit."),
)
# ===================== TUNING: look-alikes (template headlines, different events) =====================
L("boe-cut-mar", "2026-03-19T12:05", "lookalike", "harbor-wire", "en", 1, "Bank of England cuts Bank Rate to 3.75%, signals gradual path",
  "LONDON (Harbor) - The Bank of England cut its Bank Rate by a quarter point to 3.75% on Thursday, in a 6-3 vote, and said further reductions would be gradual as wage growth cools.")
L("norges-bank-hold", "2026-03-26T09:10", "lookalike", "nordpress", "da", 1, "Norges Bank holder renten uændret på 4 procent",
  "OSLO (Nordpress) - Den norske centralbank har torsdag holdt sin styringsrente uændret på 4,0 procent, som ventet af økonomer. Banken signalerer, at renten kan blive sat ned i løbet af sommeren.")
L("cbr-hold-mar", "2026-03-20T10:30", "lookalike", "severny-vestnik", "ru", 1, "ЦБ сохранил ключевую ставку на уровне 17%",
  "МОСКВА, 20 марта — Северный вестник. Банк России по итогам заседания совета директоров сохранил ключевую ставку на уровне 17% годовых. Регулятор допустил её снижение на ближайших заседаниях, если инфляция продолжит замедляться.")
L("riksbank-hold", "2026-03-25T08:35", "lookalike", "markets-desk", "en", 1, "Riksbank leaves policy rate unchanged at 2.0% as expected",
  "Sweden's Riksbank kept its policy rate at 2.0% on Wednesday, in line with forecasts, and said the rate was likely to stay at that level for some time as inflation settles near target.")
L("crete-quake", "2026-03-09T14:22", "lookalike", "harbor-wire", "en", 2, "Magnitude 4.9 earthquake strikes off Crete",
  "ATHENS (Harbor) - An earthquake of magnitude 4.9 struck off the southern coast of the Greek island of Crete on Monday afternoon, the Athens Geodynamic Institute said. There were no immediate reports of damage.")
L("chile-quake", "2026-03-15T01:05", "lookalike", "el-faro", "es", 1, "Un terremoto de magnitud 6,1 sacude el norte de Chile",
  "Un sismo de magnitud 6,1 sacudió la noche del sábado la región chilena de Antofagasta, informó el Centro Sismológico Nacional. El Senapred descartó riesgo de tsunami y no se reportan daños de consideración.")
L("kamchatka-quake", "2026-03-11T18:40", "lookalike", "severny-vestnik", "ru", 2, "У берегов Камчатки произошло землетрясение магнитудой 5,2",
  "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 11 марта — Северный вестник. Землетрясение магнитудой 5,2 произошло у восточного побережья Камчатки, сообщили в Камчатском филиале геофизической службы РАН. Угрозы цунами нет.")
L("malatya-aftershock", "2026-03-04T20:15", "lookalike", "harbor-wire", "en", 3, "Magnitude 4.6 aftershock rattles Turkey's Malatya a day after stronger quake",
  "ANKARA (Harbor) - A magnitude 4.6 aftershock shook Turkey's Malatya province on Wednesday evening, a day after a 5.8 earthquake damaged buildings there, AFAD said. Two people were slightly hurt while fleeing homes.")
L("hamburg-airport-strike", "2026-03-24T04:40", "lookalike", "rheinblatt", "de", 1, "Warnstreik am Hamburger Flughafen: Alle Abflüge gestrichen",
  "Wegen eines Warnstreiks des Bodenpersonals fallen am Hamburger Flughafen am Dienstag alle Abflüge aus. Verdi hat die Beschäftigten der Bodenverkehrsdienste zu einem ganztägigen Ausstand aufgerufen; rund 34.000 Passagiere sind betroffen.")
L("lisbon-airport-strike", "2026-03-27T06:00", "lookalike", "correio-atlantico", "pt", 1, "Greve no aeroporto de Lisboa: mais de 120 voos cancelados",
  "A greve dos trabalhadores de handling da Menzies no aeroporto Humberto Delgado levou ao cancelamento de mais de 120 voos esta sexta-feira, segundo a ANA. O sindicato exige aumentos salariais e a contratação de pessoal.")
L("billund-strike", "2026-03-23T05:50", "lookalike", "havnebladet", "da", 1, "Strejke i Billund Lufthavn: Sikkerhedspersonale lægger arbejdet ned",
  "Sikkerhedsmedarbejderne i Billund Lufthavn har mandag morgen nedlagt arbejdet i protest mod en fyring. Lufthavnen oplyser, at der er lange køer ved sikkerhedskontrollen, og at flere afgange er forsinket.")
L("chopin-airport-strike", "2026-03-26T07:10", "lookalike", "kurier-wislany", "pl", 1, "Strajk kontrolerów na Lotnisku Chopina. Opóźnienia do trzech godzin",
  "Kontrolerzy ruchu lotniczego na Lotnisku Chopina w Warszawie rozpoczęli w czwartek rano dwugodzinny strajk ostrzegawczy. Opóźnienia lotów sięgają trzech godzin, a kilka połączeń odwołano.")
L("bremen-warehouse-fire", "2026-03-25T22:10", "lookalike", "nordsee-kurier", "de", 3, "Großbrand in Bremer Lagerhalle: Feuerwehr warnt vor Rauch",
  "In einer Lagerhalle im Bremer Industriehafen ist am Mittwochabend ein Großbrand ausgebrochen. Rund 120 Einsatzkräfte sind vor Ort, Anwohner in Gröpelingen sollen Fenster und Türen geschlossen halten.")
L("grenoble-fire", "2026-03-12T03:30", "lookalike", "rhone-matin", "fr", 1, "Grenoble : un incendie dans un immeuble fait cinq blessés légers",
  "Un incendie s'est déclaré dans la nuit dans un immeuble de huit étages du quartier de la Villeneuve, à Grenoble. Une quarantaine d'habitants ont été évacués et cinq personnes légèrement intoxiquées par les fumées.")
L("lisbon-building-fire", "2026-03-17T23:00", "lookalike", "correio-atlantico", "pt", 3, "Incêndio em prédio na Graça obriga a retirar 20 moradores",
  "Um incêndio num prédio de quatro andares na Graça, em Lisboa, obrigou esta terça-feira à noite à retirada de 20 moradores. Duas pessoas foram assistidas por inalação de fumo, segundo o Regimento de Sapadores Bombeiros.")
L("spain-cpi-feb", "2026-03-13T08:00", "lookalike", "el-faro", "es", 1, "La inflación se modera al 2,6% en febrero",
  "El índice de precios de consumo (IPC) subió un 2,6% interanual en febrero, dos décimas menos que en enero, según los datos definitivos del INE. La subyacente se mantuvo en el 2,2%.")
L("france-cpi-feb", "2026-03-13T07:45", "lookalike", "meridien-presse", "fr", 1, "L'inflation en France ralentit à 1,1% sur un an en février",
  "PARIS, 13 mars (AMP) - Les prix à la consommation ont augmenté de 1,1% sur un an en février en France, après 1,4% en janvier, selon les chiffres définitifs publiés vendredi par l'Insee.")
L("italy-cpi-feb", "2026-03-16T10:00", "lookalike", "agenzia-ponte", "it", 1, "Istat, a febbraio inflazione stabile all'1,6%",
  "ROMA, 16 MAR - (Ponte) A febbraio l'indice nazionale dei prezzi al consumo è aumentato dell'1,6% su base annua, come a gennaio, secondo i dati definitivi dell'Istat. Il carrello della spesa sale del 2,3%.")
L("denmark-cpi-feb", "2026-03-10T08:00", "lookalike", "nordpress", "da", 1, "Inflationen i Danmark steg til 2,0 procent i februar",
  "KØBENHAVN (Nordpress) - Forbrugerpriserne i Danmark steg med 2,0 procent i februar sammenlignet med samme måned sidste år, mod 1,7 procent i januar, oplyser Danmarks Statistik. Især fødevarer trak op.")
L("poland-cpi-feb", "2026-03-13T10:05", "lookalike", "kurier-wislany", "pl", 1, "Inflacja w Polsce w lutym wyniosła 3,4 proc.",
  "Ceny towarów i usług konsumpcyjnych w lutym wzrosły o 3,4 proc. rok do roku, po 3,9 proc. w styczniu – podał GUS w szybkim szacunku. Ekonomiści spodziewali się odczytu na poziomie 3,6 proc.")
L("nrw-cpi-feb", "2026-03-02T09:30", "lookalike", "harbor-wire", "en", 1, "Inflation in Germany's North Rhine-Westphalia slows to 2.0% in February",
  "BERLIN (Harbor) - Consumer prices in North Rhine-Westphalia, Germany's most populous state, rose 2.0% on the year in February after 2.3% in January, the state statistics office said ahead of national flash data.")
L("unficyp-renewal", "2026-03-27T19:40", "lookalike", "harbor-wire", "en", 3, "UN Security Council extends Cyprus peacekeeping mission by a year",
  "UNITED NATIONS (Harbor) - The U.N. Security Council on Friday unanimously extended the mandate of its peacekeeping force in Cyprus, UNFICYP, for another 12 months, until the end of January 2027.")
L("monusco-renewal", "2026-03-23T21:00", "lookalike", "meridien-presse", "fr", 3, "L'ONU prolonge le mandat de la Monusco en RDC",
  "NEW YORK, 23 mars (AMP) - Le Conseil de sécurité de l'ONU a prolongé lundi d'un an le mandat de la Monusco, la mission de paix en République démocratique du Congo, par 14 voix pour et une abstention.")
L("extremadura-election", "2026-03-29T22:40", "lookalike", "el-faro", "es", 3, "El PSOE gana las elecciones en Extremadura pero necesitará apoyos",
  "El PSOE ha ganado las elecciones autonómicas de Extremadura con 28 de los 65 escaños, lejos de la mayoría absoluta, con el 98% escrutado. El PP obtiene 27 y Vox 6.")
L("sardinia-election", "2026-03-22T23:50", "lookalike", "agenzia-ponte", "it", 3, "Regionali in Sardegna, il centrodestra vince con il 46%",
  "CAGLIARI, 22 MAR - (Ponte) Il candidato del centrodestra ha vinto le elezioni regionali in Sardegna con il 46,3% dei voti, secondo i dati definitivi. Il centrosinistra si ferma al 41,8%.")
L("fjordvind-q4", "2026-03-05T06:35", "lookalike", "nordpress", "da", 1, "Fjordvind Energy skuffer i fjerde kvartal og sænker udbyttet",
  "KØBENHAVN (Nordpress) - Fjordvind Energy fik et resultat før skat på 310 mio. kr. i fjerde kvartal mod 520 mio. kr. året før. Selskabet sænker udbyttet til 3 kr. pr. aktie.")
L("baltic-line-q4", "2026-03-06T06:40", "lookalike", "markets-desk", "en", 1, "Baltic Line Q4 profit falls, shipping group cuts dividend",
  "Baltic Line, the Tallinn-based ferry and freight operator, reported fourth-quarter pre-tax profit of 41 million euros, down from 58 million a year earlier, and cut its dividend to 0.20 euros a share.")
L("spb-metro-closure", "2026-03-05T11:30", "lookalike", "volga-news", "ru", 1, "В Петербурге на месяц закроют станцию метро «Чёрная речка»",
  "Станция «Чёрная речка» петербургского метрополитена будет закрыта с 14 марта по 14 апреля для замены эскалаторов, сообщили в пресс-службе метрополитена. Поезда будут проезжать станцию без остановки.")
L("venice-acqua-alta-112", "2026-03-25T09:00", "lookalike", "corriere-laguna", "it", 1, "Acqua alta a Venezia, marea a 112 centimetri: niente Mose",
  "Marea di 112 centimetri stamattina alla Punta della Salute. Il Mose non è stato alzato perché la previsione era sotto la soglia di 130 centimetri: allagata parzialmente piazza San Marco.")
L("lisbon-tram-cause", "2026-03-03T15:30", "lookalike", "harbor-wire", "en", 3, "Brake failure caused Lisbon tram derailment, operator Carris says",
  "LISBON (Harbor) - A brake failure caused the derailment of a tram in Lisbon's Graça district that injured 14 people on Monday, operator Carris said on Tuesday, suspending the line 28 service pending checks on the fleet.")
L("stratus-outage-cause", "2026-03-12T18:00", "lookalike", "harbor-wire", "en", 3, "Stratus blames faulty software update for outage that hit European banks",
  "LONDON (Harbor) - Stratus Systems said on Thursday that a faulty configuration update to its network software caused Wednesday's three-hour outage in Frankfurt, and promised credits to affected customers including several banks.")
L("hamburg-fire-arson", "2026-03-13T14:00", "lookalike", "rheinblatt", "de", 2, "Nach Großbrand im Hamburger Hafen: Polizei ermittelt wegen Brandstiftung",
  "Zwei Tage nach dem Großbrand in einer Lagerhalle am Kronprinzkai geht die Hamburger Polizei von Brandstiftung aus. Ermittler fanden Reste von Brandbeschleuniger; der Schaden wird auf 12 Millionen Euro geschätzt.")
L("verdi-warning-strike", "2026-03-23T09:00", "lookalike", "rheinblatt", "de", 1, "Verdi ruft zu Warnstreik im Nahverkehr in Nordrhein-Westfalen auf",
  "Die Gewerkschaft Verdi hat die Beschäftigten der kommunalen Verkehrsbetriebe in Nordrhein-Westfalen für Mittwoch zu einem ganztägigen Warnstreik aufgerufen. Busse und Stadtbahnen in Köln, Düsseldorf und Dortmund bleiben im Depot.")
# ===================== TUNING: fixed-wording series (templates) =====================
L("ibex-close-0304", "2026-03-04T16:45", "template", "el-faro", "es", 1, "El Ibex 35 cierra con una caída del 0,5% y pierde los 11.900 puntos",
  "El Ibex 35 ha cerrado la sesión de este miércoles con un retroceso del 0,5%, hasta los 11.818 puntos, lastrado por las eléctricas. Iberdrola y Endesa lideraron las caídas.")
L("ibex-close-0306", "2026-03-06T16:45", "template", "el-faro", "es", 2, "El Ibex 35 cierra con una subida del 0,3% y se mantiene en los 11.900 puntos",
  "El Ibex 35 ha cerrado la sesión de este viernes con un avance del 0,3%, hasta los 11.948 puntos, impulsado por Inditex tras sus resultados. Inditex y Amadeus lideraron las subidas.")
L("cac-close-0309", "2026-03-09T17:40", "template", "meridien-presse", "fr", 2, "Le CAC 40 termine en baisse de 0,4% à 8.109 points",
  "PARIS, 9 mars (AMP) - La Bourse de Paris a clôturé lundi en baisse de 0,4%, le CAC 40 perdant 35,1 points à 8.109,58 points, pénalisée par l'automobile. Renault a cédé 2,8%.")
L("cac-close-0311", "2026-03-11T17:40", "template", "meridien-presse", "fr", 2, "Le CAC 40 termine en hausse de 0,2% à 8.158 points",
  "PARIS, 11 mars (AMP) - La Bourse de Paris a clôturé mercredi en hausse de 0,2%, le CAC 40 gagnant 16,3 points à 8.158,48 points, portée par les banques. BNP Paribas a pris 1,7%.")
L("ftse-close-0311", "2026-03-11T16:50", "template", "markets-desk", "en", 2, "FTSE 100 closes up 0.3% as banks gain",
  "London's FTSE 100 ended Wednesday 0.3% higher at 8,656.1 points, lifted by banking stocks after upbeat lender updates. Lloyds rose 2.2%.")
L("ftse-close-0313", "2026-03-13T16:50", "template", "markets-desk", "en", 2, "FTSE 100 closes down 0.2% as oil stocks slide",
  "London's FTSE 100 ended Friday 0.2% lower at 8,587.9 points, dragged down by energy stocks as crude prices fell. Shell lost 1.6%.")
L("dax-close-0305", "2026-03-05T17:50", "template", "rheinblatt", "de", 2, "DAX schließt 0,7 Prozent fester bei 23.412 Punkten",
  "Der Deutsche Aktienindex hat den Handel am Donnerstag mit einem Plus von 0,7 Prozent bei 23.412 Punkten beendet. Gefragt waren nach dem EZB-Entscheid vor allem Bankwerte; die Commerzbank legte 3,1 Prozent zu.")
L("dax-close-0306", "2026-03-06T17:50", "template", "rheinblatt", "de", 3, "DAX schließt 0,4 Prozent schwächer bei 23.318 Punkten",
  "Der Deutsche Aktienindex hat den Handel am Freitag mit einem Minus von 0,4 Prozent bei 23.318 Punkten beendet. Unter Druck standen vor allem Autowerte; Kestrel Motors verlor 2,2 Prozent.")
L("moex-close-0305", "2026-03-05T19:00", "template", "severny-vestnik", "ru", 3, "Индекс Мосбиржи по итогам торгов вырос на 0,9%",
  "МОСКВА, 5 марта — Северный вестник. Индекс Московской биржи по итогам основной сессии четверга вырос на 0,9%, до 2874 пунктов. Лидерами роста стали акции металлургических компаний.")
L("c25-close-0309", "2026-03-09T17:15", "template", "nordpress", "da", 2, "C25-indekset lukker 0,6 procent højere",
  "KØBENHAVN (Nordpress) - Det toneangivende C25-indeks lukkede mandag 0,6 procent højere på 1.912 point. Medicinalaktierne trak op, og Nordlys Shipping steg yderligere 1,4 procent.")
L("weather-granite-0308", "2026-03-08T06:00", "template", "granite-gazette", "en", 1, "Weather: Cloudy start, brighter later",
  "Today's forecast: a cloudy start with patchy drizzle, brightening from the west by afternoon. Highs of 11C, lows tonight of 4C. Winds light, south-westerly.")
L("weather-granite-0309", "2026-03-09T06:00", "template", "granite-gazette", "en", 1, "Weather: Cloudy start, showers later",
  "Today's forecast: a cloudy start, with heavy showers spreading from the west by afternoon. Highs of 9C, lows tonight of 2C. Winds fresh, westerly.")
L("vejret-0311", "2026-03-11T05:30", "template", "havnebladet", "da", 1, "Vejret: Grå morgen, sol over Sjælland i eftermiddag",
  "Vejret i dag: En grå og fugtig morgen, men skyerne trækker væk fra vest i løbet af eftermiddagen. Temperaturen når op mellem 6 og 9 grader. Svag til jævn vind fra sydvest.")
L("meteo-corriere-0317", "2026-03-17T06:15", "template", "corriere-laguna", "it", 1, "Meteo, oggi nubi sparse e schiarite sul Veneto",
  "Le previsioni di oggi: nubi sparse al mattino sul Veneto, con schiarite dal pomeriggio. Temperature massime tra 14 e 16 gradi, minime tra 5 e 7. Venti deboli da nord-est.")
L("rub-rate-0304", "2026-03-04T15:00", "template", "severny-vestnik", "ru", 2, "ЦБ установил официальный курс доллара на 5 марта",
  "МОСКВА, 4 марта — Северный вестник. Центробанк установил официальный курс доллара на 5 марта в размере 88,41 рубля, что на 37 копеек выше предыдущего значения. Курс евро составил 96,12 рубля.")
L("rub-rate-0305", "2026-03-05T15:00", "template", "severny-vestnik", "ru", 2, "ЦБ установил официальный курс доллара на 6 марта",
  "МОСКВА, 5 марта — Северный вестник. Центробанк установил официальный курс доллара на 6 марта в размере 88,05 рубля, что на 36 копеек ниже предыдущего значения. Курс евро составил 96,30 рубля.")
L("euro-dolar-0310", "2026-03-10T09:00", "template", "el-faro", "es", 1, "El euro cotiza a 1,0874 dólares en la apertura",
  "El euro cotiza a primera hora de este martes a 1,0874 dólares, frente a los 1,0891 del cierre anterior. El Banco Central Europeo fijó ayer el cambio de referencia en 1,0882 dólares.")
L("briefing-0309", "2026-03-09T05:30", "template", "daily-ledger", "en", 1, "Morning Briefing: Copenhagen strike, Ghent museum raid, and rail fares",
  "Good morning. Here's what you need to know to start your day: baggage handlers walk out at Copenhagen Airport, thieves take medieval gold from a Ghent museum, and commuters brace for higher fares.")
L("briefing-0310", "2026-03-10T05:30", "template", "daily-ledger", "en", 1, "Morning Briefing: Dairy deal, Danish inflation, and a Welsh jackpot",
  "Good morning. Here's what you need to know to start your day: a Dutch food group bids for a German cheesemaker, Danish prices pick up, and the hunt goes on for a £61m lottery winner.")
L("appeal-beeston-burglary", "2026-03-10T11:00", "template", "granite-gazette", "en", 1, "Police appeal for witnesses after burglary at Beeston pharmacy",
  "Police are appealing for witnesses after a burglary at a pharmacy on Beeston Road in the early hours of Tuesday. A man in a dark hooded top was seen leaving at about 3am. Anyone with information is asked to call 101.")
L("appeal-headingley-assault", "2026-03-14T12:30", "template", "granite-gazette", "en", 2, "Police appeal for witnesses after man seriously hurt in Headingley assault",
  "Police are appealing for witnesses after a 23-year-old man was seriously injured in an assault on Otley Road, Headingley, at about 1.15am on Saturday. Anyone with phone footage is asked to call 101.")
L("zeugen-bremerhaven", "2026-03-16T10:00", "template", "nordsee-kurier", "de", 1, "Polizei sucht Zeugen nach Unfallflucht in Bremerhaven",
  "Die Polizei Bremerhaven sucht Zeugen einer Unfallflucht am Sonntagabend in der Hafenstraße. Ein dunkler Kombi hatte einen 71-jährigen Fußgänger angefahren und war weitergefahren. Hinweise unter 0471 953-3221.")
L("traffic-a1-0313", "2026-03-13T07:00", "template", "nordsee-kurier", "de", 1, "Verkehr am Morgen: Stau auf der A1 bei Bremen",
  "Die Verkehrslage am Freitagmorgen: Auf der A1 zwischen Bremen-Arsten und Brinkum staut es sich nach einem Auffahrunfall auf sechs Kilometern. Auf der A27 läuft der Verkehr weitgehend frei.")
L("trafic-lyon-0316", "2026-03-16T07:15", "template", "rhone-matin", "fr", 1, "Trafic : bouchons sur l'A7 à l'entrée de Lyon ce lundi matin",
  "Le point trafic de ce lundi matin : la circulation est difficile sur l'A7 à l'entrée sud de Lyon, avec 8 km de bouchons depuis Pierre-Bénite. Le tunnel de Fourvière est fluide.")
L("lotto-0307", "2026-03-07T21:30", "template", "evening-post", "en", 3, "Lotto results: Winning numbers for Saturday, March 7",
  "The winning Lotto numbers for Saturday, March 7 are 3, 11, 19, 27, 40, 52 and the bonus ball is 31. The jackpot was an estimated £4.2m. Check your tickets.")
L("lotto-0311", "2026-03-11T21:30", "template", "evening-post", "en", 3, "Lotto results: Winning numbers for Wednesday, March 11",
  "The winning Lotto numbers for Wednesday, March 11 are 6, 14, 22, 33, 47, 58 and the bonus ball is 9. The jackpot was an estimated £2m. Check your tickets.")
L("lotto-it-0312", "2026-03-12T20:10", "template", "corriere-laguna", "it", 3, "Estrazione Lotto e Superenalotto di giovedì 12 marzo: i numeri vincenti",
  "Ecco i numeri vincenti dell'estrazione del Superenalotto di giovedì 12 marzo: 7, 18, 29, 44, 61, 83, numero Jolly 12. Nessun 6, il jackpot sale a 94,1 milioni di euro.")
L("ft-harbourside-0307", "2026-03-07T17:05", "template", "granite-gazette", "en", 3, "Full-time: Harbourside United 2-1 Kirkby Town",
  "Full-time at the Quayside: Harbourside United 2-1 Kirkby Town. Goals from Mensah and Lowe turned the game around after Kirkby led at the break. Harbourside move up to seventh.")
L("ft-harbourside-0314", "2026-03-14T17:05", "template", "granite-gazette", "en", 3, "Full-time: Harbourside United 0-0 Castleford Rovers",
  "Full-time at the Quayside: Harbourside United 0-0 Castleford Rovers. A goalless draw in which neither keeper was seriously tested. Harbourside stay seventh.")
# ===================== TUNING: unrelated singles =====================
L("heathrow-passengers", "2026-03-12T07:00", "single", "markets-desk", "en", 1, "Heathrow passenger numbers hit February record",
  "Heathrow handled 6.3 million passengers in February, its busiest February on record, helped by strong demand on North American routes, the airport said on Thursday. Cargo volumes fell 2%.")
L("whale-thames", "2026-03-15T14:20", "single", "evening-post", "en", 2, "Minke whale spotted in the Thames near Gravesend",
  "A minke whale has been spotted in the Thames estuary near Gravesend, the Port of London Authority said, urging boat users to keep their distance. Marine rescuers are monitoring the animal.")
L("library-reopens", "2026-03-18T10:00", "single", "granite-gazette", "en", 2, "Central Library reopens after £9m refurbishment",
  "The city's Central Library has reopened to the public after a two-year, £9m refurbishment that restored its Victorian reading room and added a children's floor and a makerspace.")
L("ru-ice-fishermen", "2026-03-07T12:40", "single", "severny-vestnik", "ru", 1, "В Сахалинской области спасли 150 рыбаков с оторвавшейся льдины",
  "ЮЖНО-САХАЛИНСК, 7 марта — Северный вестник. Спасатели МЧС эвакуировали 150 рыбаков, которых унесло на оторвавшейся льдине в заливе Мордвинова. Пострадавших нет, сообщили в региональном управлении.")
L("ru-theatre-premiere", "2026-03-14T19:00", "single", "volga-news", "ru", 3, "Самарский театр оперы и балета представил новую постановку «Евгения Онегина»",
  "Самарский академический театр оперы и балета показал премьеру оперы «Евгений Онегин» в постановке молодого режиссёра Анны Кирилловой. Следующие показы запланированы на 21 и 28 марта.")
L("ru-bridge-opening", "2026-03-22T11:00", "single", "severny-vestnik", "ru", 2, "В Нижнем Новгороде открыли движение по новому мосту через Оку",
  "НИЖНИЙ НОВГОРОД, 22 марта — Северный вестник. Движение по новому четырёхполосному мосту через Оку открыли в Нижнем Новгороде. Переправа длиной 1,2 км должна разгрузить Молитовский мост.")
L("ru-school-meals", "2026-03-24T09:00", "single", "volga-news", "ru", 1, "В школах Саратова с апреля изменят меню горячего питания",
  "С 1 апреля в школах Саратова вводят новое двухнедельное меню горячих обедов, в котором станет больше овощей и рыбы, сообщили в городском комитете по образованию.")
L("ru-airport-terminal", "2026-03-27T10:30", "single", "severny-vestnik", "ru", 1, "Аэропорт Калининграда начал строительство нового терминала",
  "КАЛИНИНГРАД, 27 марта — Северный вестник. В аэропорту Храброво началось строительство нового пассажирского терминала площадью 24 тысячи квадратных метров. Завершить работы планируют в 2028 году.")
L("ru-bears-wake", "2026-03-29T13:00", "single", "volga-news", "ru", 2, "В Жигулёвском заповеднике проснулись первые медведи",
  "Сотрудники Жигулёвского заповедника зафиксировали первых медведей, вышедших из берлог после зимней спячки. В заповеднике призвали туристов не сходить с маркированных троп.")
L("es-prado-record", "2026-03-03T12:00", "single", "el-faro", "es", 2, "El Museo del Prado bate su récord de visitantes en febrero",
  "El Museo del Prado recibió 298.000 visitantes en febrero, la cifra más alta para ese mes en su historia, impulsada por la exposición dedicada a Goya, informó la pinacoteca.")
L("es-housing-law", "2026-03-11T14:30", "single", "el-faro", "es", 2, "El Congreso aprueba la reforma de la ley de alquileres de temporada",
  "El Congreso de los Diputados ha aprobado la reforma que limita los alquileres de temporada a once meses y obliga a justificar su finalidad. El texto pasa ahora al Senado.")
L("es-olive-oil", "2026-03-19T10:15", "single", "el-faro", "es", 1, "El precio del aceite de oliva cae un 35% en origen en un año",
  "El precio del aceite de oliva virgen extra en origen ha caído un 35% interanual, hasta los 4,10 euros por kilo, según el observatorio de precios del Ministerio de Agricultura.")
L("es-tourism-record", "2026-03-24T11:00", "single", "harbor-wire", "es", 1, "España recibe 5,6 millones de turistas internacionales en febrero",
  "MADRID (Harbor) - España recibió 5,6 millones de turistas internacionales en febrero, un 7% más que un año antes, según el INE. El gasto total alcanzó los 7.900 millones de euros.")
L("es-orca-boats", "2026-03-28T16:00", "single", "el-faro", "es", 3, "Salvamento Marítimo rescata a dos navegantes tras el ataque de orcas a su velero",
  "Salvamento Marítimo rescató a dos navegantes franceses después de que un grupo de orcas dañara el timón de su velero frente a Barbate. Ambos se encuentran en buen estado.")
L("it-colosseum-tickets", "2026-03-04T11:20", "single", "agenzia-ponte", "it", 1, "Colosseo, dal primo aprile biglietti nominativi e nuovo prezzo",
  "ROMA, 4 MAR - (Ponte) Dal primo aprile i biglietti del Colosseo saranno nominativi e costeranno 18 euro, contro i 16 attuali. L'obiettivo del Parco archeologico è contrastare il bagarinaggio online.")
L("it-truffle-harvest", "2026-03-10T15:00", "single", "corriere-laguna", "it", 2, "Tartufo nero, annata record nelle colline del Montello",
  "Raccolta da record per il tartufo nero pregiato sulle colline del Montello: secondo l'associazione dei tartufai la produzione è cresciuta del 40% rispetto allo scorso anno grazie alle piogge autunnali.")
L("it-vaporetto-fares", "2026-03-21T10:00", "single", "corriere-laguna", "it", 1, "Vaporetto, il biglietto singolo sale a 10 euro da maggio",
  "Dal primo maggio il biglietto singolo del vaporetto a Venezia costerà 10 euro, contro i 9,50 attuali. Invariati gli abbonamenti per i residenti, ha annunciato l'azienda di trasporto.")
L("it-fellini-costumes", "2026-03-26T12:30", "single", "agenzia-ponte", "it", 2, "Al Museo del Cinema di Torino una mostra sui costumi di scena di Fellini",
  "TORINO, 26 MAR - (Ponte) Il Museo nazionale del Cinema di Torino dedica una mostra ai costumi di scena dei film di Federico Fellini: 120 abiti originali esposti fino al 15 settembre.")
L("it-apricot-frost", "2026-03-29T09:30", "single", "agenzia-ponte", "it", 1, "Gelate tardive, danni agli albicocchi in Emilia-Romagna",
  "BOLOGNA, 29 MAR - (Ponte) Le gelate notturne degli ultimi giorni hanno danneggiato fino al 30% delle fioriture di albicocchi e peschi in Romagna, secondo una prima stima di Coldiretti.")
L("pt-cork-exports", "2026-03-05T11:00", "single", "correio-atlantico", "pt", 1, "Exportações de cortiça atingem máximo histórico",
  "As exportações portuguesas de cortiça atingiram 1.240 milhões de euros no ano passado, um máximo histórico, segundo a associação do setor. França e Estados Unidos continuam a ser os principais mercados.")
L("pt-surf-nazare", "2026-03-10T17:00", "single", "correio-atlantico", "pt", 2, "Surfista brasileiro apanha onda gigante na Nazaré",
  "Um surfista brasileiro surfou esta terça-feira uma onda estimada em mais de 25 metros na Praia do Norte, na Nazaré, durante a última grande ondulação da temporada, segundo a organização do desafio.")
L("pt-rent-support", "2026-03-20T13:00", "single", "meridien-presse", "pt", 2, "Governo alarga apoio à renda a jovens até aos 35 anos",
  "LISBOA, 20 mar (AMP) - O Governo aprovou o alargamento do programa de apoio ao arrendamento jovem até aos 35 anos, com um teto de 250 euros por mês, anunciou o Conselho de Ministros.")
L("pt-port-wine-sales", "2026-03-25T10:30", "single", "correio-atlantico", "pt", 1, "Vendas de vinho do Porto recuam 4% em volume",
  "As vendas de vinho do Porto caíram 4% em volume e 2% em valor no ano passado, segundo o Instituto dos Vinhos do Douro e do Porto. O mercado francês continua a ser o maior.")
L("pl-gdansk-tram", "2026-03-09T12:00", "single", "gazeta-poranna", "pl", 2, "W Gdańsku otwarto nową linię tramwajową na Morenę",
  "W Gdańsku otwarto nową linię tramwajową łączącą Wrzeszcz z osiedlem Morena. Trasa ma 3,8 km i pięć przystanków; tramwaje będą kursować co 10 minut.")
L("pl-wroclaw-zoo", "2026-03-23T14:00", "single", "kurier-wislany", "pl", 2, "We wrocławskim zoo urodziły się dwa lwiątka",
  "We wrocławskim ogrodzie zoologicznym urodziły się dwa lwiątka berberyjskie. Matka i młode czują się dobrze, a zwiedzający zobaczą je na wybiegu najwcześniej w maju.")
L("fr-tgv-line", "2026-03-08T10:00", "single", "meridien-presse", "fr", 1, "Le chantier de la ligne nouvelle Montpellier-Perpignan officiellement lancé",
  "MONTPELLIER, 8 mars (AMP) - Les travaux de la première phase de la ligne nouvelle Montpellier-Perpignan, entre Montpellier et Béziers, ont été officiellement lancés dimanche. La mise en service est prévue en 2034.")
L("fr-nuits-sonores", "2026-03-24T18:00", "single", "rhone-matin", "fr", 3, "Lyon : les Nuits sonores dévoilent leur programmation",
  "Le festival lyonnais Nuits sonores a dévoilé mardi la programmation de sa prochaine édition, qui se tiendra du 13 au 17 mai dans les anciennes usines Fagor-Brandt, avec plus de 150 artistes.")
L("de-zoo-panda", "2026-03-21T11:00", "single", "rheinblatt", "de", 2, "Kölner Zoo feiert Nachwuchs bei den Roten Pandas",
  "Im Kölner Zoo sind zwei Rote Pandas zur Welt gekommen. Die Jungtiere wiegen jeweils rund 120 Gramm und bleiben vorerst mit der Mutter in der Wurfbox, teilte der Zoo mit.")
L("da-bike-bridge", "2026-03-06T12:00", "single", "havnebladet", "da", 2, "Ny cykelbro over Inderhavnen åbner i maj",
  "Den nye cykel- og gangbro over Inderhavnen i København åbner for trafik i midten af maj, oplyser Københavns Kommune. Broen har kostet 190 mio. kr. og er forsinket et år.")
L("da-herring-quota", "2026-03-27T15:00", "single", "nordpress", "da", 3, "Fiskere får større sildekvote i Skagerrak",
  "KØBENHAVN (Nordpress) - Danske fiskere får en 18 procent større kvote for sild i Skagerrak og Kattegat i år efter en aftale mellem EU og Norge, oplyser Fiskeriministeriet.")

FILE("h")
# ===================== HELD-OUT: multi-copy stories =====================
S("barcelona-cablecar", "2026-04-07T10:20",
  ("original", "harbor-wire", "en", 0, 1, "Cable car stalls over Barcelona harbour, 46 passengers rescued",
   "BARCELONA (Harbor) - Firefighters rescued 46 passengers from cabins of Barcelona's port cable car that stopped in mid-air above the harbour for more than two hours on Tuesday after a power failure, the city said. Nobody was hurt."),
  ("rewrite", "daily-ledger", "en", 150, 2, "Tourists stranded high above Barcelona port as cable car breaks down",
   "By Marta Kelleher, Staff Writer. Forty-six people, many of them tourists, spent more than two hours dangling above Barcelona's harbour on Tuesday when the Port Vell aerial tramway lost power. Firefighters brought everyone down safely."),
  ("regional", "granite-gazette", "en", 1380, 3, "Barcelona cable car rescue: 46 freed",
   "Forty-six passengers were rescued from Barcelona's port cable car on Tuesday after a power cut left the cabins stranded for over two hours…"),
  ("translation", "el-faro", "es", 45, 1, "Rescatados 46 pasajeros del teleférico del puerto de Barcelona",
   "Los Bombers de la Generalitat han rescatado este martes a 46 pasajeros atrapados durante más de dos horas en las cabinas del teleférico del puerto de Barcelona, que se detuvo por un corte eléctrico. No hay heridos."),
  ("translation", "meridien-presse", "fr", 110, 2, "Barcelone : 46 passagers secourus après une panne du téléphérique du port",
   "BARCELONE, 7 avril (AMP) - Les pompiers ont évacué mardi 46 passagers bloqués pendant plus de deux heures dans les cabines du téléphérique du port de Barcelone, immobilisé par une coupure de courant. Personne n'a été blessé."),
)
S("snb-cut", "2026-04-09T07:30",
  ("original", "harbor-wire", "en", 0, 1, "Swiss National Bank cuts policy rate to zero",
   "ZURICH (Harbor) - The Swiss National Bank cut its policy rate by 25 basis points to 0% on Thursday, citing a strong franc and inflation of just 0.2%, and said it remained willing to intervene in currency markets."),
  ("update", "harbor-wire", "en", 80, 2, "UPDATE 1-SNB cuts to 0%, Schlegel says negative rates not ruled out",
   "ZURICH (Harbor) - The Swiss National Bank lowered its policy rate to 0% on Thursday, and Chairman Martin Schlegel told reporters negative rates could not be ruled out. The franc weakened 0.4% to 0.9312 per euro."),
  ("rewrite", "markets-desk", "en", 15, 1, "SNB lowers rate by 25 bps to 0% amid strong franc",
   "The Swiss National Bank trimmed its key rate by a quarter point to zero, in line with most forecasts, pointing to the strength of the franc and inflation running at 0.2%. It reiterated its readiness to sell francs."),
  ("translation", "harbor-wire", "de", 20, 1, "SNB senkt Leitzins auf null Prozent",
   "ZÜRICH (Harbor) - Die Schweizerische Nationalbank hat ihren Leitzins am Donnerstag um 0,25 Prozentpunkte auf 0 Prozent gesenkt. Sie begründete den Schritt mit dem starken Franken und einer Teuerung von nur 0,2 Prozent."),
  ("rewrite", "rheinblatt", "de", 160, 2, "Franken zu stark: Schweizer Notenbank kappt Zins auf null",
   "Die Schweizer Währungshüter haben den Leitzins auf null Prozent gesenkt. SNB-Chef Martin Schlegel schloss sogar Negativzinsen nicht aus; der Franken gab nach der Entscheidung leicht nach."),
)
S("patras-quake", "2026-04-14T04:18",
  ("original", "harbor-wire", "en", 0, 1, "Magnitude 5.6 earthquake hits western Greece near Patras",
   "ATHENS (Harbor) - An earthquake of magnitude 5.6 struck near the city of Patras in western Greece early on Tuesday, the Athens Geodynamic Institute said. Some old stone houses were damaged in nearby villages; no injuries were reported."),
  ("rewrite", "evening-post", "en", 240, 2, "Old houses damaged as 5.6 quake rocks western Greece",
   "A 5.6-magnitude earthquake jolted residents of Patras and surrounding villages from their beds before dawn on Tuesday. Greek seismologists said a few old stone houses were damaged but nobody was hurt."),
  ("translation", "meridien-presse", "fr", 80, 1, "Grèce : séisme de magnitude 5,6 près de Patras",
   "ATHÈNES, 14 avril (AMP) - Un séisme de magnitude 5,6 a frappé mardi à l'aube la région de Patras, dans l'ouest de la Grèce, endommageant quelques vieilles maisons en pierre, selon l'Institut géodynamique d'Athènes. Aucun blessé n'est signalé."),
  ("translation", "el-faro", "es", 320, 2, "Un terremoto de magnitud 5,6 sacude el oeste de Grecia",
   "Un sismo de magnitud 5,6 sacudió la madrugada de este martes la zona de Patras, en el oeste de Grecia, según el Instituto Geodinámico de Atenas, que informó de daños en algunas casas antiguas y de ningún herido."),
)
S("frankfurt-airport-strike", "2026-04-13T04:00",
  ("original", "rheinblatt", "de", 0, 2, "Warnstreik legt Frankfurter Flughafen lahm: 1.100 Flüge gestrichen",
   "Ein ganztägiger Warnstreik des Bodenpersonals hat am Montag den Frankfurter Flughafen weitgehend lahmgelegt. Der Betreiber Fraport strich rund 1.100 von 1.400 geplanten Starts und Landungen; Verdi fordert acht Prozent mehr Lohn."),
  ("copy", "harbor-wire", "de", 35, 1, "Fraport streicht wegen Verdi-Warnstreik 1.100 Flüge",
   "FRANKFURT (Harbor) - Wegen eines Warnstreiks des Bodenpersonals hat der Flughafenbetreiber Fraport am Montag rund 1.100 der 1.400 geplanten Flugbewegungen in Frankfurt annulliert. Die Gewerkschaft Verdi verlangt acht Prozent mehr Geld."),
  ("translation", "harbor-wire", "en", 60, 1, "Strike grounds most flights at Frankfurt airport",
   "FRANKFURT (Harbor) - A one-day warning strike by ground staff forced Frankfurt airport operator Fraport to cancel about 1,100 of 1,400 scheduled take-offs and landings on Monday. The Verdi union is seeking an 8% pay rise."),
  ("copy", "daily-ledger", "en", 300, 2, "Frankfurt airport crippled by ground staff walkout",
   "About 1,100 of 1,400 flights at Frankfurt airport were cancelled on Monday as ground staff staged a 24-hour warning strike called by the Verdi union, which wants an 8% pay increase, Harbor reported."),
)
S("kiel-shipyard-fire", "2026-04-15T22:40",
  ("original", "nordsee-kurier", "de", 0, 1, "Großfeuer auf Kieler Werftgelände: Rauchsäule über der Förde",
   "Auf dem Gelände einer Werft am Ostufer der Kieler Förde ist am Mittwochabend ein Großfeuer ausgebrochen. In Flammen steht eine Fertigungshalle; rund 130 Feuerwehrleute sind im Einsatz, die Leitstelle rät Anwohnern in Gaarden, Fenster zu schließen."),
  ("rewrite", "rheinblatt", "de", 600, 2, "Kiels Feuerwehr löscht Brand in Werfthalle",
   "Kiels Berufsfeuerwehr hat den Brand einer Fertigungshalle auf einem Werftgelände am Ostufer in der Nacht gelöscht. Etwa 130 Einsatzkräfte waren beteiligt, Menschen wurden nicht verletzt; die Ursache ist unklar."),
  ("copy", "harbor-wire", "de", 50, 1, "Großbrand in Werfthalle in Kiel - Anwohner sollen Fenster schließen",
   "KIEL (Harbor) - In einer Fertigungshalle einer Werft am Ostufer der Kieler Förde ist am Mittwochabend ein Großbrand ausgebrochen. Rund 130 Feuerwehrleute sind im Einsatz; Anwohner im Stadtteil Gaarden sollen Fenster geschlossen halten."),
  ("translation", "harbor-wire", "en", 75, 1, "Large fire breaks out at shipyard in Germany's Kiel",
   "KIEL (Harbor) - A large fire broke out in a production hall at a shipyard on the eastern shore of the Kiel fjord on Wednesday evening. Around 130 firefighters were at the scene and residents were told to keep windows closed."),
)
S("spb-bridge-closure", "2026-04-08T09:30",
  ("original", "severny-vestnik", "ru", 0, 1, "В Санкт-Петербурге на полгода закроют движение по Литейному мосту",
   "САНКТ-ПЕТЕРБУРГ, 8 апреля — Северный вестник. Движение автомобилей по Литейному мосту будет полностью закрыто с 20 апреля до конца октября из-за капитального ремонта, сообщили в комитете по развитию транспортной инфраструктуры. Трамваи пустят в объезд."),
  ("rewrite", "volga-news", "ru", 200, 2, "Санкт-Петербург: Литейный мост закроют на ремонт с 20 апреля",
   "Санкт-Петербург на шесть месяцев лишится Литейного моста: с 20 апреля и до конца октября проезд по нему закроют для капремонта. Трамвайные маршруты изменят, пешеходов пока будут пропускать."),
  ("translation", "harbor-wire", "en", 260, 2, "St Petersburg to close Liteyny Bridge to traffic for six months",
   "MOSCOW (Harbor) - St Petersburg will shut the Liteyny Bridge to vehicles from April 20 until the end of October for a major overhaul, the city's transport infrastructure committee said. Tram routes will be diverted."),
)
S("skovgaard-q1", "2026-04-29T06:30",
  ("original", "nordpress", "da", 0, 1, "Skovgaard Pharma løfter forventningerne efter stærkt første kvartal",
   "KØBENHAVN (Nordpress) - Medicinalselskabet Skovgaard Pharma fik et driftsresultat på 2,8 mia. kr. i første kvartal, en stigning på 19 procent. Selskabet hæver forventningen til årets salgsvækst til 11-14 procent fra 9-12 procent."),
  ("translation", "nordpress", "en", 15, 1, "Skovgaard Pharma raises sales outlook after Q1 profit jumps 19%",
   "COPENHAGEN (Nordpress) - Danish drugmaker Skovgaard Pharma reported first-quarter operating profit of 2.8 billion crowns, up 19%, and raised its full-year sales growth forecast to 11-14% from 9-12%."),
  ("rewrite", "markets-desk", "en", 45, 1, "Skovgaard shares rise as drugmaker lifts 2026 guidance",
   "Skovgaard Pharma stock gained 5% in Copenhagen after the company posted a 19% rise in first-quarter operating profit to DKK 2.8bn and now expects sales to grow 11-14% this year, up from 9-12%."),
  ("cut", "havnebladet", "da", 140, 2, "Skovgaard Pharma hæver prognosen",
   "Skovgaard Pharma øger sit driftsresultat med 19 procent til 2,8 mia. kr. i første kvartal og venter nu en salgsvækst på 11-14 procent i år […]"),
)
S("bologna-march-clashes", "2026-04-18T18:30",
  ("original", "agenzia-ponte", "it", 0, 1, "Scontri al corteo di Bologna, la questura: 'Aggressione premeditata, 8 agenti feriti'",
   "BOLOGNA, 18 APR - (Ponte) Otto agenti sono rimasti feriti negli scontri avvenuti nel pomeriggio in via Irnerio durante il corteo contro il nuovo polo logistico. Per la questura un gruppo di manifestanti ha attaccato deliberatamente il cordone."),
  ("rewrite", "corriere-laguna", "it", 130, 2, "Corteo di Bologna, gli organizzatori: 'Cariche senza motivo, 15 manifestanti feriti'",
   "Gli organizzatori del corteo contro il polo logistico accusano la polizia: in via Irnerio, sostengono, le cariche sono partite senza provocazioni e 15 manifestanti sono rimasti feriti. La questura parla di otto agenti feriti."),
  ("translation", "harbor-wire", "en", 200, 2, "Police, protesters trade blame after clashes at Bologna march",
   "ROME (Harbor) - Italian police said eight officers were hurt when demonstrators attacked them at a march in Bologna on Saturday against a planned logistics hub, while organisers said police charged without provocation, injuring 15 protesters."),
)
S("tarragona-blast", "2026-04-21T09:50",
  ("original", "el-faro", "es", 0, 1, "Una explosión en una planta química de Tarragona deja cuatro heridos",
   "Una explosión en una planta química del polígono sur de Tarragona ha causado este martes cuatro heridos, uno de ellos grave, según el 112. Protección Civil ha activado el plan de emergencia química PLASEQCAT en fase de alerta."),
  ("update", "harbor-wire", "es", 120, 2, "ACTUALIZA 1-Explosión en Tarragona: nueve heridos y confinamiento en tres municipios",
   "TARRAGONA (Harbor) - Ya son nueve los heridos por la explosión en una planta química del polígono sur de Tarragona. Protección Civil ha ordenado confinar a los vecinos de La Canonja, Vila-seca y Bonavista por una nube tóxica."),
  ("translation", "harbor-wire", "en", 70, 1, "Explosion at Spanish chemical plant in Tarragona injures four",
   "TARRAGONA (Harbor) - An explosion at a chemical plant in Tarragona's southern industrial estate injured four people on Tuesday, one seriously, emergency services said, and authorities activated the region's chemical emergency plan."),
  ("update", "harbor-wire", "en", 360, 3, "UPDATE 2-Tarragona chemical blast injures nine; lockdown lifted",
   "TARRAGONA (Harbor) - Nine people were injured in Tuesday's explosion at a chemical plant in Tarragona, up from four initially reported, and authorities lifted an order for residents of three nearby towns to stay indoors after air readings normalised."),
  ("copy", "daily-ledger", "en", 420, 3, "Nine hurt in Tarragona chemical plant explosion",
   "Nine people were injured, one seriously, in an explosion at a chemical plant near Tarragona in north-east Spain on Tuesday. A stay-at-home order for three nearby towns has since been lifted."),
)
S("halvard-towers", "2026-04-16T06:40",
  ("brief", "harbor-wire", "en", 0, 1, "BRIEF-Halvard Telecom to sell towers unit to Sentinel Infrastructure for 1.2 bln euros",
   "April 16 (Harbor) - Halvard Telecom ASA: * Agreed to sell its mobile towers business to Sentinel Infrastructure Partners for 1.2 billion euros * Will lease back tower space under 12-year agreement * Expects closing in Q4.",
   "https://www.harborwire.example/article/brief-halvard-telecom-towers-sentinel-idHW5120833"),
  ("copy", "evening-post", "en", 25, 1, "BRIEF-Halvard Telecom to sell towers unit to Sentinel Infrastructure for 1.2 bln euros",
   "Halvard Telecom ASA agreed to sell its mobile towers business to Sentinel Infrastructure Partners for 1.2 billion euros; will lease back tower space under 12-year agreement; expects closing in Q4. (Harbor)",
   "https://www.harborwire.example/article/brief-halvard-telecom-towers-sentinel-idHW5120833"),
  ("brief", "harbor-wire", "en", 95, 2, "CORRECTED-BRIEF-Halvard Telecom to sell towers unit for 1.2 bln euros",
   "April 16 (Harbor) - Halvard Telecom ASA: * Agreed to sell its mobile towers business to Sentinel Infrastructure Partners for 1.2 billion euros * Will lease back tower space under 15-year agreement (corrects lease-back term to 15 years from 12 years in earlier version)."),
  ("rewrite", "markets-desk", "en", 140, 2, "Halvard sells mobile masts to Sentinel in 1.2 bln euro deal",
   "Norwegian operator Halvard Telecom is offloading its tower portfolio to infrastructure investor Sentinel for 1.2 billion euros and will rent back space on the masts for 15 years. The sale should complete in the fourth quarter."),
  ("translation", "el-faro", "es", 330, 3, "Halvard Telecom vende sus torres a Sentinel por 1.200 millones",
   "La noruega Halvard Telecom ha acordado vender su negocio de torres de telefonía móvil al fondo Sentinel Infrastructure Partners por 1.200 millones de euros, con un contrato de arrendamiento posterior de 15 años."),
)
S("genoa-crane", "2026-04-22T15:10",
  ("original", "agenzia-ponte", "it", 0, 1, "Genova, crolla una gru al porto: due operai feriti",
   "GENOVA, 22 APR - (Ponte) Una gru mobile è crollata nel primo pomeriggio al terminal Sech del porto di Genova, schiacciando un container. Due operai sono rimasti feriti, uno in modo grave, e sono stati trasportati all'ospedale San Martino."),
  ("rewrite", "corriere-laguna", "it", 100, 2, "Porto di Genova, cede il braccio di una gru: grave un operaio",
   "Incidente sul lavoro al terminal Sech: il braccio di una gru mobile ha ceduto e si è abbattuto su un container. Due i lavoratori feriti, uno è in condizioni gravi al San Martino."),
  ("translation", "harbor-wire", "en", 170, 2, "Crane collapses at Genoa port, two workers injured",
   "MILAN (Harbor) - A mobile crane collapsed at the Sech container terminal in the Italian port of Genoa on Wednesday afternoon, injuring two workers, one seriously, Italian news agency Ponte reported."),
)
S("genoa-crane-probe", "2026-04-23T13:00",
  ("lookalike", "agenzia-ponte", "it", 0, 2, "Gru crollata al porto di Genova, tre indagati per lesioni colpose",
   "GENOVA, 23 APR - (Ponte) La procura di Genova ha iscritto nel registro degli indagati tre persone, tra cui il responsabile della manutenzione del terminal Sech, dopo il crollo della gru. Sequestrata l'intera area di banchina."),
  ("copy", "corriere-laguna", "it", 150, 3, "Crollo della gru al Sech: la procura indaga tre persone",
   "Tre indagati per il crollo della gru mobile al terminal Sech di Genova, tra loro il responsabile della manutenzione. La procura ha posto sotto sequestro la banchina."),
)
S("eiffel-strike", "2026-04-20T09:15",
  ("original", "meridien-presse", "fr", 0, 1, "La tour Eiffel fermée lundi en raison d'une grève du personnel",
   "PARIS, 20 avril (AMP) - La tour Eiffel est restée fermée au public lundi, les salariés de la société d'exploitation SETE ayant cessé le travail à l'appel de la CGT pour dénoncer le modèle économique du monument, a annoncé l'exploitant."),
  ("cut", "rhone-matin", "fr", 220, 2, "Paris : la Dame de fer fermée par une grève",
   "Pas de visite de la tour Eiffel ce lundi : le personnel de la SETE est en grève à l'appel de la CGT, qui conteste la gestion financière du monument…"),
  ("translation", "harbor-wire", "en", 55, 1, "Eiffel Tower closed as staff go on strike",
   "PARIS (Harbor) - The Eiffel Tower was closed to visitors on Monday after employees of operator SETE went on strike at the call of the CGT union in a dispute over the monument's business model, the operator said."),
  ("rewrite", "daily-ledger", "en", 260, 2, "Visitors to Paris find Eiffel Tower shut by walkout",
   "By Tom Ashby, Europe Correspondent. Tourists hoping to climb the Eiffel Tower on Monday were turned away after staff of the company that runs it walked out, with the CGT union accusing management of mishandling the landmark's finances."),
)
S("elbe-dresden-level", "2026-04-10T07:30",
  ("original", "rheinblatt", "de", 0, 1, "Elbe in Dresden steigt auf 6,20 Meter - Alarmstufe 2",
   "Der Pegel der Elbe in Dresden ist am Freitagmorgen auf 6,20 Meter gestiegen. Die Stadt hat Alarmstufe 2 ausgerufen; das Terrassenufer ist gesperrt, und der Scheitel wird für Samstag bei etwa 6,60 Metern erwartet."),
  ("copy", "nordsee-kurier", "de", 280, 2, "Hochwasser: Dresdner Elbpegel bei 6,20 Metern",
   "In Dresden hat die Elbe am Freitag 6,20 Meter erreicht, die Landeshauptstadt rief Alarmstufe 2 aus. Das Terrassenufer ist gesperrt; am Samstag soll der Fluss mit rund 6,60 Metern seinen Höchststand erreichen."),
  ("translation", "harbor-wire", "en", 110, 1, "Elbe river rises to 6.2 metres in Dresden, city raises flood alert",
   "BERLIN (Harbor) - The Elbe river in Dresden rose to 6.20 metres on Friday, prompting the city to declare the second of four flood alert levels. The river is expected to crest at about 6.60 metres on Saturday."),
)
S("spain-cpi-apr-flash", "2026-04-29T07:00",
  ("original", "el-faro", "es", 0, 1, "El IPC se dispara al 2,9% en abril por la electricidad",
   "La inflación subió en abril hasta el 2,9% interanual, cuatro décimas más que en marzo, según el dato adelantado publicado este miércoles por el INE, que atribuye el repunte a la electricidad y los carburantes."),
  ("copy", "harbor-wire", "es", 20, 1, "La inflación española sube al 2,9% en abril, según el dato adelantado",
   "MADRID (Harbor) - El índice de precios de consumo subió un 2,9% interanual en abril, frente al 2,5% de marzo, según el indicador adelantado del INE. El alza se debe sobre todo a la electricidad y los carburantes."),
  ("translation", "harbor-wire", "en", 35, 1, "Spanish inflation jumps to 2.9% in April on power prices",
   "MADRID (Harbor) - Spain's annual consumer price inflation rose to 2.9% in April from 2.5% in March, flash data from the INE statistics institute showed on Wednesday, driven by electricity and fuel prices."),
)
S("unsmil-renewal", "2026-04-30T19:50",
  ("original", "harbor-wire", "en", 0, 1, "UN Security Council renews Libya political mission until 2027",
   "UNITED NATIONS (Harbor) - The U.N. Security Council on Thursday unanimously extended the mandate of the U.N. Support Mission in Libya, UNSMIL, until January 31, 2027, and urged rival Libyan factions to agree on an election timetable."),
  ("translation", "meridien-presse", "fr", 60, 2, "Libye : l'ONU renouvelle le mandat de la Manul jusqu'en 2027",
   "NEW YORK, 30 avril (AMP) - Le Conseil de sécurité de l'ONU a prolongé jeudi à l'unanimité jusqu'au 31 janvier 2027 le mandat de la Mission d'appui des Nations unies en Libye (Manul), appelant les factions libyennes à s'entendre sur un calendrier électoral."),
  ("brief", "daily-ledger", "en", 620, 3, "In brief: UN extends Libya mission",
   "The UN Security Council has unanimously renewed its Libya support mission, UNSMIL, until the end of January 2027, and called on Libya's rival factions to agree an election timetable."),
)
S("lower-saxony-vote", "2026-04-26T18:30",
  ("original", "rheinblatt", "de", 0, 1, "Kommunalwahl in Niedersachsen: CDU stärkste Kraft, SPD verliert",
   "Bei den Kommunalwahlen in Niedersachsen ist die CDU nach ersten Hochrechnungen mit 33,8 Prozent landesweit stärkste Kraft geworden. Die SPD kommt auf 27,1 Prozent und verliert mehr als vier Punkte, die Grünen erreichen 12,4 Prozent."),
  ("copy", "harbor-wire", "de", 45, 1, "Niedersachsens Kommunalwahl: CDU vorn, SPD mit Verlusten",
   "HANNOVER (Harbor) - Bei der Kommunalwahl in Niedersachsen liegt die CDU mit 33,8 Prozent vorn, die SPD fällt laut Hochrechnung auf 27,1 Prozent. Die Grünen kommen auf 12,4 Prozent."),
  ("translation", "harbor-wire", "en", 90, 2, "CDU comes first in Lower Saxony local elections, SPD loses ground",
   "HANOVER (Harbor) - Germany's conservative CDU won 33.8% in local elections in the state of Lower Saxony on Sunday, projections showed, while the Social Democrats fell more than four points to 27.1%."),
)
S("chapel-allerton-appeal", "2026-04-12T10:30",
  ("original", "granite-gazette", "en", 0, 1, "Police appeal for witnesses after woman robbed at cash machine in Chapel Allerton",
   "Police are appealing for witnesses after a 67-year-old woman was pushed to the ground and robbed of £200 at a cash machine on Harrogate Road, Chapel Allerton, at about 4.15pm on Friday. The suspect ran towards Stainbeck Lane."),
  ("copy", "evening-post", "en", 180, 2, "Pensioner, 67, knocked down and robbed at Chapel Allerton cashpoint",
   "A 67-year-old woman was pushed over and had £200 snatched at a cash machine on Harrogate Road on Friday afternoon. The robber fled towards Stainbeck Lane; police want to hear from witnesses."),
)
S("novosibirsk-arrest", "2026-04-14T11:40",
  ("original", "severny-vestnik", "ru", 0, 1, "В Новосибирске задержали директора мостостроительной компании",
   "НОВОСИБИРСК, 14 апреля — Северный вестник. Следователи задержали в Новосибирске генерального директора компании «Сибмостстрой» Андрея Лукина по делу о хищении 212 млн рублей при строительстве развязки на Бердском шоссе."),
  ("rewrite", "volga-news", "ru", 210, 2, "Новосибирск: глава «Сибмостстроя» Андрей Лукин задержан по делу о хищении",
   "Андрея Лукина, возглавляющего «Сибмостстрой», задержали по подозрению в хищении 212 миллионов рублей. Деньги, по версии следствия, выделялись на развязку на Бердском шоссе в Новосибирске."),
)
S("etna-paroxysm", "2026-04-11T06:20",
  ("original", "agenzia-ponte", "it", 0, 1, "Etna, nuova fontana di lava: chiuso un settore dell'aeroporto di Catania",
   "CATANIA, 11 APR - (Ponte) L'Etna ha prodotto nella notte una fontana di lava dal cratere di Sud-Est, con una nube di cenere alta 8 chilometri. Il settore B dello spazio aereo di Catania è stato chiuso e alcuni voli dirottati a Palermo."),
  ("copy", "corriere-laguna", "it", 120, 2, "Etna, fontana di lava e nube di cenere di 8 km: voli dirottati",
   "Spettacolo ed effetti sul traffico aereo: l'Etna ha dato vita a una fontana di lava dal cratere di Sud-Est, con la nube di cenere salita a 8 chilometri. Chiuso il settore B dello spazio aereo di Catania, voli verso Palermo."),
  ("translation", "harbor-wire", "en", 200, 2, "Etna spews lava fountain, Catania airport partly closed",
   "ROME (Harbor) - Mount Etna in Sicily produced a lava fountain from its south-east crater overnight, sending an ash cloud 8 km high and forcing a partial closure of Catania airspace, with some flights diverted to Palermo."),
)
S("evora-hospital", "2026-04-16T12:00",
  ("original", "correio-atlantico", "pt", 0, 1, "Novo Hospital Central do Alentejo abre em setembro",
   "O novo Hospital Central do Alentejo, em Évora, vai abrir portas em setembro, anunciou a ministra da Saúde. A unidade custou 210 milhões de euros e terá 487 camas, substituindo o atual Hospital do Espírito Santo."),
  ("copy", "meridien-presse", "pt", 150, 2, "Hospital Central do Alentejo entra em funcionamento em setembro",
   "ÉVORA, 16 abr (AMP) - O Hospital Central do Alentejo, com 487 camas e um investimento de 210 milhões de euros, começará a funcionar em setembro, disse a ministra da Saúde durante uma visita às obras em Évora."),
)
S("lodz-water-failure", "2026-04-07T06:50",
  ("original", "kurier-wislany", "pl", 0, 1, "Awaria wodociągu w Łodzi. Bez wody 25 tysięcy mieszkańców Bałut",
   "Około 25 tysięcy mieszkańców łódzkich Bałut zostało we wtorek rano bez wody po awarii magistrali wodociągowej przy ulicy Zgierskiej. Wodociągi Łódzkie ustawiły beczkowozy i szacują, że naprawa potrwa do popołudnia."),
  ("rewrite", "gazeta-poranna", "pl", 110, 1, "Łódź: pękła magistrala przy Zgierskiej, Bałuty bez wody",
   "Łódź walczy ze skutkami awarii. Pęknięcie magistrali przy Zgierskiej pozbawiło wody około 25 tys. mieszkańców Bałut. Na osiedlach stoją beczkowozy, woda ma wrócić po południu."),
)
S("ig-metall-warning-strikes", "2026-04-22T08:00",
  ("original", "rheinblatt", "de", 0, 1, "IG Metall startet Warnstreiks in der Metall- und Elektroindustrie",
   "Die IG Metall hat am Mittwoch mit Warnstreiks in der Metall- und Elektroindustrie begonnen. Zum Auftakt legten nach Gewerkschaftsangaben rund 18.000 Beschäftigte in Baden-Württemberg die Arbeit nieder; gefordert werden sieben Prozent mehr Lohn."),
  ("copy", "harbor-wire", "de", 40, 1, "IG Metall: 18.000 Beschäftigte bei ersten Warnstreiks",
   "FRANKFURT (Harbor) - Rund 18.000 Beschäftigte der Metall- und Elektroindustrie in Baden-Württemberg haben sich am Mittwoch laut IG Metall an ersten Warnstreiks beteiligt. Die Gewerkschaft fordert sieben Prozent mehr Geld."),
  ("regional", "nordsee-kurier", "de", 560, 3, "Warnstreiks der IG Metall erreichen bald auch den Norden",
   "Nach dem Auftakt in Baden-Württemberg mit rund 18.000 Teilnehmern will die IG Metall ihre Warnstreiks bald auch auf Betriebe in Bremen und Niedersachsen ausweiten. Die Gewerkschaft fordert sieben Prozent [...]"),
  ("translation", "harbor-wire", "en", 70, 1, "German metalworkers stage first warning strikes in pay dispute",
   "FRANKFURT (Harbor) - Around 18,000 workers in the metal and electrical industries in Baden-Wuerttemberg held warning strikes on Wednesday, the IG Metall union said, as it pushes for a 7% pay rise."),
)
S("villeurbanne-bus-fire", "2026-04-17T07:10",
  ("original", "rhone-matin", "fr", 0, 1, "Villeurbanne : un bus TCL prend feu en pleine rue, les passagers évacués",
   "Un bus de la ligne C3 a pris feu vendredi matin cours Émile-Zola à Villeurbanne. Le conducteur a pu évacuer la trentaine de passagers avant que les flammes n'envahissent le véhicule. Personne n'a été blessé."),
  ("rewrite", "meridien-presse", "fr", 120, 2, "Près de Lyon, un bus en flammes, une trentaine de passagers évacués à temps",
   "LYON, 17 avril (AMP) - Un bus du réseau TCL a été détruit par un incendie vendredi matin à Villeurbanne, cours Émile-Zola, après que son chauffeur a fait descendre une trentaine de passagers. Aucun blessé n'est à déplorer."),
)
S("femern-delay", "2026-04-21T08:10",
  ("original", "nordpress", "da", 0, 1, "Femern-tunnelen bliver forsinket til 2031",
   "KØBENHAVN (Nordpress) - Åbningen af Femern Bælt-tunnelen mellem Rødby og Puttgarden udskydes fra 2029 til 2031, oplyser Femern A/S. Forsinkelsen skyldes problemer på elementfabrikken og de tyske landanlæg."),
  ("rewrite", "havnebladet", "da", 190, 2, "To års forsinkelse: Tunnel til Tyskland åbner først i 2031",
   "Rejsende til Tyskland må vente længere på Femern-forbindelsen. Tunnelen under Femern Bælt åbner først i 2031 og ikke i 2029 som planlagt, meddeler bygherren Femern A/S."),
  ("translation", "nordpress", "en", 30, 1, "Denmark-Germany Fehmarn Belt tunnel delayed to 2031",
   "COPENHAGEN (Nordpress) - The opening of the Fehmarn Belt tunnel linking Denmark's Rødby with Puttgarden in Germany has been pushed back from 2029 to 2031, builder Femern A/S said, citing problems at its element factory and on the German side."),
)
S("price-cap-falls", "2026-04-24T07:00",
  ("original", "daily-ledger", "en", 0, 1, "Energy price cap to fall 3% from July, Ofgem says",
   "By Priya Natarajan, Consumer Affairs Editor. Ofgem's energy price cap will fall by 3% to £1,794 a year for a typical dual-fuel household from July 1, the regulator announced, reflecting lower wholesale gas prices."),
  ("rewrite", "evening-post", "en", 210, 2, "Households to get small relief on gas and electricity bills",
   "Typical household energy bills will drop by about £55 a year to £1,794 from July after the regulator Ofgem cut its price cap by 3%. Charities said bills remained far above pre-crisis levels."),
  ("regional", "granite-gazette", "en", 700, 3, "Energy bills set to drop 3% from July",
   "Households in the region will see energy bills fall from July after Ofgem lowered its price cap by 3% to £1,794 a year for a typical home."),
)
S("paylink-outage", "2026-04-18T11:20",
  ("original", "harbor-wire", "en", 0, 1, "Card payment outage at Paylink hits shops across Britain",
   "LONDON (Harbor) - Card payments failed at thousands of shops, petrol stations and restaurants across Britain on Saturday after a technical fault at payment processor Paylink, the company said, adding it was working to restore service."),
  ("update", "harbor-wire", "en", 140, 2, "UPDATE 1-Paylink restores card payments after four-hour UK outage",
   "LONDON (Harbor) - Paylink said card payments were working again after a four-hour outage on Saturday that left customers at shops and petrol stations across Britain unable to pay by card. It blamed a database failure."),
  ("rewrite", "daily-ledger", "en", 60, 1, "Shoppers told 'cash only' as Paylink card system fails",
   "Supermarket queues grew and some petrol stations turned drivers away on Saturday when a fault at Paylink, which handles card transactions for thousands of UK retailers, stopped card payments working."),
  ("translation", "harbor-wire", "de", 35, 1, "Störung bei Zahlungsdienstleister Paylink legt Kartenzahlungen in Großbritannien lahm",
   "LONDON (Harbor) - In Tausenden Geschäften, Tankstellen und Restaurants in Großbritannien sind am Samstag Kartenzahlungen ausgefallen. Grund sei eine technische Störung beim Zahlungsdienstleister Paylink, teilte das Unternehmen mit."),
  ("translation", "meridien-presse", "fr", 100, 2, "Royaume-Uni : une panne chez Paylink paralyse les paiements par carte",
   "LONDRES, 18 avril (AMP) - Les paiements par carte ont été impossibles samedi dans des milliers de commerces, stations-service et restaurants britanniques en raison d'une panne chez le prestataire Paylink."),
)
S("aurora-dishwasher-recall", "2026-04-08T09:00",
  ("original", "harbor-wire", "en", 0, 1, "Aurora Appliances recalls 300,000 dishwashers over fire risk",
   "STOCKHOLM (Harbor) - Aurora Appliances is recalling about 300,000 dishwashers sold in Europe since 2022 because a faulty heating element connector can overheat and cause a fire, the company said on Wednesday. Four minor fires have been reported."),
  ("rewrite", "daily-ledger", "en", 190, 2, "Check your dishwasher: Aurora calls back 300,000 machines",
   "Owners of Aurora dishwashers bought since 2022 are being urged to check their model numbers after the manufacturer said a connector on the heating element could overheat. Four small fires have been linked to the fault."),
  ("translation", "rheinblatt", "de", 70, 1, "Brandgefahr: Aurora ruft 300.000 Geschirrspüler zurück",
   "Der Hausgerätehersteller Aurora Appliances ruft europaweit rund 300.000 seit 2022 verkaufte Geschirrspüler zurück. Ein Steckverbinder am Heizelement könne überhitzen; bislang seien vier kleinere Brände bekannt."),
  ("translation", "el-faro", "es", 260, 2, "Aurora retira 300.000 lavavajillas por riesgo de incendio",
   "Aurora Appliances ha iniciado la retirada de unos 300.000 lavavajillas vendidos en Europa desde 2022 porque un conector de la resistencia puede sobrecalentarse. Se han registrado cuatro pequeños incendios."),
)
S("aurora-kettle-recall", "2026-04-27T10:00",
  ("lookalike", "harbor-wire", "en", 0, 1, "Aurora Appliances recalls 15,000 kettles over scald risk",
   "STOCKHOLM (Harbor) - Aurora Appliances is recalling about 15,000 electric kettles sold in Britain and Ireland because the lid can open unexpectedly while pouring, posing a scald risk, the company said on Monday."),
  ("translation", "rheinblatt", "de", 100, 2, "Aurora ruft 15.000 Wasserkocher zurück",
   "Aurora Appliances ruft rund 15.000 in Großbritannien und Irland verkaufte Wasserkocher zurück. Der Deckel könne sich beim Ausgießen öffnen, es bestehe Verbrühungsgefahr, teilte das Unternehmen mit."),
)
S("kirkby-manager", "2026-04-13T18:00",
  ("original", "evening-post", "en", 0, 1, "Kirkby Town appoint Sean Doyle as manager",
   "Kirkby Town have appointed former Castleford Rovers boss Sean Doyle as their new manager on a deal until the end of next season. The 46-year-old replaces Mark Bright, who was sacked last week with the club 19th."),
  ("rewrite", "granite-gazette", "en", 900, 3, "Doyle takes charge at Kirkby",
   "Sean Doyle is the new manager of Kirkby Town. The ex-Castleford Rovers boss, 46, succeeds the sacked Mark Bright and has signed until the end of next season…"),
)
S("dax-close-0414", "2026-04-14T17:50",
  ("original", "rheinblatt", "de", 0, 1, "DAX schließt 1,1 Prozent fester bei 23.905 Punkten",
   "Der Deutsche Aktienindex hat den Handel am Dienstag mit einem Plus von 1,1 Prozent bei 23.905 Punkten beendet. Gefragt waren Chemiewerte; BASF legte nach Zahlen 4,2 Prozent zu."),
  ("copy", "harbor-wire", "de", 15, 1, "Dax steigt um 1,1 Prozent - BASF nach Zahlen gefragt",
   "FRANKFURT (Harbor) - Der Dax hat am Dienstag 1,1 Prozent höher bei 23.905 Punkten geschlossen. Chemiewerte führten die Gewinnerliste an, BASF stiegen nach Quartalszahlen um 4,2 Prozent."),
)
S("mib-close-0409", "2026-04-09T17:45",
  ("original", "agenzia-ponte", "it", 0, 1, "Borsa: Milano chiude in rialzo dello 0,6%, bene le banche",
   "MILANO, 9 APR - (Ponte) Piazza Affari chiude in rialzo dello 0,6%, con il Ftse Mib a 38.412 punti. Acquisti sulle banche dopo la decisione della Bce: Unicredit sale del 2,4%, Intesa Sanpaolo dell'1,8%."),
  ("copy", "corriere-laguna", "it", 200, 2, "Piazza Affari chiude a +0,6%, corrono Unicredit e Intesa",
   "Seduta positiva per la Borsa di Milano: il Ftse Mib ha chiuso a 38.412 punti, in rialzo dello 0,6%. Bene i bancari, con Unicredit a +2,4% e Intesa Sanpaolo a +1,8%."),
)
S("ftse-close-0416", "2026-04-16T16:50",
  ("original", "markets-desk", "en", 0, 1, "FTSE 100 closes up 0.5% as housebuilders rally",
   "London's FTSE 100 ended Thursday 0.5% higher at 8,791.7 points, led by housebuilders after mortgage approvals beat forecasts. Oakridge Homes climbed 4.4%."),
  ("rewrite", "harbor-wire", "en", 20, 1, "UK shares rise as strong mortgage data lifts homebuilders",
   "LONDON (Harbor) - Britain's FTSE 100 added 0.5% to finish at 8,791.7 on Thursday as housebuilders rallied on better-than-expected mortgage approvals. Oakridge Homes gained 4.4%."),
)
S("italy-housing-plan", "2026-04-23T19:10",
  ("original", "agenzia-ponte", "it", 0, 1, "Via libera del Consiglio dei ministri al piano casa da 1,5 miliardi",
   "ROMA, 23 APR - (Ponte) Il Consiglio dei ministri ha approvato il piano casa da 1,5 miliardi di euro: prevede 12 mila alloggi a canone calmierato entro il 2030 e una garanzia pubblica sui mutui per gli under 36."),
  ("rewrite", "corriere-laguna", "it", 160, 2, "Casa, il governo approva il piano: 12 mila alloggi e mutui garantiti ai giovani",
   "Dodicimila alloggi a canone calmierato entro il 2030 e la garanzia dello Stato sui mutui per chi ha meno di 36 anni: sono i pilastri del piano casa da 1,5 miliardi approvato dal governo."),
  ("translation", "harbor-wire", "en", 210, 2, "Italy approves 1.5 bln euro housing plan",
   "ROME (Harbor) - Italy's cabinet approved on Thursday a 1.5 billion euro housing plan that aims to deliver 12,000 homes at capped rents by 2030 and offers a state guarantee on mortgages for people under 36."),
)
S("storebaelt-ferry", "2026-04-11T14:30",
  ("original", "nordpress", "en", 0, 1, "Ferry with 412 aboard loses power in Denmark's Great Belt",
   "COPENHAGEN (Nordpress) - A ferry carrying 412 passengers and crew lost engine power in the Great Belt strait on Saturday and drifted for two hours before tugs towed it to Korsør, the Danish maritime authority said. No one was injured."),
  ("rewrite", "harbor-wire", "en", 60, 1, "Danish ferry adrift for two hours before tugs bring it in",
   "COPENHAGEN (Harbor) - Tugboats towed a ferry with 412 people on board into the port of Korsør on Saturday after it suffered an engine failure in the Great Belt and drifted for about two hours, Danish authorities said."),
  ("translation", "nordpress", "da", 20, 1, "Færge med 412 om bord mistede motorkraften i Storebælt",
   "KØBENHAVN (Nordpress) - En færge med 412 passagerer og besætningsmedlemmer mistede lørdag motorkraften i Storebælt og drev rundt i to timer, før slæbebåde fik den bugseret til Korsør. Ingen kom til skade, oplyser Søfartsstyrelsen."),
  ("cut", "daily-ledger", "en", 320, 2, "Danish ferry towed to port after engine failure",
   "A ferry carrying 412 passengers and crew drifted for two hours in Denmark's Great Belt on Saturday after losing engine power, before tugs towed it to Korsør…"),
)
S("paris-farmers-protest", "2026-04-15T16:30",
  ("original", "meridien-presse", "fr", 0, 1, "Manifestation d'agriculteurs à Paris : la FNSEA revendique 25.000 participants",
   "PARIS, 15 avril (AMP) - Quelque 25.000 agriculteurs ont défilé mercredi à Paris contre l'accord commercial UE-Mercosur, selon la FNSEA, qui a conduit 600 tracteurs jusqu'à la place de la Nation."),
  ("rewrite", "rhone-matin", "fr", 140, 2, "Colère agricole : 8.000 manifestants à Paris selon la préfecture",
   "La préfecture de police a compté 8.000 manifestants mercredi à Paris lors du rassemblement d'agriculteurs contre l'accord UE-Mercosur, loin des 25.000 annoncés par la FNSEA. Quelque 600 tracteurs ont rejoint la Nation."),
  ("translation", "harbor-wire", "en", 190, 2, "French farmers drive tractors into Paris to protest Mercosur deal",
   "PARIS (Harbor) - French farmers drove some 600 tractors into Paris on Wednesday to protest against the EU-Mercosur trade deal. The FNSEA union said 25,000 people marched; police put the figure at 8,000."),
)
S("odense-cyberattack", "2026-04-20T07:00",
  ("original", "nordpress", "da", 0, 2, "Hackerangreb lammer Odense Kommunes it-systemer",
   "ODENSE (Nordpress) - Odense Kommune er ramt af et ransomware-angreb, der har lagt borgerservice, skoleintra og hjemmeplejens planlægningssystem ned. Kommunen har lukket alle eksterne forbindelser og politianmeldt angrebet."),
  ("rewrite", "havnebladet", "da", 100, 1, "Ransomware i Odense: Hjemmeplejen kører på papir",
   "Et ransomware-angreb mod Odense Kommune har sendt hjemmeplejen tilbage til papirlister. Også borgerservice og skoleintra er nede, og kommunen har kappet forbindelsen til omverdenen, mens politiet efterforsker."),
  ("translation", "nordpress", "en", 45, 1, "Ransomware attack cripples Danish city of Odense's IT systems",
   "ODENSE (Nordpress) - A ransomware attack has knocked out citizen services, school platforms and the home-care planning system of Odense municipality, Denmark's third-largest city, which has cut all external connections."),
  ("rewrite", "daily-ledger", "en", 300, 2, "Danish city's care workers back to pen and paper after hack",
   "Home-care staff in Odense were working from paper lists on Monday after a ransomware attack shut down the Danish municipality's IT systems, including its citizen service centre, Nordpress reported."),
)
S("palma-atc-strike", "2026-04-24T06:30",
  ("original", "el-faro", "es", 0, 1, "Huelga de controladores en el aeropuerto de Palma: 64 vuelos cancelados",
   "La huelga de los controladores aéreos de la torre de Son Sant Joan, gestionada por una empresa privada, ha obligado a cancelar 64 vuelos este viernes en Palma, según Aena. Reclaman la contratación de ocho controladores más."),
  ("copy", "harbor-wire", "es", 90, 1, "Palma: 64 vuelos cancelados por el paro de los controladores",
   "PALMA (Harbor) - Aena canceló el viernes 64 vuelos en el aeropuerto de Palma de Mallorca por la huelga de los controladores de la torre, que exigen que se contrate a ocho profesionales más."),
)
S("wroclaw-odra", "2026-04-10T08:30",
  ("original", "kurier-wislany", "pl", 0, 2, "Odra we Wrocławiu przekroczyła stan alarmowy",
   "Poziom Odry we Wrocławiu przekroczył w piątek rano stan alarmowy i wynosi 5,12 m na wodowskazie Trestno. Prezydent miasta ogłosił pogotowie przeciwpowodziowe, a fala kulminacyjna ma dotrzeć w sobotę."),
  ("rewrite", "gazeta-poranna", "pl", 90, 1, "Wrocław w pogotowiu. Odra ponad stanem alarmowym",
   "Wrocław ogłosił w piątek pogotowie przeciwpowodziowe. Na wodowskazie Trestno Odra osiągnęła 5,12 m, czyli powyżej stanu alarmowego; kulminacja fali spodziewana jest w sobotę."),
)
S("antwerp-jewel-theft", "2026-04-06T10:40",
  ("original", "harbor-wire", "en", 0, 1, "Robbers steal diamonds worth 4 mln euros from Antwerp dealer",
   "BRUSSELS (Harbor) - Armed robbers posing as couriers stole diamonds worth about 4 million euros from a dealer's office in Antwerp's diamond district on Monday morning, Belgian police said. No one was hurt."),
  ("rewrite", "evening-post", "en", 220, 2, "Fake couriers pull off €4m Antwerp diamond heist",
   "Gunmen disguised as delivery drivers walked into a dealer's office in Antwerp's diamond quarter and escaped with stones worth around €4m, police in Belgium said. Nobody was injured."),
  ("translation", "meridien-presse", "fr", 65, 1, "Anvers : des diamants d'une valeur de 4 millions d'euros volés",
   "BRUXELLES, 6 avril (AMP) - Des malfaiteurs armés se faisant passer pour des coursiers ont dérobé lundi matin des diamants estimés à 4 millions d'euros dans les bureaux d'un négociant du quartier diamantaire d'Anvers, selon la police."),
)
S("orenburg-flood", "2026-04-13T08:00",
  ("original", "severny-vestnik", "ru", 0, 2, "В Оренбурге уровень Урала превысил критическую отметку",
   "ОРЕНБУРГ, 13 апреля — Северный вестник. Уровень воды в реке Урал у Оренбурга поднялся до 9,4 метра при критической отметке 9,3 метра, сообщили в региональном ГУ МЧС. Подтоплены 140 приусадебных участков в посёлке Ленина."),
  ("rewrite", "volga-news", "ru", 100, 1, "Оренбург: Урал вышел выше критической отметки, подтоплены 140 участков",
   "Паводок в Оренбурге: уровень Урала достиг 9,4 м, тогда как критическая отметка — 9,3 м. По данным МЧС, в посёлке Ленина подтоплены 140 приусадебных участков."),
  ("update", "volga-news", "ru", 520, 3, "В Оренбурге вода в Урале начала медленно прибывать ещё на 5 см в сутки",
   "Урал у Оренбурга продолжает подниматься примерно на 5 см в сутки после утреннего превышения критической отметки в 9,3 м. Подтоплены 140 участков […]"),
)
S("madeira-election", "2026-04-19T23:20",
  ("original", "correio-atlantico", "pt", 0, 1, "PSD vence na Madeira e recupera maioria absoluta",
   "O PSD venceu as eleições regionais da Madeira deste domingo com 49,6% dos votos e 24 dos 47 deputados, recuperando a maioria absoluta. O JPP foi a segunda força, com 11 mandatos."),
  ("copy", "meridien-presse", "pt", 70, 1, "Madeira: PSD reconquista maioria absoluta com 24 deputados",
   "FUNCHAL, 19 abr (AMP) - O PSD reconquistou a maioria absoluta na Assembleia Legislativa da Madeira, com 49,6% e 24 deputados, segundo os resultados provisórios. O JPP elegeu 11 deputados."),
)
S("campi-flegrei-quake", "2026-04-25T21:47",
  ("original", "agenzia-ponte", "it", 0, 1, "Campi Flegrei, scossa di magnitudo 3.9: paura a Pozzuoli",
   "NAPOLI, 25 APR - (Ponte) Una scossa di magnitudo 3.9 è stata registrata alle 21.47 dall'Osservatorio Vesuviano con epicentro nell'area della Solfatara, a Pozzuoli, a 2 km di profondità. Molte persone sono scese in strada; verifiche in corso."),
  ("copy", "corriere-laguna", "it", 130, 2, "Terremoto di magnitudo 3.9 ai Campi Flegrei, gente in strada",
   "Ancora una scossa ai Campi Flegrei: alle 21.47 la terra ha tremato con magnitudo 3.9, epicentro alla Solfatara. Molti residenti di Pozzuoli hanno lasciato le case; l'ipocentro era a 2 km."),
)
S("aalborg-stabbing-appeal", "2026-04-09T12:00",
  ("original", "havnebladet", "da", 0, 1, "Politiet efterlyser vidner efter knivstik i Aalborg centrum",
   "Nordjyllands Politi efterlyser vidner efter et knivstikkeri på Jomfru Ane Gade i Aalborg natten til onsdag kl. 02.40. En 21-årig mand blev stukket i ryggen og er indlagt; gerningsmanden flygtede mod Boulevarden."),
  ("copy", "nordpress", "da", 80, 2, "21-årig stukket ned på Jomfru Ane Gade",
   "AALBORG (Nordpress) - En 21-årig mand blev natten til onsdag stukket i ryggen på Jomfru Ane Gade i Aalborg. Gerningsmanden løb mod Boulevarden, og Nordjyllands Politi efterlyser vidner."),
)
S("euromillions-scotland", "2026-04-11T08:30",
  ("original", "evening-post", "en", 0, 1, "Scottish ticket wins £88m EuroMillions jackpot",
   "A single ticket bought in Scotland has scooped Friday's £88.2m EuroMillions jackpot, the National Lottery said. The numbers were 8, 12, 25, 36, 49 and Lucky Stars 5 and 11. The winner has yet to make a claim."),
  ("regional", "granite-gazette", "en", 1560, 3, "Check your tickets: £88m EuroMillions prize won in Scotland",
   "Lottery bosses are urging players in Scotland to check their tickets after Friday's entire £88.2m EuroMillions jackpot went to a single ticket sold north of the border."),
)
S("rhone-storm-alert", "2026-04-28T15:00",
  ("original", "rhone-matin", "fr", 0, 1, "Orages : le Rhône et l'Isère en vigilance orange ce mardi soir",
   "Météo-France a placé le Rhône et l'Isère en vigilance orange orages à partir de mardi 18 heures. Des grêlons de 3 à 4 cm et des rafales jusqu'à 100 km/h sont attendus; la Ville de Lyon ferme ses parcs."),
  ("copy", "meridien-presse", "fr", 50, 1, "Vigilance orange orages dans le Rhône et l'Isère, grêle et rafales attendues",
   "LYON, 28 avril (AMP) - Le Rhône et l'Isère passent en vigilance orange orages mardi à 18h00, avec des risques de grêle de 3 à 4 centimètres et de rafales jusqu'à 100 km/h, selon Météo-France. Les parcs lyonnais seront fermés."),
)
S("thames-water-fine", "2026-04-07T11:00",
  ("original", "daily-ledger", "en", 0, 1, "Thames Water fined £40m over sewage spills",
   "By Oliver Grant, Environment Correspondent. Thames Water has been fined £40m by Ofwat for failing to prevent illegal sewage discharges at 17 treatment works between 2021 and 2024, the largest penalty the regulator has imposed on a single firm."),
  ("rewrite", "harbor-wire", "en", 40, 1, "UK regulator hits Thames Water with record 40 mln pound penalty",
   "LONDON (Harbor) - Britain's water regulator Ofwat fined Thames Water 40 million pounds on Tuesday for illegal sewage discharges at 17 treatment works from 2021 to 2024, a record for a single company."),
  ("rewrite", "evening-post", "en", 230, 2, "Record fine for Thames Water after years of sewage dumping",
   "Ofwat has ordered Thames Water to pay £40m after finding that 17 of its treatment works illegally released sewage between 2021 and 2024. Campaigners said the penalty would end up on customers' bills."),
)
# ===================== HELD-OUT: look-alikes =====================
L("ecb-cut-apr", "2026-04-16T12:15", "lookalike", "harbor-wire", "en", 1, "ECB cuts deposit rate to 2.0% as growth falters",
  "FRANKFURT (Harbor) - The European Central Bank cut its deposit rate by 25 basis points to 2.0% on Thursday, saying weaker growth and a stronger euro were pulling inflation below its 2% target.")
L("cbr-cut-apr", "2026-04-24T10:30", "lookalike", "severny-vestnik", "ru", 1, "ЦБ снизил ключевую ставку до 16%",
  "МОСКВА, 24 апреля — Северный вестник. Банк России по итогам заседания совета директоров снизил ключевую ставку на 100 базисных пунктов, до 16% годовых. Регулятор указал на устойчивое замедление инфляции.")
L("nationalbanken-cut", "2026-04-16T12:20", "lookalike", "nordpress", "da", 2, "Nationalbanken sænker renten med 0,25 procentpoint",
  "KØBENHAVN (Nordpress) - Danmarks Nationalbank sænker sin udlånsrente med 0,25 procentpoint til 1,85 procent, efter at Den Europæiske Centralbank har sat renten ned. Beslutningen har virkning fra fredag.")
L("nbp-hold-apr", "2026-04-08T14:10", "lookalike", "kurier-wislany", "pl", 2, "RPP pozostawiła stopy procentowe bez zmian",
  "Rada Polityki Pieniężnej pozostawiła w środę stopy procentowe bez zmian; stopa referencyjna NBP wynosi nadal 5,00 proc. Decyzja była zgodna z oczekiwaniami ekonomistów.")
L("iceland-quake", "2026-04-08T23:10", "lookalike", "harbor-wire", "en", 3, "Magnitude 4.7 earthquake shakes Iceland's Reykjanes peninsula",
  "REYKJAVIK (Harbor) - An earthquake of magnitude 4.7 shook Iceland's Reykjanes peninsula on Wednesday night and was felt in Reykjavik, the Icelandic Met Office said. There were no signs of an imminent eruption.")
L("peru-quake", "2026-04-19T03:30", "lookalike", "el-faro", "es", 1, "Un terremoto de magnitud 6,4 sacude el sur de Perú",
  "Un sismo de magnitud 6,4 sacudió la noche del sábado la región peruana de Arequipa, informó el Instituto Geofísico del Perú. Se reportan daños en viviendas de adobe y tres heridos leves.")
L("altai-quake", "2026-04-17T09:05", "lookalike", "severny-vestnik", "ru", 1, "На Алтае произошло землетрясение магнитудой 5,0",
  "ГОРНО-АЛТАЙСК, 17 апреля — Северный вестник. Землетрясение магнитудой 5,0 произошло в Кош-Агачском районе Республики Алтай, сообщили в Алтае-Саянском филиале геофизической службы РАН. Разрушений нет.")
L("patras-aftershock", "2026-04-15T17:40", "lookalike", "harbor-wire", "en", 3, "Magnitude 4.5 aftershock hits Greece's Patras area a day after quake",
  "ATHENS (Harbor) - A magnitude 4.5 aftershock struck near Patras on Wednesday afternoon, a day after a 5.6 quake in western Greece, seismologists said. Schools in two villages were closed for inspections.")
L("aarhus-airport-strike", "2026-04-27T05:40", "lookalike", "havnebladet", "da", 1, "Strejke i Aarhus Lufthavn: Alle morgenafgange aflyst",
  "Brandmænd og sikkerhedspersonale i Aarhus Lufthavn har mandag morgen nedlagt arbejdet i en strid om overarbejde. Lufthavnen har aflyst alle afgange før kl. 12, oplyser den på sin hjemmeside.")
L("porto-airport-strike", "2026-04-10T06:10", "lookalike", "correio-atlantico", "pt", 1, "Greve no aeroporto do Porto: 70 voos cancelados",
  "A greve dos trabalhadores da segurança no aeroporto Francisco Sá Carneiro, no Porto, obrigou ao cancelamento de 70 voos esta sexta-feira, segundo a ANA. O sindicato reclama aumentos salariais de 8%.")
L("krakow-airport-strike", "2026-04-23T07:00", "lookalike", "gazeta-poranna", "pl", 1, "Strajk na lotnisku w Balicach. Odwołane loty do Londynu i Oslo",
  "Pracownicy obsługi naziemnej Kraków Airport w Balicach rozpoczęli w czwartek rano strajk ostrzegawczy. Odwołano sześć lotów, m.in. do Londynu i Oslo, a kolejne są opóźnione o kilka godzin.")
L("malpensa-strike", "2026-04-17T06:30", "lookalike", "agenzia-ponte", "it", 1, "Sciopero a Malpensa, cancellati 90 voli",
  "MILANO, 17 APR - (Ponte) Lo sciopero di 24 ore del personale di terra proclamato dai sindacati di base ha portato alla cancellazione di 90 voli all'aeroporto di Malpensa, secondo la Sea. Disagi anche a Linate.")
L("rostock-warehouse-fire", "2026-04-24T21:30", "lookalike", "nordsee-kurier", "de", 3, "Großfeuer im Rostocker Überseehafen: Lagerhalle brennt",
  "Im Rostocker Überseehafen brennt seit Freitagabend eine Lagerhalle mit Düngemitteln. Rund 110 Feuerwehrleute sind im Einsatz, Anwohner in Dierkow und Toitenwinkel sollen Fenster und Türen geschlossen halten.")
L("saint-etienne-fire", "2026-04-09T04:00", "lookalike", "rhone-matin", "fr", 1, "Saint-Étienne : un incendie dans une tour de Montreynaud, 30 habitants évacués",
  "Un incendie s'est déclaré dans la nuit dans une tour de douze étages du quartier de Montreynaud, à Saint-Étienne. Une trentaine d'habitants ont été évacués; trois personnes ont été légèrement intoxiquées.")
L("porto-building-fire", "2026-04-21T22:30", "lookalike", "correio-atlantico", "pt", 3, "Incêndio em prédio na Ribeira do Porto desaloja 15 pessoas",
  "Um incêndio num prédio de três andares na Ribeira, no Porto, obrigou esta terça-feira à noite a desalojar 15 moradores. Um bombeiro sofreu ferimentos ligeiros, segundo o Batalhão de Sapadores Bombeiros.")
L("germany-cpi-apr", "2026-04-29T12:00", "lookalike", "harbor-wire", "en", 2, "German inflation edges up to 2.2% in April - flash estimate",
  "BERLIN (Harbor) - German consumer prices rose 2.2% year on year in April, up from 2.0% in March, the federal statistics office said in a preliminary estimate on Wednesday. Economists had expected 2.1%.")
L("italy-cpi-apr", "2026-04-30T10:00", "lookalike", "agenzia-ponte", "it", 1, "Istat, ad aprile inflazione in salita all'1,9%",
  "ROMA, 30 APR - (Ponte) Ad aprile l'indice nazionale dei prezzi al consumo è aumentato dell'1,9% su base annua, dall'1,6% di marzo, secondo la stima preliminare dell'Istat. Pesano i beni energetici.")
L("france-cpi-apr", "2026-04-30T07:45", "lookalike", "meridien-presse", "fr", 1, "L'inflation en France remonte à 1,3% sur un an en avril",
  "PARIS, 30 avril (AMP) - Les prix à la consommation ont augmenté de 1,3% sur un an en avril en France, après 1,0% en mars, selon l'estimation provisoire publiée jeudi par l'Insee.")
L("portugal-cpi-apr", "2026-04-30T11:00", "lookalike", "correio-atlantico", "pt", 2, "Inflação em Portugal sobe para 2,4% em abril",
  "A taxa de inflação em Portugal subiu para 2,4% em abril, face a 2,1% em março, segundo a estimativa rápida do INE. A inflação subjacente manteve-se em 2,3%.")
L("russia-cpi-week", "2026-04-22T16:30", "lookalike", "severny-vestnik", "ru", 2, "Росстат: инфляция в России за неделю составила 0,05%",
  "МОСКВА, 22 апреля — Северный вестник. Потребительские цены в России за неделю с 15 по 21 апреля выросли на 0,05%, сообщил Росстат. С начала года инфляция составила 2,31%.")
L("denmark-cpi-mar", "2026-04-10T08:00", "lookalike", "nordpress", "da", 1, "Inflationen i Danmark faldt til 1,8 procent i marts",
  "KØBENHAVN (Nordpress) - Forbrugerpriserne i Danmark steg med 1,8 procent i marts sammenlignet med samme måned sidste år, mod 2,0 procent i februar, oplyser Danmarks Statistik. Lavere elpriser trak ned.")
L("untmis-renewal", "2026-04-28T20:00", "lookalike", "harbor-wire", "en", 3, "UN Security Council extends Somalia mission by six months",
  "UNITED NATIONS (Harbor) - The U.N. Security Council on Tuesday extended the mandate of the U.N. Transitional Assistance Mission in Somalia, UNTMIS, by six months until October 31, 2026, in a unanimous vote.")
L("binuh-renewal", "2026-04-14T21:10", "lookalike", "meridien-presse", "fr", 3, "Haïti : l'ONU prolonge le mandat du Binuh jusqu'en 2027",
  "NEW YORK, 14 avril (AMP) - Le Conseil de sécurité de l'ONU a prolongé mardi jusqu'en janvier 2027 le mandat du Bureau intégré des Nations unies en Haïti (Binuh), par 13 voix pour et deux abstentions.")
L("hesse-vote", "2026-04-19T18:40", "lookalike", "rheinblatt", "de", 1, "Kommunalwahl in Hessen: SPD knapp vor CDU",
  "Bei den Kommunalwahlen in Hessen liegt die SPD nach ersten Trendergebnissen mit 29,4 Prozent knapp vor der CDU mit 28,9 Prozent. Die Grünen erreichen 13,1 Prozent, die Wahlbeteiligung sank auf 44 Prozent.")
L("trentino-vote", "2026-04-26T23:40", "lookalike", "agenzia-ponte", "it", 3, "Comunali in Trentino, il centrosinistra vince a Trento con il 54%",
  "TRENTO, 26 APR - (Ponte) Il candidato del centrosinistra è stato eletto sindaco di Trento al primo turno con il 54,2% dei voti, secondo i dati definitivi. Il centrodestra si ferma al 37,5%.")
L("hvidsten-q1", "2026-04-28T06:35", "lookalike", "nordpress", "da", 1, "Hvidsten Bank skuffer i første kvartal",
  "KØBENHAVN (Nordpress) - Hvidsten Bank fik et resultat før skat på 420 mio. kr. i første kvartal mod 495 mio. kr. året før. Banken fastholder forventningen til året, men nedskrivningerne steg.")
L("tidewater-q1", "2026-04-29T06:45", "lookalike", "markets-desk", "en", 1, "Tidewater Foods Q1 profit misses forecasts, shares fall",
  "Tidewater Foods reported first-quarter operating profit of 212 million pounds, down 8% and below analysts' forecasts, and kept its full-year outlook unchanged. Shares fell 4% in early London trade.")
L("nn-bridge-closure", "2026-04-09T10:00", "lookalike", "volga-news", "ru", 1, "В Нижнем Новгороде на лето закроют Канавинский мост",
  "Канавинский мост в Нижнем Новгороде будет закрыт для автомобилей с 1 мая по 1 сентября из-за ремонта деформационных швов, сообщили в администрации города. Общественный транспорт пустят по Молитовскому мосту.")
L("etna-paroxysm-0424", "2026-04-24T05:50", "lookalike", "corriere-laguna", "it", 1, "Etna, nuova fontana di lava dal cratere di Sud-Est: aeroporto aperto",
  "Nuovo parossismo dell'Etna nella notte: fontana di lava dal cratere di Sud-Est e nube di cenere alta 5 chilometri. Questa volta l'aeroporto di Catania resta pienamente operativo, spiega la Sac.")
L("barcelona-cablecar-cause", "2026-04-08T16:00", "lookalike", "harbor-wire", "en", 3, "Barcelona cable car stoppage caused by faulty transformer, operator says",
  "BARCELONA (Harbor) - A faulty transformer caused the power failure that left 46 passengers stranded on Barcelona's port cable car on Tuesday, the operator said on Wednesday, adding the line would stay closed for at least a week.")
L("paylink-cause", "2026-04-20T17:30", "lookalike", "harbor-wire", "en", 3, "Paylink says database upgrade triggered Saturday's card outage; FCA to review",
  "LONDON (Harbor) - Paylink said on Monday a botched database upgrade caused Saturday's four-hour card payments outage, and the Financial Conduct Authority said it would review the company's resilience arrangements.")
L("kiel-fire-cause", "2026-04-17T13:00", "lookalike", "nordsee-kurier", "de", 2, "Brand auf Kieler Werft: Kripo geht von technischem Defekt aus",
  "Zwei Tage nach dem Großfeuer in einer Fertigungshalle am Ostufer der Kieler Förde gehen die Ermittler von einem technischen Defekt an einer Schweißanlage aus. Den Schaden schätzt die Werft auf rund 20 Millionen Euro.")
L("ig-metall-nrw", "2026-04-28T08:30", "lookalike", "rheinblatt", "de", 1, "IG Metall weitet Warnstreiks auf Nordrhein-Westfalen aus",
  "Die IG Metall hat ihre Warnstreiks in der Metall- und Elektroindustrie am Dienstag auf Nordrhein-Westfalen ausgeweitet. Nach Gewerkschaftsangaben beteiligten sich rund 25.000 Beschäftigte in 140 Betrieben.")
# ===================== HELD-OUT: fixed-wording series (templates) =====================
L("dax-close-0413", "2026-04-13T17:50", "template", "rheinblatt", "de", 2, "DAX schließt 0,3 Prozent schwächer bei 23.645 Punkten",
  "Der Deutsche Aktienindex hat den Handel am Montag mit einem Minus von 0,3 Prozent bei 23.645 Punkten beendet. Unter Druck standen Versorger; RWE verlor 1,9 Prozent.")
L("dax-close-0415", "2026-04-15T17:50", "template", "rheinblatt", "de", 3, "DAX schließt 0,2 Prozent fester bei 23.951 Punkten",
  "Der Deutsche Aktienindex hat den Handel am Mittwoch mit einem Plus von 0,2 Prozent bei 23.951 Punkten beendet. Gefragt waren Softwarewerte; SAP legte 1,3 Prozent zu.")
L("mib-close-0408", "2026-04-08T17:45", "template", "agenzia-ponte", "it", 2, "Borsa: Milano chiude in calo dello 0,4%, pesano gli energetici",
  "MILANO, 8 APR - (Ponte) Piazza Affari chiude in calo dello 0,4%, con il Ftse Mib a 38.183 punti. Vendite sugli energetici dopo il calo del greggio: Eni cede l'1,7%, Saipem il 2,3%.")
L("mib-close-0410", "2026-04-10T17:45", "template", "agenzia-ponte", "it", 3, "Borsa: Milano chiude in rialzo dello 0,2%, bene le utility",
  "MILANO, 10 APR - (Ponte) Piazza Affari chiude in rialzo dello 0,2%, con il Ftse Mib a 38.489 punti. Acquisti sulle utility: Enel sale dell'1,1%, Terna dello 0,9%.")
L("ftse-close-0415", "2026-04-15T16:50", "template", "markets-desk", "en", 2, "FTSE 100 closes down 0.4% as banks slip",
  "London's FTSE 100 ended Wednesday 0.4% lower at 8,748.2 points, weighed down by banking stocks ahead of US earnings. Barclays lost 2.0%.")
L("ftse-close-0417", "2026-04-17T16:50", "template", "markets-desk", "en", 3, "FTSE 100 closes up 0.1% as miners edge higher",
  "London's FTSE 100 ended Friday 0.1% higher at 8,802.5 points, supported by mining stocks as metal prices firmed. Anglo-Pacific Resources rose 1.8%.")
L("ibex-close-0414", "2026-04-14T16:45", "template", "el-faro", "es", 2, "El Ibex 35 cierra con una subida del 1,0% y supera los 12.100 puntos",
  "El Ibex 35 ha cerrado la sesión de este martes con un avance del 1,0%, hasta los 12.118 puntos, impulsado por la banca. Santander y BBVA lideraron las subidas.")
L("cac-close-0414", "2026-04-14T17:40", "template", "meridien-presse", "fr", 2, "Le CAC 40 termine en hausse de 0,9% à 8.240 points",
  "PARIS, 14 avril (AMP) - La Bourse de Paris a clôturé mardi en hausse de 0,9%, le CAC 40 gagnant 73,4 points à 8.240,12 points, portée par les valeurs industrielles. Schneider Electric a pris 3,0%.")
L("c25-close-0429", "2026-04-29T17:15", "template", "nordpress", "da", 3, "C25-indekset lukker 1,2 procent højere",
  "KØBENHAVN (Nordpress) - Det toneangivende C25-indeks lukkede onsdag 1,2 procent højere på 1.964 point. Skovgaard Pharma trak op efter regnskabet og steg 5,3 procent.")
L("moex-close-0416", "2026-04-16T19:00", "template", "severny-vestnik", "ru", 3, "Индекс Мосбиржи по итогам торгов снизился на 0,6%",
  "МОСКВА, 16 апреля — Северный вестник. Индекс Московской биржи по итогам основной сессии четверга снизился на 0,6%, до 2912 пунктов. Под давлением оказались акции нефтяных компаний.")
L("weather-granite-0413", "2026-04-13T06:00", "template", "granite-gazette", "en", 1, "Weather: Sunny spells, chilly breeze",
  "Today's forecast: sunny spells for most of the day, with a chilly northerly breeze. Highs of 12C, lows tonight of 3C with a touch of frost in rural spots.")
L("weather-granite-0414", "2026-04-14T06:00", "template", "granite-gazette", "en", 1, "Weather: Sunny spells, rain later",
  "Today's forecast: sunny spells this morning, with rain arriving from the west by evening. Highs of 13C, lows tonight of 7C. Winds freshening, south-westerly.")
L("vejret-0421", "2026-04-21T05:30", "template", "havnebladet", "da", 1, "Vejret: Sol fra morgenstunden, byger i Jylland",
  "Vejret i dag: Solrigt fra morgenstunden over det meste af landet, men i eftermiddag kan der komme enkelte byger i Jylland. Temperaturen når op mellem 11 og 15 grader. Jævn vind fra vest.")
L("meteo-rhone-0422", "2026-04-22T06:00", "template", "rhone-matin", "fr", 1, "Météo : une journée ensoleillée sur Lyon, jusqu'à 22 degrés",
  "La météo de ce mercredi : grand soleil sur Lyon et le Rhône après la dissipation des brumes matinales. Les températures maximales atteindront 20 à 22 degrés, les minimales 8 degrés.")
L("rub-rate-0407", "2026-04-07T15:00", "template", "severny-vestnik", "ru", 2, "ЦБ установил официальный курс доллара на 8 апреля",
  "МОСКВА, 7 апреля — Северный вестник. Центробанк установил официальный курс доллара на 8 апреля в размере 86,92 рубля, что на 54 копейки ниже предыдущего значения. Курс евро составил 95,48 рубля.")
L("rub-rate-0408", "2026-04-08T15:00", "template", "severny-vestnik", "ru", 2, "ЦБ установил официальный курс доллара на 9 апреля",
  "МОСКВА, 8 апреля — Северный вестник. Центробанк установил официальный курс доллара на 9 апреля в размере 87,10 рубля, что на 18 копеек выше предыдущего значения. Курс евро составил 95,77 рубля.")
L("euro-dolar-pt-0420", "2026-04-20T09:00", "template", "correio-atlantico", "pt", 1, "Euro abre em alta face ao dólar, a 1,0962",
  "O euro abriu esta segunda-feira em alta face ao dólar, a negociar a 1,0962 dólares, contra 1,0938 no fecho de sexta-feira. O BCE fixou na sexta o câmbio de referência em 1,0941 dólares.")
L("briefing-0420", "2026-04-20T05:30", "template", "daily-ledger", "en", 1, "Morning Briefing: Eiffel Tower strike, Danish hack, and card chaos fallout",
  "Good morning. Here's what you need to know to start your day: Paris braces for a walkout at the Eiffel Tower, a Danish city's systems are hit by hackers, and questions mount over Saturday's card outage.")
L("briefing-0421", "2026-04-21T05:30", "template", "daily-ledger", "en", 1, "Morning Briefing: Tunnel delays, chemical alert, and spring frost",
  "Good morning. Here's what you need to know to start your day: a Denmark-Germany tunnel slips again, a chemical plant alarm in Spain, and gardeners are warned of a late frost.")
L("appeal-armley-robbery", "2026-04-08T11:00", "template", "granite-gazette", "en", 1, "Police appeal for witnesses after robbery at Armley convenience store",
  "Police are appealing for witnesses after a robbery at a convenience store on Town Street, Armley, at about 9.50pm on Tuesday. A man threatened staff with a hammer and took cash. Anyone with information is asked to call 101.")
L("appeal-roundhay-collision", "2026-04-19T12:30", "template", "granite-gazette", "en", 2, "Police appeal for witnesses after motorcyclist seriously hurt in Roundhay crash",
  "Police are appealing for witnesses after a 34-year-old motorcyclist was seriously injured in a collision with a van on Roundhay Road at about 7.20pm on Saturday. Anyone with dashcam footage is asked to call 101.")
L("zeugen-cuxhaven", "2026-04-20T10:00", "template", "nordsee-kurier", "de", 1, "Polizei sucht Zeugen nach Einbruch in Cuxhavener Apotheke",
  "Die Polizei Cuxhaven sucht Zeugen eines Einbruchs in eine Apotheke in der Nordersteinstraße in der Nacht zu Sonntag. Die Täter erbeuteten Medikamente und Bargeld. Hinweise unter 04721 573-0.")
L("traffic-a7-0417", "2026-04-17T07:00", "template", "nordsee-kurier", "de", 1, "Verkehr am Morgen: Stau auf der A7 vor dem Elbtunnel",
  "Die Verkehrslage am Freitagmorgen: Auf der A7 staut es sich in Richtung Norden vor dem Elbtunnel auf neun Kilometern, eine Röhre ist wegen Wartungsarbeiten gesperrt. Auf der A1 läuft es.")
L("trafic-lyon-0427", "2026-04-27T07:15", "template", "rhone-matin", "fr", 1, "Trafic : bouchons sur le périphérique nord de Lyon ce lundi matin",
  "Le point trafic de ce lundi matin : la circulation est très dense sur le périphérique nord de Lyon, avec 6 km de bouchons entre Caluire et Vaulx-en-Velin. L'A7 est fluide.")
L("lotto-0411", "2026-04-11T21:30", "template", "evening-post", "en", 3, "Lotto results: Winning numbers for Saturday, April 11",
  "The winning Lotto numbers for Saturday, April 11 are 2, 15, 21, 34, 43, 57 and the bonus ball is 18. The jackpot was an estimated £5.4m. Check your tickets.")
L("lotto-0415", "2026-04-15T21:30", "template", "evening-post", "en", 3, "Lotto results: Winning numbers for Wednesday, April 15",
  "The winning Lotto numbers for Wednesday, April 15 are 9, 13, 26, 31, 48, 55 and the bonus ball is 4. The jackpot was an estimated £2m. Check your tickets.")
L("primitiva-0416", "2026-04-16T21:45", "template", "el-faro", "es", 3, "Resultados de La Primitiva del jueves 16 de abril",
  "La combinación ganadora del sorteo de La Primitiva del jueves 16 de abril ha sido 5, 12, 27, 33, 41, 46, complementario 19 y reintegro 7. No hay acertantes de categoría especial; el bote sube a 38 millones.")
L("ft-kirkby-0411", "2026-04-11T17:05", "template", "granite-gazette", "en", 3, "Full-time: Kirkby Town 1-3 Harbourside United",
  "Full-time at Mill Lane: Kirkby Town 1-3 Harbourside United. Mensah scored twice as Harbourside came from behind to pile more pressure on the hosts. Kirkby stay 19th.")
L("ft-kirkby-0418", "2026-04-18T17:05", "template", "granite-gazette", "en", 3, "Full-time: Kirkby Town 2-2 Northgate Athletic",
  "Full-time at Mill Lane: Kirkby Town 2-2 Northgate Athletic. A late Okafor equaliser denied Sean Doyle a winning start as Kirkby manager. Kirkby move up to 18th.")
# ===================== HELD-OUT: unrelated singles =====================
L("gatwick-runway", "2026-04-09T13:00", "single", "harbor-wire", "en", 2, "UK approves Gatwick second runway plan",
  "LONDON (Harbor) - Britain's transport secretary approved Gatwick Airport's plan to bring its standby northern runway into routine use on Thursday, allowing up to 100,000 extra flights a year by the late 2030s.")
L("seal-pup-rescue", "2026-04-22T14:00", "single", "granite-gazette", "en", 2, "Seal pup found on beach nursed back to health",
  "A grey seal pup found exhausted on a beach near Whitby in January has been released back into the sea after 12 weeks of care at a wildlife rescue centre, volunteers said.")
L("fr-bordeaux-bridge", "2026-04-07T10:00", "single", "meridien-presse", "fr", 1, "Bordeaux : le pont Simone-Veil fermé aux voitures le dimanche",
  "BORDEAUX, 7 avril (AMP) - Le pont Simone-Veil sera réservé aux piétons et aux cyclistes tous les dimanches à partir de mai, a annoncé mardi la métropole de Bordeaux, qui veut en faire un lieu de promenade.")
L("fr-lyon-opera", "2026-04-13T18:00", "single", "rhone-matin", "fr", 3, "L'Opéra de Lyon dévoile une saison sous le signe de Verdi",
  "L'Opéra de Lyon a présenté lundi sa saison 2026-2027, qui s'ouvrira en septembre avec une nouvelle production de « Don Carlos » et comptera trois autres titres de Verdi.")
L("fr-cheese-export", "2026-04-23T11:00", "single", "meridien-presse", "fr", 2, "Les exportations de comté atteignent un record",
  "BESANÇON, 23 avril (AMP) - Les exportations de comté ont progressé de 9% l'an dernier, à 7.400 tonnes, un record porté par l'Allemagne et la Belgique, selon l'interprofession du fromage.")
L("fr-annecy-lake", "2026-04-29T09:30", "single", "rhone-matin", "fr", 1, "Annecy : la baignade autorisée sur deux nouvelles plages du lac",
  "La ville d'Annecy ouvrira cet été deux nouvelles plages surveillées sur la rive ouest du lac, à Sevrier et Saint-Jorioz, après des travaux d'aménagement de 3,2 millions d'euros.")
L("es-sagrada-familia", "2026-04-06T12:00", "single", "el-faro", "es", 1, "La Sagrada Familia culmina la torre de Jesucristo",
  "La Sagrada Familia ha colocado la cruz que corona la torre de Jesucristo, que con 172,5 metros se convierte en la más alta del templo y del mundo en una iglesia, informó la Junta Constructora.")
L("es-iberian-lynx", "2026-04-12T11:30", "single", "el-faro", "es", 2, "La población de lince ibérico supera los 2.400 ejemplares",
  "La población de lince ibérico en España y Portugal ha superado los 2.400 ejemplares, según el último censo del Ministerio para la Transición Ecológica, el doble que hace cinco años.")
L("es-madrid-bike", "2026-04-15T10:00", "single", "el-faro", "es", 1, "Madrid amplía BiciMAD a seis distritos periféricos",
  "El Ayuntamiento de Madrid ampliará el servicio de bicicleta pública BiciMAD a seis distritos periféricos con 110 nuevas estaciones antes de final de año, anunció el delegado de Movilidad.")
L("es-rain-reservoirs", "2026-04-21T13:00", "single", "harbor-wire", "es", 2, "Los embalses españoles alcanzan el 68% de su capacidad tras las lluvias",
  "MADRID (Harbor) - La reserva hídrica española se sitúa al 68% de su capacidad tras las lluvias de las últimas semanas, 12 puntos por encima de la media de la última década, según el Ministerio.")
L("es-tapas-contest", "2026-04-25T17:00", "single", "el-faro", "es", 3, "Un bar de Valladolid gana el concurso nacional de tapas",
  "El bar La Lonja, de Valladolid, ha ganado el Concurso Nacional de Pinchos y Tapas con una creación de lechazo y crema de ajo negro, según el fallo del jurado.")
L("es-teacher-hiring", "2026-04-28T11:00", "single", "el-faro", "es", 1, "Educación convoca 25.000 plazas de profesores para 2027",
  "El Ministerio de Educación y las comunidades autónomas han acordado convocar 25.000 plazas de profesorado para 2027, la mayor oferta pública de empleo docente de la última década.")
L("es-ebro-delta", "2026-04-30T09:00", "single", "harbor-wire", "es", 1, "El Gobierno aprueba un plan de 180 millones para proteger el delta del Ebro",
  "MADRID (Harbor) - El Consejo de Ministros ha aprobado un plan de 180 millones de euros para frenar la regresión del delta del Ebro con aportaciones de arena y nuevas barreras naturales.")
L("da-little-mermaid", "2026-04-07T12:00", "single", "havnebladet", "da", 2, "Den Lille Havfrue får ny belysning",
  "Den Lille Havfrue på Langelinie får ny, diskret belysning, så skulpturen kan ses om aftenen. Københavns Kommune forventer, at lyset tændes i løbet af sommeren.")
L("da-tivoli-season", "2026-04-10T10:00", "single", "havnebladet", "da", 1, "Tivoli åbner sommersæsonen med ny rutsjebane",
  "Tivoli i København åbner lørdag sommersæsonen med en ny rutsjebane, der er havens første nye forlystelse i fire år. Haven venter over to millioner gæster frem til september.")
L("da-storks", "2026-04-14T15:00", "single", "nordpress", "da", 2, "Årets første storke er landet i Sønderjylland",
  "TØNDER (Nordpress) - De første storke er vendt tilbage til reder i Sønderjylland, oplyser Dansk Ornitologisk Forening. Sidste år ynglede 12 storkepar i Danmark, det højeste antal i 50 år.")
L("da-pension-age", "2026-04-23T11:00", "single", "nordpress", "da", 1, "Regeringen vil stoppe automatisk stigning i pensionsalderen",
  "KØBENHAVN (Nordpress) - Regeringen foreslår at droppe den automatiske kobling mellem levealder og pensionsalder efter 2040. Forslaget skal forhandles med partierne i Folketinget i maj.")
L("da-asparagus", "2026-04-26T10:00", "single", "havnebladet", "da", 2, "Danske asparges er på vej i butikkerne",
  "De første danske asparges når supermarkederne i denne uge, oplyser Landbrug & Fødevarer. Det milde forår har givet avlerne en tidlig start og en god høst.")
L("da-ferry-price", "2026-04-30T09:00", "single", "nordpress", "da", 1, "Øfærgerne bliver billigere fra juni",
  "KØBENHAVN (Nordpress) - Priserne på færgerne til en række små danske øer sænkes med op til 30 procent fra 1. juni, efter at Folketinget har afsat 90 mio. kr. ekstra.")
L("it-uffizi-hours", "2026-04-20T12:00", "single", "agenzia-ponte", "it", 2, "Uffizi aperti fino alle 22 il martedì da maggio",
  "FIRENZE, 20 APR - (Ponte) Da maggio la Galleria degli Uffizi resterà aperta fino alle 22 ogni martedì, con un biglietto serale ridotto a 12 euro, ha annunciato il direttore.")
L("ru-kaliningrad-ferry", "2026-04-06T11:00", "single", "severny-vestnik", "ru", 1, "Между Калининградом и Усть-Лугой запустят новый паром",
  "КАЛИНИНГРАД, 6 апреля — Северный вестник. Новый автомобильно-железнодорожный паром начнёт курсировать между Балтийском и Усть-Лугой в июне, сообщили в правительстве Калининградской области.")
L("ru-samara-space-museum", "2026-04-12T13:00", "single", "volga-news", "ru", 2, "В Самаре открылся музей космонавтики после реконструкции",
  "Музейно-выставочный центр «Самара Космическая» вновь открылся для посетителей после двухлетней реконструкции. В обновлённой экспозиции появились полноразмерный макет станции «Мир» и интерактивный зал для школьников.")
L("ru-tomsk-tram", "2026-04-20T09:30", "single", "severny-vestnik", "ru", 1, "В Томске на линию вышли первые низкопольные трамваи",
  "ТОМСК, 20 апреля — Северный вестник. В Томске на маршруты вышли первые десять новых низкопольных трамваев, закупленных по федеральной программе, сообщили в мэрии.")
L("ru-volga-cruise", "2026-04-27T12:00", "single", "volga-news", "ru", 2, "Навигация на Волге открылась первым круизным рейсом",
  "Речная навигация на Волге открылась: из Самары вышел первый в сезоне круизный теплоход с 280 пассажирами на борту. До конца октября запланировано более 150 рейсов.")
L("ru-ulyanovsk-textbook", "2026-04-29T10:00", "single", "volga-news", "ru", 1, "В Ульяновске выпустят детский учебник по краеведению",
  "Ульяновские школьники с 1 сентября получат новый учебник по краеведению для 5–6 классов, сообщили в региональном министерстве просвещения. Пособие подготовили преподаватели местного педуниверситета.")
L("pt-lisbon-bikes", "2026-04-08T10:30", "single", "correio-atlantico", "pt", 1, "Lisboa vai ter mais 40 quilómetros de ciclovias até 2027",
  "A Câmara de Lisboa aprovou a construção de mais 40 quilómetros de ciclovias até 2027, num investimento de 18 milhões de euros, ligando sobretudo as zonas oriental e ocidental da cidade.")
L("pt-sardine-quota", "2026-04-17T12:00", "single", "meridien-presse", "pt", 2, "Quota de pesca da sardinha sobe 15% este ano",
  "LISBOA, 17 abr (AMP) - A quota de captura de sardinha para Portugal aumenta 15% este ano, para 43.000 toneladas, anunciou o Ministério da Agricultura e Mar após acordo com Espanha.")
L("pt-fado-festival", "2026-04-25T19:00", "single", "correio-atlantico", "pt", 3, "Festival de fado em Coimbra reúne 30 artistas",
  "Coimbra recebe entre 14 e 17 de maio a primeira edição de um festival dedicado ao fado de Coimbra e de Lisboa, com 30 artistas em seis palcos da Baixa e da Alta.")
L("pl-poznan-stadium", "2026-04-14T12:00", "single", "kurier-wislany", "pl", 2, "Poznań wyremontuje stadion przy Bułgarskiej",
  "Rada Miasta Poznania zgodziła się na remont stadionu przy ulicy Bułgarskiej za 140 mln zł. Prace obejmą wymianę murawy i dachu i potrwają do 2028 roku.")
L("pl-tatra-bears", "2026-04-21T15:00", "single", "gazeta-poranna", "pl", 2, "W Tatrach obudziły się niedźwiedzie. TPN ostrzega turystów",
  "Tatrzański Park Narodowy ostrzega, że niedźwiedzie wyszły już z gawr. Turyści powinni poruszać się wyłącznie po szlakach i nie zostawiać jedzenia w pobliżu schronisk.")


# ---------------------------------------------------------------------------
# VALIDATION, OUTPUT, README
# ---------------------------------------------------------------------------
def words(s):
    return len(s.split())


def pairs_same_lang(items):
    g = collections.Counter((d["story"], d["lang"]) for d in items)
    return sum(n * (n - 1) // 2 for n in g.values())


def validate(items, other_labels):
    errs, warns = [], []
    by_story = collections.defaultdict(list)
    for d in items:
        by_story[d["story"]].append(d)
        if d["kind"] not in KINDS:
            errs.append("bad kind %s" % d["id"])
        if d["source"] not in OUTLETS:
            errs.append("unknown source %s" % d["id"])
        elif d["lang"] not in OUTLETS[d["source"]][2]:
            errs.append("%s: outlet %s does not publish in %s" % (d["id"], d["source"], d["lang"]))
        if d["stage"] not in (1, 2, 3):
            errs.append("bad stage %s" % d["id"])
        w = words(d["summary"])
        if not 20 <= w <= 70:
            warns.append("%s summary has %d words" % (d["id"], w))
        if not d["title"].strip():
            errs.append("empty title %s" % d["id"])
        if d["story"] in other_labels:
            errs.append("story label %s used in both files" % d["story"])
    for s, its in by_story.items():
        ts = sorted(datetime.datetime.strptime(d["published"], "%Y-%m-%dT%H:%M:%SZ") for d in its)
        if (ts[-1] - ts[0]).total_seconds() > 31 * 3600:
            errs.append("story %s spans more than 31h" % s)
        kinds = [d["kind"] for d in its]
        if ("template" in kinds or "single" in kinds) and len(its) > 1:
            errs.append("template/single story %s has %d items" % (s, len(its)))
        if len(its) > 1 and len({d["lang"] for d in its}) == 1 and "translation" in kinds:
            errs.append("story %s: translation kind but one language" % s)
        for d in its:
            if d["kind"] == "translation" and all(e["lang"] == d["lang"] for e in its):
                errs.append("translation %s has no other-language sibling" % d["id"])
    links = collections.defaultdict(list)
    for d in items:
        links[d["link"]].append(d)
    for l, ds in links.items():
        if len(ds) > 1:
            if len({d["story"] for d in ds}) > 1 or not any(d["kind"] == "copy" for d in ds):
                errs.append("shared link across stories or without a 'copy': %s" % l)
    return errs, warns, by_story


def stats(items, by_story):
    st = {}
    st["items"] = len(items)
    st["stories"] = len(by_story)
    multi = {s: its for s, its in by_story.items() if len(its) > 1}
    st["multi_item_stories"] = len(multi)
    st["multi_same_lang_stories"] = sum(1 for its in multi.values()
                                        if max(collections.Counter(d["lang"] for d in its).values()) > 1)
    st["multi_language_stories"] = sum(1 for its in multi.values() if len({d["lang"] for d in its}) > 1)
    st["items_in_multi_stories"] = sum(len(v) for v in multi.values())
    st["singleton_stories"] = st["stories"] - len(multi)
    st["same_lang_pairs"] = pairs_same_lang(items)
    st["cross_lang_pairs"] = sum(1 for its in multi.values() for a, b in itertools.combinations(its, 2)
                                 if a["lang"] != b["lang"])
    st["shared_link_items"] = sum(n for n in collections.Counter(d["link"] for d in items).values() if n > 1)
    st["truncated_summaries"] = sum(1 for d in items if d["summary"].rstrip().endswith(("…", "[...]", "[…]")))
    # later copy that arrives in an earlier poll stage than an earlier-published item of its story
    inv = 0
    for its in multi.values():
        for a, b in itertools.combinations(sorted(its, key=lambda d: d["published"]), 2):
            if b["published"] > a["published"] and b["stage"] < a["stage"]:
                inv += 1
    st["stage_inversions"] = inv
    st["kind"] = dict(sorted(collections.Counter(d["kind"] for d in items).items()))
    st["lang"] = dict(collections.Counter(d["lang"] for d in items).most_common())
    st["stage"] = dict(sorted(collections.Counter(d["stage"] for d in items).items()))
    st["source"] = dict(collections.Counter(d["source"] for d in items).most_common())
    st["size_hist"] = dict(sorted(collections.Counter(len(v) for v in multi.values()).items()))
    return st


def table(d):
    return "\n".join("| %s | %s |" % (k, v) for k, v in d.items())


def main():
    show = "--show" in sys.argv
    built = {f: build(f) for f in "th"}
    labels = {f: {d["story"] for d in built[f]} for f in "th"}
    ids = [d["id"] for f in "th" for d in built[f]]
    assert len(ids) == len(set(ids)), "duplicate ids"
    all_errs, report = [], {}
    for f, name in (("t", "tuning3.json"), ("h", "heldout3.json")):
        items = built[f]
        errs, warns, by_story = validate(items, labels["h" if f == "t" else "t"])
        all_errs += errs
        for w in warns:
            print("WARN", name, w)
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"items": items}, fh, ensure_ascii=False, indent=1)
        with open(path, encoding="utf-8") as fh:  # reload check
            back = json.load(fh)["items"]
        assert back == items
        st = stats(items, by_story)
        report[name] = st
        print("=== %s ===" % name)
        for k, v in st.items():
            print("  %-26s %s" % (k, v))
        en = st["lang"].get("en", 0) / st["items"]
        print("  english share              %.1f%%" % (100 * en))
        if show:
            for s, its in sorted(by_story.items()):
                langs = collections.Counter(d["lang"] for d in its)
                if max(langs.values()) > 1:
                    print("\n  [%s]" % s)
                    for d in sorted(its, key=lambda d: d["published"]):
                        print("    %s %-11s %-17s %s st%d %s" % (d["lang"], d["kind"], d["source"],
                                                                 d["published"][5:16], d["stage"], d["title"]))
    if all_errs:
        print("\nERRORS:")
        for e in all_errs:
            print("  " + e)
        sys.exit(1)
    print("\nvalidation OK: ids unique across files, story labels disjoint, links ok, spans <= 31h")
    write_readme(report)


README_HEAD = """# stories3 - labelled corpus for "story grouping"

Hand-written test corpus for a news aggregator's story-grouping feature: several
outlets republish (copy, rewrite, update, cut, translate) the same report, and
those items should be grouped as one story, while look-alikes (same wording
template, different news) must stay apart. **Written blind**: the author did
not read the grouping algorithm, its tests, or the earlier corpora
(`/work/main`, `/work/wt-*`, `/work/corpora/stories/`). All outlets, domains
(`*.example`), companies and most people are fictional; place names and
institutions are real but every event is invented.

Regenerate with `python3 build.py` (stdlib only). `python3 build.py --show`
also lists every group that has >= 2 items in one language for manual review.
`build.py` writes `tuning3.json`, `heldout3.json` and this README.

## Item fields
`id` (`t3/NNN` tuning, `h3/NNN` held-out; numbered in publication order),
`story` (label; equal label = same news event, translations included),
`kind`, `source`, `lang`, `published` (RFC 3339 UTC), `stage` (poll round
1-3), `link`, `title`, `summary`.

Kinds: `original` first report; `copy` near-verbatim republication (also the
syndicated case where two items share the exact link); `rewrite` paraphrase of
the same facts (often with a completely different headline, byline or
dateline); `update` "UPDATE 1-"/"ACTUALIZA 1-" version with rewritten lede and
new/revised figures; `brief` BRIEF-/REFILE-/CORRECTED- or "In brief" item;
`cut` copy truncated with "…"/"[…]"; `regional` shortened regional reprint
(sometimes next morning, up to ~26h later); `translation` same story in another
language; `lookalike` different news with a confusable headline (other quake,
other bank, other airport, other company, other UN mission, other region, or a
next-day follow-up with new facts); `template` one item of a fixed-wording
series (index closes, weather, FX fixings, morning newsletters, police
appeals, traffic, lottery, football full-time); `single` unrelated item.

## Labelling decisions
* Same story = reports of the same news event/announcement that a reader would
  want to see once. UPDATE versions with new figures stay in the story.
* A next-day follow-up with new developments (cause found, suspects
  investigated, arson suspected) is a **new story** (kind `lookalike` for its
  first item), even from the same outlet and with copies of its own
  (`t3-milan-footbridge-probe`, `h3-genoa-crane-probe`).
* Two sides' conflicting statements about the same incident on the same day
  are **one story** (`t3-skagen-trawler-collision`, `t3-teachers-strike-turnout`,
  `h3-bologna-march-clashes`, `h3-paris-farmers-protest`).
* Translations share the label but are different languages; they are never
  counted as same-language pairs.
* Each index close / FX fixing / weather / lottery / appeal is its own story
  even if the same outlet publishes the same sentence skeleton every day; a
  close that is carried by two outlets on the same day is one story.
* A decision by a different central bank on the same day (e.g. Nationalbanken
  following the ECB) is a different story.

## How it was split
Before writing any text, each event was assigned to one file, with its
look-alikes in the **same** file as the story they imitate (e.g. the
Crete/Chile/Kamchatka quakes sit with the Malatya quake in tuning; the
Iceland/Peru/Altai quakes with the Patras quake in held-out). Both files were
built to the same recipe: ~46 multi-item stories (2-5 items, same-language
copies and translations), ~35 look-alikes, 29 fixed-wording template items and
30 unrelated singles, with nearly the same language mix. Story labels are
disjoint between the files (prefixes `t3-` / `h3-`). Tuning covers
2026-03-02..03-29, held-out 2026-04-06..04-30.

Classes covered in each file (several languages each): central-bank decisions,
earthquakes, airport strikes, fires, inflation prints, UN mandate renewals,
regional/local elections, company results, product recalls (same company,
different recall), index closes (Ibex/CAC/FTSE/DAX/FTSE MIB/MOEX/C25),
FX fixings, weather, morning newsletters, police appeals ("Police appeal for
witnesses after…", "Polizei sucht Zeugen…", "Politiet efterlyser vidner…"),
traffic, lottery, football results, wire UPDATE chains, BRIEF/REFILE/CORRECTED,
syndicated identical links, bylines and datelines, cut copies, regional
reprints, case-inflected names (ru "В Москве"/"Москва", "Санкт-Петербурге"/
"Санкт-Петербург", de "Hamburger"/"Hamburgs", "Kieler"/"Kiels", "Niedersachsen"/
"Niedersachsens", pl "w Krakowie"/"Kraków", "w Łodzi"/"Łódź",
"we Wrocławiu"/"Wrocław"), slow feeds (a later copy in an earlier stage).
"""


def write_readme(report):
    out = [README_HEAD, "## Counts (computed by build.py)\n"]
    for name, st in report.items():
        out.append("### %s\n" % name)
        out.append("| metric | value |\n|---|---|")
        for k in ("items", "stories", "multi_item_stories", "items_in_multi_stories",
                  "multi_same_lang_stories", "multi_language_stories", "singleton_stories",
                  "same_lang_pairs", "cross_lang_pairs", "shared_link_items",
                  "truncated_summaries", "stage_inversions"):
            out.append("| %s | %s |" % (k, st[k]))
        out.append("| english share | %.1f%% |" % (100.0 * st["lang"].get("en", 0) / st["items"]))
        out.append("\nPer kind:\n\n| kind | items |\n|---|---|\n" + table(st["kind"]))
        out.append("\nPer language:\n\n| lang | items |\n|---|---|\n" + table(st["lang"]))
        out.append("\nPer stage:\n\n| stage | items |\n|---|---|\n" + table(st["stage"]))
        out.append("\nMulti-item story sizes:\n\n| items in story | stories |\n|---|---|\n" + table(st["size_hist"]))
        out.append("\nPer source:\n\n| source | items |\n|---|---|\n" + table(st["source"]) + "\n")
    out.append("""## Outlets
19 fictional outlets with a consistent style: `harbor-wire` (wire; en/de/es;
"CITY (Harbor) -", UPDATE/BRIEF/REFILE/CORRECTED), `meridien-presse` (wire;
fr/es/pt; "PARIS, 3 mars (AMP) -"), `nordpress` (wire; da/en), `agenzia-ponte`
(it wire; "ROMA, 18 MAR - (Ponte)"), `severny-vestnik` (ru agency; "МОСКВА,
4 марта — Северный вестник."), `markets-desk` (en financial), `daily-ledger`
(en national; bylines, "Morning Briefing", "In brief"), `evening-post` (en
tabloid; lottery results), `granite-gazette` (en regional; appeals, weather,
full-time scores, short reprints), `rheinblatt` (de national; DAX closes),
`nordsee-kurier` (de regional), `rhone-matin` (fr regional, Lyon),
`el-faro` (es), `volga-news` (ru regional), `havnebladet` (da),
`corriere-laguna` (it), `correio-atlantico` (pt), `kurier-wislany` and
`gazeta-poranna` (pl).

## Known limitations / judgement calls
* Look-alike wording was written by one author, so templates of one outlet are
  deliberately near-identical (same skeleton, different numbers/places/dates).
* Some translations are freer than a wire translation would be.
* Same-company different-event items (two Kestrel recalls; two Aurora recalls)
  are labelled as different stories; their own translations are grouped.
""")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
