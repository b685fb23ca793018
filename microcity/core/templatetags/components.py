"""The design system's template tags: components with content, section menus, status colours, illustrations.

`{% component "name" key=value … %}content{% endcomponent %}` renders `components/<name>.html` with the
keyword arguments and the rendered content as `slot`; components without content are plain includes
(`{% include "components/status_badge.html" with status=… %}`). docs/design.md lists them all."""

from __future__ import annotations

from typing import Any

from django import template
from django.template.base import FilterExpression, NodeList, Parser, Token
from django.template.context import Context
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

COMPONENTS = frozenset(
    {
        "card",
        "confirm",
        "data_table",
        "definition_list",
        "empty_state",
        "filters",
        "page_header",
        "section_nav",
    }
)

# One mapping from a record's status to a colour ("tone"), for every programme. A status not listed is
# neutral; the badge always shows the status in words, so colour is never the only signal.
STATUS_TONES: dict[str, str] = {
    **dict.fromkeys(
        ("draft", "new", "planned", "not_started", "archived", "withdrawn", "expired", "closed", "lead"),
        "neutral",
    ),
    **dict.fromkeys(
        (
            "submitted",
            "pending",
            "in_review",
            "review",
            "waiting",
            "open",
            "offered",
            "registered",
            "booked",
            "scheduled",
            "intake",
            "in_progress",
        ),
        "info",
    ),
    **dict.fromkeys(
        (
            "approved",
            "published",
            "accepted",
            "confirmed",
            "completed",
            "done",
            "attended",
            "placed",
            "signed",
            "paid",
            "moved",
            "active",
        ),
        "success",
    ),
    **dict.fromkeys(
        ("changes_requested", "needs_changes", "waitlisted", "waiting_list", "on_hold", "due", "overdue"),
        "warning",
    ),
    **dict.fromkeys(
        ("rejected", "declined", "cancelled", "canceled", "no_show", "refused", "not_placed", "failed"),
        "danger",
    ),
}
TONES = ("neutral", "info", "success", "warning", "danger")


@register.filter
def status_tone(status: object) -> str:
    """The colour family of a status: neutral, info, success, warning or danger."""
    key = str(status or "").strip().lower().replace("-", "_").replace(" ", "_")
    return STATUS_TONES.get(key, "neutral")


# City illustrations (static/img/illustrations/, CC BY 4.0, Microcity contributors): one per city slug
# that has its own, the generic skyline otherwise; and one per programme.
CITY_ILLUSTRATIONS = frozenset({"valmiera", "ventspils"})
PROGRAMME_ILLUSTRATIONS = frozenset({"jobs", "summer-jobs", "careers", "library", "living", "portfolio"})


@register.simple_tag
def city_illustration(city: Any = None) -> str:
    """The static URL of a city's illustration (decorative: use it with alt="")."""
    slug = getattr(city, "slug", city) or ""
    name = slug if slug in CITY_ILLUSTRATIONS else "city"
    return static(f"img/illustrations/city-{name}.svg")


@register.simple_tag
def programme_illustration(name: str) -> str:
    """The static URL of a programme's illustration, the generic one for a programme without its own."""
    return static(f"img/illustrations/{name if name in PROGRAMME_ILLUSTRATIONS else 'programme'}.svg")


@register.simple_tag
def icon(name: str, label: str = "") -> SafeString:
    """A Bootstrap icon: decorative (hidden from screen readers) unless it is given a label."""
    if label:
        return format_html('<i class="bi bi-{}" role="img" aria-label="{}"></i>', name, label)
    return format_html('<i class="bi bi-{}" aria-hidden="true"></i>', name)


class ComponentNode(template.Node):
    def __init__(self, name: FilterExpression, kwargs: dict[str, FilterExpression], nodelist: NodeList):
        self.name = name
        self.kwargs = kwargs
        self.nodelist = nodelist

    def render(self, context: Context) -> str:
        name = str(self.name.resolve(context))
        if name not in COMPONENTS:
            raise template.TemplateSyntaxError(f"Unknown component {name!r}; known: {sorted(COMPONENTS)}")
        values = {key: value.resolve(context) for key, value in self.kwargs.items()}
        state: dict[str, Any] = {}
        with context.push(component_state=state):
            slot = self.nodelist.render(context)
        with context.push(**values, slot=mark_safe(slot), state=state):  # noqa: S308 - rendered template output
            engine = context.template.engine if context.template is not None else None
            if engine is None:
                raise template.TemplateSyntaxError("{% component %} renders only inside a template")
            return engine.get_template(f"components/{name}.html").render(context)


@register.tag
def component(parser: Parser, token: Token) -> ComponentNode:
    """`{% component "name" key=value … %}content{% endcomponent %}`."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% component %} needs the component's name")
    name = parser.compile_filter(bits[1])
    kwargs = template.base.token_kwargs(bits[2:], parser, support_legacy=False)
    if len(kwargs) != len(bits) - 2:
        raise template.TemplateSyntaxError("{% component %} takes keyword arguments only: key=value")
    nodelist = parser.parse(("endcomponent",))
    parser.delete_first_token()
    return ComponentNode(name, kwargs, nodelist)


class NavItemNode(template.Node):
    def __init__(
        self, key: FilterExpression, href: FilterExpression, icon: FilterExpression | None, nodelist: NodeList
    ):
        self.key = key
        self.href = href
        self.icon = icon
        self.nodelist = nodelist

    def render(self, context: Context) -> str:
        key = self.key.resolve(context)
        text = self.nodelist.render(context).strip()
        current = bool(key) and key == context.get("active")
        state = context.get("component_state")
        if current and isinstance(state, dict):
            state["current"] = text
        icon_html = (
            format_html('<i class="bi bi-{}" aria-hidden="true"></i> ', self.icon.resolve(context))
            if self.icon
            else ""
        )
        return format_html(
            '<li class="mc-section-nav__item"><a class="mc-section-nav__link{}" href="{}"{}>{}<span>{}</span></a></li>',
            " is-current" if current else "",
            self.href.resolve(context),
            mark_safe(' aria-current="page"') if current else "",
            icon_html,
            mark_safe(text),  # noqa: S308 - rendered template output, escaped by the template engine
        )


@register.tag
def navitem(parser: Parser, token: Token) -> NavItemNode:
    """`{% navitem "key" href icon="name" %}Label{% endnavitem %}` inside a section_nav component: the item
    whose key equals the template's `active` is the current page."""
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError("{% navitem %} needs a key and an address")
    kwargs = template.base.token_kwargs(bits[3:], parser, support_legacy=False)
    nodelist = parser.parse(("endnavitem",))
    parser.delete_first_token()
    return NavItemNode(
        parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), kwargs.get("icon"), nodelist
    )
