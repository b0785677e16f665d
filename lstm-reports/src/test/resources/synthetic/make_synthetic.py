#!/usr/bin/env python3
"""Writes the synthetic results folder the golden-file tests read (deterministic; run from this folder).

    cd lstm-reports/src/test/resources/synthetic && python3 make_synthetic.py
"""
import json
import os

MACHINE = {"os": "Linux 6.1", "arch": "amd64", "cores": 2, "java": "17.0.15"}


def spec(name, table, title, rows):
    return {"format": 1, "experiment": name, "table": table, "title": title, "profile": "synthetic",
            "seed": 1997, "source": "paper/%s.yaml" % name, "commit": "0123456789abcdef", "machine": MACHINE,
            "createdAt": "2026-11-26T05:00:00Z", "unknownField": {"ignored": True}, "rows": rows}


def row(name, variant, trials, budget, task, learner_type, paper, references=None):
    r = {"row": name, "variant": variant, "trials": trials, "budget": budget, "configHash": "hash-" + name,
         "task": task, "learner": {"type": learner_type, "learningRate": 0.1 if learner_type == "lstm1997" else 1.0},
         "stop": {"type": "st3"}, "evaluation": {"testSize": 2560}, "paper": paper}
    if references:
        r["references"] = references
    return r


def trial(exp, table, rowname, i, status, to_success, budget, weights, metrics, milestones=None, presented=None):
    line = {"format": 1, "key": "%s/%s/%d" % (exp, rowname, i), "experiment": exp, "table": table, "row": rowname,
            "trial": i, "seed": 1000 + i, "configHash": "hash-" + rowname, "profile": "synthetic", "status": status,
            "presented": presented if presented is not None else (to_success if to_success else budget),
            "budget": budget, "steps": 12345, "weights": weights, "milestones": milestones or {},
            "metrics": metrics, "wallMillis": 1000 + i, "commit": "0123456789abcdef", "java": "17.0.15"}
    if to_success is not None:
        line["sequencesToSuccess"] = to_success
    if status in ("diverged", "failed"):
        line["message"] = "weights became NaN" if status == "diverged" else "boom"
    return line


def write(name, experiment, lines, torn=None):
    os.makedirs(os.path.join("results", name), exist_ok=True)
    with open(os.path.join("results", name, "experiment.json"), "w") as f:
        json.dump(experiment, f, indent=2)
        f.write("\n")
    with open(os.path.join("results", name, "trials.jsonl"), "w") as f:
        for line in lines:
            f.write(json.dumps(line, separators=(",", ":")) + "\n")
        if torn:
            f.write(torn)


# Table 1: a quoted RTRL row (not run), an LSTM row that reproduces, one that does not (with two independent
# references: one with a mean and a note, one that solved nothing).
e = "table1-reber"
rows = [
    row("rtrl h=3 lr=0.05", "rtrl", 10, 100000, {"type": "embedded-reber"}, "rtrl",
        {"label": "RTRL, 3 hidden units, lr 0.05", "successAfter": 173000, "successAfterText": "some fraction",
         "weights": 170, "quoted": "Smith & Zipser 1989"}),
    row("lstm 4x1 lr=0.1", "lstm", 30, 100000, {"type": "embedded-reber"}, "lstm1997",
        {"label": "LSTM, 4 blocks of size 1, lr 0.1", "successPercent": 100, "successAfter": 39740, "weights": 264}),
    row("lstm 3x2 lr=0.5", "lstm", 30, 100000, {"type": "embedded-reber"}, "lstm1997",
        {"label": "LSTM, 3 blocks of size 2, lr 0.5", "successPercent": 100, "successAfter": 8440, "weights": 276},
        [{"label": "Simulator X, one-hot targets", "source": "re-run elsewhere under this protocol", "trials": 30,
          "solved": 2, "mean": 130800, "note": "unsolved trials fail at the T/P step"},
         {"label": "Simulator X, 4 blocks", "source": "re-run elsewhere", "trials": 30, "solved": 0}]),
]
lines = []
for i in range(30):
    lines.append(trial(e, "1", "lstm 4x1 lr=0.1", i, "solved", 30000 + 1000 * i, 100000, 264, {"wrong": 0}))
