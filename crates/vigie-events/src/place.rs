//! Where an event happened: the place its sentence names, else the place named in the nearest
//! sentence before it that lies in the article's country (see [`theatre`]), else the article's
//! main place.
//!
//! The candidate places of a document are gathered once ([`EventPlaces::new`], in text order) and
//! each sentence finds its own by binary search.

use vigie_core::geo::haversine_km;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use vigie_core::{Document, EntityLabel, GeoRef, Place, Span};

use crate::resources::LanguageData;

/// How specific a place is: a town before its county, region, country or continent.
fn specificity(p: &Place) -> u8 {
    match p.geo.as_ref().and_then(|g| g.kind.as_deref()) {
        // A world or cross-border region ("Middle East", "Sahel"): as broad as a continent.
        Some("continent" | "region") => 4,
        Some("country") => 3,
        Some("admin1") => 2,
        Some("admin2") => 1,
        _ => 0,
    }
}

/// Two towns (or counties) further apart than this are not both where one sentence happens.
const TOWN_RADIUS_KM: f64 = 150.0;
/// The same for a town and a first-level subdivision, placed at the middle of its towns.
const REGION_RADIUS_KM: f64 = 400.0;

/// The most bytes between a town and the subdivision written as its container ("Ahmadabad
/// district, Paktia": " district, ").
const CONTAINER_GAP_BYTES: usize = 24;

/// Whether the text between a place and the next one writes the second as the first's
/// container: a comma or an opening bracket, after at most one word ("Ahmadabad district,
/// Paktia", "Kagara (Niger)"; not "Kabul, officials in Punjab").
fn written_as_container(between: &str) -> bool {
    written_as_container_within(between, 1)
}

/// [`written_as_container`] with at most `words` words before the mark ("Naushera sector area
/// (Rajouri district": two).
fn written_as_container_within(between: &str, words: usize) -> bool {
    let rest = between.trim_end();
    let Some(head) = rest.strip_suffix(',').or_else(|| rest.strip_suffix('(')) else { return false };
    let head = head.trim();
    between.len() <= CONTAINER_GAP_BYTES
        && head.split_whitespace().count() <= words
        && head.chars().all(|c| c.is_alphanumeric() || c == '-' || c.is_whitespace())
}

/// A place that can say where something happened: resolved, and not part of an actor's or an
/// organisation's name ("Luhansk People's Militia", "Punjab University", "Boko Haram").
/// `names`: the spans of the document's actor mentions and non-place entities, sorted by start.
fn candidate(names: &[Span], p: &Place) -> bool {
    let resolved = p.geo.as_ref().is_some_and(|g| g.lat.is_some() || g.country.is_some());
    // The names that start at or before the place and could hold it.
    let upto = names.partition_point(|s| s.start <= p.span.start);
    let in_name = names[..upto].iter().any(|s| s.contains(p.span) && *s != p.span);
    resolved && !in_name
}

/// Whether `q` agrees with `p` being where a sentence happens: the same country, and, when both
/// have a position, near enough (a town and its region, two towns of one area).
fn supports(p: &GeoRef, q: &GeoRef, p_kind: u8, q_kind: u8) -> bool {
    if p.country.is_none() || p.country != q.country {
        return false;
    }
    if p_kind >= 3 || q_kind >= 3 {
        return true;
    }
    match (p.lat.zip(p.lon), q.lat.zip(q.lon)) {
        (Some(a), Some(b)) => {
            let radius = if p_kind == 2 || q_kind == 2 { REGION_RADIUS_KM } else { TOWN_RADIUS_KM };
            haversine_km(a, b) <= radius
        }
        _ => true,
    }
}

/// The place among `places` (one sentence's) where its event happened.
///
/// 1. A place that agrees with none of the other places named with it, while some of them agree
///    with each other, is a namesake elsewhere of a place the gazetteer lacks ("Barangay
///    Gaya-gaya, San Jose del Monte, Bulacan": not Gaya in India): it is set aside.
/// 2. The most specific of the places left, the first of them ("in Acapulco, Guerrero, a man was
///    found dead in Colonia Libertad": the first town is where).
fn choose<'d>(text: &str, places: &[&'d Place], roles: &HashMap<Span, Role>, theatre: Option<&str>) -> Option<&'d Place> {
    let role = |p: &Place| roles.get(&p.span).copied().unwrap_or_default();
    let distinct = |a: &Place, b: &Place| {
        let (ga, gb) = (a.geo.as_ref(), b.geo.as_ref());
        match (ga.and_then(|g| g.geonameid), gb.and_then(|g| g.geonameid)) {
            (Some(x), Some(y)) => x != y,
            _ => text.get(a.span.start..a.span.end) != text.get(b.span.start..b.span.end),
        }
    };
    // How many of the other places agree with each one, those marked in `aside` left out.
    let support_of = |aside: &[bool]| -> Vec<usize> {
        places
            .iter()
            .map(|p| {
                let Some(gp) = p.geo.as_ref() else { return 0 };
                places
                    .iter()
                    .zip(aside)
                    .filter(|(q, set_aside)| !**set_aside && distinct(p, q))
                    .filter(|(q, _)| q.geo.as_ref().is_some_and(|gq| supports(gp, gq, specificity(p), specificity(q))))
                    .count()
            })
            .collect()
    };
    let support = support_of(&vec![false; places.len()]);
    // S102: a town that agrees with nothing, written right before a first-level subdivision of
    // another country as in "town, subdivision" or "town (subdivision)" ("Ahmadabad district,
    // Paktia" read as Ahmedabad in India), is a namesake of a place the gazetteer lacks.
    // S220: or before a district of another country, with up to two words between ("Naushera
    // sector area (Rajouri district, J&K)": not Nowshera in Pakistan), whatever else agrees with
    // it (a country named as an actor's: "the military forces of India and Pakistan").
    let foreign_to_its_container = |i: usize| {
        let p = places[i];
        let Some(country) = p.geo.as_ref().and_then(|g| g.country.as_ref()) else { return false };
        let foreign = |q: &Place| q.geo.as_ref().is_some_and(|g| g.country.as_ref().is_some_and(|c| c != country));
        specificity(p) == 0
            && places[i + 1..].iter().take(2).any(|q| {
                matches!(specificity(q), 1 | 2)
                    && foreign(q)
                    && text.get(p.span.end..q.span.start).is_some_and(|b| written_as_container_within(b, 2))
                    && (support[i] == 0 || specificity(q) == 1)
            })
    };
    let aside: Vec<bool> = (0..places.len()).map(foreign_to_its_container).collect();
    // A namesake set aside supports nothing ("Pakistan" agreed with Nowshera only).
    // S195: places that are only attributes (a person's home and its district: "from Lewes, East
    // Sussex") agreeing with each other set no other place aside: they say where someone is
    // from, not where the sentence happens.
    let support = support_of(&aside);
    let agreed = places.iter().zip(&support).enumerate().any(|(i, (p, &n))| !aside[i] && n > 0 && role(p).attribute < 2);
    let kept: Vec<&'d Place> = places
        .iter()
        .zip(&support)
        .enumerate()
        .filter(|(i, (_, n))| (!agreed || **n > 0) && !aside[*i])
        .map(|(_, (p, _))| *p)
        .collect();
    // S105: a place that is only the attribute of a speaker, an institution, a unit or a person
    // ("the Paris prosecutor", "from Portsmouth", "Moscow said") gives way to another place of
    // its sentence ([`replaces`]); one that holds something ("Ankara's") gives way too, less
    // strongly.
    let kept: Vec<&'d Place> = kept.iter().copied().filter(|p| !kept.iter().any(|q| replaces(q, p, role(q), role(p), theatre))).collect();
    // S194: a place written as the container of the place before it ("Myebon Township, Mrauk-U
    // District", "Kadikoy, Istanbul", "commune de Sangha (Bandiagara)") is not finer than it,
    // whatever the gazetteer holds it for (a town bearing its district's name): it gives way.
    // S220: and so on along a chain of containers ("Bamba (Koro, Mopti)": the commune, then its
    // district and its region, both held for towns): each gives way as the one it follows did.
    let mut contained = vec![false; kept.len()];
    for i in 1..kept.len() {
        let (q, p) = (kept[i - 1], kept[i]);
        contained[i] = (specificity(q) == 1 || contained[i - 1])
            && specificity(p) == 0
            && distinct(q, p)
            && text.get(q.span.end..p.span.start).is_some_and(written_as_container);
    }
    let kept: Vec<&'d Place> = kept.iter().zip(&contained).filter(|(_, c)| !**c).map(|(p, _)| *p).collect();
    // S220: a district of geoBoundaries (no GeoNames id) most often bears its chief town's name and
    // lies around it: it ranks with the towns, and the first named of them is where ("the town of
    // Aghtrin in the northern countryside of Aleppo", "Zari district center, Balkh").
    let rank = |p: &Place| {
        let district = p.geo.as_ref().is_some_and(|g| g.geonameid.is_none() && g.kind.as_deref() == Some("admin2"));
        if district { 0 } else { specificity(p) }
    };
    let best = kept.iter().map(|p| rank(p)).min()?;
    // S105: of the most specific countries, one a locative phrase governs ("in Syria", "dans le
    // nord de la Syrie") before one that stands alone ("Turkey launched an offensive in Syria").
    // Only countries and wider: of two towns, the one a locative governs may be where the
    // actor stood ("Damascus was shelled by rebels near Douma").
    let most = || kept.iter().copied().filter(|p| rank(p) == best);
    most().find(|p| best >= 3 && role(p).locative).or_else(|| most().next())
}

