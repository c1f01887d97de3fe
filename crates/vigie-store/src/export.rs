//! Exports of merged events: CSV with ACLED's column names where they apply, JSON Lines, GeoJSON.

use crate::StoredEvent;
use serde_json::{json, Value};
use std::io::Write;

/// The CSV columns: ACLED's names first, then vigie's own.
pub const CSV_COLUMNS: &[&str] = &[
    "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "inter1", "actor2",
    "inter2", "country", "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities",
    "date_end", "plover", "cameo", "geonameid", "sources",
];

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

pub fn write_csv<W: Write>(out: W, events: &[StoredEvent]) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_COLUMNS)?;
    for e in events {
        let sources: Vec<String> =
            e.sources.iter().map(|s| s.url.clone().unwrap_or_else(|| s.doc_id.clone())).collect();
        let notes: Vec<&str> = e.sources.iter().map(|s| s.evidence.as_str()).collect();
        w.write_record([
            format!("{}VIG{}", e.country.clone().unwrap_or_default(), e.id),
            opt(&e.date_start),
            e.date_start.as_deref().and_then(|d| d.get(..4)).unwrap_or("").to_string(),
            opt(&e.event_type),
            e.sub_event_type.clone(),
            opt(&e.actor1),
            opt(&e.inter1),
            opt(&e.actor2),
            opt(&e.inter2),
            opt(&e.country),
            opt(&e.admin1),
            opt(&e.location),
            opt(&e.latitude),
            opt(&e.longitude),
            sources.join("; "),
            notes.join(" | "),
            e.fatalities.to_string(),
            opt(&e.date_end),
            opt(&e.plover),
            opt(&e.cameo),
            opt(&e.geonameid),
            e.sources.len().to_string(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

pub fn write_jsonl<W: Write>(mut out: W, events: &[StoredEvent]) -> std::io::Result<()> {
    for e in events {
        serde_json::to_writer(&mut out, e)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A FeatureCollection of the events that have coordinates (the others cannot be drawn).
pub fn geojson(events: &[StoredEvent]) -> Value {
    let features: Vec<Value> = events
        .iter()
        .filter_map(|e| {
            let (lat, lon) = (e.latitude?, e.longitude?);
            let mut properties = serde_json::to_value(e).ok()?;
            if let Some(p) = properties.as_object_mut() {
                p.remove("latitude");
                p.remove("longitude");
            }
            Some(json!({"type": "Feature", "id": e.id, "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}))
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features})
}
