//! Counting the dead: numbers in digits or in words near a word that says people were killed.

use crate::fold::Word;
use crate::lexicon::Match;
use crate::resources::{CasualtyWord, LanguageData, NumberWord};

/// How far before a "killed" word its count may stand ("au moins 26 civils, dont neuf enfants, ont
/// été tués"), and how far after ("killing two policemen").
const BEFORE: usize = 9;
const AFTER: usize = 4;
/// S83: how far after a "killed" word told after a coordinator its own count may stand ("and
/// killed at least 20").
const COORDINATED_AFTER: usize = 3;

/// The number written at word `i`, and the index of the word after it.
pub fn number_at(data: &LanguageData, words: &[Word], i: usize) -> Option<(u64, usize)> {
    let word = words.get(i)?;
    if word.folded.bytes().all(|b| b.is_ascii_digit()) && word.folded.len() <= 9 {
        let mut value: u64 = word.folded.parse().ok()?;
        let mut next = i + 1;
        // "1 000", "1,000": groups of three digits right after.
        while let Some(group) = words.get(next) {
            let gap = group.span.start.saturating_sub(words[next - 1].span.end);
            if group.folded.len() == 3 && group.folded.bytes().all(|b| b.is_ascii_digit()) && gap <= 3 && value < 1_000_000 {
                value = value * 1000 + group.folded.parse::<u64>().ok()?;
                next += 1;
            } else {
                break;
            }
        }
        return Some((value, next));
    }
    if let Some((end, pattern)) = data.casualties.match_at(words, i) {
        if let CasualtyWord::Vague(n) = data.casualties.value(pattern) {
            return Some((u64::from(*n), end));
        }
    }
    // Number words: "vingt et un", "deux cents", "quatre-vingt-dix", "three hundred".
    let mut total = 0u64;
    let mut current = 0u64;
    let mut seen = false;
    let mut next = i;
    while let Some(w) = words.get(next) {
        // Every part of a hyphenated word must be a number word ("quatre-vingt-dix"); checked
        // first, then read, with no allocation.
        if w.folded.split('-').all(|p| data.numbers.contains_key(p)) {
            for v in w.folded.split('-').filter_map(|p| data.numbers.get(p).copied()) {
                match v {
                    NumberWord::Unit(n) => current = current.saturating_add(n),
                    NumberWord::Multiplier(m) => {
                        current = current.max(1).saturating_mul(m);
                        if m >= 1000 {
                            total = total.saturating_add(current);
                            current = 0;
                        }
                    }
                }
            }
            seen = true;
            next += 1;
        } else if seen && data.number_joiners.contains(&w.folded) && words.get(next + 1).is_some_and(|n| data.numbers.contains_key(n.folded.split('-').next().unwrap_or(""))) {
            next += 1;
        } else {
            break;
        }
    }
    seen.then_some((total.saturating_add(current), next))
}

/// A four-digit number that reads as a year is not a count of people.
fn is_year(words: &[Word], i: usize, value: u64) -> bool {
    words[i].folded.len() == 4 && (1900..=2100).contains(&value)
}

/// The number of people killed, when the words say it: the first count in reach of a word that says
/// people died, skipping counts of a subset ("dont neuf enfants", "including nine children"), numbers
/// that belong to a date (`in_date[i]`: "On 8 May 2020, ... killed"), the count of the perpetrators
/// after an agent marker ("beaten to death by four men") and the count of the injured ("20 wounded
/// and 3 killed"). An article right before a victim word counts one ("a man was found dead"); a
/// written 0 after the word is a count of none ("fatalities coded as 0").
pub fn fatalities(data: &LanguageData, words: &[Word], casualties: &[Match], in_date: &[bool]) -> Option<u32> {
    toll(data, words, casualties, in_date, CasualtyWord::Killed, CasualtyWord::Injured)
}

/// The number of people hurt, read as the dead are, with the words that say people were hurt
/// ("wounded", "blessés"); never a count of the dead.
pub fn injuries(data: &LanguageData, words: &[Word], casualties: &[Match], in_date: &[bool]) -> Option<u32> {
    toll(data, words, casualties, in_date, CasualtyWord::Injured, CasualtyWord::Killed)
}

