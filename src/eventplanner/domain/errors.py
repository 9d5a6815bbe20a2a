"""Typed errors whose messages are written for the person at the keyboard."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a user can cause; its message is shown as it is."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class ValidationError(DomainError):
    """Input that breaks a rule (empty title, duration out of range, bad dates...)."""


class NotFoundError(DomainError):
    """The event, slot, person or organization asked for does not exist (any more)."""


class ConflictError(DomainError):
    """The change would break uniqueness or another rule involving other rows."""


class DuplicateNameError(ConflictError):
    """A room or organization name the database's unique key already holds, often written by someone else in the
    same moment; trying the whole action again matches the existing row instead of adding another."""


class StaleEditError(DomainError):
    """Someone else saved the row since it was read (optimistic locking)."""


class StoreError(DomainError):
    """The database cannot be opened or written: wrong file, newer version, corrupt, read-only."""


class Cancelled(DomainError):
    """The user cancelled a long action; its transaction was rolled back and nothing changed."""
