// harmwatch map page. Plain browser JavaScript, no build step, no network beyond this origin.
// Every value from the API goes into the DOM through textContent or attributes, never innerHTML.
(function () {
  'use strict';

  var TYPES = {
    violence_against_civilians: { label: 'Violence against civilians', color: '#b2182b' },
    explosions_remote_violence: { label: 'Explosions / remote violence', color: '#e66101' },
    battles: { label: 'Battles', color: '#5e3c99' },
    riots: { label: 'Riots', color: '#1b7837' },
    protests: { label: 'Protests', color: '#2166ac' },
    strategic_developments: { label: 'Strategic developments', color: '#666666' }
  };
  var UNKNOWN_TYPE = { label: 'Type unknown', color: '#999999' };
  var PRECISION = {
    place: 'town or village', admin2: 'district', admin1: 'province / region',
    region: 'part of a country', country: 'country only'
  };

  var statusEl = document.getElementById('status');
  var listEl = document.getElementById('incidents');
  var countEl = document.getElementById('count');
  var form = document.getElementById('filters');
  var markers = {};
  var markerLayer = null;
  var map = null;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function typeOf(code) { return TYPES[code] || UNKNOWN_TYPE; }

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.classList.toggle('error', Boolean(isError));
  }

  function dateText(date) {
    if (!date) { return 'date unknown'; }
    return date.start === date.end ? date.start : date.start + ' – ' + date.end;
  }

  function countText(c) {
    if (!c || c.min === null || c.min === undefined) { return 'not reported'; }
    if (c.max === null || c.max === undefined) { return 'at least ' + c.min; }
    return c.min === c.max ? String(c.min) : c.min + '–' + c.max;
  }

  function placeText(loc) {
    if (!loc) { return 'place unknown'; }
    var parts = [loc.name, loc.admin1, loc.country_code].filter(function (p, i, all) {
      return p && all.indexOf(p) === i;
    });
    return parts.length ? parts.join(', ') : 'place unknown';
  }

  function hasPoint(loc) {
    return loc && typeof loc.lat === 'number' && typeof loc.lon === 'number';
  }

  function radiusFor(killedMin) {
    var k = typeof killedMin === 'number' ? killedMin : 0;
    return Math.min(26, 5 + 2 * Math.sqrt(k));
  }

  function apiPath(id, suffix) {
    return '/api/incidents/' + encodeURIComponent(id) + (suffix || '');
  }

  function initMap() {
    if (typeof L === 'undefined') {
      setStatus('The map library did not load; the list still works.', true);
      return;
    }
    map = L.map('map', { worldCopyJump: false, minZoom: 2, maxZoom: 13 }).setView([15, 0], 4);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Leaflet | Boundaries: Natural Earth');
    // Panes fix the stacking, whichever file arrives first: land, then provinces, then markers.
    map.createPane('countries').style.zIndex = 350;
    map.createPane('admin1').style.zIndex = 360;
    loadBase('/basemap/countries.geojson', 'countries',
      { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 });
    loadBase('/basemap/admin1.geojson', 'admin1',
      { color: '#a8a8a8', weight: 0.6, dashArray: '3 3', fill: false });
    markerLayer = L.layerGroup().addTo(map);
  }

  // The base layer is optional: without it incidents still show over a plain background.
  function loadBase(url, pane, style) {
    fetch(url).then(function (r) {
      if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
      return r.json();
    }).then(function (data) {
      L.geoJSON(data, { pane: pane, style: style, interactive: false }).addTo(map);
    }).catch(function () {
      setStatus('Base map unavailable (' + url + '); markers are shown without borders.', false);
    });
  }

  function buildLegend() {
    var legend = document.getElementById('legend');
    Object.keys(TYPES).forEach(function (code) {
      var li = el('li');
      li.appendChild(el('span', 'swatch t-' + code));
      li.appendChild(el('span', null, TYPES[code].label));
      legend.appendChild(li);
    });
  }

  function popupContent(incident) {
    var box = el('div', 'popup');
    var dl = el('dl');
    function row(term, value) { dl.appendChild(el('dt', null, term)); dl.appendChild(el('dd', null, value)); }
    row('Date', dateText(incident.date));
    row('Type', typeOf(incident.event_type).label + (incident.sub_event_type ? ' (' + incident.sub_event_type.replace(/_/g, ' ') + ')' : ''));
    row('Place', placeText(incident.location));
    row('Killed', countText(incident.casualties && incident.casualties.killed));
    if (incident.document && incident.document.title) { row('Source', incident.document.title); }
    box.appendChild(dl);
    var p = el('p');
    var a = el('a', null, 'Full record and evidence');
    a.href = apiPath(incident.id);
    p.appendChild(a);
    box.appendChild(p);
    return box;
  }

  function drawMarkers(geojson, byId) {
    markers = {};
    if (!map) { return; }
    markerLayer.clearLayers();
    (geojson.features || []).forEach(function (f) {
      var c = f.geometry && f.geometry.coordinates;
      if (!c || c.length < 2) { return; }
      var props = f.properties || {};
      var t = typeOf(props.event_type);
      var m = L.circleMarker([c[1], c[0]], {
        radius: radiusFor(props.killed_min), color: '#222222', weight: 1,
        fillColor: t.color, fillOpacity: 0.75
      });
      var incident = byId[props.id];
      m.bindPopup(incident ? popupContent(incident) : el('div', null, props.location || ''));
      m.addTo(markerLayer);
      markers[props.id] = m;
    });
  }

  function select(button, incident) {
    var previous = listEl.querySelector('.incident.selected');
    if (previous) { previous.classList.remove('selected'); previous.removeAttribute('aria-current'); }
    button.classList.add('selected');
    button.setAttribute('aria-current', 'true');
    var m = markers[incident.id];
    if (m && map) {
      map.setView(m.getLatLng(), Math.max(map.getZoom(), 8));
      m.openPopup();
      setStatus('Showing ' + placeText(incident.location) + ' on the map.', false);
    } else {
      var loc = incident.location || {};
      setStatus('This incident is located only as "' + (loc.name || 'unknown') + '" (' +
        (PRECISION[loc.precision] || 'unknown precision') + '), so it is not drawn as a point.', false);
    }
  }

  function renderList(page) {
    listEl.replaceChildren();
    countEl.textContent = '(' + page.items.length + (page.total > page.items.length ? ' of ' + page.total : '') + ')';
    page.items.forEach(function (incident) {
      var li = el('li');
      var b = el('button', 'incident t-' + (TYPES[incident.event_type] ? incident.event_type : 'unknown'));
      b.type = 'button';
      b.appendChild(el('span', 'date', dateText(incident.date)));
      b.appendChild(el('span', 'type', typeOf(incident.event_type).label));
      b.appendChild(el('span', 'place', placeText(incident.location)));
      b.appendChild(el('span', 'killed', 'Killed: ' + countText(incident.casualties && incident.casualties.killed)));
      var doc = incident.document;
      b.appendChild(el('span', 'source', 'Source: ' + (doc && doc.title ? doc.title : (doc ? doc.id : 'unknown'))));
      if (!hasPoint(incident.location)) {
        b.appendChild(el('span', 'unmapped', 'Not on the map: located only as ' +
          (PRECISION[incident.location && incident.location.precision] || 'an unknown place')));
      }
      b.addEventListener('click', function () { select(b, incident); });
      li.appendChild(b);
      listEl.appendChild(li);
    });
    if (!page.items.length) { listEl.appendChild(el('li', 'hint', 'No incident matches these filters.')); }
  }

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== '') { params.set(key, String(value).trim()); }
    });
    return params;
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) {
          throw new Error(body.message || ('HTTP ' + r.status));
        }
        return body;
      });
    });
  }

  function load() {
    var params = query();
    var listParams = new URLSearchParams(params);
    listParams.set('limit', '1000');
    setStatus('Loading…', false);
    Promise.all([
      fetchJson('/api/incidents?' + listParams.toString()),
      fetchJson('/api/incidents.geojson?' + params.toString())
    ]).then(function (results) {
      var page = results[0];
      var geo = results[1];
      var byId = {};
      page.items.forEach(function (i) { byId[i.id] = i; });
      renderList(page);
      drawMarkers(geo, byId);
      setStatus(page.total + ' incident(s) match; ' + (geo.features || []).length + ' drawn on the map, ' +
        (geo.skipped || 0) + ' without coordinates listed only.', false);
    }).catch(function (e) {
      setStatus('Could not load incidents: ' + e.message, true);
    });
  }

  form.addEventListener('submit', function (ev) { ev.preventDefault(); load(); });
  form.addEventListener('reset', function () { setTimeout(load, 0); });

  buildLegend();
  initMap();
  load();
}());
