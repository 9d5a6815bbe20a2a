"""Translations: the .ts files hold a finished translation of every source string, the .qm match the .ts, labels
kept in dictionaries are in the catalog, and the translators change the window's texts and dates."""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from eventplanner.domain import enums
from eventplanner.ui.agenda import model as agenda_model
from eventplanner.ui.common import i18n
from eventplanner.ui.common.dates import long_day
from eventplanner.ui.common.l10n_catalog import CATALOG, FIELD_LABELS
from eventplanner.ui.directory import org_dialog, org_model, people_model
from eventplanner.ui.window import file_ops
from eventplanner.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("az", "ru")
PLACEHOLDER = re.compile(r"\{\d*\}|%\d")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(name, message.findtext("source") or "")] = translation
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The (context, source) pairs lupdate finds in the code now, in a fresh .ts."""
    ts = tmp_path_factory.mktemp("lupdate") / "eventplanner_xx.ts"
    tool.lupdate([ts])
    return set(messages(ts))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_string_has_a_finished_translation(lang: str, extracted: set[tuple[str, str]]) -> None:
    have = messages(tool.ts_file(lang))
    missing = sorted(extracted - set(have))
    assert not missing, f"run `make translations` and translate in eventplanner_{lang}.ts: {missing[:10]}"
    problems = []
    for key in sorted(extracted):
        translation = have[key]
        text = translation.text or ""
        source = key[1]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"unfinished: {key}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"placeholders differ: {key} -> {text!r}")
        elif accelerators(text) != accelerators(source):
            problems.append(f"accelerator count differs: {key} -> {text!r}")
    assert not problems, "\n".join(problems)
    stale = sorted(set(have) - extracted)
    assert not stale, f"strings no longer in the code (run `make translations`): {stale[:10]}"


def test_qm_files_are_compiled_from_the_ts(tmp_path: Path) -> None:
    for qm in tool.release(out=tmp_path):
        committed = tool.TRANSLATIONS / qm.name
        assert committed.read_bytes() == qm.read_bytes(), f"{qm.name} is out of date: run `make translations`"


def test_labels_kept_in_dictionaries_are_in_the_catalog() -> None:
    labels: set[str] = set()
    for table in (enums.SLOT_KIND_LABELS, enums.PARTICIPANT_ROLE_LABELS, enums.EVENT_ROLE_LABELS,
                  enums.ORGANIZATION_KIND_LABELS):
        labels.update(table.values())
    for model in (agenda_model.AgendaModel, org_model.OrgModel, org_model.EventRoleModel, people_model.PeopleModel):
        labels.update(model.HEADERS)
    labels.update(entry[0] for entry in file_ops.EXPORTS if entry is not None)
    labels.update((file_ops.DB_FILTER, file_ops.LATER, org_dialog.IMAGE_FILTER))
    missing = labels - {str(s) for s in CATALOG} - set(FIELD_LABELS.values())
    assert not missing, f"add these to ui/l10n_catalog.py: {sorted(missing)}"


# tr() calls whose text is not a literal: each must take its strings from the catalog above.
DYNAMIC_OK = re.compile(
    r"^(self\.)?(tr|_tr)\((text|label|LATER|DB_FILTER|IMAGE_FILTER|self\.HEADERS\[section\]|"
    r"(SLOT_KIND|PARTICIPANT_ROLE|EVENT_ROLE|ORGANIZATION_KIND)_LABELS\[[\w.]+\]|FIELD_LABELS\[k\]|"
    r"label\(k\) or .*)\)$"
)


def _dynamic_calls() -> Iterator[str]:
    for path in sorted((ROOT / "src" / "eventplanner").rglob("*.py")):
        if "PySide6" not in path.read_text("utf-8"):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in ("tr", "_tr") and not isinstance(node.args[0], ast.Constant):
                call = ast.unparse(node)
                if not DYNAMIC_OK.match(call):
                    yield f"{path.relative_to(ROOT)}:{node.lineno}: {call}"


def test_no_unknown_dynamic_translations() -> None:
    unknown = list(_dynamic_calls())
    assert not unknown, "lupdate cannot see these texts; list them in ui/l10n_catalog.py and here:\n" + "\n".join(
        unknown)


# The translators in the running application ------------------------------------------------------------------


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    """Install a language for one test; English (no translators, the system locale) afterwards."""
    yield lambda code: i18n.install(qapp, code)
    i18n.remove()


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize(("code", "file_menu", "edit_menu", "undo"), [
    ("az", "&Fayl", "&Düzəliş", "&Geri al"),
    ("ru", "&Файл", "&Правка", "&Отменить"),
    ("en", "&File", "&Edit", "&Undo"),
])
def test_window_in_each_language(qtbot: Any, db: Any, settings: Any, language: Any, code: str, file_menu: str,
                                 edit_menu: str, undo: str) -> None:
    assert language(code) == code
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    titles = _menu_titles(window)
    assert titles[:2] == [file_menu, edit_menu]
    assert window.menus.undo.text() == undo
    assert window.menus.file_menu.title() == file_menu


def test_labels_and_class_contexts_translate(language: Any) -> None:
    language("ru")
    assert QCoreApplication.translate("AgendaModel", "Coffee break") == "Кофе-брейк"  # catalog, via the fallback
    assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"  # module-level tr() helper
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Параметры"  # a class's own context
    assert QCoreApplication.translate("MainWindow", "not a known string") == "not a known string"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"  # Qt's qtbase_ru


def test_azerbaijani_falls_back_for_qt_dialogs_and_dates_follow_the_language(language: Any) -> None:
    language("az")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # no qtbase_az upstream
    assert QLocale().language() == QLocale.Language.Azerbaijani
    assert "dekabr" in long_day(date(2021, 12, 18)).lower()
    language("ru")
    assert "декабря" in long_day(date(2021, 12, 18))


def test_system_choice_follows_the_system_locale() -> None:
    russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    azerbaijani = QLocale(QLocale.Language.Azerbaijani, QLocale.Script.LatinScript, QLocale.Country.Azerbaijan)
    assert i18n.ui_language("", russian) == "ru"
    assert i18n.ui_language("", azerbaijani) == "az"
    assert i18n.ui_language("", german) == "en"
    assert i18n.ui_language("az", russian) == "az"
    assert i18n.ui_locale("", german) == german  # System: dates as the system writes them
    assert i18n.ui_locale("ru", russian) == russian
    assert i18n.ui_locale("en", russian).language() == QLocale.Language.English
