"""The welcome page shown when the database has no events yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from eventplanner import APP_NAME


class WelcomePage(QWidget):
    new_event = Signal()
    open_sample = Signal()
    import_schedule = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        welcome = self.tr("Welcome to {0}").format(APP_NAME)
        title = QLabel(f"<h1>{welcome}</h1>")
        intro = QLabel(self.tr("Plan an official event: its agenda, its speakers in protocol order, the partner "
                               "organizations, and a programme ready to print."))
        intro.setWordWrap(True)
        self.new_button = QCommandLinkButton(self.tr("New event…"), self.tr("Start with a title and the dates."))
        self.sample_button = QCommandLinkButton(
            self.tr("Open the sample event"), self.tr("International Migrants Day 2021: a complete example to explore.")
        )
        self.import_button = QCommandLinkButton(
            self.tr("Import a schedule…"),
            self.tr("Bring in an agenda from a schedule XML or JSON file (frab, pretalx)."),
        )
        self.new_button.clicked.connect(self.new_event)
        self.sample_button.clicked.connect(self.open_sample)
        self.import_button.clicked.connect(self.import_schedule)
        self.location = QLabel()
        self.location.setEnabled(False)
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        for button in (self.new_button, self.sample_button, self.import_button):
            column.addWidget(button)
        column.addSpacing(16)
        column.addWidget(self.location)
        column.addStretch(2)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(560)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 3)
        layout.addStretch(1)

    def set_location(self, text: str) -> None:
        self.location.setText(self.tr("Data is stored in {0}").format(text))
