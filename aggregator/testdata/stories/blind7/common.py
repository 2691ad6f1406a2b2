"""Shared helpers for the blind7 story-grouping corpus (stdlib only)."""
import hashlib
import re
import unicodedata

# slug -> (lang, domain, link style, section)
OUTLETS = {
    # English
    "harbor-daily": ("en", "harbordaily.example", "ymd", ""),
    "northgate-wire": ("en", "northgatewire.example", "wire", ""),
    "the-ledger-post": ("en", "ledgerpost.example", "section", "news"),
    "evening-courier": ("en", "eveningcourier.example", "php", ""),
    "metro-herald": ("en", "metroherald.example", "a", ""),
    "coastline-news": ("en", "coastlinenews.example", "ymd-num", ""),
    "bridgeport-times": ("en", "bridgeporttimes.example", "hex", ""),
    "wire-alliance": ("en", "wirealliance.example", "wire", ""),
    "briefline": ("en", "briefline.example", "num", "b"),
    "the-county-record": ("en", "countyrecord.example", "section", "local"),
    "market-sentinel": ("en", "marketsentinel.example", "ymd", ""),
    "globe-desk": ("en", "globedesk.example", "a", ""),
    # German
    "rheinblick-zeitung": ("de", "rheinblick.example", "section", "panorama"),
    "hanse-depesche": ("de", "hansedepesche.example", "wire", ""),
    "elbe-rundschau": ("de", "elbe-rundschau.example", "ymd", ""),
    "alpenkurier": ("de", "alpenkurier.example", "php", ""),
    "kreisbote-online": ("de", "kreisbote-online.example", "a", ""),
    "donau-nachrichten": ("de", "donau-nachrichten.example", "hex", ""),
    # French
    "le-courrier-du-port": ("fr", "courrierduport.example", "ymd", ""),
    "depeche-francophone": ("fr", "depeche-francophone.example", "wire", ""),
    "la-voix-du-midi": ("fr", "voixdumidi.example", "section", "actualite"),
    "quotidien-de-l-est": ("fr", "quotidien-est.example", "php", ""),
    "journal-laurentien": ("fr", "journal-laurentien.example", "a", ""),
    "echo-de-wallonie": ("fr", "echowallonie.example", "hex", ""),
    # Spanish
    "diario-del-estrecho": ("es", "diariodelestrecho.example", "ymd", ""),
    "agencia-iberica": ("es", "agenciaiberica.example", "wire", ""),
    "heraldo-austral": ("es", "heraldoaustral.example", "section", "noticias"),
    "cronica-de-levante": ("es", "cronicalevante.example", "php", ""),
    "gaceta-del-plata": ("es", "gacetadelplata.example", "a", ""),
    # Italian
    "corriere-del-golfo": ("it", "corrieredelgolfo.example", "ymd", ""),
    "agenzia-tirrena": ("it", "agenziatirrena.example", "wire", ""),
    "gazzettino-padano": ("it", "gazzettinopadano.example", "section", "cronaca"),
    "sentinella-sarda": ("it", "sentinellasarda.example", "a", ""),
    # Portuguese
    "jornal-da-ribeira": ("pt", "jornaldaribeira.example", "ymd", ""),
    "agencia-atlantica": ("pt", "agenciaatlantica.example", "wire", ""),
    "folha-do-planalto": ("pt", "folhadoplanalto.example", "section", "brasil"),
    "diario-do-tejo": ("pt", "diariodotejo.example", "php", ""),
    # Dutch
    "dagblad-de-polder": ("nl", "dagbladdepolder.example", "ymd", ""),
    "nieuwsdienst-delta": ("nl", "nieuwsdienstdelta.example", "wire", ""),
    "het-kanaal": ("nl", "hetkanaal.example", "a", ""),
    "brabants-avondblad": ("nl", "brabantsavondblad.example", "section", "regio"),
    # Polish
    "kurier-wielkopolski": ("pl", "kurierwielkopolski.example", "ymd", ""),
    "agencja-wisla": ("pl", "agencjawisla.example", "wire", ""),
    "gazeta-nadodrzanska": ("pl", "gazetanadodrzanska.example", "php", ""),
    "serwis-polska24": ("pl", "polska24.example", "a", ""),
    "glos-pomorza": ("pl", "glospomorza.example", "section", "wiadomosci"),
    # Russian
    "vestnik-severa": ("ru", "vestnik-severa.example", "num", "news"),
    "agentstvo-volga": ("ru", "agentstvo-volga.example", "num", "lenta"),
    "gazeta-priboy": ("ru", "priboy.example", "ymd-num", ""),
    # Ukrainian
    "kyivskyi-kurier": ("uk", "kyivkurier.example", "num", "news"),
    "ahentsiia-dnipro": ("uk", "dnipro-agency.example", "num", "feed"),
    "pivden-media": ("uk", "pivden.example", "ymd-num", ""),
    # Swedish
    "ostkusten": ("sv", "ostkusten.example", "ymd", ""),
    "nyhetsbyran-norden": ("sv", "nyhetsbyrannorden.example", "wire", ""),
    "skanebladet": ("sv", "skanebladet.example", "a", ""),
    # Danish, Finnish, Greek
    "kystposten": ("da", "kystposten.example", "php", ""),
    "pohjoisen-sanomat": ("fi", "pohjoisensanomat.example", "a", ""),
    "aigaio-nea": ("el", "aigaionea.example", "num", "eidiseis"),
    # Czech
    "vltava-denik": ("cs", "vltavadenik.example", "ymd", ""),
    "zpravodaj-morava": ("cs", "zpravodajmorava.example", "wire", ""),
    "metropole-dnes": ("cs", "metropoledn.example", "php", ""),
    # Turkish
    "bogaz-haber": ("tr", "bogazhaber.example", "a", ""),
    "ege-ajansi": ("tr", "egeajansi.example", "wire", ""),
    "karadeniz-gazetesi": ("tr", "karadenizgazetesi.example", "ymd", ""),
    # Romanian
    "ziarul-carpati": ("ro", "ziarulcarpati.example", "ymd", ""),
    "agentia-dunarea": ("ro", "agentiadunarea.example", "wire", ""),
    "gazeta-de-banat": ("ro", "gazetadebanat.example", "php", ""),
    # Hungarian
    "duna-hirado": ("hu", "dunahirado.example", "ymd", ""),
    "pannon-hirugynokseg": ("hu", "pannonhir.example", "wire", ""),
    "alfoldi-hirek": ("hu", "alfoldihirek.example", "php", ""),
}

