"""Shared helpers for the blind9 corpus: blind8's (../blind8/common.py),
with seven more outlets, and cut ledes that drop a sentence's final "."
before the "…"."""
import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "blind8_common", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind8", "common.py"))
_blind8 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_blind8)

# blind8's make_link reads its own OUTLETS: extended in place.
OUTLETS = _blind8.OUTLETS
OUTLETS.update({
    "courier": ("en", "https://www.thecourierdaily.co.uk/news/{y}/{m}/{d}/{slug}"),
    "scotsbeacon": ("en", "https://scotsbeacon.co.uk/local/{slug}-{n}"),
    "ulsterpost": ("en", "https://www.ulsterpost.co.uk/news/{n}/{slug}.html"),
    "westexpress": ("de", "https://www.westexpress.de/region/{slug}-{n}.html"),
    "marchesbourse": ("fr", "https://www.marches-bourse.fr/cac/{y}{m}{d}-{h8}"),
    "limaexpreso": ("es", "https://limaexpreso.pe/actualidad/{n}-{slug}"),
    "diariocarioca": ("pt", "https://diariocarioca.com.br/noticia/{n}"),
})
PREFIXED, KINDS = _blind8.PREFIXED, _blind8.KINDS
md5hex, slugify, make_link, Corpus = _blind8.md5hex, _blind8.slugify, _blind8.make_link, _blind8.Corpus


def cut_lede(summary):
    """Lede truncated with an ellipsis (first sentence, cut mid-way)."""
    words = summary.split()
    n = len(words)
    k = max(20, int(n * 0.7))
    if k >= n:
        k = n - 2
    return " ".join(words[:k]).rstrip(",;:.") + "…"