/// S105: whether `q` (its role `rq`) is where a sentence happens rather than `p` (its role `rp`),
/// a place less of an attribute than `q`: named in the same country, if `p` lies in the article's
/// theatre (`theatre`, counted without the attributes) ("the Paris prosecutor" and "Trèbes"; not
/// "from Nabatiyeh" and "Lebanon"), and at least as specific as `p` or in another country
/// ("from Portsmouth" and "Raqqa", "de Tarbes" and "au Mali").
fn replaces(q: &Place, p: &Place, rq: Role, rp: Role, theatre: Option<&str>) -> bool {
    fn country(x: &Place) -> Option<&str> {
        x.geo.as_ref().and_then(|g| g.country.as_deref())
    }
    let same = country(q) == country(p);
    rq.attribute < rp.attribute && (same || theatre.is_none_or(|t| country(p) != Some(t))) && (!same || specificity(q) <= specificity(p))
}

/// The country most of `places` lie in (none on a tie): where the article's events are,
/// while the other countries are mostly named in passing (governments that react, the home towns
/// of those involved, the reporter's city). Places below the country level are counted, if there
/// are any: a country's name is repeated for its government as much as for its land ("the UK
/// said"), a town's is not.
fn theatre(places: &[&Place]) -> Option<String> {
    let specific = places.iter().any(|p| specificity(p) < 3);
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let counted = places.iter().filter(|p| !specific || specificity(p) < 3);
    for c in counted.filter_map(|p| p.geo.as_ref().and_then(|g| g.country.as_deref())) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some(entry) => entry.1 += 1,
            None => counts.push((c, 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    let mut first = counts.into_iter().filter(|c| c.1 == best);
    let theatre = first.next()?;
    first.next().is_none().then(|| theatre.0.to_string())
}

/// The places of a document that can say where its events happened, gathered once.
pub(crate) struct EventPlaces<'d> {
    doc: &'d Document,
    /// Candidate places, in text order.
    places: Vec<&'d Place>,
    /// The country the article's candidate places lie in most often ([`theatre`]).
    country: Option<String>,
    /// The spans of the places named by a national capital's name, once
    /// [`EventPlaces::set_aside_acting_capitals`] has been given them ([`EventPlaces::refine`]).
    capitals: HashSet<Span>,
    /// S105: the part each place plays in its sentence ([`EventPlaces::read_roles`]).
    roles: HashMap<Span, Role>,
    /// S105: the theatre counted without the places that are only attributes.
    free_country: Option<String>,
    /// S113: the phrases that tell a sentence's event covers its whole country ([`PlaceCues`]).
    country_wide: Vec<&'d [String]>,
    /// S119: the phrases that name the article's country without its name ([`PlaceCues`]).
    country_self: Vec<&'d [String]>,
    /// S128: the countries named as the subject of a clause ("the US has avoided", "la France a
    /// frappé"): the state acting, an attribute ([`EventPlaces::set_aside_acting_capitals`]);
    /// S143: and the capitals so named before a verb ("Ankara bombed").
    acting_countries: HashSet<Span>,
    /// S124: the last sentence located and its place (`location_in`): the events stage asks
    /// again for a sentence whose event it drops or merges.
    located: std::cell::RefCell<Option<(Span, Option<GeoRef>)>>,
    /// S220: the countries of the document's places named outside actors' names ("Shadadah",
    /// not the "US" of "US forces"), read once per document ([`EventPlaces::named_as_place`]).
    named_countries: HashSet<String>,
}

impl<'d> EventPlaces<'d> {
    /// The dateline's place says where the reporter files from, not where the event happened:
    /// it is no candidate here (the article's main place may still be it). A person's name
    /// holds no place the places stage kept: that stage drops the places inside one unless the
    /// words around them say otherwise ("Bassa LGA" read as a person's name).
    pub(crate) fn new(doc: &'d Document) -> Self {
        let dateline = doc.meta.dateline.as_ref().map(|d| d.span);
        let mut names: Vec<Span> = doc
            .mentions
            .iter()
            .map(|m| m.span)
            .chain(
                doc.entities
                    .iter()
                    .filter(|e| !matches!(e.label, EntityLabel::Location | EntityLabel::Person))
                    .map(|e| e.span),
            )
            .collect();
        names.sort();
        let mut places: Vec<&Place> = doc
            .places
            .iter()
            .filter(|p| candidate(&names, p) && !dateline.is_some_and(|d| d.contains(p.span)))
            .collect();
        places.sort_by_key(|p| p.span);
        let country = theatre(&places);
        EventPlaces {
            doc,
            places,
            free_country: country.clone(),
            country,
            capitals: HashSet::default(),
            roles: HashMap::default(),
            country_wide: Vec::new(),
            country_self: Vec::new(),
            located: std::cell::RefCell::new(None),
            acting_countries: HashSet::default(),
            named_countries: doc
                .places
                .iter()
                .filter(|p| !doc.mentions.iter().any(|m| m.span.contains(p.span) && m.span != p.span))
                .filter_map(|p| p.geo.as_ref().and_then(|g| g.country.clone()))
                .collect(),
        }
    }

    /// S220: whether the document names a place of `country` outside actors' names.
    pub(crate) fn named_as_place(&self, country: &str) -> bool {
        self.named_countries.contains(country)
    }

    /// The spans of the places named by a national capital's name (`lang/*/actors-capitals.tsv`),
    /// each name folded once per document however often it is named.
    pub(crate) fn capital_spans(&self, capitals: &HashSet<String>) -> HashSet<Span> {
        let text = self.doc.text.as_str();
        let mut seen: HashMap<&str, bool> = HashMap::default();
        // S124: each name's words (`fold_phrase`'s) joined into one kept buffer, read into another.
        let (mut words, mut key) = (crate::fold::Words::default(), String::new());
        let mut capital = |t: &str| {
            words.read(t, Span::new(0, t.len()));
            key.clear();
            for (i, w) in words.iter().enumerate() {
                if i > 0 {
                    key.push(' ');
                }
                key.push_str(&w.folded);
            }
            capitals.contains(&key)
        };
        self.places
            .iter()
            .filter(|p| p.span.slice(text).is_some_and(|t| *seen.entry(t).or_insert_with(|| capital(t))))
            .map(|p| p.span)
            .collect()
    }

    /// S49: a capital named as the container of the place right after it is not where: "the
    /// Damascus suburb of Douma" (a `part` phrase between them), "la banlieue de Damas, Douma" (the
    /// phrase before the capital, a comma between them). The capital's mention is set aside; the
    /// theatre is left as it was counted. Which of the two contains the other is not told by the
    /// phrase ("the Shufat neighbourhood of Jerusalem"): only a capital that is not the other
    /// one, and no less specific a place than it, is taken for the container.
    pub(crate) fn set_aside_containers(&mut self, parts: &[&Vec<String>], capital_spans: &HashSet<Span>) {
        // (S124: the places change: no sentence keeps the place located before.)
        *self.located.get_mut() = None;
        if parts.is_empty() {
            return;
        }
        let text = self.doc.text.as_str();
        let capital = |p: &Place| capital_spans.contains(&p.span);
        // S124: the text between two places is folded only as far as a part phrase can reach
        // (one word more than the longest): longer, it is none of them.
        let reach = parts.iter().map(|p| p.len()).max().unwrap_or(0) + 1;
        let mut containers: Vec<Span> = Vec::new();
        for pair in self.places.windows(2) {
            let (x, y) = (pair[0], pair[1]);
            let (Some(gx), Some(gy)) = (x.geo.as_ref(), y.geo.as_ref()) else { continue };
            if x.span.end > y.span.start || gx.geonameid == gy.geonameid || specificity(y) > specificity(x) || !capital(x) || capital(y) {
                continue;
            }
            let Some(between) = text.get(x.span.end..y.span.start) else { continue };
            let joined = crate::fold::fold_first_words(between, reach);
            // The words before the capital (the phrase may stand there: "la banlieue de").
            let mut from = x.span.start.saturating_sub(40);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let before = crate::fold::fold_phrase(&text[from..x.span.start]);
            let part = parts.iter().any(|p| {
                joined == **p || (between.trim() == "," && before.len() >= p.len() && before[before.len() - p.len()..] == p[..])
            });
            if part {
                containers.push(x.span);
            }
        }
        self.places.retain(|p| !containers.contains(&p.span));
    }

    /// S49: a capital city that acts is its state, not where an event happened: the agent of a
    /// passive verb ("kept quiet by Moscow", "soutenu par Moscou": an `agent_marker` right before
    /// it), or the subject that opens its clause (first word, after a clause mark, a
    /// `coordinator` or a `time_subordinator`: "that Washington is gathering") before a
    /// `subject_auxiliary` ("has", "will", "a", "va") that starts no passive ("Damascus has been
    /// hit", "Moscou a été visée": a `passive_auxiliary` not followed by a `participle_ending`
    /// word, the capital stays the place). A capital joined by a `coordinator` to one that acts
    /// acts with it ("launched by Damascus and Baghdad"). The theatre is left as it was counted.
    /// (S124: the words are read into a buffer of `pool`.)
    pub(crate) fn set_aside_acting_capitals(&mut self, languages: &[&LanguageData], capital_spans: &HashSet<Span>, pool: &crate::fold::WordsPool) {
        // (S124: the places change: no sentence keeps the place located before.)
        *self.located.get_mut() = None;
        self.capitals.clone_from(capital_spans);
        let text = self.doc.text.as_str();
        let sentences = &self.doc.sentences;
        let mut acting: Vec<Span> = Vec::new();
        // S128: countries too, read as subjects only (below).
        let country = |p: &Place| p.geo.as_ref().is_some_and(|g| g.kind.as_deref() == Some("country"));
        let mut acting_countries: Vec<Span> = Vec::new();
        let named: Vec<&Place> = self.places.iter().copied().filter(|p| capital_spans.contains(&p.span) || country(p)).collect();
        // The words of the sentence last read, kept while the capitals named stay in it.
        let mut buffer = pool.take();
        let mut read: Option<(Span, Vec<bool>)> = None;
        for p in named {
            let k = sentences.partition_point(|s| s.span.start <= p.span.start);
            let Some(sentence) = k.checked_sub(1).map(|k| sentences[k].span).filter(|s| s.contains(p.span)) else { continue };
            if read.as_ref().is_none_or(|(s, _)| *s != sentence) {
                buffer.read(text, sentence);
                read = Some((sentence, crate::modality::clause_breaks(text, &buffer)));
            }
            let words: &[crate::fold::Word] = &buffer;
            let Some((_, breaks)) = read.as_ref() else { continue };
            let Some(i) = words.iter().position(|w| w.span.start == p.span.start) else { continue };
            // The word after the capital (past the end: none).
            let j = words.iter().position(|w| w.span.start >= p.span.end).unwrap_or(words.len());
            let is = |at: usize, list: fn(&LanguageData) -> &Vec<String>| {
                words.get(at).is_some_and(|w| languages.iter().any(|l| list(l).contains(&w.folded)))
            };
            // Also a capital joined to an acting one ("dénoncée par Niamey et Paris").
            let joined = i > 1 && !breaks[i] && is(i - 1, |l| &l.coordinators) && acting.iter().any(|a| a.end == words[i - 2].span.end);
            let agent = i > 0 && !breaks[i] && is(i - 1, |l| &l.agent_markers) || joined;
            let opens = breaks[i] || (i > 0 && (is(i - 1, |l| &l.coordinators) || is(i - 1, |l| &l.time_subordinators)));
            let passive = [j, j + 1].into_iter().find(|&k| is(k, |l| &l.passive_auxiliaries)).is_some_and(|k| {
                !words.get(k + 1).is_some_and(|w| languages.iter().any(|l| l.participle_endings.iter().any(|e| w.folded.ends_with(e.as_str()))))
            });
            let before_aux = !breaks.get(j).copied().unwrap_or(true) && is(j, |l| &l.subject_auxiliaries) && !passive;
            // S143: a word in lower case right after it, no auxiliary, no passive, no
            // coordinator, determiner or agent marker: most often the verb of the state acting
            // ("Ankara bombed positions in northern Iraq", "la Turquie bombarde Afrin"), when it
            // acts abroad: its country is not the article's theatre ("Paris était la cible").
            let abroad = self.country.is_some() && p.geo.as_ref().and_then(|g| g.country.as_ref()) != self.country.as_ref();
            let verb_after = abroad
                && !before_aux
                && !passive
                && !breaks.get(j).copied().unwrap_or(true)
                && words.get(j).is_some_and(|w| {
                    // (Apart from it by spaces only: not "Syria's", "Turkey-backed".)
                    text.get(p.span.end..w.span.start).is_some_and(|gap| !gap.is_empty() && gap.chars().all(char::is_whitespace))
                        && w.span.slice(text).and_then(|t| t.chars().next()).is_some_and(char::is_lowercase)
                })
                && !is(j, |l| &l.coordinators)
                && !is(j, |l| &l.determiners)
                && !is(j, |l| &l.agent_markers);
            if !capital_spans.contains(&p.span) {
                // S128: a country that opens its clause, a determiner allowed before it ("while
                // active in the air war, the US has avoided", "la France a frappé"), before a
                // subject auxiliary that starts no passive, is its state acting: an attribute
                // (`read_roles`), not set aside, so a sentence naming no other place keeps it
                // when nothing is carried ("Mali has been hit", "Syria is": no passive read as
                // acting, the place stays).
                let det = i > 0 && !breaks[i] && is(i - 1, |l| &l.determiners);
                let opens_at = |at: usize| breaks[at] || (at > 0 && (is(at - 1, |l| &l.coordinators) || is(at - 1, |l| &l.time_subordinators)));
                // So is one after an `agent_marker` ("backed by Qatar", "frappés par la France").
                let by = if det { i > 1 && !breaks[i - 1] && is(i - 2, |l| &l.agent_markers) } else { i > 0 && !breaks[i] && is(i - 1, |l| &l.agent_markers) };
                if ((if det { opens_at(i - 1) } else { opens_at(i) }) && (before_aux || verb_after)) || by {
                    acting_countries.push(p.span);
                }
                continue;
            }
            let subject = opens && before_aux;
            if agent || subject {
                acting.push(p.span);
            } else if opens && verb_after {
                // S143: a capital before such a verb is kept, as an attribute (`read_roles`):
                // another place of its sentence is where, else the one carried, else it.
                acting_countries.push(p.span);
            }
        }
        pool.give(buffer);
        self.acting_countries = acting_countries.into_iter().collect();
        self.places.retain(|p| !acting.contains(&p.span));
    }

    /// S105: reads the part each place plays in its sentence ([`Role`]) from the words around
    /// it. A place written as the container of the place right before it ("from Douma, Syria")
    /// plays the same part.
    /// (S124: the words around each place are read into buffers of `pool`.)
    pub(crate) fn read_roles(&mut self, cues: &[&'d PlaceCues], pool: &crate::fold::WordsPool) {
        // (S124: the places change: no sentence keeps the place located before.)
        *self.located.get_mut() = None;
        if cues.is_empty() {
            return;
        }
        let text = self.doc.text.as_str();
        let mut last: Option<(Span, Role)> = None;
        let mut scratch = RoleScratch { before: pool.take(), after: pool.take(), lower: String::new() };
        let mention_starts: HashSet<usize> = self.doc.mentions.iter().map(|m| m.span.start).collect();
        for p in &self.places {
            let mut role = role_of(text, p.span, cues, self.capitals.contains(&p.span), &mut scratch);
            // S173: a country joined by a `list_link` to an actor named right after it ("clashes
            // with US and US-backed forces") is one of the sides, its state acting: an attribute.
            if specificity(p) == 3 && coordinated_with_actor(text, p.span.end, cues, &mention_starts) {
                role.attribute = 2;
            }
            // S128: a country acting ("the US has avoided") is its state, an attribute.
            if self.acting_countries.contains(&p.span) {
                role.attribute = 2;
            }
            if let Some((span, before)) = last {
                let joined = span.end <= p.span.start && text.get(span.end..p.span.start).is_some_and(|b| joins_list(b, cues));
                if joined {
                    role.attribute = role.attribute.max(before.attribute);
                    role.locative |= before.locative;
                }
            }
            last = Some((p.span, role));
            if role != Role::default() {
                self.roles.insert(p.span, role);
            }
        }
        pool.give(scratch.before);
        pool.give(scratch.after);
        let free: Vec<&Place> = self.places.iter().copied().filter(|p| self.roles.get(&p.span).is_none_or(|r| r.attribute < 2)).collect();
        self.free_country = theatre(&free);
        self.country_wide = cues.iter().flat_map(|c| c.country_wide.iter().map(Vec::as_slice)).collect();
        self.country_self = cues.iter().flat_map(|c| c.country_self.iter().map(Vec::as_slice)).collect();
    }

    /// The place the sentence names (see [`choose`]), else the one of the nearest sentence
    /// before it that names one ("In Volta Redonda, Rio de Janeiro, ... . The officers were
    /// attacked": Volta Redonda, not the last place named). A place carried over from another
    /// sentence must lie in the country most of the article's places lie in: one elsewhere is most often
    /// named in passing (a government's capital, a person's home town, the reporter's city), and
    /// a long article, one paragraph from end to end, would otherwise carry it far.
    /// `words`: the sentence's words as [`crate::fold::Words::read`] reads them (S124: the events
    /// stage's own, not read again).
    pub(crate) fn location_in(&self, sentence: Span, words: &[crate::fold::Word]) -> Option<GeoRef> {
        if let Some((_, place)) = self.located.borrow().as_ref().filter(|(s, _)| *s == sentence) {
            return place.clone();
        }
        let place = self.locate(sentence, words);
        *self.located.borrow_mut() = Some((sentence, place.clone()));
        place
    }

    /// [`EventPlaces::location_in`], worked out.
    fn locate(&self, sentence: Span, words: &[crate::fold::Word]) -> Option<GeoRef> {
        let geo = self.named_location(sentence, words)?;
        // Only a country (or, S113, a first-level subdivision) is refined: any other place is
        // the sentence's as it is.
        let level = match geo.kind.as_deref() {
            Some("country") => 3,
            Some("admin1") => 2,
            _ => return Some(geo),
        };
        // A place of that country the sentence names, even one that says no place of an event
        // here ("la place Tahrir de Bagdad", a capital that acts), tells the sentence is not
        // about the article's town: no refinement.
        let named_below = self.doc.places.iter().any(|p| {
            sentence.contains(p.span) && specificity(p) < level && p.geo.as_ref().is_some_and(|g| g.country.is_some() && g.country == geo.country)
        });
        if named_below {
            return Some(geo);
        }
        // S113: an event told of the whole country ("a nationwide strike", "la trêve tient") keeps
        // it; S119: so does one told of a part of it named by no name ("dans le centre du pays").
        if self.country_wide(words) || says(&self.country_self, words) {
            return Some(geo);
        }
        if let Some(town) = self.tied_place(sentence, &geo, level) {
            return Some(town);
        }
        Some(if level == 3 { self.refine(geo, false) } else { geo })
    }

    /// [`EventPlaces::location_in`], reading the sentence's words itself.
    #[cfg(test)]
    pub(crate) fn location(&self, sentence: Span) -> Option<GeoRef> {
        self.location_in(sentence, &crate::fold::words(&self.doc.text, sentence))
    }

    /// S113: whether the sentence says its event covers its whole country (`country_wide` cues
    /// of `lang/<code>/event-places.tsv`: "nationwide", "à travers le pays", "ceasefire").
    /// S124: read on the sentence's words (`words`, folded as `fold_phrase` folds its text), not
    /// folded again.
    fn country_wide(&self, words: &[crate::fold::Word]) -> bool {
        says(&self.country_wide, words)
    }

    /// S119: the country `geo` lies in, as the document names it (a place of the country's
    /// kind with its code); `geo` itself when it is one or the document names none.
    fn country_of(&self, geo: GeoRef) -> GeoRef {
        if geo.kind.as_deref() == Some("country") || geo.country.is_none() {
            return geo;
        }
        self.doc
            .places
            .iter()
            .filter_map(|p| p.geo.as_ref())
            .find(|g| g.kind.as_deref() == Some("country") && g.country == geo.country)
            .cloned()
            .unwrap_or(geo)
    }

    /// S113: the town (or district) inside `geo`, a country or a first-level subdivision (its
    /// specificity `level`) the sentence names alone, that the article ties to the sentence's
    /// event: one a locative governs ("à Gao", "east of Ansongo"), no attribute, no national
    /// capital (named for its government as often as for its streets), named in the next sentence
    /// of its paragraph, else the sentence before, else two sentences after or before; for a
    /// headline (the article's first line), in the first `LEAD_SENTENCES` sentences after it. A
    /// sentence that names two such places of the country (by id) ties it to neither.
    /// "Un militaire a été blessé au Mali. Son véhicule a sauté lors d'une opération à l'est
    /// d'Ansongo": Ansongo. None when none is so named.
    fn tied_place(&self, sentence: Span, geo: &GeoRef, level: u8) -> Option<GeoRef> {
        let text = self.doc.text.as_str();
        let sentences = &self.doc.sentences;
        let k = sentences.partition_point(|s| s.span.start < sentence.start);
        if sentences.get(k).is_none_or(|s| s.span != sentence) {
            return None;
        }
        let inside = |p: &Place| {
            let Some(g) = p.geo.as_ref() else { return false };
            if g.country.is_none() || g.country != geo.country || specificity(p) >= level || self.capitals.contains(&p.span) {
                return false;
            }
            if level == 2 {
                let same_admin = g.admin1.is_some() && g.admin1 == geo.admin1;
                let near = match (g.lat.zip(g.lon), geo.lat.zip(geo.lon)) {
                    (Some(a), Some(b)) => haversine_km(a, b) <= REGION_RADIUS_KM,
                    _ => false,
                };
                if !(same_admin || (geo.admin1.is_none() && near)) {
                    return false;
                }
            }
            self.roles.get(&p.span).is_some_and(|r| r.locative && r.attribute < 2)
        };
        let named_in = |s: Span| -> Option<GeoRef> {
            let from = self.places.partition_point(|p| p.span.start < s.start);
            let to = self.places.partition_point(|p| p.span.start <= s.end);
            let found: Vec<&Place> = self.places[from..to].iter().copied().filter(|p| s.contains(p.span) && inside(p)).collect();
            let chosen = choose(text, &found, &self.roles, self.free_country.as_deref())?;
            let id = chosen.geo.as_ref().and_then(|g| g.geonameid);
            // A sentence that names another place of the country as specific (no capital, no
            // attribute) ties the event to neither ("officials in Aden and Taiz").
            let rival = self.places[from..to].iter().any(|p| {
                s.contains(p.span)
                    && specificity(p) <= specificity(chosen)
                    && !self.capitals.contains(&p.span)
                    && self.roles.get(&p.span).is_none_or(|r| r.attribute < 2)
                    && p.geo.as_ref().is_some_and(|g| g.country == geo.country && (g.geonameid != id || id.is_none()) && !std::ptr::eq(*p, chosen))
            });
            if rival {
                return None;
            }
            chosen.geo.clone()
        };
        let paragraph_start = text[..sentence.start].rfind('\n').map_or(0, |i| i + 1);
        let paragraph_end = text[sentence.end.min(text.len())..].find('\n').map_or(text.len(), |i| sentence.end + i);
        let headline = paragraph_start == 0 && paragraph_end < text.len();
        if headline {
            return sentences[k + 1..].iter().take(LEAD_SENTENCES).find_map(|s| named_in(s.span));
        }
        let in_paragraph = |i: usize| sentences.get(i).map(|s| s.span).filter(|s| s.start >= paragraph_start && s.end <= paragraph_end);
        [Some(k + 1), k.checked_sub(1), Some(k + 2), k.checked_sub(2)].into_iter().flatten().filter_map(in_paragraph).find_map(named_in)
    }

    /// S64: a country that stands for the one town or subdivision of it the article names again
    /// and again is that place: "Yémen : un vidéaste tué par des hommes armés", in an article that
    /// names Aden four times, happened in Aden; the headline and the lead name the country, the
    /// body the town. The place must be named at least twice, more often than any other place of
    /// the country below the country level, and not be the national capital (named for its
    /// government as often as for its streets: "Damas", "Niamey"). The article's main place
    /// (`main`: no sentence named the event's) in another country than the article's theatre
    /// ([`theatre`]) ("Russia", named for its air force, in an article about Daraa) gives way to
    /// the place so found in the theatre. Anything else is kept.
    pub(crate) fn refine(&self, geo: GeoRef, main: bool) -> GeoRef {
        if geo.kind.as_deref() != Some("country") {
            return geo;
        }
        let refined = |country: Option<&String>| -> Option<GeoRef> {
            let country = country?;
            // Counted by GeoNames id, else by name (a subdivision the gazetteer ties to no id).
            type Key<'a> = (Option<u64>, Option<&'a str>);
            let mut counts: Vec<(Key, usize, &GeoRef)> = Vec::new();
            for p in &self.places {
                let Some(g) = p.geo.as_ref().filter(|g| g.country.as_ref() == Some(country)) else { continue };
                if specificity(p) > 2 || self.capitals.contains(&p.span) {
                    continue;
                }
                let id = (g.geonameid, if g.geonameid.is_some() { None } else { g.name.as_deref() });
                if id == (None, None) {
                    continue;
                }
                match counts.iter_mut().find(|(i, _, _)| *i == id) {
                    Some(entry) => entry.1 += 1,
                    None => counts.push((id, 1, g)),
                }
            }
            let best = counts.iter().map(|c| c.1).max().filter(|&n| n >= 2)?;
            let mut top = counts.into_iter().filter(|c| c.1 == best);
            let first = top.next()?;
            top.next().is_none().then(|| first.2.clone())
        };
        if let Some(g) = refined(geo.country.as_ref()) {
            return g;
        }
        if main && self.country.is_some() && geo.country != self.country {
            if let Some(g) = refined(self.country.as_ref()) {
                return g;
            }
        }
        geo
    }

    /// The place the sentence names or the nearest sentence before it names ([`EventPlaces::location_in`]).
    fn named_location(&self, sentence: Span, words: &[crate::fold::Word]) -> Option<GeoRef> {
        let text = self.doc.text.as_str();
        let from = self.places.partition_point(|p| p.span.start < sentence.start);
        let to = self.places.partition_point(|p| p.span.start <= sentence.end);
        let in_sentence: Vec<&Place> = self.places[from..to].iter().copied().filter(|p| sentence.contains(p.span)).collect();
        // S105: a sentence whose places are all a speaker's, an institution's or a person's ("a
        // précisé le parquet de Paris") takes the place of the sentences before, if they name
        // one; else its own.
        let attribute = |p: &Place| self.roles.get(&p.span).is_some_and(|r| r.attribute >= 2);
        let own = || choose(text, &in_sentence, &self.roles, self.free_country.as_deref()).and_then(|p| p.geo.clone());
        if !in_sentence.iter().all(|p| attribute(p)) {
            return own();
        }
        let found = self.carried(sentence, from, &attribute).or_else(own)?;
        // S119: a sentence that names no place of its own but tells of the country ("in the east
        // of the country", "dans le centre du pays", "across the country") is placed in the
        // country of the place carried, not at its town ("dans le centre de Bamako. Quatre
        // soldats ont été tués dans le centre du pays": Mali).
        if self.country_wide(words) || says(&self.country_self, words) {
            return Some(self.country_of(found));
        }
        Some(found)
    }

    /// The place of the nearest sentence before `sentence` that names one ([`EventPlaces::location_in`]);
    /// `from`: the index of the first place not before the sentence. S105: a place that is only
    /// an attribute (`attribute`) is not carried.
    fn carried(&self, sentence: Span, from: usize, attribute: &dyn Fn(&Place) -> bool) -> Option<GeoRef> {
        let text = self.doc.text.as_str();
        // The last place that ends before the sentence, and the sentence that holds it.
        // S128: the theatre counted without the attributes (a newspaper's city, a state that
        // acts), else, on a tie, with them; none when the count with them ties (a town named
        // once more than another gives no theatre).
        let theatre = self.country.as_ref().and(self.free_country.as_ref().or(self.country.as_ref()));
        let in_country = |p: &Place| theatre.is_none() || p.geo.as_ref().and_then(|g| g.country.as_ref()) == theatre;
        let before = |p: &&Place| p.span.end <= sentence.start && in_country(p) && !attribute(p);
        // S113: a place a locative governs ("in Raqqa", "près de Gao") says where something
        // happened; one named otherwise ("the battles for Mosul and Raqqa", "Manchester's
        // mayor") is named in passing: the nearest locative one at least as specific as the last
        // place named is carried, if any; then the places of its sentence, as before.
        let locative = |p: &&Place| self.roles.get(&p.span).is_some_and(|r| r.locative);
        // A country or a region so governed ("in Syria") does not outweigh a town named last; a
        // national capital so governed is most often a landmark ("on the outskirts of Damascus").
        let last = self.places[..from].iter().copied().rfind(before)?;
        let (last_before, by_locative) = match self.places[..from].iter().copied().rfind(|p| before(p) && locative(p) && specificity(p) <= specificity(last) && !self.capitals.contains(&p.span)) {
            Some(p) => (p, true),
            None => (last, false),
        };
        let sentences = &self.doc.sentences;
        let k = sentences.partition_point(|s| s.span.start <= last_before.span.start);
        let start = k
            .checked_sub(1)
            .map(|k| sentences[k].span)
            .filter(|s| s.contains(last_before.span))
            .map_or(last_before.span.start, |s| s.start);
        let first = self.places[..from].partition_point(|p| p.span.start < start);
        // The places of that sentence (and, carried by no locative, of those after it).
        let end = if by_locative { k.checked_sub(1).map_or(last_before.span.end, |k| sentences[k].span.end.max(last_before.span.end)) } else { sentence.start };
        let earlier: Vec<&Place> = self.places[first..from].iter().copied().filter(|p| p.span.end <= end && before(p)).collect();
        choose(text, &earlier, &self.roles, self.free_country.as_deref()).and_then(|p| p.geo.clone())
    }
}

// S105: event places in news.

/// The words around a place that tell its part in its sentence (`lang/<code>/event-places.tsv`,
/// resources/docs/events.md, "Event places in news (S105)"), one language's.
#[derive(Debug, Default)]
pub(crate) struct PlaceCues {
    /// Phrases right before a place that make it an attribute ("from", "selon").
    attribute_before: Vec<Vec<String>>,
    /// Nouns whose complement ("de X", "of X") is their seat ("parquet", "regiment").
    seats: HashSet<String>,
    /// Words that join a seat noun to its place ("de", "of").
    seat_links: HashSet<String>,
    /// Phrases right after a place that make it an attribute ("said", "prosecutor").
    attribute_after: Vec<Vec<String>>,
    /// Words right after a place that make an `attribute_before` phrase the start of a route
    /// ("from Damascus to Douma"), not an attribute; compared as written, lower-cased (the
    /// French "à" is no "a").
    route_after: Vec<String>,
    /// Strings written right after a place, with no space, that make it an attribute ("-based").
    attribute_suffixes: Vec<String>,
    /// The same, for a weaker reading: the place only gives way to another place of its
    /// sentence ("'s": "Ankara's tutelage").
    holder_suffixes: Vec<String>,
    /// Phrases that govern a place as where something happens ("in", "near", "à", "près de").
    locatives: Vec<Vec<String>>,
    /// Words that may stand between a locative phrase and its place ("the", "northern", "nord").
    locative_fillers: HashSet<String>,
    /// S112: the last word of each `locatives` phrase: a place whose words before it end with
    /// none of them is governed by none.
    locative_ends: HashSet<String>,
    /// S113: phrases that tell an event covers its whole country ("nationwide", "ceasefire").
    country_wide: Vec<Vec<String>>,
    /// S119: phrases that measure a distance to a place ("km", "hour's drive", "heure de
    /// route"); a word that is a number glued to a one-word unit ("60km") is one too.
    distance_units: Vec<Vec<String>>,
    /// S119: the words that join a distance to its place ("of", "from", "de", "au"); fillers
    /// may stand with them ("60 km south-east of", "à 60 km au sud-est de la capitale").
    distance_links: HashSet<String>,
    /// S119: phrases that name the country of the article without its name ("in the north of
    /// the country", "dans le centre du pays").
    country_self: Vec<Vec<String>>,
    /// S119: the words that may join a reporting verb to the words it reports ("that", "que").
    report_links: HashSet<String>,
    /// S173: the words that join two places of one list ("and", "et"): the second plays the
    /// first's part ("from Kilis and Hatay").
    list_links: HashSet<String>,
}

/// S113: how many sentences after a headline are read for the town of the event it names only
/// by its country (the lead and the sentences that tell it).
const LEAD_SENTENCES: usize = 3;

/// How far one phrase before or after a place is looked for, in words.
const CUE_WORDS: usize = 6;
/// How many words may stand between a seat noun and the word that joins it to its place
/// ("régiment d'infanterie de soutien logistique parachutiste de Toulouse").
const SEAT_GAP_WORDS: usize = 6;

impl PlaceCues {
    /// Every language's cues, by language code.
    pub(crate) fn load(resources: &vigie_resources::Resources) -> Result<HashMap<String, PlaceCues>, vigie_resources::ResourceError> {
        let mut all = HashMap::default();
        for code in resources.languages() {
            let path = format!("lang/{code}/event-places.tsv");
            let mut cues = PlaceCues::default();
            for line in resources.lines(&path) {
                let f = line.fields_n(2)?;
                let phrase = crate::fold::fold_phrase(f[1]);
                let literal = f[1].to_lowercase();
                if phrase.is_empty() && !matches!(f[0], "attribute_suffix" | "holder_suffix" | "route_after") {
                    return Err(line.error("no word in the cue"));
                }
                match f[0] {
                    "attribute_before" => cues.attribute_before.push(phrase),
                    "attribute_after" => cues.attribute_after.push(phrase),
                    "seat" => cues.seats.extend(phrase),
                    "seat_link" => cues.seat_links.extend(phrase),
                    "route_after" => cues.route_after.push(literal),
                    "attribute_suffix" => cues.attribute_suffixes.push(literal),
                    "holder_suffix" => cues.holder_suffixes.push(literal),
                    "locative" => {
                        cues.locative_ends.extend(phrase.last().cloned());
                        cues.locatives.push(phrase);
                    }
                    "locative_filler" => cues.locative_fillers.extend(phrase),
                    "country_wide" => cues.country_wide.push(phrase),
                    "distance_unit" => cues.distance_units.push(phrase),
                    "distance_link" => cues.distance_links.extend(phrase),
                    "country_self" => cues.country_self.push(phrase),
                    "report_link" => cues.report_links.extend(phrase),
                    "list_link" => cues.list_links.extend(phrase),
                    other => return Err(line.error(format!("unknown kind `{other}`"))),
                }
            }
            all.insert(code, cues);
        }
        Ok(all)
    }
}

/// Whether the text between two places joins them as one list or as a place and its container,
/// so that the second plays the first's part: a comma or an opening bracket ("from Douma,
/// Syria"), S173: followed by at most two capitalised words, the start of the second's name that
/// the gazetteer left out ("from Lewes, East Sussex": "Sussex"); or a `list_link` word alone
/// ("from Kilis and Hatay").
fn joins_list(between: &str, cues: &[&PlaceCues]) -> bool {
    let b = between.trim();
    if let Some(rest) = b.strip_prefix(',').or_else(|| b.strip_prefix('(')) {
        let words: Vec<&str> = rest.split_whitespace().collect();
        return words.len() <= 2 && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'));
    }
    !b.is_empty() && !b.contains(char::is_whitespace) && cues.iter().any(|c| c.list_links.contains(&b.to_lowercase()))
}

/// S173: whether the place ending at `end` is followed by a `list_link` word alone and then, right
/// after it, an actor mention (one of `mention_starts`): "US and US-backed forces".
fn coordinated_with_actor(text: &str, end: usize, cues: &[&PlaceCues], mention_starts: &HashSet<usize>) -> bool {
    let Some(after) = text.get(end..) else { return false };
    let word_start = after.len() - after.trim_start().len();
    let rest = &after[word_start..];
    let Some(word_len) = rest.find(char::is_whitespace) else { return false };
    let tail = &rest[word_len..];
    let gap = tail.len() - tail.trim_start().len();
    word_start > 0
        && cues.iter().any(|c| c.list_links.contains(&rest[..word_len].to_lowercase()))
        && mention_starts.contains(&(end + word_start + word_len + gap))
}

/// The cues of the document's language, or of every language when it is not known.
pub(crate) fn cues_for<'a>(all: &'a HashMap<String, PlaceCues>, doc: &Document) -> Vec<&'a PlaceCues> {
    let code = doc.meta.lang.as_ref().map(|l| l.code.as_str()).unwrap_or("und");
    match all.get(code) {
        Some(cues) => vec![cues],
        None => {
            let mut codes: Vec<&String> = all.keys().collect();
            codes.sort();
            codes.into_iter().map(|c| &all[c]).collect()
        }
    }
}

