// The one way the client talks to Kombel: /api/v1 on the same origin (through the gateway), with the
// user's language, the access token (refreshed once when it has expired), an Idempotency-Key on every
// POST (mobile networks retry) and errors read from RFC 9457 problem+json.
import { lang } from './i18n';

export type FieldError = { field: string; code?: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly type: string | undefined,
    readonly errors: FieldError[],
    readonly retryAfter: number | undefined,
  ) {
    super(detail ?? title);
  }
}

export type Session = { accessToken: string; refreshToken: string };
export type Claims = { sub: string; roles: string[]; adminRegions: string[]; exp: number };

const KEY = 'kombel.session';
let session: Session | null = read();
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  return session;
}

export function setSession(next: Session | null): void {
  session = next;
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The token's claims, for showing what the user may do; the services decide on every request. */
export function claims(token = session?.accessToken): Claims | null {
  if (!token) return null;
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(decodeURIComponent(escape(atob(part))));
    return {
      sub: json.sub,
      roles: json.roles ?? [],
      adminRegions: json.adminRegions ?? [],
      exp: json.exp ?? 0,
    };
  } catch {
    return null;
  }
}

export function newKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export type Options = { body?: unknown; ifMatch?: string | number; auth?: boolean };
export type Answer<T> = { data: T; etag?: string };

const RETRIES = 2;

/**
 * Sends a request; a 503/504 (a service down or slow behind the gateway) is tried again up to twice,
 * after Retry-After (at most 5 s). POSTs keep their Idempotency-Key across the tries, so a retry of a
 * create that did reach the service is answered from its stored response, never applied twice.
 */
async function sendWithRetries(method: string, path: string, options: Options, key: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await send(method, path, options, key);
    if ((response.status !== 503 && response.status !== 504) || attempt >= RETRIES) return response;
    const wait = Math.min(5, Number(response.headers.get('Retry-After')) || 1);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}

export async function call<T>(method: string, path: string, options: Options = {}): Promise<Answer<T>> {
  const key = newKey();
  let response = await sendWithRetries(method, path, options, key);
  if (response.status === 401 && options.auth !== false && session?.refreshToken) {
    if (await refresh()) response = await sendWithRetries(method, path, options, key);
  }
  if (response.status === 401 && options.auth !== false && session) setSession(null);
  if (!response.ok) throw await problem(response);
  const text = response.status === 204 ? '' : await response.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, etag: response.headers.get('ETag') ?? undefined };
}

export const get = <T>(path: string) => call<T>('GET', path).then((a) => a.data);
export const post = <T>(path: string, body?: unknown, ifMatch?: string | number) =>
  call<T>('POST', path, { body, ifMatch }).then((a) => a.data);
export const put = <T>(path: string, body?: unknown, ifMatch?: string | number) =>
  call<T>('PUT', path, { body, ifMatch }).then((a) => a.data);
export const del = <T>(path: string) => call<T>('DELETE', path).then((a) => a.data);

function send(method: string, path: string, options: Options, key: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang() };
  if (options.auth !== false && session) headers.Authorization = `Bearer ${session.accessToken}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method === 'POST') headers['Idempotency-Key'] = key;
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${String(options.ifMatch).replace(/"/g, '')}"`;
  return fetch('/api/v1' + path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  }).catch(() => {
    throw new ApiError(0, '', undefined, 'network', [], undefined);
  });
}

let refreshing: Promise<boolean> | null = null;

async function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await send('POST', '/auth/refresh', { body: { refreshToken: session?.refreshToken }, auth: false }, newKey());
      if (!response.ok) return false;
      const tokens = await response.json();
      setSession({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
      return true;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function problem(response: Response): Promise<ApiError> {
  const retry = Number(response.headers.get('Retry-After'));
  let body: Record<string, unknown> = {};
  try {
    body = await response.json();
  } catch {
    // not a problem document (a proxy's page): the status alone is shown
  }
  const type = typeof body.type === 'string' ? body.type.replace('https://kombel.id/problems/', '') : undefined;
  return new ApiError(
    response.status,
    typeof body.title === 'string' ? body.title : `HTTP ${response.status}`,
    typeof body.detail === 'string' ? body.detail : undefined,
    type,
    Array.isArray(body.errors) ? (body.errors as FieldError[]) : [],
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}

export type Page<T> = { items: T[]; next?: string | null };

export async function login(email: string, password: string): Promise<void> {
  const { data } = await call<{ accessToken: string; refreshToken: string }>('POST', '/auth/login', {
    body: { email, password },
    auth: false,
  });
  setSession({ accessToken: data.accessToken, refreshToken: data.refreshToken });
}

export async function logout(): Promise<void> {
  const current = session;
  setSession(null);
  if (current) await call('POST', '/auth/logout', { body: { refreshToken: current.refreshToken }, auth: false }).catch(() => undefined);
}
