"""The digest sent to a real SMTP server (aiosmtpd on 127.0.0.1), received and parsed back."""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

import pytest

from digest.mail import DigestConfigError, DigestSendError, build_message, send
from digest.model import Digest
from tests.digest.conftest import (
    SMTP_PASSWORD,
    SMTP_USER,
    Certificate,
    SmtpServer,
    check_password,
    free_port,
    make_settings,
)

ServerFactory = Callable[..., SmtpServer]

# AUTH over plain SMTP is what these tests check; aiosmtpd rightly warns about it.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def received(server: SmtpServer) -> EmailMessage:
    (envelope,) = server.collector.messages
    assert envelope.rcpt_tos == ["direction@example.org", "analystes@example.org"]
    assert envelope.mail_from == "veille@example.org"
    message = message_from_bytes(envelope.content, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_sent_message_has_headers_parts_and_inline_charts(
    week47: Digest, smtp_server: ServerFactory
) -> None:
    server = smtp_server()
    settings = make_settings(smtp_port=server.port)
    send(build_message(week47, settings), settings)
    message = received(server)

    assert message["Subject"] == "Veille — semaine 47, du 16 au 22 novembre 2026"
    assert message["From"] == "Veille <veille@example.org>"
    assert message["To"] == "direction@example.org, analystes@example.org"
    assert parsedate_to_datetime(message["Date"]) == week47.generated_at.replace(microsecond=0)
    assert re.fullmatch(r"<[^<>@\s]+@example\.org>", message["Message-ID"].strip())

    assert message.get_content_type() == "multipart/alternative"
    plain, related = message.get_payload()
    assert plain.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related"
    html_part, *images = related.get_payload()
    assert html_part.get_content_type() == "text/html"
    assert [image.get_content_type() for image in images] == ["image/png"] * 3

    html = html_part.get_content()
    for image in images:
        content_id = image["Content-ID"].strip("<>")
        assert f'src="cid:{content_id}"' in html
        assert image.get_content().startswith(b"\x89PNG")
    assert 'href="https://lesechos-regions.example/aerospace-valley-appel-hydrogene"' in html
    assert 'href="https://usine-nouvelle.example/hydrogene-aerospace-valley"' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    assert "Le cluster <script>alert(1)</script> & « Tech » recrute" in plain.get_content()


def test_empty_week_is_still_a_valid_message(empty_week: Digest, smtp_server: ServerFactory) -> None:
    server = smtp_server()
    settings = make_settings(smtp_port=server.port)
    send(build_message(empty_week, settings), settings)
    message = received(server)
    assert message["Subject"] == "Veille — semaine 10, du 2 au 8 mars 2026"
    assert [p.get_content_type() for p in message.walk()] == [
        "multipart/alternative", "text/plain", "text/html"]
    assert "Aucun article" in message.get_body(("plain",)).get_content()


def test_authentication_required_and_given(
    week47: Digest, smtp_server: ServerFactory, caplog: pytest.LogCaptureFixture
) -> None:
    server = smtp_server(auth_required=True, auth_require_tls=False, authenticator=check_password)
    settings = make_settings(smtp_port=server.port, smtp_user=SMTP_USER, smtp_password=SMTP_PASSWORD)
    with caplog.at_level(logging.DEBUG):
        send(build_message(week47, settings), settings)
    assert received(server)["Subject"].startswith("Veille")
    assert SMTP_PASSWORD not in caplog.text


def test_wrong_password_is_a_clear_error_without_the_password(
    week47: Digest, smtp_server: ServerFactory
) -> None:
    server = smtp_server(auth_required=True, auth_require_tls=False, authenticator=check_password)
    settings = make_settings(smtp_port=server.port, smtp_user=SMTP_USER, smtp_password="wrong-pass")
    with pytest.raises(DigestSendError, match="authentication failed") as error:
        send(build_message(week47, settings), settings)
    assert not error.value.transient
    assert "wrong-pass" not in str(error.value)
    assert server.collector.messages == []


def test_missing_credentials_on_an_auth_server_is_refused(
    week47: Digest, smtp_server: ServerFactory
) -> None:
    server = smtp_server(auth_required=True, auth_require_tls=False, authenticator=check_password)
    settings = make_settings(smtp_port=server.port)
    with pytest.raises(DigestSendError, match="530"):
        send(build_message(week47, settings), settings)


def test_connection_refused_is_a_transient_clear_error(week47: Digest) -> None:
    settings = make_settings(smtp_port=free_port())
    with pytest.raises(DigestSendError, match=r"connection refused by 127\.0\.0\.1:\d+") as error:
        send(build_message(week47, settings), settings)
    assert error.value.transient


def test_no_recipients_is_a_configuration_error(week47: Digest) -> None:
    with pytest.raises(DigestConfigError, match="VEILLE_DIGEST_TO"):
        build_message(week47, make_settings(digest_to=[]))
    with pytest.raises(DigestConfigError, match="not an e-mail address"):
        build_message(week47, make_settings(digest_to=["direction"]))


def test_starttls_with_authentication(
    week47: Digest, smtp_server: ServerFactory, certificate: Certificate
) -> None:
    server = smtp_server(tls_context=certificate.server_context(), require_starttls=True,
                         authenticator=check_password, auth_required=True)
    settings = make_settings(smtp_port=server.port, smtp_security="starttls",
                             smtp_ca_file=certificate.cert,
                             smtp_user=SMTP_USER, smtp_password=SMTP_PASSWORD)
    send(build_message(week47, settings), settings)
    assert received(server)["Subject"].startswith("Veille")


def test_starttls_with_an_untrusted_certificate_fails_clearly(
    week47: Digest, smtp_server: ServerFactory, certificate: Certificate
) -> None:
    server = smtp_server(tls_context=certificate.server_context(), require_starttls=True)
    settings = make_settings(smtp_port=server.port, smtp_security="starttls")
    with pytest.raises(DigestSendError, match="TLS failed") as error:
        send(build_message(week47, settings), settings)
    assert not error.value.transient


def test_implicit_tls(week47: Digest, smtp_server: ServerFactory, certificate: Certificate) -> None:
    server = smtp_server(ssl_context=certificate.server_context())
    settings = make_settings(smtp_port=server.port, smtp_security="ssl",
                             smtp_ca_file=certificate.cert)
    send(build_message(week47, settings), settings)
    assert received(server)["Subject"].startswith("Veille")
