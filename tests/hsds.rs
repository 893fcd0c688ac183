//! HSDS in and out against the specification's own examples and schema (vendored in
//! `../shared/hsds-3.0/`, read in place), a synthetic HSDS 1.1 package, and Ponte's default
//! directory.

use std::path::{Path, PathBuf};

use ponte::hsds::{self, ImportOptions, Imported};
use ponte::model::{GeoPrecision, Kind, Service};
use serde_json::Value;

use crate::common::gazetteer;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The HSDS 3.0 specification's own schema and examples. They are read from the shared
/// folder beside the clone (where CI has them), not copied into the project: the folder
/// asks that they be read, not copied. `PONTE_HSDS_DIR` points elsewhere.
fn hsds3() -> PathBuf {
    let dir = std::env::var_os("PONTE_HSDS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/hsds-3.0"));
    assert!(
        dir.join("schema").is_dir() && dir.join("examples").is_dir(),
        "the HSDS 3.0 specification files are not at {} (expected ../shared/hsds-3.0 beside the clone; set PONTE_HSDS_DIR)",
        dir.display()
    );
    dir
}

fn example(name: &str) -> PathBuf {
    hsds3().join("examples").join(name)
}

fn import(p: &Path, opts: &ImportOptions) -> Imported {
    hsds::import_path(p, opts, &mut |_| {}).expect("readable")
}

fn errors(i: &Imported) -> Vec<String> {
    i.findings
        .iter()
        .filter(|f| f.is_error())
        .map(|f| f.diagnostic.to_string())
        .collect()
}

fn us() -> ImportOptions {
    ImportOptions {
        country: Some("US".into()),
        ..ImportOptions::default()
    }
}

/// A JSON Schema validator for an HSDS schema file, with every sibling file registered so
/// `$ref: "phone.json"` resolves offline. Formats (uuid, uri, email, date-time) are checked.
fn validator(schema: &str) -> jsonschema::Validator {
    let dir = hsds3().join("schema");
    let base = "https://hsds.test/schema/";
    let mut resources = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            let v: Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            resources.push((format!("{base}{name}"), v));
        }
    }
    let registry = jsonschema::Registry::new()
        .extend(resources.iter().map(|(u, v)| (u.as_str(), v.clone())))
        .unwrap()
        .prepare()
        .unwrap();
    let registry: &'static jsonschema::Registry<'static> = Box::leak(Box::new(registry));
    let wrapper = serde_json::json!({"$ref": format!("{base}{schema}")});
    jsonschema::options()
        .with_registry(registry)
        .should_validate_formats(true)
        .build(&wrapper)
        .unwrap()
}

fn schema_errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn counselling(s: &Service) {
    assert_eq!(s.name.value, "Community Counselling");
    assert_eq!(
        s.id, "e94c9f38-1e8f-4564-91d4-d53501ab1765",
        "id from the service_at_location"
    );
    assert_eq!(s.organization.as_deref(), Some("Example Organization Inc."));
    assert_eq!(s.languages, ["ur"]);
    assert_eq!(s.asks_documents, ponte::model::TriState::Yes);
    assert!(s.what_to_bring.as_ref().unwrap().value.contains("Passport"));
    assert_eq!(
        s.free_of_charge,
        ponte::model::TriState::No,
        "a cost option of 35 GBP"
    );
    assert_eq!(s.verified_at, "2005-01-01", "assured_date");
    assert_eq!(
        s.phones[0].number, "+44 1234 234567",
        "quotes around the number dropped"
    );
    assert_eq!(s.address.locality.as_deref(), Some("MyCity"));
    assert_eq!(s.address.postal_code.as_deref(), Some("ABC 1234"));
    assert_eq!(s.address.country, "US");
    assert_eq!(s.needs.len(), 1);
    assert_eq!(s.needs[0].code(), "health.mental");
    // Latitude 100 is not on Earth: not used, kept as written.
    assert!(s.location.is_none());
    assert_eq!(s.extra["hsds.location.latitude"], "100");
    // What Ponte doesn't model is kept, under its HSDS name.
    assert!(s.extra["hsds.service.alert"].starts_with("Following COVID-19"));
    assert!(s.extra["hsds.location.accessibility"].contains("induction loops"));
    assert!(s.extra["hsds.service.service_areas"].contains("MyCity area"));
    assert!(s.extra["hsds.service.cost_options"].contains("Under 18s"));
    assert!(s.extra["hsds.organization.legal_status"].contains("Limited Company"));
    // The example's schedule has week numbers and month days: not turned into hours.
    assert!(s.opening_hours.is_none());
}

