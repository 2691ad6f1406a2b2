#!/usr/bin/env python3
"""Build tuning16.json and heldout16.json from data_t16_*.py / data_h16_*.py.

Run from anywhere:  python3 build.py
Checks the format and prints the counts used in README.md.
"""
import collections
import datetime as dt
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)

# outlet slug -> (BCP 47 tag, domain). Each outlet writes in one language.
OUTLETS = {
    # Chinese
    "zhonghuan-she": ("zh-CN", "zhonghuanshe.cn"),          # wire
    "beichen-chenbao": ("zh-CN", "beichenchenbao.cn"),
    "jianghai-online": ("zh-CN", "jianghaionline.cn"),
    "chenghai-ribao": ("zh-TW", "chenghaidaily.com.tw"),
    "xingang-kuaixun": ("zh-TW", "xingangnews.tw"),
    "weigang-shibao": ("zh-HK", "weigangtimes.hk"),
    # Japanese
    "hinode-tsushin": ("ja", "hinode-tsushin.jp"),          # wire
    "asanagi-shimbun": ("ja", "asanagi-shimbun.jp"),
    "kazamidori-news": ("ja", "kazamidori-news.jp"),
    "minato-keizai": ("ja", "minato-keizai.jp"),
    "kitakaze-nippo": ("ja", "kitakaze-nippo.jp"),
    # Korean
    "hanbit-tongsin": ("ko", "hanbitnews.co.kr"),           # wire
    "saenal-ilbo": ("ko", "saenal-ilbo.co.kr"),
    "baram-news": ("ko", "baramnews.kr"),
    "gyeongje-nuri": ("ko", "econuri.kr"),
    "dongbu-maeil": ("ko", "dongbumaeil.kr"),
    # Georgian
    "alioni-press": ("ka", "alionipress.ge"),               # wire
    "dila-ambebi": ("ka", "dila-ambebi.ge"),
    "mtiebi-news": ("ka", "mtiebi.ge"),
    "gza-online": ("ka", "gzaonline.ge"),
    # Arabic
    "wakalat-al-fajr": ("ar", "alfajr-agency.net"),         # wire
    "al-manara": ("ar", "almanara-daily.com"),
    "al-wadi-news": ("ar", "alwadi-news.com"),
    "bawabat-al-madina": ("ar", "madinagate.com"),
    "al-sahil": ("ar", "alsahil-online.net"),
    # Hebrew
    "sochnut-kesher": ("he", "kesher-news.co.il"),          # wire
    "haboker": ("he", "haboker.co.il"),
    "mabat-news": ("he", "mabat-news.co.il"),
    "kav-hahof": ("he", "kavhahof.co.il"),
    # Thai
    "rungarun-wire": ("th", "rungarun-news.co.th"),         # wire
    "chaophraya-post": ("th", "chaophrayapost.com"),
    "lanna-khao": ("th", "lannakhao.com"),
    "sayam-wannee": ("th", "sayamwannee.com"),
    # English controls
    "meridian-wire": ("en", "meridianwire.com"),            # wire
    "harbor-ledger": ("en", "harborledger.com"),
    "eastgate-times": ("en", "eastgatetimes.com"),
    "pacific-brief": ("en", "pacificbrief.com"),
}
WIRES = {"zhonghuan-she", "hinode-tsushin", "hanbit-tongsin", "alioni-press",
         "wakalat-al-fajr", "sochnut-kesher", "rungarun-wire", "meridian-wire"}

KINDS = ["original", "template", "copy", "rewrite", "update", "brief", "cut",
         "translation", "lookalike", "single"]
TRAP_CLASSES = {"other-city", "other-district", "other-province",
                "other-prefecture", "other-region", "other-pass", "other-road",
                "next-day", "follow-up", "other-person"}
LANG_ORDER = ["zh-CN", "zh-TW", "zh-HK", "ja", "ko", "ka", "ar", "he", "th", "en"]

errors = []


def err(msg):
    errors.append(msg)


# Each half's data is split over several part modules (kept small so that no
# single file is too large to write or review). Every part defines HALF, DAYS,
# ITEMS and TRAPS; load() checks HALF/DAYS agree and concatenates the rest.
PARTS = {
    "data_t16": ["data_t16_zh", "data_t16_ja", "data_t16_ko",
                 "data_t16_ka_ar", "data_t16_he_th_en"],
    "data_h16": ["data_h16_zh", "data_h16_ja", "data_h16_ko",
                 "data_h16_ka_ar", "data_h16_he_th_en"],
}


