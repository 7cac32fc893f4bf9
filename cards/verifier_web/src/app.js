// The page: camera or photo in, QR decoded (native BarcodeDetector where the browser has it,
// jsQR otherwise), verdict shown in large words in English, French or Swahili.

import jsQR from 'jsqr';
import { ALPHA2 } from './countries.js';
import { LANGUAGES, WORDS, pickLanguage } from './i18n.js';
import {
  Refusal, engine, hex, localDay, mergeNewerTrust, parseTrust, revokedCount, trustToJson, verifyCard,
  withRevocationsOf,
} from './verify.js';

const $ = (id) => document.getElementById(id);
const STORE_LANGUAGE = 'card-check-language';
const STORE_TRUST = 'card-check-trust';
const LOCALES = { en: 'en-GB', fr: 'fr-FR', sw: 'sw-TZ' };
const ICONS = {
  valid: '<circle cx="32" cy="32" r="29" fill="none" stroke="#fff" stroke-width="5"/><path d="M18 33l9 9 19-20" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>',
  invalid: '<circle cx="32" cy="32" r="29" fill="none" stroke="#fff" stroke-width="5"/><path d="M21 21l22 22M43 21L21 43" stroke="#fff" stroke-width="6" stroke-linecap="round"/>',
  revoked: '<circle cx="32" cy="32" r="29" fill="none" stroke="#fff" stroke-width="5"/><path d="M12 52L52 12" stroke="#fff" stroke-width="6"/>',
  expired: '<circle cx="32" cy="32" r="29" fill="none" stroke="#fff" stroke-width="5"/><path d="M32 15v18l11 8" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>',
  unknown: '<circle cx="32" cy="32" r="29" fill="none" stroke="#fff" stroke-width="5"/><path d="M23 24a9 9 0 1 1 13 8c-3 2-4 3-4 7" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round"/><circle cx="32" cy="48" r="4" fill="#fff"/>',
};

const params = new URLSearchParams(location.search);
engine.forceNoble = params.get('crypto') === 'noble';
const storage = (() => { try { return window.localStorage; } catch (err) { return null; } })();
const remember = (key, value) => { try { storage && storage.setItem(key, value); } catch (err) { /* private mode */ } };

let lang = pickLanguage(params.get('lang') || (storage && storage.getItem(STORE_LANGUAGE)),
  navigator.languages || [navigator.language]);
let trust = null;
let lastVerdict = null;
let trustNote = null; // [key, params] of the last trust-file message
let stream = null;
let scanning = false;

const t = (key, values = {}) => {
  const phrase = WORDS[lang][key] ?? WORDS.en[key] ?? key;
  return phrase.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? ''));
};

function formatDay(iso) {
  if (!iso) return '';
  if (/^\d{4}$/.test(iso)) return iso;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric',
      timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  } catch (err) { return iso.slice(0, 10); }
}

function formatNationality(code) {
  if (WORDS.en['nat.' + code]) return t('nat.' + code);
  try {
    const name = new Intl.DisplayNames([LOCALES[lang]], { type: 'region' }).of(ALPHA2[code]);
    if (name && ALPHA2[code]) return `${name} (${code})`;
  } catch (err) { /* no Intl.DisplayNames: the code alone */ }
  return code;
}

// ---- language ---------------------------------------------------------------------------

function renderLanguage() {
  document.documentElement.lang = lang;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  $('langs').setAttribute('aria-label', t('language'));
  for (const button of $('langs').children) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  renderTrust();
  if (lastVerdict) renderVerdict(lastVerdict);
}

for (const [code, name] of Object.entries(LANGUAGES)) {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.lang = code;
  button.lang = code;
  button.textContent = code.toUpperCase();
  button.title = name;
  button.addEventListener('click', () => { lang = code; remember(STORE_LANGUAGE, code); renderLanguage(); });
  $('langs').appendChild(button);
}

// ---- trust list ---------------------------------------------------------------------------