/// The count near a word of `kind`; a count that belongs to a word of the `other` kind (the word
/// stands between the count and this word, or right before the count: "killing 3 and wounding
/// 20") is not this one.
fn toll(data: &LanguageData, words: &[Word], casualties: &[Match], in_date: &[bool], kind: CasualtyWord, other: CasualtyWord) -> Option<u32> {
    let dated = |i: usize| in_date.get(i).copied().unwrap_or(false);
    let victim_at = |i: usize| {
        casualties.iter().any(|m| m.start == i && matches!(data.casualties.value(m.pattern), CasualtyWord::Civilian | CasualtyWord::Armed))
    };
    let others: Vec<&Match> = casualties.iter().filter(|m| *data.casualties.value(m.pattern) == other).collect();
    // Whether a word of the other kind starts in `from..to`, or ends in `from..=to` when `ends`.
    let other_between = |from: usize, to: usize| others.iter().any(|m| m.start >= from && m.start < to);
    let other_right_before = |j: usize| others.iter().any(|m| m.end <= j && j - m.end <= 2);
    let hits = casualties.iter().filter(|m| *data.casualties.value(m.pattern) == kind);
    // S83: a count right before a `not_dead` word counts something else ("200000 déplacés",
    // "24 ans", "five years").
    let not_dead = |i: usize| data.not_dead.match_at(words, i).is_some();
    let mut one = None;
    for k in hits {
        // S83: a word of this kind right after a coordinator, with a count of its own right after
        // it, is a verb with its own object ("displaced 5000 people and killed 20 civilians"):
        // the count before it is the other verb's. Not a count the other kind's word follows
        // ("shot and killed, 3 others wounded"), nor none ("a man was shot and killed": the
        // count before).
        let coordinated = k.start.checked_sub(1).is_some_and(|i| data.coordinators.contains(&words[i].folded));
        // S145: an active killed word (no passive auxiliary in the two words before it) with a
        // count of its own right after it counts its object, not its subject ("Deux hommes armés
        // ont tué trois policiers", "two gunmen killed three policemen": three); a passive one
        // ("trois policiers ont été tués") takes the count before. Only with nothing but spaces
        // between the word and the count ("huit morts : deux Nigériens" lists the dead).
        let active = !words[k.start.saturating_sub(2)..k.start].iter().any(|w| data.passive_auxiliaries.contains(&w.folded));
        let spaced = |j: usize| (k.end.max(1)..=j.min(words.len() - 1)).all(|i| words[i].span.start.saturating_sub(words[i - 1].span.end) <= 1);
        if coordinated || active {
            let mut j = k.end;
            let stop = |w: &Word| data.coordinators.contains(&w.folded) || data.agent_markers.contains(&w.folded) || data.subset_markers.contains(&w.folded);
            while j < (k.end + COORDINATED_AFTER).min(words.len()) && !dated(j) && !stop(&words[j]) && (coordinated || spaced(j)) {
                if let Some((value, next)) = number_at(data, words, j) {
                    let own = !data.articles.contains(&words[j].folded) && !not_dead(next) && !is_year(words, j, value) && value > 0;
                    if own && !other_between(next, next + 3) {
                        return u32::try_from(value).ok();
                    }
                    break;
                }
                j += 1;
            }
        }
        let mut j = k.start.saturating_sub(BEFORE);
        while j < k.start {
            if dated(j) {
                j += 1;
                continue;
            }
            match number_at(data, words, j) {
                Some((value, next)) => {
                    let subset = words[j.saturating_sub(2)..j].iter().any(|w| data.subset_markers.contains(&w.folded));
                    // A vague count that opens with an article ("une vingtaine") is a count.
                    let article = data.articles.contains(&words[j].folded) && next == j + 1;
                    // "20 wounded", "20 people were wounded": the count right before the word is its own.
                    let adjacent = (next..k.start).all(|i| victim_at(i) || data.passive_auxiliaries.contains(&words[i].folded));
                    let theirs = other_between(next, k.start) || (other_right_before(j) && !adjacent);
                    if !subset && !article && !theirs && !not_dead(next) && !is_year(words, j, value) && value > 0 {
                        return u32::try_from(value).ok();
                    }
                    if article && !subset && !theirs && victim_at(j + 1) {
                        one = Some(1);
                    }
                    j = next.max(j + 1);
                }
                None => j += 1,
            }
        }
        let mut j = k.end;
        while j < (k.end + AFTER).min(words.len()) {
            // S83: nor past a coordinator: what follows it is another conjunct's ("ont fait des
            // milliers de morts et déplacé des centaines de milliers de civils").
            if data.agent_markers.contains(&words[j].folded) || other_between(j, j + 1) || data.coordinators.contains(&words[j].folded) {
                break;
            }
            if dated(j) {
                j += 1;
                continue;
            }
            // An article after the word counts one only right after it ("killed a doctor") or
            // before a victim word, not further ("wounded in an attack").
            let lone_article = data.articles.contains(&words[j].folded) && j > k.end && !victim_at(j + 1);
            match number_at(data, words, j) {
                Some((value, next)) if !lone_article && !not_dead(next) && !is_year(words, j, value) && (value > 0 || words[j].folded == "0") => return u32::try_from(value).ok(),
                Some((_, after)) => j = after.max(j + 1),
                None => j += 1,
            }
        }
    }
    one
}

/// S221: one person killed (or hurt) told with no count: a phrase of `one_casualty` of that kind
/// ("was shot dead", "killing the driver", "a été tué") that holds a casualty word of the toll,
/// with no `not_one` word in it or in the three words before it ("no one was killed", "was not
/// hurt", "a youth who was killed"). Only where no count is told: it never replaces one.
pub fn one_told(data: &LanguageData, words: &[Word], casualties: &[Match], kind: CasualtyWord) -> Option<u32> {
    if data.one_casualty.is_empty() {
        return None;
    }
    let hits: Vec<&Match> = casualties.iter().filter(|m| *data.casualties.value(m.pattern) == kind).collect();
    if hits.is_empty() {
        return None;
    }
    let not_one = data.not_one.find_all(words);
    data.one_casualty
        .find_all(words)
        .iter()
        .any(|p| {
            *data.one_casualty.value(p.pattern) == kind
                && hits.iter().any(|k| p.start <= k.start && k.end <= p.end)
                && !not_one.iter().any(|n| n.start + 3 >= p.start && n.start < p.end)
        })
        .then_some(1)
}
