"""The speaker and organization directory: views, item models, dialogs, and their actions (ui/directory/actions.py)."""
