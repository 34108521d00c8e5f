"""Call transcript parsers: plain speaker text, WebVTT, SRT and call-recorder JSON exports.

Each turn becomes one line ``[hh:mm:ss] Speaker: text`` of the document text, and a
segment that keeps the speaker, the timestamp and the line number.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ingest.decoding import date_from_name
from ingest.errors import IngestError
from ingest.models import Document
from ingest.textbuilder import TextBuilder

__all__ = [
    "is_recorder_export",
    "looks_like_transcript",
    "parse_plain",
    "parse_recorder_export",
    "parse_recorder_json",
    "parse_srt",
    "parse_vtt",
]

_STAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_TURN = re.compile(
    rf"^\s*(?:[\[(]?(?P<time>{_STAMP})[\])]?\s*[-–]?\s*)?"
    rf"(?P<speaker>[^\W\d_][\w.'’\- ]{{0,48}}?(?:\s*\((?!{_STAMP}\))[^)]{{1,40}}\))?)"
    # "Jordan Pike (00:20): ...", "Ana [01:02:03]: ...": the time after the name
    rf"(?:\s*[\[(](?P<after>{_STAMP})[\])])?\s*:\s+(?P<text>\S.*)$"
)
# header keys of a transcript's first lines, as recorders and people write them (EN/PT/ES/ID)
_TITLE_WORDS = (
    "title título titulo judul recording gravação gravacao grabación grabacion rekaman meeting "
    "reunião reuniao reunión reunion rapat subject assunto asunto perihal topic tópico tema topik "
    "call chamada llamada panggilan"
)
_DATE_WORDS = "date data fecha tanggal"
_PARTICIPANT_WORDS = (
    "participants participantes peserta attendees asistentes presentes hadirin hadir present"
)
_OTHER_WORDS = (
    "duration duração duracao duración duracion durasi location local lugar lokasi tempat venue "
    "time hora source fonte fuente sumber media medium "
    "horário horario waktu platform plataforma notes notas nota catatan keterangan transcript "
    "transcrição transcricao transcripción transcripcion transkrip recorded gravado grabado "
    "direkam dicatat obs observação observacao observações observacoes observación observacion "
    "observaciones"
)
_TITLE_KEYS = frozenset(_TITLE_WORDS.split())
_DATE_KEYS = frozenset(_DATE_WORDS.split())
_PARTICIPANT_KEYS = frozenset(_PARTICIPANT_WORDS.split())
_HEADER_KEYS = _TITLE_KEYS | _DATE_KEYS | _PARTICIPANT_KEYS | frozenset(_OTHER_WORDS.split())
# a key may carry one more word: "Transkrip rapat:", "Meeting date:", "Fecha reunión:"
_HEADER = re.compile(
    r"^\s*((?:[^\W\d_]+\s)?(?:"
    + "|".join(sorted(_HEADER_KEYS, key=len, reverse=True))
    + r")\.?(?:\s[^\W\d_]+)?)\s*:\s*(.+)$",  # "Obs.:" abbreviates its key
    re.IGNORECASE,
)
_LIST_HEADER = re.compile(
    r"^\s*(?:" + "|".join(sorted(_PARTICIPANT_KEYS, key=len, reverse=True)) + r")\s*:\s*$",
    re.IGNORECASE,
)
# a recorder's text export puts the speaker and time on a line of their own, the words below:
# "Ana Lima  0:02" (Otter), "Ana Lima | 00:02" (Gong), "[Ana Lima] 10:02:11" (Zoom)
_SPEAKER_LINE = re.compile(
    rf"^\s*(?:\[(?P<bracketed>[^\W\d_][^\]]{{0,48}})\]|(?P<speaker>[^\W\d_][\w.'’\- ]{{0,48}}?))"
    rf"\s*(?:\|\s*|\s)[\[(]?(?P<time>{_STAMP})[\])]?\s*$"
)
_BARE_STAMP = re.compile(rf"^\s*[\[(]?{_STAMP}[\])]?\s*$")
_CUE_TIME = re.compile(rf"^\s*(?P<start>{_STAMP})\s*-->\s*(?P<end>{_STAMP})(?:\s+.*)?$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>(.*?)(?:</v>|$)", re.DOTALL)
_TAG = re.compile(r"</?[a-z][^>]*>", re.IGNORECASE)
_ISO = re.compile(r"(20\d\d-\d\d-\d\d)")


@dataclass
class _Turn:
    speaker: str | None
    time: str | None
    text: str


def _hms(stamp: str | None) -> str | None:
    """Normalise ``m:ss``, ``mm:ss.mmm`` or ``h:mm:ss,mmm`` to ``hh:mm:ss``."""
    if not stamp:
        return None
    parts = re.split(r"[.,]", stamp)[0].split(":")
    nums = [int(p) for p in parts]
    while len(nums) < 3:
        nums.insert(0, 0)
    h, m, s = nums
    return f"{h:02d}:{m:02d}:{s:02d}"


def _seconds_to_hms(seconds: float) -> str:
    total = int(seconds)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def _speaker_ok(speaker: str) -> bool:
    """A speaker's label, not a link, a note or a header key ("Catatan:", "Lokasi:")."""
    words = speaker.split()
    return (
        0 < len(words) <= 6
        and not speaker.lower().startswith(("http", "note"))
        and not (len(words) <= 2 and _HEADER.match(f"{speaker}: -"))
    )


