"""Guest vocabularies as the interface shows them, translated (lupdate sees them through QT_TRANSLATE_NOOP)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from eventplanner.domain.guests import GuestCategory, RsvpStatus, Sex
from eventplanner.domain.seating import ChartKind

CONTEXT = "GuestLabels"

CATEGORY: dict[GuestCategory, str] = {
    GuestCategory.VIP: str(QT_TRANSLATE_NOOP("GuestLabels", "VIP")),
    GuestCategory.OFFICIAL: str(QT_TRANSLATE_NOOP("GuestLabels", "Official")),
    GuestCategory.DELEGATE: str(QT_TRANSLATE_NOOP("GuestLabels", "Delegate")),
    GuestCategory.MEDIA: str(QT_TRANSLATE_NOOP("GuestLabels", "Media")),
    GuestCategory.STAFF: str(QT_TRANSLATE_NOOP("GuestLabels", "Staff")),
    GuestCategory.OTHER: str(QT_TRANSLATE_NOOP("GuestLabels", "Other")),
}
RSVP: dict[RsvpStatus, str] = {
    RsvpStatus.INVITED: str(QT_TRANSLATE_NOOP("GuestLabels", "Invited")),
    RsvpStatus.ACCEPTED: str(QT_TRANSLATE_NOOP("GuestLabels", "Accepted")),
    RsvpStatus.DECLINED: str(QT_TRANSLATE_NOOP("GuestLabels", "Declined")),
    RsvpStatus.REPRESENTATIVE: str(QT_TRANSLATE_NOOP("GuestLabels", "Sends a representative")),
}
SEX: dict[Sex, str] = {
    Sex.UNRECORDED: str(QT_TRANSLATE_NOOP("GuestLabels", "Not recorded")),
    Sex.FEMALE: str(QT_TRANSLATE_NOOP("GuestLabels", "Female")),
    Sex.MALE: str(QT_TRANSLATE_NOOP("GuestLabels", "Male")),
}
CHART_KIND: dict[ChartKind, str] = {
    ChartKind.HEAD_TABLE: str(QT_TRANSLATE_NOOP("GuestLabels", "Head table (presidium)")),
    ChartKind.THEATRE: str(QT_TRANSLATE_NOOP("GuestLabels", "Theatre rows")),
    ChartKind.ROUNDS: str(QT_TRANSLATE_NOOP("GuestLabels", "Round tables")),
    ChartKind.U_SHAPE: str(QT_TRANSLATE_NOOP("GuestLabels", "U-shaped table")),
}
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "az": "Azərbaycanca", "ru": "Русский"}


def label(text: str) -> str:
    """One of the labels above in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)
