// Issue 11: the three ways the app is reached, told apart as the browser reports them.
import { describe, expect, it } from 'vitest';
import { servedFrom } from './servedFrom';

describe('servedFrom', () => {
  it.each([
    ['https:', true, 'secure'],
    ['http:', true, 'secure'], // localhost / 127.0.0.1
    ['http:', false, 'plainHttp'], // an intranet host such as http://10.1.2.3/apps/nianbao/
    ['file:', true, 'file'], // Chromium counts file pages as secure: protocol first
    ['file:', false, 'file'],
  ] as const)('%s with isSecureContext %s is %s', (protocol, secure, expected) => {
    expect(servedFrom({ protocol }, secure)).toBe(expected);
  });
});
