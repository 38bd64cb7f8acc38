#!/usr/bin/env python3
"""Writes COPIES disjoint variants of a dedup benchmark corpus (bench/dedup.sh makes it) to stdout, for memory runs at
sizes the generator would take hours to write: copy c shifts every letter by c places (a bijection, so duplicates
planted within the corpus stay duplicates and articles of different copies share no word) and prefixes ids with c.
Usage: bench/dedup-scale.py CORPUS.jsonl COPIES | newstrace dedup - --jsonl"""
import json
import string
import sys

corpus, copies = sys.argv[1], int(sys.argv[2])
lower, upper = string.ascii_lowercase, string.ascii_uppercase
for c in range(copies):
    table = str.maketrans(lower + upper, lower[c:] + lower[:c] + upper[c:] + upper[:c])
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            record["id"] = f"{c}-{record['id']}"
            record["text"] = record["text"].translate(table)
            record.pop("title", None)
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
