// The region admin's area: verifying proposed communities, and the region dashboard as SVG charts.
import { useState } from 'preact/hooks';
import { claims, get, post, type Page } from '../api';
import { label, t } from '../i18n';
import type { Route } from '../main';
import type { Community } from '../types';
import { Async, ErrorBox, Field, Form, Section, useAction, useLoad } from '../ui';
import { scale, view, type Bar, type Dashboard, type MonthPoint } from './dashboard';

export default function Admin({ route }: { route: Route }) {
  const regions = claims()?.adminRegions ?? [];
  const [chosen, setChosen] = useState(route.parts[1] ?? regions[0] ?? '');
  const [region, setRegion] = useState(chosen);
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setRegion(chosen.trim());
        }}
      >
        {regions.length > 1 ? (
          <Field label={t('auth.region')} name="region" value={chosen} onInput={(v) => (setChosen(v), setRegion(v))} options={regions.map((r) => ({ value: r, label: r }))} />
        ) : (
          <Field label={t('auth.region')} name="region" required value={chosen} onInput={setChosen} />
        )}
        {regions.length <= 1 && <button type="submit">{t('action.show')}</button>}
      </form>
      {region && <Verification regionId={region} />}
      {region && <RegionDashboard regionId={region} />}
    </>
  );
}

