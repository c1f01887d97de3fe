//! How the text states an event (asserted, claimed, denied, negated, hypothetical) and who it says
//! reports it. Cues are data (`event-modality.tsv`, `event-sources.tsv`); their scope is the clause
//! of the trigger: the words between two clause marks (comma, semicolon, colon, dash, bracket, quote).

use crate::fold::Word;
use crate::lexicon::Match;
use crate::resources::{LanguageData, NonEvent, Scope, SourceCue};
use jiff::civil::Date;
use vigie_core::{Modality, Span};

/// Whether a clause begins at each word: the first word, and every word after a clause mark. A
/// comma or a point between two digits is part of a number ("4,315", "1,5 million"), no mark.
pub fn clause_breaks(text: &str, words: &[Word]) -> Vec<bool> {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == 0 {
                return true;
            }
            let gap = text.get(words[i - 1].span.end..w.span.start).unwrap_or("");
            let in_number = matches!(gap, "," | ".")
                && text[..words[i - 1].span.end].ends_with(|c: char| c.is_ascii_digit())
                && text[w.span.start..].starts_with(|c: char| c.is_ascii_digit());
            !in_number
                && gap.chars().any(|c| {
                    matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']' | '—' | '–' | '-' | '"' | '«' | '»' | '“' | '”' | '!' | '?')
                })
        })
        .collect()
}

/// The words `start..end` of the clause that holds word `at`.
pub fn clause_of(breaks: &[bool], at: usize) -> (usize, usize) {
    if breaks.is_empty() {
        return (0, 0);
    }
    let at = at.min(breaks.len() - 1);
    let start = (0..=at).rev().find(|&j| breaks[j]).unwrap_or(0);
    let end = (at + 1..breaks.len()).find(|&j| breaks[j]).unwrap_or(breaks.len());
    (start, end)
}

fn span_of(words: &[Word], start: usize, end: usize) -> Span {
    Span::new(words[start].span.start, words[end - 1].span.end)
}

/// The modality of the event whose trigger is words `trigger.0..trigger.1`, and its cue: the
/// first modality, in the order negated, hypothetical, denied, claimed, with a cue in its scope.
/// Words inside a temporal expression (`in_date`: "8 May") are no cue; a date in the gap of a cue
/// (S191: "an offensive on Tuesday to retake") leaves it one. A cue holds none of the
/// trigger's words, unless its scope is `trigger` (S121: the trigger's own form, "frappera",
/// "attaqueront": the French simple future or conditional of a trigger verb).
pub fn modality(data: &LanguageData, words: &[Word], breaks: &[bool], trigger: (usize, usize), in_date: &[bool]) -> Option<(Modality, Span)> {
    let (clause_start, clause_end) = clause_of(breaks, trigger.0);
    let cues = data.modality.find_all(words);
    let distance = |m: &crate::lexicon::Match| if m.end <= trigger.0 { trigger.0 - m.end } else { m.start.saturating_sub(trigger.1) };
    for wanted in [Modality::Negated, Modality::Hypothetical, Modality::Denied, Modality::Claimed] {
        let mut found: Option<&crate::lexicon::Match> = None;
        for m in &cues {
            let cue = data.modality.value(m.pattern);
            if cue.modality != wanted
                || [m.start, m.end - 1].iter().any(|&i| in_date.get(i).copied().unwrap_or(false))
                || (m.start < trigger.1 && m.end > trigger.0 && cue.scope != Scope::Trigger)
            {
                continue;
            }
            // Of the cues in scope, the nearest to the trigger is the one shown.
            if in_scope(cue.scope, m, trigger, (clause_start, clause_end)) && found.is_none_or(|f| distance(m) < distance(f)) {
                found = Some(m);
            }
        }
        if let Some(m) = found {
            return Some((wanted, span_of(words, m.start, m.end)));
        }
    }
    None
}

/// Whether the cue `m` stands where `scope` lets it qualify the trigger (words `trigger.0..trigger.1`)
/// of the clause `clause` (words `start..end`).
fn in_scope(scope: Scope, m: &Match, trigger: (usize, usize), clause: (usize, usize)) -> bool {
    match scope {
        Scope::Before(n) => m.start >= clause.0 && m.end <= trigger.0 && trigger.0 - m.end < n,
        Scope::After(n) => m.start >= trigger.1 && m.end <= clause.1 && m.start - trigger.1 < n,
        Scope::Clause => m.start >= clause.0 && m.end <= clause.1,
        Scope::ClauseBefore => m.start >= clause.0 && m.end <= trigger.0,
        Scope::Sentence => true,
        Scope::Trigger => m.start < trigger.1 && m.end > trigger.0,
    }
}

