// The checks of the offline verifier, the same as cards/verify.py (no DOM here).
//
// QR text (Base45) -> zlib -> COSE_Sign1 (EdDSA, kid = station key id) -> CWT with Claim 169;
// the station certificate must be signed by the trust list's root and valid today, the COSE
// signature must match the certificate's key, the card must be within its dates, and no
// applicable revocation list may name it. Version 1 cards (binary CBOR) are read too.

import { decode as cborDecode, encode as cborEncode } from 'cborg';
import { unzlibSync } from 'fflate';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const CERT_CONTEXT = 'enrolment-station/station-certificate/v1\n';
const SERVICE_CERT_CONTEXT = 'enrolment-station/service-certificate/v1\n';
const REVOCATION_CONTEXT = 'enrolment-station/revocation-list/v1\n';
const STATION_REVOCATION_CONTEXT = 'enrolment-station/station-revocation/v1\n';
const TRUST_UPDATE_CONTEXT = 'enrolment-station/trust-update/v2\n';
const CARD_V1_CONTEXT = 'enrolment-station/card-qr/v1\n';
const BUNDLE_FORMATS = ['enrolment-station/trust-bundle/v1', 'enrolment-station/trust-bundle/v2',
  'enrolment-station/trust-bundle/v3'];
export const EXPORT_FORMAT = 'enrolment-station/verifier-trust/v1';
export const UPDATE_FORMAT = 'enrolment-station/trust-update/v2';
const MAX_INFLATED = 64 * 1024;
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000; // as sync/trust_update.py

// Claim 169 keys (id-claim-169 QR specification 1.2) and the project's private claims.
const CWT = { iss: 1, exp: 4, nbf: 5, iat: 6, cti: 7, claim169: 169, private: -65537 };
const C = { id: 1, fullName: 4, first: 5, middle: 6, last: 7, birth: 8, gender: 9,
  nationality: 13, secondaryName: 19, secondaryLanguage: 20, location: 21, legalStatus: 22,
  country: 23 };
const SEX_OF_GENDER = { 1: 'M', 2: 'F', 3: 'X' };

export class Refusal extends Error {
  constructor(code, params = {}) { super(code); this.code = code; this.params = params; }
}

const text = new TextEncoder();
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};
export const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const equalBytes = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

export function b64d(s) {
  const std = String(s).replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function fromHex(s) {
  if (typeof s !== 'string' || !/^([0-9a-f]{2})*$/.test(s)) throw new Refusal('trustBad');
  return Uint8Array.from(s.match(/../g) || [], (h) => parseInt(h, 16));
}

export function base45Decode(str) {
  const out = [];
  for (let i = 0; i < str.length; i += 3) {
    const chunk = str.slice(i, i + 3);
    const v = [...chunk].map((ch) => {
      const n = BASE45.indexOf(ch);
      if (n < 0) throw new Refusal('notCard');
      return n;
    });
    if (v.length === 3) {
      const n = v[0] + v[1] * 45 + v[2] * 2025;
      if (n > 0xffff) throw new Refusal('notCard');
      out.push(n >> 8, n & 0xff);
    } else if (v.length === 2) {
      const n = v[0] + v[1] * 45;
      if (n > 0xff) throw new Refusal('notCard');
      out.push(n);
    } else {
      throw new Refusal('notCard');
    }
  }
  return Uint8Array.from(out);
}

export const keyIdOf = (publicRaw) => sha256(publicRaw).slice(0, 8);

// Canonical JSON as Python writes it (sort_keys, no spaces, ensure_ascii): what signatures cover.
export function canonicalJson(value) {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Refusal('trustBad');
    return String(value);
  }
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g,
      (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  }
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  const keys = Object.keys(value).sort();
  return '{' + keys.map((k) => canonicalJson(k) + ':' + canonicalJson(value[k])).join(',') + '}';
}

