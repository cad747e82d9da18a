"""Any sequence of changes, accepts, rejects and closing leaves a verifiable chain (Hypothesis stateful)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from domain.lifecycle import ChangeStatus, Status
from domain.validation import read_contract_file
from storage.errors import StorageError
from storage.repository import Repository
from storage.service import decide_change, record_change, set_status
from tests.conftest import EXAMPLES


class ChangeOrders(RuleBasedStateMachine):
    """A signed contract receiving change orders in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="pacta-stateful-"))
        self.repo = Repository(self.folder, write=True)
        self.base = read_contract_file(EXAMPLES / "panaderia-v1.json")
        self.project = self.repo.create_project(self.base).project_id
        set_status(self.repo, self.project, Status.SIGNED)
        self.expected_in_force = 1
        self.proposed: list[str] = []
        self.counter = 0
        self.closed = False

    @rule(price=st.integers(1, 5000))
    def propose(self, price: int) -> None:
        self.counter += 1
        first = self.base.deliverables[0].model_copy(update={"price": Decimal(price) + Decimal(self.counter) / 100})
        contract = self.base.model_copy(update={"deliverables": [first, *self.base.deliverables[1:]]})
        if self.closed:
            with pytest.raises(StorageError) as refused:
                record_change(self.repo, self.project, contract, reason="late", requested_by="client")
            assert refused.value.code == "frozen"
            return
        result = record_change(self.repo, self.project, contract, reason=f"change {self.counter}", requested_by="client")
        assert result.change_order is not None
        assert result.change_order.base_version == self.expected_in_force
        self.proposed.append(result.change_order.number)

    @precondition(lambda self: bool(self.proposed))
    @rule(data=st.data(), accept=st.booleans())
    def decide(self, data: st.DataObject, accept: bool) -> None:
        number = data.draw(st.sampled_from(self.proposed))
        order = self.repo.state(self.project).change_order(number)
        assert order is not None
        if self.closed:
            with pytest.raises(StorageError) as refused:
                decide_change(self.repo, self.project, number, accepted=accept, reason="no")
            assert refused.value.code == "closed"
            return
        with pytest.raises(StorageError) as early:
            decide_change(self.repo, self.project, number, accepted=accept, reason="no", on=order.asked_on - dt.timedelta(1))
        assert early.value.code in ("decided_before_asked", "stale")
        if accept and order.base_version != self.expected_in_force:
            with pytest.raises(StorageError):
                decide_change(self.repo, self.project, number, accepted=True)
            return
        decide_change(self.repo, self.project, number, accepted=accept, reason=None if accept else "no")
        self.proposed.remove(number)
        if accept:
            order = self.repo.state(self.project).change_order(number)
            assert order is not None and order.status is ChangeStatus.ACCEPTED
            self.expected_in_force = order.version

    @precondition(lambda self: not self.closed)
    @rule(status=st.sampled_from([Status.COMPLETED, Status.TERMINATED]))
    def close(self, status: Status) -> None:
        set_status(self.repo, self.project, status)
        self.closed = True

    @invariant()
    def chain_verifies_and_in_force_is_last_accepted(self) -> None:
        assert self.repo.check() == []
        assert self.repo.state(self.project).in_force == self.expected_in_force
        assert self.repo.summary(self.project).in_force == self.expected_in_force

    def teardown(self) -> None:
        self.repo.close()
        shutil.rmtree(self.folder, ignore_errors=True)


ChangeOrders.TestCase.settings = settings(max_examples=15, stateful_step_count=12, deadline=None)
TestChangeOrders = ChangeOrders.TestCase