/// Why the trigger (words `trigger.0..trigger.1`) states no event of this article, and the cue
/// that says so: the first kind, in the order generic, background, accident, figurative, with a
/// cue in its scope; of its cues, the nearest. A cue that ends inside a temporal expression is no
/// cue; a cue may hold the trigger's own words, read in another sense ("heart attack", "s'arrêter").
/// `cues`: the matches of `data.non_events` in `words`, found once for the sentence.
pub fn non_event(data: &LanguageData, cues: &[Match], words: &[Word], breaks: &[bool], trigger: (usize, usize), in_date: &[bool]) -> Option<(NonEvent, Span)> {
    non_event_of(data, cues, words, breaks, trigger, in_date, |_| true)
}

/// S196: whether a cue that reaches a few words before it, not the whole clause or sentence (a
/// kind, a habit or a total, the past recalled, with a scope `Before`), makes the trigger (words
/// `trigger.0..trigger.1`) no event, as `non_event` reads it: "months of" covers "protests" in
/// "After months of protests, workers demonstrated again", not "demonstrated".
pub fn near_non_event(data: &LanguageData, cues: &[Match], words: &[Word], breaks: &[bool], trigger: (usize, usize), in_date: &[bool]) -> bool {
    non_event_of(data, cues, words, breaks, trigger, in_date, |cue| {
        matches!(cue.kind, NonEvent::Generic | NonEvent::Background) && matches!(cue.scope, Scope::Before(_))
    })
    .is_some()
}

fn non_event_of(
    data: &LanguageData,
    cues: &[Match],
    words: &[Word],
    breaks: &[bool],
    trigger: (usize, usize),
    in_date: &[bool],
    read: impl Fn(&crate::resources::NonEventCue) -> bool,
) -> Option<(NonEvent, Span)> {
    let clause = clause_of(breaks, trigger.0);
    let distance = |m: &Match| if m.end <= trigger.0 { trigger.0 - m.end } else { m.start.saturating_sub(trigger.1) };
    [NonEvent::Generic, NonEvent::Background, NonEvent::Accident, NonEvent::Figurative].into_iter().find_map(|wanted| {
        cues.iter()
            .filter(|m| {
                let cue = data.non_events.value(m.pattern);
                // A cue that ends inside a date is no cue ("over the past 24 hours" dates the
                // event); one that only begins in a duration is ("two months of clashes").
                cue.kind == wanted
                    && read(cue)
                    && (!in_date.get(m.end - 1).copied().unwrap_or(false) || (wanted == NonEvent::Generic && ends_the_date(m, in_date) && (m.start == 0 || distance(m) <= 6)))
                    && !(wanted == NonEvent::Background && names_a_day(data, words, m.end, in_date) && !day_of_the_cue(data, words, m.end, trigger.0, in_date))
                    && in_scope(cue.scope, m, trigger, clause)
            })
            .min_by_key(|m| distance(m))
            .map(|m| (wanted, span_of(words, m.start, m.end)))
    })
}

/// S136: whether a cue that ends inside a date ends where the date ends: a generic cue written
/// with the whole stretch or frequency ("every day", "over the past week", "in recent months")
/// tells a habit or a total; one that stops short of the date's end ("over the past" of "over the
/// past 24 hours") leaves the date to date the event. Such a cue must open the sentence ("In the
/// past week, ...") or stand at most six words from the trigger: further on, in a long clause, it
/// often dates something else ("pour dire qu'il n'y avait pas de solution militaire au conflit qui
/// ravage la Syrie depuis plus de six ans").
fn ends_the_date(m: &Match, in_date: &[bool]) -> bool {
    !in_date.get(m.end).copied().unwrap_or(false)
}

