import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type DefaultTheme } from 'vitepress';

const REPOSITORY = 'https://github.com/wwe-kit/wwe-kit';

/** The API reference's sidebar, written by TypeDoc (scripts/api.mjs) before the site builds. */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const file = new URL('../reference/api/typedoc-sidebar.json', import.meta.url);
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as DefaultTheme.SidebarItem[];
}

const guide: DefaultTheme.SidebarItem[] = [
  {
    text: 'Getting started',
    items: [
      { text: 'Introduction', link: '/guide/' },
      { text: 'React', link: '/guide/react' },
      { text: 'Vue', link: '/guide/vue' },
      { text: 'Angular', link: '/guide/angular' },
      { text: 'Plain script tags', link: '/guide/script-tag' },
    ],
  },
  {
    text: 'Guides',
    items: [
      { text: 'The simulated Workspace', link: '/guide/simulated-workspace' },
      { text: 'Connecting securely', link: '/guide/security' },
      { text: 'Testing', link: '/guide/testing' },
      { text: 'Turning a production session into a test', link: '/guide/replay' },
      { text: 'Migrating from wwe-service-client-api.js', link: '/guide/migrating' },
      { text: 'Troubleshooting', link: '/guide/troubleshooting' },
      { text: 'Debugging inside the real Workspace', link: '/guide/devtools' },
    ],
  },
];

export default defineConfig({
  title: 'wwe-kit',
  description:
    'A typed, reactive, secure client for the Genesys Workspace Web Edition Service Client API',
  // Served from GitHub Pages at https://wwe-kit.github.io/wwe-kit/.
  base: process.env.DOCS_BASE ?? '/wwe-kit/',
  cleanUrls: true,
  lastUpdated: false,
  // Dead internal links fail the build (VitePress's default): keep it so.
  ignoreDeadLinks: false,
  srcExclude: ['**/README.md', 'node_modules/**', 'guide/generated/**'],
  // High-contrast token colours: the default GitHub themes miss 4.5:1 for some tokens (axe-core).
  markdown: { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/', activeMatch: '^/guide/' },
      { text: 'API reference', link: '/reference/api/', activeMatch: '^/reference/' },
      { text: 'GitHub', link: REPOSITORY },
    ],
    sidebar: {
      '/guide/': guide,
      '/reference/': [{ text: 'API reference', link: '/reference/api/', items: apiSidebar() }],
    },
    search: { provider: 'local' },
    socialLinks: [{ icon: 'github', link: REPOSITORY }],
    outline: { level: [2, 3] },
    editLink: { pattern: `${REPOSITORY}/edit/main/apps/docs/:path` },
  },
});
