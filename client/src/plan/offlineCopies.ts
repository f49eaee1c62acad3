const KEY = 'carehuddle.offline-docs';

/** Remembers that a document has a local (IndexedDB) copy, so sign-out can remove it. */
export function rememberOfflineCopy(docName: string): void {
  const names = new Set(JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[]);
  names.add(docName);
  localStorage.setItem(KEY, JSON.stringify([...names]));
}

const deleteCopies = (names: readonly string[]) => Promise.all(names.map((name) => new Promise<void>((resolve) => {
  const request = indexedDB.deleteDatabase(name);
  request.onsuccess = () => resolve();
  request.onerror = () => resolve();
  request.onblocked = () => resolve();
})));

/** Deletes every local copy of plan documents (on sign-out and when the session ends). */
export async function clearOfflineCopies(): Promise<void> {
  const names = JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[];
  await deleteCopies(names);
  localStorage.removeItem(KEY);
}

/** Deletes the local copies of one patient's plan documents, once the user may no longer see them. */
export async function clearOfflineCopiesOf(patientId: string): Promise<void> {
  const names = JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[];
  const prefix = `plan:${patientId}:`;
  await deleteCopies(names.filter((n) => n.startsWith(prefix)));
  localStorage.setItem(KEY, JSON.stringify(names.filter((n) => !n.startsWith(prefix))));
}
