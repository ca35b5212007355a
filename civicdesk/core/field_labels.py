"""The one list of what each stored field is called on screen, for words outside the editors.

The editors' forms (forms/*.ui) show these same words beside each field; a UI test checks
that every field an editor shows is named here the same way. The bundle preview, "Needs
review", history and the command line all say a field's name through `field_label`.
"""

from __future__ import annotations

_COMMON = {
    "name": "Name",
    "description": "Description",
    "status": "Status",
    "tags": "Tags",
    "notes": "Notes",
    "website": "Website",
    "deleted": "Deleted",
    "external_ids": "Ids in other systems",
}

LABELS: dict[str, dict[str, str]] = {
    "space": {
        "category": "Category",
        "subtype": "Type of place",
        "capacity": "Capacity",
        "facilities": "Facilities",
        "hire_cost": "Hire cost",
        "address": "Address",
        "website": "Website or online link",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "location": "Location on the map",
        "opening_hours": "Opening hours",
        "accessibility": "Accessibility",
        "owner": "Owner",
        "operator": "Operator",
        "maintainer": "Maintainer",
        "ownership_type": "Ownership type",
        "acv": "Asset of Community Value",
        "photos": "Photos",
    },
    "group": {
        "kind": "Kind of group",
        "activities": "Activities",
        "audiences": "Audiences",
        "languages": "Languages",
        "contact": "Contact",
        "charity_number": "Charity number",
        "company_number": "Company number",
    },
    "person": {
        "email": "Email",
        "phone": "Phone",
        "skills": "Skills",
        "availability": "Availability",
        "address": "Home address",
        "consent_directory": "Listed in the printed directory",
        "consent_bundles": "Shared with other groups in bundles",
        "consent_email": "May be contacted by email",
        "consent_phone": "May be contacted by phone",
        "consent_builder": "Listed as a builder (offers help to other groups)",
        "safeguarding": "DBS check",
        "erased": "Erased",
    },
    "tool": {
        "kind": "Kind of tool",
        "how_to_use": "How to use",
        "link": "Link",
        "cost": "Cost",
        "hidden": "Hidden from the directory",
        "holder": "Held by",
        "condition": "Condition",
        "setup_time": "Setup time",
        "purposes": "Purposes",
        "skills": "Skills needed",
        "accessibility_notes": "Accessibility notes",
        "starter_slug": "Starter kit",
        "valuable": "Valuable (only for trusted borrowers)",
    },
    "meeting": {"group_id": "Group", "space_id": "Meets at", "schedule": "When"},
    "role": {"person_id": "Person", "group_id": "Group", "role": "Role", "since": "Since", "until": "Until"},
    "tool_use": {"tool_id": "Tool", "group_id": "Group", "rating": "Rating", "review": "Review"},
    "loan": {
        "tool_id": "Tool",
        "borrower": "Lent to",
        "out_on": "Lent on",
        "due_on": "Due back",
        "returned_on": "Returned on",
        "override": "Lent despite overdue kit",
    },
    "health_check": {
        "space_id": "Space",
        "checked_on": "Checked on",
        "condition": "Condition",
        "trend": "Trend",
        "usage": "Usage",
        "openness": "Openness",
        "valued": "How valued",
        "finances": "Finances",
        "ownership_risk": "Ownership risk",
        "assessor": "Assessor",
        "score": "Score",
    },
    "compliance_item": {
        "space_id": "Space",
        "kind": "Certificate or check",
        "last_done": "Last done",
        "interval_months": "Every (months)",
        "next_due": "Next due",
        "next_due_overridden": "Due date set by hand",
        "document": "Certificate file",
    },
    "link": {"kind": "Kind of link"},
    "compliance_kind": {"interval_months": "Every (months)", "applies_to": "Applies to"},
    "help_offer": {
        "group_id": "Offered through", "person_id": "Offered by", "skills": "Skills", "tool_ids": "Tools",
        "areas": "Areas", "ways": "How", "how_often": "How often", "withdrawn": "Withdrawn",
    },
    "help_request": {
        "group_id": "Asked by", "skills": "Skills wanted", "tool_id": "Tool", "area": "Area",
        "needed_by": "Needed by", "offer_id": "Answered by",
    },
    "help_given": {
        "request_id": "Request", "offer_id": "Offer", "helper_group_id": "Helper's group",
        "helper_person_id": "Helper", "helped_group_id": "Group helped", "done_on": "Done on",
        "hours": "Hours", "what": "What was done",
    },
    "reservation": {
        "tool_id": "Kit", "borrower": "Reserved for", "from_on": "From", "to_on": "To", "purpose": "For",
        "queue_rank": "Place on the waiting list", "kit_ref": "Reserved together", "loan_id": "Loan",
    },
    "trusted_borrower": {"borrower": "Trusted borrower", "since": "Trusted since"},
}

RECORD_WORDS = {
    "space": "space",
    "group": "group",
    "person": "person",
    "tool": "tool",
    "meeting": "meeting",
    "role": "role",
    "tool_use": "group's use of a tool",
    "loan": "loan",
    "health_check": "health check",
    "compliance_item": "certificate or check",
    "link": "link",
    "compliance_kind": "kind of certificate",
    "help_offer": "offer of help",
    "help_request": "request for help",
    "help_given": "help given",
    "reservation": "reservation",
    "trusted_borrower": "trusted borrower",
}


def field_label(record_type: str, field: str) -> str:
    """What the window calls `field` of a record of this type ("hire_cost" → "Hire cost")."""
    found = LABELS.get(record_type, {}).get(field) or _COMMON.get(field)
    if found:
        return found
    for labels in LABELS.values():  # a type we were not told: the word most records use
        if field in labels:
            return labels[field]
    return field.replace("_", " ").capitalize()


def field_of_label(record_type: str, text: str) -> str | None:
    """The stored field a person named by its label or its stored name (any case), if any."""
    wanted = " ".join(text.replace("-", "_").split()).casefold()
    fields = {**_COMMON, **LABELS.get(record_type, {})}
    for field, label in fields.items():
        if wanted in (field.casefold(), label.casefold()):
            return field
    return None


def record_word(record_type: str) -> str:
    return RECORD_WORDS.get(record_type, record_type.replace("_", " "))
