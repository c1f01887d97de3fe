//! Reading dates and times from a short line ("Publié le 3 mai 2020 à 14h02",
//! "Updated 10:42 GMT, Monday, 4 May 2020", "13/11/2017", "2020-05-04").

use crate::lexicon::DateWords;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mk {
    Num,
    Word,
    Punct(char),
}

/// A piece of a line: a run of digits, a run of letters, or one other character.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mt {
    pub kind: Mk,
    pub start: usize,
    pub end: usize,
}

pub(crate) fn pieces(line: &str) -> Vec<Mt> {
    let mut out = Vec::new();
    let mut it = line.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Mk::Num
        } else if c.is_alphabetic() {
            Mk::Word
        } else {
            out.push(Mt { kind: Mk::Punct(c), start: i, end: i + c.len_utf8() });
            continue;
        };
        let mut end = i + c.len_utf8();
        while let Some(&(k, d)) = it.peek() {
            let same = match kind {
                Mk::Num => d.is_ascii_digit(),
                _ => d.is_alphabetic() || ('\u{0300}'..='\u{036F}').contains(&d),
            };
            if !same {
                break;
            }
            end = k + d.len_utf8();
            it.next();
        }
        out.push(Mt { kind, start: i, end });
    }
    out
}

/// A date found in a line; offsets are relative to the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub year: Option<i16>,
    pub month: i8,
    pub day: i8,
    pub start: usize,
    pub end: usize,
}

fn num(line: &str, t: &Mt) -> Option<u32> {
    if t.kind != Mk::Num || t.end - t.start > 4 {
        return None;
    }
    line[t.start..t.end].parse().ok()
}

fn year_of(line: &str, t: &Mt) -> Option<i16> {
    let n = num(line, t)?;
    let digits = t.end - t.start;
    if digits == 4 && (1900..=2100).contains(&n) {
        Some(n as i16)
    } else {
        None
    }
}

fn is_day(line: &str, t: &Mt) -> Option<i8> {
    let n = num(line, t)?;
    (t.end - t.start <= 2 && (1..=31).contains(&n)).then_some(n as i8)
}

const ORDINAL_SUFFIXES: [&str; 6] = ["er", "st", "nd", "rd", "th", "e"];

impl DateWords {
    pub(crate) fn month_of(&self, word: &str) -> Option<u8> {
        if word.len() > 12 {
            return None;
        }
        self.months.get(word.to_lowercase().as_str()).copied()
    }
}

/// Every date of the line, in order.
pub(crate) fn find_dates(line: &str, ps: &[Mt], words: &DateWords) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < ps.len() {
        if let Some((d, next)) = date_at(line, ps, k, words) {
            out.push(d);
            k = next;
        } else {
            k += 1;
        }
    }
    out
}

/// The year that may follow a day and month at token `i` ("4 May[,] 2020"): the year, the new end
/// of the date and the next token; without one, `end` and `i` unchanged.
fn year_after(line: &str, ps: &[Mt], i: usize, end: usize) -> (Option<i16>, usize, usize) {
    let j = if ps.get(i).is_some_and(|p| p.kind == Mk::Punct(',')) { i + 1 } else { i };
    match ps.get(j).and_then(|p| year_of(line, p)) {
        Some(y) => (Some(y), ps[j].end, j + 1),
        None => (None, end, i),
    }
}

fn adjacent(ps: &[Mt], a: usize) -> bool {
    a + 1 < ps.len() && ps[a].end == ps[a + 1].start
}

