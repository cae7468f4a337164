import { describe, expect, it } from 'vitest';
import { scale, view } from './dashboard';

const membership = { status: 'ok' as const, data: { communities: { byStatus: { ACTIVE: 3, PROPOSED: 1 } }, members: { distinct: 12 } } };
const learning = {
  status: 'ok' as const,
  data: {
    activities: { jpCredited: 8, months: [{ month: '2026-10', activitiesHeld: 2, attendees: 5, jpCredited: 8 }] },
    resourceAdoption: { platforms: { PMM: { resourcesShared: 4, bookmarks: 2, ratings: 1 } } },
  },
};
const discussion = { status: 'ok' as const, data: { problems: 5, solvedRate: 0.4, byCategory: { LEARNING_MEDIA: 1, STUDENT_MOTIVATION: 4 } } };

describe('the region dashboard view', () => {
  it('is complete when every part answered', () => {
    const v = view({ regionId: 'r', partial: false, parts: { membership, learning, discussion } });
    expect(v.partial).toBe(false);
    expect(v.unavailable).toEqual([]);
    expect(v.problemsByCategory).toEqual([
      { label: 'STUDENT_MOTIVATION', value: 4 },
      { label: 'LEARNING_MEDIA', value: 1 },
    ]);
    expect(v.activitiesByMonth).toEqual([{ month: '2026-10', activities: 2, jp: 8, attendees: 5 }]);
    expect(v.adoption).toEqual([{ platform: 'PMM', shared: 4, bookmarks: 2, ratings: 1 }]);
    expect(v.totals).toEqual({ communities: 3, members: 12, problems: 5, solvedRate: 0.4, jp: 8 });
  });

  it('is partial, and names the part, when a service is unavailable', () => {
    const v = view({ regionId: 'r', partial: true, parts: { membership, learning, discussion: { status: 'unavailable' } } });
    expect(v.partial).toBe(true);
    expect(v.unavailable).toEqual(['discussion']);
    expect(v.problemsByCategory).toBeNull();
    expect(v.totals.problems).toBeUndefined();
    expect(v.activitiesByMonth).not.toBeNull();
  });

  it('is partial when a part is missing even if the flag says otherwise', () => {
    const v = view({ regionId: 'r', partial: false, parts: { membership, discussion } });
    expect(v.partial).toBe(true);
    expect(v.unavailable).toEqual(['learning']);
    expect(v.activitiesByMonth).toBeNull();
    expect(v.adoption).toBeNull();
  });

  it('draws an answered part without data as empty, not unavailable', () => {
    const v = view({ regionId: 'r', partial: false, parts: { membership, learning: { status: 'ok', data: {} }, discussion: { status: 'ok', data: {} } } });
    expect(v.partial).toBe(false);
    expect(v.problemsByCategory).toEqual([]);
    expect(v.activitiesByMonth).toEqual([]);
  });
});

describe('bar scaling', () => {
  it('scales to the largest value', () => expect(scale([1, 2, 4], 100)).toEqual([25, 50, 100]));
  it('draws nothing for all zeros', () => expect(scale([0, 0], 100)).toEqual([0, 0]));
  it('treats negative values as zero', () => expect(scale([-1, 2], 10)).toEqual([0, 10]));
});
