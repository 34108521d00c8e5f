"""Adapters for real third-party material nobody here wrote (read from ``../shared/external``
when present; nothing here is required by the tool or its tests).

- QMSum validation: meetings with specific queries and gold evidence turn spans. Measures how
  often one of the top-5 retrieved passages overlaps a gold span.
- ELITR-Bench dev: real project meetings with who/what/when questions and gold answers.
  Measures how often the gold answer (or most of its words) appears in the answer.
- Parakweet email intent: Enron sentences labelled Yes/No; its "Yes" covers requests and
  proposals as well as commitments, so precision here understates the detector's.
"""

from __future__ import annotations

import io
import json
import re
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing.commitments import looks_like_promise
from briefing.parties import fold
from ingest.chunking import chunk_document
from ingest.models import Document, Segment
from ingest.workspace import Workspace

__all__ = [
    "ExternalResult",
    "elitr_meetings",
    "ingest_turns",
    "parakweet",
    "qmsum_meetings",
]

_PASSWORD = b"utter"


@dataclass
class ExternalResult:
    name: str
    total: int
    hits: int
    note: str = ""

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0


def ingest_turns(ws: Workspace, account: str, name: str, turns: list[tuple[str, str]]) -> Document:
    """Store a meeting as a call document with one segment per original turn, so passage
    offsets map back to the dataset's turn numbers."""
    lines, segments, pos = [], [], 0
    for i, (speaker, content) in enumerate(turns):
        line = f"{speaker}: {' '.join(content.split())}"
        lines.append(line)
        segments.append(Segment(start=pos, end=pos + len(line), line=i + 1, speaker=speaker))
        pos += len(line) + 1
    doc = Document(
        name=name,
        source=name,
        kind="call",
        title=name,
        text="\n".join(lines) + "\n",
        segments=segments,
    )
    chunks = chunk_document(doc, account, "v1")
    ws.store.add(account, "v1", [doc], chunks, ws.embedder.embed_passages([c.text for c in chunks]))
    with ws.manifests.editing(account, account) as manifest:
        manifest.files.setdefault(name, [])
    return doc


def qmsum_meetings(
    root: Path,
) -> Iterator[tuple[str, list[tuple[str, str]], list[dict[str, object]]]]:
    """``(meeting id, turns, specific queries)`` of the QMSum validation split."""
    for path in sorted((root / "qmsum" / "val").rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        turns = [(t["speaker"], t["content"]) for t in data["meeting_transcripts"]]
        yield path.stem, turns, data["specific_query_list"]


def turn_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The first and last turn index a character range touches."""
    touched = [i for i, seg in enumerate(doc.segments) if seg.end > start and seg.start < end]
    return (touched[0], touched[-1]) if touched else (0, 0)


def elitr_meetings(root: Path) -> Iterator[tuple[str, list[tuple[str, str]], list[dict[str, str]]]]:
    """``(meeting id, turns, questions)`` of ELITR-Bench dev, read from the encrypted zips."""
    with zipfile.ZipFile(root / "elitr" / "qa_dev.zip") as qa_zip:
        qa = json.load(qa_zip.open("elitr-bench-qa_dev.json", pwd=_PASSWORD))
    with zipfile.ZipFile(root / "elitr" / "meetings_dev.zip") as outer:
        raw_tar = outer.open("ELITR-English-dev.tar", pwd=_PASSWORD).read()
    transcripts: dict[str, str] = {}
    with tarfile.open(fileobj=io.BytesIO(raw_tar)) as tar:
        members = [(m.name, tar.extractfile(m)) for m in tar.getmembers()]
        files = {name: handle.read() for name, handle in members if handle is not None}
    for name, data in files.items():
        if "/._" in name or not re.search(r"/transcript_MAN[^/]*\.txt$", name):
            continue
        meeting = name.split("/")[-2]
        transcripts.setdefault(meeting, data.decode("utf-8", errors="replace"))
    for meeting in qa["meetings"]:
        text = transcripts.get(meeting["id"])
        if text is None:
            continue
        turns: list[tuple[str, str]] = []
        for line in text.splitlines():
            m = re.match(r"^\((PERSON\d+)\)\s*(.*)$", line)
            if m:
                turns.append((m[1], m[2]))
            elif turns and line.strip():
                turns[-1] = (turns[-1][0], turns[-1][1] + " " + line.strip())
        yield meeting["id"], turns, meeting["questions"]


def answer_contains(gold: str, answer: str) -> tuple[bool, bool]:
    """(exact containment, at least 60% of the gold answer's words present)."""
    g, a = fold(gold), fold(answer)
    words = [w for w in re.findall(r"\w+", g) if len(w) > 2]
    present = sum(1 for w in words if w in a)
    return g in a, bool(words) and present / len(words) >= 0.6


def parakweet(root: Path, detector: Callable[[str], bool] = looks_like_promise) -> dict[str, float]:
    """Sentence-level precision and recall of the promise detector against the "Yes" labels."""
    tp = fp = fn = tn = 0
    for line in (root / "intent" / "parakweet_train.tsv").read_text(encoding="utf-8").splitlines():
        label, _, sentence = line.partition("\t")
        if label not in ("Yes", "No") or not sentence.strip():
            continue
        said = detector(sentence)
        gold = label == "Yes"
        tp += said and gold
        fp += said and not gold
        fn += gold and not said
        tn += not said and not gold
    return {
        "sentences": tp + fp + fn + tn,
        "yes": tp + fn,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
    }
