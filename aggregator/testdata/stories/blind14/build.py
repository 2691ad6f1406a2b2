#!/usr/bin/env python3
"""Build tuning14.json and heldout14.json from data_t14.py / data_h14.py.

Every outlet has exactly one delivery style (HTML, boilerplate, title-only,
teaser, full text, cut, wrong/missing language tag).  The data files hold
plain text only; render() wraps it the outlet's way, so an outlet looks the
same in every item of both halves.

    python3 build.py            # write ../tuning14.json, ../heldout14.json, run checks
    python3 build.py --table    # print the counts table used in README.md
"""
import datetime as dt
import html
import html.entities
import importlib.util
import json
import os
import re
import sys
import zlib
from collections import Counter, defaultdict

sys.dont_write_bytecode = True  # keep the corpus directory free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KINDS = {"original", "copy", "rewrite", "update", "brief", "cut", "regional",
         "translation", "template", "lookalike", "single"}
HEAD_KINDS = {"original", "template"}
TRAP_CLASSES = ["boilerplate", "template", "same-place", "same-company",
                "same-person", "follow-up", "generic-title"]

# --------------------------------------------------------------------------
# Outlets: tag = what the feed says, real = the language actually written.
# --------------------------------------------------------------------------
OUTLETS = {
    # English
    "wirewide":        dict(name="Wirewide News", tag="en", real="en", style="dateline",
                            fmt="{CITY} (Wirewide) – {text}", city="LONDON",
                            url="https://www.wirewide.com/article/{slug}-idWW{num}"),
    "harbour-herald":  dict(name="The Harbour Herald", tag="en-GB", real="en", style="html_hh",
                            url="https://www.harbourherald.co.uk/news/{y}/{m}/{d}/{slug}"),
    "dailyledger":     dict(name="The Daily Ledger", tag="en-US", real="en", style="wordpress_en",
                            url="https://thedailyledger.com/{y}/{m}/{d}/{slug}/"),
    "northpost":       dict(name="North Post", tag="en", real="en", style="empty",
                            suffix=" - North Post", url="https://northpost.co.uk/news/{num}"),
    "metro-brief":     dict(name="Metro Brief", tag="", real="en", style="cut",
                            cut=150, cutfmt="{head}… [+{rest} chars]",
                            url="https://metrobrief.net/{y}{m}{d}/{slug}"),
    "civic-times":     dict(name="Civic Times", tag="en-US", real="en", style="byline",
                            url="https://www.civictimes.com/story/{slug}-{num}.html"),
    "longread-review": dict(name="The Longread Review", tag="en", real="en", style="long",
                            url="https://longreadreview.org/{y}/{m}/{slug}"),
    "pulse24":         dict(name="Pulse24", tag="en-GB", real="en", style="teaser",
                            url="https://pulse24.tv/news/{slug}-{num}"),
    # German
    "dpn":             dict(name="dpn", tag="de", real="de", style="dateline",
                            fmt="{CITY} (dpn) – {text}", city="BERLIN",
                            url="https://www.dpn-nachrichten.de/meldung/{y}{m}{d}-{num}"),
    "rheinblatt":      dict(name="Rheinblatt", tag="de-DE", real="de", style="footer",
                            more="Lesen Sie mehr…",
                            footer="Sie wollen keine Nachricht aus der Region verpassen? Abonnieren "
                                   "Sie jetzt den kostenlosen Rheinblatt-Newsletter mit allen "
                                   "wichtigen Meldungen des Tages.",
                            url="https://www.rheinblatt.de/{slug}-{num}.html"),
    "alpenkurier":     dict(name="Alpen-Kurier", tag="en-US", real="de", style="cut",
                            suffix=" | Alpen-Kurier", cut=120, cutfmt="{head} […]",
                            url="https://www.alpen-kurier.de/artikel/{num}"),
    "spreeportal":     dict(name="Spreeportal", tag="de", real="de", style="empty",
                            url="https://spreeportal.de/nachrichten/{slug}"),
    "abendbote":       dict(name="Der Abendbote", tag="de", real="de", style="long",
                            url="https://www.abendbote.de/{y}/{m}/{d}/{slug}"),
    # French
    "afn":             dict(name="AFN", tag="fr", real="fr", style="dateline",
                            fmt="(AFN) – {text}",
                            url="https://www.afn-depeches.fr/depeche/{num}"),
    "lecho-rhone":     dict(name="L’Écho du Rhône", tag="fr-FR", real="fr", style="html_fr",
                            url="https://www.echodurhone.fr/actualite/{slug}_{num}"),
    "ouest-matin":     dict(name="Ouest Matin", tag="fr", real="fr", style="title_repeat",
                            url="https://www.ouestmatin.fr/{slug}-{num}"),
    "gazette-libre":   dict(name="La Gazette Libre", tag="", real="fr", style="wordpress_fr",
                            url="https://lagazettelibre.fr/{y}/{m}/{d}/{slug}/"),
    # Spanish
    "ibera":           dict(name="Agencia Íbera", tag="es", real="es", style="dateline",
                            fmt="{CITY}, {day} dic (Íbera) – {text}", city="MADRID",
                            url="https://www.agenciaibera.es/noticia/{num}"),
    "meseta":          dict(name="Diario Meseta", tag="es-ES", real="es", style="html_es",
                            url="https://www.diariomeseta.es/{slug}-{num}.html"),
    "el-faro":         dict(name="El Faro Digital", tag="es", real="es", style="cut",
                            suffix=" - El Faro Digital", cut=100, cutfmt="{head}...",
                            url="https://elfarodigital.es/{y}/{m}/{d}/{slug}"),
    # Danish
    "dt":              dict(name="Danske Telegram", tag="da-DK", real="da", style="dateline",
                            fmt="{text} /DT/", url="https://dt.dk/telegram/{num}"),
    "kbh-avis":        dict(name="KBH Avis", tag="da", real="da", style="html_da",
                            footer="Få de vigtigste nyheder fra København direkte i din indbakke "
                                   "hver morgen – tilmeld dig vores gratis nyhedsbrev.",
                            url="https://kbhavis.dk/nyheder/{slug}"),
    "nordjysk":        dict(name="Nordjysk Net", tag="en", real="da", style="plain",
                            url="https://nordjysk.net/{y}/{m}/{d}/{slug}"),
    # Russian
    "ria-vostok":      dict(name="РИА Восток", tag="ru", real="ru", style="footer",
                            more="Подробнее…",
                            footer="Подписывайтесь на РИА Восток в Telegram, чтобы первыми "
                                   "узнавать главные новости страны и мира.",
                            url="https://riavostok.ru/news/{y}{m}{d}/{slug}-{num}.html"),
    "moskva-dnya":     dict(name="Москва дня", tag="ru-RU", real="ru", style="html_ru",
                            url="https://moskvadnya.ru/{slug}/{num}"),
    "kavkaz-lenta":    dict(name="Кавказ-Лента", tag="ru", real="ru", style="dateline",
                            fmt="{CITY}, {day} дек — Кавказ-Лента. {text}", city="БАКУ",
                            url="https://kavkazlenta.ru/news/{num}"),
    # Italian
    "italo":           dict(name="Agenzia Italo", tag="it", real="it", style="dateline",
                            fmt="(Italo) - {CITY}, {day} DIC - {text}", city="ROMA",
                            url="https://www.agenziaitalo.it/notizie/{slug}_{num}.html"),
    "corriere-valle":  dict(name="Corriere della Valle", tag="it-IT", real="it", style="footer",
                            more="",
                            footer="© 2026 Corriere della Valle. Tutti i diritti riservati. "
                                   "Riproduzione vietata senza il consenso scritto dell’editore. "
                                   "Iscriviti alla newsletter per ricevere ogni mattina le notizie "
                                   "della tua valle.",
                            url="https://www.corrieredellavalle.it/{slug}-{num}"),
    "lampo24":         dict(name="Lampo24", tag="it", real="it", style="footer",
                            suffix=" - Lampo24", more="Leggi tutto…", footer="",
                            url="https://www.lampo24.it/{y}/{m}/{d}/{slug}"),
    # Dutch
    "nnd":             dict(name="NND", tag="nl", real="nl", style="dateline",
                            fmt="{CITY} (NND) - {text}", city="DEN HAAG",
                            url="https://www.nnd.nl/bericht/{num}"),
    "dagblad-delta":   dict(name="Dagblad Delta", tag="nl-NL", real="nl", style="html_nl",
                            footer="Wil je elke ochtend het belangrijkste nieuws uit de regio "
                                   "ontvangen? Meld je dan gratis aan voor onze nieuwsbrief.",
                            url="https://www.dagbladdelta.nl/nieuws/{slug}~{num}"),
    "haagsche-post":   dict(name="Haagsche Post", tag="nl", real="nl", style="empty",
                            suffix=" | Haagsche Post", url="https://haagschepost.nl/{slug}"),
    # Polish
    "paw":             dict(name="PAW", tag="pl", real="pl", style="dateline",
                            fmt="{City}, {day2}.12.2026 (PAW) – {text}", city="Warszawa",
                            url="https://www.paw.pl/info/{slug},{num}"),
    "gazeta-wisla":    dict(name="Gazeta Wisła", tag="pl-PL", real="pl", style="cut",
                            cut=110, cutfmt="{head} […]",
                            url="https://gazetawisla.pl/wiadomosci/{slug}-{num}"),
    "portal-mazowsze": dict(name="Portal Mazowsze", tag="", real="pl", style="teaser",
                            url="https://portalmazowsze.pl/{num}/{slug}"),
    # Armenian / Azerbaijani
    "yerevan-lur":     dict(name="Երևան Լուր", tag="hy", real="hy", style="footer",
                            more="",
                            footer="Հետևեք Երևան Լուր-ին Telegram-ում և Facebook-ում՝ առաջինը "
                                   "տեղեկանալու Հայաստանի և աշխարհի ամենակարևոր իրադարձությունների "
                                   "մասին և կարդալու մեր բոլոր նյութերը։",
                            url="https://yerevanlur.am/hy/news/{num}"),
    "syunik-news":     dict(name="Syunik News", tag="", real="hy", style="plain",
                            url="https://syuniknews.am/{y}/{m}/{d}/{num}/"),
    "baku-xeber":      dict(name="Bakı Xəbər", tag="az", real="az", style="footer",
                            more="Ətraflı…",
                            footer="Bakı Xəbər-in Telegram kanalına abunə olun və ölkədə və "
                                   "dünyada baş verən ən son xəbərləri ilk siz öyrənin.",
                            url="https://bakixeber.az/xeber/{slug}-{num}"),
    "qarabag-info":    dict(name="Qarabağ İnfo", tag="az", real="az", style="empty",
                            url="https://qarabaginfo.az/az/news/{num}"),
}

