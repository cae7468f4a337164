import { useState } from 'preact/hooks';
import { ApiError, get, post, type Page } from '../api';
import { formatDate, label, t } from '../i18n';
import type { Problem, Solution, Trial } from '../types';
import { Async, ErrorBox, Field, Form, go, Section, useAction, useLoad } from '../ui';

type Recommendations = {
  resources: { id: string; title: string; url: string; platform: string }[];
  activities: { id: string; title: string; startsAt: string }[];
};

export function ProblemScreen({ id }: { id: string }) {
  const problem = useLoad(() => get<Problem>(`/problems/${id}`), [id]);
  const solutions = useLoad(() => get<Page<Solution>>(`/problems/${id}/solutions?limit=50`), [id]);
  const reload = () => {
    problem.reload();
    solutions.reload();
  };
  return (
    <Async state={problem}>
      {(p) => (
        <>
          <h1>{p.title}</h1>
          <p class="muted">
            {label(p.category)} · <span data-testid="problem-status">{label(p.status)}</span> · {formatDate(p.postedAt)}
            {p.anonymous && ' · ' + t('problems.anonymous')}
            {p.mine && ' · ' + t('problems.mine')}
            {p.locked && ' · ' + t('problems.locked')}
          </p>
          <p class="pre">{p.description}</p>
          <Appreciate path={`/problems/${p.id}/appreciations`} hidden={p.mine} />
          <Section title={t('solutions.title')}>
            <Async state={solutions} empty={(s) => s.items.length === 0}>
              {(page) => (
                <ul class="cards">
                  {page.items.map((s) => (
                    <SolutionCard key={s.id} problem={p} solution={s} changed={reload} />
                  ))}
                </ul>
              )}
            </Async>
          </Section>
          {!p.locked && p.status !== 'CLOSED' && <ProposeSolution problem={p} done={solutions.reload} />}
          <RecommendationList id={p.id} />
        </>
      )}
    </Async>
  );
}

