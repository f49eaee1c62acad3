import type { DocumentRepository, Store } from '../../server/src/storage/port';

/** A store that wraps a real one and fails document writes and loads while `down` is true. */
export interface FailingStore extends Store {
  down: boolean;
  /** Operations refused while down. */
  refused: number;
}

/** Wraps a real store; only collaborative document access fails on demand. */
export function failingStore(inner: Store): FailingStore {
  const fail = (): never => {
    wrapper.refused += 1;
    throw new Error('store unavailable (injected)');
  };
  const wrapper: FailingStore = {
    ...inner,
    down: false,
    refused: 0,
    documents: {} as DocumentRepository,
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
  const docs = inner.documents;
  Object.assign(wrapper.documents, {
    load: (name: string) => (wrapper.down ? fail() : docs.load(name)),
    append: (name: string, updates: Parameters<DocumentRepository['append']>[1], attribution?: Parameters<DocumentRepository['append']>[2]) =>
      (wrapper.down ? fail() : docs.append(name, updates, attribution)),
    compact: (name: string, snapshot: Uint8Array, upto: number) => (wrapper.down ? fail() : docs.compact(name, snapshot, upto)),
    tailLength: (name: string) => docs.tailLength(name),
    recordAttribution: (name: string, entries: Parameters<DocumentRepository['recordAttribution']>[1]) => (wrapper.down ? fail() : docs.recordAttribution(name, entries)),
    attribution: (name: string) => docs.attribution(name),
  } satisfies DocumentRepository);
  return wrapper;
}
