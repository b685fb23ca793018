"""Demo living guides of Ventspils and Valmiera in Latvian and English: topics and moving stories."""

from __future__ import annotations

import re

__all__ = ["GUIDE"]


def _md(text: str) -> str:
    """Turn a hand-wrapped block into the guide's plain format: blank-line paragraphs, "- " bullet lines."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if lines and not line.startswith(("- ", "## ")) and not lines[-1].startswith("## "):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _page(title: str, summary: str, body: str) -> dict[str, str]:
    return {"title": title, "summary": " ".join(summary.split()), "body": _md(body)}


def _topic(slug: str, lv: dict[str, str], en: dict[str, str]) -> dict[str, object]:
    return {"slug": slug, "topic": slug, "lv": lv, "en": en}


def _story(slug: str, person: str, lv: dict[str, str], en: dict[str, str]) -> dict[str, object]:
    return {"slug": slug, "lv": lv, "en": en, "person": person}


# --------------------------------------------------------------------------------------------------------
# Ventspils
# --------------------------------------------------------------------------------------------------------

_VENTSPILS_INTRO = {
    "lv": (
        "Laipni lūdzam Ventspils dzīves ceļvedī! Šeit apkopots viss, kas jāzina, ja apsverat pārcelties uz "
        "Ventspili – no mājokļa un skolām līdz ārstam, brīvajam laikam un dokumentiem. Ja kaut kas paliek "
        "neskaidrs, pilsētas pārcelšanās kontaktpunkts palīdzēs personīgi."
    ),
    "en": (
        "Welcome to the Ventspils living guide! Here you will find what you need to know if you are "
        "thinking of moving to Ventspils – from housing and schools to doctors, free time and paperwork. "
        "If anything is still unclear, the city's relocation contact point will help you in person."
    ),
}

_VENTSPILS_TOPICS = [
    _topic(
        "housing",
        lv=_page(
            "Mājoklis un speciālistu dzīvokļi",
            "Pašvaldības īres dzīvokļi speciālistiem, privātā īre un mājokļa iegāde Ventspilī.",
            """
            Ventspilī mājokli var atrast vairākos veidos: pašvaldības speciālistu dzīvoklī, īrējot no
            privātpersonas vai iegādājoties savu. Pirmajos mēnešos daudzi izvēlas īri, lai vispirms iepazītu
            pilsētu un tās apkaimes.

            ## Pašvaldības dzīvokļi speciālistiem

            Ventspils valstspilsētas pašvaldība izīrē dzīvokļus speciālistiem, kurus uz darbu pilsētā aicina
            vietējie darba devēji, piemēram, ārstiem, skolotājiem, inženieriem un IT speciālistiem. Īres
            līgumu parasti slēdz uz laiku līdz trim gadiem, un šajā laikā var mierīgi meklēt pastāvīgu
            risinājumu.
            - Pieteikumu iesniedz kopā ar darba devēja vēstuli vai darba līgumu.
            - Īres maksa ir zemāka nekā tirgū: par vienistabas vai divistabu dzīvokli parasti aptuveni
            150–300 € mēnesī, neskaitot komunālos maksājumus.
            - Gaidīšanas laiks ir atkarīgs no brīvo dzīvokļu skaita – parasti no dažām nedēļām līdz
            vairākiem mēnešiem.

            ## Privātā īre

            Divistabu dzīvokli Ventspilī parasti var noīrēt par aptuveni 300–450 € mēnesī, bet apkures
            sezonā jārēķinās ar vēl aptuveni 100–200 € komunālajiem maksājumiem. Centrā un Vecpilsētā viss
            ir sasniedzams kājām, Pārventā ir vairāk plašu daudzdzīvokļu namu, skolu un bērnudārzu, bet
            Staldzene pie jūras patiks tiem, kas vēlas privātmāju un mieru. Sludinājumus meklējiet
            lielākajos nekustamo īpašumu portālos un vietējās sociālo tīklu grupās.

            ## Mājokļa iegāde

            Divistabu dzīvoklis vecākā daudzdzīvokļu namā parasti maksā no aptuveni 35 000 €, jaunie
            projekti un privātmājas – ievērojami vairāk. Ģimenes ar bērniem un jaunie speciālisti var
            izmantot attīstības finanšu institūcijas ALTUM mājokļu garantiju, kas samazina nepieciešamo
            pirmo iemaksu.

            Pārcelšanās kontaktpunkts palīdzēs saprast, vai atbilstat speciālistu dzīvokļa nosacījumiem,
            sagatavot pieteikumu un sazināties ar izīrētājiem.
            """,
        ),
        en=_page(
            "Housing and specialist flats",
            "Municipal rental flats for specialists, private rentals and buying a home in Ventspils.",
            """
            There are several ways to find a home in Ventspils: a municipal flat for specialists, a private
            rental or buying your own. Many newcomers rent for the first months to get to know the city and
            its neighbourhoods before deciding.

            ## Municipal flats for specialists

            The Ventspils city municipality rents out flats to specialists invited to work in the city by
            local employers, for example doctors, teachers, engineers and IT professionals. The tenancy is
            usually for up to three years, which gives you time to look for a permanent home without
            pressure.
            - Apply with a letter from your employer or your employment contract.
            - The rent is below the market level: typically about 150–300 € a month for a one- or two-room
            flat, not counting utilities.
            - The waiting time depends on how many flats are free – usually from a few weeks to several
            months.

            ## Private rental

            A two-room flat in Ventspils typically rents for about 300–450 € a month; in the heating season,
            expect roughly another 100–200 € for utilities. In Centrs and the Old Town everything is within
            walking distance, Pārventa has more spacious apartment blocks, schools and kindergartens, and
            Staldzene by the sea suits those who want a house and some quiet. Look for listings on the main
            property portals and in local social media groups.

            ## Buying a home

            A two-room flat in an older apartment block typically costs from about 35,000 €; new
            developments and houses cost considerably more. Families with children and young specialists can
            use the housing guarantee of ALTUM, the state development finance institution, which reduces the
            down payment you need.

            The relocation contact point will help you check whether you qualify for a specialist flat,
            prepare your application and get in touch with landlords.
            """,
        ),
    ),
    _topic(
        "schools",
        lv=_page(
            "Skolas un bērnudārzi",
            "Bērnudārzi, vispārizglītojošās skolas, tehnikums un augstskola Ventspilī.",
            """
            Ventspilī var mācīties visu mūžu – no bērnudārza līdz augstskolai. Pašvaldības skolās mācības
            notiek latviešu valodā, un bērniem, kuri valodu vēl neprot, skolas palīdz to apgūt.

            ## Bērnudārzi

            Pilsētā darbojas vairākas pašvaldības pirmsskolas izglītības iestādes. Bērnu rindā uz bērnudārzu
            reģistrē pašvaldības e-pakalpojumos vai klātienē, un to vēlams izdarīt uzreiz pēc dzīvesvietas
            deklarēšanas Ventspilī. Visgarākās rindas mēdz būt uz vietām mazākajiem bērniem, tāpēc plānojiet
            laikus.

            ## Skolas un studijas

            - Vispārizglītojošās pamatskolas un vidusskolas ir visās lielākajās apkaimēs, arī Pārventā un
            Centrā.
            - Ventspils Valsts 1. ģimnāzija ir valsts ģimnāzija ar augstām akadēmiskajām prasībām; skolēnus
            parasti uzņem pēc iestājpārbaudījumiem.
            - Ventspils Tehnikums sagatavo speciālistus, piemēram, programmēšanā, elektronikā un
            mehatronikā.
            - Ventspils Augstskola piedāvā studijas informācijas tehnoloģijās, elektronikā, tulkošanā un
            ekonomikā, un tai ir savs radioastronomijas centrs.

            ## Mācības angļu valodā

            Jābūt godīgiem: iespējas mācīties angļu valodā Ventspilī ir ierobežotas, jo pašvaldības skolās
            mācības notiek latviešu valodā, bet tuvākās starptautiskās skolas atrodas Rīgā. Par papildu
            atbalstu bērniem, kuri sāk mācīties latviešu skolā, un valodas kursiem pieaugušajiem vaicājiet
            pārcelšanās kontaktpunktā – tas palīdzēs arī pieteikties skolā vai bērnudārzā.
            """,
        ),
        en=_page(
            "Schools and kindergartens",
            "Kindergartens, general schools, the technical school and the university in Ventspils.",
            """
            In Ventspils you can learn at every stage of life – from kindergarten to university. Municipal
            schools teach in Latvian, and children who do not yet speak the language get help in learning
            it.

            ## Kindergartens

            The city has a number of municipal pre-school institutions. You register your child in the
            kindergarten queue through the municipality's e-services or in person, ideally as soon as you
            have declared your residence in Ventspils. Queues tend to be longest for the youngest children,
            so plan ahead.

            ## Schools and studies

            - General primary and secondary schools are found in all the larger neighbourhoods, including
            Pārventa and Centrs.
            - Ventspils State Gymnasium No. 1 is a state gymnasium with high academic standards; pupils are
            usually admitted after entrance tests.
            - Ventspils Tehnikums trains specialists in fields such as programming, electronics and
            mechatronics.
            - Ventspils University of Applied Sciences (Ventspils Augstskola) offers studies in IT,
            electronics, translation and economics and runs its own radio astronomy centre.

            ## Education in English

            To be honest, English-language options in Ventspils are limited: municipal schools teach in
            Latvian, and the nearest international schools are in Riga. Ask the relocation contact point
            about extra support for children starting at a Latvian school and language courses for adults –
            it will also help you apply for a school or kindergarten place.
            """,
        ),
    ),
    _topic(
        "healthcare",
        lv=_page(
            "Veselības aprūpe",
            "Ģimenes ārsts, reģionālā slimnīca, neatliekamā palīdzība un veselības apdrošināšana Ventspilī.",
            """
            Latvijā veselības aprūpe sākas pie ģimenes ārsta, tāpēc pēc pārcelšanās vispirms piesakieties
            pie ārsta savā apkaimē.

            ## Ģimenes ārsts

            Ārstus, kuri pieņem jaunus pacientus, var atrast Nacionālā veselības dienesta mājaslapā. Lai
            reģistrētos, aizpildiet pieteikumu ārsta praksē un paņemiet līdzi personu apliecinošu dokumentu.
            Ģimenes ārsts izsniedz nosūtījumus pie speciālistiem un uz izmeklējumiem, ko apmaksā valsts; par
            vizīti parasti jāmaksā neliela pacienta iemaksa.

            ## Slimnīca un ārkārtas situācijas

            Ziemeļkurzemes reģionālā slimnīca Ventspilī ir lielākā ārstniecības iestāde Ziemeļkurzemē ar
            uzņemšanas nodaļu, stacionāru un speciālistu konsultācijām. Dažus sarežģītākus izmeklējumus un
            ārstēšanu veic Rīgas slimnīcās.
            - Neatliekamā medicīniskā palīdzība: 113.
            - Vienotais ārkārtas palīdzības numurs: 112.
            - Ārpus ģimenes ārsta darba laika padomu var saņemt pa ģimenes ārstu konsultatīvo tālruni; tā
            numurs ir Nacionālā veselības dienesta mājaslapā.

            ## Apdrošināšana

            ES pilsoņi pirmajā laikā var izmantot Eiropas veselības apdrošināšanas karti, bet, sākot strādāt
            un reģistrējoties Latvijā, iegūst tiesības uz valsts apmaksātu veselības aprūpi. Uzturēšanās
            atļaujas pieteicējiem no trešajām valstīm nepieciešama veselības apdrošināšanas polise. Daudzi
            darba devēji piedāvā arī privāto veselības apdrošināšanu, kas sedz, piemēram, maksas
            speciālistus. Pārcelšanās kontaktpunkts palīdzēs atrast ģimenes ārstu un noskaidrot, kas
            attiecas tieši uz jums.
            """,
        ),
        en=_page(
            "Healthcare",
            "Family doctors, the regional hospital, emergency help and health insurance in Ventspils.",
            """
            In Latvia, healthcare starts with a family doctor, so after moving, registering with a doctor in
            your neighbourhood should be one of your first steps.

            ## Family doctor

            You can find doctors who accept new patients on the website of the National Health Service. To
            register, fill in an application at the doctor's practice and bring an identity document. Your
            family doctor issues referrals to state-funded specialists and tests; a small patient fee is
            usually charged per visit.

            ## Hospital and emergencies

            Ziemeļkurzemes reģionālā slimnīca (the North Kurzeme Regional Hospital) in Ventspils is the
            largest medical institution in the region, with an emergency department, inpatient care and
            specialist consultations. Some more complex tests and treatments are done in Riga hospitals.
            - Emergency medical help: 113.
            - General emergency number: 112.
            - Outside your family doctor's hours you can get advice from the family doctors' advice line;
            its number is on the National Health Service website.

            ## Insurance

            EU citizens can use their European Health Insurance Card (EHIC) at first; once they work and are
            registered in Latvia, they are entitled to state-funded healthcare. Applicants for a residence
            permit from outside the EU need a health insurance policy. Many employers also offer private
            health insurance, which covers, for example, paid specialist visits. The relocation contact
            point will help you find a family doctor and work out what applies in your case.
            """,
        ),
    ),
    _topic(
        "leisure",
        lv=_page(
            "Brīvais laiks",
            "Jūra un pludmale, sports, kultūra un velobraukšana Ventspilī.",
            """
            Ventspils ir pilsēta pie jūras, un to jūt ik dienu: līdz pludmalei no centra var aiziet kājām,
            bet vasaras vakaros saulrietu pie jūras vēro puse pilsētas.

            ## Jūra un daba

            Ventspils pludmalei ik gadu tiek piešķirts Zilais karogs par tīru ūdeni, drošību un
            labiekārtojumu. Pa Ziemeļu molu un Ventas krastmalu ir patīkami pastaigāties, bet Piejūras
            brīvdabas muzejā var iepazīt Kurzemes zvejnieku dzīvi un pavizināties ar šaursliežu bānīti.
            Pilsētā ir ērti veloceliņi starp apkaimēm, un caur Ventspili ved arī Baltijas jūras piekrastes
            velomaršruts EuroVelo 10.

            ## Sports

            Ventspils Olimpiskajā centrā ir stadions, ledus halle, sporta zāles un trenažieri, un tur
            darbojas daudzas bērnu un pieaugušo sekcijas – no basketbola līdz vieglatlētikai. Ģimenes
            iecienījušas arī akvaparku, piedzīvojumu parku un daudzos āra sporta laukumus.

            ## Kultūra

            - Koncertzālē „Latvija” notiek gan klasiskās, gan populārās mūzikas koncerti.
            - Teātra namā „Jūras vārti” var noskatīties viesizrādes un apmeklēt dažādus kultūras pasākumus.
            - Livonijas ordeņa pils ir viena no vecākajām saglabātajām viduslaiku pilīm Latvijā, un tajā
            darbojas muzejs.

            Pārcelšanās kontaktpunkts pastāstīs par sporta klubiem, pulciņiem bērniem, koriem un biedrībām,
            kurās var iepazīt jaunus cilvēkus.
            """,
        ),
        en=_page(
            "Leisure",
            "The sea and the beach, sport, culture and cycling in Ventspils.",
            """
            Ventspils is a seaside city, and you feel it every day: the beach is within walking distance of
            the centre, and on summer evenings half the city goes to watch the sunset by the sea.

            ## Sea and nature

            The Ventspils beach is awarded the Blue Flag every year for clean water, safety and good
            facilities. The Northern Pier and the Venta riverside are lovely for walks, and at the Seaside
            Open-Air Museum you can learn about the life of Kurzeme fishermen and ride the narrow-gauge
            railway. The city has convenient cycle paths between neighbourhoods, and the Baltic Sea coastal
            cycle route EuroVelo 10 runs through Ventspils.

            ## Sport

            The Ventspils Olympic Centre has a stadium, an ice hall, sports halls and a gym, with many clubs
            for children and adults – from basketball to athletics. Families also enjoy the aquapark, the
            adventure park and the many outdoor sports grounds.

            ## Culture

            - The "Latvija" concert hall hosts both classical and popular music concerts.
            - The "Jūras vārti" theatre house hosts touring performances and a range of cultural events.
            - The Livonian Order Castle is one of the oldest surviving medieval castles in Latvia and houses
            a museum.

            The relocation contact point can tell you about sports clubs, after-school activities for
            children, choirs and associations where you can meet new people.
            """,
        ),
    ),
    _topic(
        "documents",
        lv=_page(
            "Dokumenti un praktiskie jautājumi",
            (
                "Dzīvesvietas deklarēšana, personas kods, uzturēšanās atļauja, nodokļi, banka, eParaksts "
                "un autovadītāja apliecība."
            ),
            """
            Pirmajās nedēļās pēc pārcelšanās jānokārto vairāki dokumenti. Šeit ir īss saraksts, ar ko sākt.

            ## ES, EEZ un Šveices pilsoņiem

            Ja plānojat Latvijā uzturēties ilgāk par trim mēnešiem, reģistrējieties Pilsonības un migrācijas
            lietu pārvaldē (PMLP) – saņemsiet reģistrācijas apliecību un personas kodu. Personas kods ir
            vajadzīgs gandrīz visur: slēdzot darba līgumu, atverot bankas kontu un piesakoties pie ārsta.

            ## Trešo valstu pilsoņiem

            Lai dzīvotu un strādātu Latvijā, nepieciešama uzturēšanās atļauja. Parasti procesu sāk darba
            devējs, reģistrējot vakanci Nodarbinātības valsts aģentūrā un noformējot ielūgumu, bet
            dokumentus izskata PMLP. Ģimenes locekļi var pieteikties uzturēšanās atļaujai kopā ar jums.
            Plānojiet laiku – izskatīšana var ilgt vairākas nedēļas.

            ## Pirmie soļi pēc ierašanās

            - Deklarējiet dzīvesvietu mēneša laikā portālā latvija.gov.lv vai pašvaldībā – tas vajadzīgs,
            piemēram, bērnudārza rindai un pašvaldības atvieglojumiem.
            - Darba devējs jūs reģistrē Valsts ieņēmumu dienestā (VID); algas nodokļa grāmatiņa ir
            elektroniska un pieejama VID Elektroniskās deklarēšanas sistēmā.
            - Bankas kontu var atvērt kādā no lielākajām bankām; paņemiet līdzi pasi un darba līgumu.
            - Ar eParakstu varēsiet parakstīt dokumentus un izmantot valsts un pašvaldības e-pakalpojumus.
            - ES valstīs izsniegtas autovadītāja apliecības Latvijā ir derīgas, bet citu valstu apliecības
            parasti noteiktā laikā jāapmaina Ceļu satiksmes drošības direkcijā (CSDD).

            Pārcelšanās kontaktpunkts palīdzēs izdarīt šos soļus pareizā secībā un, ja vajag, pavadīs jūs uz
            iestādēm.
            """,
        ),
        en=_page(
            "Documents and practicalities",
            (
                "Declaring your residence, personal code, residence permit, taxes, bank account, eParaksts "
                "and driving licence."
            ),
            """
            In the first weeks after moving you will need to sort out a few documents. Here is a short list
            of where to start.

            ## For EU, EEA and Swiss citizens

            If you plan to stay in Latvia for more than three months, register with the Office of
            Citizenship and Migration Affairs (PMLP): you will receive a registration certificate and a
            personal code. You need the personal code almost everywhere – for your employment contract, a
            bank account and registering with a doctor.

            ## For non-EU citizens

            To live and work in Latvia you need a residence permit. Usually your employer starts the process
            by registering the vacancy with the State Employment Agency and issuing an invitation, and PMLP
            processes the documents. Family members can apply for a residence permit together with you.
            Allow time – processing can take several weeks.

            ## First steps after arrival

            - Declare your residence within a month on latvija.gov.lv or at the municipality – you need it,
            for example, for the kindergarten queue and municipal benefits.
            - Your employer registers you with the State Revenue Service (VID); your tax book is electronic
            and available in the VID Electronic Declaration System.
            - You can open a bank account at one of the larger banks; bring your passport and employment
            contract.
            - With eParaksts, the Latvian e-signature, you can sign documents and use state and municipal
            e-services.
            - Driving licences issued in EU countries are valid in Latvia; licences from other countries
            usually have to be exchanged at the Road Traffic Safety Directorate (CSDD) within a set period.

            The relocation contact point will help you take these steps in the right order and, if needed,
            go with you to the offices.
            """,
        ),
    ),
    _topic(
        "faq",
        lv=_page(
            "Biežāk uzdotie jautājumi",
            "Īsas atbildes uz jautājumiem, ko par dzīvi Ventspilī jaunpienācēji uzdod visbiežāk.",
            """
            ## Vai Ventspilī var iztikt bez latviešu valodas?

            Daudzi, īpaši jaunāki cilvēki, runā angliski, un vairākos uzņēmumos darba valoda ir angļu. Tomēr
            latviešu valoda noderēs skolā, iestādēs un ikdienā, tāpēc iesakām apmeklēt valodas kursus –
            kontaktpunkts pastāstīs par iespējām.

            ## Cik ilgi jāgaida speciālistu dzīvoklis?

            Parasti no dažām nedēļām līdz vairākiem mēnešiem. Iesniedziet pieteikumu, tiklīdz jums ir darba
            piedāvājums, un līdz tam īrējiet mājokli privāti.

            ## Kā nokļūt līdz Rīgai?

            Ar automašīnu vai autobusu brauciens parasti ilgst apmēram trīs stundas, un autobusi kursē
            vairākas reizes dienā. No Ventspils ostas kursē arī prāmis uz Zviedriju.

            ## Vai dzīvesbiedrs var saņemt palīdzību darba meklēšanā?

            Jā. Kontaktpunkts palīdz arī dzīvesbiedriem: iepazīstina ar vietējiem darba devējiem, vakancēm
            šajā platformā un Nodarbinātības valsts aģentūras piedāvājumu.

            ## Cik dārga ir dzīve Ventspilī?

            Mājoklis parasti ir lētāks nekā Rīgā, bet pārtikas un degvielas cenas ir līdzīgas. Ziemā
            jārēķinās ar lielākiem apkures rēķiniem.

            ## Ar ko sākt?

            Uzrakstiet pārcelšanās kontaktpunktam, izmantojot saziņas formu šajā platformā. Kopā sastādīsim
            jūsu pārcelšanās plānu – no mājokļa līdz bērnudārzam.
            """,
        ),
        en=_page(
            "Frequently asked questions",
            "Short answers to the questions newcomers ask most often about life in Ventspils.",
            """
            ## Can I get by in Ventspils without Latvian?

            Many people, especially younger ones, speak English, and in several companies English is the
            working language. Still, Latvian helps at school, in offices and in everyday life, so we
            recommend a language course – the contact point can tell you about the options.

            ## How long is the wait for a specialist flat?

            Usually from a few weeks to several months. Apply as soon as you have a job offer and rent
            privately in the meantime.

            ## How do I get to Riga?

            By car or bus the journey typically takes about three hours, and buses run several times a day.
            There is also a ferry from the Port of Ventspils to Sweden.

            ## Can my partner get help finding a job?

            Yes. The contact point also helps partners: it introduces them to local employers, the vacancies
            on this platform and the services of the State Employment Agency.

            ## How expensive is life in Ventspils?

            Housing is usually cheaper than in Riga, while food and fuel prices are similar. In winter,
            expect higher heating bills.

            ## Where do I start?

            Write to the relocation contact point using the contact form on this platform. Together we will
            put together your moving plan – from housing to a kindergarten place.
            """,
        ),
    ),
]

_VENTSPILS_STORIES = [
    _story(
        "martins-back-from-dublin",
        "Mārtiņš, software engineer, returned from Dublin with his family",
        lv=_page(
            "No Dublinas atpakaļ uz Kurzemes krastu",
            (
                "Programmētājs Mārtiņš desmit gadus strādāja Īrijā. Tagad viņš ar ģimeni dzīvo Ventspilī "
                "un strādā vietējā IT uzņēmumā."
            ),
            """
            Mārtiņš ir dzimis Kuldīgā, bet pēc studijām aizbrauca uz Dublinu, kur desmit gadus izstrādāja
            programmatūru bankām. „Alga bija laba, bet īre apēda lielu daļu, un bērni vecvecākus redzēja
            divreiz gadā,” viņš stāsta. Kad meitai bija jāsāk skola, ģimene nolēma, ka ir laiks atgriezties.

            Ventspili viņi izvēlējās jūras un darba piedāvājuma dēļ: vietējs IT uzņēmums meklēja vecāko
            izstrādātāju, un daļu laika Mārtiņš var strādāt attālināti. Pārcelšanās kontaktpunkts palīdzēja
            pieteikties pašvaldības speciālistu dzīvoklim Pārventā, un atslēgas ģimene saņēma divus mēnešus
            pēc pieteikuma.

            Lielākās bažas bija par bērniem. Meita pēc gadiem Īrijā latviski runāja, bet gandrīz nerakstīja,
            tāpēc skola pirmajā pusgadā piedāvāja papildu nodarbības. Dēlam vieta bērnudārzā atradās dažu
            mēnešu laikā. „Tagad meita labo manas gramatikas kļūdas,” smejas Mārtiņš.

            Pēc diviem gadiem ģimene ar ALTUM garantijas palīdzību nopirka savu dzīvokli. „Uz darbu braucu
            ar velosipēdu piecas minūtes, vakaros ejam uz jūru. Dublinā par to varēju tikai sapņot.”
            """,
        ),
        en=_page(
            "From Dublin back to the Kurzeme coast",
            (
                "Software engineer Mārtiņš worked in Ireland for ten years. Now he lives in Ventspils with "
                "his family and works for a local IT company."
            ),
            """
            Mārtiņš was born in Kuldīga, but after university he moved to Dublin, where he spent ten years
            building software for banks. "The pay was good, but the rent ate a big part of it, and the
            children saw their grandparents twice a year," he says. When their daughter was about to start
            school, the family decided it was time to come back.

            They chose Ventspils for the sea and a job offer: a local IT company was looking for a senior
            developer, and Mārtiņš can work remotely part of the time. The relocation contact point helped
            him apply for a municipal specialist flat in Pārventa, and the family got the keys two months
            after applying.

            Their biggest worry was the children. After years in Ireland their daughter spoke Latvian but
            could hardly write it, so the school offered extra lessons during the first term. Their son got
            a kindergarten place within a few months. "Now my daughter corrects my grammar," Mārtiņš laughs.

            Two years later the family bought their own flat with the help of an ALTUM guarantee. "I cycle
            to work in five minutes, and in the evenings we walk to the sea. In Dublin I could only dream of
            that."
            """,
        ),
    ),
    _story(
        "ieva-nurse-from-riga",
        "Ieva, nurse, moved from Riga",
        lv=_page(
            "Medmāsa, kura izvēlējās jūru",
            (
                "Ieva piecus gadus strādāja Rīgas slimnīcā. Ventspilī viņa atrada mierīgāku dzīves ritmu "
                "un komandu, kurā viņas darbs tiek novērtēts."
            ),
            """
            Pēc koledžas Ieva piecus gadus strādāja lielā Rīgas slimnīcā. Maiņas bija garas, ceļš uz darbu
            aizņēma stundu katrā virzienā, un brīvdienās viņa bieži brauca uz jūru. „Kādā brīdī sapratu, ka
            varu dzīvot tur, kur man patīk, nevis tikai braukt turp ciemos,” viņa saka.

            Ziemeļkurzemes reģionālajai slimnīcai bija vajadzīgas medmāsas, un pirmā darba intervija notika
            attālināti. Ar slimnīcas uzaicinājumu Ieva pieteicās pašvaldības speciālistu dzīvoklim, un
            kontaktpunkts palīdzēja sagatavot dokumentus. Pirmos mēnešus, kamēr dzīvoklis vēl nebija brīvs,
            viņa īrēja istabu Centrā.

            Tagad Ieva strādā uzņemšanas nodaļā un uz darbu brauc ar velosipēdu. „Kolektīvs ir mazāks, visi
            cits citu pazīst, un jaunu kolēģi šeit patiešām gaida,” viņa stāsta. Brīvajā laikā viņa dzied
            korī, bet vasarās vada jogas nodarbības pludmalē.

            „Vienīgais, ko ieteiktu: pirms pārcelšanās aizbrauciet uz Ventspili arī novembrī, ne tikai
            jūlijā,” Ieva smejas. „Bet man patīk arī vētraina jūra.”
            """,
        ),
        en=_page(
            "The nurse who chose the sea",
            (
                "Ieva worked in a Riga hospital for five years. In Ventspils she found a calmer pace of "
                "life and a team that values her work."
            ),
            """
            After college Ieva worked for five years in a large Riga hospital. The shifts were long, the
            commute took an hour each way, and on her days off she often drove to the sea. "At some point I
            realised I could live where I like, not just visit," she says.

            The North Kurzeme Regional Hospital needed nurses, and her first job interview was online. With
            the hospital's invitation Ieva applied for a municipal specialist flat, and the contact point
            helped her prepare the documents. For the first months, while the flat was not yet free, she
            rented a room in Centrs.

            Today Ieva works in the emergency department and cycles to work. "The team is smaller, everyone
            knows each other, and a new colleague is genuinely welcome here," she says. In her free time she
            sings in a choir, and in summer she leads yoga sessions on the beach.

            "My only advice: before you move, visit Ventspils in November too, not just in July," Ieva
            laughs. "But I like the sea when it's stormy, too."
            """,
        ),
    ),
    _story(
        "markus-and-julia-from-leipzig",
        "Markus, automation engineer, from Leipzig, Germany",
        lv=_page(
            "No Leipcigas uz Ventspili – darbs abiem",
            (
                "Automatizācijas inženieris Markuss atbrauca strādāt Ventspils ražotnē, bet viņa sievai "
                "Jūlijai darbu palīdzēja atrast pārcelšanās kontaktpunkts."
            ),
            """
            Pirmo reizi Markuss Ventspilī bija komandējumā – viņa Vācijas darba devējs uzstādīja iekārtas
            kādā vietējā elektronikas ražotnē. Pēc gada ražotne piedāvāja viņam pastāvīgu darbu, un Markuss
            piekrita ar vienu nosacījumu: arī sievai Jūlijai jāatrod jēgpilns darbs.

            Jūlija ir loģistikas speciāliste, un viņas latviešu valodas zināšanas tolaik aprobežojās ar
            „labdien” un „paldies”. Pārcelšanās kontaktpunkts iepazīstināja viņu ar vairākiem ostas un
            loģistikas uzņēmumiem, kuros darba valoda ir angļu, un trīs mēnešu laikā Jūlija saņēma darba
            piedāvājumu no kravu ekspedīcijas uzņēmuma.

            Kā ES pilsoņiem viņiem formalitātes bija vienkāršas: reģistrācija PMLP, personas kods, bankas
            konts un dzīvesvietas deklarēšana. Kontaktpunkts palīdzēja to visu nokārtot vienā nedēļā un
            ieteica latviešu valodas kursus, kurus abi apmeklē vakaros.

            „Vācijā mēs dzīvojām lielā pilsētā un ar draugiem tikāmies reizi mēnesī,” saka Jūlija. „Šeit
            viss ir tuvu – darbs, jūra, draugi. Un brīvdienās ar prāmi varam aizbraukt uz Zviedriju.”
            """,
        ),
        en=_page(
            "From Leipzig to Ventspils – with jobs for both",
            (
                "Automation engineer Markus came to work at a Ventspils factory, and the relocation "
                "contact point helped his wife Julia find a job too."
            ),
            """
            Markus first came to Ventspils on a business trip – his German employer was installing equipment
            at a local electronics factory. A year later the factory offered him a permanent job, and Markus
            agreed on one condition: his wife Julia had to find meaningful work too.

            Julia is a logistics specialist, and at the time her Latvian was limited to "labdien" and
            "paldies". The relocation contact point introduced her to several port and logistics companies
            where English is the working language, and within three months Julia had a job offer from a
            freight forwarding company.

            As EU citizens, the paperwork was simple: registration with PMLP, a personal code, a bank
            account and declaring their residence. The contact point helped them get it all done in one week
            and recommended Latvian courses, which they both attend in the evenings.

            "In Germany we lived in a big city and saw our friends once a month," says Julia. "Here
            everything is close – work, the sea, friends. And at weekends we can take the ferry to Sweden."
            """,
        ),
    ),
]


# --------------------------------------------------------------------------------------------------------
# Valmiera
# --------------------------------------------------------------------------------------------------------

_VALMIERA_INTRO = {
    "lv": (
        "Laipni lūdzam Valmieras dzīves ceļvedī! Valmiera ir zaļa un aktīva pilsēta Gaujas krastā, kur ir "
        "darbs, studijas, teātris un sports, bet ikdiena rit mierīgāk nekā galvaspilsētā. Šeit atradīsiet "
        "praktisku informāciju par pārcelšanos, bet ar visu pārējo palīdzēs pilsētas pārcelšanās "
        "kontaktpunkts."
    ),
    "en": (
        "Welcome to the Valmiera living guide! Valmiera is a green and active city on the Gauja river, "
        "with jobs, studies, theatre and sport, and a calmer everyday life than the capital. Here you will "
        "find practical information about moving, and the city's relocation contact point will help with "
        "everything else."
    ),
}

_VALMIERA_TOPICS = [
    _topic(
        "housing",
        lv=_page(
            "Mājoklis un speciālistu dzīvokļi",
            "Pašvaldības īres dzīvokļi speciālistiem, privātā īre un mājokļa iegāde Valmierā.",
            """
            Valmierā pieprasījums pēc mājokļiem ir liels, tāpēc meklēšanu vērts sākt laikus – vēl pirms
            darba uzsākšanas.

            ## Pašvaldības dzīvokļi speciālistiem

            Valmieras novada pašvaldība izīrē dzīvokļus speciālistiem, kurus uz darbu aicina vietējie
            uzņēmumi un iestādes, piemēram, ražošanas uzņēmumi, slimnīca, skolas un augstskola. Īres līgumu
            parasti slēdz uz laiku līdz trim gadiem.
            - Pieteikumam vajadzīga darba devēja vēstule vai darba līgums.
            - Īres maksa par vienistabas vai divistabu dzīvokli parasti ir aptuveni 150–300 € mēnesī,
            neskaitot komunālos maksājumus.
            - Gaidīšanas laiks mainās: dažreiz dzīvoklis ir pieejams dažu nedēļu laikā, dažreiz jāgaida
            vairāki mēneši.

            ## Privātā īre

            Divistabu dzīvokļa īre parasti maksā aptuveni 300–450 € mēnesī, neskaitot komunālos maksājumus.
            Centrā viss ir tuvu – skolas, veikali un teātris. Pārgauja Gaujas otrā krastā ir klusāka un
            zaļāka, ar savām skolām un ērtu ceļu uz centru. Kauguru ielas apkaimē ir daudz daudzdzīvokļu
            namu, un īre tur bieži ir nedaudz lētāka. Labus piedāvājumus izīrē ātri, tāpēc esiet gatavi
            izlemt dažu dienu laikā.

            ## Mājokļa iegāde

            Divistabu dzīvoklis vecākā daudzdzīvokļu namā parasti maksā no aptuveni 40 000 €, jaunajos
            projektos – ievērojami vairāk. Ģimenes ar bērniem un jaunie speciālisti var izmantot ALTUM
            mājokļu garantiju, kas samazina nepieciešamo pirmo iemaksu. Daudzi apsver arī privātmāju
            Valmieras apkārtnē, piemēram, Valmiermuižā vai Kocēnos.

            Pārcelšanās kontaktpunkts palīdzēs sagatavot pieteikumu speciālistu dzīvoklim un ieteiks, kur
            meklēt privāto īri.
            """,
        ),
        en=_page(
            "Housing and specialist flats",
            "Municipal rental flats for specialists, private rentals and buying a home in Valmiera.",
            """
            Demand for housing in Valmiera is high, so it is worth starting your search early – ideally
            before your job starts.

            ## Municipal flats for specialists

            Valmiera municipality rents out flats to specialists invited to work here by local companies and
            institutions, for example manufacturers, the hospital, schools and the university. The tenancy
            is usually for up to three years.
            - To apply, you need a letter from your employer or your employment contract.
            - The rent for a one- or two-room flat is typically about 150–300 € a month, not counting
            utilities.
            - Waiting times vary: sometimes a flat is available within a few weeks, sometimes you wait
            several months.

            ## Private rental

            A two-room flat typically rents for about 300–450 € a month plus utilities. In Centrs everything
            is close – schools, shops and the theatre. Pārgauja, on the other bank of the Gauja, is quieter
            and greener, with its own schools and an easy route to the centre. The Kauguru iela area has
            many apartment blocks, and rents there are often a little lower. Good offers go quickly, so be
            ready to decide within a few days.

            ## Buying a home

            A two-room flat in an older apartment block typically costs from about 40,000 €, and
            considerably more in new developments. Families with children and young specialists can use the
            ALTUM housing guarantee, which reduces the down payment you need. Many people also consider a
            house just outside the city, for example in Valmiermuiža or Kocēni.

            The relocation contact point will help you prepare your application for a specialist flat and
            suggest where to look for a private rental.
            """,
        ),
    ),
    _topic(
        "schools",
        lv=_page(
            "Skolas un bērnudārzi",
            "Bērnudārzi, vispārizglītojošās skolas, tehnikums un augstskola Valmierā.",
            """
            Valmiera ir izglītības pilsēta – šeit var mācīties no bērnudārza līdz maģistra grādam.
            Pašvaldības skolās mācības notiek latviešu valodā, un bērniem, kuri valodu vēl apgūst, tiek
            piedāvāts atbalsts.

            ## Bērnudārzi

            Bērnu rindā uz pašvaldības bērnudārzu reģistrē Valmieras novada pašvaldības e-pakalpojumos vai
            klātienē pēc dzīvesvietas deklarēšanas. Uz vietām mazākajiem bērniem mēdz būt rindas, tāpēc
            pieteikumu vērts iesniegt, tiklīdz zināt pārcelšanās datumu. Pilsētā darbojas arī privātie
            bērnudārzi; ja pašvaldības bērnudārzā vietas nav, pašvaldība daļēji sedz privātā bērnudārza
            izmaksas.

            ## Skolas un studijas

            - Vispārizglītojošās pamatskolas un vidusskolas ir gan Centrā, gan Pārgaujā.
            - Valmieras Valsts ģimnāzija ir valsts ģimnāzija ar augstām akadēmiskajām prasībām; skolēnus
            parasti uzņem pēc iestājpārbaudījumiem.
            - Valmieras tehnikums sagatavo speciālistus, piemēram, mehānikā, būvniecībā, programmēšanā un
            ēdināšanā.
            - Vidzemes Augstskola piedāvā studijas informācijas tehnoloģijās, mehatronikā, tūrismā,
            komunikācijā un uzņēmējdarbības vadībā.

            ## Mācības angļu valodā

            Jābūt godīgiem: iespējas mācīties angļu valodā Valmierā ir ierobežotas, un tuvākās
            starptautiskās skolas atrodas Rīgā. Par atbalstu bērniem, kuri sāk mācīties latviešu skolā, un
            valodas kursiem pieaugušajiem vaicājiet pārcelšanās kontaktpunktā – tas palīdzēs arī ar
            pieteikumiem.
            """,
        ),
        en=_page(
            "Schools and kindergartens",
            "Kindergartens, general schools, the technical school and the university in Valmiera.",
            """
            Valmiera is a city of learning – you can study here from kindergarten all the way to a master's
            degree. Municipal schools teach in Latvian, and children who are still learning the language get
            support.

            ## Kindergartens

            You register your child in the queue for a municipal kindergarten through the Valmiera
            municipality's e-services or in person, once you have declared your residence. There can be
            queues for the youngest children, so apply as soon as you know your moving date. The city also
            has private kindergartens; if there is no place in a municipal one, the municipality covers part
            of the private kindergarten's costs.

            ## Schools and studies

            - General primary and secondary schools are found both in Centrs and in Pārgauja.
            - Valmiera State Gymnasium is a state gymnasium with high academic standards; pupils are usually
            admitted after entrance tests.
            - Valmieras tehnikums, the technical school, trains specialists in fields such as mechanics,
            construction, programming and catering.
            - Vidzeme University of Applied Sciences (Vidzemes Augstskola) offers studies in IT,
            mechatronics, tourism, communication and business management.

            ## Education in English

            To be honest, English-language options in Valmiera are limited, and the nearest international
            schools are in Riga. Ask the relocation contact point about support for children starting at a
            Latvian school and language courses for adults – it will also help you with the applications.
            """,
        ),
    ),
    _topic(
        "healthcare",
        lv=_page(
            "Veselības aprūpe",
            "Ģimenes ārsts, Vidzemes slimnīca, neatliekamā palīdzība un veselības apdrošināšana Valmierā.",
            """
            Latvijā veselības aprūpe sākas pie ģimenes ārsta, tāpēc pēc pārcelšanās vispirms piesakieties
            pie ārsta savā apkaimē.

            ## Ģimenes ārsts

            Ārstus, kuri pieņem jaunus pacientus, var atrast Nacionālā veselības dienesta mājaslapā. Lai
            reģistrētos, aizpildiet pieteikumu ārsta praksē un paņemiet līdzi personu apliecinošu dokumentu.
            Ģimenes ārsts izsniedz nosūtījumus pie speciālistiem un uz izmeklējumiem, ko apmaksā valsts; par
            vizīti parasti jāmaksā neliela pacienta iemaksa.

            ## Slimnīca un ārkārtas situācijas

            Vidzemes slimnīca Valmierā ir reģionālā daudzprofilu slimnīca, kas apkalpo pacientus no visas
            Vidzemes, ar uzņemšanas nodaļu, stacionāru un speciālistu konsultācijām. Dažus sarežģītākus
            izmeklējumus un ārstēšanu veic Rīgas slimnīcās.
            - Neatliekamā medicīniskā palīdzība: 113.
            - Vienotais ārkārtas palīdzības numurs: 112.
            - Ārpus ģimenes ārsta darba laika padomu var saņemt pa ģimenes ārstu konsultatīvo tālruni; tā
            numurs ir Nacionālā veselības dienesta mājaslapā.

            ## Apdrošināšana

            ES pilsoņi pirmajā laikā var izmantot Eiropas veselības apdrošināšanas karti, bet, sākot strādāt
            un reģistrējoties Latvijā, iegūst tiesības uz valsts apmaksātu veselības aprūpi. Uzturēšanās
            atļaujas pieteicējiem no trešajām valstīm nepieciešama veselības apdrošināšanas polise. Daudzi
            Valmieras darba devēji piedāvā arī privāto veselības apdrošināšanu. Pārcelšanās kontaktpunkts
            palīdzēs atrast ģimenes ārstu un noskaidrot, kas attiecas tieši uz jums.
            """,
        ),
        en=_page(
            "Healthcare",
            "Family doctors, Vidzeme Hospital, emergency help and health insurance in Valmiera.",
            """
            In Latvia, healthcare starts with a family doctor, so after moving, registering with a doctor in
            your neighbourhood should be one of your first steps.

            ## Family doctor

            You can find doctors who accept new patients on the website of the National Health Service. To
            register, fill in an application at the doctor's practice and bring an identity document. Your
            family doctor issues referrals to state-funded specialists and tests; a small patient fee is
            usually charged per visit.

            ## Hospital and emergencies

            Vidzemes slimnīca (Vidzeme Hospital) in Valmiera is a regional general hospital serving patients
            from all over Vidzeme, with an emergency department, inpatient care and specialist
            consultations. Some more complex tests and treatments are done in Riga hospitals.
            - Emergency medical help: 113.
            - General emergency number: 112.
            - Outside your family doctor's hours you can get advice from the family doctors' advice line;
            its number is on the National Health Service website.

            ## Insurance

            EU citizens can use their European Health Insurance Card (EHIC) at first; once they work and are
            registered in Latvia, they are entitled to state-funded healthcare. Applicants for a residence
            permit from outside the EU need a health insurance policy. Many Valmiera employers also offer
            private health insurance. The relocation contact point will help you find a family doctor and
            work out what applies in your case.
            """,
        ),
    ),
    _topic(
        "leisure",
        lv=_page(
            "Brīvais laiks",
            "Gauja un daba, sports, teātris un velobraukšana Valmierā.",
            """
            Valmierā daba sākas tūlīt aiz mājas durvīm: Gauja tek cauri pilsētai, un netālu sākas Gaujas
            nacionālais parks.

            ## Gauja un daba

            Vasarā pa Gauju var laivot, peldēties un makšķerēt, bet gar Gaujas stāvajiem krastiem ved
            pastaigu takas. Sajūtu parkā pie upes var pastaigāties basām kājām, un pilsētas parki ir
            iecienītas ģimeņu atpūtas vietas. Valmierā ir plašs veloceliņu tīkls, un ar velosipēdu viegli
            aizbraukt līdz Valmiermuižai vai Gaujas nacionālā parka takām, bet ziemā apkārtnes mežos var
            slēpot.

            ## Sports

            Vidzemes Olimpiskajā centrā ir stadions, ledus halle un sporta zāles, un tur darbojas daudzas
            sekcijas bērniem un pieaugušajiem. Valmierā ir senas basketbola tradīcijas, un pilsētā ir arī
            BMX trase, kurā trenējas jaunie braucēji.

            ## Kultūra

            - Valmieras Drāmas teātris ir viens no vecākajiem profesionālajiem teātriem Latvijā.
            - Valmieras vasaras teātra festivāls katru vasaru pulcē skatītājus no visas Latvijas.
            - Valmieras muzejā un vecpilsētā var iepazīt pilsētas vēsturi, kas sniedzas vairāk nekā 700 gadu
            senā pagātnē.

            Pārcelšanās kontaktpunkts pastāstīs par sporta klubiem, pulciņiem bērniem, koriem un biedrībām,
            kurās var iepazīt jaunus cilvēkus.
            """,
        ),
        en=_page(
            "Leisure",
            "The Gauja and nature, sport, theatre and cycling in Valmiera.",
            """
            In Valmiera, nature starts right outside your door: the Gauja flows through the city, and the
            Gauja National Park begins nearby.

            ## The Gauja and nature

            In summer you can canoe, swim and fish in the Gauja, and walking trails follow the river's steep
            banks. The Sensory Park by the river invites you to walk barefoot, and the city parks are
            favourite places for families. Valmiera has a wide network of cycle paths, so it is easy to ride
            to Valmiermuiža or the trails of the Gauja National Park, and in winter you can ski in the
            surrounding forests.

            ## Sport

            The Vidzeme Olympic Centre has a stadium, an ice hall and sports halls, with many clubs for
            children and adults. Valmiera has a long basketball tradition, and the city also has a BMX track
            where young riders train.

            ## Culture

            - Valmiera Drama Theatre is one of the oldest professional theatres in Latvia.
            - The Valmiera Summer Theatre Festival draws audiences from all over Latvia every summer.
            - At the Valmiera Museum and in the Old Town you can explore the city's history, which goes back
            more than 700 years.

            The relocation contact point can tell you about sports clubs, after-school activities for
            children, choirs and associations where you can meet new people.
            """,
        ),
    ),
    _topic(
        "documents",
        lv=_page(
            "Dokumenti un praktiskie jautājumi",
            (
                "Dzīvesvietas deklarēšana, personas kods, uzturēšanās atļauja, nodokļi, banka, eParaksts "
                "un autovadītāja apliecība."
            ),
            """
            Pirmajās nedēļās Valmierā būs jānokārto vairāki dokumenti. Lūk, ar ko sākt.

            ## ES, EEZ un Šveices pilsoņiem

            Ja plānojat Latvijā uzturēties ilgāk par trim mēnešiem, reģistrējieties Pilsonības un migrācijas
            lietu pārvaldē (PMLP) un saņemiet reģistrācijas apliecību un personas kodu. Personas kods būs
            vajadzīgs darba līgumam, bankas kontam, ārsta apmeklējumam un e-pakalpojumiem.

            ## Trešo valstu pilsoņiem

            Lai dzīvotu un strādātu Latvijā, nepieciešama uzturēšanās atļauja. Parasti darba devējs reģistrē
            vakanci Nodarbinātības valsts aģentūrā un noformē ielūgumu, bet jūs iesniedzat dokumentus PMLP
            vai Latvijas vēstniecībā. Ģimenes locekļi var pieteikties kopā ar jums. Izskatīšana var ilgt
            vairākas nedēļas, tāpēc sāciet laikus.

            ## Pirmie soļi pēc ierašanās

            - Deklarējiet dzīvesvietu mēneša laikā portālā latvija.gov.lv vai valsts un pašvaldības
            vienotajā klientu apkalpošanas centrā.
            - Darba devējs jūs reģistrē Valsts ieņēmumu dienestā (VID); algas nodokļa grāmatiņu redzēsiet
            VID Elektroniskās deklarēšanas sistēmā.
            - Bankas kontu var atvērt kādā no lielākajām bankām; paņemiet līdzi pasi un darba līgumu.
            - Ar eParakstu varēsiet parakstīt dokumentus un izmantot e-pakalpojumus tiešsaistē.
            - ES valstīs izsniegtas autovadītāja apliecības Latvijā ir derīgas, bet citu valstu apliecības
            parasti noteiktā laikā jāapmaina Ceļu satiksmes drošības direkcijā (CSDD).

            Pārcelšanās kontaktpunkts palīdzēs izdarīt šos soļus pareizā secībā un atbildēs uz jautājumiem,
            kas rodas pa ceļam.
            """,
        ),
        en=_page(
            "Documents and practicalities",
            (
                "Declaring your residence, personal code, residence permit, taxes, bank account, eParaksts "
                "and driving licence."
            ),
            """
            In your first weeks in Valmiera you will need to sort out a few documents. Here is where to
            start.

            ## For EU, EEA and Swiss citizens

            If you plan to stay in Latvia for more than three months, register with the Office of
            Citizenship and Migration Affairs (PMLP) and receive a registration certificate and a personal
            code. You will need the personal code for your employment contract, a bank account, visits to
            the doctor and e-services.

            ## For non-EU citizens

            To live and work in Latvia you need a residence permit. Usually your employer registers the
            vacancy with the State Employment Agency and issues an invitation, and you submit your documents
            to PMLP or a Latvian embassy. Family members can apply together with you. Processing can take
            several weeks, so start early.

            ## First steps after arrival

            - Declare your residence within a month on latvija.gov.lv or at the state and municipal one-stop
            customer service centre.
            - Your employer registers you with the State Revenue Service (VID); you can see your tax book in
            the VID Electronic Declaration System.
            - You can open a bank account at one of the larger banks; bring your passport and employment
            contract.
            - With eParaksts, the Latvian e-signature, you can sign documents and use e-services online.
            - Driving licences issued in EU countries are valid in Latvia; licences from other countries
            usually have to be exchanged at the Road Traffic Safety Directorate (CSDD) within a set period.

            The relocation contact point will help you take these steps in the right order and answer the
            questions that come up along the way.
            """,
        ),
    ),
    _topic(
        "faq",
        lv=_page(
            "Biežāk uzdotie jautājumi",
            "Īsas atbildes uz jautājumiem, ko par dzīvi Valmierā jaunpienācēji uzdod visbiežāk.",
            """
            ## Vai Valmierā var iztikt bez latviešu valodas?

            Darbā un ikdienā daudzi runā angliski, īpaši lielākajos ražošanas un IT uzņēmumos. Tomēr
            latviešu valoda noderēs skolā, iestādēs un jaunu draugu lokā, tāpēc iesakām valodas kursus –
            kontaktpunkts pastāstīs par iespējām.

            ## Kā nokļūt līdz Rīgai?

            Ar vilcienu, autobusu vai automašīnu brauciens parasti ilgst no pusotras līdz divām stundām,
            tāpēc daudzi brauc uz Rīgu arī tikai uz dienu.

            ## Cik ilgi jāgaida speciālistu dzīvoklis?

            Parasti no dažām nedēļām līdz vairākiem mēnešiem. Iesniedziet pieteikumu, tiklīdz jums ir darba
            piedāvājums, un līdz tam īrējiet mājokli privāti.

            ## Vai dzīvesbiedrs var saņemt palīdzību darba meklēšanā?

            Jā. Kontaktpunkts palīdz arī dzīvesbiedriem: iepazīstina ar vietējiem darba devējiem, vakancēm
            šajā platformā un Nodarbinātības valsts aģentūras piedāvājumu.

            ## Vai Valmierā ir darbs speciālistiem ar augstāko izglītību?

            Jā. Valmierā ir ražošanas un IT uzņēmumi, reģionālā slimnīca, augstskola un daudz skolu, un tiem
            pastāvīgi vajadzīgi speciālisti. Aktuālās vakances atradīsiet šīs platformas darba sludinājumos.

            ## Ar ko sākt?

            Uzrakstiet pārcelšanās kontaktpunktam, izmantojot saziņas formu šajā platformā. Kopā sastādīsim
            jūsu pārcelšanās plānu – no mājokļa līdz bērnudārzam.
            """,
        ),
        en=_page(
            "Frequently asked questions",
            "Short answers to the questions newcomers ask most often about life in Valmiera.",
            """
            ## Can I get by in Valmiera without Latvian?

            Many people speak English at work and in everyday life, especially at the larger manufacturing
            and IT companies. Still, Latvian helps at school, in offices and when making new friends, so we
            recommend a language course – the contact point can tell you about the options.

            ## How do I get to Riga?

            By train, bus or car the journey typically takes one and a half to two hours, so many people go
            to Riga just for the day.

            ## How long is the wait for a specialist flat?

            Usually from a few weeks to several months. Apply as soon as you have a job offer and rent
            privately in the meantime.

            ## Can my partner get help finding a job?

            Yes. The contact point also helps partners: it introduces them to local employers, the vacancies
            on this platform and the services of the State Employment Agency.

            ## Are there jobs for university graduates in Valmiera?

            Yes. Valmiera has manufacturing and IT companies, the regional hospital, a university and many
            schools, all of which regularly need specialists. You will find current vacancies in this
            platform's job listings.

            ## Where do I start?

            Write to the relocation contact point using the contact form on this platform. Together we will
            put together your moving plan – from housing to a kindergarten place.
            """,
        ),
    ),
]

_VALMIERA_STORIES = [
    _story(
        "elina-back-from-amsterdam",
        "Elīna, data analyst, returned from Amsterdam",
        lv=_page(
            "No Amsterdamas kanāliem uz Gaujas krastu",
            (
                "Datu analītiķe Elīna septiņus gadus dzīvoja Nīderlandē. Kopā ar dzīvesbiedru Kārli viņa "
                "atgriezās Valmierā, kur tagad strādā vietējā ražošanas uzņēmumā."
            ),
            """
            Elīna Valmierā beidza vidusskolu, bet studēt un strādāt aizbrauca uz Amsterdamu. „Man patika
            pilsēta, bet dzīvoklis, kurā varētu audzināt bērnus, mums nebija pa kabatai,” viņa stāsta. Kad
            Kārlis, kurš strādā attālināti kādā starptautiskā IT uzņēmumā, ierosināja pārcelties uz Latviju,
            Elīna sāka meklēt darbu tuvāk mājām.

            Šajā platformā viņa atrada vakanci lielā Valmieras ražošanas uzņēmumā, kam bija vajadzīgs datu
            analītiķis ražošanas plānošanai. Darba intervijas notika tiešsaistē, bet pārcelšanās
            kontaktpunkts jau iepriekš palīdzēja saprast, kā pieteikties pašvaldības speciālistu dzīvoklim
            un kad bērnu reģistrēt bērnudārza rindā.

            Pirmo gadu pāris dzīvoja speciālistu dzīvoklī Pārgaujā, un pa to laiku piedzima dēls. Tagad
            ģimene būvē māju Valmieras apkārtnē. „Uz darbu braucu ar velosipēdu gar Gauju, bet Kārlis strādā
            no mājām un pusdienlaikā iet pastaigā ar suni,” saka Elīna.

            „Amsterdamā mēs dzīvojām ātri, šeit – pilnvērtīgi,” viņa piebilst. „Un teātra biļetes Valmierā
            var nopirkt arī nedēļu pirms izrādes.”
            """,
        ),
        en=_page(
            "From Amsterdam's canals to the banks of the Gauja",
            (
                "Data analyst Elīna lived in the Netherlands for seven years. Together with her partner "
                "Kārlis she came back to Valmiera, where she now works for a local manufacturer."
            ),
            """
            Elīna finished secondary school in Valmiera but left for Amsterdam to study and work. "I loved
            the city, but a flat where we could raise children was out of our reach," she says. When Kārlis,
            who works remotely for an international IT company, suggested moving to Latvia, Elīna started
            looking for a job closer to home.

            On this platform she found a vacancy at a large Valmiera manufacturer that needed a data analyst
            for production planning. The interviews were online, and the relocation contact point had
            already helped her understand how to apply for a municipal specialist flat and when to put a
            child in the kindergarten queue.

            For the first year the couple lived in a specialist flat in Pārgauja, and during that time their
            son was born. Now the family is building a house just outside Valmiera. "I cycle to work along
            the Gauja, and Kārlis works from home and takes the dog for a walk at lunchtime," says Elīna.

            "In Amsterdam we lived fast; here we live fully," she adds. "And in Valmiera you can still get
            theatre tickets a week before the show."
            """,
        ),
    ),
    _story(
        "agnese-doctor-from-riga",
        "Agnese, internal medicine doctor, moved from Riga",
        lv=_page(
            "Jaunā ārste, kura izvēlējās Vidzemi",
            "Pēc rezidentūras Agnese varēja palikt Rīgā, bet izvēlējās Vidzemes slimnīcu – un nenožēlo.",
            """
            Agnese visu mūžu dzīvoja Rīgā un tur arī pabeidza rezidentūru iekšķīgajās slimībās. Daļu prakses
            viņa bija pavadījusi Vidzemes slimnīcā un atcerējās, ka tur jaunais ārsts ātri iegūst gan
            atbildību, gan pieredzi. Kad slimnīca izsludināja vakanci, viņa pieteicās.

            Vislielākās bažas bija par mājokli. Ar slimnīcas uzaicinājumu Agnese pieteicās pašvaldības
            speciālistu dzīvoklim, un pārcelšanās kontaktpunkts palīdzēja ar dokumentiem. Dzīvokli Centrā
            viņa saņēma pēc aptuveni trim mēnešiem, un līdz tam dzīvoja īrētā istabā netālu no slimnīcas.

            „Šeit es pazīstu savus pacientus un viņu ģimenes, un kolēģi vienmēr atrod laiku padomam,” stāsta
            Agnese. „Rīgā man šķita, ka esmu viena no daudzajām, šeit – ka esmu vajadzīga.”

            Brīvajā laikā Agnese laivo pa Gauju, apmeklē Valmieras Drāmas teātra pirmizrādes un ziemā slēpo
            apkārtnes mežos. Uz Rīgu pie vecākiem viņa aizbrauc ar vilcienu, kad vien vēlas.
            """,
        ),
        en=_page(
            "The young doctor who chose Vidzeme",
            (
                "After her residency Agnese could have stayed in Riga, but she chose Vidzeme Hospital – "
                "and has no regrets."
            ),
            """
            Agnese had lived in Riga all her life and completed her residency in internal medicine there.
            She had spent part of her training at Vidzeme Hospital and remembered that a young doctor there
            quickly gains both responsibility and experience. When the hospital advertised a vacancy, she
            applied.

            Her biggest worry was housing. With the hospital's invitation Agnese applied for a municipal
            specialist flat, and the relocation contact point helped her with the documents. She got a flat
            in Centrs after about three months, and until then she rented a room near the hospital.

            "Here I know my patients and their families, and my colleagues always find time to give advice,"
            says Agnese. "In Riga I felt like one of many; here I feel needed."

            In her free time Agnese canoes on the Gauja, goes to premieres at Valmiera Drama Theatre and
            skis in the surrounding forests in winter. She visits her parents in Riga by train whenever she
            likes.
            """,
        ),
    ),
    _story(
        "rahul-engineer-from-india",
        "Rahul, mechatronics engineer, from Pune, India",
        lv=_page(
            "No studijām Vidzemes Augstskolā līdz darbam Valmierā",
            "Rahuls atbrauca uz Valmieru studēt mehatroniku un palika strādāt vietējā ražošanas uzņēmumā.",
            """
            Rahuls uz Valmieru atbrauca no Punes Indijā, lai Vidzemes Augstskolā studētu mehatroniku.
            „Pirmajā ziemā domāju, ka pēc diploma saņemšanas uzreiz braukšu prom,” viņš smejas. „Bet tad
            sapratu, ka man šeit patīk – mierīgi, droši un viss ir tuvu.”

            Studiju laikā Rahuls bija praksē vietējā ražošanas uzņēmumā, kas pēc studijām piedāvāja viņam
            inženiera darbu. Darba devējs noformēja ielūgumu, un pārcelšanās kontaktpunkts palīdzēja
            saprast, kādi dokumenti vajadzīgi, lai studenta uzturēšanās atļauju nomainītu pret atļauju
            darbam. Kontaktpunkts palīdzēja arī atrast īres dzīvokli Kauguru ielas apkaimē.

            Tagad Rahuls strādā pie ražošanas līniju automatizācijas un divreiz nedēļā apmeklē latviešu
            valodas kursus. „Kolēģi sākumā ar mani runāja angliski, tagad – lēni latviski,” viņš stāsta.
            Brīvdienās viņš spēlē basketbolu ar draugiem no augstskolas un vasarā brauc ar velosipēdu pa
            Gaujas nacionālā parka takām.
            """,
        ),
        en=_page(
            "From studies at Vidzeme University to a job in Valmiera",
            "Rahul came to Valmiera to study mechatronics and stayed to work for a local manufacturer.",
            """
            Rahul came to Valmiera from Pune, India, to study mechatronics at Vidzeme University of Applied
            Sciences. "During my first winter I thought I'd leave as soon as I had my diploma," he laughs.
            "But then I realised I like it here – it's calm, safe and everything is close."

            During his studies Rahul did an internship at a local manufacturer, which offered him an
            engineering job after graduation. The employer issued an invitation, and the relocation contact
            point helped him understand which documents he needed to change his student residence permit to
            one for work. The contact point also helped him find a rental flat in the Kauguru iela area.

            Today Rahul works on automating production lines and attends Latvian classes twice a week. "At
            first my colleagues spoke English with me; now they speak slow Latvian," he says. At weekends he
            plays basketball with friends from the university, and in summer he cycles the trails of the
            Gauja National Park.
            """,
        ),
    ),
]

GUIDE: dict[str, dict[str, object]] = {
    "ventspils": {"intro": _VENTSPILS_INTRO, "topics": _VENTSPILS_TOPICS, "stories": _VENTSPILS_STORIES},
    "valmiera": {"intro": _VALMIERA_INTRO, "topics": _VALMIERA_TOPICS, "stories": _VALMIERA_STORIES},
}
