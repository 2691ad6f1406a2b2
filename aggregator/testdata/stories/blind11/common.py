"""Shared helpers for the blind11 corpus.

Reuses blind10's helpers (../blind10/common.py, which imports blind9's and
blind8's): md5hex, slugify, make_link, Corpus (with trap pairs and same-story
follow-ups). Adds the blind11 outlets for hy, az, ka, ru, zh, ja, ko, ar, fa,
he, el, tr and en, the column prefixes, the trap classes, and a cut helper
that cuts zh/ja ledes by characters."""
import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "blind10_common", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind10", "common.py"))
_blind10 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_blind10)

# blind8's make_link reads the shared OUTLETS dict: extended in place.
# Every pattern carries {n} or {h8}, so links stay unique for non-Latin titles
# (blind8's slugify keeps only a-z0-9).
OUTLETS = _blind10.OUTLETS
OUTLETS.update({
    # Armenian
    "armnews": ("hy", "https://armnews.am/hy/news/{n}"),
    "yerevanor": ("hy", "https://yerevanor.am/{y}/{m}/{d}/{h8}"),
    "araratlur": ("hy", "https://araratlur.am/hy/article/{n}"),
    "syunikpost": ("hy", "https://syunikpost.am/news/{n}"),
    # Azerbaijani
    "azxeber": ("az", "https://azxeber.az/xeber/{slug}-{n}"),
    "bakipost": ("az", "https://bakipost.az/{y}/{m}/{d}/{slug}-{h8}"),
    "sherqxeber": ("az", "https://sherqxeber.az/az/news/{n}"),
    "qisaxeber": ("az", "https://qisaxeber.az/gun/{y}{m}{d}/{h8}"),
    "manatinfo": ("az", "https://manatinfo.az/mezenne/{y}{m}{d}-{h8}"),
    "lingnan": ("zh", "https://lingnandaily.cn/content/{y}-{m}/{d}/{n}.html"),
    "toyoshimbun": ("ja", "https://toyo-shimbun.jp/articles/-/{n}"),
    "tenkinews": ("ja", "https://tenki-news.jp/forecast/{y}{m}{d}-{h8}"),
    "qahirapress": ("ar", "https://qahirapress.com/news/{y}/{m}/{d}/{n}"),
    "tzafonnews": ("he", "https://tzafon-news.co.il/item/{h8}"),
    "obvestnik": ("ru", "https://obvestnik.ru/news/{y}/{m}/{d}/{n}"),
    "kazanday": ("ru", "https://kazanday.ru/articles/{h8}"),
    "nasheslovo": ("ru", "https://nasheslovo.ru/society/{n}"),
    "tavushlur": ("hy", "https://tavushlur.am/news/{n}"),
    "havaxeber": ("az", "https://havaxeber.az/baki/{y}{m}{d}-{h8}"),
    "atlasakhbar": ("ar", "https://atlasakhbar.ma/{y}/{m}/{d}/{n}.html"),
    "darommedia": ("he", "https://darom-media.co.il/news/{n}"),
    "adjaranews": ("ka", "https://adjaranews.ge/ka/{n}"),
    "kairoskairos": ("el", "https://kairos-tora.gr/athina/{y}{m}{d}-{h8}"),
    "huilvkuai": ("zh", "https://huilvkuai.hk/hsi/{y}{m}{d}-{h8}"),
    "kawasewatch": ("ja", "https://kawase-watch.jp/usdjpy/{y}{m}{d}-{h8}"),
    # Georgian
    "sakinfo": ("ka", "https://sakinfo.ge/ka/news/{n}"),
    "tbilisidghes": ("ka", "https://tbilisidghes.ge/article/{h8}"),
    "kartlipress": ("ka", "https://kartlipress.ge/{y}/{m}/{d}/{n}"),
    # Russian
    "kavkazvestnik": ("ru", "https://kavkazvestnik.ru/news/{n}"),
    "sibvedomosti": ("ru", "https://sibvedomosti.ru/{y}/{m}/{d}/{h8}"),
    "rusinform": ("ru", "https://rusinform.ru/news/{n}.html"),
    "kratkoinfo": ("ru", "https://kratko-info.ru/day/{y}{m}{d}/{h8}"),
    # Chinese
    "huaxiawire": ("zh", "https://www.huaxiawire.cn/news/{y}{m}{d}/{h8}.html"),
    "jinlingbao": ("zh", "https://jinlingbao.cn/a/{n}.html"),
    "shenjiang": ("zh", "https://shenjiang.cn/xw/{n}"),
    "caijingkuai": ("zh", "https://caijingkuai.cn/markets/{y}{m}{d}-{h8}"),
    # Japanese
    "nihonwire": ("ja", "https://nihonwire.jp/articles/{h8}"),
    "kansainippo": ("ja", "https://kansai-nippo.jp/news/{n}"),
    "hokushin": ("ja", "https://hokushin.jp/{y}/{m}/{d}/{n}/"),
    "kabukaweb": ("ja", "https://kabukaweb.jp/market/{y}{m}{d}-{h8}"),
    # Korean
    "hanbando": ("ko", "https://hanbando-news.kr/article/{n}"),
    "namhaeilbo": ("ko", "https://namhaeilbo.kr/news/articleView.html?idxno={n}"),
    "kyungjenews": ("ko", "https://kyungje-news.kr/markets/{h8}"),
    # Arabic
    "nilepost": ("ar", "https://nilepost.eg/news/{n}"),
    "arabwire": ("ar", "https://arabwire.net/ar/{y}/{m}/{d}/{h8}"),
    "maghrebtoday": ("ar", "https://maghrebtoday.ma/actu/{n}"),
    # Persian
    "tehranpayam": ("fa", "https://tehranpayam.ir/news/{n}"),
    "farsnameh": ("fa", "https://farsnameh.ir/fa/{h8}"),
    "khazarkhabar": ("fa", "https://khazarkhabar.ir/{n}"),
    # Hebrew
    "hadoar": ("he", "https://hadoar.co.il/news/{n}"),
    "yomonline": ("he", "https://yomonline.co.il/article/{h8}"),
    "haifanews": ("he", "https://haifanews.co.il/{n}"),
    # Greek
    "athinaiki": ("el", "https://athinaiki.gr/eidiseis/{n}"),
    "aigaionews": ("el", "https://aigaionews.gr/{y}/{m}/{d}/{h8}/"),
    "voreiapost": ("el", "https://voreiapost.gr/article/{n}"),
    "agoragr": ("el", "https://agoragr.gr/xa/{y}{m}{d}-{h8}"),
    # Turkish
    "anadoluekspres": ("tr", "https://anadoluekspres.com.tr/gundem/{slug}-{n}"),
    "bogazpost": ("tr", "https://bogazpost.com/haber/{n}/{slug}"),
    "kafkashaber": ("tr", "https://kafkashaber.com.tr/{h8}"),
    # English
    "caucasuswire": ("en", "https://caucasuswire.com/news/{h8}/{slug}"),
    "asiamonitor": ("en", "https://asiamonitor.net/{y}/{m}/{d}/{slug}-{n}"),
    "levantledger": ("en", "https://levantledger.com/article/{n}/{slug}"),
    "bosphoruslog": ("en", "https://bosphoruslog.com/shipping/{slug}-{h8}"),
    "caucasusdigest": ("en", "https://caucasusdigest.com/{y}/{m}/{d}/{h8}"),
})

