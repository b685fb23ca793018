"""Django application configuration for the youth summer employment programme."""

from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class SummerJobsConfig(AppConfig):
    name = "microcity.summerjobs"
    label = "summerjobs"
    verbose_name = _("Youth summer employment")

    def ready(self) -> None:
        from microcity.accounts.models import Role
        from microcity.core import registry
        from microcity.summerjobs import home, permissions
        from microcity.summerjobs.applications.services import (
            erase_person_applications,
            export_person_applications,
        )
        from microcity.summerjobs.personal_data import export_person_summer_work, export_person_supervision

        home.register()
        registry.sitemap.register(
            "summerjobs", lambda city: [(reverse("summerjobs:season", kwargs={"city": city.slug}), None)]
        )
        home.connect_generation()
        registry.personal_data.register(
            "summer_jobs",
            exporter=export_person_applications,
            eraser=erase_person_applications,
            about="Your summer-job applications: season, periods, ranked choices, priority group and offers.",
            covers=("summerjobs.Application",),
        )
        registry.personal_data.register(
            "summer_work",
            exporter=export_person_summer_work,
            about="Each summer job you were offered or held, by name: employer, workplace, period, contract, "
            "start documents, timesheet, confirmed hours and gross pay (EUR), feedback and certificate.",
        )
        registry.personal_data.register(
            "summer_supervision",
            exporter=export_person_supervision,
            about="Summer placements where you are named as the work supervisor.",
            covers=("summerjobs.Placement",),
        )
        for link in (
            registry.StartPageLink(
                key="summerjobs.manage",
                label=_("Summer jobs: coordination"),
                url=lambda city: reverse("summerjobs:manage", kwargs={"city": city.slug}),
                shown=lambda user, city, roles: permissions.is_coordinator(user, city),
                order=50,
            ),
            registry.StartPageLink(
                key="summerjobs.employer",
                label=_("Summer jobs: our placements"),
                url=lambda city: reverse("summerjobs:employer_placements", kwargs={"city": city.slug}),
                shown=lambda user, city, roles: Role.EMPLOYER_REPRESENTATIVE in roles,
                order=51,
            ),
            registry.StartPageLink(
                key="summerjobs.mine",
                label=_("Summer jobs: my application"),
                url=lambda city: reverse("summerjobs:mine", kwargs={"city": city.slug}),
                shown=lambda user, city, roles: bool(roles & {Role.YOUTH, Role.GUARDIAN}),
                order=52,
            ),
            registry.StartPageLink(
                key="summerjobs.jobs",
                label=_("Summer jobs: youths at work and their timesheets"),
                url=lambda city: reverse("summerjobs:jobs", kwargs={"city": city.slug}),
                shown=lambda user, city, roles: bool(
                    roles & {Role.EMPLOYER_REPRESENTATIVE, Role.WORK_SUPERVISOR}
                ),
                order=53,
            ),
        ):
            registry.start_page.register_link(link)
        from microcity.summerjobs import attention

        registry.attention.register("summerjobs.offers", attention.offers_and_applications, order=50)
        registry.attention.register("summerjobs.timesheets", attention.timesheets, order=51)
        registry.attention.register("summerjobs.placements", attention.placements, order=52)
        from microcity.core import birth_dates
        from microcity.summerjobs.models import Application, Contract

        # Eligibility, the working-time limits and the documents a youth needs all follow the age.
        birth_dates.register(
            "summer_application", lambda person: Application.objects.filter(youth=person).exists()
        )
        birth_dates.register(
            "summer_contract",
            lambda person: Contract.objects.filter(assignment__application__youth=person).exists(),
        )
