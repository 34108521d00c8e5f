"""BM25 over an account's chunks: folded tokens, and a word's other forms."""

from __future__ import annotations

from ingest.lexical import LexicalIndex, tokenize


def test_tokens_are_folded_for_case_and_accents() -> None:
    assert tokenize("Integração SAP") == ["integracao", "sap"]


def test_a_word_finds_its_other_forms_but_ranks_itself_first() -> None:
    index = LexicalIndex(
        [
            "No renewal, nothing. I've been burned before.",
            "The budget was approved in September.",
            "We renew every year in March.",
        ]
    )
    ranked = [position for position, _ in index.search("would he renew", 3)]
    assert ranked[:2] == [2, 0]  # "renew" itself first, then "renewal"
    assert 1 not in ranked
    assert [p for p, _ in index.search("integrações", 3)] == []
