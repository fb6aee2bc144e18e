"""Transfers between two stores of a group: requested, sent (transfer-out on the sender's
shelf), received (transfer-in on the asker's), cancelled before it is sent; the stock
rules refuse a send the sender cannot cover."""

from __future__ import annotations

import pytest

from app.errors import Conflict, StaleEdit, ValidationError
from app.models import Store
from app.services import parts, stock, transfers
from tests.app.services.conftest import assert_user_error
from tests.conftest import TEST_ACTOR_NAME


@pytest.fixture
def group(db):
    """Two stores of one group and a spark plug with 8 on the first store's shelf."""
    with db.session() as s:
        stores = [Store(code="GZ01", name="天河店"), Store(code="GZ02", name="番禺店")]
        s.add_all(stores)
        s.flush()
        a, b = stores[0].id, stores[1].id
    part = parts.create_part(db, code="90919-01253", name="火花塞", price="95")
    stock.receive(db, a, part.id, 8)
    return a, b, part.id


def test_a_transfer_is_requested_sent_and_received(db, group):
    a, b, part = group
    asked = transfers.request_transfer(db, a, b, "90919-01253", 5)
    assert (asked.status, asked.from_store_name, asked.to_store_name, asked.qty) == (
        "requested", "天河店", "番禺店", 5)
    assert asked.requested_by_name == TEST_ACTOR_NAME            # who is signed in
    assert parts.get_part(db, part, a).on_hand == 8              # nothing moves on a request
    sent = transfers.send_transfer(db, asked.id, asked.version)
    assert sent.status == "sent" and sent.sent_at is not None
    assert (parts.get_part(db, part, a).on_hand, parts.get_part(db, part, b).on_hand) == (3, 0)
    [out] = stock.movements(db, part, a)[:1]
    assert (out.kind, out.on_hand, out.other_store_id) == ("transfer_out", -5, b)
    got = transfers.receive_transfer(db, sent.id, sent.version)
    assert got.status == "received" and got.received_at is not None
    [into] = stock.movements(db, part, b)
    assert (into.kind, into.on_hand, into.other_store_id) == ("transfer_in", 5, a)
    assert parts.get_part(db, part).on_hand == 8                 # the group's total
    with pytest.raises(Conflict):
        transfers.receive_transfer(db, got.id, got.version)      # not twice
    assert [t.status for t in transfers.list_transfers(db, b)] == ["received"]


def test_a_send_the_sender_cannot_cover_is_refused_and_nothing_moves(db, group):
    a, b, part = group
    asked = transfers.request_transfer(db, a, b, "90919-01253", 9)
    with pytest.raises(Conflict) as exc:
        transfers.send_transfer(db, asked.id, asked.version)
    assert_user_error(exc, Conflict, "qty")
    assert transfers.list_transfers(db, a)[0].status == "requested"
    assert parts.get_part(db, part, a).on_hand == 8


def test_only_a_request_not_yet_sent_can_be_cancelled(db, group):
    a, b, _part = group
    first = transfers.request_transfer(db, a, b, "90919-01253", 1)
    cancelled = transfers.cancel_transfer(db, first.id, first.version)
    assert cancelled.status == "cancelled"
    with pytest.raises(Conflict):
        transfers.send_transfer(db, cancelled.id, cancelled.version)
    second = transfers.request_transfer(db, a, b, "90919-01253", 1)
    sent = transfers.send_transfer(db, second.id, second.version)
    with pytest.raises(Conflict):
        transfers.cancel_transfer(db, sent.id, sent.version)
    with pytest.raises(StaleEdit):
        transfers.receive_transfer(db, sent.id, second.version)
    assert [t.status for t in transfers.list_transfers(db)] == ["sent", "cancelled"]


@pytest.mark.parametrize(("args", "field"), [
    ((1, 1, "90919-01253", 1), "from_store_id"),
    ((1, 2, "NOPE", 1), "part_code"),
    ((1, 2, "90919-01253", 0), "qty"),
])
def test_bad_requests_are_refused(db, group, args, field):
    a, b, _part = group
    ids = {1: a, 2: b}
    with pytest.raises(ValidationError) as exc:
        transfers.request_transfer(db, ids[args[0]], ids[args[1]], *args[2:])
    assert_user_error(exc, ValidationError, field)
