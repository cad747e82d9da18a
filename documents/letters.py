"""Letters to the client put into words: the texts of resources/letters, the facts, the quoted clauses.

A letter is plain text first (what the user reads, edits and sends); its PDF and DOCX are
that text laid out with the agreement's fonts and styles. Quoted clauses carry their
number as the agreement of the version in force prints it in the contract's language.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from documents.agreement import section_numbers
from documents.blocks import Bullets, Cell, Document, Para, Table, Title, runs
from documents.common import Words
from documents.meta import DocumentFormat, DocumentMeta
from domain.letters import LetterFacts
from domain.model import Contract

#: Inner quotation marks inside a quoted clause, per language: « » in Spanish quote “ ” inside.
_INNER = {"es": str.maketrans({"«": "“", "»": "”"}), "en": str.maketrans({"“": "‘", "”": "’"})}
_BULLET = "- "


@dataclass(frozen=True)
class QuotedFact:
    """A fact as the app shows it beside the letter: label, figure, where it comes from, the clause."""

    name: str
    label: str
    value: str
    source: str
    clause: int | None
    heading: str
    words: str


@dataclass(frozen=True)
class Letter:
    """A letter in words: its subject, its whole text, and the facts it quotes."""

    facts: LetterFacts
    subject: str
    text: str
    quoted: tuple[QuotedFact, ...]

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the text, as recorded in the journal."""
        return text_fingerprint(self.text)


def text_fingerprint(text: str) -> str:
    """SHA-256 of a letter's text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _quoted(facts: LetterFacts, contract: Contract, w: Words, signed: Contract | None) -> dict[str, QuotedFact]:
    numbers = section_numbers(contract, w)
    signed_numbers = section_numbers(signed, w) if signed is not None else numbers
    out: dict[str, QuotedFact] = {}
    sources = {"version": w("letters.sources.version", version=facts.version)}
    for fact in facts.facts:
        label = w(f"letters.facts.{fact.name}")
        source = sources.get(fact.source) or w(f"letters.sources.{fact.source}")
        number: int | None = None
        heading = words = ""
        if fact.quote is not None:
            number = (signed_numbers if fact.quote.signed else numbers).get(fact.quote.section)
            # The heading of the clause's own section (agreement.payment.…, terms.ownership.…).
            heading = w(".".join(fact.quote.key.split(".")[:2]) + ".heading")
            words = w(fact.quote.key, **fact.quote.values)
        out[fact.name] = QuotedFact(fact.name, label, fact.value, source, number, heading, words)
    return out


def write_letter(facts: LetterFacts, contract: Contract, signed: Contract | None = None) -> Letter:
    """The letter's text in the contract's language, from the texts in resources/letters.

    `contract` is the version in force; `signed`, the signed version when a change order
    has replaced it (clauses quoted from it carry its numbers).
    """
    w = Words(contract)
    quoted = _quoted(facts, contract, w, signed)
    section = f"letters.{facts.kind.key}"
    figures = dict(facts.figures)
    subject = w(f"{section}.subject", **figures)
    paragraphs: list[str] = [contract.provider.name, w.date(facts.date), ""]
    paragraphs.append(contract.client.name)
    if contract.client.representative:
        paragraphs.append(w("letters.common.addressee", **figures))
    paragraphs += ["", w("letters.common.subject", subject=subject), "", w("letters.common.greeting", **figures), ""]
    if facts.request:
        paragraphs += [w("letters.common.request", **figures), ""]
    for part in facts.parts:
        if part.kind == "text":
            paragraphs += [w(f"{section}.{part.key}", **figures), ""]
        elif part.kind == "list":
            paragraphs += [_BULLET + item for item in part.items] + [""]
        else:
            q = quoted[part.key]
            inner = q.words.translate(_INNER.get(facts.lang, {}))
            number = str(q.clause) if q.clause is not None else "—"
            paragraphs += [w("letters.common.quote", number=number, heading=q.heading, words=inner), ""]
    paragraphs += [w("letters.common.closing"), "", w("letters.common.signoff"), figures["provider"]]
    if contract.provider.representative and contract.provider.representative != contract.provider.name:
        paragraphs.append(contract.provider.name)
    return Letter(facts, subject, "\n".join(paragraphs).rstrip() + "\n", tuple(quoted.values()))


def letter_document(text: str, subject: str, contract: Contract, meta: DocumentMeta) -> Document:
    """A letter's (possibly edited) text as a document: paragraphs, and `- ` lines as bullets."""
    w = Words(contract)
    doc = Document(
        kind="letter",
        lang=w.lang,
        title=f"{subject} — {contract.title}",
        subject=subject,
        author=contract.provider.name,
        footer_title=contract.title,
        footer_version=w("common.footer.version", version=meta.version, fingerprint=meta.fingerprint[:12]),
        page_label=w.t("common.footer.page", page="{page}", total="{total}"),
    )
    # A letterhead: the provider's name and how to reach them; the text says the rest.
    provider = contract.provider
    contact = [v.strip() for v in (provider.address, provider.email, provider.phone) if v and v.strip()]
    doc.add(Title(provider.name, " · ".join(contact)))
    bullets: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.startswith(_BULLET) for line in lines):
            bullets = [line[len(_BULLET):] for line in lines]
            doc.add(Bullets(tuple(runs(item) for item in bullets)))
        else:
            doc.add(Para(runs("\n".join(lines))))
    return doc


def facts_table(letter: Letter) -> Table:
    """The facts a letter quotes, one per row (for an annex or a preview)."""
    rows = [
        (Cell(q.label, bold=True), Cell(q.value or "—"), Cell(str(q.clause) if q.clause else "—"), Cell(q.source))
        for q in letter.quoted
    ]
    return Table(("", "", "", ""), rows, (0.3, 0.36, 0.08, 0.26), pairs=True)


def render_letter(
    text: str, subject: str, contract: Contract, meta: DocumentMeta, fmt: DocumentFormat | str
) -> bytes:
    """The letter's text as PDF or DOCX bytes, with the fonts and styles of the other documents."""
    from documents.build import clean_contract
    from documents.text import Cleaning, clean

    report = Cleaning()
    contract = clean_contract(contract, report, DocumentFormat(fmt) is DocumentFormat.PDF)
    text = clean(text, "letter", report)
    subject = clean(subject, "subject", report)
    doc = letter_document(text, subject, contract, meta)
    if DocumentFormat(fmt) is DocumentFormat.PDF:
        from documents.pdf_writer import write_pdf

        return write_pdf(doc, meta)
    from documents.docx_writer import write_docx

    return write_docx(doc, meta)
