"""The Guests page: the guest list with RSVP entry, the seating editor and the invitation letter editor."""
