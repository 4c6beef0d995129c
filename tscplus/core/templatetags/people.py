"""`{{ user|person }}`: a person's name on a page (full name, else e-mail), safe when there is no
person (a seeded item has no author): `{{ item.author|person:_("Department of Health") }}`."""

from typing import Any

from django import template

register = template.Library()


@register.filter
def person(user: Any, fallback: str = "") -> str:
    if user is None:
        return fallback
    return user.full_name or user.email or fallback
