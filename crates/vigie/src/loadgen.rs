//! `vigie loadtest URL`: a load generator for the HTTP API of `vigie serve`.
//!
//! It asks the server itself for a sample of its events (two pages of `/events`), draws a fixed
//! list of typical queries from them with a seeded generator (events by type, by country, in a
//! bounding box around a real place, in a month, by a word of the articles, one event by id, the
//! timeline by month), and sends them from `concurrency` threads, each with its own keep-alive
//! connection (the feed follower's HTTP client). Each request's time is measured from sending to
//! the last byte of the answer; the report gives requests per second, p50, p95 and p99 latency
//! and errors, overall and per kind of query. A request that fails or answers other than 2xx is
//! an error, and its time is not in the percentiles.

use anyhow::{bail, Context};
use serde_json::{json, Value};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use vigie_ingest::fetch::{Fetched, Fetcher, Validators};

/// The kinds of query, in the order of the report.
pub const KINDS: &[&str] = &["type", "country", "bbox", "dates", "text", "event", "timeline"];

#[derive(Debug, Clone)]
pub struct Request {
    pub kind: &'static str,
    pub path: String,
}

pub struct LoadOptions {
    pub concurrency: usize,
    pub requests: usize,
    /// Requests sent first and not measured (caches, connections).
    pub warmup: usize,
    pub seed: u64,
}

/// A small deterministic generator (SplitMix64): the same seed gives the same queries.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[(self.next() % items.len() as u64) as usize])
    }
}

fn get(fetcher: &Fetcher, url: &str) -> anyhow::Result<Vec<u8>> {
    match fetcher.get(url, &Validators::default())? {
        Fetched::Body { bytes, .. } => Ok(bytes),
        Fetched::NotModified => bail!("{url}: 304 to an unconditional GET"),
    }
}

/// Percent-encodes a query value.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// What the sample of events offers to build queries from.
#[derive(Default)]
struct Sample {
    ids: Vec<i64>,
    types: Vec<String>,
    countries: Vec<String>,
    points: Vec<(f64, f64)>,
    days: Vec<String>,
    words: Vec<String>,
}

fn sample(fetcher: &Fetcher, base: &str) -> anyhow::Result<Sample> {
    let first: Value = serde_json::from_slice(&get(fetcher, &format!("{base}/events?limit=1000"))?)
        .context("the answer of /events is not JSON")?;
    let total = first["total"].as_i64().unwrap_or(0);
    let mut pages = vec![first];
    if total > 2000 {
        let middle = format!("{base}/events?limit=1000&offset={}", total / 2);
        pages.push(serde_json::from_slice(&get(fetcher, &middle)?).context("the answer of /events is not JSON")?);
    }
    let mut s = Sample::default();
    for e in pages.iter().flat_map(|p| p["events"].as_array().into_iter().flatten()) {
        let text = |k: &str| e[k].as_str().filter(|v| !v.is_empty()).map(str::to_string);
        if let Some(id) = e["id"].as_i64() {
            s.ids.push(id);
        }
        s.types.extend(text("event_type"));
        s.types.extend(text("sub_event_type"));
        s.countries.extend(text("country"));
        if let (Some(lat), Some(lon)) = (e["latitude"].as_f64(), e["longitude"].as_f64()) {
            s.points.push((lat, lon));
        }
        s.days.extend(text("date_start"));
        // Words of place names: words the articles that tell the event contain.
        if let Some(location) = text("location") {
            s.words.extend(location.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).map(str::to_string));
        }
    }
    for list in [&mut s.types, &mut s.countries, &mut s.days, &mut s.words] {
        list.sort();
        list.dedup();
    }
    if s.ids.is_empty() {
        bail!("{base}/events holds no event: load the store first");
    }
    Ok(s)
}

