"""What a client reads: clauses that name only what the contract has, sentences written around
the user's text, change-order rows a person would write, and pages that do not strand a line.

Every check reads the rendered PDF with pdftotext, in both languages, on A4 and Letter.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from documents import ChangeInfo, render_document
from documents import fonts as doc_fonts
from documents.pdf_cells import break_lines
from domain.model import Contract
from tests.documents.helpers import flat, load, meta, need, pdftotext

PAPERS = ("A4", "Letter")


def _data(examples: Path, name: str) -> dict[str, Any]:
    return load(examples, name).model_dump(mode="json", exclude_none=True)


def _text(contract: Contract, paper: str = "A4", kind: str = "agreement") -> str:
    return flat(pdftotext(render_document(kind, "pdf", contract, meta(paper=paper)).data))


def _pages(data: bytes, layout: bool = False) -> list[str]:
    """Each page's text (pdftotext, optionally with its layout), split at form feeds."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        command = [need("pdftotext"), "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return [page for page in out.split("\f") if page.strip()]


@pytest.mark.parametrize("paper", PAPERS)
def test_survival_and_the_confidentiality_heading_name_only_clauses_the_contract_has(
    examples_dir: Path, paper: str
) -> None:
    # Neither example has a data-processing or non-solicitation clause.
    for name, heading, wrong_heading, absent in (
        ("panaderia-v1", "Confidencialidad", "Confidencialidadydatospersonales", ("datospersonales", "nocaptación")),
        ("brand-identity-en", "Confidentiality", "Confidentialityandpersonaldata", ("personaldata", "non-solicitation")),
    ):
        text = _text(load(examples_dir, name), paper)
        assert f"14.{heading}" in text or f"15.{heading}" in text, name
        assert wrong_heading not in text, name
        survival = text[text.index("Survival." if name.endswith("en") else "Cláusulasquesiguenenvigor."):]
        survival = survival[: survival.index(".", 40)]
        for word in absent:
            assert word not in survival, (name, word)
        assert "limitationofliability" in survival or "limitaciónderesponsabilidad" in survival
    # The full example has both: the heading and the list say so.
    text = _text(load(examples_dir / "format2", "panaderia-v1-full"), paper)
    assert "Confidencialidadydatospersonales" in text
    assert flat("confidencialidad, protección de datos personales, material del Cliente, limitación de "
                "responsabilidad, no captación de personal, notificaciones y legislación aplicable") in text


@pytest.mark.parametrize("paper", PAPERS)
def test_spanish_sentences_are_written_around_the_users_text(examples_dir: Path, paper: str) -> None:
    full = load(examples_dir / "format2", "panaderia-v1-full")
    text = _text(full, paper)
    for phrase in (
        "A todos los importes se les sumará el IVA al tipo del 21 %.",
        "El Cliente retendrá de cada pago el IRPF al tipo del 15 % y lo ingresará en la Agencia Tributaria",
        "en cualquier medio y formato, para todo el mundo y por",
        "El Proveedor trabajará en el siguiente horario: lunes a viernes, de 9:00 a 18:00.",
        "Solo se considerará urgente lo siguiente: «La web está caída",
        "Salvo lo que las partes han acordado para el caso de terminación anticipada",
    ):
        assert flat(phrase) in text, phrase
    for form in ("seincrementacon", "ámbitoterritorial", "horariodetrabajodelProveedores", "handefinidoasí",
                 # the change process there only restates the clause before it
                 "Todapeticiónnuevasepide"):
        assert form not in text, form
    # Under another law, the withholding goes to a neutral authority; a named territory reads whole;
    # a process that says something new is printed as the parties' own words.
    data = full.model_dump(mode="json", exclude_none=True)
    data["law"] = {"governing_law": "Portugal"}
    data["ownership"]["territory"] = "España y Portugal"
    data["changes"]["process"] = "Las peticiones las recibe Jorge Ruiz, que responde con un presupuesto cerrado en 48 horas."
    data["taxes"]["lines"].append({"name": "Recargo", "percent": "5", "kind": "add"})
    text = _text(Contract.model_validate(data), paper)
    assert flat("lo ingresará en la administración tributaria que corresponda") in text and "AgenciaTributaria" not in text
    assert flat("para España y Portugal y por todo el tiempo") in text
    assert flat("se les sumarán el IVA al tipo del 21 % y el Recargo al tipo del 5 %.") in text
    assert flat("con sus propias palabras, este procedimiento para pedir y aprobar cambios: «Las peticiones las "
                "recibe Jorge Ruiz") in text


@pytest.mark.parametrize("paper", PAPERS)
def test_english_wording_taxes_and_notices(examples_dir: Path, paper: str) -> None:
    data = _data(examples_dir, "brand-identity-en")
    text = _text(Contract.model_validate(data), paper)
    assert flat("the rights to reproduce, distribute, publicly display and perform, and adapt (create derivative "
                "works from) the final deliverables") in text
    assert flat("Only the following counts as urgent: “A print deadline") in text
    assert flat("The Provider works these hours: Monday to Thursday, 10am to 5pm Pacific.") in text
    assert "Feesexcludesales" not in text  # no taxes given: nothing said
    # Its change process restates the clause: left out.
    assert "Changerequestsarequoted" not in text
    # The client gave no address: its notices row holds the email alone, no dash.
    notices = pdftotext(render_document("agreement", "pdf", Contract.model_validate(data), meta(paper=paper)).data)
    table = notices[notices.index("Address and email"): notices.index("Severability.")]
    assert "—" not in table and "sam@northwind.example" in table
    data["taxes"] = {"lines": []}
    data["changes"]["process"] = "Send requests to Sam Whitaker, who answers within two days with a fixed quote."
    text = _text(Contract.model_validate(data), paper)
    assert flat("Fees exclude sales and use taxes, which the Client pays where they apply.") in text
    assert flat("The parties have also agreed this process for change requests: “Send requests to Sam") in text
    data["taxes"] = {"lines": [], "note": "Services are not subject to Oregon sales tax."}
    text = _text(Contract.model_validate(data), paper)
    assert flat("Services are not subject to Oregon sales tax.") in text and "Feesexcludesales" not in text


