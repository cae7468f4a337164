import { get, type Page } from '../api';
import { formatDate, label, t } from '../i18n';
import type { OwnMembership, Registration } from '../types';
import { Async, Section, useLoad } from '../ui';

export function HomeScreen() {
  const memberships = useLoad(() => get<Page<OwnMembership>>('/memberships?limit=50'));
  const upcoming = useLoad(() => get<Page<Registration>>('/activities/schedule?when=UPCOMING&limit=20'));
  return (
    <>
      <h1>{t('home.title')}</h1>
      <Section title={t('home.upcoming')}>
        <Async state={upcoming} empty={(p) => p.items.length === 0}>
          {(page) => (
            <ul class="cards">
              {page.items.map((r) => (
                <li key={r.id}>
                  <a href={`#/activities/${r.activityId}`}>{r.title}</a>
                  <div class="muted">
                    {formatDate(r.startsAt)} · {label(r.status)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Async>
      </Section>
      <Section title={t('home.communities')}>
        <Async state={memberships} empty={(p) => p.items.length === 0}>
          {(page) => (
            <ul class="cards">
              {page.items.map((m) => (
                <li key={m.communityId}>
                  <a href={`#/communities/${m.communityId}`}>{m.communityName}</a>
                  <div class="muted">
                    {label(m.role)} · {label(m.communityStatus)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Async>
        <p>
          <a href="#/communities">{t('home.find')}</a> · <a href="#/lead/propose">{t('lead.propose')}</a>
        </p>
      </Section>
    </>
  );
}
