//! HSDS held as tables: every object of an HSDS data set, whatever form it came in (nested
//! JSON, the tabular CSV package, a legacy 1.x/2.x package), as rows of the 3.0 tables with
//! their links by id. JSON is flattened into rows; rows are nested again into full service
//! objects for mapping and export. Each row remembers where it came from, so a problem is
//! reported at its file, line and column.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{Map, Value};

use super::spec::{self, FieldType};
use crate::report::{At, Finding};

/// Where a row came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The file.
    pub file: Arc<PathBuf>,
    /// Line of the row in a CSV file (1 = header); for JSON, the line of the object's id
    /// when it can be found, else 0.
    pub line: u64,
    /// The CSV header, to turn a field name into a column number.
    pub header: Option<Arc<Vec<String>>>,
    /// JSON pointer of the object in a JSON file.
    pub pointer: Option<String>,
}

impl Origin {
    /// The place of `field` in this row.
    pub fn at(&self, field: &str) -> At {
        let column = self
            .header
            .as_ref()
            .and_then(|h| h.iter().position(|c| c == field))
            .map(|i| i + 1);
        let field = match &self.pointer {
            Some(p) => format!("{p}/{field}"),
            None => field.to_string(),
        };
        At {
            file: self.file.to_path_buf(),
            row: (self.line > 0).then_some(self.line),
            column,
            field: Some(field),
            id: None,
        }
    }

    /// The place of the whole row.
    pub fn row(&self) -> At {
        At {
            file: self.file.to_path_buf(),
            row: (self.line > 0).then_some(self.line),
            column: None,
            field: self.pointer.clone(),
            id: None,
        }
    }
}

/// One row of a table.
#[derive(Debug, Clone)]
pub struct Row {
    /// Field values (JSON types after checking against the table's field types).
    pub fields: Map<String, Value>,
    /// Where it came from.
    pub origin: Origin,
}

impl Row {
    /// The row's id.
    pub fn id(&self) -> Option<&str> {
        self.fields.get("id").and_then(Value::as_str)
    }

