//! Times each text stage on a file repeated N times:
//! `cargo run -p vigie-text --example text_bench -- FILE [N]`. Prints bytes per second per stage.
use vigie_core::Document;
use vigie_resources::Resources;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: text_bench FILE [N]");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(200);
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let t0 = std::time::Instant::now();
    let stages = vigie_text::stages(&Resources::embedded()).expect("resources");
    println!("load: {:?}", t0.elapsed());
    let mut docs: Vec<Document> = (0..n).map(|i| Document::new(i.to_string(), text.clone())).collect();
    for stage in &stages {
        let t = std::time::Instant::now();
        for d in docs.iter_mut() {
            stage.run(d);
        }
        let dt = t.elapsed();
        let mb = (text.len() * n) as f64 / 1e6;
        println!("{:>10}: {:?} for {n} docs, {:.1} MB/s", stage.name(), dt, mb / dt.as_secs_f64());
    }
}
