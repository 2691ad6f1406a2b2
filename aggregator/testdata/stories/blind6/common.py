"""Shared machinery for corpus 6: outlets, link styles, derived item kinds."""
import hashlib
import re
import unicodedata
from datetime import datetime, timedelta, timezone

# ---------------------------------------------------------------- outlets
# id: (lang, link pattern, service headline for regional reprints)
OUTLETS = {
    # English
    "meridian-wire": ("en", "https://www.meridianwire.example/{sec}/{slug}-idUSKBN{num}", "News in brief"),
    "northgate-post": ("en", "https://www.northgatepost.example/news/{y}/{m}/{d}/{slug}/", "News in brief"),
    "harbor-daily": ("en", "https://harbordaily.example/story.php?id={num}", "News in brief"),
    "capital-ledger": ("en", "https://www.capitalledger.example/{sec}/{slug}-{num}", "Markets in brief"),
    "evening-courier": ("en", "https://eveningcourier.example/{sec}/{slug}-{num6}.html", "Around the region"),
    "tristate-herald": ("en", "https://www.tristateherald.example/region/{y}{m}{d}/{slug}", "Around the region"),
    "coastline-gazette": ("en", "https://coastlinegazette.example/local-news/{num}/{slug}", "Regional round-up"),
    "atlas-broadcast": ("en", "https://news.atlasbroadcast.example/articles/{hex}", "News in brief"),
    "pennant-news": ("en", "https://www.pennantnews.example/{y}/{m}/{slug}/", "News in brief"),
    # German
    "dpx-dienst": ("de", "https://www.dpx-dienst.example/meldung/{y}{m}{d}-{num}", "Kurz notiert"),
    "rheinblatt": ("de", "https://www.rheinblatt.example/{sec}/{slug}-a-{num}.html", "Kurz notiert"),
    "elbkurier": ("de", "https://elbkurier.example/{sec}/{slug}/{num}", "Aus der Region"),
    "alpenrundschau": ("de", "https://www.alpenrundschau.example/artikel/{slug}-{num}.html", "Aus der Region"),
    "schwarzwald-bote": ("de", "https://www.schwarzwaldbote.example/region/{slug}.{num}.html", "Aus der Region"),
    "havel-anzeiger": ("de", "https://www.havel-anzeiger.example/lokales/{slug}/{num}.html", "Aus der Region"),
    "revier-zeitung": ("de", "https://www.revierzeitung.example/region/{slug}-id{num}.html", "Aus der Region"),
    "ostsee-echo": ("de", "https://www.ostsee-echo.example/lokales/{slug}-{num}", "Aus der Region"),
    # French
    "lumiere-presse": ("fr", "https://www.lumiere-presse.example/depeche/{y}/{m}/{d}/{slug}_{num}", "En bref"),
    "le-veilleur": ("fr", "https://www.leveilleur.example/{sec}/article/{y}/{m}/{d}/{slug}_{num}_{num6}.html", "En bref"),
    "quotidien-horizon": ("fr", "https://quotidienhorizon.example/{sec}/{slug}-{num}", "En bref"),
    "gazette-du-rhone": ("fr", "https://www.gazettedurhone.example/faits-divers/{y}/{m}/{d}/{slug}", "L'essentiel de la région"),
    # Spanish
    "agencia-faro": ("es", "https://www.agenciafaro.example/noticias/{y}{m}{d}/{slug}/{num}.html", "Breves"),
    "diario-meseta": ("es", "https://www.diariomeseta.example/{sec}/{y}-{m}-{d}/{slug}_{num}.html", "Breves"),
    "cronica-iberia": ("es", "https://cronicaiberia.example/{sec}/{slug}-{num}", "Breves"),
    "voz-del-puerto": ("es", "https://www.vozdelpuerto.example/region/{slug}-{num}.html", "Breves de la región"),
    # Italian
    "agenzia-vela": ("it", "https://www.agenziavela.example/notizie/{y}/{m}/{d}/{slug}_{hex}.html", "In breve"),
    "corriere-laguna": ("it", "https://www.corrierelaguna.example/{sec}/{y}/{m}/{d}/news/{slug}-{num}/", "In breve"),
    "quotidiano-nord": ("it", "https://quotidianonord.example/{sec}/{slug}-{num}", "In breve"),
    "gazzetta-appennino": ("it", "https://www.gazzettaappennino.example/cronaca/{slug}-{num}", "Dal territorio"),
    # Portuguese
    "agencia-mar": ("pt", "https://www.agenciamar.example/noticia/{slug}-{num}", "Breves"),
    "jornal-do-tejo": ("pt", "https://www.jornaldotejo.example/{sec}/{y}/{m}/{d}/{slug}/", "Breves"),
    "folha-atlantica": ("pt", "https://folhaatlantica.example/{sec}/{slug}_{num}.html", "Breves da região"),
    # Dutch
    "persbureau-polder": ("nl", "https://www.persbureaupolder.example/nieuws/{num}/{slug}", "Kort nieuws"),
    "dagblad-delta": ("nl", "https://www.dagbladdelta.example/{sec}/{slug}~a{num}/", "Kort nieuws"),
    "noorder-courant": ("nl", "https://noordercourant.example/regio/{slug}-{num}", "Regio kort"),
    # Polish
    "agencja-orzel": ("pl", "https://www.agencjaorzel.example/wiadomosci/{slug},{num}", "W skrócie"),
    "gazeta-wislana": ("pl", "https://gazetawislana.example/{sec}/{y}/{m}/{d}/{slug}/", "W skrócie"),
    "kurier-baltycki": ("pl", "https://www.kurierbaltycki.example/{slug}/ar/c1-{num}", "Z regionu"),
    # Russian
    "agentstvo-sever": ("ru", "https://agentstvo-sever.example/news/{y}{m}{d}/{num}.html", "Коротко"),
    "vestnik-nevy": ("ru", "https://www.vestniknevy.example/{sec}/{num}-{slug}", "Коротко"),
    "volga-gazeta": ("ru", "https://volgagazeta.example/articles/{y}/{m}/{d}/{num}/", "Новости регионов"),
    # Swedish
    "nyhetsbyran-norr": ("sv", "https://www.nyhetsbyrannorr.example/nyheter/{slug}-{hex}", "Kort om"),
    "morgonposten-syd": ("sv", "https://morgonpostensyd.example/{sec}/a/{hex}/{slug}", "Kort om"),
    "fjallbladet": ("sv", "https://www.fjallbladet.example/{y}-{m}-{d}/{slug}", "Kort om"),
    # single-outlet languages
    "nordlys-avis": ("no", "https://www.nordlysavis.example/nyheter/i/{hex}/{slug}", "Kort nytt"),
    "kyivskyi-visnyk": ("uk", "https://kyivvisnyk.example/news/{y}/{m}/{d}/{num}/", "Коротко"),
    "vltava-denik": ("cs", "https://www.vltavadenik.example/zpravy/{slug}.A{y2}{m}{d}_{num6}", "Krátce"),
    "bogaz-gunluk": ("tr", "https://www.bogazgunluk.example/gundem/{slug}-{num}", "Kısa kısa"),
    "jylland-morgen": ("da", "https://jyllandmorgen.example/indland/{slug}-{num}", "Kort nyt"),
    "pohjolan-sanomat": ("fi", "https://www.pohjolansanomat.example/uutiset/art-{num}.html", "Lyhyesti"),
    "alfold-hirlap": ("hu", "https://alfoldhirlap.example/belfold/{y}/{m}/{slug}", "Röviden"),
    "aigaio-news": ("el", "https://www.aigaionews.example/eidiseis/{num}/", "Σύντομα"),
}

