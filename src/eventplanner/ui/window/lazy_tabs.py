"""Tabs whose pages are built when first needed: shown, or asked for by code (the window's properties).

Until then the tab holds an empty placeholder with the page's icon and title, so the tab bar and the View
menu look complete from the start while the first paint only pays for the visible page. Building swaps the
placeholder for the real page at the same position, keeping the current tab; the tab widget's
`currentChanged` is held back during the swap, and listeners connected after this helper see the real page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    page_built = Signal(str, QWidget)
    """A page was built (name, page): whoever adjusts pages (the read-only guard) adjusts it too."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._current_changed)

    def add(self, name: str, factory: Callable[[], QWidget], icon: QIcon, text: str) -> None:
        """Append a tab whose page `factory` makes on first use."""
        placeholder = QWidget()
        placeholder.setObjectName(f"{name}Placeholder")
        self._factories[name] = factory
        self._placeholders[name] = placeholder
        self.tabs.addTab(placeholder, icon, text)

    def page(self, name: str) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._pages.get(name)
        return page if page is not None else self._build(name)

    def built(self, name: str) -> QWidget | None:
        """The page if it exists already (never builds it)."""
        return self._pages.get(name)

    def showing(self, name: str) -> bool:
        page = self._pages.get(name)
        return page is not None and self.tabs.currentWidget() is page

    def build_all(self) -> None:
        for name in list(self._placeholders):
            self.page(name)

    def _current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if placeholder is widget:
                self._build(name)

    def _build(self, name: str) -> QWidget:
        page = self._factories.pop(name)()
        self._pages[name] = page
        placeholder = self._placeholders.pop(name)
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex() == index
        blocked = self.tabs.blockSignals(True)
        try:
            icon, text, tip = self.tabs.tabIcon(index), self.tabs.tabText(index), self.tabs.tabToolTip(index)
            self.tabs.insertTab(index, page, icon, text)
            self.tabs.setTabToolTip(index, tip)
            if current:  # before the placeholder goes, so no other page shows in between
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        self.page_built.emit(name, page)
        return page
