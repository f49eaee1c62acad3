import { Hl7Server, type Hl7Connection, type Hl7MessageEvent } from '@medplum/hl7';
import type { AddressInfo } from 'node:net';
import { alertIntakeFor } from '../domain/alerts/receiveAlert';
import { readAdtMessage } from '../domain/alerts/readAdtMessage';
import type { Services } from '../domain/services';
import type { Logger } from '../logger';
import { ackFor, acknowledge, rejectUnreadable } from './adtAcknowledgement';
import { mllpFrames } from './mllpFrames';

/** A listening MLLP endpoint and the pair to its start-up. */
export interface MllpListener {
  port: number;
  close(): Promise<void>;
}

/**
 * One connection: messages are handled in arrival order, each stored before
 * its ACK is written. The raw text kept for each frame is the one the
 * library parsed (or failed to parse); it is PHI and never logged.
 */
function serveConnection(connection: Hl7Connection, services: Services, logger: Logger): void {
  const intake = alertIntakeFor(services);
  const frames = mllpFrames(connection.socket);
  const ip = connection.socket.remoteAddress ?? null;
  let turn: Promise<void> = Promise.resolve();
  // The library dispatches inside its own data listener; ours (registered later) records the frame first, then the turn runs.
  const inTurn = (work: () => Promise<void>) => {
    turn = turn.then(work).catch((error: unknown) => logger.error({ err: error instanceof Error ? error.name : 'unknown' }, 'MLLP handling failed'));
  };
  connection.addEventListener('message', (event: Hl7MessageEvent) => inTurn(async () => {
    const raw = frames.shift() ?? event.message.toString();
    try {
      const outcome = await intake.receive({ channel: 'hl7v2', raw, ip, reading: readAdtMessage(event.message) });
      const { code, text } = ackFor(outcome);
      connection.send(acknowledge(event.message, code, text));
    } catch {
      // Not stored: an AE without "stored" tells the sender to send it again.
      connection.send(acknowledge(event.message, 'AE', 'Not stored: the store is unavailable; send again.'));
    }
  }));
  connection.addEventListener('error', () => inTurn(async () => {
    const raw = frames.shift();
    // A socket error has no frame of its own; only text the library could not parse does.
    if (raw === undefined) return;
    try {
      await intake.receive({ channel: 'hl7v2', raw, ip, reading: { ok: false, problem: 'malformed', controlId: null, sendingFacility: null } });
      connection.send(rejectUnreadable('Not an HL7 message; stored for review.', services.clock.now()));
    } catch {
      connection.send(rejectUnreadable('Not an HL7 message and not stored.', services.clock.now()));
    }
    // The library keeps unparseable bytes in its buffer: a fresh connection is the only clean start.
    connection.socket.end();
  }));
}

/** Starts the HL7 v2 listener (MLLP over TCP) on `port` (0 picks a free one). */
export async function startMllpListener(port: number, services: Services, logger: Logger): Promise<MllpListener> {
  const hl7 = new Hl7Server((connection) => serveConnection(connection, services, logger));
  hl7.start(port);
  const server = hl7.server!;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch(async (error: unknown) => {
    await hl7.stop({ forceDrainTimeoutMs: 0 }).catch(() => undefined);
    throw error;
  });
  // Accept failures must not end the process.
  server.on('error', (error: NodeJS.ErrnoException) => logger.warn({ code: error.code }, 'MLLP listener error'));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => hl7.stop({ forceDrainTimeoutMs: 0 }),
  };
}
