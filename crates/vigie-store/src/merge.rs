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

/// Whether a place of this kind ("country", "continent", "region" such as "Sahel", "city"...) is too
/// broad to merge on.
pub fn broad(kind: Option<&str>) -> bool {
    matches!(kind, Some("country" | "continent" | "region"))
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
///
/// Open clusters are kept by family (a key can only join a cluster of its own family, and the
/// first that matches among them is the first that matches among all); each event's family,
/// country, subdivision (as ranks), place in radians and cosine of latitude are computed once;
/// places surely farther apart or surely nearer than [`RADIUS_KM`] are told without
/// trigonometry ([`surely_near`]). The clusters are those of [`same_event`], only cheaper to find.
pub fn clusters_after(before: &[Vec<MergeKey>], keys: &[MergeKey]) -> Vec<i64> {
    let all: Vec<&MergeKey> = keys.iter().chain(before.iter().flatten()).collect();
    // Each text field as its rank among the values present (None first): comparing ranks orders
    // as comparing the texts does, and the family's rank names the family.
    fn ranks<'a>(values: impl Iterator<Item = Option<&'a str>> + Clone) -> (Vec<usize>, usize) {
        let mut distinct: Vec<&str> = values.clone().flatten().collect();
        distinct.sort_unstable();
        distinct.dedup();
        let rank = values.map(|v| v.map_or(0, |v| 1 + distinct.binary_search(&v).unwrap_or_default())).collect();
        (rank, distinct.len() + 1)
    }
    let (families, family_count) = ranks(all.iter().map(|k| Some(k.family.as_str())));
    let (countries, _) = ranks(all.iter().map(|k| k.country.as_deref()));
    let (admin1s, _) = ranks(all.iter().map(|k| k.admin1.as_deref()));
    let prepared: Vec<Prepared> = all
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let place = k.lat.zip(k.lon).map(|(lat, lon)| {
                let lat = lat.to_radians();
                (lat, lon.to_radians(), lat.cos())
            });
            Prepared { family: families[i], country: countries[i], admin1: admin1s[i], place }
        })
        .collect();
    let bounds = near_bounds();
    // [`order`], on ranks instead of texts.
    let mut order_: Vec<usize> = (0..keys.len()).collect();
    order_.sort_by(|&i, &j| {
        let (a, b, pa, pb) = (&keys[i], &keys[j], &prepared[i], &prepared[j]);
        (a.first_day, a.last_day, pa.family, pa.country, pa.admin1, a.inter1, a.inter2)
            .cmp(&(b.first_day, b.last_day, pb.family, pb.country, pb.admin1, b.inter1, b.inter2))
            .then(a.lat.unwrap_or(f64::NAN).total_cmp(&b.lat.unwrap_or(f64::NAN)))
            .then(a.lon.unwrap_or(f64::NAN).total_cmp(&b.lon.unwrap_or(f64::NAN)))
            .then(a.id.cmp(&b.id))
    });
    // Open clusters of each family, in the order they were opened: their members (indices into
    // `all`), and the last day any member reaches. A cluster closes once the events still to come
    // start more than a day after that (it could match none of them).
    let mut open: Vec<Vec<(Vec<usize>, i64)>> = vec![Vec::new(); family_count];
    let mut next = keys.len();
    for members in before {
        if members.is_empty() {
            continue;
        }
        let idx: Vec<usize> = (next..next + members.len()).collect();
        let last = members.iter().map(|m| m.last_day).max().unwrap_or(i64::MIN);
        open[prepared[next].family].push((idx, last));
        next += members.len();
    }
    let mut closed: Vec<Vec<usize>> = Vec::new();
    for &i in &order_ {
        let key = &keys[i];
        let list = &mut open[prepared[i].family];
        // Close, in place and keeping the order of the rest, the clusters that ended too early.
        let mut kept = 0;
        for r in 0..list.len() {
            if list[r].1 + 1 >= key.first_day {
                list.swap(kept, r);
                kept += 1;
            }
        }
        closed.extend(list.drain(kept..).map(|(members, _)| members));
        let joins = |members: &Vec<usize>| {
            members.iter().all(|&j| same_event_prepared(key, &prepared[i], all[j], &prepared[j], bounds))
        };
        match list.iter_mut().find(|(members, _)| joins(members)) {
            Some((members, last)) => {
                members.push(i);
                *last = (*last).max(key.last_day);
            }
            None => list.push((vec![i], key.last_day)),
        }
    }
    closed.extend(open.into_iter().flatten().map(|(members, _)| members));
    let mut out = vec![0; all.len()];
    for members in closed {
        let id = members.iter().map(|&i| all[i].id).min().unwrap_or_default();
        for i in members {
            out[i] = id;
        }
    }
    out
}

