"""The public lottery check of a season (no sign-in): the secret's hash published before registration, the
secret revealed after it, the frozen list of applications, and every published lottery number recomputed
from them, each marked "matches" or "does not match" (docs/decisions/0018)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Min
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from microcity.core.decorators import with_city
from microcity.core.models import City
from microcity.summerjobs import commitment, lottery
from microcity.summerjobs.forms import LotteryLookupForm
from microcity.summerjobs.models import Application, Season

PER_PAGE = 100


@with_city
def lottery_check(request: HttpRequest, city: City, season: int) -> HttpResponse:
    found = get_object_or_404(Season.objects.select_related("city"), pk=season, city=city)
    first_application = Application.objects.filter(season=found).aggregate(first=Min("created_at"))["first"]
    committed_at = found.lottery_committed_at
    checked = commitment.lottery_verification(season=found)
    form = LotteryLookupForm(request.GET or None)
    rows = list(checked.result.numbers) if checked is not None else []
    looked_up = None
    if checked is not None and form.is_valid():
        number = form.cleaned_data["number"]
        looked_up = [row for row in rows if row.application_id == number]
        rows = looked_up
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "summerjobs/lottery_check.html",
        {
            "city": city,
            "season": found,
            "checked": checked,
            "page": page,
            "form": form,
            "looked_up": looked_up,
            "first_application": first_application,
            "before_opening": committed_at is not None and committed_at <= found.youth_registration_opens,
            "before_applications": committed_at is not None
            and (first_application is None or committed_at <= first_application),
        },
    )


@with_city
def lottery_list(request: HttpRequest, city: City, season: int) -> HttpResponse:
    """The frozen list as the exact bytes that the seed hashes, for `sha256sum`."""
    found = get_object_or_404(Season, pk=season, city=city)
    if not (found.lottery_is_committed and found.lottery_seed_is_published):
        raise Http404("The lottery list is not frozen yet")
    body = lottery.canonical_list(commitment.frozen_list(season=found))
    response = HttpResponse(body, content_type="text/plain; charset=us-ascii")
    response["Content-Disposition"] = f'inline; filename="lottery-{found.pk}-applications.txt"'
    return response
