/** Demo password shared by every demo account. */
export const DEMO_PASSWORD = 'carehuddle-demo';

/** The demo account e-mail for a role key such as `coordinator`. */
export const demoEmail = (key: string): string => `${key}@demo.carehuddle.test`;

/** A tiny API client that keeps its session cookie and sends the app's Origin, as a browser would. */
export class ApiClient {
  cookie: string | undefined;

  constructor(readonly baseUrl: string, readonly origin: string = baseUrl) {}

  /** Sends a request; JSON bodies are serialized, strings and bytes (a file) sent as they are. */
  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        origin: this.origin,
        ...headers,
      },
      // Bytes are copied into an array of their own buffer, which is what fetch's body type takes.
      body: body === undefined ? undefined : typeof body === 'string' ? body : body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown): Promise<Response> {
    return this.request('POST', path, body);
  }

  put(path: string, body?: unknown): Promise<Response> {
    return this.request('PUT', path, body);
  }

  delete(path: string): Promise<Response> {
    return this.request('DELETE', path);
  }

  /** Signs in and fails loudly if that does not work. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<this> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
    return this;
  }
}

/** Signs in several demo accounts, each with its own session, and reads their user ids. */
export async function signedInWithIds(baseUrl: string, keys: readonly string[]): Promise<{ clients: Record<string, ApiClient>; ids: Record<string, string> }> {
  const clients: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  for (const key of keys) {
    clients[key] = await signedIn(baseUrl, key);
    ids[key] = ((await (await clients[key].get('/api/me')).json()) as { id: string }).id;
  }
  return { clients, ids };
}

/** Signs in a demo account on a server. */
export function signedIn(baseUrl: string, key: string): Promise<ApiClient> {
  return new ApiClient(baseUrl).signIn(demoEmail(key));
}

/** The patient id of a demo patient by name, as seen by a signed-in client. */
export async function patientIdByName(client: ApiClient, name: string): Promise<string> {
  const res = await client.get('/api/patients');
  const { patients } = (await res.json()) as { patients: Array<{ id: string; name: string }> };
  const found = patients.find((p) => p.name === name);
  if (!found) throw new Error(`${name} is not in this user's patients`);
  return found.id;
}
