"""What went wrong, in the UI language: one explanation for every dialog and status line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def explain(error: BaseException, lang: str) -> tuple[str, str]:
    """What went wrong in words the user can act on, and the technical detail ("" when none)."""
    from domain.validation import ContractError

    if isinstance(error, ContractError):
        return "\n".join(i.message(lang) for i in error.issues), ""
    message = getattr(error, "message", None)
    if callable(message):
        return str(message(lang)), ""
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if isinstance(error, FileNotFoundError) and _is_program(error):
        return program_missing(error), ""
    if isinstance(error, PermissionError):
        return QCoreApplication.translate("Errors", "Pacta may not write there. Choose another folder."), detail
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate("Errors", "The folder is not there any more. Choose another one."), detail
    if isinstance(error, OSError):
        return QCoreApplication.translate("Errors", "The files could not be written (is the disk full or disconnected?)."), detail
    return QCoreApplication.translate("Errors", "Something went wrong that Pacta did not expect. Please try again; if it happens "
              "again, the detail below helps to find out why."), detail


def describe(error: BaseException, lang: str) -> str:
    """The explanation with its technical detail below, for a message box."""
    reason, detail = explain(error, lang)
    if detail:
        reason += "\n\n" + QCoreApplication.translate("Errors", "Technical detail: {detail}").format(detail=detail)
    return reason


def _is_program(error: OSError) -> bool:
    """A program that could not be started (its bare name, such as xdg-open), not a missing file."""
    name = str(error.filename or "")
    return bool(name) and "/" not in name and "\\" not in name and "." not in name


def program_missing(error: OSError) -> str:
    """That a helper program Pacta starts is not installed, naming it."""
    return QCoreApplication.translate("Errors", "The program “{program}” is not installed on this computer, so "
                                      "Pacta cannot open the file with it.").format(program=error.filename)


def os_error_text(error: OSError, lang: str, *, writing: bool = False) -> str:
    """An operating-system error in the UI language: never Python's "[Errno 2] …" wording."""
    from domain.messages import os_problem

    if isinstance(error, FileNotFoundError) and _is_program(error):
        return program_missing(error)
    return os_problem(error.errno, error.strerror or "", lang, writing=writing)
