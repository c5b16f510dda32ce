// Test stand-in for @docusaurus/useBrokenLinks: records the anchors a component declares.
export const collectedAnchors = new Set<string>();

export default function useBrokenLinks() {
  return {
    collectAnchor: (id: string) => collectedAnchors.add(id),
    collectLink: () => undefined,
  };
}