function renderTrust() {
  $('trust-message').textContent = trustNote ? t(trustNote[0], trustNote[1]) : '';
  if (!trust) {
    $('trust-summary').textContent = t('noTrust');
    $('trust-root').textContent = '';
    return;
  }
  $('trust-summary').textContent = t('trustSummary', {
    date: trust.date ? formatDay(trust.date) : t('undated'),
    stations: trust.certificates.length, revoked: revokedCount(trust),
  });
  document.body.dataset.trustDate = trust.date || '';
  // The root key id (cards/FORMAT.md 3): to compare with the fingerprint the registry gave.
  $('trust-root').textContent = t('rootKey', {
    fingerprint: hex(trust.rootKeyId).match(/..../g).join(' ') });
}

function loadEmbeddedTrust() {
  let embedded = null;
  try { embedded = parseTrust(JSON.parse($('trust-list').textContent)); } catch (err) { embedded = null; }
  let stored = null;
  try {
    const text = storage && storage.getItem(STORE_TRUST);
    if (text) stored = parseTrust(JSON.parse(text));
  } catch (err) { stored = null; }
  // A trust file loaded earlier on this device counts only under the same root, when newer.
  if (!embedded || !stored || stored.bundle.root_public_key !== embedded.bundle.root_public_key) {
    return embedded;
  }
  const newer = stored.date && embedded.date && stored.date > embedded.date;
  return newer ? withRevocationsOf(stored, embedded) : withRevocationsOf(embedded, stored);
}

$('trust-file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  event.target.value = '';
  if (!file) return;
  try {
    const data = JSON.parse(await file.text());
    const fileDate = file.lastModified ? new Date(file.lastModified).toISOString() : null;
    trust = trust ? await mergeNewerTrust(trust, data, fileDate) : parseTrust(data);
    remember(STORE_TRUST, JSON.stringify(trustToJson(trust)));
    trustNote = ['trustLoaded', { date: trust.date ? formatDay(trust.date) : t('undated') }];
  } catch (err) {
    const code = err instanceof Refusal ? err.code : 'trustBad';
    const values = { ...(err.params || {}) };
    if (values.date) values.date = formatDay(values.date);
    trustNote = ['trust.' + code, values];
  }
  document.body.dataset.trustNote = trustNote[0];
  lastVerdict = null;
  $('result').className = '';
  renderTrust();
});

// ---- verdict ------------------------------------------------------------------------------

function renderVerdict(verdict) {
  const result = $('result');
  result.className = 'on ' + verdict.status;
  $('icon').innerHTML = `<svg viewBox="0 0 64 64" aria-hidden="true">${ICONS[verdict.status]}</svg>`;
  $('word').textContent = t('status.' + verdict.status);
  const values = { ...verdict.params };
  for (const key of ['date', 'from', 'to']) if (values[key]) values[key] = formatDay(values[key]);
  $('why').textContent = t('reason.' + verdict.reason, values);
  const list = $('fields');
  list.textContent = '';
  // Whose card it is, only for a card the trust list vouches for (valid, expired, revoked).
  const f = verdict.status === 'invalid' || verdict.status === 'unknown' ? null : verdict.fields;
  const rows = f ? [
    ['name', f.fullName, 'name'],
    ['secondaryName', f.secondaryName],
    ['birthDate', formatDay(f.birthDate)],
    ['sex', t('sex.' + f.sex)],
    ['nationality', formatNationality(f.nationality)],
    ['expiryDate', formatDay(f.expiryDate)],
    ['cardNumber', f.cardNumber],
    ['registrationNumber', f.registrationNumber],
    ['issueDate', formatDay(f.issueDate)],
    ['station', verdict.station ? `${verdict.station.id} · ${verdict.station.site}` : ''],
  ].filter((row) => row[1]) : [];
  for (const [key, value, cls] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = t('field.' + key);
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.field = key;
    if (cls) dd.className = cls;
    list.append(dt, dd);
  }
  $('holder').style.display = rows.length ? '' : 'none';
  $('compare').style.display = rows.length ? '' : 'none';
}

