"""The one way to tell a person something: an in-app notification, and an email after commit.

The text is rendered in the person's preferred language, at the time it is sent. Mail goes through
the outbox (`core/outbox.py`): it leaves once the change commits, and is retried while the mail
server cannot be reached."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from django.conf import settings
from django.utils import translation

from tscplus.core.models import Notification
from tscplus.core.outbox import outbox_enqueue

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django_stubs_ext import StrOrPromise


class Text(Protocol):
    """A text, made when called (with no arguments) so that it comes out in the language then
    active. A protocol rather than `Callable[[], ...]`: mypy then accepts lambdas whose default
    arguments bind a loop's values (`lambda c=certificate: ...`)."""

    def __call__(self) -> StrOrPromise: ...


def stored_link(link: str) -> str:
    """A site address in its default-language form (no /en/ prefix), as links are stored: each
    reader's page shows it in their language (`in_page_language`), whoever wrote it."""
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE and (link == f"/{code}" or link.startswith(f"/{code}/")):
            return link[len(code) + 1 :] or "/"
    return link


def link_in(link: str, language: str) -> str:
    """A stored link as the page of `language` has it."""
    from django.urls import translate_url

    if not link.startswith("/") or language == settings.LANGUAGE_CODE:
        return link
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(link, language)


def notify(
    *,
    user: AbstractBaseUser,
    title: Text,
    body: Text,
    link: str = "",
    email: bool = True,
) -> Notification:
    """`title` and `body` are callables so that they are translated in the recipient's language."""
    language = getattr(user, "preferred_language", None) or settings.LANGUAGE_CODE
    with translation.override(language):
        subject, text = str(title()), str(body())
    link = stored_link(link)
    # The plugin wants the concrete AUTH_USER_MODEL here, which core may not name (it imports no app).
    notification = Notification.objects.create(  # type: ignore[misc]
        user=user, title=subject[:200], body=text, link=link
    )
    address = getattr(user, "email", "")
    if email and address and getattr(user, "is_active", False):
        url = f"{settings.SITE_URL}{link_in(link, language)}" if link.startswith("/") else link
        message = f"{text}\n\n{url}".strip()
        outbox_enqueue("core.mail", subject=subject, message=message, to=[address])
    return notification


def notification_mark_read(*, user: AbstractBaseUser) -> int:
    from django.utils import timezone

    # As in `notify`: the plugin wants the AUTH_USER_MODEL class, which core does not import.
    return Notification.objects.filter(user=user, read_at__isnull=True).update(  # type: ignore[misc]
        read_at=timezone.now()
    )


def notify_address(*, email: str, title: Text, body: Text) -> None:
    """Tell someone without an account (a complainant who left an address and consented), by
    email after commit, in Thai and then in English: we do not know their language."""
    texts = []
    for language in ("th", "en"):
        with translation.override(language):
            texts.append((str(title()), str(body())))
    subject = f"{texts[0][0]} / {texts[1][0]}"
    message = f"{texts[0][1]}\n\n---\n\n{texts[1][1]}"
    outbox_enqueue("core.mail", subject=subject, message=message, to=[email])