KINDS = {"original", "copy", "rewrite", "update", "brief", "cut", "regional",
         "translation", "lookalike", "template", "single"}

_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O",
                        "æ": "ae", "Æ": "AE", "ı": "i", "đ": "d", "œ": "oe",
                        "å": "a", "Å": "A"})


def slugify(text, maxlen=64):
    t = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    t = t.encode("ascii", "ignore").decode("ascii").lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    if len(t) > maxlen:
        t = t[:maxlen].rsplit("-", 1)[0]
    return t or "article"


def digest(*parts):
    return hashlib.md5("\x1f".join(parts).encode("utf-8")).hexdigest()


def make_link(source, date, title, key):
    lang, dom, style, section = OUTLETS[source]
    h = digest(key, source, title)
    n = str(int(h[:8], 16) % 9000000 + 1000000)
    y, m, d = date.split("-")
    slug = slugify(title)
    if style == "ymd":
        return f"https://www.{dom}/{y}/{m}/{d}/{slug}/"
    if style == "wire":
        return f"https://{dom}/wire/{n}-{slug}"
    if style == "section":
        return f"https://{dom}/{section}/{slug}-{n[-5:]}.html"
    if style == "php":
        return f"https://www.{dom}/article.php?id={n}"
    if style == "a":
        return f"https://{dom}/a/{n}/{slug}"
    if style == "ymd-num":
        return f"https://{dom}/{y}{m}{d}/{n}.html"
    if style == "hex":
        return f"https://{dom}/story/{h[8:20]}"
    if style == "num":
        return f"https://{dom}/{section}/{n}"
    raise ValueError(style)


def build_items(prefix, dates, groups):
    """groups: list of (label, [(kind, source, day, 'HH:MM', title, summary), ...])."""
    items = []
    for label, rows in groups:
        orig_link = None
        for kind, source, day, hm, title, summary in rows:
            shared = kind.endswith("*")
            kind = kind.rstrip("*")
            assert kind in KINDS, kind
            assert source in OUTLETS, source
            date = dates[day - 1]
            sec = int(digest(prefix, label, title)[:4], 16) % 60
            published = f"{date}T{hm}:{sec:02d}Z"
            if shared:
                link = orig_link
            else:
                link = make_link(source, date, title, prefix + label + kind)
            if kind in ("original", "lookalike", "template", "single") and orig_link is None:
                orig_link = link
            items.append({
                "story": f"{prefix}:{label}", "kind": kind, "source": source,
                "lang": OUTLETS[source][0], "published": published, "stage": day,
                "link": link, "title": title, "summary": summary,
            })
    items.sort(key=lambda it: (it["published"], it["link"], it["title"]))
    out = []
    for i, it in enumerate(items, 1):
        rec = {"id": f"{prefix}/{i:03d}"}
        rec.update(it)
        out.append({k: rec[k] for k in ("id", "story", "kind", "source", "lang",
                                         "published", "stage", "link", "title", "summary")})
    return out


def stats(items):
    from collections import Counter, defaultdict
    by_story = defaultdict(list)
    for it in items:
        by_story[it["story"]].append(it)
    multi = sum(1 for v in by_story.values() if len(v) > 1)
    pairs = 0
    for v in by_story.values():
        c = Counter(it["lang"] for it in v)
        pairs += sum(n * (n - 1) // 2 for n in c.values())
    return {
        "items": len(items),
        "languages": dict(sorted(Counter(it["lang"] for it in items).items())),
        "stories": len(by_story),
        "multi_item_stories": multi,
        "same_language_pairs": pairs,
        "kinds": dict(sorted(Counter(it["kind"] for it in items).items())),
    }


def check(items):
    """Return a list of warnings (word counts, duplicate links, language of outlet)."""
    from collections import Counter
    warn = []
    links = Counter(it["link"] for it in items)
    for it in items:
        n = len(it["summary"].split())
        if not 20 <= n <= 70:
            warn.append(f"{it['id']} {it['story']} summary words={n}")
        if links[it["link"]] > 1 and it["kind"] not in ("copy", "original"):
            warn.append(f"{it['id']} shared link but kind {it['kind']}")
    shared = [l for l, c in links.items() if c > 1]
    warn.append(f"shared links: {len(shared)}")
    return warn
