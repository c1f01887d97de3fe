#!/usr/bin/env python3
"""Runs spaCy's small pipelines on the texts of gold-format JSON Lines files and prints words/s.

Usage: spacy_compare.py MODEL FILE.jsonl [FILE.jsonl ...]   (one model per run; the model package
must be installed: see spacy_compare.sh, which also runs `vigie bench` on the same files and prints
the ratio). Words are counted as whitespace-separated runs, as `vigie bench` counts them.
"""
import json
import sys
import time

import spacy


def main():
    model, files = sys.argv[1], sys.argv[2:]
    texts = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    texts.append(json.loads(line)["text"])
    nlp = spacy.load(model)
    words = sum(len(t.split()) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    seconds = time.perf_counter() - start
    print(json.dumps({"model": model, "documents": len(texts), "megabytes": size / 1e6, "words": words,
                      "seconds": seconds, "words_per_s": words / seconds, "mb_per_s": size / 1e6 / seconds}))


if __name__ == "__main__":
    main()
