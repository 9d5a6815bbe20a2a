"""The language switch of a dialog: one button per content language above the fields; the same fields then
show and take that language's text, with the primary text as the placeholder.

Quick with the keyboard: Ctrl+1, Ctrl+2... pick a language (in dialogs), Ctrl+PgDown/PgUp step through them.
A button whose language lacks a text of the dialog carries a dot. Primary texts come back through
`primary(field)`, the rest through `translations(base)`, which the dialog hands to its usual service call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget

from eventplanner.domain.languages import english_name, language_names

TextWidget = QLineEdit | QPlainTextEdit


def _text(widget: TextWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _set_text(widget: TextWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)


class LanguageSwitch(QWidget):
    language_changed = Signal(str)

    def __init__(self, languages: Sequence[str], primary: str, translations: Mapping[str, Mapping[str, str]] | None,
                 parent: QWidget | None = None, digit_shortcuts: bool = True) -> None:
        """`digit_shortcuts`: Ctrl+1... pick a language (dialogs); off inside the main window, whose Ctrl+1...
        choose tabs."""
        super().__init__(parent)
        self.setObjectName("language_switch")
        self.primary_lang = primary
        self.languages = list(dict.fromkeys([primary, *languages]))
        self.current = primary
        self.fields: dict[str, TextWidget] = {}
        self.placeholders: dict[str, str] = {}
        self.values: dict[str, dict[str, str]] = {
            lang: {k: str(v) for k, v in (translations or {}).get(lang, {}).items()} for lang in self.languages
        }
        self.values[primary] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Texts in:"))
        layout.addWidget(label)
        names = language_names()
        for i, lang in enumerate(self.languages, start=1):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            shortcut = f"Ctrl+{i}" if i < 10 and digit_shortcuts else ""
            button.setToolTip(f"{english_name(lang)}" + (f" ({shortcut})" if shortcut else ""))
            button.setAccessibleName(names.get(lang, lang))
            button.clicked.connect(lambda _=False, code=lang: self.show_language(code))
            self.group.addButton(button)
            self.buttons[lang] = button
            layout.addWidget(button)
            if shortcut:
                QShortcut(QKeySequence(shortcut), parent or self, lambda code=lang: self.show_language(code),
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), parent or self, lambda step=step: self.step(step),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout.addStretch(1)
        self.buttons[primary].setChecked(True)
        self._label_buttons()

    def register(self, field: str, widget: TextWidget) -> None:
        """A field whose text exists in every language; the widget holds the primary text now."""
        self.fields[field] = widget
        self.placeholders[field] = widget.placeholderText()
        self.values[self.primary_lang][field] = _text(widget)
        widget.textChanged.connect(self._label_buttons)
        self._label_buttons()

    # -- switching -----------------------------------------------------------------------------------------
    def _store(self) -> None:
        for field, widget in self.fields.items():
            self.values[self.current][field] = _text(widget)

    def show_language(self, lang: str) -> None:
        if lang not in self.languages or lang == self.current:
            self.buttons.get(lang, self.buttons[self.current]).setChecked(True)
            return
        self._store()
        self.current = lang
        names = language_names()
        for field, widget in self.fields.items():
            widget.blockSignals(True)
            _set_text(widget, self.values[lang].get(field, ""))
            widget.blockSignals(False)
            source = " ".join(self.values[self.primary_lang].get(field, "").split())
            if lang == self.primary_lang or not source:
                widget.setPlaceholderText(self.placeholders[field])
            else:
                widget.setPlaceholderText(f"{names.get(self.primary_lang, self.primary_lang)}: {source}"[:300])
        self.buttons[lang].setChecked(True)
        self._label_buttons()
        self.language_changed.emit(lang)

    def step(self, delta: int) -> None:
        i = self.languages.index(self.current)
        self.show_language(self.languages[(i + delta) % len(self.languages)])

    def _label_buttons(self) -> None:
        if self.fields:
            self._store()
        for lang, button in self.buttons.items():
            missing = lang != self.primary_lang and any(
                self.values[self.primary_lang].get(f, "").strip() and not self.values[lang].get(f, "").strip()
                for f in self.fields)
            button.setText(lang.upper() + (" •" if missing else ""))
            button.setProperty("missing", missing)

    # -- results -------------------------------------------------------------------------------------------
    def load(self, primary: Mapping[str, str], translations: Mapping[str, Mapping[str, str]]) -> None:
        """New stored texts (after a reload): the fields show them in the language now chosen."""
        self.values = {lang: {k: str(v) for k, v in translations.get(lang, {}).items()} for lang in self.languages}
        self.values[self.primary_lang] = {k: str(v) for k, v in primary.items()}
        for field, widget in self.fields.items():
            text = self.values[self.current].get(field, "")
            if _text(widget) != text:
                widget.blockSignals(True)
                _set_text(widget, text)
                widget.blockSignals(False)
        self._label_buttons()

    def back_to_primary(self) -> None:
        """Show the primary language again, so the dialog's own code reads the primary texts from its fields."""
        self.show_language(self.primary_lang)

    def primary(self, field: str) -> str:
        self._store()
        return self.values[self.primary_lang].get(field, "").strip()

    def translation(self, lang: str, field: str) -> str:
        self._store()
        return self.values.get(lang, {}).get(field, "").strip()

    def translations(self, base: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, dict[str, str]]:
        """`base` (the object's stored translations) with this dialog's fields replaced; empty texts dropped."""
        self._store()
        result: dict[str, dict[str, str]] = {lang: dict(fields) for lang, fields in (base or {}).items()}
        for lang in self.languages:
            if lang == self.primary_lang:
                continue
            fields = result.setdefault(lang, {})
            for field in self.fields:
                text = self.values[lang].get(field, "").strip()
                if text:
                    fields[field] = text
                else:
                    fields.pop(field, None)
        return {lang: fields for lang, fields in result.items() if fields}
