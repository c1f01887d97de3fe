//! Query parameters of `/events` and `/timeline`, checked one by one so that a malformed one is
//! answered 400 with a message naming it. Values are only ever bound into SQL, never spliced.

use crate::error::{quote, ApiError};
use serde::Deserialize;
use utoipa::IntoParams;
use vigie_store::{Bucket, EventFilter};

pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 1000;
/// The longest value a text parameter may have, in bytes.
const MAX_VALUE_LEN: usize = 1000;

/// The filters `/events` and `/timeline` share (documentation of the parameters; parsing is done
/// by [`parse`], which gives precise messages).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct FilterParams {
    /// An ACLED sub-event type ("Air/drone strike") or event type ("Battles"), any case.
    #[param(rename = "type")]
    pub r#type: Option<String>,
    /// ISO 3166-1 alpha-2 code of the event's place ("SY").
    pub country: Option<String>,
    /// First-level subdivision code of the event's place.
    pub admin1: Option<String>,
    /// Part of actor1's or actor2's name, any case.
    pub actor: Option<String>,
    /// Events on or after this day (`YYYY-MM-DD`).
    #[param(format = Date)]
    pub from: Option<String>,
    /// Events on or before this day (`YYYY-MM-DD`).
    #[param(format = Date)]
    pub to: Option<String>,
    /// `min_lon,min_lat,max_lon,max_lat` in degrees (WGS 84).
    #[param(example = "40.0,34.0,41.5,35.0")]
    pub bbox: Option<String>,
    /// Words the articles must contain (full-text search, accents folded).
    pub text: Option<String>,
}

/// Paging of `/events`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct PageParams {
    /// How many events to answer: 0 to 1000, 100 by default.
    #[param(minimum = 0, maximum = 1000, default = 100)]
    pub limit: Option<usize>,
    /// How many matching events to skip, 0 by default.
    #[param(minimum = 0, default = 0)]
    pub offset: Option<usize>,
}

/// The bucket of `/timeline`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct BucketParams {
    /// `day` (default), `week` (ISO weeks, named by their Monday) or `month`.
    #[param(default = "day")]
    pub bucket: Option<String>,
}

const FILTER_NAMES: &[&str] = &["type", "country", "admin1", "actor", "from", "to", "bbox", "text"];

/// Which parameters a route accepts besides the filters.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Events,
    Timeline,
}

pub struct Parsed {
    pub filter: EventFilter,
    pub bucket: Bucket,
}

/// Parses a route's query parameters. Unknown and repeated parameters are refused; an empty value
/// is the same as an absent one.
pub fn parse(pairs: &[(String, String)], route: Route) -> Result<Parsed, ApiError> {
    let extra: &[&str] = match route {
        Route::Events => &["limit", "offset"],
        Route::Timeline => &["bucket"],
    };
    let mut seen: Vec<&str> = Vec::new();
    for (name, _) in pairs {
        if !FILTER_NAMES.contains(&name.as_str()) && !extra.contains(&name.as_str()) {
            let known: Vec<&str> = FILTER_NAMES.iter().chain(extra).copied().collect();
            return Err(ApiError::bad_request(format!(
                "unknown parameter {}: this route takes {}",
                quote(name),
                known.join(", ")
            )));
        }
        if seen.contains(&name.as_str()) {
            return Err(ApiError::bad_request(format!("parameter {} is given more than once", quote(name))));
        }
        seen.push(name);
    }
    let get = |name: &str| -> Result<Option<&str>, ApiError> {
        match pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v.trim()) {
            Some(v) if v.len() > MAX_VALUE_LEN => {
                Err(ApiError::bad_request(format!("parameter '{name}' is too long (at most {MAX_VALUE_LEN} bytes)")))
            }
            Some(v) if v.chars().any(char::is_control) => {
                Err(ApiError::bad_request(format!("parameter '{name}' contains control characters")))
            }
            Some("") | None => Ok(None),
            Some(v) => Ok(Some(v)),
        }
    };
    let text = |name: &str| get(name).map(|v| v.map(str::to_string));
    let date = |name: &str| -> Result<Option<jiff::civil::Date>, ApiError> {
        get(name)?
            .map(|v| {
                let valid = v.len() == 10 && v.as_bytes().get(4) == Some(&b'-') && v.as_bytes().get(7) == Some(&b'-');
                v.parse::<jiff::civil::Date>().ok().filter(|_| valid).ok_or_else(|| {
                    ApiError::bad_request(format!("parameter '{name}': expected a date YYYY-MM-DD, got {}", quote(v)))
                })
            })
            .transpose()
    };
    let from = date("from")?;
    let to = date("to")?;
    if let (Some(a), Some(b)) = (from, to) {
        if a > b {
            return Err(ApiError::bad_request(format!("parameter 'from' ({a}) is after parameter 'to' ({b})")));
        }
    }
    let bbox = get("bbox")?.map(parse_bbox).transpose()?;
    let (limit, offset) = match route {
        Route::Events => {
            let limit = match get("limit")? {
                None => DEFAULT_LIMIT,
                Some(v) => v.parse::<usize>().ok().filter(|&l| l <= MAX_LIMIT).ok_or_else(|| {
                    ApiError::bad_request(format!(
                        "parameter 'limit': expected a whole number from 0 to {MAX_LIMIT}, got {}",
                        quote(v)
                    ))
                })?,
            };
            let offset = match get("offset")? {
                None => 0,
                Some(v) => v.parse::<u64>().ok().filter(|&o| o <= i64::MAX as u64).and_then(|o| usize::try_from(o).ok()).ok_or_else(
                    || ApiError::bad_request(format!("parameter 'offset': expected a whole number 0 or more, got {}", quote(v))),
                )?,
            };
            (Some(limit), offset)
        }
        Route::Timeline => (None, 0),
    };
    let bucket = match get("bucket")? {
        None | Some("day") => Bucket::Day,
        Some("week") => Bucket::Week,
        Some("month") => Bucket::Month,
        Some(v) => {
            return Err(ApiError::bad_request(format!("parameter 'bucket': expected day, week or month, got {}", quote(v))))
        }
    };
    let filter = EventFilter {
        event_type: text("type")?,
        country: text("country")?,
        admin1: text("admin1")?,
        actor: text("actor")?,
        date_from: from.map(|d| d.to_string()),
        date_to: to.map(|d| d.to_string()),
        bbox,
        text: text("text")?,
        limit,
        offset,
    };
    Ok(Parsed { filter, bucket })
}