SECTIONS = {
    "en": {"world": "world", "business": "business", "politics": "politics", "sport": "sport",
           "science": "science", "crime": "uk-news", "local": "local", "culture": "culture",
           "weather": "weather", "tech": "technology", "markets": "markets"},
    "de": {"world": "panorama", "business": "wirtschaft", "politics": "politik", "sport": "sport",
           "science": "wissen", "crime": "panorama", "local": "region", "culture": "kultur",
           "weather": "wetter", "tech": "digital", "markets": "finanzen"},
    "fr": {"world": "societe", "business": "economie", "politics": "politique", "sport": "sport",
           "science": "sciences", "crime": "faits-divers", "local": "regions", "culture": "culture",
           "weather": "meteo", "tech": "tech", "markets": "bourse"},
    "es": {"world": "sociedad", "business": "economia", "politics": "politica", "sport": "deportes",
           "science": "ciencia", "crime": "sucesos", "local": "local", "culture": "cultura",
           "weather": "tiempo", "tech": "tecnologia", "markets": "mercados"},
    "it": {"world": "cronaca", "business": "economia", "politics": "politica", "sport": "sport",
           "science": "scienze", "crime": "cronaca", "local": "territorio", "culture": "cultura",
           "weather": "meteo", "tech": "tecnologia", "markets": "borsa"},
    "pt": {"world": "sociedade", "business": "economia", "politics": "politica", "sport": "desporto",
           "science": "ciencia", "crime": "justica", "local": "local", "culture": "cultura",
           "weather": "tempo", "tech": "tecnologia", "markets": "mercados"},
    "nl": {"world": "binnenland", "business": "economie", "politics": "politiek", "sport": "sport",
           "science": "wetenschap", "crime": "binnenland", "local": "regio", "culture": "cultuur",
           "weather": "weer", "tech": "tech", "markets": "beurs"},
    "pl": {"world": "kraj", "business": "biznes", "politics": "polityka", "sport": "sport",
           "science": "nauka", "crime": "kraj", "local": "region", "culture": "kultura",
           "weather": "pogoda", "tech": "technologie", "markets": "finanse"},
    "ru": {"world": "society", "business": "economy", "politics": "politics", "sport": "sport",
           "science": "science", "crime": "incidents", "local": "regions", "culture": "culture",
           "weather": "weather", "tech": "tech", "markets": "finance"},
    "sv": {"world": "nyheter", "business": "ekonomi", "politics": "politik", "sport": "sport",
           "science": "vetenskap", "crime": "nyheter", "local": "lokalt", "culture": "kultur",
           "weather": "vader", "tech": "teknik", "markets": "borsen"},
}

