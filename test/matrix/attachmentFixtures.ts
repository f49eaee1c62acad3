import type { Attachment } from '@carehuddle/shared';
import { PNG_BYTES, upload, uploadPath } from '../support/files';
import type { World } from './actors';

const photos = new WeakMap<World, Promise<string>>();

/** A photo on Rosa's record, attached once by her coordinator, that the download and preview rows read. */
export function coordinatorsPhoto(w: World): Promise<string> {
  let found = photos.get(w);
  if (!found) {
    found = (async () => {
      const res = await upload(w.clients.coordinator, w.rosaId, { kind: 'patient' }, 'matrix.png', PNG_BYTES);
      if (res.status !== 201) throw new Error(`attachment fixture failed with ${res.status}`);
      return ((await res.json()) as Attachment).id;
    })();
    photos.set(w, found);
  }
  return found;
}

/** Attaching a photo to Rosa's record, as the browser sends it. */
export const photoUpload = (w: World): { method: string; path: string; body: Uint8Array; headers: Record<string, string> } => ({
  method: 'POST', path: uploadPath(w.rosaId, { kind: 'patient' }, 'probe.png'), body: PNG_BYTES, headers: { 'content-type': 'application/octet-stream' },
});
