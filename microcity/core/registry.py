"""Where the programmes contribute to the shared pages, so that core and accounts never import a programme.

A programme registers its contributions in its AppConfig.ready(); the shared views (the city's home page,
the start page, the back-office menu, the city search, the personal-data download and erasure) ask this
module what there is. Registering the same contribution again replaces it, so a second ready() is harmless.
Nothing here imports a model: the shared layer stays below every programme (docs/decisions/0019-layers.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise

# A label: a string, or a lazily translated one.
Label = str | Promise

# --- The programmes: what a city can switch on and off in its settings ---------------------------------


@dataclass(frozen=True)
class Programme:
    """A programme a city may run. `key` is stored in `City.programmes`; the city pages under the URL
    namespaces `url_namespaces` answer "not offered here" in a city that does not run it."""

    key: str
    label: Label
    url_namespaces: tuple[str, ...] = ()
    order: int = 0


class Programmes:
    def __init__(self) -> None:
        self._programmes: dict[str, Programme] = {}

    def register(self, programme: Programme) -> None:
        self._programmes[programme.key] = programme

    def all(self) -> list[Programme]:
        return sorted(self._programmes.values(), key=lambda programme: (programme.order, programme.key))

    def registered_keys(self) -> list[str]:
        return [programme.key for programme in self.all()]

    def get(self, key: str) -> Programme | None:
        return self._programmes.get(key)

    def for_namespace(self, namespace: str) -> Programme | None:
        """The programme whose city pages live under this URL namespace (None: a shared page)."""
        for programme in self._programmes.values():
            if namespace in programme.url_namespaces:
                return programme
        return None


def all_programme_keys() -> str:
    """A new city runs every registered programme (the default of `City.programmes`)."""
    return ",".join(programmes.registered_keys())


# --- The home pages: one card per programme entry, on a city's home page and on the platform's --------


@dataclass(frozen=True)
class CityHomeCard:
    """A programme's entry on a home page: a Bootstrap Icons name (`bi-briefcase`), the programme's
    key, one sentence and the next step as a link text (`call_to_action`)."""

    url: str
    title: Label
    summary: Label
    icon: str = "bi-grid"
    call_to_action: Label = ""
    programme: str = ""


# Called with the city (None on the platform's home page); returns the cards of what this programme has
# built there (none before it exists).
CardProvider = Callable[[Any], Iterable[CityHomeCard]]


def city_runs(city: Any, key: str) -> bool:
    """Whether the city runs the programme `key` (a key no programme registered is not switchable)."""
    if city is None or programmes.get(key) is None:
        return True
    return bool(city.runs(key))


def programme_of(key: str) -> str:
    """The programme a contribution belongs to when it does not say: its key's first part, so that
    "talent.jobs" and "talent.job" belong to the programme "talent" (the apps name their keys so)."""
    return key.split(".", 1)[0]


class HomeCards:
    def __init__(self) -> None:
        self._providers: dict[str, tuple[int, str, CardProvider]] = {}

    def register(self, key: str, provider: CardProvider, *, order: int, programme: str = "") -> None:
        """`programme` (default: `key`) is the programme the cards belong to: a city that does not run it
        gets none, and the provider is not even asked."""
        self._providers[key] = (order, programme or key, provider)

    def for_city(self, city: Any) -> list[CityHomeCard]:
        cards: list[CityHomeCard] = []
        for _order, _key, programme, provider in sorted(
            (o, k, prog, p) for k, (o, prog, p) in self._providers.items()
        ):
            if city_runs(city, programme):
                cards.extend(card for card in provider(city) if city_runs(city, card.programme or programme))
        return cards


# --- "Open now": what a visitor can act on soon (registration open until a date, places left) ---------


@dataclass(frozen=True)
class OpenNowItem:
    """A timely item at the top of a city's home page. `when` is a date or moment to sort by (the soonest
    deadline first); `detail` a short line such as "until 15 May"."""

    title: Label
    detail: Label
    url: str
    icon: str = "bi-clock"
    programme: str = ""
    when: Any = None


# Called with the city; returns at most a few items, with one or two cheap queries.
OpenNowProvider = Callable[[Any], Iterable[OpenNowItem]]


class OpenNow:
    def __init__(self) -> None:
        self._providers: dict[str, tuple[int, str, OpenNowProvider]] = {}

    def register(self, key: str, provider: OpenNowProvider, *, order: int, programme: str = "") -> None:
        self._providers[key] = (order, programme or key, provider)

    def for_city(self, city: Any, *, limit: int = 6) -> list[OpenNowItem]:
        items: list[OpenNowItem] = []
        for _order, _key, programme, provider in sorted(
            (o, k, prog, p) for k, (o, prog, p) in self._providers.items()
        ):
            if city_runs(city, programme):
                items.extend(provider(city))
        return items[:limit]


# --- What the city's home page is built from, for sharing it between anonymous visitors ----------------


class HomeGenerations:
    """The page-cache generations (core/pagecache.py) of what programmes show on a city's home page: a
    programme whose cards, "open now" items or numbers are built from its data registers the generation
    its writes move, and the shared page is stale as soon as one moves."""

    def __init__(self) -> None:
        self._names: dict[str, None] = {"site": None}  # the city itself and its organisations (core/apps.py)

    def register(self, *names: str) -> None:
        for name in names:
            self._names.setdefault(name, None)

    def names(self) -> tuple[str, ...]:
        return tuple(self._names)


# --- The results strip: a city's headline numbers, from the results page once it exists ----------------


@dataclass(frozen=True)
class HeadlineNumber:
    """A counted result (from the outcome ledger), shown on the city's home page with a link to its
    explanation. Nothing is shown until a programme registers a provider: no number is made up."""

    label: Label
    value: int
    url: str = ""


HeadlineProvider = Callable[[Any], Iterable[HeadlineNumber]]


class HeadlineNumbers:
    def __init__(self) -> None:
        self._providers: dict[str, tuple[int, HeadlineProvider]] = {}

    def register(self, key: str, provider: HeadlineProvider, *, order: int) -> None:
        self._providers[key] = (order, provider)

    def for_city(self, city: Any) -> list[HeadlineNumber]:
        numbers: list[HeadlineNumber] = []
        for _order, _key, provider in sorted((o, k, p) for k, (o, p) in self._providers.items()):
            numbers.extend(provider(city))
        return numbers


# --- The start page: links per city for the roles held there, and links about oneself -----------------


@dataclass(frozen=True)
class StartPageLink:
    """A button in a city's panel of the start page.

    `shown(user, city, roles)` gets the roles the user holds in that city; `url(city)` is the address.
    `programme` (default: the key's first part) is the programme it belongs to: a city that does not run
    that programme does not show it."""

    key: str
    label: Label
    url: Callable[[Any], str]
    shown: Callable[[Any, Any, frozenset[str]], bool]
    order: int
    programme: str = ""


@dataclass(frozen=True)
class PersonalLink:
    """A link in the start page's "You and your data" box, shown to everyone signed in."""

    key: str
    label: Label
    url_name: str
    order: int


class StartPage:
    def __init__(self) -> None:
        self._links: dict[str, StartPageLink] = {}
        self._personal: dict[str, PersonalLink] = {}

    def register_link(self, link: StartPageLink) -> None:
        self._links[link.key] = link

    def register_personal_link(self, link: PersonalLink) -> None:
        self._personal[link.key] = link

    def links_for(self, *, user: Any, city: Any, roles: Iterable[str]) -> list[StartPageLink]:
        held = frozenset(str(role) for role in roles)
        ordered = sorted(self._links.values(), key=lambda link: (link.order, link.key))
        return [
            link
            for link in ordered
            if city_runs(city, link.programme or programme_of(link.key)) and link.shown(user, city, held)
        ]

    def personal_links(self) -> list[PersonalLink]:
        return sorted(self._personal.values(), key=lambda link: (link.order, link.key))


# --- The start page's "Needs your attention": what waits for this person, first --------------------------


class Urgency:
    """How soon an attention item needs the person: items are shown most urgent first."""

    NOW = 30  # overdue, or due today (an offer's deadline, a task past its date)
    SOON = 20  # work waiting for this person (entries to confirm, items to review)
    INFO = 10  # worth knowing (an activity open for registration)


@dataclass(frozen=True)
class AttentionItem:
    """One thing waiting for the person: `count` things of a kind, or one thing told in `line`.

    `key` is unique for what it counts (with the city's slug for a city's items, without it for what is
    the same in every city, such as the platform-wide library's review queue: the start page shows an
    item once however many of the person's cities return it)."""

    key: str
    label: Label
    url: str
    urgency: int = Urgency.SOON
    count: int | None = None
    line: Label = ""
    city: Any = None

    @property
    def is_urgent(self) -> bool:
        return self.urgency >= Urgency.NOW


# Called with (user, city, roles held there); returns the items in a number of queries that does not grow
# with the rows (a count and, at most, the first row), and none at all when no role held needs them.
AttentionProvider = Callable[[Any, Any, frozenset[str]], Iterable[AttentionItem]]


class Attention:
    def __init__(self) -> None:
        self._providers: dict[str, tuple[int, str, AttentionProvider]] = {}

    def register(self, key: str, provider: AttentionProvider, *, order: int, programme: str = "") -> None:
        """`programme` (default: the key's first part) is the programme the items belong to: in a city
        that does not run it, the provider is not even asked."""
        self._providers[key] = (order, programme or programme_of(key), provider)

    def for_city(self, *, user: Any, city: Any, roles: Iterable[str]) -> list[AttentionItem]:
        held = frozenset(str(role) for role in roles)
        items: list[AttentionItem] = []
        for _order, _key, programme, provider in sorted(
            (o, k, prog, p) for k, (o, prog, p) in self._providers.items()
        ):
            if city_runs(city, programme):
                items.extend(provider(user, city, held))
        return items

    def for_cities(
        self, *, user: Any, roles_by_city: Iterable[tuple[Any, Iterable[str]]]
    ) -> list[AttentionItem]:
        """The items of every city where the user holds roles: each key once, most urgent first (a stable
        sort, so that within one urgency the programmes' order holds)."""
        seen: set[str] = set()
        items: list[AttentionItem] = []
        for city, roles in roles_by_city:
            for item in self.for_city(user=user, city=city, roles=roles):
                if item.key not in seen:
                    seen.add(item.key)
                    items.append(item)
        return sorted(items, key=lambda item: -item.urgency)


@dataclass(frozen=True)
class ComingProgramme:
    """A programme still to be built, told plainly on the start page of the roles it is for."""

    key: str
    roles: frozenset[str]
    title: Label
    summary: Label
    order: int = 0


class ComingProgrammes:
    def __init__(self) -> None:
        self._programmes: dict[str, ComingProgramme] = {}

    def register(self, programme: ComingProgramme) -> None:
        self._programmes[programme.key] = programme

    def unregister(self, key: str) -> None:
        """A programme that is built takes its note away (from its own AppConfig.ready())."""
        self._programmes.pop(key, None)

    def for_roles(self, roles: Iterable[str]) -> list[ComingProgramme]:
        held = {str(role) for role in roles}
        found = [p for p in self._programmes.values() if p.roles & held]
        return sorted(found, key=lambda p: (p.order, p.key))


# --- The back office's menu: staff pages of a city ----------------------------------------------------


@dataclass(frozen=True)
class StaffMenuItem:
    """An entry of Wagtail's menu that opens `url_name` for the first city where `allowed(user, city)`."""

    key: str
    label: Label
    url_name: str
    allowed: Callable[[Any, Any], bool]
    icon_name: str
    order: int


class StaffMenu:
    def __init__(self) -> None:
        self._items: dict[str, StaffMenuItem] = {}

    def register(self, item: StaffMenuItem) -> None:
        self._items[item.key] = item

    def items(self) -> list[StaffMenuItem]:
        return sorted(self._items.values(), key=lambda item: (item.order, item.key))


# --- Personal data: what each programme keeps about a person, for download and erasure ----------------

Exporter = Callable[[Any], list[dict[str, Any]]]
Eraser = Callable[[Any], None]


class PersonalData:
    """Each programme's part of a person's data download (GDPR articles 15 and 20). `about` says in a
    sentence what the section holds (it goes into the download's README); `covers` names the models
    ("app_label.Model") whose rows about the person the section exports, so that a test can find a model
    that points at a person and is in no section."""

    def __init__(self) -> None:
        self._exporters: dict[str, Exporter] = {}
        self._erasers: list[Eraser] = []
        self._about: dict[str, str] = {}
        self._covers: dict[str, tuple[str, ...]] = {}

    def register(
        self,
        section: str,
        *,
        exporter: Exporter,
        eraser: Eraser | None = None,
        about: Label = "",
        covers: tuple[str, ...] = (),
    ) -> None:
        self._exporters[section] = exporter
        self._about[section] = str(about)
        self._covers[section] = covers
        if eraser is not None and eraser not in self._erasers:
            self._erasers.append(eraser)

    def about(self) -> dict[str, str]:
        return dict(sorted(self._about.items()))

    def covered_models(self) -> set[str]:
        return {label for labels in self._covers.values() for label in labels}

    def export_sections(self, person: Any) -> dict[str, list[dict[str, Any]]]:
        return {section: exporter(person) for section, exporter in sorted(self._exporters.items())}

    def erase(self, person: Any) -> None:
        for eraser in self._erasers:
            eraser(person)


# --- Search: which kinds of index entries a programme owns, and how its hits are shown ------------------


@dataclass(frozen=True)
class ResolvedHit:
    title: str
    url: str
    label: str


# Called with the primary keys of one source's hits; returns those still visible, by key.
Resolver = Callable[[list[int]], dict[int, ResolvedHit]]


@dataclass(frozen=True)
class SearchSource:
    """One kind of entry in the search index, e.g. kind "job" whose keys are "talent.job:<pk>".

    `section` is its heading on the city's search page (None: it has no section there); `city_only`
    searches the city's entries alone, `by_language` only those in the page's language; `more_url(city)`
    is the page with all the hits (the query is added to it), under the link text `more_label`.
    `programme` (default: the prefix's first part) is the programme the entries belong to: a city that
    does not run it shows no section for them."""

    prefix: str
    kind: str
    resolver: Resolver
    section: Label | None = None
    city_only: bool = True
    by_language: bool = False
    more_label: Label | None = None
    more_url: Callable[[Any], str] | None = None
    order: int = 0
    programme: str = ""


class SearchSources:
    def __init__(self) -> None:
        self._sources: dict[str, SearchSource] = {}

    def register(self, source: SearchSource) -> None:
        self._sources[source.prefix] = source

    def sections(self, city: Any = None) -> list[SearchSource]:
        """The sources with a section on the city's search page, in page order; given a city, only those
        of the programmes it runs."""
        found = [
            source
            for source in self._sources.values()
            if source.section is not None and city_runs(city, source.programme or programme_of(source.prefix))
        ]
        return sorted(found, key=lambda source: (source.order, source.prefix))

    def resolve(self, keys: list[str]) -> dict[str, ResolvedHit]:
        """Resolve keys in one query per source; keys whose rows are gone (or hidden) are left out."""
        by_prefix: dict[str, list[int]] = {}
        for key in keys:
            prefix, _, pk = key.rpartition(":")
            if prefix in self._sources and pk.isdigit():
                by_prefix.setdefault(prefix, []).append(int(pk))
        found: dict[str, ResolvedHit] = {}
        for prefix, pks in by_prefix.items():
            for row_pk, hit in self._sources[prefix].resolver(pks).items():
                found[f"{prefix}:{row_pk}"] = hit
        return found


# --- Verified experience: what a programme vouches for goes into the youth's career portfolio ---------


@dataclass(frozen=True)
class VerifiedExperience:
    """Experience a programme vouches for (a summer job done); idempotent by `source_key`."""

    person: Any
    title: str
    source_key: str
    source_label: str
    organisation_name: str = ""
    description: str = ""
    starts_on: Any = None
    ends_on: Any = None
    hours: int | None = None
    occupation: Any = None


ExperienceRecorder = Callable[[VerifiedExperience], object]


class VerifiedExperienceRecorders:
    def __init__(self) -> None:
        self._recorders: dict[str, ExperienceRecorder] = {}

    def register(self, key: str, recorder: ExperienceRecorder) -> None:
        self._recorders[key] = recorder

    def record(self, experience: VerifiedExperience) -> None:
        """Every registered recorder (the career portfolio) gets it, in the caller's transaction."""
        for _key, recorder in sorted(self._recorders.items()):
            recorder(experience)


# --- A city's workforce in live figures, and investors' hiring plans (docs/decisions/0024) -------------


@dataclass(frozen=True)
class WorkforceFigure:
    """A live count about a city's workforce from one programme's records (open jobs, people relocating,
    course graduates), for one ISCO-08 major group (`group` "1"…"9", "0"; "" when the records name none).
    `measure` keys the figure ("talent.open_jobs"); a salary range is given for jobs."""

    measure: str
    label: Label
    group: str
    count: int
    salary_min: Any = None
    salary_max: Any = None


# Called with the city; returns its figures, in a fixed number of queries.
WorkforceProvider = Callable[[Any], Iterable[WorkforceFigure]]


class WorkforceFigures:
    def __init__(self) -> None:
        self._providers: dict[str, tuple[int, WorkforceProvider]] = {}

    def register(self, key: str, provider: WorkforceProvider, *, order: int) -> None:
        self._providers[key] = (order, provider)

    def for_city(self, city: Any) -> list[WorkforceFigure]:
        figures: list[WorkforceFigure] = []
        for _order, key, provider in sorted((o, k, p) for k, (o, p) in self._providers.items()):
            if city_runs(city, programme_of(key)):
                figures.extend(provider(city))
        return figures


@dataclass(frozen=True)
class HiringNeed:
    """One line of a won investor's hiring plan: `count` people of an ISCO-08 unit group (`occupation`) by
    `needed_by`, at a gross monthly salary range (EUR). `source_key` makes handling it idempotent."""

    source_key: str
    city: Any
    organisation: Any
    occupation: Any
    count: int
    needed_by: Any
    salary_min: Any
    salary_max: Any
    by: Any
    note: str = ""


# Called with a need inside the caller's transaction; returns what it made (a draft job post), or None.
HiringNeedHandler = Callable[[HiringNeed], object]
# Called with the city; returns the open needs (retraining demand for the courses coordinator).
HiringNeedProvider = Callable[[Any], Iterable[HiringNeed]]


class HiringPlans:
    """Where a won investor's hiring plan goes: the jobs board registers a handler that turns a need into a
    draft job post; the investors programme registers a provider of the open needs, which a retraining
    programme reads as demand (`needs_for_city`). Neither programme imports the other."""

    def __init__(self) -> None:
        self._handlers: dict[str, HiringNeedHandler] = {}
        self._providers: dict[str, HiringNeedProvider] = {}

    def register_handler(self, key: str, handler: HiringNeedHandler) -> None:
        self._handlers[key] = handler

    def register_provider(self, key: str, provider: HiringNeedProvider) -> None:
        self._providers[key] = provider

    def has_handlers(self) -> bool:
        return bool(self._handlers)

    def hand_over(self, need: HiringNeed) -> list[object]:
        """Every handler gets the need; returns what they made (nothing made is left out)."""
        made = [handler(need) for _key, handler in sorted(self._handlers.items())]
        return [thing for thing in made if thing is not None]

    def needs_for_city(self, city: Any) -> list[HiringNeed]:
        needs: list[HiringNeed] = []
        for _key, provider in sorted(self._providers.items()):
            needs.extend(provider(city))
        return needs


# The contribution points. Programmes register into these; core and accounts read them.
programmes = Programmes()
city_home_cards = HomeCards()
platform_home_cards = HomeCards()
open_now = OpenNow()
home_generations = HomeGenerations()
city_results = HeadlineNumbers()
start_page = StartPage()
attention = Attention()
coming_programmes = ComingProgrammes()
staff_menu = StaffMenu()
personal_data = PersonalData()
search_sources = SearchSources()
verified_experience = VerifiedExperienceRecorders()


# --- The sitemap: each programme's public pages of a city, for search engines (/sitemap.xml) -----------

# Called in each site language with a city: (path reversed in that language, last change or None) pairs.
SitemapProvider = Callable[[Any], Iterable[tuple[str, Any]]]


class Sitemap:
    def __init__(self) -> None:
        self._providers: dict[str, tuple[SitemapProvider, str]] = {}

    def register(self, key: str, provider: SitemapProvider, *, programme: str = "") -> None:
        self._providers[key] = (provider, programme or programme_of(key))

    def for_city(self, city: Any) -> list[tuple[str, Any]]:
        """The public pages of the programmes the city runs, in the active language."""
        return [
            entry
            for _key, (provider, programme) in sorted(self._providers.items())
            if city_runs(city, programme)
            for entry in provider(city)
        ]


sitemap = Sitemap()
workforce_figures = WorkforceFigures()
hiring_plans = HiringPlans()
# --- Skills supply: people trained for an occupation in a city, for the investors' pitch -----------------


@dataclass(frozen=True)
class SkillsSupply:
    """People in training for, and people who completed training for, one ISCO-08 occupation in a city
    (registered by the retraining courses; read by the investors' pages without importing them)."""

    occupation_code: str
    occupation_label: Label
    in_training: int
    completed: int


SkillsSupplyProvider = Callable[[Any], Iterable[SkillsSupply]]


class SkillsSupplies:
    def __init__(self) -> None:
        self._providers: dict[str, SkillsSupplyProvider] = {}

    def register(self, key: str, provider: SkillsSupplyProvider) -> None:
        self._providers[key] = provider

    def for_city(self, city: Any) -> list[SkillsSupply]:
        """Every provider's rows for the city, by occupation code (none where no programme registered)."""
        rows: list[SkillsSupply] = []
        for _key, provider in sorted(self._providers.items()):
            rows.extend(provider(city))
        return sorted(rows, key=lambda row: row.occupation_code)


skills_supply = SkillsSupplies()
