#!/usr/bin/env python3
"""Runs trafilatura on the benchmark pages and writes one JSON object a line
(file, title, date, author, text, seconds, cpuSeconds, bytes) for `yuedu-bench extract
--trafilatura`, which scores it with the same code that scores yuedu."""
import json
import sys
import time

import trafilatura


def main(corpus, gold_path):
    with open(gold_path, encoding="utf-8") as f:
        pages = json.load(f)
    for page in pages:
        with open(f"{corpus}/{page['file']}", "rb") as f:
            raw = f.read()
        html = raw.decode("utf-8", errors="replace")
        start, start_cpu = time.perf_counter(), time.process_time()
        result = trafilatura.extract(
            html, output_format="json", with_metadata=True, include_comments=False,
            date_extraction_params={"extensive_search": True, "original_date": True,
                                    "outputformat": "%Y-%m-%d %H:%M"})
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
        data = json.loads(result) if result else {}
        date = data.get("date")
        # trafilatura prints midnight for a date it found without a time.
        if date and date.endswith(" 00:00"):
            date = date[:10]
        print(json.dumps({"file": page["file"], "title": data.get("title"), "date": date,
                          "author": data.get("author"), "text": data.get("text") or "",
                          "seconds": seconds, "cpuSeconds": cpu_seconds, "bytes": len(raw)}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
