"""Sending a message through the user's own SMTP server: verified, cancellable, in steps.

`send` blocks; the app runs it off the GUI thread. `progress` is called on that thread with
each step; `cancel` is checked between steps, and setting it also shuts the connection down
so a long upload stops at once. Every failure is a `SendError` with a code and plain words.
A cancel that lands while the server is writing its final reply to the data cannot know
whether the server kept the message (SMTP has no way to ask); the caller keeps the draft.
"""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
import threading
import warnings
from collections.abc import Callable
from email.message import EmailMessage
from enum import StrEnum

from delivery.errors import SendCancelled, SendError, SendErrorCode
from delivery.mail import recipients
from delivery.receipt import SendReceipt, receipt_for
from delivery.settings import SmtpSettings

__all__ = ["SendStep", "UnencryptedWarning", "check_connection", "message_size", "send"]


class SendStep(StrEnum):
    """The steps of a send, in order, as reported to the progress callback."""

    CONNECTING = "connecting"
    ENCRYPTING = "encrypting"
    SIGNING_IN = "signing_in"
    SENDING = "sending"
    DONE = "done"


Progress = Callable[[SendStep], None]
#: Told, every time, that the connection goes on without encryption (and whether a password
#: travels over it); the settings allowed it with an explicit `allow_unencrypted: true`.
Warn = Callable[["UnencryptedWarning"], None]


class UnencryptedWarning(UserWarning):
    """A message, and perhaps a password, about to cross the network unencrypted."""

    def __init__(self, host: str, port: int, signing_in: bool) -> None:
        self.host, self.port, self.signing_in = host, port, signing_in
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The warning in words, in `lang`."""
        if lang == "es":
            what = "su contraseña y el mensaje viajan" if self.signing_in else "el mensaje viaja"
            return (f"aviso: la conexión con {self.host}:{self.port} no está cifrada; {what} sin cifrar "
                    "porque la configuración del correo lo permite (allow_unencrypted)")
        what = "your password and the message travel" if self.signing_in else "the message travels"
        return (f"warning: the connection to {self.host}:{self.port} is not encrypted; {what} in clear "
                "text because the mail settings allow it (allow_unencrypted)")


def _python_warning(warning: UnencryptedWarning) -> None:
    # Said every time (a fresh registry: Python's default is once per place in the code),
    # while the program's own warning filters still apply.
    warnings.warn_explicit(warning, UnencryptedWarning, __file__, 0, module=__name__, registry={})


def message_size(message: EmailMessage) -> int:
    """The size in bytes of the message as it travels (CRLF line ends)."""
    return len(message.as_bytes(policy=message.policy.clone(linesep="\r\n")))


def send(
    message: EmailMessage,
    settings: SmtpSettings,
    *,
    password: str | None = None,
    context: ssl.SSLContext | None = None,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    local_hostname: str | None = None,
    warn: Warn | None = None,
) -> SendReceipt:
    """Send `message` through `settings`' server; a receipt on success, SendError otherwise."""
    cancel = cancel or threading.Event()
    report: Progress = progress or (lambda step: None)
    where = {"host": settings.host, "port": settings.port}
    if settings.security == "none" and settings.allow_unencrypted is not True:
        raise SendError(SendErrorCode.NO_ENCRYPTION, **where)
    if settings.username and password is None:
        raise SendError(SendErrorCode.PASSWORD_NEEDED, username=settings.username, **where)
    context = context or ssl.create_default_context()
    to_addrs = recipients(message)
    size = message_size(message)

    _check(cancel)
    report(SendStep.CONNECTING)
    try:
        smtp = _connect(settings, context, local_hostname)
    except SendError:
        # The connection cannot be shut down before it exists: a cancel waits for the server's
        # greeting (or the timeout), and then counts as a cancel, not as a failure.
        if cancel.is_set():
            raise SendCancelled() from None
        raise
    watcher = _CancelWatcher(cancel, smtp)
    try:
        try:
            refused = _session(smtp, message, settings, password, context, to_addrs, size, cancel, report,
                               warn or _python_warning)
        except SendError:
            raise
        except Exception as exc:
            if cancel.is_set():
                raise SendCancelled() from exc
            raise _translate(exc, settings, size, smtp) from exc
    finally:
        watcher.stop()
        with contextlib.suppress(Exception):
            smtp.close()
    receipt = receipt_for(message, refused=tuple(sorted(refused)))
    report(SendStep.DONE)
    return receipt


