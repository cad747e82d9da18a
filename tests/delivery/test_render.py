"""delivery.render: the one rule that chooses the version a document shows, and the one unknown-change error."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from delivery import outgoing
from delivery.render import Choice, NoChangeOrder, choose, render_project_document, save_document
from domain.lifecycle import RecordKind
from storage.errors import StorageError
from storage.repository import Repository
from storage.service import decide_change
from tests.clitools import Pacta


@pytest.fixture(autouse=True)
def _same_bytes_every_render(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)


def _signed_with_change(pacta: Pacta, examples_dir: Path) -> str:
    """Version 1 signed, CO-1 proposing version 2."""
    project = pacta("import", examples_dir / "panaderia-v1.json").out.strip().splitlines()[-1]
    assert pacta("status", project, "signed", "--date", "2026-11-22").code == 0
    changed = pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram",
                    "--requested-by", "client")
    assert changed.code == 0, changed.err
    return project


def test_the_version_in_force_by_default_and_a_change_orders_version_when_asked(
        pacta: Pacta, examples_dir: Path, data_dir: Path) -> None:
    project = _signed_with_change(pacta, examples_dir)
    repo = Repository(data_dir)
    assert choose(repo, project, "agreement") == Choice(1)
    assert choose(repo, project, "checklist", change="co1") == Choice(2)
    assert choose(repo, project, "agreement", version=2) == Choice(2)
    newest = choose(repo, project, "change-order")
    assert (newest.version, newest.base, newest.order and newest.order.number) == (2, 1, "CO-1")
    assert choose(repo, project, "change-order", version=2) == newest == choose(repo, project, "change-order",
                                                                                  change="CO-1")
    with pytest.raises(ValueError):
        choose(repo, project, "agreement", version=1, change="CO-1")
    with pytest.raises(StorageError) as missing:
        choose(repo, project, "agreement", version=7)
    assert "no tiene versión 7" in missing.value.message("es")


def test_a_change_made_before_signing_is_its_version_against_the_one_before(
        pacta: Pacta, examples_dir: Path, data_dir: Path) -> None:
    project = pacta("import", examples_dir / "panaderia-v1.json").out.strip().splitlines()[-1]
    repo = Repository(data_dir)
    with pytest.raises(StorageError) as nothing:
        choose(repo, project, "change-order")
    assert "no tiene ninguna orden de cambio" in nothing.value.message("es")
    assert pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram").code == 0
    assert choose(Repository(data_dir), project, "change-order") == Choice(2, 1, None)
    document = render_project_document(repo=Repository(data_dir), project_id=project, kind="change-order", fmt="pdf")
    assert document.name.endswith("-v2-orden-de-cambio.pdf") and document.change is None


def test_an_unknown_change_order_is_one_error_naming_those_the_project_has(
        pacta: Pacta, examples_dir: Path, data_dir: Path) -> None:
    project = _signed_with_change(pacta, examples_dir)
    repo = Repository(data_dir, write=True)
    with repo:
        errors = []
        for call in (
            lambda: render_project_document(repo=repo, project_id=project, kind="change-order", fmt="pdf",
                                            change="CO-9"),
            lambda: outgoing.render(repo=repo, project_id=project, kind="change-order", fmt="pdf", paper="A4",
                                    change="CO-9"),
            lambda: decide_change(repo, project, "CO-9", accepted=True, on=dt.date(2026, 12, 1)),
        ):
            with pytest.raises(NoChangeOrder) as caught:
                call()
            errors.append(caught.value)
    assert outgoing.NoChangeOrder is NoChangeOrder
    assert {e.message("es") for e in errors} == {
        f"el proyecto {project} no tiene la orden de cambio CO-9 (sus órdenes de cambio: CO-1)"}
    assert {e.message("en") for e in errors} == {f"project {project} has no change order CO-9 (its change orders: CO-1)"}
    assert all(e.known == ("CO-1",) and e.number == "CO-9" for e in errors)


def test_the_apps_render_attaches_the_change_order_beside_the_documents_in_force(
        pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path) -> None:
    project = _signed_with_change(pacta, examples_dir)
    repo = Repository(data_dir)
    agreement = outgoing.render(repo=repo, project_id=project, kind="agreement", fmt="pdf", paper="A4", change="CO-1")
    assert (agreement.version, agreement.change) == (1, None)
    assert agreement == render_project_document(repo=repo, project_id=project, kind="agreement", fmt="pdf")
    order = outgoing.render(repo=repo, project_id=project, kind="change-order", fmt="docx", paper="Letter",
                            change="CO-1")
    assert (order.version, order.change) == (2, "CO-1") and order.name.endswith("-v2-orden-de-cambio-1.docx")

    with Repository(data_dir, write=True) as writer:
        written = save_document(repo=writer, document=order, target=tmp_path)
    assert written == tmp_path / order.name and written.read_bytes() == order.data
    [event] = [r.data for r in Repository(data_dir).records(project) if r.kind == RecordKind.DOCUMENT.value]
    assert event["change"] == "CO-1" and event["version"] == 2 and event["name"] == order.name
