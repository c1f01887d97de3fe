//! Prints the dictionary's size and resolves phrases given on the command line:
//! `cargo run -p vigie-actors --example actor_info -- fr 2017-11-13 "des frappes russes"`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dict = match vigie_actors::ActorDictionary::new(&vigie_resources::Resources::embedded()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    println!("{dict:?}");
    if args.first().map(String::as_str) == Some("--scan-time") {
        // Time the dictionary scan alone over the texts of a gold file.
        let text = std::fs::read_to_string(args.get(1).map(String::as_str).unwrap_or(""))
            .unwrap_or_default();
        let docs: Vec<String> = text
            .lines()
            .filter_map(|l| {
                l.split("\"text\": \"")
                    .nth(1)
                    .map(|t| t.split("\", \"").next().unwrap_or("").to_string())
            })
            .collect();
        let t = std::time::Instant::now();
        let mut n = 0;
        let mut bytes = 0;
        for d in &docs {
            n += dict.scan(d, "fr").len();
            bytes += d.len();
        }
        println!("{n} matches, {bytes} bytes, {:.2?}", t.elapsed());
        return;
    }
    if args.first().map(String::as_str) == Some("--acled") {
        // Resolve the actor names of a gold file's events; compare inter and country.
        let text = std::fs::read_to_string(args.get(1).map(String::as_str).unwrap_or(""))
            .unwrap_or_default();
        let show = args.iter().any(|a| a == "--show");
        let (mut n, mut found, mut inter_ok, mut country_ok) = (0, 0, 0, 0);
        for line in text.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let date = v["published"].as_str().and_then(|d| d.parse().ok());
            for e in v["events"].as_array().into_iter().flatten() {
                for role in ["actor1", "actor2"] {
                    let a = &e[role];
                    let Some(name) = a["names"].get(0).and_then(|x| x.as_str()) else {
                        continue;
                    };
                    n += 1;
                    let got = dict.resolve(name, "en", date);
                    let want_inter = a["inter"].as_u64().map(|x| x as u8);
                    let want_country = a["country"].as_str();
                    if let Some(g) = &got {
                        found += 1;
                        let i_ok = vigie_actors::inter_at(g, e["location"]["country"].as_str())
                            == want_inter;
                        let c_ok = want_country.is_none() || g.country.as_deref() == want_country;
                        inter_ok += i_ok as usize;
                        country_ok += c_ok as usize;
                        if show && !(i_ok && c_ok) {
                            println!(
                                "wrong\t{name}\t{want_inter:?} {want_country:?}\t{:?} {:?} {:?}",
                                g.id, g.inter, g.country
                            );
                        }
                    } else if show {
                        println!("none\t{name}\t{want_inter:?} {want_country:?}");
                    }
                }
            }
        }
        println!(
            "{n} actor names: {found} resolved, inter right {inter_ok}, country right {country_ok}"
        );
        return;
    }
    if args.first().map(String::as_str) == Some("--entities") {
        // Print the entities of the first N texts of a JSON Lines file.
        let stage =
            vigie_actors::ActorStage::new(&vigie_resources::Resources::embedded()).expect("stage");
        let text = std::fs::read_to_string(args.get(1).map(String::as_str).unwrap_or(""))
            .unwrap_or_default();
        let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(3);
        for line in text.lines().take(n) {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let t = v["text"].as_str().unwrap_or("");
            let lang = stage.guess_lang(t).to_string();
            let date = v["published"].as_str().and_then(|d| d.parse().ok());
            println!("--- {} ({lang})", v["id"]);
            for e in stage.entities(t, &lang, date) {
                let a = e
                    .actor
                    .map(|a| {
                        format!(
                            "{} {:?} {:?} {:?}",
                            a.id.unwrap_or_default(),
                            a.inter,
                            a.country,
                            a.plover
                        )
                    })
                    .unwrap_or_default();
                println!(
                    "{}\t{}\t{}",
                    e.label.as_str(),
                    &t[e.span.start..e.span.end],
                    a
                );
            }
        }
        return;
    }
    let lang = args.first().map(String::as_str).unwrap_or("fr");
    let date = args.get(1).and_then(|d| d.parse().ok());
    for phrase in args.iter().skip(2) {
        println!("{phrase}\t{:?}", dict.resolve(phrase, lang, date));
    }
}
