"""Match mandate points against a plan: is each point answered, partly answered, or not?

For every concern of a point (see :func:`plancheck.mandate.points.split_concerns`):

1. BM25 (bm25s) over the plan's units - passages, goals, strategies, measures and whole
   sections - ranks the candidates, with lemmas, compound parts and synonym groups as tokens.
2. Each candidate is confirmed by the weighted share of the concern's content words it holds:
   stop words and words every plan uses weigh nothing, generic planning words little, rare
   words much (IDF over the plan). Compound parts count only when they stand close together;
   near spellings count through rapidfuzz.
3. Words in a sentence that puts the subject outside the plan ("behandles ikke i denne planen",
   "omtales i egen plan") and words that are only one item in a long list of topics are not
   evidence. A concern that asks for measures ("foreslå tiltak") needs an action statement
   (a measure, a strategy, or a sentence with "skal"/"vil"). Process points are matched only
   against statements about the process, and their deadline is checked against its dates.

Unsure matches fall to partial or uncovered: a point is never reported covered on weak words.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

import bm25s
import numpy as np
from rapidfuzz import fuzz

from plancheck.lang.owners import is_owner_like
from plancheck.lang.vocab import LANGS, alternation, lexicon_file, plain_words
from plancheck.mandate import judge as J
from plancheck.mandate import text as T
from plancheck.mandate import words as W
from plancheck.mandate.align import aligned_features, monotone_alignment
from plancheck.mandate.calibrate import ConcernEvidence, load_calibration, point_features
from plancheck.mandate.judge import load_judge
from plancheck.mandate.missing import (
    DEFAULT_MISSING,
    concern_missing,
    head_phrase,
    point_label,
    short_form,
    without_label,
)
from plancheck.mandate.points import (
    _NEGATION_RE,
    DAY_MONTH_SEP,
    _alt,
    _word_re,
    _words,
    advice_clause,
    dated_plan_order,
    deliverable_asked,
    orders_the_plan,
    report_back_asked,
    run_in_topic,
    split_concerns,
    uninverted_request,
    without_steps_after,
)
from plancheck.models import (
    ConcernTrace,
    Coverage,
    CoverageStatus,
    Evidence,
    MandatePoint,
    Passage,
    Plan,
)


@dataclass(frozen=True)
class MatchSettings:
    """Every threshold of the matcher, in one place.

    How they were chosen: ``python bench/mandate_tune.py cv`` picks, for each of the 24 gold
    pairs (corpora/mandates and corpora/mandates-blind) in turn, the grid point that is best on
    the other 23 and scores the pair left out with it; the figures in docs/mandate.md are those
    held-out scores. The defaults are those chosen for every held-out pair but one (several
    settings tie; among equals the tuner takes the least change from the earlier 0.75/0.55).
    """

    covered: float = 0.6  # share of a concern's weighted words a unit must hold to answer it
    # a point's closing sentences that ask nothing and tell the step after the plan ("…
    # Kommunfullmäktige tar ställning till förslaget …") are no concern (points.without_steps_after)
    steps_after: bool = True
    # a concern word met in a unit only by one of its learned neighbours (similarity.py: words
    # of the same contexts in the field's text, or paired by the gold answers) counts this much,
    # below term_hit: never a found word, never the concern's anchor (0: off; off since sim36's
    # time split, docs/mandate.md 'Session 36, sim36')
    similarity: float = 0.0
    similarity_sources: tuple[str, ...] = ("text",)
    # the plan's subject (its title's words) in the forms a derivation gives too (issue 11)
    topic_forms: bool = True
    # … but a name in the point (a capital inside its sentence: "godkjent som Trafikksikker
    # kommune") is the plan's subject only as the title writes it, not in a derived form: a
    # scheme named after the topic is a thing of its own, the owner's name ("Fjellvik") is in
    # the title as written (issue 11: blind33 trafikk L3)
    names_as_written: bool = True
    # a point about one named thing ("bli godkjent som Trafikksikker kommune") whose answer
    # lacks the name is not covered, however many of its other words the answer shares (the
    # participle "godkjent" in "mandatet ble godkjent av …" is another matter)
    name_required: bool = True
    # a process point's relative clause after a body is no body to find (BODY_RELATIVE_RE)
    body_relative: bool = True
    # a year split off as a concern of its own belongs to the head (YEAR_ONLY_RE)
    year_not_concern: bool = True
    weak: float = 0.4  # below this a single-concern point is uncovered
    single_strong: int = 2  # specific words a single-concern point must share to be partial
    partial_strong: int = 1  # … a half-answered concern must share to make a point partial
    top_k: int = 15  # BM25 candidates per concern
    term_hit: float = 0.75  # a word counts as found at this match (1 whole, 0.8 near spelling)
    topic_weight: float = 0.05  # a word naming the plan's own subject
    generic_weight: float = 0.3  # words plans use everywhere (tiltak, behov is MEDIUM)
    medium_weight: float = 0.6  # what a point asks to be assessed ("behovet for")
    label_factor: float = 0.5  # a short unit whose words are all in its heading
    off_context_factor: float = 0.85  # a unit with none of the point head's own words
    heading_object: float = 0.75  # score of a unit under a heading naming the concern's object
    heading_min_words: int = 8  # … when it has at least this many content words (not a label)
    # … and only when the concern's most specific word (its anchor) is in the unit or its
    # headings: a heading restating a lesser word is no answer to the object (False: off)
    heading_needs_anchor: bool = True
    # … and only up to `part_cap` when a word of the concern as specific as its anchor is not in
    # the unit and the plan names it in another passage (Scorer.specific_elsewhere): the plan
    # has the word and would use it where it answers (a chapter "Flomsperrer" is no full
    # answer to "et lager for flomsperrer" when the store is named under "Økonomi")
    heading_anchor_elsewhere: bool = True
    # a concern asking when (when_asked) is answered only by a unit that gives a time; else at
    # most `weak` (False: off)
    when_needs_time: bool = True
    heading_other_min: int = 6  # … a heading word this long that the point lacks: another object
    # … and only up to `weak` (partial at most) when the unit's own words answer less than this
    # share of the concern: a heading restating one word ("Schools") over a sentence that shares
    # the topic and none of what must be done (the concern's verb and object) is that topic
    # named, not the concern answered in other words (0: off)
    heading_object_floor: float = 0.22
    # a concern asking for measures, answered only by a statistic, scores this share: below
    # `covered` for a full match, so that "avfall utgjør 4 prosent" does not propose measures
    statistic_factor: float = 0.55
    # … and so does a concern asking how a thing is to be done ("hur skolskjutsen ska ordnas
    # för …", words.yaml manner_question + manner_modal): what will be done is asked, not the
    # facts of the matter (False: off)
    manner_action: bool = True
    # a single mention of an assessed subject is "in passing" when it holds at most this many
    # of the concern's specific words
    passing_max_words: int = 2
    # a point whose subject the plan names only in sentences that put it off or report it asked
    # for ("… blir rekna ut når anbodet er avgjort", "Fleire foreldre har spurt om …"), no
    # concern answered, is uncovered (_set_aside; session 33, mstat33)
    set_aside: bool = True
    # … when a sentence put aside holds that word and this many of the concern's words the plan
    # names (all of them when it names fewer)
    set_aside_words: int = 2
    # a concern of at least this many words named whole in a sentence that puts it off, and
    # whole in no sentence that does not ("Evacuation planning is outside the scope of this
    # plan" beside "Evacuation orders are issued by …"): the plan sets that concern aside,
    # whatever its words answer elsewhere (_phrase_put_aside; 0: off)
    phrase_aside_words: int = 2
    # a passage whose every sentence puts its subject off takes no answer from its heading's
    # words: they are what it puts off (build_units)
    put_off_heading: bool = True
    # a point one of whose own words (no other point of the mandate holds it, not the plan's
    # topic, a compound or a long noun: Scorer.anchor_word) the plan names only in sentences
    # that put it off or report it asked for, nowhere in its own statements, is at most
    # partial, whatever the sentences around the deferral say (_aside_word; session 36: "Ei
    # kommunal tilskotsordning kan vere aktuelt seinare" beside a paragraph on the private
    # owners the point names)
    aside_word: bool = True
    # a process point whose body the plan names in a sentence of its making, dated after the
    # deadline asked, is at least partial whatever the calibration says (session 33)
    late_step_floor: bool = True
    # … and when every date the plan gives that step is after the deadline, the step asked was
    # not taken by the date: uncovered, the deadline its "Mangler" (session 37: the blind gold of
    # every folder reads a missed date so, 9 points of 10; docs/mandate.md, 'mstat37'). A
    # sentence dating the step both in time and later ("på samråd den 2 april, … till den 14
    # maj") keeps the floor. False: the convention of session 32 (partial)
    late_step_missed: bool = True
    # a process point asking for the plan's adoption by a date, no body named ("Planen skal være
    # vedtatt før sommeren 2040"): the plan's own statement of its adoption ("Vedtatt av
    # bystyret 2. oktober 2040") dates the step; dated only after the deadline, the step
    # was missed (requirements.yaml adoption_step; adoption_dates), whatever else of the plan's
    # making is dated before it
    adoption_date: bool = True
    # a concern asking for at least N of a thing ("minst fem dagers opplæring", "at least two
    # public meetings") that the plan counts somewhere, always fewer: a passage naming the
    # matter with no count answers a part at most (Scorer.count_contradicted, count_unstated),
    # as one counting fewer does (count_short)
    count_unstated: bool = True
    anchor_min_word: int = 9  # the concern's most specific word is this long …
    anchor_min_compound: int = 7  # … or a compound of at least this many letters
    anchor_cap: float = 0.39  # a unit without the concern's most specific word scores at most this
    # a unit whose words are this share process words (bodies, høring, vedtak) speaks of the
    # plan's making and is left out of the candidates for content points
    process_share: float = 0.25
    # a content point asking how the plan is followed up or evaluated (FOLLOW_UP_RE) draws its
    # candidates from every unit: the answer is the plan's own routine, said in the words of
    # its making ("Utvalget drøfter status hvert år på et dialogmøte"), which would leave it
    # out of the content candidates (issue 11, retrieval)
    follow_up_pool: bool = True
    # a point of the process kind by its form (point_kind: "Arbeidstidsplanen skal drøftast med
    # dei tillitsvalde innan 1. mai") that the process words do not mark (MandatePoint.process)
    # draws its candidates from the passages on the plan's making as well: its answer is a
    # sentence of a process chapter ("Planen vart drøfta med dei tillitsvalde 22. april"), which
    # process_share leaves out of the content candidates (issue 11, mstat33's table)
    process_kind_pool: bool = True
    # a process point whose step the plan states taken, with every partner the point names, in
    # one sentence with no modal, promise or negation and dated by the deadline when the point
    # has one ("Planen blev drøftet med MED-udvalget og arbejdsmiljørepræsentanterne den 2.
    # marts" for "… skal drøftes med MED-udvalget og arbejdsmiljørepræsentanterne senest den 15.
    # marts") is covered: the fact answers the step in the past tense, whatever the point's
    # other words ("på et særskilt møde", "at a dedicated meeting") (step_stated_done)
    step_done: bool = True
    # … the verb of the step stands at most this many words after the modal ("ska senast samma
    # dag redovisa till")
    step_verb_gap: int = 4
    # a process point asking the plan handed to a body by a date, answered by a sentence saying
    # the body got it in another verb ("legges fram for ledergruppa innen 1. mars" ↔
    # "Planforslaget ble drøftet i ledergruppen 20. februar"; words.yaml hand_over_step), the plan
    # named and dated by the deadline: covered (hand_over_stated)
    hand_over_done: bool = True
    # a dated step asked of a body without a modal: an infinitive point under the mandate's
    # lead-in ("leggje planutkastet fram for utvalet innan 1. mars", "redovisa planen för
    # utskottet senast …") or a passive ("Forslaget afleveres til udvalget senest …", "Et
    # utkast legges fram for …"), read as the modal's step is, when the point has a deadline
    # and a partner is a body of the process (words.yaml process_bodies, any -råd); the
    # deadline phrase is never a partner ("senast", the date). Session 39: a process point
    # answered "Utkastet vart lagt fram for utvalet 24. februar" was called uncovered
    step_dated_anchor: bool = True
    # a table that points each part of the order to the chapter dealing with it ("Tema | Hvor i
    # planen", "Terms of reference | Where in this report", its cells "kapittel 4", "Section 5")
    # is no candidate answer: it restates the points' words and answers none (crosswalk_table)
    crosswalk_out: bool = True
    # the mandate quoted in the plan (an appendix reprinting the order, a chapter "Mandat" copying
    # its points): a unit holding a point's own text word for word, in which the quotes of points
    # are at least quoted_point_share of the unit's words (quoting_units), is no answer to it;
    # points of fewer than quoted_point_min_words words are not looked for (a short point's
    # words are any passage's). Session 50: a proviso reprinted in the plan's appendix covered
    # the point it reprinted. 0 words: off
    quoted_point_min_words: int = 8
    quoted_point_share: float = 0.6
    # … the infinitive's object before its particle or preposition is at most this many words
    step_object_words: int = 3
    # a compound whose head only names the kind of thing ("ressurs", "struktur", "avtale",
    # text.LIGHT_HEADS) counts this much when its subject part is found
    light_head: float = 0.8
    # a compound's modifier part that ends in -s is also read without it, the linking letter of
    # nb/nn/da/sv compounds: "saks|mengde" keeps the -s when "saks" is a word of its own, yet
    # the passage's "sakene" is its subject (judge24; False: as written only)
    linking_s_part: bool = True
    linking_s_stem: int = 3  # … and only when at least this many letters stand before the -s
    # a compound asking for the kinds of its first part (words.yaml kind_head: "skiltype")
    # counts this much in a table naming the first part in its header or a row's label, whose
    # cells are the kinds (judge22; 0: off)
    kind_head_table: float = 0.8
    # … a row's first cell of at most this many words is its label ("– med grusdekke")
    table_label_words: int = 4
    # a table with a column headed by a word for when ("När", "Frist", "When": words.yaml
    # when_header) dated in at least this share of its rows answers the time words of a point
    # (relations.yaml time: "tidplan") as its measures' timetable (judge22). 0: off — it moved
    # no status on the batches and made one cross pair covered (a sports plan's table by year
    # answering another mandate's "program for tiltaka med år"), docs/mandate.md judge22
    when_column: float = 0.0
    # … and one headed by a word for who is responsible ("Ansvar", "Lead": requirements.yaml
    # responsible_column), filled in this share of its rows, answers who is responsible for
    # each (judge22; 0: off)
    who_column: float = 0.5
    # a compound naming a document ("kompetanseplan") is found only as the whole word
    document_head: bool = True
    # "behovet for X" counts as answered this much by an action statement on X (a measure,
    # "kommunen vil …"); a plain fact on X ("har ingen svømmehall") does not answer it
    need_by_action: float = 1.0
    # a process point with a deadline whose body the plan names in sentences without any date
    # scores at most this (below ``weak``: uncovered; at ``weak``: partial)
    undated_body: float = 0.0
    # a point whose head names its object ("Greie ut tilskotsordningar for … freda og
    # verneverdige bygg") is not covered by passages that answer only the words of its list:
    # the head's most specific word must be in some answering passage (False: off)
    head_anchor: bool = True
    # … and when, besides, no concern of its list is answered, the point is uncovered
    head_lost_unanswered: bool = True
    # a concern naming only the plan's subject and generic words, beside others, is answered
    # by the plan as a whole
    subject_concerns: bool = True
    # a passage enumerating at least this many of the point's concerns (and half of them)
    # answers them, although its enumeration would be "in passing" (99: off)
    listed_min: int = 3
    # a heading naming a compound's first element counts as restating it, when the text
    # answers another specific word of the concern
    heading_stem: bool = True
    # a target statement (a number to reach by a year) answers the words asking for a target
    target_by_figures: bool = True
    # bare items of an enumeration carry the noun of the prepositional object before them
    # ("tall fra skolene, barnehagene og helsestasjonen": see shared_heads)
    shared_heads: bool = True
    # a missing part of the plan is named by the point's own word for it ("kostnad"), not by
    # the whole concern ("frist og kostnad")
    parts_named: bool = True
    # the status is decided by the calibrated models of calibrate.py (calibration.yaml) over
    # the evidence features, when that file is shipped; False keeps the hand-set rule above
    calibrated: bool = True
    # the municipality's name (the word before "kommune" in the plan) weighs as the plan's own
    # subject: "Elvdal idrettsråd", "Elvdal næringsforum" ask for the council
    # and the forum, and a plan names its own place only now and then
    place_names: bool = True
    # a point whose list hangs on its head's object by a preposition, with that object in no
    # answering passage, is uncovered (not partial)
    head_lost_modifiers: bool = True
    # a concern asking for a state (kept open) whose answering passage states only its
    # opposite (closed; words.yaml state_open / state_closed) is not answered by it
    opposite_state: bool = True
    # a concern asking where or what NOT to do ("hvilke strender der det ikke skal settes opp
    # boder", "where no new homes may be built") is answered only by a passage that says no
    # (requirements.yaml exclusion_answer): one saying where they WILL be built states the
    # opposite of the exclusion asked (session 51)
    exclusion_answered: bool = True
    # a sentence sending the plan or its draft to someone ("Utkastet vart sendt til
    # einingsleiarane …") speaks of the plan's making, though no process word is in it
    sent_draft_step: bool = True
    # a concern asking for cooperation or an agreement with a named party ("samarbeid med
    # legevakta", words.yaml cooperation_with) is not answered by a passage that never names
    # that party (party_stem_keep letters of it at least, as a word's start)
    party_named: bool = True
    party_stem_keep: int = 5
    party_words: int = 3
    # a concern asking about the future ("det fremtidige behov for plejeboliger", words.yaml
    # future_asked) is not answered by a passage that states a figure and no future (no word
    # of words.yaml future_asked / future_stated, no future auxiliary): today's figure is no
    # assessment of what is to come
    future_needs_future: bool = True
    # a concern asking for a step that recurs ("report progress … once a year", "rapportere
    # årlig", requirements.yaml recurring) is not wholly answered by a passage that names no
    # recurrence (no recurring word, no "every n years"): covered becomes partial
    recurrence_named: bool = True
    # a point asking for a cost or an estimate of it ("lave et budget for bygning og vedligehold",
    # "Økonomisk overslag for bygning og vedligehold": a cost word of relations.yaml amount in its
    # head) is answered only by a passage that states an amount (Unit.amount): one naming the
    # cost without a figure is partial, and with the cost word in no answering passage (only in
    # a deferral: "Et overslag udarbejdes til næste revision") the list's items answer nothing
    estimate_delivered: bool = True
    # a manner question with no anchor word ("föreslå hur unga kan delta när …"): the
    # verb after its modal is what it asks, and a unit without it scores at most anchor_cap
    question_verb_anchor: bool = True
    # the manner question's subject may be the plan's own body ("korleis kommunen kan hjelpe
    # …", "how the council can support …"): the plan's words that are no concern of their own
    # (words.yaml plan_words, the plan's own body) still make a subject; a function word
    # (a pronoun: "how it can …") does not
    question_verb_own_subject: bool = False
    # a manner question over a list of its subjects or objects ("beskrive korleis A og B kan
    # vere med og forme …"): the list's items are the concerns and the question's verb is asked
    # of each, so a unit naming an item without the verb scores at most anchor_cap, anchored or not
    question_verb_list: bool = False
    # (measured, off) the question verb caps every unit without it, whether or not the concern
    # has an anchor word
    question_verb_anchored: bool = False
    # Session 50 measured question_verb_own_subject and question_verb_list on every mandate
    # folder: question_verb_list with
    # question_verb_own_subject took one uncovered point off covered and moved three more to
    # their gold uncovered, but called seven covered points partial or uncovered (the verb asked
    # is answered in other words: "kan delta" by "er med i"): a net loss of five, and each loss
    # a false alarm to the planner. Both off
    # a manner question put in the passive ("beskriva hur läkemedlen förvaras på …", "how
    # care is recorded"): its subject is what it asks about, and a unit without it scores at
    # most anchor_cap; the unit that names only where or by whom ("Skåpet låses av
    # sjuksköterskan") shares words with the point, it does not say how the subject is done
    question_subject_anchor: bool = True
    # a point asking for a document to be made ("Ta fram en åtgärdsplan för …") is at most
    # partial when that document's word is in no passage answering it: the plan speaks of
    # the subject, it holds no such document
    deliverable_anchor: bool = True
    # a concern asking for a split over classes ("fordelt på sektorer") is answered by the
    # passage answering the point's other concerns when it holds this many figures
    breakdown: bool = True
    # a point asking how often the plan is revised is answered by a sentence of the plan
    # stating the same interval ("rullerast kvart tredje år" ↔ "reviderast kvart 3. år")
    revision_interval: bool = True
    # a report's recommendation frame ("Note that the strategy …") is no concern
    # (strip_report_frame)
    report_frame: bool = True
    # a topic label before the demand ("Støy: Kor mange …", "Naturmangfold. Naturtyper og arter
    # … skal kartlegges") is no concern (points.run_in_topic)
    run_in_topic: bool = True
    # an interrogative standing alone beside a question ("hvor og hvornår …", "…, and why")
    # is no concern of its own (without_lone_questions)
    lone_questions: bool = True
    # "Mangler" names what the best passage lacks as the phrases of the point it stands in
    # (mandate/missing.py, issue 11); off: the lacking words one by one, the concern whole
    missing_phrases: bool = True
    # an enumeration in a sentence about the plan's making names who took part ("en
    # arbejdsgruppe med Ungdomsskolen, Jobcentret, UU og SSP"): not in passing for a process
    # point
    process_lists: bool = True
    # an enumeration opening its sentence before a copula ("A, B og C er sentrale spørsmål") is in
    # passing (LISTED_SUBJECT_RE)
    listed_subject: bool = True
    # a table row's date ("…: 1 mars 2031") is when the part is due, judged against the
    # date the plan gives it (Concern.row_deadline), not words to find
    row_dates: bool = True
    # the frame of a breakdown ("fordelt på", "broken down by") is no word of its concern
    breakdown_frame: bool = True
    # a name of this many capitalised words is also sought by its initials (name_initials;
    # 0: not at all)
    initials_min_words: int = 2
    breakdown_figures: int = 2
    # a concern asking only how many or how much of the point's object ("arealet deira", "med
    # lengde": every word a relations.yaml ``count`` word) is answered by the figures of a
    # passage answering another concern of the point in full (judge22; False: off)
    quantity_by_figures: bool = True
    # a concern made only of a question word or a noun naming a kind of fact ("kor ofte", "by
    # when", "kostnad", "ansvar": words.yaml fact_*) is answered by the passage answering another
    # concern of the point in full when it holds a fact of that kind (a date, a frequency, a
    # body, an amount: fact_answered); False: off (session 38, mstat38)
    fact_kind: bool = True
    # a concern naming only the municipality or council ("kommunen", "the council", the place the
    # plan is of) and function words is the plan's own subject: answered when the point's other
    # concerns are (words.yaml municipality; False: off; session 38, mstat38)
    municipality_concern: bool = True
    # the share of a table's rows that must hold the fact (a date, an owner) for the table to
    # answer "when" or "who" for its rows
    fact_table_rows: float = 0.5
    # … and in a passage, the fact's sentence (with the one before it) must hold this many of
    # the point's words of weight: a fact beside the object named in passing is of another thing
    fact_sentence_words: int = 2
    # chapters aligned with the content points in document order (align.py): a pair whose
    # weighted word share is below this is never aligned
    align_floor: float = 0.15
    # … and only when the mandate has at least this many content points: with fewer there is no
    # order to read, and every point would have "a chapter of its own" by default
    align_min_points: int = 3
    # a near spelling of a compound must share more than its first part (+ a linking s):
    # "arbeide" is no spelling of "arbeidsmarked" (see _first_part_only)
    near_reaches_head: bool = True
    # a heading word held by at least this share of the plan's units names the plan's subject,
    # not the chapter's object: it does not make the chapter the answer (heading_names_object)
    heading_word_spread: float = 0.5
    # a process point is answered by the words of a sentence about the plan's own making only
    # (Unit.process_keys), not by a body or a date elsewhere in the passage
    process_sentence: bool = True
    # … and a sentence whose only process words are bodies ("Politirådet møtest to gonger i
    # året") speaks of the body, not of this plan's making: it needs a step (høyring, innspel,
    # vedtak) or a word for the plan itself beside the body (_process_sentence)
    body_needs_step: bool = True
    # … and a step whose object is another matter (an infinitive or a that-clause after it,
    # past at most this many function words and dates: "Oppvekstutvalet vedtok i 2024 å gje …")
    # is no step of this plan (_steps_about_other)
    step_object: bool = True
    step_object_gap: int = 3
    # another document named by its title in a passage ("the council's Street Lighting Strategy
    # covers parks") is a reference: its words are in passing, not evidence (named_documents)
    named_documents: bool = True
    # a document's name in sentence case has at most this many words between its head and
    # its years ("Plan for idrett og fysisk aktivitet 2029–2032": four)
    named_document_words: int = 6
    # a word found only as the modifier of a compound's modifier in the unit ("laks" in
    # "laksefiskeplassen") counts this much (1.0: off): the compound names another thing
    modifier_only: float = 0.5
    # a passage naming a member of a class (synonyms.yaml kinds: "sykle", "buss" of
    # "transport") answers a point naming the class (False: off, for the bench)
    kinds: bool = True
    # a class word of a concern answered by one member alone of the class in the unit (the
    # word relations, plancheck/lang/data/relations.yaml: "biblioteket" for "kulturarenaene")
    # counts this much, one part of the class (text.RelationSettings.min_members members
    # named together answer it whole)
    member_part: float = 0.5
    # (a concern one of whose words is answered so, as one part of its class, is answered in
    # part only: it scores at most ``part_cap``, below)
    # an amount (for the cost) and a date (for the time) answer a concern's word only in a
    # passage that answers another of its words by a word of its own: the passage that
    # answers the point (False: an amount or a date alone may answer). A class answered by
    # several members needs no other word (text.RelationSettings.min_members)
    relation_beside: bool = True
    # … or that names the head of the point's list by a word of its own when the concern is the
    # class word alone ("… med kostnad, ansvarig och tidpunkt för varje åtgärd": "tidpunkt"
    # answered by the year column of a table whose other column is "Åtgärd"; False: the
    # concern's own words only)
    beside_list_head: bool = True
    # … and only in a passage (or under a heading) that names the point's subject — the
    # object the point is about (Scorer.point_subject: the words of the point's head beside
    # its concerns, and the words the mandate's points name again and again) — or in a plan
    # whose title names it: a dated timetable of one building answers no timetable of
    # another, an annual amount for the upkeep of one thing no budget for another's (False:
    # off). A word named in this many of the mandate's points (or more) is its subject
    relation_subject: bool = True
    subject_min_points: int = 2
    # a light word bound to its object by a preposition ("the use of salt on roads", words.yaml
    # light_of) answers only where its object does (Concern.light_objects)
    light_of: bool = True
    # a concern with a deadline picks, among its near answers, one dating the step in time
    deadline_picks_dated: bool = True
    # a table (Plan.tables) is answered by its header and cells, not by its section's heading
    # restating the concern: its header row names what it holds
    table_no_heading_object: bool = True
    # … and is a unit of its own, not a member of its section's whole-chapter unit (the
    # header row's words are labels, not the chapter's text)
    table_in_section: bool = False
    # a table whose header names the steps of the plan's process ("Saksgang | Dato",
    # "Milestone | Date": words.yaml timetable_header) is the plan's timetable: each row naming
    # a body or a step is a statement of the plan's making, the header standing for the verb
    # the row leaves out (timetable_rows). A header naming only dates (words.yaml
    # date_header) makes one when the table has at most this many columns and every row is
    # dated (0: the header must name the steps)
    timetable_tables: bool = True
    # a process point asking for a consultation of named bodies ("Utkastet skal sendast på
    # høyring til idrettsrådet"), left uncovered, is partial when a sentence of the plan says
    # the plan itself went to consultation ("Temaplanen har vore på høyring"): the step is
    # done, who was heard is not said (consultation_stated)
    consultation_done: bool = True
    # a request to be told what was done, answered by the plan's sentence that it was sent to
    # the requesting body (report_back_stated)
    report_back_sent: bool = True
    # the order to have the plan by a date or before a step, answered by the plan's own date or
    # state (plan_order_status): the units of its first page of at most this many words are its
    # title lines
    plan_order_dated: bool = True
    plan_order_meta_words: int = 20
    timetable_date_columns: int = 3
    # a glossary (a section headed "Ordliste", a table "Ord | Forklaring") is no
    # evidence: it defines the words it lists (words.yaml glossary_heading, glossary_column)
    glossary_out: bool = True
    # a process step whose subject coordinates bodies ("A og B skal høres") is one concern per
    # body, each at most this many words (coordinated_subject)
    coordinated_bodies: bool = True
    coordinated_max_words: int = 7
    # a content concern joining two objects of at least this many specific words each is two
    # concerns (coordinated_objects)
    coordinated_objects: bool = True
    coordinated_min_terms: int = 2
    # an adjective before a noun of the concern ("kommunale badstuer", Concern.attributive)
    # that the unit lacks weighs this much of its weight (1.0: off): it says which of the
    # object, the noun is the object
    attributive_weight: float = 0.5
    # a head whose only specific word is its object, qualified by the list after "med"/"with"
    # ("vurdere havnivåstigning med høyere stormflo og sterkere bølger": a compound or a long
    # noun, words.yaml attribute_preposition), has that word as its anchor, as a longer head
    # has its most specific one (False: a head of one word has none, as before)
    head_single_anchor: bool = True
    # a list of bodies hanging on the head by a preposition ("hente inn råd fra Husbanken og
    # Statens vegvesen") whose head has no long word: none of the head's specific words in any
    # answering passage is the head lost too; the bodies say from whom, and a passage naming
    # one of them is no answer to what is asked of them (False: off)
    head_words_modified: bool = True
    # a concern headed by a relation ("samarbeidet med X om Y", words.yaml relation_head)
    # scores at most this in a unit that names no relation (1.0: off): naming the party
    # ("Idrettslaget eier banen") says nothing of the cooperation with it
    relation_cap: float = 0.39
    # a concern asking for an effect ("hvordan kystbeskyttelsen påvirker naturområdet",
    # words.yaml effect_word) scores at most this in a unit that names no effect (1.0: off):
    # describing the thing affected says nothing of the effect on it
    effect_cap: float = 0.39
    # a deliverable asking for two or more parts of a plan in one phrase ("an action plan with
    # a named lead for every action": measures and owners) is one concern per part (False: one
    # concern, answered only when every part is there)
    structural_parts: bool = True
    # a compound naming a part laid out ("tiltaksdel", "åtgärdslista") and a word that only frames
    # a part ("ansvarlig enhet") leave a concern made of the part's words a part asked
    # (text.names_part; session 44)
    part_compounds: bool = True
    # a part of the plan qualified by a relative clause ("tiltak som styrer ferdselen i
    # X", "actions that reduce Y") asks for what the clause says, not only for the part:
    # the clause's words stay a concern, though the point is a deliverable (session 51).
    # Measured and shipped OFF: over every folder it moved one point to its gold and four
    # away, one of them an uncovered point called covered — the clause more often states a
    # quality of the part ("mål som kan følgjast opp", "tiltak som kan følgjast opp i
    # budsjettet") than a matter of its own
    part_relative_clause: bool = False
    # the adverbials counting a mandate's sentences off ("Thirdly", "Til sist") are no
    # words to find (words.yaml enumerator; session 44)
    enumerators: bool = True
    # an owner or a deadline asked "for hvert tiltak" / "for each action" is answered only when
    # every measure of the tables with that column has one (words.yaml structural_each)
    part_each: bool = True
    # a process point left with no word but its date once the plan (its subject) and the step are
    # taken off is answered by a sentence of the plan's making dated by then (plain_words)
    date_only_step: bool = True
    # the words a deliverable or process point may put before the document it speaks of as its
    # subject ("The draft action plan shall be shared with …": the plan itself, not a part of
    # it asked for; strip_document_subject). 0: the noun alone, "Strategien skal …"
    document_subject_words: int = 3
    # a point asking a step with a partner (step_asked) by a date has that date as its deadline,
    # checked as a process point's is, even when none of its words is a process word (False:
    # only process points have a deadline)
    step_deadline: bool = True
    # the status is the learned judge's (judge.py, judge.yaml: what the answering sentences do,
    # the rules' status and guards as indicators) instead of the rules' and the calibration's.
    # Off: on the time split it did not gain enough (docs/mandate.md, 'Session 34, judge34m')
    judge: bool = False
    # a sentence opening with a demonstrative that puts its subject off ("Dette tas opp i den
    # nye driftsplanen") puts off the sentence before it (deferred_sentences; False: each
    # sentence alone)
    deferral_anaphor: bool = True
    # a sentence put off whose subject is a definite noun sharing a stem with a word of the
    # sentence before ("Lekeplassene får i dag tilsyn av en entreprenør. Tilsynsordningen blir
    # gjennomgått når avtalen går ut i 2049"): it names the thing of the sentence before again,
    # and puts both off (deferred_sentences; 0: off). The stem shared: at least this many letters
    definite_echo_letters: int = 6
    # a sentence put off into a document ("Samarbeidet om utleie beskrives i den nye avtalen")
    # after a sentence whose subject is that same document and whose verb remakes it ("Avtalen
    # med borettslagene reforhandles i 2046"): the sentence before only announces the
    # document the matter is handed to, and answers nothing either (deferred_sentences,
    # document_echo; False: off). The stem shared: definite_echo_letters
    document_echo: bool = True
    # a number naming the thing right after its noun ("väg 618", "fylkesveg 714", "rute 5"):
    # a unit without that number speaks of another one of the kind (another road), and scores
    # at most anchor_cap (False: off)
    identifier_number: bool = True
    # a day of the week named anywhere in the point ("… også kjører til A og B på lørdager":
    # the day closes the list and holds for each item): a unit without that day speaks of the
    # service on other days, and scores at most anchor_cap, the day named as missing
    # (words.yaml weekday; False: off)
    weekday_identifier: bool = True
    # a concern naming a place ("laddstolpar vid skolan i Björkliden") against a passage that lacks
    # it and names another place the same way ("… i Tallbacken"): another place, at most this;
    # a list of places ("i Lundby, Hasselø og Bakkerup") of which the passage names only some
    # is a part of what is asked (part_cap) (1.0: off)
    place_other_cap: float = 0.39
    # what answers a part of the concern scores at most this, under ``covered`` (1.0: off): a unit
    # counting a part of the whole the concern names by its number ("to av dei tre skulane" for
    # "dei tre skulane"), some of the places it lists, a concern lifted by its neighbours' share,
    # and one member of a class ("ei oversikt over tilbodet for barn" is not covered by an
    # overview naming one school and its pupils; session 21). Session 21 declared the field twice,
    # 0.59 for the member and 0.5 here; the dataclass kept the second, so 0.5 is what has always
    # run, and it is the one value now.
    part_cap: float = 0.5
    # a point listing what to give of each of a class of things ("the bathing places, their
    # water quality, toilets and parking") answered by a table: each column heading restating
    # one item, the one column no item restates ("Prøvesvar") holds the one item said in other
    # words ("vannkvalitet"), in full as a figure answers a size (0: off). Needs at least this many items
    # restated by columns of the table, each answered in full there
    leftover_column: int = 2
    # a ranked list asked for ("ei prioritert liste over bruer") is answered by a
    # table ranking its rows by number under a column of words.yaml rank_header ("Prioritet |
    # Bru | …") whose other header cells restate the rest of the concern (_ranked_table). At
    # least this many ranked rows (0: off)
    ranked_table: int = 3
    # a line of the plan's front matter (a passage under the title itself, before the first
    # chapter: "Kommune · Avdeling · Tekniska nämnden 22 september 2036") naming a body and a
    # date is this plan laid before that body: its sentence speaks of the plan's own making as
    # one naming the plan does, though the body is a standing one (False: off)
    front_matter_plan: bool = True
    # a number in a table's cell counts or measures the thing its row or column names
    # (relations.yaml count, measure: "Deltakarar | 84" answers how many take part, "142 km" the
    # length), as text.RelationSettings.counts reads it, though that is off for prose: a
    # count in prose about another object answered other plans' points (docs/mandate.md,
    # judge22); a table's cells stand under the header naming what they count (judge25)
    table_counts: bool = True
    # a plan sentence telling the decision that ordered the plan (points.orders_the_plan) is no
    # evidence for any point: held-out mandates-blind32 had a council deadline for adoption
    # 'covered' by the council's earlier order to make the plan (session 33, lead)
    origin_no_evidence: bool = True


DEFAULT_SETTINGS = MatchSettings()


# a governing document's noun: a plan, a policy, a strategy, a programme, or an agreement with the
# partners of the work (avtale, avtal, aftale, agreement), alone or as a compound's head; the
# deferral phrases' ``{document}``, and what document_echo finds in them
def _document_noun() -> str:
    """A governing document's noun (requirements.yaml document_noun_stems: "plan", "rutine",
    "strategy"), as a pattern of one word."""
    from plancheck.mandate.points import REQUIREMENT_WORDS

    return r"\w*(?:" + "|".join(re.escape(w) for w in REQUIREMENT_WORDS["document_noun_stems"]) + r")\w*"


_DOCUMENT_NOUN = _document_noun()


def _deferral_re() -> re.Pattern[str]:
    """The ``deferral`` phrases of requirements.yaml, ``{plan}`` standing for a plan's name."""
    from plancheck.mandate.points import REQUIREMENT_WORDS, _words

    aux = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_aux"))
    # an -s passive, or a short one with its particle ("tas fram", "tages op", the nynorsk
    # "gjerast om": words.yaml particle), or an auxiliary and its participle
    particle = W.alternation("particle")
    deferred = (
        r"(?:\w{3,}(?:s|ast)|\w{2,}(?:s|es|ast)\s+(?:" + particle + r")|(?:" + aux + r")(?:\s+\w+){1,2}?)"
    )
    future = (
        r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_future"))
        + r")(?:\s+[^\s.;:!?]+){0,3}?"
    )
    # the Nordic -s passive of a study verb; English has none ("studies in 2027" is a noun)
    study = REQUIREMENT_WORDS["deferral_study"]
    stems = "|".join(re.escape(w) for w in _words("deferral_study"))
    nordic = "|".join(re.escape(w) for k, ws in study.items() if k != "en" for w in ws)
    # ("kartlagt nærmere i 2050": an adverb of deferral_closer after the verb)
    closer = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_closer"))
    studied = (
        rf"(?:(?:{nordic})(?:e|a)?s|(?:{nordic})ast|(?:{aux})\s+(?:{stems})\w*)(?:\s+(?:{closer}))?"
    )
    # the budget's making: a word of deferral_budget or a compound opening with one
    # ("budgetarbetet", "budsjettprosessen", "økonomiplanen")
    budget_words = "|".join(re.escape(w) for w in _words("deferral_budget"))
    budget = r"(?:" + budget_words + r")\w*"
    # the budget's making itself: a budget word compounded with a word of its making, or that
    # word after it ("budsjettarbeidet", "budgetforhandlingerne", "the budget-setting round"),
    # perhaps after the year or years it is for ("the 2043/44 budget round")
    making = "|".join(re.escape(w) for w in _words("deferral_budget_making"))
    budget_making = (
        r"(?:(?:19|20)\d\d(?:[/–-]\d{2,4})?\s+)?(?:" + budget_words + r")[\w-]*?[\s-]?(?:"
        + making + r")\w*"
    )
    # a study put off until a condition is met ("blir rekna ut når …", "will be estimated once
    # …"): a word of deferral_when after it, a particle between allowed; and the noun of a study
    # before a deed put off ("An Equality Impact Assessment will be carried out when …")
    when = (
        r"(?:\s+(?:" + particle + r"))?,?\s+(?:"
        + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_when"))
        + r")"
    )
    # a review put off until a condition is met ("Tilsynsordningen blir gjennomgått når …",
    # "will be reviewed once …"): an auxiliary and the participle of a deferral_review verb, or
    # its Nordic -s passive; read only before {when} (requirements.yaml deferral_review)
    review_words = REQUIREMENT_WORDS["deferral_review"]
    review_stems = "|".join(re.escape(w) for w in _words("deferral_review"))
    review_nordic = "|".join(re.escape(w) for k, ws in review_words.items() if k != "en" for w in ws)
    reviewed = rf"(?:(?:{review_nordic})\w*?(?:s|ast)|(?:{aux})\s+(?:{review_stems})\w*)"
    # "vurderer vi når …": a present of a Nordic study verb, its subject the plan's "we" after it
    we = "|".join(re.escape(w) for w in _words("deferral_we"))
    studied_by_us = rf"(?:{nordic})\w*r\s+(?:{we})"
    # (the noun's own phrase between, "En vurdering af udgifterne til en ny filial vil blive
    # foretaget, når …": up to six words, no clause break)
    study_noun = r"(?:" + stems + r")\w*(?:\s+[^\s.;:]+){0,6}?"
    # a study said not done ("er ikkje analysert enno", "är inte utrett", "has not yet been
    # assessed"): a negation, at most two words of "not yet" or the perfect's auxiliary, and a
    # study verb (requirements.yaml deferral_negation, deferral_not_yet, deferral_study)
    negation = "|".join(re.escape(w) for w in _words("deferral_negation"))
    not_yet = "|".join(re.escape(w) for w in _words("deferral_not_yet"))
    not_studied = rf"(?:{negation})(?:\s+(?:{not_yet})){{0,2}}\s+(?:{stems})\w*"
    # a document of its own to be made ("Ein eigen opplæringsplan for kontrollørane blir laga
    # hausten 2056"): an indefinite article, a word of deferral_separate, a governing document's
    # noun (up to two words before it: "a separate training plan"), up to six words of its complement and a deed put off (session 48)
    indefinite = "|".join(re.escape(w) for w in _words("deferral_indefinite"))
    separate = "|".join(re.escape(w).replace(r"\-", "-") for w in _words("deferral_separate"))
    own_document = rf"(?:{indefinite})\s+(?:{separate})(?:\s+[^\W\d_]+){{0,2}}?\s+{_DOCUMENT_NOUN}"
    # … or made by its subject in the active ("Helsetenesta lagar ein eigen rutine for …":
    # requirements.yaml deferral_make_active; session 50)
    make = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_make_active"))
    own_document_made = (
        rf"^\W*(?:{own_document}(?:\s+[^\s.;:!?]+){{0,6}}?\s+{deferred}"
        rf"|(?:[^\W\d_][\w-]*\s+){{1,3}}?(?:{make})\s+{own_document})"
    )
    # an open question opening the sentence, settled later ("Hvem der skal stå for vedligeholdet
    # efter 2057, aftaler vi med lodsejerne …"): an interrogative of deferral_question, its clause,
    # a comma, and a verb of deferral_decide in the present with the plan's "we" after it, or in a
    # passive ("…, avklares med idrettslaget", "… will be agreed with …"; session 48)
    question = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_question"))
    decide = "|".join(re.escape(w) for w in _words("deferral_decide"))
    question_decided = (
        rf"^\W*(?:{question})\s[^.;:!?]{{3,160}}?(?:,\s*(?:(?:{decide})\w*r\s+(?:{we})|(?:{decide})\w*(?:es|as|ast|s)\b"
        rf"|(?:{aux})\s+(?:{decide})\w*)|\s+(?:will|is to|are to|shall)\s+be\s+(?:{decide})\w*)"
    )
    alts = [
        re.escape(p)
        .replace(re.escape("{own_document_made}"), own_document_made)
        .replace(re.escape("{question_decided}"), question_decided)
        # a document's owner in the genitive ("kommunens badeplan", "the council's strategy";
        # session 49)
        .replace(re.escape("{genitive}"), r"(?:the\s+)?\w+(?:'s|’s|s)")
        .replace(re.escape("{not_studied}"), not_studied)
        .replace(re.escape("{when}"), when)
        .replace(re.escape("{study_noun}"), study_noun)
        .replace(re.escape("{plan}"), r"(\w+ )?\w+plan\w*")
        # a governing document of any kind: a plan, a policy, a strategy, a programme, or an
        # agreement with the partners of the work (avtale, avtal, aftale, agreement: "Samarbejdet
        # beskrives i den nye aftale"; session 44)
        # (its proper name before the noun, up to two capitalised words: "in a new Beach Safety
        # policy"; session 49)
        .replace(re.escape("{document}"), r"(?:[A-ZÆØÅÄÖ][\w-]*\s+){0,2}?" + _DOCUMENT_NOUN)
        # an -s passive ("utredes", "utreds", "avklarast") and up to three words of its clause
        # ("gjøres det grunnundersøkelser i reguleringsplanen"): what is done to it there
        .replace(re.escape("{passive}"), r"\w{3,}(?:es|as|ast|s)(?:\s+\w+){0,3}?")
        # a deed put off ("utredes senere", "vil bli utredet senere", "will be dealt with at a
        # later stage"): an -s passive right before what puts it off, or an auxiliary of
        # deferral_aux and its participle (a particle after it allowed)
        .replace(re.escape("{deferred}"), deferred)
        # a deed of the future ("vil i 2028 se nærmere på", "will look into"): an auxiliary
        # of deferral_future and up to three words of its clause before the verb
        .replace(re.escape("{future}"), future)
        # a study put off to a named year ("Skyddsområdet för täkten utreds under 2031",
        # "will be assessed in 2038"): a present -s passive of a study verb
        # (deferral_study) or an auxiliary and its participle; a past passive ("utreddes")
        # is a study done, and a deed that is no study ("genomförs under 2037") is a
        # measure scheduled, neither put off
        .replace(re.escape("{studied}"), studied)
        .replace(re.escape("{reviewed}"), reviewed)
        .replace(re.escape("{studied_by_us}"), studied_by_us)
        .replace(re.escape("{year}"), r"(?:19|20)\d\d")
        .replace(re.escape("{budget_making}"), budget_making)
        .replace(re.escape("{budget}"), budget)
        for p in _words("deferral")
    ]
    return re.compile(r"\b(" + "|".join(alts) + r")\b", re.IGNORECASE)