// Ed25519: WebCrypto where the browser has it, @noble/curves otherwise (or when asked).
export const engine = { forceNoble: false, used: '' };
export async function verifyEd25519(publicRaw, signature, message) {
  if (publicRaw.length !== 32 || signature.length !== 64) return false;
  const subtle = globalThis.crypto && globalThis.crypto.subtle;
  if (subtle && !engine.forceNoble) {
    try {
      const key = await subtle.importKey('raw', publicRaw, { name: 'Ed25519' }, false, ['verify']);
      const ok = await subtle.verify({ name: 'Ed25519' }, key, signature, message);
      engine.used = 'webcrypto';
      return ok;
    } catch (err) {
      // Ed25519 not in this browser's WebCrypto: fall through to the library.
    }
  }
  engine.used = 'noble';
  try {
    return ed25519.verify(signature, message, publicRaw, { zip215: false });
  } catch (err) {
    return false;
  }
}

// ---- the trust list -----------------------------------------------------------------------

const isoDay = (s) => {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new Refusal('trustBad');
  return s;
};

function stationCert(d) {
  const publicKey = b64d(d.public_key);
  const cert = {
    stationId: String(d.station_id), site: String(d.site), publicKey, keyId: keyIdOf(publicKey),
    validFrom: isoDay(d.valid_from), validTo: isoDay(d.valid_to),
    rootKeyId: fromHex(d.root_key_id), signature: b64d(d.signature), raw: d,
  };
  if (d.key_id !== undefined && d.key_id !== hex(cert.keyId)) throw new Refusal('trustBad');
  cert.body = {
    station_id: cert.stationId, site: cert.site, public_key: d.public_key,
    key_id: hex(cert.keyId), valid_from: cert.validFrom, valid_to: cert.validTo,
    root_key_id: hex(cert.rootKeyId),
  };
  return cert;
}

function serviceCert(d) {
  const publicKey = b64d(d.public_key);
  const count = (v) => {
    if (v === undefined) return 0;
    if (!Number.isInteger(v) || v < 0) throw new Refusal('trustBad');
    return v;
  };
  const cert = {
    role: String(d.role), publicKey, keyId: keyIdOf(publicKey), validFrom: isoDay(d.valid_from),
    validTo: isoDay(d.valid_to), rootKeyId: fromHex(d.root_key_id),
    signature: b64d(d.signature), serial: count(d.serial), retiresBelow: count(d.retires_below),
    raw: d,
  };
  if (d.key_id !== undefined && d.key_id !== hex(cert.keyId)) throw new Refusal('trustBad');
  cert.body = {
    role: cert.role, public_key: d.public_key, key_id: hex(cert.keyId),
    valid_from: cert.validFrom, valid_to: cert.validTo, root_key_id: hex(cert.rootKeyId),
  };
  if (cert.serial) cert.body.serial = cert.serial;
  if (cert.retiresBelow) cert.body.retires_below = cert.retiresBelow;
  return cert;
}

function revocationList(d) {
  const entries = {};
  for (const [number, day] of Object.entries(d.entries || {})) entries[String(number)] = isoDay(day);
  const issuedOn = d.issued_on ? isoDay(d.issued_on) : null;
  const signerKeyId = fromHex(d.signer_key_id);
  const body = { entries, issued_on: issuedOn, signer_key_id: hex(signerKeyId) };
  return { entries, issuedOn, signerKeyId, signature: b64d(d.signature), body, raw: d };
}

// The registry's word that a station key was revoked on a day (cards/FORMAT.md 3.4).
function stationRevocation(d) {
  const rev = {
    stationId: String(d.station_id), keyId: fromHex(d.key_id), revokedOn: isoDay(d.revoked_on),
    issuedOn: isoDay(d.issued_on), signerKeyId: fromHex(d.signer_key_id),
    signature: b64d(d.signature), raw: d,
  };
  rev.body = { station_id: rev.stationId, key_id: hex(rev.keyId), revoked_on: rev.revokedOn,
    issued_on: rev.issuedOn, signer_key_id: hex(rev.signerKeyId) };
  return rev;
}

const signedBy = (publicKey, context, doc) =>
  verifyEd25519(publicKey, doc.signature, text.encode(context + canonicalJson(doc.body)));