BYLINES = ["Jane Roe", "Marcus Ebbing", "Priya Lakhani", "Tom Castell", "Ruth Ojo"]


# --------------------------------------------------------------------------
# Style helpers
# --------------------------------------------------------------------------
def sentences(text):
    return [s for s in re.split(r"(?<=[.!?…])\s+", text.strip()) if s]


def esc(s):
    return html.escape(s, quote=False)


def ent_en(s):
    s = esc(s)
    for a, b in (("’", "&#8217;"), ("'", "&#8217;"), ("‘", "&#8216;"), ("“", "&#8220;"),
                 ("”", "&#8221;"), ("–", "&#8211;"), ("£", "&pound;"), ("€", "&euro;")):
        s = s.replace(a, b)
    return s


def ent_fr(s):
    s = esc(s)
    s = s.replace("’", "&#8217;").replace("« ", "&laquo;&nbsp;").replace(" »", "&nbsp;&raquo;")
    s = re.sub(r" ([:;?!])", r"&nbsp;\1", s)
    return s


def ent_named(s):
    out = []
    for ch in esc(s):
        cp = ord(ch)
        if cp < 128:
            out.append(ch)
        elif cp in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[cp])
        else:
            out.append("&#%d;" % cp)
    return "".join(out)


def ent_ru(s):
    s = esc(s)
    return s.replace("«", "&laquo;").replace("»", "&raquo;").replace("—", "&mdash;")