# a plan sentence that leaves the subject out or hands it on (see requirements.yaml)
DEFERRAL_RE = _deferral_re()
# a sentence opening with a demonstrative ("Dette tas opp i …", "This will be dealt with in …"):
# when it puts its subject off, what it puts off is the sentence before (requirements.yaml
# deferral_anaphor)
ANAPHOR_OPENING_RE = re.compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in _words("deferral_anaphor")) + r")\b"
    # … or an indirect question about it ("Korleis dei skal få …, skal greiast ut …"): an
    # interrogative and, within one word, a pronoun of the third person (requirements.yaml
    # deferral_anaphor_question, deferral_anaphor_pronoun; session 38)
    + r"|^\W*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_anaphor_question"))
    + r")\s+(?:[^\W\d_]+\s+)?(?:" + "|".join(re.escape(w) for w in _words("deferral_anaphor_pronoun")) + r")\b"
    # the question at hand, a pronoun of the sentence before soon after it (deferral_anaphor_topic,
    # deferral_anaphor_topic_pronoun; session 40)
    + r"|^\W*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_anaphor_topic"))
    + r")\s+(?:[^\W\d_.]+\s+){0,6}?(?:" + "|".join(re.escape(w) for w in _words("deferral_anaphor_topic_pronoun")) + r")\b",
    re.IGNORECASE,
)


def _definite_suffixes() -> str:
    """The alternation of the Nordic definite suffixes (requirements.yaml
    deferral_definite_suffix), longest first, then in letter order (the same in every process):
    the one fragment a definite noun's opening (:func:`_definite_subject_re`) and its stem
    (:func:`_definite_end_re`) are read with."""
    from plancheck.mandate.points import _words

    return "|".join(sorted({re.escape(w) for w in _words("deferral_definite_suffix")}, key=lambda w: (-len(w), w)))


def _definite_subject_re() -> re.Pattern[str]:
    """A sentence opening with a definite noun phrase: a Nordic noun in the definite form
    (requirements.yaml deferral_definite_suffix, "Tilsynsordningen", "Ordningen") or the English
    article and up to three words ("The inspection regime")."""
    from plancheck.mandate.points import _words

    suffixes = _definite_suffixes()
    articles = "|".join(re.escape(w) for w in _words("deferral_definite_article"))
    return re.compile(
        rf"^\W*(?:(?P<noun>(?-i:[A-ZÆØÅÄÖ])[a-zæøåäöé]{{3,}}(?:{suffixes}))|(?:{articles})"
        rf"(?P<phrase>(?:\s+[a-zæøåäöé-]{{2,}}){{1,3}}?))\s+\w",
        re.IGNORECASE,
    )


_DEFINITE_SUBJECT_RE = _definite_subject_re()


def _definite_complement_re() -> re.Pattern[str]:
    """A preposition of requirements.yaml deferral_definite_complement and a definite noun after
    it: a Nordic noun of four letters or more in the definite form ("for potten", "för potten")
    or the English article and a word ("for the pot"), read right after a sentence's opening
    definite noun (:func:`definite_echo`)."""
    from plancheck.mandate.points import _words

    preps = "|".join(re.escape(w) for w in _words("deferral_definite_complement"))
    articles = "|".join(re.escape(w) for w in _words("deferral_definite_article"))
    return re.compile(
        rf"\s+(?:{preps})\s+(?:(?P<noun>[a-zæøåäöé]{{2,}}(?:{_definite_suffixes()}))"
        rf"|(?:{articles})\s+(?P<word>[a-zæøåäöé]{{4,}}))\b",
        re.IGNORECASE,
    )


_DEFINITE_COMPLEMENT_RE = _definite_complement_re()


def _study_put_off_re() -> re.Pattern[str]:
    """A study or a review put off, or a deed waiting for a condition: a verb of deferral_study
    or deferral_review, or a word of deferral_when (requirements.yaml). Why: a thing handed on
    to another plan ("Flomveiene legges inn som hensynssone i kommuneplanens arealdel") is
    carried out there, and what the sentence before says of it stands; a thing to be studied or
    reviewed later ("Tilsynsordningen blir gjennomgått når …") is not settled by it."""
    from plancheck.mandate.points import _words

    stems = "|".join(re.escape(w) for w in _words("deferral_study") + _words("deferral_review"))
    when = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_when"))
    return re.compile(rf"\b(?:(?:{stems})\w*|(?:{when})\b)", re.IGNORECASE)


_STUDY_PUT_OFF_RE = _study_put_off_re()
_WORD_RE = re.compile(r"[^\W\d_]+")


def _definite_end_re() -> re.Pattern[str]:
    """A definite suffix ending a word: what is left of the noun is its stem."""
    return re.compile(rf"(?:{_definite_suffixes()})$")


_DEFINITE_END_RE = _definite_end_re()


def definite_echo(sentence: str, before: str, letters: int) -> bool:
    """Whether ``sentence`` opens with a definite noun ("Tilsynsordningen", "The inspection
    regime") that names a thing of ``before`` again: the noun, or a word of the English phrase,
    opens with the same ``letters`` letters as a word of ``before`` or holds such a word whole
    ("Ordningen" after "tilskotsordninga"). Not the plan, not a deciding body, not the council
    (words of requirements.yaml subject, decider, addressee_body): "Planen rulleres når …" puts
    off no other thing. Only a study or a review put off (:func:`_study_put_off_re`): a thing
    handed on to another plan is carried out there. Or the noun's complement names the thing
    again ("Kriteriene for potten" after "… kulturpotten …"; session 38, fp38b)."""
    from plancheck.mandate.points import _ADDRESSEE_BODY_RE, _DECIDER_RE, _SUBJECT_RE

    m = _DEFINITE_SUBJECT_RE.match(sentence)
    if not m or letters <= 0 or _ADDRESSEE_BODY_RE.match(sentence.lstrip()):
        return False
    if not _STUDY_PUT_OFF_RE.search(sentence, m.end()):
        return False  # handed on to be carried out elsewhere, not put off for study
    head = m.group("noun") or m.group("phrase") or ""
    # the opening noun's complement ("Kriteriene for potten", "The criteria for the
    # pot"): a definite noun after a preposition of deferral_definite_complement that is a word
    # of the sentence before or the head of one of its compounds ("kulturpotten"); it says whose
    # the opening noun is, so "Retningslinjene" is then not the plan's own
    comp = _DEFINITE_COMPLEMENT_RE.match(sentence, m.end("noun") if m.group("noun") else m.end("phrase"))
    thing = (comp.group("noun") or comp.group("word") or "").lower() if comp else ""
    if (
        thing
        and not (_SUBJECT_RE.search(thing) or _DECIDER_RE.search(thing) or _ADDRESSEE_BODY_RE.match(thing))
        and any(w == thing or w.endswith(thing) for w in (x.lower() for x in _WORD_RE.findall(before)))
    ):
        return True
    if _SUBJECT_RE.search(head) or _DECIDER_RE.search(head):
        return False
    nouns = [w.lower() for w in _WORD_RE.findall(head) if len(w) >= letters]
    if m.group("noun"):
        # the noun without its definite ending ("ordningen" → "ordning"), to be found as the
        # head of a compound before ("tilskotsordninga")
        stem = _DEFINITE_END_RE.sub("", m.group("noun").lower())
        nouns += [stem] if len(stem) >= letters else []
    prior = [w.lower() for w in _WORD_RE.findall(before) if len(w) >= letters]
    return any(
        _common_prefix(n, w) >= letters or (len(w) >= letters + 2 and w in n) or (n in w)
        for n in nouns
        for w in prior
    )


def deferred_sentences(sentences: list[str], settings: MatchSettings) -> list[bool]:
    """Which of a unit's sentences put their subject off (DEFERRAL_RE); a sentence opening with a
    demonstrative that is put off puts off the sentence before it too
    (``MatchSettings.deferral_anaphor``): "Vinterdrift av gang- og sykkelveiene er viktig …
    Dette tas opp i den nye driftsplanen" names the subject in the first sentence and puts it
    off in the second, and neither answers it."""
    flags = [bool(DEFERRAL_RE.search(x)) for x in sentences]
    if settings.deferral_anaphor:
        for i in range(1, len(sentences)):
            if flags[i] and ANAPHOR_OPENING_RE.match(sentences[i]):
                flags[i - 1] = True
    if settings.definite_echo_letters:
        # "… får i dag tilsyn av en entreprenør. Tilsynsordningen blir gjennomgått når …":
        # the definite noun names the thing again, and puts it off
        for i in range(len(sentences) - 1, 0, -1):
            if flags[i] and definite_echo(sentences[i], sentences[i - 1], settings.definite_echo_letters):
                flags[i - 1] = True
    if settings.document_echo and settings.definite_echo_letters:
        for i in range(len(sentences) - 1, 0, -1):
            if flags[i] and document_echo(sentences[i], sentences[i - 1], settings.definite_echo_letters):
                flags[i - 1] = True
    return flags


_DOCUMENT_WORD_RE = re.compile(_DOCUMENT_NOUN, re.IGNORECASE)


def _remake_verb_re() -> re.Pattern[str]:
    """The verb of a sentence that makes or remakes its subject, not one that tells what it
    holds: an -s passive ("genforhandles", "revideras") or an auxiliary of the future
    (requirements.yaml deferral_future: "skal forhandles på nytt", "will be renegotiated")."""
    from plancheck.mandate.points import _words

    future = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("deferral_future"))
    return re.compile(rf"\b(?:\w{{3,}}(?:es|as|ast)|{future})\b", re.IGNORECASE)


_REMAKE_VERB_RE = _remake_verb_re()


def document_echo(sentence: str, before: str, letters: int) -> bool:
    """Whether ``sentence``, put off, hands its matter to a document (DEFERRAL_RE's {document})
    that ``before`` has as its opening definite subject and remakes by a passive or a future
    verb: "Avtalen med borettslagene reforhandles i 2046. Samarbeidet om utleie beskrives i den
    nye avtalen." The first sentence says only that the document the answer is
    left to will be made; it answers nothing of the matter. A sentence before that tells what a
    document holds ("Beredskapsplanen viser rutene") has no verb of making and stands."""
    m = DEFERRAL_RE.search(sentence)
    if not m or letters <= 0:
        return False
    docs = [w.lower() for w in _DOCUMENT_WORD_RE.findall(m.group(0))]
    subject = _DEFINITE_SUBJECT_RE.match(before)
    if not docs or not subject:
        return False
    head = (subject.group("noun") or subject.group("phrase") or "").split()
    word = head[-1].lower() if head else ""
    if not _DOCUMENT_WORD_RE.fullmatch(word) or not _REMAKE_VERB_RE.search(before, subject.end()):
        return False
    return any(_common_prefix(d, word) >= min(letters, len(d)) or d in word for d in docs)


def _request_re() -> re.Pattern[str]:
    """The ``request_reported`` phrases of requirements.yaml: someone asked for the thing, or it
    is named in another paper."""
    from plancheck.mandate.points import _words

    alts = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in _words("request_reported")}, key=len)
    return re.compile(r"\b(" + "|".join(reversed(alts)) + r")\b", re.IGNORECASE)


# a plan sentence reporting that the subject was asked for or raised elsewhere: named, not
# answered (its words are no evidence, as a deferral's; session 33, mstat33)
REQUEST_RE = _request_re()
# the clause after a reported request that answers it ("Eldrerådet har bedt om fleire kurs, og
# det følges opp frå 2027", "…, and this will be done from May"): a clause boundary, then a word
# of what the plan does (words.yaml action) or a present -s passive
_REQUEST_ANSWER_RE = re.compile(
    r"(?:,\s*(?:og|and|och|men|but|so|så)\b|;)(?=.*?(?:\b(?:" + W.alternation("action")
    + r")\b|\b\w{3,}(?:es|as|ast)\b))",
    re.IGNORECASE,
)


def reported_request(sentence: str) -> bool:
    """Whether the sentence reports that someone asked for its subject, with no clause after
    it saying what the plan does about it."""
    m = REQUEST_RE.search(sentence)
    return m is not None and not _REQUEST_ANSWER_RE.search(sentence, m.end())
# a sentence stating what the plan does, and a target it sets by a number and a year
# ("Lekkasjane skal ned frå 38 til 25 prosent innan 2035", "We will cut emissions by 60 per
# cent by 2030"): the words are data (words.yaml: action, target_modal, target_by)
ACTION_RE = W.word_re("action")
TARGET_RE = re.compile(
    r"\b(" + W.alternation("target_modal") + r")\b[^.]*?\d[^.]*?\b(" + W.alternation("target_by")
    + r")\s+\d{4}\b",
    re.IGNORECASE,
)
# the words of asking for a target: a goal, a rise or a cut of the object. A target statement
# on the object answers them in figures
TARGET_WORDS = frozenset(
    {
        "mål",
        "målsetting",
        "målsetjing",
        "reduksjon",
        "redusere",
        "økning",
        "øke",
        "auke",
        "halvere",
        "target",
        "reduction",
        "reduce",
        "increase",
        "minska",
        "öka",
    }
)
# a heading over the plan's making (words.yaml process_section: "Medvirkning", "Så togs planen fram",
# "How we did the review"), matched anywhere in the heading as before
PROCESS_SECTION_RE = re.compile(r"(" + W.alternation("process_section") + r")", re.IGNORECASE)
# lemmas of the plan's process: hearings, councils, working groups, revision (words.yaml:
# process_words)
PROCESS_WORDS = W.word_set("process_words")
PROCESS_ASK_RE = _word_re("process_asks")
ADOPTION_RE = _word_re("adoption_step")
# the modal a step opens with once its subject is gone (words.yaml: finite)
_FINITE_START_RE = re.compile(r"^\s*(?:" + W.alternation("finite") + r")\s+", re.IGNORECASE)
# enumerations of four or more short items: words in them are mentioned only in passing
_ITEM = r"[\w\-()]+(?:\s[\w\-()]+){0,2}"
PASSING_RE = re.compile(
    rf"(?:{_ITEM},\s+){{2,}}{_ITEM}\s+(?:og|eller|samt|and|or)\s+{_ITEM}", re.IGNORECASE
)
# an enumeration of three or more items opening its sentence, then a copula and a noun for
# them as a group ("Lærlinger, seniorer og deltid er sentrale spørsmål", "Parking, loading and
# cycling are among the issues"): the sentence says what the items are together, nothing of
# any one (words.yaml copula, group_noun); "A, B og C er i god stand" says it of each
LISTED_SUBJECT_RE = re.compile(
    rf"^\s*(?:{_ITEM},\s+){{1,}}{_ITEM}\s+(?:og|och|eller|samt|and|or)\s+{_ITEM}"
    rf"(?=\s+(?:{W.alternation('copula')})\s+(?:(?:blant|blandt|bland|among)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}(?:{W.alternation('group_noun')})\b)",
    re.IGNORECASE,
)
# heads of a compound that name a document of its own ("kompetanse|plan", "beredskaps|plan",
# "handlings|plan"): the plan's title holds the head, so its parts prove nothing
DOCUMENT_HEADS = frozenset({"plan", "planen", "plane", "planer"})
# the languages whose compounds join with a linking -s (Scorer.part_forms)
LINKING_S_LANGS = frozenset({"nb", "nn", "no", "da", "sv"})
ACTION_WORDS = frozenset(
    {"tiltak", "foreslå", "strategi", "handling", "action", "measure", "propose"}
)

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("januar", "january", "januari"),
            ("februar", "february", "februari"),
            ("mars", "march", "marts"),  # da "marts" (lang/data/da.yaml months)
            ("april",),
            ("mai", "may", "maj"),
            ("juni", "june"),
            ("juli", "july"),
            ("august", "augusti"),
            ("september",),
            ("oktober", "october"),
            ("november",),
            ("desember", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# a table row's date after its text ("Inventering av lekplatserna: 1 mars 2031"): the row as
# points.py gives a milestone or delivery table's row (tables._milestones)
ROW_DATE_RE = re.compile(
    rf":\s+(?P<date>(?:\d{{1,2}}{DAY_MONTH_SEP})?(?:{_MONTH_ALT})\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})\.?\s*$",
    re.IGNORECASE,
)
DATE_RES = [
    # ISO 8601 ("2026-09-08"), the usual way Swedish and Danish minutes date a decision
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "iso"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b"), "dmy"),
    # (the day's full stop may stand against the month, as typed: "14.juni 2050")
    (re.compile(rf"\b(\d{{1,2}}){DAY_MONTH_SEP}({_MONTH_ALT})\s+(\d{{4}})\b", re.I), "d_month_y"),
    (re.compile(rf"\b({_MONTH_ALT})\s+(\d{{4}})\b", re.I), "month_y"),
    # "før sommaren <år>": before the season starts (the council's last meeting before the
    # summer break is in June)
    (
        re.compile(
            r"\b(?:før|fyre|för|inden|innan|before)\s+(?:the\s+)?(våren|sommeren|sommaren|sumaren|høsten|"
            r"hausten|jul|julen|spring|summer|autumn|christmas|sommerferien|sommarferien|sumarferien|"
            r"sommarlovet|summer\s+holidays?|summer\s+break)\s+(\d{4})\b",
            re.I,
        ),
        "before_season",
    ),
    (
        re.compile(
            r"\b(våren|vår|sommeren|sommaren|sumaren|høsten|høst|hausten|haust|spring|summer|"
            r"autumn|fall)\s+(\d{4})\b",
            re.I,
        ),
        "season",
    ),
    (re.compile(r"\b([1-4])\.\s*kvartal\s+(\d{4})\b", re.I), "quarter"),
    (
        re.compile(
            r"\b(?:innen|innan|senast|utgangen av|utgongen av|by|before|i|in)\s+(\d{4})\b",
            re.I,
        ),
        "year",
    ),
]
DEADLINE_PHRASE_RE = re.compile(
    # "no later than June 2031": the English deadline in three words
    rf"\b(?:innen|innan|før|fyre|senast|seinast|senest|inden|by|before|i løpet av|i|in|"
    rf"(?:no|not)\s+later\s+than)\s+"
    # "senast i mars 2028", "senest i december 2026": the article before the month
    rf"(?:(?:den|i|in)\s+)?"
    rf"(?:(?:utgangen|utgongen) av\s+)?(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|"
    # "innen 1.mars 2050": the day typed against its month, as dates are typed
    rf"\d{{1,2}}{DAY_MONTH_SEP}(?:{_MONTH_ALT})\s+\d{{4}}|(?:{_MONTH_ALT})\s+\d{{4}}|"
    rf"(?:våren|sommeren|sommaren|sumaren|høsten|hausten|jul|julen|spring|summer|autumn)"
    rf"\s+\d{{4}}|\d{{4}})",
    re.IGNORECASE,
)

# a duration a process step must last ("… til offentleg ettersyn i minst N veker",
# pbl § 11-14: at least six weeks): not a word to find, but a span the plan's dates must cover
def _duration_words(kind: str) -> dict[str, int]:
    """Number words or duration units (in days) of every language, from the lexicon files
    (``time.duration_numbers``, ``time.duration_units``), the first language's value kept."""
    out: dict[str, int] = {}
    for code in LANGS:
        for word, value in ((lexicon_file(code).get("time") or {}).get(kind) or {}).items():
            out.setdefault(str(word), int(value))
    return out


_NUMBER_WORDS = _duration_words("duration_numbers")
_UNIT_DAYS = _duration_words("duration_units")
_NUM_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_UNIT_ALT = "|".join(sorted(_UNIT_DAYS, key=len, reverse=True))
DURATION_RE = re.compile(
    rf"\b(?:i\s+|in\s+|for\s+)?(?:minst|minimum|mindst|at least|no less than)\s+"
    rf"(\d+|{_NUM_ALT})\s+({_UNIT_ALT})\b",
    re.IGNORECASE,
)
# "Public consultation (eight weeks): February–March 2030", "Høring (seks veker)": a process
# step's length in brackets after it, asked as the least it must last
PAREN_DURATION_RE = re.compile(rf"\(\s*(\d+|{_NUM_ALT})\s+({_UNIT_ALT})\s*\)", re.IGNORECASE)
_STATED_DURATION_RE = re.compile(rf"\b(\d+|{_NUM_ALT})\s+({_UNIT_ALT})\b", re.IGNORECASE)
_RANGE_RE = re.compile(
    rf"\b(\d{{1,2}})\.?\s+({_MONTH_ALT})(?:\s+(\d{{4}}))?\s*(?:til|till|to|until|–|-)\s*"
    rf"(\d{{1,2}})\.?\s+({_MONTH_ALT})\s+(\d{{4}})",
    re.IGNORECASE,
)


def _days(number: str, unit: str) -> int:
    n = int(number) if number.isdigit() else _NUMBER_WORDS.get(number.lower(), 0)
    return n * _UNIT_DAYS.get(unit.lower(), 0)


# the ordinals up to the fourth (shared with quarters), those above it (intervals only:
# "hvert femte år"), and the cardinals ("every six years")
_INTERVAL_NUMBERS = {
    **_duration_words("ordinals"),
    **_duration_words("interval_ordinals"),
    **_duration_words("duration_numbers"),
}
_INTERVAL_NUM_ALT = "|".join(
    re.escape(w) for w in sorted(_INTERVAL_NUMBERS, key=len, reverse=True) if not w[0].isdigit()
)
# "hvert tredje år", "kvart fjerde år", "every six years", "hvert 5. år",
# "every other year", "hvert år" (words.yaml: interval_every, interval_other, interval_year)
INTERVAL_RE = re.compile(
    r"\b(?:(?P<other>" + W.alternation("interval_other") + r")\s+(?:"
    + W.alternation("interval_year") + r")"
    + r"|(?:" + W.alternation("interval_every") + r")\s+(?:(?P<n>\d{1,2}|"
    + _INTERVAL_NUM_ALT + r")\.?\s+)?(?:" + W.alternation("interval_year") + r"))\b",
    re.IGNORECASE,
)
# a word of the plan's revision, by its stem (words.yaml: revision)
REVISION_RE = re.compile(r"\b(?:" + W.alternation("revision") + r")", re.IGNORECASE)
# the plan itself named in a sentence (words.yaml: plan_self; "planen", "handlingsplanen")
_PLAN_SELF_RE = re.compile(r"\b\w*(?:" + W.alternation("plan_self") + r")", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ])")


# a recommendation's frame at the start of a point, after at most REPORT_FRAME_BODY_WORDS
# words naming the body ("Formannskapet ber om at", "Udvalget anbefaler, at", "Note that";
# words.yaml: report_frame; the writer wondering, "Vi undrar": requirements.yaml
# wonder), then the plan itself as its subject ("the strategy", "the draft
# plan", "planen"): what follows is what is asked
REPORT_FRAME_BODY_WORDS = 3
def _report_frame_re() -> re.Pattern[str]:
    """The frame: a body of a few words, the verb and conjunction of report_frame (an adverb
    of asking may follow the verb: "Eg ber òg om at", requirements.yaml asking_adverb), then
    the plan as subject, or the addressee of a mandate letter ("… om at de lagar …",
    requirements.yaml addressee: the one asked to do the work is no concern either)."""
    adverb = r"(?:\s+(?:" + _alt("asking_adverb") + r"))?"
    frames = "|".join(
        re.escape(w.split()[0]) + adverb + "".join(r",?\s+" + re.escape(x) for x in w.split()[1:])
        for w in sorted(
            set(W.words("report_frame")) | set(_words("expect_that")) | set(_words("wonder")),
            key=len,
            reverse=True,
        )
    )
    addressee = "|".join(map(re.escape, _words("addressee")))
    # the addressee named as a body after the frame ("Vi forventer at kommunen kartlegger …",
    # requirements.yaml addressee_body): the one asked is no concern, its verb is
    body = _alt("addressee_body")
    return re.compile(
        rf"^\s*(?:[\w\-]+\s+){{0,{REPORT_FRAME_BODY_WORDS}}}?(?:" + frames
        + r")\s+(?:(?-i:" + addressee + r")\s+|(?:" + body + r"),?\s+)?"
        + r"(?:(?:the|a|an|den|det|de)\s+)?(?:(?:draft|new|revised)\s+)?"
        + r"(?:\w*(?:" + W.alternation("plan_self") + r")\w*\s+)?",
        re.IGNORECASE,
    )


REPORT_FRAME_RE = _report_frame_re()


