import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, claims, del, get, post } from '../api';
import { formatDate, label, t } from '../i18n';
import { isLeadOf, type Activity, type Community, type Registration } from '../types';
import { Async, ErrorBox, Field, Form, Loading, Section, useAction, useLoad } from '../ui';

/** The caller's registration, or null when they have none (the API answers 404). */
const ownRegistration = (id: string) =>
  get<Registration>(`/activities/${id}/registrations/me`).catch((e) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  });

export function ActivityScreen({ id }: { id: string }) {
  const activity = useLoad(() => get<Activity>(`/activities/${id}`), [id]);
  return (
    <Async state={activity}>
      {(a) => (
        <>
          <h1>{a.title}</h1>
          <dl class="facts">
            <dt>{t('activity.kind')}</dt>
            <dd>{label(a.kind)}</dd>
            <dt>{t('activity.when')}</dt>
            <dd>
              {formatDate(a.startsAt)} – {formatDate(a.endsAt)}
            </dd>
            <dt>{t('activity.mode')}</dt>
            <dd>
              {label(a.mode)} {a.venue && `· ${a.venue}`} {a.onlineUrl && <a href={a.onlineUrl}>{a.onlineUrl}</a>}
            </dd>
            <dt>JP</dt>
            <dd>{a.learningHoursJp}</dd>
            <dt>{t('activity.status')}</dt>
            <dd data-testid="activity-status">{label(a.status)}</dd>
          </dl>
          {a.description && <p>{a.description}</p>}
          <p>
            <a href={`#/communities/${a.communityId}`}>{t('activity.community')}</a>
          </p>
          <Participation activity={a} />
          <LeadControls activity={a} changed={activity.reload} />
        </>
      )}
    </Async>
  );
}

function Participation({ activity }: { activity: Activity }) {
  const registration = useLoad(() => ownRegistration(activity.id), [activity.id]);
  const action = useAction();
  const [code, setCode] = useState('');
  const checkIn = useAction();
  if (activity.status !== 'PUBLISHED' && activity.status !== 'COMPLETED') return null;
  return (
    <Section title={t('activity.myRegistration')}>
      <Async state={registration}>
        {(r) =>
          r === null || r.status === 'CANCELLED' ? (
            activity.status === 'PUBLISHED' ? (
              <>
                <ErrorBox error={action.error} />
                <button type="button" disabled={action.busy} onClick={() => action.run(() => post(`/activities/${activity.id}/registrations`)).then(registration.reload)}>
                  {t('activity.register')}
                </button>
              </>
            ) : (
              <p class="empty">{t('activity.notRegistered')}</p>
            )
          ) : (
            <>
              <p data-testid="registration-status">
                {label(r.status)}
                {r.position ? ` (${t('activity.position', { position: r.position })})` : ''}
                {r.attendedAt ? ` · ${t('activity.attended', { at: formatDate(r.attendedAt) })}` : ''}
              </p>
              {r.certificateCode && (
                <p>
                  {t('record.certificate')}: <code>{r.certificateCode}</code>
                </p>
              )}
              {activity.status === 'PUBLISHED' && r.status === 'CONFIRMED' && !r.attendedAt && (
                <Form
                  label={t('activity.checkIn')}
                  submit={t('activity.checkIn')}
                  busy={checkIn.busy}
                  error={checkIn.error}
                  onSubmit={() => checkIn.run(() => post(`/activities/${activity.id}/check-ins`, { code: code.trim() })).then((ok) => ok && registration.reload())}
                >
                  <Field label={t('activity.code')} name="code" inputMode="numeric" autocomplete="one-time-code" required value={code} onInput={setCode} error={checkIn.error} />
                </Form>
              )}
              {activity.status === 'PUBLISHED' && !r.attendedAt && (
                <>
                  <ErrorBox error={action.error} />
                  <button type="button" class="secondary" disabled={action.busy} onClick={() => action.run(() => del(`/activities/${activity.id}/registrations/me`)).then(registration.reload)}>
                    {t('activity.cancelRegistration')}
                  </button>
                </>
              )}
            </>
          )
        }
      </Async>
    </Section>
  );
}

type PanelModule = { ActivityLeadPanel: ComponentType<{ activity: Activity; changed: () => void }> };

/** The facilitator's controls live in the lead chunk: fetched only for a community's leads. */
function LeadControls({ activity, changed }: { activity: Activity; changed: () => void }) {
  const community = useLoad(() => get<Community>(`/communities/${activity.communityId}`), [activity.communityId]);
  const [panel, setPanel] = useState<PanelModule | null>(null);
  const lead = !!community.data && isLeadOf(community.data, claims()?.sub);
  useEffect(() => {
    if (lead) import('../lead/panel').then(setPanel);
  }, [lead]);
  if (!lead) return null;
  if (!panel) return <Loading />;
  return <panel.ActivityLeadPanel activity={activity} changed={changed} />;
}
