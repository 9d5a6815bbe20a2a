"""Running the event: the operator window, the stage timer, the cue editor and the Show menu."""
