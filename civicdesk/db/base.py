"""The declarative base and the columns every synced record carries, shared by the model modules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, Boolean, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql import FromClause


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class SyncedMixin:
    """Columns every exchanged record carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    clock: Mapped[str] = mapped_column(String(80))
    field_clocks: Mapped[dict[str, Any]] = mapped_column(default=dict)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    # Columns that belong together are clocked and merged as one value.
    FIELD_GROUPS: ClassVar[dict[str, tuple[str, ...]]] = {}
    RECORD_TYPE: ClassVar[str] = ""

    if TYPE_CHECKING:  # what every synced model has from Base, declared for the type checker
        __tablename__: Any
        __table__: ClassVar[FromClause]

        def __init__(self, **kwargs: Any) -> None: ...


META_COLUMNS = frozenset({"id", "created_at", "updated_at", "clock", "field_clocks", "extra"})