BRIEF_PREFIX = {"en": "BRIEF-", "de": "EIL/", "fr": "FLASH - ", "es": "URGENTE-", "it": "FLASH - ",
                "pt": "URGENTE - ", "nl": "FLASH-", "pl": "PILNE-", "ru": "СРОЧНО-", "sv": "JUST NU: "}

_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                 "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g"]))
_GRK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
                ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                 "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))
_EXTRA = {"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"}


def slugify(title, maxwords=8):
    t = title.lower()
    t = re.sub(r"^(update \d+-|brief-|eil/|flash ?- ?|urgente ?- ?|pilne-|срочно-|just nu: )", "", t)
    out = []
    for ch in t:
        if ch in _CYR:
            out.append(_CYR[ch])
        elif ch in _GRK:
            out.append(_GRK[ch])
        elif ch in _EXTRA:
            out.append(_EXTRA[ch])
        else:
            out.append(ch)
    t = unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", t)
    return "-".join(words[:maxwords]) or "news"


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def make_link(source, cat, when, title, key):
    lang, pat, _ = OUTLETS[source]
    h = _h(source, key)
    sec = SECTIONS.get(lang, SECTIONS["en"]).get(cat, "news")
    return pat.format(sec=sec, slug=slugify(title), num=str(int(h[:10], 16) % 90000000 + 10000000),
                      num6=str(int(h[10:18], 16) % 900000 + 100000), hex=h[18:26],
                      y=when.strftime("%Y"), y2=when.strftime("%y"), m=when.strftime("%m"),
                      d=when.strftime("%d"))


# ---------------------------------------------------------------- text helpers
def wc(text):
    return len(text.split())


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[^\s])", text.strip()) if s]


def lead(text, minw=18):
    out = []
    for s in sentences(text):
        out.append(s)
        if wc(" ".join(out)) >= minw:
            break
    return " ".join(out)


DATELINE = re.compile(r"^[^()]{2,60}\([^)]{2,40}\)\s*[-—–]\s*")
TAGS = re.compile(r"^(UPDATE \d+-|ROUNDUP[ /:]+|AKTUALISIERT: |MISE À JOUR \d+-|ACTUALIZACIÓN \d+-|"
                  r"AGGIORNAMENTO \d+-|ATUALIZAÇÃO \d+-|AKTUALIZACJA \d+-|ОБНОВЛЕНО \d+-|UPPDATERAD: |"
                  r"UPDATE: |2\. Zusammenfassung: )")


def strip_tags(title):
    return TAGS.sub("", title)


