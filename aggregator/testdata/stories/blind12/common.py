"""Shared helpers for the blind12 corpus.

Reuses blind11's helpers (../blind11/common.py, which imports blind10's,
blind9's and blind8's): md5hex, slugify, make_link, Corpus (with trap pairs
and same-story follow-ups). Adds the blind12 outlets for hi, bn, ur, ta, th,
vi, id, ms, tl, sw, am and en, the column prefixes, the trap classes, and a
cut helper that cuts Thai ledes by characters (at a space)."""
import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "blind11_common", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind11", "common.py"))
_blind11 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_blind11)

# blind8's make_link reads the shared OUTLETS dict: extended in place. Every
# pattern carries {n} or {h8}, since slugify keeps only a-z0-9.
OUTLETS = _blind11.OUTLETS
OUTLETS.update({
    # Hindi
    "bharatvarta": ("hi", "https://bharatvarta.in/news/{n}"),
    "dainikprabhat": ("hi", "https://dainikprabhat.in/{y}/{m}/{d}/{h8}"),
    "rajdhanisamachar": ("hi", "https://rajdhanisamachar.com/delhi/{n}.html"),
    "lokvani": ("hi", "https://lokvani.co.in/khabar/{h8}"),
    "pahadpatrika": ("hi", "https://pahadpatrika.in/uttarakhand/{n}"),
    "sankshep": ("hi", "https://sankshep.in/din/{y}{m}{d}/{h8}"),
    "bazaarbhav": ("hi", "https://bazaarbhav.in/market/{y}{m}{d}-{h8}"),
    # Bengali
    "banglabarta": ("bn", "https://banglabarta.com.bd/news/{n}"),
    "dhakaprohor": ("bn", "https://dhakaprohor.com/{y}/{m}/{d}/{h8}"),
    "padmapatra": ("bn", "https://padmapatra.com.bd/country/{n}"),
    "karnaphulikantha": ("bn", "https://karnaphulikantha.com/ctg/{n}"),
    "sonarbazar": ("bn", "https://sonarbazar.com.bd/dam/{y}{m}{d}-{h8}"),
    "bayukatha": ("bn", "https://bayukatha.com.bd/aqi/{y}{m}{d}-{h8}"),
    # Urdu
    "awazekarachi": ("ur", "https://awazekarachi.pk/news/{n}"),
    "lahorenama": ("ur", "https://lahorenama.pk/{y}/{m}/{d}/{h8}"),
    "khabarnamapk": ("ur", "https://khabarnama.pk/urdu/{n}"),
    "sarhadtimes": ("ur", "https://sarhadurdu.pk/story/{n}"),
    # Tamil
    "tamilmalar": ("ta", "https://tamilmalar.in/news/{n}"),
    "chennaiosai": ("ta", "https://chennaiosai.com/{y}/{m}/{d}/{h8}"),
    "kaveriseithi": ("ta", "https://kaveriseithi.in/tamilnadu/{n}"),
    "kovaimurasu": ("ta", "https://kovaimurasu.in/kovai/{n}"),
    "thangamvilai": ("ta", "https://thangamvilai.in/chennai/{y}{m}{d}-{h8}"),
    # Thai
    "siamwire": ("th", "https://siamwire.co.th/news/{n}"),
    "krungthepdaily": ("th", "https://krungthepdaily.com/{y}/{m}/{d}/{h8}"),
    "chonburipost": ("th", "https://chonburipost.co.th/local/{n}"),
    "akatwannee": ("th", "https://akatwannee.co.th/bkk/{y}{m}{d}-{h8}"),
    "andamannews": ("th", "https://andamannews.co.th/phuket/{n}"),
    "khaodeethai": ("th", "https://khaodeethai.com/news/{n}"),
    "hoonthai": ("th", "https://hoonthai.co.th/set/{y}{m}{d}-{h8}"),
    # Vietnamese
    "tinnhanhviet": ("vi", "https://tinnhanhviet.vn/thoi-su/{n}.html"),
    "songhongnews": ("vi", "https://songhongnews.vn/{y}/{m}/{d}/{h8}.htm"),
    "baomientrung": ("vi", "https://baomientrung.vn/tin/{n}"),
    "saigonngay": ("vi", "https://saigonngay.vn/xa-hoi/{n}.html"),
    "thoitiethn": ("vi", "https://thoitiethanoi.vn/{y}{m}{d}-{h8}"),
    "giavangnay": ("vi", "https://giavangnay.vn/{y}{m}{d}-{h8}"),
    "tinvan": ("vi", "https://tinvan.vn/ngay/{y}{m}{d}/{h8}"),
    # Indonesian
    "kabarnusa": ("id", "https://kabarnusa.co.id/read/{n}"),
    "wartajaya": ("id", "https://wartajaya.id/{y}/{m}/{d}/{h8}"),
    "harianpesisir": ("id", "https://harianpesisir.id/berita/{n}"),
    "bursakini": ("id", "https://bursakini.co.id/pasar/{y}{m}{d}-{h8}"),
    # Malay
    "suarasemenanjung": ("ms", "https://suarasemenanjung.my/berita/{n}"),
    "beritatimur": ("ms", "https://beritatimur.com.my/{y}/{m}/{d}/{h8}"),
    "kotaraya": ("ms", "https://kotaraya.my/semasa/{n}"),
    # Tagalog
    "balitangbayan": ("tl", "https://balitangbayan.ph/balita/{n}"),
    "tinigmaynila": ("tl", "https://tinigmaynila.ph/{y}/{m}/{d}/{h8}"),
    "pahayagan": ("tl", "https://pahayagan.ph/probinsya/{n}"),
    # Swahili
    "pwanileo": ("sw", "https://pwanileo.co.ke/habari/{n}"),
    "mwangaza": ("sw", "https://mwangaza.co.tz/{y}/{m}/{d}/{h8}"),
    "saututanzania": ("sw", "https://saututanzania.co.tz/kitaifa/{n}"),
    "jamhurikenya": ("sw", "https://jamhurikenya.co.ke/kaunti/{n}"),
    "kwaufupi": ("sw", "https://kwaufupi.co.tz/siku/{y}{m}{d}/{h8}"),
    # Amharic
    "addisdimts": ("am", "https://addisdimts.com.et/news/{n}"),
    "abaypost": ("am", "https://abaypost.et/{y}/{m}/{d}/{h8}"),
    "entotoreport": ("am", "https://entotoreport.et/am/{n}"),
    # English
    "southasiawire": ("en", "https://southasiawire.com/news/{h8}/{slug}"),
    "mekongledger": ("en", "https://mekongledger.com/{y}/{m}/{d}/{slug}-{n}"),
    "archipelagopost": ("en", "https://archipelagopost.com/article/{n}/{slug}"),
    "eastafricadesk": ("en", "https://eastafricadesk.com/{slug}-{h8}"),
    "straitsshipping": ("en", "https://straitsshipping.com/casualty/{slug}-{h8}"),
    "asiadigest": ("en", "https://asiadigest.net/{y}/{m}/{d}/{h8}"),
})

