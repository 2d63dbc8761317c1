/**
 * Request targets on which dockgate's router disagreed with Go's (net/url + gorilla/mux), as
 * fixed cases with Go's answer. uri-regressions.test.ts checks dockgate against the recorded
 * answer without Go; router.test.ts re-checks each against Go.
 */
export interface UriRegression {
  readonly name: string;
  readonly finding: string;
  readonly method: string;
  readonly uri: string;
  /** Go's answer: the operation of the route it runs, or that no handler (and no plugin) runs. */
  readonly expect: { readonly operation: string; readonly params?: Readonly<Record<string, string>>; readonly apiVersion?: string } | { readonly rejected: true } | { readonly notFound: true };
  /** Query values (first value wins) Go reads, if any matter. */
  readonly query?: Readonly<Record<string, readonly string[]>>;
}

export const URI_REGRESSIONS: readonly UriRegression[] = [
  {
    name: 'raw-newline',
    finding: 'a raw control character in the target: net/http answers 400 (the plugin is never called); dockgate routed it (DELETE /services/a\\nb as service.remove)',
    method: 'DELETE',
    uri: '/services/a\nb',
    expect: { rejected: true },
  },
  {
    name: 'raw-del',
    finding: 'same for DEL (0x7f)',
    method: 'DELETE',
    uri: '/services/a\u007fb',
    expect: { rejected: true },
  },
  {
    name: 'encoded-newline',
    finding: '(not a difference) %0A decodes to a newline that RE2 `.` does not match, while `[^/]+` does',
    method: 'DELETE',
    uri: '/services/a%0Ab',
    expect: { operation: 'service.remove', params: { id: 'a\nb' } },
  },
  {
    name: 'scheme-without-authority',
    finding: 'an absolute URI with a scheme and a path but no `//` routes in Go; dockgate refused it as "neither a path nor an absolute URI" (a false deny)',
    method: 'POST',
    uri: 'http:/v1.41/containers/create?name=x',
    expect: { operation: 'container.create', apiVersion: '1.41' },
    query: { name: ['x'] },
  },
  {
    name: 'scheme-odd-characters',
    finding: 'same, with a scheme of letters, digits, + - . (h1+.-:)',
    method: 'DELETE',
    uri: 'h1+.-:/containers/',
    expect: { operation: 'container.remove', params: { name: '' } },
  },
  {
    name: 'bad-authority-bracket',
    finding: 'an authority Go cannot parse (missing `]`): 400 in Go; dockgate routed the path',
    method: 'POST',
    uri: 'http://[bad/containers/create',
    expect: { rejected: true },
  },
  {
    name: 'bad-authority-escape',
    finding: 'same for a malformed escape in the host',
    method: 'POST',
    uri: 'http://a%zz/containers/create',
    expect: { rejected: true },
  },
  {
    name: 'opaque-uri',
    finding: '(not a difference) scheme:opaque has no path: Go redirects',
    method: 'POST',
    uri: 'a:b',
    expect: { rejected: true },
  },
  {
    name: 'path-invalid-utf8',
    finding: 'percent-encoded invalid UTF-8 in the path read as one U+FFFD per WHATWG subpart; Go reads one per byte (parameters differed)',
    method: 'POST',
    uri: '/containers/%ff%e2%82/start',
    expect: { operation: 'container.start', params: { name: '\ufffd\ufffd\ufffd' } },
  },
  {
    name: 'query-invalid-utf8',
    finding: 'same in query values',
    method: 'POST',
    uri: '/containers/create?name=%e2%82&name=b',
    expect: { operation: 'container.create' },
    query: { name: ['\ufffd\ufffd', 'b'] },
  },
];