@functools.cache
def _request_frame_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A deciding body asking another by name to do a thing (requirements.yaml ``decider``,
    ``request_to``, ``advise_infinitive``): with the infinitive's marker within eight words
    ("Cabinet asks the Head of Environmental Services to bring …", "Kommunestyret ber
    kommunedirektøren om å legge fram …"), or, as the Nordic languages write it, with no marker
    and a one-word addressee ("Kommunestyret ber kommunedirektøren utarbeide …")."""
    decider = _alt("decider")
    ask = _alt("request_to")
    marker = _alt("advise_infinitive")
    with_marker = re.compile(
        rf"^\s*(?:{decider})\s+(?:{ask})\s+(?:[^\s,.;:]+\s+){{1,8}}?(?:{marker})\s+(?=\S)", re.IGNORECASE
    )
    one_word = re.compile(rf"^\s*(?:{decider})\s+(?:{ask})\s+[^\W\d_][\w-]+\s+(?=[^\W\d_])", re.IGNORECASE)
    return with_marker, one_word


def strip_request_frame(text: str) -> str:
    """``text`` without a council's request to a named body ("Kommunestyret ber
    kommunedirektøren utarbeide en handlingsplan for heltid" → "utarbeide en handlingsplan for
    heltid"); unchanged without one. Why: a vedtak opens every point so, and the body asking and
    the body asked are no concerns a plan answers (kommuneloven § 13-1: kommunedirektøren
    carries out what the council decides); the plan answers what is asked."""
    for rx in _request_frame_res():
        m = rx.match(text)
        if m is not None and text[m.end() :].strip():
            return text[m.end() :]
    return text


def strip_report_frame(text: str) -> str:
    """``text`` without a report's recommendation frame ("Note that the strategy sets out a
    parking standard for cargo bikes" → "sets out a parking standard for cargo bikes"); unchanged without one.
    The frame's verb and the plan named as its subject are no concerns: a plan never says
    "note" of itself, and it is the strategy."""
    text = uninverted_request(text)  # "Därför vill vi att …": the request in plain order
    m = REPORT_FRAME_RE.match(text)
    if m is None or not text[m.end() :].strip():
        # a council's request to a named body; an advice to the addressee or an objection's
        # lifting condition: the clause asked
        if (asked := strip_request_frame(text)) != text:
            return asked
        return advice_clause(text) or text
    return text[m.end() :]


def interval_years(text: str) -> tuple[int, str]:
    """The interval in years that ``text`` names ("kvart tredje år" → 3, "every five years"
    → 5, "every other year" → 2, "hvert år" → 1) and its words; (0, "") when none."""
    m = INTERVAL_RE.search(text)
    if m is None:
        return 0, ""
    if m.group("other"):
        return 2, m.group(0)
    n = m.group("n")
    if n is None:
        return 1, m.group(0)
    return (int(n) if n.isdigit() else _INTERVAL_NUMBERS.get(n.lower(), 0)), m.group(0)


def revision_asked(text: str) -> tuple[int, str]:
    """The revision interval a point asks for ("Planen skal rullerast kvart tredje år" → 3):
    a word of revision and an interval in the same text; (0, "") when it asks none."""
    if not REVISION_RE.search(text):
        return 0, ""
    return interval_years(text)


def revision_stated(text: str) -> list[int]:
    """The revision intervals a plan passage states of the plan: in each sentence that names
    the plan itself, a word of revision and an interval ("Planen skal reviderast annakvart
    år", "Planen tas opp til ny vurdering i 2031 og deretter hvert fjerde år"). A revision
    without an interval, or a sentence about something else, states none."""
    out = []
    for sent in _SENTENCE_END_RE.split(text):
        if not (REVISION_RE.search(sent) and _PLAN_SELF_RE.search(sent)):
            continue
        years, _ = interval_years(sent)
        if years:
            out.append(years)
    return out


def duration_asked(text: str) -> tuple[int, str]:
    """The least duration a point asks for, in days, and its words (0, "" when none)."""
    m = DURATION_RE.search(text) or PAREN_DURATION_RE.search(text)
    return (_days(m.group(1), m.group(2)), m.group(0).strip()) if m else (0, "")


def longest_span(text: str) -> int:
    """The longest period a text states, in days: a date range ("frå 2. mars til 20. april
    2026") or a stated duration ("i seks veker")."""
    best = 0
    for m in _RANGE_RE.finditer(text):
        try:
            end = dt.date(int(m.group(6)), MONTHS[m.group(5).lower()], int(m.group(4)))
            start = dt.date(
                int(m.group(3) or m.group(6)), MONTHS[m.group(2).lower()], int(m.group(1))
            )
        except (ValueError, KeyError):
            continue
        # both ends are days of the period: "from 3 February to 30 March" is 56 days, eight weeks
        best = max(best, (end - start).days + 1)
    for m in _STATED_DURATION_RE.finditer(text):
        best = max(best, _days(m.group(1), m.group(2)))
    return best


# a law and its paragraph ("helse- og omsorgstjenesteloven § 3-1", "pbl. § 11-1", "lova §§ 4 og 5")
CITATION_RE = re.compile(
    r"\b[\w.-]*\s*§§?\s*\d+[\w\-–]*(?:\s*(?:og|and|,)\s*\d+[\w\-–]*)*", re.IGNORECASE
)

# the document a deliverable point speaks of, as its subject: "Strategien skal …", "The
# strategy should …"
DOCUMENT_SUBJECT_RE = re.compile(
    r"^\s*(?:the\s+)?\w*(?:plan|planen|strategi|strategien|strategy|program|programmet|"
    r"programme|dokument|dokumentet|document|melding|meldingen)\s+(?=(?:skal|må|bør|skall|"
    r"ska|should|must|shall|will)\b)",
    re.IGNORECASE,
)
# … with up to MatchSettings.document_subject_words words before the noun ("The draft action
# plan shall be shared with …", "Den nye planen skal …"): none of them a preposition ("Tiltak i
# planen skal …": the measures are the subject, the plan only where they stand)
@functools.lru_cache(maxsize=4)
def _document_subject_re(max_words: int) -> re.Pattern[str]:
    return re.compile(
        r"^\s*((?:[\w'’-]+\s+){0," + str(max_words) + r"}?)\w*(?:plan|planen|strategi|strategien|"
        r"strategy|program|programmet|programme|dokument|dokumentet|document|melding|meldingen)\s+"
        r"(?=(?:skal|må|bør|skall|ska|should|must|shall|will)\b)",
        re.IGNORECASE,
    )


def strip_document_subject(text: str, max_words: int = 3) -> str:
    """``text`` without the document it speaks of as its subject: "The draft action plan shall
    be shared with the panel" → "shall be shared with the panel" (as DOCUMENT_SUBJECT_RE did
    for "Strategien skal …", the noun alone). A preposition among the words before the noun
    keeps the text whole."""
    m = _document_subject_re(max_words).match(text)
    if m is None:
        return text
    before = [w.lower() for w in m.group(1).split()]
    if any(w in _PREPOSITION_WORDS for w in before):
        return text
    return text[m.end():]


_PREPOSITION_WORDS = W.word_set("preposition")


# a part asked of every measure: the distributive determiner and the measure's word right after
# it ("for hvert tiltak", "each action"; words.yaml structural_each, structural_each_of)
EACH_RE = re.compile(
    r"\b(?:" + W.alternation("structural_each") + r")\s+(?:\w+\s+)?(?:" + W.alternation("structural_each_of") + r")\b",
    re.IGNORECASE,
)
# the adverbials that count a text's points off (words.yaml enumerator)
ENUMERATOR_RE = re.compile(r"\b(?:" + W.alternation("enumerator") + r")\b,?", re.IGNORECASE)
# a purpose clause to the end of the point (words.yaml: purpose)
PURPOSE_RE = re.compile(r",?\s*\b(" + W.alternation("purpose") + r")\b.*$", re.IGNORECASE | re.DOTALL)
# a concern that is a year or a number alone (split off the head "fram mot 2040, …")
YEAR_ONLY_RE = re.compile(r"\d[\d\s.–-]*")
# a relative clause set off by commas after a body ("Velforeningene på A og B, der mange
# kjellere ble oversvømt i 2023, skal inviteres …"): it says which or why, the body is what a
# process point asks to find (Norsk referansegrammatikk: ikkje-restriktive relativsetningar)
BODY_RELATIVE_RE = re.compile(
    r",\s+(?:som|der|hvor|där|vilka|which|who|where)\s+[^,]+,(?=\s)", re.IGNORECASE
)

RELATIVE_TIME_RE = re.compile(
    r"\b(før|etter|ahead of|before)\s+(den\s+)?(politisk[e]?\s+)?((\w*behandling|vedtak|"
    r"høring|adoption)(en)?|(planen|den|it|the plan)\s+(vedtas|behandles|sluttbehandles|is adopted))\b",
    re.IGNORECASE,
)


def _month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def find_dates(text: str) -> list[dt.date]:
    """The latest day each date expression in ``text`` can mean."""
    out: list[dt.date] = []
    taken: list[tuple[int, int]] = []
    for rx, kind in DATE_RES:
        for m in rx.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue  # (part of a date read already: "senast 2051-03-01" is no year alone)
            try:
                if kind == "iso":
                    d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                elif kind == "dmy":
                    y = int(m.group(3))
                    y = y + 2000 if y < 100 else y
                    d = dt.date(y, int(m.group(2)), int(m.group(1)))
                elif kind == "d_month_y":
                    d = dt.date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
                elif kind == "month_y":
                    d = _month_end(int(m.group(2)), MONTHS[m.group(1).lower()])
                elif kind == "season":
                    month = {
                        "vår": 6,
                        "våren": 6,
                        "spring": 6,
                        "sommeren": 8,
                        "sommaren": 8,
                        "sumaren": 8,
                        "summer": 8,
                    }.get(m.group(1).lower(), 12)
                    d = _month_end(int(m.group(2)), month)
                elif kind == "before_season":
                    # the summer holidays begin in late June (the council's last meeting
                    # before them), as the summer does
                    season = re.sub(r"\s+", " ", m.group(1).lower())
                    if season.startswith(("sommerferie", "sommarferie", "sumarferie", "sommarlov", "summer ")):
                        season = "summer"
                    month = {
                        "våren": 2,
                        "spring": 2,
                        "sommeren": 6,
                        "sommaren": 6,
                        "sumaren": 6,
                        "summer": 6,
                        "høsten": 8,
                        "hausten": 8,
                        "autumn": 8,
                    }.get(season, 11)
                    d = _month_end(int(m.group(2)), month)
                elif kind == "quarter":
                    d = _month_end(int(m.group(2)), int(m.group(1)) * 3)
                else:
                    y = int(m.group(1))
                    if not 1990 <= y <= 2100:
                        continue
                    d = dt.date(y, 12, 31)
            except (ValueError, KeyError):
                continue
            taken.append((m.start(), m.end()))
            out.append(d)
    return out


# ----------------------------------------------------------------------------- units


# derivational endings of nouns (nb/nn/sv/da/en): a long word without one is most often a verb
# or an adjective, which does not name the subject a point asks about
NOUN_SUFFIXES = (
    "ing",
    "het",
    "heit",
    "else",
    "sjon",
    "tion",
    "dom",
    "skap",
    "ment",
    "ity",
    "ness",
    "ure",
    "ance",
    "ence",
    "ør",
    "er",
    "ist",
    "ium",
    "tet",
)


@dataclass
class Unit:
    id: str
    kind: str  # passage | goal | strategy | measure | focus_area | vision | challenge | section
    text: str
    page: int | None
    section_id: str | None
    keys: set[str] = field(default_factory=set)  # evidence words (not deferred, not in passing)
    action_keys: set[str] = field(default_factory=set)  # words in action statements
    # words in sentences saying what is done, in the present passive too ("Bilar som byts ut
    # ersätts med elbilar", "Stranden fodres med sand"): a unit with none states only facts,
    # no answer to a concern asking how a thing is to be done (Concern.manner)
    doing_keys: set[str] = field(default_factory=set)
    title_keys: set[str] = field(default_factory=set)  # words of its section headings
    heading_keys: set[str] = field(default_factory=set)  # words of its own section's heading
    # the specific words of its own section's heading, one key set per word (not stop words,
    # not words every plan uses)
    heading_words: list[set[str]] = field(default_factory=list)
    positions: dict[str, list[int]] = field(default_factory=dict)
    lemmas: list[str] = field(default_factory=list)
    process: bool = False
    process_section: bool = False
    target: bool = False  # states a target: a number to reach by a year
    members: list[Unit] = field(default_factory=list)  # for a section: its passages and items
    # words only in an enumeration of four or more topics: in passing, unless the point
    # enumerates the same things (see _listed_alike)
    passing_keys: set[str] = field(default_factory=set)
    # words of its sentences that speak of the plan's own making (a hearing, a council, a
    # working group: _process_hits): what a process point may be answered by
    process_keys: set[str] = field(default_factory=set)
    # the rows of a timetable table naming a body or a step (timetable_rows): each a step
    # of the plan's making, dated in its own row
    timetable: list[str] = field(default_factory=list)
    timetable_keys: set[str] = field(default_factory=set)  # their words, not the prose's
    # words in its text only as a part that modifies the modifier of a compound ("laks" in
    # "laks|fiske|plassen"): the compound names another thing (a plass), two steps
    # from the word (MatchSettings.modifier_only, _modifier_keys)
    modifier_keys: set[str] = field(default_factory=set)
    # keys it has only through the word relations (Term.related: a class answered by its
    # members, an amount's cost words, a date's time words), none of its words' own
    related_keys: set[str] = field(default_factory=set)
    # of those, the keys of an amount (cost words) and a date (time words): they answer only
    # beside another word of the concern (MatchSettings.relation_beside)
    beside_keys: set[str] = field(default_factory=set)
    # the classes of which it names one member alone (Term.part_of): one part of the class
    part_keys: set[str] = field(default_factory=set)
    # states an amount of money (relations.yaml amount: "118 mill. kr", "£1,100", a column
    # "Kroner") outside a deferral: it delivers a cost or an estimate, not only names it
    amount: bool = False
    # words of its sentences that put the subject off or report it asked for (DEFERRAL_RE,
    # REQUEST_RE): the plan names them, and says it does not answer them (_set_aside)
    aside_keys: set[str] = field(default_factory=set)
    # its sentences, lower-cased, that put their subject off, and those that do not
    # (_phrase_put_aside)
    aside_sentences: list[str] = field(default_factory=list)
    stated_sentences: list[str] = field(default_factory=list)

    @property
    def all_keys(self) -> set[str]:
        return self.keys | self.title_keys


CLAUSE_BREAK = re.compile(r"[,;:()]")
CONJUNCTIONS = frozenset({"og", "eller", "samt", "och", "and", "or"})


NAMED_DOCUMENT_RE = re.compile(
    r"\b(?:[A-ZÆØÅÄÖ][\w'’-]*\s+){1,5}(?:" + W.alternation("named_document") + r")\b"
)


# "… og Plan for universell utforming 2028–2031": a name in sentence case, the capitalised
# head (words.yaml named_document_head, also as a compound's head) inside the sentence, a few
# words and the years it runs (MatchSettings.named_document_words); built once per bound,
# not for every sentence named_documents reads
@functools.lru_cache(maxsize=8)
def _sentence_case_name_re(max_words: int) -> re.Pattern[str]:
    return re.compile(
        r"(?<=[^.!?:]\s)(?=(?-i:[A-ZÆØÅÄÖ]))[^\W\d_]*(?:" + W.alternation("named_document_head") + r")"
        r"\s+(?:[^\W\d_][\w-]*\s+){0," + str(max_words) + r"}?(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\b",
        re.IGNORECASE,
    )


def named_documents(
    sent: str, own: frozenset[str] = frozenset(), s: MatchSettings = DEFAULT_SETTINGS
) -> list[tuple[int, int]]:
    """Spans of another document's name in title case ("Street Lighting Strategy") or in
    sentence case with its years ("Plan for idrett og fysisk aktivitet 2029–2032"): its words
    name that document's subject, not what this plan does. A name whose words are all in
    ``own`` (the words of this plan's title, lower case) is this plan's own name."""
    out = []
    for m in NAMED_DOCUMENT_RE.finditer(sent):
        # a sentence's first word ("This Play Strategy", "Our Strategy") is no part of a name
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", m.group(0))[:-1]} - T.FUNCTION
        if words and not words <= own:
            out.append(m.span())
    for m in _sentence_case_name_re(s.named_document_words).finditer(sent):
        # the head is the document's kind; the words after it its subject
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", m.group(0))[1:]} - T.FUNCTION
        if words and not words <= own:
            out.append(m.span())
    return out


def _analyse(
    u: Unit,
    lang: str,
    settings: MatchSettings = DEFAULT_SETTINGS,
    own: frozenset[str] = frozenset(),
    *,
    front: bool = False,
) -> None:
    """Collect the unit's evidence words. Positions count words within a clause; a new clause
    (after a comma or "og") starts 100 further on, so parts of a compound found in two
    coordinated phrases are not "close". ``own``: the words of the plan's title (its own name
    is no other document's). ``front``: the unit is a line of the plan's front matter, under
    its title (``MatchSettings.front_matter_plan``): a body named there is named for this
    plan."""
    pos = 0
    u.target = bool(TARGET_RE.search(u.text))
    modifiers: set[str] = set()
    strong: set[str] = set()  # keys of words themselves and of compounds' near parts
    own_keys: set[str] = set()  # keys of the words themselves (not through a relation)
    members: list[tuple[T.Term, bool, bool, int]] = []  # members of a relation class
    sents = T.sentences(u.text)
    put_off = deferred_sentences(sents, settings)
    for sent, off in zip(sents, put_off, strict=True):
        # put off or handed on, or only reported as asked for: no evidence; nor is the
        # decision that ordered the plan, told again in it ("Kommunestyret vedtok … at det
        # skulle lagast ein ny … plan"): the mandate's own origin answers none of its points
        deferred = (
            off
            or reported_request(sent)
            or (settings.origin_no_evidence and orders_the_plan(sent))
        )
        (u.aside_sentences if deferred else u.stated_sentences).append(" ".join(sent.lower().split()))
        sent_keys: set[str] = set()
        sent_lemmas: list[str] = []
        sent_all: list[str] = []  # every word's lemma, stop and plan words too ("planen")
        # words of the sentence's enumerations ("en arbejdsgruppe med Ungdomsskolen,
        # Jobcentret, UU og SSP"): in passing for content, but in a sentence about the plan's
        # making they are who took part (MatchSettings.process_lists)
        listed_keys: set[str] = set()
        listed_lemmas: list[str] = []
        passing_spans = [
            m.span() for m in ([LISTED_SUBJECT_RE.match(sent)] if settings.listed_subject else [])
            if m is not None
        ] + [
            m.span()
            for m in PASSING_RE.finditer(sent)
            if len(re.findall(r"\d+", m.group(0))) < 2  # "3 haller, 5 baner og 14 anlegg" is data
        ]
        if settings.named_documents:
            # another document named by its title: a reference, like a word in passing
            passing_spans += named_documents(sent, own, settings)
        action = u.kind in ("measure", "strategy", "goal") or bool(ACTION_RE.search(sent))
        pos += 100
        last_end = 0
        sent_terms = T.terms(sent, lang)
        if settings.table_counts and u.kind == "table" and not T.RELATION_SETTINGS.counts:
            # a table's figures count or measure what its header and rows name
            T.broader_of(sent_terms, sent, lang, replace(T.RELATION_SETTINGS, counts=True))
        doing = (
            action
            or u.kind == "indicator"  # how the matter is followed: a measure of it
            or _present_passive(sent_terms)
            or bool(PASSIVE_AUX_RE.search(sent))
        )
        other_steps = _steps_about_other(sent_terms, settings)
        for i, t in enumerate(sent_terms):
            if CLAUSE_BREAK.search(sent[last_end : t.start]) or t.lemma in CONJUNCTIONS:
                pos += 100
            last_end = t.end
            pos += 1
            weak = _modifier_keys(t)
            strong |= t.keys - weak
            if i not in other_steps:
                # a council's decision on another matter is no step of this plan
                sent_all.extend([t.lemma, *t.whole])
            if deferred and not t.stop:
                u.aside_keys |= t.keys
            if t.stop or deferred:
                continue
            if any(a <= t.start < b for a, b in passing_spans):
                u.passing_keys |= t.keys
                if settings.process_lists and i not in other_steps:
                    listed_keys |= t.keys
                    listed_lemmas.extend([t.lemma, *t.whole])
                continue
            # the classes the word is a member of (synonyms.yaml kinds): one way only, a
            # passage's member answers a point's class
            kind_keys = set(t.broader) if settings.kinds else set()
            if t.beside & T.cost_keys(lang):
                u.amount = True
            own_keys |= t.keys
            u.related_keys |= t.related & kind_keys
            u.beside_keys |= t.beside & kind_keys
            if t.part_of:
                members.append((t, action, doing, pos))
            u.keys |= t.keys | kind_keys
            modifiers |= weak
            u.lemmas.append(t.lemma)
            sent_keys |= t.keys | kind_keys
            if i not in other_steps:
                sent_lemmas.extend([t.lemma, *t.whole])
            if action:
                u.action_keys |= t.keys | kind_keys
            if doing:
                u.doing_keys |= t.keys | kind_keys
            for k in t.keys | kind_keys:
                u.positions.setdefault(k, []).append(pos)
        if front:
            # the front matter speaks of this plan: as if it were named
            sent_all.extend(PLAN_SELF_WORD)
        if _process_sentence([*sent_lemmas, *listed_lemmas], settings, sent_all):
            u.process_keys |= sent_keys | listed_keys
    u.modifier_keys = (modifiers - strong) & u.keys
    if settings.kinds and members:
        # a class whose members the unit names in several sentences (a list, a table's rows)
        # is answered as one named in one sentence; one member alone is one part of it
        answered = T.classes_answered([t for t, *_ in members])
        for t, action, doing, pos in members:
            more = (t.part_of & answered) - t.broader
            u.keys |= more
            u.related_keys |= more
            if action:
                u.action_keys |= more
            if doing:
                u.doing_keys |= more
            for k in more:
                u.positions.setdefault(k, []).append(pos)
            u.part_keys |= t.part_of - answered
    u.related_keys -= own_keys
    u.beside_keys -= own_keys


def _passive_aux_re() -> re.Pattern[str]:
    """The auxiliary of a periphrastic passive (requirements.yaml passive_aux: "blir", "vert",
    "bliver", "will be") before a word: "Det blir halde eit ope møte", "nyheiter vert lagde ut"."""
    from plancheck.mandate.points import _words

    aux = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("passive_aux"))
    return re.compile(r"\b(?:" + aux + r")\s+\w{3,}", re.IGNORECASE)


PASSIVE_AUX_RE = _passive_aux_re()


def _present_passive(terms: list[T.Term]) -> bool:
    """A verb in the Scandinavian -s passive of the present ("ersätts", "fodres", "tankas",
    "vurderast"): its infinitive (the lemma, ending in a vowel) with "s" or "ast" for the vowel
    or after it. Why: "Bilar byts ut", "Stranden fodres med sand" say what is done, as a
    modal does; a genitive ("kommunens") is no such form of its lemma."""
    for t in terms:
        lem, w = t.lemma, t.surface.lower()
        if len(lem) >= 3 and lem[-1] in "ae" and w in {lem + "s", lem[:-1] + "s", lem[:-1] + "ast"}:
            return True
    return False


def _modifier_keys(t: T.Term) -> set[str]:
    """The keys a compound of three or more parts has only through a part that modifies its
    modifier: "laks" of "laks|fiske|plassen" (a plass for fiske, of laks). Why:
    such a word is two steps from the thing the compound names; a plain modifier
    ("elevrådet" for "elevar", "fritidsklubben" for "fritid") and the whole modifier
    ("arbeidstrening" of "arbeidstreningsgruppe") are near enough to answer for it."""
    if len(t.parts) < 3:
        return set()
    near = {k for p in t.parts[-2:] for k in (p, T.canon(p))}
    return {k for p in t.parts[:-2] for k in (p, T.canon(p))} - t.whole - near


def _process_only(u: Unit, s: MatchSettings) -> bool:
    """A unit that speaks only of the plan's own making ("Vedtatt i kommunestyret 10. desember",
    "Planforslaget var på høring …") is no answer to a content point; a passage that names a
    council or a body among other things ("Idrettsrådet fordeler halltiden …", a chapter
    "Organisering og prioritering") is."""
    if not u.lemmas:
        return u.process_section
    return _process_hits(u.lemmas) / len(u.lemmas) >= s.process_share


def _process_hits(lemmas: list[str]) -> int:
    """Process words among ``lemmas``: a word of process_words, any word ending in -råd, and a
    compound whose head is a body ("samhällsbyggnadsnämnden", "driftsutvalget": the
    committee's field before its kind)."""
    return sum(
        1
        for lem in lemmas
        if lem in PROCESS_WORDS
        or T.canon(lem) in PROCESS_WORDS
        or _council_word(lem)
        or _word_or_head(lem, PROCESS_BODIES)
        or _meeting_compound(lem)
    )


def _meeting_compound(lem: str) -> bool:
    """A compound whose head is a meeting ("dialogmøde", "folkemøte", "informasjonsmøte"):
    a meeting held for the plan, as "møte" itself is (words.yaml meeting_words; the head is
    shorter than _word_or_head's five letters, so the modifier must have four or more)."""
    return any(len(lem) >= len(w) + 4 and lem.endswith(w) for w in MEETING_WORDS)


def _council_word(lem: str) -> bool:
    """A word ending in -råd naming a council ("eldrerådet", "ungdomsråd"), not a verb
    particle before "råde" ("område" is an area, "tilråde" advice: text.py's particles)."""
    for end in ("råd", "råde"):
        if len(lem) > 5 and lem.endswith(end):
            return lem[: -len(end)] not in T.NOT_MODIFIERS
    return False


STANDING_BODIES = W.word_set("standing_bodies")


def _standing_body(lem: str) -> bool:
    """A council or committee that sits apart from any plan (words.yaml standing_bodies, or any
    word ending in -råd: "eldrerådet", "politirådet"), not a group set up for the plan's making
    ("arbeidsgruppa", "referansegruppa")."""
    return (
        _word_or_head(lem, STANDING_BODIES)
        or (len(lem) > 5 and lem.endswith(("råd", "råde")))
    )


PLAN_SELF = W.word_set("plan_self")
# the send verbs as the matcher lemmatises them ("sendt" → "sende", "submitted" → "submit")
SEND_LEMMAS = frozenset(T.lemma(w, lg) for lg, ws in W.load()["send_verb"].items() for w in ws)
BODY_STEPS = W.word_set("body_steps")
MEETING_WORDS = W.word_set("meeting_words")


def _word_or_head(lem: str, words: frozenset[str]) -> bool:
    """The word is in ``words``, or a compound whose head (of five letters or more) is:
    "planutkast" ends in "utkast", "tilstandsrapport" in "rapport"."""
    c = T.canon(lem)
    return (
        lem in words
        or c in words
        or any(len(w) >= 5 and len(lem) > len(w) and lem.endswith(w) for w in words)
    )


# a word of plan_self standing for the plan itself (the shortest of the list's one-word
# entries, the first of them on a tie: "plan" or its like)
PLAN_SELF_WORD = (min((w for w in W.words("plan_self") if " " not in w), key=len),)


def _front_matter(p: object, plan: Plan) -> bool:
    """A passage of the plan's front matter: under the section whose heading is the plan's
    title (no chapter before it), on the first page. Why: the line under a plan's title says
    which body it goes to and when ("Formannskapet 24. november 2035"); it speaks of this
    plan though it does not name it."""
    if getattr(p, "page", None) not in (None, 1) or not plan.title:
        return False
    sec = next((x for x in plan.sections if x.id == getattr(p, "section_id", None)), None)
    return sec is not None and _norm(sec.title) == _norm(plan.title)


def _names_plan(lem: str) -> bool:
    """A word for the plan or its making itself ("planen", "planutkastet", "strategien",
    "trafikplanen"): words.yaml plan_self, or a compound with one as its head."""
    return _word_or_head(lem, PLAN_SELF)


STEP_CLAUSE = W.word_set("step_clause")
STEP_TO = W.word_set("step_to")


def _steps_about_other(terms: list[T.Term], s: MatchSettings = DEFAULT_SETTINGS) -> set[int]:
    """Indices of the steps in a sentence (a process word that is no standing body, or a word
    of body_steps) whose object is another matter: an infinitive or a that-clause follows it,
    after at most ``s.step_object_gap`` function words and dates ("Oppvekstutvalet vedtok i 2024
    å gje alle elevar frukost", "Nämnden beslutade att …"). Why: the council's decision
    is content, not this plan's making; "Vedteken i kommunestyret 12. juni 2025" and "Kommunestyret
    vedtok planen" are. None when the sentence names the plan itself ("vedtok at planen skal …")."""
    if not s.step_object or any(_names_plan(t.lemma) for t in terms):
        return set()
    out: set[int] = set()
    for i, t in enumerate(terms):
        steps = _process_hits([t.lemma]) and not _standing_body(t.lemma)
        if not (steps or _word_or_head(t.lemma, BODY_STEPS)):
            continue
        for j in range(i + 1, min(len(terms), i + 2 + s.step_object_gap)):
            word = terms[j].surface.lower()
            nxt = terms[j + 1] if j + 1 < len(terms) else None
            if word in STEP_CLAUSE or (
                word in STEP_TO
                and nxt is not None
                and nxt.lemma not in T.FUNCTION
                and not nxt.lemma.isdigit()
                and not _process_hits([nxt.lemma])
            ):
                out.add(i)
                break
            if not (terms[j].lemma in T.FUNCTION or terms[j].lemma.isdigit()):
                break
    return out


def _process_sentence(
    lemmas: list[str], s: MatchSettings = DEFAULT_SETTINGS, all_lemmas: list[str] | None = None
) -> bool:
    """A sentence speaking of the plan's own making: a process word, and, when every process
    word is a standing council, a word for the plan beside it (``all_lemmas``: stop and plan
    words included). Why: a council sits apart from the plan; "Politirådet i Nordalsfjord
    møtest to gonger i året" names it in passing and says nothing of its having seen this
    draft, while "Eldrerådet har gitt innspel" (a step) and "Kulturrådet har vore
    referansegruppe for planen" (the plan) do."""
    hits = [lem for lem in lemmas if _process_hits([lem])]
    if not hits:
        # "Utkastet vart sendt til einingsleiarane 28. august": the draft (a word for the plan,
        # a stop word of the matcher) sent to a body is a step of the plan's making, whoever
        # the body is (words.yaml send_verb, plan_self; session 51)
        return bool(
            s.sent_draft_step
            and all_lemmas is not None
            and any(lem in SEND_LEMMAS for lem in all_lemmas)
            and any(_names_plan(lem) for lem in all_lemmas)
        )
    if not s.body_needs_step or any(not _standing_body(lem) for lem in hits if lem not in MEETING_WORDS):
        return True
    if not any(_standing_body(lem) for lem in hits):
        return True  # a meeting with a group that is no standing council
    return any(
        _names_plan(lem) or _word_or_head(lem, BODY_STEPS)
        for lem in (all_lemmas if all_lemmas is not None else lemmas)
    )


_GLOSSARY_HEADING_RE = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:" + W.alternation("glossary_heading") + r")\W*$", re.IGNORECASE
)
_GLOSSARY_COLUMNS = frozenset(w.lower() for w in W.words("glossary_column"))


def _glossary_section(sid: str | None, sections: dict) -> bool:
    """The section is a glossary by its heading ("Ordliste", "Glossary")."""
    sec = sections.get(sid or "")
    return sec is not None and bool(_GLOSSARY_HEADING_RE.match(" ".join(sec.title.split())))


TIMETABLE_HEADER = W.word_set("timetable_header")
DATE_HEADER = W.word_set("date_header")


def _cell_words(cell: str, lang: str) -> list[str]:
    return [w for t in T.terms(cell, lang) for w in (t.lemma, t.surface.lower(), *t.whole)]


def timetable_rows(text: str, lang: str, s: MatchSettings = DEFAULT_SETTINGS) -> list[str]:
    """The rows of a table that is the plan's timetable and that name a body or a step of its
    process (_process_hits): "Formannskapet | 25.11.2031" under "Saksgang | Dato". Why: a
    timetable's row leaves the verb to the header (the body treats the plan on that date), so
    the row states a step of the plan's making as "Planen behandles i formannskapet 25.11.2031"
    would, though no word of it names the plan. A timetable is a table whose header names the
    steps (words.yaml timetable_header: "Saksgang", "Milepæl", "Stage"), or whose header names
    dates (date_header: "Dato", "Date") with at most ``s.timetable_date_columns`` columns and a
    date in every row; a table of measures with a deadline column ("Tiltak | Ansvar | Frist")
    is none. Empty when the table is no timetable."""
    if not s.timetable_tables:
        return []
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return []
    header = [c.strip() for c in lines[0].split("|")]
    rows = lines[1:]
    words = [w for c in header for w in _cell_words(c, lang)]
    steps = any(_word_or_head(w, TIMETABLE_HEADER) for w in words)
    dated = (
        len(header) <= s.timetable_date_columns
        and any(w in DATE_HEADER for w in words)
        and all(find_dates(r) for r in rows)
    )
    if not (steps or dated):
        return []
    return [
        r for r in rows
        if _process_hits([w for t in T.terms(r, lang) if not t.stop for w in (t.lemma, *t.whole)])
    ]


def _glossary_table(text: str) -> bool:
    """A two-column table headed by a word and its explanation ("Ord | Forklaring", "Term |
    Definition"): every header cell a glossary column word."""
    header = [c.strip().lower() for c in text.split("\n", 1)[0].split("|")]
    return len(header) == 2 and all(c in _GLOSSARY_COLUMNS for c in header)


def build_units(
    plan: Plan, lang: str, settings: MatchSettings = DEFAULT_SETTINGS
) -> list[Unit]:
    sections = {s.id: s for s in plan.sections}

    def titles(sid: str | None) -> tuple[set[str], bool]:
        keys: set[str] = set()
        process = False
        depth = 0
        while sid and sid in sections and depth < 2:
            sec = sections[sid]
            for t in T.content_terms(sec.title, lang):
                keys |= t.keys
            process = process or bool(PROCESS_SECTION_RE.search(sec.title))
            sid = sec.parent_id
            depth += 1
        return keys, process

    units: list[Unit] = []
    item_texts: dict[tuple[int | None, str], str] = {}
    own = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", plan_title(plan)))
    groups = [
        ("goal", plan.goals),
        ("strategy", plan.strategies),
        ("measure", plan.measures),
        ("focus_area", plan.focus_areas),
        ("challenge", plan.challenges),
        ("indicator", plan.indicators),
    ]
    if plan.vision:
        groups.append(("vision", [plan.vision]))
    for kind, items in groups:
        for it in items:
            text = it.text
            if kind == "measure":
                extra = [getattr(it, "owner_text", None) or ""]
                if getattr(it, "deadline", None) is not None:
                    extra.append(it.deadline.text)
                text_for_match = " ".join([text, *[e for e in extra if e]])
            else:
                text_for_match = text
            u = Unit(it.id, kind, text, it.page, it.section_id)
            u.text = text
            _analyse_text(u, text_for_match, lang, settings, own)
            units.append(u)
            item_texts[(it.page, _norm(it.text))] = it.id
    for p in plan.passages:
        if str(getattr(p.kind, "value", p.kind)) == "heading":
            continue  # a heading names a subject; the passages under it answer
        if settings.glossary_out and _glossary_section(p.section_id, sections):
            continue  # a definition of a word is no answer
        if (p.page, _norm(p.text)) in item_texts:
            continue  # the goal/strategy/measure stands for it
        u = Unit(p.id, "passage", p.text, p.page, p.section_id)
        _analyse(u, lang, settings, own, front=settings.front_matter_plan and _front_matter(p, plan))
        units.append(u)
    for p in getattr(plan, "tables", None) or []:
        # a table as a whole (header and cells, under its section's heading): the answer to a
        # point asking for an overview ("Gi en oversikt over selskapene, med eierandel …"),
        # which its rows read one by one as measures do not give
        if settings.glossary_out and (
            _glossary_section(p.section_id, sections) or _glossary_table(p.text)
        ):
            continue  # a glossary defines the words it lists, it answers nothing
        if settings.crosswalk_out and crosswalk_table(p.text):
            continue  # where each part of the order is dealt with: a pointer, not an answer
        u = Unit(p.id, "table", p.text, p.page, p.section_id)
        _analyse_text(u, p.text.replace("\n", ". "), lang, settings, own)
        u.timetable = timetable_rows(p.text, lang, settings)
        for row in u.timetable:
            # a step of the plan's process in a row: what a process point may be answered by
            for t in T.terms(row, lang):
                if not t.stop:
                    u.timetable_keys |= t.keys | (set(t.broader) if settings.kinds else set())
        u.timetable_keys -= u.process_keys  # words the table's own sentences give anyway
        u.process_keys |= u.timetable_keys
        if settings.when_column and when_column(p.text, settings.when_column):
            # "Åtgärd | Ansvar | När" over a year per row: the measures' timetable
            when = T.time_keys(lang)
            u.keys |= when
            u.doing_keys |= when
            u.action_keys |= when
            # the column's own answer, not a date beside another word
            u.beside_keys -= when
            u.related_keys -= when
        if settings.who_column and who_column(p.text, settings.who_column):
            # "Åtgärd | Ansvar | När" over a body per row: who is responsible for each measure,
            # in the words a point asks it ("ansvarig förvaltning", "the lead")
            who = responsible_keys(lang)
            u.keys |= who
            if u.action_keys:
                # a table of what will be done: who does it is part of the doing
                u.action_keys |= who
                u.doing_keys |= who
        units.append(u)

    def own_heading(sid: str | None) -> set[str]:
        sec = sections.get(sid or "")
        return {k for t in T.content_terms(sec.title, lang) for k in t.whole} if sec else set()

    def heading_words(sid: str | None) -> list[set[str]]:
        sec = sections.get(sid or "")
        if sec is None:
            return []
        return [
            {*t.keys, *t.parts}
            for t in T.content_terms(sec.title, lang)
            if not t.stop and not t.generic and not t.lemma.isdigit()
        ]

    by_section: dict[str, list[Unit]] = {}
    for u in units:
        u.title_keys, u.process_section = titles(u.section_id)
        if settings.put_off_heading and u.kind == "passage" and u.aside_sentences and not u.stated_sentences:
            # "Støy frå anlegg" / "Dette blir omtala i ein eigen rettleiar …": a passage that
            # only puts its subject off puts off the subject its heading names; the heading's
            # words are no answer through it
            u.aside_keys |= u.title_keys
            u.title_keys = set()
        u.heading_keys = own_heading(u.section_id)
        u.heading_words = heading_words(u.section_id)
        hits = _process_hits(u.lemmas)
        # a sentence about the plan's making, found by the lemmas or the forms of its words
        u.process = u.process_section or hits >= 1 or bool(u.process_keys)
        if u.section_id and (u.kind != "table" or settings.table_in_section):
            by_section.setdefault(u.section_id, []).append(u)
    # whole sections: a point may be answered by a chapter as a whole
    for sid, members in by_section.items():
        sec = sections.get(sid)
        if sec is None or len(members) < 2:
            continue
        su = Unit(sid, "section", sec.title, sec.page, sid, members=members)
        modifiers: set[str] = set()
        for m in members:
            su.keys |= m.keys
            modifiers |= m.modifier_keys
            su.process_keys |= m.process_keys
            su.passing_keys |= m.passing_keys
            su.action_keys |= m.action_keys
            su.doing_keys |= m.doing_keys
            su.lemmas += m.lemmas
            su.related_keys |= m.related_keys
            su.beside_keys |= m.beside_keys
            su.part_keys |= m.part_keys
            su.amount = su.amount or m.amount
        # a key some member has by a word of its own is no relation's alone in the chapter
        own = {k for m in members for k in m.keys - m.related_keys}
        su.related_keys -= own
        su.beside_keys -= own
        su.part_keys -= su.keys
        # a modifier in one member and a word of its own in another is a word of the chapter
        su.modifier_keys = modifiers - {k for m in members for k in m.keys - m.modifier_keys}
        su.title_keys, su.process_section = titles(sid)
        su.heading_keys = own_heading(sid)
        su.heading_words = heading_words(sid)
        su.process = su.process_section
        off = 0
        for m in members:
            for k, ps in m.positions.items():
                su.positions.setdefault(k, []).extend(p + off for p in ps)
            off += 1000
        units.append(su)
    return units


def _analyse_text(
    u: Unit,
    text: str,
    lang: str,
    settings: MatchSettings = DEFAULT_SETTINGS,
    own: frozenset[str] = frozenset(),
) -> None:
    saved = u.text
    u.text = text
    _analyse(u, lang, settings, own)
    u.text = saved


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


# ----------------------------------------------------------------------------- scoring


@dataclass
class Concern:
    text: str
    terms: list[T.Term]
    structural: list[str] = field(default_factory=list)
    # a part asked of every measure ("ansvar og frist for hvert tiltak", "a lead officer for each
    # action"): answered only when the measures of the tables with that column all have it
    each: bool = False
    deadline: dt.date | None = None
    deadline_text: str = ""
    action: bool = False
    plain_words: bool = False  # its only words are words plans use everywhere ("arbeid")
    duration_days: int = 0  # a least duration asked ("i minst N veker"), in days
    duration_text: str = ""
    subject_only: bool = False  # names only the plan's own subject beside other concerns
    breakdown: bool = False  # asks for figures split over classes ("fordelt på sektorer")
    # the revision interval asked, in years ("Planen skal rullerast kvart tredje år" → 3), and
    # its words: answered by a sentence stating the same interval (revision_stated)
    interval_years: int = 0
    interval_text: str = ""
    # a light word and its object ("use" → "salt" in "the use of salt on roads"), as
    # indices into terms: the light word answers only where its object does (light_objects)
    light_objects: list[tuple[int, int]] = field(default_factory=list)
    # adjectives standing before a noun of the concern ("kommunale badstuer"), as indices into
    # terms: they say which of the thing and weigh MatchSettings.attributive_weight
    attributive: frozenset[int] = frozenset()
    # the index into terms of a relation heading the concern ("samarbeidet med X om Y"):
    # answered only where a relation is named (relation_head)
    relation: int | None = None
    # a relation in the point's head that the concern is a party of ("hur X kan samordnas med
    # A och B" for A and for B): answered, as ``relation``, only where a relation is named
    relation_term: T.Term | None = None
    # the date a table row gives its point ("Inventering av lekplatserna: 1 mars 2031", a delivery
    # table's "Klart"/"Frist" column): judged where the plan says when that part was done
    # (row_date_of); a passage that dates it later answers it only in part
    row_deadline: dt.date | None = None
    row_deadline_text: str = ""
    # asks how a thing is to be done ("hur X ska ordnas", manner_asked): answered by a passage
    # saying what is done (Unit.doing_keys), not by the facts of the matter
    manner: bool = False
    # the verb a manner question asks about ("hur unga kan delta …" → "delta"):
    # question_verb; in a concern with no anchor word it stands for one
    question_verb: T.Term | None = None
    # the question verb is the whole point's, asked of this item of its list
    # (MatchSettings.question_verb_list): it caps a unit without it, anchored or not
    question_verb_listed: bool = False
    # the subject of a passive manner question ("hur läkemedlen förvaras" → "läkemedlen"):
    # question_subject; a unit without it answers something else
    question_subject: T.Term | None = None
    # asks when a thing is to be done or in place ("angi når et nødaggregat skal være på
    # plass", "state when the depot will open"): when_asked; answered only where a time is given
    when: str = ""
    # numbers naming the thing after its noun ("väg 618"): identifier_terms
    identifiers: list[T.Term] = field(default_factory=list)
    # the days of the week the point names (MatchSettings.weekday_identifier)
    weekdays: list[T.Term] = field(default_factory=list)
    # names of places after a preposition of place ("i Björkliden", "i Lundby, Hasselø og
    # Bakkerup"): place_terms
    places: list[T.Term] = field(default_factory=list)
    # the support word heading the activity helped ("hjælp til at søge …"): support_head
    support: T.Term | None = None
    # the word naming an effect ("påvirker", "verknaden"): answered only where an effect is
    # named (effect_term); a place coordinated after it ("… påvirker handelen i sentrum og på
    # kaia") asks for the same effect there
    effect: T.Term | None = None