async function judge(bytes) {
  showMessage('');
  const verdict = trust ? await verifyCard(bytes, trust, localDay())
    : { status: 'unknown', reason: 'unknownIssuer', params: {} };
  lastVerdict = verdict;
  renderVerdict(verdict);
  const body = document.body.dataset;
  body.verdict = verdict.status;
  body.reason = verdict.reason;
  body.engine = engine.used;
  body.checks = String(Number(body.checks || 0) + 1);
  // A short buzz for a valid card, a long double one otherwise (phones that can).
  try { navigator.vibrate && navigator.vibrate(verdict.status === 'valid' ? 80 : [250, 120, 250]); } catch (err) { /* none */ }
  window.scrollTo(0, 0);
}

function showMessage(key) {
  const box = $('message');
  box.textContent = key ? t(key) : '';
  box.className = key ? 'on' : '';
  document.body.dataset.message = key;
}

// ---- reading QR codes ---------------------------------------------------------------------

const BASE45_TEXT = /^[0-9A-Z $%*+\-./:]+$/;
let detector = null;
if ('BarcodeDetector' in window) {
  try { detector = new window.BarcodeDetector({ formats: ['qr_code'] }); } catch (err) { detector = null; }
}

function decodeImageData(image, inversion) {
  const found = jsQR(image.data, image.width, image.height, { inversionAttempts: inversion });
  return found ? Uint8Array.from(found.binaryData) : null;
}

async function readQr(source, canvas, width, height, inversion) {
  if (detector) {
    try {
      const codes = await detector.detect(source);
      const code = codes.find((c) => BASE45_TEXT.test(c.rawValue));
      if (code) return new TextEncoder().encode(code.rawValue);
    } catch (err) { /* fall back to jsQR */ }
  }
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(source, 0, 0, width, height);
  return decodeImageData(context.getImageData(0, 0, width, height), inversion);
}

async function startCamera() {
  showMessage('');
  $('result').className = '';
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    showMessage(window.isSecureContext === false ? 'cameraNeedsSecure' : 'cameraError');
    return;
  }
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: {
      facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } } });
  } catch (err) {
    showMessage('cameraError');
    return;
  }
  const video = $('video');
  video.srcObject = stream;
  await video.play().catch(() => {});
  $('camera').className = 'on';
  document.body.dataset.camera = 'on';
  scanning = true;
  const canvas = document.createElement('canvas');
  const tick = async () => {
    if (!scanning) return;
    if (video.readyState >= 2 && video.videoWidth) {
      const scale = Math.min(1, 1280 / Math.max(video.videoWidth, video.videoHeight));
      const bytes = await readQr(video, canvas, Math.round(video.videoWidth * scale),
        Math.round(video.videoHeight * scale), 'dontInvert');
      if (bytes && scanning) {
        stopCamera();
        await judge(bytes);
        return;
      }
    }
    setTimeout(tick, 120);
  };
  tick();
}

function stopCamera() {
  scanning = false;
  if (stream) for (const track of stream.getTracks()) track.stop();
  stream = null;
  $('video').srcObject = null;
  $('camera').className = '';
  document.body.dataset.camera = 'off';
}

async function readPhoto(file) {
  let bitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch (err) {
    showMessage('noQrInPhoto');
    return;
  }
  const canvas = document.createElement('canvas');
  const longest = Math.max(bitmap.width, bitmap.height);
  // Phone photos are large: try a middle size first, then larger and smaller ones.
  const sizes = [1600, 2400, 1000, longest].filter((s, i, all) => s <= longest && all.indexOf(s) === i);
  if (!sizes.length) sizes.push(longest);
  for (const size of sizes) {
    const scale = size / longest;
    const bytes = await readQr(bitmap, canvas, Math.round(bitmap.width * scale),
      Math.round(bitmap.height * scale), 'attemptBoth');
    if (bytes) { await judge(bytes); return; }
  }
  lastVerdict = null;
  $('result').className = '';
  showMessage('noQrInPhoto');
}

$('scan').addEventListener('click', startCamera);
$('stop').addEventListener('click', stopCamera);
$('photo').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  event.target.value = '';
  if (!file) return;
  stopCamera();
  showMessage('checking');
  await readPhoto(file);
});

trust = loadEmbeddedTrust();
renderLanguage();
document.body.dataset.ready = '1';