/// `n` requests drawn from the sample, cycling through the kinds of query.
fn plan(s: &Sample, n: usize, seed: u64) -> Vec<Request> {
    let mut rng = Rng(seed);
    let mut out = Vec::with_capacity(n);
    let mut i = 0usize;
    while out.len() < n {
        let kind = KINDS[i % KINDS.len()];
        i += 1;
        let path = match kind {
            "type" => rng.pick(&s.types).map(|t| format!("/events?type={}&limit=100", encode(t))),
            "country" => rng.pick(&s.countries).map(|c| format!("/events?country={}&limit=100", encode(c))),
            "bbox" => rng.pick(&s.points).map(|&(lat, lon)| {
                format!("/events?bbox={:.4},{:.4},{:.4},{:.4}&limit=100", lon - 1.0, lat - 1.0, lon + 1.0, lat + 1.0)
            }),
            "dates" => rng.pick(&s.days).and_then(|d| {
                let from: jiff::civil::Date = d.parse().ok()?;
                let to = from.checked_add(jiff::Span::new().days(30)).ok()?;
                Some(format!("/events?from={from}&to={to}&limit=100"))
            }),
            "text" => rng.pick(&s.words).map(|w| format!("/events?text={}&limit=100", encode(w))),
            "event" => rng.pick(&s.ids).map(|id| format!("/events/{id}")),
            _ => Some("/timeline?bucket=month".to_string()),
        };
        if let Some(path) = path {
            out.push(Request { kind, path });
        }
    }
    out
}

