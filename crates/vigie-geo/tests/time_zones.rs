//! Dateline places → IANA time zones on the installed gazetteer. Skipped (passes with a note)
//! unless `$VIGIE_DATA` names a data directory that holds an installed index (`vigie setup`).

use std::path::PathBuf;
use vigie_geo::Gazetteer;

fn installed() -> Option<Gazetteer> {
    let Some(dir) = std::env::var_os("VIGIE_DATA").map(PathBuf::from) else {
        eprintln!("skipped: VIGIE_DATA is not set");
        return None;
    };
    if !dir.join("geo").join("manifest.json").exists() {
        eprintln!("skipped: no gazetteer index in {}", dir.display());
        return None;
    }
    Some(Gazetteer::open(&dir).expect("the installed index must open"))
}

#[test]
fn dateline_places_have_their_time_zones() {
    let Some(g) = installed() else { return };
    for (place, zone) in [
        ("BEYROUTH", "Asia/Beirut"),
        ("BEIRUT", "Asia/Beirut"),
        ("WASHINGTON", "America/New_York"),
        ("DAMAS", "Asia/Damascus"),
        ("MOSCOU", "Europe/Moscow"),
        ("NAIROBI", "Africa/Nairobi"),
        ("PARIS", "Europe/Paris"),
        ("Los Angeles", "America/Los_Angeles"),
    ] {
        assert_eq!(g.time_zone_of(place), Some(zone), "{place}");
    }
    // A country takes its capital's zone.
    assert_eq!(g.time_zone_of("Liban"), Some("Asia/Beirut"));
    assert_eq!(g.time_zone_of("Qwxzv Plorth"), None);
}