class Scorer:
    def __init__(
        self,
        units: list[Unit],
        lang: str,
        title: str = "",
        settings: MatchSettings = DEFAULT_SETTINGS,
        places: set[str] | frozenset[str] = frozenset(),
    ):
        self.units = units
        self.s = settings
        self.lang = lang
        # concern text → the plan counts its thing only below the minimum asked (count_contradicted)
        self.contradicted: dict[str, bool] = {}
        # the plan's sentences that put their subject off, and those that do not, each kind
        # joined once (_phrase_put_aside); "_" between sentences is a word character, so no
        # phrase is found across two of them
        self.aside_text = "\n_\n".join(x for u in units for x in u.aside_sentences)
        self.stated_text = "\n_\n".join(x for u in units for x in u.stated_sentences)
        # the plan's own subject ("helse og omsorg" in a helse- og omsorgsplan) is what every
        # passage is about: a point's words that name it weigh little
        self.topic: set[str] = set()
        # the title's words as written (their lemmas and compound parts): what a name is
        # weighed against (MatchSettings.names_as_written)
        self.topic_written: set[str] = set()
        for t in T.content_terms(title, lang):
            written = {t.lemma, T.canon(t.lemma), *t.parts}
            self.topic |= written
            self.topic_written |= written
            if settings.topic_forms:
                # … in its other forms: the modifier as written and the word a quality noun is
                # made from ("Frivillighedspolitik" is about what is "frivillig")
                self.topic |= {
                    d for p in (*t.parts, *t.keys) for d in T.derivation_keys(p, lang)
                } | (t.keys - set(t.parts) - t.whole)
        self.topic -= {"plan", "handlingsplan", "temaplan", "kommuneplan"}
        self.topic_written &= self.topic
        # the municipality's name, weighed as the plan's subject in a process point (set by
        # assess_points per point)
        self.places: set[str] = set()
        if settings.place_names:
            for name in places:
                for t in T.content_terms(name, lang):
                    self.places |= {t.lemma, t.lemma + "s"}
        self.process_point = False
        # the plan's owner, lower-cased (set by assess_points: owner_place)
        self.owner: set[str] = set()
        n = len(units)
        df: dict[str, int] = {}
        for u in units:
            if u.kind in ("section", "table"):
                continue  # a table repeats the words of its rows (measures): counted once
            # a word's rarity is that of the word as written: a key a unit has only through a
            # word relation (an amount's cost words) makes no word commoner
            for k in u.all_keys - (u.related_keys - u.title_keys):
                df[k] = df.get(k, 0) + 1
        self.df = df
        self.n = max(1, sum(1 for u in units if u.kind not in ("section", "table")))
        corpus = [sorted(u.keys | u.title_keys | u.passing_keys) or ["_"] for u in units]
        self.bm25 = bm25s.BM25()
        self.bm25.index(corpus, show_progress=False)
        del n
        # the words of the whole point being scored (all its concerns and its head), set by
        # assess_points: a heading naming none of them is about another object
        self.point_keys: set[str] = set()
        # the plan's chapters in document order (set by assess_points, see _chapters)
        self.chapters: list[Unit] = []
        # the object the point being scored is about (set by assess_points, point_subject):
        # what an answer through a word relation must be about
        self.point_subject: list[T.Term] = []

    def weight(self, t: T.Term) -> float:
        if t.stop:
            return 0.0
        if self.is_topic(t):
            return self.s.topic_weight  # the plan's own subject: present everywhere, named or not
        if self.process_point and t.lemma in self.places:
            return self.s.topic_weight  # "Elvdal idrettsråd": the body, not the place
        s = self.s
        base = (
            s.generic_weight
            if (t.generic or t.lemma.isdigit())
            else s.medium_weight
            if t.lemma in T.MEDIUM
            else 1.0
        )
        df = max((self.df.get(k, 0) for k in (t.lemma, T.canon(t.lemma))), default=0)
        idf = math.log((self.n + 1) / (df + 0.5)) / math.log(self.n + 1)
        return base * (0.6 + 0.8 * min(1.0, max(0.0, idf)))

    def spread(self, t: T.Term) -> float:
        """The share of the plan's units (not whole sections) that hold the word."""
        df = max((self.df.get(k, 0) for k in t.whole), default=0)
        return df / self.n

    def is_topic(self, t: T.Term) -> bool:
        if not self.topic:
            return False
        topic = self.topic
        if self.s.names_as_written and t.start > 0 and t.surface[:1].isupper():
            topic = self.topic_written  # a name: the title's words as written, no derived form
        if t.lemma in topic or T.canon(t.lemma) in topic:
            return True
        parts = [p for p in t.parts if p not in T.LIGHT_HEADS and p not in T.STOP]
        return bool(t.parts) and bool(parts) and all(p in topic for p in parts)

    def lenient_share(self, c: Concern, u: Unit) -> float:
        """The weighted share of the concern's words that ``u`` or its headings hold, without
        the caps of :meth:`concern_score`: a compound counts by the share of its parts found
        anywhere in the unit, near spellings count. An evidence feature for the calibration:
        an answer in other words shares parts and near forms where it lacks the exact words."""
        keys = u.keys | u.title_keys
        if u.beside_keys and not self.relations_beside(c, u):
            keys -= u.beside_keys - u.title_keys
        total = got = 0.0
        for t in c.terms:
            w = self.weight(t)
            if w == 0:
                continue
            m = self.term_match(t, u, keys)
            if m < 1.0 and t.parts:
                found = sum(1 for p in t.parts if {p, T.canon(p)} & keys)
                m = max(m, found / len(t.parts))
            total += w
            got += w * m
        return got / total if total else 0.0

    def heading_share(self, c: Concern, u: Unit) -> float:
        """The share of the concern's specific words (or a part of a compound) that the unit's
        headings restate: a chapter whose heading names the point's object."""
        heads = u.title_keys | u.heading_keys
        specific = [
            t
            for t in c.terms
            if not t.stop and not t.generic and not t.lemma.isdigit() and not self.is_topic(t)
        ]
        if not specific or not heads:
            return 0.0
        hit = sum(
            1
            for t in specific
            if t.whole & heads
            or any({p, T.canon(p)} & heads for p in t.parts if p not in T.LIGHT_HEADS)
        )
        return hit / len(specific)

    def strong_matches(self, c: Concern, u: Unit) -> int:
        """How many of the concern's specific words (not generic, not the plan's subject) ``u``
        holds."""
        keys = u.keys | u.title_keys
        return sum(
            1
            for t in c.terms
            if not t.stop
            and not t.generic
            and not self.is_topic(t)
            and not t.lemma.isdigit()
            and self.term_match(t, u, keys) >= self.s.term_hit
        )

    def anchor(self, c: Concern) -> T.Term | None:
        """The concern's most specific word: a compound or a long word, the rarest in the plan."""
        cands = [t for t in c.terms if self.anchor_word(t)]
        if not cands or len([t for t in c.terms if not t.stop]) < 2:
            return None
        return max(cands, key=lambda t: (round(self.weight(t), 2), len(t.parts), len(t.lemma)))

    def specific_elsewhere(self, c: Concern, u: Unit, keys: set[str]) -> bool:
        """A word of the concern as specific as its anchor (a compound or a long word, as rare
        in the plan) that ``u`` lacks and another passage of the plan holds ("lager"
        beside "flomsperrer", under a chapter "Flomsperrer", the store named under
        "Økonomi"): the plan has that word and would use it where it answers."""
        anchor = self.anchor(c)
        if anchor is None:
            return False
        top = (round(self.weight(anchor), 2), len(anchor.parts))
        return any(
            self.anchor_word(t)
            and (round(self.weight(t), 2), len(t.parts)) == top
            and self.term_match(t, u, keys) < self.s.term_hit
            and any(self.df.get(k, 0) for k in t.whole)
            for t in c.terms
        )

    def names_relation(self, t: T.Term, u: Unit, keys: set[str]) -> bool:
        """The unit names a relation between parties: the concern's relation word itself or
        a word of words.yaml relation_head or relation_answer (an agreement, something joint
        or done together)."""
        if self.term_match(t, u, keys) >= self.s.term_hit:
            return True
        return any(
            self.term_match(r, u, keys) >= self.s.term_hit for r in relation_terms(self.lang)
        )

    def names_effect(self, t: T.Term, u: Unit, keys: set[str]) -> bool:
        """The unit names an effect: the concern's effect word itself or any word of
        words.yaml effect_word (a part of a compound too: "konsekvensanalysen")."""
        if self.term_match(t, u, keys) >= self.s.term_hit:
            return True
        return any(self.term_match(e, u, keys) >= self.s.term_hit for e in effect_terms(self.lang))

    def anchor_word(self, t: T.Term) -> bool:
        """A word specific enough to name a concern's object: a long noun, or a compound that
        is not a short word split by chance (per+sone) nor of general words only
        ("tjeneste|tilbud"); not a verb ("forebygge", "prioritere": what to do, not what
        about), a generic word, a number or the plan's own subject."""
        return (
            not t.stop
            and not t.generic
            and not t.lemma.isdigit()
            and not self.is_topic(t)
            and not (t.parts and all(p in T.LIGHT_HEADS for p in t.parts))
            and (
                (len(t.lemma) >= self.s.anchor_min_word and t.lemma.endswith(NOUN_SUFFIXES))
                or bool(t.parts and len(t.lemma) >= self.s.anchor_min_compound)
            )
        )

    def heading_names_object(self, c: Concern, u: Unit, anchor_lost: bool = False) -> bool:
        """The unit stands under a heading that restates one of the concern's specific words (a
        compound or a long word: a chapter "Jordvern" for "vurdere korleis jordvernet kan
        styrkjast i arealplanlegginga"), and its own text speaks of it too (the word or a part
        of it): the chapter is the answer, in its own words."""
        if not u.heading_keys or len(u.lemmas) < self.s.heading_min_words:
            return False
        specific = [
            t
            for t in c.terms
            if not t.stop and not t.generic and not t.lemma.isdigit() and not self.is_topic(t)
        ]
        if len(specific) < 2:
            return False  # a one-word concern is matched word for word already
        if anchor_lost:
            # a word in most of the plan's passages ("frivillig" in a volunteering policy) is
            # the plan's subject in other words: every chapter's heading may name it, and with
            # the concern's most specific word nowhere in the unit, restating it says nothing
            # of which chapter answers the point
            specific = [t for t in specific if self.spread(t) < self.s.heading_word_spread]
        objs = [t for t in specific if t.whole & u.heading_keys and (t.parts or len(t.lemma) >= 6)]
        # the text speaks of it through a word relation (a date under "Tidplan") only where it
        # is about the point's subject (MatchSettings.relation_subject)
        text = u.keys if not u.related_keys or self.subject_answered(c, u) else u.keys - u.related_keys
        if any(
            bool(o.whole & text) or any({p, T.canon(p)} & text for p in o.parts) for o in objs
        ):
            return True
        if not self.s.heading_stem:
            return False
        # the heading names the compound's first element ("Kulturminna i arealplanane" for
        # "arealplanlegginga"), and the text answers another specific word of the concern
        # ("omsynssone"): the chapter is the answer, in its own words
        stems = [
            t
            for t in specific
            if t.parts
            and len(t.parts[0]) >= 6
            and t.parts[0] not in T.LIGHT_HEADS
            # the plan's own subject as first element ("<subject>forum" under a heading
            # "<subject> i dag") is in every heading: it restates nothing
            and not self.is_topic(T.Term(t.parts[0], t.parts[0]))
            and {t.parts[0], T.canon(t.parts[0])} & u.heading_keys
        ]
        return any(
            o is not t and self.term_match(o, u, text) >= self.s.term_hit
            for t in stems
            for o in specific
        )

    def heading_about_other(self, c: Concern, u: Unit, context: list[T.Term]) -> bool:
        """The unit's own heading names a specific word that the point does not: the chapter
        is about another object (a chapter "Oppfølging i hjemmet" against "en plan for
        oppfølging av personer med diagnose X"), though it shares a word with the point."""
        asked: set[str] = set(self.point_keys)
        for t in [*c.terms, *context]:
            asked |= t.keys | set(t.parts)
        return any(
            not (w & asked)
            and max(map(len, w)) >= self.s.heading_other_min
            and not any(self.is_topic(T.Term(k, k)) for k in w)
            for w in u.heading_words
        )

    def rank(self, query: list[str], candidates: list[int]) -> list[int]:
        if not query or not candidates:
            return []
        scores = np.asarray(self.bm25.get_scores(query))
        order = sorted(candidates, key=lambda i: -scores[i])
        return [i for i in order[: self.s.top_k] if scores[i] > 0]

    def part_forms(self, part: str, head: bool) -> set[str]:
        """The keys a compound's part is found by: itself, its synonym group's key and, for a
        modifier ending in -s, the word before the linking letter ("saks" of "saksmengde" is
        "sak" as often as the word "saks": the splitter keeps the -s when both are words)."""
        forms = {part, T.canon(part)}
        if (
            self.s.linking_s_part
            and not head
            and part.endswith("s")
            and not part.endswith("ss")
            and len(part) > self.s.linking_s_stem
            and self.lang in LINKING_S_LANGS
        ):
            forms |= {part[:-1], T.canon(part[:-1])}
        return forms

    def term_match(self, t: T.Term, u: Unit, keys: set[str]) -> float:
        hit = t.whole & keys
        if hit:
            if hit <= u.modifier_keys - u.title_keys:
                # the word only as the modifier of a compound naming another thing
                # ("laksen" in "laksefiskeplassen … er et kjent turmål")
                return self.s.modifier_only
            return 1.0
        if t.parts:
            finest = list(t.parts)
            # each part found, with the form the unit holds it in (for where it stands)
            spot = {
                p: p if {p, T.canon(p)} & keys else min(hit)
                for i, p in enumerate(finest)
                if (hit := self.part_forms(p, i == len(finest) - 1) & keys)
            }
            found = list(spot)
            # the parts must stand together, except a head that the section heading names
            # ("idrett…" in a chapter "Anleggsoversikt" answers "idrettsanlegg")
            head = finest[-1]
            if head in DOCUMENT_HEADS and self.s.document_head:
                # "kompetanseplan", "beredskapsplan": a document of its own is asked for; the
                # subject under a heading of a plan (any plan's title ends in "plan") is not
                # that document
                found = [p for p in found if p != head]
                return 0.5 * len(found) / len(finest) if found else 0.0
            near = [p for p in found if not (p == head and {p, T.canon(p)} & u.title_keys)]
            if len(found) == len(finest) and _close(u, [spot[p] for p in near]):
                return 1.0
            subject = [p for p in finest[:-1] if p not in T.LIGHT_HEADS]
            if (
                self.s.light_head
                and head in T.LIGHT_HEADS
                and subject
                and all(p in found for p in subject)
                and not any(self.is_topic(T.Term(p, p)) for p in subject)
                and _close(u, [spot[p] for p in subject if p in near])
            ):
                # "skogressursane" answered by a passage on the forest: the head only names
                # the kind of thing, the first part is the subject
                return self.s.light_head
            if (
                self.s.kind_head_table
                and u.kind == "table"
                and head in KIND_HEADS
                and subject
                and all(
                    {p, T.canon(p)} & table_labels(u.text, self.lang, self.s.table_label_words)
                    for p in subject
                )
            ):
                # "skiltype" against a table with a column "Skilt" (or rows labelled by
                # the first part: "– med grusdekke"): its cells are the kinds asked for
                return self.s.kind_head_table
            if found:
                return 0.5 * len(found) / len(finest)
        # near spellings: "bostedsløshet" ~ "bostedsløse", "utforming" ~ "utformet"
        lem = t.lemma
        if len(lem) >= 6:
            for k in keys:
                if len(k) < 5 or abs(len(k) - len(lem)) > 5:
                    continue
                pre = _common_prefix(lem, k)
                if (
                    pre >= max(6, int(0.8 * min(len(lem), len(k)))) or fuzz.ratio(lem, k) >= 90
                ) and not (self.s.near_reaches_head and _first_part_only(t, pre)):
                    return 0.8
        if self.s.similarity and lem.isalpha():
            from plancheck.mandate.similarity import neighbours

            if neighbours(lem, self.lang, self.s.similarity_sources) & keys:
                return self.s.similarity
        return 0.0

    def relations_beside(self, c: Concern, u: Unit) -> bool:
        """Whether an amount or a date (Unit.beside_keys) may answer words of ``c`` in ``u``:
        ``u`` is a passage (not a whole chapter) and answers another of the concern's words by
        a word of its own (MatchSettings.relation_beside)."""
        if not self.s.relation_beside:
            return True
        if u.kind == "section":
            return False
        own = u.keys - u.beside_keys
        return any(
            self.weight(t) > 0 and not self.related_only(t, u, u.keys)
            and self.term_match(t, u, own) >= self.s.term_hit
            for t in c.terms
        )

    def through_relation(self, t: T.Term, u: Unit, keys: set[str]) -> bool:
        """Whether ``t`` is found in ``u`` through a word relation alone (Unit.related_keys:
        an amount, a date, a class by its members), none of the unit's own words."""
        hit = t.whole & keys
        return bool(hit) and hit <= u.related_keys - u.title_keys

    def subject_answered(self, c: Concern, u: Unit) -> bool:
        """Whether ``u`` (its own words, its headings) or the plan's title names the subject
        of the point being scored (``point_subject``, the concern's own words aside): where
        an answer through a word relation may count (MatchSettings.relation_subject). True
        when the point has no subject beside the concern's words."""
        if not self.s.relation_subject:
            return True
        own = {k for t in c.terms for k in t.whole}
        subject = [t for t in self.point_subject if not (t.whole & own)]
        if not subject:
            return True
        keys = (u.keys - u.related_keys) | u.title_keys | u.heading_keys
        return any(
            self.is_topic(t) or self.term_match(t, u, keys) >= self.s.term_hit for t in subject
        )

    def related_only(self, t: T.Term, u: Unit, keys: set[str]) -> bool:
        """Whether ``t`` is found in ``u`` through an amount or a date alone
        (Unit.beside_keys)."""
        hit = t.whole & keys
        return bool(hit) and hit <= u.beside_keys - u.title_keys

    def _target_answers(self, t: T.Term, u: Unit) -> bool:
        """A word asking for a target (mål, reduksjon, auke) is answered by a unit stating
        one in figures."""
        return (
            bool(self.s.target_by_figures)
            and u.target
            and (t.lemma in TARGET_WORDS or T.canon(t.lemma) in TARGET_WORDS)
        )

    def _at_other_place(self, c: Concern, u: Unit) -> bool:
        """The passage says the concern's thing of another place: its own text (of a chapter:
        the member that holds most of the thing's words) lacks a place the concern names and
        names another after a preposition of place."""
        if u.kind == "section" and u.members:
            rest = [t for t in c.terms if t not in c.places and not t.stop]
            if not rest:
                return False
            u = max(u.members, key=lambda m: sum(self.term_match(t, m, m.keys) for t in rest))
        return any(self.term_match(t, u, u.keys) < self.s.term_hit for t in c.places) and other_place(
            u.text, c.places, self.lang
        )

    def count_contradicted(self, c: Concern) -> bool:
        """The concern asks for at least N of a thing and the plan counts it somewhere, always
        fewer ("minst fem dagers opplæring" against "tre dagers opplæring"): the plan has
        said its number, so no passage naming the matter without a count answers the whole
        concern (count_unstated). A plan that never counts the thing is judged passage by
        passage as before: a period given by dates, a list of three, answer a count unsaid."""
        if c.text not in self.contradicted:
            found = [f for u in self.units if (f := _counted(c.text, u.text, self.lang)) is not None]
            given = [n for _asked, counts in found for n in counts]
            self.contradicted[c.text] = bool(given) and max(given) < found[0][0]
        return self.contradicted[c.text]

    def concern_score(self, c: Concern, u: Unit, context: list[T.Term]) -> tuple[float, list[str]]:
        keys = u.keys | u.title_keys
        # a concern that asks for measures is answered by what the plan will do (a measure, a
        # strategy, "skal"/"vil"); a statistic that names the subject is a weaker answer
        action_keys = u.action_keys | (u.title_keys if u.action_keys else set())
        total = got = 0.0
        acted = 0.0
        own = 0  # words found in the unit's own text, not only in its heading
        others = 0  # words found other than through a word relation alone
        beside: list[tuple[T.Term, float, float]] = []  # found through a relation alone
        missing: list[str] = []
        # a light word whose object the unit lacks ("use" without "salt") answers nothing
        unbound = {
            i
            for i, j in c.light_objects
            if self.term_match(c.terms[j], u, keys) < self.s.term_hit
        }
        part_only = False
        near = 0.0  # got through learned neighbours alone (similarity)
        for n, t in enumerate(c.terms):
            w = self.weight(t) or (0.5 if c.plain_words else 0.0)
            if w == 0:
                continue
            m = 0.0 if n in unbound else self.term_match(t, u, keys)
            if m < self.s.term_hit and self._target_answers(t, u):
                # "Setje mål for reduksjon av X" against "X skal ned frå 38 til 25 prosent
                # innan 2035": the target in figures
                m = 1.0
            if m < self.s.term_hit and t.lemma in T.MEDIUM and self.s.need_by_action:
                # "behovet for nye turstiar" against "Tilskot til turstiar i Åsen": a
                # decision to provide the thing answers the need for it
                objects = [o for o in c.terms if o is not t and not o.stop and not o.generic]
                if objects and all(
                    self.term_match(o, u, action_keys) >= self.s.term_hit for o in objects
                ):
                    m = self.s.need_by_action
            if m < self.s.term_hit and self.s.member_part and t.whole & u.part_keys:
                # one member of the class named: one part of it
                m = max(m, self.s.member_part)
                part_only = True
            if n in c.attributive and m < self.s.term_hit:
                # the adjective missing, not the object: it said which of the thing
                w *= self.s.attributive_weight
            total += w
            if m >= self.s.term_hit and self.s.relation_beside and self.related_only(t, u, keys):
                beside.append((t, w, m))
                continue
            if (
                m >= self.s.term_hit
                and self.through_relation(t, u, keys)
                and not self.subject_answered(c, u)
            ):
                # a class answered by its members in a passage about another object
                m = min(m, self.s.member_part) if self.s.member_part else 0.0
            # the word in the unit's own text, not only in its heading
            in_text = self.term_match(t, u, u.keys) if m > 0 else 0.0
            if m >= self.s.term_hit and in_text >= self.s.term_hit:
                others += 1  # in the unit's own text: a heading's word answers no amount
            got += w * m
            if in_text > 0:
                own += 1
            if c.action and m > 0:
                acted += w * min(m, self.term_match(t, u, action_keys))
            if m < self.s.term_hit:
                missing.append(t.surface)
            if self.s.similarity and m == self.s.similarity:
                near += w * m
        subject = self.subject_answered(c, u) if beside else True
        if beside and not others and self.s.beside_list_head and context and u.kind == "table":
            # "en lista över åtgärderna med kostnad, ansvarig och tidpunkt för varje åtgärd": a concern of
            # one class word ("tidpunkt") has no other word of its own; a table that names the
            # list's head ("åtgärdslista", "åtgärd") by its own words (its column "Åtgärd"
            # beside its column of years) is the list asked for. A table only: a sentence that
            # names "handlingsplanen" and the date of a meeting is no timetable of the measures
            own_keys = u.keys - u.beside_keys
            others = sum(
                1
                for t in context
                if not t.stop and self.weight(t) > 0 and self.term_match(t, u, own_keys) >= self.s.term_hit
            )
        for t, w, m in beside:
            if not others or u.kind == "section" or not subject:
                # an amount or a date with nothing else of the concern, or only elsewhere in
                # the chapter, or in a passage about another object than the point's: not
                # the passage that answers it
                missing.append(t.surface)
                continue
            got += w * m
            own += 1
            if c.action:
                acted += w * min(m, self.term_match(t, u, action_keys))
        if total == 0:
            return 0.0, missing
        score = got / total
        if near:
            # the neighbours' share lifts a concern at most to part_cap: never what covers it
            score = max((got - near) / total, min(score, self.s.part_cap))
        if part_only:
            score = min(score, self.s.part_cap)
        if own == 0 and u.kind != "section" and len(u.lemmas) < 5:
            # a label under the right heading ("Legend", "Timeframe") answers nothing
            score *= self.s.label_factor
        if c.action and got > 0 and acted < got:
            f = self.s.statistic_factor
            score *= f + (1 - f) * acted / got
        elif c.manner and got > 0 and not u.doing_keys:
            # "hur vinterdriften ska ordnas för …" against "Var femte väg är grusväg": the
            # facts of the matter, not what will be done (a passage that says what is done
            # anywhere in it is an answer)
            score *= self.s.statistic_factor
        # the most specific word of the concern must be there: many common words around a
        # missing key word ("trafikkopplæring") are the words of another subject
        anchor = self.anchor(c)
        anchor_lost = (
            anchor is not None
            and self.term_match(anchor, u, keys) < self.s.term_hit
            and not self._target_answers(anchor, u)
        )
        if anchor_lost:
            score = min(score, self.s.anchor_cap)
        elif (
            c.question_subject is not None
            and self.term_match(c.question_subject, u, keys) < self.s.term_hit
        ):
            # "hur läkemedlen förvaras" against a passage on the room alone: the thing
            # whose handling is asked about is not there
            score = min(score, self.s.anchor_cap)
            if c.question_subject.surface not in missing:
                missing.append(c.question_subject.surface)
        elif (
            (anchor is None or c.question_verb_listed or self.s.question_verb_anchored)
            and c.question_verb is not None
            and self.term_match(c.question_verb, u, keys) < self.s.term_hit
        ):
            # a question with no noun specific enough to anchor it ("hur unga kan
            # delta"): its verb is what it asks, and a passage without it names only who
            score = min(score, self.s.anchor_cap)
        rel = c.terms[c.relation] if c.relation is not None else c.relation_term
        if rel is not None and not self.names_relation(rel, u, keys):
            # "samarbeidet med idrettslagene" against "Idrettslaget eier banen": the party is
            # named, the relation asked about is not
            score = min(score, self.s.relation_cap)
        if (
            self.s.heading_object
            # a table's header row names what it holds: a column the concern asks for and the
            # header lacks ("tidsplan" beside "Tiltak | Ansvar") is not there in other words
            and not (u.kind == "table" and self.s.table_no_heading_object)
            and not (
                anchor_lost and self.s.heading_needs_anchor and self.heading_about_other(c, u, context)
            )
            and self.heading_names_object(c, u, anchor_lost)
        ):
            # a heading that restates one word of the concern but names another object beside
            # it (a chapter "Forebygging av A" for "forebyggende arbeid i B") does not stand in
            # for the concern's most specific word, which neither heading nor text holds
            lift = self.s.heading_object
            if score < self.s.heading_object_floor:
                lift = min(lift, self.s.weak)
            if self.s.heading_anchor_elsewhere and self.specific_elsewhere(c, u, keys):
                # the plan names the concern's most specific word in another passage: it has
                # the word and would use it where it answers; the chapter restating a lesser
                # word answers a part at most
                lift = min(lift, self.s.part_cap)
            score = max(score, lift)
        ctx = [t for t in context if not t.stop and not t.generic and not t.lemma.isdigit()]
        if (
            ctx
            and not u.process
            and not any(self.term_match(t, u, keys | u.keys) >= 0.5 for t in ctx)
        ):
            # the words are there, but maybe not about what the point is about
            score *= self.s.off_context_factor
        if self.s.identifier_number and any(
            self.term_match(t, u, keys) < self.s.term_hit for t in c.identifiers
        ):
            # "korsningarna längs väg 205" against "… längs väg 207": another road
            score = min(score, self.s.anchor_cap)
        lacking_days = [t for t in c.weekdays if self.term_match(t, u, keys) < self.s.term_hit]
        if lacking_days:
            # "… på lørdager" against "Bussen kjører tirsdag og fredag": another day
            score = min(score, self.s.anchor_cap)
            missing.extend(t.surface for t in lacking_days if t.surface not in missing)
        if c.places and self.s.place_other_cap < 1.0:
            lacking = [t for t in c.places if self.term_match(t, u, keys) < self.s.term_hit]
            if lacking and len(lacking) < len(c.places):
                # some of the places listed, not all: a part of what is asked
                score = min(score, self.s.part_cap)
                missing.extend(t.surface for t in lacking if t.surface not in missing)
            elif self._at_other_place(c, u):
                # "… i Tallbacken" for "… i Björkliden": the same thing, at another place (the
                # place named in its heading only: the sentence says where it is done)
                score = min(score, self.s.place_other_cap)
        if self.s.part_cap < 1.0 and (
            part_of_whole(c.text, u.text)
            or count_short(c.text, u.text, self.lang)
            or (self.s.count_unstated and self.count_contradicted(c) and count_unstated(c.text, u.text, self.lang))
        ):
            # "Ungdomsråden i de fyra kommundelarna ska höras" against "… i två av de fyra",
            # "minst to folkemøter" against "et folkemøte": a part of what is asked
            score = min(score, self.s.part_cap)
            counted = _COUNTED_RE.search(c.text)
            if counted and counted.group(0) not in missing:
                missing.append(counted.group(0))
        if c.when and not gives_time(u):
            # "angi når et nødaggregat skal være på plass" against "Ingen av pumpestasjonene
            # har i dag et nødaggregat": the thing is named, the time asked is not
            score = min(score, self.s.weak)
            if c.when not in missing:
                missing.append(c.when)
        if c.effect is not None and not self.names_effect(c.effect, u, keys):
            # "hvordan vegen påvirker myra" against "Myra er et naturområde …": the thing
            # affected is described, the effect asked about is not, whatever the heading
            # restates
            score = min(score, self.s.effect_cap)
        if c.support is not None and not any(
            self.term_match(r, u, keys) >= self.s.term_hit for r in (c.support, *support_terms(self.lang))
        ):
            # "hvordan lodsejere kan få hjælp til at søge tilskud" against "Staten giver
            # tilskud": the grant is named, the help asked for is not
            score = min(score, self.s.relation_cap)
        return score, missing


def _multi_hit(t: T.Term, keys: set[str]) -> bool:
    return any(" " in k for k in (t.keys & keys))


def _first_part_only(t: T.Term, shared: int) -> bool:
    """A near spelling of a compound that shares no more than its first part ("arbeid" for
    "arbeidsmarked", "frivillig innsats" for "people outside the labour market"): the word
    shares the modifier, not the thing the compound names, so it is another word, not an
    inflection of this one. An inflection differs at the end of the word, inside its head."""
    if len(t.parts) < 2:
        return False
    return shared <= len(t.parts[0]) + 1


def _common_prefix(a: str, b: str) -> int:
    """The letters two words open with alike."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _close(u: Unit, parts: list[str]) -> bool:
    """Compound parts found in ``u`` stand within a few words of each other."""
    if len(parts) < 2:
        return True
    lists = [sorted(set(u.positions.get(p, []) + u.positions.get(T.canon(p), []))) for p in parts]
    if any(not pl for pl in lists):
        return True  # found only in a heading
    return any(all(any(abs(q - p0) <= 5 for q in pl) for pl in lists[1:]) for p0 in lists[0])


# ----------------------------------------------------------------------------- points


_SHARED_PREP = W.word_set("shared_head_preposition")
_PREPOSITION = W.word_set("preposition")
def shared_heads(texts: list[str], lang: str) -> list[str]:
    """Items of an enumeration that continue the prepositional object of the item before
    them take its noun and preposition: ["basert på tall fra skolene", "barnehagene",
    "helsestasjonen"] → [..., "tall fra barnehagene", "tall fra helsestasjonen"]; each concern
    needs its own evidence, and figures from the schools do not answer figures from the
    health centre. An item continues the object only when it is built like it: as many
    words (one or two), no function word, no preposition ("deres barn", "følge opp saken"
    and "digitale verktøy" after "kurs for ansatte" do not); the noun is a content word and
    not a verb form ("fordelt på …"). The chain stops at the
    first item that does not continue it."""
    out = list(texts)
    prefix, size = "", 0
    for i, txt in enumerate(texts):
        words = txt.split()
        low = [w.lower() for w in words]
        bare = (
            prefix
            and len(words) == size
            and all(w.isalpha() for w in low)
            and not any(w in _PREPOSITION or T.lemma(w, lang) in T.FUNCTION for w in low)
        )
        if bare:
            out[i] = f"{prefix} {txt}"
            continue
        prefix, size = "", 0
        for j in range(len(low) - 2, 0, -1):
            if low[j] in _SHARED_PREP:
                noun = low[j - 1]
                lem = T.lemma(noun, lang)
                verb_form = lem != noun and lem.endswith(("e", "a"))
                if noun.isalpha() and lem not in T.STOP and not verb_form and len(low) - j - 1 <= 2:
                    prefix, size = f"{words[j - 1]} {words[j]}", len(low) - j - 1
                break
    return out


# a passive after a modal, or "være"/"bli" and a participle, with its particle ("skal
# tas med", "skal bli hørt", "skal inviteres inn", "ska bjudas in"): the step a
# process point asks for (requirements.yaml: modal; words.yaml: particle)
STEP_VERB_RE = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in _words("modal")) + r")\s+"
    r"(?:(?:bli|være|vere|vara|bliva|blive|be)\s+\w{3,}(?:t|d|et|ert|ad|at)"
    r"|\w{3,}(?:es|as|ast|s))"
    r"(?:\s+(?:" + W.alternation("particle") + r"))?\b",
    re.IGNORECASE,
)
# a step the plan itself is to undergo once in use, evaluated or revised ("Planen skal
# evalueres når …", "skal revideres"): what the point asks, not the way to a body
# (words.yaml: evaluation, revision)
FOLLOW_UP_RE = re.compile(r"\b(?:" + W.alternation("evaluation", "revision") + r")", re.IGNORECASE)


def _step_removed(m: re.Match) -> str:
    """STEP_VERB_RE's step without its verb (its modal kept), unless the step is an
    evaluation or revision of the plan (FOLLOW_UP_RE): then it is kept whole."""
    return m.group(0) if FOLLOW_UP_RE.search(m.group(0)) else m.group(1) + " "


BREAKDOWN_RE = re.compile(r"^\s*(?:" + W.alternation("breakdown") + r")\b", re.IGNORECASE)
FIGURE_RE = re.compile(
    r"\d[\d\s.,]*\s*(?:" + W.alternation("figure_unit") + r")(?!\w)", re.IGNORECASE
)


def is_breakdown(text: str) -> bool:
    """"fordelt på sektorer": a concern asking for a split over classes."""
    return bool(BREAKDOWN_RE.match(text))


KIND_HEADS = W.word_set("kind_head")


@functools.lru_cache(maxsize=512)
def table_labels(text: str, lang: str, label_words: int) -> frozenset[str]:
    """The keys of a table passage's labels (extract.plan.table_text: a row a line, cells
    joined by " | "): the words of its header row and of each row's first cell when that is a
    label (at most ``label_words`` words; a measure's sentence is none) — what the columns
    hold and what the rows are, not the cells' values."""
    lines = [x for x in text.split("\n") if x.strip()]
    if not lines:
        return frozenset()
    firsts = (x.split(" | ")[0] for x in lines[1:])
    cells = [*lines[0].split(" | "), *(x for x in firsts if len(x.split()) <= label_words)]
    return frozenset(
        k for cell in cells for t in T.terms(cell, lang) if not t.stop for k in (t.lemma, *t.keys)
    )


WHEN_HEADER = W.word_set("when_header", "date_header")
_YEAR_IN_CELL_RE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\s?\d{1,2}\.")


def _header_cells(u: Unit) -> list[str]:
    """The cells of a table passage's header row (extract.plan.table_text: cells joined by
    " | "); [] for any other unit or a table of one column."""
    if u.kind != "table":
        return []
    first = next((x for x in u.text.split("\n") if x.strip()), "")
    cells = [c.strip() for c in first.split(" | ")]
    return cells if len(cells) >= 2 and all(cells) else []


def _leftover_column(
    results: list[tuple[Concern, float, Unit | None, list[str]]],
    scored: dict[int, Unit],
    scorer: Scorer,
    context: list[T.Term],
    s: MatchSettings,
) -> list[tuple[Concern, float, Unit | None, list[str]]]:
    """A table answering a listed point column for column: every item of the list but one
    is restated by a header cell of the table and answered by it in full, and the table has
    exactly one header cell that no item restates. That column holds the item said in other
    words ("Badeplass | Prøvesvar | Toaletter | Parkering" for "the bathing places, their water
    quality, toilets and parking"): the item is answered by the table. A table with two
    columns left over, or two items, is left as it was: which is which is unknown."""
    plain = [r for r in results if not r[0].structural]
    short = [r for r in plain if r[1] < s.covered]
    if len(plain) < s.leftover_column + 1 or len(short) != 1:
        return results
    lacking = short[0][0]
    for u in {id(v): v for v in scored.values()}.values():
        cells = _header_cells(u)
        if not cells:
            continue
        keys = [
            {k for t in T.terms(cell, scorer.lang) if not t.stop for k in (t.lemma, *t.keys)}
            for cell in cells
        ]

        def restated(c: Concern, ks: set[str], u: Unit = u) -> float:
            # the words the cell restates, its very words counting before a part or a kin
            # ("badevakt" is the cell "Badevakt" before the cell "Vakt")
            return sum(
                (1.0 + (t.lemma in ks)) if scorer.term_match(t, u, ks) >= s.term_hit else 0.0
                for t in c.terms
                if not t.stop and not t.generic
            )

        # each item's column: the header cell restating most of its words (the leftmost of
        # equals): "the halls the council runs" takes "Hall", not a later "Hva hallen brukes til"
        column: dict[int, int] = {}
        for r in plain:
            hits = [restated(r[0], k) for k in keys]
            if max(hits) > 0:
                column[id(r[0])] = hits.index(max(hits))
        named = [r for r in plain if id(r[0]) in column]
        if (
            id(lacking) in column
            or len(named) != len(plain) - 1
            or len(named) < s.leftover_column
            or any(scorer.concern_score(r[0], u, context)[0] < s.covered for r in named)
        ):
            continue
        free = [i for i in range(len(cells)) if i not in column.values()]
        if len(free) != 1:
            continue
        return [(c, 1.0, u, []) if c is lacking else (c, sc, un, m) for c, sc, un, m in results]
    return results


_RANK_STEMS = tuple(W.words("rank_word"))
_RANK_HEADERS = W.word_set("rank_header")
_LIST_WORDS = W.word_set("list_word")
_RANK_CELL_RE = re.compile(r"^\s*(\d{1,2})\.?\s*$")


def _ranks(t: T.Term) -> bool:
    """Whether the term asks that things be put in order (words.yaml rank_word), as a word or as
    a compound's part ("prioriteringsliste")."""
    return any(w.startswith(_RANK_STEMS) for w in (t.lemma.lower(), t.surface.lower(), *t.parts))


def _listing(t: T.Term) -> bool:
    """Whether the term names a list itself (words.yaml list_word), alone or as a compound's
    head ("bruliste" heads "liste")."""
    return t.lemma.lower() in _LIST_WORDS or t.surface.lower() in _LIST_WORDS or (
        bool(t.parts) and t.parts[-1] in _LIST_WORDS
    )


def rank_column(text: str, rows: int) -> int | None:
    """The index of a table passage's column that ranks its rows (extract.plan.table_text): a
    header cell that is a word of words.yaml rank_header over a whole number in at least ``rows``
    rows, the numbers starting at 1 and never falling ("1, 2, 3, 4" or priority classes "1, 1,
    2, 3"). None when the table has no such column."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < rows + 1:
        return None
    header = [c.strip().lower().rstrip(":.") for c in lines[0].split(" | ")]
    body = [[c.strip() for c in x.split(" | ")] for x in lines[1:]]
    for i, cell in enumerate(header):
        if cell not in _RANK_HEADERS:
            continue
        numbers = []
        for r in body:
            if len(r) != len(header):
                continue
            m = _RANK_CELL_RE.match(r[i])
            if not m:
                break
            numbers.append(int(m.group(1)))
        if len(numbers) >= rows and numbers[0] == 1 and all(b >= a for a, b in itertools.pairwise(numbers)):
            return i
    return None


def _ranked_table(
    results: list[tuple[Concern, float, Unit | None, list[str]]],
    scored: dict[int, Unit],
    scorer: Scorer,
    s: MatchSettings,
) -> tuple[list[tuple[Concern, float, Unit | None, list[str]]], set[int]]:
    """A ranked list asked for ("ei prioritert liste over bruer med kostnad", "en prioriteret
    oversigt over skolerne") and answered by a table that ranks its rows by number under a column
    of words.yaml rank_header ("Prioritet | Bru | Kostnad", rows 1, 2, 3 …): the table is the
    list. A concern holding a word of ranking is answered by it in full when every other word of
    the concern is restated by a header cell of the table (a compound by one of its parts:
    "bruliste" by "Bru", "skoleanlegg" by "Anlegg"), words naming a list
    itself ("liste", "programme") and adjectives before a noun aside. Why: the words a planner
    asks a ranking with ("prioritert") are not the words a table ranks with ("Prioritet" over
    the numbers), and the rows' own words are the things ranked, not the point's. Returns the
    results and the ids of the concerns the ranked table answers."""
    if not s.ranked_table:
        return results, set()
    tables = [
        (u, col)
        for u in {id(v): v for v in scored.values()}.values()
        if u.kind == "table" and (col := rank_column(u.text, s.ranked_table)) is not None
    ]
    if not tables:
        return results, set()
    # each ranking table with the keys of its header cells other than the ranks, read once
    headed = [
        (
            u,
            {
                k
                for i, cell in enumerate(_header_cells(u))
                if i != col
                for t in T.terms(cell, scorer.lang)
                if not t.stop
                for k in (t.lemma, *t.keys)
            },
        )
        for u, col in tables
    ]
    out = []
    answered: set[int] = set()
    for c, sc, un, miss in results:
        if c.structural or not any(_ranks(t) for t in c.terms):
            out.append((c, sc, un, miss))
            continue
        rest = [
            t
            for i, t in enumerate(c.terms)
            if not t.stop and not _ranks(t) and i not in c.attributive and not (_listing(t) and not t.parts)
        ]
        answer = None
        for u, keys in headed:

            def restated(t: T.Term, keys: set[str] = keys) -> bool:
                if t.whole & keys or t.lemma in keys:
                    return True
                parts = [p for p in t.parts if p not in _LIST_WORDS]
                return any(scorer.part_forms(p, i == len(t.parts) - 1) & keys for i, p in enumerate(parts))

            if rest and all(restated(t) for t in rest):
                answer = u
                break
        if answer is not None:
            answered.add(id(c))
            out.append((c, 1.0, answer, []))
        else:
            out.append((c, sc, un, miss))
    return out, answered


def when_column(text: str, share: float, headers: frozenset[str] | None = None) -> bool:
    """Whether a table passage (extract.plan.table_text) has a column headed by a word for when
    (words.yaml when_header, date_header: "När", "Frist", "When") holding a year or a date in at
    least ``share`` of its rows: the table says when each row's thing is done — the timetable
    a point asks for beside its measures ("en handlingsplan med åtgärder, ansvar och tidplan")."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < 2:
        return False
    header = [c.strip().lower() for c in lines[0].split(" | ")]
    cols = [i for i, c in enumerate(header) if c.rstrip(":?") in (WHEN_HEADER if headers is None else headers)]
    if not cols:
        return False
    rows = [x.split(" | ") for x in lines[1:]]
    # rows with every cell filled keep their columns; the text leaves empty cells out
    full = [r for r in rows if len(r) == len(header)]
    if not full:
        return False
    dated = sum(1 for r in full if any(_YEAR_IN_CELL_RE.search(r[i]) for i in cols))
    return dated >= share * len(full)


RESPONSIBLE_HEADER = frozenset(w.lower() for w in _words("responsible_column"))


def who_column(text: str, share: float) -> bool:
    """Whether a table passage has a column headed by a word for who is responsible
    (requirements.yaml responsible_column: "Ansvar", "Ansvarlig enhet", "Lead") filled in at
    least ``share`` of its rows (full rows: the text leaves empty cells out)."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < 2:
        return False
    header = [c.strip().lower().rstrip(":") for c in lines[0].split(" | ")]
    cols = [i for i, c in enumerate(header) if c in RESPONSIBLE_HEADER]
    rows = [x.split(" | ") for x in lines[1:]]
    full = [r for r in rows if len(r) == len(header)]
    if not cols or not full:
        return False
    named = sum(1 for r in full if any(any(ch.isalpha() for ch in r[i]) for i in cols))
    return named >= share * len(full)


@functools.lru_cache(maxsize=8)
def responsible_keys(lang: str) -> frozenset[str]:
    """The keys of the one-word names of who is responsible (requirements.yaml
    responsible_column: ansvar, ansvarlig, ansvarig, responsible, lead …)."""
    words = [w for w in RESPONSIBLE_HEADER if " " not in w]
    return frozenset(k for w in words for t in T.terms(w, lang) if not t.stop for k in t.whole)


def quantity_only(c: Concern, lang: str) -> bool:
    """Whether every word of ``c`` that weighs asks how many or how much (relations.yaml
    ``count``: "arealet deira", "med lengde", "the number"): a concern with no object of its
    own, naming a measure of the point's object."""
    words = [t for t in c.terms if not t.stop]
    return bool(words) and all(T.count_word(t, lang) for t in words)


FACT_KINDS = ("when", "often", "who", "amount")


@functools.lru_cache(maxsize=8)
def _fact_phrases(lang: str) -> dict[str, tuple[frozenset[str], re.Pattern[str] | None]]:
    """Per kind, the words of the language (words.yaml fact_*: "når" is Norwegian for when and
    Swedish for reaches) and a pattern of them as whole words."""
    out: dict[str, tuple[frozenset[str], re.Pattern[str] | None]] = {}
    for k in FACT_KINDS:
        ws = sorted(W.load()[f"fact_{k}"].get(lang, []), key=len, reverse=True)
        rx = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ws) + r")(?!\w)", re.IGNORECASE)
            if ws
            else None
        )
        out[k] = (frozenset(ws), rx)
    return out


