/** What's new: build days, current titles, merges by title. */
import { describe, expect, it } from 'vitest';
import { changesView } from '../../src/publish/changes.ts';
import { buildDay } from '../../src/build/changelog.ts';
import type { EventView } from '../../src/publish/views.ts';

const event = (id: string, title: string) => ({ id, url: `/events/${id}/`, title }) as EventView;
const data = {
  events: [
    event('2030-03-03-aaaaaa', 'Crews free trawler Mira'),
    event('2030-03-04-bbbbbb', 'Sorel visits Port Adler'),
  ],
  eventIndex: { '2030-03-03-aaaaaa': 0, '2030-03-04-bbbbbb': 1 },
  redirects: [
    {
      id: '2030-03-03-old-slug',
      to: '2030-03-03-aaaaaa',
      title: 'Rescue',
      moved: true,
      toTitle: 'Crews free trawler Mira',
    },
  ],
};

describe("what's new", () => {
  it('heads each rebuild with the day it was built and names events by their current titles', () => {
    const [entry] = changesView(
      [
        {
          asOf: '2030-03-05',
          built: '2030-03-06',
          added: [{ id: '2030-03-03-old-slug', title: 'Rescue', date: '2030-03-03' }],
          merged: [{ id: 'x', title: 'Port visit', into: '2030-03-04-bbbbbb' }],
          withdrawn: [],
        },
      ],
      data,
    );
    expect(entry!.heading).toBe('Built 6 March 2030');
    expect(entry!.coverage).toBe('Coverage up to 5 March 2030');
    expect(entry!.added).toEqual([
      { url: '/events/2030-03-03-aaaaaa/', title: 'Crews free trawler Mira', date: '2030-03-03' },
    ]);
    expect(entry!.merged).toEqual([
      { title: 'Port visit', url: '/events/2030-03-04-bbbbbb/', intoTitle: 'Sorel visits Port Adler' },
    ]);
  });
  it('takes the build day from SOURCE_DATE_EPOCH when set', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: '1900000000' })).toBe('2030-03-17');
  });
});
