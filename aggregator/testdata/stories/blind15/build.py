#!/usr/bin/env python3
"""Build ../tuning15.json and ../heldout15.json from data_t15.py / data_h15.py.

Deterministic: same bytes on every run. Fails (exit 1) if any check fails.
Usage: python3 build.py
"""
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import data_h15  # noqa: E402
import data_t15  # noqa: E402

# slug -> (BCP 47 tag, domain, path prefix)
OUTLETS = {
    "pitchside-wire": ("en-GB", "pitchsidewire.co.uk", "football"),
    "midland-echo": ("en-GB", "midlandecho.co.uk", "news"),
    "harbour-gazette": ("en-GB", "harbourgazette.co.uk", "news"),
    "dunmere-evening-post": ("en-GB", "dunmereeveningpost.co.uk", "local"),
    "kestrel-sport": ("en", "kestrelsport.com", "sport"),
    "northway-news": ("en-IE", "northwaynews.ie", "news"),
    "nordblatt": ("de-DE", "nordblatt.de", "nachrichten"),
    "elbe-rundschau": ("de-DE", "elbe-rundschau.de", "artikel"),
    "alpenkurier": ("de-AT", "alpenkurier.at", "meldung"),
    "courrier-des-stades": ("fr-FR", "courrierdesstades.fr", "sport"),
    "le-veilleur": ("fr-FR", "leveilleur.fr", "actu"),
    "matin-loire": ("fr-FR", "matinloire.fr", "info"),
    "echo-de-meuse": ("fr-BE", "echodemeuse.be", "article"),
    "diario-del-estadio": ("es-ES", "diariodelestadio.es", "deportes"),
    "cronica-levante": ("es-ES", "cronicalevante.es", "noticias"),
    "noticias-ebro": ("es-ES", "noticiasebro.es", "actualidad"),
    "observador-andino": ("es-AR", "observadorandino.com.ar", "nota"),
    "cronista-sportivo": ("it-IT", "cronistasportivo.it", "calcio"),
    "notiziario-padano": ("it-IT", "notiziariopadano.it", "notizie"),
    "eco-di-valbruna": ("it-IT", "ecodivalbruna.it", "cronaca"),
    "relvado-diario": ("pt-PT", "relvadodiario.pt", "futebol"),
    "noticias-do-tejo": ("pt-PT", "noticiasdotejo.pt", "noticias"),
    "diario-da-ria": ("pt-PT", "diariodaria.pt", "desporto"),
    "folha-do-cerrado": ("pt-BR", "folhadocerrado.com.br", "noticia"),
    "gazeta-do-planalto": ("pt-BR", "gazetadoplanalto.com.br", "materia"),
    "sportkrant-delta": ("nl-NL", "sportkrantdelta.nl", "sport"),
    "polderbode": ("nl-NL", "polderbode.nl", "nieuws"),
    "havenkoerier": ("nl-NL", "havenkoerier.nl", "regio"),
    "scheldepost": ("nl-BE", "scheldepost.be", "sport"),
    "sportposten-norr": ("sv-SE", "sportpostennorr.se", "sport"),
    "malarbladet": ("sv-SE", "malarbladet.se", "nyheter"),
    "gota-tidningen": ("sv-SE", "gotatidningen.se", "artikel"),
    "kurier-stadionowy": ("pl-PL", "kurierstadionowy.pl", "sport"),
    "glos-nadwislanski": ("pl-PL", "glosnadwislanski.pl", "wiadomosci"),
    "dziennik-poranny": ("pl-PL", "dziennikporanny.pl", "artykul"),
    "saha-haber": ("tr-TR", "sahahaber.com.tr", "spor"),
    "bogaz-gazetesi": ("tr-TR", "bogazgazetesi.com.tr", "gundem"),
    "ege-ekspres": ("tr-TR", "egeekspres.com.tr", "haber"),
}

KINDS = {"original", "copy", "rewrite", "update", "brief", "cut", "regional",
         "translation", "template", "lookalike", "single"}
HEAD_KINDS = {"original", "template"}
ALONE_KINDS = {"lookalike", "single", "template", "original"}
TRAP_CLASSES = {"same-round", "same-club", "series", "same-place", "follow-up", "obituary"}

HALVES = [
    # prefix, module, output file, first day of the half (December 2026)
    ("t15", data_t15, "tuning15.json", 21),
    ("h15", data_h15, "heldout15.json", 28),
]

