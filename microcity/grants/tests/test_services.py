"""The grants services: submission rules, the frozen call, screening, review, decisions, agreements,
reports and payments, and who may do each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from django.core import mail
from django.utils import timezone

from microcity.core.models import AuditEvent, Indicator, OutcomeRecord
from microcity.grants import services
from microcity.grants.models import (
    Application,
    ApplicationStatus,
    Call,
    Payment,
    PaymentKind,
    PriorAid,
    Review,
)
from microcity.grants.workflows import APPLICATIONS, GrantsError, NotAllowed, RulesBroken

S = ApplicationStatus
pytestmark = pytest.mark.django_db


def test_submission_numbers_freezes_the_call_and_keeps_a_snapshot(world):
    application = world.submitted()
    assert application.status == S.SUBMITTED
    assert application.number.endswith("-001")
    assert application.submitted_snapshot["requested"] == "8000.00"
    assert application.submitted_snapshot["total"] == "10500.00"
    world.call.refresh_from_db()
    assert world.call.first_submission_at is not None
    second = world.submitted(user=world.other_applicant, organisation=world.other_organisation)
    assert second.number.endswith("-002")


def test_receipt_is_mailed_with_the_pdf(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        application = world.submitted()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert application.number in message.subject
    name, content, mimetype = message.attachments[0]
    assert mimetype == "application/pdf" and content[:4] == b"%PDF"


def test_server_refuses_submission_after_closing_time(world):
    application = world.draft()
    with pytest.raises(GrantsError, match="closed"):
        services.application_submit(application=application, by=world.applicant, now=world.call.closes_at)
    application.refresh_from_db()
    assert application.status == S.DRAFT


def test_intensity_breach_is_refused_then_fixed(world):
    application = world.draft(requested="8500")  # 85 % of 10,000 eligible
    with pytest.raises(RulesBroken) as caught:
        services.application_submit(application=application, by=world.applicant)
    assert any("80" in message for message in caught.value.messages)
    services.application_save(application=application, data={"requested": D("8000")}, by=world.applicant)
    assert services.application_submit(application=application, by=world.applicant).status == S.SUBMITTED


def test_every_missing_part_is_listed(world):
    application = world.draft(complete=False)
    with pytest.raises(RulesBroken) as caught:
        services.application_submit(application=application, by=world.applicant)
    assert len(caught.value.messages) == 4  # the answer, the declaration, consent, truthfulness


def test_word_limit_and_company_age(world):
    application = world.draft()
    application = services.application_save(
        application=application,
        data={
            "answers": {str(world.question.pk): "vārds " * 51},
            "strand": world.young,
            "requested": D("1500"),
        },
        by=world.applicant,
        lines=[{"description": "Dators", "quantity": D("1"), "unit_price": D("2000"), "eligible": True}],
    )
    problems = services.application_problems(application, now=timezone.now())
    assert any("50" in p for p in problems)
    assert any("registered" in p for p in problems)
    application.company_registered_on = timezone.localdate() - dt.timedelta(days=4 * 365)
    assert any("younger than 3" in p for p in services.application_problems(application, now=timezone.now()))


def test_de_minimis_headroom_blocks_submission(world):
    application = world.draft()
    PriorAid.objects.create(
        application=application,
        undertaking="SIA Inovācijas",
        granting_body="LIAA",
        granted_on=timezone.localdate() - dt.timedelta(days=400),
        amount=D("295000"),
    )
    with pytest.raises(RulesBroken) as caught:
        services.application_submit(application=application, by=world.applicant)
    assert any("300,000" in m for m in caught.value.messages)


def test_another_company_cannot_touch_an_application(world):
    application = world.draft()
    with pytest.raises(NotAllowed):
        services.application_save(application=application, data={"title": "x"}, by=world.other_applicant)
    with pytest.raises(NotAllowed):
        services.application_submit(application=application, by=world.other_applicant)
    with pytest.raises(NotAllowed):
        services.application_withdraw(application=application, by=world.other_applicant)
    with pytest.raises(NotAllowed):
        services.application_start(
            call=world.call,
            organisation=world.organisation,
            strand=world.strand,
            title="x",
            by=world.other_applicant,
        )


def test_rules_are_frozen_after_the_first_submission_but_texts_may_be_corrected(world):
    services.call_update(call=world.call, data={"budget": D("50000")}, by=world.coordinator)
    world.submitted()
    call = Call.objects.get(pk=world.call.pk)
    with pytest.raises(GrantsError, match="treated alike"):
        services.call_update(
            call=call, data={"closes_at": call.closes_at + dt.timedelta(days=3)}, by=world.coordinator
        )
    with pytest.raises(GrantsError):
        services.strand_add(
            call=call,
            data={"name_lv": "x", "name_en": "x", "max_amount": D("1"), "max_intensity": D("0.5")},
            by=world.coordinator,
        )
    services.call_update(call=call, data={"text_en": "Corrected."}, by=world.coordinator)
    event = AuditEvent.objects.filter(object_id=str(call.pk), details__fields=["text_en"]).get()
    assert event.details["after_first_submission"] is True


def test_only_coordinators_change_calls(world):
    with pytest.raises(NotAllowed):
        services.call_update(call=world.call, data={"budget": D("1")}, by=world.evaluators[0])
    with pytest.raises(NotAllowed):
        services.call_create(city=world.city, data={}, by=world.applicant)


def test_withdraw_return_and_answer_keep_history(world):
    application = world.submitted()
    request = services.application_return(
        application=application, question="Pievienojiet tāmi.", by=world.coordinator
    )
    application.refresh_from_db()
    assert application.status == S.RETURNED
    services.application_answer(application=application, answer="Tāme pievienota.", by=world.applicant)
    request.refresh_from_db()
    application.refresh_from_db()
    assert request.answer == "Tāme pievienota." and request.answered_at
    assert application.status == S.SUBMITTED
    services.application_withdraw(application=application, by=world.applicant)
    application.refresh_from_db()
    assert application.status == S.WITHDRAWN


def test_screening_needs_a_reason_to_refuse(world):
    application = world.submitted()
    checks = dict.fromkeys(services.SCREENING_RULES, True) | {"registered_in_city": False}
    with pytest.raises(GrantsError):
        services.application_screen(
            application=application, checklist=checks, reason=" ", by=world.coordinator
        )
    services.application_screen(
        application=application, checklist=checks, reason="Nav reģistrēts.", by=world.coordinator
    )
    application.refresh_from_db()
    assert application.status == S.INELIGIBLE
    assert application.screening["registered_in_city"] is False


@pytest.mark.parametrize("state", S.values)
def test_every_change_not_in_the_map_is_refused(state):
    application = Application(status=state)
    for to in S.values:
        if not APPLICATIONS.allows(state, to):
            with pytest.raises(GrantsError):
                APPLICATIONS.check(application, to)


def _review(world, application, evaluator, scores=(5, 10)):
    review = Review.objects.get(application=application, evaluator=evaluator)
    services.review_declare(review=review, conflict=False, reason="", by=evaluator)
    return services.review_submit(
        review=review,
        scores={c.pk: (s, "Pamatojums.") for c, s in zip(world.criteria, scores, strict=True)},
        by=evaluator,
    )


def test_balanced_assignment_conflict_and_scores(world):
    apps = [
        world.eligible(),
        world.eligible(user=world.other_applicant, organisation=world.other_organisation),
    ]
    assert services.reviews_assign_balanced(call=world.call, by=world.coordinator) == 4
    loads = sorted(Review.objects.filter(evaluator=e).count() for e in world.evaluators)
    assert loads == [1, 1, 2]
    first = apps[0]
    holders = list(Review.objects.filter(application=first).values_list("evaluator_id", flat=True))
    conflicted = next(e for e in world.evaluators if e.pk == holders[0])
    review = Review.objects.get(application=first, evaluator=conflicted)
    services.review_declare(review=review, conflict=True, reason="Radinieks", by=conflicted)
    # Reassigned to the evaluator who did not have it.
    assert Review.objects.filter(application=first, conflict=False).count() == 2
    with pytest.raises(NotAllowed):
        services.review_submit(review=review, scores={}, by=conflicted)
    with pytest.raises(NotAllowed):
        services.review_declare(review=review, conflict=False, reason="", by=conflicted)
    others = [e for e in world.evaluators if e.pk != conflicted.pk]
    _review(world, first, others[0], (5, 10))
    _review(world, first, others[1], (3, 5))
    first.refresh_from_db()
    assert first.average_score == D("78.00")  # (100 + 56) / 2
    assert first.score_spread == D("44.00")


def test_scores_need_the_declaration_and_a_comment_each(world):
    application = world.eligible()
    review = services.review_assign(
        application=application, evaluator=world.evaluators[0], by=world.coordinator
    )
    scores = {c.pk: (1, "ok") for c in world.criteria}
    with pytest.raises(GrantsError, match="conflict"):
        services.review_submit(review=review, scores=scores, by=world.evaluators[0])
    services.review_declare(review=review, conflict=False, reason="", by=world.evaluators[0])
    with pytest.raises(RulesBroken):
        services.review_submit(review=review, scores={world.criteria[0].pk: (9, "x")}, by=world.evaluators[0])
    with pytest.raises(NotAllowed):
        services.review_submit(review=review, scores=scores, by=world.evaluators[1])
    assert services.review_submit(review=review, scores=scores, by=world.evaluators[0]).total == D("16.00")


def test_decision_caps_award_at_the_de_minimis_ceiling(world):
    application = world.eligible()
    PriorAid.objects.create(
        application=application,
        undertaking="SIA Saistītā",
        granting_body="ALTUM",
        granted_on=timezone.localdate() - dt.timedelta(days=100),
        amount=D("295000"),
    )
    with pytest.raises(GrantsError, match="5000.00"):
        services.decision_save(application=application, award=D("8000"), reason="", by=world.coordinator)
    application.refresh_from_db()
    assert application.status == S.ELIGIBLE and application.award is None
    services.decision_save(
        application=application, award=D("5000"), reason="De minimis robeža.", by=world.coordinator
    )
    application.refresh_from_db()
    assert application.status == S.FUNDED and application.award == D("5000.00")


def test_decision_within_request_and_budget(world):
    world.call.budget = D("9000")
    world.call.save()
    first = world.eligible()
    second = world.eligible(user=world.other_applicant, organisation=world.other_organisation)
    with pytest.raises(GrantsError):
        services.decision_save(application=first, award=D("8000.01"), reason="", by=world.coordinator)
    services.decision_save(application=first, award=D("8000"), reason="", by=world.coordinator)
    with pytest.raises(GrantsError, match="1000.00"):
        services.decision_save(application=second, award=D("2000"), reason="daļēji", by=world.coordinator)
    with pytest.raises(GrantsError, match="reason"):
        services.decision_save(application=second, award=None, reason="", by=world.coordinator)
    services.decision_save(application=second, award=None, reason="Zems vērtējums.", by=world.coordinator)
    with pytest.raises(NotAllowed):
        services.decision_save(application=second, award=None, reason="x", by=world.evaluators[0])


def test_agreement_report_and_final_payment_and_the_ledger_counts_the_company_once(world):
    application = world.eligible()
    services.decision_save(application=application, award=D("8000"), reason="", by=world.coordinator)
    agreement = services.agreement_sign(
        application=application, signed_on=timezone.localdate(), by=world.coordinator
    )
    assert agreement.number.startswith("ZILE-VAL-")
    assert agreement.advance == D("2400.00")
    assert agreement.intensity == D("0.8000")
    assert Payment.objects.get(application=application, kind=PaymentKind.ADVANCE).amount == D("2400.00")
    with pytest.raises(GrantsError):
        services.report_save(application=application, data={}, by=world.applicant, submit=True)
    report = services.report_save(
        application=application,
        data={"done": "Izstrādāts", "results": "Produkts", "actual_eligible": D("9000"), "jobs_created": 2},
        by=world.applicant,
        submit=True,
    )
    services.report_return(report=report, note="Pievienojiet čekus.", by=world.coordinator)
    report = services.report_save(
        application=application, data={"results": "Produkts un čeki"}, by=world.applicant, submit=True
    )
    payment = services.report_accept(report=report, accepted_eligible=D("9000"), by=world.coordinator)
    assert (payment.kind, payment.amount) == (PaymentKind.FINAL, D("4800.00"))
    application.refresh_from_db()
    assert application.status == S.COMPLETED
    # A second grant to the same company: the ledger still counts it once.
    services.call_update(call=world.call, data={"text_lv": "x"}, by=world.coordinator)
    second = world.eligible(requested="6000")
    services.decision_save(application=second, award=D("6000"), reason="", by=world.coordinator)
    services.agreement_sign(application=second, signed_on=timezone.localdate(), by=world.coordinator)
    assert (
        OutcomeRecord.objects.filter(
            indicator=Indicator.COMPANY_INNOVATION_SUPPORTED, organisation=world.organisation
        ).count()
        == 1
    )


def test_spending_little_is_a_recovery(world):
    application = world.eligible()
    services.decision_save(application=application, award=D("8000"), reason="", by=world.coordinator)
    services.agreement_sign(application=application, signed_on=timezone.localdate(), by=world.coordinator)
    report = services.report_save(
        application=application, data={"done": "Maz", "results": "Maz"}, by=world.applicant, submit=True
    )
    payment = services.report_accept(report=report, accepted_eligible=D("1000"), by=world.coordinator)
    assert (payment.kind, payment.amount) == (PaymentKind.RECOVERY, D("1600.00"))


def test_funding_proposal_follows_scores_within_budget(world):
    world.call.budget = D("12000")
    world.call.save()
    first = world.eligible()
    second = world.eligible(user=world.other_applicant, organisation=world.other_organisation)
    Application.objects.filter(pk=first.pk).update(average_score=D("70"))
    Application.objects.filter(pk=second.pk).update(average_score=D("90"))
    assert services.funding_proposal(world.call) == {second.pk: D("8000.00"), first.pk: D("4000.00")}


def test_the_application_stays_when_its_maker_deletes_their_account(world):
    from microcity.core import registry
    from microcity.core.tests.factories import PersonFactory

    application = world.submitted()
    person = PersonFactory(user=world.applicant, city=world.city)
    rows = registry.personal_data.export_sections(person)["grant_applications"]
    assert rows[0]["title"] == "Jauns produkts"
    world.applicant.delete()
    application.refresh_from_db()
    assert application.applicant is None and application.status == S.SUBMITTED


def test_attention_items_per_role(world):
    from microcity.accounts.models import Role
    from microcity.grants import attention

    application = world.submitted()
    coordinator_items = attention.work(world.coordinator, world.city, frozenset({Role.PROGRAMME_COORDINATOR}))
    assert [i.count for i in coordinator_items] == [1]
    services.application_return(application=application, question="?", by=world.coordinator)
    applicant_items = attention.work(world.applicant, world.city, frozenset({Role.EMPLOYER_REPRESENTATIVE}))
    assert [i.count for i in applicant_items] == [1]
    assert attention.work(world.other_applicant, world.city, frozenset({Role.EMPLOYER_REPRESENTATIVE})) == []
    assert attention.work(world.evaluators[0], world.city, frozenset({Role.GRANT_EVALUATOR})) == []
