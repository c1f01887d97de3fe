//! Cross-article merging: the same event told by several articles becomes one cluster.
//!
//! Two events from different articles are the same event when they are of the same ACLED sub-event
//! type, their dates are at most a day apart (or their spans overlap), their places are within
//! `RADIUS_KM` of each other (or, without coordinates, in the same country and subdivision), and
//! their actors do not contradict each other (an inter code present on both sides must agree).
//! A cluster holds only events that are all pairwise the same event (see [`clusters`]); its id is
//! its smallest event id. Which events go together does not depend on the order they arrived in.

pub const RADIUS_KM: f64 = 25.0;

#[derive(Debug, Clone, PartialEq)]
pub struct MergeKey {
    pub id: i64,
    pub article_id: i64,
    /// The ACLED sub-event type: ACLED's event type is too broad a family to merge on (an agreement
    /// and an arrest are both strategic developments; an air strike and a chemical attack are both
    /// explosions/remote violence).
    pub family: String,
    /// Days since 1970-01-01 of the first and last day of the event.
    pub first_day: i64,
    pub last_day: i64,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub inter1: Option<i64>,
    pub inter2: Option<i64>,
    /// The place is only a country or a continent: every such place sits at one point, so nearness
    /// says nothing, and events placed there merge with nothing.
    pub broad_place: bool,
}


/// Days since 1970-01-01 of a "YYYY-MM-DD" date; None for anything else.
pub fn day_number(date: &str) -> Option<i64> {
    let d: jiff::civil::Date = date.parse().ok()?;
    let epoch = jiff::civil::date(1970, 1, 1);
    Some(i64::from((d - epoch).get_days()))
}

/// The first and last day of event `id` for [`MergeKey`], from its stored start and end dates (the
/// end defaults to the start). An undated event (or one whose date does not read) gets a day of its
/// own, far before any real day, so that it merges with nothing.
pub fn days(id: i64, start: Option<&str>, end: Option<&str>) -> (i64, i64) {
    let first = start.and_then(day_number);
    let last = end.and_then(day_number).or(first);
    let own = i64::MIN / 4 + id * 4;
    (first.unwrap_or(own), last.unwrap_or(own))
}

/// Whether a place of this kind ("country", "continent", "city"...) is too broad to merge on.
pub fn broad(kind: Option<&str>) -> bool {
    matches!(kind, Some("country" | "continent"))
}

fn same_place(a: &MergeKey, b: &MergeKey) -> bool {
    if a.broad_place || b.broad_place {
        return false;
    }
    match (a.lat.zip(a.lon), b.lat.zip(b.lon)) {
        (Some((la, lo)), Some((lb, lob))) => vigie_core::geo::haversine_km((la, lo), (lb, lob)) <= RADIUS_KM,
        _ => a.country.is_some() && a.admin1.is_some() && a.country == b.country && a.admin1 == b.admin1,
    }
}

fn compatible(x: Option<i64>, y: Option<i64>) -> bool {
    x.is_none() || y.is_none() || x == y
}

pub fn same_event(a: &MergeKey, b: &MergeKey) -> bool {
    a.article_id != b.article_id
        && a.family == b.family
        && a.first_day <= b.last_day + 1
        && b.first_day <= a.last_day + 1
        && same_place(a, b)
        && compatible(a.inter1, b.inter1)
        && compatible(a.inter2, b.inter2)
}

/// The cluster id of each event, in the order given.
///
/// Events are taken by day (ties broken by what they say, not by their ids, which depend on the
/// order articles arrived in); each joins the first open cluster whose every member is the same
/// event as it ([`same_event`]), else opens its own. Every member must match, not just one: a
/// chain of reports a day apart each (a protest every day in the same square) does not become one
/// event, and no cluster ever holds two events of one article.
pub fn clusters(keys: &[MergeKey]) -> Vec<i64> {
    clusters_after(&[], keys)
}

/// The order events are taken in: by day, then by what they say; ids only break full ties.
pub fn order(a: &MergeKey, b: &MergeKey) -> std::cmp::Ordering {
    (a.first_day, a.last_day, &a.family, &a.country, &a.admin1, a.inter1, a.inter2)
        .cmp(&(b.first_day, b.last_day, &b.family, &b.country, &b.admin1, b.inter1, b.inter2))
        .then(a.lat.unwrap_or(f64::NAN).total_cmp(&b.lat.unwrap_or(f64::NAN)))
        .then(a.lon.unwrap_or(f64::NAN).total_cmp(&b.lon.unwrap_or(f64::NAN)))
        .then(a.id.cmp(&b.id))
}

