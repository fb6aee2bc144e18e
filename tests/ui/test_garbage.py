"""Garbage collection on the UI thread: timed collections, and the desk's start-up kept out."""

from __future__ import annotations

import gc

from ui.garbage import GarbageCollector, settle


class _Cycle:
    """An object that refers to itself: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_settle_keeps_what_exists_out_of_later_collections_but_not_what_comes_after():
    built = [_Cycle() for _ in range(1000)]        # what the desk built, kept for the run
    before = gc.get_freeze_count()
    settle()
    assert gc.get_freeze_count() >= before + len(built)
    later = _Cycle()
    alive = len([o for o in gc.get_objects() if isinstance(o, _Cycle)])
    del later
    gc.collect()
    # the cycle made after settling is still collected; the frozen ones are not walked
    assert len([o for o in gc.get_objects() if isinstance(o, _Cycle)]) == alive - 1
    assert built[0].me is built[0]


def test_the_collector_runs_a_due_collection_on_the_ui_thread(qtbot):
    collector = GarbageCollector()
    try:
        assert not gc.isenabled()
        junk = [_Cycle() for _ in range(2000)]     # past the youngest generation's threshold
        del junk
        before = sum(s["collections"] for s in gc.get_stats())
        collector.check()
        assert sum(s["collections"] for s in gc.get_stats()) > before
    finally:
        collector.timer.stop()
        gc.disable()   # the session's fixture keeps automatic collection off
