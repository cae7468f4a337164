// Shared building blocks: the hash router, data loading with loading/empty/error states, and
// labelled form fields that show the API's field errors.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from './api';
import { t, type Key } from './i18n';

export function useHash(): string {
  const [hash, setHash] = useState(location.hash.slice(1) || '/');
  useEffect(() => {
    const changed = () => setHash(location.hash.slice(1) || '/');
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return hash;
}

export function go(path: string): void {
  location.hash = path;
}

export type Loaded<T> = { data?: T; error?: unknown; loading: boolean; reload: () => void };

/** Loads on mount and whenever a dependency changes; reload() loads again (after an action). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  return { ...state, reload: useCallback(() => setRound((r) => r + 1), []) };
}

/** Runs an action with a busy flag and its error, for buttons and forms. */
export function useAction(): {
  busy: boolean;
  error: unknown;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(undefined) };
}

export function Loading() {
  return (
    <p class="muted" role="status">
      {t('state.loading')}
    </p>
  );
}

export function Empty({ text }: { text: Key }) {
  return <p class="empty">{t(text)}</p>;
}

/** A problem+json answer as the user reads it: the localized title and detail, and field errors. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  if (error instanceof ApiError) {
    if (error.type === 'network') {
      return (
        <div class="error" role="alert">
          <strong>{t('error.network')}</strong>
        </div>
      );
    }
    return (
      <div class="error" role="alert">
        <strong>{error.title}</strong>
        {error.detail && <p>{error.detail}</p>}
        {error.errors.length > 0 && (
          <ul>
            {error.errors.map((e) => (
              <li key={e.field}>
                {e.field}: {e.message}
              </li>
            ))}
          </ul>
        )}
        {error.retryAfter && <p>{t('error.retryAfter', { seconds: error.retryAfter })}</p>}
      </div>
    );
  }
  return (
    <div class="error" role="alert">
      <strong>{t('error.unexpected')}</strong>
    </div>
  );
}

export function Async<T>({
  state,
  children,
  empty,
}: {
  state: Loaded<T>;
  children: (data: T) => ComponentChildren;
  empty?: (data: T) => boolean;
}) {
  if (state.error) return <ErrorBox error={state.error} />;
  if (state.data === undefined) return <Loading />;
  if (empty && empty(state.data)) return <Empty text="state.empty" />;
  return <>{children(state.data)}</>;
}

let fieldCount = 0;

type FieldProps = {
  label: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  type?: string;
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  multiline?: boolean;
  autocomplete?: string;
  error?: unknown;
  min?: number;
  max?: number;
  inputMode?: 'numeric' | 'text';
};

/** A labelled input, select or textarea; the API's error for this field is announced beside it. */
export function Field({ label: text, name, value, onInput, type = 'text', required, hint, options, multiline, autocomplete, error, min, max, inputMode }: FieldProps) {
  const [id] = useState(() => `f${++fieldCount}`);
  const fieldError =
    error instanceof ApiError ? error.errors.find((e) => e.field === name || e.field.startsWith(name + '.') || e.field.startsWith(name + '['))?.message : undefined;
  const described = [hint && `${id}-hint`, fieldError && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    required,
    'aria-invalid': fieldError ? true : undefined,
    'aria-describedby': described,
  };
  return (
    <div class="field">
      <label for={id}>
        {text}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {options ? (
        <select {...common} value={value} onChange={(e) => onInput((e.target as HTMLSelectElement).value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} value={value} rows={4} onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)} />
      ) : (
        <input
          {...common}
          min={min}
          max={max}
          inputMode={inputMode}
          type={type as 'text'}
          value={value}
          autocomplete={autocomplete}
          onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        />
      )}
      {hint && (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      )}
      {fieldError && (
        <small id={`${id}-error`} class="field-error">
          {fieldError}
        </small>
      )}
    </div>
  );
}

export function Check({ label: text, checked, onChange, name }: { label: string; checked: boolean; onChange: (v: boolean) => void; name: string }) {
  return (
    <label class="check">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} /> {text}
    </label>
  );
}

/** A form whose submit runs an action; shows the busy state and the problem the API answered. */
export function Form({
  onSubmit,
  submit,
  busy,
  error,
  children,
  label: name,
}: {
  onSubmit: () => void;
  submit: string;
  busy: boolean;
  error: unknown;
  children: ComponentChildren;
  label?: string;
}) {
  return (
    <form
      aria-label={name}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <ErrorBox error={error} />
      <button type="submit" disabled={busy}>
        {busy ? t('state.sending') : submit}
      </button>
    </form>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