# the words for when as a column's header ("Tidsplan", "Timescale"): fact_when of every language
_FACT_WHEN_HEADER = W.word_set("fact_when")
MONEY_RE = re.compile(
    r"(?:[£€$]\s?\d)|\d[\d\s.,]*\s*(?:"
    + "|".join(re.escape(w) for w in W.words("money_unit") if w[:1].isalpha())
    + r")(?!\w)",
    re.IGNORECASE,
)
_DATE_OR_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


@functools.lru_cache(maxsize=1)
def _role_re() -> re.Pattern[str]:
    """A role word of the owner lexicon (every language: "-leder", "-sjef", "rådmann",
    "coordinator"), as a whole word or the head of a compound, bare or definite."""
    from plancheck.lang.vocab import OWNER_WORDS, words

    alts = sorted(
        {w.lstrip("-").lower() for w in words(OWNER_WORDS, "role") if len(w.lstrip("-")) >= 4},
        key=len,
        reverse=True,
    )
    return re.compile(r"(?:" + "|".join(re.escape(a) for a in alts) + r")\w{0,4}(?!\w)", re.IGNORECASE)


def fact_kind(c: Concern, lang: str = "nb") -> str:
    """The kind of fact a concern asks for when it is made only of a question word or of a
    noun naming a kind of fact (words.yaml fact_when, fact_often, fact_who, fact_amount, in
    the point's language): "kor ofte" → often, "by when" → when, "kostnad" → amount, "ansvar"
    → who; "" for any concern with a word of its own ("kostnad for skolebygg") or of two
    kinds. Every word of weight must be a word of the kind (by lemma, as written, or as a
    word of it with an ending: "kostnaden"); function words may stand around it ("per år",
    "der er")."""
    phrases = _fact_phrases(lang)
    found = {k for k, (_ws, rx) in phrases.items() if rx is not None and rx.search(c.text)}
    for t in (t for t in c.terms if not t.stop):
        low = t.surface.lower()
        kinds = {
            k
            for k, (ws, _rx) in phrases.items()
            if t.lemma.lower() in ws
            or low in ws
            or any(low.startswith(w) and len(low) - len(w) <= 3 for w in ws if " " not in w and len(w) >= 4)
        }
        if not kinds:
            return ""
        found |= kinds
    return next(iter(found)) if len(found) == 1 else ""


def _fact_sentences(u: Unit, about: list[T.Term], lang: str, need: int = 2) -> list[str]:
    """The sentences of ``u`` that speak of the point: each with the sentence before it (a
    sentence opening "It calls at …" goes on with the one before) holding at least two of
    the point's words of weight ``about`` (none when the point has fewer). A fact of the kind
    in another sentence is of another thing ("Alle lag kan søkje om tilskot kvart år"
    beside a point on how often the houses are used)."""
    sents = T.sentences(u.text)
    if len(about) < need:
        # one word of weight besides the question ("kor ofte hallen er i bruk"):
        # too thin to tell whose fact a sentence states
        return []
    keys = [{k for t in T.terms(x, lang) if not t.stop for k in (*t.keys, *t.parts)} for x in sents]
    out = []
    for n, x in enumerate(sents):
        window = keys[n] | (keys[n - 1] if n else set())
        if sum(1 for t in about if (set(t.keys) | set(t.parts)) & window) >= need:
            out.append(x)
    return out


def fact_answered(
    kind: str,
    u: Unit,
    owned: bool,
    dated: bool,
    s: MatchSettings,
    lang: str = "nb",
    about: list[T.Term] | None = None,
) -> bool:
    """Whether the passage ``u`` (answering the point's other concerns) holds a fact of
    ``kind`` in a sentence that speaks of the point (_fact_sentences over ``about``, the
    point's words of weight): a date, a year or a period (when); a frequency (often: lang
    deadlines.recurring_stated); a body or a role (who: the measure's owner, ``owned``; a role
    word or a body of the process); an amount of money (amount). A measure answers "when" by
    its deadline (``dated``: a date or a period); a table answers "when" by its dates in a when
    column or in ``fact_table_rows`` of its rows, "who" by an owner column so filled."""
    from plancheck.lang.deadlines import recurring_stated

    if u.kind == "table":
        text = u.text
        if kind == "when":
            # a column headed by a word for when ("När", "Frist", "Tidsplan") dated in its rows:
            # a year in another column (a cost, a count) says nothing of when
            return when_column(text, s.fact_table_rows, WHEN_HEADER | _FACT_WHEN_HEADER)
        if kind == "who":
            return who_column(text, s.fact_table_rows)
        return kind == "amount" and len(MONEY_RE.findall(text)) >= 1
    if (kind == "who" and owned) or (kind == "when" and dated):
        return True
    for x in _fact_sentences(u, about or [], lang, s.fact_sentence_words):
        if kind == "often" and recurring_stated(x):
            return True
        if kind == "when" and (find_dates(x) or _DATE_OR_YEAR_RE.search(x)):
            return True
        if kind == "who" and (_role_re().search(x) or _names_body(x, lang)):
            return True
        if kind == "amount" and MONEY_RE.search(x):
            return True
    return False


def breakdown_in_figures(u: Unit, min_figures: int) -> bool:
    """A passage holding a split in figures ("Bygg og anlegg stod for 38 prosent, helse og
    omsorg for 21 prosent")."""
    return len(FIGURE_RE.findall(u.text)) >= min_figures


STEP_THEN_RE = re.compile(r"\s+\b(?:" + W.alternation("step_then") + r")\b\s+", re.IGNORECASE)


PROCESS_BODIES = W.word_set("process_bodies")


def _names_body(text: str, lang: str) -> bool:
    """A council, committee or group of the process ("formannskapet", "eldrerådet"), not a
    step ("høring", "vedtak")."""
    return any(
        t.lemma in PROCESS_BODIES
        or T.canon(t.lemma) in PROCESS_BODIES
        or (len(t.lemma) > 5 and t.lemma.endswith(("råd", "råde")))
        for t in T.terms(text, lang)
        if not t.stop
    )


def process_steps(text: str, lang: str) -> list[str]:
    """A process point naming two steps, each with its body ("Strategien skal behandles i
    formannskapet før den legges fram for kommunestyret innen utgangen av 2026"), is one concern
    per step: the plan may show one body and not the other. A step without a body of its own
    ("før planen vedtas") stays with the one before it."""
    parts = [p for p in STEP_THEN_RE.split(text) if p.strip()]
    if len(parts) < 2 or not all(_names_body(p, lang) for p in parts):
        return [text]
    # "Planen skal drøftes i formannskapet" → "drøftes i formannskapet"
    parts = [_FINITE_START_RE.sub("", strip_document_subject(p)) for p in parts]
    return [p.strip(" ,") for p in parts]


# "Eldrerådet og brukerrådet skal høres før …": the subject of a process step, coordinated,
# before the modal (the and-words of the lexicon, the modals of requirements.yaml)
_COORDINATED_SUBJECT_RE = re.compile(
    r"^\s*(?P<subject>[^.;:]+?)(?:\s+(?:" + "|".join(re.escape(w) for w in _words("modal"))
    + r")\b"
    # … or the parties of a responsibility matrix's consulted row, their involvement after a
    # colon ("Tree wardens and residents' groups: Consulted at two workshops …")
    + r"|:\s+(?=(?:" + "|".join(re.escape(w) for w in _words("consult_participle")) + r")\b))",
    re.IGNORECASE,
)
_AND_RE = re.compile(
    r"\s*,\s*(?:(?:" + alternation(plain_words("and_words")) + r")\s+)?|\s+(?:"
    + alternation(plain_words("and_words"))
    + r")\s+",
    re.IGNORECASE,
)


def coordinated_subject(text: str, max_words: int) -> list[str]:
    """The bodies of a process step whose subject coordinates them ("Eldrerådet og
    brukerrådet skal høres før planen vedtas" → ["Eldrerådet", "brukerrådet"]): each is a step
    of its own, and a plan that shows one body heard and not the other answers half the point
    (the missing body is what "Mangler" names). One subject, a suspended compound
    ("Lag- og foreningslivet"), or a long clause before the modal gives [] ."""
    m = _COORDINATED_SUBJECT_RE.match(text)
    if m is None:
        return []
    subject = m.group("subject")
    if re.search(r"-\s+\S", subject) and re.search(r"\w-\s", subject):
        return []  # "Lag- og foreningslivet": one compound, suspended
    parts = [x.strip() for x in _AND_RE.split(subject) if x and x.strip()]
    if len(parts) < 2 or any(len(x.split()) > max_words for x in parts):
        return []
    if any(x.endswith("-") for x in parts):
        return []
    if any(w.lower() in _QUESTION_WORDS for x in parts for w in x.split()):
        # "explain how and when the parks will be inspected": an indirect question, its
        # question words coordinated, not bodies
        return []
    return parts


_AND_WORD_RE = re.compile(
    r"\s+(?:" + alternation(plain_words("and_words")) + r")\s+", re.IGNORECASE
)


def coordinated_objects(text: str, lang: str, min_terms: int) -> list[str]:
    """A concern that joins two objects, each with words of its own ("selskapsavtalene i de
    interkommunale selskapene og vedtektene i aksjeselskapene", "næringsrik mat og hjelp til å
    spise"), is two concerns: a plan that answers one has answered half the point, and the
    other is what is missing. Each side must hold at least ``min_terms`` specific words, so a
    fixed pair of single words ("barn og unge", "drift og vedlikehold") stays one concern; an
    "og" closing an enumeration ("A, B og C") is the reader's to split. Returns [text] when
    there is nothing to split."""
    parts = _AND_WORD_RE.split(text)
    if len(parts) < 2 or "," in parts[0]:
        # "A, B og C": the last pair of an enumeration, which the mandate reader splits
        # item by item (or keeps, when the items are verbs of one object)
        return [text]

    def specific(x: str) -> int:
        return sum(
            1 for t in T.terms(x, lang) if not t.stop and not t.generic and not t.lemma.isdigit()
        )

    if any(specific(x) < min_terms for x in parts):
        return [text]
    return [x.strip(" ,") for x in parts]


_QUESTION_WORDS = W.word_set("question")


def _first_word(text: str) -> str:
    words = re.findall(r"[\w-]+", text.lower())
    return words[0] if words else ""


def without_lone_questions(texts: list[str]) -> list[str]:
    """The concerns without an interrogative standing alone that asks about the clause next to
    it: "herunder hvor og hvornår der må spilles om aftenen" → ["hvornår der må spilles om
    aftenen"], "which of
    the toilets should stay open, and why" → ["which of the toilets should stay open"]. Why:
    coordinated interrogatives share one clause; split, the lone "hvor" or "why" was a concern
    no passage can answer (its words are function words), and the point was never covered.
    Only beside a question: before a concern that opens with an interrogative, or last after
    one that holds one ("korleis speidarar, kor og sjakklubbar": "kor" is a choir there, and stays)."""
    if len(texts) < 2:
        return texts
    out: list[str] = []
    for i, t in enumerate(texts):
        word = " ".join(t.strip(" ,.;:?!").lower().split())
        if word in _QUESTION_WORDS:
            after = texts[i + 1] if i + 1 < len(texts) else None
            before = texts[i - 1] if i else None
            if (after is not None and _first_word(after) in _QUESTION_WORDS) or (
                after is None
                and before is not None
                and any(w in _QUESTION_WORDS for w in re.findall(r"[\w-]+", before.lower()))
            ):
                continue
        out.append(t)
    return out or texts


_RELATIVE_RE = re.compile(r"^\W*(?:" + _alt("relative_pronoun") + r")\b", re.IGNORECASE)


def _part_qualified(clean: str, terms: list[T.Term], rest: list[T.Term]) -> bool:
    """A part of the plan asked for ("tiltak", "measures", T.STRUCTURAL) right before a
    relative pronoun (requirements.yaml relative_pronoun) whose clause holds words of the
    point (``rest``): "inneholde tiltak som styrer ferdselen i X" asks for measures that do a
    thing, which a plan with other measures does not answer. Why: the part alone ("Planen skal
    ha en tiltaksplan for de første årene") is answered by the part being there; a part with a
    clause of its own is a content point about what that clause names."""
    for t in terms:
        if t.lemma not in T.STRUCTURAL:
            continue
        end = t.start + len(t.surface)
        if _RELATIVE_RE.match(clean[end:]) and any(r.start > end for r in rest):
            return True
    return False


def _concerns_of(
    point: MandatePoint, lang: str, settings: MatchSettings = DEFAULT_SETTINGS
) -> tuple[list[Concern], list[T.Term]]:
    base = point.provenance.source_text or point.text
    listed = point.concerns
    if settings.steps_after:
        # "… Kommunfullmäktige tar ställning till förslaget …": the decision after the plan
        shorter = without_steps_after(base)
        if shorter != base:
            base, listed = shorter, [x for x in listed if x.strip() and x.strip() in shorter]
    row_date, row_text = None, ""
    if settings.row_dates:
        row = ROW_DATE_RE.search(base)
        dates = find_dates(row.group("date")) if row else []
        if row and dates:
            # "Leverans: 1 mars 2031": the date is when, not a thing to find
            row_date, row_text = max(dates), row.group("date")
            base = base[: row.start()]
            listed = [x for x in (split_concerns(base)[1] if listed else []) if x.strip()]
    if settings.report_frame:
        framed = strip_report_frame(base)
        if framed != base:
            # the point's list as read without its frame ("Agree that the strategy sets out
            # the cost of cleaning and repairs" → the cost of cleaning, repairs)
            base, listed = framed, split_concerns(framed)[1]
    if settings.run_in_topic:
        topic, body = run_in_topic(base)
        if topic:
            # "Støy: Kor mange bustader …": the topic names what the demand is about, the
            # demand restates it; no concern of its own, and no head word a passage must hold
            items = [x for x in split_concerns(body)[1] if x.strip()]
            if len(items) >= 2:
                base, listed = body, items
    main = base
    if listed and len(listed) >= 2 and " a) " not in base and ";" not in base:
        head, _, tail = split_concerns(main)
        ctx_text = f"{head} {tail}"
        texts = listed
    elif listed and len(listed) >= 2:
        head = main.split(listed[0])[0]
        head = re.sub(r"\b[a-z]\)\s*$", "", head)
        ctx_text = head
        texts = listed
    else:
        ctx_text = ""
        texts = [re.sub(r"\s+", " ", main)]
    context = T.content_terms(ctx_text, lang)
    point_deadline = None
    deadline_text = ""
    if point.process or (settings.step_deadline and step_asked(point.text, lang, settings)):
        # a point asking a step with a partner by a date ("The draft action plan shall be
        # shared with the residents' panel by 30 June") has the date as its deadline, whether
        # or not its words are process words: the plan must say the step taken by then
        found = list(DEADLINE_PHRASE_RE.finditer(base))
        m = found[-1] if found else None
        if m is not None:
            dates = find_dates(m.group(0))
            if dates:
                point_deadline, deadline_text = max(dates), m.group(0)
    if point.process and len(texts) == 1:
        if settings.body_relative:
            texts = [BODY_RELATIVE_RE.sub("", texts[0])]
        texts = process_steps(texts[0], lang)
    if _asks_process(point) and len(texts) == 1 and settings.coordinated_bodies:
        texts = coordinated_subject(texts[0], settings.coordinated_max_words) or texts
    asks_action = any(t.lemma in ACTION_WORDS for t in T.terms(ctx_text, lang))
    if settings.year_not_concern and len(texts) >= 2:
        # "Behovet for nye graver fram mot 2040, beregnet ut fra …": the year closes the head
        # ("fram mot"), it is no subject of its own to find
        years = [t for t in texts if YEAR_ONLY_RE.fullmatch(t.strip(" ,.;"))]
        if years and len(years) < len(texts):
            texts = [t for t in texts if t not in years]
            ctx_text = f"{ctx_text} {' '.join(years)}"
            context = T.content_terms(ctx_text, lang)
    if settings.shared_heads and not point.process and len(texts) >= 2:
        texts = shared_heads(list(texts), lang)
    if settings.coordinated_objects and not _asks_process(point):
        texts = [
            x for txt in texts for x in coordinated_objects(txt, lang, settings.coordinated_min_terms)
        ]
    if settings.lone_questions:
        texts = without_lone_questions(texts)
    if point.process:
        # the step asked for (legges fram, vedtas, handsamast, a passive after the modal:
        # "skal tas med", "skal bli hørt") is not a word to find: the bodies and
        # the date are the evidence
        texts = [
            " ".join(STEP_VERB_RE.sub(_step_removed, PROCESS_ASK_RE.sub(" ", t)).split())
            for t in texts
        ]
    listed_verb = (
        question_verb(re.sub(r"\s+", " ", main), lang, settings.question_verb_own_subject)
        if settings.question_verb_list and settings.question_verb_anchor and not point.process and len(texts) >= 2
        else None
    )
    out: list[Concern] = []
    for txt in texts:
        days, days_text = duration_asked(txt) if point.process else (0, "")
        clean = (
            RELATIVE_TIME_RE.sub(
                " ", DEADLINE_PHRASE_RE.sub(" ", PAREN_DURATION_RE.sub(" ", DURATION_RE.sub(" ", txt)))
            )
            if point.process
            else txt
        )
        # "… etter helse- og omsorgstjenesteloven § 3-1": a citation says where the duty comes from; the plan
        # answers the duty and rarely repeats the paragraph
        clean = CITATION_RE.sub(" ", clean)
        if settings.enumerators:
            # "Thirdly, the plan should show …": the count of the mandate's sentences, not a word
            clean = ENUMERATOR_RE.sub(" ", clean)
        if point.kind == "deliverable" or point.process:
            # "Planen skal ha et kart over tiltakene", "Strategien skal behandles i
            # formannskapet": the subject is the document itself, not a part or a body asked
            clean = strip_document_subject(clean, settings.document_subject_words)
        if point.process:
            # "… innan 1. april, slik at måla gjeld frå jakta same året": why the step is
            # asked, not a thing to find
            clean = PURPOSE_RE.sub("", clean)
        all_terms = T.terms(clean, lang)
        if settings.initials_min_words:
            name_initials(clean.strip(), all_terms, settings.initials_min_words)
        terms = [t for t in all_terms if not t.stop]
        frame = BREAKDOWN_RE.match(clean) if settings.breakdown_frame else None
        if frame and any(t.start >= frame.end() for t in terms):
            # "fordelt på skoler": the split's frame is no word to find, the classes are
            terms = [t for t in terms if t.start >= frame.end()]
        if not terms:  # "arbeid" as one of "bolig, arbeid og oppfølging" is a subject here
            terms = [
                t for t in T.terms(clean, lang) if t.lemma not in T.FUNCTION and len(t.lemma) > 2
            ]
        action = asks_action or any(t.lemma in ACTION_WORDS for t in terms)
        structural = sorted(
            {T.STRUCTURAL[t.lemma] for t in terms if t.lemma in T.STRUCTURAL}
            | {T.STRUCTURAL_PARTS[p] for t in terms for p in t.parts if p in T.STRUCTURAL_PARTS}
            | (
                {
                    T.DELIVERABLE_TIME[t.lemma]
                    for t in T.terms(clean, lang)
                    if t.lemma in T.DELIVERABLE_TIME
                }
                # one of the parts listed ("tiltak, kostnad og år for gjennomføring") or had
                # by a part ("a programme of works with dates"), not the time a part covers ("en
                # tiltaksplan for de første årene")
                if point.kind == "deliverable"
                and (len(texts) >= 2 or _had_with(clean, T.DELIVERABLE_TIME, lang))
                else set()
            )
        )
        rest = [
            t
            for t in terms
            if t.lemma not in T.STRUCTURAL
            and not t.generic
            and not t.lemma.isdigit()
            # "et kapittel der hvert tiltak har en ansvarlig enhet": the part named again, framed
            and not (structural and settings.part_compounds and T.names_part(t))
        ]
        # "Planen skal ha en tiltaksplan for de første årene": a part the plan must have;
        # the words around the part name (the plan, the years) are not asked for
        if structural and point.kind == "deliverable" and not (
            settings.part_relative_clause and _part_qualified(clean, terms, rest)
        ):
            rest = []
        each = settings.part_each and bool(EACH_RE.search(txt))
        if structural and not rest:
            if settings.structural_parts and len(structural) >= 2 and len(texts) == 1:
                # "a programme of works with a lead officer for each": the parts asked
                # together (the measures, their owners) are each a concern, so a plan with
                # the measures and no owners answers part of the point
                for part in structural:
                    words = [
                        t for t in terms
                        if T.STRUCTURAL.get(t.lemma) == part
                        or any(T.STRUCTURAL_PARTS.get(p) == part for p in t.parts)
                        or T.DELIVERABLE_TIME.get(t.lemma) == part
                    ]
                    label = " ".join(dict.fromkeys(t.surface for t in words)) or part
                    out.append(Concern(label, words or terms, structural=[part], each=each))
                continue
            out.append(Concern(txt, terms, structural=structural, each=each))
            continue
        terms = [
            t for t in terms if t.lemma not in ("tiltak", "foreslå", "measure", "action")
        ] or terms
        c = Concern(txt, terms, action=action and not point.process)
        c.manner = settings.manner_action and not point.process and manner_asked(clean)
        c.when = when_asked(txt) if settings.when_needs_time and not point.process else ""
        if settings.question_verb_anchor and not point.process:
            c.question_verb = question_verb(clean, lang, settings.question_verb_own_subject)
            if c.question_verb is None and listed_verb is not None:
                c.question_verb, c.question_verb_listed = listed_verb, True
        if settings.question_subject_anchor and not point.process:
            c.question_subject = question_subject(clean, lang)
        if settings.light_of:
            c.light_objects = light_objects(clean, terms)
        if settings.relation_cap < 1.0 and not point.process:
            # a process point's partners are the bodies to find in the passages on the plan's
            # making (taking part is the relation); a point of the process kind by its form
            # alone ("… tas fram i dialog med föräldrar") is matched against the content, where
            # the relation must be stated: the partners named in passing are no dialogue
            c.relation = relation_head(clean, terms)
        if settings.identifier_number:
            c.identifiers = identifier_terms(clean, terms)
        if settings.weekday_identifier and not point.process:
            c.weekdays = weekday_terms(base, lang)
        if settings.relation_cap < 1.0 and not _asks_process(point):
            k = support_head(clean, terms)
            c.support = terms[k] if k is not None else None
        if settings.place_other_cap < 1.0:
            c.places = place_terms(clean, terms)
        if settings.effect_cap < 1.0 and not _asks_process(point):
            k = effect_term(terms)
            c.effect = terms[k] if k is not None else None
        if settings.attributive_weight < 1.0:
            c.attributive = attributive_terms(clean, terms, lang)
        c.plain_words = bool(terms) and all(t.stop for t in terms)
        if settings.date_only_step and point.process and point_deadline and not terms:
            # "Kulturplanen skal vere vedteken før sommaren 2031": the plan as subject and the
            # step taken off, the date is all there is to find, as with words plans use everywhere
            c.plain_words = True
        c.duration_days, c.duration_text = days, days_text
        c.breakdown = settings.breakdown and is_breakdown(txt)
        if settings.revision_interval and len(texts) == 1:
            c.interval_years, c.interval_text = revision_asked(base)
        if point_deadline and DEADLINE_PHRASE_RE.search(txt):
            c.deadline, c.deadline_text = point_deadline, deadline_text
        out.append(c)
    if point_deadline and not any(c.deadline for c in out):
        out[-1].deadline, out[-1].deadline_text = point_deadline, deadline_text
    if row_date is not None and not point_deadline:
        for c in out:
            c.row_deadline, c.row_deadline_text = row_date, row_text
    if settings.relation_cap < 1.0 and not point.process and len(out) >= 2:
        rel = head_relation(base, lang)
        if rel is not None:
            for c in out:
                if c.relation is None:
                    c.relation_term = rel
    for prev, c in itertools.pairwise(out):
        if prev.effect is not None and c.effect is None and _opens_with_preposition(c.text):
            # "hvordan turismen påvirker handelen i sentrum og på kaia": the place after "og"
            # is where the same effect is asked about, no concern of its own
            c.effect = prev.effect
    return out, context


_YEAR_NUMBER_RE = re.compile(r"^(?:19|20)\d\d$")  # a number that is a year
_COUNT = r"(\d{1,3}|" + _NUM_ALT + r")"
_PART_OF_RE = re.compile(
    r"\b" + _COUNT + r"\s+(?:" + W.alternation("part_of") + r")\s+(?:(?:"
    + W.alternation("part_article") + r")\s+)?" + _COUNT + r"\b",
    re.IGNORECASE,
)


def _count(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w, 0)


_AT_LEAST_RE = re.compile(
    r"\b(?:" + W.alternation("at_least") + r")\s+" + _COUNT + r"\s+([^\W\d_][\w-]*)",
    re.IGNORECASE,
)
_SINGLE = W.word_set("single_article")
# the number a concern counts by and its noun ("to folkemøter", "fyra kommundelarna"):
# what a passage counting fewer lacks
_COUNTED_RE = re.compile(r"\b" + _COUNT + r"\s+[^\W\d_][\w-]*", re.IGNORECASE)


def _counted(concern: str, text: str, lang: str) -> tuple[int, list[int]] | None:
    """What a concern asking for at least N of a thing ("minst to folkemøter") finds in
    ``text``: N and the counts ``text`` gives the thing; None when the concern asks no such
    count."""
    m = _AT_LEAST_RE.search(concern)
    if not m:
        return None
    asked = _count(m.group(1))
    # (the counted word even when it is a stop word elsewhere: "minst fem dagers
    # opplæring", "at least two weeks" count days and weeks)
    nouns = [t for t in T.terms(m.group(2), lang) if len(t.lemma) >= 3]
    if asked < 2 or not nouns:
        return None
    noun = nouns[0].lemma
    counts = []
    for t in T.terms(text, lang):
        lem = t.lemma
        same = lem == noun or T.canon(lem) == T.canon(noun)
        if not same and _common_prefix(lem, noun) < max(5, min(len(lem), len(noun)) - 2):
            continue
        before = text[: t.start].split()[-1:]
        if not before:
            continue
        w = before[0].lower().strip("(")
        counts.append(1 if w in _SINGLE else _count(w))
    return asked, [c for c in counts if c]


def count_short(concern: str, text: str, lang: str) -> bool:
    """The concern asks for at least N of a thing ("minst to folkemøter") and ``text`` counts
    fewer of it ("et folkemøte"), none as many: the passage answers part of what is asked."""
    found = _counted(concern, text, lang)
    return found is not None and bool(found[1]) and max(found[1]) < found[0]


def count_unstated(concern: str, text: str, lang: str) -> bool:
    """The concern asks for at least N of a thing ("minst fem dagers opplæring") and
    ``text`` gives no count of it ("Opplæringen av vikarene var for kort"): whatever else
    it answers, the number asked is not there (MatchSettings.count_unstated)."""
    found = _counted(concern, text, lang)
    return found is not None and not found[1]


def part_of_whole(concern: str, text: str) -> bool:
    """``text`` counts a part of a whole ("to av dei tre", "två av de fyra", "one of the four")
    whose number the concern names ("dei tre skulane"): the passage answers that part only."""
    asked = {_count(m.group(0)) for m in re.finditer(_COUNT, concern, re.IGNORECASE)} - {0}
    if not asked:
        return False
    for m in _PART_OF_RE.finditer(text):
        part, whole = _count(m.group(1)), _count(m.group(2))
        if whole in asked and 0 < part < whole:
            return True
    return False


# a day of the week, inflected ("lørdager", "lördagarna", "Saturdays") (words.yaml weekday)
_WEEKDAY_RE = re.compile(r"\b(?:" + W.alternation("weekday") + r")\w*", re.IGNORECASE)


def weekday_terms(text: str, lang: str) -> list[T.Term]:
    """The days of the week ``text`` names ("… på lørdager" → "lørdager"). Why: the day says
    when the thing is asked for; it closes a list ("til A og B på lørdager") and holds for every
    item, so each concern of the point carries it."""
    return [t for m in _WEEKDAY_RE.finditer(text) for t in T.terms(m.group(0), lang)[:1]]


def identifier_terms(text: str, terms: list[T.Term]) -> list[T.Term]:
    """The numbers of ``terms`` (offsets in ``text``) that name a thing right after its noun,
    nothing but a space between: "väg 205", "fylkesveg 330", "route 5". Why: the number says
    which one of the kind is asked about; a passage on the same kind with another number
    answers nothing of it. A year ("innen 2030") or a quantity ("tolv plasser": the number
    before its noun) is none."""
    out = []
    for a, b in itertools.pairwise(terms):
        if (
            b.lemma.isdigit()
            and not _YEAR_NUMBER_RE.match(b.lemma)
            and not a.stop
            and not a.lemma.isdigit()
            and text[a.end : b.start].strip() == ""
        ):
            out.append(b)
    return out


# a preposition of place and the capitalised word after it ("i Björkliden", "in Millbrook")
# (words.yaml: place_preposition)
_PLACE_RE = re.compile(
    r"\b(?:" + W.alternation("place_preposition") + r")\s+(?P<name>(?-i:[A-ZÆØÅÄÖ])\w+)", re.IGNORECASE
)
# the words coordinating one place name with the next ("i Lundby, Hasselø og Bakkerup")
_PLACE_JOINERS = frozenset(w.lower() for w in plain_words("and_words") + plain_words("or_words"))


def place_terms(text: str, terms: list[T.Term]) -> list[T.Term]:
    """The terms of ``text`` that name a place: capitalised words after a preposition of place
    inside the sentence, and the names coordinated with it ("i Lundby, Hasselø og Bakkerup").
    Why: the place says where the thing is asked for; a passage on the same thing at another
    place answers nothing of it."""
    out: list[T.Term] = []
    for m in _PLACE_RE.finditer(text):
        pos = m.start("name")
        while True:
            t = next((t for t in terms if t.start == pos), None)
            if t is None or t.stop or t.lemma in T.FUNCTION or t.lemma.isdigit():
                break
            if t not in out:
                out.append(t)
            # a name coordinated after it: ", Hasselø", " og Bakkerup"
            nxt = re.match(r"\s*(?:,\s*|\s+(\w+)\s+)(?-i:[A-ZÆØÅÄÖ])", text[t.end :])
            if nxt is None or (nxt.group(1) and nxt.group(1).lower() not in _PLACE_JOINERS):
                break
            pos = t.end + nxt.end() - 1
    return out


def other_place(text: str, places: list[T.Term], lang: str) -> bool:
    """Does ``text`` name a place after a preposition of place that is none of ``places``
    (months and function words are no place)?"""
    own = {k for t in places for k in (t.lemma, *t.keys)}
    for m in _PLACE_RE.finditer(text):
        for t in T.content_terms(m.group("name"), lang):
            if t.stop or t.lemma in T.FUNCTION or t.lemma.isdigit():
                continue
            if not ({t.lemma, *t.keys} & own):
                return True
    return False


def _opens_with_preposition(text: str) -> bool:
    """The concern is a phrase opening with a preposition ("på Breivikhamna", "i sentrum"):
    an adverbial coordinated with the head's, not an object of its own."""
    first = text.strip().split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in PREPOSITIONS


LIGHT_OF = W.word_set("light_of")
# "hvordan … skal", "hur … ska", "how … should": a question of what is to be done, its modal
# within a few words of the interrogative (words.yaml manner_question, manner_modal)
MANNER_RE = re.compile(
    r"\b(?:" + W.alternation("manner_question") + r")\s+(?:[\w-]+\s+){1,4}?(?:"
    + W.alternation("manner_modal") + r")\b",
    re.IGNORECASE,
)


# "hur … kan delta", "how … can take part": the manner interrogative, its subject (a few
# words) and a modal of what can be done (words.yaml possibility_modal), then the verb asked
# about
QUESTION_VERB_RE = re.compile(
    r"\b(?:" + W.alternation("manner_question") + r")\s+((?:[\w-]+\s+){1,4}?)(?:"
    + W.alternation("possibility_modal") + r")\s+(.+)$",
    re.IGNORECASE,
)


@functools.cache
def _when_asked_re() -> re.Pattern[str]:
    words = sorted(W.word_set("question") & W.word_set("fact_when"), key=len, reverse=True)
    # (the verb that asks it first: a concern opening with the word is as often a clause of
    # condition, "når det gjeld …", "hvornår hunde må …" in a list of rules)
    return re.compile(
        r"^\W*[\w-]+\s+(?P<when>" + "|".join(map(re.escape, words)) + r")\s+(?!det\s+gjeld|det\s+gäller|det\s+gælder|it\s+comes)\w",
        re.IGNORECASE,
    )


def when_asked(text: str) -> str:
    """A concern that asks when ("angi når et nødaggregat skal være på plass", "state when the
    depot opens"): the interrogative of time (words.yaml question and fact_when) right after the
    one verb that asks it, with words of its own after it (not "når det gjeld …", "as
    regards"). Why: the thing named is not the answer; a passage that names it and gives no
    time ("Ingen av pumpestasjonene har i dag et nødaggregat") tells what is, not when. The
    interrogative as written, "" for any other concern."""
    m = _when_asked_re().match(text)
    return m.group("when") if m else ""


_TIME_RE = re.compile(r"\b(?:19|20)\d\d\b")


def gives_time(u: Unit) -> bool:
    """The unit gives a time: a date or a year (find_dates, a year in the text)."""
    return bool(_TIME_RE.search(u.text) or find_dates(u.text))


def question_verb(text: str, lang: str, own_subject: bool = False) -> T.Term | None:
    """The word a manner question asks about: the first content word after its modal ("föreslå
    hur unga kan delta när …" → "delta"), else None. Why: "hur X kan delta" asks what
    X does; a passage naming X with no word of taking part ("ska glädja de unga") answers
    who, not how."""
    m = QUESTION_VERB_RE.search(text)
    if not m:
        return None
    subject = T.terms(m.group(1), lang)
    if not subject or T.count_word(subject[0], lang):
        return None  # "how many …": a quantity (relations.yaml count)
    if subject[0].stop and not (own_subject and subject[0].lemma not in T.FUNCTION):
        return None  # "how it …": no subject ("how the council …" is one with own_subject)
    for t in T.terms(m.group(2), lang):
        if not t.stop and not t.generic and not t.lemma.isdigit():
            return t
    return None


# "hur läkemedlen förvaras", "hvordan tilbudet organiseres", "how the service is run": the
# manner interrogative, one word as its subject (after an article in English), and a passive
# verb (the Nordic -s passive; "is"/"are" and a participle in English)
_QUESTION_HEAD = r"\b(?:" + W.alternation("manner_question") + r")\s+"
QUESTION_SUBJECT_RE = {
    # the Nordic -s passive after the subject, an indefinite article allowed before it
    "nordic": re.compile(
        _QUESTION_HEAD + r"(?:(?:en|ett|ei|eit|et)\s+)?([^\W\d_][\w-]+)\s+[^\W\d_]{3,}(?:es|as|s)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        _QUESTION_HEAD + r"(?:(?:the|a|an)\s+)?([^\W\d_][\w-]+)\s+(?:is|are)\s+[^\W\d_]+(?:ed|en|wn)\b",
        re.IGNORECASE,
    ),
}


def question_subject(text: str, lang: str) -> T.Term | None:
    """The subject of a manner question in the passive ("beskriva hur läkemedlen förvaras i
    det låsta skåpet" → "läkemedlen"), else None. Why: the question asks how that
    thing is handled; a passage naming the rest of the clause (the document, the place) without
    the thing answers another question."""
    m = QUESTION_SUBJECT_RE["en" if lang.startswith("en") else "nordic"].search(text)
    if not m:
        return None
    found = T.terms(m.group(1), lang)
    if len(found) != 1 or found[0].stop or found[0].generic or T.count_word(found[0], lang):
        return None
    return found[0]


def manner_asked(text: str) -> bool:
    """The concern asks how a thing is to be done: a manner interrogative and a modal after it
    in its clause ("Redovisa hur skolskjuts ska ordnas för …"). Why: the answer is what will be
    done, as a concern asking for measures; a passage that only states the facts of the
    matter shares its words without answering."""
    return bool(MANNER_RE.search(text))




def name_initials(text: str, terms: list[T.Term], min_words: int) -> None:
    """Give every word of a name of ``min_words`` or more capitalised words ("Ungdommens
    Uddannelsesvejledning", "Norsk Vann") the name's initials as a key ("uu", "nv"): a plan
    names a body it works with by its initials ("en arbejdsgruppe med Jobcentret, UU og SSP").
    Two words in a row must both be capitalised: a sentence's first word alone makes no name."""
    run: list[T.Term] = []

    def close() -> None:
        if len(run) >= min_words:
            initials = "".join(t.surface[0] for t in run).lower()
            for t in run:
                t.keys.add(initials)
                t.whole.add(initials)
        run.clear()

    for t in terms:
        joined = bool(run) and not text[run[-1].end : t.start].strip()
        if not joined:
            close()
        if t.surface[:1].isupper() and t.surface[1:2].islower():
            run.append(t)
        else:
            close()
    close()


