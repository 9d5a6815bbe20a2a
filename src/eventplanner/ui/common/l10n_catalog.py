"""Strings the interface translates at run time but lupdate cannot see: labels kept in dictionaries and tuples.

QT_TR_NOOP marks each one for lupdate (which files them under the empty context, where ui/i18n.AppTranslator
finds them whatever context the caller asks in). tests/ui/test_translations.py checks that every label in those
dictionaries and tuples is listed here, so a new slot kind or column header cannot go untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

CATALOG: tuple[object, ...] = (  # QT_TR_NOOP returns its argument (typed as object)
    # Kinds of agenda slot (domain/enums.py SLOT_KIND_LABELS)
    QT_TR_NOOP("Welcome speech"), QT_TR_NOOP("Opening remarks"), QT_TR_NOOP("Keynote"), QT_TR_NOOP("Speech"),
    QT_TR_NOOP("Video message"), QT_TR_NOOP("Presentation"), QT_TR_NOOP("Panel"), QT_TR_NOOP("Discussion"),
    QT_TR_NOOP("Questions and answers"), QT_TR_NOOP("Coffee break"), QT_TR_NOOP("Lunch"), QT_TR_NOOP("Ceremony"),
    QT_TR_NOOP("Closing remarks"), QT_TR_NOOP("Other"), QT_TR_NOOP("Registration"), QT_TR_NOOP("Dinner"),
    QT_TR_NOOP("Reception"), QT_TR_NOOP("Photo session"), QT_TR_NOOP("Signing ceremony"),
    QT_TR_NOOP("Press conference"), QT_TR_NOOP("Networking"),
    # Roles of participants in a slot (PARTICIPANT_ROLE_LABELS)
    QT_TR_NOOP("Speaker"), QT_TR_NOOP("Moderator"), QT_TR_NOOP("Chair"), QT_TR_NOOP("Presenter"),
    QT_TR_NOOP("Panelist"),
    # Roles of organizations in an event (EVENT_ROLE_LABELS)
    QT_TR_NOOP("Host"), QT_TR_NOOP("Co-organizer"), QT_TR_NOOP("Partner"), QT_TR_NOOP("Sponsor"),
    QT_TR_NOOP("Supporter"),
    # Kinds of organization (ORGANIZATION_KIND_LABELS)
    QT_TR_NOOP("Government"), QT_TR_NOOP("Intergovernmental"), QT_TR_NOOP("UN agency"), QT_TR_NOOP("NGO"),
    QT_TR_NOOP("Academic"), QT_TR_NOOP("Private sector"),
    # Event status
    QT_TR_NOOP("Draft"), QT_TR_NOOP("Final"),
    # Column headers of the item models (ui/models/*.py HEADERS)
    QT_TR_NOOP("Time"), QT_TR_NOOP("Min"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Title"), QT_TR_NOOP("Participants"),
    QT_TR_NOOP("Room"), QT_TR_NOOP("Name"), QT_TR_NOOP("Acronym"), QT_TR_NOOP("Country"), QT_TR_NOOP("Role"),
    QT_TR_NOOP("Organization"), QT_TR_NOOP("Position"), QT_TR_NOOP("Precedence"), QT_TR_NOOP("Length in minutes"),
    # File menu (ui/file_ops.py): EXPORTS, DB_FILTER, LATER; picture dialogs' IMAGE_FILTER
    QT_TR_NOOP("Speaker list (CSV)…"), QT_TR_NOOP("Speaker list (Excel)…"), QT_TR_NOOP("Speaker list (PDF)…"),
    QT_TR_NOOP("Speaker list (Word)…"),
    QT_TR_NOOP("Schedule (iCalendar)…"), QT_TR_NOOP("Schedule (XML)…"), QT_TR_NOOP("Schedule (JSON)…"),
    QT_TR_NOOP("Name badges (PDF)…"), QT_TR_NOOP("Table cards (PDF)…"),
    QT_TR_NOOP("Event Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
    QT_TR_NOOP("Available in a later version"), QT_TR_NOOP("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"),
)

# Editable fields of slots, events, people and organizations: undo texts and the 'Changed by someone else' dialog.
FIELD_LABELS: dict[str, str] = {key: str(label) for key, label in {
    "start": QT_TR_NOOP("Start"),
    "duration_minutes": QT_TR_NOOP("Length (minutes)"),
    "kind": QT_TR_NOOP("Kind"),
    "title": QT_TR_NOOP("Title"),
    "description": QT_TR_NOOP("Description"),
    "room_id": QT_TR_NOOP("Room"),
    "language": QT_TR_NOOP("Language"),
    "remote": QT_TR_NOOP("Remote"),
    "participants": QT_TR_NOOP("Speakers"),
    "translations": QT_TR_NOOP("Translations"),
    "start_date": QT_TR_NOOP("First day"),
    "end_date": QT_TR_NOOP("Last day"),
    "theme": QT_TR_NOOP("Theme"),
    "short_title": QT_TR_NOOP("Short title"),
    "timezone": QT_TR_NOOP("Time zone"),
    "venue_name": QT_TR_NOOP("Venue"),
    "venue_address": QT_TR_NOOP("Venue address"),
    "status": QT_TR_NOOP("Status"),
    "notes": QT_TR_NOOP("Notes"),
    "given_name": QT_TR_NOOP("Given name"),
    "family_name": QT_TR_NOOP("Family name"),
    "honorific": QT_TR_NOOP("Honorific"),
    "position": QT_TR_NOOP("Position"),
    "rank": QT_TR_NOOP("Rank"),
    "organization_id": QT_TR_NOOP("Organization"),
    "organization_name": QT_TR_NOOP("Organization"),
    "email": QT_TR_NOOP("Email"),
    "phone": QT_TR_NOOP("Phone"),
    "biography": QT_TR_NOOP("Biography"),
    "precedence": QT_TR_NOOP("Precedence"),
    "photo": QT_TR_NOOP("Photo"),
    "name": QT_TR_NOOP("Name"),
    "acronym": QT_TR_NOOP("Acronym"),
    "country": QT_TR_NOOP("Country"),
    "website": QT_TR_NOOP("Website"),
    "logo": QT_TR_NOOP("Logo"),
    "day_change_minutes": QT_TR_NOOP("Day change time"),
}.items()}
