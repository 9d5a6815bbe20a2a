"""The timetable's cached pictures never go stale: a block repainted after a change shows the change, and a
picture made from the caches is the picture drawn from scratch (at every zoom, in hover and selection, at a
device pixel ratio of 2)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from eventplanner.domain.data import EventData, SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.services import agenda, events
from eventplanner.store.database import Database
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.timetable import TimetableWidget
from eventplanner.ui.timetable.block_text import time_range
from eventplanner.ui.timetable.controller import TimetableController
from eventplanner.ui.timetable.items import BlockItem
from eventplanner.ui.timetable.painting import FrameLook, draw_frame_vector, frame_pixmap
from eventplanner.ui.timetable.sample_day import create_three_room_day

TITLE = "Digital visas in the region"


class Shown:
    def __init__(self, db: Database, event: EventData) -> None:
        self.db, self.event = db, event
        self.widget = TimetableWidget()
        self.widget.resize(1000, 700)
        self.ops = Operations(db, self.widget)
        self.controller = TimetableController(self.widget, self.ops, lambda: False, event.id)
        self.widget.show()

    def item(self, slot_id: int) -> BlockItem:
        return self.widget.scene.items_by_id[slot_id]

    def picture(self, slot_id: int) -> QImage:
        """The block as the viewport shows it (through its device cache), after pending repaints."""
        QApplication.processEvents()
        view = self.widget.view
        item = self.item(slot_id)
        view.ensureVisible(item, 4, 4)
        QApplication.processEvents()
        area = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return view.viewport().grab(area).toImage().convertToFormat(QImage.Format.Format_ARGB32)


@pytest.fixture
def forum(db: Database) -> EventData:
    return create_three_room_day(db)


@pytest.fixture
def shown(qtbot, db: Database, forum: EventData) -> Iterator[Shown]:
    s = Shown(db, forum)
    qtbot.addWidget(s.widget)
    qtbot.waitExposed(s.widget)
    yield s


def slot_id(db: Database, event: EventData, title: str) -> int:
    return next(s.id for s in agenda.list_slots(db, event.id) if s.title == title)


def texts(item: BlockItem) -> list[str]:
    return [line[2].text() for line in item.text_lines().lines]


def test_a_new_title_is_painted_and_the_old_picture_comes_back_with_the_old_title(shown: Shown, db, forum):
    sid = slot_id(db, forum, TITLE)
    before = shown.picture(sid)
    slot = next(s for s in agenda.list_slots(db, forum.id) if s.id == sid)
    agenda.update_slot(db, sid, expected_version=slot.version, title="Visa-free travel, ə ş ğ ı")
    shown.controller.refresh()
    assert "Visa-free travel, ə ş ğ ı" in texts(shown.item(sid))
    changed = shown.picture(sid)
    assert changed != before
    slot = next(s for s in agenda.list_slots(db, forum.id) if s.id == sid)
    agenda.update_slot(db, sid, expected_version=slot.version, title=TITLE)
    shown.controller.refresh()
    assert shown.picture(sid) == before


def test_after_zooming_in_and_out_every_block_looks_as_in_a_fresh_timetable(shown: Shown, db, forum, qtbot):
    sid = slot_id(db, forum, TITLE)
    start = shown.widget.view.zoom_index
    small = shown.picture(sid)
    shown.widget.zoom_in()
    shown.widget.zoom_in()
    big = shown.picture(sid)
    assert big.height() > small.height()
    fresh = Shown(db, forum)
    qtbot.addWidget(fresh.widget)
    qtbot.waitExposed(fresh.widget)
    fresh.widget.view.set_zoom(start + 2)
    assert fresh.picture(sid) == big
    shown.widget.view.set_zoom(start)
    assert shown.picture(sid) == small


def test_zooming_in_shows_the_lines_that_now_fit(shown: Shown, db, forum):
    item = shown.item(slot_id(db, forum, "Panel: diaspora investment and remittances"))
    shown.widget.view.set_zoom(0)
    few = texts(item)
    shown.widget.view.set_zoom(8)
    assert len(texts(item)) > len(few)


def test_a_zoom_back_to_a_height_seen_before_shows_the_new_title_not_the_kept_lines(shown: Shown, db, forum):
    sid = slot_id(db, forum, TITLE)
    start = shown.widget.view.zoom_index
    small = shown.picture(sid)
    shown.widget.view.set_zoom(start + 2)
    shown.picture(sid)  # the lines of both heights are now kept
    slot = next(s for s in agenda.list_slots(db, forum.id) if s.id == sid)
    agenda.update_slot(db, sid, expected_version=slot.version, title="Visa-free travel, ə ş ğ ı")
    shown.controller.refresh()
    shown.widget.view.set_zoom(start)
    assert "Visa-free travel, ə ş ğ ı" in texts(shown.item(sid))
    assert TITLE not in texts(shown.item(sid))
    assert shown.picture(sid) != small
    fresh = Shown(db, forum)
    fresh.widget.view.set_zoom(start)
    assert fresh.picture(sid) == shown.picture(sid)
    fresh.widget.close()


def test_selection_and_hover_repaint_the_block_and_undo_their_look(shown: Shown, db, forum):
    sid = slot_id(db, forum, TITLE)
    plain = shown.picture(sid)
    shown.widget.select_slot(sid)
    selected = shown.picture(sid)
    assert selected != plain
    shown.widget.select_slot(None)
    assert shown.picture(sid) == plain
    item = shown.item(sid)
    item._hover = True  # what hoverMoveEvent sets, without a real pointer
    item.update()
    assert shown.picture(sid) != plain
    item._hover = False
    item.update()
    assert shown.picture(sid) == plain


def test_a_new_application_font_lays_the_blocks_out_again(shown: Shown, db, forum):
    item = shown.item(slot_id(db, forum, TITLE))
    old = QApplication.font()
    size = item.text_lines().lines[1][0].pointSizeF()
    bigger = QFont(old)
    bigger.setPointSizeF(old.pointSizeF() * 1.5)
    try:
        QApplication.setFont(bigger)
        QApplication.processEvents()
        assert item.text_lines().lines[1][0].pointSizeF() > size
    finally:
        QApplication.setFont(old)
        QApplication.processEvents()
    assert item.text_lines().lines[1][0].pointSizeF() == pytest.approx(size)


def test_hostile_and_huge_titles_are_drawn_literally_and_cut(shown: Shown, db, forum):
    sid = slot_id(db, forum, TITLE)
    slot = next(s for s in agenda.list_slots(db, forum.id) if s.id == sid)
    title = "<b>Ankara & Bakı</b> " + "söz " * 2500
    agenda.update_slot(db, sid, expected_version=slot.version, title=title)
    shown.controller.refresh()
    lines = texts(shown.item(sid))
    assert lines[1].startswith("<b>Ankara & Bakı</b>")
    assert lines[-2].endswith("…") and lines[-1] == "Aysel Mammadova"  # the title is cut, the speaker stays
    assert len(lines) <= 6
    assert not shown.picture(sid).isNull()


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("flag", [None, Qt.PenStyle.DashLine])
def test_the_shared_frame_picture_is_the_drawn_frame(qtbot, ratio: float, flag: Qt.PenStyle | None):
    look = FrameLook(QColor("#dcebfa"), QColor("#1565c0"), flag, selected=flag is None)
    width, height = 146, 41
    pixmap = frame_pixmap(look, round(width * ratio), round(height * ratio), ratio)
    assert pixmap.devicePixelRatio() == ratio
    assert (pixmap.width(), pixmap.height()) == (round(width * ratio), round(height * ratio))
    drawn = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    drawn.setDevicePixelRatio(ratio)
    drawn.fill(Qt.GlobalColor.transparent)
    p = QPainter(drawn)
    draw_frame_vector(p, QRectF(0, 0, width, height), look)
    p.end()
    assert pixmap.toImage().convertToFormat(drawn.format()) == drawn
    # Another size is another picture, never a stretched one.
    assert frame_pixmap(look, round(width * ratio), round((height + 10) * ratio), ratio).height() != pixmap.height()


def test_blocks_print_as_vectors_when_the_painter_scales(shown: Shown, db, forum):
    """Printing or rendering into another size goes around the pixel caches (nothing blurs)."""
    scene = shown.widget.scene
    image = QImage(800, 800, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    scene.render(p, QRectF(0, 0, 800, 800), QRectF(0, 0, 400, 400))
    p.end()
    assert image.pixelColor(QPointF(5, 5).toPoint()).isValid()
    assert events.list_rooms(db, forum.id)  # the day is still there: rendering changed nothing


def test_the_cached_background_follows_the_zoom(shown: Shown):
    """The hour and half-hour lines before the first slot (nothing else is drawn there) move with the zoom."""
    view, scene = shown.widget.view, shown.widget.scene

    def inked_rows(zoom: int) -> set[int]:
        view.set_zoom(zoom)
        view.verticalScrollBar().setValue(0)
        QApplication.processEvents()
        image = view.viewport().grab().toImage()
        white = QColor("white").rgb()
        return {y for y in range(int(scene.grid.y_of(9 * 60)) - 4)
                if any(image.pixel(x, y) != white for x in range(20, 120))}

    def expected() -> set[int]:
        step = 15 if scene.grid.px_per_minute >= 3 else 30
        return {round(scene.grid.y_of(m)) for m in range(scene.layout.first_minute, 9 * 60, step)}

    near = inked_rows(5)
    assert near == expected()
    far = inked_rows(8)
    assert far == expected() and far != near
    assert inked_rows(5) == near


@given(start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)),
       minutes=st.integers(min_value=1, max_value=24 * 60))
def test_the_blocks_fast_time_range_is_the_slots_time_range(start: datetime, minutes: int):
    slot = SlotData(1, 1, start.replace(second=0, microsecond=0), minutes, SlotKind.PRESENTATION)
    assert time_range(slot) == slot.time_range


def test_a_zoom_or_a_new_width_places_every_block_where_the_grid_puts_it(shown: Shown):
    """The scene places blocks in one loop of its own; it must agree with Grid.block_rect at every step."""
    view, scene = shown.widget.view, shown.widget.scene
    for zoom in (0, 3, 11, 5):
        view.set_zoom(zoom)
        for width in (600, 1400, 1000):
            shown.widget.resize(width, 700)
            QApplication.processEvents()
            for item in scene.items_by_id.values():
                assert item.home_rect() == QRectF(*scene.grid.block_rect(item.block))
                assert item.pos() == item.home_rect().topLeft()


@pytest.mark.parametrize("zoom", [0, 5, 9])
def test_the_background_drawn_in_strips_is_the_background_drawn_whole(shown: Shown, zoom: int):
    """A scroll step draws only the strip it exposes (lines outside it are skipped): strip by strip, the
    picture is the one drawn in one go."""
    view, scene = shown.widget.view, shown.widget.scene
    view.set_zoom(zoom)
    area = scene.sceneRect()
    width, height = int(area.width()), int(area.height())

    def drawn(strips: list[QRectF]) -> QImage:
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for strip in strips:
            p.save()
            p.setClipRect(strip)
            scene.drawBackground(p, strip)
            p.restore()
        p.end()
        return image

    whole = drawn([QRectF(0, 0, width, height)])
    step = 37.0  # strips that start and end between lines, and on them
    strips = [QRectF(0, y, width, step) for y in range(0, height, int(step))]
    assert drawn(strips) == whole


@pytest.mark.parametrize("title", ["Digital visas", "Panel: diaspora investment, remittances and the region " * 3])
@pytest.mark.parametrize("speakers", [0, 1, 4])
def test_the_lines_chosen_without_laying_out_the_speakers_are_the_lines_that_fit(qtbot, title: str, speakers: int):
    """A block lays its speakers out only when a line of them could show; the choice at every height is the
    one made knowing every count."""
    from eventplanner.domain.data import ParticipantData, PersonData
    from eventplanner.domain.timetable_layout import Block
    from eventplanner.ui.timetable.block_text import line_heights

    people = tuple(ParticipantData(PersonData(i, f"Aysel{i}", f"Məmmədova{i}")) for i in range(speakers))
    slot = SlotData(1, 1, datetime(2025, 5, 14, 10), 30, SlotKind.PANEL, title=title, participants=people)
    time_h, title_h, people_h = line_heights()
    for tenths in range(40, 3000, 7):
        height = tenths / 10
        item = BlockItem(Block(slot, 0, 0, 1, 600, 630), QRectF(0, 0, 150, height))
        w = item._wrap()
        chosen = item._line_counts(w)
        room = height - 4
        if room < time_h + title_h:
            assert chosen == (True, 0, 0)
            continue
        room -= time_h
        names, titles_all = len(w.names), len(w.title)  # both laid out now
        for_people = 1 if names and room >= title_h + people_h else 0
        titles = min(titles_all, max(0, int((room - for_people * people_h) // title_h)))
        room -= titles * title_h
        shown = min(names, int(room // people_h)) if names and room >= people_h else 0
        assert chosen == (False, titles, shown), height


def test_a_word_longer_than_the_block_is_cut_at_the_blocks_edge(shown: Shown, db, forum):
    """Lines reach past the block only with a word longer than its width: then (and only then) the text is
    clipped, and nothing spills over the neighbouring column."""
    sid = slot_id(db, forum, TITLE)
    item = shown.item(sid)
    width = item.home_rect().width()
    assert item.text_lines().reach[0] <= width - 2  # an ordinary title fits: drawn without a clip

    def beside() -> QImage:
        QApplication.processEvents()
        view = shown.widget.view
        view.ensureVisible(item, 4, 4)
        QApplication.processEvents()
        right = item.sceneBoundingRect().adjusted(item.sceneBoundingRect().width() - 1, 0, 40, 0)
        return view.viewport().grab(view.mapFromScene(right).boundingRect()).toImage()

    before = beside()
    slot = next(s for s in agenda.list_slots(db, forum.id) if s.id == sid)
    agenda.update_slot(db, sid, expected_version=slot.version, title="Ş" + "ə" * 300)
    shown.controller.refresh()
    assert item.text_lines().reach[0] > width  # the long word reaches past the block...
    assert beside() == before  # ...and is cut at its edge


@pytest.mark.parametrize("text", ["Dr. Aysel Məmmədova, Mr. Vladimir Gjorgjiev, Ms. Vladanka Andreeva",
                                  "Ankara & Bakı <b>söz</b> " * 6, "Миграция и развитие в регионе: диаспора"])
def test_a_paragraph_drawn_from_its_layout_is_the_text_drawn_line_by_line(qtbot, text: str):
    """One QTextLayout counts, splits and draws a title: whole, it is pixel for pixel a multi-line QStaticText;
    its first lines are those lines drawn one font height apart, as every other line of a block."""
    from PySide6.QtGui import QStaticText, QTransform

    from eventplanner.ui.timetable.block_text import FirstLines, Paragraph, block_fonts, metrics

    font = block_fonts()[2]
    paragraph = Paragraph(text, font, 140.0)
    assert paragraph.lay_out() >= 2

    def image(draw) -> QImage:
        picture = QImage(200, 160, QImage.Format.Format_ARGB32_Premultiplied)
        picture.fill(Qt.GlobalColor.transparent)
        p = QPainter(picture)
        p.setFont(font)
        p.setPen(QColor("#333333"))
        draw(p)
        p.end()
        return picture

    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setTextWidth(140.0)
    static.prepare(QTransform(), font)
    assert image(lambda p: paragraph.layout.draw(p, QPointF(8.5, 2))) == \
        image(lambda p: p.drawStaticText(QPointF(8.5, 2), static))

    height = metrics(font)[1]
    first = paragraph.lines(0, 2)
    assert " ".join(first).split() == text.split()[: len(" ".join(first).split())]

    def one_by_one(p: QPainter) -> None:
        for i, line in enumerate(first):
            plain = QStaticText(line)
            plain.setTextFormat(Qt.TextFormat.PlainText)  # '<b>' is text, not markup
            p.drawStaticText(QPointF(8.5, 2 + i * height), plain)

    assert image(lambda p: FirstLines(paragraph, 2).draw(p, QPointF(8.5, 2))) == image(one_by_one)
