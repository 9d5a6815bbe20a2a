"""Linux desktop integration files: well-formed, consistent with each other, and accepted by the validators.

The official validators (`desktop-file-validate` from desktop-file-utils, `appstreamcli` from appstream) run
when they are installed and are skipped, with the reason, otherwise. The Python checks always run.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.eventplanner.EventPlanner"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "src" / "eventplanner" / "resources" / "icons"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_desktop_entry_fields() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Event Planner"
    assert entry["Exec"] == "eventplanner-gui %f"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert {"Office", "ProjectManagement"} <= set(filter(None, categories.split(";")))
    for lang in ("az", "ru"):
        for key in ("Name", "Comment"):
            value = entry.get(f"{key}[{lang}]")
            assert value, f"{key}[{lang}] missing"
            assert value != entry[key], f"{key}[{lang}] is not translated"


def test_desktop_entry_matches_project_scripts() -> None:
    """Exec and TryExec name the GUI script that pip and the bundle install."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    gui_script = desktop_entry()["Exec"].split()[0]
    assert gui_script in project["gui-scripts"]
    assert desktop_entry()["TryExec"] == gui_script


def test_metainfo_is_consistent_with_desktop_entry() -> None:
    root = metainfo()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    names = {el.get(XML_LANG): el.text for el in root.findall("name")}
    entry = desktop_entry()
    assert names[None] == entry["Name"]
    assert names.get("az") == entry["Name[az]"]
    assert names.get("ru") == entry["Name[ru]"]
    icon = root.find("icon")
    assert icon is not None and icon.text == entry["Icon"] == APP_ID
    categories = {c.text for c in root.iterfind("categories/category")}
    assert categories <= set(filter(None, entry["Categories"].split(";")))


def test_metainfo_required_content() -> None:
    root = metainfo()
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("description/p") is not None
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    binaries = {b.text for b in root.iterfind("provides/binary")}
    assert {"eventplanner", "eventplanner-gui"} <= binaries
    from eventplanner import __version__

    versions = [r.get("version") for r in root.iterfind("releases/release")]
    assert __version__ in versions, "add a <release> for the current version"
    assert versions[0] == __version__, "the newest release comes first"


def test_metainfo_screenshots_point_into_docs_screenshots() -> None:
    images = [img.text or "" for img in metainfo().iterfind("screenshots/screenshot/image")]
    assert images, "no screenshots"
    defaults = [s for s in metainfo().iterfind("screenshots/screenshot") if s.get("type") == "default"]
    assert len(defaults) == 1
    shots = ROOT / "docs" / "screenshots"
    for url in images:
        assert url.startswith("https://"), url
        assert "/docs/screenshots/" in url and url.endswith(".png"), url
        if shots.is_dir():  # made by `make screenshots`; names here must match the files there
            assert (shots / url.rsplit("/", 1)[-1]).is_file(), f"{url}: no such file in docs/screenshots/"


def test_icon_files_exist() -> None:
    """The icon the desktop entry names is installed from these files (packaging/README.md)."""
    assert (ICONS / "eventplanner.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (ICONS / f"eventplanner-{size}.png").is_file(), size
    assert (ICONS / "eventplanner.ico").is_file()
    ET.parse(ICONS / "eventplanner.svg")


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(tool)
    if exe is None:
        pytest.skip(f"{tool} is not installed (Debian: apt-get install desktop-file-utils appstream)")
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120, check=False)


def test_desktop_file_validate() -> None:
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr


def test_appstreamcli_validate() -> None:
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
