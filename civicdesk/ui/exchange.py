"""The watched exchange folder: bundles that land in it open the usual preview, one at a time.

A shared folder (USB stick, Syncthing, Nextcloud) is a transport, not a database: nothing is
applied without the person seeing the preview and pressing Apply. Qt's file watcher notices new
files at once where the system allows; a poll catches the rest (network and USB drives).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk.sync.exchange import Arrival, ExchangeFolder, file_digest
from civicdesk.ui.dialogs import RememberingDialog

FOLDER_KEY = "bundles/exchange_folder"
SEEN_KEY = "bundles/exchange_seen"
KEEP_SEEN = 1000  # digests remembered; the oldest are forgotten first


def saved_folder() -> Path | None:
    value = QSettings().value(FOLDER_KEY)
    return Path(str(value)) if value else None


class ExchangeWatcher(QObject):
    """Offers each new, complete bundle in the chosen folder once, when nothing else is being received."""

    def __init__(
        self,
        parent: QObject,
        offer: Callable[[Path], None],
        busy: Callable[[], bool],
        poll_ms: int = 3000,
        settle_seconds: float = 2.0,
    ) -> None:
        super().__init__(parent)
        self.offer, self.busy = offer, busy
        self.poll_ms, self.settle_seconds = poll_ms, settle_seconds
        self.folder: ExchangeFolder | None = None
        self.queue: deque[Arrival] = deque()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self._soon())
        self.poll = QTimer(self)
        self.poll.timeout.connect(self.scan)
        self.start(saved_folder())

    # -- settings ----------------------------------------------------------------------------
    def set_folder(self, path: Path | None) -> None:
        """Watch `path` from now on (remembered), or stop watching with None."""
        settings = QSettings()
        if path is None:
            settings.remove(FOLDER_KEY)
        else:
            settings.setValue(FOLDER_KEY, str(path))
        self.start(path)

    def start(self, path: Path | None) -> None:
        self.poll.stop()
        self.queue.clear()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if path is None:
            self.folder = None
            return
        seen = str(QSettings().value(SEEN_KEY) or "").split()
        self.folder = ExchangeFolder(Path(path), seen, self.settle_seconds)
        self.poll.start(self.poll_ms)
        self.scan()

    def remember(self, digest: str) -> None:
        """This file's contents have been offered (or written by us): never offer them again."""
        if self.folder is not None:
            self.folder.mark_seen(digest)
        seen = [d for d in str(QSettings().value(SEEN_KEY) or "").split() if d != digest]
        QSettings().setValue(SEEN_KEY, " ".join([*seen, digest][-KEEP_SEEN:]))

    def remember_file(self, path: Path) -> None:
        """A bundle we wrote into the folder ourselves is outgoing, not something to import."""
        if self.folder is not None and Path(path).parent == self.folder.folder:
            self.remember(file_digest(path))

    # -- watching ----------------------------------------------------------------------------
    def _soon(self) -> None:
        """Something changed in the folder: look now, and again once a new file may have settled."""
        self.scan()
        QTimer.singleShot(int(self.settle_seconds * 1000) + 50, self.scan)

    def scan(self) -> None:
        folder = self.folder
        if folder is None:
            return
        where = str(folder.folder)
        if folder.folder.is_dir() and where not in self.watcher.directories():
            self.watcher.addPath(where)  # again after a USB stick comes back
        if not self.busy():
            known = {a.digest for a in self.queue}
            self.queue.extend(a for a in folder.scan() if a.digest not in known)
        self.offer_next()

    def offer_next(self) -> None:
        """Hand the next waiting bundle to the usual receive flow (passphrase, preview, Apply)."""
        if not self.queue or self.busy():
            return
        arrival = self.queue.popleft()
        self.remember(arrival.digest)
        if arrival.path.exists():
            self.offer(arrival.path)


class ExchangeFolderDialog(RememberingDialog):
    """Choose or clear the exchange folder."""

    settings_key = "bundles/exchange_dialog"

    def __init__(self, current: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange folder"))
        self.chosen: Path | None = current
        intro = QLabel(
            self.tr(
                "If your groups share a folder — a USB stick, Syncthing or Nextcloud — CivicDesk can "
                "watch it. Each new bundle that appears there opens the usual preview, once; nothing is "
                "applied until you press Apply. Bundles you send are saved there too. Keep this "
                "folder for bundles only: your database itself never goes in a shared folder."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(str(current) if current else "")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Not watching any folder"))
        self.path.setAccessibleName(self.tr("Exchange folder"))
        choose = QPushButton(self.tr("&Choose folder…"))
        choose.clicked.connect(self._choose)
        self.clear_button = QPushButton(self.tr("&Stop watching"))
        self.clear_button.clicked.connect(self._clear)
        self.clear_button.setEnabled(current is not None)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        row.addWidget(self.clear_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def _choose(self) -> None:
        start = str(self.chosen) if self.chosen else str(Path.home())
        picked = QFileDialog.getExistingDirectory(self, self.tr("Folder to watch for bundles"), start)
        if picked:
            self.chosen = Path(picked)
            self.path.setText(picked)
            self.clear_button.setEnabled(True)

    def _clear(self) -> None:
        self.chosen = None
        self.path.clear()
        self.clear_button.setEnabled(False)
