#!/usr/bin/env python3
"""Draws the fourth held-out set of real-report gold (heldout4): a seeded random sample, stratified by source.

Usage: python3 eval/gold/real/heldout4_sample.py [CORPUS]   (default ../shared/corpora/real-news.jsonl.gz,
run from the repository root). Prints one line per drawn document, in the order they are annotated:
position, source, id, language.

Pool of each source: every corpus document whose id is in no eval/gold/real/*-gold.jsonl file other than the
heldout4 files themselves and the later heldout5 file (so a rerun after they are committed gives the same draw); for hrw the filter of the
earlier sets (heldout3_sample.in_pool: at most 30,000 characters, names an African country, "Africa" or "Sahel").
Each pool is sorted by id and random.Random(SEED + ":" + source).sample(pool, k) draws from it (sfm: the whole
pool). The drawn documents are then put in one annotation order by random.Random(SEED + ":order").shuffle; the
annotator works down that order and stops at the session's deadline, and the set is the finished prefix, so
which documents get in is not chosen. Seed, sizes and rule were fixed and committed before any drawn text was read.
"""
import gzip
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout3_sample import annotated_ids, in_pool  # noqa: E402  the same pools and hrw filter as the third set

SEED = "harmwatch-heldout4-2026-12-08"
SIZES = {"hrw": 10, "sfm": None, "cdnews": 25}  # None: the whole pool


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/real-news.jsonl.gz"
    done = annotated_ids(os.path.dirname(os.path.abspath(__file__)), ("heldout4", "heldout5"))
    pools = {s: [] for s in SIZES}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            source = doc["id"].split("-")[0]
            if source in pools and doc["id"] not in done and in_pool(doc):
                pools[source].append((source, doc["id"], doc["language"]))
    drawn = []
    for source, k in SIZES.items():
        pool = sorted(pools[source])
        drawn += pool if k is None else random.Random(SEED + ":" + source).sample(pool, k)
    drawn.sort()
    random.Random(SEED + ":order").shuffle(drawn)
    for n, (source, doc_id, lang) in enumerate(drawn, 1):
        print(n, source, doc_id, lang)


if __name__ == "__main__":
    main()