# outlets whose every title starts with a fixed word (columns; checked)
PREFIXED = {
    "kratkoinfo": "Коротко:",
    "qisaxeber": "Qısa xəbərlər:",
    "caucasusdigest": "Caucasus digest:",
}

KINDS = _blind10.KINDS

TRAP_CLASSES = {
    "region": "same region cluster, same days, different events",
    "place": "same city/port, same day, different events",
    "company": "same company or institution, same or next day, different news",
    "template": "same headline template on different events",
    "vocab": "brief/update/column of one event next to another with the same vocabulary",
    "followup": "next-day follow-up that is a separate story by the rule",
}

# languages written without spaces: lengths counted in characters
CHAR_LANGS = ("zh", "ja")

md5hex, slugify, make_link, Corpus = _blind10.md5hex, _blind10.slugify, _blind10.make_link, _blind10.Corpus


def cut_lede(summary, lang):
    """Lede truncated with an ellipsis: ~70 % of the words (zh/ja: of the
    characters), final punctuation dropped."""
    if lang in CHAR_LANGS:
        k = max(45, int(len(summary) * 0.7))
        if k >= len(summary):
            k = len(summary) - 3
        return summary[:k].rstrip("，。、：；,.") + "…"
    words = summary.split()
    n = len(words)
    k = max(20, int(n * 0.7))
    if k >= n:
        k = n - 2
    return " ".join(words[:k]).rstrip(",;:.։،") + "…"


def region_pairs(corpus, labels, skip=()):
    """Trap pairs of class `region` for every pair of cluster labels that
    share a language (pairs already listed under another class are skipped).
    Call after all stories are added."""
    langs = {lab: {OUTLETS[t[1]][0] for t in tuples} for lab, tuples in corpus.stories}
    done = {frozenset((a, b)) for _, a, b, _ in corpus.traps}
    full = [corpus.prefix + ":" + l for l in labels]
    for i, a in enumerate(full):
        for b in full[i + 1:]:
            if frozenset((a, b)) in done:
                continue
            if langs[a] & langs[b]:
                corpus.traps.append(("region", a, b, "cluster: " + "/".join(sorted(langs[a] & langs[b]))))
