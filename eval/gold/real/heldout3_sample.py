#!/usr/bin/env python3
"""Draws the third held-out set of real-report gold (heldout3): a seeded random sample, stratified by source.

Usage: python3 eval/gold/real/heldout3_sample.py [CORPUS]   (default ../shared/corpora/real-news.jsonl.gz,
run from the repository root). Prints one line per drawn document: source, id, language.

Pool of each source: every corpus document whose id is in no eval/gold/real/*-gold.jsonl file other than the
heldout3 files themselves and the later heldout4/heldout5 files (so a rerun after they are committed gives the same draw). For hrw only, as the earlier
sets: text at most 30,000 characters and the title or text names an African country, "Africa" or "Sahel"
(anywhere: the title/lead filter of the earlier sets leaves almost nothing). Each pool is sorted by id and
random.Random(SEED + ":" + source).sample(pool, k) draws from it. Seed and sizes were fixed before any drawn text was read.

Amendment (fixed after the first draw was annotated, before any added text was read): the first draw held only 2
dated incidents in 92 documents (both lefaso), so lefaso takes its WHOLE pool (k = None below: every remaining
lefaso document; its texts are short leads). The first draw's 32 lefaso documents are part of it.

Second amendment (session 9, fixed after the 144 documents above were annotated, before any text of the added
documents was read): the three long HRW reports (100,000 characters each, cut there in the source) that the lead
named as unannotated Africa reports, LONG_REPORTS below, are added whole. They are annotated one whole document at
a time in the order random.Random(SEED + ":long").shuffle(sorted(LONG_REPORTS)) gives, printed after the draw as
"order N"; a document left unfinished at the deadline is dropped whole, so which reports get in is not chosen.
"""
import glob
import gzip
import json
import os
import random
import re
import sys

SEED = "harmwatch-heldout3-2026-12-07"
SIZES = {"hrw": 12, "sfm": 20, "lefaso": None, "cdnews": 28}  # None: the whole pool (amendment)
HRW_MAX_CHARS = 30000
LONG_REPORTS = ["hrw-007", "hrw-151", "hrw-383"]  # second amendment: named by id, not drawn
AFRICA = re.compile(
    r"\b(Africa|African|Sahel|Nigeria|Niger|Mali|Burkina Faso|Congo|Sudan|South Sudan|Ethiopia|Eritrea|Kenya|"
    r"Uganda|Somalia|Cameroon|Chad|Mozambique|Rwanda|Burundi|Zimbabwe|Tanzania|Senegal|Guinea|Libya|Egypt|"
    r"Tunisia|Algeria|Morocco|Zambia|Malawi|Angola|Ghana|Togo|Benin|C[oô]te d.Ivoire|Sierra Leone|Liberia|"
    r"Gambia|Mauritania|Madagascar|Central African Republic|Gabon|Eswatini|Lesotho|Botswana|Namibia|Djibouti)\b")


def annotated_ids(real_dir, ignored=("heldout3", "heldout4", "heldout5")):
    """The documents of the gold files of real_dir, but for files whose name contains one of ignored: a
    draw ignores its own files and those written after it, so a rerun reprints the same draw."""
    ids = set()
    for f in glob.glob(os.path.join(real_dir, "*-gold.jsonl")):
        if any(tag in os.path.basename(f) for tag in ignored):
            continue
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.add(json.loads(line)["doc"])
    return ids


def in_pool(doc):
    if doc["id"].split("-")[0] != "hrw":
        return True
    return len(doc["text"]) <= HRW_MAX_CHARS and bool(AFRICA.search(doc["title"] + "\n" + doc["text"]))


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/real-news.jsonl.gz"
    done = annotated_ids(os.path.dirname(os.path.abspath(__file__)))
    pools = {s: [] for s in SIZES}
    long_langs = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            source = doc["id"].split("-")[0]
            if doc["id"] in LONG_REPORTS:
                long_langs[doc["id"]] = doc["language"]
            if source in pools and doc["id"] not in done and in_pool(doc):
                pools[source].append((doc["id"], doc["language"]))
    for source, k in SIZES.items():
        pool = sorted(pools[source])
        drawn = pool if k is None else random.Random(SEED + ":" + source).sample(pool, k)
        for doc_id, lang in sorted(drawn):
            print(source, doc_id, lang)
    order = sorted(LONG_REPORTS)
    random.Random(SEED + ":long").shuffle(order)
    for n, doc_id in enumerate(order, 1):
        print("hrw", doc_id, long_langs[doc_id], "order", n)


if __name__ == "__main__":
    main()
