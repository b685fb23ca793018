"""factory_boy factories for investor attraction."""

from __future__ import annotations

from decimal import Decimal

import factory

from microcity.core.tests.factories import CityFactory
from microcity.investors.models import Incentive, Lead, Site


class SiteFactory(factory.django.DjangoModelFactory[Site]):
    class Meta:
        model = Site

    city = factory.SubFactory(CityFactory)
    kind = "land"
    name_lv = factory.Sequence(lambda n: f"Zemesgabals {n}")
    name_en = factory.Sequence(lambda n: f"Plot {n}")
    address = "Rūpniecības iela 1"
    area_m2 = Decimal("12000")
    zoning = "industrial"
    ownership = "municipal"
    price_eur = Decimal("150000")
    electricity_mw = Decimal("2.5")
    water = True
    fibre = True
    latitude = Decimal("57.53")
    longitude = Decimal("25.42")


class IncentiveFactory(factory.django.DjangoModelFactory[Incentive]):
    class Meta:
        model = Incentive

    city = factory.SubFactory(CityFactory)
    name_lv = factory.Sequence(lambda n: f"Atbalsts {n}")
    name_en = factory.Sequence(lambda n: f"Support {n}")
    description_lv = "Nodokļu atlaide."
    description_en = "Tax relief."


class LeadFactory(factory.django.DjangoModelFactory[Lead]):
    class Meta:
        model = Lead

    city = factory.SubFactory(CityFactory)
    company = factory.Sequence(lambda n: f"Investor {n} GmbH")
    country = "DE"
    sector = "C"
    size = "medium"
    contact_name = "Jonas Becker"
    contact_email = "jonas@investor.example.com"
    source = "liaa"
    planned_jobs = 40
    planned_capital_eur = Decimal("5000000.00")
