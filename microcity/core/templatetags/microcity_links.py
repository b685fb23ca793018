"""`{% absolute_url 'talent:job' city=city.slug pk=job.pk slug=job.slug %}`: the same link as `{% url %}`, with
the configured site address in front (core/links.py), for e-mails and PDFs that are read off the site."""

from __future__ import annotations

from typing import Any

from django import template

from microcity.core import links

register = template.Library()


@register.simple_tag
def absolute_url(path_or_url_name: str, *args: Any, **kwargs: Any) -> str:
    return links.absolute_url(path_or_url_name, *args, **kwargs)
