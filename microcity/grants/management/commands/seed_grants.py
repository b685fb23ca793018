"""Valmiera's ZĪLE calls for the demo, through the services: the 2019 call from its published figures,
finished (screened, scored, decided, contracted, reported and paid), and a call open now. Safe to rerun."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from microcity.accounts.models import Membership, Role, User
from microcity.core.datafiles import read_records
from microcity.core.models import City, Organisation, OrganisationKind
from microcity.grants import services
from microcity.grants.models import Application, Call, Review

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "demo_grants.yaml"
RIGA = ZoneInfo("Europe/Riga")
DOMAIN = "demo.microcity.lv"
STRANDS = [
    {
        "name_lv": "ZĪLE attīstībai",
        "name_en": "ZĪLE for development",
        "min_amount": Decimal("2000"),
        "max_amount": Decimal("10000"),
        "min_intensity": Decimal("0.60"),
        "max_intensity": Decimal("0.80"),
        "order": 0,
    },
    {
        "name_lv": "ZĪLE jaunuzņēmumiem",
        "name_en": "ZĪLE for start-ups",
        "min_amount": Decimal("0"),
        "max_amount": Decimal("2000"),
        "min_intensity": Decimal("0"),
        "max_intensity": Decimal("0.80"),
        "max_company_age_years": 3,
        "order": 1,
    },
]
CRITERIA = [
    {
        "name_lv": "Inovācijas līmenis",
        "name_en": "Degree of innovation",
        "weight": Decimal("40"),
        "max_score": 5,
        "order": 0,
    },
    {
        "name_lv": "Tirgus potenciāls",
        "name_en": "Market potential",
        "weight": Decimal("30"),
        "max_score": 5,
        "order": 1,
    },
    {
        "name_lv": "Īstenošanas spēja",
        "name_en": "Capacity to deliver",
        "weight": Decimal("30"),
        "max_score": 5,
        "order": 2,
    },
]
QUESTIONS = [
    {
        "section_lv": "Projekts",
        "section_en": "Project",
        "text_lv": "Kas ir jauns jūsu produktā, pakalpojumā vai procesā?",
        "text_en": "What is new in your product, service or process?",
        "kind": "text",
        "word_limit": 300,
        "order": 0,
    },
    {
        "section_lv": "Projekts",
        "section_en": "Project",
        "text_lv": "Cik darba vietu projekts radīs?",
        "text_en": "How many jobs will the project create?",
        "kind": "number",
        "order": 1,
    },
    {
        "section_lv": "Tirgus",
        "section_en": "Market",
        "text_lv": "Vai produkts būs pieejams eksportam?",
        "text_en": "Will the product be exported?",
        "kind": "yes_no",
        "order": 2,
    },
]


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=RIGA)


class Command(BaseCommand):
    help = "Create Valmiera's ZĪLE grant calls (2019 finished, one open now) through the services; safe to rerun."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        city = City.objects.filter(slug="valmiera").first()
        coordinator = User.objects.filter(email=f"koordinators@{DOMAIN}").first()
        if city is None or coordinator is None:
            raise CommandError("Run seed_demo first: the grants demo needs Valmiera and its coordinator.")
        evaluators = self._evaluators(city)
        made = 0
        for record in read_records(
            DATA_FILE,
            required=("key", "title_lv", "title_en", "budget", "state", "applications"),
            unique="key",
        ):
            year = record["year"] or timezone.localdate().year
            title_lv = record["title_lv"].format(year=year)
            if Call.objects.filter(city=city, title_lv=title_lv).exists():
                continue
            if record["state"] == "open":
                self._open_call(city, coordinator, record, year)
            else:
                self._finished_call(city, coordinator, evaluators, record)
            made += 1
        self.stdout.write(f"Grants: {made} call(s) created.")

    def _evaluators(self, city: City) -> list[User]:
        users = []
        for local, first, last in (("vertetajs", "Vilnis", "Vērtētājs"), ("vertetaja2", "Vita", "Vērtētāja")):
            user, created = User.objects.get_or_create(
                email=f"{local}@{DOMAIN}", defaults={"first_name": first, "last_name": last}
            )
            if created:
                from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD

                user.set_password(DEMO_PASSWORD)
                user.save()
            # A verified address, as seed_demo gives its sign-ins: the demo signs in without a mail round.
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
            Membership.objects.get_or_create(
                user=user, city=city, role=Role.GRANT_EVALUATOR, organisation=None
            )
            users.append(user)
        return users

    def _call(
        self,
        city: City,
        by: User,
        record: dict[str, Any],
        *,
        year: int,
        opens: dt.datetime,
        closes: dt.datetime,
        deadline: dt.date,
    ) -> Call:
        call = services.call_create(
            city=city,
            by=by,
            data={
                "title_lv": record["title_lv"].format(year=year),
                "title_en": record["title_en"].format(year=year),
                "text_lv": record["text_lv"],
                "text_en": record["text_en"],
                "budget": Decimal(record["budget"]),
                "opens_at": opens,
                "closes_at": closes,
                "implementation_deadline": deadline,
                "advance_share": Decimal("0.30"),
                "reviewers_per_application": 2,
                "excluded_sectors": "A01, A03",
                "report_template": "Kas paveikts; rezultāti; faktiskās izmaksas ar čekiem; darba vietas, produkti, apgrozījums, eksports.",
            },
        )
        for data in STRANDS:
            services.strand_add(call=call, data=dict(data), by=by)
        for data in CRITERIA:
            services.criterion_add(call=call, data=dict(data), by=by)
        for data in QUESTIONS:
            services.question_add(call=call, data=dict(data), by=by)
        return services.call_publish(call=call, by=by)

    def _open_call(self, city: City, by: User, record: dict[str, Any], year: int) -> None:
        today = timezone.localdate()
        opens = dt.datetime.combine(today - dt.timedelta(days=14), dt.time(9), tzinfo=RIGA)
        closes = dt.datetime.combine(today + dt.timedelta(days=30), dt.time(17), tzinfo=RIGA)
        call = self._call(
            city, by, record, year=year, opens=opens, closes=closes, deadline=today + dt.timedelta(days=240)
        )
        applicant = User.objects.filter(email=f"darba-devejs@{DOMAIN}").first()
        membership = (
            Membership.objects.filter(user=applicant, role=Role.EMPLOYER_REPRESENTATIVE)
            .select_related("organisation")
            .first()
        )
        if applicant and membership and membership.organisation:
            application = services.application_start(
                call=call,
                organisation=membership.organisation,
                strand=call.strands.first(),  # type: ignore[arg-type]
                title="Mākslīgā intelekta asistents grāmatvedībai",
                by=applicant,
            )
            services.application_save(
                application=application,
                by=applicant,
                data={
                    "summary": "Asistents, kas mazajiem uzņēmumiem sagatavo grāmatvedības dokumentus.",
                    "requested": Decimal("6000"),
                },
                lines=[
                    {
                        "description": "Programmatūras izstrāde",
                        "quantity": Decimal("1"),
                        "unit_price": Decimal("7000"),
                        "eligible": True,
                    },
                    {
                        "description": "Datori",
                        "quantity": Decimal("2"),
                        "unit_price": Decimal("900"),
                        "eligible": True,
                    },
                    {
                        "description": "PVN",
                        "quantity": Decimal("1"),
                        "unit_price": Decimal("1848"),
                        "eligible": False,
                    },
                ],
            )

    def _company(
        self, city: City, name: str, number: int, registered: str | None
    ) -> tuple[Organisation, User]:
        organisation, _created = Organisation.objects.get_or_create(
            name=name,
            city=city,
            defaults={
                "kind": OrganisationKind.COMPANY,
                "registration_number": f"4400319{number:04d}",
                "address": "Valmiera",
            },
        )
        local = f"zile-{number:02d}"
        user, created = User.objects.get_or_create(
            email=f"{local}@{DOMAIN}",
            defaults={"first_name": name.removeprefix("SIA "), "last_name": "Pārstāvis"},
        )
        if created:
            user.set_unusable_password()
            user.save()
        Membership.objects.get_or_create(
            user=user, city=city, role=Role.EMPLOYER_REPRESENTATIVE, organisation=organisation
        )
        return organisation, user

    def _finished_call(self, city: City, by: User, evaluators: list[User], record: dict[str, Any]) -> None:
        opens, closes = _moment(record["opens"]), _moment(record["closes"])
        call = self._call(
            city,
            by,
            record,
            year=record["year"],
            opens=opens,
            closes=closes,
            deadline=dt.date.fromisoformat(record["deadline"]),
        )
        strands = list(call.strands.all())
        questions = list(call.questions.all())
        applying = opens + dt.timedelta(days=20)
        rows: list[tuple[Application, dict[str, Any], User]] = []
        for number, item in enumerate(record["applications"], start=1):
            organisation, user = self._company(city, item["company"], number, item.get("registered"))
            application = services.application_start(
                call=call,
                organisation=organisation,
                strand=strands[item["strand"]],
                title=item["title"],
                by=user,
                now=applying,
            )
            registered = (
                dt.date.fromisoformat(item["registered"]) if item.get("registered") else dt.date(2012, 5, 1)
            )
            application = services.application_save(
                application=application,
                by=user,
                data={
                    "summary": item["title"] + ".",
                    "requested": Decimal(item["requested"]),
                    "company_registered_on": registered,
                    "sector": "C16" if number % 2 else "J62",
                    "deminimis_declared": True,
                    "consent": True,
                    "truthful": True,
                    "answers": {
                        str(questions[0].pk): item["title"],
                        str(questions[1].pk): "2",
                        str(questions[2].pk): "yes",
                    },
                },
                lines=[
                    {"description": d, "quantity": Decimal("1"), "unit_price": Decimal(p), "eligible": e}
                    for d, p, e in item["lines"]
                ],
            )
            application = services.application_submit(
                application=application, by=user, now=applying + dt.timedelta(days=number)
            )
            rows.append((application, item, user))
        for application, _item, _user in rows:
            services.application_screen(
                application=application,
                checklist=dict.fromkeys(services.SCREENING_RULES, True),
                reason="",
                by=by,
            )
        services.reviews_assign_balanced(call=call, by=by)
        criteria = list(call.criteria.all())
        for application, item, _user in rows:
            for evaluator, scores in zip(evaluators, item["scores"], strict=True):
                review = Review.objects.get(application=application, evaluator=evaluator)
                services.review_declare(review=review, conflict=False, reason="", by=evaluator)
                services.review_submit(
                    review=review,
                    by=evaluator,
                    scores={
                        c.pk: (s, "Vērtējums pēc konkursa nolikuma.")
                        for c, s in zip(criteria, scores, strict=True)
                    },
                )
        decided = _moment(record["decided"])
        budget_left = call.budget
        ranked = sorted(rows, key=lambda row: -(Application.objects.get(pk=row[0].pk).average_score or 0))
        for application, item, _user in ranked:
            if item["award"] == "full":
                award = Decimal(item["requested"])
            elif item["award"] == "partial":
                award = budget_left
            else:
                award = None
            reason = {
                "full": "",
                "partial": "Daļējs finansējums: konkursa budžeta atlikums.",
            }.get(item["award"], "Vērtējums zem finansējuma robežas; konkursa budžets izlietots.")
            services.decision_save(application=application, award=award, reason=reason, by=by, now=decided)
            if award:
                budget_left -= award
        call = services.call_decide(call=call, by=by)
        signed = dt.date.fromisoformat(record["signed"])
        reported = dt.date.fromisoformat(record["reported"])
        for application, item, user in rows:
            if item["award"] == "none":
                continue
            services.agreement_sign(application=application, signed_on=signed, by=by)
            report = services.report_save(
                application=application,
                by=user,
                submit=True,
                data={
                    "done": "Projekts īstenots pēc plāna.",
                    "results": "Jauns produkts ieviests ražošanā.",
                    "actual_total": sum((Decimal(p) for _d, p, _e in item["lines"]), Decimal(0)),
                    "actual_eligible": Decimal(item["accepted"]),
                    "jobs_created": 1,
                    "new_products": 1,
                    "turnover": Decimal("120000"),
                    "exports": Decimal("15000"),
                },
            )
            services.report_accept(
                report=report, accepted_eligible=Decimal(item["accepted"]), by=by, on=reported
            )
        services.call_close(call=call, by=by)
