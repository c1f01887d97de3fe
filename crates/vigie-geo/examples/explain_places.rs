//! Prints the places the stage finds in a text alone, and the mentions it dropped with the
//! number of the rule that dropped each (the rules are numbered in `stage.rs`), for tuning.
//!
//! `cargo run -p vigie-geo --example explain_places -- DATA_DIR LANG TEXT`

use std::path::Path;
use std::sync::Arc;
use vigie_core::{Document, LanguageGuess, Origin};
use vigie_geo::{Gazetteer, PlaceStage};
use vigie_resources::Resources;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, lang, text] = args.as_slice() else {
        eprintln!("usage: explain_places DATA_DIR LANG TEXT");
        std::process::exit(2);
    };
    let stage = PlaceStage::new(Arc::new(Gazetteer::open(Path::new(dir))?), &Resources::embedded())?;
    let mut doc = Document::new("text", text);
    doc.meta.lang = Some(LanguageGuess { code: lang.clone(), confidence: 1.0, origin: Origin::Caller });
    let mut why = Vec::new();
    for p in stage.find_places_explained(&doc, &mut why) {
        let g = p.geo.unwrap_or_default();
        println!(
            "{:<24} {:?} {:?} {:?} {:?} ({:?}, {:?}) id {:?}",
            doc.slice(p.span),
            g.name,
            g.country,
            g.kind,
            g.admin1,
            g.lat,
            g.lon,
            g.geonameid
        );
    }
    for (span, rule) in why {
        println!("dropped {:<16} rule {rule}", doc.slice(span));
    }
    Ok(())
}