/// S69: whether the date right after a cue (word `at`) is the cue's own day, the trigger following
/// the date with its determiner, written or elided ("a condamné mardi l'attaque", "a dénoncé lundi
/// cette offensive"): the reaction is dated, the event it reacts to is told elsewhere, so the cue
/// holds. A trigger with no determiner after the date is the day's own ("in commemoration of
/// Labour Day rallies were held").
fn day_of_the_cue(data: &LanguageData, words: &[Word], at: usize, trigger: usize, in_date: &[bool]) -> bool {
    let date_at = |i: usize| in_date.get(i).copied().unwrap_or(false);
    let determiner = |i: usize| words.get(i).is_some_and(|w| data.determiners.contains(&w.folded));
    let mut i = at;
    if !date_at(i) && determiner(i) {
        i += 1;
    }
    while i < trigger && date_at(i) {
        i += 1;
    }
    let elided_determiner = |i: usize| words.get(i).and_then(Word::elided).is_some_and(|e| data.determiners.iter().any(|d| d == e));
    i > at && ((i == trigger && elided_determiner(i)) || (i + 1 == trigger && determiner(i)))
}

/// Whether a temporal expression follows word `at` right away or after a determiner: a background
/// cue before one ("in commemoration of Labour Day", "on the anniversary of 17 October") names a
/// day that is marked today, not a past event; an old date there ("the anniversary of the 1994
/// genocide") is left to the background-by-date rule.
fn names_a_day(data: &LanguageData, words: &[Word], at: usize, in_date: &[bool]) -> bool {
    let date_at = |i: usize| in_date.get(i).copied().unwrap_or(false);
    date_at(at) || (words.get(at).is_some_and(|w| data.determiners.contains(&w.folded)) && date_at(at + 1))
}

/// How many days before publication a temporal expression must end for what it dates to be the
/// past the article recalls rather than what it reports (ACLED's reports follow events by days).
pub const BACKGROUND_DAYS: i32 = 31;

/// The day before which a period must have ended to be the past the article recalls:
/// `BACKGROUND_DAYS` before `published` (`None` at the calendar's start).
pub fn background_limit(published: Date) -> Option<Date> {
    published.checked_sub(jiff::Span::new().days(BACKGROUND_DAYS)).ok()
}

/// Whether word `at` stands within the reach of the open period `m` ("since 2011": the
/// `open_period` line's N words after it): what it dates is a start, not an event's day.
pub fn in_open_period(data: &LanguageData, m: &Match, at: usize) -> bool {
    m.end <= at && at - m.end < *data.open_periods.value(m.pattern)
}

/// Whether the period `value` names (a day, a month, a year ...: see [`period_end`]) ended before
/// `limit`, the line of the recent past ([`background_limit`]): an old date. A value with no
/// readable end is not old.
pub fn ended_before(value: &str, limit: Date) -> bool {
    period_end(value).is_some_and(|end| end < limit)
}

/// The last day of the period a TIMEX3 date value names: "2015" 2015-12-31, "2017-10"
/// 2017-10-31, "199" (the 1990s) 1999-12-31, "2017-W45" its Sunday, "2018-Q1" 2018-03-31, a
/// season the end of its year (winter: the end of February after); None for what names no past
/// period ("PRESENT_REF", "P3Y", "XXXX-05").
pub fn period_end(value: &str) -> Option<Date> {
    let value = value.split('T').next()?;
    if let Ok(day) = value.parse::<Date>() {
        return Some(day);
    }
    let (head, rest) = value.split_once('-').unwrap_or((value, ""));
    if !head.bytes().all(|b| b.is_ascii_digit()) || head.is_empty() || head.len() > 4 {
        return None;
    }
    // "19" (the 1900s), "199" (the 1990s), "2015": the last year of the span.
    let year: i16 = format!("{head}{}", "9".repeat(4 - head.len())).parse().ok()?;
    let end_of_month = |month: i8| Date::new(year, month, 1).ok().map(|d| d.last_of_month());
    if head.len() < 4 {
        return rest.is_empty().then(|| Date::new(year, 12, 31).ok()).flatten();
    }
    match rest {
        "" => Date::new(year, 12, 31).ok(),
        "SP" | "SU" | "FA" | "AU" | "H2" => Date::new(year, 12, 31).ok(),
        "WI" => Date::new(year + 1, 2, 28).ok(),
        "H1" => end_of_month(6),
        q if q.starts_with('Q') => end_of_month(q[1..].parse::<i8>().ok().filter(|q| (1..=4).contains(q))? * 3),
        w if w.starts_with('W') => {
            let week: i8 = w[1..].split('-').next()?.parse().ok()?;
            Some(jiff::civil::ISOWeekDate::new(year, week, jiff::civil::Weekday::Sunday).ok()?.date())
        }
        m => end_of_month(m.parse().ok().filter(|m| (1..=12).contains(m))?),
    }
}

