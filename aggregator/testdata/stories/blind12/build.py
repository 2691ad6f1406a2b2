#!/usr/bin/env python3
"""Build tuning12.json and heldout12.json from data_t12.py / data_h12.py.

python3 build.py      -> write both files
python3 build.py -v   -> write both files, print counts and run the checks

Deterministic: seconds and link numbers come from MD5 hashes of label, outlet
and title (no randomness). Items are sorted by publication time and numbered
t12/001… and h12/001…; stage is the day of the three-day span. Summaries of
Thai items are measured in characters (60–250, spaces not counted, no
sentence check: Thai marks sentences with spaces, not punctuation);
Vietnamese in spaced syllables (20–70, ≈ 20–50 words); all others in words
(20–50), with 1–3 sentences.
"""
import datetime as dt
import hashlib
import itertools
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)  # the corpora sit one directory up, beside the others

from common import OUTLETS, PREFIXED, KINDS, TRAP_CLASSES, CHAR_LANGS, md5hex, make_link, cut_lede  # noqa: E402
import data_t12  # noqa: E402
import data_h12  # noqa: E402

CORPORA = ((data_t12, "tuning12.json", "t12"), (data_h12, "heldout12.json", "h12"))
KEYS = ["id", "story", "kind", "source", "lang", "published", "stage", "link", "title", "summary"]
# sentence ends: ". ! ? …", Devanagari/Bengali danda "।", Urdu "۔" and "؟",
# Amharic "።"
SENT_END = re.compile(r"[.!?…।۔؟።](?=\s|$)")
SINGLE_KINDS = ("lookalike", "template", "single")


def build(corpus):
    raw = []
    for label, tuples in corpus.stories:
        orig_summary = None
        for i, (kind, source, day, hhmm, title, summary) in enumerate(tuples):
            lang = OUTLETS[source][0]
            date = corpus.first_day + dt.timedelta(days=day - 1)
            hh, mm = map(int, hhmm.split(":"))
            sec = int(md5hex(label + "|" + title)[:6], 16) % 60
            ts = dt.datetime(date.year, date.month, date.day, hh, mm, sec)
            link = make_link(source, title, label, date.isoformat())
            if i == 0:
                orig_summary = summary
            if summary is None and kind == "copy":
                summary = orig_summary
            if summary is None and kind == "cut":
                summary = cut_lede(orig_summary, lang)
            raw.append({"ts": ts, "story": label, "kind": kind, "source": source,
                        "lang": lang, "stage": day, "link": link,
                        "title": title, "summary": summary, "pos": i})
    return number(raw, corpus.prefix)


