"""The printable certificate of participation in a group activity, for the youth who attended (or their
guardian), drawn by the shared certificate renderer (core.certificates) in the page's language."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from microcity.careers import permissions
from microcity.careers.models import Activity, ActivityKind, Registration, RegistrationStatus
from microcity.core.certificates import CertificateData, certificate_pdf
from microcity.core.dates import date_range
from microcity.core.decorators import with_city
from microcity.core.models import City


def activity_certificate_data(*, registration: Registration, language: str) -> CertificateData:
    activity = registration.activity
    starts = timezone.localtime(activity.starts_at)
    ends = timezone.localtime(activity.ends_at)
    with translation.override(language):
        when = date_range(starts, ends)
        kind = str(ActivityKind(activity.kind).label)
        details = [(_("Activity"), activity.title), (_("Kind"), kind), (_("Date"), when)]
        if activity.host is not None:
            details.append((_("Host"), activity.host.name))
        if activity.location:
            details.append((_("Place"), activity.location))
        attended = registration.attended_at or activity.ends_at
        return CertificateData(
            city_name=activity.city.name,
            title=_("Certificate of participation"),
            holder_name=registration.youth.full_name,
            statement=_("has taken part in the career development activity “%(title)s”.")
            % {"title": activity.title},
            details=details,
            number=f"A-{activity.pk}-{registration.pk}",
            issued_on=timezone.localdate(attended),
            issuer_role=_("Career support, %(city)s") % {"city": activity.city.name},
            programme=_("Career development support for youth"),
            brand_colour=activity.city.brand_colour or "#1d4f91",
        )


@login_required
@with_city
def activity_certificate(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """`?youth=<id>` lets a guardian choose among their youths; a youth gets their own."""
    activity = get_object_or_404(Activity.objects.select_related("host", "city"), pk=pk, city=city)
    attended = Registration.objects.filter(
        activity=activity, status=RegistrationStatus.ATTENDED
    ).select_related("youth")
    wanted = request.GET.get("youth", "")
    registration = (
        attended.filter(youth_id=int(wanted)).first()
        if wanted.isdigit()
        else attended.filter(youth__user_id=request.user.pk or 0).first()
    )
    if registration is None or not permissions.can_download_activity_certificate(request.user, registration):
        raise Http404
    registration.activity = activity
    language = (getattr(request, "LANGUAGE_CODE", None) or "lv")[:2]
    language = language if language in {"lv", "en"} else "lv"
    content = certificate_pdf(
        activity_certificate_data(registration=registration, language=language), language=language
    )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-activity-{activity.pk}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
