"""Post and publish realistic demo jobs for the demo employers of both cities; safe to rerun."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from microcity.accounts.models import Role, User
from microcity.core.models import City, Occupation, Organisation, OrganisationKind
from microcity.talent import services
from microcity.talent.models import Job, JobStatus

# (title, ISCO unit group, salary from, salary to, employment type, workplace, description, requirements, skills)
JOBS: list[tuple[str, str, int, int, str, str, str, str, str]] = [
    (
        "Programmētājs (Python)",
        "2512",
        2200,
        3400,
        "full_time",
        "hybrid",
        "Izstrādāsiet tīmekļa lietotnes pašvaldību un uzņēmumu klientiem nelielā, draudzīgā komandā.",
        "Vismaz 2 gadu pieredze ar Python un Django; prasme strādāt ar Git.",
        "Python, Django, SQL, Git",
    ),
    (
        "Jaunākais programmētājs",
        "2512",
        1500,
        2100,
        "full_time",
        "on_site",
        "Mācīsieties kopā ar pieredzējušiem kolēģiem un veidosiet iekšējās sistēmas.",
        "Zināšanas kādā programmēšanas valodā; vēlme mācīties.",
        "JavaScript, Python",
    ),
    (
        "Elektronikas montētājs",
        "7421",
        1100,
        1450,
        "full_time",
        "on_site",
        "Elektronikas iekārtu montāža un testēšana modernā ražotnē.",
        "Precizitāte, labas roku prasmes.",
        "lodēšana, shēmu lasīšana",
    ),
    (
        "Metinātājs",
        "7212",
        1400,
        2100,
        "full_time",
        "on_site",
        "Metāla konstrukciju metināšana ostas un rūpniecības objektos.",
        "MIG/MAG metināšanas sertifikāts.",
        "MIG/MAG, TIG, rasējumu lasīšana",
    ),
    (
        "Loģistikas speciālists",
        "4323",
        1300,
        1800,
        "full_time",
        "on_site",
        "Kravu plūsmas plānošana ostā un klientu apkalpošana.",
        "Angļu valoda; prasme strādāt ar Excel.",
        "loģistika, Excel, komunikācija",
    ),
    (
        "Medicīnas māsa",
        "2221",
        1500,
        2000,
        "full_time",
        "on_site",
        "Darbs slimnīcas terapijas nodaļā maiņās; atbalsts pārcelšanās izdevumiem.",
        "Reģistrācija ārstniecības personu reģistrā.",
        "pacientu aprūpe, komunikācija",
    ),
    (
        "Pavārs",
        "5120",
        1000,
        1350,
        "full_time",
        "on_site",
        "Ēdienu gatavošana restorānā ar vietējiem produktiem.",
        "Pieredze virtuvē; higiēnas prasību zināšanas.",
        "ēdienu gatavošana, higiēna",
    ),
    (
        "Grāmatvedis",
        "3313",
        1400,
        1900,
        "full_time",
        "hybrid",
        "Uzņēmuma grāmatvedības kārtošana un atskaites VID.",
        "Izglītība grāmatvedībā; Horizon pieredze.",
        "grāmatvedība, nodokļi, Excel",
    ),
    (
        "Elektriķis",
        "7411",
        1300,
        1900,
        "full_time",
        "on_site",
        "Elektroinstalāciju izbūve un apkope jaunos un renovētos objektos.",
        "Elektrotehniķa sertifikāts.",
        "elektroinstalācija, drošība",
    ),
    (
        "Automehāniķis",
        "7231",
        1100,
        1600,
        "full_time",
        "on_site",
        "Vieglo un kravas automašīnu diagnostika un remonts.",
        "Profesionālā izglītība; B kategorija.",
        "diagnostika, remonts",
    ),
    (
        "Grafiskais dizainers",
        "2166",
        1300,
        2000,
        "part_time",
        "remote",
        "Vizuālās identitātes un sociālo tīklu materiālu veidošana.",
        "Portfolio; Adobe vai Figma prasmes.",
        "Figma, Illustrator, tipogrāfija",
    ),
    (
        "Būvinženieris",
        "2142",
        2000,
        3000,
        "full_time",
        "on_site",
        "Būvdarbu vadīšana un tehniskā uzraudzība.",
        "Būvprakses sertifikāts vai gatavība to iegūt.",
        "būvniecība, AutoCAD, projektu vadība",
    ),
    (
        "IT atbalsta speciālists",
        "3512",
        1200,
        1600,
        "full_time",
        "on_site",
        "Lietotāju atbalsts, datoru un tīkla uzturēšana.",
        "Windows un tīklu pamatzināšanas.",
        "IT atbalsts, tīkli",
    ),
    (
        "Kokapstrādes operators",
        "8172",
        1050,
        1400,
        "full_time",
        "on_site",
        "Kokapstrādes iekārtu vadība un kvalitātes kontrole.",
        "Gatavība strādāt maiņās.",
        "iekārtu vadība, kvalitāte",
    ),
    (
        "Piena pārstrādes tehnologs",
        "3119",
        1400,
        1900,
        "full_time",
        "on_site",
        "Piena produktu ražošanas procesu uzraudzība.",
        "Pārtikas tehnoloģiju izglītība.",
        "pārtikas tehnoloģija, HACCP",
    ),
    (
        "Sociālais darbinieks",
        "2635",
        1200,
        1500,
        "full_time",
        "on_site",
        "Atbalsts ģimenēm un jauniešiem pašvaldības sociālajā dienestā.",
        "Augstākā izglītība sociālajā darbā.",
        "konsultēšana, sadarbība",
    ),
    (
        "Stikla šķiedras ražošanas operators",
        "8181",
        1150,
        1550,
        "full_time",
        "on_site",
        "Stikla šķiedras ražošanas līnijas apkalpošana.",
        "Atbildība; apmācība darba vietā.",
        "ražošana, drošība",
    ),
    (
        "Vasaras prakse: datu analītiķis",
        "2511",
        900,
        1100,
        "internship",
        "hybrid",
        "Trīs mēnešu prakse datu analīzē studentiem.",
        "Studijas IT, ekonomikā vai matemātikā.",
        "Excel, SQL, statistika",
    ),
]


class Command(BaseCommand):
    help = "Create demo jobs for the demo employers (published through the real approval workflow)."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        rng = random.Random(7)  # noqa: S311 - demo data
        editor_by_city: dict[int, User] = {}
        created = 0
        codes = {o.code: o for o in Occupation.objects.filter(level=4)}
        for city in City.objects.filter(slug__in=["ventspils", "valmiera"]):
            employers = list(
                Organisation.objects.filter(
                    city=city,
                    kind__in=[
                        OrganisationKind.EMPLOYER,
                        OrganisationKind.COMPANY,
                        OrganisationKind.PUBLIC_BODY,
                    ],
                )
            )
            rep = User.objects.filter(
                memberships__role=Role.EMPLOYER_REPRESENTATIVE, memberships__city=city
            ).first()
            editor = User.objects.filter(
                memberships__role__in=[Role.CONTENT_EDITOR, Role.PROGRAMME_COORDINATOR],
                memberships__city=city,
            ).first()
            if not employers or editor is None:
                continue
            editor_by_city[city.pk] = editor
            for index, row in enumerate(JOBS):
                title, code, low, high, kind, place, description, requirements, skills = row
                organisation = employers[index % len(employers)]
                if Job.objects.filter(city=city, title=title, organisation=organisation).exists():
                    continue
                job = Job.objects.create(
                    organisation=organisation,
                    city=city,
                    title=title,
                    occupation=codes[code],
                    description=description,
                    requirements=requirements,
                    skills=skills,
                    languages=["lv", "en"] if rng.random() < 0.5 else ["lv"],
                    employment_type=kind,
                    workplace_type=place,
                    address=organisation.address or city.name_lv,
                    salary_min=Decimal(low),
                    salary_max=Decimal(high),
                    deadline=timezone.localdate() + dt.timedelta(days=rng.randint(10, 60)),
                    how_to_apply="Sūtiet CV un motivācijas vēstuli.",
                    apply_email=organisation.email,
                    posted_by=rep,
                    status=JobStatus.PENDING,
                )
                if index % 9 == 8:
                    continue  # a few wait for approval, so editors have work in the demo
                services.job_approve(job=job, by=editor)
                Job.objects.filter(pk=job.pk).update(
                    published_at=timezone.now()
                    - dt.timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 23))
                )
                created += 1
        count = services.jobs_reindex()
        self.stdout.write(f"{created} demo jobs published; {count} open jobs indexed for search.")
