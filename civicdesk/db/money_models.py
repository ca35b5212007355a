"""Typed models of a space's money: income, costs and reserves, the backlog of works, invoices, payments.

Amounts are whole pence. What each kind and category means, and how the figures are worked out,
is in services/money.py, services/invoices.py and services/finance_facts.py.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from civicdesk.db.base import Base, SyncedMixin


class MoneyEntry(SyncedMixin, Base):
    """Income, a running cost, or the reserves held on a date (services.money: the kinds)."""
    __tablename__ = "money_entries"
    RECORD_TYPE = "money_entry"

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # income | cost | reserves
    category: Mapped[str] = mapped_column(String(40), default="other")
    amount_pence: Mapped[int] = mapped_column(Integer)
    dated: Mapped[str] = mapped_column(String(10), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    booking_id: Mapped[str | None] = mapped_column(String(36))  # hire income from a booking


class BacklogItem(SyncedMixin, Base):
    """Maintenance or capital work a space needs (a roof, a boiler, a ramp), with its cost."""
    __tablename__ = "backlog_items"
    RECORD_TYPE = "backlog_item"

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="other")
    estimated_pence: Mapped[int] = mapped_column(Integer, default=0)
    urgency: Mapped[str] = mapped_column(String(20), default="medium")  # urgent | high | medium | low
    due_year: Mapped[int | None] = mapped_column(Integer)
    done_on: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str] = mapped_column(Text, default="")


class Invoice(SyncedMixin, Base):
    """A bill to a hirer, from a booking or of free-standing lines, numbered by the site issuing it."""
    __tablename__ = "invoices"
    RECORD_TYPE = "invoice"

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"), index=True)
    number: Mapped[str] = mapped_column(String(40), index=True)
    issued_on: Mapped[str] = mapped_column(String(10))
    due_on: Mapped[str] = mapped_column(String(10), index=True)
    hirer: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"group_id"|"person_id", "name", "address"}
    booking_id: Mapped[str | None] = mapped_column(String(36))
    # each {"description", "quantity", "unit_pence"}
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    total_pence: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class Payment(SyncedMixin, Base):
    """Money received against an invoice; its receipt carries its own number."""
    __tablename__ = "payments"
    RECORD_TYPE = "payment"

    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoices.id"), index=True)
    paid_on: Mapped[str] = mapped_column(String(10))
    amount_pence: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20), default="bank transfer")
    reference: Mapped[str] = mapped_column(String(100), default="")
    receipt_number: Mapped[str] = mapped_column(String(40), default="")
