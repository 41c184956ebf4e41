import type { AtRule, Plugin, Rule } from 'postcss';

/**
 * The Designsystemet theme ships every colour scheme, palette and typography variant (about 50 KB).
 * The site uses the light scheme, the accent and neutral palettes and primary typography; dropping
 * the rest keeps an entry page inside its 14 KB (brotli) budget.
 */
const unusedLayers = new Set(['ds.theme.color-scheme.dark', 'ds.theme.typography.secondary']);
const unusedPalettes = ['brand1', 'brand2', 'brand3', 'info', 'warning', 'success'];
const unusedSelector = new RegExp(`^(\\[data-color-scheme\\])?\\[data-color="(${unusedPalettes.join('|')})"\\]$`);

export function trimTheme(): Plugin {
  return {
    postcssPlugin: 'velferdsspor-trim-theme',
    Once(root) {
      root.walkAtRules('layer', (at: AtRule) => {
        if (unusedLayers.has(at.params.trim())) at.remove();
      });
      // «auto» repeats the light scheme inside a prefers-color-scheme query; with one scheme it is dead weight.
      root.walkAtRules('media', (at: AtRule) => {
        if (/prefers-color-scheme:\s*(light|dark)/.test(at.params)) at.remove();
      });
      root.walkRules((rule: Rule) => {
        if (rule.selectors.every((s) => unusedSelector.test(s.trim()))) rule.remove();
      });
      root.walkAtRules('layer', (at: AtRule) => {
        if (at.nodes && at.nodes.length === 0) at.remove();
      });
    },
  };
}
