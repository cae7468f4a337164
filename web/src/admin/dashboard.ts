// Reads the gateway's region dashboard into what the charts draw. Pure functions, unit-tested:
// the dashboard is "partial" when the gateway says so or any part is not "ok", and a chart whose
// part is unavailable is drawn as unavailable rather than as zeros.

export type Part = { status: 'ok'; data: Record<string, unknown> } | { status: 'unavailable' };
export type Dashboard = { regionId: string; partial: boolean; parts: Record<string, Part | undefined> };

export type Bar = { label: string; value: number };
export type MonthPoint = { month: string; activities: number; jp: number; attendees: number };
export type Adoption = { platform: string; shared: number; bookmarks: number; ratings: number };

export type DashboardView = {
  partial: boolean;
  unavailable: string[];
  problemsByCategory: Bar[] | null;
  activitiesByMonth: MonthPoint[] | null;
  adoption: Adoption[] | null;
  totals: { communities?: number; members?: number; problems?: number; solvedRate?: number; jp?: number };
};

export const PARTS = ['membership', 'learning', 'discussion'] as const;

function data(dashboard: Dashboard, name: string): Record<string, unknown> | null {
  const part = dashboard.parts?.[name];
  return part && part.status === 'ok' && part.data ? part.data : null;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : null);

export function view(dashboard: Dashboard): DashboardView {
  const unavailable = PARTS.filter((name) => data(dashboard, name) === null);
  const membership = data(dashboard, 'membership');
  const learning = data(dashboard, 'learning');
  const discussion = data(dashboard, 'discussion');

  const byCategory = obj(discussion?.byCategory);
  const problemsByCategory = discussion
    ? Object.entries(byCategory ?? {})
        .map(([label, value]) => ({ label, value: num(value) }))
        .sort((a, b) => b.value - a.value)
    : null;

  const activities = obj(learning?.activities);
  const activitiesByMonth = learning
    ? ((activities?.months as unknown[]) ?? []).map((m) => {
        const month = obj(m) ?? {};
        return { month: String(month.month ?? ''), activities: num(month.activitiesHeld), jp: num(month.jpCredited), attendees: num(month.attendees) };
      })
    : null;

  const platforms = obj(obj(learning?.resourceAdoption)?.platforms);
  const adoption = learning
    ? Object.entries(platforms ?? {}).map(([platform, value]) => {
        const v = obj(value) ?? {};
        return { platform, shared: num(v.resourcesShared), bookmarks: num(v.bookmarks), ratings: num(v.ratings) };
      })
    : null;

  const communities = obj(membership?.communities);
  const byStatus = obj(communities?.byStatus);
  return {
    partial: dashboard.partial === true || unavailable.length > 0,
    unavailable,
    problemsByCategory,
    activitiesByMonth,
    adoption,
    totals: {
      communities: membership ? num(byStatus?.ACTIVE) : undefined,
      members: membership ? num(obj(membership.members)?.distinct) : undefined,
      problems: discussion ? num(discussion.problems) : undefined,
      solvedRate: discussion ? num(discussion.solvedRate) : undefined,
      jp: learning ? num(activities?.jpCredited) : undefined,
    },
  };
}

/** Bar lengths in [0, width] for values, scaled to the largest (an all-zero set draws no bars). */
export function scale(values: number[], width: number): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 ? 0 : Math.round((Math.max(0, v) / max) * width)));
}