/// A date starting at piece `k`: the date and the index of the piece after it.
fn date_at(line: &str, ps: &[Mt], k: usize, words: &DateWords) -> Option<(FoundDate, usize)> {
    let t = &ps[k];
    let get = |i: usize| ps.get(i);
    // numeric: 13/11/2017, 13.11.2017, 2017-11-13, 2017/11/13
    if t.kind == Mk::Num {
        if let (Some(s1), Some(b), Some(s2), Some(c)) = (get(k + 1), get(k + 2), get(k + 3), get(k + 4)) {
            if let (Mk::Punct(p1), Mk::Punct(p2)) = (s1.kind, s2.kind) {
                let all_adjacent = (k..k + 4).all(|i| adjacent(ps, i));
                let after_ok = ps.get(k + 5).is_none_or(|n| n.start > c.end || n.kind != Mk::Num);
                if p1 == p2 && matches!(p1, '/' | '.' | '-') && all_adjacent && after_ok && b.kind == Mk::Num && c.kind == Mk::Num {
                    let (a, bn, cn) = (num(line, t)?, num(line, b)?, num(line, c)?);
                    let date = if let Some(y) = year_of(line, t) {
                        Some((y, bn, cn))
                    } else if t.end - t.start <= 2 && b.end - b.start <= 2 {
                        let y = match c.end - c.start {
                            4 => year_of(line, c),
                            2 => Some(2000 + cn as i16),
                            _ => None,
                        };
                        y.map(|y| if bn > 12 && a <= 12 { (y, a, bn) } else { (y, bn, a) })
                    } else {
                        None
                    };
                    if let Some((y, m, d)) = date {
                        if (1..=12).contains(&m) && (1..=31).contains(&d) {
                            return Some((FoundDate { year: Some(y), month: m as i8, day: d as i8, start: t.start, end: c.end }, k + 5));
                        }
                    }
                    return None;
                }
            }
        }
    }
    // day month [year]: 3 mai 2020, 1er mai, 12 nov, 4 May, 2020
    if let Some(day) = is_day(line, t) {
        let mut i = k + 1;
        if let Some(s) = get(i) {
            if s.kind == Mk::Word && s.start == t.end && ORDINAL_SUFFIXES.contains(&line[s.start..s.end].to_lowercase().as_str()) {
                i += 1;
            }
        }
        if let Some(m) = get(i).filter(|m| m.kind == Mk::Word).and_then(|m| words.month_of(&line[m.start..m.end])) {
            let mut end = ps[i].end;
            i += 1;
            if get(i).is_some_and(|p| p.kind == Mk::Punct('.') && p.start == end) {
                end = ps[i].end;
                i += 1;
            }
            let (year, end, i) = year_after(line, ps, i, end);
            return Some((FoundDate { year, month: m as i8, day, start: t.start, end }, i));
        }
    }
    // month day[,] [year]: May 4, 2020; Nov. 12
    if t.kind == Mk::Word {
        if let Some(m) = words.month_of(&line[t.start..t.end]) {
            let mut i = k + 1;
            if get(i).is_some_and(|p| p.kind == Mk::Punct('.') && p.start == t.end) {
                i += 1;
            }
            if let Some(day) = get(i).and_then(|p| is_day(line, p)) {
                let mut end = ps[i].end;
                i += 1;
                if let Some(s) = get(i) {
                    if s.kind == Mk::Word && s.start == end && ORDINAL_SUFFIXES.contains(&line[s.start..s.end].to_lowercase().as_str()) {
                        end = s.end;
                        i += 1;
                    }
                }
                // "May 4 at 10:42" is fine; "May 4:30" is not a date
                if get(i).is_some_and(|p| p.start == end && matches!(p.kind, Mk::Punct(':') | Mk::Num)) {
                    return None;
                }
                let (year, end, i) = year_after(line, ps, i, end);
                return Some((FoundDate { year, month: m as i8, day, start: t.start, end }, i));
            }
        }
    }
    None
}

