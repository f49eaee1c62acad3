import type { ApiClientRecord, ApiClientRepository } from '../port';
import { unique, type Models } from './models';

interface ApiClientDoc extends Omit<ApiClientRecord, 'id'> { _id: string }
const toClient = ({ _id, ...d }: ApiClientDoc): ApiClientRecord => ({
  id: _id, name: d.name, scopes: [...d.scopes], patientId: d.patientId ?? null, tokenHash: d.tokenHash, createdBy: d.createdBy,
  createdAt: d.createdAt, expiresAt: d.expiresAt, revokedAt: d.revokedAt ?? null, revokedBy: d.revokedBy ?? null,
});

/** FHIR API clients in MongoDB; revoking is a conditional update, so it is reported once. */
export function mongoApiClients(m: Models): ApiClientRepository {
  return {
    async create(c) {
      const { id, ...rest } = c;
      await unique('API client', () => m.apiClients.create({ _id: id, ...rest }));
    },
    async findByTokenHash(tokenHash) {
      const d = await m.apiClients.findOne({ tokenHash }).lean<ApiClientDoc>();
      return d ? toClient(d) : null;
    },
    async list() {
      return (await m.apiClients.find({}).sort({ createdAt: -1, _id: 1 }).lean<ApiClientDoc[]>()).map(toClient);
    },
    async revoke(id, revokedBy, at) {
      return (await m.apiClients.updateOne({ _id: id, revokedAt: null }, { $set: { revokedAt: at, revokedBy } })).modifiedCount === 1;
    },
  };
}
