#!/usr/bin/env python3
"""Build tuning8.json and heldout8.json from data_t8.py / data_h8.py.

python3 build.py      -> write both files
python3 build.py -v   -> write both files, print counts and run checks
"""
import datetime as dt
import itertools
import json
import os
import re
import sys
from collections import Counter, defaultdict

from common import OUTLETS, PREFIXED, KINDS, md5hex, make_link, cut_lede

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # the corpora sit one directory up, beside the others


def build(corpus):
    raw = []
    for label, tuples in corpus.stories:
        orig_link = None
        orig_summary = None
        for i, (kind, source, day, hhmm, title, summary) in enumerate(tuples):
            date = corpus.first_day + dt.timedelta(days=day - 1)
            hh, mm = map(int, hhmm.split(":"))
            sec = int(md5hex(label + "|" + title)[:6], 16) % 60
            ts = dt.datetime(date.year, date.month, date.day, hh, mm, sec)
            link = make_link(source, title, label, date.isoformat())
            if i == 0:
                orig_link, orig_summary = link, summary
            if kind == "copy":
                link = orig_link
                if summary is None:
                    summary = orig_summary
            if kind == "cut" and summary is None:
                summary = cut_lede(orig_summary)
            raw.append({
                "ts": ts, "story": label, "kind": kind, "source": source,
                "lang": OUTLETS[source][0], "stage": day, "link": link,
                "title": title, "summary": summary, "_first": i == 0,
            })
    return number(raw, corpus.prefix)


def number(raw, prefix):
    """The items of raw in order of publication, numbered prefix/001…"""
    raw.sort(key=lambda r: (r["ts"], r["story"], r["title"]))
    items = []
    for n, r in enumerate(raw, 1):
        items.append({
            "id": "%s/%03d" % (prefix, n),
            "story": r["story"],
            "kind": r["kind"],
            "source": r["source"],
            "lang": r["lang"],
            "published": r["ts"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            "stage": r["stage"],
            "link": r["link"],
            "title": r["title"],
            "summary": r["summary"],
        })
    return items


def write(items, name):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"items": items}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return path


SENT_END = re.compile(r"[.!?…](?=\s|$)")


def check(items, corpus, name):
    errs = []
    keys = ["id", "story", "kind", "source", "lang", "published", "stage", "link", "title", "summary"]
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    pubs = [it["published"] for it in items]
    if pubs != sorted(pubs):
        errs.append("ids not in publication order")
    for it in items:
        if list(it.keys()) != keys:
            errs.append("%s bad keys" % it["id"])
        if it["kind"] not in KINDS:
            errs.append("%s bad kind %s" % (it["id"], it["kind"]))
        day = dt.date.fromisoformat(it["published"][:10])
        stage = (day - corpus.first_day).days + 1
        if stage != it["stage"] or stage not in (1, 2, 3):
            errs.append("%s stage mismatch" % it["id"])
        if not it["story"].startswith(corpus.prefix + ":"):
            errs.append("%s label prefix" % it["id"])
        s = it["summary"]
        nw = len(s.split())
        ns = len(SENT_END.findall(s))
        if not (20 <= nw <= 50):
            errs.append("%s summary %d words: %s" % (it["id"], nw, it["title"]))
        if not (1 <= ns <= 3):
            errs.append("%s summary %d sentences: %s" % (it["id"], ns, it["title"]))
        if it["kind"] == "cut" and not s.endswith("…"):
            errs.append("%s cut without ellipsis" % it["id"])
        pre = PREFIXED.get(it["source"])
        if pre and not it["title"].startswith(pre):
            errs.append("%s title lacks prefix %s" % (it["id"], pre))
        if not it["title"].strip():
            errs.append("%s empty title" % it["id"])
    # stories
    by_story = defaultdict(list)
    for it in items:
        by_story[it["story"]].append(it)
    for lab, its in by_story.items():
        kinds = [i["kind"] for i in its]
        if len(its) > 1:
            first = min(its, key=lambda i: i["id"])
            if first["kind"] != "original":
                errs.append("%s first item is %s" % (lab, first["kind"]))
            if kinds.count("original") != 1:
                errs.append("%s has %d originals" % (lab, kinds.count("original")))
            olang = [i["lang"] for i in its if i["kind"] == "original"][0]
            for i in its:
                if i["kind"] == "translation" and i["lang"] == olang:
                    errs.append("%s translation in same language" % i["id"])
                if i["kind"] not in ("original", "translation") and i["lang"] != olang:
                    errs.append("%s copy kind %s in other language" % (i["id"], i["kind"]))
        else:
            if kinds[0] not in ("lookalike", "template", "single"):
                errs.append("%s single-item story of kind %s" % (lab, kinds[0]))
        for k in ("lookalike", "template", "single"):
            if k in kinds and len(its) > 1:
                errs.append("%s: %s in multi-item story" % (lab, k))
    # links
    links = Counter(it["link"] for it in items)
    copies = [it for it in items if it["kind"] == "copy"]
    for it in copies:
        orig = [o for o in by_story[it["story"]] if o["kind"] == "original"][0]
        if orig["link"] != it["link"]:
            errs.append("%s copy link differs" % it["id"])
        if orig["source"] == it["source"]:
            errs.append("%s copy from same outlet" % it["id"])
    for l, c in links.items():
        if c > 2:
            errs.append("link used %d times %s" % (c, l))
    if sum(c - 1 for c in links.values()) != len(copies):
        errs.append("shared links other than copies")
    # dup titles
    tc = Counter(it["title"] for it in items)
    for t, c in tc.items():
        if c > 1:
            errs.append("duplicate title %s" % t)
    return errs, by_story


