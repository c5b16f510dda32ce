import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// The guide in the order of its chapters. Labels of categories are translated
// in i18n/en/docusaurus-plugin-content-docs/current.json.
const sidebars: SidebarsConfig = {
  guide: [
    'index',
    'chapter-1',
    'chapter-2',
    {
      type: 'category',
      label: '3. 事業者間の対応事項',
      key: 'chapter-3',
      link: {type: 'doc', id: 'chapter-3/index'},
      items: ['chapter-3/operational', 'chapter-3/technical', 'chapter-3/guidelines'],
    },
    'chapter-4',
    'chapter-5',
    'chapter-6',
    'cases',
    'checklist',
    {
      type: 'category',
      label: '関連ガイド',
      key: 'related',
      collapsed: false,
      items: [
        'related/what-is-asp-saas',
        'related/security',
        'related/security-report',
        'related/customers',
        'related/guidelines',
      ],
    },
    // the site's notes on what has become of the guidelines since the guide (2012)
    'since-the-guide',
  ],
};

export default sidebars;
