"""The agenda: its table model and view, the slot dialog, the problems panel."""
