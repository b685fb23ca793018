"""Demo career-education materials for the library: realistic Latvian and English entries for development."""

MATERIALS: list[dict[str, object]] = [
    {
        "title": "Manas intereses: ziedlapu darba lapa",
        "summary": (
            "Skolēni uzzīmē ziedu un katrā ziedlapā ieraksta vienu savu interesi, pēc tam meklē, kuras "
            "intereses sasaucas ar profesijām."
        ),
        "body": (
            "Izdaliet darba lapu ar tukšu ziedu, kuram ir sešas ziedlapas.\n"
            "Katrs skolēns ziedlapās ieraksta to, ko labprāt dara brīvajā laikā: zīmēšanu, futbolu, lego "
            "būvēšanu, dzīvnieku kopšanu un citas nodarbes.\n"
            "Zieda vidū skolēns ieraksta savu vārdu un vienu vārdu, kas viņu raksturo.\n"
            "Pāros skolēni salīdzina ziedus un kopā izdomā vismaz divas profesijas, kurās katra interese "
            "noder.\n"
            "Nobeigumā ziedus izliek uz klases sienas, veidojot interešu pļavu."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 163,
    },
    {
        "title": "Stiprās puses un talanti: kā tos pamanīt sevī",
        "summary": (
            "Nodarbība palīdz pusaudžiem nosaukt savas stiprās puses, atšķirt talantu no apgūtas prasmes un"
            " atrast pierādījumus savai pieredzei."
        ),
        "body": (
            "Sāciet ar īsu sarunu par to, kā atšķiras talants un prasme, un minējiet piemērus no sporta un "
            "mūzikas.\n"
            "Skolēni no kartīšu kaudzes izvēlas piecas stiprās puses, kas viņus raksturo visprecīzāk.\n"
            "Katrai izvēlētajai stiprajai pusei jāuzraksta konkrēts gadījums, kad tā palīdzēja skolā vai "
            "ārpus tās.\n"
            "Pāros skolēni viens otram nolasa piemērus un papildina sarakstu ar vienu stipro pusi, ko "
            "pamanījis klasesbiedrs.\n"
            "Stundas beigās katrs formulē teikumu „Mana stiprā puse ir …, un tā man palīdz …”."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["7-9"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 44,
    },
    {
        "title": "Vērtību izsole klasē",
        "summary": (
            "Spēle, kurā skolēni ar iedomātu naudu solī par dzīves vērtībām un tā atklāj, kas viņiem "
            "patiesi ir svarīgs."
        ),
        "body": (
            "Katrs skolēns saņem 1000 iedomātu eiro un sarakstu ar divdesmit vērtībām, piemēram, brīvību, "
            "drošību, ģimeni, slavu un veselību.\n"
            "Pirms izsoles skolēni atzīmē, cik plāno tērēt par katru vērtību.\n"
            "Skolotājs vada izsoli, un vērtība tiek tam, kurš sola visvairāk.\n"
            "Pēc izsoles skolēni salīdzina plānu ar to, ko patiesībā nopirka, un pārrunā, kāpēc dažas "
            "vērtības bija tik pieprasītas.\n"
            "Noslēgumā apspriediet, kā vērtības ietekmē profesijas un darba vietas izvēli."
        ),
        "material_type": "game",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Ētika",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by-sa",
        "occupations": [],
        "popularity": 155,
    },
    {
        "title": "Temperamenta tipi un darba vide",
        "summary": (
            "Prezentācija iepazīstina ar četriem klasiskajiem temperamenta tipiem un rosina domāt, kāda "
            "darba vide kuram ir piemērotāka."
        ),
        "body": (
            "Prezentācijā ir 18 slaidi ar sangviniķa, holēriķa, flegmatiķa un melanholiķa raksturojumu.\n"
            "Pēc katra tipa apraksta ir jautājums diskusijai par to, kā šis cilvēks justos atvērtā birojā, "
            "ražotnē vai laukā.\n"
            "Uzsveriet, ka temperaments nav diagnoze un lielākajai daļai cilvēku ir vairāku tipu iezīmes.\n"
            "Noslēgumā skolēni aizpilda īsu pašnovērtējumu un pārrunā, kāda darba vide viņiem šķiet ērtākā."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Psiholoģija, Klases stunda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 138,
    },
    {
        "title": "RIASEC interešu tests jauniešiem",
        "summary": (
            "Latviskots Holanda interešu tests ar 42 apgalvojumiem, kas palīdz jaunietim noteikt savu "
            "interešu kodu no sešiem tipiem."
        ),
        "body": (
            "Skolēns novērtē katru apgalvojumu skalā no 1 līdz 3 atkarībā no tā, cik ļoti darbība viņam "
            "patīk.\n"
            "Punktus saskaita sešās grupās: reālistiskais, pētnieciskais, mākslinieciskais, sociālais, "
            "uzņēmīgais un konvencionālais tips.\n"
            "Trīs augstākie rezultāti veido interešu kodu, piemēram, RIS vai SEA.\n"
            "Testa beigās ir tabula ar profesiju piemēriem katram kodam, tostarp profesijām Ventspils un "
            "Valmieras uzņēmumos.\n"
            "Rezultātu ieteicams pārrunāt ar karjeras konsultantu, nevis uztvert kā galīgu spriedumu."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["self_knowledge", "exploring"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Microcity karjeras izglītības darba grupa",
        "licence": "cc0",
        "occupations": [],
        "popularity": 28,
    },
    {
        "title": "Holanda sešstūris: interešu tipi un atbilstošās profesijas",
        "summary": (
            "Vizuāla prezentācija par Holanda RIASEC modeli ar profesiju piemēriem no tehnikuma programmām "
            "un augstskolu studijām."
        ),
        "body": (
            "Prezentācijā katram no sešiem tipiem veltīti divi slaidi: raksturojums un profesiju piemēri.\n"
            "Reālistiskajam tipam minēti auto mehāniķis un elektriķis, mākslinieciskajam — grafiskais "
            "dizainers, sociālajam — sociālais darbinieks.\n"
            "Paskaidrojiet, kāpēc sešstūrī blakus esošie tipi ir līdzīgāki nekā pretējie.\n"
            "Audzēkņi sešstūrī atzīmē savu kodu un meklē, kuras mācību programmas tam atbilst."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["self_knowledge", "exploring"],
        "subjects": "Karjeras izglītība, Klases stunda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": ["7231", "2166", "2635"],
        "popularity": 63,
    },
    {
        "title": "Pašnovērtējuma dienasgrāmata nedēļai",
        "summary": (
            "Septiņu dienu dienasgrāmata, kurā skolēns katru vakaru īsi pieraksta, kas izdevās, kas bija "
            "grūti un ko viņš uzzināja par sevi."
        ),
        "body": (
            "Izskaidrojiet, ka dienasgrāmata netiks vērtēta ar atzīmi un ir paredzēta tikai pašam skolēnam."
            "\n"
            "Katrai dienai ir trīs jautājumi: kas man šodien izdevās, kas bija grūti un kāpēc, ko es darītu"
            " citādi.\n"
            "Nedēļas beigās skolēns pārlasa ierakstus un pasvītro atkārtojošos vārdus.\n"
            "Klases stundā tie, kas vēlas, dalās ar vienu atklājumu par savām stiprajām pusēm."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Latviešu valoda",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by-nc",
        "occupations": [],
        "popularity": 72,
    },
    {
        "title": "Pašapziņas stiprināšana pirms uzstāšanās",
        "summary": (
            "Metode ar elpošanas, ķermeņa stājas un pozitīvas iekšējās runas vingrinājumiem, kas palīdz "
            "skolēniem droši uzstāties klases priekšā."
        ),
        "body": (
            "Sāciet ar „kastes elpošanu”: četras sekundes ieelpa, četras aizture, četras izelpa, četras "
            "aizture.\n"
            "Skolēni divas minūtes stāv „spēka pozā” un pēc tam novērtē, kā mainījās sajūtas.\n"
            "Katrs uzraksta trīs teikumus, ko pateiks sev pirms uzstāšanās, piemēram, „Es esmu "
            "sagatavojies”.\n"
            "Noslēgumā skolēni mazās grupās vienu minūti stāsta par savu hobiju un saņem atbalstošu "
            "atgriezenisko saiti."
        ),
        "material_type": "method",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Teātra māksla",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 4,
    },
    {
        "title": "Kas man padodas? Prasmju kartītes sākumskolai",
        "summary": (
            "Krāsainas kartītes ar zīmējumiem palīdz mazākajiem skolēniem pamanīt un nosaukt, kas viņiem "
            "padodas."
        ),
        "body": (
            "Komplektā ir 30 kartītes ar zīmējumiem, piemēram, „protu palīdzēt draugam”, „ātri skrienu”, "
            "„skaisti dziedu”.\n"
            "Bērni sēž aplī, un katrs izvēlas divas kartītes, kas par viņu stāsta visprecīzāk.\n"
            "Pēc tam katrs izvēlas vienu kartīti klasesbiedram un paskaidro, kāpēc.\n"
            "Kartītes var atstāt klases stūrītī, lai bērni tās izmantotu arī starpbrīžos."
        ),
        "material_type": "game",
        "grade_bands": ["1-3"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc-by-sa",
        "occupations": [],
        "popularity": 236,
    },
    {
        "title": "Es un mani hobiji: stāsts par sevi",
        "summary": (
            "Latviešu valodas stunda, kurā pirmās līdz trešās klases skolēni sagatavo un izstāsta īsu "
            "stāstu par savu mīļāko nodarbi."
        ),
        "body": (
            "Skolotāja parāda savu hobiju, piemēram, adīšanu vai makšķerēšanu, un pastāsta par to trīs "
            "teikumos.\n"
            "Bērni uzzīmē sevi, nodarbojoties ar savu hobiju, un zīmējuma apakšā uzraksta vienu teikumu.\n"
            "Katrs bērns izstāsta savu stāstu, bet klasesbiedri uzdod vienu jautājumu.\n"
            "Noslēgumā kopā pārrunājiet, kuros darbos pieaugušie izmanto līdzīgas prasmes."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["1-3"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Latviešu valoda, Klases stunda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 18,
    },
    {
        "title": "Mans spēku aplis: rīta aplis par to, ko protu",
        "summary": (
            "Pirmsskolas rīta apļa metode, kurā bērni ar rotaļlietu palīdzību stāsta, ko jau prot paši un "
            "ko vēlas iemācīties."
        ),
        "body": (
            "Bērni sēž aplī, un no rokas rokā tiek padots mīksts „spēka akmens”.\n"
            "Kurš tur akmeni, pabeidz teikumu „Es jau protu …”, piemēram, aizsiet kurpes vai uzzīmēt māju.\n"
            "Otrajā aplī bērni pabeidz teikumu „Es gribu iemācīties …”.\n"
            "Skolotāja pieraksta atbildes un pēc mēneša pārrunā, kas no iecerētā jau izdevies."
        ),
        "material_type": "method",
        "grade_bands": ["preschool"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Rīta aplis, Valodas attīstība",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc0",
        "occupations": [],
        "popularity": 179,
    },
    {
        "title": "Emociju un interešu spogulis pirmsskolēniem",
        "summary": (
            "Rotaļa ar spoguli un emociju kartītēm, kurā bērni mācās nosaukt, kas viņus iepriecina un kas "
            "sadusmo."
        ),
        "body": (
            "Bērns skatās spogulī un parāda sejas izteiksmi, kas atbilst izvilktajai emociju kartītei.\n"
            "Pārējie bērni min emociju un stāsta, kad viņi paši tā jūtas.\n"
            "Pēc tam bērni izvēlas attēlus ar nodarbēm, kas viņus iepriecina, piemēram, zīmēšanu, dejošanu "
            "vai smilšu kastes spēles.\n"
            "Skolotāja pieraksta katra bērna izvēli, lai vēlāk bērnudārzā piedāvātu atbilstošas rotaļas."
        ),
        "material_type": "game",
        "grade_bands": ["preschool"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Valodas attīstība, Sociālā un emocionālā audzināšana",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc0",
        "occupations": [],
        "popularity": 186,
    },
    {
        "title": "Personīgā zīmola veidošana vidusskolā",
        "summary": (
            "Nodarbība par to, kā jaunietis var pamanīt savas unikālās iezīmes un godīgi tās parādīt "
            "sociālajos tīklos, pieteikumos un intervijās."
        ),
        "body": (
            "Skolēni uzraksta trīs vārdus, kā viņus raksturotu draugi, un trīs vārdus, kā viņi gribētu, lai"
            " viņus raksturo darba devējs.\n"
            "Salīdziniet abus sarakstus un pārrunājiet, ko var darīt, lai tie sakristu.\n"
            "Grupās analizējiet divu izdomātu jauniešu profilus sociālajos tīklos un novērtējiet, kādu "
            "iespaidu tie atstāj.\n"
            "Katrs skolēns izveido īsu aprakstu par sevi līdz 300 zīmēm, ko varētu izmantot pieteikumā "
            "vasaras darbam."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["self_knowledge", "planning"],
        "subjects": "Klases stunda, Sociālās zinības un vēsture",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["2431"],
        "popularity": 1,
    },
    {
        "title": "Darba vērtību anketa: kas man svarīgs darbā",
        "summary": (
            "Anketa ar 24 apgalvojumiem par darba vērtībām, piemēram, stabilitāti, radošumu, ienākumiem un "
            "iespēju palīdzēt citiem."
        ),
        "body": (
            "Skolēns katru apgalvojumu novērtē no 1 (nav svarīgi) līdz 5 (ļoti svarīgi).\n"
            "Rezultātus saskaita astoņās vērtību grupās un ieraksta apļa diagrammā.\n"
            "Trīs augstāk novērtētās vērtības skolēns salīdzina ar divām profesijām, par kurām domā.\n"
            "Anketu var izmantot individuālā karjeras konsultācijā vai klases stundā kā sarunas sākumu."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Karjeras izglītība, Ekonomika",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 132,
    },
    {
        "title": "Mācīšanās stili un karjeras izvēle",
        "summary": (
            "Prezentācija par to, kā cilvēki mācās dažādi un kā zināšanas par savu mācīšanās veidu palīdz "
            "izvēlēties izglītības ceļu."
        ),
        "body": (
            "Slaidos salīdzināti dažādi mācīšanās veidi: praktiska darbošanās, vizuāli materiāli, "
            "klausīšanās un lasīšana.\n"
            "Paskaidrojiet, ka pētījumi neapstiprina stingru iedalījumu stilos, taču katram ir ieradumi, "
            "kas palīdz mācīties.\n"
            "Skolēni atbild uz desmit jautājumiem par to, kā viņi vislabāk atceras jaunu informāciju.\n"
            "Noslēgumā pārrunājiet, kāpēc praktiskās mācības tehnikumā dažiem ir piemērotākas nekā lekcijas"
            " augstskolā."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9"],
        "skill_areas": ["self_knowledge", "planning"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by-nc",
        "occupations": [],
        "popularity": 102,
    },
    {
        "title": "Sapņu un mērķu vizualizācijas kolāža",
        "summary": (
            "Radoša metode, kurā skolēni no žurnālu izgriezumiem veido kolāžu par savu nākotni un pārvērš "
            "to konkrētos mērķos."
        ),
        "body": (
            "Sagatavojiet vecus žurnālus, līmi, šķēres un A3 kartona lapas.\n"
            "Skolēni izgriež attēlus un vārdus, kas saistās ar to, kā viņi iztēlojas savu dzīvi pēc desmit "
            "gadiem.\n"
            "Kolāžas stūrī skolēns uzraksta trīs mērķus, kas izriet no attēliem, un vienu soli, ko var "
            "spert jau šomēnes.\n"
            "Kolāžas prezentē mazās grupās, un klasesbiedri uzdod jautājumus."
        ),
        "material_type": "method",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["self_knowledge", "planning"],
        "subjects": "Vizuālā māksla, Klases stunda",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc-by-sa",
        "occupations": [],
        "popularity": 102,
    },
    {
        "title": "Izaugsmes domāšana: kļūdas kā mācīšanās iespēja",
        "summary": "Animēts video par fiksēto un izaugsmes domāšanu ar uzdevumiem sarunai klasē.",
        "body": (
            "Video ilgst astoņas minūtes un stāsta par meiteni, kura neiekļūst basketbola komandā un "
            "izdomā, kā trenēties.\n"
            "Apturiet video pēc ceturtās minūtes un pajautājiet, ko varonei būtu vērts darīt tālāk.\n"
            "Pēc noskatīšanās skolēni pārveido fiksētas domāšanas teikumus, piemēram, „Es to nemāku”, par "
            "izaugsmes teikumiem, piemēram, „Es to vēl nemāku”.\n"
            "Noslēgumā katrs pieraksta vienu kļūdu, no kuras kaut ko iemācījies."
        ),
        "material_type": "video",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Valmieras Jauniešu centrs",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 180,
    },
    {
        "title": "Introverts vai ekstraverts? Personība un darbs",
        "summary": (
            "Stunda vidusskolēniem par introversiju un ekstraversiju, apgāžot mītu, ka veiksmīgā karjerā "
            "der tikai skaļi cilvēki."
        ),
        "body": (
            "Skolēni izvietojas telpā uz iedomātas līnijas starp „man patīk lielas ballītes” un „man patīk "
            "pavadīt vakaru vienatnē”.\n"
            "Pārrunājiet, kā abi personības tipi atgūst enerģiju un kāpēc tas ir svarīgi, izvēloties darbu."
            "\n"
            "Grupas analizē piecas profesijas un izvērtē, kā tajās var veiksmīgi strādāt gan introverts, "
            "gan ekstraverts.\n"
            "Noslēgumā katrs uzraksta, kāda darba vide viņu uzlādē un kāda nogurdina."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Psiholoģija, Klases stunda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 223,
    },
    {
        "title": "Komandas lomas sporta stundā",
        "summary": (
            "Sporta stundas plāns, kurā skolēni komandu spēlēs izmēģina dažādas lomas un pamana, kas viņiem"
            " padodas sadarbībā."
        ),
        "body": (
            "Skolēnus sadaliet komandās pa sešiem, un katram komandas dalībniekam iedaliet lomu: kapteinis,"
            " stratēģis, uzmundrinātājs, laika sargs.\n"
            "Pēc katras spēles kārtas lomas mainās, lai katrs izmēģinātu vismaz trīs.\n"
            "Stundas beigās skolēni aplī pastāsta, kurā lomā jutās visērtāk.\n"
            "Saistiet lomas ar darbu: kapteinis līdzinās vadītājam, stratēģis — plānotājam, uzmundrinātājs "
            "— komandas saliedētājam."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["4-6"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Sports un veselība, Klases stunda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 25,
    },
    {
        "title": "Kā es pieņemu lēmumus: pašrefleksijas anketa",
        "summary": (
            "Anketa palīdz skolēnam saprast savu lēmumu pieņemšanas stilu — impulsīvu, atliekošu, atkarīgu "
            "vai plānveidīgu."
        ),
        "body": (
            "Anketā ir 16 situācijas, piemēram, izvēle starp diviem pulciņiem vai dāvanas pirkšana draugam."
            "\n"
            "Katrai situācijai ir četri atbilžu varianti, kas atbilst dažādiem stiliem.\n"
            "Skolēns saskaita, kurš burts atkārtojas visbiežāk, un izlasa sava stila aprakstu.\n"
            "Pie katra stila ir ieteikumi, kā to izmantot karjeras lēmumos, piemēram, izvēloties skolu pēc "
            "devītās klases."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["7-9"],
        "skill_areas": ["self_knowledge", "planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 296,
    },
    {
        "title": "Mana dzīves līnija: pieredzes karte",
        "summary": (
            "Darba lapa, kurā vidusskolēns uz laika ass atzīmē svarīgākos notikumus savā dzīvē un analizē, "
            "ko tie iemācīja."
        ),
        "body": (
            "Skolēns uzzīmē horizontālu līniju no dzimšanas līdz šodienai.\n"
            "Virs līnijas atzīmē notikumus, kas deva prieku vai lepnumu, zem līnijas — grūtos brīžus.\n"
            "Pie katra notikuma ieraksta vienu prasmi vai īpašību, kas tajā veidojās.\n"
            "Noslēgumā skolēns pagarina līniju piecus gadus nākotnē un ieraksta notikumus, kurus vēlētos "
            "piedzīvot."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Psiholoģija",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by-nc-sa",
        "occupations": [],
        "popularity": 10,
    },
    {
        "title": "Prasmju portfelis sākumskolēnam",
        "summary": (
            "Vienkārša mape, kurā bērni krāj pierādījumus par savām prasmēm — zīmējumus, fotogrāfijas, "
            "diplomus un skolotāja piezīmes."
        ),
        "body": (
            "Mapes vākā bērns ielīmē savu fotogrāfiju un uzraksta „Es protu”.\n"
            "Reizi mēnesī skolēns ievieto vienu darbu, ar kuru lepojas, un aizpilda lapiņu „Kāpēc es to "
            "izvēlējos”.\n"
            "Mācību gada beigās kopā ar vecākiem bērns izšķirsta mapi un atzīmē, kā viņa prasmes ir "
            "augušas.\n"
            "Veidlapas ir piemērotas arī bērniem, kuri vēl tikai mācās rakstīt."
        ),
        "material_type": "worksheet",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["self_knowledge", "planning"],
        "subjects": "Klases stunda",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 141,
    },
    {
        "title": "Pasaku varoņu profesijas un rakstura īpašības",
        "summary": (
            "Literatūras stunda, kurā bērni pasakās meklē varoņu darbus un īpašības, kas palīdz tos paveikt."
        ),
        "body": (
            "Izlasiet fragmentus no latviešu tautas pasakām, piemēram, par kalēju, zvejnieku un gudro "
            "meitu.\n"
            "Bērni nosauc varoņa darbu un to, kāda īpašība viņam palīdzēja — drosme, gudrība vai čaklums.\n"
            "Tabulā uz tāfeles salīdziniet, kuri no šiem darbiem pastāv arī mūsdienās un kā tie "
            "mainījušies.\n"
            "Katrs bērns uzzīmē sevi kā pasakas varoni, kurš dara savu mīļāko darbu."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["self_knowledge", "exploring"],
        "subjects": "Latviešu valoda, Literatūra",
        "duration_minutes": 35,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 89,
    },
    {
        "title": "Kas es būšu, kad izaugšu? Zīmējumu izstāde",
        "summary": (
            "Metode bērnudārzam un sākumskolai: bērni zīmē sevi nākotnes profesijā, un izstādes atklāšanā "
            "stāsta vecākiem par savu izvēli."
        ),
        "body": (
            "Pārrunājiet ar bērniem, kādas profesijas viņi zina un kuras šķiet interesantas.\n"
            "Katrs bērns uzzīmē sevi pieaugušu, strādājot izvēlēto darbu, un skolotāja pieraksta bērna "
            "paskaidrojumu.\n"
            "Zīmējumus izliek gaitenī kā izstādi, pie katra pievienojot bērna teikto.\n"
            "Izstādes atklāšanā uzaiciniet vecākus, lai bērni paši izstāsta par savu zīmējumu."
        ),
        "material_type": "method",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["self_knowledge", "exploring"],
        "subjects": "Vizuālā māksla, Valodas attīstība",
        "duration_minutes": 60,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 13,
    },
    {
        "title": "Interešu bingo",
        "summary": (
            "Iepazīšanās spēle, kurā skolēni staigā pa klasi un meklē klasesbiedrus ar noteiktām interesēm,"
            " lai aizpildītu bingo kartīti."
        ),
        "body": (
            "Katrs saņem kartīti ar 16 lauciņiem, piemēram, „spēlē mūzikas instrumentu”, „prot cept "
            "pankūkas”, „ir bijis ostā”.\n"
            "Skolēni meklē klasesbiedru, kuram apgalvojums atbilst, un palūdz viņu parakstīties lauciņā.\n"
            "Uzvar tas, kurš pirmais aizpilda rindu, taču spēli turpina, līdz lielākā daļa kartīšu ir "
            "pilnas.\n"
            "Pārrunājiet, kuras intereses klasē ir visizplatītākās un kuras pārsteidza."
        ),
        "material_type": "game",
        "grade_bands": ["4-6"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 4,
    },
    {
        "title": "Jaunieši stāsta par savām stiprajām pusēm",
        "summary": (
            "Video apkopojums, kurā pieci Ventspils un Valmieras jaunieši stāsta, kā atklāja savas stiprās "
            "puses un kā tās izmanto mācībās un darbā."
        ),
        "body": (
            "Video ilgst 14 minūtes un ir sadalīts piecās daļās pa vienam stāstam.\n"
            "Stāsta metinātājs, grafiskā dizainere, māszinību studente, brīvprātīgais jauniešu centrā un "
            "jauns uzņēmējs.\n"
            "Pēc katra stāsta skolēni pieraksta, kuru stipro pusi jaunietis nosauca un kā to atklāja.\n"
            "Noslēgumā pārrunājiet, vai kāds stāsts lika padomāt par savām neievērotajām stiprajām pusēm."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Ventspils Jauniešu māja",
        "licence": "cc-by",
        "occupations": ["7212", "2166", "3221"],
        "popularity": 48,
    },
    {
        "title": "Rakstura īpašību vārdi angļu valodas stundā",
        "summary": (
            "Darba lapa angļu valodas stundai, kurā skolēni apgūst rakstura īpašību vārdus un raksturo sevi"
            " un klasesbiedrus."
        ),
        "body": (
            "Darba lapā ir 24 īpašības vārdi angļu valodā ar latvisko tulkojumu un attēlu.\n"
            "Skolēni savieno vārdus ar pretējām nozīmēm, piemēram, „shy” un „outgoing”.\n"
            "Pēc tam katrs ar pieciem vārdiem raksturo sevi un uzraksta teikumu, kurā darbā šī īpašība "
            "noderētu.\n"
            "Pāros skolēni uzmin, kurus vārdus izvēlējies klasesbiedrs."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Angļu valoda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Laura Ozola, Valmieras 5. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 1,
    },
    {
        "title": "Perfekcionisms un bailes kļūdīties",
        "summary": (
            "Nodarbība vidusskolēniem par perfekcionisma ietekmi uz mācībām un karjeras lēmumiem un par "
            "veselīgām augstu standartu alternatīvām."
        ),
        "body": (
            "Sāciet ar anonīmu aptauju: cik bieži tu atliec darbu, jo baidies, ka tas nebūs perfekts?\n"
            "Iepazīstiniet ar atšķirību starp veselīgu centību un perfekcionismu.\n"
            "Grupās skolēni pārraksta trīs stingrus iekšējos noteikumus, piemēram, „Man jābūt labākajam”, "
            "elastīgākā formā.\n"
            "Noslēgumā pārrunājiet, kā bailes kļūdīties var traucēt izvēlēties studiju programmu vai "
            "pieteikties darbam."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Psiholoģija, Klases stunda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by-nc",
        "occupations": [],
        "popularity": 23,
    },
    {
        "title": "Pirmā kursa adaptācija tehnikumā: sevis izzināšana",
        "summary": (
            "Metode pirmā kursa audzēkņiem, kas palīdz iejusties jaunajā mācību vidē un pārbaudīt, vai "
            "izvēlētā profesija atbilst interesēm."
        ),
        "body": (
            "Pirmajā septembra nedēļā audzēkņi aizpilda īsu anketu par to, kāpēc izvēlējās šo programmu un "
            "ko no tās gaida.\n"
            "Pēc pirmajām prakses nodarbībām grupu audzinātājs vada sarunu aplī par to, kas pārsteidza un "
            "kas sagādāja grūtības.\n"
            "Oktobrī katram audzēknim ir individuāla saruna, kurā pārskata anketu un vienojas par atbalstu."
            "\n"
            "Ja audzēknis šaubās par izvēli, viņš var vienu dienu pavadīt citas programmas nodarbībās."
        ),
        "material_type": "method",
        "grade_bands": ["vocational"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 90,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 89,
    },
    {
        "title": "Ko par mani saka citi? Intervija ģimenē",
        "summary": (
            "Mājas uzdevums, kurā skolēns intervē vecākus vai vecvecākus par savām īpašībām un agrām "
            "interesēm."
        ),
        "body": (
            "Darba lapā ir trīs jautājumi ģimenes locekļiem: ar ko es aizrāvos mazs, kas man vienmēr ir "
            "padevies un kādā darbā jūs mani iztēlojaties.\n"
            "Skolēns atbildes pieraksta un pievieno savu komentāru, vai viņš tām piekrīt.\n"
            "Klasē skolēni salīdzina ģimenes viedokli ar savu pašnovērtējumu.\n"
            "Uzdevums labi der pirms vecāku dienas vai karjeras nedēļas."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 107,
    },
    {
        "title": "Motivācija mācīties: iekšējā un ārējā motivācija",
        "summary": (
            "Prezentācija par to, kas pusaudžus mudina mācīties, un kā iekšējā motivācija saistās ar "
            "ilgtermiņa karjeras mērķiem."
        ),
        "body": (
            "Slaidos izskaidrota pašnoteikšanās teorija un tās trīs vajadzības: autonomija, kompetence un "
            "piederība.\n"
            "Skolēni atzīmē, kuri no desmit mācīšanās iemesliem ir iekšēji un kuri ārēji.\n"
            "Pārrunājiet, kā atzīmes, vecāku uzslavas un nākotnes profesija ietekmē motivāciju.\n"
            "Noslēgumā katrs uzraksta vienu mācību priekšmetu, kurā vēlas atrast vairāk iekšējās "
            "motivācijas, un vienu soli tam."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Psiholoģija",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 61,
    },
    {
        "title": "Mana ideālā darba diena",
        "summary": (
            "Darba lapa, kurā skolēns no rīta līdz vakaram detalizēti apraksta savu ideālo darba dienu pēc "
            "desmit gadiem."
        ),
        "body": (
            "Skolēns atbild uz jautājumiem: kurā laikā ceļos, kā nokļūsti darbā, ar ko strādā, vai darbs "
            "notiek telpās vai ārā.\n"
            "Aprakstā jāmin vismaz trīs darba uzdevumi un viena lieta, ko dari pēc darba.\n"
            "Pāros skolēni apmainās ar aprakstiem un mēģina uzminēt profesiju.\n"
            "Noslēgumā skolēns pasvītro detaļas, kas viņam ir visbūtiskākās, piemēram, elastīgs laiks vai "
            "darbs komandā."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["self_knowledge", "planning"],
        "subjects": "Klases stunda, Latviešu valoda",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by-sa",
        "occupations": [],
        "popularity": 241,
    },
    {
        "title": "Talantu šovs klasē: katram sava skatuve",
        "summary": (
            "Metode sākumskolai, kurā ikviens bērns klases priekšā parāda kaut ko, ko prot, — no "
            "žonglēšanas līdz dzejoļa lasīšanai."
        ),
        "body": (
            "Nedēļu iepriekš katrs bērns izvēlas, ko parādīs, un kopā ar skolotāju izdomā, kā to izdarīt "
            "trīs minūtēs.\n"
            "Šovā nav žūrijas un vērtējuma, tikai aplausi un viena uzslava no klasesbiedra.\n"
            "Bērni, kuri kautrējas, var uzstāties pārī vai parādīt video, fotogrāfiju vai paša darinātu "
            "priekšmetu.\n"
            "Pēc šova pārrunājiet, cik dažādi talanti ir vienā klasē un kur tie noder pieaugušo dzīvē."
        ),
        "material_type": "method",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Mūzika",
        "duration_minutes": 60,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 66,
    },
    {
        "title": "Projekta nedēļas pašvērtējuma skala",
        "summary": (
            "Anketa skolēniem pēc projekta nedēļas, lai novērtētu savu ieguldījumu, sadarbību un jaunās "
            "prasmes."
        ),
        "body": (
            "Anketā ir 12 apgalvojumi ar skalu no „nepiekrītu” līdz „pilnīgi piekrītu”.\n"
            "Apgalvojumi attiecas uz plānošanu, sadarbību komandā, uzstāšanos un laika ievērošanu.\n"
            "Divi atvērtie jautājumi palīdz skolēnam nosaukt jauno prasmi un to, ko nākamreiz darītu "
            "citādi.\n"
            "Skolotājs var salīdzināt skolēna pašvērtējumu ar savu vērtējumu un pārrunāt atšķirības "
            "individuāli."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Projekta darbs",
        "duration_minutes": 15,
        "language": "lv",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 203,
    },
    {
        "title": "Stresa pārvaldība eksāmenu laikā",
        "summary": (
            "Stunda par stresa pazīmēm un praktiskiem paņēmieniem, kā saglabāt mieru centralizēto eksāmenu "
            "laikā."
        ),
        "body": (
            "Skolēni uzraksta, kā stress izpaužas viņu ķermenī, domās un uzvedībā.\n"
            "Iepazīstiniet ar trim paņēmieniem: elpošanu, mācību laika plānošanu ar pārtraukumiem un miega "
            "režīmu.\n"
            "Grupās skolēni sastāda sev eksāmenu nedēļas dienas plānu, kurā ir vieta arī kustībām un "
            "atpūtai.\n"
            "Noslēgumā katrs izvēlas vienu paņēmienu, ko izmēģinās jau nākamajā kontroldarbā."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["self_knowledge", "planning"],
        "subjects": "Klases stunda, Sports un veselība",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 290,
    },
    {
        "title": "Sociālās prasmes darba vietā: lomu spēles kartītes",
        "summary": (
            "Kartīšu komplekts ar situācijām no darba vietām, kurās jaunieši trenējas sadarboties, "
            "atrisināt konfliktus un lūgt palīdzību."
        ),
        "body": (
            "Komplektā ir 20 situāciju kartītes, piemēram, „kolēģis atkārtoti kavē maiņu” vai „klients ir "
            "neapmierināts ar remontu”.\n"
            "Skolēni pa trim izspēlē situāciju: divi ir lomās, trešais vēro un pieraksta.\n"
            "Pēc katras ainas vērotājs nosauc vienu veiksmīgu frāzi un vienu ieteikumu.\n"
            "Noslēgumā apkopojiet, kuras sociālās prasmes darba devēji min kā svarīgākās."
        ),
        "material_type": "game",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["self_knowledge", "planning"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by-sa",
        "occupations": ["5131", "7231"],
        "popularity": 0,
    },
    {
        "title": "Emocionālā inteliģence: atpazīt un vadīt emocijas",
        "summary": (
            "Nodarbība pusaudžiem par emocionālās inteliģences pieciem komponentiem un to nozīmi mācībās un"
            " darbā."
        ),
        "body": (
            "Skolēni skatās četras fotogrāfijas un nosauc emocijas, ko redz cilvēku sejās.\n"
            "Iepazīstiniet ar pašapziņu, pašregulāciju, motivāciju, empātiju un sociālajām prasmēm.\n"
            "Pāros skolēni izspēlē situāciju, kurā viens ir dusmīgs klients, bet otrs mēģina viņu "
            "nomierināt.\n"
            "Noslēgumā skolēni aizpilda īsu pašnovērtējumu un izvēlas komponentu, ko attīstīt."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Psiholoģija",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 0,
    },
    {
        "title": "Mani varoņi un iedvesmas avoti",
        "summary": (
            "Darba lapa, kurā skolēni izvēlas cilvēku, kas viņus iedvesmo, un analizē, kuras īpašības vēlas"
            " pārņemt."
        ),
        "body": (
            "Skolēns izvēlas iedvesmas avotu — ģimenes locekli, sportistu, zinātnieku vai literatūras "
            "varoni.\n"
            "Darba lapā viņš apraksta šī cilvēka ceļu, šķēršļus un trīs īpašības, kas palīdzēja gūt "
            "panākumus.\n"
            "Pēc tam skolēns salīdzina šīs īpašības ar savām un atzīmē, kuras jau ir un kuras vēlas "
            "attīstīt.\n"
            "Klasē var izveidot „iedvesmas sienu” ar īsiem aprakstiem."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda, Sociālās zinības un vēsture",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 290,
    },
    {
        "title": "Profesiju izpēte ostā: ekskursija uz Ventspils brīvostu",
        "summary": (
            "Mācību ekskursijas plāns ar uzdevumiem, kas palīdz skolēniem iepazīt ostas profesijas — no "
            "kuģu aģenta līdz krānu operatoram."
        ),
        "body": (
            "Pirms ekskursijas skolēni grupās sagatavo piecus jautājumus par ostas darbu un drošības "
            "noteikumiem.\n"
            "Ostā skolēni vēro kravas iekraušanu, apmeklē piestātni un tiekas ar kuģu aģentu un krāna "
            "operatoru.\n"
            "Katrai grupai ir novērošanas lapa, kurā jāieraksta vismaz sešas profesijas un to galvenie "
            "darba uzdevumi.\n"
            "Nākamajā stundā grupas prezentē, kuras profesijas ostā prasa augstāko izglītību un kuras var "
            "apgūt tehnikumā.\n"
            "Ekskursija jāsaskaņo ar ostas uzņēmumu vismaz mēnesi iepriekš, un skolēniem jābūt atstarojošām"
            " vestēm."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Ģeogrāfija, Ekonomika, Klases stunda",
        "duration_minutes": 180,
        "language": "lv",
        "authors": "Aivars Kļaviņš, ostas loģistikas uzņēmuma apmācību vadītājs",
        "licence": "cc-by",
        "occupations": ["3152", "8344", "9333"],
        "popularity": 270,
    },
    {
        "title": "Loģistikas ķēde: kā krava ceļo no kuģa līdz veikalam",
        "summary": (
            "Prezentācija par loģistikas nozari, kas soli pa solim izseko, kā konteiners no ostas nonāk "
            "līdz veikala plauktam."
        ),
        "body": (
            "Prezentācija sākas ar jautājumu: cik cilvēku piedalās, lai banāns nonāktu Ventspils veikalā?\n"
            "Slaidos parādīti posmi: kuģis, osta, muita, noliktava, kravas auto un tirdzniecība.\n"
            "Katram posmam ir norādītas profesijas, piemēram, ekspeditors, noliktavas pārzinis un smagās "
            "automašīnas vadītājs.\n"
            "Noslēgumā skolēni sakārto jaukti izdalītas kartītes pareizā loģistikas ķēdes secībā."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Ģeogrāfija, Ekonomika",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Aivars Kļaviņš, ostas loģistikas uzņēmuma apmācību vadītājs",
        "licence": "cc-by",
        "occupations": ["1324", "4321", "8332"],
        "popularity": 260,
    },
    {
        "title": "Ostas profesiju kartīšu spēle",
        "summary": (
            "Galda spēle, kurā skolēni savieno ostas profesijas ar darba rīkiem, darba vietām un uzdevumiem."
        ),
        "body": (
            "Spēlē ir 48 kartītes trijās krāsās: zilās — profesijas, zaļās — rīki, oranžās — darba "
            "uzdevumi.\n"
            "Grupā pa četriem skolēni pēc kārtas velk kartīti un meklē tai atbilstošu pāri uz galda.\n"
            "Pareizi izveidots trijnieks, piemēram, „ostas locis — radio — ieved kuģi ostā”, dod punktu.\n"
            "Spēles beigās skolēni izvēlas vienu profesiju, par kuru vēlas uzzināt vairāk."
        ),
        "material_type": "game",
        "grade_bands": ["4-6"],
        "skill_areas": ["exploring"],
        "subjects": "Sociālās zinības, Ģeogrāfija",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc-by-sa",
        "occupations": ["3152", "8350", "8344"],
        "popularity": 72,
    },
    {
        "title": "Augsto tehnoloģiju parks: elektronikas ražošanas profesijas",
        "summary": (
            "Video ekskursija pa elektronikas ražotni Ventspils Augsto tehnoloģiju parkā ar intervijām ar "
            "inženieriem un montētājiem."
        ),
        "body": (
            "Video ilgst 16 minūtes un parāda elektronisko komponentu montāžu uz iespiedplatēm, kvalitātes "
            "kontroli un produktu testēšanu.\n"
            "Elektronikas inženiere stāsta, kā mācības Ventspils Augstskolā aizveda līdz darbam ražotnē.\n"
            "Montētājs paskaidro, kāpēc viņa darbā svarīga ir precizitāte un pacietība.\n"
            "Pēc video skolēni darba lapā atzīmē, kuras prasmes vajadzīgas katrā no trim profesijām."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Fizika, Dizains un tehnoloģijas",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["8212", "2152", "3114"],
        "popularity": 95,
    },
    {
        "title": "Elektronikas montētājs: precizitātes darba lapa",
        "summary": (
            "Praktiska darba lapa, kas iepazīstina ar elektronikas montētāja darbu un ļauj izmēģināt "
            "smalkus, precīzus uzdevumus."
        ),
        "body": (
            "Darba lapas pirmajā daļā skolēni izlasa montētāja darba aprakstu un pasvītro galvenos "
            "uzdevumus.\n"
            "Otrajā daļā ir trīs praktiski uzdevumi: shēmas nolasīšana, komponentu šķirošana pēc marķējuma "
            "un precīza pincetes darba vingrinājums.\n"
            "Skolēni novērtē, cik ilgi spēja noturēt uzmanību un cik kļūdu pieļāva.\n"
            "Noslēgumā aizpildiet tabulu „Kas man patika / kas bija grūti”, lai pārrunātu, vai šī profesija"
            " atbilst skolēna interesēm."
        ),
        "material_type": "worksheet",
        "grade_bands": ["vocational", "10-12"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Dizains un tehnoloģijas, Fizika",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": ["8212", "7421"],
        "popularity": 153,
    },
    {
        "title": "Kokapstrāde Kurzemē: no baļķa līdz mēbelei",
        "summary": (
            "Prezentācija par kokapstrādes nozari Kurzemē un tās profesijām — no meža tehnikas operatora "
            "līdz mēbeļu dizainerim."
        ),
        "body": (
            "Slaidos parādīts koksnes ceļš: mežizstrāde, kokzāģētava, žāvēšana, apstrāde un mēbeļu "
            "ražošana.\n"
            "Katram posmam norādītas profesijas un mācību iespējas tuvākajos tehnikumos.\n"
            "Skolēni uzzina, kāpēc koks ir viena no lielākajām Latvijas eksporta precēm.\n"
            "Noslēgumā grupas izvēlas vienu koka izstrādājumu un uzzīmē, kuras profesijas piedalījās tā "
            "tapšanā."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Ģeogrāfija, Dizains un tehnoloģijas",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc-by",
        "occupations": ["8172", "7522", "7523"],
        "popularity": 193,
    },
    {
        "title": "Kokapstrādes uzņēmuma apmeklējums: novērošanas lapa",
        "summary": (
            "Novērošanas lapa mācību ekskursijai uz kokzāģētavu vai mēbeļu ražotni ar jautājumiem par darba"
            " apstākļiem un drošību."
        ),
        "body": (
            "Lapā ir trīs sadaļas: ko es redzu, ko es dzirdu, ko es jautāju.\n"
            "Skolēni atzīmē, kādus individuālos aizsardzības līdzekļus lieto darbinieki.\n"
            "Vienu darbinieku skolēni intervē par to, kā viņš nonāca šajā profesijā.\n"
            "Pēc apmeklējuma skolēni novērtē darba vidi pēc trokšņa, tīrības un komandas darba."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Dizains un tehnoloģijas, Klases stunda",
        "duration_minutes": 120,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by-nc",
        "occupations": ["8172", "7523"],
        "popularity": 3,
    },
    {
        "title": "Karjera zinātnē: radioastronomijas centrs Ventspilī",
        "summary": (
            "Video par Ventspils Starptautisko radioastronomijas centru un zinātnieku, inženieru un "
            "programmētāju darbu pie lielajiem radioteleskopiem."
        ),
        "body": (
            "Video parāda 32 metru radioteleskopu Irbenē un stāsta par tā vēsturi.\n"
            "Jauns astronoms paskaidro, ko nozīmē pētīt Visumu ar radioviļņiem un kā datus apstrādā ar "
            "programmām.\n"
            "Inženiere stāsta par antenu uzturēšanu un elektroniku.\n"
            "Pēc video skolēni pārrunā, kuri vidusskolas priekšmeti vajadzīgi šādai karjerai un kur Latvijā"
            " var studēt fiziku un astronomiju."
        ),
        "material_type": "video",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Fizika, Astronomija, Programmēšana",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Edgars Kalniņš, Ventspils Augstskola",
        "licence": "cc-by",
        "occupations": ["2111", "2153", "2512"],
        "popularity": 3,
    },
    {
        "title": "Digitālās prasmes Ventspilī: pulciņi un nākotnes profesijas",
        "summary": (
            "Prezentācija par robotikas, programmēšanas un 3D modelēšanas pulciņiem pilsētā un profesijām, "
            "uz kurām tie var aizvest."
        ),
        "body": (
            "Slaidos parādīti pulciņi digitālajā centrā: robotika, spēļu izstrāde, 3D druka un video "
            "montāža.\n"
            "Katram pulciņam ir piemērs, kurā profesijā šīs prasmes noder, piemēram, spēļu izstrādātājs vai"
            " IT atbalsta speciālists.\n"
            "Skolēni atbild uz īsu aptauju, kurš pulciņš viņus interesē.\n"
            "Prezentāciju var pielāgot citai pilsētai, aizstājot slaidus par vietējiem pulciņiem."
        ),
        "material_type": "presentation",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Datorika, Klases stunda",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["2512", "3512", "2166"],
        "popularity": 17,
    },
    {
        "title": "Jūrniecības profesijas: stūrmanis, kuģu mehāniķis un jūrnieks",
        "summary": (
            "Prezentācija par darbu uz kuģa, jūrniecības izglītību Latvijā un to, kā izskatās jūrnieka "
            "darba grafiks."
        ),
        "body": (
            "Slaidos aprakstīta kuģa komanda: kapteinis, stūrmaņi, mehāniķi, matroži un kambīzes "
            "darbinieki.\n"
            "Paskaidrots, kā strādā reisos, kas ilgst vairākus mēnešus, un kādas ir priekšrocības un "
            "grūtības.\n"
            "Norādītas mācību iespējas jūrniecības koledžās un nepieciešamie sertifikāti.\n"
            "Noslēgumā skolēni izvērtē, vai viņi spētu ilgi būt prom no mājām, un pārrunā, kā šī profesija "
            "ietekmē ģimenes dzīvi."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Ģeogrāfija, Fizika",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Aivars Kļaviņš, ostas loģistikas uzņēmuma apmācību vadītājs",
        "licence": "cc-by",
        "occupations": ["3152", "3151", "8350"],
        "popularity": 23,
    },
    {
        "title": "Tūrisms un viesmīlība piejūras pilsētā",
        "summary": (
            "Stundas plāns par tūrisma un viesmīlības nozares profesijām Ventspilī — viesnīcās, kafejnīcās,"
            " muzejos un pludmalē."
        ),
        "body": (
            "Skolēni sastāda sarakstu ar vietām, kuras pilsētā apmeklē tūristi vasarā.\n"
            "Grupās viņi uzzina, kādi darbinieki nepieciešami katrā vietā, un raksturo to darba laikus.\n"
            "Pārrunājiet sezonālā darba priekšrocības un trūkumus piejūras pilsētā.\n"
            "Noslēgumā skolēni izveido īsu reklāmas tekstu vasaras darba piedāvājumam viesnīcā vai "
            "kafejnīcā."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Ģeogrāfija, Ekonomika, Klases stunda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": ["5131", "5120", "1411"],
        "popularity": 67,
    },
    {
        "title": "Stikla šķiedras ražošana Valmierā: inženiera un operatora darbs",
        "summary": (
            "Prezentācija par stikla šķiedras rūpnīcu Valmierā, tās produkciju un profesijām ražotnē, "
            "laboratorijā un birojā."
        ),
        "body": (
            "Slaidos parādīts, kā no smiltīm un citām izejvielām iegūst stikla šķiedru un kur to izmanto — "
            "lidmašīnās, vēja turbīnās un būvniecībā.\n"
            "Uzņēmuma darbinieki stāsta par ražošanas iekārtu operatora, procesu inženiera un ķīmiķa darbu."
            "\n"
            "Norādītas iespējas apgūt šīs profesijas Valmieras tehnikumā un augstskolās.\n"
            "Noslēgumā skolēni atbild uz jautājumu, kāpēc ražotnei Valmierā ir svarīgi, lai jaunieši pēc "
            "studijām atgrieztos."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Ķīmija, Fizika, Ģeogrāfija",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": ["8181", "2145", "3116"],
        "popularity": 72,
    },
    {
        "title": "Piena ceļš: no fermas līdz jogurtam",
        "summary": (
            "Stunda sākumskolai par to, kā piens nonāk no govs līdz veikalam, un par cilvēkiem, kas strādā "
            "katrā posmā."
        ),
        "body": (
            "Sāciet ar jogurta iepakojuma apskati: kur tas ražots un kas uz tā rakstīts?\n"
            "Bērni sakārto attēlus secībā: ferma, piena mašīna, pārstrādes uzņēmums, laboratorija, veikals."
            "\n"
            "Pie katra attēla pārrunājiet, kas tur strādā — fermeris, šoferis, tehnologs, laborants, "
            "pārdevējs.\n"
            "Noslēgumā bērni paši pagatavo jogurta desertu un uzzīmē savu iepakojumu."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["exploring"],
        "subjects": "Dabaszinības, Sociālās zinības",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": ["6121", "7513", "8160"],
        "popularity": 182,
    },
    {
        "title": "Piena pārstrādes profesijas: tehnologs, laborants un operators",
        "summary": (
            "Darba lapa par piena pārstrādes uzņēmuma darbiniekiem, to pienākumiem un mācību iespējām "
            "pārtikas tehnoloģijās."
        ),
        "body": (
            "Skolēni izlasa trīs darbinieku stāstus no piena pārstrādes uzņēmuma Vidzemē.\n"
            "Tabulā viņi ieraksta katra darbinieka pienākumus, darba laiku un nepieciešamo izglītību.\n"
            "Papildu uzdevumā jāsalīdzina siera un jogurta ražošanas posmi.\n"
            "Noslēgumā skolēni atzīmē, kura no trim profesijām viņiem šķiet interesantākā un kāpēc."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Ķīmija, Bioloģija, Mājturība un tehnoloģijas",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": ["7513", "8160", "3111"],
        "popularity": 175,
    },
    {
        "title": "Programmatūras izstrāde Valmierā: tikšanās ar IT komandu",
        "summary": (
            "Stundas plāns tikšanās reizei ar vietējā IT uzņēmuma komandu, lai skolēni uzzinātu, kā top "
            "programmatūra un kādas lomas ir komandā."
        ),
        "body": (
            "Pirms tikšanās skolēni uzzina, ko dara programmētājs, testētājs, projektu vadītājs un "
            "lietotāja saskarnes dizainers.\n"
            "Uzņēmuma pārstāvji parāda kādu reālu projektu no idejas līdz gatavai lietotnei.\n"
            "Skolēni mazās grupās izpilda vienkāršu uzdevumu — atrod kļūdas lietotnes prototipā.\n"
            "Noslēgumā skolēni uzdod sagatavotos jautājumus par studijām, praksi un darbu Valmierā."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Programmēšana, Datorika",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": ["2512", "2519", "2513"],
        "popularity": 120,
    },
    {
        "title": "Būvniecības profesijas Vidzemē: no projekta līdz mājai",
        "summary": (
            "Prezentācija par būvniecības nozari un tās profesijām — arhitektu, būvinženieri, mūrnieku, "
            "elektriķi un būvdarbu vadītāju."
        ),
        "body": (
            "Slaidos parādīts, kā tiek uzbūvēta privātmāja: projekts, pamati, sienas, jumts, inženiertīkli "
            "un apdare.\n"
            "Katrā posmā ir norādīts speciālists un viņa galvenie instrumenti.\n"
            "Skolēni uzzina par būvniecības programmām tehnikumos un būvinženiera studijām.\n"
            "Noslēgumā grupas aprēķina, cik ķieģeļu vajadzīgs vienai sienai, un pārrunā, kur matemātika "
            "noder būvlaukumā."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Dizains un tehnoloģijas, Matemātika",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": ["2142", "7111", "7112"],
        "popularity": 258,
    },
    {
        "title": "Vidzemes Augstskolas iepazīšanās diena",
        "summary": (
            "Stundas plāns vidusskolēnu vizītei augstskolā, lai iepazītu studiju programmas, studentu dzīvi"
            " un uzņemšanas nosacījumus."
        ),
        "body": (
            "Pirms vizītes skolēni augstskolas mājaslapā izpēta studiju programmas un izvēlas divas, par "
            "kurām uzzinās vairāk.\n"
            "Vizītē ir ekskursija pa auditorijām, dalība atvērtā lekcijā un saruna ar studentiem.\n"
            "Skolēni aizpilda tabulu ar programmas ilgumu, uzņemšanas prasībām un karjeras iespējām.\n"
            "Nākamajā stundā skolēni salīdzina Valmierā iegūto informāciju ar studijām Rīgā un citur."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 180,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": ["2310"],
        "popularity": 27,
    },
    {
        "title": "Kur strādā mūsu vecāki: Valmieras uzņēmumu karte",
        "summary": (
            "Darba lapa, kurā skolēni uz pilsētas kartes atzīmē vietas, kur strādā viņu ģimenes locekļi, un"
            " iepazīst vietējos darba devējus."
        ),
        "body": (
            "Mājās skolēns uzzina, kur un par ko strādā divi ģimenes locekļi.\n"
            "Klasē uz lielas Valmieras kartes katrs ar uzlīmi atzīmē darba vietas.\n"
            "Kopā sagrupējiet darba vietas nozarēs: ražošana, izglītība, veselība, tirdzniecība, IT un "
            "citas.\n"
            "Noslēgumā pārrunājiet, kura nozare pilsētā nodarbina visvairāk cilvēku."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6"],
        "skill_areas": ["exploring"],
        "subjects": "Sociālās zinības, Ģeogrāfija",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 11,
    },
    {
        "title": "Ēnu diena: sagatavošanās un jautājumi darba devējam",
        "summary": (
            "Darba lapa, kas palīdz skolēnam izvēlēties ēnojamo profesiju, pieteikties un sagatavot "
            "jautājumus ēnu dienai."
        ),
        "body": (
            "Pirmajā daļā skolēns uzraksta trīs profesijas, kuras vēlētos ēnot, un pamato izvēli.\n"
            "Otrajā daļā ir padomi, kā aizpildīt pieteikumu ēnu dienas platformā un uzrakstīt īsu "
            "motivāciju.\n"
            "Trešajā daļā skolēns sagatavo vismaz astoņus jautājumus, piemēram, „Kāda bija jūsu pirmā darba"
            " diena?”.\n"
            "Lapas beigās ir atgādne par apģērbu, ierašanos laikā un pateicības vēstuli pēc ēnošanas."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 2,
    },
    {
        "title": "Ēnu dienas refleksija: ko es uzzināju",
        "summary": (
            "Refleksijas anketa pēc ēnu dienas, kas palīdz skolēnam izvērtēt pieredzi un saistīt to ar "
            "saviem karjeras plāniem."
        ),
        "body": (
            "Anketā ir desmit jautājumi par ēnoto profesiju, darba vidi un to, kas pārsteidza.\n"
            "Skolēns novērtē, cik lielā mērā profesija atbilst viņa interesēm, skalā no 1 līdz 10.\n"
            "Atvērtajā daļā skolēns uzraksta, kādas prasmes redzēja darbā un kuras viņam jau ir.\n"
            "Anketas rezultātus var apkopot klases stundā un sagatavot kopīgu stendu."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 252,
    },
    {
        "title": "Intervija ar profesionāli: jautājumu banka",
        "summary": (
            "Vairāk nekā 60 jautājumu intervijām ar dažādu profesiju pārstāvjiem, sagrupēti pēc tēmām un "
            "grūtības pakāpes."
        ),
        "body": (
            "Jautājumi sagrupēti sadaļās: ceļš līdz profesijai, darba ikdiena, prasmes, ienākumi un "
            "nākotne.\n"
            "Katrā sadaļā ir vienkāršāki jautājumi jaunākajiem skolēniem un dziļāki vidusskolēniem.\n"
            "Pirms intervijas skolēns izvēlas desmit jautājumus un sakārto tos loģiskā secībā.\n"
            "Dokumenta beigās ir ieteikumi, kā lūgt atļauju ierakstīt interviju un kā pateikties."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda, Latviešu valoda",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Microcity karjeras izglītības darba grupa",
        "licence": "cc0",
        "occupations": [],
        "popularity": 157,
    },
    {
        "title": "Profesiju stāsti: Ventspils meistari",
        "summary": (
            "Video sērija ar piecām īsām intervijām, kurās Ventspils amatnieki un tehniķi stāsta par savu "
            "darbu un ceļu līdz tam."
        ),
        "body": (
            "Sērijā piedalās galdnieks, metinātājs, elektriķis, konditors un kuģu remontētājs.\n"
            "Katrs video ilgst aptuveni piecas minūtes un beidzas ar padomu jauniešiem.\n"
            "Pēc katra video skolēni pieraksta, kādu izglītību meistars ieguva un kas viņu motivēja.\n"
            "Sēriju var izmantot pirms tehnikuma atvērto durvju dienas."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda, Dizains un tehnoloģijas",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Ventspils Jauniešu māja",
        "licence": "all-rights-reserved",
        "occupations": ["7115", "7212", "7411"],
        "popularity": 241,
    },
    {
        "title": "Vecāku profesiju nedēļa klasē",
        "summary": (
            "Metode, kā organizēt nedēļu, kurā skolēnu vecāki katru dienu iepazīstina klasi ar savu "
            "profesiju."
        ),
        "body": (
            "Mēnesi iepriekš nosūtiet vecākiem aicinājumu un īsu aprakstu, kā sagatavot 15 minūšu "
            "stāstījumu.\n"
            "Iesakiet vecākiem paņemt līdzi darba rīkus, formastērpu vai fotogrāfijas no darba vietas.\n"
            "Pēc katra stāstījuma bērni uzdod jautājumus un uzzīmē vienu lietu, kas palika atmiņā.\n"
            "Nedēļas beigās izveidojiet klases grāmatu „Mūsu vecāku darbi”."
        ),
        "material_type": "method",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 52,
    },
    {
        "title": "Darba tirgus prognozes: kā lasīt NVA datus",
        "summary": (
            "Stundas plāns, kurā vidusskolēni mācās atrast un interpretēt Nodarbinātības valsts aģentūras "
            "darba tirgus prognozes un vakanču statistiku."
        ),
        "body": (
            "Sāciet ar jautājumu: kuras profesijas pēc desmit gadiem būs visvairāk pieprasītas?\n"
            "Skolēni NVA mājaslapā atrod īstermiņa prognozes un vakanču skaitu Kurzemē un Vidzemē.\n"
            "Grupās viņi salīdzina divas profesijas pēc pieprasījuma, vidējās algas un nepieciešamās "
            "izglītības.\n"
            "Pārrunājiet, kāpēc prognozes ir tikai orientieris un kāpēc jāņem vērā arī intereses."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Ekonomika, Sociālās zinības un vēsture",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Nodarbinātības valsts aģentūra, Ventspils filiāle",
        "licence": "cc-by",
        "occupations": ["2631"],
        "popularity": 68,
    },
    {
        "title": "Vakanču sludinājumu analīze",
        "summary": (
            "Darba lapa, kurā skolēni analizē īstus darba sludinājumus, lai saprastu, ko darba devēji "
            "sagaida un kā lasīt prasības."
        ),
        "body": (
            "Izdrukājiet piecus aktuālus vakanču sludinājumus no vietējiem uzņēmumiem.\n"
            "Skolēni katrā sludinājumā pasvītro obligātās prasības ar vienu krāsu un vēlamās — ar citu.\n"
            "Tabulā viņi atzīmē piedāvāto algu, darba laiku un sociālās garantijas.\n"
            "Noslēgumā skolēni izvēlas vienu sludinājumu un uzraksta, kuras prasības jau atbilst un kuras "
            "vēl jāapgūst."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Ekonomika, Latviešu valoda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 111,
    },
    {
        "title": "Algas un profesijas: mīti un fakti",
        "summary": (
            "Prezentācija, kas ar datiem apgāž populārus mītus par algām, piemēram, ka amatnieki nopelna "
            "mazāk nekā biroja darbinieki."
        ),
        "body": (
            "Prezentācijā ir desmit apgalvojumi, un skolēni ar kartītēm balso „mīts” vai „fakts”.\n"
            "Pēc katra balsojuma parādiet datus par vidējām algām Latvijā pēc profesijām un reģioniem.\n"
            "Paskaidrojiet atšķirību starp bruto un neto algu un kāpēc alga nav vienīgais kritērijs.\n"
            "Noslēgumā skolēni pārrunā, kāpēc metinātājs vai elektriķis var nopelnīt vairāk par daudziem "
            "biroja darbiniekiem."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Ekonomika, Matemātika",
        "duration_minutes": 35,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": ["7212", "7411", "2512"],
        "popularity": 67,
    },
    {
        "title": "Vasaras darbs pusaudžiem: kur meklēt un kā pieteikties",
        "summary": (
            "Prezentācija par vasaras darba iespējām Ventspilī un Valmierā, skolēnu nodarbinātības "
            "programmu un pirmo pieteikumu."
        ),
        "body": (
            "Slaidos apkopotas vietas, kur pusaudži bieži strādā vasarā: kafejnīcas, veikali, pilsētas "
            "apzaļumošana, dārzniecības un nometnes.\n"
            "Skaidrots, kā pieteikties NVA skolēnu vasaras nodarbinātības pasākumam un kādi dokumenti "
            "vajadzīgi.\n"
            "Atsevišķs slaids ir par obligāto veselības pārbaudi un rakstisku darba līgumu.\n"
            "Noslēgumā skolēni sastāda sarakstu ar trim vietām, kur varētu pieteikties."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Klases stunda, Ekonomika",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Nodarbinātības valsts aģentūra, Ventspils filiāle",
        "licence": "cc-by",
        "occupations": ["5131", "5223", "6113"],
        "popularity": 233,
    },
    {
        "title": "Skolēnu vasaras nodarbinātības programma: soli pa solim",
        "summary": (
            "Darba lapa, kas vada skolēnu cauri pieteikšanās procesam NVA vasaras nodarbinātības pasākumam."
        ),
        "body": (
            "Pirmais solis: reģistrēties NVA sistēmā kopā ar vecākiem un pārbaudīt vecuma nosacījumus.\n"
            "Otrais solis: izvēlēties darba devēju no piedāvātā saraksta un sekot pieteikšanās termiņiem.\n"
            "Trešais solis: veikt obligāto veselības pārbaudi un noslēgt darba līgumu.\n"
            "Ceturtais solis: pēc darba perioda aizpildīt pašnovērtējumu par iegūtajām prasmēm."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Klases stunda",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Nodarbinātības valsts aģentūra, Ventspils filiāle",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 44,
    },
    {
        "title": "Profesionālās izglītības iestādes Kurzemē un Vidzemē: salīdzinājums",
        "summary": (
            "Darba lapa ar tabulu, kurā skolēni salīdzina tuvāko tehnikumu programmas, dienesta viesnīcas, "
            "stipendijas un prakses vietas."
        ),
        "body": (
            "Skolēni izvēlas trīs profesionālās izglītības iestādes, piemēram, Ventspils Tehnikumu, "
            "Valmieras tehnikumu un Kuldīgas tehnikumu.\n"
            "Tabulā jāieraksta programmas, mācību ilgums, stipendijas apmērs un vai ir dienesta viesnīca.\n"
            "Skolēni atzīmē, kurā iestādē ir darba vidē balstītas mācības un prakse uzņēmumos.\n"
            "Noslēgumā skolēns izvēlas iestādi, kuru vēlētos apmeklēt atvērto durvju dienā."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 244,
    },
    {
        "title": "Atvērto durvju diena tehnikumā: novērošanas uzdevumi",
        "summary": (
            "Uzdevumu lapa devītklasniekiem, kas apmeklē tehnikuma atvērto durvju dienu, lai apmeklējums "
            "būtu mērķtiecīgs."
        ),
        "body": (
            "Pirms apmeklējuma skolēns atzīmē divas programmas, kuras vēlas redzēt.\n"
            "Apmeklējuma laikā jāuzdod vismaz trīs jautājumi audzēkņiem un viens skolotājam.\n"
            "Lapā ir ailes praktisko darbnīcu aprakstam un aprīkojuma novērtējumam.\n"
            "Pēc apmeklējuma skolēns uzraksta, vai viņš varētu iedomāties sevi mācāmies šajā iestādē."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda",
        "duration_minutes": 120,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 117,
    },
    {
        "title": "Metinātāja profesija: prasmes un darba drošība",
        "summary": (
            "Video par metinātāja darbu ražotnē un kuģu remontā, ar uzsvaru uz drošību un profesionālo "
            "izaugsmi."
        ),
        "body": (
            "Video ilgst 12 minūtes, un tajā metinātājs ar 15 gadu pieredzi parāda dažādus metināšanas "
            "veidus.\n"
            "Īpaša uzmanība veltīta aizsargaprīkojumam: maskai, cimdiem un ventilācijai.\n"
            "Jauns tehnikuma absolvents stāsta par metinātāja sertifikātiem un darba iespējām ārzemēs un "
            "Latvijā.\n"
            "Pēc video skolēni aizpilda testu par drošības noteikumiem."
        ),
        "material_type": "video",
        "grade_bands": ["vocational", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Dizains un tehnoloģijas, Fizika",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": ["7212", "7214"],
        "popularity": 97,
    },
    {
        "title": "Pavāra darbs restorāna virtuvē",
        "summary": (
            "Video, kurā jauns pavārs parāda savu darba dienu Ventspils restorānā — no produktu pieņemšanas"
            " līdz vakara servisam."
        ),
        "body": (
            "Video sākas plkst. 7.00, kad pavārs pieņem piegādātos produktus un pārbauda to kvalitāti.\n"
            "Parādīta ēdienu gatavošana, higiēnas prasības un sadarbība ar šefpavāru.\n"
            "Pavārs stāsta par mācībām tehnikumā un praksi Norvēģijā.\n"
            "Pēc video skolēni pārrunā, kāpēc virtuvē svarīga ir stresa noturība un komandas darbs."
        ),
        "material_type": "video",
        "grade_bands": ["vocational", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Mājturība un tehnoloģijas, Sociālās zinības",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Ventspils Jauniešu māja",
        "licence": "cc-by",
        "occupations": ["5120", "3434", "9412"],
        "popularity": 197,
    },
    {
        "title": "Auto mehāniķa ikdiena servisā",
        "summary": (
            "Video par auto mehāniķa darbu mūsdienu autoservisā, kur jāprot gan remontēt motorus, gan "
            "lietot datordiagnostiku."
        ),
        "body": (
            "Video parāda, kā mehāniķis ar diagnostikas datoru nosaka kļūdu elektroauto sistēmā.\n"
            "Mehāniķe stāsta, ka šajā profesijā sieviešu kļūst arvien vairāk.\n"
            "Video beigās ir informācija par autotransporta programmām Valmieras tehnikumā.\n"
            "Skolēni pēc skatīšanās uzraksta trīs prasmes, kas mehāniķim vajadzīgas šodien, bet nebija "
            "vajadzīgas pirms 30 gadiem."
        ),
        "material_type": "video",
        "grade_bands": ["vocational", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Fizika, Dizains un tehnoloģijas",
        "duration_minutes": 15,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": ["7231", "7421"],
        "popularity": 128,
    },
    {
        "title": "Elektriķa profesija: no mācībām līdz sertifikātam",
        "summary": (
            "Prezentācija par elektriķa darbu, mācību ceļu un sertifikāciju, kas nepieciešama patstāvīgam "
            "darbam."
        ),
        "body": (
            "Slaidos aprakstīti elektriķa darbi: ēku elektroinstalācija, rūpnīcu iekārtas un saules paneļu "
            "pieslēgšana.\n"
            "Parādīts mācību ceļš no tehnikuma līdz sertifikātam un darba pieredzei.\n"
            "Īpaša uzmanība pievērsta elektrodrošībai un tam, kāpēc šajā darbā nav vietas paviršībai.\n"
            "Noslēgumā skolēni pārrunā, kāpēc elektriķi ir pieprasīti gan Latvijā, gan citur Eiropā."
        ),
        "material_type": "presentation",
        "grade_bands": ["vocational", "7-9"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Fizika, Dizains un tehnoloģijas",
        "duration_minutes": 35,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": ["7411", "7412", "3113"],
        "popularity": 237,
    },
    {
        "title": "Galdnieks un mēbeļu dizains: praktiskā darba lapa",
        "summary": (
            "Darba lapa par galdnieka un mēbeļu dizainera darbu ar uzdevumu uzskicēt vienkāršu mēbeli un "
            "aprēķināt materiālus."
        ),
        "body": (
            "Skolēni izlasa galdnieces stāstu par darbu mēbeļu darbnīcā Kurzemē.\n"
            "Pēc tam viņi uzskicē taburetes rasējumu ar izmēriem trīs projekcijās.\n"
            "Aprēķinu tabulā jānorāda, cik dēļu, skrūvju un lakas vajadzēs.\n"
            "Noslēgumā skolēni salīdzina galdnieka un mēbeļu dizainera darbu un izglītības ceļu."
        ),
        "material_type": "worksheet",
        "grade_bands": ["vocational", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Dizains un tehnoloģijas, Matemātika",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc-by-nc",
        "occupations": ["7115", "7522", "2163"],
        "popularity": 196,
    },
    {
        "title": "STEM karjeras meitenēm: iedvesmas stāsti",
        "summary": (
            "Prezentācija ar astoņiem Latvijas sieviešu stāstiem inženierijā, IT, fizikā un elektronikā, "
            "lai iedrošinātu meitenes izvēlēties STEM jomas."
        ),
        "body": (
            "Katrai sievietei ir viens slaids ar fotogrāfiju, izglītības ceļu un citātu.\n"
            "Starp stāstiem ir inženiere stikla šķiedras ražotnē, programmētāja un radioastronome.\n"
            "Skolēni pārrunā stereotipus par „vīriešu” un „sieviešu” profesijām un to izcelsmi.\n"
            "Noslēgumā katrs uzraksta vienu STEM jomu, par kuru gribētu uzzināt vairāk."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Fizika, Matemātika, Klases stunda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": ["2142", "2512", "2152"],
        "popularity": 81,
    },
    {
        "title": "Inženieru nedēļa: tiltu būves izaicinājums",
        "summary": (
            "Komandu spēle, kurā skolēni no papīra un līmlentes būvē tiltu, kas iztur pēc iespējas lielāku "
            "slodzi, un iepazīst inženiera darbu."
        ),
        "body": (
            "Katra komanda saņem 20 papīra lapas, metru līmlentes un 40 cm attālumu, kas jāpārklāj.\n"
            "Komandai ir 10 minūtes plānošanai un 20 minūtes būvei.\n"
            "Tiltu pārbauda, uzliekot monētas, līdz tas sabrūk.\n"
            "Pēc spēles pārrunājiet, kā būvinženieri plāno konstrukcijas un kāpēc kļūdas modelī ir "
            "vērtīgas."
        ),
        "material_type": "game",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Fizika, Matemātika, Dizains un tehnoloģijas",
        "duration_minutes": 60,
        "language": "lv",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc-by-sa",
        "occupations": ["2142", "3112"],
        "popularity": 282,
    },
    {
        "title": "Matemātika profesijās: procenti un proporcijas darbā",
        "summary": (
            "Darba lapa ar reāliem uzdevumiem no dažādām profesijām, kuros jāizmanto procenti, proporcijas "
            "un mērvienības."
        ),
        "body": (
            "Uzdevumos pavārs pārrēķina recepti 40 porcijām, mehāniķis aprēķina degvielas patēriņu, "
            "grāmatvedis — PVN.\n"
            "Katra uzdevuma beigās ir jautājums, kādas kļūdas sekas būtu reālajā darbā.\n"
            "Skolēni strādā pāros un pēc tam salīdzina atbildes ar citu pāri.\n"
            "Papildu uzdevumā skolēni izdomā savu uzdevumu par profesiju, ko pārstāv kāds no ģimenes."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Matemātika",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": ["5120", "7231", "3313"],
        "popularity": 36,
    },
    {
        "title": "Ķīmijas laboratorija darbā: laboranta profesija",
        "summary": (
            "Stunda, kurā skolēni veic vienkāršu kvalitātes analīzi un uzzina par laboranta darbu pārtikas "
            "un ražošanas uzņēmumos."
        ),
        "body": (
            "Skolēni nosaka dažādu dzērienu pH un salīdzina rezultātus ar ražotāja norādīto.\n"
            "Uzdevuma laikā viņi aizpilda protokolu tāpat kā īstā laboratorijā.\n"
            "Pārrunājiet, kur laboranti strādā: piena pārstrādē, ūdens saimniecībā, stikla šķiedras "
            "ražošanā.\n"
            "Noslēgumā skolēni izpēta, kur var apgūt laboranta vai ķīmiķa profesiju."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Ķīmija",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by",
        "occupations": ["3111", "2113"],
        "popularity": 96,
    },
    {
        "title": "Zaļās profesijas: atjaunīgā enerģija un aprites ekonomika",
        "summary": (
            "Prezentācija par zaļajām profesijām, kas rodas enerģētikas pārkārtošanās un aprites ekonomikas"
            " dēļ."
        ),
        "body": (
            "Slaidos aprakstīti vēja parku tehniķi, saules paneļu uzstādītāji, energoauditori un vides "
            "inženieri.\n"
            "Parādīts, kā tradicionālās profesijas, piemēram, elektriķis un santehniķis, kļūst „zaļākas”.\n"
            "Skolēni analizē piemērus no Kurzemes, kur plāno jūras vēja parkus.\n"
            "Noslēgumā grupas izdomā jaunu zaļo profesiju, kas varētu rasties pēc desmit gadiem."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Ģeogrāfija, Bioloģija, Ekonomika",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": ["7411", "2143", "2133"],
        "popularity": 296,
    },
    {
        "title": "Atkritumu šķirošanas spēle un vides profesijas",
        "summary": (
            "Rotaļa pirmsskolai un sākumskolai, kurā bērni šķiro atkritumus un iepazīst cilvēkus, kas "
            "rūpējas par tīru vidi."
        ),
        "body": (
            "Bērnudārzā vai klasē sagatavojiet četras krāsainas kastes un tīrus iepakojumus: papīru, "
            "plastmasu, stiklu un bioloģiskos atkritumus.\n"
            "Bērni pa komandām ātrumā šķiro atkritumus pareizajās kastēs.\n"
            "Pēc spēles parādiet attēlus ar atkritumu savācēju, šķirošanas laukuma darbinieku un vides "
            "speciālistu.\n"
            "Pārrunājiet, kas notiktu pilsētā, ja neviens nesavāktu atkritumus."
        ),
        "material_type": "game",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Dabaszinības, Sociālās zinības",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc0",
        "occupations": ["9611", "2133"],
        "popularity": 249,
    },
    {
        "title": "Saules paneļu uzstādītājs: jauna profesija",
        "summary": (
            "Video par saules paneļu uzstādītāja darbu, ko apgūst elektriķi un jumiķi, un par pieprasījumu "
            "pēc šādiem speciālistiem."
        ),
        "body": (
            "Video parāda uzstādītāju brigādes darbu uz privātmājas jumta Valmieras novadā.\n"
            "Brigādes vadītājs stāsta par darbu augstumā, drošības jostām un elektropieslēgumu.\n"
            "Tiek skaidrots, kā elektriķa kvalifikāciju papildināt ar kursiem par saules enerģijas "
            "sistēmām.\n"
            "Pēc video skolēni aprēķina, cik paneļu vajadzētu viņu ģimenes mājai."
        ),
        "material_type": "video",
        "grade_bands": ["vocational", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Fizika, Ģeogrāfija",
        "duration_minutes": 15,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": ["7411", "7121"],
        "popularity": 41,
    },
    {
        "title": "Mežs un karjera: mežsargs, mežizstrādātājs un stādaudzētājs",
        "summary": "Stunda par meža nozares profesijām un ilgtspējīgu mežsaimniecību Latvijā.",
        "body": (
            "Sāciet ar jautājumu: cik liela daļa Latvijas teritorijas ir mežs?\n"
            "Skolēni iepazīst četras profesijas: mežsargu, mežizstrādes tehnikas operatoru, stādaudzētāju "
            "un meža inženieri.\n"
            "Grupās viņi izpēta, kā izskatās katra darba diena dažādos gadalaikos.\n"
            "Noslēgumā skolēni pārrunā, kā meža nozare apvieno dabas aizsardzību un ekonomiku."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Dabaszinības, Bioloģija, Ģeogrāfija",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc-by",
        "occupations": ["6210", "2132", "8341"],
        "popularity": 32,
    },
    {
        "title": "IT profesiju daudzveidība: ne tikai programmētājs",
        "summary": (
            "Prezentācija par dažādām IT profesijām — testētāju, datu analītiķi, dizaineri, sistēmu "
            "administratoru un IT atbalsta speciālistu."
        ),
        "body": (
            "Slaidos ir desmit IT profesijas ar īsu aprakstu un ikdienas darba piemēru.\n"
            "Katrai profesijai norādīts, kuras prasmes ir svarīgākās: loģika, komunikācija, radošums vai "
            "pacietība.\n"
            "Skolēni aizpilda īsu testu, lai noteiktu, kura IT joma viņiem varētu būt tuvākā.\n"
            "Noslēgumā pārrunājiet, kā IT prasmes vajadzīgas arī medicīnā, loģistikā un ražošanā."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Datorika, Programmēšana",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["2512", "2166", "3512"],
        "popularity": 78,
    },
    {
        "title": "Programmēšanas stunda ar Scratch: kā strādā programmētājs",
        "summary": (
            "Datorikas stunda, kurā skolēni Scratch vidē izveido vienkāršu spēli un uzzina, kā strādā "
            "programmētāju komanda."
        ),
        "body": (
            "Skolēni pāros izveido spēli, kurā tēls ķer krītošus ābolus.\n"
            "Viens skolēns ir „programmētājs”, otrs — „testētājs”, kas meklē kļūdas; pēc desmit minūtēm "
            "lomas mainās.\n"
            "Pārrunājiet, kāpēc īstās komandās kļūdu meklēšana ir tikpat svarīga kā koda rakstīšana.\n"
            "Noslēgumā skolēni prezentē spēli un pastāsta, kāda bija lielākā kļūda un kā to izlaboja."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["4-6"],
        "skill_areas": ["exploring"],
        "subjects": "Datorika",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["2512"],
        "popularity": 34,
    },
    {
        "title": "Kiberdrošības detektīvspēle",
        "summary": (
            "Spēle, kurā skolēnu komandas kā kiberdrošības speciālisti izmeklē datu noplūdi izdomātā "
            "uzņēmumā."
        ),
        "body": (
            "Komandas saņem pierādījumu aploksnes: aizdomīgus e-pastus, paroļu sarakstu un tīkla žurnālu.\n"
            "Uzdevums ir noskaidrot, kā uzbrucējs ieguva piekļuvi, un ieteikt trīs aizsardzības pasākumus.\n"
            "Pēc spēles pārrunājiet, ko dara kiberdrošības speciālists un kāpēc šī profesija ir ļoti "
            "pieprasīta.\n"
            "Papildus skolēni pārbauda savu paroļu drošību."
        ),
        "material_type": "game",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Datorika, Sociālās zinības",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "all-rights-reserved",
        "occupations": ["2529", "3512"],
        "popularity": 0,
    },
    {
        "title": "IT atbalsta speciālista darba diena",
        "summary": (
            "Video par IT atbalsta speciālista darbu, kurš palīdz kolēģiem ar datoriem, printeriem un "
            "programmām lielā uzņēmumā."
        ),
        "body": (
            "Video seko speciālistam vienas darba dienas garumā Ventspils uzņēmumā.\n"
            "Parādīts, kā viņš pieņem pieteikumus, risina problēmas attālināti un uzstāda jaunas "
            "darbstacijas.\n"
            "Speciālists stāsta, ka svarīgākā prasme ir prast mierīgi izskaidrot sarežģītas lietas.\n"
            "Pēc video audzēkņi pārrunā, kā no atbalsta speciālista var izaugt par sistēmu administratoru."
        ),
        "material_type": "video",
        "grade_bands": ["vocational", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Datorika",
        "duration_minutes": 15,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["3512", "3513"],
        "popularity": 280,
    },
    {
        "title": "Veselības aprūpes profesijas: māsa, ārsta palīgs un farmaceits",
        "summary": (
            "Prezentācija par veselības aprūpes profesijām, izglītības ceļu un darba iespējām reģionālajās "
            "slimnīcās."
        ),
        "body": (
            "Slaidos salīdzinātas profesijas: ārsts, māsa, ārsta palīgs, farmaceits, fizioterapeits un "
            "radiologa asistents.\n"
            "Katrai norādīts studiju ilgums, galvenie pienākumi un darba apstākļi.\n"
            "Tiek uzsvērts, ka Vidzemes slimnīca un Ziemeļkurzemes reģionālā slimnīca meklē jaunus "
            "speciālistus.\n"
            "Noslēgumā skolēni pārrunā, kādas personības īpašības palīdz strādāt ar pacientiem."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Bioloģija, Sports un veselība",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": ["2221", "2240", "2262"],
        "popularity": 158,
    },
    {
        "title": "Slimnīcas profesiju spēle mazajiem",
        "summary": (
            "Lomu spēle, kurā bērni iejūtas ārsta, medmāsas un pacienta lomā un iepazīst slimnīcas "
            "darbiniekus."
        ),
        "body": (
            "Iekārtojiet spēļu slimnīcu ar rotaļu stetoskopu, pārsējiem un pacientu kartītēm.\n"
            "Bērni pēc kārtas ir ārsts, medmāsa, reģistratūras darbinieks un pacients.\n"
            "Skolotāja palīdz bērniem uzdot jautājumus, piemēram, „Kur tev sāp?”.\n"
            "Pēc spēles pārrunājiet, kāpēc nav jābaidās no ārsta un kā slimnīcā katrs palīdz citiem."
        ),
        "material_type": "game",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Sociālās zinības, Valodas attīstība",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc0",
        "occupations": ["2221", "2211"],
        "popularity": 257,
    },
    {
        "title": "Māsas palīga profesija profesionālajā izglītībā",
        "summary": (
            "Darba lapa par māsas palīga un aprūpētāja darbu ar uzdevumiem par pacienta aprūpi un saskarsmi."
        ),
        "body": (
            "Audzēkņi izlasa divus gadījumu aprakstus no aprūpes nodaļas.\n"
            "Katram gadījumam viņi nosaka, kas jādara māsas palīgam un kad jāinformē māsa.\n"
            "Papildu uzdevumā ir jāatbild uz jautājumiem par higiēnu un pacienta cieņas ievērošanu.\n"
            "Noslēgumā audzēkņi uzraksta, kādas īpašības viņos palīdzētu šajā darbā."
        ),
        "material_type": "worksheet",
        "grade_bands": ["vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Veselības mācība, Saskarsme",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": ["3221", "5321"],
        "popularity": 91,
    },
    {
        "title": "Radošās industrijas: dizains, mūzika un kino",
        "summary": (
            "Prezentācija par radošajām industrijām un to, kā radošas profesijas kļūst par darbu un "
            "uzņēmējdarbību."
        ),
        "body": (
            "Slaidos aprakstītas jomas: dizains, mūzika, kino, spēļu izstrāde, arhitektūra, mode un "
            "reklāma.\n"
            "Katrai jomai ir Latvijas piemērs un informācija par to, kā šie cilvēki pelna iztiku.\n"
            "Skolēni uzzina, kāpēc radošajās profesijās bieži strādā kā pašnodarbinātie.\n"
            "Noslēgumā grupas izdomā radošu pakalpojumu, ko varētu piedāvāt savā pilsētā."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Vizuālā māksla, Mūzika, Kulturoloģija",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": ["2166", "2652", "2654"],
        "popularity": 196,
    },
    {
        "title": "Grafiskais dizainers: plakāta izaicinājums",
        "summary": (
            "Vizuālās mākslas stunda, kurā skolēni kā grafiskā dizaina studija izstrādā plakātu pilsētas "
            "pasākumam pēc klienta darba uzdevuma."
        ),
        "body": (
            "Skolotājs spēlē klientu un izsniedz darba uzdevumu: plakāts pilsētas svētkiem, krāsas un "
            "obligātais teksts.\n"
            "Skolēni grupās veido skices, izvēlas labāko un sagatavo galīgo versiju uz papīra vai datorā.\n"
            "Katra grupa „pārdod” savu plakātu klientam, un klients sniedz atgriezenisko saiti.\n"
            "Pārrunājiet, kā grafiskais dizainers sadarbojas ar klientu un kāpēc svarīgi ievērot termiņus."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["7-9"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Vizuālā māksla, Datorika",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": ["2166"],
        "popularity": 31,
    },
    {
        "title": "Fotogrāfa darbs: stāsts vienā kadrā",
        "summary": (
            "Darba lapa par fotogrāfa profesiju, kurā skolēni ar telefonu uzņem vienu kadru, kas izstāsta "
            "stāstu."
        ),
        "body": (
            "Darba lapā ir īss apraksts par to, kur strādā fotogrāfi: žurnālistikā, reklāmā, kāzās un "
            "zinātnē.\n"
            "Skolēni izvēlas tēmu, piemēram, „mana pilsēta no rīta” vai „darbs”, un uzņem vienu "
            "fotogrāfiju.\n"
            "Fotogrāfiju papildina trīs teikumi par to, ko tā stāsta.\n"
            "Klasē skolēni veido izstādi un balso par spēcīgāko stāstu."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Vizuālā māksla",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by-sa",
        "occupations": ["3431"],
        "popularity": 226,
    },
    {
        "title": "Skolēnu mācību uzņēmums: idejas ģenerēšana",
        "summary": (
            "Stundas plāns skolēnu mācību uzņēmuma pirmajam posmam — idejas meklēšanai un tirgus pārbaudei."
        ),
        "body": (
            "Skolēni grupās uzskaita problēmas, ko ikdienā pamana skolā vai pilsētā.\n"
            "Katrai problēmai viņi izdomā vismaz trīs risinājumus — produktus vai pakalpojumus.\n"
            "Ar īsu aptauju klasesbiedriem grupas pārbauda, vai idejai ir pircēji.\n"
            "Noslēgumā izvēlieties vienu ideju, ko attīstīt skolēnu mācību uzņēmumā."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Ekonomika, Uzņēmējdarbības pamati",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": ["1120"],
        "popularity": 227,
    },
    {
        "title": "Uzņēmēja portrets: intervija ar vietējo uzņēmēju",
        "summary": (
            "Darba lapa, ar kuras palīdzību skolēni intervē uzņēmēju savā pilsētā un veido viņa portretu."
        ),
        "body": (
            "Skolēni izvēlas uzņēmēju — kafejnīcas īpašnieku, galdnieku, IT uzņēmuma vadītāju vai zemnieku."
            "\n"
            "Darba lapā ir 12 jautājumi par uzņēmuma sākumu, grūtībām, neveiksmēm un padomiem jauniešiem.\n"
            "Pēc intervijas skolēni uzraksta uzņēmēja portretu vienas lapas apjomā.\n"
            "Labākos portretus var publicēt skolas avīzē vai mājaslapā."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Ekonomika, Latviešu valoda",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by",
        "occupations": ["1120", "1420"],
        "popularity": 41,
    },
    {
        "title": "Gadatirgus klasē: mazie uzņēmēji",
        "summary": (
            "Spēle sākumskolai, kurā bērni gatavo preces, nosaka cenas un pārdod tās klases gadatirgū."
        ),
        "body": (
            "Bērni pa pāriem izdomā preci: grāmatzīmi, apsveikuma kartiņu vai cepumus.\n"
            "Katram pārim ir rotaļnauda un jāizrēķina, cik maksā materiāli un kāda būs cena.\n"
            "Gadatirgū bērni pārmaiņus ir pārdevēji un pircēji.\n"
            "Pēc gadatirgus pārrunājiet, kas bija grūtākais — ražot, pārdot vai skaitīt naudu."
        ),
        "material_type": "game",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Matemātika, Sociālās zinības",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": ["5223", "1420"],
        "popularity": 66,
    },
    {
        "title": "Kas strādā mūsu pilsētā? Rotaļa ar profesiju cepurēm",
        "summary": (
            "Kustību rotaļa bērnudārzam, kurā bērni uzliek dažādu profesiju cepures un attēlo, ko šie "
            "cilvēki dara."
        ),
        "body": (
            "Sagatavojiet cepures vai ķiveres: ugunsdzēsēja ķiveri, pavāra cepuri, būvnieka ķiveri, "
            "jūrnieka cepuri.\n"
            "Bērns izvēlas cepuri, un pārējie min, kura profesija tā ir.\n"
            "Pēc tam bērns ar kustībām parāda, ko šis cilvēks dara, piemēram, dzēš ugunsgrēku vai maisa "
            "zupu.\n"
            "Noslēgumā visi kopā nodzied dziesmu par darbiem pilsētā."
        ),
        "material_type": "game",
        "grade_bands": ["preschool"],
        "skill_areas": ["exploring"],
        "subjects": "Rotaļnodarbība, Sociālā un emocionālā audzināšana",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc0",
        "occupations": ["5411", "5120", "7111"],
        "popularity": 49,
    },
    {
        "title": "Profesiju loto pirmsskolai",
        "summary": (
            "Loto spēle ar 36 profesiju attēliem, kas palīdz pirmsskolēniem paplašināt vārdu krājumu un "
            "iepazīt darbus."
        ),
        "body": (
            "Katrs bērns saņem loto kartiņu ar sešiem attēliem, piemēram, frizieri, pastnieku un "
            "veterinārārstu.\n"
            "Skolotāja velk attēlu no maisiņa un nosauc darbu, bet vecākie bērni to var izdarīt paši.\n"
            "Bērns, kuram ir šis attēls, nosedz to ar podziņu un pastāsta, ko šis cilvēks dara.\n"
            "Spēli var paplašināt, lūdzot bērniem atrast attēlā darba rīku."
        ),
        "material_type": "game",
        "grade_bands": ["preschool"],
        "skill_areas": ["exploring"],
        "subjects": "Valodas attīstība, Matemātika",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc-by-sa",
        "occupations": [],
        "popularity": 11,
    },
    {
        "title": "Pastnieka ceļš: lomu spēle",
        "summary": (
            "Lomu spēle, kurā bērni kļūst par pastniekiem, šķiro vēstules pēc krāsām un nogādā tās „mājās” "
            "grupas telpā."
        ),
        "body": (
            "Sagatavojiet aploksnes ar krāsainiem punktiem un krāsainas „pastkastītes”.\n"
            "Bērni šķiro vēstules pasta nodaļā un tad ar pastnieka somu nes tās pa adresēm.\n"
            "Vecākie bērni var uzrakstīt vai uzzīmēt vēstuli draugam un to „nosūtīt”.\n"
            "Pārrunājiet, kā mūsdienās strādā pasts un kurjeri."
        ),
        "material_type": "game",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Valodas attīstība, Matemātika",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc0",
        "occupations": ["4412"],
        "popularity": 0,
    },
    {
        "title": "Ugunsdzēsēja vizīte bērnudārzā",
        "summary": (
            "Nodarbības plāns ugunsdzēsēju glābēju vizītei, kurā bērni iepazīst profesiju un apgūst "
            "drošības pamatus."
        ),
        "body": (
            "Pirms vizītes bērni kopā ar skolotāju sagatavo jautājumus un uzzīmē ugunsdzēsēju mašīnu.\n"
            "Ugunsdzēsējs parāda aizsargtērpu, ķiveri un pastāsta, kā zvanīt 112.\n"
            "Bērni izmēģina šļūteni ar ūdeni, ja laikapstākļi ļauj, un apskata ugunsdzēsēju mašīnu.\n"
            "Pēc vizītes bērni pārrunā, kādām jābūt ugunsdzēsēja īpašībām — drosmei, spēkam, sadarbībai."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["preschool"],
        "skill_areas": ["exploring"],
        "subjects": "Drošība, Sociālā un emocionālā audzināšana",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc-by",
        "occupations": ["5411"],
        "popularity": 9,
    },
    {
        "title": "Veikala lomu spēle: pārdevējs un pircējs",
        "summary": (
            "Rotaļa ar spēļu veikalu, kurā bērni iepazīst pārdevēja darbu, skaita naudu un mācās pieklājīgi"
            " sazināties."
        ),
        "body": (
            "Iekārtojiet veikalu ar tukšiem iepakojumiem, cenu zīmēm un rotaļnaudu.\n"
            "Bērni pārmaiņus ir pārdevēji, kasieri un pircēji.\n"
            "Pircējs saņem iepirkumu sarakstu ar attēliem, un pārdevējs palīdz atrast preces.\n"
            "Vecākie bērni skaita atlikumu, bet mazākie vienkārši saskaita preces."
        ),
        "material_type": "game",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Matemātika, Valodas attīstība",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc0",
        "occupations": ["5223", "5230"],
        "popularity": 8,
    },
    {
        "title": "Maizes ceļš: no grauda līdz kukulim",
        "summary": "Nodarbība pirmsskolai un sākumskolai par to, kā top maize un kas to audzē, maļ un cep.",
        "body": (
            "Parādiet bērniem rudzu vārpu, graudus, miltus un maizes kukuli.\n"
            "Bērni sakārto attēlus: lauksaimnieks sēj, kombains pļauj, dzirnavnieks maļ, maiznieks cep, "
            "pārdevējs pārdod.\n"
            "Kopā izcepiet mazas maizītes vai pagatavojiet mīklu.\n"
            "Pārrunājiet, cik daudz cilvēku darba ir vienā maizes šķēlē."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Dabaszinības, Mājturība un tehnoloģijas",
        "duration_minutes": 60,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": ["6111", "7512"],
        "popularity": 163,
    },
    {
        "title": "Mana ģimene strādā: zīmējums par vecāku darbu",
        "summary": (
            "Darba lapa, kurā bērni zīmē savu ģimenes locekļu darbu un kopā ar vecākiem papildina to ar "
            "vienu teikumu."
        ),
        "body": (
            "Darba lapā ir divi rāmīši: „Mana mamma strādā” un „Mans tētis strādā”, ko var aizstāt ar "
            "citiem ģimenes locekļiem.\n"
            "Bērns uzzīmē, ko pieaugušais dara darbā, un mājās vecāki pieraksta bērna stāstīto.\n"
            "Grupā bērni parāda zīmējumus un pastāsta par ģimenes darbiem.\n"
            "Skolotāja iejūtīgi atbalsta bērnus, kuru vecāki nestrādā vai ir prom no mājām."
        ),
        "material_type": "worksheet",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Valodas attīstība, Vizuālā māksla",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc0",
        "occupations": [],
        "popularity": 98,
    },
    {
        "title": "Profesiju mīklas",
        "summary": "Mīklu krājums ar 40 mīklām par profesijām, kas attīsta bērnu valodu un domāšanu.",
        "body": (
            "Mīklas sakārtotas no vieglākajām līdz grūtākajām, piemēram, „Ar šķērēm un ķemmi tevi skaistu "
            "dara”.\n"
            "Skolotāja nolasa mīklu, bērni min un atrod pareizo attēlu.\n"
            "Vecākie bērni var paši izdomāt mīklu par kādu profesiju.\n"
            "Mīklas var izmantot rīta aplī, pastaigā vai gaidot pusdienas."
        ),
        "material_type": "game",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Valodas attīstība, Latviešu valoda",
        "duration_minutes": 15,
        "language": "lv",
        "authors": "Ventspils pilsētas bibliotēkas bērnu nodaļa",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 5,
    },
    {
        "title": "Instrumenti un profesijas: kam kas pieder?",
        "summary": (
            "Darba lapa, kurā bērni ar līnijām savieno darba rīkus ar profesijām un paskaidro savu izvēli."
        ),
        "body": (
            "Vienā pusē ir zīmētas profesijas: galdnieks, friziere, zobārste, pavārs, mākslinieks.\n"
            "Otrā pusē ir rīki: āmurs, šķēres, zobu spogulītis, pannas lāpstiņa, ota.\n"
            "Bērns savieno pārus un pastāsta, kā rīku lieto.\n"
            "Papildu uzdevumā bērns uzzīmē rīku, ko viņš vislabprātāk izmantotu."
        ),
        "material_type": "worksheet",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Valodas attīstība, Matemātika",
        "duration_minutes": 15,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc0",
        "occupations": ["7115", "5141", "2261"],
        "popularity": 11,
    },
    {
        "title": "Pilsētas makets: kas būvē mūsu ielu",
        "summary": (
            "Projekta metode sākumskolai, kurā bērni no kartona kastēm veido pilsētas maketu un sadala "
            "būvniecības lomas."
        ),
        "body": (
            "Vispirms bērni ar skolotāju apstaigā skolas apkārtni un vēro ēkas, ielas un tiltus.\n"
            "Klasē sadaliet lomas: arhitekti zīmē plānu, būvnieki līmē ēkas, ceļinieki veido ielas, "
            "elektriķi izvieto apgaismojumu.\n"
            "Darba gaitā komandas regulāri sanāk „būvsapulcē” un pārrunā problēmas.\n"
            "Noslēgumā makets tiek izstādīts, un katra komanda pastāsta par savu darbu."
        ),
        "material_type": "method",
        "grade_bands": ["1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Dizains un tehnoloģijas, Sociālās zinības",
        "duration_minutes": 120,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by-sa",
        "occupations": ["2142", "7112", "2161"],
        "popularity": 85,
    },
    {
        "title": "Profesiju alfabēts",
        "summary": (
            "Darba lapu komplekts, kurā katram alfabēta burtam ir profesija ar attēlu un īsu aprakstu."
        ),
        "body": (
            "Komplektā ir 33 lapas no „A — arhitekts” līdz „Ž — žurnālists”.\n"
            "Katrā lapā bērns izkrāso attēlu, apvelk burtu un izdomā vēl vienu profesiju ar to pašu burtu.\n"
            "Lapas var sasiet grāmatā, ko bērns papildina visu gadu.\n"
            "Materiāls ir piemērots gan burtu apguvei, gan karjeras izglītībai."
        ),
        "material_type": "worksheet",
        "grade_bands": ["1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Latviešu valoda, Valodas attīstība",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc0",
        "occupations": [],
        "popularity": 85,
    },
    {
        "title": "Lauku sēta un lauksaimnieka darbs",
        "summary": "Nodarbība par lauksaimnieka darbu dažādos gadalaikos, dzīvniekiem un tehniku lauku sētā.",
        "body": (
            "Sāciet ar dzīvnieku skaņu minēšanu un attēliem ar govīm, aitām un vistām.\n"
            "Bērni sakārto lauksaimnieka darbus pa gadalaikiem: sēja pavasarī, siena pļauja vasarā, raža "
            "rudenī.\n"
            "Parādiet traktora un kombaina attēlus un pārrunājiet, kāpēc lauksaimniekam jāprot vadīt "
            "tehnika.\n"
            "Ja iespējams, organizējiet ekskursiju uz tuvāko saimniecību."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Dabaszinības, Sociālās zinības",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc-by",
        "occupations": ["6111", "6121", "8341"],
        "popularity": 105,
    },
    {
        "title": "Ārsts, zobārsts un veterinārārsts: kurš ko dara?",
        "summary": (
            "Darba lapa sākumskolai, kurā bērni salīdzina trīs ārstu profesijas un nosaka, pie kura doties "
            "dažādās situācijās."
        ),
        "body": (
            "Darba lapā ir trīs kolonnas ar ārsta, zobārsta un veterinārārsta attēlu.\n"
            "Bērni izgriež situāciju kartītes, piemēram, „sāp zobs” vai „suns klibo”, un ielīmē pareizajā "
            "kolonnā.\n"
            "Pēc tam bērni uzraksta vai uzzīmē, kādus instrumentus izmanto katrs ārsts.\n"
            "Noslēgumā klasē pārrunājiet, kā rūpēties par veselību, lai pie ārsta būtu jāiet retāk."
        ),
        "material_type": "worksheet",
        "grade_bands": ["1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Dabaszinības, Veselības mācība",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": ["2211", "2261", "2250"],
        "popularity": 86,
    },
    {
        "title": "Autobusa vadītājs un satiksmes profesijas",
        "summary": (
            "Nodarbība par cilvēkiem, kas rūpējas par satiksmi pilsētā — autobusa vadītāju, satiksmes "
            "regulētāju un ceļu remontētāju."
        ),
        "body": (
            "Bērni izveido „autobusu” no krēsliem, un viens ir vadītājs, kas piestāj pieturās.\n"
            "Pārrunājiet, kāpēc autobusa vadītājam jābūt uzmanīgam un jāzina satiksmes noteikumi.\n"
            "Parādiet attēlus ar policistu, kas regulē satiksmi, un ceļu strādniekiem.\n"
            "Noslēgumā atkārtojiet drošas ielas šķērsošanas noteikumus."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Drošība, Sociālās zinības",
        "duration_minutes": 35,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc-by",
        "occupations": ["8331", "5412", "9312"],
        "popularity": 46,
    },
    {
        "title": "Skolas darbinieki: kas strādā mūsu skolā",
        "summary": (
            "Stunda pirmajai klasei, kurā bērni iepazīst skolas darbiniekus un viņu darbu, sākot ar "
            "direktoru un beidzot ar pavāri."
        ),
        "body": (
            "Bērni dodas „ekspedīcijā” pa skolu un apciemo virtuvi, bibliotēku, medmāsas kabinetu un "
            "saimniecības daļu.\n"
            "Katram darbiniekam bērni uzdod vienu iepriekš sagatavotu jautājumu.\n"
            "Klasē bērni uzzīmē skolas karti un atzīmē, kur kurš strādā.\n"
            "Noslēgumā uzrakstiet pateicības kartītes skolas darbiniekiem."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": ["2341", "9112", "5120"],
        "popularity": 277,
    },
    {
        "title": "Mazais pavārs: profesija virtuvē",
        "summary": (
            "Metode pirmsskolai, kurā bērni kopā gatavo vienkāršu ēdienu un iepazīst pavāra darbu un higiēnu."
        ),
        "body": (
            "Bērni uzvelk priekšautus, nomazgā rokas un iepazīst virtuves drošības noteikumus.\n"
            "Kopā gatavojiet augļu salātus: bērni mazgā, griež ar bērnu nažiem un sajauc.\n"
            "Sadaliet lomas: šefpavārs, palīgi, galda klājēji un degustētāji.\n"
            "Pēc maltītes pārrunājiet, kas patika visvairāk un kas bija grūti."
        ),
        "material_type": "method",
        "grade_bands": ["preschool"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Mājturība, Valodas attīstība",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc-by",
        "occupations": ["5120", "3434"],
        "popularity": 127,
    },
    {
        "title": "Ceļojums pa profesiju pasauli: tematiskā nedēļa bērnudārzā",
        "summary": (
            "Nedēļas plāns pirmsskolas grupai, kurā katru dienu iepazīst citu jomu — medicīnu, būvniecību, "
            "mākslu, transportu un lauksaimniecību."
        ),
        "body": (
            "Pirmdienā bērni spēlē slimnīcu, otrdienā būvē no klucīšiem, trešdienā glezno kā mākslinieki.\n"
            "Ceturtdienā grupa dodas pastaigā uz autobusu pieturu vai staciju, bet piektdienā apmeklē lauku"
            " sētu vai siltumnīcu.\n"
            "Katras dienas beigās bērni ieliek „ceļojuma pasē” zīmodziņu.\n"
            "Nedēļas noslēgumā vecāki redz izstādi ar bērnu darbiem."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["preschool"],
        "skill_areas": ["exploring"],
        "subjects": "Rotaļnodarbība, Valodas attīstība, Dabaszinības",
        "duration_minutes": 240,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 165,
    },
    {
        "title": "Profesiju pantomīma sākumskolā",
        "summary": "Kustību spēle, kurā bērni bez vārdiem attēlo profesijas, bet klasesbiedri min.",
        "body": (
            "Bērns izvelk kartīti ar profesiju un 30 sekundēs to attēlo ar kustībām.\n"
            "Klase min, un tas, kurš uzmin pirmais, rāda nākamo.\n"
            "Lai spēle būtu grūtāka, pievienojiet mazāk zināmas profesijas, piemēram, ostas loci vai "
            "dārznieku.\n"
            "Pēc spēles pārrunājiet, kuras profesijas bija vieglāk attēlot un kāpēc."
        ),
        "material_type": "game",
        "grade_bands": ["1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Sports un veselība, Teātra māksla",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 54,
    },
    {
        "title": "Dzīvnieku kopēji: zoodārza un patversmes profesijas",
        "summary": (
            "Stunda par cilvēkiem, kas strādā ar dzīvniekiem — veterinārārstu, zoodārza kopēju, suņu "
            "frizieri un patversmes darbinieku."
        ),
        "body": (
            "Bērni pastāsta par saviem mājdzīvniekiem un to, kas par tiem rūpējas.\n"
            "Parādiet fotogrāfijas no dzīvnieku patversmes un zoodārza.\n"
            "Grupās bērni izvēlas vienu dzīvnieku un izdomā, kas būtu jādara, lai tas būtu vesels un "
            "laimīgs.\n"
            "Noslēgumā pārrunājiet, kādas īpašības vajadzīgas darbā ar dzīvniekiem — pacietība, atbildība, "
            "mīlestība."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Dabaszinības, Sociālās zinības",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc-by",
        "occupations": ["2250", "5164", "3240"],
        "popularity": 28,
    },
    {
        "title": "Mana pirmā darba diena: lomu spēle sākumskolā",
        "summary": (
            "Lomu spēle, kurā bērni „pieņemti darbā” klases birojā, veikalā vai bibliotēkā un mācās pildīt "
            "pienākumus."
        ),
        "body": (
            "Klasē iekārtojiet trīs darba vietas: bibliotēku, veikalu un pastu.\n"
            "Katrs bērns saņem „darba līgumu” ar pienākumu sarakstu un vārda zīmi.\n"
            "Pēc 15 minūtēm bērni mainās darba vietām un novērtē, kas patika vislabāk.\n"
            "Noslēgumā pārrunājiet, ko nozīmē būt atbildīgam darbiniekam."
        ),
        "material_type": "game",
        "grade_bands": ["1-3"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Sociālās zinības, Klases stunda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by-sa",
        "occupations": [],
        "popularity": 87,
    },
    {
        "title": "Dārznieka darbs: mūsu klases dobe",
        "summary": (
            "Projekta metode, kurā bērni iekopj dobi skolas dārzā vai uz palodzes un iepazīst dārznieka "
            "profesiju."
        ),
        "body": (
            "Pavasarī bērni izvēlas, ko sēs: redīsus, salātus vai puķes.\n"
            "Katram bērnam ir nedēļas pienākums — laistīšana, ravēšana vai augu mērīšana.\n"
            "Bērni ved augšanas dienasgrāmatu ar zīmējumiem un mērījumiem.\n"
            "Ražas novākšanas svētkos bērni pastāsta, ko iemācījās par dārznieka darbu."
        ),
        "material_type": "method",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Dabaszinības, Mājturība un tehnoloģijas",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc0",
        "occupations": ["6113"],
        "popularity": 63,
    },
    {
        "title": "Mūziķi un mākslinieki: radošās profesijas mazajiem",
        "summary": (
            "Nodarbība pirmsskolai par mūziķiem, gleznotājiem un aktieriem ar iespēju izmēģināt katru lomu."
        ),
        "body": (
            "Bērni klausās trīs dažādu instrumentu skaņas un min, kā tos sauc.\n"
            "Pēc tam viņi glezno mūzikas iedvesmotu zīmējumu.\n"
            "Noslēgumā bērni iestudē īsu izrādi par pasakas varoņiem.\n"
            "Pārrunājiet, ka arī mākslinieki un mūziķi daudz trenējas, lai kļūtu labi."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["preschool"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Mūzika, Vizuālā māksla",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc-by",
        "occupations": ["2652", "2651", "2655"],
        "popularity": 262,
    },
    {
        "title": "Karjeras plānošana 9. klasē: pirmie soļi pēc pamatskolas",
        "summary": (
            "Stundu cikls devītajai klasei, kas palīdz skolēniem sakārtot informāciju par sevi, izglītības "
            "iespējām un sastādīt rīcības plānu pavasarim."
        ),
        "body": (
            "Pirmajā nodarbībā skolēni aizpilda pašnovērtējumu par interesēm, stiprajām pusēm un mācību "
            "sasniegumiem.\n"
            "Otrajā nodarbībā viņi izpēta trīs izglītības ceļus pēc 9. klases: vispārējo vidusskolu, "
            "tehnikumu un arodskolu.\n"
            "Trešajā nodarbībā katrs sastāda plānu ar termiņiem: atvērto durvju dienas, iestājpārbaudījumi,"
            " dokumentu iesniegšana.\n"
            "Plānu ieteicams pārrunāt ar vecākiem un karjeras konsultantu.\n"
            "Nodarbību beigās skolēni ieliek plānu savā portfolio un pēc mēneša pārbauda, kas izdarīts."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 90,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": ["2423"],
        "popularity": 147,
    },
    {
        "title": "Karjeras plānošana 12. klasē: studijas, darbs vai starpgads",
        "summary": (
            "Stundas plāns divpadsmitajai klasei par trim galvenajiem ceļiem pēc vidusskolas un to "
            "salīdzināšanu."
        ),
        "body": (
            "Skolēni uz trim plakātiem — „studijas”, „darbs”, „starpgads” — uzraksta plusus un mīnusus.\n"
            "Grupās viņi izpēta reālus piemērus: bakalaura programmu, vakanci vietējā uzņēmumā un "
            "brīvprātīgā darba programmu.\n"
            "Katrs skolēns aizpilda lēmuma matricu ar saviem kritērijiem un to svaru.\n"
            "Noslēgumā skolēns uzraksta trīs darbības, kas jāpaveic līdz februārim."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": ["2423"],
        "popularity": 129,
    },
    {
        "title": "Vidusskola vai tehnikums? Izvēle pēc 9. klases",
        "summary": (
            "Prezentācija, kas objektīvi salīdzina vispārējo vidējo un profesionālo vidējo izglītību, lai "
            "palīdzētu devītklasniekiem izdarīt izvēli."
        ),
        "body": (
            "Slaidos salīdzināts mācību ilgums, priekšmeti, prakse, stipendijas un iespējas turpināt "
            "studijas.\n"
            "Paskaidrots, ka pēc tehnikuma var studēt augstskolā un pēc vidusskolas var apgūt profesiju "
            "koledžā.\n"
            "Divi absolventi videointervijā stāsta par savu izvēli un to, ko darītu citādi.\n"
            "Noslēgumā skolēni balso anonīmi un pārrunā, kas viņiem izvēlē ir svarīgākais."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 176,
    },
    {
        "title": "Izglītības iestādes izvēles kritēriju tabula",
        "summary": (
            "Darba lapa ar lēmuma matricu, kurā skolēns salīdzina līdz četrām skolām pēc paša izvēlētiem "
            "kritērijiem."
        ),
        "body": (
            "Skolēns uzraksta piecus kritērijus, piemēram, attālums no mājām, programmas, pulciņi, draugi, "
            "dienesta viesnīca.\n"
            "Katram kritērijam piešķir svaru no 1 līdz 3 atbilstoši tā nozīmei.\n"
            "Katru skolu novērtē ar punktiem un reizina ar svaru.\n"
            "Iegūtais rezultāts ir sarunas sākums, nevis galīgais lēmums."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 236,
    },
    {
        "title": "Lēmumu pieņemšanas modelis DECIDES",
        "summary": (
            "Metode, kā vidusskolēniem un audzēkņiem soli pa solim iemācīt pieņemt pārdomātus karjeras "
            "lēmumus pēc DECIDES modeļa."
        ),
        "body": (
            "Modelī ir septiņi soļi: definēt problēmu, izveidot plānu, noskaidrot vērtības, identificēt "
            "alternatīvas, izvērtēt iznākumus, izslēgt neatbilstošās un sākt rīkoties.\n"
            "Skolotājs katru soli ilustrē ar piemēru par studiju programmas izvēli.\n"
            "Skolēni pāros izmanto modeli savam reālam lēmumam.\n"
            "Noslēgumā skolēni pārrunā, kurš solis bija grūtākais."
        ),
        "material_type": "method",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Psiholoģija",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 5,
    },
    {
        "title": "Plusu un mīnusu analīze lēmumu pieņemšanā",
        "summary": (
            "Darba lapa, kurā skolēni izmēģina paplašinātu plusu un mīnusu analīzi ar īstermiņa un "
            "ilgtermiņa sekām."
        ),
        "body": (
            "Skolēns izvēlas lēmumu, piemēram, „pieteikties vasaras darbam ostā vai doties uz nometni”.\n"
            "Tabulā ir četri lauki: plusi tagad, plusi nākotnē, mīnusi tagad, mīnusi nākotnē.\n"
            "Katram punktam skolēns piešķir svaru no 1 līdz 5 un saskaita.\n"
            "Noslēgumā skolēns pārbauda, vai rezultāts sakrīt ar viņa intuīciju, un pārrunā atšķirības."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Matemātika",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 34,
    },
    {
        "title": "SMART mērķi vidusskolēniem",
        "summary": (
            "Darba lapa, kas palīdz pārvērst neskaidras vēlmes konkrētos, izmērāmos un termiņā ierobežotos "
            "mērķos."
        ),
        "body": (
            "Darba lapā izskaidrots SMART akronīms: konkrēts, izmērāms, sasniedzams, nozīmīgs un laikā "
            "noteikts.\n"
            "Skolēni pārraksta piecus neskaidrus mērķus, piemēram, „mācīties labāk”, atbilstoši visiem "
            "kritērijiem.\n"
            "Pēc tam katrs izvirza vienu savu mērķi mācībām un vienu karjeras izpētei.\n"
            "Mērķus skolēns ieliek portfolio un pārbauda pēc sešām nedēļām."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 37,
    },
    {
        "title": "Mērķu kāpnes sākumskolā",
        "summary": "Stunda, kurā bērni mācās sadalīt lielu mērķi mazos soļos un uzzīmēt tos kā kāpnes.",
        "body": (
            "Sāciet ar stāstu par zēnu, kurš gribēja iemācīties braukt ar velosipēdu.\n"
            "Kopā uz tāfeles uzzīmējiet kāpnes un ierakstiet katru soli līdz mērķim.\n"
            "Bērni izvēlas savu mērķi, piemēram, iemācīties peldēt vai izlasīt biezu grāmatu, un uzzīmē "
            "savas kāpnes.\n"
            "Kāpnes piestipriniet pie sienas, un bērni ar uzlīmi atzīmē katru paveikto soli."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda",
        "duration_minutes": 35,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 247,
    },
    {
        "title": "CV rakstīšana: mans pirmais dzīves gājums",
        "summary": (
            "Darba lapa ar paraugu un veidni, ar kuru jaunietis uzraksta savu pirmo CV, arī ja viņam vēl "
            "nav darba pieredzes."
        ),
        "body": (
            "Darba lapā ir divi CV paraugi: vidusskolēnam un tehnikuma audzēknim.\n"
            "Skolēns aizpilda sadaļas: kontaktinformācija, izglītība, prasmes, brīvprātīgais darbs, "
            "intereses.\n"
            "Īpaši pievērsiet uzmanību tam, kā aprakstīt pulciņus, sportu un skolas pasākumus kā pieredzi.\n"
            "Pāros skolēni pārbauda viens otra CV pēc kontrolsaraksta un iesaka uzlabojumus."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Latviešu valoda, Karjeras izglītība",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 15,
    },
    {
        "title": "Motivācijas vēstule: struktūra un piemēri",
        "summary": (
            "Prezentācija par motivācijas vēstules uzbūvi ar labiem un sliktiem piemēriem darba un prakses "
            "pieteikumiem."
        ),
        "body": (
            "Slaidos parādīta vēstules struktūra: uzruna, ievads, kāpēc tieši šis darbs, ko es varu "
            "piedāvāt, noslēgums.\n"
            "Salīdziniet divas vēstules vienai vakancei un pārrunājiet, kura pārliecina labāk.\n"
            "Skolēni uzraksta pirmo rindkopu vēstulei, kas atbild uz izvēlētu sludinājumu.\n"
            "Noslēgumā parādiet biežākās kļūdas: pārāk vispārīgs teksts, pārrakstīts CV un gramatikas "
            "kļūdas."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Latviešu valoda, Karjeras izglītība",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 44,
    },
    {
        "title": "Kā sagatavoties darba intervijai",
        "summary": (
            "Stundas plāns par sagatavošanos darba intervijai — informācijas meklēšanu par uzņēmumu, "
            "atbilžu plānošanu un pirmo iespaidu."
        ),
        "body": (
            "Skolēni uzskaita, kas jāizdara dienu pirms intervijas, intervijas rītā un pēc intervijas.\n"
            "Pārrunājiet, kā izpētīt uzņēmumu: mājaslapa, sociālie tīkli, paziņas.\n"
            "Pāros skolēni sagatavo atbildes uz trim biežiem jautājumiem, piemēram, „Pastāstiet par sevi”.\n"
            "Noslēgumā katrs uzraksta divus jautājumus, ko uzdotu darba devējam."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Latviešu valoda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": ["2423"],
        "popularity": 57,
    },
    {
        "title": "Darba intervijas simulācija",
        "summary": (
            "Lomu spēle, kurā skolēni pārmaiņus ir darba devēji, kandidāti un vērotāji, lai droši "
            "izmēģinātu intervijas situāciju."
        ),
        "body": (
            "Sagatavojiet piecas vakanču kartītes, piemēram, viesmīlis, noliktavas darbinieks, IT atbalsta "
            "praktikants.\n"
            "Darba devējs saņem jautājumu sarakstu, kandidāts — vakances aprakstu, vērotājs — novērtējuma "
            "lapu.\n"
            "Katra intervija ilgst septiņas minūtes, pēc tam vērotājs sniedz atgriezenisko saiti.\n"
            "Pēc trim kārtām visi ir izmēģinājuši visas lomas."
        ),
        "material_type": "game",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Saskarsme",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 141,
    },
    {
        "title": "Biežākie darba intervijas jautājumi: atbilžu vingrinājums",
        "summary": (
            "Darba lapa ar 20 biežākajiem intervijas jautājumiem un paskaidrojumiem, ko darba devējs ar "
            "katru vēlas noskaidrot."
        ),
        "body": (
            "Katram jautājumam ir īss komentārs, piemēram, „Kāpēc vēlaties strādāt pie mums?” pārbauda, vai"
            " esat izpētījis uzņēmumu.\n"
            "Audzēknis izvēlas desmit jautājumus un uzraksta atbildes pēc STAR metodes: situācija, "
            "uzdevums, rīcība, rezultāts.\n"
            "Pāros audzēkņi nolasa atbildes un novērtē, vai tās ir konkrētas.\n"
            "Darba lapas beigās ir jautājumi, ko nedrīkst uzdot intervijā, piemēram, par ģimenes plāniem."
        ),
        "material_type": "worksheet",
        "grade_bands": ["vocational", "10-12"],
        "skill_areas": ["planning"],
        "subjects": "Saskarsme, Karjeras izglītība",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by-nc",
        "occupations": [],
        "popularity": 144,
    },
    {
        "title": "Digitālais karjeras portfolio: izveide soli pa solim",
        "summary": (
            "Stundas plāns, kurā vidusskolēni izveido digitālu karjeras portfolio ar sasniegumiem, darbu "
            "paraugiem un pašrefleksiju."
        ),
        "body": (
            "Skolēni izvēlas rīku — vietņu veidotāju, prezentāciju vai mapi mākonī.\n"
            "Portfolio struktūra: par mani, stiprās puses, sasniegumi, projekti, pieredze, mērķi.\n"
            "Katrā sadaļā skolēns ievieto vismaz vienu pierādījumu, piemēram, sertifikātu, fotogrāfiju vai "
            "darba paraugu.\n"
            "Noslēgumā skolēni pārbauda privātuma iestatījumus un izlemj, ko rādīt publiski."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Datorika, Klases stunda",
        "duration_minutes": 80,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 28,
    },
    {
        "title": "Portfolio sākumskolā: mani sasniegumi mapē",
        "summary": (
            "Metode, kā sākumskolā ieviest vienkāršu sasniegumu mapi, ko bērni papildina visu gadu un rāda "
            "vecākiem."
        ),
        "body": (
            "Katram bērnam ir mape ar trim sadaļām: „es protu”, „es mācos”, „es gribu”.\n"
            "Reizi divās nedēļās bērni izvēlas vienu darbu, ko ievietot mapē.\n"
            "Pirms vecāku dienas bērni sagatavo īsu stāstījumu par savu mapi.\n"
            "Metode palīdz bērniem redzēt savu izaugsmi un mācīties plānot."
        ),
        "material_type": "method",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Klases stunda",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 90,
    },
    {
        "title": "Pirmā alga: nodokļi, budžets un uzkrājumi",
        "summary": (
            "Stundas plāns par pirmās algas izlietošanu — nodokļiem, ikmēneša budžetu, uzkrājumiem un "
            "impulsīviem pirkumiem."
        ),
        "body": (
            "Skolēni saņem izdomātu algas lapiņu un aprēķina, cik naudas nonāk kontā pēc nodokļiem.\n"
            "Grupās viņi sastāda mēneša budžetu jaunietim, kurš dzīvo kopā ar vecākiem, un jaunietim, kurš "
            "īrē istabu.\n"
            "Pārrunājiet 50/30/20 likumu un kāpēc uzkrājumi jāsāk veidot jau ar pirmo algu.\n"
            "Noslēgumā skolēni uzraksta savu iedomāto pirmās algas plānu."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Ekonomika, Matemātika",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by",
        "occupations": ["3313", "2412"],
        "popularity": 90,
    },
    {
        "title": "Kabatas nauda un budžets 4.–6. klasei",
        "summary": "Darba lapa par kabatas naudas plānošanu, vēlmēm un vajadzībām un uzkrāšanu mērķim.",
        "body": (
            "Skolēni sašķiro 12 pirkumus vēlmēs un vajadzībās.\n"
            "Tad viņi plāno, kā četru nedēļu laikā no 5 eiro nedēļā sakrāt naudu velosipēda zvaniņam vai "
            "grāmatai.\n"
            "Papildu uzdevumā jāsalīdzina cenas divos veikalos.\n"
            "Noslēgumā pārrunājiet, kā pieaugušie pelna naudu un kāpēc dažādiem darbiem ir dažāda alga."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6"],
        "skill_areas": ["planning"],
        "subjects": "Matemātika, Sociālās zinības",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 12,
    },
    {
        "title": "Algas lapiņa: ko nozīmē bruto un neto",
        "summary": (
            "Darba lapa, kurā skolēni iemācās lasīt algas aprēķinu un saprast iedzīvotāju ienākuma nodokli "
            "un sociālās iemaksas."
        ),
        "body": (
            "Darba lapā ir algas lapiņas paraugs ar skaidrojumiem katrai rindai.\n"
            "Skolēni aprēķina neto algu trim piemēriem ar dažādām bruto summām.\n"
            "Pārrunājiet, kam tiek izmantotas sociālās iemaksas — pensijai, slimības pabalstam un "
            "bezdarbam.\n"
            "Noslēgumā skolēni pārbauda, vai aprēķins atbilst VID algas kalkulatoram."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Ekonomika, Matemātika",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by",
        "occupations": ["3313", "4313"],
        "popularity": 139,
    },
    {
        "title": "Uzņemšana augstskolās: eksāmeni un konkurss",
        "summary": (
            "Prezentācija par to, kā notiek uzņemšana augstskolās Latvijā — centralizēto eksāmenu nozīme, "
            "konkursa punkti un pieteikšanās termiņi."
        ),
        "body": (
            "Slaidos izskaidrots, kā centralizēto eksāmenu rezultāti tiek pārrēķināti konkursa punktos.\n"
            "Parādīts, kā pieteikties vienotajā uzņemšanas sistēmā un ko nozīmē budžeta un maksas vietas.\n"
            "Skolēni aprēķina savus iespējamos punktus divās programmās.\n"
            "Noslēgumā apkopojiet svarīgos datumus no janvāra līdz augustam."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": ["2310"],
        "popularity": 1,
    },
    {
        "title": "Studiju programmas izvēle: salīdzināšanas darba lapa",
        "summary": (
            "Darba lapa, kas palīdz vidusskolēnam salīdzināt trīs studiju programmas pēc satura, ilguma, "
            "izmaksām un karjeras iespējām."
        ),
        "body": (
            "Skolēns izvēlas trīs programmas, kas viņu interesē, vismaz vienu ārpus Rīgas.\n"
            "Tabulā ieraksta studiju kursus, prakses iespējas, absolventu nodarbinātību un studiju maksu.\n"
            "Papildu ailē skolēns atzīmē, cik daudz kursu viņu patiesi interesē.\n"
            "Noslēgumā skolēns sarindo programmas un uzraksta, ko vēl nepieciešams noskaidrot."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 155,
    },
    {
        "title": "Starpgads pēc vidusskolas: iespējas un riski",
        "summary": (
            "Prezentācija par starpgadu — kā to izmantot jēgpilni, kādas ir iespējas ārzemēs un Latvijā un "
            "kā atgriezties mācībās."
        ),
        "body": (
            "Slaidos parādīti starpgada veidi: darbs, brīvprātīgais darbs, ceļošana, kursi un valodu "
            "apguve.\n"
            "Pārrunājiet riskus: zaudēta mācību rutīna, finansiāls spiediens, neskaidrs mērķis.\n"
            "Trīs jaunieši videoklipos stāsta par savu starpgadu.\n"
            "Noslēgumā skolēni sastāda plānu, kā starpgadu izmantot, ja viņi to izvēlētos."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 249,
    },
    {
        "title": "Eiropas Solidaritātes korpuss un brīvprātīgais darbs",
        "summary": (
            "Stundas plāns par brīvprātīgā darba iespējām Latvijā un ārzemēs un to, kā šī pieredze palīdz "
            "karjerā."
        ),
        "body": (
            "Sāciet ar jautājumu: kāpēc cilvēki strādā bez atalgojuma?\n"
            "Skolēni iepazīstas ar Eiropas Solidaritātes korpusa programmu un vietējām brīvprātīgā darba "
            "iespējām.\n"
            "Jaunietis no jauniešu centra stāsta par savu pieredzi.\n"
            "Noslēgumā skolēni sastāda sarakstu ar prasmēm, ko var iegūt brīvprātīgajā darbā."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Sociālās zinības un vēsture, Klases stunda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Valmieras Jauniešu centrs",
        "licence": "cc-by",
        "occupations": ["2635"],
        "popularity": 56,
    },
    {
        "title": "Atgriešanās mazpilsētā: karjera Ventspilī vai Valmierā pēc studijām",
        "summary": (
            "Prezentācija par karjeras iespējām dzimtajā pilsētā pēc studijām, vietējiem darba devējiem un "
            "atbalstu jauniem speciālistiem."
        ),
        "body": (
            "Slaidos salīdzinātas dzīves izmaksas, darba iespējas un dzīves kvalitāte mazpilsētā un "
            "galvaspilsētā.\n"
            "Četri jaunieši stāsta, kāpēc pēc studijām Rīgā vai ārzemēs atgriezās Ventspilī vai Valmierā.\n"
            "Parādītas pašvaldību atbalsta programmas, piemēram, dzīvokļi speciālistiem un stipendijas.\n"
            "Noslēgumā skolēni pārrunā, kas viņiem būtu svarīgi, lai atgrieztos."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Klases stunda, Ekonomika",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Microcity karjeras izglītības darba grupa",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 288,
    },
    {
        "title": "Mans karjeras ceļa plāns piecu gadu garumā",
        "summary": (
            "Darba lapa, kurā jaunietis ieplāno savus soļus nākamajiem pieciem gadiem, paredzot arī "
            "alternatīvas."
        ),
        "body": (
            "Lapā ir laika līnija ar pieciem gadiem un trim joslām: izglītība, darbs, personīgā dzīve.\n"
            "Katram gadam skolēns ieraksta galveno mērķi un vienu atbalsta personu.\n"
            "Otrajā lapā skolēns izstrādā B plānu gadījumam, ja galvenais ceļš neizdodas.\n"
            "Plānu ieteicams pārskatīt katru pusgadu."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 141,
    },
    {
        "title": "Laika plānošana pirms eksāmeniem",
        "summary": "Darba lapa ar nedēļas plānotāju un padomiem, kā sadalīt mācību laiku pirms eksāmeniem.",
        "body": (
            "Skolēns ieraksta plānotājā visas fiksētās aktivitātes: stundas, treniņus, ceļu.\n"
            "Atlikušo laiku sadala mācību blokiem pa 45 minūtēm ar pārtraukumiem.\n"
            "Darba lapā ir Eizenhauera matrica uzdevumu sakārtošanai pēc svarīguma un steidzamības.\n"
            "Pēc nedēļas skolēns atzīmē, kas izdevās un kas jāmaina."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 34,
    },
    {
        "title": "Karjeras konsultācijas saruna: vadlīnijas skolēnam",
        "summary": (
            "Metode karjeras konsultantam, kā sagatavot skolēnu individuālajai konsultācijai un padarīt "
            "sarunu mērķtiecīgu."
        ),
        "body": (
            "Pirms konsultācijas skolēns aizpilda īsu anketu par jautājumiem, ko vēlas pārrunāt.\n"
            "Saruna notiek pēc struktūras: situācija, mērķis, iespējas, nākamie soļi.\n"
            "Konsultants un skolēns kopīgi pieraksta vienošanos un termiņus.\n"
            "Pēc mēneša notiek īsa pēcsaruna, lai pārbaudītu progresu."
        ),
        "material_type": "method",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Karjeras izglītība",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": ["2423"],
        "popularity": 48,
    },
    {
        "title": "Individuālais karjeras plāns tehnikuma audzēknim",
        "summary": (
            "Darba lapa audzēkņiem, kurā apvienots profesionālo prasmju pašvērtējums, prakses mērķi un "
            "plāni pēc tehnikuma."
        ),
        "body": (
            "Pirmajā daļā audzēknis novērtē savas profesionālās prasmes pēc izglītības programmas prasībām."
            "\n"
            "Otrajā daļā viņš izvirza mērķus kvalifikācijas praksei un nosauc uzņēmumus, kur vēlētos to "
            "iziet.\n"
            "Trešajā daļā audzēknis plāno, vai pēc tehnikuma strādās, studēs koledžā vai augstskolā.\n"
            "Plānu pārskata kopā ar grupas audzinātāju katra semestra beigās."
        ),
        "material_type": "worksheet",
        "grade_bands": ["vocational"],
        "skill_areas": ["planning"],
        "subjects": "Karjeras izglītība, Klases stunda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 74,
    },
    {
        "title": "Prakses vietas meklēšana tehnikuma audzēknim",
        "summary": "Stundas plāns, kā audzēkņiem atrast un pieteikties kvalifikācijas praksei uzņēmumā.",
        "body": (
            "Audzēkņi izveido sarakstu ar desmit uzņēmumiem savā nozarē un reģionā.\n"
            "Pārrunājiet, kā uzrunāt uzņēmumu pa telefonu un e-pastā.\n"
            "Pāros audzēkņi izspēlē telefona sarunu ar uzņēmuma personāla vadītāju.\n"
            "Noslēgumā katrs nosūta vismaz vienu pieteikumu un atzīmē to prakses meklēšanas dienasgrāmatā."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["vocational"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Karjeras izglītība",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 281,
    },
    {
        "title": "Kā uzrakstīt e-pastu darba devējam",
        "summary": "Darba lapa par lietišķa e-pasta noformēšanu — temata rindu, uzrunu, saturu un parakstu.",
        "body": (
            "Skolēni salīdzina divus e-pastus: vienu pārāk neformālu un vienu lietišķu.\n"
            "Viņi atzīmē kļūdas: trūkst temata, nav uzrunas, neskaidrs e-pasta adreses nosaukums.\n"
            "Pēc tam katrs uzraksta e-pastu, lūdzot iespēju ēnot vai pieteikties vasaras darbam.\n"
            "Noslēgumā pārbaudiet tekstus pēc kontrolsaraksta."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Latviešu valoda",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 0,
    },
    {
        "title": "Prezentē sevi 60 sekundēs",
        "summary": (
            "Metode, ar kuru skolēni sagatavo un trenē īsu sevis prezentāciju karjeras dienām, intervijām "
            "un tīklošanās pasākumiem."
        ),
        "body": (
            "Skolēni uzraksta prezentāciju pēc formulas: kas es esmu, ko es protu, ko es meklēju.\n"
            "Tekstu saīsina līdz 60 sekundēm un iemācās runāt brīvi.\n"
            "Grupās pa četriem katrs prezentē divas reizes un saņem atgriezenisko saiti par balsi, stāju un"
            " saturu.\n"
            "Labākās prezentācijas var ierakstīt video portfolio."
        ),
        "material_type": "method",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Latviešu valoda, Saskarsme",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 211,
    },
    {
        "title": "Neveiksme iestājpārbaudījumā: B plāns",
        "summary": (
            "Stunda par to, kā rīkoties, ja neizdodas iestāties izvēlētajā skolā vai augstskolā, un kā "
            "sagatavot rezerves plānu."
        ),
        "body": (
            "Sāciet ar stāstiem par zināmiem cilvēkiem, kuriem neizdevās pirmajā reizē.\n"
            "Skolēni pārrunā emocijas, kas rodas pēc neveiksmes, un veidus, kā ar tām tikt galā.\n"
            "Katrs izstrādā B plānu: otrā izvēle, papildu uzņemšana, starpgads vai kursi.\n"
            "Noslēgumā pārrunājiet, ka plāns B nav sliktāks ceļš, tikai cits."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Klases stunda, Psiholoģija",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 10,
    },
    {
        "title": "Stipendijas un studiju kredīti",
        "summary": (
            "Prezentācija par studiju finansēšanas iespējām: budžeta vietām, stipendijām, studiju un "
            "studējošo kredītiem un pašvaldību atbalstu."
        ),
        "body": (
            "Slaidos izskaidrota atšķirība starp studiju kredītu un studējošā kredītu.\n"
            "Parādīti uzņēmumu un fondu stipendiju piemēri, tostarp vietējo uzņēmumu stipendijas.\n"
            "Skolēni aprēķina, cik maksātu trīs studiju gadi dzīvojot Rīgā un Valmierā.\n"
            "Noslēgumā skolēni sastāda sarakstu ar stipendijām, kurām varētu pieteikties."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Ekonomika, Klases stunda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "all-rights-reserved",
        "occupations": [],
        "popularity": 223,
    },
    {
        "title": "Dienesta viesnīca vai īrēts dzīvoklis: dzīve citā pilsētā pēc 9. klases",
        "summary": (
            "Darba lapa jauniešiem, kuri pēc pamatskolas mācīsies citā pilsētā, par dzīvesvietas izvēli, "
            "budžetu un sadzīves prasmēm."
        ),
        "body": (
            "Skolēni salīdzina dienesta viesnīcu, istabas īri un dzīvošanu pie radiem pēc izmaksām un "
            "ērtībām.\n"
            "Kontrolsarakstā jāatzīmē sadzīves prasmes: veļas mazgāšana, ēst gatavošana, budžeta plānošana."
            "\n"
            "Papildu uzdevumā skolēns aprēķina nedēļas ceļa izdevumus uz mājām.\n"
            "Noslēgumā pārrunājiet, kā tikt galā ar ilgām pēc mājām."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Mājturība un tehnoloģijas",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 19,
    },
    {
        "title": "Profesionālās kvalifikācijas līmeņi",
        "summary": (
            "Prezentācija par profesionālās kvalifikācijas līmeņiem Latvijā un to, kā tie saistās ar "
            "Eiropas kvalifikāciju ietvarstruktūru."
        ),
        "body": (
            "Slaidos parādīti kvalifikācijas līmeņi no arodizglītības līdz augstākajai profesionālajai "
            "izglītībai.\n"
            "Katram līmenim ir profesiju piemēri, piemēram, pavāra palīgs, pavārs, ēdināšanas pakalpojumu "
            "speciālists.\n"
            "Paskaidrots, kā var paaugstināt kvalifikāciju mūžizglītībā un modulārajās programmās.\n"
            "Noslēgumā skolēni atrod, kāda līmeņa kvalifikāciju piešķir viņus interesējošā programma."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Karjeras izglītība",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 246,
    },
    {
        "title": "Karjeras krustceles: lēmumu spēle",
        "summary": (
            "Galda spēle, kurā skolēni virza savu tēlu pa karjeras ceļu un krustcelēs pieņem lēmumus ar "
            "dažādām sekām."
        ),
        "body": (
            "Spēles laukumā ir 40 lauciņi, no kuriem 8 ir krustceles ar izvēles kartītēm.\n"
            "Katrā krustcelē spēlētājs izvēlas vienu no diviem ceļiem, piemēram, tehnikums vai vidusskola.\n"
            "Notikumu kartītes atnes pārsteigumus: jauna interese, slimība, darba piedāvājums.\n"
            "Spēles beigās katrs pastāsta sava tēla stāstu un pārrunā, kuri lēmumi bija svarīgākie."
        ),
        "material_type": "game",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc-by-nc-sa",
        "occupations": [],
        "popularity": 88,
    },
    {
        "title": "Karjeras izvēles kļūdas un kā no tām izvairīties",
        "summary": (
            "Video lekcija par biežākajām kļūdām, izvēloties izglītību un profesiju, ar piemēriem un "
            "padomiem."
        ),
        "body": (
            "Video ilgst 18 minūtes, un tajā apskatītas septiņas kļūdas, piemēram, izvēle draugu dēļ vai "
            "tikai pēc algas.\n"
            "Katrai kļūdai ir īss stāsts un padoms, kā to novērst.\n"
            "Apturiet video pēc katras daļas un lūdziet skolēniem nosaukt, vai kāds viņu pazīstams ir "
            "pieļāvis šo kļūdu.\n"
            "Noslēgumā skolēni uzraksta trīs jautājumus, ko sev uzdot pirms izvēles."
        ),
        "material_type": "video",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 5,
    },
    {
        "title": "Darba līgums un pirmās darba dienas",
        "summary": (
            "Stundas plāns par darba līguma saturu, darbinieka tiesībām un pienākumiem un to, kā veiksmīgi "
            "sākt darbu."
        ),
        "body": (
            "Skolēni analizē darba līguma paraugu un atrod darba laiku, atalgojumu, pienākumus un pārbaudes"
            " laiku.\n"
            "Pārrunājiet, kāpēc nedrīkst strādāt bez rakstiska līguma un ko nozīmē „alga aploksnē”.\n"
            "Grupās skolēni sagatavo padomus pirmajai darba nedēļai: jautāt, pierakstīt, iepazīties ar "
            "kolēģiem.\n"
            "Noslēgumā skolēni atbild uz testu par darbinieka tiesībām."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["vocational", "10-12"],
        "skill_areas": ["planning"],
        "subjects": "Sociālās zinības un vēsture, Ekonomika",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Valsts darba inspekcijas konsultante Dace Strazdiņa",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 41,
    },
    {
        "title": "Mūžizglītība: mācīšanās visas dzīves garumā",
        "summary": (
            "Prezentācija par to, kāpēc mūsdienās mācīšanās neapstājas pēc skolas, un par pieaugušo "
            "izglītības iespējām."
        ),
        "body": (
            "Slaidos parādīts, kā mainījušās profesijas pēdējos 30 gados un kuras prasmes noveco visātrāk.\n"
            "Paskaidroti mūžizglītības veidi: kursi, tālmācība, profesionālās pilnveides programmas, "
            "tiešsaistes kursi.\n"
            "Divi pieaugušie stāsta, kā 40 gadu vecumā apguva jaunu profesiju.\n"
            "Noslēgumā skolēni pārrunā, ko varētu mācīties pēc desmit gadiem."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Karjeras izglītība, Sociālās zinības",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 4,
    },
    {
        "title": "Mans nākotnes budžets: dzīves izmaksas Valmierā un Rīgā",
        "summary": (
            "Darba lapa, kurā skolēni salīdzina mēneša dzīves izmaksas jaunietim mazpilsētā un galvaspilsētā."
        ),
        "body": (
            "Skolēni internetā atrod īres, transporta un pārtikas cenas Valmierā un Rīgā.\n"
            "Tabulā viņi aprēķina mēneša kopsummu un nepieciešamo algu.\n"
            "Pārrunājiet, kā laika patēriņš ceļā ietekmē dzīves kvalitāti.\n"
            "Noslēgumā skolēni uzraksta, kurā pilsētā un kāpēc vēlētos dzīvot pirmajos darba gados."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Ekonomika, Matemātika",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 44,
    },
    {
        "title": "Pašnodarbinātais vai darba ņēmējs",
        "summary": (
            "Prezentācija audzēkņiem par atšķirībām starp darbu algotā darbā, pašnodarbinātību un sava "
            "uzņēmuma dibināšanu."
        ),
        "body": (
            "Slaidos salīdzināti nodokļi, sociālās garantijas, riski un brīvība.\n"
            "Piemēros parādīti frizieris, galdnieks un programmētājs, kuri strādā kā pašnodarbinātie.\n"
            "Audzēkņi izvērtē, kāda darba forma viņu profesijā ir izplatītākā.\n"
            "Noslēgumā pārrunājiet, kā VID reģistrēties kā saimnieciskās darbības veicējam."
        ),
        "material_type": "presentation",
        "grade_bands": ["vocational", "10-12"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Ekonomika, Uzņēmējdarbības pamati",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": ["1120"],
        "popularity": 30,
    },
    {
        "title": "Zinātniski pētnieciskais darbs kā karjeras izpētes rīks",
        "summary": (
            "Metode, kā vidusskolas pētniecisko darbu sasaistīt ar nozari, kurā skolēns vēlas strādāt, un "
            "nodibināt kontaktus ar ekspertiem."
        ),
        "body": (
            "Skolēns izvēlas tēmu, kas saistīta ar interesējošo nozari, piemēram, piena produktu kvalitāti "
            "vai ostas kravu apgrozījumu.\n"
            "Darba vadītājs palīdz atrast konsultantu uzņēmumā vai augstskolā.\n"
            "Pētījuma laikā skolēns vismaz reizi apmeklē uzņēmumu un intervē speciālistu.\n"
            "Aizstāvēšanā skolēns pastāsta arī, ko uzzināja par profesiju un vai tā joprojām interesē."
        ),
        "material_type": "method",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Zinātniski pētnieciskais darbs",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 35,
    },
    {
        "title": "LinkedIn profils vidusskolēnam",
        "summary": (
            "Darba lapa, ar kuras palīdzību vidusskolēni izveido pirmo profesionālo profilu un mācās droši "
            "veidot kontaktus."
        ),
        "body": (
            "Darba lapā ir profila sadaļu saraksts: fotogrāfija, virsraksts, kopsavilkums, izglītība, "
            "prasmes.\n"
            "Skolēni uzraksta virsrakstu un trīs teikumu kopsavilkumu par sevi.\n"
            "Pārrunājiet, kā uzrunāt profesionāli ar lūgumu pēc padoma.\n"
            "Noslēgumā skolēni pārbauda privātuma iestatījumus un vecuma ierobežojumus."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Datorika, Klases stunda",
        "duration_minutes": 45,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 57,
    },
    {
        "title": "Mērķi jaunajam mācību gadam",
        "summary": (
            "Darba lapa septembrim, kurā skolēni izvirza mērķus mācībām, interesēm un draudzībai un ieplāno"
            " atskaites punktus."
        ),
        "body": (
            "Skolēns uzraksta trīs mērķus: vienu mācību priekšmetā, vienu ārpusskolas nodarbē un vienu "
            "attiecībās.\n"
            "Katram mērķim ir jānosauc pirmais solis un persona, kas var palīdzēt.\n"
            "Darba lapu glabā klases mapē un decembrī pārskata.\n"
            "Darba lapai ir versija ar attēliem skolēniem, kuriem grūti rakstīt."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 212,
    },
    {
        "title": "Vēstule sev nākotnē",
        "summary": (
            "Metode, kurā skolēni raksta vēstuli sev pēc gada vai pēc skolas beigšanas, aprakstot cerības "
            "un plānus."
        ),
        "body": (
            "Skolēni raksta vēstuli pēc vadošajiem jautājumiem: kas tev šobrīd ir svarīgs, ko tu gribi "
            "sasniegt, no kā baidies.\n"
            "Vēstules ieliek aploksnēs un skolotājs tās glabā līdz noteiktam datumam.\n"
            "Pēc gada skolēni vēstules atver un salīdzina cerības ar to, kas noticis.\n"
            "Refleksijā skolēni pārrunā, kas mainījās un kāpēc."
        ),
        "material_type": "method",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Latviešu valoda, Klases stunda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 98,
    },
    {
        "title": "9. klases absolventa kontrolsaraksts: dokumenti un termiņi",
        "summary": (
            "Kontrolsaraksts devītklasniekiem un vecākiem ar visiem soļiem no janvāra līdz augustam, lai "
            "netiktu nokavēta uzņemšana."
        ),
        "body": (
            "Sarakstā ir mēnešu sadaļas ar uzdevumiem, piemēram, „februāris — atvērto durvju dienas”, "
            "„jūnijs — dokumentu iesniegšana”.\n"
            "Katram uzdevumam ir aile atzīmei un piezīmēm.\n"
            "Pievienots dokumentu saraksts: apliecība par pamatizglītību, sekmju izraksts, medicīniskā "
            "izziņa, fotogrāfijas.\n"
            "Kontrolsarakstu ieteicams piestiprināt pie ledusskapja mājās."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning"],
        "subjects": "Klases stunda",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc0",
        "occupations": [],
        "popularity": 204,
    },
    {
        "title": "Kā runāt ar pusaudzi par karjeru: ceļvedis vecākiem",
        "summary": (
            "Praktisks ceļvedis vecākiem par to, kā uzsākt sarunu ar pusaudzi par nākotni, neizdarot "
            "spiedienu un ieklausoties."
        ),
        "body": (
            "Ceļvedī ieteikts sarunas sākt neformāli — mašīnā, pastaigā vai gatavojot vakariņas, nevis "
            "„nopietnā sapulcē”.\n"
            "Uzdodiet atvērtus jautājumus, piemēram, „Kas tev šonedēļ skolā šķita interesanti?”, un ļaujiet"
            " pusaudzim runāt.\n"
            "Izvairieties salīdzināt ar brāļiem, māsām vai klasesbiedriem un nenoniciniet profesijas, kas "
            "jums šķiet neperspektīvas.\n"
            "Dalieties ar savu karjeras stāstu, ieskaitot kļūdas un pārmaiņas.\n"
            "Ceļveža beigās ir 20 sarunu sākumu saraksts un kontaktinformācija skolas karjeras "
            "konsultantam."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 32,
    },
    {
        "title": "Bērna izvēles atbalstīšana pēc 9. klases",
        "summary": (
            "Ceļvedis vecākiem par to, kā palīdzēt bērnam izvēlēties vidusskolu vai profesionālo izglītību "
            "un pieņemt viņa lēmumu."
        ),
        "body": (
            "Ceļvedis sākas ar izglītības iespēju pārskatu pēc pamatskolas un uzņemšanas termiņiem.\n"
            "Ieteikts kopā ar bērnu apmeklēt vismaz divas atvērto durvju dienas un sarunāties ar "
            "audzēkņiem.\n"
            "Atsevišķā sadaļā skaidrots, ko darīt, ja bērna izvēle atšķiras no vecāku cerībām.\n"
            "Pievienoti jautājumi, ko uzdot skolai: par stipendijām, dienesta viesnīcu, praksi un atbalstu "
            "mācībās."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 140,
    },
    {
        "title": "Vasaras darbs pusaudžiem: tiesības un drošība",
        "summary": (
            "Ceļvedis vecākiem un pusaudžiem par nepilngadīgo nodarbinātības noteikumiem, darba laiku un "
            "drošību vasaras darbā."
        ),
        "body": (
            "Ceļvedī skaidrots, ka bērnus no 13 gadu vecuma drīkst nodarbināt vieglos darbos tikai ar "
            "vecāku rakstisku piekrišanu.\n"
            "Pusaudžiem līdz 18 gadiem noteikts saīsināts darba laiks, aizliegts nakts darbs un darbs "
            "bīstamos apstākļos.\n"
            "Pirms darba uzsākšanas obligāta ir veselības pārbaude un rakstisks darba līgums.\n"
            "Sadaļā par drošību aprakstīts, kā rīkoties, ja darba devējs neievēro noteikumus vai nemaksā "
            "algu.\n"
            "Ceļveža beigās ir kontrolsaraksts, ko vecāki kopā ar pusaudzi var pārbaudīt pirms pirmās darba"
            " dienas."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Vecāku izglītība, Sociālās zinības",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Valsts darba inspekcijas konsultante Dace Strazdiņa",
        "licence": "cc-by",
        "occupations": ["5131", "5223", "6113"],
        "popularity": 174,
    },
    {
        "title": "Pirmsskolas vecuma bērna intereses: kā tās pamanīt",
        "summary": (
            "Ceļvedis vecākiem par to, kā ikdienā vērot bērna intereses un dot iespējas tās attīstīt, "
            "nesteidzinot ar profesijām."
        ),
        "body": (
            "Ceļvedī aprakstīti ikdienas signāli: pie kādām rotaļām bērns atgriežas, par ko jautā, ko zīmē."
            "\n"
            "Ieteikts piedāvāt daudzveidīgu pieredzi — darbnīcas, muzejus, dabu, mūziku — un vērot "
            "reakciju.\n"
            "Vecākiem atgādināts, ka bērna intereses šajā vecumā ātri mainās un tas ir normāli.\n"
            "Pievienots vērošanas kalendārs vienam mēnesim."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["preschool"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 176,
    },
    {
        "title": "Sākumskolēns un profesiju pasaule: idejas ģimenes brīvdienām",
        "summary": (
            "Ceļvedis ģimenēm ar idejām, kā brīvdienās kopā ar bērnu iepazīt profesijas pilsētā un dabā."
        ),
        "body": (
            "Ceļvedī ir 15 idejas, piemēram, apmeklēt tirgu un aprunāties ar zemnieku, aizbraukt uz ostu "
            "vai ugunsdzēsēju depo atvērto durvju dienā.\n"
            "Katrai idejai pievienoti jautājumi, ko bērns var uzdot satiktajiem cilvēkiem.\n"
            "Ieteikts pēc katra izbrauciena kopā uzzīmēt vai ielīmēt fotogrāfiju ģimenes „profesiju "
            "albumā”.\n"
            "Ceļvedī uzsvērts, ka arī mājas darbi — remonts, ēst gatavošana, dārzs — ir iespēja runāt par "
            "profesijām."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["1-3"],
        "skill_areas": ["exploring"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 18,
    },
    {
        "title": "Vecāku sapulce par karjeras izglītību",
        "summary": (
            "Prezentācija klases audzinātājam vecāku sapulcei, kurā izskaidrots, kā skola īsteno karjeras "
            "izglītību un kā vecāki var palīdzēt."
        ),
        "body": (
            "Slaidos ir skolas karjeras izglītības programma pa klasēm un mācību gada pasākumu kalendārs.\n"
            "Paskaidrots, kā vecāki var iesaistīties: pastāstīt par savu profesiju, uzņemt ēnotājus, "
            "apmeklēt atvērto durvju dienas.\n"
            "Viens slaids veltīts tam, kā runāt ar bērnu par izvēli pēc 9. klases.\n"
            "Noslēgumā vecāki aizpilda īsu anketu par to, kā vēlētos iesaistīties."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Vecāku izglītība, Klases stunda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc-by",
        "occupations": ["2423"],
        "popularity": 82,
    },
    {
        "title": "Kad pusaudzis nezina, ko grib: padomi vecākiem",
        "summary": (
            "Ceļvedis vecākiem, kuru bērns vidusskolas beigās vēl nav izlēmis par nākotni, — kā atbalstīt "
            "bez panikas."
        ),
        "body": (
            "Ceļvedī paskaidrots, ka nenoteiktība 17 gadu vecumā ir bieža un ne vienmēr nozīmē slinkumu.\n"
            "Ieteikts palīdzēt bērnam izmēģināt lietas praksē: vasaras darbs, brīvprātīgais darbs, ēnošana,"
            " kursi.\n"
            "Aprakstīts, kā pieteikt bērnu pie karjeras konsultanta un kā sagatavoties sarunai.\n"
            "Sadaļā „Ko nedarīt” brīdināts par draudiem un ultimātiem, kas parasti tikai palielina "
            "pretestību."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 138,
    },
    {
        "title": "Tehnikums kā pirmā izvēle: mīti un fakti vecākiem",
        "summary": (
            "Ceļvedis vecākiem, kas kliedē izplatītus aizspriedumus par profesionālo izglītību un parāda "
            "tās iespējas."
        ),
        "body": (
            "Ceļvedī apskatīti septiņi mīti, piemēram, „tehnikumā mācās tie, kam neveicas” un „pēc "
            "tehnikuma nevar studēt”.\n"
            "Katram mītam pretstatīti fakti un absolventu piemēri.\n"
            "Aprakstītas darba vidē balstītas mācības, kurās audzēkņi daļu laika mācās uzņēmumā un saņem "
            "atlīdzību.\n"
            "Ceļveža beigās ir jautājumi, ko vecāki var uzdot tehnikumam atvērto durvju dienā."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": ["7231", "7411", "5120"],
        "popularity": 175,
    },
    {
        "title": "Pusaudža pirmā alga un ģimenes budžets",
        "summary": "Ceļvedis vecākiem par to, kā palīdzēt pusaudzim gudri rīkoties ar pirmo nopelnīto naudu.",
        "body": (
            "Ceļvedis iesaka pirms pirmās algas vienoties par to, kuri izdevumi tagad būs pusaudža ziņā.\n"
            "Aprakstīti divi modeļi: „trīs burciņas” (tērēt, krāt, dāvināt) un mēneša budžets lietotnē.\n"
            "Vecākiem ieteikts nekontrolēt katru pirkumu, bet pārrunāt lielākos lēmumus.\n"
            "Ceļvedī ir arī padomi par pirmā bankas konta un maksājumu kartes drošību."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Vecāku izglītība, Ekonomika",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 34,
    },
    {
        "title": "Studijas citā pilsētā: kā ģimenei sagatavoties",
        "summary": (
            "Ceļvedis vecākiem, kuru bērns dodas studēt uz Rīgu vai ārzemēm, par praktiskiem un "
            "emocionāliem jautājumiem."
        ),
        "body": (
            "Ceļvedī ir kontrolsaraksts: dzīvesvieta, budžets, veselības apdrošināšana, dokumenti.\n"
            "Aprakstīts, kā vienoties par saziņas biežumu un atbalstu pirmajos mēnešos.\n"
            "Sadaļā par emocijām runāts gan par studenta, gan vecāku pielāgošanos.\n"
            "Ceļvedis atgādina, ka daudzi jaunieši pēc studijām atgriežas dzimtajā pilsētā, ja redz tur "
            "iespējas."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 100,
    },
    {
        "title": "Vecāku loma ēnu dienā",
        "summary": (
            "Īss ceļvedis vecākiem, kā palīdzēt bērnam atrast ēnošanas vietu un kā uzņemt ēnotāju savā "
            "darbavietā."
        ),
        "body": (
            "Ceļvedis iesaka izmantot savus kontaktus, bet ļaut bērnam pašam sazināties ar darba devēju.\n"
            "Vecākiem, kas uzņem ēnotāju, ieteikts sagatavot dienas plānu un vienkāršus uzdevumus.\n"
            "Pēc ēnu dienas ieteikts pārrunāt pieredzi ar jautājumiem: kas pārsteidza, kas nepatika, ko "
            "gribētu redzēt vēl.\n"
            "Pievienota pateicības vēstules veidne."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 40,
    },
    {
        "title": "Kā atbalstīt bērnu eksāmenu laikā",
        "summary": (
            "Ceļvedis vecākiem par to, kā palīdzēt bērnam eksāmenu periodā ar režīmu, uzturu un emocionālu "
            "atbalstu."
        ),
        "body": (
            "Ceļvedī ieteikts kopā ar bērnu izveidot mācību plānu, bet neuzņemties kontroliera lomu.\n"
            "Aprakstīts, cik svarīgs ir miegs, regulāras maltītes un kustības.\n"
            "Sadaļā par emocijām doti teikumi, kas mazina stresu, un teikumi, kurus labāk neteikt.\n"
            "Ceļveža beigās ir kontakti, kur meklēt palīdzību, ja trauksme kļūst pārāk liela."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 68,
    },
    {
        "title": "Bērna digitālā pēda un nākotnes darba devēji",
        "summary": (
            "Ceļvedis vecākiem par to, kā sarunāties ar bērnu par publicēto saturu sociālajos tīklos un tā "
            "ietekmi uz nākotnes karjeru."
        ),
        "body": (
            "Ceļvedī skaidrots, ka darba devēji un augstskolas dažkārt apskata kandidātu publiskos "
            "profilus.\n"
            "Ieteikts kopā ar bērnu ierakstīt viņa vārdu meklētājā un apskatīt rezultātus.\n"
            "Aprakstīti privātuma iestatījumi populārākajos sociālajos tīklos.\n"
            "Uzsvērts, ka digitālā pēda var būt arī pozitīva — projekti, blogs vai portfolio."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning"],
        "subjects": "Vecāku izglītība, Datorika",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 76,
    },
    {
        "title": "Vecāki kā profesiju vēstneši: kā pastāstīt par savu darbu klasē",
        "summary": (
            "Ceļvedis vecākiem, kuri uzaicināti klasē pastāstīt par savu profesiju, ar padomiem bērniem "
            "saprotamam stāstījumam."
        ),
        "body": (
            "Ceļvedī ieteikts stāstījumu sākt ar jautājumu bērniem un runāt ne ilgāk par 15 minūtēm.\n"
            "Ieteikts paņemt līdzi priekšmetu, ko bērni var aptaustīt, un vienu īsu uzdevumu.\n"
            "Aprakstīts, kā vienkārši izskaidrot sarežģītu darbu, piemēram, grāmatveža vai programmētāja.\n"
            "Pievienots stāstījuma plāns ar piecām daļām."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["exploring"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 265,
    },
    {
        "title": "Karjeras gatavības aptauja 9. klasei",
        "summary": (
            "Aptauja devītklasniekiem, kas palīdz noteikt, cik gatavi viņi ir izvēlei pēc pamatskolas, un "
            "kur nepieciešams atbalsts."
        ),
        "body": (
            "Aptaujā ir 18 apgalvojumi četrās jomās: pašizziņa, informētība, lēmuma pieņemšana un rīcība.\n"
            "Skolēns atbild skalā no „nepiekrītu” līdz „pilnīgi piekrītu”.\n"
            "Rezultāti parāda, kurā jomā skolēnam vajadzīgs vairāk atbalsta.\n"
            "Karjeras konsultants var izmantot kopsavilkumu, plānojot grupu nodarbības."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc0",
        "occupations": [],
        "popularity": 203,
    },
    {
        "title": "Vecāku aptauja par bērna nākotnes plāniem",
        "summary": (
            "Anketa vecākiem, lai skola uzzinātu viņu skatījumu uz bērna intereses un plāniem un vajadzīgo "
            "atbalstu."
        ),
        "body": (
            "Anketā ir 12 jautājumi par to, ko vecāki zina par bērna interesēm, kā viņi vērtē izglītības "
            "iespējas un kāda informācija trūkst.\n"
            "Divi jautājumi ļauj vecākiem piedāvāt savu palīdzību, piemēram, uzņemt ēnotājus.\n"
            "Anketu var izplatīt tiešsaistē vai papīra formā vecāku sapulcē.\n"
            "Rezultātus apkopo klases audzinātājs un izmanto, plānojot karjeras pasākumus."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning"],
        "subjects": "Vecāku izglītība",
        "duration_minutes": 15,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 79,
    },
    {
        "title": "Profesionālo interešu aptauja tehnikuma audzēkņiem",
        "summary": (
            "Aptauja audzēkņiem, kas palīdz noskaidrot, kuras specializācijas un darba vides viņus interesē"
            " izvēlētajā nozarē."
        ),
        "body": (
            "Aptaujā ir 30 darba uzdevumi no dažādām specializācijām, piemēram, diagnostika, montāža, "
            "klientu apkalpošana.\n"
            "Audzēknis atzīmē, cik ļoti katrs uzdevums viņam patīk.\n"
            "Rezultātā veidojas profils, kas parāda tuvākās specializācijas un darba vides.\n"
            "Aptauju ieteicams izmantot otrajā kursā pirms prakses vietas izvēles."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["vocational"],
        "skill_areas": ["self_knowledge", "exploring"],
        "subjects": "Karjeras izglītība",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 119,
    },
    {
        "title": "Mana sapņu profesija: aptauja ar smaidiņiem",
        "summary": (
            "Aptauja sākumskolēniem, kurā bērni ar smaidiņiem atzīmē, cik ļoti viņiem patīk dažādas darbības."
        ),
        "body": (
            "Aptaujā ir 15 attēli ar darbībām, piemēram, būvēt, zīmēt, rūpēties par dzīvniekiem, skaitīt.\n"
            "Pie katra attēla bērns apvelk vienu no trim smaidiņiem.\n"
            "Pēc aptaujas bērni sagrupē savas mīļākās darbības un skolotāja palīdz atrast profesijas, kurās"
            " tās noder.\n"
            "Aptauju var atkārtot mācību gada beigās un salīdzināt."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["1-3"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Klases stunda",
        "duration_minutes": 15,
        "language": "lv",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc0",
        "occupations": [],
        "popularity": 45,
    },
    {
        "title": "Nodarbības novērtējuma anketa pēc karjeras dienas",
        "summary": (
            "Īsa anketa skolēniem pēc karjeras dienas vai izstādes, lai organizatori uzzinātu, kas bija "
            "noderīgs."
        ),
        "body": (
            "Anketā ir sešas vērtējuma skalas un divi atvērtie jautājumi.\n"
            "Skolēni novērtē stendus, prezentācijas un iespēju uzdot jautājumus.\n"
            "Atvērtajos jautājumos viņi uzraksta, ko jaunu uzzināja un ko gribētu nākamreiz.\n"
            "Anketa pieejama arī kā tiešsaistes veidlapa ar QR kodu."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["4-6", "7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda",
        "duration_minutes": 10,
        "language": "lv",
        "authors": "Microcity karjeras izglītības darba grupa",
        "licence": "cc0",
        "occupations": [],
        "popularity": 6,
    },
    {
        "title": "Digitālo prasmju pašnovērtējums",
        "summary": (
            "Anketa vidusskolēniem un audzēkņiem, kas balstīta Eiropas digitālās kompetences ietvarā un "
            "palīdz novērtēt digitālās prasmes."
        ),
        "body": (
            "Anketā ir piecas jomas: informācija, komunikācija, satura radīšana, drošība un problēmu "
            "risināšana.\n"
            "Katrā jomā ir četri apgalvojumi ar līmeņiem no pamata līdz augstam.\n"
            "Rezultātā skolēns saņem profilu un ieteikumus kursiem.\n"
            "Anketu var izmantot, gatavojot CV sadaļu par digitālajām prasmēm."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Datorika",
        "duration_minutes": 25,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["3512"],
        "popularity": 20,
    },
    {
        "title": "Studiju gatavības tests",
        "summary": (
            "Anketa divpadsmitklasniekiem, kas palīdz novērtēt patstāvīgas mācīšanās prasmes un gatavību "
            "studijām."
        ),
        "body": (
            "Testā ir 24 apgalvojumi par laika plānošanu, informācijas meklēšanu, rakstīšanu un motivāciju."
            "\n"
            "Rezultāti sagrupēti trīs līmeņos ar ieteikumiem katram.\n"
            "Pēc testa skolēns izvēlas vienu prasmi, ko pilnveidot līdz vidusskolas beigām.\n"
            "Testu var aizpildīt arī kopā ar klases audzinātāju individuālās sarunās."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["10-12"],
        "skill_areas": ["self_knowledge", "planning"],
        "subjects": "Klases stunda",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": ["2310"],
        "popularity": 254,
    },
    {
        "title": "Profesiju aktivitāte: zīmē, rādi, stāsti",
        "summary": (
            "Komandu spēle, kurā profesijas jāizskaidro, zīmējot, rādot ar kustībām vai stāstot bez "
            "aizliegtajiem vārdiem."
        ),
        "body": (
            "Spēlē ir 120 kartītes ar profesijām trīs grūtības līmeņos.\n"
            "Komanda izvelk kartīti, met kauliņu, un tas nosaka, vai jāzīmē, jārāda vai jāstāsta.\n"
            "Par katru uzminētu profesiju komanda pavirzās uz priekšu spēles laukumā.\n"
            "Pēc spēles skolēni izvēlas vienu nezināmu profesiju un par to uzzina vairāk."
        ),
        "material_type": "game",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 88,
    },
    {
        "title": "Karjeras monopols: ceļš no skolas līdz darbam",
        "summary": (
            "Galda spēle, kurā skolēni iegulda laiku un naudu izglītībā, iegūst kvalifikācijas un pretendē "
            "uz darbu."
        ),
        "body": (
            "Spēlētāji sāk ar vienādu laika un naudas daudzumu.\n"
            "Lauciņos var „nopirkt” kursus, prakses vai studiju gadu, kas dod kvalifikācijas kartītes.\n"
            "Vakanču lauciņos var pieteikties darbam, ja ir vajadzīgās kvalifikācijas.\n"
            "Pēc spēles pārrunājiet, kā ieguldījumi izglītībā atmaksājas un kāpēc katram ceļš ir atšķirīgs."
        ),
        "material_type": "game",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Ekonomika, Klases stunda",
        "duration_minutes": 60,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "all-rights-reserved",
        "occupations": [],
        "popularity": 19,
    },
    {
        "title": "Karjeras izlaušanās istaba",
        "summary": (
            "Izlaušanās istabas spēle, kurā komandas atrisina mīklas par profesijām, prasmēm un darba "
            "tirgu, lai „izkļūtu” no klases."
        ),
        "body": (
            "Sagatavojiet piecas slēdzenes vai aploksnes ar kodiem un uzdevumus, kas ved no vienas pie "
            "otras.\n"
            "Uzdevumi: atšifrēt profesiju no apraksta, atrast kļūdas CV, aprēķināt neto algu, sakārtot "
            "uzņemšanas termiņus.\n"
            "Komandām ir 40 minūtes, un skolotājs drīkst dot trīs padomus.\n"
            "Pēc spēles pārrunājiet, kuri uzdevumi bija grūtākie un kāpēc."
        ),
        "material_type": "game",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 50,
        "language": "lv",
        "authors": "Anda Bērziņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "all-rights-reserved",
        "occupations": [],
        "popularity": 151,
    },
    {
        "title": "Prasmju tirgus: apmaiņas spēle",
        "summary": (
            "Spēle, kurā skolēni „pārdod” un „pērk” prasmes, lai izpildītu uzdevumu, un saprot, kāpēc "
            "komandā vajadzīgi dažādi cilvēki."
        ),
        "body": (
            "Katrs skolēns saņem trīs prasmju kartītes, piemēram, „zīmēšana”, „rēķināšana”, „runāšana”.\n"
            "Komandas saņem uzdevumu, piemēram, izveidot plakātu vai uzbūvēt torni, kam vajadzīgas "
            "noteiktas prasmes.\n"
            "Komandas tirgojas ar prasmju kartītēm, līdz tām ir viss vajadzīgais.\n"
            "Pārrunājiet, kuras prasmes bija visvairāk pieprasītas un kā tas līdzinās darba tirgum."
        ),
        "material_type": "game",
        "grade_bands": ["4-6"],
        "skill_areas": ["self_knowledge", "exploring"],
        "subjects": "Klases stunda, Sociālās zinības",
        "duration_minutes": 40,
        "language": "lv",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 180,
    },
    {
        "title": "Kurš es esmu? Profesiju minēšana ar uzlīmēm uz pieres",
        "summary": (
            "Jautājumu spēle, kurā skolēns ar uzlīmi uz pieres uzdod jā/nē jautājumus, lai uzminētu savu "
            "profesiju."
        ),
        "body": (
            "Katram skolēnam uz pieres uzlīmē lapiņu ar profesiju, ko viņš pats neredz.\n"
            "Skolēni staigā pa klasi un uzdod vienu jautājumu katram klasesbiedram, piemēram, „Vai es "
            "strādāju ārā?”.\n"
            "Kad profesija uzminēta, skolēns kļūst par palīgu citiem.\n"
            "Spēli var spēlēt arī angļu valodas stundā."
        ),
        "material_type": "game",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda, Angļu valoda",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 87,
    },
    {
        "title": "Darba devēju ātrie randiņi karjeras dienā",
        "summary": (
            "Metode karjeras dienas organizēšanai, kurā skolēni piecu minūšu sarunās satiek daudzu "
            "profesiju pārstāvjus."
        ),
        "body": (
            "Uzaiciniet 10–15 profesionāļus no dažādām nozarēm un izvietojiet viņus pie atsevišķiem "
            "galdiņiem.\n"
            "Skolēni grupās pa trim pēc signāla pārvietojas no galda uz galdu ik pēc piecām minūtēm.\n"
            "Katrai grupai ir jautājumu kartīte, lai sarunas būtu mērķtiecīgas.\n"
            "Pēc pasākuma skolēni aizpilda refleksijas lapu par trim interesantākajām sarunām."
        ),
        "material_type": "method",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda, Karjeras izglītība",
        "duration_minutes": 90,
        "language": "lv",
        "authors": "Microcity karjeras izglītības darba grupa",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 107,
    },
    {
        "title": "Karjeras nedēļa skolā: organizēšanas metode",
        "summary": (
            "Metode karjeras konsultantiem un audzinātājiem, kā plānot un vadīt visas skolas karjeras "
            "nedēļu ar pasākumiem katrai klašu grupai."
        ),
        "body": (
            "Sāciet plānošanu divus mēnešus iepriekš un izveidojiet darba grupu ar skolēnu pārstāvjiem.\n"
            "Sākumskolai plānojiet profesiju rotaļas un vecāku stāstījumus, pamatskolai — uzņēmumu "
            "apmeklējumus, vidusskolai — augstskolu viesus un ēnošanu.\n"
            "Katrai dienai izvēlieties tēmu, piemēram, „Zaļās profesijas” vai „Mūsu pilsētas uzņēmumi”.\n"
            "Pēc nedēļas apkopojiet atsauksmes un sagatavojiet pārskatu direkcijai."
        ),
        "material_type": "method",
        "grade_bands": ["1-3", "4-6", "7-9", "10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Karjeras izglītība",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": ["2423"],
        "popularity": 0,
    },
    {
        "title": "Karjeras stūrītis klasē",
        "summary": (
            "Metode, kā klasē izveidot pastāvīgu karjeras stūrīti ar informāciju, kas mainās katru mēnesi."
        ),
        "body": (
            "Stūrītim atvēliet ziņojumu dēli vai plauktu un iecēliet skolēnu „redakciju”.\n"
            "Katru mēnesi stūrītī ir viena profesija, viens uzņēmums un viena izglītības iestāde.\n"
            "Skolēni paši sagatavo materiālus: fotogrāfijas, intervijas, avīžu izgriezumus.\n"
            "Mēneša beigās notiek īsa viktorīna par stūrīša saturu."
        ),
        "material_type": "method",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Klases stunda",
        "duration_minutes": None,
        "language": "lv",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 255,
    },
    {
        "title": "Pasaules kafejnīca par nākotnes darbiem",
        "summary": (
            "Diskusiju metode, kurā skolēni pie vairākiem galdiem apspriež, kā tehnoloģijas, klimats un "
            "demogrāfija mainīs darbu."
        ),
        "body": (
            "Sagatavojiet četrus galdus ar jautājumiem, piemēram, „Kuras profesijas aizstās mākslīgais "
            "intelekts?”.\n"
            "Skolēni 10 minūtes diskutē pie viena galda, tad pāriet pie nākamā, bet galda saimnieks paliek."
            "\n"
            "Galda saimnieks jaunajiem dalībniekiem īsi izstāsta iepriekšējo grupu idejas.\n"
            "Noslēgumā saimnieki prezentē kopsavilkumu un klase izvēlas trīs svarīgākās atziņas."
        ),
        "material_type": "method",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Sociālās zinības un vēsture, Ekonomika",
        "duration_minutes": 60,
        "language": "lv",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by-sa",
        "occupations": [],
        "popularity": 11,
    },
    {
        "title": "Mākslīgais intelekts un nākotnes profesijas",
        "summary": (
            "Video diskusija par to, kā mākslīgais intelekts maina darbu IT, medicīnā, grāmatvedībā un "
            "dizainā."
        ),
        "body": (
            "Video ilgst 20 minūtes, un tajā trīs speciālisti stāsta, kā lieto mākslīgā intelekta rīkus "
            "savā ikdienā.\n"
            "Grāmatvede paskaidro, kuri darbi automatizēti, bet programmētājs — kā mainījusies koda "
            "rakstīšana.\n"
            "Pēc video skolēni grupās izvērtē piecas profesijas: kuras daļas var automatizēt un kuras "
            "paliks cilvēkiem.\n"
            "Noslēgumā pārrunājiet, kādas prasmes būs vērtīgas jebkurā gadījumā."
        ),
        "material_type": "video",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Datorika, Sociālās zinības un vēsture",
        "duration_minutes": 30,
        "language": "lv",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["2512", "3313", "2166"],
        "popularity": 4,
    },
    {
        "title": "Policista un robežsarga profesija",
        "summary": (
            "Video par iekšlietu dienestu profesijām — policistu, robežsargu un glābēju — un mācību "
            "iespējām koledžās."
        ),
        "body": (
            "Video parāda policista, robežsarga un ugunsdzēsēja glābēja darba dienu Kurzemē.\n"
            "Darbinieki stāsta par fiziskās sagatavotības prasībām un atlasi.\n"
            "Paskaidrots, kā iestāties Valsts policijas koledžā un citās iekšlietu jomas mācību iestādēs.\n"
            "Pēc video skolēni pārrunā, kādas vērtības ir svarīgas šiem darbiem."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Sociālās zinības un vēsture, Sports un veselība",
        "duration_minutes": 20,
        "language": "lv",
        "authors": "Ventspils Jauniešu māja",
        "licence": "cc-by",
        "occupations": ["5412", "3355", "5411"],
        "popularity": 50,
    },
    {
        "title": "Jaunais uzņēmējs: stāsts no Valmieras",
        "summary": (
            "Video stāsts par jaunieti, kurš vidusskolā sāka skolēnu mācību uzņēmumu un šodien vada savu "
            "kafejnīcu Valmierā."
        ),
        "body": (
            "Video ilgst 11 minūtes un seko uzņēmējam no idejas līdz pirmajam darbiniekam.\n"
            "Uzņēmējs stāsta par neveiksmēm, aizdevumu un to, ko iemācījās skolēnu mācību uzņēmumā.\n"
            "Parādīts, kā viņš sadarbojas ar vietējiem piena un maizes ražotājiem.\n"
            "Pēc video skolēni uzraksta trīs jautājumus uzņēmējam un trīs atziņas sev."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Ekonomika, Uzņēmējdarbības pamati",
        "duration_minutes": 15,
        "language": "lv",
        "authors": "Valmieras Jauniešu centrs",
        "licence": "all-rights-reserved",
        "occupations": ["1120", "1412"],
        "popularity": 1,
    },
    {
        "title": "Career Planning Worksheet for Lower Secondary Pupils",
        "summary": (
            "A two-page worksheet that guides pupils in grades 7–9 through a simple career plan: who I am, "
            "what options I have and what I will do next."
        ),
        "body": (
            "Section one asks pupils to list three interests, three strengths and one value that matters to"
            " them.\n"
            "Section two is a table where they compare two education routes after grade 9, such as a "
            "gymnasium and a vocational school.\n"
            "Section three turns the comparison into three concrete next steps with dates.\n"
            "Pupils share their plans in pairs and each partner asks one follow-up question."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Career education, Form period",
        "duration_minutes": 40,
        "language": "en",
        "authors": "Anna Kalniņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 11,
    },
    {
        "title": "Job Interview Practice: Role-Play Cards",
        "summary": (
            "A set of 30 role-play cards for practising job interviews in English, with interviewer "
            "questions, candidate profiles and observer checklists."
        ),
        "body": (
            "Students work in groups of three: interviewer, candidate and observer.\n"
            "The interviewer draws a job card, for example waiter in a seaside café or warehouse assistant "
            "at the port.\n"
            "The candidate answers five questions, and the observer ticks the checklist for eye contact, "
            "clear answers and examples.\n"
            "Roles rotate every eight minutes so everyone practises each role once."
        ),
        "material_type": "game",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "English, Career education",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Laura Ozola, Valmieras 5. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 106,
    },
    {
        "title": "Writing Your First CV in English",
        "summary": (
            "A lesson plan for upper secondary English classes in which students write a one-page CV in "
            "English using the Europass structure."
        ),
        "body": (
            "Start by comparing a poor CV and a strong CV and let students list the differences.\n"
            "Introduce key vocabulary: work experience, volunteering, skills, references and achievements.\n"
            "Students draft their own CV, describing school projects, clubs and summer jobs as experience.\n"
            "In pairs they proofread each other's CVs using a checklist of common mistakes."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "English",
        "duration_minutes": 80,
        "language": "en",
        "authors": "Laura Ozola, Valmieras 5. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 21,
    },
    {
        "title": "Cover Letter Workshop for Vocational Students",
        "summary": (
            "A workshop that helps vocational students write a short, convincing cover letter for an "
            "internship or first job."
        ),
        "body": (
            "Students read a real internship advert from a local company and underline what the employer "
            "asks for.\n"
            "They plan their letter in four parts: greeting, why this company, what I can offer, closing.\n"
            "Each student writes a first draft of no more than 200 words.\n"
            "Drafts are exchanged and improved with feedback from one classmate and the teacher."
        ),
        "material_type": "method",
        "grade_bands": ["vocational", "10-12"],
        "skill_areas": ["planning"],
        "subjects": "English, Professional communication",
        "duration_minutes": 60,
        "language": "en",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 83,
    },
    {
        "title": "Discovering Your Strengths: A Self-Assessment Lesson",
        "summary": (
            "A lesson plan in which pupils identify their strengths through a card sort, a classmate "
            "interview and a short reflection."
        ),
        "body": (
            "Pupils sort 40 strength cards into three piles: definitely me, sometimes me and not me.\n"
            "In pairs they interview each other about a moment they felt proud of and note the strengths "
            "they hear.\n"
            "Pupils compare the two lists and choose their top three strengths.\n"
            "To finish, each pupil writes one sentence linking a strength to a job they find interesting."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["7-9"],
        "skill_areas": ["self_knowledge"],
        "subjects": "English, Form period",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Anna Kalniņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 265,
    },
    {
        "title": "Holland Code Quiz for Teenagers",
        "summary": (
            "A short English-language quiz based on the RIASEC model that gives teenagers their three-"
            "letter Holland code with example careers."
        ),
        "body": (
            "The quiz has 36 statements, six for each interest type: realistic, investigative, artistic, "
            "social, enterprising and conventional.\n"
            "Students tick the statements they agree with and count the ticks per type.\n"
            "The three highest types make up the Holland code.\n"
            "The answer sheet lists example careers for each code, including jobs in ports, factories, "
            "hospitals and software companies."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["self_knowledge", "exploring"],
        "subjects": "English, Career education",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Euroguidance Latvia",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 83,
    },
    {
        "title": "Values Card Sort for Career Choices",
        "summary": (
            "A method in which students rank 30 work values on cards to discover what matters most to them "
            "in a future job."
        ),
        "body": (
            "Each student receives 30 cards with values such as security, creativity, helping others, high "
            "income and flexible hours.\n"
            "They sort the cards into five columns from very important to not important.\n"
            "Students then pick their top five values and describe a job that would satisfy them.\n"
            "The method works well in individual counselling as well as in groups."
        ),
        "material_type": "method",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Career education, Ethics",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 5,
    },
    {
        "title": "Personality and Work Styles: A Presentation",
        "summary": (
            "A presentation introducing personality traits and work styles, helping students think about "
            "the environments where they work best."
        ),
        "body": (
            "The slides introduce the Big Five personality traits in simple language with everyday "
            "examples.\n"
            "Each trait is linked to work situations, for example teamwork, deadlines and working with "
            "customers.\n"
            "Students complete a quick self-rating and discuss which workplaces might suit them.\n"
            "The last slide stresses that personality describes tendencies and does not limit anyone's "
            "choices."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Psychology, English",
        "duration_minutes": 40,
        "language": "en",
        "authors": "Anna Kalniņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 203,
    },
    {
        "title": "Confidence Circle for Primary Pupils",
        "summary": (
            "A circle-time method for grades 1–3 that builds children's confidence by naming what they can "
            "do and celebrating small successes."
        ),
        "body": (
            "Children sit in a circle and pass a soft toy around.\n"
            'Whoever holds the toy finishes the sentence "I am good at …" and the group claps.\n'
            "In the second round children say something kind about the classmate on their left.\n"
            "Repeat the circle once a week and notice how children's answers grow longer and braver."
        ),
        "material_type": "method",
        "grade_bands": ["1-3"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Form period, English",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc0",
        "occupations": [],
        "popularity": 218,
    },
    {
        "title": "What Happens at the Port? Picture Vocabulary",
        "summary": (
            "An English worksheet with pictures of port jobs and vehicles for pupils learning English in "
            "grades 1–6."
        ),
        "body": (
            "The worksheet shows a busy port with ships, cranes, trucks and workers.\n"
            "Pupils match words such as crane operator, sailor, captain and forklift driver to the "
            "pictures.\n"
            "Older pupils write one sentence about what each worker does.\n"
            "As an extension, the class can watch a short video about the port in Ventspils."
        ),
        "material_type": "worksheet",
        "grade_bands": ["1-3", "4-6"],
        "skill_areas": ["exploring"],
        "subjects": "English",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Laura Ozola, Valmieras 5. vidusskola",
        "licence": "cc-by",
        "occupations": ["3152", "8344", "8350"],
        "popularity": 206,
    },
    {
        "title": "Jobs in My Town: Picture Dictionary for Young Learners",
        "summary": (
            "A picture dictionary of 40 jobs found in a small town, designed for pre-school and early "
            "primary English lessons."
        ),
        "body": (
            "Each page shows one job with a large picture, the English word and a simple sentence, for "
            'example "A baker makes bread."\n'
            "Children colour the pictures and say the words aloud.\n"
            "Teachers can cut the pages into flashcards for memory games.\n"
            "The last page is blank so each child can draw a family member's job."
        ),
        "material_type": "worksheet",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring"],
        "subjects": "English, Language development",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 11,
    },
    {
        "title": "When I Grow Up: Song and Movement Game",
        "summary": (
            "A song and movement game in English for pre-school children, who act out jobs while singing."
        ),
        "body": (
            'Teach the chorus "When I grow up, what will I be?" with a simple clapping rhythm.\n'
            "In each verse the teacher names a job, for example firefighter, doctor or builder, and "
            "children mime the work.\n"
            "Children then suggest their own jobs for new verses.\n"
            "The game is short enough to use as a warm-up before other activities."
        ),
        "material_type": "game",
        "grade_bands": ["preschool"],
        "skill_areas": ["exploring"],
        "subjects": "English, Music",
        "duration_minutes": 15,
        "language": "en",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc0",
        "occupations": [],
        "popularity": 2,
    },
    {
        "title": "Community Helpers Dress-Up Corner",
        "summary": (
            "A play-based method for kindergartens that uses a dress-up corner to explore the jobs of "
            "people who help the community."
        ),
        "body": (
            "Set up a corner with costumes and props for firefighters, nurses, police officers, postal "
            "workers and cooks.\n"
            "Each week add a new job and a picture book about it.\n"
            "Teachers observe which roles children choose and use their questions to plan the next week.\n"
            "Invite a parent who does one of the jobs to visit the corner in uniform."
        ),
        "material_type": "method",
        "grade_bands": ["preschool"],
        "skill_areas": ["exploring"],
        "subjects": "Play, Language development",
        "duration_minutes": None,
        "language": "en",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc0",
        "occupations": ["5411", "2221", "5412"],
        "popularity": 4,
    },
    {
        "title": "Green Jobs of the Future: Presentation for Secondary School",
        "summary": (
            "A presentation on green careers in renewable energy, sustainable forestry and the circular "
            "economy, with examples from Latvia."
        ),
        "body": (
            "The slides explain what makes a job green and why demand for these skills is growing.\n"
            "Examples include offshore wind technicians, energy auditors, recycling managers and "
            "environmental engineers.\n"
            "Students analyse one green job in detail: tasks, education route and salary range.\n"
            "To close, groups debate whether every job will become a green job in the future."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Geography, Biology, English",
        "duration_minutes": 40,
        "language": "en",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": ["7411", "2143", "2133"],
        "popularity": 129,
    },
    {
        "title": "Exploring STEM Careers with Hands-On Challenges",
        "summary": (
            "A lesson plan with three quick engineering and science challenges, each linked to a real STEM "
            "career."
        ),
        "body": (
            "Set up three stations: build a paper tower, design a simple circuit and test water samples.\n"
            "Groups spend 20 minutes at each station and record their results.\n"
            "At each station a card describes the professional who does similar work, such as a civil "
            "engineer, an electronics engineer or a biologist.\n"
            "Finish with a discussion about which challenge groups enjoyed most and why."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Science, Mathematics, English",
        "duration_minutes": 80,
        "language": "en",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc-by",
        "occupations": ["2142", "2152", "2131"],
        "popularity": 272,
    },
    {
        "title": "Software Developer for a Day: Coding Challenge",
        "summary": (
            "A game-based coding challenge in which students work in teams to fix bugs in a simple program "
            "and learn how developers collaborate."
        ),
        "body": (
            "Teams receive a simple web page with five hidden bugs and a list of user complaints.\n"
            "They must find and fix the bugs, writing a short report for each fix.\n"
            'Halfway through, the "client" changes one requirement, just as in real projects.\n'
            "The debrief covers teamwork, testing and communication in software development."
        ),
        "material_type": "game",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Computer science, English",
        "duration_minutes": 60,
        "language": "en",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["2512", "2519"],
        "popularity": 120,
    },
    {
        "title": "Healthcare Careers Explorer Worksheet",
        "summary": (
            "A worksheet that helps students compare healthcare careers by tasks, training length, working "
            "hours and patient contact."
        ),
        "body": (
            "Students research six careers: doctor, nurse, nursing assistant, pharmacist, physiotherapist "
            "and paramedic.\n"
            "For each career they fill in the table with training length, typical tasks and working hours.\n"
            "They then rank the careers by how much direct patient contact each involves.\n"
            "A final question asks which career would suit them and why."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Biology, English",
        "duration_minutes": 40,
        "language": "en",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": ["2221", "2211", "3221"],
        "popularity": 5,
    },
    {
        "title": "Creative Industries Careers: A Video Lesson",
        "summary": (
            "A video lesson introducing careers in design, film, music and games, with interviews with "
            "young Latvian creatives."
        ),
        "body": (
            "The 15-minute video features a graphic designer, a film editor, a sound engineer and a game "
            "artist.\n"
            "Each creative explains how they found their first paid work and how they combine freelance and"
            " employed work.\n"
            "Pause after each interview and ask students what skills they heard mentioned.\n"
            "Students finish by mapping creative jobs that exist in their own town."
        ),
        "material_type": "video",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Visual arts, Music, English",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": ["2166", "2654", "2652"],
        "popularity": 105,
    },
    {
        "title": "Entrepreneurship Pitch Game",
        "summary": (
            'A game in which student teams develop a product idea and pitch it to a panel of "investors" in'
            " three minutes."
        ),
        "body": (
            "Teams identify a problem in their school or town and invent a product or service to solve it.\n"
            "They prepare a three-minute pitch covering the problem, the solution, the customers and the "
            "price.\n"
            "A panel of teachers or local entrepreneurs asks questions and invests play money.\n"
            "The team with the most investment wins, but every team gets written feedback."
        ),
        "material_type": "game",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Economics, English",
        "duration_minutes": 80,
        "language": "en",
        "authors": "Anna Kalniņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": ["1120"],
        "popularity": 52,
    },
    {
        "title": "Reading Job Adverts in English",
        "summary": (
            "A worksheet that teaches students to read English job adverts, understand common abbreviations"
            " and identify key requirements."
        ),
        "body": (
            "Students read four job adverts from European job portals.\n"
            "They underline essential and desirable requirements in different colours.\n"
            "A glossary explains terms such as full-time, shift work, probation period and gross salary.\n"
            "Students then choose the advert they would apply for and explain why in three sentences."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "English",
        "duration_minutes": 40,
        "language": "en",
        "authors": "Laura Ozola, Valmieras 5. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 247,
    },
    {
        "title": "Using Labour Market Information: Eurostat and EURES",
        "summary": (
            "A lesson plan that shows upper secondary students how to find labour market data and job "
            "vacancies across Europe."
        ),
        "body": (
            "Students explore employment rates by region on Eurostat and compare Latvia with two other "
            "countries.\n"
            "They then search the EURES portal for vacancies in a chosen occupation.\n"
            "Groups discuss which skills appear most often in the vacancies they found.\n"
            "The lesson ends with a reflection on whether they would consider working abroad and coming "
            "back later."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Economics, Geography, English",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Nodarbinātības valsts aģentūra, Ventspils filiāle",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 83,
    },
    {
        "title": "Summer Job Safety Checklist for Teenagers",
        "summary": (
            "A one-page checklist that teenagers complete before starting a summer job, covering contracts,"
            " working hours, health checks and safety."
        ),
        "body": (
            "The checklist asks whether there is a written contract, agreed working hours and a named "
            "supervisor.\n"
            "It reminds teenagers that a health check is required before starting work under the age of 18."
            "\n"
            "A section on safety covers protective clothing, breaks and what to do after an accident.\n"
            "The last part lists who to contact if something feels wrong."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning"],
        "subjects": "Form period, English",
        "duration_minutes": 15,
        "language": "en",
        "authors": "Valsts darba inspekcijas konsultante Dace Strazdiņa",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 148,
    },
    {
        "title": "Decision-Making Grid for Choosing a School",
        "summary": (
            "A worksheet with a weighted decision grid that helps grade 9 pupils compare secondary schools "
            "and vocational schools."
        ),
        "body": (
            "Pupils list up to four schools across the top of the grid.\n"
            "They choose five criteria, give each a weight from 1 to 3 and score every school.\n"
            "Multiplying scores by weights gives a total for each school.\n"
            "Pupils discuss whether the result matches their gut feeling and what information is still "
            "missing."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning"],
        "subjects": "Career education, Mathematics",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Anna Kalniņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc0",
        "occupations": [],
        "popularity": 178,
    },
    {
        "title": "SMART Goals for Vocational Learners",
        "summary": (
            "A worksheet that helps vocational students set SMART goals for their qualification practice "
            "and first year of work."
        ),
        "body": (
            "The worksheet explains the five SMART criteria with examples from welding, cooking and IT "
            "support.\n"
            "Students rewrite three vague goals into SMART goals.\n"
            "They then set one goal for their internship and one for improving a practical skill.\n"
            "Goals are reviewed with the group tutor at the end of the internship."
        ),
        "material_type": "worksheet",
        "grade_bands": ["vocational"],
        "skill_areas": ["planning"],
        "subjects": "Career education, English",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 138,
    },
    {
        "title": "Building a Digital Career Portfolio with Free Tools",
        "summary": (
            "A step-by-step guide for teachers on helping students create an online career portfolio using "
            "free website and document tools."
        ),
        "body": (
            "Students choose a free tool and set up pages for about me, skills, projects and goals.\n"
            "They upload at least three pieces of evidence, such as certificates, photos of practical work "
            "or project reports.\n"
            "Each item includes a short reflection on what the student learned.\n"
            "The final step covers privacy settings and deciding what to share with employers."
        ),
        "material_type": "method",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Computer science, Career education",
        "duration_minutes": 90,
        "language": "en",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 180,
    },
    {
        "title": "Your First Payslip Explained",
        "summary": (
            "A presentation that explains each line of a Latvian payslip, from gross salary and income tax "
            "to social contributions and net pay."
        ),
        "body": (
            "The slides walk through a sample payslip for a part-time summer job.\n"
            "Students learn the difference between gross and net salary and why social contributions matter"
            " for pensions.\n"
            "They calculate net pay for three different gross salaries.\n"
            "The last slide suggests a simple budget for the first month's pay."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Economics, Mathematics, English",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "cc-by",
        "occupations": ["3313"],
        "popularity": 255,
    },
    {
        "title": "Budgeting Your First Salary: A Financial Literacy Game",
        "summary": (
            "A board game in which players receive a first salary and must cover rent, food, transport and "
            "savings while facing unexpected events."
        ),
        "body": (
            "Each player starts the month with the same salary and a list of fixed costs.\n"
            "Event cards bring surprises such as a broken phone, a birthday party or a bonus.\n"
            "Players decide whether to spend, save or borrow, and record each decision.\n"
            "At the end of three rounds players compare savings and discuss the choices that made the "
            "biggest difference."
        ),
        "material_type": "game",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Economics, Mathematics",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Gunta Siliņa, Valmieras Pārgaujas ģimnāzija",
        "licence": "all-rights-reserved",
        "occupations": ["2412"],
        "popularity": 262,
    },
    {
        "title": "University Admission in Europe: Comparing Systems",
        "summary": (
            "A presentation comparing how university admission works in Latvia, Estonia, Finland, Germany "
            "and the Netherlands."
        ),
        "body": (
            "The slides compare entry requirements, application deadlines and tuition fees in five "
            "countries.\n"
            "Students learn where centralised exams matter and where motivation letters or entrance tests "
            "are used.\n"
            "In groups they research one programme abroad and one in Latvia.\n"
            "The lesson ends with a discussion of the pros and cons of studying abroad."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "English, Career education",
        "duration_minutes": 40,
        "language": "en",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": ["2310"],
        "popularity": 143,
    },
    {
        "title": "Gap Year Planning Guide",
        "summary": (
            "A guide for students considering a gap year after secondary school, with planning templates "
            "and questions to ask."
        ),
        "body": (
            "The guide describes types of gap years: working, volunteering, travelling and short courses.\n"
            "A planning template helps students set goals, a budget and a timeline.\n"
            "Students answer reflection questions about why they want a gap year and what they hope to "
            "return with.\n"
            "The final page explains how to defer a university place where this is possible."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Career education",
        "duration_minutes": None,
        "language": "en",
        "authors": "Euroguidance Latvia",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 160,
    },
    {
        "title": "Coming Home: Careers in Small Cities After University",
        "summary": (
            "A presentation that encourages students to consider returning to small cities after their "
            "studies and shows real examples."
        ),
        "body": (
            "The slides show young professionals who returned to Ventspils and Valmiera after studying in "
            "Riga or abroad.\n"
            "They explain what influenced their decisions: housing, jobs, family and quality of life.\n"
            "Students compare living costs and commuting time in a small city and a capital.\n"
            "To close, students list what their own town would need to offer to bring them back."
        ),
        "material_type": "presentation",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Form period, English",
        "duration_minutes": 40,
        "language": "en",
        "authors": "Microcity karjeras izglītības darba grupa",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 132,
    },
    {
        "title": "Talking to Your Teenager About Careers: A Parent Guide",
        "summary": (
            "A guide for parents on starting relaxed, open conversations with teenagers about interests, "
            "school choices and future work."
        ),
        "body": (
            "The guide suggests having short conversations during everyday moments rather than formal "
            "talks.\n"
            'It offers open questions such as "What was the most interesting thing this week?" and advice '
            "on listening without judging.\n"
            "Parents are encouraged to share their own career stories, including mistakes and changes of "
            "direction.\n"
            "A final section lists local services that can support families."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Parent education",
        "duration_minutes": None,
        "language": "en",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 258,
    },
    {
        "title": "Supporting Your Child After Grade 9: A Parent Guide",
        "summary": (
            "A guide for parents whose children are choosing between a secondary school and a vocational "
            "school after grade 9."
        ),
        "body": (
            "The guide explains the education routes after basic school and the key admission dates.\n"
            "Parents get a checklist of questions to ask during open days.\n"
            "A section discusses how to respond when a child's choice differs from the parents' "
            "expectations.\n"
            "The guide ends with stories from three families who made different choices."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9"],
        "skill_areas": ["planning"],
        "subjects": "Parent education",
        "duration_minutes": None,
        "language": "en",
        "authors": "Līga Eglīte, Valmieras 2. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 232,
    },
    {
        "title": "Teenage Summer Jobs: A Parent's Guide to Rights and Safety",
        "summary": (
            "A guide for parents on the rules for employing minors in Latvia, safe workplaces and how to "
            "support a teenager's first job."
        ),
        "body": (
            "The guide explains that children from the age of 13 may do light work only with a parent's "
            "written consent.\n"
            "Teenagers under 18 have shorter working hours and may not work at night or in hazardous "
            "conditions.\n"
            "A compulsory health check and a written employment contract are needed before work begins.\n"
            "Parents get tips on discussing pay, breaks and safety with their teenager and the employer."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "Parent education",
        "duration_minutes": None,
        "language": "en",
        "authors": "Valsts darba inspekcijas konsultante Dace Strazdiņa",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 85,
    },
    {
        "title": "Career Conversations at the Dinner Table",
        "summary": (
            "A short guide for parents of children in grades 4–6 with conversation starters about jobs, "
            "skills and dreams."
        ),
        "body": (
            "The guide contains 30 conversation cards for family meals.\n"
            'Examples include "Which job would you swap with for one day?" and "What is something you '
            'taught yourself?".\n'
            "Parents are encouraged to answer the questions too and to share what they enjoy at work.\n"
            "A small section suggests weekend visits to workplaces and museums."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["4-6"],
        "skill_areas": ["self_knowledge", "exploring"],
        "subjects": "Parent education",
        "duration_minutes": None,
        "language": "en",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 243,
    },
    {
        "title": "Job Shadowing Day: Student Reflection Journal",
        "summary": (
            "A reflection journal for students to complete before, during and after a job shadowing day."
        ),
        "body": (
            "Before the visit students write their expectations and five questions for the professional.\n"
            "During the day they record the tasks they observed and the skills needed.\n"
            "Afterwards they rate how well the job matches their interests and explain their rating.\n"
            "The journal can be added to the student's career portfolio."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Career education, English",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Anna Kalniņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 8,
    },
    {
        "title": "Interview a Professional: English Question Bank",
        "summary": (
            "A bank of 50 interview questions in English for students interviewing professionals about "
            "their careers."
        ),
        "body": (
            "Questions are grouped into five themes: career path, daily tasks, skills, challenges and "
            "advice.\n"
            "Each theme has easier questions for younger students and deeper ones for older students.\n"
            "Students choose ten questions and practise asking them in pairs before the real interview.\n"
            "The bank includes polite phrases for starting and ending an interview."
        ),
        "material_type": "worksheet",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "English, Career education",
        "duration_minutes": None,
        "language": "en",
        "authors": "Laura Ozola, Valmieras 5. vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 2,
    },
    {
        "title": "Logistics Careers: Following a Container",
        "summary": (
            "A video that follows a shipping container from a ship in Ventspils port to a shop shelf and "
            "introduces the people who move it."
        ),
        "body": (
            "The 14-minute video shows the port crane operator, the customs broker, the warehouse team and "
            "the truck driver.\n"
            "Each worker explains one challenge in their job and one thing they enjoy.\n"
            "After watching, students draw the logistics chain and label each job.\n"
            "A follow-up task asks which of these jobs require university study and which can be learned at"
            " vocational school."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Geography, Economics, English",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Aivars Kļaviņš, ostas loģistikas uzņēmuma apmācību vadītājs",
        "licence": "cc-by",
        "occupations": ["1324", "8332", "4323"],
        "popularity": 0,
    },
    {
        "title": "Careers in Wood Processing: From Forest to Furniture",
        "summary": (
            "A presentation on Latvia's wood industry, from forestry and sawmills to furniture design and "
            "export."
        ),
        "body": (
            "The slides trace the journey of timber from the forest to a finished chair.\n"
            "Jobs introduced include forest machine operator, sawmill operator, cabinet-maker and furniture"
            " designer.\n"
            "Students learn why wood is one of Latvia's most important exports.\n"
            "Groups design a simple product made from local wood and list the jobs needed to make it."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Geography, Design and technology, English",
        "duration_minutes": 40,
        "language": "en",
        "authors": "Edgars Kalniņš, Ventspils 2. pamatskola",
        "licence": "cc-by",
        "occupations": ["6210", "8172", "7522"],
        "popularity": 111,
    },
    {
        "title": "Inside an Electronics Factory: Virtual Tour",
        "summary": (
            "A virtual tour video of an electronics factory in a high-tech park, showing assembly, testing "
            "and engineering jobs."
        ),
        "body": (
            "The video guides viewers through circuit board assembly, automated testing and the quality "
            "lab.\n"
            "An electronics technician and a test engineer explain their daily work.\n"
            "Viewers learn which vocational and university programmes lead to these jobs.\n"
            "A worksheet asks students to note three tasks that need precision and patience."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "10-12", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Physics, Design and technology, English",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "all-rights-reserved",
        "occupations": ["8212", "2152", "3114"],
        "popularity": 168,
    },
    {
        "title": "Glass Fibre Manufacturing Careers in Valmiera",
        "summary": (
            "A video about careers in glass fibre production in Valmiera, from machine operators to "
            "chemists and process engineers."
        ),
        "body": (
            "The video explains how glass fibre is made and where it is used, from wind turbines to "
            "aircraft.\n"
            "A machine operator, a laboratory chemist and a process engineer describe their work.\n"
            "They talk about shift work, training on the job and opportunities to grow within the company.\n"
            "Students finish by discussing what keeps young specialists working in Valmiera."
        ),
        "material_type": "video",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Chemistry, Physics, English",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": ["8181", "2145", "3116"],
        "popularity": 24,
    },
    {
        "title": "Dairy Industry Jobs: From Farm to Fridge",
        "summary": (
            "A worksheet on the people who work in the dairy industry, from farmers and milk truck drivers "
            "to food technologists."
        ),
        "body": (
            "Pupils put pictures of the dairy chain in the right order: farm, collection, processing, "
            "laboratory and shop.\n"
            "They match each stage with a job and a short description.\n"
            "A reading passage describes a day in the life of a dairy technologist in Vidzeme.\n"
            "Pupils finish by designing a label for a new dairy product."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Science, English",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc-by",
        "occupations": ["6121", "7513", "8160"],
        "popularity": 11,
    },
    {
        "title": "Construction Careers Board Game",
        "summary": (
            "A board game in which players build a house together and meet the professionals needed at each"
            " stage of construction."
        ),
        "body": (
            "Players move around the board collecting building materials and professional cards.\n"
            "To complete a stage, such as foundations or roofing, they need the right professional, for "
            "example a bricklayer or a plumber.\n"
            "Challenge cards add real problems like bad weather or a missing permit.\n"
            "After the game, players discuss which construction job they would most like to try."
        ),
        "material_type": "game",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["exploring"],
        "subjects": "Design and technology, Mathematics",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": ["2142", "7112", "7126"],
        "popularity": 249,
    },
    {
        "title": "Emotional Intelligence at Work: Lesson Plan",
        "summary": (
            "A lesson plan on recognising and managing emotions in the workplace, with scenarios from "
            "customer service and teamwork."
        ),
        "body": (
            "Students read four workplace scenarios, such as an angry customer or a colleague who missed a "
            "deadline.\n"
            "In small groups they identify the emotions involved and suggest calm responses.\n"
            "Groups act out one scenario and the class gives feedback.\n"
            "The lesson ends with each student choosing one emotional skill to practise this week."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Psychology, English",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Anna Kalniņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 101,
    },
    {
        "title": "Growth Mindset Posters for the Career Corner",
        "summary": (
            "A method for creating growth mindset posters with pupils to display in the classroom career "
            "corner."
        ),
        "body": (
            'Pupils collect phrases that show a fixed mindset, such as "I\'m just bad at maths".\n'
            'They rewrite each phrase as a growth mindset statement, such as "I can\'t do it yet".\n'
            "Each pupil designs a poster with one statement and an illustration.\n"
            "The posters are displayed in the career corner and discussed at the end of term."
        ),
        "material_type": "method",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Visual arts, English, Form period",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 260,
    },
    {
        "title": "Time Management for Exam Season",
        "summary": (
            "A worksheet that helps students plan revision time, break tasks into steps and balance study "
            "with rest during exam season."
        ),
        "body": (
            "Students fill in a weekly planner with fixed commitments such as lessons and training.\n"
            "They divide remaining time into 45-minute study blocks with short breaks.\n"
            "A priority matrix helps them sort tasks by importance and urgency.\n"
            "At the end of the week students review what worked and adjust the plan."
        ),
        "material_type": "worksheet",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Form period, English",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Anna Kalniņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc0",
        "occupations": [],
        "popularity": 104,
    },
    {
        "title": "Networking for Teenagers: How to Ask for Advice",
        "summary": (
            "A lesson plan that teaches teenagers how to reach out to adults for career advice politely and"
            " safely."
        ),
        "body": (
            "Students map their existing network: family, neighbours, coaches, teachers and family friends."
            "\n"
            "They learn a simple structure for a short message asking for advice.\n"
            "In pairs they role-play a short conversation at a careers fair.\n"
            "The lesson covers online safety and when to involve a parent or teacher."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning", "exploring"],
        "subjects": "English, Form period",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Laura Ozola, Valmieras 5. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 3,
    },
    {
        "title": "Elevator Pitch Practice",
        "summary": (
            "A method for practising a 30-second elevator pitch that students can use at careers fairs and "
            "interviews."
        ),
        "body": (
            "Students write a pitch using the formula: who I am, what I can do, what I am looking for.\n"
            "They cut the text until it can be said comfortably in 30 seconds.\n"
            "In a speed round, students deliver their pitch to five different classmates.\n"
            "Each listener gives one compliment and one suggestion."
        ),
        "material_type": "method",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "English, Professional communication",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 84,
    },
    {
        "title": "Soft Skills Bingo",
        "summary": (
            "A bingo game that helps students recognise soft skills such as teamwork, communication and "
            "problem solving in everyday situations."
        ),
        "body": (
            "Each bingo card shows 16 soft skills.\n"
            'The teacher reads short situations, for example "You helped two friends stop arguing", and '
            "students mark the skill shown.\n"
            "The first student to complete a row explains their choices to the class.\n"
            "Finish by asking students which soft skills they use most often."
        ),
        "material_type": "game",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Form period, English",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc0",
        "occupations": [],
        "popularity": 182,
    },
    {
        "title": "Careers Fair Scavenger Hunt",
        "summary": (
            "A scavenger hunt that turns a visit to a careers fair into an active task with questions for "
            "exhibitors."
        ),
        "body": (
            'Students receive a list of 12 tasks, such as "Find an employer that offers internships" or '
            '"Ask someone how they got their first job".\n'
            "They work in pairs and collect signatures or notes from exhibitors.\n"
            "Bonus points are given for finding an unexpected career.\n"
            "Back in class, pairs share the most surprising answer they heard."
        ),
        "material_type": "game",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Career education",
        "duration_minutes": 60,
        "language": "en",
        "authors": "Euroguidance Latvia",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 194,
    },
    {
        "title": "Career Guidance Interview Protocol for Counsellors",
        "summary": (
            "A method for school career counsellors that structures a first individual guidance interview "
            "with a student."
        ),
        "body": (
            "The protocol has four phases: building rapport, exploring the situation, identifying options "
            "and agreeing on next steps.\n"
            "Each phase includes example questions and warning signs to watch for.\n"
            "The counsellor and student write a short action plan together.\n"
            "A follow-up template helps track progress over the school year."
        ),
        "material_type": "method",
        "grade_bands": ["7-9", "10-12", "vocational"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Career education",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Kristīne Jansone, pedagogs karjeras konsultants, Valmiera",
        "licence": "cc-by",
        "occupations": ["2423"],
        "popularity": 222,
    },
    {
        "title": "Teamwork Roles Questionnaire",
        "summary": (
            "A questionnaire inspired by team role theory that helps students discover the roles they "
            "naturally take in group work."
        ),
        "body": (
            "Students answer 28 statements about how they behave in group projects.\n"
            "Scores are added up for seven roles, such as organiser, idea generator, finisher and team "
            "worker.\n"
            "Students read descriptions of their top two roles and discuss them in their project groups.\n"
            "Teachers can use the results to form balanced teams."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["7-9", "10-12"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Form period, English",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Anna Kalniņa, Ventspils Valsts 1. ģimnāzija",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 97,
    },
    {
        "title": "Work Values Survey for Vocational Students",
        "summary": (
            "A survey that helps vocational students identify what they value at work, from job security to"
            " creativity and teamwork."
        ),
        "body": (
            "The survey lists 20 work values and asks students to rate each from 1 to 5.\n"
            "Students then circle their top three values.\n"
            "A short table links values to types of workplaces, such as large factories, small workshops or"
            " self-employment.\n"
            "The results are a good starting point for choosing an internship placement."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["vocational"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Career education, English",
        "duration_minutes": 15,
        "language": "en",
        "authors": "Laura Liepiņa, Valmieras tehnikums",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 131,
    },
    {
        "title": "Career Readiness Self-Check for Grade 12",
        "summary": (
            "A self-check questionnaire for final-year students covering self-knowledge, information, "
            "decisions and application skills."
        ),
        "body": (
            'The self-check contains 20 statements such as "I know the application deadlines for my chosen '
            'programmes".\n'
            "Students answer yes, partly or not yet.\n"
            'Each "not yet" answer links to a suggested activity or resource.\n'
            "Counsellors can use class results to plan workshops for the spring term."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning", "self_knowledge"],
        "subjects": "Career education",
        "duration_minutes": 15,
        "language": "en",
        "authors": "Microcity karjeras izglītības darba grupa",
        "licence": "cc0",
        "occupations": [],
        "popularity": 119,
    },
    {
        "title": "Pupil Feedback Form for Career Lessons",
        "summary": (
            "A short feedback form pupils complete after career education lessons to help teachers improve "
            "their activities."
        ),
        "body": (
            "The form has five rating questions and two open questions.\n"
            "Pupils rate how interesting, useful and clear the lesson was.\n"
            "The open questions ask what they learned and what they would like next time.\n"
            "A version with emoji scales is included for younger pupils."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["4-6", "7-9", "10-12"],
        "skill_areas": ["exploring"],
        "subjects": "Career education",
        "duration_minutes": 10,
        "language": "en",
        "authors": "Euroguidance Latvia",
        "licence": "cc0",
        "occupations": [],
        "popularity": 266,
    },
    {
        "title": "Apprenticeships and Work-Based Learning in Latvia",
        "summary": (
            "A presentation on work-based learning in Latvian vocational schools, where students spend part"
            " of their training in companies."
        ),
        "body": (
            "The slides explain how work-based learning is organised, who supervises students and how they "
            "are paid.\n"
            "Examples come from welding, car mechanics and hospitality programmes.\n"
            "Two students describe what they learned in the company that they could not learn at school.\n"
            "The presentation ends with tips on choosing a programme that offers work-based learning."
        ),
        "material_type": "presentation",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "Career education, English",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": ["7212", "7231", "5120"],
        "popularity": 176,
    },
    {
        "title": "Digital Skills for Every Job",
        "summary": (
            "A video showing how digital skills are used in jobs that are not usually seen as IT jobs, from"
            " farming to nursing."
        ),
        "body": (
            "The video visits a dairy farm with milking robots, a hospital ward with electronic records and"
            " a car service with diagnostic software.\n"
            "Each worker explains which digital skills they needed to learn.\n"
            "Students note the skills and rate their own level for each one.\n"
            "A discussion follows on how to keep digital skills up to date."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "10-12", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Computer science, English",
        "duration_minutes": 15,
        "language": "en",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": ["6121", "2221", "7231"],
        "popularity": 98,
    },
    {
        "title": "Online Safety When Job Hunting",
        "summary": (
            "A lesson plan that teaches students how to spot fake job offers and protect personal data when"
            " applying for work online."
        ),
        "body": (
            "Students examine five job adverts and decide which are genuine and which are scams.\n"
            "They list warning signs, such as requests for money or passport copies before an interview.\n"
            "The class discusses what personal data is safe to include in a CV.\n"
            "Students finish by writing three rules for safe online job hunting."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["planning"],
        "subjects": "Computer science, English",
        "duration_minutes": 45,
        "language": "en",
        "authors": "Rūta Lāce, Ventspils Digitālais centrs",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 93,
    },
    {
        "title": "Careers in Hospitality and Tourism",
        "summary": (
            "A video about hospitality and tourism careers in a seaside city, with hotel, restaurant and "
            "tour guide professionals."
        ),
        "body": (
            "The video follows a hotel receptionist, a waiter and a tour guide during a summer weekend.\n"
            "They talk about seasonal work, languages and customer service.\n"
            "Students discuss the advantages of summer work in tourism for teenagers.\n"
            "A follow-up task asks them to plan a one-day tour of their town for foreign visitors."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Geography, English",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Zane Celmiņa, Ventspils 6. vidusskola",
        "licence": "cc-by",
        "occupations": ["5131", "4224", "5113"],
        "popularity": 47,
    },
    {
        "title": "Nursing as a Career: A Day on the Ward",
        "summary": (
            "A video that follows a nurse through a shift in a regional hospital and shows what nursing "
            "work really involves."
        ),
        "body": (
            "The video begins with the morning handover and follows the nurse through medication rounds and"
            " patient care.\n"
            "The nurse talks about teamwork with doctors and nursing assistants.\n"
            "She explains how she studied nursing and why she chose to work in her home region.\n"
            "Students discuss which qualities make a good nurse."
        ),
        "material_type": "video",
        "grade_bands": ["10-12", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Biology, Health education, English",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Ilze Kalniņa, Valmieras Valsts ģimnāzija",
        "licence": "cc-by",
        "occupations": ["2221", "3221"],
        "popularity": 233,
    },
    {
        "title": "The Story of a Welder: Video and Discussion",
        "summary": (
            "A video portrait of a young welder who trained at a vocational school and now works on ship "
            "repair projects."
        ),
        "body": (
            "The welder describes how he chose welding after grade 9 and what the training involved.\n"
            "He shows different welding techniques and the protective equipment he uses.\n"
            "He talks about certificates that allow him to work in Latvia and abroad.\n"
            "Discussion questions focus on safety, pay and career progression."
        ),
        "material_type": "video",
        "grade_bands": ["7-9", "vocational"],
        "skill_areas": ["exploring"],
        "subjects": "Design and technology, English",
        "duration_minutes": 20,
        "language": "en",
        "authors": "Māris Ozoliņš, Ventspils Tehnikums",
        "licence": "cc-by",
        "occupations": ["7212"],
        "popularity": 16,
    },
    {
        "title": "Mapping Skills from Hobbies to Jobs",
        "summary": (
            "A worksheet that helps pupils see how the skills they use in hobbies can be useful in future "
            "jobs."
        ),
        "body": (
            "Pupils list three hobbies and, for each, the skills they use, such as patience in fishing or "
            "teamwork in football.\n"
            "They then match each skill to two jobs where it is important.\n"
            "In pairs they explain one surprising link they found.\n"
            "The worksheet ends with a drawing of the pupil using a hobby skill at work."
        ),
        "material_type": "worksheet",
        "grade_bands": ["4-6", "7-9"],
        "skill_areas": ["self_knowledge", "exploring"],
        "subjects": "Form period, English",
        "duration_minutes": 30,
        "language": "en",
        "authors": "Dace Krūmiņa, Ventspils 4. vidusskola",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 240,
    },
    {
        "title": "Little Builders: Block Play and Construction Jobs",
        "summary": (
            "A pre-school lesson in which children build with blocks while learning about architects, "
            "builders and crane operators."
        ),
        "body": (
            "Show pictures of a building site and name the workers together.\n"
            "Children take roles: an architect draws a simple plan, builders use blocks and a crane "
            "operator moves blocks with a toy crane.\n"
            "Talk about safety helmets and why builders wear them.\n"
            "Finish by photographing the finished building and letting children tell its story."
        ),
        "material_type": "lesson_plan",
        "grade_bands": ["preschool"],
        "skill_areas": ["exploring"],
        "subjects": "Play, Mathematics",
        "duration_minutes": 40,
        "language": "en",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc0",
        "occupations": ["2161", "7111", "8343"],
        "popularity": 261,
    },
    {
        "title": "Feelings and Favourite Things: Pre-school Interest Cards",
        "summary": (
            "A set of picture cards for pre-school children to show what they like doing and how activities"
            " make them feel."
        ),
        "body": (
            "The set contains 24 activity cards and 4 feeling faces.\n"
            "Children choose three activities they love and place a feeling face next to each.\n"
            'The teacher asks simple questions in English, such as "Do you like painting?".\n'
            "Notes on children's choices help plan future play activities."
        ),
        "material_type": "game",
        "grade_bands": ["preschool"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Language development, English",
        "duration_minutes": 15,
        "language": "en",
        "authors": "Sanita Rozīte, sākumskolas skolotāja, Ventspils",
        "licence": "cc0",
        "occupations": [],
        "popularity": 154,
    },
    {
        "title": "Children's Questionnaire: What Do I Like to Do?",
        "summary": (
            "A picture-based questionnaire for children in pre-school and grades 1–3 to explore their "
            "interests."
        ),
        "body": (
            "Each question shows a picture, such as building, drawing, caring for animals or counting.\n"
            "Children colour one of three faces to show how much they like the activity.\n"
            "The teacher groups the answers into interest areas and shares them with parents.\n"
            "Repeat the questionnaire at the end of the school year to see changes."
        ),
        "material_type": "questionnaire",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["self_knowledge"],
        "subjects": "Form period, English",
        "duration_minutes": 15,
        "language": "en",
        "authors": "Inese Vītola, Valmieras Viestura vidusskola",
        "licence": "cc0",
        "occupations": [],
        "popularity": 47,
    },
    {
        "title": "Parents' Guide to Early Career Learning in Pre-school",
        "summary": (
            "A guide for parents of pre-school children on supporting curiosity about the world of work "
            "through play and everyday life."
        ),
        "body": (
            "The guide explains why career learning starts early and why it is about curiosity, not "
            "choosing a job.\n"
            "It suggests simple activities, such as role play at home, visiting a market or talking to "
            "neighbours about their work.\n"
            "Parents learn to notice their child's interests and to avoid gender stereotypes about jobs.\n"
            "A list of picture books about jobs is included."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["preschool", "1-3"],
        "skill_areas": ["exploring", "self_knowledge"],
        "subjects": "Parent education",
        "duration_minutes": None,
        "language": "en",
        "authors": "Agnese Pētersone, pirmsskolas skolotāja, Valmiera",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 113,
    },
    {
        "title": "Helping Your Child Choose a Study Programme: A Parent Guide",
        "summary": (
            "A guide for parents of final-year students on supporting decisions about university or college"
            " study programmes."
        ),
        "body": (
            "The guide explains how admission works and which dates parents should know.\n"
            "It suggests questions to explore together, such as course content, graduate employment and "
            "study costs.\n"
            "A section on finances covers scholarships, student loans and living costs.\n"
            "Parents are encouraged to support their child's choice even when it differs from their own "
            "plans."
        ),
        "material_type": "parent_guide",
        "grade_bands": ["10-12"],
        "skill_areas": ["planning"],
        "subjects": "Parent education",
        "duration_minutes": None,
        "language": "en",
        "authors": "Jānis Zariņš, Vidzemes Augstskola",
        "licence": "cc-by",
        "occupations": ["2310"],
        "popularity": 91,
    },
    {
        "title": "Volunteering Abroad: European Solidarity Corps Video",
        "summary": (
            "A video in which young Latvians describe volunteering abroad with the European Solidarity "
            "Corps and what it taught them."
        ),
        "body": (
            "Three volunteers describe projects in Portugal, Poland and Estonia.\n"
            "They explain how to apply, what costs are covered and how they coped with homesickness.\n"
            "Each volunteer lists skills they gained, from languages to project management.\n"
            "Students discuss whether volunteering could be part of their own gap year."
        ),
        "material_type": "video",
        "grade_bands": ["10-12"],
        "skill_areas": ["exploring", "planning"],
        "subjects": "English, Social studies",
        "duration_minutes": 15,
        "language": "en",
        "authors": "Valmieras Jauniešu centrs",
        "licence": "cc-by",
        "occupations": [],
        "popularity": 111,
    },
]
