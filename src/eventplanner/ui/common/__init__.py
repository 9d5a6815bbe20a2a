"""Shared GUI plumbing every feature uses: the operation runner and undo commands, errors, workers, settings, icons, dates, i18n."""