    /// A text field, trimmed, when non-empty.
    pub fn str(&self, field: &str) -> Option<&str> {
        self.fields
            .get(field)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// Every table of a data set.
#[derive(Debug, Clone, Default)]
pub struct Tables {
    /// Rows by table name (3.0 names, singular), in input order.
    pub rows: BTreeMap<String, Vec<Row>>,
    index: HashMap<(String, String), usize>,
}

/// How a nested key links a child object to its parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// The child holds the parent's id in this field.
    Child(&'static str),
    /// The parent holds the child's id in this field.
    Parent(&'static str),
    /// An attribute: `link_id` and `link_entity`.
    Attribute,
    /// A metadata row: `resource_id` and `resource_type`.
    Metadata,
}

/// Nested keys of HSDS 3.0 JSON: (parent table, key, child table, link). `attributes` and
/// `metadata` may appear under every table.
pub const NESTING: &[(&str, &str, &str, Link)] = &[
    ("service", "phones", "phone", Link::Child("service_id")),
    (
        "service",
        "schedules",
        "schedule",
        Link::Child("service_id"),
    ),
    (
        "service",
        "service_areas",
        "service_area",
        Link::Child("service_id"),
    ),
    (
        "service",
        "service_at_locations",
        "service_at_location",
        Link::Child("service_id"),
    ),
    (
        "service",
        "languages",
        "language",
        Link::Child("service_id"),
    ),
    (
        "service",
        "organization",
        "organization",
        Link::Parent("organization_id"),
    ),
    ("service", "funding", "funding", Link::Child("service_id")),
    (
        "service",
        "cost_options",
        "cost_option",
        Link::Child("service_id"),
    ),
    ("service", "program", "program", Link::Parent("program_id")),
    (
        "service",
        "required_documents",
        "required_document",
        Link::Child("service_id"),
    ),
    ("service", "contacts", "contact", Link::Child("service_id")),
    (
        "service_at_location",
        "contacts",
        "contact",
        Link::Child("service_at_location_id"),
    ),
    (
        "service_at_location",
        "phones",
        "phone",
        Link::Child("service_at_location_id"),
    ),
    (
        "service_at_location",
        "schedules",
        "schedule",
        Link::Child("service_at_location_id"),
    ),
    (
        "service_at_location",
        "location",
        "location",
        Link::Parent("location_id"),
    ),
    (
        "service_at_location",
        "service",
        "service",
        Link::Parent("service_id"),
    ),
    (
        "location",
        "languages",
        "language",
        Link::Child("location_id"),
    ),
    (
        "location",
        "addresses",
        "address",
        Link::Child("location_id"),
    ),
    (
        "location",
        "contacts",
        "contact",
        Link::Child("location_id"),
    ),
    (
        "location",
        "accessibility",
        "accessibility",
        Link::Child("location_id"),
    ),
    ("location", "phones", "phone", Link::Child("location_id")),
    (
        "location",
        "schedules",
        "schedule",
        Link::Child("location_id"),
    ),
    (
        "organization",
        "funding",
        "funding",
        Link::Child("organization_id"),
    ),
    (
        "organization",
        "contacts",
        "contact",
        Link::Child("organization_id"),
    ),
    (
        "organization",
        "phones",
        "phone",
        Link::Child("organization_id"),
    ),
    (
        "organization",
        "locations",
        "location",
        Link::Child("organization_id"),
    ),
    (
        "organization",
        "programs",
        "program",
        Link::Child("organization_id"),
    ),
    (
        "organization",
        "organization_identifiers",
        "organization_identifier",
        Link::Child("organization_id"),
    ),
    (
        "organization",
        "services",
        "service",
        Link::Child("organization_id"),
    ),
    ("contact", "phones", "phone", Link::Child("contact_id")),
    ("phone", "languages", "language", Link::Child("phone_id")),
    (
        "attribute",
        "taxonomy_term",
        "taxonomy_term",
        Link::Parent("taxonomy_term_id"),
    ),
    (
        "taxonomy_term",
        "taxonomy_detail",
        "taxonomy",
        Link::Parent("taxonomy_id"),
    ),
];

/// The nesting of `key` under `table`, if it is a nested key.
pub fn nesting(table: &str, key: &str) -> Option<(&'static str, Link)> {
    match key {
        "attributes" if table != "attribute" && table != "metadata" => {
            return Some(("attribute", Link::Attribute))
        }
        "metadata" if table != "metadata" => return Some(("metadata", Link::Metadata)),
        _ => {}
    }
    NESTING
        .iter()
        .find(|(p, k, _, _)| *p == table && *k == key)
        .map(|(_, _, c, l)| (*c, *l))
}

/// Checks and converts a value to the type HSDS gives `field` of `table`: numbers in text
/// become numbers, ids given as numbers become text; anything else of the wrong type is an
/// error (`Err` carries what was expected).
pub fn coerce(table: &str, field: &str, v: Value) -> Result<Option<Value>, &'static str> {
    let ty = spec::table(table).and_then(|t| t.field_type(field));
    match (ty, v) {
        (_, Value::Null) => Ok(None),
        (Some(FieldType::Num), Value::Number(n)) => Ok(Some(Value::Number(n))),
        (Some(FieldType::Num), Value::String(s)) => {
            let t = s.trim();
            if t.is_empty() {
                return Ok(None);
            }
            match t.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
                Some(n) => Ok(Some(number(n))),
                None => Err("a number"),
            }
        }
        (Some(FieldType::Num), _) => Err("a number"),
        (Some(_), Value::String(s)) => Ok((!s.trim().is_empty()).then_some(Value::String(s))),
        (Some(_), Value::Number(n)) => Ok(Some(Value::String(n.to_string()))),
        (Some(_), Value::Bool(b)) => Ok(Some(Value::String(b.to_string()))),
        (Some(_), _) => Err("text"),
        (None, v) => Ok(Some(v)),
    }
}

/// A whole number stays a whole number (`12`, not `12.0`), so exports look like inputs.
fn number(n: serde_json::Number) -> Value {
    match n.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Value::from(f as i64),
        _ => Value::Number(n),
    }
}

impl Tables {
    /// The row of `table` with this id.
    pub fn get(&self, table: &str, id: &str) -> Option<&Row> {
        let i = *self.index.get(&(table.to_string(), id.to_string()))?;
        self.rows.get(table)?.get(i)
    }

    /// Whether a row of `table` has this id.
    pub fn has(&self, table: &str, id: &str) -> bool {
        self.index
            .contains_key(&(table.to_string(), id.to_string()))
    }

