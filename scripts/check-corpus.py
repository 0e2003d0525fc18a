#!/usr/bin/env python3
"""Checks a corpus written by `yuedu-bench corpus` against the JSON Lines
import format and the benchmark issue's shape: every line valid JSON, fields
and types right, lengths in range, titles unique, related items naming
corpus articles by exact title, source and date. Exit status 1 on any fault."""
import json
import re
import sys
from collections import Counter

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MMDD = re.compile(r"^\d{2}-\d{2}$")
YMD = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CJK = re.compile(r"[\u4e00-\u9fff]")


def main(path):
    faults = []
    titles, by_title = Counter(), {}
    related = []
    counts = Counter()
    lines = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            lines += 1
            def fault(message):
                if len(faults) < 20:
                    faults.append(f"line {number}: {message}")
            try:
                a = json.loads(line)
            except ValueError as e:
                fault(f"invalid JSON: {e}")
                continue
            for key, kind in [("id", str), ("title", str), ("site", str), ("published", str),
                              ("body", list), ("source", str), ("editor", str), ("related", list)]:
                if not isinstance(a.get(key), kind):
                    fault(f"{key} missing or not {kind.__name__}")
            for key, kind in [("url", str), ("views", int), ("lang", str)]:
                if key in a and not isinstance(a[key], kind):
                    fault(f"{key} not {kind.__name__}")
                counts[key] += key in a
            title = a.get("title", "")
            if not 15 <= len(title) <= 35:
                fault(f"title of {len(title)} characters: {title}")
            if re.search(r"[A-Za-z0-9]", title):
                counts["title with Latin or digits"] += 1
            if "“" in title:
                counts["title with quotes"] += 1
            titles[title] += 1
            if not ISO.match(a.get("published", "")):
                fault(f"published not ISO 8601 +08:00: {a.get('published')}")
            year = a.get("published", "0000")[:4]
            by_title[title] = (a.get("source"), a.get("published", "")[:10])
            body = a.get("body", [])
            if not 5 <= len(body) <= 15:
                fault(f"{len(body)} paragraphs")
            for p in body:
                if not isinstance(p, str) or not 80 <= len(p) <= 300:
                    fault(f"paragraph of {len(p)} characters")
                elif not CJK.search(p):
                    fault("paragraph without Chinese")
            items = a.get("related", [])
            if not 4 <= len(items) <= 8:
                counts["related lists outside 4-8 (after dropping repeats)"] += 1
            for r in items:
                for key in ("title", "source", "date", "excerpt"):
                    if not isinstance(r.get(key), str):
                        fault(f"related {key} missing")
                date = r.get("date", "")
                if MMDD.match(date):
                    full = f"{year}-{date}"
                elif YMD.match(date):
                    full = date
                else:
                    fault(f"related date {date!r}")
                    full = ""
                related.append((r.get("title"), r.get("source"), full))
    duplicates = [t for t, n in titles.items() if n > 1]
    if duplicates:
        faults.append(f"{len(duplicates)} duplicate titles, e.g. {duplicates[0]}")
    resolved = exact = 0
    for title, source, date in related:
        if title in by_title:
            resolved += 1
            if by_title[title] == (source, date):
                exact += 1
    print(f"lines: {lines}, unique titles: {len(titles)}")
    print(f"optional fields present: url {counts['url']}, views {counts['views']}, lang {counts['lang']}")
    print(f"titles with Latin/digits: {counts['title with Latin or digits']}, with “quotes”: {counts['title with quotes']}")
    print(f"related items: {len(related)}, naming corpus titles: {resolved} "
          f"({100 * resolved / max(1, len(related)):.1f}%), with matching source and date: {exact}")
    if counts["related lists outside 4-8 (after dropping repeats)"]:
        print(f"related lists shorter than 4: {counts['related lists outside 4-8 (after dropping repeats)']}")
    if resolved < 0.8 * len(related) or exact != resolved:
        faults.append("related items do not mostly resolve to corpus articles with their source and date")
    for f in faults:
        print("FAULT", f)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
