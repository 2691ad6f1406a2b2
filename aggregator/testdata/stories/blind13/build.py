#!/usr/bin/env python3
"""Build ../tuning13.json and ../heldout13.json from data_t13.py / data_h13.py.

Deterministic: items sorted by (published, key), ids numbered in that order,
links derived from the outlet table and a hash of the item key.
Checks: unique ids/links, label consistency, trap pairs share a primary
language, summary lengths, script purity (Serbian always; Chinese when the
`opencc` tool is installed), stage = day of published, language mix.
Run:  python3 build.py        (writes the JSON files and prints counts)
"""
import collections
import datetime as dt
import hashlib
import itertools
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import convert  # noqa: E402
import data_t13  # noqa: E402
import data_h13  # noqa: E402

HALVES = [
    # module, output file, id prefix, Monday of the week
    (data_t13, "tuning13.json", "t13", dt.date(2026, 11, 30)),
    (data_h13, "heldout13.json", "h13", dt.date(2026, 12, 7)),
]

# outlet -> (script, allowed langs, link pattern)
# script: S = Simplified, T = Traditional, C = Cyrillic, L = Latin, B = both
# (glas-beograda / banjaluka-net publish Cyrillic and Latin editions), E = English
OUTLETS = {
    "huaxin-she": ("S", {"zh-CN"}, "https://www.huaxinnews.cn/{y}{m}{d}/{h}/c.html"),
    "jinghua-daily": ("S", {"zh-CN"}, "https://news.jinghuadaily.cn/{y}/{m}/{d}/{n}.html"),
    "haipai-net": ("S", {"zh-CN"}, "https://www.haipainews.cn/detail/{n}"),
    "shuchengnews": ("S", {"zh-CN"}, "https://www.shuchengnews.cn/content/{y}-{m}/{d}/content_{n}.html"),
    "nanyue-shibao": ("S", {"zh-CN"}, "https://www.nanyueshibao.cn/szxw/content/{y}-{m}/{d}/content_{n}.htm"),
    "dahe-kuaibao": ("S", {"zh"}, "https://www.dahekuaibao.com/news/{y}{m}{d}/{n}.html"),
    "shicheng-ribao": ("S", {"zh-SG"}, "https://www.shichengribao.sg/news/singapore/story{y}{m}{d}-{n}"),
    "malai-chenbao": ("S", {"zh"}, "https://www.malaichenbao.com.my/news/{n}"),
    "yuanxing-she": ("T", {"zh-TW"}, "https://www.yuanxingnews.com.tw/news/firstnews/{y}{m}{d}{n4}.aspx"),
    "taibei-shibao": ("T", {"zh-TW"}, "https://news.tbshibao.com.tw/news/life/breakingnews/{n}"),
    "baodao-xinwen": ("T", {"zh-TW"}, "https://www.baodaonews.tw/news/{y}{m}{d}/{n}"),
    "donghai-ribao": ("T", {"zh-TW"}, "https://www.donghaidaily.com.tw/local/kaohsiung/{n}"),
    "xiangjiang-ribao": ("T", {"zh-HK"}, "https://news.xjdaily.com.hk/article/{y}{m}{d}/{n}"),
    "gangxun": ("T", {"zh-HK"}, "https://www.gangxun.hk/local/{n}"),
    "aomen-kuaibao": ("T", {"zh"}, "https://www.aomenkuaibao.com.mo/{y}/{m}/{d}/{n}.html"),
    "glas-beograda": ("B", {"sr-Cyrl", "sr-Latn"}, "https://www.glasbeograda.rs/{ed}/vesti/{n6}/{slug}"),
    "prva-vest": ("C", {"sr-Cyrl"}, "https://prvavest.rs/vesti/{n6}/{slug}"),
    "jugpress": ("C", {"sr-RS"}, "https://www.jugpress.rs/{y}/{m}/{slug}/"),
    "vojvodina-danas": ("L", {"sr"}, "https://vojvodinadanas.rs/vesti/{slug}-{n6}"),
    "fokus-agencija": ("L", {"sr-Latn"}, "https://fokusagencija.rs/vesti/{y}/{m}/{d}/{slug}"),
    "ekspres-rs": ("L", {"sr"}, "https://www.ekspres.rs/vesti/{n}/{slug}"),
    "ekonom-rs": ("L", {"sr-Latn"}, "https://ekonom.rs/privreda/{slug}-{n6}"),
    "primorske-vijesti": ("L", {"sr-Latn"}, "https://primorskevijesti.me/drustvo/{n6}/{slug}"),
    "banjaluka-net": ("B", {"sr-Cyrl", "sr-Latn"}, "https://banjaluka-net.info/{ed}/{slug}/"),
    "sarajevo-danas": ("L", {"bs"}, "https://sarajevodanas.ba/vijesti/{slug}/{n6}"),
    "bh-portal": ("L", {"bs"}, "https://bhportal.ba/bih/{slug}-{n6}"),
    "global-wire": ("E", {"en"}, "https://www.globalwire.com/world/{slug}-{y}-{m}-{d}/"),
    "asia-ledger": ("E", {"en"}, "https://asialedger.com/{y}/{m}/{d}/{slug}"),
    "taipei-herald": ("E", {"en"}, "https://www.taipeiherald.com.tw/news/taiwan/{n}"),
    "lioncity-post": ("E", {"en"}, "https://www.lioncitypost.sg/singapore/{slug}"),
    "balkan-monitor": ("E", {"en"}, "https://balkanmonitor.eu/{y}/{m}/{d}/{slug}/"),
}