def render_summary(it, o, link):
    style = o["style"]
    text = it["text"].strip()
    title = it["title"]
    if style == "empty":
        return ""
    if style == "teaser":
        return it["cat"]
    if style in ("plain", "long"):
        return text
    if style == "dateline":
        city = it.get("city", o.get("city", ""))
        return o["fmt"].format(CITY=city.upper(), City=city, text=text,
                               day=it["day_of_month"], day2="%02d" % it["day_of_month"])
    if style == "cut":
        n = o["cut"]
        assert len(text) > n + 15, ("text too short to cut", it["key"], len(text))
        return o["cutfmt"].format(head=text[:n], rest=len(text) - n)
    if style == "title_repeat":
        sep = " " if title[-1] in ".!?…" else ". "
        return title + sep + text
    if style == "wordpress_en":
        return "%s […]\nThe post %s appeared first on The Daily Ledger." % (text, title)
    if style == "wordpress_fr":
        return "%s […]\nL’article %s est apparu en premier sur La Gazette Libre." % (text, title)
    if style == "byline":
        by = BYLINES[zlib.crc32(it["key"].encode()) % len(BYLINES)]
        return ("By %s, Staff Reporter\n\n%s\n\n© 2026 Civic Times. All rights reserved. This "
                "material may not be published, broadcast, rewritten or redistributed." % (by, text))
    if style == "footer":
        parts = [text + (" " + o["more"] if o["more"] else "")]
        if o["footer"]:
            parts.append(o["footer"])
        return "\n".join(parts)
    if style == "html_hh":
        ss = sentences(text)
        lead, rest = ss[0], " ".join(ss[1:])
        img = '<img src="https://cdn.harbourherald.co.uk/img/%s.jpg" alt="%s" width="640" />' % (
            it["slug"], html.escape(title, quote=True))
        body = "<strong>%s</strong>" % ent_en(lead) + ((" " + ent_en(rest)) if rest else "")
        return '<p>%s</p><p>%s</p><p><a href="%s">Read more</a></p>' % (img, body, link)
    if style == "html_fr":
        return '<p>%s</p>\n<p><a href="%s">Lire la suite</a></p>' % (ent_fr(text), link)
    if style == "html_es":
        return '<p>%s</p><p><a href="%s" rel="nofollow">Leer m&aacute;s</a></p>' % (
            ent_named(text), link)
    if style == "html_da":
        return '<p>%s</p>\n<p><a href="%s">Læs mere</a></p>\n<p>%s</p>' % (
            esc(text), link, esc(o["footer"]))
    if style == "html_ru":
        ss = "<br>".join(ent_ru(s) for s in sentences(text))
        return '<img src="https://moskvadnya.ru/i/%s.jpg" alt=""><br>%s<br><a href="%s">Читать далее</a>' % (
            it["slug"], ss, link)
    if style == "html_nl":
        return '<p>%s</p><p><a href="%s">Lees verder &raquo;</a></p><p><em>%s</em></p>' % (
            esc(text).replace("'", "&#039;"), link, esc(o["footer"]))
    raise ValueError(style)


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------
CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                "yu", "ya"]))


