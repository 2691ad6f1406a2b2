#!/usr/bin/env python3
"""Build tuning6.json, heldout6.json and README.md for story-grouping corpus 6 (stdlib only)."""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import data_t6  # noqa: E402
import data_h6  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "story", "kind", "source", "lang", "published", "stage", "link", "title", "summary"]
KINDS = ["original", "copy", "rewrite", "update", "brief", "cut", "regional", "translation",
         "lookalike", "template", "single"]


def validate(items, prefix, dates, shared_ok):
    errs = []
    ids = [it["id"] for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    prev = None
    links = defaultdict(list)
    for n, it in enumerate(items, 1):
        if list(it) != FIELDS:
            errs.append("fields %s" % it["id"])
        if it["id"] != "%s/%03d" % (prefix, n):
            errs.append("id order %s" % it["id"])
        if it["kind"] not in KINDS:
            errs.append("kind %s" % it["id"])
        pub = datetime.strptime(it["published"], "%Y-%m-%dT%H:%M:%SZ")
        if prev and pub < prev:
            errs.append("publication order %s" % it["id"])
        prev = pub
        day = [datetime(*d).date() for d in dates].index(pub.date()) + 1 if pub.date() in \
            [datetime(*d).date() for d in dates] else None
        if day != it["stage"]:
            errs.append("stage %s %s" % (it["id"], it["published"]))
        w = common.wc(it["summary"])
        if not 18 <= w <= 45:
            errs.append("summary length %d %s %s" % (w, it["id"], it["story"]))
        if not re.match(r"^https://[^/]+\.example/", it["link"]):
            errs.append("link %s" % it["id"])
        if not re.match(r"^[a-z]{2}$", it["lang"]):
            errs.append("lang %s" % it["id"])
        if "\n" in it["summary"] or "<" in it["summary"]:
            errs.append("plain text %s" % it["id"])
        links[it["link"]].append(it)
    for link, its in links.items():
        if len(its) > 1:
            stories = {i["story"] for i in its}
            if len(stories) != 1 or not all(i["kind"] in ("original", "copy") for i in its):
                errs.append("shared link across stories/kinds: %s" % link)
    return errs, sum(1 for v in links.values() if len(v) > 1)


def stats(items):
    by_story = defaultdict(list)
    for it in items:
        by_story[it["story"]].append(it)
    multi = {s: v for s, v in by_story.items() if len(v) > 1}
    # same-language multi-item groups (evaluation is per language)
    lang_groups = Counter()
    for s, v in by_story.items():
        for lang, c in Counter(i["lang"] for i in v).items():
            if c > 1:
                lang_groups[lang] += 1
    nonorig = Counter()
    for s, v in multi.items():
        langs = Counter(i["lang"] for i in v)
        for i in v:
            if langs[i["lang"]] > 1 and i["kind"] not in ("original", "translation", "lookalike", "template", "single"):
                nonorig[i["kind"]] += 1
    return {
        "items": len(items), "stories": len(by_story), "multi_item_stories": len(multi),
        "langs": dict(Counter(i["lang"] for i in items).most_common()),
        "kinds": dict(Counter(i["kind"] for i in items).most_common()),
        "stages": dict(sorted(Counter(i["stage"] for i in items).items())),
        "same_lang_multi_groups": dict(lang_groups.most_common()),
        "same_lang_followers": dict(nonorig.most_common()),
    }


def cross_file_check(a, b):
    sa = {i["story"].split(":", 1)[1] for i in a}
    sb = {i["story"].split(":", 1)[1] for i in b}
    la = {i["link"] for i in a}
    lb = {i["link"] for i in b}
    ta = {i["title"] for i in a}
    tb = {i["title"] for i in b}
    return sa & sb, la & lb, ta & tb


def fmt(d):
    return ", ".join("%s %s" % kv for kv in d.items())


def main():
    out = {}
    for name, mod, prefix in (("tuning6", data_t6, "t6"), ("heldout6", data_h6, "h6")):
        items = common.build_items(mod.S, mod.TPL, mod.DATES, prefix)
        errs, shared = validate(items, prefix, mod.DATES, True)
        if errs:
            print("\n".join(errs))
            sys.exit("validation failed for %s (%d problems)" % (name, len(errs)))
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"items": items}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        st = stats(items)
        st["shared_links"] = shared
        out[name] = st
        print("== %s.json" % name)
        for k, v in st.items():
            print("  %-24s %s" % (k, v))
    a = json.load(open(os.path.join(HERE, "tuning6.json")))["items"]
    b = json.load(open(os.path.join(HERE, "heldout6.json")))["items"]
    s, l, t = cross_file_check(a, b)
    assert not s and not l, (s, l)
    print("cross-file: shared story ids 0, shared links 0, shared titles %d" % len(t))
    write_readme(out)


