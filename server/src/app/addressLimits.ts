import type { Socket } from 'node:net';

/** How much one client address may make the server hold. */
export interface ConnectionLimitSettings {
  /** Open TCP connections (HTTP keep-alive and websockets) per address; 0 turns the limit off. */
  connectionsPerAddress: number;
  /** Websocket upgrade attempts per address per minute, with a burst of as many; 0 turns the limit off. */
  upgradesPerMinute: number;
}

/**
 * Sized for a clinic of fifty behind one NAT address: a browser tab holds one
 * Socket.IO socket, up to four plan documents and a few keep-alive requests,
 * and opening a patient's plan opens up to four documents at once.
 */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimitSettings = { connectionsPerAddress: 512, upgradesPerMinute: 600 };

/** Above this many remembered addresses the oldest bucket is forgotten, so rotating addresses cannot grow memory. */
const MAX_TRACKED_ADDRESSES = 10_000;

/** The peer address, with IPv4-mapped IPv6 folded so one client counts once. */
export function addressOf(socket: Pick<Socket, 'remoteAddress'>): string {
  const address = socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/**
 * The unit a budget is kept for: an IPv4 address, or an IPv6 /64 — one
 * subscriber's network, inside which a client can pick new addresses at will.
 */
export function budgetKeyOf(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => Number.parseInt(g || '0', 16).toString(16)).join(':')}::/64`;
}

/** Per-address budgets for connections and upgrade attempts, checked before any handler sees the traffic. */
export class AddressLimits {
  private readonly open = new Map<string, number>();
  private readonly buckets = new Map<string, { tokens: number; last: number }>();

  constructor(private readonly settings: ConnectionLimitSettings, private readonly now: () => number = Date.now) {}

  /** Counts a new connection; false (and nothing counted) when its address already holds its share. */
  admitConnection(socket: Socket): boolean {
    const { connectionsPerAddress } = this.settings;
    if (connectionsPerAddress <= 0) return true;
    const address = budgetKeyOf(addressOf(socket));
    const count = this.open.get(address) ?? 0;
    if (count >= connectionsPerAddress) return false;
    this.open.set(address, count + 1);
    socket.once('close', () => {
      const left = (this.open.get(address) ?? 1) - 1;
      if (left <= 0) this.open.delete(address);
      else this.open.set(address, left);
    });
    return true;
  }

  /** Takes one upgrade attempt from the address's bucket; false when it is empty. */
  admitUpgrade(ip: string): boolean {
    const capacity = this.settings.upgradesPerMinute;
    if (capacity <= 0) return true;
    const address = budgetKeyOf(ip);
    const t = this.now();
    const bucket = this.buckets.get(address) ?? { tokens: capacity, last: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.last) / 60_000) * capacity);
    bucket.last = t;
    // Re-inserting keeps the map in least-recently-used order for eviction.
    this.buckets.delete(address);
    this.buckets.set(address, bucket);
    if (this.buckets.size > MAX_TRACKED_ADDRESSES) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Seconds until the address may try again, for `Retry-After`. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(60 / Math.max(1, this.settings.upgradesPerMinute)));
  }
}