def slugify(title, words=8):
    """URL slug from the title, the way CMSes build them (never from the item key)."""
    import unicodedata
    t = "".join(CYR.get(c, c) for c in title.lower())
    t = t.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ə", "e").replace("ı", "i")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    parts = [p for p in re.split(r"[^a-z0-9]+", t) if p]
    return "-".join(parts[:words]) or "news"


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build_half(mod):
    half, base = mod.HALF, dt.date.fromisoformat(mod.BASE)
    raw = mod.ITEMS
    bykey = {}
    for it in raw:
        assert it["key"] not in bykey, ("duplicate key", it["key"])
        bykey[it["key"]] = it
    items = []
    for it in raw:
        it = dict(it)
        for f in ("title", "text"):
            v = it.get(f, "")
            if isinstance(v, str) and v.startswith("="):
                it[f] = bykey[v[1:]][f]
        if it["story"] in ("", "-"):
            it["story"] = it["key"]
        o = OUTLETS[it["outlet"]]
        day, hm = it["when"].split()
        day = int(day)
        date = base + dt.timedelta(days=day - 1)
        it["day"] = day
        it["day_of_month"] = date.day
        it["published"] = "%sT%s:00Z" % (date.isoformat(), hm)
        it["slug"] = slugify(it["title"])
        num = str(100000 + zlib.crc32((half + it["key"]).encode()) % 900000)
        link = o["url"].format(slug=it["slug"], num=num, y="%04d" % date.year,
                               m="%02d" % date.month, d="%02d" % date.day)
        if it.get("link"):
            link = it["link"]
        it["link_final"] = link
        it["summary_final"] = render_summary(it, o, link)
        it["title_final"] = it["title"] + o.get("suffix", "")
        it["real"] = o["real"]
        it["tag"] = o["tag"]
        items.append(it)
    items.sort(key=lambda x: (x["published"], x["key"]))
    out = []
    for n, it in enumerate(items, 1):
        it["id"] = "%s/%03d" % (half, n)
        out.append({
            "id": it["id"],
            "story": "%s:%s" % (half, it["story"]),
            "kind": it["kind"],
            "source": it["outlet"],
            "lang": it["tag"],
            "text_lang": it["real"],  # the language written, which pairs are scored by; lang is the feed's tag
            "published": it["published"],
            "stage": it["day"],
            "link": it["link_final"],
            "title": it["title_final"],
            "summary": it["summary_final"],
        })
    return items, out


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
def check_half(mod, items, out):
    half = mod.HALF
    errs = []
    bykey = {it["key"]: it for it in items}
    ids = [o["id"] for o in out]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    # ids ordered by published
    pubs = [o["published"] for o in out]
    if pubs != sorted(pubs):
        errs.append("ids not in published order")
    # links
    lc = Counter(o["link"] for o in out)
    shared = {l: c for l, c in lc.items() if c > 1}
    allowed = set(getattr(mod, "SHARED_LINKS", []))
    for l in shared:
        if l not in allowed:
            errs.append("unexpected shared link %s" % l)
    if len(allowed) > 3:
        errs.append("more than 3 deliberate shared links")
    for l in allowed:
        if lc.get(l, 0) != 2:
            errs.append("deliberate shared link not used exactly twice: %s" % l)
    # kinds
    for it in items:
        if it["kind"] not in KINDS:
            errs.append("bad kind %s" % it["key"])
        if it["kind"] == "cut" and OUTLETS[it["outlet"]]["style"] != "cut":
            errs.append("kind cut from non-cut outlet %s" % it["key"])
    # stage/day
    base = dt.date.fromisoformat(mod.BASE)
    for o in out:
        d = dt.date.fromisoformat(o["published"][:10])
        if (d - base).days + 1 != o["stage"] or o["stage"] not in (1, 2, 3):
            errs.append("stage mismatch %s" % o["id"])
        if not o["story"].startswith(half + ":") or not o["id"].startswith(half + "/"):
            errs.append("prefix %s" % o["id"])
    # labels and heads
    groups = defaultdict(list)
    for it in items:
        groups[it["story"]].append(it)
    for lab, its in groups.items():
        if len(its) >= 2:
            if len(its) > 6:
                errs.append("story %s has %d items" % (lab, len(its)))
            heads = [i for i in its if i["kind"] in HEAD_KINDS]
            if len(heads) != 1:
                errs.append("story %s has %d heads" % (lab, len(heads)))
                continue
            h = heads[0]
            if any(i["published"] <= h["published"] for i in its if i is not h):
                errs.append("head of %s is not strictly earliest" % lab)
            for i in its:
                if i is h:
                    continue
                if i["kind"] in ("single", "lookalike"):
                    errs.append("%s in multi story has kind %s" % (i["key"], i["kind"]))
                if i["kind"] == "translation" and i["real"] == h["real"]:
                    errs.append("translation %s in head language" % i["key"])
        else:
            if its[0]["kind"] not in ("single", "lookalike", "template"):
                errs.append("single-item label %s has kind %s" % (lab, its[0]["kind"]))
    # traps
    trapped = set()
    seen = set()
    for a, b, cls in mod.TRAPS:
        if cls not in TRAP_CLASSES:
            errs.append("bad trap class %s" % cls)
        if a not in bykey or b not in bykey:
            errs.append("trap key missing %s %s" % (a, b))
            continue
        A, B = bykey[a], bykey[b]
        if A["story"] == B["story"]:
            errs.append("trap %s/%s same label" % (a, b))
        if A["real"] != B["real"]:
            errs.append("trap %s/%s different language" % (a, b))
        if cls == "boilerplate":
            if A["outlet"] != B["outlet"]:
                errs.append("boilerplate trap %s/%s different outlets" % (a, b))
            wa = set(re.findall(r"\w+", A["summary_final"].lower()))
            wb = set(re.findall(r"\w+", B["summary_final"].lower()))
            if len(wa & wb) < 15:
                errs.append("boilerplate trap %s/%s shares only %d words" % (a, b, len(wa & wb)))
        if cls == "generic-title":
            if A["summary_final"] and A["summary_final"] != B["summary_final"]:
                errs.append("generic-title trap %s/%s: summaries not empty/teaser" % (a, b))
        pair = tuple(sorted((a, b)))
        if pair in seen:
            errs.append("duplicate trap %s" % (pair,))
        seen.add(pair)
        trapped.update((a, b))
    for it in items:
        if it["kind"] == "lookalike" and it["key"] not in trapped:
            errs.append("lookalike %s not in a trap" % it["key"])
    # language share
    n = len(items)
    en = sum(1 for it in items if it["real"] == "en")
    if en / n > 0.35:
        errs.append("English share %.1f%% > 35%%" % (100.0 * en / n))
    if not 160 <= n <= 180:
        errs.append("item count %d outside 160-180" % n)
    # outlet style consistency (tag constant by construction; verify output shape)
    for it in items:
        o = OUTLETS[it["outlet"]]
        s, st = it["summary_final"], o["style"]
        ok = {
            "empty": s == "",
            "teaser": 0 < len(s) <= 40 and "\n" not in s,
            "cut": s.endswith(("chars]", "[…]", "...")),
            "wordpress_en": s.endswith("appeared first on The Daily Ledger."),
            "wordpress_fr": s.endswith("est apparu en premier sur La Gazette Libre."),
            "byline": s.startswith("By ") and s.endswith("redistributed."),
            "long": 200 <= len(s.split()) <= 400,
            "title_repeat": s.startswith(it["title"]),
        }.get(st, True)
        if st.startswith("html"):
            ok = s.startswith(("<p>", "<img")) and "href=" in s
        if not ok:
            errs.append("outlet style broken %s (%s)" % (it["key"], st))
        if st not in ("empty", "teaser") and not it["text"].strip():
            errs.append("no text for %s" % it["key"])
        if st in ("empty", "teaser") and it["text"].strip():
            errs.append("text given for title-only/teaser outlet %s" % it["key"])
        if st == "teaser" and not it.get("cat"):
            errs.append("teaser outlet item without cat %s" % it["key"])
    return errs


