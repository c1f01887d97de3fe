//! Scoring predictions against gold, as `shared/eval/FORMAT.md` defines it.
//!
//! Figures that divide by nothing are `None` (`null` in JSON): precision when nothing was
//! predicted, recall when gold holds nothing, an accuracy when no item was there to measure.
//! F1 is `2·tp / (2·tp + fp + fn)`: 0 as soon as something was expected or predicted and nothing
//! matched (so an empty prediction against non-empty gold scores F1 0, recall 0 and precision
//! `null`), and `null` only when gold and prediction are both empty.

use crate::gold::{GoldActor, GoldDate, GoldDoc, GoldEvent, GoldLocation, ACLED_SUB_EVENT_TYPES};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use vigie_core::EntityLabel;

/// Mean Earth radius, km.
pub use vigie_core::geo::EARTH_RADIUS_KM;
/// A place resolved within this distance of gold counts for accuracy@161km (100 miles).
pub const PLACE_TOLERANCE_KM: f64 = 161.0;
/// An event location within this distance of gold's coordinates is right.
pub const EVENT_LOCATION_TOLERANCE_KM: f64 = 25.0;

pub use vigie_core::geo::haversine_km;

/// How mention texts are compared: accents and case ignored (`État` = `etat`).
pub fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// `2·tp / (2·tp + fp + fn)`; `None` when all three are 0.
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    fn is_zero(&self) -> bool {
        self.tp + self.fp + self.fn_ == 0
    }
}

/// `hits` right out of `total` measured.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    pub hits: usize,
    pub total: usize,
}

impl Ratio {
    pub fn value(&self) -> Option<f64> {
        ratio(self.hits, self.total)
    }
    fn count(&mut self, right: bool) {
        self.total += 1;
        self.hits += usize::from(right);
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// Event scores of a file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventScores {
    /// Documents scored on events.
    pub docs: usize,
    /// Per sub-event type (the predicted type for a pair, the gold type for a miss).
    pub per_type: BTreeMap<String, Counts>,
    /// Over documents with exactly one gold event.
    pub main_type: Ratio,
    pub actor1: Ratio,
    pub actor2: Ratio,
    pub location: Ratio,
    pub date: Ratio,
    pub fatalities: Ratio,
}

impl EventScores {
    /// Micro counts: the sum over every type (including any non-ACLED type a prediction used).
    pub fn micro(&self) -> Counts {
        let mut c = Counts::default();
        for v in self.per_type.values() {
            c.add(*v);
        }
        c
    }

    /// The mean of per-type F1 over those of ACLED's 25 sub-event types that occur in gold or in
    /// the prediction (a type counts as occurring when it has a true positive, a false positive
    /// or a false negative). Averaging over all 25 would reward or punish a file for types it
    /// never mentions (a type absent from both sides has no F1 at all), and a file like
    /// acled-2020 holds only 23 of them; types outside ACLED's list (an engine's typo) count
    /// in the micro figures but not here, because the format's macro is over the 25 types.
    /// `None` when no type occurs.
    pub fn macro_f1(&self) -> Option<f64> {
        let f1s: Vec<f64> = self
            .per_type
            .iter()
            .filter(|(t, c)| ACLED_SUB_EVENT_TYPES.contains(&t.as_str()) && !c.is_zero())
            .filter_map(|(_, c)| c.f1())
            .collect();
        (!f1s.is_empty()).then(|| f1s.iter().sum::<f64>() / f1s.len() as f64)
    }

    /// How many types [`EventScores::macro_f1`] averages over.
    pub fn macro_types(&self) -> usize {
        self.per_type
            .iter()
            .filter(|(t, c)| ACLED_SUB_EVENT_TYPES.contains(&t.as_str()) && !c.is_zero())
            .count()
    }
}

/// Place scores of a file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceScores {
    pub docs: usize,
    pub mentions: Counts,
    /// Paired mentions whose gold has coordinates: the prediction lies within 161 km (a
    /// prediction without coordinates is wrong).
    pub acc161: Ratio,
    /// Paired mentions whose gold has a GeoNames id: the prediction has the same.
    pub geonameid: Ratio,
    /// Median distance over paired mentions where both sides have coordinates.
    pub median_km: Option<f64>,
    /// How many distances the median is taken over.
    pub measured_km: usize,
}

/// Time scores of a file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimeScores {
    pub docs: usize,
    pub mentions: Counts,
    /// Paired mentions whose values are equal.
    pub value: Ratio,
    /// Mentions paired as in TempEval-3's relaxed matching: the same text, or, among the mentions
    /// left, one text holding the other as whole words ("Saturday" and "Saturday evening").
    pub relaxed: Counts,
    /// TempEval-3's value F1: a true positive is a relaxed pair with equal values; every other
    /// predicted mention is a false positive, every other gold mention a false negative.
    pub value_f1: Counts,
}

/// Entity scores of a file.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityScores {
    pub docs: usize,
    /// PER, ORG, LOC, MISC, in that order.
    pub per_label: [(EntityLabel, Counts); 4],
}

const LABELS: [EntityLabel; 4] = [
    EntityLabel::Person,
    EntityLabel::Organisation,
    EntityLabel::Location,
    EntityLabel::Misc,
];

impl Default for EntityScores {
    fn default() -> Self {
        EntityScores {
            docs: 0,
            per_label: LABELS.map(|l| (l, Counts::default())),
        }
    }
}

impl EntityScores {
    /// Micro counts over all labels.
    pub fn all(&self) -> Counts {
        let mut c = Counts::default();
        for (_, v) in &self.per_label {
            c.add(*v);
        }
        c
    }

    pub fn label(&self, l: EntityLabel) -> Counts {
        self.per_label
            .iter()
            .find(|(x, _)| *x == l)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    }

    fn label_mut(&mut self, l: EntityLabel) -> &mut Counts {
        let i = LABELS.iter().position(|x| *x == l).unwrap_or(0);
        &mut self.per_label[i].1
    }
}

/// What [`Scorer::report`] gives: a layer is `Some` when at least one document scored it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub docs: usize,
    pub events: Option<EventScores>,
    pub places: Option<PlaceScores>,
    pub times: Option<TimeScores>,
    pub entities: Option<EntityScores>,
}

/// Accumulates scores document by document. Each document costs time in its own size only
/// (quadratic at worst within one document's events or mentions).
#[derive(Debug, Clone, Default)]
pub struct Scorer {
    docs: usize,
    events: Option<EventScores>,
    places: Option<PlaceScores>,
    place_errors_km: Vec<f64>,
    times: Option<TimeScores>,
    entities: Option<EntityScores>,
}

impl Scorer {
    pub fn new() -> Self {
        Scorer::default()
    }