function SolutionCard({ problem, solution: s, changed }: { problem: Problem; solution: Solution; changed: () => void }) {
  const action = useAction();
  const [due, setDue] = useState(() => new Date(Date.now() + 7 * 864e5).toISOString().slice(0, 10));
  const [committing, setCommitting] = useState(false);
  const outcomes = Object.entries(s.outcomes ?? {}).filter(([, n]) => n > 0);
  return (
    <li data-testid="solution">
      <p>
        <strong>{s.summary}</strong> {s.accepted && <span class="badge ok">{t('solutions.accepted')}</span>}
      </p>
      {s.steps.length > 0 && (
        <ol>
          {s.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      )}
      {s.resources.map((r) => (
        <p key={r.url}>
          <a href={r.url} target="_blank" rel="noopener noreferrer">
            {r.title}
          </a>
        </p>
      ))}
      <p class="muted">
        {t('solutions.helpful', { count: s.helpfulVotes })}
        {outcomes.length > 0 && ' · ' + outcomes.map(([o, n]) => `${label(o)}: ${n}`).join(', ')}
      </p>
      <ErrorBox error={action.error} />
      <div class="actions">
        {!s.mine && (
          <button type="button" class="small" aria-pressed={s.helpfulToMe} disabled={action.busy} onClick={() => action.run(() => post(`/solutions/${s.id}/votes`)).then(changed)}>
            {s.helpfulToMe ? t('solutions.unvote') : t('solutions.vote')}
          </button>
        )}
        {!s.accepted && problem.mine && problem.status === 'OPEN' && (
          <button type="button" class="small" disabled={action.busy} onClick={() => action.run(() => post(`/solutions/${s.id}/accept`)).then(changed)}>
            {t('solutions.accept')}
          </button>
        )}
        <button type="button" class="small" aria-expanded={committing} onClick={() => setCommitting(!committing)}>
          {t('trials.commit')}
        </button>
      </div>
      {committing && (
        <Form
          label={t('trials.commit')}
          submit={t('trials.commit')}
          busy={action.busy}
          error={undefined}
          onSubmit={() =>
            action.run(async () => {
              const trial = await post<Trial>(`/solutions/${s.id}/trials`, { dueOn: due });
              go(`/trials/${trial.id}`);
            })
          }
        >
          <Field label={t('trials.dueOn')} name="dueOn" type="date" required value={due} onInput={setDue} error={action.error} />
        </Form>
      )}
      <Appreciate path={`/solutions/${s.id}/appreciations`} hidden={s.mine} />
    </li>
  );
}

function ProposeSolution({ problem, done }: { problem: Problem; done: () => void }) {
  const [summary, setSummary] = useState('');
  const [steps, setSteps] = useState('');
  const [link, setLink] = useState('');
  const action = useAction();
  return (
    <Section title={t('solutions.propose')}>
      <Form
        label={t('solutions.propose')}
        submit={t('solutions.propose')}
        busy={action.busy}
        error={action.error}
        onSubmit={() =>
          action
            .run(() =>
              post(`/problems/${problem.id}/solutions`, {
                summary,
                steps: steps.split('\n').map((s) => s.trim()).filter(Boolean),
                resources: link ? [{ title: link, url: link }] : [],
              }),
            )
            .then((ok) => {
              if (ok) {
                setSummary('');
                setSteps('');
                setLink('');
                done();
              }
            })
        }
      >
        <Field label={t('solutions.summary')} name="summary" required value={summary} onInput={setSummary} error={action.error} />
        <Field label={t('resources.steps')} name="steps" multiline hint={t('resources.stepsHint')} value={steps} onInput={setSteps} error={action.error} />
        <Field label={t('solutions.link')} name="resources" type="url" value={link} onInput={setLink} error={action.error} />
      </Form>
    </Section>
  );
}

/** "Terima kasih": a short appreciation, once per item and member. */
function Appreciate({ path, hidden }: { path: string; hidden: boolean }) {
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const action = useAction();
  if (hidden) return null;
  if (sent) return <p class="badge ok">{t('appreciation.sent')}</p>;
  return (
    <details>
      <summary>{t('appreciation.give')}</summary>
      <Form
        label={t('appreciation.give')}
        submit={t('appreciation.send')}
        busy={action.busy}
        error={action.error}
        onSubmit={() => action.run(() => post(path, { message })).then((ok) => ok && setSent(true))}
      >
        <Field label={t('appreciation.message')} name="message" required value={message} onInput={setMessage} error={action.error} />
      </Form>
    </details>
  );
}

function RecommendationList({ id }: { id: string }) {
  const recommendations = useLoad(
    () =>
      get<Recommendations>(`/problems/${id}/recommendations`).catch((e) => {
        if (e instanceof ApiError && e.status === 404) return null; // none found yet
        throw e;
      }),
    [id],
  );
  if (!recommendations.data || (recommendations.data.resources.length === 0 && recommendations.data.activities.length === 0)) return null;
  const r = recommendations.data;
  return (
    <Section title={t('recommendations.title')}>
      <ul>
        {r.resources.map((res) => (
          <li key={res.id}>
            <a href={res.url} target="_blank" rel="noopener noreferrer">
              {res.title}
            </a>{' '}
            <span class="muted">{label(res.platform)}</span>
          </li>
        ))}
        {r.activities.map((a) => (
          <li key={a.id}>
            <a href={`#/activities/${a.id}`}>{a.title}</a> <span class="muted">{formatDate(a.startsAt)}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function TrialScreen({ id }: { id: string }) {
  const trial = useLoad(() => get<Trial>(`/trials/${id}`), [id]);
  const [outcome, setOutcome] = useState('WORKED');
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  const action = useAction();
  return (
    <Async state={trial}>
      {(tr) => (
        <>
          <h1>{t('trials.title')}</h1>
          <p>
            <a href={`#/problems/${tr.problemId}`}>{t('trials.problem')}</a>
          </p>
          <p>
            {t('trials.dueOn')}: {formatDate(tr.dueOn, false)}
          </p>
          {tr.outcome ? (
            <>
              <p data-testid="trial-outcome">
                {t('trials.outcome')}: <strong>{label(tr.outcome)}</strong>
              </p>
              {tr.note && <p class="pre">{tr.note}</p>}
              {tr.evidenceUrl && <a href={tr.evidenceUrl}>{tr.evidenceUrl}</a>}
              <Appreciate path={`/trials/${tr.id}/appreciations`} hidden={tr.mine} />
            </>
          ) : tr.mine ? (
            <Form
              label={t('trials.report')}
              submit={t('trials.report')}
              busy={action.busy}
              error={action.error}
              onSubmit={() =>
                action.run(() => post(`/trials/${tr.id}/outcome`, { outcome, note, evidenceUrl: evidence || undefined }, tr.version)).then((ok) => ok && trial.reload())
              }
            >
              <Field
                label={t('trials.outcome')}
                name="outcome"
                value={outcome}
                onInput={setOutcome}
                options={['WORKED', 'PARTLY', 'DID_NOT_WORK'].map((v) => ({ value: v, label: label(v) }))}
              />
              <Field label={t('trials.note')} name="note" required multiline value={note} onInput={setNote} error={action.error} />
              <Field label={t('trials.evidence')} name="evidenceUrl" type="url" value={evidence} onInput={setEvidence} error={action.error} />
            </Form>
          ) : (
            <p class="empty">{t('trials.pending')}</p>
          )}
        </>
      )}
    </Async>
  );
}
