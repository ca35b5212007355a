"""What the `kit` commands share: find a piece of kit, a borrower or a reservation from what was typed."""

from __future__ import annotations

from typing import Any

from civicdesk.commands.common import find_record
from civicdesk.errors import NotFoundError


def _tool(db: Any, text: str) -> Any:
    from civicdesk.services.tools import ToolService

    return find_record(ToolService(db), "piece of kit", text)


def _party(db: Any, text: str) -> dict[str, Any]:
    """A group or person of ours when the name is exactly theirs, else the name as written."""
    from civicdesk.services.groups import GroupService

    found = GroupService(db).find_by_name(" ".join(text.split()))
    if len(found) == 1:
        return {"group_id": found[0].id, "name": found[0].name}
    return {"name": text}


def _reservation(db: Any, text: str) -> Any:
    """The reservation with this id, or None (the text may name a piece of kit instead)."""
    from civicdesk.services.reservations import Reservations

    try:
        return Reservations(db).get(text)
    except NotFoundError:
        return None
