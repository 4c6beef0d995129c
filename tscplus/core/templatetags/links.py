"""`{{ link|in_page_language }}`: a site address stored without a language (a notification's link,
written once for its reader) shown in the language of the page, so following it from an English
page stays in English."""

from django import template
from django.conf import settings
from django.utils import translation

from tscplus.core.notifications import link_in

register = template.Library()


@register.filter
def in_page_language(link: str) -> str:
    return link_in(link or "", translation.get_language() or settings.LANGUAGE_CODE)