def stats(items, mod):
    groups = defaultdict(list)
    for it in items:
        groups[it["story"]].append(it)
    multi = [g for g in groups.values() if len(g) >= 2]
    pairs = 0
    for g in multi:
        c = Counter(i["real"] for i in g)
        pairs += sum(k * (k - 1) // 2 for k in c.values())
    langs = Counter(it["real"] for it in items)
    kinds = Counter(it["kind"] for it in items)
    traps = Counter(c for _, _, c in mod.TRAPS)
    untagged = sum(1 for it in items if it["tag"] == "")
    wrong = sum(1 for it in items if it["tag"] and not it["tag"].startswith(it["real"]))
    return dict(n=len(items), labels=len(groups), multi=len(multi), pairs=pairs,
                langs=langs, kinds=kinds, traps=traps, untagged=untagged, wrong=wrong,
                ntraps=len(mod.TRAPS))


def table(st_t, st_h):
    rows = []
    rows.append("| | tuning14 | heldout14 |")
    rows.append("|---|---:|---:|")

    def row(name, f):
        rows.append("| %s | %s | %s |" % (name, f(st_t), f(st_h)))

    row("items", lambda s: s["n"])
    row("labels", lambda s: s["labels"])
    row("multi-item stories", lambda s: s["multi"])
    row("same-language positive pairs", lambda s: s["pairs"])
    row("trap pairs (all)", lambda s: s["ntraps"])
    for c in TRAP_CLASSES:
        row("&nbsp;&nbsp;trap `%s`" % c, lambda s, c=c: s["traps"].get(c, 0))
    langs = sorted(set(st_t["langs"]) | set(st_h["langs"]),
                   key=lambda l: (-(st_t["langs"][l] + st_h["langs"][l]), l))
    for l in langs:
        row("lang `%s` (real)" % l, lambda s, l=l: "%d (%.0f%%)" % (
            s["langs"][l], 100.0 * s["langs"][l] / s["n"]))
    row("items with no lang tag", lambda s: s["untagged"])
    row("items with wrong lang tag", lambda s: s["wrong"])
    for k in ["original", "copy", "rewrite", "update", "brief", "cut", "regional",
              "translation", "template", "lookalike", "single"]:
        row("kind `%s`" % k, lambda s, k=k: s["kinds"].get(k, 0))
    return "\n".join(rows) + "\n"


def main():
    mods = [load("data_t14"), load("data_h14")]
    files = ["tuning14.json", "heldout14.json"]
    all_errs, sts, labels = [], [], []
    for mod, fn in zip(mods, files):
        items, out = build_half(mod)
        errs = check_half(mod, items, out)
        all_errs += ["%s: %s" % (mod.HALF, e) for e in errs]
        st = stats(items, mod)
        if st["pairs"] < 100:
            all_errs.append("%s: only %d same-language pairs" % (mod.HALF, st["pairs"]))
        if not 25 <= st["multi"] <= 36:
            all_errs.append("%s: %d multi-item stories" % (mod.HALF, st["multi"]))
        sts.append(st)
        labels.append({o["story"].split(":", 1)[1] for o in out})
        data = json.dumps({"items": out}, ensure_ascii=False, indent=2) + "\n"
        if "--table" not in sys.argv:
            with open(os.path.join(OUT, fn), "wb") as f:
                f.write(data.encode("utf-8"))
    both = labels[0] & labels[1]
    if both:
        all_errs.append("labels in both halves: %s" % sorted(both))
    tab = table(*sts)
    if "--table" in sys.argv:
        print(tab)
        return
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        txt = open(readme, encoding="utf-8").read()
        if tab not in txt:
            all_errs.append("README.md counts table is stale (run build.py --table)")
    for e in all_errs:
        print("CHECK FAILED:", e)
    print(tab)
    if all_errs:
        sys.exit(1)
    print("OK: wrote %s and %s" % tuple(os.path.join(OUT, f) for f in files))


if __name__ == "__main__":
    main()
