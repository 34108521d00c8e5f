"""Email parsers for ``.eml`` and ``.mbox``: headers, multipart, charsets, HTML, reply chains.

The text of a message is its header block followed by the body. Quoted reply chains stay in
the text (nothing is lost) but are recorded as ``quoted`` spans, so the same words are not
indexed or cited as new evidence twice. A forwarded message under its banner ("----------
Forwarded message ---------") is not a reply chain: it is often the only copy of what a third
party or a colleague wrote, and its paragraphs are its writer's. (An Outlook "FW:" with no
banner reads as a reply chain.)
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from ingest.decoding import utf8_or_cp1252
from ingest.errors import IngestError
from ingest.models import Document, Segment, Span
from ingest.textbuilder import TextBuilder, paragraphs

__all__ = ["html_to_text", "parse_eml", "parse_mbox"]

_ATTRIBUTION = re.compile(
    r"^\s*(On .{4,200} wrote:|Em .{4,200} escreveu:|El .{4,200} escribió:|Pada .{4,200} menulis:"
    r"|Le .{4,200} a écrit ?:|-{2,}\s*(Original Message|Mensagem original|Mensaje original"
    r"|Pesan Asli)\s*-{2,}|_{5,})\s*$",
    re.IGNORECASE,
)
# a forwarded message's banner: what follows it is material passed on, not a reply's history
_FORWARDED = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Mensaje reenviado|Mensagem encaminhada|"
    r"Pesan (?:yang )?diteruskan|Pesan terusan)\s*-{2,}|Begin forwarded message:|"
    r"Inicio del mensaje reenviado:|In[ií]cio da mensagem encaminhada:|"
    r"Awal pesan yang diteruskan:)\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\s*(From|De|Dari)\s*:\s*.+$", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(r"^\s*(Sent|Enviado|Enviada|Dikirim|Date|Data|Fecha)\s*:", re.IGNORECASE)
_HEADERS = ("From", "To", "Cc", "Date", "Subject")
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul"}


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "head"}:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head"}:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text from an HTML body: block elements become line breaks."""
    parser = _HTMLText()
    parser.feed(html)
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _body(msg: EmailMessage, name: str) -> str:
    plain = msg.get_body(preferencelist=("plain",))
    part = plain or msg.get_body(preferencelist=("html",))
    if part is None:
        return ""
    payload = part.get_payload(decode=True)
    if part.get_content_charset() is None and isinstance(payload, bytes):
        # no charset declared: as written, not as ASCII
        content = utf8_or_cp1252(payload)
    else:
        try:
            content = part.get_content()
        except (LookupError, UnicodeDecodeError):
            content = (
                payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
            )
    if not isinstance(content, str):
        raise IngestError(name, "email body is not text")
    if plain is None:
        content = html_to_text(content)
    return content.replace("\r\n", "\n").replace("\r", "\n").strip("\n")


def _quoted_from(lines: list[str]) -> list[bool]:
    """Marks the lines that belong to a quoted reply chain (a forwarded message's header and
    body, under its banner, are not one: they are what the sender passes on)."""
    quoted = [line.lstrip().startswith(">") for line in lines]
    for i, line in enumerate(lines):
        banner = [x for x in lines[max(0, i - 2) : i] if x.strip()][-1:]
        outlook = (
            _OUTLOOK_FROM.match(line)
            and i + 1 < len(lines)
            and any(_OUTLOOK_SENT.match(x) for x in lines[i + 1 : i + 4])
            and not (banner and _FORWARDED.match(banner[0]))
        )
        if _ATTRIBUTION.match(line) or outlook:
            rest = lines[i + 1 :]
            if (
                outlook
                or any(x.lstrip().startswith(">") for x in rest[:3])
                or not any(x.lstrip().startswith(">") for x in rest)
            ):
                for j in range(i, len(lines)):
                    quoted[j] = True
                break
    return quoted


def _forwarded_authors(lines: list[str]) -> list[str | None]:
    """For each line, who wrote the forwarded message whose body it is in (the name of the
    ``From:``/``De:``/``Dari:`` line under its banner), or None outside one."""
    authors: list[str | None] = []
    author: str | None = None
    header = False
    for line in lines:
        if _FORWARDED.match(line):
            author, header = None, True
        elif header and not line.strip():
            header = author is None  # the header block ends at its first blank line
        elif header and _OUTLOOK_FROM.match(line):
            found = getaddresses([line.split(":", 1)[1]])
            display, addr = found[0] if found else ("", "")
            author = display or addr or None
        authors.append(None if header else author)
    return authors