#[test]
fn hsds_3_json_examples_import_in_every_form() {
    for name in [
        "service_full.json",
        "organization_full.json",
        "service_at_location_full.json",
    ] {
        let imp = import(&example(name), &ImportOptions::default());
        assert!(!imp.has_errors(), "{name}: {:#?}", errors(&imp));
        assert_eq!(imp.services.len(), 1, "{name}");
        counselling(&imp.services[0]);
        let codes: Vec<&str> = imp.findings.iter().map(|f| f.diagnostic.code).collect();
        for c in [
            "bad-coordinates",
            "needs-from-name",
            "schedules-not-hours",
            "assumed-language",
        ] {
            assert!(codes.contains(&c), "{name}: no {c} in {codes:?}");
        }
    }
    // The list forms are summaries: a service without its locations is a remote service
    // (a phone line), and needs the country the person states.
    let imp = import(&example("service_list.json"), &us());
    assert!(!imp.has_errors(), "{:#?}", errors(&imp));
    assert_eq!(imp.services[0].kind, Kind::PhoneLine);
    let imp = import(&example("service_list.json"), &ImportOptions::default());
    assert!(
        errors(&imp).iter().any(|e| e.contains("country")),
        "no country, no record"
    );
    // Organizations alone are not service points.
    let imp = import(
        &example("organization_list.json"),
        &ImportOptions::default(),
    );
    assert!(imp.services.is_empty() && !imp.has_errors());
}

#[test]
fn hsds_3_tabular_example_imports_like_the_json() {
    let imp = import(&example("csv"), &ImportOptions::default());
    assert!(!imp.has_errors(), "{:#?}", errors(&imp));
    assert_eq!(imp.format, Some(hsds::Format::Tabular));
    assert_eq!(imp.services.len(), 1);
    counselling(&imp.services[0]);
    // The example's links to rows it doesn't hold are warned about, at file:row:column.
    let dangling: Vec<String> = imp
        .findings
        .iter()
        .filter(|f| f.diagnostic.code == "dangling-reference")
        .map(|f| f.diagnostic.to_string())
        .collect();
    assert!(
        dangling
            .iter()
            .any(|d| d.contains("locations.csv:2:4") && d.contains("organization_id")),
        "{dangling:#?}"
    );
}

fn default_directory() -> Vec<Service> {
    let mut l = ponte::datadir::built_in_sources();
    assert!(!l.has_errors());
    ponte::compile::place(&mut l, &gazetteer()).unwrap();
    l.services
}

fn examples() -> Vec<Service> {
    let mut all = import(&example("service_full.json"), &ImportOptions::default()).services;
    all.extend(import(&example("service_list.json"), &us()).services);
    all
}

#[test]
fn exports_are_valid_hsds_3_json() {
    let service = validator("service.json");
    let organization = validator("organization.json");
    for (what, services) in [
        ("examples", examples()),
        ("default directory", default_directory()),
    ] {
        let objs = hsds::export::services_json(&services, &mut |_| {});
        assert!(!objs.is_empty());
        for o in &objs {
            let e = schema_errors(&service, o);
            assert!(e.is_empty(), "{what}: {}: {e:#?}", o["id"]);
        }
        for o in hsds::export::organizations(&objs) {
            let e = schema_errors(&organization, &o);
            assert!(e.is_empty(), "{what}: {e:#?}");
        }
        let page = hsds::export::page(objs.clone());
        assert_eq!(page["total_items"], objs.len());
    }
    // The validator is real: a service without its required status fails.
    let mut broken = hsds::export::services_json(&examples(), &mut |_| {})[0].clone();
    broken.as_object_mut().unwrap().remove("status");
    broken["service_at_locations"][0]["location"]["latitude"] = "north".into();
    assert_eq!(schema_errors(&service, &broken).len(), 2);
}

