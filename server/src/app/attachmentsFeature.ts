import { DEFAULT_ATTACHMENT_SETTINGS } from '../domain/attachments/attachmentSettings';
import { UploadRate } from '../domain/attachments/uploadRate';
import { attachmentRoutes } from '../http/routes/attachmentRoutes';
import type { Feature } from './feature';

/**
 * Attachments: their routes, with the limits from the environment
 * (`ATTACHMENT_MAX_MB`, `ATTACHMENTS_PER_TARGET`, `ATTACHMENT_UPLOADS_PER_HOUR`)
 * and the per-person upload budget, which lives as long as the server.
 */
export function attachmentsFeature(): Feature {
  return ({ services, tuning }) => {
    const settings = { ...DEFAULT_ATTACHMENT_SETTINGS, ...tuning.attachments };
    return { name: 'attachments', routes: attachmentRoutes(services, { settings, rate: new UploadRate(settings.uploadsPerHour, services.clock) }) };
  };
}
