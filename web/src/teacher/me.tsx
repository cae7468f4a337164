import { useEffect, useState } from 'preact/hooks';
import { get, post, put, type Page } from '../api';
import { formatDate, label, t } from '../i18n';
import { NOTIFICATION_TYPES, type Profile } from '../types';
import { Async, Check, ErrorBox, Field, Form, Section, useAction, useLoad } from '../ui';

type Period = { period: string; jp: number; minutes: number; activities: number };
type LearningRecord = {
  total: { jp: number; minutes: number; activities: number };
  months: Period[];
  years: Period[];
  competencies: { name: string; activities: number; jp: number }[];
};
type Credited = { activityId: string; title: string; heldOn?: string; startsAt?: string; jp?: number; creditedJp?: number; certificateCode?: string };

export function RecordScreen() {
  const record = useLoad(() => get<LearningRecord>('/learning-records/me'));
  const activities = useLoad(() => get<Page<Credited>>('/learning-records/me/activities?limit=50'));
  return (
    <>
      <h1>{t('record.title')}</h1>
      <Async state={record}>
        {(r) => (
          <>
            <p class="big" data-testid="record-total">
              {t('record.total', { jp: r.total.jp, activities: r.total.activities })}
            </p>
            {r.months.length > 0 && (
              <table>
                <caption>{t('record.byMonth')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('record.month')}</th>
                    <th scope="col">JP</th>
                    <th scope="col">{t('record.activities')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.months.map((m) => (
                    <tr key={m.period}>
                      <td>{m.period}</td>
                      <td>{m.jp}</td>
                      <td>{m.activities}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {r.competencies.length > 0 && <p class="muted">{r.competencies.map((c) => `${c.name} (${c.jp} JP)`).join(' · ')}</p>}
          </>
        )}
      </Async>
      <Section title={t('record.certificates')}>
        <Async state={activities} empty={(p) => p.items.length === 0}>
          {(page) => (
            <ul class="cards">
              {page.items.map((a) => (
                <li key={a.activityId}>
                  <a href={`#/activities/${a.activityId}`}>{a.title}</a>
                  <div class="muted">
                    {a.heldOn ?? formatDate(a.startsAt, false)} · {a.creditedJp ?? a.jp} JP
                  </div>
                  {a.certificateCode && (
                    <p data-testid="certificate">
                      {t('record.certificate')}: <code>{a.certificateCode}</code>{' '}
                      <a href={`/api/v1/certificates/${encodeURIComponent(a.certificateCode)}/verification`} target="_blank" rel="noopener">
                        {t('record.verify')}
                      </a>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Async>
      </Section>
    </>
  );
}

type Notification = { id: string; type: string; text: string; at: string; readAt?: string };
type Preferences = { zone: string; disabled: string[]; quietFrom?: string; quietUntil?: string; digest: string; digestAt?: string };

export function NotificationsScreen() {
  const inbox = useLoad(() => get<Page<Notification>>('/notifications?limit=50'));
  const action = useAction();
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <ErrorBox error={action.error} />
      <button type="button" class="secondary" disabled={action.busy} onClick={() => action.run(() => post('/notifications/read-all')).then(inbox.reload)}>
        {t('notifications.readAll')}
      </button>
      <Async state={inbox} empty={(p) => p.items.length === 0}>
        {(page) => (
          <ul class="cards">
            {page.items.map((n) => (
              <li key={n.id} class={n.readAt ? 'read' : 'unread'}>
                <p>{n.text}</p>
                <div class="muted">
                  {label(n.type)} · {formatDate(n.at)}
                </div>
                {!n.readAt && (
                  <button type="button" class="small" onClick={() => action.run(() => post(`/notifications/${n.id}/read`)).then(inbox.reload)}>
                    {t('notifications.markRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Async>
      <PreferencesForm />
    </>
  );
}

function PreferencesForm() {
  const loaded = useLoad(() => get<Preferences>('/notifications/preferences'));
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  useEffect(() => {
    if (loaded.data) setPrefs(loaded.data);
  }, [loaded.data]);
  if (!prefs) return <Async state={loaded}>{() => null}</Async>;
  const time = (v?: string) => (v ? v.slice(0, 5) : '');
  return (
    <Section title={t('notifications.preferences')}>
      <Form
        label={t('notifications.preferences')}
        submit={t('action.save')}
        busy={action.busy}
        error={action.error}
        onSubmit={() =>
          action
            .run(() =>
              put('/notifications/preferences', {
                disabled: prefs.disabled,
                quietFrom: prefs.quietFrom || null,
                quietUntil: prefs.quietUntil || null,
                digest: prefs.digest,
                digestAt: prefs.digest === 'DAILY' ? prefs.digestAt || null : null,
              }),
            )
            .then(setSaved)
        }
      >
        <fieldset>
          <legend>{t('notifications.receive')}</legend>
          {NOTIFICATION_TYPES.filter((type) => type !== 'DIGEST').map((type) => (
            <Check
              key={type}
              name={type}
              label={label(type)}
              checked={!prefs.disabled.includes(type)}
              onChange={(on) => setPrefs({ ...prefs, disabled: on ? prefs.disabled.filter((d) => d !== type) : [...prefs.disabled, type] })}
            />
          ))}
        </fieldset>
        <Field label={t('notifications.quietFrom')} name="quietFrom" type="time" value={time(prefs.quietFrom)} onInput={(v) => setPrefs({ ...prefs, quietFrom: v })} error={action.error} />
        <Field label={t('notifications.quietUntil')} name="quietUntil" type="time" value={time(prefs.quietUntil)} onInput={(v) => setPrefs({ ...prefs, quietUntil: v })} error={action.error} />
        <Field
          label={t('notifications.digest')}
          name="digest"
          value={prefs.digest}
          onInput={(v) => setPrefs({ ...prefs, digest: v })}
          options={['OFF', 'DAILY'].map((v) => ({ value: v, label: label('DIGEST_' + v) }))}
        />
        {prefs.digest === 'DAILY' && (
          <Field label={t('notifications.digestAt')} name="digestAt" type="time" value={time(prefs.digestAt)} onInput={(v) => setPrefs({ ...prefs, digestAt: v })} error={action.error} />
        )}
        <p class="muted">{t('notifications.zone', { zone: prefs.zone })}</p>
      </Form>
      {saved && !action.busy && <p role="status">{t('state.saved')}</p>}
    </Section>
  );
}

type Engagement = {
  streak: { weeks: number; activeThisWeek: boolean };
  learning: { jp: number; hours: number };
  solutions: { given: number; accepted: number };
  appreciationReceived: number;
  shared: boolean;
};

export function ProfileScreen() {
  const profile = useLoad(() => get<Profile>('/members/me'));
  const engagement = useLoad(() => get<Engagement>('/engagement/me'));
  const action = useAction();
  return (
    <>
      <h1>{t('profile.title')}</h1>
      <Async state={profile}>
        {(p) => (
          <dl class="facts">
            <dt>{t('auth.name')}</dt>
            <dd>{p.name}</dd>
            <dt>{t('auth.email')}</dt>
            <dd>{p.email}</dd>
            <dt>{t('auth.region')}</dt>
            <dd>{p.regionId}</dd>
            <dt>{t('profile.memberId')}</dt>
            <dd>
              <code data-testid="member-id">{p.id}</code>
            </dd>
            {p.adminRegions.length > 0 && (
              <>
                <dt>{t('profile.adminOf')}</dt>
                <dd>{p.adminRegions.join(', ')}</dd>
              </>
            )}
          </dl>
        )}
      </Async>
      <Section title={t('profile.engagement')}>
        <p class="muted">{t('profile.engagementNote')}</p>
        <Async state={engagement}>
          {(e) => (
            <>
              <ul class="stats">
                <li>
                  <strong>{e.streak.weeks}</strong> {t('profile.streak')}
                </li>
                <li>
                  <strong>{e.learning.jp}</strong> JP ({e.learning.hours} {t('profile.hours')})
                </li>
                <li>
                  <strong>{e.solutions.given}</strong> {t('profile.solutionsGiven')}, <strong>{e.solutions.accepted}</strong> {t('profile.accepted')}
                </li>
                <li>
                  <strong>{e.appreciationReceived}</strong> {t('profile.appreciation')}
                </li>
              </ul>
              <ErrorBox error={action.error} />
              <Check
                name="shared"
                label={t('profile.share')}
                checked={e.shared}
                onChange={(shared) => action.run(() => put('/engagement/me/sharing', { shared })).then(engagement.reload)}
              />
            </>
          )}
        </Async>
      </Section>
    </>
  );
}
