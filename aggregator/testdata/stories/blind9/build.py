#!/usr/bin/env python3
"""Build tuning9.json and heldout9.json from data_t9.py / data_h9.py with
blind8's builder and checks (../blind8/build.py). blind9's own common.py
(its outlets, and cut ledes that drop a sentence's final ".") is the one
the builder imports: this directory comes first on the path.

python3 build.py      -> write both files
python3 build.py -v   -> write both files, print counts and run checks
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_h9  # noqa: E402
import data_t9  # noqa: E402

spec = importlib.util.spec_from_file_location("blind8_build", os.path.join(HERE, "..", "blind8", "build.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

if __name__ == "__main__":
    sys.exit(builder.main(((data_t9, "tuning9.json"), (data_h9, "heldout9.json"))))
