//! The gold format of `shared/eval/FORMAT.md` (version 1): its types, and a validating reader.
//!
//! One JSON object per line. A layer key that is absent (`None`) means "this layer is not scored
//! for this document"; an empty list means "there is nothing of this kind here". Unknown keys are
//! ignored everywhere, so files may carry more than the format scores; the keys the format does
//! define are checked strictly, and every error names where in the line it is
//! (`events[2].actor1.inter: expected an integer from 1 to 8, found 9`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fmt;
use vigie_core::{Date, EntityLabel};

/// ACLED's 25 sub-event types, grouped by event type (Battles; Explosions/Remote violence;
/// Violence against civilians; Protests; Riots; Strategic developments), spelled as ACLED does.
pub const ACLED_SUB_EVENT_TYPES: [&str; 25] = [
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Sexual violence",
    "Attack",
    "Abduction/forced disappearance",
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
    "Mob violence",
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
];

/// Whether `name` is one of [`ACLED_SUB_EVENT_TYPES`] (exact spelling).
pub fn is_acled_sub_event_type(name: &str) -> bool {
    ACLED_SUB_EVENT_TYPES.contains(&name)
}

/// One line of a gold (or prediction) file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GoldDoc {
    pub id: String,
    /// The document's text. Empty only for a prediction line read without its text.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// As written in the file: `YYYY-MM-DD`, possibly followed by a time (`1998-04-24T21:49:00`,
    /// as TimeBank's creation times are). See [`GoldDoc::published_date`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<GoldEvent>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub places: Option<Vec<GoldPlace>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub times: Option<Vec<GoldTime>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<GoldEntity>>,
}

impl GoldDoc {
    /// The day of `published` (its time of day, if any, dropped).
    pub fn published_date(&self) -> Option<Date> {
        self.published
            .as_deref()
            .and_then(|p| parse_day(p.get(..10)?))
    }

    /// A prediction with the given id and all four layers present and empty.
    pub fn empty_prediction(id: impl Into<String>) -> Self {
        GoldDoc {
            id: id.into(),
            events: Some(Vec::new()),
            places: Some(Vec::new()),
            times: Some(Vec::new()),
            entities: Some(Vec::new()),
            ..Default::default()
        }
    }
}

/// Deserialising goes through the same validation as [`parse_gold_line`] (text required).
impl<'de> Deserialize<'de> for GoldDoc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        doc_from_value(&value, true).map_err(serde::de::Error::custom)
    }
}

/// One event. In gold, `type` may list several acceptable types; a prediction has one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub types: EventTypes,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor1: Option<GoldActor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor2: Option<GoldActor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<GoldLocation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<GoldDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fatalities: Option<u32>,
    /// A substring of the document's text that states the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// Byte offsets of the evidence in the text (predictions only; not part of the gold format).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence_end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plover: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

impl GoldEvent {
    /// An event of one type and nothing else.
    pub fn of_type(name: impl Into<String>) -> Self {
        GoldEvent {
            types: EventTypes::one(name),
            actor1: None,
            actor2: None,
            location: None,
            date: None,
            fatalities: None,
            evidence: None,
            evidence_start: None,
            evidence_end: None,
            plover: None,
            cameo: None,
            confidence: None,
        }
    }
}

/// The `type` of an event: one sub-event type, or (gold only) a list of acceptable ones.
/// Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventTypes(Vec<String>);

impl EventTypes {
    pub fn one(name: impl Into<String>) -> Self {
        EventTypes(vec![name.into()])
    }

    /// `None` when the list is empty.
    pub fn any_of(names: Vec<String>) -> Option<Self> {
        if names.is_empty() {
            None
        } else {
            Some(EventTypes(names))
        }
    }

    /// The first (for a prediction, the only) type.
    pub fn first(&self) -> &str {
        self.0.first().map(String::as_str).unwrap_or("")
    }

    pub fn contains(&self, name: &str) -> bool {
        self.0.iter().any(|t| t == name)
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }
}

impl Serialize for EventTypes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.len() == 1 {
            self.0[0].serialize(s)
        } else {
            self.0.serialize(s)
        }
    }
}

