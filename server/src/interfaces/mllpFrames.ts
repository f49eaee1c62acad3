import type { Socket } from 'node:net';

const FS = 0x1c;
const CR = 0x0d;

/**
 * The text of each MLLP frame received on a socket, in order, cut the way
 * @medplum/hl7 cuts it (a chunk ending in FS CR closes the frame; the start
 * byte and the trailer are dropped), so that a frame the library cannot
 * parse is still stored exactly as it came.
 */
export function mllpFrames(socket: Socket): string[] {
  const frames: string[] = [];
  let chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if (chunk.at(-2) === FS && chunk.at(-1) === CR) {
      const all = Buffer.concat(chunks);
      frames.push(all.subarray(1, all.length - 2).toString('utf8'));
      chunks = [];
    }
  });
  return frames;
}
