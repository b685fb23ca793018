"""Operations: health check failure, audit retention, staff 2FA, the e-mail task, error pages."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import UserFactory
from microcity.core.models import AuditAction, AuditEvent
from microcity.core.services import audit_log
from microcity.core.tasks import enqueue, send_email_task
from microcity.core.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def test_healthz_answers_503_when_the_database_does_not(client):
    with mock.patch("microcity.core.health.connection.cursor", side_effect=RuntimeError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_purge_removes_only_events_past_retention(settings):
    settings.MICROCITY_AUDIT_RETENTION_DAYS = 30
    user, person = UserFactory(), PersonFactory()
    old = audit_log(actor=user, action=AuditAction.VIEW, obj=person)
    AuditEvent.objects.filter(pk=old.pk).update(at=timezone.now() - dt.timedelta(days=31))
    recent = audit_log(actor=user, action=AuditAction.VIEW, obj=person)
    call_command("purge_audit_events", stdout=mock.MagicMock())
    assert list(AuditEvent.objects.values_list("pk", flat=True)) == [recent.pk]


def test_staff_without_two_factor_are_sent_to_set_it_up(settings, user_with_role, client_for):
    settings.MICROCITY_REQUIRE_STAFF_MFA = True
    coordinator = client_for(user_with_role(Role.PROGRAMME_COORDINATOR))
    response = coordinator.get("/lv/account/")
    assert response.status_code == 302 and "/accounts/2fa/" in response["Location"]
    assert coordinator.get(response["Location"], follow=True).status_code == 200
    assert coordinator.get("/admin/").status_code == 302  # the back office waits too
    youth = client_for(user_with_role(Role.YOUTH))
    assert youth.get("/lv/account/").status_code == 200


def test_email_task_runs_only_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enqueue(send_email_task, subject="Sveiki", body="Teksts", to=["a@example.lv"])
        assert mail.outbox == []
    assert [m.subject for m in mail.outbox] == ["Sveiki"]


def test_email_task_is_dropped_on_rollback(django_capture_on_commit_callbacks):
    class Boom(Exception):
        pass

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(Boom),
        transaction.atomic(),
    ):
        enqueue(send_email_task, subject="Never", body="x", to=["a@example.lv"])
        raise Boom
    assert callbacks == [] and mail.outbox == []


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_not_found_page_is_translated(client, lang):
    response = client.get(f"/{lang}/no-such-city/")
    assert response.status_code == 404
    text = response.content.decode()
    assert ("Lapa nav atrasta" in text) if lang == "lv" else ("Page not found" in text)
