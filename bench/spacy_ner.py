#!/usr/bin/env python3
"""Writes spaCy's named entities for each document of a gold-format file, as gold-format prediction
lines ({"id", "entities": [{"text", "label"}]}), for `vigie eval GOLD --predictions PRED`.

Usage: spacy_ner.py MODEL GOLD.jsonl > PRED.jsonl   (see spacy_ner.sh)
spaCy's French models label PER, ORG, LOC and MISC, the labels of the gold format.
"""
import json
import sys

import spacy


def main():
    model, path = sys.argv[1], sys.argv[2]
    nlp = spacy.load(model)
    with open(path, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    for gold, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=32)):
        entities = [{"text": e.text, "label": e.label_} for e in doc.ents if e.label_ in ("PER", "ORG", "LOC", "MISC")]
        print(json.dumps({"id": gold["id"], "entities": entities}, ensure_ascii=False))


if __name__ == "__main__":
    main()
