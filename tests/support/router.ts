// Test stand-in for @docusaurus/router: components under test are shown on
// the page a test names (default: the planner).
let pathname = '/planner';

export function setTestPathname(path: string): void {
  pathname = path;
}

export function useLocation(): {pathname: string; hash: string; search: string} {
  return {pathname, hash: '', search: ''};
}
