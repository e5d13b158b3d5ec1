import { describe, expect, it } from 'vitest';
import { configErrorText, viewUrl } from '../src/shared/config';
import { reachabilityOf, unreachableMessage } from '../src/shared/reachability';

describe('reachability of a view', () => {
  const map = {
    'http://localhost:5173/': { ok: false, error: 'ECONNREFUSED' },
    'https://crm.example.com/app?u=ada': { ok: true, status: 200 },
  };

  it('finds the entry of the URL, else of its origin', () => {
    expect(reachabilityOf(map, 'http://localhost:5173/')).toEqual({
      url: 'http://localhost:5173/',
      ok: false,
      error: 'ECONNREFUSED',
    });
    expect(reachabilityOf(map, 'https://crm.example.com/app?u=$Agent.UserName$')).toEqual({
      url: 'https://crm.example.com/app?u=ada',
      ok: true,
      status: 200,
    });
    expect(reachabilityOf(map, 'http://localhost:5174/')).toBeUndefined();
    expect(reachabilityOf(map, 'not a url')).toBeUndefined();
  });

  it('says why the view is empty', () => {
    expect(
      unreachableMessage({ url: 'http://localhost:5173/', ok: false, error: 'ECONNREFUSED' }),
    ).toBe(
      'Nothing answers at http://localhost:5173/ (ECONNREFUSED): start your app, then reload this view',
    );
    expect(unreachableMessage({ url: 'http://a/', ok: false, status: 404 })).toBe(
      'http://a/ answers HTTP 404: check the URL and your app, then reload this view',
    );
  });
});

describe('viewUrl', () => {
  it('resolves against the page and adds nothing (no origin in the URL), the query as written', () => {
    expect(viewUrl('http://127.0.0.1:5173/', 'http://localhost:5170/')).toBe(
      'http://127.0.0.1:5173/',
    );
    expect(viewUrl('http://a/p?x=$Foo.Bar$&n=Ada%20L#top', 'http://w/')).toBe(
      'http://a/p?x=$Foo.Bar$&n=Ada%20L#top',
    );
    expect(viewUrl('/crm/?id=1', 'http://w/page/')).toBe('http://w/crm/?id=1');
  });
});

describe('configErrorText', () => {
  it('names the file and line and says the last good config stays', () => {
    expect(
      configErrorText({
        file: 'workspace.ini',
        line: 12,
        message: 'line 12: not an option line: foo',
      }),
    ).toBe('workspace.ini:12: not an option line: foo — the last good config stays');
    expect(configErrorText({ file: 'seed.yaml', message: 'bad indentation' })).toBe(
      'seed.yaml: bad indentation — the last good config stays',
    );
  });
});
