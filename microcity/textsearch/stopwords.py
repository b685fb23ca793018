"""Stop words for the supported languages, stored in the folded form the analyser compares against."""

from __future__ import annotations

from .folding import fold

__all__ = ["ENGLISH_STOP_WORDS", "LATVIAN_STOP_WORDS"]

# Written with diacritics so the list stays readable and reviewable by Latvian speakers; folded at
# import so that "kā" typed as "ka" is dropped too. Words whose folded form is a common content word
# are left out on purpose: "vīrs" (virs), "prieks" (priekš), "tēvi" (tevi), "it" (IT as in IT jobs).
_LATVIAN = """
un vai bet jo ja jā ka kā lai nekā gan taču tomēr tad arī vēl jau tikai ļoti ne nē nedz pat vien kaut
kamēr kopš līdz pēc pirms par uz no ar pie pa ap aiz bez caur dēļ gar pret starp zem iz
ir nav bija būs būt būtu biju bijis bijusi esmu esi esam esat esot tiek tika tiks tikt tiku var
es tu viņš viņa mēs jūs viņi viņas man tev viņam viņai mums jums viņiem viņām mani viņu
mans mana manu manas mūsu jūsu tavs tava tavu savs sava savu savas savus sevi sev sevis
tas tā to tam tai tie tās tos tiem tām tajā tajos tajās
šis šī šo šim šai šie šīs šos šiem šīm šajā šajos šajās
kas ko kam kurš kura kuru kuram kurai kuri kuras kuriem kurām kurā kuros kurās
kāds kāda kādu kādi kādas kādam kādā kādiem
viss visa visu visi visas visiem visām katrs katra katru katram neviens nekas daži dažas dažu
daudz mazāk vairāk šeit tur kur kad kāpēc tagad te nu
"""

# The Snowball project's English stop list, which Porter2 stems are usually paired with.
_ENGLISH = """
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her
hers herself it its itself they them their theirs themselves what which who whom this that these
those am is are was were be been being have has had having do does did doing would should could
ought i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd we'd
they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't
doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's
who's what's here's there's when's where's why's how's a an the and but if or because as until
while of at by for with about against between into through during before after above below to
from up down in out on off over under again further then once here there when where why how all
any both each few more most other some such no nor not only own same so than too very
"""

LATVIAN_STOP_WORDS: frozenset[str] = frozenset(fold(_LATVIAN).split())
ENGLISH_STOP_WORDS: frozenset[str] = frozenset(fold(_ENGLISH).split())