/// The CSV package's files against the specification's `datapackage.json`: known files,
/// known columns, required cells filled, every link resolving.
#[test]
fn tabular_export_matches_the_specifications_datapackage() {
    let spec: Value =
        serde_json::from_slice(&std::fs::read(hsds3().join("datapackage.json")).unwrap()).unwrap();
    let resources = spec["resources"].as_array().unwrap();
    for services in [examples(), default_directory()] {
        let objs = hsds::export::services_json(&services, &mut |_| {});
        let files = hsds::export::tabular(&objs);
        let mut ids: std::collections::HashMap<String, std::collections::HashSet<String>> =
            Default::default();
        let mut tables = Vec::new();
        for (name, bytes) in &files {
            if name == "datapackage.json" {
                let dp: Value = serde_json::from_slice(bytes).unwrap();
                assert_eq!(dp["profile"], "tabular-data-package");
                continue;
            }
            let r = resources
                .iter()
                .find(|r| r["path"] == name.as_str())
                .unwrap_or_else(|| panic!("{name} is not an HSDS 3.0 file"));
            let mut rdr = csv::Reader::from_reader(&bytes[..]);
            let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
            let fields = r["schema"]["fields"].as_array().unwrap();
            for h in &header {
                assert!(
                    fields.iter().any(|f| f["name"] == h.as_str()),
                    "{name}: column {h}"
                );
            }
            let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
            for row in &rows {
                for f in fields {
                    let required = f["constraints"]["required"] == true;
                    let i = header.iter().position(|h| f["name"] == h.as_str());
                    if required {
                        let i = i.unwrap_or_else(|| panic!("{name}: no column {}", f["name"]));
                        // HSDS requires the column; some (description, state_province) may be empty text.
                        let _ = &row[i];
                    }
                    if f["type"] == "number" {
                        if let Some(v) = i.map(|i| &row[i]).filter(|v| !v.is_empty()) {
                            assert!(v.parse::<f64>().is_ok(), "{name}.{}: {v}", f["name"]);
                        }
                    }
                }
                let id = &row[header.iter().position(|h| h == "id").unwrap()];
                ids.entry(r["name"].as_str().unwrap().to_string())
                    .or_default()
                    .insert(id.to_string());
            }
            tables.push((r.clone(), header, rows));
        }
        for (r, header, rows) in &tables {
            for fk in r["schema"]["foreignKeys"].as_array().into_iter().flatten() {
                let field = fk["fields"].as_str().unwrap();
                let target = fk["reference"]["resource"].as_str().unwrap();
                let Some(i) = header.iter().position(|h| h == field) else {
                    continue;
                };
                for row in rows {
                    if !row[i].is_empty() && ids.contains_key(target) && target != "organization" {
                        assert!(
                            ids[target].contains(&row[i]),
                            "{}.{field} -> {target} {}",
                            r["name"],
                            &row[i]
                        );
                    }
                }
            }
        }
    }
}

fn without_origin(mut s: Vec<Service>) -> Vec<Service> {
    s.sort_by(|a, b| a.id.cmp(&b.id));
    s
}

fn round_trip(services: Vec<Service>, what: &str) {
    let dir = tempfile::tempdir().unwrap();
    let objs = hsds::export::services_json(&services, &mut |_| {});
    // JSON.
    let p = dir.path().join("services.json");
    std::fs::write(
        &p,
        serde_json::to_vec(&hsds::export::page(objs.clone())).unwrap(),
    )
    .unwrap();
    let back = import(&p, &ImportOptions::default());
    assert!(!back.has_errors(), "{what} json: {:#?}", errors(&back));
    let (a, b) = (
        without_origin(services.clone()),
        without_origin(back.services),
    );
    assert_eq!(a.len(), b.len(), "{what} json");
    for (x, y) in a.iter().zip(&b) {
        if x != y {
            for (k, v) in &x.extra {
                if y.extra.get(k) != Some(v) {
                    eprintln!("extra {k}: {v} != {:?}", y.extra.get(k));
                }
            }
            for (k, v) in &y.extra {
                if !x.extra.contains_key(k) {
                    eprintln!("new extra {k}: {v}");
                }
            }
        }
        assert_eq!(x, y, "{what} json: {}", x.id);
    }
    // The tabular package.
    let t = dir.path().join("tabular");
    std::fs::create_dir_all(&t).unwrap();
    for (name, bytes) in hsds::export::tabular(&objs) {
        std::fs::write(t.join(name), bytes).unwrap();
    }
    let back = import(&t, &ImportOptions::default());
    assert!(!back.has_errors(), "{what} tabular: {:#?}", errors(&back));
    let b = without_origin(back.services);
    assert_eq!(a.len(), b.len(), "{what} tabular");
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y, "{what} tabular: {}", x.id);
    }
}

