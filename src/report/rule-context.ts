/**
 * How a plan's phase, method and size change a rule: derived from the presets that pmcheck
 * applies by itself (so `explain` cannot disagree with what runs), plus the rule's own note for
 * what it does inside (a product owner's approval on an agile project, say).
 */
import { AUTOMATIC_PRESETS, PRESET_SEVERITIES } from '../config/presets.js';
import type { PresetName } from '../config/schema.js';
import type { AnyRule } from '../engine/types.js';
import type { RuleId } from '../rules/index.js';

const ORDER: PresetName[] = ['presale', 'closed', 'small-job', 'dcma'];

/** One line per automatic preset, then the rule's own note. */
export function ruleContext(rule: AnyRule): string[] {
  const lines = ORDER.map((preset) => {
    const change = PRESET_SEVERITIES[preset][rule.id as RuleId] ?? PRESET_SEVERITIES[preset]['*'];
    const effect =
      rule.optIn === preset
        ? `on: the rule runs only under this preset (or \`extends: ${preset}\`)`
        : change === undefined
          ? rule.optIn
            ? `applies as usual when the ${rule.optIn} preset does`
            : 'applies as usual'
          : change === 'off'
            ? 'off'
            : change === 'raise'
              ? 'one level higher'
              : `raised to ${change}`;
    return `${preset} (when ${AUTOMATIC_PRESETS[preset]}): ${effect}.`;
  });
  lines.push(
    rule.docs.context ??
      'Methodology (PRINCE2, agile, waterfall) does not change this rule: what it checks matters however the work is run.',
  );
  return lines;
}
