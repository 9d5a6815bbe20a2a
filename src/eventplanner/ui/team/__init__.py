"""Team use in the GUI: stale-edit resolution, watching for other workstations' changes, the Activity panel,
automatic backups and restore, and the read-only mode. `TeamFeatures` wires them into the main window."""

from eventplanner.ui.team.features import TeamFeatures

__all__ = ["TeamFeatures"]
