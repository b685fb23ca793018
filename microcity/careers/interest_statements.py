"""The interest self-assessment: 30 statements, five per RIASEC type, in Latvian and English.

Written for this project for youths from 13 (plain words, school and free-time examples), so that no
licensed questionnaire is needed. Presented in this order, which mixes the types. Changing the
wording or the set means a new VERSION: past results keep the version they were taken with.
"""

from __future__ import annotations

from microcity.careers.riasec import Statement

VERSION = "2026-1"

STATEMENTS: tuple[Statement, ...] = (
    Statement(
        "R1",
        "R",
        "Man patīk labot lietas, piemēram, velosipēdus vai sadzīves ierīces.",
        "I like repairing things such as bicycles or household devices.",
    ),
    Statement("I1", "I", "Man patīk noskaidrot, kā lietas darbojas.", "I like finding out how things work."),
    Statement(
        "A1",
        "A",
        "Man patīk zīmēt, gleznot vai kaut ko veidot dizainā.",
        "I like drawing, painting or designing things.",
    ),
    Statement(
        "S1",
        "S",
        "Man patīk palīdzēt citiem cilvēkiem risināt viņu problēmas.",
        "I like helping other people with their problems.",
    ),
    Statement("E1", "E", "Man patīk vadīt grupu vai projektu.", "I like leading a group or a project."),
    Statement(
        "C1",
        "C",
        "Man patīk turēt savas lietas un failus kārtībā.",
        "I like keeping my things and files in order.",
    ),
    Statement(
        "R2",
        "R",
        "Man patīk ar savām rokām kaut ko būvēt vai salikt.",
        "I enjoy building or assembling things with my hands.",
    ),
    Statement(
        "I2",
        "I",
        "Man patīk risināt sarežģītas mīklas un matemātikas uzdevumus.",
        "I enjoy solving difficult puzzles and maths problems.",
    ),
    Statement(
        "A2", "A", "Man patīk muzicēt, dziedāt vai dejot.", "I enjoy making music, singing or dancing."
    ),
    Statement(
        "S2",
        "S",
        "Man patīk paskaidrot lietas citiem tā, lai viņi saprastu.",
        "I enjoy explaining things to others so that they understand.",
    ),
    Statement(
        "E2", "E", "Man patīk pārliecināt citus par savām idejām.", "I enjoy convincing others of my ideas."
    ),
    Statement(
        "C2",
        "C",
        "Man patīk darbs ar skaidrām instrukcijām un noteikumiem.",
        "I like work with clear instructions and rules.",
    ),
    Statement(
        "R3",
        "R",
        "Es labprātāk strādātu ārā nekā sēdētu birojā.",
        "I would rather work outdoors than sit in an office.",
    ),
    Statement(
        "I3",
        "I",
        "Man patīk veikt eksperimentus dabaszinātņu stundās.",
        "I like doing experiments in science lessons.",
    ),
    Statement(
        "A3",
        "A",
        "Man patīk rakstīt stāstus, dzejoļus vai blogu.",
        "I like writing stories, poems or a blog.",
    ),
    Statement(
        "S3",
        "S",
        "Man patīk rūpēties par bērniem vai vecākiem cilvēkiem.",
        "I like looking after children or older people.",
    ),
    Statement(
        "E3",
        "E",
        "Es kādreiz gribētu dibināt savu uzņēmumu.",
        "I would like to start my own business one day.",
    ),
    Statement(
        "C3",
        "C",
        "Man patīk strādāt ar skaitļiem, tabulām un sarakstiem.",
        "I enjoy working with numbers, tables and lists.",
    ),
    Statement(
        "R4", "R", "Man patīk strādāt ar instrumentiem un iekārtām.", "I like using tools and machines."
    ),
    Statement(
        "I4",
        "I",
        "Brīvajā laikā lasu vai skatos video par zinātni un tehnoloģijām.",
        "In my free time I read or watch videos about science and technology.",
    ),
    Statement(
        "A4", "A", "Man patīk paust savas idejas savā veidā.", "I like to express my own ideas in my own way."
    ),
    Statement(
        "S4",
        "S",
        "Man labāk patīk strādāt komandā nekā vienam.",
        "I like working in a team more than working alone.",
    ),
    Statement(
        "E4",
        "E",
        "Man patīk kaut ko pārdot vai organizēt pasākumus.",
        "I like selling things or organising events.",
    ),
    Statement(
        "C4", "C", "Es rūpīgi pārbaudu, vai manā darbā nav kļūdu.", "I check my work carefully for mistakes."
    ),
    Statement(
        "R5", "R", "Man patīk rūpēties par augiem vai dzīvniekiem.", "I like looking after plants or animals."
    ),
    Statement(
        "I5",
        "I",
        "Pirms pieņemu lēmumu, man patīk izanalizēt informāciju.",
        "I like to analyse information before I decide.",
    ),
    Statement("A5", "A", "Man patīk fotografēt vai veidot video.", "I enjoy taking photos or making videos."),
    Statement(
        "S5",
        "S",
        "Draugi bieži nāk pie manis, kad grib parunāties.",
        "Friends often come to me when they want to talk.",
    ),
    Statement(
        "E5",
        "E",
        "Es nebaidos riskēt, lai sasniegtu mērķi.",
        "I am not afraid to take risks to reach a goal.",
    ),
    Statement(
        "C5",
        "C",
        "Man patīk plānot savu laiku un ievērot grafiku.",
        "I like planning my time and keeping to a schedule.",
    ),
)
