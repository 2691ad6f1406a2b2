"""Shared helpers for the blind9 corpus: outlets, link styles, item records."""
import hashlib
import re
import unicodedata

# slug -> (language, link pattern)
# pattern fields: {y} {m} {d} {slug} {h8} {n}
OUTLETS = {
    # English
    "gwire": ("en", "https://www.globalwire.net/article/{h8}-{slug}"),
    "northstar": ("en", "https://northstarpost.com/{y}/{m}/{d}/{slug}/"),
    "ledger": ("en", "https://www.theledgerdaily.co.uk/news/{slug}-{n}"),
    "harbourherald": ("en", "https://harbourherald.co.uk/local/{n}/{slug}"),
    "worldline": ("en", "https://worldline.news/w/{h8}"),
    "capitalbrief": ("en", "https://capitalbrief.com/markets/{y}{m}{d}/{slug}"),
    "pacificecho": ("en", "https://www.pacificecho.com.au/story/{n}/{slug}/"),
    "eveningmetro": ("en", "https://eveningmetro.co.uk/news/{slug}-{n}.html"),
    "courier": ("en", "https://www.thecourierdaily.co.uk/news/{y}/{m}/{d}/{slug}"),
    "scotsbeacon": ("en", "https://scotsbeacon.co.uk/local/{slug}-{n}"),
    "ulsterpost": ("en", "https://www.ulsterpost.co.uk/news/{n}/{slug}.html"),
    # German
    "dpn": ("de", "https://www.dpn-nachrichten.de/meldung/{y}-{m}-{d}-{slug}"),
    "rheinblatt": ("de", "https://www.rheinblatt.de/politik/{slug}-a{n}.html"),
    "alpenkurier": ("de", "https://alpenkurier.at/nachrichten/{n}"),
    "nordbote": ("de", "https://www.nordbote.de/kurz/{slug}-{h8}"),
    "westexpress": ("de", "https://www.westexpress.de/region/{slug}-{n}.html"),
    # French
    "afi": ("fr", "https://www.afi-info.fr/depeche/{y}{m}{d}-{h8}"),
    "lequotidien": ("fr", "https://www.lequotidien.fr/societe/article/{y}/{m}/{d}/{slug}_{n}.html"),
    "ouestmatin": ("fr", "https://www.ouest-matin.fr/region/{slug}-{h8}"),
    "lematinromand": ("fr", "https://www.lematinromand.ch/{slug}-{n}"),
    "marchesbourse": ("fr", "https://www.marches-bourse.fr/cac/{y}{m}{d}-{h8}"),
    # Spanish
    "efa": ("es", "https://agenciaefa.es/noticia/{n}/{slug}"),
    "diariosol": ("es", "https://www.diariosol.es/{y}/{m}/{d}/{slug}.html"),
    "elnorte": ("es", "https://elnortehoy.es/breves/{h8}"),
    "lanacionsur": ("es", "https://lanacionsur.com.ar/nota/{n}-{slug}"),
    "limaexpreso": ("es", "https://limaexpreso.pe/actualidad/{n}-{slug}"),
    # Italian
    "ansi": ("it", "https://www.agenzia-ansi.it/notizie/{y}/{m}/{d}/{slug}_{h8}.html"),
    "corrierelido": ("it", "https://corrierelido.it/cronaca/{slug}-{n}"),
    "gazzettavalle": ("it", "https://www.gazzettadellavalle.it/articolo/{n}"),
    # Portuguese
    "agtejo": ("pt", "https://agenciatejo.pt/noticias/{slug}-{n}"),
    "jornalporto": ("pt", "https://www.jornaldoporto.pt/{y}/{m}/{d}/{slug}"),
    "folhasul": ("pt", "https://folhadosul.com.br/{slug}/{n}"),
    "diariocarioca": ("pt", "https://diariocarioca.com.br/noticia/{n}"),
    # Dutch
    "nlpers": ("nl", "https://nlpersbureau.nl/nieuws/{n}/{slug}"),
    "dagbladdelta": ("nl", "https://www.dagbladdelta.nl/regio/{slug}~a{n}/"),
    "gvanieuws": ("nl", "https://www.gva-nieuws.be/{slug}_{h8}"),
    # Polish
    "pan": ("pl", "https://www.pan-agencja.pl/wiadomosci/{n},{slug}.html"),
    "gazetawisla": ("pl", "https://gazetawisla.pl/{y}/{m}/{d}/{slug}/"),
    "kurierslaski": ("pl", "https://kurierslaski.pl/krotko/{h8}"),
    # Russian
    "vestnik": ("ru", "https://vestnik-info.ru/news/{y}/{m}/{d}/{n}.html"),
    "gazetaneva": ("ru", "https://gazetaneva.ru/articles/{h8}"),
    "sibexpress": ("ru", "https://sibexpress.ru/news/{n}"),
    # Ukrainian
    "dniproinfo": ("uk", "https://dniproinfo.ua/news/{n}"),
    "kyivvechir": ("uk", "https://kyivvechir.com.ua/{y}/{m}/{d}/{h8}/"),
    "lvivpost": ("uk", "https://lvivpost.ua/n/{n}"),
    # Swedish
    "nordnytt": ("sv", "https://nordnytt.se/nyheter/{slug}-{h8}"),
    "gbgkuriren": ("sv", "https://www.gbgkuriren.se/artikel/{n}/"),
    "norrlandsbladet": ("sv", "https://norrlandsbladet.se/{slug}/{n}"),
    # Czech
    "zpravycz": ("cs", "https://zpravy-cz.cz/domov/{slug}-{n}"),
    "moravadnes": ("cs", "https://moravadnes.cz/clanek/{h8}"),
    "prazskyden": ("cs", "https://prazskyden.cz/{y}/{m}/{d}/{slug}"),
    # Turkish
    "haberajans": ("tr", "https://haberajans.com.tr/gundem/{slug}-{n}"),
    "bosfor": ("tr", "https://www.bosforgazete.com/haber/{n}/{slug}"),
    "egepost": ("tr", "https://egepost.com.tr/{h8}"),
    # Danish
    "nyhedsbureau": ("da", "https://nyhedsbureauet.dk/nyheder/{n}"),
    "fynsposten": ("da", "https://fynsposten.dk/lokalt/{slug}-{h8}"),
    "jyskdagblad": ("da", "https://jyskdagblad.dk/artikel/{slug}"),
    # Romanian
    "carpati": ("ro", "https://agentiacarpati.ro/stiri/{n}/{slug}"),
    "jurnaldunarii": ("ro", "https://jurnaluldunarii.ro/{slug}-{h8}.html"),
    "gazetaclujului": ("ro", "https://gazetaclujului.ro/{y}/{m}/{d}/{slug}/"),
    # Hungarian
    "hirugynokseg": ("hu", "https://hirugynokseg.hu/belfold/{y}/{m}/{d}/{slug}"),
    "pestihirlap": ("hu", "https://pestihirlap.hu/cikk/{n}"),
    "alfoldiujsag": ("hu", "https://alfoldiujsag.hu/{slug}-{h8}"),
    # Finnish / Norwegian (singles only)
    "helsinginviesti": ("fi", "https://helsinginviesti.fi/uutiset/{n}"),
    "bergensposten": ("no", "https://bergensposten.no/nyheter/i/{h8}/{slug}"),
}

