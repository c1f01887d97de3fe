//! Prints what the text stages find in a file: `cargo run -p vigie-text --example text_dump -- FILE`.
use vigie_core::{Document, Pipeline};
use vigie_resources::Resources;

fn main() {
    let path = std::env::args().nth(1).expect("usage: text_dump FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let pipeline = Pipeline::new(vigie_text::stages(&Resources::embedded()).expect("resources")).expect("order");
    let mut doc = Document::new(path, text);
    let t0 = std::time::Instant::now();
    pipeline.run(&mut doc);
    let dt = t0.elapsed();
    println!("{:#?}", doc.meta);
    for s in &doc.sentences {
        println!("S: {}", doc.slice(s.span));
    }
    let toks: Vec<&str> = doc.tokens.iter().map(|t| doc.slice(t.span)).collect();
    println!("T: {}", toks.join(" | "));
    eprintln!("{} bytes in {:?}", doc.text.len(), dt);
}