/// The part a place plays in its sentence, read from the words around it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Role {
    /// 0: none; 1: it holds something ("Ankara's"), it gives way to another place of its
    /// sentence; 2: it is a speaker's, an institution's, a unit's or a person's place ("the
    /// Paris prosecutor", "from Portsmouth", "Moscow said"), no place of an event while another
    /// place is named.
    attribute: u8,
    /// Governed by a locative phrase ("in X", "dans le nord de la X").
    locative: bool,
}

/// Whether `words` ends with `phrase`.
fn ends_with(words: &[crate::fold::Word], phrase: &[String]) -> bool {
    words.len() >= phrase.len() && starts_with(&words[words.len() - phrase.len()..], phrase)
}

/// Whether `words` begins with `phrase`.
fn starts_with(words: &[crate::fold::Word], phrase: &[String]) -> bool {
    words.len() >= phrase.len() && words.iter().zip(phrase).all(|(w, p)| w.folded == *p)
}

/// S112: how many of the last words before a place [`role_of`] may look at: the longest
/// `attribute_before` phrase, a seat link and the words up to its seat noun, the fillers and the
/// longest locative phrase before them.
fn before_words(cues: &[&PlaceCues]) -> usize {
    let longest = |phrases: &[Vec<String>]| phrases.iter().map(Vec::len).max().unwrap_or(0);
    cues.iter()
        .map(|c| longest(&c.attribute_before).max(SEAT_GAP_WORDS + 2).max(CUE_WORDS + longest(&c.locatives)).max(CUE_WORDS + longest(&c.distance_units)))
        .max()
        .unwrap_or(0)
        + 1
}