/// The first day of the period a TIMEX3 date value names: "2018-09-10" that day, "2018-10" 1 October,
/// "2018" 1 January, "2018-W37" its Monday; None for a value that names no calendar period
/// ("FUTURE_REF", "P3Y", "XXXX-05", a season or a quarter).
pub fn period_start(value: &str) -> Option<Date> {
    let value = value.split('T').next()?;
    if let Ok(day) = value.parse::<Date>() {
        return Some(day);
    }
    let (head, rest) = value.split_once('-').unwrap_or((value, ""));
    if head.len() != 4 || !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i16 = head.parse().ok()?;
    match rest {
        "" => Date::new(year, 1, 1).ok(),
        w if w.starts_with('W') => {
            let week: i8 = w[1..].split('-').next()?.parse().ok()?;
            Some(jiff::civil::ISOWeekDate::new(year, week, jiff::civil::Weekday::Monday).ok()?.date())
        }
        m => Date::new(year, m.parse().ok().filter(|m| (1..=12).contains(m))?, 1).ok(),
    }
}

/// S35: whether the trigger (words `trigger.0..trigger.1`) is told as to come by its date, and the
/// date that says so: a date expression of the trigger's clause names a period that begins after
/// the day after publication, no `time_subordinator` stands between it and the trigger, and no date of
/// the sentence names the past or the present ("had set 10 September as the date for a
/// bombardment", "a conference in Paris next Tuesday"; but "On 5 March, protesters rallied ahead
/// of the 20 March vote" tells the 5 March protest, "will arrive on Wednesday after Russia brokered
/// a deal" the deal, "arrested him when he returned in November" the arrest). The vague future
/// ("in the future", `FUTURE_REF`) is no such date: it often closes a sentence about the past.
/// `dates`: the sentence's date and time expressions, each as its first word, its value and its span.
pub fn future_dated(data: &LanguageData, words: &[Word], breaks: &[bool], trigger: (usize, usize), dates: &[(usize, &str, Span)], published: Date) -> Option<Span> {
    // A language that lists no time subordinator has the rule off: without them a date of another
    // clause is read as the trigger's.
    if data.time_subordinators.is_empty() {
        return None;
    }
    // A value that names no calendar period ("P3Y", "XXXX-05", a season) is neither past nor to
    // come. The next day is often counted from an event rather than from the publication ("the day
    // after the attack", "au lendemain de l'attaque"): it is no future either.
    let Ok(tomorrow) = published.tomorrow() else { return None };
    let past = |value: &str| matches!(value, "PAST_REF" | "PRESENT_REF") || period_start(value).is_some_and(|start| start <= tomorrow);
    if dates.iter().any(|(_, value, _)| past(value)) {
        return None;
    }
    let clause = clause_of(breaks, trigger.0);
    let apart = |at: usize| {
        let (from, to) = if at < trigger.0 { (at, trigger.0) } else { (trigger.1, at) };
        (from..to).any(|i| data.time_subordinators.contains(&words[i].folded))
    };
    dates
        .iter()
        .find(|(start, value, _)| {
            (clause.0..clause.1).contains(start) && period_start(value).is_some_and(|day| day > tomorrow) && !apart(*start)
        })
        .map(|(_, _, span)| *span)
}

/// A date expression of a sentence: its first word, its TIMEX3 value, and whether its year is
/// written or counted rather than guessed (a holiday named without a digit: "Labor Day").
#[derive(Debug, Clone, Copy)]
pub struct Timex<'a> {
    pub start: usize,
    pub value: &'a str,
    pub sure_year: bool,
}

