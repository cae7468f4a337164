// The API's shapes as this client reads them (see each service's /v3/api-docs).
export type Community = {
  id: string;
  regionId: string;
  type: string;
  status: string;
  name: string;
  description?: string;
  subjects: string[];
  levels: string[];
  joinPolicy: string;
  leadId: string;
  coLeadIds: string[];
  version: number;
};
export type OwnMembership = {
  communityId: string;
  communityName: string;
  communityType: string;
  communityStatus: string;
  regionId: string;
  role: string;
  status: string;
  since: string;
};
export type Membership = { communityId: string; memberId: string; role: string; status: string; since: string; version: number };
export type Activity = {
  id: string;
  communityId: string;
  regionId: string;
  kind: string;
  title: string;
  description?: string;
  startsAt: string;
  endsAt: string;
  mode: string;
  venue?: string;
  onlineUrl?: string;
  capacity: number;
  learningHoursJp: number;
  competencies: string[];
  status: string;
  version: number;
};
export type Registration = {
  id: string;
  activityId: string;
  communityId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: string;
  position?: number;
  attendedAt?: string;
  credited: boolean;
  certificateCode?: string;
};
export type Problem = {
  id: string;
  communityId: string;
  authorId?: string;
  anonymous: boolean;
  mine: boolean;
  title: string;
  description: string;
  category: string;
  subject?: string;
  level?: string;
  grade?: number;
  tags: string[];
  status: string;
  locked: boolean;
  hidden: boolean;
  acceptedSolutionId?: string;
  solutionCount: number;
  postedAt: string;
  version: number;
};
export type Solution = {
  id: string;
  problemId: string;
  authorId: string;
  mine: boolean;
  summary: string;
  steps: string[];
  resources: { title: string; url: string }[];
  accepted: boolean;
  helpfulVotes: number;
  helpfulToMe: boolean;
  outcomes: Record<string, number>;
  hidden: boolean;
  postedAt: string;
  version: number;
};
export type Trial = {
  id: string;
  solutionId: string;
  problemId: string;
  mine: boolean;
  dueOn: string;
  outcome?: string;
  note?: string;
  evidenceUrl?: string;
  reportedAt?: string;
  version: number;
};
export type Resource = {
  id: string;
  title: string;
  description?: string;
  url: string;
  platform: string;
  kind: string;
  tags: string[];
  steps: string[];
  ratingAverage: number;
  ratingCount: number;
  sharedBy: string;
};
export type Profile = { id: string; email: string; name: string; regionId: string; school?: string; roles: string[]; adminRegions: string[] };

export const CATEGORIES = ['STUDENT_MOTIVATION', 'LEARNING_MEDIA', 'MONOTONOUS_LESSONS', 'ASSESSMENT_ACCURACY', 'CLASSROOM_MANAGEMENT', 'DIGITAL_LITERACY', 'OTHER'];
export const LEVELS = ['PAUD', 'SD', 'SMP', 'SMA', 'SMK', 'SLB'];
export const PLATFORMS = ['PMM', 'RUMAH_BELAJAR', 'IPUSNAS', 'YOUTUBE', 'OTHER'];
export const KINDS = ['VIDEO', 'EBOOK', 'MODULE', 'ARTICLE', 'COURSE', 'LESSON_PLAN', 'WORKSHEET', 'HOW_TO_GUIDE', 'OTHER'];
export const NOTIFICATION_TYPES = [
  'JOIN_REQUESTED', 'MEMBERSHIP_ACCEPTED', 'MEMBERSHIP_DECLINED', 'INVITED_TO_COMMUNITY', 'COMMUNITY_VERIFIED', 'COMMUNITY_REJECTED',
  'ACTIVITY_TOMORROW', 'ACTIVITY_CANCELLED', 'REGISTRATION_CONFIRMED', 'WAITLIST_PROMOTED', 'REGISTRATION_WAITLISTED', 'CERTIFICATE_ISSUED',
  'NEW_SOLUTION', 'SOLUTION_ACCEPTED', 'TRIAL_FOLLOW_UP_DUE', 'APPRECIATION_RECEIVED', 'RECOMMENDATIONS_READY', 'FOLLOWED_PROBLEM_CHANGED', 'DIGEST',
];

export const isLeadOf = (community: Community, memberId: string | undefined) =>
  !!memberId && (community.leadId === memberId || community.coLeadIds.includes(memberId));
