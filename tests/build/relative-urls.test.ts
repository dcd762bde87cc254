import { describe, expect, it } from 'vitest';
import { keepsSitePaths, relativeUrl } from '../../src/build/relative-urls.ts';

describe('relativeUrl', () => {
  it.each([
    ['/', '/assets/style.css', 'assets/style.css'],
    ['/', '/', './'],
    ['/', '/?status=planned', './?status=planned'],
    ['/events/2025-05-16-abc/', '/assets/style.css', '../../assets/style.css'],
    ['/events/2025-05-16-abc/', '/events/2025-05-16-abc/', './'],
    ['/events/2025-05-16-abc/', '/events/2025-05-16-abc/#q3', './#q3'],
    ['/events/2025-05-16-abc/', '/events/2025-06-02-def/', '../2025-06-02-def/'],
    ['/events/a/', '/sources/s/#s-4', '../../sources/s/#s-4'],
    ['/actors/', '/actors/nato/', 'nato/'],
    ['/whats-new/', '/feed.xml', '../feed.xml'],
    ['/timeline/events/a/', '/timeline/', '../../'],
    ['/timeline/', '/timeline/actors/', 'actors/'],
  ])('on %s, %s is %s', (page, url, expected) => {
    expect(relativeUrl(page, url)).toBe(expected);
    // Resolved against the page, the relative form is the same address.
    expect(new URL(expected, `http://h${page}`).href).toBe(new URL(url, 'http://h').href);
  });

  it.each(['https://example.org/x', '//cdn.example.org/x', '#main', 'mailto:a@b.c', 'nato/'])(
    'leaves %s as written',
    (url) => {
      expect(relativeUrl('/events/a/', url)).toBe(url);
    },
  );

  it('keeps site paths on the 404 page only', () => {
    expect(keepsSitePaths('/404.html')).toBe(true);
    expect(keepsSitePaths('/timeline/404.html')).toBe(true);
    expect(keepsSitePaths('/events/a/')).toBe(false);
  });
});
