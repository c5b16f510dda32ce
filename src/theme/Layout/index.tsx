import type {ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof LayoutType>;

/**
 * Every page has a <main> landmark except the search plugin's results page,
 * which puts its content straight into the layout. On that page only, the
 * content is wrapped in one, so that screen-reader users can jump to it.
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  const searchPage = useBaseUrl('/search');
  if (pathname.replace(/\/$/, '') !== searchPage.replace(/\/$/, '')) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main>{props.children}</main>
    </Layout>
  );
}