/// An event's actor. Every key is optional; only those present in gold are scored, and `names`
/// only when the gold actor has neither `inter` nor `country`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct GoldActor {
    /// ACLED's inter code, 1..=8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inter: Option<u8>,
    /// ISO 3166-1 alpha-2 of the actor's own state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
}

impl GoldActor {
    pub fn is_empty(&self) -> bool {
        self.inter.is_none() && self.country.is_none() && self.names.is_empty()
    }
}

/// An event's location: any of a GeoNames id, coordinates, a country (and a name, not scored).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GoldLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl GoldLocation {
    /// `(lat, lon)` when both are known.
    pub fn coords(&self) -> Option<(f64, f64)> {
        Some((self.lat?, self.lon?))
    }

    pub fn is_empty(&self) -> bool {
        self.geonameid.is_none()
            && self.lat.is_none()
            && self.lon.is_none()
            && self.country.is_none()
            && self.name.is_none()
    }
}

/// An event's date: a day, or a span of days when the text allows only that (`A/B`, A ≤ B).
/// A span whose two ends are the same day is read as that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoldDate {
    Day(Date),
    Span(Date, Date),
}

impl GoldDate {
    /// Parses `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<GoldDate> {
        match s.split_once('/') {
            None => parse_day(s).map(GoldDate::Day),
            Some((a, b)) => {
                let (a, b) = (parse_day(a)?, parse_day(b)?);
                if a > b {
                    None
                } else if a == b {
                    Some(GoldDate::Day(a))
                } else {
                    Some(GoldDate::Span(a, b))
                }
            }
        }
    }
}

impl fmt::Display for GoldDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GoldDate::Day(d) => write!(f, "{d}"),
            GoldDate::Span(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl Serialize for GoldDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A strict `YYYY-MM-DD` (four-digit year, two-digit month and day, a real calendar day).
pub fn parse_day(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<i32> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

/// A toponym mention.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GoldPlace {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl GoldPlace {
    pub fn coords(&self) -> Option<(f64, f64)> {
        Some((self.lat?, self.lon?))
    }
}

/// A temporal expression and its TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldTime {
    pub text: String,
    pub value: String,
}

/// A named-entity mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldEntity {
    pub text: String,
    pub label: EntityLabel,
}

/// Why one line is not a valid gold line. Its message does not name the line (the caller knows
/// it); [`GoldFileError`] adds it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GoldError {
    #[error("not valid JSON: {0}")]
    Json(String),
    /// A key has the wrong type or an impossible value. `path` says where
    /// (`events[2].date`, `places[0].lat`, or `line` for the line as a whole).
    #[error("{path}: {reason}")]
    Shape { path: String, reason: String },
    #[error("{path}: unknown ACLED sub-event type{} {}{hint}", if names.len() > 1 { "s" } else { "" }, quoted(names))]
    UnknownEventTypes {
        path: String,
        names: Vec<String>,
        hint: String,
    },
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A [`GoldError`] with the (1-based) line it occurred on, or a file-level problem.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GoldFileError {
    #[error("line {line}: {error}")]
    Line { line: usize, error: GoldError },
    #[error("line {line}: id {id:?} already used on line {first}")]
    DuplicateId {
        line: usize,
        first: usize,
        id: String,
    },
}

impl GoldFileError {
    pub fn line(&self) -> usize {
        match self {
            GoldFileError::Line { line, .. } | GoldFileError::DuplicateId { line, .. } => *line,
        }
    }
}

/// Reads one gold line. `text` is required; every evidence and mention text must be a substring
/// of it; event types must be ACLED sub-event types.
pub fn parse_gold_line(line: &str) -> Result<GoldDoc, GoldError> {
    parse_line(line, true)
}

/// Reads one prediction line (`vigie extract --format gold` output): like [`parse_gold_line`],
/// but `text` may be absent (substring checks are then skipped; the scorer uses the gold text).
pub fn parse_prediction_line(line: &str) -> Result<GoldDoc, GoldError> {
    parse_line(line, false)
}

