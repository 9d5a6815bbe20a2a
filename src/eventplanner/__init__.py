"""Event Planner: plan official events and print their programme."""

__version__ = "0.1.0"
APP_NAME = "Event Planner"
APP_ID = "eventplanner"