/// Whether the trigger (words `trigger.0..trigger.1`) tells the past the article recalls: all the
/// sentence's date expressions end more than `BACKGROUND_DAYS` before `published`, and one of them
/// stands in the trigger's clause or in the clause that opens the sentence ("Emwazi was killed in
/// 2015", "the 2013 agreement", "In 2015, Isis took Palmyra"); a recent one anywhere ("On 8 May, ...
/// arrested 2 years ago") dates what the sentence reports, and an old one in another clause ("The
/// accords were signed in Juba, where the war began in 2003") is about something else. One right
/// after an open period ("since 2011", "depuis 2011") dates no event and is not counted; one whose
/// year is guessed counts only when recent.
///
/// `opens`: the sentence's open periods (`data.open_periods` found in `words`, S124: found once
/// for the rules that read them).
pub fn background(data: &LanguageData, words: &[Word], breaks: &[bool], trigger: (usize, usize), timexes: &[Timex], published: Date, opens: &[Match]) -> bool {
    let Some(limit) = background_limit(published) else {
        return false;
    };
    let old = |t: &Timex| ended_before(t.value, limit);
    let clause = clause_of(breaks, trigger.0);
    let dating: Vec<&Timex> = timexes
        .iter()
        .filter(|t| !opens.iter().any(|m| in_open_period(data, m, t.start)) || dates_subordinate(data, words, t.start, trigger, clause.0))
        .filter(|t| t.sure_year || !old(t))
        .collect();
    let first = clause_of(breaks, 0);
    let near = |t: &Timex| (clause.0..clause.1).contains(&t.start) || (first.0..first.1).contains(&t.start);
    !dating.is_empty() && dating.iter().all(|t| old(t)) && dating.iter().any(|t| near(t))
}

/// S62: whether the date whose first word is `at`, right after an open period, is followed within
/// four words by a `time_subordinator` that opens the trigger's clause or stands in it before the
/// trigger (`clause_start`: the first word of the trigger's clause): the period's start then
/// dates what that clause tells ("since early 2014 when it was ousted by a rebel assault", "Since
/// 2011, when the uprising descended into war"), while the main clause's event is counted since
/// then ("since 2015, when the truce broke down, the army has shelled ...": not dated by 2015).
pub fn dates_subordinate(data: &LanguageData, words: &[Word], at: usize, trigger: (usize, usize), clause_start: usize) -> bool {
    (at + 1..(at + 5).min(trigger.0)).any(|k| k >= clause_start && data.time_subordinators.contains(&words[k].folded))
}

/// How many words a reporter's name may hold.
const NAME_WORDS: usize = 6;

/// A report's source in the sentence: the cue with the reporter's words, and the reporter's words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Source {
    pub span: Span,
    pub name: Span,
}

/// Every source the sentence names, in text order. After a `before` cue the reporter is the rest of
/// its clause ("selon l'OSDH"); a reporting verb that opens its clause is followed by the reporter
/// (", a indiqué le directeur de l'OSDH"), else preceded by it within its clause ("the ministry
/// said"). A verb right after a passive auxiliary ("were reported") names nobody. The reporter's
/// words never reach into the trigger (`trigger`: its words).
///
/// `cues`: the sentence's `data.sources` matches (S124: found once for the rules that read them).
pub fn sources(data: &LanguageData, words: &[Word], breaks: &[bool], trigger: (usize, usize), cues: &[Match]) -> Vec<Source> {
    let mut out = Vec::new();
    for &m in cues {
        let (clause_start, clause_end) = clause_of(breaks, m.start);
        let after = |from: usize| {
            let mut end = clause_end.min(from + NAME_WORDS);
            if from < trigger.0 {
                end = end.min(trigger.0);
            }
            (end > from).then_some((from, end))
        };
        let name = match data.sources.value(m.pattern) {
            SourceCue::Before => after(m.end),
            SourceCue::Verb => {
                let passive = m.start > 0 && !breaks[m.start] && data.passive_auxiliaries.contains(&words[m.start - 1].folded);
                if passive {
                    None
                } else if breaks[m.start] {
                    after(m.end)
                } else {
                    let mut start = clause_start.max(m.start.saturating_sub(NAME_WORDS));
                    if trigger.1 <= m.start {
                        start = start.max(trigger.1);
                    }
                    (m.start > start).then_some((start, m.start))
                }
            }
        };
        if let Some((start, end)) = name {
            let (first, last) = (start.min(m.start), end.max(m.end));
            out.push(Source { span: span_of(words, first, last), name: span_of(words, start, end) });
        }
    }
    out.sort_by_key(|s| s.span.start);
    out
}
