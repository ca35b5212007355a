"""The `directory` command: print the directory of local spaces and groups as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk.commands.common import open_db, print_json
from civicdesk.core.languages import LANGUAGES


def cmd_directory(args: argparse.Namespace) -> int:
    from civicdesk.reports.directory import build_directory
    from civicdesk.reports.directory_data import DirectoryOptions, check_options

    options = DirectoryOptions(
        layout=args.layout,
        categories=tuple(args.category or ()),
        group=args.group or "",
        open_to_all=args.open_to_all,
        sections=args.sections,
        title=args.title or "",
        logo=args.logo or "",
        map=args.map or bool(args.map_basemap),
        basemap=args.map_basemap or "",
        language=args.language,
    )
    check_options(options)  # before opening (and perhaps migrating) the database
    if options.basemap:
        from civicdesk.reports.map_page import open_basemap

        tiles = open_basemap(options.basemap)  # a wrong file fails now, not after the slow part
        if tiles is not None:
            tiles.close()
    _, result = build_directory(open_db(args), options, Path(args.out).expanduser())
    if args.json:
        print_json(result.as_json())
    else:
        sheets = (f" on {result.sheets} sheets of A4 (print double-sided, flip on the short edge)"
                  if result.sheets else "")
        maps = f" (with {result.map_pages} map pages)" if result.map_pages else ""
        print(f"Wrote {result.path}: {result.entries} places, {result.pages} pages{maps}{sheets}.")
        if result.sheets > 15:
            print("That is too thick to fold and staple; choose fewer categories (--category) "
                  "or the A4 layout.")
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("directory", parents=[common], help="print a PDF directory for noticeboards")
    p.add_argument("--out", metavar="FILE.pdf", required=True, help="where to save the PDF")
    p.add_argument("--layout", choices=["a4", "a5-booklet", "large-print"], default="a4",
                   help="a4: two columns; a5-booklet: A5 pages imposed on A4 to fold; large-print: 16 pt+")
    p.add_argument("--category", action="append", metavar="C",
                   help="only spaces of this category (repeat for several)")
    p.add_argument("--group", metavar="NAME", help="only the places where this group meets")
    p.add_argument("--open-to-all", action="store_true",
                   help="only spaces open to all (latest health check openness 4-5, or public/community)")
    p.add_argument("--sections", choices=["category", "area"], default="category",
                   help="group the entries by category or by area")
    p.add_argument("--title", help="title on the cover (default: your group's name)")
    p.add_argument("--logo", metavar="IMAGE", help="a PNG or JPEG logo for the cover")
    p.add_argument("--map", action="store_true",
                   help="number the entries and add map pages with the numbers where the places are")
    p.add_argument("--basemap", dest="map_basemap", metavar="FILE.mbtiles",
                   help="draw the map pages over this offline map (a raster MBTiles file); implies --map")
    p.add_argument("--language", choices=sorted(LANGUAGES), default="en",
                   help="the printed words' language (names print as they are)")
    p.add_argument("--json", action="store_true", help="print a summary as JSON")
    p.set_defaults(handler=cmd_directory)
