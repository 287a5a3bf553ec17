#!/usr/bin/env python3
"""Validate content-questions.jsonl against the lesson library.

Run from anywhere: python3 check-questions.py
The content library is read from ../../../content relative to this script
(the reflection/ folder and synonyms.txt are ignored).

Checks (any failure makes the exit status non-zero):
  - every line is a JSON object with exactly the keys q, expect, lang
  - q is a non-empty string, lang is "nl" or "en", expect is null or an existing lesson id
  - no blank lines, no duplicate questions
  - no question whose normalised word set overlaps a lesson sample question by more than
    80 % (Jaccard)
  - at least 180 questions, 20-25 % out of scope, every lesson at least 4 questions,
    at least 12 cross-language questions (question lang != lesson language)

Prints: total, in scope, out of scope (%), cross-language, questions per lesson (min),
language split. The share of questions with typos/shorthand is not checked automatically.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "content"))
QUESTIONS = os.path.join(HERE, "content-questions.jsonl")

MIN_TOTAL = 180
OOS_MIN, OOS_MAX = 0.20, 0.25
MIN_PER_LESSON = 4
MIN_CROSS = 12
MAX_JACCARD = 0.80

WORD = re.compile(r"[0-9a-zà-öø-ÿ]+(?:['’][0-9a-zà-öø-ÿ]+)*")


def words(text):
    return set(WORD.findall(text.lower().replace("’", "'")))


def jaccard(a, b):
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def parse_front_matter(path):
    """Return (id, language, [sample questions]) from a lesson's front matter.

    Supports the subset of YAML the lessons use: `key: value` lines and a block list
    (`  - item`) under `questions:`.
    """
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---"):
        raise ValueError("no front matter")
    end = text.find("\n---", 3)
    if end < 0:
        raise ValueError("unterminated front matter")
    lesson_id, language, questions = None, None, []
    in_questions = False
    for line in text[3:end].splitlines():
        if not line.strip():
            continue
        item = re.match(r"^\s+-\s+(.*)$", line)
        if item:
            if in_questions:
                questions.append(item.group(1).strip().strip('"').strip("'"))
            continue
        in_questions = False
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "id":
            lesson_id = value.strip('"').strip("'")
        elif key == "language":
            language = value.strip('"').strip("'")
        elif key == "questions":
            in_questions = True
            if value.startswith("["):  # inline list, just in case
                questions.extend(v.strip().strip('"').strip("'")
                                 for v in value.strip("[]").split(",") if v.strip())
    if not lesson_id or language not in ("nl", "en"):
        raise ValueError("missing id or language")
    return lesson_id, language, questions


def load_lessons(problems):
    lessons = {}
    for root, dirs, files in os.walk(CONTENT):
        dirs[:] = sorted(d for d in dirs if d != "reflection")
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            path = os.path.join(root, name)
            try:
                lesson_id, language, samples = parse_front_matter(path)
            except (OSError, ValueError) as e:
                problems.append(f"{os.path.relpath(path, CONTENT)}: cannot read lesson: {e}")
                continue
            if lesson_id in lessons:
                problems.append(f"duplicate lesson id {lesson_id}")
            lessons[lesson_id] = {"language": language, "samples": samples}
    return lessons


def main():
    problems = []
    if not os.path.isdir(CONTENT):
        print(f"content folder not found: {CONTENT}")
        return 2
    lessons = load_lessons(problems)
    if not lessons:
        problems.append("no lessons found")

    sample_sets = [(lid, s, words(s)) for lid, l in lessons.items() for s in l["samples"]]

    entries = []
    try:
        with open(QUESTIONS, encoding="utf-8") as f:
            raw = f.read()
    except (OSError, UnicodeDecodeError) as e:
        print(f"cannot read {QUESTIONS}: {e}")
        return 2
    if raw and not raw.endswith("\n"):
        problems.append("file does not end with a newline")
    for n, line in enumerate(raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n"), 1):
        if not line.strip():
            problems.append(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: invalid JSON: {e}")
            continue
        if not isinstance(obj, dict):
            problems.append(f"line {n}: not a JSON object")
            continue
        if set(obj) != {"q", "expect", "lang"}:
            problems.append(f"line {n}: keys must be exactly q, expect, lang (got {sorted(obj)})")
            continue
        q, expect, lang = obj["q"], obj["expect"], obj["lang"]
        if not isinstance(q, str) or not q.strip():
            problems.append(f"line {n}: q must be a non-empty string")
            continue
        if lang not in ("nl", "en"):
            problems.append(f"line {n}: lang must be nl or en (got {lang!r})")
        if expect is not None and (not isinstance(expect, str) or expect not in lessons):
            problems.append(f"line {n}: unknown lesson id {expect!r}")
            continue
        entries.append((n, q, expect, lang))

    seen = {}
    for n, q, _, _ in entries:
        key = " ".join(sorted(words(q)))
        if key in seen:
            problems.append(f"line {n}: duplicate of line {seen[key]}: {q!r}")
        else:
            seen[key] = n

    for n, q, _, _ in entries:
        qw = words(q)
        for lid, sample, sw in sample_sets:
            j = jaccard(qw, sw)
            if j > MAX_JACCARD:
                problems.append(
                    f"line {n}: too similar ({j:.0%}) to sample question of {lid}: "
                    f"{q!r} ~ {sample!r}")

    total = len(entries)
    in_scope = [e for e in entries if e[2] is not None]
    oos = total - len(in_scope)
    oos_share = oos / total if total else 0.0
    cross = [e for e in in_scope if e[3] != lessons[e[2]]["language"]]
    per_lesson = {lid: 0 for lid in lessons}
    for e in in_scope:
        per_lesson[e[2]] += 1
    langs = {"nl": sum(1 for e in entries if e[3] == "nl"),
             "en": sum(1 for e in entries if e[3] == "en")}

    print(f"total:            {total}")
    print(f"in scope:         {len(in_scope)}")
    print(f"out of scope:     {oos} ({oos_share:.1%})")
    print(f"cross-language:   {len(cross)}")
    if per_lesson:
        low = min(per_lesson.values())
        print(f"per lesson (min): {low}  (max {max(per_lesson.values())}, lessons {len(per_lesson)})")
    print(f"languages:        nl {langs['nl']}, en {langs['en']}")
    print("questions per lesson:")
    for lid in sorted(per_lesson):
        n_cross = sum(1 for e in cross if e[2] == lid)
        print(f"  {per_lesson[lid]:3d}  {lid} ({lessons[lid]['language']}; {n_cross} cross-language)")

    if total < MIN_TOTAL:
        problems.append(f"only {total} questions, need at least {MIN_TOTAL}")
    if total and not (OOS_MIN <= oos_share <= OOS_MAX):
        problems.append(f"out-of-scope share {oos_share:.1%} outside {OOS_MIN:.0%}-{OOS_MAX:.0%}")
    for lid, count in sorted(per_lesson.items()):
        if count < MIN_PER_LESSON:
            problems.append(f"lesson {lid} has {count} questions, need at least {MIN_PER_LESSON}")
    if len(cross) < MIN_CROSS:
        problems.append(f"only {len(cross)} cross-language questions, need at least {MIN_CROSS}")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(f"  - {p}")
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
