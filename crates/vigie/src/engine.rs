//! The pipeline, assembled once from the embedded resources and the installed data.

use anyhow::Context;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;
use vigie_core::{Pipeline, Stage};
use vigie_resources::Resources;

pub struct Engine {
    pub pipeline: Pipeline,
    /// What is missing and what that costs (e.g. no gazetteer: places are not resolved).
    pub warnings: Vec<String>,
    /// What loading each part cost: its name, seconds, and resident memory added (kB, where the
    /// system tells it).
    pub loading: Vec<LoadCost>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct LoadCost {
    pub part: &'static str,
    pub seconds: f64,
    pub memory_kb: Option<i64>,
}

/// Resident memory of this process, in kB (VmRSS), where /proc tells it.
pub fn resident_kb() -> Option<i64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find(|l| l.starts_with("VmRSS:"))?.split_whitespace().nth(1)?.parse().ok()
}

/// Runs `load`, noting its time and memory under `part`.
fn measured<T>(loading: &mut Vec<LoadCost>, part: &'static str, load: impl FnOnce() -> T) -> T {
    let (memory, started) = (resident_kb(), Instant::now());
    let value = load();
    let memory_kb = resident_kb().zip(memory).map(|(after, before)| after - before);
    loading.push(LoadCost { part, seconds: started.elapsed().as_secs_f64(), memory_kb });
    value
}

impl Engine {
    pub fn load(data_dir: &Path) -> anyhow::Result<Engine> {
        let resources = Resources::embedded();
        let mut warnings = Vec::new();
        let mut loading = Vec::new();
        let mut stages: Vec<Box<dyn Stage>> =
            measured(&mut loading, "text", || vigie_text::stages(&resources)).context("loading the text resources")?;
        let gazetteer = measured(&mut loading, "gazetteer", || vigie_geo::Gazetteer::open(data_dir)).map(Arc::new);
        // The dateline place's time zone, from the gazetteer, before the time stage: relative
        // dates are counted from the local date of publication there.
        if let Ok(g) = &gazetteer {
            let g = Arc::clone(g);
            stages.push(Box::new(vigie_time::LocalDateStage::new(move |place| g.time_zone_of(place).map(str::to_string))));
        }
        stages.push(Box::new(
            measured(&mut loading, "time", || vigie_time::TimeStage::new(&resources)).context("loading the temporal vocabulary")?,
        ));
        stages.push(Box::new(
            measured(&mut loading, "actors", || vigie_actors::ActorStage::new(&resources)).context("loading the actor dictionary")?,
        ));
        match gazetteer {
            Ok(gazetteer) => stages.push(Box::new(
                measured(&mut loading, "places", || vigie_geo::PlaceStage::new(gazetteer, &resources))
                    .context("loading the place resources")?,
            )),
            Err(err) => warnings.push(format!("places are not resolved: {err}")),
        }
        stages.push(Box::new(
            measured(&mut loading, "events", || vigie_events::EventStage::new(&resources)).context("loading the event resources")?,
        ));
        let pipeline = Pipeline::new(stages)?;
        Ok(Engine { pipeline, warnings, loading })
    }

    /// Print what is missing, once, to standard error.
    pub fn report_warnings(&self) {
        for warning in &self.warnings {
            eprintln!("vigie: warning: {warning}");
        }
    }
}