def _note_header(meta: dict[str, str], header: re.Match[str]) -> None:
    """Keep a header line's title, date or participants (the first of each); other header
    lines (duration, location) are not turns and say nothing the briefing uses."""
    words = header[1].lower().split()
    field = next(
        (
            f
            for keys, f in ((_DATE_KEYS, "date"), (_PARTICIPANT_KEYS, "participants"),
                            (_TITLE_KEYS, "title"))
            if any(w in keys for w in words)
        ),
        None,
    )  # fmt: skip
    if field:
        meta.setdefault(field, header[2].strip())


def _build(
    name: str, title: str, date: str | None, turns: list[_Turn], participants: list[str]
) -> Document:
    merged: list[_Turn] = []
    for turn in turns:
        text = " ".join(turn.text.split())
        if not text:
            continue
        if merged and turn.speaker == merged[-1].speaker and (turn.speaker or not turn.time):
            merged[-1].text += " " + text
        else:
            merged.append(_Turn(turn.speaker, turn.time, text))
    if not merged:
        raise IngestError(name, "no transcript turns found")
    builder = TextBuilder()
    for turn in merged:
        prefix = f"[{turn.time}] " if turn.time else ""
        label = f"{turn.speaker}: " if turn.speaker else ""
        builder.add_line(f"{prefix}{label}{turn.text}", speaker=turn.speaker, time=turn.time)
    speakers = list(dict.fromkeys(t.speaker for t in merged if t.speaker))
    people = participants or speakers
    return Document(
        name=name,
        source=name,
        kind="call",
        title=title,
        date=date or date_from_name(name),
        participants=people,
        text=builder.text,
        segments=builder.segments,
    )


def _build_with_meta(name: str, meta: dict[str, str], turns: list[_Turn]) -> Document:
    """A transcript whose title, date and participants come from its header or NOTE lines."""
    iso = _ISO.search(meta.get("date", ""))
    return _build(
        name,
        meta.get("title") or name,
        iso[1] if iso else None,
        turns,
        _split_participants(meta.get("participants", "")),
    )


_OUTSIDE_PARENS = r"(?![^()]*\))"
_NAME_JOIN = re.compile(rf"(?:,\s*|\s+(?:and|e|y|dan|&)\s+){_OUTSIDE_PARENS}")
_GROUP_ORG = re.compile(r"^[^()]+?\s*\((?P<org>[^()]+)\)$")


def _split_participants(value: str) -> list[str]:
    """ "Ana Lima, Bo Tran (IT); Rui Sá y Eva Paz (Acme). The CEO joined late." -> one entry
    per person; a group's closing "(Acme)" after names joined by "y"/"and", or closing a
    ";"-separated group, is each name's."""
    value = re.split(r"(?<=\))\.\s", value, maxsplit=1)[0]  # a remark after the list
    groups = [g.strip() for g in re.split(rf";\s*{_OUTSIDE_PARENS}", value) if g.strip()]
    out: list[str] = []
    for group in groups:
        items = [i.strip() for i in _NAME_JOIN.split(group) if i.strip()]
        last = _GROUP_ORG.match(items[-1]) if items else None
        shared = last is not None and (
            len(groups) > 1 or re.search(r"\s(?:and|e|y|dan|&)\s[^,]*$", group) is not None
        )
        # only names without their own parenthesis share it
        if last is not None and shared and not any("(" in i for i in items[:-1]):
            out += [f"{i} ({last['org']})" for i in items[:-1]]
            out.append(items[-1])
            continue
        out += items
    return out


