//! The pipeline, assembled once from the embedded resources and the installed data.

use anyhow::Context;
use std::path::Path;
use std::sync::Arc;
use vigie_core::{Pipeline, Stage};
use vigie_resources::Resources;

pub struct Engine {
    pub pipeline: Pipeline,
    /// What is missing and what that costs (e.g. no gazetteer: places are not resolved).
    pub warnings: Vec<String>,
}

impl Engine {
    pub fn load(data_dir: &Path) -> anyhow::Result<Engine> {
        let resources = Resources::embedded();
        let mut warnings = Vec::new();
        let mut stages: Vec<Box<dyn Stage>> =
            vigie_text::stages(&resources).context("loading the text resources")?;
        stages.push(Box::new(vigie_time::TimeStage::new(&resources).context("loading the temporal vocabulary")?));
        stages.push(Box::new(vigie_actors::ActorStage::new(&resources).context("loading the actor dictionary")?));
        match vigie_geo::Gazetteer::open(data_dir) {
            Ok(gazetteer) => stages.push(Box::new(
                vigie_geo::PlaceStage::new(Arc::new(gazetteer), &resources).context("loading the place resources")?,
            )),
            Err(err) => warnings.push(format!("places are not resolved: {err}")),
        }
        stages.push(Box::new(vigie_events::EventStage::new(&resources).context("loading the event resources")?));
        let pipeline = Pipeline::new(stages)?;
        Ok(Engine { pipeline, warnings })
    }

    /// Print what is missing, once, to standard error.
    pub fn report_warnings(&self) {
        for warning in &self.warnings {
            eprintln!("vigie: warning: {warning}");
        }
    }
}
