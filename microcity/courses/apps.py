"""Django application configuration for retraining courses."""

from typing import Any

from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "microcity.courses"
    label = "courses"
    verbose_name = _("Retraining")

    def ready(self) -> None:
        from microcity.accounts.models import Role
        from microcity.core import registry
        from microcity.courses import attention, home
        from microcity.courses import personal_data as courses_data

        registry.coming_programmes.unregister("courses")
        registry.programmes.register(
            registry.Programme(key="courses", label=_("Retraining"), url_namespaces=("courses",), order=50)
        )
        registry.city_home_cards.register("courses", home.cards, order=50)
        registry.open_now.register("courses", home.open_now, order=50)
        registry.skills_supply.register("courses", home.skills_supply)
        registry.personal_data.register(
            "course_applications",
            exporter=courses_data.export_person,
            eraser=courses_data.erase_person,
            about="Your applications to retraining courses: the course, your answers and the funder's entry "
            "data, the selection, attendance, completion and the job outcomes recorded.",
            covers=("courses.Application",),
        )

        def in_city(name: str) -> Any:
            return lambda city: reverse(name, kwargs={"city": city.slug})

        coordinator = frozenset({Role.PROGRAMME_COORDINATOR})
        for link in (
            registry.StartPageLink(
                key="courses.manage",
                label=_("Retraining courses: coordination"),
                url=in_city("courses:manage"),
                shown=lambda user, city, roles: bool(roles & coordinator),
                order=80,
            ),
            registry.StartPageLink(
                key="courses.teaching",
                label=_("Courses I teach"),
                url=in_city("courses:manage"),
                shown=lambda user, city, roles: (
                    Role.TEACHER in roles and user.courses_trained.filter(city=city).exists()
                ),
                order=80,
            ),
            registry.StartPageLink(
                key="courses.catalogue",
                label=_("Retraining courses"),
                url=in_city("courses:catalogue"),
                shown=lambda user, city, roles: True,
                order=81,
            ),
        ):
            registry.start_page.register_link(link)
        registry.attention.register("courses.items", attention.items, order=80)