/// The first time of day in `ps` at or after piece `from` ("14h02", "10:42", "14 h", "2:30 p.m."),
/// as "HH:MM", with the index of the piece after it.
pub(crate) fn find_time(line: &str, ps: &[Mt], from: usize) -> Option<(String, usize, usize)> {
    let mut k = from;
    while k < ps.len() {
        let t = &ps[k];
        if t.kind == Mk::Num && t.end - t.start <= 2 {
            let h: u32 = line[t.start..t.end].parse().unwrap_or(99);
            let sep = ps.get(k + 1);
            let mut res: Option<(u32, u32, usize)> = None;
            if let Some(s) = sep {
                let sep_text = &line[s.start..s.end];
                if matches!(s.kind, Mk::Punct(':') | Mk::Punct('.')) && s.start == t.end {
                    if let Some(m) = ps.get(k + 2).filter(|m| m.kind == Mk::Num && m.start == s.end && m.end - m.start == 2) {
                        res = line[m.start..m.end].parse().ok().map(|mm| (h, mm, k + 3));
                    }
                } else if s.kind == Mk::Word && (sep_text == "h" || sep_text == "H") {
                    match ps.get(k + 2).filter(|m| m.kind == Mk::Num && m.end - m.start == 2) {
                        Some(m) => res = line[m.start..m.end].parse().ok().map(|mm| (h, mm, k + 3)),
                        None => res = Some((h, 0, k + 2)),
                    }
                }
            }
            if let Some((mut h, m, mut next)) = res {
                // a.m. / p.m.
                if let Some(w) = ps.get(next).filter(|w| w.kind == Mk::Word) {
                    let s = line[w.start..w.end].to_ascii_lowercase();
                    let is_pm = s == "pm" || (s == "p" && ps.get(next + 1).is_some_and(|p| p.kind == Mk::Punct('.')));
                    let is_am = s == "am" || (s == "a" && ps.get(next + 1).is_some_and(|p| p.kind == Mk::Punct('.')));
                    if is_pm && h < 12 {
                        h += 12;
                    } else if is_am && h == 12 {
                        h = 0;
                    }
                    if is_pm || is_am {
                        next += 1;
                    }
                }
                if h < 24 && m < 60 {
                    return Some((format!("{h:02}:{m:02}"), k, next));
                }
            }
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> DateWords {
        let mut w = DateWords::default();
        for (f, n) in [("mai", 5u8), ("may", 5), ("nov", 11), ("novembre", 11)] {
            w.months.insert(f.into(), n);
        }
        w
    }

    fn dates(line: &str) -> Vec<(Option<i16>, i8, i8, &str)> {
        let ps = pieces(line);
        find_dates(line, &ps, &words()).into_iter().map(|d| (d.year, d.month, d.day, &line[d.start..d.end])).collect()
    }

    #[test]
    fn dates_in_lines() {
        assert_eq!(dates("Première publication : 13/11/2017"), [(Some(2017), 11, 13, "13/11/2017")]);
        assert_eq!(dates("Publié le 1er mai 2020 à 14h02"), [(Some(2020), 5, 1, "1er mai 2020")]);
        assert_eq!(dates("May 4, 2020"), [(Some(2020), 5, 4, "May 4, 2020")]);
        assert_eq!(dates("DAMAS, 12 nov (AFP)"), [(None, 11, 12, "12 nov")]);
        assert_eq!(dates("2020-05-04T10:00"), [(Some(2020), 5, 4, "2020-05-04")]);
        assert!(dates("in May 2020").is_empty());
    }

    #[test]
    fn times_in_lines() {
        let t = |l: &str| find_time(l, &pieces(l), 0).map(|x| x.0);
        assert_eq!(t("à 14h02").as_deref(), Some("14:02"));
        assert_eq!(t("Updated 10:42 GMT").as_deref(), Some("10:42"));
        assert_eq!(t("at 2:30 p.m.").as_deref(), Some("14:30"));
        assert_eq!(t("à 9 h").as_deref(), Some("09:00"));
        assert_eq!(t("Mon 4 May 2020 14.02 BST").as_deref(), Some("14:02"));
        assert_eq!(t("no time"), None);
    }
}
