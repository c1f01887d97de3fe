//! One resource file replaced by arbitrary text, then the text, time and event loaders (and, with
//! FUZZ_ACTORS=1, the actor loader when the file is one of its) built from the whole set: a `ResourceError` is
//! fine, a panic is not; what loads then runs over two short articles, every span slicing the
//! text. The first byte chooses the file; the rest is its new content.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;
use vigie_core::{Document, Layer, Pipeline, Stage};
use vigie_resources::Resources;

/// The repository's resource files (what `Resources::embedded()` holds), read once.
fn files() -> &'static Vec<(String, String)> {
    static FILES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FILES.get_or_init(|| {
        fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
            let mut entries: Vec<_> = std::fs::read_dir(dir).expect("resources/").flatten().map(|e| e.path()).collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    walk(root, &path, out);
                } else if path.extension().is_none_or(|e| e != "md") {
                    let rel = path.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/");
                    let text = std::fs::read_to_string(&path).expect("UTF-8 resource");
                    out.push((rel, text));
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../resources");
        let mut out = Vec::new();
        walk(&root, &root, &mut out);
        // geo/ is read by the place stage, which needs a gazetteer; docs/ is not embedded.
        out.retain(|(p, _)| !p.starts_with("geo/") && !p.starts_with("docs/"));
        assert!(!out.is_empty(), "no resource files found");
        out
    })
}

fn language() -> &'static vigie_text::LanguageStage {
    static LANGUAGE: OnceLock<vigie_text::LanguageStage> = OnceLock::new();
    LANGUAGE.get_or_init(|| vigie_text::LanguageStage::new(&Resources::embedded()).expect("the language stage"))
}

/// A stage built once, run in every pipeline.
struct Shared<S: 'static>(&'static S);

impl<S: Stage> Stage for Shared<S> {
    fn name(&self) -> &'static str {
        self.0.name()
    }
    fn requires(&self) -> &'static [Layer] {
        self.0.requires()
    }
    fn assigns(&self) -> &'static [Layer] {
        self.0.assigns()
    }
    fn run(&self, doc: &mut Document) {
        self.0.run(doc)
    }
}

/// The actor loader takes seconds (its dictionary, under AddressSanitizer): only with
/// `FUZZ_ACTORS=1` in the environment are actor files replaced and the actor loader run.
fn actors_too() -> bool {
    static ACTORS: OnceLock<bool> = OnceLock::new();
    *ACTORS.get_or_init(|| std::env::var_os("FUZZ_ACTORS").is_some_and(|v| v == "1"))
}

fn is_actor_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    path.starts_with("actors/") || name.starts_with("actors-") || name.starts_with("ner-") || name.starts_with("demonyms")
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(content) = std::str::from_utf8(rest) else { return };
    let files = files();
    let target = &files[selector as usize % files.len()].0;
    if is_actor_file(target) && !actors_too() {
        return;
    }
    let res = Resources::from_files(
        files.iter().map(|(p, t)| (p.as_str(), if p == target { content } else { t.as_str() })),
    );
    // The language stage reads no file's content (only which languages have a folder) and
    // loads statistical models, slowly: it is built once and shared.
    let Ok(metadata) = vigie_text::MetadataStage::new(&res) else { return };
    let Ok(segment) = vigie_text::SegmentStage::new(&res) else { return };
    let Ok(time) = vigie_time::TimeStage::new(&res) else { return };
    let Ok(events) = vigie_events::EventStage::new(&res) else { return };
    let mut stages: Vec<Box<dyn Stage>> = vec![Box::new(Shared(language())), Box::new(metadata), Box::new(segment), Box::new(time)];
    if is_actor_file(target) && actors_too() {
        let Ok(actors) = vigie_actors::ActorStage::new(&res) else { return };
        stages.push(Box::new(actors));
    }
    stages.push(Box::new(events));
    let Ok(pipeline) = Pipeline::new(stages) else { return };
    for sample in SAMPLES {
        let mut doc = Document::new("sample", *sample);
        pipeline.run(&mut doc);
        common::check_spans(&doc);
    }
});

const SAMPLES: &[&str] = &[
    "BEYROUTH (AFP) - Trois civils ont été tués lundi 13 novembre 2017 dans un raid aérien \
     sur Boukamal, a indiqué l'Observatoire syrien des droits de l'homme.",
    "KABUL (Reuters) - At least 12 people were killed on Tuesday when a suicide bomber attacked \
     a police checkpoint in Kabul, officials said, two weeks after a similar attack.",
];
