import { useState } from 'preact/hooks';
import { claims, get, post, put, type Page } from '../api';
import { formatDate, label, t } from '../i18n';
import { CATEGORIES, isLeadOf, KINDS, LEVELS, PLATFORMS, type Activity, type Community, type OwnMembership, type Problem, type Profile, type Resource } from '../types';
import { Async, Check, ErrorBox, Field, Form, go, list, Section, useAction, useLoad } from '../ui';

export function CommunitiesScreen() {
  const me = useLoad(() => get<Profile>('/members/me'));
  const [region, setRegion] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const regionId = region ?? me.data?.regionId ?? '';
  const results = useLoad(
    () => (regionId ? get<Page<Community>>(`/communities?regionId=${encodeURIComponent(regionId)}${search ? '&q=' + encodeURIComponent(search) : ''}&limit=30`) : Promise.resolve({ items: [] })),
    [regionId, search],
  );
  const mine = useLoad(() => get<Page<OwnMembership>>('/memberships?limit=100'));
  const requested = useLoad(() => get<Page<OwnMembership>>('/memberships?status=REQUESTED&limit=100'));
  const join = useAction();
  const statusOf = (id: string) =>
    mine.data?.items.some((m) => m.communityId === id) ? 'ACTIVE' : requested.data?.items.some((m) => m.communityId === id) ? 'REQUESTED' : null;
  return (
    <>
      <h1>{t('communities.title')}</h1>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(q);
        }}
      >
        <Field label={t('auth.region')} name="regionId" value={regionId} onInput={setRegion} />
        <Field label={t('communities.keywords')} name="q" type="search" value={q} onInput={setQ} />
        <button type="submit">{t('action.search')}</button>
      </form>
      <ErrorBox error={join.error} />
      <Async state={results} empty={(p) => p.items.length === 0}>
        {(page) => (
          <ul class="cards">
            {page.items.map((c) => {
              const status = statusOf(c.id);
              return (
                <li key={c.id}>
                  <a href={`#/communities/${c.id}`}>{c.name}</a>
                  <div class="muted">
                    {label(c.type)} · {label(c.joinPolicy)} · {c.subjects.join(', ')}
                  </div>
                  {status ? (
                    <span class="badge">{label(status)}</span>
                  ) : (
                    <button
                      type="button"
                      disabled={join.busy}
                      onClick={() =>
                        join.run(() => post(`/communities/${c.id}/memberships`)).then(() => {
                          mine.reload();
                          requested.reload();
                        })
                      }
                    >
                      {c.joinPolicy === 'OPEN' ? t('communities.join') : t('communities.request')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Async>
    </>
  );
}

export function CommunityScreen({ id, tab }: { id: string; tab: string }) {
  const community = useLoad(() => get<Community>(`/communities/${id}`), [id]);
  const me = claims()?.sub;
  const tabs = ['activities', 'problems', 'resources'];
  return (
    <Async state={community}>
      {(c) => (
        <>
          <h1>{c.name}</h1>
          <p class="muted">
            {label(c.type)} · {label(c.status)} · {label(c.joinPolicy)}
          </p>
          {c.description && <p>{c.description}</p>}
          {isLeadOf(c, me) && (
            <p>
              <a class="button" href={`#/lead/communities/${c.id}`}>
                {t('lead.manage')}
              </a>
            </p>
          )}
          <nav class="tabs" aria-label={t('community.sections')}>
            {tabs.map((name) => (
              <a key={name} href={`#/communities/${id}/${name}`} aria-current={tab === name ? 'page' : undefined}>
                {t(`community.${name}` as 'community.activities')}
              </a>
            ))}
          </nav>
          {tab === 'problems' ? <Problems community={c} /> : tab === 'resources' ? <Resources community={c} /> : <Activities community={c} />}
        </>
      )}
    </Async>
  );
}

function Activities({ community }: { community: Community }) {
  const activities = useLoad(() => get<Page<Activity>>(`/communities/${community.id}/activities?when=UPCOMING&limit=30`), [community.id]);
  return (
    <Section title={t('community.activities')}>
      <Async state={activities} empty={(p) => p.items.length === 0}>
        {(page) => (
          <ul class="cards">
            {page.items.map((a) => (
              <li key={a.id}>
                <a href={`#/activities/${a.id}`}>{a.title}</a>
                <div class="muted">
                  {label(a.kind)} · {formatDate(a.startsAt)} · {a.learningHoursJp} JP · {label(a.status)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </Section>
  );
}

function Problems({ community }: { community: Community }) {
  const [q, setQ] = useState('');
  const [sort, setSort] = useState('NEWEST');
  const [search, setSearch] = useState({ q: '', sort: 'NEWEST' });
  const problems = useLoad(
    () => get<Page<Problem>>(`/communities/${community.id}/problems?sort=${search.sort}&limit=30${search.q ? '&q=' + encodeURIComponent(search.q) : ''}`),
    [community.id, search],
  );
  const [open, setOpen] = useState(false);
  return (
    <Section title={t('community.problems')}>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch({ q, sort });
        }}
      >
        <Field label={t('communities.keywords')} name="q" type="search" value={q} onInput={setQ} />
        <Field
          label={t('problems.sort')}
          name="sort"
          value={sort}
          onInput={setSort}
          options={['NEWEST', 'UNANSWERED', 'MOST_HELPFUL'].map((v) => ({ value: v, label: label(v) }))}
        />
        <button type="submit">{t('action.search')}</button>
      </form>
      <p>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('problems.post')}
        </button>
      </p>
      {open && <PostProblem community={community} />}
      <Async state={problems} empty={(p) => p.items.length === 0}>
        {(page) => (
          <ul class="cards">
            {page.items.map((p) => (
              <li key={p.id}>
                <a href={`#/problems/${p.id}`}>{p.title}</a>
                <div class="muted">
                  {label(p.category)} · {label(p.status)} · {t('problems.solutions', { count: p.solutionCount })}
                  {p.anonymous && ' · ' + t('problems.anonymous')}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </Section>
  );
}

function PostProblem({ community }: { community: Community }) {
  const [form, setForm] = useState({ title: '', description: '', category: 'STUDENT_MOTIVATION', subject: '', level: '', grade: '', tags: '' });
  const [anonymous, setAnonymous] = useState(false);
  const set = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });
  const action = useAction();
  return (
    <Form
      label={t('problems.post')}
      submit={t('problems.post')}
      busy={action.busy}
      error={action.error}
      onSubmit={() =>
        action.run(async () => {
          const problem = await post<Problem>(`/communities/${community.id}/problems`, {
            title: form.title,
            description: form.description,
            category: form.category,
            subject: form.subject || undefined,
            level: form.level || undefined,
            grade: form.grade ? Number(form.grade) : undefined,
            tags: list(form.tags),
            anonymous,
          });
          go(`/problems/${problem.id}`);
        })
      }
    >
      <Field label={t('problems.titleField')} name="title" required value={form.title} onInput={set('title')} error={action.error} />
      <Field label={t('problems.description')} name="description" required multiline value={form.description} onInput={set('description')} error={action.error} />
      <Field label={t('problems.category')} name="category" value={form.category} onInput={set('category')} options={CATEGORIES.map((v) => ({ value: v, label: label(v) }))} />
      <Field label={t('problems.subject')} name="subject" value={form.subject} onInput={set('subject')} error={action.error} />
      <Field
        label={t('auth.level')}
        name="level"
        value={form.level}
        onInput={set('level')}
        options={[{ value: '', label: '—' }, ...LEVELS.map((v) => ({ value: v, label: v }))]}
      />
      <Field label={t('problems.grade')} name="grade" type="number" min={1} max={12} value={form.grade} onInput={set('grade')} error={action.error} />
      <Field label={t('problems.tags')} name="tags" hint={t('form.commaList')} value={form.tags} onInput={set('tags')} error={action.error} />
      <Check name="anonymous" label={t('problems.postAnonymously')} checked={anonymous} onChange={setAnonymous} />
    </Form>
  );
}

function Resources({ community }: { community: Community }) {
  const resources = useLoad(() => get<Page<Resource>>(`/communities/${community.id}/resources?limit=30`), [community.id]);
  const bookmark = useAction();
  const [open, setOpen] = useState(false);
  return (
    <Section title={t('community.resources')}>
      <p>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('resources.share')}
        </button>
      </p>
      {open && <ShareResource community={community} done={() => { setOpen(false); resources.reload(); }} />}
      <ErrorBox error={bookmark.error} />
      <Async state={resources} empty={(p) => p.items.length === 0}>
        {(page) => (
          <ul class="cards">
            {page.items.map((r) => (
              <li key={r.id}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.title}
                </a>
                <div class="muted">
                  {label(r.platform)} · {label(r.kind)} · ★ {r.ratingAverage.toFixed(1)} ({r.ratingCount})
                </div>
                {r.steps.length > 0 && (
                  <ol>
                    {r.steps.map((s, i) => (
                      <li key={i}>{s}</li>
                    ))}
                  </ol>
                )}
                <button type="button" class="small" disabled={bookmark.busy} onClick={() => bookmark.run(() => put(`/communities/${community.id}/resources/${r.id}/bookmark`))}>
                  {t('resources.bookmark')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </Section>
  );
}

function ShareResource({ community, done }: { community: Community; done: () => void }) {
  const [form, setForm] = useState({ title: '', url: '', description: '', platform: 'PMM', kind: 'VIDEO', subjects: '', level: 'SMP', tags: '', steps: '' });
  const set = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });
  const action = useAction();
  return (
    <Form
      label={t('resources.share')}
      submit={t('resources.share')}
      busy={action.busy}
      error={action.error}
      onSubmit={() =>
        action
          .run(() =>
            post(`/communities/${community.id}/resources`, {
              title: form.title,
              url: form.url,
              description: form.description || undefined,
              platform: form.platform,
              kind: form.kind,
              subjects: list(form.subjects),
              levels: [form.level],
              tags: list(form.tags),
              steps: form.steps.split('\n').map((s) => s.trim()).filter(Boolean),
            }),
          )
          .then((ok) => ok && done())
      }
    >
      <Field label={t('problems.titleField')} name="title" required value={form.title} onInput={set('title')} error={action.error} />
      <Field label="URL" name="url" type="url" required value={form.url} onInput={set('url')} error={action.error} />
      <Field label={t('problems.description')} name="description" multiline value={form.description} onInput={set('description')} error={action.error} />
      <Field label={t('resources.platform')} name="platform" value={form.platform} onInput={set('platform')} options={PLATFORMS.map((v) => ({ value: v, label: label(v) }))} />
      <Field label={t('resources.kind')} name="kind" value={form.kind} onInput={set('kind')} options={KINDS.map((v) => ({ value: v, label: label(v) }))} />
      <Field label={t('auth.subjects')} name="subjects" hint={t('form.commaList')} value={form.subjects} onInput={set('subjects')} error={action.error} />
      <Field label={t('auth.level')} name="levels" value={form.level} onInput={set('level')} options={LEVELS.map((v) => ({ value: v, label: v }))} />
      <Field label={t('problems.tags')} name="tags" hint={t('form.commaList')} value={form.tags} onInput={set('tags')} error={action.error} />
      <Field label={t('resources.steps')} name="steps" multiline hint={t('resources.stepsHint')} value={form.steps} onInput={set('steps')} error={action.error} />
    </Form>
  );
}
