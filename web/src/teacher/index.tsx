// The teacher's area: everything a member of a community does.
import type { Route } from '../main';
import { ActivityScreen } from './activity';
import { CommunitiesScreen, CommunityScreen } from './community';
import { HomeScreen } from './home';
import { NotificationsScreen, ProfileScreen, RecordScreen } from './me';
import { ProblemScreen, TrialScreen } from './problem';

export default function Teacher({ route }: { route: Route }) {
  const [first, id] = route.parts;
  switch (first) {
    case 'communities':
      return id ? <CommunityScreen id={id} tab={route.parts[2] ?? 'activities'} /> : <CommunitiesScreen />;
    case 'activities':
      return <ActivityScreen id={id} />;
    case 'problems':
      return <ProblemScreen id={id} />;
    case 'trials':
      return <TrialScreen id={id} />;
    case 'record':
      return <RecordScreen />;
    case 'notifications':
      return <NotificationsScreen />;
    case 'profile':
      return <ProfileScreen />;
    default:
      return <HomeScreen />;
  }
}
