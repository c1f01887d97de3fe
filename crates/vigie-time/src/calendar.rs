//! Calendar arithmetic on civil dates, never panicking: every function returns `None` when a
//! result falls outside the years 0..=9999 that TIMEX3 values can write.

use jiff::civil::Date;

pub fn valid_year(y: i64) -> bool {
    (0..=9999).contains(&y)
}

pub fn date(y: i64, m: i64, d: i64) -> Option<Date> {
    if !valid_year(y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Date::new(y as i16, m as i8, d as i8).ok()
}

pub fn add_days(d: Date, n: i64) -> Option<Date> {
    let span = jiff::Span::new().try_days(n).ok()?;
    let r = d.checked_add(span).ok()?;
    valid_year(r.year() as i64).then_some(r)
}

/// ISO weekday, 1 = Monday.
pub fn weekday(d: Date) -> i64 {
    d.weekday().to_monday_one_offset() as i64
}

pub fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// "2017-W45" for the ISO week holding `d`.
pub fn iso_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Month arithmetic: (year, month) plus `n` months.
pub fn add_months(y: i64, m: i64, n: i64) -> Option<(i64, i64)> {
    let idx = y.checked_mul(12)?.checked_add(m - 1)?.checked_add(n)?;
    let (ny, nm) = (idx.div_euclid(12), idx.rem_euclid(12) + 1);
    valid_year(ny).then_some((ny, nm))
}

pub fn add_years(y: i64, n: i64) -> Option<i64> {
    let r = y.checked_add(n)?;
    valid_year(r).then_some(r)
}

/// Whether `d` is a possible day of month `m` in some year (29 February is).
pub fn possible_day(m: i64, d: i64) -> bool {
    date(2000, m, d).is_some()
}

/// The `n`th weekday `wd` (1 = Monday) of a month; `n` = 0 for the last one.
pub fn nth_weekday(y: i64, m: i64, n: i64, wd: i64) -> Option<Date> {
    if n == 0 {
        let last = date(y, m, 1)?.last_of_month();
        let back = (weekday(last) - wd).rem_euclid(7);
        return add_days(last, -back);
    }
    let first = date(y, m, 1)?;
    let d = add_days(first, (wd - weekday(first)).rem_euclid(7) + 7 * (n - 1))?;
    (d.month() as i64 == m).then_some(d)
}

/// Which way to look for a weekday or a date without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// On or before the anchor.
    Past,
    /// Strictly before ("dernier", "last").
    PastStrict,
    /// On or after.
    Future,
    /// Strictly after ("prochain", "next").
    FutureStrict,
    /// Whichever is nearest.
    Nearest,
}

/// The date of weekday `wd` (1 = Monday) seen from `anchor` in direction `dir`.
pub fn weekday_from(anchor: Date, wd: i64, dir: Dir) -> Option<Date> {
    let a = weekday(anchor);
    let back = (a - wd).rem_euclid(7);
    let fwd = (wd - a).rem_euclid(7);
    let n = match dir {
        Dir::Past => -back,
        Dir::PastStrict => -(if back == 0 { 7 } else { back }),
        Dir::Future => fwd,
        Dir::FutureStrict => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Dir::Nearest => {
            if back <= fwd {
                -back
            } else {
                fwd
            }
        }
    };
    add_days(anchor, n)
}

/// The year of a month (and day) without a year, seen from `anchor` in direction `dir`.
pub fn year_for(anchor: Date, m: i64, d: Option<i64>, dir: Dir) -> Option<i64> {
    let ay = anchor.year() as i64;
    let key = |mm: i64, dd: i64| mm * 100 + dd;
    let target = key(m, d.unwrap_or(0));
    let now = key(anchor.month() as i64, if d.is_some() { anchor.day() as i64 } else { 0 });
    let y = match dir {
        Dir::Past => {
            if target <= now {
                ay
            } else {
                ay - 1
            }
        }
        Dir::PastStrict => {
            if target < now {
                ay
            } else {
                ay - 1
            }
        }
        Dir::Future => {
            if target >= now {
                ay
            } else {
                ay + 1
            }
        }
        Dir::FutureStrict => {
            if target > now {
                ay
            } else {
                ay + 1
            }
        }
        Dir::Nearest => {
            // Month distance, ties to the past.
            // News speaks of the past more than of the future: a month ahead counts double.
            let am = anchor.month() as i64;
            let f: i64 = 2;
            let dist = |y: i64| {
                let d = (y * 12 + m) - (ay * 12 + am);
                if d > 0 {
                    d * f
                } else {
                    -d
                }
            };
            let mut best = ay;
            for y in [ay - 1, ay + 1] {
                if dist(y) < dist(best) || (dist(y) == dist(best) && y < best) {
                    best = y;
                }
            }
            best
        }
    };
    valid_year(y).then_some(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_around_an_anchor() {
        let a = date(2017, 11, 13).unwrap(); // a Monday
        assert_eq!(ymd(weekday_from(a, 6, Dir::Past).unwrap()), "2017-11-11");
        assert_eq!(ymd(weekday_from(a, 3, Dir::Past).unwrap()), "2017-11-08");
        assert_eq!(ymd(weekday_from(a, 1, Dir::Past).unwrap()), "2017-11-13");
        assert_eq!(ymd(weekday_from(a, 1, Dir::FutureStrict).unwrap()), "2017-11-20");
        assert_eq!(iso_week(a), "2017-W46");
    }

    #[test]
    fn arithmetic_out_of_range_is_none() {
        let a = date(9999, 12, 31).unwrap();
        assert!(add_days(a, 1).is_none());
        assert!(add_days(a, i64::MAX).is_none());
        assert!(add_months(9999, 12, 1).is_none());
        assert!(add_years(0, -1).is_none());
        assert!(date(2017, 2, 31).is_none());
    }
}
