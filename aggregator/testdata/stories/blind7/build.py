"""Regenerate tuning7.json and heldout7.json deterministically: python3 build.py"""
import json
import os
import sys

from common import build_items, check, stats
import data_t7
import data_h7

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = [
    ("tuning7.json", "t7", ["2026-08-03", "2026-08-04", "2026-08-05"], data_t7.GROUPS),
    ("heldout7.json", "h7", ["2026-08-10", "2026-08-11", "2026-08-12"], data_h7.GROUPS),
]


def main():
    verbose = "-v" in sys.argv
    for fname, prefix, dates, groups in FILES:
        labels = [g[0] for g in groups]
        assert len(labels) == len(set(labels)), "duplicate label in " + prefix
        items = build_items(prefix, dates, groups)
        with open(os.path.join(HERE, "..", fname), "w", encoding="utf-8") as f:
            json.dump({"items": items}, f, ensure_ascii=False, indent=1, sort_keys=False)
            f.write("\n")
        print(fname, json.dumps(stats(items), ensure_ascii=False))
        if verbose:
            for w in check(items):
                print("  ", w)


if __name__ == "__main__":
    main()
