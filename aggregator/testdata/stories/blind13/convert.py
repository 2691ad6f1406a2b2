"""Script-conversion helpers used once to freeze the drafts into data_*.py,
and by build.py for script-purity checks.

- Serbian: Latin <-> Cyrillic, letter for letter (lj nj dž digraphs).
- Chinese: OpenCC command-line tool (Debian package `opencc`), then the
  newsroom touch-ups described in plan.md.
"""
import re
import shutil
import subprocess

LAT2CYR = [
    ("DŽ", "Џ"), ("Dž", "Џ"), ("dž", "џ"),
    ("LJ", "Љ"), ("Lj", "Љ"), ("lj", "љ"),
    ("NJ", "Њ"), ("Nj", "Њ"), ("nj", "њ"),
]
SINGLE = dict(zip(
    "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš",
    "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш"))
CYR2LAT = {v: k for k, v in SINGLE.items()}
CYR2LAT.update({"Џ": "Dž", "џ": "dž", "Љ": "Lj", "љ": "lj", "Њ": "Nj", "њ": "nj"})


def lat2cyr(s):
    out = []
    i = 0
    while i < len(s):
        two = s[i:i + 2]
        hit = None
        for a, b in LAT2CYR:
            if two == a:
                hit = b
                break
        if hit:
            # all-caps word: "LJ" / "NJ" / "DŽ"; title-case "Lj"
            out.append(hit)
            i += 2
            continue
        out.append(SINGLE.get(s[i], s[i]))
        i += 1
    return "".join(out)


def cyr2lat(s):
    res = []
    for i, ch in enumerate(s):
        t = CYR2LAT.get(ch, ch)
        if ch in "ЉЊЏ":
            nxt = s[i + 1:i + 2]
            if nxt and nxt.isupper():
                t = t.upper()
        res.append(t)
    return "".join(res)


def has_opencc():
    return shutil.which("opencc") is not None


def opencc(text, cfg):
    r = subprocess.run(["opencc", "-c", cfg + ".json"], input=text.encode("utf-8"),
                       capture_output=True, check=True)
    return r.stdout.decode("utf-8").rstrip("\n")


def trad_quotes(s):
    return (s.replace("“", "「").replace("”", "」")
             .replace("‘", "『").replace("’", "』"))


def simp_quotes(s):
    return (s.replace("「", "“").replace("」", "”")
             .replace("『", "‘").replace("』", "’"))


def to_tw(s, phrases=False):
    t = opencc(s, "s2twp" if phrases else "s2tw")
    t = (t.replace("臺", "台").replace("釋出", "發布").replace("曆史", "歷史")
          .replace("溼", "濕"))
    return trad_quotes(t)


def to_hk(s):
    t = opencc(s, "s2hk")
    t = (t.replace("説", "說").replace("着", "著").replace("温", "溫")
          .replace("曆史", "歷史").replace("釐米", "厘米").replace("啓", "啟"))
    return trad_quotes(t)


def to_simp(s, phrases=False):
    t = opencc(s, "tw2sp" if phrases else "t2s")
    return simp_quotes(t)


LATIN_RE = re.compile(r"[A-Za-zČĆŠŽĐčćšžđ]")
CYR_RE = re.compile(r"[\u0400-\u04FF]")
