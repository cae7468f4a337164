// The lead's area: proposing a community and running one (members, activities, moderation).
import { useState } from 'preact/hooks';
import { ApiError, claims, del, get, post, put, type Page } from '../api';
import { label, t } from '../i18n';
import type { Route } from '../main';
import { isLeadOf, LEVELS, type Community, type Membership, type Problem, type Profile } from '../types';
import { Async, ErrorBox, Field, Form, go, list, Section, useAction, useLoad } from '../ui';

export default function Lead({ route }: { route: Route }) {
  const [, what, id] = route.parts;
  if (what === 'communities' && id) return <ManageCommunity id={id} />;
  return <ProposeCommunity />;
}

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function ProposeCommunity() {
  const me = useLoad(() => get<Profile>('/members/me'));
  const [form, setForm] = useState({
    regionId: '',
    type: 'CROSS_SCHOOL',
    name: '',
    description: '',
    subjects: '',
    level: 'SMP',
    joinPolicy: 'OPEN',
    frequency: 'FORTNIGHTLY',
    dayOfWeek: 'WEDNESDAY',
    time: '14:00',
  });
  const set = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });
  const action = useAction();
  const regionId = form.regionId || me.data?.regionId || '';
  return (
    <>
      <h1>{t('lead.propose')}</h1>
      <p class="muted">{t('lead.proposeNote')}</p>
      <Form
        label={t('lead.propose')}
        submit={t('lead.propose')}
        busy={action.busy}
        error={action.error}
        onSubmit={() =>
          action.run(async () => {
            const community = await post<Community>('/communities', {
              regionId,
              type: form.type,
              name: form.name,
              description: form.description,
              subjects: list(form.subjects),
              levels: [form.level],
              joinPolicy: form.joinPolicy,
              meeting: { frequency: form.frequency, dayOfWeek: form.dayOfWeek, time: form.time },
            });
            go(`/lead/communities/${community.id}`);
          })
        }
      >
        <Field label={t('auth.region')} name="regionId" required value={regionId} onInput={set('regionId')} error={action.error} />
        <Field label={t('lead.name')} name="name" required value={form.name} onInput={set('name')} error={action.error} />
        <Field label={t('problems.description')} name="description" multiline value={form.description} onInput={set('description')} error={action.error} />
        <Field label={t('lead.type')} name="type" value={form.type} onInput={set('type')} options={['SCHOOL', 'CROSS_SCHOOL', 'ONLINE'].map((v) => ({ value: v, label: label(v) }))} />
        <Field label={t('auth.subjects')} name="subjects" hint={t('form.commaList')} value={form.subjects} onInput={set('subjects')} error={action.error} />
        <Field label={t('auth.level')} name="levels" value={form.level} onInput={set('level')} options={LEVELS.map((v) => ({ value: v, label: v }))} />
        <Field label={t('lead.joinPolicy')} name="joinPolicy" value={form.joinPolicy} onInput={set('joinPolicy')} options={['OPEN', 'APPROVAL', 'INVITE'].map((v) => ({ value: v, label: label(v) }))} />
        <fieldset>
          <legend>{t('lead.meeting')}</legend>
          <Field label={t('lead.frequency')} name="meeting.frequency" value={form.frequency} onInput={set('frequency')} options={['WEEKLY', 'FORTNIGHTLY', 'MONTHLY'].map((v) => ({ value: v, label: label(v) }))} />
          <Field label={t('lead.day')} name="meeting.dayOfWeek" value={form.dayOfWeek} onInput={set('dayOfWeek')} options={DAYS.map((v) => ({ value: v, label: label(v) }))} />
          <Field label={t('lead.time')} name="meeting.time" type="time" value={form.time} onInput={set('time')} error={action.error} />
        </fieldset>
      </Form>
    </>
  );
}

function ManageCommunity({ id }: { id: string }) {
  const community = useLoad(() => get<Community>(`/communities/${id}`), [id]);
  return (
    <Async state={community}>
      {(c) =>
        !isLeadOf(c, claims()?.sub) ? (
          <p class="empty">{t('lead.notLead')}</p>
        ) : (
          <>
            <h1>{c.name}</h1>
            <p class="muted">
              {label(c.status)} · {label(c.joinPolicy)} · <a href={`#/communities/${c.id}`}>{t('lead.view')}</a>
            </p>
            {c.status === 'PROPOSED' && <p class="note">{t('lead.awaitingVerification', { count: c.coLeadIds.length })}</p>}
            <Members community={c} changed={community.reload} />
            {c.status === 'ACTIVE' && <ScheduleActivity community={c} />}
            {c.status === 'ACTIVE' && <Moderation community={c} />}
          </>
        )
      }
    </Async>
  );
}