TRANSLIT = {"ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "æ": "ae",
            "œ": "oe", "đ": "d", "–": "-", "—": "-"}

ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def slugify(title):
    s = "".join(TRANSLIT.get(ch, ch) for ch in title)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > 80:
        s = s[:80].rsplit("-", 1)[0]
    return s


def label_of(it):
    return it["label"] if it["label"] else it["key"].replace("_", "-")


def build_half(prefix, mod, first_day):
    raw = mod.ITEMS
    keys = [it["key"] for it in raw]
    for k, n in Counter(keys).items():
        if n > 1:
            fail(f"{prefix}: duplicate key {k}")
    rows = []
    for it in raw:
        if it["src"] not in OUTLETS:
            fail(f"{prefix}: unknown outlet {it['src']}")
            continue
        if it["kind"] not in KINDS:
            fail(f"{prefix}: bad kind {it['kind']} ({it['key']})")
        if it["day"] not in (1, 2, 3) or not re.fullmatch(r"[0-2]\d:[0-5]\d", it["hm"]):
            fail(f"{prefix}: bad day/time for {it['key']}")
        lang, domain, section = OUTLETS[it["src"]]
        day = first_day + it["day"] - 1
        published = f"2026-12-{day:02d}T{it['hm']}:00Z"
        link = f"https://{domain}/{section}/2026/12/{day:02d}/{slugify(it['title'])}"
        rows.append({"key": it["key"], "label": label_of(it), "kind": it["kind"],
                     "source": it["src"], "lang": lang, "text_lang": lang.split("-")[0],
                     "published": published, "stage": it["day"], "link": link,
                     "title": it["title"], "summary": it["summary"]})
    rows.sort(key=lambda r: (r["published"], r["source"], r["link"]))
    for i, r in enumerate(rows, 1):
        r["id"] = f"{prefix}/{i:03d}"
        r["story"] = f"{prefix}:{r['label']}"
    return rows


def check_half(prefix, mod, rows, first_day):
    by_key = {r["key"]: r for r in rows}
    n = len(rows)
    # ids / links
    for field in ("id", "link"):
        for v, c in Counter(r[field] for r in rows).items():
            if c > 1:
                fail(f"{prefix}: duplicate {field} {v}")
    # stage matches the day, days inside the half
    for r in rows:
        day = int(r["published"][8:10])
        if not (first_day <= day <= first_day + 2):
            fail(f"{prefix}: {r['key']} published outside the half")
        if r["stage"] != day - first_day + 1:
            fail(f"{prefix}: stage mismatch {r['key']}")
        if r["text_lang"] != r["lang"].split("-")[0]:
            fail(f"{prefix}: text_lang mismatch {r['key']}")
        if not r["title"].strip():
            fail(f"{prefix}: empty title {r['key']}")
        if r["summary"]:
            w = len(r["summary"].split())
            if not 15 <= w <= 60:
                fail(f"{prefix}: summary of {r['key']} has {w} words")
    title_only = sum(1 for r in rows if not r["summary"])
    if title_only > 0.10 * n:
        fail(f"{prefix}: too many title-only items ({title_only})")
    # stories
    groups = defaultdict(list)
    for r in rows:
        groups[r["label"]].append(r)
    multi = 0
    pairs = 0
    translations = 0
    for lab, g in groups.items():
        g.sort(key=lambda r: r["published"])
        if len(g) == 1:
            if g[0]["kind"] not in ALONE_KINDS:
                fail(f"{prefix}: one-item story {lab} has kind {g[0]['kind']}")
            continue
        multi += 1
        if len(g) > 5:
            fail(f"{prefix}: story {lab} has {len(g)} items")
        heads = [r for r in g if r["kind"] in HEAD_KINDS]
        if len(heads) != 1:
            fail(f"{prefix}: story {lab} has {len(heads)} head items")
            continue
        head = heads[0]
        if not all(head["published"] < r["published"] for r in g if r is not head):
            fail(f"{prefix}: head of {lab} is not strictly earliest")
        tr_langs = {r["text_lang"] for r in g if r["kind"] == "translation"}
        for r in g:
            if r["kind"] in ("lookalike", "single"):
                fail(f"{prefix}: {r['kind']} {r['key']} inside multi-item story {lab}")
            if r["kind"] == "translation":
                translations += 1
                if r["text_lang"] == head["text_lang"]:
                    fail(f"{prefix}: translation {r['key']} in the head's language")
            elif r["text_lang"] != head["text_lang"] and r["text_lang"] not in tr_langs:
                fail(f"{prefix}: {r['key']} language differs from its story")
        for a, b in itertools.combinations(g, 2):
            if a["text_lang"] == b["text_lang"]:
                pairs += 1
    # traps
    trapped = set()
    classes = Counter()
    for a, b, cls in mod.TRAPS:
        if cls not in TRAP_CLASSES:
            fail(f"{prefix}: bad trap class {cls}")
        if a not in by_key or b not in by_key:
            fail(f"{prefix}: trap refers to missing key {a}/{b}")
            continue
        ra, rb = by_key[a], by_key[b]
        if ra["label"] == rb["label"]:
            fail(f"{prefix}: trap {a}/{b} has the same label")
        if ra["text_lang"] != rb["text_lang"]:
            fail(f"{prefix}: trap {a}/{b} crosses languages")
        trapped.update((a, b))
        classes[cls] += 1
    for r in rows:
        if r["kind"] == "lookalike" and r["key"] not in trapped:
            fail(f"{prefix}: lookalike {r['key']} is in no trap")
        if r["kind"] == "template" and len(groups[r["label"]]) == 1 and r["key"] not in trapped:
            fail(f"{prefix}: template twin {r['key']} is in no trap")
    for cls in TRAP_CLASSES - set(classes):
        fail(f"{prefix}: trap class {cls} unused")
    for k in KINDS - {r["kind"] for r in rows}:
        fail(f"{prefix}: kind {k} unused")
    # size and language mix
    langs = Counter(r["text_lang"] for r in rows)
    if not 150 <= n <= 170:
        fail(f"{prefix}: {n} items, want 150-170")
    if langs["en"] > 0.35 * n:
        fail(f"{prefix}: English share {langs['en'] / n:.1%} > 35%")
    for lg in ("de", "fr", "es", "it", "pt", "nl", "sv", "pl", "tr"):
        if langs[lg] < 5:
            fail(f"{prefix}: only {langs[lg]} items in {lg}")
    if pairs < 90:
        fail(f"{prefix}: only {pairs} same-language pairs")
    if translations > 8:
        fail(f"{prefix}: {translations} translations > 8")
    kinds = Counter(r["kind"] for r in rows)
    return {"items": n, "multi": multi, "pairs": pairs, "langs": langs, "kinds": kinds,
            "traps": len(mod.TRAPS), "classes": classes, "title_only": title_only,
            "singletons": sum(1 for g in groups.values() if len(g) == 1)}


