// The phone's outbox: what was recorded in the field (observations, follow-ups, their photos) is kept in
// IndexedDB until the server has it, so nothing is lost when the network is gone, the page is reloaded or
// the phone sleeps. Every item carries its own idempotency key, sent as the Idempotency-Key header: the
// server answers a repeated request with the record it stored the first time, so a retry after a lost answer
// never makes a duplicate. Items are sent oldest first; a photo waits for the record it belongs to and finds
// that record's id (known only once it is stored) through the record's key.
import { csrfToken } from './api.js';

const DB = 'platslage-outbox';
const ITEMS = 'items';
const SENT = 'sent';
const listeners = new Set();
let sending = null;

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore(ITEMS, { keyPath: 'key' }).createIndex('createdAt', 'createdAt');
      // key -> the id the server gave the record, for the photos that wait for it
      db.createObjectStore(SENT, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function tx(stores, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(stores, mode);
    let result;
    Promise.resolve(work(t)).then((r) => { result = r; });
    t.oncomplete = () => { db.close(); resolve(result); };
    t.onerror = () => { db.close(); reject(t.error); };
    t.onabort = () => { db.close(); reject(t.error); };
  });
}

const req = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

/** A new idempotency key (a UUID v4). */
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Keeps an item to send. json: a JSON body; or file (a Blob) with fields: a multipart body. url may hold
 * "{parent}", filled with the id the server gave the item keyed parentKey.
 */
export async function enqueue({ key = newKey(), kind, url, json, file, fileName, fields, parentKey, label }) {
  const item = { key, kind, url, json, file, fileName, fields, parentKey, label, createdAt: Date.now(), attempts: 0 };
  await tx([ITEMS], 'readwrite', (t) => t.objectStore(ITEMS).put(item));
  notify();
  return key;
}

export async function pending() {
  return tx([ITEMS], 'readonly', (t) => req(t.objectStore(ITEMS).index('createdAt').getAll()));
}

/** The id the server gave the record sent with this key, once it is sent. */
export async function sentId(key) {
  const entry = await tx([SENT], 'readonly', (t) => req(t.objectStore(SENT).get(key)));
  return entry?.id;
}

/** Called with the items still waiting whenever they change. */
export function onChange(listener) {
  listeners.add(listener);
  pending().then(listener).catch(() => {});
  return () => listeners.delete(listener);
}

function notify() {
  pending().then((items) => listeners.forEach((l) => l(items))).catch(() => {});
}

/**
 * Sends what waits, oldest first, until the outbox is empty or the network fails. A refused item (4xx other
 * than 401/408/429) is kept, marked with the server's reason, and the rest go on.
 */
export function flush() {
  if (!sending) {
    sending = send().finally(() => { sending = null; notify(); });
  }
  return sending;
}

async function send() {
  const items = await pending();
  let sent = 0;
  for (const item of items) {
    if (item.refused) continue;
    let url = item.url;
    if (item.parentKey) {
      const parent = await sentId(item.parentKey);
      if (parent == null) continue; // its record has not reached the server yet
      url = url.replace('{parent}', encodeURIComponent(parent));
    }
    const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest',
      'Idempotency-Key': item.key, 'X-XSRF-TOKEN': csrfToken() ?? '' };
    let body;
    if (item.file) {
      body = new FormData();
      body.append('file', item.file, item.fileName ?? 'photo.jpg');
      Object.entries(item.fields ?? {}).forEach(([k, v]) => { if (v != null) body.append(k, v); });
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(item.json);
    }
    let response;
    try {
      response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers, body });
    } catch (offline) {
      return { sent, offline: true };
    }
    if (response.ok) {
      const data = await response.json().catch(() => ({}));
      await tx([ITEMS, SENT], 'readwrite', (t) => {
        t.objectStore(SENT).put({ key: item.key, id: data.id, at: Date.now() });
        t.objectStore(ITEMS).delete(item.key);
      });
      sent += 1;
      notify();
    } else if ([401, 403, 408, 429].includes(response.status) || response.status >= 500) {
      // Signed out, busy or broken for now: try again later, in the same order.
      return { sent, stopped: response.status };
    } else {
      const problem = await response.json().catch(() => null);
      item.refused = problem?.detail ?? `${response.status}`;
      await tx([ITEMS], 'readwrite', (t) => t.objectStore(ITEMS).put(item));
    }
  }
  return { sent };
}

/** Removes an item the server refused (the user has read why). */
export async function discard(key) {
  await tx([ITEMS], 'readwrite', (t) => t.objectStore(ITEMS).delete(key));
  notify();
}

/** Sends when the network returns, when the page is shown again, and every half minute while waiting. */
export function keepSending() {
  window.addEventListener('online', () => flush());
  document.addEventListener('visibilitychange', () => { if (!document.hidden) flush(); });
  setInterval(() => { if (navigator.onLine !== false) flush(); }, 30000);
  flush();
}
