import { CreateStaffUserInputSchema, IdSchema, StaffUserSchema, UpdateAccountInputSchema, WorkPhoneInputSchema } from '@carehuddle/shared';
import { z } from 'zod';
import type { SessionManager } from '../../domain/auth/sessions';
import type { Services } from '../../domain/services';
import { updateAccount } from '../../domain/staff/accountStatus';
import { createStaffUser, listStaff } from '../../domain/staff/staffCommands';
import { readOwnWorkPhone, setOwnWorkPhone } from '../../domain/staff/workPhone';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The staff directory, staff account management and a staff member's own work phone. */
export function staffRoutes(services: Services, sessions: SessionManager): AnyRoute[] {
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
    defineRoute({
      method: 'patch', path: '/api/admin/users/:userId', tag: 'staff', auth: 'session',
      summary: 'Disable or re-enable an account, make it a supervisor, or set a staff work phone (organization admins only); disabling ends its sessions.',
      params: z.strictObject({ userId: IdSchema }), body: UpdateAccountInputSchema, response: StaffUserSchema,
      handle: ({ actor, params, body }) => updateAccount(services, sessions, actor, params.userId, body),
    }),
    defineRoute({
      method: 'get', path: '/api/account/work-phone', tag: 'staff', auth: 'session',
      summary: 'The signed-in staff member\'s work phone (staff only).', response: WorkPhoneInputSchema,
      handle: ({ actor }) => readOwnWorkPhone(services, actor),
    }),
    defineRoute({
      method: 'put', path: '/api/account/work-phone', tag: 'staff', auth: 'session',
      summary: 'Set or clear (null) the signed-in staff member\'s work phone, which the family sees for their care coordinator (staff only).',
      body: WorkPhoneInputSchema, response: WorkPhoneInputSchema,
      handle: ({ actor, body }) => setOwnWorkPhone(services, actor, body),
    }),
  ];
}
