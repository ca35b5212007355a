"""Map pages for the printed directory: numbered markers that match the numbers of the entries.

Entries are numbered in reading order. Places with coordinates are drawn at their Web Mercator
positions (services/geo.py) over an MBTiles basemap, or a plain graticule without one. A page
holds at most a few dozen numbers so they stay legible; a larger area is cut into several maps
(like a street atlas: cells with about the same number of places each) with an overview first,
and every entry then says which map it is on. Each map page lists its numbers with their names.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak

from civicdesk.reports import fonts
from civicdesk.reports.flowables import text_flowable
from civicdesk.reports.map_labels import Rect, place_labels
from civicdesk.reports.map_plan import PER_MAP, REF_ZOOM, Atlas, Panel
from civicdesk.services import geo
from civicdesk.services.mbtiles import MBTiles

MARKER = Color(0.06, 0.27, 0.55)
CONTEXT_DOT = Color(0.55, 0.55, 0.55)
PAPER = Color(0.965, 0.957, 0.937)
GRID = Color(0.80, 0.78, 0.72)
GRID_TEXT = Color(0.45, 0.43, 0.38)
CELL_LINE = Color(0.75, 0.15, 0.10)
MAX_STRETCH_LEVELS = 3  # tiles enlarged more than 8x are mush: draw the graticule instead
TILES_PER_POINT = 2.0  # about 144 dpi for the basemap
ToPage = Callable[[float, float], tuple[float, float]]  # world pixels to page points


# -- drawing ---------------------------------------------------------------------------------------
def _attribution(tiles: MBTiles | None) -> str:
    if tiles is None:
        return "Grid: degrees of longitude and latitude"
    text = re.sub(r"<[^>]+>", "", tiles.info.attribution or "").replace("&copy;", "©").strip()
    return text or f"Map: {tiles.info.name}"


class MapSheet(Flowable):
    """One map filling the frame, with its title and, underneath, the list of its numbers."""

    def __init__(self, atlas: Atlas, panel: Panel | None, tiles: MBTiles | None, body: float,
                 columns: int, title: str, note: str, outlines: list[tuple[str, list[Panel]]] | None = None,
                 large: bool = False) -> None:
        super().__init__()
        self.atlas, self.panel, self.tiles = atlas, panel, tiles
        self.body, self.columns, self.title, self.note = body, columns, title, note
        # An overview's numbered outlines: each map, or each run of maps ("13–24") with its maps.
        self.outlines = outlines if outlines is not None else [(str(p.number), [p]) for p in atlas.panels]
        self.label_size = max(6.5, body * 0.8)
        # Large print: every word on the page at the body size (the scale bar and credits too).
        self.small = body if large else 7.0
        text = body if large else body * 0.9
        sans = fonts.sans_family()
        self.list_style = ParagraphStyle("maplist", fontName=sans, fontSize=text, leading=text * 1.22)
        self.title_style = ParagraphStyle("maptitle", fontName=fonts.font_name(fonts.LATIN, True),
                                          fontSize=body * 1.4, leading=body * 1.7, textColor=MARKER)
        note_size = body if large else body * 0.85
        self.note_style = ParagraphStyle("mapnote", fontName=sans, fontSize=note_size,
                                         leading=note_size * 1.3, textColor=black if large else GRID_TEXT)
        # Where the map and its numbers went, once drawn (page points, y up, in the flowable).
        self.map_frame: Rect | None = None
        self.label_boxes: list[Rect] = []
        self.obstacles: tuple[Rect, ...] = ()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height * 0.995
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        title = text_flowable(self.title, self.title_style, bold=True)
        _, th = title.wrap(self.width, self.height)
        title.drawOn(canvas, 0, self.height - th)
        note = text_flowable(self.note, self.note_style)
        _, nh = note.wrap(self.width, self.height)
        note.drawOn(canvas, 0, self.height - th - nh - 2)
        top = self.height - th - nh - 8
        list_height = self._draw_list(top) if self.panel is not None else 0.0
        if self.panel is None and not self.atlas.panels:
            return  # nothing has a location: the note says so
        map_bottom = list_height + 8 if list_height else 0.0
        self._draw_map((0, map_bottom, self.width, top))

    # the list of numbers under the map
    def _draw_list(self, top: float) -> float:
        assert self.panel is not None
        gap = self.body
        col_w = (self.width - gap * (self.columns - 1)) / self.columns
        items = []
        for place in self.panel.places:
            para = text_flowable(f"{place.number}  {place.name}", self.list_style)
            _, h = para.wrap(col_w, 1000)
            items.append((para, h))
        total = sum(h for _, h in items)
        target = total / self.columns
        columns: list[list[tuple[Flowable, float]]] = [[]]
        used = 0.0
        for item in items:
            if used + item[1] > target + 0.1 and columns[-1] and len(columns) < self.columns:
                columns.append([])
                used = 0.0
            columns[-1].append(item)
            used += item[1]
        height = max(sum(h for _, h in col) for col in columns)
        for index, col in enumerate(columns):
            y = height
            for para, h in col:
                y -= h
                para.drawOn(self.canv, index * (col_w + gap), y)
        return height

    def _view(self, frame: Rect) -> tuple[float, float, float, float, float]:
        """Centre (world x, y), scale (points per world pixel) and the page point of that centre that
        fit the area in the frame, clear of the scale bar and the credits along the bottom."""
        if self.panel is not None:
            left, top, right, bottom = self.panel.box
        else:
            boxes = [p.box for _, panels in self.outlines for p in panels]
            left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
            right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
        margin = self.label_size * 2.5  # room for the labels of places on the edge
        foot = self._bottom_band() + 4  # nothing is placed under the scale bar or the credits
        width = frame[2] - frame[0] - 2 * margin
        height = frame[3] - frame[1] - 2 * margin - foot
        scale = min(width / max(right - left, 1.0), height / max(bottom - top, 1.0))
        scale = min(scale, 2.0 ** (17 - REF_ZOOM) * 1.4)  # never closer than street level
        fx, fy = (frame[0] + frame[2]) / 2, (frame[1] + foot + frame[3]) / 2
        return (left + right) / 2, (top + bottom) / 2, scale, fx, fy

    def _bottom_band(self) -> float:
        """The height of the strip along the map's foot that the scale bar and credits take."""
        return 8 + self.small * 2

    def _draw_map(self, frame: Rect) -> None:
        canvas = self.canv
        cx, cy, scale, fx, fy = self._view(frame)
        self.map_frame = frame
        latitude = geo.world_to_lonlat(cx, cy, REF_ZOOM)[1]
        bar = geo.scale_bar(latitude, REF_ZOOM + math.log2(scale), (frame[2] - frame[0]) / 4)
        font = fonts.font_name(fonts.LATIN)
        bar_box = (frame[0], frame[1], frame[0] + 12 + bar.pixels + 6
                   + stringWidth(bar.label, font, self.small), frame[1] + self._bottom_band())
        attribution = _attribution(None)
        if self.tiles is not None:  # the longer of the two credits it may show
            attribution = f"The map file {self.tiles.path.name} is not detailed enough here; {attribution}"
            attribution = max(attribution, _attribution(self.tiles), key=len)
        credit_w = stringWidth(attribution, font, self.small * 0.93) + 8
        credit_box = (frame[2] - credit_w, frame[1], frame[2], frame[1] + self.small * 1.7)
        self.obstacles = (bar_box, credit_box)

        def to_page(x: float, y: float) -> tuple[float, float]:
            return fx + (x - cx) * scale, fy - (y - cy) * scale

        half_w, half_h = (frame[2] - frame[0]) / 2 / scale, (frame[3] - frame[1]) / 2 / scale
        world = (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(frame[0], frame[1], frame[2] - frame[0], frame[3] - frame[1])
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.setFillColor(PAPER)
        canvas.rect(frame[0], frame[1], frame[2] - frame[0], frame[3] - frame[1], stroke=0, fill=1)
        drew_tiles = self.tiles is not None and self._draw_tiles(world, scale, to_page)
        if not drew_tiles:
            self._draw_graticule(world, to_page, frame)
        if self.panel is None:
            self._draw_overview(to_page, frame)
        else:
            self._draw_panel(to_page, frame)
        canvas.restoreState()
        canvas.setStrokeColor(black)
        canvas.setLineWidth(0.6)
        canvas.rect(frame[0], frame[1], frame[2] - frame[0], frame[3] - frame[1], stroke=1, fill=0)
        self._draw_scale_bar(frame, latitude, scale)
        attribution = _attribution(self.tiles if drew_tiles else None)
        if self.tiles is not None and not drew_tiles:
            attribution = f"The map file {self.tiles.path.name} is not detailed enough here; {attribution}"
        self._draw_attribution(frame, attribution)

    def _draw_tiles(self, world: Rect, scale: float, to_page: ToPage) -> bool:
        assert self.tiles is not None
        info = self.tiles.info
        wanted = REF_ZOOM + math.log2(scale * TILES_PER_POINT)
        zoom = max(info.minzoom, min(info.maxzoom, round(wanted)))
        if wanted - zoom > MAX_STRETCH_LEVELS:
            return False
        factor = 2.0 ** (REF_ZOOM - zoom)  # world pixels at REF_ZOOM per tile pixel
        size = geo.TILE_SIZE * factor * scale  # a tile's width on paper
        drawn = 0
        for column, row in geo.tiles_covering(world[0] / factor, world[1] / factor, world[2] / factor,
                                              world[3] / factor, zoom):
            data = self.tiles.tile(zoom, column, row)
            if not data:
                continue
            x, y = to_page(column * geo.TILE_SIZE * factor, (row + 1) * geo.TILE_SIZE * factor)
            try:
                self.canv.drawImage(ImageReader(io.BytesIO(data)), x, y, size, size)
            except Exception:  # noqa: BLE001, S112 - a damaged tile leaves a gap, not a failed directory
                continue
            drawn += 1
        return drawn > 0

    def _draw_graticule(self, world: Rect, to_page: ToPage, frame: Rect) -> None:
        canvas = self.canv
        west, north = geo.world_to_lonlat(world[0], world[1], REF_ZOOM)
        east, south = geo.world_to_lonlat(world[2], world[3], REF_ZOOM)
        step = geo.graticule_step(max(east - west, 1e-6), 5)
        decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.setFillColor(GRID_TEXT)
        canvas.setFont(fonts.font_name(fonts.LATIN), self.small * 0.93)
        lon = math.ceil(west / step) * step
        while lon <= east:
            x, _ = to_page(*geo.lonlat_to_world(lon, 0, REF_ZOOM))
            canvas.line(x, frame[1], x, frame[3])
            canvas.drawString(x + 2, frame[3] - self.small * 1.2, f"{lon:.{decimals}f}°")
            lon += step
        lat = math.ceil(south / step) * step
        while lat <= north:
            _, y = to_page(*geo.lonlat_to_world(0, lat, REF_ZOOM))
            canvas.line(frame[0], y, frame[2], y)
            canvas.drawString(frame[0] + 2, y + 2, f"{lat:.{decimals}f}°")
            lat += step

    def _draw_overview(self, to_page: ToPage, frame: Rect) -> None:
        """Every place as a dot, and the outline and number of each detailed map."""
        canvas = self.canv
        canvas.setFillColor(MARKER)
        for place in self.atlas.places:
            x, y = to_page(place.x, place.y)
            canvas.circle(x, y, 1.1, stroke=0, fill=1)
        canvas.setStrokeColor(CELL_LINE)
        canvas.setLineWidth(0.7)
        centres = []
        for _, panels in self.outlines:
            for panel in panels:
                x0, y1 = to_page(panel.box[0], panel.box[1])
                x1, y0 = to_page(panel.box[2], panel.box[3])
                canvas.rect(x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4, stroke=1, fill=0)
            # A run of maps is labelled at the middle of the places it covers, which is on them.
            xs = sorted(to_page(p.x, p.y)[0] for panel in panels for p in panel.places)
            ys = sorted(to_page(p.x, p.y)[1] for panel in panels for p in panel.places)
            centres.append((xs[len(xs) // 2], ys[len(ys) // 2]))
        labels = [label for label, _ in self.outlines]
        self._draw_labels(centres, labels, frame, CELL_LINE, max(7.5, self.body * 0.95))

    def _draw_labels(self, points: list[tuple[float, float]], labels: list[str], frame: Rect,
                     colour: Color, size: float) -> None:
        """Numbers in rounded boxes on their points, or moved aside with a leader line if crowded."""
        canvas = self.canv
        bold = fonts.font_name(fonts.LATIN, True)
        height = size * 1.45
        sizes = [(max(stringWidth(text, bold, size) + size * 0.7, height), height) for text in labels]
        inner = (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2)
        centres = place_labels(points, sizes, inner, self.obstacles)
        self.label_boxes = [(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                            for (cx, cy), (w, h) in zip(centres, sizes, strict=True)]
        moved = [(p, c) for p, c in zip(points, centres, strict=True) if p != c]
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(0.6)
        for (px, py), (cx, cy) in moved:
            canvas.line(px, py, cx, cy)
        for (px, py), _ in moved:
            canvas.setFillColor(white)
            canvas.circle(px, py, 1.9, stroke=0, fill=1)
            canvas.setFillColor(colour)
            canvas.circle(px, py, 1.3, stroke=0, fill=1)
        canvas.setFont(bold, size)
        for text, (cx, cy), (w, h) in zip(labels, centres, sizes, strict=True):
            canvas.setStrokeColor(white)
            canvas.setLineWidth(0.6)
            canvas.setFillColor(colour)
            canvas.roundRect(cx - w / 2, cy - h / 2, w, h, h / 2, stroke=1, fill=1)
            canvas.setFillColor(white)
            canvas.drawCentredString(cx, cy - size * 0.35, text)

    def _draw_panel(self, to_page: ToPage, frame: Rect) -> None:
        assert self.panel is not None
        canvas = self.canv
        mine = {p.id for p in self.panel.places}
        canvas.setFillColor(CONTEXT_DOT)
        for place in self.atlas.places:
            if place.id not in mine:
                x, y = to_page(place.x, place.y)
                if frame[0] <= x <= frame[2] and frame[1] <= y <= frame[3]:
                    canvas.circle(x, y, 1.2, stroke=0, fill=1)
        if len(self.atlas.panels) > 1:
            x0, y1 = to_page(self.panel.box[0], self.panel.box[1])
            x1, y0 = to_page(self.panel.box[2], self.panel.box[3])
            x0, y0, x1, y1 = x0 - 6, y0 - 6, x1 + 6, y1 + 6
            canvas.setStrokeColor(CELL_LINE)
            canvas.setLineWidth(0.7)
            canvas.setDash(4, 3)
            canvas.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
            canvas.setDash()
        points = [to_page(p.x, p.y) for p in self.panel.places]
        self._draw_labels(points, [str(p.number) for p in self.panel.places], frame, MARKER, self.label_size)

    def _draw_scale_bar(self, frame: Rect, latitude: float, scale: float) -> None:
        canvas = self.canv
        # One world pixel at this zoom is one point on paper.
        bar = geo.scale_bar(latitude, REF_ZOOM + math.log2(scale), (frame[2] - frame[0]) / 4)
        x, y = frame[0] + 8, frame[1] + 8
        size = self.small
        canvas.setFillColor(Color(1, 1, 1, alpha=0.85))
        canvas.rect(x - 4, y - 4, bar.pixels + 8 + stringWidth(bar.label, fonts.font_name(fonts.LATIN), size)
                    + 6, size * 2, stroke=0, fill=1)
        canvas.setFillColor(black)
        canvas.rect(x, y, bar.pixels / 2, 3, stroke=0, fill=1)
        canvas.setStrokeColor(black)
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, bar.pixels, 3, stroke=1, fill=0)
        canvas.setFont(fonts.font_name(fonts.LATIN), size)
        canvas.drawString(x + bar.pixels + 5, y, bar.label)

    def _draw_attribution(self, frame: Rect, text: str) -> None:
        canvas = self.canv
        size = self.small * 0.93
        font = fonts.font_name(fonts.LATIN)
        w = stringWidth(text, font, size)
        canvas.setFillColor(Color(1, 1, 1, alpha=0.85))
        canvas.rect(frame[2] - w - 8, frame[1], w + 8, size * 1.7, stroke=0, fill=1)
        canvas.setFillColor(black if self.small > 7 else GRID_TEXT)
        canvas.setFont(font, size)
        canvas.drawRightString(frame[2] - 4, frame[1] + 3.5, text)


def open_basemap(path: Path | str | None) -> MBTiles | None:
    """The MBTiles file to draw under the maps; a wrong file is a clear CivicDeskError."""
    return MBTiles(Path(path).expanduser()) if path else None


def _count(number: int, one: str, many: str) -> str:
    """ "1 place is", "2 places are": the count with the words that agree with it."""
    return f"{number} {one if number == 1 else many}"


def story(atlas: Atlas, tiles: MBTiles | None, body: float, layout: str = "a4") -> list[Flowable]:
    """The map pages, each on a page of its own (starting on the current one)."""
    columns = PER_MAP.get(layout, PER_MAP["a4"])[1]
    total = len(atlas.places)
    if not atlas.panels:
        return [MapSheet(atlas, None, None, body, columns, "Map of the places",
                         "None of the places in this directory has a location yet.",
                         large=layout == "large-print")]
    if len(atlas.panels) == 1:
        missing = len(atlas.numbers) - total
        note = (f"The numbers on the map are the numbers of the entries. "
                f"{_count(total, 'place is', 'places are')} shown"
                + (f"; {_count(missing, 'has', 'have')} no location (such as online groups)."
                   if missing > 0 else "."))
        return [MapSheet(atlas, atlas.panels[0], tiles, body, columns, "Map of the places", note,
                         large=layout == "large-print")]
    large = layout == "large-print"
    count = len(atlas.panels)
    if atlas.districts:
        runs = [(f"{a}–{b}", atlas.panels[a - 1:b]) for a, b in atlas.districts]
        pages: list[Flowable] = [MapSheet(
            atlas, None, tiles, body, columns, "Map of the places: overview",
            f"The area is shown on {count} maps. This overview shows which part each run of maps "
            f"covers (“{runs[1][0]}”: maps {atlas.districts[1][0]} to {atlas.districts[1][1]}); the next "
            "pages show each run's maps, and each entry says which map it is on (“Map 3”).", runs, large)]
        for label, panels in runs:
            pages += [PageBreak(), MapSheet(
                atlas, None, tiles, body, columns, f"Maps {label}: where each map is",
                "Each outline is one map, numbered in red; its page follows these overviews.",
                [(str(p.number), [p]) for p in panels], large)]
    else:
        pages = [MapSheet(
            atlas, None, tiles, body, columns, "Map of the places: overview",
            f"The area is shown on {count} maps, numbered in red on this overview. Each entry "
            "says which map it is on (“Map 3”) and its number is on that map.", large=large)]
    for panel in atlas.panels:
        pages += [PageBreak(), MapSheet(
            atlas, panel, tiles, body, columns, f"Map {panel.number} of {count}",
            f"{len(panel.places)} places, numbered as in the directory. Grey dots are places on "
            "another map; the dashed red line is the outline of this map on the overview.", large=large)]
    return pages