/// Lazily reads every non-blank line of a gold file, numbering lines from 1.
pub fn gold_lines(text: &str) -> impl Iterator<Item = Result<GoldDoc, GoldFileError>> + '_ {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            parse_gold_line(l).map_err(|error| GoldFileError::Line { line: i + 1, error })
        })
}

/// Reads a whole gold file: every non-blank line must be valid and ids must be unique.
pub fn parse_gold_file(text: &str) -> Result<Vec<GoldDoc>, GoldFileError> {
    let mut docs = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let number = i + 1;
        let doc = parse_gold_line(line).map_err(|error| GoldFileError::Line {
            line: number,
            error,
        })?;
        if let Some(&first) = seen.get(&doc.id) {
            return Err(GoldFileError::DuplicateId {
                line: number,
                first,
                id: doc.id,
            });
        }
        seen.insert(doc.id.clone(), number);
        docs.push(doc);
    }
    Ok(docs)
}

// ---------------------------------------------------------------------------------------------
// The validating reader: JSON first, then a walk over the value with a path for every message.

type R<T> = Result<T, GoldError>;

fn shape(path: &str, reason: impl Into<String>) -> GoldError {
    GoldError::Shape {
        path: path.to_string(),
        reason: reason.into(),
    }
}

fn describe(v: &Value) -> String {
    let shown = |s: String| {
        if s.chars().count() > 40 {
            format!("{}…", s.chars().take(40).collect::<String>())
        } else {
            s
        }
    };
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("a boolean ({b})"),
        Value::Number(n) => format!("a number ({n})"),
        Value::String(s) => format!("a string ({})", shown(format!("{s:?}"))),
        Value::Array(a) => format!("a list of {}", a.len()),
        Value::Object(_) => "an object".into(),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A key's value, absent when missing or null.
fn field<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    m.get(key).filter(|v| !v.is_null())
}

fn as_object<'a>(v: &'a Value, path: &str) -> R<&'a Map<String, Value>> {
    v.as_object()
        .ok_or_else(|| shape(path, format!("expected an object, found {}", describe(v))))
}

fn opt_string(m: &Map<String, Value>, key: &str, path: &str) -> R<Option<String>> {
    match field(m, key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(v) => Err(shape(
            &join(path, key),
            format!("expected a string, found {}", describe(v)),
        )),
    }
}

fn req_string(m: &Map<String, Value>, key: &str, path: &str) -> R<String> {
    opt_string(m, key, path)?
        .ok_or_else(|| shape(&join(path, key), "missing (a string is required)"))
}

fn opt_uint(m: &Map<String, Value>, key: &str, path: &str) -> R<Option<u64>> {
    match field(m, key) {
        None => Ok(None),
        Some(v) => v.as_u64().map(Some).ok_or_else(|| {
            shape(
                &join(path, key),
                format!(
                    "expected a non-negative whole number, found {}",
                    describe(v)
                ),
            )
        }),
    }
}

fn opt_float(m: &Map<String, Value>, key: &str, path: &str) -> R<Option<f64>> {
    match field(m, key) {
        None => Ok(None),
        Some(v) => v
            .as_f64()
            .filter(|f| f.is_finite())
            .map(Some)
            .ok_or_else(|| {
                shape(
                    &join(path, key),
                    format!("expected a number, found {}", describe(v)),
                )
            }),
    }
}