/// [`clusters`] of `keys` when the clusters of every event taken before them are already known:
/// `before` holds those still open when the first of `keys` comes (their members taken earlier),
/// in the order they were opened. Every event of `before` must come before every event of `keys`
/// in [`order`]. The result is the cluster id of each key, then of each member of `before`, in
/// the order given: what [`clusters`] gives over all of them, which lets a store re-cluster only
/// the days new events touch.
pub fn clusters_after(before: &[Vec<MergeKey>], keys: &[MergeKey]) -> Vec<i64> {
    let earlier: Vec<&MergeKey> = before.iter().flatten().collect();
    let all: Vec<&MergeKey> = keys.iter().chain(earlier.iter().copied()).collect();
    let mut order_: Vec<usize> = (0..keys.len()).collect();
    order_.sort_by(|&i, &j| order(&keys[i], &keys[j]));
    // Open clusters: their members (indices into `all`), and the last day any member reaches. A
    // cluster closes once the events still to come start more than a day after that.
    let mut open: Vec<(Vec<usize>, i64)> = Vec::new();
    let mut next = keys.len();
    for members in before {
        let idx: Vec<usize> = (next..next + members.len()).collect();
        next += members.len();
        let last = members.iter().map(|m| m.last_day).max().unwrap_or(i64::MIN);
        open.push((idx, last));
    }
    let mut closed: Vec<Vec<usize>> = Vec::new();
    for &i in &order_ {
        let key = &keys[i];
        let (still, done): (Vec<_>, Vec<_>) = open.into_iter().partition(|(_, last)| *last + 1 >= key.first_day);
        closed.extend(done.into_iter().map(|(members, _)| members));
        open = still;
        match open.iter_mut().find(|(members, _)| members.iter().all(|&j| same_event(key, all[j]))) {
            Some((members, last)) => {
                members.push(i);
                *last = (*last).max(key.last_day);
            }
            None => open.push((vec![i], key.last_day)),
        }
    }
    closed.extend(open.into_iter().map(|(members, _)| members));
    let mut out = vec![0; all.len()];
    for members in closed {
        let id = members.iter().map(|&i| all[i].id).min().unwrap_or_default();
        for i in members {
            out[i] = id;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: i64, article: i64, day: i64, lat: f64, lon: f64) -> MergeKey {
        MergeKey {
            id,
            article_id: article,
            family: "Battles".into(),
            first_day: day,
            last_day: day,
            lat: Some(lat),
            lon: Some(lon),
            country: Some("SY".into()),
            admin1: Some("07".into()),
            inter1: Some(2),
            inter2: Some(1),
            broad_place: false,
        }
    }

    #[test]
    fn same_event_in_two_articles_merges_and_takes_the_smallest_id() {
        let keys = [key(5, 1, 100, 34.45, 40.92), key(3, 2, 101, 34.46, 40.90)];
        assert_eq!(clusters(&keys), [3, 3]);
    }

    #[test]
    fn far_apart_in_space_or_time_or_type_stays_apart() {
        let mut other_type = key(3, 3, 100, 34.45, 40.92);
        other_type.family = "Protests".into();
        let keys = [key(1, 1, 100, 34.45, 40.92), key(2, 2, 103, 34.45, 40.92), other_type, key(4, 4, 100, 36.2, 37.1)];
        assert_eq!(clusters(&keys), [1, 2, 3, 4]);
    }

    #[test]
    fn two_events_of_one_article_are_not_merged_and_actors_must_agree() {
        let mut swapped = key(3, 3, 100, 34.45, 40.92);
        swapped.inter1 = Some(1);
        let keys = [key(1, 1, 100, 34.45, 40.92), key(2, 1, 100, 34.45, 40.92), swapped];
        assert_eq!(clusters(&keys), [1, 2, 3]);
    }

    #[test]
    fn merging_does_not_chain_and_is_order_independent() {
        // Days 100, 101, 102: the first and the last are two days apart, so not one event.
        let a = [key(1, 1, 100, 34.45, 40.92), key(2, 2, 101, 34.45, 40.92), key(3, 3, 102, 34.45, 40.92)];
        let mut b = a.clone();
        b.reverse();
        assert_eq!(clusters(&a), [1, 1, 3]);
        assert_eq!(clusters(&b), [3, 1, 1]);
        // Three tellings on days 100 and 101 are one event.
        let c = [key(1, 1, 100, 34.45, 40.92), key(2, 2, 101, 34.45, 40.92), key(3, 3, 100, 34.46, 40.92)];
        assert_eq!(clusters(&c), [1, 1, 1]);
    }

    #[test]
    fn clustering_the_later_days_after_the_earlier_gives_what_clustering_all_at_once_gives() {
        let mut keys = Vec::new();
        let mut id = 0;
        for day in 100..112 {
            for article in 0..4 {
                id += 1;
                // Articles 0 and 1 tell the same events each day; 2 tells one every other day; 3
                // tells two events a day in one place.
                let lat = 34.45 + f64::from(u8::try_from(article % 3).unwrap()) * 0.01;
                if article != 2 || day % 2 == 0 {
                    keys.push(key(id, article + 10 * day, day + (article == 2) as i64, lat, 40.92));
                }
                if article == 3 {
                    id += 1;
                    keys.push(key(id, article + 10 * day, day, lat, 40.92));
                }
            }
        }
        let whole = clusters(&keys);
        for cut in [102, 105, 108] {
            let (earlier, later): (Vec<MergeKey>, Vec<MergeKey>) = keys.iter().cloned().partition(|k| k.first_day < cut);
            let at_first = clusters(&earlier);
            // The clusters of the earlier events still open at the cut, in the order they opened.
            let mut open: Vec<(i64, Vec<MergeKey>)> = Vec::new();
            let mut sorted = earlier.clone();
            sorted.sort_by(order);
            for k in &sorted {
                let c = at_first[earlier.iter().position(|e| e.id == k.id).unwrap()];
                match open.iter_mut().find(|(id, _)| *id == c) {
                    Some((_, members)) => members.push(k.clone()),
                    None => open.push((c, vec![k.clone()])),
                }
            }
            open.retain(|(_, members)| members.iter().map(|m| m.last_day).max().unwrap() + 1 >= cut);
            let before: Vec<Vec<MergeKey>> = open.into_iter().map(|(_, m)| m).collect();
            let after = clusters_after(&before, &later);
            for (k, c) in later.iter().zip(&after) {
                assert_eq!(*c, whole[keys.iter().position(|e| e.id == k.id).unwrap()], "cut {cut}, event {}", k.id);
            }
        }
    }

    #[test]
    fn events_placed_only_in_a_country_merge_with_nothing() {
        let mut a = key(1, 1, 100, 34.8, 39.0);
        let b = a.clone();
        a.broad_place = true;
        assert_eq!(clusters(&[a.clone(), MergeKey { id: 2, article_id: 2, ..b.clone() }]), [1, 2]);
        assert_eq!(clusters(&[MergeKey { broad_place: false, ..a }, MergeKey { id: 2, article_id: 2, ..b }]), [1, 1]);
    }

    #[test]
    fn a_cluster_never_holds_two_events_of_one_article() {
        // 2 and 3 are of one article; each matches 1, so only the first of them (by what they say,
        // here the place) joins it.
        let keys = [key(1, 1, 100, 34.45, 40.92), key(2, 2, 100, 34.47, 40.92), key(3, 2, 100, 34.46, 40.92)];
        assert_eq!(clusters(&keys), [1, 2, 1]);
        let mut reversed = keys.clone();
        reversed.reverse();
        assert_eq!(clusters(&reversed), [1, 2, 1]);
    }

    #[test]
    fn without_coordinates_the_same_subdivision_is_the_same_place() {
        let mut a = key(1, 1, 100, 0.0, 0.0);
        let mut b = key(2, 2, 100, 0.0, 0.0);
        (a.lat, a.lon, b.lat, b.lon) = (None, None, None, None);
        assert_eq!(clusters(&[a.clone(), b.clone()]), [1, 1]);
        b.admin1 = Some("08".into());
        assert_eq!(clusters(&[a, b]), [1, 2]);
    }
}
