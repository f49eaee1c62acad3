import { z } from 'zod';
import { IdSchema, InstantSchema } from './ids';
import { AuthorRoleSchema } from './roles';
import { PLAN_AUDIENCES } from '../realtime/documents';

/** Path parameters naming one plan document of a patient. */
export const PlanDocumentParamsSchema = z.strictObject({
  /** Opaque patient id. */
  patientId: IdSchema,
  /** Which audience's document. */
  audience: z.enum(PLAN_AUDIENCES),
});
export type PlanDocumentParams = z.infer<typeof PlanDocumentParamsSchema>;

/** Who last changed one plan item, as the server recorded it from the session. */
export const ItemAttributionSchema = z.object({
  /** `section/itemId`, or `section` for section-level fields. */
  itemKey: z.string(),
  /** The editor's user id. */
  userId: IdSchema,
  /** The editor's display name. */
  name: z.string(),
  /** The editor's badge: role on the team, or former staff/family. */
  role: AuthorRoleSchema,
  /** When the change was stored. */
  at: InstantSchema,
});
export type ItemAttribution = z.infer<typeof ItemAttributionSchema>;

/** Response of the attribution route. */
export const PlanAttributionSchema = z.object({
  /** One entry per changed item. */
  items: z.array(ItemAttributionSchema),
});
export type PlanAttribution = z.infer<typeof PlanAttributionSchema>;