// A trust list as the page holds it; `data` is the JSON the page embeds or stores:
// {format: verifier-trust/v1, exported_at, bundle: <TrustBundle.to_dict()>}.
export function parseTrust(data) {
  if (!data || typeof data !== 'object') throw new Refusal('trustBad');
  let bundle = data;
  let date = null;
  if (data.format === EXPORT_FORMAT) {
    bundle = data.bundle;
    date = typeof data.exported_at === 'string' ? data.exported_at : null;
  }
  if (!bundle || !BUNDLE_FORMATS.includes(bundle.format)) throw new Refusal('trustBad');
  try {
    const root = b64d(bundle.root_public_key);
    if (root.length !== 32) throw new Refusal('trustBad');
    const lists = (bundle.revocation_lists || []).map(revocationList);
    if (!date) {
      const days = lists.map((l) => l.issuedOn).filter(Boolean).sort();
      date = days.length ? days[days.length - 1] : null;
    }
    return {
      root, rootKeyId: keyIdOf(root), date, exported: data.format === EXPORT_FORMAT,
      certificates: (bundle.certificates || []).map(stationCert),
      serviceCertificates: (bundle.service_certificates || []).map(serviceCert),
      revocationLists: lists, bundle,
      stationRevocations: (bundle.station_revocations || []).map(stationRevocation),
    };
  } catch (err) {
    throw err instanceof Refusal ? err : new Refusal('trustBad');
  }
}

// The JSON form of a trust list (to store it in the browser and read it back).
export function trustToJson(trust) {
  return {
    format: EXPORT_FORMAT, exported_at: trust.date,
    bundle: {
      format: BUNDLE_FORMATS[trust.stationRevocations.length ? 2 : 1], root_public_key: trust.bundle.root_public_key,
      root_key_id: hex(trust.rootKeyId),
      registry_x25519_public_key: trust.bundle.registry_x25519_public_key || null,
      certificates: trust.certificates.map((c) => c.raw),
      revocation_lists: trust.revocationLists.map((r) => r.raw),
      service_certificates: trust.serviceCertificates.map((c) => c.raw),
      ...(trust.stationRevocations.length
        ? { station_revocations: trust.stationRevocations.map((r) => r.raw) } : {}),
    },
  };
}

export const revokedCount = (trust) =>
  new Set(trust.revocationLists.flatMap((l) => Object.keys(l.entries))).size;

async function retirementFloor(trust) {
  let floor = 0;
  for (const c of trust.serviceCertificates) {
    if (c.retiresBelow > floor && await signedBy(trust.root, SERVICE_CERT_CONTEXT, c)) {
      floor = c.retiresBelow;
    }
  }
  return floor;
}

async function trustedService(trust, keyId, day) {
  const floor = await retirementFloor(trust);
  for (const c of trust.serviceCertificates) {
    if (equalBytes(c.keyId, keyId) && c.role === 'service' && c.serial >= floor
        && c.validFrom <= day && day <= c.validTo
        && await signedBy(trust.root, SERVICE_CERT_CONTEXT, c)) return c;
  }
  return null;
}

async function listApplies(trust, list, issuer) {
  if (equalBytes(list.signerKeyId, trust.rootKeyId)) {
    return signedBy(trust.root, REVOCATION_CONTEXT, list);
  }
  if (list.issuedOn) {
    const service = await trustedService(trust, list.signerKeyId, list.issuedOn);
    if (service) return signedBy(service.publicKey, REVOCATION_CONTEXT, list);
  }
  const signer = trust.certificates.find((c) => equalBytes(c.keyId, list.signerKeyId));
  return Boolean(signer && signer.stationId === issuer.stationId
    && await signedBy(trust.root, CERT_CONTEXT, signer)
    && await signedBy(signer.publicKey, REVOCATION_CONTEXT, list));
}

// The earliest day the root or a trusted service key revoked the station key of `cert`.
async function stationRevokedOn(trust, cert) {
  let found = null;
  for (const rev of trust.stationRevocations) {
    if (!equalBytes(rev.keyId, cert.keyId) || rev.stationId !== cert.stationId) continue;
    if (found !== null && rev.revokedOn >= found) continue;
    let signer = null;
    if (equalBytes(rev.signerKeyId, trust.rootKeyId)) signer = trust.root;
    else {
      // The service key's certificate must be valid on the day it signed (issued_on).
      const service = await trustedService(trust, rev.signerKeyId, rev.issuedOn);
      signer = service && service.publicKey;
    }
    if (signer && await signedBy(signer, STATION_REVOCATION_CONTEXT, rev)) found = rev.revokedOn;
  }
  return found;
}