/// Strings or numbers kept as text; anything else ignored (these keys are not scored).
fn loose_string(m: &Map<String, Value>, key: &str) -> Option<String> {
    match field(m, key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn country(m: &Map<String, Value>, path: &str) -> R<Option<String>> {
    let c = opt_string(m, "country", path)?;
    if let Some(code) = &c {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(shape(
                &join(path, "country"),
                format!(
                    "expected an ISO 3166-1 alpha-2 code (two capital letters), found {code:?}"
                ),
            ));
        }
    }
    Ok(c)
}

fn coords(m: &Map<String, Value>, path: &str) -> R<(Option<f64>, Option<f64>)> {
    let lat = opt_float(m, "lat", path)?;
    let lon = opt_float(m, "lon", path)?;
    match (lat, lon) {
        (Some(_), None) => return Err(shape(path, "`lat` without `lon`")),
        (None, Some(_)) => return Err(shape(path, "`lon` without `lat`")),
        _ => {}
    }
    if let Some(l) = lat.filter(|l| !(-90.0..=90.0).contains(l)) {
        return Err(shape(
            &join(path, "lat"),
            format!("latitude {l} is outside -90..90"),
        ));
    }
    if let Some(l) = lon.filter(|l| !(-180.0..=180.0).contains(l)) {
        return Err(shape(
            &join(path, "lon"),
            format!("longitude {l} is outside -180..180"),
        ));
    }
    Ok((lat, lon))
}

/// A layer: absent means not scored; `null` is refused because it could mean either.
fn layer<'a>(m: &'a Map<String, Value>, key: &str) -> R<Option<&'a Vec<Value>>> {
    match m.get(key) {
        None => Ok(None),
        Some(Value::Array(items)) => Ok(Some(items)),
        Some(Value::Null) => Err(shape(
            key,
            "is null: leave the key out for \"not scored\", or give [] for \"nothing here\"",
        )),
        Some(v) => Err(shape(
            key,
            format!("expected a list, found {}", describe(v)),
        )),
    }
}

fn parse_line(line: &str, require_text: bool) -> R<GoldDoc> {
    let value: Value = serde_json::from_str(line).map_err(|e| GoldError::Json(e.to_string()))?;
    doc_from_value(&value, require_text)
}

/// Validates a parsed JSON value as a gold line.
pub fn gold_doc_from_value(value: &Value) -> Result<GoldDoc, GoldError> {
    doc_from_value(value, true)
}

fn doc_from_value(value: &Value, require_text: bool) -> R<GoldDoc> {
    let m = value.as_object().ok_or_else(|| {
        shape(
            "line",
            format!("expected a JSON object, found {}", describe(value)),
        )
    })?;
    let id = match field(m, "id") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(v) => {
            return Err(shape(
                "id",
                format!("expected a non-empty string, found {}", describe(v)),
            ))
        }
        None => return Err(shape("id", "missing (a string is required)")),
    };
    let text = if require_text {
        req_string(m, "text", "")?
    } else {
        opt_string(m, "text", "")?.unwrap_or_default()
    };
    let lang = opt_string(m, "lang", "")?;
    if lang.as_deref() == Some("") {
        return Err(shape("lang", "empty"));
    }
    let published = opt_string(m, "published", "")?;
    if let Some(p) = &published {
        let day_ok = p.get(..10).and_then(parse_day).is_some();
        let rest_ok = p
            .get(10..)
            .is_some_and(|r| r.is_empty() || r.starts_with('T') || r.starts_with(' '));
        if !day_ok || !rest_ok {
            return Err(shape(
                "published",
                format!("expected YYYY-MM-DD (optionally followed by a time), found {p:?}"),
            ));
        }
    }
    let mut doc = GoldDoc {
        id,
        text,
        lang,
        published,
        ..Default::default()
    };
    if let Some(items) = layer(m, "events")? {
        let mut events = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            events.push(event(item, &format!("events[{i}]"), &doc.text)?);
        }
        doc.events = Some(events);
    }
    if let Some(items) = layer(m, "places")? {
        let mut places = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = format!("places[{i}]");
            let o = as_object(item, &path)?;
            let text = mention_text(o, &path, &doc.text)?;
            let (lat, lon) = coords(o, &path)?;
            places.push(GoldPlace {
                text,
                geonameid: opt_uint(o, "geonameid", &path)?,
                lat,
                lon,
                country: country(o, &path)?,
            });
        }
        doc.places = Some(places);
    }
    if let Some(items) = layer(m, "times")? {
        let mut times = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = format!("times[{i}]");
            let o = as_object(item, &path)?;
            let text = mention_text(o, &path, &doc.text)?;
            times.push(GoldTime {
                text,
                value: req_string(o, "value", &path)?,
            });
        }
        doc.times = Some(times);
    }
    if let Some(items) = layer(m, "entities")? {
        let mut entities = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = format!("entities[{i}]");
            let o = as_object(item, &path)?;
            let text = mention_text(o, &path, &doc.text)?;
            let label = req_string(o, "label", &path)?;
            let label = match label.as_str() {
                "PER" => EntityLabel::Person,
                "ORG" => EntityLabel::Organisation,
                "LOC" => EntityLabel::Location,
                "MISC" => EntityLabel::Misc,
                other => {
                    return Err(shape(
                        &join(&path, "label"),
                        format!("expected one of PER, ORG, LOC, MISC, found {other:?}"),
                    ))
                }
            };
            entities.push(GoldEntity { text, label });
        }
        doc.entities = Some(entities);
    }
    Ok(doc)
}

