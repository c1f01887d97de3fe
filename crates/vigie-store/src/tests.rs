use super::*;
use vigie_core::{ActorRef, Event, GeoRef, Span};

fn event(kind: &str, date: &str, lat: f64, lon: f64, fatalities: u32) -> Event {
    Event {
        sub_event_type: kind.into(),
        plover: None,
        cameo: None,
        actor1: Some(ActorRef { name: Some("Islamic State".into()), inter: Some(2), ..Default::default() }),
        actor2: None,
        location: Some(GeoRef { geonameid: Some(174448), name: Some("Abu Kamal".into()), lat: Some(lat), lon: Some(lon), country: Some("SY".into()), admin1: Some("07".into()), ..Default::default() }),
        date: Some(date.into()),
        fatalities: Some(fatalities),
        evidence: Span::new(0, 5),
        confidence: None,
        ..Default::default()
    }
}

fn article(id: &str, text: &str, events: Vec<Event>) -> Document {
    let mut d = Document::new(id, text);
    d.meta.url = Some(format!("https://example.org/{id}"));
    d.events = events;
    d
}

#[test]
fn ingest_is_idempotent() {
    let mut s = Store::open_in_memory().unwrap();
    let docs = vec![
        article("a", "Story A about a clash.", vec![event("Armed clash", "2020-01-01", 34.4, 40.9, 3)]),
        article("b", "Story B, another one.", vec![]),
    ];
    let first = s.add_batch(&docs).unwrap();
    assert_eq!(first, BatchReport { articles_added: 2, articles_skipped: 0, events_added: 1 });
    let again = s.add_batch(&docs).unwrap();
    assert_eq!(again, BatchReport { articles_added: 0, articles_skipped: 2, events_added: 0 });
    assert_eq!(s.stats().unwrap().articles, 2);
    assert!(s.contains(&docs[0]).unwrap());
}

#[test]
fn the_same_event_from_two_articles_is_one_event_with_both_sources_and_the_lowest_toll() {
    let mut s = Store::open_in_memory().unwrap();
    s.add_batch(&[
        article("a", "First report of the attack.", vec![event("Armed clash", "2020-01-01", 34.45, 40.92, 7)]),
        article("b", "Second report of the attack.", vec![event("Armed clash", "2020-01-02", 34.46, 40.91, 5)]),
        article("c", "A protest elsewhere.", vec![event("Peaceful protest", "2020-01-01", 34.45, 40.92, 0)]),
    ])
    .unwrap();
    let stats = s.merge().unwrap();
    assert_eq!((stats.events, stats.clusters), (3, 2));
    let events = s.events(&EventFilter::default()).unwrap();
    let clash = events.iter().find(|e| e.sub_event_type == "Armed clash").unwrap();
    assert_eq!(clash.sources.len(), 2);
    assert_eq!(clash.fatalities, 5);
    assert_eq!(clash.sources[0].evidence, "First");
    assert_eq!(s.merge().unwrap(), stats, "merging again changes nothing");
}

