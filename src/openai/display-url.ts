/**
 * A base URL as shown in messages: no user:password, query string or fragment, no trailing
 * slash. A URL that does not parse loses anything between `//` and `@` and from `?` or `#` on.
 *
 * @example
 * displayURL('http://user:secret@localhost:8000/v1/?key=k'); // 'http://localhost:8000/v1'
 */
export function displayURL(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString().replace(/\/+$/, '');
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//').replace(/[?#].*$/, '');
  }
}
