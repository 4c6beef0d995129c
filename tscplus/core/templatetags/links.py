"""`{{ link|in_page_language }}`: a site address stored without a language (a notification's link,
written once for its reader) shown in the language of the page, so following it from an English
page stays in English."""

from django import template

from tscplus.core.language import reader_language
from tscplus.core.notifications import link_in

register = template.Library()


@register.filter
def in_page_language(link: str) -> str:
    return link_in(link or "", reader_language())
