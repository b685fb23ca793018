"""How a refused action reaches the user, in one place for every app: `NotAllowed` becomes 403 Forbidden and
`NotFound` 404 Not Found wherever they are raised (the middleware); any other `DomainError` becomes an error
message (`refusal_as_message`) or a form error (`refusal_as_form_error`) where the view says so, and a
message on the page the form was posted from where it does not (never a 500). `refusal_caught` lets a view
answer a refusal its own way."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

from microcity.core.workflow import DomainError, NotAllowed, NotFound


class RefusalMiddleware:
    """Turns the domain errors that leave a view into the HTTP answer."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, NotFound):
            raise Http404(str(exception)) from exception
        if isinstance(exception, NotAllowed):
            raise PermissionDenied(str(exception)) from exception
        if isinstance(exception, DomainError) and request.method == "POST":
            for message in exception.messages:
                messages.error(request, message)
            return HttpResponseRedirect(_back(request))
        return None


def _back(request: HttpRequest) -> str:
    """The page the form was on, if it is on this site; else the address posted to."""
    referer = request.META.get("HTTP_REFERER", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return request.get_full_path()


@dataclass
class Refusal:
    """What `refusal_caught` caught: the error, if the block was refused."""

    error: DomainError | None = None

    @property
    def messages(self) -> list[str]:
        return self.error.messages if self.error is not None else []


@contextmanager
def refusal_caught() -> Iterator[Refusal]:
    """Catch a refused action inside the block for the view to answer as it needs; `NotAllowed` and
    `NotFound` go on to the middleware."""
    refusal = Refusal()
    try:
        yield refusal
    except (NotAllowed, NotFound):
        raise
    except DomainError as error:
        refusal.error = error


@contextmanager
def refusal_as_message(request: HttpRequest) -> Iterator[None]:
    """A refused action inside the block becomes an error message and the view goes on after the block;
    `NotAllowed` and `NotFound` go on to the middleware."""
    with refusal_caught() as refusal:
        yield
    if refusal.error is not None:
        messages.error(request, str(refusal.error))


@contextmanager
def refusal_as_form_error(form: forms.BaseForm | Any) -> Iterator[None]:
    """A refused action inside the block becomes the form's error (one per reason) and the view goes on
    after the block, usually to show the form again; `NotAllowed` and `NotFound` go on to the middleware."""
    with refusal_caught() as refusal:
        yield
    for message in refusal.messages:
        form.add_error(None, message)
