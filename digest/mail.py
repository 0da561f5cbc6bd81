"""The digest as a MIME message, and its delivery over SMTP.

Structure: multipart/alternative (text/plain, then multipart/related holding the text/html and
the PNG charts it references by `cid:`), the standard `EmailMessage` layout mail clients expect.
"""
from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from digest import french
from digest.model import Digest
from digest.render import render_html, render_text
from veille.settings import Settings

log = logging.getLogger(__name__)

UNDISCLOSED = "undisclosed-recipients:;"


class DigestConfigError(ValueError):
    """The digest cannot be addressed or sent as configured (no recipients, bad address...)."""


class DigestSendError(RuntimeError):
    """The SMTP server could not be reached or refused the message.

    `transient` tells a scheduler whether retrying later can help (connection refused, timeout,
    4xx) or not (authentication failure, TLS error, recipients refused).
    """

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


def subject(digest: Digest) -> str:
    """`Veille — semaine 47, du 16 au 22 novembre 2026`."""
    return f"Veille — {french.week_label(digest.week)}"


def recipients(settings: Settings) -> list[str]:
    """The configured recipients, checked; a missing list is a configuration error."""
    if not settings.digest_to:
        raise DigestConfigError(
            "no digest recipients: set VEILLE_DIGEST_TO to a comma-separated list of addresses"
        )
    for address in [*settings.digest_to, settings.digest_from]:
        _check_address(address)
    return list(settings.digest_to)


def build_message(digest: Digest, settings: Settings) -> EmailMessage:
    """The complete message: headers, text and HTML alternatives, charts as inline images."""
    return compose(digest, settings, ", ".join(recipients(settings)))


def compose(digest: Digest, settings: Settings, to_header: str) -> EmailMessage:
    """The message addressed to `to_header` (the .eml preview may have no recipients yet)."""
    _check_address(settings.digest_from)
    message = EmailMessage()
    message["Subject"] = subject(digest)
    message["From"] = settings.digest_from
    message["To"] = to_header
    message["Date"] = format_datetime(digest.generated_at)
    message["Message-ID"] = make_msgid(
        idstring=f"digest.{digest.week.label}", domain=_domain(settings.digest_from)
    )
    message.set_content(render_text(digest))
    message.add_alternative(render_html(digest), subtype="html")
    html_part = list(message.iter_parts())[1]
    for chart in digest.charts:
        html_part.add_related(
            chart.png, maintype="image", subtype="png", cid=f"<{chart.content_id}>",
            filename=chart.filename, disposition="inline",
        )
    return message


def send(message: EmailMessage, settings: Settings) -> None:
    """Deliver `message` to its recipients through the configured SMTP server.

    Raises `DigestSendError` with a one-line reason (never the password) instead of a traceback.
    """
    where = f"{settings.smtp_host}:{settings.smtp_port} ({settings.smtp_security})"
    try:
        with _open(settings) as smtp:
            _login(smtp, settings)
            refused = smtp.send_message(message)
    except OSError as error:  # smtplib.SMTPException and ssl.SSLError are OSErrors too
        raise _explain(error, where, settings) from None
    if refused:
        raise DigestSendError(f"SMTP server {where} refused: {', '.join(refused)}", transient=False)
    log.info("digest %r sent to %d recipient(s) via %s",
             message["Subject"], len(settings.digest_to), where)


def _explain(error: OSError, where: str, settings: Settings) -> DigestSendError:
    """One line saying what went wrong, and whether retrying later may help."""
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return DigestSendError(
            f"SMTP authentication failed for user {settings.smtp_user!r} on {where}: "
            f"{error.smtp_code} {_text(error.smtp_error)}", transient=False)
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return DigestSendError(f"SMTP server {where} does not support {error}", transient=False)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(error.recipients)
        return DigestSendError(f"SMTP server {where} refused every recipient: {refused}",
                               transient=False)
    if isinstance(error, smtplib.SMTPResponseException):
        return DigestSendError(
            f"SMTP server {where} answered {error.smtp_code} {_text(error.smtp_error)}",
            transient=400 <= error.smtp_code < 500)
    if isinstance(error, ssl.SSLError):
        return DigestSendError(f"TLS failed with {where}: {error.reason or error}", transient=False)
    if isinstance(error, smtplib.SMTPException):
        return DigestSendError(f"SMTP error with {where}: {error}", transient=True)
    if isinstance(error, ConnectionRefusedError):
        return DigestSendError(f"connection refused by {where}", transient=True)
    if isinstance(error, TimeoutError):
        return DigestSendError(
            f"no answer from {where} within {settings.smtp_timeout:g} s", transient=True)
    return DigestSendError(f"cannot reach {where}: {error.strerror or error}", transient=True)


def _open(settings: Settings) -> smtplib.SMTP:
    """A connected client, TLS established as configured."""
    if settings.smtp_security == "ssl":
        return smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port,
                                timeout=settings.smtp_timeout, context=_tls_context(settings))
    smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout)
    if settings.smtp_security == "starttls":
        try:
            smtp.starttls(context=_tls_context(settings))
        except BaseException:
            smtp.close()
            raise
    return smtp


def _login(smtp: smtplib.SMTP, settings: Settings) -> None:
    if not settings.smtp_user:
        return
    if settings.smtp_password is None:
        raise DigestConfigError("VEILLE_SMTP_USER is set but VEILLE_SMTP_PASSWORD is not")
    if settings.smtp_security == "none":
        log.warning("sending SMTP credentials without TLS (VEILLE_SMTP_SECURITY=none)")
    smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())


def _tls_context(settings: Settings) -> ssl.SSLContext:
    """System CAs, plus `smtp_ca_file` for an internal relay's own certificate authority."""
    ca_file = str(settings.smtp_ca_file) if settings.smtp_ca_file else None
    return ssl.create_default_context(cafile=ca_file)


def _check_address(address: str) -> None:
    _, parsed = parseaddr(address)
    if "@" not in parsed or parsed.startswith("@") or parsed.endswith("@"):
        raise DigestConfigError(f"not an e-mail address: {address!r}")


def _domain(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2] or "localhost"


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