def _speaker_line_turns(text: str) -> list[_Turn] | None:
    """The turns of a text export whose speaker and time stand on a line above the words, when
    such lines open at least three turns of two or more speakers."""
    turns: list[_Turn] = []
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for line in lines:
        m = _SPEAKER_LINE.match(line)
        speaker = m and (m["bracketed"] or m["speaker"]).strip()
        if m and speaker and _speaker_ok(speaker) and not _HEADER.match(line):
            turns.append(_Turn(speaker, _hms(m["time"]), ""))
        elif turns:
            turns[-1].text = f"{turns[-1].text} {line.strip()}".strip()
    said = [t for t in turns if t.text]
    times = [t.time or "" for t in said]
    if (
        len(said) < 3
        or len({t.speaker for t in said}) < 2
        or len(turns) * 4 < len(lines)
        or times != sorted(times)  # a recording runs forward; "Monday 10:00" lists do not
        or max(Counter(t.speaker for t in said).values()) < 2
    ):
        return None
    return said


def looks_like_transcript(text: str) -> bool:
    """True when most non-header lines are ``Speaker: text`` turns from two or more speakers
    (a line holding only a time is neither), or when lines naming a speaker and a time open the
    turns."""
    if _speaker_line_turns(text) is not None:
        return True
    lines = [
        ln
        for ln in text.splitlines()
        if ln.strip() and not _HEADER.match(ln) and not _BARE_STAMP.match(ln)
    ]
    if len(lines) < 3:
        return False
    speakers: set[str] = set()
    turns = 0
    for line in lines:
        m = _TURN.match(line)
        if m and _speaker_ok(m["speaker"]):
            turns += 1
            speakers.add(m["speaker"].strip())
    return turns >= 3 and len(speakers) >= 2 and turns >= 0.5 * len(lines)


def parse_plain(name: str, text: str) -> Document:
    """``Speaker: text`` lines with optional ``[hh:mm:ss]`` stamps, or a line of a time alone
    stamping the turns below it, and a metadata header; or a recorder's text export whose
    ``Speaker  0:02`` lines stand above the words."""
    meta: dict[str, str] = {}
    below = _speaker_line_turns(text)
    if below is not None:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if not _SPEAKER_LINE.match(lines[0]):
            meta["title"] = lines[0].lstrip("#").strip()
        # Otter's header: "SPEAKERS" above the names, comma-separated
        listed = next((i for i, ln in enumerate(lines) if ln.lower() == "speakers"), None)
        if listed is not None and listed + 1 < len(lines):
            meta["participants"] = lines[listed + 1]
        return _build_with_meta(name, meta, below)
    turns: list[_Turn] = []
    stamp: str | None = None  # "00:05:00" on its own line (Google Meet)
    listing = False  # under "Asistentes:": "Trazalab: Sebastián Valdivia, ..." names no speaker
    for line in text.splitlines():
        if not line.strip():
            listing = False
            continue
        if _BARE_STAMP.match(line):
            stamp = _hms(line.strip(" []()"))
            continue
        if not turns and _LIST_HEADER.match(line):
            listing = True
            continue
        if listing and not turns and not _HEADER.match(line):
            names = line.split(":", 1)[-1].strip(" -*")  # "Trazalab: Sebastián Valdivia"
            meta["participants"] = f"{meta.get('participants', '')}, {names}".strip(", ")
            continue
        header = _HEADER.match(line)
        if header and not turns:
            _note_header(meta, header)
            continue
        m = _TURN.match(line)
        if m and _speaker_ok(m["speaker"]):
            time = _hms(m["time"] or m["after"]) or stamp
            turns.append(_Turn(m["speaker"].strip(), time, m["text"]))
        elif turns:
            turns[-1].text += " " + line.strip()
        else:
            meta.setdefault("title", line.strip().lstrip("#").strip())
    return _build_with_meta(name, meta, turns)


