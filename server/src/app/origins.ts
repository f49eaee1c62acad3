import type { OriginCheck } from '../http/middleware/origin';

/**
 * The app's own origins: the configured public origin, or, when none is set,
 * localhost and 127.0.0.1 on the port actually bound (tests bind port 0).
 */
export function ownOriginCheck(publicOrigin: string | undefined, boundPort: () => number | undefined): OriginCheck {
  return (origin) => {
    if (!origin) return false;
    if (publicOrigin) return origin === publicOrigin;
    const port = boundPort();
    return origin === `http://localhost:${port}` || origin === `http://127.0.0.1:${port}`;
  };
}