def load_file(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load(name):
    parts = PARTS[name]
    on_disk = sorted(f[:-3] for f in os.listdir(HERE)
                     if f.startswith(name + "_") and f.endswith(".py"))
    for extra in sorted(set(on_disk) - set(parts)):
        err(f"{name}: part file {extra}.py not listed in PARTS")
    merged = type("Data", (), {})()
    merged.HALF, merged.DAYS, merged.ITEMS, merged.TRAPS = None, None, [], []
    for part in parts:
        mod = load_file(part)
        if merged.HALF is None:
            merged.HALF, merged.DAYS = mod.HALF, list(mod.DAYS)
        elif mod.HALF != merged.HALF or list(mod.DAYS) != merged.DAYS:
            err(f"{part}: HALF/DAYS differ from {parts[0]}")
        merged.ITEMS.extend(mod.ITEMS)
        merged.TRAPS.extend(mod.TRAPS)
    return merged


def text_len_ok(lang, s):
    """Summary length: 15-60 words, or ~30-120 chars for CJK/Thai."""
    if s == "":
        return True
    primary = lang.split("-")[0]
    if primary in ("zh", "ja", "th"):
        n = len(re.sub(r"\s", "", s))
        return 28 <= n <= 125
    if primary == "ko":
        n = len(s.split())
        return 12 <= n <= 60
    n = len(s.split())
    return 15 <= n <= 60


def build(mod):
    half = mod.HALF
    days = mod.DAYS
    rows = []
    keys = set()
    for t in mod.ITEMS:
        if len(t) != 9:
            err(f"{half}: bad tuple length {len(t)}: {t[:2]}")
            continue
        key, story, kind, source, when, section, slug, title, summary = t
        if key in keys:
            err(f"{half}: duplicate key {key}")
        keys.add(key)
        if source not in OUTLETS:
            err(f"{half}/{key}: unknown outlet {source}")
            continue
        if kind not in KINDS:
            err(f"{half}/{key}: unknown kind {kind}")
        lang, domain = OUTLETS[source]
        published = f"2027-{when}:00Z"
        try:
            ts = dt.datetime.strptime(published, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            err(f"{half}/{key}: bad time {when}")
            continue
        day = ts.strftime("%Y-%m-%d")
        if day not in days:
            err(f"{half}/{key}: day {day} not in half")
            continue
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug) or not re.fullmatch(r"[a-z-]+", section):
            err(f"{half}/{key}: non-ascii or bad slug/section")
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", story):
            err(f"{half}/{key}: bad story slug {story}")
        if not title.strip():
            err(f"{half}/{key}: empty title")
        if "<" in summary or ">" in summary:
            err(f"{half}/{key}: html in summary")
        if not text_len_ok(lang, summary):
            err(f"{half}/{key}: summary length out of range ({len(summary)} chars)")
        rows.append(dict(
            key=key, ts=ts,
            item=collections.OrderedDict([
                ("id", None),
                ("story", f"{half}:{story}"),
                ("kind", kind),
                ("source", source),
                ("lang", lang),
                ("text_lang", lang.split("-")[0]),
                ("published", published),
                ("stage", days.index(day) + 1),
                ("link", f"https://{domain}/{section}/{ts:%Y/%m/%d}/{slug}"),
                ("title", title),
                ("summary", summary),
            ])))
    # ids in published order (stable on table order for equal times)
    rows.sort(key=lambda r: r["ts"])
    for i, r in enumerate(rows, 1):
        r["item"]["id"] = f"{half}/{i:03d}"
    by_key = {r["key"]: r["item"] for r in rows}

    # story-level checks
    stories = collections.defaultdict(list)
    for r in rows:
        stories[r["item"]["story"]].append(r)
    for label, rs in stories.items():
        first = min(rs, key=lambda r: r["ts"])
        head_kinds = {"original", "template", "lookalike", "single"}
        if first["item"]["kind"] not in head_kinds:
            err(f"{label}: first item {first['key']} is {first['item']['kind']}")
        for r in rs:
            k = r["item"]["kind"]
            if k == "single" and len(rs) != 1:
                err(f"{label}: single with {len(rs)} items")
            if k in ("copy", "rewrite", "update", "brief", "cut", "translation"):
                hours = (r["ts"] - first["ts"]).total_seconds() / 3600
                if hours > 13:
                    err(f"{label}/{r['key']}: {k} {hours:.1f} h after first item")
            if k == "translation" and r["item"]["text_lang"] == first["item"]["text_lang"]:
                err(f"{label}/{r['key']}: translation in same language")
            if k != "translation" and r["item"]["text_lang"] != first["item"]["text_lang"]:
                err(f"{label}/{r['key']}: other language but kind {k}")
    translations = sum(1 for r in rows if r["item"]["kind"] == "translation")
    if translations > 3:
        err(f"{half}: {translations} translations (max 3)")

    # traps
    in_trap = set()
    seen_pairs = set()
    for a, b, cls in mod.TRAPS:
        if a not in by_key or b not in by_key:
            err(f"{half}: trap with unknown key {a} / {b}")
            continue
        if cls not in TRAP_CLASSES:
            err(f"{half}: trap {a}~{b} unknown class {cls}")
        ia, ib = by_key[a], by_key[b]
        if ia["text_lang"] != ib["text_lang"]:
            err(f"{half}: trap {a}~{b} crosses languages")
        if ia["story"] == ib["story"]:
            err(f"{half}: trap {a}~{b} inside one story")
        pair = tuple(sorted((a, b)))
        if pair in seen_pairs:
            err(f"{half}: duplicate trap {a}~{b}")
        seen_pairs.add(pair)
        in_trap.update((a, b))
    for r in rows:
        if r["item"]["kind"] == "lookalike" and r["key"] not in in_trap:
            err(f"{half}/{r['key']}: lookalike not in any trap")

    items = [r["item"] for r in rows]
    return items, stories, mod.TRAPS, by_key


def counts(items, stories, traps):
    c = collections.OrderedDict()
    c["items"] = len(items)
    c["multi-item stories"] = sum(1 for rs in stories.values() if len(rs) > 1)
    c["single-item labels"] = sum(1 for rs in stories.values() if len(rs) == 1)
    pairs = 0
    for rs in stories.values():
        per = collections.Counter(r["item"]["text_lang"] for r in rs)
        pairs += sum(n * (n - 1) // 2 for n in per.values())
    c["same-language pairs within stories"] = pairs
    c["trap pairs"] = len(traps)
    c["title-only items"] = sum(1 for it in items if it["summary"] == "")
    return c


def main():
    out = {}
    seen_labels = {}
    all_links = set()
    for name, outfile in (("data_t16", "tuning16.json"), ("data_h16", "heldout16.json")):
        mod = load(name)
        items, stories, traps, by_key = build(mod)
        for label in stories:
            if label in seen_labels:
                err(f"label {label} in two halves")
            seen_labels[label] = name
        for it in items:
            if it["link"] in all_links:
                err(f"duplicate link {it['link']}")
            all_links.add(it["link"])
        ids = [it["id"] for it in items]
        if len(set(ids)) != len(ids):
            err(f"{name}: duplicate ids")
        pubs = [it["published"] for it in items]
        if pubs != sorted(pubs):
            err(f"{name}: ids not in published order")
        out[name] = (outfile, items, stories, traps)

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    for name, (outfile, items, stories, traps) in out.items():
        path = os.path.join(OUTDIR, outfile)
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"items": items}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"== {outfile} ({name})")
        for k, v in counts(items, stories, traps).items():
            print(f"  {k}: {v}")
        lc = collections.Counter(it["lang"] for it in items)
        print("  per lang: " + ", ".join(f"{l}={lc[l]}" for l in LANG_ORDER if lc[l]))
        kc = collections.Counter(it["kind"] for it in items)
        print("  per kind: " + ", ".join(f"{k}={kc[k]}" for k in KINDS if kc[k]))
        tc = collections.Counter(cls for _, _, cls in traps)
        print("  trap classes: " + ", ".join(f"{k}={v}" for k, v in sorted(tc.items())))
        sc = collections.Counter(it["stage"] for it in items)
        print("  per stage: " + ", ".join(f"{s}={sc[s]}" for s in sorted(sc)))
        srcs = collections.Counter(it["source"] for it in items)
        print(f"  outlets used: {len(srcs)}")
    print("OK")


if __name__ == "__main__":
    main()
