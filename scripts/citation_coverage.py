#!/usr/bin/env python3
"""Coverage of 《》 citations in an extraction export: resolved = the target title (or number) is a document of the export."""
import collections, json, re, sys

PUNCT = re.compile(r"[\s\u3000《》〈〉‹›<>“”\"'‘’（）()【】\[\]、，,。．.·:：;；—\-－_]+")


def key(s):
    return PUNCT.sub("", s or "")


def main(path):
    with open(path, encoding="utf-8") as f:
        e = json.load(f)
    titles = {key(d["title"]) for d in e["documents"]}
    titles |= {key(re.sub(r"[（(]\d{4}-\d{2}-\d{2}[）)]$", "", d["title"])) for d in e["documents"]}
    numbers = {d["docNumber"] for d in e["documents"] if d.get("docNumber")}
    total = resolved = 0
    missing = collections.Counter()
    for r in e["relations"]:
        if r["type"] not in ("CITES", "BASED_ON", "REPEALS", "AMENDS") or r.get("via") != "title":
            continue
        if r["type"] == "AMENDS" and r.get("instrument"):
            continue
        total += 1
        if key(r["target"]) in titles or (r.get("targetDocNumber") in numbers):
            resolved += 1
        else:
            missing[r["target"]] += 1
    share = resolved / total if total else 0.0
    print(f"documents: {len(e['documents'])}  title citations: {total}  resolved: {resolved}  share: {share:.3f}")
    print("most cited unresolved targets:")
    for t, n in missing.most_common(20):
        print(f"{n:6d}  {t}")


if __name__ == "__main__":
    main(sys.argv[1])
