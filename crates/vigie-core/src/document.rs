use crate::Span;
use serde::{Deserialize, Serialize};

pub use jiff::civil::Date;

/// One article: its original text, what is known about it, and the layers stages add to it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Document {
    /// Unique within a batch: the record's own id, else derived from its source.
    pub id: String,
    /// The text every span points into, as a reader would see it (for HTML, the main content).
    pub text: String,
    pub meta: Metadata,
    #[serde(default)]
    pub sentences: Vec<Sentence>,
    #[serde(default)]
    pub tokens: Vec<Token>,
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Every phrase that names an actor, named or generic ("l'armée syrienne", "des frappes
    /// russes", "26 civils", "the Islamic State"), resolved; what events take their actors from.
    #[serde(default)]
    pub mentions: Vec<ActorMention>,
    #[serde(default)]
    pub places: Vec<Place>,
    #[serde(default)]
    pub times: Vec<TimeExpr>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// What went wrong or looked odd while reading or annotating this document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
    /// Why each event trigger found made no event, or an event that does not count: `None`
    /// unless the caller asks for it by setting `Some(Vec::new())` before the pipeline runs
    /// (`vigie extract --explain`); the events stage then fills it. Not asked, nothing is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dropped: Option<Vec<DroppedTrigger>>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document { id: id.into(), text: text.into(), ..Default::default() }
    }

    /// The text a span covers; the empty string when the span is not a valid slice.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text).unwrap_or("")
    }

    pub fn warn(&mut self, origin: &str, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic { origin: origin.to_string(), message: message.into() });
    }
}

/// Where a piece of metadata came from, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Given by the caller: a command-line flag or a field of the input record.
    Caller,
    /// Read from the page's markup (HTML meta tags, feed fields).
    Markup,
    /// Found in the text itself.
    Text,
    /// Guessed by a statistical model.
    Model,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Metadata {
    /// Where the document was read from: a path, "-" for standard input, a URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Which record of that source (a line number, an item), when it holds several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Title>,
    /// The lead paragraph, when the text has one after its title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Span>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<LanguageGuess>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agencies: Vec<Agency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// The publication instant, when the source gives a time with its UTC offset (an RFC 3339
    /// or RFC 2822 timestamp in a record's `published`, a page's or a feed's date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<jiff::Timestamp>,
    /// The publication instant seen at the dateline's place, when both the instant and that
    /// place's time zone are known: relative dates ("today", "hier") are anchored to its date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<LocalPublication>,
}

/// The publication instant in the dateline place's time zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalPublication {
    /// IANA time zone name ("Asia/Beirut").
    pub zone: String,
    /// The place as the dateline writes it ("BEYROUTH").
    pub place: String,
    /// The civil date there at the publication instant.
    pub date: Date,
    /// "HH:MM" there.
    pub time: String,
    /// The UTC offset there at that instant ("+02:00").
    pub offset: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Title {
    pub text: String,
    pub origin: Origin,
    /// Where the title stands in the text, when it is part of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageGuess {
    /// ISO 639-1 code, or "und" when the text is too short or too mixed to tell.
    pub code: String,
    /// 0..1; 1 when the caller said so.
    pub confidence: f64,
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published {
    pub date: Date,
    /// "HH:MM" when the date line gives a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    pub origin: Origin,
    /// The date line it was read from, when found in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agency {
    /// The agency's usual short name: "AFP", "Reuters", "AP".
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place as the dateline writes it ("BEIRUT", "DAMAS").
    pub place: Span,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityLabel {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "ORG")]
    Organisation,
    #[serde(rename = "LOC")]
    Location,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityLabel {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityLabel::Person => "PER",
            EntityLabel::Organisation => "ORG",
            EntityLabel::Location => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }
}

/// A named mention, resolved to a known actor when one matches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub span: Span,
    pub label: EntityLabel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<ActorRef>,
}

/// A phrase that names an actor, and who it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    pub span: Span,
    pub actor: ActorRef,
}

/// A resolved actor identity, as events and entities carry it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ActorRef {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ACLED's inter code, 1..=8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inter: Option<u8>,
    /// ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plover: Option<String>,
}