async function revocation(trust, cardNumber, issuer) {
  let found = null;
  for (const list of trust.revocationLists) {
    const day = list.entries[cardNumber];
    if (day && (found === null || day < found) && await listApplies(trust, list, issuer)) found = day;
  }
  return found;
}

const union = (mine, theirs) => {
  const seen = new Set(mine.map((item) => hex(item.signature)));
  return [...mine, ...theirs.filter((item) => !seen.has(hex(item.signature)))];
};

// `trust` with the revocations of `other` (same root) added: for the list kept on the device
// and the one embedded in a page exported later, so that neither loses a revocation.
export function withRevocationsOf(trust, other) {
  if (!other || !equalBytes(trust.root, other.root)) return trust;
  return { ...trust, revocationLists: union(trust.revocationLists, other.revocationLists),
    stationRevocations: union(trust.stationRevocations, other.stationRevocations),
    // The root-signed service certificates that vouch for service-signed lists go with them.
    serviceCertificates: union(trust.serviceCertificates, other.serviceCertificates) };
}

// A newer trust file, checked against the trust list in use: same root; certificates and
// service certificates taken from the newer file, revocation lists added (never dropped).
export async function mergeNewerTrust(current, data, fileDate, now = new Date()) {
  let incoming;
  if (data && data.format === UPDATE_FORMAT) {
    incoming = await parseTrustUpdate(current, data, now);
  } else {
    incoming = parseTrust(data);
    // A bare bundle carries no date of its own: its newest list's day, or when the file was
    // written if that is later.
    if (!incoming.exported && fileDate && (!incoming.date || fileDate > incoming.date)) {
      incoming.date = fileDate;
    }
  }
  if (!equalBytes(incoming.root, current.root)) throw new Refusal('trustOtherRoot');
  // A file dated ahead of this device's clock would make every later one look older.
  if (incoming.date && new Date(incoming.date).getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new Refusal('trustFuture', { date: incoming.date });
  }
  if (current.date && incoming.date && incoming.date < current.date) {
    throw new Refusal('trustOlder', { date: current.date });
  }
  // Revocations are never dropped: the newer file's are added to those in use.
  const lists = union(current.revocationLists, incoming.revocationLists);
  return {
    ...current, date: incoming.date || current.date, certificates: incoming.certificates,
    // Kept too: an older service key's certificate still vouches for the lists it signed
    // (a retired key is refused by the root-signed floor, whichever file it came from).
    serviceCertificates: union(incoming.serviceCertificates, current.serviceCertificates),
    revocationLists: lists,
    stationRevocations: union(current.stationRevocations, incoming.stationRevocations),
  };
}

// A registry trust update (sync/trust_update.py): signed by a root-certified service key.
async function parseTrustUpdate(current, data, now) {
  let services;
  let signature;
  let signerId;
  try {
    services = (data.service_certificates || []).map(serviceCert);
    signature = b64d(data.signature);
    signerId = fromHex(String(data.signer));
  } catch (err) {
    throw new Refusal('trustBad');
  }
  const trust = { ...current, serviceCertificates: services };
  const day = localDay(now);
  const signer = await trustedService(trust, signerId, day);
  const body = Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'signature'));
  if (!signer || !await verifyEd25519(signer.publicKey, signature,
    text.encode(TRUST_UPDATE_CONTEXT + canonicalJson(body)))) throw new Refusal('trustBadSig');
  const certificates = [];
  // Revoked stations' certificates come apart (their cards are dated by station_revocations).
  for (const item of [...(data.certificates || []), ...(data.revoked_certificates || [])]) {
    try {
      const cert = stationCert(item);
      if (await signedBy(current.root, CERT_CONTEXT, cert)) certificates.push(cert);
    } catch (err) { /* a malformed item is left out, as the station does */ }
  }
  const lists = [];
  for (const item of data.revocation_lists || []) {
    try { lists.push(revocationList(item)); } catch (err) { /* left out */ }
  }
  const stationRevocations = [];
  for (const item of data.station_revocations || []) {
    try { stationRevocations.push(stationRevocation(item)); } catch (err) { /* left out */ }
  }
  return {
    root: current.root, rootKeyId: current.rootKeyId, date: String(data.issued_at),
    certificates, serviceCertificates: services, revocationLists: lists, bundle: current.bundle,
    stationRevocations,
  };
}

