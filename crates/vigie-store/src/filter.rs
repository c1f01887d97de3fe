//! The SQL condition of an [`EventFilter`], written once for both stores: this SQLite store and
//! vigie-pg's PostgreSQL store differ only in a small [`Dialect`] (how a bound value is named,
//! how "equal in any case" and "contains in any case" are said, how full-text search is asked).
//! Values are always bound, never spliced into the SQL.

use crate::EventFilter;

/// A value bound to the condition.
#[derive(Debug, Clone, PartialEq)]
pub enum FilterValue {
    Text(String),
    Real(f64),
}

/// How one database says what a filter needs. The condition is over `events e`; the full-text
/// condition may name the articles its own way (a subquery, or a join on `a` the store adds).
pub struct Dialect {
    /// The placeholder of the `n`-th bound value (from 1), text or real.
    pub param: fn(n: usize, value: &FilterValue) -> String,
    /// The column `column` equal to the bound value `param`, in any case.
    pub equal_any_case: fn(column: &str, param: &str) -> String,
    /// The column `column` matching the LIKE pattern `param` (escaped by `\`), in any case.
    pub like_any_case: fn(column: &str, param: &str) -> String,
    /// A user's full-text query as the value to bind, None when it has no words (it then narrows
    /// nothing).
    pub text_query: fn(words: &str) -> Option<String>,
    /// The condition that the event's article matches the bound full-text query `param`.
    pub text_match: fn(param: &str) -> String,
}

/// SQLite: `?N`, [`FOLD_CASE`] on both sides (SQLite's own `NOCASE` and `LIKE` ignore the case of
/// ASCII letters only: "Armées" would not find "ARMÉES"), FTS5 over `articles_fts` (the article
/// named by `e.article_id`: no join needed, which halves the cost of a page).
pub const SQLITE: Dialect = Dialect {
    param: |n, _| format!("?{n}"),
    equal_any_case: |column, param| format!("{FOLD_CASE}({column}) = {FOLD_CASE}({param})"),
    like_any_case: |column, param| format!("{FOLD_CASE}({column}) LIKE {FOLD_CASE}({param}) ESCAPE '\\'"),
    text_query: |words| Some(fts_query(words)).filter(|q| !q.is_empty()),
    text_match: |param| format!("e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH {param})"),
};

/// The SQL function, registered on every connection of the store ([`register_fold_case`]), that
/// lower-cases a text by Unicode's rules (NULL stays NULL).
pub const FOLD_CASE: &str = "vigie_fold_case";

/// Registers [`FOLD_CASE`] on `conn`.
pub fn register_fold_case(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(FOLD_CASE, 1, FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC, |ctx| {
        Ok(match ctx.get_raw(0) {
            rusqlite::types::ValueRef::Text(bytes) => Some(String::from_utf8_lossy(bytes).to_lowercase()),
            _ => None,
        })
    })
}

/// A user's words as an FTS5 query: each word quoted, so punctuation cannot break the syntax;
/// control characters (which FTS5 cannot take even quoted) are dropped.
pub fn fts_query(q: &str) -> String {
    let q: String = q.chars().filter(|c| !c.is_control()).collect();
    q.split_whitespace().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect::<Vec<_>>().join(" ")
}

/// The condition (to put after `WHERE 1=1`: each part starts with ` AND `) and the bound values
/// of a filter, in `dialect`; limit and offset are not part of it.
pub fn filter_clause(filter: &EventFilter, dialect: &Dialect) -> (String, Vec<FilterValue>) {
    let mut sql = String::new();
    let mut args: Vec<FilterValue> = Vec::new();
    // Binds `value` and adds the condition `make` writes with its placeholder (used as often as
    // the condition needs it).
    let mut push = |value: FilterValue, make: &dyn Fn(&str) -> String| {
        args.push(value);
        let param = (dialect.param)(args.len(), &args[args.len() - 1]);
        sql.push_str(" AND ");
        sql.push_str(&make(&param));
    };
    let any_case = |column: &'static str| move |p: &str| (dialect.equal_any_case)(column, p);
    if let Some(t) = &filter.event_type {
        push(FilterValue::Text(t.clone()), &|p| {
            format!("({} OR {})", (dialect.equal_any_case)("e.sub_event_type", p), (dialect.equal_any_case)("e.event_type", p))
        });
    }
    if let Some(c) = &filter.country {
        push(FilterValue::Text(c.clone()), &any_case("e.country"));
    }
    if let Some(a) = &filter.admin1 {
        push(FilterValue::Text(a.clone()), &any_case("e.admin1"));
    }
    if let Some(actor) = &filter.actor {
        let pattern = format!("%{}%", actor.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
        push(FilterValue::Text(pattern), &|p| {
            format!("({} OR {})", (dialect.like_any_case)("e.actor1", p), (dialect.like_any_case)("e.actor2", p))
        });
    }
    if let Some(d) = &filter.date_from {
        push(FilterValue::Text(d.clone()), &|p| format!("COALESCE(e.date_end, e.date_start) >= {p}"));
    }
    if let Some(d) = &filter.date_to {
        push(FilterValue::Text(d.clone()), &|p| format!("e.date_start <= {p}"));
    }
    if let Some([min_lon, min_lat, max_lon, max_lat]) = filter.bbox {
        push(FilterValue::Real(min_lon), &|p| format!("e.longitude >= {p}"));
        push(FilterValue::Real(min_lat), &|p| format!("e.latitude >= {p}"));
        push(FilterValue::Real(max_lon), &|p| format!("e.longitude <= {p}"));
        push(FilterValue::Real(max_lat), &|p| format!("e.latitude <= {p}"));
    }
    if let Some(query) = filter.text.as_deref().and_then(dialect.text_query) {
        push(FilterValue::Text(query), &|p| (dialect.text_match)(p));
    }
    (sql, args)
}

impl rusqlite::ToSql for FilterValue {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        match self {
            FilterValue::Text(s) => s.to_sql(),
            FilterValue::Real(f) => f.to_sql(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_is_bound_once_and_named_in_the_dialect() {
        let f = EventFilter {
            event_type: Some("Battles".into()),
            actor: Some("x%'_".into()),
            bbox: Some([1.0, 2.0, 3.0, 4.0]),
            text: Some("  ".into()),
            ..Default::default()
        };
        let (sql, args) = filter_clause(&f, &SQLITE);
        assert_eq!(args.len(), 6, "the blank text narrows nothing: {sql}");
        assert_eq!(args[1], FilterValue::Text("%x\\%'\\_%".into()));
        assert!(!sql.contains("x%'"), "{sql}");
        assert!(
            sql.starts_with(" AND (vigie_fold_case(e.sub_event_type) = vigie_fold_case(?1) OR vigie_fold_case(e.event_type) = vigie_fold_case(?1))"),
            "{sql}"
        );
        assert!(sql.contains("vigie_fold_case(e.actor1) LIKE vigie_fold_case(?2)"), "{sql}");
        assert!(sql.contains("vigie_fold_case(e.actor2) LIKE vigie_fold_case(?2)") && sql.ends_with("e.latitude <= ?6"), "{sql}");
        let words = EventFilter { text: Some("a \"b\"".into()), ..Default::default() };
        assert_eq!(filter_clause(&words, &SQLITE).1, [FilterValue::Text("\"a\" \"\"\"b\"\"\"".into())]);
    }
}