def write_readme(st):
    t, h = st["tuning6"], st["heldout6"]
    lines = [
        "# Story-grouping corpus 6 (blind)",
        "",
        "Written without looking at the grouping algorithm, its tests or earlier corpora.",
        "Generated by `python3 build.py` (Python 3 stdlib only) from `common.py` (outlets, link styles,",
        "derivation of mechanical variants) and the text modules `data_t6.py` / `data_h6.py`.",
        "`plan.md` lists every event of both files; it was written before any item text.",
        "",
        "## Files and split",
        "",
        "- `tuning6.json`: Mon 2026-07-06 .. Wed 2026-07-08 (stage 1..3 = UTC publication day).",
        "- `heldout6.json`: Mon 2026-07-13 .. Wed 2026-07-15.",
        "",
        "The split is by event, not by item: each file has its own, disjoint list of events, look-alikes,",
        "single items and template instances, designed in parallel with the same mix (about 21 English-led",
        "multi-item stories, 4 German, 4 French, 3 Spanish, 3 Italian, 2 each Portuguese/Dutch/Polish/",
        "Russian/Swedish, 16 look-alikes, 23 singles, 8 template series). No event, look-alike or",
        "template instance appears in both files; story labels, links and ids never cross files.",
        "",
        "Each file is `{\"items\": [...]}`; items have exactly `id, story, kind, source, lang, published,",
        "stage, link, title, summary`. Ids (`t6/001`, `h6/001`, ...) follow publication order.",
        "All outlets, companies and people are fictional; places and public institutions are real; every",
        "event is invented. Links are on `.example` domains in per-outlet URL styles.",
        "",
        "## Labels",
        "",
        "`story` is the gold label: two items share it iff they report the same news event.",
        "Evaluation is meant to be per language: translations carry the same story label as the event",
        "they translate, but they have their own links (a grouper is only expected to join them by an",
        "identical link, which they do not have), so within their language they are usually singletons.",
        "",
        "- UPDATE versions (\"UPDATE 1-\", \"ROUNDUP:\", \"MISE À JOUR 1-\", \"ACTUALIZACIÓN 1-\",",
        "  \"AGGIORNAMENTO 1-\", \"ATUALIZAÇÃO 1-\", \"AKTUALIZACJA 1-\", \"ОБНОВЛЕНО 1-\", \"UPPDATERAD:\"),",
        "  including overnight updates with revised figures or a death toll, are the SAME story.",
        "- A next-day follow-up with genuinely new facts (investigation findings, a resignation, government",
        "  money after a quake, a new fire elsewhere) is a DIFFERENT story, kind `lookalike`.",
        "- Regional reprints repeating the facts (up to ~24 h later, sometimes under a service headline",
        "  such as \"News in brief\" / \"Kurz notiert\") are the SAME story.",
        "- Template items (fixed wording filled with the day's values) are each their own story, one per",
        "  day, even though consecutive days are worded almost identically. The newsletter templates name",
        "  several of the day's stories but belong to none of them.",
        "",
        "## Kinds",
        "",
        "- `original`: first full report of an event.",
        "- `copy`: near-verbatim reuse of the original text (dateline stripped, last sentence dropped,",
        "  number format changed, or verbatim), usually with a new headline. A handful of verbatim",
        "  syndicated copies share the original's link (%d link(s) shared in tuning, %d in heldout)." % (t["shared_links"], h["shared_links"]),
        "- `rewrite`: another newsroom's own sentences with the same names, places and numbers",
        "  (spelled-out numbers, inflected names, metonyms such as Dublin/Berlin/Matignon for governments).",
        "- `update`: wire update of the same event, rewritten lede and revised figures, same day or overnight.",
        "- `brief`: flash (\"BRIEF-\", \"EIL/\", \"URGENTE-\", ...) that may precede the original by minutes.",
        "- `cut`: lede truncated with \"…\" or \"[…]\", reworded headline.",
        "- `regional`: shortened regional reprint, possibly with a service headline.",
        "- `translation`: same event in another language (own link, same story label).",
        "- `lookalike`: a different event imitating another story (other place/company/figure, same",
        "  numbers) or a next-day follow-up with new facts. In each file one follow-up look-alike has a",
        "  same-language rewrite (so each file has 45 event stories + 1 look-alike story with >1 item).",
        "- `template`: one instance of a fixed-wording series (index close, weather, FX fixing, lottery,",
        "  traffic, police appeal, sports results, newsletter).",
        "- `single`: unrelated one-off item.",
        "",
        "## Counts",
        "",
        "| | tuning6 | heldout6 |",
        "|---|---|---|",
        "| items | %d | %d |" % (t["items"], h["items"]),
        "| stories | %d | %d |" % (t["stories"], h["stories"]),
        "| multi-item stories | %d | %d |" % (t["multi_item_stories"], h["multi_item_stories"]),
        "| items per stage | %s | %s |" % (fmt(t["stages"]), fmt(h["stages"])),
        "| languages | %s | %s |" % (fmt(t["langs"]), fmt(h["langs"])),
        "| kinds | %s | %s |" % (fmt(t["kinds"]), fmt(h["kinds"])),
        "| stories with >1 item in one language | %s | %s |" % (fmt(t["same_lang_multi_groups"]), fmt(h["same_lang_multi_groups"])),
        "| non-original same-language items in multi-item stories | %s | %s |" % (fmt(t["same_lang_followers"]), fmt(h["same_lang_followers"])),
        "",
        "## Notes and caveats",
        "",
        "- Numbers appear in varied formats across copies (3,500 / 3.500 / 3 500 / three thousand five",
        "  hundred; 6,1 vs 6.1; €1.1bn vs 1.1 billion euros). Some summaries carry datelines",
        "  (\"OBAN, Scotland, July 6 (Meridian Wire) - \", \"Freiburg (dpx) - \").",
        "- `copy`, `cut`, `brief` and most `regional` texts are derived mechanically from the story's",
        "  hand-written original/update in `common.py`; all other texts are hand-written.",
        "- English is about 44% of items in each file; the other 56% are spread over 16 languages, with",
        "  several same-language multi-item stories in each of de, fr, es, it, pt, nl, pl, ru, sv.",
        "- Some copies are fully verbatim but keep their own link (syndication without canonical URL).",
        "- Look-alikes deliberately reuse figures (3,500 evacuated, £62m-style fines, 2,400 jobs, magnitude",
        "  6.1) and story vocabulary; follow-ups mention the earlier event by name.",
        "",
    ]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