# outlets whose every title must start with a fixed word
PREFIXED = {"worldline": "World:", "nordbote": "Kurz notiert:"}

KINDS = ["original", "rewrite", "update", "brief", "cut", "regional", "copy",
         "translation", "lookalike", "template", "single"]

_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
                 "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
                 "i", "yi", "ye", "g"]))


def md5hex(s):
    return hashlib.md5(s.encode("utf-8")).hexdigest()


def slugify(title, maxwords=9):
    t = title.lower()
    t = "".join(_CYR.get(c, c) for c in t)
    t = t.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", t)
    return "-".join(words[:maxwords]) or "item"


def make_link(source, title, label, date):
    pattern = OUTLETS[source][1]
    h = md5hex(label + "|" + source + "|" + title)
    y, m, d = date.split("-")
    return pattern.format(y=y, m=m, d=d, slug=slugify(title), h8=h[:8],
                          n=int(h[8:15], 16) % 9000000 + 1000000)


class Corpus:
    """Collects stories; each story is a list of raw item tuples."""

    def __init__(self, prefix, first_day):
        self.prefix = prefix          # "t9" / "h9"
        self.first_day = first_day    # datetime.date
        self.stories = []             # (label, [tuples])

    def story(self, label, items):
        self.stories.append((self.prefix + ":" + label, items))

    def one(self, label, kind, source, day, hhmm, title, summary):
        self.story(label, [(kind, source, day, hhmm, title, summary)])


def cut_lede(summary):
    """Lede truncated with an ellipsis (first sentence, cut mid-way)."""
    words = summary.split()
    n = len(words)
    k = max(20, int(n * 0.7))
    if k >= n:
        k = n - 2
    return " ".join(words[:k]).rstrip(",;:.") + "…"
