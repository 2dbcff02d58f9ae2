import { strict as assert } from 'node:assert';
import { localDate } from '../../server/src/files/localDate';
import { inZone } from '../helpers/timeZone';

describe('localDate', () => {
  // Noon UTC on 2 December 2026: already the 3rd at UTC+14, still the 2nd at UTC-11.
  const noonUtc = new Date(Date.UTC(2026, 11, 2, 12, 0, 0));

  it('is the calendar date where the machine is, not in UTC', () => {
    assert.equal(inZone('Pacific/Kiritimati', () => localDate(noonUtc)), '2026-12-03');
    assert.equal(inZone('Pacific/Pago_Pago', () => localDate(noonUtc)), '2026-12-02');
    // The evening before, in New York, is still the 1st though UTC says the 2nd.
    assert.equal(inZone('America/New_York', () => localDate(new Date(Date.UTC(2026, 11, 2, 3, 0, 0)))), '2026-12-01');
  });

  it('writes YYYY-MM-DD with zero-padded month and day', () => {
    assert.equal(localDate(new Date(2027, 0, 5, 23, 59)), '2027-01-05');
    assert.equal(localDate(new Date(2026, 9, 31, 0, 0)), '2026-10-31');
  });
});