RELATION_HEADS = W.word_set("relation_head")


@functools.lru_cache(maxsize=8)
def relation_terms(lang: str) -> tuple[T.Term, ...]:
    """The words that name a relation between parties (words.yaml relation_head and
    relation_answer, every language), as terms of ``lang``."""
    return tuple(
        t
        for w in W.words("relation_head", "relation_answer")
        for t in T.terms(w, lang)
        if not t.stop
    )


SUPPORT_WORDS = W.word_set("support_word")


@functools.lru_cache(maxsize=8)
def support_terms(lang: str) -> tuple[T.Term, ...]:
    """The words that name help given (words.yaml support_word, every language), as terms of
    ``lang``."""
    return tuple(t for w in sorted(SUPPORT_WORDS) for t in T.terms(w, lang) if not t.stop)


def _support_to_re() -> re.Pattern[str]:
    return re.compile(r"^\s+(?:" + W.alternation("support_to") + r")\s+\w", re.IGNORECASE)


_SUPPORT_TO_RE = _support_to_re()


def support_head(text: str, terms: list[T.Term]) -> int | None:
    """The index into ``terms`` (offsets in ``text``) of a support word that heads an activity
    ("hjælp til at søge regionens tilskud", "advice to apply for a grant"; words.yaml
    support_word, support_to). Why: the help is what the concern asks about; the thing the
    party would do it for, named alone ("Regionen giver tilskud"), answers nothing of it."""
    for i, t in enumerate(terms):
        if (t.surface.lower() in SUPPORT_WORDS or t.lemma in SUPPORT_WORDS) and _SUPPORT_TO_RE.match(text[t.end :]):
            return i
    return None


EFFECT_WORDS = W.word_set("effect_word")


@functools.lru_cache(maxsize=8)
def effect_terms(lang: str) -> tuple[T.Term, ...]:
    """The words that name an effect (words.yaml effect_word, every language), as terms of
    ``lang``."""
    return tuple(t for w in W.words("effect_word") for t in T.terms(w, lang) if not t.stop)


def effect_term(terms: list[T.Term]) -> int | None:
    """The index into ``terms`` of a word naming an effect (words.yaml effect_word: "påvirker",
    "verknaden", "impact"), when the concern names something besides it. Why: the effect is
    what the concern asks about; the thing affected says on what, and a passage describing
    that thing alone answers nothing of the effect."""
    hits = [i for i, t in enumerate(terms) if not t.stop and {t.lemma, *t.whole} & EFFECT_WORDS]
    if not hits:
        return None
    # the thing affected follows the effect ("påvirker våtmarka", "verknaden for
    # beitet"); an effect named last ("Økonomiske konsekvenser") is a kind of thing asked
    # for, the costs, not an effect on something
    after = [t for t in terms[hits[0] + 1 :] if not t.stop and not t.generic and t.lemma not in EFFECT_WORDS]
    return hits[0] if after else None


def relation_head(text: str, terms: list[T.Term]) -> int | None:
    """The index into ``terms`` (offsets in ``text``) of a relation word heading the concern
    (words.yaml relation_head) with its parties after a preposition: "Samarbeidet med
    idrettslagene om …", "cooperation with the county on …". Why: the relation is what the
    concern asks about; the parties say with whom, and a passage naming a party alone (a club
    that owns its pitch) answers nothing of the cooperation. The relation word must be the concern's first content word, so a party's
    cooperation named further on ("tilbud i samarbeid med …") is no head."""
    content = [i for i, t in enumerate(terms) if not t.stop]
    if not content:
        return None
    i = content[0]
    t = terms[i]
    if not ({t.lemma, *t.whole} & RELATION_HEADS):
        return None
    after = text[t.end :].lower().split()
    return i if after and after[0] in PREPOSITIONS else None


def _had_with(text: str, words: dict[str, str], lang: str) -> bool:
    """A word of ``words`` right after an attribute preposition ("med", "with": words.yaml
    attribute_preposition) in ``text``: "a programme of works with dates" asks for the plan and its
    dates, two parts."""
    for t in T.terms(text, lang):
        if t.lemma in words:
            before = text[: t.start].split()[-1:]
            if before and before[0].lower() in ATTRIBUTE_PREPOSITIONS:
                return True
    return False


def head_relation(text: str, lang: str) -> T.Term | None:
    """The relation word closing the head of a point whose list names the parties, a
    preposition between ("vurdere hvordan tjenesten kan samordnes med A og B", "cooperation
    with A, B and C"): the relation is asked of every party of the list, and a passage naming
    the parties without any relation between them answers none of them (words.yaml
    relation_head)."""
    head, items, _tail = split_concerns(text)
    words = head.split()
    if len(items) < 2 or len(words) < 2 or words[-1].lower() not in PREPOSITIONS:
        return None
    content = [t for t in T.terms(" ".join(words[:-1]), lang) if not t.stop]
    if not content:
        return None
    t = content[-1]
    return t if ({t.lemma, *t.whole} & RELATION_HEADS) else None


def light_objects(text: str, terms: list[T.Term]) -> list[tuple[int, int]]:
    """Pairs (light word, its object) of ``terms`` (offsets in ``text``): a word of
    text.LIGHT_HEADS followed by the preposition of words.yaml light_of and a content word ("the
    use of salt on roads", "bruk av sprøytemiddel"). Why: the phrase is a compound in two words
    ("road salt use"); as the compound's light head does, the light word names only the kind of
    thing, and a passage on another use ("Boats may only be used …") answers nothing of it."""
    out = []
    for i, (a, b) in enumerate(itertools.pairwise(terms)):
        between = text[a.end : b.start].lower().split()
        if (
            a.whole & T.LIGHT_HEADS
            and len(between) == 1
            and between[0] in LIGHT_OF
            and not b.stop
            and not b.generic
        ):
            out.append((i, i + 1))
    return out


def attributive_terms(text: str, terms: list[T.Term], lang: str) -> frozenset[int]:
    """The indices of ``terms`` (offsets in ``text``) that are adjectives by their ending
    (text.is_adjective) standing right before a noun of the concern, nothing between:
    "kommunale badstuer", "flytende kaier", "regionale kjøkken". Why: the noun is
    the object asked about and the adjective says which of it; a plan that answers the object
    in its own words ("flomveiene", "tilstandsgrad") rarely repeats the adjective, so the
    adjective missing should not weigh as much as the object missing. The next word must be
    no adjective itself and no function word (the term list holds no stop words, so nothing
    may stand between the two in the text)."""
    out = set()
    for i, (a, b) in enumerate(itertools.pairwise(terms)):
        if (
            not text[a.end : b.start].strip()
            and not a.generic
            and not a.parts
            and T.is_adjective(a.lemma, lang)
            and not T.is_adjective(b.lemma, lang)
        ):
            out.add(i)
    return frozenset(out)


def _structural_check(
    plan: Plan, parts: list[str], each: bool = False
) -> tuple[bool, list[Evidence], list[str]]:
    """Does the plan have each of ``parts`` (its goals, measures, owners …)? With ``each`` (a part
    asked of every measure) an owner or a deadline must be on every measure read from a table
    with that column: a row left empty answers the point in part."""
    titles = " ".join(s.title.lower() for s in plan.sections)
    ev: list[Evidence] = []
    missing: list[str] = []

    def first(items) -> None:
        if items:
            it = items[0]
            ev.append(Evidence(page=it.page, quote=it.text, node_id=it.id))

    for part in parts:
        ok = False
        if part == "goals":
            ok = bool(plan.goals) or bool(re.search(r"\b(mål|hovedmål|målsetting)", titles))
            first(plan.goals)
        elif part == "strategies":
            ok = bool(plan.strategies) or "strategi" in titles
            first(plan.strategies)
        elif part == "focus_areas":
            ok = bool(plan.focus_areas) or bool(
                re.search(r"(satsings|innsats|fokus)område", titles)
            )
            first(plan.focus_areas)
        elif part == "measures":
            ok = bool(plan.measures) or bool(
                re.search(r"tiltak|handlingsdel|handlingsplan|handlingsprogram", titles)
            )
            first(plan.measures)
        elif part == "owners":
            ok = any(m.owners or m.has_owner_column for m in plan.measures)
            tabled = [m for m in plan.measures if m.has_owner_column]
            if ok and each and tabled:
                ok = all(m.owners for m in tabled)
        elif part == "deadlines":
            ok = any(m.deadline is not None or m.has_deadline_column for m in plan.measures)
            tabled = [m for m in plan.measures if m.has_deadline_column]
            if ok and each and tabled:
                ok = all(m.deadline is not None for m in tabled)
            if not ok:
                # a table whose header names the time ("Nr. | Initiativ | Økonomi | Tidsplan")
                ok = any(_header_names(_header_row(t), "deadlines") for t in plan.tables)
        elif part == "costs":
            # a cost per measure (a "Kostnad" column or a cost in the measure's text), or a table
            # of the plan whose header names the money ("Nr. | Initiativ | Økonomi | Tidsplan")
            with_cost = [m for m in plan.measures if m.cost]
            ok = bool(with_cost)
            first(with_cost)
            if not ok:
                # a table whose header names the money, or else one under a chapter whose heading
                # does ("4 Tiltak og kostnader" over amounts per year column; session 51)
                costed = [t for t in plan.tables if _header_names(_header_row(t), "costs")] or [
                    t for t in plan.tables if t.section_id in _cost_sections(plan)
                ]
                ok = bool(costed)
                if costed:
                    ev.append(Evidence(page=costed[0].page, quote=_header_row(costed[0]), node_id=costed[0].id))
        elif part == "indicators":
            ok = bool(plan.indicators) or "indikator" in titles
            first(plan.indicators)
        elif part == "vision":
            ok = plan.vision is not None or "visjon" in titles
            if plan.vision:
                first([plan.vision])
        if not ok:
            missing.append(part)
    return not missing, ev, missing


def _cost_sections(plan: Plan) -> set[str]:
    """The ids of the sections whose heading names the money (text.cost_keys: "Tiltak og
    kostnader")."""
    lang = plan.language or "nb"
    return {sec.id for sec in plan.sections if any(t.keys & T.cost_keys(lang) for t in T.terms(sec.title, lang))}


def _header_row(table: Passage) -> str:
    """A table passage's header row: its first line (:func:`plancheck.extract.plan.table_text`)."""
    return table.text.split("\n", 1)[0]


def _header_names(header: str, part: str) -> bool:
    """Does a table's header row (cells joined by " | ") name a column of the plan's ``part``: a
    cell opening with a word of words.yaml structural_* for it ("Kostnad", "Økonomi", "Kostnad
    (1000 kr)" for the costs; "Frist", "Tidsplan", "År" for the deadlines, with the time words
    of DELIVERABLE_TIME)? Why: the measures of such a table may not be read with that field
    (a column word the extractor does not know), and the table still gives it."""
    for cell in header.split("|"):
        words = re.findall(r"[^\W\d_]+", cell.lower())
        if words and (
            T.STRUCTURAL.get(words[0]) == part or (part == "deadlines" and T.DELIVERABLE_TIME.get(words[0]) == part)
        ):
            return True
    return False


def _parts_named(c: Concern, lacking: list[str], lang: str) -> list[str]:
    """The concern's own words for the parts the plan lacks: "frist og kostnad" with a
    deadline column but no costs is missing "kostnad", not "frist og kostnad"."""
    out: list[str] = []
    for t in T.terms(c.text, lang):
        part = T.STRUCTURAL.get(t.lemma) or next(
            (T.STRUCTURAL_PARTS[q] for q in t.parts if q in T.STRUCTURAL_PARTS), None
        )
        if part is None and len(c.structural) >= 2:
            part = T.DELIVERABLE_TIME.get(t.lemma)
        if part in lacking and t.surface not in out:
            out.append(t.surface)
    return out


def _quote(u: Unit, terms: list[T.Term], lang: str) -> str:
    text = " ".join(u.text.split())
    if len(text) <= 320:
        return text
    want = {k for t in terms for k in t.keys}
    best = max(
        T.sentences(text), key=lambda s: len(want & {k for t in T.terms(s, lang) for k in t.keys})
    )
    return best[:320]


def _best_member(u: Unit, c: Concern, scorer: Scorer, context: list[T.Term]) -> Unit:
    if u.kind != "section" or not u.members:
        return u
    return max(u.members, key=lambda m: scorer.concern_score(c, m, context)[0])


def assess_points(
    plan: Plan,
    points: list[MandatePoint],
    lang: str,
    *,
    explain: bool = False,
    settings: MatchSettings | None = None,
    features_out: list[dict[str, float]] | None = None,
    trace_out: list[dict] | None = None,
    judge_out: list[dict[str, float]] | None = None,
) -> list[Coverage]:
    """The coverage of every point (see :func:`_assess_points`). With ``settings.similarity``
    the learned neighbours are a weak channel: a point's status with them is taken only where it
    lifts an uncovered point to partial; they never call a point covered, nor lower one."""
    S = settings or DEFAULT_SETTINGS
    kw = {"explain": explain, "features_out": features_out, "trace_out": trace_out, "judge_out": judge_out}
    plain = _assess_points(plan, points, lang, settings=replace(S, similarity=0.0), **kw)
    if not S.similarity:
        return plain
    near = _assess_points(plan, points, lang, settings=S, explain=explain)
    out = []
    for a, b in zip(plain, near, strict=True):
        lifted = (
            a.status == CoverageStatus.uncovered
            and b.status == CoverageStatus.partial
        )
        out.append(b if lifted else a)
    return out


def _assess_points(
    plan: Plan,
    points: list[MandatePoint],
    lang: str,
    *,
    explain: bool = False,
    settings: MatchSettings | None = None,
    features_out: list[dict[str, float]] | None = None,
    trace_out: list[dict] | None = None,
    judge_out: list[dict[str, float]] | None = None,
) -> list[Coverage]:
    """The coverage of every point. ``features_out``, when given, receives each point's
    evidence features (calibrate.FEATURES, with the rule's status) in point order: what
    ``bench/mandate_tune.py calibrate`` trains on. ``trace_out``, when given, receives per
    point the units the matcher considered (``candidates``) and those it picked per concern
    (``picked``): what ``bench/mandate_tune.py retrieval`` measures recall on. ``judge_out``,
    when given, receives each point's judge features (judge.point_features, with the present
    status after every guard): what ``plancheck train --mandate-status`` trains on."""
    S = settings or DEFAULT_SETTINGS
    calibration = load_calibration() if S.calibrated else None
    judge_model = load_judge() if S.judge else None
    units = build_units(plan, lang, S)
    if not units:
        return [
            Coverage(
                id=p.id,
                text=p.text,
                number=p.number,
                page=p.page,
                status=CoverageStatus.uncovered,
                missing=list(p.concerns),
            )
            for p in points
        ]
    mentions = T.place_mentions(plan)
    scorer = Scorer(units, lang, plan_title(plan), S, places=T.place_names(plan, mentions))
    scorer.owner = {owner_place(plan, mentions)} - {""}
    content_idx = [i for i, u in enumerate(units) if not _process_only(u, S)]
    process_idx = [i for i, u in enumerate(units) if u.process]
    # the measures with an owner and with a deadline (fact_answered: "who", "when")
    owned_ids = {m.id for m in plan.measures if m.owners or m.owner_text}
    dated_ids = {
        m.id
        for m in plan.measures
        if m.deadline is not None and str(getattr(m.deadline.kind, "value", m.deadline.kind)) in ("date", "period")
    }
    parsed = [_concerns_of(p, lang, S) for p in points]
    quoting = quoting_units(units, points, S.quoted_point_min_words, S.quoted_point_share)
    aligned = _align_chapters(plan, units, points, parsed, scorer, S)
    subject = mandate_subject(parsed, S.subject_min_points)
    sharing = Counter(u.id for u in aligned if u is not None)
    out: list[Coverage] = []
    # each point's words held by another point of the mandate: not its own (_aside_word)
    words_of = [
        {k for t in [*ctx, *(t for c in cs for t in c.terms)] if not t.stop for k in t.whole}
        for cs, ctx in parsed
    ]
    others = [set().union(*(w for j, w in enumerate(words_of) if j != i)) for i in range(len(parsed))]
    stated: set[str] | None = None  # the plan's own statements' words, read once (_stated_keys)
    for k, (p, (concerns, context), chapter) in enumerate(zip(points, parsed, aligned, strict=True)):
        scorer.point_keys = {
            k for t in [*context, *(t for c in concerns for t in c.terms)] for k in {*t.keys, *t.parts}
        }
        scorer.process_point = p.process
        # a dated step of a body asked without a modal (step_dated_anchor): a process step. (A
        # concern of a point that is not a process point holds a deadline only when _concerns_of
        # read a step by step_asked, so the step need not be read again here.)
        dated_step = bool(S.step_dated_anchor and not _asks_process(p) and concerns and concerns[0].deadline)
        scorer.point_subject = point_subject(context, subject) if S.relation_subject else []
        if S.subject_concerns:
            _mark_subject_concerns(concerns, scorer)
        pool = process_idx if p.process else content_idx
        if S.follow_up_pool and not p.process and FOLLOW_UP_RE.search(p.text):
            pool = list(range(len(units)))
        elif S.process_kind_pool and not p.process and (_asks_process(p) or dated_step):
            pool = sorted({*content_idx, *process_idx})
        if quoting[k]:
            pool = [i for i in pool if i not in quoting[k]]
        results: list[tuple[Concern, float, Unit | None, list[str]]] = []
        evidence: list[Evidence] = []
        missing: list[str] = []
        alternatives: dict[int, Unit | None] = {}
        late_rows: list[str] = []  # the row's date, where the plan dates the part later
        # the deadlines of concerns whose body is named, in a sentence of the plan's making,
        # dated after the deadline: the step was taken, late (a floor: at least partial)
        late_steps: list[str] = []
        missed_steps: list[str] = []  # … every date of it after the deadline (late_step_missed)
        fired: set[str] = set()  # the guards that moved the status (judge.GUARDS)
        # every concern is scored on the candidates of all concerns, so that the evidence can
        # be the passage answering the most of them ("barnehage, skole, helsestasjon og PPT")
        plain = [c for c in concerns if not c.structural]
        cand_ids: list[int] = []
        for c in plain:
            query = sorted({k for t in c.terms + context for k in t.keys if not t.stop})
            for i in scorer.rank(query, pool):
                if i not in cand_ids:
                    cand_ids.append(i)
        scored = {i: _listed_alike(plain, units[i], scorer, S) for i in cand_ids}
        if p.process and S.process_sentence:
            # a body or a date answers a process point only in a sentence about the plan's
            # own making ("Eldrerådet har hatt utkastet på høring"), not named in passing
            # beside it ("kart frå Kystverket") or in the next sentence
            dated = any(c.deadline for c in plain)
            scored = {i: _process_view(u, dated) for i, u in scored.items()}
        table = {
            id(c): {i: scorer.concern_score(c, scored[i], context) for i in cand_ids} for c in plain
        }
        answers = {i: sum(1 for c in plain if table[id(c)][i][0] >= S.covered) for i in cand_ids}
        # under a heading that names the concerns ("Fotgjengere og syklister") beats in passing
        titled = {
            i: sum(1 for c in plain for t in c.terms if t.keys & units[i].title_keys)
            for i in cand_ids
        }

        def fact_unit(
            c: Concern,
            p: MandatePoint = p,
            cand_ids: list[int] = cand_ids,
            answers: dict[int, int] = answers,
            context: list[T.Term] = context,
            plain: list[Concern] = plain,
        ) -> Unit | None:
            """The passage answering another concern of the point in full that holds a fact
            of the kind ``c`` asks for (fact_kind, fact_answered); None when it asks no kind or
            none holds it."""
            kind = fact_kind(c, lang) if S.fact_kind and not p.process else ""
            if not kind:
                return None
            about = [
                t
                for t in [*context, *(t for o in plain if o is not c for t in o.terms)]
                # a general verb is the point's too ("how the halls are used"): its sentence
                # speaks of the use, not of the houses in passing
                if not t.stop
            ]
            holding = [
                i
                for i in cand_ids
                if answers[i] >= 1
                and units[i].kind != "section"
                and fact_answered(
                    kind, units[i], units[i].id in owned_ids, units[i].id in dated_ids, S, lang, about
                )
            ]
            return units[max(holding, key=lambda i: answers[i])] if holding else None

        for c in concerns:
            if c.structural:
                ok, ev, lacking = _structural_check(plan, c.structural, c.each)
                fact = fact_unit(c) if not ok else None
                if fact is not None:
                    # "… og kostnaden", "hvem der er ansvarlig" of a point's object: no measure
                    # of the plan has it, the passage answering the rest of the point does
                    results.append((c, 1.0, fact, []))
                    continue
                named = _parts_named(c, lacking, lang) if S.parts_named else []
                results.append((c, 1.0 if ok else 0.0, None, named))
                if ok:
                    evidence.extend(ev[:1])
                else:
                    missing.extend(named or [c.text])
                continue
            if c.interval_years:
                # "Planen skal rullerast kvart tredje år": the revision and its interval are
                # what is asked; a sentence of the plan stating both answers it in any words
                same = next(
                    (u for u in units if c.interval_years in revision_stated(u.text)), None
                )
                if same is not None:
                    results.append((c, 1.0, same, []))
                    continue
            if p.process and c.deadline and c.plain_words and S.adoption_date and ADOPTION_RE.search(p.text):
                first = min(adoption_dates(units), key=lambda x: x[0], default=None)
                if first is not None and first[0] > c.deadline:
                    # "Planen skal være vedtatt før sommeren 2040" against "Vedtatt av
                    # bystyret 2. oktober 2040": the plan's own adoption, after the deadline
                    results.append((c, 0.0, first[1], [c.deadline_text]))
                    missed_steps.append(c.deadline_text)
                    continue
            if p.process and c.deadline and c.plain_words:
                # "Arbeidet avsluttes innen utgangen av 2025": nothing to find but the date; a
                # statement of the process dated by the deadline answers it
                # the sentence dated latest by then is the step's own (the adoption, not the
                # first meeting of the group that wrote the plan)
                step_dates = {
                    i: [
                        d
                        for d in (
                            process_dates(units[i].text, lang, S)
                            + [d for r in units[i].timetable for d in find_dates(r)]
                            if S.process_sentence
                            else find_dates(units[i].text)
                        )
                        if d <= c.deadline
                    ]
                    for i in process_idx
                }
                step_ids = [i for i in process_idx if step_dates[i]]
                dated = (
                    units[max(step_ids, key=lambda i: (max(step_dates[i]), -i))] if step_ids else None
                )
                miss = [] if dated is not None else [c.deadline_text]
                results.append((c, 1.0 if dated is not None else 0.0, dated, miss))
                continue
            if c.breakdown and not any(scorer.df.get(k) for t in c.terms for k in t.keys):
                # the plan never names the class word ("kategorier"): it names the classes
                # the split is shown by figures in the passage that answers the rest of the
                # point ("Kommunen brukte 250 mill. kr … Helse stod for 40 prosent,
                # skole for 30 prosent")
                split = [
                    i
                    for i in cand_ids
                    if answers[i] >= 1 and breakdown_in_figures(units[i], S.breakdown_figures)
                ]
                if split:
                    best = max(split, key=lambda i: answers[i])
                    results.append((c, 1.0, units[best], []))
                    continue
            fact = fact_unit(c) if not c.deadline else None
            if fact is not None:
                # "kor ofte", "by when", "kostnad": the fact of that kind in the passage that
                # answers the rest of the point in full ("Huset blir brukt kvar veke")
                results.append((c, 1.0, fact, []))
                continue
            if S.quantity_by_figures and not p.process and quantity_only(c, lang):
                # "arealet deira" / "med lengde" beside the objects of the point: answered by
                # the figures of the passage that answers another of its concerns in full ("6,5
                # ha" in the table row of each dog park), not by a number anywhere
                counted = {k for t in c.terms if not t.stop for k in t.whole}
                figures = [
                    i
                    for i in cand_ids
                    if answers[i] >= 1
                    and units[i].kind != "section"
                    and counted & units[i].beside_keys
                ]
                if figures:
                    best = max(figures, key=lambda i: answers[i])
                    results.append((c, 1.0, units[best], []))
                    continue
            row = table[id(c)]
            top = max((sc for sc, _ in row.values()), default=0.0)
            near = [i for i in cand_ids if row[i][0] >= top - 0.05 and row[i][0] > 0]
            if not near:
                if c.subject_only:
                    results.append((c, 1.0, None, []))
                else:
                    results.append((c, 0.0, None, [t.surface for t in c.terms]))
                continue
            # a step asked by a date: among passages naming the body alike, the one that dates
            # the step in time answers it ("… behandles i kommunestyret 18. mars 2027"), not the
            # undated line under the title ("Høringsutkast til kommunestyret")
            in_time = (
                {i: _dated_in_time(units[i], c, lang) for i in near}
                if c.deadline and S.deadline_picks_dated
                else {}
            )
            pick = max(
                near,
                key=lambda i: (
                    in_time.get(i, False),
                    answers[i] if row[i][0] >= S.covered else 0,
                    units[i].kind != "section",
                    row[i][0],
                    titled[i],
                ),
            )
            score, miss = row[pick]
            unit = units[pick]
            if c.subject_only:
                score, miss = 1.0, []
            # an equally good answer of the other sort (a measure beside a paragraph)
            own = _best_member(unit, c, scorer, context)
            alternatives[id(c)] = next(
                (
                    units[i]
                    for i in near
                    if row[i][0] >= score - 0.02
                    and answers[i] >= answers[pick]
                    and units[i] is not unit
                    and units[i].kind != "section"
                    and (units[i].kind == "passage") != (own.kind == "passage")
                ),
                None,
            )
            if c.deadline:
                sent_dates = _dates_near(unit, c, lang)
                if not sent_dates and S.undated_body < S.weak:
                    # the body is named, but no date of its meeting: another errand (a yearly
                    # report to the council), not the step asked for
                    miss = [*miss, c.deadline_text]
                    score = min(score, S.undated_body)
                elif not sent_dates or max(sent_dates) > c.deadline:
                    miss = [*miss, c.deadline_text]
                    score = min(score, S.weak)  # the body is right, the date is not
                    if sent_dates and score >= S.weak:
                        if S.late_step_missed and p.process and min(sent_dates) > c.deadline:
                            missed_steps.append(c.deadline_text)
                        else:
                            late_steps.append(c.deadline_text)
            if c.row_deadline and not c.deadline:
                # the plan says when the part was done, and that is after the row's date: in
                # part; a plan that does not say when is judged on the content alone
                done = _dates_near(unit, c, lang)
                if done and min(done) > c.row_deadline:
                    miss = [*miss, c.row_deadline_text]
                    late_rows.append(c.row_deadline_text)
            if c.duration_days and longest_span(unit.text) < c.duration_days:
                # the step is named, but not for as long as asked (or no dates at all)
                miss = [*miss, c.duration_text]
                score = min(score, S.weak)
            if S.phrase_aside_words and not p.process and _phrase_put_aside(scorer, c, S.phrase_aside_words):
                score, miss = 0.0, [t.surface for t in c.terms]
            results.append((c, score, unit, miss))
        if S.leftover_column and not p.process:
            results = _leftover_column(results, scored, scorer, context, S)
        ranked: set[int] = set()
        if not p.process:
            results, ranked = _ranked_table(results, scored, scorer, S)
        n = len(results)
        covered = [r for r in results if r[1] >= S.covered]
        passing = False
        if n == 1:
            c, score, unit, miss = results[0]
            passing = (
                score >= S.covered
                and unit is not None
                and p.kind == "content"
                and ASSESS_RE.match(p.text.strip())
                and _in_passing(scorer, c, unit)
            )
            if passing:
                # "Vurdere kommunens bruk av næringsfondet" against one sentence that names the
                # fund: sharing the words is not the assessment asked for (docs/domain.md:
                # "a plan that names Husbanken once has not assessed … Husbanken's schemes")
                status = CoverageStatus.uncovered
                missing = [ASSESSMENT_WORD.get(lang, ASSESSMENT_WORD["en"])]
                unit = None
            elif score >= S.covered:
                status = CoverageStatus.covered
            elif (
                score >= S.weak
                and unit is not None
                and (
                    (c.deadline is not None and c.deadline_text in miss)
                    or scorer.strong_matches(c, unit) >= S.single_strong
                )
            ):
                # one word of several is not half an answer: partial needs two of the point's
                # own words, or the right body with the wrong date
                status = CoverageStatus.partial
                missing = _unanswered(c, score, unit, miss, lang, scorer=scorer, settings=S)
                if c.deadline and c.deadline_text in miss:
                    missing = [c.deadline_text]
            else:
                status = CoverageStatus.uncovered
                unit = None
            if unit is not None:
                target = _best_member(unit, c, scorer, context)
                evidence.append(_evidence(target, c, score, lang))
                if alternatives.get(id(c)) is not None and score >= S.covered:
                    evidence.append(_evidence(alternatives[id(c)], c, score, lang))
        else:
            # half an answer to one concern (its key word there, most of its words) is a
            # partial answer to the point, not none
            half = [
                r
                for r in results
                if not r[0].structural
                and r[2] is not None
                and r[1] >= S.weak
                and scorer.strong_matches(r[0], r[2]) >= S.partial_strong
            ]
            if len(covered) == n:
                status = CoverageStatus.covered
            elif covered or half:
                status = CoverageStatus.partial
            else:
                status = CoverageStatus.uncovered
            for c, score, unit, miss in results:
                if c.structural:
                    continue
                if score >= S.covered and unit is not None:
                    evidence.append(
                        _evidence(_best_member(unit, c, scorer, context), c, score, lang)
                    )
                    if alternatives.get(id(c)) is not None:
                        evidence.append(_evidence(alternatives[id(c)], c, score, lang))
                elif (
                    c.deadline and c.deadline_text in miss and score >= S.weak and unit is not None
                ):
                    evidence.append(
                        _evidence(_best_member(unit, c, scorer, context), c, score, lang)
                    )
                    missing.append(c.deadline_text)
                elif unit is not None and any(r[0] is c for r in half):
                    evidence.append(
                        _evidence(_best_member(unit, c, scorer, context), c, score, lang)
                    )
                    missing.extend(
                        _unanswered(
                            c, score, unit, miss, lang, floor=S.weak, scorer=scorer, settings=S
                        )
                    )
                else:
                    missing.extend(
                        _unanswered(
                            c, score, unit, miss, lang, floor=S.weak, scorer=scorer, settings=S
                        )
                    )
            if status == CoverageStatus.covered and missing:
                status = CoverageStatus.partial
            if status == CoverageStatus.uncovered:
                evidence = []
                missing = [c.text for c in concerns] if len(concerns) >= 2 else []
        section_best = {
            id(c): max(
                (table[id(c)][i][0] for i in cand_ids if units[i].kind == "section"), default=0.0
            )
            for c in plain
        }
        lenient = {
            id(c): max((scorer.lenient_share(c, units[i]) for i in cand_ids), default=0.0)
            for c in plain
        }
        headed = {
            id(c): max((scorer.heading_share(c, units[i]) for i in cand_ids), default=0.0)
            for c in plain
        }
        feats = point_features(
            [
                _concern_evidence(scorer, c, score, unit, section_best, lenient, headed)
                for c, score, unit, _ in results
            ],
            rule_status=str(status.value),
            covered=S.covered,
            weak=S.weak,
            kind=str(getattr(p.kind, "value", p.kind)),
            passing=bool(passing),
            words=_point_words(results, context),
            deferred=_deferred_share(results),
        )
        head_lost = (
            _head_object_missing(
                scorer,
                context,
                results,
                modifies=_list_modifies_head(p, lang) and _list_of_bodies(p, lang),
                qualifies=_list_modifies_head(p, lang, ATTRIBUTE_PREPOSITIONS),
            )
            if S.head_anchor and len(concerns) >= 2
            else None
        )
        feats["head_missing"] = float(head_lost is not None)
        feats["late_step"] = float(bool(late_steps))
        feats["late_missed"] = float(bool(missed_steps))
        # the point's subject named only where the plan puts it off or reports it asked for,
        # and no concern answered: nothing is answered (a guard, as "passing")
        # (not a point the plan's parts answer, and not when a concern not put aside is
        # answered at least in half: that half is an answer)
        aside = (
            [c for c in plain if _set_aside(scorer, c)]
            if S.set_aside and not p.process and not any(c.structural for c in concerns)
            else []
        )
        feats["set_aside"] = float(
            bool(aside)
            and not any(r[1] >= S.covered for r in results)
            and not any(r[1] >= S.weak for r in results if r[0] not in aside)
        )
        feats.update(_aligned_evidence(chapter, plain, context, scorer))
        feats["aligned_alone"] = float(chapter is not None and sharing[chapter.id] == 1)
        if features_out is not None:
            features_out.append(feats)
        if trace_out is not None:
            trace_out.append(
                {
                    "candidates": [units[i] for i in cand_ids],
                    "picked": [u for _, _, u, _ in results if u is not None],
                    "pool": [units[i] for i in pool],
                    "units": units,
                    "queries": [
                        sorted({k for t in c.terms + context for k in t.keys if not t.stop})
                        for c in plain
                    ],
                    "scorer": scorer,
                    "results": results,
                    "context": context,
                    "scored": scored,
                }
            )
        rule_status = str(status.value)
        # the one thing the point names, missing from its answer (MatchSettings.name_required)
        named = (
            _name_missing(p.text, results[0][3], scorer)
            if S.name_required and n == 1 and results[0][2] is not None
            else ""
        )
        if calibration is not None:
            decided = calibration.status(feats)
            if decided != status.value:
                # a point the rule left uncovered lists every concern whole; lifted to partial,
                # what is missing is named afresh from what its passages lack (issue 11)
                stale = (
                    status == CoverageStatus.uncovered
                    and decided == CoverageStatus.partial.value
                    and S.missing_phrases
                )
                status, evidence, missing = _restate(
                    CoverageStatus(decided), results, concerns, evidence,
                    [] if stale else missing, scorer, context, lang, S,
                )
        if (
            ranked
            and status != CoverageStatus.covered
            and all(r[1] >= S.covered for r in results if not r[0].structural)
        ):
            # every concern answered, the ranking by a table that ranks (_ranked_table): the
            # features the calibration weighs are those of the words shared, and a ranked table
            # shares few with the point that asks for it ("prioritert liste" over "Prioritet")
            status, evidence, missing = _restate(
                CoverageStatus.covered, results, concerns, [], [], scorer, context, lang, S,
            )
        calibrated_status = str(status.value)
        if late_steps and status == CoverageStatus.uncovered and S.late_step_floor:
            # the right body, in a sentence of the plan's making, on a date after the one
            # asked: the step was taken, late. The hand-set rule reads this from structured
            # facts (a body, two dates) and says partial; no model of the other evidence
            # overrules it (docs/mandate.md, session 33: the floor before any refit)
            status, evidence, missing = _restate(
                CoverageStatus.partial, results, concerns, evidence,
                list(dict.fromkeys(late_steps)), scorer, context, lang, S,
            )
        if missed_steps and S.late_step_missed:
            # the step asked by a date, dated by the plan only after it: not taken by the date
            # (a guard, as "set_aside"); what is missing is the date, in the mandate's words
            fired.add("late_missed")
            status, evidence, missing = _restate(
                CoverageStatus.uncovered, results, concerns, evidence, missing,
                scorer, context, lang, S,
            )
            missing = list(dict.fromkeys(missed_steps))
        if feats["set_aside"] and status != CoverageStatus.uncovered:
            # "Kostnadene blir rekna ut når anbodet er avgjort", "Mange assistentar har spurt om
            # fagbrev": the plan's only word on the subject says it is not answered here
            status, evidence, missing = _restate(
                CoverageStatus.uncovered, results, concerns, evidence, missing,
                scorer, context, lang, S,
            )
        if (
            head_lost is not None
            and status != CoverageStatus.uncovered
            and S.head_lost_unanswered
            and not any(r[1] >= S.covered for r in results if not r[0].structural)
        ):
            # the thing the point asks about is nowhere, and no item of its list is answered
            # either (a word of one item shared in passing): nothing of the point is answered
            fired.add("head_missing")
            status, evidence, missing = _restate(
                CoverageStatus.uncovered, results, concerns, evidence, missing,
                scorer, context, lang, S,
            )
        if (
            head_lost is not None
            and status != CoverageStatus.uncovered
            and S.head_lost_modifiers
            and _list_modifies_head(p, lang)
        ):
            # "støtteordningar for private eigarar av naust og sjøbuer", "kartlegging
            # av bekkar og elvar": the list only says which of the thing the point asks
            # about; with that thing nowhere, a passage on the list's items answers nothing
            fired.add("head_missing")
            status, evidence, missing = _restate(
                CoverageStatus.uncovered, results, concerns, evidence, missing,
                scorer, context, lang, S,
            )
        if named and status == CoverageStatus.covered:
            # "bli godkjent som Trafikksikker kommune" answered where the name is not: the
            # point's other words ("godkjent") said of something else — in part at most
            status = CoverageStatus.partial
            missing = [*missing, named] if named not in missing else missing
        if late_rows and status == CoverageStatus.covered:
            # done, but after the date the row gives it: in part, the date is what is missing
            fired.add("late_row")
            status = CoverageStatus.partial
            missing = [*missing, *(d for d in dict.fromkeys(late_rows) if d not in missing)]
        if head_lost is not None and status != CoverageStatus.uncovered:
            # the list is answered, the thing the point asks about it is not: at most partial
            # (the calibration caps it too), and that thing is what is missing
            if status == CoverageStatus.covered:
                fired.add("head_missing")
            status = CoverageStatus.partial
            if head_lost not in missing:
                missing = [*missing, head_lost]
        asked_cost = (
            _estimate_asked(concerns, context, lang)
            if S.estimate_delivered and not p.process and status != CoverageStatus.uncovered
            else None
        )
        if asked_cost is not None:
            fired.add("estimate")
        if asked_cost is not None and not _amount_delivered(asked_cost, results, units):
            used = [u for c, _sc, u, _m in results if u is not None and not c.structural]
            # in a passage's own words: a heading "Kostnader" over a deferral names no cost
            named = any(
                scorer.term_match(asked_cost, v, v.keys) >= S.term_hit
                for u in used
                for v in [u, *u.members]
            )
            if not named:
                # the estimate is nowhere but in a deferral (whose words are no evidence): the
                # passages on its items say nothing of what they cost
                status, evidence, missing = _restate(
                    CoverageStatus.uncovered, results, concerns, evidence, missing,
                    scorer, context, lang, S,
                )
            elif status == CoverageStatus.covered:
                # the cost is named, no figure given: the estimate asked for is what is missing
                status = CoverageStatus.partial
                missing = [*missing, asked_cost.surface]
        elif asked_cost is not None and status == CoverageStatus.covered:
            # "overslag for bygning og vedligehold" with a figure for the building only: the
            # items with no amount are what is missing
            bare = [
                c.text
                for c, _sc, u, _m in results
                if not c.structural and not c.subject_only and not _costed(asked_cost, c, u, units)
            ]
            if bare:
                status = CoverageStatus.partial
                missing = [*missing, *bare]
        if (
            S.consultation_done
            and status == CoverageStatus.uncovered
            and _asks_process(p)
            and not missed_steps  # the consultation is the step asked, dated after its deadline
        ):
            heard = consultation_stated(p.text, [units[i] for i in process_idx], lang, S)
            if heard is not None:
                # the plan went to consultation; the bodies asked for are not named as heard
                u, step = heard
                fired.add("consultation")
                status = CoverageStatus.partial
                evidence = [
                    Evidence(page=u.page, quote=_quote(u, step, lang), node_id=u.id, score=S.weak)
                ]
                missing = [
                    without_consultation(c.text, lang) for c in concerns if not c.structural
                ]
        if status != CoverageStatus.covered:
            # the step stated done in the point's own verb, else the plan handed to the body in
            # any verb (a point not read as a process point asks a hand-over only with a date)
            done, why = None, ""
            if S.step_done and (_asks_process(p) or dated_step):
                done, why = step_stated_done(p.text, units, lang, S), "step_done"
            if done is None and S.hand_over_done:
                dated = not (_asks_process(p) or dated_step)
                done, why = hand_over_stated(p.text, units, lang, S, dated=dated), "hand_over"
            if done is not None:
                u, sent_terms = done
                fired.add(why)
                status = CoverageStatus.covered
                evidence = [Evidence(page=u.page, quote=_quote(u, sent_terms, lang), node_id=u.id, score=1.0)]
                missing = []
        if S.plan_order_dated and dated_plan_order(p.text):
            ordered = plan_order_status(p.text, units, S)
            if ordered is not None:
                # the order to have the plan by then: answered by the plan's own date or state
                fired.add("plan_order")
                status, u = ordered
                evidence = (
                    [Evidence(page=u.page, quote=_quote(u, T.terms(u.text, lang), lang), node_id=u.id, score=1.0)]
                    if u is not None and status == CoverageStatus.covered
                    else []
                )
                # not ready in time: what is missing is the deadline ("senast den 1 mars 2041")
                late = [m.group(0).strip() for m in DEADLINE_PHRASE_RE.finditer(p.text)][-1:]
                missing = [] if status == CoverageStatus.covered else (late or missing)
        if S.report_back_sent and status != CoverageStatus.covered and report_back_asked(p.text):
            deadline = min((c.deadline for c in concerns if c.deadline), default=None)
            sent = report_back_stated(units, deadline, lang)
            if sent is not None:
                # the plan, or the answer, went to the body that asked to be told
                u, sent_terms = sent
                fired.add("report_back")
                status = CoverageStatus.covered
                evidence = [Evidence(page=u.page, quote=_quote(u, sent_terms, lang), node_id=u.id, score=1.0)]
                missing = []
        asked = deliverable_asked(p.text) if S.deliverable_anchor else None
        if asked is not None and status == CoverageStatus.covered:
            anchor = [t for t in T.terms(asked, lang) if not t.stop]
            used = [u for c, _sc, u, _m in results if u is not None and not c.structural]
            if anchor and _listing(anchor[-1]) and any(id(r[0]) in ranked for r in results):
                # "ei prioritert liste": the table that ranks is the list asked for
                anchor = []
            if anchor and used and not any(
                scorer.term_match(anchor[-1], v, v.all_keys) >= scorer.s.term_hit
                for u in used
                for v in [u, *u.members]
            ):
                # the subject is answered, the document asked for is nowhere: partial, and
                # that document is what is missing
                fired.add("deliverable_anchor")
                status = CoverageStatus.partial
                missing = [*missing, asked]
        if S.opposite_state and status != CoverageStatus.uncovered:
            answered = [(c, u) for c, _sc, u, _m in results if u is not None and not c.structural]
            opposed = [
                c
                for c, u in answered
                if _opposite_state(c.text, u.text)
                or (S.exclusion_answered and _exclusion_unanswered(c.text, u.text))
            ]
            if opposed:
                fired.add("opposite")
            if opposed and len(opposed) == len(answered):
                # a service to be kept open, the plan closing it for some weeks: the plan states
                # the opposite of what the point asks; nothing of it is answered
                status, evidence, missing = _restate(
                    CoverageStatus.uncovered, results, concerns, evidence, missing,
                    scorer, context, lang, S,
                )
            elif opposed and status == CoverageStatus.covered:
                status = CoverageStatus.partial
                missing = [*missing, *(c.text for c in opposed if c.text not in missing)]
        if status != CoverageStatus.uncovered:
            answered = [(c, u) for c, _sc, u, _m in results if u is not None and not c.structural]
            # "en vurdering af det fremtidige behov for plejeboliger" against "Plejecentrene
            # havde 84 beboere i 2045": today's figure, nothing of the future
            dated = [c for c, u in answered if S.future_needs_future and _present_only(c.text, u)]
            # "rutine for samarbeid med legevakta …" against a passage on registration that
            # never names the party: that concern is not answered
            unnamed = [c for c, u in answered if S.party_named and _party_unnamed(c.text, u, S)]
            # "… report progress … to the Transport Board once a year" against "Progress is
            # reported to the Board": a recurring step, no recurrence stated — at most partial
            unnamed += [
                c for c, u in answered if S.recurrence_named and c not in unnamed and _recurrence_unnamed(c.text, u)
            ]
            if dated:
                fired.add("present_only")
            if unnamed:
                fired.add("party_unnamed")
            if dated and len(dated) == len(answered):
                status, evidence, missing = _restate(
                    CoverageStatus.uncovered, results, concerns, evidence, missing,
                    scorer, context, lang, S,
                )
            elif (dated or unnamed) and status == CoverageStatus.covered:
                # at most partial: the party's concern may be answered beside the passage
                # read, and the rest of the point is
                status = CoverageStatus.partial
                missing = [*missing, *(c.text for c in [*dated, *unnamed] if c.text not in missing)]
        aside_word = None
        if S.aside_word and status == CoverageStatus.covered:
            stated = _stated_keys(units) if stated is None else stated
            aside_word = _aside_word(scorer, concerns, others[k], units, stated)
        if aside_word is not None:
            # the plan names the point's own subject only where it puts it off ("vil i 2051 se
            # nærmere på affaldsmængderne fra institutionerne"): the sentences around it, which
            # share the point's other words, do not answer it (session 36)
            fired.add("aside_word")
            status = CoverageStatus.partial
            if aside_word not in missing:
                missing = [*missing, aside_word]
        if judge_out is not None or judge_model is not None:
            for g in ("passing", "head_missing", "set_aside", "late_step"):
                if feats.get(g):
                    fired.add(g)
            jx = _judge_features(
                p, results, table, units, plan, S,
                rule_status=rule_status, calibrated_status=calibrated_status,
                present_status=str(status.value), fired=fired, lang=lang,
            )
            if judge_out is not None:
                judge_out.append(jx)
            if judge_model is not None:
                judged = judge_model.status(jx)
                if judged != status.value:
                    status, evidence, missing = _restate(
                        CoverageStatus(judged), results, concerns, evidence,
                        [] if status == CoverageStatus.uncovered else missing,
                        scorer, context, lang, S,
                    )
        keep = {c.deadline_text for c in concerns if c.deadline_text} | set(
            ASSESSMENT_WORD.values()
        )
        said = planner_words(
            missing, lang, keep=keep, label=point_label(p.text) if S.missing_phrases else ""
        )
        if not said and missing and status == CoverageStatus.partial and S.missing_phrases:
            # every entry was function words and asking words ("which are they"): a partial
            # point names what is missing all the same, as the point wrote it
            said = [m.strip(" ,;:?.") for m in missing if m.strip(" ,;:?.")][:1]
        missing = said
        seen: set[str | None] = set()
        uniq: list[Evidence] = []
        for e in evidence:
            if e.node_id in seen:
                continue
            seen.add(e.node_id)
            uniq.append(e)
        trace = None
        if explain:
            trace = [
                ConcernTrace(
                    concern=c.text,
                    score=round(score, 3),
                    page=unit.page if unit is not None else None,
                    quote=_quote(unit, c.terms, lang) if unit is not None else None,
                    node_id=unit.id if unit is not None else None,
                    missing_words=(
                        concern_missing(c.text, [m for m in miss if m], lang)
                        if miss and not c.structural and S.missing_phrases
                        else [m for m in miss if m]
                    ),
                    structural=list(c.structural or []),
                )
                for c, score, unit, miss in results
            ]
        out.append(
            Coverage(
                id=p.id,
                text=p.text,
                number=p.number,
                page=p.page,
                status=status,
                evidence=uniq,
                missing=missing,
                kind=p.kind,
                explain=trace,
            )
        )
    return out