fn parse_bbox(v: &str) -> Result<[f64; 4], ApiError> {
    let bad = |why: &str| {
        ApiError::bad_request(format!("parameter 'bbox': expected min_lon,min_lat,max_lon,max_lat ({why}), got {}", quote(v)))
    };
    let parts: Vec<&str> = v.split(',').map(str::trim).collect();
    if parts.len() != 4 {
        return Err(bad(&format!("four numbers, not {}", parts.len())));
    }
    let mut b = [0.0; 4];
    for (slot, part) in b.iter_mut().zip(&parts) {
        *slot = part.parse::<f64>().ok().filter(|x| x.is_finite()).ok_or_else(|| bad(&format!("{} is not a number", quote(part))))?;
    }
    let [min_lon, min_lat, max_lon, max_lat] = b;
    if !(-180.0..=180.0).contains(&min_lon) || !(-180.0..=180.0).contains(&max_lon) {
        return Err(bad("longitudes lie between -180 and 180"));
    }
    if !(-90.0..=90.0).contains(&min_lat) || !(-90.0..=90.0).contains(&max_lat) {
        return Err(bad("latitudes lie between -90 and 90"));
    }
    if min_lon > max_lon || min_lat > max_lat {
        return Err(bad("each minimum must not exceed its maximum"));
    }
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &[(&str, &str)]) -> Vec<(String, String)> {
        s.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn good_parameters_become_a_filter() {
        let p = parse(
            &q(&[("type", "Battles"), ("from", "2020-01-01"), ("to", "2020-02-01"), ("bbox", "40, 34,41.5,35"), ("limit", "5"), ("offset", "10"), ("actor", "")]),
            Route::Events,
        )
        .unwrap();
        assert_eq!(p.filter.event_type.as_deref(), Some("Battles"));
        assert_eq!(p.filter.date_from.as_deref(), Some("2020-01-01"));
        assert_eq!(p.filter.bbox, Some([40.0, 34.0, 41.5, 35.0]));
        assert_eq!((p.filter.limit, p.filter.offset), (Some(5), 10));
        assert_eq!(p.filter.actor, None, "an empty value is no filter");
        assert_eq!(parse(&[], Route::Events).unwrap().filter.limit, Some(DEFAULT_LIMIT));
        assert_eq!(parse(&q(&[("bucket", "week")]), Route::Timeline).unwrap().bucket, Bucket::Week);
    }

    #[test]
    fn bad_parameters_are_named_in_the_message() {
        for (pairs, route, name) in [
            (q(&[("from", "2020-13-01")]), Route::Events, "from"),
            (q(&[("to", "yesterday")]), Route::Events, "to"),
            (q(&[("from", "20200101")]), Route::Events, "from"),
            (q(&[("bbox", "1,2,3")]), Route::Events, "bbox"),
            (q(&[("bbox", "1,2,x,4")]), Route::Events, "bbox"),
            (q(&[("bbox", "1,2,NaN,4")]), Route::Events, "bbox"),
            (q(&[("bbox", "10,2,3,4")]), Route::Events, "bbox"),
            (q(&[("limit", "abc")]), Route::Events, "limit"),
            (q(&[("limit", "1001")]), Route::Events, "limit"),
            (q(&[("offset", "-1")]), Route::Events, "offset"),
            (q(&[("offset", "99999999999999999999")]), Route::Events, "offset"),
            (q(&[("limit", "5")]), Route::Timeline, "limit"),
            (q(&[("bucket", "year")]), Route::Timeline, "bucket"),
            (q(&[("colour", "red")]), Route::Events, "colour"),
            (q(&[("type", "a"), ("type", "b")]), Route::Events, "type"),
            (q(&[("from", "2020-02-01"), ("to", "2020-01-01")]), Route::Events, "from"),
            (q(&[("text", "a\0b")]), Route::Events, "text"),
            (q(&[("actor", "a\nb")]), Route::Timeline, "actor"),
        ] {
            let err = parse(&pairs, route).err().unwrap_or_else(|| panic!("{pairs:?} accepted"));
            assert_eq!(err.status, 400);
            assert!(err.message.contains(&format!("'{name}'")), "{pairs:?}: {}", err.message);
        }
    }
}
