"""One event's own page: details and rooms, and the new-event dialog."""
