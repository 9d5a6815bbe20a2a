"""The graphical timetable: a day grid of slot blocks (rooms across, time down) beside the agenda table."""

from eventplanner.ui.timetable.widget import TimetableWidget

__all__ = ["TimetableWidget"]
