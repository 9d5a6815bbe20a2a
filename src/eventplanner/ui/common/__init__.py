"""Shared GUI plumbing every feature uses: the operation runner and undo, errors, workers, settings, icons, dates."""