def _cue_turns(name: str, blocks: list[list[str]]) -> list[_Turn]:
    turns: list[_Turn] = []
    for block in blocks:
        lines = list(block)
        if lines and not _CUE_TIME.match(lines[0]) and len(lines) > 1 and _CUE_TIME.match(lines[1]):
            lines = lines[1:]  # cue identifier
        if not lines:
            continue
        m = _CUE_TIME.match(lines[0])
        if not m:
            if "-->" in lines[0] or re.match(r"^\s*\d{1,2}:\d", lines[0]):
                raise IngestError(name, f"malformed cue timing {lines[0].strip()!r}")
            continue
        body = "\n".join(lines[1:]).strip()
        if not body:
            continue
        time = _hms(m["start"])
        voices = _VOICE.findall(body)
        if voices:
            for speaker, said in voices:
                turns.append(_Turn(speaker.strip(), time, _TAG.sub("", said)))
            continue
        body = _TAG.sub("", body).replace("\n", " ")
        turn = _TURN.match(body)
        if turn and _speaker_ok(turn["speaker"]):
            turns.append(_Turn(turn["speaker"].strip(), time, turn["text"]))
        else:
            speaker = turns[-1].speaker if turns else None
            turns.append(_Turn(speaker, time, body))
    return turns


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def parse_vtt(name: str, text: str) -> Document:
    """WebVTT with ``<v Speaker>`` voice tags or ``Speaker:`` cues; NOTE blocks as metadata."""
    if not text.lstrip().startswith("WEBVTT"):
        raise IngestError(name, "not a WebVTT file: missing the WEBVTT header", line=1)
    blocks = _blocks(text)
    meta: dict[str, str] = {}
    cues: list[list[str]] = []
    for block in blocks[1:]:
        if block[0].startswith("NOTE"):
            for line in block:
                header = _HEADER.match(line.removeprefix("NOTE").strip())
                if header:
                    _note_header(meta, header)
        elif not block[0].startswith(("STYLE", "REGION")):
            cues.append(block)
    _check_truncated(name, cues)
    return _build_with_meta(name, meta, _cue_turns(name, cues))


def _check_truncated(name: str, cues: list[list[str]]) -> None:
    if not cues:
        raise IngestError(name, "no cues found")
    last = cues[-1]
    timing = [ln for ln in last if "-->" in ln]
    if timing and not _CUE_TIME.match(timing[0]):
        raise IngestError(
            name, f"truncated file: last cue timing {timing[0].strip()!r} is incomplete"
        )


def parse_srt(name: str, text: str) -> Document:
    """SubRip: numbered cues with ``start --> end`` and ``Speaker: text`` lines."""
    cues = _blocks(text)
    if not cues or not any(_CUE_TIME.match(ln) for ln in cues[0][:2]):
        raise IngestError(name, "not an SRT file: the first cue has no 'start --> end' timing")
    _check_truncated(name, cues)
    turns = _cue_turns(name, cues)
    return _build(name, name, None, turns, [])


# the lists of timed turns recorders export under, and the keys each turn's parts go by
_TURN_LISTS = (
    "sentences",
    "segments",
    "utterances",
    "monologues",
    "entries",
    "captions",
    "data",  # tl;dv
    "results",
)
_SPEAKER_KEYS = (
    "speaker_name",
    "speakerName",
    "speaker",
    "speaker_label",
    "participant",
    "name",
    "speaker_id",
    "speakerId",
)
_TEXT_KEYS = ("text", "transcript", "content", "sentence")
_START_KEYS = ("start_time", "startTime", "start", "offset", "timestamp")
_MS_KEYS = ("start_ms", "startMs", "start_millis")
_LONGEST_CALL_S = 12 * 3600
_CLOCK = re.compile(r"^\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?$")
_NUMERIC = re.compile(r"^\d+(?:\.\d+)?$")


def _turn_items(data: Any) -> list[dict[str, Any]] | None:
    """The timed turns of a recorder export: a list of objects that each hold their text and
    their speaker or start, found at the top level or under one of ``_TURN_LISTS``."""
    if isinstance(data, dict):
        found = next((data[k] for k in _TURN_LISTS if isinstance(data.get(k), list)), None)
        if found is None and isinstance(data.get("transcript"), list):
            found = data["transcript"]
        data = found
    if not isinstance(data, list) or not data:
        return None
    data = [_with_text(item) for item in data]
    turns = [
        item
        for item in data
        if isinstance(item, dict)
        and any(isinstance(item.get(k), str) for k in _TEXT_KEYS)
        # a bare "name" beside a text is a note's author as often as a speaker
        and any(k in item for k in (*_SPEAKER_KEYS, *_START_KEYS, *_MS_KEYS) if k != "name")
    ]
    return turns if len(turns) >= 0.8 * len(data) else None


