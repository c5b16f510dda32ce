import docusaurusTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html.js';
import replaceOnce from './replace-once.cjs';

/**
 * The page template: Docusaurus's own, with one change. Docusaurus loads its
 * two scripts with `defer`, and once the HTML is parsed the browser runs them
 * (about 150 ms of work on a mid-range phone) before it paints anything, so
 * the server-rendered page that is already there waits for them. Here a small
 * inline script at the end of the body adds the same two scripts, in the same
 * order, just after the first paint: the reader sees the page first and the
 * app starts a frame later. In a background tab, which does not paint, they
 * are added at once.
 *
 * The Content-Security-Policy names this inline script by its hash
 * (scripts/headers.mjs hashes every inline script of the build).
 */
const deferredScripts = `<% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>`;

const bodyEnd = `<%~ it.postBodyTags %>
  </body>`;

const loader = `<%~ it.postBodyTags %>
    <script>(function(){var scripts=<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>;function start(){scripts.forEach(function(src){var s=document.createElement('script');s.src=src;s.async=false;document.body.appendChild(s)})}if(document.visibilityState==='hidden'){start()}else{requestAnimationFrame(function(){setTimeout(start,0)})}})()</script>
  </body>`;

export function paintFirstTemplate(template: string = docusaurusTemplate): string {
  const where = "Docusaurus's page template (paint-first)";
  return replaceOnce(replaceOnce(template, deferredScripts, '', where), bodyEnd, loader, where);
}