fn mention_text(o: &Map<String, Value>, path: &str, doc_text: &str) -> R<String> {
    let text = req_string(o, "text", path)?;
    if text.is_empty() {
        return Err(shape(&join(path, "text"), "empty"));
    }
    if !doc_text.is_empty() && !doc_text.contains(text.as_str()) {
        return Err(shape(
            &join(path, "text"),
            format!("{text:?} does not occur in the document's text"),
        ));
    }
    Ok(text)
}

fn event_types(v: &Value, path: &str) -> R<EventTypes> {
    let names: Vec<String> = match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(items) if !items.is_empty() => {
            let mut names = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::String(s) => names.push(s.clone()),
                    other => {
                        return Err(shape(
                            &format!("{path}[{i}]"),
                            format!("expected a string, found {}", describe(other)),
                        ))
                    }
                }
            }
            names
        }
        other => {
            return Err(shape(
                path,
                format!(
                    "expected a sub-event type or a non-empty list of them, found {}",
                    describe(other)
                ),
            ))
        }
    };
    let unknown: Vec<String> = names
        .iter()
        .filter(|n| !is_acled_sub_event_type(n))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        let fold = |s: &str| s.to_lowercase().replace(char::is_whitespace, "");
        let hints: Vec<&str> = unknown
            .iter()
            .filter_map(|u| {
                ACLED_SUB_EVENT_TYPES
                    .iter()
                    .find(|t| fold(t) == fold(u))
                    .copied()
            })
            .collect();
        let hint = if hints.is_empty() {
            String::new()
        } else {
            format!(
                " (did you mean {}?)",
                hints
                    .iter()
                    .map(|h| format!("{h:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        return Err(GoldError::UnknownEventTypes {
            path: path.to_string(),
            names: unknown,
            hint,
        });
    }
    Ok(EventTypes(names))
}

fn actor(v: &Value, path: &str) -> R<GoldActor> {
    let o = as_object(v, path)?;
    let inter = match opt_uint(o, "inter", path) {
        Ok(None) => None,
        Ok(Some(n)) if (1..=8).contains(&n) => Some(n as u8),
        _ => {
            let found = field(o, "inter").map(describe).unwrap_or_default();
            return Err(shape(
                &join(path, "inter"),
                format!("expected an ACLED inter code from 1 to 8, found {found}"),
            ));
        }
    };
    let names = match field(o, "names") {
        None => Vec::new(),
        Some(Value::Array(items)) => {
            let mut names = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::String(s) => names.push(s.clone()),
                    other => {
                        return Err(shape(
                            &format!("{path}.names[{i}]"),
                            format!("expected a string, found {}", describe(other)),
                        ))
                    }
                }
            }
            names
        }
        Some(other) => {
            return Err(shape(
                &join(path, "names"),
                format!("expected a list of strings, found {}", describe(other)),
            ))
        }
    };
    Ok(GoldActor {
        inter,
        country: country(o, path)?,
        names,
    })
}