def _with_text(item: Any) -> Any:
    """A turn that spells its words as timed elements (Rev.ai: ``{"elements": [{"type": "text",
    "value": "Hello", "ts": 1.5}, {"type": "punct", "value": "."}]}``) with its text and start."""
    elements = item.get("elements") if isinstance(item, dict) else None
    if not isinstance(elements, list) or any(k in item for k in _TEXT_KEYS):
        return item
    parts = [e for e in elements if isinstance(e, dict) and isinstance(e.get("value"), str)]
    start = next((e["ts"] for e in parts if "ts" in e), None)
    return {**item, "text": "".join(e["value"] for e in parts).strip(), "start": start}


def _unwrapped(data: Any) -> Any:
    """The call inside an API answer's envelope: Fireflies' GraphQL ``{"data": {"transcript":
    {...}}}``, Deepgram's ``{"metadata": {...}, "results": {"utterances": [...]}}``; the
    envelope's other fields stay beside it."""
    for key in ("data", "results", "transcript"):
        if isinstance(data, dict) and isinstance(data.get(key), dict):
            data = {**{k: v for k, v in data.items() if k != key}, **data[key]}
    return data


def _calls(data: Any) -> list[Any]:
    """The calls of an export: Gong's API answers ``{"callTranscripts": [...]}`` or
    ``{"calls": [...]}``, each call ``{"metaData": {"title", "started"}, "parties",
    "transcript"}`` (the parties and metadata may stand beside the list, for every call);
    Fireflies' GraphQL answers ``{"data": {"transcript": {...}}}`` or ``{"data":
    {"transcripts": [...]}}``; other files hold one call."""
    data = _unwrapped(data)
    if isinstance(data, dict):
        for key in ("callTranscripts", "calls", "transcripts"):
            if isinstance(data.get(key), list) and data[key]:
                shared = {k: v for k, v in data.items() if k in ("metaData", "parties")}
                shared |= shared.get("metaData") or {}
                return [
                    {**shared, **(c.get("metaData") or {}), **c} if isinstance(c, dict) else c
                    for c in data[key]
                ]
    return [data]


def is_recorder_export(data: Any) -> bool:
    """True for a call recorder's JSON: Gong-style monologues, or timed turns (Fireflies
    sentences, Whisper or Otter segments, AssemblyAI utterances, a bare list of turns)."""
    calls = _calls(data)
    return bool(calls) and all(_is_call(c) for c in calls)


def parse_recorder_export(name: str, data: Any) -> list[Document]:
    """One document per call of a recorder's export ("call.json#2" for the second of many)."""
    calls = _calls(data)
    if len(calls) == 1:
        return [parse_recorder_json(name, calls[0])]
    return [parse_recorder_json(f"{name}#{i}", call) for i, call in enumerate(calls, 1)]


def _is_call(data: Any) -> bool:
    if isinstance(data, dict) and isinstance(data.get("transcript"), list):
        monologues = data["transcript"]
        if monologues and all(isinstance(m, dict) and "sentences" in m for m in monologues):
            return True
    return _turn_items(data) is not None


def _speaker_of(item: dict[str, Any]) -> str | None:
    for key in _SPEAKER_KEYS:
        value = item.get(key)
        if isinstance(value, dict):  # {"speaker": {"name": "Ana Lima", "id": 2}}
            value = next(
                (value[k] for k in ("name", "display_name", "displayName") if k in value), None
            )
        if value not in (None, ""):
            return str(value)
    return None


def _text_of(item: dict[str, Any]) -> str:
    return next(str(item[k]) for k in _TEXT_KEYS if isinstance(item.get(k), str))


