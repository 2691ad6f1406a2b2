#!/usr/bin/python3
"""Cross-check cases.json against Python feedparser (Debian python3-feedparser).

For every document: parse the bytes with the case's Content-Type (and a
Content-Location of http://zoo.test/zoo/<file> so relative links resolve),
then compare the item count (entries deduplicated by id, like a store would),
the checked titles, and, informatively, links and dates.
Usage: python3 check.py [-v]
"""
import calendar, html, json, re, os, sys, time
import feedparser

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "http://zoo.test"
verbose = "-v" in sys.argv


def norm(s):
    return " ".join((s or "").split())


def plain_title(e):
    t = e.get("title") or ""
    typ = e.get("title_detail", {}).get("type", "text/plain")
    if "html" in typ:
        t = html.unescape(re.sub(r"<[^>]*>", "", t))
    return norm(t)


def main():
    cases = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
    agree, disagree, json_ok = 0, [], []
    for c in cases:
        data = open(os.path.join(HERE, c["file"]), "rb").read()
        if c["file"].startswith("jsonfeed"):
            # feedparser 6.0.x has no JSON Feed support: check count and titles with json.
            jf = json.loads(data.decode("utf-8-sig"))
            ids, n = set(), 0
            for it in jf["items"]:
                k = str(it.get("id"))
                if k not in ids:
                    ids.add(k)
                    n += 1
            titles = {norm(it.get("title")) for it in jf["items"]}
            bad = [ch["title"] for ch in c["checks"] if ch["title"] not in titles]
            if n != c["items"] or bad:
                disagree.append((c["file"], [f"json check: items {n}, missing titles {bad}"]))
            else:
                json_ok.append(c["file"])
            continue
        d = feedparser.parse(data, response_headers={
            "content-type": c["content_type"],
            "content-location": f"{BASE}/zoo/{c['file']}"})
        problems = []
        if c["reject"]:
            if d.entries:
                problems.append(f"expected reject, feedparser found {len(d.entries)} entries (version {d.version!r})")
        else:
            ids, n = set(), 0
            for e in d.entries:
                k = e.get("id")
                if k:
                    if k in ids:
                        continue
                    ids.add(k)
                n += 1
            if n != c["items"]:
                problems.append(f"items: expected {c['items']}, feedparser {n} (raw {len(d.entries)})")
            titles = {}
            for e in d.entries:
                titles.setdefault(plain_title(e), e)
            for ch in c["checks"]:
                e = titles.get(ch["title"])
                if e is None:
                    problems.append(f"title not found: {ch['title']!r}; feedparser titles: {list(titles)[:5]}")
                    continue
                # informative field checks
                info = []
                if "link" in ch:
                    want = ch["link"].replace("{base}", BASE)
                    if e.get("link") != want:
                        info.append(f"link {e.get('link')!r} != {want!r}")
                if "published" in ch:
                    t = e.get("published_parsed") or e.get("updated_parsed")
                    got = time.strftime("%Y-%m-%dT%H:%M:%SZ", t) if t else None
                    if got != ch["published"]:
                        info.append(f"date {got} != {ch['published']}")
                fa = (e.get("authors") or [{}])[0].get("name", e.get("author"))
                if "author" in ch and fa != ch["author"]:
                    info.append(f"author {fa!r} != {ch['author']!r}")
                if "guid" in ch and norm(e.get("id")) != ch["guid"]:
                    info.append(f"guid {e.get('id')!r} != {ch['guid']!r}")
                if "categories" in ch:
                    got = [norm(t.get("term")) for t in e.get("tags", [])]
                    if got != ch["categories"]:
                        info.append(f"categories {got} != {ch['categories']}")
                if "text_has" in ch:
                    txt = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", x.get("value", ""))) if "html" in x.get("type", "html")
                                   else x.get("value", "") for x in [e.get("summary_detail", {})] + e.get("content", []))
                    if ch["text_has"] not in norm(txt.replace("\xa0", " ")):
                        info.append(f"text_has {ch['text_has']!r} not in {norm(txt)[:80]!r}")
                if "enclosure" in ch:
                    encs = e.get("enclosures", [])
                    got = dict(encs[0]) if encs else None
                    want = ch["enclosure"]
                    if not got or got.get("href") != want["url"] or got.get("type") != want["type"] or \
                            str(got.get("length", "")) != str(want.get("length", "")):
                        info.append(f"enclosure {got} != {want}")
                if info:
                    problems.append(f"[{ch['title']}] " + "; ".join(info))
        strict = [p for p in problems if not p.startswith("[")]
        if strict:
            disagree.append((c["file"], problems))
        else:
            agree += 1
            if problems and verbose:
                print(f"INFO {c['file']}: " + " | ".join(problems))
    for f, ps in disagree:
        print(f"DISAGREE {f}:")
        for p in ps:
            print("   ", p)
    print(f"{len(json_ok)} JSON Feed documents checked with the json module instead (feedparser {feedparser.__version__} cannot read JSON Feed)")
    print(f"{agree} of {len(cases) - len(json_ok)} XML/other documents agree with feedparser {feedparser.__version__} on item count and checked titles; {len(disagree)} disagree")


main()