def stats(items, by_story):
    langs = Counter(it["lang"] for it in items)
    kinds = Counter(it["kind"] for it in items)
    multi = [s for s, its in by_story.items() if len(its) > 1]
    pairs = 0
    for its in by_story.values():
        c = Counter(i["lang"] for i in its)
        pairs += sum(n * (n - 1) // 2 for n in c.values())
    xpairs = 0
    for its in by_story.values():
        for a, b in itertools.combinations(its, 2):
            if a["lang"] != b["lang"]:
                xpairs += 1
    multi_lead = Counter()
    for s in multi:
        o = [i for i in by_story[s] if i["kind"] == "original"][0]
        multi_lead[o["lang"]] += 1
    stages = Counter(it["stage"] for it in items)
    return {
        "items": len(items),
        "languages": len(langs),
        "lang_counts": dict(sorted(langs.items(), key=lambda x: (-x[1], x[0]))),
        "stories": len(by_story),
        "multi_item_stories": len(multi),
        "multi_by_lead_lang": dict(sorted(multi_lead.items(), key=lambda x: (-x[1], x[0]))),
        "same_lang_pairs": pairs,
        "cross_lang_pairs": xpairs,
        "kinds": {k: kinds.get(k, 0) for k in KINDS},
        "stages": dict(sorted(stages.items())),
        "outlets": len(set(it["source"] for it in items)),
    }


def main(corpora=None):
    """Build each (data module, file name) of corpora: blind8's by default;
    blind9/build.py passes its own."""
    if corpora is None:
        import data_t8
        import data_h8
        corpora = ((data_t8, "tuning8.json"), (data_h8, "heldout8.json"))
    names = [name for _, name in corpora]
    verbose = "-v" in sys.argv[1:]
    all_labels = {}
    ok = True
    for mod, name in corpora:
        corpus = mod.CORPUS
        items = build(corpus)
        write(items, name)
        if verbose:
            errs, by_story = check(items, corpus, name)
            for lab in by_story:
                base = lab.split(":", 1)[1]
                if base in all_labels:
                    errs.append("label %s in both files" % base)
                all_labels[base] = name
            st = stats(items, by_story)
            print("== %s" % name)
            for k, v in st.items():
                print("  %-20s %s" % (k, v))
            if errs:
                ok = False
                print("  CHECKS FAILED (%d):" % len(errs))
                for e in errs:
                    print("   -", e)
            else:
                print("  checks: OK (ids unique+ordered, stages, keys, summaries 20-50 words/1-3 sentences,"
                      " copies share original link, prefixes)")
    if verbose:
        # determinism
        import hashlib
        h1 = [hashlib.md5(open(os.path.join(OUT, n), "rb").read()).hexdigest()
              for n in names]
        for mod, name in corpora:
            write(build(mod.CORPUS), name)
        h2 = [hashlib.md5(open(os.path.join(OUT, n), "rb").read()).hexdigest()
              for n in names]
        print("deterministic rebuild:", "OK" if h1 == h2 else "MISMATCH")
        ok = ok and h1 == h2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
