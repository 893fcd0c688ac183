// The offline map: Natural Earth land and borders drawn by Leaflet (SVG/canvas, no WebGL,
// no tiles, nothing remote), the chosen place, and the results as numbered pins linked to
// the list. The map is an enhancement: everything it does can be done from the list.

import * as L from './vendor/leaflet/leaflet-src.esm.js';
import { h } from './dom.js';
import { t, isRtl } from './i18n.js';

let world50 = null;
let world10 = null;
const loadWorld50 = () => (world50 ??= import('./basemap/world-50m.js').then((m) => m.default));
const loadWorld10 = () => (world10 ??= import('./basemap/world-10m.js').then((m) => m.default));

// GeoJSON order is [lon, lat]; Leaflet wants [lat, lon].
const ring = (r) => r.map(([x, y]) => [y, x]);
const DETAIL_ZOOM = 5;

function colours() {
  const s = getComputedStyle(document.documentElement);
  const v = (name, fallback) => s.getPropertyValue(name).trim() || fallback;
  return { land: v('--map-land', '#e8e4d8'), border: v('--map-border', '#9a948a') };
}

// Leaflet 1.9's canvas renderer can still be asked to redraw after its map was removed (a
// frame or a move event queued just before `remove()`, as quick exit or leaving a screen
// does at any moment); by then its canvas and context are gone and the redraw would throw.
const SafeCanvas = L.Canvas.extend({
  _redraw() {
    if (this._ctx) L.Canvas.prototype._redraw.call(this);
    else this._redrawRequest = null;
  },
  _update() {
    if (this._ctx && this._map) L.Canvas.prototype._update.call(this);
  },
  _updateTransform(center, zoom) {
    if (this._container && this._map) L.Canvas.prototype._updateTransform.call(this, center, zoom);
  },
});

/**
 * Makes a map in `host`. Options: onPick(lat, lon) for a point picked (click or the centre
 * button), onSelect(id) for a pin chosen. Returns a small controller.
 */
