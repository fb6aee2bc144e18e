"""The lounge's menu on the desk's menu bar (客休区): take an order, edit the menu, open the
bar's queue window and the lounge's TV screen. The windows are kept here, one of each."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from app import acting
from app.db import Database
from app.domain.roles import Permission
from ui.desk_events import LiveEvents
from ui.lounge.bar_queue import BarQueue
from ui.lounge.lounge_screen import LoungeScreen
from ui.lounge.menu_dialog import MenuDialog
from ui.lounge.order_dialog import OrderDialog
from ui.tasks import TaskRunner
from ui.widgets.basics import Retranslatable
from ui.widgets.desk_store import DeskStore


class LoungeMenu(Retranslatable, QMenu):
    """The 客休区 menu. Ordering and the menu need the REFRESHMENT permission (greyed
    otherwise); the queue and the screen are open to anyone signed in."""

    @property
    def _store_id(self) -> int | None:
        """The desk's store now (`DeskStore`), never a copy made at construction."""
        return self._desk_store.id

    def __init__(self, window: QMainWindow, database: Database, runner: TaskRunner,
                 store_id: int | DeskStore) -> None:
        super().__init__(window)
        self._window = window
        self._db, self._runner, self._desk_store = database, runner, DeskStore.of(store_id)
        self.windows: dict[str, QWidget] = {}
        self._events: LiveEvents | None = None
        self.order_action, self.menu_action = QAction(self), QAction(self)
        self.queue_action, self.screen_action = QAction(self), QAction(self)
        self.order_action.triggered.connect(self.open_order)
        self.menu_action.triggered.connect(self.open_menu)
        self.queue_action.triggered.connect(self.open_queue)
        self.screen_action.triggered.connect(self.open_screen)
        for action in (self.order_action, self.menu_action):
            self.addAction(action)
        self.addSeparator()
        for action in (self.queue_action, self.screen_action):
            self.addAction(action)
        self.aboutToShow.connect(self._allow)
        self.retranslate()

    def retranslate(self) -> None:
        """(Re)set the texts in the current language."""
        self.setTitle(self.tr("客休区(&L)"))
        self.order_action.setText(self.tr("点餐…"))
        self.menu_action.setText(self.tr("茶点菜单…"))
        self.queue_action.setText(self.tr("吧台点餐队列"))
        self.screen_action.setText(self.tr("客休区大屏"))

    def _allow(self) -> None:
        actor = acting.current()
        may = actor is not None and actor.may(Permission.REFRESHMENT)
        self.order_action.setEnabled(may)
        self.menu_action.setEnabled(may)

    def open_order(self) -> OrderDialog:
        """Open the order dialog (a new one each time: a fresh order)."""
        dialog = OrderDialog(self._db, self._runner, self._store_id, self._window)
        dialog.placed.connect(lambda _order: self._refresh_queue())
        dialog.open()
        dialog.load()
        return dialog

    def open_menu(self) -> MenuDialog:
        """Open the menu editor."""
        dialog = self._kept("menu", lambda: MenuDialog(self._db, self._runner,
                                                       self._desk_store, self._window))
        dialog.open()
        dialog.load()
        return dialog

    def open_queue(self) -> BarQueue:
        """Open (or bring forward) the bar's queue window."""
        queue = self._kept("queue", lambda: BarQueue(self._db, self._runner, self._desk_store))
        queue.show()
        queue.raise_()
        queue.start()
        return queue

    def open_screen(self) -> LoungeScreen:
        """Open the lounge's TV screen full screen (Esc leaves it)."""
        screen = self._kept("screen", lambda: LoungeScreen(self._db, self._runner,
                                                           self._desk_store))
        screen.showFullScreen()
        screen.start()
        return screen

    def follow_live(self, events: LiveEvents) -> None:
        """Refresh the queue and the screen on the database's notifications (PostgreSQL):
        those open now and those opened later."""
        self._events = events
        for key, window in self.windows.items():
            self._follow(key, window)

    def _follow(self, key: str, window: QWidget) -> None:
        if self._events is None or key not in ("queue", "screen"):
            return

        def changed(_event) -> None:
            if window.isVisible():
                window.refresh()

        if key == "queue":      # the poll slows to a safety net while notifications come
            self._events.follow({"refreshment"}, changed, window.timer)
        else:                   # the screen's poll also turns its pages: it keeps its pace
            self._events.follow({"refreshment", "board"}, lambda _e: (
                window.reload() if window.isVisible() else None))

    def _kept(self, key: str, make):
        if key not in self.windows:
            self.windows[key] = make()
            self._follow(key, self.windows[key])
        return self.windows[key]

    def _refresh_queue(self) -> None:
        queue = self.windows.get("queue")
        if isinstance(queue, BarQueue) and queue.isVisible():
            queue.refresh()


def install(window: QMainWindow, database: Database, runner: TaskRunner,
            store_id: int | DeskStore) -> LoungeMenu:
    """Put the lounge's menu on `window`'s menu bar, before 帮助 (its last menu)."""
    menu = LoungeMenu(window, database, runner, store_id)
    bar = window.menuBar()
    actions = bar.actions()
    if actions:
        bar.insertMenu(actions[-1], menu)
    else:
        bar.addMenu(menu)
    window.lounge_menu = menu
    return menu
