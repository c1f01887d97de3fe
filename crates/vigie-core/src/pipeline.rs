use crate::Document;
use serde::Serialize;
use std::fmt;

/// The parts of a [`Document`] a stage can read or write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    /// Language, publication date, agencies, title, dateline.
    Metadata,
    Sentences,
    Tokens,
    Entities,
    /// Actor phrases, named or generic.
    Mentions,
    Places,
    Times,
    Events,
}

/// One step of the pipeline. A stage keeps what it loaded (dictionaries, automata) in itself,
/// built once and only read afterwards, so one stage value serves every document and thread.
pub trait Stage: Send + Sync {
    fn name(&self) -> &'static str;
    /// Layers that must be filled before this stage runs.
    fn requires(&self) -> &'static [Layer];
    /// Layers this stage fills.
    fn assigns(&self) -> &'static [Layer];
    /// Annotate one document. A stage never panics on a document's content: what it cannot
    /// handle becomes a diagnostic on the document.
    fn run(&self, doc: &mut Document);
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PipelineError {
    #[error("stage `{stage}` requires layer {layer:?}, which no earlier stage assigns")]
    MissingLayer { stage: &'static str, layer: Layer },
}

/// Stages in the order they run. Built once; [`Pipeline::run`] takes `&self` so it can be shared.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.stages.iter().map(|s| s.name())).finish()
    }
}

impl Pipeline {
    /// Checks that every layer a stage requires is assigned by a stage before it.
    pub fn new(stages: Vec<Box<dyn Stage>>) -> Result<Self, PipelineError> {
        let mut filled: Vec<Layer> = Vec::new();
        for stage in &stages {
            for layer in stage.requires() {
                if !filled.contains(layer) {
                    return Err(PipelineError::MissingLayer { stage: stage.name(), layer: *layer });
                }
            }
            filled.extend_from_slice(stage.assigns());
        }
        Ok(Pipeline { stages })
    }

    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    pub fn stages(&self) -> impl Iterator<Item = &dyn Stage> {
        self.stages.iter().map(|s| s.as_ref())
    }

    pub fn run(&self, doc: &mut Document) {
        for stage in &self.stages {
            stage.run(doc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake(&'static str, &'static [Layer], &'static [Layer]);
    impl Stage for Fake {
        fn name(&self) -> &'static str {
            self.0
        }
        fn requires(&self) -> &'static [Layer] {
            self.1
        }
        fn assigns(&self) -> &'static [Layer] {
            self.2
        }
        fn run(&self, doc: &mut Document) {
            doc.warn(self.0, "ran");
        }
    }

    #[test]
    fn stages_run_in_declared_order() {
        let p = Pipeline::new(vec![
            Box::new(Fake("a", &[], &[Layer::Sentences])),
            Box::new(Fake("b", &[Layer::Sentences], &[Layer::Tokens])),
        ])
        .unwrap();
        let mut doc = Document::new("d", "x");
        p.run(&mut doc);
        let order: Vec<_> = doc.diagnostics.iter().map(|d| d.origin.as_str()).collect();
        assert_eq!(order, ["a", "b"]);
    }

    #[test]
    fn a_stage_before_its_requirement_is_refused() {
        let err = Pipeline::new(vec![
            Box::new(Fake("b", &[Layer::Sentences], &[Layer::Tokens])),
            Box::new(Fake("a", &[], &[Layer::Sentences])),
        ])
        .unwrap_err();
        assert_eq!(err, PipelineError::MissingLayer { stage: "b", layer: Layer::Sentences });
    }
}