/// S112: the buffers [`role_of`] reads into, kept from one place to the next (a document names
/// dozens of places; reading each one's words into new strings cost more than the reading).
#[derive(Default)]
struct RoleScratch {
    before: crate::fold::Words,
    after: crate::fold::Words,
    lower: String,
}

/// Marks that end the stretch of words read around a place: a clause or a sentence ends there.
fn is_stop(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '.' | '!' | '?' | '\n' | '"' | '«' | '»' | '“' | '”' | '–' | '—')
}

/// The role of the place at `span` ([`Role`]), from the words of its clause before and after it.
/// `capital`: whether the place is named by a national capital's name.
fn role_of(text: &str, span: Span, cues: &[&PlaceCues], capital: bool, scratch: &mut RoleScratch) -> Role {
    let mut from = span.start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before_text = &text[from..span.start];
    let before_text = match before_text.char_indices().rfind(|(_, c)| is_stop(*c)) {
        Some((k, c)) => &before_text[k + c.len_utf8()..],
        None => before_text,
    };
    // The words `fold_phrase` would give, read into the kept buffers. Only the last words before
    // the place are looked at (`before_words`): the text is read from the whitespace before
    // them, where a word always begins, and whole when that holds fewer of them.
    let needed = before_words(cues);
    let cut = crate::fold::runs_start(before_text, needed);
    scratch.before.read(before_text, Span::new(cut, before_text.len()));
    if cut > 0 && scratch.before.len() < needed {
        scratch.before.read(before_text, Span::new(0, before_text.len()));
    }
    let before: &[crate::fold::Word] = &scratch.before;
    let mut to = (span.end + 80).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let after_raw = &text[span.end..to];
    let after_text = after_raw.find(is_stop).map_or(after_raw, |k| &after_raw[..k]);
    // Only the first `CUE_WORDS` words after it are looked at: read up to the whitespace after
    // them, where a word always ends, and whole when that holds fewer.
    let cut = crate::fold::runs_end(after_text, CUE_WORDS);
    scratch.after.read(after_text, Span::new(0, cut));
    if cut < after_text.len() && scratch.after.len() < CUE_WORDS {
        scratch.after.read(after_text, Span::new(0, after_text.len()));
    }
    let after: &[crate::fold::Word] = &scratch.after[..scratch.after.len().min(CUE_WORDS)];
    // The text after the place lower-cased, of which only the start is read: its first word (a
    // `route_after`) and as many bytes as the longest suffix. Lower-cased one character at a time,
    // as `to_lowercase` does but for a capital sigma (which reads the characters around it: then
    // the whole text is), up to the end of that first word.
    let suffix_bytes = cues.iter().flat_map(|c| c.attribute_suffixes.iter().chain(&c.holder_suffixes)).map(String::len).max().unwrap_or(0);
    let lowered;
    let after_lower: &str = if after_raw.contains('Σ') {
        lowered = after_raw.to_lowercase();
        &lowered
    } else {
        let lower = &mut scratch.lower;
        lower.clear();
        // Whether a first word (a run of alphanumeric characters, lower-cased) began, and ended.
        let (mut begun, mut ended) = (false, false);
        for ch in after_raw.chars() {
            for l in ch.to_lowercase() {
                lower.push(l);
                if l.is_alphanumeric() {
                    begun = true;
                } else if begun {
                    ended = true;
                }
            }
            if ended && lower.len() >= suffix_bytes {
                break;
            }
        }
        lower
    };
    let mut role = Role::default();
    for c in cues {
        let route = after_lower.split(|ch: char| !ch.is_alphanumeric()).find(|w| !w.is_empty()).is_some_and(|w| c.route_after.iter().any(|r| r == w));
        let strong = (!route && c.attribute_before.iter().any(|p| ends_with(before, p)))
            || c.attribute_after.iter().any(|p| starts_with(after, p))
            || c.attribute_suffixes.iter().any(|s| after_lower.starts_with(s.as_str()))
            || (before.last().is_some_and(|w| c.seat_links.contains(&w.folded))
                && before.iter().rev().skip(1).take(SEAT_GAP_WORDS + 1).any(|w| c.seats.contains(&w.folded)));
        // S119: a capital right after a reporting verb ("Lavrov said Moscow would propose") is
        // the subject of the words reported: its state, acting.
        // A `report_link` may stand between them ("a affirmé que Moscou").
        let reported = capital && {
            let upto = match before.last() {
                Some(w) if c.report_links.contains(&w.folded) => &before[..before.len() - 1],
                _ => before,
            };
            c.attribute_after.iter().any(|p| ends_with(upto, p))
        };
        if strong || reported || measured_from(before, c) {
            role.attribute = 2;
        } else if role.attribute == 0 && c.holder_suffixes.iter().any(|s| after_lower.starts_with(s.as_str())) {
            role.attribute = 1;
        }
        // A locative phrase, right before the place or past fillers ("dans le nord de la").
        let mut end = before.len();
        loop {
            if end > 0 && c.locative_ends.contains(&before[end - 1].folded) && c.locatives.iter().any(|p| ends_with(&before[..end], p)) {
                role.locative = true;
                break;
            }
            if end == 0 || before.len() - end >= CUE_WORDS || !c.locative_fillers.contains(&before[end - 1].folded) {
                break;
            }
            end -= 1;
        }
    }
    role
}