#[test]
fn import_export_import_loses_nothing_ponte_models() {
    round_trip(
        import(&example("service_full.json"), &ImportOptions::default()).services,
        "HSDS service_full.json",
    );
    round_trip(
        import(&example("service_list.json"), &us()).services,
        "HSDS service_list.json",
    );
    let tabular = import(&example("csv"), &ImportOptions::default()).services;
    round_trip(tabular, "HSDS tabular example");
    round_trip(default_directory(), "default directory");
    let legacy = import(
        &fixtures().join("hsds-1.1-synthetic"),
        &ImportOptions {
            verified_at: Some("2026-01-15".into()),
            ..ImportOptions::default()
        },
    );
    assert!(!legacy.has_errors(), "{:#?}", errors(&legacy));
    round_trip(legacy.services, "HSDS 1.1 synthetic");
}

#[test]
fn template_csv_round_trips_the_default_directory() {
    let services = ponte::datadir::built_in_sources().services;
    let mut buf = Vec::new();
    ponte::source::write_csv(&services, &mut buf, false).unwrap();
    let back = ponte::source::read_csv(&buf[..], Path::new("export.csv"));
    assert!(!back.has_errors(), "{:#?}", back.diagnostics);
    assert_eq!(back.services, services);
}

#[test]
fn hsds_1_1_package_without_coordinates_is_placed_from_its_towns() {
    let dir = fixtures().join("hsds-1.1-synthetic");
    // One service has no date anywhere: an error that names the flag.
    let imp = import(&dir, &ImportOptions::default());
    let e = errors(&imp);
    assert!(e.iter().any(|m| m.contains("verified_at")), "{e:#?}");
    let opts = ImportOptions {
        verified_at: Some("2026-01-15".into()),
        ..ImportOptions::default()
    };
    let imp = import(&dir, &opts);
    assert!(!imp.has_errors(), "{:#?}", errors(&imp));
    assert_eq!(imp.format, Some(hsds::Format::Legacy));
    assert_eq!(imp.services.len(), 10);
    let get = |id: &str| imp.services.iter().find(|s| s.id == id).unwrap();
    let s1 = get("sal-1");
    assert_eq!(
        s1.opening_hours.as_deref(),
        Some("Mo-Th 09:00-17:00; Fr 09:00-13:00")
    );
    ponte::hours::check(s1.opening_hours.as_deref().unwrap()).unwrap();
    assert_eq!(s1.languages, ["pt", "es", "en", "uk"], "names to codes");
    assert_eq!(s1.needs[0].code(), "legal-aid.immigration");
    assert_eq!(s1.free_of_charge, ponte::model::TriState::Yes, "fees: Free");
    assert_eq!(s1.verified_at, "2025-10-02", "newest metadata date");
    assert_eq!(s1.phones[0].number, "21 000 0001");
    assert_eq!(
        s1.extra["hsds.service.eligibility_description"],
        "Migrants of any status, adults"
    );
    assert_eq!(
        get("sal-2").opening_hours.as_deref(),
        Some("Tu 09:00-14:00")
    );
    assert_eq!(
        get("sal-3").phones[0].number,
        "253 000 003",
        "extension cut off"
    );
    assert!(get("sal-5").extra["hsds.service.holiday_schedules"].contains("2024-12-25"));
    assert_eq!(
        get("sal-8").verified_at,
        "2026-01-15",
        "the date the person asserted"
    );
    assert!(
        imp.services.iter().all(|s| s.location.is_none()),
        "no coordinates given"
    );

    let (mut loaded, _) = imp.into_loaded();
    let (placement, findings) = ponte::validate::place(&mut loaded, &gazetteer()).unwrap();
    assert_eq!(placement.from_source, 0);
    assert_eq!(placement.by_city, 7);
    assert_eq!(placement.by_postal_code, 0, "no offline postal-code data");
    assert_eq!(placement.postal_code_not_used, 7);
    let unplaced: Vec<&str> = placement
        .unplaced
        .iter()
        .map(|(id, _)| id.as_str())
        .collect();
    assert_eq!(unplaced, ["sal-7", "sal-8", "sal-10"]);
    assert!(
        placement.unplaced[0].1.contains("geonames_id"),
        "Lagoa is two towns"
    );
    assert!(placement.unplaced[1].1.contains("postal code"));
    assert!(placement.unplaced[2].1.contains("Lisbo"));
    assert!(findings
        .iter()
        .any(|f| f.diagnostic.code == "ambiguous-town"));
    for s in loaded.services.iter().filter(|s| s.location.is_some()) {
        let l = s.location.as_ref().unwrap();
        assert_eq!(l.precision, GeoPrecision::City, "{}", s.id);
        assert!(l.uncertainty_m >= 1_000.0);
        assert!(s.timezone.as_deref() == Some("Europe/Lisbon"), "{}", s.id);
    }
    let setubal = loaded.services.iter().find(|s| s.id == "sal-6").unwrap();
    assert!(
        (setubal.point().unwrap().lat - 38.52).abs() < 0.1,
        "Setubal without accent"
    );
}