#[test]
fn filters_narrow_the_events() {
    let mut s = Store::open_in_memory().unwrap();
    s.add_batch(&[
        article("a", "Des combats à Boukamal.", vec![event("Armed clash", "2020-01-01", 34.45, 40.92, 1)]),
        article("b", "Manifestation à Alep.", vec![event("Peaceful protest", "2020-02-01", 36.2, 37.15, 0)]),
    ])
    .unwrap();
    s.merge().unwrap();
    let count = |f: EventFilter| s.events(&f).unwrap().len();
    assert_eq!(count(EventFilter::default()), 2);
    assert_eq!(count(EventFilter { event_type: Some("Battles".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { event_type: Some("peaceful protest".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { country: Some("sy".into()), ..Default::default() }), 2);
    assert_eq!(count(EventFilter { actor: Some("islamic".into()), ..Default::default() }), 2);
    assert_eq!(count(EventFilter { date_from: Some("2020-01-15".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { date_to: Some("2020-01-15".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { bbox: Some([40.0, 34.0, 41.0, 35.0]), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { text: Some("combats".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { text: Some("alep".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { text: Some("boukamal\" OR \"x".into()), ..Default::default() }), 0, "quotes are words, not syntax");
    assert_eq!(count(EventFilter { actor: Some("'; DROP TABLE events; --".into()), ..Default::default() }), 0);
    assert_eq!(count(EventFilter { text: Some("combats\0\u{1}".into()), ..Default::default() }), 1, "control characters are dropped");
    assert_eq!(count(EventFilter { limit: Some(1), offset: 1, ..Default::default() }), 1);
    assert_eq!(s.stats().unwrap().events, 2, "nothing was dropped");
}

#[test]
fn filters_ignore_case_beyond_ascii() {
    // SQLite's NOCASE and LIKE ignore the case of ASCII letters only; the store's filters ignore
    // it in every alphabet (accented capitals, Cyrillic), as PostgreSQL's lower() and ILIKE do.
    let mut s = Store::open_in_memory().unwrap();
    let mut e = event("Armed clash", "2020-01-01", 34.45, 40.92, 1);
    e.actor1 = Some(ActorRef { name: Some("ÉTAT ISLAMIQUE".into()), inter: Some(2), ..Default::default() });
    e.actor2 = Some(ActorRef { name: Some("Вооружённые силы Украины".into()), inter: Some(1), ..Default::default() });
    e.location.as_mut().unwrap().admin1 = Some("Île-de-France".into());
    s.add_batch(&[article("a", "Des combats.", vec![e])]).unwrap();
    s.merge().unwrap();
    let count = |f: EventFilter| s.events(&f).unwrap().len();
    assert_eq!(count(EventFilter { actor: Some("état islamique".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { actor: Some("ВООРУЖЁННЫЕ".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { admin1: Some("ÎLE-DE-FRANCE".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { event_type: Some("ARMED CLASH".into()), ..Default::default() }), 1);
    assert_eq!(count(EventFilter { actor: Some("etat".into()), ..Default::default() }), 0, "case is folded, accents are not");
}

#[test]
fn accents_are_folded_in_full_text_search() {
    let mut s = Store::open_in_memory().unwrap();
    s.add_batch(&[article("a", "Frappes aériennes sur Idleb.", vec![event("Air/drone strike", "2020-01-01", 35.9, 36.6, 0)])]).unwrap();
    s.merge().unwrap();
    assert_eq!(s.events(&EventFilter { text: Some("aeriennes".into()), ..Default::default() }).unwrap().len(), 1);
}

#[test]
fn exports_have_acled_columns_and_geojson_points() {
    let mut s = Store::open_in_memory().unwrap();
    s.add_batch(&[article("a", "Story A about a clash.", vec![event("Armed clash", "2020-01-01", 34.45, 40.92, 3)])]).unwrap();
    s.merge().unwrap();
    let events = s.events(&EventFilter::default()).unwrap();
    let mut csv = Vec::new();
    export::write_csv(&mut csv, &events).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1"));
    assert!(lines.next().unwrap().contains(",2020-01-01,2020,Battles,Armed clash,Islamic State,2,"));
    let geo = export::geojson(&events);
    assert_eq!(geo["features"][0]["geometry"]["coordinates"], serde_json::json!([40.92, 34.45]));
}

#[test]
fn a_store_reopened_keeps_its_data_and_schema_version() {
    let dir = std::env::temp_dir().join(format!("vigie-store-test-{}", std::process::id()));
    let path = dir.join("nested/store.sqlite");
    {
        let mut s = Store::open(&path).unwrap();
        s.add_batch(&[article("a", "Kept.", vec![])]).unwrap();
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.stats().unwrap().articles, 1);
    assert_eq!(s.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    assert_eq!(s.integrity_check().unwrap(), "ok");
    drop(s);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_newer_schema_is_refused_with_a_clear_error() {
    let dir = std::env::temp_dir().join(format!("vigie-store-new-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("s.sqlite");
    {
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", 999).unwrap();
    }
    let err = Store::open(&path).err().expect("refused");
    assert!(err.to_string().contains("newer"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn count_events_agrees_with_events_and_ignores_paging() {
    let mut s = Store::open_in_memory().unwrap();
    s.add_batch(&[
        article("a", "First report of the attack.", vec![event("Armed clash", "2020-01-01", 34.45, 40.92, 7)]),
        article("b", "Second report of the attack.", vec![event("Armed clash", "2020-01-02", 34.46, 40.91, 5)]),
        article("c", "Manifestation à Alep.", vec![event("Peaceful protest", "2020-02-01", 36.2, 37.15, 0)]),
    ])
    .unwrap();
    s.merge().unwrap();
    for f in [
        EventFilter::default(),
        EventFilter { event_type: Some("Battles".into()), ..Default::default() },
        EventFilter { text: Some("alep".into()), ..Default::default() },
        EventFilter { actor: Some("' OR 1=1 --".into()), ..Default::default() },
        EventFilter { bbox: Some([40.0, 34.0, 41.0, 35.0]), date_from: Some("2020-01-02".into()), ..Default::default() },
    ] {
        assert_eq!(s.count_events(&f).unwrap(), s.events(&f).unwrap().len() as i64, "{f:?}");
    }
    let paged = EventFilter { limit: Some(1), offset: 1, ..Default::default() };
    assert_eq!(s.count_events(&paged).unwrap(), 2);
}

#[test]
fn the_timeline_counts_each_merged_event_once_in_its_bucket() {
    let mut s = Store::open_in_memory().unwrap();
    s.add_batch(&[
        article("a", "First report of the attack.", vec![event("Armed clash", "2020-01-01", 34.45, 40.92, 7)]),
        article("b", "Second report of the attack.", vec![event("Armed clash", "2020-01-02", 34.46, 40.91, 5)]),
        article("c", "A protest.", vec![event("Peaceful protest", "2020-01-05", 36.2, 37.15, 0)]),
        article("d", "Another clash.", vec![event("Armed clash", "2020-02-10/2020-02-11", 36.2, 37.15, 2)]),
    ])
    .unwrap();
    s.merge().unwrap();
    let f = EventFilter::default();
    let point = |date: &str, events, fatalities| TimelinePoint { date: date.into(), events, fatalities };
    assert_eq!(
        s.timeline(&f, Bucket::Day).unwrap(),
        vec![point("2020-01-01", 1, 5), point("2020-01-05", 1, 0), point("2020-02-10", 1, 2)]
    );
    // 2020-01-01 is a Wednesday: its week begins on Monday 2019-12-30; 2020-01-05 is a Sunday.
    assert_eq!(
        s.timeline(&f, Bucket::Week).unwrap(),
        vec![point("2019-12-30", 2, 5), point("2020-02-10", 1, 2)]
    );
    assert_eq!(s.timeline(&f, Bucket::Month).unwrap(), vec![point("2020-01-01", 2, 5), point("2020-02-01", 1, 2)]);
    let battles = EventFilter { event_type: Some("Battles".into()), ..Default::default() };
    assert_eq!(s.timeline(&battles, Bucket::Month).unwrap(), vec![point("2020-01-01", 1, 5), point("2020-02-01", 1, 2)]);
}

#[test]
fn an_article_is_found_by_id_and_by_hash_with_its_document_and_events() {
    let mut s = Store::open_in_memory().unwrap();
    let doc = article("a", "Story A about a clash.", vec![event("Armed clash", "2020-01-01", 34.4, 40.9, 3)]);
    s.add_batch(std::slice::from_ref(&doc)).unwrap();
    s.merge().unwrap();
    let id = s.article_id_by_hash(&content_hash(&doc)).unwrap().expect("stored");
    let stored = s.article(id).unwrap().expect("found");
    assert_eq!(stored.doc_id, "a");
    assert_eq!(stored.url.as_deref(), Some("https://example.org/a"));
    let back: Document = serde_json::from_str(&stored.document).unwrap();
    assert_eq!(back.text, doc.text);
    assert_eq!(back.events.len(), 1);
    assert_eq!(s.article_event_ids(id).unwrap().len(), 1);
    assert!(s.article(id + 100).unwrap().is_none());
    assert!(s.article_id_by_hash("nope").unwrap().is_none());
}

/// The clusters of a store as sets of (doc_id, ordinal): what merging decided, whatever the ids.
fn partition(s: &Store) -> Vec<Vec<(String, i64)>> {
    let mut stmt = s
        .conn
        .prepare("SELECT COALESCE(e.cluster_id, e.id), a.doc_id, e.ordinal FROM events e JOIN articles a ON a.id = e.article_id")
        .unwrap();
    let mut by_cluster: std::collections::BTreeMap<i64, Vec<(String, i64)>> = Default::default();
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?))).unwrap() {
        let (c, doc, ordinal) = row.unwrap();
        by_cluster.entry(c).or_default().push((doc, ordinal));
    }
    let mut clusters: Vec<Vec<(String, i64)>> = by_cluster.into_values().map(|mut v| {
        v.sort();
        v
    }).collect();
    clusters.sort();
    clusters
}

#[test]
fn merging_reruns_as_articles_arrive_and_gives_the_same_clusters_in_any_order() {
    let docs = vec![
        article("a", "Clash at Abu Kamal, day one.", vec![event("Armed clash", "2020-01-01", 34.45, 40.92, 7)]),
        article("b", "A protest, then a clash.", vec![
            event("Peaceful protest", "2020-01-02", 34.45, 40.92, 0),
            event("Armed clash", "2020-01-02", 34.46, 40.91, 5),
        ]),
        article("c", "The clash, told again.", vec![event("Armed clash", "2020-01-03", 34.44, 40.93, 6)]),
        article("d", "A clash far away.", vec![event("Armed clash", "2020-01-02", 36.2, 37.15, 1)]),
        article("e", "The protest, told again.", vec![event("Peaceful protest", "2020-01-01", 34.45, 40.92, 0)]),
    ];
    // One article at a time, merging after each, as `vigie ingest` and `POST /articles` do.
    let mut forward = Store::open_in_memory().unwrap();
    let mut clusters_after_each = Vec::new();
    for d in &docs {
        forward.add_batch(std::slice::from_ref(d)).unwrap();
        clusters_after_each.push(forward.merge().unwrap().clusters);
    }
    // a alone; b's clash joins a's; c, two days after a, stands alone; so does d, far away;
    // e joins b's protest.
    assert_eq!(clusters_after_each, [1, 2, 3, 4, 4]);
    // All at once, in the opposite order, and in an interleaved order.
    let mut backward = Store::open_in_memory().unwrap();
    let reversed: Vec<Document> = docs.iter().rev().cloned().collect();
    backward.add_batch(&reversed).unwrap();
    backward.merge().unwrap();
    let mut shuffled = Store::open_in_memory().unwrap();
    for i in [2, 4, 0, 3, 1] {
        shuffled.add_batch(std::slice::from_ref(&docs[i])).unwrap();
        shuffled.merge().unwrap();
    }
    let expected = partition(&forward);
    assert_eq!(expected.len(), 4);
    assert_eq!(partition(&backward), expected);
    assert_eq!(partition(&shuffled), expected);
    assert!(expected.contains(&vec![("a".into(), 0), ("b".into(), 1)]), "{expected:?}");
    assert!(expected.contains(&vec![("c".into(), 0)]), "{expected:?}");
    assert!(expected.contains(&vec![("b".into(), 0), ("e".into(), 0)]), "{expected:?}");
}

#[test]
fn replicated_copies_are_distinct_articles_whose_events_never_merge_with_their_originals() {
    let mut s = Store::open_in_memory().unwrap();
    s.add_batch(&[
        article("a", "First report of the attack.", vec![event("Armed clash", "2020-02-29", 34.45, 40.92, 7)]),
        article("b", "Second report of the attack.", vec![event("Armed clash", "2020-03-01", 34.46, 40.91, 5)]),
    ])
    .unwrap();
    assert_eq!(s.merge().unwrap().clusters, 1);
    let stats = s.replicate(3).unwrap();
    assert_eq!((stats.articles, stats.events, stats.clusters), (8, 8, 4));
    let copy = s.events(&EventFilter { date_from: Some("2023-01-01".into()), ..Default::default() }).unwrap();
    assert_eq!(copy.len(), 1);
    assert_eq!(copy[0].sources.len(), 2);
    assert_eq!(copy[0].date_start.as_deref(), Some("2023-03-01"));
    assert!(copy[0].sources.iter().all(|src| src.doc_id.ends_with("#copy-3")));
    assert_eq!(copy[0].sources[0].evidence, "First");
    assert_eq!(s.count_events(&EventFilter { text: Some("attack".into()), ..Default::default() }).unwrap(), 4);
}

#[test]
fn a_version_1_store_is_migrated_and_one_merged_event_is_found_through_an_index() {
    let dir = std::env::temp_dir().join(format!("vigie-store-v1-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("v1.sqlite");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(schema::MIGRATIONS[0]).unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), schema::MIGRATIONS.len() as i64);
    s.add_batch(&[article("a", "Kept.", vec![event("Armed clash", "2020-01-01", 34.45, 40.92, 1)])]).unwrap();
    // Before merging, the event is its own cluster; after, too.
    assert!(s.event(1).unwrap().is_some());
    s.merge().unwrap();
    assert_eq!(s.event(1).unwrap().unwrap().sources.len(), 1);
    let plan: Vec<String> = s
        .conn
        .prepare("EXPLAIN QUERY PLAN SELECT e.id FROM events e WHERE COALESCE(e.cluster_id, e.id) = 1")
        .unwrap()
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert!(plan.iter().any(|p| p.contains("events_merged")), "{plan:?}");
    drop(s);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn negated_and_hypothetical_events_are_kept_in_the_document_but_not_listed() {
    let mut s = Store::open_in_memory().unwrap();
    let mut threatened = event("Armed clash", "2020-01-02", 34.45, 40.92, 0);
    threatened.modality = vigie_core::Modality::Hypothetical;
    let mut denied = event("Armed clash", "2020-01-03", 34.45, 40.92, 0);
    denied.modality = vigie_core::Modality::Denied;
    s.add_batch(&[article(
        "m",
        "A clash; a threat of another; a denied one.",
        vec![event("Armed clash", "2020-01-01", 34.45, 40.92, 2), threatened, denied],
    )])
    .unwrap();
    s.merge().unwrap();
    let listed = s.events(&EventFilter::default()).unwrap();
    let mut dates: Vec<_> = listed.iter().map(|e| e.date_start.clone().unwrap()).collect();
    dates.sort();
    // A denial is still a report of the event, with who denies it.
    assert_eq!(dates, ["2020-01-01", "2020-01-03"]);
    let stored: i64 = s.conn.query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, 2);
    let document: String = s.conn.query_row("SELECT document FROM articles", [], |r| r.get(0)).unwrap();
    assert!(document.contains("hypothetical"), "{document}");
}

/// The doc ids of a store with their documents' ids, in article order.
fn doc_ids(s: &Store) -> Vec<(String, String)> {
    s.conn
        .prepare("SELECT doc_id, document FROM articles ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
        .map(|r| {
            let (id, document) = r.unwrap();
            (id, serde_json::from_str::<Document>(&document).unwrap().id)
        })
        .collect()
}

#[test]
fn articles_with_the_same_id_each_keep_an_id_of_their_own_the_same_on_every_run() {
    // Two files `a.txt` and `a.html` (or `x/a.txt` and `y/a.txt`) both give the id "a".
    let first = article("a", "Story from a.txt.", vec![event("Armed clash", "2020-01-01", 34.4, 40.9, 3)]);
    let second = article("a", "Story from a.html.", vec![]);
    let third = article("a", "Story from y/a.txt.", vec![]);
    let hash = |d: &Document| content_hash(d);
    let expected = vec![
        "a".to_string(),
        format!("a~{}", &hash(&second)[..8]),
        format!("a~{}", &hash(&third)[..8]),
    ];
    // In one batch, and in one batch per article: the same ids.
    for batches in [vec![vec![first.clone(), second.clone(), third.clone()]], vec![vec![first.clone()], vec![second.clone()], vec![third.clone()]]] {
        let mut s = Store::open_in_memory().unwrap();
        for batch in &batches {
            s.add_batch(batch).unwrap();
        }
        let ids = doc_ids(&s);
        assert_eq!(ids.iter().map(|(row, _)| row.clone()).collect::<Vec<_>>(), expected);
        assert!(ids.iter().all(|(row, document)| row == document), "{ids:?}");
        // Ingesting the same articles again stores nothing twice and renames nothing.
        let again = s.add_batch(&[first.clone(), second.clone(), third.clone()]).unwrap();
        assert_eq!(again, BatchReport { articles_added: 0, articles_skipped: 3, events_added: 0 });
        assert_eq!(doc_ids(&s).len(), 3);
        assert_eq!(s.stats().unwrap().events, 1);
    }
    // A stored id that is already the longer form makes the next one take the whole hash.
    let mut s = Store::open_in_memory().unwrap();
    let squatter = article(&expected[1], "Someone chose this id.", vec![]);
    s.add_batch(&[first.clone(), squatter, second.clone()]).unwrap();
    assert_eq!(doc_ids(&s)[2].0, format!("a~{}", hash(&second)));
}

#[test]
fn a_store_holding_duplicate_ids_is_migrated_to_unique_ones() {
    let dir = std::env::temp_dir().join(format!("vigie-store-dup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("v3.sqlite");
    let docs = [article("a", "One.", vec![]), article("a", "Two.", vec![]), article("b", "Three.", vec![])];
    {
        let c = Connection::open(&path).unwrap();
        for sql in &schema::MIGRATIONS[..3] {
            c.execute_batch(sql).unwrap();
        }
        c.pragma_update(None, "user_version", 3).unwrap();
        for d in &docs {
            c.execute(
                "INSERT INTO articles (doc_id, content_hash, text, document, ingested_at) VALUES (?1, ?2, ?3, ?4, 'then')",
                params![d.id, content_hash(d), d.text, serde_json::to_string(d).unwrap()],
            )
            .unwrap();
        }
    }
    let s = Store::open(&path).unwrap();
    let renamed = format!("a~{}", &content_hash(&docs[1])[..8]);
    assert_eq!(
        doc_ids(&s),
        [("a".into(), "a".into()), (renamed.clone(), renamed), ("b".into(), "b".into())]
    );
    drop(s);
    std::fs::remove_dir_all(&dir).ok();
}
