import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import splitCatalog from './plugins/split-catalog';
import plannerTexts from './plugins/planner-texts';
import leanClient from './plugins/lean-client';
import calmStart from './plugins/calm-start';
import postcssSettled from './plugins/postcss-settled';
import {paintFirstTemplate} from './plugins/paint-first';
import {guideCitation} from './src/catalog';
import {guideSource} from './src/catalog/data/guideSource';

// Runs in Node.js at build time: no browser APIs here.

/**
 * Where the site is served from. Deployers set SITE_URL and BASE_URL (e.g.
 * BASE_URL=/partnership/ for a sub-path); the defaults serve it at the root.
 */
const siteUrl = process.env.SITE_URL ?? 'https://saas-partnership.example.jp';
const baseUrl = process.env.BASE_URL ?? '/';

/**
 * The language being built. Docusaurus loads this file afresh for each
 * language and says which in DOCUSAURUS_CURRENT_LOCALE; the footer's line on
 * the source is written from the catalog in that language, so that the
 * guide's issuer and date are typed once (the English footer.json has no
 * copyright entry for that reason).
 */
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en' ? 'en' : 'ja';
const sourceLine = {
  ja: `本サイトの内容は、公開されている「${guideSource.title.ja}」（${guideSource.issuerShort.ja}、${guideSource.issued.ja}）等の資料に基づいています。`,
  en: `The content of this site is based on the public documents of the ${guideCitation('en')} and related guidelines.`,
};

const config: Config = {
  title: 'ASP・SaaS事業者連携ガイド',
  tagline: 'ASP・SaaS事業者が連携してサービスを提供するための取り決めと確認事項',
  favicon: 'img/favicon.svg',

  future: {
    v4: true,
    faster: true,
    // No page shows when or by whom it was last changed, so the build need not read the Git history.
    experimental_vcs: false,
  },

  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  // its inline script would need a place in the Content-Security-Policy; a wrong base URL shows as unstyled pages anyway
  baseUrlIssueBanner: false,
  // the page paints before the app's scripts run (plugins/paint-first.ts)
  ssrTemplate: paintFirstTemplate(),
  clientModules: ['./src/clientModules/fragmentTarget.ts'],

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'ja',
    locales: ['ja', 'en'],
    localeConfigs: {
      ja: {label: '日本語', htmlLang: 'ja'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'guide',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          breadcrumbs: true,
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: null,
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [splitCatalog, leanClient, calmStart, postcssSettled, plannerTexts],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['ja', 'en'],
        docsRouteBasePath: 'guide',
        indexBlog: false,
        indexPages: true,
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        searchResultLimits: 8,
        searchBarShortcutHint: false,
      },
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true},
    },
    navbar: {
      title: 'ASP・SaaS事業者連携ガイド',
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 28,
        height: 28,
      },
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'ガイド'},
        {to: '/guide/checklist', label: 'チェックリスト', position: 'left'},
        {to: '/planner', label: '連携プランナー', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'ガイド',
          items: [
            {label: '本ガイドについて', to: '/guide'},
            {label: '連携のパターン', to: '/guide/chapter-2'},
            {label: 'チェックリスト', to: '/guide/checklist'},
            {label: '連携プランナー', to: '/planner'},
          ],
        },
      ],
      copyright: sourceLine[locale],
    },
    tableOfContents: {
      minHeadingLevel: 2,
      maxHeadingLevel: 3,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