/// S119: whether the words before a place measure a distance from it ("60 km south-east of",
/// "an hour's drive from", "à 60 km au sud-est de la capitale", "à une heure de route de"): a
/// `distance_unit` phrase, then `distance_link` words and fillers, at least one link, at most
/// `CUE_WORDS` of them. Such a place is a landmark the event happened away from, an attribute.
fn measured_from(before: &[crate::fold::Word], c: &PlaceCues) -> bool {
    if c.distance_links.is_empty() || c.distance_units.is_empty() {
        return false;
    }
    // A number glued to a one-word unit ("60km").
    let glued = |w: &str| {
        c.distance_units.iter().filter(|u| u.len() == 1).any(|u| {
            w.strip_suffix(u[0].as_str()).is_some_and(|n| !n.is_empty() && n.chars().all(|ch| ch.is_ascii_digit() || ch == '.' || ch == ','))
        })
    };
    let unit = |words: &[crate::fold::Word]| c.distance_units.iter().any(|u| ends_with(words, u)) || words.last().is_some_and(|w| glued(&w.folded));
    let (mut end, mut linked) = (before.len(), false);
    while end > 0 && before.len() - end <= CUE_WORDS {
        let w = &before[end - 1].folded;
        if c.distance_links.contains(w) {
            linked = true;
        } else if !c.locative_fillers.contains(w) {
            return false;
        }
        end -= 1;
        if linked && unit(&before[..end]) {
            return true;
        }
    }
    false
}