CONSULTATION_STEP = W.word_set("consultation_step")
STEP_BEFORE_RE = re.compile(r"\b(?:" + W.alternation("step_before") + r")\b", re.IGNORECASE)


def _consultation_words(terms: list[T.Term]) -> list[T.Term]:
    return [
        t for t in terms
        if any(w in CONSULTATION_STEP for w in (t.lemma, t.surface.lower(), T.canon(t.lemma)))
        or _word_or_head(t.lemma, CONSULTATION_STEP)
    ]


def without_consultation(text: str, lang: str) -> str:
    """A concern of a consultation asked, without the step (the plan went to consultation) and
    the later step a "før"-clause dates it by: who was to be heard ("høyring til idrettsrådet" →
    "til idrettsrådet", which the planner's words make "idrettsrådet")."""
    m = STEP_BEFORE_RE.search(text)
    main = text[: m.start()] if m else text
    step = _consultation_words(T.terms(main, lang))
    if not step:
        return text  # a body of its own ("Brukerorganisasjonene")
    # the bodies follow the step ("på høyring til idrettsrådet") or stand before it as its
    # subject ("Idrettsrådet skal høyrast")
    after = main[step[-1].end :].strip(" ,;:.")
    return after or main[: step[0].start].strip(" ,;:.") or text


def consultation_stated(
    point_text: str, units: list[Unit], lang: str, s: MatchSettings = DEFAULT_SETTINGS
) -> tuple[Unit, list[T.Term]] | None:
    """The first of ``units`` with a sentence saying the plan itself goes or went to
    consultation ("Temaplanen har vært ute på høring", "The draft was open for consultation"),
    when the point asks for a consultation (words.yaml consultation_step); with the words of
    the step. Why: the step asked is done, though not with the bodies the point names (the
    gold writers call that partial: the hearing held, who was heard not said). The sentence
    must name the plan (plan_self): another matter's hearing is no step of this plan."""
    # "… skal få planutkastet til uttale før det vert lagt ut på høyring": the clause after
    # "før" dates the step by another one; a consultation there is a later step, and the
    # one asked (the body's say on the draft before it) is not answered by the hearing
    m = STEP_BEFORE_RE.search(point_text)
    main, later = (point_text[: m.start()], point_text[m.end() :]) if m else (point_text, "")
    if not _consultation_words(T.terms(main, lang)) or _consultation_words(T.terms(later, lang)):
        return None
    for u in units:
        for sent in T.sentences(u.text):
            terms = T.terms(sent, lang)
            step = _consultation_words(terms)
            if step and any(_names_plan(w) for t in terms for w in (t.lemma, *t.whole)):
                return u, step
    return None


# "sende … til Sivilombodet", "We have sent our response to the Ombudsman": a verb of sending (words.yaml
# send_verb) and a body that asks to be told (requirements.yaml requester_body)
SEND_VERB_RE = re.compile(r"\b(?:" + W.alternation("send_verb") + r")\b", re.IGNORECASE)
REQUESTER_RE = re.compile(r"\b(?:" + _alt("requester_body") + r")\b", re.IGNORECASE)


def report_back_stated(
    units: list[Unit], deadline: dt.date | None, lang: str
) -> tuple[Unit, list[T.Term]] | None:
    """The first of ``units`` with a sentence saying that the plan's owner sent, or will send,
    something to a body that asks to be told ("Planen vart send til Sivilombodet 3.
    mai 2050", "We will send the Ombudsman
    this plan and the revised procedure by 30 June 2050"), dated by the point's deadline when it
    has one; with that sentence's terms. Why: a request to be kept informed or given the answer
    (points.report_back_asked) is answered by the sending itself, in words the request does
    not share. Not negated."""
    for u in units:
        for sent in T.sentences(u.text):
            if not (SEND_VERB_RE.search(sent) and REQUESTER_RE.search(sent)) or _NEGATION_RE.search(sent):
                continue
            dates = find_dates(sent)
            if deadline is not None and not any(d <= deadline for d in dates):
                continue
            return u, T.terms(sent, lang)
    return None


STEP_PARTNER = W.word_set("step_partner")
STEP_PARTNER_GLUE = W.word_set("step_partner_glue")
_STEP_MODALS = frozenset(w.lower() for w in _words("modal")) | W.word_set("step_promise")
_PARTICLES = W.word_set("particle")
STEP_AUX = W.word_set("step_aux")


def step_asked(
    point_text: str, lang: str, s: MatchSettings = DEFAULT_SETTINGS
) -> tuple[list[str], list[T.Term]] | None:
    """The step a process point asks and its partners: the verb after the modal, at most
    ``s.step_verb_gap`` words on with no article between (a noun's phrase: "skal ha et kapittel
    om samarbeid med"), that a partner preposition follows (words.yaml step_partner), with its
    particle ("legges fram for": both words), and the content words of the phrase after it,
    articles and conjunctions allowed between them (step_partner_glue): "skal drøftast med dei
    tillitsvalde og verneombodet i eit eige møte" → [drøfte], [tillitsvalde, verneombodet].
    None when there is no such step, or the point asks a second step (process_steps), or
    negates it."""
    if _NEGATION_RE.search(point_text) or len(process_steps(point_text, lang)) > 1:
        return None
    if duration_asked(point_text)[0]:
        return None  # "… i minst åtte veker": the step's length is asked, not only the step
    dated = [m for m in DEADLINE_PHRASE_RE.finditer(point_text) if find_dates(m.group(0))]
    if dated and s.step_dated_anchor:
        # the deadline is when, never a partner ("till kulturnämnden senast den 2 maj")
        point_text = point_text[: dated[-1].start()]
    terms = T.terms(point_text, lang)
    if dated and s.step_dated_anchor and not any(t.surface.lower() in _STEP_MODALS for t in terms):
        return _dated_step(terms, s)
    for i, t in enumerate(terms):
        if t.surface.lower() not in _STEP_MODALS:
            continue
        for j in range(i + 1, min(len(terms) - 1, i + 2 + s.step_verb_gap)):
            if terms[j].surface.lower() in STEP_PARTNER_GLUE or terms[j].surface.lower() in STEP_PARTNER:
                return None
            if terms[j + 1].surface.lower() not in STEP_PARTNER:
                # "skal få planutkastet til uttale": the word before the preposition is the
                # object of another verb, not the step (words.yaml step_aux)
                if (
                    terms[j].surface.lower() not in STEP_AUX
                    and terms[j].lemma not in STEP_AUX
                    and terms[j + 1].surface.lower() not in _PARTICLES
                ):
                    return None
                continue
            verbs = [terms[j].lemma]
            if terms[j].surface.lower() in _PARTICLES and j - 1 > i:
                verbs.insert(0, terms[j - 1].lemma)
            partners = _step_partners(terms[j + 2 :])
            if partners and not any(v.isdigit() or v in T.FUNCTION for v in verbs):
                return verbs, partners
            return None
        return None
    return None


def _step_partners(terms: list[T.Term]) -> list[T.Term]:
    """The partners after a step's preposition: content words, articles and conjunctions
    between them (step_partner_glue), up to a function word or a number."""
    partners: list[T.Term] = []
    prev = ""
    for t2 in terms:
        low = t2.surface.lower()
        # "till skyddsombudet och till brukarrådet": a second partner's preposition after the
        # conjunction
        if low in STEP_PARTNER_GLUE or (low in STEP_PARTNER and prev in STEP_PARTNER_GLUE):
            prev = low
            continue
        # a body's name in capitals is a partner whatever its lemma ("the Fire Authority":
        # "fire" is a Nordic numeral among the stop words)
        if (t2.stop and not t2.surface[:1].isupper()) or t2.lemma.isdigit():
            break
        partners.append(t2)
        prev = low
    return partners


def _passive_verb(t: T.Term) -> bool:
    """A Nordic s-passive ("legges", "afleveres", "redovisas", "leggjast"): the verb's form
    ending in -s (-st) that its lemma does not."""
    low = t.surface.lower()
    return (
        low.endswith(("s", "st"))
        and not t.lemma.endswith("s")
        and len(t.lemma) >= 4
        and low.startswith(t.lemma[:-1])
    )


@functools.cache
def _pointer_re() -> re.Pattern[str]:
    """A chapter pointer alone: a chapter word of words.yaml and its number, perhaps several
    ("kapittel 3 og 4", "Kap. 6", "Section 5", "Vedlegg 1", "avsnitt 2.1, 2.3")."""
    alt = W.alternation("chapter_word")
    one = r"(?:" + alt + r")\.?\s*\d{1,2}(?:\.\d{1,2})*\.?"
    more = r"(?:\s*(?:,|og|och|and|&|–|-)\s*(?:(?:" + alt + r")\.?\s*)?\d{1,2}(?:\.\d{1,2})*)*"
    return re.compile(r"^\W*" + one + more + r"\W*$", re.IGNORECASE)


