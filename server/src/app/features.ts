import { collabFeature } from '../realtime/collab/collabFeature';
import { socketFeature } from '../realtime/socket/socketFeature';
import type { Feature } from './feature';
import { rosterImportFeature } from './rosterImportFeature';
import { attachmentsFeature } from './attachmentsFeature';
import { searchFeature } from './searchFeature';
import { notificationsFeature } from './notificationsFeature';

/**
 * The feature modules a server starts, in order; each joins the route list
 * (and so OpenAPI and the authorization matrix) and the shutdown sequence.
 */
export const FEATURES: readonly Feature[] = [
  collabFeature(),
  socketFeature(),
  rosterImportFeature(),
  attachmentsFeature(),
  searchFeature(),
  notificationsFeature(),
];
