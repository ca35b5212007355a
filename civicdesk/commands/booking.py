"""The `booking` and `diary` commands: book rooms, list and cancel bookings, print the week's sheets.

`booking list --json` prints `{"from", "to", "bookings": [{"id", "space_id", "space", "room_id",
"room", "title", "hirer", "date", "start", "end", "setup_minutes", "clearaway_minutes", "status",
"private", "recurring", "moved"}]}`: one entry per occurrence from `--from` to `--to` (default
the past year and the coming year), `id` the booking's (a series' occurrences share it), `date`
the date its rule gives, times local "YYYY-MM-DDTHH:MM". As in anything exported, a private
booking's title is "booked" and its hirer is left out; a hirer who is a person is named as
their consent allows. `booking add --json` prints `{"id", "dates", "rule", "books_over"}`,
`booking cancel --json` `{"id", "cancelled": "booking|date", "date"}`, `diary --json`
`{"out", "week", "spaces"}`.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civicdesk.commands.common import open_db, print_json
from civicdesk.errors import CivicDeskError

if TYPE_CHECKING:
    from civicdesk.db.database import Database


# The command line is built before SQLAlchemy or dateutil load: these mirror
# services.bookings.STATUSES and core.recurrence.FREQUENCIES (a test holds them equal).
STATUSES = ("provisional", "confirmed", "cancelled")
FREQUENCIES = ("none", "weekly", "fortnightly", "monthly")


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CivicDeskError(f"{what} “{text}” is not a date (YYYY-MM-DD)") from None


def find_space(db: Database, wanted: str) -> str:
    from civicdesk.errors import NotFoundError
    from civicdesk.services.spaces import SpaceService

    service = SpaceService(db)
    try:
        return service.get(wanted).id
    except NotFoundError:
        matches = service.find_by_name(wanted)
    if not matches:
        raise CivicDeskError(f"there is no space with the id or name “{wanted}”")
    if len(matches) > 1:
        raise CivicDeskError(f"{len(matches)} spaces are called “{wanted}”; give one id: "
                             + ", ".join(m.id for m in matches[:5]))
    return matches[0].id


def find_room(db: Database, space_id: str, wanted: str | None) -> str:
    from civicdesk.services.rooms import RoomService

    rooms = RoomService(db)
    if wanted is None:
        return rooms.ensure_room(space_id)
    for room in rooms.rooms_of(space_id):
        if wanted in (room.id, room.name) or room.name.casefold() == wanted.casefold():
            return room.id
    names = ", ".join(r.name for r in rooms.rooms_of(space_id)) or "none yet"
    raise CivicDeskError(f"this space has no room “{wanted}” (its rooms: {names})")


def find_hirer(db: Database, wanted: str) -> dict[str, Any]:
    """A group or person of ours with exactly that name, else the name as typed."""
    from civicdesk.services.groups import GroupService
    from civicdesk.services.people import PersonService

    name = " ".join(wanted.split())
    for key, service in (("group_id", GroupService(db)), ("person_id", PersonService(db))):
        found = service.find_by_name(name)
        if len(found) == 1:
            return {key: found[0].id, "name": found[0].name}
    return {"name": name}


def occurrence_json(occ: Any) -> dict[str, Any]:
    return {
        "id": occ.booking_id, "space_id": occ.space_id, "room_id": occ.room_id, "room": occ.room,
        "title": occ.public_title, "hirer": "" if occ.private else occ.printed_hirer,
        "date": occ.occurs_on.isoformat(), "start": occ.start.isoformat(timespec="minutes"),
        "end": occ.end.isoformat(timespec="minutes"), "setup_minutes": occ.setup_minutes,
        "clearaway_minutes": occ.clearaway_minutes, "status": occ.status, "private": occ.private,
        "recurring": occ.recurring, "moved": occ.moved,
    }


def cmd_add(args: argparse.Namespace) -> int:
    from civicdesk.core.recurrence import Repeat, describe, rule_text
    from civicdesk.services.bookings import BookingService, NewBooking, parse_when

    if (args.until or args.count) and args.repeat == "none":
        raise CivicDeskError("--until and --count need --repeat weekly, fortnightly or monthly")
    start, end = parse_when(args.date, args.start, args.end)
    repeat = Repeat(args.repeat, _day(args.until, "--until") if args.until else None, args.count)
    db = open_db(args)
    space_id = find_space(db, args.space)
    room_id = find_room(db, space_id, args.room)
    new = NewBooking(
        room_id, args.title or "", find_hirer(db, args.hirer), start, end, args.setup, args.clearaway, repeat,
        tuple(_day(d, "--skip") for d in args.skip), args.status, args.private, args.rate_band or "",
        args.notes or "", args.book_over,
    )
    service = BookingService(db)
    booking_id = service.add(new)
    booking = service.booking(booking_id)
    last = date.fromisoformat(booking.last_on) if booking.last_on else start.date() + timedelta(days=730)
    dates = service.occurrences(start.date(), last, room_id=room_id)
    count = len([o for o in dates if o.booking_id == booking_id])
    rule = describe(rule_text(start, repeat), start)
    if args.json:
        print_json({"id": booking_id, "dates": count, "rule": rule, "books_over": list(booking.books_over)})
    else:
        over = f"; booked over {len(booking.books_over)} other bookings on purpose" if booking.books_over \
            else ""
        print(f"Booked {booking_id}: {rule}, {count} date{'' if count == 1 else 's'}{over}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from civicdesk.services.bookings import BookingService

    today = date.today()
    first = _day(args.from_, "--from") if args.from_ else today - timedelta(days=365)
    last = _day(args.to, "--to") if args.to else today + timedelta(days=365)
    if last < first:
        raise CivicDeskError("--to is before --from")
    db = open_db(args)
    space_id = find_space(db, args.space) if args.space else None
    room_id = find_room(db, space_id, args.room) if args.room and space_id else None
    if args.room and not space_id:
        raise CivicDeskError("--room needs --space")
    found = BookingService(db).occurrences(first, last, space_id=space_id, room_id=room_id,
                                           include_cancelled=args.cancelled)
    if args.json:
        print_json({"from": first.isoformat(), "to": last.isoformat(),
                    "bookings": [occurrence_json(o) for o in found]})
        return 0
    if not found:
        print(f"No bookings from {first} to {last}.")
    for occ in found:
        row = occurrence_json(occ)
        who = f" ({row['hirer']})" if row["hirer"] else ""
        print(f"{occ.start:%a %Y-%m-%d %H:%M}–{occ.end:%H:%M}  {occ.room}  {row['title']}{who}"
              f"  [{occ.status}]  {occ.booking_id}")
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from civicdesk.services.bookings import BookingService

    day = _day(args.date, "--date") if args.date else None
    service = BookingService(open_db(args))
    booking = service.booking(args.id)
    if day is not None and booking.rrule:
        dates = {o.occurs_on for o in service.occurrences(day, day, room_id=booking.room_id)
                 if o.booking_id == args.id}
        if day not in dates:
            raise CivicDeskError(f"booking {args.id} has no date {day} to cancel")
    service.cancel(args.id, day)
    what = "date" if day is not None and booking.rrule else "booking"
    if args.json:
        print_json({"id": args.id, "cancelled": what, "date": day.isoformat() if day else None})
    else:
        print(f"Cancelled {'the date ' + str(day) + ' of ' if what == 'date' else ''}booking {args.id}.")
    return 0


def cmd_diary(args: argparse.Namespace) -> int:
    from civicdesk.reports.directory import check_out_path
    from civicdesk.reports.noticeboard import write_noticeboard
    from civicdesk.services.diary import monday_of

    out = Path(args.out).expanduser()
    check_out_path(out)
    week = _day(args.week, "--week") if args.week else date.today()
    db = open_db(args)
    spaces = [find_space(db, s) for s in args.space] if args.space else None
    count = write_noticeboard(db, out, week, spaces)
    if args.json:
        print_json({"out": str(out), "week": monday_of(week).isoformat(), "spaces": count})
    else:
        print(f"Wrote {out}: the week of {monday_of(week)}, {count} spaces.")
    return 0


def cmd_confirmation(args: argparse.Namespace) -> int:
    from civicdesk.reports.booking_confirmation import write_confirmation
    from civicdesk.reports.directory import check_out_path

    out = Path(args.out).expanduser()
    check_out_path(out)
    count = write_confirmation(open_db(args), args.id, out)
    if args.json:
        print_json({"out": str(out), "dates": count})
    else:
        print(f"Wrote {out}: {count} dates.")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from civicdesk.interop.room_ics import write_room_ics

    db = open_db(args)
    room_id = find_room(db, find_space(db, args.space), args.room)
    out = Path(args.out).expanduser()
    count = write_room_ics(db, room_id, out)
    if args.json:
        print_json({"out": str(out), "bookings": count})
    else:
        print(f"Wrote {out}: {count} bookings.")
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:

    booking = sub.add_parser("booking", parents=[common], help="book rooms; list and cancel bookings")
    verbs = booking.add_subparsers(dest="booking_command", required=True, metavar="add|list|cancel|…")
    add = verbs.add_parser("add", parents=[common], help="book a room once or as a series")
    add.add_argument("--space", required=True, help="the space (id or exact name)")
    add.add_argument("--room", help="the room (default: the space's only room)")
    add.add_argument("--hirer", required=True, help="a group or person of ours (exact name), or a name")
    add.add_argument("--title", help="what it is for, e.g. Yoga")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the (first) date")
    add.add_argument("--start", required=True, metavar="HH:MM")
    add.add_argument("--end", required=True, metavar="HH:MM")
    add.add_argument("--setup", type=int, default=0, metavar="MIN", help="set-up minutes before")
    add.add_argument("--clearaway", type=int, default=0, metavar="MIN", help="clear-away minutes after")
    add.add_argument("--repeat", choices=FREQUENCIES, default="none",
                     help="monthly repeats on the same weekday, e.g. the 2nd Tuesday")
    add.add_argument("--until", metavar="YYYY-MM-DD", help="the last date of a series")
    add.add_argument("--count", type=int, metavar="N", help="how many times a series happens")
    add.add_argument("--skip", action="append", default=[], metavar="YYYY-MM-DD", help="a date left out")
    add.add_argument("--status", choices=STATUSES, default="confirmed")
    add.add_argument("--private", action="store_true", help="printed and exported only as “booked”")
    add.add_argument("--rate-band", help="community, regular, commercial or your own")
    add.add_argument("--notes")
    add.add_argument("--book-over", action="store_true", help="book even where it clashes, on purpose")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_add)
    lst = verbs.add_parser("list", parents=[common], help="one line per date booked")
    lst.add_argument("--space", help="only this space (id or exact name)")
    lst.add_argument("--room", help="only this room of --space")
    lst.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="default: a year ago")
    lst.add_argument("--to", metavar="YYYY-MM-DD", help="default: a year from today")
    lst.add_argument("--cancelled", action="store_true", help="include cancelled bookings")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    cancel = verbs.add_parser("cancel", parents=[common], help="cancel a booking or one date of a series")
    cancel.add_argument("id", metavar="ID", help="the booking's id (from booking list)")
    cancel.add_argument("--date", metavar="YYYY-MM-DD", help="cancel only this date of a series")
    cancel.add_argument("--json", action="store_true")
    cancel.set_defaults(handler=cmd_cancel)
    conf = verbs.add_parser("confirmation", parents=[common], help="the hirer's confirmation as a PDF")
    conf.add_argument("id", metavar="ID")
    conf.add_argument("--out", required=True, metavar="FILE.pdf")
    conf.add_argument("--json", action="store_true")
    conf.set_defaults(handler=cmd_confirmation)
    ics = verbs.add_parser("ics", parents=[common], help="a room's bookings as a public calendar (.ics)")
    ics.add_argument("--space", required=True)
    ics.add_argument("--room")
    ics.add_argument("--out", required=True, metavar="FILE.ics")
    ics.add_argument("--json", action="store_true")
    ics.set_defaults(handler=cmd_ics)

    diary = sub.add_parser("diary", parents=[common], help="print the week's bookings as noticeboard sheets")
    diary.add_argument("--week", metavar="YYYY-MM-DD", help="any date in the week (default: this week)")
    diary.add_argument("--space", action="append", help="a space (repeat for more; default: all with rooms)")
    diary.add_argument("--out", required=True, metavar="FILE.pdf")
    diary.add_argument("--json", action="store_true")
    diary.set_defaults(handler=cmd_diary)
