import {lazy, Suspense, type ReactNode} from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';

// The theme's code block carries the Prism highlighter, about a fifth of the
// script every page loads, and the guide has no code in it. Loaded only on a
// page that shows code: the server still renders the highlighted block, and
// the browser keeps that HTML until the highlighter arrives.
const Original = lazy(() => import('@theme-original/CodeBlock'));

type Props = WrapperProps<typeof CodeBlockType>;

export default function CodeBlockWrapper(props: Props): ReactNode {
  return (
    <Suspense fallback={<pre>{props.children}</pre>}>
      <Original {...props} />
    </Suspense>
  );
}
