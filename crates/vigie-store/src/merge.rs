//! Cross-article merging: the same event told by several articles becomes one cluster.
//!
//! Two events from different articles are the same event when they are of the same ACLED event
//! type, their dates are at most a day apart (or their spans overlap), their places are within
//! `RADIUS_KM` of each other (or, without coordinates, in the same country and subdivision), and
//! their actors do not contradict each other (an inter code present on both sides must agree).
//! Clusters are the connected components of that relation; a cluster's id is its smallest event id,
//! so merging is deterministic whatever the order events arrived in.

pub const RADIUS_KM: f64 = 25.0;

#[derive(Debug, Clone, PartialEq)]
pub struct MergeKey {
    pub id: i64,
    pub article_id: i64,
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
}


fn same_place(a: &MergeKey, b: &MergeKey) -> bool {
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
pub fn clusters(keys: &[MergeKey]) -> Vec<i64> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&i| (keys[i].first_day, keys[i].id));
    let mut parent: Vec<usize> = (0..keys.len()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Events sorted by first day: only those starting before this one's last day + 1 can match;
    // keep a window of candidates whose last day is still in reach.
    let mut window: Vec<usize> = Vec::new();
    for &i in &order {
        window.retain(|&j| keys[j].last_day + 1 >= keys[i].first_day);
        for &j in &window {
            if same_event(&keys[i], &keys[j]) {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri != rj {
                    parent[ri.max(rj)] = ri.min(rj);
                }
            }
        }
        window.push(i);
    }
    let mut smallest: Vec<i64> = keys.iter().map(|k| k.id).collect();
    for (i, key) in keys.iter().enumerate() {
        let r = find(&mut parent, i);
        smallest[r] = smallest[r].min(key.id);
    }
    (0..keys.len()).map(|i| smallest[find(&mut parent, i)]).collect()
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
    fn merging_is_transitive_and_order_independent() {
        let a = [key(1, 1, 100, 34.45, 40.92), key(2, 2, 101, 34.45, 40.92), key(3, 3, 102, 34.45, 40.92)];
        let mut b = a.clone();
        b.reverse();
        assert_eq!(clusters(&a), [1, 1, 1]);
        assert_eq!(clusters(&b), [1, 1, 1]);
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
