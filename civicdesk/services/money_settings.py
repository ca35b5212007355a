"""The hall's own details for invoices and receipts: charity number, bank details, numbering, terms.

They are this installation's settings (`Site.settings["money"]`), never exchanged: each laptop
numbers its own invoices under its own prefix, so two sites never issue the same number.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from civicdesk.core import structured
from civicdesk.db.database import Database
from civicdesk.db.models import Group, Site, Space
from civicdesk.errors import CivicDeskError, ValidationError

SORT_CODE = re.compile(r"^\d{2}-?\d{2}-?\d{2}$")
ACCOUNT_NUMBER = re.compile(r"^\d{8}$")
PREFIX = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,11}$")


@dataclass(frozen=True)
class MoneySettings:
    payee: str = ""  # the name on invoices: the hall or its charity
    charity_number: str = ""
    address: str = ""  # one line per line
    account_name: str = ""
    sort_code: str = ""
    account_number: str = ""
    invoice_prefix: str = ""
    payment_terms_days: int = 14

    @property
    def has_bank_details(self) -> bool:
        return bool(self.account_name and self.sort_code and self.account_number)


def default_prefix(site_id: str) -> str:
    """INV-xxxx from the site's own id: unique to this laptop until someone chooses a prefix."""
    return "INV-" + re.sub(r"[^0-9A-F]", "", site_id.upper())[-4:]


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    fields = set(MoneySettings.__dataclass_fields__)
    for key, value in values.items():
        if key not in fields:
            errors[key] = "not a money setting"
            continue
        if key == "payment_terms_days":
            try:
                days = int(value)
            except (TypeError, ValueError):
                errors[key] = "payment terms must be a whole number of days"
                continue
            if not 0 <= days <= 365:
                errors[key] = "payment terms must be between 0 and 365 days"
            cleaned[key] = days
            continue
        text = str(value or "").strip()
        if key != "address":
            text = " ".join(text.split())
        if key == "sort_code" and text and not SORT_CODE.match(text):
            errors[key] = "a sort code is six digits, such as 12-34-56"
        elif key == "sort_code" and text:
            digits = text.replace("-", "")
            text = f"{digits[:2]}-{digits[2:4]}-{digits[4:]}"
        if key == "account_number" and text and not ACCOUNT_NUMBER.match(text):
            errors[key] = "an account number is eight digits"
        if key == "invoice_prefix":
            text = text.upper()
            if text and not PREFIX.match(text):
                errors[key] = "a prefix is up to 12 capital letters, digits or hyphens, such as AVH"
        cleaned[key] = text
    if errors:
        raise ValidationError(errors)
    return cleaned


def load(db: Database) -> MoneySettings:
    with db.read() as session:
        site = session.scalars(select(Site)).one()
        stored = dict((site.settings or {}).get("money") or {})
        site_id = site.site_id
    known = {k: v for k, v in stored.items() if k in MoneySettings.__dataclass_fields__}
    settings = MoneySettings(**known)
    if not settings.invoice_prefix:
        settings = MoneySettings(**{**asdict(settings), "invoice_prefix": default_prefix(site_id)})
    return settings


def save(db: Database, values: dict[str, Any]) -> MoneySettings:
    """Change the settings named in `values` (checked first: nothing changes if one is wrong)."""
    cleaned = _clean(values)
    with db.write() as session:
        site = session.scalars(select(Site)).one()
        settings = dict(site.settings or {})
        settings["money"] = {**dict(settings.get("money") or {}), **cleaned}
        site.settings = settings
    return load(db)


@dataclass(frozen=True)
class Payee:
    name: str
    address: str
    charity_number: str
    settings: MoneySettings


def payee_for(db: Database, space_id: str) -> Payee:
    """Who is owed: the settings' payee, else the space; the charity number from settings or a group."""
    settings = load(db)
    with db.read() as session:
        space = session.get(Space, space_id)
        if space is None:
            raise CivicDeskError(f"there is no space with id {space_id}")
        charity = settings.charity_number
        for party in (space.operator, space.owner):
            group_id = (party or {}).get("group_id")
            group = session.get(Group, group_id) if group_id else None
            if not charity and group is not None and group.charity_number:
                charity = group.charity_number
        address = settings.address or structured.format_address(space.address, "\n")
        return Payee(settings.payee or space.name, address, charity, settings)
