import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useLocale} from '@site/src/hooks/useLocale';
import {audiences, home} from './_home.text';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const locale = useLocale();
  return (
    <Layout title={home.metaTitle[locale]} description={home.metaDescription[locale]}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {home.heroTitle[locale]}
          </Heading>
          <p className={styles.lead}>{home.heroLead[locale]}</p>
          <p className={styles.plannerLead}>{home.plannerLead[locale]}</p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/planner">
              {home.planPartnership[locale]}
            </Link>
            <Link className="button button--secondary button--lg" to="/guide">
              {home.readGuide[locale]}
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <section className={styles.audiences} aria-labelledby="audiences">
          <Heading as="h2" id="audiences" className={styles.sectionTitle}>
            {home.audiencesHeading[locale]}
          </Heading>
          <div className={styles.cards}>
            {audiences.map((a) => (
              <article key={a.id} className={styles.card} aria-labelledby={`aud-${a.id}`}>
                <p className={styles.who}>{a.who[locale]}</p>
                <Heading as="h3" id={`aud-${a.id}`} className={styles.cardTitle}>
                  {a.title[locale]}
                </Heading>
                <p>{a.body[locale]}</p>
                <ul className={styles.links}>
                  {a.links.map((l) => (
                    <li key={l.to}>
                      <Link to={l.to}>{l.label[locale]}</Link>
                    </li>
                  ))}
                </ul>
              </article>
            ))}
          </div>
        </section>
      </main>
    </Layout>
  );
}
