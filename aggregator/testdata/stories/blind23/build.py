#!/usr/bin/env python3
"""Builds ../tuning23.json and ../heldout23.json from the writers' parts.

Each part_<half>_<group>.json is {"items": [...]} with the fields of
format.md but "id" (assigned here, in published order, ties broken by
language order then plan key) and with "key", the plan's item key,
which is dropped. The halves are checked against format.md's rules.
Run: python3 build.py
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en"]
KINDS = {"original", "copy", "rewrite", "update", "brief", "cut", "regional", "translation"}
HALVES = {
    "t23": ("tuning23.json", ["2027-08-02", "2027-08-03", "2027-08-04"]),
    "h23": ("heldout23.json", ["2027-08-09", "2027-08-10", "2027-08-11"]),
}
FIELDS = ["id", "story", "kind", "source", "lang", "text_lang", "published", "stage", "link", "title", "summary"]


def fail(msg):
    sys.exit("build.py: " + msg)


def build(half):
    out, days = HALVES[half]
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "part_%s_*.json" % half))):
        with open(path, encoding="utf-8") as f:
            part = json.load(f)["items"]
        for it in part:
            it["_part"] = os.path.basename(path)
        items += part
    if not items:
        print("build.py: no parts for %s yet" % half)
        return [], {}
    items.sort(key=lambda it: (it["published"], LANGS.index(it["text_lang"]), it["key"]))
    seen_keys, stories = set(), {}
    for n, it in enumerate(items, 1):
        where = "%s %s" % (it["_part"], it.get("key"))
        if it["key"] in seen_keys:
            fail("%s: key repeated" % where)
        seen_keys.add(it["key"])
        it["id"] = "%s/%03d" % (half, n)
        if not it["story"].startswith(half + ":"):
            fail("%s: story %r is not of %s" % (where, it["story"], half))
        if it["kind"] not in KINDS:
            fail("%s: kind %r" % (where, it["kind"]))
        if it["lang"].split("-")[0] != it["text_lang"] or it["text_lang"] not in LANGS:
            fail("%s: lang %r, text_lang %r" % (where, it["lang"], it["text_lang"]))
        if not re.fullmatch(r"2027-08-\d\dT\d\d:\d\d:\d\dZ", it["published"]):
            fail("%s: published %r" % (where, it["published"]))
        day = it["published"][:10]
        if day not in days:
            fail("%s: published %s outside the half" % (where, it["published"]))
        it["stage"] = days.index(day) + 1
        if not re.fullmatch(r"https://[a-z0-9.-]+/[a-z0-9-]+/2027/08/%s/[a-z0-9-]+" % day[8:], it["link"]):
            fail("%s: link %r" % (where, it["link"]))
        n, lo, hi = len(it["summary"].split()), 12, 70
        if it["summary"] and not lo <= n <= hi:
            fail("%s: summary of %d words" % (where, n))
        if it["title"] != unicodedata.normalize("NFC", it["title"]) or it["summary"] != unicodedata.normalize("NFC", it["summary"]):
            fail("%s: text not NFC" % where)
        stories.setdefault(it["story"], []).append(it)
    for story, its in stories.items():
        if its[0]["kind"] != "original" or sum(i["kind"] == "original" for i in its) != 1:
            fail("%s: the first item must be its one original" % story)
    with open(os.path.join(HERE, "..", out), "w", encoding="utf-8") as f:
        json.dump({"items": [{k: it[k] for k in FIELDS} for it in items]}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return items, stories


def main():
    links = set()
    for half in HALVES:
        items, stories = build(half)
        if not items:
            continue
        for it in items:
            if it["link"] in links:
                fail("link %s repeated" % it["link"])
            links.add(it["link"])
        same = sum(1 for its in stories.values() for i in range(len(its)) for j in range(i) if its[i]["text_lang"] == its[j]["text_lang"])
        multi = sum(1 for its in stories.values() if len(its) > 1)
        print("%s: %d items, %d stories (%d with more than one item), %d same-language pairs of one story" % (half, len(items), len(stories), multi, same))


if __name__ == "__main__":
    main()
