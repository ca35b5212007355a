"""The readable half of a subject access answer: one PDF a volunteer can be handed or emailed.

It summarises what `services.subject_access.subject_access` gathered; the JSON file beside it holds the
same data in full (every history line with its old and new values).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.reports import fonts
from civicdesk.reports.flowables import text_flowable
from civicdesk.services.subject_access import subject_access

HEADER = colors.HexColor("#e9ecef")
GRID = colors.HexColor("#adb5bd")
CONSENT_LABELS = {
    "directory": "Listed in the printed directory",
    "bundles": "Shared with other groups in bundles",
    "email": "May be contacted by email",
    "phone": "May be contacted by phone",
}
FIELD_LABELS = {
    "name": "Name", "email": "Email", "phone": "Phone", "address": "Home address", "skills": "Skills",
    "availability": "Availability", "safeguarding": "DBS check", "notes": "Notes",
}
HISTORY_ROWS_SHOWN = 60  # the PDF is a summary; the JSON file carries every line


def _day(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso[:10]).strftime("%-d %B %Y")
    except ValueError:
        return iso


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).strftime("%-d %b %Y %H:%M")
    except ValueError:
        return iso


def _plain(field: str, value: Any) -> str:
    """A stored value as words."""
    if value in (None, "", [], {}):
        return "—"
    if field == "address" and isinstance(value, dict):
        parts = [*value.get("lines", []), value.get("locality", ""), value.get("town", ""),
                 value.get("postcode", "")]
        return ", ".join(p for p in parts if p)
    if field == "safeguarding" and isinstance(value, dict):
        bits = [value.get("dbs_type", "") + " check" if value.get("dbs_type") else "",
                f"issued {_day(value.get('issued_on'))}" if value.get("issued_on") else "",
                f"renewal due {_day(value.get('renewal_due'))}" if value.get("renewal_due") else ""]
        return ", ".join(b for b in bits if b)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _consent(value: dict[str, Any]) -> tuple[str, str, str, str]:
    if not value:
        return "Never asked", "", "", ""
    state = "Given" if value.get("given") else ("Withdrawn" if value.get("on") else "Not given")
    return state, _day(value.get("on")), value.get("how", ""), value.get("recorded_by", "")


def _table(rows: list[list[str]], widths: list[float], styles: dict[str, Any]) -> Table:
    body = [[text_flowable(c, styles["head"] if i == 0 else styles["cell"], bold=i == 0) for c in row]
            for i, row in enumerate(rows)]
    table = Table(body, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEADER),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _story(data: dict[str, Any], styles: dict[str, Any]) -> list[Flowable]:
    person = data["person"]
    name = person["name"] or "(name erased)"
    held_by = data.get("held_by") or "this group"
    story: list[Flowable] = [
        text_flowable(f"What we hold about {name}", styles["title"], bold=True),
        text_flowable(
            f"Held by {held_by} in CivicDesk. Prepared on {_when(data['generated_at'])} in answer to a "
            "subject access request under the UK GDPR. The file with the same name ending in .json "
            "holds all of this in full, including every past change.", styles["body"]),
        Spacer(1, 4 * mm),
    ]
    if person.get("erased"):
        story.append(text_flowable("This person's details have been erased.", styles["body"], bold=True))

    story.append(text_flowable("Personal details", styles["h2"], bold=True))
    rows = [["What", "What we hold"]]
    rows += [[label, _plain(f, person.get(f))] for f, label in FIELD_LABELS.items()]
    rows.append(["Record id", person["id"]])
    rows.append(["First recorded", _when(person["created_at"])])
    rows.append(["Last changed", _when(person["updated_at"])])
    if person.get("deleted"):
        rows.append(["Status", "taken off our lists (deleted), details still held" if not person.get("erased")
                     else "erased"])
    story += [_table(rows, [40 * mm, 142 * mm], styles), Spacer(1, 4 * mm)]

    story.append(text_flowable("Consents", styles["h2"], bold=True))
    rows = [["Consent", "State", "Date", "How", "Recorded by"]]
    for key, label in CONSENT_LABELS.items():
        rows.append([label, *_consent(data["consents"].get(key) or {})])
    story += [_table(rows, [62 * mm, 28 * mm, 30 * mm, 22 * mm, 40 * mm], styles), Spacer(1, 4 * mm)]

    story.append(text_flowable("Roles in groups", styles["h2"], bold=True))
    if data["roles"]:
        rows = [["Group", "Role", "Since", "Until"]]
        rows += [[r["group_name"] or r["group_id"], r["role"] + (" (removed)" if r["deleted"] else ""),
                  _day(r["since"]), _day(r["until"])] for r in data["roles"]]
        story.append(_table(rows, [80 * mm, 42 * mm, 30 * mm, 30 * mm], styles))
    else:
        story.append(text_flowable("None.", styles["body"]))
    story.append(Spacer(1, 4 * mm))

    story.append(text_flowable("Shared kit borrowed or looked after", styles["h2"], bold=True))
    kit = [[loan["tool_name"], "borrowed", _day(loan["out_on"]),
            _day(loan["returned_on"]) or "not yet returned"] for loan in data["loans"]]
    kit += [[t["tool_name"], "looks after it", "", ""] for t in data["kit_held"]]
    if kit:
        story.append(_table([["Kit", "", "Out", "Returned"], *kit], [80 * mm, 42 * mm, 30 * mm, 30 * mm],
                            styles))
    else:
        story.append(text_flowable("None.", styles["body"]))
    story.append(Spacer(1, 4 * mm))

    if data["mentions"]:
        story.append(text_flowable("Other records that mention the name", styles["h2"], bold=True))
        rows = [["Record", "Where"]] + [[f"{m['record_type'].replace('_', ' ')}: {m['title']}", m["field"]]
                                        for m in data["mentions"]]
        story += [_table(rows, [130 * mm, 52 * mm], styles), Spacer(1, 4 * mm)]

    history = data["history"]
    story.append(text_flowable(f"History of changes ({len(history)})", styles["h2"], bold=True))
    if history:
        rows = [["When", "Who", "What changed"]]
        for h in history[-HISTORY_ROWS_SHOWN:]:
            what = h["action"] + (f": {FIELD_LABELS.get(h['field'], h['field'].replace('_', ' '))}"
                                  if h["field"] else "")
            rows.append([_when(h["at"]), h["author"] or "—", what])
        story.append(_table(rows, [40 * mm, 50 * mm, 92 * mm], styles))
        if len(history) > HISTORY_ROWS_SHOWN:
            story.append(text_flowable(f"The {HISTORY_ROWS_SHOWN} most recent are shown; the .json file "
                                       "has them all.", styles["small"]))
    else:
        story.append(text_flowable("None kept.", styles["body"]))
    story += [
        Spacer(1, 6 * mm),
        text_flowable(
            "You may ask us to correct anything that is wrong, to withdraw any consent, or to erase "
            "your details. Backup copies are replaced in turn and are not used except to recover "
            "from a fault.", styles["small"]),
    ]
    return story


def write_subject_access_pdf(data: dict[str, Any], out: Path) -> None:
    """Write the summary PDF of a subject access export (see `services.subject_access.subject_access`)."""
    family, bold = fonts.sans_family(), fonts.font_name(fonts.LATIN, True)
    base = getSampleStyleSheet()
    styles = {
        "title": base["Title"].clone("sar-title", fontName=bold, fontSize=18, leading=22, alignment=0),
        "h2": base["Heading2"].clone("sar-h2", fontName=bold, fontSize=12, leading=15, spaceBefore=2),
        "body": base["BodyText"].clone("sar-body", fontName=family, fontSize=10, leading=13),
        "small": base["BodyText"].clone("sar-small", fontName=family, fontSize=8, leading=10),
        "cell": base["BodyText"].clone("sar-cell", fontName=family, fontSize=9, leading=11),
        "head": base["BodyText"].clone("sar-head", fontName=bold, fontSize=9, leading=11),
    }
    name = data["person"]["name"] or "erased person"
    doc = SimpleDocTemplate(str(out), pagesize=A4, title=f"What we hold about {name}", author="CivicDesk",
                            leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm)
    try:
        doc.build(_story(data, styles))
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc


def export_paths(out: Path) -> tuple[Path, Path]:
    """FILE → (FILE.json, FILE.pdf); a .json or .pdf the user typed is not doubled."""
    out = Path(out).expanduser()
    if out.suffix.lower() in (".json", ".pdf"):
        out = out.with_suffix("")
    return out.with_name(out.name + ".json"), out.with_name(out.name + ".pdf")


def write_subject_access(db: Database, person_id: str, out: Path) -> tuple[Path, Path]:
    """Write FILE.json (everything, machine-readable) and FILE.pdf (a readable summary)."""
    data = subject_access(db, person_id)
    json_path, pdf_path = export_paths(out)
    if not json_path.parent.is_dir():
        raise CivicDeskError(f"the folder {json_path.parent} does not exist")
    try:
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n",
                             encoding="utf-8", newline="\n")
    except OSError as exc:
        raise CivicDeskError(f"cannot write {json_path}: {exc.strerror or exc}") from exc
    write_subject_access_pdf(data, pdf_path)
    return json_path, pdf_path
