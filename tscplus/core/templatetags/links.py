"""`{{ link|in_page_language }}`: a site address stored without a language (a notification's link,
written once for its reader) shown in the language of the page, so following it from an English
page stays in English."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

register = template.Library()


@register.filter
def in_page_language(link: str) -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    if not link or not link.startswith("/") or language == settings.LANGUAGE_CODE:
        return link
    with translation.override(settings.LANGUAGE_CODE):  # stored links are in the default form
        return translate_url(link, language)
