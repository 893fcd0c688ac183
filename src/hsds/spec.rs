//! The HSDS 3.0 tabular layout: each table's CSV file, its fields and their types, its
//! primary key and its foreign keys, as the specification's `datapackage.json` defines them
//! (Open Referral HSDS 3.0.0; generated from that file, which the tests check it against).

/// The type of a field in the tabular form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// Text.
    Str,
    /// A number (integer or decimal).
    Num,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A date and time (ISO 8601).
    DateTime,
    /// A time of day, `HH:MM` or `HH:MM:SS`.
    Time,
}

/// One table of the package.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// The resource name (singular, as HSDS JSON links use it: `service_at_location`).
    pub name: &'static str,
    /// The CSV file name.
    pub path: &'static str,
    /// Fields in order, with types; `true` when the field is required.
    pub fields: &'static [(&'static str, FieldType, bool)],
    /// Foreign keys: (field, referenced table); the referenced field is always `id`.
    pub foreign_keys: &'static [(&'static str, &'static str)],
}

impl Table {
    /// The type of `field`, if the table has it.
    pub fn field_type(&self, field: &str) -> Option<FieldType> {
        self.fields.iter().find(|f| f.0 == field).map(|f| f.1)
    }
}

/// Every table, in the specification's order.
pub const TABLES: &[Table] = &[
    Table {
        name: "organization",
        path: "organizations.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("name", FieldType::Str, true),
            ("alternate_name", FieldType::Str, false),
            ("description", FieldType::Str, true),
            ("email", FieldType::Str, false),
            ("website", FieldType::Str, false),
            ("tax_status", FieldType::Str, false),
            ("tax_id", FieldType::Str, false),
            ("year_incorporated", FieldType::Num, false),
            ("legal_status", FieldType::Str, false),
            ("logo", FieldType::Str, false),
            ("uri", FieldType::Str, false),
            ("parent_organization_id", FieldType::Str, false),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "program",
        path: "programs.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("organization_id", FieldType::Str, true),
            ("name", FieldType::Str, true),
            ("alternate_name", FieldType::Str, false),
            ("description", FieldType::Str, true),
        ],
        foreign_keys: &[("organization_id", "organization")],
    },
    Table {
        name: "service",
        path: "services.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("organization_id", FieldType::Str, true),
            ("program_id", FieldType::Str, false),
            ("name", FieldType::Str, true),
            ("alternate_name", FieldType::Str, false),
            ("description", FieldType::Str, false),
            ("url", FieldType::Str, false),
            ("email", FieldType::Str, false),
            ("status", FieldType::Str, true),
            ("interpretation_services", FieldType::Str, false),
            ("application_process", FieldType::Str, false),
            ("fees_description", FieldType::Str, false),
            ("wait_time", FieldType::Str, false),
            ("fees", FieldType::Str, false),
            ("accreditations", FieldType::Str, false),
            ("eligibility_description", FieldType::Str, false),
            ("minimum_age", FieldType::Num, false),
            ("maximum_age", FieldType::Num, false),
            ("assured_date", FieldType::Date, false),
            ("assurer_email", FieldType::Str, false),
            ("licenses", FieldType::Str, false),
            ("alert", FieldType::Str, false),
            ("last_modified", FieldType::DateTime, false),
        ],
        foreign_keys: &[
            ("organization_id", "organization"),
            ("program_id", "program"),
        ],
    },
    Table {
        name: "attribute",
        path: "attributes.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("link_id", FieldType::Str, true),
            ("taxonomy_term_id", FieldType::Str, true),
            ("link_type", FieldType::Str, false),
            ("link_entity", FieldType::Str, true),
            ("value", FieldType::Str, false),
        ],
        foreign_keys: &[("taxonomy_term_id", "taxonomy_term")],
    },
    Table {
        name: "service_at_location",
        path: "service_at_location.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("service_id", FieldType::Str, true),
            ("location_id", FieldType::Str, true),
            ("description", FieldType::Str, false),
        ],
        foreign_keys: &[("service_id", "service"), ("location_id", "location")],
    },
    Table {
        name: "location",
        path: "locations.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("location_type", FieldType::Str, true),
            ("url", FieldType::Str, false),
            ("organization_id", FieldType::Str, false),
            ("name", FieldType::Str, false),
            ("alternate_name", FieldType::Str, false),
            ("description", FieldType::Str, false),
            ("transportation", FieldType::Str, false),
            ("latitude", FieldType::Num, false),
            ("longitude", FieldType::Num, false),
            ("external_identifier", FieldType::Str, false),
            ("external_identifier_type", FieldType::Str, false),
        ],
        foreign_keys: &[("organization_id", "organization")],
    },
    Table {
        name: "phone",
        path: "phones.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("location_id", FieldType::Str, false),
            ("service_id", FieldType::Str, false),
            ("organization_id", FieldType::Str, false),
            ("contact_id", FieldType::Str, false),
            ("service_at_location_id", FieldType::Str, false),
            ("number", FieldType::Str, true),
            ("extension", FieldType::Num, false),
            ("type", FieldType::Str, false),
            ("description", FieldType::Str, false),
        ],
        foreign_keys: &[
            ("contact_id", "contact"),
            ("location_id", "location"),
            ("organization_id", "organization"),
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
        ],
    },
    Table {
        name: "contact",
        path: "contacts.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("organization_id", FieldType::Str, false),
            ("service_id", FieldType::Str, false),
            ("service_at_location_id", FieldType::Str, false),
            ("location_id", FieldType::Str, false),
            ("name", FieldType::Str, false),
            ("title", FieldType::Str, false),
            ("department", FieldType::Str, false),
            ("email", FieldType::Str, false),
        ],
        foreign_keys: &[
            ("location_id", "location"),
            ("organization_id", "organization"),
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
        ],
    },
    Table {
        name: "address",
        path: "addresses.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("location_id", FieldType::Str, false),
            ("attention", FieldType::Str, false),
            ("address_1", FieldType::Str, true),
            ("address_2", FieldType::Str, false),
            ("city", FieldType::Str, true),
            ("region", FieldType::Str, false),
            ("state_province", FieldType::Str, true),
            ("postal_code", FieldType::Str, true),
            ("country", FieldType::Str, true),
            ("address_type", FieldType::Str, true),
        ],
        foreign_keys: &[("location_id", "location")],
    },
    Table {
        name: "schedule",
        path: "schedules.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("service_id", FieldType::Str, false),
            ("location_id", FieldType::Str, false),
            ("service_at_location_id", FieldType::Str, false),
            ("valid_from", FieldType::Date, false),
            ("valid_to", FieldType::Date, false),
            ("dtstart", FieldType::Date, false),
            ("timezone", FieldType::Num, false),
            ("until", FieldType::Date, false),
            ("count", FieldType::Num, false),
            ("wkst", FieldType::Str, false),
            ("freq", FieldType::Str, false),
            ("interval", FieldType::Num, false),
            ("byday", FieldType::Str, false),
            ("byweekno", FieldType::Str, false),
            ("bymonthday", FieldType::Str, false),
            ("byyearday", FieldType::Str, false),
            ("description", FieldType::Str, false),
            ("opens_at", FieldType::Time, false),
            ("closes_at", FieldType::Time, false),
            ("schedule_link", FieldType::Str, false),
            ("attending_type", FieldType::Str, false),
            ("notes", FieldType::Str, false),
        ],
        foreign_keys: &[
            ("location_id", "location"),
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
        ],
    },
    Table {
        name: "funding",
        path: "funding.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("organization_id", FieldType::Str, false),
            ("service_id", FieldType::Str, false),
            ("source", FieldType::Str, false),
        ],
        foreign_keys: &[
            ("organization_id", "organization"),
            ("service_id", "service"),
        ],
    },
    Table {
        name: "service_area",
        path: "service_areas.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("service_id", FieldType::Str, false),
            ("name", FieldType::Str, false),
            ("description", FieldType::Str, false),
            ("extent", FieldType::Str, false),
            ("extent_type", FieldType::Str, false),
            ("uri", FieldType::Str, false),
        ],
        foreign_keys: &[("service_id", "service")],
    },
    Table {
        name: "required_document",
        path: "required_documents.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("service_id", FieldType::Str, false),
            ("document", FieldType::Str, false),
            ("uri", FieldType::Str, false),
        ],
        foreign_keys: &[("service_id", "service")],
    },
    Table {
        name: "language",
        path: "languages.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("service_id", FieldType::Str, false),
            ("location_id", FieldType::Str, false),
            ("phone_id", FieldType::Str, false),
            ("name", FieldType::Str, false),
            ("code", FieldType::Str, false),
            ("note", FieldType::Str, false),
        ],
        foreign_keys: &[
            ("location_id", "location"),
            ("phone_id", "phone"),
            ("service_id", "service"),
        ],
    },
    Table {
        name: "accessibility",
        path: "accessibility.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("location_id", FieldType::Str, false),
            ("description", FieldType::Str, false),
            ("details", FieldType::Str, false),
            ("url", FieldType::Str, false),
        ],
        foreign_keys: &[("location_id", "location")],
    },
    Table {
        name: "taxonomy_term",
        path: "taxonomy_terms.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("code", FieldType::Str, false),
            ("name", FieldType::Str, true),
            ("description", FieldType::Str, true),
            ("parent_id", FieldType::Str, false),
            ("taxonomy", FieldType::Str, false),
            ("language", FieldType::Str, false),
            ("taxonomy_id", FieldType::Str, false),
            ("term_uri", FieldType::Str, false),
        ],
        foreign_keys: &[("taxonomy_id", "taxonomy")],
    },
    Table {
        name: "metadata",
        path: "metadata.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("resource_id", FieldType::Str, true),
            ("resource_type", FieldType::Str, true),
            ("last_action_date", FieldType::Date, true),
            ("last_action_type", FieldType::Str, true),
            ("field_name", FieldType::Str, true),
            ("previous_value", FieldType::Str, true),
            ("replacement_value", FieldType::Str, true),
            ("updated_by", FieldType::Str, true),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "meta_table_description",
        path: "meta_table_descriptions.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("name", FieldType::Str, false),
            ("language", FieldType::Str, false),
            ("character_set", FieldType::Str, false),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "cost_option",
        path: "cost_options.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("service_id", FieldType::Str, true),
            ("valid_from", FieldType::Date, false),
            ("valid_to", FieldType::Date, false),
            ("option", FieldType::Str, false),
            ("currency", FieldType::Str, false),
            ("amount", FieldType::Num, false),
            ("amount_description", FieldType::Str, false),
        ],
        foreign_keys: &[("service_id", "service")],
    },
    Table {
        name: "organization_identifier",
        path: "organization_identifiers.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("organization_id", FieldType::Str, true),
            ("identifier_scheme", FieldType::Str, false),
            ("identifier_type", FieldType::Str, true),
            ("identifier", FieldType::Str, true),
        ],
        foreign_keys: &[("organization_id", "organization")],
    },
    Table {
        name: "taxonomy",
        path: "taxonomies.csv",
        fields: &[
            ("id", FieldType::Str, true),
            ("name", FieldType::Str, true),
            ("description", FieldType::Str, true),
            ("uri", FieldType::Str, false),
            ("version", FieldType::Str, false),
        ],
        foreign_keys: &[],
    },
];

/// The table called `name`.
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

/// The table stored in the CSV file `path`.
pub fn table_for_path(path: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.path.eq_ignore_ascii_case(path))
}
