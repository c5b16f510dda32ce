import type {ReactNode} from 'react';

// Test stand-in for @docusaurus/Link: a plain anchor.
export default function Link({to, children, ...rest}: {to: string; children?: ReactNode}) {
  return (
    <a href={to} {...rest}>
      {children}
    </a>
  );
}