# outlets whose every title starts with a fixed word (columns; checked)
PREFIXED = {
    "sankshep": "संक्षेप में:",
    "tinvan": "Tin vắn:",
    "kwaufupi": "Habari kwa ufupi:",
    "asiadigest": "Asia digest:",
}

KINDS = _blind11.KINDS

TRAP_CLASSES = {
    "place": "same city/state, same day, different events",
    "company": "same company or institution, same or next day, different news",
    "template": "same headline template on different events",
    "vocab": "brief/update/column of one event next to another with the same vocabulary",
    "followup": "next-day follow-up that is a separate story by the rule",
}

# Thai is written without spaces between words: lengths in characters
CHAR_LANGS = ("th",)

md5hex, slugify, make_link, Corpus = _blind11.md5hex, _blind11.slugify, _blind11.make_link, _blind11.Corpus


def cut_lede(summary, lang):
    """Lede truncated with an ellipsis: ~70 % of the words (th: of the
    characters, cut at the last space before that point if there is one),
    final punctuation dropped."""
    if lang in CHAR_LANGS:
        k = max(70, int(len(summary) * 0.7))
        sp = summary.rfind(" ", 0, k)
        if sp > 60:
            k = sp
        return summary[:k].rstrip() + "…"
    words = summary.split()
    n = len(words)
    k = max(20, int(n * 0.7))
    if k >= n:
        k = n - 2
    return " ".join(words[:k]).rstrip(",;:.।۔።،") + "…"