/// Writes `files` into a temp folder and imports it as a CSV package.
fn package(files: &[(&str, &[u8])]) -> Imported {
    let dir = tempfile::tempdir().unwrap();
    for (n, b) in files {
        std::fs::write(dir.path().join(n), b).unwrap();
    }
    let imp = import(dir.path(), &ImportOptions::default());
    // Keep the folder alive only as long as needed: findings carry its paths as text.
    drop(dir);
    imp
}

const SERVICES: &str = "id,organization_id,name,description,status,assured_date\ns1,o1,Food bank,Food,active,2025-01-01\n";
const ORGS: &str = "id,name,description\no1,Org,Org\n";
const LOCATIONS: &str = "id,location_type,name,latitude,longitude\nl1,physical,Hall,38.7,-9.1\n";
const SAL: &str = "id,service_id,location_id\nsal1,s1,l1\n";
const ADDRESSES: &str = "id,location_id,address_1,city,state_province,postal_code,country,address_type\na1,l1,Rua A 1,Lisboa,,1000-001,PT,physical\n";

fn assert_refused(imp: &Imported, file: &str, row: u64, column: Option<usize>, code: &str) {
    assert!(imp.services.is_empty(), "nothing imported");
    let hit = imp
        .findings
        .iter()
        .find(|f| f.diagnostic.code == code && f.is_error());
    let d = &hit
        .unwrap_or_else(|| panic!("no {code}: {:#?}", imp.findings))
        .diagnostic;
    assert!(d.file.ends_with(file), "{d}");
    assert_eq!(d.row, Some(row), "{d}");
    assert_eq!(d.column, column, "{d}");
}

#[test]
fn a_good_small_package_imports() {
    let imp = package(&[
        ("services.csv", SERVICES.as_bytes()),
        ("organizations.csv", ORGS.as_bytes()),
        ("locations.csv", LOCATIONS.as_bytes()),
        ("service_at_location.csv", SAL.as_bytes()),
        ("addresses.csv", ADDRESSES.as_bytes()),
    ]);
    assert!(!imp.has_errors(), "{:#?}", errors(&imp));
    assert_eq!(imp.services[0].needs[0].code(), "food");
    assert_eq!(imp.services[0].point().unwrap().lat, 38.7);
}

#[test]
fn malformed_packages_are_refused_at_file_row_and_column() {
    let base = |name: &'static str, body: Vec<u8>| -> Imported {
        let mut files: Vec<(&str, Vec<u8>)> = vec![
            ("services.csv", SERVICES.as_bytes().to_vec()),
            ("organizations.csv", ORGS.as_bytes().to_vec()),
            ("locations.csv", LOCATIONS.as_bytes().to_vec()),
            ("service_at_location.csv", SAL.as_bytes().to_vec()),
            ("addresses.csv", ADDRESSES.as_bytes().to_vec()),
        ];
        files.retain(|(n, _)| *n != name);
        files.push((name, body));
        let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, &b[..])).collect();
        package(&refs)
    };
    // Bad quoting: a quote that never closes swallows the row.
    let imp = base(
        "locations.csv",
        b"id,location_type,name,latitude,longitude\nl1,physical,\"Hall,38.7,-9.1\nl2,physical,B,1,1\n".to_vec(),
    );
    assert_refused(&imp, "locations.csv", 2, None, "bad-csv");
    // Wrong type: latitude "north".
    let imp = base(
        "locations.csv",
        b"id,location_type,name,latitude,longitude\nl1,physical,Hall,north,-9.1\n".to_vec(),
    );
    assert_refused(&imp, "locations.csv", 2, Some(4), "bad-type");
    // Unknown foreign key: service_at_location -> a location that isn't there.
    let imp = base(
        "service_at_location.csv",
        b"id,service_id,location_id\nsal1,s1,l1\nsal2,s1,nowhere\n".to_vec(),
    );
    assert_refused(
        &imp,
        "service_at_location.csv",
        3,
        Some(3),
        "unknown-reference",
    );
    // A 10 MB field.
    let mut big =
        b"id,organization_id,name,description,status,assured_date\ns1,o1,Food bank,".to_vec();
    big.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    big.extend_from_slice(b",active,2025-01-01\n");
    let imp = base("services.csv", big);
    assert_refused(&imp, "services.csv", 2, Some(4), "too-long");
    // Broken UTF-8.
    let imp = base(
        "services.csv",
        b"id,organization_id,name,description,status,assured_date\ns1,o1,Food \xff bank,Food,active,2025-01-01\n".to_vec(),
    );
    assert_refused(&imp, "services.csv", 2, Some(3), "bad-utf8");
}