def _times(items: list[dict[str, Any]]) -> list[str | None]:
    """Each turn's start as hh:mm:ss; numbers are seconds, or milliseconds when the key says
    so or when read as seconds they would run past any call's length."""
    raw: list[tuple[str, Any]] = []
    for item in items:
        ms = next((item[k] for k in _MS_KEYS if k in item), None)
        seconds = next((item[k] for k in _START_KEYS if k in item), None)
        raw.append(("ms", ms) if ms is not None else ("s", seconds))
    numbers = [n for unit, v in raw if unit == "s" and (n := _number(v)) is not None]
    scale = 1000.0 if numbers and max(numbers) > _LONGEST_CALL_S else 1.0
    out: list[str | None] = []
    for unit, value in raw:
        seconds = _number(value)
        if isinstance(value, str) and _CLOCK.match(value.strip()):
            out.append(_hms(value.strip()))
        elif seconds is not None:
            seconds /= 1000.0 if unit == "ms" else scale
            # an epoch timestamp is no offset into a call
            out.append(_seconds_to_hms(seconds) if seconds <= _LONGEST_CALL_S else None)
        else:
            out.append(None)
    return out


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and _NUMERIC.match(value.strip()):
        return float(value)
    return None


def _iso_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    m = _ISO.search(value)
    return m[1] if m else None


_ID_KEYS = ("id", "speakerId", "speaker_id", "label", "tag")


def _speaker_names(meta: dict[str, Any]) -> dict[str, str]:
    """The speaker ids a recorder gives turns, each with its name: a top-level list of speaker
    objects ({"id": 0, "name": "Carla Domínguez"}) or a map ({"0": "Carla Domínguez"})."""
    names: dict[str, str] = {}
    for key in ("speakers", "participants", "speaker_map", "speaker_names"):
        listed = meta.get(key)
        if isinstance(listed, dict):
            names |= {str(k): str(v) for k, v in listed.items() if isinstance(v, str) and v}
        elif isinstance(listed, list):
            for party in listed:
                if not isinstance(party, dict) or not party.get("name"):
                    continue
                for id_key in _ID_KEYS:
                    if party.get(id_key) is not None:
                        names[str(party[id_key])] = str(party["name"])
    return names


def parse_recorder_json(name: str, data: Any) -> Document:
    """Gong-style parties and monologues, or any recorder's list of timed turns."""
    meta: dict[str, Any] = data if isinstance(data, dict) else {}
    # the call's own fields, at the top or under "recording": {"title": ..., "started_at": ...}
    info: dict[str, Any] = next(
        (
            meta[k]
            for k in ("recording", "meeting", "metadata", "call")
            if isinstance(meta.get(k), dict)
        ),
        {},
    )
    title = next(
        (
            v
            for src in (meta, info)
            for k in ("title", "meeting_title", "topic", "name")
            if isinstance(v := src.get(k), str) and v
        ),
        name,
    )
    date = next(
        (
            d
            for src in (meta, info)
            for k in ("date", "started", "started_at", "start_time", "dateString", "created")
            if (d := _iso_date(src.get(k)))
        ),
        None,
    )
    turns: list[_Turn] = []
    participants: list[str] = []
    items = _turn_items(data)
    try:
        if items is None:
            names: dict[str, str] = {}
            for party in meta.get("parties", meta.get("speakers", [])):
                pid = str(party.get("speakerId", party.get("id")))
                names[pid] = str(party.get("name") or pid)
                label = names[pid]
                extra = ", ".join(
                    str(party[k]) for k in ("title", "affiliation", "company") if party.get(k)
                )
                participants.append(f"{label} ({extra})" if extra else label)
            for mono in meta["transcript"]:
                speaker = names.get(str(mono.get("speakerId")), str(mono.get("speakerId")))
                for s in mono["sentences"]:
                    start = s.get("start")
                    time = _seconds_to_hms(float(start) / 1000) if start is not None else None
                    turns.append(_Turn(speaker, time, str(s["text"])))
        else:
            named = _speaker_names(meta)
            for item, time in zip(items, _times(items), strict=True):
                said_by = _speaker_of(item)
                if said_by and said_by not in named and said_by.isdigit():
                    said_by = f"Speaker {said_by}"  # Deepgram numbers its speakers only
                turns.append(_Turn(named.get(said_by or "", said_by), time, _text_of(item)))
            participants = list(dict.fromkeys(named.values()))
    except (KeyError, TypeError, ValueError) as exc:
        raise IngestError(name, f"recorder export has an unexpected shape: {exc!r}") from exc
    return _build(name, title, date, turns, participants)
