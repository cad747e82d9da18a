"""The agreement's numbered sections: headings counted as they are added, so an omitted section leaves no gap."""

from __future__ import annotations

from documents.blocks import Document, Heading, Para, Run, runs
from documents.common import Words


class Sections:
    """Numbers headings as they are added, so omitted sections leave no gaps."""

    def __init__(self, doc: Document, w: Words) -> None:
        self.doc, self.w, self.count = doc, w, 0
        self.numbers: dict[str, int] = {}

    def heading(self, key: str) -> None:
        self.heading_key(f"agreement.{key}.heading")

    def heading_key(self, key: str) -> None:
        """A numbered heading whose text is the clause `key`."""
        self.count += 1
        # Numbered by its short name too (`payment`, `ownership`), for letters that quote it.
        self.numbers.setdefault(key.removesuffix(".heading").split(".", 1)[-1], self.count)
        self.doc.add(Heading(f"{self.count}. {self.w(key)}"))

    def para(self, text: str) -> None:
        self.doc.add(Para(runs(text)))

    def term(self, text: str) -> None:
        """A clause that opens with its own name ("Acceptance. …"), the name in bold."""
        name, _, body = text.partition(". ")
        self.doc.add(Para((Run(f"{name}. ", bold=True), Run(body)) if body else runs(text)))
