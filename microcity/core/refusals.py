"""How a refused action reaches the user, in one place for every app: `NotAllowed` becomes 403 Forbidden and
`NotFound` 404 Not Found wherever they are raised (the middleware); any other `DomainError` becomes an error
message (`refusal_as_message`) or a form error (`refusal_as_form_error`) where the view says so, and a
message on the page the form was posted from where it does not (never a 500)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


@contextmanager
def refusal_as_message(request: HttpRequest) -> Iterator[None]:
    """A refused action inside the block becomes an error message and the view goes on after the block;
    `NotAllowed` and `NotFound` go on to the middleware."""
    try:
        yield
    except (NotAllowed, NotFound):
        raise
    except DomainError as error:
        messages.error(request, str(error))


@contextmanager
def refusal_as_form_error(form: forms.BaseForm | Any) -> Iterator[None]:
    """A refused action inside the block becomes the form's error (one per reason) and the view goes on
    after the block, usually to show the form again; `NotAllowed` and `NotFound` go on to the middleware."""
    try:
        yield
    except (NotAllowed, NotFound):
        raise
    except DomainError as error:
        for message in error.messages:
            form.add_error(None, message)
