//! Compares the language and publication date the text stages find with the `lang` and
//! `published` of a gold-format file (the engine is not told them):
//! `cargo run -p vigie-text --example text_check -- GOLD.jsonl [--show N]`.
use vigie_core::{Document, Pipeline};
use vigie_resources::Resources;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: text_check GOLD.jsonl [--show N]");
    let show: usize = if args.next().as_deref() == Some("--show") { args.next().and_then(|s| s.parse().ok()).unwrap_or(10) } else { 0 };
    let data = std::fs::read_to_string(&path).expect("readable file");
    let pipeline = Pipeline::new(vigie_text::stages(&Resources::embedded()).expect("resources")).expect("order");
    let (mut docs, mut bytes) = (0usize, 0usize);
    let (mut lang_n, mut lang_ok, mut pub_n, mut pub_found, mut pub_ok) = (0, 0, 0, 0, 0);
    let (mut titles, mut leads, mut agencies, mut datelines, mut sentences, mut shown) = (0, 0, 0, 0, 0, 0);
    let mut elapsed = std::time::Duration::ZERO;
    let mut langs: std::collections::BTreeMap<String, usize> = Default::default();
    let mut agency_names: std::collections::BTreeMap<String, usize> = Default::default();
    for line in data.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let Some(text) = v["text"].as_str() else { continue };
        let mut doc = Document::new(v["id"].as_str().unwrap_or(""), text);
        let t = std::time::Instant::now();
        pipeline.run(&mut doc);
        elapsed += t.elapsed();
        docs += 1;
        bytes += text.len();
        sentences += doc.sentences.len();
        let found_lang = doc.meta.lang.as_ref().map_or("", |l| l.code.as_str());
        if let Some(g) = v["lang"].as_str() {
            lang_n += 1;
            if g == found_lang {
                lang_ok += 1;
            } else if shown < show {
                shown += 1;
                println!("LANG {} gold {g} found {found_lang}: {:?}", doc.id, text.chars().take(80).collect::<String>());
            }
        }
        let found_pub = doc.meta.published.as_ref().map(|p| p.date.to_string());
        if let Some(g) = v["published"].as_str() {
            pub_n += 1;
            if found_pub.is_some() {
                pub_found += 1;
            }
            if found_pub.as_deref() == Some(g) {
                pub_ok += 1;
            } else if found_pub.is_some() && shown < show {
                shown += 1;
                println!("PUB {} gold {g} found {found_pub:?} from {:?}", doc.id, doc.meta.published.as_ref().and_then(|p| p.span).map(|s| doc.slice(s)));
            }
        } else if let Some(p) = &found_pub {
            if shown < show {
                shown += 1;
                println!("PUB {} (no gold) found {p} from {:?}", doc.id, doc.meta.published.as_ref().and_then(|p| p.span).map(|s| doc.slice(s)));
            }
        }
        *langs.entry(found_lang.to_string()).or_default() += 1;
        if std::env::var("SHOW_LANG").is_ok_and(|l| l == found_lang) {
            let conf = doc.meta.lang.as_ref().map_or(0.0, |l| l.confidence);
            println!("LANG {} {found_lang} {conf:.2}: {:?}", doc.id, text.chars().take(150).collect::<String>());
        }
        for a in &doc.meta.agencies {
            *agency_names.entry(a.name.clone()).or_default() += 1;
            if std::env::var_os("SHOW_AGENCIES").is_some() {
                let s = a.span.start.saturating_sub(40);
                let e = (a.span.end + 40).min(text.len());
                let ctx: String = text.get(s..e).map_or_else(String::new, |c| c.replace('\n', " / "));
                println!("AGENCY {} {}: {ctx:?}", doc.id, a.name);
            }
        }
        if std::env::var_os("SHOW_TITLES").is_some() {
            if let Some(t) = &doc.meta.title {
                println!("TITLE {}: {:?}", doc.id, t.text);
            }
        }
        if std::env::var_os("SHOW_DATELINES").is_some() {
            if let Some(d) = &doc.meta.dateline {
                println!("DATELINE {}: {:?}", doc.id, doc.slice(d.span));
            }
        }
        if let Ok(mode) = std::env::var("SHOW_SENT") {
            for st in &doc.sentences {
                let t = doc.slice(st.span);
                let n = t.chars().count();
                if (mode == "short" && n < 20) || (mode == "long" && n > 350) {
                    println!("SENT {} {n}: {:?}", doc.id, t);
                }
            }
        }
        titles += doc.meta.title.is_some() as usize;
        leads += doc.meta.lead.is_some() as usize;
        agencies += !doc.meta.agencies.is_empty() as usize;
        datelines += doc.meta.dateline.is_some() as usize;
    }
    println!("docs {docs}, {bytes} bytes, {:.2} MB/s (this build)", bytes as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9));
    println!("lang: {lang_ok}/{lang_n} right; found {langs:?}");
    println!("agencies: {agency_names:?}");
    println!("published: {pub_ok}/{pub_n} right, {pub_found} found");
    println!("titles {titles}, leads {leads}, with agencies {agencies}, datelines {datelines}, sentences {sentences}");
}
