//! The publication instant seen at the dateline's place: "BEYROUTH (AFP) -" on a dispatch sent at
//! 23:30 UTC on 13 November is dated 14 November there, and its "hier" is the 13th.
//!
//! [`LocalDateStage`] runs before the time stage. It takes the dateline place's IANA time zone
//! from a lookup it is given (the binary passes the gazetteer's), converts `meta.published_at`
//! with jiff's bundled time zone database and fills `meta.time_zone`. The time stage then anchors
//! relative expressions to that local date.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use vigie_core::{Document, Layer, LocalPublication, Stage};

/// A place name as a dateline writes it ("BEYROUTH", "WASHINGTON") → its IANA time zone name.
pub type ZoneLookup = dyn Fn(&str) -> Option<String> + Send + Sync;

/// Fills [`vigie_core::Metadata::time_zone`] from the publication instant and the dateline place.
pub struct LocalDateStage {
    lookup: Box<ZoneLookup>,
}

impl std::fmt::Debug for LocalDateStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalDateStage").finish_non_exhaustive()
    }
}

impl LocalDateStage {
    pub fn new(lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        LocalDateStage { lookup: Box::new(lookup) }
    }
}

/// `instant` seen in the IANA zone `zone`; an error names a zone the bundled database lacks.
pub fn local_publication(instant: Timestamp, zone: &str, place: &str) -> Result<LocalPublication, String> {
    let tz: TimeZone = jiff::tz::db().get(zone).map_err(|e| format!("unknown time zone `{zone}`: {e}"))?;
    let local = instant.to_zoned_datetime(tz);
    let offset = local.offset().seconds();
    let sign = if offset < 0 { '-' } else { '+' };
    let abs = offset.unsigned_abs();
    Ok(LocalPublication {
        zone: zone.to_string(),
        place: place.to_string(),
        date: local.date(),
        time: format!("{:02}:{:02}", local.hour(), local.minute()),
        offset: format!("{sign}{:02}:{:02}", abs / 3600, abs % 3600 / 60),
    })
}

impl Stage for LocalDateStage {
    fn name(&self) -> &'static str {
        "local-date"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Metadata]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Metadata]
    }

    fn run(&self, doc: &mut Document) {
        if doc.meta.time_zone.is_some() {
            return;
        }
        let (Some(instant), Some(dateline)) = (doc.meta.published_at, doc.meta.dateline.as_ref()) else { return };
        let place = doc.slice(dateline.place).trim().to_string();
        if place.is_empty() {
            return;
        }
        let Some(zone) = (self.lookup)(&place) else { return };
        match local_publication(instant, &zone, &place) {
            Ok(local) => doc.meta.time_zone = Some(local),
            Err(why) => doc.warn("local-date", format!("dateline `{place}`: {why}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_written_with_sign_hours_and_minutes() {
        let at: Timestamp = "2017-11-13T23:30:00Z".parse().unwrap();
        let l = local_publication(at, "Asia/Kolkata", "NEW DELHI").unwrap();
        assert_eq!((l.date.to_string().as_str(), l.time.as_str(), l.offset.as_str()), ("2017-11-14", "05:00", "+05:30"));
        let l = local_publication(at, "America/St_Johns", "ST. JOHN'S").unwrap();
        assert_eq!((l.date.to_string().as_str(), l.time.as_str(), l.offset.as_str()), ("2017-11-13", "20:00", "-03:30"));
    }

    #[test]
    fn an_unknown_zone_is_a_diagnostic_not_a_panic() {
        let stage = LocalDateStage::new(|_| Some("Mars/Olympus_Mons".to_string()));
        let mut doc = Document::new("d", "OLYMPUS (AFP) - Rien.");
        doc.meta.published_at = Some("2017-11-13T23:30:00Z".parse().unwrap());
        doc.meta.dateline = Some(vigie_core::Dateline { place: vigie_core::Span::new(0, 7), span: vigie_core::Span::new(0, 15) });
        stage.run(&mut doc);
        assert!(doc.meta.time_zone.is_none());
        assert!(doc.diagnostics[0].message.contains("Mars/Olympus_Mons"), "{:?}", doc.diagnostics);
    }
}