def _unquoted(para: Segment, quoted: list[Span]) -> list[Segment]:
    """The parts of a paragraph outside the quoted spans."""
    parts = [para]
    for q in quoted:
        nxt = []
        for p in parts:
            if q.end <= p.start or q.start >= p.end:
                nxt.append(p)
                continue
            if p.start < q.start:
                nxt.append(Segment(start=p.start, end=q.start - 1, line=p.line))
            if q.end < p.end:
                nxt.append(Segment(start=q.end + 1, end=p.end, line=p.line))
        parts = nxt
    return [p for p in parts if p.end > p.start]


def _iso(date: str | None) -> str | None:
    if not date:
        return None
    try:
        return parsedate_to_datetime(date).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _message(msg: EmailMessage, name: str, source: str) -> Document:
    present = [h for h in _HEADERS if msg.get(h)]
    if not present or not (msg.get("From") or msg.get("Subject")):
        raise IngestError(name, "not an email: no From/Subject headers found")
    builder = TextBuilder()
    fields: dict[str, str] = {}
    for header in _HEADERS:
        value = msg.get(header)
        if value:
            value = " ".join(str(value).split())
            fields[header.lower()] = value
            builder.add_line(f"{header}: {value}")
    builder.blank()
    body_lines = _body(msg, name).split("\n")
    marks = _quoted_from(body_lines)
    quoted: list[Span] = []
    body_start = len(builder.text)
    # where each forwarded message's body lines start, with who wrote them
    written: dict[int, str] = {}
    for line, is_quoted, author in zip(
        body_lines, marks, _forwarded_authors(body_lines), strict=True
    ):
        seg = builder.add_line(line, segment=False)
        if author and not is_quoted:
            written[seg.start] = author
        if is_quoted:
            if quoted and quoted[-1].end + 1 >= seg.start:
                quoted[-1] = Span(start=quoted[-1].start, end=seg.end)
            else:
                quoted.append(Span(start=seg.start, end=seg.end))
    text = builder.text
    segments = list(builder.segments)
    for para in paragraphs(text, body_start):
        for part in _unquoted(para, quoted):
            # a forwarded message's paragraph is its writer's, not the sender's
            who = written.get(part.start)
            segments.append(part.model_copy(update={"speaker": who}) if who else part)
    people = [
        display or addr
        for display, addr in getaddresses(
            [fields.get("from", ""), fields.get("to", ""), fields.get("cc", "")]
        )
        if display or addr
    ]
    return Document(
        name=name,
        source=source,
        kind="email",
        title=fields.get("subject", "(no subject)"),
        date=_iso(fields.get("date")),
        participants=list(dict.fromkeys(people)),
        text=text,
        segments=segments,
        quoted=quoted,
        fields=fields,
    )


def _parse_bytes(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def parse_eml(name: str, data: bytes) -> Document:
    """One RFC 5322 message."""
    if not data.strip():
        raise IngestError(name, "file is empty")
    return _message(_parse_bytes(data), name, name)


# the separator line, "From sender Tue May 26 08:47:12 2026": a body line "From here on..." or
# "From Q3 2026 onwards" that a mailer did not escape as ">From" is no new message
_FROM_LINE = re.compile(
    rb"(?:^|\n)From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +"
    rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [^\n]*\n"
)


def parse_mbox(name: str, data: bytes) -> list[Document]:
    """Messages of an mbox, named ``file.mbox#n``; a bad message fails the whole file."""
    if not data.strip():
        raise IngestError(name, "file is empty")
    if not data.startswith(b"From "):
        raise IngestError(name, "not an mbox: the file does not start with a 'From ' line", line=1)
    chunks = _FROM_LINE.split(data)
    messages = [c for c in chunks if c.strip()]
    docs = []
    for n, raw in enumerate(messages, start=1):
        raw = re.sub(rb"(?m)^>(>*From )", rb"\1", raw)
        docs.append(_message(_parse_bytes(raw), f"{name}#{n}", name))
    return docs