/// What [`clusters_after`] computes once per event: its family, country and subdivision as ranks
/// (see there), and its place (when it has coordinates) as latitude and longitude in radians and
/// the cosine of the latitude.
struct Prepared {
    family: usize,
    country: usize,
    admin1: usize,
    place: Option<(f64, f64, f64)>,
}

/// [`same_event`] with what [`Prepared`] holds: the same answer.
fn same_event_prepared(a: &MergeKey, pa: &Prepared, b: &MergeKey, pb: &Prepared, bounds: (f64, f64)) -> bool {
    a.article_id != b.article_id
        && pa.family == pb.family
        && a.first_day <= b.last_day + 1
        && b.first_day <= a.last_day + 1
        && compatible(a.inter1, b.inter1)
        && compatible(a.inter2, b.inter2)
        && match (pa.place, pb.place) {
            (Some(x), Some(y)) if !a.broad_place && !b.broad_place => {
                surely_near(x, y, bounds).unwrap_or_else(|| same_place(a, b))
            }
            _ => same_place(a, b),
        }
}

/// The haversine term `h` (distance = 2R·asin(√h)) of the radius [`RADIUS_KM`], with a margin
/// far above rounding each way: below the first, places are surely within the radius; above the
/// second, surely beyond it.
fn near_bounds() -> (f64, f64) {
    let h = (RADIUS_KM / (2.0 * vigie_core::geo::EARTH_RADIUS_KM)).sin().powi(2);
    (h * (1.0 - 1e-6), h * (1.0 + 1e-6))
}

