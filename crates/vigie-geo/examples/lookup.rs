//! Shows what the gazetteer holds for some names.
//!
//! `cargo run -p vigie-geo --example lookup -- DATA_DIR NAME...`

use std::path::Path;
use vigie_geo::Gazetteer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((dir, names)) = args.split_first() else {
        eprintln!("usage: lookup DATA_DIR NAME...");
        std::process::exit(2);
    };
    let g = Gazetteer::open(Path::new(dir))?;
    for name in names {
        let mut hits = g.lookup(name);
        hits.sort_by_key(|h| std::cmp::Reverse(g.place(h.index).map(|p| p.population).unwrap_or(0)));
        println!("{name}: {} records", hits.len());
        for h in hits.iter().take(12) {
            if let Some(p) = g.place(h.index) {
                println!(
                    "  {:>9} {:<28} {:?} {} {:?} pop {} ({:.3}, {:.3}) exact={} primary={}",
                    p.geonameid, p.name, p.kind, p.country, p.admin1, p.population, p.lat, p.lon, h.exact, h.primary
                );
            }
        }
    }
    Ok(())
}
