import { CreateStaffUserInputSchema, StaffUserSchema } from '@carehuddle/shared';
import { z } from 'zod';
import type { Services } from '../../domain/services';
import { createStaffUser, listStaff } from '../../domain/staff/staffCommands';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The staff directory and staff account management. */
export function staffRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/staff', tag: 'staff', auth: 'session', summary: 'Staff directory (staff only).',
      response: z.object({ users: z.array(StaffUserSchema) }),
      async handle({ actor }) {
        return { users: await listStaff(services, actor) };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/admin/users', tag: 'staff', auth: 'session', status: 201,
      summary: 'Create a staff account (organization admins only).',
      body: CreateStaffUserInputSchema, response: StaffUserSchema,
      handle: ({ actor, body }) => createStaffUser(services, actor, body),
    }),
  ];
}