    /// Scores one document. Only the layers `gold` carries are scored; a layer the prediction
    /// lacks counts as an empty one. `gold.text` is the text evidence is located in.
    pub fn add(&mut self, gold: &GoldDoc, predicted: &GoldDoc) {
        self.docs += 1;
        if let Some(g) = &gold.events {
            let acc = self.events.get_or_insert_with(EventScores::default);
            score_events(
                acc,
                &gold.text,
                g,
                predicted.events.as_deref().unwrap_or(&[]),
            );
        }
        if let Some(g) = &gold.places {
            let acc = self.places.get_or_insert_with(PlaceScores::default);
            acc.docs += 1;
            let p = predicted.places.as_deref().unwrap_or(&[]);
            let pairs = pair_mentions(
                g.iter().map(|x| x.text.as_str()),
                p.iter().map(|x| x.text.as_str()),
            );
            acc.mentions.add(pairs.counts());
            for &(gi, pi) in &pairs.pairs {
                let (gp, pp) = (&g[gi], &p[pi]);
                if let Some(gc) = gp.coords() {
                    match pp.coords() {
                        Some(pc) => {
                            let d = haversine_km(gc, pc);
                            acc.acc161.count(d <= PLACE_TOLERANCE_KM);
                            self.place_errors_km.push(d);
                        }
                        None => acc.acc161.count(false),
                    }
                }
                if let Some(id) = gp.geonameid {
                    acc.geonameid.count(pp.geonameid == Some(id));
                }
            }
        }
        if let Some(g) = &gold.times {
            let acc = self.times.get_or_insert_with(TimeScores::default);
            acc.docs += 1;
            let p = predicted.times.as_deref().unwrap_or(&[]);
            let pairs = pair_mentions(
                g.iter().map(|x| x.text.as_str()),
                p.iter().map(|x| x.text.as_str()),
            );
            acc.mentions.add(pairs.counts());
            for &(gi, pi) in &pairs.pairs {
                acc.value.count(g[gi].value == p[pi].value);
            }
            let relaxed = relax_pairs(pairs, |gi| g[gi].text.as_str(), |pi| p[pi].text.as_str());
            acc.relaxed.add(relaxed.counts());
            let right = relaxed.pairs.iter().filter(|&&(gi, pi)| g[gi].value == p[pi].value).count();
            acc.value_f1.add(Counts { tp: right, fp: p.len() - right, fn_: g.len() - right });
        }
        if let Some(g) = &gold.entities {
            let counts = self.entities.get_or_insert_with(EntityScores::default);
            counts.docs += 1;
            let p = predicted.entities.as_deref().unwrap_or(&[]);
            let pairs = pair_mentions(
                g.iter().map(|x| x.text.as_str()),
                p.iter().map(|x| x.text.as_str()),
            );
            for &(gi, pi) in &pairs.pairs {
                let (gl, pl) = (g[gi].label, p[pi].label);
                if gl == pl {
                    counts.label_mut(gl).tp += 1;
                } else {
                    counts.label_mut(pl).fp += 1;
                    counts.label_mut(gl).fn_ += 1;
                }
            }
            for &gi in &pairs.gold_unpaired {
                counts.label_mut(g[gi].label).fn_ += 1;
            }
            for &pi in &pairs.pred_unpaired {
                counts.label_mut(p[pi].label).fp += 1;
            }
        }
    }

    pub fn report(&self) -> Report {
        let places = self.places.clone().map(|mut p| {
            let mut errors = self.place_errors_km.clone();
            errors.sort_by(f64::total_cmp);
            p.measured_km = errors.len();
            p.median_km = median(&errors);
            p
        });
        Report {
            docs: self.docs,
            events: self.events.clone(),
            places,
            times: self.times.clone(),
            entities: self.entities.clone(),
        }
    }
}

fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// Scores every gold document against the prediction with the same id; a gold document with no
/// prediction is scored against an empty one. Predictions with no gold are ignored.
pub fn score_by_id(gold: &[GoldDoc], predicted: &[GoldDoc]) -> Report {
    let by_id: HashMap<&str, &GoldDoc> = predicted.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut scorer = Scorer::default();
    for g in gold {
        match by_id.get(g.id.as_str()) {
            Some(p) => scorer.add(g, p),
            None => scorer.add(g, &GoldDoc::empty_prediction(g.id.clone())),
        }
    }
    scorer.report()
}

// ---------------------------------------------------------------------------------------------
// Mention pairing.

/// The outcome of pairing gold mentions with predicted ones, by index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MentionPairs {
    /// `(gold index, predicted index)`.
    pub pairs: Vec<(usize, usize)>,
    pub gold_unpaired: Vec<usize>,
    pub pred_unpaired: Vec<usize>,
}

impl MentionPairs {
    /// Counts for mention detection (text only).
    pub fn counts(&self) -> Counts {
        Counts {
            tp: self.pairs.len(),
            fp: self.pred_unpaired.len(),
            fn_: self.gold_unpaired.len(),
        }
    }
}

/// Pairs mentions by folded text ([`fold`]), occurrence by occurrence: the k-th gold
/// occurrence of a folded text pairs with the k-th predicted occurrence of the same folded text.
pub fn pair_mentions<'a>(
    gold: impl Iterator<Item = &'a str>,
    predicted: impl Iterator<Item = &'a str>,
) -> MentionPairs {
    // folded text -> (predicted indices in order, next one to hand out)
    let mut pred_by_text: HashMap<String, (Vec<usize>, usize)> = HashMap::new();
    let mut n_pred = 0;
    for (i, p) in predicted.enumerate() {
        pred_by_text.entry(fold(p)).or_default().0.push(i);
        n_pred = i + 1;
    }
    let mut out = MentionPairs::default();
    let mut pred_paired = vec![false; n_pred];
    for (gi, g) in gold.enumerate() {
        match pred_by_text.get_mut(&fold(g)) {
            Some((list, next)) if *next < list.len() => {
                let pi = list[*next];
                *next += 1;
                pred_paired[pi] = true;
                out.pairs.push((gi, pi));
            }
            _ => out.gold_unpaired.push(gi),
        }
    }
    out.pred_unpaired = (0..n_pred).filter(|&i| !pred_paired[i]).collect();
    out
}

