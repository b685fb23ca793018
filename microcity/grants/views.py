from django.http import HttpResponse


def index(request, city):  # placeholder replaced below
    return HttpResponse()