// ---- the card -----------------------------------------------------------------------------

const cborOptions = { useMaps: true, tags: { 18: (d) => d() } };
const get = (map, key) => (map instanceof Map ? map.get(key) : undefined);
const str = (v) => { if (typeof v !== 'string') throw new Refusal('unreadable'); return v; };
const utcDay = (seconds) => {
  if (typeof seconds !== 'number' && typeof seconds !== 'bigint') throw new Refusal('unreadable');
  return new Date(Number(seconds) * 1000).toISOString().slice(0, 10);
};
export const localDay = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function isBase45Text(bytes) {
  return bytes.length > 0 && bytes.every((b) => BASE45.includes(String.fromCharCode(b)));
}

// The parts of a QR: {kid, message (what is signed), signature, claims()}.
export function decodeQr(bytes) {
  if (isBase45Text(bytes)) return decodeClaim169(String.fromCharCode(...bytes));
  return decodeV1(bytes);
}

function decodeClaim169(qrText) {
  let cose;
  try {
    const inflated = unzlibSync(base45Decode(qrText));
    if (inflated.length > MAX_INFLATED) throw new Refusal('notCard');
    cose = cborDecode(inflated, cborOptions);
  } catch (err) {
    throw new Refusal('notCard');
  }
  if (!Array.isArray(cose) || cose.length !== 4 || !(cose[0] instanceof Uint8Array)
      || !(cose[2] instanceof Uint8Array) || !(cose[3] instanceof Uint8Array)
      || cose[3].length !== 64) throw new Refusal('notCard');
  let header;
  try { header = cborDecode(cose[0], cborOptions); } catch (err) { throw new Refusal('notCard'); }
  const kid = get(header, 4);
  if (get(header, 1) !== -8 || !(kid instanceof Uint8Array) || kid.length !== 8) {
    throw new Refusal('notCard');
  }
  const [protectedHeader, , payload, signature] = cose;
  return {
    version: 2, kid, signature,
    message: cborEncode(['Signature1', protectedHeader, new Uint8Array(0), payload]),
    claims: () => claim169Fields(cborDecode(payload, cborOptions)),
  };
}