impl ActorRef {
    /// ACLED's inter code of this actor in an event located in `event_country` (ISO alpha-2):
    /// state forces (1) acting outside their own country are external forces (8); everything
    /// else keeps its own code.
    pub fn inter_at(&self, event_country: Option<&str>) -> Option<u8> {
        match (self.inter, self.country.as_deref(), event_country) {
            (Some(1), Some(own), Some(place)) if own != place => Some(8),
            (inter, _, _) => inter,
        }
    }
}

/// A toponym mention, resolved to GeoNames when possible.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Place {
    pub span: Span,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geo: Option<GeoRef>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GeoRef {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// "continent", "region" (a world or cross-border region: resources/geo/regions.tsv; a rough point,
    /// no GeoNames id, no country), "country", "admin1" (first-level subdivision), "admin2" or "city".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// 0..1: how far the chosen reading outscored the next one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// A temporal expression and its TIMEX3 value ("2017-11-11", "2017-W45-WE", "P6Y", "PAST_REF").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: TimexType,
    pub value: String,
}

/// One event, coded in ACLED's sub-event types, with its arguments and evidence.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Event {
    /// One of ACLED's 25 sub-event types.
    #[serde(rename = "type")]
    pub sub_event_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plover: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor1: Option<ActorRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor2: Option<ActorRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<GeoRef>,
    /// "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fatalities: Option<u32>,
    /// People hurt but not killed; never counted in `fatalities`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injuries: Option<u32>,
    /// The words that state the event. An event without evidence is not an event.
    pub evidence: Span,
    /// Every passage of the article that tells this event, `evidence` first, when it is told more
    /// than once (the lead and a later paragraph); empty when `evidence` is the only one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Span>,
    /// Who the article says reports the event ("selon l'OSDH", "the ministry said").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<EventSource>,
    /// Whether the text asserts the event, reports a party's claim, a denial, a negation or a
    /// possibility.
    #[serde(default, skip_serializing_if = "Modality::is_asserted")]
    pub modality: Modality,
    /// The words that set a modality other than asserted ("a démenti", "did not", "threatened to").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality_cue: Option<Span>,
    /// 0..1: how sure the stage is that the text states this event as coded (see
    /// resources/docs/events.md for what raises and lowers it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

impl Event {
    /// Whether the text tells the event as having happened (asserted, claimed or denied by a
    /// party), rather than negated or only possible: what counts as an event in a tally.
    pub fn happened(&self) -> bool {
        !matches!(self.modality, Modality::Negated | Modality::Hypothetical)
    }
}

/// An event trigger the events stage found and dropped (no event written), or an event it kept
/// that does not count (negated, hypothetical): what an analyst reads to learn why a sentence
/// made no event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DroppedTrigger {
    /// The trigger's words.
    pub trigger: Span,
    /// How the trigger reads: its sub-event type when it was typed before being dropped, else
    /// its raw reading ("violence", "fighting", "territory", "riot").
    pub reading: String,
    /// Why: one of the reasons listed in resources/docs/events.md ("Why no event").
    pub reason: String,
    /// The words that made the rule fire ("such", "anniversary", "in 2015", "52"), when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Span>,
    /// The sentence the trigger stands in.
    pub sentence: Span,
}

/// Who reports an event, as the article attributes it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EventSource {
    /// The cue and the reporter's words ("selon l'OSDH", "a indiqué le directeur de l'OSDH").
    pub span: Span,
    /// The reporter as written ("l'OSDH", "a spokesman for the ministry").
    pub name: String,
    /// The reporter resolved to an actor, when the actor stage knew it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<ActorRef>,
}

/// How the text states an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact, by the article or a third party.
    #[default]
    Asserted,
    /// Stated by one of the event's parties ("X claimed responsibility", "the army said it killed").
    Claimed,
    /// A party denies it ("denied", "a démenti").
    Denied,
    /// The text says it did not happen ("did not attack", "n'a pas").
    Negated,
    /// Threatened, planned, possible or future ("threatened to", "could", "pourrait").
    Hypothetical,
}

impl Modality {
    pub fn is_asserted(&self) -> bool {
        *self == Modality::Asserted
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Claimed => "claimed",
            Modality::Denied => "denied",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// Something a reader or a stage wants the user to know about one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The reader or stage that raised it.
    pub origin: String,
    pub message: String,
}