def main():
    stats = {}
    labels = {}
    outputs = {}
    for prefix, mod, fname, first_day in HALVES:
        rows = build_half(prefix, mod, first_day)
        stats[prefix] = check_half(prefix, mod, rows, first_day)
        labels[prefix] = {r["label"] for r in rows}
        items = [{k: r[k] for k in ("id", "story", "kind", "source", "lang", "text_lang",
                                    "published", "stage", "link", "title", "summary")}
                 for r in rows]
        outputs[fname] = json.dumps({"items": items}, ensure_ascii=False, indent=1) + "\n"
    both = labels["t15"] & labels["h15"]
    if both:
        fail(f"labels in both halves: {sorted(both)}")
    links = Counter()
    for text in outputs.values():
        for it in json.loads(text)["items"]:
            links[it["link"]] += 1
    for l, c in links.items():
        if c > 1:
            fail(f"link in both halves: {l}")
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e)
        sys.exit(1)
    for fname, text in outputs.items():
        with open(os.path.join(OUT_DIR, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    langs_all = sorted({lg for s in stats.values() for lg in s["langs"]})
    print("| | " + " | ".join(stats) + " |")
    print("|---|" + "---|" * len(stats))
    for row in ("items", "multi", "singletons", "pairs", "traps", "title_only"):
        print(f"| {row} | " + " | ".join(str(s[row]) for s in stats.values()) + " |")
    for lg in langs_all:
        print(f"| lang {lg} | " + " | ".join(
            f"{s['langs'][lg]} ({s['langs'][lg] / s['items']:.0%})" for s in stats.values()) + " |")
    for k in sorted(KINDS):
        print(f"| kind {k} | " + " | ".join(str(s["kinds"][k]) for s in stats.values()) + " |")
    for c in sorted(TRAP_CLASSES):
        print(f"| trap {c} | " + " | ".join(str(s["classes"][c]) for s in stats.values()) + " |")
    print("wrote", ", ".join(os.path.join(OUT_DIR, f) for f in outputs))


if __name__ == "__main__":
    main()
