#!/usr/bin/env python3
"""Writes the synthetic results folder the golden-file tests read (deterministic; run from this folder).

    cd lstm-reports/src/test/resources/synthetic && python3 make_synthetic.py
"""
import json
import os

MACHINE = {"os": "Linux 6.1", "arch": "amd64", "cores": 2, "java": "17.0.15"}


def spec(name, table, title, rows, profile="synthetic"):
    return {"format": 1, "experiment": name, "table": table, "title": title, "profile": profile,
            "seed": 1997, "source": "paper/%s.yaml" % name, "commit": "0123456789abcdef", "machine": MACHINE,
            "createdAt": "2026-11-26T05:00:00Z", "unknownField": {"ignored": True}, "rows": rows}


def row(name, variant, trials, budget, task, learner_type, paper, references=None):
    r = {"row": name, "variant": variant, "trials": trials, "budget": budget, "configHash": "hash-" + name,
         "task": task, "learner": {"type": learner_type, "learningRate": 0.1 if learner_type == "lstm1997" else 1.0},
         "stop": {"type": "st3"}, "evaluation": {"testSize": 2560}, "paper": paper}
    if references:
        r["references"] = references
    return r


def trial(exp, table, rowname, i, status, to_success, budget, weights, metrics, milestones=None, presented=None,
          profile="synthetic"):
    line = {"format": 1, "key": "%s/%s/%d" % (exp, rowname, i), "experiment": exp, "table": table, "row": rowname,
            "trial": i, "seed": 1000 + i, "configHash": "hash-" + rowname, "profile": profile, "status": status,
            "presented": presented if presented is not None else (to_success if to_success else budget),
            "budget": budget, "steps": 12345, "weights": weights, "milestones": milestones or {},
            "metrics": metrics, "wallMillis": 1000 + i, "commit": "0123456789abcdef", "java": "17.0.15"}
    if to_success is not None:
        line["sequencesToSuccess"] = to_success
    if table is None:
        del line["table"]
    if status in ("diverged", "failed"):
        line["message"] = "weights became NaN" if status == "diverged" else "boom"
    return line


def write(name, experiment, lines, torn=None, root="results"):
    os.makedirs(os.path.join(root, name), exist_ok=True)
    with open(os.path.join(root, name, "experiment.json"), "w") as f:
        json.dump(experiment, f, indent=2)
        f.write("\n")
    with open(os.path.join(root, name, "trials.jsonl"), "w") as f:
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

# Table 7: adding; the last row did not run; a second variant (linear output) whose T=500 row rests on one
# successful trial; the file ends with a torn line.
e = "table7-adding"
rows = [row("lstm T=%d" % t, "lstm", 10, 10000000, {"type": "adding", "T": t}, "lstm1997",
            {"label": "T=%d" % t, "successAfter": s, "wrong": w, "weights": 93})
        for t, s, w in [(100, 74000, 1), (500, 209000, 0), (1000, 853000, 1)]]
rows += [row("linear T=%d" % t, "lstm-linear-out", 3, 1000000, {"type": "adding", "T": t}, "lstm1997",
             {"label": "T=%d (linear output)" % t, "successAfter": s, "wrong": w, "weights": 93})
         for t, s, w in [(100, 74000, 1), (500, 209000, 0)]]
lines = []
for t, s in [(100, 81000), (500, 400000)]:
    for i in range(10):
        lines.append(trial(e, "7", "lstm T=%d" % t, i, "solved", s + 2000 * i, 10000000, 93,
                           {"wrong": i % 2, "mse": 0.001 * (i + 1), "wrong-fraction": (i % 2) / 2560.0}))
for i in range(3):
    lines.append(trial(e, "7", "linear T=100", i, "solved", 60000 + 5000 * i, 1000000, 93, {"wrong": 2, "mse": 0.002}))
lines.append(trial(e, "7", "linear T=500", 0, "solved", 333333, 1000000, 93, {"wrong": 0, "mse": 0.001}))
for i in range(1, 3):
    lines.append(trial(e, "7", "linear T=500", i, "unsolved", None, 1000000, 93, {"wrong": 700, "mse": 0.05}))
write(e, spec(e, "7", "Adding problem (Exp. 4)", rows), lines,
      torn='{"format":1,"key":"table7-adding/lstm T=1000/0","experiment":"table7-ad')

# An unknown table: the generic layout, and a row only the result lines name.
e = "zz-extra"
rows = [row("guess", "guessing", 3, 1000, {"type": "adding", "T": 100}, "guessing", {})]
lines = [trial(e, "X1", "guess", i, "unsolved", None, 1000, 93, {"mse": 0.5}) for i in range(3)]
lines.append(trial(e, "X1", "stray", 0, "solved", 500, 1000, 93, {"mse": 0.01}))
write(e, spec(e, "X1", "An extra experiment", rows), lines)

# An experiment of one's own: no paper table, so a plain results table without verdicts.
e = "my-adding"
rows = [row("lstm", "lstm", 3, 200000, {"type": "adding", "T": 100}, "lstm1997", {})]
lines = [trial(e, None, "lstm", i, "solved", 90000 + 10000 * i, 200000, 93, {"wrong": 1}) for i in range(2)]
lines.append(trial(e, None, "lstm", 2, "unsolved", None, 200000, 93, {"wrong": 40}))
write(e, spec(e, None, "my-adding", rows), lines)

# A smoke test (profile quick) in a folder of its own: one trial per row, p = 100 rows run at p = 10.
e = "table2-noise-free-lag"
def quick_row(name, variant, label, p, run_p, s):
    r = row(name, variant, 1, 3000, {"type": "long-lag", "p": run_p}, "lstm1997" if variant == "lstm" else "rtrl",
            {"label": label, "successPercent": 100 if variant == "lstm" else 78, "successAfter": s,
             "weights": 10504 if variant == "lstm" else 36})
    if p != run_p:
        r["changedFromPaper"] = {"task.p": {"paper": p, "run": run_p}}
    return r
rows = [quick_row("lstm-2a", "lstm", "LSTM, p = 100, lr 1.0", 100, 10, 5040),
        quick_row("rtrl-p4-lr1", "rtrl", "RTRL, p = 4, lr 1.0", 4, 4, 1043000),
        quick_row("rtrl-p100", "rtrl", "RTRL, p = 100, lr 1.0-10.0", 100, 10, None)]
lines = [trial(e, "2", "lstm-2a", 0, "solved", 2100, 3000, 164, {}, profile="quick"),
         trial(e, "2", "rtrl-p4-lr1", 0, "unsolved", None, 3000, 36, {}, profile="quick"),
         trial(e, "2", "rtrl-p100", 0, "unsolved", None, 3000, 144, {}, profile="quick")]
write(e, spec(e, "2", "Noise-free sequences with long time lags (Exp. 2a, 2b)", rows, profile="quick"), lines,
      root="quick")
