"""Back-office (Wagtail admin) entries that lead staff to their city's staff pages."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent

from microcity.accounts import permissions
from microcity.core.models import City


class CityStaffMenuItem(MenuItem):
    """One menu entry per staff page; shown only to users allowed to open it in at least one city."""

    def __init__(self, label: Any, url_name: str, predicate: str, **kwargs: Any) -> None:
        self.url_name = url_name
        self.predicate = predicate
        super().__init__(label, "#", **kwargs)

    def _cities(self, request: Any) -> list[City]:
        check = getattr(permissions, self.predicate)
        return [city for city in City.objects.filter(is_active=True) if check(request.user, city)]

    def is_shown(self, request: Any) -> bool:
        return bool(self._cities(request))

    def render_component(self, request: Any) -> Any:
        cities = self._cities(request)
        url = reverse(self.url_name, kwargs={"city": cities[0].slug}) if cities else "#"
        return LinkMenuItemComponent(
            self.name, self.label, url, icon_name=self.icon_name, classname=self.classname, attrs=self.attrs
        )


@hooks.register("register_admin_menu_item")
def people_menu_item() -> MenuItem:
    return CityStaffMenuItem(
        _("People directory"), "staff:people", "can_view_people_directory", icon_name="group", order=900
    )


@hooks.register("register_admin_menu_item")
def roles_menu_item() -> MenuItem:
    return CityStaffMenuItem(
        _("Roles and access"), "staff:roles", "can_manage_memberships", icon_name="lock", order=910
    )


@hooks.register("register_admin_menu_item")
def audit_menu_item() -> MenuItem:
    return CityStaffMenuItem(
        _("Audit log"), "staff:audit", "can_view_audit_log", icon_name="history", order=920
    )