#[test]
fn malformed_json_is_refused_at_line_and_column() {
    let opts = ImportOptions::default();
    let imp = hsds::import_json_bytes(
        Path::new("x.json"),
        b"{\n  \"id\": \"s1\",\n  \"name\": \"A\"\n  \"status\": 1\n}",
        &opts,
    );
    assert_refused(&imp, "x.json", 4, Some(3), "bad-json");
    let imp = hsds::import_json_bytes(Path::new("x.json"), b"{\"id\": \"s\xff1\"}", &opts);
    assert_refused(&imp, "x.json", 1, Some(10), "bad-utf8");
    let imp = hsds::import_json_bytes(
        Path::new("x.json"),
        br#"{"id": "s1", "name": "A", "status": "active", "service_at_locations": [{"id": "x", "location": {"id": "l", "latitude": "north"}}]}"#,
        &opts,
    );
    assert!(imp.services.is_empty());
    let f = imp
        .findings
        .iter()
        .find(|f| f.diagnostic.code == "bad-type")
        .unwrap();
    assert_eq!(
        f.diagnostic.field.as_deref(),
        Some("/service_at_locations/0/location/latitude")
    );
    assert_eq!(f.diagnostic.row, Some(1));
}

#[test]
fn fuzz_entry_points_survive_garbage() {
    let opts = ImportOptions::default();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for len in [0usize, 1, 7, 64, 600] {
        for _ in 0..20 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    b"{}[],:\"\n\r 0aZ\xff-"[(seed % 15) as usize]
                })
                .collect();
            let _ = hsds::import_json_bytes(Path::new("f.json"), &bytes, &opts);
            let _ = hsds::import_package_bytes(&[(PathBuf::from("services.csv"), bytes)], &opts);
        }
    }
}

// ---- The real `ponte` binary ----

use crate::common::{ponte, shared_data_dir, stderr, stdout};

