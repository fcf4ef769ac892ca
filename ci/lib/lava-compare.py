#!/usr/bin/python3
"""lava-compare.py LAVA_LOG FLAT_KTAP RUN...: do the test cases lava-run
reported (its log, one YAML record a line; records of level "results") agree
with ci/vm-check's KTAP (flattened by ci/lib/ktap-flatten.awk: PATH TAB RESULT
...), run by run and case by case, in order?

The monitor's test suite is the run's name and its case the leaf's own name,
as LAVA makes a case id of it (lower case, anything but letters, digits and
"_" as "_"); a leaf's result maps as ci/ktap-to-lava does (xfail skip, xpass
pass). Leaves that are not a runner's result lines have no LAVA case: a run
whose runner printed none (its whole-run SKIP, "1..0 # SKIP ...") must have
no case, and vm-check's own kernel-log verdict is left out. Prints the counts
of both sides per run and the first disagreement; exit 0 when they agree, 1
when not."""
import re
import sys
from collections import Counter

import yaml


def case_id(name):
    return re.sub(r"\W+", "_", name.strip().lower())


def lava_cases(log, runs):
    cases = {run: [] for run in runs}
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            if '"lvl": "results"' not in line:
                continue
            record = yaml.safe_load(line)
            if isinstance(record, list):
                record = record[0]
            msg = record.get("msg", {})
            if msg.get("definition") in cases:
                cases[msg["definition"]].append((msg["case"], msg["result"]))
    return cases


def ktap_cases(flat, runs):
    cases = {run: [] for run in runs}
    whole = {}
    with open(flat, encoding="utf-8") as f:
        for line in f:
            path, result = line.rstrip("\n").split("\t")[:2]
            parts = path.split("::")
            if parts[0] not in cases:
                continue  # kernel-log: vm-check's own verdict
            result = {"xfail": "skip", "xpass": "pass"}.get(result, result)
            if len(parts) == 1:
                whole[parts[0]] = result
                continue
            cases[parts[0]].append((case_id(parts[-1]), result))
    return cases, whole


def counts(cases):
    c = Counter(result for _, result in cases)
    return "pass %d fail %d skip %d" % (c["pass"], c["fail"], c["skip"])


def main():
    log, flat, runs = sys.argv[1], sys.argv[2], sys.argv[3:]
    lava = lava_cases(log, runs)
    ktap, whole = ktap_cases(flat, runs)
    agree = True
    for run in runs:
        print(
            "%s: LAVA %d cases (%s); vm-check KTAP %d leaves (%s)"
            % (run, len(lava[run]), counts(lava[run]), len(ktap[run]), counts(ktap[run]))
        )
        if run in whole:
            # No result line of the runner's: LAVA can have no case either.
            print("%s: vm-check: the run as a whole is %s (no result lines)" % (run, whole[run]))
            if whole[run] != "skip" or lava[run]:
                agree = False
            continue
        for i, (seen, want) in enumerate(zip(lava[run], ktap[run])):
            if seen != want:
                print("%s: case %d: LAVA %s %s, KTAP %s %s" % (run, i + 1, *seen, *want))
                agree = False
                break
        if len(lava[run]) != len(ktap[run]):
            agree = False
    print("agree" if agree else "DISAGREE")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