/** A member's name from their peer profile, or their id when the profile is private. */
function MemberName({ id }: { id: string }) {
  const profile = useLoad(
    () =>
      get<{ name: string }>(`/members/${id}`).catch((e) => {
        if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return null;
        throw e;
      }),
    [id],
  );
  return <span>{profile.data?.name ?? id}</span>;
}

function Members({ community, changed }: { community: Community; changed: () => void }) {
  const [status, setStatus] = useState('ACTIVE');
  const members = useLoad(() => get<Page<Membership>>(`/communities/${community.id}/memberships?status=${status}&limit=50`), [community.id, status]);
  const action = useAction();
  const base = `/communities/${community.id}/memberships`;
  const after = () => {
    members.reload();
    changed();
  };
  return (
    <Section title={t('lead.members')}>
      <Field
        label={t('lead.showStatus')}
        name="status"
        value={status}
        onInput={setStatus}
        options={['ACTIVE', 'REQUESTED', 'INVITED'].map((v) => ({ value: v, label: label(v) }))}
      />
      <ErrorBox error={action.error} />
      <Async state={members} empty={(p) => p.items.length === 0}>
        {(page) => (
          <ul class="cards">
            {page.items.map((m) => (
              <li key={m.memberId}>
                <MemberName id={m.memberId} /> <span class="badge">{label(m.role)}</span>
                <div class="actions">
                  {m.status === 'REQUESTED' && (
                    <>
                      <button type="button" class="small" disabled={action.busy} onClick={() => action.run(() => post(`${base}/${m.memberId}/approve`, undefined, m.version)).then(after)}>
                        {t('lead.approve')}
                      </button>
                      <button type="button" class="small secondary" disabled={action.busy} onClick={() => action.run(() => post(`${base}/${m.memberId}/decline`, undefined, m.version)).then(after)}>
                        {t('lead.decline')}
                      </button>
                    </>
                  )}
                  {m.status === 'ACTIVE' && m.role !== 'LEAD' && (
                    <>
                      <button
                        type="button"
                        class="small"
                        disabled={action.busy}
                        onClick={() => action.run(() => put(`${base}/${m.memberId}/role`, { role: m.role === 'CO_LEAD' ? 'MEMBER' : 'CO_LEAD' }, m.version)).then(after)}
                      >
                        {m.role === 'CO_LEAD' ? t('lead.makeMember') : t('lead.makeCoLead')}
                      </button>
                      <button type="button" class="small secondary" disabled={action.busy} onClick={() => action.run(() => del(`${base}/${m.memberId}`)).then(after)}>
                        {t('lead.remove')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Async>
      <Invite community={community} done={after} />
    </Section>
  );
}

function Invite({ community, done }: { community: Community; done: () => void }) {
  const [memberId, setMemberId] = useState('');
  const [role, setRole] = useState('CO_LEAD');
  const action = useAction();
  return (
    <details>
      <summary>{t('lead.invite')}</summary>
      <Form
        label={t('lead.invite')}
        submit={t('lead.invite')}
        busy={action.busy}
        error={action.error}
        onSubmit={() => action.run(() => post(`/communities/${community.id}/invitations`, { memberId: memberId.trim(), role })).then((ok) => ok && (setMemberId(''), done()))}
      >
        <Field label={t('profile.memberId')} name="memberId" required hint={t('lead.memberIdHint')} value={memberId} onInput={setMemberId} error={action.error} />
        <Field label={t('lead.role')} name="role" value={role} onInput={setRole} options={['CO_LEAD', 'MEMBER'].map((v) => ({ value: v, label: label(v) }))} />
      </Form>
    </details>
  );
}

/** datetime-local's value for a moment: the browser's clock, in the region's wall time the API expects. */
function local(offsetMinutes: number): string {
  const d = new Date(Date.now() + offsetMinutes * 60000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function ScheduleActivity({ community }: { community: Community }) {
  const [form, setForm] = useState({
    kind: 'WORKSHOP',
    title: '',
    description: '',
    startsAt: local(60 * 24),
    endsAt: local(60 * 26),
    mode: 'IN_PERSON',
    venue: '',
    onlineUrl: '',
    capacity: '30',
    jp: '2',
    competencies: '',
  });
  const [publish, setPublish] = useState(true);
  const set = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });
  const action = useAction();
  return (
    <Section title={t('lead.schedule')}>
      <p class="muted">{t('lead.scheduleZone')}</p>
      <Form
        label={t('lead.schedule')}
        submit={t('lead.schedule')}
        busy={action.busy}
        error={action.error}
        onSubmit={() =>
          action.run(async () => {
            const activity = await post<{ id: string; version: number }>(`/communities/${community.id}/activities`, {
              kind: form.kind,
              title: form.title,
              description: form.description || undefined,
              startsAt: form.startsAt,
              endsAt: form.endsAt,
              mode: form.mode,
              venue: form.venue || undefined,
              onlineUrl: form.onlineUrl || undefined,
              capacity: Number(form.capacity),
              learningHoursJp: Number(form.jp),
              competencies: list(form.competencies),
              openToOtherCommunities: false,
            });
            if (publish) await post(`/activities/${activity.id}/publish`);
            go(`/activities/${activity.id}`);
          })
        }
      >
        <Field
          label={t('activity.kind')}
          name="kind"
          value={form.kind}
          onInput={set('kind')}
          options={['TRAINING', 'WORKSHOP', 'SHARING_SESSION', 'ROUTINE_MEETING', 'PEER_OBSERVATION', 'LESSON_STUDY', 'WEBINAR'].map((v) => ({ value: v, label: label(v) }))}
        />
        <Field label={t('problems.titleField')} name="title" required value={form.title} onInput={set('title')} error={action.error} />
        <Field label={t('problems.description')} name="description" multiline value={form.description} onInput={set('description')} error={action.error} />
        <Field label={t('lead.startsAt')} name="startsAt" type="datetime-local" required value={form.startsAt} onInput={set('startsAt')} error={action.error} />
        <Field label={t('lead.endsAt')} name="endsAt" type="datetime-local" required value={form.endsAt} onInput={set('endsAt')} error={action.error} />
        <Field label={t('activity.mode')} name="mode" value={form.mode} onInput={set('mode')} options={['IN_PERSON', 'ONLINE', 'HYBRID'].map((v) => ({ value: v, label: label(v) }))} />
        <Field label={t('lead.venue')} name="venue" value={form.venue} onInput={set('venue')} error={action.error} />
        <Field label={t('lead.onlineUrl')} name="onlineUrl" type="url" value={form.onlineUrl} onInput={set('onlineUrl')} error={action.error} />
        <Field label={t('lead.capacity')} name="capacity" type="number" min={1} required value={form.capacity} onInput={set('capacity')} error={action.error} />
        <Field label="JP" name="learningHoursJp" type="number" min={0} required hint={t('lead.jpHint')} value={form.jp} onInput={set('jp')} error={action.error} />
        <Field label={t('lead.competencies')} name="competencies" hint={t('form.commaList')} value={form.competencies} onInput={set('competencies')} error={action.error} />
        <label class="check">
          <input type="checkbox" name="publish" checked={publish} onChange={(e) => setPublish((e.target as HTMLInputElement).checked)} /> {t('lead.publishNow')}
        </label>
      </Form>
    </Section>
  );
}

function Moderation({ community }: { community: Community }) {
  const problems = useLoad(() => get<Page<Problem>>(`/communities/${community.id}/problems?sort=NEWEST&limit=30`), [community.id]);
  const action = useAction();
  const [reason, setReason] = useState('');
  const act = (p: Problem, what: string) => action.run(() => post(`/problems/${p.id}/${what}`, { reason })).then(problems.reload);
  return (
    <Section title={t('lead.moderation')}>
      <Field label={t('lead.reason')} name="reason" hint={t('lead.reasonHint')} value={reason} onInput={setReason} error={action.error} />
      <ErrorBox error={action.error} />
      <Async state={problems} empty={(p) => p.items.length === 0}>
        {(page) => (
          <ul class="cards">
            {page.items.map((p) => (
              <li key={p.id}>
                <a href={`#/problems/${p.id}`}>{p.title}</a>
                <div class="muted">
                  {label(p.status)}
                  {p.hidden && ' · ' + t('lead.hidden')}
                  {p.locked && ' · ' + t('problems.locked')}
                </div>
                <div class="actions">
                  {p.hidden ? (
                    <button type="button" class="small" disabled={action.busy} onClick={() => act(p, 'restore')}>
                      {t('lead.restore')}
                    </button>
                  ) : (
                    <button type="button" class="small secondary" disabled={action.busy} onClick={() => act(p, 'hide')}>
                      {t('lead.hide')}
                    </button>
                  )}
                  <button type="button" class="small secondary" disabled={action.busy} onClick={() => act(p, p.locked ? 'unlock' : 'lock')}>
                    {p.locked ? t('lead.unlock') : t('lead.lock')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </Section>
  );
}