def _quote_form(text: str) -> str:
    """``text`` as compared for a quote: lower case, its words only, one space between."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def quoting_units(units: list[Unit], points: list[MandatePoint], min_words: int, share: float) -> list[set[int]]:
    """Per point, the indices of the units that quote it rather than answer it: the point's text
    word for word in the unit, the quotes of points making at least ``share`` of the unit's
    words, and the chapters holding such a unit. Why: a plan that reprints its order in an
    appendix or in a chapter on its mandate holds every word of every point it reprints; the
    words are the order's, not the plan's answer. A passage that quotes a point and answers it
    at length keeps it (the quote is a small part of it)."""
    out: list[set[int]] = [set() for _ in points]
    if min_words <= 0:
        return out
    quotes = []
    for k, p in enumerate(points):
        # (a point's text holds no label: its number is apart, MandatePoint.number)
        q = _quote_form(p.text)
        if (n := len(q.split())) >= min_words:
            quotes.append((k, f" {q} ", n))
    if not quotes:
        return out
    index = {id(u): i for i, u in enumerate(units)}
    for i, u in enumerate(units):
        if u.kind == "section":
            continue
        form = f" {_quote_form(u.text)} "
        held = [(k, n) for k, q, n in quotes if q in form]
        if held and sum(n for _, n in held) >= share * max(1, len(form.split())):
            for k, _ in held:
                out[k].add(i)
    for i, u in enumerate(units):
        # a chapter holding a quote of the point has the point's words from the quote
        if u.kind == "section" and u.members:
            for k in range(len(points)):
                if any(index.get(id(m)) in out[k] for m in u.members):
                    out[k].add(i)
    return out


def crosswalk_table(text: str, share: float = 0.6, max_columns: int = 3) -> bool:
    """A table of where each part of the order is dealt with: at most ``max_columns`` columns,
    at least three rows, and one column whose cells are, in at least ``share`` of the rows, a
    chapter pointer and nothing else ("Behov for plasser | Kapittel 3", "(iii) Late-night
    transport | Section 5"). Why by its cells: the header says it in as many ways as there are
    planners; the column of pointers says it always."""
    rows = [[c.strip() for c in line.split(" | ")] for line in text.splitlines() if line.strip()]
    if len(rows) < 3 or max(len(r) for r in rows) > max_columns:
        return False
    pointer = _pointer_re()
    body = rows[1:]
    for k in range(max(len(r) for r in rows)):
        cells = [r[k] for r in body if k < len(r)]
        if sum(bool(pointer.match(c)) for c in cells) >= share * len(body):
            return True
    return False


def _genitive(t: T.Term) -> bool:
    """A Nordic genitive noun ("kommunstyrelsens", "rådmannens"): its form is its lemma and an
    -s (-ens, -ets), the lemma ending otherwise."""
    low = t.surface.lower()
    return low.endswith("s") and not t.lemma.endswith("s") and len(t.lemma) >= 4 and low.startswith(t.lemma)


def _dated_step(
    terms: list[T.Term], s: MatchSettings
) -> tuple[list[str], list[T.Term]] | None:
    """The step of a dated point with no modal (``MatchSettings.step_dated_anchor``): a passive
    verb, or the point's first word as an infinitive with an object of at most
    ``step_object_words`` words, then a particle or not, then a partner preposition and at
    least one partner that is a body of the process. ``terms`` are the point's words before
    its deadline."""
    starts = [k for k, t in enumerate(terms) if _passive_verb(t)]
    if terms and terms[0].surface[:1].islower() and terms[0].surface.isalpha():
        starts.append(0)
    for k in sorted(set(starts)):
        verb = terms[k]
        low = verb.surface.lower()
        if low in STEP_PARTNER or low in STEP_PARTNER_GLUE or len(low) < 3:
            continue  # ("the", "og", "to"; a light verb is a verb here: "leggje … fram for")
        limit = k + 1 + (s.step_object_words if k == 0 else 1)
        for j in range(k + 1, min(limit + 1, len(terms) - 1)):
            low = terms[j].surface.lower()
            if low not in STEP_PARTNER:
                if terms[j].lemma in T.FUNCTION and low not in _PARTICLES:
                    break  # a function word: the verb's object has ended elsewhere
                continue
            verbs = [verb.lemma]
            if terms[j - 1].surface.lower() in _PARTICLES and j - 1 > k:
                verbs.append(terms[j - 1].lemma)
            partners = _step_partners(terms[j + 1 :])
            if any(_word_or_head(p.lemma, PROCESS_BODIES) or _standing_body(p.lemma) for p in partners):
                return verbs, partners
            break
    return None


def _about_plan_making(u: Unit, terms: list[T.Term], named: set[str]) -> bool:
    """A sentence of ``u`` about this plan's making: in a chapter on it, naming the plan
    (plan_self or a compound of it), or naming what the point hands over (``named``: the
    point's words found in the sentence)."""
    return bool(
        u.process_section
        or any(_names_plan(w) for t in terms for w in (t.lemma, *t.whole))
        or named
    )


def step_stated_done(
    point_text: str, units: list[Unit], lang: str, s: MatchSettings = DEFAULT_SETTINGS
) -> tuple[Unit, list[T.Term]] | None:
    """The first of ``units`` with a sentence stating the step a process point asks
    (step_asked) taken: the step's verb in any tense and every partner (by lemma), the plan named
    (plan_self) or the sentence in a chapter on the plan's making, no modal, no promise of the
    future (step_promise) and no negation, and, when the point has a deadline, a date in the
    sentence by it; with that sentence's terms. Why: a process chapter tells the plan's making
    in the past tense ("Planen vart drøfta med dei tillitsvalde …", "The action plan was
    submitted to the Fire Authority on 12 June"): the fact answers the step in words the point's
    other concerns do not share (mstat33's table: 12 such points called uncovered)."""
    asked = step_asked(point_text, lang, s)
    if asked is None:
        return None
    verbs, partners = asked
    # a body's owner in the genitive before it ("byggnadsnämndens presidium",
    # "kommunedirektørens ledergruppe") places the body; the plan may name the body alone
    needed = [
        p for i, p in enumerate(partners)
        if not (s.step_dated_anchor and i + 1 < len(partners) and _genitive(p))
    ]
    found = list(DEADLINE_PHRASE_RE.finditer(point_text))
    deadline = max(find_dates(found[-1].group(0)), default=None) if found else None
    # the thing the step is done with, named alike in the sentence ("redovisa grönplanen för
    # utskottet" ↔ "Utskottet fick grönplanen redovisad den 8 oktober"): the sentence is about
    # this plan's making wherever it stands (a dated step only: step_dated_anchor)
    objects = (
        {
            t.lemma
            for t in T.terms(point_text[: found[-1].start()], lang)
            if not t.stop and not t.lemma.isdigit()
        }
        - set(verbs)
        - {p.lemma for p in partners}
        if found and deadline is not None and s.step_dated_anchor
        else set()
    )
    for u in units:
        for sent in T.sentences(u.text):
            terms = T.terms(sent, lang)
            lemmas = {t.lemma for t in terms}
            if not all(v in lemmas for v in verbs) or not all(p.lemma in lemmas for p in needed):
                continue
            if _NEGATION_RE.search(sent) or any(t.surface.lower() in _STEP_MODALS for t in terms):
                continue
            if not _about_plan_making(u, terms, objects & lemmas):
                continue
            if deadline is not None and not any(d <= deadline for d in find_dates(sent)):
                continue
            return u, terms
    return None


def _hand_over_verbs() -> dict[str, frozenset[str]]:
    """words.yaml hand_over_step as the matcher lemmatises it: each verb's lemma with the
    particles it needs ("legge fram": {"fram"}; an empty set: none)."""
    out: dict[str, set[str]] = {}
    for lg, ws in W.load()["hand_over_step"].items():
        for w in ws:
            verb, *particle = w.split()
            out.setdefault(T.lemma(verb, lg), set()).update(particle)
            out.setdefault(verb, set()).update(particle)
    return {k: frozenset(v) for k, v in out.items()}


HAND_OVER_VERBS = _hand_over_verbs()
HAND_OVER_PARTNER = STEP_PARTNER | W.word_set("hand_over_partner")
HAND_OVER_BODIES = W.word_set("hand_over_body")
_YEAR_RE = re.compile(r"\b(?:19|20|21)\d{2}\b")
# a deadline set by another step (words.yaml hand_over_before): what is left of it once the
# dated deadline phrase is cut off
_RELATIVE_TIME_RE = re.compile(r"\b(?:" + W.alternation("hand_over_before") + r")\b", re.IGNORECASE)


def _hand_over_at(terms: list[T.Term], k: int) -> int | None:
    """The index after the hand-over verb at ``k`` (and its particle), or None when the word is
    no such verb or lacks the particle it needs ("legges fram", not "legges til grunn")."""
    particles = HAND_OVER_VERBS.get(terms[k].lemma)
    if particles is None:
        return None
    if not particles:
        return k + 1
    if k + 1 < len(terms) and terms[k + 1].surface.lower() in particles:
        return k + 2
    return None


def _body_like(t: T.Term) -> bool:
    """A partner that is a body: a council or committee (standing_bodies, process_bodies, any
    -råd), a board or management group (words.yaml hand_over_body: "skolebestyrelsen",
    "ledergruppen") or a name in capitals ("the Harbour Authority")."""
    return _lexicon_body(t) or t.surface[:1].isupper()


def hand_over_asked(
    point_text: str, lang: str, s: MatchSettings = DEFAULT_SETTINGS
) -> tuple[list[T.Term], list[T.Term], dt.date | None] | None:
    """The plan handed to a body a process point asks (``MatchSettings.hand_over_done``): a verb
    of words.yaml hand_over_step in any form ("legges fram for", "forelægges", "afleverer …
    til", "be submitted to", "överlämnat till"), its object of at most ``step_object_words``
    words, then a partner preposition (step_partner, hand_over_partner) and the bodies after
    it, or, after a Nordic s-passive, the bodies right after the verb ("forelægges
    ældrerådet"); with the words before the verb and its object (what is handed over or
    who hands it) and the deadline: the point's last dated deadline phrase, else its last date
    ("… overlämnat till nämnden – 2049-05-31"). None without such a step, when negated, when
    no partner is a body, when the step's length is asked too, or when the point names a year
    but no date the dates read (a time the plan's dates cannot be held to)."""
    if _NEGATION_RE.search(point_text) or duration_asked(point_text)[0]:
        return None  # ("… på samråd under minst sex veckor": the step's length is asked too)
    found = [m for m in DEADLINE_PHRASE_RE.finditer(point_text) if find_dates(m.group(0))]
    if found:
        deadline = max(find_dates(found[-1].group(0)))
        point_text = point_text[: found[-1].start()]
    else:
        deadline = max(find_dates(point_text), default=None)
    if deadline is None and _YEAR_RE.search(point_text):
        return None  # a time with a year the dates do not read: no date to hold the plan's to
    if _relative_time(point_text):
        # "før det sendes på høyring", "before construction starts": a time set by another
        # step, which no date of the plan's can be held to
        return None
    terms = T.terms(point_text, lang)
    for k in range(len(terms)):
        j = _hand_over_at(terms, k)
        if j is None:
            continue
        m = j
        while m < len(terms) and m - j < s.step_object_words and terms[m].surface.lower() not in HAND_OVER_PARTNER:
            if terms[m].lemma.isdigit():
                break
            m += 1
        if j < len(terms) and _passive_verb(terms[k]) and _body_like(terms[j]):
            # "forelægges ældrerådet til høring": the body right after the passive
            partners, before = _first_bodies(terms[j:]), terms[:k]
        elif m < len(terms) and terms[m].surface.lower() in HAND_OVER_PARTNER:
            partners, before = _first_bodies(terms[m + 1 :]), [*terms[:k], *terms[j:m]]
        else:
            continue
        if partners and any(_body_like(p) for p in partners):
            return before, partners, deadline
    if deadline is not None:
        # a timetable's row without a verb: "Draft plan to the Harbour Board: By …"
        for k in range(len(terms) - 1):
            if _names_plan(terms[k].lemma) and terms[k + 1].surface.lower() in STEP_PARTNER:
                partners = _first_bodies(terms[k + 2 :])
                if partners and any(_body_like(p) for p in partners):
                    return terms[: k + 1], partners, deadline
    return None


def _relative_time(text: str, reach: int = 4) -> bool:
    """A time set by another step or event ("før det sendes på høyring", "within 30 days of
    …"): a word of words.yaml hand_over_before with no date of DATE_RES among the ``reach``
    words after it ("senest i møtet 3. mai" is a date)."""
    for rx, _kind in DATE_RES:
        text = rx.sub(" \x00 ", text)
    for m in _RELATIVE_TIME_RE.finditer(text):
        after = text[m.end() :].split()[:reach]
        if after and "\x00" not in after:
            return True
    return False


def _first_bodies(terms: list[T.Term]) -> list[T.Term]:
    """The bodies after a hand-over's preposition (``terms``: the words after it): content
    words, articles and conjunctions between them (step_partner_glue), up to a function word or
    a number, as _step_partners reads them, and up to the first body the lexicon names unless a
    conjunction joins another to it ("Børne- og Kulturudvalget og Ældrerådet", "the Harbour
    Board"): a word after a body with no conjunction between is the next cell or clause
    ("… Kulturudvalget Kulturchef"). A word for the plan is no partner."""
    out: list[T.Term] = []
    closed = joined = False
    for t in terms:
        low = t.surface.lower()
        if low in STEP_PARTNER_GLUE or (low in STEP_PARTNER and joined):
            joined = True
            continue
        if (t.stop and not t.surface[:1].isupper()) or any(c.isdigit() for c in t.surface):
            break
        if _names_plan(t.lemma):
            continue
        if closed and not joined and not _lexicon_body(t):
            break  # ("the Licensing Review Panel": two body words are one body's name)
        out.append(t)
        closed, joined = _lexicon_body(t), False
    return out


def _lexicon_body(t: T.Term) -> bool:
    """A body by the lexicon, not only by its capital letter."""
    return (
        _standing_body(t.lemma)
        or _word_or_head(t.lemma, PROCESS_BODIES)
        or _council_word(t.lemma)
        or _word_or_head(t.lemma, HAND_OVER_BODIES)
    )


# where a sentence's clauses part ("… sendes på høring i januar og behandles i kommunestyret
# 18. mars": the hearing's date is not the council's)
_CLAUSE_RE = re.compile(r"\s(?:og|and|och|samt|men|but|mens|while)\s|;", re.IGNORECASE)


def _clause_dates(sent: str, bodies: list[T.Term]) -> list[dt.date]:
    """The dates of the clause of ``sent`` that names the last of ``bodies`` (its terms in
    the sentence), or of the whole sentence when that clause has none: a sentence telling two
    steps dates each in its own clause."""
    if bodies:
        at = max(t.start for t in bodies)
        cuts = [0, *(m.end() for m in _CLAUSE_RE.finditer(sent) if m.end() <= at)]
        start = max(cuts)
        nxt = next((m.start() for m in _CLAUSE_RE.finditer(sent) if m.start() > at), len(sent))
        own = find_dates(sent[start:nxt])
        if own:
            return own
    return find_dates(sent)


def hand_over_stated(
    point_text: str, units: list[Unit], lang: str, s: MatchSettings = DEFAULT_SETTINGS,
    dated: bool = False,
) -> tuple[Unit, list[T.Term]] | None:
    """The first of ``units`` with a sentence saying the body a point asks the plan handed to
    (hand_over_asked) got it: every partner named (by lemma; a genitive owner before a body
    may be left out: "kommunedirektørens ledergruppe" ↔ "ledergruppen"), a verb of
    hand_over_step or of adoption, the plan named (plan_self, a compound of it, or a content
    word the point says before the step: "The report must be sent to" ↔ "This report was
    sent to"), or the sentence in a chapter on the plan's making; no negation; a date by
    the deadline when the point has one, a date at all when the sentence promises (a modal, a
    future: "This plan will be submitted to the Harbour Authority on 20 June"); with that sentence's terms.
    Why: the mandate writes the step in one verb and the plan tells it in another ("legges fram
    for ledergruppa innen 1. mars" ↔ "Planforslaget ble drøftet i ledergruppen 20.
    februar"): the body and the date answer it, the verb's wording does not (session 52: about
    thirty such process points called uncovered over the blind folders). ``dated``: only a
    point with a deadline (one not read as a process point: the date makes the step one)."""
    asked = hand_over_asked(point_text, lang, s)
    if asked is None or (dated and asked[2] is None):
        return None
    before, partners, deadline = asked
    needed = [
        p for i, p in enumerate(partners)
        if p.lemma not in STEP_PARTNER_GLUE and not (i + 1 < len(partners) and _genitive(p))
    ]
    things = {t.lemma for t in before if not t.stop and not t.lemma.isdigit()}
    bodies = {p.lemma for p in needed}
    for u in units:
        for sent in T.sentences(u.text):
            terms = T.terms(sent, lang)
            lemmas = {t.lemma for t in terms}
            if not bodies <= lemmas:
                continue
            if not (
                any(_hand_over_at(terms, k) is not None for k in range(len(terms)))
                or ADOPTION_RE.search(sent)
            ):
                continue
            if _NEGATION_RE.search(sent):
                continue
            dates = _clause_dates(sent, [t for t in terms if t.lemma in bodies])
            if deadline is not None and not any(d <= deadline for d in dates):
                continue
            if not dates and any(t.surface.lower() in _STEP_MODALS for t in terms):
                continue
            if not _about_plan_making(u, terms, things & lemmas):
                continue
            return u, terms
    return None


def _asks_process(p: MandatePoint) -> bool:
    """A point about the plan's making: by its process words, or read as a process point by
    its form ("Grunneigarane skal få planforslaget til uttale": those consulted, a modal)."""
    return bool(p.process) or str(getattr(p.kind, "value", p.kind)) == "process"


def adoption_dates(units: list[Unit]) -> list[tuple[dt.date, Unit]]:
    """The dates of the sentences of ``units`` that say a plan is adopted (requirements.yaml
    adoption_step: "Vedtatt av bystyret 2. oktober 2040", "Planen antogs den 3 mars"), each
    with its unit. Why: a plan states its own adoption on its title page or in its process
    chapter; that date, not the first meeting of its working group, is when the last step of
    its making was taken."""
    out: list[tuple[dt.date, Unit]] = []
    for u in units:
        if not ADOPTION_RE.search(u.text):
            continue
        for sent in T.sentences(u.text):
            if ADOPTION_RE.search(sent):
                out.extend((d, u) for d in find_dates(sent))
    return out


_APPROVED_RE = _word_re("plan_approved")
_DRAFT_STATE_RE = _word_re("plan_draft_state")


def plan_order_status(
    point_text: str, units: list[Unit], s: MatchSettings = DEFAULT_SETTINGS
) -> tuple[CoverageStatus, Unit | None] | None:
    """The status of the order to have the plan by a date or before a step
    (:func:`plancheck.mandate.points.dated_plan_order`: "Kommunen skal innan 1. mars kvart år
    utarbeide ein kontrollplan", "Før det gis brukstillatelse, skal det foreligge en plan
    … som er godkjent av kommunen"), from what the plan says of itself, with the unit that says
    it; None when it says nothing of its own date or state.

    Why: the plan answers such an order by existing, adopted or approved in time; its content
    shares no word with the order. Read from the plan's own words: its adoption or approval dated
    (``adoption_step``, ``plan_approved``) by the deadline: covered; a plan that calls itself a
    draft on hearing (``plan_draft_state``) dated after the deadline, not adopted by then:
    uncovered (the adoption after the deadline is :func:`adoption_dates`' check). Without a
    deadline (before a step), an approval or adoption stated: covered. A plan dated only on
    its title lines (the short units of its first page: no adoption, no draft) dated by the
    deadline: covered, the order met by the
    plan's being there."""
    found = list(DEADLINE_PHRASE_RE.finditer(point_text))
    deadline = max(find_dates(found[-1].group(0)), default=None) if found else None
    approved: list[tuple[dt.date, Unit]] = list(adoption_dates(units))
    for u in units:
        if _APPROVED_RE.search(u.text) and not _NEGATION_RE.search(u.text):
            for sent in T.sentences(u.text):
                if _APPROVED_RE.search(sent):
                    approved.extend((d, u) for d in find_dates(sent))
    if deadline is None:
        first = min(approved, key=lambda x: x[0], default=None)
        return (CoverageStatus.covered, first[1]) if first is not None else None
    in_time = [(d, u) for d, u in approved if d <= deadline]
    if in_time:
        return CoverageStatus.covered, max(in_time, key=lambda x: x[0])[1]
    if approved:
        return None  # adopted after the deadline: the adoption check says so
    # the plan's title lines: short units of its first page
    first = min((u.page for u in units if u.page is not None), default=None)
    head = [u for u in units if u.page == first and len(u.text.split()) <= s.plan_order_meta_words]
    draft = next((u for u in head if _DRAFT_STATE_RE.search(u.text)), None)
    if draft is not None:
        own = find_dates(draft.text)
        if own and min(own) > deadline:
            return CoverageStatus.uncovered, draft
        return None
    dates = [(d, u) for u in head for d in find_dates(u.text)]
    if dates and max(d for d, _u in dates) <= deadline:
        return CoverageStatus.covered, min(dates, key=lambda x: x[0])[1]
    return None


def process_dates(
    text: str, lang: str, settings: MatchSettings = DEFAULT_SETTINGS
) -> list[dt.date]:
    """The dates of the sentences of ``text`` that speak of the plan's own making ("Planen
    ble vedtatt av kommunestyret 12. juni 2025"): a date beside them ("Kommune · juni 2026"
    under the title, "Tall fra 2024") dates something else."""
    out: list[dt.date] = []
    for sent in T.sentences(text):
        terms = T.terms(sent, lang)
        if _process_sentence(
            [w for t in terms if not t.stop for w in (t.lemma, *t.whole)],
            settings,
            [w for t in terms for w in (t.lemma, *t.whole)],
        ):
            out.extend(find_dates(sent))
    return out


def _process_view(u: Unit, dated: bool = True) -> Unit:
    """The unit as a process point sees it: only the words of its sentences that speak of the
    plan's own making (``Unit.process_keys``). A timetable's rows (``Unit.timetable``) only
    for a point asking for a step by a date (``dated``): a row is a step dated in time, and
    what it adds to the plan's prose is the date; a body named in a row answers no undated
    step ("Legge fram planen for kommunestyret"), which every plan's own making would."""
    if u.timetable and not dated:
        return replace(u, keys=set(u.process_keys - u.timetable_keys))
    return replace(u, keys=set(u.process_keys))


def _chapters(plan: Plan, units: list[Unit]) -> list[Unit]:
    """The plan's chapters in document order, each as one unit: the whole-section unit, or the
    only unit of a section with one."""
    whole = {u.id: u for u in units if u.kind == "section"}
    single: dict[str, Unit] = {}
    for u in units:
        if u.kind != "section" and u.section_id and u.section_id not in whole:
            single.setdefault(u.section_id, u)
    return [
        whole.get(sec.id) or single[sec.id]
        for sec in plan.sections
        if sec.id in whole or sec.id in single
    ]


def _subject_word(t: T.Term) -> bool:
    """A word that may name what a point is about: no function word, no word plans use
    everywhere, no number, no word asking for action."""
    return not (
        t.stop or t.generic or t.lemma.isdigit() or t.lemma in ACTION_WORDS or t.lemma in T.MEDIUM
    )


def mandate_subject(
    parsed: list[tuple[list[Concern], list[T.Term]]], min_points: int
) -> list[T.Term]:
    """The words a mandate's points name again and again (in ``min_points`` points or
    more, each point counted once): the object the whole mandate is about, which a point
    often leaves unsaid ("Lag et årlig budsjett for drift" of a mandate on the ski trails)."""
    count: Counter[str] = Counter()
    first: dict[str, T.Term] = {}
    for concerns, context in parsed:
        seen: set[str] = set()
        for t in [*context, *(t for c in concerns for t in c.terms)]:
            if not _subject_word(t):
                continue
            k = T.canon(t.lemma)
            if k not in seen:
                seen.add(k)
                first.setdefault(k, t)
        count.update(seen)
    return [first[k] for k, n in count.items() if n >= max(2, min_points)]


def point_subject(context: list[T.Term], subject: list[T.Term]) -> list[T.Term]:
    """The object a point is about: the words of its head beside its concerns ("for den
    nye hallen" over a list of what to say of it) and the mandate's subject
    (:func:`mandate_subject`), each lemma once."""
    out: dict[str, T.Term] = {}
    for t in [*context, *subject]:
        if _subject_word(t):
            out.setdefault(T.canon(t.lemma), t)
    return list(out.values())


def _point_concern(concerns: list[Concern], context: list[T.Term]) -> Concern:
    """All the words of a point as one concern (each lemma once): what a chapter written for
    the point holds."""
    seen: set[str] = set()
    terms: list[T.Term] = []
    for t in [*context, *(t for c in concerns if not c.structural for t in c.terms)]:
        if t.lemma not in seen:
            seen.add(t.lemma)
            terms.append(t)
    return Concern(" ".join(t.surface for t in terms), terms)


def _align_chapters(
    plan: Plan,
    units: list[Unit],
    points: list[MandatePoint],
    parsed: list[tuple[list[Concern], list[T.Term]]],
    scorer: Scorer,
    s: MatchSettings,
) -> list[Unit | None]:
    """The chapter aligned with each content point in document order (align.py), None for
    the other points and for a point no chapter answers."""
    chapters = _chapters(plan, units)
    scorer.chapters = chapters
    rows = [
        i
        for i, p in enumerate(points)
        if not p.process and str(getattr(p.kind, "value", p.kind)) == "content"
    ]
    out: list[Unit | None] = [None] * len(points)
    if not chapters or len(rows) < s.align_min_points:
        return out
    scorer.process_point = False
    sim = [
        [scorer.lenient_share(_point_concern(*parsed[i]), u) for u in chapters] for i in rows
    ]
    for i, j in zip(rows, monotone_alignment(sim, s.align_floor), strict=True):
        out[i] = chapters[j] if j is not None else None
    return out


def _aligned_evidence(
    chapter: Unit | None, plain: list[Concern], context: list[T.Term], scorer: Scorer
) -> dict[str, float]:
    """The features of the chapter aligned with a point (align.aligned_features)."""
    if chapter is None:
        return aligned_features(0.0, False, [], 0.0)
    whole = _point_concern(plain, context)
    share = scorer.lenient_share(whole, chapter)
    top = max((scorer.lenient_share(whole, u) for u in scorer.chapters), default=0.0)
    return aligned_features(
        share,
        share >= top - 1e-9,
        [scorer.lenient_share(c, chapter) for c in plain if not c.subject_only],
        scorer.heading_share(whole, chapter),
    )


def _listed_alike(plain: list[Concern], u: Unit, scorer: Scorer, s: MatchSettings) -> Unit:
    """The unit as scored for a point. A passage that enumerates the same things as the point
    ("Alle ansatte i A, B, C og D skal ta kurset" against "kompetansen hos ansatte i
    A, B, C og D") answers the
    list: its enumeration is not in passing then, and its words count."""
    if not u.passing_keys or len(plain) < s.listed_min:
        return u
    named = sum(
        1
        for c in plain
        if any(
            not t.stop and not t.generic and (t.whole & u.passing_keys)
            for t in c.terms
        )
    )
    if named < max(s.listed_min, (len(plain) + 1) // 2):
        return u
    return replace(u, keys=u.keys | u.passing_keys)


def _mark_subject_concerns(concerns: list[Concern], scorer: Scorer) -> None:
    """Mark the concerns that name only the plan's own subject and words every plan uses
    ("dagens tilbud" before a list of its parts in a plan for that service, "kulturtilbodet" in a kulturplan): the whole plan is about them, so they
    are answered when the point's other concerns are. A point of such concerns only is left
    as it is (its words are all it asks)."""

    def subject_only(c: Concern) -> bool:
        if c.structural or c.plain_words or c.deadline or c.duration_days:
            return False
        words = [t for t in c.terms if not t.stop]
        return bool(words) and all(
            t.generic
            or t.lemma.isdigit()
            or scorer.is_topic(t)
            # a compound of general words only ("arbeids|form", "tjeneste|tilbud")
            or (bool(t.parts) and all(p in T.LIGHT_HEADS for p in t.parts))
            for t in words
        )

    def municipality_only(c: Concern) -> bool:
        # "kommunen" of "hvordan kommunen og grunneierne kan få del i …": the one the plan is
        # by, no object of its own (not a question word: "kor ofte" asks a fact, fact_kind)
        if not scorer.s.municipality_concern or c.structural or c.deadline:
            return False
        words = [t for t in c.terms if not t.stop and t.lemma not in scorer.owner]
        low = [t.surface.lower() for t in c.terms]
        return (
            not words
            and any(w in MUNICIPALITY or w in scorer.owner for w in low)
            and not any(w in QUESTION_WORDS for w in low)
        )

    # the municipality is no concern at all: the others are judged as if it were not there
    muni = [c for c in concerns if municipality_only(c)]
    rest = [c for c in concerns if not any(c is m for m in muni)]
    marked = [c for c in rest if subject_only(c)]
    if len(marked) < len(rest):
        for c in marked:
            c.subject_only = True
    if rest:
        for c in muni:
            c.subject_only = True


MUNICIPALITY = W.word_set("municipality")
QUESTION_WORDS = W.word_set("question")
PREPOSITIONS = W.word_set("preposition")
ATTRIBUTE_PREPOSITIONS = W.word_set("attribute_preposition")


def _list_modifies_head(
    point: MandatePoint, lang: str, prepositions: frozenset[str] = PREPOSITIONS
) -> bool:
    """The point's enumeration hangs on its head's object by a preposition ("… eigarar av |
    freda og verneverdige bygg"): the items say which of the object, they are not asked for
    on their own."""
    if point.process:
        return False  # "sendes på høring til X, Y og Z": the bodies are the concerns
    head, items, _tail = split_concerns(point.provenance.source_text or point.text)
    words = head.split()
    first = items[0].split() if items else []
    # a first item that is a phrase of its own ("eiga ordning for hageavfall") is asked for
    # in its own right, not a modifier of the head's noun
    return (
        len(items) >= 2
        and bool(words)
        and words[-1].lower() in prepositions
        and 0 < len(first) <= 2
        and not any(w.lower() in PREPOSITIONS for w in first)
    )


def _head_words(
    scorer: Scorer, head: Concern, modifies: bool, qualifies: bool = False
) -> list[T.Term]:
    """The words of a point's head that name what it asks about: its anchor (the most
    specific word); the one specific word of a head that has only one, when that word could
    be an anchor ("havnivåstigning") and the list qualifies it (``qualifies``: after
    "med"/"with"); or, when the list hangs on the head by a preposition
    and no word is long enough to be an anchor ("hente inn råd fra …"), every specific word
    of the head (any one of them found keeps the head)."""
    anchor = scorer.anchor(head)
    if anchor is not None:
        return [anchor]
    specific = [
        t
        for t in head.terms
        if not t.stop and not t.generic and not t.lemma.isdigit() and not scorer.is_topic(t)
    ]
    if (
        scorer.s.head_single_anchor
        and qualifies
        and len(specific) == 1
        and scorer.anchor_word(specific[0])
    ):
        return specific
    if scorer.s.head_words_modified and modifies:
        return specific
    return []


def _list_of_bodies(point: MandatePoint, lang: str) -> bool:
    """Every item of the point's enumeration names a body (an owner in the lexicon's sense:
    "NAV", "Husbanken", "Statens vegvesen"; lang.owners.is_owner_like):
    the list says who, and the point asks something of them that its head names."""
    _head, items, _tail = split_concerns(point.provenance.source_text or point.text)
    return len(items) >= 2 and all(is_owner_like(x.strip(" ,.;"), lang) for x in items)


def _head_object_missing(
    scorer: Scorer,
    context: list[T.Term],
    results: list[tuple[Concern, float, Unit | None, list[str]]],
    *,
    modifies: bool = False,
    qualifies: bool = False,
) -> str | None:
    """The most specific word of a point's head (outside its enumeration) when no passage
    answering the point holds it, else None. "Greie ut støtteordningar for private eigarar
    av naust og sjøbuer" is not answered by a passage on naust and one on sjøbuer: the
    støtteordningar, the point's object, are in neither. Sharing the list's words is not
    answering (docs/domain.md): "vurdere havnivåstigning med høyere stormflo …" is not
    answered by a past storm's water level, nor "hente inn råd fra X og Y" by a passage
    naming X once (``modifies``: a list of bodies hangs on the head by a preposition,
    _list_modifies_head and _list_of_bodies)."""
    head = Concern(" ".join(t.surface for t in context), [t for t in context if not t.stop])
    words = _head_words(scorer, head, modifies, qualifies)
    if not words:
        return None
    used = [u for c, _sc, u, _m in results if u is not None and not c.structural]
    if not used:
        return None
    for u in used:
        for v in [u, *u.members]:
            if any(scorer.term_match(w, v, v.all_keys) >= scorer.s.term_hit for w in words):
                return None
    return max(words, key=lambda t: (round(scorer.weight(t), 2), len(t.lemma))).surface


# "hva en billett til bybussen vil koste", "what a trip will cost": a question word and, at
# most eight words on in its clause, the verb of costing (words.yaml question, cost_verb)
COST_QUESTION_RE = re.compile(
    r"\b(?:" + W.alternation("question") + r")\s+(?:[^\s,.;:]+\s+){0,8}?(?P<verb>"
    + W.alternation("cost_verb") + r")\b",
    re.IGNORECASE,
)


def _estimate_asked(
    concerns: list[Concern], context: list[T.Term], lang: str
) -> T.Term | None:
    """The cost word of a point that asks for a cost or an estimate of it (text.cost_word): in
    the point's head, outside its enumeration ("lave et budget for | bygning og vedligehold"), or
    among the first two words of a point that is one concern ("Kostnadsoverslag for tiltaket"),
    a question of what a thing costs as the point's one concern ("hva en billett vil koste"),
    or opening every concern of a head spread over its list ("redovisa kostnader för lokaler
    och personal"); else None. A cost word inside a list ("tiltak, ansvar og kostnader") is one item of it."""
    for t in context:
        if T.cost_word(t, lang):
            return t
    m = COST_QUESTION_RE.search(concerns[0].text) if len(concerns) == 1 and not concerns[0].structural else None
    if m is not None:
        # "hva en billett vil koste": the question asks for an amount (one concern: in a point
        # of several, "kor mange …, og kva kostar det …", it is one part of them)
        verb = T.terms(m.group("verb"), lang)
        if verb:
            return verb[0]
    if len(concerns) == 1 and not concerns[0].structural:
        for t in [t for t in concerns[0].terms if not t.stop][:2]:
            if T.cost_word(t, lang):
                return t
    # the head spread over the list ("kostnader för lokaler", "kostnader för personal"): every
    # concern opens with the cost word
    firsts = [next((t for t in c.terms if not t.stop), None) for c in concerns if not c.structural]
    if len(firsts) >= 2 and all(t is not None and T.cost_word(t, lang) for t in firsts):
        return firsts[0]
    return None


def _costed(asked: T.Term, c: Concern, u: Unit | None, units: list[Unit]) -> bool:
    """Whether the plan states an amount (Unit.amount) for concern ``c`` of an estimate asked:
    in the passage answering it, or in any passage naming a specific word of it (a cost table
    elsewhere in the plan: the figures are there, whichever passage the matcher picked)."""
    if u is not None and any(v.amount for v in [u, *u.members]):
        return True
    words = {
        k
        for t in c.terms
        if not t.stop and not t.generic and t is not asked and not (t.whole & asked.whole)
        for k in t.whole
    }
    return any(w.amount and w.kind != "section" and words & (w.keys - w.beside_keys) for w in units)


def _amount_delivered(
    asked: T.Term,
    results: list[tuple[Concern, float, Unit | None, list[str]]],
    units: list[Unit],
) -> bool:
    """Whether the plan states an amount for some concern of the estimate asked (_costed)."""
    return any(_costed(asked, c, u, units) for c, _sc, u, _m in results if not c.structural)


def _name_missing(text: str, miss: list[str], scorer: Scorer) -> str:
    """The name among the words the answer lacks (``miss``): a word written with a capital
    inside the point ("Trafikksikker kommune"), not the plan's owner (the place the plan names
    most often before "kommune") nor a word of the plan's title as written; "" when none. A
    scheme named "<word> kommune" is a name too, though place_names reads it as a place."""
    for m in miss:
        k = text.find(m)
        first = m.split()[0].lower() if m.split() else ""
        # a capital after a stop or a run-in label's colon ("Grundvand: Risikoen for …") opens a
        # sentence, it names nothing
        opens = not text[:k].rstrip() or text[:k].rstrip().endswith((".", ":", ";", "?", "!"))
        if (
            k > 0
            and not opens
            and m[:1].isupper()
            and first not in scorer.owner
            and first not in scorer.topic_written
        ):
            return m
    return ""


def owner_place(plan: Plan, mentions: list[str] | None = None) -> str:
    """The place the plan is of: the name it prints most often before "kommune" (title,
    headings, passages: :func:`plancheck.mandate.text.place_mentions`, read once by the caller
    when given), lower-cased; "" when it prints none."""
    counts: dict[str, int] = {}
    for name in (T.place_mentions(plan) if mentions is None else mentions):
        name = name.lower()
        if name not in ("kommune", "kommunen"):
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else ""


def _deferred(u: Unit) -> bool:
    """Some sentence of the unit (of a whole chapter: of one of its members) leaves the subject
    out or hands it on to another plan or a later stage (requirements.yaml ``deferral``)."""
    return any(DEFERRAL_RE.search(x) for v in [u, *u.members] for x in T.sentences(v.text))


def _answered_concerns(
    results: list[tuple[Concern, float, Unit | None, list[str]]],
) -> list[tuple[Concern, Unit | None]]:
    """The concerns that ask about something in the plan's words (not a part the plan must
    have, not only the plan's own subject), with the best passage found for each."""
    return [(c, u) for c, _sc, u, _m in results if not c.structural and not c.subject_only]


def _point_words(
    results: list[tuple[Concern, float, Unit | None, list[str]]], context: list[T.Term]
) -> int:
    """How many content words the point asks with: its head's and its concerns' (not stop
    words). An evidence feature of the calibrated status (calibrate ``words``): a long point
    asks for more than one passage shows, and is partial more often."""
    return len([t for t in context if not t.stop]) + sum(
        len([t for t in c.terms if not t.stop]) for c, _u in _answered_concerns(results)
    )


def _deferred_share(results: list[tuple[Concern, float, Unit | None, list[str]]]) -> float:
    """The share of the point's concerns whose best passage (or the chapter it is) holds a
    sentence that puts a subject off or elsewhere ("… blir vurdert i en egen plan"). The
    deferred sentence's own words are no evidence already (``_analyse``); this says that the
    answer was found beside one — a heading naming the topic over a sentence deferring it is
    the blind batches' commonest uncovered trap (calibrate ``deferred``)."""
    plain = _answered_concerns(results)
    return sum(1 for _c, u in plain if u is not None and _deferred(u)) / max(1, len(plain))


def _judge_passage(u: Unit, plan: Plan, sections: dict, block_kinds: dict, measures: dict) -> J.Passage:
    """What the judge reads of one unit: its text, its kind (a passage that is a list item or
    a table as such), the headings above it and its section's level, a measure's owner and
    deadline."""
    kind = u.kind
    if kind == "passage" and block_kinds.get(u.id) == "list_item":
        kind = "list_item"
    heads: list[str] = []
    level = 0
    sid = u.section_id
    seen = 0
    while sid is not None and sid in sections and seen < 8:
        sec = sections[sid]
        if not level:
            level = int(sec.level or 0)
        heads.append(sec.title or "")
        sid = sec.parent_id
        seen += 1
    m = measures.get(u.id)
    return J.Passage(
        text=u.text,
        kind=kind,
        headings=tuple(heads),
        level=level,
        owner=bool(m is not None and (m.owners or m.owner_text)),
        deadline=bool(m is not None and m.deadline is not None),
    )


def _judge_features(
    p: MandatePoint,
    results: list[tuple[Concern, float, Unit | None, list[str]]],
    table: dict[int, dict[int, tuple[float, list[str]]]],
    units: list[Unit],
    plan: Plan,
    S: MatchSettings,
    *,
    rule_status: str,
    calibrated_status: str,
    present_status: str,
    fired: set[str],
    lang: str = "nb",
) -> dict[str, float]:
    """The judge's features of one point (judge.point_features) from the matcher's results."""
    sections = {sec.id: sec for sec in plan.sections}
    block_kinds = {x.id: str(getattr(x.kind, "value", x.kind)) for x in plan.passages}
    measures = {m.id: m for m in plan.measures}
    answers = []
    for c, score, unit, _miss in results:
        row = table.get(id(c), {})
        keys = [set(t.keys) | set(t.parts) for t in c.terms if not t.stop]
        answers.append(
            J.ConcernAnswer(
                keys=keys,
                score=score,
                passage=_judge_passage(unit, plan, sections, block_kinds, measures) if unit is not None else None,
                answering=sum(1 for sc, _ in row.values() if sc >= S.weak),
                answering_full=sum(1 for sc, _ in row.values() if sc >= S.covered),
                structural=bool(c.structural),
                deferred=unit is not None and _deferred(unit),
                request=unit is not None and REQUEST_RE.search(unit.text) is not None,
                lang=lang,
            )
        )
    return J.point_features(
        answers,
        kind=str(getattr(p.kind, "value", p.kind)),
        rule_status=rule_status,
        calibrated_status=calibrated_status,
        present_status=present_status,
        fired=fired,
        deadline=any(c.deadline for c, *_ in results),
    )


def _concern_evidence(
    scorer: Scorer,
    c: Concern,
    score: float,
    unit: Unit | None,
    section_best: dict[int, float],
    lenient: dict[int, float],
    headed: dict[int, float],
) -> ConcernEvidence:
    """The evidence features of one concern's best answer (calibrate.ConcernEvidence)."""
    if c.interval_years and unit is not None and score >= 1.0:
        # the interval stated (revision_stated): the whole of what is asked
        return ConcernEvidence(score=score, strong_share=1.0, lenient=score)
    if c.structural or c.subject_only or (unit is None and id(c) not in lenient):
        return ConcernEvidence(
            score=score,
            strong_share=1.0 if (c.structural or c.subject_only) and score else 0.0,
            lenient=score,
        )
    if unit is None:
        return ConcernEvidence(
            score=score,
            strong_share=0.0,
            lenient=lenient.get(id(c), 0.0),
            heading_share=headed.get(id(c), 0.0),
        )
    specific = [
        t
        for t in c.terms
        if not t.stop and not t.generic and not scorer.is_topic(t) and not t.lemma.isdigit()
    ]
    return ConcernEvidence(
        score=score,
        strong_share=scorer.strong_matches(c, unit) / len(specific) if specific else 0.0,
        heading_object=scorer.heading_names_object(c, unit),
        section_score=section_best.get(id(c), 0.0),
        lenient=max(score, lenient.get(id(c), 0.0)),
        heading_share=headed.get(id(c), 0.0),
    )


def _restate(
    status: CoverageStatus,
    results: list[tuple[Concern, float, Unit | None, list[str]]],
    concerns: list[Concern],
    evidence: list[Evidence],
    missing: list[str],
    scorer: Scorer,
    context: list[T.Term],
    lang: str,
    S: MatchSettings,
) -> tuple[CoverageStatus, list[Evidence], list[str]]:
    """Evidence and missing concerns that agree with a status the calibration changed: a
    covered point misses nothing; a partial one names the passages found and the concerns
    least answered; an uncovered one has no evidence."""
    if status == CoverageStatus.uncovered:
        return status, [], [c.text for c in concerns] if len(concerns) >= 2 else []
    if not evidence:
        found = sorted(
            (r for r in results if r[2] is not None and r[1] > 0), key=lambda r: -r[1]
        )
        evidence = [
            _evidence(_best_member(u, c, scorer, context), c, sc, lang) for c, sc, u, _ in found
        ]
    if status == CoverageStatus.covered:
        return status, evidence, []
    if not missing:
        if len(results) == 1:
            c, sc, u, miss = results[0]
            missing = _unanswered(c, sc, u, miss, lang, scorer=scorer, settings=S)
        else:
            low = min(results, key=lambda r: r[1])
            missing = [
                m
                for r in results
                if r[1] < S.covered
                for m in (
                    (r[3] or [r[0].text])
                    if r[0].structural
                    else _unanswered(
                        r[0], r[1], r[2], r[3], lang, floor=S.weak, scorer=scorer, settings=S
                    )
                )
            ] or [short_form(low[0].text, lang=lang)]
    return status, evidence, missing


def _unanswered(
    c: Concern,
    score: float,
    unit: Unit | None,
    miss: list[str],
    lang: str,
    *,
    floor: float = 0.0,
    scorer: Scorer | None = None,
    settings: MatchSettings = DEFAULT_SETTINGS,
) -> list[str]:
    """What of concern ``c`` is missing, said for the planner (issue 11): when its best
    passage holds some of its words, the phrases of the words it lacks ("ventetid" of
    "ventetid ved legevakten om natta" beside a passage on the clinic; "redusert
    billettpris", not "redusert, billettpris"; a date not met as written); when the passage holds
    none of them, the concern in its own words, cut to its first clause. Never empty: a status
    turns on whether anything is missing. ``floor``: the score under which the passage
    answers the concern too little for its held words to be taken as answered (one of
    several concerns, named in passing elsewhere: "tal frå helsestasjonen" stays whole)."""
    lacking = [m for m in miss if m]
    if not settings.missing_phrases:
        return (lacking or [c.text]) if floor == 0 else [c.text]
    words = {t.surface for t in c.terms}
    named = [t for t in c.terms if not t.stop]
    whole = short_form(c.text, lang=lang)
    several = floor > 0
    if several and len(whole.split()) <= DEFAULT_MISSING.short_words:
        # one of several concerns, already a short phrase of the point ("plan for vedlikehald
        # av bruene", "sykkel og gange"): said whole, as planners name it
        return [whole]
    if unit is not None and score > 0 and score >= floor and lacking:
        if scorer is not None:
            # a word the passage holds in part (a near spelling, a part of its compound) is
            # not what is missing when others are not there at all
            keys = unit.keys | unit.title_keys
            absent = {
                t.surface
                for t in c.terms
                if t.surface in lacking and scorer.term_match(t, unit, keys) == 0
            }
            if absent and len(absent) < len({t.surface for t in named}):
                lacking = [m for m in lacking if m in absent or m not in words]
        if any(t.surface not in lacking for t in named):
            return concern_missing(c.text, lacking, lang) or lacking
    if several:
        return [whole]
    if lacking and not named:
        return lacking
    # the concern's first thing and what it says of it; a date or duration not met after it,
    # as written
    whole = head_phrase(c.text, lang)
    rest = [m for m in miss if m and m not in words and m not in whole]
    return [whole, *rest]


# the verbs a mandate asks with ("Omtale …", "Skildre …", "Describe …"), one word each: a
# "Mangler" entry starts after them, at the subject the planner must add
ASKING_WORDS = frozenset(
    w.lower() for w in _words("point_verb", "asking_verb") if " " not in w
)


def planner_words(
    missing: list[str], lang: str, *, keep: set[str] = frozenset(), label: str = ""
) -> list[str]:
    """What is missing, said as the subject the planner must add: the asking words before it
    ("Kartlegge", "hvordan kan", "greie ut") and a question mark after it are dropped, an
    entry of function words only ("det", "hvordan") is no entry, and none is said twice.
    ``keep`` (a deadline, "en vurdering …") is kept as written. A suspended first part of a
    compound ("vann-" of "vann- og avløpsanlegg") is said with the word it shares its end
    with, as the point wrote them, not alone."""
    out: list[str] = []
    for m in _join_suspended(missing, lang):
        text = " ".join(m.split())
        if text not in keep:
            # the point's topic label is no part of what is missing (point_label)
            text = without_label(text, label)
            ts = T.terms(text, lang)
            content = [t for t in ts if not t.stop]
            if not content:
                continue
            # from the first content word that is not an asking verb to the last content word
            first = next(
                (
                    t
                    for t in ts
                    if not t.stop
                    and t.lemma not in T.STOP
                    and t.lemma not in ASKING_WORDS
                    and t.surface.lower() not in ASKING_WORDS
                ),
                content[0],
            )
            text = text[first.start : content[-1].end].strip(" ,;:?.")
        if text and text.lower() not in {o.lower() for o in out}:
            out.append(text)
    return out


def _join_suspended(missing: list[str], lang: str) -> list[str]:
    """["vann-", "avløpsanleggene"] → ["vann- og avløpsanleggene"]: a word ending in a
    hyphen is the first half of a coordinated compound and means nothing alone."""
    out: list[str] = []
    for m in missing:
        if out and out[-1].rstrip().endswith("-") and not m.rstrip().endswith("-"):
            out[-1] = f"{out[-1].rstrip()} {plain_words('and_words', lang)[0]} {m.strip()}"
        else:
            out.append(m)
    return out


# a point that asks for an assessment: a single sentence naming its subject is not one
ASSESS_RE = re.compile(rf"({alternation(plain_words('assess_verbs'))})\b", re.IGNORECASE)
ASSESSMENT_WORD = {
    "nb": "en vurdering (planen nevner det bare i forbifarten)",
    "nn": "ei vurdering (planen nemner det berre i forbifarten)",
    "sv": "en bedömning (planen nämner det bara i förbigående)",
    "da": "en vurdering (planen nævner det kun i forbifarten)",
    "en": "an assessment (the plan only mentions it in passing)",
}


def _in_passing(scorer: Scorer, c: Concern, unit: Unit) -> bool:
    """The concern's most specific word stands in one passage of the whole plan, under a
    heading that does not name it: the plan mentions the subject once, in passing."""
    specific = [
        t
        for t in c.terms
        if not t.stop and not t.generic and not scorer.is_topic(t) and not t.lemma.isdigit()
    ]
    if not specific:
        return False
    key = scorer.anchor(c) or max(specific, key=scorer.weight)
    if scorer.term_match(key, unit, unit.title_keys) >= scorer.s.term_hit:
        return False
    if scorer.heading_names_object(c, unit):
        return False  # the chapter is about it
    if scorer.strong_matches(c, unit) > scorer.s.passing_max_words:
        return False  # the passage says much of what is asked: a statement, not a mention
    hits = sum(
        1
        for u in scorer.units
        if u.kind != "section" and scorer.term_match(key, u, u.keys) >= scorer.s.term_hit
    )
    return hits <= 1


def _set_aside(scorer: Scorer, c: Concern) -> bool:
    """The concern's most specific word the plan names at all stands only in sentences that put
    the subject off or report it asked for (``Unit.aside_keys``): "Mange assistentar har spurt om
    fagbrev i arbeidstida" is the plan's only sentence on "fagbrev", "An Equality Impact Assessment
    will be carried out when …" its only one on the assessment. The plan says it does not
    answer the concern."""
    units = [u for u in scorer.units if u.kind != "section"]
    hit = scorer.s.term_hit
    named = [
        t
        for t in c.terms
        if not t.stop
        and not t.generic
        and not scorer.is_topic(t)
        and not t.lemma.isdigit()
        and any(
            scorer.term_match(t, u, u.keys) >= hit or scorer.term_match(t, u, u.aside_keys) >= hit
            for u in units
        )
    ]
    if not named:
        return False
    key = max(named, key=scorer.weight)
    if any(scorer.term_match(key, u, u.keys) >= hit for u in units):
        return False
    # the subject is what the sentence puts aside: it holds the word and another of the
    # concern's (a deferral naming one shared word, "This will be addressed in the Community
    # Safety Partnership's plan", speaks of something else)
    need = min(scorer.s.set_aside_words, len(named))
    return any(
        scorer.term_match(key, u, u.aside_keys) >= hit
        and sum(scorer.term_match(t, u, u.aside_keys) >= hit for t in named) >= need
        for u in units
    )


def _phrase_put_aside(scorer: Scorer, c: Concern, min_words: int) -> bool:
    """Does the plan name the concern whole (its text, at least ``min_words`` words) only in
    sentences that put their subject off? "Evacuation planning is outside the scope of this
    plan": the plan names exactly what was asked and says it does not answer it; a sentence
    beside it sharing the head word ("Evacuation orders are issued by the Sheriff's Office")
    answers something else. :func:`_set_aside` weighs the concern's words one by one and
    cannot see this when a word of the phrase is a plan word the terms leave out."""
    words = re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", c.text.lower())
    if len(words) < min_words:
        return False
    phrase = re.compile(r"(?<![\w-])" + r"\W+".join(map(re.escape, words)) + r"(?![\w-])")
    return not phrase.search(scorer.stated_text) and bool(phrase.search(scorer.aside_text))


def _stated_keys(units: list[Unit]) -> set[str]:
    """The lemmas (and their synonym keys) of the plan's own statements, its sections aside:
    what :func:`_aside_word` asks a point's word to be missing from. The same for every point."""
    return {k for u in units if u.kind != "section" for lem in u.lemmas for k in (lem, T.canon(lem))}


def _aside_word(
    scorer: Scorer, concerns: list[Concern], others: set[str], units: list[Unit], stated: set[str]
) -> str | None:
    """The point's own word that the plan names only where it puts the subject off or reports
    it asked for (``Unit.aside_keys``) and nowhere as a word of its own statements (``Unit.lemmas``:
    not in passing, not in a heading): "tilskotsordning" in "Ei kommunal tilskotsordning kan
    vere aktuelt seinare", "institutionerne" in "Forvaltningen vil i 2051 se nærmere på
    affaldsmængderne fra institutionerne". Own: no other point of the mandate holds it, not the
    plan's topic, and specific enough to name what the point is about (``Scorer.anchor_word``: a
    compound or a long noun; "ansatte" in a request about bicycles names no subject). Whole
    words only: a compound holding it as a part ("daginstitutioner") names another thing. None
    when no word is so. ``stated``: :func:`_stated_keys` of ``units``."""
    body = [u for u in units if u.kind != "section"]
    for c in concerns:
        if c.structural:
            continue
        for t in sorted(c.terms, key=scorer.weight, reverse=True):
            if (
                not scorer.anchor_word(t)
                or t.whole & others
                or t.whole & stated
            ):
                continue
            if any(t.whole & u.aside_keys for u in body):
                return t.surface
    return None


def plan_title(plan: Plan) -> str:
    if plan.title:
        return plan.title
    for s in plan.sections:
        if s.level == 1:
            return s.title
    return ""


def _dates_near(u: Unit, c: Concern, lang: str) -> list[dt.date]:
    """Dates in the sentences of ``u`` that hold the concern's words."""
    want = {k for t in c.terms if not t.stop for k in t.keys}
    texts = [m.text for m in u.members] if u.members else [u.text]
    found: list[dt.date] = []
    for text in texts:
        # a table's rows are its sentences: each row's date is its own
        for s in text.split("\n") if u.kind == "table" else T.sentences(text):
            keys = {k for t in T.terms(s, lang) for k in t.keys}
            if want & keys:
                found.extend(find_dates(s))
    return found


def _dated_in_time(u: Unit, c: Concern, lang: str) -> bool:
    """The sentences of ``u`` holding the concern's words date it by its deadline."""
    dates = _dates_near(u, c, lang)
    return bool(dates) and c.deadline is not None and max(dates) <= c.deadline


def _evidence(u: Unit, c: Concern, score: float, lang: str) -> Evidence:
    return Evidence(
        page=u.page, quote=_quote(u, c.terms, lang), node_id=u.id, score=round(score, 3)
    )


# a letter on neither side: a state word stands whole, or ends a compound ("vinterstengt")
_NO_LETTER_BEFORE, _NO_LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"


@functools.lru_cache(maxsize=2)
def _state_re(name: str) -> re.Pattern[str]:
    """One pattern for the words.yaml list ``name`` (state_open, state_closed): a phrase whole,
    a word whole or, from five letters, as the end of a compound ("vinterstengt" names "stengt";
    a short word only whole, so "ope" is not the end of every word)."""
    forms = [
        (r"[^\W\d_]*" if " " not in w and len(w) >= 5 else "") + re.escape(w)
        for w in W.words(name)
    ]
    return re.compile(_NO_LETTER_BEFORE + "(?:" + "|".join(forms) + ")" + _NO_LETTER_AFTER)


def _names_state(text: str, name: str) -> bool:
    """Does ``text`` name one of the states of the words.yaml list ``name``?"""
    return _state_re(name).search(text.lower()) is not None


# "samarbeid med legevakta", "agreement with the operator": the phrase, then the party
# (words.yaml cooperation_with)
_PARTY_RE = re.compile(r"\b(?:" + W.alternation("cooperation_with") + r")\s+(?P<rest>.+)", re.IGNORECASE)


def _party_words(asked: str, s: MatchSettings) -> list[str]:
    """The words naming the party ``asked`` asks to cooperate with: after the phrase, leading
    function words (an article, a numeral: "éin") skipped, up to the next function word ("om",
    "og"), at most ``party_words`` words ("legevakta"; "éin fast leverandør" → fast, leverandør)."""
    m = _PARTY_RE.search(asked)
    if m is None:
        return []
    out: list[str] = []
    for w in _WORD_RE.findall(m.group("rest")):
        low = w.lower()
        if low in T.FUNCTION or len(low) < 3:
            if out:
                break
            continue
        out.append(low)
        if len(out) >= s.party_words:
            break
    return out


def _party_unnamed(asked: str, unit: Unit, s: MatchSettings) -> bool:
    """Does ``asked`` ask for cooperation with a party that ``unit`` (and its members) never
    names? A word of the party matches by its first ``party_stem_keep`` letters (or the whole
    word when shorter) at the start of a word: "legevakta" / "legevakt", "hotell" / "hotella"."""
    party = _party_words(asked, s)
    if not party:
        return False
    stems = [w[: s.party_stem_keep] for w in party]
    texts = [unit.text, *(v.text for v in unit.members)]
    return not any(w.lower().startswith(st) for t in texts for w in _WORD_RE.findall(t) for st in stems)


_FUTURE_ASKED_RE = W.word_re("future_asked")
# the future stated: a word of the lists inside a compound too ("befolkningsframskrivingene"),
# or a future auxiliary as a word
_FUTURE_STATED_RE = re.compile(
    r"\b\w*(?:" + W.alternation("future_asked", "future_stated") + r")|\b(?:" + _alt("future_aux") + r")\b",
    re.IGNORECASE,
)
_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)?")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


_RECURRING_RE = _word_re("recurring")
# a recurrence stated with its interval ("hvert fjerde år", "varje mandatperiod", "every two
# years"): an every-word and a time unit with at most one word between
_INTERVAL_RE = re.compile(
    r"\b(?:hvert|hver|kvart|kvar|varje|varannan|every|each)\s+(?:\w+\s+)?"
    r"(?:år|året|years?|månad|måned|månede|months?|kvartal|quarters?|halvår|mandatperiod\w*|valgperiode\w*)\b",
    re.IGNORECASE,
)


def _recurrence_unnamed(asked: str, unit: Unit) -> bool:
    """Does ``asked`` ask for a step that recurs (requirements.yaml recurring: "once a year",
    "årlig", "varje år") while ``unit`` (and its members) names no recurrence at all?"""
    if not _RECURRING_RE.search(asked):
        return False
    text = " ".join([unit.text, *(v.text for v in unit.members)])
    return not (_RECURRING_RE.search(text) or _INTERVAL_RE.search(text))


def _present_only(asked: str, unit: Unit) -> bool:
    """Does ``asked`` ask about the future while ``unit`` (and its members) states a figure of
    one year and nothing of the future (words.yaml future_asked, future_stated;
    requirements.yaml future_aux)? "en vurdering af det fremtidige behov for plejeboliger" against "Plejecentrene
    havde 84 beboere i 2045": today's figure, no assessment of the future."""
    if not _FUTURE_ASKED_RE.search(asked):
        return False
    text = " ".join([unit.text, *(v.text for v in unit.members)])
    # one year named, a figure beside it: a figure of that year. Years in a row ("2026 | 2030 |
    # 2035") are a series over time, a projection as often as a history: no guard
    years = set(_YEAR_RE.findall(text))
    figures = _FIGURE_RE.findall(_YEAR_RE.sub(" ", text))
    return len(years) == 1 and bool(figures) and not _FUTURE_STATED_RE.search(text)


_NEG = r"(?:" + _alt("negation") + r")"
_MODAL = r"(?:" + _alt("modal") + r"|" + _alt("leave_modal") + r")"
_EXCLUSION_ASKED_RE = re.compile(
    r"\b(?:" + W.alternation("question") + r"|" + _alt("place_relative") + r")\b(?:\s+\w+){0,2}?\s+(?:"
    + _NEG + r"\s+" + _MODAL + r"|" + _MODAL + r"\s+" + _NEG
    + r")\b",
    re.IGNORECASE,
)
_EXCLUSION_ANSWER_RE = _word_re("negation", "exclusion_answer")


def _exclusion_unanswered(asked: str, passage: str) -> bool:
    """``asked`` asks where or what not to do (a question word or the relative "der", then
    within two words a negation beside a modal of duty or leave, requirements.yaml modal:
    "hvilke strender der det ikke skal settes opp boder", "hvor der ikke må bygges nye
    kolonihavehuse", "where homes should not be built"; not "innbyggere som ikke kan bruke …",
    a group described) and ``passage`` says
    no nowhere (requirements.yaml negation, exclusion_answer: "ikke", "ingen", "no", "never").
    Why: an exclusion is answered by the places or things excluded ("Her bygges ingen nye
    kolonihavehuse"); a passage naming where the things WILL go shares every word of the point and
    answers the opposite question."""
    return bool(_EXCLUSION_ASKED_RE.search(asked)) and not _EXCLUSION_ANSWER_RE.search(passage)


def _opposite_state(asked: str, passage: str) -> bool:
    """Does ``passage`` state only the opposite of a state ``asked`` names: open against closed,
    or closed against open (words.yaml state_open, state_closed)?"""
    for want, other in (("state_open", "state_closed"), ("state_closed", "state_open")):
        if _names_state(asked, want) and not _names_state(asked, other):
            return _names_state(passage, other) and not _names_state(passage, want)
    return False
