"""The network view on the example village: findings listed, nodes clickable, filters, export."""

from __future__ import annotations

from PySide6.QtCore import Qt

from civicdesk.services.network import Finding
from civicdesk.ui.network.view import NetworkView


def open_network(qtbot, db) -> NetworkView:
    view = NetworkView(db)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        pass
    return view


def test_the_side_panel_explains_the_findings(qtbot, village):
    view = open_network(qtbot, village)
    texts = [view.findings.item(row).text() for row in range(view.findings.count())]
    assert any(t.startswith("People who hold groups together") for t in texts)
    assert any(t.startswith("Spaces many groups depend on") for t in texts)
    assert any(t.startswith("Groups kept going by one volunteer") for t in texts)
    findings = view.finding_items()
    assert findings, "the village has weak spots worth showing"
    # Every finding is on the picture with a red ring.
    for finding in findings:
        assert view.nodes[finding.node].flagged == finding.reason


def test_clicking_a_node_opens_its_record(qtbot, village):
    view = open_network(qtbot, village)
    node = max(view.nodes.values(), key=lambda n: n.radius)
    view.canvas.centerOn(node)
    where = view.canvas.mapFromScene(node.pos())
    with qtbot.waitSignal(view.open_record, timeout=2_000) as opened:
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [node.info["type"], node.info["id"]]


def test_double_clicking_a_finding_opens_it(qtbot, village):
    view = open_network(qtbot, village)
    row = next(
        r
        for r in range(view.findings.count())
        if isinstance(view.findings.item(r).data(Qt.UserRole), Finding)
    )
    item = view.findings.item(row)
    finding = item.data(Qt.UserRole)
    rect = view.findings.visualItemRect(item)
    qtbot.mouseClick(view.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.nodes[finding.node].highlighted
    with qtbot.waitSignal(view.open_record, timeout=2_000) as opened:
        qtbot.mouseDClick(view.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [finding.record_type, finding.record_id]


def test_people_without_consent_are_shown_by_initials_only(qtbot, village):
    view = open_network(qtbot, village)
    view.top_n.setValue(2000)
    qtbot.waitUntil(lambda: len(view.nodes) > 60 and not view.runner.busy, timeout=20_000)
    people = [n for n in view.nodes.values() if n.info["type"] == "person"]
    assert people
    for person in people:
        label = person.info["label"]
        assert person.info["named"] or (label.endswith(".") and len(label) <= 6), label


def test_unticking_a_kind_hides_it(qtbot, village):
    view = open_network(qtbot, village)
    assert any(n.info["type"] == "space" for n in view.nodes.values())
    view.type_boxes["space"].click()
    qtbot.waitUntil(lambda: not any(n.info["type"] == "space" for n in view.nodes.values()), timeout=20_000)
    assert all(n.info["type"] in ("group", "person") for n in view.nodes.values())


def test_export_png_and_pdf(qtbot, village, tmp_path):
    view = open_network(qtbot, village)
    assert view.export_png(tmp_path / "n.png").stat().st_size > 1000
    assert view.export_pdf(tmp_path / "n.pdf").read_bytes().startswith(b"%PDF")


def test_export_asks_where_and_reports_a_folder_it_cannot_write(qtbot, village, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from civicdesk.ui import dialogs

    view = open_network(qtbot, village)
    target = tmp_path / "picture.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view._export("pdf")
    assert target.read_bytes().startswith(b"%PDF")

    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, exc: shown.append(str(exc)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "no" / "x.png"), ""))
    view._export("png")
    assert shown and not (tmp_path / "no").exists()
