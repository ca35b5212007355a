"""360Giving grants files: recipients' org-ids kept as identifiers, UK numbers as charity/company numbers.

A recipient's `Recipient Org:Identifier` is an org-id (`GB-CHC-1151662`, `GB-COH-00203645`,
`US-EIN-13-3458820`). It is kept in the group's external ids under "org-id", so the same recipient
in another grant — or in next year's file — is recognised. A UK charity (GB-CHC, GB-SC, GB-NIC) or
company (GB-COH) number fills the group's charity or company number, which makes it a registered
charity or company; a number of another country stays an identifier with its scheme and is never
taken for a UK charity number, even when the publisher put it in the "Charity Number" column.
"""

from __future__ import annotations

from typing import Any

from civicdesk.interop.candidates import Candidate
from civicdesk.interop.results import Problem
from civicdesk.interop.tabular import Table

IDENTIFIER = "Recipient Org:Identifier"
UK_CHARITY_SCHEMES = ("GB-CHC", "GB-SC", "GB-NIC")
UK_COMPANY_SCHEMES = ("GB-COH",)


def is_360giving(table: Table) -> bool:
    return IDENTIFIER in table.headers and "Recipient Org:Name" in table.headers


def split_org_id(identifier: str) -> tuple[str, str]:
    """("GB-CHC", "1151662") from "GB-CHC-1151662"; ("", identifier) when it has no known shape."""
    parts = identifier.split("-", 2)
    if len(parts) == 3 and len(parts[0]) == 2 and parts[0].isalpha() and parts[0].isupper():
        return f"{parts[0]}-{parts[1]}", parts[2]
    return "", identifier


def _compact(value: Any) -> str:
    return "".join(str(value or "").split()).upper()


def add_identifiers(table: Table, candidates: list[Candidate]) -> None:
    """Each recipient's org-id as an external id; UK numbers from it, foreign numbers kept out."""
    position = table.headers.index(IDENTIFIER)
    by_row = {table.row_number(i): row for i, row in enumerate(table.rows)}
    for candidate in candidates:
        row = by_row.get(candidate.row) or []
        identifier = str(row[position] if position < len(row) and row[position] is not None else "").strip()
        if not identifier:
            continue
        candidate.external = {**candidate.external, "org-id": identifier}
        scheme, number = split_org_id(identifier)
        values = candidate.values
        if scheme in UK_CHARITY_SCHEMES and not values.get("charity_number"):
            values["charity_number"] = number
        elif scheme in UK_COMPANY_SCHEMES and not values.get("company_number"):
            values["company_number"] = number
        elif scheme and not scheme.startswith("GB-"):
            for name, what in (("charity_number", "charity"), ("company_number", "company")):
                value = values.get(name)
                if value and _compact(value) in (_compact(number), _compact(identifier)):
                    values.pop(name)
                    candidate.notes.append(
                        Problem(
                            candidate.row,
                            candidate.columns.get(name, name),
                            f"“{value}” is a {scheme} number, not a UK {what} number: kept as the "
                            f"identifier {identifier}",
                        )
                    )
