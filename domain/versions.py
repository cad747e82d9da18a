"""A new version read from a file: what a format-1 file leaves to the version it changes.

A `pacta.contract/1` file was written before format 2 existed, so it cannot say anything
about the format-2 fields (law, taxes, day basis, expenses, ownership, confidentiality,
non-solicitation, data processing): leaving them out does not mean taking them away. A
format-1 file that changes a contract therefore keeps the format-2 fields of the version
it changes. In a `pacta.contract/2` file an absent field means absent: it is removed.
"""

from __future__ import annotations

from typing import Final

from domain.about import FORMAT_ID
from domain.model import Contract

FORMAT_1: Final = "pacta.contract/1"

#: The fields format 2 added, which a format-1 file cannot express.
FORMAT2_FIELDS: Final = (
    "law", "taxes", "day_basis", "expenses", "ownership",
    "confidentiality_years", "non_solicitation_months", "data_processing",
)


def carry_format2(contract: Contract, changed: Contract) -> Contract:
    """`contract` (a new version) with the format-2 fields of `changed` (the version it changes)
    that it leaves out, when it was read from a format-1 file; unchanged when read as format 2.

    A field the format-1 file does give (Pacta has always read them) is kept as given. The
    result holds every field a format-2 file would, so it is read as format 2 from then on.
    """
    if contract.read_as != FORMAT_1:
        return contract
    given = contract.model_fields_set
    carried = {name: getattr(changed, name) for name in FORMAT2_FIELDS
               if name not in given and getattr(changed, name) is not None}
    # model_copy keeps the private state (the ids made up at validation) that a new validation would lose.
    out = contract.model_copy(update=carried)
    out._read_as = FORMAT_ID
    return out