/// Whether two places, as (latitude, longitude, cosine of latitude) in radians, are within
/// [`RADIUS_KM`] of each other, told without trigonometry when it can be: the haversine term
/// `sin²(Δlat/2) + cos lat₁ cos lat₂ sin²(Δlon/2)` lies between bounds got from
/// `y − y³/6 ≤ sin y ≤ y` (0 ≤ y ≤ π/2). None when the bounds do not decide (places at about the
/// radius, or odd coordinates): the exact distance ([`vigie_core::geo::haversine_km`]) does.
fn surely_near(a: (f64, f64, f64), b: (f64, f64, f64), (near, far): (f64, f64)) -> Option<bool> {
    // sin y ≥ y − y³/6 ≥ 0 on [0, π/2]; elsewhere 0 bounds sin² from below.
    fn sin_below(y: f64) -> f64 {
        if (0.0..=std::f64::consts::FRAC_PI_2).contains(&y) {
            y - y * y * y / 6.0
        } else {
            0.0
        }
    }
    // Negative (latitudes beyond the poles) or NaN: the bounds would not hold.
    let cosines = a.2 * b.2;
    if cosines.is_nan() || cosines < 0.0 {
        return None;
    }
    let dlat = (b.0 - a.0).abs() / 2.0;
    // sin²(Δlon/2) has a period of 2π: take the shorter way round.
    let mut dlon = (b.1 - a.1).abs();
    if dlon > std::f64::consts::PI {
        dlon = 2.0 * std::f64::consts::PI - dlon;
    }
    let dlon = dlon / 2.0;
    let (slat, slon) = (sin_below(dlat), sin_below(dlon));
    if slat * slat + cosines * slon * slon > far {
        Some(false)
    } else if dlat * dlat + cosines * dlon * dlon < near {
        Some(true)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The former [`clusters_after`], kept as written (a partition of the open clusters per event,
    /// the exact distance for every pair): the new one must give exactly its clusters.
    fn reference_clusters_after(before: &[Vec<MergeKey>], keys: &[MergeKey]) -> Vec<i64> {
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

    /// Events drawn at random (a fixed seed, no dependency) in a few places close together, some
    /// of them across the antimeridian or near a pole, some without coordinates or placed only in
    /// a country, of a few families and actors, over a few weeks.
    fn random_keys(n: usize, seed: u64) -> Vec<MergeKey> {
        let mut state = seed;
        let mut draw = |m: u64| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) % m
        };
        let centres =
            [(34.45, 40.92), (36.2, 37.1), (0.0, 179.95), (0.1, -179.95), (89.9, 10.0), (89.9, -170.0), (-33.9, 18.4)];
        let families = ["Armed clash", "Air/drone strike", "Peaceful protest"];
        (0..n)
            .map(|i| {
                let (lat, lon) = centres[draw(centres.len() as u64) as usize];
                // Up to about 0.4 degree off the centre: some pairs inside 25 km, some just outside.
                let (dlat, dlon) = ((draw(801) as f64 - 400.0) / 1000.0, (draw(801) as f64 - 400.0) / 1000.0);
                let lon = lon + dlon;
                let lon = if lon > 180.0 { lon - 360.0 } else if lon < -180.0 { lon + 360.0 } else { lon };
                let coords = draw(10) != 0;
                let day = 100 + draw(20) as i64;
                MergeKey {
                    id: i as i64 + 1,
                    article_id: draw(n as u64 / 2 + 1) as i64,
                    family: families[draw(3) as usize].into(),
                    first_day: day,
                    last_day: day + (draw(5) == 0) as i64,
                    lat: coords.then_some((lat + dlat).min(90.0)),
                    lon: coords.then_some(lon),
                    country: Some(["SY", "FJ", "ZA"][draw(3) as usize].into()),
                    admin1: Some(["01", "02"][draw(2) as usize].into()),
                    inter1: [None, Some(1), Some(2)][draw(3) as usize],
                    inter2: [None, Some(1), Some(7)][draw(3) as usize],
                    broad_place: draw(20) == 0,
                }
            })
            .collect()
    }

    #[test]
    fn the_cheaper_merge_gives_exactly_the_clusters_of_the_former_one() {
        for seed in 0..40 {
            let keys = random_keys(300, seed);
            let expected = reference_clusters_after(&[], &keys);
            assert_eq!(clusters(&keys), expected, "seed {seed}");
            let distinct = expected.iter().collect::<std::collections::HashSet<_>>().len();
            assert!(distinct < keys.len(), "seed {seed}: nothing merged");
            // The same after a cut: the earlier clusters still open at the cut, in the order opened.
            let cut = 110;
            let (earlier, later): (Vec<MergeKey>, Vec<MergeKey>) = keys.iter().cloned().partition(|k| k.first_day < cut);
            let at_first = clusters(&earlier);
            let mut sorted = earlier.clone();
            sorted.sort_by(order);
            let mut open: Vec<(i64, Vec<MergeKey>)> = Vec::new();
            for k in &sorted {
                let c = at_first[earlier.iter().position(|e| e.id == k.id).unwrap()];
                match open.iter_mut().find(|(id, _)| *id == c) {
                    Some((_, members)) => members.push(k.clone()),
                    None => open.push((c, vec![k.clone()])),
                }
            }
            open.retain(|(_, members)| members.iter().map(|m| m.last_day).max().unwrap() + 1 >= cut);
            let before: Vec<Vec<MergeKey>> = open.into_iter().map(|(_, m)| m).collect();
            assert_eq!(clusters_after(&before, &later), reference_clusters_after(&before, &later), "seed {seed}");
        }
    }

    #[test]
    fn the_bounds_agree_with_the_exact_distance_whenever_they_decide() {
        let bounds = near_bounds();
        let prepare = |(lat, lon): (f64, f64)| {
            let lat = f64::to_radians(lat);
            (lat, f64::to_radians(lon), lat.cos())
        };
        let mut decided = [0, 0];
        for k in random_keys(2_000, 3).chunks(2) {
            let place = |k: &MergeKey| (k.lat.unwrap_or(0.0), k.lon.unwrap_or(0.0));
            let (a, b) = (place(&k[0]), place(&k[1]));
            let near = vigie_core::geo::haversine_km(a, b) <= RADIUS_KM;
            if let Some(told) = surely_near(prepare(a), prepare(b), bounds) {
                assert_eq!(told, near, "{a:?} {b:?}");
                decided[usize::from(near)] += 1;
            }
        }
        assert!(decided[0] > 0 && decided[1] > 0, "{decided:?}");
        // Across the antimeridian and near a pole.
        assert_eq!(surely_near(prepare((0.0, 179.9)), prepare((0.0, -179.9)), bounds), Some(true));
        assert_eq!(surely_near(prepare((89.99, 0.0)), prepare((89.99, 180.0)), bounds), Some(true));
        assert_eq!(surely_near(prepare((0.0, 179.0)), prepare((0.0, -179.0)), bounds), Some(false));
        assert_eq!(surely_near(prepare((34.45, 40.92)), prepare((36.2, 37.1)), bounds), Some(false));
    }

    /// A micro-benchmark, run by hand: `cargo test -p vigie-store --release -- --ignored
    /// --nocapture merge_speed`. It prints times and asserts only that both give the same clusters.
    #[test]
    #[ignore]
    fn merge_speed() {
        for n in [2_000, 20_000] {
            let keys = random_keys(n, 7);
            let started = std::time::Instant::now();
            let former = reference_clusters_after(&[], &keys);
            let former_time = started.elapsed();
            let started = std::time::Instant::now();
            let now = clusters(&keys);
            let now_time = started.elapsed();
            assert_eq!(now, former);
            println!("{n} events: former {former_time:?}, now {now_time:?}");
        }
    }

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
