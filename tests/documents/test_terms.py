"""The agreement's terms: what the client's copy says, in both languages, and what it leaves out."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import tempfile
from pathlib import Path

from documents import ChangeInfo, RenderOptions, render_document
from domain.agreement_terms import FIELDS, WHY, defaults, why
from domain.model import Contract
from tests.clitools import Pacta
from tests.documents.helpers import flat, load, meta, need, pdftotext, qpdf_json


def text_of(contract: Contract, options: RenderOptions | None = None) -> str:
    return flat(pdftotext(render_document("agreement", "pdf", contract, meta(), options=options).data))


def test_client_copy_has_no_template_notice_and_no_prepared_with(examples_dir: Path) -> None:
    for name, notice, prepared in (("panaderia-v1", "asesoramientojurídico", "PreparadoconPacta"),
                                   ("brand-identity-en", "notlegaladvice", "PreparedwithPacta")):
        contract = load(examples_dir, name)
        plain = text_of(contract)
        assert notice not in plain and prepared not in plain, name
        both = text_of(contract, RenderOptions(notice=True, prepared_with=True))
        assert notice in both and prepared in both, name


def test_options_come_from_saved_preferences() -> None:
    assert RenderOptions.from_settings({}) == RenderOptions()
    keys = RenderOptions.SETTINGS
    assert RenderOptions.from_settings({keys["notice"]: "true", keys["prepared_with"]: 0}) == RenderOptions(notice=True)


def test_law_is_never_a_blank_line(examples_dir: Path) -> None:
    spanish = load(examples_dir, "panaderia-v1")
    text = text_of(spanish)
    assert "___" not in text
    assert flat("se regirá por la legislación del país en que el Proveedor tenga su domicilio") in text
    data = spanish.model_dump(mode="json", exclude_none=True)
    data["law"] = {"courts": "Sevilla"}
    assert flat("a los juzgados y tribunales de Sevilla.") in text_of(Contract.model_validate(data))
    english = load(examples_dir, "brand-identity-en").model_dump(mode="json", exclude_none=True)
    english["law"] = {"governing_law": "the State of Oregon.", "courts": "Multnomah County, Oregon"}
    text = text_of(Contract.model_validate(english))
    assert flat("governed by the law of the State of Oregon, and the parties submit any dispute about it to the "
                "courts of Multnomah County, Oregon.") in text


def test_full_spanish_agreement_names_every_term(examples_dir: Path) -> None:
    text = text_of(load(examples_dir / "format2", "panaderia-v1-full"))
    for phrase in (
        "se cuentan en días hábiles",
        "derechos de explotación de reproducción, distribución, comunicación pública y transformación",
        "con el ámbito territorial de todo el mundo",
        "por todo el tiempo de protección que la ley reconoce",
        "durante 3 años después de su terminación",
        "artículo 28 del Reglamento General de Protección de Datos",
        "durante los 12 meses siguientes",
        "Todo gasto de más de 100,00 € requerirá la aprobación previa",
        "mantendrá indemne al Proveedor",
        "Fuerza mayor.",
        "Nulidad parcial.",
        "Firma y ejemplares.",
        "Cláusulas que siguen en vigor.",
        "se regirá por la legislación de España, y las partes someten cualquier controversia sobre él a los "
        "juzgados y tribunales de Madrid.",
        "indemnización por desistimiento del 25 %",
        "El horario de trabajo del Proveedor es «Lunes a viernes, de 9:00 a 18:00».",
        "«El trabajo pagado pasa a ser del cliente; el no pagado sigue siendo de la diseñadora».",
    ):
        assert flat(phrase) in text, phrase
    for calque in ("Facturasdiscutidas", "Acuerdocompleto", "portafolio", "penalización", "HorariodetrabajodelProveedor:"):
        assert calque not in text, calque
    # The notices clause tables both parties' addresses and emails.
    assert flat("Calle Mayor 1, 28013 Madrid") in text and "jorge@laespiga.example" in text


def test_change_order_names_the_kill_fee_as_the_agreement_does(examples_dir: Path) -> None:
    old = load(examples_dir / "format2", "panaderia-v1-full")
    data = old.model_dump(mode="json", exclude_none=True)
    data["termination"]["kill_fee_percent"] = "30"
    data["payment"]["installments"][0]["percent"] = "50"
    data["payment"]["deposit_percent"] = "50"
    new = Contract.model_validate(data)
    change = ChangeInfo("CO-1", "Ajuste de condiciones.", "client", dt.date(2026, 11, 26))
    text = flat(pdftotext(render_document("change-order", "pdf", new, meta(2), previous=old, change=change).data))
    assert "Indemnizaciónpordesistimiento" in text
    assert "Porcentajedelpagoparcial1" in text and "›" not in text


def test_agreement_has_bookmarks_and_checklist_fields_speak_the_language(examples_dir: Path) -> None:
    pdf = render_document("agreement", "pdf", load(examples_dir / "format2", "panaderia-v1-full"), meta()).data
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.pdf"
        path.write_bytes(pdf)
        out = subprocess.run([need("qpdf"), "--json", "--json-key=outlines", str(path)], capture_output=True,
                             text=True, check=True)
    titles = [entry["title"] for entry in json.loads(out.stdout)["outlines"]]
    assert titles[0] == "1. Partes" and any(t.endswith("Firmas") for t in titles) and len(titles) > 15
    checklist = render_document("checklist", "pdf", load(examples_dir, "panaderia-v1"), meta()).data
    tips = [f.get("alternativename", "") for f in qpdf_json(checklist)["acroform"]["fields"]]
    assert "Fecha en que el Cliente acepta el entregable A" in tips, tips[:4]


def test_defaults_and_reasons_for_every_new_field() -> None:
    for field in FIELDS:
        assert set(WHY[field]) == {"es", "en"} and all(len(t) < 140 for t in WHY[field].values()), field
        assert why(field, "fr") == WHY[field]["en"]
    spanish = defaults("es", "ES", "EUR")
    assert spanish["law"] == {"governing_law": "España"} and spanish["day_basis"] == "business"
    assert defaults("en", "US", "USD").get("law") is None  # a state must be named by the user
    base = {"language": "es", "currency": "EUR", "title": "T", "provider": {"name": "P"}, "client": {"name": "C"},
            "deliverables": [{"title": "D"}]}
    for lang, country in (("es", "ES"), ("es", "MX"), ("en", "GB"), ("en", None)):
        Contract.model_validate({**base, "language": lang, **defaults(lang, country, "EUR")})


def test_render_command_adds_the_notice_only_when_asked(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    result = pacta("import", str(examples_dir / "brand-identity-en.json"))
    project = result.out.split()[0]
    plain, noted = tmp_path / "plain.pdf", tmp_path / "noted.pdf"
    assert pacta("render", project, "--document", "agreement", "--format", "pdf", "-o", str(plain)).code == 0
    assert pacta("render", project, "--document", "agreement", "--format", "pdf", "--with-notice",
                 "-o", str(noted)).code == 0
    assert "notlegaladvice" not in flat(pdftotext(plain.read_bytes()))
    assert "notlegaladvice" in flat(pdftotext(noted.read_bytes()))
    assert "PreparedwithPacta" in flat(pdftotext(noted.read_bytes()))
