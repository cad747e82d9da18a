"""Letters to the client, written from the contract: the facts each kind of letter quotes.

Pure: from the version in force, the project's records and the payments received, each
kind of letter gets its figures (computed with Decimal, to the cent) and the clauses it
quotes (by section and clause key; documents.letters finds their number and words in the
agreement as rendered in the contract's language).
"""

from domain.letters.build import LetterError, LetterInput, letter_facts
from domain.letters.facts import Fact, Kind, LetterFacts, Part, Quote
from domain.letters.money import interest

__all__ = [
    "Fact", "Kind", "LetterError", "LetterFacts", "LetterInput", "Part", "Quote", "interest", "letter_facts",
]