function Verification({ regionId }: { regionId: string }) {
  const proposed = useLoad(() => get<Page<Community>>(`/communities?regionId=${encodeURIComponent(regionId)}&status=PROPOSED&limit=50`), [regionId]);
  const action = useAction();
  const [reason, setReason] = useState('');
  return (
    <Section title={t('admin.verify')}>
      <ErrorBox error={action.error} />
      <Async state={proposed} empty={(p) => p.items.length === 0}>
        {(page) => (
          <ul class="cards">
            {page.items.map((c) => (
              <li key={c.id} data-testid="proposed-community">
                <strong>{c.name}</strong>
                <div class="muted">
                  {label(c.type)} · {t('admin.coLeads', { count: c.coLeadIds.length })}
                </div>
                {c.description && <p>{c.description}</p>}
                <div class="actions">
                  <button type="button" disabled={action.busy} onClick={() => action.run(() => post(`/communities/${c.id}/verify`, undefined, c.version)).then(proposed.reload)}>
                    {t('admin.verifyOne')}
                  </button>
                </div>
                <details>
                  <summary>{t('admin.reject')}</summary>
                  <Form
                    label={t('admin.reject')}
                    submit={t('admin.reject')}
                    busy={action.busy}
                    error={undefined}
                    onSubmit={() => action.run(() => post(`/communities/${c.id}/reject`, { reason }, c.version)).then(proposed.reload)}
                  >
                    <Field label={t('lead.reason')} name="reason" required value={reason} onInput={setReason} error={action.error} />
                  </Form>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </Section>
  );
}

function RegionDashboard({ regionId }: { regionId: string }) {
  const dashboard = useLoad(() => get<Dashboard>(`/regions/${encodeURIComponent(regionId)}/dashboard`), [regionId]);
  return (
    <Section title={t('admin.dashboard')}>
      <button type="button" class="secondary small" onClick={dashboard.reload}>
        {t('action.refresh')}
      </button>
      <Async state={dashboard}>
        {(d) => {
          const v = view(d);
          return (
            <>
              {v.partial && (
                <p class="note" role="status" data-testid="dashboard-partial">
                  {t('admin.partial', { parts: v.unavailable.map((p) => t(`admin.part.${p}` as 'admin.part.learning')).join(', ') })}
                </p>
              )}
              <ul class="stats">
                {v.totals.communities !== undefined && (
                  <li>
                    <strong>{v.totals.communities}</strong> {t('admin.activeCommunities')}
                  </li>
                )}
                {v.totals.members !== undefined && (
                  <li>
                    <strong>{v.totals.members}</strong> {t('admin.members')}
                  </li>
                )}
                {v.totals.problems !== undefined && (
                  <li>
                    <strong>{v.totals.problems}</strong> {t('admin.problems')} ({Math.round((v.totals.solvedRate ?? 0) * 100)}% {t('admin.solved')})
                  </li>
                )}
                {v.totals.jp !== undefined && (
                  <li>
                    <strong>{v.totals.jp}</strong> {t('admin.jpCredited')}
                  </li>
                )}
              </ul>
              <Chart title={t('admin.chart.categories')} unavailable={v.problemsByCategory === null}>
                {v.problemsByCategory && <Bars bars={v.problemsByCategory.map((b) => ({ label: label(b.label), value: b.value }))} />}
              </Chart>
              <Chart title={t('admin.chart.activities')} unavailable={v.activitiesByMonth === null}>
                {v.activitiesByMonth && <Months points={v.activitiesByMonth} />}
              </Chart>
              <Chart title={t('admin.chart.adoption')} unavailable={v.adoption === null}>
                {v.adoption && (
                  <Bars
                    bars={v.adoption.map((a) => ({ label: label(a.platform), value: a.shared + a.bookmarks }))}
                    note={t('admin.adoptionNote')}
                  />
                )}
              </Chart>
            </>
          );
        }}
      </Async>
    </Section>
  );
}

function Chart({ title, unavailable, children }: { title: string; unavailable: boolean; children: preact.ComponentChildren }) {
  return (
    <figure class="chart" data-testid="chart">
      <figcaption>{title}</figcaption>
      {unavailable ? (
        <p class="note" data-testid="chart-unavailable">
          {t('admin.unavailable')}
        </p>
      ) : (
        children
      )}
    </figure>
  );
}

const W = 320;

/** Horizontal bars: one row per label, scaled to the largest value. */
function Bars({ bars, note }: { bars: Bar[]; note?: string }) {
  if (bars.length === 0) return <p class="empty">{t('state.empty')}</p>;
  const lengths = scale(
    bars.map((b) => b.value),
    150,
  );
  const row = 26;
  return (
    <>
      <svg viewBox={`0 0 ${W} ${bars.length * row}`} role="img" aria-label={bars.map((b) => `${b.label}: ${b.value}`).join('; ')}>
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0 ${i * row})`}>
            <text x="0" y="17" class="axis">
              {b.label.length > 22 ? b.label.slice(0, 21) + '…' : b.label}
            </text>
            <rect x="140" y="5" width={lengths[i]} height="16" rx="2" class="bar" />
            <text x={144 + lengths[i]} y="18" class="value">
              {b.value}
            </text>
          </g>
        ))}
      </svg>
      {note && <p class="muted small">{note}</p>}
    </>
  );
}

/** Activities held and JP credited per month, side by side, on one scale each. */
function Months({ points }: { points: MonthPoint[] }) {
  if (points.length === 0) return <p class="empty">{t('state.empty')}</p>;
  const height = 120;
  const activities = scale(
    points.map((p) => p.activities),
    height,
  );
  const jp = scale(
    points.map((p) => p.jp),
    height,
  );
  const slot = Math.min(60, (W - 20) / points.length);
  return (
    <>
      <svg viewBox={`0 0 ${W} ${height + 40}`} role="img" aria-label={points.map((p) => `${p.month}: ${p.activities} ${t('admin.activities')}, ${p.jp} JP`).join('; ')}>
        {points.map((p, i) => (
          <g key={p.month} transform={`translate(${10 + i * slot} 0)`}>
            <rect x="2" y={height - activities[i] + 10} width={slot / 2 - 4} height={activities[i]} class="bar" />
            <rect x={slot / 2} y={height - jp[i] + 10} width={slot / 2 - 4} height={jp[i]} class="bar alt" />
            <text x={slot / 2} y={height + 26} class="axis" text-anchor="middle">
              {p.month.slice(2)}
            </text>
            <text x={slot / 4} y={height - activities[i] + 6} class="value" text-anchor="middle">
              {p.activities}
            </text>
            <text x={(3 * slot) / 4} y={height - jp[i] + 6} class="value" text-anchor="middle">
              {p.jp}
            </text>
          </g>
        ))}
      </svg>
      <p class="legend">
        <span class="key" /> {t('admin.activities')} <span class="key alt" /> JP
      </p>
    </>
  );
}
