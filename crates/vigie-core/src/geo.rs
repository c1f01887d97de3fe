//! Distances on the Earth's surface.

/// The mean Earth radius, in km.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// Great-circle distance in km between two `(lat, lon)` points in degrees (haversine).
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.clamp(0.0, 1.0).sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_distances() {
        assert_eq!(haversine_km((10.0, 20.0), (10.0, 20.0)), 0.0);
        let paris_london = haversine_km((48.8566, 2.3522), (51.5074, -0.1278));
        assert!((paris_london - 343.5).abs() < 1.0, "{paris_london}");
        let quarter = haversine_km((0.0, 0.0), (0.0, 90.0));
        assert!((quarter - EARTH_RADIUS_KM * std::f64::consts::FRAC_PI_2).abs() < 1e-6);
    }
}
