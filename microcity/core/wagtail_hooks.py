"""Back-office (Wagtail admin) entries that lead staff to their city's staff pages.

The entries are those registered in core.registry.staff_menu (accounts registers the people directory,
roles and the audit log), so that core does not import the apps that own the pages."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent

from microcity.core import registry
from microcity.core.models import City


class CityStaffMenuItem(MenuItem):
    """One menu entry per staff page; shown only to users allowed to open it in at least one city."""

    def __init__(self, item: registry.StaffMenuItem, **kwargs: Any) -> None:
        self.url_name = item.url_name
        self.allowed = item.allowed
        super().__init__(item.label, "#", icon_name=item.icon_name, order=item.order, **kwargs)

    def _cities(self, request: Any) -> list[City]:
        return [city for city in City.objects.filter(is_active=True) if self.allowed(request.user, city)]

    def is_shown(self, request: Any) -> bool:
        return bool(self._cities(request))

    def render_component(self, request: Any) -> Any:
        cities = self._cities(request)
        url = reverse(self.url_name, kwargs={"city": cities[0].slug}) if cities else "#"
        return LinkMenuItemComponent(
            self.name, self.label, url, icon_name=self.icon_name, classname=self.classname, attrs=self.attrs
        )


@hooks.register("construct_main_menu")
def city_staff_menu_items(request: Any, menu_items: list[MenuItem]) -> None:
    """Asked per request, so every app's ready() has registered its entries by then."""
    for item in registry.staff_menu.items():
        entry = CityStaffMenuItem(item)
        if entry.is_shown(request):
            menu_items.append(entry)