fn event(v: &Value, path: &str, doc_text: &str) -> R<GoldEvent> {
    let o = as_object(v, path)?;
    let type_path = join(path, "type");
    let types = match field(o, "type") {
        Some(t) => event_types(t, &type_path)?,
        None => return Err(shape(&type_path, "missing (a sub-event type is required)")),
    };
    let actor1 = field(o, "actor1")
        .map(|a| actor(a, &join(path, "actor1")))
        .transpose()?;
    let actor2 = field(o, "actor2")
        .map(|a| actor(a, &join(path, "actor2")))
        .transpose()?;
    let location = match field(o, "location") {
        None => None,
        Some(l) => {
            let lp = join(path, "location");
            let lo = as_object(l, &lp)?;
            let (lat, lon) = coords(lo, &lp)?;
            Some(GoldLocation {
                geonameid: opt_uint(lo, "geonameid", &lp)?,
                lat,
                lon,
                country: country(lo, &lp)?,
                name: opt_string(lo, "name", &lp)?,
            })
        }
    };
    let date = match opt_string(o, "date", path)? {
        None => None,
        Some(s) => Some(GoldDate::parse(&s).ok_or_else(|| {
            shape(
                &join(path, "date"),
                format!(
                    "expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD (first ≤ second), found {s:?}"
                ),
            )
        })?),
    };
    let fatalities = match opt_uint(o, "fatalities", path)? {
        None => None,
        Some(n) => Some(
            u32::try_from(n)
                .map_err(|_| shape(&join(path, "fatalities"), format!("{n} is too large")))?,
        ),
    };
    let evidence = opt_string(o, "evidence", path)?;
    let evidence_start = opt_uint(o, "evidence_start", path)?.map(|n| n as usize);
    let evidence_end = opt_uint(o, "evidence_end", path)?.map(|n| n as usize);
    if evidence_start.is_some() != evidence_end.is_some() {
        return Err(shape(
            path,
            "`evidence_start` and `evidence_end` go together",
        ));
    }
    if !doc_text.is_empty() {
        if let Some(ev) = &evidence {
            if !doc_text.contains(ev.as_str()) {
                return Err(shape(
                    &join(path, "evidence"),
                    format!("{ev:?} does not occur in the document's text"),
                ));
            }
        }
        if let (Some(s), Some(e)) = (evidence_start, evidence_end) {
            match doc_text.get(s..e) {
                None => {
                    return Err(shape(
                        path,
                        format!("evidence offsets {s}..{e} do not slice the document's text"),
                    ))
                }
                Some(slice) if evidence.as_deref().is_some_and(|ev| ev != slice) => {
                    return Err(shape(
                        path,
                        format!("evidence offsets {s}..{e} cover {slice:?}, not the evidence"),
                    ))
                }
                _ => {}
            }
        }
    }
    Ok(GoldEvent {
        types,
        actor1,
        actor2,
        location,
        date,
        fatalities,
        evidence,
        evidence_start,
        evidence_end,
        plover: loose_string(o, "plover"),
        cameo: loose_string(o, "cameo"),
        confidence: field(o, "confidence")
            .and_then(Value::as_f64)
            .filter(|c| c.is_finite()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Les forces du régime ont repris Boukamal samedi, selon l'OSDH.";

    fn line(extra: &str) -> String {
        format!(r#"{{"id": "d1", "text": {TEXT:?}{extra}}}"#)
    }

    #[test]
    fn a_full_line_is_read_with_every_layer() {
        let l = line(
            r#", "lang": "fr", "published": "2017-11-13", "source": "ignored",
            "events": [{"type": "Government regains territory", "actor1": {"inter": 1, "country": "SY", "names": ["régime"]},
                        "location": {"geonameid": 174448, "lat": 34.45, "lon": 40.92, "country": "SY", "name": "Boukamal"},
                        "date": "2017-11-11", "fatalities": 0, "evidence": "ont repris Boukamal", "whatever": 1}],
            "places": [{"text": "Boukamal", "geonameid": 174448, "lat": 34.45, "lon": 40.92, "country": "SY"}],
            "times": [{"text": "samedi", "value": "2017-11-11"}],
            "entities": [{"text": "OSDH", "label": "ORG"}]"#,
        );
        let d = parse_gold_line(&l).unwrap();
        assert_eq!(d.id, "d1");
        assert_eq!(d.lang.as_deref(), Some("fr"));
        assert_eq!(d.published_date(), Some(Date::constant(2017, 11, 13)));
        let e = &d.events.as_ref().unwrap()[0];
        assert_eq!(e.types.first(), "Government regains territory");
        assert_eq!(e.actor1.as_ref().unwrap().inter, Some(1));
        assert_eq!(e.location.as_ref().unwrap().coords(), Some((34.45, 40.92)));
        assert_eq!(e.date, Some(GoldDate::Day(Date::constant(2017, 11, 11))));
        assert_eq!(d.places.as_ref().unwrap()[0].geonameid, Some(174448));
        assert_eq!(d.times.as_ref().unwrap()[0].value, "2017-11-11");
        assert_eq!(
            d.entities.as_ref().unwrap()[0].label,
            EntityLabel::Organisation
        );
    }

    #[test]
    fn a_missing_layer_is_none_and_an_empty_one_is_some_empty() {
        let d = parse_gold_line(&line(r#", "places": []"#)).unwrap();
        assert!(d.events.is_none());
        assert_eq!(d.places, Some(vec![]));
    }

    #[test]
    fn a_null_layer_is_refused() {
        let err = parse_gold_line(&line(r#", "events": null"#)).unwrap_err();
        assert!(
            matches!(&err, GoldError::Shape { path, .. } if path == "events"),
            "{err}"
        );
    }

    #[test]
    fn type_may_be_a_list_and_unknown_types_are_named() {
        let d = parse_gold_line(&line(
            r#", "events": [{"type": ["Shelling/artillery/missile attack", "Air/drone strike"]}]"#,
        ))
        .unwrap();
        let t = &d.events.unwrap()[0].types;
        assert_eq!(t.first(), "Shelling/artillery/missile attack");
        assert!(t.contains("Air/drone strike"));

        let err = parse_gold_line(&line(
            r#", "events": [{"type": "Armed clash"}, {"type": ["Air strike", "armed clash"]}]"#,
        ))
        .unwrap_err();
        match &err {
            GoldError::UnknownEventTypes { path, names, .. } => {
                assert_eq!(path, "events[1].type");
                assert_eq!(
                    names,
                    &["Air strike".to_string(), "armed clash".to_string()]
                );
            }
            other => panic!("{other}"),
        }
        let msg = err.to_string();
        assert!(
            msg.contains("\"Air strike\"") && msg.contains("did you mean \"Armed clash\""),
            "{msg}"
        );
        assert!(parse_gold_line(&line(r#", "events": [{"type": []}]"#)).is_err());
        assert!(parse_gold_line(&line(r#", "events": [{"actor1": {}}]"#)).is_err());
    }

    #[test]
    fn wrong_types_are_errors_naming_where() {
        let cases = [
            (
                r#", "events": [{"type": "Attack", "actor1": {"inter": 9}}]"#,
                "events[0].actor1.inter",
            ),
            (
                r#", "events": [{"type": "Attack", "actor2": {"country": "Syria"}}]"#,
                "events[0].actor2.country",
            ),
            (
                r#", "events": [{"type": "Attack", "fatalities": -1}]"#,
                "events[0].fatalities",
            ),
            (
                r#", "events": [{"type": "Attack", "fatalities": "3"}]"#,
                "events[0].fatalities",
            ),
            (
                r#", "events": [{"type": "Attack", "date": "2017-11-12/2017-11-11"}]"#,
                "events[0].date",
            ),
            (
                r#", "events": [{"type": "Attack", "date": "2017-02-30"}]"#,
                "events[0].date",
            ),
            (
                r#", "events": [{"type": "Attack", "evidence": "absent words"}]"#,
                "events[0].evidence",
            ),
            (
                r#", "events": [{"type": "Attack", "location": {"lat": 3.0}}]"#,
                "events[0].location",
            ),
            (
                r#", "places": [{"text": "Boukamal", "lat": 95.0, "lon": 1.0}]"#,
                "places[0].lat",
            ),
            (r#", "places": [{"text": "Paris"}]"#, "places[0].text"),
            (r#", "times": [{"text": "samedi"}]"#, "times[0].value"),
            (
                r#", "entities": [{"text": "OSDH", "label": "GPE"}]"#,
                "entities[0].label",
            ),
            (r#", "entities": {"text": "OSDH"}"#, "entities"),
            (r#", "published": "13/11/2017""#, "published"),
        ];
        for (extra, want) in cases {
            match parse_gold_line(&line(extra)) {
                Err(GoldError::Shape { path, .. }) => assert_eq!(path, want, "{extra}"),
                other => panic!("{extra}: {other:?}"),
            }
        }
        assert!(matches!(
            parse_gold_line("{\"id\": "),
            Err(GoldError::Json(_))
        ));
        assert!(matches!(
            parse_gold_line("[1]"),
            Err(GoldError::Shape { .. })
        ));
        assert!(
            matches!(parse_gold_line(r#"{"text": "x"}"#), Err(GoldError::Shape { path, .. }) if path == "id")
        );
        assert!(
            matches!(parse_gold_line(r#"{"id": "x"}"#), Err(GoldError::Shape { path, .. }) if path == "text")
        );
    }

    #[test]
    fn published_may_carry_a_time() {
        let d = parse_gold_line(&line(r#", "published": "1998-04-24T21:49:00""#)).unwrap();
        assert_eq!(d.published_date(), Some(Date::constant(1998, 4, 24)));
    }

    #[test]
    fn date_spans_parse_and_print_back() {
        let span = GoldDate::parse("2017-11-11/2017-11-12").unwrap();
        assert_eq!(span.to_string(), "2017-11-11/2017-11-12");
        assert_eq!(
            GoldDate::parse("2017-11-11/2017-11-11"),
            GoldDate::parse("2017-11-11")
        );
        assert_eq!(GoldDate::parse("2017-1-11"), None);
        assert_eq!(GoldDate::parse("x"), None);
    }

    #[test]
    fn prediction_lines_may_lack_text_but_offsets_are_checked() {
        let p = parse_prediction_line(r#"{"id": "d1", "events": [{"type": "Attack", "evidence": "x", "evidence_start": 3, "evidence_end": 4}]}"#).unwrap();
        assert_eq!(p.text, "");
        assert!(parse_gold_line(&line(r#", "events": [{"type": "Attack", "evidence": "ont repris", "evidence_start": 0, "evidence_end": 3}]"#)).is_err());
        assert!(parse_gold_line(&line(r#", "events": [{"type": "Attack", "evidence": "Les", "evidence_start": 0, "evidence_end": 3}]"#)).is_ok());
    }

    #[test]
    fn a_file_reports_line_numbers_and_duplicate_ids() {
        let good = line("");
        let file = format!("{good}\n\n{{\"id\": \"d2\", \"text\": 3}}\n");
        let err = parse_gold_file(&file).unwrap_err();
        assert_eq!(err.line(), 3);
        assert!(
            err.to_string()
                .starts_with("line 3: text: expected a string"),
            "{err}"
        );
        let err = parse_gold_file(&format!("{good}\n{good}\n")).unwrap_err();
        assert_eq!(
            err,
            GoldFileError::DuplicateId {
                line: 2,
                first: 1,
                id: "d1".into()
            }
        );
        assert_eq!(gold_lines(&format!("{good}\n\n{good}")).count(), 2);
    }

    #[test]
    fn the_25_types_are_distinct() {
        let mut t = ACLED_SUB_EVENT_TYPES.to_vec();
        t.sort();
        t.dedup();
        assert_eq!(t.len(), 25);
    }

    #[test]
    fn gold_serialises_back_to_an_equal_line() {
        let l = line(
            r#", "events": [{"type": ["Shelling/artillery/missile attack", "Air/drone strike"], "actor2": {"inter": 7},
            "date": "2017-11-11/2017-11-12", "evidence": "samedi"}], "times": []"#,
        );
        let d = parse_gold_line(&l).unwrap();
        let again = parse_gold_line(&serde_json::to_string(&d).unwrap()).unwrap();
        assert_eq!(d, again);
    }
}