def check_connection(
    settings: SmtpSettings,
    *,
    password: str | None = None,
    context: ssl.SSLContext | None = None,
    cancel: threading.Event | None = None,
    local_hostname: str | None = None,
    warn: Warn | None = None,
) -> None:
    """Connect, secure the connection and sign in, sending nothing; SendError says what failed."""
    cancel = cancel or threading.Event()
    where = {"host": settings.host, "port": settings.port}
    if settings.security == "none" and settings.allow_unencrypted is not True:
        raise SendError(SendErrorCode.NO_ENCRYPTION, **where)
    if settings.username and password is None:
        raise SendError(SendErrorCode.PASSWORD_NEEDED, username=settings.username, **where)
    context = context or ssl.create_default_context()
    smtp = _connect(settings, context, local_hostname)
    watcher = _CancelWatcher(cancel, smtp)
    try:
        try:
            _secure_and_sign_in(smtp, settings, password, context, cancel, lambda step: None,
                                warn or _python_warning)
            with contextlib.suppress(Exception):
                smtp.quit()
        except SendError:
            raise
        except Exception as exc:
            if cancel.is_set():
                raise SendCancelled() from exc
            raise _translate(exc, settings, 0, smtp) from exc
    finally:
        watcher.stop()
        with contextlib.suppress(Exception):
            smtp.close()


def _session(
    smtp: smtplib.SMTP,
    message: EmailMessage,
    settings: SmtpSettings,
    password: str | None,
    context: ssl.SSLContext,
    to_addrs: list[str],
    size: int,
    cancel: threading.Event,
    report: Progress,
    warn: Warn,
) -> dict[str, tuple[int, bytes]]:
    where = {"host": settings.host, "port": settings.port}
    _secure_and_sign_in(smtp, settings, password, context, cancel, report, warn)
    limit = _size_limit(smtp)
    if limit and size > limit:
        raise SendError(SendErrorCode.TOO_LARGE, size=size, limit=limit, **where)
    _check(cancel)
    report(SendStep.SENDING)
    refused = smtp.send_message(message, to_addrs=to_addrs)
    # The server has the message now: a cancel that arrives after this is too late to matter.
    with contextlib.suppress(Exception):
        smtp.quit()
    return dict(refused)


def _secure_and_sign_in(
    smtp: smtplib.SMTP,
    settings: SmtpSettings,
    password: str | None,
    context: ssl.SSLContext,
    cancel: threading.Event,
    report: Progress,
    warn: Warn,
) -> None:
    where = {"host": settings.host, "port": settings.port}
    smtp.ehlo_or_helo_if_needed()
    _check(cancel)
    encrypted = settings.security == "ssl"
    if settings.security == "starttls":
        if smtp.has_extn("starttls"):
            report(SendStep.ENCRYPTING)
            smtp.starttls(context=context)
            smtp.ehlo()
            encrypted = True
        elif settings.allow_unencrypted is not True:
            raise SendError(SendErrorCode.NO_ENCRYPTION, **where)
    if not encrypted:
        if settings.allow_unencrypted is not True:  # only an explicit boolean true allows clear text
            raise SendError(SendErrorCode.NO_ENCRYPTION, **where)
        warn(UnencryptedWarning(settings.host, settings.port, bool(settings.username)))
    _check(cancel)
    if settings.username:
        report(SendStep.SIGNING_IN)
        assert password is not None  # checked by the callers
        try:
            smtp.login(settings.username, password)
        except smtplib.SMTPAuthenticationError as exc:
            raise SendError(SendErrorCode.AUTH, detail=_reply(exc), **where) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise SendError(SendErrorCode.AUTH_UNSUPPORTED, **where) from exc
        except smtplib.SMTPException as exc:
            if isinstance(exc, smtplib.SMTPResponseException | smtplib.SMTPServerDisconnected):
                raise
            raise SendError(SendErrorCode.AUTH_UNSUPPORTED, detail=str(exc), **where) from exc


