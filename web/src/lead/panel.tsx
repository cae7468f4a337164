// The facilitator's side of an activity: publish, the rotating check-in code, attendance, completion.
import { useEffect, useState } from 'preact/hooks';
import { get, post, put } from '../api';
import { formatDate, label, t } from '../i18n';
import type { Activity } from '../types';
import { Async, ErrorBox, Field, Form, Section, useAction, useLoad } from '../ui';

type Code = { code: string; validFrom: string; rotatesAt: string };
type Report = { confirmed: number; attended: number; attendees: { items: { memberId: string; attendedAt?: string; method?: string }[] } };
type Seats = { capacity: number; confirmed: number; free: number; waitlisted: number };

export function ActivityLeadPanel({ activity, changed }: { activity: Activity; changed: () => void }) {
  const action = useAction();
  const [reason, setReason] = useState('');
  return (
    <Section title={t('lead.facilitator')}>
      <ErrorBox error={action.error} />
      {activity.status === 'DRAFT' && (
        <button type="button" disabled={action.busy} onClick={() => action.run(() => post(`/activities/${activity.id}/publish`, undefined, activity.version)).then(changed)}>
          {t('lead.publish')}
        </button>
      )}
      {activity.status === 'PUBLISHED' && (
        <>
          <CheckInCode activity={activity} />
          <SeatsAndAttendance activity={activity} />
          <p class="muted">{t('lead.completeNote')}</p>
          <button type="button" disabled={action.busy} onClick={() => action.run(() => post(`/activities/${activity.id}/complete`, undefined, activity.version)).then(changed)}>
            {t('lead.complete')}
          </button>
          <details>
            <summary>{t('lead.cancelActivity')}</summary>
            <Form
              label={t('lead.cancelActivity')}
              submit={t('lead.cancelActivity')}
              busy={action.busy}
              error={undefined}
              onSubmit={() => action.run(() => post(`/activities/${activity.id}/cancel`, { reason }, activity.version)).then(changed)}
            >
              <Field label={t('lead.reason')} name="reason" required value={reason} onInput={setReason} error={action.error} />
            </Form>
          </details>
        </>
      )}
      {activity.status === 'COMPLETED' && <SeatsAndAttendance activity={activity} />}
    </Section>
  );
}

/** Shown big on the facilitator's phone or projector; fetched again when it rotates. */
function CheckInCode({ activity }: { activity: Activity }) {
  const [round, setRound] = useState(0);
  const code = useLoad(() => get<Code>(`/activities/${activity.id}/check-in-code`), [activity.id, round]);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  useEffect(() => {
    if (!code.data) return;
    const wait = Math.max(1000, new Date(code.data.rotatesAt).getTime() - Date.now() + 500);
    const timer = setTimeout(() => setRound((r) => r + 1), wait);
    return () => clearTimeout(timer);
  }, [code.data]);
  return (
    <div class="code-box">
      <h3>{t('lead.checkInCode')}</h3>
      <Async state={code}>
        {(c) => (
          <>
            <p class="code" data-testid="check-in-code" aria-live="polite">
              {c.code}
            </p>
            <p class="muted">{t('lead.rotatesIn', { seconds: Math.max(0, Math.round((new Date(c.rotatesAt).getTime() - now) / 1000)) })}</p>
          </>
        )}
      </Async>
    </div>
  );
}

function SeatsAndAttendance({ activity }: { activity: Activity }) {
  const seats = useLoad(() => get<Seats>(`/activities/${activity.id}/seats`), [activity.id]);
  const report = useLoad(() => get<Report>(`/activities/${activity.id}/attendance?limit=100`), [activity.id]);
  const mark = useAction();
  return (
    <>
      <Async state={seats}>
        {(s) => <p>{t('lead.seats', { confirmed: s.confirmed, capacity: s.capacity, waitlisted: s.waitlisted })}</p>}
      </Async>
      <ErrorBox error={mark.error} />
      <Async state={report}>
        {(r) => (
          <>
            <p data-testid="attendance-count">{t('lead.attendance', { attended: r.attended, confirmed: r.confirmed })}</p>
            <ul class="cards">
              {r.attendees.items.map((a) => (
                <li key={a.memberId}>
                  <code>{a.memberId}</code> {a.attendedAt ? `· ${formatDate(a.attendedAt)} (${label(a.method)})` : ''}
                  {!a.attendedAt && activity.status === 'PUBLISHED' && (
                    <button type="button" class="small" disabled={mark.busy} onClick={() => mark.run(() => put(`/activities/${activity.id}/attendance/${a.memberId}`)).then(report.reload)}>
                      {t('lead.markPresent')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </Async>
    </>
  );
}