def number(raw, prefix):
    raw.sort(key=lambda r: (r["ts"], r["story"], r["pos"]))
    items = []
    for k, r in enumerate(raw, 1):
        items.append({
            "id": "%s/%03d" % (prefix, k),
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
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump({"items": items}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def length(it):
    s = it["summary"]
    if it["lang"] in CHAR_LANGS:
        return len(re.sub(r"\s", "", s)), 60, 250, "characters"
    if it["lang"] == "vi":
        return len(s.split()), 20, 70, "syllables"
    return len(s.split()), 20, 50, "words"


def check(items, corpus, prefix):
    errs = []
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if ids != ["%s/%03d" % (prefix, k) for k in range(1, len(ids) + 1)]:
        errs.append("ids not numbered in order")
    if [it["published"] for it in items] != sorted(it["published"] for it in items):
        errs.append("ids not in publication order")
    for it in items:
        iid = it["id"]
        if list(it.keys()) != KEYS:
            errs.append("%s bad keys" % iid)
        if not re.fullmatch(re.escape(prefix) + r"/\d{3}", iid):
            errs.append("%s bad id prefix" % iid)
        if it["kind"] not in KINDS:
            errs.append("%s bad kind %s" % (iid, it["kind"]))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", it["published"]):
            errs.append("%s published not RFC 3339 UTC" % iid)
        try:
            dt.datetime.strptime(it["published"], "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            errs.append("%s published not a valid time" % iid)
        day = dt.date.fromisoformat(it["published"][:10])
        stage = (day - corpus.first_day).days + 1
        if stage not in (1, 2, 3) or stage != it["stage"]:
            errs.append("%s stage %s does not match day %s" % (iid, it["stage"], day))
        if not it["story"].startswith(prefix + ":"):
            errs.append("%s label prefix" % iid)
        if not it["link"].startswith("https://"):
            errs.append("%s link not https" % iid)
        s = it["summary"]
        if not isinstance(s, str) or not s.strip():
            errs.append("%s empty summary" % iid)
            continue
        n, lo, hi, unit = length(it)
        ns = len(SENT_END.findall(s))
        if not lo <= n <= hi:
            errs.append("%s summary has %d %s: %s" % (iid, n, unit, it["title"]))
        if it["lang"] not in CHAR_LANGS and not 1 <= ns <= 3:
            errs.append("%s summary has %d sentences: %s" % (iid, ns, it["title"]))
        if it["kind"] == "cut" and not s.endswith("…"):
            errs.append("%s cut without ellipsis" % iid)
        pre = PREFIXED.get(it["source"])
        if pre and not it["title"].startswith(pre):
            errs.append("%s title lacks prefix %r" % (iid, pre))
        if not it["title"].strip():
            errs.append("%s empty title" % iid)
    by_story = defaultdict(list)
    for it in items:
        by_story[it["story"]].append(it)
    for lab, its in by_story.items():
        kinds = [i["kind"] for i in its]
        if len(its) == 1:
            if kinds[0] not in SINGLE_KINDS:
                errs.append("%s single-item story of kind %s" % (lab, kinds[0]))
            continue
        if its[0]["kind"] != "original":
            errs.append("%s first item is %s" % (lab, its[0]["kind"]))
        if kinds.count("original") != 1:
            errs.append("%s has %d originals" % (lab, kinds.count("original")))
        for k in SINGLE_KINDS:
            if k in kinds:
                errs.append("%s: %s in a multi-item story" % (lab, k))
        olang = [i["lang"] for i in its if i["kind"] == "original"][0]
        for i in its:
            if i["kind"] == "translation" and i["lang"] == olang:
                errs.append("%s translation in the original's language" % i["id"])
            if i["kind"] not in ("original", "translation") and i["lang"] != olang:
                errs.append("%s %s in another language" % (i["id"], i["kind"]))
        if max(Counter(i["lang"] for i in its).values()) < 2:
            errs.append("%s has no two items in one language" % lab)
        srcs = Counter(i["source"] for i in its if i["kind"] == "copy")
        orig_src = [i["source"] for i in its if i["kind"] == "original"][0]
        if orig_src in srcs:
            errs.append("%s copy from the original's own outlet" % lab)
    links = Counter(it["link"] for it in items)
    for l, c in links.items():
        if c > 1:
            errs.append("link used %d times: %s" % (c, l))
    for t, c in Counter(it["title"] for it in items).items():
        if c > 1:
            errs.append("duplicate title: %s" % t)
    for cls, a, b, note in corpus.traps:
        if cls not in TRAP_CLASSES:
            errs.append("trap %s/%s: unknown class %s" % (a, b, cls))
        for lab in (a, b):
            if lab not in by_story:
                errs.append("trap %s: unknown label %s" % (cls, lab))
        if a == b:
            errs.append("trap %s pairs a label with itself" % a)
    seen = Counter(frozenset((a, b)) for _, a, b, _ in corpus.traps)
    for p, c in seen.items():
        if c > 1:
            errs.append("trap pair listed twice: %s" % sorted(p))
    for cls, a, b, note in corpus.traps:
        if a in by_story and b in by_story:
            if not any(x["lang"] == y["lang"] for x in by_story[a] for y in by_story[b]):
                errs.append("trap %s %s/%s shares no language" % (cls, a, b))
    for lab, note in corpus.same:
        its = by_story.get(lab)
        if not its:
            errs.append("same-story follow-up: unknown label %s" % lab)
            continue
        o = [i for i in its if i["kind"] == "original"][0]
        if not any(i["kind"] in ("update", "regional", "rewrite") and i["published"] > o["published"]
                   for i in its):
            errs.append("same-story follow-up %s has no later update" % lab)
    return errs, by_story


def stats(items, by_story, corpus):
    langs = Counter(it["lang"] for it in items)
    kinds = Counter(it["kind"] for it in items)
    multi = [s for s, its in by_story.items() if len(its) > 1]
    lead = Counter([i for i in by_story[s] if i["kind"] == "original"][0]["lang"] for s in multi)
    same_pairs = sum(n * (n - 1) // 2 for its in by_story.values()
                     for n in Counter(i["lang"] for i in its).values())
    cross_pairs = sum(1 for its in by_story.values()
                      for a, b in itertools.combinations(its, 2) if a["lang"] != b["lang"])
    per_outlet = Counter(it["source"] for it in items)
    traps = defaultdict(lambda: [0, 0])
    for cls, a, b, _ in corpus.traps:
        traps[cls][0] += 1
        traps[cls][1] += sum(1 for x in by_story[a] for y in by_story[b] if x["lang"] == y["lang"])
    return {
        "items": len(items),
        "languages": len(langs),
        "items per language": ", ".join("%s %d" % kv for kv in sorted(langs.items(), key=lambda x: (-x[1], x[0]))),
        "en share": "%.1f %%" % (100.0 * langs.get("en", 0) / len(items)),
        "labels": len(by_story),
        "multi-item stories": "%d (lead: %s)" % (len(multi), ", ".join(
            "%s %d" % kv for kv in sorted(lead.items(), key=lambda x: (-x[1], x[0])))),
        "same-lang pairs": same_pairs,
        "cross-lang pairs": cross_pairs,
        "outlets": "%d (1 item: %d, max %d)" % (len(per_outlet), sum(1 for c in per_outlet.values() if c == 1),
                                                  max(per_outlet.values())),
        "items per stage": " / ".join(str(Counter(it["stage"] for it in items)[s]) for s in (1, 2, 3)),
        "kinds": ", ".join("%s %d" % (k, kinds.get(k, 0)) for k in KINDS),
        "trap story pairs": ", ".join("%s %d" % (c, traps[c][0]) for c in TRAP_CLASSES),
        "trap item pairs (same lang)": ", ".join("%s %d" % (c, traps[c][1]) for c in TRAP_CLASSES),
        "same-story follow-ups": len(corpus.same),
    }


def lang_minimums(items):
    errs = []
    langs = Counter(it["lang"] for it in items)
    for l, lo in (("hi", 10), ("bn", 10), ("ur", 10), ("ta", 10), ("th", 10), ("vi", 10), ("id", 10),
                  ("sw", 10), ("ms", 6), ("tl", 6), ("am", 6)):
        if langs.get(l, 0) < lo:
            errs.append("language %s has only %d items (minimum %d)" % (l, langs.get(l, 0), lo))
    if langs.get("en", 0) > 0.20 * len(items):
        errs.append("en share above 20 %%: %d of %d" % (langs["en"], len(items)))
    if not 150 <= len(items) <= 190:
        errs.append("%d items, expected 150–190" % len(items))
    return errs


def main():
    verbose = "-v" in sys.argv[1:]
    ok = True
    labels_by_file = {}
    for mod, name, prefix in CORPORA:
        corpus = mod.CORPUS
        if corpus.prefix != prefix:
            print("%s: corpus prefix %s, expected %s" % (name, corpus.prefix, prefix))
            ok = False
        items = build(corpus)
        write(items, name)
        errs, by_story = check(items, corpus, prefix)
        errs += lang_minimums(items)
        labels_by_file[name] = {lab.split(":", 1)[1] for lab in by_story}
        if verbose:
            print("== %s" % name)
            for k, v in stats(items, by_story, corpus).items():
                print("  %-28s %s" % (k, v))
        if errs:
            ok = False
            print("  %s: CHECKS FAILED (%d):" % (name, len(errs)))
            for e in errs:
                print("   -", e)
        elif verbose:
            print("  checks: OK")
    shared = labels_by_file["tuning12.json"] & labels_by_file["heldout12.json"]
    if shared:
        ok = False
        print("labels in both files:", sorted(shared))
    if verbose:
        h1 = [hashlib.md5(open(os.path.join(OUT, n), "rb").read()).hexdigest() for _, n, _ in CORPORA]
        for mod, name, _ in CORPORA:
            write(build(mod.CORPUS), name)
        h2 = [hashlib.md5(open(os.path.join(OUT, n), "rb").read()).hexdigest() for _, n, _ in CORPORA]
        print("labels shared across files:", len(shared))
        print("deterministic rebuild:", "OK" if h1 == h2 else "MISMATCH")
        ok = ok and h1 == h2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
