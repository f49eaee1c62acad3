import { signedIn, type ApiClient } from '../../support/http';
import type { BenchServer } from './processes';
import type { ToGenerator } from './loadGenerator';

/** Rooms × clients of the measurement. */
export const ROOMS = 200;
export const CLIENTS_PER_ROOM = 5;

/** Enrolls patients through the API as the demo coordinator; two plan documents each make the rooms. */
export async function careHuddleRooms(server: BenchServer, rooms: number): Promise<{ coordinator: ApiClient; rooms: string[] }> {
  const coordinator = await signedIn(server.url, 'coordinator');
  const names: string[] = [];
  for (let i = 0; names.length < rooms; i += 1) {
    const res = await coordinator.post('/api/patients', { name: `Bench Patient ${i}`, dateOfBirth: '1950-01-01', memberNumber: `BENCH-${i}`, enrollmentDate: '2026-11-01' });
    if (res.status !== 201) throw new Error(`enrolling a benchmark patient failed: ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    names.push(`plan:${id}:shared`, `plan:${id}:clinical`);
  }
  return { coordinator, rooms: names.slice(0, rooms) };
}

/** How the load generator reaches each kind of server. */
export async function connectRequest(servers: BenchServer[], roomCount = ROOMS, clientsPerRoom = CLIENTS_PER_ROOM): Promise<Extract<ToGenerator, { type: 'connect' }>> {
  const first = servers[0]!;
  const ws = (s: BenchServer) => s.url.replace(/^http/, 'ws');
  if (first.kind === 'carehuddle') {
    const { coordinator, rooms } = await careHuddleRooms(first, roomCount);
    return {
      type: 'connect', protocol: 'y-websocket', rooms, clientsPerRoom,
      // Each node checks Origin against itself, as behind a proxy each would see its public origin.
      endpoints: servers.map((s) => ({ url: `${ws(s)}/collab/{doc}?acks=1`, headers: { cookie: coordinator.cookie ?? '', origin: s.url } })),
    };
  }
  const rooms = Array.from({ length: roomCount }, (_, i) => `room-${i}`);
  if (first.kind === 'stock') return { type: 'connect', protocol: 'y-websocket', rooms, clientsPerRoom, endpoints: [{ url: `${ws(first)}/{doc}`, headers: {} }] };
  return { type: 'connect', protocol: 'hocuspocus', rooms, clientsPerRoom, endpoints: [{ url: ws(first), headers: {} }] };
}