KINDS = {"original", "rewrite", "update", "brief", "cut", "regional", "copy",
         "translation", "lookalike", "template", "single", "script"}
HEADS = {"original", "template"}
SINGLETON_KINDS = {"lookalike", "single"}
COPY_KINDS = {"rewrite", "update", "brief", "cut", "regional", "copy", "translation", "script"}
TRAP_CLASSES = ("place", "company", "template", "vocab", "followup")

errors = []


def err(msg):
    errors.append(msg)


def primary(lang):
    return lang.split("-")[0]


def item_script(src, lang):
    s = OUTLETS[src][0]
    if s == "B":
        return "C" if lang == "sr-Cyrl" else "L"
    return s


def slugify(title):
    t = convert.cyr2lat(title)
    t = t.replace("đ", "dj").replace("Đ", "Dj")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    words = re.findall(r"[a-z0-9]+", t)
    return "-".join(words[:9])


def make_link(prefix, key, src, lang, day, title):
    h = hashlib.sha1(f"{prefix}/{key}".encode()).hexdigest()
    return OUTLETS[src][2].format(
        y=f"{day.year:04d}", m=f"{day.month:02d}", d=f"{day.day:02d}",
        h=h[:24], n=link_num(prefix, key, 7), n6=link_num(prefix, key, 6),
        n4=link_num(prefix, key, 4), ed="cir" if lang == "sr-Cyrl" else "lat",
        slug=slugify(title))


def summary_len_ok(lang, s):
    if primary(lang) == "zh":
        n = len(re.sub(r"\s", "", s))
        return 40 <= n <= 150, n
    n = len(s.split())
    return 20 <= n <= 60, n


def check_chinese_script(half, rows):
    if not convert.has_opencc():
        print(f"[{half}] opencc not installed: Chinese script-purity check skipped")
        return
    simp = [r for r in rows if r["_script"] == "S"]
    trad = [r for r in rows if r["_script"] == "T"]
    # Simplified text must survive Traditional->Simplified conversion unchanged
    for r in simp:
        for f in ("title", "summary"):
            out = convert.to_simp(r[f])
            if out != r[f]:
                diff = {a + ">" + b for a, b in zip(r[f], out) if a != b}
                err(f"{half} {r['_key']}: Traditional characters in Simplified {f}: {sorted(diff)}")
    # Traditional text must survive Simplified->Traditional conversion unchanged
    ok_pairs = {("台", "臺"), ("裏", "裡"), ("裡", "裏"), ("着", "著"), ("佈", "布"), ("布", "佈"),
                ("週", "周"), ("周", "週"), ("温", "溫"), ("説", "說"), ("峯", "峰"), ("綫", "線"),
                ("衞", "衛"), ("麪", "麵"), ("鈎", "鉤"), ("線", "綫"), ("眾", "衆"), ("衆", "眾"),
                ("只", "隻"), ("隻", "只"), ("准", "準")}
    for r in trad:
        for f in ("title", "summary"):
            cfg = convert.to_hk if r["lang"] in ("zh-HK", "zh") else convert.to_tw
            out = cfg(r[f])
            diff = {(a, b) for a, b in zip(r[f], out) if a != b} - ok_pairs
            if diff:
                err(f"{half} {r['_key']}: Simplified-looking characters in Traditional {f}: {sorted(diff)}")