/// The place of one sentence (see [`EventPlaces::location`]); gathers the candidates each call.
#[cfg(test)]
pub(crate) fn location(doc: &Document, sentence: Span) -> Option<GeoRef> {
    EventPlaces::new(doc).location(sentence)
}

/// The place the article names most often (ties: the first named).
pub(crate) fn main_place(doc: &Document) -> Option<GeoRef> {
    let mut counts: Vec<(u64, usize, &GeoRef)> = Vec::new();
    for geo in doc.places.iter().filter_map(|p| p.geo.as_ref()) {
        let Some(id) = geo.geonameid else { continue };
        match counts.iter_mut().find(|(i, _, _)| *i == id) {
            Some(entry) => entry.1 += 1,
            None => counts.push((id, 1, geo)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts.into_iter().find(|c| c.1 == best).map(|c| c.2.clone())
}

/// Whether the sentence's `words` (folded as `fold_phrase` folds text) hold one of `phrases`.
fn says(phrases: &[&[String]], words: &[crate::fold::Word]) -> bool {
    let at = |c: &[String], i: usize| !c.is_empty() && words.len() - i >= c.len() && words[i..i + c.len()].iter().zip(c).all(|(w, c)| w.folded == *c);
    // S132: per first byte, the lengths of the phrases' first words (bit `len`): a word of
    // another first byte or length begins none, and only at the others are the phrases tried.
    // (A first word not ASCII-led or of 64 bytes or more: every word is tried.)
    let mut lengths = [0u64; 128];
    for c in phrases {
        match c.first().map(String::as_bytes) {
            Some(f @ [b, ..]) if b.is_ascii() && f.len() < 64 => lengths[usize::from(*b)] |= 1 << f.len(),
            Some(_) => return (0..words.len()).any(|i| phrases.iter().any(|c| at(c, i))),
            None => {}
        }
    }
    (0..words.len()).any(|i| {
        let f = words[i].folded.as_bytes();
        f.first().is_some_and(|&b| b.is_ascii() && f.len() < 64 && lengths[usize::from(b)] & (1 << f.len()) != 0) && phrases.iter().any(|c| at(c, i))
    })
}

#[cfg(test)]
mod place_tests {
    use super::*;

    /// S132: `says` finds what a search of every phrase at every word finds.
    #[test]
    fn says_finds_a_phrase_wherever_a_plain_search_does() {
        let plain = |phrases: &[&[String]], words: &[crate::fold::Word]| {
            phrases.iter().any(|c| !c.is_empty() && words.windows(c.len()).any(|w| w.iter().zip(c.iter()).all(|(w, c)| w.folded == *c)))
        };
        let owned: Vec<Vec<String>> = [&["across", "the", "country"][..], &["nationwide"], &["dans", "le", "centre", "du", "pays"], &["ete"], &[]]
            .iter()
            .map(|p| p.iter().map(|w| w.to_string()).collect())
            .collect();
        let odd: Vec<Vec<String>> = vec![vec!["été".to_string()], vec![String::new(), "x".to_string()]];
        for text in [
            "Strikes spread across the country on Monday.",
            "across the",
            "A nationwide strike. Été calme.",
            "Quatre soldats tués dans le centre du pays",
            "dans le centre du",
            "",
        ] {
            let words = crate::fold::words(text, Span::new(0, text.len()));
            for set in [&owned, &odd] {
                let phrases: Vec<&[String]> = set.iter().map(Vec::as_slice).collect();
                assert_eq!(says(&phrases, &words), plain(&phrases, &words), "{text}");
            }
        }
    }
    use vigie_core::{ActorMention, ActorRef};

    use crate::tests::span_of;

    /// A document with one sentence per line (language and date matter not here).
    fn doc(text: &str) -> Document {
        crate::tests::doc("en", "2020-01-01", text)
    }

    fn place(d: &mut Document, needle: &str, id: u64, kind: &str) {
        let span = span_of(d, needle);
        let geo = GeoRef { geonameid: Some(id), lat: Some(1.0), lon: Some(2.0), country: Some("XX".into()), kind: Some(kind.into()), ..Default::default() };
        d.places.push(Place { span, geo: Some(geo) });
        d.places.sort_by_key(|p| p.span);
    }

    fn id_at(d: &Document, line: usize) -> Option<u64> {
        location(d, d.sentences[line].span).and_then(|g| g.geonameid)
    }

    #[test]
    fn a_place_inside_an_actor_name_is_not_where() {
        let mut d = doc("Forces fired at the positions of the Luhansk People's Militia in the area of Sentianivka, Luhansk.");
        place(&mut d, "Luhansk", 1, "city");
        place(&mut d, "Sentianivka", 2, "city");
        let militia = span_of(&d, "Luhansk People's Militia");
        d.mentions.push(ActorMention { span: militia, actor: ActorRef { inter: Some(2), ..Default::default() } });
        assert_eq!(id_at(&d, 0), Some(2));
        // Without the actor, the first of the towns is taken.
        d.mentions.clear();
        assert_eq!(id_at(&d, 0), Some(1));
    }

    #[test]
    fn a_place_the_places_stage_kept_inside_a_persons_name_is_where() {
        // The entity stage took "Bassa LGA" for a person's name; the places stage kept Bassa.
        let mut d = doc("Gunmen killed a resident of Miango (Bassa LGA, Plateau).");
        place(&mut d, "Bassa", 1, "city");
        place(&mut d, "Plateau", 2, "admin1");
        let span = span_of(&d, "Bassa LGA");
        d.entities.push(vigie_core::Entity { span, label: EntityLabel::Person, actor: None });
        assert_eq!(id_at(&d, 0), Some(1));
        // An organisation's name still holds no place where.
        d.entities[0].label = EntityLabel::Organisation;
        assert_eq!(id_at(&d, 0), Some(2));
    }

    #[test]
    fn in_a_town_and_its_container_in_brackets_the_town_is_where() {
        // "In X (Y), ...": X, whether Y is a region or a town.
        let mut d = doc("On 8 May 2020, in San Antonio (Valparaiso), citizens demonstrated.");
        place(&mut d, "San Antonio", 1, "city");
        place(&mut d, "Valparaiso", 2, "city");
        assert_eq!(id_at(&d, 0), Some(1));
        let mut d = doc("On 3 May 2020, demonstrators gathered in Rawson (Chubut).");
        place(&mut d, "Rawson", 1, "city");
        place(&mut d, "Chubut", 2, "admin1");
        assert_eq!(id_at(&d, 0), Some(1));
    }

    #[test]
    fn a_sentence_without_a_place_takes_the_most_specific_one_of_the_nearest_before() {
        let mut d = doc("In Volta Redonda, Rio de Janeiro, police went to a neighbourhood.\nThe officers were attacked.\nNobody was hurt.");
        place(&mut d, "Volta Redonda", 10, "city");
        place(&mut d, "Rio de Janeiro", 20, "admin1");
        assert_eq!(id_at(&d, 0), Some(10));
        assert_eq!(id_at(&d, 1), Some(10));
        assert_eq!(id_at(&d, 2), Some(10));
        // A town before the region in the text, or after it: the town either way.
        let mut d = doc("Rio de Janeiro state: police went to Volta Redonda.\nThe officers were attacked.");
        place(&mut d, "Rio de Janeiro", 20, "admin1");
        place(&mut d, "Volta Redonda", 10, "city");
        assert_eq!(id_at(&d, 1), Some(10));
    }

    #[test]
    fn the_dateline_place_is_where_the_reporter_is_not_the_event() {
        let mut d = doc("BEIRUT (AFP) - An air strike killed 26 civilians in Abu Kamal on Saturday.");
        place(&mut d, "BEIRUT", 1, "city");
        place(&mut d, "Abu Kamal", 2, "city");
        d.meta.dateline = Some(vigie_core::Dateline { place: span_of(&d, "BEIRUT"), span: span_of(&d, "BEIRUT (AFP) -") });
        assert_eq!(id_at(&d, 0), Some(2));
        // Without the dateline, the first town named.
        d.meta.dateline = None;
        assert_eq!(id_at(&d, 0), Some(1));
    }

    /// A place with a position and a country.
    fn placed(d: &mut Document, needle: &str, id: u64, kind: &str, country: &str, at: (f64, f64)) {
        let span = span_of(d, needle);
        let geo = GeoRef { geonameid: Some(id), lat: Some(at.0), lon: Some(at.1), country: Some(country.into()), kind: Some(kind.into()), ..Default::default() };
        d.places.push(Place { span, geo: Some(geo) });
        d.places.sort_by_key(|p| p.span);
    }

    #[test]
    fn a_namesake_far_from_the_places_named_with_it_is_set_aside() {
        // Gaya read in India while the two other places lie together in the Philippines.
        let mut d = doc("A suspect was killed in Barangay Gaya-gaya, San Jose del Monte, Bulacan.");
        placed(&mut d, "Gaya", 1, "city", "IN", (24.79, 85.0));
        placed(&mut d, "San Jose del Monte", 2, "city", "PH", (14.81, 121.05));
        placed(&mut d, "Bulacan", 3, "admin1", "PH", (14.95, 120.9));
        assert_eq!(id_at(&d, 0), Some(2));
        // A country named agrees with its own towns only.
        let mut d = doc("Forces at Gorgan fired at positions of Azerbaijan near Shukurbeyli, Fizuli.");
        placed(&mut d, "Gorgan", 1, "city", "IR", (36.84, 54.44));
        placed(&mut d, "Azerbaijan", 2, "country", "AZ", (40.5, 47.5));
        placed(&mut d, "Fizuli", 3, "city", "AZ", (39.6, 47.15));
        assert_eq!(id_at(&d, 0), Some(3));
        // Places that agree with nothing named with them: the first town, as before.
        let mut d = doc("Iraqi forces shelled Al-Bukamal, officials in Baghdad said.");
        placed(&mut d, "Al-Bukamal", 1, "city", "SY", (34.45, 40.92));
        placed(&mut d, "Baghdad", 2, "city", "IQ", (33.34, 44.4));
        assert_eq!(id_at(&d, 0), Some(1));
        // Two towns near each other: the first.
        let mut d = doc("Clashes in Jalesar town, Etah, injured 12.");
        placed(&mut d, "Jalesar", 1, "city", "IN", (27.47, 78.31));
        placed(&mut d, "Etah", 2, "city", "IN", (27.56, 78.66));
        assert_eq!(id_at(&d, 0), Some(1));
    }

    // S102: places
    #[test]
    fn a_town_of_another_country_than_the_subdivision_written_as_its_container_is_a_namesake() {
        // Ahmedabad in India read for an Afghan district named before its province.
        let mut d = doc("An IED hit ANDSF forces in Ahmadabad district, Paktia.");
        placed(&mut d, "Ahmadabad", 1, "city", "IN", (23.03, 72.58));
        placed(&mut d, "Paktia", 2, "admin1", "AF", (33.6, 69.4));
        assert_eq!(id_at(&d, 0), Some(2));
        // "Town (subdivision)" the same.
        let mut d = doc("Gunmen attacked Ahmadabad (Paktia) on Monday.");
        placed(&mut d, "Ahmadabad", 1, "city", "IN", (23.03, 72.58));
        placed(&mut d, "Paktia", 2, "admin1", "AF", (33.6, 69.4));
        assert_eq!(id_at(&d, 0), Some(2));
        // A subdivision named apart from the town, in another clause: the town stays.
        let mut d = doc("A man from Paktia province was shot dead in Kabul on Monday.");
        placed(&mut d, "Paktia", 2, "admin1", "PK", (33.6, 69.4));
        placed(&mut d, "Kabul", 3, "city", "AF", (34.53, 69.17));
        assert_eq!(id_at(&d, 0), Some(3));
        let mut d = doc("Clashes in Kabul, officials in Punjab said.");
        placed(&mut d, "Kabul", 3, "city", "AF", (34.53, 69.17));
        placed(&mut d, "Punjab", 4, "admin1", "PK", (31.0, 73.0));
        assert_eq!(id_at(&d, 0), Some(3));
        // The town and its own subdivision: the town.
        let mut d = doc("Clashes in Gardez, Paktia.");
        placed(&mut d, "Gardez", 5, "city", "AF", (33.6, 69.22));
        placed(&mut d, "Paktia", 2, "admin1", "AF", (33.6, 69.4));
        assert_eq!(id_at(&d, 0), Some(5));
    }

    #[test]
    fn the_places_gathered_once_give_each_sentence_its_own() {
        let mut d = doc("In Volta Redonda, Rio de Janeiro, police went out.\nThe officers were attacked.\nIn Pisky, Donetsk, rebels fired.\nNobody was hurt.\nThen Barra Mansa.");
        place(&mut d, "Volta Redonda", 10, "city");
        place(&mut d, "Rio de Janeiro", 20, "admin1");
        place(&mut d, "Pisky", 30, "city");
        place(&mut d, "Donetsk", 40, "city");
        place(&mut d, "Barra Mansa", 50, "city");
        let places = EventPlaces::new(&d);
        let got: Vec<Option<u64>> = d.sentences.iter().map(|s| places.location(s.span).and_then(|g| g.geonameid)).collect();
        assert_eq!(got, [Some(10), Some(10), Some(30), Some(30), Some(50)]);
        // The same, sentence by sentence.
        for (i, s) in d.sentences.iter().enumerate() {
            assert_eq!(location(&d, s.span).and_then(|g| g.geonameid), got[i]);
        }
    }

    #[test]
    fn no_place_before_no_location() {
        let mut d = doc("The officers were attacked.\nIn Volta Redonda, police searched.");
        place(&mut d, "Volta Redonda", 10, "city");
        assert_eq!(id_at(&d, 0), None);
        assert_eq!(id_at(&d, 1), Some(10));
    }

    // S34: news arguments
    #[test]
    fn a_place_carried_from_another_sentence_lies_where_the_article_is() {
        // A man from a town at home, killed in the city the article is about: his home town is
        // not where the next sentence's blast happened.
        let text = "A man died clearing mines in Raqqa.\nHe came from Portsmouth, Hall's mother said.\nA bomb exploded near him.\nMore mines lie around Raqqa and Tabqa.";
        let mut d = doc(text);
        placed(&mut d, "Raqqa", 1, "city", "SY", (35.95, 39.01));
        placed(&mut d, "Portsmouth", 2, "city", "GB", (50.8, -1.09));
        placed(&mut d, "Tabqa", 3, "city", "SY", (35.84, 38.55));
        assert_eq!(id_at(&d, 2), Some(1));
        // The sentence's own place still wins, even abroad.
        assert_eq!(id_at(&d, 1), Some(2));
        // Countries named as much as each other's towns: no theatre, the nearest place as before.
        let mut d = doc("A man died clearing mines in Raqqa.\nHe came from Portsmouth, Hall's mother said.\nA bomb exploded near him.");
        placed(&mut d, "Raqqa", 1, "city", "SY", (35.95, 39.01));
        placed(&mut d, "Portsmouth", 2, "city", "GB", (50.8, -1.09));
        assert_eq!(id_at(&d, 2), Some(2));
        // A country's name is not counted against towns: "the UK" said thrice, Raqqa twice.
        let text = "The UK said the UK and the UK.\nFighting in Raqqa and Tabqa.\nHe came from Portsmouth.\nA bomb exploded.";
        let mut d = doc(text);
        placed(&mut d, "Raqqa", 1, "city", "SY", (35.95, 39.01));
        placed(&mut d, "Tabqa", 3, "city", "SY", (35.84, 38.55));
        placed(&mut d, "Portsmouth", 2, "city", "GB", (50.8, -1.09));
        for (k, at) in text.match_indices("UK") {
            let span = Span::new(k, k + at.len());
            let geo = GeoRef { geonameid: Some(9), country: Some("GB".into()), kind: Some("country".into()), ..Default::default() };
            d.places.push(Place { span, geo: Some(geo) });
        }
        d.places.sort_by_key(|p| p.span);
        assert_eq!(id_at(&d, 3), Some(1));
    }
}

