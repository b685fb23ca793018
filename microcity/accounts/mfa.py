"""Whether a user has a second factor and whether this session passed it, from allauth's own records."""

from __future__ import annotations

from typing import Any

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest

# The factors that allauth asks for at sign-in; recovery codes alone are a way back in, not a factor.
SECOND_FACTORS = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
MFA_METHOD = "mfa"
FLAG = "microcity_second_factor"


def with_second_factor_flag(users: QuerySet[Any]) -> QuerySet[Any]:
    """Users annotated with whether they have a second factor (see accounts.backends)."""
    factors = Authenticator.objects.filter(user_id=OuterRef("pk"), type__in=SECOND_FACTORS)
    return users.annotate(**{FLAG: Exists(factors)})


def second_factor_enabled(user: Any) -> bool:
    flag = getattr(user, FLAG, None)
    return bool(flag) if flag is not None else is_mfa_enabled(user, SECOND_FACTORS)


def session_passed_second_factor(request: HttpRequest, user: Any) -> bool:
    """True when allauth recorded, in this session and for this user, a passed second factor."""
    return any(record.get("method") == MFA_METHOD for record in get_authentication_records(request, user))


def record_activated_factor(
    sender: Any, request: HttpRequest, user: Any, authenticator: Any, **_: Any
) -> None:
    """Switching on a factor proves it (its code was entered), so the session has passed it.

    Without this, the person who has just switched two-factor sign-in on would be signed out at once by
    `SecondFactorSessionMiddleware`, since allauth records a passed factor only at sign-in.
    """
    if authenticator.type not in SECOND_FACTORS or request is None:
        return
    # allauth's own writer of its authentication log in the session (internal: check it on upgrades;
    # test_switching_two_factor_on_keeps_the_session_that_did_it fails if it changes).
    from allauth.account.internal.flows.login import record_authentication

    record_authentication(
        request, user, MFA_METHOD, id=authenticator.pk, type=authenticator.type, activated=True
    )
