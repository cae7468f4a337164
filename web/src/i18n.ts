// Indonesian by default, English on request. Both dictionaries are small and ship in the first
// chunk; the API is asked in the same language (Accept-Language), so its problem texts match.
import { id } from './i18n-id';
import { en } from './i18n-en';

export type Lang = 'id' | 'en';
export type Key = keyof typeof id;

const STORE = 'kombel.lang';
let current: Lang = (localStorage.getItem(STORE) as Lang) === 'en' ? 'en' : 'id';

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(STORE, next);
  document.documentElement.lang = next;
}

document.documentElement.lang = current;

/** The text for a key, with {name} placeholders filled. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const text: string = (current === 'en' ? en : id)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** The label of an API enum value (CROSS_SCHOOL, STUDENT_MOTIVATION, ...), or the value itself. */
export function label(value: string | null | undefined): string {
  if (!value) return '';
  const dict = (current === 'en' ? en : id) as Record<string, string>;
  return dict['enum.' + value] ?? value;
}

export function formatDate(iso: string | undefined | null, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toLocaleString(current === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  });
}