@pytest.mark.parametrize("lang", ("es", "en"))
def test_change_order_lists_one_row_per_tax_and_one_for_the_rights(examples_dir: Path, lang: str) -> None:
    if lang == "es":
        old, new = load(examples_dir, "panaderia-v1"), load(examples_dir / "format2", "panaderia-v1-full")
        rows, forms, rights = ["IVA 21 % (se suma al precio)", "IRPF 15 % (se retiene de cada pago)"], \
            ["Nombre del impuesto", "Tipo del impuesto", "Porcentaje del impuesto"], "Derechos cedidos"
    else:
        old = load(examples_dir, "brand-identity-en")
        data = old.model_dump(mode="json", exclude_none=True)
        data["taxes"] = {"lines": [{"name": "Sales tax", "percent": "8.5", "kind": "add"}]}
        data["ownership"] = {"rights": ["reproduction", "distribution", "public_communication", "transformation"]}
        new = Contract.model_validate(data)
        rows, forms, rights = ["Sales tax 8.5% (added to the price)"], ["Name of tax", "Kind of tax", "Percentage of tax"], \
            "Rights transferred"
    change = ChangeInfo("CO-1", "Taxes", "client", dt.date(2026, 11, 26))
    for paper in PAPERS:
        pdf = render_document("change-order", "pdf", new, meta(2, paper=paper), previous=old, change=change).data
        text = flat(pdftotext(pdf))
        for row in rows:
            assert flat(row) in text, row
        for form in forms:
            assert flat(form) not in text, form
        assert text.count(flat(rights)) == 1


def test_phone_numbers_do_not_break_and_party_labels_stay_whole(examples_dir: Path) -> None:
    doc_fonts.register()
    # No-break spaces hold a number together where ordinary spaces would break it.
    assert break_lines("Teléfono: +34\u00a0600\u00a0000\u00a0000", 80, doc_fonts.REGULAR, 8) == [
        "Teléfono:", "+34\u00a0600\u00a0000\u00a0000"]
    for paper in PAPERS:
        for name, labels in (("panaderia-v1", ("Representado por", "Correo electrónico")),
                             ("brand-identity-en", ("Represented by",))):
            page = _pages(render_document("agreement", "pdf", load(examples_dir, name), meta(paper=paper)).data)[0]
            lines = [" ".join(line.split()) for line in page.splitlines()]
            for label in labels:
                assert any(label in line for line in lines), (name, paper, label)
            if name == "panaderia-v1":
                assert any("+34 600 000 000" in line for line in lines), paper


@pytest.mark.parametrize("paper", PAPERS)
def test_checklist_keeps_the_out_of_scope_list_whole_and_fits_one_page_when_it_can(
    examples_dir: Path, paper: str
) -> None:
    for name in ("panaderia-v1", "brand-identity-en"):
        contract = load(examples_dir, name)
        pages = _pages(render_document("checklist", "pdf", contract, meta(paper=paper)).data)
        holding = {index for index, page in enumerate(pages) for item in contract.out_of_scope
                   if flat(item) in flat(page)}
        assert len(holding) == 1, (name, paper, holding)  # every item on one page
        # The sign-off page carries the whole list with it, not a single stranded item.
        assert all(flat(item) in flat(pages[-1]) for item in contract.out_of_scope) or len(pages) == 1
    # A short checklist has its list and sign-off on page 1.
    data = _data(examples_dir, "brand-identity-en")
    data["deliverables"] = data["deliverables"][:1]
    data["client_inputs"] = []
    pages = _pages(render_document("checklist", "pdf", Contract.model_validate(data), meta(paper=paper)).data)
    assert len(pages) == 1


@pytest.mark.parametrize("paper", PAPERS)
def test_a_table_never_carries_over_only_its_header_and_total(examples_dir: Path, paper: str) -> None:
    for name, header in (("brand-identity-en", ("Payment", "Due")), ("panaderia-v1", ("Pago", "Vencimiento")),
                         ("brand-identity-en", ("ID", "Deliverable")), ("panaderia-v1", ("Ref.", "Entregable"))):
        pages = _pages(render_document("agreement", "pdf", load(examples_dir, name), meta(paper=paper)).data, True)
        for number, page in enumerate(pages[1:], 2):
            lines = [line.split() for line in page.splitlines() if line.strip()]
            if lines and lines[0][:2] == list(header):
                assert lines[1][0] != "Total", (name, paper, number)


def test_docx_checklist_keeps_the_out_of_scope_list_whole(examples_dir: Path) -> None:
    import io

    import docx

    contract = load(examples_dir, "brand-identity-en")
    document = docx.Document(io.BytesIO(render_document("checklist", "docx", contract, meta()).data))
    items = [p for p in document.paragraphs if p.text in contract.out_of_scope]
    assert [p.text for p in items] == contract.out_of_scope
    assert [bool(p.paragraph_format.keep_with_next) for p in items] == [True] * (len(items) - 1) + [False]
