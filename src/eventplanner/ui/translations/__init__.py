"""Content translations in the GUI: the Translations page, its undo command, the dialogs' language switch."""
