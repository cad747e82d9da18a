"""Page 1: the project and both parties."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QWidget

from gui.widgets.fields import ChoiceField, CurrencyField, DateField, LineField
from gui.wizard.page import ContractPage, put

PARTY_FIELDS = ("name", "representative", "tax_id", "email", "phone", "address")


class ProjectPage(ContractPage):
    """Title, reference, language, currency, start date, provider and client."""

    OWNS = ("language", "currency", "title", "reference", "start", "provider", "client", "format")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Project and parties"))
        self.setSubTitle(self.tr("Who agrees with whom, on what, from when."))
        self.why.setText(self.tr(
            "A contract starts with clarity: the exact names of both parties and of the project. "
            "Tick “use these as my details” and your own details fill in the next contract."))
        self.project_title = self.bind("title", LineField(self), self.tr("Project title"))
        self.reference = self.bind("reference", LineField(self), self.tr("Reference"))
        self.language = self.bind("language", ChoiceField([("es", self.tr("Spanish")), ("en", self.tr("English"))], self),
                                  self.tr("Language of the documents"))
        self.currency = self.bind("currency", CurrencyField(self), self.tr("Currency"))
        self.start = self.bind("start", DateField(self), self.tr("Start date"))
        self.project_title.setPlaceholderText(self.tr("e.g. Website redesign for Bakery La Espiga"))
        self.reference.setPlaceholderText(self.tr("your own number, optional"))
        form = QFormLayout()
        form.addRow(self.tr("Project title"), self.project_title)
        form.addRow(self.tr("Reference"), self.reference)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addSpacing(12)
        row.addWidget(self.currency)
        row.addStretch(1)
        form.addRow(self.tr("Language and currency"), row)
        form.addRow(self.tr("Start date"), self.start)
        self.body.addLayout(form)
        parties = QHBoxLayout()
        self.provider = self._party_box("provider", self.tr("You (the provider)"))
        self.client = self._party_box("client", self.tr("The client"))
        parties.addWidget(self.provider[0])
        parties.addWidget(self.client[0])
        self.body.addLayout(parties)
        #: Ticked: saving the contract also keeps the provider's details for new contracts.
        self.remember_provider = QCheckBox(self.tr("&Use these as my details for new contracts"), self)
        self.remember_provider.setObjectName("rememberProvider")
        self.body.addWidget(self.remember_provider)
        self.body.addStretch(1)
        # Not mandatory fields of QWizard (those keep Next disabled, without saying why): the
        # page says what is missing when the user asks for the next page.
        self.registerField("title", self.project_title)
        self.registerField("provider.name", self.provider[1]["name"])
        self.registerField("client.name", self.client[1]["name"])

    def _party_box(self, side: str, caption: str) -> tuple[QGroupBox, dict[str, LineField]]:
        box = QGroupBox(caption, self)
        form = QFormLayout(box)
        labels = {
            "name": self.tr("Name or company"),
            "representative": self.tr("Represented by"),
            "tax_id": self.tr("Tax ID"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
        }
        prefix = self.tr("Provider") if side == "provider" else self.tr("Client")
        fields: dict[str, LineField] = {}
        for key in PARTY_FIELDS:
            widget = LineField(box)
            widget.setObjectName(f"{side}_{key}")
            self.bind(f"{side}.{key}", widget, self.tr("{party}: {field}").format(party=prefix, field=labels[key]))
            form.addRow(labels[key], widget)
            fields[key] = widget
        return box, fields

    def contribute(self, data: dict[str, Any]) -> None:
        """Write title, language, currency, start and both parties."""
        data["language"] = self.language.value()
        data["currency"] = self.currency.value()
        data["title"] = self.project_title.value()
        put(data, "reference", self.reference.value())
        put(data, "start", self.start.value())
        for side, (_box, fields) in (("provider", self.provider), ("client", self.client)):
            party: dict[str, Any] = {"name": fields["name"].value()}
            for key in PARTY_FIELDS[1:]:
                put(party, key, fields[key].value())
            data[side] = party

    def load(self, data: dict[str, Any]) -> None:
        """Show title, language, currency, start and both parties."""
        self.project_title.setValue(data.get("title", ""))
        self.reference.setValue(data.get("reference", ""))
        self.language.setValue(data.get("language", self.ctx.lang))
        self.currency.setValue(data.get("currency", "EUR"))
        self.start.setValue(data.get("start", ""))
        for side, (_box, fields) in (("provider", self.provider), ("client", self.client)):
            party = data.get(side) or {}
            for key in PARTY_FIELDS:
                fields[key].setValue(party.get(key, ""))
