// Helpers for the end-to-end tests: the API for setup (never for the flows under test), the
// browser, screenshots and the gateway's login rate limit (waited out as Retry-After says).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const GATEWAY = (process.env.KOMBEL_URL ?? 'http://localhost:8080').replace(/\/$/, '');
// Setup may go straight to membership-service (not rate limited); the flows always use the gateway.
export const MEMBERSHIP = (process.env.KOMBEL_MEMBERSHIP_URL ?? GATEWAY).replace(/\/$/, '');
export const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
export const PASSWORD = `E2e-${RUN}-Kombel!`;
export const SHOTS = new URL('../target/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export { sleep };

export function log(...args) {
  console.log(`[e2e ${new Date().toISOString().slice(11, 19)}]`, ...args);
}

export async function api(method, path, token, body, base = MEMBERSHIP) {
  for (;;) {
    const response = await fetch(base + path, {
      method,
      headers: {
        'Accept-Language': 'en',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 429) {
      const wait = Number(response.headers.get('Retry-After') ?? 5);
      log(`  (rate limited on ${path}: waiting ${wait}s as Retry-After says)`);
      await sleep(wait * 1000 + 200);
      continue;
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
}

export async function apiLogin(email, password) {
  return (await api('POST', '/api/v1/auth/login', null, { email, password })).accessToken;
}

export async function apiRegister(label, regionId) {
  const email = `${label}-${RUN}@e2e.kombel.local`;
  await api('POST', '/api/v1/members', null, {
    email,
    password: PASSWORD,
    name: `Guru ${label}`,
    regionId,
    educatorType: 'PENDIDIK',
  });
  const token = await apiLogin(email, PASSWORD);
  const me = await api('GET', '/api/v1/members/me', token);
  return { email, token, id: me.id };
}

export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone: 390x844, Indonesian, in the region's time zone (WIB). */
export async function phone(chromiumBrowser) {
  const context = await chromiumBrowser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    isMobile: true,
    hasTouch: true,
  });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  page.on('pageerror', (error) => log('  page error:', error.message));
  page.on('response', (response) => {
    if (response.url().includes('/api/v1/') && response.status() >= 400 && response.status() !== 404) {
      log(`  (${response.request().method()} ${new URL(response.url()).pathname} -> ${response.status()})`);
    }
  });
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}${name}.png` });
  log(`  screenshot ${name}.png`);
}

/**
 * Submits a login or registration form whose login may be rate limited at the gateway: on 429 it
 * waits as Retry-After says and submits again (the UI shows the localized problem meanwhile).
 */
export async function submitWithLogin(page, submit) {
  for (;;) {
    const login = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'), { timeout: 60000 });
    await submit();
    const response = await login;
    if (response.status() !== 429) {
      if (!response.ok()) throw new Error(`login answered ${response.status()}`);
      return;
    }
    const wait = Number((await response.headerValue('retry-after')) ?? 10);
    log(`  (login rate limited at the gateway: waiting ${wait}s as Retry-After says)`);
    await sleep(wait * 1000 + 200);
  }
}

/** Repeats an action until check() holds: events reach other services asynchronously. */
export async function eventually(what, action, check, tries = 60) {
  for (let i = 0; i < tries; i++) {
    await action();
    if (await check()) return;
    await sleep(1000);
  }
  throw new Error(`never happened: ${what}`);
}

export function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}