export function createMap(host, { label, onPick, onSelect } = {}) {
  const container = h('div', { class: 'map-canvas', dir: 'ltr', role: 'region', 'aria-label': label ?? t('map-label') });
  const zoomIn = h('button', { type: 'button', class: 'map-zoom', 'aria-label': t('map-zoom-in'), title: t('map-zoom-in') }, '+');
  const zoomOut = h('button', { type: 'button', class: 'map-zoom', 'aria-label': t('map-zoom-out'), title: t('map-zoom-out') }, '−');
  const controls = h('div', { class: 'map-controls' }, zoomIn, zoomOut);
  host.append(container, controls);

  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false, // credits are on the About page (no remote links here)
    worldCopyJump: false,
    maxBounds: [[-89, -200], [89, 200]],
    minZoom: 1,
    maxZoom: 16,
    zoomSnap: 0.5,
    keyboard: true,
    preferCanvas: false,
    // No zoom or fade animations: quick exit (or leaving the screen) can remove the map at
    // any moment, and Leaflet's animation callbacks then throw on the removed panes; they
    // also cost old phones frames and ignore "reduce motion".
    zoomAnimation: false,
    fadeAnimation: false,
    markerZoomAnimation: false,
  });
  map.setView([20, 0], 2);
  zoomIn.addEventListener('click', () => map.zoomIn());
  zoomOut.addEventListener('click', () => map.zoomOut());

  const renderer = new SafeCanvas({ padding: 0.3 });
  const c = colours();
  const landStyle = { renderer, stroke: false, fillColor: c.land, fillOpacity: 1, interactive: false };
  const borderStyle = { renderer, color: c.border, weight: 1, opacity: 0.9, interactive: false, dashArray: '4 3' };
  const coarse = L.layerGroup().addTo(map);
  const fine = L.layerGroup().addTo(map);
  const fineCells = new Map();
  let destroyed = false;

  loadWorld50().then((w) => {
    if (destroyed) return;
    coarse.addLayer(L.polygon(w.land.map((p) => p.map(ring)), landStyle));
    coarse.addLayer(L.polyline(w.borders.map(ring), borderStyle));
    updateDetail();
  }).catch((e) => console.error('basemap', e));

  // Zoomed in: the 10m cells in view (with a margin), drawn over the coarse layer.
  function updateDetail() {
    if (destroyed) return;
    if (map.getZoom() < DETAIL_ZOOM) {
      fine.clearLayers();
      fineCells.clear();
      if (!map.hasLayer(coarse)) coarse.addTo(map);
      return;
    }
    loadWorld10().then((w) => {
      if (destroyed || map.getZoom() < DETAIL_ZOOM) return;
      const b = map.getBounds().pad(0.5);
      const view = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      const wanted = new Set();
      for (const cell of w.cells) {
        const [x0, y0, x1, y1] = cell.box;
        if (x0 > view[2] || x1 < view[0] || y0 > view[3] || y1 < view[1]) continue;
        const key = `${x0},${y0}`;
        wanted.add(key);
        if (fineCells.has(key)) continue;
        const group = L.layerGroup();
        if (cell.land.length) group.addLayer(L.polygon(cell.land.map((p) => p.map(ring)), landStyle));
        if (cell.borders.length) group.addLayer(L.polyline(cell.borders.map(ring), borderStyle));
        fineCells.set(key, group);
        fine.addLayer(group);
      }
      for (const [key, group] of fineCells) {
        if (!wanted.has(key)) { fine.removeLayer(group); fineCells.delete(key); }
      }
      if (map.hasLayer(coarse)) map.removeLayer(coarse);
    }).catch((e) => console.error('basemap', e));
  }
  map.on('zoomend moveend', updateDetail);

  // Pins.
  const pins = new Map(); // id -> marker
  const pinLayer = L.layerGroup().addTo(map);
  const extras = L.layerGroup().addTo(map);
  let placeMarker = null;
  let pending = null;

  // Leaflet positions the marker element with a transform: the drop shape is drawn by an
  // inner element so rotating it never moves the marker.
  const pinIcon = (text, cls) => L.divIcon({
    html: h('span', { class: 'pin-shape' }, h('span', { class: 'pin-label' }, text)),
    className: `pin ${cls ?? ''}`,
    iconSize: [30, 30],
    iconAnchor: [15, 36], // the tip: the rotated square's corner, 15·√2 below its centre
  });

  if (onPick) {
    map.on('click', (e) => onPick(e.latlng.lat, ((e.latlng.lng + 540) % 360) - 180));
  }

  return {
    map,
    /** The chosen place (a ring marker). */
    setPlace(lat, lon) {
      if (placeMarker) placeMarker.remove();
      placeMarker = L.marker([lat, lon], {
        icon: L.divIcon({ html: h('span', { class: 'here-dot' }), className: 'here', iconSize: [26, 26], iconAnchor: [13, 13] }),
        keyboard: false,
        interactive: false,
      }).addTo(map);
    },
    /** A point picked but not yet confirmed. */
    setPending(lat, lon) {
      if (pending) pending.remove();
      pending = L.marker([lat, lon], { icon: pinIcon('', 'pin-pending'), keyboard: false, interactive: false }).addTo(map);
    },
    view(lat, lon, zoom) {
      map.setView([lat, lon], zoom ?? Math.max(map.getZoom(), 11));
    },
    center() {
      const c = map.getCenter();
      return { lat: c.lat, lon: ((c.lng + 540) % 360) - 180 };
    },
    /** Results as numbered pins; fits the view to the place and the nearest of them. */
    setResults(hits, place) {
      pinLayer.clearLayers();
      extras.clearLayers();
      pins.clear();
      const pts = [];
      if (place) pts.push([place.lat, place.lon]);
      hits.forEach((hit, i) => {
        if (hit.lat == null || hit.lon == null) return;
        const approx = hit.precision && hit.precision !== 'exact' && hit.precision !== 'address';
        const marker = L.marker([hit.lat, hit.lon], {
          icon: pinIcon(String(i + 1), approx ? 'pin-approx' : ''),
          keyboard: false, // the list is the keyboard path; pins would double every tab stop
          title: hit.name,
          alt: '',
          riseOnHover: true,
        });
        marker.on('click', () => onSelect && onSelect(hit.id));
        marker.addTo(pinLayer);
        pins.set(hit.id, marker);
        if (approx && hit.uncertainty_m > 0) {
          extras.addLayer(L.circle([hit.lat, hit.lon], {
            radius: hit.uncertainty_m, className: 'uncertainty', interactive: false, weight: 1, dashArray: '4 4',
          }));
        }
        if (i < 8) pts.push([hit.lat, hit.lon]);
      });
      if (pts.length > 1) map.fitBounds(L.latLngBounds(pts), { padding: [40, 40], maxZoom: 14 });
      else if (pts.length === 1) map.setView(pts[0], 12);
    },
    /** Marks one pin as the current one (hover/focus in the list, or picked). */
    highlight(id, pan = false) {
      for (const [pid, m] of pins) {
        const el = m.getElement();
        if (el) el.classList.toggle('pin-current', pid === id);
        if (pid === id) {
          m.setZIndexOffset(1000);
          if (pan && !map.getBounds().contains(m.getLatLng())) map.panTo(m.getLatLng());
        } else {
          m.setZIndexOffset(0);
        }
      }
    },
    invalidate() {
      map.invalidateSize();
    },
    destroy() {
      destroyed = true;
      map.stop(); // a pan still moving would run on the removed panes
      map.remove();
      host.replaceChildren();
    },
    rtl: isRtl(),
  };
}