for i in range(30):
    if i < 20:
        lines.append(trial(e, "1", "lstm 3x2 lr=0.5", i, "solved", 15000 + 500 * i, 100000, 276, {"wrong": 0}))
    elif i < 28:
        lines.append(trial(e, "1", "lstm 3x2 lr=0.5", i, "unsolved", None, 100000, 276, {"wrong": 3}))
    elif i < 29:
        lines.append(trial(e, "1", "lstm 3x2 lr=0.5", i, "diverged", None, 100000, 276, {}, presented=4000))
    else:
        lines.append(trial(e, "1", "lstm 3x2 lr=0.5", i, "failed", None, 100000, 276, {}, presented=0))
lines[0]["futureField"] = "ignored"
write(e, spec(e, "1", "Embedded Reber grammar (Exp. 1)", rows), lines)

# Table 3: q/p varies.
e = "table3-lags"
grid = [(50, 50, 30000), (1000, 500, 49000), (1000, 100, 135000)]
rows = [row("q=%d p=%d" % (q, p), "lstm", 5, 10000000, {"type": "long-lag", "q": q, "p": p}, "lstm1997",
            {"label": "q=%d, p=%d" % (q, p), "successAfter": s, "weights": 364}) for q, p, s in grid]
lines = []
for q, p, s in grid:
    for i in range(5):
        lines.append(trial(e, "3", "q=%d p=%d" % (q, p), i, "solved", int(s * (0.9 + 0.05 * i)), 10000000, 364, {}))
write(e, spec(e, "3", "Very long time lags (Exp. 2c)", rows), lines)

# Table 4: ST1 and ST2 milestones, fraction misclassified.
e = "table4-twoseq"
rows = [row("T=100 N=3", "lstm", 4, 1000000, {"type": "two-sequence", "T": 100, "N": 3}, "lstm1997",
            {"label": "T=100, N=3", "st1": 27380, "st2": 39850, "misclassified": 0.000195, "weights": 102})]
lines = [trial(e, "4", "T=100 N=3", i, "solved", 38000 + 1500 * i, 1000000, 102,
               {"wrong-fraction": 0.0001 * i, "wrong": 0.256 * i}, milestones={"ST1": 26000 + 1000 * i})
         for i in range(4)]
write(e, spec(e, "4", "Two-sequence problem (Exp. 3a)", rows), lines)

# Table 7: adding; the last row did not run; the file ends with a torn line.
e = "table7-adding"
rows = [row("lstm T=%d" % t, "lstm", 10, 10000000, {"type": "adding", "T": t}, "lstm1997",
            {"label": "T=%d" % t, "successAfter": s, "wrong": w, "weights": 93})
        for t, s, w in [(100, 74000, 1), (500, 209000, 0), (1000, 853000, 1)]]
lines = []
for t, s in [(100, 81000), (500, 400000)]:
    for i in range(10):
        lines.append(trial(e, "7", "lstm T=%d" % t, i, "solved", s + 2000 * i, 10000000, 93,
                           {"wrong": i % 2, "mse": 0.001 * (i + 1), "wrong-fraction": (i % 2) / 2560.0}))
write(e, spec(e, "7", "Adding problem (Exp. 4)", rows), lines,
      torn='{"format":1,"key":"table7-adding/lstm T=1000/0","experiment":"table7-ad')

# An unknown table: the generic layout, and a row only the result lines name.
e = "zz-extra"
rows = [row("guess", "guessing", 3, 1000, {"type": "adding", "T": 100}, "guessing", {})]
lines = [trial(e, "X1", "guess", i, "unsolved", None, 1000, 93, {"mse": 0.5}) for i in range(3)]
lines.append(trial(e, "X1", "stray", 0, "solved", 500, 1000, 93, {"mse": 0.01}))
write(e, spec(e, "X1", "An extra experiment", rows), lines)
