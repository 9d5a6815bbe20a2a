"""The speaker and organization directory: views, item models, dialogs, and their undo commands."""
