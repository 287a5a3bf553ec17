#!/usr/bin/env python3
"""Answer quality of a flowlearn binary on labelled questions, from what `ask --batch` replies.

Works with any version of the binary (it reads only the JSON `ask --batch` prints), so a baseline
and a candidate can be measured in the same run:

    scripts/answer-quality.py BINARY CONTENT_DIR QUESTIONS.jsonl [CONTENT_DIR QUESTIONS.jsonl ...]

Per set it prints top-1 (the answer is the expected lesson), top-3 (expected among the first three
ranked), out-of-scope rejection, wrong answer (a lesson shown as the answer that is not the
expected one, over all questions: an answered out-of-scope question counts), and reached in one
reply (the answer, or one of the offered lessons, is the expected one).
"""
import json, subprocess, sys

def measure(binary, content, questions_path):
    rows = [json.loads(l) for l in open(questions_path) if l.strip()]
    batch = "\n".join(json.dumps({"q": r["q"]}) for r in rows) + "\n"
    out = subprocess.run([binary, "ask", "--content", content, "--batch", "-"], input=batch,
                         capture_output=True, text=True, check=True).stdout
    replies = [json.loads(l) for l in out.splitlines() if l.strip()]
    assert len(replies) == len(rows), (len(replies), len(rows))
    inscope = oos = top1 = top3 = rejected = wrong = reached = 0
    for row, reply in zip(rows, replies):
        expect = row.get("expect")
        decision = reply.get("decision")
        answered = reply.get("id") if decision in ("answer", "alternatives") else None
        offered = [a["id"] for a in reply.get("choices", [])] if decision == "choose" else []
        if decision == "alternatives":
            offered = [a["id"] for a in reply.get("alternatives", [])][:2]
        ranked = reply.get("ranked") or ([reply.get("id")] + [a["id"] for a in reply.get("alternatives", [])])
        if expect is None:
            oos += 1
            if answered is None and not offered:
                rejected += 1
            if answered is not None:
                wrong += 1
            continue
        inscope += 1
        if answered == expect:
            top1 += 1
        elif answered is not None:
            wrong += 1
        if expect in ranked[:3]:
            top3 += 1
        if answered == expect or expect in offered:
            reached += 1
    total = inscope + oos
    pct = lambda a, b: 100.0 * a / b if b else 0.0
    return {"top1": pct(top1, inscope), "top3": pct(top3, inscope), "rejected": pct(rejected, oos),
            "wrong": pct(wrong, total), "reached": pct(reached, inscope), "n": total}

if __name__ == "__main__":
    binary, pairs = sys.argv[1], sys.argv[2:]
    print("| set | top-1 | top-3 | out of scope rejected | wrong answer | reached in one reply |")
    print("|---|---|---|---|---|---|")
    for content, questions in zip(pairs[0::2], pairs[1::2]):
        m = measure(binary, content, questions)
        print(f"| {questions} ({m['n']}) | {m['top1']:.1f} % | {m['top3']:.1f} % | {m['rejected']:.1f} % | {m['wrong']:.1f} % | {m['reached']:.1f} % |")