def build_half(mod, outname, prefix, monday):
    assert mod.PREFIX == prefix
    rows = []
    keys = set()
    for it in mod.ITEMS:
        if len(it) != 8:
            err(f"{prefix}: bad tuple {it[:2]}")
            continue
        key, label, kind, src, lang, when, title, summary = it
        if key in keys:
            err(f"{prefix}: duplicate key {key}")
        keys.add(key)
        if kind not in KINDS:
            err(f"{prefix} {key}: bad kind {kind}")
        if src not in OUTLETS:
            err(f"{prefix} {key}: unknown outlet {src}")
            continue
        if lang not in OUTLETS[src][1]:
            err(f"{prefix} {key}: lang {lang} not declared by {src}")
        m = re.fullmatch(r"([123]) (\d\d):(\d\d)", when)
        if not m:
            err(f"{prefix} {key}: bad time {when}")
            continue
        stage = int(m.group(1))
        day = monday + dt.timedelta(days=stage - 1)
        ts = dt.datetime(day.year, day.month, day.day, int(m.group(2)), int(m.group(3)))
        link = make_link(prefix, key, src, lang, day, title)
        rows.append({
            "_key": key, "_ts": ts, "_script": item_script(src, lang),
            "story": f"{prefix}:{label}", "kind": kind, "source": src, "lang": lang,
            "published": ts.strftime("%Y-%m-%dT%H:%M:00Z"), "stage": stage,
            "link": link, "title": title, "summary": summary,
        })
    rows.sort(key=lambda r: (r["_ts"], r["_key"]))
    for i, r in enumerate(rows, 1):
        r["id"] = f"{prefix}/{i:03d}"

    # --- field checks
    for r in rows:
        ok, n = summary_len_ok(r["lang"], r["summary"])
        if not ok:
            err(f"{prefix} {r['_key']}: summary length {n}")
        if not r["title"].strip():
            err(f"{prefix} {r['_key']}: empty title")
        if r["kind"] == "cut" and not r["summary"].endswith("…"):
            err(f"{prefix} {r['_key']}: cut summary must end with …")
        text = r["title"] + " " + r["summary"]
        if r["_script"] == "C" and convert.LATIN_RE.search(text):
            err(f"{prefix} {r['_key']}: Latin letters in Cyrillic item: {convert.LATIN_RE.findall(text)}")
        if r["_script"] == "L" and convert.CYR_RE.search(text):
            err(f"{prefix} {r['_key']}: Cyrillic letters in Latin item")
        if r["_script"] in "SLC" and primary(r["lang"]) == "zh" and re.search(r"[「」]", text) and r["_script"] == "S":
            err(f"{prefix} {r['_key']}: corner quotes in Simplified item")
        if r["_script"] == "T" and re.search(r"[“”]", text):
            err(f"{prefix} {r['_key']}: curly quotes in Traditional item")
    check_chinese_script(prefix, rows)

    # --- uniqueness
    for f in ("id", "link"):
        c = collections.Counter(r[f] for r in rows)
        for v, n in c.items():
            if n > 1:
                err(f"{prefix}: duplicate {f} {v}")

    # --- label consistency
    by_label = collections.defaultdict(list)
    for r in rows:
        by_label[r["story"]].append(r)
    for label, rs in by_label.items():
        kinds = [r["kind"] for r in rs]
        if len(rs) == 1:
            if kinds[0] not in SINGLETON_KINDS | HEADS:
                err(f"{prefix} {label}: single item of kind {kinds[0]}")
            continue
        heads = [r for r in rs if r["kind"] in HEADS]
        if len(heads) != 1:
            err(f"{prefix} {label}: needs exactly one original/template, has {kinds}")
            continue
        head = heads[0]
        if rs[0] is not head:
            err(f"{prefix} {label}: head is not the earliest item")
        for r in rs:
            if r is head:
                continue
            if r["kind"] not in COPY_KINDS:
                err(f"{prefix} {label}: {r['_key']} kind {r['kind']} in multi-item story")
            same = primary(r["lang"]) == primary(head["lang"])
            if r["kind"] == "translation" and same:
                err(f"{prefix} {label}: translation {r['_key']} in same language")
            if r["kind"] == "script":
                if not same or r["_script"] == head["_script"]:
                    # a script copy may also copy a non-head copy; compare with any item
                    if not any(o is not r and primary(o["lang"]) == primary(r["lang"])
                               and o["_script"] != r["_script"] for o in rs):
                        err(f"{prefix} {label}: script copy {r['_key']} has no other-script source")
            related = {primary(r["lang"]), primary(head["lang"])} == {"bs", "sr"}
            if r["kind"] != "translation" and not same and not related:
                err(f"{prefix} {label}: {r['_key']} ({r['kind']}) not in the original's language")
            if r["stage"] != head["stage"] and r["kind"] != "update":
                err(f"{prefix} {label}: {r['_key']} on another day")

    # --- traps
    by_key = {r["_key"]: r for r in rows}
    trap_counts = collections.Counter()
    seen = set()
    for a, b, cls in mod.TRAPS:
        if cls not in TRAP_CLASSES:
            err(f"{prefix}: bad trap class {cls}")
        if a not in by_key or b not in by_key:
            err(f"{prefix}: trap pair with unknown key {a}/{b}")
            continue
        ra, rb = by_key[a], by_key[b]
        if ra["story"] == rb["story"]:
            err(f"{prefix}: trap {a}/{b} share a label")
        if primary(ra["lang"]) != primary(rb["lang"]):
            err(f"{prefix}: trap {a}/{b} not same primary language")
        pair = frozenset((a, b))
        if pair in seen:
            err(f"{prefix}: duplicate trap {a}/{b}")
        seen.add(pair)
        trap_counts[cls] += 1
    for r in rows:
        if r["kind"] == "lookalike" and not any(r["_key"] in (a, b) for a, b, _ in mod.TRAPS):
            err(f"{prefix} {r['_key']}: lookalike not used in any trap pair")

    # --- stats
    n = len(rows)
    prim = collections.Counter(primary(r["lang"]) for r in rows)
    if prim["en"] > 0.15 * n:
        err(f"{prefix}: English share {prim['en']}/{n} above 15%")
    multi = {l: rs for l, rs in by_label.items() if len(rs) > 1}
    same_pairs = cross_pairs = 0
    for rs in multi.values():
        for x, y in itertools.combinations(rs, 2):
            if primary(x["lang"]) == primary(y["lang"]):
                same_pairs += 1
            else:
                cross_pairs += 1
    crossscript_stories = sum(
        1 for rs in multi.values()
        if len({(primary(r["lang"]), r["_script"]) for r in rs if primary(r["lang"]) != "en"}) > 1
        and any(primary(r["lang"]) == primary(o["lang"]) and r["_script"] != o["_script"]
                for r in rs for o in rs))
    stats = {
        "items": n,
        "languages_primary": dict(sorted(prim.items())),
        "languages_tag": dict(sorted(collections.Counter(r["lang"] for r in rows).items())),
        "scripts": dict(sorted(collections.Counter(r["_script"] for r in rows).items())),
        "kinds": dict(sorted(collections.Counter(r["kind"] for r in rows).items())),
        "labels": len(by_label),
        "multi_item_stories": len(multi),
        "multi_item_stories_with_other_script_copy": crossscript_stories,
        "same_primary_language_positive_pairs": same_pairs,
        "cross_language_positive_pairs": cross_pairs,
        "outlets": len({r["source"] for r in rows}),
        "traps": dict((c, trap_counts[c]) for c in TRAP_CLASSES),
        "traps_total": sum(trap_counts.values()),
        "per_stage": dict(sorted(collections.Counter(r["stage"] for r in rows).items())),
    }
    out = [{k: r[k] for k in ("id", "story", "kind", "source", "lang", "published", "stage",
                              "link", "title", "summary")} for r in rows]
    return out, stats, {r["story"] for r in rows}


def link_num(prefix, key, digits):
    n = int(hashlib.sha1(f"{prefix}/{key}".encode()).hexdigest()[:12], 16)
    lo = 10 ** (digits - 1)
    return str(lo + n % (9 * lo))


def main():
    results = []
    labels = []
    for mod, outname, prefix, monday in HALVES:
        out, stats, lab = build_half(mod, outname, prefix, monday)
        results.append((outname, out, stats))
        labels.append(lab)
    if labels[0] & labels[1]:
        err(f"labels in both halves: {labels[0] & labels[1]}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    for outname, out, stats in results:
        path = os.path.join(HERE, "..", outname)
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"items": out}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(outname, json.dumps(stats, ensure_ascii=False))


if __name__ == "__main__":
    main()