    /// Rows of a table.
    pub fn table(&self, table: &str) -> &[Row] {
        self.rows.get(table).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Adds a row; a row whose id is already in the table is merged into the first one
    /// (fields the first lacks are taken from the second), because nested JSON repeats the
    /// same object under every parent that links to it.
    pub fn add(&mut self, table: &str, row: Row) {
        let rows = self.rows.entry(table.to_string()).or_default();
        if let Some(id) = row.id().map(str::to_string) {
            let key = (table.to_string(), id);
            if let Some(&i) = self.index.get(&key) {
                let first = &mut rows[i].fields;
                for (k, v) in row.fields {
                    first.entry(k).or_insert(v);
                }
                return;
            }
            self.index.insert(key, rows.len());
        }
        rows.push(row);
    }

    /// Number of rows in all tables.
    pub fn len(&self) -> usize {
        self.rows.values().map(Vec::len).sum()
    }

    /// True when there is no row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Flattens one nested JSON object of `table` into rows, setting the links its nesting
/// implies. Returns the object's id. `line_of` finds the line of an id in the JSON text.
pub fn flatten(
    table: &str,
    obj: &Map<String, Value>,
    origin: &Origin,
    pointer: &str,
    out: &mut Tables,
    findings: &mut Vec<Finding>,
    line_of: &dyn Fn(&str) -> u64,
) -> Option<String> {
    let mut fields = Map::new();
    let mut children: Vec<(&str, &str, Link, &Value)> = Vec::new();
    let line = match obj.get("id") {
        Some(Value::String(id)) => line_of(id),
        Some(Value::Number(n)) => line_of(&n.to_string()),
        _ => 0,
    };
    for (k, v) in obj {
        if let Some((child, link)) = nesting(table, k) {
            children.push((k.as_str(), child, link, v));
            continue;
        }
        let here = Origin {
            pointer: Some(pointer.to_string()),
            line,
            ..origin.clone()
        };
        match coerce(table, k, v.clone()) {
            Ok(Some(v)) => {
                fields.insert(k.clone(), v);
            }
            Ok(None) => {}
            Err(expected) => findings.push(here.at(k).error(
                "bad-type",
                "data-bad-type",
                &[
                    ("table", table.to_string()),
                    ("field", k.clone()),
                    ("expected", expected.to_string()),
                    ("value", short(&v.to_string())),
                ],
            )),
        }
    }
    let id = match fields.get("id").and_then(Value::as_str) {
        Some(id) => id.to_string(),
        None => {
            // Children without an id (common in hand-made files) get one from their place,
            // so links and exports still work; services, locations and the rest must have one.
            if matches!(
                table,
                "service" | "location" | "service_at_location" | "organization"
            ) {
                findings.push(
                    Origin {
                        pointer: Some(pointer.to_string()),
                        ..origin.clone()
                    }
                    .at("id")
                    .error(
                        "missing-id",
                        "data-missing-id",
                        &[("table", table.to_string())],
                    ),
                );
                return None;
            }
            let id = format!("{}{}", origin.file.display(), pointer);
            fields.insert("id".into(), Value::String(id.clone()));
            id
        }
    };
    let own = Origin {
        pointer: Some(pointer.to_string()),
        line,
        ..origin.clone()
    };
    for (key, child, link, v) in children {
        let items: Vec<(String, &Map<String, Value>)> = match v {
            Value::Array(a) => {
                let mut items = Vec::new();
                for (i, x) in a.iter().enumerate() {
                    match x {
                        Value::Object(o) => items.push((format!("{pointer}/{key}/{i}"), o)),
                        _ => findings.push(own.at(&format!("{key}/{i}")).error(
                            "bad-type",
                            "data-bad-type",
                            &[
                                ("table", table.to_string()),
                                ("field", key.to_string()),
                                ("expected", "an object".into()),
                                ("value", short(&x.to_string())),
                            ],
                        )),
                    }
                }
                items
            }
            Value::Object(o) => vec![(format!("{pointer}/{key}"), o)],
            Value::Null => Vec::new(),
            other => {
                findings.push(own.at(key).error(
                    "bad-type",
                    "data-bad-type",
                    &[
                        ("table", table.to_string()),
                        ("field", key.to_string()),
                        ("expected", "a list of objects".into()),
                        ("value", short(&other.to_string())),
                    ],
                ));
                Vec::new()
            }
        };
        for (ptr, o) in items {
            let mut o = o.clone();
            match link {
                Link::Child(fk) => {
                    o.entry(fk.to_string())
                        .or_insert_with(|| Value::String(id.clone()));
                }
                // Only the link itself is set: a missing link_entity or resource_type stays
                // missing, so what comes back out is what went in.
                Link::Attribute => {
                    o.entry("link_id".to_string())
                        .or_insert_with(|| Value::String(id.clone()));
                }
                Link::Metadata => {
                    o.entry("resource_id".to_string())
                        .or_insert_with(|| Value::String(id.clone()));
                }
                Link::Parent(_) => {}
            }
            let child_id = flatten(child, &o, origin, &ptr, out, findings, line_of);
            if let (Link::Parent(fk), Some(cid)) = (link, child_id) {
                fields.entry(fk.to_string()).or_insert(Value::String(cid));
            }
        }
    }
    out.add(
        table,
        Row {
            fields,
            origin: own,
        },
    );
    Some(id)
}

/// At most 60 characters of a value, for messages.
pub fn short(s: &str) -> String {
    if s.chars().count() <= 60 {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(57).collect();
        t.push('…');
        t
    }
}

/// Which nested keys a full service object carries, per table: enough to hold everything
/// linked to the service without looping back (an organization's own services and
/// locations are not repeated inside it).
fn follows(table: &str, key: &str) -> bool {
    !matches!(
        (table, key),
        ("organization", "locations" | "services" | "programs")
            | ("service_at_location", "service")
    )
}

/// Index of rows by (table, link field, value), for nesting.
pub struct LinkIndex {
    by_link: HashMap<(String, String, String), Vec<usize>>,
}

impl LinkIndex {
    /// Indexes every link field of every row.
    pub fn new(t: &Tables) -> LinkIndex {
        let mut by_link: HashMap<(String, String, String), Vec<usize>> = HashMap::new();
        for (table, rows) in &t.rows {
            for (i, r) in rows.iter().enumerate() {
                for (k, v) in &r.fields {
                    if k.ends_with("_id") || k == "link_id" {
                        if let Some(v) = v.as_str() {
                            by_link
                                .entry((table.clone(), k.clone(), v.to_string()))
                                .or_default()
                                .push(i);
                        }
                    }
                }
            }
        }
        LinkIndex { by_link }
    }

    fn linked<'t>(
        &self,
        t: &'t Tables,
        table: &str,
        field: &str,
        value: &str,
    ) -> impl Iterator<Item = &'t Row> + 't {
        let idx = self
            .by_link
            .get(&(table.to_string(), field.to_string(), value.to_string()))
            .cloned()
            .unwrap_or_default();
        let rows = t.table(table);
        idx.into_iter().filter_map(move |i| rows.get(i))
    }
}

/// The row `row` of `table` as a nested JSON object: its fields, then every linked object
/// under the key HSDS 3.0 JSON uses. `depth` guards against cycles in broken data.
pub fn nest(t: &Tables, ix: &LinkIndex, table: &str, row: &Row, depth: usize) -> Value {
    let mut obj = row.fields.clone();
    let Some(id) = row.id().map(str::to_string) else {
        return Value::Object(obj);
    };
    if depth > 8 {
        return Value::Object(obj);
    }
    let mut keys: Vec<(&str, &str, Link)> = NESTING
        .iter()
        .filter(|(p, k, _, _)| *p == table && follows(table, k))
        .map(|(_, k, c, l)| (*k, *c, *l))
        .collect();
    if table != "attribute" && table != "metadata" {
        keys.push(("attributes", "attribute", Link::Attribute));
    }
    if table != "metadata" {
        keys.push(("metadata", "metadata", Link::Metadata));
    }
    for (key, child, link) in keys {
        match link {
            Link::Parent(fk) => {
                if let Some(cid) = row.str(fk) {
                    if let Some(c) = t.get(child, cid) {
                        obj.insert(key.into(), nest(t, ix, child, c, depth + 1));
                    }
                }
            }
            Link::Child(fk) => {
                let items: Vec<Value> = ix
                    .linked(t, child, fk, &id)
                    .map(|c| nest(t, ix, child, c, depth + 1))
                    .collect();
                if !items.is_empty() {
                    obj.insert(key.into(), Value::Array(items));
                }
            }
            Link::Attribute => {
                let items: Vec<Value> = ix
                    .linked(t, "attribute", "link_id", &id)
                    .filter(|a| {
                        // An attribute whose link_entity names another table belongs there.
                        a.str("link_entity")
                            .is_none_or(|e| e == table || spec::table(e).is_none())
                    })
                    .map(|c| nest(t, ix, "attribute", c, depth + 1))
                    .collect();
                if !items.is_empty() {
                    obj.insert(key.into(), Value::Array(items));
                }
            }
            Link::Metadata => {
                let items: Vec<Value> = ix
                    .linked(t, "metadata", "resource_id", &id)
                    .map(|c| nest(t, ix, "metadata", c, depth + 1))
                    .collect();
                if !items.is_empty() {
                    obj.insert(key.into(), Value::Array(items));
                }
            }
        }
    }
    Value::Object(obj)
}

/// A file's path as given, for origins.
pub fn file_arc(p: &Path) -> Arc<PathBuf> {
    Arc::new(p.to_path_buf())
}
