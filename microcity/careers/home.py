"""Career support on a city's home page: the cards for counselling and group activities, and what is
open now (activities with free places, counselling hours this week), each in one query.

Public pages that show activities or counsellors (the city's home page, the counselling and activities
landing pages) are shared between anonymous visitors (core/pagecache.py) under the "careers" generation,
moved by every save or deletion of an activity, a registration, counselling hours, a membership or a user
(not a sign-in's `last_login`); the moments an activity's registration closes and the activity ends are
told to the page cache, so a page is never served past them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import F, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from microcity.core import pagecache, registry

# How many activities with free places the home page lists.
OPEN_ACTIVITIES = 2


# The generation of shared public pages that show activities, places or counsellors (core/pagecache.py).
GENERATION = "careers"


def connect_generation() -> None:
    from django.contrib.auth import get_user_model

    from microcity.accounts.models import Membership
    from microcity.careers.models import Activity, Availability, AvailabilityException, Registration

    pagecache.bump_on_change(
        GENERATION, Activity, Registration, Availability, AvailabilityException, Membership
    )
    pagecache.bump_on_change(GENERATION, get_user_model(), ignore_fields=frozenset({"last_login"}))


def register() -> None:
    registry.programmes.register(
        registry.Programme(
            key="careers",
            label=gettext_lazy("Career counselling and activities"),
            url_namespaces=("careers",),
            order=20,
        )
    )
    registry.city_home_cards.register("careers", home_cards, order=20)
    registry.open_now.register("careers", open_now, order=20)
    registry.home_generations.register(GENERATION)


def home_cards(city: Any) -> list[registry.CityHomeCard]:
    return [
        registry.CityHomeCard(
            url=reverse("careers:counselling", kwargs={"city": city.slug}),
            title=gettext_lazy("Career counselling"),
            summary=gettext_lazy(
                "A free conversation with a career counsellor about school, work and what suits you."
            ),
            icon="bi-chat-heart",
            call_to_action=gettext_lazy("How to book a session"),
            programme="careers",
        ),
        registry.CityHomeCard(
            url=reverse("careers:activities", kwargs={"city": city.slug}),
            title=gettext_lazy("Career activities"),
            summary=gettext_lazy("Career days, job-shadow days, camps and summer schools for youths."),
            icon="bi-people",
            call_to_action=gettext_lazy("See the activities"),
            programme="careers",
        ),
    ]


def _when_and_places(activity: Any) -> str:
    left = activity.capacity - activity.places_taken
    when = formats.date_format(timezone.localtime(activity.starts_at), "SHORT_DATETIME_FORMAT")
    return ngettext("%(when)s · %(n)d place left", "%(when)s · %(n)d places left", left) % {
        "when": when,
        "n": left,
    }


def open_now(city: Any) -> list[registry.OpenNowItem]:
    from microcity.careers.models import Availability
    from microcity.careers.selectors import activities_upcoming

    now = timezone.now()
    activities = list(
        activities_upcoming(city=city, now=now).filter(
            registration_deadline__gte=now, capacity__gt=F("places_taken")
        )[:OPEN_ACTIVITIES]
    )
    for activity in activities:  # listed until its registration closes (the next one may take its place)
        pagecache.changes_at(activity.registration_deadline)
        pagecache.changes_at(activity.ends_at)
    items = [
        registry.OpenNowItem(
            title=activity.title,
            detail=_when_and_places(activity),
            url=reverse("careers:activity", kwargs={"city": city.slug, "pk": activity.pk}),
            icon="bi-calendar-event",
            programme="careers",
            when=activity.starts_at,
        )
        for activity in activities
    ]
    today = timezone.localdate()
    week_end = today + dt.timedelta(days=6 - today.weekday())
    days_left = [(today + dt.timedelta(days=n)).weekday() for n in range((week_end - today).days + 1)]
    has_hours = (
        Availability.objects.filter(city=city, weekday__in=days_left, valid_from__lte=week_end)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))
        .exists()
    )
    if has_hours:
        items.append(
            registry.OpenNowItem(
                title=_("Counsellors receive this week"),
                detail=_("Choose a time and book a session"),
                url=reverse("careers:counselling", kwargs={"city": city.slug}),
                icon="bi-chat-heart",
                programme="careers",
            )
        )
    return items