function claim169Fields(cwt) {
  const person = get(cwt, CWT.claim169);
  const priv = get(cwt, CWT.private) || new Map();
  if (!(person instanceof Map)) throw new Refusal('unreadable');
  const birth = str(get(person, C.birth));
  const yearOnly = get(priv, 2) === true;
  if (!/^\d{8}$/.test(birth)) throw new Refusal('unreadable');
  const cti = get(cwt, CWT.cti);
  if (!(cti instanceof Uint8Array)) throw new Refusal('unreadable');
  const optional = (key) => (person.has(key) ? str(person.get(key)) : '');
  const sex = SEX_OF_GENDER[get(person, C.gender)];
  if (!sex) throw new Refusal('unreadable');
  return {
    cardNumber: String.fromCharCode(...cti),
    registrationNumber: str(get(person, C.id)),
    fullName: str(get(person, C.fullName)),
    secondaryName: optional(C.secondaryName),
    birthDate: yearOnly ? birth.slice(0, 4)
      : `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    sex,
    nationality: str(get(person, C.nationality)),
    legalStatus: optional(C.legalStatus),
    issuer: str(get(cwt, CWT.iss)),
    issueDate: utcDay(get(cwt, CWT.iat)),
    validFrom: utcDay(get(cwt, CWT.nbf)),
    expiryDate: utcDay(get(cwt, CWT.exp)),
  };
}

function decodeV1(bytes) {
  let outer;
  try { outer = cborDecode(bytes, cborOptions); } catch (err) { throw new Refusal('notCard'); }
  if (!Array.isArray(outer) || outer.length !== 4 || outer[0] !== 1
      || !outer.slice(1).every((p) => p instanceof Uint8Array)
      || outer[1].length !== 8 || outer[3].length !== 64) throw new Refusal('notCard');
  const [version, kid, claimsBytes, signature] = outer;
  return {
    version: 1, kid, signature,
    message: concat(text.encode(CARD_V1_CONTEXT), cborEncode([version, kid, claimsBytes])),
    claims: () => {
      const raw = cborDecode(claimsBytes, cborOptions);
      const day = (n, yearOnly) => {
        if (typeof n !== 'number') throw new Refusal('unreadable');
        const y = String(Math.floor(n / 10000)).padStart(4, '0');
        const m = String(Math.floor(n / 100) % 100).padStart(2, '0');
        const d = String(n % 100).padStart(2, '0');
        return yearOnly && m === '00' && d === '00' ? y : `${y}-${m}-${d}`;
      };
      const family = str(get(raw, 2));
      const given = str(get(raw, 3));
      return {
        cardNumber: str(get(raw, 0)), registrationNumber: str(get(raw, 1)),
        fullName: [given, family].filter(Boolean).join(' '), secondaryName: '',
        birthDate: day(get(raw, 4), true), sex: str(get(raw, 5)),
        nationality: str(get(raw, 6)), legalStatus: '', issuer: '', issueDate: '',
        validFrom: '', expiryDate: day(get(raw, 7), false),
      };
    },
  };
}

// Registration numbers are SITE-STN-NNNNNN-CC (or the old SITE-STN-NNNNNNC); card numbers the
// same after "C-" (cards/verify.py). The station id SITE-STN, or null when not such a number.
const NUMBER = /^([A-Z0-9]{2,5}-[A-Z0-9]{1,3})-\d{6}(?:-[A-Z]{2}|[A-Z0-9*])$/;
export function numberStation(number, card) {
  if (typeof number !== 'string') return null;
  if (card) {
    if (!number.startsWith('C-')) return null;
    number = number.slice(2);
  }
  const match = NUMBER.exec(number);
  return match ? match[1] : null;
}

// The verdict on the bytes of a card's QR: {status, reason, params, fields, station}.
// status: valid | invalid | revoked | expired | unknown.
export async function verifyCard(bytes, trust, today = localDay()) {
  const refuse = (status, reason, params = {}, extra = {}) =>
    ({ status, reason, params, ...extra });
  let card;
  try { card = decodeQr(bytes); } catch (err) { return refuse('invalid', 'notCard'); }
  const cert = trust.certificates.find((c) => equalBytes(c.keyId, card.kid));
  if (!cert) return refuse('unknown', 'unknownIssuer', { kid: hex(card.kid) });
  if (!await signedBy(trust.root, CERT_CONTEXT, cert)) return refuse('invalid', 'certNotRoot');
  if (!(cert.validFrom <= today && today <= cert.validTo)) {
    return refuse('invalid', 'certDates', { from: cert.validFrom, to: cert.validTo });
  }
  if (!await verifyEd25519(cert.publicKey, card.signature, card.message)) {
    return refuse('invalid', 'altered');
  }
  let fields;
  try { fields = card.claims(); } catch (err) { return refuse('invalid', 'unreadable'); }
  const extra = { fields, station: { id: cert.stationId, site: cert.site } };
  // A revoked station's cards count only when dated before the revocation (v1: never).
  const closed = await stationRevokedOn(trust, cert);
  if (closed && (!fields.issueDate || fields.issueDate >= closed)) {
    return refuse('invalid', 'stationRevoked', { station: cert.stationId, date: closed }, extra);
  }
  // Both numbers name the station that made them: it must be the station that signed.
  if (numberStation(fields.cardNumber, true) !== cert.stationId
      || numberStation(fields.registrationNumber, false) !== cert.stationId) {
    return refuse('invalid', 'numberStation', { station: cert.stationId }, extra);
  }
  if (fields.expiryDate < today) return refuse('expired', 'expired', { date: fields.expiryDate }, extra);
  if (fields.validFrom && fields.validFrom > today) {
    return refuse('invalid', 'notYet', { date: fields.validFrom }, extra);
  }
  const revoked = await revocation(trust, fields.cardNumber, cert);
  if (revoked) return refuse('revoked', 'revoked', { date: revoked }, extra);
  return refuse('valid', 'valid', {}, extra);
}
