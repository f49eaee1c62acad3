import { LanguageSchema } from '@carehuddle/shared';
import { trusted } from 'mongoose';
import type { SessionRecord, SessionRepository, UserRecord, UserRepository } from '../port';
import { unique, type Models } from './models';

interface UserDoc { _id: string; email: string; name: string; kind: UserRecord['kind']; isAdmin: boolean; isSupervisor?: boolean; preferredLanguage?: string; passwordHash: string; createdAt: string; disabledAt?: string | null; workPhone?: string | null }

const toUser = (d: UserDoc): UserRecord => ({
  id: d._id, email: d.email, name: d.name, kind: d.kind, isAdmin: d.isAdmin, passwordHash: d.passwordHash, createdAt: d.createdAt,
  ...(d.disabledAt ? { disabledAt: d.disabledAt } : {}),
  ...(d.isSupervisor ? { isSupervisor: true } : {}),
  ...(d.workPhone ? { workPhone: d.workPhone } : {}),
  // Accounts stored before the field existed (or with a language the catalogs no longer have) read as English.
  preferredLanguage: LanguageSchema.catch('en').parse(d.preferredLanguage),
});

/** Users in MongoDB. */
export function mongoUsers(m: Models): UserRepository {
  return {
    async create(u) {
      await unique('user', () => m.users.create({ _id: u.id, email: u.email, emailKey: u.email.toLowerCase(), name: u.name, kind: u.kind, isAdmin: u.isAdmin, isSupervisor: u.isSupervisor ?? false, preferredLanguage: u.preferredLanguage ?? 'en', passwordHash: u.passwordHash, createdAt: u.createdAt, workPhone: u.workPhone ?? null }));
    },
    async findById(id) {
      const d = await m.users.findOne({ _id: id }).lean<UserDoc>();
      return d ? toUser(d) : null;
    },
    async findByEmail(email) {
      if (typeof email !== 'string') return null;
      const d = await m.users.findOne({ emailKey: email.toLowerCase() }).lean<UserDoc>();
      return d ? toUser(d) : null;
    },
    async findManyByIds(ids) {
      if (ids.length === 0) return [];
      return (await m.users.find({ _id: trusted({ $in: [...ids] }) }).lean<UserDoc[]>()).map(toUser);
    },
    async listStaff() {
      return (await m.users.find({ kind: 'staff' }).sort({ name: 1 }).lean<UserDoc[]>()).map(toUser);
    },
    async count() {
      return m.users.countDocuments();
    },
    async setPasswordHash(id, passwordHash) {
      await m.users.updateOne({ _id: id }, { $set: { passwordHash } });
    },
    async setDisabled(id, disabledAt) {
      return (await m.users.updateOne({ _id: id }, { $set: { disabledAt } })).matchedCount === 1;
    },
    async setSupervisor(id, isSupervisor) {
      return (await m.users.updateOne({ _id: id }, { $set: { isSupervisor } })).matchedCount === 1;
    },
    async setPreferredLanguage(id, preferredLanguage) {
      return (await m.users.updateOne({ _id: id }, { $set: { preferredLanguage } })).matchedCount === 1;
    },
    async setWorkPhone(id, workPhone) {
      return (await m.users.updateOne({ _id: id }, { $set: { workPhone } })).matchedCount === 1;
    },
  };
}

interface SessionDoc { _id: string; userId: string; createdAt: string; lastActiveAt: string; expiresAt: string }

/** Sessions in MongoDB. */
export function mongoSessions(m: Models): SessionRepository {
  return {
    async create(s: SessionRecord) {
      await m.sessions.create({ _id: s.id, userId: s.userId, createdAt: s.createdAt, lastActiveAt: s.lastActiveAt, expiresAt: s.expiresAt });
    },
    async findById(id) {
      const d = await m.sessions.findOne({ _id: id }).lean<SessionDoc>();
      return d ? { id: d._id, userId: d.userId, createdAt: d.createdAt, lastActiveAt: d.lastActiveAt, expiresAt: d.expiresAt } : null;
    },
    async touch(id, lastActiveAt) {
      await m.sessions.updateOne({ _id: id }, { $set: { lastActiveAt } });
    },
    async delete(id) {
      await m.sessions.deleteOne({ _id: id });
    },
    async deleteForUser(userId, keep) {
      const ids = (await m.sessions.find({ userId }, { _id: 1 }).lean<Array<{ _id: string }>>()).map((d) => d._id).filter((id) => id !== keep);
      if (ids.length > 0) await m.sessions.deleteMany({ _id: trusted({ $in: ids }) });
      return ids;
    },
  };
}