/// Extends exact pairs with relaxed ones: each gold mention left pairs with the first predicted
/// mention left whose folded text holds it, or is held by it, as whole words.
pub fn relax_pairs<'a>(
    mut pairs: MentionPairs,
    gold: impl Fn(usize) -> &'a str,
    predicted: impl Fn(usize) -> &'a str,
) -> MentionPairs {
    let words = |s: &str| format!(" {} ", fold(s).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "));
    let mut gold_left = Vec::new();
    for gi in std::mem::take(&mut pairs.gold_unpaired) {
        let g = words(gold(gi));
        let hit = pairs.pred_unpaired.iter().position(|&pi| {
            let p = words(predicted(pi));
            !g.trim().is_empty() && !p.trim().is_empty() && (g.contains(&p) || p.contains(&g))
        });
        match hit {
            Some(k) => {
                let pi = pairs.pred_unpaired.remove(k);
                pairs.pairs.push((gi, pi));
            }
            None => gold_left.push(gi),
        }
    }
    pairs.gold_unpaired = gold_left;
    pairs
}

// ---------------------------------------------------------------------------------------------
// Events.

/// Byte ranges where an event's evidence stands in `text`: the predicted offsets when they
/// slice the text to the evidence (or there is no evidence string), else every occurrence of
/// the evidence string (at most 64).
fn evidence_ranges(text: &str, e: &GoldEvent) -> Vec<(usize, usize)> {
    if let (Some(s), Some(end)) = (e.evidence_start, e.evidence_end) {
        if let Some(slice) = text.get(s..end) {
            if s < end && e.evidence.as_deref().is_none_or(|ev| ev == slice) {
                return vec![(s, end)];
            }
        }
    }
    match e.evidence.as_deref() {
        Some(ev) if !ev.is_empty() => text
            .match_indices(ev)
            .take(64)
            .map(|(i, m)| (i, i + m.len()))
            .collect(),
        _ => Vec::new(),
    }
}

fn overlaps(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter().any(|x| b.iter().any(|y| x.0 < y.1 && y.0 < x.1))
}

/// A gold type (or list of types) agrees with a predicted event's type.
fn agrees(g: &GoldEvent, p: &GoldEvent) -> bool {
    g.types.contains(p.types.first())
}

/// Pairs events one to one: first a maximum matching over pairs whose evidence overlaps and
/// whose type agrees, then, among the events left, a maximum matching by type alone. Within
/// each phase, gold events are taken in order and each takes the free candidate with the most
/// arguments right (ties: the earliest), re-seating earlier pairs only when that is the only
/// way to pair more events. Returns, for each gold event, its predicted partner.
pub fn pair_events(text: &str, gold: &[GoldEvent], predicted: &[GoldEvent]) -> Vec<Option<usize>> {
    let g_ranges: Vec<_> = gold.iter().map(|e| evidence_ranges(text, e)).collect();
    let p_ranges: Vec<_> = predicted.iter().map(|e| evidence_ranges(text, e)).collect();
    let mut pred_match: Vec<Option<usize>> = vec![None; predicted.len()];
    // Phase 1: evidence overlaps and type agrees.
    let adj1: Vec<Vec<usize>> = (0..gold.len())
        .map(|gi| {
            let c = (0..predicted.len())
                .filter(|&pi| {
                    agrees(&gold[gi], &predicted[pi]) && overlaps(&g_ranges[gi], &p_ranges[pi])
                })
                .collect();
            ranked(&gold[gi], predicted, c)
        })
        .collect();
    for gi in 0..gold.len() {
        let mut seen = vec![false; predicted.len()];
        augment(gi, &adj1, &mut seen, &mut pred_match);
    }
    // Phase 2: type alone, among the events phase 1 left.
    let mut gold_taken = vec![false; gold.len()];
    for g in pred_match.iter().flatten() {
        gold_taken[*g] = true;
    }
    let free_pred: Vec<bool> = pred_match.iter().map(Option::is_none).collect();
    let adj2: Vec<Vec<usize>> = (0..gold.len())
        .map(|gi| {
            if gold_taken[gi] {
                return Vec::new();
            }
            let c = (0..predicted.len())
                .filter(|&pi| free_pred[pi] && agrees(&gold[gi], &predicted[pi]))
                .collect();
            ranked(&gold[gi], predicted, c)
        })
        .collect();
    let mut pred_match2: Vec<Option<usize>> = vec![None; predicted.len()];
    for (gi, taken) in gold_taken.iter().enumerate() {
        if !taken {
            let mut seen = vec![false; predicted.len()];
            augment(gi, &adj2, &mut seen, &mut pred_match2);
        }
    }
    let mut gold_match = vec![None; gold.len()];
    for (pi, g) in pred_match
        .iter()
        .enumerate()
        .chain(pred_match2.iter().enumerate())
    {
        if let Some(gi) = g {
            gold_match[*gi] = Some(pi);
        }
    }
    gold_match
}

/// Kuhn's augmenting path: matches gold `g` to a free candidate when one is left (in the order
/// of `adj[g]`), else re-seats an earlier match to make room.
fn augment(
    g: usize,
    adj: &[Vec<usize>],
    seen: &mut [bool],
    pred_match: &mut [Option<usize>],
) -> bool {
    for &p in &adj[g] {
        if !seen[p] && pred_match[p].is_none() {
            seen[p] = true;
            pred_match[p] = Some(g);
            return true;
        }
    }
    for &p in &adj[g] {
        if seen[p] {
            continue;
        }
        seen[p] = true;
        if pred_match[p].is_some_and(|g2| augment(g2, adj, seen, pred_match)) {
            pred_match[p] = Some(g);
            return true;
        }
    }
    false
}

/// How many of gold's scored arguments the prediction gets right: the order in which a gold
/// event's candidates are tried, so that among events of one type the closest one pairs.
fn argument_agreement(g: &GoldEvent, p: &GoldEvent) -> usize {
    let checks = [
        g.actor1
            .as_ref()
            .and_then(|a| actor_right(a, p.actor1.as_ref())),
        g.actor2
            .as_ref()
            .and_then(|a| actor_right(a, p.actor2.as_ref())),
        g.location
            .as_ref()
            .and_then(|l| location_right(l, p.location.as_ref())),
        g.date.map(|gd| p.date.is_some_and(|pd| date_right(gd, pd))),
        g.fatalities.map(|n| p.fatalities == Some(n)),
    ];
    checks.iter().filter(|c| **c == Some(true)).count()
}

/// Candidates sorted by argument agreement (best first), then by their order in the prediction.
fn ranked(g: &GoldEvent, predicted: &[GoldEvent], mut candidates: Vec<usize>) -> Vec<usize> {
    candidates.sort_by_key(|&pi| (std::cmp::Reverse(argument_agreement(g, &predicted[pi])), pi));
    candidates
}

fn score_events(acc: &mut EventScores, text: &str, gold: &[GoldEvent], predicted: &[GoldEvent]) {
    acc.docs += 1;
    if gold.len() == 1 {
        acc.main_type
            .count(predicted.first().is_some_and(|p| agrees(&gold[0], p)));
    }
    let matches = pair_events(text, gold, predicted);
    let mut pred_paired = vec![false; predicted.len()];
    for (gi, m) in matches.iter().enumerate() {
        let g = &gold[gi];
        let Some(pi) = *m else {
            acc.per_type
                .entry(g.types.first().to_string())
                .or_default()
                .fn_ += 1;
            continue;
        };
        pred_paired[pi] = true;
        let p = &predicted[pi];
        acc.per_type
            .entry(p.types.first().to_string())
            .or_default()
            .tp += 1;
        if let Some(right) = g
            .actor1
            .as_ref()
            .and_then(|a| actor_right(a, p.actor1.as_ref()))
        {
            acc.actor1.count(right);
        }
        if let Some(right) = g
            .actor2
            .as_ref()
            .and_then(|a| actor_right(a, p.actor2.as_ref()))
        {
            acc.actor2.count(right);
        }
        if let Some(right) = g
            .location
            .as_ref()
            .and_then(|l| location_right(l, p.location.as_ref()))
        {
            acc.location.count(right);
        }
        if let Some(gd) = g.date {
            acc.date.count(p.date.is_some_and(|pd| date_right(gd, pd)));
        }
        if let Some(n) = g.fatalities {
            acc.fatalities.count(p.fatalities == Some(n));
        }
    }
    for (pi, p) in predicted.iter().enumerate() {
        if !pred_paired[pi] {
            acc.per_type
                .entry(p.types.first().to_string())
                .or_default()
                .fp += 1;
        }
    }
}

/// `None` when the gold actor has nothing to score. Keys present in gold are scored (`inter`
/// equal, `country` equal); `names` only when gold has neither, a match when one folded name
/// contains the other.
pub fn actor_right(gold: &GoldActor, predicted: Option<&GoldActor>) -> Option<bool> {
    let keyed = gold.inter.is_some() || gold.country.is_some();
    let gold_names: Vec<String> = if keyed {
        Vec::new()
    } else {
        gold.names
            .iter()
            .map(|n| fold(n.trim()))
            .filter(|n| !n.is_empty())
            .collect()
    };
    if !keyed && gold_names.is_empty() {
        return None;
    }
    let Some(p) = predicted else {
        return Some(false);
    };
    if keyed {
        let inter_ok = gold.inter.is_none_or(|i| p.inter == Some(i));
        let country_ok = gold.country.as_deref().is_none_or(|c| {
            p.country
                .as_deref()
                .is_some_and(|pc| pc.eq_ignore_ascii_case(c))
        });
        return Some(inter_ok && country_ok);
    }
    let right = p
        .names
        .iter()
        .map(|n| fold(n.trim()))
        .filter(|n| !n.is_empty())
        .any(|pn| {
            gold_names
                .iter()
                .any(|gn| gn.contains(pn.as_str()) || pn.contains(gn.as_str()))
        });
    Some(right)
}

/// `None` when the gold location has nothing to score. Right when the GeoNames id is the same,
/// or the prediction lies within 25 km of gold's coordinates, or, when gold has only a country,
/// the country is the same.
pub fn location_right(gold: &GoldLocation, predicted: Option<&GoldLocation>) -> Option<bool> {
    let gc = gold.coords();
    let only_country = gold.geonameid.is_none() && gc.is_none();
    if only_country && gold.country.is_none() {
        return None;
    }
    let Some(p) = predicted else {
        return Some(false);
    };
    if gold.geonameid.is_some() && p.geonameid == gold.geonameid {
        return Some(true);
    }
    if let (Some(gc), Some(pc)) = (gc, p.coords()) {
        if haversine_km(gc, pc) <= EVENT_LOCATION_TOLERANCE_KM {
            return Some(true);
        }
    }
    if only_country {
        let (gcountry, pcountry) = (gold.country.as_deref(), p.country.as_deref());
        return Some(
            pcountry.is_some_and(|pc| gcountry.is_some_and(|gc| gc.eq_ignore_ascii_case(pc))),
        );
    }
    Some(false)
}

/// A predicted day is right inside the gold span or on the gold day; a predicted span is right
/// when it equals the gold one.
pub fn date_right(gold: GoldDate, predicted: GoldDate) -> bool {
    match (gold, predicted) {
        (GoldDate::Day(g), GoldDate::Day(p)) => g == p,
        (GoldDate::Span(a, b), GoldDate::Day(p)) => a <= p && p <= b,
        (g @ GoldDate::Span(..), p @ GoldDate::Span(..)) => g == p,
        (GoldDate::Day(_), GoldDate::Span(..)) => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Output.

impl Report {
    /// The object `vigie eval --json` prints: exactly FORMAT.md's keys.
    pub fn to_json(&self) -> Value {
        let mut out = serde_json::Map::new();
        out.insert("docs".into(), json!(self.docs));
        if let Some(e) = &self.events {
            out.insert(
                "events".into(),
                json!({
                    "type_micro_f1": e.micro().f1(),
                    "type_macro_f1": e.macro_f1(),
                    "main_type_accuracy": e.main_type.value(),
                    "actor1_accuracy": e.actor1.value(),
                    "actor2_accuracy": e.actor2.value(),
                    "location_accuracy": e.location.value(),
                    "date_accuracy": e.date.value(),
                    "fatalities_accuracy": e.fatalities.value(),
                }),
            );
        }
        if let Some(p) = &self.places {
            out.insert(
                "places".into(),
                json!({
                    "f1": p.mentions.f1(),
                    "acc161": p.acc161.value(),
                    "geonameid_accuracy": p.geonameid.value(),
                    "median_km": p.median_km,
                }),
            );
        }
        if let Some(t) = &self.times {
            out.insert(
                "times".into(),
                json!({
                    "f1": t.mentions.f1(),
                    "value_accuracy": t.value.value(),
                    "relaxed_f1": t.relaxed.f1(),
                    "value_f1": t.value_f1.f1(),
                }),
            );
        }
        if let Some(en) = &self.entities {
            out.insert("entities".into(), json!({"f1": en.all().f1()}));
        }
        Value::Object(out)
    }

    /// A compact table for people: precision, recall, F1 and counts per layer, per entity
    /// label, per event type that occurs; accuracies with what they are over.
    pub fn to_table(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "documents: {}", self.docs);
        let head = |s: &mut String, title: &str| {
            let _ = writeln!(
                s,
                "{title:<40} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
                "P", "R", "F1", "tp", "fp", "fn"
            );
        };
        let prf = |s: &mut String, name: &str, c: &Counts| {
            let _ = writeln!(
                s,
                "  {:<38} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
                name,
                num(c.precision()),
                num(c.recall()),
                num(c.f1()),
                c.tp,
                c.fp,
                c.fn_
            );
        };
        let acc = |s: &mut String, name: &str, r: &Ratio| {
            let _ = writeln!(
                s,
                "  {:<38} {:>6}   ({} of {})",
                name,
                num(r.value()),
                r.hits,
                r.total
            );
        };
        if let Some(e) = &self.events {
            head(&mut s, &format!("events ({} documents)", e.docs));
            prf(&mut s, "type, micro", &e.micro());
            let _ = writeln!(
                s,
                "  {:<38} {:>20}   (mean over {} types)",
                "type, macro F1",
                num(e.macro_f1()),
                e.macro_types()
            );
            let known = ACLED_SUB_EVENT_TYPES.iter().map(|t| t.to_string());
            let other = e
                .per_type
                .keys()
                .filter(|t| !ACLED_SUB_EVENT_TYPES.contains(&t.as_str()))
                .cloned();
            for t in known.chain(other) {
                if let Some(c) = e.per_type.get(&t).filter(|c| !c.is_zero()) {
                    prf(&mut s, &format!("  {t}"), c);
                }
            }
            acc(&mut s, "main type (one-event documents)", &e.main_type);
            acc(&mut s, "actor1 (paired events)", &e.actor1);
            acc(&mut s, "actor2", &e.actor2);
            acc(&mut s, "location", &e.location);
            acc(&mut s, "date", &e.date);
            acc(&mut s, "fatalities", &e.fatalities);
        }
        if let Some(p) = &self.places {
            head(&mut s, &format!("places ({} documents)", p.docs));
            prf(&mut s, "mentions", &p.mentions);
            acc(&mut s, "within 161 km (paired)", &p.acc161);
            acc(&mut s, "same GeoNames id (paired)", &p.geonameid);
            let median = p.median_km.map_or("-".to_string(), |m| format!("{m:.1}"));
            let _ = writeln!(
                s,
                "  {:<38} {:>6}   (over {})",
                "median error, km", median, p.measured_km
            );
        }
        if let Some(t) = &self.times {
            head(&mut s, &format!("times ({} documents)", t.docs));
            prf(&mut s, "mentions", &t.mentions);
            acc(&mut s, "same value (paired)", &t.value);
            prf(&mut s, "mentions, relaxed (TempEval-3)", &t.relaxed);
            prf(&mut s, "value F1 (TempEval-3, relaxed pairs)", &t.value_f1);
        }
        if let Some(en) = &self.entities {
            head(&mut s, &format!("entities ({} documents)", en.docs));
            prf(&mut s, "all labels, micro", &en.all());
            for (label, c) in &en.per_label {
                prf(&mut s, &format!("  {}", label.as_str()), c);
            }
        }
        s
    }
}

fn num(v: Option<f64>) -> String {
    v.map_or("-".to_string(), |x| format!("{x:.3}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::{
        parse_gold_line, EventTypes, GoldEntity, GoldEvent, GoldLocation, GoldPlace, GoldTime,
    };
    use vigie_core::Date;

    fn doc(text: &str) -> GoldDoc {
        GoldDoc {
            id: "d".into(),
            text: text.into(),
            ..Default::default()
        }
    }
    fn ent(text: &str, label: EntityLabel) -> GoldEntity {
        GoldEntity {
            text: text.into(),
            label,
        }
    }
    fn place(text: &str, id: Option<u64>, c: Option<(f64, f64)>) -> GoldPlace {
        GoldPlace {
            text: text.into(),
            geonameid: id,
            lat: c.map(|c| c.0),
            lon: c.map(|c| c.1),
            country: None,
        }
    }
    fn time(text: &str, value: &str) -> GoldTime {
        GoldTime {
            text: text.into(),
            value: value.into(),
        }
    }
    fn ev(t: &str, evidence: Option<&str>) -> GoldEvent {
        let mut e = GoldEvent::of_type(t);
        e.evidence = evidence.map(str::to_string);
        e
    }
    fn day(s: &str) -> GoldDate {
        GoldDate::parse(s).unwrap()
    }
    fn one(gold: &GoldDoc, pred: &GoldDoc) -> Report {
        let mut s = Scorer::default();
        s.add(gold, pred);
        s.report()
    }
    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn only_the_layers_gold_carries_are_scored() {
        let mut g = doc("Damas");
        g.times = Some(vec![]);
        let mut p = GoldDoc::empty_prediction("d");
        p.entities = Some(vec![ent("Damas", EntityLabel::Location)]);
        p.events = Some(vec![GoldEvent::of_type("Attack")]);
        let r = one(&g, &p);
        assert!(r.events.is_none() && r.places.is_none() && r.entities.is_none());
        assert!(r.times.is_some());
        let j = r.to_json();
        let keys: Vec<&str> = j.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["docs", "times"]);
    }

    #[test]
    fn an_empty_gold_list_makes_every_prediction_a_false_positive() {
        let mut g = doc("Damas et Alep");
        g.places = Some(vec![]);
        g.entities = Some(vec![]);
        let mut p = doc("");
        p.places = Some(vec![place("Damas", None, None), place("Alep", None, None)]);
        p.entities = Some(vec![ent("Alep", EntityLabel::Location)]);
        let r = one(&g, &p);
        let pl = r.places.unwrap();
        assert_eq!(
            pl.mentions,
            Counts {
                tp: 0,
                fp: 2,
                fn_: 0
            }
        );
        assert_eq!(pl.mentions.precision(), Some(0.0));
        assert_eq!(pl.mentions.recall(), None);
        assert_eq!(pl.mentions.f1(), Some(0.0));
        assert_eq!(
            r.entities.unwrap().all(),
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        let mut ge = doc("Damas");
        ge.events = Some(vec![]);
        let mut pe = doc("");
        pe.events = Some(vec![GoldEvent::of_type("Attack")]);
        let e = one(&ge, &pe).events.unwrap();
        assert_eq!((e.micro().tp, e.micro().fp, e.micro().fn_), (0, 1, 0));
        assert_eq!(e.macro_f1(), Some(0.0));
        assert_eq!(e.main_type.total, 0);
        // Both empty: nothing to measure.
        let mut p2 = doc("");
        p2.places = Some(vec![]);
        let r2 = one(&g, &p2);
        assert_eq!(r2.places.as_ref().unwrap().mentions.f1(), None);
        assert!(r2.to_json()["places"]["f1"].is_null());
    }

    #[test]
    fn mentions_pair_by_folded_text_occurrence_by_occurrence() {
        let pairs = pair_mentions(
            ["État islamique", "EI", "Boukamal", "EI"].into_iter(),
            ["etat ISLAMIQUE", "ei", "ei", "ei"].into_iter(),
        );
        assert_eq!(pairs.pairs, [(0, 0), (1, 1), (3, 2)]);
        assert_eq!(pairs.gold_unpaired, [2]);
        assert_eq!(pairs.pred_unpaired, [3]);
        assert_eq!(
            pairs.counts(),
            Counts {
                tp: 3,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(fold("Poutine’s ÉTÉ"), "poutine's ete");
    }

    #[test]
    fn entities_need_an_equal_label_and_score_per_label() {
        let mut g = doc("OSDH Rami Abdel Rahmane Damas Paris");
        g.entities = Some(vec![
            ent("OSDH", EntityLabel::Organisation),
            ent("Rami Abdel Rahmane", EntityLabel::Person),
            ent("Damas", EntityLabel::Location),
        ]);
        let mut p = doc("");
        p.entities = Some(vec![
            ent("osdh", EntityLabel::Organisation),
            ent("Rami Abdel Rahmane", EntityLabel::Location),
            ent("Paris", EntityLabel::Location),
        ]);
        let e = one(&g, &p).entities.unwrap();
        assert_eq!(
            e.label(EntityLabel::Organisation),
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            e.label(EntityLabel::Person),
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            e.label(EntityLabel::Location),
            Counts {
                tp: 0,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            e.all(),
            Counts {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert!(close(e.all().f1(), 1.0 / 3.0));
        assert!(close(e.label(EntityLabel::Organisation).f1(), 1.0));
    }

    #[test]
    fn haversine_matches_known_distances() {
        // Paris to London, about 343.5 km.
        let d = haversine_km((48.8566, 2.3522), (51.5074, -0.1278));
        assert!((d - 343.5).abs() < 1.0, "{d}");
        assert_eq!(haversine_km((10.0, 20.0), (10.0, 20.0)), 0.0);
        // A quarter of a great circle.
        assert!(
            (haversine_km((0.0, 0.0), (0.0, 90.0)) - EARTH_RADIUS_KM * std::f64::consts::FRAC_PI_2)
                .abs()
                < 1e-6
        );
    }

    #[test]
    fn places_score_mentions_distance_ids_and_median() {
        let mut g = doc("Boukamal Damas Alep Homs Idlib");
        g.places = Some(vec![
            place("Boukamal", Some(1), Some((34.45, 40.92))),
            place("Damas", Some(2), Some((33.51, 36.29))),
            place("Alep", Some(3), Some((36.20, 37.16))),
            place("Homs", None, Some((34.73, 36.71))),
            place("Idlib", Some(5), Some((35.93, 36.63))),
        ]);
        let mut p = doc("");
        p.places = Some(vec![
            place("Boukamal", Some(1), Some((34.45, 40.92))), // 0 km, same id
            place("Damas", Some(9), Some((33.51, 37.29))),    // ~93 km, other id
            place("Alep", Some(3), None),                     // no coordinates: wrong for 161
            place("Homs", Some(4), Some((36.73, 36.71))),     // ~222 km
            place("Raqqa", Some(6), Some((35.95, 39.01))),    // unpaired
        ]);
        let r = one(&g, &p);
        let pl = r.places.as_ref().unwrap();
        assert_eq!(
            pl.mentions,
            Counts {
                tp: 4,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(pl.acc161, Ratio { hits: 2, total: 4 });
        assert_eq!(
            pl.geonameid,
            Ratio { hits: 2, total: 3 },
            "Homs has no gold id: not measured"
        );
        assert_eq!(pl.measured_km, 3);
        let damas = haversine_km((33.51, 36.29), (33.51, 37.29));
        assert!(close(pl.median_km, damas), "{:?}", pl.median_km);
        let j = r.to_json();
        assert_eq!(j["places"]["acc161"], 0.5);

        // No pair with coordinates on both sides: median is null.
        let mut p2 = doc("");
        p2.places = Some(vec![place("Alep", Some(3), None)]);
        let r2 = one(&g, &p2);
        assert_eq!(r2.places.as_ref().unwrap().median_km, None);
        assert!(r2.to_json()["places"]["median_km"].is_null());
    }

    #[test]
    fn times_score_mentions_and_values_of_pairs() {
        let mut g = doc("samedi, mercredi, ce week-end");
        g.times = Some(vec![
            time("samedi", "2017-11-11"),
            time("mercredi", "2017-11-08"),
            time("ce week-end", "2017-W45-WE"),
        ]);
        let mut p = doc("");
        p.times = Some(vec![
            time("Samedi", "2017-11-11"),
            time("mercredi", "2017-11-15"),
            time("hier", "2017-11-12"),
        ]);
        let t = one(&g, &p).times.unwrap();
        assert_eq!(
            t.mentions,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(t.value, Ratio { hits: 1, total: 2 });
        // "hier" holds no gold text: no relaxed pair either; one right value of 3 and 3.
        assert_eq!(t.relaxed, t.mentions);
        assert_eq!(t.value_f1, Counts { tp: 1, fp: 2, fn_: 2 });
    }

    #[test]
    fn relaxed_pairs_hold_each_other_as_whole_words() {
        let mut g = doc("Saturday evening, last week, in May");
        g.times = Some(vec![
            time("Saturday", "2017-11-11"),
            time("last week", "2017-W44"),
            time("May", "2017-05"),
        ]);
        let mut p = doc("");
        p.times = Some(vec![
            time("Saturday evening", "2017-11-11TEV"),
            time("week", "2017-W44"),
            time("Mayday", "2017-05"),
        ]);
        let t = one(&g, &p).times.unwrap();
        assert_eq!(t.mentions, Counts { tp: 0, fp: 3, fn_: 3 });
        // "Mayday" does not hold "May" as a word.
        assert_eq!(t.relaxed, Counts { tp: 2, fp: 1, fn_: 1 });
        assert_eq!(t.value_f1, Counts { tp: 1, fp: 2, fn_: 2 });
    }

    const TEXT: &str = "Les forces ont repris Boukamal samedi. Des frappes ont tué 26 civils. Des frappes ont visé l'EI.";

    #[test]
    fn events_pair_by_evidence_and_type_first_then_by_type() {
        let gold = vec![
            ev("Air/drone strike", Some("Des frappes ont tué 26 civils")),
            ev("Air/drone strike", Some("Des frappes ont visé l'EI")),
        ];
        // The first prediction overlaps the second gold event; the second overlaps nothing.
        let mut p1 = ev("Air/drone strike", Some("frappes ont visé"));
        p1.fatalities = Some(1);
        let p2 = ev("Air/drone strike", None);
        let m = pair_events(TEXT, &gold, &[p1.clone(), p2.clone()]);
        assert_eq!(m, [Some(1), Some(0)]);
        // Without the evidence rule, order alone would have paired gold 0 with p1.
        // Overlap without type agreement does not pair in the first phase.
        let p3 = ev("Attack", Some("Des frappes ont tué"));
        assert_eq!(pair_events(TEXT, &gold, &[p3]), [None, None]);
        // Offsets are used when given, and the evidence string found otherwise.
        let mut p4 = ev("Air/drone strike", None);
        let s = TEXT.find("visé").unwrap();
        p4.evidence_start = Some(s);
        p4.evidence_end = Some(s + "visé".len());
        assert_eq!(pair_events(TEXT, &gold, &[p2, p4]), [Some(0), Some(1)]);
    }

    #[test]
    fn a_matching_finds_pairs_that_greedy_order_would_miss() {
        // Gold 0 accepts both types; gold 1 only the first. Both predictions overlap both golds.
        let mut g0 = ev(
            "Shelling/artillery/missile attack",
            Some("Des frappes ont tué 26 civils. Des frappes ont visé"),
        );
        g0.types = EventTypes::any_of(vec![
            "Shelling/artillery/missile attack".into(),
            "Air/drone strike".into(),
        ])
        .unwrap();
        let g1 = ev("Air/drone strike", Some("Des frappes ont visé l'EI"));
        let p = [
            ev("Air/drone strike", Some("ont visé")),
            ev("Shelling/artillery/missile attack", Some("ont tué")),
        ];
        assert_eq!(pair_events(TEXT, &[g0, g1], &p), [Some(1), Some(0)]);
    }

    #[test]
    fn among_events_of_one_type_the_one_with_most_arguments_right_pairs() {
        let at = |id: u64| {
            let mut e = ev("Armed clash", None);
            e.location = Some(loc(Some(id), None, None));
            e
        };
        let gold = [at(1), at(2), at(3)];
        assert_eq!(pair_events(TEXT, &gold, &gold), [Some(0), Some(1), Some(2)]);
        assert_eq!(
            pair_events(TEXT, &gold, &[at(3), at(1), at(2)]),
            [Some(1), Some(2), Some(0)]
        );
        let mut g = doc(TEXT);
        g.events = Some(gold.to_vec());
        let mut p = doc("");
        p.events = Some(vec![at(2), at(9), at(1)]);
        assert_eq!(
            one(&g, &p).events.unwrap().location,
            Ratio { hits: 2, total: 3 }
        );
    }

    #[test]
    fn event_types_score_micro_and_list_types_count_as_the_predicted_or_first() {
        let mut listed = ev("Shelling/artillery/missile attack", None);
        listed.types = EventTypes::any_of(vec![
            "Shelling/artillery/missile attack".into(),
            "Air/drone strike".into(),
        ])
        .unwrap();
        let mut g = doc(TEXT);
        g.events = Some(vec![listed.clone(), ev("Armed clash", None)]);
        // Paired: a TP of the predicted type.
        let mut p = doc("");
        p.events = Some(vec![ev("Air/drone strike", None), ev("Attack", None)]);
        let e = one(&g, &p).events.unwrap();
        assert_eq!(
            e.per_type["Air/drone strike"],
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            e.per_type["Armed clash"],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            e.per_type["Attack"],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert!(!e.per_type.contains_key("Shelling/artillery/missile attack"));
        assert_eq!(
            e.micro(),
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        assert!(close(e.micro().f1(), 0.5));
        // Unpaired: an FN of its first type.
        g.events = Some(vec![listed]);
        let e = one(&g, &doc("")).events.unwrap();
        assert_eq!(
            e.per_type["Shelling/artillery/missile attack"],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(e.micro().f1(), Some(0.0));
    }

    #[test]
    fn macro_f1_averages_over_the_types_that_occur() {
        let mut g = doc(TEXT);
        g.events = Some(vec![
            ev("Armed clash", None),
            ev("Armed clash", None),
            ev("Attack", None),
        ]);
        let mut p = doc("");
        p.events = Some(vec![
            ev("Armed clash", None),
            ev("Arrests", None),
            ev("Not a type", None),
        ]);
        let e = one(&g, &p).events.unwrap();
        // Armed clash: tp 1, fn 1 -> F1 2/3; Attack: fn 1 -> 0; Arrests: fp 1 -> 0.
        assert_eq!(e.macro_types(), 3);
        assert!(close(e.macro_f1(), (2.0 / 3.0) / 3.0));
        // The unknown type counts in micro only.
        assert_eq!(
            e.micro(),
            Counts {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!(EventScores::default().macro_f1(), None);
    }

    #[test]
    fn main_type_is_the_first_predicted_event_of_one_event_documents() {
        let mut s = Scorer::default();
        let mut g = doc(TEXT);
        g.events = Some(vec![ev("Attack", None)]);
        let mut right = doc("");
        right.events = Some(vec![ev("Attack", None), ev("Arrests", None)]);
        let mut wrong = doc("");
        wrong.events = Some(vec![ev("Arrests", None), ev("Attack", None)]);
        s.add(&g, &right);
        s.add(&g, &wrong);
        s.add(&g, &doc("")); // none listed: wrong
        let mut two = doc(TEXT);
        two.events = Some(vec![ev("Attack", None), ev("Attack", None)]);
        s.add(&two, &right); // not a one-event document
        let e = s.report().events.unwrap();
        assert_eq!(e.main_type, Ratio { hits: 1, total: 3 });
        assert_eq!(e.docs, 4);
    }

    fn actor(inter: Option<u8>, country: Option<&str>, names: &[&str]) -> GoldActor {
        GoldActor {
            inter,
            country: country.map(str::to_string),
            names: names.iter().map(|n| n.to_string()).collect(),
        }
    }

    #[test]
    fn actors_score_the_keys_gold_has_and_names_only_without_keys() {
        let g = actor(Some(1), Some("SY"), &["régime"]);
        assert_eq!(
            actor_right(&g, Some(&actor(Some(1), Some("SY"), &[]))),
            Some(true)
        );
        assert_eq!(
            actor_right(&g, Some(&actor(Some(1), Some("IQ"), &["régime"]))),
            Some(false)
        );
        assert_eq!(
            actor_right(&g, Some(&actor(Some(2), Some("SY"), &[]))),
            Some(false)
        );
        assert_eq!(actor_right(&g, None), Some(false));
        // Only inter in gold: the country is not scored.
        assert_eq!(
            actor_right(
                &actor(Some(2), None, &["EI"]),
                Some(&actor(Some(2), Some("SY"), &[]))
            ),
            Some(true)
        );
        // Names only: one folded name contains the other.
        let named = actor(None, None, &["Vladimir Poutine", "Putin"]);
        assert_eq!(
            actor_right(&named, Some(&actor(Some(1), None, &["poutine"]))),
            Some(true)
        );
        assert_eq!(
            actor_right(
                &named,
                Some(&actor(None, None, &["le président Vladimir Poutine"]))
            ),
            Some(true)
        );
        assert_eq!(
            actor_right(&named, Some(&actor(None, None, &["Trump"]))),
            Some(false)
        );
        assert_eq!(
            actor_right(&named, Some(&actor(None, None, &[]))),
            Some(false)
        );
        // Nothing to score.
        assert_eq!(actor_right(&actor(None, None, &[]), None), None);
    }

    fn loc(id: Option<u64>, c: Option<(f64, f64)>, country: Option<&str>) -> GoldLocation {
        GoldLocation {
            geonameid: id,
            lat: c.map(|c| c.0),
            lon: c.map(|c| c.1),
            country: country.map(str::to_string),
            name: None,
        }
    }

    #[test]
    fn locations_are_right_by_id_distance_or_country_alone() {
        let g = loc(Some(174448), Some((34.45, 40.92)), Some("SY"));
        assert_eq!(
            location_right(&g, Some(&loc(Some(174448), None, None))),
            Some(true)
        );
        assert_eq!(
            location_right(&g, Some(&loc(Some(1), Some((34.55, 40.92)), None))),
            Some(true),
            "~11 km"
        );
        assert_eq!(
            location_right(&g, Some(&loc(None, Some((34.75, 40.92)), Some("SY")))),
            Some(false),
            "~33 km"
        );
        assert_eq!(
            location_right(&g, Some(&loc(None, None, Some("SY")))),
            Some(false),
            "country is not enough here"
        );
        assert_eq!(location_right(&g, None), Some(false));
        let country_only = loc(None, None, Some("SY"));
        assert_eq!(
            location_right(
                &country_only,
                Some(&loc(Some(1), Some((1.0, 1.0)), Some("SY")))
            ),
            Some(true)
        );
        assert_eq!(
            location_right(&country_only, Some(&loc(None, None, Some("IQ")))),
            Some(false)
        );
        assert_eq!(
            location_right(&country_only, Some(&loc(Some(1), None, None))),
            Some(false)
        );
        assert_eq!(location_right(&loc(None, None, None), None), None);
    }

    #[test]
    fn dates_are_right_inside_the_span_or_equal() {
        let span = day("2017-11-11/2017-11-12");
        assert!(date_right(span, day("2017-11-11")));
        assert!(date_right(span, day("2017-11-12")));
        assert!(!date_right(span, day("2017-11-13")));
        assert!(date_right(span, day("2017-11-11/2017-11-12")));
        assert!(!date_right(span, day("2017-11-10/2017-11-12")));
        assert!(date_right(day("2017-11-08"), day("2017-11-08")));
        assert!(!date_right(day("2017-11-08"), day("2017-11-09")));
        assert!(!date_right(day("2017-11-08"), day("2017-11-08/2017-11-09")));
        assert_eq!(
            day("2017-11-08"),
            GoldDate::Day(Date::constant(2017, 11, 8))
        );
    }

    #[test]
    fn arguments_are_scored_over_paired_events_where_gold_has_them() {
        let mut g1 = ev("Attack", Some("Des frappes ont tué 26 civils"));
        g1.actor2 = Some(actor(Some(7), Some("SY"), &[]));
        g1.fatalities = Some(26);
        g1.date = Some(day("2017-11-11"));
        g1.location = Some(loc(None, None, Some("SY")));
        let mut g2 = ev("Armed clash", None);
        g2.fatalities = Some(0);
        g2.actor1 = Some(actor(Some(1), None, &[]));
        let mut g = doc(TEXT);
        g.events = Some(vec![g1, g2, ev("Arrests", None)]);
        let mut p1 = ev("Attack", Some("ont tué 26"));
        p1.actor2 = Some(actor(Some(7), Some("SY"), &[]));
        p1.fatalities = Some(9);
        p1.date = Some(day("2017-11-11"));
        p1.location = Some(loc(Some(3), None, Some("SY")));
        let p2 = ev("Armed clash", None); // paired, no arguments
        let mut p = doc("");
        p.events = Some(vec![p1, p2]);
        let e = one(&g, &p).events.unwrap();
        assert_eq!(e.actor1, Ratio { hits: 0, total: 1 });
        assert_eq!(e.actor2, Ratio { hits: 1, total: 1 });
        assert_eq!(e.location, Ratio { hits: 1, total: 1 });
        assert_eq!(e.date, Ratio { hits: 1, total: 1 });
        assert_eq!(e.fatalities, Ratio { hits: 0, total: 2 });
        let j = one(&g, &p).to_json();
        assert_eq!(j["events"]["fatalities_accuracy"], 0.0);
        assert_eq!(j["events"]["actor2_accuracy"], 1.0);
    }

    fn example() -> GoldDoc {
        let text = "L'État islamique (EI) a repris samedi Boukamal, selon l'OSDH. Des frappes ont tué 26 civils à Boukamal.";
        let line = serde_json::json!({
            "id": "ex", "text": text, "lang": "fr", "published": "2017-11-13",
            "events": [
                {"type": "Non-state actor overtakes territory",
                 "actor1": {"inter": 2, "names": ["État islamique", "EI"]}, "actor2": {"inter": 1, "country": "SY"},
                 "location": {"geonameid": 174448, "lat": 34.45226, "lon": 40.91854, "country": "SY"},
                 "date": "2017-11-11/2017-11-12", "fatalities": 0, "evidence": "a repris samedi Boukamal"},
                {"type": ["Shelling/artillery/missile attack", "Air/drone strike"],
                 "actor2": {"inter": 7}, "location": {"country": "SY"}, "date": "2017-11-11", "fatalities": 26,
                 "evidence": "Des frappes ont tué 26 civils"},
                {"type": "Agreement", "actor1": {"names": ["Donald Trump"]}}
            ],
            "places": [
                {"text": "Boukamal", "geonameid": 174448, "lat": 34.45226, "lon": 40.91854, "country": "SY"},
                {"text": "Boukamal", "geonameid": 174448, "lat": 34.45226, "lon": 40.91854, "country": "SY"}
            ],
            "times": [{"text": "samedi", "value": "2017-11-11"}],
            "entities": [{"text": "État islamique", "label": "ORG"}, {"text": "EI", "label": "ORG"},
                         {"text": "Boukamal", "label": "LOC"}, {"text": "OSDH", "label": "ORG"}]
        });
        parse_gold_line(&line.to_string()).unwrap()
    }

    #[test]
    fn gold_against_itself_is_perfect() {
        let g = example();
        let r = one(&g, &g);
        let j = r.to_json();
        assert_eq!(
            j,
            serde_json::json!({
                "docs": 1,
                "events": {"type_micro_f1": 1.0, "type_macro_f1": 1.0, "main_type_accuracy": null,
                           "actor1_accuracy": 1.0, "actor2_accuracy": 1.0, "location_accuracy": 1.0,
                           "date_accuracy": 1.0, "fatalities_accuracy": 1.0},
                "places": {"f1": 1.0, "acc161": 1.0, "geonameid_accuracy": 1.0, "median_km": 0.0},
                "times": {"f1": 1.0, "value_accuracy": 1.0, "relaxed_f1": 1.0, "value_f1": 1.0},
                "entities": {"f1": 1.0}
            })
        );
        // main_type is measured on one-event documents.
        let mut single = g.clone();
        single.events.as_mut().unwrap().truncate(1);
        assert_eq!(
            one(&single, &single).to_json()["events"]["main_type_accuracy"],
            1.0
        );
    }

    #[test]
    fn gold_against_an_empty_prediction_is_zero() {
        let g = example();
        for p in [
            GoldDoc::empty_prediction("ex"),
            GoldDoc {
                id: "ex".into(),
                ..Default::default()
            },
        ] {
            let r = one(&g, &p);
            let e = r.events.as_ref().unwrap();
            assert_eq!(e.micro().recall(), Some(0.0));
            assert_eq!(
                e.micro().precision(),
                None,
                "nothing predicted: precision is not measured"
            );
            let pl = r.places.as_ref().unwrap();
            assert_eq!(pl.mentions.recall(), Some(0.0));
            assert_eq!(pl.mentions.precision(), None);
            assert_eq!(
                r.to_json(),
                serde_json::json!({
                    "docs": 1,
                    "events": {"type_micro_f1": 0.0, "type_macro_f1": 0.0, "main_type_accuracy": null,
                               "actor1_accuracy": null, "actor2_accuracy": null, "location_accuracy": null,
                               "date_accuracy": null, "fatalities_accuracy": null},
                    "places": {"f1": 0.0, "acc161": null, "geonameid_accuracy": null, "median_km": null},
                    "times": {"f1": 0.0, "value_accuracy": null, "relaxed_f1": 0.0, "value_f1": 0.0},
                    "entities": {"f1": 0.0}
                })
            );
        }
        let mut single = g.clone();
        single.events.as_mut().unwrap().truncate(1);
        assert_eq!(
            one(&single, &doc("")).to_json()["events"]["main_type_accuracy"],
            0.0
        );
    }

    #[test]
    fn the_table_shows_counts_labels_and_types() {
        let g = example();
        let mut p = g.clone();
        p.events.as_mut().unwrap().pop();
        let t = one(&g, &p).to_table();
        for want in [
            "documents: 1",
            "events (1 documents)",
            "Non-state actor overtakes territory",
            "Agreement",
            "places",
            "median error, km",
            "entities",
            "  PER",
            "MISC",
            "(mean over 3 types)",
        ] {
            assert!(t.contains(want), "{want:?} missing from\n{t}");
        }
        assert!(
            !t.contains("Armed clash"),
            "types that do not occur are not listed\n{t}"
        );
    }

    #[test]
    fn score_by_id_pairs_documents_and_counts_missing_ones_as_empty() {
        let g = example();
        let mut g2 = doc("Damas");
        g2.id = "other".into();
        g2.times = Some(vec![time("Damas", "X")]);
        let r = score_by_id(&[g.clone(), g2], &[g]);
        assert_eq!(r.docs, 2);
        assert_eq!(
            r.times.unwrap().mentions,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
    }
}
