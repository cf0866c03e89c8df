#!/usr/bin/env python3
"""Draws the fifth held-out set of real-report gold (heldout5): every HRW page left, in a seeded order.

Usage: python3 eval/gold/real/heldout5_sample.py [CORPUS]   (default ../shared/corpora/real-news.jsonl.gz,
run from the repository root). Prints one line per document, in the order they are annotated:
position, id, language, length.

Why: the fourth set (heldout4) drew only pages without an incident; the Human Rights Watch pages about Africa are
the ones that tell incidents, and 21 of them were in no gold file. Pool: every hrw corpus document whose id is in
no eval/gold/real/*-gold.jsonl file other than the heldout5 files themselves, with the filter of the earlier sets
(heldout3_sample.in_pool: at most 30,000 characters, names an African country, "Africa" or "Sahel"). The whole
pool is taken, sorted by id, and put in one annotation order by random.Random(SEED).shuffle; the annotator works
down that order and stops at 03:30 UTC on 2026-12-08; the set is the finished prefix (a document left unfinished
is dropped whole), so which documents get in is not chosen. Fixed and committed before any pool text was read.
"""
import gzip
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout3_sample import annotated_ids, in_pool  # noqa: E402  the same pools and hrw filter as the third set

SEED = "harmwatch-heldout5-2026-12-08"


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/real-news.jsonl.gz"
    done = annotated_ids(os.path.dirname(os.path.abspath(__file__)), ("heldout5",))
    pool = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["id"].startswith("hrw-") and doc["id"] not in done and in_pool(doc):
                pool.append((doc["id"], doc["language"], len(doc["text"])))
    pool.sort()
    random.Random(SEED).shuffle(pool)
    for n, (doc_id, lang, size) in enumerate(pool, 1):
        print(n, doc_id, lang, size)


if __name__ == "__main__":
    main()