def _connect(
    settings: SmtpSettings, context: ssl.SSLContext, local_hostname: str | None
) -> smtplib.SMTP:
    where = {"host": settings.host, "port": settings.port}
    try:
        if settings.security == "ssl":
            return smtplib.SMTP_SSL(
                settings.host, settings.port, local_hostname=local_hostname,
                timeout=settings.timeout, context=context,
            )
        return smtplib.SMTP(
            settings.host, settings.port, local_hostname=local_hostname, timeout=settings.timeout
        )
    except ssl.SSLCertVerificationError as exc:
        raise SendError(SendErrorCode.CERTIFICATE, detail=_cert_detail(exc), **where) from exc
    except ssl.SSLError as exc:
        raise SendError(SendErrorCode.TLS_FAILED, detail=exc.reason or str(exc), **where) from exc
    except smtplib.SMTPResponseException as exc:
        raise SendError(SendErrorCode.SERVER_ERROR, detail=_reply(exc), **where) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise SendError(SendErrorCode.UNREACHABLE, detail=_os_detail(exc), **where) from exc


def _translate(exc: Exception, settings: SmtpSettings, size: int, smtp: smtplib.SMTP) -> SendError:
    where = {"host": settings.host, "port": settings.port}
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(sorted(exc.recipients))
        return SendError(SendErrorCode.RECIPIENTS_REFUSED, recipients=refused, **where)
    if isinstance(exc, smtplib.SMTPSenderRefused | smtplib.SMTPDataError) and exc.smtp_code == 552:
        limit = _size_limit(smtp)
        return SendError(SendErrorCode.TOO_LARGE, size=size, limit=limit or "?", detail=_reply(exc), **where)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return SendError(SendErrorCode.SENDER_REFUSED, sender=exc.sender, detail=_reply(exc), **where)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendError(SendErrorCode.INTERNATIONAL_ADDRESS, detail=str(exc), **where)
    if isinstance(exc, smtplib.SMTPResponseException):
        return SendError(SendErrorCode.SERVER_ERROR, detail=_reply(exc), **where)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SendError(SendErrorCode.CERTIFICATE, detail=_cert_detail(exc), **where)
    if isinstance(exc, ssl.SSLError):
        return SendError(SendErrorCode.TLS_FAILED, detail=exc.reason or str(exc), **where)
    if isinstance(exc, TimeoutError):
        return SendError(SendErrorCode.TIMEOUT, **where)
    if isinstance(exc, OSError):  # SMTPServerDisconnected, resets, broken pipes
        return SendError(SendErrorCode.CONNECTION_LOST, detail=_os_detail(exc), **where)
    return SendError(SendErrorCode.SERVER_ERROR, detail=f"{type(exc).__name__}: {exc}", **where)


def _size_limit(smtp: smtplib.SMTP) -> int | None:
    raw = smtp.esmtp_features.get("size", "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else None


def _check(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise SendCancelled()


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {' '.join(text.split())}".strip()


def _cert_detail(exc: ssl.SSLCertVerificationError) -> str:
    return str(exc.verify_message or exc.reason or exc)


def _os_detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


class _CancelWatcher:
    """Shuts the socket down when `cancel` is set, so a blocked read or write returns."""

    def __init__(self, cancel: threading.Event, smtp: smtplib.SMTP) -> None:
        self._cancel = cancel
        self._smtp = smtp
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pacta-smtp-cancel", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.wait(0.05):
            if self._cancel.is_set():
                self._shutdown()
                return

    def _shutdown(self) -> None:
        sock = getattr(self._smtp, "sock", None)
        if sock is None:
            return
        # Shut the connection down through a duplicate descriptor: the sending thread keeps
        # its own socket object (possibly TLS) untouched, and its blocked call fails at once.
        with (
            contextlib.suppress(OSError, ValueError),
            socket.socket(fileno=socket.dup(sock.fileno())) as duplicate,
        ):
            duplicate.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._done.set()
        self._thread.join(timeout=1)
