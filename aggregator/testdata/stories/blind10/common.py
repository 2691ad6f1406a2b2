"""Shared helpers for the blind10 corpus.

Reuses blind9's helpers (../blind9/common.py, which itself extends blind8's
outlet table): outlet table, slug and link helpers. Adds the blind10 outlets,
the fixed-prefix (column) outlets, a Corpus that also records the planned trap
pairs and same-story follow-ups, and the cut helper."""
import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "blind9_common", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind9", "common.py"))
_blind9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_blind9)

# blind8's make_link reads the shared OUTLETS dict: extended in place.
OUTLETS = _blind9.OUTLETS
OUTLETS.update({
    # English
    "dailyround": ("en", "https://www.dailyround.co.uk/brief/{y}{m}{d}/{slug}-{n}"),
    "steelcitypress": ("en", "https://steelcitypress.co.uk/news/{slug}-{n}"),
    "pennineherald": ("en", "https://pennineherald.co.uk/news/{slug}-{n}"),
    "eastanglian": ("en", "https://www.eastanglianstar.co.uk/news/{n}.{slug}/"),
    "clydesider": ("en", "https://clydesider.scot/news/{y}/{m}/{slug}"),
    "matchdaywire": ("en", "https://matchdaywire.com/football/{slug}-{h8}"),
    "mapleledger": ("en", "https://www.mapleledger.ca/business/{slug}-{n}"),
    "westcountrypost": ("en", "https://westcountrypost.co.uk/{y}/{m}/{d}/{slug}/"),
    "merseymail": ("en", "https://www.merseymail.co.uk/news/liverpool/{slug}-{n}"),
    "lancashirestar": ("en", "https://lancashirestar.co.uk/news/{n}/{slug}"),
    "asiapacwire": ("en", "https://asiapacwire.com/news/{h8}/{slug}"),
    "consumerwatch": ("en", "https://consumerwatch.co.uk/recalls/{y}/{slug}-{h8}"),
    # German
    "boersenblick": ("de", "https://www.boersenblick.de/dax/{y}{m}{d}-{slug}"),
    # French
    "rhonematin": ("fr", "https://www.rhonematin.fr/lyon/{slug}-{n}"),
    "sudouestjour": ("fr", "https://www.sudouestjour.fr/gironde/bordeaux/{slug}-{h8}.php"),
    "fildujour": ("fr", "https://fildujour.fr/en-bref/{y}{m}{d}-{h8}"),
    # Spanish
    "prensaandina": ("es", "https://prensaandina.cl/nacional/{slug}-{n}"),
    "istmohoy": ("es", "https://istmohoy.com/nota/{n}/{slug}"),
    # Italian
    "cronacasarda": ("it", "https://www.cronacasarda.it/{slug}-{n}.html"),
    "siciliaoggi": ("it", "https://siciliaoggi.it/catania/{y}/{m}/{d}/{slug}"),
    # Dutch
    "domstadpost": ("nl", "https://www.domstadpost.nl/utrecht/{slug}-{n}"),
    "brabantbode": ("nl", "https://brabantbode.nl/eindhoven/{slug}~{h8}/"),
    # Portuguese
    "ilhasdiario": ("pt", "https://ilhasdiario.pt/acores/{slug}-{n}"),
    "correiogaucho": ("pt", "https://correiogaucho.com.br/geral/{y}/{m}/{slug}-{h8}.html"),
    # Swedish / Danish
    "oresundsbladet": ("sv", "https://oresundsbladet.se/malmo/{slug}-{n}"),
    "aarhusavis": ("da", "https://aarhusavis.dk/nyheder/{slug}-{n}"),
    # Polish
    "glospoznania": ("pl", "https://glospoznania.pl/{y}/{m}/{d}/{slug}/"),
    "lubelskidziennik": ("pl", "https://dzienniklubelski.pl/lotto/{h8}"),
    # Russian
    "volgapress": ("ru", "https://volgapress.ru/samara/{n}"),
    "uralpost": ("ru", "https://uralpost.ru/news/{y}/{m}/{d}/{h8}"),
})

# outlets whose every title starts with a fixed word (columns / fixed series)
PREFIXED = {
    "worldline": "World:",
    "dailyround": "News in brief:",
    "nordbote": "Kurz notiert:",
    "fildujour": "En bref:",
    "kurierslaski": "Krótko:",
}

KINDS = ["original", "rewrite", "update", "brief", "cut", "regional", "copy",
         "translation", "lookalike", "template", "single"]

TRAP_CLASSES = {
    "place": "same place, same day, different events",
    "company": "same company or institution, same or next day, different news",
    "template": "same headline template on different events",
    "vocab": "update/brief/column of one event next to another with the same vocabulary",
    "followup": "next-day follow-up that is a separate story by the rule",
}

md5hex, slugify, make_link = _blind9.md5hex, _blind9.slugify, _blind9.make_link


class Corpus:
    """Stories (label -> raw item tuples) plus the planned trap pairs."""

    def __init__(self, prefix, first_day):
        self.prefix = prefix          # "t10" / "h10"
        self.first_day = first_day    # datetime.date of day 1
        self.stories = []             # (label, [(kind, source, day, hhmm, title, summary)])
        self.traps = []               # (class, labelA, labelB, note)
        self.same = []                # (label, note): same-story follow-ups

    def story(self, label, items):
        self.stories.append((self.prefix + ":" + label, items))

    def one(self, label, kind, source, day, hhmm, title, summary):
        self.story(label, [(kind, source, day, hhmm, title, summary)])

    def trap(self, cls, a, b, note=""):
        self.traps.append((cls, self.prefix + ":" + a, self.prefix + ":" + b, note))

    def same_followup(self, label, note=""):
        self.same.append((self.prefix + ":" + label, note))


def cut_lede(summary):
    """Lede truncated with an ellipsis (cut mid-way, final stop dropped)."""
    words = summary.split()
    n = len(words)
    k = max(20, int(n * 0.7))
    if k >= n:
        k = n - 2
    return " ".join(words[:k]).rstrip(",;:.") + "…"