/// One answered request: its kind, whether it succeeded, how long it took.
struct Outcome {
    kind: &'static str,
    ok: bool,
    latency: Duration,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    // Nearest rank.
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

fn summary(outcomes: &[&Outcome], seconds: f64) -> Value {
    let mut ms: Vec<f64> = outcomes.iter().filter(|o| o.ok).map(|o| o.latency.as_secs_f64() * 1e3).collect();
    ms.sort_by(f64::total_cmp);
    let errors = outcomes.iter().filter(|o| !o.ok).count();
    json!({
        "requests": outcomes.len(),
        "errors": errors,
        "requests_per_s": outcomes.len() as f64 / seconds.max(1e-9),
        "p50_ms": percentile(&ms, 50.0),
        "p95_ms": percentile(&ms, 95.0),
        "p99_ms": percentile(&ms, 99.0),
        "max_ms": ms.last().copied().unwrap_or(f64::NAN),
    })
}

/// Runs the load against `base` (`http://host:port`) and returns the report as JSON.
pub fn run_load(base: &str, options: &LoadOptions) -> anyhow::Result<Value> {
    let base = base.trim_end_matches('/').to_string();
    let timeout = Duration::from_secs(60);
    let max_bytes = 64 * 1024 * 1024;
    let s = sample(&Fetcher::new(timeout, max_bytes), &base).with_context(|| format!("sampling the events of {base}"))?;
    let concurrency = options.concurrency.max(1);
    let warmup = plan(&s, options.warmup, options.seed ^ 0x5EED);
    let requests = plan(&s, options.requests, options.seed);
    let fetchers: Vec<Fetcher> = (0..concurrency).map(|_| Fetcher::new(timeout, max_bytes)).collect();
    let send = |fetcher: &Fetcher, r: &Request| {
        let started = Instant::now();
        let ok = get(fetcher, &format!("{base}{}", r.path)).is_ok();
        Outcome { kind: r.kind, ok, latency: started.elapsed() }
    };
    for (i, r) in warmup.iter().enumerate() {
        send(&fetchers[i % concurrency], r);
    }
    let started = Instant::now();
    let outcomes: Vec<Outcome> = std::thread::scope(|scope| {
        let handles: Vec<_> = fetchers
            .iter()
            .enumerate()
            .map(|(t, fetcher)| {
                let mine: Vec<&Request> = requests.iter().skip(t).step_by(concurrency).collect();
                let send = &send;
                scope.spawn(move || mine.into_iter().map(|r| send(fetcher, r)).collect::<Vec<_>>())
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    });
    let seconds = started.elapsed().as_secs_f64();
    let all: Vec<&Outcome> = outcomes.iter().collect();
    let mut per_kind = serde_json::Map::new();
    for kind in KINDS {
        let these: Vec<&Outcome> = outcomes.iter().filter(|o| o.kind == *kind).collect();
        if !these.is_empty() {
            let mut s = summary(&these, seconds);
            if let Some(o) = s.as_object_mut() {
                o.remove("requests_per_s");
            }
            per_kind.insert(kind.to_string(), s);
        }
    }
    let examples: serde_json::Map<String, Value> = KINDS
        .iter()
        .filter_map(|k| requests.iter().find(|r| r.kind == *k).map(|r| (k.to_string(), json!(r.path))))
        .collect();
    Ok(json!({
        "url": base,
        "concurrency": concurrency,
        "warmup": options.warmup,
        "seed": options.seed,
        "seconds": seconds,
        "overall": summary(&all, seconds),
        "per_kind": per_kind,
        "example_paths": examples,
    }))
}

pub fn print_report(r: &Value) {
    println!(
        "{} requests from {} thread(s) in {:.1} s ({} warm-up requests not counted)",
        r["overall"]["requests"], r["concurrency"], r["seconds"].as_f64().unwrap_or(0.0), r["warmup"]
    );
    println!("{:<10} {:>9} {:>8} {:>10} {:>10} {:>10} {:>10}", "query", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms");
    // Requests per second are the whole run's; a kind's share of them is not its own rate.
    let row = |name: &str, v: &Value, rate: bool| {
        let f = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
        let per_s = if rate { format!("{:.1}", f("requests_per_s")) } else { "-".into() };
        println!(
            "{:<10} {:>9} {:>8} {:>10} {:>10.2} {:>10.2} {:>10.2}",
            name, v["requests"], v["errors"], per_s, f("p50_ms"), f("p95_ms"), f("p99_ms")
        );
    };
    for (kind, v) in r["per_kind"].as_object().into_iter().flatten() {
        row(kind, v, false);
    }
    row("all", &r["overall"], true);
}

/// `vigie loadtest`.
pub fn loadtest(url: &str, options: &LoadOptions, as_json: bool) -> anyhow::Result<ExitCode> {
    let report = run_load(url, options)?;
    if as_json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_report(&report);
    }
    Ok(if report["overall"]["errors"].as_u64() == Some(0) { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!((percentile(&v, 50.0), percentile(&v, 95.0), percentile(&v, 99.0)), (50.0, 95.0, 99.0));
        assert_eq!(percentile(&[7.0], 99.0), 7.0);
        assert!(percentile(&[], 50.0).is_nan());
    }

    #[test]
    fn the_plan_cycles_through_the_kinds_and_is_the_same_for_the_same_seed() {
        let s = Sample {
            ids: vec![1, 2, 3],
            types: vec!["Battles".into(), "Air/drone strike".into()],
            countries: vec!["SY".into()],
            points: vec![(34.45, 40.92)],
            days: vec!["2020-01-31".into()],
            words: vec!["Kamal".into()],
        };
        let a = plan(&s, 14, 7);
        let kinds: Vec<&str> = a.iter().map(|r| r.kind).collect();
        assert_eq!(&kinds[..7], KINDS);
        assert_eq!(a.iter().map(|r| &r.path).collect::<Vec<_>>(), plan(&s, 14, 7).iter().map(|r| &r.path).collect::<Vec<_>>());
        assert!(a.iter().any(|r| r.path == "/events?from=2020-01-31&to=2020-03-01&limit=100"), "{a:?}");
        assert!(a.iter().any(|r| r.path.starts_with("/events?type=Air%2Fdrone%20strike") || r.path.starts_with("/events?type=Battles")));
    }
}