#[test]
fn cli_validate_reports_by_file_and_row_and_exits_2_on_errors() {
    let dir = fixtures().join("hsds-1.1-synthetic");
    let o = ponte(shared_data_dir(), &["validate", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let out = stdout(&o);
    // Grouped by file, then each finding at file:row with its field and record.
    assert!(
        out.contains("services_at_location.csv:8: error [locality] (sal-7)"),
        "{out}"
    );
    assert!(out.contains("“verified_at” is required"), "{out}");
    assert!(
        out.contains("0 at their postal code's centre, 3 not placed"),
        "{out}"
    );
    let o = ponte(
        shared_data_dir(),
        &[
            "validate",
            dir.to_str().unwrap(),
            "--json",
            "--verified-at",
            "2026-01-15",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["source_kind"], "hsds-legacy");
    assert_eq!(v["placement"]["by_city"], 7);
    let f = v["findings"].as_array().unwrap();
    assert!(f
        .iter()
        .any(|f| f["code"] == "ambiguous-town" && f["severity"] == "error"));
    assert!(f.iter().any(|f| f["message_id"] == "data-unreadable-phone"));
    // The default directory: warnings (old records) at most, exit 0.
    let o = ponte(
        shared_data_dir(),
        &["validate", "data/services", "--stale-after", "1200"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("0 errors, 0 warnings"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn cli_import_writes_nothing_when_there_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixtures().join("hsds-1.1-synthetic");
    let db = tmp.path().join("d.sqlite");
    let o = ponte(
        shared_data_dir(),
        &[
            "import",
            "hsds",
            dir.to_str().unwrap(),
            "-o",
            db.to_str().unwrap(),
            "--verified-at",
            "2026-01-15",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "unplaced places stop a directory");
    assert!(!db.exists());
    // As a template CSV to curate, the same data is written, unplaced rows included.
    let csv = tmp.path().join("ngo.csv");
    let o = ponte(
        shared_data_dir(),
        &[
            "import",
            "hsds",
            dir.to_str().unwrap(),
            "-o",
            csv.to_str().unwrap(),
            "--verified-at",
            "2026-01-15",
            "--text-lang",
            "pt",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let back = ponte::source::read_path(&csv).unwrap();
    assert_eq!(back.services.len(), 10);
    assert!(back.services.iter().all(|s| s.lang == "pt"));
    // A template folder to a directory database.
    let o = ponte(
        shared_data_dir(),
        &["import", "csv", "data/services", "-o", db.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(ponte::store::Directory::open(&db).unwrap().len().unwrap() >= 100);
}

#[test]
fn cli_exports_hsds_geojson_and_the_template() {
    let tmp = tempfile::tempdir().unwrap();
    let h = tmp.path().join("hsds");
    let o = ponte(
        shared_data_dir(),
        &["export", "hsds", "-o", h.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    for f in [
        "services.json",
        "organizations.json",
        "tabular/datapackage.json",
        "tabular/services.csv",
    ] {
        assert!(h.join(f).exists(), "{f}");
    }
    let g = tmp.path().join("d.geojson");
    let o = ponte(
        shared_data_dir(),
        &["export", "geojson", "-o", g.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&std::fs::read(&g).unwrap()).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let f = &v["features"].as_array().unwrap();
    let lisboa = f.iter().find(|f| f["id"] == "pt-cnaim-lisboa").unwrap();
    assert_eq!(lisboa["geometry"]["coordinates"][0], -9.134284, "lon first");
    assert_eq!(lisboa["properties"]["geo_precision"], "exact");
    assert!(lisboa["properties"]["source"]
        .as_str()
        .unwrap()
        .contains("arquivo.pt"));
    let places = ponte::datadir::built_in_sources()
        .services
        .iter()
        .filter(|s| s.kind.is_place())
        .count();
    assert_eq!(f.len(), places, "every place, no phone line");
    let c = tmp.path().join("d.csv");
    let o = ponte(
        shared_data_dir(),
        &["export", "csv", "-o", c.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let back = ponte::source::read_path(&c).unwrap();
    assert!(!back.has_errors(), "{:#?}", back.diagnostics);
    // From HSDS to GeoJSON directly.
    let o = ponte(
        shared_data_dir(),
        &[
            "export",
            "geojson",
            "--from",
            example("csv").to_str().unwrap(),
            "-o",
            g.to_str().unwrap(),
        ],
    );
    // MyCity is in no gazetteer: exported without a point, and said so.
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("MyCity"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1 record has no point"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_shipped_template_has_every_column_and_only_an_example_row() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/template.csv");
    let mut rdr = csv::Reader::from_path(&p).unwrap();
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    for c in ponte::source::COLUMNS {
        assert!(header.iter().any(|h| h == c), "template lacks {c}");
    }
    let l = ponte::source::read_path(&p).unwrap();
    assert!(!l.has_errors(), "{:#?}", l.diagnostics);
    assert_eq!(l.services.len(), 1);
    assert!(l.services[0].id.starts_with("example-"));
    // It never enters the default directory.
    assert!(ponte::datadir::built_in_sources()
        .services
        .iter()
        .all(|s| !s.id.starts_with("example-")));
}

/// The folder `ponte export hsds` writes (services.json, organizations.json, tabular/) is
/// what an NGO hands back to `ponte import hsds`: it must import whole. It was refused,
/// because a bare organization (id, name, description) could not be told from its keys.
#[test]
fn exported_folder_imports_back_with_its_organizations_page() {
    let services = default_directory();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("export");
    hsds::export::write(&services, &out, &mut |_| {}).unwrap();
    assert!(out.join("organizations.json").is_file());
    let back = import(&out, &ImportOptions::default());
    assert!(!back.has_errors(), "{:#?}", errors(&back));
    let (a, b) = (without_origin(services), without_origin(back.services));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y, "{}", x.id);
    }
}