def derive_copy(base, opts):
    s = base
    for old, new in opts.get("sub", []):
        assert old in s, (old, s)
        s = s.replace(old, new)
    mode = opts.get("mode")
    if mode is None:
        if DATELINE.match(s):
            mode = "strip"
        elif len(sentences(s)) > 1 and wc(" ".join(sentences(s)[:-1])) >= 20:
            mode = "droplast"
        else:
            mode = "verbatim"
    if mode == "strip":
        s = DATELINE.sub("", s)
        s = s[0].upper() + s[1:]
    elif mode == "droplast":
        s = " ".join(sentences(s)[:-1])
    if "dl" in opts:
        s = opts["dl"] + s
    return s


def derive_cut(base, key, opts):
    words = DATELINE.sub("", base).split() if opts.get("nodl") else base.split()
    n = opts.get("n") or max(19, min(len(words) - 4, int(len(words) * 0.62)))
    cut = " ".join(words[:n]).rstrip(",;:—–-")
    mark = "[…]" if int(_h(key)[:2], 16) % 2 else "…"
    return cut + " " + mark


# ---------------------------------------------------------------- builder
def build_items(stories, templates, dates, prefix):
    """stories: list of dicts {id, day, at, cat, items:[(kind, src, off, title, summary[, opts])]}"""
    rows = []
    for st in stories:
        h, mi = map(int, st["at"].split(":"))
        t0 = datetime(*dates[st["day"] - 1], h, mi, tzinfo=timezone.utc)
        items = [list(it) + ([{}] if len(it) == 5 else []) for it in st["items"]]
        done = []
        for idx, (kind, src, off, title, summ, opts) in enumerate(items):
            lang = OUTLETS[src][0]
            if "base" in opts:
                bidx = opts["base"]
            else:
                bidx = next((j for j, it in enumerate(items)
                             if OUTLETS[it[1]][0] == lang and it[4] is not None), None)
            base = items[bidx] if bidx is not None else None
            when = t0 + timedelta(minutes=off, seconds=int(_h(st["id"], idx)[:4], 16) % 60)
            if summ is None:
                btitle, bsum = base[3], base[4]
                if kind == "copy":
                    summ = derive_copy(bsum, opts)
                elif kind == "cut":
                    summ = derive_cut(bsum, st["id"] + str(idx), opts)
                elif kind == "regional":
                    summ = lead(DATELINE.sub("", bsum), opts.get("minw", 18))
                elif kind == "brief":
                    summ = lead(bsum, 18)
                else:
                    raise ValueError((st["id"], idx, kind))
            if title is None:
                btitle = base[3]
                if kind == "brief":
                    title = BRIEF_PREFIX[lang] + strip_tags(btitle)
                elif kind == "regional":
                    svc = OUTLETS[src][2]
                    title = svc if int(_h(st["id"], idx)[:2], 16) % 3 == 0 else svc + ": " + strip_tags(btitle)
                else:
                    title = btitle
            if opts.get("share"):
                link = done[bidx]["link"]
            else:
                link = make_link(src, st.get("cat", "world"), when, title, (prefix, st["id"], idx))
            row = {"story": prefix + ":" + st["id"], "kind": kind, "source": src, "lang": lang,
                   "_when": when, "link": link, "title": title, "summary": summ}
            done.append(row)
        rows.extend(done)
    for tp in templates:
        h, mi = map(int, tp["at"].split(":"))
        when = datetime(*dates[tp["day"] - 1], h, mi, tzinfo=timezone.utc)
        rows.append({"story": prefix + ":" + tp["id"], "kind": "template", "source": tp["src"],
                     "lang": OUTLETS[tp["src"]][0], "_when": when,
                     "link": make_link(tp["src"], tp.get("cat", "local"), when, tp["title"], (prefix, tp["id"])),
                     "title": tp["title"], "summary": tp["summary"]})
    rows.sort(key=lambda r: (r["_when"], r["story"], r["link"]))
    d0 = datetime(*dates[0], tzinfo=timezone.utc).date()
    out = []
    for i, r in enumerate(rows, 1):
        w = r.pop("_when")
        out.append({"id": "%s/%03d" % (prefix, i), "story": r["story"], "kind": r["kind"],
                    "source": r["source"], "lang": r["lang"],
                    "published": w.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "stage": (w.date() - d0).days + 1, "link": r["link"],
                    "title": r["title"], "summary": r["summary"]})
    return out
