/** The file as a whole cannot be imported (not CSV or JSON, wrong header, not a Bundle): nothing of it is written. */
export class RosterFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RosterFileError';
  }
}
