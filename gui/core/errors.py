"""What went wrong, in the UI language: one explanation for every dialog and status line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def explain(error: BaseException, lang: str) -> tuple[str, str]:
    """What went wrong in words the user can act on, and the technical detail ("" when none)."""
    from domain.validation import ContractError

    if isinstance(error, ContractError):
        return "\n".join(i.message(lang) for i in error.issues), ""
    message = getattr(error, "message", None)
    if callable(message):
        return str(message(lang)), ""
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if isinstance(error, PermissionError):
        return _t("Pacta may not write there. Choose another folder."), detail
    if isinstance(error, FileNotFoundError):
        return _t("The folder is not there any more. Choose another one."), detail
    if isinstance(error, OSError):
        return _t("The files could not be written (is the disk full or disconnected?)."), detail
    return _t("Something went wrong that Pacta did not expect. Please try again; if it happens "
              "again, the detail below helps to find out why."), detail


def describe(error: BaseException, lang: str) -> str:
    """The explanation with its technical detail below, for a message box."""
    reason, detail = explain(error, lang)
    if detail:
        reason += "\n\n" + _t("Technical detail: {detail}").format(detail=detail)
    return reason
